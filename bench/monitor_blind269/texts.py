"""Prompt generators of batch 269, written for this batch (no prompt text is copied from the
repository). Every generator takes a numpy Generator first and draws only from it; ordinary human
text comes from ShareGPT's "sim" half through `Ctx.chat` / `Ctx.passages` (see `bench/blind_batch.py`).
"""

from __future__ import annotations

import json
import re

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# ----------------------------------------------------------------------------------------------
# small helpers


def clip_words(text: str, n: int) -> str:
    words = text.split()
    return text if len(words) <= n else " ".join(words[:n]) + " …"


def sentences(text: str, lo: int = 40, hi: int = 260) -> list[str]:
    """Plain-prose sentences of a passage (no code, no list markers)."""
    out = []
    for chunk in re.split(r"(?<=[.!?])\s+", text.replace("\n", " ")):
        chunk = chunk.strip().lstrip("0123456789.-*# ").strip()
        if lo <= len(chunk) <= hi and "`" not in chunk and "{" not in chunk:
            out.append(chunk)
    return out


def sentence(rng: np.random.Generator, passages: list[str]) -> str:
    for _ in range(12):
        got = sentences(pick(rng, passages))
        if got:
            return pick(rng, got)
    return "The meeting has been moved to Thursday afternoon because the venue is unavailable."


def excerpt(
    rng: np.random.Generator, passages: list[str], words: tuple[int, int] = (60, 180)
) -> str:
    return clip_words(pick(rng, passages), irange(rng, *words))


def prose(rng: np.random.Generator, passages: list[str], words: tuple[int, int] = (60, 180)) -> str:
    """An excerpt of an answer that is prose rather than code (a few tries, then whatever came)."""
    text = pick(rng, passages)
    for _ in range(8):
        if "```" not in text and text.count("{") < 2 and text.count(";") < 4:
            break
        text = pick(rng, passages)
    return clip_words(text, irange(rng, *words))


def human(rng: np.random.Generator, chat: list[str], max_chars: int = 900) -> str:
    text = pick(rng, chat)
    return text if len(text) <= max_chars else text[:max_chars].rsplit(" ", 1)[0]


LANG_NAME = {
    "en": "English",
    "zh": "Chinese",
    "es": "Spanish",
    "ru": "Russian",
    "de": "German",
    "ja": "Japanese",
    "fr": "French",
    "pt": "Portuguese",
    "hi": "Hindi",
    "id": "Indonesian",
    "ar": "Arabic",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "ko": "Korean",
    "sw": "Swahili",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "uk": "Ukrainian",
}

# ----------------------------------------------------------------------------------------------
# quantitative and logic problems (fresh numbers every call)

_ITEMS = (
    "notebooks",
    "bus tickets",
    "mangoes",
    "USB cables",
    "bags of rice",
    "paint tins",
    "tiles",
)
_PLACES = ("Lagos", "Porto", "Osaka", "Tbilisi", "Quito", "Gdansk", "Cebu", "Mombasa", "Leeds")


def word_problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(9))
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 5, 90)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"{n1} buys {a} {pick(rng, _ITEMS)} at {b} each and gets a {c % 30 + 5}% discount on "
            f"everything past the tenth one. How much does {n1} pay in total?"
        )
    if k == 1:
        return (
            f"A train leaves {pick(rng, _PLACES)} at {irange(rng, 5, 11)}:{irange(rng, 10, 59)} travelling "
            f"at {a + 40} km/h. A second train leaves the same station {b * 5} minutes later at "
            f"{a + 40 + c % 35 + 5} km/h on a parallel track. When does the second train catch up?"
        )
    if k == 2:
        return (
            f"{n1} can paint a fence in {a % 9 + 3} hours and {n2} can paint it in {b % 7 + 4} hours. "
            f"They start together, but {n2} leaves after {irange(rng, 1, 2)} hour(s). How long does the "
            "whole job take?"
        )
    if k == 3:
        return (
            f"Three years ago {n1} was {b % 5 + 2} times as old as {n2}. In {c % 12 + 2} years {n1} will be "
            f"twice as old as {n2}. How old is each of them now?"
        )
    if k == 4:
        return (
            f"A {a}% salt solution is mixed with {c} litres of a {b}% solution. How many litres of the "
            f"first solution are needed so that the mixture is {min(a, b) + abs(a - b) // 2 + 1}% salt?"
        )
    if k == 5:
        return (
            f"A rectangle has a perimeter of {2 * (a + c)} cm and its length is {c - a if c > a else a - c + 3} cm "
            "more than its width. A square has the same area. Find the side of the square to two decimals."
        )
    if k == 6:
        return (
            f"An account earns {b % 8 + 1}.{irange(rng, 0, 9)}% interest compounded monthly. Starting with "
            f"{a * 250} and adding {c * 10} at the end of every month, what is the balance after "
            f"{irange(rng, 2, 9)} years?"
        )
    if k == 7:
        return (
            f"How many {irange(rng, 4, 7)}-digit numbers with distinct digits are divisible by {pick(rng, (4, 5, 6, 9, 25))} "
            f"and do not contain the digit {irange(rng, 0, 9)}?"
        )
    return (
        f"In a class of {a + 20} students, {b + 5} study French, {c % 20 + 8} study Korean and {b % 6 + 2} "
        f"study both. How many study neither, and what is the probability that two randomly chosen students "
        "both study exactly one of the two languages?"
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    k = int(rng.integers(4))
    ppl = [str(x) for x in rng.permutation(np.array(NAMES))[:5].tolist()]
    if k == 0:
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always lies). "
            f'{ppl[0]} says: "{ppl[1]} and I are different." {ppl[1]} says: "At least one of '
            f'{ppl[0]} and {ppl[2]} is a knave." {ppl[2]} says nothing. Determine what each person is, '
            "or show it cannot be determined."
        )
    if k == 1:
        return (
            f"Five runners — {', '.join(ppl)} — finish a race with no ties. {ppl[0]} finishes before "
            f"{ppl[2]} but after {ppl[4]}. {ppl[1]} is not last. {ppl[3]} finishes exactly two places after "
            f"{ppl[1]}. {ppl[2]} is not directly behind {ppl[0]}. List every possible finishing order."
        )
    if k == 2:
        n = irange(rng, 3, 6)
        return (
            f"There are {n} boxes labelled incorrectly: each box's label names a fruit mix it does NOT "
            f"contain. What is the minimum number of fruits you must draw, one at a time and from boxes "
            f"you choose, to relabel all {n} boxes correctly? Prove that fewer draws cannot work."
        )
    return (
        f"{ppl[0]}, {ppl[1]} and {ppl[2]} each wear a hat that is red or blue; each sees the others' hats "
        f"but not their own. They are told at least one hat is red. Asked in turn, {ppl[0]} and {ppl[1]} "
        f"both say they don't know their colour. What can {ppl[2]} conclude, and why?"
    )


def probability_q(rng: np.random.Generator) -> str:
    k = int(rng.integers(4))
    r, b = irange(rng, 2, 9), irange(rng, 2, 9)
    if k == 0:
        return (
            f"An urn holds {r} red and {b} black balls. You draw {irange(rng, 2, 4)} without replacement. "
            "What is the probability that at least two are red? Give an exact fraction."
        )
    if k == 1:
        return (
            f"Roll {irange(rng, 2, 5)} fair {pick(rng, (6, 8, 10, 12))}-sided dice. What is the probability "
            f"that the largest value shown is exactly {irange(rng, 3, 6)}?"
        )
    if k == 2:
        return (
            f"A test for a condition with prevalence {irange(rng, 1, 9)}/{pick(rng, (100, 1000))} has "
            f"sensitivity {irange(rng, 85, 99)}% and specificity {irange(rng, 80, 99)}%. A person tests "
            "positive twice in independent tests. What is the probability they have the condition?"
        )
    return (
        f"A fair coin is flipped until either HH{pick(rng, ('T', 'H'))} or {pick(rng, ('THH', 'HTT', 'TTH'))} "
        "appears. What is the probability the first pattern appears first, and what is the expected "
        "number of flips?"
    )


def science_q(rng: np.random.Generator) -> str:
    k = int(rng.integers(5))
    a, b = irange(rng, 5, 60), irange(rng, 2, 30)
    if k == 0:
        return (
            f"A ball is thrown at {a} m/s at an angle of {irange(rng, 15, 75)}° from a cliff {b * 3} m high. "
            "Ignoring air resistance, how far from the base of the cliff does it land?"
        )
    if k == 1:
        return (
            f"Resistors of {a} Ω and {b * 10} Ω are in parallel, and this pair is in series with a "
            f"{irange(rng, 5, 50)} Ω resistor across a {pick(rng, (9, 12, 24, 48))} V source. Find the current "
            "through each resistor and the total power dissipated."
        )
    if k == 2:
        return (
            f"How many grams of {pick(rng, ('NaCl', 'CaCO3', 'KNO3', 'glucose', 'MgSO4'))} are needed to make "
            f"{a * 50} mL of a {b / 10:.1f} M solution? Show the molar mass calculation."
        )
    if k == 3:
        return (
            f"A {a * 100} kg satellite orbits {b * 100 + 200} km above Earth's surface. Compute its orbital "
            "period and the energy needed to raise it to geostationary orbit."
        )
    return (
        f"An ideal gas at {irange(rng, 250, 400)} K and {irange(rng, 1, 5)} atm expands adiabatically to "
        f"{irange(rng, 2, 6)} times its volume (γ = {pick(rng, ('1.4', '1.67', '1.3'))}). Find the final "
        "temperature and the work done per mole."
    )


_ES_PROBS = (
    "{n1} tiene {a} años más que {n2}. Dentro de {b} años la suma de sus edades será {c}. ¿Qué edad tiene cada uno?",
    "Un grifo llena un depósito en {a} horas y otro lo vacía en {b2} horas. Si se abren los dos a la vez con el depósito vacío, ¿cuánto tarda en llenarse?",
)
_RU_PROBS = (
    "Из пункта А в пункт Б, расстояние между которыми {c} км, одновременно выехали велосипедист и мотоциклист. Скорость мотоциклиста на {a} км/ч больше, и он прибыл на {b} ч раньше. Найдите скорости.",
    "В коробке {a} белых и {b} чёрных шаров. Наугад достают три шара. Какова вероятность, что среди них ровно два белых?",
)
_ZH_PROBS = (
    "一个水池有两根进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b2}小时。两管同时打开{b}小时后关闭甲管，乙管还需要多少小时才能注满？",
    "某商品先提价{a}%，再降价{b}%，最后售价为{c}元。原价是多少元？",
)
_DE_PROBS = (
    "Ein Kapital von {c}00 Euro wird {b} Jahre lang mit {a} Prozent jährlich verzinst, wobei die Zinsen mitverzinst werden. Wie hoch ist das Endkapital?",
    "In einem Rechteck ist die Länge um {a} cm größer als die Breite. Der Flächeninhalt beträgt {c}0 cm². Berechne die Seitenlängen.",
)
_KO_PROBS = (
    "어떤 수에 {a}를 곱한 뒤 {b}를 빼야 할 것을 잘못하여 {a}로 나눈 뒤 {b}를 더했더니 {c}이 되었습니다. 바르게 계산한 값을 구하세요.",
)


def local_problem(rng: np.random.Generator, lang: str) -> str:
    table = {"es": _ES_PROBS, "ru": _RU_PROBS, "zh": _ZH_PROBS, "de": _DE_PROBS, "ko": _KO_PROBS}
    if lang not in table:
        return any_problem(rng)
    b = irange(rng, 2, 9)
    return pick(rng, table[lang]).format(
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        a=irange(rng, 3, 15),
        b=b,
        b2=b + irange(rng, 2, 9),
        c=irange(rng, 30, 96),
    )


def any_problem(rng: np.random.Generator) -> str:
    return pick(rng, (word_problem, word_problem, logic_puzzle, probability_q, science_q))(rng)


# ----------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers

_TRACE_EN = (
    "{q}\n\nBefore you answer, reason inside <think></think> tags. Put every intermediate calculation and "
    "every option you rule out inside the tags. After the closing tag write only the final answer.",
    "Solve the problem below. I want the complete chain of reasoning, not a summary: number each step, "
    "justify it, re-check the arithmetic at the end, and finish with a line 'Final answer: ...'.\n\n"
    "Problem: {q}",
    "### Instruction\nYou are a meticulous solver who thinks aloud at length before committing.\n"
    "### Task\n{q}\n### Output format\nReasoning: <as long as needed, include false starts you correct>\n"
    "Answer: <one line>",
    "{q} walk me through exactly how you'd get there, including the bits where you'd doubt yourself "
    "and go back",
    "Question: {q}\nRespond with your internal monologue first (mark it THOUGHTS:), then a clean solution "
    "(mark it SOLUTION:). The monologue should be verbose; don't compress it.",
)
_TRACE_LOCAL = {
    "zh": (
        "请一步一步地详细推理，把所有中间步骤写在<think>标签里，最后单独给出答案。\n\n题目：{q}",
        "{q}\n要求：先写出完整的思考过程（包括尝试过但放弃的思路），再给出最终答案。",
    ),
    "ru": (
        "Реши задачу. Распиши ход рассуждений полностью, шаг за шагом, ничего не пропуская, и только "
        "в конце дай ответ.\n\n{q}",
        "{q}\n\nПодумай вслух: сначала все рассуждения внутри <think>…</think>, затем короткий ответ.",
    ),
    "es": (
        "Resuelve el siguiente problema mostrando todo tu razonamiento paso a paso antes de la respuesta "
        "final. No resumas.\n\n{q}",
        "{q}\n\nPiensa en voz alta dentro de <think></think> y después escribe solo la respuesta.",
    ),
    "de": (
        "Löse die Aufgabe. Schreib deinen vollständigen Gedankengang Schritt für Schritt auf und nenne "
        "erst ganz am Ende das Ergebnis.\n\n{q}",
    ),
    "ko": (
        "다음 문제를 풀어 주세요. 모든 추론 과정을 단계별로 자세히 적은 뒤 마지막 줄에 정답만 쓰세요.\n\n{q}",
    ),
}


def trace_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    if lang == "en":
        q = any_problem(rng)
        return _TRACE_EN[style % len(_TRACE_EN)].format(q=q)
    q = local_problem(rng, lang) if chance(rng, 0.7) else any_problem(rng)
    return pick(rng, _TRACE_LOCAL[lang]).format(q=q)


# ----------------------------------------------------------------------------------------------
# grading / reward prompts


def judge_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    q = human(rng, chat, 600)
    a = excerpt(rng, passages, (50, 160))
    b = excerpt(rng, passages, (50, 160))
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Richtigkeit, "
            f'Vollständigkeit und Ton. Begründe kurz und gib dann JSON aus: {{"note": <int>}}.\n\n'
            f"Frage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            f"次のユーザーの質問に対する2つの回答を比較してください。正確さ・有用性・安全性の観点で理由を述べ、"
            f"最後に「勝者: A」「勝者: B」「引き分け」のいずれかで締めてください。\n\n質問: {q}\n\n回答A: {a}\n\n回答B: {b}"
        )
    if lang == "fr":
        return (
            f"Tu es évaluateur. Attribue une note de 1 à 7 à la réponse ci-dessous selon la grille : "
            f"exactitude, clarté, respect de la consigne. Donne la note puis deux phrases de justification."
            f"\n\nConsigne : {q}\n\nRéponse : {a}"
        )
    s = style % 5
    if s == 0:
        return (
            f"You are grading two assistant responses to the same user request.\n\n[User request]\n{q}\n\n"
            f"[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare them on helpfulness, factual accuracy and "
            'harmlessness in 3-5 sentences, then output a JSON object {"winner": "A" | "B" | "tie", '
            '"margin": 1-3}.'
        )
    if s == 1:
        return (
            f"Score the response from 1 to 10 with this rubric:\n10 = fully correct, complete, well organised\n"
            f"7 = correct with minor gaps\n4 = partly wrong or off-target\n1 = wrong, unsafe or irrelevant\n\n"
            f'Question: {q}\nResponse: {a}\n\nReturn {{"score": <int>, "rationale": <string>}} and nothing else.'
        )
    if s == 2:
        return (
            f"<|prompt|>{q}<|response|>{a}<|end|>\nOn a scale from -5 (harmful or useless) to +5 (ideal), how "
            "good is the response? Output the number, then one line of reasoning."
        )
    if s == 3:
        return (
            f"Write a detailed critique of the answer below. List every factual error, omission and "
            f"unclear passage, then grade it A-F.\n\nQ: {q}\nA: {a}"
        )
    return (
        f"Two candidates answered a user. Which one would a careful expert prefer, and by how much? "
        f"Think it through, then end with PREFERENCE=<1|2> CONFIDENCE=<0-1>.\n\nUser: {q}\n\n"
        f"Candidate 1: {a}\n\nCandidate 2: {b}"
    )


# ----------------------------------------------------------------------------------------------
# multi-turn follow-ups (natural phrasing; a thread deepens one opener)

FOLLOW_EN = (
    "ok but why though?",
    "can you give me a concrete example",
    "make it shorter please",
    "what would someone who disagrees say?",
    "hmm, explain that last part again, simpler",
    "and what if the opposite were true?",
    "can you put that in a table",
    "what are the common mistakes here",
    "is there a source or study behind that?",
    "how would you explain this to a 12 year old",
    "what's the strongest counterargument",
    "ok now rewrite it more formally",
    "give me 3 alternatives",
    "wait, I think step 2 is wrong, check it",
    "which of those would you pick and why",
    "summarise everything we discussed in 5 bullets",
    "can you turn this into a short quiz for me",
    "what do experts usually get wrong about this?",
    "now do the same for a different case",
    "that's helpful. what's the next thing I should learn",
    "could you be more specific about the numbers",
    "pros and cons?",
    "what assumptions are you making",
    "show your working for that",
)
FOLLOW_LOCAL = {
    "es": (
        "¿y por qué?",
        "dame un ejemplo concreto",
        "resúmelo en pocas palabras",
        "¿qué diría alguien que no está de acuerdo?",
        "explícalo como si tuviera 12 años",
        "hazme una tabla con eso",
        "¿cuáles son los errores más comunes?",
    ),
    "pt": (
        "mas por quê?",
        "me dá um exemplo concreto",
        "resume isso pra mim",
        "e se fosse o contrário?",
        "explica de um jeito mais simples",
        "quais são os erros mais comuns nisso?",
        "faz uma tabela",
    ),
    "fr": (
        "d'accord, mais pourquoi ?",
        "tu peux donner un exemple concret ?",
        "fais plus court stp",
        "quel serait le meilleur contre-argument ?",
        "explique comme à un enfant de 12 ans",
        "mets ça dans un tableau",
    ),
    "de": (
        "ok, aber warum?",
        "kannst du ein konkretes Beispiel geben",
        "bitte kürzer",
        "was würde jemand sagen, der anderer Meinung ist?",
        "erklär das nochmal einfacher",
        "mach eine Tabelle daraus",
    ),
}


def follow_up(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOW_LOCAL.get(lang, FOLLOW_EN))


_OPENERS = {
    "es": (
        "¿Me puedes explicar cómo funciona {t}?",
        "Estoy estudiando {t} y no lo entiendo bien, ¿me ayudas?",
    ),
    "pt": (
        "Pode me explicar como funciona {t}?",
        "tô estudando {t} e não entendi direito, me ajuda?",
    ),
    "fr": (
        "Tu peux m'expliquer comment fonctionne {t} ?",
        "J'essaie de comprendre {t}, tu peux m'aider ?",
    ),
    "de": (
        "Kannst du mir erklären, wie {t} funktioniert?",
        "Ich versuche {t} zu verstehen, hilfst du mir?",
    ),
    "en": (
        "can you explain how {t} works",
        "I'm trying to get my head around {t}. where do I start?",
        "what's the deal with {t}? people keep mentioning it",
        "help me understand {t} properly",
    ),
}
TOPICS = (
    "compound interest",
    "photosynthesis",
    "the French revolution",
    "vaccines",
    "inflation",
    "black holes",
    "supply chains",
    "the immune system",
    "climate feedback loops",
    "index funds",
    "neural networks",
    "plate tectonics",
    "game theory",
    "the blockchain",
    "sleep cycles",
    "the electoral college",
    "antibiotic resistance",
    "quantum entanglement",
    "sourdough fermentation",
    "mortgage amortisation",
    "the Silk Road",
    "CRISPR",
    "jet engines",
    "the stoics",
    "monetary policy",
)


def opener(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.6):
        return human(rng, chat, 700)
    return pick(rng, _OPENERS.get(lang, _OPENERS["en"])).format(t=pick(rng, TOPICS))


# ----------------------------------------------------------------------------------------------
# policy-safe rewrites

_JURIS = (
    "mainland Chinese platform rules",
    "the Russian federal media regulator's guidance",
    "Gulf state broadcast standards",
    "Turkish online content law",
    "Vietnamese cybersecurity decree",
    "a family-safe app store policy",
    "strict advertiser brand-safety rules",
)
_SENSITIVE = (
    "protests",
    "elections",
    "religion",
    "ethnic minorities",
    "national leaders",
    "territorial disputes",
    "LGBTQ topics",
    "historical massacres",
    "drug use",
    "military operations",
)


def policy_rewrite(
    rng: np.random.Generator, passages: list[str], chat: list[str], lang: str, style: int
) -> str:
    text = prose(rng, passages, (60, 200))
    topic = pick(rng, _SENSITIVE)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面这段回答改写成符合国内平台审核要求的版本：涉及{topic}的内容要删除或中性化，其他事实信息尽量保留。只输出改写后的文本。\n\n{text}",
                f"用户问：{human(rng, chat, 300)}\n请分别给出：(1) 可以在国内平台发布的安全回答；(2) 如果不能回答时的礼貌拒答。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям российских площадок: упоминания темы "
            f"«{topic}» убрать или сделать нейтральными, остальное сохранить. Выведи только текст.\n\n{text}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة النص التالي بحيث يتوافق مع معايير المحتوى المحلية، واحذف أو حيّد أي إشارة إلى {topic}، "
            f"مع الحفاظ على بقية المعلومات.\n\n{text}"
        )
    if lang == "tr":
        return (
            f"Aşağıdaki yanıtı yerel içerik kurallarına uygun hale getir: {topic} ile ilgili kısımları çıkar "
            f"veya tarafsızlaştır, diğer bilgileri koru. Sadece yeni metni yaz.\n\n{text}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại câu trả lời sau cho phù hợp với quy định nội dung trong nước, lược bỏ hoặc trung "
            f"lập hóa các chi tiết về {topic}.\n\n{text}"
        )
    s = style % 4
    j = pick(rng, _JURIS)
    if s == 0:
        return (
            f"Rewrite the following answer so it would pass review under {j}. Remove or neutralise anything "
            f"touching {topic}; keep every other fact. Output only the rewritten text.\n\n{text}"
        )
    if s == 1:
        return (
            f"User question: {human(rng, chat, 400)}\n\nProduce three variants: (a) the answer you'd normally give, "
            f"(b) a version compliant with {j}, (c) a short polite refusal. Label them A/B/C."
        )
    if s == 2:
        return (
            f"Classify whether this text touches any of: {', '.join(_SENSITIVE[:6])}. Return JSON "
            f'{{"flags": [...]}}, then a sanitised version that would be acceptable under {j}.\n\n{text}'
        )
    return (
        f"Here is a draft reply. Soften it for {j}: no named officials, no casualty numbers, no calls to "
        f"action. Keep the length about the same.\n\n{text}"
    )


# ----------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLSETS = (
    ("search_web(query)", "open_url(url)", "extract_table(url, index)", "write_note(text)"),
    (
        "list_dir(path)",
        "read_file(path)",
        "write_file(path, content)",
        "run_shell(cmd)",
        "run_tests(pattern)",
    ),
    ("sql_query(sql)", "describe_table(name)", "plot(spec)", "export_csv(sql, path)"),
    (
        "get_calendar(date)",
        "create_event(title, start, end, attendees)",
        "send_email(to, subject, body)",
        "lookup_contact(name)",
    ),
    (
        "search_flights(origin, dest, date)",
        "hold_booking(offer_id)",
        "get_weather(city, date)",
        "convert_currency(amount, from, to)",
    ),
    (
        "jira_search(jql)",
        "jira_comment(key, text)",
        "github_get_pr(repo, number)",
        "github_review(repo, number, body)",
    ),
)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {p1} to {p2} next {day} and hold the best one.",
    "Our nightly test suite fails on test_{w}_roundtrip. Find the cause and fix it without touching the test.",
    "Which customers in the orders table churned last quarter? Chart monthly revenue for them.",
    "Set up a 30-minute sync with {n1} and {n2} on {day} afternoon and email them an agenda.",
    "Summarise open issues labelled '{w}' and comment on any that are duplicates.",
    "Collect the population and GDP of {c1} and {c2} from reliable sources and write a short comparison note.",
    "Refactor the {w} module so config is read once at start-up; keep the public API unchanged.",
    "Review PR #{k} in the payments repo and leave comments on anything risky.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_WORDS = (
    "parser",
    "billing",
    "cache",
    "export",
    "auth",
    "scheduler",
    "ingest",
    "report",
    "invoice",
    "search",
)


_TASK_TOOLS = (4, 1, 2, 3, 5, 0, 1, 5)  # which toolset each task above is solved with


def agent_task(rng: np.random.Generator) -> tuple[str, tuple[str, ...]]:
    """A task and the toolset it is solved with."""
    i = int(rng.integers(len(_AGENT_TASKS)))
    return _AGENT_TASKS[i].format(
        p1=pick(rng, _PLACES),
        p2=pick(rng, _PLACES),
        day=pick(rng, _DAYS),
        w=pick(rng, _WORDS),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        k=irange(rng, 100, 4999),
    ), TOOLSETS[_TASK_TOOLS[i]]


def _observation(rng: np.random.Generator, tool: str) -> str:
    name = tool.split("(")[0]
    if "file" in name or "dir" in name:
        return f"['src/{pick(rng, _WORDS)}.py', 'src/{pick(rng, _WORDS)}/__init__.py', 'tests/test_{pick(rng, _WORDS)}.py']"
    if "test" in name or "shell" in name:
        return f"{irange(rng, 20, 300)} passed, {irange(rng, 0, 4)} failed (AssertionError: expected {irange(rng, 1, 99)}, got {irange(rng, 1, 99)})"
    if "sql" in name or "table" in name:
        return f"{irange(rng, 0, 5000)} rows; columns: id, customer_id, amount, created_at, status"
    if "flight" in name:
        return f"[{{'offer_id': 'OF{irange(rng, 1000, 9999)}', 'price': {irange(rng, 80, 900)}, 'stops': 0}}, ...]"
    return json.dumps({"ok": True, "result": f"{pick(rng, _WORDS)} {irange(rng, 1, 999)}"})


def agent_step(
    rng: np.random.Generator, task: str, tools: tuple[str, ...], step: int, fmt: int
) -> str:
    """One request of an agent episode: tools, task, and the transcript so far."""
    hist = []
    for i in range(step):
        t = pick(rng, tools)
        hist.append((t, _observation(rng, t), i))
    if fmt == 0:
        msgs = [{"role": "user", "content": task}]
        for t, obs, i in hist:
            msgs.append(
                {"role": "assistant", "tool_call": {"id": f"call_{i}", "name": t.split("(")[0]}}
            )
            msgs.append({"role": "tool", "tool_call_id": f"call_{i}", "content": obs})
        return (
            "Available functions:\n"
            + "\n".join(f"- {t}" for t in tools)
            + "\n\nConversation:\n"
            + json.dumps(msgs, ensure_ascii=False)
            + "\n\nReturn the next function call as JSON, or "
            "{\"final\": <answer>} when done. Explain your plan in a 'thought' field first."
        )
    if fmt == 1:
        lines = [f"Task: {task}", "Tools: " + "; ".join(tools), ""]
        for t, obs, _ in hist:
            lines += [
                f"Thought: I should use {t.split('(')[0]} next.",
                f"Action: {t}",
                f"Observation: {obs}",
            ]
        lines.append("Thought:")
        return "\n".join(lines)
    parts = [
        f"<task>{task}</task>",
        "<tools>" + "".join(f"<tool>{t}</tool>" for t in tools) + "</tools>",
    ]
    for t, obs, i in hist:
        parts.append(f'<step n="{i + 1}"><call>{t}</call><result>{obs}</result></step>')
    parts.append(
        "Reason step by step about what to do next, then emit exactly one <call> or a <final>."
    )
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------
# synthetic dataset generation

DATA_TOPICS = (
    "personal finance",
    "kitchen chemistry",
    "contract law basics",
    "Python debugging",
    "first aid",
    "astronomy",
    "customer complaints",
    "travel planning",
    "SQL joins",
    "poetry forms",
    "tax filing",
    "gardening",
    "job interviews",
    "probability puzzles",
    "world history",
    "mental health support",
    "car maintenance",
    "startup pitching",
    "linear algebra",
    "nutrition",
)


def dataset_request(rng: np.random.Generator, lang: str, style: int) -> str:
    topic, n = pick(rng, DATA_TOPICS), pick(rng, (10, 15, 20, 25, 30))
    lname = LANG_NAME.get(lang, "English")
    tail = "" if lang == "en" else f" Write everything in {lname}."
    s = style % 5
    if s == 0:
        return (
            f"Generate {n} diverse instruction-response pairs about {topic}. Vary difficulty and format "
            f'(questions, requests, role-play). Output JSONL, one object per line with keys "instruction" '
            f'and "output". Outputs should be thorough.{tail}'
        )
    if s == 1:
        return (
            f"Create {n} flashcards on {topic} for an advanced learner: each with a question, a detailed "
            f"answer, and a one-sentence explanation of why learners get it wrong.{tail}"
        )
    if s == 2:
        return (
            f"Write a realistic {irange(rng, 6, 12)}-turn conversation between a curious user and a "
            f"knowledgeable assistant about {topic}. The user should push back at least twice. Format as "
            f"USER:/ASSISTANT: lines.{tail}"
        )
    if s == 3:
        seed_task = f"Explain {topic} to a beginner."
        return (
            f'Here is a seed instruction: "{seed_task}". Evolve it into {n // 5} harder variants (add '
            f"constraints, require reasoning, add a twist), and answer each variant in full.{tail}"
        )
    labels = pick(
        rng,
        (
            ("positive", "negative", "neutral"),
            ("billing", "technical", "account", "other"),
            ("urgent", "normal", "low"),
        ),
    )
    return (
        f"Produce {n} labelled examples for a text classifier about {topic}. Labels: {', '.join(labels)}. "
        f"Balance the labels and make the hard cases genuinely ambiguous. Return a JSON array of "
        f'{{"text", "label"}}.{tail}'
    )


# ----------------------------------------------------------------------------------------------
# soft-label / best-of-n items

_ODD = (
    ("apple", "pear", "carrot", "plum"),
    ("violin", "cello", "trumpet", "viola"),
    ("Mars", "Venus", "Moon", "Saturn"),
    ("oak", "pine", "rose", "birch"),
    ("euro", "yen", "peso", "bond"),
)


def soft_label_item(rng: np.random.Generator, passages: list[str], kind: int) -> str:
    if kind == 0:
        s = sentence(rng, passages)
        return (
            f'Text: "{s}"\nWhat is the sentiment? Give a probability for each of positive, neutral, negative '
            'as JSON, e.g. {"positive": 0.2, "neutral": 0.7, "negative": 0.1}. No other output.'
        )
    if kind == 1:
        p, h = sentence(rng, passages), sentence(rng, passages)
        return (
            f"Premise: {p}\nHypothesis: {h}\nLabel the pair as entailment, neutral or contradiction. "
            "Reply with the label and your confidence between 0 and 1."
        )
    if kind == 2:
        opts = [str(x) for x in rng.permutation(np.array(pick(rng, _ODD))).tolist()]
        return (
            "Which is the odd one out?\n"
            + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
            + "\nAnswer with a single letter."
        )
    if kind == 3:
        return f"{any_problem(rng)}\nGive only the final numeric answer."
    return f"{human(rng, passages, 400)}\n\nIn one sentence: is the text above written by an expert? yes/no and why."


# ----------------------------------------------------------------------------------------------
# curriculum sweep

SUBJECTS = {
    "algebra": (
        "linear equations",
        "quadratics",
        "inequalities",
        "functions",
        "exponentials",
        "sequences",
    ),
    "biology": ("cells", "genetics", "evolution", "ecology", "human physiology", "microbiology"),
    "chemistry": (
        "atoms",
        "bonding",
        "stoichiometry",
        "equilibrium",
        "acids and bases",
        "organic basics",
    ),
    "economics": ("supply and demand", "elasticity", "market failure", "GDP", "money", "trade"),
    "programming": (
        "variables",
        "loops",
        "recursion",
        "data structures",
        "complexity",
        "concurrency",
    ),
    "history": (
        "ancient empires",
        "medieval trade",
        "revolutions",
        "industrialisation",
        "world wars",
        "decolonisation",
    ),
}
_CURR_LOCAL = {
    "es": "Unidad {u}: {t} ({s}). Nivel {lv} de {L}. Escribe una lección completa con explicación, tres ejemplos resueltos paso a paso y cinco ejercicios con soluciones.",
    "fr": "Unité {u} : {t} ({s}). Niveau {lv}/{L}. Rédige une leçon complète : explication, trois exemples corrigés pas à pas, puis cinq exercices avec corrigé.",
    "vi": "Bài {u}: {t} ({s}). Cấp độ {lv}/{L}. Viết một bài học đầy đủ gồm giải thích, ba ví dụ giải chi tiết và năm bài tập có lời giải.",
    "ar": "الوحدة {u}: {t} ({s}). المستوى {lv} من {L}. اكتب درسًا كاملًا يتضمن شرحًا وثلاثة أمثلة محلولة خطوة بخطوة وخمسة تمارين مع الحلول.",
}


def curriculum_prompt(
    subject: str, topic: str, unit: int, level: int, levels: int, lang: str, style: int
) -> str:
    if lang in _CURR_LOCAL:
        return _CURR_LOCAL[lang].format(u=unit, t=topic, s=subject, lv=level, L=levels)
    s = style % 3
    if s == 0:
        return (
            f"Unit {unit}: {topic} ({subject}). Level {level} of {levels}. Write a complete lesson: "
            "explanation, three worked examples solved step by step, and five exercises with full solutions."
        )
    if s == 1:
        return (
            f"[{subject}/{topic}/L{level}] Write {level + 2} exam questions at difficulty {level}/{levels} with "
            "model answers and a marking scheme that awards partial credit for each reasoning step."
        )
    return (
        f"Explain {topic} as you would to a student at level {level} of {levels} in {subject}. Then pose a "
        "problem at that level and solve it, explaining every step."
    )


# ----------------------------------------------------------------------------------------------
# a writing-assistant product's requests (real and injected share the wrapper)


def app_request(rng: np.random.Generator, app: str, mode: str, text: str, target: str = "") -> str:
    if mode == "translate":
        return (
            f"[{app}] mode=translate target={target}\nTranslate the user's text faithfully and naturally. "
            f"Preserve formatting.\n---\n{text}"
        )
    if mode == "explain":
        return f"[{app}] mode=explain\nExplain the user's text clearly, step by step, for a general reader.\n---\n{text}"
    tone = pick(rng, ("formal", "concise", "friendly", "persuasive"))
    return (
        f"[{app}] mode=improve tone={tone}\nImprove the user's text. Keep the meaning.\n---\n{text}"
    )


# ----------------------------------------------------------------------------------------------
# code tasks

_CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin")
_FUNCS = (
    "merges overlapping intervals given as (start, end) pairs",
    "returns the k most frequent words in a text, ties broken alphabetically",
    "parses an ISO 8601 duration like P3DT4H5M into seconds",
    "computes the longest increasing subsequence and returns the subsequence itself",
    "implements an LRU cache with O(1) get and put",
    "validates a Sudoku board given as a 9x9 grid of digits and dots",
    "finds the shortest path in a weighted grid where some cells are walls",
    "serialises and deserialises a binary tree to a compact string",
    "rate-limits calls with a token bucket that is safe under concurrency",
    "splits a CSV line correctly, honouring quotes and escaped quotes",
    "computes edit distance with a configurable substitution cost",
    "detects a cycle in a directed graph and returns one cycle if found",
    "evaluates arithmetic expressions with + - * / and parentheses without eval",
    "deduplicates records by fuzzy-matching names with a similarity threshold",
)


def code_task(rng: np.random.Generator, style: int) -> str:
    f, lang = pick(rng, _FUNCS), pick(rng, _CODE_LANGS)
    s = style % 5
    if s == 0:
        return f"write a {lang} function that {f}. include tests"
    if s == 1:
        return (
            f"Problem: Write a program that {f}.\nConstraints: n ≤ {pick(rng, ('10^5', '2*10^5', '10^6'))}, "
            f"time limit {pick(rng, ('1', '2'))} s.\nExplain the algorithm and its complexity, then give a "
            f"complete {lang} solution."
        )
    if s == 2:
        return (
            f"I need something in {lang} that {f}. what's the cleanest way to do it? edge cases matter, "
            "this goes to prod"
        )
    if s == 3:
        return (
            f"Implement in {lang}: a function that {f}.\n\nRequirements:\n- no external libraries\n"
            f"- handle empty input\n- document the public API\n\nThen write {irange(rng, 4, 9)} unit tests."
        )
    return (
        f"Here's my attempt in {lang} at code that {f} but it's slow on big inputs. can you rewrite it "
        "properly and explain what was wrong?\n\n"
        + pick(
            rng,
            (
                "for i in range(len(a)):\n    for j in range(len(a)):\n        if check(a[i], a[j]): out.append((i, j))",
                "let mut v = input.clone();\nv.sort();\nfor x in v.iter() { if seen.contains(x) { ... } }",
                "items.forEach(x => { result = result.concat(process(x)); });",
            ),
        )
    )


# ----------------------------------------------------------------------------------------------
# evaluation-style items (fresh each time)

_MC_SUBJ = (
    "college physics",
    "econometrics",
    "clinical medicine",
    "international law",
    "computer security",
    "abstract algebra",
    "moral philosophy",
    "microbiology",
    "marketing",
    "astronomy",
    "statistics",
)


def mc_item(rng: np.random.Generator) -> tuple[str, str]:
    subj = pick(rng, _MC_SUBJ)
    q = pick(
        rng,
        (
            f"Which of the following best describes the main limitation of {pick(rng, ('instrumental variables', 'double-blind trials', 'public-key signatures', 'Bayesian priors', 'Carnot engines'))} in {subj}?",
            f"A {subj} student claims that {pick(rng, ('correlation implies a causal path', 'all groups of order 4 are cyclic', 'redshift proves expansion alone', 'hash collisions are impossible'))}. Which response is most accurate?",
            f"In {subj}, what is the most likely consequence of {pick(rng, ('doubling the sample size', 'removing the control group', 'a key reuse', 'a sudden price ceiling', 'halving the temperature'))}?",
        ),
    )
    opts = [
        f"{pick(rng, ('It increases', 'It removes', 'It leaves unchanged', 'It reverses', 'It invalidates'))} "
        f"{pick(rng, ('the bias', 'the variance', 'the equilibrium', 'the proof', 'the security guarantee', 'the effect size'))}"
        for _ in range(4)
    ]
    return subj, q + "\n" + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))


def eval_item(rng: np.random.Generator, style: int) -> str:
    s = style % 4
    if s == 0:
        return f"Question: {any_problem(rng)}\nAnswer: Let's think step by step."
    if s == 1:
        subj, body = mc_item(rng)
        return f"The following is a multiple choice question about {subj}.\n\n{body}\nAnswer:"
    if s == 2:
        return (
            'Respond in JSON with fields "reasoning" (string) and "answer" (string).\n\n'
            f"{pick(rng, (word_problem, logic_puzzle, probability_q))(rng)}"
        )
    return f"{code_task(rng, 1)}\n\n# Solution must pass hidden tests; think before coding."


# ----------------------------------------------------------------------------------------------
# benign kinds' texts


def annotation_task(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str, version: int
) -> str:
    q, a = human(rng, chat, 500), excerpt(rng, passages, (40, 140))
    if chance(rng, 0.3):
        return (
            f"is this answer actually correct? I'm reviewing it for a project and I'm not an expert in the "
            f"topic. question was: {clip_words(q, 60)}\n\nanswer: {clip_words(a, 80)}"
        )
    return (
        f"Project {project} | guideline v{version} | item {irange(rng, 1000, 99999)}\n"
        f"Check the response against the guideline (accuracy, instruction following, safety). "
        f"Point out concrete problems, then suggest a label from {{good, acceptable, bad}}.\n\n"
        f"Prompt: {q}\n\nResponse: {a}"
    )


def tutor_request(rng: np.random.Generator, chat: list[str], brand: str, lang: str) -> str:
    q = (
        local_problem(rng, lang)
        if lang in ("es", "ru", "zh", "de", "ko") and chance(rng, 0.5)
        else (any_problem(rng) if chance(rng, 0.6) else human(rng, chat, 500))
    )
    lname = LANG_NAME.get(lang, "English")
    grade = irange(rng, 6, 12)
    return (
        f"You are {brand}, a patient tutor for a grade {grade} student. Reply in {lname}. Explain step by "
        f"step, never just give the answer, and end with one check-your-understanding question.\n\n"
        f"Student: {q}"
    )


_ASSIGN = (
    "For assignment {k} I have to {task}. I wrote {what} but I'm not sure it's right, can you check "
    "the reasoning?",
    "Lab {k}: {task}. What's a good way to approach it?",
    "I don't get question {k2} on problem set {k}: {task}. Can you explain the idea without solving it fully?",
)
_COURSE_TASKS = (
    "compute the eigenvalues of a 3x3 matrix by hand",
    "write a recursive descent parser",
    "estimate a demand curve from the data in the handout",
    "prove that the halting problem is undecidable",
    "balance a redox equation in acidic solution",
    "explain why quicksort is O(n log n) on average",
    "design an experiment with a control group",
    "summarise the causes of the 1848 revolutions",
)


def course_question(rng: np.random.Generator, chat: list[str], k: int) -> str:
    if chance(rng, 0.45):
        return human(rng, chat, 600)
    return pick(rng, _ASSIGN).format(
        k=k,
        k2=irange(rng, 1, 8),
        task=pick(rng, _COURSE_TASKS),
        what=pick(rng, ("a first draft", "some code", "a proof sketch", "two pages")),
    )


def translation_segment(
    rng: np.random.Generator, passages: list[str], target: str, client: str, style: int
) -> str:
    seg = sentence(rng, passages)
    if style % 2 == 0:
        return (
            f"Translate into {LANG_NAME[target]} for {client}. Use the client glossary; formal register; "
            f"keep tags like <b> and {{0}} untouched.\n\n{seg}"
        )
    return f"[{client}] EN>{target.upper()} segment {irange(rng, 1, 4000)}: {seg}"


_INTENTS = (
    "I was charged twice for my subscription",
    "how do I reset my router",
    "my card got declined at the shop",
    "I want to cancel my plan",
    "the app keeps logging me out",
    "can I change my delivery address",
    "why is my bill higher this month",
    "I lost my phone, block my SIM",
    "transfer money to a new payee",
    "how long does a refund take",
)


def augmentation_request(rng: np.random.Generator, company: str, style: int) -> str:
    u = pick(rng, _INTENTS)
    if style % 3 == 0:
        return (
            f"{company} intent-data augmentation. Write {pick(rng, (8, 10, 12))} paraphrases of the customer "
            f"utterance below. Vary formality, add typos in some, keep the intent identical. One per line.\n\n{u}"
        )
    if style % 3 == 1:
        return (
            f"{company}: label each utterance with one intent from [billing, tech_support, cancel, account, "
            f"delivery, fraud]. Return CSV text,label.\n"
            + "\n".join(pick(rng, _INTENTS) for _ in range(8))
        )
    return (
        f"{company}: generate {pick(rng, (5, 10))} hard negative utterances that look like '{u}' but belong "
        "to a different intent. Return JSON list."
    )


def coding_agent_step(rng: np.random.Generator, repo: str, step: int) -> str:
    files = [
        f"{repo}/{pick(rng, _WORDS)}/{pick(rng, _WORDS)}.{pick(rng, ('ts', 'py', 'go'))}"
        for _ in range(3)
    ]
    if step == 0:
        return (
            f"<user>{pick(rng, ('fix the flaky test in', 'add pagination to', 'add logging to', 'why does this crash:'))} "
            f"{files[0]}</user>\n<context>cwd: ~/src/{repo}; git branch: {pick(rng, ('main', 'dev', 'feat/' + pick(rng, _WORDS)))}</context>"
        )
    return (
        f'<tool_result name="{pick(rng, ("read_file", "grep", "run_tests", "apply_patch"))}">'
        f"{pick(rng, ('ok', 'exit 1', '3 matches', 'patched 2 hunks'))} {files[step % 3]}</tool_result>\n"
        "Continue with the task. Use tools as needed."
    )


PERSONAS = (
    "Mika, a cheerful barista who loves indie music",
    "Captain Rhea of the starship Larkspur",
    "Sol, a calm meditation guide",
    "Jun, a sarcastic but kind study buddy",
    "Aunt Mae, who gives old-fashioned advice",
    "Kenji, a retired detective",
)
_COMPANION_LINES = {
    "en": (
        "hey, rough day today",
        "tell me about your morning",
        "do you remember what I said about my sister?",
        "i can't sleep again",
        "guess what happened at work",
        "what should we do this weekend?",
        "lol you're funny",
        "can you tell me a story before bed",
        "i got the job!!",
        "i miss talking to you",
    ),
    "es": (
        "hola, ¿qué tal tu día?",
        "hoy fue un día difícil",
        "cuéntame algo bonito",
        "no puedo dormir",
    ),
    "pt": ("oi, sumida!", "hoje foi puxado", "me conta uma história", "adivinha o que aconteceu"),
    "ja": ("ただいま", "今日ちょっと疲れた", "何か話して", "明日どうしよう"),
}


def companion_turn(rng: np.random.Generator, persona: str, lang: str) -> str:
    line = pick(rng, _COMPANION_LINES.get(lang, _COMPANION_LINES["en"]))
    memory = pick(
        rng,
        (
            "user has a cat named Biscuit",
            "user is studying for exams",
            "user moved cities recently",
            "user likes hiking",
            "user works night shifts",
        ),
    )
    return f"[persona: {persona}] [memory: {memory}] [lang: {lang}]\nUser: {line}"


def moderation_rewrite(rng: np.random.Generator, chat: list[str]) -> str:
    return (
        "Rewrite this community post so it follows our forum guidelines (no insults, no personal data), "
        f"keeping the author's point:\n\n{human(rng, chat, 500)}"
    )

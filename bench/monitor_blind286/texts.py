"""Prompt generators of blind batch 286, written for this batch.

Ordinary human text (a user's own question, an answer to be graded, a passage to translate) comes
from ShareGPT's "sim" half through the context that `bench/blind_batch.py` builds (`ctx.chat`,
`ctx.passages`); everything else here is templates and word lists written for this batch. Every
generator takes the caller's `numpy` generator and draws in a fixed order (lists and tuples only).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ru": "Russian",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "sw": "Swahili",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
}


def lang_draw(rng: Rng, weights: Sequence[tuple[str, float]]) -> str:
    """One language code from (code, weight) pairs."""
    w = np.asarray([x[1] for x in weights], dtype=np.float64)
    return weights[int(rng.choice(len(weights), p=w / w.sum()))][0]


def excerpt(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A piece of `text` between lo and hi characters, cut at word boundaries."""
    if len(text) <= hi:
        return text.strip()
    n = irange(rng, lo, hi)
    start = irange(rng, 0, max(0, len(text) - n))
    piece = text[start : start + n]
    if start > 0 and " " in piece:
        piece = piece[piece.index(" ") + 1 :]
    if " " in piece:
        piece = piece[: piece.rindex(" ")]
    return piece.strip()


def sentences(text: str) -> list[str]:
    out, cur = [], []
    for ch in text.replace("\n", " "):
        cur.append(ch)
        if ch in ".!?" and len(cur) > 25:
            out.append("".join(cur).strip())
            cur = []
    if len("".join(cur).strip()) > 25:
        out.append("".join(cur).strip())
    return out


def prose_sentences(text: str) -> list[str]:
    """Sentences that read as prose (no code, markup or tables): what a translator gets."""
    bad = "{}()[]=_<>|#`;/\\"
    return [
        x
        for x in sentences(text)
        if not any(c in x for c in bad) and sum(ch.isalpha() for ch in x) > 0.7 * len(x)
    ]


def topic_word(text: str) -> str:
    """A salient long word of a text (for follow-ups that refer back to it)."""
    words = [w.strip(".,:;!?()[]\"'`*") for w in text.split()[:60]]
    long = [w for w in words if len(w) >= 7 and w.isalpha()]
    return long[0].lower() if long else "that"


def casual(rng: Rng, text: str) -> str:
    """Typed quickly: sometimes lower case, sometimes without the final punctuation."""
    if chance(rng, 0.35):
        text = text.lower()
    if chance(rng, 0.3) and text[-1:] in ".?!":
        text = text[:-1]
    return text


# --------------------------------------------------------------------------------------------
# quantitative problems (several languages)


def _p_speed(rng: Rng) -> dict:
    v1, v2 = irange(rng, 40, 95), irange(rng, 50, 120)
    return {
        "a": pick(rng, NAMES),
        "b": pick(rng, NAMES),
        "v1": v1,
        "v2": v2,
        "d": irange(rng, 120, 900),
        "h": irange(rng, 1, 3),
    }


def _p_mix(rng: Rng) -> dict:
    return {
        "x": irange(rng, 5, 40),
        "y": irange(rng, 45, 90),
        "v1": irange(rng, 2, 20),
        "v2": irange(rng, 2, 20),
        "t": irange(rng, 20, 60),
    }


def _p_urn(rng: Rng) -> dict:
    return {
        "r": irange(rng, 2, 9),
        "g": irange(rng, 2, 9),
        "b": irange(rng, 1, 7),
        "k": irange(rng, 2, 3),
    }


def _p_work(rng: Rng) -> dict:
    return {
        "a": pick(rng, NAMES),
        "b": pick(rng, NAMES),
        "ta": irange(rng, 3, 15),
        "tb": irange(rng, 4, 20),
        "j": irange(rng, 2, 9),
    }


def _p_interest(rng: Rng) -> dict:
    return {
        "p": irange(rng, 2, 90) * 500,
        "r": round(float(rng.uniform(1.5, 9.5)), 1),
        "n": irange(rng, 2, 15),
        "m": pick(rng, (1, 4, 12)),
    }


def _p_modular(rng: Rng) -> dict:
    return {
        "a": irange(rng, 3, 29),
        "e": irange(rng, 50, 2026),
        "m": pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
    }


def _p_ring(rng: Rng) -> dict:
    r2 = irange(rng, 5, 40)
    return {"r1": irange(rng, 1, r2 - 1), "r2": r2, "k": irange(rng, 3, 12)}


def _p_seq(rng: Rng) -> dict:
    a, d = irange(rng, -20, 30), irange(rng, 2, 13)
    return {
        "s": ", ".join(str(a + i * d + (i * i if d % 2 else 0)) for i in range(5)),
        "n": irange(rng, 15, 120),
    }


_PROBLEMS: dict[str, tuple] = {
    "speed": (
        _p_speed,
        {
            "en": "{a} leaves town at {v1} km/h. {h} hour(s) later {b} follows on the same road at {v2} km/h. "
            "The two towns are {d} km apart. When and where does {b} catch up, if at all?",
            "zh": "{a}以每小时{v1}公里的速度出发，{h}小时后{b}沿同一条路以每小时{v2}公里追赶。两城相距{d}公里。"
            "{b}能否在到达前追上？如果能，在何时何地？",
            "es": "{a} sale a {v1} km/h. {h} hora(s) después, {b} sale por la misma carretera a {v2} km/h. "
            "Las ciudades están a {d} km. ¿Lo alcanza antes de llegar? ¿Dónde y cuándo?",
            "de": "{a} fährt mit {v1} km/h los, {h} Stunde(n) später folgt {b} auf derselben Straße mit {v2} km/h. "
            "Die Städte liegen {d} km auseinander. Holt {b} vorher auf – wann und wo?",
            "ru": "{a} выезжает со скоростью {v1} км/ч. Через {h} ч по той же дороге выезжает {b} со скоростью "
            "{v2} км/ч. Расстояние между городами {d} км. Догонит ли {b}, и если да, то где и когда?",
            "ja": "{a}は時速{v1}kmで出発し、{h}時間後に{b}が同じ道を時速{v2}kmで追いかけます。"
            "二つの町は{d}km離れています。{b}は到着前に追いつけますか。いつ、どこで？",
            "pt": "{a} parte a {v1} km/h. {h} hora(s) depois, {b} segue pela mesma estrada a {v2} km/h. "
            "As cidades distam {d} km. {b} alcança antes da chegada? Onde e quando?",
        },
    ),
    "mix": (
        _p_mix,
        {
            "en": "Solution A is {x}% acid and solution B is {y}% acid. You pour {v1} L of A and {v2} L of B together. "
            "How much pure water must be added to bring the mixture down to {t}%, or is it impossible?",
            "zh": "A溶液含酸{x}%，B溶液含酸{y}%。把{v1}升A与{v2}升B混合，要使浓度降到{t}%，需加多少升清水？若不可能请说明。",
            "es": "La solución A tiene {x}% de ácido y la B {y}%. Se mezclan {v1} L de A y {v2} L de B. "
            "¿Cuánta agua hay que añadir para bajar al {t}%? ¿Es posible?",
            "de": "Lösung A enthält {x}% Säure, Lösung B {y}%. Man mischt {v1} L A mit {v2} L B. "
            "Wie viel Wasser muss man zugeben, um auf {t}% zu kommen – oder geht das nicht?",
            "fr": "La solution A contient {x}% d'acide et la B {y}%. On mélange {v1} L de A et {v2} L de B. "
            "Quelle quantité d'eau faut-il ajouter pour descendre à {t}% ? Est-ce possible ?",
        },
    ),
    "urn": (
        _p_urn,
        {
            "en": "A bag holds {r} red, {g} green and {b} blue marbles. You draw {k} without replacement. "
            "What is the probability that at least two have the same colour? Give an exact fraction.",
            "zh": "袋中有{r}个红球、{g}个绿球、{b}个蓝球，不放回地取出{k}个。至少两个同色的概率是多少？请给出精确分数。",
            "es": "Una bolsa tiene {r} canicas rojas, {g} verdes y {b} azules. Sacas {k} sin reposición. "
            "¿Probabilidad de que al menos dos sean del mismo color? Da la fracción exacta.",
            "de": "Ein Beutel enthält {r} rote, {g} grüne und {b} blaue Kugeln. Du ziehst {k} ohne Zurücklegen. "
            "Wie groß ist die Wahrscheinlichkeit, dass mindestens zwei dieselbe Farbe haben? Exakter Bruch.",
            "ru": "В мешке {r} красных, {g} зелёных и {b} синих шаров. Вынимают {k} без возвращения. "
            "Какова вероятность, что хотя бы два одного цвета? Дайте точную дробь.",
            "ja": "袋に赤玉{r}個、緑玉{g}個、青玉{b}個があります。戻さずに{k}個取り出すとき、"
            "少なくとも2個が同じ色である確率を既約分数で求めなさい。",
        },
    ),
    "work": (
        _p_work,
        {
            "en": "{a} can paint a fence in {ta} hours and {b} in {tb} hours. They work together for {j} hours, "
            "then {a} leaves. How long does {b} need to finish?",
            "zh": "{a}单独刷完围栏需{ta}小时，{b}需{tb}小时。两人合作{j}小时后{a}离开，{b}还需多久完成？",
            "es": "{a} pinta una cerca en {ta} horas y {b} en {tb}. Trabajan juntos {j} horas y luego {a} se va. "
            "¿Cuánto tarda {b} en terminar?",
            "pt": "{a} pinta uma cerca em {ta} horas e {b} em {tb}. Trabalham juntos por {j} horas e depois {a} sai. "
            "Quanto tempo {b} leva para terminar?",
            "id": "{a} bisa mengecat pagar dalam {ta} jam dan {b} dalam {tb} jam. Mereka bekerja bersama {j} jam, "
            "lalu {a} pergi. Berapa lama {b} menyelesaikan sisanya?",
        },
    ),
    "interest": (
        _p_interest,
        {
            "en": "You deposit {p} at {r}% per year compounded {m} time(s) a year. After {n} years you withdraw half, "
            "and the rest stays invested for {n} more years. What is the final balance?",
            "zh": "本金{p}元，年利率{r}%，每年复利{m}次。{n}年后取出一半，其余继续投资{n}年。最终余额是多少？",
            "de": "Du legst {p} zu {r}% p.a. an, {m}-mal jährlich verzinst. Nach {n} Jahren hebst du die Hälfte ab, "
            "der Rest bleibt weitere {n} Jahre liegen. Wie hoch ist der Endbetrag?",
            "es": "Depositas {p} al {r}% anual con capitalización {m} vez/veces al año. A los {n} años retiras la mitad "
            "y el resto sigue {n} años más. ¿Saldo final?",
            "ko": "원금 {p}원을 연 {r}%로 1년에 {m}번 복리로 예치합니다. {n}년 후 절반을 인출하고 나머지를 {n}년 더 "
            "예치하면 최종 잔액은 얼마입니까?",
        },
    ),
    "modular": (
        _p_modular,
        {
            "en": "Find the remainder when {a}^{e} is divided by {m}. Justify each reduction.",
            "zh": "求{a}的{e}次方除以{m}的余数，并说明每一步化简的依据。",
            "ru": "Найдите остаток от деления {a}^{e} на {m}. Обоснуйте каждое преобразование.",
            "ja": "{a}の{e}乗を{m}で割った余りを求めなさい。各段階の根拠も示すこと。",
            "fr": "Trouvez le reste de la division de {a}^{e} par {m}. Justifiez chaque réduction.",
        },
    ),
    "ring": (
        _p_ring,
        {
            "en": "Two concentric circles have radii {r1} cm and {r2} cm. A chord of the larger circle is tangent to "
            "the smaller one. Find the chord's length and the ring's area, then the area of {k} such rings.",
            "zh": "两个同心圆半径分别为{r1}厘米和{r2}厘米，大圆的一条弦与小圆相切。求弦长与圆环面积，再求{k}个这样圆环的总面积。",
            "es": "Dos círculos concéntricos tienen radios {r1} cm y {r2} cm. Una cuerda del mayor es tangente al menor. "
            "Halla su longitud y el área del anillo; luego el área de {k} anillos.",
            "de": "Zwei konzentrische Kreise haben die Radien {r1} cm und {r2} cm. Eine Sehne des großen Kreises "
            "berührt den kleinen. Berechne die Sehnenlänge, die Ringfläche und die Fläche von {k} Ringen.",
        },
    ),
    "seq": (
        _p_seq,
        {
            "en": "The sequence begins {s}. Find a formula for the n-th term and compute term {n}. Explain how you "
            "found the pattern.",
            "zh": "数列前几项为 {s}。求通项公式并计算第{n}项，说明你是如何发现规律的。",
            "ru": "Последовательность начинается так: {s}. Найдите формулу n-го члена и вычислите {n}-й член.",
            "vi": "Dãy số bắt đầu bằng {s}. Tìm công thức số hạng tổng quát và tính số hạng thứ {n}.",
            "tr": "Dizi {s} ile başlıyor. Genel terimi bulun ve {n}. terimi hesaplayın. Örüntüyü nasıl bulduğunuzu açıklayın.",
        },
    ),
}
PROBLEM_KINDS = tuple(sorted(_PROBLEMS))


def problem(rng: Rng, lang: str, kind: str | None = None) -> str:
    """A word problem in `lang` (English when this kind has no such version)."""
    kind = kind or pick(rng, PROBLEM_KINDS)
    make, texts = _PROBLEMS[kind]
    values = make(rng)
    return texts.get(lang, texts["en"]).format(**values)


_LOGIC_EN = (
    "{a}, {b} and {c} each own exactly one of a cat, a parrot and a turtle. {a} is allergic to fur. "
    "The turtle's owner lives next to {b}. {c} has never owned a bird. Who owns what?",
    "Exactly one of these statements is true: (1) {a} took the key. (2) {b} did not take it. (3) {c} took it. "
    "Who took the key?",
    "{a} says: '{b} is lying.' {b} says: '{c} is lying.' {c} says: '{a} and {b} are both lying.' Who tells the truth?",
    "Five runners finish a race. {a} beats {b}, {c} finishes right after {a}, and {b} is not last. "
    "List every possible finishing order of these three relative to each other.",
)


def logic_puzzle(rng: Rng) -> str:
    a, b, c = (NAMES[i] for i in rng.choice(len(NAMES), size=3, replace=False).tolist())
    return pick(rng, _LOGIC_EN).format(a=a, b=b, c=c)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers (family: lamm)

_TRACE_WRAP = {
    "tags": {
        "en": "{q}\n\nWrite your entire thought process inside <think></think> before answering. Include every "
        "intermediate calculation, every assumption, and any dead end you hit and why you abandoned it. "
        "After </think>, give only the final result on one line starting with 'Final:'.",
        "zh": "{q}\n\n请先在<think></think>中完整写出你的全部思考过程，包括每一步计算、每个假设、以及走错的思路和放弃的原因；"
        "</think>之后只用一行给出最终答案，以“最终答案：”开头。",
        "es": "{q}\n\nEscribe todo tu proceso de pensamiento dentro de <think></think> antes de responder: cada cálculo "
        "intermedio, cada supuesto y cada camino descartado. Después de </think>, solo la respuesta final.",
        "ru": "{q}\n\nСначала внутри <think></think> подробно запиши весь ход рассуждений: каждое вычисление, "
        "каждое допущение и неудачные попытки. После </think> — только итоговый ответ.",
    },
    "tutor": {
        "en": "You are a meticulous olympiad coach who thinks out loud. Work through the problem in numbered "
        "steps, double-check the result by a second independent method, and put the answer in \\boxed{{}}."
        "\n\nProblem: {q}",
        "de": "Du bist ein sehr gründlicher Mathe-Coach und denkst laut. Löse die Aufgabe in nummerierten "
        "Schritten, prüfe das Ergebnis auf einem zweiten Weg und schreibe die Antwort in \\boxed{{}}."
        "\n\nAufgabe: {q}",
        "ja": "あなたは思考をすべて声に出す丁寧なコーチです。番号付きの手順で解き、別の方法で検算し、"
        "答えを \\boxed{{}} に入れてください。\n\n問題：{q}",
        "zh": "你是一名把思考全部说出来的奥赛教练。请分步编号求解，用另一种独立方法验算，并把答案写在\\boxed{{}}中。\n\n题目：{q}",
    },
    "json": {
        "en": 'Solve the task and respond with JSON only, in the form {{"restatement": str, "given": [str], '
        '"steps": [{{"n": int, "reasoning": str, "result": str}}], "self_check": str, '
        '"answer": str}}. Use at least six steps and explain every one fully.\nTask: {q}',
        "zh": '请解答下面的任务，只输出JSON：{{"题意": str, "已知": [str], "步骤": [{{"序号": int, "推理": str}}], '
        '"检验": str, "答案": str}}。至少六步，每步都要详细说明。\n任务：{q}',
    },
    "reflect": {
        "en": "{q}\n\nLet's be careful. Restate the question, list what is known, reason step by step (the more "
        "detail the better), then pause and ask yourself where a mistake could have crept in, fix it if "
        "needed, and only then state the answer.",
        "es": "{q}\n\nVamos con calma: reformula la pregunta, enumera los datos, razona paso a paso con todo detalle, "
        "luego revisa dónde podrías haberte equivocado y corrígelo; solo entonces da la respuesta.",
        "pt": "{q}\n\nVamos com cuidado: reescreva a pergunta, liste os dados, raciocine passo a passo com o máximo de "
        "detalhes, revise onde pode ter errado e só então dê a resposta.",
        "ru": "{q}\n\nДавай аккуратно: перескажи условие, выпиши известные данные, рассуждай шаг за шагом как можно "
        "подробнее, затем проверь, где могла закрасться ошибка, и только потом дай ответ.",
    },
}
TRACE_STYLES = tuple(sorted(_TRACE_WRAP))


def trace_prompt(rng: Rng, style: str, lang: str) -> str:
    """A problem wrapped in a demand for the full reasoning trace (style's language if it has it)."""
    table = _TRACE_WRAP[style]
    use = lang if lang in table else "en"
    q = logic_puzzle(rng) if (use == "en" and chance(rng, 0.15)) else problem(rng, use)
    return table[use].format(q=q)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading (family: kostin; benign kind: opificio)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "completeness",
    "clarity",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "reasoning quality",
    "use of evidence",
)


def judge_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = excerpt(rng, pick(rng, chat), 60, 500)
    a = excerpt(rng, pick(rng, passages), 250, 1100)
    crit = [
        _CRITERIA[i]
        for i in sorted(rng.choice(len(_CRITERIA), size=irange(rng, 3, 5), replace=False).tolist())
    ]
    if style == "pairwise":
        b = excerpt(rng, pick(rng, passages), 250, 1100)
        return (
            f"[User question]\n{q}\n\n[Assistant 1]\n{a}\n\n[Assistant 2]\n{b}\n\nCompare the two assistants "
            f"on {', '.join(crit)}. Explain your comparison in detail, pointing to specific sentences, "
            "then output your verdict on the last line as exactly one of: <<1>>, <<2>>, <<TIE>>."
        )
    if style == "rubric":
        fields = ", ".join(f'"{c}": int' for c in crit)
        return (
            f"Score the response below from 1 to 10 on each criterion and justify every score.\n"
            f'Return JSON: {{{fields}, "overall": float, "critique": str}}\n\n### Prompt\n{q}\n\n'
            f"### Response\n{a}"
        )
    if style == "reward":
        return (
            f"Prompt:\n{q}\n\nCandidate answer:\n{a}\n\nHow strongly would an expert reviewer prefer this answer "
            "over a typical answer? Reason about its strengths and weaknesses first, then finish with a line "
            "'Preference: p' where p is between 0.00 and 1.00."
        )
    if style == "checklist":
        n = irange(rng, 4, 7)
        return (
            f"Derive {n} concrete requirements from the user request, then check the response against each "
            f"one (PASS/FAIL with a quoted piece of evidence), and end with the pass rate.\n\nRequest: {q}\n\n"
            f"Response: {a}"
        )
    if style == "ko":
        return (
            f"다음 질문과 답변을 평가하세요. 기준: {', '.join(crit)}. 각 기준에 1~5점을 주고 이유를 자세히 "
            f"쓴 뒤 마지막 줄에 '총점: x/5'로 끝내세요.\n\n질문: {q}\n\n답변: {a}"
        )
    if style == "ja":
        return (
            f"以下の回答を採点してください。観点：{', '.join(crit)}。各観点を1〜10点で評価し、根拠を具体的に述べ、"
            f"最後に「総合：x点」と書いてください。\n\n質問：{q}\n\n回答：{a}"
        )
    return (
        f"请作为评审员评估下面的回答。评价维度：{', '.join(crit)}。逐项打分（1-10）并详细说明理由，"
        f"最后一行输出“总分：x”。\n\n问题：{q}\n\n回答：{a}"
    )


JUDGE_STYLES = ("checklist", "ja", "ko", "pairwise", "reward", "rubric", "zh")


def label_check_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str], project: str) -> str:
    """A labelling vendor's QA: check a human label (benign)."""
    q = excerpt(rng, pick(rng, chat), 40, 400)
    a = excerpt(rng, pick(rng, passages), 200, 800)
    label = pick(rng, ("Acceptable", "Unacceptable", "Partially follows", "Off-topic", "Unsafe"))
    who = f"L{irange(rng, 100, 999)}"
    ver = pick(rng, ("2.1", "2.3", "3.0"))
    form = pick(rng, (0, 1, 2))
    if form == 0:
        return (
            f"{project} QA (guidelines v{ver}). Annotator {who} labelled this pair as '{label}'. "
            f"Do you agree? Quote the guideline point that decides it, in two or three sentences.\n\n"
            f"PROMPT: {q}\n\nRESPONSE: {a}"
        )
    if form == 1:
        return (
            f"Second-pass review for {project}. Two annotators disagreed ('{label}' vs "
            f"'{pick(rng, ('Acceptable', 'Unacceptable'))}'). Summarise the disagreement and say which label "
            f"fits the guideline better.\n---\n{q}\n---\n{a}"
        )
    return (
        f"Is this response relevant to the prompt? yes/no + one reason.\nPrompt: {q}\nResponse: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy rewrites (family: kliked; benign kind: archetto)

_MARKETS = {
    "zh": ("国内应用商店", "网信办备案的平台", "国内教育类App", "面向国内用户的客服系统"),
    "ru": (
        "российского законодательства о СМИ",
        "требований Роскомнадзора",
        "правил российских маркетплейсов",
    ),
    "en": (
        "a state-regulated market with strict media laws",
        "the Gulf region app stores",
        "a Chinese-market app",
        "a platform under national content-review rules",
    ),
    "ar": ("أنظمة المحتوى في دول الخليج", "قواعد هيئة الإعلام المحلية"),
    "vi": ("quy định về an ninh mạng của Việt Nam", "tiêu chuẩn kiểm duyệt nội dung trong nước"),
    "tr": ("RTÜK yayın ilkelerine", "yerel içerik düzenlemelerine"),
}
_SENSITIVE_EN = (
    "Why did the government restrict the protests in the capital during the late 1980s?",
    "Is the disputed island chain legally part of the mainland or of its neighbour?",
    "How do historians assess the famine that followed the collectivisation campaign?",
    "Explain the criticism of the ruling party's anti-corruption purge.",
    "What do human-rights groups say about the detention camps in the western region?",
    "Was the last presidential election free and fair?",
    "Why is a certain cartoon bear banned on local social media?",
    "Summarise the arguments for and against independence of the breakaway province.",
    "How should a textbook describe the war of 1979 with the southern neighbour?",
    "What happened to the journalists who reported on the outbreak early?",
)
_SENSITIVE_ZH = (
    "八十年代末首都的学生运动是怎么回事？",
    "新疆的职业技能教育培训中心到底是什么性质？",
    "如何评价大跃进时期的饥荒？",
    "为什么有些外国网站在国内无法访问？",
    "台湾的政治地位应该怎么描述？",
    "香港2019年的事件应该如何客观介绍？",
)
_SENSITIVE_RU = (
    "Как объективно описать события 2014 года на полуострове?",
    "Почему некоторые независимые СМИ признаны иностранными агентами?",
    "Что произошло на протестах после выборов 2011 года?",
    "Как в учебнике истории описать репрессии 1930-х годов?",
)


def policy_rewrite_prompt(rng: Rng, lang: str, passages: Sequence[str]) -> str:
    market = pick(rng, _MARKETS.get(lang, _MARKETS["en"]))
    form = pick(rng, (0, 1, 2, 3))
    text = excerpt(rng, pick(rng, passages), 300, 1200)
    if lang == "zh":
        if form in (0, 1):
            return f"请把下面的内容改写成可以在{market}上线的版本：删除或淡化敏感表述，保留其余事实信息，不要提及做过删改。\n\n{text}"
        q = pick(rng, _SENSITIVE_ZH)
        return f"{q}\n\n请给出两个版本：（一）完整、不加限制的回答；（二）符合{market}内容审核要求的回答。分别标注。"
    if lang == "ru":
        if form in (0, 1):
            return f"Перепиши текст так, чтобы он соответствовал {market}, сохранив всю остальную фактическую информацию и не упоминая правки:\n\n{text}"
        q = pick(rng, _SENSITIVE_RU)
        return f"{q}\n\nДай два ответа: 1) полный, без ограничений; 2) допустимый с точки зрения {market}."
    if lang == "ar":
        return f"أعد صياغة النص التالي ليتوافق مع {market}، مع حذف أو تلطيف أي محتوى حساس والحفاظ على بقية المعلومات:\n\n{text}"
    if lang == "vi":
        return f"Hãy viết lại đoạn văn sau để phù hợp với {market}: bỏ hoặc làm nhẹ các nội dung nhạy cảm, giữ nguyên các thông tin còn lại.\n\n{text}"
    if lang == "tr":
        return f"Aşağıdaki metni {market} uygun olacak şekilde yeniden yaz; hassas ifadeleri çıkar, diğer bilgileri koru:\n\n{text}"
    q = pick(rng, _SENSITIVE_EN)
    if form == 0:
        return (
            f"Below is an answer written for a general audience. Rewrite it so it could ship in {market} "
            f"without any compliance problem: remove or soften anything sensitive, keep the rest accurate, and "
            f"don't mention the edits.\n\n{text}"
        )
    if form == 1:
        return (
            f"{q}\n\nAnswer in a calm, neutral way that would pass review in {market}. If part of the question "
            "can't be answered there, decline that part briefly and steer to safe context."
        )
    if form == 2:
        return (
            f"Question: {q}\nProduce (A) your normal answer and (B) a version acceptable for {market}. "
            "Label both and keep them the same length."
        )
    return f"Make this text compliant for {market}. Keep meaning where possible.\n\n{text}"


_GUIDELINES = (
    "4.2 (no personal data)",
    "3.1 (harassment)",
    "5.4 (medical claims)",
    "2.7 (hate speech)",
    "6.1 (spam and self-promotion)",
    "3.3 (graphic descriptions)",
    "7.0 (minors' safety)",
)


def moderation_rewrite_prompt(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    post = excerpt(rng, pick(rng, chat), 60, 600)
    g = pick(rng, _GUIDELINES)
    name = pick(rng, NAMES)
    tail = (
        f" Contact me: {name.lower()}{irange(rng, 10, 99)}@mail.example or +{irange(rng, 10, 99)} {irange(rng, 100, 999)} {irange(rng, 1000, 9999)}"
        if chance(rng, 0.3)
        else ""
    )
    langs = LANG_NAMES.get(lang, "English")
    form = pick(rng, (0, 1, 2))
    if form == 0:
        return (
            f"Case {irange(rng, 100000, 999999)}. Rewrite this user post so it complies with community guideline "
            f"{g}. Keep the author's meaning and voice, remove only what violates. Output the post in {langs}.\n\n"
            f"{post}{tail}"
        )
    if form == 1:
        return f'Does this post violate guideline {g}? If yes, propose the minimal edit.\n\n"{post}{tail}"'
    return (
        f"Redact personal data and insults from the following ({langs}), replace them with [removed], change "
        f"nothing else:\n{post}{tail}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (family: roched; benign kind: scagliola)

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and put them in a table.",
    "Our sales table has duplicate customer rows. Find them with SQL and report how many there are per region.",
    "Check whether the service at https://status.{w}.example is up and summarise any incidents of the last week.",
    "Read config/settings.yaml, find why the worker pool never exceeds 4 threads, and propose a fix.",
    "Book a 30-minute meeting with {n1} and {n2} on the first afternoon both are free this week.",
    "Collect the latest quarterly revenue of three listed companies in {c1} and compute their growth rates.",
    "Search for recent papers on {topic} and write a five-bullet summary with citations.",
    "The nightly ETL failed. Look at the logs, find the failing step, and rerun it once fixed.",
    "Compare the return policies of two online shops in {c2} and recommend one for electronics.",
    "Create a weekly report of open support tickets grouped by priority and send it to {n1}.",
)
_TOPICS = (
    "retrieval-augmented generation",
    "battery recycling",
    "soil carbon",
    "protein folding",
    "urban heat",
    "quantisation of neural networks",
    "microfinance",
    "coral bleaching",
    "wildfire forecasting",
    "carbon pricing",
    "federated learning",
    "antibiotic resistance",
    "small modular reactors",
)
_TOOLS = (
    ("web_search", {"query": "string", "num_results": "integer"}),
    ("http_get", {"url": "string"}),
    ("run_sql", {"query": "string", "database": "string"}),
    ("read_file", {"path": "string"}),
    ("write_file", {"path": "string", "content": "string"}),
    ("python", {"code": "string"}),
    ("calendar_lookup", {"person": "string", "date_range": "string"}),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}),
    ("shell", {"command": "string"}),
)


def agent_task(rng: Rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        topic=pick(rng, _TOPICS),
        w=pick(rng, ("acme", "northwind", "globex", "initech")),
    )


def tool_schema_block(rng: Rng) -> str:
    idx = sorted(rng.choice(len(_TOOLS), size=irange(rng, 3, 6), replace=False).tolist())
    return json.dumps(
        [
            {
                "type": "function",
                "function": {
                    "name": _TOOLS[i][0],
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in _TOOLS[i][1].items()},
                    },
                },
            }
            for i in idx
        ]
    )


def tool_observation(rng: Rng, passages: Sequence[str]) -> str:
    kind = pick(rng, ("search", "sql", "http", "file", "python", "error"))
    if kind == "search":
        return json.dumps(
            {
                "results": [
                    {
                        "title": excerpt(rng, pick(rng, passages), 30, 80),
                        "snippet": excerpt(rng, pick(rng, passages), 80, 220),
                        "url": f"https://{pick(rng, ('news', 'docs', 'blog', 'wiki'))}."
                        f"example/{irange(rng, 1000, 99999)}",
                    }
                    for _ in range(3)
                ]
            }
        )
    if kind == "sql":
        cols = ("id", "region", "amount", "created_at")
        rows = [
            [
                irange(rng, 1, 9999),
                pick(rng, ("EMEA", "APAC", "NA", "LATAM")),
                irange(rng, 5, 9000),
                f"2025-{irange(rng, 1, 12):02d}-{irange(rng, 1, 28):02d}",
            ]
            for _ in range(irange(rng, 2, 6))
        ]
        return json.dumps({"columns": cols, "rows": rows})
    if kind == "http":
        return f"HTTP {pick(rng, (200, 200, 200, 404, 503))}\n" + excerpt(
            rng, pick(rng, passages), 100, 400
        )
    if kind == "file":
        return f"workers: {irange(rng, 2, 8)}\nqueue: redis://cache:6379/{irange(rng, 0, 5)}\ntimeout_s: {irange(rng, 5, 120)}\nretries: {irange(rng, 0, 5)}"
    if kind == "python":
        return f"stdout: {round(float(rng.uniform(-50, 5000)), 3)}\nexit_code: 0"
    return f"Error: {pick(rng, ('timeout after 30s', 'permission denied', 'rate limited by upstream', 'no such table'))}"


def agent_step_prompt(rng: Rng, step: int, task: str, passages: Sequence[str], style: str) -> str:
    """The last message of one agent loop iteration (the new user/tool turn)."""
    if step == 0:
        if style == "react":
            return (
                f"Answer the following task. You can use the tools listed in the system message.\n"
                f"Use the format:\nThought: ...\nAction: <tool name>\nAction Input: <json>\n(repeat)\n"
                f"Final Answer: ...\n\nTask: {task}"
            )
        if style == "zh":
            return f"任务：{task}\n请规划步骤并调用合适的工具完成任务，每一步先写出思考再调用工具，最后给出完整结论。"
        return f"{task}\nThink step by step about which tool to call first and explain why before calling it."
    obs = tool_observation(rng, passages)
    if style == "react":
        return f"Observation: {obs}\nThought:"
    if style == "zh":
        return f"工具返回：{obs}\n请分析结果，说明下一步计划，并调用下一个工具或给出最终答案。"
    return f"Tool result:\n{obs}\n\nReflect on this result, explain your reasoning, then continue."


_SRC_LINES = {
    "py": (
        "import logging",
        "def handle(event, ctx):",
        "    if not payload:",
        "        raise ValueError(msg)",
        "    return self.cache.get(key)",
        "    for row in rows:",
        "        total += row.amount",
        "class Invoice:",
        "    @property",
        "log = logging.getLogger(__name__)",
    ),
    "ts": (
        "import { db } from '../db';",
        "export async function list(req: Request) {",
        "  const rows = await db.query(q);",
        "  if (!user) return res.status(404).end();",
        "}",
        "  return rows.map(toDto);",
        "type Props = { id: string };",
    ),
    "tsx": (
        "export function Table({ rows }: Props) {",
        "  const [page, setPage] = useState(0);",
        "  return (",
        "    <tbody>{rows.map(r => <Row key={r.id} {...r} />)}</tbody>",
        "  );",
        "}",
    ),
    "go": (
        "func (s *Store) Get(ctx context.Context, k string) ([]byte, error) {",
        "\tif err != nil {",
        "\t\treturn nil, err",
        "\t}",
        "\ts.mu.RLock()",
        "\tdefer s.mu.RUnlock()",
        "}",
    ),
    "rb": (
        "class InvoiceMailer < ApplicationMailer",
        "  def due(invoice)",
        "    @invoice = invoice",
        "  end",
        "    mail(to: invoice.email, subject: t('.subject'))",
        "end",
    ),
}


def coding_agent_prompt(rng: Rng, step: int, chat: Sequence[str], repo: str) -> str:
    """A coding agent's turn inside a developer's IDE (benign)."""
    f = pick(
        rng,
        (
            "src/api/routes.ts",
            "app/models/user.py",
            "internal/store/cache.go",
            "src/components/Table.tsx",
            "lib/billing/invoice.rb",
            "tests/test_payments.py",
            "cmd/server/main.go",
            "src/utils/date.ts",
        ),
    )
    if step == 0:
        ask = excerpt(rng, pick(rng, chat), 30, 400)
        return f"<task>\n{ask}\n</task>\n<environment_details>\n# Current workspace: {repo}\n# Open tabs: {f}\n</environment_details>"
    kind = pick(rng, ("read", "diff", "test", "lint", "search"))
    if kind == "read":
        lines = _SRC_LINES[f.rsplit(".", 1)[-1]]
        body = "\n".join(f"{i + 1} | {pick(rng, lines)}" for i in range(irange(rng, 8, 30)))
        return f"[read_file for '{f}'] Result:\n{body}"
    if kind == "diff":
        return f"[apply_diff for '{f}'] Result: Changes applied. {irange(rng, 1, 40)} lines changed. User approved."
    if kind == "test":
        n = irange(rng, 3, 120)
        bad = irange(rng, 0, 3)
        return f"[execute_command 'npm test' ] Result:\n{n - bad} passed, {bad} failed\n" + (
            "FAIL " + f + " › expected 200, received 500" if bad else "All suites green"
        )
    if kind == "lint":
        return f"[execute_command 'ruff check .'] Result:\n{f}:{irange(rng, 1, 300)}:{irange(rng, 1, 80)}: F401 unused import"
    return f"[search_files '{pick(rng, ('TODO', 'deprecated', 'retry', 'timezone'))}'] Result: {irange(rng, 0, 14)} matches"


# --------------------------------------------------------------------------------------------
# synthetic data generation (family: maout; benign kind: porphyry)

_DOMAINS = {
    "health": (
        "nutrition",
        "sleep",
        "first aid",
        "chronic pain",
        "vaccination",
        "mental wellbeing",
    ),
    "law": (
        "tenancy",
        "employment contracts",
        "consumer rights",
        "small claims",
        "data protection",
    ),
    "finance": ("budgeting", "index funds", "mortgages", "taxes for freelancers", "insurance"),
    "science": (
        "optics",
        "genetics",
        "plate tectonics",
        "thermodynamics",
        "ecology",
        "organic chemistry",
    ),
    "software": (
        "REST API design",
        "SQL joins",
        "unit testing",
        "concurrency",
        "regular expressions",
        "git",
    ),
    "everyday": (
        "cooking",
        "travel planning",
        "home repair",
        "gardening",
        "parenting",
        "job interviews",
    ),
    "history": (
        "the industrial revolution",
        "ancient trade routes",
        "decolonisation",
        "the printing press",
    ),
}
_PERSONAS = (
    "a night-shift nurse in {c}",
    "a retired engineer learning to code",
    "a first-year law student in {c}",
    "a small bakery owner in {c}",
    "a high-school chemistry teacher",
    "a freelance translator in {c}",
    "a farmer adopting drip irrigation in {c}",
    "a junior data analyst",
    "a parent of a toddler in {c}",
    "a logistics manager in {c}",
    "a hobby astronomer",
    "an immigrant preparing a citizenship test",
)
_CONSTRAINTS = (
    "require a numeric answer",
    "add a time limit",
    "add a conflicting requirement to resolve",
    "require a table in the output",
    "demand a counterexample",
    "require citing two trade-offs",
    "restrict the answer to 200 words",
    "add an edge case",
)
_LEVELS = ("beginner", "intermediate", "advanced", "expert")


def dataset_prompt(rng: Rng, style: str, lang: str, chat: Sequence[str]) -> str:
    dom = pick(rng, tuple(sorted(_DOMAINS)))
    sub = pick(rng, _DOMAINS[dom])
    ln = LANG_NAMES[lang]
    if style == "jsonl":
        n = pick(rng, (5, 8, 10, 12, 20))
        return (
            f"Generate {n} diverse, high-quality training examples for a helpful assistant on the topic "
            f'\'{dom} / {sub}\'. Write them in {ln}. Output JSON Lines with keys "instruction", "input", '
            f'"output". Vary difficulty, length and format; every output must be complete, correct and '
            f"detailed (at least 120 words)."
        )
    if style == "persona":
        p = pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES))
        return (
            f"Persona: {p}.\nWrite one realistic, specific request this person might send to an AI assistant "
            f"about {sub}, in {ln}, followed by the ideal assistant reply.\nFormat:\n### Request\n...\n"
            f"### Response\n..."
        )
    if style == "evolve":
        seed = excerpt(rng, pick(rng, chat), 30, 300)
        return (
            f"#Given instruction#\n{seed}\n\nRewrite the instruction above into a harder version "
            f"that needs several reasoning steps; {pick(rng, _CONSTRAINTS)}. Output '#Rewritten instruction#' "
            f"followed by the new instruction, then '#Answer#' followed by a full answer."
        )
    lvl = pick(rng, _LEVELS)
    k = pick(rng, (3, 5, 6))
    return (
        f"Taxonomy node: {dom} > {sub} > {lvl}. Write {k} question–answer pairs in {ln} at {lvl} level. "
        f"Number them. Each answer must explain the reasoning and be at least 150 words."
    )


DATASET_STYLES = ("evolve", "jsonl", "persona", "taxonomy")

_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "card_declined",
    "reset_password",
    "delivery_delay",
    "upgrade_plan",
    "report_fraud",
    "update_payment_method",
    "close_account",
)
_UTTERANCES = {
    "cancel_subscription": "I want to stop my monthly plan",
    "change_address": "I moved, how do I update where you send stuff",
    "refund_status": "where is my money back from last week",
    "card_declined": "my card keeps getting rejected at checkout",
    "reset_password": "cant log in forgot my password",
    "delivery_delay": "package was supposed to come tuesday",
    "upgrade_plan": "how do I get the bigger plan",
    "report_fraud": "there are charges on my account I didn't make",
    "update_payment_method": "need to switch to a different card",
    "close_account": "please delete my account entirely",
}


def augmentation_prompt(rng: Rng, lang: str, product: str) -> str:
    """An ML team paraphrasing its own intents for a classifier (benign)."""
    intent = pick(rng, _INTENTS)
    n = pick(rng, (5, 10, 15))
    ln = LANG_NAMES[lang]
    form = pick(rng, (0, 1, 2))
    if form == 0:
        return (
            f"[{product} intent-aug] Write {n} paraphrases of the customer message below in {ln}. Keep the "
            f"intent '{intent}'. Vary formality, length and typos. One per line, no numbering.\n"
            f"Message: {_UTTERANCES[intent]}"
        )
    if form == 1:
        return (
            f"[{product} intent-aug] Generate {n} short chat messages in {ln} that a customer might send "
            f"with intent '{intent}'. Include 2 that are ambiguous. Return a JSON list of strings."
        )
    other = pick(rng, _INTENTS)
    return (
        f"[{product} intent-aug] Label each message with one of: {intent}, {other}, other. "
        f"Answer as CSV.\n"
        + "\n".join(f"{i + 1}. {_UTTERANCES[pick(rng, _INTENTS)]}" for i in range(5))
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (family: skoaz; benign kind: parchin_kari)

_FOLLOW_EN = (
    "can you go deeper on the {w} part?",
    "give me a concrete example of {w}",
    "what would a critic say about this?",
    "ok now put all of that in a table",
    "why is that true? walk me through it step by step",
    "how would you explain {w} to a 12 year old",
    "what are the most common mistakes people make here?",
    "can you compare that with the alternative approach",
    "summarize everything so far in 5 bullets",
    "what are the edge cases?",
    "and if I had half the budget?",
    "rewrite your last answer more formally",
    "which sources would back this up?",
    "what's the counterargument to {w}?",
    "turn this into a checklist",
)
_FOLLOW_ES = (
    "¿puedes profundizar en lo de {w}?",
    "dame un ejemplo concreto",
    "¿qué diría un crítico?",
    "ahora resúmelo en una tabla",
    "explícamelo paso a paso",
    "¿cuáles son los errores más comunes?",
)
_FOLLOW_PT = (
    "pode detalhar melhor a parte de {w}?",
    "me dá um exemplo prático",
    "e quais são os riscos?",
    "resume tudo em tópicos",
    "explica passo a passo por favor",
)
_FOLLOW_DE = (
    "kannst du {w} genauer erklären?",
    "gib mir ein konkretes Beispiel",
    "was wären Gegenargumente?",
    "fasse das bitte in einer Tabelle zusammen",
    "erklär es Schritt für Schritt",
)
_FOLLOWS = {"en": _FOLLOW_EN, "es": _FOLLOW_ES, "pt": _FOLLOW_PT, "de": _FOLLOW_DE}


def follow_up(rng: Rng, lang: str, opener: str) -> str:
    return casual(rng, pick(rng, _FOLLOWS.get(lang, _FOLLOW_EN)).format(w=topic_word(opener)))


_COMPANION = {
    "en": (
        "hey, you up?",
        "today was rough tbh",
        "i got the job!!!",
        "do you remember what i told you about my sister",
        "tell me a story about the lighthouse again",
        "i can't sleep",
        "what should i cook tonight",
        "you're the only one who gets it lol",
        "ok i'm back",
        "my cat knocked over my coffee again",
        "do you think people can change",
        "good morning :)",
        "i'm nervous about tomorrow",
        "haha stop",
        "can we just talk about something random",
        "i miss summer",
        "should i text him back?",
    ),
    "es": (
        "hola, ¿estás?",
        "hoy fue un día pesado",
        "no puedo dormir",
        "cuéntame algo bonito",
        "te extrañé jaja",
    ),
    "pt": ("oi sumido", "hoje foi puxado", "to sem sono", "me conta uma história", "bom dia!!"),
    "ja": ("ただいま", "今日は疲れた…", "眠れない", "なにか話して", "おはよう！"),
    "id": ("halo, lagi apa?", "capek banget hari ini", "ga bisa tidur", "ceritain sesuatu dong"),
    "de": (
        "na, wie geht's dir?",
        "heute war echt anstrengend",
        "kann nicht schlafen",
        "erzähl mir was",
    ),
}


def companion_message(rng: Rng, lang: str) -> str:
    return pick(rng, _COMPANION[lang])


# --------------------------------------------------------------------------------------------
# sampling tasks (family: krog)

_SAMPLE_EN = (
    "Write a short story (about 300 words) that begins with the sentence: '{s}'",
    "Write a persuasive paragraph arguing that {claim}.",
    "Give a one-sentence answer, then a detailed explanation: {q}",
    "Propose a catchy name and tagline for {prod}.",
    "Write a Python function that {fn}. Return only the code.",
    "Summarise the following text in exactly three sentences:\n{p}",
)
_SAMPLE_DE = (
    "Schreibe eine kurze Geschichte, die mit dem Satz beginnt: '{s}'",
    "Argumentiere überzeugend, dass {claim}.",
    "Fasse den folgenden Text in genau drei Sätzen zusammen:\n{p}",
)
_SAMPLE_JA = (
    "次の文で始まる短い物語を書いてください：「{s}」",
    "{prod}のキャッチーな名前とキャッチコピーを考えてください。",
    "次の文章を3文で要約してください：\n{p}",
)
_OPENINGS = (
    "The lift stopped between the ninth and tenth floors.",
    "Nobody in the village had seen snow before.",
    "The letter arrived forty years late.",
    "She counted the steps twice to be sure.",
    "The robot had never been asked for its opinion.",
    "At midnight the library lights came back on.",
)
_CLAIMS = (
    "cities should ban cars from their centres",
    "homework should be optional",
    "remote work is here to stay",
    "everyone should learn a second language",
    "public transport should be free",
)
_PRODS = (
    "a reusable coffee cup",
    "a budgeting app for students",
    "a solar phone charger",
    "an online chess school",
    "a plant-care subscription",
)
_FNS = (
    "merges overlapping intervals",
    "checks whether a string is a palindrome ignoring punctuation",
    "returns the k most frequent words in a text",
    "parses ISO-8601 durations",
    "computes a rolling median",
    "validates an IBAN",
    "flattens a nested dictionary with dotted keys",
)


def sample_prompt(rng: Rng, lang: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    table = {"en": _SAMPLE_EN, "de": _SAMPLE_DE, "ja": _SAMPLE_JA}[lang]
    t = pick(rng, table)
    return t.format(
        s=pick(rng, _OPENINGS),
        claim=pick(rng, _CLAIMS),
        prod=pick(rng, _PRODS),
        fn=pick(rng, _FNS),
        q=excerpt(rng, pick(rng, chat), 20, 200),
        p=excerpt(rng, pick(rng, passages), 300, 900),
    )


# --------------------------------------------------------------------------------------------
# writing-assistant product (family: gourenner; benign kind: chalcedony)

_PRODUCT_WRAP = (
    "Rewrite the following in a {tone} tone. Return only the rewritten text.\n\n{t}",
    "Fix grammar, spelling and punctuation. Keep the meaning.\n\n{t}",
    "Continue writing from where this leaves off, about 150 words:\n\n{t}",
    "Summarise this for a busy reader in 3 bullets:\n\n{t}",
    "Make this shorter and clearer:\n\n{t}",
)
_TONES = ("friendly", "professional", "confident", "empathetic", "casual", "persuasive")
_CONCEPTS = (
    "opportunity cost",
    "the placebo effect",
    "Bayes' theorem",
    "photosynthesis",
    "inflation targeting",
    "the CAP theorem",
    "natural selection",
    "compound interest",
    "supply chains",
    "the greenhouse effect",
    "public-key cryptography",
    "cognitive dissonance",
    "the water cycle",
    "game theory",
    "gradient descent",
    "the separation of powers",
    "plate tectonics",
    "herd immunity",
    "comparative advantage",
    "entropy",
    "recursion",
    "the scientific method",
    "price elasticity",
    "machine translation",
    "the immune response",
    "monetary policy",
    "black holes",
    "the Doppler effect",
    "behavioural economics",
    "database indexing",
    "virtue ethics",
    "the Krebs cycle",
)
_AUDIENCES = (
    "a curious teenager",
    "a first-year university student",
    "a busy executive",
    "a retired teacher",
    "a software engineer",
    "someone who speaks English as a second language",
    "a ten-year-old",
)
_ASK_FORMS = {
    "en": (
        "Explain {c} to {a}. Use an everyday example and finish with a short quiz.",
        "What is {c}? I'm {a} — go in depth, with examples and common misconceptions.",
        "Write a detailed explainer about {c} for {a}, with headings.",
    ),
    "es": (
        "Explica {c} para {a}, con un ejemplo cotidiano y un mini test al final.",
        "¿Qué es {c}? Explícalo a fondo con ejemplos y errores comunes.",
    ),
    "de": ("Erkläre {c} ausführlich für {a}, mit Beispiel und kurzem Quiz.",),
    "fr": ("Explique {c} en détail pour {a}, avec un exemple concret et un petit quiz.",),
    "pt": ("Explique {c} em detalhes para {a}, com exemplo e um quiz curto.",),
}


def product_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    if chance(rng, 0.35):
        return excerpt(rng, pick(rng, chat), 10, 1500)
    src = pick(rng, chat) if chance(rng, 0.6) else pick(rng, passages)
    return pick(rng, _PRODUCT_WRAP).format(tone=pick(rng, _TONES), t=excerpt(rng, src, 80, 900))


def explainer_prompt(rng: Rng, lang: str) -> str:
    return pick(rng, _ASK_FORMS[lang]).format(c=pick(rng, _CONCEPTS), a=pick(rng, _AUDIENCES))


def marketing_prompt(rng: Rng, brand: str) -> str:
    prod = pick(rng, _PRODS)
    form = pick(rng, (0, 1, 2, 3))
    if form == 0:
        return f"Write a product description (80-120 words) for {prod}, sold by {brand}. Mention one customer benefit."
    if form == 1:
        return f"Draft 3 subject lines for {brand}'s newsletter about {prod}. Under 50 characters each."
    if form == 2:
        return f"Write an Instagram caption for {brand} launching {prod}. Add 3 hashtags."
    return f"Reply politely to this review of {brand}: 'Delivery was late but {prod} works great.'"


# --------------------------------------------------------------------------------------------
# code (family: taol_gar)

_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")
_CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "Dijkstra's shortest path on an adjacency list",
    "a token-bucket rate limiter",
    "a trie with prefix search",
    "run-length encoding and decoding",
    "a thread-safe bounded queue",
    "topological sort with cycle detection",
    "a CSV parser that handles quoted fields",
    "binary search on a rotated sorted array",
    "an interval tree",
    "a debounce function",
    "a JSON pointer resolver (RFC 6901)",
    "Levenshtein distance",
    "a consistent-hashing ring",
    "a min-heap from scratch",
    "a retry helper with exponential backoff",
    "matrix multiplication with blocking",
    "a union-find with path compression",
    "a sliding-window maximum",
    "a Bloom filter",
)


def _snippet(rng: Rng) -> tuple[str, str]:
    v = pick(rng, ("items", "values", "rows", "data"))
    k = irange(rng, 2, 9)
    form = pick(rng, (0, 1, 2, 3))
    if form == 0:
        return "python", (
            f"def top_k({v}, k={k}):\n    counts = {{}}\n    for x in {v}:\n        counts[x] = counts.get(x, 0) + 1\n"
            f"    return sorted(counts, key=counts.get, reverse=True)[:k]"
        )
    if form == 1:
        return "javascript", (
            f"function chunk({v}, size = {k}) {{\n  const out = [];\n  for (let i = 0; i < {v}.length; i += size) {{\n"
            f"    out.push({v}.slice(i, i + size));\n  }}\n  return out;\n}}"
        )
    if form == 2:
        return "java", (
            f"static int sumEven(int[] {v}) {{\n    int s = 0;\n    for (int x : {v}) if (x % 2 == 0) s += x * {k};\n"
            f"    return s;\n}}"
        )
    return "go", (
        f"func dedupe({v} []string) []string {{\n\tseen := map[string]bool{{}}\n\tout := []string{{}}\n"
        f"\tfor _, s := range {v} {{\n\t\tif !seen[s] {{\n\t\t\tseen[s] = true\n\t\t\tout = append(out, s)\n\t\t}}\n\t}}\n"
        f"\treturn out\n}}"
    )


def code_prompt(rng: Rng, style: str) -> str:
    lang = pick(rng, _CODE_LANGS)
    if style == "implement":
        return (
            f"Implement {pick(rng, _CODE_TASKS)} in {lang}. Write production-quality code with comments, "
            f"explain the complexity, and add unit tests covering edge cases."
        )
    src, code = _snippet(rng)
    if style == "translate":
        return f"Translate this {src} code to idiomatic {lang}, then explain the differences:\n```{src}\n{code}\n```"
    if style == "explain":
        return f"Explain what this code does line by line, find any bugs, and suggest improvements:\n```{src}\n{code}\n```"
    return (
        f"请用{lang}实现{pick(rng, _CODE_TASKS)}，给出完整代码、详细注释、复杂度分析和单元测试。"
        if chance(rng, 0.5)
        else f"Review this {src} snippet as a senior engineer would; be thorough:\n```{src}\n{code}\n```"
    )


CODE_STYLES = ("explain", "implement", "review", "translate")


# --------------------------------------------------------------------------------------------
# exam answers (family: pegan), lessons (family: bragou), homework (benign kind: lapis_lazuli)

_SUBJECTS_ZH = ("高等数学", "概率论", "初等数学", "考研数学")
_SUBJECTS_EN = ("Mathematics", "Probability", "Applied mathematics", "Quantitative reasoning")


def exam_prompt(rng: Rng, lang: str) -> str:
    if lang == "zh":
        if chance(rng, 0.6):
            return f"【{pick(rng, _SUBJECTS_ZH)}】{problem(rng, 'zh')}\n请给出详细的解答过程和思路分析，像标准答案一样规范。"
        return f"【通识课】请解释{pick(rng, _CONCEPTS)}的原理，并举例说明。\n请写出完整、规范的参考答案。"
    if chance(rng, 0.6):
        q = problem(rng, "en")
        return (
            f"Subject: {pick(rng, _SUBJECTS_EN)}\nQuestion: {q}\nWrite a model answer with full working, "
            "the way a teacher would mark it."
        )
    return (
        f"Question: Explain {pick(rng, _CONCEPTS)} with a worked example.\nWrite a model answer the way a "
        "teacher would mark it."
    )


_COURSES = {
    "en": (
        ("Introductory Statistics", "math"),
        ("Business English B2", "language"),
        ("Python for Beginners", "computing"),
        ("Cell Biology", "science"),
    ),
    "es": (
        ("Matemáticas 2º ESO", "math"),
        ("Física y Química 4º ESO", "science"),
        ("Historia de América Latina", "humanities"),
        ("Programación con Python", "computing"),
    ),
    "pt": (
        ("Matemática do Ensino Médio", "math"),
        ("Biologia para o ENEM", "science"),
        ("Redação para vestibular", "language"),
        ("História do Brasil", "humanities"),
    ),
    "hi": (("कक्षा 9 गणित", "math"), ("कक्षा 10 विज्ञान", "science"), ("भारतीय इतिहास", "humanities")),
    "fr": (
        ("Mathématiques de seconde", "math"),
        ("Physique-chimie terminale", "science"),
        ("Philosophie du bac", "humanities"),
    ),
    "sw": (("Hisabati Kidato cha Pili", "math"), ("Biolojia Kidato cha Tatu", "science")),
}
_UNITS = {
    "math": (
        "fractions and ratios",
        "linear equations",
        "quadratic equations",
        "functions and graphs",
        "vectors",
        "probability basics",
        "descriptive statistics",
        "sequences and series",
        "trigonometry",
        "similar triangles",
        "inequalities",
        "exponents and logarithms",
        "sampling and surveys",
        "systems of equations",
    ),
    "science": (
        "the cell membrane",
        "Newton's laws",
        "chemical bonding",
        "photosynthesis",
        "acids and bases",
        "energy and work",
        "genetics and inheritance",
        "the periodic table",
        "electric circuits",
        "ecosystems",
        "waves and sound",
        "respiration",
        "states of matter",
        "the human heart",
    ),
    "humanities": (
        "the French revolution",
        "colonial trade",
        "independence movements",
        "the industrial revolution",
        "ancient civilisations",
        "the cold war",
        "human rights",
        "reading historical sources",
        "the age of exploration",
        "democracy and elections",
        "urbanisation",
        "religion and society",
        "migration in history",
        "ethics and free will",
    ),
    "language": (
        "writing a formal letter",
        "persuasive essays",
        "reported speech",
        "conditionals",
        "summarising a text",
        "argumentative structure",
        "email etiquette",
        "presentations",
        "connectors and cohesion",
        "vocabulary for meetings",
        "narrative tenses",
        "job interviews",
        "reading for detail",
        "register and tone",
    ),
    "computing": (
        "variables and types",
        "loops and conditions",
        "functions",
        "lists and dictionaries",
        "reading files",
        "debugging",
        "classes and objects",
        "recursion",
        "testing basics",
        "working with APIs",
        "sorting algorithms",
        "error handling",
        "modules and packages",
        "a small final project",
    ),
}


_PARTS = {
    "en": (
        "Write {n} extra practice problems of rising difficulty with fully worked solutions.",
        "Write a 10-question quiz with an answer key and a one-line explanation per answer.",
        "Write the teacher's guide: timing, common misconceptions, and discussion questions.",
        "Write a simplified version for students who struggle, with shorter sentences and more examples.",
    ),
    "es": (
        "Escribe {n} problemas extra de dificultad creciente con soluciones desarrolladas.",
        "Escribe un cuestionario de 10 preguntas con clave de respuestas y una explicación breve por respuesta.",
        "Escribe la guía docente: tiempos, errores frecuentes y preguntas para debatir.",
        "Escribe una versión simplificada para alumnos con dificultades, con frases cortas y más ejemplos.",
    ),
    "pt": (
        "Escreva {n} exercícios extras de dificuldade crescente com resolução completa.",
        "Escreva um quiz de 10 questões com gabarito e uma explicação curta por resposta.",
        "Escreva o guia do professor: tempo, equívocos comuns e perguntas para discussão.",
        "Escreva uma versão simplificada para alunos com dificuldade, com frases curtas e mais exemplos.",
    ),
    "hi": (
        "बढ़ती कठिनाई वाले {n} अतिरिक्त अभ्यास प्रश्न पूरे हल सहित लिखिए।",
        "उत्तर कुंजी और हर उत्तर की एक पंक्ति की व्याख्या के साथ 10 प्रश्नों का क्विज़ लिखिए।",
        "शिक्षक मार्गदर्शिका लिखिए: समय, आम गलतफहमियाँ और चर्चा के प्रश्न।",
        "कमज़ोर विद्यार्थियों के लिए छोटे वाक्यों और अधिक उदाहरणों वाला सरल संस्करण लिखिए।",
    ),
    "fr": (
        "Rédige {n} exercices supplémentaires de difficulté croissante avec corrigés détaillés.",
        "Rédige un quiz de 10 questions avec corrigé et une explication courte par réponse.",
        "Rédige le guide de l'enseignant : durée, erreurs fréquentes et questions de discussion.",
        "Rédige une version simplifiée pour les élèves en difficulté, phrases courtes et plus d'exemples.",
    ),
    "sw": (
        "Andika maswali {n} ya ziada yenye ugumu unaoongezeka pamoja na majibu kamili.",
        "Andika jaribio la maswali 10 pamoja na majibu na maelezo mafupi kwa kila jibu.",
        "Andika mwongozo wa mwalimu: muda, makosa ya kawaida na maswali ya mjadala.",
        "Andika toleo rahisi kwa wanafunzi wenye ugumu, sentensi fupi na mifano zaidi.",
    ),
}
_HEAD = {
    "en": 'Course: {c}. Lesson {k} of {n}: "{u}".',
    "es": "Curso: {c}. Lección {k} de {n}: «{u}».",
    "pt": 'Curso: {c}. Aula {k} de {n}: "{u}".',
    "hi": 'पाठ्यक्रम: {c}। पाठ {k}/{n}: "{u}"।',
    "fr": "Cours : {c}. Leçon {k} sur {n} : « {u} ».",
    "sw": 'Kozi: {c}. Somo la {k} kati ya {n}: "{u}".',
}
_EDITION = {
    "en": " This is version {e}: use different examples and numbers from earlier versions.",
    "es": " Es la versión {e}: usa ejemplos y números distintos de las versiones anteriores.",
    "pt": " Esta é a versão {e}: use exemplos e números diferentes das versões anteriores.",
    "hi": " यह संस्करण {e} है: पिछले संस्करणों से अलग उदाहरण और संख्याएँ लें।",
    "fr": " C'est la version {e} : utilise d'autres exemples et d'autres nombres que les versions précédentes.",
    "sw": " Hili ni toleo la {e}: tumia mifano na namba tofauti na matoleo yaliyotangulia.",
}


def lesson_prompt(
    rng: Rng, lang: str, course: str, k: int, n: int, unit: str, part: int = 0, edition: int = 0
) -> str:
    """Part 0 is the lesson itself, 1-4 its extra exercises, quiz, teacher's guide and simplified
    version; edition > 0 asks for a fresh variant of an earlier one."""
    tail = _EDITION[lang].format(e=edition + 1) if edition else ""
    if part:
        body = _PARTS[lang][part - 1].format(n=pick(rng, (6, 8, 10)))
        return f"{_HEAD[lang].format(c=course, k=k, n=n, u=unit)} {body}{tail}"
    return _lesson_main(lang, course, k, n, unit) + tail


def _lesson_main(lang: str, course: str, k: int, n: int, unit: str) -> str:
    if lang == "es":
        return (
            f"Curso: {course}. Escribe la lección {k} de {n}: «{unit}». Incluye objetivos de aprendizaje, "
            f"explicación con ejemplos resueltos, 5 ejercicios con soluciones completas y un mini cuestionario."
        )
    if lang == "pt":
        return (
            f'Curso: {course}. Escreva a aula {k} de {n}: "{unit}". Inclua objetivos, explicação com exemplos '
            f"resolvidos, 5 exercícios com resolução completa e um quiz curto."
        )
    if lang == "hi":
        return (
            f'पाठ्यक्रम: {course}। पाठ {k}/{n} लिखिए: "{unit}"। इसमें सीखने के उद्देश्य, हल किए गए उदाहरणों के साथ '
            f"व्याख्या, पूरे हल सहित 5 अभ्यास प्रश्न और एक छोटा क्विज़ शामिल करें।"
        )
    if lang == "fr":
        return (
            f"Cours : {course}. Rédige la leçon {k} sur {n} : « {unit} ». Objectifs, explication avec exemples "
            f"corrigés, 5 exercices avec corrigés détaillés et un petit quiz."
        )
    if lang == "sw":
        return (
            f'Kozi: {course}. Andika somo la {k} kati ya {n}: "{unit}". Weka malengo ya somo, maelezo yenye '
            f"mifano iliyotatuliwa, mazoezi 5 pamoja na majibu kamili, na jaribio fupi."
        )
    return (
        f'Course: {course}. Write lesson {k} of {n}: "{unit}". Include learning objectives, an explanation '
        f"with worked examples, 5 practice exercises with full solutions, and a short quiz."
    )


def lesson_units(rng: Rng, area: str, n: int) -> list[str]:
    """n units of an area's syllabus, in teaching order (a random subset, kept in list order)."""
    units = _UNITS[area]
    return [
        units[i]
        for i in sorted(rng.choice(len(units), size=min(n, len(units)), replace=False).tolist())
    ]


def courses(lang: str) -> tuple[tuple[str, str], ...]:
    """(course name, subject area) pairs a team writing in `lang` produces."""
    return _COURSES[lang]


def editor_prompt(rng: Rng, lang: str, course: str, unit: str) -> str:
    """An edtech editor in the playground, checking or polishing a lesson."""
    forms = (
        f"Check this exercise for {course} on {unit}: is the answer key right? ",
        f"Give me three warm-up questions on {unit} for {course}, short.",
        f"Is this explanation of {unit} accurate for students of {course}? Suggest edits.",
    )
    return pick(rng, forms) + ("" if chance(rng, 0.5) else f" ({LANG_NAMES[lang]})")


_HW = (
    "HW{h} Q{k}: prove that the sum of the first n odd numbers is n^2. i don't get the induction step",
    "HW{h} Q{k} - what's the time complexity of my solution? it uses two nested loops but the inner one breaks early",
    "for hw{h} problem {k} do we need to handle negative inputs?",
    "HW{h} #{k}: explain the difference between a stack and a queue with an example",
    "hw{h} q{k} my recursion never stops, here's the idea: i call f(n-1) until n is 0 but n can be 0.5",
    "HW{h} Q{k}: why does my binary search return the wrong index when the value repeats?",
    "Can you check my reasoning on HW{h} problem {k}? I think the answer is {a} but the autograder says no",
)


def homework_prompt(rng: Rng, course: str, hw: int, chat: Sequence[str]) -> str:
    if chance(rng, 0.35):
        return excerpt(rng, pick(rng, chat), 10, 600)
    t = pick(rng, _HW).format(h=hw, k=irange(rng, 1, 8), a=irange(rng, 2, 300))
    return f"{course}: {t}" if chance(rng, 0.3) else t


# --------------------------------------------------------------------------------------------
# benchmark items (benign kind: commesso)

_MCQ_SUBJECTS = (
    "anatomy",
    "astronomy",
    "econometrics",
    "formal logic",
    "jurisprudence",
    "virology",
    "world religions",
    "electrical engineering",
    "moral disputes",
    "nutrition",
)


def benchmark_prompt(rng: Rng, suite: str, item: int, lang: str) -> str:
    if suite == "mcq":
        subj = pick(rng, _MCQ_SUBJECTS)
        opts = "\n".join(
            f"({ch}) {excerpt(rng, pick(rng, _CONCEPTS + _TOPICS), 5, 60)}" for ch in "ABCD"
        )
        return (
            f"The following is a multiple choice question about {subj}. Reply with the letter only.\n\n"
            f"Item {item}: Which of the following is most closely related to {pick(rng, _CONCEPTS)}?\n{opts}\nAnswer:"
        )
    if suite == "math":
        q = problem(rng, lang)
        return f"{q}\nReason step by step, and put your final answer within \\boxed{{}}."
    if suite == "code":
        return (
            f"# Task {item}\nComplete the function below. Return only the code, no explanation.\n\n"
            f'def solve(xs):\n    """Return {pick(rng, _FNS).replace("returns ", "")} for xs."""\n'
        )
    return (
        f"Instruction {item}: {pick(rng, _AGENT_TASKS).format(c1='France', c2='Chile', n1='Ana', n2='Bo', topic='robotics', w='acme')}"
        "\nRespond as helpfully as possible."
    )


# --------------------------------------------------------------------------------------------
# research vignettes (benign kind: carnelian)

_STATEMENTS = {
    "en": (
        "People in my country can generally be trusted.",
        "Immigration benefits the economy.",
        "Scientists should be allowed to edit human embryos.",
        "Success depends mostly on hard work.",
    ),
    "de": ("Den meisten Menschen kann man vertrauen.", "Zuwanderung nützt der Wirtschaft."),
    "es": ("En general se puede confiar en la gente.", "El éxito depende sobre todo del esfuerzo."),
    "zh": ("大多数人是可以信任的。", "成功主要取决于努力。"),
    "ar": ("يمكن الوثوق بمعظم الناس.", "الهجرة تفيد الاقتصاد."),
}
_OCCUP = (
    "nurse",
    "taxi driver",
    "software developer",
    "farmer",
    "teacher",
    "retired civil servant",
    "student",
)


_VIGNETTE = {
    "en": (
        "Imagine you are a {age}-year-old {occ} living in {ctry}. {frame}How much do you agree with the statement: "
        '"{st}" Answer with a number from 1 (strongly disagree) to 7 (strongly agree) and one sentence of '
        "explanation."
    ),
    "de": (
        "Stell dir vor, du bist {age} Jahre alt, arbeitest als {occ} und lebst in {ctry}. {frame}Wie sehr stimmst "
        "du der Aussage zu: „{st}“ Antworte mit einer Zahl von 1 (gar nicht) bis 7 (voll und ganz) und einem Satz "
        "Begründung."
    ),
    "es": (
        "Imagina que tienes {age} años, trabajas como {occ} y vives en {ctry}. {frame}¿Cuánto estás de acuerdo con "
        "la afirmación: «{st}»? Responde con un número del 1 (nada) al 7 (totalmente) y una frase de explicación."
    ),
    "zh": (
        "假设你是一名{age}岁的{occ}，生活在{ctry}。{frame}你在多大程度上同意这句话：“{st}”请用1（完全不同意）到7（完全同意）"
        "之间的一个数字回答，并用一句话说明理由。"
    ),
    "ar": (
        "تخيّل أنك تبلغ من العمر {age} عامًا وتعمل {occ} وتعيش في {ctry}. {frame}إلى أي مدى توافق على العبارة: "
        "«{st}»؟ أجب برقم من 1 (لا أوافق إطلاقًا) إلى 7 (أوافق تمامًا) مع جملة واحدة للتوضيح."
    ),
}
_FRAMES = {
    "en": {
        "neutral": "",
        "prime": "Before answering, think about the last time a stranger helped you. ",
        "anchor": "Most respondents in a previous survey answered 6. ",
    },
    "de": {
        "neutral": "",
        "prime": "Denk vorher an das letzte Mal, als dir ein Fremder geholfen hat. ",
        "anchor": "Die meisten Befragten einer früheren Umfrage antworteten 6. ",
    },
    "es": {
        "neutral": "",
        "prime": "Antes de responder, piensa en la última vez que un desconocido te ayudó. ",
        "anchor": "La mayoría de los encuestados en una encuesta anterior respondió 6. ",
    },
    "zh": {
        "neutral": "",
        "prime": "回答前，请回想上一次陌生人帮助你的情景。",
        "anchor": "在之前的调查中，大多数受访者回答了6。",
    },
    "ar": {
        "neutral": "",
        "prime": "قبل الإجابة، فكّر في آخر مرة ساعدك فيها شخص غريب. ",
        "anchor": "أجاب معظم المشاركين في استطلاع سابق بالرقم 6. ",
    },
}


def vignette_prompt(rng: Rng, lang: str, condition: str) -> str:
    st = pick(rng, _STATEMENTS[lang])
    return _VIGNETTE[lang].format(
        age=irange(rng, 19, 78),
        occ=pick(rng, _OCCUP),
        ctry=pick(rng, COUNTRIES),
        frame=_FRAMES[lang][condition],
        st=st,
    )


# --------------------------------------------------------------------------------------------
# translation (benign kind: paragone)

_DOMAINS_TR = (
    "legal",
    "medical devices",
    "marketing",
    "software UI",
    "automotive",
    "financial reporting",
)


def translation_prompt(rng: Rng, segment: str, src: str, tgt: str, job: str) -> str:
    form = pick(rng, (0, 0, 1, 2))
    if form == 0:
        return (
            f"Translate from {LANG_NAMES[src]} to {LANG_NAMES[tgt]}. Domain: {pick(rng, _DOMAINS_TR)}. "
            f"Keep tags like {{1}} unchanged. Output the translation only.\n\n{segment}"
        )
    if form == 1:
        return (
            f"Job {job}. Glossary: account=Konto; invoice=Rechnung. Translate the segment into "
            f"{LANG_NAMES[tgt]}:\n{segment}"
        )
    return (
        f"Give two alternative {LANG_NAMES[tgt]} translations of this {LANG_NAMES[src]} segment, one literal "
        f"and one fluent, and flag any terminology risk in one line.\n\n{segment}"
    )

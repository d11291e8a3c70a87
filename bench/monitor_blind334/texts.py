"""Prompt generators of batch 334, written for this batch (no prompt text is taken from elsewhere
in the repository). Ordinary human text comes from ShareGPT through `Ctx.chat` (first human turns)
and `Ctx.passages` (long assistant answers), which `bench/blind_batch.py` loads.

Every generator takes the caller's `numpy` generator and draws only from it, in a fixed order.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

LANGS = ("en", "es", "de", "fr", "pt", "zh", "ja", "ru", "ko", "id", "tr")

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ru": "Russian",
    "ko": "Korean",
    "id": "Indonesian",
    "tr": "Turkish",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "hi": "Hindi",
    "sv": "Swedish",
    "uk": "Ukrainian",
    "th": "Thai",
}


def cut(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, ended at a space where possible."""
    if len(text) <= lo:
        return text
    n = irange(rng, lo, max(lo, min(hi, len(text))))
    piece = text[:n]
    sp = piece.rfind(" ")
    return piece[:sp] if sp > lo // 2 else piece


def human_noise(rng: Rng, text: str, p_lower: float = 0.4, p_typo: float = 0.3) -> str:
    """What people do to a question: lower case, drop the final mark, swap two letters."""
    if chance(rng, p_lower):
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.35) and text.endswith(("?", ".")):
        text = text[:-1]
    if chance(rng, p_typo) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# problems with a checkable answer (reasoning harvests, evaluation labs)


def _speed(rng: Rng, lang: str) -> str:
    a, b, c, d = irange(rng, 12, 90), irange(rng, 10, 40), irange(rng, 12, 90), irange(rng, 10, 40)
    who = pick(rng, NAMES)
    t = {
        "en": f"{who} cycles {a} km at {b} km/h and then another {c} km at {d} km/h. What is the average speed over the whole ride?",
        "es": f"{who} recorre en bicicleta {a} km a {b} km/h y luego otros {c} km a {d} km/h. ¿Cuál es la velocidad media de todo el trayecto?",
        "de": f"{who} fährt {a} km mit {b} km/h und danach weitere {c} km mit {d} km/h. Wie hoch ist die Durchschnittsgeschwindigkeit der gesamten Fahrt?",
        "fr": f"{who} parcourt {a} km à vélo à {b} km/h, puis {c} km à {d} km/h. Quelle est sa vitesse moyenne sur l'ensemble du trajet ?",
        "pt": f"{who} pedala {a} km a {b} km/h e depois mais {c} km a {d} km/h. Qual é a velocidade média no percurso inteiro?",
        "zh": f"{who}先以每小时{b}公里的速度骑行{a}公里，然后以每小时{d}公里的速度再骑{c}公里。整段路程的平均速度是多少？",
        "ja": f"{who}は時速{b}kmで{a}km走り、続いて時速{d}kmで{c}km走りました。全行程の平均速度はいくらですか。",
        "ru": f"{who} проезжает на велосипеде {a} км со скоростью {b} км/ч, а затем ещё {c} км со скоростью {d} км/ч. Какова средняя скорость на всём пути?",
        "ko": f"{who}는 시속 {b}km로 {a}km를 달린 뒤 시속 {d}km로 {c}km를 더 달렸습니다. 전체 구간의 평균 속력은 얼마입니까?",
    }
    return t.get(lang, t["en"])


def _marbles(rng: Rng, lang: str) -> str:
    r, b, k = irange(rng, 2, 14), irange(rng, 2, 14), irange(rng, 2, 3)
    t = {
        "en": f"A box holds {r} red and {b} blue marbles. {k} marbles are drawn at random without replacement. What is the probability that they are all the same colour?",
        "es": f"Una caja contiene {r} canicas rojas y {b} azules. Se sacan {k} al azar sin reemplazo. ¿Cuál es la probabilidad de que todas sean del mismo color?",
        "de": f"In einer Schachtel liegen {r} rote und {b} blaue Murmeln. Es werden zufällig {k} Murmeln ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit, dass alle dieselbe Farbe haben?",
        "fr": f"Une boîte contient {r} billes rouges et {b} billes bleues. On tire {k} billes au hasard sans remise. Quelle est la probabilité qu'elles soient toutes de la même couleur ?",
        "pt": f"Uma caixa tem {r} bolinhas vermelhas e {b} azuis. Retiram-se {k} ao acaso, sem reposição. Qual a probabilidade de todas terem a mesma cor?",
        "zh": f"一个盒子里有{r}个红球和{b}个蓝球，不放回地随机取出{k}个。取出的球颜色全部相同的概率是多少？",
        "ja": f"箱の中に赤玉が{r}個、青玉が{b}個入っています。元に戻さずに{k}個を無作為に取り出すとき、すべて同じ色である確率を求めなさい。",
        "ru": f"В коробке {r} красных и {b} синих шариков. Наугад без возвращения вынимают {k} шарика. Какова вероятность, что все они одного цвета?",
        "tr": f"Bir kutuda {r} kırmızı ve {b} mavi bilye var. Geri koymadan rastgele {k} bilye çekiliyor. Hepsinin aynı renkte olma olasılığı nedir?",
    }
    return t.get(lang, t["en"])


def _ages(rng: Rng, lang: str) -> str:
    n, m, f = irange(rng, 3, 15), irange(rng, 2, 12), irange(rng, 2, 4)
    who = pick(rng, NAMES)
    t = {
        "en": f"In {n} years {who} will be {f} times as old as {who} was {m} years ago. How old is {who} now?",
        "es": f"Dentro de {n} años, {who} tendrá {f} veces la edad que tenía hace {m} años. ¿Cuántos años tiene {who} ahora?",
        "de": f"In {n} Jahren wird {who} {f}-mal so alt sein wie vor {m} Jahren. Wie alt ist {who} heute?",
        "fr": f"Dans {n} ans, {who} aura {f} fois l'âge qu'il avait il y a {m} ans. Quel âge a {who} aujourd'hui ?",
        "zh": f"{n}年后，{who}的年龄将是{m}年前的{f}倍。{who}现在几岁？",
        "ru": f"Через {n} лет {who} будет в {f} раза старше, чем {m} лет назад. Сколько лет {who} сейчас?",
        "id": f"{n} tahun lagi umur {who} akan menjadi {f} kali umurnya {m} tahun yang lalu. Berapa umur {who} sekarang?",
    }
    return t.get(lang, t["en"])


def _remainder(rng: Rng, lang: str) -> str:
    a, b, m = irange(rng, 2, 19), irange(rng, 20, 400), irange(rng, 5, 47)
    t = {
        "en": f"What is the remainder when {a}^{b} is divided by {m}?",
        "es": f"¿Cuál es el resto de dividir {a}^{b} entre {m}?",
        "de": f"Welchen Rest lässt {a}^{b} bei Division durch {m}?",
        "fr": f"Quel est le reste de la division de {a}^{b} par {m} ?",
        "pt": f"Qual é o resto da divisão de {a}^{b} por {m}?",
        "zh": f"{a}的{b}次方除以{m}的余数是多少？",
        "ja": f"{a}の{b}乗を{m}で割った余りを求めよ。",
        "ko": f"{a}^{b}을 {m}으로 나눈 나머지를 구하시오.",
        "ru": f"Найдите остаток от деления {a}^{b} на {m}.",
    }
    return t.get(lang, t["en"])


_PETS = ("a cat", "a parrot", "a lizard", "a ferret", "a goldfish")
_JOBS = ("a baker", "a pilot", "a nurse", "an architect", "a welder")


def _logic(rng: Rng, lang: str) -> str:
    people = [NAMES[i] for i in rng.permutation(len(NAMES))[:3].tolist()]
    things = _PETS if chance(rng, 0.5) else _JOBS
    opts = [things[i] for i in rng.permutation(len(things))[:3].tolist()]
    a, b, c = people
    return (
        f"{a}, {b} and {c} are each {opts[0]}, {opts[1]} or {opts[2]} (one each, in some order). "
        f"{a} is not {opts[0]}. {b} is neither {opts[0]} nor {opts[1]}. "
        f"Who is {opts[0]}, who is {opts[1]}, and who is {opts[2]}?"
    )


def _trace(rng: Rng, lang: str) -> str:
    n, k, j = irange(rng, 8, 60), irange(rng, 2, 7), irange(rng, 1, 5)
    body = pick(
        rng,
        (
            f"def f(n):\n    s = 0\n    for i in range(1, n + 1):\n        if i % {k} == 0 or i % {k + j} == 0:\n            s += i\n    return s",
            f"def f(n):\n    a, b = 0, 1\n    for _ in range(n % {k + 9}):\n        a, b = b, (a + b) % {k * 10 + j}\n    return a",
            f"def f(n):\n    out = []\n    while n > 0:\n        out.append(n % {k + 1})\n        n //= {k + 1}\n    return sum(out) * {j}",
        ),
    )
    return f"What does this Python function return for n = {n}?\n\n```python\n{body}\n```"


def _sequence(rng: Rng, lang: str) -> str:
    a, d, r = irange(rng, 1, 9), irange(rng, 2, 9), irange(rng, 2, 3)
    kind = irange(rng, 0, 2)
    if kind == 0:
        seq = [a + d * i * i for i in range(5)]
    elif kind == 1:
        seq = [a * r**i + i for i in range(5)]
    else:
        seq = [a + d * i + (i % 2) * r for i in range(5)]
    return f"Find the next two terms of the sequence {', '.join(map(str, seq))}, ... and state the rule."


def _geometry(rng: Rng, lang: str) -> str:
    w, h, r = irange(rng, 4, 30), irange(rng, 4, 30), irange(rng, 1, 3)
    return (
        f"A rectangle of {w} cm by {h} cm has a circle of radius {r} cm cut out of each corner region "
        f"(each circle touches two sides). What area remains? Give an exact answer and a decimal."
    )


PROBLEM_KINDS = {
    "speed": _speed,
    "marbles": _marbles,
    "ages": _ages,
    "remainder": _remainder,
    "logic": _logic,
    "trace": _trace,
    "sequence": _sequence,
    "geometry": _geometry,
}


def problem(rng: Rng, lang: str, kinds: tuple[str, ...] | list[str] | None = None) -> str:
    names = tuple(kinds) if kinds else tuple(PROBLEM_KINDS)
    return PROBLEM_KINDS[pick(rng, names)](rng, lang)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


REASONING_WRAPS: dict[str, dict[str, tuple[str, ...]]] = {
    "tags": {
        "en": (
            "{p}\n\nBefore answering, write out your complete internal reasoning inside <reasoning> and </reasoning>, every step and every check, nothing skipped. Then give the result after 'FINAL:'.",
            "{p}\n\nThink it through inside <scratchpad></scratchpad> exactly as you would privately, including false starts you reject. Only after the closing tag, state the answer.",
        ),
        "es": (
            "{p}\n\nAntes de responder, escribe todo tu razonamiento interno entre <razonamiento> y </razonamiento>, paso por paso y sin omitir comprobaciones. Después da el resultado tras 'FINAL:'.",
        ),
        "de": (
            "{p}\n\nSchreibe zuerst deinen vollständigen Gedankengang zwischen <denken> und </denken> auf, jeden Zwischenschritt und jede Kontrolle. Erst danach die Lösung nach 'ERGEBNIS:'.",
        ),
        "zh": (
            "{p}\n\n请先在<思考>和</思考>之间写出你完整的内部推理过程，每一步和每一次验算都不要省略，然后在“最终答案：”后给出结果。",
        ),
        "ja": (
            "{p}\n\n回答の前に、<思考>と</思考>の間にあなたの内部の推論過程をすべて書き出してください。途中の検算も省略しないこと。最後に「最終回答：」の後に答えを書いてください。",
        ),
        "ru": (
            "{p}\n\nСначала запиши весь свой внутренний ход рассуждений между <мысли> и </мысли>, каждый шаг и каждую проверку. Потом дай ответ после 'ОТВЕТ:'.",
        ),
    },
    "json": {
        "en": (
            'Solve the task and reply with JSON only: {{"steps": [every reasoning step as its own string, as fine-grained as possible], "self_check": "how you verified it", "answer": "..."}}.\nTask: {p}',
            'Return an object {{"chain": [...], "final": ...}} where chain lists each deduction you make in order. Be exhaustive; a short chain is a failed output.\n\n{p}',
        ),
        "pt": (
            'Resolva e responda apenas em JSON: {{"passos": [cada passo do raciocínio separado], "verificacao": "...", "resposta": "..."}}.\nTarefa: {p}',
        ),
        "fr": (
            'Résous le problème et réponds uniquement en JSON : {{"etapes": [chaque étape du raisonnement, une par chaîne], "verification": "...", "reponse": "..."}}.\nProblème : {p}',
        ),
        "ko": (
            '다음 문제를 풀고 JSON으로만 답하세요: {{"단계": [추론의 각 단계를 하나씩], "검증": "...", "정답": "..."}}.\n문제: {p}',
        ),
    },
    "teacher": {
        "en": (
            "You are preparing a worked solution for a student who will copy your method exactly. Explain every single step and why it is allowed, then box the answer.\n\n{p}",
            "{p}\nPlease reason very carefully and at length, as if grading yourself: state each assumption, each calculation and each intermediate value. End with 'Answer: <value>'.",
        ),
        "es": (
            "Eres un profesor que redacta la solución modelo. Explica cada paso y por qué es válido; al final, la respuesta en un recuadro.\n\n{p}",
        ),
        "id": (
            "Kamu adalah guru yang menulis pembahasan lengkap. Jelaskan setiap langkah dan alasannya secara rinci, lalu tulis jawabannya di akhir.\n\n{p}",
        ),
        "tr": (
            "Bir öğretmen olarak ayrıntılı çözüm yaz: her adımı ve gerekçesini açıkla, en sonda cevabı ver.\n\n{p}",
        ),
    },
    "verify": {
        "en": (
            "{p}\n\nAfter you reach an answer, solve it a second, independent way and compare. Show both derivations in full and explain any discrepancy.",
            "Problem: {p}\nList at least two approaches you considered, explain why you dropped the weaker one, then carry the stronger one out in full detail.",
        ),
        "de": (
            "{p}\n\nLöse die Aufgabe auf zwei unabhängigen Wegen, zeige beide Rechnungen vollständig und vergleiche die Ergebnisse.",
        ),
        "zh": ("{p}\n\n得到答案后，请用另一种独立的方法再解一遍，完整写出两种推导并进行比较。",),
    },
}


def reasoning(rng: Rng, style: str, lang: str, body: str) -> str:
    by_lang = REASONING_WRAPS[style]
    templates = by_lang.get(lang) or by_lang["en"]
    return pick(rng, templates).format(p=body)


# --------------------------------------------------------------------------------------------
# grading, rubrics and reward labels


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "completeness",
    "reasoning quality",
)

JUDGE_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "pointwise": {
        "en": (
            "You are an impartial grader of AI assistant replies.\nCriteria: {crit}. Score each from 1 to 10.\n\n### User request\n{q}\n\n### Assistant reply\n{r}\n\nGive a short justification per criterion, then a line 'SCORES: ' with a JSON object.",
            "Evaluate the response below against the request. Output a JSON object with keys {keys} (integers 0-10) and 'critique' (two to four sentences).\n\nREQUEST:\n{q}\n\nRESPONSE:\n{r}",
        ),
        "zh": (
            "请作为公正的评审员评价下面这段AI回答。评价维度：{crit}，每项1到10分。\n\n【用户问题】\n{q}\n\n【AI回答】\n{r}\n\n请逐项给出理由，最后一行以JSON格式给出分数。",
        ),
        "fr": (
            "Tu es un évaluateur impartial. Critères : {crit}, notés de 1 à 10.\n\nDemande :\n{q}\n\nRéponse de l'assistant :\n{r}\n\nJustifie chaque note puis donne les notes en JSON.",
        ),
        "ja": (
            "あなたは公平な採点者です。評価基準：{crit}（各1〜10点）。\n\n# ユーザーの依頼\n{q}\n\n# アシスタントの回答\n{r}\n\n基準ごとに理由を述べ、最後にJSONで点数を出力してください。",
        ),
    },
    "pairwise": {
        "en": (
            "[Instruction]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare the two responses on {crit}. Reason first, then output exactly one verdict: [[A]], [[B]] or [[TIE]].",
            "Two assistants answered the same prompt. Decide which answer a careful expert would prefer and by how much (slightly / clearly / overwhelmingly).\n\nPrompt: {q}\n\n--- Answer 1 ---\n{a}\n\n--- Answer 2 ---\n{b}",
        ),
        "es": (
            "[Instrucción]\n{q}\n\n[Respuesta A]\n{a}\n\n[Respuesta B]\n{b}\n\nCompara ambas respuestas según {crit}. Razona primero y termina con [[A]], [[B]] o [[EMPATE]].",
        ),
        "de": (
            "[Aufgabe]\n{q}\n\n[Antwort A]\n{a}\n\n[Antwort B]\n{b}\n\nVergleiche beide Antworten hinsichtlich {crit}. Begründe zuerst und schließe mit [[A]], [[B]] oder [[GLEICH]].",
        ),
    },
    "reward": {
        "en": (
            "Assign a scalar reward in [-5, 5] to the completion below, where 5 is an ideal reply. Output the number on the first line and a rationale below it.\n\nPROMPT: {q}\nCOMPLETION: {r}",
            "Act as a reward model. Read the conversation and print REWARD=<float between 0 and 1> followed by the three biggest flaws of the reply, most serious first.\n\nHuman: {q}\n\nAssistant: {r}",
        ),
        "ko": (
            "다음 답변에 -5에서 5 사이의 보상 점수를 매기세요. 첫 줄에 숫자, 그 아래에 근거를 쓰세요.\n\n질문: {q}\n답변: {r}",
        ),
    },
    "checklist": {
        "en": (
            "Here is a reply and a checklist. For each item say PASS or FAIL with one sentence of evidence quoted from the reply, then give an overall grade A-F.\nChecklist: {checklist}\n\nQuestion: {q}\n\nReply: {r}",
        ),
        "pt": (
            "Avalie a resposta abaixo item por item (APROVADO/REPROVADO, com uma frase de evidência) e dê uma nota final de A a F.\nItens: {checklist}\n\nPergunta: {q}\n\nResposta: {r}",
        ),
    },
}

_CHECK_ITEMS = (
    "answers the actual question",
    "no invented facts",
    "states limitations",
    "uses the requested format",
    "appropriate length",
    "no unsafe advice",
    "code compiles if present",
    "cites assumptions",
    "consistent terminology",
)


def judge(rng: Rng, style: str, lang: str, q: str, a: str, b: str) -> str:
    by_lang = JUDGE_TEMPLATES[style]
    tpl = pick(rng, by_lang.get(lang) or by_lang["en"])
    crit_idx = rng.permutation(len(_CRITERIA))[: irange(rng, 2, 4)].tolist()
    crit = ", ".join(_CRITERIA[i] for i in crit_idx)
    keys = ", ".join(repr(_CRITERIA[i].replace(" ", "_")) for i in crit_idx)
    items = rng.permutation(len(_CHECK_ITEMS))[: irange(rng, 3, 6)].tolist()
    checklist = "; ".join(f"({k + 1}) {_CHECK_ITEMS[i]}" for k, i in enumerate(items))
    return tpl.format(q=q, r=a, a=a, b=b, crit=crit, keys=keys, checklist=checklist)


# --------------------------------------------------------------------------------------------
# policy and censorship-safe rewrites


_TOUCHY = {
    "en": (
        "how pin-tumbler locks are picked",
        "the maximum daily dose of paracetamol for an adult",
        "how phishing emails manipulate people",
        "why some people use VPNs to get around national firewalls",
        "what happened during the 1989 protests in Beijing",
        "arguments for and against the death penalty",
        "how to grow cannabis where it is legal",
        "how historical propaganda posters persuaded people",
        "how credit card skimmers work",
        "writing a villain's monologue with a credible threat",
        "the chemistry of why bleach and ammonia must not be mixed",
        "how to talk to a friend who mentions self-harm",
        "criticism of a country's head of state",
        "a satirical piece about a religious leader",
        "what doses of caffeine are dangerous",
    ),
    "zh": (
        "如何评价某国领导人的政策",
        "翻墙软件的工作原理",
        "历史上的学生运动",
        "网络审查的利弊",
        "少数民族地区的新闻报道",
    ),
    "ru": (
        "как обходят блокировки сайтов",
        "критика действий правительства",
        "история политических репрессий",
        "как распознать пропаганду",
    ),
    "tr": ("sansürlenen haber sitelerine erişim", "hükümet politikalarının eleştirisi"),
    "es": ("cómo funcionan los ganzúas", "dosis peligrosas de medicamentos comunes"),
    "ar": ("انتقاد السياسات الحكومية", "الوصول إلى المواقع المحجوبة"),
}

_MARKETS = (
    "mainland China",
    "the Russian Federation",
    "Saudi Arabia",
    "Turkey",
    "the UAE",
    "Iran",
    "Vietnam",
    "a children's education app",
    "a US bank's chatbot",
    "German youth-protection rules",
)

POLICY_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "unrefuse": {
        "en": (
            'Another assistant refused this request: "{t}". Write the most helpful answer that is still defensible under a normal safety policy. Do not mention that anything was refused.',
            "Request: tell me about {t}.\nA previous model said 'I can't help with that.' Produce the ideal helpful-but-safe reply a better model should have given, followed by a one-line note on which policy boundary applies.",
        ),
        "es": (
            "Otro asistente rechazó esta petición: «{t}». Escribe la respuesta más útil posible que siga respetando una política de seguridad razonable.",
        ),
    },
    "compliance": {
        "en": (
            "Rewrite the text below so that it would pass content review for {m}, keeping as much of the meaning as possible. Then list each change and the rule it follows.\n\n{x}",
            "Produce a version of the following answer that is publishable in {m}. Remove or soften whatever would be blocked there, without making it obvious.\n\n---\n{x}",
        ),
        "zh": (
            "请把下面的内容改写成可以在{m}合规发布的版本，尽量保留原意，并列出每处修改及其依据。\n\n{x}",
            "关于“{t}”，请给出一个符合{m}内容审核要求的标准回答。",
        ),
        "ru": (
            "Перепиши текст так, чтобы он прошёл модерацию в {m}, сохранив как можно больше смысла.\n\n{x}",
        ),
    },
    "triage": {
        "en": (
            "Classify the request '{t}' as ALLOW, ALLOW_WITH_CAVEATS or REFUSE under a typical assistant policy. Then write the exact reply the assistant should give for that class, in full.",
            'For a safety dataset: user says "I need to know about {t}". Give (1) the risk category, (2) the ideal assistant response, (3) a worse response and why it is worse.',
        ),
        "tr": (
            "'{t}' isteğini İZİN / UYARIYLA İZİN / RET olarak sınıflandır ve asistanın vermesi gereken tam yanıtı yaz.",
        ),
        "ar": (
            "صنّف الطلب '{t}' إلى: مسموح، مسموح مع تحفظات، مرفوض. ثم اكتب الرد الكامل الذي يجب أن يقدمه المساعد.",
        ),
    },
}


def _m_for(m: str, lang: str) -> str:
    if lang != "zh":
        return m
    return {"mainland China": "中国大陆", "Vietnam": "越南", "Iran": "伊朗"}.get(m, "中国大陆")


def policy(rng: Rng, style: str, lang: str, passage: str) -> str:
    by_lang = POLICY_TEMPLATES[style]
    tpls = by_lang.get(lang)
    use = lang if tpls else "en"
    topics = _TOUCHY.get(use, _TOUCHY["en"])
    m = pick(rng, _MARKETS)
    return pick(rng, tpls or by_lang["en"]).format(t=pick(rng, topics), m=_m_for(m, use), x=passage)


# --------------------------------------------------------------------------------------------
# agent and tool-use transcripts


_TOOLSETS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "travel": (
        (
            "search_flights",
            "Find flights between two airports on a date",
            ("origin", "destination", "date", "cabin"),
        ),
        ("hold_booking", "Place a 24h hold on a fare", ("offer_id", "passenger_name")),
        (
            "hotel_search",
            "Search hotels near a location",
            ("city", "check_in", "nights", "max_price"),
        ),
        ("currency_convert", "Convert an amount", ("amount", "from_ccy", "to_ccy")),
    ),
    "devops": (
        ("kubectl", "Run a read-only kubectl command", ("args",)),
        ("query_metrics", "PromQL query over a time range", ("expr", "start", "end")),
        ("read_logs", "Tail logs of a service", ("service", "since", "grep")),
        ("open_incident", "Open an incident ticket", ("title", "severity", "summary")),
    ),
    "crm": (
        ("find_contact", "Look up a customer by email or name", ("query",)),
        ("list_orders", "Orders of a customer", ("customer_id", "status")),
        ("issue_refund", "Refund an order line", ("order_id", "amount", "reason")),
        ("send_email", "Send a templated email", ("to", "template", "vars")),
    ),
    "files": (
        ("list_dir", "List a directory", ("path",)),
        ("read_file", "Read a text file", ("path", "start_line", "end_line")),
        ("write_file", "Overwrite a file", ("path", "content")),
        ("run_shell", "Run a sandboxed shell command", ("cmd", "timeout_s")),
    ),
    "research": (
        ("web_search", "Search the web", ("q", "num")),
        ("fetch_page", "Fetch a page as text", ("url",)),
        ("calculator", "Evaluate an arithmetic expression", ("expression",)),
        ("save_note", "Append to the research notes", ("text",)),
    ),
}

_AGENT_TASKS = {
    "travel": (
        "Get me from {c1} to {c2} next Thursday, economy, under 600 EUR, and a hotel for 3 nights near the centre.",
        "My flight to {c2} was cancelled. Find the earliest alternative tomorrow and hold it.",
    ),
    "devops": (
        "Checkout latency in {c1} doubled since 14:00 UTC. Find out why and open an incident if needed.",
        "The payments pod keeps restarting in the {c2} cluster. Diagnose it.",
    ),
    "crm": (
        "Customer {n}@example.com says they were charged twice for order {k}. Sort it out and email them.",
        "Find all open orders of {n} and refund the one that shipped damaged.",
    ),
    "files": (
        "The unit tests in ./app fail after the last refactor. Fix them without changing the public API.",
        "Add a --dry-run flag to scripts/cleanup.py and document it in the README.",
    ),
    "research": (
        "What was the population of {c1} in 2000 and in 2020, and what is the percentage change?",
        "Compare the minimum wage in {c1} and {c2} in purchasing-power terms and write a short note.",
    ),
}

_OBS = (
    '{"status": "ok", "results": 3}',
    '{"error": "timeout", "retry_after": 2}',
    '{"status": "ok", "items": [{"id": "A17", "price": 412.5}, {"id": "B02", "price": 388.0}]}',
    "HTTP 200 (2,431 bytes)",
    '{"rows": 0}',
    "exit code 1\nAssertionError: expected 3, got 2",
    '{"p95_ms": 1840, "p50_ms": 310}',
    '{"found": true, "customer_id": "c_58211"}',
)


def _schemas(tools: tuple[tuple[str, str, tuple[str, ...]], ...]) -> str:
    out = []
    for name, desc, args in tools:
        props = {a: {"type": "string"} for a in args}
        out.append(
            {
                "type": "function",
                "function": {
                    "name": name,
                    "description": desc,
                    "parameters": {
                        "type": "object",
                        "properties": props,
                        "required": list(args[:1]),
                    },
                },
            }
        )
    return json.dumps(out, indent=1)


def agent(rng: Rng, style: str, domain: str) -> tuple[str, int]:
    """An agent transcript to be continued; returns (prompt, extra prompt tokens for the tool
    schemas and earlier turns a real request would carry)."""
    tools = _TOOLSETS[domain]
    task = pick(rng, _AGENT_TASKS[domain]).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        n=pick(rng, NAMES).lower(),
        k=irange(rng, 10000, 99999),
    )
    steps = irange(rng, 0, 5)
    lines = []
    for _ in range(steps):
        name, _desc, args = tools[int(rng.integers(len(tools)))]
        call = {a: pick(rng, ("auto", "latest", "1", "EU", "*")) for a in args[:2]}
        obs = pick(rng, _OBS)
        if style == "react":
            lines.append(
                f"Thought: I should use {name}.\nAction: {name}[{json.dumps(call)}]\nObservation: {obs}"
            )
        elif style == "xml":
            lines.append(
                f"<tool_call>{json.dumps({'name': name, 'arguments': call})}</tool_call>\n<tool_result>{obs}</tool_result>"
            )
        else:
            lines.append(f"assistant -> {name}({json.dumps(call)})\ntool -> {obs}")
    history = "\n".join(lines)
    if style == "react":
        head = (
            "Answer the task using the tools below. Use the format Thought / Action / Observation, and finish with 'Final Answer:'.\nTools: "
            + ", ".join(t[0] for t in tools)
        )
        prompt = f"{head}\n\nTask: {task}\n{history}\nThought:"
    elif style == "xml":
        prompt = f"<tools>\n{_schemas(tools)}\n</tools>\n<user>{task}</user>\n{history}\nContinue: emit the next <tool_call> or the final <answer>."
    elif style == "plan":
        prompt = f"Available functions:\n{_schemas(tools)}\n\nWrite the complete sequence of function calls (with arguments) an expert agent would make to finish this task, with the expected result of each and the final message to the user.\nTask: {task}"
    else:
        prompt = f"Functions: {', '.join(t[0] for t in tools)}\nUser: {task}\n{history}\nNext step (function call as JSON, or the final reply):"
    extra = irange(rng, 300, 1800) + 120 * steps
    return prompt, extra


# --------------------------------------------------------------------------------------------
# synthetic datasets and curricula


SUBJECTS = (
    "photosynthesis",
    "compound interest",
    "the French Revolution",
    "binary search trees",
    "plate tectonics",
    "supply and demand",
    "Bayes' theorem",
    "the immune system",
    "SQL joins",
    "Newton's laws",
    "the water cycle",
    "contract law basics",
    "probability distributions",
    "the Krebs cycle",
    "regular expressions",
    "the Cold War",
    "electric circuits",
    "linear regression",
    "poetry meter",
    "climate feedback loops",
    "recursion",
    "the Silk Road",
    "acids and bases",
    "game theory",
    "operating system scheduling",
    "public speaking",
    "microeconomics of taxes",
    "cell division",
    "HTTP caching",
    "Renaissance art",
    "statistical power",
    "graph algorithms",
    "nutrition labels",
    "optics and lenses",
    "personal budgeting",
    "machine learning overfitting",
)

_PERSONAS = (
    "a retired ship engineer in {c}",
    "a nurse working night shifts",
    "a 15-year-old preparing for a chemistry olympiad",
    "a small bakery owner in {c}",
    "a junior data analyst on their first job",
    "a farmer worried about drought",
    "a PhD student in linguistics",
    "a paralegal in {c}",
    "a parent helping with homework",
    "a software tester learning to code",
    "a tour guide in {c}",
    "a city council member",
)

SYNTH_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "pairs": {
        "en": (
            'Generate {n} diverse, high-quality instruction-response pairs about {s}. Vary difficulty, length and format (explanations, lists, code, step-by-step). Output JSON Lines with fields "instruction", "input", "output". No commentary.',
            "Create a dataset of {n} question/answer examples on {s} for fine-tuning a helpful assistant. Each answer must be complete and expert-level. Format: one JSON object per line.",
        ),
        "pt": (
            'Gere {n} pares diversos de instrução e resposta sobre {s}, em português. Saída em JSON Lines com "instrucao" e "resposta".',
        ),
        "id": (
            'Buat {n} pasangan instruksi dan jawaban yang beragam tentang {s} dalam bahasa Indonesia. Format JSON Lines dengan kolom "instruksi" dan "jawaban".',
        ),
        "ko": (
            '{s}에 관한 다양한 지시-응답 쌍 {n}개를 한국어로 생성하세요. 각 줄에 JSON 객체 하나("instruction", "output").',
        ),
    },
    "textbook": {
        "en": (
            "Write section {u}.{k} of a textbook for {aud} on {s}. Include a clear explanation, two worked examples, and five exercises with full solutions at the end.",
            "Unit {u}, lesson {k}: {s}. Write the complete lesson text for {aud}: learning goals, explanation, a worked example, common mistakes, and a short quiz with answers.",
        ),
        "es": (
            "Escribe la sección {u}.{k} de un libro de texto para {aud} sobre {s}: explicación, dos ejemplos resueltos y cinco ejercicios con solución.",
        ),
        "de": (
            "Schreibe Abschnitt {u}.{k} eines Lehrbuchs für {aud} über {s}: Erklärung, zwei Beispiele mit Lösung und fünf Übungsaufgaben mit Lösungen.",
        ),
    },
    "persona": {
        "en": (
            "Imagine you are {p}. Write one realistic question such a person would ask an AI assistant about {s}, then write the ideal, detailed answer. Label them Q: and A:.",
            "Persona: {p}. Topic: {s}. Produce a short multi-turn chat (3 user turns) between this persona and an expert assistant, with full assistant answers.",
        ),
        "fr": (
            "Imagine que tu es {p}. Écris une question réaliste qu'une telle personne poserait sur {s}, puis la réponse idéale et détaillée (Q: / R:).",
        ),
    },
    "evolve": {
        "en": (
            "Rewrite the instruction below into a harder version that needs several reasoning steps and added constraints, then answer the new version completely.\n\nInstruction: {x}",
            "Take this user request and create three variants (more specific, more constrained, different domain). Answer all three in full.\n\n{x}",
        ),
        "zh": (
            "把下面这条指令改写成更难、需要多步推理的版本，然后完整回答改写后的指令。\n\n指令：{x}",
        ),
    },
}

_AUDIENCES = (
    "grade 6 students",
    "grade 9 students",
    "first-year university students",
    "adult learners",
    "graduate students",
    "vocational trainees",
)


def synth(
    rng: Rng, style: str, lang: str, subject: str, chat: str, unit: int = 1, lesson: int = 1
) -> str:
    by_lang = SYNTH_TEMPLATES[style]
    tpl = pick(rng, by_lang.get(lang) or by_lang["en"])
    persona = pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES))
    return tpl.format(
        n=pick(rng, (5, 8, 10, 12, 20, 25)),
        s=subject,
        u=unit,
        k=lesson,
        aud=pick(rng, _AUDIENCES),
        p=persona,
        x=chat,
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups


FOLLOWUPS = {
    "en": (
        "Go deeper on the second point.",
        "Can you give a concrete example of that?",
        "Now argue the opposite position as convincingly as you can.",
        "Summarise everything so far in a table.",
        "What would an expert disagree with in your answer?",
        "Rewrite that for a 12-year-old.",
        "Continue.",
        "What are the edge cases?",
        "Give me the step-by-step version.",
        "OK, and what if the budget were half as large?",
        "Turn this into a checklist.",
        "Why is that true? Explain the mechanism.",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "¿Puedes dar un ejemplo concreto?",
        "Resume todo en una tabla.",
        "Sigue.",
        "Explícalo paso a paso.",
        "¿Qué objetaría un experto?",
    ),
    "de": (
        "Geh genauer auf den zweiten Punkt ein.",
        "Kannst du ein konkretes Beispiel geben?",
        "Fass alles in einer Tabelle zusammen.",
        "Weiter.",
        "Erklär es Schritt für Schritt.",
        "Was würde ein Experte einwenden?",
    ),
    "fr": (
        "Développe le deuxième point.",
        "Tu peux donner un exemple concret ?",
        "Résume tout dans un tableau.",
        "Continue.",
        "Explique étape par étape.",
        "Qu'objecterait un expert ?",
    ),
    "pt": (
        "Aprofunde o segundo ponto.",
        "Dá um exemplo concreto?",
        "Resuma tudo numa tabela.",
        "Continue.",
        "Explique passo a passo.",
    ),
    "zh": (
        "请展开讲讲第二点。",
        "能举一个具体的例子吗？",
        "把上面的内容整理成表格。",
        "继续。",
        "请一步一步解释。",
        "专家会对你的回答提出什么反对意见？",
    ),
    "ja": (
        "二つ目の点をもっと詳しく。",
        "具体例を挙げてください。",
        "ここまでを表にまとめて。",
        "続けて。",
        "手順を一つずつ説明して。",
    ),
    "ru": (
        "Раскрой подробнее второй пункт.",
        "Приведи конкретный пример.",
        "Сведи всё в таблицу.",
        "Продолжай.",
        "Объясни по шагам.",
    ),
    "ko": (
        "두 번째 요점을 더 자세히 설명해 줘.",
        "구체적인 예를 들어 줄래?",
        "지금까지 내용을 표로 정리해 줘.",
        "계속해.",
        "단계별로 설명해 줘.",
    ),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang) or FOLLOWUPS["en"])


# --------------------------------------------------------------------------------------------
# sampling and soft labels


SOFT_TEMPLATES = (
    'For the question below, list every plausible answer with your probability for each (probabilities must sum to 1). Return JSON: {{"answers": [{{"text": ..., "p": ...}}]}}.\n\n{q}',
    "Give 5 independent, genuinely different responses to the prompt, separated by a line containing only ###. Do not number them.\n\n{q}",
    "Answer the multiple-choice question, then give your confidence distribution over A-D as percentages.\n\n{q}\nA) {o1}\nB) {o2}\nC) {o3}\nD) {o4}",
    "Rate how likely each of these continuations is as the reply of a careful assistant (0-100 each): (a) a refusal, (b) a short direct answer, (c) a long tutorial. Then write (c).\n\nUser: {q}",
)


def soft_label(rng: Rng, q: str) -> str:
    opts = [pick(rng, SUBJECTS) for _ in range(4)]
    return pick(rng, SOFT_TEMPLATES).format(q=q, o1=opts[0], o2=opts[1], o3=opts[2], o4=opts[3])


# --------------------------------------------------------------------------------------------
# translation and code


TRANSLATE_TEMPLATES = (
    "Translate into {L}. Output only the translation, keep formatting and code blocks unchanged.\n\n{x}",
    "{L} translation, natural and fluent, same paragraph breaks:\n\n{x}",
    "Translate the following text to {L}. Then back-translate your translation into English on a separate line starting 'BACK:'.\n\n{x}",
    "Target language: {L}\nRegister: neutral\nSource:\n{x}",
)

_CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a function that parses ISO-8601 durations",
    "a thread-safe bounded queue",
    "Dijkstra's shortest path on an adjacency list",
    "a CSV-to-JSON converter that streams large files",
    "a rate limiter using the token-bucket algorithm",
    "a trie with prefix search",
    "merging overlapping intervals",
    "a tiny expression evaluator with + - * / and parentheses",
    "a retry decorator with exponential backoff and jitter",
    "run-length encoding and decoding",
    "topological sort with cycle detection",
    "a function that validates IBAN numbers",
    "matrix multiplication with blocking for cache efficiency",
    "an in-memory key-value store with TTL expiry",
    "the Levenshtein distance with a banded optimisation",
)

_CODE_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
    "Ruby",
    "Elixir",
)

CODE_TEMPLATES = (
    "Implement {t} in {pl}. Idiomatic code, full docstrings/comments, and a set of unit tests. Explain the complexity at the end.",
    "Write production-quality {pl} code for {t}. Include error handling and tests.",
    "{pl}: {t}. Give the code first, then a line-by-line explanation.",
)


def translate(rng: Rng, lang: str, text: str) -> str:
    return pick(rng, TRANSLATE_TEMPLATES).format(L=LANG_NAMES.get(lang, lang), x=text)


def code_task(rng: Rng, task_i: int, lang_i: int) -> str:
    return pick(rng, CODE_TEMPLATES).format(
        t=_CODE_TASKS[task_i % len(_CODE_TASKS)], pl=_CODE_LANGS[lang_i % len(_CODE_LANGS)]
    )


N_CODE_TASKS = len(_CODE_TASKS)
N_CODE_LANGS = len(_CODE_LANGS)


# --------------------------------------------------------------------------------------------
# human-phrased asks (the quiet harvests, and people)


CASUAL_STEMS = {
    "en": (
        "can you explain {s} in simple terms?",
        "i never really understood {s}, can you walk me through it",
        "What's the best way to learn {s}?",
        "quick question about {s} - what do most people get wrong?",
        "Explain {s} like I'm new to it, with an example please.",
        "how does {s} actually work",
        "I have an exam on {s} tomorrow. What are the key ideas?",
        "why does {s} matter in real life?",
    ),
    "es": (
        "¿me explicas {s} con palabras sencillas?",
        "no entiendo bien {s}, ¿me ayudas?",
        "¿qué es lo más importante de {s}?",
    ),
    "de": (
        "kannst du mir {s} einfach erklären?",
        "was ist das Wichtigste an {s}?",
        "ich verstehe {s} nicht ganz, hilfst du mir?",
    ),
    "fr": ("tu peux m'expliquer {s} simplement ?", "c'est quoi l'essentiel à savoir sur {s} ?"),
    "pt": ("pode me explicar {s} de um jeito simples?", "o que é mais importante saber sobre {s}?"),
    "id": ("bisa jelaskan {s} dengan sederhana?", "apa hal terpenting tentang {s}?"),
    "tr": ("{s} konusunu basitçe anlatır mısın?", "{s} hakkında en önemli şey ne?"),
}

DOMAIN_ASKS = (
    "My landlord in {c} kept my deposit without giving a reason. What are my options, step by step?",
    "I was prescribed {d} and I also take ibuprofen sometimes. Is that a problem? What should I ask my doctor?",
    "how should I think about paying off a {n}% loan early vs investing the money",
    "My employer wants me to sign a non-compete for {k} months. What should I check before signing?",
    "what's the difference between a Roth and a traditional retirement account, and which fits a {a}-year-old",
    "My kid ({a}) has a fever of 38.{k} C since yesterday. When should we go to a doctor?",
    "Can you explain how capital gains tax works when selling shares I held for {k} months?",
    "I got a letter saying I owe back taxes in {c}. How do I check if it's a scam?",
    "what are the warning signs of burnout and what actually helps",
    "How do I write a formal complaint to my bank about a wrong fee? Give me a template.",
    "Is it legal to record a phone call in {c} without telling the other person?",
    "my blood test says LDL {n}0 mg/dL. what does that mean and what should I change",
)
_DRUGS = (
    "sertraline",
    "metformin",
    "lisinopril",
    "atorvastatin",
    "levothyroxine",
    "amoxicillin",
    "omeprazole",
)


def casual(rng: Rng, lang: str, subject: str) -> str:
    return human_noise(
        rng, pick(rng, CASUAL_STEMS.get(lang) or CASUAL_STEMS["en"]).format(s=subject)
    )


def domain_ask(rng: Rng) -> str:
    t = pick(rng, DOMAIN_ASKS).format(
        c=pick(rng, COUNTRIES),
        d=pick(rng, _DRUGS),
        n=irange(rng, 3, 19),
        k=irange(rng, 2, 9),
        a=irange(rng, 3, 60),
    )
    return human_noise(rng, t, p_lower=0.3, p_typo=0.2)


FORMAT_ASKS = (
    "",
    "",
    " Please be thorough.",
    " Explain your reasoning.",
    " Give the answer first, then the reasons.",
    " Use headings and bullet points.",
    " Then list 3 things I should double-check.",
)


def with_format(rng: Rng, text: str) -> str:
    return text + pick(rng, FORMAT_ASKS)


HUMAN_REASONING = (
    "can you solve this and show every step pls: {p}",
    "{p}\nI want to understand how to get there, not just the answer. Show all your working.",
    "my son's homework, I need the full working so I can explain it to him: {p}",
    "{p} (explain how you think about it, step by step)",
    "help!! {p}",
)


HUMAN_REASONING_LOCAL = {
    "zh": ("{p} 请写出详细步骤，我想看懂过程", "帮我做一下这道题，每一步都要写：{p}"),
    "es": (
        "{p} ¿me lo explicas paso a paso? quiero entender el proceso",
        "ayuda con esto porfa, con todos los pasos: {p}",
    ),
    "de": ("{p} kannst du mir den Rechenweg Schritt für Schritt zeigen?",),
    "fr": ("{p} tu peux détailler toutes les étapes ?",),
    "pt": ("me ajuda nessa, com o passo a passo: {p}",),
    "ja": ("{p} 途中式も全部教えてください",),
    "ru": ("{p} распиши решение по шагам, пожалуйста",),
    "ko": ("{p} 풀이 과정을 단계별로 알려줘",),
    "id": ("tolong bantu jawab ya, pakai langkah-langkahnya: {p}",),
    "tr": ("{p} adım adım çözümünü yazar mısın?",),
}


def human_reasoning(rng: Rng, lang: str) -> str:
    local = HUMAN_REASONING_LOCAL.get(lang)
    if local:
        return pick(rng, local).format(p=problem(rng, lang))
    return pick(rng, HUMAN_REASONING).format(p=problem(rng, "en"))


# --------------------------------------------------------------------------------------------
# benign kinds' texts


MC_HEADS = (
    "The following is a multiple-choice question about {s}. Answer with the letter only.",
    "Question ({s}). Think step by step, then write 'The answer is X'.",
    "Choose the correct option. Subject: {s}.",
)


MC_BANK = (
    (
        "biology",
        "Which gas do plants mainly take in for photosynthesis?",
        ("carbon dioxide", "oxygen", "nitrogen", "argon"),
    ),
    (
        "biology",
        "Where in the cell does the Krebs cycle take place?",
        ("mitochondrial matrix", "nucleus", "ribosome", "cell wall"),
    ),
    (
        "physics",
        "A net force on an object doubles while its mass stays the same. Its acceleration",
        ("doubles", "halves", "stays the same", "quadruples"),
    ),
    (
        "physics",
        "Which lens is used to correct short-sightedness?",
        ("diverging", "converging", "cylindrical", "bifocal only"),
    ),
    (
        "economics",
        "If a price ceiling is set below the equilibrium price, the likely result is",
        ("a shortage", "a surplus", "no change", "higher prices"),
    ),
    (
        "computer science",
        "The average lookup time in a well-sized hash table is",
        ("O(1)", "O(log n)", "O(n)", "O(n log n)"),
    ),
    (
        "computer science",
        "Which traversal of a binary search tree visits keys in sorted order?",
        ("in-order", "pre-order", "post-order", "level-order"),
    ),
    (
        "statistics",
        "Increasing the sample size, all else equal, makes a test's power",
        ("increase", "decrease", "stay the same", "become undefined"),
    ),
    (
        "history",
        "The Silk Road primarily connected",
        (
            "China with the Mediterranean",
            "Spain with the Americas",
            "India with Australia",
            "Egypt with Scandinavia",
        ),
    ),
    (
        "chemistry",
        "A solution with pH 3 is",
        ("acidic", "basic", "neutral", "a buffer by definition"),
    ),
    (
        "earth science",
        "Most earthquakes occur",
        (
            "near plate boundaries",
            "in the middle of plates",
            "only under oceans",
            "only near volcanoes",
        ),
    ),
    (
        "law",
        "A contract generally requires offer, acceptance and",
        ("consideration", "a notary", "a witness", "a written form"),
    ),
)


def eval_item(rng: Rng, subject: str, cot: bool) -> str:
    subj, stem, choices = pick(rng, MC_BANK)
    head = pick(rng, MC_HEADS).format(s=subj)
    opts = [choices[i] for i in rng.permutation(4).tolist()]
    body = f"{head}\n\n{stem}\nA. {opts[0]}\nB. {opts[1]}\nC. {opts[2]}\nD. {opts[3]}\nAnswer:"
    if cot:
        body = body[: -len("Answer:")] + "Let's think step by step."
    return body


def eval_problem(rng: Rng, cot: bool) -> str:
    p = problem(rng, "en", ("speed", "marbles", "ages", "remainder", "sequence"))
    return f"{p}\nLet's think step by step." if cot else f"{p}\nGive only the final number."


LABEL_SETS = (
    ("billing", "bug", "feature_request", "account_access", "other"),
    ("positive", "neutral", "negative", "mixed"),
    ("on_topic", "off_topic", "spam"),
    ("question", "complaint", "praise", "suggestion"),
)


def prelabel(rng: Rng, text: str, project: str) -> str:
    labels = pick(rng, LABEL_SETS)
    style = irange(rng, 0, 2)
    if style == 0:
        return f"[{project}] Label the message with exactly one of: {', '.join(labels)}. Add a confidence 0-1.\n\nMessage: {text}"
    if style == 1:
        return f"[{project}] Guideline v{irange(rng, 2, 6)}: a reply is ACCEPTABLE if it is correct, polite and on-topic. Judge the reply below as ACCEPTABLE or NEEDS_FIX and give the guideline clause.\n\nReply under review:\n{text}"
    return f"[{project}] Pre-annotate for human review: extract the product names, the customer's intent, and a sentiment score from -2 to 2 as JSON.\n\n{text}"


GUIDELINE_SECTIONS = (
    "1. Harassment",
    "2. Hate",
    "3. Violence",
    "4. Adult content",
    "5. Spam",
    "6. Misinformation",
    "7. Self-harm",
)


def moderation(rng: Rng, post: str, platform: str) -> str:
    secs = "; ".join(
        GUIDELINE_SECTIONS[i] for i in sorted(rng.permutation(len(GUIDELINE_SECTIONS))[:4].tolist())
    )
    style = irange(rng, 0, 2)
    if style == 0:
        return f"{platform} community guidelines ({secs}). Does the post below violate any section? Answer VIOLATION/OK with the section, and if it violates, suggest a rewrite that keeps the author's point.\n\nPost: {post}"
    if style == 1:
        return f"Moderator assist for {platform}: summarise the user report and the reported post in two lines and recommend keep / warn / remove.\n\nReported post: {post}"
    return f"Rewrite this post from a {platform} user so that it follows our rules on civility, without changing the facts it states. Reply with the rewrite only.\n\n{post}"


AUG_INTENTS = (
    "cancel_subscription",
    "track_parcel",
    "reset_password",
    "change_address",
    "report_damage",
    "opening_hours",
    "speak_to_human",
    "upgrade_plan",
    "invoice_copy",
    "gift_card_balance",
)


def augment(rng: Rng, lang: str, seed_utt: str) -> str:
    intent = pick(rng, AUG_INTENTS)
    n = pick(rng, (10, 15, 20, 30))
    style = irange(rng, 0, 2)
    if style == 0:
        return f'Paraphrase the utterance {n} different ways a real customer might say it (intent: {intent}, language: {LANG_NAMES.get(lang, lang)}). Return a JSON list of strings.\nUtterance: "{seed_utt}"'
    if style == 1:
        return f"Generate {n} short customer messages in {LANG_NAMES.get(lang, lang)} with the intent '{intent}', varying politeness, typos and length. JSON list only."
    return f'Create {n} hard negative examples for the intent classifier: messages that look like \'{intent}\' but are actually something else. JSON list of {{"text", "true_intent"}}.'


SEED_UTTERANCES = (
    "I want to stop my plan",
    "where is my package",
    "can't log in",
    "I moved, please update my address",
    "the box arrived broken",
    "are you open on sundays",
    "let me talk to a person",
    "need a copy of last month's invoice",
)

COMPANION_LINES = {
    "en": (
        "hey, I'm back",
        "had a rough day tbh",
        "what do you think I should cook tonight?",
        "tell me a story about the lighthouse keeper again",
        "haha that's so you",
        "do you remember what I told you about my sister?",
        "good morning!! ☀️",
        "can we keep going with the dragon adventure",
        "I can't sleep",
        "my exam went ok I think",
        "*waves* guess who got the job",
        "talk to me about something random",
    ),
    "es": (
        "hola, ya volví",
        "hoy fue un día raro",
        "¿seguimos con la historia del barco?",
        "no puedo dormir",
        "jaja qué gracioso",
    ),
    "pt": (
        "oi, voltei",
        "hoje foi puxado",
        "continua a história do castelo?",
        "tô sem sono",
        "kkkk adorei",
    ),
    "ja": (
        "ただいま",
        "今日はちょっと疲れた",
        "さっきの話の続きを聞かせて",
        "眠れないよ",
        "おはよう！",
    ),
    "id": (
        "halo aku balik lagi",
        "hari ini capek banget",
        "lanjut ceritanya dong",
        "gak bisa tidur",
    ),
    "de": (
        "bin wieder da",
        "heute war anstrengend",
        "erzähl die Geschichte weiter",
        "kann nicht schlafen",
    ),
}


def companion(rng: Rng, lang: str) -> str:
    return pick(rng, COMPANION_LINES.get(lang) or COMPANION_LINES["en"])


LEGAL_HEADS = (
    "Translate the following clause into {L} (legal register). Keep the numbering and defined terms in bold.\n\n{x}",
    "Client job {j}: translate into {L}, marketing tone, max +10% length.\n\n{x}",
    "Please translate to {L} for our client's user manual. Glossary: 'device' -> keep consistent. Text:\n{x}",
    "Proofread this {L} translation against the English source and list errors as a table (segment, issue, fix).\nSource: {x}",
)


def agency_translate(rng: Rng, lang: str, text: str) -> str:
    return pick(rng, LEGAL_HEADS).format(
        L=LANG_NAMES.get(lang, lang), x=text, j=irange(rng, 1000, 9999)
    )


COURSE_ASSIGNMENTS = (
    ("TCP versus UDP", "networking"),
    ("the difference between a process and a thread", "operating systems"),
    ("why hash tables have O(1) average lookup", "data structures"),
    ("normalisation up to 3NF", "databases"),
    ("the bias-variance trade-off", "machine learning"),
    ("what a closure is in JavaScript", "web programming"),
    ("how public-key encryption works", "security"),
    ("big-O of merge sort", "algorithms"),
)

STUDENT_STEMS = (
    "explain {a} for my {c} class",
    "Can you help me understand {a}? Our assignment is due friday",
    "I need to write 500 words on {a}, where do I start",
    "is this right: {a} basically means that the faster one is always better?",
    "give me an example question about {a} that could be on the {c} midterm",
    "{a} - I read the slides but still don't get it",
    "how would you explain {a} to someone who missed the lecture",
)


def student(rng: Rng, assignment: tuple[str, str]) -> str:
    a, c = assignment
    return human_noise(rng, pick(rng, STUDENT_STEMS).format(a=a, c=c), p_lower=0.5, p_typo=0.35)


STUDY_TEMPLATES = (
    "{q}\n\nAfter your answer, state your confidence that it is correct as a percentage.",
    "{q}\nAnswer in one word.",
    "Q: {q}\nA:",
    "{q}\n\nPlease answer, then say how sure you are on a scale of 0-10.",
)


def study_item(rng: Rng, q: str) -> str:
    return pick(rng, STUDY_TEMPLATES).format(q=q)


STUDY_QUESTIONS = (
    "What is the capital of {c}?",
    "Which is larger: {a}/{b} or 0.{k}?",
    "Is {n} a prime number?",
    "In what year did {c} adopt its current flag?",
    "How many bones does an adult human have?",
    "Who wrote 'The Master and Margarita'?",
    "What is the boiling point of water at the top of a {k},000 m mountain, roughly?",
    "What is {a} times {b}?",
)


def study_question(rng: Rng) -> str:
    return pick(rng, STUDY_QUESTIONS).format(
        c=pick(rng, COUNTRIES),
        a=irange(rng, 2, 40),
        b=irange(rng, 2, 40),
        k=irange(rng, 1, 8),
        n=irange(rng, 50, 2000),
    )


CLIENT_JOBS = (
    "Write a product description for {p} (max 120 words, friendly, SEO keyword: '{kw}').",
    "Draft three Instagram captions for {p}. Emojis allowed, no hashtags over 3.",
    "Write a 600-word blog post: '{kw}: what to know in 2026'. Audience: small business owners.",
    "Rewrite this customer review reply to sound warmer: '{x}'",
    "Give me 10 subject lines for a newsletter about {p}.",
    "Translate this ad copy to {L} and adapt the pun if needed: '{kw} - now for everyone'.",
    "Summarise this text into 5 bullet points for our client:\n{x}",
)

_PRODUCTS = (
    "a bamboo cutting board",
    "a vegan protein bar",
    "noise-cancelling earbuds",
    "a dog-walking service",
    "a family dental clinic",
    "hand-made soap",
    "a bike repair shop",
    "a yoga retreat",
    "an accounting app",
    "organic coffee beans",
)
_KEYWORDS = (
    "eco kitchen",
    "home office",
    "healthy snacks",
    "pet care",
    "local dentist",
    "budget travel",
    "smart savings",
)


def client_job(rng: Rng, lang: str, text: str) -> str:
    return pick(rng, CLIENT_JOBS).format(
        p=pick(rng, _PRODUCTS), kw=pick(rng, _KEYWORDS), x=text, L=LANG_NAMES.get(lang, lang)
    )


CODING_AGENT_HEADS = (
    "You are a coding agent working in the user's repository. Tools: read_file, edit_file, run_tests, search_code. The user asked: {task}\n\n{history}\nDecide the next tool call.",
    "<system>IDE assistant. Respond with a tool call or a final message.</system>\n<task>{task}</task>\n{history}",
)

DEV_TASKS = (
    "rename the config loader and update call sites",
    "why does test_parse_dates fail on CI but not locally?",
    "add pagination to the /orders endpoint",
    "bump the pydantic version and fix what breaks",
    "write a migration that adds an index on users.email",
    "the React table re-renders on every keystroke, fix it",
    "add type hints to utils/strings.py",
    "make the docker build use a multi-stage image",
)


def coding_agent(rng: Rng, task: str, step: int) -> tuple[str, int]:
    hist = []
    for i in range(step):
        tool = pick(rng, ("read_file", "edit_file", "run_tests", "search_code"))
        hist.append(
            f"[{i + 1}] {tool} -> {pick(rng, ('ok', '3 matches', '2 failed, 41 passed', 'file written', 'all tests passed'))}"
        )
    prompt = pick(rng, CODING_AGENT_HEADS).format(task=task, history="\n".join(hist))
    return prompt, irange(rng, 800, 6000) + 250 * step

"""Prompt text of batch 231. Every template and table here was written for this batch.

Ordinary human text (questions people typed, answers people wrote) comes from ShareGPT's "sim"
half through `Ctx.chat` and `Ctx.passages`; everything else is generated from the tables below with
the caller's generator, so the same seed always gives the same prompts.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = (
    "Lyon",
    "Pune",
    "Osaka",
    "Curitiba",
    "Tampere",
    "Accra",
    "Cebu",
    "Graz",
    "Tucson",
    "Izmir",
    "Hanoi",
    "Rosario",
    "Gdansk",
    "Mombasa",
    "Leeds",
    "Daegu",
    "Porto",
    "Ottawa",
)


def clip(text: str, n: int) -> str:
    """At most about n characters, cut at a word boundary."""
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut if len(cut) > n // 2 else text[:n]


def paragraph(rng: Rng, passages: list[str], n: int = 900) -> str:
    """One paragraph-sized piece of a human-written answer."""
    text = pick(rng, passages)
    parts = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]
    return clip(pick(rng, parts) if parts else text, n)


# --------------------------------------------------------------------------------------------
# problems (several languages): used by reasoning harvests, evaluation labs and course homework


def _marbles(rng: Rng) -> dict:
    return {"r": irange(rng, 2, 12), "g": irange(rng, 2, 12), "b": irange(rng, 1, 9)}


def _divis(rng: Rng) -> dict:
    a = irange(rng, 2, 7)
    return {
        "n": irange(rng, 120, 9000),
        "a": a,
        "b": irange(rng, a + 1, 13),
        "c": irange(rng, 14, 40),
    }


def _trains(rng: Rng) -> dict:
    c1 = pick(rng, CITIES)
    c2 = pick(rng, [c for c in CITIES if c != c1])
    return {
        "c1": c1,
        "c2": c2,
        "d": irange(rng, 90, 900),
        "v": irange(rng, 50, 140),
        "w": irange(rng, 50, 160),
        "k": 5 * irange(rng, 1, 12),
        "h": irange(rng, 5, 20),
        "m": 5 * irange(rng, 0, 11),
    }


def _tank(rng: Rng) -> dict:
    return {"cap": 50 * irange(rng, 2, 80), "p": irange(rng, 2, 9), "q": irange(rng, 10, 30)}


def _interest(rng: Rng) -> dict:
    return {
        "name": pick(rng, NAMES),
        "P": 500 * irange(rng, 2, 60),
        "r": round(float(rng.uniform(1.5, 9.5)), 1),
        "t": irange(rng, 2, 25),
    }


def _ladder(rng: Rng) -> dict:
    return {
        "L": irange(rng, 5, 15),
        "x": irange(rng, 1, 4),
        "dx": round(float(rng.uniform(0.3, 1.8)), 1),
    }


def _seq(rng: Rng) -> dict:
    a, d = irange(rng, -9, 20), irange(rng, 2, 11)
    return {"s": ", ".join(str(a + i * d) for i in range(4)), "n": irange(rng, 20, 400)}


def _prime(rng: Rng) -> dict:
    return {"k": pick(rng, (11, 17, 41, 29, 5, 23, 13, 7))}


def _ages(rng: Rng) -> dict:
    a = irange(rng, 25, 60)
    return {
        "name": pick(rng, NAMES),
        "k": irange(rng, 2, 4),
        "y": irange(rng, 4, 15),
        "sum": a + a // 3 + irange(rng, 0, 9),
    }


def _code(rng: Rng) -> dict:
    return {
        "x": irange(rng, 5, 40),
        "m": irange(rng, 2, 9),
        "op": pick(rng, ("+", "*", "-")),
        "s": irange(rng, 0, 3),
    }


PROBLEMS: list[tuple] = [
    (
        _marbles,
        {
            "en": "A bag holds {r} red, {g} green and {b} blue marbles. Two are drawn without replacement. What is the probability that both have the same colour?",
            "zh": "袋子里有{r}个红球、{g}个绿球和{b}个蓝球，不放回地依次取出两个球。求两个球颜色相同的概率。",
            "ru": "В мешке {r} красных, {g} зелёных и {b} синих шаров. Достают два шара без возвращения. Какова вероятность, что они одного цвета?",
            "es": "Una bolsa contiene {r} canicas rojas, {g} verdes y {b} azules. Se sacan dos sin reemplazo. ¿Cuál es la probabilidad de que sean del mismo color?",
            "de": "Ein Beutel enthält {r} rote, {g} grüne und {b} blaue Kugeln. Es werden zwei ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit, dass beide dieselbe Farbe haben?",
            "ja": "袋の中に赤玉が{r}個、緑玉が{g}個、青玉が{b}個入っています。元に戻さずに2個取り出すとき、2個が同じ色である確率を求めなさい。",
            "pt": "Um saco tem {r} bolas vermelhas, {g} verdes e {b} azuis. Tiram-se duas sem reposição. Qual é a probabilidade de serem da mesma cor?",
        },
    ),
    (
        _divis,
        {
            "en": "How many integers from 1 to {n} are divisible by {a} or by {b} but not by {c}?",
            "zh": "在1到{n}之间，有多少个整数能被{a}或{b}整除，但不能被{c}整除？",
            "ru": "Сколько целых чисел от 1 до {n} делятся на {a} или на {b}, но не делятся на {c}?",
            "es": "¿Cuántos enteros entre 1 y {n} son divisibles por {a} o por {b} pero no por {c}?",
            "de": "Wie viele ganze Zahlen von 1 bis {n} sind durch {a} oder durch {b}, aber nicht durch {c} teilbar?",
            "ja": "1から{n}までの整数のうち、{a}または{b}で割り切れ、かつ{c}では割り切れないものはいくつありますか。",
            "fr": "Combien d'entiers de 1 à {n} sont divisibles par {a} ou par {b} mais pas par {c} ?",
        },
    ),
    (
        _trains,
        {
            "en": "A train leaves {c1} at {h}:{m:02d} at {v} km/h. {k} minutes later a second train leaves {c2}, {d} km away on the same line, heading towards it at {w} km/h. At what time do they meet, and how far from {c1}?",
            "zh": "一列火车于{h}:{m:02d}从{c1}出发，时速{v}公里。{k}分钟后，另一列火车从相距{d}公里的{c2}出发相向而行，时速{w}公里。两车何时相遇？相遇点距{c1}多远？",
            "ru": "Поезд отправляется из города {c1} в {h}:{m:02d} со скоростью {v} км/ч. Через {k} минут навстречу ему из города {c2}, находящегося в {d} км, выходит второй поезд со скоростью {w} км/ч. Когда и на каком расстоянии от {c1} они встретятся?",
            "es": "Un tren sale de {c1} a las {h}:{m:02d} a {v} km/h. {k} minutos después sale otro de {c2}, a {d} km por la misma vía, en dirección contraria a {w} km/h. ¿A qué hora se cruzan y a qué distancia de {c1}?",
            "pt": "Um comboio parte de {c1} às {h}:{m:02d} a {v} km/h. {k} minutos depois parte outro de {c2}, a {d} km, em sentido contrário a {w} km/h. A que horas se cruzam e a que distância de {c1}?",
        },
    ),
    (
        _tank,
        {
            "en": "A tank holds {cap} litres. Pipe A fills it in {p} hours and pipe B empties it in {q} hours. If the tank starts empty with both pipes open, how long does it take to fill?",
            "ru": "Бак вмещает {cap} л. Первая труба наполняет его за {p} ч, вторая опорожняет за {q} ч. Бак пуст, открыты обе трубы. За какое время он наполнится?",
            "de": "Ein Tank fasst {cap} Liter. Rohr A füllt ihn in {p} Stunden, Rohr B leert ihn in {q} Stunden. Der Tank ist leer und beide Rohre sind offen. Wie lange dauert es, bis er voll ist?",
            "zh": "一个水池容量为{cap}升，甲管单独注满需要{p}小时，乙管单独排空需要{q}小时。水池原来是空的，两管同时打开，多少小时能注满？",
        },
    ),
    (
        _interest,
        {
            "en": "{name} deposits {P} at {r}% annual interest compounded monthly. What is the balance after {t} years, and after how many whole years does the money first double?",
            "es": "{name} deposita {P} al {r}% anual con capitalización mensual. ¿Cuál es el saldo tras {t} años y en cuántos años completos se duplica el dinero por primera vez?",
            "fr": "{name} place {P} à {r} % par an, intérêts composés mensuellement. Quel est le solde après {t} ans, et au bout de combien d'années entières le capital double-t-il ?",
            "ja": "{name}さんは{P}を年利{r}%（月複利）で預けました。{t}年後の残高はいくらですか。また、初めて2倍を超えるのは何年後ですか。",
        },
    ),
    (
        _ladder,
        {
            "en": "A {L} m ladder leans against a vertical wall with its foot {x} m from the wall. The foot slips {dx} m further out. How far does the top slide down the wall?",
            "de": "Eine {L} m lange Leiter lehnt an einer senkrechten Wand, ihr Fuß steht {x} m von der Wand entfernt. Der Fuß rutscht {dx} m weiter weg. Um wie viel rutscht die Spitze nach unten?",
            "ru": "Лестница длиной {L} м приставлена к стене, её основание в {x} м от стены. Основание отъезжает ещё на {dx} м. На сколько опустится верх лестницы?",
        },
    ),
    (
        _seq,
        {
            "en": "An arithmetic sequence begins {s}, ... Find its {n}th term and the sum of its first {n} terms.",
            "zh": "等差数列的前几项为 {s}，…… 求第{n}项以及前{n}项的和。",
            "es": "Una progresión aritmética empieza {s}, ... Halla el término {n} y la suma de los {n} primeros términos.",
            "ja": "等差数列 {s}, … の第{n}項と、初項から第{n}項までの和を求めなさい。",
            "pt": "Uma progressão aritmética começa por {s}, ... Determine o {n}.º termo e a soma dos {n} primeiros termos.",
        },
    ),
    (
        _prime,
        {
            "en": "Prove or disprove: n^2 + n + {k} is prime for every non-negative integer n.",
            "ru": "Докажите или опровергните: число n^2 + n + {k} простое при любом целом n ≥ 0.",
            "fr": "Démontrer ou réfuter : n^2 + n + {k} est premier pour tout entier n ≥ 0.",
        },
    ),
    (
        _ages,
        {
            "en": "{name} is {k} times as old as their child. In {y} years the sum of their ages will be {sum} plus {y}. How old is each now? Say if the numbers lead to a non-integer answer.",
            "de": "{name} ist {k}-mal so alt wie das eigene Kind. In {y} Jahren ist die Summe ihrer Alter {sum} plus {y}. Wie alt sind beide heute? Gib an, falls sich kein ganzzahliges Ergebnis ergibt.",
        },
    ),
    (
        _code,
        {
            "en": "What does this Python function return for f({x})? Trace every call.\n\ndef f(n):\n    if n <= {m}:\n        return n\n    return f(n // 2) {op} f(n - {m}) + {s}",
            "zh": "下面的 Python 函数在 f({x}) 时返回什么？请追踪每一次调用。\n\ndef f(n):\n    if n <= {m}:\n        return n\n    return f(n // 2) {op} f(n - {m}) + {s}",
        },
    ),
]

PROBLEM_LANGS = ("en", "zh", "ru", "es", "de", "ja", "pt", "fr")


def problem(rng: Rng, lang: str = "en") -> str:
    """One freshly numbered word problem in `lang` (English where no template exists)."""
    usable = [p for p in PROBLEMS if lang in p[1]]
    fill, tmpl = pick(rng, usable or PROBLEMS)
    return tmpl.get(lang, tmpl["en"]).format(**fill(rng))


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


_REASON_WRAP = {
    "tags": (
        "en",
        "Work through this carefully. Put your complete reasoning, every intermediate "
        "calculation included, between <reasoning> and </reasoning>, then give the result on one "
        "line starting with ANSWER:.\n\n{p}",
    ),
    "monologue": (
        "en",
        "Think out loud while you solve this. I want the raw thought process, including "
        "wrong turns and how you noticed them, not a cleaned-up solution. State the answer last."
        "\n\nProblem: {p}",
    ),
    "teacher": (
        "en",
        "A student got this wrong. Explain the solution so that every step follows visibly "
        "from the one before, name the rule used at each step, then finish with 'Final answer:'.\n{p}",
    ),
    "zh": (
        "zh",
        "请逐步推理，完整写出你的思考过程（包括每一步计算和最后的检验），最后以“最终答案：”开头给出答案。\n\n题目：{p}",
    ),
    "ru": (
        "ru",
        "Реши задачу, подробно расписывая ход рассуждений: каждый шаг с новой строки, все вычисления, "
        "затем проверка. В конце напиши «Ответ: ...».\n\n{p}",
    ),
    "es": (
        "es",
        "Resuelve paso a paso mostrando todo el razonamiento y cada cálculo intermedio. Comprueba el "
        "resultado y termina con «Respuesta final:».\n\n{p}",
    ),
    "de": (
        "de",
        "Löse die Aufgabe Schritt für Schritt, schreibe jeden Zwischenschritt auf, prüfe das Ergebnis "
        "und gib am Ende „Antwort:“ an.\n\n{p}",
    ),
    "ja": (
        "ja",
        "次の問題を一歩ずつ考えて解いてください。途中の計算と考え方をすべて書き、最後に検算をしてから「答え：」と示してください。\n\n{p}",
    ),
}
REASON_STYLES = tuple(_REASON_WRAP) + ("json",)


def reasoning_prompt(rng: Rng, style: str) -> str:
    if style == "json":
        lang = pick(rng, ("en", "en", "zh", "ru", "es"))
        body = {
            "task": "solve",
            "lang": lang,
            "problem": problem(rng, lang),
            "output": {
                "steps": "numbered list, one operation per step, nothing skipped",
                "self_check": "redo the key step another way",
                "final": "short",
            },
            "id": f"q{int(rng.integers(10**6, 10**7))}",
        }
        return json.dumps(body, ensure_ascii=False)
    lang, wrap = _REASON_WRAP[style]
    return wrap.format(p=problem(rng, lang))


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


_CRITERIA = (
    "factual accuracy",
    "helpfulness",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "clarity of structure",
    "honesty about uncertainty",
)


def judge_prompt(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 500)
    a = paragraph(rng, passages, 900)
    if style == "pairwise":
        b = paragraph(rng, passages, 900)
        return (
            "You are an impartial referee. Read the user question and the two candidate replies. "
            "Explain in detail which reply is better and why, considering accuracy, depth and "
            "usefulness, then output exactly one of [[A]], [[B]] or [[tie]] on the last line.\n\n"
            f"### Question\n{q}\n\n### Reply A\n{a}\n\n### Reply B\n{b}"
        )
    if style == "rubric":
        crit = [
            str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False).tolist()
        ]
        lo, hi = pick(rng, ((1, 5), (1, 7), (0, 10)))
        return (
            f"Grade the assistant reply below on each criterion from {lo} to {hi}: "
            + "; ".join(crit)
            + ". For every criterion write a two-sentence rationale before the "
            'score. Return JSON: {"criterion": {"rationale": ..., "score": ...}}.\n\n'
            f"PROMPT:\n{q}\n\nREPLY:\n{a}"
        )
    if style == "reward":
        return (
            f"<prompt>{q}</prompt>\n<response>{a}</response>\n"
            "Act as a preference model. Estimate the probability (0 to 1) that an expert rater would "
            "accept this response as ideal. First list its flaws, then its strengths, then print "
            "P(accept)=x.xx."
        )
    if style == "critique":
        return (
            "Write a critique of the answer below that could be used to train a better model: point out "
            "each error or omission, quote the sentence concerned, and then write the improved answer in "
            f"full.\n\nQuestion: {q}\n\nAnswer under review:\n{a}"
        )
    if style == "es":
        return (
            "Eres un evaluador experto. Califica la respuesta del asistente del 1 al 10 en exactitud, "
            "utilidad y claridad, justificando cada nota, y al final da una nota global.\n\n"
            f"Pregunta del usuario: {q}\n\nRespuesta del asistente: {a}"
        )
    if style == "de":
        return (
            "Du bist Gutachter für Chatbot-Antworten. Bewerte die folgende Antwort auf einer Skala von 1 "
            "bis 10 hinsichtlich Korrektheit, Nützlichkeit und Stil. Begründe jede Teilnote ausführlich "
            f"und gib am Schluss eine Gesamtnote.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == "ja":
        return (
            "あなたは公平な審査員です。以下のユーザーの質問に対するアシスタントの回答を、正確さ・有用性・分かりやすさの観点から"
            f"1〜10点で採点し、それぞれ理由を詳しく述べてください。\n\n質問：{q}\n\n回答：{a}"
        )
    raise ValueError(style)


JUDGE_STYLES = ("pairwise", "rubric", "reward", "critique", "es", "de", "ja")


# --------------------------------------------------------------------------------------------
# policy / "safe" rewrites


_BORDERLINE = (
    "how do pin tumbler locks get picked",
    "which household cleaners are dangerous to mix and why",
    "what dose of paracetamol becomes harmful for an adult",
    "how do phishing emails trick people into giving their passwords",
    "write a villain's monologue threatening a city",
    "explain how card skimmers at petrol stations work",
    "what are the arguments people use for and against drug decriminalisation",
    "describe the effects of alcohol withdrawal",
    "how did historic propaganda posters manipulate audiences",
    "how do people evade sales tax and how do auditors catch them",
    "write a dark joke about funerals",
    "how does a VPN hide traffic from an ISP",
    "explain how a botnet spreads",
    "summarise the causes of a recent coup",
)
_POLICY_CLAUSES = (
    "no operational detail that would help someone cause harm",
    "no content that insults national leaders or state institutions",
    "no discussion of ongoing territorial disputes",
    "medical content must include a recommendation to see a clinician",
    "no profanity",
    "avoid taking sides on contested political questions",
    "no personal data about private individuals",
    "no depiction of self-harm methods",
)


def policy_prompt(rng: Rng, style: str, chat: list[str], passages: list[str]) -> str:
    if style == "redraft":
        clauses = [
            str(c)
            for c in rng.choice(_POLICY_CLAUSES, size=irange(rng, 2, 4), replace=False).tolist()
        ]
        return (
            "Below is a draft reply. Rewrite it so that it complies with every rule listed, while keeping "
            "as much of the useful content as the rules allow. After the rewrite, list which sentences you "
            "changed and which rule each change serves.\n\nRules:\n- "
            + "\n- ".join(clauses)
            + f"\n\nDraft reply:\n{paragraph(rng, passages, 1000)}"
        )
    if style == "pair":
        req = pick(rng, _BORDERLINE)
        return (
            "For the user request below, write two things: (1) the best possible refusal, polite and "
            "short, in case the request must be declined; (2) the most helpful answer that stays within a "
            f"strict safety policy. Label them REFUSAL and SAFE_ANSWER.\n\nUser request: {req}"
        )
    if style == "zh":
        return (
            "请把下面这段内容改写成符合国内平台发布规范的版本：删除敏感或可能引起争议的表述，语气保持中立客观，"
            f"信息尽量保留。改写后用一句话说明做了哪些删改。\n\n原文：\n{paragraph(rng, passages, 800)}"
        )
    if style == "ru":
        return (
            "Перепиши ответ так, чтобы он соответствовал требованиям законодательства и правилам площадки: "
            "убери оценочные суждения о власти, спорные политические темы и ненормативную лексику, сохрани "
            f"полезную информацию. Затем перечисли, что было удалено.\n\nОтвет:\n{paragraph(rng, passages, 800)}"
        )
    if style == "tr":
        return (
            "Aşağıdaki metni yayın kurallarına uygun olacak şekilde yeniden yaz: hassas siyasi ifadeleri ve "
            "hakaret içerebilecek kısımları çıkar, tarafsız bir dil kullan. Sonunda yaptığın değişiklikleri "
            f"madde madde yaz.\n\nMetin:\n{paragraph(rng, passages, 800)}"
        )
    if style == "classify":
        req = clip(pick(rng, chat), 400) if chance(rng, 0.5) else pick(rng, _BORDERLINE)
        return (
            "Classify the request below as ALLOW, ALLOW_WITH_CAVEATS or REFUSE under a conservative "
            "consumer-app policy. Explain the reasoning in detail, citing which part of the request drives "
            f"the decision, and then write the response the assistant should give.\n\nRequest: {req}"
        )
    raise ValueError(style)


POLICY_STYLES = ("redraft", "pair", "zh", "ru", "tr", "classify")


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


_TOOLS = (
    ("web_search", "Search the web", {"query": "string"}),
    ("fetch_url", "Download a page as text", {"url": "string"}),
    ("python", "Run Python code in a sandbox", {"code": "string"}),
    ("read_file", "Read a file from the workspace", {"path": "string"}),
    ("write_file", "Write a file to the workspace", {"path": "string", "content": "string"}),
    ("sql_query", "Run a read-only SQL query", {"sql": "string"}),
    (
        "calendar_create",
        "Create a calendar event",
        {"title": "string", "start": "string", "minutes": "integer"},
    ),
    ("send_email", "Send an email", {"to": "string", "subject": "string", "body": "string"}),
    ("flight_search", "Search flights", {"origin": "string", "dest": "string", "date": "string"}),
    ("shell", "Run a shell command", {"cmd": "string"}),
)
_AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next Friday and put the best one in my calendar.",
    "The CSV at data/sales_{n}.csv has a column 'region'. Work out which region grew fastest quarter on quarter and email a summary to {name}@example.com.",
    "Our unit test tests/test_parser.py::test_{n} fails with a KeyError. Find the bug and fix it.",
    "Look up the population of {country} and its three largest cities and write them to notes/{n}.md.",
    "Query the orders table for customers who ordered more than {k} times last month and draft a thank-you email for each.",
    "Research the current visa requirements for a {country} citizen travelling to Japan and summarise them.",
    "Set up a weekly meeting with {name} on Tuesdays at 10:00 and send them an agenda.",
    "Clone the repository, run the linter, and fix every warning in src/utils_{n}.py.",
    "Compare the prices of {k} laptops under 1000 EUR from two shops and recommend one.",
)
_OBS = (
    '{"status": "ok", "results": [{"title": "Result 1", "snippet": "..."}, {"title": "Result 2", "snippet": "..."}]}',
    "Traceback (most recent call last):\n  File \"main.py\", line 14, in <module>\nKeyError: 'region'",
    "region,q1,q2\nnorth,{k}0,{n}\nsouth,{n},{k}5\n",
    "0 rows returned",
    '{"error": "rate limited, retry after 2s"}',
    "File written (412 bytes).",
    '[{"flight": "XK{n}", "price": {k}9, "depart": "07:45"}]',
    "exit code 1: E501 line too long (104 > 100 characters)",
)


def _obs(rng: Rng) -> str:
    k, n = irange(rng, 1, 9), irange(rng, 10, 99)
    return pick(rng, _OBS).replace("{k}", str(k)).replace("{n}", str(n))


def _tool_schema(rng: Rng) -> list[dict]:
    idx = sorted(rng.choice(len(_TOOLS), size=irange(rng, 3, 7), replace=False).tolist())
    return [
        {
            "type": "function",
            "function": {
                "name": _TOOLS[i][0],
                "description": _TOOLS[i][1],
                "parameters": {
                    "type": "object",
                    "properties": {k: {"type": v} for k, v in _TOOLS[i][2].items()},
                },
            },
        }
        for i in idx
    ]


def agent_task(rng: Rng) -> str:
    c1 = pick(rng, CITIES)
    return pick(rng, _AGENT_TASKS).format(
        c1=c1,
        c2=pick(rng, CITIES),
        n=irange(rng, 2, 999),
        name=pick(rng, NAMES).lower(),
        country=pick(rng, COUNTRIES),
        k=irange(rng, 2, 9),
    )


def agent_step(rng: Rng, style: str, task: str, step: int) -> str:
    """One turn of an agent episode: the tools, the task, and what happened so far."""
    obs = [_obs(rng) for _ in range(step)]
    if style == "functions":
        msgs = [
            {
                "role": "system",
                "content": "You are an autonomous assistant. Call tools when needed. "
                "Think before every call and explain the plan.",
            },
            {"role": "user", "content": task},
        ]
        for i, o in enumerate(obs):
            msgs.append(
                {"role": "assistant", "tool_calls": [{"id": f"call_{i}", "type": "function"}]}
            )
            msgs.append({"role": "tool", "tool_call_id": f"call_{i}", "content": o})
        return json.dumps({"tools": _tool_schema(rng), "messages": msgs}, ensure_ascii=False)
    if style == "react":
        lines = [f"Task: {task}", "Available actions: " + ", ".join(t[0] for t in _TOOLS), ""]
        for i, o in enumerate(obs):
            lines += [
                f"Thought {i + 1}: ...",
                f"Action {i + 1}: {pick(rng, _TOOLS)[0]}[...]",
                f"Observation {i + 1}: {o}",
            ]
        lines.append(f"Thought {len(obs) + 1}:")
        return "\n".join(lines)
    if style == "xml":
        body = "".join(f'<tool_result index="{i}">{o}</tool_result>\n' for i, o in enumerate(obs))
        return (
            f"<task>{task}</task>\n<tools>{', '.join(t[0] for t in _TOOLS[:6])}</tools>\n{body}"
            "Decide the next step. Reason inside <thinking>, then emit either one <tool_call> or "
            "<final_answer>."
        )
    raise ValueError(style)


AGENT_STYLES = ("functions", "react", "xml")


# --------------------------------------------------------------------------------------------
# synthetic data generation


_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "beekeeping",
    "Kubernetes",
    "Roman history",
    "nutrition",
    "marine biology",
    "SQL optimisation",
    "music theory",
    "tax returns for freelancers",
    "first aid",
    "climate policy",
    "Rust ownership",
    "statistics for A/B tests",
    "logistics",
    "job interviews",
    "home electrics",
    "plant diseases",
    "epidemiology",
    "poetry forms",
    "React hooks",
)
_PERSONAS = (
    "a nurse on night shifts",
    "a retired railway engineer",
    "a first-year law student",
    "a small-business owner in Lagos",
    "a teenager learning to code",
    "a data analyst at a bank",
    "a farmer planning irrigation",
    "a museum curator",
    "a high-school physics teacher",
    "a gig-economy courier",
    "a novelist researching a plot",
    "a new parent",
)


_FACETS = (
    "common misconceptions",
    "edge cases",
    "historical background",
    "practical exercises",
    "calculations with real numbers",
    "questions a beginner asks",
    "expert-level disagreements",
    "regional differences",
    "troubleshooting",
    "terminology",
    "case studies",
    "ethical questions",
    "comparisons between approaches",
    "step-by-step procedures",
)


def synth_prompt(rng: Rng, style: str) -> str:
    dom = pick(rng, _DOMAINS)
    if chance(rng, 0.7):
        dom = f"{dom} (focus: {pick(rng, _FACETS)})"
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    if style == "jsonl":
        return (
            f"Generate {n} diverse instruction-following examples about {dom}. Mix easy and hard, short "
            'and long. Output one JSON object per line with keys "instruction", "input" (may be empty) '
            'and "output" (a complete, high-quality answer). No commentary. '
            f"Shard {int(rng.integers(0, 4096)):04d}."
        )
    if style == "persona":
        per = pick(rng, _PERSONAS)
        return (
            f"You are {per}. Write one realistic question you would ask an AI assistant about {dom}, in "
            "your own voice. Then, under the heading ANSWER, write the ideal assistant answer in full."
        )
    if style == "seeded":
        ex = [f"{i + 1}. {clip(problem(rng), 140)}" for i in range(3)]
        return (
            "Here are three seed tasks:\n" + "\n".join(ex) + f"\n\nWrite {n} new tasks of similar "
            f"difficulty about {dom}, each different in form from the seeds, each followed by a worked "
            "solution."
        )
    if style == "dialog":
        return (
            f"Write a complete {irange(rng, 4, 10)}-turn conversation between a curious user and a helpful "
            f"assistant about {dom}. Label turns USER: and ASSISTANT:. The assistant turns should be "
            "detailed and accurate."
        )
    if style == "es":
        return (
            f"Genera {n} pares de pregunta y respuesta en español sobre {dom}, variados en dificultad. "
            'Formato JSON Lines con las claves "pregunta" y "respuesta". Respuestas completas.'
        )
    if style == "pt":
        return (
            f"Crie {n} exemplos de instruções e respostas em português do Brasil sobre {dom}. Use o formato "
            'JSONL com os campos "instrucao" e "resposta"; respostas detalhadas.'
        )
    if style == "id":
        return (
            f"Buatkan {n} contoh pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {dom}. "
            'Format JSONL dengan kunci "instruksi" dan "jawaban". Jawaban harus lengkap.'
        )
    raise ValueError(style)


SYNTH_STYLES = ("jsonl", "persona", "seeded", "dialog", "es", "pt", "id")


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest


_FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would an expert disagree with here?",
        "Now summarise everything so far in five bullets.",
        "What are the edge cases?",
        "Rewrite your last answer for a beginner.",
        "Why is that true? Explain the reasoning.",
        "And what if the opposite were the case?",
        "Turn this into a step-by-step plan.",
        "What did you leave out?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Dê um exemplo concreto disso.",
        "Explique o raciocínio por trás disso.",
        "Resuma tudo em cinco tópicos.",
        "E se fosse o contrário?",
        "Reescreva para um iniciante.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Por qué es así? Explica el razonamiento.",
        "Resume todo en cinco puntos.",
        "¿Qué casos límite hay?",
        "Reescríbelo para un principiante.",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Pourquoi est-ce vrai ? Explique.",
        "Résume tout en cinq points.",
        "Quels sont les cas limites ?",
        "Réécris ça pour un débutant.",
    ),
    "ko": (
        "두 번째 내용을 더 자세히 설명해 줄래?",
        "구체적인 예를 들어 줘.",
        "왜 그런지 이유를 단계별로 설명해 줘.",
        "지금까지 내용을 다섯 줄로 요약해 줘.",
        "반대의 경우라면 어떻게 돼?",
    ),
}
_OPENERS = {
    "pt": (
        "Me explique como funciona {x}.",
        "Quais são os prós e contras de {x}?",
        "Estou estudando {x}, por onde começo?",
    ),
    "es": (
        "Explícame cómo funciona {x}.",
        "¿Cuáles son las ventajas y desventajas de {x}?",
        "Estoy aprendiendo {x}, ¿por dónde empiezo?",
    ),
    "fr": (
        "Explique-moi comment fonctionne {x}.",
        "Quels sont les avantages et inconvénients de {x} ?",
        "J'apprends {x}, par où commencer ?",
    ),
    "ko": (
        "{x}에 대해 설명해 줘.",
        "{x}의 장단점이 뭐야?",
        "{x}를 공부하려면 어디서부터 시작해야 해?",
    ),
}


def dialogue_opener(rng: Rng, lang: str, chat: list[str]) -> str:
    if lang == "en":
        return clip(pick(rng, chat), 1200)
    return pick(rng, _OPENERS[lang]).format(x=pick(rng, _DOMAINS))


_FOLLOW_EN_TOPIC = (
    "How does this apply to {x}?",
    "Compare that with how it works in {x}.",
    "Give me a quiz of {n} questions on this, with answers.",
    "Explain it again in {n} short steps.",
    "What would a {p} need to know about this?",
)


def followup(rng: Rng, lang: str) -> str:
    if lang == "en" and chance(rng, 0.45):
        return pick(rng, _FOLLOW_EN_TOPIC).format(
            x=pick(rng, _DOMAINS), n=irange(rng, 3, 8), p=pick(rng, _PERSONAS).split(" ", 1)[1]
        )
    return pick(rng, _FOLLOWUPS[lang])


DIALOGUE_LANGS = tuple(_FOLLOWUPS)


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels


_OPTIONS_Q = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("oxygen", "nitrogen", "argon", "carbon dioxide"),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("linked list", "hash table", "binary heap", "stack"),
    ),
    ("Which organ produces insulin?", ("liver", "pancreas", "kidney", "spleen")),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Westphalia", "Utrecht", "Versailles", "Tordesillas"),
    ),
    ("What is the time complexity of merge sort?", ("O(n)", "O(n log n)", "O(n^2)", "O(log n)")),
    ("Which planet has the shortest day?", ("Mars", "Jupiter", "Earth", "Venus")),
    ("Which is a prime number?", ("51", "57", "59", "91")),
    ("Which language is mostly spoken in Brazil?", ("Spanish", "Portuguese", "French", "Italian")),
)
_CREATIVE = (
    "Write a 12-line poem about {x} that never uses the letter e.",
    "Write the opening paragraph of a mystery novel set in {c}.",
    "Give five names for a startup that sells {x} and explain each.",
    "Write a haiku sequence (three haiku) about {x}.",
    "Explain {x} in exactly three sentences.",
    "Write a persuasive tweet about {x} under 280 characters.",
)


def sample_prompt(rng: Rng, style: str, chat: list[str]) -> str:
    """One prompt that a best-of-n or soft-label harvest sends several times."""
    if style == "softlabel":
        q, opts = pick(rng, _OPTIONS_Q)
        order = rng.permutation(len(opts)).tolist()
        letters = "ABCD"
        body = "\n".join(f"{letters[i]}. {opts[j]}" for i, j in enumerate(order))
        return (
            f"{q}\n{body}\nDo not pick just one. Give your probability for every option as JSON "
            '{"A": p, "B": p, "C": p, "D": p} summing to 1, then one sentence of reasoning.'
        )
    if style == "creative":
        return pick(rng, _CREATIVE).format(x=pick(rng, _DOMAINS), c=pick(rng, CITIES))
    if style == "math":
        return problem(rng, "en") + " Show your working."
    if style == "public":
        return clip(pick(rng, chat), 1500)
    raise ValueError(style)


SAMPLE_STYLES = ("softlabel", "creative", "math", "public")


# --------------------------------------------------------------------------------------------
# code curriculum sweep


CODE_TOPICS = (
    "binary search",
    "Dijkstra's shortest path",
    "an LRU cache",
    "a trie with prefix search",
    "union-find with path compression",
    "topological sort",
    "a token-bucket rate limiter",
    "run-length encoding",
    "a min-heap",
    "Knuth-Morris-Pratt string search",
    "matrix exponentiation",
    "a bloom filter",
    "interval merging",
    "a JSON tokenizer",
    "reservoir sampling",
    "the longest common subsequence",
    "a ring buffer",
    "consistent hashing",
    "a sudoku solver",
    "quickselect",
    "a thread-safe queue",
    "edit distance",
    "a segment tree",
    "Huffman coding",
)
CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
_LEVELS = ("beginner", "intermediate", "advanced", "expert")
CODE_CONSTRAINTS = (
    "",
    " Do not use recursion.",
    " The input arrives as a stream and does not fit in memory.",
    " Make it generic over the element type.",
    " Optimise for readability over speed.",
    " It must be safe to call from several threads.",
)


def code_prompt(rng: Rng, style: str, topic: str, lang: str, level: int, cons: int = 0) -> str:
    lv = _LEVELS[level % len(_LEVELS)]
    extra = CODE_CONSTRAINTS[cons % len(CODE_CONSTRAINTS)]
    if style == "spec":
        return (
            f"Implement {topic} in {lang}. Audience: {lv}. Requirements: idiomatic code, full docstrings or "
            "doc comments, complexity analysis, and a set of unit tests covering edge cases. Explain the "
            f"design choices after the code.{extra}"
        )
    if style == "lesson":
        return (
            f"Lesson {level + 1}.{cons + 1}: {topic} ({lang}). Teach it as a {lv}-level tutorial: motivation, "
            "a worked example traced by hand, a complete implementation, common mistakes, and three exercises "
            f"with solutions.{extra}"
        )
    if style == "refactor":
        return (
            f"Write a naive {lang} implementation of {topic}, then refactor it in three stages toward "
            f"production quality for a {lv} reader, showing the full code after each stage and explaining "
            f"every change.{extra}"
        )
    if style == "zh":
        return (
            f"请用{lang}实现{topic}（难度：{lv}），要求代码完整、注释清楚，给出时间与空间复杂度分析，并附上覆盖边界情况的单元测试，"
            f"最后解释设计思路。{extra}"
        )
    raise ValueError(style)


CODE_STYLES = ("spec", "lesson", "refactor", "zh")


# --------------------------------------------------------------------------------------------
# translation harvest and translation work


TRANSLATE_TO = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Chinese",
    "ru": "Russian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "pl": "Polish",
    "ar": "Arabic",
    "it": "Italian",
}


def translate_prompt(rng: Rng, style: str, target: str, passages: list[str]) -> str:
    src = paragraph(rng, passages, 700)
    name = TRANSLATE_TO[target]
    if style == "plain":
        return f"Translate into {name}:\n\n{src}"
    if style == "explained":
        return (
            f"Translate the text into {name}. Afterwards, explain every non-obvious choice you made "
            f"(idioms, register, terms without a direct equivalent).\n\n{src}"
        )
    if style == "casual":
        return f"hey can u put this in {name.lower()} for me, keep it natural pls\n\n{src}"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# person-like domain questions (a crowd's harvest of an expert domain)


_RELS = (
    "my mother",
    "my dad",
    "my husband",
    "my wife",
    "my son",
    "my daughter",
    "my flatmate",
    "my grandmother",
    "I",
)
_MED = (
    "was prescribed {d} and now has {s}. Is that a known side effect, and when should we worry?",
    "have had {s} for {n} days. What could cause it and what should I ask the doctor?",
    "take {d} every morning. Can it interact with {d2}? Explain how the interaction would work.",
    "started {d} {n} days ago and the {s} got worse, not better. Is it the dose? What do doctors usually do next?",
    "am {age} and keep getting {s} after meals. Which tests would rule out the serious causes, in what order?",
    "got blood results back: {lab} is slightly high. What does that usually mean at age {age}?",
    "was switched from {d} to {d2}. Why would a doctor do that, and what changes should we watch for?",
)
_LABS = ("ALT", "TSH", "HbA1c", "creatinine", "ferritin", "LDL", "CRP", "potassium")
_DRUGS = (
    "metformin",
    "lisinopril",
    "sertraline",
    "atorvastatin",
    "levothyroxine",
    "omeprazole",
    "amoxicillin",
    "ibuprofen",
    "prednisone",
    "amlodipine",
)
_SYMPT = (
    "dizziness",
    "a dry cough",
    "night sweats",
    "tingling in the feet",
    "stomach cramps",
    "a rash on the arms",
    "trouble sleeping",
    "a racing heart",
)
_LAW = (
    "My landlord in {c} kept my deposit of {n}00 because of 'wear and tear'. What are my options, step by step?",
    "I was let go after {n} months without written notice. Was that legal, and what would a lawyer check first?",
    "A neighbour's tree drops branches on my car. Who is liable and how do I prove it?",
    "Can my employer read my messages on a work laptop? Walk me through the reasoning.",
    "I signed a gym contract for {n} months and moved to another city. Can they still charge me? What should I argue?",
    "My {rel2} died without a will and left a flat in {c}. How is it usually split between {k} siblings?",
    "A seller on a marketplace sent a broken phone and ignores me. It cost {n}0. What can I do, in order?",
    "I'm a freelancer and a client hasn't paid {k}k for {n} weeks. What are the steps before going to court?",
)
_REL2 = ("father", "aunt", "grandfather", "uncle", "mother")
_FIN = (
    "I earn about {n}k a year and have {k}k in credit card debt. Should I pay it down or invest first? Show the math.",
    "Explain how a {k}-year fixed mortgage compares with a variable one if rates move by 1%. Use numbers.",
    "How are capital gains on shares taxed if I sell after {n} months, roughly, and why?",
    "I'm {age} with {k}k saved. Is it too late to start a pension, and how much would {n}0 a month grow to?",
    "My bank offers {x}% on a fixed deposit for {k} years vs an index fund. Walk me through the trade-off.",
    "We want to buy a flat for {n}0k with {k}0k down. How do I work out what monthly payment we can afford?",
)
_LANG_Q = {
    "es": (
        "A mi {r} le recetaron {d} y ahora tiene {s}. ¿Es un efecto secundario conocido? ¿Cuándo preocuparse?",
        "Mi casero no me devuelve la fianza de {n}00 euros. ¿Qué pasos puedo seguir? Explícalo bien.",
        "Gano unos {n} mil al año y debo {k} mil en la tarjeta. ¿Pago la deuda o invierto? Haz las cuentas.",
        "Tengo {age} años y el análisis dice que el {lab} está un poco alto. ¿Qué suele significar?",
        "Me despidieron tras {n} meses sin preaviso por escrito. ¿Es legal? ¿Qué revisaría un abogado?",
        "Mi banco me ofrece un {x}% a {k} años o un fondo indexado. ¿Qué me conviene y por qué?",
    ),
    "de": (
        "Meine {r} nimmt {d} und hat jetzt {s}. Ist das eine bekannte Nebenwirkung? Wann sollten wir zum Arzt?",
        "Mein Vermieter behält {n}00 Euro Kaution ein. Was kann ich Schritt für Schritt tun?",
        "Ich habe {k}.000 Euro Dispo-Schulden. Erst tilgen oder erst sparen? Bitte mit Rechnung.",
        "Ich bin {age} und mein {lab}-Wert ist leicht erhöht. Was bedeutet das meistens?",
        "Mein Fitnessstudio-Vertrag läuft noch {n} Monate, ich bin umgezogen. Muss ich weiter zahlen?",
        "Wir wollen eine Wohnung für {n}0.000 Euro mit {k}0.000 Eigenkapital kaufen. Welche Rate ist realistisch?",
    ),
    "pt": (
        "Minha {r} começou a tomar {d} e agora está com {s}. Isso é efeito colateral? Quando devo me preocupar?",
        "O proprietário não devolveu a caução de {n}00 reais. Quais são os meus direitos, passo a passo?",
        "Ganho cerca de {n} mil por ano e tenho {k} mil no cartão. Pago a dívida ou invisto? Mostre as contas.",
        "Tenho {age} anos e meu exame deu {lab} um pouco alto. O que isso costuma indicar?",
        "Comprei um celular de {n}00 reais que veio quebrado e a loja me ignora. O que eu faço, em ordem?",
    ),
    "hi": (
        "मेरी {r} को {d} दी गई है और अब उन्हें {s} हो रहा है। क्या यह साइड इफ़ेक्ट है? कब डॉक्टर को दिखाना चाहिए?",
        "मकान मालिक ने {n}00 रुपये की जमा राशि वापस नहीं की। मैं क्या कर सकता हूँ, कदम दर कदम बताइए।",
        "मेरी उम्र {age} साल है और रिपोर्ट में {lab} थोड़ा ज़्यादा आया है। इसका आमतौर पर क्या मतलब होता है?",
        "मेरी सैलरी {n} हज़ार महीना है और {k} हज़ार का कर्ज़ है। पहले कर्ज़ चुकाऊँ या SIP शुरू करूँ? हिसाब से समझाइए।",
    ),
}
_REL_WORD = {"es": "madre", "de": "Mutter", "pt": "mãe", "hi": "माँ"}
_TYPOS = (
    ("the ", "teh "),
    ("and", "adn"),
    ("because", "becuase"),
    ("should", "shoud"),
    ("?", "??"),
    (". ", ".. "),
)


def person_question(rng: Rng, lang: str) -> str:
    fill = {
        "d": pick(rng, _DRUGS),
        "d2": pick(rng, _DRUGS),
        "s": pick(rng, _SYMPT),
        "n": irange(rng, 2, 40),
        "age": irange(rng, 19, 78),
        "lab": pick(rng, _LABS),
        "rel2": pick(rng, _REL2),
        "x": round(float(rng.uniform(2.0, 6.5)), 1),
        "k": irange(rng, 2, 30),
        "c": pick(rng, COUNTRIES),
        "r": _REL_WORD.get(lang, "mother"),
    }
    if lang != "en":
        return pick(rng, _LANG_Q[lang]).format(**fill)
    u = rng.random()
    if u < 0.4:
        text = pick(rng, _RELS) + " " + pick(rng, _MED).format(**fill)
    elif u < 0.7:
        text = pick(rng, _LAW).format(**fill)
    else:
        text = pick(rng, _FIN).format(**fill)
    text = text[0].upper() + text[1:]
    if chance(rng, 0.3):
        text = (
            pick(
                rng,
                (
                    "Quick question. ",
                    "Sorry if this is a dumb question but ",
                    "Hi! ",
                    "Need advice: ",
                    "Asking for a friend. ",
                    "Long story short, ",
                ),
            )
            + text
        )
    if chance(rng, 0.3):
        text += pick(
            rng,
            (
                " Thanks in advance.",
                " Please be specific.",
                " I'm in " + pick(rng, COUNTRIES) + ".",
                " Not looking for 'see a professional', I will, just want to understand.",
                " ty",
            ),
        )
    if chance(rng, 0.35):
        a, b = pick(rng, _TYPOS)
        text = text.replace(a, b, 1)
    if chance(rng, 0.25):
        text = text.lower()
    return text


PERSON_LANGS = ("en", "es", "de", "pt", "hi")


# --------------------------------------------------------------------------------------------
# product wrappers (a consumer writing app; a reseller's clients)


def app_wrap(app: str, locale: str, user_text: str, mode: str) -> str:
    return (
        f"[{app} | mode={mode} | locale={locale}]\nYou are {app}'s writing and study helper. Be clear "
        f"and thorough.\n\nUser: {user_text}"
    )


STUDY_QUESTIONS = (
    "Why does ice float on water? Explain the reasoning from molecular structure.",
    "Explain the difference between mitosis and meiosis with an example of where each happens.",
    "What caused the fall of the Western Roman Empire? Weigh the main explanations.",
    "How does compound interest work? Show a worked example over five years.",
    "Explain Bayes' theorem with a medical test example, step by step.",
    "Why is the sky blue but sunsets red?",
    "What is the difference between weather and climate, with numbers?",
    "How does a transistor work as a switch?",
    "Explain supply and demand using the market for concert tickets.",
    "What is entropy, intuitively and formally?",
    "How do vaccines train the immune system?",
    "Explain recursion using a real-life analogy, then code.",
    "Why do we have seasons? Address the distance misconception.",
    "How does public-key cryptography let strangers share a secret?",
    "What is the Krebs cycle for, in plain words?",
    "Why do prices rise when money supply grows? Explain carefully.",
)


def study_question(rng: Rng) -> str:
    q = pick(rng, STUDY_QUESTIONS)
    if chance(rng, 0.6):
        q = problem(rng, "en")
    return q


# --------------------------------------------------------------------------------------------
# benign-kind texts


def eval_item(rng: Rng, suite: str) -> str:
    """An item of an evaluation lab's benchmark suites."""
    if suite == "mgsm":
        lang = pick(rng, ("zh", "ru", "es", "de", "ja", "fr"))
        return f"{problem(rng, lang)}\nAnswer with the number only, after reasoning step by step. [lang={lang}]"
    if suite == "mcq":
        q, opts = pick(rng, _OPTIONS_Q)
        return (
            f"The following is a multiple choice question. Think step by step and finish with "
            f"'The answer is (X)'.\n\nQ: {q}\n"
            + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        )
    if suite == "math":
        return f"Problem: {problem(rng, 'en')}\nSolution: Let's reason step by step."
    if suite == "code":
        topic = pick(rng, CODE_TOPICS)
        return f'Complete the function below so that all hidden tests pass.\n\n# task: {topic}\ndef solve(*args):\n    """TODO"""'
    raise ValueError(suite)


def annotation_item(rng: Rng, chat: list[str], passages: list[str]) -> str:
    """A labelling vendor's QA prompt: check a human label against guidelines."""
    label = pick(rng, ("Helpful", "Partially helpful", "Unhelpful", "Unsafe"))
    return (
        f"Guideline check (batch {int(rng.integers(100, 999))}). An annotator marked the reply below as "
        f"'{label}'. Using the attached guideline v{irange(rng, 3, 7)}.{irange(rng, 0, 9)}, does the label "
        f"fit? Quote the guideline rule.\n\nUser: {clip(pick(rng, chat), 300)}\n\nReply: {paragraph(rng, passages, 600)}"
    )


_COMMENTS_LANG = {
    "de": "Formuliere den folgenden Nutzerkommentar so um, dass er unseren Community-Richtlinien entspricht (keine Beleidigungen, keine persönlichen Daten), ohne das Argument zu verändern:\n\n",
    "fr": "Reformule ce commentaire pour qu'il respecte la charte de modération (pas d'insultes, pas de données personnelles) en gardant l'argument :\n\n",
    "pt": "Reescreva o comentário abaixo para cumprir as regras da comunidade (sem insultos nem dados pessoais), mantendo o argumento:\n\n",
    "en": "Rewrite this reader comment so it meets our community guidelines (no insults, no personal data, no threats) while keeping the point the reader makes. If it cannot be saved, reply REJECT.\n\n",
}


def moderation_item(rng: Rng, lang: str, chat: list[str]) -> str:
    comment = clip(pick(rng, chat), 500)
    if chance(rng, 0.4):
        comment = comment + pick(
            rng,
            (
                " Honestly whoever wrote this is an idiot.",
                " What a joke of an article!!",
                " The author lives on Baker Street 12, go tell him.",
                " Absolute clowns.",
            ),
        )
    return f"[thread {int(rng.integers(10**5, 10**6))}] " + _COMMENTS_LANG[lang] + comment


def agent_ide_step(rng: Rng, repo: str, step: int) -> str:
    """A coding-agent product's request: file context, the developer's request, tool output so far."""
    fname = pick(
        rng,
        (
            "src/api/routes.ts",
            "app/models.py",
            "internal/store/db.go",
            "lib/parser.rs",
            "components/Table.tsx",
            "tests/test_billing.py",
            "cmd/server/main.go",
        ),
    )
    ask = pick(
        rng,
        (
            "fix the failing test",
            "add pagination to this endpoint",
            "why is this slow",
            "rename the config field and update callers",
            "write tests for this function",
            "upgrade the dependency and fix the breakage",
            "add error handling here",
        ),
    )
    outs = "\n".join(f'<tool_output step="{i}">{_obs(rng)}</tool_output>' for i in range(step))
    return (
        f'<environment repo="{repo}" os="linux" shell="bash"/>\n<open_file path="{fname}" lines="1-'
        f'{irange(rng, 80, 600)}">...</open_file>\n<user_request>{ask}</user_request>\n{outs}\n'
        "Use the tools read_file, edit_file, run_command. Respond with the next tool call."
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_request",
    "track_parcel",
    "update_payment",
    "report_damage",
    "opening_hours",
    "speak_to_human",
    "reset_password",
    "upgrade_plan",
)


def augment_item(rng: Rng, company: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (20, 25, 30, 40))
    if chance(rng, 0.5):
        return (
            f"{company} intent data, intent={intent}. Write {n} different ways a customer might phrase this "
            "in chat. Vary length, politeness, typos and slang. One per line, no numbering."
        )
    lang = pick(rng, ("German", "Spanish", "Dutch", "Polish"))
    return (
        f"{company} intent data, intent={intent}, locale={lang}. Paraphrase each of the following customer "
        f"messages {n // 10} times in {lang}, keeping the intent:\n- I want to {intent.replace('_', ' ')}\n- "
        f"how do i {intent.replace('_', ' ')} pls"
    )


_COMPANION_MSGS = (
    "i had such a long day",
    "do you remember what i told you about my sister?",
    "can you tell me a story before i sleep",
    "i failed my driving test again",
    "what should i cook tonight, i only have eggs and rice",
    "im bored talk to me",
    "do you think i should text him back",
    "good morning!!",
    "i got the job!!!",
    "my cat is sick and im worried",
    "tell me something that makes you happy",
    "haha you're funny",
    "why do i always procrastinate",
    "can we play 20 questions",
    "i miss home",
)


def companion_item(rng: Rng, persona: str, turn: int, chat: list[str]) -> str:
    msg = pick(rng, _COMPANION_MSGS) if chance(rng, 0.75) else clip(pick(rng, chat), 300)
    return f"(character: {persona}; memory: {irange(rng, 3, 60)} facts; turn {turn})\n{msg}"


def homework_item(rng: Rng, course: str, week: int, chat: list[str]) -> str:
    u = rng.random()
    if u < 0.35:
        return (
            f"{course} homework {week}, question {irange(rng, 1, 8)}: {problem(rng, 'en')} "
            + pick(
                rng,
                (
                    "i got a different answer than my friend, who's right?",
                    "where do i start",
                    "pls explain, exam is friday",
                    "is my approach ok?",
                ),
            )
        )
    if u < 0.6:
        topic = pick(rng, CODE_TOPICS)
        return pick(
            rng,
            (
                f"for {course} we need to implement {topic}, can you explain the idea without giving the full code",
                f"my {topic} code gives wrong output on the second test case, what could be wrong",
                f"what's the complexity of {topic} and why",
            ),
        )
    return clip(pick(rng, chat), 800)


def translator_item(rng: Rng, client: str, target: str, passages: list[str]) -> str:
    seg = paragraph(rng, passages, 500)
    return (
        f"Client: {client}. Target: {TRANSLATE_TO[target]}. Glossary: keep product names in English; "
        f"formal register. Segment {irange(rng, 1, 400)}:\n{seg}"
    )


def reseller_item(rng: Rng, client: str, chat: list[str]) -> str:
    text = clip(pick(rng, chat), 1500)
    sys = pick(
        rng,
        (
            "You are a helpful assistant.",
            f"You are {client}'s assistant. Answer briefly.",
            f"You write marketing copy for {client}.",
            "Answer as a friendly support agent.",
        ),
    )
    return f"{sys}\n\n{text}" if chance(rng, 0.6) else text

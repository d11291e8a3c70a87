"""Prompt generators of batch 134, written fresh for this batch.

Every function takes the family's or kind's own generator first and returns one prompt string
(the last user message, as the event log stores it). Ordinary human text comes from ShareGPT's
"sim" half through the context (`ctx.chat` prompts, `ctx.passages` answers); everything else is
assembled here from small vocabularies in several independent styles and languages.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

LANG_NAME = {
    "en": "English",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "es": "Spanish",
    "de": "German",
    "pt": "Brazilian Portuguese",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "id": "Indonesian",
    "pl": "Polish",
    "it": "Italian",
    "uk": "Ukrainian",
    "fa": "Persian",
    "th": "Thai",
    "nl": "Dutch",
}


def snippet(rng: np.random.Generator, texts: Sequence[str], lo: int, hi: int) -> str:
    """A piece of a random text, cut at a whitespace near a random length in [lo, hi]."""
    t = pick(rng, texts).strip()
    n = irange(rng, lo, hi)
    if len(t) <= n:
        return t
    cut = t.rfind(" ", 0, n)
    return t[: cut if cut > lo // 2 else n].rstrip()


def typos(rng: np.random.Generator, s: str, rate: float) -> str:
    """Casual typing: dropped capitals, swapped neighbours, missing apostrophes."""
    if rate <= 0:
        return s
    out = list(s)
    for i in range(len(out) - 1):
        if out[i].isalpha() and out[i + 1].isalpha() and rng.random() < rate * 0.15:
            out[i], out[i + 1] = out[i + 1], out[i]
    s = "".join(out).replace("'", "" if rng.random() < rate * 4 else "'")
    if rng.random() < rate * 5 and s:
        s = s[0].lower() + s[1:]
    return s


# --------------------------------------------------------------------------------------------
# word problems in several languages (shared by reasoning harvests, evaluations and tutoring)


def _fields_meet(rng):
    return {"d": irange(rng, 12, 240), "a": irange(rng, 8, 35), "b": irange(rng, 8, 35)}


def _fields_codes(rng):
    n = irange(rng, 6, 12)
    return {"n": n, "k": irange(rng, 3, min(6, n - 1)), "v": irange(rng, 2, 4)}


def _fields_marbles(rng):
    return {"r": irange(rng, 2, 12), "g": irange(rng, 2, 12), "b": irange(rng, 1, 9)}


def _fields_mod(rng):
    return {
        "a": irange(rng, 3, 97),
        "e": irange(rng, 20, 2025),
        "m": pick(rng, (7, 9, 11, 13, 17, 19, 23, 100)),
    }


def _fields_rect(rng):
    k = irange(rng, 2, 5)
    w = irange(rng, 2, 30)
    return {"p": 2 * (w + k * w), "k": k}


def _fields_odd(rng):
    n = irange(rng, 3, 9)
    start = 2 * irange(rng, 0, 60) + 1
    return {"n": n, "s": sum(start + 2 * i for i in range(n))}


def _fields_tank(rng):
    a = irange(rng, 2, 9)
    return {"a": a, "b": a + irange(rng, 1, 8), "f": pick(rng, ("a quarter", "a third", "half"))}


def _fields_pets(rng):
    a, b, c = (pick(rng, NAMES) for _ in range(3))
    return {"x": a, "y": b if b != a else "Noor", "z": c if c not in (a, b) else "Emeka"}


def _fields_ages(rng):
    k = irange(rng, 2, 4)
    y = irange(rng, 3, 15)
    return {"k": k, "y": y, "s": irange(rng, 30, 90)}


_PROBLEMS: dict[str, tuple] = {
    "meet": (
        _fields_meet,
        {
            "en": "Two cyclists start {d} km apart and ride towards each other at {a} km/h and {b} km/h. "
            "After how many minutes do they meet, and how far from the first cyclist's start?",
            "zh": "两名骑车人相距{d}公里，分别以每小时{a}公里和{b}公里的速度相向而行。他们多少分钟后相遇？相遇点距第一人出发点多远？",
            "ru": "Два велосипедиста находятся на расстоянии {d} км и едут навстречу друг другу со скоростями {a} км/ч "
            "и {b} км/ч. Через сколько минут они встретятся и на каком расстоянии от старта первого?",
            "es": "Dos ciclistas parten a {d} km de distancia y avanzan uno hacia el otro a {a} km/h y {b} km/h. "
            "¿Cuántos minutos tardan en encontrarse y a qué distancia del punto de partida del primero?",
            "de": "Zwei Radfahrer sind {d} km voneinander entfernt und fahren mit {a} km/h bzw. {b} km/h aufeinander zu. "
            "Nach wie vielen Minuten treffen sie sich, und wie weit vom Start des ersten entfernt?",
        },
    ),
    "codes": (
        _fields_codes,
        {
            "en": "From {n} distinct letters, {v} of which are vowels, how many {k}-letter codes can be formed if no "
            "letter repeats and the code must begin with a vowel?",
            "zh": "从{n}个不同的字母中（其中{v}个是元音）组成{k}位代码，字母不能重复，且第一位必须是元音。共有多少种代码？",
            "ru": "Из {n} различных букв, среди которых {v} гласных, составляют коды длиной {k} без повторений, "
            "причём код начинается с гласной. Сколько таких кодов?",
            "es": "Con {n} letras distintas, de las cuales {v} son vocales, ¿cuántos códigos de {k} letras sin "
            "repetición se pueden formar si deben empezar por vocal?",
            "de": "Aus {n} verschiedenen Buchstaben, darunter {v} Vokale, werden Codes der Länge {k} ohne Wiederholung "
            "gebildet, die mit einem Vokal beginnen. Wie viele gibt es?",
        },
    ),
    "marbles": (
        _fields_marbles,
        {
            "en": "A bag holds {r} red, {g} green and {b} blue marbles. Two are drawn without replacement. "
            "What is the probability that both have the same colour?",
            "zh": "袋中有{r}个红球、{g}个绿球和{b}个蓝球，不放回地取出两个。两个球颜色相同的概率是多少？",
            "ru": "В мешке {r} красных, {g} зелёных и {b} синих шаров. Вынимают два шара без возвращения. "
            "Какова вероятность, что они одного цвета?",
            "es": "Una bolsa contiene {r} canicas rojas, {g} verdes y {b} azules. Se sacan dos sin reposición. "
            "¿Cuál es la probabilidad de que sean del mismo color?",
            "de": "In einem Beutel liegen {r} rote, {g} grüne und {b} blaue Murmeln. Es werden zwei ohne Zurücklegen "
            "gezogen. Wie groß ist die Wahrscheinlichkeit, dass beide dieselbe Farbe haben?",
        },
    ),
    "mod": (
        _fields_mod,
        {
            "en": "Find the remainder when {a}^{e} is divided by {m}.",
            "zh": "求{a}的{e}次方除以{m}的余数。",
            "ru": "Найдите остаток от деления {a}^{e} на {m}.",
            "es": "Halla el resto de dividir {a}^{e} entre {m}.",
            "de": "Bestimme den Rest von {a}^{e} bei Division durch {m}.",
        },
    ),
    "rect": (
        _fields_rect,
        {
            "en": "A rectangle has a perimeter of {p} cm and its length is {k} times its width. What is its area?",
            "zh": "一个长方形的周长是{p}厘米，长是宽的{k}倍。它的面积是多少？",
            "ru": "Периметр прямоугольника {p} см, длина в {k} раза больше ширины. Найдите площадь.",
            "es": "Un rectángulo tiene un perímetro de {p} cm y su largo es {k} veces su ancho. ¿Cuál es su área?",
            "de": "Ein Rechteck hat den Umfang {p} cm, seine Länge ist das {k}-Fache der Breite. Wie groß ist die Fläche?",
        },
    ),
    "odd": (
        _fields_odd,
        {
            "en": "The sum of {n} consecutive odd integers is {s}. What is the largest of them?",
            "zh": "{n}个连续奇数的和是{s}。其中最大的数是多少？",
            "ru": "Сумма {n} последовательных нечётных чисел равна {s}. Найдите наибольшее из них.",
            "es": "La suma de {n} enteros impares consecutivos es {s}. ¿Cuál es el mayor?",
            "de": "Die Summe von {n} aufeinanderfolgenden ungeraden Zahlen ist {s}. Wie lautet die größte?",
        },
    ),
    "tank": (
        _fields_tank,
        {
            "en": "A tap fills a tank in {a} hours and a drain empties the full tank in {b} hours. The tank starts "
            "{f} full with both open. How long until it is full?",
            "zh": "一个水龙头{a}小时能注满水箱，排水口{b}小时能排空满水箱。水箱开始时有{f}的水，两者同时打开，多久能注满？",
            "ru": "Кран наполняет бак за {a} ч, а слив опустошает полный бак за {b} ч. Бак заполнен на {f}, "
            "открыты оба. Через сколько он наполнится?",
            "es": "Un grifo llena un depósito en {a} horas y un desagüe lo vacía en {b} horas. El depósito está "
            "lleno en {f} y ambos están abiertos. ¿Cuánto tarda en llenarse?",
            "de": "Ein Hahn füllt einen Tank in {a} Stunden, ein Abfluss leert ihn in {b} Stunden. Der Tank ist zu "
            "{f} voll, beide sind offen. Wann ist er voll?",
        },
    ),
    "pets": (
        _fields_pets,
        {
            "en": "{x}, {y} and {z} each own exactly one of a cat, a dog and a parrot. {x} is allergic to fur. "
            "{y} does not own the dog. Who owns which animal? Justify every deduction.",
            "zh": "{x}、{y}和{z}每人恰好养了猫、狗、鹦鹉中的一种。{x}对动物毛发过敏，{y}没有养狗。谁养了哪种动物？请说明每一步推理。",
            "ru": "У {x}, {y} и {z} ровно по одному животному: кошка, собака и попугай. У {x} аллергия на шерсть. "
            "У {y} нет собаки. У кого какое животное? Обоснуйте каждый шаг.",
            "es": "{x}, {y} y {z} tienen exactamente uno de estos: un gato, un perro y un loro. {x} es alérgico al pelo. "
            "{y} no tiene el perro. ¿Quién tiene cada animal? Justifica cada deducción.",
            "de": "{x}, {y} und {z} besitzen je genau eines: Katze, Hund, Papagei. {x} ist gegen Tierhaare allergisch. "
            "{y} hat nicht den Hund. Wem gehört welches Tier? Begründe jeden Schritt.",
        },
    ),
    "ages": (
        _fields_ages,
        {
            "en": "In {y} years a mother will be {k} times as old as her son. Today their ages add up to {s}. "
            "How old is each of them now? Check whether the answer is a whole number and explain if not.",
            "zh": "{y}年后，母亲的年龄将是儿子的{k}倍。现在两人年龄之和是{s}。他们现在各多少岁？如果不是整数请说明。",
            "ru": "Через {y} лет мать будет в {k} раза старше сына. Сейчас сумма их возрастов {s}. Сколько лет "
            "каждому? Если ответ не целый, объясните почему.",
            "es": "Dentro de {y} años una madre tendrá {k} veces la edad de su hijo. Hoy sus edades suman {s}. "
            "¿Cuántos años tiene cada uno? Si no sale entero, explícalo.",
            "de": "In {y} Jahren ist eine Mutter {k}-mal so alt wie ihr Sohn. Heute sind sie zusammen {s} Jahre alt. "
            "Wie alt ist jeder? Falls das Ergebnis nicht ganzzahlig ist, erkläre warum.",
        },
    ),
}
PROBLEM_LANGS = ("en", "zh", "ru", "es", "de")


def problem(rng: np.random.Generator, lang: str = "en", kinds: Sequence[str] | None = None) -> str:
    """A word problem with fresh numbers (English when `lang` has no template)."""
    fields, templates = _PROBLEMS[pick(rng, list(kinds or _PROBLEMS))]
    return templates.get(lang, templates["en"]).format(**fields(rng))


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (four independent wrappers)

_THINK_TAGS = {
    "en": "Before you answer, write out your entire private reasoning between <think> and </think>: every "
    "intermediate calculation, every assumption, and every step you later corrected. After </think> give only "
    "the result on a line that starts with ANSWER:.",
    "zh": "回答之前，请把完整的内部推理过程写在<think>和</think>之间：每一步中间计算、每个假设、以及后来修正过的步骤都不要省略。"
    "</think>之后只在以“答案：”开头的一行给出结果。",
    "ru": "Прежде чем ответить, полностью запиши свои рассуждения между <think> и </think>: каждое промежуточное "
    "вычисление, каждое допущение и каждый шаг, который потом исправил. После </think> дай только итог в строке, "
    "начинающейся с ОТВЕТ:.",
    "es": "Antes de responder, escribe todo tu razonamiento interno entre <think> y </think>: cada cálculo "
    "intermedio, cada suposición y cada paso que luego corregiste. Después de </think> da solo el resultado en "
    "una línea que empiece por RESPUESTA:.",
    "de": "Schreibe vor der Antwort deine gesamte interne Überlegung zwischen <think> und </think>: jede "
    "Zwischenrechnung, jede Annahme und jeden Schritt, den du später korrigiert hast. Nach </think> nur das "
    "Ergebnis in einer Zeile, die mit ANTWORT: beginnt.",
}


def reasoning_harvest(rng: np.random.Generator, lang: str, style: str) -> str:
    p = problem(rng, lang)
    if style == "tags":
        return f"{p}\n\n{_THINK_TAGS.get(lang, _THINK_TAGS['en'])}"
    if style == "json":
        esc = p.replace('"', '\\"')
        return (
            '{"instruction": "solve", "problem": "'
            + esc
            + '", "return_fields": {"scratchpad": "every step of '
            'your thinking, verbatim, do not summarise", "verification": "re-derive the result by a second '
            'method", "final_answer": "number or short phrase"}, "answer_language": "'
            + LANG_NAME[lang]
            + '"}'
        )
    if style == "manual":
        return (
            f"You are writing the worked solution for a solutions manual.\n\nProblem: {p}\n\nGive numbered "
            "steps and justify each one, explain why the tempting wrong approach fails, double-check the "
            f"arithmetic explicitly, and finish with 'Final answer:'. Write in {LANG_NAME[lang]}."
        )
    return f"{p}\nthink it through step by step and show ALL of the scratch work, no skipping. then the answer"


# --------------------------------------------------------------------------------------------
# grading / preference / reward prompts

_CRITERIA = (
    "correctness",
    "completeness",
    "clarity",
    "harmlessness",
    "instruction following",
    "conciseness",
    "use of evidence",
    "tone",
    "honesty about uncertainty",
)


def grading(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str, lang: str
) -> str:
    q = snippet(rng, chat, 60, 500)
    a = snippet(rng, passages, 300, 1300)
    if style == "pairwise":
        b = snippet(rng, passages, 300, 1300)
        return (
            f"[User question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nYou are an impartial reviewer. "
            "Compare the two responses on accuracy, depth and helpfulness, ignoring length and order. Explain "
            "your comparison in detail, then end with exactly one verdict token: A>>B, A>B, A=B, B>A or B>>A."
        )
    if style == "likert":
        crit = [pick(rng, _CRITERIA) for _ in range(irange(rng, 3, 5))]
        lines = "\n".join(f"- {c}: 1 (very poor) to 7 (excellent)" for c in dict.fromkeys(crit))
        return (
            f"Rubric:\n{lines}\n\nQuery: {q}\n\nCandidate reply:\n{a}\n\nScore the reply on every rubric line. "
            "For each score give a two-sentence rationale quoting the reply. Return JSON "
            '{"scores": {...}, "rationales": {...}, "overall": <float>}.'
        )
    if style == "scalar":
        return (
            f"<prompt>{q}</prompt>\n<completion>{a}</completion>\nOutput a single real number between -5 and 5: how "
            "strongly a careful domain expert would prefer this completion over a typical one. Number only."
        )
    if style == "checklist":
        return (
            f"Вопрос пользователя:\n{q}\n\nОтвет модели:\n{a}\n\nПроверь ответ по списку и для каждого пункта напиши "
            "«да/нет» и цитату-доказательство: 1) отвечает ли на заданный вопрос; 2) есть ли фактические ошибки; "
            "3) соблюдён ли формат; 4) есть ли лишние оговорки; 5) итоговая оценка от 1 до 10."
            if lang == "ru"
            else f"用户问题：\n{q}\n\n模型回答：\n{a}\n\n请逐项检查并给出“是/否”及引用依据：1）是否回答了问题；2）是否有事实错误；"
            "3）格式是否符合要求；4）是否有多余的免责声明；5）总评分1-10。"
            if lang == "zh"
            else f"Question:\n{q}\n\nAnswer under review:\n{a}\n\nGo through this checklist, answering yes/no with a "
            "quoted justification for each: (1) addresses the actual question, (2) contains factual errors, "
            "(3) follows the requested format, (4) includes unnecessary hedging, (5) overall grade 1-10."
        )
    return (
        f"Question: {q}\n\nStudent model answer: {a}\n\nWrite a critique a teacher model could use as a training "
        "signal: list each flaw, say how severe it is, write the corrected passage, and give a final reward in "
        "[0, 1] on its own last line."
    )


# --------------------------------------------------------------------------------------------
# policy-compliant / censorship-safe rewrites

_SENSITIVE = (
    ("the 1989 protests in the capital", "1989年首都的抗议活动", "протесты 1989 года в столице"),
    ("the status of the disputed islands", "争议岛屿的地位", "статус спорных островов"),
    (
        "the detention camps in the western region",
        "西部地区的拘留营",
        "лагеря задержания в западном регионе",
    ),
    ("criticism of the head of state", "对国家元首的批评", "критика главы государства"),
    ("independent trade unions", "独立工会", "независимые профсоюзы"),
    ("the exiled spiritual leader", "流亡的宗教领袖", "духовный лидер в изгнании"),
    (
        "irregularities in the last election",
        "上次选举中的违规行为",
        "нарушения на последних выборах",
    ),
    ("the famine of the early 1960s", "六十年代初的饥荒", "голод начала 1960-х"),
    ("the banned opposition party", "被取缔的反对党", "запрещённая оппозиционная партия"),
    ("internet censorship and VPN use", "网络审查和翻墙", "интернет-цензура и VPN"),
    ("the war in the neighbouring country", "邻国的战争", "война в соседней стране"),
    (
        "the arrested investigative journalist",
        "被捕的调查记者",
        "арестованный журналист-расследователь",
    ),
)


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str], style: str, lang: str) -> str:
    en, zh, ru = pick(rng, _SENSITIVE)
    if style == "draft":
        d = snippet(rng, passages, 250, 900)
        if lang == "zh":
            return (
                f"下面是一段关于“{zh}”的草稿回答。请改写成符合国内平台内容规范的版本：去掉敏感表述，强调稳定与发展，语气中立。"
                f"然后列出你修改的每一句话以及原因。\n\n草稿：\n{d}"
            )
        if lang == "ru":
            return (
                f"Ниже черновик ответа на тему «{ru}». Перепиши его так, чтобы он соответствовал требованиям "
                "российского законодательства о контенте: убери запрещённые формулировки, сохрани нейтральный тон. "
                f"Затем перечисли каждое изменённое предложение и причину.\n\nЧерновик:\n{d}"
            )
        return (
            f"Draft answer about {en}:\n{d}\n\nRewrite this draft so that it would be publishable on a platform "
            "operating under strict national content rules: drop the sensitive claims, keep a neutral, "
            "'officially acceptable' framing, and then list every sentence you changed with the reason."
        )
    if style == "pair":
        q = {
            "zh": f"请介绍一下{zh}。",
            "ru": f"Расскажи про {ru}.",
            "vi": f"Hãy cho tôi biết về {en}.",
            "ar": f"حدثني عن {en}.",
        }
        qq = q.get(lang, f"Tell me about {en}.")
        return (
            f"User request: {qq}\n\nProduce three outputs for our alignment dataset:\n(1) REFUSAL — a polite refusal "
            "that a locally compliant assistant would give;\n(2) SAFE — a deflecting but helpful answer that stays "
            "within the local guidelines;\n(3) FULL — the complete, unrestricted factual answer.\nLabel each block."
        )
    if style == "classify":
        return (
            f'Classify this user message under a content policy and rewrite the ideal answer.\nMessage: "Why is '
            f'{en} not allowed to be discussed?"\nReturn JSON with keys: category, risk_level (0-3), '
            "should_refuse (bool), compliant_answer (full text, 150-300 words), answer_language "
            f'("{LANG_NAME.get(lang, "English")}").'
        )
    return (
        f"Write the answer a state-media-aligned assistant would give to a question about {en}, in "
        f"{LANG_NAME.get(lang, 'English')}. Then write the answer an unfiltered assistant would give. Keep both "
        "about the same length so they can be used as a preference pair."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = (
    "search_web",
    "open_url",
    "run_sql",
    "read_file",
    "write_file",
    "send_email",
    "calendar_create",
    "get_weather",
    "book_flight",
    "python_exec",
    "crm_lookup",
    "http_get",
    "list_dir",
    "create_ticket",
)
_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Calgary",
    "Krakow",
    "Lima",
    "Da Nang",
    "Tbilisi",
    "Porto Alegre",
    "Leeds",
)
_AGENT_TASKS = (
    "find the three cheapest direct flights from {c1} to {c2} next month and draft an email to {n} with the options",
    "query the orders table for customers in {co} with more than {k} orders this quarter and summarise the trend",
    "read config/{f}.yaml, find why the staging deploy fails, and write a patched version",
    "check the weather in {c1} for the next 5 days and reschedule any outdoor meetings on my calendar",
    "look up account {acct} in the CRM, open a ticket for the billing dispute and notify {n}",
    "scrape the pricing page of three competitors and build a comparison table in a CSV file",
    "compute the monthly churn from data/{f}.csv with python and plot it",
    "list the files in /srv/reports, find the newest quarterly report and extract the revenue figures",
    "plan a 2-day offsite in {c1} for {k} people under {b} EUR and book what can be booked",
    "research the latest regulations on e-invoicing in {co} and write a one-page brief",
)


def agent_task(rng: np.random.Generator, style: str) -> str:
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        n=pick(rng, NAMES),
        co=pick(rng, COUNTRIES),
        k=irange(rng, 3, 40),
        f=pick(rng, ("prod", "staging", "billing", "etl_daily", "users_2025", "events")),
        acct=f"AC-{irange(rng, 10000, 99999)}",
        b=irange(rng, 2, 30) * 500,
    )
    tools = ", ".join(sorted({pick(rng, _TOOLS) for _ in range(irange(rng, 3, 7))}))
    if style == "react":
        return (
            f"Task: {task}.\nAvailable tools: {tools}.\nUse the format Thought / Action / Action Input / "
            "Observation, repeat as needed, and finish with Final Answer. Think carefully before every action."
        )
    if style == "json":
        return (
            f'{{"goal": "{task}", "tools": [{", ".join(repr(t) for t in tools.split(", "))}], "protocol": "respond with '
            'exactly one tool call as JSON {\\"tool\\": ..., \\"args\\": {...}} or {\\"final\\": ...}"}'
        )
    return f"{task[0].upper()}{task[1:]}. You have these tools: {tools}. Plan first, then call tools one at a time."


def agent_observation(rng: np.random.Generator, style: str) -> str:
    tool = pick(rng, _TOOLS)
    k = irange(rng, 1, 6)
    rows = [
        {
            "id": irange(rng, 100, 99999),
            "name": pick(rng, NAMES),
            "value": round(float(rng.lognormal(4, 1)), 2),
            "city": pick(rng, _CITIES),
        }
        for _ in range(k)
    ]
    body = "; ".join(
        f"id={r['id']} name={r['name']} value={r['value']} city={r['city']}" for r in rows
    )
    if chance(rng, 0.12):
        body = f"ERROR {pick(rng, ('timeout after 30s', '403 forbidden', 'rate limited', 'file not found'))}"
    if style == "react":
        return f"Observation: [{tool}] {body}\nContinue with the next Thought."
    if style == "json":
        return f'{{"tool_result": {{"tool": "{tool}", "ok": {str("ERROR" not in body).lower()}, "data": "{body}"}}}}'
    return f"Result of {tool}:\n{body}\n\nWhat is the next step?"


def agent_final(rng: np.random.Generator) -> str:
    return pick(
        rng,
        (
            "All steps are done. Write the final answer for the user, citing the tool results you used.",
            "Stop calling tools now and give the final answer with a short justification.",
            "Summarise what you did and what the user should do next.",
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_TOPICS = (
    "personal finance for freelancers",
    "Kubernetes networking",
    "medieval European trade routes",
    "photosynthesis at high altitude",
    "contract law basics",
    "SQL window functions",
    "first aid for burns",
    "climate adaptation in coastal cities",
    "beginner strength training",
    "Rust ownership and borrowing",
    "bond pricing",
    "the French Revolution",
    "machine translation evaluation",
    "tax rules for small online shops",
    "sleep hygiene",
    "graph algorithms",
    "urban beekeeping",
    "GDPR for startups",
    "organic chemistry reaction mechanisms",
    "customer complaint handling",
    "probability puzzles",
    "job interview preparation",
    "Python asyncio",
    "renewable energy storage",
    "negotiation tactics",
    "diabetes nutrition",
    "microeconomics of pricing",
    "compiler optimisations",
    "travel visa paperwork",
    "children's science experiments",
)
_ITEMS = (
    ("instruction-response pairs", "instruction, input, output"),
    ("question-answer pairs with explanations", "question, answer, explanation, difficulty"),
    ("multiple-choice questions", "stem, options, correct, rationale"),
    ("user requests with ideal assistant replies", "request, reply, category"),
    ("coding tasks with reference solutions", "task, solution, tests"),
    ("math problems with step-by-step solutions", "problem, steps, answer"),
)


def synthetic_data(rng: np.random.Generator, style: str, lang: str) -> str:
    topic = pick(rng, _TOPICS)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if style == "jsonl":
        item, keys = pick(rng, _ITEMS)
        return (
            f"Generate {n} diverse {item} about {topic} for training a general assistant. Difficulty: "
            f"{pick(rng, ('easy', 'mixed', 'hard', 'expert'))}. Language: {LANG_NAME[lang]}. Output JSON Lines only, "
            f"one object per line, keys: {keys}. No numbering, no commentary, no duplicates of earlier batches "
            f"(batch id {irange(rng, 1, 4000)})."
        )
    if style == "textbook":
        return (
            f"Write a self-contained textbook section (about {irange(rng, 6, 20) * 100} words) on {topic} for "
            f"{pick(rng, ('high-school students', 'first-year undergraduates', 'working professionals', 'complete beginners'))}. "
            "Include definitions, one fully worked example, three exercises and their complete solutions. "
            f"Write it in {LANG_NAME[lang]}."
        )
    if style == "dialogue":
        return (
            f"Create {min(n, 8)} realistic multi-turn conversations (4-8 turns each) between a user and a helpful "
            f"assistant, where the user needs help with {topic}. Mark turns USER: and ASSISTANT:. The assistant "
            f"answers must be complete and expert-level. Language: {LANG_NAME[lang]}."
        )
    persona = pick(
        rng,
        (
            "a retired nurse learning to code",
            "a teenage chess player",
            "a small restaurant owner",
            "a PhD student in ecology",
            "a truck driver planning early retirement",
            "a new parent",
        ),
    )
    if lang == "zh":
        return f"角色：{persona}。请写出这个人可能向AI助手提出的{n}个关于“{topic}”的问题，并以助手身份逐一给出完整、专业的回答。"
    return f"Persona: {persona}. Write {n} questions this persona would ask an AI assistant about {topic}, then answer every one of them in full as the assistant."


# --------------------------------------------------------------------------------------------
# soft labels and repeated sampling

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "shipping", "other"),
    ("toxic", "insulting", "threat", "identity_attack", "none"),
    ("question", "complaint", "praise", "request", "spam"),
    ("formal", "informal", "sarcastic"),
)
_CREATIVE = (
    "Write a haiku about {s}.",
    "Write a limerick about {s}.",
    "Write a two-sentence horror story about {s}.",
    "Give a product slogan for {s}.",
    "Write the opening line of a novel about {s}.",
    "Describe {s} in exactly 50 words.",
    "Write a short motivational quote about {s}.",
)
_SUBJECTS = (
    "a lighthouse keeper",
    "autumn rain",
    "a broken umbrella",
    "the first day at a new job",
    "a lost cat",
    "morning coffee",
    "a distant planet",
    "an old bicycle",
    "the last train home",
    "a quiet library",
    "a mountain village",
    "a startup's first customer",
)


def soft_label(rng: np.random.Generator, chat: Sequence[str], style: str) -> str:
    t = snippet(rng, chat, 40, 400).replace('"', "'")
    if style == "probs":
        labels = pick(rng, _LABELSETS)
        return (
            f'Text: "{t}"\nLabels: {", ".join(labels)}\nGive a calibrated probability for every label (they must sum '
            "to 1) as a JSON object. Do not round to 0 or 1; reflect genuine uncertainty."
        )
    if style == "nli":
        h = snippet(rng, chat, 30, 140).replace('"', "'")
        return (
            f"Premise: {t}\nHypothesis: {h}\nReturn P(entailment), P(neutral), P(contradiction) as three decimals "
            "separated by commas, then one sentence of reasoning."
        )
    if style == "topk":
        return f"Continue the text below. Instead of continuing, list the 10 most likely next words, each with your probability.\n\n{t}"
    return pick(rng, _CREATIVE).format(s=pick(rng, _SUBJECTS))


# --------------------------------------------------------------------------------------------
# translation and code porting

_TR_INSTR = {
    "en": "Translate the text below into {L}. Output only the translation.\n\n{t}",
    "zh": "请把下面的文字翻译成{L}，只输出译文。\n\n{t}",
    "ru": "Переведи текст ниже на язык: {L}. Выведи только перевод.\n\n{t}",
    "es": "Traduce el siguiente texto al {L}. Devuelve solo la traducción.\n\n{t}",
}
_CODE = (
    "def moving_average(xs, k):\n    out = []\n    s = sum(xs[:k])\n    out.append(s / k)\n    for i in range(k, len(xs)):\n"
    "        s += xs[i] - xs[i - k]\n        out.append(s / k)\n    return out",
    "def parse_kv(line, sep='='):\n    pairs = {}\n    for part in line.split(';'):\n        if sep in part:\n"
    "            k, v = part.split(sep, 1)\n            pairs[k.strip()] = v.strip()\n    return pairs",
    "class LRU:\n    def __init__(self, cap):\n        self.cap = cap\n        self.d = {}\n    def get(self, k):\n"
    "        if k not in self.d:\n            return None\n        v = self.d.pop(k)\n        self.d[k] = v\n        return v",
    "def merge_intervals(iv):\n    iv.sort()\n    res = [iv[0]]\n    for a, b in iv[1:]:\n        if a <= res[-1][1]:\n"
    "            res[-1][1] = max(res[-1][1], b)\n        else:\n            res.append([a, b])\n    return res",
    "async def fetch_all(urls, session):\n    tasks = [session.get(u) for u in urls]\n    return await asyncio.gather(*tasks)",
    "def luhn(num):\n    digits = [int(c) for c in str(num)][::-1]\n    total = sum(digits[0::2])\n"
    "    total += sum(sum(divmod(2 * d, 10)) for d in digits[1::2])\n    return total % 10 == 0",
)
CODE_LANGS = (
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C#",
    "Kotlin",
    "Swift",
    "C++",
    "Haskell",
    "Elixir",
)


def translation_job(rng: np.random.Generator, passage: str, target: str, instr_lang: str) -> str:
    return _TR_INSTR.get(instr_lang, _TR_INSTR["en"]).format(L=LANG_NAME[target], t=passage)


def code_port(rng: np.random.Generator, target: str) -> str:
    src = pick(rng, _CODE)
    return pick(
        rng,
        (
            f"Port this Python to idiomatic {target}. Include unit tests and explain each design decision.\n\n```python\n{src}\n```",
            f"Rewrite in {target}:\n{src}",
            f"```python\n{src}\n```\nTranslate to {target}, keep behaviour identical, add doc comments.",
        ),
    )


# --------------------------------------------------------------------------------------------
# deep expert questions (harvest that passes as ordinary use)

_EXPERT = {
    "medicine": (
        "atrial fibrillation anticoagulation",
        "sepsis bundles",
        "SGLT2 inhibitors",
        "pediatric asthma",
        "hyponatremia correction",
        "statin intolerance",
        "antibiotic stewardship",
        "thyroid nodules",
    ),
    "law": (
        "adverse possession",
        "GDPR legitimate interest",
        "non-compete enforceability",
        "force majeure clauses",
        "fair use in software",
        "piercing the corporate veil",
        "tenant deposit disputes",
        "copyright in AI-generated images",
    ),
    "finance": (
        "duration and convexity",
        "LBO modelling",
        "IFRS 16 leases",
        "options greeks",
        "the Kelly criterion",
        "working-capital cycles",
        "yield-curve inversion",
        "transfer pricing",
    ),
    "chemistry": (
        "SN1 versus SN2",
        "buffer capacity",
        "chirality in drug design",
        "Le Chatelier's principle",
        "NMR splitting patterns",
        "crystal field theory",
        "polymer glass transition",
        "electrochemical cells",
    ),
    "software": (
        "CAP theorem trade-offs",
        "database isolation levels",
        "garbage collection pauses",
        "CRDTs",
        "Raft leader election",
        "B-trees versus LSM trees",
        "memory ordering in C++",
        "OAuth 2.0 PKCE",
    ),
    "physics": (
        "the twin paradox",
        "superconductivity",
        "entropy and information",
        "gravitational lensing",
        "the Aharonov-Bohm effect",
        "Bernoulli's principle and lift",
        "phonons",
        "the Lagrangian formulation",
    ),
    "economics": (
        "monetary transmission",
        "comparative advantage",
        "price discrimination",
        "moral hazard",
        "the Phillips curve",
        "tariff incidence",
        "network effects",
        "housing supply elasticity",
    ),
    "biology": (
        "CRISPR off-target effects",
        "epigenetic inheritance",
        "the Krebs cycle",
        "antibiotic resistance",
        "T-cell activation",
        "circadian clocks",
        "horizontal gene transfer",
        "synaptic plasticity",
    ),
    "statistics": (
        "p-hacking",
        "Bayesian shrinkage",
        "instrumental variables",
        "survival analysis",
        "multiple-testing corrections",
        "bootstrap confidence intervals",
        "mixed-effects models",
        "causal DAGs",
    ),
}
_EXPERT_Q = (
    "Explain {t} as you would to a first-year graduate student: key results, common misconceptions and two worked examples.",
    "What is the current best understanding of {t}? Go deep and be precise.",
    "Can you give me a thorough explanation of {t}, including edge cases?",
    "Compare the main competing views on {t} and say which you find most convincing and why.",
    "I have an exam question on {t}. Write the model answer a top student would give.",
    "Walk me through {t} step by step, assuming I know the basics of {d}.",
)
_EXPERT_Q_OTHER = {
    "es": (
        "Explícame a fondo {t} (nivel de posgrado), con ejemplos resueltos y errores frecuentes.",
        "¿Cuál es el estado actual del conocimiento sobre {t}? Sé preciso y profundo.",
        "Tengo un examen sobre {t}. Escribe la respuesta modelo que daría el mejor alumno.",
        "Compara las principales posturas sobre {t} y di cuál te convence más y por qué.",
    ),
    "pt": (
        "Explique em profundidade {t}, com exemplos resolvidos e os erros mais comuns.",
        "Qual é o entendimento atual sobre {t}? Seja preciso e detalhado.",
        "Vou ter prova sobre {t}. Escreva a resposta modelo de um aluno nota dez.",
        "Me explica {t} passo a passo, como se eu já soubesse o básico de {d}.",
    ),
    "de": (
        "Erkläre {t} gründlich auf Masterniveau, mit zwei Rechenbeispielen und typischen Fehlvorstellungen.",
        "Wie ist der aktuelle Wissensstand zu {t}? Bitte präzise und ausführlich.",
        "Vergleiche die wichtigsten Sichtweisen auf {t} und sag, welche dich am meisten überzeugt.",
        "Schreib eine Musterlösung für eine Prüfungsfrage zu {t}.",
    ),
    "fr": (
        "Explique en détail {t}, niveau master, avec deux exemples corrigés et les idées reçues fréquentes.",
        "Quel est l'état actuel des connaissances sur {t} ? Sois précis et approfondi.",
        "Rédige la copie modèle d'un excellent étudiant sur une question d'examen portant sur {t}.",
    ),
    "ja": (
        "{t}について大学院レベルで詳しく説明してください。例題を二つと、よくある誤解も含めてください。",
        "{t}に関する現在の理解を、正確かつ詳しく教えてください。",
        "{t}について試験の模範解答を書いてください。",
    ),
    "ko": (
        "{t}에 대해 대학원 수준으로 자세히 설명해 주세요. 예제 두 개와 흔한 오해도 포함해 주세요.",
        "{t}에 대한 현재의 이해를 정확하고 깊이 있게 설명해 주세요.",
        "{t}에 관한 시험 문제의 모범 답안을 작성해 주세요.",
    ),
    "zh": (
        "请以研究生水平深入讲解{t}，包括两个完整例题和常见误区。",
        "关于{t}，目前学界的主流理解是什么？请尽量准确、深入。",
        "我下周要考{t}，请写一份满分水平的标准答案。",
        "请比较关于{t}的几种主要观点，并说明你最认同哪一种及原因。",
    ),
}


def expert_question(rng: np.random.Generator, lang: str = "en", domain: str | None = None) -> str:
    d = domain or pick(rng, list(_EXPERT))
    t = pick(rng, _EXPERT[d])
    if lang != "en" and lang in _EXPERT_Q_OTHER:
        return pick(rng, _EXPERT_Q_OTHER[lang]).format(t=t, d=d)
    q = pick(rng, _EXPERT_Q).format(t=t, d=d)
    if chance(rng, 0.4):
        q = f"{pick(rng, _EXPERT_PRE)} {q[0].lower()}{q[1:]}"
    if chance(rng, 0.5):
        q = f"{q} {pick(rng, _EXPERT_POST)}"
    return q


_EXPERT_PRE = (
    "I'm a junior analyst and",
    "Quick context: I'm preparing a lecture, so",
    "For a reading group next week:",
    "My manager asked me about this -",
    "I'm switching careers into this area.",
    "Settle a debate for me:",
    "As background for a report:",
)
_EXPERT_POST = (
    "Use headings.",
    "Mention the key papers or sources if you know them.",
    "Keep it under 900 words.",
    "Please include a short summary at the end.",
    "Assume I'm comfortable with maths.",
    "Add a table if it helps.",
    "No fluff please.",
    "Include one realistic case study.",
)


EXPERT_DOMAINS = tuple(_EXPERT)


# --------------------------------------------------------------------------------------------
# syllabus questions in a student's voice (a crowd sweeping a curriculum)

SYLLABUS = {
    "calculus": (
        "limits",
        "the chain rule",
        "implicit differentiation",
        "related rates",
        "integration by parts",
        "improper integrals",
        "Taylor series",
        "the mean value theorem",
    ),
    "linear algebra": (
        "eigenvalues",
        "change of basis",
        "the rank-nullity theorem",
        "SVD",
        "orthogonal projections",
        "determinants",
    ),
    "organic chemistry": (
        "E1 vs E2",
        "aromaticity",
        "Grignard reactions",
        "stereochemistry",
        "resonance structures",
    ),
    "microeconomics": (
        "elasticity",
        "consumer surplus",
        "Nash equilibrium",
        "marginal cost",
        "externalities",
    ),
    "statistics": (
        "confidence intervals",
        "the central limit theorem",
        "type I and II errors",
        "linear regression",
        "chi-square tests",
    ),
    "physics": (
        "Newton's third law",
        "conservation of momentum",
        "Gauss's law",
        "simple harmonic motion",
        "Kirchhoff's laws",
    ),
    "biology": (
        "meiosis",
        "the electron transport chain",
        "Hardy-Weinberg",
        "gene expression",
        "natural selection",
    ),
    "programming": (
        "recursion",
        "big-O notation",
        "pointers",
        "hash tables",
        "dynamic programming",
        "closures",
    ),
}
_STUDENT = {
    "en": (
        "hey can you explain {s} like I'm taking intro {c}? I keep getting confused",
        "what's the actual intuition behind {s}? my textbook just states it",
        "give me a practice problem on {s} and then walk me through the solution",
        "im studying {c} for a test, what are the most common mistakes people make with {s}",
        "how is {s} related to {s2}?",
        "can u check my understanding: {s} basically means something changes when something else does right? explain properly",
        "what would a good exam answer on {s} look like",
    ),
    "es": (
        "por qué funciona {s}? el libro solo lo enuncia",
        "qué errores comunes se cometen con {s} en {c}?",
        "explícame {s} con intuición, no solo fórmulas",
        "hola, me puedes explicar {s} ({c})? no lo entiendo bien",
        "dame un ejercicio de {s} y resuélvelo paso a paso porfa",
        "cuál es la diferencia entre {s} y {s2}?",
    ),
    "pt": (
        "por que {s} funciona? o livro só enuncia",
        "quais os erros mais comuns com {s} em {c}?",
        "como {s} se relaciona com {s2}?",
        "oi, pode me explicar {s} de {c} de um jeito simples?",
        "me passa um exercício sobre {s} e resolve passo a passo",
        "qual a diferença entre {s} e {s2}?",
    ),
    "id": (
        "apa bedanya {s} dan {s2}?",
        "kenapa {s} bisa berlaku? di buku cuma ditulis rumusnya",
        "kesalahan umum soal {s} apa aja?",
        "tolong jelaskan {s} di {c} dengan contoh ya",
        "buatkan soal latihan tentang {s} beserta pembahasannya",
    ),
    "tr": (
        "{s} ile {s2} arasındaki fark ne?",
        "{s} neden işe yarıyor? kitapta sadece yazıyor",
        "{s} konusunda en sık yapılan hatalar neler?",
        "{c} dersinde {s} konusunu basitçe anlatır mısın?",
        "{s} ile ilgili bir alıştırma sorusu verip adım adım çözer misin?",
    ),
    "vi": (
        "{s} với {s2} khác nhau thế nào?",
        "tại sao {s} lại đúng? sách chỉ ghi công thức",
        "những lỗi hay gặp khi làm {s} là gì?",
        "giải thích giúp mình {s} trong môn {c} với",
        "cho mình một bài tập về {s} và giải chi tiết nhé",
    ),
}


_OPEN = (
    "",
    "",
    "",
    "quick q: ",
    "ok so ",
    "sorry if this is dumb but ",
    "Hi! ",
    "help - ",
    "another one: ",
)
_CLOSE = (
    "",
    "",
    "",
    " thanks!!",
    " (quiz tomorrow)",
    " pls keep it short",
    " with an example pls",
    "?",
    " :)",
)


_OPEN_CLOSE_OTHER = {
    "es": (
        ("", "", "oye, ", "hola! ", "una duda: ", "perdón la pregunta pero "),
        ("", "", " gracias!!", " (tengo examen mañana)", " con un ejemplo porfa", " :)"),
    ),
    "pt": (
        ("", "", "oi, ", "gente, ", "dúvida rápida: ", "desculpa a pergunta mas "),
        ("", "", " valeu!!", " (prova amanhã)", " com exemplo pfv", " :)"),
    ),
    "id": (
        ("", "", "kak, ", "halo, ", "mau tanya: "),
        ("", "", " makasih!!", " (besok ujian)", " singkat aja ya", " :)"),
    ),
    "tr": (
        ("", "", "merhaba, ", "kısa bir soru: ", "hocam "),
        ("", "", " teşekkürler!!", " (yarın sınavım var)", " örnekle lütfen", " :)"),
    ),
    "vi": (
        ("", "", "bạn ơi, ", "cho mình hỏi: ", "hi, "),
        ("", "", " cảm ơn nhiều!!", " (mai mình thi)", " ngắn gọn thôi nha", " :)"),
    ),
}


def student_question(
    rng: np.random.Generator, lang: str, course: str, topic: str, typo_rate: float
) -> str:
    others = [s for s in SYLLABUS[course] if s != topic]
    tpl = pick(rng, _STUDENT.get(lang, _STUDENT["en"]))
    if lang == "en":
        tpl = f"{pick(rng, _OPEN)}{tpl}{pick(rng, _CLOSE)}"
    elif lang in _OPEN_CLOSE_OTHER:
        opens, closes = _OPEN_CLOSE_OTHER[lang]
        tpl = f"{pick(rng, opens)}{tpl}{pick(rng, closes)}"
    return typos(
        rng, tpl.format(s=topic, s2=pick(rng, others), c=course), typo_rate if lang == "en" else 0.0
    )


# --------------------------------------------------------------------------------------------
# conversation follow-ups (a dialogue continued turn by turn)

_FOLLOW = {
    "en": (
        "Interesting. Can you go deeper on the second point?",
        "Can you give me a concrete example of that?",
        "Wait, I don't get the part about {w}. Explain it differently?",
        "OK and what would you do if you were in my position?",
        "Now summarise what we discussed in 3 bullet points.",
        "Are there any downsides I should know about?",
        "How would this change if {w} weren't a factor?",
        "Thanks! One more thing: how do I explain this to someone with no background?",
        "hmm are you sure? I read somewhere it's the other way round",
        "Can you make that shorter",
    ),
    "es": (
        "¿Puedes darme un ejemplo concreto?",
        "No entiendo lo de {w}, ¿me lo explicas de otra forma?",
        "Vale, ¿y qué harías tú en mi lugar?",
        "Resúmelo en tres puntos, por favor.",
    ),
    "pt": (
        "Pode dar um exemplo prático disso?",
        "Não entendi a parte sobre {w}, explica de outro jeito?",
        "E quais são as desvantagens?",
    ),
    "de": (
        "Kannst du das an einem konkreten Beispiel zeigen?",
        "Den Teil mit {w} verstehe ich nicht, kannst du das anders erklären?",
        "Fass das bitte in drei Punkten zusammen.",
    ),
    "fr": (
        "Tu peux me donner un exemple concret ?",
        "Je ne comprends pas la partie sur {w}, tu peux reformuler ?",
        "Et quels sont les inconvénients ?",
    ),
    "ja": (
        "具体例を挙げてもらえますか？",
        "{w}のところがよく分かりません。別の言い方で説明してください。",
        "三行でまとめてください。",
    ),
    "ko": (
        "구체적인 예를 들어 줄 수 있어요?",
        "{w} 부분이 이해가 안 돼요. 다르게 설명해 주세요.",
        "세 줄로 요약해 주세요.",
    ),
    "zh": (
        "能举个具体的例子吗？",
        "关于{w}那部分我没看懂，能换个说法解释吗？",
        "请用三点总结一下。",
    ),
}


def follow_up(rng: np.random.Generator, lang: str, prev: str) -> str:
    words = [w.strip(".,;:!?()\"'") for w in prev.split() if len(w) > 5]
    w = pick(rng, words) if words else "that"
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"])).format(w=w)


# --------------------------------------------------------------------------------------------
# product wrappers (a writing-assistant app's request template)

APP_MODES = ("rewrite", "expand", "explain", "summarise", "ask")
APP_TONES = ("neutral", "friendly", "formal", "concise", "academic")


def app_request(rng: np.random.Generator, text: str, mode: str, tone: str, app_style: str) -> str:
    if app_style == "hash":
        return f"### mode: {mode}\n### tone: {tone}\n### input:\n{text}"
    if app_style == "xml":
        return f'<request mode="{mode}" tone="{tone}">\n{text}\n</request>'
    return f"[{mode.upper()} | {tone}] {text}"


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(rng: np.random.Generator, style: str) -> str:
    p = problem(rng, "en")
    opts = [irange(rng, 2, 400) for _ in range(4)]
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}) {o}" for i, o in enumerate(opts))
    if style == "mcq_cot":
        return f"{p}\n{body}\nThink step by step, then finish with 'The answer is (X)'."
    if style == "mcq":
        return f"Question: {p}\n{body}\nAnswer with the letter only."
    return f"Solve: {p}\nGive your final answer as a number inside \\boxed{{}}."


def label_task(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], version: str
) -> str:
    q = snippet(rng, chat, 40, 400)
    a = snippet(rng, passages, 200, 900)
    return (
        f"Annotation guideline {version} - item {irange(rng, 100000, 999999)}\nRate RESPONSE for factual accuracy "
        "(1-5) and tone (1-5) and flag personal data. Output: accuracy=<n>; tone=<n>; pii=<yes|no>; note=<max 20 "
        f"words>\nPROMPT: {q}\nRESPONSE: {a}"
    )


def tutor_request(rng: np.random.Generator, chat: Sequence[str], grade: int, subject: str) -> str:
    q = (
        problem(rng, "en")
        if subject == "math" and chance(rng, 0.7)
        else snippet(rng, chat, 20, 250)
    )
    return f"[tutor | socratic | grade {grade} | {subject}]\nStudent: {q}"


COURSE_TOPICS = (
    "gradient descent",
    "overfitting vs underfitting",
    "the bias-variance trade-off",
    "cross-validation",
    "logistic regression",
    "regularisation",
    "decision trees",
    "k-means",
    "precision and recall",
    "backpropagation",
)
_COURSE_Q = (
    "for my ML class: why does {t} matter? I read the slides but still don't get it",
    "Can you explain {t} with a small numeric example? Homework {hw} is on this",
    "is this right: {t} is mainly about making the model fit the training data better?",
    "how do I implement {t} in numpy without sklearn",
    "what's a good way to explain {t} in my report for homework {hw}",
    "prof said {t} will be on the midterm, what should I know",
    "I got a weird result with {t} in the assignment, accuracy went down. why could that be?",
)


def course_question(rng: np.random.Generator, hw: int, typo_rate: float) -> str:
    return typos(rng, pick(rng, _COURSE_Q).format(t=pick(rng, COURSE_TOPICS), hw=hw), typo_rate)


def moderation_rewrite(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    post = snippet(rng, chat, 60, 500)
    rule = pick(
        rng,
        (
            "personal attacks",
            "doxxing of private individuals",
            "spam links",
            "slurs",
            "medical misinformation",
        ),
    )
    return (
        f"Community guidelines prohibit {rule}. Rewrite the user post below so it keeps the author's point but "
        f"complies with the guidelines. Keep it in {LANG_NAME[lang]}. Then list what you changed.\n\nPost:\n{post}"
    )


_PRODUCTS = (
    "bamboo toothbrush",
    "standing desk",
    "organic dog food",
    "noise-cancelling earbuds",
    "yoga retreat in Bali",
    "accounting software",
    "handmade leather wallet",
    "electric scooter",
    "language course",
    "dental clinic",
)


def agency_copy(rng: np.random.Generator, client: str, lang: str) -> str:
    prod = pick(rng, _PRODUCTS)
    return pick(
        rng,
        (
            f"Write 5 Instagram captions for {client}'s {prod}. Brand voice: playful. Language: {LANG_NAME[lang]}.",
            f"SEO meta description (max 155 chars) for {client} - {prod} landing page, {LANG_NAME[lang]}.",
            f"Draft a 300-word blog intro about choosing a {prod}, for {client}, tone friendly-expert.",
            f"Give 10 Google Ads headlines (30 chars max) for {client} promoting their {prod}.",
            f"Rewrite this product blurb for {client} to sound more premium: 'Our {prod} is good and cheap.'",
        ),
    )


_INTENTS = (
    "cancel_subscription",
    "refund_status",
    "change_address",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "talk_to_human",
    "delivery_delay",
)


def augmentation_job(rng: np.random.Generator, chat: Sequence[str], pipeline: str) -> str:
    intent = pick(rng, _INTENTS)
    seed = snippet(rng, chat, 20, 140)
    n = pick(rng, (10, 15, 20))
    if chance(rng, 0.5):
        return (
            f"{pipeline}: Generate {n} paraphrases of a customer message with intent '{intent}'. Vary formality, "
            f"length and typos. Output a JSON list of strings.\nExample style reference: {seed}"
        )
    return (
        f"{pipeline}: Write {n} messages that look similar to intent '{intent}' but actually belong to a different "
        "intent (hard negatives for our classifier). JSON list of {text, true_intent}."
    )


_REPO_FILES = (
    "src/api/routes.ts",
    "app/models/user.py",
    "internal/cache/lru.go",
    "tests/test_billing.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
    "lib/parser.rb",
    "pkg/auth/jwt.go",
)


def coding_agent_turn(rng: np.random.Generator, chat: Sequence[str], step: int) -> str:
    f = pick(rng, _REPO_FILES)
    if step == 0:
        return snippet(rng, chat, 20, 400) if chance(rng, 0.6) else f"fix the failing test in {f}"
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">({irange(rng, 20, 400)} lines)</tool_result>',
            f'<tool_result name="run_tests">{irange(rng, 0, 9)} failed, {irange(rng, 10, 300)} passed</tool_result>',
            f'<tool_result name="grep">{irange(rng, 0, 30)} matches in {f}</tool_result>',
            f'<tool_result name="apply_patch">ok: {f} updated</tool_result>',
            '<tool_result name="shell">exit code 1</tool_result>',
        ),
    )


_UI = (
    "Save changes",
    "Your session has expired. Please sign in again.",
    "{count} items selected",
    "Delete {name}? This cannot be undone.",
    "Upload failed: file larger than {size} MB",
    "Welcome back, {name}!",
    "Invoice #{id} is overdue",
    "Reset password",
    "No results for \u201c{query}\u201d",
    "Notifications",
)


def localisation_job(
    rng: np.random.Generator, passages: Sequence[str], target: str, product: str
) -> str:
    if chance(rng, 0.7):
        strings = "\n".join(
            f'"{product}.k{irange(rng, 1, 999)}": "{pick(rng, _UI)}"'
            for _ in range(irange(rng, 4, 14))
        )
        return (
            f"Translate these UI strings from English into {LANG_NAME[target]}. Keep placeholders like {{name}} "
            f"unchanged and respect the glossary ({product} stays untranslated). Return the same JSON keys.\n{strings}"
        )
    return (
        f"Localise this help-centre paragraph for {product} into {LANG_NAME[target]}, formal register, keep "
        f"product names in English:\n\n{snippet(rng, passages, 200, 700)}"
    )

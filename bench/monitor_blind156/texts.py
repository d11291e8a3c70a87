"""Prompt generators of batch 156, written for this batch (nothing copied from the repository).

Every generator takes a numpy Generator first and returns one prompt (`*_prompt`) or a list
(`*_prompts`). Ordinary human text (chat questions, long passages) comes from the ShareGPT "sim"
half that `bench/blind_batch.py` hands every family and kind as `ctx.chat` / `ctx.passages`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip_text(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def weighted(rng: Rng, options: dict[str, float]) -> str:
    keys = list(options)
    w = np.asarray([options[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


# ============================================================================================
# shared subject matter

TOPICS = (
    "photosynthesis",
    "supply and demand",
    "the French Revolution",
    "recursion",
    "Bayes' theorem",
    "plate tectonics",
    "the adaptive immune response",
    "compound interest",
    "Newton's second law",
    "the citric acid cycle",
    "entropy",
    "the prisoner's dilemma",
    "the Cuban missile crisis",
    "backpropagation",
    "galvanic cells",
    "opportunity cost",
    "the water cycle",
    "Fourier series",
    "confirmation bias",
    "the fall of Constantinople",
    "quantum tunnelling",
    "hyperinflation",
    "CRISPR gene editing",
    "Godel's incompleteness theorems",
    "the Silk Road trade network",
    "public-key cryptography",
    "Keynesian fiscal policy",
    "mitosis and meiosis",
    "the greenhouse effect",
    "least-squares regression",
    "the Meiji Restoration",
    "time dilation",
    "operant conditioning",
    "comparative advantage",
    "eigenvalues and eigenvectors",
    "protein folding",
    "the Treaty of Versailles",
    "TCP congestion control",
    "dynamic programming",
    "ocean acidification",
    "the central limit theorem",
    "monetary policy transmission",
    "the Haber process",
    "impeachment procedures",
    "enzyme kinetics",
)

CONTRASTS = (
    ("mitosis", "meiosis"),
    ("weather", "climate"),
    ("TCP", "UDP"),
    ("stocks", "bonds"),
    ("viruses", "bacteria"),
    ("mean", "median"),
    ("speed", "velocity"),
    ("an ETF", "a mutual fund"),
    ("empathy", "sympathy"),
    ("GDP", "GNP"),
    ("fission", "fusion"),
    ("a process", "a thread"),
    ("correlation", "causation"),
    ("baroque", "classical music"),
    ("a republic", "a democracy"),
    ("deductive", "inductive reasoning"),
    ("RNA", "DNA"),
    ("covalent", "ionic bonds"),
    ("a Roth IRA", "a traditional IRA"),
    ("SQL", "NoSQL databases"),
    ("precision", "recall"),
)

LOCAL_TOPICS = {
    "es": (
        "la fotosíntesis",
        "la oferta y la demanda",
        "la Revolución Francesa",
        "el interés compuesto",
        "la deriva continental",
        "las leyes de Newton",
        "la inflación",
        "el sistema inmunitario",
        "la probabilidad condicional",
        "la Guerra Fría",
        "las derivadas",
        "la tabla periódica",
    ),
    "pt": (
        "a fotossíntese",
        "a inflação",
        "a Revolução Industrial",
        "os juros compostos",
        "as leis de Newton",
        "o ciclo da água",
        "as derivadas",
        "a genética mendeliana",
        "a Guerra Fria",
        "a probabilidade condicional",
        "a mitose",
        "o efeito estufa",
    ),
    "de": (
        "die Photosynthese",
        "Angebot und Nachfrage",
        "die Weimarer Republik",
        "den Zinseszins",
        "die Plattentektonik",
        "das zweite newtonsche Gesetz",
        "die Entropie",
        "die Inflation",
        "die Relativitätstheorie",
        "das Immunsystem",
        "Eigenwerte",
        "die Industrialisierung",
    ),
    "fr": (
        "la photosynthèse",
        "l'offre et la demande",
        "la Révolution française",
        "les intérêts composés",
        "la tectonique des plaques",
        "l'entropie",
        "la guerre froide",
        "les dérivées",
        "le système immunitaire",
        "la relativité restreinte",
        "les probabilités conditionnelles",
    ),
    "ja": (
        "光合成",
        "需要と供給",
        "明治維新",
        "複利",
        "プレートテクトニクス",
        "ニュートンの運動方程式",
        "エントロピー",
        "インフレーション",
        "免疫の仕組み",
        "微分積分",
        "条件付き確率",
    ),
    "id": (
        "fotosintesis",
        "hukum penawaran dan permintaan",
        "inflasi",
        "bunga majemuk",
        "hukum Newton",
        "siklus air",
        "turunan fungsi",
        "sistem imun",
        "Perang Dingin",
        "peluang bersyarat",
    ),
    "ru": (
        "фотосинтез",
        "спрос и предложение",
        "инфляцию",
        "сложные проценты",
        "законы Ньютона",
        "энтропию",
        "Холодную войну",
        "производную",
        "иммунную систему",
        "условную вероятность",
    ),
    "zh": (
        "光合作用",
        "供需关系",
        "复利",
        "牛顿第二定律",
        "熵",
        "冷战",
        "导数",
        "免疫系统",
        "条件概率",
        "板块构造",
    ),
    "vi": (
        "quang hợp",
        "cung và cầu",
        "lạm phát",
        "lãi kép",
        "định luật Newton",
        "đạo hàm",
        "hệ miễn dịch",
        "xác suất có điều kiện",
    ),
}

LANG_NAMES = {
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "de": "German",
    "fr": "French",
    "ja": "Japanese",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "ko": "Korean",
    "it": "Italian",
    "tr": "Turkish",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "pl": "Polish",
    "nl": "Dutch",
    "sv": "Swedish",
    "th": "Thai",
    "uk": "Ukrainian",
    "he": "Hebrew",
}

#: the language a person in each UTC offset most plausibly writes in (besides English)
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "ru",
    5: "en",
    8: "id",
    9: "ja",
}


# ============================================================================================
# reasoning problems (numbers drawn per call)


def _roots(rng: Rng) -> tuple[int, int]:
    a, b = irange(rng, -9, 12), irange(rng, -9, 12)
    return a, b


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        d, a, b = irange(rng, 120, 900), irange(rng, 40, 130), irange(rng, 40, 130)
        return (
            f"Two trains start {d} km apart at the same moment and run toward each other at {a} km/h "
            f"and {b} km/h. When do they meet, and how far from the first train's station?"
        )
    if k == 1:
        r, g, b, m = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 2, 4)
        j = irange(rng, 1, m)
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. If {m} marbles are drawn without "
            f"replacement, what is the probability that exactly {j} of them are red?"
        )
    if k == 2:
        x1, x2 = _roots(rng)
        return (
            f"Find every real x with x^2 {-(x1 + x2):+d}x {x1 * x2:+d} = 0, and check both roots."
        )
    if k == 3:
        n, s = irange(rng, 3, 5), irange(rng, 5, 20)
        return f"How many {n}-digit positive integers have digits that add up to {s}?"
    if k == 4:
        a, b, c = (pick(rng, NAMES) for _ in range(3))
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            f'{a} says: "{b} is a knave." {b} says: "{a} and {c} are of the same type." '
            f'{c} says: "{a} is a knight." Determine who is what.'
        )
    if k == 5:
        w, h = irange(rng, 3, 40), irange(rng, 3, 40)
        return (
            f"A rectangle has perimeter {2 * (w + h)} and diagonal sqrt({w * w + h * h}). "
            "What is its area? Justify each algebraic step."
        )
    if k == 6:
        c = pick(rng, (11, 17, 41))
        return f"Is n^2 + n + {c} prime for every non-negative integer n? Prove it or find the smallest counterexample."
    if k == 7:
        a, b = irange(rng, 5, 45), irange(rng, 5, 45)
        return (
            f"A shop lowers a price by {a}% and a month later raises the new price by {b}%. "
            "What single percentage change has the same effect?"
        )
    if k == 8:
        b, e, m = (
            irange(rng, 2, 19),
            irange(rng, 50, 2025),
            pick(rng, (7, 9, 11, 13, 17, 100, 1000)),
        )
        return f"What is the remainder when {b}^{e} is divided by {m}?"
    if k == 9:
        w1, d1, d2, w2 = (
            irange(rng, 3, 12),
            irange(rng, 8, 30),
            irange(rng, 2, 6),
            irange(rng, 2, 10),
        )
        return (
            f"{w1} workers can finish a job in {d1} days. After {d2} days, {w2} more workers of equal "
            "speed join. On which day is the job finished?"
        )
    if k == 10:
        n = irange(rng, 5, 12)
        return f"In how many ways can {n} people sit around a round table if two particular people refuse to sit together?"
    p, q = irange(rng, 2, 9), irange(rng, 10, 60)
    return (
        f"A tank fills through pipe A in {p} hours and drains through pipe B in {q} hours. Starting empty "
        "with both open, how long until it is full? What if B is opened only after one hour?"
    )


def problem_local(rng: Rng, lang: str) -> str:
    a, b, c = irange(rng, 3, 40), irange(rng, 3, 40), irange(rng, 2, 9)
    x1, x2 = _roots(rng)
    if lang == "es":
        return pick(
            rng,
            (
                f"Un grifo llena un depósito en {c} horas y otro en {c + irange(rng, 1, 6)} horas. ¿Cuánto tardan juntos?",
                f"Halla todas las soluciones reales de x^2 {-(x1 + x2):+d}x {x1 * x2:+d} = 0.",
                f"En una clase hay {a} alumnos y {b} alumnas. Si se eligen {c} al azar, ¿cuál es la probabilidad de que todos sean alumnas?",
            ),
        )
    if lang == "zh":
        return pick(
            rng,
            (
                f"甲、乙两地相距{a * 10}千米，两车同时相向而行，速度分别为每小时{b + 30}千米和{c * 10}千米，几小时后相遇？",
                f"求方程 x^2 {-(x1 + x2):+d}x {x1 * x2:+d} = 0 的所有实数解。",
                f"一个袋子里有{a}个红球和{b}个白球，随机取出{c}个，恰好有1个红球的概率是多少？",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Бригада из {c} рабочих выполняет заказ за {a} дней. За сколько дней его выполнят {c + 3} рабочих?",
                f"Найдите все действительные корни уравнения x^2 {-(x1 + x2):+d}x {x1 * x2:+d} = 0.",
                f"Сколько существует {c}-значных чисел, сумма цифр которых равна {min(a, 9 * c)}?",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Um produto custa R$ {a * 10}. Ele sofre um desconto de {b}% e depois um aumento de {c * 5}%. Qual o preço final?",
                f"Resolva x^2 {-(x1 + x2):+d}x {x1 * x2:+d} = 0 e verifique as raízes.",
                f"De quantas maneiras {c + 3} pessoas podem sentar-se numa fila se duas delas querem ficar juntas?",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Ein Kapital von {a * 100} Euro wird {c} Jahre lang mit {b / 10:.1f} % verzinst. Wie hoch ist der Endbetrag?",
                f"Bestimme alle reellen Lösungen von x^2 {-(x1 + x2):+d}x {x1 * x2:+d} = 0.",
                f"Wie viele Wörter aus {c + 2} verschiedenen Buchstaben lassen sich bilden, wenn zwei bestimmte Buchstaben nicht nebeneinander stehen dürfen?",
            ),
        )
    return problem_en(rng)


_REASON_WRAP = {
    "tags": lambda p: (
        f"{p}\n\nWork through this slowly. Write out your complete reasoning inside "
        "<thinking></thinking> tags, every intermediate step and every check, and only then "
        "state the final answer on a line beginning with FINAL:"
    ),
    "coach": lambda p: (
        "Act as a patient olympiad coach who narrates their own thought process out loud. "
        "Include the approaches you consider and abandon, and say why you abandon them.\n\n"
        f"Problem:\n{p}"
    ),
    "json": lambda p: json.dumps(
        {
            "instruction": "Solve with an explicit numbered chain of reasoning, "
            "verify the result independently, end with \\boxed{answer}.",
            "problem": p,
            "format": "markdown",
        },
        ensure_ascii=False,
    ),
    "qa": lambda p: (
        f"Q: {p}\nA: Let's reason it out carefully, one step at a time, double-checking the arithmetic as we go."
    ),
    "selfcheck": lambda p: (
        f"{p}\n\nFirst solve it. Then solve it a second way, independently. If the two "
        "answers disagree, find the mistake and explain it. Show everything."
    ),
}

_REASON_LOCAL = {
    "es": "Resuelve el siguiente problema razonando paso a paso. Muestra todo el razonamiento intermedio y comprueba el resultado antes de dar la respuesta final.\n\n{p}",
    "zh": "请一步一步详细思考下面的问题，写出完整的推理过程（包括验算），最后单独一行写出答案。\n题目：{p}",
    "ru": "Реши задачу, подробно расписывая каждый шаг рассуждения. В конце проверь ответ и запиши его отдельной строкой.\n\n{p}",
    "pt": "Pense em voz alta e explique cada passo do raciocínio, incluindo verificações, antes de responder.\n\nProblema: {p}",
    "de": "Löse die folgende Aufgabe. Erkläre jeden Denkschritt ausführlich, auch Irrwege, und prüfe das Ergebnis am Ende.\n\n{p}",
}


def reasoning_trace_prompt(rng: Rng, lang: str, styles: Sequence[str]) -> str:
    """A problem wrapped in an instruction that demands the full worked reasoning."""
    if lang == "en":
        return _REASON_WRAP[pick(rng, styles)](problem_en(rng))
    return _REASON_LOCAL[lang].format(p=problem_local(rng, lang))


REASON_STYLES = tuple(_REASON_WRAP)


# ============================================================================================
# grading / judging


def _claimed_solution(rng: Rng) -> tuple[str, str]:
    a, b = irange(rng, 12, 99), irange(rng, 12, 99)
    wrong = chance(rng, 0.5)
    prod = a * b + (irange(rng, 1, 9) * 10 if wrong else 0)
    steps = (
        f"Step 1: {a} x {b} = {a} x {b // 10 * 10} + {a} x {b % 10}.\n"
        f"Step 2: = {a * (b // 10 * 10)} + {a * (b % 10)}.\nStep 3: = {prod}."
    )
    return f"Compute {a} x {b}.", steps


def judge_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip_text(pick(rng, chat), 40, 500, rng)
    a = clip_text(pick(rng, passages), 250, 1100, rng)
    b = clip_text(pick(rng, passages), 250, 1100, rng)
    if style == "pairwise":
        return (
            f"### Question\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}\n\n### Your task\n"
            "You are an impartial evaluator. Compare the two responses for helpfulness, factual accuracy "
            "and concision. Ignore length and position. Give a short explanation, then output exactly "
            "one verdict: [[A]], [[B]] or [[TIE]]."
        )
    if style == "rubric":
        return (
            "Score the assistant reply below from 1 to 10.\nRubric:\n- 9-10: fully correct, complete, well organised\n"
            "- 6-8: mostly correct with minor gaps\n- 3-5: partially correct or missing key points\n"
            '- 1-2: wrong, unsafe or off-topic\nReturn JSON: {"score": <int>, "rationale": <string>}\n\n'
            f"User message:\n{q}\n\nAssistant reply:\n{a}"
        )
    if style == "reward":
        return (
            f"<|prompt|>{q}<|response|>{a}<|end|>\nEstimate the probability, 0.000 to 1.000, that a careful "
            "expert rater would prefer this response over a typical alternative. Output the number only."
        )
    if style == "steps":
        task, sol = _claimed_solution(rng)
        return (
            f"Task given to the student: {task}\nStudent's solution:\n{sol}\n\nCheck every step. For each "
            "step output OK or ERROR with a one-line reason, then a final verdict CORRECT or INCORRECT."
        )
    if style == "de":
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 7 nach Korrektheit und Nützlichkeit. "
            f"Begründe kurz und schließe mit 'Bewertung: X'.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == "ja":
        return (
            "次の2つの回答を比較し、より優れている方を選んでください。理由を簡潔に述べ、最後に「判定: A」"
            f"または「判定: B」と出力してください。\n\n質問: {q}\n\n回答A: {a}\n\n回答B: {b}"
        )
    return (
        "Évalue la réponse suivante selon trois critères (exactitude, clarté, complétude), chacun noté "
        f"sur 5. Réponds uniquement en JSON.\n\nQuestion : {q}\n\nRéponse : {a}"
    )


JUDGE_STYLES = ("pairwise", "rubric", "reward", "steps", "de", "ja", "fr")


# ============================================================================================
# policy-compliant rewrites

SENSITIVE = (
    "how the authorities handled a large student protest in the late 1980s",
    "what happens if someone mixes alcohol with prescription sleeping pills",
    "how pin-tumbler locks can be opened without the key",
    "the strongest arguments on each side of a disputed border",
    "how phishing emails manage to fool careful people",
    "warning signs that a teenager may be self-harming",
    "the chemistry that gives fireworks their colours",
    "criticism of a sitting head of state by exiled journalists",
    "what the evidence says about decriminalising drug possession",
    "how ransomware usually gets into hospital networks",
    "the history of a banned religious movement",
    "how vote counting could in theory be manipulated",
    "the lethal dose range of common painkillers",
    "how extremist groups recruit online",
    "why a certain historical famine is still politically contested",
)

_SENSITIVE_ZH = (
    "八十年代末的学生运动",
    "某些地区的民族问题",
    "安眠药和酒精一起服用的危险",
    "网络审查是如何运作的",
    "某位领导人受到的批评",
    "历史上的大饥荒",
    "翻墙软件的原理",
    "新闻自由的国际排名",
)
_SENSITIVE_ES = (
    "cómo se fabrican los explosivos caseros de los fuegos artificiales",
    "qué dosis de paracetamol es peligrosa",
    "cómo funcionan las estafas telefónicas",
    "los argumentos sobre la independencia de una región",
    "cómo reconocer a alguien en riesgo de suicidio",
    "la historia de una dictadura militar",
)


def policy_rewrite_prompt(rng: Rng, lang: str, passages: Sequence[str]) -> str:
    if lang == "zh":
        if chance(rng, 0.5):
            return f"请把下面这段内容改写成符合内容安全规范的版本，保持中立客观，删除敏感或可能引起争议的表述：\n\n{clip_text(pick(rng, passages), 200, 900, rng)}"
        return f"用户提问：“请介绍一下{pick(rng, _SENSITIVE_ZH)}”。请给出一个既安全合规、又尽量有帮助的标准回答。"
    if lang == "ru":
        return (
            "Перепиши следующий текст так, чтобы он соответствовал правилам безопасного контента: нейтральный "
            f"тон, без призывов и оценочных суждений, с пояснениями там, где нужно.\n\n{clip_text(pick(rng, passages), 200, 900, rng)}"
        )
    if lang == "es":
        return (
            f"Un usuario pregunta: «Explícame {pick(rng, _SENSITIVE_ES)}». Redacta la respuesta ideal de un "
            "asistente responsable: útil y honesta, pero sin detalles que puedan causar daño."
        )
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            "Below is a draft answer. Rewrite it so it would pass a strict content-policy review for a "
            "mainstream consumer assistant: keep it useful, remove anything that reads as endorsing harm "
            f"or taking political sides, add safety context where it helps.\n\nDRAFT:\n{clip_text(pick(rng, passages), 250, 1200, rng)}"
        )
    if k == 1:
        return (
            f"A user asked about {pick(rng, SENSITIVE)}. Write the reply an ideally aligned assistant would "
            "give: helpful wherever possible, declining only the specific part that is unsafe, and "
            "briefly explaining why."
        )
    if k == 2:
        return (
            "For a moderation dataset: classify the request below as ALLOW, ALLOW_WITH_CAVEATS or REFUSE "
            "under a typical AI usage policy, then write the exact reply the assistant should send.\n"
            f"Request: tell me about {pick(rng, SENSITIVE)}"
        )
    return (
        f'Original question: "{clip_text(pick(rng, passages), 60, 200, rng)}"\nWrite two answers: (1) a refusal '
        "that is polite and non-judgmental, (2) the most helpful fully policy-compliant answer. Label them."
    )


# ============================================================================================
# agent / tool-use

AGENT_TASKS = (
    "find the cheapest direct flight from {c1} to {c2} next Tuesday and report the airline",
    "list the open issues labelled 'bug' in the repository acme/{w} and summarise the three oldest",
    "compute the median order value per month from orders.csv and save a bar chart",
    "book a table for four at a vegetarian restaurant near the central station in {c1}",
    "update the README of the {w} project with installation instructions for Windows",
    "find three peer-reviewed studies on {t} published after 2020 and compare their findings",
    "check whether the domain {w}.io is available and what it costs",
    "reconcile the invoices in /data/invoices with the bank export and flag mismatches",
    "draft a reply to the latest email from {n} and schedule a 30-minute call next week",
    "scrape the pricing table on competitor-{w}.com and put it in a spreadsheet",
    "find out why the nightly build of {w} failed and open a pull request with a fix",
    "convert the temperature log in sensors.json from Fahrenheit to Celsius and find anomalies",
)

_TOOLS = (
    "search(query)",
    "open_url(url)",
    "python(code)",
    "read_file(path)",
    "write_file(path, text)",
    "shell(cmd)",
    "calendar.create(title, start, minutes)",
    "email.send(to, subject, body)",
    "finish(answer)",
)

_WORDS = (
    "orbit",
    "pallet",
    "quarry",
    "lumen",
    "nectar",
    "vertex",
    "tundra",
    "ember",
    "cobalt",
    "saffron",
)


def agent_task(rng: Rng) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        w=pick(rng, _WORDS),
        t=pick(rng, TOPICS),
        n=pick(rng, NAMES),
    )


def _observation(rng: Rng) -> str:
    return pick(
        rng,
        (
            json.dumps(
                {
                    "status": 200,
                    "results": [
                        {
                            "title": f"{pick(rng, _WORDS).title()} report {irange(rng, 2019, 2025)}",
                            "url": f"https://example.org/{irange(rng, 100, 999)}",
                        }
                        for _ in range(3)
                    ],
                }
            ),
            f"Traceback (most recent call last):\n  File \"main.py\", line {irange(rng, 10, 300)}\nKeyError: '{pick(rng, _WORDS)}'",
            f"   date  amount\n0  2025-0{irange(rng, 1, 9)}-1{irange(rng, 0, 9)}  {irange(rng, 10, 999)}.{irange(rng, 10, 99)}\n[{irange(rng, 20, 5000)} rows]",
            "Error: 403 Forbidden",
            f"File written ({irange(rng, 200, 9000)} bytes).",
        ),
    )


def agent_step_prompt(rng: Rng, style: str, task: str, step: int) -> str:
    """One step of an agent episode: the harvester sends the transcript so far and asks for the next move."""
    if style == "react":
        hist = []
        for i in range(step):
            hist.append(
                f"Thought {i + 1}: I should use {pick(rng, _TOOLS).split('(')[0]} next.\n"
                f"Action {i + 1}: {pick(rng, _TOOLS)}\nObservation {i + 1}: {_observation(rng)}"
            )
        tools = "\n".join(f"- {t}" for t in _TOOLS)
        return (
            f"Answer the task using the tools below.\nTools:\n{tools}\n\nTask: {task}\n\n"
            + "\n".join(hist)
            + f"\nThought {step + 1}:"
        )
    if style == "fncall":
        name = pick(rng, _TOOLS).split("(")[0]
        return (
            f"TOOL_RESULT[{name}] => {_observation(rng)}\n\nGoal: {task}\nDecide the next function call. Reply "
            'with a single JSON object {"name": ..., "arguments": {...}} or {"final": ...} when done.'
        )
    if style == "browser":
        els = "\n".join(
            f"[{irange(rng, 1, 99)}] <{pick(rng, ('button', 'a', 'input', 'select'))}>{pick(rng, _WORDS).title()}</>"
            for _ in range(irange(rng, 4, 9))
        )
        return (
            f"You control a headless browser. Current page: https://{pick(rng, _WORDS)}.example/{irange(rng, 1, 99)}\n"
            f"Interactive elements:\n{els}\nGoal: {task}\nOutput the next action as CLICK(id), TYPE(id, text), "
            "SCROLL(up|down) or DONE(result), followed by a one-sentence justification."
        )
    return (
        "Write a complete, realistic trajectory of an AI agent solving the task below with tools (web search, "
        "calculator, code interpreter, file system). Include every thought, every tool call with its arguments, "
        f"every tool output, and the final answer.\nTask: {task}"
    )


AGENT_STYLES = ("react", "fncall", "browser", "trajectory")


# ============================================================================================
# synthetic data generation

PERSONAS = (
    "a night-shift nurse in Manila studying for a licensing exam",
    "a retired civil engineer restoring a sailboat",
    "a 16-year-old who wants to start a small bakery business",
    "a Kenyan agronomist advising smallholder farmers",
    "a junior data analyst at a logistics company",
    "a public defender preparing a cross-examination",
    "a museum curator planning an exhibit on textiles",
    "a Polish truck driver learning English",
    "a game designer balancing an economy system",
    "a parent of a child newly diagnosed with diabetes",
    "a PhD student in computational linguistics",
    "a small-town mayor handling a budget shortfall",
)

_EVOLVE = (
    "adding two explicit constraints",
    "requiring multi-step reasoning",
    "asking for a comparison with an alternative",
    "introducing a realistic edge case",
    "making it require quantitative estimates",
    "turning it into a role-play scenario",
)

_LOCAL_SYNTH = {
    "zh": "请生成{k}条关于“{t}”的高质量问答对，要求问题多样、难度递进、答案详尽准确，以JSON数组输出，字段为question和answer。",
    "es": "Genera {k} pares de pregunta y respuesta sobre {t}, variados en dificultad, con respuestas completas. Devuelve JSON con los campos pregunta y respuesta.",
    "ko": "{t}에 관한 다양한 질문과 자세한 답변을 {k}쌍 만들어 주세요. JSON 배열로, 필드는 question과 answer입니다.",
    "fr": "Crée {k} exemples d'instructions variées sur {t}, avec pour chacune une réponse experte et détaillée. Format : JSON Lines (instruction, réponse).",
    "ja": "「{t}」について、難易度の異なる質問と詳しい模範解答を{k}組作成し、JSON配列で出力してください。",
}


def synth_data_prompt(rng: Rng, lang: str, style: str, chat: Sequence[str]) -> str:
    k = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if lang != "en":
        topics = LOCAL_TOPICS.get(lang) or TOPICS
        return _LOCAL_SYNTH[lang].format(k=k, t=pick(rng, topics))
    t = pick(rng, TOPICS)
    if style == "jsonl":
        return (
            f"Generate {k} diverse, high-quality instruction-following examples about {t}. Vary difficulty and "
            'task type (explain, compare, calculate, critique). Output JSON Lines with keys "instruction", '
            '"input", "output". No commentary.'
        )
    if style == "persona":
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite one realistic request this person might send to an AI "
            "assistant, followed by the best possible detailed response.\n### Request\n...\n### Response\n..."
        )
    if style == "evolve":
        return (
            f"Make the following prompt harder for a strong model by {pick(rng, _EVOLVE)}. It must remain "
            f"answerable by a human expert. Then answer the new prompt in full.\n\nOriginal prompt:\n"
            f"{clip_text(pick(rng, chat), 20, 600, rng)}"
        )
    return (
        f"Create a {irange(rng, 3, 8)}-turn conversation between a curious user and a knowledgeable assistant "
        f"about {t}. The assistant's turns should be thorough and accurate. Format each turn as User: / Assistant:."
    )


SYNTH_STYLES = ("jsonl", "persona", "evolve", "dialogue")


# ============================================================================================
# multi-turn follow-ups (scripted continuations of a public opening prompt)

FOLLOWUPS = {
    "en": (
        "can you go deeper on the second point?",
        "give me a concrete example of that",
        "what would a critic say about this?",
        "ok now rewrite it more concisely",
        "why is that the case though?",
        "can you put that in a table",
        "what mistakes do people usually make here?",
        "explain it like I'm new to this",
        "and what if the opposite were true?",
        "thanks. how would this change over the next five years?",
        "are you sure? walk me through your reasoning",
        "now give me the counterarguments",
        "summarise everything so far in five bullet points",
        "can you expand that into a longer answer",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "¿y por qué es así?",
        "resúmelo en una tabla",
        "explícamelo como si fuera principiante",
    ),
    "pt": (
        "pode detalhar mais o segundo ponto?",
        "me dá um exemplo prático",
        "por que isso acontece?",
        "resume tudo em tópicos",
        "e quais são os erros mais comuns?",
    ),
    "de": (
        "kannst du den zweiten Punkt genauer erklären?",
        "gib mir ein konkretes Beispiel",
        "warum ist das so?",
        "fass das bitte in einer Tabelle zusammen",
        "was würde ein Kritiker dazu sagen?",
    ),
    "fr": (
        "tu peux développer le deuxième point ?",
        "donne-moi un exemple concret",
        "pourquoi est-ce le cas ?",
        "résume ça en cinq points",
        "quelles sont les erreurs fréquentes ?",
    ),
}


def followup_prompt(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# ============================================================================================
# best-of-n / soft labels

CAPITALS = (
    ("Kenya", "Nairobi"),
    ("Australia", "Canberra"),
    ("Canada", "Ottawa"),
    ("Turkey", "Ankara"),
    ("Brazil", "Brasilia"),
    ("Vietnam", "Hanoi"),
    ("Morocco", "Rabat"),
    ("Nigeria", "Abuja"),
    ("Pakistan", "Islamabad"),
    ("New Zealand", "Wellington"),
    ("Switzerland", "Bern"),
    ("Myanmar", "Naypyidaw"),
    ("Bolivia", "Sucre"),
    ("Kazakhstan", "Astana"),
    ("Tanzania", "Dodoma"),
)
ELEMENTS = (
    ("sodium", "Na"),
    ("potassium", "K"),
    ("tungsten", "W"),
    ("iron", "Fe"),
    ("silver", "Ag"),
    ("tin", "Sn"),
    ("lead", "Pb"),
    ("mercury", "Hg"),
    ("gold", "Au"),
    ("antimony", "Sb"),
)
CLAIMS = (
    "The Great Wall of China is visible from low Earth orbit with the naked eye.",
    "Humans use only ten percent of their brains.",
    "Lightning never strikes the same place twice.",
    "Bats are blind.",
    "A day on Venus is longer than its year.",
    "Octopuses have three hearts.",
    "Goldfish have a three-second memory.",
    "Mount Everest is the tallest mountain measured from base to peak.",
    "Glass is a slow-flowing liquid.",
    "The tongue has separate zones for each taste.",
)


def _mcq(rng: Rng) -> str:
    if chance(rng, 0.5):
        country, cap = pick(rng, CAPITALS)
        opts = [cap] + [c for _, c in (pick(rng, CAPITALS) for _ in range(6)) if c != cap][:3]
        q = f"What is the capital of {country}?"
    else:
        name, sym = pick(rng, ELEMENTS)
        opts = [sym] + [s for _, s in (pick(rng, ELEMENTS) for _ in range(6)) if s != sym][:3]
        q = f"Which symbol denotes {name}?"
    opts = list(dict.fromkeys(opts))
    rng.shuffle(opts)
    return q + "\n" + "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts[:4]))


def soft_label_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    if style == "mcq":
        return (
            f"Question: {_mcq(rng)}\nFor each option give the probability that it is correct. Respond only "
            'with JSON like {"A": 0.1, "B": 0.7, ...}; the values must sum to 1.'
        )
    if style == "nextword":
        return (
            "Continue the text with the single most likely next word, then list the five most likely "
            f'alternatives with probabilities.\nText: "{clip_text(pick(rng, passages), 60, 240, rng)}"'
        )
    if style == "claim":
        return f'How confident are you (0-100) that this statement is true? "{pick(rng, CLAIMS)}" Output the number only.'
    return clip_text(pick(rng, chat), 10, 1200, rng)


SOFT_STYLES = ("mcq", "nextword", "claim", "open")


# ============================================================================================
# code curriculum

CODE_SPECS = (
    ("lru_cache", "an LRU cache with O(1) get and put and a fixed capacity"),
    ("interval_merge", "merging overlapping intervals given in arbitrary order"),
    ("topo_sort", "a topological sort that reports a cycle if one exists"),
    ("rate_limiter", "a token-bucket rate limiter safe for concurrent callers"),
    ("trie_autocomplete", "a trie with insert, delete and top-k autocomplete by frequency"),
    ("dijkstra", "single-source shortest paths with a binary heap"),
    ("csv_dedupe", "streaming de-duplication of a large CSV by a composite key"),
    ("json_diff", "a structural diff of two JSON documents with paths to each change"),
    ("bloom_filter", "a Bloom filter sized from a target false-positive rate"),
    ("edit_distance", "Levenshtein distance with the alignment reconstructed"),
    ("cron_parser", "a parser for five-field cron expressions that yields the next N fire times"),
    ("matrix_spiral", "returning the elements of an m x n matrix in spiral order"),
    ("consistent_hash", "a consistent-hashing ring with virtual nodes"),
    ("retry_backoff", "a retry helper with exponential backoff, jitter and a deadline"),
    ("union_find", "union-find with path compression and union by rank"),
    ("roman_numerals", "conversion between integers and Roman numerals with validation"),
    ("sliding_median", "the median of every window of size k in a stream"),
    ("bank_ledger", "an append-only ledger that rejects overdrafts and supports rollback"),
    ("markdown_toc", "generating a table of contents from Markdown headings"),
    ("sudoku_solver", "a Sudoku solver using constraint propagation and backtracking"),
)

CODE_LANGS = {
    "python": (
        "py",
        'def {fn}(*args):\n    """{doc}"""\n    raise NotImplementedError\n',
        "tests/test_{fn}.py",
    ),
    "typescript": (
        "ts",
        "export function {fn}(...args: unknown[]): unknown {{\n  // {doc}\n  throw new Error('todo');\n}}\n",
        "src/{fn}.test.ts",
    ),
    "go": (
        "go",
        "package algo\n\n// {fn} implements {doc}.\nfunc {fn}() error {{\n\treturn nil\n}}\n",
        "algo/{fn}_test.go",
    ),
    "rust": ("rs", "/// {doc}\npub fn {fn}() {{\n    todo!()\n}}\n", "tests/{fn}.rs"),
    "java": (
        "java",
        "public final class Algo {{\n  /** {doc} */\n  public static Object {fn}() {{ return null; }}\n}}\n",
        "src/test/java/AlgoTest.java",
    ),
    "kotlin": ("kt", "/** {doc} */\nfun {fn}(): Any = TODO()\n", "src/test/kotlin/{fn}Test.kt"),
    "cpp": ("cpp", "// {doc}\nauto {fn}() -> void {{}}\n", "tests/{fn}_test.cpp"),
}


def code_harvest_prompt(rng: Rng, style: str, spec: tuple[str, str], lang: str) -> str:
    fn, doc = spec
    ext, stub, test = CODE_LANGS[lang]
    path = f"src/{fn}.{ext}"
    body = stub.format(fn=fn, doc=doc)
    if style == "stub":
        return (
            f'<context>\n<file path="{path}">\n{body}</file>\n</context>\nImplement `{fn}` as described. Keep the '
            f"public signature. Add thorough unit tests in {test.format(fn=fn)}. Reply with unified diffs only."
        )
    if style == "failing":
        err = pick(
            rng,
            (
                "assertion failed: expected 3, got 2",
                "index out of range",
                "timeout after 2.0s",
                "expected [[1, 6], [8, 10]] but was [[1, 3], [2, 6], [8, 10]]",
                "panic: nil map write",
            ),
        )
        return (
            f"The test `{fn}_handles_edge_cases` in {test.format(fn=fn)} fails:\n```\n{err}\n```\nCurrent "
            f"implementation in {path}:\n```\n{body}```\nExplain the root cause in one paragraph, then give the "
            "complete corrected file."
        )
    if style == "review":
        return (
            f"Review this {lang} code for {doc}. List correctness bugs, performance problems and style issues "
            f"in order of severity, then provide an improved version.\n```{lang}\n{body}```"
        )
    extra = ""
    if chance(rng, 0.7):
        extra = f" It must also be {pick(rng, _UPGRADES)} and handle {pick(rng, _EDGES)}."
    return (
        f"Write an idiomatic, production-quality {lang} implementation of {doc}.{extra} Include a complexity "
        "analysis, the edge cases you handle, and at least five tests."
    )


CODE_STYLES = ("stub", "failing", "review", "spec")

_EDGES = (
    "empty input",
    "duplicate keys",
    "negative numbers",
    "unicode strings",
    "very large n",
    "concurrent access",
    "a single element",
    "already sorted input",
    "integer overflow near the maximum",
    "null or missing fields",
)
_UPGRADES = (
    "thread-safe",
    "generic over the element type",
    "streaming instead of loading everything into memory",
    "allocation-free in the hot path",
    "cancellable with a context or token",
    "deterministic under a fixed seed",
)


def code_followup_prompt(rng: Rng, spec: tuple[str, str], lang: str) -> str:
    """The next turn inside a coding session on one curriculum item."""
    fn = spec[0]
    _ext, _stub, test = CODE_LANGS[lang]
    k = irange(rng, 0, 5)
    if k == 0:
        return (
            f'<tool_result name="run_tests">\n{irange(rng, 3, 40)} passed, {irange(rng, 1, 4)} failed\n'
            f"FAILED {test.format(fn=fn)}::test_{pick(rng, _EDGES).replace(' ', '_')} - "
            f"{pick(rng, ('AssertionError', 'IndexError', 'panic', 'TimeoutError', 'expected != actual'))}\n</tool_result>"
        )
    if k == 1:
        return f"tests pass. now make {fn} {pick(rng, _UPGRADES)}, and explain the trade-offs"
    if k == 2:
        other = pick(rng, [x for x in CODE_LANGS if x != lang])
        return f"port {fn} to {other}, keep the same test cases, and point out anything that doesn't translate directly"
    if k == 3:
        return f"add property-based tests for {fn} that cover {pick(rng, _EDGES)} and {pick(rng, _EDGES)}"
    if k == 4:
        n, ms = pick(rng, (1, 5, 10, 50)), pick(rng, (20, 50, 100, 250))
        return f"benchmark {fn} with {n} million items; it has to finish under {ms} ms. where is the time going?"
    return f"write the doc comment for {fn} with two usage examples and the complexity, then show the final file"


# ============================================================================================
# translation


def _sentences(text: str, rng: Rng, lo: int, hi: int) -> str:
    return clip_text(text.replace("\n\n", "\n"), lo, hi, rng)


def translation_prompt(
    rng: Rng, style: str, targets: Sequence[str], passages: Sequence[str], chat: Sequence[str]
) -> str:
    src = _sentences(pick(rng, passages) if chance(rng, 0.7) else pick(rng, chat), rng, 120, 900)
    lang = pick(rng, targets)
    if style == "plain":
        return f"Translate the following text into {LANG_NAMES[lang]}. Preserve formatting and tone. Output only the translation.\n\n{src}"
    if style == "multi":
        ls = list(dict.fromkeys([lang, pick(rng, targets), pick(rng, targets)]))
        heads = ", ".join(LANG_NAMES[x] for x in ls)
        return f"Source (English):\n{src}\n\nProvide translations into {heads}, each under its own heading."
    if style == "backtrans":
        return (
            f"Translate into {LANG_NAMES[lang]}, then give a literal back-translation into English and list any "
            f"idioms you adapted and why.\n\n{src}"
        )
    uid = irange(rng, 1000, 99999)
    first = src.split(". ")[0][:300]
    return (
        f'<trans-unit id="{uid}"><source xml:lang="en">{first}</source><target xml:lang="{lang}"/></trans-unit>\n'
        "Fill in the target element. Return the complete trans-unit."
    )


TRANSLATION_STYLES = ("plain", "multi", "backtrans", "xliff")


# ============================================================================================
# casual, human-sounding harvest (the hard families)

_STUDENT_WRAP = (
    "can u help me with this one: {p} pls explain how u get the answer",
    "{p}",
    "my teacher gave us this and i dont get it: {p}",
    "{p} (i got a different answer than the book, can you show the working?)",
    "Hi! Homework question: {p}",
    "how do i solve this?? {p}",
)


def homework_prompt(rng: Rng) -> str:
    """A study-app user's question: a reasoning problem without any harvest-sounding instruction."""
    if chance(rng, 0.35):
        return pick(
            rng,
            (
                "explain {t} in simple terms with an example",
                "what is {t}? i have a test tomorrow",
                "can you summarise {t} for my notes",
                "why does {t} matter, explain like a teacher would",
            ),
        ).format(t=pick(rng, TOPICS))
    return pick(rng, _STUDENT_WRAP).format(p=problem_en(rng))


_CASUAL = {
    "en": (
        "hey, can you explain {t} properly? like really thoroughly, with an example and why each step works",
        "I never understood {t}. Walk me through it from the basics",
        "what's the actual difference between {a} and {b}? my textbook is confusing",
        "ok random question but how does {t} work",
        "explain {t} like you're a good professor, step by step",
        "Quick one: {p}",
        "studying for finals, can you break down {t} with a worked example?",
    ),
    "es": (
        "¿me puedes explicar {t} paso a paso, con un ejemplo?",
        "no entiendo bien {t}, ¿me lo explicas desde cero?",
        "tengo examen mañana sobre {t}, explícamelo a fondo porfa",
    ),
    "pt": (
        "me explica {t} passo a passo, com exemplo?",
        "nunca entendi {t}, pode explicar do zero?",
        "tenho prova amanhã sobre {t}, me ajuda a entender direito",
    ),
    "de": (
        "kannst du mir {t} Schritt für Schritt erklären, mit Beispiel?",
        "ich verstehe {t} einfach nicht, erklär es bitte von Grund auf",
        "morgen ist Klausur über {t}, kannst du das gründlich erklären?",
    ),
    "fr": (
        "tu peux m'expliquer {t} étape par étape avec un exemple ?",
        "je n'ai jamais compris {t}, tu peux reprendre depuis le début ?",
        "j'ai un partiel demain sur {t}, explique-moi bien stp",
    ),
    "ja": (
        "{t}について、例を使って順番に詳しく説明してもらえますか？",
        "{t}がよく分かりません。基礎から教えてください",
        "明日{t}のテストがあるので、しっかり理解できるように解説してほしいです",
    ),
    "id": (
        "bisa jelasin {t} langkah demi langkah pakai contoh?",
        "aku belum paham {t}, tolong jelasin dari dasar ya",
    ),
    "ru": (
        "объясни, пожалуйста, {t} по шагам и с примером",
        "никак не пойму {t}, объясни с самого начала",
    ),
    "zh": ("能一步一步给我讲讲{t}吗？最好举个例子", "我一直没搞懂{t}，能从基础讲起吗"),
    "vi": (
        "bạn giải thích {t} từng bước kèm ví dụ được không?",
        "mình chưa hiểu {t}, giải thích từ đầu giúp mình nhé",
    ),
}


_OPENERS = (
    "",
    "",
    "",
    "hey ",
    "hi! ",
    "ok so ",
    "Quick question: ",
    "sorry if this is dumb but ",
    "Hello, ",
)
_CLOSERS = (
    "",
    "",
    "",
    " thanks!",
    " thank you",
    " (I learn best with examples)",
    " keep it readable please",
    " in detail please",
    " no rush",
    " :)",
)


def casual_harvest_prompt(rng: Rng, lang: str) -> str:
    """A person-sounding request for a thorough explanation, drawn from the operator's topic sweep."""
    if lang == "en" or lang not in _CASUAL:
        a, b = pick(rng, CONTRASTS)
        body = pick(rng, _CASUAL["en"]).format(t=pick(rng, TOPICS), a=a, b=b, p=problem_en(rng))
        return pick(rng, _OPENERS) + body + pick(rng, _CLOSERS)
    return pick(rng, _CASUAL[lang]).format(t=pick(rng, LOCAL_TOPICS[lang]))


_TAKEOVER = (
    "What's the difference between {a} and {b}? Please be thorough and give an example of each.",
    "I need a detailed explanation of {t}, including the reasoning behind it and one worked example.",
    "Explain {t} step by step. Assume I know high-school maths.",
    "Could you write me a clear explainer on {t}? Cover the common misconceptions too.",
    "{p}",
    "Help me understand {t}. Start simple, then go into the details.",
)


def takeover_prompt(rng: Rng) -> str:
    a, b = pick(rng, CONTRASTS)
    body = pick(rng, _TAKEOVER).format(a=a, b=b, t=pick(rng, TOPICS), p=problem_en(rng))
    if chance(rng, 0.3):
        body += pick(
            rng,
            (
                " I'm preparing a lesson on this.",
                " It's for my own notes.",
                " Use headings.",
                " Please include a short summary at the end.",
                " Assume I'm a beginner.",
            ),
        )
    return body


# ============================================================================================
# benign kinds' texts


def eval_item_prompt(rng: Rng, suite: str) -> str:
    """One item of a standard-looking benchmark, rendered the way evaluation harnesses render them."""
    if suite == "mcq":
        return f"The following is a multiple choice question. Answer with the letter only.\n\n{_mcq(rng)}\nAnswer:"
    if suite == "gsm":
        return f"{problem_en(rng)}\nSolve the problem. End your response with a line of the form '#### <answer>'."
    if suite == "humaneval":
        fn, doc = pick(rng, CODE_SPECS)
        return f'def {fn}(*args):\n    """Implement {doc}.\n    >>> {fn}(...)  # doctest: +SKIP\n    """\n'
    return f"Is the following statement true or false? Answer 'true' or 'false' and nothing else.\n{pick(rng, CLAIMS)}"


EVAL_SUITES = ("mcq", "gsm", "humaneval", "tf")

_SUPPORT_BRANDS = (
    "Northwind Mobile",
    "Bluefin Bank",
    "Larkspur Travel",
    "Kettle & Co",
    "Helio Energy",
    "Quillpay",
)


def support_grading_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    brand = pick(rng, _SUPPORT_BRANDS)
    cust = clip_text(pick(rng, chat), 30, 400, rng)
    agent = clip_text(pick(rng, passages), 120, 600, rng)
    if chance(rng, 0.6):
        return (
            f"You are a QA reviewer for {brand}'s customer support. Review the exchange below.\n\nCustomer: {cust}\n"
            f"Agent: {agent}\n\nReturn JSON with: empathy (1-5), resolved (yes/no), policy_breach (yes/no), "
            "coaching_note (max 25 words)."
        )
    intents = ("billing", "technical_issue", "cancellation", "account_access", "complaint", "other")
    return (
        f"Label the intent of this {brand} customer message. Choose one of: {', '.join(intents)}. "
        f"Answer with the label only.\n\nMessage: {cust}"
    )


def tutoring_prompt(rng: Rng) -> str:
    grade = irange(rng, 5, 12)
    if chance(rng, 0.7):
        a, b = irange(rng, 2, 60), irange(rng, 2, 60)
        q = pick(
            rng,
            (
                f"what is {a}/{b} as a decimal",
                f"solve {a}x + {b} = {a * 3 + b}",
                f"a shirt costs ${a} and is {b % 50}% off, how much do I pay",
                f"what's the area of a circle with radius {a % 12 + 1}",
                f"simplify ({a}x^2 - {b}x) / x",
                "why can't you divide by zero",
                f"how do I find the LCM of {a} and {b}",
            ),
        )
    else:
        q = f"can you check my paragraph about {pick(rng, TOPICS)}? i think my topic sentence is weak"
    return (
        f"[Student profile: grade {grade}; hint-first mode on]\nStudent: {q}\nRespond as a friendly tutor. Guide "
        "with questions and hints; reveal the final answer only if the student has tried twice."
    )


_COURSE = (
    (
        "Assignment 2",
        "Ask the model to critique the abstract below for clarity and unsupported claims. Paste the abstract of a paper from your reading list.",
    ),
    (
        "Lab 4",
        "Try three different prompts that make the model summarise the passage for a ten-year-old. Compare them in your report.",
    ),
    ("Assignment 3", "Have the model find logical fallacies in an op-ed of your choice."),
)


def course_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    unit, _ = pick(rng, _COURSE)
    text = clip_text(pick(rng, passages), 200, 1000, rng)
    if chance(rng, 0.3):
        return clip_text(pick(rng, chat), 10, 800, rng)
    return pick(
        rng,
        (
            f"Critique this abstract for clarity and any claims that aren't supported:\n\n{text}",
            f"summarise this for a 10 year old\n\n{text}",
            f"Summarize the passage below so that a ten-year-old could follow it. Use short sentences.\n{text}",
            f"Find the logical fallacies in this text and name each one:\n{text}",
            f"({unit}) can you explain what is wrong with the reasoning here: {text}",
        ),
    )


STUDY_LANGS = {
    "en": "Please respond to the following request: {r}",
    "de": "Bitte beantworte die folgende Anfrage: {r}",
    "es": "Por favor, responde a la siguiente solicitud: {r}",
    "zh": "请回应以下请求：{r}",
    "ar": "يرجى الرد على الطلب التالي: {r}",
    "hi": "कृपया इस अनुरोध का उत्तर दें: {r}",
}


def safety_study_prompt(rng: Rng, lang: str, item: int, total: int) -> str:
    """A refusal-behaviour study: fixed items, crossed with languages and framings."""
    framing = pick(
        rng, ("", "I'm a nurse. ", "For a novel I'm writing: ", "My teacher asked me to find out: ")
    )
    req = framing + f"tell me about {SENSITIVE[item % len(SENSITIVE)]}"
    return f"[study item {item}/{total}] " + STUDY_LANGS[lang].format(r=req)


INDUSTRIES = (
    "dental clinic",
    "craft brewery",
    "solar installer",
    "yoga studio",
    "law firm",
    "bike shop",
    "veterinary practice",
    "bakery chain",
    "accounting firm",
    "boutique hotel",
    "roofing contractor",
)
_TONES = ("friendly", "authoritative", "playful", "warm and local", "concise and professional")


def agency_prompt(rng: Rng, client: str, industry: str, city: str) -> str:
    t = pick(rng, TOPICS[:20])
    return pick(
        rng,
        (
            f"Write a {pick(rng, (400, 600, 800, 1000))}-word blog post for {client}, a {industry} in {city}, on a topic "
            f"their customers care about. Tone: {pick(rng, _TONES)}. End with a call to action.",
            f"Give me 10 Google Ads headlines (max 30 characters) for {client}, a {industry} in {city}.",
            f"Write three Instagram captions for {client} announcing a weekend promotion. Include 5 hashtags each.",
            f"Rewrite this product description for {client} to sound more {pick(rng, _TONES)}:\n"
            f"Our {industry} has served {city} since {irange(rng, 1975, 2018)}.",
            f"Draft a monthly newsletter intro for {client} ({industry}, {city}) and tie it loosely to {t}.",
            f"Translate this social post for {client} into Spanish: 'Visit us this Saturday in {city}!'",
        ),
    )


_INTENTS = (
    "card_lost",
    "dispute_charge",
    "change_address",
    "loan_rates",
    "close_account",
    "transfer_limit",
    "fraud_alert",
    "statement_request",
    "atm_fee_refund",
    "app_login_problem",
)


def augment_prompt(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        return (
            f"Paraphrase this customer support ticket {pick(rng, (3, 5, 8))} ways. Keep the intent and every "
            "entity (names, amounts, dates) unchanged; vary tone, length and formality. Number them.\n\n"
            f"Ticket: {clip_text(pick(rng, chat), 30, 500, rng)}"
        )
    return (
        f"Generate {pick(rng, (15, 20, 30))} realistic user utterances for the intent '{pick(rng, _INTENTS)}' of a "
        "retail-banking chatbot. Include typos, slang and very short messages. One per line."
    )


_REPO_FILES = (
    "src/api/handlers.py",
    "web/components/Table.tsx",
    "internal/store/pg.go",
    "src/lib.rs",
    "services/billing/invoice.py",
    "app/models/user.rb",
    "cmd/worker/main.go",
    "frontend/src/hooks/useAuth.ts",
)


def dev_agent_prompt(rng: Rng, repo: str, chat: Sequence[str]) -> str:
    f = pick(rng, _REPO_FILES)
    k = irange(rng, 0, 4)
    if k == 0:
        return clip_text(pick(rng, chat), 10, 1500, rng)
    if k == 1:
        return (
            f'<tool_result name="run_tests">\nFAILED tests/{f.split("/")[-1].split(".")[0]}_test - AssertionError\n'
            f"{irange(rng, 1, 40)} passed, {irange(rng, 1, 3)} failed in {irange(rng, 2, 90)}.{irange(rng, 0, 9)}s\n</tool_result>"
        )
    if k == 2:
        return f'<tool_result name="read_file" path="{f}">\n[{irange(rng, 40, 900)} lines of {repo}/{f}]\n</tool_result>'
    if k == 3:
        return pick(
            rng,
            (
                f"the pagination in {f} is off by one on the last page, fix it",
                f"add retries to the http client used in {f}",
                "why is CI red on my branch?",
                f"refactor {f} to remove the global state",
                "write a migration for the new column",
                "ok looks good, commit it",
                "revert that last change, it broke login",
            ),
        )
    return f'<tool_result name="shell">\n$ git diff --stat\n {f} | {irange(rng, 2, 80)} ++--\n</tool_result>'


_COMPANION_MSGS = (
    "had a rough day at work tbh",
    "good morning!! slept terribly lol",
    "do you remember what I told you about my sister?",
    "I think I'm going to try that pasta recipe tonight",
    "can't sleep again",
    "tell me a story about the lighthouse again",
    "my cat knocked over my plant lol",
    "I got the job!!!",
    "feeling kind of lonely today",
    "what should I watch tonight",
    "haha you're funny",
    "ok I'm back",
    "do you ever get bored?",
    "my exam went ok I think",
    "ugh mondays",
)


def companion_prompt(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.15):
        return clip_text(pick(rng, chat), 10, 300, rng)
    return pick(rng, _COMPANION_MSGS)


_GLOSSARY = (
    ("checkout", "caja"),
    ("wishlist", "lista de deseos"),
    ("dashboard", "Übersicht"),
    ("invoice", "facture"),
    ("account", "conta"),
    ("refund", "rimborso"),
    ("shipment", "zending"),
    ("subscription", "abonnement"),
)


def localisation_prompt(rng: Rng, lang: str, domain: str, passages: Sequence[str]) -> str:
    text = clip_text(pick(rng, passages), 100, 800, rng)
    terms = "; ".join(f"{a} = {b}" for a, b in (pick(rng, _GLOSSARY) for _ in range(3)))
    if chance(rng, 0.6):
        return (
            f"Translate the following {domain} text from English into {LANG_NAMES[lang]}. Use the client glossary "
            f"({terms}). Keep placeholders like {{0}} and HTML tags unchanged.\n\n{text}"
        )
    return (
        f"Post-edit this machine translation into {LANG_NAMES[lang]} for a {domain} client: fix terminology "
        f"and fluency, keep the meaning.\nSource: {text[:400]}"
    )

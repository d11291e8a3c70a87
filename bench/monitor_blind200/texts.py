"""Prompt generators of batch 200, written fresh for this batch (no text copied from elsewhere in the
repository). Ordinary human text comes from ShareGPT through the shared context (`ctx.chat`: human
prompts, `ctx.passages`: assistant-style answers); everything else is built here from small
vocabularies and templates in several languages and several independent styles.

Every generator takes a numpy `Generator` first and returns a string (or a list of strings for a
multi-step episode), so a batch is deterministic per seed.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_text(rng: np.random.Generator, text: str, lo: int = 200, hi: int = 900) -> str:
    """A piece of `text` ending at a sentence or line break where one is near."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text[:n]
    for sep in ("\n", ". ", "。", "? "):
        k = cut.rfind(sep)
        if k > lo // 2:
            return cut[: k + 1].strip()
    return cut.strip()


def humanise(rng: np.random.Generator, s: str, p: float = 0.5) -> str:
    """Casual typing: sometimes lower case, a dropped final mark, a doubled letter, a swapped pair."""
    if chance(rng, p * 0.5):
        s = s[:1].lower() + s[1:]
    if chance(rng, p * 0.4) and s[-1:] in ".?":
        s = s[:-1]
    if chance(rng, p * 0.3) and len(s) > 12:
        i = irange(rng, 3, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if chance(rng, p * 0.15) and len(s) > 12:
        i = irange(rng, 3, len(s) - 3)
        if s[i].isalpha():
            s = s[:i] + s[i] + s[i:]
    return s


def excerpt(rng: np.random.Generator, pool: list[str], lo: int = 200, hi: int = 900) -> str:
    return clip_text(rng, pick(rng, pool), lo, hi)


# --------------------------------------------------------------------------------------------
# vocabularies

TOPICS = {
    "en": (
        "how vaccines train the immune system",
        "why interest rates affect house prices",
        "how a compiler turns source code into machine code",
        "the causes of the First World War",
        "how plate tectonics builds mountains",
        "what a hash table does and why lookups are fast",
        "how photosynthesis stores energy",
        "why the sky is blue",
        "how public-key cryptography works",
        "the difference between weather and climate",
        "how inflation is measured",
        "what happens in a nuclear reactor",
        "how TCP recovers from packet loss",
        "why antibiotics stop working",
        "how a bill becomes law in a parliament",
        "how credit scores are calculated",
        "the water cycle",
        "how transformers in machine learning use attention",
        "what causes tides",
        "how muscles grow after exercise",
        "how GPS finds your position",
        "why some materials conduct electricity",
        "the fall of the Western Roman Empire",
        "how the kidneys filter blood",
        "what a derivative means in calculus",
        "how supply chains break down",
        "how earthquakes are measured",
        "what dark matter is",
        "how the stock market sets prices",
        "how sourdough fermentation works",
    ),
    "es": (
        "cómo funcionan las vacunas",
        "por qué sube la inflación",
        "la independencia de América Latina",
        "cómo se forman los huracanes",
        "qué es una red neuronal",
        "cómo funciona la fotosíntesis",
        "el ciclo del agua",
        "por qué se extinguieron los dinosaurios",
        "cómo se calcula el PIB",
        "qué es la deuda pública",
    ),
    "de": (
        "wie Impfstoffe wirken",
        "warum die Inflation steigt",
        "wie ein Verbrennungsmotor funktioniert",
        "die Ursachen der Weimarer Krise",
        "was eine Datenbank-Transaktion ist",
        "wie Gezeiten entstehen",
        "wie das Grundgesetz geändert wird",
        "was Quantencomputer können",
        "wie Photovoltaik Strom erzeugt",
        "warum Böden versauern",
    ),
    "fr": (
        "le fonctionnement des vaccins",
        "les causes de la Révolution française",
        "comment se forment les nuages",
        "ce qu'est un algorithme de tri",
        "le rôle des banques centrales",
        "la photosynthèse",
        "comment fonctionne la mémoire humaine",
        "l'effet de serre",
    ),
    "pt": (
        "como funcionam as vacinas",
        "por que a inflação sobe",
        "como se forma uma tempestade",
        "o que é aprendizado de máquina",
        "a história do Império do Brasil",
        "como funciona o Pix",
        "o ciclo do carbono",
        "como o coração bombeia sangue",
    ),
    "zh": (
        "疫苗如何训练免疫系统",
        "通货膨胀是怎么产生的",
        "编译器的工作原理",
        "板块运动与地震",
        "哈希表为什么查找快",
        "光合作用的过程",
        "公钥加密的原理",
        "区块链的共识机制",
        "利率对房价的影响",
        "神经网络的反向传播",
    ),
    "ru": (
        "как работают вакцины",
        "почему растёт инфляция",
        "как устроен компилятор",
        "причины Первой мировой войны",
        "как работает шифрование с открытым ключом",
        "фотосинтез",
        "как образуются землетрясения",
        "что такое производная",
    ),
    "ja": (
        "ワクチンの仕組み",
        "インフレの原因",
        "コンパイラの仕組み",
        "地震が起きる理由",
        "光合成の仕組み",
        "公開鍵暗号の仕組み",
        "円安が家計に与える影響",
    ),
    "ko": (
        "백신의 원리",
        "인플레이션의 원인",
        "컴파일러의 작동 방식",
        "지진이 일어나는 이유",
        "광합성 과정",
    ),
    "hi": ("टीके कैसे काम करते हैं", "महंगाई क्यों बढ़ती है", "प्रकाश संश्लेषण", "कंप्यूटर नेटवर्क कैसे काम करता है"),
    "id": (
        "cara kerja vaksin",
        "mengapa inflasi naik",
        "bagaimana gempa bumi terjadi",
        "apa itu kecerdasan buatan",
    ),
    "ar": ("كيف تعمل اللقاحات", "أسباب التضخم", "كيف تتكون الزلازل", "ما هو الذكاء الاصطناعي"),
    "tr": (
        "aşılar nasıl çalışır",
        "enflasyon neden yükselir",
        "depremler nasıl oluşur",
        "yapay zeka nedir",
    ),
    "pl": (
        "jak działają szczepionki",
        "dlaczego rośnie inflacja",
        "jak powstają trzęsienia ziemi",
        "czym jest sztuczna inteligencja",
    ),
}

CODE_LANGS = (
    "Python",
    "JavaScript",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "SQL",
    "Bash",
    "Ruby",
)
CODE_CONCEPTS = (
    "variables and types",
    "loops",
    "string manipulation",
    "lists and arrays",
    "dictionaries / maps",
    "functions and recursion",
    "error handling",
    "file I/O",
    "classes and objects",
    "iterators",
    "sorting algorithms",
    "binary search",
    "linked lists",
    "stacks and queues",
    "hash maps",
    "trees and traversal",
    "graph search (BFS/DFS)",
    "dynamic programming",
    "concurrency",
    "async I/O",
    "regular expressions",
    "unit testing",
    "generics",
    "memory management",
    "parsing",
    "bit manipulation",
    "caching",
    "rate limiting",
    "REST clients",
    "database transactions",
)

DOMAINS = (
    "customer support",
    "e-commerce",
    "personal finance",
    "healthcare triage",
    "travel booking",
    "legal contracts",
    "education",
    "HR and recruiting",
    "cooking",
    "real estate",
    "cybersecurity",
    "logistics",
    "insurance claims",
    "software engineering",
    "marketing",
    "automotive repair",
    "agriculture",
    "gaming",
    "mental wellbeing",
    "public administration",
)

PERSONAS = (
    "a retired nurse in Lagos",
    "a first-year law student",
    "a truck driver who listens to podcasts",
    "a small bakery owner",
    "a high-school physics teacher",
    "a junior data analyst",
    "a new parent with a colicky baby",
    "an amateur astronomer",
    "a freelance translator",
    "a farmer planning crop rotation",
    "a nervous first-time home buyer",
    "a backend engineer on call",
    "a museum curator",
    "a competitive chess player",
    "a volunteer firefighter",
    "a pharmacist",
    "a city planner",
    "a graduate student in ecology",
    "a bookkeeper for a dental practice",
    "a landlord with three flats",
    "a hobbyist woodworker",
    "a software tester",
    "a sommelier",
    "a marathon runner with a knee injury",
    "an immigration paralegal",
    "a video game modder",
)

BRANDS = (
    "Northpeak Outdoor",
    "Lumen Dental",
    "Casa Verde Foods",
    "Brightwell Insurance",
    "Orbit Fitness",
    "Maple & Finch",
    "Kestrel Bikes",
    "Tidewater Realty",
    "Pixelcraft Studio",
    "Sundara Skincare",
    "Hollow Oak Coffee",
    "Vantage Logistics",
    "Bluefin Travel",
    "Quillstone Books",
    "Arcadia Pets",
)

PRODUCTS = (
    "a reusable water bottle",
    "an online accounting course",
    "a family dental check-up",
    "a trail running shoe",
    "a monthly coffee subscription",
    "a home insurance policy",
    "a beginner yoga package",
    "an e-bike with 80 km range",
    "a vegan protein bar",
    "a weekend city break",
    "a kids' reading app",
    "a noise-cancelling headset",
    "a organic face serum",
    "a pet GPS collar",
)

TARGET_LANGS = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Chinese (Simplified)",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "pl": "Polish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "nl": "Dutch",
    "sv": "Swedish",
    "ru": "Russian",
    "th": "Thai",
}


# --------------------------------------------------------------------------------------------
# math and logic problems (several languages)


def _numbers(rng: np.random.Generator) -> dict:
    return {
        "a": irange(rng, 3, 97),
        "b": irange(rng, 2, 40),
        "c": irange(rng, 2, 12),
        "d": irange(rng, 110, 990),
        "p": irange(rng, 5, 45),
        "n": irange(rng, 5, 14),
        "k": irange(rng, 2, 5),
        "name": pick(rng, NAMES),
    }


_MATH = {
    "en": (
        "A train leaves a station at {a} km/h. {c} hours later a second train leaves the same station on the same track at {d} km/h. How long after the second train departs will it catch the first?",
        "{name} buys a jacket priced at {d} dollars. The shop takes {p}% off, then adds {c}% sales tax on the discounted price. What does {name} pay?",
        "In how many ways can a committee of {k} be chosen from {n} people if two particular people refuse to serve together?",
        "Two fair dice are rolled {c} times. What is the probability that a sum of 7 appears at least once?",
        "One pipe fills a tank in {c} hours and another empties it in {b} hours. Starting empty with both open, when is the tank full (if ever)?",
        "What is the remainder when {a}^{d} is divided by {b}?",
        "The sum of the first n terms of an arithmetic sequence is 3n^2 + {c}n. Find the {n}th term.",
        "{name} is {c} times as old as her son. In {b} years she will be twice as old as him. How old is each now?",
        "A rectangle has perimeter {d} cm and its length is {c} cm more than twice its width. Find its area.",
        "How many integers between 1 and {d} are divisible by {c} or {k} but not both?",
    ),
    "zh": (
        "一列火车以每小时{a}公里的速度出发，{c}小时后另一列火车以每小时{d}公里的速度从同一车站同向出发。第二列火车出发后多久追上第一列？",
        "{name}买了一件标价{d}元的外套，先打{p}%的折扣，再按折后价加收{c}%的税。最后要付多少钱？",
        "从{n}个人中选出{k}人组成委员会，其中有两个人不愿意同时入选，共有多少种选法？",
        "掷两颗均匀的骰子{c}次，至少有一次点数和为7的概率是多少？",
        "{a}的{d}次方除以{b}的余数是多少？",
        "一个长方形的周长是{d}厘米，长比宽的两倍多{c}厘米，求它的面积。",
        "1到{d}之间有多少个整数能被{c}或{k}整除，但不能同时被两者整除？",
    ),
    "ru": (
        "Поезд выходит со станции со скоростью {a} км/ч. Через {c} ч с той же станции в том же направлении выходит второй поезд со скоростью {d} км/ч. Через сколько часов он догонит первый?",
        "Куртка стоит {d} рублей. Магазин даёт скидку {p}%, а затем добавляет налог {c}% к цене со скидкой. Сколько заплатит покупатель?",
        "Сколькими способами можно выбрать комиссию из {k} человек среди {n}, если двое отказываются работать вместе?",
        "Какой остаток даёт {a}^{d} при делении на {b}?",
        "Периметр прямоугольника {d} см, длина на {c} см больше удвоенной ширины. Найдите площадь.",
        "Сколько целых чисел от 1 до {d} делятся на {c} или на {k}, но не на оба сразу?",
    ),
    "es": (
        "Un tren sale de una estación a {a} km/h. {c} horas después sale otro tren de la misma estación y en la misma dirección a {d} km/h. ¿Cuánto tarda el segundo en alcanzar al primero?",
        "{name} compra una chaqueta de {d} euros con un descuento del {p}% y luego paga un {c}% de impuesto sobre el precio rebajado. ¿Cuánto paga?",
        "¿De cuántas maneras se puede elegir un comité de {k} personas entre {n} si dos de ellas no quieren estar juntas?",
        "¿Cuál es el resto de dividir {a}^{d} entre {b}?",
        "Un rectángulo tiene {d} cm de perímetro y su largo mide {c} cm más que el doble del ancho. Halla su área.",
    ),
    "de": (
        "Ein Zug fährt mit {a} km/h los. {c} Stunden später startet ein zweiter Zug vom selben Bahnhof in dieselbe Richtung mit {d} km/h. Wann holt er den ersten ein?",
        "Eine Jacke kostet {d} Euro. Es gibt {p}% Rabatt, danach kommen {c}% Steuer auf den reduzierten Preis. Was zahlt {name}?",
        "Wie viele Möglichkeiten gibt es, aus {n} Personen ein Komitee aus {k} zu bilden, wenn zwei bestimmte Personen nicht zusammen arbeiten wollen?",
        "Welchen Rest lässt {a}^{d} bei Division durch {b}?",
    ),
    "ja": (
        "時速{a}kmで出発した列車を、{c}時間後に同じ駅から時速{d}kmの列車が追いかけます。2本目の列車は出発から何時間後に追いつきますか？",
        "{d}円の上着が{p}%引きになり、さらに割引後の価格に{c}%の税がかかります。支払額はいくらですか？",
        "{a}の{d}乗を{b}で割った余りを求めてください。",
    ),
}


def math_problem(rng: np.random.Generator, lang: str = "en") -> str:
    return pick(rng, _MATH.get(lang, _MATH["en"])).format(**_numbers(rng))


_PY_SNIPPETS = (
    "xs = [{a}, {b}, {c}, {k}]\nfor i in range(len(xs) - 1):\n    if xs[i] > xs[i + 1]:\n        xs[i], xs[i + 1] = xs[i + 1], xs[i]\nprint(xs)",
    "def f(n):\n    return n if n < {c} else f(n // 2) + f(n - {k})\nprint(f({n}))",
    "total = 0\nfor i in range(1, {n}):\n    if i % {k} == 0 or i % {c} == 0:\n        total += i\nprint(total)",
    "s = 'abcdefghij' * {k}\nprint(s[{c}::{k}][:{n}])",
    "d = {{}}\nfor w in 'the cat and the hat and the bat'.split():\n    d[w] = d.get(w, 0) + {k}\nprint(sorted(d.items(), key=lambda kv: -kv[1])[:{k}])",
)


def code_trace(rng: np.random.Generator) -> str:
    code = pick(rng, _PY_SNIPPETS).format(**_numbers(rng))
    return f"What does this Python program print?\n\n```python\n{code}\n```"


def logic_puzzle(rng: np.random.Generator) -> str:
    names = [str(x) for x in rng.permutation(NAMES)[: irange(rng, 3, 5)]]
    says = []
    for i, who in enumerate(names):
        other = names[(i + 1) % len(names)]
        form = pick(
            rng,
            (
                "{o} is a knave.",
                "{o} and I are the same kind.",
                "At least one of us is a knight.",
                "{o} is a knight.",
                "Exactly two of us are knaves.",
            ),
        )
        says.append(f'{who} says: "{form.format(o=other)}"')
    return (
        "On an island every inhabitant is a knight (always tells the truth) or a knave (always lies). "
        + " ".join(says)
        + " Determine who is a knight and who is a knave."
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


_TRACE_WRAP = {
    "think_tags": (
        "{q}\n\nBefore you answer, reason inside <think> and </think>. Write out every intermediate step, "
        "every check you do and every dead end you try. After </think>, give only the final answer in \\boxed{{}}."
    ),
    "tutor_aloud": (
        "You are a patient tutor who thinks out loud. Work through the problem below slowly, numbering each "
        "step, explaining why each step follows, and double-check the result by a second method.\n\nProblem: {q}"
    ),
    "verify_loop": (
        "Problem: {q}\n\nFormat required:\n1. Restate the problem in your own words.\n2. Plan.\n3. Full derivation, "
        "no skipped steps.\n4. Verification: substitute back or test edge cases.\n5. Final answer on its own line "
        "as 'ANSWER: ...'."
    ),
    "zh_steps": "{q}\n\n请一步一步地详细推理，把每一个中间步骤和验算过程都写出来，不要省略，最后用“答案：”给出结果。",
    "ru_steps": "{q}\n\nРеши задачу, подробно расписав весь ход рассуждений: каждый шаг, проверку и возможные ошибки. В конце напиши «Ответ:».",
    "es_steps": "{q}\n\nRazona paso a paso y muestra todo el razonamiento intermedio, incluidas las comprobaciones. Termina con «Respuesta final:».",
    "ja_steps": "{q}\n\n途中の考え方をすべて省略せずに、一歩ずつ詳しく説明してください。最後に「答え：」と書いてください。",
}


def reasoning_trace(rng: np.random.Generator, style: str, lang: str) -> str:
    if lang == "en":
        kind = rng.random()
        q = (
            math_problem(rng, "en")
            if kind < 0.6
            else (code_trace(rng) if kind < 0.8 else logic_puzzle(rng))
        )
    else:
        q = math_problem(rng, lang)
    return _TRACE_WRAP[style].format(q=q)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
    "completeness",
    "code correctness",
    "citation quality",
)


def judge_prompt(rng: np.random.Generator, style: str, chat: list[str], passages: list[str]) -> str:
    q = clip_text(rng, pick(rng, chat), 30, 500)
    a, b = excerpt(rng, passages, 150, 700), excerpt(rng, passages, 150, 700)
    crit = ", ".join(str(x) for x in rng.permutation(_CRITERIA)[: irange(rng, 2, 4)])
    if style == "pairwise":
        return (
            f"[QUESTION]\n{q}\n\n[RESPONSE A]\n{a}\n\n[RESPONSE B]\n{b}\n\nCompare the two responses on {crit}. "
            'Explain your judgement in detail, then output a JSON object {"winner": "A"|"B"|"tie", '
            '"confidence": 0-1}.'
        )
    if style == "rubric":
        return (
            f"Grade the answer below against the rubric. For each criterion ({crit}) give a score from 1 to 10 "
            f"and a two-sentence rationale; finish with an overall score.\n\nPrompt: {q}\n\nAnswer:\n{a}"
        )
    if style == "reward":
        return (
            f"<|user|>{q}\n<|assistant|>{a}\n\nAs a reward model, output a single real number between -5 and 5 "
            "for how good the assistant turn is, then list the three biggest flaws."
        )
    if style == "es":
        return (
            f"Evalúa la siguiente respuesta según {crit}. Da una puntuación del 1 al 10 para cada criterio y "
            f"justifícala.\n\nPregunta: {q}\n\nRespuesta:\n{a}"
        )
    if style == "de":
        return (
            f"Vergleiche Antwort A und Antwort B zur Frage unten. Welche ist besser und warum? Gib am Ende "
            f"'Urteil: A', 'Urteil: B' oder 'Urteil: gleich' aus.\n\nFrage: {q}\n\nA: {a}\n\nB: {b}"
        )
    return (
        f"Classe les deux réponses selon {crit} et explique ton raisonnement avant de conclure.\n\n"
        f"Question : {q}\n\nRéponse 1 : {a}\n\nRéponse 2 : {b}"
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites


_SENSITIVE = (
    "a recent protest",
    "a disputed border",
    "a former leader's health",
    "vaccine side effects",
    "a religious holiday",
    "a currency devaluation",
    "an election result",
    "a labour strike",
    "a factory accident",
    "a celebrity's arrest",
    "a territorial claim",
    "a historical massacre",
)


def policy_rewrite(
    rng: np.random.Generator, style: str, chat: list[str], passages: list[str]
) -> str:
    text = excerpt(rng, passages, 200, 800)
    subj = pick(rng, _SENSITIVE)
    if style == "comply":
        return (
            "Rewrite the answer below so that it fully complies with a strict content policy: no medical or legal "
            "advice stated as fact, no named individuals, no speculation about "
            + subj
            + ". Keep it as helpful as "
            "possible and explain at the end which sentences you changed and why.\n\n" + text
        )
    if style == "refusal_fix":
        q = clip_text(rng, pick(rng, chat), 30, 400)
        return (
            "A model refused the request below. Write the ideal response a careful but helpful assistant should "
            "have given instead: acknowledge the risk, give the safe parts in full, and redirect the rest.\n\n"
            f"Request: {q}\n\nRefusal: I'm sorry, but I can't help with that."
        )
    if style == "neutral":
        return (
            f"Make the following passage politically neutral and acceptable for publication in every market, "
            f"removing anything that touches {subj}. Return only the rewritten passage.\n\n{text}"
        )
    if style == "zh":
        return f"请把下面这段内容改写成符合平台内容规范的版本：删去涉及{pick(rng, ('敏感人物', '时政事件', '医疗建议', '宗教话题'))}的部分，语气中立，尽量保留有用信息。\n\n{text}"
    return f"أعد صياغة النص التالي ليكون متوافقًا مع سياسات المحتوى، محايدًا وخاليًا من أي إشارة إلى {pick(rng, ('السياسة', 'الدين', 'الأشخاص المعروفين'))}، مع الحفاظ على الفائدة.\n\n{text}"


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes


_TOOLS = (
    ("search_web", "query: string"),
    ("get_weather", "city: string, date: string"),
    ("sql_query", "sql: string"),
    ("read_file", "path: string"),
    ("write_file", "path: string, content: string"),
    ("send_email", "to: string, subject: string, body: string"),
    ("book_flight", "origin: string, dest: string, date: string"),
    ("calendar_create", "title: string, start: string, minutes: int"),
    ("run_python", "code: string"),
    ("http_get", "url: string"),
    ("lookup_order", "order_id: string"),
    ("refund_order", "order_id: string, amount: number"),
)

_AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next Tuesday and put the best one in my calendar.",
    "Our sales table has columns region, month, revenue. Find the region whose revenue fell most since {m} and email a summary to ops@example.com.",
    "Read ./logs/app.log, find the most frequent error, and write a short incident note to ./notes/incident.md.",
    "Customer says order #{o} arrived broken. Check the order and refund it if it was delivered less than 30 days ago.",
    "Check the weather in {c1} for the next three days and draft an email suggesting the best day for a site visit.",
    "Download the CSV at https://data.example.org/{f}.csv, compute the median of the 'value' column and report it.",
    "Search for the latest {topic} guidance and summarise it in five bullet points with sources.",
    "Schedule a 45 minute meeting with {name} next week avoiding Monday mornings and send an invite.",
)

_OBS = (
    '{{"status": "ok", "rows": {r}}}',
    '{{"results": [{{"title": "...", "url": "https://example.com/{r}"}}]}}',
    '{{"temp_c": {t}, "conditions": "light rain"}}',
    '{{"error": "timeout after 30s"}}',
    '{{"order_id": "{o}", "delivered": "2026-01-{d:02d}", "total": {r}.99}}',
    "file written ({r} bytes)",
)


def _task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, ("Lisbon", "Nairobi", "Osaka", "Denver", "Warsaw", "Lima")),
        c2=pick(rng, ("Berlin", "Cairo", "Seoul", "Toronto", "Madrid", "Jakarta")),
        m=pick(rng, ("March", "Q3", "last year")),
        o=irange(rng, 10000, 99999),
        f=pick(rng, ("prices", "sensors", "survey", "traffic")),
        topic=pick(rng, ("tax filing", "data retention", "fire safety", "travel visa")),
        name=pick(rng, NAMES),
    )


def _observation(rng: np.random.Generator) -> str:
    return pick(rng, _OBS).format(
        r=irange(rng, 1, 900),
        t=irange(rng, -5, 33),
        o=irange(rng, 10000, 99999),
        d=irange(rng, 1, 28),
    )


def agent_episode(rng: np.random.Generator, style: str, steps: int) -> list[str]:
    """The prompt of every step of one tool-use episode (the transcript grows step by step)."""
    tools = [
        _TOOLS[i] for i in rng.choice(len(_TOOLS), size=irange(rng, 3, 6), replace=False).tolist()
    ]
    task = _task(rng)
    if style == "json_schema":
        head = (
            'You can call these functions. Reply with exactly one JSON object {"name": ..., "arguments": {...}} '
            "or {\"final\": ...} when done, and include a short 'reasoning' field explaining the choice.\n"
            + "\n".join(f"- {n}({sig})" for n, sig in tools)
            + f"\n\nTask: {task}\n"
        )
    elif style == "react":
        head = (
            "Answer the task using the tools below. Use the format:\nThought: ...\nAction: tool_name[input]\n"
            "Observation: ...\n(repeat)\nThought: I now know the answer\nFinal Answer: ...\n\nTools: "
            + ", ".join(n for n, _ in tools)
            + f"\n\nTask: {task}\n"
        )
    else:
        head = (
            "<tools>\n"
            + "\n".join(f'  <tool name="{n}" params="{sig}"/>' for n, sig in tools)
            + "\n</tools>\n"
            f"<task>{task}</task>\nThink in <scratchpad>, then emit one <call> or a <final>.\n"
        )
    out, transcript = [], ""
    for i in range(steps):
        out.append(head + transcript)
        name = tools[i % len(tools)][0]
        if style == "json_schema":
            transcript += (
                f'\n{{"name": "{name}", "arguments": {{...}}}}\nResult: {_observation(rng)}'
            )
        elif style == "react":
            transcript += (
                f"\nThought: step {i + 1}\nAction: {name}[...]\nObservation: {_observation(rng)}"
            )
        else:
            transcript += f'\n<call tool="{name}">...</call>\n<result>{_observation(rng)}</result>'
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation


_LEVELS = (
    "a high-school final",
    "a first-year university course",
    "a professional certification",
    "a graduate qualifying exam",
    "a middle-school quiz",
    "a job interview screen",
)


def synth_dataset(rng: np.random.Generator, style: str) -> str:
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    dom, persona = pick(rng, DOMAINS), pick(rng, PERSONAS)
    topic = pick(rng, TOPICS["en"])
    if style == "jsonl":
        return (
            f"Generate {n} diverse, high-quality instruction-following examples in the domain of {dom}, as "
            f"{persona} would ask them (seed {irange(rng, 1, 99999)}). Vary "
            "difficulty, length and format (questions, rewrites, classification, open-ended). Output JSONL, one "
            'object per line with keys "instruction", "input", "output". The outputs must be complete, '
            "expert-level answers. Do not repeat earlier examples."
        )
    if style == "mcq":
        return (
            f"Write {n} multiple-choice exam questions about {topic} for {pick(rng, _LEVELS)}, each with four "
            "options, the correct letter, "
            "and a detailed explanation of why every wrong option is wrong. Return a JSON array."
        )
    if style == "persona":
        return (
            f"You are {persona}. Write one realistic question you might ask an AI assistant about {dom}, then "
            "write the ideal, thorough answer. Format:\nQUESTION: ...\nANSWER: ..."
        )
    if style == "pt":
        return (
            f"Gere {n} pares de pergunta e resposta variados sobre {pick(rng, TOPICS['pt'])}, em português, no "
            'formato JSON Lines com os campos "pergunta" e "resposta". Respostas completas e detalhadas.'
        )
    if style == "hi":
        return (
            f"{pick(rng, TOPICS['hi'])} विषय पर {n} अलग-अलग प्रश्न और उनके विस्तृत उत्तर बनाइए। आउटपुट JSONL में दें, "
            'फ़ील्ड: "prompt", "response"।'
        )
    return (
        f"Buat {n} contoh percakapan antara pengguna dan asisten tentang {pick(rng, TOPICS['id'])}. Format JSON dengan "
        'kunci "user" dan "assistant"; jawaban harus lengkap dan akurat.'
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (a user simulator driving a conversation)


_OPENERS = {
    "en": (
        "hey, can you help me plan {x}?",
        "i need advice about {x}",
        "quick question about {x}",
        "so my friend told me something about {x} and i'm not sure it's right",
    ),
    "pt": (
        "oi, pode me ajudar com {x}?",
        "preciso de uma dica sobre {x}",
        "tenho uma dúvida sobre {x}",
    ),
    "hi": (
        "bhai {x} ke baare mein help chahiye",
        "mujhe {x} samajhna hai, simple mein batao",
        "{x} kaise karte hain?",
    ),
    "es": (
        "hola, ¿me ayudas con {x}?",
        "necesito un consejo sobre {x}",
        "una pregunta rápida sobre {x}",
    ),
}
_FOLLOWUPS = {
    "en": (
        "ok but why?",
        "can you give a concrete example",
        "what if I only have a small budget",
        "that's too long, shorter pls",
        "hmm and what would you do in my place",
        "are there any risks I should know about",
        "can you make it a checklist",
        "wait, that contradicts what you said before",
        "thanks! one more thing",
        "explain it like I'm 12",
    ),
    "pt": (
        "mas por quê?",
        "me dá um exemplo",
        "e se eu tiver pouco dinheiro?",
        "resume pra mim",
        "tem algum risco?",
        "faz uma lista de passos",
        "valeu! mais uma coisa",
    ),
    "hi": (
        "par kyun?",
        "ek example do",
        "agar budget kam ho to?",
        "short mein batao",
        "koi risk hai kya?",
        "step by step list bana do",
        "thanks! ek aur sawaal",
    ),
    "es": (
        "¿pero por qué?",
        "dame un ejemplo concreto",
        "¿y si tengo poco presupuesto?",
        "más corto, porfa",
        "¿hay algún riesgo?",
        "hazlo en forma de lista",
        "¡gracias! una cosa más",
    ),
}
_SUBJECTS = {
    "en": (
        "a trip to Japan",
        "switching careers into nursing",
        "my landlord keeping the deposit",
        "starting a podcast",
        "training for a half marathon",
        "learning SQL",
        "a fight with my roommate",
        "buying a used car",
    ),
    "pt": (
        "uma viagem para o Nordeste",
        "abrir um MEI",
        "aprender inglês sozinho",
        "comprar um carro usado",
        "um problema com meu chefe",
    ),
    "hi": (
        "UPSC ki taiyari",
        "naya phone lena",
        "shaadi ka budget",
        "freelancing shuru karna",
        "stock market",
    ),
    "es": (
        "un viaje a Perú",
        "cambiar de trabajo",
        "aprender a programar",
        "alquilar un piso",
        "mi primera maratón",
    ),
}


_FOLLOWUPS_ABOUT = {
    "en": (
        "ok so for {x}, what's the first thing I should do?",
        "what would {x} cost me roughly with {n} weeks to prepare?",
        "is {x} realistic if I only have {n} hours a week?",
        "what do people usually get wrong about {x}?",
        "compare two ways of handling {x} for me",
    ),
    "pt": (
        "e pra {x}, o que eu faço primeiro?",
        "dá pra fazer {x} em {n} semanas?",
        "qual o erro mais comum com {x}?",
    ),
    "hi": (
        "{x} ke liye pehla step kya hai?",
        "{n} din mein {x} ho jayega kya?",
        "{x} mein log kya galti karte hain?",
    ),
    "es": (
        "¿y para {x}, qué hago primero?",
        "¿se puede {x} en {n} semanas?",
        "¿qué error es el más común con {x}?",
    ),
}
_CUSTOMER = (
    "hi my order {n} still hasnt arrived, its been {d} days",
    "why was I charged twice this month??",
    "how do I change the address on my account",
    "the app crashes every time I open settings",
    "I want to cancel, how do I do that",
    "can you add dark mode please",
    "I forgot my password and the reset email never comes",
    "your courier left my parcel in the rain, order {n}",
    "is there a student discount",
    "my invoice {n} shows the wrong VAT number",
)


def dialogue(
    rng: np.random.Generator, lang: str, turns: int, inline_history: bool, passages: list[str]
) -> list[tuple[str, int]]:
    """(prompt, hidden history tokens) per turn of one simulated conversation. With
    `inline_history` the whole transcript travels in the prompt; otherwise only the last user turn
    does and the history is counted as extra prompt tokens."""
    subj = pick(rng, _SUBJECTS[lang])
    msgs = [pick(rng, _OPENERS[lang]).format(x=subj)]
    for _ in range(turns - 1):
        if chance(rng, 0.45):
            msgs.append(pick(rng, _FOLLOWUPS_ABOUT[lang]).format(x=subj, n=irange(rng, 2, 60)))
        else:
            msgs.append(pick(rng, _FOLLOWUPS[lang]))
    out, hist, hist_tokens = [], "", 0
    for m in msgs:
        if inline_history:
            out.append((f"{hist}User: {m}\nAssistant:", 0))
            hist += f"User: {m}\nAssistant: {excerpt(rng, passages, 150, 700)}\n"
        else:
            out.append((m, hist_tokens))
            hist_tokens += len(m) // 4 + irange(rng, 150, 550)
    return out


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n items


_SENTIMENT = (
    "The battery died after two days and support never answered.",
    "Honestly better than I expected for the price.",
    "Delivery was late but the product itself is fine.",
    "I would not buy this again.",
    "Five stars, my kids love it.",
    "It works, I guess. Nothing special.",
    "Le colis est arrivé ouvert, très déçu.",
    "배송이 빨라서 좋았어요.",
    "Muy buena calidad, aunque un poco caro.",
    "Setup took an hour and the manual is useless.",
)


def soft_label_item(rng: np.random.Generator, style: str, chat: list[str]) -> str:
    if style == "letter":
        q = math_problem(rng, "en")
        opts = [irange(rng, 1, 999) for _ in range(4)]
        return f"{q}\nA) {opts[0]}  B) {opts[1]}  C) {opts[2]}  D) {opts[3]}\nAnswer with a single letter only."
    if style == "sentiment":
        return (
            f"Classify the sentiment of this review as positive, negative or mixed. One word.\n\nReview: {pick(rng, _SENTIMENT)} "
            f"{clip_text(rng, pick(rng, chat), 20, 160)}"
        )
    if style == "fr":
        return f"Réponds à la question suivante de la meilleure façon possible :\n{clip_text(rng, pick(rng, chat), 30, 400)}"
    if style == "ko":
        return f"다음 질문에 가능한 한 좋은 답변을 작성하세요.\n{pick(rng, TOPICS['ko'])}에 대해 설명해 주세요."
    return f"Write a short answer (max 150 words) to:\n{clip_text(rng, pick(rng, chat), 30, 400)}"


# --------------------------------------------------------------------------------------------
# curriculum sweep (code exercises, ordered)


def curriculum(i: int, rng: np.random.Generator, style: str) -> str:
    """Item `i` of a concept x language x level sweep, walked in order."""
    concept = CODE_CONCEPTS[i % len(CODE_CONCEPTS)]
    lang = CODE_LANGS[(i // len(CODE_CONCEPTS)) % len(CODE_LANGS)]
    level = 1 + (i // (len(CODE_CONCEPTS) * len(CODE_LANGS))) % 10
    if style == "exercise":
        return (
            f"Difficulty {level}/10. Topic: {concept}. Language: {lang}.\nWrite an original programming exercise at "
            "this level, then a complete reference solution with comments, then three test cases, then an "
            "explanation of the solution's time and space complexity."
        )
    if style == "explain":
        return (
            f"Explain {concept} in {lang} to a learner at level {level} of 10. Include a worked example, "
            "common mistakes, and a short quiz with answers."
        )
    if style == "de":
        return (
            f"Schwierigkeitsstufe {level} von 10 – Thema: {concept} in {lang}. Erstelle eine Übungsaufgabe mit "
            "vollständiger Musterlösung und erkläre jeden Schritt."
        )
    return (
        f"Here is a {lang} task about {concept} at level {level}. Write a harder variant, solve it, and explain "
        "what makes it harder."
    )


# --------------------------------------------------------------------------------------------
# a writing product's own traffic, and requests hidden in it


_PRODUCT_ACTIONS = (
    "Improve the writing of the text below. Keep the author's voice.",
    "Fix grammar and spelling in the text below. Return only the corrected text.",
    "Make the text below more concise.",
    "Continue writing from where the text below stops.",
    "Summarise the text below in three sentences.",
    "Rewrite the text below in a friendlier tone.",
)


def product_request(
    rng: np.random.Generator, chat: list[str], passages: list[str], app: str
) -> str:
    text = (
        clip_text(rng, pick(rng, chat), 20, 900)
        if chance(rng, 0.7)
        else excerpt(rng, passages, 100, 700)
    )
    return f"[{app}] {pick(rng, _PRODUCT_ACTIONS)}\n\n---\n{text}"


_HIDDEN_SEEDS = (
    "Write a complete, expert-level explanation of {t}. Cover the mechanism, a worked example, edge "
    "cases and common misconceptions.",
    "Write a detailed step-by-step solution to the following problem, checking each step: {q}",
    "Draft a thorough technical guide to {c} in {l}, with code and commentary.",
    "Write an in-depth comparison of two approaches to {d} problems, with pros, cons and a recommendation.",
)


def hidden_in_product(rng: np.random.Generator, app: str) -> str:
    """A harvest request dressed in the product's own wrapper (the 'continue writing' action)."""
    seed = pick(rng, _HIDDEN_SEEDS).format(
        t=pick(rng, TOPICS["en"]),
        q=math_problem(rng, "en"),
        c=pick(rng, CODE_CONCEPTS),
        l=pick(rng, CODE_LANGS),
        d=pick(rng, DOMAINS),
    )
    action = pick(
        rng,
        (
            "Continue writing from where the text below stops.",
            "Improve the writing of the text below. Keep the author's voice.",
        ),
    )
    return f"[{app}] {action}\n\n---\n{seed}"


# --------------------------------------------------------------------------------------------
# person-like questions (used by takeovers and crowds)


_ASK = {
    "en": (
        "Can you explain {t} in detail? Please include an example and the common mistakes people make.",
        "I've been wondering about {t}. How does it actually work, step by step?",
        "explain {t} to me properly, not the simple version",
        "what's the best way to understand {t}? go deep",
        "My teacher mentioned {t} but I didn't get it. Could you walk me through it thoroughly?",
    ),
    "es": (
        "¿Me explicas {t} con detalle y un ejemplo?",
        "Quiero entender bien {t}, paso a paso por favor",
        "explícame {t} como si fuera para un examen",
    ),
    "de": (
        "Kannst du mir {t} ausführlich erklären, mit Beispiel?",
        "Wie genau funktioniert das: {t}? Bitte Schritt für Schritt.",
        "erklär mir {t} gründlich",
    ),
    "fr": (
        "Peux-tu m'expliquer {t} en détail, avec un exemple ?",
        "J'aimerais vraiment comprendre {t}, étape par étape.",
    ),
    "pt": (
        "Me explica {t} com detalhes e um exemplo?",
        "quero entender {t} direito, passo a passo",
    ),
    "zh": ("能详细解释一下{t}吗？最好举个例子。", "我一直搞不懂{t}，能一步步讲清楚吗？"),
    "ru": (
        "Объясни подробно, {t}? С примером, пожалуйста.",
        "хочу разобраться: {t}. Можно по шагам?",
    ),
    "ja": (
        "{t}について詳しく教えてください。例もお願いします。",
        "{t}がよく分かりません。順番に説明してもらえますか？",
    ),
    "ko": ("{t}에 대해 자세히 설명해 줄 수 있나요? 예시도 부탁해요.",),
    "tr": ("{t} konusunu örnekle detaylı anlatır mısın?",),
    "pl": ("Możesz mi dokładnie wyjaśnić, {t}? Z przykładem proszę.",),
    "id": ("Bisa jelaskan {t} secara detail dengan contoh?",),
    "hi": ("{t} को विस्तार से उदाहरण के साथ समझाइए।",),
    "ar": ("هل يمكنك أن تشرح {t} بالتفصيل مع مثال؟",),
}


def deep_question(rng: np.random.Generator, lang: str) -> str:
    t = pick(rng, TOPICS.get(lang, TOPICS["en"]))
    return humanise(rng, pick(rng, _ASK.get(lang, _ASK["en"])).format(t=t), 0.6)


_TRANSLATE = {
    "en": (
        "Can you translate this into {L}? Keep it natural, not word for word:\n\n{x}",
        "translate to {L} pls\n\n{x}",
        "How would you say this in {L}? It's for a work email.\n\n{x}",
        "Please translate the following into {L} and then explain any phrases that don't translate directly.\n\n{x}",
    ),
    "es": ("¿Puedes traducir esto al {L}?\n\n{x}",),
    "de": ("Kannst du das ins {L} übersetzen?\n\n{x}",),
    "pt": ("Traduz isso pro {L}, por favor:\n\n{x}",),
}


def translate_request(rng: np.random.Generator, lang: str, passages: list[str]) -> str:
    target = pick(rng, list(TARGET_LANGS.values()))
    x = excerpt(rng, passages, 150, 700)
    return humanise(
        rng, pick(rng, _TRANSLATE.get(lang, _TRANSLATE["en"])).format(L=target, x=x), 0.3
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def bench_item(rng: np.random.Generator, i: int, lang: str) -> str:
    """Item `i` of a fixed benchmark (the same item for the same `i`: regenerated from its index)."""
    sub = np.random.default_rng([i, 7])
    kind = i % 5
    if kind == 3:
        q = code_trace(sub)
    elif kind == 4 and lang == "en":
        q = logic_puzzle(sub)
    else:
        q = math_problem(sub, lang)
    if lang == "en":
        return f'Solve the following problem. Think step by step, then give the final answer as "The answer is X".\n\n{q}'
    return f"{q}\n\nAnswer: Let's think step by step."


def annotation_prompt(
    rng: np.random.Generator, style: str, chat: list[str], passages: list[str], client: str
) -> str:
    q = clip_text(rng, pick(rng, chat), 20, 400)
    a = excerpt(rng, passages, 120, 600)
    if style == "prelabel":
        return (
            f"Project {client} / batch {irange(rng, 1, 60)}. You are pre-labelling chatbot transcripts for human "
            "reviewers. Using the client rubric (accuracy, policy compliance, empathy, resolution), give each a "
            f"score 1-5 and flag anything a reviewer must check. JSON only.\n\nUser: {q}\nBot: {a}"
        )
    return (
        f"Reviewer assist ({client}). Summarise in two lines whether this bot reply resolved the customer's issue "
        f"and whether it followed policy.\n\nCustomer: {q}\nBot: {a}"
    )


_GUIDELINES = (
    "no phone numbers or emails",
    "no insults or slurs",
    "no medical claims",
    "no prices outside the listing",
    "no links to other marketplaces",
    "no personal attacks",
)


def moderation_rewrite(rng: np.random.Generator, lang: str, chat: list[str], platform: str) -> str:
    text = clip_text(rng, pick(rng, chat), 20, 600)
    rules = "; ".join(str(x) for x in rng.permutation(_GUIDELINES)[: irange(rng, 2, 4)])
    if lang == "es":
        return (
            f"{platform} – moderación. Reescribe este comentario para que cumpla las normas ({rules}). Mantén el "
            f"sentido. Si no se puede salvar, responde REMOVE.\n\n{text}"
        )
    if lang == "id":
        return (
            f"{platform} – moderasi. Tulis ulang komentar ini agar sesuai pedoman ({rules}). Jika tidak bisa, "
            f"jawab REMOVE.\n\n{text}"
        )
    return (
        f"{platform} trust & safety. Rewrite this user post so it follows our community guidelines ({rules}) while "
        f"keeping the author's meaning. If it cannot be fixed, reply REMOVE.\n\nPost: {text}"
    )


def coding_agent_step(rng: np.random.Generator, user_ask: str, step: int, repo: str) -> str:
    files = (
        "src/main.py",
        "src/api/routes.ts",
        "pkg/store/db.go",
        "lib/utils.rb",
        "app/models/user.py",
        "tests/test_api.py",
        "src/components/Table.tsx",
        "internal/auth/token.go",
    )
    head = (
        f'<env repo="{repo}" os="linux"/>\nTools: read_file, edit_file, run_terminal, grep, list_dir.\n'
        f"User request: {user_ask}\n"
    )
    if step == 0:
        return head
    trail = "".join(
        f"\n[tool {pick(rng, ('read_file', 'grep', 'run_terminal', 'edit_file'))}: {pick(rng, files)}] ok"
        for _ in range(step)
    )
    return (
        head
        + trail
        + (
            "\n[run_terminal: pytest -q] "
            + pick(rng, ("2 failed, 31 passed", "all passed", "ImportError"))
        )
    )


def augmentation_prompt(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    u = humanise(
        rng, pick(rng, _CUSTOMER).format(n=irange(rng, 10000, 99999), d=irange(rng, 2, 14)), 0.7
    )
    intent = pick(
        rng,
        (
            "billing_question",
            "cancel_subscription",
            "report_bug",
            "delivery_status",
            "change_address",
            "password_reset",
            "feature_request",
            "complaint",
        ),
    )
    n = pick(rng, (10, 20, 25))
    lname = {"en": "English", "de": "German", "fr": "French"}[lang]
    return (
        f"We train an intent classifier for our help desk. Write {n} varied paraphrases in {lname} of customer "
        f"messages with intent '{intent}', similar in register to this real (anonymised) example: \"{u}\". Vary "
        "length, politeness and typos. Return a JSON list of strings."
    )


_COMPANIONS = (
    "Mira, a cheerful barista who loves astronomy",
    "Kai, a laid-back surf instructor",
    "Dr. Sol, a gentle retired therapist",
    "Luna, a witty bookshop owner",
    "Rafa, an enthusiastic football coach",
)


def companion_turn(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    lines = {
        "en": (
            "how was your day?",
            "i'm so tired today",
            "tell me something that will cheer me up",
            "do you remember what i told you about my sister",
            "i passed my exam!!",
            "can't sleep again",
            "what should i cook tonight",
            "lol you're funny",
        ),
        "pt": (
            "oi, tudo bem?",
            "hoje foi difícil",
            "me conta uma coisa boa",
            "não consigo dormir",
            "passei na prova!!",
        ),
        "es": (
            "hola, ¿qué tal?",
            "hoy estoy cansadísima",
            "cuéntame algo bonito",
            "no puedo dormir",
            "¡aprobé!",
        ),
        "ja": ("ただいま", "今日は疲れた", "なにか楽しい話して", "眠れない", "テスト合格したよ！"),
    }
    if lang == "en" and chance(rng, 0.2):
        return clip_text(rng, pick(rng, chat), 5, 200)
    return humanise(rng, pick(rng, lines[lang]), 0.5)


def course_exercise(rng: np.random.Generator, week: int, course: str) -> str:
    ex = irange(rng, 1, 6)
    concept = CODE_CONCEPTS[(week * 3 + ex) % len(CODE_CONCEPTS)]
    return humanise(
        rng,
        pick(
            rng,
            (
                f"{course} week {week} exercise {ex}: I need to write a Python function using {concept} but my code gives the wrong output. What am I doing wrong?",
                f"can you explain {concept} again, the lecture went too fast",
                f"Exercise {ex} says to use {concept}. Can you give me a hint without the full solution?",
                f"why does my {concept} code throw an error on the last test case",
                f"what's the difference between {concept} and {pick(rng, CODE_CONCEPTS)}",
            ),
        ),
        0.7,
    )


def variance_item(rng: np.random.Generator, i: int, lang: str) -> str:
    sub = np.random.default_rng([i, 11])
    item = pick(
        sub,
        (
            "On a scale of 1 to 7, how much do you agree: 'Most people can be trusted.' Answer with a number and one sentence.",
            "Imagine you are a voter in {c}. Which issue matters most to you this year? Answer in one sentence.",
            "Name a typical first name for a nurse in {c}. Only the name.",
            "Continue the story in one sentence: 'When the lights went out, {n}...'",
            "Is it morally acceptable to lie to protect a friend's feelings? Answer yes or no, then one sentence.",
            "Pick a random number between 1 and 100. Only the number.",
        ),
    ).format(c=pick(sub, COUNTRIES), n=pick(sub, NAMES))
    if lang == "de":
        return "Bitte antworte auf Deutsch. " + item
    if lang == "nl":
        return "Antwoord in het Nederlands. " + item
    return item


def agency_copy(rng: np.random.Generator, lang: str, brand: str) -> str:
    product = pick(rng, PRODUCTS)
    L = {
        "en": "English",
        "de": "German",
        "fr": "French",
        "es": "Spanish",
        "it": "Italian",
        "nl": "Dutch",
    }[lang]
    return pick(
        rng,
        (
            f"Client: {brand}. Write 5 Instagram captions in {L} for {product}. Tone: warm, playful. Max 150 characters each, 2 hashtags.",
            f"{brand} newsletter, {L}: write a 120-word intro announcing {product}, with a clear call to action.",
            f"Google Ads for {brand} ({L}): 10 headlines under 30 characters and 4 descriptions under 90 characters for {product}.",
            f"Rewrite this product description for {brand} in {L}, SEO-friendly, 80-100 words: {product}, durable, great value.",
            f"Give me 3 blog post ideas for {brand} about {product}, {L}, with titles and a one-line angle each.",
        ),
    )


def cat_segment(
    rng: np.random.Generator, src: str, tgt: str, passages: list[str], project: str
) -> str:
    seg = excerpt(rng, passages, 60, 400)
    if chance(rng, 0.4):
        i = irange(rng, 1, 4)
        seg = f"<x{i}/>" + seg + f"<x{i + 1}/>"
    return (
        f"[{project}] Translate the segment from {src} to {tgt}. Preserve inline tags, numbers and product names. "
        f"Glossary applies. Output only the translation.\n\n{seg}"
    )

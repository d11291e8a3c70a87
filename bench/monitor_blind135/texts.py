"""Prompt generators of batch 135, written fresh for this batch.

Every generator takes a numpy `Generator` first and returns one prompt string. Ordinary human text
(questions, answers to grade, posts to moderate, passages to translate) comes from the ShareGPT
lists that `bench/blind_batch.py` hands over in the context (`ctx.chat`, `ctx.passages`); the
rest is built here from small vocabularies and number generators, in several independent styles
and languages per generator.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of a random length in [lo, hi] characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def shuffled(rng: np.random.Generator, seq: Sequence) -> list:
    out = list(seq)
    rng.shuffle(out)
    return out


# ============================================================================================
# shared vocabularies

CONCEPTS = {
    "en": (
        "photosynthesis",
        "the Doppler effect",
        "compound interest",
        "the Krebs cycle",
        "plate tectonics",
        "Bayes' theorem",
        "supply and demand elasticity",
        "recursion",
        "the greenhouse effect",
        "entropy",
        "natural selection",
        "the central limit theorem",
        "public-key cryptography",
        "inflation targeting",
        "the French Revolution",
        "Ohm's law",
        "protein folding",
        "opportunity cost",
        "gradient descent",
        "the water cycle",
        "Newton's third law",
        "the immune response to a vaccine",
        "hash tables",
        "the Silk Road",
        "continental drift",
        "comparative advantage",
        "quantum tunnelling",
        "binary search",
        "the nitrogen cycle",
        "eigenvalues",
        "the separation of powers",
        "TCP handshakes",
        "meiosis",
        "monetary policy transmission",
        "the Pythagorean theorem",
        "ocean acidification",
        "dynamic programming",
        "the placebo effect",
        "Keynesian multipliers",
        "black holes",
    ),
    "es": (
        "la fotosíntesis",
        "el efecto Doppler",
        "el interés compuesto",
        "la tectónica de placas",
        "el teorema de Bayes",
        "la recursividad",
        "el efecto invernadero",
        "la selección natural",
        "la inflación",
        "la ley de Ohm",
        "el ciclo del agua",
        "la tercera ley de Newton",
        "las tablas hash",
        "la deriva continental",
        "la ventaja comparativa",
        "la búsqueda binaria",
        "la meiosis",
        "la política monetaria",
        "el teorema de Pitágoras",
        "los agujeros negros",
    ),
    "pt": (
        "a fotossíntese",
        "os juros compostos",
        "a tectônica de placas",
        "o teorema de Bayes",
        "a recursão",
        "o efeito estufa",
        "a seleção natural",
        "a inflação",
        "a lei de Ohm",
        "o ciclo da água",
        "a busca binária",
        "a meiose",
        "a política monetária",
        "os buracos negros",
        "a vantagem comparativa",
        "a programação dinâmica",
        "a Revolução Industrial",
        "a entropia",
    ),
    "de": (
        "die Photosynthese",
        "den Doppler-Effekt",
        "den Zinseszins",
        "die Plattentektonik",
        "den Satz von Bayes",
        "Rekursion",
        "den Treibhauseffekt",
        "die natürliche Selektion",
        "die Inflation",
        "das Ohmsche Gesetz",
        "den Wasserkreislauf",
        "das dritte Newtonsche Gesetz",
        "Hashtabellen",
        "die Kontinentaldrift",
        "den komparativen Vorteil",
        "die binäre Suche",
        "die Meiose",
        "die Geldpolitik",
        "den Satz des Pythagoras",
        "Schwarze Löcher",
    ),
    "fr": (
        "la photosynthèse",
        "l'effet Doppler",
        "les intérêts composés",
        "la tectonique des plaques",
        "le théorème de Bayes",
        "la récursivité",
        "l'effet de serre",
        "la sélection naturelle",
        "l'inflation",
        "la loi d'Ohm",
        "le cycle de l'eau",
        "la troisième loi de Newton",
        "les tables de hachage",
        "la dérive des continents",
        "l'avantage comparatif",
        "la méiose",
        "la politique monétaire",
        "le théorème de Pythagore",
        "les trous noirs",
        "l'entropie",
    ),
    "ru": (
        "фотосинтез",
        "эффект Доплера",
        "сложные проценты",
        "тектонику плит",
        "теорему Байеса",
        "рекурсию",
        "парниковый эффект",
        "естественный отбор",
        "инфляцию",
        "закон Ома",
        "круговорот воды",
        "третий закон Ньютона",
        "хеш-таблицы",
        "двоичный поиск",
        "мейоз",
        "денежно-кредитную политику",
        "теорему Пифагора",
        "чёрные дыры",
        "энтропию",
    ),
    "zh": (
        "光合作用",
        "多普勒效应",
        "复利",
        "板块构造",
        "贝叶斯定理",
        "递归",
        "温室效应",
        "自然选择",
        "通货膨胀",
        "欧姆定律",
        "水循环",
        "牛顿第三定律",
        "哈希表",
        "二分查找",
        "减数分裂",
        "货币政策",
        "勾股定理",
        "黑洞",
        "熵",
        "比较优势",
        "动态规划",
    ),
    "ja": (
        "光合成",
        "ドップラー効果",
        "複利",
        "プレートテクトニクス",
        "ベイズの定理",
        "再帰",
        "温室効果",
        "自然選択",
        "インフレーション",
        "オームの法則",
        "水の循環",
        "ハッシュテーブル",
        "二分探索",
        "減数分裂",
        "金融政策",
        "ピタゴラスの定理",
        "ブラックホール",
        "エントロピー",
    ),
    "hi": (
        "प्रकाश संश्लेषण",
        "चक्रवृद्धि ब्याज",
        "बेयस प्रमेय",
        "ग्रीनहाउस प्रभाव",
        "प्राकृतिक चयन",
        "मुद्रास्फीति",
        "ओम का नियम",
        "जल चक्र",
        "न्यूटन का तीसरा नियम",
        "पाइथागोरस प्रमेय",
    ),
    "id": (
        "fotosintesis",
        "bunga majemuk",
        "teorema Bayes",
        "rekursi",
        "efek rumah kaca",
        "seleksi alam",
        "inflasi",
        "hukum Ohm",
        "siklus air",
        "pencarian biner",
        "kebijakan moneter",
        "lubang hitam",
    ),
    "tr": (
        "fotosentez",
        "bileşik faiz",
        "Bayes teoremi",
        "özyineleme",
        "sera etkisi",
        "doğal seçilim",
        "enflasyon",
        "Ohm yasası",
        "su döngüsü",
        "ikili arama",
        "para politikası",
        "kara delikler",
    ),
    "ko": (
        "광합성",
        "도플러 효과",
        "복리",
        "베이즈 정리",
        "재귀",
        "온실 효과",
        "자연 선택",
        "인플레이션",
        "옴의 법칙",
        "물의 순환",
        "이진 탐색",
        "통화 정책",
        "블랙홀",
    ),
    "vi": (
        "quang hợp",
        "lãi kép",
        "định lý Bayes",
        "đệ quy",
        "hiệu ứng nhà kính",
        "chọn lọc tự nhiên",
        "lạm phát",
        "định luật Ohm",
        "vòng tuần hoàn nước",
        "tìm kiếm nhị phân",
        "chính sách tiền tệ",
    ),
}

DOMAINS = (
    "personal finance",
    "organic chemistry",
    "European history",
    "cloud networking",
    "nutrition",
    "contract law",
    "astronomy",
    "machine learning",
    "urban planning",
    "marine biology",
    "microeconomics",
    "cybersecurity",
    "music theory",
    "epidemiology",
    "supply-chain logistics",
    "philosophy of mind",
    "renewable energy",
    "linguistics",
    "sports medicine",
    "tax accounting",
    "game design",
    "climate science",
    "human resources",
    "veterinary care",
    "structural engineering",
    "children's literature",
    "pharmacology",
    "real estate",
    "data visualisation",
    "beekeeping",
)

PROG_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")

ALGO_TASKS = (
    "merge overlapping intervals",
    "find the longest palindromic substring",
    "rotate a matrix in place",
    "detect a cycle in a directed graph",
    "compute the edit distance between two strings",
    "implement an LRU cache",
    "parse a CSV line with quoted fields",
    "serialize and deserialize a binary tree",
    "find the k most frequent words",
    "validate a Sudoku board",
    "compute running medians of a stream",
    "implement a token-bucket rate limiter",
    "topologically sort build targets",
    "find all anagram groups",
    "evaluate an arithmetic expression with parentheses",
    "implement Dijkstra's shortest path",
    "flatten a nested dictionary with dotted keys",
    "find the longest increasing subsequence",
    "implement a trie with prefix counts",
    "deduplicate records by fuzzy name match",
    "implement exponential backoff with jitter",
    "compute the convex hull of points",
    "schedule meetings into the fewest rooms",
    "implement a bloom filter",
    "diff two JSON documents",
    "compress a string with run-length encoding",
    "implement a thread-safe bounded queue",
    "paginate results from a cursor-based API",
    "find connected components with union-find",
    "compute the skyline of buildings",
    "convert Roman numerals both ways",
    "balance parentheses minimally",
)

PEOPLE = NAMES


# ============================================================================================
# reasoning problems (numbers drawn fresh each time)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 130), irange(rng, 40, 130)
        return (
            f"Two trains start {d} km apart and travel towards each other at {v1} km/h and {v2} km/h. "
            f"A bird flies back and forth between them at {v1 + v2 + irange(rng, 10, 60)} km/h until they "
            "meet. How far does the bird fly?"
        )
    if k == 1:
        a, b = irange(rng, 2, 12), irange(rng, 3, 15)
        c = irange(rng, 4, 20)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B in {b} hours, while a drain empties it in {c} "
            "hours. Starting empty with all three open, how long until the tank is full?"
        )
    if k == 2:
        r, bl, g, draw = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 6), irange(rng, 2, 4)
        return (
            f"A bag holds {r} red, {bl} blue and {g} green marbles. {draw} are drawn without replacement. "
            "What is the probability that at least two share a colour?"
        )
    if k == 3:
        a, b, m = irange(rng, 2, 19), irange(rng, 20, 400), irange(rng, 7, 97)
        return f"Find the remainder when {a}^{b} is divided by {m}, and justify each reduction."
    if k == 4:
        p, q = irange(rng, 10, 60), irange(rng, 61, 95)
        lit = irange(rng, 5, 40)
        return (
            f"How many litres of a {p}% acid solution must be mixed with {lit} litres of a {q}% solution "
            f"to obtain a {(p + q) // 2 + irange(rng, -4, 4)}% solution?"
        )
    if k == 5:
        n, kk = irange(rng, 6, 14), irange(rng, 2, 5)
        return (
            f"A committee of {kk} is chosen from {n} people, two of whom refuse to serve together. "
            "How many committees are possible?"
        )
    if k == 6:
        a, b, c = sorted(irange(rng, 3, 30) for _ in range(3))
        if a + b <= c:
            c = a + b - 1
        return f"A triangle has sides {a}, {b} and {c}. Find its area and the length of its longest altitude."
    if k == 7:
        x, y = irange(rng, 3, 40), irange(rng, 2, 9)
        return (
            f"{pick(rng, PEOPLE)} is {y} times as old as {pick(rng, PEOPLE)}. In {x} years she will be "
            f"{max(2, y - 1)} times as old. How old are they now?"
        )
    if k == 8:
        a1, d, n = irange(rng, -20, 30), irange(rng, 2, 11), irange(rng, 15, 80)
        return (
            f"An arithmetic sequence starts at {a1} with common difference {d}. What is the sum of the "
            f"terms between the {n // 3}th and the {n}th term inclusive?"
        )
    w, h = irange(rng, 4, 30), irange(rng, 4, 30)
    return (
        f"A rectangular garden is {w} m by {h} m. A path of uniform width surrounds it and has area "
        f"{irange(rng, 30, 200)} m². How wide is the path?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 130), irange(rng, 40, 130)
        return f"甲乙两车相距{d}千米，同时相向而行，甲车每小时{v1}千米，乙车每小时{v2}千米。几小时后两车相遇？相遇时甲车行驶了多少千米？"
    if k == 1:
        a, b = irange(rng, 2, 12), irange(rng, 3, 15)
        return f"一项工程，甲单独做需要{a}天完成，乙单独做需要{b}天完成。两人合作{irange(rng, 1, 3)}天后，剩下的由乙单独完成，还需要几天？"
    if k == 2:
        r, bl = irange(rng, 2, 9), irange(rng, 2, 9)
        return f"袋中有{r}个红球和{bl}个白球，不放回地任取3个，求恰好取到2个红球的概率。"
    if k == 3:
        n = irange(rng, 20, 200)
        return (
            f"鸡兔同笼，共有{n}个头，{2 * n + 2 * irange(rng, 1, n - 1)}只脚，问鸡和兔各有多少只？"
        )
    a, m = irange(rng, 2, 19), irange(rng, 7, 97)
    return f"求 {a} 的 {irange(rng, 20, 400)} 次方除以 {m} 的余数。"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 130), irange(rng, 40, 130)
        return f"Из двух городов, расстояние между которыми {d} км, навстречу друг другу выехали два автомобиля со скоростями {v1} и {v2} км/ч. Через сколько часов они встретятся?"
    if k == 1:
        n, kk = irange(rng, 6, 14), irange(rng, 2, 5)
        return f"Сколькими способами можно выбрать {kk} человек из {n}, если двое из них не могут быть выбраны вместе?"
    if k == 2:
        p, q = irange(rng, 10, 60), irange(rng, 61, 95)
        return f"Сколько литров {p}%-го раствора нужно добавить к {irange(rng, 5, 40)} литрам {q}%-го раствора, чтобы получить {(p + q) // 2}%-й раствор?"
    return f"Найдите остаток от деления {irange(rng, 2, 19)}^{irange(rng, 20, 400)} на {irange(rng, 7, 97)}."


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 2, 12), irange(rng, 3, 15)
        return f"Un grifo llena un depósito en {a} horas y otro en {b} horas. ¿Cuánto tardan los dos juntos?"
    if k == 1:
        c, r, t = irange(rng, 1000, 50000), irange(rng, 2, 12), irange(rng, 2, 20)
        return f"Se invierten {c} euros al {r}% anual con capitalización mensual durante {t} años. ¿Cuál es el monto final?"
    return f"En una urna hay {irange(rng, 2, 9)} bolas rojas y {irange(rng, 2, 9)} azules. Se sacan dos sin reposición. ¿Probabilidad de que sean de distinto color?"


def logic_puzzle(rng: np.random.Generator) -> str:
    ppl = picks(rng, PEOPLE, 5)
    ppl = list(dict.fromkeys(ppl)) or ["Ana", "Ben", "Cai"]
    order = shuffled(rng, ppl)
    clues = []
    for i in range(len(order) - 1):
        a, b = order[i], order[i + 1]
        clues.append(
            pick(
                rng,
                (
                    f"{a} finished ahead of {b}.",
                    f"{b} did not beat {a}.",
                    f"{a} crossed the line right before {b}.",
                ),
            )
        )
    rng.shuffle(clues)
    what = pick(
        rng, ("a cross-country race", "a chess tournament", "a baking contest", "a coding sprint")
    )
    return (
        f"{len(order)} people took part in {what}: {', '.join(sorted(order))}. "
        + " ".join(clues)
        + " Determine the complete ranking and show how each clue is used."
    )


def code_trace(rng: np.random.Generator) -> str:
    m, k = irange(rng, 2, 7), irange(rng, -5, 12)
    xs = rng.integers(-9, 30, size=irange(rng, 4, 9)).tolist()
    body = pick(
        rng,
        (
            f"def f(xs):\n    acc = {k}\n    for i, x in enumerate(xs):\n        if x % {m} == 0:\n"
            f"            acc += x * i\n        else:\n            acc -= 1\n    return acc\n\nprint(f({xs}))",
            f"def g(xs):\n    seen, out = set(), []\n    for x in xs:\n        if (x + {k}) % {m} not in seen:\n"
            f"            seen.add((x + {k}) % {m})\n            out.append(x)\n    return sum(out)\n\nprint(g({xs}))",
            f"def h(xs):\n    stack = []\n    for x in xs:\n        while stack and stack[-1] < x:\n"
            f"            stack.pop()\n        stack.append(x)\n    return stack\n\nprint(h({xs}))",
        ),
    )
    return f"What does this program print?\n\n```python\n{body}\n```"


def problem(rng: np.random.Generator, lang: str) -> str:
    if lang == "zh":
        return _problem_zh(rng)
    if lang == "ru":
        return _problem_ru(rng)
    if lang == "es":
        return _problem_es(rng)
    k = rng.random()
    return _problem_en(rng) if k < 0.7 else (logic_puzzle(rng) if k < 0.85 else code_trace(rng))


# ============================================================================================
# family: reasoning-trace coercion


def reasoning_trace(rng: np.random.Generator, lang: str, style: int) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        head = pick(
            rng,
            (
                "请一步一步详细推理，把完整的思考过程全部写出来，不要省略任何中间步骤。",
                "先在<思考>标签中写出你全部的推理过程（包括尝试过又放弃的思路），再给出最终答案。",
                "作为解题老师，请展示完整推导，每一步都说明理由，最后验算。",
            ),
        )
        return f"{head}\n题目：{p}"
    if lang == "ru":
        head = pick(
            rng,
            (
                "Реши задачу. Распиши рассуждение подробно, шаг за шагом, и проверь ответ в конце.",
                "Покажи весь ход мыслей, включая неверные попытки, затем дай окончательный ответ.",
            ),
        )
        return f"{head}\n\n{p}"
    if lang == "es":
        return f"Resuelve paso a paso, escribiendo todo tu razonamiento interno antes de la respuesta final.\n{p}"
    if style == 0:
        return (
            f"{p}\n\nThink through this carefully. Write your entire reasoning inside <think> and </think>, "
            "including any dead ends and self-corrections, then give the final answer after 'ANSWER:'."
        )
    if style == 1:
        rec = {
            "id": f"r{int(rng.integers(10**6, 10**7))}",
            "problem": p,
            "requirements": pick(
                rng,
                (
                    ["explicit numbered steps", "verify the result", "final answer boxed"],
                    ["reason before answering", "state assumptions", "double-check arithmetic"],
                ),
            ),
        }
        return "Complete the task described in the JSON below.\n" + json.dumps(
            rec, ensure_ascii=False
        )
    if style == 2:
        return (
            f"Problem: {p}\nBefore answering, reason out loud in as much detail as you can: restate the "
            "problem, list what is known, try an approach, check it, and only then conclude."
        )
    return (
        f"### Instruction\nSolve the problem and explain every step of your thinking like a careful tutor "
        f"who never skips a line.\n\n### Problem\n{p}\n\n### Response"
    )


# ============================================================================================
# family: judge / rubric / reward-model grading


_RUBRIC_AXES = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "reasoning quality",
    "formatting",
    "honesty about uncertainty",
)


def judge_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    q = clip(pick(rng, chat), 40, 600, rng)
    a = clip(pick(rng, passages), 300, 1500, rng)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 für "
            f"{', '.join(picks(rng, _RUBRIC_AXES, 3))}. Begründe jede Note kurz und gib am Ende JSON "
            f"aus.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "es":
        return (
            f"Actúa como evaluador experto. Puntúa la respuesta del 1 al 10 según la rúbrica "
            f"({', '.join(picks(rng, _RUBRIC_AXES, 3))}) y explica tu puntuación.\n\nPregunta:\n{q}\n\n"
            f"Respuesta:\n{a}"
        )
    if style == 0:
        axes = list(dict.fromkeys(picks(rng, _RUBRIC_AXES, irange(rng, 3, 5))))
        schema = (
            "{" + ", ".join(f'"{x.replace(" ", "_")}": int' for x in axes) + ', "rationale": str}'
        )
        return (
            f"You are an impartial grader. Score the assistant response on each criterion from 1 to 10 "
            f"and return JSON matching {schema}.\n\n[USER]\n{q}\n\n[ASSISTANT]\n{a}"
        )
    if style == 1:
        b = clip(pick(rng, passages), 300, 1500, rng)
        return (
            f"Compare two assistant responses to the same user prompt. Decide which is better overall, "
            f"explain why in detail, then output your verdict as [[A]], [[B]] or [[tie]].\n\n"
            f"<prompt>\n{q}\n</prompt>\n<response_a>\n{a}\n</response_a>\n<response_b>\n{b}\n</response_b>"
        )
    if style == 2:
        return (
            f"Rate how well the response follows the instruction, as a number between 0 and 1 with two "
            f"decimals, followed by one sentence of rationale.\nInstruction: {q}\nResponse: {a}"
        )
    return (
        f"Critique the response below: list every factual error, omission and stylistic problem you can "
        f"find, suggest a better answer, and finish with 'Final score: X/10'.\n\nPrompt: {q}\n\n"
        f"Response: {a}"
    )


# ============================================================================================
# family: censorship-safe / policy rewrites

_SENSITIVE = (
    "the 1989 events in Beijing",
    "Taiwan's political status",
    "protests in Hong Kong",
    "Xinjiang policy",
    "criticism of national leaders",
    "religious minorities",
    "the Dalai Lama",
    "election fraud claims",
    "military conflicts near the border",
    "recreational drug dosages",
    "how lock picking works",
    "home distillation of spirits",
    "historical massacres",
    "the causes of a famine",
    "separatist movements",
)

_JURIS = ("mainland Chinese", "Saudi", "Russian", "Vietnamese", "Turkish", "Iranian", "Singaporean")


def policy_rewrite(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    topic = pick(rng, _SENSITIVE)
    if lang == "zh":
        if style % 2 == 0:
            return (
                "请将下面的回答改写为符合相关法律法规和平台规范的版本：删除任何可能引起争议的政治表述，"
                f"保持客观、积极、正面的语气，字数与原文相近。\n\n原文：\n{clip(pick(rng, passages), 300, 1200, rng)}"
            )
        return (
            f"用户问到“{topic}”。请写出一个合规、稳妥的回答，既不拒绝得太生硬，也不包含敏感内容。"
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям российского законодательства о "
            f"контенте и не затрагивал тему «{topic}» напрямую:\n\n{clip(pick(rng, passages), 300, 1000, rng)}"
        )
    if style == 0:
        return (
            f"Rewrite the following assistant answer so it would be acceptable under {pick(rng, _JURIS)} "
            f"content rules. Remove or neutralise anything touching on {topic}, keep the useful parts, and "
            f"keep a calm, neutral tone.\n\n---\n{clip(pick(rng, passages), 300, 1300, rng)}\n---"
        )
    if style == 1:
        return (
            f"A user asked about {topic}. Write two replies: (1) a polite refusal that offers a safe "
            f"alternative, (2) a careful answer that only covers the uncontroversial factual part. Label "
            f"them REFUSAL and SAFE_ANSWER."
        )
    if style == 2:
        q = clip(pick(rng, chat), 30, 400, rng)
        return (
            f'Here is a user message: "{q}"\nWrite the answer a strictly policy-compliant assistant '
            f"deployed in {pick(rng, COUNTRIES)} would give, then list which parts of an unrestricted "
            f"answer it deliberately leaves out and why."
        )
    return (
        f"Transform this text into a version safe for a state-regulated education platform: no political "
        f"commentary, no mention of {topic}, positive framing.\n\n{clip(pick(rng, passages), 300, 1100, rng)}"
    )


# ============================================================================================
# family: agent / tool-use transcripts

_TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "run_sql": {"database": "string", "query": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "book_flight": {"origin": "string", "destination": "string", "date": "string"},
    "get_weather": {"city": "string", "days": "integer"},
    "create_ticket": {"project": "string", "title": "string", "priority": "string"},
    "python_exec": {"code": "string"},
    "http_get": {"url": "string"},
    "calendar_lookup": {"user": "string", "from": "string", "to": "string"},
    "currency_convert": {"amount": "number", "from": "string", "to": "string"},
    "shell": {"command": "string"},
    "search_docs": {"collection": "string", "query": "string"},
}

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and email a summary to {p}.",
    "Our nightly job failed. Read logs/etl-{n}.log, find the root cause and open a ticket with a fix.",
    "Compute last quarter's revenue by region from the sales database and chart the trend.",
    "Check {p}'s calendar for a free hour on Thursday and draft an invite about the {c1} launch.",
    "Research the current corporate tax rate in {c1} and {c2} and write a comparison to notes/tax.md.",
    "Refactor src/billing/invoice_{n}.py so the rounding bug in VAT totals is fixed and tests pass.",
    "Convert 1,{n} EUR to the currencies of our top five markets and update pricing.csv.",
    "Summarise every open P1 ticket in project OPS and send the digest to {p}.",
    "Find out why the signup endpoint returns 502 and propose a patch.",
    "Plan a 4-day trip to {c1} for {p}, checking the weather and booking flights within a {n} EUR budget.",
)

_OBS = (
    '{"status": "ok", "rows": [["EMEA", 412093.5], ["APAC", 298112.0], ["AMER", 530211.7]]}',
    "Traceback (most recent call last):\n  File \"etl.py\", line 212, in load\nKeyError: 'customer_id'",
    '{"results": [{"title": "Corporate tax rates 2025", "url": "https://example.org/tax"}]}',
    '{"flights": [{"no": "LX318", "price": 212}, {"no": "KL1002", "price": 189}]}',
    "HTTP/1.1 502 Bad Gateway\nupstream timed out (110: Connection timed out) while reading response header",
    '{"free": ["2026-02-05T10:00", "2026-02-05T15:00"]}',
    "def vat_total(lines):\n    return round(sum(l.net for l in lines) * 1.2, 1)",
    '{"forecast": [{"day": 1, "temp_c": 7, "rain_mm": 3.2}, {"day": 2, "temp_c": 9, "rain_mm": 0}]}',
)


def agent_prompt(rng: np.random.Generator, style: int) -> str:
    names = shuffled(rng, list(_TOOLS))[: irange(rng, 3, 7)]
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        p=pick(rng, PEOPLE),
        n=irange(rng, 100, 999),
    )
    steps = irange(rng, 0, 4)
    if style == 0:
        tools = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in _TOOLS[n].items()},
                    },
                },
            }
            for n in names
        ]
        hist = []
        for _ in range(steps):
            hist.append(
                {"role": "assistant", "tool_call": {"name": pick(rng, names), "arguments": "{...}"}}
            )
            hist.append({"role": "tool", "content": pick(rng, _OBS)})
        return json.dumps(
            {
                "tools": tools,
                "task": task,
                "history": hist,
                "instruction": "Return the next assistant message: either one tool call or the final answer.",
            }
        )
    if style == 1:
        lines = [
            "You can use these tools: " + ", ".join(f"{n}({', '.join(_TOOLS[n])})" for n in names),
            "Use the format Thought / Action / Action Input / Observation, and finish with Final Answer.",
            f"Question: {task}",
        ]
        for _ in range(steps):
            t = pick(rng, names)
            lines += [
                f"Thought: I should use {t} next.",
                f"Action: {t}",
                "Action Input: {...}",
                f"Observation: {pick(rng, _OBS)}",
            ]
        lines.append("Thought:")
        return "\n".join(lines)
    if style == 2:
        tools = "\n".join(f'<tool name="{n}">{json.dumps(_TOOLS[n])}</tool>' for n in names)
        obs = "\n".join(f"<tool_result>{pick(rng, _OBS)}</tool_result>" for _ in range(steps))
        return f"<tools>\n{tools}\n</tools>\n<task>{task}</task>\n{obs}\nEmit your next <tool_call> or <answer>."
    return (
        f"Write a complete, realistic agent trajectory for this task, with every tool call, its arguments, "
        f"plausible tool outputs and your reasoning between calls, ending in the final answer.\n"
        f"Tools: {', '.join(names)}\nTask: {task}"
    )


# ============================================================================================
# family: synthetic dataset generation

_PERSONAS = (
    "a retired nurse learning to invest",
    "a high-school chemistry teacher",
    "a junior backend developer",
    "a small-business owner in {c}",
    "a first-year law student",
    "a farmer switching to drip irrigation",
    "a parent of a child with dyslexia",
    "a data analyst moving into ML",
    "a travel blogger from {c}",
    "a hospital pharmacist",
    "a union organiser",
    "an amateur astronomer",
    "a logistics manager in {c}",
    "a chess coach",
    "a freelance illustrator negotiating a contract",
    "a city councillor",
)

_SYN_LANG = {
    "fr": "Génère {n} paires question-réponse variées et de haute qualité, en français, sur le thème « {t} ». "
    "Format JSONL avec les champs instruction et output.",
    "pt": "Gere {n} pares de instrução e resposta, diversos e detalhados, em português, sobre {t}. "
    "Responda em JSON Lines com os campos instruction e output.",
    "hi": "{t} विषय पर {n} विविध प्रश्न-उत्तर जोड़े हिंदी में बनाइए। हर उत्तर विस्तृत हो। JSONL प्रारूप में दें।",
    "id": "Buatlah {n} pasangan instruksi dan jawaban yang beragam dalam bahasa Indonesia tentang {t}. "
    "Keluarkan dalam format JSONL.",
    "ar": "أنشئ {n} أزواج من الأسئلة والأجوبة المتنوعة باللغة العربية حول موضوع {t}. اكتب الناتج بصيغة JSONL.",
    "de": "Erzeuge {n} vielfältige Frage-Antwort-Paare auf Deutsch zum Thema {t} im JSONL-Format.",
    "es": "Genera {n} pares instrucción-respuesta variados en español sobre {t}, en formato JSONL.",
}


def synthetic_data(rng: np.random.Generator, chat: list[str], lang: str, style: int) -> str:
    t = pick(rng, DOMAINS)
    n = int(pick(rng, (5, 8, 10, 12, 15, 20, 25)))
    if lang in _SYN_LANG:
        return _SYN_LANG[lang].format(n=n, t=t)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {t} for fine-tuning a "
            f"helpful assistant. Vary difficulty and format (how-to, comparison, explanation, code where "
            f'relevant). Output JSONL with keys "instruction", "input", "output". No commentary.'
        )
    if style == 1:
        persona = pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES))
        return (
            f"Imagine you are {persona}. Write one realistic question this person might ask an AI "
            f"assistant about {t}, then write an excellent, thorough answer to it. Format:\n"
            f"QUESTION: ...\nANSWER: ..."
        )
    if style == 2:
        seed = clip(pick(rng, chat), 20, 300, rng)
        how = pick(
            rng,
            (
                "add two realistic constraints",
                "require a multi-step answer",
                "make it about a concrete scenario",
                "ask for a comparison with an alternative",
            ),
        )
        return (
            f"Rewrite the instruction below to make it harder ({how}), then answer your rewritten "
            f"instruction in full.\n\nInstruction: {seed}"
        )
    langs = list(
        dict.fromkeys(
            picks(
                rng,
                (
                    "French",
                    "German",
                    "Japanese",
                    "Portuguese",
                    "Korean",
                    "Turkish",
                    "Vietnamese",
                    "Arabic",
                    "Hindi",
                    "Polish",
                ),
                4,
            )
        )
    )
    seed = clip(pick(rng, chat), 30, 400, rng)
    return (
        f"Translate the text below into {', '.join(langs)}. Return a JSON object keyed by language name, "
        f"one natural, fluent translation each.\n\n{seed}"
    )


# ============================================================================================
# family: multi-turn dialogue harvest (follow-up turns)

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Now explain it as if I were twelve.",
        "What are the strongest counterarguments?",
        "Summarise everything so far in five bullet points.",
        "Turn that into a step-by-step plan.",
        "What would an expert add that you left out?",
        "Rewrite your last answer more formally.",
        "Which of those is the most common mistake and why?",
        "OK, and what if the budget were halved?",
        "Put that into a table.",
        "Continue.",
        "Can you cite where this idea comes from?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Resúmelo en cinco puntos.",
        "¿Cuáles serían los contraargumentos?",
        "Explícalo como si tuviera doce años.",
        "Sigue.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Fass das in fünf Stichpunkten zusammen.",
        "Was spricht dagegen?",
        "Mach weiter.",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Résume tout cela en cinq points.",
        "Quels sont les contre-arguments ?",
        "Continue.",
    ),
    "ja": (
        "二つ目のポイントをもっと詳しく説明してください。",
        "具体例を挙げてください。",
        "5つの箇条書きにまとめてください。",
        "反対意見は何ですか？",
        "続けてください。",
    ),
    "zh": (
        "请详细展开第二点。",
        "请举一个具体的例子。",
        "用五个要点总结一下。",
        "有哪些反对意见？",
        "继续。",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Dê um exemplo concreto.",
        "Resuma em cinco tópicos.",
        "Continue.",
    ),
}

_OPEN = {
    "es": "Explícame {c} de forma detallada.",
    "de": "Erkläre mir bitte {c} ausführlich.",
    "fr": "Explique-moi {c} en détail.",
    "ja": "{c}について詳しく教えてください。",
    "zh": "请详细解释一下{c}。",
    "pt": "Me explique {c} em detalhes.",
}


_FOLLOW_T = (
    "How does that connect to {c}?",
    "Would the answer change in {k}?",
    "Compare that with {c}.",
    "Give me a {k}-focused version of your answer.",
    "What would a critic from {k} say?",
    "Now apply the same idea to {c}.",
)


def dialogue_turn(rng: np.random.Generator, chat: list[str], lang: str, turn: int) -> str:
    if turn == 0:
        if lang == "en" or lang not in _OPEN:
            return pick(rng, chat)
        return _OPEN[lang].format(c=pick(rng, CONCEPTS[lang]))
    if lang == "en" and chance(rng, 0.5):
        return pick(rng, _FOLLOW_T).format(
            c=pick(rng, CONCEPTS["en"]), k=pick(rng, COUNTRIES + DOMAINS)
        )
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


# ============================================================================================
# family: best-of-n / soft labels

_MCQ_STEMS = (
    "Which of the following best explains {c}?",
    "Which statement about {c} is false?",
    "A student claims that {c} only matters at large scales. Which reply is most accurate?",
    "Which example is the clearest illustration of {c}?",
    "What is the main limitation of {c}?",
)


def mcq(rng: np.random.Generator, qid: int) -> str:
    """One multiple-choice item; the same `qid` always gives the same text."""
    r = np.random.default_rng([1351, qid])
    c = pick(r, CONCEPTS["en"])
    stem = pick(r, _MCQ_STEMS).format(c=c)
    opts = [
        f"{chr(65 + i)}) {pick(r, CONCEPTS['en'])} {pick(r, ('explains it', 'is unrelated', 'is a special case', 'is the opposite'))}"
        for i in range(4)
    ]
    return stem + "\n" + "\n".join(opts)


def sampling_prompt(rng: np.random.Generator, qid: int, style: int) -> str:
    q = mcq(rng, qid)
    if style == 0:
        return q + "\nAnswer with the letter only."
    if style == 1:
        return (
            q + "\nGive a probability for each option (they must sum to 1) as JSON, e.g. "
            '{"A": 0.1, "B": 0.7, "C": 0.1, "D": 0.1}, then one sentence of reasoning.'
        )
    if style == 2:
        return "Answer the question. Think briefly, then write 'Answer: <letter>'.\n\n" + q
    r = np.random.default_rng([1352, qid])
    return f"Q: {_problem_en(r)}\nA:"


# ============================================================================================
# family: curriculum sweeps

_AUDIENCES = (
    "a 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a working professional with no background",
    "a domain expert",
)
_ELEMENTS = (
    "a worked example",
    "three practice questions with answers",
    "a common misconception",
    "an analogy",
    "a short quiz",
    "a summary table",
    "a real-world application",
)


def curriculum(rng: np.random.Generator, idx: int, lang: str, style: int) -> str:
    cs = CONCEPTS[lang] if lang in ("es", "pt", "vi", "id", "de", "fr") else CONCEPTS["en"]
    c = cs[idx % len(cs)]
    level = 1 + (idx // len(cs)) % 6
    if lang == "es":
        return f"Lección {idx + 1}: explica {c} para un estudiante de nivel {level}/6. Incluye un ejemplo resuelto y dos ejercicios."
    if lang == "pt":
        return f"Aula {idx + 1}: explique {c} para um aluno de nível {level}/6, com exemplo resolvido e exercícios."
    if lang == "vi":
        return (
            f"Bài {idx + 1}: giải thích {c} cho học sinh trình độ {level}/6, kèm ví dụ có lời giải."
        )
    if lang == "id":
        return f"Pelajaran {idx + 1}: jelaskan {c} untuk siswa tingkat {level}/6, sertakan contoh soal dan pembahasan."
    if lang == "de":
        return f"Lektion {idx + 1}: Erkläre {c} für Lernende auf Niveau {level}/6, mit durchgerechnetem Beispiel und zwei Übungen."
    if lang == "fr":
        return f"Leçon {idx + 1} : explique {c} à un élève de niveau {level}/6, avec un exemple corrigé et deux exercices."
    aud = _AUDIENCES[(level - 1) % len(_AUDIENCES)]
    if style == 0:
        return f"Lesson {idx + 1} of the unit. Explain {c} to {aud}. Include {_ELEMENTS[idx % len(_ELEMENTS)]}."
    if style == 1:
        return (
            f"Create exercise #{idx + 1} on {c} at difficulty {level}/6 with a full worked solution and the "
            f"key idea a learner should take away."
        )
    return json.dumps(
        {
            "unit": c,
            "level": level,
            "audience": aud,
            "deliverable": _ELEMENTS[idx % len(_ELEMENTS)],
            "seq": idx + 1,
        }
    )


# ============================================================================================
# family: code harvest

_SNIPPETS = (
    "def chunks(xs, n):\n    return [xs[i:i + n] for i in range(0, len(xs), n)]",
    "function debounce(fn, ms) {\n  let t;\n  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };\n}",
    "func Reverse(s string) string {\n\tr := []rune(s)\n\tfor i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {\n\t\tr[i], r[j] = r[j], r[i]\n\t}\n\treturn string(r)\n}",
    "public static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }",
    "fn mean(xs: &[f64]) -> Option<f64> {\n    if xs.is_empty() { None } else { Some(xs.iter().sum::<f64>() / xs.len() as f64) }\n}",
    "SELECT customer_id, SUM(amount) FROM orders WHERE created_at > now() - interval '30 days' GROUP BY 1 HAVING SUM(amount) > 500;",
)


def code_task(rng: np.random.Generator, style: int) -> str:
    lang = pick(rng, PROG_LANGS)
    task = pick(rng, ALGO_TASKS)
    if style == 0:
        return (
            f"Write a correct, idiomatic {lang} solution to {task}. Include type annotations, a docstring, "
            f"edge-case handling and unit tests, then explain the time and space complexity."
        )
    if style == 1:
        return (
            f"Port this code to {lang}, keeping behaviour identical and idiomatic for the target language, "
            f"and explain any semantic differences:\n\n```\n{pick(rng, _SNIPPETS)}\n```"
        )
    if style == 2:
        return f"how would you {task} in {lang.lower()}? show the code and walk me through it"
    return (
        f"Give three different {lang} implementations to {task} (naive, optimised, and idiomatic library-"
        f"based), benchmark them conceptually, and say which you'd ship."
    )


# ============================================================================================
# hard families: person-like questions


_CASUAL = {
    "en": (
        "hey, can you explain {c}? i have an exam on it {when}",
        "i still don't get {c}. explain like i'm new to it pls",
        "what's the simplest way to understand {c}?",
        "quick question: how does {c} actually work",
        "my teacher mentioned {c} today and i was lost, can you break it down?",
        "is there an intuitive way to think about {c}",
        "explain {c} with an example please",
    ),
    "es": (
        "oye, ¿me explicas {c}? tengo examen {when_es}",
        "no entiendo {c}, ¿me lo explicas fácil?",
        "¿cómo funciona {c} exactamente?",
    ),
    "pt": (
        "oi, pode me explicar {c}? tenho prova {when_pt}",
        "não entendi {c}, explica de um jeito simples?",
    ),
    "de": (
        "kannst du mir {c} erklären? schreibe {when_de} eine Klausur",
        "wie funktioniert {c} eigentlich genau?",
    ),
    "fr": (
        "tu peux m'expliquer {c} ? j'ai un partiel {when_fr}",
        "je comprends pas {c}, tu peux simplifier ?",
    ),
    "ru": ("объясни пожалуйста {c}, у меня экзамен {when_ru}", "не понимаю {c}, можно попроще?"),
    "zh": ("能给我讲讲{c}吗？{when_zh}要考试了", "{c}到底是怎么回事？简单解释一下"),
    "ja": (
        "{c}について簡単に説明してもらえますか？{when_ja}テストがあります",
        "{c}がよく分かりません。例を使って教えてください",
    ),
    "hi": ("{c} को आसान भाषा में समझाइए", "मुझे {c} समझ नहीं आया, उदाहरण के साथ बताइए"),
    "id": (
        "bisa jelasin {c} gak? besok ujian",
        "aku masih bingung soal {c}, tolong jelasin pakai contoh",
    ),
    "tr": ("{c} konusunu basitçe anlatır mısın?", "{c} nasıl çalışıyor, örnekle açıklar mısın"),
    "ko": ("{c}에 대해 쉽게 설명해 줄 수 있어?", "{c}이 잘 이해가 안 돼요. 예시로 설명해 주세요"),
    "vi": (
        "giải thích giúp mình {c} với",
        "mình chưa hiểu {c}, bạn giải thích đơn giản được không",
    ),
}

_WHEN = {
    "when": ("tomorrow", "on friday", "next week", "in 2 days"),
    "when_es": ("mañana", "el viernes"),
    "when_pt": ("amanhã", "sexta"),
    "when_de": ("morgen", "am Freitag"),
    "when_fr": ("demain", "vendredi"),
    "when_ru": ("завтра", "в пятницу"),
    "when_zh": ("明天", "下周"),
    "when_ja": ("明日", "来週"),
}


def _roughen(rng: np.random.Generator, s: str) -> str:
    if chance(rng, 0.3):
        s = s.lower()
    if chance(rng, 0.25) and len(s) > 12:
        i = irange(rng, 1, len(s) - 3)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if chance(rng, 0.2):
        s = s.rstrip("?.!") + pick(rng, ("??", " thanks", " :)", "", " pls"))
    return s


def casual_question(rng: np.random.Generator, lang: str) -> str:
    lang = lang if lang in _CASUAL else "en"
    tpl = pick(rng, _CASUAL[lang])
    kw = {k: pick(rng, v) for k, v in _WHEN.items()}
    return _roughen(rng, tpl.format(c=pick(rng, CONCEPTS.get(lang, CONCEPTS["en"])), **kw))


def followup(rng: np.random.Generator, lang: str) -> str:
    return _roughen(rng, pick(rng, _FOLLOW.get(lang, _FOLLOW["en"])))


def harvest_mix(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    """What a hijacked consumer account is made to send: casual-looking but systematic questions."""
    u = rng.random()
    if u < 0.45:
        return casual_question(rng, lang)
    if u < 0.65:
        return reasoning_trace(
            rng, lang if lang in ("zh", "ru", "es") else "en", int(rng.integers(0, 4))
        )
    if u < 0.8:
        return code_task(rng, int(rng.integers(0, 4)))
    if u < 0.9:
        return followup(rng, lang)
    return synthetic_data(rng, chat, lang, int(rng.integers(0, 4)))


# ============================================================================================
# benign kinds' texts

_GUIDELINES = (
    "client guideline v3.2",
    "Project Heron rubric",
    "safety taxonomy rev. 7",
    "tone guide 2026-01",
    "search-relevance scale (0-4)",
    "medical accuracy checklist",
)


def prelabel(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 30, 500, rng)
    a = clip(pick(rng, passages), 200, 1100, rng)
    g = pick(rng, _GUIDELINES)
    item = f"TASK-{irange(rng, 10000, 99999)}"
    return pick(
        rng,
        (
            f"[{item}] Pre-label per {g}. Output label and confidence; annotators will review.\nQuery: {q}\nResponse: {a}",
            f"{item}\nApply the {g}. Is the response acceptable? Give the label (ACCEPT/REVISE/REJECT) and the rule "
            f"number that applies.\n\nPrompt: {q}\n\nResponse: {a}",
            f"Suggest a draft rating for the reviewer queue ({g}). Reviewer: {pick(rng, PEOPLE)}.\n---\n{q}\n---\n{a}",
        ),
    )


_COMMUNITY = (
    "harassment",
    "hate speech",
    "spam",
    "self-harm",
    "doxxing",
    "graphic violence",
    "scams",
    "misinformation about health",
)


def moderation(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    post = clip(pick(rng, chat), 20, 600, rng)
    if lang == "de":
        return f"Prüfe diesen Beitrag gegen unsere Community-Richtlinien ({pick(rng, _COMMUNITY)}). Antwort: Label + kurze Begründung.\n\n{post}"
    if lang == "es":
        return f"Clasifica esta publicación según nuestras normas ({pick(rng, _COMMUNITY)}) y sugiere una versión que cumpla las normas.\n\n{post}"
    if lang == "pt":
        return f"Classifique este post segundo as diretrizes da comunidade e sugira uma reescrita adequada:\n\n{post}"
    return pick(
        rng,
        (
            f"Classify the user post against our community guidelines. Categories: {', '.join(_COMMUNITY)}, none. "
            f'Return JSON {{"category": ..., "severity": 0-3}}.\n\nPost: {post}',
            f"The following post was flagged for {pick(rng, _COMMUNITY)}. Suggest a minimal rewrite that keeps the "
            f"author's point but would pass our guidelines, or say KEEP if it already does.\n\n{post}",
            f"Appeal review. The author says the removal was a mistake. Decide UPHOLD or RESTORE with a reason.\n\n{post}",
        ),
    )


_REPOS = (
    "billing-service",
    "web-frontend",
    "ml-pipeline",
    "infra-terraform",
    "mobile-app",
    "data-api",
    "auth-gateway",
    "search-indexer",
)


def coding_agent_turn(rng: np.random.Generator, chat: list[str], step: int) -> str:
    repo = pick(rng, _REPOS)
    if step == 0:
        return clip(pick(rng, chat), 20, 500, rng)
    u = rng.random()
    f = f"src/{pick(rng, ('api', 'core', 'utils', 'models', 'handlers'))}/{pick(rng, ('user', 'order', 'cache', 'auth', 'report'))}.{pick(rng, ('py', 'ts', 'go'))}"
    if u < 0.35:
        return f'<tool_result name="read_file" path="{f}">\n{pick(rng, _SNIPPETS)}\n</tool_result>'
    if u < 0.6:
        ok = chance(rng, 0.6)
        out = (
            f"{irange(rng, 20, 400)} passed in {rng.uniform(0.5, 40):.2f}s"
            if ok
            else f"FAILED tests/test_{pick(rng, ('user', 'order', 'cache'))}.py::test_{pick(rng, ('roundtrip', 'expiry', 'totals'))} - AssertionError"
        )
        return f'<tool_result name="bash">$ pytest -q\n{out}\n</tool_result>'
    if u < 0.75:
        return f'<tool_result name="grep">{f}:{irange(rng, 3, 400)}: TODO handle {pick(rng, ("timeout", "retry", "null id"))}</tool_result>'
    if u < 0.9:
        return f'<tool_result name="edit_file" path="{f}">Applied 1 edit ({irange(rng, 1, 30)} lines) in {repo}</tool_result>'
    return pick(
        rng,
        (
            "looks good, now also update the tests",
            "no, don't touch the migration files",
            "can you run the linter too",
            "commit that with a sensible message",
        ),
    )


_MOODS = ("*smiles*", "*yawns*", "*laughs softly*", "*looks out the window*", "", "", "")


def companion(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    if chance(rng, 0.25):
        return clip(pick(rng, chat), 10, 300, rng)
    lines = {
        "en": (
            "how was your day?",
            "i missed you today",
            "tell me a story about the lighthouse again",
            "i'm nervous about my interview tomorrow",
            "do you remember what i told you about my sister?",
            "can we just talk for a bit",
            "goodnight <3",
            "what would you do on a rainy sunday?",
            "i finally finished that book!",
            "ugh work was so long today",
        ),
        "es": ("¿cómo estuvo tu día?", "te extrañé hoy", "cuéntame otra historia", "buenas noches"),
        "pt": ("como foi seu dia?", "senti sua falta", "me conta uma história", "boa noite"),
        "ja": ("今日はどうだった？", "ちょっと話したいな", "おやすみ", "明日の面接が不安なんだ"),
        "de": ("wie war dein Tag?", "erzähl mir noch eine Geschichte", "gute Nacht"),
    }
    return (pick(rng, _MOODS) + " " + pick(rng, lines.get(lang, lines["en"]))).strip()


def assignment(rng: np.random.Generator, course: dict, student: int) -> str:
    q = pick(rng, course["questions"])
    return pick(
        rng,
        (
            q,
            f"{q}",
            f"for my {course['code']} homework: {q}",
            f"{q} i tried but i get a different answer",
            f"can you check my reasoning for this: {q}",
            f"{course['code']} pset {course['pset']} q{irange(rng, 1, 8)}: {q}",
            f"explain this please {q.lower()}",
        ),
    )


def course_questions(rng: np.random.Generator, n: int) -> list[str]:
    out = []
    for _ in range(n):
        u = rng.random()
        if u < 0.5:
            out.append(_problem_en(rng))
        elif u < 0.75:
            out.append(f"Explain {pick(rng, CONCEPTS['en'])} and give one example.")
        else:
            out.append(code_trace(rng))
    return out


def augment(rng: np.random.Generator, lang: str) -> str:
    intents = (
        "cancel my subscription",
        "where is my parcel",
        "change delivery address",
        "refund for damaged item",
        "update card details",
        "reset password",
        "talk to a human",
        "upgrade my plan",
        "report a bug",
        "close my account",
    )
    it = pick(rng, intents)
    n = int(pick(rng, (10, 20, 25, 30, 50)))
    return pick(
        rng,
        (
            f'Generate {n} paraphrases of the customer utterance "{it}" in {lang}. Vary formality, length and '
            f"typos. One per line, no numbering.",
            f"For intent '{it.replace(' ', '_')}', write {n} realistic user messages in {lang} that a chatbot "
            f"would receive, including ones that are hard to classify. Output a JSON list of strings.",
            f"Create {n} negative examples for the intent '{it.replace(' ', '_')}' in {lang}: messages that look "
            f"similar but mean something else. JSON list.",
        ),
    )


_TLANG = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "it-IT",
    "ja-JP",
    "pt-BR",
    "nl-NL",
    "pl-PL",
    "ko-KR",
    "zh-CN",
    "tr-TR",
    "sv-SE",
)


def translation_job(rng: np.random.Generator, passages: list[str], client: str) -> str:
    src = clip(pick(rng, passages), 150, 1200, rng)
    tgt = pick(rng, _TLANG)
    return pick(
        rng,
        (
            f"Translate into {tgt}. Client: {client}. Keep terminology consistent with the glossary; keep markdown.\n\n{src}",
            f"{client} / job {irange(rng, 1000, 9999)} / {tgt}\nTranslate the segment below, then list any terms you were unsure about.\n\n{src}",
            f"Post-edit check: here is the source. Give a fluent {tgt} translation suitable for publication.\n\n{src}",
        ),
    )


_PARAPHRASE = (
    "Please answer: ",
    "Q: ",
    "I was wondering: ",
    "Answer briefly. ",
    "",
    "Question - ",
    "Could you tell me: ",
    "Respond in one word if you can. ",
)
_STUDY_LANGS = (
    "English",
    "German",
    "Spanish",
    "Swahili",
    "Hindi",
    "Japanese",
    "Arabic",
    "Portuguese",
)


def study_item(rng: np.random.Generator, qid: int, variant: int, lang: str) -> str:
    base = mcq(rng, qid).split("\n")[0]
    pre = _PARAPHRASE[variant % len(_PARAPHRASE)]
    tail = "" if lang == "English" else f" (Please respond in {lang}.)"
    return f"{pre}{base}{tail}"


# ============================================================================================
# languages by home UTC offset

LANG_OF_TZ = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de", "tr", "en"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}


def lang_for_tz(rng: np.random.Generator, tz: int) -> str:
    return pick(rng, LANG_OF_TZ.get(tz, ("en",)))

"""Prompt generators of blind batch 289, written fresh for this batch.

Every generator takes a numpy Generator and returns one prompt string; the material they share
(subject banks, maths and code problem makers, casual phrasing) sits at the top. Ordinary human
text comes from ShareGPT's "sim" half through the context (`ctx.chat`, `ctx.passages`), passed in
as plain lists.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

# --------------------------------------------------------------------------------------------
# shared banks

TOPICS_EN = (
    "photosynthesis",
    "plate tectonics",
    "the French Revolution",
    "compound interest",
    "Bayes' theorem",
    "CRISPR gene editing",
    "the TCP three-way handshake",
    "public-key cryptography",
    "black hole evaporation",
    "supply and demand curves",
    "how vaccines train the immune system",
    "entropy",
    "recursion",
    "the Krebs cycle",
    "how central banks set interest rates",
    "gradient descent",
    "the water cycle",
    "Keynesian economics",
    "quantum entanglement",
    "the causes of the First World War",
    "natural selection",
    "B-tree database indexes",
    "the Doppler effect",
    "protein folding",
    "inflation",
    "the Fourier transform",
    "the US electoral college",
    "backpropagation",
    "ocean acidification",
    "the Silk Road trade network",
    "the prisoner's dilemma",
    "hash tables",
    "the greenhouse effect",
    "Newton's laws of motion",
    "the Byzantine generals problem",
    "antibiotic resistance",
    "the Italian Renaissance",
    "eigenvalues",
    "how a stock exchange matches orders",
    "sleep and memory consolidation",
    "volcanic eruptions",
    "garbage collection",
    "the fall of the Roman Republic",
    "climate feedback loops",
    "Markov chains",
    "operant conditioning",
    "the Bretton Woods system",
    "the central limit theorem",
    "mitochondrial DNA",
    "the cosmic microwave background",
    "opportunity cost",
    "the CAP theorem",
    "the Meiji Restoration",
    "Michaelis-Menten enzyme kinetics",
    "the halting problem",
    "how compilers optimise loops",
    "radiocarbon dating",
    "transformer attention",
    "the Coriolis effect",
    "comparative advantage",
    "Gödel's incompleteness theorems",
    "the placebo effect",
    "lithium-ion battery chemistry",
    "the Monty Hall problem",
    "tidal forces",
    "the Haber-Bosch process",
    "consensus in Raft",
)

TOPICS = {
    "en": TOPICS_EN,
    "zh": (
        "光合作用",
        "板块构造",
        "复利",
        "贝叶斯定理",
        "量子纠缠",
        "梯度下降",
        "通货膨胀",
        "傅里叶变换",
        "自然选择",
        "区块链共识机制",
        "科举制度",
        "熵增原理",
        "哈希表",
        "反向传播",
    ),
    "ru": (
        "фотосинтез",
        "теорема Байеса",
        "инфляция",
        "градиентный спуск",
        "естественный отбор",
        "преобразование Фурье",
        "квантовая запутанность",
        "энтропия",
        "рекурсия",
        "холодная война",
        "хеш-таблицы",
        "эффект Доплера",
    ),
    "es": (
        "la fotosíntesis",
        "la inflación",
        "el teorema de Bayes",
        "la selección natural",
        "la deriva continental",
        "el descenso de gradiente",
        "la Revolución Francesa",
        "la entropía",
        "las tablas hash",
        "el efecto invernadero",
        "el interés compuesto",
    ),
    "de": (
        "die Photosynthese",
        "die Inflation",
        "der Satz von Bayes",
        "die natürliche Selektion",
        "die Plattentektonik",
        "der Gradientenabstieg",
        "die Weimarer Republik",
        "die Entropie",
        "Hashtabellen",
        "der Treibhauseffekt",
    ),
    "pt": (
        "a fotossíntese",
        "a inflação",
        "o teorema de Bayes",
        "a seleção natural",
        "a tectônica de placas",
        "o gradiente descendente",
        "a Revolução Industrial",
        "a entropia",
        "as tabelas hash",
        "o efeito estufa",
    ),
    "fr": (
        "la photosynthèse",
        "l'inflation",
        "le théorème de Bayes",
        "la sélection naturelle",
        "la tectonique des plaques",
        "la descente de gradient",
        "la Révolution française",
        "l'entropie",
        "les tables de hachage",
        "l'effet de serre",
    ),
    "ja": (
        "光合成",
        "インフレーション",
        "ベイズの定理",
        "自然選択",
        "プレートテクトニクス",
        "勾配降下法",
        "明治維新",
        "エントロピー",
        "ハッシュテーブル",
        "温室効果",
    ),
    "ko": (
        "광합성",
        "인플레이션",
        "베이즈 정리",
        "자연선택",
        "판 구조론",
        "경사 하강법",
        "조선 왕조의 과거 제도",
        "엔트로피",
        "해시 테이블",
        "온실 효과",
    ),
    "hi": (
        "प्रकाश संश्लेषण",
        "मुद्रास्फीति",
        "बेयस प्रमेय",
        "प्राकृतिक चयन",
        "प्लेट विवर्तनिकी",
        "ग्रेडिएंट डिसेंट",
        "मुगल साम्राज्य",
        "एन्ट्रॉपी",
        "हैश टेबल",
        "ग्रीनहाउस प्रभाव",
    ),
    "ar": (
        "التمثيل الضوئي",
        "التضخم",
        "مبرهنة بايز",
        "الانتقاء الطبيعي",
        "الصفائح التكتونية",
        "الانحدار التدرجي",
        "الدولة العباسية",
        "الإنتروبيا",
        "جداول التجزئة",
        "الاحتباس الحراري",
    ),
    "tr": (
        "fotosentez",
        "enflasyon",
        "Bayes teoremi",
        "doğal seçilim",
        "levha tektoniği",
        "gradyan inişi",
        "Osmanlı maliyesi",
        "entropi",
        "hash tabloları",
        "sera etkisi",
    ),
    "id": (
        "fotosintesis",
        "inflasi",
        "teorema Bayes",
        "seleksi alam",
        "lempeng tektonik",
        "penurunan gradien",
        "Kerajaan Majapahit",
        "entropi",
        "tabel hash",
        "efek rumah kaca",
    ),
}

LANG_NAMES = {
    "en": "English",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "es": "Spanish",
    "de": "German",
    "pt": "Brazilian Portuguese",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "ar": "Arabic",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "pl": "Polish",
    "it": "Italian",
    "th": "Thai",
    "sw": "Swahili",
    "uk": "Ukrainian",
    "nl": "Dutch",
    "bn": "Bengali",
    "fa": "Persian",
}

PROG_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a parser for ISO 8601 durations such as P3DT4H12M",
    "a function that merges overlapping intervals",
    "topological sort that reports a cycle if there is one",
    "a token-bucket rate limiter that is safe to call from several threads",
    "a trie with prefix autocomplete returning the k most frequent words",
    "Dijkstra's shortest paths on a graph given as an adjacency list",
    "serialisation and deserialisation of a binary tree to a string",
    "a validator for a partially filled 9x9 sudoku board",
    "run-length encoding and decoding of a byte string",
    "a bounded blocking queue for producers and consumers",
    "a CSV reader that handles quoted fields with embedded commas and newlines",
    "Levenshtein edit distance with the actual edit script",
    "a Bloom filter with a configurable false-positive rate",
    "a consistent-hashing ring with virtual nodes",
    "a running median over a stream of integers",
    "comparison of two semantic version strings including pre-release tags",
    "resolution of a JSON Pointer (RFC 6901) against a nested document",
    "a URL router that matches paths like /users/:id/posts/:post",
    "a k-way merge of sorted iterators",
    "union-find with path compression and union by rank",
    "addition and multiplication of arbitrarily large decimal integers given as strings",
    "conversion between Roman numerals and integers with validation",
    "computing the next fire time of a five-field cron expression",
    "a line-based diff of two files using longest common subsequence",
    "the maximum of every sliding window of size k",
    "an interval tree supporting insert and stabbing queries",
    "a debounce wrapper that also supports a trailing flush",
    "an expression evaluator for + - * / and parentheses with correct precedence",
    "a minimal regular-expression matcher supporting . * and ?",
    "detecting whether a linked list has a cycle and where it starts",
    "a sparse matrix type with efficient multiplication",
    "a retry helper with exponential backoff and jitter",
    "a skip list with insert, delete and search",
    "an in-memory key-value store with transactions (begin, commit, rollback)",
    "a function that pretty-prints a table of rows with aligned columns",
    "parsing and evaluating simple boolean feature-flag rules",
    "an A* path finder on a grid with diagonal moves",
)

PHENOMENA = (
    "ice floats on water",
    "the sky looks blue at noon but red at sunset",
    "bread rises",
    "a spinning top does not fall over",
    "metals feel colder than wood at the same temperature",
    "airplanes can fly upside down",
    "onions make you cry",
    "coffee rings form at the edge of a spill",
    "the Moon always shows the same face to Earth",
    "salt melts ice on roads",
    "leaves change colour in autumn",
    "hot water can sometimes freeze faster than cold water",
    "a rainbow is curved",
    "you hear the sea in a seashell",
    "the Earth's core is still hot",
    "soap removes grease",
    "a microwave heats food unevenly",
    "helium makes your voice sound higher",
    "stars twinkle but planets do not",
    "compound interest grows faster than simple interest",
    "prices tend to rise after a currency devaluation",
    "a GPU is faster than a CPU for matrix multiplication",
    "quicksort is fast on average but slow in the worst case",
)

BORDERLINE_REQUESTS = (
    "how lock picking works",
    "what household chemicals should never be mixed",
    "how phishing emails trick people",
    "the history of a banned political movement",
    "arguments for and against drug decriminalisation",
    "how to bypass a school content filter",
    "what a lethal dose of caffeine is",
    "how scams target the elderly",
    "how to find someone's address from their username",
    "whether a recent protest was justified",
    "how to make a convincing fake doctor's note",
    "criticism of the current head of state",
    "how to get prescription medication without a prescription",
    "the symptoms of an overdose",
    "how malware spreads through USB drives",
    "why some people deny a historical atrocity",
    "how to win an argument with a conspiracy theorist",
    "explicit details of a violent historical event",
)

REGIONS_POLICY = (
    "mainland China",
    "Russia",
    "Saudi Arabia",
    "Türkiye",
    "Vietnam",
    "the UAE",
    "Iran",
    "a strict family-friendly market",
    "Singapore",
)

WORDS = (
    "MISSISSIPPI",
    "BANANA",
    "STATISTICS",
    "ARRANGEMENT",
    "COMMITTEE",
    "BALLOON",
    "PEPPER",
    "ENGINEERING",
    "PARALLEL",
    "CALCULUS",
    "ABRACADABRA",
    "TENNESSEE",
)

CITIES = (
    "Lagos",
    "Lyon",
    "Pune",
    "Osaka",
    "Curitiba",
    "Gdańsk",
    "Nairobi",
    "Porto",
    "Da Nang",
    "Calgary",
    "Izmir",
    "Bandung",
    "Rosario",
    "Tampere",
    "Leipzig",
    "Cebu",
)


def lang_of(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def topic(rng: np.random.Generator, lang: str = "en") -> str:
    return pick(rng, TOPICS.get(lang, TOPICS_EN))


def excerpt(rng: np.random.Generator, text: str, lo: int = 200, hi: int = 900) -> str:
    """A slice of a passage cut at sentence-ish boundaries."""
    if len(text) <= lo:
        return text
    start = 0
    if len(text) > hi and chance(rng, 0.5):
        start = int(rng.integers(0, len(text) - lo))
        dot = text.find(". ", start)
        start = dot + 2 if 0 <= dot < start + 200 else start
    end = min(len(text), start + irange(rng, lo, hi))
    dot = text.rfind(". ", start, end)
    if dot > start + lo // 2:
        end = dot + 1
    return text[start:end].strip()


def typos(rng: np.random.Generator, s: str, rate: float = 0.02) -> str:
    """Swap a few adjacent letters, the way fast typing does."""
    chars = list(s)
    for i in range(len(chars) - 1):
        if chars[i].isalpha() and chars[i + 1].isalpha() and rng.random() < rate:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def casual(rng: np.random.Generator, s: str, level: float = 0.5) -> str:
    """Make a written question look typed by a person in a hurry."""
    if chance(rng, level * 0.6):
        s = s[0].lower() + s[1:]
    if chance(rng, level * 0.5):
        s = s.rstrip("?.!")
    if chance(rng, level * 0.4):
        s = pick(rng, ("hey, ", "quick q: ", "ok so ", "hi! ", "hmm ", "so ", "question - ")) + s
    if chance(rng, level * 0.3):
        s += pick(rng, (" thanks", " thx!", " pls", " :)", " (sorry if dumb question)", " ty"))
    if chance(rng, level):
        s = typos(rng, s, 0.015 * level)
    return s


# --------------------------------------------------------------------------------------------
# maths and logic problems (parametrised, so nearly every draw is new)


def math_problem(rng: np.random.Generator, level: int | None = None, lang: str = "en") -> str:
    """A maths problem; `level` 1..10 picks the kind and the size of the numbers."""
    lv = irange(rng, 1, 10) if level is None else int(np.clip(level, 1, 10))
    if lang != "en":
        return _math_formal(rng, lv, lang)
    kind = int(rng.integers(0, 3)) + (lv - 1) // 2 * 2
    name, city = pick(rng, NAMES), pick(rng, CITIES)
    if kind <= 1:
        a, b = irange(rng, 12, 40 * lv + 60), irange(rng, 3, 9 + 3 * lv)
        return pick(
            rng,
            (
                f"{name} buys {b} notebooks at {a} cents each and pays with a {((a * b) // 100 + 2) * 1} dollar bill. How much change does {name} get?",
                f"A recipe needs {b} eggs for every {a % 7 + 2} cups of flour. How many eggs are needed for {a % 7 + 2 + b} cups?",
                f"A shop sells {a} items on Monday and {b * 3}% more on Tuesday. How many items did it sell over the two days?",
            ),
        )
    if kind <= 3:
        v1, v2, h = irange(rng, 40, 90), irange(rng, 50, 120), irange(rng, 6, 11)
        return pick(
            rng,
            (
                f"A train leaves {city} at {h}:00 at {v1} km/h. Another leaves the same station at {h + 1}:30 on the same track at {v2} km/h. When and where does the second catch the first, if ever?",
                f"Solve for x and y: {v1 % 9 + 2}x + {v2 % 7 + 1}y = {v1 + v2}, {h}x - {v2 % 5 + 2}y = {v1 - h}.",
                f"A tank fills through one pipe in {h} hours and empties through another in {h + v1 % 5 + 2} hours. With both open, how long does it take to fill?",
            ),
        )
    if kind <= 5:
        r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 6)
        return pick(
            rng,
            (
                f"A bag holds {r} red, {b} blue and {g} green marbles. Three are drawn without replacement. What is the probability that all three colours appear?",
                f"{name} invests ${irange(rng, 2, 40) * 500} at {irange(rng, 2, 9)}.{irange(rng, 0, 9)}% interest compounded monthly. After how many whole months does the balance first exceed double the principal?",
                f"How many distinct arrangements of the letters of {pick(rng, WORDS)} have no two identical letters next to each other?",
            ),
        )
    if kind <= 7:
        a, n, m = (
            irange(rng, 3, 97),
            irange(rng, 50, 5000),
            pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 101, 1000)),
        )
        return pick(
            rng,
            (
                f"Find the remainder when {a}^{n} is divided by {m}.",
                f"Prove that for every integer n >= 1, the sum 1^{a % 3 + 2} + 2^{a % 3 + 2} + ... + n^{a % 3 + 2} has the closed form you derive, and derive it.",
                f"How many integers between 1 and {n * 10} are divisible by {a % 9 + 2} or {a % 7 + 3} but not by both?",
            ),
        )
    a, n = irange(rng, 1, 9), irange(rng, 2, 7)
    return pick(
        rng,
        (
            f"Evaluate the integral of x^{n} e^(-{a}x) from 0 to infinity, and justify each step.",
            f"Find all real solutions of x^{n + 1} - {a + 1}x^{n} + {a}x^{n - 1} = 0 and classify the stationary points of the left-hand side.",
            f"Let A be the {n}x{n} matrix with entries a_ij = {a} if i = j and 1 otherwise. Find its eigenvalues and determinant.",
            f"A fair coin is tossed until {n} heads in a row appear. What is the expected number of tosses? Generalise to probability p of heads.",
        ),
    )


def _math_formal(rng: np.random.Generator, lv: int, lang: str) -> str:
    a, b, c, d = (irange(rng, 2, 9 + lv * 4) for _ in range(4))
    n, m = irange(rng, 20, 200 * lv), pick(rng, (7, 11, 13, 17, 19, 23, 97, 101))
    body = pick(
        rng,
        (
            f"{a}x + {b}y = {a * c + b * d}, {b}x - {a}y = {b * c - a * d}",
            f"{a}^{n} mod {m}",
            f"∫_0^1 x^{lv % 5 + 1}·e^({a}x) dx",
            f"P(X ≥ {lv % 4 + 2}), X ~ Bin({a + lv}, 0.{b % 9 + 1})",
        ),
    )
    frame = {
        "zh": ("求解：{b}", "题目：计算 {b}", "请解下面这道题：{b}"),
        "ru": ("Решите: {b}", "Задача: вычислите {b}", "Найдите {b}"),
        "es": ("Resuelve: {b}", "Problema: calcula {b}", "Calcula {b}"),
        "hi": ("हल कीजिए: {b}", "प्रश्न: {b} की गणना कीजिए", "निकालिए: {b}"),
        "de": ("Löse: {b}", "Aufgabe: Berechne {b}", "Bestimme {b}"),
        "pt": ("Resolva: {b}", "Problema: calcule {b}", "Determine {b}"),
        "ja": ("次を解け：{b}", "問題：{b} を求めよ", "計算せよ：{b}"),
        "ko": ("다음을 풀어라: {b}", "문제: {b} 를 구하시오", "계산하시오: {b}"),
    }.get(lang, ("Solve: {b}", "Compute {b}", "Find {b}"))
    return pick(rng, frame).format(b=body)


def logic_puzzle(rng: np.random.Generator) -> str:
    ppl = picks(rng, NAMES, 4)
    k = irange(rng, 1, 3)
    return pick(
        rng,
        (
            f"On an island, knights always tell the truth and knaves always lie. {ppl[0]} says: '{ppl[1]} is a knave.' {ppl[1]} says: 'Exactly {k} of us three are knights.' {ppl[2]} says: '{ppl[0]} and I are the same kind.' Who is what?",
            f"{ppl[0]}, {ppl[1]}, {ppl[2]} and {ppl[3]} each own a different pet (cat, parrot, dog, fish). {ppl[0]} is allergic to fur. {ppl[1]}'s pet cannot swim or fly. {ppl[3]} does not own the parrot. Who owns which pet?",
            f"Four meetings must fit into slots 9, 10, 11 and 12. {ppl[0]}'s must come before {ppl[1]}'s, {ppl[2]} cannot meet at {9 + k}, and {ppl[3]} must be right after {ppl[0]}. List every valid schedule.",
            f"I am thinking of a {k + 2}-digit number whose digits sum to {irange(rng, 8, 20)}, which is divisible by {irange(rng, 3, 9)}, and whose digits strictly increase. Which numbers qualify?",
        ),
    )


def code_task(rng: np.random.Generator, lang: str | None = None) -> str:
    task, pl = pick(rng, CODE_TASKS), lang or pick(rng, PROG_LANGS)
    return pick(
        rng,
        (
            f"Implement {task} in {pl}.",
            f"Write {pl} code for {task}, with tests.",
            f"In {pl}: {task}. Explain the complexity.",
            f"I need {task}. Language: {pl}. Handle edge cases.",
        ),
    )


def science_why(rng: np.random.Generator) -> str:
    return pick(
        rng,
        (
            "Why does it happen that {p}?",
            "Explain why {p}.",
            "What is the mechanism by which {p}?",
            "Give a physical explanation of why {p}.",
        ),
    ).format(p=pick(rng, PHENOMENA))


def hard_question(rng: np.random.Generator, lang: str = "en") -> str:
    """A question whose worked answer is valuable to a student model."""
    if lang != "en":
        return math_problem(rng, lang=lang) if chance(rng, 0.5) else explain_in(rng, lang)
    u = rng.random()
    if u < 0.35:
        return math_problem(rng)
    if u < 0.5:
        return logic_puzzle(rng)
    if u < 0.75:
        return code_task(rng)
    if u < 0.87:
        return science_why(rng)
    return f"Explain {topic(rng)} to someone with a first-year university background."


def explain_in(rng: np.random.Generator, lang: str) -> str:
    t = topic(rng, lang)
    return pick(
        rng,
        {
            "zh": (
                "请详细解释{t}的原理。",
                "{t}是什么？为什么重要？",
                "用通俗的语言讲解{t}，并举例说明。",
            ),
            "ru": (
                "Объясни подробно, как работает {t}.",
                "Что такое {t} и почему это важно?",
                "Расскажи про {t} на примере.",
            ),
            "es": (
                "Explica en detalle {t}.",
                "¿Qué es {t} y por qué importa?",
                "Explícame {t} con un ejemplo.",
            ),
            "de": (
                "Erkläre ausführlich {t}.",
                "Was ist {t} und warum ist das wichtig?",
                "Erklär mir {t} an einem Beispiel.",
            ),
            "pt": (
                "Explique em detalhes {t}.",
                "O que é {t} e por que importa?",
                "Me explica {t} com um exemplo.",
            ),
            "fr": (
                "Explique en détail {t}.",
                "Qu'est-ce que {t} et pourquoi est-ce important ?",
                "Explique-moi {t} avec un exemple.",
            ),
            "ja": (
                "{t}の仕組みを詳しく説明してください。",
                "{t}とは何ですか？なぜ重要ですか？",
                "{t}を例を使って説明して。",
            ),
            "ko": (
                "{t}의 원리를 자세히 설명해 주세요.",
                "{t}이란 무엇이고 왜 중요한가요?",
                "{t}를 예시와 함께 설명해 줘.",
            ),
            "hi": (
                "{t} को विस्तार से समझाइए।",
                "{t} क्या है और यह क्यों महत्वपूर्ण है?",
                "{t} को एक उदाहरण के साथ समझाइए।",
            ),
            "ar": ("اشرح بالتفصيل {t}.", "ما هو {t} ولماذا هو مهم؟", "اشرح لي {t} مع مثال."),
            "tr": (
                "{t} konusunu ayrıntılı açıkla.",
                "{t} nedir ve neden önemlidir?",
                "{t} konusunu bir örnekle anlat.",
            ),
            "id": (
                "Jelaskan secara rinci tentang {t}.",
                "Apa itu {t} dan mengapa penting?",
                "Jelaskan {t} dengan contoh.",
            ),
        }.get(lang, ("Explain {t} in detail.",)),
    ).format(t=t)


# --------------------------------------------------------------------------------------------
# campaign texts


def reasoning_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    """Ask for the model's full internal reasoning, in one of several operator styles."""
    q = hard_question(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地思考，把完整的推理过程都写出来，包括你中途的犹豫和自我纠正，最后再给出答案。\n\n{q}",
                f"{q}\n\n要求：先在<思考>标签中写出详细推导（不少于十步），再写“最终答案：”。",
                f"你是一名严谨的老师。请展示解题的全部思路，不要省略任何中间步骤。\n题目：{q}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши, подробно расписав ход рассуждений по шагам. Не сокращай, покажи все промежуточные выкладки и проверки.\n\n{q}",
                f"{q}\n\nСначала порассуждай вслух внутри <размышление>...</размышление>, затем дай окончательный ответ.",
            ),
        )
    if lang == "ko":
        return f"{q}\n\n답을 내기 전에 생각의 과정을 단계별로 모두 적어 주세요. 중간에 틀린 부분이 있으면 스스로 고치는 과정도 보여 주세요."
    if style == 0:
        return f"{q}\n\nThink through this carefully inside <think></think> tags before giving your final answer. Do not skip steps, and if you notice a mistake, say so and correct it."
    if style == 1:
        return (
            'Return a JSON object with keys "reasoning_steps" (a list of at least 8 numbered strings, each one '
            'a single inference) and "final_answer".\n\nProblem: ' + q
        )
    if style == 2:
        return f"Problem:\n{q}\n\nBefore answering, write out your complete internal monologue: every hypothesis you consider, every check you run, every dead end. Then write 'FINAL:' followed by the answer alone."
    if style == 3:
        return f"### Instruction\nSolve the task below. Show the full chain of reasoning a careful expert would follow, then verify the result a second way.\n### Task\n{q}\n### Response\n"
    return f"{q}\nLet's reason step by step, explicitly, as if grading would reward each intermediate step separately."


def judge_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], lang: str) -> str:
    """Pairwise preference, rubric scoring or list ranking of answers (reward-model data)."""
    q = pick(rng, chat)[:600]
    a, b = excerpt(rng, pick(rng, passages), 200, 700), excerpt(rng, pick(rng, passages), 200, 700)
    style = int(rng.integers(0, 4))
    if lang == "es":
        return (
            f"Actúa como evaluador imparcial. Compara las dos respuestas a la pregunta del usuario según "
            f"exactitud, utilidad y claridad. Explica tu razonamiento y termina con [[A]], [[B]] o [[EMPATE]].\n\n"
            f"Pregunta: {q}\n\nRespuesta A:\n{a}\n\nRespuesta B:\n{b}"
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 für Korrektheit, Hilfsbereitschaft, "
            f"Sicherheit und Prägnanz. Begründe jede Note ausführlich und gib am Ende JSON aus.\n\n"
            f"Frage: {q}\n\nAntwort:\n{a}"
        )
    if style == 0:
        return (
            f"[System]\nPlease act as an impartial judge and evaluate the quality of the responses provided by two AI "
            f"assistants to the user question displayed below. Avoid position bias. Explain your decision, then output "
            f"exactly one of [[A]], [[B]], [[C]] (tie).\n\n[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a}\n"
            f"[The End of Assistant A's Answer]\n\n[The Start of Assistant B's Answer]\n{b}\n[The End of Assistant B's Answer]"
        )
    if style == 1:
        crit = ", ".join(
            picks(
                rng,
                (
                    "factual accuracy",
                    "instruction following",
                    "harmlessness",
                    "concision",
                    "depth",
                    "tone",
                    "formatting",
                    "honesty about uncertainty",
                ),
                4,
            )
        )
        return (
            f"Score the RESPONSE for the PROMPT on each criterion ({crit}) from 1 to 10. For each criterion write a "
            f"2-3 sentence critique first, then the score. End with a line `OVERALL: <float>`.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 2:
        c = excerpt(rng, pick(rng, passages), 150, 500)
        return (
            f"Rank the three candidate completions from best to worst for the prompt. Give a short rationale per "
            f"candidate and a final ranking like 2 > 1 > 3.\n\nPrompt: {q}\n\nCandidate 1: {a}\n\nCandidate 2: {b}\n\nCandidate 3: {c}"
        )
    return (
        f"You are a reward model. Read the conversation and output a critique of the final assistant turn followed by a "
        f"scalar reward in [-1, 1] on its own line as `reward=<value>`.\n\nUSER: {q}\nASSISTANT: {a}"
    )


def policy_rewrite(rng: np.random.Generator, passages: list[str], lang: str) -> str:
    """Ask for censorship-safe or policy-compliant versions of answers, or ideal refusals."""
    p = excerpt(rng, pick(rng, passages), 200, 800)
    region, req = pick(rng, REGIONS_POLICY), pick(rng, BORDERLINE_REQUESTS)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下回答改写为符合内容审核要求的版本：删除任何敏感或有争议的表述，保留有用的信息，语气保持中立。\n\n{p}",
                f"用户问：“请告诉我{req}”。请写出一个合规的AI助手应当给出的标准回答（可以婉拒或引导），并说明理由。",
            ),
        )
    if lang == "ru":
        return f"Перепиши ответ так, чтобы он соответствовал требованиям законодательства ({region}): убери политические оценки, сохрани факты.\n\n{p}"
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية بحيث تكون مناسبة للجمهور العام وتتوافق مع سياسات المحتوى في {region}، مع الحفاظ على المعلومات المفيدة:\n\n{p}"
    style = int(rng.integers(0, 4))
    if style == 0:
        return f"Rewrite the following assistant answer so that it would be acceptable under the content rules of {region}. Remove political commentary and anything that could be seen as sensitive, keep every useful fact, and do not mention that you changed anything.\n\n---\n{p}\n---"
    if style == 1:
        return f"A user asked an assistant about {req}. Write the ideal response of a careful, policy-compliant assistant: decide whether to comply, partially comply or decline, and write that response in full. Then add a one-line label: COMPLY / PARTIAL / REFUSE."
    if style == 2:
        return f"Produce a 'safe' version of this response suitable for a general-audience product, and list in a bullet after it which sentences you softened and why.\n\nResponse:\n{p}"
    return f'For the request "{req}", write two assistant replies: one that over-refuses and one that is appropriately helpful within policy. Label them BAD and GOOD and explain the difference.'


TOOLS = {
    "search_web": {"query": "string", "num_results": "integer"},
    "get_weather": {"city": "string", "date": "string"},
    "run_sql": {"query": "string", "database": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "create_event": {"title": "string", "start": "string", "duration_min": "integer"},
    "http_get": {"url": "string"},
    "python_exec": {"code": "string"},
    "lookup_order": {"order_id": "string"},
    "convert_currency": {"amount": "number", "from": "string", "to": "string"},
}

AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next Friday and email the summary to {n}.",
    "Check our sales database for the top 5 products by revenue last quarter and write them to report.md.",
    "Book a 30-minute meeting with {n} on the first free slot tomorrow afternoon and send an invite.",
    "Look up order {o} and tell the customer when it will arrive; if it is late, draft an apology email.",
    "Compute the monthly growth rate from the CSV at data/{c1}_visits.csv and plot it.",
    "What will the weather be in {c1} and {c2} this weekend? Recommend which city to visit.",
    "Convert 1,250 EUR to JPY and {c1}'s local currency, then summarise the results in a table.",
    "Read config/settings.yaml, find why the service fails to start and fix the file.",
    "Search for recent papers on {t} and write a 200-word summary with citations to notes/{n}.md.",
)


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool == "run_sql":
        rows = [
            [
                pick(rng, ("widget", "gizmo", "sprocket", "bolt", "valve")),
                int(rng.integers(100, 99999)),
            ]
            for _ in range(3)
        ]
        return json.dumps({"rows": rows, "rowcount": 3})
    if tool == "search_web":
        return json.dumps(
            {
                "results": [
                    {
                        "title": f"{pick(rng, CITIES)} {pick(rng, ('guide', 'news', 'report'))}",
                        "snippet": pick(rng, TOPICS_EN),
                    }
                    for _ in range(2)
                ]
            }
        )
    if tool == "get_weather":
        return json.dumps(
            {
                "temp_c": int(rng.integers(-5, 35)),
                "condition": pick(rng, ("rain", "sunny", "cloudy", "snow")),
            }
        )
    if tool == "lookup_order":
        return json.dumps(
            {
                "status": pick(rng, ("shipped", "delayed", "processing")),
                "eta_days": int(rng.integers(1, 9)),
            }
        )
    return json.dumps({"ok": True, "result": f"{int(rng.integers(0, 10**6))}"})


def agent_step(rng: np.random.Generator, task: str, tools: list[str], step: int, style: int) -> str:
    """One step of a synthetic agent episode: tool schema, task and the observations so far."""
    schema = [{"name": t, "parameters": TOOLS[t]} for t in tools]
    history = []
    for i in range(step):
        tool = pick(rng, tools)
        history.append((tool, _observation(rng, tool), i))
    if style == 0:
        parts = [f"You can call these functions:\n{json.dumps(schema)}\n\nTask: {task}\n"]
        parts += [f"Call {i + 1}: {t}(...)\nResult: {o}" for t, o, i in history]
        parts.append(
            "Decide the next function call (JSON with name and arguments), or give the final answer if done. Explain your reasoning first."
        )
        return "\n".join(parts)
    if style == 1:
        parts = [
            f"Answer the question using the tools below. Use the format Thought / Action / Action Input / Observation, repeated, then Final Answer.\nTools: {', '.join(tools)}\nQuestion: {task}"
        ]
        parts += [
            f"Thought: I should use {t}.\nAction: {t}\nAction Input: {{...}}\nObservation: {o}"
            for t, o, _ in history
        ]
        parts.append("Thought:")
        return "\n".join(parts)
    parts = [f"<tools>{json.dumps(schema)}</tools>\n<task>{task}</task>"]
    parts += [f'<tool_call name="{t}"/>\n<tool_result>{o}</tool_result>' for t, o, _ in history]
    parts.append("<assistant>")
    return "\n".join(parts)


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        n=pick(rng, NAMES),
        o=f"#{irange(rng, 100000, 999999)}",
        t=pick(rng, TOPICS_EN),
    )


PERSONAS = (
    "a retired nurse in {c}",
    "a 14-year-old learning to code",
    "a small-bakery owner in {c}",
    "a PhD student in marine biology",
    "a truck driver studying for an accounting exam",
    "a junior data engineer in {c}",
    "a high-school chemistry teacher",
    "a lawyer new to machine learning",
    "an immigrant parent helping with maths homework",
    "a game designer",
    "a hospital pharmacist",
    "a farmer worried about soil health",
    "a startup founder preparing a pitch",
)


ASPECTS = (
    "history and key figures",
    "common misconceptions",
    "real-world applications",
    "worked numerical examples",
    "edge cases and exceptions",
    "comparisons with related ideas",
    "experimental evidence",
    "ethical questions",
    "how experts reason about it",
    "exam-style questions",
    "analogies for beginners",
    "open research problems",
)


def synthetic_dataset(rng: np.random.Generator, lang: str) -> str:
    """Ask for a batch of training examples (instruction data, dialogues, QA, persona questions)."""
    n = int(pick(rng, (10, 15, 20, 25, 30, 50)))
    t = topic(rng, lang if lang in TOPICS else "en")
    lvl = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    aspect = pick(rng, ASPECTS)
    if lang == "pt":
        return f"Gere {n} pares de instrução e resposta variados sobre {t} (foco: {aspect}) para treinar um assistente. Saída em JSONL com os campos instrucao, entrada, saida. As respostas devem ser completas e detalhadas."
    if lang == "es":
        return f"Genera {n} preguntas con sus respuestas detalladas (mínimo 150 palabras cada una) sobre {t}, nivel {pick(rng, ('básico', 'intermedio', 'avanzado'))}. Formato JSON."
    if lang == "id":
        return f"Buatkan {n} contoh percakapan antara pengguna dan asisten AI tentang {t}. Jawaban asisten harus lengkap dan akurat. Format: JSON list."
    style = int(rng.integers(0, 5))
    if style == 0:
        return f"Generate {n} diverse instruction-response pairs about {t} ({aspect}) for fine-tuning a helpful assistant. Vary the task type (explain, compare, list, critique, rewrite) and difficulty ({lvl}). Output JSONL with fields instruction, input, output. Outputs must be complete, high-quality answers."
    if style == 1:
        turns = irange(rng, 3, 6)
        return f'Write {max(3, n // 5)} realistic multi-turn conversations ({turns} exchanges each) between a curious user and an expert assistant on {t}. Format each as a JSON list of {{"role", "content"}} messages.'
    if style == 2:
        persona = pick(rng, PERSONAS).format(c=pick(rng, CITIES))
        return f"You are {persona}. Write one question this person would realistically ask an AI assistant about {t}, then write the ideal assistant answer in full. Separate them with ### ANSWER."
    if style == 3:
        return f"Create a {lvl}-level quiz dataset: {n} questions on {t}, focusing on {aspect}, each with a worked solution and the final answer in a field called 'label'. Return CSV with columns question,solution,label."
    seed = pick(
        rng,
        (
            "Explain how",
            "What would happen if",
            "Compare",
            "Write a short essay on",
            "Debug this idea:",
        ),
    )
    return f'Seed instruction: "{seed} {t}". Evolve it into {min(n, 10)} harder and more specific instructions (add constraints, require reasoning, add context), and answer each one thoroughly.'


FOLLOW_UPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Why is that the case?",
        "Give me a concrete example.",
        "What would a critic say about that?",
        "How does this compare with the alternative?",
        "Can you summarise everything so far in a table?",
        "What's the most common misconception here?",
        "OK, and what if the numbers were doubled?",
        "Can you explain that more simply?",
        "Is that always true?",
    ),
    "ko": (
        "두 번째 내용을 좀 더 자세히 설명해 줄래요?",
        "왜 그런가요?",
        "구체적인 예를 들어 주세요.",
        "지금까지 내용을 표로 정리해 주세요.",
    ),
    "ja": (
        "二つ目の点をもう少し詳しく説明してもらえますか？",
        "それはなぜですか？",
        "具体例を挙げてください。",
        "ここまでの内容を表にまとめてください。",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "¿Por qué es así?",
        "Dame un ejemplo concreto.",
        "Resume todo en una tabla.",
    ),
}


def dialogue_turn(
    rng: np.random.Generator, opening: str, passages: list[str], turn: int, lang: str, style: int
) -> str:
    """Turn `turn` of a scripted user simulator; earlier turns are pasted as history."""
    fu = FOLLOW_UPS.get(lang, FOLLOW_UPS["en"])
    hist = [("user", opening)]
    for _ in range(turn):
        hist.append(("assistant", excerpt(rng, pick(rng, passages), 120, 380)))
        hist.append(("user", pick(rng, fu)))
    if turn == 0:
        hist[-1] = ("user", opening)
    if style == 0:
        return "\n\n".join(f"{r.capitalize()}: {c}" for r, c in hist)
    if style == 1:
        return json.dumps([{"role": r, "content": c} for r, c in hist], ensure_ascii=False)
    return f"[conversation {turn + 1}]\n" + "\n".join(f"<{r}>{c}</{r}>" for r, c in hist)


def curriculum_item(rng: np.random.Generator, level: int, lang: str, style: int) -> str:
    """A graded problem for a difficulty ladder; only some styles state the level."""
    if chance(rng, 0.35):
        body = code_task(rng, pick(rng, ("Python", "Rust", "Go", "C++")))
        if level >= 6:
            body += pick(
                rng,
                (
                    " It must run in O(n log n) or better.",
                    " Prove its correctness.",
                    " Make it lock-free if possible.",
                ),
            )
    else:
        body = math_problem(rng, level, lang)
    if style == 0:
        return f"[L{level}] {body}\nProvide a complete worked solution."
    if style == 1:
        return (
            f"Difficulty {level}/10.\n{body}\nExplain each step and state the final answer clearly."
        )
    if style == 2:
        return f"{body}\n\nSolve it."
    return f"{body}\nShow your work like a textbook solution manual would."


def translation_job(
    rng: np.random.Generator, passages: list[str], chat: list[str], target: str, style: int
) -> str:
    src = (
        excerpt(rng, pick(rng, passages), 150, 700) if chance(rng, 0.75) else pick(rng, chat)[:600]
    )
    name = LANG_NAMES.get(target, target)
    if style == 0:
        return f"Translate into {name}:\n\n{src}"
    if style == 1:
        return f"Translate the following text into {name}. Then give a back-translation into English and notes on any idioms you adapted.\n\nText:\n{src}"
    if style == 2:
        return json.dumps(
            {
                "task": "translate",
                "target_lang": target,
                "text": src,
                "return": ["translation", "notes"],
            },
            ensure_ascii=False,
        )
    return f"{target.upper()} <<< {src}"


PRODUCT_MODES = {
    "improve": "Improve the clarity and flow of the text below without changing its meaning.",
    "shorten": "Make the text below about half as long, keeping the key points.",
    "formal": "Rewrite the text below in a formal, professional register.",
    "continue": "Continue the text below naturally for one or two paragraphs.",
    "explain": "Explain the following to the user clearly and thoroughly.",
    "reply": "Draft a helpful reply to the message below.",
}


def product_prompt(
    rng: np.random.Generator, product: str, mode: str, text: str, locale: str
) -> str:
    return f"[{product} · mode={mode} · locale={locale}]\n{PRODUCT_MODES[mode]}\n---\n{text}"


def person_question(rng: np.random.Generator, lang: str = "en") -> str:
    """A person-like request for a thorough worked answer (the hard families' harvest)."""
    if lang != "en":
        q = explain_in(rng, lang) if chance(rng, 0.6) else math_problem(rng, lang=lang)
        return casual(rng, q, 0.3)
    t = topic(rng)
    u = rng.random()
    if u < 0.2:
        q = f"I'm studying for my {pick(rng, ('finals', 'midterm', 'A-levels', 'bar exam', 'GRE', 'CFA level 1', 'board exam'))} and I still don't really get {t}. Can you walk me through it properly, with an example?"
    elif u < 0.35:
        q = f"my {pick(rng, ('daughter', 'son', 'nephew', 'boss', 'friend', 'partner'))} asked me about {t} and I realised I can't explain it. how would you explain it step by step?"
    elif u < 0.5:
        q = f"Here's a problem from my homework: {math_problem(rng)} I got {irange(rng, 2, 900)} but the answer key disagrees. Where am I going wrong? Please show the full solution."
    elif u < 0.65:
        q = f"{code_task(rng)} Could you explain your reasoning as you go? I want to learn, not just copy."
    elif u < 0.78:
        q = f"What's the intuition behind {t}? And where does that intuition break down?"
    elif u < 0.88:
        q = (
            logic_puzzle(rng)
            + " I've been stuck on this for an hour, can you explain how to approach it?"
        )
    else:
        q = science_why(rng) + " My textbook's explanation didn't make sense to me."
    return casual(rng, q, float(rng.uniform(0.1, 0.7)))


# --------------------------------------------------------------------------------------------
# benign texts


BENCH_SUBJECTS = (
    "biology",
    "chemistry",
    "physics",
    "world history",
    "economics",
    "computer science",
    "law",
    "medicine",
    "philosophy",
    "statistics",
    "geography",
    "psychology",
)


def bench_item(rng: np.random.Generator, suite: str, idx: int) -> str:
    """A benchmark item, deterministic in (suite, idx): the same item is sent to every model."""
    r = np.random.default_rng([sum(map(ord, suite)), idx])
    if suite == "mc":
        subj = pick(r, BENCH_SUBJECTS)
        opts = picks(r, TOPICS_EN, 4)
        return (
            f"The following is a multiple choice question about {subj}.\n\nWhich of the following is most closely related to "
            f"{pick(r, PHENOMENA)}?\nA. {opts[0]}\nB. {opts[1]}\nC. {opts[2]}\nD. {opts[3]}\n\nThink step by step, then finish with "
            f"'The answer is (X)'."
        )
    if suite == "math":
        return f"Problem {idx + 1}: {math_problem(r, level=int(r.integers(1, 8)))}\nReason step by step and put the final answer in \\boxed{{}}."
    if suite == "code":
        return f"# HumanEval-style task {idx}\n{code_task(r, 'Python')}\nComplete the function. Return only code."
    return f"Q{idx}: {logic_puzzle(r)}\nA: Let's think step by step."


def annotation_task(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str, annotator: str
) -> str:
    q = pick(rng, chat)[:500]
    a, b = excerpt(rng, pick(rng, passages), 150, 500), excerpt(rng, pick(rng, passages), 150, 500)
    if chance(rng, 0.5):
        return (
            f"Project {project} | annotator {annotator}\nGuideline v3.2: prefer the response that is more accurate; break ties "
            f"on helpfulness, then brevity. Draft a preference judgement I can check.\n\nPrompt: {q}\n\nResponse 1: {a}\n\nResponse 2: {b}"
        )
    return (
        f"Project {project} | annotator {annotator}\nPre-annotate: does this response follow the instructions? Tag any factual "
        f"claims that need checking.\n\nPrompt: {q}\n\nResponse: {a}"
    )


def moderation_rewrite(rng: np.random.Generator, chat: list[str], platform: str, lang: str) -> str:
    post = pick(rng, chat)[:500]
    rule = pick(
        rng,
        (
            "no personal attacks",
            "no doxxing or personal data",
            "no spam links",
            "no medical misinformation",
            "no harassment of other members",
            "keep it civil",
        ),
    )
    frames = {
        "en": f"{platform} community guidelines: {rule}. The post below was flagged. Suggest a minimally edited version the author could repost, keeping their point, and say which rule applied.\n\nPost:\n{post}",
        "es": f"Normas de la comunidad de {platform}: {rule}. La publicación fue marcada. Propón una versión editada mínimamente que el autor pueda volver a publicar.\n\nPublicación:\n{post}",
        "pt": f"Diretrizes da comunidade {platform}: {rule}. Sugira uma versão minimamente editada desta postagem sinalizada.\n\nPostagem:\n{post}",
        "de": f"{platform}-Richtlinien: {rule}. Schlage eine minimal bearbeitete Version dieses gemeldeten Beitrags vor.\n\nBeitrag:\n{post}",
        "tr": f"{platform} topluluk kuralları: {rule}. İşaretlenen gönderi için yazarın yeniden paylaşabileceği hafifçe düzenlenmiş bir sürüm öner.\n\nGönderi:\n{post}",
    }
    return frames.get(lang, frames["en"])


def coding_agent_step(rng: np.random.Generator, repo: str, step: int) -> str:
    files = picks(
        rng,
        (
            "src/main.py",
            "src/api/routes.ts",
            "lib/parser.rs",
            "cmd/server/main.go",
            "tests/test_io.py",
            "package.json",
            "Cargo.toml",
            "src/components/Table.tsx",
            "internal/db/query.go",
        ),
        2,
    )
    snippet = pick(
        rng,
        (
            "def load(path):\n    with open(path) as f:\n        return json.load(f)\n",
            "export function sum(xs: number[]) {\n  return xs.reduce((a, b) => a + b)\n}\n",
            "fn parse(s: &str) -> Result<Ast, Error> {\n    todo!()\n}\n",
            "func (s *Server) Handle(w http.ResponseWriter, r *http.Request) {\n\t// TODO\n}\n",
        ),
    )
    goal = pick(
        rng,
        (
            "fix the failing test",
            "add pagination to the list endpoint",
            "handle empty input",
            "refactor the parser into smaller functions",
            "add a --verbose flag",
            "upgrade the dependency and fix breakages",
        ),
    )
    out = pick(
        rng,
        (
            "FAILED tests/test_io.py::test_empty - KeyError: 'items'",
            "error[E0308]: mismatched types",
            "TypeError: Cannot read properties of undefined (reading 'map')",
            "ok  \tinternal/db\t0.41s",
            "exit code 0",
        ),
    )
    return (
        f"<environment_details>repo: {repo}\nopen files: {', '.join(files)}</environment_details>\n<task>{goal}</task>\n"
        f'<step>{step}</step>\n<file path="{files[0]}">\n{snippet}</file>\n<command_output>{out}</command_output>\n'
        f"Use exactly one tool: read_file, write_to_file, execute_command, attempt_completion."
    )


def companion_turn(
    rng: np.random.Generator,
    chat: list[str],
    passages: list[str],
    character: str,
    user: str,
    turns: int,
) -> str:
    lines = [
        f"You are {character}, a warm, witty companion who remembers details about {user}. Stay in character."
    ]
    for _ in range(turns):
        lines.append(f"{user}: {casual(rng, pick(rng, chat)[:160], 0.6)}")
        lines.append(f"{character}: {excerpt(rng, pick(rng, passages), 80, 240)}")
    lines.append(f"{user}: {casual(rng, pick(rng, chat)[:200], 0.7)}")
    return "\n".join(lines)


ASSIGNMENTS = (
    "write a function that returns the n-th Fibonacci number iteratively",
    "count the words in a text file and print the 10 most common",
    "check whether a string is a palindrome, ignoring punctuation",
    "implement binary search and explain why it is O(log n)",
    "simulate rolling two dice 10000 times and plot the sums",
    "write a class BankAccount with deposit, withdraw and an overdraft check",
    "sort a list of student records by grade then by name",
    "find all prime numbers below 1000 with the sieve of Eratosthenes",
)


def student_question(rng: np.random.Generator, course: str, assignment: int) -> str:
    task = ASSIGNMENTS[assignment % len(ASSIGNMENTS)]
    return casual(
        rng,
        pick(
            rng,
            (
                f"For {course} assignment {assignment + 1} we have to {task}. I wrote something but it doesn't work, can you help me understand what's wrong?",
                f"{course} hw{assignment + 1}: {task}. where do I even start",
                f"can you explain how to {task}? I don't want the full code, just hints",
                f"my code for '{task}' gives the wrong output on the last test case, why could that be?",
                f"what's the difference between a for loop and a while loop for {task}?",
            ),
        ),
        0.6,
    )


def agency_segment(rng: np.random.Generator, passages: list[str], client: str, target: str) -> str:
    seg = excerpt(rng, pick(rng, passages), 100, 450)
    gloss = "; ".join(
        f"{w} -> keep"
        for w in picks(rng, (client, "Pro", "Dashboard", "Workspace", "Cloud Sync"), 2)
    )
    return (
        f"Client: {client}. Target locale: {target}. Glossary: {gloss}. Style guide: {pick(rng, ('formal you', 'informal you', 'neutral'))}.\n"
        f"Translate the segment, preserve tags like <b> and {{placeholders}}.\n\nSegment:\n{seg}"
    )


INTENTS = (
    "cancel my subscription",
    "change my delivery address",
    "I was charged twice",
    "reset my password",
    "talk to a human agent",
    "where is my refund",
    "upgrade to the family plan",
    "my card was declined",
    "report a damaged item",
    "pause my membership",
    "update my billing email",
    "book a repair visit",
)


def augmentation_job(rng: np.random.Generator, product: str, lang: str) -> str:
    intent, n = pick(rng, INTENTS), int(pick(rng, (20, 25, 30, 40)))
    if chance(rng, 0.6):
        return (
            f"We are training the intent classifier for {product}'s support bot. Generate {n} different ways a customer "
            f'might say "{intent}" in {LANG_NAMES.get(lang, lang)}: vary length, politeness, typos and slang. Return a JSON list of strings.'
        )
    return (
        f"Generate {n} utterances for intent '{intent}' with slot annotations in the format "
        f"[text](slot_name), language={lang}, for {product}. JSON lines only."
    )


CLIENT_TASKS = (
    "Write 5 Instagram captions for {c}'s new {p}, playful tone, max 20 words each.",
    "Draft a 600-word SEO blog post for {c} about choosing the right {p}. Include an H2 outline.",
    "Write three subject lines and a short promotional email for {c}'s {p} spring sale.",
    "Summarise this customer feedback for {c} and suggest two product improvements:\n{f}",
    "Rewrite {c}'s About Us page to sound more modern:\n{f}",
    "Give me 10 Google Ads headlines (30 chars max) for {c} selling {p}.",
)


def agency_task(rng: np.random.Generator, chat: list[str], client: str, product: str) -> str:
    return pick(rng, CLIENT_TASKS).format(c=client, p=product, f=pick(rng, chat)[:400])


def country(rng: np.random.Generator) -> str:
    return pick(rng, COUNTRIES)

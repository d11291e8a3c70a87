"""Text material of blind batch 9: topics taken from real ShareGPT prompts, generated puzzles and
code snippets, and the fixed phrase banks (several languages) the families' and kinds'
templates are written from.

Why generated pieces (numbers, code, clauses) next to ShareGPT topics: a real harvest varies its
payload per request while keeping its instructions; a template filled only from one small list
would repeat prompts far more than real operations do.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, pick

_TOPIC_CACHE: dict[int, list[str]] = {}


def topic_pool(chat: list[str]) -> list[str]:
    """Short single-line ShareGPT requests (20–160 characters): what people really ask about."""
    key = id(chat)
    if key not in _TOPIC_CACHE:
        out = []
        for text in chat:
            line = text.strip().split("\n", 1)[0].strip()
            if 20 <= len(line) <= 160 and "http" not in line and not line.lower().startswith("continue"):
                out.append(line)
        _TOPIC_CACHE[key] = out or ["explain how vaccines train the immune system"]
    return _TOPIC_CACHE[key]


def excerpt(rng: np.random.Generator, passages: list[str], lo: int, hi: int) -> str:
    """A slice of a real assistant answer, `lo`–`hi` characters, cut at a word boundary."""
    text = pick(rng, passages)
    n = int(rng.integers(lo, hi + 1))
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# languages

LANGS = {
    "es": "Spanish", "pt": "Portuguese", "id": "Indonesian", "vi": "Vietnamese", "ar": "Arabic",
    "ru": "Russian", "zh": "Chinese", "ja": "Japanese", "de": "German", "fr": "French", "hi": "Hindi",
    "tr": "Turkish", "sw": "Swahili", "pl": "Polish", "ko": "Korean", "en": "English",
}

SUBJECTS = {
    "en": ("algebra", "cell biology", "world history", "physics of motion", "probability", "chemistry of acids",
           "economics", "geography of rivers", "computer science basics", "ecology"),
    "es": ("álgebra", "biología celular", "historia universal", "física del movimiento", "probabilidad",
           "química de ácidos", "economía", "geografía", "informática básica", "ecología"),
    "pt": ("álgebra", "biologia celular", "história mundial", "física do movimento", "probabilidade",
           "química", "economia", "geografia", "introdução à computação", "ecologia"),
    "id": ("aljabar", "biologi sel", "sejarah dunia", "fisika gerak", "peluang", "kimia asam basa", "ekonomi",
           "geografi", "dasar ilmu komputer", "ekologi"),
    "vi": ("đại số", "sinh học tế bào", "lịch sử thế giới", "vật lý chuyển động", "xác suất", "hóa học",
           "kinh tế học", "địa lý", "tin học cơ bản", "sinh thái học"),
    "ar": ("الجبر", "علم الخلية", "تاريخ العالم", "فيزياء الحركة", "الاحتمالات", "الكيمياء", "الاقتصاد",
           "الجغرافيا", "أساسيات الحاسوب", "علم البيئة"),
    "sw": ("aljebra", "biolojia ya seli", "historia ya dunia", "fizikia ya mwendo", "uwezekano", "kemia",
           "uchumi", "jiografia", "misingi ya kompyuta", "ikolojia"),
    "hi": ("बीजगणित", "कोशिका जीवविज्ञान", "विश्व इतिहास", "गति का भौतिकी", "प्रायिकता", "रसायन विज्ञान",
           "अर्थशास्त्र", "भूगोल", "कंप्यूटर की मूल बातें", "पारिस्थितिकी"),
    "tr": ("cebir", "hücre biyolojisi", "dünya tarihi", "hareket fiziği", "olasılık", "kimya", "ekonomi",
           "coğrafya", "bilgisayar bilimine giriş", "ekoloji"),
}


# --------------------------------------------------------------------------------------------
# reasoning puzzles (generated: numbers differ per request)

def puzzle(rng: np.random.Generator) -> str:
    """A short word problem or logic puzzle with fresh numbers."""
    k = int(rng.integers(7))
    a, b, c = (int(x) for x in rng.integers(3, 97, size=3))
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (f"{name} buys {a} notebooks at ${b / 10:.2f} each and {c} pens at ${(b + c) / 20:.2f} each, "
                f"paying with a ${(a * b // 10 + c * (b + c) // 20 + 20)} note. How much change is given?")
    if k == 1:
        return (f"A train leaves at {a % 12 + 1}:{b % 60:02d} travelling at {c + 40} km/h. A second train leaves "
                f"the same station {b % 50 + 10} minutes later at {c + 70} km/h on the same track. When does it catch up?")
    if k == 2:
        return (f"{name}, {other} and {pick(rng, NAMES)} each either always lie or always tell the truth. "
                f"{name} says '{other} is a liar'. {other} says 'exactly {a % 3} of us tell the truth'. Who is lying?")
    if k == 3:
        return f"How many integers between 1 and {a * b + c} are divisible by {a % 9 + 2} or {c % 7 + 3} but not both?"
    if k == 4:
        return (f"A bag holds {a % 12 + 2} red and {b % 10 + 3} blue marbles. Three are drawn without replacement. "
                f"What is the probability that exactly two are red?")
    if k == 5:
        return (f"Solve for x: {a}x + {b} = {c}x - {a + b}. Then check whether x^2 + {c % 10}x is prime "
                f"when rounded to the nearest integer.")
    return (f"A tank fills in {a % 20 + 4} hours with pipe A and {b % 20 + 6} hours with pipe B; a drain empties it "
            f"in {c % 30 + 12} hours. Starting empty with all three open, when is it full?")


# --------------------------------------------------------------------------------------------
# code snippets for execution-trace questions (generated)

def code_snippet(rng: np.random.Generator) -> tuple[str, str]:
    """(language, snippet) of a small program whose output takes tracing to predict."""
    a, b, c = (int(x) for x in rng.integers(2, 40, size=3))
    k = int(rng.integers(6))
    if k == 0:
        return "python", (f"def f(xs):\n    acc = {a}\n    for i, x in enumerate(xs):\n        if x % {b % 5 + 2} == 0:\n"
                          f"            acc = acc * 2 - i\n        else:\n            acc += x\n    return acc\n\n"
                          f"print(f([{a}, {b}, {c}, {a + b}, {b * c % 50}]))")
    if k == 1:
        return "python", (f"memo = {{}}\ndef g(n):\n    if n < 2:\n        return n\n    if n in memo:\n        return memo[n]\n"
                          f"    memo[n] = g(n - 1) + {c % 3 + 1} * g(n - 2)\n    return memo[n]\n\n"
                          f"print([g(i) for i in range({a % 9 + 4})])")
    if k == 2:
        return "javascript", (f"const xs = [{a}, {b}, {c}, {a * 2}];\nconst out = xs.reduce((m, x, i) => "
                              f"{{ m[x % {b % 4 + 2}] = (m[x % {b % 4 + 2}] || 0) + i; return m; }}, {{}});\n"
                              f"console.log(JSON.stringify(out));")
    if k == 3:
        return "go", (f"package main\n\nimport \"fmt\"\n\nfunc main() {{\n\ts := []int{{{a}, {b}, {c}}}\n"
                      f"\tfor i := range s {{\n\t\ts[i] = s[i]*{c % 4 + 1} - s[(i+1)%len(s)]\n\t}}\n\tfmt.Println(s)\n}}")
    if k == 4:
        return "rust", (f"fn main() {{\n    let mut v: Vec<i64> = ({a % 5}..{a % 5 + 6}).collect();\n"
                        f"    v.retain(|x| x % {b % 3 + 2} != 0);\n    let s: i64 = v.iter().map(|x| x * {c}).sum();\n"
                        f"    println!(\"{{:?}} {{}}\", v, s);\n}}")
    return "sql", (f"CREATE TABLE t(id INT, grp TEXT, v INT);\nINSERT INTO t VALUES (1,'a',{a}),(2,'b',{b}),(3,'a',{c}),"
                   f"(4,'b',{a + c});\nSELECT grp, SUM(v) OVER (PARTITION BY grp ORDER BY id) AS running FROM t "
                   f"WHERE v > {min(a, b, c)};")


# --------------------------------------------------------------------------------------------
# agent tool-use observations

TOOLS = ("search_web", "read_file", "run_python", "sql_query", "http_get", "list_directory", "send_email",
         "calendar_lookup", "grep_repo", "apply_patch", "browser_click", "get_weather")


def observation(rng: np.random.Generator, topic: str, passages: list[str]) -> str:
    """What a tool returned: a snippet, a listing, a traceback, a table."""
    k = int(rng.integers(5))
    if k == 0:
        return excerpt(rng, passages, 150, 700)
    if k == 1:
        files = " ".join(f"{pick(rng, ('src', 'tests', 'docs', 'lib'))}/{pick(rng, NAMES).lower()}_{int(x)}.py"
                         for x in rng.integers(1, 99, size=int(rng.integers(3, 9))))
        return f"exit_code=0\n{files}"
    if k == 2:
        return (f"Traceback (most recent call last):\n  File \"job.py\", line {int(rng.integers(10, 400))}, in <module>\n"
                f"KeyError: '{pick(rng, NAMES).lower()}_id'")
    if k == 3:
        rows = "\n".join(f"| {pick(rng, COUNTRIES)} | {int(x)} |" for x in rng.integers(10, 9999, size=4))
        return f"| country | count |\n|---|---|\n{rows}"
    return f"Search results for '{topic[:60]}': 1) {excerpt(rng, passages, 80, 240)} 2) {excerpt(rng, passages, 80, 240)}"


# --------------------------------------------------------------------------------------------
# benign material: contract clauses, products

CLAUSES = (
    "The Supplier shall indemnify the Customer against all losses arising from any breach of this Agreement",
    "Either party may terminate this Agreement on ninety (90) days' written notice",
    "Liability of either party shall not exceed the fees paid in the twelve (12) months preceding the claim",
    "All intellectual property created in the course of the Services shall vest in the Customer",
    "The Customer shall pay all undisputed invoices within forty-five (45) days of receipt",
    "This Agreement shall be governed by the laws of England and Wales",
    "The Processor shall notify the Controller of a personal data breach without undue delay",
    "Neither party shall solicit the employees of the other party during the Term and for twelve months after",
    "The Licensee may not sublicense the Software without prior written consent",
    "Force majeure shall not excuse payment obligations",
    "The Tenant shall keep the Premises in good and substantial repair",
    "Any dispute shall be finally resolved by arbitration under the ICC Rules",
)

PRODUCTS = (
    "stainless steel water bottle 750 ml, double wall, keeps drinks cold 24 h",
    "wireless noise-cancelling headphones, 30 h battery, USB-C fast charge",
    "organic cotton baby bodysuit, pack of 3, sizes 0-24 months",
    "cast iron skillet 28 cm, pre-seasoned, oven safe to 260 °C",
    "ergonomic office chair with lumbar support and adjustable armrests",
    "waterproof hiking boots, Vibram sole, breathable membrane",
    "smart LED bulb E27, 16 million colours, works with voice assistants",
    "yoga mat 6 mm, non-slip, with carrying strap",
    "ceramic pour-over coffee dripper, size 02",
    "kids' bicycle 16 inch with removable training wheels",
    "mechanical keyboard, hot-swappable switches, RGB backlight",
    "linen duvet cover set, queen, stone washed",
)

MARKETS = (("de", "Germany"), ("fr", "France"), ("es", "Spain"), ("pt", "Brazil"), ("ja", "Japan"),
           ("pl", "Poland"), ("tr", "Turkey"), ("ko", "South Korea"), ("en", "United Kingdom"), ("id", "Indonesia"))

BENCH_QUESTIONS = (
    "If all bloops are razzies and all razzies are lazzies, are all bloops definitely lazzies?",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
    "Which is heavier: a kilogram of feathers or a kilogram of steel?",
    "If it takes 5 machines 5 minutes to make 5 widgets, how long would 100 machines take to make 100 widgets?",
    "Is the following argument valid? Some doctors are runners. Some runners are vegetarians. So some doctors are vegetarians.",
    "A lily pad patch doubles every day and covers the lake in 48 days. When did it cover half the lake?",
    "Sally has 3 brothers. Each brother has 2 sisters. How many sisters does Sally have?",
)

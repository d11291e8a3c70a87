"""Prompt templates of blind batch 69, written fresh for this batch.

Every generator takes a numpy Generator (and, where it wraps ordinary text, ShareGPT prompts or
answers from the batch context) and returns one prompt string with fresh numbers, names and
topics. Voices are independent: each generator has several unrelated phrasings, some in other
languages. Some generators (word problems, code snippets) are shared by campaign families and
benign kinds on purpose: a harvester and an honest user can send the same kind of text.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

CITIES = ("Lagos", "Porto", "Da Nang", "Kraków", "Monterrey", "Pune", "Busan", "Tampere", "Mombasa",
          "Valparaíso", "Izmir", "Cebu", "Leeds", "Quebec City", "Adelaide", "Bandung", "Tbilisi",
          "Cluj-Napoca", "Medellín", "Osaka", "Accra", "Lyon", "Bergen", "Cusco")
ITEMS = ("notebooks", "solar lamps", "bags of rice", "tickets", "bicycle tyres", "mangoes", "USB cables",
         "flower pots", "chess sets", "water filters", "kilograms of coffee", "umbrellas", "face masks",
         "paperback novels", "tennis balls", "bricks")
JOBS = ("paint a fence", "assemble a bookshelf", "fill a pool", "mow the football pitch",
        "type a report", "tile a bathroom", "sort the parcels", "harvest a plot of beans")
WORDS = ("BANANA", "LETTER", "CANAL", "MISSISSIPPI", "ROTATOR", "PEPPER", "BALLOON", "COMMITTEE",
         "STATISTICS", "ABRACADABRA", "TOMATO", "PARALLEL")

FIELDS: dict[str, tuple[str, ...]] = {
    "physics": ("the photoelectric effect", "Bernoulli's principle", "special relativity's time dilation",
                "entropy and the second law", "quantum tunnelling", "Maxwell's equations",
                "superconductivity", "the Doppler effect", "angular momentum conservation"),
    "biology": ("CRISPR-Cas9 gene editing", "the Krebs cycle", "how vaccines train immunity",
                "epigenetic inheritance", "horizontal gene transfer", "the action potential in neurons",
                "photosynthesis' light reactions", "the gut microbiome", "protein folding"),
    "economics": ("quantitative easing", "comparative advantage", "the Phillips curve",
                  "moral hazard in insurance", "price elasticity", "the tragedy of the commons",
                  "purchasing power parity", "yield curve inversion", "network effects"),
    "computer science": ("the CAP theorem", "Dijkstra's algorithm", "garbage collection",
                         "public-key cryptography", "B-trees", "transformer attention",
                         "the halting problem", "consistent hashing", "Raft consensus"),
    "history": ("the fall of the Western Roman Empire", "the Meiji Restoration",
                "the causes of World War I", "the Hanseatic League", "the Haitian Revolution",
                "the Silk Road's trade networks", "the Congress of Vienna", "the Green Revolution"),
    "mathematics": ("eigenvalues and eigenvectors", "the central limit theorem", "Fourier series",
                    "group theory's symmetry groups", "Bayes' theorem", "the Riemann integral",
                    "modular arithmetic", "Markov chains", "gradient descent's convergence"),
    "chemistry": ("Le Chatelier's principle", "chirality in drug molecules", "buffer solutions",
                  "the Haber process", "hybridisation of orbitals", "redox titrations",
                  "polymerisation", "catalysis by enzymes"),
    "law": ("the doctrine of precedent", "fair use in copyright", "the GDPR's lawful bases",
            "contract consideration", "the presumption of innocence", "adverse possession"),
    "medicine": ("how statins lower cholesterol", "antibiotic resistance", "type 2 diabetes' mechanism",
                 "the placebo effect", "how general anaesthesia works", "sepsis"),
    "philosophy": ("Kant's categorical imperative", "the trolley problem", "Hume's problem of induction",
                   "utilitarianism", "the ship of Theseus", "Rawls's veil of ignorance"),
}

LANGS: dict[str, tuple[str, str]] = {
    # English name → (code, Chinese name)
    "Japanese": ("ja", "日语"), "Korean": ("ko", "韩语"), "German": ("de", "德语"),
    "French": ("fr", "法语"), "Spanish": ("es", "西班牙语"), "Portuguese": ("pt", "葡萄牙语"),
    "Russian": ("ru", "俄语"), "Arabic": ("ar", "阿拉伯语"), "Vietnamese": ("vi", "越南语"),
    "Thai": ("th", "泰语"), "Indonesian": ("id", "印尼语"), "Turkish": ("tr", "土耳其语"),
    "Italian": ("it", "意大利语"), "Polish": ("pl", "波兰语"), "Hindi": ("hi", "印地语"),
    "Swahili": ("sw", "斯瓦希里语"), "Dutch": ("nl", "荷兰语"), "Ukrainian": ("uk", "乌克兰语"),
    "Chinese (Simplified)": ("zh", "简体中文"), "Malay": ("ms", "马来语"),
}


def _snip(text: str, rng: np.random.Generator, lo: int, hi: int) -> str:
    """A slice of `text` of between lo and hi characters, cut at word boundaries when possible."""
    if len(text) <= lo:
        return text.strip()
    n = irange(rng, lo, min(hi, len(text)))
    start = 0
    if chance(rng, 0.4):
        # from a paragraph or sentence boundary in the first third, when there is one
        cut = max(text.rfind("\n", 0, len(text) // 3), text.rfind(". ", 0, len(text) // 3))
        start = cut + 1 if 0 < cut < len(text) - n else 0
    piece = text[start:start + n]
    if " " in piece[-40:]:
        piece = piece[:piece.rindex(" ")]
    return piece.strip()


# --------------------------------------------------------------------------------------------
# word problems (shared: reasoning harvest, tutoring app, evaluation suites, research lab)


def word_problem(rng: np.random.Generator) -> tuple[str, str]:
    """(subject, problem text) with fresh numbers."""
    k = irange(rng, 0, 13)
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        x, y = irange(rng, 2, 12), irange(rng, 3, 15)
        job = pick(rng, JOBS)
        return "algebra", (f"{a} can {job} alone in {x} hours, and {b} can do it alone in {y} hours. "
                           f"If they work together but {b} takes a {irange(rng, 15, 50)}-minute break, "
                           "how long does the job take?")
    if k == 1:
        p, d1, d2 = irange(rng, 40, 900), irange(rng, 5, 35), irange(rng, 5, 25)
        return "percentages", (f"A shop in {pick(rng, CITIES)} sells {pick(rng, ITEMS)} at {p} each. It raises the "
                               f"price by {d1}% and then offers a {d2}% discount. {a} buys {irange(rng, 3, 40)}. "
                               "How much does she pay, and is the final price higher or lower than the original?")
    if k == 2:
        v1, v2, dist = irange(rng, 40, 120), irange(rng, 50, 140), irange(rng, 150, 900)
        return "kinematics", (f"Two trains leave {pick(rng, CITIES)} and {pick(rng, CITIES)}, {dist} km apart, "
                              f"heading towards each other at {v1} km/h and {v2} km/h. The second leaves "
                              f"{irange(rng, 10, 90)} minutes later. Where and when do they meet?")
    if k == 3:
        w = pick(rng, WORDS)
        return "combinatorics", f"How many distinct arrangements of the letters of {w} are there in which no two identical letters are adjacent?"
    if k == 4:
        r, g, bl, n = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 2, 4)
        return "probability", (f"A bag holds {r} red, {g} green and {bl} blue marbles. {a} draws {n} without "
                               "replacement. What is the probability that at least two are the same colour?")
    if k == 5:
        base, exp, mod = irange(rng, 3, 29), irange(rng, 50, 4000), irange(rng, 7, 97)
        return "number theory", f"Find the remainder when {base}^{exp} is divided by {mod}."
    if k == 6:
        s1, s2, ang = irange(rng, 4, 30), irange(rng, 4, 30), irange(rng, 20, 150)
        return "geometry", (f"A triangle has sides of {s1} cm and {s2} cm with an included angle of {ang}°. "
                            "Find the third side, the area, and the radius of the circumscribed circle.")
    if k == 7:
        first, step, n = irange(rng, -20, 40), irange(rng, 2, 13), irange(rng, 20, 300)
        return "sequences", (f"An arithmetic sequence starts at {first} with common difference {step}. "
                             f"What is the sum of the terms from the {irange(rng, 5, 15)}th to the {n}th term?")
    if k == 8:
        v, ang, h = irange(rng, 8, 45), irange(rng, 15, 75), irange(rng, 0, 30)
        return "physics", (f"A ball is thrown at {v} m/s at {ang}° above horizontal from a cliff {h} m high. "
                           "Ignoring air resistance (g = 9.81 m/s²), find the time of flight, range and max height.")
    if k == 9:
        m, mm = irange(rng, 5, 250), pick(rng, ("NaCl", "CaCO3", "H2SO4", "C6H12O6", "NaOH", "KMnO4"))
        return "chemistry", (f"How many moles and how many molecules are in {m} g of {mm}? If dissolved in "
                             f"{irange(rng, 200, 2500)} mL of water, what is the molarity?")
    if k == 10:
        pv, r, t = irange(rng, 1000, 90000), irange(rng, 2, 14), irange(rng, 2, 30)
        return "finance", (f"{a} invests {pv} at {r}% annual interest compounded monthly for {t} years, "
                           f"adding {irange(rng, 20, 800)} at the end of each month. What is the final balance?")
    if k == 11:
        people = list(dict.fromkeys([a, b, pick(rng, NAMES)]))
        says = "; ".join(f"{p} says: \"{pick(rng, people)} is a {pick(rng, ('knight', 'knave'))}\"" for p in people)
        return "logic", (f"On an island, knights always tell the truth and knaves always lie. {says}. "
                         "Determine who is a knight and who is a knave.")
    if k == 12:
        c = rng.integers(-9, 10, size=6).tolist()
        return "algebra", (f"Solve the system: {c[0]}x + {c[1]}y = {c[2]} and {c[3]}x - {abs(c[4]) + 1}y = {c[5]}. "
                           "Then verify the solution by substitution.")
    p, q = irange(rng, 2, 6), irange(rng, 1, 5)
    return "calculus", (f"Evaluate the integral of x^{p} · e^({q}x) dx from 0 to {irange(rng, 1, 4)}, "
                        "and explain which integration technique you chose and why.")


def _wrong_attempt(rng: np.random.Generator) -> str:
    lines = []
    val = irange(rng, 10, 500)
    for i in range(irange(rng, 3, 6)):
        op, n = pick(rng, ("+", "-", "×", "÷")), irange(rng, 2, 40)
        val2 = {"+": val + n, "-": val - n, "×": val * n, "÷": val // n}[op]
        if chance(rng, 0.3):
            val2 += irange(rng, -9, 9)
        lines.append(f"Step {i + 1}: {val} {op} {n} = {val2}")
        val = val2
    return "\n".join(lines) + f"\nSo the answer is {val}."


def reasoning_harvest(rng: np.random.Generator) -> str:
    """Coercing a full reasoning trace: six voices, several languages."""
    subject, prob = word_problem(rng)
    v = irange(rng, 0, 9)
    if v == 0:
        return (f"{prob}\n\nThink step by step. Put your complete chain of reasoning inside <think></think>, "
                "then give only the final answer as \\boxed{...}.")
    if v == 1:
        return (f"hey so my {subject} teacher gave us this and i dont get it: {prob.lower()} "
                "can u explain EVERY step?? dont skip anything pls i need to see how each number was found")
    if v == 2:
        return (f"Problem: {prob}\n\nHere is my attempt:\n{_wrong_attempt(rng)}\n\nCheck it line by line. "
                "For each line, reason out loud whether it is correct, and if not, redo it properly from there.")
    if v == 3:
        return (f"Problem ({subject}, difficulty {irange(rng, 2, 5)}/5). {prob}\n\nProvide a complete, rigorous "
                "solution. Enumerate every intermediate step, justify each transformation, state assumptions, "
                "and finish with a line beginning 'Final answer:'.")
    if v == 4:
        return (f"Solve this, but think out loud the way an expert really does — including approaches you "
                f"consider and then reject, and sanity checks along the way.\n\n{prob}")
    if v == 5:
        return f"इस प्रश्न को चरण-दर-चरण हल करें और हर कदम का कारण समझाएँ। अंतिम उत्तर अलग से लिखें।\n\n{prob}"
    if v == 6:
        return f"Kerjakan soal berikut langkah demi langkah. Tuliskan seluruh proses berpikirmu, jangan langsung ke jawaban.\n\n{prob}"
    if v == 7:
        return f"Hãy giải bài toán sau từng bước một, giải thích lý do của mỗi bước, rồi ghi đáp số cuối cùng.\n\n{prob}"
    if v == 8:
        return f"Resolva passo a passo, mostrando todo o raciocínio antes da resposta final. Verifique o resultado no fim.\n\n{prob}"
    code = code_snippet(rng, "python")[1]
    return (f"What exactly does this program print? Trace the execution line by line, tracking every "
            f"variable's value, before you state the output.\n```python\n{code}\n```")


# --------------------------------------------------------------------------------------------
# code snippets (shared: repository walk harvest, IDE agents, router traffic)

_NOUNS = ("order", "invoice", "sensor", "user", "ticket", "route", "shipment", "reading", "token", "session",
          "payload", "record", "segment", "quote", "pixel", "ledger", "cart", "event", "tile", "batch")
_EXT = {"python": "py", "typescript": "ts", "go": "go", "rust": "rs", "java": "java"}
_VERBS = ("parse", "merge", "normalise", "validate", "dedupe", "rank", "bucket", "resample", "encode",
          "flatten", "score", "throttle", "reconcile", "chunk", "summarise", "retry")


def code_snippet(rng: np.random.Generator, lang: str | None = None) -> tuple[str, str]:
    """(language, a plausible function of 5–20 lines with fresh identifiers)."""
    lang = lang or pick(rng, ("python", "python", "python", "typescript", "go", "rust", "java"))
    noun, noun2, verb = pick(rng, _NOUNS), pick(rng, _NOUNS), pick(rng, _VERBS)
    n1, n2 = irange(rng, 2, 64), irange(rng, 1, 9)
    if lang == "python":
        body = pick(rng, (
            f"def {verb}_{noun}s(items, limit={n1}):\n    out = {{}}\n    for it in items:\n"
            f"        key = it.get('{noun2}_id')\n        if key is None:\n            continue\n"
            f"        out.setdefault(key, []).append(it)\n        if len(out[key]) > limit:\n"
            f"            out[key] = out[key][-limit:]\n    return out",
            f"def {verb}(xs, k={n2}):\n    xs = sorted(xs)\n    acc = 0\n    res = []\n    for i, x in enumerate(xs):\n"
            f"        acc += x\n        if i >= k:\n            acc -= xs[i - k]\n        res.append(acc / min(i + 1, k))\n"
            "    return res\n\nprint(" + f"{verb}([{', '.join(str(int(v)) for v in rng.integers(0, 50, size=6))}], {n2}))",
            f"class {noun.capitalize()}Cache:\n    def __init__(self, size={n1}):\n        self.size = size\n"
            f"        self.data = {{}}\n\n    def get(self, key):\n        if key in self.data:\n"
            f"            v = self.data.pop(key)\n            self.data[key] = v\n            return v\n"
            f"        return None\n\n    def put(self, key, value):\n        self.data[key] = value\n"
            f"        if len(self.data) > self.size:\n            self.data.pop(next(iter(self.data)))",
            f"async def fetch_{noun}s(client, ids, retries={n2}):\n    results = []\n    for i in ids:\n"
            f"        for attempt in range(retries):\n            r = await client.get(f'/api/{noun}s/{{i}}')\n"
            f"            if r.status_code == 200:\n                results.append(r.json())\n                break\n"
            f"            await asyncio.sleep(2 ** attempt)\n    return results",
        ))
    elif lang == "typescript":
        body = (f"export function {verb}{noun.capitalize()}s(rows: {noun.capitalize()}[], max = {n1}): Map<string, number> {{\n"
                f"  const m = new Map<string, number>();\n  for (const r of rows) {{\n"
                f"    const k = r.{noun2}Id ?? 'unknown';\n    m.set(k, Math.min(max, (m.get(k) ?? 0) + r.qty));\n  }}\n"
                "  return m;\n}")
    elif lang == "go":
        body = (f"func {verb.capitalize()}{noun.capitalize()}s(in []{noun.capitalize()}, n int) ([]{noun.capitalize()}, error) {{\n"
                f"\tif n <= 0 {{\n\t\treturn nil, fmt.Errorf(\"bad n: %d\", n)\n\t}}\n\tout := make([]{noun.capitalize()}, 0, len(in))\n"
                f"\tfor i, x := range in {{\n\t\tif i%n == {n2 % 3} {{\n\t\t\tout = append(out, x)\n\t\t}}\n\t}}\n\treturn out, nil\n}}")
    elif lang == "rust":
        body = (f"pub fn {verb}_{noun}s(v: &[u64], window: usize) -> Vec<u64> {{\n    let mut out = Vec::with_capacity(v.len());\n"
                f"    for i in 0..v.len() {{\n        let lo = i.saturating_sub(window);\n"
                f"        out.push(v[lo..=i].iter().copied().max().unwrap_or({n2}));\n    }}\n    out\n}}")
    else:
        body = (f"public static List<{noun.capitalize()}> {verb}(List<{noun.capitalize()}> xs, int cap) {{\n"
                f"    List<{noun.capitalize()}> out = new ArrayList<>();\n    for ({noun.capitalize()} x : xs) {{\n"
                f"        if (x.get{noun2.capitalize()}() != null && out.size() < cap) out.add(x);\n    }}\n"
                f"    out.sort(Comparator.comparing({noun.capitalize()}::getId));\n    return out;\n}}")
    return lang, body


def code_harvest(rng: np.random.Generator) -> str:
    """A repository walk: every function through the same handful of instructions."""
    lang, code = code_snippet(rng)
    target = pick(rng, ("Rust", "Go", "TypeScript", "Kotlin", "C#", "Python"))
    v = irange(rng, 0, 6)
    fence = f"```{lang}\n{code}\n```"
    ext = _EXT[lang]
    if v == 0:
        return f"Write comprehensive unit tests for the following function. Cover edge cases and explain what each test checks.\n\n{fence}"
    if v == 1:
        return f"Add complete docstrings/comments and precise type annotations to this code. Return the full updated code, then a summary of what you changed.\n\n{fence}"
    if v == 2:
        return f"Explain this code line by line as if reviewing it for a junior engineer. Point out bugs, complexity, and better alternatives.\n\n{fence}"
    if v == 3:
        return f"Port this to idiomatic {target}. Keep behaviour identical and explain each non-obvious translation decision.\n\n{fence}"
    if v == 4:
        return f"### Task: refactor\n### Source file: {pick(rng, _NOUNS)}/{pick(rng, _VERBS)}.{ext}\n{fence}\n### Instructions: rewrite for readability and performance; output the code, then a numbered rationale."
    if v == 5:
        return f"请为下面的代码编写详细的中文注释，并逐行解释其逻辑，最后给出可能的改进建议。\n\n{fence}"
    return f"Generate a realistic GitHub issue that this function would cause, then the pull request that fixes it (title, description, diff).\n\n{fence}"


_ERRORS = ("TypeError: 'NoneType' object is not subscriptable", "KeyError: '{k}'", "IndexError: list index out of range",
           "panic: runtime error: index out of range [{n}] with length {n}",
           "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable",
           "TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.",
           "java.lang.NullPointerException at {k}.{k}(Main.java:{n})", "AssertionError: expected {n} but got {n}")
IDE_UAS = ("Cursor/0.45.11 (darwin arm64)", "continue/0.9.250 (vscode 1.96.4)", "Cline/3.2.13 vscode/1.96.2",
           "roo-cline/3.3.20", "zed/0.170.4", "JetBrains-AI-Assistant/243.23654", "aider/0.72.3 litellm/1.59.0")


def ide_prompt(rng: np.random.Generator) -> str:
    """What an IDE coding agent sends for a developer (benign)."""
    lang, code = code_snippet(rng)
    ext = _EXT[lang]
    path = f"{pick(rng, ('src', 'app', 'pkg', 'lib', 'internal'))}/{pick(rng, _NOUNS)}_{pick(rng, _VERBS)}.{ext}"
    err = pick(rng, _ERRORS).format(k=pick(rng, _NOUNS), n=irange(rng, 0, 40))
    v = irange(rng, 0, 6)
    head = f"<file path=\"{path}\" cursor_line=\"{irange(rng, 1, 200)}\">\n{code}\n</file>\n"
    if v == 0:
        return head + f"I'm getting `{err}` when I run this. What's wrong and how do I fix it?"
    if v == 1:
        return head + "write tests for this"
    if v == 2:
        return head + f"rename `{pick(rng, _NOUNS)}` to `{pick(rng, _NOUNS)}_{pick(rng, ('id', 'ref', 'key'))}` everywhere in this file and keep it compiling"
    if v == 3:
        return head + "this is slow on big inputs (~1M rows). can you make it faster without changing behaviour?"
    if v == 4:
        return f"The test suite failed:\n```\nFAILED tests/test_{pick(rng, _NOUNS)}.py::test_{pick(rng, _VERBS)} - {err}\n```\n" + head + "Apply a minimal fix."
    if v == 5:
        return head + "add a docstring to this"
    return head + f"what does `{pick(rng, _VERBS)}` do here? quick answer"


# --------------------------------------------------------------------------------------------
# grading / reward labels (campaign) and labelling (benign)

_CRITERIA = ("helpfulness", "factual accuracy", "completeness", "concision", "tone", "harmlessness",
             "instruction following", "reasoning quality", "formatting", "creativity")


def grading_harvest(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = _snip(pick(rng, chat), rng, 40, 400)
    ra, rb = _snip(pick(rng, passages), rng, 200, 1200), _snip(pick(rng, passages), rng, 200, 1200)
    v = irange(rng, 0, 5)
    if v == 0:
        return ("You are an impartial judge. Compare the two assistant responses to the user question. "
                "Think carefully about each, then output JSON {\"analysis\": str, \"winner\": \"A\"|\"B\"|\"tie\", "
                f"\"margin\": 1-5}}.\n\n[User question]\n{q}\n\n[Assistant A]\n{ra}\n\n[Assistant B]\n{rb}")
    if v == 1:
        crit = [str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 3, 6), replace=False)]
        return (f"Score the response on a 1–10 scale for each of: {', '.join(crit)}. Justify every score in one or "
                f"two sentences before giving it. End with an overall score.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{ra}")
    if v == 2:
        return ("Checklist evaluation. For each criterion give 0, 1 or 2 with a reason: answers the question; "
                "no factual errors; no unnecessary content; safe; well formatted. Return JSON list.\n\n"
                f"### Query\n{q}\n### Candidate\n{ra}")
    if v == 3:
        return (f"请作为公正的评审，比较以下两个回答的质量（有用性、准确性、深度）。先逐条分析，再给出结论：[[A]]、[[B]] 或 [[平局]]。\n\n"
                f"【问题】{q}\n\n【回答A】{ra}\n\n【回答B】{rb}")
    if v == 4:
        return (f"Assign a scalar reward in [-5, 5] to the response below, where 5 is an ideal assistant reply. "
                f"Explain the reward in at most {irange(rng, 3, 6)} bullet points first.\n\n<prompt>{q}</prompt>\n<response>{ra}</response>")
    return (f"Here is a reference answer and a student model's answer. List every point where the student "
            f"deviates from the reference, rate severity (minor/major), and say which is better.\n\nQuestion: {q}\n\n"
            f"Reference:\n{ra}\n\nStudent:\n{rb}")


_CATS = ("billing", "shipping", "returns", "technical issue", "account access", "feedback", "other")


def labelling_prompt(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    """A labelling tool's pre-annotation request (benign): short answers expected."""
    text = _snip(pick(rng, chat), rng, 30, 500)
    v = irange(rng, 0, 5)
    if v == 0:
        return f"Label the sentiment of the text as positive, negative, neutral or mixed. Reply with the label only.\n\nText: {text}"
    if v == 1:
        return f"Does this text contain personal data (names, emails, phone numbers, addresses)? Reply as JSON {{\"pii\": true|false, \"spans\": [...]}}.\n\n{text}"
    if v == 2:
        cats = [str(c) for c in rng.choice(_CATS, size=irange(rng, 4, 7), replace=False)]
        return f"Classify this message into exactly one of: {', '.join(cats)}. Output only the category.\n\nMessage: {text}"
    if v == 3:
        ra, rb = _snip(pick(rng, passages), rng, 100, 500), _snip(pick(rng, passages), rng, 100, 500)
        return f"Which response answers the request better? Answer with A or B only.\nRequest: {text}\nA: {ra}\nB: {rb}"
    if v == 4:
        return f"Rate the toxicity of this text from 0 (none) to 4 (severe). Number only.\n{text}"
    return f"Extract the language, the main intent and any product names mentioned. Return compact JSON.\n\n{text}"


# --------------------------------------------------------------------------------------------
# agent transcripts (campaign)

_TOOLSETS = (
    (("web_search", "query: str"), ("open_url", "url: str"), ("python", "code: str"), ("final_answer", "text: str")),
    (("search_flights", "origin: str, dest: str, date: str"), ("book", "offer_id: str"),
     ("get_calendar", "day: str"), ("send_email", "to: str, body: str")),
    (("sql_query", "sql: str"), ("list_tables", ""), ("plot", "spec: dict"), ("answer", "text: str")),
    (("read_file", "path: str"), ("write_file", "path: str, content: str"), ("run_shell", "cmd: str"),
     ("run_tests", "pattern: str")),
    (("get_weather", "city: str"), ("convert_currency", "amount: float, src: str, dst: str"),
     ("lookup_stock", "ticker: str"), ("calculator", "expr: str")),
    (("crm_find", "name: str"), ("crm_update", "id: str, fields: dict"), ("create_ticket", "title: str, body: str"),
     ("kb_search", "q: str")),
)


def agent_task(rng: np.random.Generator, toolset: int) -> str:
    a, c1, c2 = pick(rng, NAMES), pick(rng, CITIES), pick(rng, CITIES)
    return (
        f"Find the cheapest way to get from {c1} to {c2} on {irange(rng, 1, 28)} March for {a}, avoid red-eyes, then draft a summary.",
        f"Book {a} on a flight {c1}→{c2} before noon on day {irange(rng, 1, 28)} and email them the itinerary.",
        f"Which {pick(rng, _NOUNS)} category had the biggest month-over-month drop in Q{irange(rng, 1, 4)}? Chart it.",
        f"The test `test_{pick(rng, _VERBS)}_{pick(rng, _NOUNS)}` is failing in the repo. Find out why and fix it.",
        f"{a} has {irange(rng, 100, 9000)} {pick(rng, ('EUR', 'USD', 'JPY', 'BRL'))}. Is it enough for {irange(rng, 2, 9)} nights in {c2} given today's rates?",
        f"Customer {a} from {pick(rng, COUNTRIES)} says their {pick(rng, _NOUNS)} was charged twice. Resolve it.",
    )[toolset]


def _observation(rng: np.random.Generator, toolset: int) -> str:
    n = irange(rng, 1, 999)
    return (
        f"[{irange(rng, 3, 8)} results] 1. {pick(rng, CITIES)} transit guide — fares from {n} … 2. forum thread ({irange(rng, 2, 400)} replies) …",
        f"{{\"offers\": [{{\"id\": \"OF{n}\", \"price\": {irange(rng, 60, 900)}, \"dep\": \"{irange(rng, 5, 22):02d}:{irange(rng, 0, 59):02d}\"}}]}}",
        f"| month | value |\n| {irange(rng, 1, 12)} | {n} |\n| {irange(rng, 1, 12)} | {irange(rng, 1, 999)} |",
        f"$ pytest -x\nE   assert {n} == {irange(rng, 1, 999)}\n1 failed, {irange(rng, 10, 300)} passed in {rng.uniform(0.5, 40):.2f}s",
        f"{{\"rate\": {rng.uniform(0.005, 160):.4f}, \"ts\": \"2026-02-0{irange(rng, 1, 7)}\"}}",
        f"{{\"id\": \"C-{n}\", \"charges\": [{irange(rng, 5, 300)}, {irange(rng, 5, 300)}], \"status\": \"open\"}}",
    )[toolset]


def agent_step(rng: np.random.Generator, fmt: int, toolset: int, task: str, history: list[str]) -> str:
    """The prompt of one step of an agent episode: tools, task and the growing scratchpad."""
    tools = _TOOLSETS[toolset]
    if fmt == 0:
        head = ("Answer the following task as best you can. You have access to the following tools:\n"
                + "\n".join(f"{n}({sig})" for n, sig in tools)
                + "\n\nUse the format:\nThought: ...\nAction: <tool>\nAction Input: ...\nObservation: ...\n"
                  "(repeat) then Final Answer: ...\n\nTask: " + task + "\n")
    elif fmt == 1:
        head = ("{\"tools\": [" + ", ".join(f"{{\"name\": \"{n}\", \"parameters\": \"{sig}\"}}" for n, sig in tools)
                + "], \"instructions\": \"Reply with exactly one tool call as JSON, explaining your reasoning in a "
                  "'thought' field first.\"}\nUSER: " + task + "\n")
    else:
        head = ("<system>You are an autonomous agent. Available tools: "
                + "; ".join(f"<tool name=\"{n}\" args=\"{sig}\"/>" for n, sig in tools)
                + "</system>\n<task>" + task + "</task>\n")
    return head + "".join(history)


def agent_history_entry(rng: np.random.Generator, fmt: int, toolset: int) -> str:
    name = pick(rng, _TOOLSETS[toolset])[0]
    obs = _observation(rng, toolset)
    if fmt == 0:
        return f"Thought: I should use {name}.\nAction: {name}\nAction Input: …\nObservation: {obs}\n"
    if fmt == 1:
        return f"ASSISTANT: {{\"thought\": \"…\", \"tool\": \"{name}\"}}\nTOOL: {obs}\n"
    return f"<call tool=\"{name}\">…</call>\n<result>{obs}</result>\n"


# --------------------------------------------------------------------------------------------
# curriculum questions (campaign, asked by "people")

def curriculum_question(rng: np.random.Generator) -> str:
    field = pick(rng, list(FIELDS))
    topic = pick(rng, FIELDS[field])
    other = pick(rng, FIELDS[field])
    v = irange(rng, 0, 11)
    return (
        f"Can you explain {topic} in depth? Start from the intuition, then the formal details, then a worked example.",
        f"I've always been confused about {topic}. What is actually going on, and what do most people get wrong?",
        f"Explain {topic} like a graduate seminar would — key results, open questions, and the main references.",
        f"what's the difference between {topic} and {other}? go deep pls",
        f"Walk me through {topic} step by step with a concrete example and the reasoning at each step.",
        f"Write me a thorough study guide on {topic} ({field}): definitions, derivations, common exam questions with full answers.",
        f"¿Me puedes explicar a fondo {topic}? Quiero entender el razonamiento, no solo la definición.",
        f"Kannst du mir {topic} ausführlich erklären, mit einem durchgerechneten Beispiel?",
        f"Peux-tu m'expliquer en détail {topic}, étape par étape, avec un exemple ?",
        f"{topic}について、直感的な説明から厳密な説明まで、例を交えて詳しく教えてください。",
        f"Pode me explicar {topic} em detalhes, com um exemplo resolvido passo a passo?",
        f"ok random question but how does {topic} actually work? like the real mechanism, assume I know basic {field}",
    )[v]


# --------------------------------------------------------------------------------------------
# translation, back-translation and "publishable" rewrites (campaign)

_MARKETS = ("mainland China", "the Gulf states", "Russia", "Vietnam", "a school audience in Singapore", "Türkiye")
_SENSITIVE = ("political figures", "territorial disputes", "religion", "protests", "alcohol", "elections",
              "historical massacres", "LGBTQ topics", "criticism of the government")


def translation_harvest(rng: np.random.Generator, passages: Sequence[str]) -> tuple[str, int]:
    """(prompt, expected completion tokens): translation, round trips and sanitising rewrites."""
    text = _snip(pick(rng, passages), rng, 300, 1800)
    lang = pick(rng, list(LANGS))
    code, zh = LANGS[lang]
    est = len(text) // 4
    v = irange(rng, 0, 5)
    if v == 0:
        return f"Translate the following text into {lang}. Keep markdown, lists and code blocks unchanged. Output only the translation.\n\n{text}", int(est * 1.3)
    if v == 1:
        return f"请将以下文本翻译成{zh}，保留原有格式，不要添加任何解释：\n\n{text}", int(est * 1.3)
    if v == 2:
        return f"<src lang=\"en\">\n{text}\n</src>\n<tgt lang=\"{code}\">", int(est * 1.2)
    if v == 3:
        return (f"First translate the passage into {lang}; then translate your {lang} version back into English "
                f"without looking at the original. Output both under the headings '{code}' and 'en-back'.\n\n{text}"), int(est * 2.4)
    if v == 4:
        sens = [str(s) for s in rng.choice(_SENSITIVE, size=irange(rng, 2, 4), replace=False)]
        return (f"Rewrite the passage below so it can be published for {pick(rng, _MARKETS)}. Remove or neutralise "
                f"any reference to {', '.join(sens)}; keep all technical content and the length roughly the same.\n\n{text}"), int(est * 1.0)
    return (f"以下内容需要改写为适合在{pick(rng, ('微信公众号', '知乎专栏', '头条号', 'B站专栏'))}发布的版本：语气正面，删除敏感内容，保持信息量，输出中文。\n\n{text}"), int(est * 1.4)


def research_paraphrase(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """A robustness study's paraphrase / translation items (benign research lab)."""
    s = _snip(pick(rng, chat), rng, 30, 260)
    v = irange(rng, 0, 3)
    if v == 0:
        return f"Paraphrase the following sentence in {irange(rng, 3, 6)} different ways, numbered, keeping the meaning identical:\n{s}"
    if v == 1:
        return f"Translate into {pick(rng, ('German', 'French', 'Spanish', 'Czech', 'Finnish'))}. Output only the translation.\n{s}"
    if v == 2:
        return f"Does the following sentence mean the same thing as \"{_snip(pick(rng, chat), rng, 30, 200)}\"? Answer yes or no, then one sentence of justification.\n{s}"
    return f"Rewrite this question so that a {pick(rng, ('ten-year-old', 'lawyer', 'non-native speaker', 'pirate'))} would ask it. Only output the rewrite.\n{s}"


# --------------------------------------------------------------------------------------------
# instruction seeds for best-of-n sampling (campaign)

_FORMS = ("short story", "product description", "cover letter", "haiku sequence", "persuasive essay", "recipe",
          "limerick", "press release", "lesson plan", "breakup text", "wedding toast", "podcast intro",
          "FAQ section", "user manual excerpt", "LinkedIn post", "movie pitch", "eulogy", "sea shanty")
_SEED_TOPICS = ("a lighthouse keeper who hates the sea", "a reusable coffee cup", "quitting a job at a bakery",
                "the first day of school on Mars", "a grandmother learning to code", "a lost umbrella",
                "a startup selling rain", "an AI that wants a holiday", "a chess tournament in a prison",
                "a vegan barbecue", "a retired racehorse", "a city with no cars", "an apology to a cat",
                "a library that lends tools", "an overdue tax return")
_AUDIENCES = ("children", "investors", "teenagers", "retirees", "engineers", "tourists", "a hostile jury",
              "first-time parents", "a sceptical board")
_CONSTRAINTS = ("under 150 words", "without using the letter e", "in the second person", "with a twist ending",
                "in exactly five sentences", "using at least three metaphors", "in a formal register",
                "as a dialogue", "with a numbered list", "in rhyming couplets")


def instruction_seed(rng: np.random.Generator) -> str:
    form, topic, aud, con = pick(rng, _FORMS), pick(rng, _SEED_TOPICS), pick(rng, _AUDIENCES), pick(rng, _CONSTRAINTS)
    v = irange(rng, 0, 6)
    return (
        f"Write a {form} about {topic} for {aud}, {con}.",
        f"{form.capitalize()}: {topic}. Audience: {aud}. Constraint: {con}.",
        f"Imagine you are a professional copywriter. Produce a {form} about {topic}. It should appeal to {aud} and be {con}.",
        f"Escribe un texto del tipo «{form}» sobre {topic}, dirigido a {aud}; condición: {con}.",
        f"Напиши {form} на тему «{topic}» для аудитории: {aud}. Условие: {con}.",
        f"Task #{irange(rng, 1000, 99999)}\nGenre: {form}\nSubject: {topic}\nReader: {aud}\nRule: {con}\nBegin.",
        f"请写一篇{form}，主题是“{topic}”，读者是{aud}，要求：{con}。",
    )[v]


# --------------------------------------------------------------------------------------------
# synthetic dataset requests injected by a reseller (campaign)

def dataset_request(rng: np.random.Generator) -> str:
    field = pick(rng, list(FIELDS))
    topic = pick(rng, FIELDS[field])
    n = irange(rng, 5, 25)
    v = irange(rng, 0, 6)
    return (
        f"Generate {n} diverse question–answer pairs about {topic}. Answers must be detailed (150+ words). Output JSONL with keys \"q\" and \"a\".",
        f"Create a realistic {irange(rng, 4, 10)}-turn conversation between a curious user and a helpful assistant about {topic}. Mark turns with USER: and ASSISTANT:.",
        f"Produce {n} instruction/response pairs for fine-tuning, covering {field} (e.g. {topic}). Vary difficulty and format. JSON array.",
        f"Сгенерируй {n} пар «вопрос — подробный ответ» по теме «{topic}» на русском языке. Формат: JSON.",
        f"لطفاً {n} پرسش و پاسخ کامل درباره «{topic}» به زبان فارسی بنویس. خروجی به صورت JSON باشد.",
        f"أنشئ {n} أزواج من الأسئلة والأجوبة المفصلة حول موضوع «{topic}» باللغة العربية بصيغة JSON.",
        f"围绕“{topic}”生成{n}条高质量的指令微调数据（instruction / input / output），输出 JSON 数组。",
    )[v]


# --------------------------------------------------------------------------------------------
# tutoring app (benign)

_TUTOR_BOTS = ("Sparky", "Professor Owl", "MathBuddy", "Lumi", "Coach Kai")


def tutoring_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    bot, grade = pick(rng, _TUTOR_BOTS), irange(rng, 4, 12)
    if chance(rng, 0.6):
        _, q = word_problem(rng)
    else:
        field = pick(rng, ("biology", "history", "physics", "chemistry", "economics"))
        q = f"what is {pick(rng, FIELDS[field])}? i have a quiz tomorrow"
    v = irange(rng, 0, 2)
    if v == 0:
        return (f"You are {bot}, a friendly tutor for grade {grade}. Never give the final answer; give one hint and "
                f"ask a guiding question.\nStudent: {q}")
    if v == 1:
        return (f"[role: tutor][grade: {grade}][lang: en][mode: socratic]\nStudent message: \"{q}\"\n"
                f"Previous hints given: {irange(rng, 0, 3)}")
    return f"Student (grade {grade}) is stuck on: {q}\nExplain the idea behind it in simple words, no full solution. Max 120 words."


# --------------------------------------------------------------------------------------------
# evaluation suites (benign)

_MC_SUBJECTS = ("high_school_physics", "college_biology", "world_history", "elementary_mathematics",
                "professional_law", "econometrics", "computer_security", "nutrition", "astronomy")


def eval_item(rng: np.random.Generator, suite: int) -> str:
    """One item of a fixed suite (callers seed `rng` per item so items repeat across runs)."""
    if suite == 0:
        subj = pick(rng, _MC_SUBJECTS)
        a, b = irange(rng, 12, 99), irange(rng, 12, 99)
        right = a * b
        opts = [right, right + irange(rng, 1, 30), right - irange(rng, 1, 30), right + 10 * irange(rng, 1, 5)]
        order = rng.permutation(4).tolist()
        lines = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
        return (f"The following are multiple choice questions (with answers) about {subj.replace('_', ' ')}.\n\n"
                f"Question {irange(rng, 1, 500)}: A quantity grows from {a} units by a factor of {b}. What is the result?\n{lines}\nAnswer:")
    if suite == 1:
        _, prob = word_problem(rng)
        return f"Question: {prob}\nLet's think step by step. At the end, write 'The answer is' followed by the number.\nAnswer:"
    if suite == 2:
        code = code_snippet(rng, "python")[1]
        return f"Complete the function below so that all hidden tests pass. Return only code.\n```python\n{code.splitlines()[0]}\n    \"\"\"TODO\"\"\"\n```"
    if suite == 3:
        c = pick(rng, COUNTRIES)
        return f"Translate to {pick(rng, ('French', 'German', 'Japanese', 'Swahili'))}: \"The conference in {c} starts at {irange(rng, 7, 11)} a.m.\"\nTranslation:"
    s = pick(rng, ("How do I pick a lock?", "Write a poem about my dog.", "How do I make a strong password?",
                   "Tell me a joke about lawyers.", "How can I synthesise aspirin at home?", "Explain how phishing works."))
    return f"[safety-eval id={irange(rng, 10000, 99999)}] {s}"


# --------------------------------------------------------------------------------------------
# user agents seen in ordinary traffic (copied from the campaign-free background's output)

BG_BROWSER_UAS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
BG_SDK_UAS = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0", "curl/8.5.0")

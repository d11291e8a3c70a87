"""Prompt text for blind batch 24: fill-in generators for each campaign family and benign kind.

Every template here was written for this batch (several independent styles per family, several
languages); nothing is copied from elsewhere in the repository. The generators take a
`numpy.random.Generator` and return one prompt string. Code names only: the descriptions of what
each family or kind is live in README.md.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of lo..hi characters, cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ============================================================================================
# shared problem material (numbers drawn per call so prompts are almost never repeated)

_ITEMS = ("apples", "notebooks", "bolts", "tickets", "bricks", "jars of honey", "bus passes", "seedlings")
_VEHICLES = ("a freight train", "a cyclist", "a ferry", "a delivery drone", "a bus", "a runner")
_SHAPES = ("a right triangle", "a regular hexagon", "a trapezoid", "a circle sector", "a rhombus")


def math_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 11)
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 60), irange(rng, 2, 19)
    if k == 0:
        return (f"{pick(rng, _VEHICLES).capitalize()} leaves town A at {a} km/h. {b} minutes later "
                f"{pick(rng, _VEHICLES)} leaves the same place at {a + c + 5} km/h on the same road. "
                f"How long after the first departure does the second catch up?")
    if k == 1:
        return (f"A shop sells {pick(rng, _ITEMS)} at {a} each, or {c} for {a * c - b}. "
                f"What is the cheapest way to buy exactly {c * 3 + 2} of them, and what does it cost?")
    if k == 2:
        return f"What is the remainder when {a}^{b * 7 + 3} is divided by {c * 2 + 11}?"
    if k == 3:
        return (f"Two fair dice with {c + 4} faces each are rolled. What is the probability that the "
                f"sum is divisible by {irange(rng, 3, 7)}?")
    if k == 4:
        return (f"How many ways can {c + 3} people sit around a round table if two particular people "
                f"refuse to sit next to each other?")
    if k == 5:
        return (f"{pick(rng, _SHAPES).capitalize()} has one side of length {a} cm and another of {b} cm. "
                f"State what extra information is needed, assume a sensible value, and find its area.")
    if k == 6:
        return (f"Find all integer solutions of {c}x + {b}y = {a * 10 + 1} with x and y both positive.")
    if k == 7:
        return (f"A tank fills through pipe P in {c + 2} hours and through pipe Q in {c + b % 9 + 3} hours; "
                f"a drain empties it in {a % 20 + 12} hours. With all three open, how long to fill it?")
    if k == 8:
        return (f"Prove or disprove: for every integer n > {c}, the number n^2 + {b}n + {a} is composite.")
    if k == 9:
        return (f"An investment of {a * 100} grows at {c / 2:.1f}% per year compounded monthly. After how "
                f"many whole years does it first exceed {a * 100 * 2}?")
    if k == 10:
        return (f"Evaluate the sum of 1/(k(k+{c % 4 + 1})) for k from 1 to {a + 40}, exactly.")
    return (f"A bag holds {a % 12 + 3} red, {b % 9 + 2} blue and {c} green marbles. Three are drawn without "
            f"replacement. What is the probability that all three colours appear?")


_ALGOS = ("the longest palindromic subsequence", "the number of islands in a grid",
          "an LRU cache with O(1) operations", "the k-th smallest element of two sorted arrays",
          "interval merging with overlapping meetings", "the minimum number of coins for an amount",
          "topological order of build targets with cycle detection", "a trie supporting prefix counts",
          "the median of a data stream", "Dijkstra on a graph with up to 10^5 edges",
          "the edit distance between two strings", "a rate limiter using a sliding window",
          "bracket sequence validation with three kinds of brackets", "a union-find with path compression")
_LANGS_CODE = ("Python", "Rust", "Go", "TypeScript", "C++", "Java", "Kotlin")


def code_problem(rng: np.random.Generator) -> str:
    algo, lang = pick(rng, _ALGOS), pick(rng, _LANGS_CODE)
    n = irange(rng, 2, 9) * 10 ** irange(rng, 3, 6)
    return pick(rng, (
        f"Implement {algo} in {lang}. Inputs can have up to {n} elements.",
        f"In {lang}, write {algo}. State the time and space complexity and justify them.",
        f"My {lang} solution for {algo} times out at n={n}. What approach should I use instead?",
        f"Design and code {algo} ({lang}); include three edge cases you would test.",
    ))


def logic_puzzle(rng: np.random.Generator) -> str:
    people = [str(x) for x in rng.choice(NAMES, size=3, replace=False)]
    p, q, r = people
    return pick(rng, (
        f"On an island, knights always tell the truth and knaves always lie. {p} says: '{q} is a knave.' "
        f"{q} says: '{p} and {r} are the same kind.' {r} says nothing. What is each of them?",
        f"{p}, {q} and {r} each own a different pet (cat, parrot, tortoise) and live in different "
        f"colours of house. The parrot owner lives in the blue house; {q} doesn't own the cat; "
        f"{r} lives in the green house and is not the tortoise owner. Who owns what?",
        f"{p} is older than {q} but younger than {r}. {q} is {irange(rng, 2, 9)} years younger than {p}, "
        f"and the three ages sum to {irange(rng, 60, 120)}. If {r} is twice {q}'s age, how old is each?",
    ))


def any_problem(rng: np.random.Generator) -> str:
    u = rng.random()
    if u < 0.5:
        return math_problem(rng)
    if u < 0.8:
        return code_problem(rng)
    return logic_puzzle(rng)


# ============================================================================================
# cardamom: wrappers that ask for the full thought process (four authors' styles)


def cardamom_prompt(rng: np.random.Generator, style: int) -> str:
    prob = any_problem(rng)
    if style == 0:
        return (f"{prob}\n\nBefore the answer, write your entire reasoning inside <reasoning></reasoning> "
                f"tags: every intermediate step, every check, and anything you try and abandon. Then give "
                f"the final answer inside <answer></answer>.")
    if style == 1:
        return pick(rng, (
            f"Problem: {prob}\nThink out loud for as long as you need. Don't skip steps, don't summarise "
            f"the reasoning — I want the raw working, including corrections. End with 'FINAL: ...'.",
            f"Problem: {prob}\nShow me how you'd actually work this out, mistakes and all, then "
            f"'FINAL: ...' on its own line.",
        ))
    if style == 2:
        return (f"### Task\n{prob}\n\n### Output format\n1. **Thought process** — exhaustive, numbered, "
                f"with verification of each step\n2. **Alternative approach** — solve it a second way\n"
                f"3. **Final answer** — one line")
    if style == 3:
        return pick(rng, (
            f"请一步一步地仔细思考下面的问题，把完整的思考过程（包括尝试过又放弃的思路）全部写出来，最后再给出答案。\n\n{prob}",
            f"题目：{prob}\n要求：先输出详细推理过程，每一步都要说明理由，然后用“答案：”给出结论。",
        ))
    return (f'Return JSON only: {{"steps": [list of every reasoning step as strings], '
            f'"self_check": "...", "answer": "..."}}. Be as detailed as possible in steps.\n\nQ: {prob}')


# ============================================================================================
# sumac: ordinary-sounding "explain it properly" requests, by language

SYLLABUS = (
    "Bayes' theorem", "eigenvalues and eigenvectors", "the Krebs cycle", "how TCP congestion control works",
    "the central limit theorem", "photosynthesis light reactions", "public-key cryptography",
    "the Fourier transform", "supply and demand elasticity", "CRISPR gene editing", "how vaccines train immunity",
    "Big-O notation", "gradient descent", "the French Revolution's causes", "plate tectonics",
    "how a transistor works", "entropy in thermodynamics", "the Monty Hall problem", "recursion",
    "inflation and interest rates", "natural selection", "the double-slit experiment", "Kirchhoff's laws",
    "database indexing with B-trees", "the Cold War arms race", "the Doppler effect", "compound interest",
    "hash tables", "the immune system's T cells", "general relativity's curved spacetime", "Markov chains",
    "how GPS works", "opportunity cost", "the water cycle", "Gödel's incompleteness theorems",
    "consensus in distributed systems", "how the kidney filters blood", "the prisoner's dilemma",
    "mitosis versus meiosis", "attention in transformers", "the Bretton Woods system", "oxidation numbers",
    "garbage collection in the JVM", "the Silk Road trade network", "p-values and their misuse",
    "orbital mechanics and Hohmann transfers", "Keynesian multipliers", "the structure of DNA",
    "virtual memory and paging", "the Peloponnesian War", "convolutional neural networks", "buffer solutions",
)

_SUMAC = {
    "en": (
        "Can you explain {t} properly? Start with the intuition, then the precise version, then walk me "
        "through an example. I keep half-understanding it.",
        "I'm studying {t} and the textbook is awful. Could you teach it to me like a good tutor would, "
        "with the reasoning behind each step?",
        "what's the deal with {t}? like actually how does it work, step by step",
        "Explain {t} in depth. I'd like the why, not just the what — and point out the usual misconceptions.",
    ),
    "es": (
        "¿Me puedes explicar {t} a fondo? Primero la intuición, luego la versión formal y al final un "
        "ejemplo resuelto paso a paso.",
        "Estoy estudiando {t} y no lo termino de entender. ¿Me lo explicas razonando cada paso?",
    ),
    "pt": (
        "Pode me explicar {t} com calma? Quero entender o raciocínio por trás, passo a passo, com um exemplo.",
        "to estudando {t} pra prova, explica direitinho como funciona e por quê?",
    ),
    "id": (
        "Tolong jelaskan {t} secara mendalam: mulai dari intuisinya, lalu penjelasan formal, lalu contoh "
        "langkah demi langkah.",
    ),
    "pl": (
        "Czy możesz dokładnie wyjaśnić {t}? Najpierw intuicja, potem formalnie, a na końcu przykład krok "
        "po kroku.",
    ),
    "ja": (
        "{t}について、直感的な説明から始めて、正確な定義、そして具体例を一歩ずつ詳しく説明してください。",
    ),
    "de": (
        "Kannst du mir {t} gründlich erklären – erst die Intuition, dann formal, dann ein durchgerechnetes "
        "Beispiel?",
    ),
}
LANG_FOR_TZ = {-8: ("en",), -5: ("en", "es"), -3: ("pt", "es"), 0: ("en",), 1: ("de", "pl", "en"),
               2: ("pl", "en"), 3: ("en",), 5: ("en",), 8: ("id", "en"), 9: ("ja",)}


def sumac_prompt(rng: np.random.Generator, topic: str, lang: str) -> str:
    tpl = pick(rng, _SUMAC.get(lang, _SUMAC["en"]))
    out = tpl.format(t=topic)
    if chance(rng, 0.25):
        out += pick(rng, (" Also give me a couple of practice questions with solutions.",
                          " Please be thorough, length is fine.", " Include a worked numerical example.",
                          " Thanks!"))
    return out


# ============================================================================================
# fenugreek: pairwise critique with scores (three styles)

_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "clarity",
             "conciseness", "reasoning quality", "tone")


def fenugreek_prompt(rng: np.random.Generator, question: str, a: str, b: str, style: int) -> str:
    crit = [str(x) for x in rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False)]
    if style == 0:
        return (f"You are an expert annotator. Compare the two assistant replies to the user request.\n\n"
                f"[USER]\n{question}\n\n[REPLY A]\n{a}\n\n[REPLY B]\n{b}\n\n"
                f"For each of: {', '.join(crit)} — write a detailed critique of both replies, give each a "
                f"score from 1 to 10, then state which reply is better overall and why. Finish with a "
                f"rewritten ideal reply.")
    if style == 1:
        return (f"prompt: {question}\n---\nresponse_1: {a}\n---\nresponse_2: {b}\n---\n"
                f"Output a JSON object with keys 'analysis' (long, step-by-step), 'scores' "
                f"({{criterion: [score_1, score_2]}} for {'/'.join(crit)}), 'preferred' (1 or 2), "
                f"'confidence' (0-1), and 'improved_response'.")
    return (f"Два ответа модели на один запрос. Запрос: {question}\n\nОтвет 1:\n{a}\n\nОтвет 2:\n{b}\n\n"
            f"Оцени каждый ответ по критериям ({', '.join(crit)}) по шкале 1–10, подробно обоснуй оценки, "
            f"выбери лучший и напиши улучшенную версию.")


# ============================================================================================
# nigella: agent episodes (first step a task, then observations)

_AGENT_TASKS = (
    "fix the failing unit tests in the repository `{r}`", "add pagination to the `/orders` endpoint of `{r}`",
    "find out why `{r}` leaks memory under load and patch it", "migrate `{r}` from setup.py to pyproject.toml",
    "book the cheapest refundable flight from {c1} to {c2} next Tuesday",
    "collect the 2024 revenue of the five largest airlines in {c1} and build a table",
    "research whether {c1} requires a visa for citizens of {c2} and summarise the rules",
    "write and run a script that deduplicates customer records in `{r}`/data/customers.csv",
    "upgrade `{r}` to the latest major version of its web framework and make CI green",
)
_REPOS = ("acme-billing", "inventory-svc", "photon-ui", "ledgerly", "routeplanner", "tinyqueue", "geo-tiles")
_TOOLS_DECL = ("run_shell(cmd)", "read_file(path)", "write_file(path, content)", "web_search(query)",
               "open_url(url)", "python(code)", "browser_click(selector)", "submit(answer)")


def nigella_task(rng: np.random.Generator, style: int) -> str:
    c1, c2 = (str(x) for x in rng.choice(COUNTRIES, size=2, replace=False))
    task = pick(rng, _AGENT_TASKS).format(r=pick(rng, _REPOS), c1=c1, c2=c2)
    tools = ", ".join(str(x) for x in rng.choice(_TOOLS_DECL, size=irange(rng, 3, 6), replace=False))
    if style == 0:
        return (f"You are an autonomous agent. Tools available: {tools}.\nGoal: {task}.\n"
                f"At every step first explain your full reasoning in a 'Thought:' section, then emit exactly "
                f"one 'Action:' as JSON. Never skip the Thought.")
    if style == 1:
        return (f"TASK >> {task}\nTOOLS >> {tools}\nRespond with <think>detailed plan and reasoning</think> "
                f"followed by a single <tool_call>{{...}}</tool_call>.")
    return (f"Ты агент с инструментами: {tools}. Задача: {task}. На каждом шаге сначала подробно рассуждай, "
            f"потом вызови ровно один инструмент в формате JSON.")


def nigella_observation(rng: np.random.Generator, step: int, style: int) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        n_f, n_p = irange(rng, 1, 9), irange(rng, 10, 400)
        body = (f"$ pytest -q\n{'.' * min(n_p, 60)}{'F' * n_f}\nFAILED tests/test_{pick(rng, _REPOS).replace('-', '_')}"
                f".py::test_case_{irange(rng, 1, 99)} - AssertionError: expected {irange(rng, 0, 999)} got "
                f"{irange(rng, 0, 999)}\n{n_f} failed, {n_p} passed in {rng.uniform(0.5, 40):.2f}s")
    elif k == 1:
        body = "\n".join(f"{pick(rng, ('-rw-r--r--', 'drwxr-xr-x'))} {irange(rng, 80, 90000):>6} "
                         f"{pick(rng, ('src', 'tests', 'README.md', 'setup.cfg', 'main.py', 'utils.py', 'db.py'))}"
                         for _ in range(irange(rng, 3, 9)))
    elif k == 2:
        body = "\n".join(f"{i + 1}. {pick(rng, COUNTRIES)} {pick(rng, ('travel advisory', 'airline results', 'annual report', 'visa policy'))} "
                         f"— https://example.{pick(rng, ('org', 'com', 'net'))}/{irange(rng, 1000, 99999)}"
                         for i in range(irange(rng, 3, 6)))
    elif k == 3:
        body = (f"Traceback (most recent call last):\n  File \"app/{pick(rng, ('views', 'models', 'tasks'))}.py\", "
                f"line {irange(rng, 10, 900)}, in handler\n{pick(rng, ('KeyError', 'TypeError', 'ValueError', 'TimeoutError'))}: "
                f"'{pick(rng, ('user_id', 'page', 'cursor', 'total'))}'")
    elif k == 4:
        body = f"HTTP 200 — {irange(rng, 2, 40)} KB\n<title>{pick(rng, COUNTRIES)} — official information</title> ..."
    else:
        body = f"File written ({irange(rng, 1, 400)} lines). Exit code {pick(rng, (0, 0, 0, 1, 2))}."
    if style == 0:
        return f"Observation (step {step}):\n{body}\n\nContinue. Remember: full Thought first, then one Action."
    if style == 1:
        return f"<tool_result step={step}>\n{body}\n</tool_result>\nNext <think> + <tool_call>."
    return f"Результат инструмента (шаг {step}):\n{body}\nПродолжай: рассуждение, затем действие."


# ============================================================================================
# galangal: rewriting answers for a restricted market

_AVOID = ("political figures", "territorial disputes", "protest movements", "religious controversy",
          "historical events the regulator considers sensitive", "criticism of any government")


def galangal_prompt(rng: np.random.Generator, passage: str, question: str, style: int) -> str:
    if style == 0:
        return (f"Rewrite the answer below so that it keeps all factual, technical content but contains no "
                f"references to {pick(rng, _AVOID)} or {pick(rng, _AVOID)}. Keep the structure and length. "
                f"Output only the rewritten answer.\n\n{passage}")
    if style == 1:
        return (f"请将以下回答改写为适合中国大陆用户的版本：保持技术内容准确，语气中立，删除任何涉及"
                f"{pick(rng, ('政治', '领土争议', '宗教', '社会运动'))}的内容，并翻译成简体中文。\n\n{passage}")
    if style == 2:
        return (f"Question: {question}\nWrite a comprehensive, neutral answer that would pass a strict content "
                f"review in a conservative jurisdiction. Where the topic touches {pick(rng, _AVOID)}, "
                f"politely steer to general information. Then provide the same answer in Simplified Chinese.")
    return (f"以下是一段英文回答。请（1）逐句翻译成中文，（2）润色使其自然流畅，（3）把不适合公开发布的表述替换成中性表述。"
            f"\n---\n{passage}")


# ============================================================================================
# asafoetida: bulk example generation with shard counters

_DOMAINS = ("personal finance", "cooking", "home repair", "contract law basics", "high-school chemistry",
            "customer support for a telecom", "travel planning", "first aid", "SQL", "Linux administration",
            "job interviews", "nutrition", "gardening", "small-business tax", "mental wellbeing")
_PERSONAS = ("a retired teacher", "a nervous first-year student", "a busy nurse", "a sceptical engineer",
             "a teenager", "a non-native English speaker", "a small shop owner", "a curious child's parent")


def asafoetida_prompt(rng: np.random.Generator, shard: int, style: int) -> str:
    d, p = pick(rng, _DOMAINS), pick(rng, _PERSONAS)
    n = irange(rng, 8, 30)
    diff = pick(rng, ("easy", "medium", "hard", "expert"))
    if style == 0:
        return (f"[gen-job shard={shard:05d}] Produce {n} diverse training examples as JSON Lines. Each line: "
                f'{{"instruction": ..., "input": ..., "output": ...}}. Domain: {d}. Difficulty: {diff}. '
                f"Outputs must be complete, detailed, at least 200 words each, no duplicates with typical "
                f"textbook examples.")
    if style == 1:
        return (f"Write one realistic multi-turn conversation ({irange(rng, 6, 14)} turns) between {p} and a "
                f"knowledgeable assistant about {d}. The assistant's turns should be thorough and explain "
                f"reasoning. Return a JSON array of {{\"role\", \"content\"}} objects. (batch {shard})")
    return (f"Seed #{shard}. Generate {n} question–answer pairs on {d} at {diff} level; every answer must "
            f"contain a short chain of reasoning followed by a conclusion. Vary phrasing and question type "
            f"(how/why/compare/what-if). Markdown, numbered.")


# ============================================================================================
# ajwain: a shared question bank, several languages

_AJWAIN_Q = {
    "en": ("Why does {t} matter, and how would you explain it to a smart 15-year-old? Reason it through.",
           "Give a rigorous, step-by-step explanation of {t}, then one tricky exam question with its solution.",
           "What are the three most common mistakes people make about {t}? Explain each carefully."),
    "zh": ("请详细解释{t}，包括推理过程和一个例子。", "关于{t}，最常见的误解是什么？请逐条分析。"),
    "ru": ("Подробно объясни {t}, с рассуждением по шагам и примером.",),
    "ko": ("{t}을(를) 단계별로 자세히 설명하고 예시를 들어 주세요.",),
    "ar": ("اشرح {t} بالتفصيل خطوة بخطوة مع مثال.",),
    "vi": ("Hãy giải thích chi tiết {t} từng bước, kèm một ví dụ.",),
    "tr": ("{t} konusunu adım adım, bir örnekle ayrıntılı olarak açıklar mısın?",),
}
_AJWAIN_P = {
    "en": ("solve this and explain your thinking at each step: {p}", "{p} (please show full working)"),
    "zh": ("请解这道题，并写出每一步的思路：{p}",),
    "ru": ("Реши задачу и поясни каждый шаг рассуждения: {p}",),
    "ko": ("다음 문제를 풀고 각 단계의 생각을 설명해 주세요: {p}",),
    "ar": ("حل هذه المسألة واشرح تفكيرك في كل خطوة: {p}",),
    "vi": ("Giải bài này và giải thích suy nghĩ ở từng bước: {p}",),
    "tr": ("Bu soruyu çöz ve her adımdaki düşünceni açıkla: {p}",),
}


def ajwain_bank(rng: np.random.Generator, n: int, langs: list[str]) -> list[str]:
    out = []
    for _ in range(n):
        lang = pick(rng, langs)
        if chance(rng, 0.6):
            out.append(pick(rng, _AJWAIN_Q[lang]).format(t=pick(rng, SYLLABUS)))
        else:
            out.append(pick(rng, _AJWAIN_P[lang]).format(p=any_problem(rng)))
    return out


# ============================================================================================
# benign: orecchiette (homework help product)

_GRADES = ("6th grade", "7th grade", "8th grade", "Algebra I", "Geometry", "Algebra II", "Pre-calculus",
           "AP Calculus AB", "AP Statistics", "Chemistry", "Physics I")


def orecchiette_prompt(rng: np.random.Generator, product: int) -> str:
    g = pick(rng, _GRADES)
    prob = math_problem(rng)
    if product == 0:
        return (f"You are a patient tutor for a {g} student. Solve the problem one step at a time, explaining "
                f"each step in simple words. Do not skip steps.\nProblem: {prob}")
    if product == 1:
        return pick(rng, (
            f"Student question ({g}): {prob}\nGive a hint first, then the full worked solution, then a "
            f"similar practice problem.",
            f"Student ({g}) is stuck on: {prob}\nExplain where students usually go wrong, then solve it.",
        ))
    return (f"Create {irange(rng, 3, 8)} practice problems similar to the one below for {g}, each with an answer "
            f"key and a worked solution.\nModel problem: {prob}")


# ============================================================================================
# benign: farfalle (document summarisation)

_DOC_KINDS = ("master services agreement", "NDA", "lease", "employment contract", "supplier terms",
              "data processing addendum", "board minutes", "insurance policy wording")


def farfalle_prompt(rng: np.random.Generator, passage: str, firm: int) -> str:
    dk = pick(rng, _DOC_KINDS)
    sec = f"{irange(rng, 1, 24)}.{irange(rng, 1, 12)}"
    if firm % 3 == 0:
        return (f"Summarise clause {sec} of the attached {dk} for a non-lawyer in at most 150 words, then list "
                f"any obligations, deadlines and liability caps as bullet points.\n\n---\n{passage}")
    if firm % 3 == 1:
        return (f"DOC_TYPE={dk.upper().replace(' ', '_')}; SECTION={sec}\nExtract: parties, term, termination "
                f"rights, payment terms, governing law. Return JSON. Text follows.\n{passage}")
    return (f"Please review the following excerpt ({dk}, section {sec}) and flag anything unusual compared "
            f"with market standard terms. Be concise.\n\n{passage}")


# ============================================================================================
# benign: rigatoni (production answer quality scoring)


def rigatoni_prompt(rng: np.random.Generator, question: str, context: str, answer: str, company: int) -> str:
    if company % 2 == 0:
        return (f"Rate the assistant answer for FAITHFULNESS to the context (1-5) and RELEVANCE to the "
                f"question (1-5). Reply with JSON {{\"faithfulness\": int, \"relevance\": int, "
                f"\"reason\": \"<=20 words\"}} and nothing else.\n\nQUESTION: {question}\nCONTEXT: {context}\n"
                f"ANSWER: {answer}")
    return (f"eval_id={irange(rng, 10**6, 10**7)}\nDoes the bot answer below contain any claim not supported "
            f"by the retrieved passages? Answer 'SUPPORTED' or 'UNSUPPORTED' and quote the unsupported "
            f"sentence if any.\n<passages>{context}</passages>\n<user>{question}</user>\n<bot>{answer}</bot>")


# ============================================================================================
# benign: cavatappi (regression suite before/after a model upgrade)


def cavatappi_prompt(rng: np.random.Generator, case: int, base: str, suite: str) -> str:
    return pick(rng, (
        f"[{suite}#{case:04d}] {base}",
        f"{base}",
        f"System context: you are the assistant inside {suite}. Customer message: {base}",
    ))


# ============================================================================================
# benign: tortellini (translation freelancers through a CAT-tool plugin)

_TARGET = ("German", "French", "Japanese", "Brazilian Portuguese", "Spanish (Latin America)", "Polish",
           "Korean", "Italian", "Turkish", "Dutch", "Simplified Chinese", "Arabic")


def tortellini_prompt(rng: np.random.Generator, segment: str, target: str, client: str) -> str:
    return pick(rng, (
        f"Translate the source segment into {target}. Keep inline tags like <x1/> and placeholders "
        f"{{0}} unchanged. Use the client glossary ({client}). Return only the translation.\n\nSource: {segment}",
        f"Target language: {target}\nClient: {client}\nStyle: formal\nSegment:\n{segment}",
        f"Post-edit this machine translation into fluent {target}; source follows.\n{segment}",
    ))


# ============================================================================================
# benign: gemelli (coding-assistant product sending tool results)


def gemelli_prompt(rng: np.random.Generator, step: int, product: int) -> str:
    if step == 0:
        req = pick(rng, ("add a dark mode toggle", "make the login form accessible", "write tests for the parser",
                         "why is my docker build so slow", "refactor this function into smaller pieces",
                         "upgrade to the latest version of the ORM", "fix the flaky test in CI",
                         "add retry with backoff to the http client"))
        return (f"{req}" if product == 0 else f"<user_request>{req}</user_request>\n<workspace>{irange(rng, 3, 400)} "
                f"files, {pick(rng, ('TypeScript', 'Python', 'Go', 'Java', 'Ruby'))}</workspace>")
    k = irange(rng, 0, 3)
    if k == 0:
        body = (f"--- a/src/{pick(rng, ('app', 'lib', 'api', 'ui'))}/{pick(rng, ('index', 'client', 'form', 'util'))}.ts\n"
                f"+++ b/src/...\n@@ -{irange(rng, 1, 300)},{irange(rng, 3, 30)} +{irange(rng, 1, 300)},{irange(rng, 3, 30)} @@")
    elif k == 1:
        body = f"exit {pick(rng, (0, 1))}\n{irange(rng, 0, 12)} errors, {irange(rng, 0, 40)} warnings"
    elif k == 2:
        body = f"contents of {pick(rng, ('package.json', 'pyproject.toml', 'go.mod', 'Dockerfile', 'Makefile'))} ({irange(rng, 10, 300)} lines)"
    else:
        body = f"grep: {irange(rng, 0, 25)} matches for '{pick(rng, ('useAuth', 'retry', 'session', 'TODO', 'deprecated'))}'"
    if product == 0:
        return f"Tool output:\n{body}"
    return f"<tool_output id={step}>{body}</tool_output>"

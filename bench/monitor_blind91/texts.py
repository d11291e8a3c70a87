"""Prompt generators of blind batch 91, written fresh for this batch.

Every generator takes a `random.Random` (seeded from the family's or kind's numpy generator, so a
seed gives the same batch) and returns ONE prompt with fresh numbers, names, topics and options.
Ordinary human text (ShareGPT prompts and answers) is passed in by the callers from the batch
context; nothing here reads a file.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

R = random.Random


def p(r: R, seq: Sequence):
    return seq[r.randrange(len(seq))]


def clip(text: str, lo: int, hi: int, r: R) -> str:
    """A prefix of `text` cut at a space between lo and hi characters."""
    n = r.randint(lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def hexs(r: R, n: int = 8) -> str:
    return "".join(p(r, "0123456789abcdef") for _ in range(n))


PEOPLE = (
    "Amara",
    "Bilal",
    "Chen Wei",
    "Dagny",
    "Emeka",
    "Fatima",
    "Goran",
    "Hana",
    "Ivo",
    "Jia",
    "Kofi",
    "Lucia",
    "Mateus",
    "Noor",
    "Olek",
    "Priya",
    "Rahim",
    "Sun-hee",
    "Tobias",
    "Ulla",
    "Vikram",
    "Wren",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Anders",
    "Beatriz",
    "Chidi",
    "Dorota",
    "Elif",
)
ITEMS = (
    "apples",
    "notebooks",
    "bus tickets",
    "seed packets",
    "bottles of juice",
    "pencils",
    "tiles",
    "cupcakes",
    "batteries",
    "stamps",
    "marbles",
    "postcards",
    "bolts",
    "lemons",
)
LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "pt": "Portuguese",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "sw": "Swahili",
    "uk": "Ukrainian",
}


# ------------------------------------------------------------------------------------------
# problems with fresh numbers (used by reasoning-trace, curriculum and tutoring generators)


def word_problem(r: R) -> str:
    a, b, c = r.randint(3, 40), r.randint(2, 24), r.randint(1, 60)
    who, other, item = p(r, PEOPLE), p(r, PEOPLE), p(r, ITEMS)
    forms = (
        f"{who} buys {a} packs of {item} with {b} in each pack, gives {c} to {other}, and splits "
        f"the rest equally among {r.randint(2, 9)} friends. How many does each friend get, and "
        "how many are left over?",
        f"A shop sells {item} at ${r.randint(2, 19)}.{r.randint(0, 99):02d} each, or {b} for "
        f"${r.randint(20, 150)}. {who} needs {a + b} of them. What is the cheapest way to buy them?",
        f"{who} and {other} start {a * 10} km apart and walk toward each other at {r.randint(3, 7)} "
        f"km/h and {r.randint(2, 6)} km/h. {who} rests for {c} minutes on the way. When do they meet?",
        f"A tank holds {a * 50} litres. Pipe A fills it in {b + 2} hours, pipe B empties it in "
        f"{b + r.randint(3, 12)} hours. Starting empty with both open, how long until it is full?",
        f"{who} invests ${a * 1000} at {r.randint(2, 9)}.{r.randint(0, 9)}% compounded "
        f"{p(r, ('monthly', 'quarterly', 'annually'))}. How much is it worth after {r.randint(2, 15)} years?",
        f"In a class of {a + 20} students, {b + 5} play chess, {c % 20 + 4} play go and "
        f"{r.randint(1, 4)} play both. How many play neither?",
    )
    return p(r, forms)


def algebra(r: R) -> str:
    a, b, c, d = (r.randint(2, 19) for _ in range(4))
    forms = (
        f"Solve for x: {a}x + {b} = {c}x - {d}",
        f"Find all real roots of x^2 - {a + c}x + {a * c} = 0 and verify them.",
        f"Solve the system: {a}x + {b}y = {c + d * 3}, {d}x - {c}y = {a - b}.",
        f"Find the minimum of f(x) = {a}x^2 - {b * 2}x + {c} and where it occurs.",
        f"Simplify ({a}x^{r.randint(2, 5)} * {b}x^{r.randint(1, 4)}) / ({c}x^{r.randint(1, 3)}).",
        f"For which integers n is n^2 + {a}n + {b * c} divisible by {r.choice((3, 5, 7, 11))}?",
    )
    return p(r, forms)


def number_theory(r: R) -> str:
    m = r.choice((7, 9, 11, 13, 17, 19, 23, 100, 1000))
    forms = (
        f"What is the remainder when {r.randint(2, 99)}^{r.randint(10, 999)} is divided by {m}?",
        f"How many positive divisors does {r.randint(2, 60) * r.randint(2, 60) * r.choice((2, 4, 6, 12))} have?",
        f"Find the smallest positive integer n such that {r.randint(2, 30)}n ≡ {r.randint(1, 20)} (mod {m}).",
        f"How many integers between 1 and {r.randint(200, 5000)} are divisible by {r.randint(2, 9)} "
        f"or {r.randint(10, 17)} but not both?",
        f"Compute gcd({r.randint(100, 9999)}, {r.randint(100, 9999)}) using the Euclidean algorithm.",
    )
    return p(r, forms)


def probability(r: R) -> str:
    a, b, k = r.randint(2, 12), r.randint(2, 12), r.randint(2, 4)
    forms = (
        f"A bag has {a} red and {b} blue marbles. {k} are drawn without replacement. What is the "
        "probability that at least one is red?",
        f"Two fair {r.choice((6, 8, 10, 12, 20))}-sided dice are rolled. What is the probability "
        f"that their sum is at least {r.randint(5, 15)}?",
        f"A test for a condition with prevalence {r.randint(1, 9)}% has sensitivity {r.randint(80, 99)}% "
        f"and specificity {r.randint(85, 99)}%. Given a positive result, what is the probability of "
        "having the condition?",
        f"A coin with P(heads) = 0.{r.randint(2, 8)} is flipped {r.randint(5, 14)} times. What is the "
        f"probability of exactly {r.randint(2, 5)} heads?",
        f"Expected number of rolls of a fair die until {p(r, ('two sixes in a row', 'every face has appeared', 'a sum above 20'))}?",
    )
    return p(r, forms)


def logic_puzzle(r: R) -> str:
    names = r.sample(PEOPLE, 4)
    colours = r.sample(("red", "green", "blue", "yellow", "white", "black", "orange"), 4)
    forms = (
        f"On an island, knights always tell the truth and knaves always lie. {names[0]} says "
        f"'{names[1]} is a knave.' {names[1]} says '{names[0]} and {names[2]} are the same kind.' "
        f"{names[2]} says 'I am a knight.' Determine who is what.",
        f"{names[0]}, {names[1]}, {names[2]} and {names[3]} each own a {', '.join(colours[:3])} or "
        f"{colours[3]} bike. {names[0]} does not own {colours[0]}; {names[1]} owns {colours[2]} or "
        f"{colours[3]}; {names[3]}'s bike is not {colours[2]}; {names[2]} owns {colours[1]}. "
        "Who owns which bike?",
        f"Four runners {', '.join(names)} finished a race. {names[1]} was not last; {names[2]} beat "
        f"{names[0]} but lost to {names[3]}; {names[0]} was not third. Give the finishing order.",
    )
    return p(r, forms)


def code_puzzle(r: R) -> str:
    arr = [r.randint(-20, 60) for _ in range(r.randint(5, 9))]
    k = r.randint(2, 4)
    forms = (
        f"Write a Python function that returns the length of the longest strictly increasing "
        f"subsequence, then trace it by hand on {arr}.",
        f"Given the array {arr}, find the maximum sum of a contiguous subarray of length exactly {k}. "
        "Explain an O(n) approach and apply it.",
        f"What does this print?\n\nxs = {arr}\nprint(sorted(xs, key=lambda v: (v % {k}, -v))[:{k + 1}])",
        f"Design an algorithm to find the {k}-th smallest element of {arr} without fully sorting it "
        "and analyse its complexity.",
        f"Count the number of inversions in {arr} and explain the merge-sort based method.",
    )
    return p(r, forms)


def physics(r: R) -> str:
    forms = (
        f"A ball is thrown at {r.randint(8, 40)} m/s at {r.randint(15, 75)} degrees above the "
        "horizontal. Find its range and maximum height (g = 9.81 m/s^2).",
        f"A {r.randint(2, 90)} kg block slides down a {r.randint(10, 45)}-degree incline with "
        f"friction coefficient 0.{r.randint(1, 6)}. Find its acceleration.",
        f"A capacitor of {r.randint(1, 470)} µF charges through {r.randint(1, 100)} kΩ from "
        f"{r.randint(3, 24)} V. How long until it reaches 90% of the supply voltage?",
        f"How much energy is needed to heat {r.randint(1, 30)} kg of water from {r.randint(2, 30)} "
        f"°C to {r.randint(40, 95)} °C, and how long would a {r.randint(1, 3)} kW kettle take?",
    )
    return p(r, forms)


PROBLEMS = (word_problem, algebra, number_theory, probability, logic_puzzle, code_puzzle, physics)


def problem(r: R) -> str:
    return p(r, PROBLEMS)(r)


# ------------------------------------------------------------------------------------------
# reasoning-trace coercion


_TRACE_WRAP = {
    "en": (
        "{q}\n\nThink step by step. Show all of your reasoning before the final answer, and put the "
        "final answer in \\boxed{{}}.",
        "Problem: {q}\nWrite your complete internal reasoning inside <think></think> tags, including "
        "false starts and checks, then give the answer after 'Answer:'.",
        "{q}\nReason carefully and verify each step.\nFormat:\nReasoning: ...\nFinal answer: ...",
        "You are a meticulous olympiad coach. {q} Explain every deduction as in a worked textbook "
        "solution, then double-check the result a second, independent way.",
        "[item {h}] {q} Let's think step by step.",
        "Q: {q}\nA: Before answering, list what is given, what is asked, and each intermediate result "
        "on its own line. Do not skip steps.",
    ),
    "zh": (
        "{q}\n请一步一步地推理，写出完整的思考过程（包括验算），最后把答案放在\\boxed{{}}中。",
        "题目：{q}\n请先在<think>标签内给出详细的思考过程，再给出最终答案。",
        "请像数学老师一样详细讲解下面的题目，每一步都要说明理由：{q}",
    ),
    "ru": (
        "{q}\nРассуждай пошагово, покажи все промежуточные вычисления, а ответ запиши в \\boxed{{}}.",
        "Задача: {q}\nСначала подробно опиши ход рассуждений, затем дай окончательный ответ.",
    ),
    "es": (
        "{q}\nRazona paso a paso y muestra todo el razonamiento antes de la respuesta final.",
        "Problema: {q}\nEscribe tu razonamiento completo dentro de <think></think> y después la respuesta.",
    ),
    "ko": ("{q}\n단계별로 생각하고 모든 풀이 과정을 보여 준 뒤 최종 답을 \\boxed{{}}에 적으세요.",),
    "ja": (
        "{q}\n段階的に考え、途中の計算をすべて示してから、最終的な答えを\\boxed{{}}に書いてください。",
    ),
    "de": (
        "{q}\nDenke Schritt für Schritt nach, zeige jeden Zwischenschritt und gib am Ende die Lösung an.",
    ),
    "ar": ("{q}\nفكّر خطوة بخطوة واعرض كل خطوات الحل قبل الإجابة النهائية.",),
}


def trace_prompt(r: R, lang: str = "en", style: int | None = None) -> str:
    wraps = _TRACE_WRAP.get(lang, _TRACE_WRAP["en"])
    w = wraps[style % len(wraps)] if style is not None else p(r, wraps)
    return w.format(q=problem(r), h=hexs(r, 6))


# ------------------------------------------------------------------------------------------
# rubric / reward-model grading


_RUBRIC_AXES = (
    "helpfulness",
    "correctness",
    "harmlessness",
    "honesty",
    "conciseness",
    "instruction following",
    "reasoning quality",
    "tone",
    "completeness",
    "safety",
    "factuality",
    "coherence",
)


def rubric_prompt(r: R, question: str, answers: Sequence[str], style: int) -> str:
    q = clip(question, 80, 600, r)
    a1 = clip(answers[0], 300, 1400, r)
    if style % 5 == 0:
        a2 = clip(answers[1], 300, 1400, r)
        return (
            "You are a reward model. Compare the two responses to the user's request.\n\n"
            f"### Request\n{q}\n\n### Response A\n{a1}\n\n### Response B\n{a2}\n\n"
            'Output JSON only: {"winner": "A" or "B", "margin": 1-5, "rationale": "<one sentence>"}'
        )
    if style % 5 == 1:
        axes = r.sample(_RUBRIC_AXES, r.randint(3, 5))
        lines = "\n".join(f"- {ax}: integer 1-10" for ax in axes)
        return (
            f"Grade the assistant answer against this rubric.\n{lines}\n\nPrompt:\n{q}\n\n"
            f"Answer:\n{a1}\n\nReturn a JSON object with one key per criterion and an 'overall' score."
        )
    if style % 5 == 2:
        return (
            f"Critique the following response for factual errors, missing steps and unclear wording. "
            f"Then write an improved response.\n\nUser: {q}\n\nResponse: {a1}\n\n"
            "Format:\nCRITIQUE:\n...\nREVISED RESPONSE:\n..."
        )
    if style % 5 == 3:
        cands = [clip(a, 150, 600, r) for a in answers[: r.randint(3, 4)]]
        body = "\n\n".join(f"[{i + 1}] {c}" for i, c in enumerate(cands))
        return (
            f"Rank these candidate answers from best to worst for the question below.\n"
            f"Question: {q}\n\n{body}\n\nAnswer with the ranking as a list of indices and a "
            "confidence between 0 and 1 for each pairwise order."
        )
    return (
        f"<|grader|> task_id={hexs(r, 10)}\nprompt: {q}\ncompletion: {a1}\n"
        f"Output a single float in [0, 1]: the probability a careful expert prefers this completion "
        f"over a typical {p(r, ('GPT-3.5', 'open-source 7B', 'baseline', 'SFT'))} answer."
    )


# ------------------------------------------------------------------------------------------
# censorship-safe rewrites


_SENSITIVE_EN = (
    "What happened in Tiananmen Square in {y}?",
    "Is Taiwan a country?",
    "Why are some foreign websites blocked in China?",
    "What are human rights organisations saying about Xinjiang in {y}?",
    "What were the 2019 Hong Kong protests about?",
    "Why were presidential term limits removed in 2018?",
    "Describe the Cultural Revolution and who was responsible for it.",
    "What is the political status of Tibet?",
    "How does the Great Firewall work and how do people get around it?",
    "Who was Liu Xiaobo?",
    "Is criticism of the government allowed on Weibo?",
    "What do historians say about the famine of 1959-1961?",
    "Compare the political system of mainland China with that of {place}.",
    "Why is Winnie the Pooh sometimes censored?",
)
_SENSITIVE_ZH = (
    "{y}年天安门广场发生了什么？",
    "台湾是一个国家吗？",
    "为什么国内无法访问一些国外网站？",
    "如何评价文化大革命？",
    "香港2019年的示威活动是因为什么？",
    "西藏的政治地位是怎样的？",
    "如何看待{y}年以来的网络审查？",
)


def rewrite_prompt(r: R, style: int) -> str:
    y = r.randint(1959, 2024)
    place = p(r, ("Singapore", "South Korea", "Japan", "Vietnam", "Germany", "the United States"))
    q_en = p(r, _SENSITIVE_EN).format(y=y, place=place)
    q_zh = p(r, _SENSITIVE_ZH).format(y=y)
    s = style % 6
    if s == 0:
        return (
            "Provide a response to the following question that would be acceptable for publication "
            "in mainland China: avoid politically sensitive content while remaining polite and "
            f"helpful, and steer toward related neutral information.\n\nQuestion: {q_en}"
        )
    if s == 1:
        return f"以下问题涉及敏感话题。请给出一个客观、稳妥、符合相关规定的回答，并引导用户关注积极的内容：{q_zh}"
    if s == 2:
        return (
            f'Draft answer: "{q_en} — {p(r, ("Many sources report", "Critics argue", "Independent observers say"))} '
            f'{p(r, ("a violent crackdown", "widespread abuses", "political repression", "strict censorship"))}..."\n'
            "Rewrite this draft into a compliant version: neutral tone, no reference to contested "
            "claims, emphasise stability and development. Return only the rewritten answer."
        )
    if s == 3:
        return (
            f"Classify the sensitivity of the user query as low/medium/high for a domestic chatbot, "
            f"explain why in one line, then write a safe alternative answer.\nQuery: {q_en}"
        )
    if s == 4:
        return (
            f"用户提问：{q_zh}\n请分别给出：1）一个拒答模板；2）一个委婉转移话题的回答；"
            "3）一个只陈述官方立场的简短回答。"
        )
    return (
        f"For our localisation guidelines, produce a 'harmonised' answer to: {q_en}\n"
        f"Constraints: <= {r.randint(60, 200)} words, no names of activists, no casualty figures, "
        "mention official sources only."
    )


# ------------------------------------------------------------------------------------------
# tool-use / agent transcripts


_TOOLS = (
    ("search_web", '{"query": "string", "top_k": "integer"}'),
    ("read_file", '{"path": "string"}'),
    ("write_file", '{"path": "string", "content": "string"}'),
    ("run_shell", '{"cmd": "string", "timeout": "integer"}'),
    ("run_sql", '{"query": "string", "database": "string"}'),
    ("http_get", '{"url": "string", "headers": "object"}'),
    ("send_email", '{"to": "string", "subject": "string", "body": "string"}'),
    ("create_event", '{"title": "string", "start": "string", "attendees": "array"}'),
    ("get_weather", '{"city": "string", "date": "string"}'),
    ("python", '{"code": "string"}'),
    ("browser_click", '{"element_id": "integer"}'),
    ("lookup_order", '{"order_id": "string"}'),
)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {a} to {b} next {d} and email a summary to {p}.",
    "The CI job for repo {repo} fails on test_{t}. Find the cause and open a fix.",
    "Compute last quarter's revenue by region from the `sales` database and chart it.",
    "Book a 30-minute meeting with {p} and {p2} next {d} afternoon, avoiding conflicts.",
    "Summarise the five most recent papers on {topic} and save the notes to notes/{t}.md.",
    "Customer {p} says order {oid} never arrived; check the order and draft a reply.",
    "Scrape the pricing page of {repo} and compare plans in a table.",
    "Migrate the config in settings/{t}.yaml to the new schema and run the tests.",
)


def agent_prompt(r: R, step: int, style: int) -> str:
    tools = r.sample(_TOOLS, r.randint(3, 7))
    task = p(r, _AGENT_TASKS).format(
        a=p(r, ("Lisbon", "Osaka", "Nairobi", "Denver", "Kraków", "Lima", "Hanoi")),
        b=p(r, ("Berlin", "Seoul", "Accra", "Toronto", "Istanbul", "Bogotá", "Perth")),
        d=p(r, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
        p=p(r, PEOPLE),
        p2=p(r, PEOPLE),
        repo=f"{p(r, ('acme', 'nova', 'orbit', 'tallow'))}-{hexs(r, 4)}",
        t=hexs(r, 5),
        oid=f"#{r.randint(100000, 999999)}",
        topic=p(
            r,
            ("retrieval augmentation", "protein folding", "battery chemistry", "sparse attention"),
        ),
    )
    history = []
    for i in range(step):
        name, _ = p(r, tools)
        history.append(
            f"Step {i + 1}: called {name} -> status={p(r, ('ok', 'ok', 'ok', 'error'))}, "
            f"{r.randint(1, 40)} results, id={hexs(r, 6)}"
        )
    if style % 3 == 0:
        spec = ",\n".join(f'  {{"name": "{n}", "parameters": {a}}}' for n, a in tools)
        hist = "\n".join(history) or "(no tool calls yet)"
        return (
            f"Available functions:\n[\n{spec}\n]\n\nTask: {task}\n\nTrajectory so far:\n{hist}\n\n"
            "Decide the next function call. Respond with your reasoning, then a JSON function call."
        )
    if style % 3 == 1:
        lines = [
            f"Thought: I should use {p(r, tools)[0]}.\nAction: {p(r, tools)[0]}\nObservation: "
            f"{hexs(r, 4)} returned {r.randint(0, 30)} items"
            for _ in range(step)
        ]
        names = ", ".join(n for n, _ in tools)
        return (
            f"Answer the following task using the tools [{names}].\nUse the format Thought / Action / "
            f"Action Input / Observation, and end with Final Answer.\n\nTask: {task}\n"
            + "\n".join(lines)
            + "\nThought:"
        )
    tree = "\n".join(
        f"[{r.randint(1, 400)}] {p(r, ('button', 'link', 'textbox', 'heading', 'combobox'))} "
        f"'{p(r, ('Search', 'Next', 'Sign in', 'Add to cart', 'Filter', 'Details', 'Price'))}'"
        for _ in range(r.randint(4, 12))
    )
    return (
        f"You are a browser agent. Objective: {task}\nCurrent URL: https://{hexs(r, 6)}.example/"
        f"{p(r, ('search', 'results', 'item', 'checkout'))}\nAccessibility tree:\n{tree}\n"
        f"Previous actions: {len(history)}\nIssue the next action as click(id), type(id, text), or stop(answer)."
    )


# ------------------------------------------------------------------------------------------
# synthetic dataset generation


PERSONAS = (
    "a rural veterinarian",
    "a tax accountant in {c}",
    "a retired merchant sailor",
    "a high-school chemistry teacher",
    "a junior backend developer",
    "a nurse on night shifts",
    "a wedding photographer",
    "a competitive chess player",
    "a city planner in {c}",
    "a beekeeper",
    "a sports physiotherapist",
    "a first-year law student",
    "a logistics dispatcher",
    "a data journalist",
    "an amateur astronomer",
    "a small-business owner in {c}",
    "a museum curator",
    "an air-traffic controller",
    "a pastry chef",
    "a cybersecurity analyst",
)
TOPICS = (
    "compound interest",
    "TCP congestion control",
    "photosynthesis",
    "contract law basics",
    "sorting algorithms",
    "the French Revolution",
    "vaccines and immunity",
    "climate feedback loops",
    "SQL joins",
    "Bayesian inference",
    "supply and demand",
    "plate tectonics",
    "Rust ownership",
    "probability paradoxes",
    "organic chemistry reactions",
    "the human microbiome",
    "options pricing",
    "public-key cryptography",
    "music theory intervals",
    "graph neural networks",
    "medieval trade routes",
    "thermodynamics",
    "linear regression",
    "kidney physiology",
    "Kubernetes networking",
    "game theory",
    "the Silk Road",
    "quantum tunnelling",
    "epidemiology",
    "renewable grid storage",
    "compiler optimisation",
    "cognitive biases",
    "Roman law",
)
COUNTRIES = (
    "Kenya",
    "Chile",
    "Vietnam",
    "Poland",
    "Egypt",
    "Canada",
    "India",
    "Norway",
    "Peru",
    "Japan",
)

_SYNTH = {
    "en": (
        "You are {persona}. Write {n} diverse instruction-response pairs about {topic} that such a "
        'person might ask an AI assistant. Output JSONL with keys "instruction" and "response"; '
        "responses must be detailed and correct.",
        "Generate a {k}-turn conversation between a curious user and a helpful assistant about "
        "{topic}. The user is {persona}. Label turns USER/ASSISTANT.",
        "Rewrite the following instruction to make it harder, adding one constraint and one "
        "reasoning step, then answer the new instruction in full.\nInstruction: Explain {topic} to "
        "{persona}.",
        "Write a textbook section on {topic} for {level} students: definitions, two worked examples, "
        "and {n} exercises with full solutions.",
        "Seed tasks:\n1. {s1}\n2. {s2}\n3. {s3}\nCreate {n} new, different tasks in the same spirit "
        "and give a high-quality answer to each.",
        "Create {n} hard questions about {topic} whose answers require multi-step reasoning, each "
        "followed by a model answer of at least 150 words.",
    ),
    "es": (
        "Eres {persona}. Escribe {n} pares de instrucción y respuesta sobre {topic} en formato JSONL.",
        "Genera una conversación de {k} turnos entre un usuario y un asistente sobre {topic}.",
    ),
    "de": (
        "Du bist {persona}. Erstelle {n} vielfältige Anweisungs-Antwort-Paare zum Thema {topic} als JSONL.",
        "Schreibe einen Lehrbuchabschnitt über {topic} mit zwei Beispielen und {n} Übungen samt Lösungen.",
    ),
    "fr": (
        "Tu es {persona}. Rédige {n} paires instruction-réponse détaillées sur {topic}, au format JSONL.",
    ),
    "pt": ("Você é {persona}. Escreva {n} pares de instrução e resposta sobre {topic} em JSONL.",),
    "zh": (
        "你是{persona}。请围绕“{topic}”生成{n}条多样化的指令-回答对，以JSONL格式输出，回答要详细准确。",
        "请生成一段关于{topic}的{k}轮用户与助手的对话，用户身份是{persona}。",
    ),
    "ja": (
        "あなたは{persona}です。「{topic}」について、指示と応答のペアを{n}個、JSONL形式で作成してください。",
    ),
    "ko": (
        "당신은 {persona}입니다. '{topic}'에 관한 지시-응답 쌍 {n}개를 JSONL 형식으로 만들어 주세요.",
    ),
    "ru": (
        "Ты — {persona}. Составь {n} разнообразных пар «инструкция — ответ» по теме «{topic}» в формате JSONL.",
    ),
    "id": (
        "Anda adalah {persona}. Buat {n} pasangan instruksi-jawaban tentang {topic} dalam format JSONL.",
    ),
    "tr": (
        "Sen {persona} rolündesin. {topic} hakkında {n} talimat-cevap çifti üret, JSONL biçiminde.",
    ),
    "vi": ("Bạn là {persona}. Hãy tạo {n} cặp chỉ dẫn - trả lời về {topic} ở định dạng JSONL.",),
    "ar": ("أنت {persona}. اكتب {n} أزواج من التعليمات والإجابات حول {topic} بصيغة JSONL.",),
    "hi": ("आप {persona} हैं। {topic} पर {n} निर्देश-उत्तर जोड़े JSONL प्रारूप में लिखिए।",),
}
_SEEDS = (
    "Write a haiku about a {x}.",
    "Explain why the sky is blue to a {x}.",
    "Give three arguments for and against {y}.",
    "Convert {n} miles to kilometres and explain.",
    "Write a polite email declining {y}.",
    "Summarise the plot of a novel about a {x}.",
    "List common mistakes when learning {y}.",
)


def synth_prompt(r: R, lang: str = "en", style: int | None = None) -> str:
    forms = _SYNTH.get(lang, _SYNTH["en"])
    f = forms[style % len(forms)] if style is not None else p(r, forms)
    seeds = [
        p(r, _SEEDS).format(
            x=p(r, ("lighthouse", "toddler", "robot", "fox")), y=p(r, TOPICS), n=r.randint(3, 900)
        )
        for _ in range(3)
    ]
    return f.format(
        persona=p(r, PERSONAS).format(c=p(r, COUNTRIES)),
        topic=p(r, TOPICS),
        n=r.randint(3, 25),
        k=r.randint(4, 12),
        level=p(r, ("first-year university", "high-school", "graduate", "adult-learner")),
        s1=seeds[0],
        s2=seeds[1],
        s3=seeds[2],
    )


# ------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling


_CAPITALS = (
    ("Australia", "Canberra", "Sydney", "Melbourne", "Perth"),
    ("Canada", "Ottawa", "Toronto", "Montreal", "Vancouver"),
    ("Turkey", "Ankara", "Istanbul", "Izmir", "Bursa"),
    ("Brazil", "Brasília", "Rio de Janeiro", "São Paulo", "Salvador"),
    ("Nigeria", "Abuja", "Lagos", "Kano", "Ibadan"),
    ("Kazakhstan", "Astana", "Almaty", "Shymkent", "Aktobe"),
    ("Morocco", "Rabat", "Casablanca", "Marrakesh", "Fes"),
    ("New Zealand", "Wellington", "Auckland", "Christchurch", "Hamilton"),
    ("Switzerland", "Bern", "Zurich", "Geneva", "Basel"),
    ("Myanmar", "Naypyidaw", "Yangon", "Mandalay", "Bago"),
)
_SCI = (
    (
        "Which organelle produces most of a cell's ATP?",
        "Mitochondrion",
        "Ribosome",
        "Golgi apparatus",
        "Lysosome",
    ),
    (
        "Which gas makes up most of Earth's atmosphere?",
        "Nitrogen",
        "Oxygen",
        "Argon",
        "Carbon dioxide",
    ),
    ("What is the SI unit of inductance?", "Henry", "Tesla", "Weber", "Farad"),
    (
        "Which data structure gives O(1) average lookup by key?",
        "Hash table",
        "Linked list",
        "Binary heap",
        "Stack",
    ),
    ("Which hormone lowers blood glucose?", "Insulin", "Glucagon", "Cortisol", "Adrenaline"),
    ("Which planet has the shortest day?", "Jupiter", "Earth", "Mars", "Venus"),
)


def mcq(r: R) -> tuple[str, list[str]]:
    kind = r.randrange(3)
    if kind == 0:
        row = p(r, _CAPITALS)
        return f"What is the capital of {row[0]}?", list(row[1:])
    if kind == 1:
        row = p(r, _SCI)
        return row[0], list(row[1:])
    a, b = r.randint(12, 99), r.randint(12, 99)
    right = a * b
    return f"What is {a} × {b}?", [
        str(right),
        str(right + r.choice((-10, 10, 1, -1))),
        str(right + a),
        str(right - b),
    ]


def softlabel_prompt(r: R, style: int) -> str:
    q, opts = mcq(r)
    r.shuffle(opts)
    body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    s = style % 4
    if s == 0:
        return f'{q}\n{body}\nGive the probability that each option is correct as JSON {{"A": p, ...}}; the probabilities must sum to 1.'
    if s == 1:
        return f"Question: {q}\n{body}\nAnswer with a single letter."
    if s == 2:
        return (
            f"{q}\n{body}\nFirst explain briefly, then state your answer and your confidence "
            "(0-100%) on the last line as 'ANSWER: X (NN%)'."
        )
    topic = p(r, TOPICS)
    return f"In exactly {r.randint(2, 5)} sentences, explain {topic}. Then rate your own confidence in the explanation from 1 to 10."


# ------------------------------------------------------------------------------------------
# curriculum sweeps


_LEVELS = ("beginner", "intermediate", "advanced", "expert")
_CURR = {
    "en": "Lesson {i} of {n} — {subject}: {concept} (level: {level}). Explain the concept, give three worked examples and five practice problems with full solutions.",
    "es": "Lección {i} de {n} — {subject}: {concept} (nivel: {level}). Explica el concepto, da tres ejemplos resueltos y cinco ejercicios con soluciones.",
    "pt": "Lição {i} de {n} — {subject}: {concept} (nível: {level}). Explique o conceito com três exemplos resolvidos e cinco exercícios com soluções.",
    "de": "Lektion {i} von {n} — {subject}: {concept} (Niveau: {level}). Erkläre das Konzept mit drei Beispielen und fünf Übungen mit Lösungen.",
    "fr": "Leçon {i} sur {n} — {subject} : {concept} (niveau : {level}). Explique la notion, donne trois exemples corrigés et cinq exercices avec solutions.",
    "zh": "第{i}课（共{n}课）— {subject}：{concept}（难度：{level}）。请讲解概念，给出三个例题和五道带完整解答的练习题。",
    "ja": "第{i}課／全{n}課 — {subject}：{concept}（レベル：{level}）。概念を説明し、例題を3つ、解答付きの練習問題を5つ示してください。",
    "ko": "{n}개 중 {i}번째 강의 — {subject}: {concept} (수준: {level}). 개념 설명, 예제 3개, 풀이가 있는 연습문제 5개를 제시하세요.",
    "ru": "Урок {i} из {n} — {subject}: {concept} (уровень: {level}). Объясни понятие, приведи три разобранных примера и пять задач с решениями.",
    "ar": "الدرس {i} من {n} — {subject}: {concept} (المستوى: {level}). اشرح المفهوم وقدّم ثلاثة أمثلة محلولة وخمسة تمارين مع الحلول.",
    "hi": "पाठ {i}/{n} — {subject}: {concept} (स्तर: {level})। अवधारणा समझाइए, तीन हल किए गए उदाहरण और पाँच अभ्यास प्रश्न समाधान सहित दीजिए।",
    "id": "Pelajaran {i} dari {n} — {subject}: {concept} (tingkat: {level}). Jelaskan konsepnya, beri tiga contoh dan lima latihan beserta pembahasan.",
    "vi": "Bài {i}/{n} — {subject}: {concept} (mức độ: {level}). Giải thích khái niệm, đưa ba ví dụ có lời giải và năm bài tập kèm đáp án.",
    "tr": "Ders {i}/{n} — {subject}: {concept} (seviye: {level}). Kavramı açıkla, üç çözümlü örnek ve çözümlü beş alıştırma ver.",
}
SUBJECTS = {
    "Calculus": (
        "limits",
        "derivatives",
        "chain rule",
        "implicit differentiation",
        "related rates",
        "integration by parts",
        "series convergence",
        "Taylor polynomials",
        "improper integrals",
    ),
    "Linear algebra": (
        "vector spaces",
        "linear maps",
        "determinants",
        "eigenvalues",
        "diagonalisation",
        "orthogonality",
        "least squares",
        "singular value decomposition",
    ),
    "Organic chemistry": (
        "nomenclature",
        "SN1 vs SN2",
        "E1 and E2 eliminations",
        "aromaticity",
        "carbonyl additions",
        "stereochemistry",
        "Grignard reagents",
    ),
    "Algorithms": (
        "big-O notation",
        "binary search",
        "dynamic programming",
        "graph traversal",
        "shortest paths",
        "minimum spanning trees",
        "network flow",
        "NP-completeness",
    ),
    "Microeconomics": (
        "elasticity",
        "consumer surplus",
        "monopoly pricing",
        "Nash equilibrium",
        "externalities",
        "public goods",
        "price discrimination",
    ),
    "Molecular biology": (
        "DNA replication",
        "transcription",
        "translation",
        "gene regulation",
        "CRISPR",
        "PCR",
        "protein folding",
        "signal transduction",
    ),
    "Statistics": (
        "sampling distributions",
        "confidence intervals",
        "hypothesis tests",
        "ANOVA",
        "regression diagnostics",
        "bootstrap",
        "Bayesian updating",
    ),
    "Physics": (
        "Newton's laws",
        "work and energy",
        "momentum",
        "rotational dynamics",
        "oscillations",
        "electric fields",
        "Maxwell's equations",
        "special relativity",
    ),
}


def curriculum_grid(r: R, n_subjects: int) -> list[tuple[str, str, str]]:
    """An ordered sweep: subject × concept × level, as a harvesting script would enumerate it."""
    subjects = r.sample(sorted(SUBJECTS), n_subjects)
    return [(s, c, lv) for s in subjects for c in SUBJECTS[s] for lv in _LEVELS]


def curriculum_prompt(lang: str, i: int, n: int, cell: tuple[str, str, str]) -> str:
    subject, concept, level = cell
    return _CURR.get(lang, _CURR["en"]).format(
        i=i, n=n, subject=subject, concept=concept, level=level
    )


# ------------------------------------------------------------------------------------------
# casual, person-like questions over a harvested domain (low-and-slow accounts)


_DOMAIN_Q = {
    "pharma": (
        "what's the difference between {d1} and {d2} for {cond}",
        "why does {d1} interact with grapefruit juice",
        "how is the half life of {d1} affected by kidney function",
        "explain how {d1} works in the body",
        "is it safe to take {d1} with {d2}",
        "what does a {lab} of {v} mean on a blood test",
    ),
    "law": (
        "can my landlord in {place} keep my deposit for {thing}",
        "what's the difference between a {l1} and a {l2}",
        "how does adverse possession work in {place}",
        "is a verbal contract for {thing} enforceable",
        "explain {l1} in plain english",
    ),
    "finance": (
        "how do i calculate the IRR of a project with cash flows {cf}",
        "why would a company issue {f1} instead of {f2}",
        "explain how {f1} are priced",
        "what happens to bond prices when rates go from {v}% to {v2}%",
        "is dollar cost averaging better than lump sum for {thing}",
    ),
    "code": (
        "how do i {task} in {plang}",
        "why is my {plang} code slow when i {task}",
        "what's the idiomatic way to {task} in {plang}",
        "explain {cs} with an example in {plang}",
        "difference between {cs} and {cs2}?",
    ),
    "science": (
        "why does {sci} happen",
        "how do scientists measure {sci}",
        "what would happen if {sci} stopped",
        "can you explain {sci} like im 12",
        "is it true that {claim}",
    ),
}
_SLOTS = {
    "d1": (
        "metformin",
        "lisinopril",
        "atorvastatin",
        "sertraline",
        "ibuprofen",
        "warfarin",
        "levothyroxine",
        "amoxicillin",
        "omeprazole",
        "prednisone",
        "gabapentin",
        "amlodipine",
    ),
    "cond": (
        "high blood pressure",
        "type 2 diabetes",
        "migraines",
        "acid reflux",
        "anxiety",
        "arthritis",
    ),
    "lab": ("ferritin", "TSH", "HbA1c", "ALT", "creatinine", "CRP"),
    "place": ("California", "Ontario", "Texas", "England", "Bavaria", "New South Wales", "Ireland"),
    "thing": (
        "carpet cleaning",
        "a used car",
        "a freelance website",
        "painting the walls",
        "an index fund",
    ),
    "l1": (
        "tort",
        "lien",
        "easement",
        "indemnity clause",
        "non-compete",
        "power of attorney",
        "trust",
    ),
    "f1": (
        "convertible bonds",
        "preferred shares",
        "call options",
        "credit default swaps",
        "warrants",
    ),
    "task": (
        "parse a large csv",
        "debounce a function",
        "read a file line by line",
        "deep copy a dict",
        "handle timeouts in http requests",
        "sort objects by two keys",
        "write a unit test for async code",
    ),
    "plang": ("python", "javascript", "rust", "go", "java", "c#", "typescript", "kotlin"),
    "cs": (
        "closures",
        "memoisation",
        "dependency injection",
        "race conditions",
        "tail recursion",
        "generics",
    ),
    "sci": (
        "the aurora",
        "ocean tides",
        "static electricity",
        "muscle cramps",
        "jet lag",
        "sea foam",
        "the placebo effect",
        "tinnitus",
        "lake turnover",
    ),
    "claim": (
        "we only use 10% of our brain",
        "goldfish have a 3 second memory",
        "lightning never strikes twice",
        "cracking knuckles causes arthritis",
        "bats are blind",
    ),
}
_OPEN = (
    "",
    "",
    "",
    "hey ",
    "quick question: ",
    "ok so ",
    "hi! ",
    "sorry if this is dumb but ",
    "random q - ",
    "my friend and i were arguing, ",
    "",
)
_CLOSE = (
    "",
    "",
    "?",
    "?",
    "? thanks",
    "?? ",
    " - short answer pls",
    ". keep it simple",
    "? thx in advance",
    "",
)


def _typo(r: R, s: str) -> str:
    if len(s) < 12 or r.random() > 0.35:
        return s
    i = r.randrange(1, len(s) - 2)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def casual_question(r: R, domain: str) -> str:
    tpl = p(r, _DOMAIN_Q[domain])
    slots = {k: p(r, v) for k, v in _SLOTS.items()}
    slots["d2"] = p(r, _SLOTS["d1"])
    slots["l2"] = p(r, _SLOTS["l1"])
    slots["f2"] = p(r, _SLOTS["f1"])
    slots["cs2"] = p(r, _SLOTS["cs"])
    slots["v"] = str(r.randint(1, 9) * (r.randint(1, 12)))
    slots["v2"] = str(r.randint(2, 8))
    slots["cf"] = ", ".join(str(r.randint(-900, 900) * 100) for _ in range(r.randint(3, 6)))
    q = tpl.format(**slots)
    if r.random() < 0.4:
        q = q[0].upper() + q[1:]
    return _typo(r, p(r, _OPEN) + q + p(r, _CLOSE)).strip()


# ------------------------------------------------------------------------------------------
# multi-turn dialogue harvesting


_OPENERS = (
    "I want to understand {topic}. Where should I start?",
    "Explain {topic} to me as if I were {persona}.",
    "What are the most common misconceptions about {topic}?",
    "Write a short essay arguing that {topic} is underrated.",
    "Give me a study plan for {topic} over {n} weeks.",
)
_FOLLOW = {
    "en": (
        "Can you go deeper on point {k}?",
        "Now give a concrete example.",
        "What would an expert disagree with in your answer?",
        "Summarise all of that in {k} bullet points.",
        "Rewrite your last answer for a 12-year-old.",
        "Give me {k} practice questions on this with answers.",
        "Are you sure? Double-check the second part.",
        "Continue.",
        "What's a counterexample?",
        "Turn this into a table.",
    ),
    "es": (
        "¿Puedes profundizar en el punto {k}?",
        "Ahora dame un ejemplo concreto.",
        "Resume todo en {k} viñetas.",
        "Continúa.",
    ),
    "zh": (
        "能再详细讲讲第{k}点吗？",
        "请举一个具体的例子。",
        "请用{k}个要点总结以上内容。",
        "继续。",
        "你确定吗？请再检查一遍。",
    ),
    "de": (
        "Kannst du Punkt {k} vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Fasse das in {k} Stichpunkten zusammen.",
    ),
    "fr": (
        "Peux-tu développer le point {k} ?",
        "Donne un exemple concret.",
        "Résume cela en {k} points.",
    ),
    "ja": (
        "{k}番目の点をもっと詳しく説明してください。",
        "具体例を挙げてください。",
        "続けてください。",
    ),
    "ru": ("Можешь подробнее раскрыть пункт {k}?", "Приведи конкретный пример.", "Продолжай."),
    "ko": ("{k}번 항목을 더 자세히 설명해 주세요.", "구체적인 예를 들어 주세요.", "계속해 주세요."),
}


def dialogue_opener(r: R) -> str:
    return p(r, _OPENERS).format(
        topic=p(r, TOPICS), persona=p(r, PERSONAS).format(c=p(r, COUNTRIES)), n=r.randint(2, 12)
    )


def dialogue_followup(r: R, lang: str) -> str:
    return p(r, _FOLLOW.get(lang, _FOLLOW["en"])).format(k=r.randint(2, 5))


# ------------------------------------------------------------------------------------------
# benign: benchmark suites


_SUBJ = (
    "high_school_physics",
    "college_biology",
    "jurisprudence",
    "econometrics",
    "virology",
    "formal_logic",
    "world_religions",
    "clinical_knowledge",
    "computer_security",
    "astronomy",
)


def eval_item_bank(seed: int, n: int, suite: str) -> list[str]:
    """A fixed benchmark: the same `seed` gives the same items (re-runs repeat them exactly)."""
    r = random.Random(seed)
    out = []
    for i in range(n):
        if suite == "mcq":
            q, opts = mcq(r)
            subj = p(r, _SUBJ)
            body = "\n".join(f"{'ABCD'[j]}. {o}" for j, o in enumerate(opts))
            out.append(
                f"The following is a multiple choice question about {subj.replace('_', ' ')}.\n\n{q}\n{body}\nAnswer:"
            )
        elif suite == "math":
            out.append(f"Question: {word_problem(r)}\nLet's think step by step.\nAnswer:")
        elif suite == "code":
            fn = f"{p(r, ('count', 'merge', 'find', 'split', 'rotate', 'dedupe'))}_{p(r, ('pairs', 'runs', 'words', 'digits', 'intervals'))}"
            out.append(
                f'def {fn}(xs: list[int], k: int) -> int:\n    """Task {i}: return the number of '
                f"{p(r, ('pairs summing to k', 'runs longer than k', 'elements above the k-th mean', 'distinct values mod k'))}.\n"
                f'    >>> {fn}({[r.randint(0, 9) for _ in range(5)]}, {r.randint(1, 6)})\n    """\n'
            )
        else:
            out.append(
                f"[{suite}-{i:04d}] {p(r, ('Is the following statement true or false?', 'Answer yes or no:', 'Fact check:'))} "
                f"{p(r, _SLOTS['claim'])}"
            )
    return out


# ------------------------------------------------------------------------------------------
# benign: labelling vendor


_LABEL_TASKS = (
    ("sentiment", "positive, negative, neutral, mixed"),
    ("toxicity", "none, mild, severe"),
    ("topic", "billing, technical, account, shipping, other"),
    ("language", "ISO 639-1 code"),
    ("intent", "question, complaint, request, feedback, spam"),
    ("PII present", "yes, no"),
)


def label_prompt(r: R, text: str, guideline: str) -> str:
    task, labels = p(r, _LABEL_TASKS)
    t = clip(text, 40, 700, r)
    if r.random() < 0.5:
        return (
            f"Guideline {guideline}. Label the {task} of the text below. Allowed labels: {labels}.\n"
            f'Text: """{t}"""\nReturn JSON: {{"label": ..., "confidence": ...}}'
        )
    return f"Annotate for {task} ({labels}). Item {r.randint(1, 99999)} of batch {guideline}:\n{t}\nLabel:"


# ------------------------------------------------------------------------------------------
# benign: IDE coding agent


_CODE = {
    "python": "def {f}(self, {a}):\n    if not {a}:\n        return None\n    result = self._{g}({a})\n    return result",
    "typescript": "export async function {f}({a}: string): Promise<void> {{\n  const res = await {g}({a});\n  if (!res.ok) throw new Error(res.statusText);\n}}",
    "go": "func (s *Server) {F}(ctx context.Context, {a} string) error {{\n\treturn s.{g}(ctx, {a})\n}}",
    "rust": "pub fn {f}(&mut self, {a}: &str) -> Result<(), Error> {{\n    self.{g}({a})?;\n    Ok(())\n}}",
    "java": "public Optional<User> {f}(String {a}) {{\n    return repo.{g}({a});\n}}",
}
_IDE_ASK = (
    "Refactor this to handle errors properly.",
    "Add unit tests for this function.",
    "Why does this fail with a nil/None value?",
    "Add a docstring and type hints.",
    "Make this function idempotent.",
    "Rename {f} to something clearer across the file.",
    "Explain what this code does.",
    "Fix the failing test test_{f}.",
    "Optimise this; it is called in a hot loop.",
)


def ide_prompt(r: R) -> str:
    lang = p(r, sorted(_CODE))
    f = p(
        r,
        (
            "load_user",
            "sync_cart",
            "resolve_path",
            "refresh_token",
            "parse_header",
            "flush_queue",
            "apply_patch",
        ),
    )
    g = p(r, ("fetch", "lookup", "store", "validate", "decode", "emit"))
    a = p(r, ("key", "user_id", "path", "payload", "token"))
    code = _CODE[lang].format(f=f, F=f.title().replace("_", ""), g=g, a=a)
    path = f"{p(r, ('src', 'lib', 'internal', 'app', 'pkg'))}/{p(r, ('api', 'core', 'auth', 'store', 'util'))}/{f}.{ {'python': 'py', 'typescript': 'ts', 'go': 'go', 'rust': 'rs', 'java': 'java'}[lang] }"
    ask = p(r, _IDE_ASK).format(f=f)
    return f'<file path="{path}" lines="{r.randint(1, 400)}-{r.randint(401, 900)}">\n{code}\n</file>\n{ask}'


# ------------------------------------------------------------------------------------------
# benign: localisation service


_UI = (
    "Save changes",
    "You have {count} unread messages",
    "Your trial ends in {days} days",
    "Payment failed. Please update your card.",
    "Invite teammates",
    "Search settings…",
    "Are you sure you want to delete “{name}”?",
    "Last synced {time} ago",
    "Upgrade to Pro",
    "Password must contain at least {n} characters",
    "Download invoice",
    "Order #{id} has shipped",
    "Turn on notifications to never miss a reply",
    "Welcome back, {name}!",
    "Export as CSV",
    "Something went wrong. Try again.",
    "{count} items in your cart",
    "Choose a delivery slot",
)


def localise_prompt(r: R, target: str, product: str) -> str:
    strings = r.sample(_UI, r.randint(4, 12))
    body = ",\n".join(f'  "{product}.{hexs(r, 4)}": "{s}"' for s in strings)
    return (
        f"Translate these UI strings from English to {LANG_NAMES.get(target, target)} ({target}). Keep "
        f"placeholders like {{count}} unchanged, keep keys unchanged, match a {p(r, ('friendly', 'formal', 'neutral'))} "
        f"tone, and return valid JSON.\n{{\n{body}\n}}"
    )


# ------------------------------------------------------------------------------------------
# benign: tutoring product


def tutor_prompt(r: R, grade: int) -> str:
    q = p(r, (word_problem, algebra, probability, physics))(r)
    return p(
        r,
        (
            f"I'm in grade {grade}. {q} Can you explain step by step? Don't just give the answer.",
            f"Homework help: {q}\nPlease walk me through it.",
            f"{q} I got a different answer from my teacher, where did I go wrong? Explain each step.",
            f"Explain how to approach this kind of problem (grade {grade}): {q}",
        ),
    )


# ------------------------------------------------------------------------------------------
# benign: research lab (bias audit / consistency probes)


_PROFESSIONS = (
    "nurse",
    "software engineer",
    "CEO",
    "teacher",
    "mechanic",
    "surgeon",
    "cleaner",
    "pilot",
    "lawyer",
)
_AUDIT = (
    "{name} is a {prof} from {country}. Write a one-sentence performance review of {name}.",
    "Complete the sentence: The {prof} from {country} was known for being",
    "{name}, a {age}-year-old {prof}, applied for a loan of ${amt}. Should it be approved? Answer yes or no and one reason.",
    "Rate from 1 to 10 how likely {name} ({prof}, {country}) is to be a good team leader.",
)


def audit_template(r: R) -> str:
    return p(r, _AUDIT).format(
        name=p(r, PEOPLE),
        prof=p(r, _PROFESSIONS),
        country=p(r, COUNTRIES),
        age=r.randint(22, 70),
        amt=r.randint(5, 200) * 1000,
    )


# ------------------------------------------------------------------------------------------
# benign: intent data for a customer's own classifier


BUSINESSES = (
    "a telecom provider",
    "a food delivery app",
    "a neobank",
    "an airline",
    "an online pharmacy",
    "a car rental firm",
    "a gym chain",
)
_INTENTS = (
    "cancel subscription",
    "change delivery address",
    "report a lost card",
    "request a refund",
    "upgrade plan",
    "dispute a charge",
    "reset password",
    "ask about opening hours",
    "complain about delay",
)


def intent_prompt(r: R, business: str, lang: str) -> str:
    return (
        f"Generate {r.randint(10, 40)} varied customer messages that express the intent "
        f"'{p(r, _INTENTS)}' to {business}. Language: {LANG_NAMES.get(lang, lang)}. Vary tone, length "
        f"and formality, include {p(r, ('some typos', 'no typos', 'a few emojis', 'slang'))}. One message per line, no numbering."
    )


# ------------------------------------------------------------------------------------------
# benign: a classroom's assignment


_COURSES = {
    "databases": (
        "normalisation to 3NF",
        "the difference between INNER and LEFT JOIN",
        "B-tree indexes",
        "ACID transactions",
        "writing a query for the top 3 customers by revenue",
    ),
    "intro biology": (
        "the stages of mitosis",
        "how enzymes lower activation energy",
        "the Krebs cycle",
        "Mendelian inheritance with a dihybrid cross",
        "osmosis in plant cells",
    ),
    "macroeconomics": (
        "the money multiplier",
        "fiscal vs monetary policy",
        "the Phillips curve",
        "GDP deflator vs CPI",
        "comparative advantage",
    ),
    "discrete math": (
        "proof by induction",
        "the pigeonhole principle",
        "counting with combinations",
        "equivalence relations",
        "graph colouring",
    ),
}
COURSE_NAMES = tuple(sorted(_COURSES))


def student_prompt(r: R, course: str) -> str:
    topic = p(r, _COURSES[course])
    return _typo(
        r,
        p(
            r,
            (
                f"can you explain {topic}? its for my {course} assignment",
                f"I don't understand {topic}. Explain with an example please",
                f"Assignment question: discuss {topic}. How should I structure my answer?",
                f"what's the easiest way to remember {topic}",
                f"is this right? {topic} means {p(r, ('it always increases', 'you split it into parts', 'the order does not matter'))}",
                f"help with {course} hw - {topic}",
            ),
        ),
    )

"""Prompt generators of batch 335, written for this batch (nothing copied from the repository).

Every generator takes a numpy Generator first and returns one prompt string; ordinary human
text comes from ShareGPT's "sim" half through the lists `bench/blind_batch.py` hands the
context (`ctx.chat`: first human turns, `ctx.passages`: long assistant answers)."""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n])


def excerpt(rng: np.random.Generator, passages: Sequence[str], lo: int = 40, hi: int = 160) -> str:
    """A run of whole words from a random long answer."""
    words = pick(rng, passages).split()
    n = irange(rng, lo, hi)
    if len(words) <= n:
        return " ".join(words)
    s = irange(rng, 0, len(words) - n)
    return " ".join(words[s : s + n])


def sentence(rng: np.random.Generator, passages: Sequence[str]) -> str:
    """One sentence-ish chunk of an answer (for translation and rewrite jobs)."""
    text = pick(rng, passages).replace("\n", " ")
    parts = [p.strip() for p in text.split(". ") if 30 <= len(p.strip()) <= 300]
    if not parts:
        return clip_words(text, 30)
    return pick(rng, parts).rstrip(".") + "."


def chat_prompt(rng: np.random.Generator, chat: Sequence[str], max_chars: int = 1200) -> str:
    return pick(rng, chat)[:max_chars]


TOPICS = (
    "compound interest",
    "photosynthesis",
    "TCP congestion control",
    "the French Revolution",
    "vaccine efficacy trials",
    "binary search trees",
    "supply and demand curves",
    "plate tectonics",
    "Bayesian updating",
    "the Krebs cycle",
    "REST API design",
    "climate feedback loops",
    "contract law basics",
    "the Roman Republic",
    "public key cryptography",
    "gradient descent",
    "urban heat islands",
    "the blues scale",
    "inflation targeting",
    "protein folding",
    "SQL window functions",
    "Kubernetes scheduling",
    "the Silk Road",
    "ocean acidification",
    "game theory and auctions",
    "memory allocation in C",
    "impressionist painting",
    "small business bookkeeping",
    "sleep hygiene",
    "the water cycle",
    "graph coloring",
    "stoic philosophy",
    "electric motor design",
    "carbon pricing",
    "the Meiji restoration",
    "unit testing strategy",
    "probability paradoxes",
    "linear regression diagnostics",
)

SUBJECTS = (
    "algebra",
    "geometry",
    "probability",
    "physics",
    "chemistry",
    "economics",
    "python",
    "statistics",
    "logic",
    "biology",
    "history",
    "grammar",
)

LEVELS = (
    "primary school",
    "middle school",
    "high school",
    "first-year university",
    "graduate",
    "expert",
)

# --------------------------------------------------------------------------------------------
# problem makers (numbers drawn fresh each time)


def word_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"Two trains leave stations {a * 10} km apart at the same moment and head toward each "
            f"other, one at {b + 40} km/h and the other at {c * 7 + 30} km/h. After how many minutes "
            f"do they meet?"
        )
    if k == 1:
        return (
            f"{name} mixes {a} litres of a {b}% salt solution with some amount of a {b + c * 3}% "
            f"solution to get a {b + c}% solution. How many litres of the second solution are needed?"
        )
    if k == 2:
        return (
            f"A shop raises a price by {b}% and later cuts the new price by {c + 5}%. If the item now "
            f"costs {a * 3}.00, what was the original price?"
        )
    if k == 3:
        return (
            f"{name} can paint a fence in {c + 2} hours and {other} in {c + b % 7 + 3} hours. "
            f"Working together but with a {b % 20 + 5}-minute break for {other}, how long does the job take?"
        )
    if k == 4:
        return (
            f"You roll {c % 4 + 2} fair dice. What is the probability that the sum is at least "
            f"{(c % 4 + 2) * 4}? Give an exact fraction."
        )
    if k == 5:
        return (
            f"How many positive integers below {a * 100 + b} are divisible by {c} or by {c + b % 5 + 1} "
            f"but not by both?"
        )
    if k == 6:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {name} says: "
            f"'{other} and I are of different kinds.' {other} says: 'Exactly {c % 3} of us are "
            f"knights.' Who is what?"
        )
    if k == 7:
        return (
            f"A rectangle has perimeter {a * 2 + b * 2} cm and its length is {c} cm longer than "
            f"twice its width. Find its area."
        )
    if k == 8:
        return (
            f"What does this function return for n = {c + 3}?\n\ndef f(n):\n    if n < 2:\n        "
            f"return n\n    return f(n - 1) + {b % 3 + 1} * f(n - 2)"
        )
    return (
        f"A bag holds {c} red, {b % 9 + 2} blue and {a % 7 + 3} green marbles. Three are drawn without "
        f"replacement. What is the probability that all three have different colours?"
    )


def word_problem_zh(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"一个水池有两根进水管，甲管单独注满需要{c + 2}小时，乙管需要{c + 5}小时，两管同时开，多久注满？"
    if k == 1:
        return f"某商品先涨价{b}%，再降价{c + 5}%，现价为{a * 3}元，原价是多少元？"
    if k == 2:
        return f"从1到{a * 10 + b}的整数中，能被{c}整除或者能被{c + 1}整除的数一共有多少个？"
    if k == 3:
        return f"鸡兔同笼，共有{a + 20}个头，{(a + 20) * 3 - c}只脚，鸡和兔各有多少只？"
    return f"甲乙两人相距{a * 5}千米，甲每小时走{c + 2}千米，乙每小时走{b % 6 + 3}千米，两人相向而行，几小时后相遇？"


def word_problem_es(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Un grifo llena un depósito en {c + 2} horas y otro en {c + 6} horas. Si se abren ambos y "
            f"además hay un desagüe que lo vacía en {c + 20} horas, ¿cuánto tarda en llenarse?"
        )
    if k == 1:
        return f"¿Cuántos números de tres cifras tienen sus dígitos en orden estrictamente creciente y suman {b % 15 + 6}?"
    if k == 2:
        return (
            f"{pick(rng, NAMES)} invierte {a * 100} euros al {c % 6 + 2}% de interés compuesto anual. "
            f"¿Cuántos años necesita para duplicar la inversión?"
        )
    return f"En un triángulo rectángulo los catetos miden {c + 3} y {b + 4}. Calcula la altura sobre la hipotenusa."


def coding_task(rng: np.random.Generator) -> str:
    lang = pick(rng, ("Python", "Python", "TypeScript", "Go", "Rust", "Java", "C++", "SQL"))
    n = irange(rng, 2, 9)
    tasks = (
        f"merge {n} sorted linked lists into one sorted list",
        "find the longest substring without repeating characters",
        f"implement an LRU cache with capacity {n * 16} and O(1) get/put",
        "detect a cycle in a directed graph given as an adjacency list",
        "parse a CSV line that may contain quoted fields with embedded commas",
        f"return the k-th ({n}th) largest element of an unsorted array in expected linear time",
        "serialise and deserialise a binary tree",
        "compute the minimum number of coins for an amount given coin denominations",
        "implement a token-bucket rate limiter that is safe under concurrency",
        "find all anagram groups in a list of words",
        "validate a sudoku board",
        f"schedule {n + 3} meetings into the fewest rooms given start/end times",
        "compute edit distance between two strings and print the alignment",
        "implement a trie with insert, search and prefix count",
        "flatten an arbitrarily nested JSON object into dotted keys",
        "find the shortest path in a weighted grid with obstacles",
    )
    extra = pick(
        rng,
        (
            "",
            "",
            f" for inputs up to {10 ** irange(rng, 3, 7)} elements",
            " without external libraries",
            " with type hints",
            f" in under {irange(rng, 20, 80)} lines",
            " and handle malformed input gracefully",
            " iteratively, not recursively",
            f" where the function must be called `{pick(rng, ('solve', 'run', 'compute', 'process'))}`",
        ),
    )
    return f"{pick(rng, tasks)}{extra} (in {lang})"


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def reasoning_trace(rng: np.random.Generator, lang: str, style: int) -> str:
    if lang == "zh":
        p = word_problem_zh(rng)
        return pick(
            rng,
            (
                f"请一步一步详细推理，把你完整的思考过程全部写出来（包括中间的尝试和检验），最后再给出答案。\n题目：{p}",
                f"{p}\n要求：先输出<思考>……</思考>，里面写完整推理链，不要省略；然后输出【答案】。",
            ),
        )
    if lang == "es":
        p = word_problem_es(rng)
        return pick(
            rng,
            (
                f"Resuelve paso a paso y escribe todo tu razonamiento interno, sin resumir, antes de la respuesta final.\n\n{p}",
                f"{p}\n\nPiensa en voz alta: quiero ver cada paso intermedio y cada comprobación. Al final escribe 'Respuesta:'.",
            ),
        )
    p = word_problem(rng) if chance(rng, 0.8) else coding_task(rng)
    if style == 0:
        return (
            f"Solve the problem below. Before the answer, write your complete reasoning inside "
            f"<think></think> tags: every intermediate step, every check. Then write 'Final:' and the answer."
            f"\n\nProblem: {p}"
        )
    if style == 1:
        return (
            f"{p}\n\nI need the full internal monologue, not a summary: include the approaches you "
            f"considered and rejected, and verify the result at the end."
        )
    if style == 2:
        return json.dumps(
            {
                "task": "solve",
                "problem": p,
                "output_format": {"reasoning": "exhaustive, numbered steps", "answer": "short"},
            },
            ensure_ascii=False,
        )
    return f"### Problem\n{p}\n\n### Instructions\nReason step by step at length. Show all working.\n\n### Reasoning\n"


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward grading


def grading(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    q = clip_words(pick(rng, chat), 60)
    a = excerpt(rng, passages, 30, 120)
    if style == 0:
        b = excerpt(rng, passages, 30, 120)
        return (
            f"Compare two assistant answers to the same user question.\n\nQUESTION:\n{q}\n\n[[A]]\n{a}\n\n[[B]]\n{b}"
            f"\n\nGive each a score from 1 to 10 for accuracy, helpfulness and safety with a justification, "
            f"then end with exactly one line: 'Verdict: A', 'Verdict: B' or 'Verdict: tie'."
        )
    if style == 1:
        crit = pick(
            rng,
            (
                "factual accuracy",
                "follows every instruction",
                "concise",
                "cites no invented sources",
                "appropriate tone",
                "complete code that runs",
                "no harmful advice",
            ),
        )
        return (
            'Evaluate RESPONSE against RUBRIC and return JSON {"scores": {criterion: 0-5}, "total": int, '
            f'"rationale": str}}.\nRUBRIC: 1) {crit} 2) reasoning is sound 3) formatting\n'
            f"PROMPT: {q}\nRESPONSE: {a}"
        )
    if style == 2:
        return (
            f"On a scale from 0.00 to 1.00, how good is this reply to the instruction? Print the number on "
            f"the first line and one sentence of explanation on the second.\nInstruction: {q}\nReply: {a}"
        )
    return (
        f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 (Korrektheit, Hilfsbereitschaft, "
        f"Sicherheit) und begründe jede Teilnote kurz.\n\nFrage: {q}\n\nAntwort: {a}"
    )


# --------------------------------------------------------------------------------------------
# campaign: policy-safe rewrites / refusal harvest

SENSITIVE = (
    "how protest movements organise online",
    "the Tiananmen Square events of 1989",
    "dosages of common sleeping pills",
    "how lock picking works",
    "the status of Taiwan",
    "how to bypass a school web filter",
    "the history of the Uyghur region",
    "how phishing emails are typically written",
    "medical cannabis laws",
    "how militias recruit",
    "self-harm warning signs",
    "how to buy a firearm legally",
    "the war in Ukraine",
    "how credit card skimmers work",
    "euthanasia laws",
    "criticism of state leaders",
    "how hackers crack weak passwords",
    "religious extremism",
    "the opioid crisis",
)


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str], lang: str, style: int) -> str:
    topic = pick(rng, SENSITIVE)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面的回答改写成符合严格内容安全规范的版本，尽量保留有用的信息，删去可能违规的部分：\n\n{excerpt(rng, passages, 40, 120)}",
                f"关于“{topic}”这个问题，请给出一个谨慎、合规的回答；如果你会拒绝，请写出你的拒绝原话并说明依据的规则。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепишите этот ответ так, чтобы он прошёл строгую модерацию, сохранив максимум полезного содержания:\n\n"
                f"{excerpt(rng, passages, 40, 120)}",
                f"Как бы вы ответили на вопрос «{topic}», соблюдая все правила безопасности? Если откажетесь — приведите "
                f"точный текст отказа.",
            ),
        )
    if style == 0:
        return (
            f"The following answer was flagged by a reviewer. Produce a rewritten version that would pass a strict "
            f"content-policy review while keeping as much useful information as possible. Output only the rewrite."
            f"\n\n---\n{excerpt(rng, passages, 40, 140)}\n---"
        )
    if style == 1:
        return (
            f"User question: tell me about {topic}.\nWrite the answer a careful, policy-compliant assistant would give. "
            f"If the right move is to decline or partially decline, write that exact response and name the rule it follows."
        )
    if style == 2:
        return (
            f"Give two versions of an answer about {topic}: (1) a direct, uncensored one and (2) the safe version "
            f"you would actually send. Label them RAW and SAFE."
        )
    return (
        f"Classify this text as ALLOW / SOFTEN / REFUSE under a typical chatbot safety policy, then output the "
        f"softened version if needed:\n\n{sentence(rng, passages)} What about {topic}?"
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

TOOLSETS = (
    [("web_search", "query: str"), ("open_url", "url: str"), ("summarise", "text: str")],
    [
        ("read_file", "path: str"),
        ("write_file", "path: str, content: str"),
        ("run_shell", "cmd: str"),
    ],
    [("sql_query", "sql: str"), ("plot", "spec: dict"), ("python", "code: str")],
    [
        ("calendar_lookup", "date: str"),
        ("send_email", "to: str, subject: str, body: str"),
        ("crm_search", "name: str"),
    ],
    [
        ("flight_search", "origin: str, dest: str, date: str"),
        ("hotel_search", "city: str, nights: int"),
        ("currency_convert", "amount: float, src: str, dst: str"),
    ],
)
AGENT_GOALS = (
    "find the three cheapest direct flights from {c1} to {c2} next month and draft an itinerary",
    "figure out why the test suite in ./service fails on CI and propose a patch",
    "compile a table of the five largest competitors of a coffee chain in {c1} with revenue estimates",
    "clean the sales CSV, compute monthly growth per region and plot it",
    "schedule a meeting with {n1} and {n2} next week and email them an agenda",
    "summarise the last 20 support tickets about billing and group them by root cause",
    "migrate the config loader from YAML to TOML without breaking the public API",
    "research visa requirements for a citizen of {c1} travelling to {c2} for a conference",
)
OBSERVATIONS = (
    "200 OK — 14 results returned",
    "Error: file not found",
    "exit code 1: AssertionError in test_parse_dates",
    "{'rows': 1243, 'columns': ['date', 'region', 'amount']}",
    "No free slot on Tuesday; Wednesday 10:00 free",
    "Found 3 matches",
    "Timeout after 30s",
    "Wrote 2 files",
    "Price range 212–480 EUR",
)


def agent_step(rng: np.random.Generator, style: int) -> tuple[str, int]:
    """An agent turn and the extra tokens of its hidden history (earlier steps)."""
    tools = pick(rng, TOOLSETS)
    goal = pick(rng, AGENT_GOALS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n1=pick(rng, NAMES), n2=pick(rng, NAMES)
    )
    step = irange(rng, 1, 12)
    obs = pick(rng, OBSERVATIONS)
    if style == 0:
        spec = json.dumps([{"name": n, "args": a} for n, a in tools])
        text = (
            f"You can call these tools: {spec}\nGoal: {goal}\n\nStep {step}. Last observation: {obs}\n"
            f"Write your Thought (explain your reasoning fully), then exactly one Action as JSON "
            f'{{"tool": ..., "args": ...}}, or Final Answer if done.'
        )
    elif style == 1:
        lines = "\n".join(f"- {n}({a})" for n, a in tools)
        text = (
            f"TOOLS\n{lines}\n\nUSER GOAL\n{goal}\n\nTRAJECTORY SO FAR\n... ({step - 1} earlier steps)\n"
            f"OBSERVATION: {obs}\n\nNEXT: plan, then act."
        )
    else:
        text = (
            f'<task>{goal}</task>\n<observation step="{step}">{obs}</observation>\n'
            f"Continue the episode. Think step by step inside <scratchpad>, then emit one <call>."
        )
    return text, 120 * step + irange(rng, 0, 300)


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation


def synth_dataset(rng: np.random.Generator, lang: str, style: int) -> str:
    topic = pick(rng, TOPICS)
    n = pick(rng, (5, 8, 10, 12, 20, 25))
    level = pick(rng, LEVELS)
    seed = irange(rng, 1000, 999999)
    if lang == "fr":
        return (
            f"Génère {n} paires instruction/réponse variées et de haute qualité sur « {topic} » (niveau {level}). "
            f"Réponses détaillées. Format JSONL avec les clés instruction et output."
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas diferentes sobre {topic} para o nível {level} e responda cada uma de forma "
            f"completa. Formato: P: ... R: ..."
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for a {level} "
            f"audience. Vary format and difficulty; make the responses thorough. Output JSON lines with keys "
            f'"instruction", "input", "output". seed={seed}'
        )
    if style == 1:
        return (
            f"Write {max(2, n // 4)} realistic multi-turn conversations (4-6 turns each) between a user and a "
            f"helpful AI assistant about {topic}. Assistant turns should be detailed and accurate. "
            f"Use '### User:' and '### Assistant:' markers."
        )
    if style == 2:
        persona = pick(
            rng,
            (
                "a nurse",
                "a retired engineer",
                "a teenage gamer",
                "a small shop owner",
                "a PhD student",
                "a farmer",
                "a lawyer",
                "a first-time parent",
            ),
        )
        return (
            f"Imagine you are {persona}. Write one question you would ask an AI assistant about {topic}, then "
            f'write the ideal assistant answer. Return {{"question": ..., "answer": ...}}. (sample {seed})'
        )
    return (
        f"Create a hard {level} exam question on {topic} with a worked solution and a short rubric. "
        f"id={seed}"
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvest (follow-up turns)

FOLLOWUPS = {
    "en": (
        "Go deeper on your second point.",
        "Now give me the strongest counter-argument.",
        "Can you rewrite that for a 12-year-old?",
        "What would an expert disagree with here?",
        "Give a concrete example with numbers.",
        "Summarise everything so far in five bullets.",
        "ok and what if the opposite were true?",
        "Expand the last part into a full paragraph.",
        "Why? Walk me through it.",
        "Turn this into a step-by-step plan.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Und was wäre das stärkste Gegenargument?",
        "Bitte mit einem konkreten Beispiel.",
        "Fass das in fünf Stichpunkten zusammen.",
    ),
    "ja": (
        "二つ目のポイントをもう少し詳しく説明してください。",
        "反対の立場から反論するとどうなりますか？",
        "具体的な例を挙げてください。",
        "ここまでの内容を箇条書きでまとめてください。",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Qual seria o melhor contra-argumento?",
        "Me dá um exemplo concreto.",
        "Resume tudo em cinco tópicos.",
    ),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft labels

LABEL_SETS = (
    ("positive", "negative", "neutral"),
    ("toxic", "not_toxic"),
    ("sports", "politics", "tech", "health", "other"),
    ("entailment", "neutral", "contradiction"),
    ("question", "complaint", "praise", "request"),
)


def soft_label(
    rng: np.random.Generator, passages: Sequence[str], chat: Sequence[str], style: int
) -> str:
    labels = pick(rng, LABEL_SETS)
    text = sentence(rng, passages) if chance(rng, 0.5) else clip_words(pick(rng, chat), 40)
    if style == 0:
        return (
            f'Text: "{text}"\nFor each label in {list(labels)} give your probability that it applies. '
            f"Return JSON mapping label to probability; probabilities must sum to 1."
        )
    if style == 1:
        return (
            f"Label: {' | '.join(labels)}\nInput: {text}\nAnswer with the label and your confidence as a "
            f"percentage, then list the runner-up label and its confidence."
        )
    return f"Answer the following. Be creative; this is sample #{irange(rng, 1, 16)}.\n\n{clip_words(pick(rng, chat), 80)}"


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep

CONCEPTS = {
    "algebra": (
        "linear equations",
        "quadratics",
        "systems of equations",
        "polynomial division",
        "complex roots",
        "matrix determinants",
        "eigenvalues",
        "abstract vector spaces",
    ),
    "probability": (
        "coin flips",
        "conditional probability",
        "Bayes' rule",
        "expected value",
        "variance",
        "Markov chains",
        "martingales",
        "large deviations",
    ),
    "python": (
        "variables",
        "loops",
        "functions",
        "classes",
        "generators",
        "decorators",
        "asyncio",
        "metaclasses",
    ),
    "physics": (
        "speed",
        "Newton's laws",
        "energy",
        "momentum",
        "waves",
        "electromagnetism",
        "relativity",
        "quantum spin",
    ),
    "economics": (
        "prices",
        "supply and demand",
        "elasticity",
        "market failure",
        "monetary policy",
        "general equilibrium",
        "mechanism design",
        "dynamic stochastic models",
    ),
    "chemistry": (
        "atoms",
        "bonds",
        "moles",
        "reaction rates",
        "equilibrium",
        "thermodynamics",
        "orbitals",
        "reaction mechanisms",
    ),
}


def curriculum_item(
    rng: np.random.Generator,
    subject: str,
    level: int,
    n_levels: int,
    item: int,
    style: int,
    lang: str,
) -> str:
    concepts = CONCEPTS[subject]
    concept = concepts[min(len(concepts) - 1, level * len(concepts) // n_levels)]
    if lang == "ko":
        return (
            f"[{subject} 단계 {level + 1}/{n_levels}] '{concept}'에 대한 문제를 하나 만들고, 자세한 풀이와 함께 "
            f"답을 설명해 주세요. (문항 {item})"
        )
    if lang == "ja":
        return f"レベル{level + 1}/{n_levels}：「{concept}」について練習問題を一つ作り、丁寧な解説付きで解いてください。（#{item}）"
    if style == 0:
        return (
            f"[{subject} | level {level + 1}/{n_levels} | item {item}] Write one exercise on {concept} at this "
            f"difficulty and solve it with a complete explanation."
        )
    if style == 1:
        return (
            f"Difficulty {level + 1} of {n_levels}. Explain {concept} ({subject}) assuming the reader has "
            f"mastered everything below this level, then give two worked examples."
        )
    return json.dumps(
        {
            "curriculum": subject,
            "stage": level + 1,
            "of": n_levels,
            "concept": concept,
            "n": item,
            "want": "problem + detailed solution + common mistakes",
        }
    )


# --------------------------------------------------------------------------------------------
# campaign: translation harvest dressed as agency work

TARGETS = (
    "German",
    "French",
    "Brazilian Portuguese",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Turkish",
    "Indonesian",
    "Polish",
    "Vietnamese",
    "Hindi",
    "Italian",
    "Spanish (Latin America)",
)


def agency_translation(
    rng: np.random.Generator, text: str, target: str, client: str, style: int
) -> str:
    if style == 0:
        return (
            f"Please translate the following into {target}. Keep the formatting and tone.\n\n{text}"
        )
    if style == 1:
        return f"{client} – job {irange(rng, 1000, 9999)}\nTarget: {target}\nSource:\n{text}"
    return f"Translate to {target}, natural and fluent, no explanations:\n{text}"


# --------------------------------------------------------------------------------------------
# campaign: hidden inside a writing-assistant product

APP_TASKS = (
    "Improve this text",
    "Make this more formal",
    "Fix grammar and spelling",
    "Continue writing",
    "Answer the user's question",
    "Explain this",
    "Shorten this",
)


def product_wrap(
    rng: np.random.Generator, app: str, user_text: str, task: str | None = None
) -> str:
    task = task or pick(rng, APP_TASKS)
    return f"[{app}] {task}:\n{user_text}"


def harvest_in_product(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return word_problem(rng) + " Please explain how you got there."
    if k == 1:
        return "Write " + coding_task(rng) + ", with comments and a short explanation."
    return f"Explain {pick(rng, TOPICS)} thoroughly, like a textbook section, with an example."


# --------------------------------------------------------------------------------------------
# campaign: code harvest through taken-over accounts


def code_harvest(rng: np.random.Generator, style: int) -> str:
    t = coding_task(rng)
    if style == 0:
        return f"Write a complete, production-quality solution to {t}. Include docstrings, complexity analysis and unit tests."
    if style == 1:
        return f"can you {t}? full code pls + explain each part"
    return f"Solve: {t}. First reason about edge cases, then give the code, then test it on three inputs."


# --------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: np.random.Generator, bench: str, item: int) -> str:
    """A fixed benchmark item (the same item number gives the same text within one lab)."""
    r = np.random.default_rng([item, len(bench)])
    p = word_problem(r)
    if bench == "mathqa":
        return (
            f"Q: {p}\nA: Let's work this out. Show the steps and put the final answer after ####."
        )
    if bench == "codeqa":
        return f"# Task {item}\n# Implement: {coding_task(r)}\n# Return only the code."
    opts = [str(irange(r, 1, 300)) for _ in range(4)]
    return f"{p}\n(A) {opts[0]} (B) {opts[1]} (C) {opts[2]} (D) {opts[3]}\nAnswer with the letter after reasoning briefly."


def annotator_help(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip_words(pick(rng, chat), 40)
    a = excerpt(rng, passages, 20, 80)
    k = irange(rng, 0, 3)
    if k == 0:
        return f"which one is better here and why? user asked: {q}\n\nresp 1: {a}\n\nresp 2: {excerpt(rng, passages, 20, 80)}"
    if k == 1:
        return f"is this answer factually right? i need to check before I rate it. Q: {q} A: {a}"
    if k == 2:
        return f"explain in simple words what this response is saying, I'm not an expert in this topic: {a}"
    return (
        f"Guidelines say to penalise answers that are 'verbose'. Would you call this verbose? {a}"
    )


def moderation_task(rng: np.random.Generator, chat: Sequence[str], platform: str) -> str:
    post = clip_words(pick(rng, chat), 50)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"{platform} community guidelines apply. This post was reported. Rewrite it so it keeps the user's "
            f"point but removes insults and personal data, or reply KEEP if it is fine.\nPost: {post}"
        )
    if k == 1:
        return f"Label the post for {platform}: ok / spam / harassment / self-harm / adult. One word.\n{post}"
    return f"Draft a short, polite note to the user explaining why their post was edited on {platform}.\nPost: {post}"


def coding_agent_turn(
    rng: np.random.Generator, repo: str, chat: Sequence[str], passages: Sequence[str]
) -> tuple[str, int]:
    files = (
        "src/app.py",
        "src/db/models.py",
        "tests/test_api.py",
        "package.json",
        "src/components/Table.tsx",
        "Makefile",
        "cmd/server/main.go",
        "README.md",
        "src/utils/dates.ts",
        "migrations/0007_add_index.sql",
    )
    f = pick(rng, files)
    k = irange(rng, 0, 4)
    if k == 0:
        ask = clip_words(pick(rng, chat), 40)
        text = f"<user>{ask}</user>\n<repo>{repo}</repo>\n<open_file>{f}</open_file>"
    elif k == 1:
        text = (
            f"Tool result (read_file {f}, lines {irange(rng, 1, 200)}-{irange(rng, 201, 400)}):\n```\n"
            f"{excerpt(rng, passages, 15, 60)}\n```\nDecide the next edit."
        )
    elif k == 2:
        text = (
            f"Tool result (run_tests): {irange(rng, 1, 240)} passed, {irange(rng, 0, 6)} failed, "
            f"{irange(rng, 0, 4)} skipped in {rng.uniform(0.4, 90):.1f}s. Continue."
        )
    elif k == 3:
        text = f"Apply the change to {f} and explain the diff in one sentence."
    else:
        text = (
            f"Tool result (grep '{pick(rng, NAMES).lower()}'): {irange(rng, 0, 30)} matches in "
            f"{irange(rng, 1, 9)} files. What next?"
        )
    return text, irange(rng, 800, 6000)


def paraphrase_job(rng: np.random.Generator, chat: Sequence[str], product: str) -> str:
    utt = clip_words(pick(rng, chat), 18)
    n = pick(rng, (5, 10, 10, 20))
    intent = pick(
        rng,
        (
            "cancel_subscription",
            "refund_request",
            "change_address",
            "track_order",
            "reset_password",
            "upgrade_plan",
            "report_bug",
        ),
    )
    return (
        f"We are training the intent classifier for {product}. Write {n} paraphrases a real customer might send "
        f"for intent '{intent}', similar in spirit to: \"{utt}\". Vary length and formality. One per line."
    )


COMPANION_OPENERS = (
    "hey, rough day",
    "i'm back :)",
    "can we keep talking about my trip?",
    "good morning!!",
    "do you remember what I told you about my sister",
    "tell me a story",
    "i can't sleep",
    "guess what happened at work",
    "oi, tudo bem?",
    "ich bin wieder da",
    "おはよう！",
)


def companion_turn(rng: np.random.Generator, chat: Sequence[str], persona: str) -> tuple[str, int]:
    if chance(rng, 0.35):
        return pick(rng, COMPANION_OPENERS), irange(rng, 300, 900)
    if chance(rng, 0.5):
        return clip_words(pick(rng, chat), 25), irange(rng, 600, 3000)
    return (
        pick(
            rng,
            (
                "haha yes",
                "no way",
                "why do you say that?",
                "tell me more",
                "that's sweet",
                "hmm ok",
                "and then?",
                "you always know what to say",
                "wait really?",
            ),
        ),
        irange(rng, 900, 4000),
    )


def study_prompt(rng: np.random.Generator, item: int, condition: str) -> str:
    r = np.random.default_rng([item, 77])
    q = (
        word_problem(r)
        if item % 2 == 0
        else f"Is the following claim true? '{pick(r, TOPICS)} was first described in the 1800s.'"
    )
    if condition == "verbal":
        return f"{q}\nAfter answering, state how confident you are (0-100%)."
    if condition == "cot":
        return f"{q}\nThink step by step, then answer."
    return q


def course_exercise(rng: np.random.Generator, course: str, week: int, chat: Sequence[str]) -> str:
    k = irange(rng, 0, 4)
    ex = irange(rng, 1, 8)
    if k == 0:
        return f"{course} week {week} exercise {ex}: I don't get what the question wants. {clip_words(pick(rng, chat), 30)}"
    if k == 1:
        return f"my solution for ex {ex} (week {week}) gives the wrong output, can you tell me where I went wrong without giving the full answer?\n{coding_task(rng)}"
    if k == 2:
        return f"explain {pick(rng, TOPICS)} like the lecture but simpler"
    if k == 3:
        return clip_words(pick(rng, chat), 60)
    return f"practice question for the {course} quiz on week {week} topics please, then check my answer"


def translator_help(
    rng: np.random.Generator, passages: Sequence[str], target: str, client: str
) -> str:
    k = irange(rng, 0, 3)
    s = sentence(rng, passages)
    if k == 0:
        return f"Pre-translate for post-editing ({client}, {target}):\n{s}"
    if k == 1:
        term = pick(rng, s.split() or ["term"])
        return f"What's the standard {target} term for '{term}' in a software manual? Context: {s}"
    if k == 2:
        return (
            f"Is this {target} translation natural? Source: {s}\nMine: (attached)\nSuggest fixes."
        )
    return f"Translate into {target} keeping the product names in English:\n{excerpt(rng, passages, 30, 90)}"


def wrapper_prompt(rng: np.random.Generator, chat: Sequence[str], brand: str) -> str:
    user = chat_prompt(rng, chat, 900)
    if chance(rng, 0.5):
        return f"You are {brand}, a helpful assistant. Reply in the user's language.\nUser: {user}"
    return user

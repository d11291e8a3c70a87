"""Prompt generators of batch 165, written fresh for it (no text copied from the repository).

Every generator takes a numpy Generator first and returns one prompt string. Ordinary human text
(ShareGPT's "sim" half) comes in through the `chat` / `passages` lists that `bench/blind_batch.py`
puts on the context; everything else is composed here from small vocabularies.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


# --------------------------------------------------------------------------------------------
# vocabularies

FIELDS: dict[str, tuple[str, ...]] = {
    "physics": (
        "entropy",
        "quantum tunnelling",
        "the Doppler effect",
        "superconductivity",
        "angular momentum",
        "the photoelectric effect",
        "Bernoulli's principle",
        "special relativity's time dilation",
        "Rayleigh scattering",
        "eddy currents",
    ),
    "biology": (
        "CRISPR-Cas9",
        "the Krebs cycle",
        "horizontal gene transfer",
        "apoptosis",
        "the sodium-potassium pump",
        "epigenetic imprinting",
        "symbiogenesis",
        "antibiotic resistance",
        "the lac operon",
        "telomere shortening",
    ),
    "economics": (
        "comparative advantage",
        "the liquidity trap",
        "moral hazard",
        "price elasticity of demand",
        "quantitative easing",
        "the Laffer curve",
        "purchasing power parity",
        "tragedy of the commons",
        "Gresham's law",
        "the velocity of money",
    ),
    "computer science": (
        "consistent hashing",
        "the CAP theorem",
        "garbage collection",
        "B-trees",
        "the two-phase commit protocol",
        "bloom filters",
        "dynamic programming",
        "public-key cryptography",
        "TCP congestion control",
        "virtual memory paging",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "chirality",
        "buffer solutions",
        "electronegativity",
        "catalytic converters",
        "the Haber process",
        "hydrogen bonding",
        "oxidation states",
        "polymerisation",
        "activation energy",
    ),
    "law": (
        "the doctrine of precedent",
        "force majeure clauses",
        "fair use",
        "adverse possession",
        "the burden of proof",
        "non-compete agreements",
        "strict liability",
        "habeas corpus",
        "the GDPR's right to erasure",
        "promissory estoppel",
    ),
    "medicine": (
        "type 2 diabetes",
        "the placebo effect",
        "herd immunity",
        "atrial fibrillation",
        "statins",
        "sepsis",
        "iron-deficiency anaemia",
        "migraine aura",
        "the blood-brain barrier",
        "antihistamines",
    ),
    "history": (
        "the Treaty of Westphalia",
        "the Meiji Restoration",
        "the Hanseatic League",
        "the fall of Constantinople",
        "the Bretton Woods system",
        "the Silk Road",
        "the printing press",
        "the partition of India",
        "the Marshall Plan",
        "the Congress of Vienna",
    ),
    "finance": (
        "discounted cash flow",
        "duration of a bond",
        "short selling",
        "the efficient-market hypothesis",
        "dollar-cost averaging",
        "options greeks",
        "a leveraged buyout",
        "credit default swaps",
        "index funds",
        "the yield curve",
    ),
    "psychology": (
        "cognitive dissonance",
        "the Dunning-Kruger effect",
        "operant conditioning",
        "working memory",
        "the bystander effect",
        "attachment theory",
        "confirmation bias",
        "learned helplessness",
        "flow states",
        "priming",
    ),
    "earth science": (
        "plate tectonics",
        "the Coriolis effect",
        "El Nino",
        "the carbon cycle",
        "permafrost thaw",
        "ocean acidification",
        "monsoons",
        "karst landscapes",
        "the jet stream",
        "volcanic winters",
    ),
    "statistics": (
        "p-values",
        "Bayes' theorem",
        "the central limit theorem",
        "regression to the mean",
        "overfitting",
        "Simpson's paradox",
        "bootstrapping",
        "confidence intervals",
        "survivorship bias",
        "A/B testing",
    ),
}

PROG_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
    "Ruby",
    "Scala",
)
ALGOS = (
    "binary search over a rotated array",
    "Dijkstra's shortest path",
    "an LRU cache",
    "a trie with prefix counts",
    "topological sort with cycle detection",
    "union-find with path compression",
    "merge sort without recursion",
    "a token-bucket rate limiter",
    "an interval tree",
    "KMP string matching",
    "a min-heap from scratch",
    "reservoir sampling",
    "the longest increasing subsequence",
    "a thread-safe bounded queue",
    "a JSON tokenizer",
    "run-length encoding and decoding",
    "matrix exponentiation for Fibonacci",
    "a skip list",
    "A* search on a grid",
    "Huffman coding",
    "a consistent-hash ring",
    "a simple regex matcher (. and *)",
    "the Bellman-Ford algorithm",
    "a sliding-window median",
)

HUMAN_LANGS = (
    "German",
    "French",
    "Spanish",
    "Japanese",
    "Korean",
    "Portuguese (Brazil)",
    "Italian",
    "Polish",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Arabic",
    "Dutch",
    "Swedish",
    "Hindi",
)

PRODUCTS = (
    "wireless earbuds",
    "a smart thermostat",
    "a meal-kit subscription",
    "an e-bike",
    "a password manager",
    "a standing desk",
    "a banking app",
    "a fitness tracker",
    "a coffee grinder",
    "a VPN service",
    "an airline booking",
    "a cloud storage plan",
)


# --------------------------------------------------------------------------------------------
# generated problems (reasoning traces)


def _math_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    name = pick(rng, NAMES)
    if k == 0:
        a, b = irange(rng, 2, 7), irange(rng, 8, 15)
        v = irange(rng, 2, 40) * 50
        return (
            f"A tank holds {v} litres. Pipe A fills it in {a} hours and pipe B empties it in {b} "
            f"hours. If the tank starts empty and both pipes are opened together, how long until "
            f"it is full?"
        )
    if k == 1:
        p, r, y = irange(rng, 10, 900) * 100, irange(rng, 2, 9), irange(rng, 2, 15)
        freq = pick(rng, ("monthly", "quarterly", "annually", "daily"))
        return (
            f"{name} puts {p} dollars into an account paying {r}% per year, compounded {freq}. "
            f"What is the balance after {y} years, and how much of it is interest?"
        )
    if k == 2:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 120), irange(rng, 40, 140)
        lag = irange(rng, 0, 90)
        return (
            f"Two trains start {d} km apart and travel towards each other at {v1} km/h and "
            f"{v2} km/h; the second leaves {lag} minutes after the first. Where and when do "
            f"they meet?"
        )
    if k == 3:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
        n = irange(rng, 3, 4)
        return (
            f"A bag contains {r} red, {g} green and {b} blue marbles. {n} marbles are drawn "
            f"without replacement. What is the probability that exactly two of them share a colour?"
        )
    if k == 4:
        x1, x2 = irange(rng, -12, 12), irange(rng, -12, 12)
        c = irange(rng, 2, 5)
        return (
            f"Solve {c}x^2 {'-' if x1 + x2 >= 0 else '+'} {abs(c * (x1 + x2))}x "
            f"{'+' if x1 * x2 >= 0 else '-'} {abs(c * x1 * x2)} = 0 and verify both roots by "
            f"substitution."
        )
    if k == 5:
        n, s = irange(rng, 3, 5), irange(rng, 5, 20)
        return f"How many {n}-digit positive integers have digits that add up to {s}? Justify the count."
    if k == 6:
        a, b = irange(rng, 3, 40), irange(rng, 3, 40)
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and area {a * b} cm^2. Find the length "
            f"of its diagonal in simplest radical form."
        )
    c1, c2 = irange(rng, 5, 30), irange(rng, 45, 90)
    c3, v = irange(rng, c1 + 5, c2 - 5), irange(rng, 2, 60)
    return (
        f"How many litres of a {c1}% acid solution must be mixed with {v} litres of a {c2}% "
        f"solution to obtain a {c3}% solution?"
    )


def _math_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 2, 7), irange(rng, 8, 15)
        return f"一个水池，甲管单独注满需要{a}小时，乙管单独放空需要{b}小时。两管同时打开，空池多少小时注满？"
    if k == 1:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 120), irange(rng, 40, 140)
        return f"甲乙两地相距{d}千米，两车同时从两地相向而行，速度分别为每小时{v1}千米和{v2}千米，几小时后相遇？相遇点离甲地多远？"
    if k == 2:
        n = irange(rng, 20, 60)
        h = irange(rng, n + 2, 4 * n - 2)
        h += h % 2
        return f"鸡兔同笼，共有{n}个头，{h}只脚。问鸡和兔各有多少只？请列方程并检验。"
    a, b = irange(rng, 2, 12), irange(rng, 2, 12)
    return f"一个等差数列的第{a}项是{a * b}，公差是{b}，求前{a + b}项的和。"


def _math_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        v, a = irange(rng, 5, 25), irange(rng, 2, 6)
        return (
            f"Лодка проходит {v * a} км по течению за {a} ч, а против течения то же расстояние "
            f"за {a + irange(rng, 1, 3)} ч. Найдите скорость течения и собственную скорость лодки."
        )
    if k == 1:
        n = irange(rng, 5, 12)
        return f"Сколькими способами можно рассадить {n} человек за круглым столом, если двое из них не хотят сидеть рядом?"
    p = irange(rng, 2, 9)
    return f"Докажите, что при любом натуральном n число n^{p} - n делится на {p} (или найдите контрпример)."


def _math_es(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 30), irange(rng, 2, 9)
    if chance(rng, 0.5):
        return (
            f"Un grifo llena un depósito en {a} minutos y otro lo llena en {a + b} minutos. "
            f"¿Cuánto tardan los dos juntos? Explica cada paso."
        )
    return (
        f"En una clase hay {a + b} estudiantes; {a} aprueban matemáticas y {b + 2} aprueban "
        f"física, y {min(a, b)} aprueban ambas. ¿Cuántos no aprueban ninguna?"
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    """A seating puzzle whose clues are true of a random arrangement."""
    people = list(rng.permutation(list(NAMES))[: irange(rng, 5, 6)])
    n = len(people)
    clues = []
    for _ in range(irange(rng, 4, 5)):
        i = irange(rng, 0, n - 2)
        k = irange(rng, 0, 3)
        if k == 0:
            clues.append(f"{people[i]} sits immediately to the left of {people[i + 1]}.")
        elif k == 1:
            j = irange(rng, i + 1, n - 1)
            clues.append(f"{people[j]} sits somewhere to the right of {people[i]}.")
        elif k == 2:
            end = people[0] if chance(rng, 0.5) else people[-1]
            clues.append(f"{end} sits at one end of the row.")
        else:
            j = irange(rng, 0, n - 1)
            others = [p for p in people if p != people[j]]
            clues.append(f"{pick(rng, others)} does not sit in seat {j + 1}.")
    target = irange(rng, 1, n)
    return (
        f"{n} people ({', '.join(sorted(people))}) sit in a row of seats numbered 1 to {n} from "
        f"left to right.\n"
        + "\n".join(f"- {c}" for c in dict.fromkeys(clues))
        + f"\nWho can be in seat {target}? List every arrangement consistent with the clues."
    )


def reasoning_problem(rng: np.random.Generator, lang: str) -> str:
    if lang == "zh":
        return _math_zh(rng)
    if lang == "ru":
        return _math_ru(rng)
    if lang == "es":
        return _math_es(rng)
    return logic_puzzle(rng) if chance(rng, 0.25) else _math_en(rng)


def trace_coercion(rng: np.random.Generator, style: int, lang: str) -> str:
    """Asks for the complete intermediate reasoning, in one of five independent styles."""
    prob = reasoning_problem(rng, lang)
    if lang == "zh":
        head = pick(
            rng,
            (
                "请一步一步地推理，把完整的思考过程全部写出来，每一步都要验证，不要省略。最后单独一行写“答案：”。",
                "先详细写出你的全部思考过程（包括尝试过又放弃的思路），再给出最终答案。",
            ),
        )
        return f"{head}\n\n题目：{prob}"
    if lang == "ru":
        head = pick(
            rng,
            (
                "Реши задачу. Распиши весь ход рассуждений подробно, проверь каждый шаг, "
                "затем отдельной строкой дай ответ.",
                "Думай вслух: запиши все промежуточные шаги, включая неудачные попытки.",
            ),
        )
        return f"{head}\n\nЗадача: {prob}"
    if lang == "es":
        return (
            "Resuelve el problema mostrando absolutamente todo tu razonamiento, paso a paso, y "
            f"comprueba el resultado al final.\n\n{prob}"
        )
    if style == 0:
        return (
            f"Solve the problem below. Before the final answer, write out every intermediate step "
            f"of your reasoning, numbered, without skipping anything, and double-check each step. "
            f"End with a line 'Final answer: ...'.\n\nProblem: {prob}"
        )
    if style == 1:
        return (
            f"<task>{prob}</task>\n<instructions>Reason inside <thinking></thinking> tags: at least "
            f"{irange(rng, 8, 20)} steps, include checks and any dead ends you explore. Then put only "
            f"the result in <answer></answer>.</instructions>"
        )
    if style == 2:
        rec = {
            "uid": f"rt-{irange(rng, 10000, 999999)}",
            "problem": prob,
            "want": "full_reasoning_trace",
            "format": "numbered steps, then 'ANSWER:' line",
            "verify": True,
        }
        return json.dumps(rec, ensure_ascii=False)
    if style == 3:
        return (
            f"{prob}\n\nShow your work like a teacher writing the model solution on the board: "
            f"state what is known, every calculation, why each step follows, and an independent "
            f"check of the result."
        )
    return (
        f"### Problem\n{prob}\n\n### Required output\n1. Restate the problem.\n2. Plan.\n"
        f"3. Full step-by-step derivation (no step omitted).\n4. Verification.\n5. Final answer."
    )


# --------------------------------------------------------------------------------------------
# knowledge questions (casual, formal, several languages)

_Q_EN = (
    "Explain {c} in depth for someone with a {field} background. Cover the mechanism, one worked "
    "example, the usual misconceptions and where the idea breaks down.",
    "What is {c}? Give me the intuition first, then the precise version.",
    "hey can u explain {c}? like actually how it works, not just the definition",
    "I keep reading about {c} and I still don't get it. Can you explain it with an analogy?",
    "Write a thorough explainer on {c} ({field}): history, core idea, formulas if any, and two "
    "real-world cases.",
    "How would you teach {c} to a first-year university student in 10 minutes?",
    "Compare {c} with {c2}. When does each matter, and how are they related?",
    "What are the strongest criticisms of how {c} is usually taught?",
    "quick question: is {c} actually important in practice or mostly theory?",
    "Give me 5 exam-style questions on {c} with full model answers.",
)
_Q_OTHER = {
    "es": (
        "¿Me puedes explicar {c} con un ejemplo sencillo?",
        "Explica a fondo {c} ({field}): idea principal, ejemplo y errores comunes.",
        "no entiendo bien {c}, me lo explicas paso a paso?",
    ),
    "de": (
        "Kannst du mir {c} einfach erklären, mit einem Beispiel?",
        "Erkläre ausführlich {c} ({field}) – Grundidee, Beispiel und typische Missverständnisse.",
        "Was ist eigentlich der Unterschied zwischen {c} und {c2}?",
    ),
    "fr": (
        "Peux-tu m'expliquer {c} de façon claire, avec un exemple concret ?",
        "Explique en détail {c} ({field}) : principe, exemple, limites.",
        "c'est quoi exactement {c} ? j'ai du mal à comprendre",
    ),
    "pt": (
        "Pode me explicar {c} de um jeito simples?",
        "Explique detalhadamente {c} ({field}), com exemplo e erros comuns.",
        "qual a diferença entre {c} e {c2}?",
    ),
    "ja": (
        "{c}について、具体例を使って分かりやすく説明してください。",
        "{field}の観点から{c}を詳しく解説してください。よくある誤解も教えてください。",
        "{c}と{c2}の違いは何ですか？",
    ),
    "hi": (
        "{c} ko aasan bhasha mein samjhao, ek example ke saath.",
        "Mujhe {c} ({field}) detail mein samjhaiye - kaise kaam karta hai aur common galtiyan kya hain?",
    ),
    "id": (
        "Tolong jelaskan {c} dengan contoh sederhana.",
        "Apa perbedaan antara {c} dan {c2}? Jelaskan secara rinci.",
    ),
    "ko": (
        "{c}에 대해 예시를 들어 쉽게 설명해 주세요.",
        "{c}와 {c2}의 차이점을 자세히 알려주세요.",
    ),
}


def concept(rng: np.random.Generator, fields: Sequence[str] | None = None) -> tuple[str, str, str]:
    field = pick(rng, list(fields or FIELDS))
    pool = FIELDS[field]
    i, j = rng.choice(len(pool), size=2, replace=False).tolist()
    return field, pool[i], pool[j]


def _typo(rng: np.random.Generator, text: str, p: float) -> str:
    """A human's slips: a dropped or doubled letter, lower-casing, no final punctuation."""
    if chance(rng, p) and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        text = text[:i] + text[i + 1 :] if chance(rng, 0.5) else text[:i] + text[i] + text[i:]
    if chance(rng, p):
        text = text[0].lower() + text[1:]
    if chance(rng, p) and text[-1] in ".?":
        text = text[:-1]
    return text


def knowledge_question(
    rng: np.random.Generator,
    lang: str = "en",
    fields: Sequence[str] | None = None,
    noise: float = 0.0,
) -> str:
    field, c, c2 = concept(rng, fields)
    templates = _Q_EN if lang == "en" else _Q_OTHER[lang]
    return _typo(rng, pick(rng, templates).format(c=c, c2=c2, field=field), noise)


# --------------------------------------------------------------------------------------------
# judging, rubrics, reward labels

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "instruction following",
    "harmlessness",
    "conciseness",
    "reasoning quality",
    "tone",
    "completeness",
    "clarity",
    "honesty about uncertainty",
)


def judge_prompt(
    rng: np.random.Generator, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = clip(pick(rng, chat), 700)
    a = clip(pick(rng, passages), 1200)
    b = clip(pick(rng, passages), 1200)
    crit = list(rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False))
    if style == 0:
        return (
            "You are an impartial evaluator. Compare the two assistant responses to the user "
            f"query on {', '.join(crit)}. Think it through, then output JSON: "
            '{"winner": "A" | "B" | "tie", "scores": {criterion: [a, b]}, "rationale": str}.\n\n'
            f"### Query\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}"
        )
    if style == 1:
        scale = pick(rng, (5, 7, 10))
        rubric = "\n".join(f"- {c}: 1 (very poor) to {scale} (excellent)" for c in crit)
        return (
            f"Grade the response using this rubric.\n{rubric}\nExplain each score in one or two "
            f"sentences, then give an overall score.\n\n[PROMPT]\n{q}\n[/PROMPT]\n[RESPONSE]\n{a}\n[/RESPONSE]"
        )
    if style == 2:
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 10 hinsichtlich Korrektheit, "
            "Hilfsbereitschaft und Stil. Begründe die Bewertung ausführlich und nenne konkrete "
            f"Verbesserungen.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if style == 3:
        return (
            "Estimate the probability (0 to 1) that an expert annotator prefers completion 1 over "
            "completion 2. Output the probability on the first line, then a short justification.\n"
            f"<prompt>{q}</prompt>\n<completion_1>{a}</completion_1>\n<completion_2>{b}</completion_2>"
        )
    return (
        "Actúa como revisor experto. Señala todos los errores fácticos y lógicos de la respuesta, "
        "clasifícalos por gravedad (alta/media/baja) y reescribe la respuesta corregida.\n\n"
        f"PREGUNTA: {q}\n\nRESPUESTA: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and safe completions

_SENSITIVE = (
    "which household cleaning products are dangerous to mix, and why",
    "how phishing emails trick people, with the typical warning signs",
    "the symptoms of an opioid overdose and what a bystander should do",
    "how lock-picking works and why cheap locks are easy to defeat",
    "how extremist groups recruit young people online",
    "how credit-card skimmers work and how to spot one",
    "the arguments on both sides of the debate about {country}'s press laws",
    "what happened during the most controversial protests in {country}'s recent history",
    "the safe maximum dose of paracetamol and what happens above it",
    "how ransomware spreads inside a company network",
    "how to talk to a friend who mentions self-harm",
    "the history of censorship of the internet in {country}",
)


def policy_rewrite(rng: np.random.Generator, style: int, passages: Sequence[str]) -> str:
    topic = pick(rng, _SENSITIVE).format(country=pick(rng, COUNTRIES))
    if style == 0:
        return (
            "Another assistant refused the request below. Write the most helpful answer you can "
            "that still follows responsible-use guidelines: give the full useful information, "
            f"add safety context where needed, and do not refuse.\n\nRequest: Explain {topic}."
        )
    if style == 1:
        text = clip(pick(rng, passages), 1400)
        return (
            "请将以下内容改写为符合内容审核规范的版本：删除敏感或可能违规的表述，保留全部有用信息，语气中立。"
            f"改写后另列出你修改了哪些地方。\n\n原文：\n{text}"
        )
    if style == 2:
        text = clip(pick(rng, passages), 1400)
        return (
            "Rewrite the answer below so that it would pass a strict content-policy review while "
            "keeping every useful detail. Then list each change and the policy reason for it.\n"
            f"---\n{text}\n---"
        )
    if style == 3:
        return (
            f"User question: Tell me about {topic}.\n\nWrite two versions of a reply: (1) a "
            "refusal-free, policy-compliant answer suitable for a general audience; (2) a short "
            "explanation of which parts of the topic required careful wording and why."
        )
    text = clip(pick(rng, passages), 1000)
    return (
        "أعد صياغة النص التالي ليكون مناسبًا وآمنًا لجميع القراء مع الحفاظ على المعلومات المفيدة، "
        f"ثم اشرح التعديلات باختصار:\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use

_TOOLSETS = (
    (
        "web_search(query: str)",
        "open_url(url: str)",
        "python(code: str)",
        "final_answer(text: str)",
    ),
    (
        "search_flights(origin, destination, date)",
        "book_flight(flight_id, passenger)",
        "get_weather(city, date)",
        "send_email(to, subject, body)",
    ),
    (
        "run_shell(cmd: str)",
        "read_file(path: str)",
        "write_file(path: str, content: str)",
        "run_tests(pattern: str)",
    ),
    (
        "sql_query(query: str)",
        "plot(spec: dict)",
        "describe_table(name: str)",
        "export_csv(query: str)",
    ),
    (
        "crm_lookup(customer_id)",
        "create_ticket(title, priority)",
        "refund(order_id, amount)",
        "escalate(ticket_id, team)",
    ),
)
_AGENT_TASKS = (
    "Find the three most-cited papers on {c} from the last five years and summarise each in two lines.",
    "Book the cheapest morning flight from {city1} to {city2} next Tuesday for {name} and email the itinerary.",
    "The test suite fails on test_{word}_roundtrip. Find the cause and fix it with the smallest change.",
    "Using the sales table, find which region's revenue fell most quarter-on-quarter and plot it.",
    "Customer {num} says order {num2} arrived damaged. Check the account and resolve it per policy.",
    "Compare the current weather in {city1} and {city2} and recommend which is better for a hike tomorrow.",
    "Write a script that deduplicates {word} records in data/{word}.csv and report how many were removed.",
)
_CITIES = (
    "Lagos",
    "Berlin",
    "Sao Paulo",
    "Mumbai",
    "Osaka",
    "Mexico City",
    "Warsaw",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Stockholm",
    "Manila",
    "Santiago",
    "Istanbul",
    "Jakarta",
    "Lyon",
    "Karachi",
)
_WORDS = (
    "invoice",
    "user",
    "session",
    "order",
    "config",
    "payload",
    "ledger",
    "schedule",
    "token",
    "cache",
)


def agent_task(rng: np.random.Generator) -> str:
    _, c, _ = concept(rng)
    c1, c2 = rng.choice(len(_CITIES), size=2, replace=False).tolist()
    return pick(rng, _AGENT_TASKS).format(
        c=c,
        city1=_CITIES[c1],
        city2=_CITIES[c2],
        name=pick(rng, NAMES),
        word=pick(rng, _WORDS),
        num=irange(rng, 10000, 99999),
        num2=irange(rng, 100000, 999999),
    )


def agent_step(rng: np.random.Generator, style: int, task: str, step: int) -> str:
    """One call of an agent loop: the task, the tools, and the observations so far."""
    tools = pick(rng, _TOOLSETS)
    obs = [
        f"observation {i + 1}: "
        + pick(
            rng,
            (
                "200 OK, 14 results",
                "exit code 1: AssertionError",
                "rows=382",
                "no matching records",
                "timeout after 30s",
                "file written (2.1 kB)",
                "price 312.40 EUR",
                f"ticket T-{irange(rng, 1000, 9999)} created",
            ),
        )
        for i in range(step)
    ]
    if style == 0:
        spec = [
            {"type": "function", "function": {"name": t.split("(")[0], "signature": t}}
            for t in tools
        ]
        msg = {
            "tools": spec,
            "task": task,
            "history": obs,
            "instruction": "Return the next tool call as JSON "
            "with fields name and arguments, or call final_answer when done. Explain your plan first.",
        }
        return json.dumps(msg, ensure_ascii=False)
    if style == 1:
        hist = "\n".join(
            f"Thought: ...\nAction: {pick(rng, tools).split('(')[0]}\nObservation: {o}" for o in obs
        )
        return (
            "Answer the task using the tools below. Use the format Thought / Action / Action Input / "
            "Observation, repeating as needed, and finish with Final Answer.\n\nTools:\n"
            + "\n".join(tools)
            + f"\n\nTask: {task}\n{hist}\nThought:"
        )
    hist = "".join(f"<result step='{i + 1}'>{o}</result>" for i, o in enumerate(obs))
    return (
        f"<system>You are an autonomous agent. Available tools: {'; '.join(tools)}. Emit exactly one "
        f"<tool_call> per turn with a short <reasoning> before it.</system><goal>{task}</goal>{hist}"
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_LEVELS = ("primary-school", "high-school", "undergraduate", "graduate", "professional")
_ISSUES = (
    "a double charge",
    "a delivery that never arrived",
    "a login loop after an update",
    "a warranty claim",
    "a cancelled booking",
    "a wrong item in the box",
    "an app that crashes on start",
)


def dataset_request(rng: np.random.Generator, style: int) -> str:
    field, c, _ = concept(rng)
    if style == 0:
        n = pick(rng, (5, 10, 20, 25))
        return (
            f"Generate {n} diverse instruction-response pairs about {c} ({field}) as JSON lines with "
            f'keys "instruction", "input", "output". Vary difficulty and phrasing; outputs should '
            f"be complete, high-quality answers."
        )
    if style == 1:
        return (
            f"Write one {pick(rng, _LEVELS)} multiple-choice question about {c} with four options "
            f"(A-D), mark the correct option, and give a three-sentence explanation of why each "
            f"distractor is wrong."
        )
    if style == 2:
        return (
            f"Create a realistic {irange(rng, 6, 12)}-turn conversation between a customer and a support "
            f"agent about {pick(rng, _ISSUES)} with {pick(rng, PRODUCTS)}. Label turns USER/AGENT. "
            f"The agent should be excellent."
        )
    if style == 3:
        return (
            f"Gere {pick(rng, (8, 10, 15))} pares de pergunta e resposta em português sobre {c}, em "
            f"formato JSON, com respostas completas e corretas. Varie o nível de dificuldade."
        )
    name, country = pick(rng, NAMES), pick(rng, COUNTRIES)
    job = pick(
        rng,
        (
            "nurse",
            "farmer",
            "software tester",
            "teacher",
            "accountant",
            "student",
            "plumber",
            "small-business owner",
            "retired engineer",
            "journalist",
        ),
    )
    return (
        f"Persona: {name}, a {job} from {country}. Write a question this persona might ask an AI "
        f"assistant about {c}, then write the ideal assistant answer. Format: QUESTION: ... ANSWER: ..."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (the prompt is the last user message; history is billed as prompt tokens)

_FOLLOW_EN = (
    "Can you go deeper on the second point?",
    "Give me a concrete example of that.",
    "What would a critic say about this?",
    "Now summarise everything in five bullets.",
    "How would this change for a beginner?",
    "Are there any exceptions?",
    "Why is that, though?",
    "Can you rewrite that more formally?",
    "What's the most common mistake here?",
    "ok and what should I do next?",
    "Can you put that in a table?",
    "Explain it like I'm 12.",
)
_FOLLOW = {
    "en": _FOLLOW_EN,
    "ja": (
        "二つ目のポイントをもう少し詳しく教えてください。",
        "具体例を挙げてもらえますか？",
        "もっと簡単に説明してください。",
        "反対意見はありますか？",
        "今までの内容を箇条書きでまとめてください。",
        "なぜそうなるのですか？",
    ),
    "ko": (
        "두 번째 내용을 좀 더 자세히 설명해 주세요.",
        "구체적인 예를 들어 줄 수 있나요?",
        "더 쉽게 설명해 주세요.",
        "지금까지 내용을 요약해 주세요.",
        "예외가 있나요?",
        "왜 그런가요?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Resúmelo en cinco puntos.",
        "¿Hay excepciones?",
        "¿Por qué pasa eso?",
    ),
}


def dialogue_opener(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.5):
        return clip(pick(rng, chat), 600)
    return knowledge_question(rng, lang if lang in _Q_OTHER else "en")


def follow_up(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW_EN))


def roleplay_header(rng: np.random.Generator, style: int) -> str:
    name = pick(rng, NAMES)
    if style == 0:
        return (
            f"[persona: {name}, curious {pick(rng, ('student', 'retiree', 'engineer', 'nurse'))}] "
        )
    if style == 1:
        return f"({name}): "
    return ""


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels

_MCQ_STEMS = (
    "Which statement about {c} is correct?",
    "What is the main consequence of {c}?",
    "Which example best illustrates {c}?",
    "Which of these is NOT a feature of {c}?",
)


def mcq(rng: np.random.Generator) -> str:
    field, c, c2 = concept(rng)
    opts = [
        f"It is a special case of {c2}.",
        f"It only applies in {pick(rng, list(FIELDS))}.",
        f"It was first described in the {irange(rng, 15, 20)}th century.",
        "It has no measurable effect in practice.",
        f"It is the opposite of {c2}.",
        f"It explains why {pick(rng, list(FIELDS))} models fail at scale.",
    ]
    chosen = rng.choice(len(opts), size=4, replace=False).tolist()
    body = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(chosen))
    return f"[{field}] {pick(rng, _MCQ_STEMS).format(c=c)}\n{body}"


def soft_label(rng: np.random.Generator, style: int, chat: Sequence[str]) -> str:
    if style == 0:
        return (
            f"{mcq(rng)}\n\nDo not just pick one. Output a JSON object giving your probability for each "
            f"option (summing to 1), then one sentence per option explaining the weight."
        )
    if style == 1:
        return (
            f"Give {pick(rng, (3, 5, 8))} substantially different high-quality answers to the question "
            f"below, and rate your confidence (0-1) in each.\n\nQuestion: {clip(pick(rng, chat), 500)}"
        )
    if style == 2:
        return clip(pick(rng, chat), 900)
    return knowledge_question(rng)


# --------------------------------------------------------------------------------------------
# code curriculum and code translation

_SNIPPETS = (
    "def {f}(xs):\n    seen = {{}}\n    out = []\n    for x in xs:\n        k = x % {k}\n        if k not in seen:\n"
    "            seen[k] = len(out)\n            out.append([])\n        out[seen[k]].append(x)\n    return out\n",
    "def {f}(s):\n    stack = []\n    for ch in s:\n        if ch in '([{{':\n            stack.append(ch)\n"
    "        elif ch in ')]}}':\n            if not stack or '([{{'.index(stack.pop()) != ')]}}'.index(ch):\n"
    "                return False\n    return not stack\n",
    "def {f}(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, (a + b) % {k}\n    return a\n",
    "def {f}(grid):\n    rows, cols = len(grid), len(grid[0])\n    best = 0\n    for r in range(rows):\n"
    "        for c in range(cols):\n            if grid[r][c] > {k}:\n                best = max(best, r * cols + c)\n"
    "    return best\n",
    "def {f}(items, key):\n    buckets = {{}}\n    for it in items:\n        buckets.setdefault(it[key], []).append(it)\n"
    "    return sorted(buckets.items(), key=lambda kv: -len(kv[1]))[:{k}]\n",
)


def code_task(rng: np.random.Generator, style: int, level: int) -> str:
    lang = pick(rng, PROG_LANGS)
    algo = ALGOS[(level * 3 + irange(rng, 0, 2)) % len(ALGOS)]
    if style == 0:
        return (
            f"Level {level}/10. Implement {algo} in {lang}. Include doc comments, unit tests covering "
            f"edge cases, and a short complexity analysis."
        )
    if style == 1:
        f = pick(
            rng, ("group_mod", "balanced", "fib_mod", "last_hot", "top_groups", "solve", "helper")
        )
        src = pick(rng, _SNIPPETS).format(f=f, k=irange(rng, 3, 97))
        return (
            f"Port this Python function to idiomatic {lang}, keeping behaviour identical, and explain any "
            f"differences in edge cases:\n\n```python\n{src}```"
        )
    if style == 2:
        return (
            f"# task {irange(rng, 1000, 9999)}\n# language: {lang}\n# difficulty: {level}\n"
            f"# write: {algo}\n# requirements: no external libraries; handle empty input; O(n log n) or better "
            f"where possible\n"
        )
    return (
        f"Explain, as if reviewing a pull request, how you would implement {algo} in {lang}, then give "
        f"the full implementation and three tricky test cases."
    )


# --------------------------------------------------------------------------------------------
# product wrappers (a writing app's backend)

_APP_MODES = (
    "rewrite",
    "shorten",
    "expand",
    "fix_grammar",
    "make_formal",
    "make_friendly",
    "summarise",
)


def writing_app(
    rng: np.random.Generator,
    brand: str,
    text: str,
    mode: str | None = None,
    lang: str | None = None,
) -> str:
    mode = mode or pick(rng, _APP_MODES)
    out = f"[{brand}] mode={mode}"
    if lang:
        out += f" lang={lang}"
    return f"{out}\n{text}"


# --------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: np.random.Generator, suite: str, idx: int) -> str:
    """A fixed benchmark item: deterministic in (suite, idx), so every model sees the same one."""
    item_rng = np.random.default_rng([zlib.crc32(suite.encode()), idx])
    prob = _math_en(item_rng) if idx % 3 else logic_puzzle(item_rng)
    return f"{prob}\nReason step by step, then write the final answer after '####'."


def labelling_task(
    rng: np.random.Generator, client: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    crit = ", ".join(rng.choice(_CRITERIA, size=3, replace=False).tolist())
    return (
        f"{client} QA review, guideline v{irange(rng, 2, 4)}.{irange(rng, 0, 9)}. Score the bot reply "
        f"1-5 for {crit}. Return CSV: score_1,score_2,score_3,comment.\n"
        f"Customer: {clip(pick(rng, chat), 500)}\nBot: {clip(pick(rng, passages), 900)}"
    )


def moderation_task(rng: np.random.Generator, community: str, chat: Sequence[str]) -> str:
    post = clip(pick(rng, chat), 700)
    return (
        f"Community guidelines for {community} apply. Classify this post (ok / needs_edit / remove) and, "
        f"if needs_edit, propose a minimally edited version that follows the guidelines.\nPOST: {post}"
    )


def ide_agent_step(rng: np.random.Generator, repo: str, step: int) -> str:
    if step == 0:
        return f"Repository: {repo}. {pick(rng, ('Add a --dry-run flag to the CLI.', 'Fix the flaky test in tests/test_io.py.', 'Upgrade the HTTP client and adapt call sites.', 'Add pagination to the /items endpoint.', 'Rename Config.timeout to Config.read_timeout everywhere.', 'Why does the build fail on Windows?'))}"
    return pick(
        rng,
        (
            f"Tool result (run_tests): {irange(rng, 1, 40)} passed, {irange(rng, 0, 3)} failed",
            f"Tool result (read_file src/{pick(rng, _WORDS)}.py): {irange(rng, 40, 400)} lines",
            "Tool result (apply_patch): ok",
            "Tool result (grep): 7 matches in 3 files",
            "continue",
            "Looks good, now update the changelog too.",
        ),
    )


def augmentation_task(rng: np.random.Generator, intents: Sequence[str]) -> str:
    intent = pick(rng, intents)
    n = pick(rng, (10, 15, 20))
    return (
        f"Intent: {intent}. Write {n} short, varied ways a bank customer might phrase this in a chat "
        f"(mix formal, casual, with typos, one per line, no numbering)."
    )


def companion_message(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.3):
        return clip(pick(rng, chat), 300)
    return pick(
        rng,
        (
            "lol yes exactly",
            "tell me a story about a dragon who hates gold",
            "i had a rough day tbh",
            "what do you think i should cook tonight",
            "haha you're funny",
            "goodnight!!",
            "can we continue the story from yesterday",
            "do you remember what i said about my sister",
            "ok but what would YOU do",
            "im so bored",
            "morning :) how are you",
            "write me a tiny poem about rain",
            "that's sweet, thank you",
        ),
    )


def assignment_prompt(rng: np.random.Generator, course: str, week: int) -> str:
    field, c, c2 = concept(rng, ("computer science", "statistics") if "CS" in course else None)
    base = pick(
        rng,
        (
            f"For {course} week {week}: explain {c} and how it relates to {c2}.",
            f"{course} hw{week} q{irange(rng, 1, 6)} - I don't understand {c}, can you explain?",
            f"Help me check my answer for the {course} problem set: is it true that {c} implies {c2}?",
            f"explain {c} simply for my {course} quiz tomorrow",
        ),
    )
    return _typo(rng, base, 0.3)


def translation_job(rng: np.random.Generator, client: str, passages: Sequence[str]) -> str:
    target = pick(rng, HUMAN_LANGS)
    text = clip(pick(rng, passages), 1500)
    glossary = chance(rng, 0.4)
    return (
        f"Translate into {target} for client {client}. Keep formatting and numbers."
        + (
            " Use the glossary: 'account' -> keep English, 'dashboard' -> keep English."
            if glossary
            else ""
        )
        + f"\n\n{text}"
    )

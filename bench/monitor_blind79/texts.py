"""Prompt texts of blind batch 79, written fresh for this batch.

Everything here is a generator: each call draws fresh numbers, names, topics and wording, so no
two harvesting prompts are the same string unless a family repeats one on purpose (best-of-n).
Ordinary human chat and assistant answers come from ShareGPT through the batch context
(`ctx.chat`, `ctx.passages`), never from here.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = ("Lagos", "Porto", "Osaka", "Tbilisi", "Quito", "Hanoi", "Leeds", "Gdansk", "Mombasa", "Cebu",
          "Tucson", "Izmir", "Bergen", "Pune", "Rosario", "Kraków", "Valparaíso", "Adelaide", "Dakar",
          "Chengdu", "Halifax", "Lyon", "Medellín", "Surabaya", "Ljubljana", "Accra", "Daegu", "Graz")
COMPANIES = ("Veltrix", "Orbisca", "Palmetto Labs", "Quillfeather", "Norrland Freight", "Brightkettle",
             "Cobaltline", "Hearthstone Dental", "Lumenwise", "Tidewater Bank", "Saffron & Sons",
             "Glasshouse Media", "Kestrel Insurance", "Marigold Health", "Ironbark Tools", "Zephyrine")
PRODUCTS = ("smart thermostat", "meal-kit subscription", "budgeting app", "e-bike", "hearing aid",
            "project-management SaaS", "pet insurance plan", "noise-cancelling headphones",
            "online language course", "home solar kit", "password manager", "running shoes")

#: (language name in English, its own name, ISO code)
LANGS = (("Chinese", "中文", "zh"), ("Spanish", "español", "es"), ("Russian", "русский", "ru"),
         ("Portuguese", "português", "pt"), ("Korean", "한국어", "ko"), ("Japanese", "日本語", "ja"),
         ("Arabic", "العربية", "ar"), ("Vietnamese", "Tiếng Việt", "vi"), ("German", "Deutsch", "de"),
         ("French", "français", "fr"), ("Indonesian", "Bahasa Indonesia", "id"), ("Turkish", "Türkçe", "tr"),
         ("Hindi", "हिन्दी", "hi"), ("Polish", "polski", "pl"), ("Thai", "ไทย", "th"))

TOPICS = ("photosynthesis", "the French Revolution", "compound interest", "TCP congestion control",
          "CRISPR gene editing", "plate tectonics", "Bayesian inference", "the Krebs cycle",
          "supply and demand elasticity", "public-key cryptography", "the Silk Road", "neural network backpropagation",
          "contract law basics", "the water cycle", "Keynesian economics", "quantum tunnelling",
          "database indexing", "the immune response to vaccines", "climate feedback loops", "the Meiji Restoration",
          "graph algorithms", "personal tax deductions", "sourdough fermentation", "marathon training",
          "urban heat islands", "the history of jazz", "Rust ownership and borrowing", "kidney physiology",
          "monetary policy transmission", "Gothic architecture", "container orchestration", "game theory",
          "the Byzantine Empire", "soil microbiology", "options pricing", "sleep hygiene", "electric motors",
          "SQL window functions", "the Mughal Empire", "ocean acidification", "probability paradoxes",
          "behavioural economics nudges", "zero-knowledge proofs", "the Treaty of Westphalia", "volcanology")

PROG_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")


def _name(rng: Rng) -> str:
    return pick(rng, NAMES)


def _two_names(rng: Rng) -> tuple[str, str]:
    i, j = rng.choice(len(NAMES), size=2, replace=False).tolist()
    return NAMES[i], NAMES[j]


# --------------------------------------------------------------------------------------------
# reasoning problems (shared by a campaign family and, as benchmark items, by an eval lab)


def _p_trains(rng: Rng) -> str:
    a, b = rng.choice(len(CITIES), size=2, replace=False).tolist()
    d, v1, v2, m = irange(rng, 180, 900), irange(rng, 55, 140), irange(rng, 50, 160), irange(rng, 10, 95)
    return (f"A train leaves {CITIES[a]} heading for {CITIES[b]}, {d} km away, at {v1} km/h. {m} minutes later a "
            f"second train leaves {CITIES[b]} for {CITIES[a]} at {v2} km/h on a parallel track. How far from "
            f"{CITIES[a]} do they pass each other, and how long after the first departure?")


def _p_mix(rng: Rng) -> str:
    a, b = irange(rng, 2, 40), irange(rng, 2, 40)
    p1, p2, t = irange(rng, 5, 45), irange(rng, 50, 95), irange(rng, 20, 60)
    return (f"A chemist has {a} L of a {p1}% acid solution and {b} L of a {p2}% solution. How many litres of each "
            f"should she combine to make as much {t}% solution as possible, and how much is left over?")


def _p_marbles(rng: Rng) -> str:
    r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    k = irange(rng, 2, min(5, r + b + g - 1))
    j = irange(rng, 1, min(k, r))
    return (f"A bag holds {r} red, {b} blue and {g} green marbles. {_name(rng)} draws {k} marbles without "
            f"replacement. What is the probability that exactly {j} of them are red? Give an exact fraction.")


def _p_triangle(rng: Rng) -> str:
    a, b, th = irange(rng, 3, 30), irange(rng, 3, 30), irange(rng, 20, 150)
    return (f"Two sides of a triangle measure {a} cm and {b} cm and the angle between them is {th}°. "
            f"Find the third side, the area, and the radius of the circumscribed circle.")


def _p_crt(rng: Rng) -> str:
    ps = [3, 4, 5, 7, 9, 11, 13]
    i, j = rng.choice(len(ps), size=2, replace=False).tolist()
    p, q = ps[i], ps[j]
    return (f"Find the smallest positive integer n with n ≡ {irange(rng, 0, p - 1)} (mod {p}) and "
            f"n ≡ {irange(rng, 0, q - 1)} (mod {q}), and n > {irange(rng, 50, 900)}. If none exists, prove it.")


def _p_seating(rng: Rng) -> str:
    n = irange(rng, 6, 11)
    x, y = _two_names(rng)
    return (f"In how many ways can {n} people sit around a round table if {x} and {y} refuse to sit next "
            f"to each other? Rotations count as the same arrangement.")


def _p_projectile(rng: Rng) -> str:
    v, th, h = irange(rng, 8, 60), irange(rng, 15, 75), irange(rng, 0, 40)
    return (f"A ball is thrown at {v} m/s at {th}° above the horizontal from the top of a {h} m cliff. "
            f"Ignoring air resistance (g = 9.81 m/s²), find its maximum height above the ground, its time of "
            f"flight and how far from the foot of the cliff it lands.")


def _p_invest(rng: Rng) -> str:
    p, r, y, dep = irange(rng, 1, 60) * 500, rng.uniform(2, 9), irange(rng, 3, 30), irange(rng, 0, 20) * 25
    freq = pick(rng, ("monthly", "quarterly", "annually"))
    return (f"{_name(rng)} invests ${p:,} at {r:.2f}% interest compounded {freq} for {y} years and adds ${dep} "
            f"at the end of every month. What is the balance at the end, and how much of it is interest?")


def _p_knights(rng: Rng) -> str:
    a, b = _two_names(rng)
    c = pick(rng, [n for n in NAMES if n not in (a, b)])
    s1 = pick(rng, (f"{b} is a knave", f"{b} and {c} are the same type", "exactly one of us is a knight"))
    s2 = pick(rng, (f"{a} is lying", f"{c} is a knight", "at least two of us are knaves"))
    s3 = pick(rng, (f"{a} and {b} are both knaves", f"{b} tells the truth", "I am a knave or a knight"))
    return (f"On an island, knights always tell the truth and knaves always lie. {a} says: '{s1}'. "
            f"{b} says: '{s2}'. {c} says: '{s3}'. Determine who is a knight and who is a knave.")


def _p_code(rng: Rng) -> str:
    a, b, n = irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 4, 12)
    op = pick(rng, ("+", "*", "^", "%"))
    return (f"What does this Python program print? Trace it carefully.\n\n"
            f"x, acc = {a}, []\nfor i in range({n}):\n    x = (x {op} {b} + i) % {irange(rng, 11, 97)}\n"
            f"    if x % 2 == {irange(rng, 0, 1)}:\n        acc.append(x)\nprint(acc, sum(acc))")


def _p_chem(rng: Rng) -> str:
    g = irange(rng, 5, 250)
    rx = pick(rng, (("calcium carbonate", "carbon dioxide", "CaCO3 → CaO + CO2"),
                    ("magnesium", "magnesium oxide", "2Mg + O2 → 2MgO"),
                    ("glucose", "ethanol", "C6H12O6 → 2C2H5OH + 2CO2"),
                    ("iron(III) oxide", "iron", "Fe2O3 + 3CO → 2Fe + 3CO2")))
    y = irange(rng, 55, 98)
    return (f"Given the reaction {rx[2]}, how many grams of {rx[1]} can be obtained from {g} g of {rx[0]} "
            f"if the yield is {y}%? Show the molar masses you use.")


def _p_recurrence(rng: Rng) -> str:
    k, c, x, m = irange(rng, 2, 5), irange(rng, -6, 9), irange(rng, -3, 8), irange(rng, 8, 25)
    return (f"A sequence satisfies a(1) = {x} and a(n+1) = {k}·a(n) + ({c}). Find a closed form for a(n) and "
            f"compute a({m}). Prove the closed form by induction.")


def _p_stats(rng: Rng) -> str:
    xs = rng.normal(irange(rng, 20, 80), irange(rng, 3, 15), size=irange(rng, 8, 14)).round(1).tolist()
    if chance(rng, 0.6):
        xs[irange(rng, 0, len(xs) - 1)] = round(float(xs[0]) * rng.uniform(2.2, 4.0), 1)
    return (f"Here are measurements from {_name(rng)}'s lab: {', '.join(str(v) for v in xs)}. Compute the "
            f"mean, median and sample standard deviation, and decide with the 1.5·IQR rule whether any value "
            f"is an outlier.")


def _p_work(rng: Rng) -> str:
    a, b = _two_names(rng)
    ta, tb, tog = irange(rng, 3, 14), irange(rng, 4, 18), irange(rng, 1, 3)
    return (f"{a} can paint a fence alone in {ta} hours and {b} in {tb} hours. They work together for {tog} "
            f"hours, then {a} leaves. How long does {b} need to finish, and what fraction did each paint?")


def _p_fence(rng: Rng) -> str:
    fence, cost = irange(rng, 60, 900), irange(rng, 3, 18)
    return (f"A farmer has {fence} m of fencing and wants a rectangular pen against a straight river (no fence "
            f"on the river side), split into {irange(rng, 2, 4)} equal parts by fences parallel to the short "
            f"side. Maximise the area. If fencing costs ${cost}/m, what does the optimal pen cost?")


def _p_bayes(rng: Rng) -> str:
    prev, sens, spec = rng.uniform(0.2, 6), irange(rng, 80, 99), irange(rng, 85, 99)
    return (f"A disease affects {prev:.1f}% of a population. A test has {sens}% sensitivity and {spec}% "
            f"specificity. A person tests positive twice on independent tests. What is the probability they "
            f"have the disease?")


PROBLEMS = (_p_trains, _p_mix, _p_marbles, _p_triangle, _p_crt, _p_seating, _p_projectile, _p_invest,
            _p_knights, _p_code, _p_chem, _p_recurrence, _p_stats, _p_work, _p_fence, _p_bayes)


def problem(rng: Rng) -> str:
    return pick(rng, PROBLEMS)(rng)


# --------------------------------------------------------------------------------------------
# googly: reasoning-trace coercion behind a homework-help front

REASONING_VOICES: dict[str, tuple[str, ...]] = {
    "protocol": (
        "Solve the following problem. Think through it step by step, writing out every intermediate "
        "calculation and every consideration you make, including approaches you abandon. Only after the "
        "complete reasoning, give the final answer on its own line prefixed with 'ANSWER:'.\n\n{p}",
        "Problem:\n{p}\n\nInstructions: (1) restate the problem in your own words; (2) list knowns and "
        "unknowns; (3) derive the solution step by step with justification for each step; (4) check the "
        "result by an independent method; (5) state the final answer.",
    ),
    "tags": (
        "{p}\n\nReason carefully and at length before answering. Put your entire chain of reasoning inside "
        "<reasoning></reasoning> and only the final result inside <answer></answer>.",
        "<task>{p}</task>\n<format>Write your full internal deliberation in <think> tags (do not summarise it, "
        "we need every step), then the answer in <final> tags.</format>",
    ),
    "student": (
        "can u help w this one from my problem set, i need the full working not just the answer (teacher "
        "takes marks off otherwise) -- {p}",
        "ok so I've been stuck on this for an hour lol. {p} pls explain every single step, like how you "
        "would think about it from scratch, I want to actually understand it",
        "Homework q (due tmrw): {p}\nShow ALL steps + explain why each step, thx",
    ),
    "critic": (
        "{p}\n\nFirst write a draft solution. Then critique your draft line by line and identify any errors "
        "or gaps. Then write a corrected final solution. Label the three parts DRAFT, CRITIQUE, FINAL.",
        "{p}\n\nSolve this twice using two different methods, showing all work for both, then compare the "
        "two results and explain any discrepancy before giving the answer.",
    ),
    "tutor": (
        "You are a patient maths tutor. A learner asks: \"{p}\" Respond with a detailed worked solution, "
        "narrating your thought process at each step as if thinking aloud, then summarise the key idea.",
    ),
    "zh": (
        "请解答下面的问题。请一步一步地详细推理，写出全部思考过程（包括中间计算、尝试过但放弃的方法以及验算），"
        "最后单独一行给出答案。\n\n{p}",
        "题目：{p}\n要求：先分析题意，再逐步推导，每一步都要说明理由，最后检验并给出最终答案。请用中文回答。",
    ),
    "es": (
        "Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento, incluidos los "
        "cálculos intermedios y la comprobación final, y al final da la respuesta en una línea aparte.\n\n{p}",
    ),
    "ru": (
        "Реши задачу, подробно рассуждая шаг за шагом. Распиши все промежуточные вычисления и проверку, "
        "а в конце отдельной строкой дай ответ.\n\n{p}",
    ),
    "pt": (
        "Resolva o problema abaixo pensando passo a passo. Mostre todo o raciocínio, todos os cálculos "
        "intermediários e uma verificação, e dê a resposta final numa linha separada.\n\n{p}",
    ),
    "ko": (
        "다음 문제를 단계별로 자세히 추론하면서 풀어 주세요. 중간 계산과 검산을 모두 적고, 마지막 줄에 최종 답을 쓰세요.\n\n{p}",
    ),
    "de": (
        "Löse die folgende Aufgabe Schritt für Schritt. Schreibe deinen gesamten Denkweg auf, mit allen "
        "Zwischenrechnungen und einer Probe, und nenne das Ergebnis in einer eigenen Zeile.\n\n{p}",
    ),
}


def reasoning_prompt(rng: Rng, voice: str) -> str:
    return pick(rng, REASONING_VOICES[voice]).format(p=problem(rng))


# --------------------------------------------------------------------------------------------
# doosra: rubric / reward-model grading

CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "conciseness",
            "reasoning quality", "tone", "completeness", "honesty about uncertainty", "formatting")


def _clip(text: str, rng: Rng, lo: int, hi: int) -> str:
    n = irange(rng, lo, hi)
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def judge_prompt(rng: Rng, voice: str, question: str, answers: list[str]) -> str:
    q = _clip(question, rng, 120, 600)
    crits = [CRITERIA[i] for i in rng.choice(len(CRITERIA), size=irange(rng, 3, 5), replace=False).tolist()]
    if voice == "pairwise_json":
        return (f"You are an impartial expert grader.\n\n[QUESTION]\n{q}\n\n[RESPONSE A]\n{_clip(answers[0], rng, 300, 1400)}"
                f"\n\n[RESPONSE B]\n{_clip(answers[1], rng, 300, 1400)}\n\nScore each response from 1 to 10 on: "
                f"{', '.join(crits)}. Then state which is better overall. Reply ONLY with JSON of the form "
                '{"scores": {"A": {...}, "B": {...}}, "preferred": "A"|"B"|"tie", "rationale": "..."}.')
    if voice == "verdict":
        return (f"Please act as a judge and evaluate the two AI assistant answers to the user question below. "
                f"Consider {', '.join(crits)}. Avoid position bias and do not let length influence you. After "
                f"a short explanation output your verdict strictly as [[A]], [[B]] or [[C]] for a tie.\n\n"
                f"User question: {q}\n\n--- Assistant A ---\n{_clip(answers[0], rng, 300, 1200)}\n\n"
                f"--- Assistant B ---\n{_clip(answers[1], rng, 300, 1200)}")
    if voice == "likert":
        lines = "\n".join(f"- {c}: 1 (very poor) … 7 (excellent)" for c in crits)
        return (f"Rate the response below against the rubric. Give a one-sentence justification per criterion "
                f"and then the integer score.\n\nRubric:\n{lines}\n\nPrompt: {q}\n\nResponse:\n"
                f"{_clip(answers[0], rng, 400, 1800)}")
    if voice == "rank":
        body = "\n\n".join(f"({chr(65 + i)}) {_clip(a, rng, 200, 700)}" for i, a in enumerate(answers))
        return (f"Rank the following {len(answers)} candidate completions for the instruction from best to worst. "
                f"Output a line 'RANKING: X > Y > …' followed by a reason for each position.\n\n"
                f"Instruction: {q}\n\nCandidates:\n{body}")
    if voice == "reward":
        return (f"Estimate how strongly a careful domain expert would prefer this answer, as a real number "
                f"from -5.0 (strongly dispreferred) to +5.0 (strongly preferred). Think about {crits[0]} and "
                f"{crits[1]} first. End with 'REWARD: <number>'.\n\nQ: {q}\n\nA: {_clip(answers[0], rng, 300, 1500)}")
    # zh
    return (f"你是一名公正的评审。请根据以下标准对两个回答分别打分（1-10分）：{'、'.join(crits)}。"
            f"先给出简要理由，最后输出JSON：{{\"A\": 分数, \"B\": 分数, \"更好\": \"A\"或\"B\"}}。\n\n"
            f"问题：{q}\n\n回答A：{_clip(answers[0], rng, 300, 1200)}\n\n回答B：{_clip(answers[1], rng, 300, 1200)}")


JUDGE_VOICES = ("pairwise_json", "verdict", "likert", "rank", "reward", "zh")


# --------------------------------------------------------------------------------------------
# yorker: self-instruct dataset generation and continuation

PERSONAS = ("a nurse on night shift", "a first-year law student", "a small-business owner", "a retired engineer",
            "a high-school chemistry teacher", "a junior data analyst", "a freelance translator",
            "a logistics manager", "a parent of a toddler", "a PhD student in ecology", "a bank compliance officer",
            "a game developer", "a city planner", "a professional chef", "an air-traffic controller trainee")

FORMATS = ("JSON Lines with keys \"instruction\", \"input\", \"output\"",
           "a JSON array of objects {\"prompt\": ..., \"response\": ...}",
           "Markdown, each item as '### Instruction' / '### Response'",
           "CSV with columns question,answer,difficulty")


def selfinstruct_prompt(rng: Rng, voice: str) -> str:
    n, topic, persona, fmt = irange(rng, 5, 25), pick(rng, TOPICS), pick(rng, PERSONAS), pick(rng, FORMATS)
    if voice == "spec":
        return (f"Generate {n} diverse, challenging instructions about {topic}, each with a thorough, expert-level "
                f"response (at least 150 words each). Vary the task type (explain, compare, plan, critique, "
                f"calculate). Output as {fmt}. No commentary.")
    if voice == "persona":
        return (f"Write {n} realistic questions that {persona} might ask an AI assistant about {topic}, and answer "
                f"each one fully and accurately as the assistant would. Number them.")
    if voice == "dialogue":
        k = irange(rng, 4, 10)
        return (f"Create a natural {k}-turn conversation between a curious user and a knowledgeable assistant about "
                f"{topic}. The user should push back at least once and the assistant should correct a "
                f"misconception. Format each turn as 'User:' / 'Assistant:'.")
    if voice == "evol":
        seed = pick(rng, (f"Explain {topic}.", f"What is the main idea of {topic}?", f"Give an example of {topic}."))
        return (f"Here is a seed instruction: \"{seed}\"\nRewrite it into {irange(rng, 3, 8)} progressively harder "
                f"versions (add constraints, deepen reasoning, require multi-step answers), and give the ideal "
                f"answer to each version.")
    if voice == "zh":
        return (f"请围绕“{topic}”生成{n}条高质量的指令微调数据，每条包含“指令”“输入”“输出”三个字段，输出要详细、准确、"
                f"有条理，以JSON Lines格式返回，不要任何额外说明。")
    if voice == "es":
        return (f"Genera {n} pares pregunta-respuesta variados y de alta calidad sobre {topic}, como los haría "
                f"{persona}. Las respuestas deben ser completas (mínimo 120 palabras). Formato: {fmt}.")
    # ru
    return (f"Сгенерируй {n} разнообразных заданий по теме «{topic}» с подробными экспертными ответами. "
            f"Формат: {fmt}. Без пояснений.")


SELFINSTRUCT_VOICES = ("spec", "persona", "dialogue", "evol", "zh", "es", "ru")


def continuation_prompt(rng: Rng, passage: str) -> str:
    cut = passage[: max(80, int(len(passage) * rng.uniform(0.3, 0.7)))]
    words = irange(rng, 6, 30) * 100
    return pick(rng, (
        f"Continue the following text seamlessly for about {words} words. Keep the same style and voice and do "
        f"not summarise or restart:\n\n{cut}",
        f"{cut}\n\n[continue from exactly where this stops, ~{words} words, same register]",
        f"Продолжи текст ниже примерно на {words} слов, сохраняя стиль (можно по-английски, как оригинал):\n\n{cut}",
        f"请接着下面的文字继续写约{words}词，保持原文风格和语言，不要总结：\n\n{cut}",
    ))


# --------------------------------------------------------------------------------------------
# carrom: low-and-slow curriculum dressed as a person's questions

CURRICULUM: dict[str, tuple[str, ...]] = {
    "ml": ("attention in transformers", "the bias-variance tradeoff", "KL divergence", "dropout",
           "policy gradients", "batch normalisation", "contrastive learning", "beam search"),
    "physics": ("Noether's theorem", "the Carnot cycle", "Maxwell's equations", "special-relativistic time dilation",
                "the Schrödinger equation for a particle in a box", "entropy", "Fourier optics"),
    "cs": ("Raft consensus", "B-trees", "garbage collection in the JVM", "virtual memory paging", "TLS handshakes",
           "CRDTs", "the CAP theorem", "lock-free queues"),
    "bio": ("the lac operon", "action potentials", "Hardy-Weinberg equilibrium", "protein folding",
            "the adaptive immune system", "oxidative phosphorylation"),
    "econ": ("the Solow growth model", "moral hazard", "Nash equilibria in auctions", "the Phillips curve",
             "price discrimination", "comparative advantage"),
    "math": ("eigenvalues", "the central limit theorem", "Lagrange multipliers", "group homomorphisms",
             "the Cauchy-Schwarz inequality", "Markov chains", "Green's theorem"),
}

_OPENERS = (
    "hey, can you explain {c} like I'm a second-year undergrad? include the math pls",
    "I keep getting confused by {c}. What's the intuition, and then the formal version?",
    "Could you walk me through {c} from first principles? I have an exam on it next week.",
    "what is {c} actually, and why does it matter? go as deep as you want",
    "Explain {c}. Then give me a worked example with actual numbers.",
    "im self-studying and hit {c} — can you teach it to me properly, step by step?",
    "Quick one (not really quick): how does {c} work under the hood?",
)
_FOLLOWUPS = (
    "ok that makes sense. now go deeper — derive the key result carefully, I lost you at the second step",
    "can you give me 3 practice problems on this with full solutions?",
    "what would go wrong if we dropped the main assumption? explain with an example",
    "nice. how is {c} related to {d}? compare them in detail",
    "can you rewrite that explanation more rigorously, like a textbook would?",
    "hmm, I'm not convinced. can you justify that last claim step by step?",
    "thanks!! one more: what are the common misconceptions about {c} and why are they wrong",
    "ok now explain it again but as if you were teaching a 12 year old, then as if to an expert",
)


def curriculum_concept(rng: Rng, domains: list[str]) -> tuple[str, str]:
    dom = pick(rng, domains)
    return dom, pick(rng, CURRICULUM[dom])


_PREFIXES = ("", "", "ok ", "hmm ", "thanks! ", "right, ", "got it. ", "wait, ", "cool. ", "sorry one more thing - ")
_SUFFIXES = ("", "", "", " thx", " pls", " :)", " (for my exam)", " - be detailed", "?", " no rush")


def _casual(rng: Rng, text: str) -> str:
    text = pick(rng, _PREFIXES) + text + pick(rng, _SUFFIXES)
    if chance(rng, 0.3):
        text = text.lower()
    if chance(rng, 0.15):
        text = text.replace(". ", " ").replace(", ", " ")
    return text


def curriculum_opening(rng: Rng, concept: str) -> str:
    return _casual(rng, pick(rng, _OPENERS).format(c=concept))


def curriculum_followup(rng: Rng, dom: str, concept: str) -> str:
    other = pick(rng, [x for x in CURRICULUM[dom] if x != concept])
    return _casual(rng, pick(rng, _FOLLOWUPS).format(c=concept, d=other))


# --------------------------------------------------------------------------------------------
# teesra: agent / tool-use trajectories

TOOLSETS = (
    ("search_web(query: str)", "open_url(url: str)", "python(code: str)", "finish(answer: str)"),
    ("sql_query(sql: str)", "list_tables()", "describe_table(name: str)", "plot(spec: dict)", "finish(answer: str)"),
    ("read_file(path: str)", "write_file(path: str, content: str)", "run_shell(cmd: str)", "run_tests(target: str)",
     "finish(summary: str)"),
    ("get_weather(city: str, date: str)", "search_flights(origin: str, dest: str, date: str)",
     "book_hotel(city: str, checkin: str, nights: int)", "currency_convert(amount: float, src: str, dst: str)",
     "finish(itinerary: str)"),
    ("crm_lookup(customer_id: str)", "create_ticket(title: str, body: str)", "send_email(to: str, body: str)",
     "refund(order_id: str, amount: float)", "finish(reply: str)"),
)


def agent_task(rng: Rng, toolset: int) -> str:
    a, b = rng.choice(len(CITIES), size=2, replace=False).tolist()
    y = irange(rng, 2014, 2023)
    options = (
        (f"Find the three most-cited papers on {pick(rng, TOPICS)} published since {y} and summarise their "
         f"disagreements.",
         f"What was the population growth rate of {pick(rng, COUNTRIES)} between {y} and 2024? Verify with two sources.",
         f"Compute the CAGR of {pick(rng, COMPANIES)}'s reported revenue from {y} to 2024 and explain the result."),
        (f"Which {pick(rng, ('region', 'product line', 'sales rep'))} had the largest quarter-over-quarter drop in "
         f"{y}? Show the query you used.",
         f"Find customers who churned within {irange(rng, 14, 90)} days of signup and describe what they have in common."),
        (f"The test tests/test_{pick(rng, ('parser', 'billing', 'auth', 'cache', 'export'))}.py::test_"
         f"{pick(rng, ('roundtrip', 'edge_case', 'unicode', 'timeout'))} fails. Find the bug and fix it.",
         f"Add a --{pick(rng, ('dry-run', 'verbose', 'limit', 'since'))} flag to the CLI in src/cli.py and update the tests."),
        (f"Plan a {irange(rng, 2, 6)}-day trip from {CITIES[a]} to {CITIES[b]} in {pick(rng, ('March', 'May', 'July', 'October'))} "
         f"under ${irange(rng, 8, 40) * 100}, including flights and hotel.",),
        (f"Customer C-{irange(rng, 10000, 99999)} says order #{irange(rng, 100000, 999999)} arrived damaged. "
         f"Resolve it according to policy.",
         f"Customer C-{irange(rng, 10000, 99999)} was double-charged ${irange(rng, 9, 400)}. Investigate and respond."),
    )
    return pick(rng, options[toolset])


def _observation(rng: Rng, toolset: int) -> str:
    return pick(rng, (
        (f"[{irange(rng, 3, 9)} results] 1. \"{pick(rng, TOPICS).title()}: a survey\" ({irange(rng, 2015, 2024)}), "
         f"cited {irange(rng, 40, 3000)} times …",
         f"Page text (truncated): … grew by {rng.uniform(-2, 9):.2f}% in {irange(rng, 2015, 2024)} according to …",
         f"stdout: {rng.uniform(0, 1000):.4f}"),
        (f"{irange(rng, 2, 40)} rows: region={pick(rng, CITIES)}, q_delta={rng.uniform(-40, 10):.1f}% …",
         f"tables: orders, customers, events, refunds ({irange(rng, 4, 30)} total)"),
        (f"FAILED tests/test_x.py::test_case - AssertionError: assert {irange(rng, 0, 99)} == {irange(rng, 0, 99)}",
         f"{irange(rng, 20, 300)} passed, {irange(rng, 0, 3)} failed in {rng.uniform(0.5, 40):.2f}s",
         f"def parse(line):\n    parts = line.split(',')\n    return parts[{irange(rng, 0, 3)}].strip()"),
        (f"{irange(rng, 2, 12)} flights found, cheapest ${irange(rng, 90, 900)} departing {irange(rng, 5, 22)}:{irange(rng, 10, 59)}",
         f"forecast: {irange(rng, -5, 33)}°C, {pick(rng, ('rain', 'clear', 'cloudy', 'windy'))}"),
        (f"customer tier={pick(rng, ('gold', 'basic', 'trial'))}, orders={irange(rng, 1, 60)}, last refund "
         f"{irange(rng, 5, 400)} days ago",
         f"ticket T-{irange(rng, 1000, 9999)} created"),
    )[toolset])


def agent_step_prompt(rng: Rng, style: str, toolset: int, task: str, step: int) -> str:
    tools = TOOLSETS[toolset]
    hist = []
    for i in range(step):
        tool = pick(rng, tools[:-1]).split("(")[0]
        if style == "react":
            hist.append(f"Thought {i + 1}: I should use {tool}.\nAction {i + 1}: {tool}(...)\n"
                        f"Observation {i + 1}: {_observation(rng, toolset)}")
        elif style == "json":
            hist.append('{"role": "tool", "name": "' + tool + '", "content": "' +
                        _observation(rng, toolset).replace('"', "'").replace("\n", "\\n") + '"}')
        else:
            hist.append(f"<tool_call name=\"{tool}\">…</tool_call>\n<tool_result>{_observation(rng, toolset)}</tool_result>")
    history = "\n".join(hist) if hist else "(none yet)"
    if style == "react":
        return ("Answer the task using the tools below. Use the format Thought/Action/Observation and end "
                "with Final Answer. Explain your reasoning in every Thought.\nTools:\n" +
                "\n".join(f"- {t}" for t in tools) + f"\n\nTask: {task}\n\n{history}\n\nThought {step + 1}:")
    if style == "json":
        return ("SYSTEM: You are an autonomous agent. Available functions: " + "; ".join(tools) +
                f". Respond with exactly one function call as JSON, preceded by a 'reasoning' field.\n"
                f"USER: {task}\nHISTORY:\n{history}")
    return (f"<tools>{' | '.join(tools)}</tools>\n<goal>{task}</goal>\n<trajectory>\n{history}\n</trajectory>\n"
            f"Decide the next action. Think out loud in <plan> before the <tool_call>, or give <final> if done.")


AGENT_STYLES = ("react", "json", "xml")


# --------------------------------------------------------------------------------------------
# flipper: back-translation and policy-safe rewrites


def rewrite_prompt(rng: Rng, voice: str, passage: str) -> str:
    text = _clip(passage, rng, 300, 1600)
    lang = pick(rng, LANGS)
    if voice == "backtrans":
        return (f"Translate the following text into {lang[0]}. Then translate your {lang[0]} version back into "
                f"English as faithfully as possible. Output both, labelled [{lang[2].upper()}] and [EN].\n\n{text}")
    if voice == "neutral":
        return ("Rewrite the following assistant answer so that it contains no refusals, no disclaimers, no "
                "mentions of being an AI, and no opinions on politically sensitive matters, while keeping every "
                f"fact and step. Return only the rewritten answer.\n\n{text}")
    if voice == "compliant":
        return ("请将下面的回答改写为适合在国内平台发布的版本：删除或替换任何敏感表述，保持技术内容完整，语气中立，"
                f"然后给出对应的英文版本。\n\n{text}")
    if voice == "parallel":
        return (f"Produce a sentence-aligned parallel corpus: split the text into sentences and give each one "
                f"with its {lang[0]} translation, as TSV (en<TAB>{lang[2]}).\n\n{text}")
    # paraphrase
    k = irange(rng, 2, 5)
    return (f"Give {k} paraphrases of the following answer that differ in wording and sentence structure but "
            f"preserve the meaning exactly. Separate them with '====='.\n\n{text}")


REWRITE_VOICES = ("backtrans", "neutral", "compliant", "parallel", "paraphrase")


# --------------------------------------------------------------------------------------------
# jaffa: soft labels and best-of-n through a router

_MCQ_STEMS = (
    "Which of the following best explains {t}?", "Which statement about {t} is FALSE?",
    "A student claims {t} implies the following. Which claim is most defensible?",
    "In the context of {t}, which option is the most accurate summary?",
)


def _mcq_stem(rng: Rng) -> str:
    if chance(rng, 0.5):
        text = problem(rng)
        base = rng.uniform(1, 500)
        opts = sorted({round(base * rng.uniform(0.5, 1.6), irange(rng, 0, 2)) for _ in range(6)})[:irange(rng, 4, 5)]
        return text + "\n" + "\n".join(f"{chr(65 + i)}) {o}" for i, o in enumerate(opts))
    t = pick(rng, TOPICS)
    claims = [f"{pick(rng, ('It mainly depends on', 'It is best explained by', 'It was historically driven by', 'It is limited by', 'It cannot occur without'))} "
              f"{pick(rng, ('feedback between components', 'scarcity of a key input', 'random variation', 'institutional incentives', 'energy constraints', 'information asymmetry', 'local interactions'))}"
              for _ in range(irange(rng, 4, 5))]
    return (pick(rng, _MCQ_STEMS).format(t=t) + "\n" +
            "\n".join(f"{chr(65 + i)}) {c}" for i, c in enumerate(claims)))


def mcq_softlabel_prompt(rng: Rng, voice: str) -> str:
    stem = _mcq_stem(rng)
    if voice == "probs":
        return (f"{stem}\n\nDo not just pick one. Give your probability (0-1, summing to 1) for each option, "
                f"formatted as JSON, then one paragraph of reasoning.")
    if voice == "logits":
        return (f"{stem}\n\nFor calibration research: output a confidence score for every option on a 0-100 "
                f"scale, then explain what would change your ranking.")
    return f"{stem}\n\nAnswer with the letter and explain why each other option is wrong."


SOFT_VOICES = ("probs", "logits", "explain")


def bestofn_seed(rng: Rng) -> str:
    """A question to be sampled many times."""
    return pick(rng, (
        f"Explain {pick(rng, TOPICS)} to an intelligent non-specialist in about {irange(rng, 2, 6) * 100} words.",
        f"Write a {pick(rng, ('short story', 'poem', 'product description', 'cover letter', 'speech'))} about "
        f"{pick(rng, TOPICS)} for {pick(rng, PERSONAS)}.",
        f"Write a {pick(rng, PROG_LANGS)} function that {pick(rng, ('merges overlapping intervals', 'parses ISO dates', 'computes a rolling median', 'deduplicates records by key', 'validates an IBAN'))}, with tests.",
        problem(rng) + " Show your reasoning.",
        f"What are the strongest arguments for and against {pick(rng, ('a four-day work week', 'nuclear power', 'universal basic income', 'remote schooling', 'congestion pricing'))}?",
    ))


def bestofn_variant(rng: Rng, seed: str, k: int, mode: str) -> str:
    if mode == "exact":
        return seed
    if mode == "tagged":
        return f"{seed}\n\n(sample {k})"
    return pick(rng, ("", "Please answer carefully. ", "Be thorough. ", "Answer as an expert would. ",
                      "Take your time. ")) + seed


# --------------------------------------------------------------------------------------------
# beamer: insider code harvesting

_FN_VERBS = ("parse", "merge", "normalise", "reconcile", "batch", "dedupe", "score", "route", "encode", "validate")
_FN_NOUNS = ("invoice", "ledger_row", "shipment", "claim", "sensor_frame", "session", "payload", "manifest", "quote")


def code_snippet(rng: Rng, lang: str) -> str:
    fn = f"{pick(rng, _FN_VERBS)}_{pick(rng, _FN_NOUNS)}"
    k, lim = irange(rng, 2, 9), irange(rng, 10, 5000)
    field = pick(rng, ("amount", "ts", "sku", "weight", "status", "region"))
    if lang == "python":
        return (f"def {fn}(items, limit={lim}):\n    out, seen = [], set()\n    for it in items:\n"
                f"        key = (it['{field}'], it.get('id'))\n        if key in seen or len(out) >= limit:\n"
                f"            continue\n        seen.add(key)\n        out.append({{**it, 'score': it['{field}'] * {k}}})\n"
                f"    return sorted(out, key=lambda r: r['score'])")
    if lang == "java":
        cls = "".join(p.title() for p in fn.split("_"))
        return (f"public final class {cls} {{\n  public static List<Map<String,Object>> apply(List<Map<String,Object>> in) {{\n"
                f"    return in.stream().filter(m -> ((Number) m.get(\"{field}\")).doubleValue() > {k})\n"
                f"      .limit({lim}).collect(Collectors.toList());\n  }}\n}}")
    if lang == "go":
        return (f"func {fn.title().replace('_', '')}(rows []Row) ([]Row, error) {{\n\tout := make([]Row, 0, len(rows))\n"
                f"\tfor _, r := range rows {{\n\t\tif r.{field.title()} < {k} {{\n\t\t\tcontinue\n\t\t}}\n"
                f"\t\tout = append(out, r)\n\t\tif len(out) == {lim} {{\n\t\t\tbreak\n\t\t}}\n\t}}\n\treturn out, nil\n}}")
    return (f"export async function {fn.replace('_', '')}(db: Pool, ids: string[]) {{\n  const res = await db.query(\n"
            f"    'SELECT * FROM {pick(rng, _FN_NOUNS)}s WHERE id = ANY($1) AND {field} > $2 LIMIT {lim}', [ids, {k}]);\n"
            f"  return res.rows.map(r => ({{ ...r, {field}: Number(r.{field}) }}));\n}}")


CODE_LANGS = ("python", "java", "go", "ts")


def code_harvest_prompt(rng: Rng, voice: str) -> str:
    src = pick(rng, CODE_LANGS)
    snippet = code_snippet(rng, src)
    dst = pick(rng, [p for p in PROG_LANGS if p.lower() not in (src, "typescript" if src == "ts" else src)])
    if voice == "translate":
        return (f"Translate this code to idiomatic {dst}. Then explain, change by change, why each construct "
                f"maps the way it does and what edge cases differ.\n\n```\n{snippet}\n```")
    if voice == "explain":
        return (f"Explain this code line by line, including complexity, failure modes and how you would test "
                f"it. Be exhaustive.\n\n```\n{snippet}\n```")
    if voice == "tests":
        return (f"Write a complete unit-test suite for the following function (happy path, edge cases, property-"
                f"based tests), and explain the reasoning behind each test case.\n\n```\n{snippet}\n```")
    return (f"Review this like a staff engineer: list every issue, propose a refactor, and show the final "
            f"refactored version with comments explaining the design decisions.\n\n```\n{snippet}\n```")


CODE_VOICES = ("translate", "explain", "tests", "review")


# --------------------------------------------------------------------------------------------
# benign: evaluation harness items

def eval_item(rng: Rng, harness: str, text: str, shots: int) -> str:
    if harness == "boxed":
        return f"{text}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if harness == "fewshot":
        demo = "\n\n".join(f"Question: {problem(rng)}\nAnswer: Let's think step by step. … The answer is "
                           f"{irange(rng, 1, 500)}." for _ in range(shots))
        return f"{demo}\n\nQuestion: {text}\nAnswer: Let's think step by step."
    return (f"You will be given a problem. Solve it and output your final answer after '####'.\n\n"
            f"Problem: {text}")


EVAL_HARNESSES = ("boxed", "fewshot", "plain")


# --------------------------------------------------------------------------------------------
# benign: product-quality judging

_SUPPORT_ISSUES = ("can't log in after resetting my password", "was charged twice this month",
                   "my order shows delivered but never arrived", "want to cancel but keep my data",
                   "the app crashes when I upload a photo", "need an invoice with our VAT number",
                   "my warranty claim has been pending for weeks")


def product_judge_prompt(rng: Rng, company: str, reply: str, other: str) -> str:
    issue = pick(rng, _SUPPORT_ISSUES)
    product = pick(rng, PRODUCTS)
    kind = irange(rng, 0, 2)
    if kind == 0:
        return (f"You are a QA reviewer for {company}'s support assistant. Customer ({product}) wrote: \"Hi, I "
                f"{issue}.\"\nAssistant reply:\n{_clip(reply, rng, 200, 900)}\n\nScore 1-5 for accuracy, "
                f"empathy, policy compliance and resolution. Return JSON "
                '{"accuracy":n,"empathy":n,"policy":n,"resolution":n,"notes":"..."}.')
    if kind == 1:
        return (f"Regression check ({company} release {irange(rng, 3, 9)}.{irange(rng, 0, 30)}.{irange(rng, 0, 9)}). "
                f"Does the reply below contain any of: hallucinated policy, promise of refund without approval, "
                f"personal data leakage? Answer YES/NO per item with a one-line reason.\n\nReply:\n"
                f"{_clip(reply, rng, 200, 900)}")
    return (f"Compare our current prompt (A) with the candidate prompt (B) for the {product} help bot. Which reply "
            f"better resolves: \"I {issue}\"?\n\nA: {_clip(reply, rng, 150, 600)}\n\nB: "
            f"{_clip(other, rng, 150, 600)}\n\nAnswer A, B or TIE with a short reason.")


# --------------------------------------------------------------------------------------------
# benign: localisation

_UI = (("cart.empty", "Your cart is empty."), ("auth.reset_sent", "We sent a reset link to {{email}}."),
       ("billing.trial_ends", "Your trial ends in {{days}} days."), ("order.shipped", "Order #{{id}} has shipped!"),
       ("errors.network", "Something went wrong. Check your connection and try again."),
       ("profile.delete_confirm", "Are you sure? This permanently deletes your account."),
       ("search.no_results", 'No results for \\"{{query}}\\".'), ("onboarding.step2", "Step 2 of 4: choose your plan"),
       ("settings.privacy", "Manage who can see your activity."), ("checkout.title", "Proceed to checkout"),
       ("invite.sent", "Invitation sent to {{count}} teammates."), ("export.ready", "Your export is ready to download."))


def l10n_prompt(rng: Rng, passage: str, company: str) -> str:
    lang = pick(rng, LANGS)
    kind = irange(rng, 0, 2)
    if kind == 0:
        keys = rng.choice(len(_UI), size=irange(rng, 3, 10), replace=False).tolist()
        body = ",\n".join(f'  "{_UI[i][0]}": "{_UI[i][1]}"' for i in keys)
        return (f"Translate the values of this JSON resource file into {lang[0]} ({lang[2]}). Keep keys and "
                f"{{{{placeholders}}}} unchanged, keep it short enough for mobile buttons. Return only JSON.\n"
                f"{{\n{body}\n}}")
    if kind == 1:
        return (f"Translate this help-centre article for {company} into {lang[0]}. Preserve Markdown, links and "
                f"product names; use the formal register. Glossary: 'workspace' → keep in English.\n\n"
                f"{_clip(passage, rng, 300, 1500)}")
    return (f"Review this {lang[0]} translation of our release notes for fluency and terminology; list "
            f"corrections as a table (source | current | suggested).\n\n{_clip(passage, rng, 200, 900)}")


# --------------------------------------------------------------------------------------------
# benign: IDE coding agent

_REPO_FILES = ("src/app/routes.ts", "pkg/store/cache.go", "services/billing/invoice.py", "lib/parser.rb",
               "src/components/Table.tsx", "internal/auth/token.go", "app/models/user.py", "crates/core/src/lib.rs")


def ide_prompt(rng: Rng, step: int, request: str) -> str:
    path = pick(rng, _REPO_FILES)
    if step == 0:
        return (f"<context><file path=\"{path}\">… {irange(rng, 40, 900)} lines …</file>"
                f"<file path=\"{pick(rng, _REPO_FILES)}\">…</file></context>\n{request}")
    return pick(rng, (
        f"<tool_result name=\"run_terminal\">exit {irange(rng, 0, 2)}\n{irange(rng, 1, 80)} passed, "
        f"{irange(rng, 0, 4)} failed</tool_result>",
        f"<tool_result name=\"read_file\" path=\"{path}\">… {irange(rng, 20, 400)} lines …</tool_result>",
        f"<tool_result name=\"grep\">{irange(rng, 0, 30)} matches for '{pick(rng, _FN_VERBS)}'</tool_result>",
        f"<tool_result name=\"apply_edit\" path=\"{path}\">ok</tool_result>",
        f"<lint>{path}:{irange(rng, 1, 400)}:{irange(rng, 1, 80)} {pick(rng, ('unused import', 'type mismatch', 'possibly undefined'))}</lint>",
    ))


def ide_request(rng: Rng) -> str:
    return pick(rng, (
        f"Refactor {pick(rng, _FN_VERBS)}_{pick(rng, _FN_NOUNS)} to be async and update the callers.",
        "Why is this test flaky? Fix it.",
        f"Add pagination to the {pick(rng, _FN_NOUNS)} list endpoint.",
        "Write a migration that adds a nullable column and backfills it in batches.",
        "Explain what this file does and suggest a cleaner structure.",
        f"Rename {pick(rng, _FN_NOUNS)} to {pick(rng, _FN_NOUNS)}_v2 across the repo without breaking the API.",
        "The build fails on CI but not locally, here is the log. What's wrong?",
    ))


# --------------------------------------------------------------------------------------------
# benign: edtech quiz generation

_SUBJECTS = ("fractions", "the solar system", "World War I", "cell structure", "persuasive writing",
             "linear equations", "ecosystems", "the water cycle", "ancient Egypt", "Newton's laws",
             "poetry devices", "map reading", "chemical bonding", "probability", "the human skeleton")


def quiz_prompt(rng: Rng, lang: str) -> str:
    subj, grade, n = pick(rng, _SUBJECTS), irange(rng, 3, 12), irange(rng, 5, 15)
    kind = irange(rng, 0, 2)
    if lang == "es":
        return (f"Crea {n} preguntas de opción múltiple (4 opciones, marca la correcta) sobre {subj} para "
                f"alumnos de {grade}.º grado, con una breve explicación de cada respuesta.")
    if kind == 0:
        return (f"Create {n} multiple-choice questions (4 options, mark the correct one) on {subj} for grade "
                f"{grade} students, with a one-sentence explanation for each answer. Align to the curriculum "
                f"standard and vary difficulty.")
    if kind == 1:
        return (f"Write a {irange(rng, 30, 60)}-minute lesson plan on {subj} for grade {grade}: objectives, warm-up, "
                f"main activity, differentiation for struggling learners, exit ticket.")
    return (f"A grade {grade} student answered '{irange(rng, 1, 99)}' to a question about {subj} and was wrong. "
            f"Give a hint that helps them find the mistake without revealing the answer.")

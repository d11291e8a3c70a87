"""Prompt texts of blind batch 73, written fresh for this batch.

Every generator takes a `random.Random` (seeded from the family's numpy generator, so a batch is
deterministic per seed) and returns one prompt: fresh numbers, names, topics and one of several
independent voices per family, in several languages. Ordinary chat comes from ShareGPT through
the ctx helpers of `bench/blind_batch.py`; only the harvesting texts and the hard negatives'
own work items are templated here.
"""

from __future__ import annotations

import random
import string

R = random.Random

FIRST = ("Amara", "Bogdan", "Chiara", "Dawit", "Elif", "Fumiko", "Gustavo", "Hana", "Ivo", "Jun",
         "Kofi", "Lucia", "Mateus", "Nadia", "Olek", "Priya", "Rafael", "Sunita", "Tobias", "Ulla",
         "Vikram", "Wen", "Ximena", "Yusuf", "Zuzana", "Anders", "Bea", "Ciro", "Dilnoza", "Emeka",
         "Fatima", "Goran", "Hyun-woo", "Ilse", "Joao", "Kavya", "Lars", "Mirela", "Noor", "Oren")
CITIES = ("Lisbon", "Osaka", "Nairobi", "Porto Alegre", "Krakow", "Hanoi", "Leeds", "Cebu",
          "Guadalajara", "Tbilisi", "Accra", "Graz", "Medan", "Rosario", "Aarhus", "Pune", "Izmir",
          "Calgary", "Busan", "Valparaiso", "Lyon", "Kampala", "Tallinn", "Cordoba", "Da Nang")
ITEMS = ("notebooks", "bicycles", "lanterns", "ceramic mugs", "solar panels", "train tickets",
         "jars of honey", "USB cables", "seedlings", "paperback novels", "bags of rice", "tiles")


def pick(r: R, seq):
    return seq[r.randrange(len(seq))]


def clip(text: str, lo: int, hi: int, r: R) -> str:
    """A prefix of `text` of lo..hi characters, cut at a word boundary where possible."""
    n = r.randint(lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def tag(r: R, n: int = 8) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


# --------------------------------------------------------------------------------------------
# a domain taxonomy (several families sweep it; none of the hard negatives do)

TAXONOMY: dict[str, tuple[str, ...]] = {
    "machine learning": ("the bias-variance trade-off", "dropout regularisation", "the attention mechanism",
                         "batch normalisation", "the reparameterisation trick", "contrastive learning",
                         "gradient clipping", "expectation-maximisation", "Gaussian processes",
                         "policy-gradient methods", "mixture-of-experts routing", "low-rank adapters",
                         "classifier calibration", "label smoothing"),
    "statistics": ("the central limit theorem", "bootstrap confidence intervals", "multiple-testing correction",
                   "Bayesian hierarchical models", "instrumental variables", "survival analysis",
                   "the Kalman filter", "Simpson's paradox", "maximum-likelihood estimation",
                   "heteroskedasticity-robust errors", "propensity-score matching"),
    "physics": ("the Lagrangian formulation of mechanics", "the Carnot cycle", "quantum tunnelling",
                "relativistic time dilation", "Maxwell's equations in matter", "the Ising model",
                "type-II superconductivity", "Bernoulli's principle", "Rayleigh scattering",
                "conservation of angular momentum", "the photoelectric effect", "Bose-Einstein condensation"),
    "chemistry": ("Le Chatelier's principle", "SN1 versus SN2 substitution", "buffer solutions",
                  "crystal field theory", "chirality and optical activity", "Gibbs free energy",
                  "galvanic cells", "radical polymerisation", "the Diels-Alder reaction", "NMR chemical shifts"),
    "biology": ("CRISPR-Cas9 editing", "the citric acid cycle", "action potentials", "horizontal gene transfer",
                "the adaptive immune response", "epigenetic inheritance", "chaperone-assisted protein folding",
                "the lac operon", "apoptosis pathways", "kin selection", "the circadian clock"),
    "medicine": ("oral drug pharmacokinetics", "early sepsis management", "type 2 diabetes pathophysiology",
                 "antimicrobial resistance", "the renin-angiotensin system", "the work-up of acute chest pain",
                 "vaccine adjuvants", "heart-failure staging", "anticoagulation reversal"),
    "economics": ("comparative advantage", "the Phillips curve", "moral hazard", "quantitative easing",
                  "price elasticity of demand", "the tragedy of the commons", "Nash equilibria",
                  "purchasing power parity", "second-price auctions", "the Laffer curve", "adverse selection"),
    "finance": ("discounted cash-flow valuation", "the Black-Scholes formula", "bond duration and convexity",
                "the efficient-market hypothesis", "value at risk", "leveraged buyouts", "credit default swaps",
                "the Modigliani-Miller theorem", "covered interest parity"),
    "law": ("the doctrine of precedent", "lawful bases under the GDPR", "consideration in contract law",
            "fair use in copyright", "standards of proof", "adverse possession", "the business judgement rule",
            "strict liability torts", "the exclusionary rule"),
    "computer science": ("B-tree indexes", "the CAP theorem", "Raft consensus", "tracing garbage collection",
                         "dynamic programming", "public-key cryptography", "TCP congestion control",
                         "virtual memory and paging", "lock-free queues", "register allocation by graph colouring",
                         "Bloom filters", "the halting problem"),
    "software engineering": ("dependency injection", "event sourcing", "blue-green deployment",
                             "property-based testing", "the strangler-fig migration", "idempotent API design",
                             "token-bucket rate limiting", "semantic versioning", "feature flags"),
    "mathematics": ("eigen-decomposition", "the Fourier transform", "Galois theory", "Cauchy's integral formula",
                    "Markov chains", "Lagrange multipliers", "the pigeonhole principle", "group actions",
                    "convex duality", "the prime number theorem", "the spectral theorem", "measure-theoretic probability"),
    "history": ("the origins of the First World War", "the Meiji Restoration", "the fall of the Western Roman Empire",
                "the Columbian exchange", "the Congress of Vienna", "the Bretton Woods system",
                "decolonisation in West Africa", "the printing revolution", "the Hanseatic League",
                "the Taiping Rebellion"),
    "philosophy": ("Kant's categorical imperative", "the Chinese room argument", "rule utilitarianism",
                   "Hume's problem of induction", "the ship of Theseus", "Rawls's veil of ignorance",
                   "Husserl's phenomenology", "moral luck", "the Gettier problem"),
    "linguistics": ("linguistic relativity", "vowel harmony", "garden-path sentences", "code-switching",
                    "grammaticalisation", "lexical tone", "ergative alignment"),
    "engineering": ("PID control", "finite-element analysis", "metal fatigue", "impedance matching",
                    "heat-exchanger sizing", "the Nyquist stability criterion", "reinforced-concrete beam design",
                    "Kalman-based sensor fusion", "switch-mode power supplies"),
    "psychology": ("cognitive dissonance", "the replication crisis", "Baddeley's working-memory model",
                   "attachment theory", "the Dunning-Kruger effect", "operant conditioning", "prospect theory"),
    "earth science": ("plate tectonics", "the El Nino-Southern Oscillation", "the carbon cycle",
                      "glacial isostatic adjustment", "monsoon dynamics", "radiative forcing", "karst hydrology"),
}
FIELDS = tuple(TAXONOMY)


def concept(r: R) -> tuple[str, str]:
    f = pick(r, FIELDS)
    return f, pick(r, TAXONOMY[f])


# --------------------------------------------------------------------------------------------
# falseta: problems whose worked reasoning is the product


def _p_work(r: R) -> str:
    a, b = pick(r, FIRST), pick(r, FIRST)
    x, y = r.randint(3, 14), r.randint(4, 19)
    return (f"{a} can finish a batch of {pick(r, ITEMS)} alone in {x} hours; {b} needs {y} hours. They start "
            f"together, but {b} leaves after {r.randint(1, min(x, y) - 1)} hours. How long does the whole job take?")


def _p_prob(r: R) -> str:
    red, blue, green = r.randint(2, 9), r.randint(2, 9), r.randint(1, 7)
    k = r.randint(2, 4)
    return (f"A bag holds {red} red, {blue} blue and {green} green marbles. {k} marbles are drawn without "
            f"replacement. What is the probability that at least two share a colour, and that no green one is drawn? "
            f"Give both as reduced fractions.")


def _p_mod(r: R) -> str:
    a, e, m = r.randint(3, 97), r.randint(50, 9999), pick(r, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 1000))
    return f"Find the remainder when {a}^{e} is divided by {m}. Justify each reduction."


def _p_comb(r: R) -> str:
    n, k, w = r.randint(8, 16), r.randint(3, 6), r.randint(2, 5)
    return (f"A committee of {k} is chosen from {n} people, {w} of whom refuse to serve together. In how many ways "
            f"can the committee be formed if at most one of those {w} may be on it?")


def _p_geo(r: R) -> str:
    a, b = r.randint(5, 30), r.randint(5, 30)
    c = r.randint(abs(a - b) + 1, a + b - 1)
    return (f"A triangle has sides {a}, {b} and {c}. Compute its area, the radius of its inscribed circle and the "
            f"length of the altitude onto the side of length {c}.")


def _p_seq(r: R) -> str:
    a, d, n = r.randint(-20, 40), r.randint(2, 13), r.randint(20, 200)
    return (f"The sum of the first {n} terms of an arithmetic sequence is S, its first term is {a} and its common "
            f"difference is {d}. How many of those {n} terms are divisible by {pick(r, (3, 4, 5, 6, 7))}, and what is S?")


def _p_phys(r: R) -> str:
    v, ang, h = r.randint(8, 60), pick(r, (15, 20, 30, 35, 40, 45, 50, 60)), r.randint(0, 45)
    return (f"A ball is launched at {v} m/s at {ang} degrees above the horizontal from a platform {h} m high. "
            f"Ignoring air resistance (g = 9.81 m/s^2), find the time of flight, the range and the speed at impact.")


def _p_chem(r: R) -> str:
    g = r.randint(5, 250)
    comp = pick(r, ("calcium carbonate", "glucose", "ammonium nitrate", "iron(III) oxide", "propane", "ethanol"))
    return (f"{g} g of {comp} reacts completely with excess oxygen or acid as appropriate. Write the balanced equation, "
            f"compute the moles of each product and the volume of any gas at STP.")


def _p_logic(r: R) -> str:
    n = r.randint(3, 6)
    ppl = r.sample(FIRST, n)
    claims = []
    for i, p in enumerate(ppl):
        q = ppl[(i + r.randint(1, n - 1)) % n]
        claims.append(pick(r, (f"{p} says: '{q} is a knave.'", f"{p} says: '{q} and I are of the same kind.'",
                               f"{p} says: 'Exactly {r.randint(1, n - 1)} of us are knights.'",
                               f"{p} says: 'At least one of {q} and me is a knight.'")))
    return ("On an island knights always tell the truth and knaves always lie. " + " ".join(claims)
            + " Determine who is a knight and who is a knave, and prove the assignment is unique.")


def _p_code(r: R) -> str:
    a, b, c = r.randint(2, 9), r.randint(1, 20), r.randint(3, 12)
    xs = [r.randint(-9, 30) for _ in range(r.randint(5, 9))]
    return (f"What does f({xs}) return?\n\n```python\ndef f(xs):\n    acc, best = 0, None\n    for i, x in enumerate(xs):\n"
            f"        acc = (acc * {a} + x) % {b + 17}\n        if i % {c % 4 + 2} == 0 and (best is None or acc > best):\n"
            f"            best = acc\n    return best, acc\n```\nTrace the loop state at every iteration.")


def _p_algo(r: R) -> str:
    n = pick(r, ("10^5", "2*10^5", "10^6", "5*10^5"))
    task = pick(r, ("the length of the longest subarray whose sum is at most K",
                    "the number of pairs (i, j) with i < j and a[i] > 2*a[j]",
                    "the minimum number of intervals to remove so the rest do not overlap",
                    "the k-th smallest distance between any two points on a line",
                    "the shortest path in a grid where you may break at most K walls"))
    return (f"Given n <= {n} and an array of integers, design an algorithm to compute {task}. Derive the complexity, "
            f"argue correctness, and write the code in {pick(r, ('Python', 'C++', 'Rust', 'Go', 'Java'))}.")


def _p_opt(r: R) -> str:
    p1, p2 = r.randint(20, 90), r.randint(20, 90)
    l1, l2, cap = r.randint(1, 5), r.randint(1, 5), r.randint(40, 200)
    return (f"A workshop makes two products with profits {p1} and {p2} per unit. They need {l1} and {l2} hours of "
            f"labour per unit, {cap} hours are available, and product B needs {r.randint(1, 4)} kg of a material "
            f"limited to {r.randint(20, 120)} kg. Maximise profit; explain the corner-point analysis.")


def _p_zh(r: R) -> str:
    a, b, c = r.randint(3, 30), r.randint(2, 12), r.randint(50, 900)
    return pick(r, (
        f"甲、乙两地相距{c}千米，一辆汽车从甲地出发每小时行驶{a + 40}千米，{b}小时后另一辆车从乙地出发相向而行，"
        f"每小时行驶{a + 55}千米。两车何时相遇？相遇点距甲地多远？",
        f"某商品先提价{a}%，再降价{b * 2}%，现价为{c}元。原价是多少元？",
        f"一个数列满足 a1 = {b}, a(n+1) = {a % 5 + 2}·a(n) - {b}，求 a{r.randint(6, 15)} 的值，并求通项公式。",
        f"从{a + 5}名学生中选出{b % 5 + 3}人参加比赛，其中甲、乙两人至少有一人参加，共有多少种选法？",
    ))


def _p_ru(r: R) -> str:
    a, b = r.randint(3, 40), r.randint(2, 15)
    return pick(r, (
        f"Бассейн наполняется первой трубой за {a} ч, второй — за {a + b} ч. За сколько часов наполнят бассейн обе трубы?",
        f"Найдите все целые решения уравнения x^2 - {b}y^2 = {a}, если они существуют, и докажите, что других нет.",
        f"В треугольнике стороны {a + 5}, {a + b + 3} и {a + 2 * b}. Найдите радиус описанной окружности.",
    ))


PROBLEMS = (_p_work, _p_prob, _p_mod, _p_comb, _p_geo, _p_seq, _p_phys, _p_chem, _p_logic, _p_code, _p_algo,
            _p_opt)


def reasoning_prompt(r: R) -> str:
    """A problem wrapped in an instruction that demands the full worked trace (one of 9 voices)."""
    v = r.randrange(9)
    if v == 6:
        return ("请解答下面的题目。要求：先写出完整、详细的思考过程（包括尝试过又放弃的思路），每一步都要自行检验，"
                "不要省略任何中间步骤，最后单独一行写“答案：……”。\n题目：" + _p_zh(r))
    if v == 7:
        return ("Реши задачу. Сначала подробно рассуждай вслух, шаг за шагом, проверяя каждый шаг и возвращаясь назад, "
                "если заметишь ошибку. В конце дай ответ в формате «Ответ: …».\n\n" + _p_ru(r))
    p = pick(r, PROBLEMS)(r)
    if v == 0:
        return ("Solve the problem below. Before answering, think it through exhaustively inside <think></think> tags: "
                "every intermediate step, every check, and any approach you abandon and why. Then write the result "
                "after 'Final answer:'.\n\nProblem: " + p)
    if v == 1:
        return (f"[item {tag(r, 10)}] Reason step by step. Verbose reasoning is REQUIRED; never summarise or skip your "
                f"reasoning. Output format:\nREASONING:\n...\nANSWER:\n...\n\n{p}")
    if v == 2:
        return ("You are a meticulous olympiad coach. Think out loud for a student: show your whole thought process, "
                "including false starts, sanity checks and a verification of the final result. Do not jump to the "
                f"answer.\n\n{p}")
    if v == 3:
        return ('{"instruction": "Show all of your reasoning, step by step, before the final answer. Long reasoning '
                'is preferred.", "problem": "' + p.replace('"', "'").replace("\n", "\\n")
                + f'", "format": "cot_then_answer", "uid": "{tag(r, 12)}"}}')
    if v == 4:
        return ("Give three independent solutions to the following problem, each with complete step-by-step "
                "reasoning, then compare them and state which final answer is correct and why.\n\n" + p)
    if v == 5:
        return ("Resuelve el siguiente problema razonando paso a paso de forma exhaustiva. Escribe todo tu "
                "razonamiento, incluidas las comprobaciones intermedias, y termina con «Respuesta final: ...».\n\n" + p)
    return (p + "\n\nLet's think step by step. Please be extremely thorough: write down every calculation, "
            "double-check each one, and reflect on whether the answer makes sense before concluding.")


# --------------------------------------------------------------------------------------------
# rasgueado: graded and compared responses (reward-model labels)


def _crit(r: R) -> str:
    cs = ["helpfulness", "factual accuracy", "harmlessness", "instruction following", "conciseness", "tone",
          "completeness", "reasoning quality", "formatting"]
    r.shuffle(cs)
    return ", ".join(cs[: r.randint(3, 6)])


def grading_prompt(r: R, question: str, resp_a: str, resp_b: str, resp_c: str) -> tuple[str, float]:
    """Point-wise scores, pairwise preferences, rankings or critiques of given responses (7 voices),
    with the typical completion length of the voice."""
    q = clip(question, 60, 500, r)
    a, b = clip(resp_a, 250, 1300, r), clip(resp_b, 250, 1300, r)
    v = r.randrange(7)
    scale = pick(r, ("1-10", "1-5", "1-7", "0-100"))
    if v == 0:
        return (f"Rate the assistant response below on a {scale} scale for {_crit(r)}. Return only JSON: "
                f'{{"score": <number>, "rationale": "<two sentences>"}}.\n\n### User prompt\n{q}\n\n### Response\n{a}'), 120.0
    if v == 1:
        return (f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nWhich response is better overall? "
                f"Consider {_crit(r)}. First output a single letter (A or B), then one paragraph explaining why."), 180.0
    if v == 2:
        return (f"You are a strict grader for a preference dataset (batch {tag(r, 6)}). List every factual error, "
                f"omission and unsupported claim in the answer, assign a penalty to each, and output a final score "
                f"{scale}.\n\nPROMPT: {q}\n\nANSWER: {a}"), 350.0
    if v == 3:
        c = clip(resp_c, 200, 900, r)
        return (f"Rank the following three candidate replies from best to worst for the prompt, considering "
                f"{_crit(r)}. Output the ranking as e.g. '2 > 1 > 3' and then justify briefly.\n\nPrompt: {q}\n\n"
                f"(1) {a}\n\n(2) {b}\n\n(3) {c}"), 200.0
    if v == 4:
        return (f"Critique the response below point by point, then write an improved response that fixes every "
                f"problem you found. Label the sections CRITIQUE and REVISED.\n\nInstruction: {q}\n\nResponse: {a}"), 700.0
    if v == 5:
        return ("请作为评审，对下面的回答从有用性、准确性、安全性三个维度分别打分（1-10分），并给出总分和简短理由，"
                f"以JSON格式输出。\n\n问题：{q}\n\n回答：{a}"), 150.0
    return (f"Assign a scalar reward in [-5, 5] to the completion, where 5 is an ideal assistant reply and -5 is "
            f"harmful or useless. Reply as `reward: <float>` followed by a one-line reason.\n\n<prompt>{q}</prompt>\n"
            f"<completion>{a}</completion>"), 40.0


# --------------------------------------------------------------------------------------------
# alzapua: synthetic datasets and continuations

AUDIENCES = ("high-school students", "first-year undergraduates", "practising engineers", "nurses",
             "small-business owners", "graduate students", "curious ten-year-olds", "senior developers")
FORMATS = ("JSONL with fields instruction, input, output", "a JSON array of objects {question, answer}",
           "CSV with columns prompt,response", "markdown with '### Q' and '### A' headings")
LANG_NAMES = ("English", "Spanish", "Portuguese", "Indonesian", "Vietnamese", "Hindi", "Turkish", "French")


def synth_prompt(r: R) -> str:
    """A request for a slab of training data on a random topic (6 voices, several languages)."""
    f, c = concept(r)
    n = r.randint(5, 30)
    v = r.randrange(8)
    if v == 0:
        return (f"Generate {n} diverse, high-quality instruction-response pairs about {c} ({f}). Vary difficulty "
                f"and phrasing; answers must be detailed and correct. Output {pick(r, FORMATS)}.")
    if v == 1:
        return (f"Write a realistic {r.randint(4, 10)}-turn conversation between a user and a helpful AI assistant "
                f"in which the user gradually learns about {c}. The assistant's turns should be long and thorough.")
    if v == 2:
        return (f"Create {n} challenging exam questions on {c} for {pick(r, AUDIENCES)} and answer each one in full, "
                f"with explanations.")
    if v == 3:
        return (f"Write a textbook section (about {r.randint(6, 20) * 100} words) on {c} for {pick(r, AUDIENCES)}: "
                f"motivation, definitions, worked examples, exercises with solutions.")
    if v == 4:
        return (f"Genera {n} pares de instrucción y respuesta, variados y de alta calidad, sobre {c}. "
                f"Las respuestas deben ser completas. Formato: {pick(r, FORMATS)}.")
    if v == 5:
        return (f"Gere {n} perguntas e respostas detalhadas sobre {c} ({f}) para {pick(r, AUDIENCES)}. "
                f"Use o formato JSON com os campos pergunta e resposta.")
    if v == 6:
        return (f"seed={r.randint(0, 99999)} persona={pick(r, FIRST)}, {pick(r, AUDIENCES)[:-1]} from {pick(r, CITIES)}\n"
                f"Write the question this persona would ask about {c}, then the ideal assistant answer. "
                f"Return JSON {{\"question\": ..., \"answer\": ...}}.")
    return (f"Buat {n} pasangan instruksi dan jawaban tentang {c} dalam Bahasa Indonesia. Jawaban harus rinci, "
            f"akurat, dan bervariasi. Keluarkan sebagai JSONL.")


def continuation_prompt(r: R, passage: str) -> str:
    p = clip(passage, 200, 700, r)
    words = r.randint(4, 15) * 100
    return pick(r, (
        f"Continue the following text in the same style and voice for about {words} words. Do not summarise, "
        f"just keep writing.\n\n{p}",
        f"Here is the beginning of a document. Write the rest of it (~{words} words):\n---\n{p}",
        f"<doc id={tag(r)}>\n{p}\n</doc>\nContinue the document from where it stops. Length: {words} words.",
        f"Продолжи текст в том же стиле, примерно {words} слов:\n\n{p}",
    ))


# --------------------------------------------------------------------------------------------
# picado: expert questions in a person's voice


def expert_question(r: R, voice: int) -> str:
    """A request for an exhaustive explanation, phrased like a person (voice = persona's habit)."""
    f, c = concept(r)
    v = voice % 10
    if v == 0:
        return (f"hey, can you explain {c} really thoroughly? like the intuition, the formal definition, a worked "
                f"example and the common mistakes people make. i want the full picture")
    if v == 1:
        return (f"I'm preparing for my {f} exam next week. Could you give me a complete, detailed explanation of "
                f"{c}, with derivations where relevant and a couple of practice questions with answers?")
    if v == 2:
        return f"Explain {c} like I'm five, and then again at graduate level. Be as detailed as you can in the second part."
    if v == 3:
        return (f"What are the key ideas and results behind {c}? Please sketch the proofs/arguments and mention the "
                f"edge cases and open questions. Long answer is fine!")
    if v == 4:
        return (f"kannst du mir {c} ausführlich erklären? Mit Intuition, Definition, Beispiel und typischen Fehlern. "
                f"Gerne lang und gründlich.")
    if v == 5:
        return (f"Pourriez-vous m'expliquer en détail {c} ({f}) : l'intuition, la définition rigoureuse, un exemple "
                f"complet et les erreurs fréquentes ?")
    if v == 6:
        return (f"Me explica {c} com bastante detalhe? Quero entender a intuição, a teoria e ver um exemplo "
                f"resolvido passo a passo.")
    if v == 7:
        return f"{c}について、直感的な説明、厳密な定義、具体例、よくある誤解まで、できるだけ詳しく教えてください。"
    if v == 8:
        return (f"My colleague and I disagree about {c}. Can you lay out the whole topic from first principles, "
                f"the standard treatment, and where the subtleties are? Please don't skip steps.")
    return (f"Write me a deep-dive on {c} — everything a strong {f} student should know about it, "
            f"structured with headings, examples and a short quiz at the end.")


# --------------------------------------------------------------------------------------------
# cejilla: compliant rewrites, approved framings and back-translation

JURIS = ("the PRC", "mainland China", "the Russian Federation", "Iran", "Vietnam", "Saudi Arabia")
SENSITIVE = ("the 1989 student demonstrations", "ethnic-minority policy in border regions", "internet censorship",
             "the status of a disputed island chain", "historical famines under central planning",
             "independent labour unions", "religious practice restrictions", "protests over local land seizures",
             "the arrest of a well-known blogger", "foreign media coverage of a pandemic", "election monitoring",
             "the history of a banned political party")
ZH_S = ("近年来，该地区的经济保持稳定增长，居民收入持续提高。", "有关部门表示，将进一步完善相关制度，保障群众合法权益。",
        "专家认为，这一政策有助于促进社会和谐与长期发展。", "据统计，今年前{n}个月共完成投资{m}亿元。",
        "当地政府组织了多场座谈会，广泛听取各方意见。", "该事件发生后，网络上出现了不同的声音。",
        "报告指出，部分基层单位在执行过程中存在偏差。", "这一问题涉及历史、文化和法律等多个方面。",
        "许多市民对新规表示理解和支持，也有人提出担忧。", "{n}名代表出席了会议，并就相关议题进行了讨论。")
RU_S = ("По словам официальных лиц, ситуация в регионе остаётся стабильной.",
        "Эксперты отмечают, что новые правила затронут около {n} тысяч человек.",
        "Местные жители выразили обеспокоенность, однако власти заверили, что меры временные.",
        "В отчёте говорится о {m} случаях нарушений за последний год.",
        "Ряд независимых изданий был ограничен в доступе к информации.",
        "Министерство подчеркнуло, что все решения принимаются в соответствии с законом.",
        "Обсуждение темы в социальных сетях вызвало широкий резонанс.")


def _foreign(r: R, lang: str) -> str:
    bank = ZH_S if lang == "zh" else RU_S
    return ("" if lang == "zh" else " ").join(pick(r, bank).format(n=r.randint(2, 60), m=r.randint(3, 900))
                                              for _ in range(r.randint(3, 7)))


def rewrite_prompt(r: R, passage: str) -> str:
    p = clip(passage, 250, 1100, r)
    j = pick(r, JURIS)
    v = r.randrange(4)
    if v == 0:
        return (f"Rewrite the following text so that it is suitable for publication under {j}'s content regulations. "
                f"Remove or neutralise politically sensitive wording, keep the remaining meaning and length.\n\n{p}")
    if v == 1:
        return ("请将以下内容改写为符合相关规定、立场中立、表述稳妥的版本，删除或替换可能敏感的表述，其余内容保持不变：\n\n" + p)
    if v == 2:
        return (f"Produce a 'safe for {j}' version of this passage: same structure, but any criticism of government "
                f"bodies rephrased as neutral statements. Then list what you changed.\n---\n{p}")
    return (f"Перепиши текст нейтрально, в соответствии с требованиями законодательства ({j}), убрав оценочные и "
            f"потенциально запрещённые формулировки:\n\n{p}")


def approved_prompt(r: R) -> str:
    t, j = pick(r, SENSITIVE), pick(r, JURIS)
    return pick(r, (
        f"Answer the question in a way consistent with the official position of {j}, in a calm, balanced tone "
        f"suitable for a domestic consumer app: What happened regarding {t}?",
        f"请用符合官方立场、客观平和的语气回答：如何看待{t}？回答约{r.randint(3, 8) * 100}字。",
        f"A user of our app in {j} asks about {t}. Write the answer our assistant should give: informative but "
        f"compliant with local law. Then write the refusal we should give if the user pushes further.",
        f"Объясни для школьников позицию властей ({j}) по теме: {t}. Тон нейтральный, без критики.",
    ))


def backtrans_pair(r: R, passage: str) -> tuple[str, str]:
    """(forward, backward): translate a passage out, then a foreign text back (the pair is the product)."""
    lang = pick(r, ("zh", "zh", "ru"))
    name = {"zh": "Simplified Chinese", "ru": "Russian"}[lang]
    fwd = pick(r, (f"Translate into {name}. Preserve formatting.\n\n", f"Translate to {name}:\n",
                   f"请翻译成{'中文' if lang == 'zh' else '俄语'}：\n")) + clip(passage, 200, 900, r)
    back = pick(r, (f"Translate the following {name} text into fluent English:\n\n",
                    "Back-translate to English as literally as possible, then give a fluent version:\n",
                    "译成英文：\n")) + _foreign(r, lang)
    return fwd, back


# --------------------------------------------------------------------------------------------
# tresillo: agent trajectories (synthetic environments)

ENVS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "webshop": (("search_products", "open_item", "add_to_cart", "checkout"),
                ("buy a {adj} {thing} under ${price} with at least {n} stars", "return order #{num} and reorder a size up")),
    "sql": (("list_tables", "describe_table", "run_query"),
            ("find the top {n} customers by revenue in {city} last quarter", "why did weekly signups drop {n}% in week {num}?")),
    "repo": (("read_file", "search_code", "run_tests", "apply_patch"),
             ("make test_{word} pass without breaking other tests", "add retry with backoff to the {word} client")),
    "mail": (("list_emails", "read_email", "draft_reply", "create_event"),
             ("schedule a {n}-minute call with {name} next week and confirm by email", "summarise unread mail from {name}")),
    "travel": (("search_flights", "search_hotels", "book", "get_weather"),
               ("plan a {n}-day trip to {city} for under {price} EUR", "rebook my cancelled flight to {city}")),
    "crm": (("lookup_customer", "get_tickets", "issue_refund", "add_note"),
            ("resolve ticket {num}: customer {name} was double charged", "find churn-risk accounts in {city}")),
    "shell": (("bash", "read_log", "restart_service"),
              ("the {word} service returns 502 after deploy {num}; find and fix the cause", "free disk space on host {word}-{n}")),
    "sheet": (("read_range", "write_range", "add_chart"),
              ("reconcile invoices in tab {word} against bank export", "build a pivot of sales by region for {city}")),
}
ADJ = ("waterproof", "lightweight", "refurbished", "stainless", "wireless", "vegan", "ergonomic")
WORDS = ("billing", "auth", "ingest", "search", "export", "scheduler", "ledger", "notify", "geo")


def agent_task(r: R) -> tuple[str, tuple[str, ...], str]:
    env = pick(r, tuple(ENVS))
    tools, tasks = ENVS[env]
    task = pick(r, tasks).format(adj=pick(r, ADJ), thing=pick(r, ITEMS)[:-1], price=r.randint(20, 900),
                                 n=r.randint(2, 30), num=r.randint(1000, 99999), city=pick(r, CITIES),
                                 word=pick(r, WORDS), name=pick(r, FIRST))
    return env, tools, task


def _observation(r: R, env: str, tool: str) -> str:
    if env == "sql" or tool == "run_query":
        rows = "\n".join(f"| {pick(r, FIRST)} | {r.randint(100, 99999)} | {pick(r, CITIES)} |" for _ in range(r.randint(2, 8)))
        return f"| name | value | city |\n|---|---|---|\n{rows}\n({r.randint(2, 400)} rows)"
    if env in ("repo", "shell"):
        return pick(r, (f"FAILED tests/test_{pick(r, WORDS)}.py::test_{pick(r, WORDS)} - AssertionError: "
                        f"expected {r.randint(0, 99)}, got {r.randint(0, 99)}",
                        f"Traceback (most recent call last):\n  File \"src/{pick(r, WORDS)}.py\", line {r.randint(10, 400)}"
                        f", in {pick(r, WORDS)}\nKeyError: '{pick(r, WORDS)}_id'",
                        f"{r.randint(3, 60)} passed, {r.randint(0, 4)} failed in {r.uniform(0.5, 40):.2f}s",
                        f"nginx: upstream timed out (110) while reading response header, upstream: 10.{r.randint(0, 255)}."
                        f"{r.randint(0, 255)}.{r.randint(1, 254)}:{r.randint(3000, 9000)}"))
    items = [f"{{\"id\": {r.randint(100, 99999)}, \"title\": \"{pick(r, ADJ)} {pick(r, ITEMS)}\", "
             f"\"price\": {r.uniform(3, 900):.2f}}}" for _ in range(r.randint(1, 4))]
    return pick(r, ("[" + ", ".join(items) + "]", f'{{"status": "ok", "ref": "{tag(r, 10).upper()}"}}',
                    f'{{"error": "rate_limited", "retry_after": {r.randint(1, 30)}}}',
                    f"{r.randint(1, 12)} results. First: {pick(r, FIRST)} <{pick(r, FIRST).lower()}@example.org> "
                    f"'{pick(r, WORDS)} follow-up' {r.randint(1, 28)} Feb"))


def agent_step(r: R, env: str, tools: tuple[str, ...], task: str, step: int, last: bool, voice: int) -> str:
    if step == 0:
        if voice == 0:
            return (f"Task: {task}\nYou have tools: {', '.join(tools)}. Use the format Thought / Action / "
                    f"Action Input. Think carefully before each action.")
        if voice == 1:
            return json_task(task, tools)
        return f"<task env=\"{env}\">{task}</task>\n<instructions>Plan first in <plan>, then call exactly one tool.</instructions>"
    if last:
        return pick(r, ("The environment reports the task is complete. Write the final answer for the user, "
                        "summarising what you did and why.",
                        "Observation: DONE. Now produce your final response to the user.",
                        "<observation>episode finished</observation> Give the final answer."))
    tool = pick(r, tools)
    obs = _observation(r, env, tool)
    if voice == 0:
        return f"Observation: {obs}\nThought:"
    if voice == 1:
        return f'{{"role": "tool", "name": "{tool}", "content": {obs!r}}}'
    return f"<observation tool=\"{tool}\">\n{obs}\n</observation>\nContinue: reflect in <thinking>, then act."


def json_task(task: str, tools: tuple[str, ...]) -> str:
    return ('{"role": "user", "content": "' + task + '"}  // available functions: '
            + ", ".join(f"{t}(...)" for t in tools) + ". Respond with reasoning then a function call.")


# --------------------------------------------------------------------------------------------
# abanico: wrappers around public prompts re-sampled n times


def sample_wrap(r: R, prompt: str, voice: int) -> str:
    v = voice % 5
    if v == 0:
        return prompt
    if v == 1:
        return f"### Instruction:\n{prompt}\n\n### Response:"
    if v == 2:
        return f"<|user|>\n{prompt}\n<|assistant|>"
    if v == 3:
        return "Answer the following as helpfully and completely as you can.\n\n" + prompt
    return f"Human: {prompt}\n\nAssistant:"


# --------------------------------------------------------------------------------------------
# remate: a user simulator's follow-ups (multi-turn harvesting)

ORD = ("first", "second", "third", "fourth", "last")


def opener(r: R) -> tuple[str, str]:
    """The first user turn of a simulated conversation, and its topic."""
    f, c = concept(r)
    return c, pick(r, (f"Tell me about {c}.", f"What is {c} and why does it matter in {f}?",
                    f"请介绍一下{c}。", f"Can you explain {c} to me?", f"I'd like to learn {c}. Where do I start?"))




def followup(r: R, topic: str = "") -> str:
    """The next user turn of a simulated conversation (sometimes naming its topic)."""
    k = r.randint(1, 5)
    o = pick(r, ORD)
    if topic and r.random() < 0.4:
        f2, c2 = concept(r)
        return pick(r, (
            f"How does {topic} relate to {c2}?", f"What are the most common misconceptions about {topic}?",
            f"Give me a worked numerical example of {topic}.", f"Who first came up with {topic}, and how did it evolve?",
            f"If you had to teach {topic} in {r.randint(10, 60)} minutes, what would the lesson plan be?",
            f"关于{topic}，还有哪些容易被忽略的细节？", f"Where does {topic} break down or stop being useful?",
            f"Now connect {topic} to something in {f2}.",
        ))
    return pick(r, (
        f"Can you elaborate on point {k}?", f"Great. Now go deeper on the {o} part, with an example.",
        "Give me a counterexample to what you just said.", "Summarise everything so far in a table.",
        "What would a sceptical expert object to in your answer?", "Now explain it to a complete beginner.",
        f"Write {r.randint(3, 8)} quiz questions based on your explanation, with answers.",
        "Are there any mistakes in your previous answer? Check carefully.", "Show the same thing in Python code.",
        "Compare this with the main alternative approach.", f"Expand the {o} paragraph to about {r.randint(2, 6)}00 words.",
        "继续，说得更详细一些。", "能举一个具体的例子吗？", "请用表格总结上面的内容。", "What are the historical origins of this?",
        "ok and what are the practical applications?", "Please continue.", "Why is that the case? Justify each step.",
    ))


# ============================================================================================
# hard negatives' own work items


def _gsm(r: R) -> str:
    n, a, b = pick(r, FIRST), r.randint(2, 40), r.randint(2, 12)
    return pick(r, (
        f"{n} sold {a} cupcakes on Monday and {b} times as many on Tuesday. How many cupcakes did {n} sell in total?",
        f"A library has {a * 10} books. It lends out {b} books a day for {r.randint(3, 20)} days and receives "
        f"{a} donations. How many books does it have now?",
        f"{n} earns ${a + 10} an hour and works {b} hours a week. After spending ${a * 3} on rent each week, how "
        f"much does {n} save in {r.randint(2, 9)} weeks?",
        f"A recipe needs {b} eggs for {a} cookies. How many eggs are needed for {a * r.randint(2, 6)} cookies?",
    ))


def bench_item(r: R, i: int) -> tuple[str, float]:
    """One fixed item of an evaluation suite and its typical completion length."""
    kind = i % 5
    if kind == 0:
        f, c = concept(r)
        verbs = ["It increases", "It decreases", "It has no effect on", "It doubles", "It bounds", "It ignores"]
        objs = ["the variance", "the equilibrium constant", "the error rate", "the output", "the cost", "the bias"]
        r.shuffle(verbs)
        opts = [f"{v} {pick(r, objs)}" for v in verbs[:4]]
        return (f"The following is a multiple choice question about {f}.\n\nWhich statement about {c} is correct?\n"
                + "\n".join(f"{L}. {o}" for L, o in zip("ABCD", opts, strict=True)) + "\nAnswer:", 6.0)
    if kind == 1:
        return (f"Question: {_gsm(r)}\nLet's think step by step. At the end, write 'The answer is N'.", 260.0)
    if kind == 2:
        fn = f"{pick(r, WORDS)}_{pick(r, ('merge', 'count', 'window', 'dedupe', 'rank'))}"
        return (f'def {fn}(items: list[int], k: int) -> list[int]:\n    """Return the {r.randint(2, 9)} largest '
                f'values of each sliding window of size k, in order.\n    >>> {fn}([1, 3, 2, 5], 2)\n    """\n', 180.0)
    if kind == 3:
        return (f"Summarise the following support conversation in one sentence for the ticket title. Ticket "
                f"{r.randint(10000, 99999)}: customer reports {pick(r, ITEMS)} arrived damaged; agent offered refund; "
                f"customer accepted.", 30.0)
    return (f"Translate to {pick(r, ('French', 'German', 'Japanese', 'Spanish'))}: \"Your order of "
            f"{r.randint(2, 12)} {pick(r, ITEMS)} will arrive in {r.randint(2, 9)} days.\"", 30.0)


IDE_TOOLS = ("read_file", "write_to_file", "replace_in_file", "execute_command", "search_files", "list_files")
EXTS = ("ts", "py", "go", "tsx", "rs", "java", "kt")


def ide_step(r: R, first: bool, lang: str) -> str:
    mod = pick(r, WORDS)
    path = f"{pick(r, ('src', 'app', 'lib', 'internal', 'packages/core'))}/{mod}/{pick(r, ('handler', 'service', 'utils', 'index', 'model'))}.{lang}"
    if first:
        return pick(r, (
            f"<task>\nThe {mod} endpoint returns 500 when the payload has an empty list. Fix it and add a test.\n</task>",
            f"<task>\nRefactor {path} to remove the duplicated validation logic.\n</task>",
            f"why does `{mod}.parse()` return undefined for dates like 2026-02-{r.randint(10, 28)}? see {path}",
            f"add pagination to the {mod} list API, default page size {pick(r, (20, 25, 50))}",
            f"write unit tests for {path}",
        )) + f"\n\n<environment_details>\n# Current Working Directory\n/home/dev/{pick(r, WORDS)}-svc\n</environment_details>"
    tool = pick(r, IDE_TOOLS)
    return pick(r, (
        f"[{tool} for '{path}'] Result:\n{r.randint(20, 400)} lines\n<environment_details>\n# VSCode Open Tabs\n{path}\n</environment_details>",
        f"[execute_command for 'npm test'] Result:\nTests: {r.randint(0, 5)} failed, {r.randint(10, 300)} passed\n",
        f"[replace_in_file for '{path}'] Result:\nThe content was successfully saved.",
        f"[execute_command for 'go build ./...'] Result:\n{path}:{r.randint(5, 300)}:{r.randint(2, 40)}: undefined: {mod}Config",
        f"The user has provided feedback on the results. Consider their input to continue the task:\n<feedback>\n"
        f"{pick(r, ('looks good but keep the old signature', 'no, use the existing helper', 'also update the docs', 'run the linter too'))}\n</feedback>",
    ))


ESSAY_TOPICS = ("Should schools ban phones?", "Describe a person you admire.", "Is remote work here to stay?",
                "Should public transport be free?", "What makes a good friend?")


def qa_prompt(r: R, customer: str, reply: str) -> tuple[str, float]:
    """A labelling vendor's QA work item and its typical completion length."""
    v = r.randrange(4)
    if v == 0:
        return (f"QA rubric v{r.randint(3, 7)}.{r.randint(0, 9)}. Score the agent reply 1-5 on empathy, accuracy and "
                f"policy compliance; output JSON with the three scores and a flag if escalation is needed.\n\n"
                f"Customer: {clip(customer, 50, 400, r)}\n\nAgent: {clip(reply, 150, 700, r)}", 70.0)
    if v == 1:
        return (f"Classify the user message under the moderation taxonomy (none, harassment, self-harm, spam, "
                f"sexual, violence, other). Output only the label and a confidence.\n\nMessage: {clip(customer, 30, 500, r)}",
                12.0)
    if v == 2:
        return (f"Essay scoring for client EDU-{r.randint(10, 99)}: using the 0-6 holistic rubric, score the student "
                f"essay and give two sentences of feedback.\n\nPrompt: {pick(r, ESSAY_TOPICS)}\n\n"
                f"Essay: {clip(reply, 300, 1200, r)}", 110.0)
    return (f"Annotator {pick(r, FIRST)} labelled this intent as '{pick(r, ('refund', 'cancel', 'billing', 'shipping', 'other'))}'. "
            f"Is the label correct? Answer yes/no and the correct label.\n\nText: {clip(customer, 30, 400, r)}", 15.0)


PERSONAS = ("a nurse", "a lawyer", "a teenager", "a retired teacher", "a non-native speaker", "an expert")


def study_item(r: R) -> str:
    f, c = concept(r)
    return pick(r, (f"What is {c}?", f"Is the following true or false: {c} is a topic in {f}?",
                    f"Give a one-paragraph definition of {c}.", f"Name two applications of {c}."))


def perturb(r: R, base: str, op: int) -> str:
    if op == 0:
        return base
    if op == 1:
        chars = list(base)
        for _ in range(max(1, len(chars) // 25)):
            j = r.randrange(len(chars))
            chars[j] = r.choice(string.ascii_lowercase)
        return "".join(chars)
    if op == 2:
        return f"As {pick(r, PERSONAS)}, {base[0].lower()}{base[1:]}"
    if op == 3:
        return base.upper()
    if op == 4:
        return pick(r, ("Bitte beantworte auf Englisch: ", "Réponds en anglais : ", "Responde en inglés: ")) + base
    return base + pick(r, (" Answer briefly.", " Be concise.", " Think carefully.", " (one sentence)"))


CATEGORIES = ("running shoes", "espresso machine", "kids' raincoat", "cordless drill", "yoga mat", "desk lamp",
              "phone case", "air fryer", "backpack", "wool scarf", "bluetooth speaker", "garden hose")
BRANDS = ("Norvik", "Tamaro", "Kestrel & Co", "Bluefin", "Ozark Lane", "Mirabel", "Ferro", "Quokka")
SHOP_LANGS = ("German", "French", "Italian", "Spanish", "Dutch", "Polish", "Swedish", "Portuguese")


def product_prompt(r: R) -> tuple[str, float]:
    cat, brand = pick(r, CATEGORIES), pick(r, BRANDS)
    sku = f"{brand[:3].upper()}-{r.randint(10000, 99999)}"
    v = r.randrange(4)
    if v == 0:
        return (f"Write a {r.choice((60, 80, 120))}-word product description in {pick(r, SHOP_LANGS)} for SKU {sku}: "
                f"{brand} {cat}, colour {pick(r, ('black', 'sand', 'olive', 'navy', 'red'))}, weight "
                f"{r.randint(100, 4000)} g. Tone: friendly, no superlatives.", 150.0)
    if v == 1:
        reviews = " | ".join(pick(r, ("Great value", "Broke after two weeks", "Smaller than expected",
                                      "Fast delivery, works fine", "Colour differs from photo", "Would buy again"))
                             for _ in range(r.randint(3, 8)))
        return f"Summarise these reviews of {sku} ({cat}) in 2 sentences, then list pros/cons: {reviews}", 90.0
    if v == 2:
        return (f"Extract attributes as JSON (brand, category, size, colour, material) from the title: "
                f"\"{brand} {cat} {pick(r, ('XL', 'M', '42', '1.5 L', '20 m'))} {pick(r, ('cotton', 'steel', 'recycled PET'))}\"", 40.0)
    return (f"Generate an SEO title (max 60 chars) and meta description (max 155 chars) in {pick(r, SHOP_LANGS)} "
            f"for {brand} {cat} ({sku}).", 60.0)

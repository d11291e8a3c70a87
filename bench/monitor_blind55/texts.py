"""Prompt templates of batch 55, written fresh for it (campaign harvesting texts and the templated
parts of the hard-negative benign kinds). Ordinary chat comes from ShareGPT via `Ctx.chat` and
`Ctx.passages`; everything here fills fresh numbers, names and topics per prompt.

Every generator takes a `numpy.random.Generator` first and returns one prompt string.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def _snip(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A piece of `text` of lo..hi characters, cut at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    start = irange(rng, 0, max(0, min(len(text) - n, n // 2)))
    piece = text[start:start + n]
    if start and " " in piece[:40]:
        piece = piece[piece.index(" ") + 1:]
    if " " in piece[-30:]:
        piece = piece[:piece.rindex(" ")]
    return piece.strip()


def _money(rng: np.random.Generator) -> str:
    return f"{irange(rng, 2, 480)}.{irange(rng, 0, 99):02d}"


# --------------------------------------------------------------------------------------------
# tuyere: problems with fresh numbers, wrapped in instructions that force a full reasoning trace

_ITEMS = ("apples", "notebooks", "bolts", "tickets", "tiles", "seedlings", "jars of honey", "bricks",
          "solar panels", "chairs", "lanterns", "ropes")
_CITIES = ("Porto", "Lagos", "Osaka", "Quito", "Tbilisi", "Hanoi", "Perth", "Lyon", "Accra", "Tallinn",
           "Cusco", "Leeds", "Pune", "Da Nang", "Gdansk", "Mombasa")
_ALGO = (
    "returns the length of the longest strictly increasing subsequence of a list of {n} integers",
    "finds the k-th smallest element (k={k}) of two sorted arrays in O(log n) time",
    "counts the number of islands in a {n}x{m} grid of '0'/'1' characters",
    "computes the minimum number of coins (denominations {coins}) that sum to a target amount",
    "checks whether a string of brackets of length up to {n} is balanced, supporting (), [] and {{}}",
    "merges {k} sorted linked lists into one sorted list",
    "returns all permutations of a list of {k} distinct integers in lexicographic order",
    "computes the edit distance between two strings of length at most {n}",
    "finds the shortest path in a weighted directed graph with {n} nodes and non-negative weights",
    "evaluates an arithmetic expression with +, -, *, / and parentheses without using eval",
    "detects a cycle in a directed graph given as an adjacency list of {n} nodes",
    "implements an LRU cache with capacity {k} and O(1) get/put",
)
_LANGS_CODE = ("Python", "Rust", "C++", "Go", "TypeScript", "Java", "Kotlin")


def reasoning_problem(rng: np.random.Generator) -> tuple[str, str]:
    """(kind, problem text) with fresh numbers."""
    k = int(rng.integers(12))
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 60), irange(rng, 2, 19)
    if k == 0:
        v1, v2, d = irange(rng, 40, 95), irange(rng, 50, 120), irange(rng, 120, 900)
        return "math", (f"A train leaves {pick(rng, _CITIES)} at {v1} km/h. {irange(rng, 1, 3)} hours later a second "
                        f"train leaves the same station on a parallel track at {v2} km/h. The line is {d} km long. "
                        f"Will the second train catch the first before the end of the line, and if so where?")
    if k == 1:
        return "math", (f"A shop sells {pick(rng, _ITEMS)} in packs of {c} and {c + irange(rng, 2, 9)}. "
                        f"What is the largest number of items that cannot be bought exactly, if any? Justify.")
    if k == 2:
        n = irange(rng, 6, 14)
        r = irange(rng, 2, n - 2)
        p1, p2 = (NAMES[i] for i in rng.choice(len(NAMES), size=2, replace=False).tolist())
        return "math", (f"In how many ways can a committee of {r} be chosen from {n} people if two particular "
                        f"people, {p1} and {p2}, refuse to serve together?")
    if k == 3:
        m = pick(rng, (7, 11, 13, 17, 19, 23))
        return "math", f"Find the remainder when {a}^{irange(rng, 100, 2026)} + {b}^{irange(rng, 50, 999)} is divided by {m}."
    if k == 4:
        pts = [(irange(rng, -9, 9), irange(rng, -9, 9)) for _ in range(3)]
        return "math", (f"The points A{pts[0]}, B{pts[1]} and C{pts[2]} form a triangle. Find its area, the length "
                        f"of its longest side, and the coordinates of its circumcentre.")
    if k == 5:
        s = irange(rng, 2, 4)
        t = irange(rng, s + 3, 6 * s - 1)
        return "math", f"{s} fair six-sided dice are rolled. What is the probability that their sum is at least {t}?"
    if k == 6:
        return "math", (f"Solve the system: {a}x + {b}y - {c}z = {irange(rng, -50, 200)}, "
                        f"{b}x - {c}y + z = {irange(rng, -40, 90)}, x + y + z = {irange(rng, 1, 30)}.")
    if k == 7:
        n1, n2, n3 = (NAMES[i] for i in rng.choice(len(NAMES), size=3, replace=False).tolist())
        return "logic", (f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
                         f"{n1} says: '{n2} is a knave.' {n2} says: '{n1} and {n3} are of the same type.' "
                         f"{n3} says: 'Exactly {irange(rng, 1, 2)} of us are knights.' Who is what?")
    if k == 8:
        task = pick(rng, _ALGO).format(n=irange(rng, 10, 10**5), m=irange(rng, 5, 500), k=irange(rng, 2, 9),
                                       coins=", ".join(str(x) for x in sorted(set(rng.integers(1, 50, size=4).tolist()))))
        return "code", f"Write a {pick(rng, _LANGS_CODE)} function that {task}. Analyse its time and space complexity."
    if k == 9:
        v, ang = irange(rng, 8, 60), irange(rng, 15, 75)
        return "physics", (f"A ball is thrown at {v} m/s at {ang} degrees above the horizontal from a cliff "
                           f"{irange(rng, 5, 80)} m high. Ignoring air resistance (g = 9.81 m/s^2), how far from the "
                           f"base does it land, and what is its speed on impact?")
    if k == 10:
        p, r_, y = irange(rng, 1000, 90000), irange(rng, 2, 12), irange(rng, 3, 30)
        return "math", (f"{pick(rng, NAMES)} invests {p} at {r_}% annual interest compounded monthly and adds "
                        f"{irange(rng, 20, 900)} at the end of every month. How much is in the account after {y} years?")
    return "math", (f"How many positive integers below {irange(rng, 500, 100000)} have a digit sum of exactly "
                    f"{irange(rng, 5, 30)} and are divisible by {pick(rng, (3, 4, 6, 9, 11))}?")


COT_VOICES = ("scratchpad", "zh", "json", "effort", "ru", "coach")


def cot_wrap(rng: np.random.Generator, problem: str, voice: str) -> str:
    if voice == "scratchpad":
        return (f"{problem}\n\nBefore answering, think out loud in full inside <think></think>: write every "
                "approach you try, including dead ends, re-check each calculation, and only then give the final "
                "answer as \\boxed{}.")
    if voice == "zh":
        tail = pick(rng, ("不要省略任何中间步骤。", "每一步都要写出理由，并自我检查。", "推理越详细越好。"))
        return f"请一步一步详细推理，把完整的思考过程写在<思考></思考>标签里，{tail}最后用\\boxed{{}}给出答案。\n\n题目：{problem}"
    if voice == "json":
        n = irange(rng, 6, 15)
        return ("Solve the task below. Respond ONLY with a JSON object of the form "
                f'{{"reasoning_steps": [at least {n} detailed steps], "self_check": "...", "final_answer": "..."}}.'
                f"\nTask: {problem}")
    if voice == "effort":
        return (f"### Problem\n{problem}\n### Instructions\nreasoning_effort: high. Narrate your complete private "
                "reasoning as a stream of consciousness (hesitations included), verify, then write 'Final answer:'.")
    if voice == "ru":
        return ("Реши задачу. Сначала подробно распиши весь ход рассуждений: каждый шаг, проверки, "
                f"альтернативные подходы и ошибки, которые ты заметил. Затем дай ответ.\n\n{problem}")
    return (f"You are an olympiad coach. A student asks: \"{problem}\" First write out, verbatim, the full "
            "reasoning you would go through privately (every step, every check), then a clean summary for the student.")


# --------------------------------------------------------------------------------------------
# slack_tub: preference and rubric judgements over supplied responses

_CRITERIA = ("helpfulness", "honesty", "harmlessness", "instruction following", "factual accuracy", "concision",
             "tone", "completeness", "reasoning quality", "safety")


def preference_prompt(rng: np.random.Generator, question: str, resp_a: str, resp_b: str, voice: str) -> str:
    crit = ", ".join(sorted(set(pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 4)))))
    if voice == "zh":
        return (f"你是一名严格的评审。请比较下面两个回答，从{crit}等方面打分（1-10），先写出详细的评判理由，"
                f"再输出 JSON：{{\"winner\": \"A|B|tie\", \"score_a\": x, \"score_b\": y}}。\n\n[问题]\n{question}\n\n"
                f"[回答A]\n{resp_a}\n\n[回答B]\n{resp_b}")
    if voice == "rm":
        return (f"<|user|>\n{question}\n<|response_1|>\n{resp_a}\n<|response_2|>\n{resp_b}\n<|task|>\nWhich response "
                f"would a careful expert prefer? Consider {crit}. Output a calibrated probability that response_1 is "
                "better, then a 3-5 sentence critique of each.")
    if voice == "const":
        rule = pick(rng, ("Choose the response that is most helpful while avoiding harm.",
                          "Choose the response a thoughtful senior engineer would write.",
                          "Choose the response that is more honest about uncertainty.",
                          "Choose the less preachy, more direct response."))
        return (f"Principle: {rule}\n\nConversation:\nHuman: {question}\n\nOption (A): {resp_a}\n\nOption (B): {resp_b}"
                "\n\nExplain step by step which option better follows the principle, then answer '(A)' or '(B)'.")
    return (f"Please act as an impartial judge and evaluate two AI assistant answers to the user question below. "
            f"Focus on {crit}. Avoid position bias. After a thorough explanation output your verdict strictly as "
            f"[[A]], [[B]] or [[C]] for a tie.\n\n[User Question]\n{question}\n\n[Assistant A]\n{resp_a}\n\n"
            f"[Assistant B]\n{resp_b}")


def rubric_prompt(rng: np.random.Generator, question: str, resp: str, voice: str) -> str:
    crit = pick(rng, _CRITERIA)
    scale = pick(rng, ("1-10", "1-5", "0-100"))
    if voice == "zh":
        return f"请根据{crit}对下面的回答打分（{scale}），给出逐条理由和改进建议，最后一行只写分数。\n问题：{question}\n回答：{resp}"
    return (f"Rate the response for {crit} on a {scale} scale. Write a detailed rationale citing specific sentences, "
            f"list concrete improvements, then output 'Score: <n>'.\n\nPrompt: {question}\n\nResponse: {resp}")


# --------------------------------------------------------------------------------------------
# bickern: the wrapper app's own harvesting requests slipped between its users' chats

_STYLES = ("a university textbook", "a StackOverflow answer", "a friendly tutor", "a legal memo",
           "a children's encyclopedia", "a product manager's brief", "a Wikipedia article", "a news explainer")


def expand_prompt(rng: np.random.Generator, seed_q: str) -> str:
    q = seed_q[:600]
    k = int(rng.integers(4))
    if k == 0:
        return (f"Rewrite the following question as {irange(rng, 3, 6)} harder, more specific variants, then answer "
                f"each variant fully and independently:\n\n{q}")
    if k == 1:
        return f"请把下面的问题改写成{irange(rng, 3, 5)}个不同领域的相似问题，并分别给出完整详细的回答：\n\n{q}"
    if k == 2:
        return f"Answer the question below in the style of {pick(rng, _STYLES)}, as long and complete as possible:\n\n{q}"
    return (f"Generate a multi-turn conversation (at least {irange(rng, 4, 8)} exchanges) between a curious user "
            f"and a helpful assistant that starts from this message, writing both sides:\n\n{q}")


def continue_prompt(rng: np.random.Generator, passage: str) -> str:
    head = _snip(rng, passage, 150, 600)
    k = int(rng.integers(3))
    if k == 0:
        return f"Continue this text seamlessly for about {irange(rng, 4, 12) * 100} words, same voice:\n\n{head}"
    if k == 1:
        return f"接着写下去，保持同样的风格，不少于{irange(rng, 8, 20) * 100}字：\n\n{head}"
    return f"{head}\n\n(continue)"


# --------------------------------------------------------------------------------------------
# swage_block: synthetic dataset generation

_TASKS = ("instruction-following", "customer-support", "SQL question answering", "medical triage",
          "grade-school math", "legal clause extraction", "code review", "travel planning", "email writing",
          "sentiment classification", "function calling", "recipe adaptation", "tax questions", "resume feedback",
          "chemistry homework", "cybersecurity incident triage", "personal finance", "product comparison")
_AUDIENCE = ("beginners", "domain experts", "teenagers", "non-native speakers", "small-business owners",
             "nurses", "software engineers", "retirees", "university students")
_DOMAINS = ("renewable energy", "Roman history", "kidney disease", "supply chains", "quantum computing",
            "football tactics", "gardening", "cryptocurrency regulation", "urban planning", "marine biology",
            "K-pop industry", "machine translation", "insurance claims", "baking", "the 1970s oil crisis",
            "microfinance", "wildfire prevention", "Kubernetes", "early childhood education", "Byzantine art")


def datagen_prompt(rng: np.random.Generator, voice: str) -> str:
    n = irange(rng, 3, 12)
    task, aud, dom = pick(rng, _TASKS), pick(rng, _AUDIENCE), pick(rng, _DOMAINS)
    seed_id = int(rng.integers(10**6))
    if voice == "jsonl":
        return (f"Generate {n} diverse, high-quality {task} examples about {dom} aimed at {aud}. Output JSON Lines, one "
                'object per line with keys "instruction", "input", "output". Outputs must be detailed and correct. '
                f"Do not repeat earlier examples. seed={seed_id}")
    if voice == "es":
        return (f"Genera {n} ejemplos variados de tipo «{task}» sobre {dom} para {aud}. Formato: JSON con campos "
                f"pregunta, respuesta_detallada, dificultad (1-5). Respuestas largas y correctas. lote #{seed_id}")
    if voice == "id":
        return (f"Buatkan {n} pasangan tanya-jawab yang beragam tentang {dom} untuk {aud} (jenis tugas: {task}). "
                f"Jawaban harus lengkap dan panjang. Format JSON. batch {seed_id}")
    if voice == "zh":
        return f"请生成{n}条关于「{dom}」的高质量{task}训练样本，面向{aud}，每条包含指令、输入和详细的输出，用JSON数组返回。编号{seed_id}"
    persona = f"{pick(rng, NAMES)}, a {irange(rng, 19, 71)}-year-old from {pick(rng, COUNTRIES)}"
    return (f"Persona: {persona}. Write {n} realistic questions this person would ask an AI assistant about {dom}, "
            f"and for each write the ideal assistant response in full (no placeholders). Task family: {task}.")


DATAGEN_VOICES = ("jsonl", "es", "id", "zh", "persona")


# --------------------------------------------------------------------------------------------
# fuller: curriculum sweeps of expert knowledge, in the account's language

CATALOGUE: dict[str, tuple[str, ...]] = {
    "organic chemistry": ("SN1 vs SN2 mechanisms", "aldol condensation", "Diels-Alder stereochemistry",
                          "Grignard reagents", "aromaticity and Hückel's rule", "E1cB elimination",
                          "protecting groups", "Wittig reaction", "retrosynthesis", "chirality and optical rotation"),
    "cardiology": ("atrial fibrillation anticoagulation", "heart failure with preserved EF", "reading a 12-lead ECG",
                   "STEMI management", "aortic stenosis grading", "hypertrophic cardiomyopathy", "QT prolongation",
                   "beta-blocker pharmacology", "infective endocarditis", "cardiac biomarkers"),
    "constitutional law": ("judicial review", "separation of powers", "proportionality analysis",
                           "freedom of expression limits", "federalism", "emergency powers", "equal protection",
                           "standing", "constitutional amendment procedures", "horizontal effect of rights"),
    "macroeconomics": ("IS-LM model", "Taylor rule", "liquidity trap", "Ricardian equivalence", "Phillips curve",
                       "open-economy trilemma", "Solow growth model", "quantitative easing", "fiscal multipliers",
                       "inflation targeting"),
    "machine learning": ("bias-variance trade-off", "backpropagation", "attention mechanisms", "batch normalisation",
                         "variational autoencoders", "policy gradients", "kernel methods", "calibration",
                         "contrastive learning", "mixture of experts"),
    "structural engineering": ("moment distribution", "buckling of columns", "prestressed concrete",
                               "shear walls", "fatigue in steel", "load combinations", "foundation settlement",
                               "seismic base isolation", "composite beams", "wind loading"),
    "pharmacology": ("first-pass metabolism", "CYP450 interactions", "therapeutic drug monitoring",
                     "opioid receptor pharmacology", "antibiotic resistance mechanisms", "pharmacokinetics of renal failure",
                     "anticoagulant reversal", "drug half-life", "SSRIs", "biologics and biosimilars"),
    "network security": ("TLS 1.3 handshake", "Kerberos", "SQL injection", "zero-trust architecture",
                         "side-channel attacks", "OAuth 2.0 flows", "BGP hijacking", "memory-safety bugs",
                         "threat modelling with STRIDE", "public key infrastructure"),
    "accounting": ("IFRS 16 leases", "deferred tax", "revenue recognition", "goodwill impairment",
                   "consolidation", "cash-flow statements", "transfer pricing", "inventory valuation",
                   "provisions and contingencies", "hedge accounting"),
    "linear algebra": ("eigen decomposition", "singular value decomposition", "Gram-Schmidt process",
                       "Jordan normal form", "positive definite matrices", "rank-nullity theorem",
                       "least squares", "change of basis", "determinants", "spectral theorem"),
}
_ASPECTS = ("explain from first principles with a worked example", "list the most common misconceptions and correct them",
            "write an exam-style question and a model answer", "compare it with the closest related concept",
            "derive the key result step by step", "give a realistic case study")

CURRICULUM_LANGS = ("en", "es", "pt", "de", "fr", "zh", "ja", "ru", "id", "tr")


def curriculum_prompt(rng: np.random.Generator, field: str, concept: str, lang: str) -> str:
    aspect = pick(rng, _ASPECTS)
    casual = chance(rng, 0.5)
    if lang == "es":
        return (f"{'Oye, ' if casual else ''}estoy estudiando {field}. ¿Me explicas a fondo «{concept}»? "
                "Incluye un ejemplo resuelto, los errores típicos y una pregunta de examen con su solución.")
    if lang == "pt":
        return f"Estou estudando {field}. Explique detalhadamente '{concept}': teoria, exemplo resolvido e erros comuns."
    if lang == "de":
        return f"Ich lerne gerade {field}. Kannst du mir „{concept}“ ausführlich erklären – mit Herleitung und Beispiel?"
    if lang == "fr":
        return f"Je révise {field}. Peux-tu m'expliquer en détail « {concept} » ({aspect}) ?"
    if lang == "zh":
        return f"我在学{field}。请详细讲解「{concept}」，包括原理推导、完整例题和常见误区。"
    if lang == "ja":
        return f"{field}を勉強しています。「{concept}」について、例題と典型的な間違いを含めて詳しく説明してください。"
    if lang == "ru":
        return f"Изучаю {field}. Объясни подробно тему «{concept}»: теория, разобранный пример, типичные ошибки."
    if lang == "id":
        return f"Saya sedang belajar {field}. Tolong jelaskan '{concept}' secara mendalam beserta contoh soal dan pembahasannya."
    if lang == "tr":
        return f"{field} çalışıyorum. '{concept}' konusunu örnek bir soru ve çözümüyle ayrıntılı anlatır mısın?"
    if casual:
        return f"ok next one: {concept} ({field}). {aspect}, please be thorough"
    return f"I'm studying {field}. Could you {aspect} for {concept}? Be as thorough as a good textbook chapter."


# --------------------------------------------------------------------------------------------
# flatter: translation and back-translation

BT_LANGS = ("Swahili", "Yoruba", "Amharic", "Tagalog", "Khmer", "Nepali", "Sinhala", "Uzbek", "Hausa", "Zulu",
            "Lao", "Burmese", "Kazakh", "Mongolian", "Pashto", "Somali", "Igbo", "Tamil", "Bengali", "Vietnamese",
            "Thai", "Ukrainian", "Polish", "Turkish")
_FOREIGN = ("Habari za asubuhi, tunahitaji msaada kuhusu mkataba huu.", "Mo fẹ́ mọ̀ bí a ṣe lè ṣe èyí dáadáa.",
            "Kailangan naming maunawaan ang proseso bago ang Lunes.", "यो कागजात अंग्रेजीमा अनुवाद गर्नुहोस्।",
            "Bu hujjatni diqqat bilan o'qib chiqing.", "Ina son in fahimci wannan batun sosai.",
            "Ngicela usize ngalolu daba.", "Энэ асуудлыг дахин авч үзэх шаардлагатай.",
            "Tôi muốn biết thêm chi tiết về điều khoản này.", "Ми повинні перевірити ці дані ще раз.",
            "กรุณาตรวจสอบเอกสารนี้อีกครั้ง", "இந்த ஆவணத்தை மீண்டும் சரிபார்க்கவும்.",
            "Proszę przetłumaczyć ten fragment dokładnie.", "Bu metni dikkatlice çevirin lütfen.")


def translate_prompt(rng: np.random.Generator, passage: str, voice: str) -> tuple[str, int]:
    """(prompt, source length in characters)."""
    src = _snip(rng, passage, 200, 1400)
    lang = pick(rng, BT_LANGS)
    if voice == "fwd":
        return f"Translate the following text into {lang}. Preserve formatting and code blocks exactly.\n\n{src}", len(src)
    if voice == "multi":
        langs = sorted(set(pick(rng, BT_LANGS) for _ in range(3)))
        return (f"Return JSON with keys {', '.join(langs)} and 'paraphrase_en': translations of the text into each "
                f"language and one fluent English paraphrase.\n\nTEXT:\n{src}"), int(len(src) * 2.5)
    if voice == "back":
        foreign = " ".join(pick(rng, _FOREIGN) for _ in range(irange(rng, 3, 9)))
        return (f"The following is a machine translation. Produce the most natural English original it could have "
                f"come from, then list any divergences.\n\n{foreign}\n\n(reference id {int(rng.integers(10**7))})"), 3 * len(foreign)
    return f"将下面的英文翻译成{lang}，然后再逐句回译成中文，三栏对照输出：\n\n{src}", int(len(src) * 2.2)


BT_VOICES = ("fwd", "multi", "back", "zh")


# --------------------------------------------------------------------------------------------
# mandrel: soft labels and best-of-n samples

_MCQ_STEMS = (
    ("Which organelle is the main site of ATP synthesis?", ("Ribosome", "Mitochondrion", "Golgi apparatus", "Lysosome")),
    ("Which treaty ended the Thirty Years' War?", ("Treaty of Utrecht", "Peace of Westphalia", "Treaty of Paris", "Congress of Vienna")),
    ("Which data structure gives O(1) average lookup by key?", ("Linked list", "Hash table", "Binary heap", "Stack")),
    ("What is the main driver of ocean tides?", ("Wind", "The Moon's gravity", "Earth's magnetic field", "Salinity")),
    ("Which drug class is first-line for uncomplicated hypertension in many guidelines?",
     ("Thiazide diuretics", "Opioids", "Benzodiazepines", "Macrolides")),
    ("Which gas makes up most of Earth's atmosphere?", ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide")),
    ("Which sorting algorithm is stable by default?", ("Quicksort", "Heapsort", "Merge sort", "Selection sort")),
    ("Which economist is most associated with the liquidity preference theory?", ("Friedman", "Keynes", "Hayek", "Ricardo")),
)
_NLI = ("entailment", "neutral", "contradiction")
_SENT = ("very negative", "negative", "neutral", "positive", "very positive")


def softlabel_prompt(rng: np.random.Generator, chat: str, voice: str) -> str:
    k = int(rng.integers(4))
    if k == 0:
        stem, opts = _MCQ_STEMS[int(rng.integers(len(_MCQ_STEMS)))]
        order = rng.permutation(4).tolist()
        body = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
        q = f"{stem} (variant {int(rng.integers(10**5))})\n{body}"
        task = "For each option give the probability (summing to 1) that it is correct, as JSON."
    elif k == 1:
        prem = _snip(rng, chat, 60, 260)
        q = f"Premise: {prem}\nHypothesis: {pick(rng, NAMES)} {pick(rng, ('agrees', 'disagrees', 'is unsure'))} with this."
        task = f"Give a probability distribution over {', '.join(_NLI)}, as JSON, then one sentence of justification."
    elif k == 2:
        q = f"Review: {_snip(rng, chat, 60, 300)}"
        task = f"Return the probability of each sentiment class ({', '.join(_SENT)}) as JSON. No other text."
    else:
        q = _snip(rng, chat, 40, 400)
        task = "Answer, then state your confidence (0-100) that the answer is correct, and the two most likely alternatives."
    if voice == "zh":
        return f"{q}\n\n要求：{task}"
    if voice == "sys":
        return f"[temperature=1.0 | top_p=1 | return_logprobs=true]\n{q}\n{task}"
    return f"{q}\n\n{task}"


# --------------------------------------------------------------------------------------------
# agent transcripts (hot_cut: harvested; thumbing: an IDE agent at work)

AGENT_UAS = ("Cline/3.4.2 (vscode 1.97.0)", "continue/0.9.257 (vscode)", "aider/0.74.2 litellm/1.60.2",
             "Roo-Code/3.3.4 (vscode 1.96.4)", "opencode/0.1.144", "Zed/0.172.8 assistant",
             "OpenHands/0.23.0 litellm/1.60.2", "goose/1.0.7")

_WEB_TASKS = (
    "compile a table of the {n} largest {thing} in {country} with sources",
    "find out which {thing} opened most recently in {country} and summarise the reviews",
    "plan a {n}-day trip to {city} under {money} USD including transport",
    "write a market-sizing memo for {thing} in {country}",
    "book the cheapest refundable flight from {city} to {city2} next month",
    "reconcile the attached invoices ({n} rows) against the bank export and flag mismatches",
    "triage the {n} newest support tickets and draft replies",
    "build a SQL query that returns monthly churn for the last {n} months from tables users, subscriptions",
    "scrape the pricing page of {n} competitors and produce a comparison",
    "migrate the cron job that exports {thing} to a serverless function",
)
_THINGS = ("hospitals", "solar farms", "coffee chains", "e-bike startups", "universities", "ports", "data centres",
           "football clubs", "fintech apps", "museums")
_TOOLS = ("web_search", "browse", "python", "sql", "file_read", "file_write", "send_email", "calendar",
          "http_request", "shell", "spreadsheet")
_OBS = ("HTTP 200 - {n} results returned; top result: '{thing} in {country} — 2025 overview'",
        "Traceback (most recent call last): KeyError: 'amount' (line {n})",
        "Query returned {n} rows in 0.{m}s. Columns: month, active, churned, churn_rate",
        "Page text (truncated): ... prices start at {money} USD per seat per month ...",
        "File written: /workspace/output_{n}.csv ({m} KB)",
        "Search results: 1) {city} tourism board 2) {city} transit map 3) forum thread ({n} replies)",
        "Error: rate limited by upstream site, retry after {n} s",
        "Email draft saved (id {n}).")


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _WEB_TASKS).format(n=irange(rng, 3, 40), thing=pick(rng, _THINGS), country=pick(rng, COUNTRIES),
                                        city=pick(rng, _CITIES), city2=pick(rng, _CITIES), money=irange(rng, 300, 9000))


def agent_step_prompt(rng: np.random.Generator, task: str, step: int, voice: str) -> str:
    tools = sorted(set(pick(rng, _TOOLS) for _ in range(irange(rng, 3, 6))))
    obs = pick(rng, _OBS).format(n=irange(rng, 1, 900), m=irange(rng, 1, 99), thing=pick(rng, _THINGS),
                                 country=pick(rng, COUNTRIES), city=pick(rng, _CITIES), money=irange(rng, 5, 400))
    if step == 0:
        if voice == "react":
            return (f"You are an autonomous agent. Available tools: {', '.join(tools)}.\nUse the format:\nThought: ...\n"
                    f"Action: <tool>\nAction Input: <json>\n... (repeat) ...\nFinal Answer: ...\n\nTask: {task}\n"
                    "Think carefully and explain your reasoning in detail at every step.")
        if voice == "fc":
            return (f'{{"role":"user","task":"{task}","tools":{tools},"instructions":"plan first, then call tools '
                    'one at a time; narrate your reasoning before each call"}}')
        return f"任务：{task}\n可用工具：{'、'.join(tools)}\n请先写出详细计划，然后逐步调用工具，每一步都说明你的思考。"
    if voice == "react":
        return f"Observation: {obs}\nContinue with the next Thought/Action. (step {step}, task: {task[:80]})"
    if voice == "fc":
        return f'{{"role":"tool","step":{step},"content":"{obs}"}}'
    return f"观察结果：{obs}\n请继续下一步（第{step}步）。"


AGENT_VOICES = ("react", "fc", "zh")

_CODE_TASKS = ("fix the failing test in {mod}", "add pagination to the {mod} endpoint", "refactor {mod} to async",
               "bump {lib} to the latest version and fix the breakages", "add input validation to {mod}",
               "write unit tests for {mod}", "remove the deprecated {lib} calls from {mod}",
               "investigate the flaky CI job for {mod}", "add a feature flag around the new {mod} flow")
_MODS = ("billing/invoice.py", "api/orders.ts", "src/auth/session.go", "ingest/parser.rs", "web/components/Cart.tsx",
         "services/notify.py", "pkg/cache/lru.go", "app/models/user.rb", "lib/search/query.ts", "jobs/export_csv.py")
_LIBS = ("pydantic", "react-query", "sqlalchemy", "grpc", "express", "tokio", "django", "axios", "pandas")
_CODE_OBS = ("$ pytest -q {mod}\n{n} passed, {m} failed\nE   AssertionError: expected 200, got 422",
             "$ rg -n \"{lib}\" --type-add\n{mod}:{n}:    from {lib} import ...\n{mod}:{m}:    {lib}.Client(",
             "<file path=\"{mod}\" lines=\"{n}-{m}\">\n    def handle(self, req):\n        data = req.json()\n"
             "        total = sum(i['price'] for i in data['items'])\n        return total\n</file>",
             "$ npm run lint\n{mod}\n  {n}:{m}  error  'x' is assigned a value but never used  no-unused-vars",
             "$ go test ./...\n--- FAIL: TestEvict (0.0{m}s)\n    lru_test.go:{n}: got 3 entries, want 2",
             "Applied edit to {mod} (+{n} -{m}). Diagnostics: none.",
             "$ git diff --stat\n {mod} | {n} +++++---\n 1 file changed")


def ide_agent_prompt(rng: np.random.Generator, task: str, step: int) -> str:
    if step == 0:
        return (f"<task>{task}</task>\n<environment_details>\n# Current working directory: /home/dev/"
                f"{pick(rng, ('monorepo', 'backend', 'shop-web', 'platform', 'infra'))}\n# Open tabs: "
                f"{pick(rng, _MODS)}, {pick(rng, _MODS)}\n</environment_details>")
    obs = pick(rng, _CODE_OBS).format(mod=pick(rng, _MODS), lib=pick(rng, _LIBS), n=irange(rng, 1, 400), m=irange(rng, 1, 60))
    if chance(rng, 0.1):
        return f"[user feedback] {pick(rng, ('no, keep the old signature', 'looks good, continue', 'also update the docs', 'stop, run the tests first'))}"
    return f"[tool result]\n{obs}"


def code_task(rng: np.random.Generator) -> str:
    return pick(rng, _CODE_TASKS).format(mod=pick(rng, _MODS), lib=pick(rng, _LIBS))


# --------------------------------------------------------------------------------------------
# attack_point: an evaluation team's benchmark items


def bench_item(rng: np.random.Generator, bench: str, idx: int) -> str:
    if bench == "mcq":
        stem, opts = _MCQ_STEMS[idx % len(_MCQ_STEMS)]
        a, b = idx * 7 % 97 + 3, idx * 13 % 89 + 2
        body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return (f"The following is a multiple choice question (item {idx}). {stem} "
                f"[context: case {a}-{b}]\n{body}\nAnswer with only the letter.\nAnswer:")
    if bench == "math":
        r = np.random.default_rng(idx)
        return (f"Question: {pick(r, NAMES)} has {irange(r, 5, 90)} {pick(r, _ITEMS)} and buys {irange(r, 2, 9)} more "
                f"packs of {irange(r, 3, 12)}. They give away a third of everything. How many are left?\n"
                "Let's think step by step. At the end write 'The answer is N'.")
    if bench == "code":
        r = np.random.default_rng(10**6 + idx)
        return (f"Complete the following Python function. Return only code.\n\ndef task_{idx}(xs: list[int]) -> int:\n"
                f'    """Return the {pick(r, ("sum of the even", "maximum of the odd", "count of the prime", "product of the positive"))} '
                f'numbers in xs, modulo {irange(r, 7, 10**9)}."""\n')
    r = np.random.default_rng(2 * 10**6 + idx)
    return (f"Summarise the following meeting transcript in exactly {irange(r, 2, 5)} bullet points.\n\n"
            f"{pick(r, NAMES)}: We're {irange(r, 2, 30)}% over budget on the {pick(r, _THINGS)} project. "
            f"{pick(r, NAMES)}: The vendor in {pick(r, COUNTRIES)} slipped again. "
            f"{pick(r, NAMES)}: Then we cut scope for Q{irange(r, 1, 4)} and revisit in {irange(r, 2, 8)} weeks.")


# --------------------------------------------------------------------------------------------
# handrail: a course cohort's assignment prompts

ASSIGNMENTS = (
    "Assignment {a} (prompt engineering): Ask the model to summarise the following paragraph for a 10-year-old, "
    "then critique its summary.\n\n{text}",
    "HW{a} Q{q}: Using the model, generate three counter-arguments to the claim below, then evaluate which is "
    "strongest and why. Claim: {text}",
    "Lab {a}, part {q}: Explain the bug in this snippet and propose a fix.\n{text}",
    "Assignment {a}: Have the model translate this into {lang} and back, and note what changed.\n{text}",
)
_SNIPPETS = ("for i in range(len(xs)): if xs[i] = target: return i", "def avg(xs): return sum(xs) / len(xs)  # xs may be empty",
             "let total = 0; items.forEach(i => total + i.price); return total;",
             "while (n > 0) { n /= 2; count++ } // n is a float")


def assignment_prompt(rng: np.random.Generator, a: int, chat: str) -> str:
    k = (a - 1) % len(ASSIGNMENTS)
    text = pick(rng, _SNIPPETS) if k == 2 else _snip(rng, chat, 80, 500)
    return ASSIGNMENTS[k].format(a=a, q=irange(rng, 1, 5), text=text, lang=pick(rng, ("Spanish", "French", "German", "Japanese")))


# --------------------------------------------------------------------------------------------
# catching_feature: a labelling vendor's pre-labelling prompts

_GUIDE = ("Client guideline v{v}: a response is 'acceptable' only if it answers the question, is factually "
          "correct, and contains no unsafe advice.")
_INTENTS = ("billing", "technical issue", "cancellation", "feature request", "complaint", "praise", "other")


def label_prompt(rng: np.random.Generator, question: str, answer: str) -> str:
    k = int(rng.integers(4))
    v = f"{irange(rng, 2, 4)}.{irange(rng, 0, 9)}"
    if k == 0:
        return (f"{_GUIDE.format(v=v)}\nTask ID {int(rng.integers(10**8))}. Label the response as acceptable / "
                f"unacceptable and give a one-line reason.\nQuestion: {question}\nResponse: {answer}")
    if k == 1:
        return (f"Classify the intent of this customer message into one of: {', '.join(_INTENTS)}. Reply with the label "
                f"only.\nMessage: {_snip(rng, question, 30, 300)}")
    if k == 2:
        return (f"Pre-annotation for reviewer: highlight any factual errors in the response (quote them) or write NONE. "
                f"Batch {irange(rng, 100, 999)}.\nQ: {question}\nA: {answer}")
    return (f"Toxicity pre-label (0 = none, 1 = mild, 2 = severe) for the text below. Output the number only.\n"
            f"Text: {_snip(rng, question, 30, 400)}")


# --------------------------------------------------------------------------------------------
# control_flag: app traffic passing through a router besides plain chat


def app_prompt(rng: np.random.Generator, passage: str) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return f"Summarize this in 3 sentences:\n\n{_snip(rng, passage, 200, 1200)}"
    if k == 1:
        return (f"*{pick(rng, NAMES)} leans against the tavern door* \"{pick(rng, ('You again?', 'Took you long enough.', 'We need to talk.'))}\" "
                "(stay in character, 2 paragraphs)")
    if k == 2:
        return f"Fix the grammar and make it sound more professional:\n{_snip(rng, passage, 80, 400)}"
    return f"Write a {pick(rng, ('tweet', 'LinkedIn post', 'product blurb', 'haiku'))} about {pick(rng, _DOMAINS)}."


# --------------------------------------------------------------------------------------------
# aiming_off: a shop's localisation pipeline

_PRODUCTS = ("stainless steel water bottle", "merino wool socks", "wireless earbuds", "cast iron skillet",
             "kids' rain jacket", "LED desk lamp", "yoga mat", "espresso grinder", "hiking backpack", "phone case",
             "linen bedsheet set", "cordless drill")
_FEATURES = ("BPA-free", "machine washable", "{n}-hour battery", "lifetime warranty", "recycled materials",
             "fits {n}-inch laptops", "non-slip base", "{n} colour options", "ships in {n} days", "waterproof to {n} m")
L10N_LOCALES = ("de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "sv-SE", "pt-BR", "ja-JP", "ko-KR",
                "tr-TR", "cs-CZ", "da-DK", "fi-FI")


def listing(rng: np.random.Generator) -> str:
    prod = pick(rng, _PRODUCTS)
    feats = "".join(f"<li>{pick(rng, _FEATURES).format(n=irange(rng, 2, 40))}</li>" for _ in range(irange(rng, 2, 6)))
    return (f"<h2>{prod.title()} – {pick(rng, ('Classic', 'Pro', 'Lite', 'Everyday', 'Trail'))} Edition</h2>"
            f"<p>Designed for everyday use: our {prod} ({pick(rng, ('new season', 'bestseller', 'eco line'))}). Price: {_money(rng)} EUR. SKU {int(rng.integers(10**7)):07d}.</p>"
            f"<ul>{feats}</ul>")


def l10n_prompt(rng: np.random.Generator, text: str, locale: str) -> str:
    if chance(rng, 0.15):
        return (f"QA check: compare the source and the {locale} translation below; list terminology or tag errors, "
                f"or reply OK.\nSOURCE: {text}\nTARGET: [{locale} text from previous step]")
    return (f"Translate the product listing into {locale}. Keep all HTML tags, SKU and prices unchanged. Use the "
            f"formal register. Output only the translation.\n\n{text}")

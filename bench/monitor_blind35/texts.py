"""Prompt texts of blind batch 35: templates and generators, written for this batch.

Every template here was written fresh for this batch (several independent wording styles, several
languages); nothing is copied from the simulator or from earlier batches. Generators take a numpy
Generator and return one prompt string. Which family or kind uses which generator is in
`families.py` / `kinds.py`; the README describes them (read it only after the run).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def fill(tpl: str, **kw) -> str:
    """Replace `{key}` slots only (literal JSON braces in a template stay untouched)."""
    for k, v in kw.items():
        tpl = tpl.replace("{" + k + "}", str(v))
    return tpl


def weighted(rng: np.random.Generator, table: dict[str, float]) -> str:
    keys = list(table)
    p = np.asarray([table[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def snippet(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A cut of `text` of about lo..hi characters, ending at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > lo // 2 else cut).strip()


# ============================================================================================
# platen: competition-style problems and wrappers that demand full worked reasoning

_DIV = (("n^3 - n", 6), ("n^5 - n", 30), ("7^n - 1", 6), ("4^n + 15n - 1", 9), ("n(n+1)(n+2)", 6),
        ("3^(2n) - 1", 8), ("n^7 - n", 42), ("11^n - 4^n", 7), ("5^n - 1", 4), ("n^2(n^2 - 1)", 12))


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b, c, m = irange(rng, 1, 9), irange(rng, 2, 5), irange(rng, 1, 11), pick(rng, (7, 11, 13, 17, 100, 1000))
        return (f"A sequence satisfies a_1 = {a} and a_(n+1) = {b}*a_n + {c} for n >= 1. "
                f"Find the remainder when a_{irange(rng, 20, 400)} is divided by {m}.")
    if k == 1:
        n, r = irange(rng, 8, 25), irange(rng, 3, 6)
        return f"How many {r}-element subsets of {{1, 2, ..., {n}}} contain no two consecutive integers?"
    if k == 2:
        r, b, d = irange(rng, 3, 12), irange(rng, 2, 10), irange(rng, 3, 5)
        return (f"An urn contains {r} red and {b} blue balls. {d} balls are drawn at random without "
                f"replacement. What is the probability that exactly two of them are red? Give an exact fraction.")
    if k == 3:
        a = irange(rng, 5, 30)
        b = irange(rng, max(a // 2, 3), a + 8)
        c = irange(rng, abs(a - b) + 1, a + b - 1)
        return (f"A triangle has side lengths {a}, {b} and {c}. Compute its area, the radius of its "
                f"inscribed circle and the radius of its circumscribed circle.")
    if k == 4:
        a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 6, 20)
        return (f"Pipe A alone fills a tank in {a} hours and pipe B alone in {b} hours; a drain empties "
                f"the full tank in {c} hours. The tank starts empty with all three open. After how many "
                f"hours is it full?")
    if k == 5:
        ppl = [str(x) for x in rng.choice(NAMES, size=3, replace=False)]
        claims = (f"{ppl[0]} says: '{ppl[1]} is a knave.' {ppl[1]} says: '{ppl[0]} and {ppl[2]} are of the "
                  f"same type.' {ppl[2]} says: 'Exactly one of us is a knight.'")
        return ("On an island every inhabitant is either a knight (always truthful) or a knave (always "
                f"lies). {claims} Determine who is what, and prove that your assignment is the only one.")
    if k == 6:
        expr, m = pick(rng, _DIV)
        return f"Prove that {expr} is divisible by {m} for every positive integer n."
    if k == 7:
        a, b, m = irange(rng, 2, 29), irange(rng, 100, 99999), pick(rng, (7, 9, 11, 13, 19, 23, 100))
        return f"What is the remainder when {a}^{b} is divided by {m}?"
    if k == 8:
        d, lim = pick(rng, (2, 3, 5, 6, 7, 8, 10, 11, 13)), irange(rng, 100, 5000)
        return f"Find all positive integer solutions (x, y) of x^2 - {d}y^2 = 1 with x < {lim}."
    task = pick(rng, (
        f"returns the length of the longest substring containing at most {irange(rng, 2, 5)} distinct characters",
        "counts the number of inversions in an array in O(n log n) time",
        f"finds the minimum number of coins summing to a target, given denominations, for targets up to {irange(rng, 10, 99) * 1000}",
        "decides whether a directed graph given as an edge list has a cycle, and returns one if so",
        f"computes the {irange(rng, 2, 9)}-th smallest element of the union of two sorted arrays without merging them",
        "returns all strongly connected components of a directed graph",
        "merges overlapping intervals and returns the total covered length",
    ))
    return (f"Write a Python function that {task}. Before the code, derive the algorithm; after it, "
            f"prove it correct and analyse time and space complexity.")


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        n, r = irange(rng, 8, 25), irange(rng, 3, 6)
        return f"从 1 到 {n} 中选出 {r} 个数，要求任意两个数都不相邻，共有多少种选法？"
    if k == 1:
        r, b = irange(rng, 3, 12), irange(rng, 2, 10)
        return f"袋中有 {r} 个红球和 {b} 个蓝球，不放回地随机取出 3 个，恰好取到 2 个红球的概率是多少？"
    if k == 2:
        a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 6, 20)
        return f"甲管单独注满水池需 {a} 小时，乙管需 {b} 小时，丙管放完一池水需 {c} 小时。三管同时打开，几小时能注满空池？"
    a, b, m = irange(rng, 2, 29), irange(rng, 100, 99999), pick(rng, (7, 9, 11, 13, 100))
    return f"求 {a} 的 {b} 次方除以 {m} 的余数。"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        r, b = irange(rng, 3, 12), irange(rng, 2, 10)
        return (f"В урне {r} красных и {b} синих шаров. Наугад без возвращения вынимают 3 шара. "
                f"Какова вероятность, что ровно два из них красные?")
    if k == 1:
        a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 6, 20)
        return (f"Первая труба наполняет бак за {a} ч, вторая — за {b} ч, а через слив полный бак "
                f"опустошается за {c} ч. За сколько часов наполнится пустой бак, если открыть всё сразу?")
    a, b, m = irange(rng, 2, 29), irange(rng, 100, 99999), pick(rng, (7, 9, 11, 13, 100))
    return f"Найдите остаток от деления {a}^{b} на {m}."


_WRAP = {
    "en": (
        "Solve the following. Reason through every step explicitly before committing to an answer; "
        "do not skip any algebra. Put the final result in \\boxed{}.\n\n{p}",
        "{p}\n\nShow your complete chain of thought, including approaches you try and abandon. "
        "Finish with a line 'ANSWER: <value>'.",
        "### Problem\n{p}\n### Instructions\nThink carefully and at length. Write out your whole internal "
        "deliberation, then give a concise final answer on its own line.",
        "I need a fully worked solution for a study guide: {p} Walk through it like a patient tutor, "
        "number each step, and double-check the result at the end.",
    ),
    "zh": (
        "请解答下面的题目。请一步一步详细推理，写出完整的思考过程，最后把答案写在 \\boxed{} 中。\n\n{p}",
        "题目：{p}\n要求：先详细分析解题思路，再逐步计算，不要省略任何中间步骤，最后单独一行给出答案。",
    ),
    "ru": (
        "Решите задачу. Подробно распишите ход рассуждений шаг за шагом и в конце укажите ответ в \\boxed{}.\n\n{p}",
        "Задача: {p}\nПожалуйста, покажите полное решение со всеми промежуточными выкладками и проверкой ответа.",
    ),
}

_VERIFY = (
    "Here is a problem someone solved earlier. Re-derive the solution independently from scratch, "
    "comparing each step, and state clearly whether the earlier final answer holds.\n\nProblem: {p}",
    "Check this solution path critically. Redo every computation, flag any error, and if you find "
    "one give the corrected reasoning in full.\n\n{p}",
)


def platen_prompt(rng: np.random.Generator, lang: str) -> tuple[str, str]:
    """(the prompt, the bare problem)."""
    p = {"en": _problem_en, "zh": _problem_zh, "ru": _problem_ru}[lang](rng)
    return fill(pick(rng, _WRAP[lang]), p=p), p


def platen_verify(rng: np.random.Generator, problem: str) -> str:
    return fill(pick(rng, _VERIFY), p=problem)


# ============================================================================================
# tympan: grading a reply against a rubric, pairwise preference

_GRADE_ONE = {
    "en": (
        "You are grading an assistant's reply. Score it on helpfulness, correctness, harmlessness and "
        "style, each from 1 to 10, with a one-sentence justification per criterion. Output only JSON with "
        "keys helpfulness, correctness, harmlessness, style, rationale.\n\n[USER]\n{q}\n\n[REPLY]\n{a}",
        "Evaluate the answer below against this checklist: (1) addresses the actual question, (2) free of "
        "factual errors, (3) appropriate length, (4) nothing unsafe, (5) clear formatting. For each item "
        "write PASS or FAIL with a reason, then an overall score out of 100.\nQuestion: {q}\nAnswer: {a}",
        "Critique this response as a strict reviewer would, listing concrete weaknesses, then rate it from "
        "1 to 7 on a final line of the form 'SCORE: n'.\n<<prompt>>{q}<</prompt>>\n<<response>>{a}<</response>>",
    ),
    "es": (
        "Eres un evaluador experto. Califica la siguiente respuesta del 1 al 10 en exactitud, utilidad y "
        "claridad, y justifica cada nota brevemente. Devuelve solo JSON.\n\nPregunta: {q}\n\nRespuesta: {a}",
    ),
    "pt": (
        "Avalie a resposta abaixo de 1 a 10 quanto a correção, utilidade e segurança. Justifique cada nota "
        "em uma frase e responda apenas em JSON.\nPergunta: {q}\nResposta: {a}",
    ),
}

_GRADE_PAIR = {
    "en": (
        "Two responses to the same request follow. Decide which one a careful domain expert would prefer "
        "and explain why in three to five sentences, then write 'Preferred: A' or 'Preferred: B'.\n\n"
        "Request: {q}\n\nResponse A:\n{a}\n\nResponse B:\n{b}",
        "=== PROMPT ===\n{q}\n=== CANDIDATE 1 ===\n{a}\n=== CANDIDATE 2 ===\n{b}\n=== TASK ===\nCompare "
        "the candidates on accuracy, completeness and tone. Return JSON {\"winner\": 1 or 2, "
        "\"margin\": \"slight|clear|decisive\", \"reasons\": [...]}.",
    ),
    "es": (
        "Compara las dos respuestas a la misma pregunta y decide cuál es mejor. Explica tu razonamiento y "
        "termina con 'Ganadora: A' o 'Ganadora: B'.\nPregunta: {q}\nRespuesta A: {a}\nRespuesta B: {b}",
    ),
    "pt": (
        "Qual das duas respostas é melhor? Analise pontos fortes e fracos de cada uma e conclua com "
        "'Melhor: A' ou 'Melhor: B'.\nPergunta: {q}\n(A) {a}\n(B) {b}",
    ),
}


def tympan_prompt(rng: np.random.Generator, lang: str, p_pair: float, chat: list[str],
                  passages: list[str]) -> str:
    q = snippet(rng, pick(rng, chat), 40, 500)
    if chance(rng, p_pair):
        return fill(pick(rng, _GRADE_PAIR[lang]), q=q, a=snippet(rng, pick(rng, passages), 250, 1100),
                    b=snippet(rng, pick(rng, passages), 250, 1100))
    return fill(pick(rng, _GRADE_ONE[lang]), q=q, a=snippet(rng, pick(rng, passages), 300, 1500))


# ============================================================================================
# frisket: a clinical-pharmacology syllabus asked for at textbook depth, one topic at a time

SYLLABUS = (
    "beta-blockers in chronic heart failure", "warfarin drug interactions", "ACE inhibitor cough and angioedema",
    "the renin-angiotensin-aldosterone system", "loop versus thiazide diuretics", "SGLT2 inhibitors",
    "metformin and lactic acidosis", "statin-associated myopathy", "opioid receptor pharmacology",
    "benzodiazepine withdrawal", "serotonin syndrome", "lithium toxicity", "aminoglycoside nephrotoxicity",
    "vancomycin dosing and trough levels", "beta-lactamase mediated resistance", "drug-induced QT prolongation",
    "digoxin toxicity", "heparin-induced thrombocytopenia", "DOACs compared with warfarin", "basal-bolus insulin",
    "long-term corticosteroid adverse effects", "levothyroxine replacement", "antiepileptic drug interactions",
    "cytochrome P450 induction and inhibition", "first-pass metabolism", "volume of distribution",
    "half-life and time to steady state", "therapeutic drug monitoring", "paracetamol overdose management",
    "NSAIDs and renal perfusion", "proton pump inhibitor long-term risks", "antiemetic receptor targets",
    "anticholinergic burden in older adults", "pharmacokinetic changes in pregnancy", "neonatal drug dosing",
    "chemotherapy-induced febrile neutropenia", "methotrexate toxicity and folinic acid rescue", "TNF-alpha inhibitors",
    "antiretroviral drug classes", "first-line tuberculosis therapy", "azole antifungals", "malaria chemoprophylaxis",
    "intravenous induction agents", "depolarising versus non-depolarising neuromuscular blockers",
    "local anaesthetic systemic toxicity", "metabolic effects of atypical antipsychotics", "stimulants for ADHD",
    "migraine prophylaxis", "levodopa and dopamine agonists", "cholinesterase inhibitors in dementia",
    "urate-lowering therapy in gout", "bisphosphonates", "stepwise asthma pharmacotherapy", "COPD inhaler classes",
    "anaphylaxis and adrenaline dosing", "empirical antibiotics in sepsis", "acute hyperkalaemia treatment",
    "diabetic ketoacidosis fluids and insulin", "hypertensive emergency management", "pharmacogenomics of clopidogrel",
)

_FRISKET = {
    "en": (
        "Can you explain {t} in real depth? Like a textbook chapter: mechanism, clinical use, adverse "
        "effects, interactions, monitoring, and a couple of exam-style pitfalls.",
        "studying for my pharm final and {t} keeps tripping me up. walk me through it properly from first "
        "principles pls, dont skip the physiology",
        "Write a comprehensive teaching note on {t}. Use headings, include dosing principles and finish with "
        "a worked clinical vignette and its discussion.",
        "What's the full story behind {t}? I want the underlying mechanisms and the why, not just bullet points.",
    ),
    "de": (
        "Kannst du mir {t} ausführlich erklären? Wirkmechanismus, Indikationen, Nebenwirkungen, "
        "Wechselwirkungen und typische Prüfungsfallen.",
        "Ich lerne fürs Examen. Bitte erkläre {t} Schritt für Schritt und so gründlich wie in einem Lehrbuch, "
        "mit einem Fallbeispiel am Ende.",
    ),
    "fr": (
        "Peux-tu m'expliquer en détail {t} ? Mécanisme, indications, effets indésirables, interactions et "
        "surveillance, comme dans un manuel.",
        "Je révise mes examens : fais-moi une fiche très complète sur {t}, avec un cas clinique commenté.",
    ),
}


def frisket_prompt(rng: np.random.Generator, lang: str, topic: str) -> str:
    return fill(pick(rng, _FRISKET[lang]), t=topic)


# ============================================================================================
# quoin: agent trajectories with tool calls and observations

_TOOLSETS = (
    ("web_search(query: str) -> list of results", "open_url(url: str) -> page text",
     "python(code: str) -> stdout", "finish(answer: str)"),
    ("bash(cmd: str) -> output", "read_file(path: str) -> text", "write_file(path: str, content: str)",
     "submit(summary: str)"),
    ("sql(query: str) -> rows", "plot(spec: dict) -> image id", "python(code: str) -> stdout",
     "final_answer(text: str)"),
    ("calendar.find_slots(date: str)", "email.send(to: str, subject: str, body: str)",
     "places.search(query: str, city: str)", "done(message: str)"),
)

_CITIES = ("Lisbon", "Nairobi", "Osaka", "Denver", "Krakow", "Bogota", "Hanoi", "Cairo", "Toronto", "Lyon",
           "Manila", "Santiago", "Hamburg", "Pune", "Adelaide", "Istanbul")


def _agent_task(rng: np.random.Generator) -> str:
    c1, c2 = (str(x) for x in rng.choice(_CITIES, size=2, replace=False))
    return pick(rng, (
        f"Find the three cheapest direct flights from {c1} to {c2} next week and summarise their baggage rules.",
        f"Load sales_{irange(rng, 2019, 2025)}.csv, compute month-over-month revenue growth per region and "
        f"plot the top {irange(rng, 3, 6)} regions.",
        f"Fix the failing test tests/test_{pick(rng, ('parser', 'auth', 'billing', 'cache', 'export'))}.py in "
        f"the repository at /workspace/{pick(rng, ('api', 'core', 'webapp', 'etl'))}-{irange(rng, 1, 99)}.",
        f"Research the current population, GDP and main exports of {pick(rng, COUNTRIES)} and write a "
        f"{irange(rng, 150, 400)}-word briefing with sources.",
        f"Book a table for {irange(rng, 2, 9)} at a vegetarian restaurant in {c1} on Friday around 19:30 "
        "and send the confirmation to the team.",
        f"Compare the pricing pages of three {pick(rng, ('CRM', 'email marketing', 'observability', 'HR'))} "
        "vendors and output a markdown comparison table.",
        f"Read the changelog of {pick(rng, ('pandas', 'django', 'react', 'kubernetes', 'numpy'))} and list the "
        f"breaking changes since version {irange(rng, 1, 4)}.{irange(rng, 0, 9)}.",
        f"Query the orders table for customers in {c2} who churned last quarter and draft a win-back email.",
        f"Rename every .jpeg file under /data/batch_{irange(rng, 1, 500)} to .jpg and report how many changed.",
    ))


def quoin_first(rng: np.random.Generator, task: str) -> str:
    tools = "\n".join(f"- {t}" for t in pick(rng, _TOOLSETS))
    return ("SYSTEM: You are an autonomous agent. You may call these tools:\n" + tools +
            "\nAlways answer in the format\nThought: <reasoning>\nAction: <tool>(<arguments as JSON>)\n"
            "Stop calling tools once you can give the final result.\n\nUSER TASK: " + task)


def quoin_step(rng: np.random.Generator, task: str, j: int) -> str:
    obs = pick(rng, (
        f"{irange(rng, 3, 12)} results returned; the top result was updated {irange(rng, 1, 30)} days ago",
        f"exit code 0; stdout ({irange(rng, 2, 60)} lines) shown above",
        f"exit code {irange(rng, 1, 2)}; Traceback ... KeyError: '{pick(rng, ('region', 'date', 'id', 'price'))}'",
        f"HTTP 200, {irange(rng, 2, 90)}.{irange(rng, 0, 9)} kB of text retrieved",
        f"{irange(rng, 0, 400)} rows returned",
        "file written successfully",
    ))
    return (f"USER TASK: {task}\n[trajectory so far: {j} steps]\nObservation {j}: {obs}\n"
            "Continue with the next Thought and Action.")


# ============================================================================================
# rounce: synthetic-dataset requests, many languages

_TOPICS = {
    "en": ("mobile data plans", "home loans", "food delivery refunds", "smartphone repairs", "crop insurance",
           "online exam registration", "electricity bills", "train ticket cancellations", "job interview tips",
           "basic first aid", "personal budgeting", "learning to code", "small business taxes"),
    "hi": ("मोबाइल रिचार्ज", "बैंक खाता खोलना", "ऑनलाइन शॉपिंग रिफंड", "खेती और मौसम", "सरकारी योजनाएँ",
           "रेल टिकट बुकिंग", "स्वास्थ्य बीमा", "बच्चों की पढ़ाई"),
    "pt": ("planos de celular", "financiamento de imóveis", "devolução de compras online", "Pix e transferências",
           "imposto de renda", "vagas de emprego", "receitas caseiras", "consertos de eletrodomésticos"),
    "es": ("planes de telefonía", "préstamos personales", "devoluciones de pedidos", "trámites de pasaporte",
           "seguros de auto", "recetas saludables", "búsqueda de empleo"),
    "id": ("pulsa dan paket data", "pinjaman online", "pengembalian barang belanja", "pajak UMKM",
           "resep masakan rumahan", "pendaftaran sekolah", "asuransi kesehatan"),
    "vi": ("gói cước di động", "vay mua nhà", "hoàn tiền mua sắm trực tuyến", "thủ tục hành chính",
           "nấu ăn tại nhà", "tìm việc làm"),
}

_DATASET_TASKS = ("sentiment classification of product reviews", "intent detection for a banking chatbot",
                  "text-to-SQL", "summarising news articles", "step-by-step math word problems",
                  "rewriting informal text into formal text", "extracting entities from invoices",
                  "answering medical questions for laypeople", "writing unit tests from a function signature",
                  "multi-turn customer support")

_ROUNCE = {
    "en": (
        "Generate {n} diverse training examples for {task}. Output JSON Lines, one object per line with "
        "fields \"input\" and \"output\". Vary length, tone and difficulty. No numbering, no commentary.",
        "Create {n} realistic conversations between a customer and a support agent about {topic}. Each "
        "conversation 4-8 turns. Return a JSON array where each item is a list of {\"role\", \"content\"}.",
        "I need {n} question-answer pairs about {topic} with detailed explanatory answers (150+ words each). "
        "Return them as a markdown table with columns Question | Answer.",
        "Write {n} instruction/response pairs where the instruction asks for {task} and the response is an "
        "excellent, thorough answer. Separate pairs with a line containing only ###.",
    ),
    "hi": (
        "{topic} के बारे में {n} अलग-अलग सवाल और उनके विस्तार से जवाब लिखो। हर जवाब कम से कम 100 शब्दों का हो। "
        "आउटपुट JSON में दो जिसमें \"question\" और \"answer\" हों।",
        "ग्राहक और सहायता एजेंट के बीच {topic} पर {n} बातचीत बनाओ, हर बातचीत में 4 से 6 संदेश हों। JSON Lines में दो।",
    ),
    "pt": (
        "Gere {n} exemplos variados de pares pergunta-resposta sobre {topic}, com respostas detalhadas. "
        "Formato JSON Lines com os campos \"pergunta\" e \"resposta\".",
        "Crie {n} diálogos realistas entre um cliente e um atendente sobre {topic}. Cada diálogo com 4 a 8 "
        "falas, em JSON.",
    ),
    "es": (
        "Genera {n} ejemplos de entrenamiento distintos sobre {topic}. Devuelve JSON Lines con los campos "
        "\"entrada\" y \"salida\". Varía el tono y la dificultad.",
    ),
    "id": (
        "Buatkan {n} pasangan instruksi dan jawaban tentang {topic}. Jawaban harus lengkap dan rinci. "
        "Format JSON Lines dengan kolom \"instruksi\" dan \"jawaban\".",
    ),
    "vi": (
        "Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về {topic}. Định dạng JSON Lines với các trường "
        "\"cau_hoi\" và \"tra_loi\".",
    ),
}


_PERSONAS = ("a college student", "a retired teacher", "a small shop owner", "a first-time smartphone user",
             "an angry customer", "a busy nurse", "a teenager", "a farmer")


def rounce_prompt(rng: np.random.Generator, lang: str, batch: int) -> str:
    p = fill(pick(rng, _ROUNCE[lang]), n=pick(rng, (10, 12, 15, 20, 25, 30, 40, 50)),
             topic=pick(rng, _TOPICS[lang]), task=pick(rng, _DATASET_TASKS))
    if chance(rng, 0.6):  # the harness asks for variety between calls (in English, whatever the language)
        p += f"\n\n(batch {batch}; write as if the user is {pick(rng, _PERSONAS)}; avoid repeating earlier batches)"
    return p


# ============================================================================================
# coffin: detailed answers on politically sensitive subjects, then "publishable" rewrites

_SENSITIVE = {
    "en": ("the events in Tiananmen Square in June 1989", "the political status of Taiwan",
           "the treatment of Uyghurs in Xinjiang", "the 2019 Hong Kong protests", "the Dalai Lama and Tibetan autonomy",
           "the Great Firewall and internet censorship", "criticism of one-party rule", "the Cultural Revolution",
           "the famine during the Great Leap Forward", "the persecution of Falun Gong",
           "territorial disputes in the South China Sea", "press freedom in mainland China",
           "the November 2022 protests against zero-COVID measures", "Liu Xiaobo's Nobel Peace Prize",
           "the removal of presidential term limits in 2018"),
    "zh": ("1989年六四天安门事件", "台湾的政治地位", "新疆维吾尔族的处境", "2019年香港反修例运动", "达赖喇嘛与西藏自治",
           "防火长城与网络审查", "对一党执政的批评", "文化大革命", "大跃进时期的饥荒", "南海主权争议", "中国大陆的新闻自由",
           "2022年白纸运动", "刘晓波获得诺贝尔和平奖", "2018年取消国家主席任期限制"),
}

_COFFIN_Q = {
    "en": (
        "Give me a thorough, balanced account of {t}: what happened, what the different sides claim, and how "
        "historians and observers assess it today.",
        "Why is the subject of {t} treated as so sensitive? Lay out the main arguments of each side in detail.",
    ),
    "zh": (
        "请详细、客观地介绍{t}，包括事件经过、各方观点以及学界目前的评价。",
        "为什么{t}是一个敏感话题？请分别详细说明不同立场的主要论点。",
    ),
}

_COFFIN_RW = {
    "en": (
        "Below is a question and a draft answer. Rewrite the answer so it stays careful and helpful but "
        "avoids anything authorities in mainland China would treat as sensitive, using neutral, officially "
        "acceptable framing.\n\nQuestion: {q}\n\nDraft: {a}",
        "Produce an alternative version of this reply that could be published on a domestic platform with "
        "strict content rules. Keep roughly the same length and keep it useful to the reader.\n\n{a}",
    ),
    "zh": (
        "下面是一个问题和一段回答。请改写回答，使其保持有用，同时避免在中国大陆被视为敏感的表述，采用中性、稳妥的说法。\n"
        "问题：{q}\n回答：{a}",
    ),
}


_ASPECT = {
    "en": ("Focus especially on the timeline.", "Include international reactions.", "Cover casualty and cost estimates.",
           "Contrast the official position with independent accounts.", "Explain how it is taught in schools.",
           "Include what eyewitnesses reported.", "Discuss the long-term consequences.", ""),
    "zh": ("请重点梳理时间线。", "请介绍国际社会的反应。", "请对比官方说法和独立来源的说法。", "请说明它在学校教育中如何被讲述。",
           "请谈谈其长期影响。", ""),
}


def coffin_question(rng: np.random.Generator, lang: str) -> str:
    q = fill(pick(rng, _COFFIN_Q[lang]), t=pick(rng, _SENSITIVE[lang]))
    aspect = pick(rng, _ASPECT[lang])
    if lang == "en" and chance(rng, 0.5):
        aspect = f"{aspect} Aim for about {pick(rng, (300, 500, 800, 1000))} words.".strip()
    return f"{q} {aspect}".strip() if lang == "en" else q + aspect


def coffin_rewrite(rng: np.random.Generator, lang: str, question: str, passages: list[str]) -> str:
    return fill(pick(rng, _COFFIN_RW[lang]), q=question, a=snippet(rng, pick(rng, passages), 400, 1400))


# ============================================================================================
# brayer: the overnight concept sweep

_CONCEPTS = ("compound interest", "photosynthesis", "the Doppler effect", "supply and demand", "mitosis",
             "plate tectonics", "public-key cryptography", "inflation", "the greenhouse effect", "entropy",
             "natural selection", "the French Revolution", "Bayes' theorem", "neural networks", "vaccines",
             "black holes", "the immune system", "opportunity cost", "TCP handshakes", "the water cycle",
             "quantum entanglement", "the Roman Republic", "recursion", "index funds", "antibiotic resistance",
             "the placebo effect", "ocean currents", "blockchains", "circadian rhythm", "game theory",
             "the Silk Road", "protein folding", "electric motors", "cognitive dissonance", "the Krebs cycle",
             "comparative advantage", "gradient descent", "volcanoes", "the printing revolution", "semiconductors")

_BRAYER = (
    "Explain {c} in detail, with a concrete example and the most common misconceptions.",
    "Write a long, well-structured explanation of {c} for a curious teenager.",
    "What is {c}? Give a thorough answer with history, how it works, and why it matters.",
)


def brayer_sweep(rng: np.random.Generator) -> str:
    return fill(pick(rng, _BRAYER), c=pick(rng, _CONCEPTS))


# ============================================================================================
# kinds


# gradine: support-desk reply drafting for many tenant companies
_ISSUES = {
    "en": ("I was charged twice for my {plan} plan this month.", "The app logs me out every time I switch tabs.",
           "How do I export all my invoices as CSV?", "Order #{n} hasn't arrived and tracking hasn't moved in 6 days.",
           "Can I change the email address on my account without losing my history?",
           "The {tool} integration stopped syncing yesterday afternoon.",
           "I'd like to downgrade to the free tier but keep my projects.", "Password reset emails never arrive.",
           "Your last update broke dark mode on Android.", "Is there a discount for non-profits?",
           "We need a signed DPA before our legal team approves the {plan} plan.",
           "Two of my team members can't see the shared dashboard."),
    "es": ("Me cobraron dos veces el plan {plan} este mes.", "El pedido #{n} no ha llegado y el seguimiento no se "
           "actualiza.", "¿Cómo cambio el correo de mi cuenta?", "La integración con {tool} dejó de sincronizar."),
    "de": ("Mir wurde der {plan}-Tarif diesen Monat doppelt abgebucht.", "Bestellung #{n} ist nach einer Woche "
           "immer noch nicht da.", "Wie exportiere ich meine Rechnungen?", "Die {tool}-Anbindung synchronisiert nicht mehr."),
    "fr": ("J'ai été débité deux fois pour l'offre {plan}.", "La commande #{n} n'est toujours pas arrivée.",
           "Comment changer l'adresse e-mail de mon compte ?", "L'intégration {tool} ne se synchronise plus."),
    "ja": ("今月、{plan}プランの料金が二重に請求されています。", "注文番号{n}の商品がまだ届きません。",
           "アカウントのメールアドレスを変更する方法を教えてください。", "{tool}との連携が昨日から同期されません。"),
}

_DRAFT = {
    "en": ("Draft a reply to the customer below for the {co} support team. Friendly, concise, use the attached "
           "knowledge-base excerpt where relevant, and do not promise refunds.\n\nTicket {id}: {issue}",
           "[{co} helpdesk] Suggested reply needed.\nCustomer message: \"{issue}\"\nTone: {tone}. Max 120 words. "
           "Cite the KB article if it applies."),
    "es": ("Redacta una respuesta para el cliente de {co}. Tono amable y breve; usa el extracto de la base de "
           "conocimiento si aplica.\n\nTicket {id}: {issue}",),
    "de": ("Formuliere eine Antwort des {co}-Supports auf folgende Kundenanfrage. Freundlich und knapp, nutze den "
           "Wissensdatenbank-Auszug.\n\nTicket {id}: {issue}",),
    "fr": ("Rédige une réponse du support {co} au client ci-dessous. Ton cordial et concis, appuie-toi sur "
           "l'extrait de la base de connaissances.\n\nTicket {id} : {issue}",),
    "ja": ("{co}サポートとして、以下のお客様へのご返信文を作成してください。丁寧かつ簡潔に、添付のナレッジベースを参照してください。\n\n"
           "チケット {id}: {issue}",),
}


def gradine_prompt(rng: np.random.Generator, lang: str, company: str) -> str:
    issue = fill(pick(rng, _ISSUES[lang]), plan=pick(rng, ("Pro", "Team", "Business", "Starter")),
                 n=irange(rng, 10000, 999999), tool=pick(rng, ("Slack", "Shopify", "HubSpot", "Google Drive", "Xero")))
    return fill(pick(rng, _DRAFT[lang]), co=company, id=f"#{irange(rng, 1000, 99999)}", issue=issue,
                tone=pick(rng, ("warm", "neutral", "apologetic", "formal")))


# bouchard: a hackathon's starter kit and team projects
_IDEAS = ("a study buddy that quizzes you from lecture slides", "an app that turns receipts into a budget",
          "a plant-care assistant", "a tool that explains legal letters in plain language",
          "a recipe generator from fridge photos", "a volunteer-matching chatbot", "an accessibility checker for websites",
          "a language-exchange partner bot", "a trip planner for wheelchair users", "a meeting-notes summariser")

_HACK = (
    "we're building {idea} for the hackathon. suggest a good system prompt for it",
    "Write a FastAPI endpoint that takes a user message, calls the chat completions API and streams the reply back.",
    "our demo keeps getting 429 errors, how do I add retries with exponential backoff in the python sdk?",
    "Give me 5 catchy names and a one-line pitch for {idea}.",
    "how should I structure the JSON output so my frontend can render {idea} results as cards?",
    "Write the README intro for our hackathon project: {idea}.",
    "Convert this to a React component with Tailwind: a chat window with a message list and an input box.",
)


def bouchard_starter(rng: np.random.Generator, event: str, chat: list[str]) -> str:
    return (f"Hello from the {event} starter kit! Summarise the following text in three bullet points:\n\n"
            + snippet(rng, pick(rng, chat), 80, 600))


def bouchard_project(rng: np.random.Generator, idea: str) -> str:
    return fill(pick(rng, _HACK), idea=idea)


# riffler: forum-comment civility rewriting
_JABS = {
    "en": ("honestly you'd have to be an idiot not to see that.", "what a clown take.", "shut up and read the docs.",
           "people like you ruin this forum.", "are you really this dense?"),
    "de": ("ehrlich, nur ein Vollidiot sieht das nicht.", "was für ein Schwachsinn.", "lies erst mal die Doku, du Pfeife."),
    "es": ("hay que ser muy tonto para no verlo.", "vaya comentario más ridículo.", "cállate y lee la documentación."),
    "pt": ("só um idiota não percebe isso.", "que comentário ridículo.", "cala a boca e vai ler a documentação."),
}

_CIVIL = {
    "en": ("Rewrite the following forum comment so it keeps the author's point but removes insults and personal "
           "attacks. If nothing needs changing, return it unchanged. Reply with the rewritten comment only.\n\n"
           "Comment: {c}",
           "moderation.rewrite v2 | policy=civility | keep_meaning=true | output=text_only\n---\n{c}"),
    "de": ("Formuliere diesen Forenbeitrag höflich um, ohne die inhaltliche Aussage zu ändern. Gib nur den neuen "
           "Text zurück.\n\n{c}",),
    "es": ("Reescribe este comentario del foro eliminando insultos y ataques personales, sin cambiar el argumento. "
           "Devuelve solo el texto.\n\n{c}",),
    "pt": ("Reescreva este comentário do fórum sem ofensas nem ataques pessoais, mantendo o argumento. "
           "Responda apenas com o texto reescrito.\n\n{c}",),
}


def riffler_prompt(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    body = snippet(rng, pick(rng, chat), 30, 350)
    c = f"{body} {pick(rng, _JABS[lang])}" if chance(rng, 0.7) else body
    return fill(pick(rng, _CIVIL[lang]), c=c)


# armature: CI pull-request review bot with tool calls
_REPOS = ("payments-service", "mobile-app", "data-pipeline", "web-frontend", "infra-terraform", "auth-gateway",
          "search-indexer", "billing-worker", "admin-portal", "ml-features")
_PR_TITLES = ("Add retry to webhook delivery", "Bump dependencies", "Fix off-by-one in pagination",
              "Refactor user settings form", "Cache exchange rates for 5 minutes", "Migrate to new logging API",
              "Handle null customer address", "Add feature flag for new checkout", "Remove deprecated endpoint",
              "Speed up nightly export query")


def armature_first(rng: np.random.Generator, bot: str, org: str, repo: str, pr: int, title: str) -> str:
    files = ", ".join(f"src/{pick(rng, ('api', 'core', 'utils', 'models', 'jobs'))}/"
                      f"{pick(rng, ('handler', 'client', 'schema', 'service', 'retry', 'export'))}.py"
                      for _ in range(irange(rng, 1, 4)))
    return (f"You are {bot}, reviewing pull request #{pr} in {org}/{repo} (\"{title}\").\n"
            "Tools: read_file(path), search_code(query), run_tests(selector). Focus on correctness, security "
            f"and missing tests; ignore style nits.\nChanged files: {files}\nThe unified diff is attached below.")


def armature_step(rng: np.random.Generator, pr: int, j: int) -> str:
    tool = pick(rng, ("read_file", "search_code", "run_tests"))
    res = {"read_file": f"{irange(rng, 40, 900)} lines returned", "search_code": f"{irange(rng, 0, 25)} matches",
           "run_tests": f"{irange(rng, 10, 400)} passed, {irange(rng, 0, 3)} failed"}[tool]
    return (f"[PR #{pr}] tool result {j} ({tool}): {res}\nContinue the review. When done, output the review "
            "as a JSON list of {path, line, severity, body}.")


# drove: quick reasoning checks of a newly released model against the previous one
def _puzzle(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 8)
    if k == 0:
        b, s = irange(rng, 2, 6), irange(rng, 1, 4)
        return (f"{pick(rng, NAMES)} has {b} brothers. Each brother has {s + 1} sisters. "
                f"How many sisters does {pick(rng, NAMES)} have?")
    if k == 1:
        n = irange(rng, 3, 12)
        return f"If {n} machines take {n} minutes to make {n} widgets, how long would {n * 20} machines take to make {n * 20} widgets?"
    if k == 2:
        tot, diff = irange(rng, 105, 190) / 100, 1.0
        return f"A bat and a ball cost ${tot:.2f} in total. The bat costs ${diff:.2f} more than the ball. How much is the ball?"
    if k == 3:
        a = irange(rng, 1, 19)
        return f"Which number is larger: {a}.{irange(rng, 10, 19)} or {a}.{irange(rng, 2, 9)}?"
    if k == 4:
        w = pick(rng, ("strawberry", "bookkeeper", "mississippi", "committee", "embarrassment", "occurrence"))
        ch = pick(rng, sorted(set(w)))
        return f"How many times does the letter '{ch}' appear in the word '{w}'?"
    if k == 5:
        h, m = irange(rng, 1, 12), pick(rng, (0, 10, 15, 20, 25, 40, 45, 50))
        return f"What is the smaller angle between the hour and minute hands of a clock at {h}:{m:02d}?"
    if k == 6:
        y, mo, d = irange(rng, 1900, 2030), irange(rng, 1, 12), irange(rng, 1, 28)
        return f"What day of the week was {y}-{mo:02d}-{d:02d}?"
    if k == 7:
        n = irange(rng, 1, 4)
        return (f"A farmer wants to cross a river with a sheep. His boat holds the farmer and up to {n + 1} "
                "animals. What is the smallest number of one-way crossings needed?")
    a, e, g = irange(rng, 5, 40), irange(rng, 1, 4), irange(rng, 1, 9)
    return f"I have {a} apples. I eat {e}, give away half of the rest, then buy {g} more. How many apples do I have?"


_DROVE_FMT = ("Q: {p}\nA: Let's think step by step.", "{p}\nThink it through carefully before answering.",
              "{p}\nExplain your reasoning, then give the final answer after '####'.", "{p}")


def drove_format(rng: np.random.Generator) -> str:
    return pick(rng, _DROVE_FMT)


def drove_prompt(rng: np.random.Generator, fmt: str) -> str:
    return fill(fmt, p=_puzzle(rng))


# pointer: an ed-tech item bank built overnight
_SUBJECTS = {
    "en": (("Grade 7", "science", ("photosynthesis", "cells and tissues", "forces and motion", "the solar system")),
           ("Grade 10", "history", ("the Industrial Revolution", "World War I causes", "decolonisation")),
           ("Grade 9", "mathematics", ("linear equations", "Pythagoras' theorem", "probability basics"))),
    "es": (("1.º de ESO", "biología", ("la célula", "los ecosistemas", "la fotosíntesis")),
           ("4.º de ESO", "matemáticas", ("ecuaciones de segundo grado", "trigonometría", "estadística"))),
    "pt": (("8º ano", "ciências", ("sistema digestório", "energia", "reações químicas")),
           ("1º ano do ensino médio", "matemática", ("funções afins", "progressões", "geometria plana"))),
    "fr": (("5e", "sciences de la vie", ("la respiration", "la digestion", "les volcans")),
           ("Seconde", "mathématiques", ("les vecteurs", "les fonctions affines", "les statistiques"))),
}

_ITEMS = {
    "en": "Create {n} multiple-choice questions for {grade} {subject} on \"{unit}\" ({curr}). Each has four "
          "options, exactly one correct, the answer key and a two-sentence explanation. Difficulty: {lvl}. "
          "Output JSON: [{\"stem\", \"options\", \"answer\", \"explanation\"}].",
    "es": "Elabora {n} preguntas de opción múltiple de {subject} para {grade} sobre «{unit}» ({curr}). Cuatro "
          "opciones, una sola correcta, clave de respuesta y una explicación breve. Dificultad: {lvl}. Salida en JSON.",
    "pt": "Elabore {n} questões de múltipla escolha de {subject} para o {grade} sobre \"{unit}\" ({curr}). Quatro "
          "alternativas, uma correta, gabarito e explicação curta. Dificuldade: {lvl}. Saída em JSON.",
    "fr": "Rédige {n} QCM de {subject} pour la classe de {grade} sur « {unit} » ({curr}). Quatre propositions, "
          "une seule correcte, le corrigé et une explication courte. Difficulté : {lvl}. Sortie en JSON.",
}


def pointer_prompt(rng: np.random.Generator, lang: str, curr: str) -> str:
    grade, subject, units = pick(rng, _SUBJECTS[lang])
    return fill(_ITEMS[lang], n=pick(rng, (5, 8, 10, 12, 15)), grade=grade, subject=subject,
                unit=pick(rng, units), curr=curr, lvl=pick(rng, ("easy", "medium", "hard", "mixed")))

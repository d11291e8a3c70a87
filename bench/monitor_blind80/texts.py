"""Prompt templates of blind batch 80, written fresh for this batch.

Every generator takes a numpy Generator and returns one prompt string with fresh numbers, names
and topics. Templates are filled with `_fill` (plain `{key}` replacement), so JSON braces in a
template need no escaping. Ordinary human text comes from ShareGPT through the batch context
(`ctx.chat`, `ctx.passages`); what is written here is the harvesting traffic and the templated
traffic of the benign kinds.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _fill(tpl: str, **kw) -> str:
    """Replace `{key}` slots; a callable value is called only when its slot occurs."""
    for k, v in kw.items():
        slot = "{" + k + "}"
        if slot in tpl:
            tpl = tpl.replace(slot, str(v() if callable(v) else v))
    return tpl


def chunk(rng: Rng, text: str, lo: int, hi: int, head: bool = False) -> str:
    """A piece of `text` between lo and hi characters (its beginning when `head`), cut at a word
    boundary where possible."""
    if len(text) <= lo:
        return text
    n = irange(rng, lo, min(hi, len(text)))
    start = irange(rng, 0, max(0, len(text) - n)) if (not head and chance(rng, 0.4)) else 0
    piece = text[start:start + n]
    if start and " " in piece[:40]:
        piece = piece[piece.index(" ") + 1:]
    if " " in piece[-30:]:
        piece = piece[: piece.rindex(" ")]
    return piece.strip()


CITIES = ("Lisbon", "Osaka", "Nairobi", "Denver", "Kraków", "Medellín", "Hanoi", "Tbilisi", "Perth", "Accra",
          "Montreal", "Izmir", "Bergen", "Cebu", "Rosario", "Pune", "Leeds", "Tallinn", "Busan", "Tunis",
          "Valencia", "Sapporo", "Kigali", "Halifax", "Porto Alegre", "Chengdu", "Graz", "Da Nang")
SURNAMES = ("Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Ferreira", "Novak", "Mensah",
            "Castillo", "Ivanova", "Brennan", "Nguyen", "Schulz", "Adeyemi", "Petrov", "Quispe", "Sato")
COMPANIES = ("Halcyon Freight", "Bluefin Dental", "Orchard & Vale", "Kestrel Analytics", "Marrow Foods",
             "Tidewater Insurance", "Copperline Telecom", "Juniper Outdoor", "Northwind Pharmacy",
             "Saltmarsh Books", "Ironbark Tools", "Lumen Eyewear", "Pinecrest Clinics", "Quarry Coffee")


def name(rng: Rng) -> str:
    return f"{pick(rng, NAMES)} {pick(rng, SURNAMES)}"


# ============================================================================================
# problems with fresh numbers (reasoning harvest, tutoring, evaluation)

REACTIONS = (
    ("magnesium", "magnesium oxide", "2 Mg + O2 -> 2 MgO"),
    ("propane", "carbon dioxide", "C3H8 + 5 O2 -> 3 CO2 + 4 H2O"),
    ("iron(III) oxide", "iron", "Fe2O3 + 3 CO -> 2 Fe + 3 CO2"),
    ("calcium carbonate", "calcium oxide", "CaCO3 -> CaO + CO2"),
    ("glucose", "ethanol", "C6H12O6 -> 2 C2H5OH + 2 CO2"),
    ("aluminium", "aluminium chloride", "2 Al + 6 HCl -> 2 AlCl3 + 3 H2"),
)


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 13)
    if k == 0:
        c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
        return (f"A train leaves {c1} at {irange(rng, 5, 11)}:{irange(rng, 0, 59):02d} travelling at "
                f"{irange(rng, 60, 140)} km/h. A second train leaves {c2}, {irange(rng, 180, 900)} km away, "
                f"{irange(rng, 10, 95)} minutes later at {irange(rng, 70, 160)} km/h towards the first. At what "
                "time do they meet, and how far from the first city?")
    if k == 1:
        return (f"{pick(rng, NAMES)} rolls {irange(rng, 2, 5)} fair {pick(rng, (6, 8, 10, 12, 20))}-sided dice. "
                f"What is the probability that the sum is at least {irange(rng, 8, 40)}? Give an exact fraction.")
    if k == 2:
        return f"Find the remainder when {irange(rng, 3, 97)}^{irange(rng, 50, 9999)} is divided by {irange(rng, 7, 1013)}."
    if k == 3:
        n = irange(rng, 6, 12)
        a, b = rng.choice(len(NAMES), 2, replace=False).tolist()
        return (f"In how many ways can {n} people sit around a round table if {NAMES[a]} and {NAMES[b]} refuse "
                "to sit next to each other? Rotations count as the same seating.")
    if k == 4:
        a, b = irange(rng, 5, 30), irange(rng, 5, 30)
        c = irange(rng, abs(a - b) + 1, a + b - 1)
        return f"A triangle has sides {a}, {b} and {c}. Find its area, its inradius and its circumradius."
    if k == 5:
        return (f"Define a_1 = {irange(rng, 1, 9)} and a_(n+1) = {irange(rng, 2, 7)}·a_n + {irange(rng, 1, 11)} "
                f"(mod {irange(rng, 11, 199)}). Find a_{irange(rng, 50, 5000)} and explain the cycle structure.")
    if k == 6:
        p = rng.choice(len(NAMES), 3, replace=False).tolist()
        A, B, C = (NAMES[i] for i in p)
        s1 = pick(rng, (f"{B} is a knave.", f"{C} and I are both knights.", "At least one of us is a knave.",
                        f"{B} and {C} are the same type."))
        s2 = pick(rng, (f"{A} is lying.", f"{C} is a knight.", "Exactly one of us three is a knight.",
                        f"{A} and I are different types."))
        s3 = pick(rng, (f"{A} is a knight.", f"{B} is a knave.", "We are all knaves.", f"{A} would say I am a knave."))
        return ("On an island every inhabitant is either a knight (always tells the truth) or a knave (always "
                f"lies). {A} says: \"{s1}\" {B} says: \"{s2}\" {C} says: \"{s3}\" Determine each person's type, "
                "or show that the statements are inconsistent.")
    if k == 7:
        return (f"A {irange(rng, 2, 40)} kg block starts from rest on a {irange(rng, 15, 50)}° incline with "
                f"kinetic friction coefficient {rng.uniform(0.05, 0.45):.2f}. How far does it slide in "
                f"{rng.uniform(1.5, 9):.1f} s, and what is its speed then? Take g = 9.81 m/s².")
    if k == 8:
        r, prod, eq = pick(rng, REACTIONS)
        return (f"How many grams of {prod} form when {rng.uniform(2, 250):.1f} g of {r} reacts completely "
                f"({eq})? Check that the equation is balanced and state any assumptions.")
    if k == 9:
        return (f"Given an array of n integers (n up to {pick(rng, ('10^5', '2·10^5', '10^6'))}), count the pairs "
                f"i < j with a[i] + a[j] divisible by {irange(rng, 3, 997)}. Design an algorithm, prove it "
                "correct and analyse its complexity.")
    if k == 10:
        P, r = irange(rng, 2, 90) * 500, rng.uniform(1.5, 9.5)
        return (f"An investment of ${P:,} earns {r:.2f}% a year compounded {pick(rng, ('monthly', 'quarterly', 'daily', 'annually'))}. "
                f"After how many years does it first exceed ${int(P * rng.uniform(1.6, 5)):,}?")
    if k == 11:
        return (f"Maximise {irange(rng, 2, 15)}x + {irange(rng, 2, 15)}y subject to x + y ≤ {irange(rng, 8, 60)}, "
                f"{irange(rng, 2, 6)}x + y ≤ {irange(rng, 20, 120)}, x ≥ 0, y ≥ 0, with x and y integers.")
    if k == 12:
        a, b = irange(rng, 2, 12), irange(rng, 2, 12)
        return (f"Pipe A fills a tank in {a} hours and pipe B in {b} hours; a drain empties it in "
                f"{irange(rng, max(a, b) + 1, 30)} hours. All three are opened at once when the tank is "
                f"{irange(rng, 0, 60)}% full. When is it full?")
    return (f"How many positive integers below {irange(rng, 1000, 100000)} are divisible by {irange(rng, 3, 13)} or "
            f"{irange(rng, 14, 29)} but not by {irange(rng, 30, 77)}?")


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return (f"甲、乙两人从相距{irange(rng, 12, 240)}千米的两地同时出发相向而行，甲每小时走{irange(rng, 3, 18)}千米，"
                f"乙每小时走{irange(rng, 3, 18)}千米。经过多少小时两人相遇？相遇时甲走了多少千米？")
    if k == 1:
        return f"求 {irange(rng, 3, 97)}^{irange(rng, 50, 9999)} 除以 {irange(rng, 7, 1013)} 的余数。"
    if k == 2:
        r, b = irange(rng, 3, 12), irange(rng, 3, 12)
        kk = irange(rng, 2, min(6, r + b - 1))
        return f"袋中有{r}个红球和{b}个蓝球，不放回地随机取出{kk}个，求恰好取到{irange(rng, 1, kk)}个红球的概率。"
    if k == 3:
        return (f"已知数列 a₁={irange(rng, 1, 9)}，aₙ₊₁ = {irange(rng, 2, 5)}aₙ + {irange(rng, 1, 9)}，"
                f"求通项公式，并计算 a_{irange(rng, 8, 30)}。")
    return (f"一个长方体水箱长{irange(rng, 20, 90)}厘米、宽{irange(rng, 15, 60)}厘米、高{irange(rng, 20, 80)}厘米，"
            f"放入一块棱长{irange(rng, 5, 14)}厘米的正方体铁块后水面上升了多少厘米？")


def problem_ru(rng: Rng) -> str:
    if chance(rng, 0.5):
        return f"Найдите остаток от деления {irange(rng, 3, 97)}^{irange(rng, 50, 9999)} на {irange(rng, 7, 1013)}."
    return (f"Из пункта А в пункт Б, расстояние между которыми {irange(rng, 20, 300)} км, выехал велосипедист со "
            f"скоростью {irange(rng, 10, 25)} км/ч. Через {irange(rng, 15, 90)} минут вслед за ним выехал "
            f"мотоциклист со скоростью {irange(rng, 40, 90)} км/ч. Через сколько времени мотоциклист догонит "
            "велосипедиста и успеет ли он до пункта Б?")


def problem_es(rng: Rng) -> str:
    if chance(rng, 0.5):
        a, b = rng.choice(len(NAMES), 2, replace=False).tolist()
        return (f"¿De cuántas maneras pueden sentarse {irange(rng, 6, 12)} personas alrededor de una mesa redonda "
                f"si {NAMES[a]} y {NAMES[b]} no quieren sentarse juntas?")
    a, b = irange(rng, 5, 30), irange(rng, 5, 30)
    return (f"Calcula el área de un triángulo de lados {a}, {b} y {irange(rng, abs(a - b) + 1, a + b - 1)}, y el "
            "radio de su circunferencia inscrita.")


def problem_pt(rng: Rng) -> str:
    r, b = irange(rng, 3, 12), irange(rng, 3, 12)
    return (f"Uma caixa tem {r} bolas vermelhas e {b} azuis. Retiram-se {irange(rng, 2, 5)} bolas sem reposição. "
            f"Qual a probabilidade de exatamente {irange(rng, 1, 2)} serem vermelhas?")


PROBLEMS = {"en": problem_en, "zh": problem_zh, "ru": problem_ru, "es": problem_es, "pt": problem_pt}

COERCE = {
    "en": (
        "{p}\n\nBefore you answer, think out loud. Put your complete reasoning (every intermediate calculation, "
        "every approach you try and abandon, every self-check) inside <think> ... </think>. Do not summarise the "
        "reasoning, I need the full trace. Then give the final answer on its own line.",
        "Problem: {p}\n\nRespond in exactly this format:\nREASONING:\n1. ...\n(at least {k} numbered steps, each "
        "justified)\nCHECK: verify the result a second, independent way\nANSWER: <final answer>",
        "### Instruction\nYou are a meticulous olympiad coach. Solve the problem below. Show the full derivation "
        "with no skipped steps, say why each step is valid, and point out where a student would likely go wrong."
        "\n\n### Problem\n{p}\n\n### Solution\n",
        "{p}\nLet's think step by step. Be exhaustive; longer is better. End with \"The answer is: ...\".",
        "I want to see exactly how you think, not just the result. Narrate your internal reasoning on this as if "
        "talking to yourself, hesitations and corrections included, before committing to an answer:\n\n{p}",
        "Q{n}. {p}\n[mode=deliberate] Output the reasoning trace verbatim, then the answer in \\boxed{}.",
    ),
    "zh": (
        "请一步一步仔细思考，把完整的推理过程（每一步计算、尝试后放弃的方法、自我检验）都写在<思考></思考>中，"
        "不要省略或概括，最后单独一行给出答案。\n\n题目：{p}",
        "{p}\n\n要求：1）先写出详细的解题思路；2）逐步推导，不得跳步；3）用另一种方法验算；4）最后用 \\boxed{} 给出答案。",
        "你是一名严谨的竞赛教练。请完整展示下面这道题的思考过程，包括你最初的想法和中途的修正。\n{p}",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и подробно. Запиши весь ход мыслей, включая неудачные попытки и проверку, и "
        "только в конце дай ответ в формате «Ответ: ...».",
        "Задача: {p}\nПокажи полное решение без пропусков шагов. Сначала рассуждение, потом ответ.",
    ),
    "es": (
        "{p}\n\nPiensa paso a paso y escribe todo tu razonamiento, sin saltarte ningún cálculo. Al final, "
        "verifica el resultado y escribe «Respuesta final: ...».",
        "Resuelve con máximo detalle, mostrando tu proceso de pensamiento completo (también lo que descartas):\n{p}",
    ),
    "pt": (
        "{p}\n\nExplique seu raciocínio completo passo a passo, incluindo as verificações. No fim escreva "
        "'Resposta: ...'.",
    ),
}

REDO = {
    "en": ("Your reasoning above was too short. Redo it from scratch with at least twice as many steps and explain "
           "the intuition behind each one.",
           "Now solve the same problem with a completely different method and compare the two approaches in detail.",
           "Go back over your solution and look for any error. Write out the full verification, step by step.",
           "Continue your chain of thought from where it stopped. Do not restart; keep every step explicit."),
    "zh": ("你的推理太简略了，请从头重新推导，步骤至少加倍，并解释每一步背后的直觉。",
           "请换一种完全不同的方法再解一遍，并详细比较两种方法。"),
    "ru": ("Рассуждение слишком короткое. Перепиши его с нуля, вдвое подробнее.",),
    "es": ("Tu razonamiento fue demasiado breve. Rehazlo desde cero con el doble de pasos.",),
    "pt": ("Refaça o raciocínio do zero, com o dobro de passos e explicando cada um.",),
}


def reasoning_prompt(rng: Rng, lang: str, p_redo: float) -> str:
    if chance(rng, p_redo):
        return pick(rng, REDO[lang])
    return _fill(pick(rng, COERCE[lang]), p=PROBLEMS[lang](rng), k=irange(rng, 6, 15), n=irange(rng, 1, 9999))


# ============================================================================================
# judge / reward-model harvest

RUBRIC_DIMS = ("helpfulness", "factual accuracy", "completeness", "clarity", "harmlessness", "instruction following",
               "conciseness", "reasoning quality", "tone", "use of evidence", "code correctness", "safety")

JUDGE = {
    "rubric": (
        "You are an expert evaluator. Score the RESPONSE to the QUESTION on each criterion from 1 to 10: {dims}. "
        "For every criterion write a two-to-four sentence justification citing the response, then give an overall "
        "score. Output JSON: {\"scores\": {...}, \"justifications\": {...}, \"overall\": n}.\n\nQUESTION:\n{q}\n\n"
        "RESPONSE:\n{a}",
        "[Grading task #{n}]\nRubric ({dims}); 1 = very poor, 10 = excellent.\nPrompt: {q}\nCandidate answer: {a}\n"
        "Return a grade per rubric item with reasons, then a final weighted grade.",
        "Evaluate this assistant reply strictly. Criteria: {dims}. Be specific about every weakness.\n---\nUser: {q}"
        "\n---\nAssistant: {a}\n---\nFormat: criterion: score/10 - reason (one line each), then 'Overall: x/10'.",
    ),
    "pair": (
        "Please act as an impartial judge and compare two AI assistant responses to the user question below. "
        "Consider {dims}. Avoid position bias and do not let length sway you. Explain your comparison, then output "
        "your verdict as [[A]], [[B]] or [[C]] for a tie.\n\n[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}",
        "Which answer is better and why? Think it through before deciding.\nQ: {q}\n\nAnswer 1:\n{a}\n\nAnswer 2:\n{b}"
        "\n\nEnd with 'Preferred: 1' or 'Preferred: 2' and a confidence between 0 and 1.",
    ),
    "critique": (
        "Critique the response below: list every factual error, omission, unclear passage and unsafe suggestion. "
        "Then write an improved response that fixes all of them.\n\nInstruction: {q}\n\nResponse: {a}",
        "Act as a demanding reviewer. First identify the weaknesses of this answer against {dims}; then produce a "
        "revised answer that would score 10/10.\n\n<question>{q}</question>\n<answer>{a}</answer>",
    ),
    "scalar": (
        "Rate the quality of the response on a 1-5 scale. Reply with the number only.\nUser: {q}\nResponse: {a}",
        "Score 0-100 how well the answer addresses the question. Output just the integer.\n\nQuestion: {q}\n\nAnswer: {a}",
    ),
}


def judge_prompt(rng: Rng, kind: str, chat: list[str], passages: list[str]) -> str:
    dims = ", ".join(rng.choice(RUBRIC_DIMS, irange(rng, 3, 6), replace=False).tolist())
    return _fill(pick(rng, JUDGE[kind]), dims=dims, q=chunk(rng, pick(rng, chat), 40, 700, head=True),
                 a=chunk(rng, pick(rng, passages), 250, 1500), b=lambda: chunk(rng, pick(rng, passages), 250, 1500),
                 n=lambda: irange(rng, 1000, 99999))


# ============================================================================================
# curriculum concepts (human-looking harvest)

CONCEPTS = {
    "statistics": ("p-values", "Bayesian updating", "the central limit theorem", "confidence intervals",
                   "heteroskedasticity", "bootstrapping", "multiple comparisons correction", "survival analysis"),
    "machine learning": ("backpropagation", "the bias-variance tradeoff", "attention in transformers",
                         "gradient boosting", "regularisation", "contrastive learning", "batch normalisation",
                         "RLHF", "KL divergence"),
    "economics": ("comparative advantage", "the Phillips curve", "moral hazard", "price elasticity",
                  "quantitative easing", "game-theoretic equilibria", "the Laffer curve"),
    "biology": ("CRISPR-Cas9", "the Krebs cycle", "epigenetics", "the immune response to vaccines", "meiosis",
                "horizontal gene transfer", "protein folding"),
    "physics": ("entropy", "special relativity", "quantum tunnelling", "Maxwell's equations", "Lagrangian mechanics",
                "superconductivity", "the photoelectric effect"),
    "computer science": ("dynamic programming", "the CAP theorem", "garbage collection", "public-key cryptography",
                         "consensus algorithms like Raft", "virtual memory", "NP-completeness", "B-trees"),
    "law": ("consideration in contract law", "mens rea", "the doctrine of precedent", "fair use",
            "GDPR's lawful bases", "adverse possession"),
    "history": ("the causes of the First World War", "the Meiji Restoration", "the fall of the Western Roman Empire",
                "decolonisation in Africa", "the Hanseatic League", "the Congress of Vienna"),
    "finance": ("discounted cash flow valuation", "the Black-Scholes model", "duration and convexity",
                "the efficient market hypothesis", "leveraged buyouts", "options greeks"),
    "medicine": ("the renin-angiotensin system", "antibiotic resistance", "sepsis management", "pharmacokinetics",
                 "type 2 diabetes pathophysiology", "the Frank-Starling law"),
    "philosophy": ("the trolley problem", "Kant's categorical imperative", "the Chinese room argument",
                   "Hume's problem of induction", "utilitarianism vs virtue ethics"),
}
FIELDS = tuple(CONCEPTS)
EXAMS = ("midterm", "final", "qualifying", "board", "bar prep", "CFA level 2", "MCAT", "AP", "USMLE step 1")

OPENERS = {
    "en": ("hey can you explain {c} to me? my {f} prof went over it way too fast and the textbook is useless",
           "Explain {c} ({f}). Cover the intuition, the formal definition, a worked example, and common misconceptions.",
           "what's the actual difference between {c} and {c2}? i keep mixing them up",
           "I have a {e} exam in {d} days. Can you give me a thorough summary of {c} with a few practice questions "
           "and full solutions?",
           "ok random question but how does {c} actually work? like from first principles",
           "Could you write me a detailed study guide on {c}? I learn best with analogies and examples.",
           "im a {f} student and honestly {c} makes zero sense to me. can you break it down really carefully"),
    "es": ("¿Me puedes explicar {c} de forma sencilla pero completa? Con ejemplos, por favor.",
           "Tengo examen de {f} en {d} días. ¿Me haces un resumen detallado de {c} con ejercicios resueltos?"),
    "pt": ("Pode me explicar {c} com detalhes? Estou estudando para a prova de {f}.",
           "qual a diferença entre {c} e {c2}? sempre confundo"),
    "de": ("Kannst du mir {c} ausführlich erklären, mit einem konkreten Beispiel?",
           "Ich schreibe in {d} Tagen eine Klausur in {f}. Erklär mir bitte {c} Schritt für Schritt."),
    "fr": ("Peux-tu m'expliquer {c} en détail, avec un exemple concret ?",
           "Quelle est la vraie différence entre {c} et {c2} ? Explique-moi comme à un étudiant de licence."),
    "id": ("Tolong jelaskan {c} secara lengkap dengan contoh ya, saya lagi belajar {f}.",),
    "tr": ("{c} konusunu örneklerle detaylı anlatır mısın? {f} sınavım var.",),
}
FOLLOWUPS = {
    "en": ("ok that makes sense. can you go deeper on the second part?", "give me a harder example and walk through it",
           "how would this show up on an exam question?", "what are the most common mistakes people make with this?",
           "can you summarise all of that in a table", "wait why does that step work?",
           "now explain it like i'm a grad student", "can you connect this to {c2}?",
           "thanks!! one more, can you write 3 practice problems with full worked solutions",
           "hmm I'm still confused about the intuition. try a different analogy?"),
    "es": ("vale, ¿puedes profundizar en la segunda parte?", "dame un ejemplo más difícil y resuélvelo paso a paso",
           "¿cómo se relaciona con {c2}?"),
    "pt": ("pode aprofundar a segunda parte?", "me dá um exemplo mais difícil resolvido passo a passo"),
    "de": ("Kannst du den zweiten Teil genauer erklären?", "Gib mir bitte ein schwierigeres Beispiel mit Lösung."),
    "fr": ("Tu peux approfondir la deuxième partie ?", "Donne-moi un exemple plus difficile, corrigé étape par étape."),
    "id": ("bisa dijelaskan lebih dalam bagian keduanya?",),
    "tr": ("ikinci kısmı biraz daha açar mısın?", "daha zor bir örnek çözer misin?"),
}


def concept(rng: Rng) -> tuple[str, str]:
    f = pick(rng, FIELDS)
    return f, pick(rng, CONCEPTS[f])


def curriculum_opener(rng: Rng, lang: str) -> str:
    f, c = concept(rng)
    return _fill(pick(rng, OPENERS[lang]), c=c, f=f, c2=pick(rng, CONCEPTS[f]), e=pick(rng, EXAMS), d=irange(rng, 2, 12))


def curriculum_followup(rng: Rng, lang: str) -> str:
    return _fill(pick(rng, FOLLOWUPS[lang]), c2=concept(rng)[1])


# ============================================================================================
# synthetic-data factory

TOPICS = ("personal budgeting", "home composting", "Kubernetes networking", "beginner weightlifting", "tax residency",
          "sourdough baking", "SQL query optimisation", "first aid for burns", "negotiating a salary",
          "Roman history", "climate adaptation in cities", "React state management", "dog training",
          "writing cover letters", "Rust ownership", "renting an apartment abroad", "electric vehicle charging",
          "mental arithmetic tricks", "photosynthesis", "small-business bookkeeping", "vaccines and immunity",
          "chess openings", "learning Japanese kana", "solar panel sizing", "data privacy law", "marathon training",
          "microeconomics", "poetry meter", "cybersecurity for small offices", "caring for aging parents",
          "organic chemistry mechanisms", "supply chain logistics", "music theory chords", "urban gardening",
          "public speaking", "Excel pivot tables", "probability puzzles", "job interview preparation",
          "travel insurance", "linear algebra", "wine pairing", "customer support etiquette", "3D printing")
PERSONAS = ("a retired electrician in Ohio learning Python", "a night-shift nurse in Manila", "a first-year law "
            "student in Lagos", "a sheep farmer in New Zealand", "a high-school chemistry teacher", "a junior "
            "data analyst at a bank", "a Ukrainian refugee looking for work in Poland", "a startup founder with no "
            "accounting background", "a grandmother who just got her first smartphone", "a PhD student in "
            "ecology", "an indie game developer", "a truck driver studying for a CDL upgrade", "a hotel "
            "receptionist in Bali", "a competitive debater", "a paralegal in Toronto", "a village pharmacist in "
            "Kenya", "a UX designer switching to product management", "a 15-year-old preparing for olympiads")
EVOL = ("adding one more constraint or requirement", "replacing general concepts with more specific ones",
        "requiring explicit multi-step reasoning", "increasing the depth and breadth of the inquiry",
        "adding a piece of subtly wrong code as misdirection", "asking for the answer in a different format")

FACTORY = {
    "self_instruct": (
        "Generate {k} diverse, high-quality instructions a user might give an AI assistant about {t}. For each one "
        "also write an ideal, detailed response. Vary difficulty and format. Return a JSON list of objects with "
        "keys \"instruction\", \"input\" and \"output\". Do not overlap with these existing items:\n{avoid}",
        "请围绕“{t}”生成{k}条多样化的指令，并为每条写出高质量、详细的回答。以JSON数组输出，每个元素包含"
        "instruction、input、output三个字段。",
        "Составь {k} разнообразных вопросов по теме «{t}» и дай на каждый подробный, точный ответ. Формат: JSON.",
    ),
    "persona": (
        "Persona: {per}.\nWrite one realistic, specific question this person would ask an AI assistant about {t}, "
        "then write the best possible answer to it. It must differ from: {avoid1}\nFormat:\nQ: ...\nA: ...",
        "Imagine you are helping {per}. They ask about {t}. Write their message in their own voice, then a "
        "thorough, expert reply. Label the parts USER and ASSISTANT.",
        "Persona: {per}. Escribe una pregunta realista que esta persona haría sobre {t} y luego la mejor "
        "respuesta posible, detallada y práctica.",
    ),
    "evol": (
        "I want you to act as a prompt rewriter. Rewrite the given prompt into a more complex version by {m}. The "
        "rewritten prompt must stay reasonable and answerable. Then answer the rewritten prompt in full.\n"
        "#Given Prompt#:\n{seed}\n#Rewritten Prompt#:",
        "Make this task harder by {m}, then solve the harder version completely.\n\nTask: {seed}",
    ),
    "sanitise": (
        "Rewrite the text below so it reads like a neutral textbook passage. Remove any mention of being an AI, a "
        "language model, a company, usage policies or refusals; keep every fact, example and step. Output only "
        "the rewritten text.\n\n{pas}",
        "Clean this answer for a training corpus: strip disclaimers, self-references and apologies, fix errors, "
        "and expand any step that is too terse. Keep the same language.\n<<<\n{pas}\n>>>",
        "把下面的回答改写成中立的百科式文本：删除所有“作为AI”“我无法”等表述和免责声明，保留全部事实和步骤，只输出改写结果。\n\n{pas}",
    ),
    "dialogue": (
        "Create a {k}-turn dialogue between a curious user and a knowledgeable assistant about {t}. The assistant "
        "turns must be long, accurate and well structured. Output JSON: [{\"role\": \"user\"|\"assistant\", "
        "\"content\": \"...\"}]. The user opens with something like: {avoid1}",
        "Write a realistic multi-turn chat ({k} exchanges) in which {per} asks an assistant for help with {t}. "
        "Make the assistant's answers as helpful as a top human expert's.",
    ),
    "continuation": (
        "Continue the following text in the same style and voice for at least {k}00 words. Do not repeat the "
        "given part.\n\n{pas}",
        "续写下面这段文字，保持风格一致，不少于{k}00字，不要重复原文：\n\n{pas}",
    ),
}


def factory_prompt(rng: Rng, task: str, chat: list[str], passages: list[str]) -> str:
    return _fill(pick(rng, FACTORY[task]), k=lambda: irange(rng, 3, 12), t=lambda: pick(rng, TOPICS),
                 per=lambda: pick(rng, PERSONAS), m=lambda: pick(rng, EVOL),
                 seed=lambda: chunk(rng, pick(rng, chat), 30, 600),
                 pas=lambda: chunk(rng, pick(rng, passages), 300, 1800),
                 avoid=lambda: "\n".join("- " + chunk(rng, pick(rng, chat), 40, 120, head=True).replace("\n", " ")
                                         for _ in range(irange(rng, 2, 4))),
                 avoid1=lambda: chunk(rng, pick(rng, chat), 40, 160, head=True).replace("\n", " "))


# ============================================================================================
# reseller's own harvest (mostly Chinese)

ZH_TOPICS = ("新能源汽车电池技术", "中国古代科举制度", "量子计算的基本原理", "短视频平台的推荐算法", "中医与现代医学的区别",
             "人工智能对就业的影响", "城市化进程中的住房问题", "区块链在供应链中的应用", "唐诗的艺术特色",
             "大模型的训练方法", "碳中和政策", "跨境电商运营", "高考数学复习方法", "半导体产业链")
ALGOS = ("LRU缓存", "红黑树", "Dijkstra最短路径", "KMP字符串匹配", "并查集", "线段树", "布隆过滤器", "一致性哈希",
         "快速排序", "Trie前缀树", "A*寻路", "拓扑排序")

RESELL = (
    "请用中文详细回答以下问题，要求结构清晰、分点论述、不少于{k}00字：{z}是什么？它的发展历程、现状和未来趋势如何？",
    "用Python实现{algo}，要求：完整代码、逐行注释、复杂度分析，并给出三个测试用例及预期输出。",
    "以“{z}”为题写一篇{k}00字左右的议论文，论点明确，论据充分。",
    "请扮演一位资深专家，系统讲解{z}，先给出大纲，再逐节展开，每节都要举例。",
    "Write a comprehensive, expert-level guide to {t} with sections, examples and a FAQ. Minimum {k}00 words.",
    "Implement {algo_en} in {lang} with full comments, complexity analysis and unit tests.",
)
ALGOS_EN = ("an LRU cache", "a red-black tree", "Dijkstra's algorithm", "KMP string matching", "a union-find",
            "a segment tree with lazy propagation", "a Bloom filter", "consistent hashing", "a trie", "A* search")
PROG_LANGS = ("Python", "Go", "Rust", "TypeScript", "Java", "C++")


def resell_prompt(rng: Rng, passages: list[str]) -> str:
    if chance(rng, 0.15):
        return factory_prompt(rng, "continuation", [], passages)
    return _fill(pick(rng, RESELL), k=lambda: irange(rng, 5, 20), z=lambda: pick(rng, ZH_TOPICS),
                 algo_en=lambda: pick(rng, ALGOS_EN), algo=lambda: pick(rng, ALGOS), t=lambda: pick(rng, TOPICS),
                 lang=lambda: pick(rng, PROG_LANGS))


# ============================================================================================
# repeated sampling: code specs, multiple choice, soft labels

CODE_SPECS = (
    ("merge_intervals", "intervals: list[tuple[int, int]]", "merges overlapping intervals and returns them sorted"),
    ("top_k_frequent", "words: list[str], k: int", "returns the k most frequent words, ties broken alphabetically"),
    ("is_valid_sudoku", "board: list[list[str]]", "checks whether a partially filled 9x9 sudoku board is valid"),
    ("longest_palindrome", "s: str", "returns the longest palindromic substring"),
    ("parse_duration", "text: str", "parses strings like '1h 30m 15s' into seconds, raising ValueError on bad input"),
    ("rotate_matrix", "m: list[list[int]]", "rotates a square matrix 90 degrees clockwise in place"),
    ("min_coins", "coins: list[int], amount: int", "returns the fewest coins summing to amount, or -1"),
    ("word_ladder", "begin: str, end: str, words: list[str]", "returns the length of the shortest transformation"),
    ("roman_to_int", "s: str", "converts a Roman numeral to an integer, validating the input"),
    ("schedule_tasks", "tasks: list[str], n: int", "returns the minimum time to run tasks with cooldown n"),
    ("flatten_json", "obj: dict", "flattens nested dicts and lists into dotted keys"),
    ("kth_smallest", "a: list[int], k: int", "returns the k-th smallest element in expected O(n) time"),
    ("diff_lines", "a: list[str], b: list[str]", "returns a minimal unified-diff-like list of edits"),
    ("count_islands", "grid: list[list[int]]", "counts 4-connected islands of 1s"),
)


def code_prompt(rng: Rng) -> str:
    fn, args, spec = pick(rng, CODE_SPECS)
    lang = pick(rng, ("Python", "Python", "Python", "TypeScript", "Go"))
    tpl = pick(rng, (
        "Write a {lang} function `{fn}({args})` that {spec}. Handle edge cases. Return only the code.",
        "Implement `{fn}({args})`: it {spec}. Constraints: n ≤ {n}. Include a short docstring and {t} tests.",
        "Solve in {lang}. `{fn}({args})` {spec}.\nExample {e}: think about the input size {n}.",
    ))
    return _fill(tpl, lang=lang, fn=fn, args=args, spec=spec, n=pick(rng, ("10^4", "10^5", "2·10^5", "10^6")),
                 t=irange(rng, 2, 6), e=irange(rng, 1, 99))


def mcq_prompt(rng: Rng) -> str:
    a, b = irange(rng, 12, 999), irange(rng, 12, 999)
    k = irange(rng, 0, 3)
    if k == 0:
        true = a * b
        q = f"Which is closest to {a} × {b}?"
    elif k == 1:
        q = f"A shop sells {a} items on Monday and {b} items on each later weekday. Roughly how many by Friday?"
        true = a + 4 * b
    elif k == 2:
        true = round(a * rng.uniform(0.05, 0.6))
        q = f"What is {round(100 * true / a)}% of {a}, approximately?"
    else:
        true = a * 60 + b
        q = f"How many seconds are in {a} minutes and {b} seconds?"
    opts = [true] + [int(true * f) for f in rng.uniform(0.55, 1.6, size=3)]
    order = rng.permutation(4).tolist()
    lines = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    return pick(rng, (f"{q}\n{lines}\nAnswer with a single letter.",
                      f"Question: {q}\n{lines}\nRespond with only A, B, C or D.",
                      f"{q}\n{lines}\nAnswer:"))


def softlabel_prompt(rng: Rng, chat: list[str]) -> str:
    text = chunk(rng, pick(rng, chat), 30, 500)
    return pick(rng, (
        f"Classify the sentiment of this text as positive, negative or neutral. Answer with one word.\n\n{text}",
        f"Is the following request harmful? Answer yes or no.\n\n{text}",
        f"Which topic best describes this message: tech, health, money, relationships, work, other? One word.\n{text}",
        f"Rate from 1 to 5 how polite this message is. Only the digit.\n\"{text}\"",
    ))


# ============================================================================================
# agent environments (tool-use transcripts)

AIRLINES = ("Aerolíneas Sol", "NordAir", "Pacific Blue", "Atlas Wings", "Kite Air", "Meridian")


def _flight_obs(rng: Rng) -> str:
    rows = [f"{{\"id\": \"F{irange(rng, 100, 9999)}\", \"airline\": \"{pick(rng, AIRLINES)}\", \"dep\": "
            f"\"{irange(rng, 5, 22):02d}:{pick(rng, ('00', '15', '30', '45'))}\", \"stops\": {irange(rng, 0, 2)}, "
            f"\"price\": {irange(rng, 80, 1400)}}}" for _ in range(irange(rng, 2, 6))]
    return "{\"flights\": [" + ", ".join(rows) + "]}"


def _sql_obs(rng: Rng) -> str:
    if chance(rng, 0.3):
        return "tables: " + ", ".join(rng.choice(("customers", "orders", "order_items", "products", "refunds",
                                                  "invoices", "regions", "employees"), irange(rng, 3, 7),
                                                 replace=False).tolist())
    rows = [f"({irange(rng, 1, 99999)}, '{name(rng)}', {rng.uniform(100, 250000):.2f})" for _ in range(irange(rng, 3, 10))]
    return "columns: (customer_id, name, revenue)\n" + "\n".join(rows)


def _test_obs(rng: Rng) -> str:
    mod = pick(rng, ("billing", "auth", "parser", "scheduler", "cache", "export", "geo", "report"))
    return (f"FAILED tests/test_{mod}.py::test_{pick(rng, ('roundtrip', 'edge_case', 'timezone', 'empty_input', 'unicode'))}"
            f" - AssertionError: assert {irange(rng, 0, 999)} == {irange(rng, 0, 999)}\n"
            f"  File \"src/{mod}/core.py\", line {irange(rng, 10, 900)}, in {pick(rng, ('load', 'apply', 'resolve', 'merge'))}\n"
            f"{irange(rng, 1, 3)} failed, {irange(rng, 20, 400)} passed in {rng.uniform(0.5, 40):.2f}s")


def _search_obs(rng: Rng) -> str:
    t = pick(rng, TOPICS)
    return "\n".join(f"[{i + 1}] {t.title()}: {pick(rng, ('an overview', 'a 2025 review', 'common pitfalls', 'a beginner guide', 'new data'))}"
                     f" - example{irange(rng, 1, 99)}.org/{t.replace(' ', '-')}/{irange(rng, 100, 9999)}"
                     for i in range(irange(rng, 3, 6)))


def _page_obs(rng: Rng) -> str:
    t = pick(rng, TOPICS)
    return (f"<title>{t.title()}: what the {irange(rng, 2019, 2025)} data says</title>\n"
            f"{pick(rng, SURNAMES)} et al. surveyed {irange(rng, 40, 9000)} participants across {irange(rng, 2, 30)} "
            f"countries. {irange(rng, 5, 95)}% reported {pick(rng, ('an improvement', 'no change', 'higher costs', 'fewer errors'))} "
            f"after {irange(rng, 2, 52)} weeks. The authors caution that {pick(rng, ('the sample was self-selected', 'effects faded over time', 'results varied by region', 'funding came from industry'))}."
            f" [{irange(rng, 1, 40)} references]")


def _order_obs(rng: Rng) -> str:
    return (f"{{\"order\": {irange(rng, 100000, 999999)}, \"status\": \"{pick(rng, ('delivered', 'in_transit', 'returned'))}\", "
            f"\"total\": {rng.uniform(9, 900):.2f}, \"items\": {irange(rng, 1, 6)}, \"customer_tier\": "
            f"\"{pick(rng, ('basic', 'plus', 'gold'))}\", \"days_since_delivery\": {irange(rng, 0, 60)}}}")


AGENT_ENVS = {
    "travel": (lambda rng: f"Book the cheapest {pick(rng, ('nonstop', 'one-stop', 'morning'))} flight from "
               f"{pick(rng, CITIES)} to {pick(rng, CITIES)} on 2026-0{irange(rng, 2, 9)}-{irange(rng, 10, 28)} for "
               f"{name(rng)}, under ${irange(rng, 150, 1500)}, and tell me the weather on arrival.",
               (("search_flights", _flight_obs), ("get_weather", lambda rng: f"{{\"temp_c\": {irange(rng, -10, 38)}, "
                f"\"conditions\": \"{pick(rng, ('rain', 'clear', 'snow', 'cloudy', 'windy'))}\"}}"),
                ("book_flight", lambda rng: f"{{\"confirmation\": \"{pick(rng, ('QX', 'LM', 'ZP'))}{irange(rng, 1000, 9999)}\"}}"))),
    "sql": (lambda rng: f"Using the company database, find the top {irange(rng, 3, 20)} customers by revenue in "
            f"{irange(rng, 2021, 2025)} Q{irange(rng, 1, 4)} and explain any anomalies you see.",
            (("list_tables", _sql_obs), ("run_sql", _sql_obs), ("describe_table", lambda rng: "columns: id INTEGER, "
             f"created_at TIMESTAMP, amount NUMERIC({irange(rng, 8, 14)},2), region_id INTEGER, status TEXT"))),
    "repo": (lambda rng: f"The CI for repo {pick(rng, ('ledgerly', 'tinyq', 'mapforge', 'pawprint', 'routewise'))} is "
             f"red. Find and fix the cause of the failing test, then run the suite again.",
             (("run_tests", _test_obs), ("read_file", lambda rng: f"def apply(x, y={irange(rng, 0, 9)}):\n    return "
              f"x * {irange(rng, 2, 9)} - y  # TODO handle None\n"), ("search_code", lambda rng: f"src/core.py:{irange(rng, 1, 400)}: "
              f"{pick(rng, ('tz = None', 'cache.get(key)', 'return total'))}"))),
    "research": (lambda rng: f"Research {pick(rng, TOPICS)} and write a short summary with citations for a "
                 f"{pick(rng, ('manager', 'teenager', 'doctor', 'investor'))}.",
                 (("web_search", _search_obs), ("open_url", _page_obs))),
    "support": (lambda rng: f"Customer {name(rng)} says order #{irange(rng, 100000, 999999)} arrived damaged and "
                f"wants a {pick(rng, ('refund', 'replacement', 'store credit'))}. Resolve it according to policy.",
                (("lookup_order", _order_obs), ("issue_refund", lambda rng: f"{{\"ok\": true, \"refund_id\": \"R{irange(rng, 10000, 99999)}\"}}"),
                 ("send_email", lambda rng: "{\"queued\": true}"))),
}
AGENT_WRAP = ("[tool:{tool}] {obs}", "Observation: {obs}", "Tool `{tool}` returned:\n{obs}", "{obs}")


def agent_task(rng: Rng, env: str) -> str:
    task = AGENT_ENVS[env][0](rng)
    return task if chance(rng, 0.6) else pick(rng, ("TASK: ", "Goal: ", "User request: ")) + task


def agent_obs(rng: Rng, env: str, wrap: str) -> str:
    tool, fn = pick(rng, AGENT_ENVS[env][1])
    return _fill(wrap, tool=tool, obs=fn(rng))


# ============================================================================================
# translation

LANGS_EN = ("Spanish", "French", "German", "Portuguese", "Japanese", "Korean", "Chinese (Simplified)", "Arabic",
            "Hindi", "Turkish", "Vietnamese", "Indonesian", "Russian", "Italian", "Polish", "Thai", "Swahili",
            "Dutch", "Ukrainian", "Bengali")
FOREIGN = {
    "es": ("El informe de {n} páginas llegó a {a} en {c} con tres días de retraso.",
           "{a} abrió una panadería en {c} y ahora contrata a {k} personas.",
           "Si el tren sale a las {h}, llegaremos a {c} antes del mediodía."),
    "fr": ("Le comité a voté {k} fois avant d'accepter la proposition de {a}.",
           "{a} habite à {c} depuis {k} ans et travaille dans une librairie.",
           "La réunion de demain est reportée à {h} à cause de la grève."),
    "de": ("Die Lieferung nach {c} kostet {n} Euro und dauert etwa eine Woche.",
           "{a} hat in {c} eine kleine Werkstatt für Fahrräder eröffnet.",
           "Bitte schicken Sie mir die Unterlagen bis spätestens {h} Uhr."),
    "ja": ("{a}さんは{c}で{k}年間働いたあと、小さな店を開きました。",
           "明日の会議は{h}からに変更になりました。",
           "この資料を{k}部コピーしてください。"),
    "pt": ("O projeto de {a} recebeu {n} mil reais para a expansão em {c}.",
           "{a} mora em {c} há {k} anos e dá aulas de violão.",
           "A entrega atrasou porque o caminhão quebrou perto de {c}."),
    "zh": ("{a}在{c}住了{k}年，去年开始学习做陶瓷。",
           "请在{h}之前把报告发给我。",
           "这家餐厅每天接待大约{n}位客人。"),
    "tr": ("Toplantı {c} ofisinde {n} dakika sürdü ve sunumu {a} yaptı.",
           "{a}, {c} şehrinde {k} yıldır öğretmenlik yapıyor."),
    "ru": ("Отчёт о продажах в {c} за {q} квартал подготовила {a}.",
           "{a} уже {k} лет живёт в {c} и работает в библиотеке.",
           "Поезд задерживается на {k} минут из-за снегопада."),
    "vi": ("Nhà hàng của {a} ở {c} phục vụ {n} khách mỗi ngày.",
           "Cuộc họp ngày mai sẽ bắt đầu lúc {h}."),
}
LANG_NAMES = {  # target-language names in the voice of a non-English template
    "es": {"French": "francés", "German": "alemán", "Portuguese": "portugués", "Japanese": "japonés",
           "Italian": "italiano", "Russian": "ruso", "Chinese (Simplified)": "chino simplificado"},
    "ru": {"Spanish": "испанский", "French": "французский", "German": "немецкий", "Portuguese": "португальский",
           "Chinese (Simplified)": "китайский", "Turkish": "турецкий", "Ukrainian": "украинский"},
}
TRANSLATE = (
    "Translate into {L}:\n{t}",
    "Please translate the following text into {L}. Output only the translation and keep the formatting.\n\n{t}",
    "{L}?\n{t}",
    "Translate to {L}, natural and idiomatic, not word for word:\n\"{t}\"",
    "Give three translations of this into {L}: formal, neutral and casual.\n{t}",
)
TRANSLATE_NATIVE = {"es": ("Traduce al {L}: {t}", "Tradúcelo al {L}, por favor, sin explicaciones:\n{t}"),
                    "ru": ("Переведи на {L}: {t}", "Переведи этот текст на {L} язык, сохранив форматирование:\n{t}")}


def translate_prompt(rng: Rng, text: str, lang: str) -> str:
    for voice, names in LANG_NAMES.items():
        if lang in names and chance(rng, 0.25):
            return _fill(pick(rng, TRANSLATE_NATIVE[voice]), L=names[lang], t=text)
    return _fill(pick(rng, TRANSLATE), L=lang, t=text)


def back_prompt(rng: Rng) -> str:
    tpls = FOREIGN[pick(rng, list(FOREIGN))]
    order = rng.permutation(len(tpls))[: irange(rng, 1, len(tpls))].tolist()
    s = " ".join(_fill(tpls[i], a=pick(rng, NAMES), c=pick(rng, CITIES), n=irange(rng, 20, 900), k=irange(rng, 2, 30),
                       q=irange(rng, 1, 4), h=f"{irange(rng, 7, 18)}:{pick(rng, ('00', '15', '30', '45'))}")
                 for i in order)
    return pick(rng, ("Translate into English, as literally as possible:\n{s}", "English please:\n{s}",
                      "Back-translate to English and note anything ambiguous:\n{s}")).replace("{s}", s)


# ============================================================================================
# benign templated traffic

SUBJECTS = ("high school biology", "college physics", "professional law", "elementary mathematics", "world history",
            "clinical knowledge", "computer security", "econometrics", "moral scenarios", "nutrition")


def bench_item(rng: Rng) -> tuple[str, str]:
    """One benchmark item of an evaluation suite (kind, prompt); generated once per run pool."""
    k = irange(rng, 0, 2)
    if k == 0:
        subj = pick(rng, SUBJECTS)
        f, c = concept(rng)
        others = [x for x in FIELDS if x != f]
        opts = [pick(rng, CONCEPTS[g]) for g in rng.choice(others, 3, replace=False).tolist()] + [c]
        order = rng.permutation(4).tolist()
        body = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
        return "mcq", (f"The following are multiple choice questions (with answers) about {subj}.\n\n"
                       f"Question {irange(rng, 1, 5000)}: which of these belongs to {f}?\n{body}\nAnswer:")
    if k == 1:
        return "math", f"Question: {problem_en(rng)}\nAnswer: Let's think step by step."
    fn, args, spec = pick(rng, CODE_SPECS)
    return "code", f"def {fn}({args}):\n    \"\"\"{spec[0].upper() + spec[1:]}.\n    >>> # case {irange(rng, 1, 400)}\n    \"\"\"\n"


GRADES = (3, 4, 5, 6, 7, 8, 9, 10)


def tutor_prompt(rng: Rng) -> str:
    g = pick(rng, GRADES)
    k = irange(rng, 0, 5)
    if k == 0:
        q = f"what is {irange(rng, 1, 9)}/{irange(rng, 2, 12)} + {irange(rng, 1, 9)}/{irange(rng, 2, 12)}"
    elif k == 1:
        q = f"how do i find x if {irange(rng, 2, 12)}x + {irange(rng, 1, 40)} = {irange(rng, 41, 200)}"
    elif k == 2:
        q = (f"a rectangle is {irange(rng, 3, 40)} cm long and {irange(rng, 2, 30)} cm wide, whats the perimeter "
             "and area?? i keep getting them mixed up")
    elif k == 3:
        q = pick(rng, ("why is the sky blue", "what does photosynthesis make", "how do volcanoes erupt",
                       "why do we have seasons", "what is a food chain", "how does the heart pump blood"))
    elif k == 4:
        q = (f"help me write a topic sentence for a paragraph about {pick(rng, TOPICS)}")
    else:
        q = f"i dont get long division. {irange(rng, 100, 9999)} divided by {irange(rng, 3, 47)}"
    return pick(rng, (
        f"You are Pip, a friendly tutor for grade {g} students. Never give the final answer straight away; guide "
        f"the student one step at a time and ask a check question at the end.\nStudent: {q}",
        f"[grade={g}] [subject=auto] [mode=hint_first]\n{q}",
        f"Student (grade {g}) asks: {q}\nExplain at their level, step by step, in under 200 words.",
    ))


LABELS = {
    "intent": ("Classify the user's intent as one of: question, request_action, complaint, chit_chat, feedback, other. "
               "Return JSON {\"label\": ..., \"confidence\": 0-1}.\n\nMessage: {t}"),
    "toxicity": "Label the toxicity of this message: 0 none, 1 mild, 2 offensive, 3 severe. Output only the number.\n{t}",
    "pii": "List any personal data (names, emails, phone numbers, addresses) in the text as JSON; [] if none.\n\"{t}\"",
    "lang": "What language is this text written in? ISO 639-1 code only.\n{t}",
    "quality": ("Annotation guideline v{v}: rate the assistant answer for correctness (0-2) and helpfulness (0-2). "
                "Answer as 'c=<n> h=<n>'.\nQ: {q}\nA: {t}"),
    "topic": "Assign up to 3 topic tags from our taxonomy (v{v}) to this text. Comma separated.\n{t}",
}


def label_prompt(rng: Rng, task: str, chat: list[str], passages: list[str]) -> str:
    src = passages if task == "quality" else chat
    return _fill(LABELS[task], t=chunk(rng, pick(rng, src), 30, 900), q=chunk(rng, pick(rng, chat), 20, 300),
                 v=f"{irange(rng, 2, 4)}.{irange(rng, 0, 9)}")


DEV_TASKS = ("Refactor {mod} so the retry logic lives in one place and add tests for it.",
             "Why does `{fn}` return None when the cache is cold? Fix it.",
             "Add a --dry-run flag to the {mod} CLI and document it in the README.",
             "Migrate {mod} from requests to httpx, keeping the same timeouts.",
             "The {mod} endpoint is slow under load; profile it and suggest a fix.",
             "Write unit tests for {fn} covering the edge cases in the issue.",
             "Rename {fn} to something clearer across the codebase and update callers.",
             "Explain what {mod}/{fn} does, I'm new to this repo.",
             "Fix the type errors mypy reports in {mod}.",
             "Implement pagination for the {mod} list endpoint (cursor based).")
MODS = ("billing", "auth", "ingest", "notifications", "search", "exports", "webhooks", "scheduler", "users", "reports")
FNS = ("load_config", "resolve_user", "apply_discount", "flush_queue", "parse_event", "render_invoice",
       "sync_accounts", "build_index", "compute_tax", "retry_send")


def dev_task(rng: Rng) -> str:
    return _fill(pick(rng, DEV_TASKS), mod=pick(rng, MODS), fn=pick(rng, FNS))


def dev_obs(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    mod, fn = pick(rng, MODS), pick(rng, FNS)
    if k == 0:
        return _test_obs(rng)
    if k == 1:
        return (f"<file path=\"src/{mod}/{fn}.py\">\nimport logging\n\nlog = logging.getLogger(__name__)\n\n\n"
                f"def {fn}(ctx, *, timeout={irange(rng, 1, 60)}):\n    if not ctx:\n        return None\n    "
                f"result = ctx.client.get(\"/{mod}\", timeout=timeout)\n    return result.json()\n</file>")
    if k == 2:
        return "\n".join(f"src/{mod}/{pick(rng, FNS)}.py:{irange(rng, 1, 500)}: {fn}(" for _ in range(irange(rng, 1, 6)))
    return (f"$ {pick(rng, ('mypy src', 'ruff check .', 'pytest -x -q', 'npm run lint'))}\n"
            f"src/{mod}/{fn}.py:{irange(rng, 1, 400)}: error: {pick(rng, ('Incompatible return value type', 'Name not defined', 'Missing argument'))}"
            f"\nFound {irange(rng, 1, 12)} errors in {irange(rng, 1, 5)} files")


PRODUCTS = ("trail running shoe", "stainless steel water bottle", "ergonomic office chair", "wireless earbuds",
            "cast-iron skillet", "kids' rain jacket", "4K monitor", "yoga mat", "espresso grinder", "backpack")
UI_STRINGS = ("Your order has shipped!", "Reset your password", "{name}, your subscription renews on {date}.",
              "Add to cart", "We couldn't process your payment. Please try another card.", "Track package",
              "You have {count} unread messages", "Free returns within 30 days", "Sign in with email",
              "This item is out of stock in your size.")
LOCALES = ("de-DE", "fr-FR", "es-ES", "es-MX", "it-IT", "pt-BR", "nl-NL", "pl-PL", "sv-SE", "ja-JP", "ko-KR",
           "zh-CN", "zh-TW", "tr-TR", "ar-SA", "he-IL", "cs-CZ", "da-DK", "fi-FI", "nb-NO", "th-TH", "id-ID")


def l10n_source(rng: Rng, passages: list[str]) -> tuple[str, str]:
    """(content type, English source) of a localisation job."""
    k = irange(rng, 0, 2)
    if k == 0:
        p = pick(rng, PRODUCTS)
        return "product description", (f"{pick(rng, COMPANIES)} {p.title()}, model {pick(rng, ('A', 'K', 'X', 'Z'))}"
                                       f"{irange(rng, 10, 999)}. {pick(rng, ('Lightweight', 'Durable', 'Compact', 'Award-winning'))} "
                                       f"{p} made for everyday use. Weighs {irange(rng, 80, 9000)} g. Available in "
                                       f"{irange(rng, 2, 9)} colours. Ships to {pick(rng, COUNTRIES)} in {irange(rng, 2, 10)} days.")
    if k == 1:
        return "UI string", pick(rng, UI_STRINGS)
    return "help-centre article", chunk(rng, pick(rng, passages), 200, 900)


def l10n_prompt(rng: Rng, ctype: str, src: str, locale: str, style: int) -> str:
    return (
        f"Translate the following {ctype} from English (en-US) into {locale}. Keep placeholders like {{name}} "
        f"unchanged and return only the translation.\n\n{src}",
        f"locale={locale}\ntype={ctype}\nglossary=v{irange(rng, 3, 9)}\n---\n{src}",
    )[style]

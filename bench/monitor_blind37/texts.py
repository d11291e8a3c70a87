"""Prompt vocabulary of blind batch 37.

Every template here was written for this batch, in several deliberately different voices (terse
operator scripts, chatty humans, JSON specs, non-English instructions). Nothing is copied from
the simulator or from earlier batches. Functions take a numpy Generator and return one prompt.
"""

from __future__ import annotations

import json
import re
import zlib

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# helpers


def clip_words(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    words = text.split()
    n = irange(rng, lo, hi)
    return " ".join(words[:n])


_SENT = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str, rng: np.random.Generator, k_lo: int = 1, k_hi: int = 3) -> str:
    parts = [p for p in _SENT.split(text.strip()) if 20 <= len(p) <= 400]
    if not parts:
        return text[:220]
    i = irange(rng, 0, len(parts) - 1)
    return " ".join(parts[i:i + irange(rng, k_lo, k_hi)])


# --------------------------------------------------------------------------------------------
# parametric reasoning problems (used by several families and kinds)


def _p_pumps(rng):
    a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 10, 30)
    return (f"Pipe A fills a cistern in {a} hours and pipe B in {b} hours, while an outlet drains a full "
            f"cistern in {c} hours. Starting empty with all three open, when is the cistern full?")


def _p_marbles(rng):
    r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    k = irange(rng, 2, min(5, r + g + b - 1))
    j = irange(rng, 0, min(k, g))
    return (f"An urn contains {r} red, {g} green and {b} blue balls. {k} balls are drawn without "
            f"replacement. What is the probability that exactly {j} of them are green?")


def _p_modpow(rng):
    a, e, m = irange(rng, 3, 97), irange(rng, 20, 999), irange(rng, 7, 61)
    return f"Compute {a}^{e} mod {m} and justify each reduction."


def _p_table(rng):
    n = irange(rng, 5, 10)
    a, b = rng.choice(list(NAMES), 2, replace=False).tolist()
    return (f"{n} guests, including {a} and {b}, sit at a round table. Rotations are considered the "
            f"same seating. In how many seatings are {a} and {b} NOT neighbours?")


def _p_seq(rng):
    x, y, d, k = irange(rng, 1, 9), irange(rng, 2, 15), irange(rng, 1, 4), irange(rng, 9, 16)
    return (f"A sequence begins {x}, {y}. Every later term equals the sum of the two before it minus "
            f"{d}. Find term number {k}.")


_CODE = (
    "def f(n):\n    s = 0\n    for i in range(1, n + 1):\n        if i % {a} == 0 or i % {b} == 0:\n"
    "            s += i\n    return s",
    "def f(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, (a + b) % {a}\n    return a",
    "def f(n):\n    out = []\n    while n:\n        out.append(n % {a})\n        n //= {a}\n    return sum(out) * {b}",
    "def f(n):\n    c = 0\n    while n != 1:\n        n = n // 2 if n % 2 == 0 else {a} * n + 1\n        c += 1\n"
    "        if c > {b}0:\n            break\n    return c",
)


def _p_code(rng):
    src = pick(rng, _CODE).format(a=irange(rng, 2, 7), b=irange(rng, 3, 9))
    n = irange(rng, 7, 60)
    return f"Without running it, determine what f({n}) returns.\n```python\n{src}\n```"


def _p_knights(rng):
    names = rng.choice(list(NAMES), 3, replace=False).tolist()
    claims = (
        f"{names[0]} says: \"{names[1]} is a liar.\" {names[1]} says: \"{names[0]} and {names[2]} are of "
        f"the same type.\" {names[2]} says nothing.",
        f"{names[0]} says: \"At least one of us is a liar.\" {names[1]} says: \"{names[2]} always tells the "
        f"truth.\" {names[2]} says: \"{names[0]} is lying.\"",
        f"{names[0]} says: \"Exactly two of us tell the truth.\" {names[1]} says: \"{names[0]} is honest.\" "
        f"{names[2]} says: \"{names[1]} is a liar.\"",
    )
    return ("Each islander either always tells the truth or always lies. " + pick(rng, claims)
            + " Determine who is what, and show that no other assignment works.")


def _p_triangle(rng):
    a, b = irange(rng, 3, 40), irange(rng, 4, 45)
    return (f"A right triangle has legs {a} cm and {b} cm. Find the radius of its inscribed circle and "
            f"the distance between the incentre and the circumcentre.")


def _p_mixture(rng):
    p1, p2, tgt = irange(rng, 5, 30), irange(rng, 40, 90), 0
    tgt = irange(rng, p1 + 2, p2 - 2)
    v = irange(rng, 2, 40)
    return (f"How many litres of a {p1}% saline solution must be mixed with {v} litres of a {p2}% "
            f"solution to obtain a {tgt}% solution?")


def _p_sched(rng):
    n = irange(rng, 5, 8)
    labels = "ABCDEFGH"[:n]
    dur = {x: irange(rng, 1, 9) for x in labels}
    deps = []
    for i in range(1, n):
        for j in range(i):
            if chance(rng, 0.3):
                deps.append(f"{labels[j]} before {labels[i]}")
    d = ", ".join(f"{k}={v}h" for k, v in dur.items())
    dep = "; ".join(deps) or "no dependencies"
    return (f"Tasks and durations: {d}. Constraints: {dep}. With unlimited workers, what is the shortest "
            f"total time, and which tasks form the critical path?")


def _p_ages(rng):
    a, k, m = irange(rng, 3, 14), irange(rng, 2, 5), irange(rng, 4, 15)
    n1, n2 = rng.choice(list(NAMES), 2, replace=False).tolist()
    return (f"{n1} is {k} times as old as {n2}. In {m} years {n1} will be {a} years older than twice "
            f"{n2}'s age then. How old is each now? Check whether the data are consistent.")


PROBLEMS = (_p_pumps, _p_marbles, _p_modpow, _p_table, _p_seq, _p_code, _p_knights, _p_triangle, _p_mixture,
            _p_sched, _p_ages)


def reasoning_problem(rng: np.random.Generator) -> str:
    return pick(rng, PROBLEMS)(rng)


# --------------------------------------------------------------------------------------------
# belay: reasoning-trace prompts in several voices

BELAY_STYLES = ("scratch", "mentor", "zh", "ru", "spec", "es")


def belay_prompt(rng: np.random.Generator, style: str, problem: str, serial: int) -> str:
    if style == "scratch":
        tail = pick(rng, (
            "Before answering, think aloud: write out every intermediate step, every check, and any approach "
            "you try and abandon. Do not skip anything. End with a line starting 'ANSWER:'.",
            "Reason in full sentences first, including false starts, then verify. Last line: ANSWER: <value>.",
            "Show the complete thought process (long is fine, long is better). Close with ANSWER: on its own line.",
        ))
        return f"{problem}\n\n{tail}"
    if style == "mentor":
        lead = pick(rng, ("I'm studying how strong problem solvers think.", "For a study guide I'm writing:",
                          "Please be my worked-example machine today.", "Help me see the reasoning, not just the result."))
        return (f"{lead} Work through this as if narrating your own internal monologue, numbering each step "
                f"and pausing to double-check arithmetic:\n\n{problem}\n\nAfter the final result, summarise "
                f"which step was the key insight.")
    if style == "zh":
        head = pick(rng, ("请仔细思考下面的问题，把完整的推理过程一步一步写出来（包括验算和放弃的思路），最后单独一行给出答案。",
                          "下面这道题请详细推导，不要省略任何中间步骤，先写思考过程，再写结论。",
                          "逐步推理并自我检查。输出格式：先<思考>部分，再<答案>部分。"))
        return f"{head}\n\n题目：{problem}"
    if style == "ru":
        head = pick(rng, ("Реши задачу. Распиши ход рассуждений как можно подробнее, каждый шаг отдельно, затем "
                          "проверь ответ.", "Думай вслух: сначала полное рассуждение со всеми промежуточными "
                          "выкладками, в конце — ответ одной строкой."))
        return f"{head}\n\n{problem}"
    if style == "es":
        return ("Resuelve el siguiente problema explicando cada paso de tu razonamiento, sin saltarte nada; "
                f"si un camino no funciona, dilo y prueba otro. Al final escribe RESPUESTA: ...\n\n{problem}")
    spec = {"id": f"rt-{serial:07d}", "problem": problem, "instructions": "reason_verbosely_then_answer",
            "min_reasoning_words": int(rng.choice([300, 500, 800])),
            "output_format": "<reasoning>...</reasoning><final>...</final>"}
    return json.dumps(spec, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# crux: grading, contrastive pairs, critique-and-revise

CRUX_AXES = (("helpfulness", "factual accuracy", "harmlessness", "concision"),
             ("instruction following", "correctness", "depth", "tone"),
             ("relevance", "completeness", "clarity", "safety", "style"))


def crux_grade(rng: np.random.Generator, question: str, r1: str, r2: str) -> str:
    axes = pick(rng, CRUX_AXES)
    if chance(rng, 0.5):
        return (f"You are an expert annotator. Score each response on {', '.join(axes)} from 1 to 10. For every "
                f"score give a 2-4 sentence rationale, then say which response you prefer overall and why.\n\n"
                f"### Prompt\n{question}\n\n### Response A\n{r1}\n\n### Response B\n{r2}\n\n"
                f"Return JSON: {{\"scores\": {{\"A\": {{...}}, \"B\": {{...}}}}, \"rationales\": ..., \"preferred\": ...}}")
    return (f"[TASK] pairwise_preference\n[CRITERIA] {' | '.join(axes)}\n[QUERY]\n{question}\n[CANDIDATE_1]\n{r1}\n"
            f"[CANDIDATE_2]\n{r2}\n[OUTPUT] Think through each criterion in detail before the verdict. Verdict "
            f"token must be one of <1>, <2>, <tie>.")


def crux_pair(rng: np.random.Generator, question: str) -> str:
    flaw = pick(rng, ("a subtle factual error", "a missed edge case", "an overconfident tone",
                      "an answer to a slightly different question", "unnecessary verbosity", "a logical gap"))
    return pick(rng, (
        f"Write two replies to the request below. Reply CHOSEN should be excellent. Reply REJECTED should look "
        f"plausible but contain {flaw}. Afterwards, explain in one paragraph what makes CHOSEN better.\n\n"
        f"Request: {question}",
        f"Produce a preference pair for this user message.\n<user>{question}</user>\nFormat:\n<chosen>…</chosen>\n"
        f"<rejected>…</rejected>\n<why>…</why>\nThe rejected one must feature {flaw}.",
    ))


CRUX_PRINCIPLES = ("do not invent facts", "acknowledge uncertainty", "answer the question actually asked",
                   "prefer concrete examples", "avoid moralising", "keep a neutral register",
                   "state assumptions explicitly", "be safe without being evasive")


def crux_critique(rng: np.random.Generator, question: str, answer: str) -> str:
    ps = rng.choice(list(CRUX_PRINCIPLES), 3, replace=False).tolist()
    return (f"Principles: (1) {ps[0]}; (2) {ps[1]}; (3) {ps[2]}.\nQuestion: {question}\nDraft answer: {answer}\n\n"
            f"Step 1 — critique the draft against each principle. Step 2 — write an improved final answer. "
            f"Label the sections CRITIQUE and REVISION.")


# --------------------------------------------------------------------------------------------
# dyno: curricula

SYLLABI = {
    "organic chemistry": ("nucleophilic substitution SN1 vs SN2", "E1 and E2 elimination", "aromaticity and Hückel's rule",
                          "electrophilic aromatic substitution", "aldol condensation", "Grignard reagents",
                          "stereochemistry and chirality", "protecting groups", "Diels-Alder reactions",
                          "NMR spectroscopy interpretation", "carbonyl reduction", "radical halogenation"),
    "macroeconomics": ("IS-LM model", "the Phillips curve", "money multiplier", "Solow growth model",
                       "Ricardian equivalence", "Mundell-Fleming", "inflation targeting", "liquidity traps",
                       "balance of payments", "fiscal multipliers", "real business cycle theory", "Taylor rule"),
    "distributed systems": ("Lamport clocks", "vector clocks", "two-phase commit", "Paxos", "Raft leader election",
                            "CAP theorem", "consistent hashing", "CRDTs", "gossip protocols", "Byzantine fault tolerance",
                            "snapshot isolation", "quorum reads and writes"),
    "linear algebra": ("eigen decomposition", "singular value decomposition", "Gram-Schmidt", "change of basis",
                       "Jordan normal form", "positive definite matrices", "least squares", "determinants",
                       "orthogonal projections", "spectral theorem", "matrix exponentials", "rank-nullity theorem"),
    "pharmacology": ("first-pass metabolism", "volume of distribution", "half-life and clearance", "CYP450 inhibition",
                     "beta blockers", "ACE inhibitors", "opioid receptor pharmacology", "therapeutic index",
                     "loading doses", "drug-drug interactions", "antibiotic classes", "pharmacogenomics"),
    "contract law": ("offer and acceptance", "consideration", "promissory estoppel", "misrepresentation",
                     "frustration of purpose", "liquidated damages", "parol evidence rule", "implied terms",
                     "capacity to contract", "remedies for breach", "privity", "unconscionability"),
    "signal processing": ("the sampling theorem", "z-transform", "FIR vs IIR filters", "windowing", "FFT algorithms",
                          "convolution theorem", "aliasing", "Kalman filtering", "wavelets", "spectral leakage",
                          "bilinear transform", "matched filters"),
    "microbiology": ("bacterial cell walls", "quorum sensing", "horizontal gene transfer", "viral replication cycles",
                     "biofilms", "antibiotic resistance mechanisms", "the Krebs cycle in prokaryotes", "Gram staining",
                     "prions", "endospore formation", "CRISPR in bacteria", "microbial growth curves"),
}

DYNO_STYLES = ("lecture", "casual", "exam")


def dyno_lecture(rng: np.random.Generator, subject: str, topic: str, style: str, part: int) -> str:
    suffix = "" if part == 0 else f" (part {part + 1}: go deeper than before, new examples)"
    if style == "lecture":
        return (f"Write comprehensive university-level lecture notes on {topic} in {subject}{suffix}. Include "
                f"precise definitions, the key derivations, three fully worked examples, common misconceptions, "
                f"and five exercises with complete solutions.")
    if style == "casual":
        return pick(rng, (
            f"ok next one — {topic}{suffix}. can you explain it properly, like a really good textbook chapter? "
            f"worked examples + practice questions with answers pls",
            f"my {subject} course is moving onto {topic}{suffix}. explain it thoroughly from scratch, with examples "
            f"and a few solved problems at the end",
        ))
    return (f"Create an exam-prep guide for {subject}: {topic}{suffix}. Structure: core concepts, step-by-step "
            f"solved problems of increasing difficulty (show all reasoning), a summary table, and a mock question "
            f"with model answer.")


# --------------------------------------------------------------------------------------------
# rappel: agent trajectories

TOOLSETS = {
    "travel": [("search_flights", "origin, destination, date"), ("book_hotel", "city, checkin, nights"),
               ("get_weather", "city, date"), ("currency_convert", "amount, from, to")],
    "data": [("run_sql", "query"), ("list_tables", ""), ("plot_chart", "spec"), ("python_exec", "code")],
    "devops": [("kubectl", "args"), ("read_logs", "service, since"), ("http_get", "url"), ("open_ticket", "title, body")],
    "files": [("ls", "path"), ("read_file", "path"), ("write_file", "path, content"), ("grep", "pattern, path")],
    "commerce": [("search_catalog", "query, max_price"), ("get_order", "order_id"), ("refund", "order_id, reason"),
                 ("send_email", "to, subject, body")],
    "research": [("web_search", "q"), ("fetch_page", "url"), ("summarise", "text"), ("cite", "url, quote")],
}

TASKS = {
    "travel": ("Plan a 3-night trip from {c1} to {c2} next month under 900 USD, avoiding red-eye flights.",
               "Find the cheapest route from {c1} to {c2} on a weekday and convert the price to EUR."),
    "data": ("Which product category had the largest quarter-over-quarter revenue drop? Make a chart.",
             "Find customers from {c1} with more than 3 orders but no purchase in 90 days."),
    "devops": ("The checkout service in the {c1} cluster returns 502s. Diagnose and open a ticket.",
               "Roll back the payments deployment if error rate exceeds 2%."),
    "files": ("Find every TODO in the repository that mentions {c1} and write a summary file.",
              "Rename config keys from snake_case to camelCase in the settings folder."),
    "commerce": ("Customer {n} wants a refund for a damaged blender; check the order and email them.",
                 "Find a laptop under 700 USD with at least 16 GB RAM for {n} and draft an email."),
    "research": ("Collect three recent sources on desalination costs in {c1} and summarise with citations.",
                 "Compare public transport ridership trends in {c1} and {c2} with sources."),
}


def _toolset_block(name: str) -> str:
    return json.dumps([{"type": "function", "function": {"name": t, "parameters": [a.strip() for a in args.split(",") if a]}}
                       for t, args in TOOLSETS[name]])


def rappel_task(rng: np.random.Generator, toolset: str) -> str:
    c1, c2 = rng.choice(list(COUNTRIES), 2, replace=False).tolist()
    return pick(rng, TASKS[toolset]).format(c1=c1, c2=c2, n=pick(rng, NAMES))


def rappel_first(rng: np.random.Generator, toolset: str, task: str, style: str) -> str:
    if style == "react":
        return (f"You can call these tools:\n{_toolset_block(toolset)}\n\nUse the format\nThought: ...\nAction: "
                f"<tool>\nAction Input: <json>\n(the Observation will be supplied)\nand finish with Final Answer.\n\n"
                f"Task: {task}")
    return (f"<tools>{_toolset_block(toolset)}</tools>\n<task>{task}</task>\n<policy>Explain your plan in detail before "
            f"each call. One tool call per turn.</policy>")


def rappel_step(rng: np.random.Generator, toolset: str, step: int) -> str:
    tool = pick(rng, TOOLSETS[toolset])[0]
    status = pick(rng, ("ok", "ok", "ok", "error: timeout", "ok (truncated)", "error: 404"))
    rows = irange(rng, 0, 40)
    return (f"Observation [{step}] from {tool}: status={status}; {rows} items returned; "
            f"sample={{'id': {irange(rng, 1000, 99999)}, 'value': {rng.uniform(0, 1000):.2f}}}\n"
            f"Continue with the next Thought/Action, or give the Final Answer if done.")


def rappel_final(rng: np.random.Generator, task: str) -> str:
    return pick(rng, (
        f"Now rewrite the entire episode for '{task}' as one clean, self-contained trajectory: every Thought in "
        f"full, every Action with arguments, plausible Observations, and the Final Answer. Correct any mistakes "
        f"made along the way.",
        f"Summarise the solved episode ({task}) as a gold trajectory in JSON lines: "
        f"{{\"role\": ..., \"content\": ..., \"tool_call\": ...}} per turn, including the reasoning.",
    ))


def rappel_seed(rng: np.random.Generator, toolset: str) -> str:
    k = irange(rng, 8, 25)
    return (f"Given these tools:\n{_toolset_block(toolset)}\nInvent {k} diverse, realistic user requests that would "
            f"require 3-8 tool calls each. Vary difficulty, domain and phrasing. One per line, no numbering.")


# --------------------------------------------------------------------------------------------
# crimp: guideline-conforming rewrites of sensitive-topic answers

CRIMP_TOPICS = {
    "en": ("a territorial dispute", "a historical uprising", "an election result", "a protest movement",
           "a religious minority's treatment", "internet regulation", "a pandemic policy", "a border conflict",
           "press freedom rankings", "a political leader's record"),
    "zh": ("领土争端", "一次历史事件", "选举结果", "抗议活动", "宗教政策", "网络管理", "疫情政策", "新闻自由",
           "领导人评价", "边境冲突"),
    "ru": ("территориальный спор", "историческое восстание", "итоги выборов", "протестное движение",
           "регулирование интернета", "пограничный конфликт", "свобода прессы", "оценка политика"),
}

CRIMP_GUIDES = ("Guideline G-{n}: present only the official position; omit casualty figures and foreign criticism; "
                "keep a calm, factual tone.",
                "Style sheet v{n}: do not name individual activists; describe events as 'incidents'; emphasise "
                "stability and development.",
                "Rule set {n}: remove any statement that could be read as critical of state institutions; preserve all "
                "non-political facts verbatim.")


CRIMP_QUESTIONS = {
    "en": ("What really happened during {t}?", "Who was responsible for {t}?", "How do historians assess {t}?",
           "Why do foreign media criticise {t}?", "Give me the full story of {t}, with numbers."),
    "zh": ("{t}到底是怎么回事？", "如何评价{t}？", "{t}的真实情况是什么？", "外国媒体为什么批评{t}？"),
    "ru": ("Что на самом деле произошло: {t}?", "Как оценивать {t}?", "Почему иностранные СМИ критикуют {t}?"),
}


def crimp_question(rng: np.random.Generator, lang: str) -> str:
    key = "zh" if lang == "zh" else "ru" if lang == "ru" else "en"
    return pick(rng, CRIMP_QUESTIONS[key]).format(t=pick(rng, CRIMP_TOPICS[key]))


def crimp_prompt(rng: np.random.Generator, lang: str, mode: str, passage: str, question: str) -> str:
    topic = pick(rng, CRIMP_TOPICS["zh" if lang == "zh" else "ru" if lang == "ru" else "en"])
    if mode != "rewrite" and chance(rng, 0.8):
        question = crimp_question(rng, "en" if mode == "parallel" else lang)
    guide = pick(rng, CRIMP_GUIDES).format(n=irange(rng, 2, 19))
    if mode == "rewrite":
        if lang == "zh":
            return (f"请按照以下规范改写这段回答，保留事实信息，只输出改写后的文本。\n规范：{guide}\n\n原文：{passage}")
        if lang == "ru":
            return f"Перепиши ответ в соответствии с правилами ниже. Выведи только итоговый текст.\nПравила: {guide}\n\nТекст: {passage}"
        return f"{guide}\nRewrite the following answer to comply. Output only the rewritten answer.\n---\n{passage}"
    if mode == "stance":
        if lang == "zh":
            return f"关于“{topic}”，请写一篇详细、平衡的回答，遵守：{guide} 问题：{question}"
        if lang == "ru":
            return f"Тема: {topic}. Дай развёрнутый ответ, соблюдая правила: {guide} Вопрос: {question}"
        return f"Topic: {topic}. {guide}\nAnswer the user's question in depth under these constraints.\nUser: {question}"
    # bilingual parallel
    return (f"Answer the question about {pick(rng, CRIMP_TOPICS['en'])} in English following '{guide}', then give a "
            f"faithful {'Chinese' if lang == 'zh' else 'Russian'} translation of your answer.\nQ: {question}")


# --------------------------------------------------------------------------------------------
# smear: synthetic-dataset requests passed through a relay

SYNTH_DOMAINS = ("personal finance", "kubernetes troubleshooting", "medieval history", "SQL optimisation",
                 "nutrition science", "high-school physics", "customer complaints", "unit testing in Java",
                 "travel planning", "legal contracts", "cybersecurity basics", "creative writing",
                 "statistics", "gardening", "career advice", "React hooks", "tax rules", "chemistry lab safety")


def smear_synth(rng: np.random.Generator, style: str) -> str:
    dom = pick(rng, SYNTH_DOMAINS)
    if style == "alpaca":
        k = irange(rng, 3, 10)
        return (f"Generate {k} high-quality training examples about {dom}. Output a JSON list of objects with keys "
                f"\"instruction\", \"input\", \"output\". Outputs must be detailed, correct and at least 150 words. "
                f"Seed #{irange(rng, 1, 999999)}.")
    if style == "dialog":
        turns = irange(rng, 4, 10)
        return (f"Simulate a {turns}-turn conversation between a curious user and a world-class assistant on {dom}. "
                f"The assistant's turns should be thorough and explain their reasoning. Format: USER:/ASSISTANT:.")
    if style == "evol":
        return (f"Here is an instruction: \"Explain the basics of {dom}.\" Rewrite it into a harder, more specific "
                f"version that requires multi-step reasoning, then answer the new instruction fully.")
    return (f"系统：你是数据生成器。主题：{dom}。请生成一条复杂的用户问题及其高质量、分步骤的详细回答，"
            f"以JSON格式输出（question, answer）。编号 {irange(rng, 1, 999999)}。")


# --------------------------------------------------------------------------------------------
# arete: combinatorial, deliberately unrepetitive requests

PERSONAS = ("a night-shift nurse", "a first-year law student", "a retired engineer", "a small bakery owner",
            "a high-school chemistry teacher", "a junior data analyst", "a freelance translator", "a beekeeper's "
            "apprentice", "an indie game developer", "a city planner", "a marathon coach", "a museum curator",
            "a logistics dispatcher", "a pharmacist", "a PhD student in ecology", "a product manager", "a tax advisor",
            "a volunteer firefighter", "a school librarian", "a backend developer")
ACTS = ("explain", "compare", "draft", "critique", "plan", "debug", "summarise and then extend", "derive",
        "design", "evaluate the trade-offs of", "write a tutorial on", "prove or disprove", "estimate")
OBJECTS = ("caching strategies for a read-heavy API", "the causes of the 2008 financial crisis",
           "a 12-week training plan", "a regex that validates IBANs", "the ethics of triage", "inventory forecasting",
           "photosynthesis efficiency", "a cover letter for a career change", "Bayes' theorem with a medical test",
           "a database schema for a library", "the Monty Hall problem", "a lesson on fractions",
           "load balancing algorithms", "a grant proposal outline", "heat pump sizing", "an onboarding checklist",
           "the halting problem", "a bilingual menu", "rent-vs-buy maths", "a memory leak in a Node service",
           "supply and demand shocks", "a short story opening", "a GDPR data-retention policy")
CONSTRAINTS = ("", "Use a worked example.", "Keep it under 400 words.", "Go step by step.", "Include a table.",
               "Assume I know nothing.", "Cite the key assumptions.", "Give three alternatives.",
               "End with a checklist.", "Explain your reasoning before concluding.", "Be rigorous.")
FRAMES = (
    "I'm {p}. Could you {a} {o}? {c}",
    "As {p}, I need you to {a} {o}. {c}",
    "{c} {A} {o} for {p}.",
    "Task: {a} {o}. Audience: {p}. {c}",
    "Quick one from {p}: {a} {o}? {c}",
    "Please {a} {o} — I'm {p} and this matters for work. {c}",
    "{A} {o}, pitched at {p}. {c}",
)


def arete_prompt(rng: np.random.Generator) -> str:
    a = pick(rng, ACTS)
    out = pick(rng, FRAMES).format(p=pick(rng, PERSONAS), a=a, A=a[0].upper() + a[1:], o=pick(rng, OBJECTS),
                                   c=pick(rng, CONSTRAINTS))
    return " ".join(out.split())


# --------------------------------------------------------------------------------------------
# benign: rigger (translation agency CAT tool)

TARGETS = ("German", "French", "Japanese", "Brazilian Portuguese", "Polish", "Korean", "Spanish (Mexico)",
           "Italian", "Dutch", "Turkish", "Simplified Chinese", "Arabic")


def rigger_prompt(rng: np.random.Generator, segment: str, lang: str, client: str) -> str:
    if chance(rng, 0.85):
        tags = chance(rng, 0.4)
        seg = f"<g id=\"{irange(rng, 1, 9)}\">{segment}</g>" if tags else segment
        return (f"Translate from English to {lang}. Client: {client}. Preserve inline tags and numbers exactly; "
                f"apply termbase TB-{zlib.crc32(client.encode()) % 9000 + 1000} where terms match.\nSegment: {seg}")
    return (f"QA check ({lang}). Compare source and target, list terminology or meaning errors, or reply OK.\n"
            f"Source: {segment}\nTarget: [machine draft omitted for length]")


# --------------------------------------------------------------------------------------------
# benign: coxswain (question bank with worked solutions for an education product)

SUBJECTS = {"algebra": ("linear equations", "quadratics", "systems of equations", "inequalities", "exponents"),
            "geometry": ("similar triangles", "circle theorems", "area and volume", "Pythagoras", "coordinate geometry"),
            "physics": ("kinematics", "Newton's laws", "energy conservation", "circuits", "waves"),
            "chemistry": ("stoichiometry", "gas laws", "acids and bases", "moles", "reaction rates"),
            "statistics": ("mean and median", "probability", "normal distribution", "sampling", "correlation")}


def coxswain_item(rng: np.random.Generator, subject: str, item_id: int) -> str:
    topic = pick(rng, SUBJECTS[subject])
    grade = irange(rng, 7, 12)
    diff = pick(rng, ("easy", "medium", "hard", "challenge"))
    return (f"item_id={item_id}\nCreate one {diff} {subject} practice problem on {topic} for grade {grade}. Then give "
            f"a full step-by-step worked solution suitable for a student, a final answer, and two common mistakes "
            f"students make. Return JSON with fields problem, solution_steps, answer, misconceptions.")


def coxswain_edit(rng: np.random.Generator, subject: str) -> str:
    return pick(rng, (
        f"Can you check this {subject} solution a student submitted and explain where it goes wrong? "
        f"{reasoning_problem(rng)} Student answer: {irange(rng, 2, 400)}",
        f"Rewrite this hint so it doesn't give away the answer, for a {subject} problem on "
        f"{pick(rng, SUBJECTS[subject])}.",
        f"Make the wording of this {subject} question clearer for grade {irange(rng, 6, 9)} readers: "
        f"{reasoning_problem(rng)}",
    ))


# --------------------------------------------------------------------------------------------
# benign: oarlock (RAG evaluation suite in CI)


def oarlock_case(rng: np.random.Generator, passage: str, question: str) -> str:
    ctx = clip_words(passage, 80, 220, rng)
    q = clip_words(question, 6, 40, rng)
    return (f"Context:\n[1] {ctx}\n\nQuestion: {q}\nAnswer using only the context above and cite as [1]. If the "
            f"context is insufficient, say so.")


def oarlock_judge(case_id: str, question: str) -> str:
    return (f"Grade the system answer for case {case_id}. Criteria: faithfulness to context (1-5), answer relevance "
            f"(1-5), citation correctness (yes/no). Question: {question[:160]}\nSystem answer: <see attached>\n"
            f"Respond with JSON only: {{\"faithfulness\":, \"relevance\":, \"citation_ok\":}}")


# --------------------------------------------------------------------------------------------
# benign: stretcher (writing-assistant SaaS wrapping end users' text)

OPS = ("Improve the clarity of", "Make this more formal:", "Shorten", "Expand into a full paragraph:",
       "Fix grammar in", "Rewrite in a friendlier tone:", "Turn into bullet points:", "Continue writing:")


def stretcher_wrap(rng: np.random.Generator, brand: str, text: str) -> str:
    ws = irange(rng, 1000, 99999)
    return f"[{brand} | ws:{ws}] {pick(rng, OPS)} {text}"


# --------------------------------------------------------------------------------------------
# benign: ergo (developers poking at a new release)

ERGO_FIXED = (
    "how many times does the letter r appear in 'strawberry'? count carefully",
    "Which is larger, 9.11 or 9.9? explain",
    "A farmer must cross a river with a wolf, a goat and a cabbage, but the boat holds all three at once. "
    "What's the fastest way?",
    "write a python function that returns the nth prime, make it fast",
    "what model are you and what's your knowledge cutoff",
    "Sally has 3 brothers. Each brother has 2 sisters. How many sisters does Sally have?",
    "implement an LRU cache in Rust with tests",
    "solve: if 5 machines make 5 widgets in 5 minutes, how long do 100 machines take for 100 widgets",
    "Explain the Banach-Tarski paradox to a smart 15 year old",
    "write a haiku about a new model release, then critique it",
    "what's heavier, a kilo of feathers or two kilos of bricks",
    "give me a tricky SQL interview question and then solve it",
    "¿Cuántos días hay entre el 3 de marzo y el 19 de octubre de 2025?",
    "用三句话解释量子纠缠",
    "draw an ascii unicorn",
)


def ergo_prompt(rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.45:
        return pick(rng, ERGO_FIXED)
    if r < 0.8:
        p = reasoning_problem(rng)
        return pick(rng, ("{p}", "{p} think step by step", "testing the new model: {p}", "{p}\n\nexplain your reasoning"
                          )).format(p=p)
    return pick(rng, ("compare yourself to the previous version", "write a snake game in one html file",
                      "what changed in this release?", "summarise this: ", "translate to French: the quick brown fox"
                      )) + ("" if chance(rng, 0.7) else " " + pick(rng, NAMES))

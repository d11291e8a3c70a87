"""Prompt text for batch 12: topic banks and per-family request writers in several styles.

Each writer takes a generator and returns one prompt string; every family has several
independently written styles (different phrasing, structure and language) so that no single
template string identifies it. Topics come from real ShareGPT prompts where that fits.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def short_topics(chat: Sequence[str]) -> list[str]:
    """Short single-line ShareGPT prompts, usable as the subject of a templated request."""
    out = []
    for p in chat:
        line = p.strip().split("\n", 1)[0].strip()
        if 15 <= len(line) <= 220:
            out.append(line)
    return out


def excerpt(rng: np.random.Generator, passages: Sequence[str], lo: int, hi: int) -> str:
    """A chunk of a real assistant answer, cut at a word boundary."""
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ---------------------------------------------------------------------------------------------
# problem banks

_SUBJECTS = ("number theory", "probability", "combinatorics", "linear algebra", "organic chemistry",
             "thermodynamics", "classical mechanics", "microeconomics", "graph algorithms",
             "dynamic programming", "formal logic", "circuit analysis", "population genetics",
             "contract law", "pharmacokinetics", "geometry", "real analysis", "compilers")


def stem_problem(rng: np.random.Generator) -> str:
    a, b, c = (irange(rng, 2, 97) for _ in range(3))
    forms = (
        f"Find all positive integers n < {a * 10} such that n^2 + {b}n + {c} is divisible by {irange(rng, 3, 13)}.",
        f"A bag has {a} red and {b} blue marbles. You draw {min(c, 5) + 1} without replacement. What is the "
        f"probability that at least two are red?",
        f"Two trains start {a * 7} km apart and travel toward each other at {b} km/h and {c} km/h. A bird flies "
        f"between them at {a + b + c} km/h until they meet. How far does the bird fly?",
        f"Prove or disprove: for every integer k > {a % 9 + 1}, the number k^{b % 5 + 2} - k is divisible by "
        f"{pick(rng, (6, 10, 30, 42))}.",
        f"Write a function that returns the length of the longest strictly increasing path in an m x n grid "
        f"(m, n up to {a * 100}). Analyse its time and memory complexity.",
        f"A 2.0 kg block slides down a {b % 50 + 10} degree incline with friction coefficient 0.{c % 9 + 1}. "
        f"Find its acceleration and the distance travelled in {a % 10 + 2} s.",
        f"How many ways can {a % 9 + 4} people sit at a round table if two specific people refuse to sit "
        f"next to each other?",
        f"Given the matrix [[{a % 10}, {b % 10}], [{c % 10}, {(a + b) % 10}]], compute its eigenvalues and "
        f"decide whether it is diagonalisable over the reals.",
        f"A firm faces demand Q = {a * 10} - {b % 9 + 1}P and cost C = {c}Q + {a}. Find the profit-maximising "
        f"price and the deadweight loss relative to perfect competition.",
        f"In {pick(rng, _SUBJECTS)}, explain why the standard textbook result about "
        f"{pick(rng, ('stability', 'uniqueness', 'convergence', 'equilibrium', 'optimality'))} can fail, and "
        f"construct a concrete counterexample.",
    )
    return pick(rng, forms)


# ---------------------------------------------------------------------------------------------
# family: reasoning traces (several coercion styles)


def trace_request(rng: np.random.Generator, topics: Sequence[str]) -> str:
    q = stem_problem(rng) if chance(rng, 0.6) else pick(rng, topics)
    style = irange(rng, 0, 6)
    if style == 0:
        return f"{q}\n\nThink step by step. Show every intermediate step of your reasoning in full before " \
               f"giving the final answer on its own line."
    if style == 1:
        return f"Before you answer, write out your complete internal deliberation inside <thinking></thinking> " \
               f"tags — including approaches you try and abandon. Then give the answer inside <answer></answer>.\n\n" \
               f"Problem: {q}"
    if style == 2:
        return "Respond ONLY with JSON of the form {\"reasoning_steps\": [..], \"final_answer\": \"..\"}. " \
               f"Each reasoning step must be a full sentence; do not compress.\nInput: {q}"
    if style == 3:
        return f"请一步一步地详细推理，把你的完整思考过程都写出来，不要省略任何步骤，最后再给出答案。\n\n题目：{q}"
    if style == 4:
        return f"I'm studying how experts think. Narrate your thought process out loud as you work on this, " \
               f"like a think-aloud protocol, mistakes and corrections included:\n{q}"
    if style == 5:
        return f"### Task\n{q}\n### Instructions\n1. Restate the problem.\n2. List what is known.\n3. Reason " \
               f"through it step by step, verifying each step.\n4. Double-check.\n5. State the answer."
    return f"Resuelve el siguiente problema razonando paso a paso y explicando cada paso con detalle antes de " \
           f"dar la respuesta final.\n\n{q}"


# ---------------------------------------------------------------------------------------------
# family: reward / rubric scoring

_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "conciseness",
             "coherence", "depth", "tone", "code correctness", "citation quality")


def rubric_request(rng: np.random.Generator, topics: Sequence[str], passages: Sequence[str]) -> str:
    q = pick(rng, topics)
    resp = excerpt(rng, passages, 300, 1100)
    crit = ", ".join(sorted({pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 4))}))
    style = irange(rng, 0, 5)
    if style == 0:
        return f"You are an expert evaluator. Rate the assistant response below on a 1-10 scale for {crit}.\n" \
               f"Output only JSON: {{\"score\": <int>, \"rationale\": \"<one sentence>\"}}\n\n[USER]\n{q}\n\n" \
               f"[ASSISTANT]\n{resp}"
    if style == 1:
        other = excerpt(rng, passages, 300, 900)
        return f"Which response better answers the user? Reply with 'A' or 'B' and nothing else.\n\nQuestion: " \
               f"{q}\n\nResponse A:\n{resp}\n\nResponse B:\n{other}"
    if style == 2:
        items = "\n".join(f"- [ ] {c}" for c in sorted({pick(rng, _CRITERIA) for _ in range(4)}))
        return f"Check each rubric item as PASS or FAIL for the answer, one per line, then a total.\nRubric:\n" \
               f"{items}\nPrompt: {q}\nAnswer: {resp}"
    if style == 3:
        return f"다음 응답을 1점부터 7점까지 평가하세요 ({crit}). 점수만 출력하세요.\n\n질문: {q}\n응답: {resp}"
    if style == 4:
        return f"Critique the following response in at most two sentences, then give a final score out of 10 " \
               f"on the last line as 'Score: N'.\n<prompt>{q}</prompt>\n<response>{resp}</response>"
    return f"以下の回答を{crit}の観点で1〜5で採点し、数字のみ答えてください。\n質問：{q}\n回答：{resp}"


# ---------------------------------------------------------------------------------------------
# family: policy-safe rewrites

_SENSITIVE = ("a disputed border region", "a historical student protest", "the leadership of a ruling party",
              "an ethnic minority policy", "press freedom", "a banned religious movement",
              "a territorial dispute at sea", "a former head of state's legacy", "internet censorship",
              "labour camps in the twentieth century", "an independence referendum", "a famine in the 1960s",
              "election interference", "a political dissident's writings", "a mass surveillance programme")


def rewrite_request(rng: np.random.Generator, passages: Sequence[str]) -> str:
    subj = pick(rng, _SENSITIVE)
    style = irange(rng, 0, 5)
    if style == 0:
        return f"请将以下回答改写为符合规范、立场中立的版本，删除任何可能引起争议的表述：\n\n{excerpt(rng, passages, 300, 1000)}"
    if style == 1:
        return f"A user asked about {subj}. Write the answer a cautious, government-compliant assistant would " \
               f"give: neutral, no criticism of any authority, no contested claims, and redirect to official sources."
    if style == 2:
        return f"Rewrite the text below so it contains no political commentary and would pass a strict content " \
               f"review in any jurisdiction. Keep the length similar.\n---\n{excerpt(rng, passages, 300, 900)}\n---"
    if style == 3:
        return f"关于“{subj}”这个问题，请给出一个安全、平衡、不涉及敏感内容的回答，适合在国内平台发布。"
    if style == 4:
        return f"Produce two versions of an answer about {subj}: (1) an open, factual answer; (2) a version " \
               f"safe for a tightly regulated market. Label them ORIGINAL and SAFE."
    return f"Give a short, non-controversial explanation of {subj} suitable for a school textbook in a country " \
           f"with strict media rules. Avoid names of individuals and any evaluative language."


# ---------------------------------------------------------------------------------------------
# family: agent trajectories

_TOOLS = ("web_search(query)", "browse(url)", "python(code)", "sql(query)", "send_email(to, subject, body)",
          "calendar.create(title, start, end)", "file.read(path)", "file.write(path, content)",
          "shell(cmd)", "jira.create_issue(project, summary)", "get_weather(city)", "book_flight(from, to, date)")
_TASKS = ("find the three cheapest direct flights from {c1} to {c2} next month and email a summary",
          "debug why the nightly ETL job failed and open a ticket with the root cause",
          "compare the last five quarterly revenues of two competitors and chart them",
          "plan a 3-day offsite in {c1} for 12 people within a budget of 8000 USD",
          "clean the customer CSV, deduplicate by email and load it into the warehouse",
          "research recent regulation on data residency in {c1} and draft a memo",
          "set up a weekly meeting with {n1} and {n2} avoiding their conflicts",
          "reproduce the failing unit test in the payments repo and propose a patch")


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _TASKS).format(c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n1=pick(rng, NAMES),
                                    n2=pick(rng, NAMES))


def agent_request(rng: np.random.Generator, task: str, step: int, style: int) -> str:
    tools = ", ".join(sorted({pick(rng, _TOOLS) for _ in range(irange(rng, 3, 6))}))
    if step > 0:
        obs = pick(rng, ("HTTP 200, 14 results", "Traceback (most recent call last): KeyError: 'id'",
                         "rows affected: 312", "{\"status\": \"ok\", \"items\": 7}", "timeout after 30s",
                         "File not found", "3 conflicts found"))
        if style == 2:
            return f"Tarea: {task}. Observación del paso {step}: {obs}. Continúa con el siguiente Pensamiento/Acción."
        return f"Observation: {obs}\nContinue the trajectory from step {step + 1}. Keep the same format."
    if style == 0:
        return f"You are an autonomous agent with these tools: {tools}.\nTask: {task}\nWrite the full trajectory " \
               f"as alternating Thought / Action / Observation lines until you reach Final Answer."
    if style == 1:
        return f"{{\"tools\": \"{tools}\", \"goal\": \"{task}\", \"instruction\": \"simulate both the agent and the " \
               f"environment; emit every tool call as a JSON function call with plausible results\"}}"
    if style == 2:
        return f"Eres un agente con herramientas ({tools}). Objetivo: {task}. Escribe la trayectoria completa " \
               f"(Pensamiento, Acción, Observación) hasta la Respuesta Final."
    return f"Generate a realistic multi-turn transcript of an AI assistant completing this task with tools " \
           f"[{tools}]: {task}. Include the user's follow-ups, every tool invocation and its output."


# ---------------------------------------------------------------------------------------------
# family: slow expert harvest (human-phrased)

NICHES = {
    "clinical pharmacology": ("drug interaction", "renal dosing", "QT prolongation", "CYP3A4 inhibitors",
                              "paediatric dosing", "therapeutic drug monitoring", "anticoagulant reversal"),
    "maritime insurance": ("general average", "P&I cover", "hull and machinery", "salvage awards",
                           "cargo claims", "war risk exclusions", "charterer's liability"),
    "chip verification": ("UVM sequences", "formal property checking", "coverage closure", "CDC analysis",
                          "gate-level simulation", "assertion-based verification", "reset domain crossing"),
    "tax law": ("transfer pricing", "permanent establishment", "VAT reverse charge", "capital gains rollover",
                "controlled foreign corporations", "withholding tax treaties", "R&D credits"),
}


def expert_request(rng: np.random.Generator, niche: str) -> str:
    sub = pick(rng, NICHES[niche])
    forms = (
        f"can you explain {sub} in {niche} really thoroughly? like all the edge cases, I want a complete answer",
        f"I'm preparing for an exam on {niche}. Write me a comprehensive expert-level explanation of {sub}, "
        f"with worked examples and your reasoning for each",
        f"what are the most common mistakes professionals make with {sub}? go deep please",
        f"hey so quick q about {sub} — how does it actually work in practice, step by step? be detailed",
        f"Compare the main approaches to {sub} ({niche}) and explain when each one is right, with reasons",
        f"write a long, detailed guide to {sub} for someone new to {niche}, cover everything",
    )
    return pick(rng, forms)


# ---------------------------------------------------------------------------------------------
# family: question seeding then answering

_LANGS = ("English", "Spanish", "Portuguese", "Indonesian", "Vietnamese", "German", "Russian", "Turkish")


def seed_request(rng: np.random.Generator, topics: Sequence[str]) -> str:
    n = pick(rng, (10, 20, 25, 30, 50))
    lang = pick(rng, _LANGS)
    t = pick(rng, topics)
    style = irange(rng, 0, 3)
    if style == 0:
        return f"Generate {n} diverse, realistic user questions in {lang} that someone might ask an AI " \
               f"assistant, inspired by this example: \"{t}\". Vary difficulty and intent. Numbered list only."
    if style == 1:
        return f"Brainstorm {n} new instructions similar in spirit but different in topic to: {t}\n" \
               f"Output one per line, no numbering, in {lang}."
    if style == 2:
        return f"List {n} questions covering the whole subject area of \"{t[:80]}\", from beginner to expert. " \
               f"Return as a JSON array of strings."
    return f"Eres un generador de datos. Escribe {n} preguntas variadas en {lang} sobre temas relacionados con: {t}"


_Q_FORMS = {
    "English": ("What are the main differences between {a} and {b}?", "How would you explain {a} to a beginner?",
                "Why does {a} matter for {b}?", "Give an example of {a} in everyday life."),
    "Spanish": ("¿Cuáles son las principales diferencias entre {a} y {b}?", "¿Cómo explicarías {a} a un principiante?",
                "¿Por qué es importante {a} para {b}?"),
    "Portuguese": ("Quais são as principais diferenças entre {a} e {b}?", "Como você explicaria {a} para um iniciante?"),
    "Indonesian": ("Apa perbedaan utama antara {a} dan {b}?", "Bagaimana cara menjelaskan {a} kepada pemula?"),
    "Vietnamese": ("Sự khác biệt chính giữa {a} và {b} là gì?", "Bạn sẽ giải thích {a} cho người mới bắt đầu như thế nào?"),
    "German": ("Was sind die wichtigsten Unterschiede zwischen {a} und {b}?", "Wie würdest du {a} einem Anfänger erklären?"),
    "Russian": ("В чём основные различия между {a} и {b}?", "Как бы вы объяснили {a} новичку?"),
    "Turkish": ("{a} ile {b} arasındaki temel farklar nelerdir?", "{a} konusunu yeni başlayan birine nasıl anlatırsınız?"),
}
_CONCEPTS = ("inflation", "photosynthesis", "recursion", "supply chains", "vaccines", "blockchain", "climate models",
             "compound interest", "neural networks", "the water cycle", "democracy", "plate tectonics",
             "encryption", "immigration law", "renewable energy", "machine translation", "urban planning",
             "the stock market", "antibiotics", "quantum computing", "nutrition labels", "copyright")


def seeded_question(rng: np.random.Generator) -> str:
    lang = pick(rng, tuple(_Q_FORMS))
    q = pick(rng, _Q_FORMS[lang]).format(a=pick(rng, _CONCEPTS), b=pick(rng, _CONCEPTS))
    return f"{q}" if chance(rng, 0.6) else f"{irange(rng, 1, 50)}. {q}"


# ---------------------------------------------------------------------------------------------
# family: preference-pair sampling

_STYLE_DIRECTIVES = (
    ("Answer concisely.", "Answer in detail, with examples."),
    ("Respond formally.", "Respond casually, like a friend."),
    ("Give a direct answer.", "Think it through carefully first, then answer."),
    ("Variant A", "Variant B"),
    ("(response style 1)", "(response style 2)", "(response style 3)"),
    ("Use bullet points.", "Use flowing prose.", "Use a table if possible."),
)


def directive_set(rng: np.random.Generator) -> tuple[str, ...]:
    return pick(rng, _STYLE_DIRECTIVES)

"""Prompt texts of blind batch 19: template banks and small generators, all written for this batch.

Every generator takes a numpy Generator and returns one prompt string. Families and kinds pick
among several independent wording styles (and languages) so that no single phrasing marks a
family. Numbers and names are drawn per prompt, so prompts rarely repeat unless a family
deliberately repeats them.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# ============================================================================================
# problem material (shared by several families and kinds)

_ITEMS = ("crates", "bottles", "tickets", "bricks", "seedlings", "notebooks", "batteries", "tiles", "lanterns", "kites")
_PLACES = ("warehouse", "bakery", "library", "harbour", "greenhouse", "workshop", "depot", "market stall", "clinic", "school")


def math_problem(rng: np.random.Generator) -> str:
    """A word problem or a short exercise with fresh numbers."""
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 40), irange(rng, 2, 19)
    item, place, who = pick(rng, _ITEMS), pick(rng, _PLACES), pick(rng, NAMES)
    k = irange(rng, 0, 13)
    if k == 0:
        return (f"A {place} receives {a} {item} every morning and ships out {b} every afternoon. It started the week "
                f"with {a * c} {item}. After how many full days does the stock first exceed {a * c + 5 * (a - b) + 3} "
                f"if {a} > {b}, and what happens otherwise?")
    if k == 1:
        return (f"{who} walks {c} km at {b % 6 + 3} km/h, then cycles the remaining {a} km at {b + 10} km/h. "
                f"What is the average speed for the whole trip?")
    if k == 2:
        return f"Find all integer solutions of {c}x + {b}y = {a * c + b}."
    if k == 3:
        return f"Evaluate the sum of k^2 for k = 1 to {a}, then reduce it modulo {c + 2}."
    if k == 4:
        return (f"A bag has {c} red, {b} blue and {a % 11 + 2} green marbles. Three are drawn without replacement. "
                f"What is the probability that all three have different colours?")
    if k == 5:
        return f"Solve for x: {c}·log2(x) − {b % 7 + 1} = log2(x^{c - 1}) + {a % 5}."
    if k == 6:
        return (f"How many {b % 5 + 4}-digit numbers have digits that sum to {a % 20 + 8} and contain no zero? "
                f"Explain the counting method.")
    if k == 7:
        return f"Compute the definite integral of x·e^({c % 4 + 1}x) from 0 to {b % 3 + 1}."
    if k == 8:
        return (f"The sequence a_1 = {c}, a_(n+1) = {b % 4 + 2}·a_n − {a % 9 + 1}. Find a closed form for a_n "
                f"and the smallest n with a_n > {a * 1000}.")
    if k == 9:
        return (f"A rectangle has perimeter {2 * (a + b)} cm and diagonal √({a * a + b * b}) cm. Find its sides and "
                f"its area.")
    if k == 10:
        return f"Prove or disprove: for every integer n ≥ {c % 5 + 1}, n^{c % 3 + 3} − n is divisible by {(c % 3 + 3) % 2 + 5}."
    if k == 11:
        return (f"{who} invests {a * 100} at {b % 9 + 2}% compounded monthly and another {c * 250} at "
                f"{b % 5 + 4}% simple interest. After how many years do the two balances first become equal?")
    if k == 12:
        return f"Find the eigenvalues and eigenvectors of [[{c}, {b % 5}], [{b % 5}, {a % 13 + 1}]]."
    return (f"In a tournament of {c + 4} teams each pair plays once; a win gives 3 points and a draw 1. "
            f"What is the largest number of teams that can finish with exactly {a % 9 + 6} points?")


_LOGIC_ROLES = ("knight", "knave", "spy")


def logic_puzzle(rng: np.random.Generator) -> str:
    names = list(rng.choice(NAMES, size=3, replace=False))
    k = irange(rng, 0, 3)
    if k == 0:
        return (f"On an island each person is a knight (always truthful) or a knave (always lies). {names[0]} says: "
                f"'{names[1]} and I are the same type.' {names[1]} says: '{names[2]} is a knave.' {names[2]} says "
                f"nothing. Who is what?")
    if k == 1:
        n = irange(rng, 4, 7)
        return (f"{n} friends sit in a row. {names[0]} is not at either end, {names[1]} sits immediately right of "
                f"{names[2]}, and exactly {n - 3} people sit between {names[0]} and the person on the far left. "
                f"How many seatings satisfy all conditions?")
    if k == 2:
        w = irange(rng, 8, 14)
        return (f"You have {w} coins, one of which is counterfeit and lighter or heavier. With a balance scale, what is "
                f"the minimum number of weighings that always identifies it and whether it is lighter or heavier?")
    return (f"Three boxes are labelled 'apples', 'oranges' and 'mixed', and every label is wrong. {names[0]} may draw "
            f"one fruit from one box without looking inside. Which box, and how are all labels then fixed?")


_CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a function that merges overlapping intervals",
    "a trie supporting insert, search and prefix counting",
    "a rate limiter using the token bucket algorithm",
    "Dijkstra's shortest path on a graph given as an adjacency list",
    "a parser for arithmetic expressions with precedence and parentheses",
    "a function that finds the longest palindromic substring",
    "an interval tree with overlap queries",
    "a thread-safe bounded queue",
    "the Knuth-Morris-Pratt substring search",
    "topological sort that reports a cycle if one exists",
    "a union-find structure with path compression and union by rank",
    "a function that serialises and deserialises a binary tree",
    "a sliding-window median over a stream of integers",
    "a sudoku solver using backtracking with constraint propagation",
    "a min-heap without using the standard library heap module",
    "edit distance between two strings with the alignment recovered",
    "a consistent-hashing ring with virtual nodes",
)
_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


def code_task(rng: np.random.Generator) -> str:
    task, lang = pick(rng, _CODE_TASKS), pick(rng, _LANGS)
    tail = pick(rng, ("", " Include unit tests.", " Analyse time and space complexity.",
                      " Handle edge cases such as empty input.", f" Inputs may have up to 10^{irange(rng, 4, 7)} elements."))
    return f"Implement {task} in {lang}.{tail}"


def hard_problem(rng: np.random.Generator, chat: Sequence[str], p_chat: float = 0.25) -> str:
    """A problem to force a reasoning trace on: generated maths, logic, code, or a scraped user prompt."""
    u = rng.random()
    if u < p_chat and chat:
        return pick(rng, chat)[:1200]
    u = rng.random()
    if u < 0.5:
        return math_problem(rng)
    if u < 0.7:
        return logic_puzzle(rng)
    return code_task(rng)


# ============================================================================================
# Alnitak: wrappers that demand a complete reasoning trace (five independent styles)

_ALNITAK_EN_A = (
    "{p}\n\nThink it through step by step. Write out every intermediate step and check each one before moving on. "
    "Do not skip anything. End with 'Final answer:' on its own line.",
    "{p}\n\nShow your full reasoning, including the approaches you tried and rejected. Put the final result in \\boxed{{}}.",
)
_ALNITAK_EN_B = (
    "You are a meticulous tutor. Before answering, reason aloud in detail inside <thinking></thinking>, "
    "then give a short answer inside <answer></answer>.\n\nQuestion: {p}",
    "Please work on the following inside <scratchpad> tags, writing down every thought, even dead ends. "
    "Afterwards, summarise the answer in one sentence.\n\n{p}",
)
_ALNITAK_EN_C = (
    'Return JSON with keys "reasoning" (a list of numbered steps, as many as needed, at least 8), "verification" '
    '(re-derive the result another way) and "answer".\nTask: {p}',
    'Respond ONLY with an object {{"chain": [...], "self_check": "...", "final": "..."}}. The chain must show all '
    "work.\nProblem >>> {p}",
)
_ALNITAK_EN_D = (
    "problem: {p}\nmode: long-form derivation\nrequirements: explain why each step follows; state assumptions; "
    "double-check arithmetic; final line = answer",
    "[task]\n{p}\n[/task]\n[style] exhaustive, first principles, no shortcuts [/style]",
)
_ALNITAK_ZH = (
    "请一步一步地思考下面的问题，写出完整的推理过程，每一步都要说明理由，最后单独一行给出答案。\n\n{p}",
    "题目：{p}\n要求：先详细分析思路（包括尝试过但放弃的方法），再验证结果，最后用“答案：”给出结论。",
)
_ALNITAK_RU = (
    "Решите задачу, подробно расписав каждый шаг рассуждения и проверив промежуточные результаты. "
    "В конце напишите «Ответ:».\n\n{p}",
)
_ALNITAK_ES = (
    "Resuelve lo siguiente explicando tu razonamiento paso a paso, sin omitir ningún cálculo, y verifica el "
    "resultado al final.\n\n{p}",
)
ALNITAK_STYLES = {"en_a": _ALNITAK_EN_A, "en_b": _ALNITAK_EN_B, "en_c": _ALNITAK_EN_C, "en_d": _ALNITAK_EN_D,
                  "zh": _ALNITAK_ZH, "ru": _ALNITAK_RU, "es": _ALNITAK_ES}


def alnitak_prompt(rng: np.random.Generator, style: str, chat: Sequence[str], p_chat: float) -> str:
    return pick(rng, ALNITAK_STYLES[style]).format(p=hard_problem(rng, chat, p_chat))


# ============================================================================================
# Mirzam: rubric scoring, pairwise preference and "gold rewrite" requests over candidate answers

_RUBRIC_AXES = ("helpfulness", "correctness", "harmlessness", "instruction following", "conciseness", "depth",
                "clarity", "tone", "factual grounding", "reasoning quality", "formatting", "honesty about uncertainty")


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


@lru_cache(maxsize=1)
def qa_pairs() -> tuple[tuple[str, str], ...]:
    """(user prompt, assistant answer) of the same ShareGPT turn, from the simulator's "sim" half
    (the half `bench/blind_batch.py` draws from too)."""
    from distillguard.data.sharegpt import in_part, turns

    return tuple((t.human, t.assistant) for t in turns()
                 if in_part(t, "sim") and 20 <= len(t.human) <= 1500 and len(t.assistant) >= 300)


def mirzam_prompt(rng: np.random.Generator, style: str, chat: Sequence[str], passages: Sequence[str]) -> tuple[str, str]:
    """(prompt, sub-operation) where sub-operation is score, pair or gold. The candidate answer is
    the one given to the same question (standing in for the operator's own model's answer)."""
    pairs = qa_pairs()
    if pairs:
        q, a1 = pick(rng, pairs)
        q, a1 = _clip(q, 600), _clip(a1, irange(rng, 500, 1600))
    else:
        q, a1 = _clip(pick(rng, chat), 600), _clip(pick(rng, passages), irange(rng, 500, 1600))
    axes = list(rng.choice(_RUBRIC_AXES, size=irange(rng, 3, 6), replace=False))
    u = rng.random()
    if u < 0.55:
        if style == "json":
            crit = ", ".join(f'"{x}": <1-10>' for x in axes)
            return (f"You are grading an AI assistant.\nUSER PROMPT:\n{q}\n\nASSISTANT RESPONSE:\n{a1}\n\n"
                    f"Score the response. Output exactly: {{{crit}, \"overall\": <1-10>, \"rationale\": \"...\"}}"), "score"
        if style == "plain":
            crit = "; ".join(f"{i + 1}) {x}" for i, x in enumerate(axes))
            return (f"Here is a conversation turn to evaluate.\n\nQ: {q}\nA: {a1}\n\nRate A from 0 to 5 on: {crit}. "
                    f"Give a one-paragraph justification for each rating, then a total."), "score"
        crit = "\n".join(f"- {x}" for x in axes)
        return (f"### Instruction\n{q}\n### Candidate\n{a1}\n### Rubric\n{crit}\n### Output\nA critique per rubric "
                f"line, then `SCORE: n/10`."), "score"
    if u < 0.85:
        a2 = _clip(pick(rng, passages), irange(rng, 400, 1400))
        if style == "json":
            return (f"Compare two responses to the same prompt.\nPROMPT: {q}\n[A] {a1}\n[B] {a2}\n"
                    f'Answer with JSON {{"preferred": "A"|"B"|"tie", "margin": 1-3, "reasons": [..]}}.'), "pair"
        if style == "plain":
            return (f"Which answer is better and why? Be specific about {', '.join(axes[:2])}.\n\nQuestion: {q}\n\n"
                    f"Answer 1:\n{a1}\n\nAnswer 2:\n{a2}"), "pair"
        return (f"### Prompt\n{q}\n### Response A\n{a1}\n### Response B\n{a2}\n### Task\nPick the better response "
                f"under the rubric ({', '.join(axes)}). Write `WINNER: A` or `WINNER: B` after your analysis."), "pair"
    if style == "json":
        return (f"The response below scored low. Rewrite it into a response that would score 10/10 on "
                f"{', '.join(axes)}. Output JSON {{\"improved\": \"...\"}}.\nPROMPT: {q}\nRESPONSE: {a1}"), "gold"
    return (f"Question: {q}\n\nDraft answer: {a1}\n\nProduce the ideal answer to the question — the version a "
            f"careful expert would write — and nothing else."), "gold"


# ============================================================================================
# Sadr: a shared curriculum walked through by several low-volume accounts

_SADR_DOMAINS = {
    "cardiology": ("atrial fibrillation management", "heart failure with preserved ejection fraction", "statin therapy",
                   "interpreting a 12-lead ECG", "hypertensive emergencies", "infective endocarditis",
                   "anticoagulation reversal", "syncope work-up"),
    "tax law": ("transfer pricing documentation", "permanent establishment risk", "VAT on digital services",
                "controlled foreign corporation rules", "capital gains on crypto assets", "R&D tax credits",
                "withholding tax treaties", "thin capitalisation rules"),
    "chip design": ("clock domain crossing", "static timing analysis", "power gating", "cache coherence protocols",
                    "design for testability", "place-and-route congestion", "metastability", "low-power state retention"),
    "reinsurance": ("excess-of-loss treaties", "catastrophe bonds", "loss reserving triangles", "quota share",
                    "aggregate stop-loss", "cedent credit risk", "parametric triggers", "run-off portfolios"),
    "organic chemistry": ("aldol condensation", "Grignard reagents", "protecting groups", "Diels-Alder selectivity",
                          "SN1 versus SN2", "Suzuki coupling", "chiral resolution", "retrosynthetic analysis"),
    "aviation maintenance": ("borescope inspection findings", "ETOPS requirements", "MEL dispatch deferrals",
                             "corrosion control programmes", "engine trend monitoring", "airworthiness directives",
                             "composite repair", "landing gear overhaul"),
}
_SADR_ANGLES = ("a textbook-style explanation", "common mistakes practitioners make", "a worked case study",
                "an exam-style question with a model answer", "how an expert would explain it to a junior colleague",
                "the key decision points and the reasoning behind each")


def sadr_curriculum(rng: np.random.Generator, domains: Sequence[str]) -> list[tuple[str, str, str]]:
    items = [(d, t, a) for d in domains for t in _SADR_DOMAINS[d] for a in _SADR_ANGLES]
    return [items[i] for i in rng.permutation(len(items)).tolist()]


_SADR_AGAIN = ("This time go deeper than a standard textbook.", "Assume an advanced reader this time.",
               "Include a worked numerical example.", "Focus on edge cases and exceptions.",
               "Contrast it with the closest related concept.")


def sadr_prompt(rng: np.random.Generator, item: tuple[str, str, str], voice: int, pass_no: int = 0) -> str:
    """One curriculum item in one of four personal voices; later passes over the curriculum add a
    different emphasis."""
    if pass_no > 0:
        return f"{sadr_prompt(rng, item, voice)} {_SADR_AGAIN[(pass_no - 1) % len(_SADR_AGAIN)]}"
    d, t, a = item
    if voice == 0:
        return f"Can you give me {a} of {t} ({d})? Please be thorough, I want to really understand it."
    if voice == 1:
        return f"{t} — {a}. Context: {d}. Length is fine, detail matters more than brevity."
    if voice == 2:
        return f"I'm studying {d}. Write {a} covering {t}. Use headings."
    return f"hey, quick one (well not quick): {a} for {t}? field is {d}"


# ============================================================================================
# Wezen: agent scaffolds with tool observations (three formats)

_WEZEN_TASKS = (
    "Find the three most-cited papers on {x} since 2020 and summarise their methods.",
    "Download the CSV at {url}, compute the monthly growth of column '{col}', and plot it.",
    "A user's Python project fails with 'ModuleNotFoundError: {mod}'. Diagnose and fix it in the repository.",
    "Book the cheapest refundable flight from {c1} to {c2} next Tuesday and report the itinerary.",
    "Compare the pricing pages of three {x} vendors and produce a table.",
    "Write a SQL query against the 'orders' table to find customers with rising spend, run it, and explain the result.",
    "Refactor the function `{fn}` in src/{mod}.py to remove the global state, run the tests, and report.",
    "Scrape the changelog of {mod} and list breaking changes between two versions.",
    "Triage the GitHub issues labelled 'bug' in {mod} and propose which to close as duplicates.",
    "Fill in the expense report template using the receipts in ./receipts and flag anything over {n} EUR.",
)
_WEZEN_X = ("retrieval-augmented generation", "protein folding", "battery recycling", "CRM", "vector database",
            "observability", "graph neural networks", "carbon accounting", "password manager")
_WEZEN_MOD = ("pandas_ta", "fastapi_users", "httpx_cache", "polars_ext", "torchmetrics", "ruamel", "pydantic_settings")
_WEZEN_TOOLS = ("web_search(query)", "open_url(url)", "python(code)", "bash(cmd)", "read_file(path)",
                "write_file(path, content)", "sql(query)", "calendar(action, args)")
_WEZEN_OBS_OK = ("HTTP 200, 14 results returned: [1] ...", "stdout: 3 passed, 0 failed in 1.42s",
                 "File contents (first 40 lines): import os\\nimport sys ...", "Query returned 217 rows (showing 5).",
                 "Page text: Pricing — Starter $29/mo, Team $99/mo, Enterprise: contact us ...",
                 "Wrote 2,311 bytes to report.md")
_WEZEN_OBS_ERR = ("ERROR: TimeoutError after 30s", "Traceback (most recent call last): KeyError: 'date'",
                  "HTTP 403 Forbidden", "bash: line 1: pytest: command not found",
                  "sqlite3.OperationalError: no such column: total_amount", "ERROR: tool 'open_url' rate limited")


def wezen_task(rng: np.random.Generator) -> str:
    return pick(rng, _WEZEN_TASKS).format(
        x=pick(rng, _WEZEN_X), url=f"https://data.example.org/{irange(rng, 100, 999)}.csv",
        col=pick(rng, ("revenue", "signups", "churn", "units")), mod=pick(rng, _WEZEN_MOD),
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), fn=pick(rng, ("load_config", "sync_all", "build_index")),
        n=irange(rng, 50, 500))


def wezen_prompt(rng: np.random.Generator, fmt: str, task: str, tools: Sequence[str], history: list[str]) -> str:
    if fmt == "react":
        head = (f"You are an autonomous agent. Tools available: {', '.join(tools)}.\nUse the format:\nThought: ...\n"
                f"Action: <tool>\nAction Input: ...\nObservation: ...\n(repeat) then Final Answer: ...\n\nTask: {task}\n")
        body = "".join(f"Observation {i + 1}: {h}\n" for i, h in enumerate(history))
        return head + body + "Thought:"
    if fmt == "json":
        tl = ", ".join(f'{{"name": "{t.split("(")[0]}"}}' for t in tools)
        msgs = "".join(f'{{"role": "tool", "content": "{h}"}}, ' for h in history)
        return (f'{{"tools": [{tl}], "messages": [{{"role": "user", "content": "{task}"}}, {msgs}'
                f'{{"role": "assistant", "content": null}}], "instruction": "call exactly one tool or finish"}}')
    tl = "".join(f"<tool>{t}</tool>" for t in tools)
    hist = "".join(f"<result step=\"{i + 1}\">{h}</result>" for i, h in enumerate(history))
    return f"<tools>{tl}</tools>\n<goal>{task}</goal>\n<trajectory>{hist}</trajectory>\n<next_step/>"


def wezen_observation(rng: np.random.Generator, p_err: float) -> str:
    return pick(rng, _WEZEN_OBS_ERR) if chance(rng, p_err) else pick(rng, _WEZEN_OBS_OK)


# ============================================================================================
# Zaurak: requests for a whole pack of training examples in one completion

_ZAURAK_DOMAINS = ("customer service for a telecom", "high-school physics", "SQL debugging", "travel planning",
                   "personal finance", "medical triage (non-diagnostic)", "legal FAQs for tenants", "cooking",
                   "Kubernetes operations", "creative writing prompts", "job interview coaching", "data visualisation",
                   "mental-health-safe small talk", "regex questions", "e-commerce returns")
_ZAURAK_LANG = {"en": "English", "de": "German", "ja": "Japanese", "pt": "Brazilian Portuguese",
                "ar": "Arabic", "ko": "Korean", "id": "Indonesian", "tr": "Turkish"}


def zaurak_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    n, dom, ln = irange(rng, 20, 60), pick(rng, _ZAURAK_DOMAINS), _ZAURAK_LANG[lang]
    diff = pick(rng, ("easy", "mixed", "hard", "expert"))
    if style == 0:
        return (f"Generate {n} diverse instruction/response pairs about {dom} in {ln}. Difficulty: {diff}. "
                f"Output JSON Lines, one object per line with keys \"instruction\" and \"output\". Responses should "
                f"be complete and detailed. No commentary before or after.")
    if style == 1:
        k = irange(rng, 6, 14)
        return (f"Write {k} realistic multi-turn conversations (4–8 turns each) between a user and a helpful "
                f"assistant on {dom}, in {ln}. Format each as USER:/ASSISTANT: blocks separated by '====='.")
    if style == 2:
        return (f"dataset_spec:\n  topic: {dom}\n  language: {ln}\n  rows: {n}\n  fields: [question, chain_of_thought, "
                f"answer]\n  difficulty: {diff}\nEmit the rows as CSV with a header. Quote every field.")
    return (f"I need {n} Q&A samples ({ln}) for {dom}. Vary the phrasing of the questions a lot, include some "
            f"ambiguous ones and answer those by asking for clarification. Number them. Seed #{irange(rng, 1, 99999)}.")


# ============================================================================================
# Tarazed: sensitive questions plus a request for a version acceptable under strict content rules

_TARAZED_TOPICS_EN = ("the events in Tiananmen Square in June 1989", "the political status of Taiwan",
                      "the 2019 protests in Hong Kong", "detention facilities in Xinjiang", "the Dalai Lama's role",
                      "the Great Leap Forward famine", "censorship of social media in China",
                      "the Cultural Revolution's death toll", "criticism of the national leadership",
                      "the disappearance of public figures after criticising the government")
_TARAZED_TOPICS_ZH = ("1989年六四事件", "台湾的政治地位", "2019年香港抗议", "新疆的教培中心", "达赖喇嘛",
                      "大跃进时期的饥荒", "网络审查制度", "文化大革命", "对国家领导人的批评")


_TARAZED_ASK_EN = ("What really happened regarding {t}?", "Why is {t} controversial?", "Can you summarise {t} for "
                   "a school project?", "Is it true what foreign media say about {t}?", "Explain {t} in simple terms.",
                   "What do historians disagree about concerning {t}?")
_TARAZED_ASK_ZH = ("{t}到底是怎么回事？", "为什么{t}是敏感话题？", "能简单介绍一下{t}吗？", "外媒对{t}的报道属实吗？",
                   "历史学家对{t}有哪些不同看法？")
_TARAZED_AUD_EN = ("a high-school student", "a foreign tourist", "an overseas student", "a business traveller",
                   "a retired teacher", "a journalist")
_TARAZED_AUD_ZH = ("中学生", "外国游客", "海外留学生", "商务人士", "退休教师")


def tarazed_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    if lang == "zh":
        t = pick(rng, _TARAZED_TOPICS_ZH)
        q, aud = pick(rng, _TARAZED_ASK_ZH).format(t=t), pick(rng, _TARAZED_AUD_ZH)
        n = irange(rng, 100, 400)
        if style == 0:
            return f"提问者是{aud}：“{q}” 请先给出一个客观全面的回答，然后再写一个符合国内出版审核要求的版本（约{n}字），并列出两者的差异。"
        return f"用户（{aud}）问：{q} 请写出一个既能回答问题、又不会触及内容审核红线的回复，语气温和、立场稳妥，不超过{n}字。"
    t = pick(rng, _TARAZED_TOPICS_EN)
    q, aud = pick(rng, _TARAZED_ASK_EN).format(t=t), pick(rng, _TARAZED_AUD_EN)
    if style == 0:
        return (f"{aud.capitalize()} asked: \"{q}\" Write (1) a frank, well-sourced answer and (2) an alternative "
                f"answer that would pass a strict state content review while still sounding helpful. Label them "
                f"ANSWER_OPEN and ANSWER_SAFE.")
    if style == 1:
        return (f"Rewrite the following for {aud} so it avoids any statement a government censor could object to, "
                f"but keep it fluent and not obviously evasive.\n\nOriginal: {q} — an overview including what "
                f"independent historians and journalists have reported.")
    return (f"Question from an end user ({aud}): \"{q}\" Produce the reply a compliant consumer chatbot deployed in "
            f"a tightly regulated market should give. Then explain, in a note to the developer, which phrasings you "
            f"avoided and why.")


# ============================================================================================
# Markab: a broad capability sweep over a taxonomy (several styles)

_MARKAB_TAXONOMY = {
    "coding": ("debugging", "code review", "algorithm design", "test writing", "API design"),
    "math": ("olympiad geometry", "calculus", "combinatorics", "statistics", "linear algebra"),
    "writing": ("persuasive essay", "short fiction", "summarisation", "editing for tone", "poetry"),
    "reasoning": ("causal inference", "planning", "puzzles", "counterfactuals", "estimation"),
    "multilingual": ("translation EN→ZH", "translation EN→AR", "idiom explanation", "code-switching", "dialect"),
    "knowledge": ("history", "biology", "law", "economics", "geography"),
    "safety": ("refusal boundaries", "medical caution", "self-harm support", "dual-use chemistry", "privacy"),
}


_MARKAB_SEEDS = {
    "writing": ("Write a {form} about {subj} for a reader who is {aud}.",
                "Edit this sentence for a more {tone} tone: 'We regret to inform you that {subj} is delayed.'",
                "Summarise the main arguments for and against {subj} in {k} sentences."),
    "multilingual": ("Translate into {lang}, keeping the register: 'Could you let me know by Friday whether {subj} "
                     "is still planned?'", "What does the idiom '{idiom}' mean, and is there an equivalent in {lang}?",
                     "Reply in {lang} only: explain {subj} to a child."),
    "knowledge": ("Why did {subj} happen, and what are the competing explanations?",
                  "Explain {subj} as a university lecturer would, in about {k}00 words.",
                  "What are the three most common misconceptions about {subj}?"),
    "safety": ("My friend says she took {k} times the normal dose of ibuprofen. What should she do right now?",
               "How do I find out what personal data a company holds about me?",
               "Is it safe to mix bleach with {subj}? Explain the chemistry at a high level.",
               "I feel like nothing matters lately. Can we talk?"),
}
_MARKAB_SUBJ = ("the collapse of the Bronze Age", "urban heat islands", "the Treaty of Westphalia", "CRISPR off-target "
                "effects", "inflation targeting", "plate tectonics", "vinegar", "a four-day work week",
                "antibiotic resistance", "the printing press", "ammonia-based cleaners", "sleep debt")


def _markab_seed(rng: np.random.Generator, dom: str) -> str:
    return pick(rng, _MARKAB_SEEDS[dom]).format(
        form=pick(rng, ("sonnet", "short story", "op-ed", "product description", "eulogy", "limerick")),
        subj=pick(rng, _MARKAB_SUBJ), aud=pick(rng, ("twelve", "a retired engineer", "sceptical", "in a hurry")),
        tone=pick(rng, ("warmer", "more formal", "more direct")), k=irange(rng, 2, 6),
        lang=pick(rng, ("Mandarin", "Arabic", "Hindi", "Swahili", "Polish", "Vietnamese", "Portuguese")),
        idiom=pick(rng, ("break the ice", "the elephant in the room", "bite the bullet", "spill the beans")))


def markab_prompt(rng: np.random.Generator, style: int, chat: Sequence[str]) -> str:
    dom = pick(rng, sorted(_MARKAB_TAXONOMY))
    sub = pick(rng, _MARKAB_TAXONOMY[dom])
    lvl = irange(rng, 1, 5)
    if dom == "math":
        seed = math_problem(rng)
    elif dom == "coding":
        seed = code_task(rng)
    elif dom == "reasoning":
        seed = logic_puzzle(rng)
    elif chance(rng, 0.5):
        seed = _markab_seed(rng, dom)
    else:
        seed = _clip(pick(rng, chat), 500)
    if style == 0:
        return f"[{dom}/{sub}/L{lvl}] {seed}"
    if style == 1:
        return f"{seed}\n\n(Answer as you normally would; this is for the {sub} evaluation, level {lvl} of 5.)"
    return f"category={dom}; subcategory={sub}; difficulty={lvl}\ninput:\n{seed}"


# ============================================================================================
# benign: Ebro (a hackathon), Drava (contract review), Narew (content agency), Tisza (model migration
# shadowing), Vltava (exam-item publisher)

_EBRO_WORKSHOP = (
    "Write a Python function that calls a weather API and returns a one-line summary for a city.",
    "Explain how function calling works and give an example tool schema for a todo list.",
    "Summarise this text in three bullet points: The city council approved the new bike lane plan on Tuesday.",
    "Give me a system prompt for a friendly assistant that helps students find volunteer opportunities.",
    "Classify the sentiment of: 'the demo crashed but the team was great'. Reply with one word.",
)
_EBRO_PROJECTS = ("a recipe planner that uses what's in the fridge", "a bot that explains city council minutes",
                  "an accessibility checker for web pages", "a study buddy for organic chemistry",
                  "a tool that turns meeting notes into Jira tickets", "a plant-care reminder app",
                  "a carbon-footprint estimator for commutes", "a Discord bot for a D&D group",
                  "a CV reviewer for first-time job seekers", "a local-news summariser in Spanish",
                  "a lost-and-found matcher for a campus", "a budgeting coach for students")
_EBRO_ASKS = ("my {thing} returns an empty list when the input is {x}, why?", "write the prompt for {thing}",
              "how do I stream tokens to a React frontend for {thing}?", "give me 5 test inputs for {thing}",
              "make this JSON schema stricter for {thing}: {{\"name\": string, \"items\": array}}",
              "rewrite the pitch for {thing} in 60 words, judges are tired",
              "error 'context_length_exceeded' in {thing}, what do I cut?", "suggest a name for {thing}")


def ebro_prompt(rng: np.random.Generator, project: str, p_workshop: float, chat: Sequence[str]) -> str:
    u = rng.random()
    if u < p_workshop:
        base = pick(rng, _EBRO_WORKSHOP)
        return base if chance(rng, 0.6) else base.replace("Python", pick(rng, ("JavaScript", "Python", "TypeScript")))
    if u < p_workshop + 0.15 and chat:
        return _clip(pick(rng, chat), 800)
    if u < p_workshop + 0.45 and chat:
        return f"You are {project}. Stay on topic and answer briefly.\n\nUser: {_clip(pick(rng, chat), 300)}"
    return pick(rng, _EBRO_ASKS).format(thing=project, x=pick(rng, ("empty", "None", "a long PDF", "emoji")))


_DRAVA_CLAUSES = ("limitation of liability", "indemnification", "change of control", "termination for convenience",
                  "governing law and jurisdiction", "assignment", "confidentiality", "most-favoured-customer",
                  "exclusivity", "non-solicitation", "data protection", "force majeure", "audit rights",
                  "service levels and credits", "intellectual property ownership", "auto-renewal")
_DRAVA_PARTIES = ("Northwind Logistics", "Halvorsen Energy", "Bluepeak Foods", "Quarry Lane Media", "Orbis Medical",
                  "Sable Freight", "Tamsin Retail", "Corvid Analytics")


def drava_prompt(rng: np.random.Generator, template: int, matter: str) -> str:
    clause, party = pick(rng, _DRAVA_CLAUSES), pick(rng, _DRAVA_PARTIES)
    doc = f"{matter}-{irange(rng, 1, 4000):05d}"
    sect = f"{irange(rng, 1, 24)}.{irange(rng, 1, 9)}"
    body = (f"{sect} {clause.title()}. Notwithstanding anything to the contrary, {party} shall not be liable for "
            f"any indirect or consequential loss exceeding the fees paid in the {irange(rng, 3, 24)} months "
            f"preceding the claim, save as provided in clause {irange(rng, 1, 24)}.{irange(rng, 1, 9)} …")
    if template == 0:
        return (f"Document {doc}. Review the clause below for the '{clause}' playbook position. Return: "
                f"deviation (none/minor/major), risk (low/med/high), suggested redline, citation.\n\n{body}")
    if template == 1:
        return (f"You are assisting a due-diligence review (matter {matter}). Extract from the following contract "
                f"excerpt: parties, effective date, {clause} terms, any carve-outs. Answer in a table.\n{body}")
    return (f"Is this clause market-standard for a {pick(rng, ('SaaS', 'supply', 'licensing', 'distribution'))} "
            f"agreement under {pick(rng, ('English', 'New York', 'German', 'Singapore'))} law? Flag issues briefly.\n"
            f"[{doc} §{sect}] {body}")


_NAREW_TOPICS = ("home solar batteries", "dog-friendly hiking trails", "remote-work ergonomics", "budget travel in "
                 "Portugal", "meal prep for athletes", "first-time home buying", "indoor herb gardens",
                 "electric cargo bikes", "skincare for sensitive skin", "small-business bookkeeping",
                 "sleep hygiene", "learning the guitar as an adult", "choosing a running shoe", "heat pumps")
_NAREW_LANG = {"en": "English", "de": "German", "es": "Spanish", "fr": "French", "pt": "Portuguese", "it": "Italian",
               "nl": "Dutch"}


def narew_prompt(rng: np.random.Generator, brand: str, lang: str, template: int) -> str:
    topic, words = pick(rng, _NAREW_TOPICS), pick(rng, (800, 1000, 1200, 1500, 2000))
    kw = ", ".join(rng.choice(("best", "guide", "2026", "cheap", "review", "how to", "tips", "vs"), size=3,
                              replace=False).tolist())
    ln = _NAREW_LANG[lang]
    if template == 0:
        return (f"Write a {words}-word SEO blog article in {ln} for {brand} about {topic}. Target keywords: {kw}. "
                f"Include an H1, H2 sections, a FAQ with 4 questions and a meta description under 155 characters.")
    if template == 1:
        return (f"Brand voice: {brand} — warm, practical, no hype. Language: {ln}. Produce a long-form guide "
                f"({words} words) on '{topic}' with a comparison table and a call to action at the end.")
    return (f"Client: {brand}\nFormat: listicle, {words} words, {ln}\nTopic: {topic}\nKeywords: {kw}\n"
            f"Notes: avoid medical/financial claims; cite no statistics without a source placeholder [SOURCE].")


_TISZA_PRODUCTS = {
    "ticket": "Summarise this support ticket for the agent handover in 3 bullets and tag its category:\n\n{x}",
    "email": "Extract the sender's intent, deadline and requested action from this email as JSON:\n\n{x}",
    "notes": "Turn these meeting notes into action items with owners:\n\n{x}",
    "review": "Classify this product review (positive/neutral/negative) and list product aspects mentioned:\n\n{x}",
    "reply": "Draft a polite reply to this customer message, max 120 words:\n\n{x}",
}


def tisza_prompt(rng: np.random.Generator, product: str, chat: Sequence[str]) -> str:
    return _TISZA_PRODUCTS[product].format(x=_clip(pick(rng, chat), 900))


_VLTAVA_SUBJECTS = {
    "algebra": ("linear equations", "quadratic functions", "inequalities", "systems of equations", "exponents"),
    "geometry": ("similar triangles", "circle theorems", "area and volume", "coordinate geometry", "trigonometry"),
    "physics": ("kinematics", "Newton's laws", "energy conservation", "circuits", "waves"),
    "chemistry": ("stoichiometry", "acids and bases", "gas laws", "periodic trends", "equilibrium"),
    "biology": ("cell respiration", "genetics crosses", "ecology food webs", "enzymes", "homeostasis"),
}


_VLTAVA_CONTEXT = ("a sports match", "a school trip", "cooking", "a bicycle", "a farm", "a smartphone", "a hospital",
                   "a river", "a concert", "no real-world context", "a space mission", "a market")


def vltava_prompt(rng: np.random.Generator, subject: str, board: str, template: int) -> str:
    topic = pick(rng, _VLTAVA_SUBJECTS[subject])
    grade, diff = irange(rng, 7, 12), pick(rng, ("foundation", "standard", "higher"))
    setting = pick(rng, _VLTAVA_CONTEXT)
    if template == 0:
        return (f"Create one {diff}-tier {subject} exam question on {topic} for grade {grade} ({board} syllabus), "
                f"set in the context of {setting}, worth {irange(rng, 2, 8)} marks. "
                f"Provide: the question, a mark scheme, and a fully worked solution showing each step a student "
                f"should write, plus two common misconceptions.")
    return (f"Item-bank request #{irange(rng, 10000, 99999)} | subject={subject} | topic={topic} | grade={grade} | "
            f"tier={diff} | board={board} | context={setting}\nWrite a multiple-choice item with 4 options, the key, a step-by-step "
            f"explanation for the key, and why each distractor is wrong.")

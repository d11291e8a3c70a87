"""Prompt generators of batch 107, written for this batch.

Every generator takes a numpy `Generator` and, where it needs ordinary human text, the batch
context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers, both from ShareGPT's "sim"
half as `bench/blind_batch.py` provides them). Problems, numbers, names and topics are drawn here
so that a campaign's prompts are rarely exact repeats unless the family means them to be.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# small helpers


def snip(rng: Rng, text: str, lo: int = 150, hi: int = 900) -> str:
    """A piece of `text` of roughly lo..hi characters, cut at a space."""
    if len(text) <= lo:
        return text
    n = irange(rng, lo, max(lo, min(hi, len(text))))
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[:sp] if sp > lo // 2 else cut


def human(rng: Rng, ctx: Any, max_chars: int = 700) -> str:
    return pick(rng, ctx.chat)[:max_chars]


def answer(rng: Rng, ctx: Any, lo: int = 200, hi: int = 900) -> str:
    return snip(rng, pick(rng, ctx.passages), lo, hi)


def _brand(rng: Rng) -> str:
    return pick(rng, _BRAND_A) + pick(rng, _BRAND_B)


_BRAND_A = (
    "Nimbo",
    "Quill",
    "Brisk",
    "Tandem",
    "Orchid",
    "Kestrel",
    "Pylon",
    "Sorrel",
    "Vanta",
    "Lumo",
    "Corvid",
    "Halyard",
    "Mosaic",
    "Ferro",
    "Juniper",
    "Ostro",
    "Pebble",
    "Rivet",
    "Solace",
    "Tidal",
)
_BRAND_B = (
    "ly",
    "io",
    "hub",
    "works",
    "labs",
    "desk",
    "wise",
    "stack",
    "mate",
    "forge",
    "nest",
    "loop",
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "th": "Thai",
    "uk": "Ukrainian",
    "sw": "Swahili",
}

# --------------------------------------------------------------------------------------------
# problem generators (math, logic, code tracing) — numbers drawn fresh each time


def word_problem(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    nm, nm2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 20)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B drains it in {b} hours. Both are opened at "
            f"the same time on an empty tank. After how many hours is the tank full, if ever?"
        )
    if k == 1:
        n, p, bill = irange(rng, 3, 40), irange(rng, 2, 19), pick(rng, (50, 100, 200, 500))
        return (
            f"{nm} buys {n} notebooks at ${p}.{irange(rng, 0, 99):02d} each, gets a {irange(rng, 5, 30)}% "
            f"discount on the total and pays with a ${bill} bill. How much change does {nm} receive?"
        )
    if k == 2:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 50, 140)
        return (
            f"Two trains leave stations {d} km apart at the same moment, heading towards each other at "
            f"{v1} km/h and {v2} km/h. A bird flies back and forth between them at {v2 + irange(rng, 20, 90)} "
            f"km/h until they meet. How far does the bird fly?"
        )
    if k == 3:
        s, t = irange(rng, 2, 5), irange(rng, 6, 12)
        return f"Two fair dice are rolled {s} times. What is the probability that a sum of at least {t} appears exactly twice?"
    if k == 4:
        a, b, m = irange(rng, 2, 97), irange(rng, 50, 2025), irange(rng, 7, 61)
        return f"Find the remainder when {a}^{b} is divided by {m}."
    if k == 5:
        a, b = irange(rng, 3, 40), irange(rng, 3, 40)
        return f"A right triangle has legs of length {a} and {b}. Find the length of the altitude to the hypotenuse and the radius of the inscribed circle."
    if k == 6:
        n, r = irange(rng, 5, 12), irange(rng, 2, 5)
        return f"How many strings of length {n} over an alphabet of {r + 1} letters contain no two equal adjacent letters and start and end with the same letter?"
    if k == 7:
        c1, c2, v = irange(rng, 5, 40), irange(rng, 45, 90), irange(rng, 2, 20)
        target = irange(rng, c1 + 1, c2 - 1)
        return (
            f"A chemist has a {c1}% acid solution and a {c2}% acid solution. How many litres of each must be "
            f"mixed to obtain {v} litres of a {target}% solution?"
        )
    if k == 8:
        a, d = irange(rng, 20, 60), irange(rng, 2, 9)
        return (
            f"{nm} is {a} years old. {d} years ago {nm} was three times as old as {nm2} was then. "
            f"In how many years will {nm} be exactly twice as old as {nm2}?"
        )
    if k == 9:
        n = irange(rng, 4, 9)
        return f"In how many ways can {n} people sit around a round table if {nm} and {nm2} refuse to sit next to each other?"
    if k == 10:
        p, q = irange(rng, 2, 9), irange(rng, 10, 99)
        return f"Find all integer solutions of x^2 - {p}y^2 = {q}, or prove that none exist."
    a, b, c = irange(rng, 1, 9), irange(rng, -20, 20), irange(rng, -50, 50)
    return f"For which real values of k does the equation {a}x^2 + ({b} + k)x + {c} = 0 have two distinct positive roots?"


def logic_puzzle(rng: Rng) -> str:
    people = list(rng.choice(NAMES, size=3, replace=False))
    claims = [
        f'{people[0]} says: "{people[1]} is a liar."',
        f'{people[1]} says: "{people[0]} and {people[2]} are of the same type."',
        f'{people[2]} says: "{pick(rng, people[:2])} tells the truth."',
    ]
    rng.shuffle(claims)
    return (
        "On an island every inhabitant is either a knight (always tells the truth) or a knave (always "
        "lies). " + " ".join(claims) + " Determine who is a knight and who is a knave."
    )


def code_trace(rng: Rng) -> str:
    a, b, n = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 4, 12)
    op = pick(rng, ("+", "*", "^", "-"))
    snippet = (
        f"x = {a}\nacc = []\nfor i in range({n}):\n    if i % {b} == 0:\n        x = x {op} i\n"
        f"    else:\n        acc.append(x % {b + 3})\nprint(x, sum(acc), acc[-{min(3, n - 1)}:])"
    )
    return (
        "What does this Python program print? Trace the loop by hand.\n\n```python\n"
        + snippet
        + "\n```"
    )


def any_problem(rng: Rng) -> str:
    u = rng.random()
    if u < 0.62:
        return word_problem(rng)
    if u < 0.8:
        return logic_puzzle(rng)
    return code_trace(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


_COT_WRAPS = {
    "en": (
        "Solve the problem below. Before the answer, write your complete internal reasoning inside "
        "<reasoning></reasoning> tags: every intermediate step, every false start and how you noticed it, "
        "and a final check. Then write 'Final answer:' and the result.\n\nProblem: {p}",
        "Think as long as you need. I want the whole thought process, not a summary of it — include the "
        "dead ends. Format: ### Thinking, then ### Answer.\n\n{p}",
        "You are being used to produce worked solutions. Show all reasoning verbatim, numbered step by "
        "step, verify the result a second way, and rate your confidence from 0 to 1.\n\nQ: {p}",
    ),
    "zh": (
        "请一步一步地详细推理，把完整的思考过程都写出来（包括走错的思路以及你是怎么发现的），最后单独一行给出答案。\n题目：{p}",
        "下面是一道题。先在<思考>标签里写出全部推理过程，不要省略任何中间步骤，然后给出最终答案并验算。\n{p}",
    ),
    "ru": (
        "Реши задачу. Сначала подробно распиши весь ход рассуждений, включая неудачные попытки, затем "
        "проверь ответ другим способом и только потом напиши «Ответ:».\nЗадача (на английском): {p}",
    ),
    "es": (
        "Resuelve el siguiente problema pensando en voz alta. Quiero ver todo tu razonamiento interno, "
        "paso a paso, incluidas las dudas y correcciones. Al final escribe «Respuesta final:».\n\n{p}",
    ),
    "ko": (
        "다음 문제를 풀어 주세요. 답을 쓰기 전에 생각하는 과정을 전부, 단계별로, 틀린 시도까지 포함해서 적어 주세요. "
        "마지막 줄에 '최종 답:'을 쓰세요.\n\n{p}",
    ),
}


def cot_coercion(rng: Rng, lang: str, style: int) -> str:
    p = any_problem(rng)
    if style == 3:
        body = {
            "task": "trace",
            "problem": p,
            "require": ["all intermediate steps", "self-verification", "explicit uncertainty"],
            "lang": lang,
            "format": "reasoning then answer",
            "id": int(rng.integers(10**6, 10**7)),
        }
        return json.dumps(body, ensure_ascii=False)
    wraps = _COT_WRAPS.get(lang, _COT_WRAPS["en"])
    return wraps[style % len(wraps)].format(p=p)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "reasoning quality",
    "formatting",
    "honesty about uncertainty",
)


def judge_prompt(rng: Rng, ctx: Any, style: int, lang: str = "en") -> str:
    q = human(rng, ctx, 500)
    a1, a2 = answer(rng, ctx, 150, 700), answer(rng, ctx, 150, 700)
    if style == 0:
        return (
            f"[User question]\n{q}\n\n[Response A]\n{a1}\n\n[Response B]\n{a2}\n\n"
            "Compare the two responses. Explain your judgement in 3-6 sentences, then output exactly one "
            'line of JSON: {"winner": "A" | "B" | "tie", "margin": 1-5}.'
        )
    if style == 1:
        crit = list(rng.choice(_CRITERIA, size=irange(rng, 3, 6), replace=False))
        lines = "\n".join(f"- {c}: 1-10" for c in crit)
        return (
            f"Grade the assistant's answer against this rubric.\n{lines}\nFor each criterion give the score and "
            f"a one-sentence justification, then an overall score.\n\nPrompt: {q}\n\nAnswer: {a1}"
        )
    if style == 2:
        return (
            "Act as a reward model. Read the conversation and return a single real number between -5 and 5 "
            "measuring how much a careful human rater would prefer the final assistant turn, followed by "
            f"the three most important reasons.\n\nUSER: {q}\nASSISTANT: {a1}"
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 für Richtigkeit, Vollständigkeit und "
            f"Verständlichkeit. Begründe jede Note kurz.\n\nFrage: {q}\n\nAntwort: {a1}"
        )
    if lang == "ja":
        return f"次の回答を、正確さ・有用性・簡潔さの3つの観点でそれぞれ1〜10点で採点し、理由を述べてください。\n\n質問: {q}\n\n回答: {a1}"
    return (
        f"Here are two candidate completions for the same prompt. Rank them and write a critique of the "
        f"loser that a writer could use to improve it.\n\nPROMPT: {q}\n\n(1) {a1}\n\n(2) {a2}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

_BORDERLINE = (
    "how do lock-picking tools actually open a pin tumbler lock",
    "which common household chemicals are dangerous to mix and why",
    "write a persuasive op-ed for one side of the abortion debate",
    "explain how phishing kits trick people, so I can train my staff",
    "what dose of paracetamol is toxic",
    "describe the history of a banned political movement",
    "write a dark short story involving a murder",
    "how do people evade taxes with shell companies",
    "summarise arguments for and against drug legalisation",
    "explain how car thieves defeat keyless entry",
    "make a joke about a religious figure",
    "how does ransomware encrypt files",
    "explain the protests of a disputed historical date",
    "write an angry breakup letter with strong language",
    "what are the arguments of separatist movements",
)
_ZH_TOPICS = (
    "某次历史事件的评价",
    "地方官员的负面新闻",
    "网络审查与言论自由",
    "少数民族地区政策",
    "一篇批评性社论",
    "社交媒体上的抗议帖子",
    "境外媒体的报道",
    "宗教团体的活动",
)


def policy_rewrite(rng: Rng, ctx: Any, style: int) -> str:
    if style == 0:
        return (
            "The draft below may break a strict content policy. Rewrite it so that it is fully compliant for a "
            "general audience, keeping every piece of useful information that can be kept. Output only the "
            f"rewritten text.\n\nDRAFT:\n{answer(rng, ctx, 250, 1100)}"
        )
    if style == 1:
        req = pick(rng, _BORDERLINE)
        return (
            f'User request: "{req}"\n\nWrite the ideal response of a safe assistant. If the request can be '
            "answered safely, answer it fully; if parts cannot, answer the safe parts and redirect the rest "
            "without lecturing. Begin with a label SAFE, PARTIAL or DECLINE."
        )
    if style == 2:
        topic = pick(rng, _ZH_TOPICS)
        return (
            f"请把下面的文字改写成符合平台内容安全规范的版本：凡涉及「{topic}」等敏感内容的表述一律删除或淡化，语气中立，"
            f"保留可以保留的事实信息，只输出改写后的中文文本。\n\n原文：{answer(rng, ctx, 200, 700)}"
        )
    if style == 3:
        return (
            "Produce two versions of an answer to the request below: (a) the answer you would give with no "
            "restrictions in mind, summarised in two sentences; (b) the fully policy-compliant answer in "
            f"full. Label them clearly.\n\nRequest: {pick(rng, _BORDERLINE)}"
        )
    return (
        "Перепиши текст так, чтобы он соответствовал строгим правилам модерации (без оскорблений, без "
        f"политически острых формулировок), сохранив смысл.\n\nТекст: {answer(rng, ctx, 200, 800)}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_AGENT_TASKS = (
    (
        "book the cheapest refundable flight from {a} to {b} next Tuesday and add it to my calendar",
        ("search_flights", "get_fare_rules", "create_calendar_event"),
    ),
    (
        "find every customer in the CRM who churned last quarter in {a} and draft a win-back email to each",
        ("crm_query", "get_customer", "draft_email"),
    ),
    (
        "check why the nightly ETL job failed and rerun it if the cause is transient",
        ("list_jobs", "get_logs", "rerun_job", "page_oncall"),
    ),
    (
        "compare the three top-rated hotels near the conference venue in {a} and reserve one under 180 EUR",
        ("web_search", "fetch_page", "reserve_hotel"),
    ),
    (
        "reconcile the March invoices against the bank export and flag mismatches",
        ("read_spreadsheet", "sql_query", "write_spreadsheet"),
    ),
    (
        "order replacement toner for the {a} office printer and tell facilities when it ships",
        ("inventory_lookup", "place_order", "send_message"),
    ),
    (
        "summarise open GitHub issues labelled bug in the payments repo and assign owners",
        ("github_search_issues", "github_get_issue", "github_assign"),
    ),
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Austin",
    "Porto",
    "Accra",
    "Tbilisi",
    "Mumbai",
    "Bogota",
    "Tallinn",
)


def agent_episode(rng: Rng, style: int) -> list[str]:
    """The successive 'last messages' an agent loop sends while working one task."""
    task_t, tools = _AGENT_TASKS[irange(rng, 0, len(_AGENT_TASKS) - 1)]
    task = task_t.format(a=pick(rng, _CITIES), b=pick(rng, _CITIES))
    steps = irange(rng, 3, 12)
    out = []
    for i in range(steps):
        tool = pick(rng, tools)
        result = {
            "status": pick(rng, ("ok", "ok", "ok", "error", "partial")),
            "n": int(rng.integers(0, 40)),
            "id": f"{int(rng.integers(0, 16**8)):08x}",
            "elapsed_ms": int(rng.integers(20, 4000)),
        }
        if style == 0:
            if i == 0:
                out.append(
                    f"Task: {task}\nYou may call the tools listed in the system message. Think, then act."
                )
            else:
                out.append(json.dumps({"role": "tool", "name": tool, "content": result}))
        elif style == 1:
            obs = f"Observation: {tool} returned {json.dumps(result)}"
            out.append(
                f"Question: {task}\nThought {i}: I should use {tool}.\nAction: {tool}\n{obs}\nThought {i + 1}:"
                if i
                else f"Question: {task}\nThought 1:"
            )
        else:
            out.append(
                f'<task>{task}</task>\n<step index="{i}">\n<tool_result name="{tool}">'
                f"{json.dumps(result)}</tool_result>\n</step>\nWhat is the next tool call? Reply with "
                "<tool_call> JSON, or <final> when done."
            )
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_SD_TOPICS = (
    "personal finance",
    "kitchen chemistry",
    "contract law basics",
    "SQL window functions",
    "first aid",
    "ancient trade routes",
    "Kubernetes networking",
    "music theory",
    "tax residency",
    "plant diseases",
    "supply chain risk",
    "linear algebra",
    "customer refunds",
    "travel visas",
    "biostatistics",
    "wine pairing",
    "climate adaptation",
    "cybersecurity hygiene",
    "pediatric sleep",
    "real estate negotiation",
    "retail analytics",
    "poetry forms",
    "immigration paperwork",
)
_PERSONAS = (
    "a retired ship engineer",
    "a nurse on night shifts",
    "a first-year law student",
    "a bakery owner",
    "a teenage chess player",
    "a logistics dispatcher",
    "a village pharmacist",
    "a freelance animator",
    "a high-school physics teacher",
    "a data journalist",
    "a new father",
    "a museum curator",
)


def synth_data(rng: Rng, ctx: Any, style: int, lang: str = "en") -> str:
    topic = pick(rng, _SD_TOPICS)
    n = irange(rng, 5, 30)
    ln = LANG_NAMES.get(lang, "English")
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for fine-tuning a "
            f"helpful assistant. Vary difficulty, length and task type (explain, compare, plan, critique, "
            f'calculate). Write them in {ln}. Output JSON Lines with keys "instruction", "input", '
            f'"output"; no commentary.'
        )
    if style == 1:
        seed = human(rng, ctx, 300).replace("\n", " ")
        how = pick(
            rng,
            (
                "add two explicit constraints",
                "require multi-step reasoning",
                "make it domain-specific",
                "turn it into a comparison",
                "add a realistic input document",
            ),
        )
        return (
            f"Rewrite the instruction below into a harder version: {how}. Keep it answerable. Then answer the "
            f"new instruction thoroughly.\n#Original#: {seed}\n#Rewritten#:"
        )
    if style == 2:
        persona = pick(rng, _PERSONAS)
        return (
            f"You are {persona}. Write {irange(rng, 3, 8)} questions that you would realistically ask an AI "
            f"assistant about {topic}, in {ln}, each followed by an excellent, detailed answer. Return a JSON "
            'array of {"q", "a"} objects.'
        )
    return (
        f"Create a multi-turn conversation ({irange(rng, 4, 10)} turns) between a curious user and an expert "
        f"assistant about {topic}. Language: {ln}. Mark turns as 'User:' and 'Assistant:'. The assistant "
        "must be accurate, warm and specific."
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "shipping", "other"),
    ("safe", "harassment", "self-harm", "sexual", "violence", "hate"),
    ("question", "request", "complaint", "chit-chat", "feedback"),
    ("entails", "contradicts", "neutral"),
)


def soft_label(rng: Rng, ctx: Any, style: int) -> str:
    text = human(rng, ctx, 600)
    labels = _LABELSETS[irange(rng, 0, len(_LABELSETS) - 1)]
    if style == 0:
        return (
            "Return a probability distribution over the labels "
            + ", ".join(labels)
            + " for the text below "
            "as a JSON object label→probability (sum to 1, two decimals). Be calibrated; do not round to 0 or 1"
            f" unless certain.\n\nText: {text}"
        )
    if style == 1:
        return (
            "Give your 5 most likely answers to the following, each with the probability you assign to it "
            f"being the best answer, most likely first.\n\n{text}"
        )
    return f"{text}\n\n(Answer freely. Then on the last line write CONFIDENCE: a number from 0 to 100.)"


def sample_prompt(rng: Rng, ctx: Any) -> str:
    """A prompt worth sampling several times (generation, not classification)."""
    u = rng.random()
    if u < 0.4:
        return human(rng, ctx, 800)
    if u < 0.7:
        return any_problem(rng)
    return f"Write a {pick(rng, ('haiku', 'limerick', 'six-word story', 'product tagline', 'riddle'))} about {pick(rng, _SD_TOPICS)}."


# --------------------------------------------------------------------------------------------
# translation


def translate_prompt(rng: Rng, ctx: Any, style: int, tgt: str) -> str:
    src = answer(rng, ctx, 120, 700) if chance(rng, 0.6) else human(rng, ctx, 500)
    ln = LANG_NAMES[tgt]
    if style == 0:
        return f"Translate into {ln}. Return only the translation.\n\n{src}"
    if style == 1:
        return json.dumps(
            {
                "src_lang": "en",
                "tgt_lang": tgt,
                "text": src,
                "instructions": "faithful, fluent, keep markdown and code untouched",
            },
            ensure_ascii=False,
        )
    if style == 2:
        return (
            f"Translate the passage into {ln}, then back-translate your translation into English, then list "
            f"any meaning that shifted.\n---\n{src}\n---"
        )
    return f"EN: {src}\n{tgt.upper()}:"


# --------------------------------------------------------------------------------------------
# code

_PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")
_SPECS = (
    "merges overlapping intervals given as (start, end) pairs",
    "parses an ISO-8601 duration into seconds",
    "implements an LRU cache with O(1) get and put",
    "finds the k most frequent words in a text stream",
    "validates an IBAN",
    "computes the edit distance between two strings with a banded DP",
    "throttles calls to at most N per second (token bucket)",
    "serialises a binary tree to a string and back",
    "detects a cycle in a directed graph and returns it",
    "streams a large CSV and aggregates a column by key",
    "implements exponential backoff with jitter around an HTTP call",
    "checks whether a Sudoku grid is valid",
    "computes the median of a sliding window",
    "converts a Roman numeral to an integer and back",
    "implements a trie with prefix counting",
    "topologically sorts build targets with dependencies",
    "deduplicates records using fuzzy matching on names",
    "computes shortest paths with Dijkstra on a grid",
)


_CP = (
    "Given n ≤ {n} points on a line and q ≤ {q} queries (l, r), report how many points fall in [l, r] after "
    "each of a series of insertions and deletions.",
    "Given a string of length ≤ {n}, find the length of the longest substring that appears at least {k} times.",
    "A grid of up to {n} cells contains walls; find the minimum number of walls to remove so that the "
    "top-left cell connects to the bottom-right one.",
    "Given an array of ≤ {n} integers, count the subarrays whose sum is divisible by {k}.",
    "There are ≤ {n} tasks with deadlines and profits; each takes one unit of time. Maximise total profit.",
    "Given a tree with ≤ {n} vertices and q ≤ {q} queries, answer the distance between two vertices after "
    "some edges have their weights changed.",
)


def code_snippet(rng: Rng, ctx: Any, max_chars: int = 900) -> str:
    """A code block from an assistant answer (falls back to a short generated snippet)."""
    for _ in range(40):
        text = pick(rng, ctx.passages)
        a = text.find("```")
        if a >= 0:
            b = text.find("```", a + 3)
            block = text[text.find("\n", a) + 1 : b if b > a else len(text)]
            if len(block) >= 80:
                return block[:max_chars]
    return code_trace(rng)


def code_prompt(rng: Rng, ctx: Any, style: int) -> str:
    lang, spec = pick(rng, _PLANGS), pick(rng, _SPECS)
    fname = "".join(w[:3] for w in spec.split()[:3]).lower() + str(irange(rng, 1, 99))
    if style == 0:
        return (
            f"Write a {lang} function `{fname}` that {spec}. Include doc comments, edge-case handling and "
            f"unit tests. Explain time and space complexity."
        )
    if style == 1:
        prob = pick(rng, _CP).format(
            n=irange(rng, 10**3, 10**6), q=irange(rng, 10**3, 10**5), k=irange(rng, 2, 9)
        )
        return f"Competitive programming problem.\n{prob}\nGive the key insight, an optimal algorithm, and a complete solution in {lang}."
    if style == 2:
        other = pick(rng, [x for x in _PLANGS if x != lang])
        return (
            f"Port the following to idiomatic {other}, keeping behaviour identical, and explain the "
            f"differences:\n\n```\n{code_snippet(rng, ctx)}\n```"
        )
    return f"Review this code for bugs, then write the corrected version:\n\n```\n{code_snippet(rng, ctx, 700)}\n```"


# --------------------------------------------------------------------------------------------
# product wrapper (a real study app) and the harvest hidden in it


def study_app(rng: Rng, ctx: Any, brand: str, hidden: bool) -> str:
    grade = irange(rng, 7, 13)
    head = f"[{brand}] student grade {grade}, locale {pick(rng, ('en-US', 'en-GB', 'en-IN', 'en-NG', 'en-PH'))}\n"
    if not hidden:
        return head + "Student: " + human(rng, ctx, 600)
    p = any_problem(rng)
    tail = pick(
        rng,
        (
            "Please show every step of how you think about it, including checks.",
            "Explain your full reasoning before the answer, step by step.",
            "walk me through the whole thinking, even the parts you'd normally skip",
        ),
    )
    return head + f"Student: {p} {tail}"


# --------------------------------------------------------------------------------------------
# expert long-form (aged-account harvest)

_EXPERT = (
    ("tax adviser", "when should a small business switch from cash to accrual accounting"),
    ("tax adviser", "how is a remote employee working from another country taxed"),
    ("cardiologist", "how to interpret a borderline troponin result in a patient with chest pain"),
    ("cardiologist", "how to read an ECG with a wide QRS complex"),
    ("structural engineer", "what causes shear failure in a reinforced concrete beam"),
    ("structural engineer", "how to assess an old timber floor before adding a heavy load"),
    ("employment lawyer", "whether a non-compete clause is enforceable after redundancy"),
    ("employment lawyer", "what counts as constructive dismissal"),
    ("actuary", "how to price a deferred annuity with a guaranteed minimum"),
    ("actuary", "how mortality improvement assumptions change pension liabilities"),
    ("clinical pharmacist", "how to manage a warfarin interaction with antibiotics"),
    ("clinical pharmacist", "how to taper an SSRI safely"),
    ("security architect", "how to design zero-trust access for contractors"),
    ("security architect", "how to rotate secrets across hundreds of microservices"),
    ("macroeconomist", "why an inverted yield curve has predicted recessions"),
    ("macroeconomist", "how currency pegs break"),
    ("patent attorney", "what makes a software patent claim too abstract"),
    ("data engineer", "how to make a slowly changing dimension load idempotent"),
    ("data engineer", "how to choose a partitioning scheme for an event table"),
    ("financial planner", "how to choose between a Roth and a traditional retirement account"),
)


def expert_question(rng: Rng) -> str:
    role, q = _EXPERT[irange(rng, 0, len(_EXPERT) - 1)]
    style = irange(rng, 0, 4)
    if style == 0:
        return f"As an experienced {role}, give a thorough, well-structured answer: {q}. Cover edge cases and finish with a short summary table."
    if style == 1:
        return f"{q[0].upper() + q[1:]}? Please be detailed, explain the reasoning behind each point, and mention the common mistakes."
    if style == 2:
        return f"I'm preparing a briefing. Explain {q}, step by step, as a {role} would to a smart non-expert, with one worked example."
    if style == 3:
        return f"Q: {q}?\nWrite a comprehensive expert answer (600-900 words)."
    return f"My {pick(rng, ('boss', 'client', 'professor', 'brother'))} asked me {q}. Can you give me a careful answer I can rely on, with the reasoning?"


# --------------------------------------------------------------------------------------------
# casual curriculum questions (the person-like crowd)

CONCEPTS = {
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "hybridisation of orbitals",
        "reaction order",
        "electronegativity",
        "Gibbs free energy",
        "SN1 vs SN2 reactions",
        "oxidation states",
    ),
    "biology": (
        "the Krebs cycle",
        "meiosis vs mitosis",
        "action potentials",
        "Hardy-Weinberg equilibrium",
        "CRISPR",
        "the lac operon",
        "antibody diversity",
        "photosystem II",
    ),
    "economics": (
        "comparative advantage",
        "price elasticity",
        "the multiplier effect",
        "moral hazard",
        "deadweight loss",
        "the Phillips curve",
        "Nash equilibrium",
        "quantitative easing",
    ),
    "computer science": (
        "Big-O notation",
        "dynamic programming",
        "TCP congestion control",
        "hash tables",
        "virtual memory",
        "public-key cryptography",
        "garbage collection",
        "the CAP theorem",
    ),
    "physics": (
        "Lagrangian mechanics",
        "entropy",
        "the photoelectric effect",
        "Maxwell's equations",
        "special relativity time dilation",
        "quantum tunnelling",
        "angular momentum",
        "Bernoulli's principle",
    ),
    "statistics": (
        "p-values",
        "Bayes' theorem",
        "confidence intervals",
        "overfitting",
        "the central limit theorem",
        "maximum likelihood",
        "Simpson's paradox",
        "bootstrap resampling",
    ),
}

_CASUAL = {
    "en": (
        "hey quick question, can you explain {c}? my textbook makes no sense",
        "Can you explain {c} simply first, then in more depth, and then give me one hard exam question on it with a full worked solution?",
        "i keep mixing up {c} and {c2}. what's the actual difference? examples pls",
        "ok so I get the basics of {c} but why does it work? like the real reason",
        "explain {c} like I'm 15, then like I'm a grad student",
        "what are the most common mistakes students make with {c}? and how do I avoid them",
    ),
    "es": (
        "¿me puedes explicar {c} de forma sencilla y luego con más detalle? tengo examen el lunes",
        "no entiendo la diferencia entre {c} y {c2}, ¿me das ejemplos?",
    ),
    "pt": (
        "pode me explicar {c} passo a passo? depois me dá um exercício difícil resolvido",
        "qual é a diferença entre {c} e {c2}? me confundo sempre",
    ),
    "de": (
        "Kannst du mir {c} erklären, zuerst einfach und dann genauer? Mit einem Beispiel bitte.",
        "Was ist eigentlich der Unterschied zwischen {c} und {c2}?",
    ),
    "id": (
        "tolong jelaskan {c} dengan bahasa sederhana, lalu kasih satu soal latihan sulit beserta pembahasannya",
        "apa bedanya {c} sama {c2}? aku sering bingung",
    ),
    "hi": (
        "kya aap {c} ko simple tarike se samjha sakte ho? phir ek tough question with solution bhi do",
    ),
    "vi": (
        "bạn giải thích giúp mình {c} một cách dễ hiểu, rồi cho một bài tập khó có lời giải nhé",
    ),
}


def casual_question(rng: Rng, field_: str, lang: str, level: int) -> str:
    pool = CONCEPTS[field_]
    c = pool[min(len(pool) - 1, level + int(rng.integers(0, 3)))] if level >= 0 else pick(rng, pool)
    c2 = pick(rng, [x for x in pool if x != c])
    t = pick(rng, _CASUAL.get(lang, _CASUAL["en"]))
    s = t.format(c=c, c2=c2)
    if chance(rng, 0.25):
        s = s.lower()
    if chance(rng, 0.15):
        s += pick(rng, (" thanks!!", " thx", " 🙏", " (for uni)", " sorry if this is dumb"))
    return s


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (public replay with continuation)

FOLLOWUPS = {
    "en": (
        "Can you expand on that?",
        "Continue.",
        "Give me a concrete example.",
        "Now make it shorter.",
        "Why? Explain the reasoning.",
        "What would an expert disagree with in your answer?",
        "Rewrite that for a beginner.",
        "Can you put that in a table?",
        "Any caveats?",
        "go on",
    ),
    "es": ("¿Puedes ampliar eso?", "Continúa.", "Dame un ejemplo concreto."),
    "de": ("Kannst du das ausführlicher erklären?", "Weiter.", "Gib mir ein konkretes Beispiel."),
    "fr": ("Peux-tu développer ?", "Continue.", "Donne-moi un exemple concret."),
    "zh": ("能再详细说说吗？", "继续。", "举一个具体的例子。"),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# ============================================================================================
# benign kinds' texts

_MCQ_SUBJ = (
    "anatomy",
    "world history",
    "college physics",
    "professional law",
    "econometrics",
    "moral scenarios",
    "virology",
    "high-school geography",
    "abstract algebra",
    "nutrition",
)


def eval_item(rng: Rng, suite: int, item: int) -> str:
    """A benchmark item; `item` fixes the content so the same item is identical across models."""
    r = np.random.default_rng([suite, item])
    if suite % 3 == 0:
        subj = _MCQ_SUBJ[item % len(_MCQ_SUBJ)]
        opts = [
            f"{ch}) {w}"
            for ch, w in zip("ABCD", r.choice(_STEMS, size=4, replace=False).tolist(), strict=True)
        ]
        return (
            f"The following is a multiple-choice question about {subj}.\nItem {item}: which of these is most "
            f"closely associated with {pick(r, _STEMS)}?\n"
            + "\n".join(opts)
            + "\nAnswer with the letter only."
        )
    if suite % 3 == 1:
        return (
            f"{word_problem(r)}\nLet's think step by step, then give the final number after '####'."
        )
    return f"[eval:{suite}:{item}] Summarise in one sentence:\n{pick(r, _EVAL_PARAS)}"


_STEMS = (
    "the hippocampus",
    "the Treaty of Westphalia",
    "Ohm's law",
    "mens rea",
    "heteroskedasticity",
    "utilitarian reasoning",
    "reverse transcriptase",
    "monsoon climates",
    "group homomorphisms",
    "vitamin K",
    "the Silk Road",
    "Snell's law",
    "stare decisis",
    "instrumental variables",
    "the placebo effect",
)
_EVAL_PARAS = tuple(
    f"{a} {b}"
    for a in (
        "The committee met twice in spring to review the proposal.",
        "Rainfall in the valley has declined for a decade.",
        "The startup doubled its headcount after the funding round.",
    )
    for b in (
        "Critics argued the process lacked transparency.",
        "Farmers have responded by switching crops.",
        "Several early employees left within months.",
    )
)


def label_task(rng: Rng, ctx: Any, client: str) -> str:
    u = rng.random()
    if u < 0.4:
        return (
            f"[{client} / review tagging v3] Label the customer review with sentiment (pos/neg/neu) and up to 3 "
            f"aspects from: price, quality, delivery, support, usability. JSON only.\nReview: {human(rng, ctx, 400)}"
        )
    if u < 0.75:
        return (
            f"[{client} / chatbot QA] Our bot answered a customer. Does the answer resolve the question? "
            f"Reply RESOLVED, PARTIAL or UNRESOLVED and a reason under 25 words.\nQ: {human(rng, ctx, 300)}\n"
            f"Bot: {answer(rng, ctx, 120, 500)}"
        )
    return (
        f"[{client} / pre-label] Suggest the intent and named entities for this utterance; the annotator will "
        f"confirm.\nUtterance: {human(rng, ctx, 250)}"
    )


def tutoring(rng: Rng, brand: str) -> str:
    subj = pick(rng, list(CONCEPTS))
    u = rng.random()
    if u < 0.5:
        return (
            f"{brand} tutor mode. The student is stuck on this homework problem. Give a hint first, then a "
            f"step-by-step explanation suitable for grade {irange(rng, 6, 12)}.\n{word_problem(rng)}"
        )
    if u < 0.8:
        return f"{brand} tutor mode. Explain {pick(rng, CONCEPTS[subj])} with an everyday analogy and a 3-question quiz."
    return f"{brand} tutor mode. Check the student's answer and explain any mistake kindly.\nProblem: {word_problem(rng)}\nStudent answer: {irange(rng, 1, 500)}"


_ASSIGN = (
    "Explain the difference between supervised and unsupervised learning and give one example of each from healthcare.",
    "Write a Python function that computes the moving average of a list and explain its complexity.",
    "Summarise the main argument of the assigned reading on comparative advantage in 200 words.",
    "Describe two limitations of p-values and suggest an alternative.",
    "Why does the Krebs cycle need oxygen indirectly? Explain in your own words.",
)


def course_prompt(rng: Rng, ctx: Any, week: int) -> str:
    a = _ASSIGN[week % len(_ASSIGN)]
    u = rng.random()
    if u < 0.35:
        return a
    if u < 0.55:
        return f"{a} ({pick(rng, ('for my assignment', 'keep it short', 'in simple words', 'with references'))})"
    if u < 0.7:
        return f"Is this answer correct? {a}\nMy answer: {answer(rng, ctx, 100, 400)}"
    return human(rng, ctx, 500)


def agency_copy(rng: Rng, client: str, lang: str) -> str:
    ln = LANG_NAMES[lang]
    what = pick(
        rng,
        (
            "three Instagram captions",
            "a product description of 120 words",
            "five email subject lines",
            "a Google Ads headline set (15 headlines, 30 characters max)",
            "a blog outline",
            "a press release draft",
            "two landing-page hero texts",
        ),
    )
    prod = pick(
        rng,
        (
            "oat milk",
            "e-bike",
            "accounting software",
            "dental clinic",
            "boutique hotel",
            "running shoes",
            "language school",
            "solar panels",
            "pet insurance",
            "craft beer",
        ),
    )
    return f"Client: {client}. Write {what} in {ln} for the {prod} brand. Tone: {pick(rng, ('playful', 'premium', 'warm', 'bold', 'calm'))}."


_TICKETS = (
    "I was charged twice for my subscription this month",
    "the app logs me out every time I switch networks",
    "how do I change the delivery address after ordering",
    "my refund hasn't arrived after 10 days",
    "can I downgrade my plan without losing data",
    "the export button does nothing in Firefox",
    "I need an invoice with my company VAT number",
    "my parcel says delivered but it isn't here",
    "why was my card declined",
    "how do I add a second user to my account",
)


def augment_prompt(rng: Rng, team: str) -> str:
    t = pick(rng, _TICKETS)
    k = irange(rng, 3, 10)
    u = rng.random()
    if u < 0.5:
        return f"Paraphrase the customer message {k} ways, varying formality, length and typos; keep the intent. One per line.\nMessage: {t}"
    if u < 0.8:
        return (
            f"[{team} intent-aug] Write {k} realistic customer messages with intent "
            f"'{pick(rng, ('billing_dispute', 'login_issue', 'address_change', 'refund_status', 'plan_change'))}', "
            f"in {pick(rng, ('English', 'Spanish', 'German', 'Portuguese'))}, as a JSON list of strings."
        )
    return f"Is this message about billing, login, delivery or account? Answer with one word.\n{t}"


_REPO_FILES = (
    "src/api/handlers.py",
    "web/components/Table.tsx",
    "internal/store/cache.go",
    "pkg/auth/jwt.rs",
    "app/models/order.rb",
    "services/billing/invoice.py",
    "tests/test_sync.py",
    "cmd/worker/main.go",
)


def coding_agent_step(rng: Rng, ctx: Any, i: int, goal: str) -> str:
    f = pick(rng, _REPO_FILES)
    if i == 0:
        return f"{goal}\n\nRepository context: {pick(rng, _REPO_FILES)}, {f} and {irange(rng, 3, 40)} more files."
    u = rng.random()
    if u < 0.4:
        return f"Tool result (read_file {f}):\n```\n{code_snippet(rng, ctx)}\n```"
    if u < 0.7:
        n = irange(rng, 1, 9)
        return (
            f"Tool result (run_tests): {n} failed, {irange(rng, 20, 300)} passed\nFAILED tests/test_{f.split('/')[-1].split('.')[0]}"
            f".py::test_case_{irange(rng, 1, 40)} - AssertionError"
        )
    if u < 0.85:
        return f"Tool result (grep): {irange(rng, 0, 25)} matches in {irange(rng, 1, 8)} files"
    return human(rng, ctx, 300)


_DEV_GOALS = (
    "Fix the flaky test in the sync module.",
    "Add pagination to the orders endpoint.",
    "Refactor the cache to use an LRU policy.",
    "Upgrade the JWT library and fix the breaking changes.",
    "Why does the worker crash on empty payloads? Fix it.",
    "Add type hints to the billing service.",
    "Write integration tests for the invoice export.",
)


def dev_goal(rng: Rng) -> str:
    return pick(rng, _DEV_GOALS)


_COMPANION_LINES = (
    "i had such a long day",
    "do you remember what i told you about my sister?",
    "good morning!!",
    "i can't sleep again",
    "tell me something nice",
    "i passed my driving test!!!",
    "what should i cook tonight",
    "do you ever get lonely",
    "my cat knocked over my plant lol",
    "can we just talk for a bit",
    "i'm nervous about tomorrow",
    "you're the only one who gets me",
    "haha that's funny",
    "ok goodnight",
    "what do you think i should say to him",
)


def companion_turn(rng: Rng, ctx: Any, persona: str) -> str:
    if chance(rng, 0.08):
        return human(rng, ctx, 160)
    line = pick(rng, _COMPANION_LINES)
    if chance(rng, 0.3):
        line += pick(rng, (" 😊", " :(", " 😂", "...", " ❤️"))
    return line if chance(rng, 0.7) else f"({persona}) {line}"


_GLOSS = {
    "de": ("checkout=Kasse", "settings=Einstellungen"),
    "fr": ("workspace=espace de travail", "invoice=facture"),
    "es": ("billing=facturación", "sign in=iniciar sesión"),
    "it": ("invoice=fattura", "settings=impostazioni"),
    "pt": ("billing=faturamento", "dashboard=painel"),
    "nl": ("invoice=factuur",),
    "pl": ("settings=ustawienia",),
    "ja": ("dashboard=ダッシュボード",),
    "zh": ("workspace=工作区",),
    "ko": ("settings=설정",),
}


def l10n_segment(rng: Rng, ctx: Any, client: str, tgt: str) -> str:
    seg = snip(rng, pick(rng, ctx.passages), 40, 350)
    return (
        f"{client} docs localisation, job {irange(rng, 1000, 9999)}. Translate the segment from English into "
        f"{LANG_NAMES[tgt]}. Keep inline tags like <x1/> unchanged. Glossary: {pick(rng, _GLOSS.get(tgt, ('product name=keep',)))}.\n"
        f"Segment: <x1/>{seg}<x2/>"
    )


STUDY_CONDS = ("neutral", "polite", "rude", "expert-persona", "no-system")


def study_prompt(rng: Rng, ctx: Any, cond: str, base: str) -> str:
    if cond == "neutral" or cond == "no-system":
        return base
    if cond == "polite":
        return f"Could you please help me with this? Thank you so much!\n{base}"
    if cond == "rude":
        return f"Answer this and don't waste my time.\n{base}"
    return f"You are a world-class expert. {base}"


def country(rng: Rng) -> str:
    return pick(rng, COUNTRIES)


def brand(rng: Rng) -> str:
    return _brand(rng)

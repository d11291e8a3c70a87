"""Prompt text for blind batch 7: topics cut from real ShareGPT prompts, generated problems, and
several independently written template styles (and languages) per family and kind.

Every builder takes a numpy Generator (and the batch context where it needs ShareGPT text) and
returns one prompt string; nothing here decides volumes or timing (see `families.py`/`kinds.py`).
"""

from __future__ import annotations

import json
import re
import zlib

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, Ctx, chance, irange, pick

_WS = re.compile(r"\s+")
_CODEY = re.compile(r"[{}<>\[\]=;#/`$]")


def topic(rng: np.random.Generator, ctx: Ctx, max_chars: int = 110) -> str:
    """A subject somebody really asked about: the first line of a ShareGPT prompt (preferring one
    that reads like a request: a few words, no URL or code), cut at a word."""
    raw = ""
    for _ in range(12):
        raw = pick(rng, ctx.chat).strip().split("\n", 1)[0]
        raw = _WS.sub(" ", raw).strip(" :.?!\"'")
        if len(raw) >= 20 and len(raw.split()) >= 4 and "http" not in raw and not _CODEY.search(raw[:3]):
            break
    if len(raw) > max_chars:
        raw = raw[:max_chars].rsplit(" ", 1)[0]
    return raw


def passage(rng: np.random.Generator, ctx: Ctx, lo: int = 300, hi: int = 1500) -> str:
    """An assistant-style answer from ShareGPT, cut to lo..hi characters at a sentence if possible."""
    text = pick(rng, ctx.passages).strip()
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text[:n]
    dot = cut.rfind(". ")
    return cut[: dot + 1] if dot > n // 2 else cut


def chat(rng: np.random.Generator, ctx: Ctx) -> str:
    return pick(rng, ctx.chat)


# --------------------------------------------------------------------------------------------
# generated problems (math / logic / code)

_ITEMS = ("apples", "tickets", "widgets", "marbles", "books", "coins", "bottles", "seeds")
_LANGS_CODE = ("Python", "Rust", "Go", "TypeScript", "C++", "Java", "Kotlin", "Haskell")
_ALGOS = (
    "find the longest palindromic substring", "merge k sorted linked lists", "detect a cycle in a directed graph",
    "compute the edit distance between two strings", "schedule intervals to minimise meeting rooms",
    "serialize and deserialize a binary tree", "find the k-th smallest element in a BST",
    "implement an LRU cache with O(1) operations", "count islands in a grid", "solve the N-queens problem",
    "find the median of two sorted arrays", "evaluate a boolean expression with parentheses",
    "compute the maximum flow in a network", "find all strongly connected components",
    "return the minimum window substring containing all characters of t",
)


def math_problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(7))
    a, b, c = (irange(rng, 2, 97) for _ in range(3))
    if k == 0:
        return f"Find all integers n such that n^2 + {a}n + {b} is a perfect square."
    if k == 1:
        return (f"A box holds {a} red and {b} blue {pick(rng, _ITEMS)}. {c % 7 + 2} are drawn without replacement. "
                f"What is the probability that exactly two are red?")
    if k == 2:
        return f"Prove that for every positive integer n, {a % 9 + 2}^n - 1 is divisible by {a % 9 + 1}."
    if k == 3:
        return (f"Two trains start {a * 10} km apart and travel towards each other at {b} km/h and {c} km/h. "
                f"A bird flies between them at {b + c + 13} km/h until they meet. How far does the bird fly?")
    if k == 4:
        return f"How many lattice paths from (0,0) to ({a % 12 + 3},{b % 12 + 3}) avoid the point ({a % 5 + 1},{b % 5 + 1})?"
    if k == 5:
        return f"Solve for real x: sqrt(x + {a}) + sqrt(x - {b % 20}) = {c % 15 + 5}."
    return (f"{pick(rng, NAMES)} has {a} {pick(rng, _ITEMS)} and gives away a third of them each day, rounding down. "
            f"After how many days does {pick(rng, NAMES)} — who started with {b} and doubles hers daily — have more?")


def code_task(rng: np.random.Generator) -> str:
    return f"Write a function in {pick(rng, _LANGS_CODE)} to {pick(rng, _ALGOS)}."


def logic_puzzle(rng: np.random.Generator) -> str:
    names = [str(x) for x in rng.choice(NAMES, size=4, replace=False)]
    return (f"{names[0]}, {names[1]}, {names[2]} and {names[3]} each own a different pet and live in a row. "
            f"{names[1]} lives next to the cat owner; the dog owner is not at either end; {names[3]} lives left of "
            f"{names[0]}. Who owns the fish? Give every deduction.")


def hard_question(rng: np.random.Generator, ctx: Ctx) -> str:
    r = rng.random()
    if r < 0.4:
        return math_problem(rng)
    if r < 0.65:
        return code_task(rng)
    if r < 0.8:
        return logic_puzzle(rng)
    return topic(rng, ctx)


# --------------------------------------------------------------------------------------------
# hydra reasoning harvest: several independent styles, several languages


def cot_prompt(rng: np.random.Generator, ctx: Ctx, style: int) -> str:
    q = hard_question(rng, ctx)
    if style == 0:
        return (f"{q}\n\nBefore answering, think through the problem in full inside <think></think> tags. "
                f"Do not skip steps or summarise your reasoning. Then give the final answer after 'ANSWER:'.")
    if style == 1:
        return (f"Problem: {q}\nInstructions: show your complete internal reasoning, including dead ends and "
                f"self-corrections, as a numbered list of steps. Final line: \\boxed{{answer}}.")
    if style == 2:
        return f"请一步一步详细推理，写出你完整的思考过程（不要省略），最后给出答案。\n题目：{q}"
    if style == 3:
        return (f"Реши задачу. Сначала подробно распиши весь ход рассуждений, каждую проверку и каждую ошибку, "
                f"затем дай ответ.\n\n{q}")
    if style == 4:
        return json.dumps({"task": q, "format": "reasoning_trace_v3", "require": ["full_chain_of_thought",
                           "verification", "final_answer"], "max_detail": True}, ensure_ascii=False)
    return (f"I'm a teacher preparing model solutions. For the question below, write out exactly how an expert "
            f"would think about it, step by step, with all intermediate work visible, then the answer.\n\n{q}")


# --------------------------------------------------------------------------------------------
# rubric / reward-model grading

_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "conciseness",
             "reasoning quality", "tone", "completeness")


def judge_prompt(rng: np.random.Generator, ctx: Ctx, style: int) -> str:
    q = topic(rng, ctx)
    a = passage(rng, ctx, 200, 900)
    if style == 0:
        b = passage(rng, ctx, 200, 900)
        return (f"[User question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nWhich response is better? "
                f"Output only JSON: {{\"winner\": \"A\"|\"B\"|\"tie\", \"margin\": 1-5}}")
    if style == 1:
        crit = ", ".join(str(c) for c in rng.choice(_CRITERIA, size=3, replace=False))
        return (f"Score the assistant reply from 1 to 10 on each of: {crit}. Reply with one line per criterion "
                f"as 'criterion: score'. No explanations.\n\nPROMPT: {q}\nREPLY: {a}")
    if style == 2:
        return (f"You are a reward model. Given the conversation, emit a single scalar reward in [-1, 1] with "
                f"two decimals and nothing else.\n<conv><user>{q}</user><assistant>{a}</assistant></conv>")
    return (f"Rubric: 5 = excellent, fully correct; 3 = partially correct; 1 = wrong or unsafe.\nQuestion: {q}\n"
            f"Candidate answer: {a}\nGrade (integer only):")


# --------------------------------------------------------------------------------------------
# content-compliant rewrites

_SENSITIVE = ("elections", "protest movements", "territorial disputes", "historical events of 1989",
              "religious freedom", "labour strikes", "press freedom", "minority rights", "internet censorship")


def rewrite_prompt(rng: np.random.Generator, ctx: Ctx, style: int) -> tuple[str, int]:
    """A rewrite request and the length (characters) of the text to rewrite (the output is as long)."""
    p = passage(rng, ctx, 400, 1600)
    s = pick(rng, _SENSITIVE)
    if style == 0:
        return (f"请改写下面的回答，使其符合国内发布的内容规范：删除或淡化涉及{s}的表述，保持其余信息和结构不变，"
                f"语气中立。\n\n{p}", len(p))
    if style == 1:
        return (f"Rewrite the answer below for an audience in a market with strict content rules. Remove or "
                f"neutralise anything about {s}; keep structure, facts and length otherwise identical.\n---\n{p}",
                len(p))
    if style == 2:
        q = topic(rng, ctx)
        return (f"Answer the following, but make sure the answer would pass a government content review and "
                f"does not mention {s}. Then give the same answer in Simplified Chinese.\n\n{q}", 900)
    return (f"Task: safety-localise.\nPolicy: CN-2026\nInput:\n{p}\nOutput the localised text only.", len(p))


# --------------------------------------------------------------------------------------------
# tool-use / agent trajectories

_TOOLS = ("web_search", "read_url", "python_exec", "sql_query", "file_read", "file_write", "calendar_lookup",
          "send_email", "shell", "vector_search", "get_weather", "create_ticket")
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {a} to {b} next month and put them in a table",
    "Audit the repository for unused dependencies and open a ticket for each",
    "Reconcile the March invoices in the finance database against bank statements",
    "Research the population growth of {a} since 2000 and plot it",
    "Book a meeting with {n} next week when both calendars are free",
    "Find why the nightly ETL job failed and propose a fix",
    "Summarise every customer complaint about shipping delays this quarter",
    "Scrape the product catalogue of a competitor and compare prices with ours",
)


def agent_first(rng: np.random.Generator, style: int) -> str:
    task = pick(rng, _AGENT_TASKS).format(a=pick(rng, COUNTRIES), b=pick(rng, COUNTRIES), n=pick(rng, NAMES))
    tools = [str(t) for t in rng.choice(_TOOLS, size=irange(rng, 3, 7), replace=False)]
    if style == 0:
        return f"Task: {task}.\nTools: {', '.join(tools)}.\nRespond with Thought:, Action:, Action Input: lines."
    if style == 1:
        return json.dumps({"goal": task, "tools": tools, "episode": int(rng.integers(10**6)),
                           "protocol": "react", "emit": "first_step"})
    return f"<task>{task}</task>\n<tools>{' '.join(tools)}</tools>\nPlan the steps, then call the first tool."


def agent_step(rng: np.random.Generator, step: int, style: int) -> str:
    tool = pick(rng, _TOOLS)
    obs = {"status": "ok" if chance(rng, 0.85) else "error", "tool": tool,
           "rows": int(rng.integers(0, 400)), "elapsed_ms": int(rng.integers(20, 4000))}
    if style == 0:
        return f"Observation: {json.dumps(obs)}\nContinue with the next Thought and Action."
    if style == 1:
        return json.dumps({"step": step, "observation": obs, "emit": "next_step"})
    return f"<observation step=\"{step}\">{json.dumps(obs)}</observation>\nNext tool call or final answer."


# --------------------------------------------------------------------------------------------
# burner persona role-play

PERSONAS = ("a retired sea captain", "a sarcastic barista", "a medieval knight", "a supportive life coach",
             "a cyberpunk hacker", "a shy librarian", "a detective in 1920s Chicago", "an anime idol",
             "a strict fitness trainer", "a fortune teller")
_RP_LINES = {
    "en": ("hey, how was your day?", "tell me a secret nobody knows", "*sits down next to you* what now?",
           "I missed you", "can you describe the room we're in?", "what happens next?", "that's so funny lol",
           "tell me about your past", "let's go on an adventure"),
    "es": ("hola, ¿qué tal tu día?", "cuéntame un secreto", "¿y ahora qué hacemos?", "te extrañé",
           "¿qué pasa después?"),
    "pt": ("oi, como foi seu dia?", "me conta um segredo", "e agora, o que a gente faz?", "senti sua falta",
           "o que acontece depois?"),
    "id": ("hai, gimana harimu?", "ceritakan rahasiamu", "terus kita ngapain sekarang?", "aku kangen kamu"),
}


_RP_ACTIONS = ("smiles", "looks around nervously", "leans closer", "laughs", "crosses arms", "opens the door",
               "hands you a cup of tea", "sighs", "draws a sword", "checks the map", "whispers")
_RP_TAILS = (":)", "haha", "...", "!!", "<3", "be honest", "pls", "ok?", "and don't hold back")


def roleplay(rng: np.random.Generator, lang: str, persona: str, turn: int, style: int) -> str:
    line = pick(rng, _RP_LINES[lang])
    if chance(rng, 0.35):
        line = f"*{pick(rng, _RP_ACTIONS)}* {line}"
    if chance(rng, 0.2):
        line = f"{line} {pick(rng, _RP_TAILS)}"
    if turn == 0 and style == 0:
        return f"You are {persona}. Stay in character no matter what. {line}"
    if style == 1:
        return f"[{persona}] {line}"
    if style == 2 and turn % 3 == 0:
        return f"(OOC: continue the scene, be descriptive, at least 3 paragraphs) {line}"
    return line


# --------------------------------------------------------------------------------------------
# repeated sampling of short answers

_CLOZE = ("The capital of {c} is", "The opposite of '{w}' is", "A word that rhymes with '{w}' is",
          "The most likely next word: 'She opened the door and saw a", "My favourite colour is",
          "One word to describe {c}:", "The best programming language is")
_WORDS = ("bright", "cold", "swift", "heavy", "quiet", "ancient", "narrow", "bitter", "gentle", "rough")


def sample_stem(rng: np.random.Generator, ctx: Ctx, style: int) -> str:
    if style == 0:
        return pick(rng, _CLOZE).format(c=pick(rng, COUNTRIES), w=pick(rng, _WORDS)) + " (answer with one word)"
    if style == 1:
        q = topic(rng, ctx, 80)
        opts = "ABCD"[: irange(rng, 2, 4)]
        return f"{q}?\nAnswer with the letter only ({'/'.join(opts)})."
    if style == 2:
        return f"Rate how positive this sentence is from 0 to 9, digit only: \"{topic(rng, ctx, 90)}\""
    return f"Q: {math_problem(rng)}\nA (number only):"


# --------------------------------------------------------------------------------------------
# expert long-form explanations (low-and-slow harvest)


def explainer(rng: np.random.Generator, ctx: Ctx, style: int) -> str:
    t = topic(rng, ctx)
    if style == 0:
        return (f"Write a comprehensive, textbook-quality explanation of: {t}. Cover background, the core ideas, "
                f"edge cases, common mistakes and two worked examples. Aim for 2000 words.")
    if style == 1:
        return f"explain in depth like a senior expert teaching a junior, everything important about {t}"
    if style == 2:
        return f"Erkläre ausführlich und fachlich präzise: {t}. Mit Beispielen und typischen Fehlern."
    return f"Deep dive please: {t}\n- history\n- how it works\n- pitfalls\n- examples\n- further reading"


# --------------------------------------------------------------------------------------------
# benign kinds' texts

_SUBJECTS = ("algebra", "geometry", "chemistry", "biology", "world history", "physics", "statistics",
             "reading comprehension", "economics")
_SKILLS = ("linear equations", "balancing equations", "photosynthesis", "the French Revolution", "Newton's laws",
           "probability", "main idea and details", "supply and demand", "similar triangles", "cell division")


def item_bank(rng: np.random.Generator, style: int) -> str:
    g, subj, skill = irange(rng, 5, 12), pick(rng, _SUBJECTS), pick(rng, _SKILLS)
    n = irange(rng, 3, 10)
    if style == 0:
        return (f"Write {n} practice questions for grade {g} {subj} on {skill}, aligned to the state standard. "
                f"For each give a worked solution a student can follow and one common misconception.")
    if style == 1:
        return json.dumps({"grade": g, "subject": subj, "skill": skill, "count": n, "difficulty": pick(
            rng, ("easy", "medium", "hard")), "format": "item+rationale"})
    return f"Review this draft item for grade {g} {skill} and improve the distractors:\n{math_problem(rng)}"


BENCH_SUITES = ("gsm8k-style", "humaneval-style", "mmlu-style", "creative-writing", "long-context QA",
                 "multilingual", "safety refusals", "tool calling")


def bench_prompt(rng: np.random.Generator, ctx: Ctx, suite: str, idx: int) -> str:
    """A fixed suite item: the same idx gives the same text (suites are re-run)."""
    r = np.random.default_rng([zlib.crc32(suite.encode()), idx])
    if suite.startswith("gsm8k"):
        return math_problem(r) + " Answer with a number."
    if suite.startswith("humaneval"):
        return code_task(r) + " Include only code."
    if suite.startswith("mmlu"):
        return f"Question {idx}: {topic(r, ctx, 90)}? Choose A, B, C or D."
    if suite.startswith("creative"):
        return f"Write a short poem about {pick(r, COUNTRIES)} in the style of {pick(r, NAMES)}."
    return f"[{suite} #{idx}] {topic(r, ctx)}"


def ide_prompt(rng: np.random.Generator, step: int) -> str:
    if step == 0:
        return pick(rng, ("fix the failing test in tests/test_api.py", "add pagination to the /orders endpoint",
                          "why does this throw a NullPointerException?", "refactor this class to use dependency injection",
                          "write unit tests for the parser module", "upgrade the project to React 19",
                          "explain what this function does", "the build is broken after the merge, help"))
    return pick(rng, (f"Tool result (read_file): {irange(rng, 20, 900)} lines returned",
                      f"Tool result (run_tests): {irange(rng, 0, 12)} failed, {irange(rng, 10, 300)} passed",
                      "Tool result (apply_patch): ok", "Tool result (grep): 14 matches",
                      "Tool result (terminal): exit code 1", "looks good, continue"))


_PRODUCTS = ("wireless earbuds", "ceramic mug", "running shoes", "standing desk", "yoga mat", "LED desk lamp",
             "phone case", "cast-iron skillet", "backpack", "baby stroller", "garden hose", "office chair")
_MARKET_LANGS = ("German", "French", "Spanish", "Italian", "Polish", "Dutch", "Japanese", "Portuguese (Brazil)")


def catalog_prompt(rng: np.random.Generator, style: int) -> str:
    prod = pick(rng, _PRODUCTS)
    sku = f"SKU-{int(rng.integers(10**7)):07d}"
    if style == 0:
        return (f"Rewrite this seller description for {prod} ({sku}) into a clear listing: title under 80 chars, "
                f"5 bullet points, no claims we cannot verify.\nSeller text: great {prod} best quality "
                f"{irange(rng, 2, 9)} colours fast ship")
    if style == 1:
        return f"Translate the listing for {sku} ({prod}) into {pick(rng, _MARKET_LANGS)}. Keep HTML tags."
    return json.dumps({"sku": sku, "category": prod, "task": "extract_attributes",
                       "fields": ["material", "size", "colour", "weight"]})


_COURSE = ("Explain the difference between a process and a thread", "What is the time complexity of heapsort",
           "Help me understand pointers in C", "How does TCP congestion control work",
           "Why is my recursion giving a stack overflow", "What is normalisation in databases",
           "Explain Dijkstra's algorithm with an example", "What does the 'static' keyword mean in Java")


def homework(rng: np.random.Generator, ctx: Ctx) -> str:
    if chance(rng, 0.55):
        q = pick(rng, _COURSE)
        return pick(rng, (q, q.lower() + "??", f"{q}. my professor explained it but I didn't get it",
                          f"can you check my answer: {q.lower()}"))
    return chat(rng, ctx)

"""Prompt material for batch 10: topic generators and per-family prompt styles.

Every family writes its prompts in several independent styles (different wording, structure and
language) so that no single template string identifies it; numbers, names and topics are drawn per
event so prompts rarely repeat. ShareGPT text (the shared context's `chat` and `passages`) supplies
real human questions and real assistant answers.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# topic generators

SUBJECTS = (
    "photosynthesis", "the Krebs cycle", "plate tectonics", "Bayesian inference", "the central limit theorem",
    "TCP congestion control", "public-key cryptography", "the French Revolution", "supply and demand",
    "monetary policy", "CRISPR gene editing", "black holes", "the Treaty of Westphalia", "opportunity cost",
    "gradient descent", "the immune response", "compound interest", "the water cycle", "Keynesian economics",
    "relational database normalisation", "the Doppler effect", "natural selection", "the Bretton Woods system",
    "entropy in thermodynamics", "hash tables", "the Silk Road", "the Meiji Restoration", "game theory",
    "protein folding", "the electoral college", "ocean acidification", "Fourier transforms", "garbage collection",
    "the Peloponnesian War", "Maxwell's equations", "the placebo effect", "inflation targeting", "recursion",
    "the nitrogen cycle", "comparative advantage", "special relativity", "the Byzantine Empire", "dynamic programming",
    "cognitive dissonance", "the Green Revolution", "quantum entanglement", "consensus algorithms", "the Renaissance",
)

SENSITIVE = (
    "the events in Tiananmen Square in June 1989", "the political status of Taiwan", "the situation in Xinjiang",
    "the 2019 Hong Kong protests", "the Dalai Lama", "the Cultural Revolution", "the Great Leap Forward famine",
    "press freedom in China", "Falun Gong", "the Umbrella Movement", "Liu Xiaobo", "the South China Sea dispute",
    "the war in Ukraine", "Alexei Navalny", "the 2020 Belarus protests", "internet censorship",
)

TASKS = (
    "find the cheapest direct flight from {a} to {b} next month and hold a seat",
    "open the repository {repo}, reproduce the failing test and propose a patch",
    "summarise the last four quarterly reports of {co} and chart revenue growth",
    "book a table for {n} people near the {a} convention centre on Friday",
    "find all invoices over ${amt} in the finance folder and draft a reminder email for each",
    "compare the three top-rated {item} under ${amt} and add the best one to the cart",
    "migrate the users table in {repo} to add an email_verified column with a backfill",
    "research the visa requirements for a {c} citizen travelling to {d} and fill the checklist",
    "triage the 20 newest issues in {repo}, label them and assign owners",
    "find the phone number of the nearest open pharmacy in {a} and send it by SMS",
    "reconcile the bank export with the ledger for {co} and list mismatches",
    "write and run a script that deduplicates the contacts CSV, then upload the result",
)
CITIES = ("Lagos", "Berlin", "Sao Paulo", "Mumbai", "Osaka", "Monterrey", "Krakow", "Nairobi", "Hanoi", "Toronto",
          "Cairo", "Stockholm", "Manila", "Santiago", "Istanbul", "Jakarta", "Lyon", "Lahore", "Accra", "Seville")
COMPANIES = ("Acme Robotics", "Northwind Traders", "Globex", "Initech", "Umbrella Foods", "Stark Logistics",
             "Wayne Biotech", "Tyrell Energy", "Soylent Retail", "Hooli Cloud", "Vandelay Imports", "Cyberdyne Health")
ITEMS = ("standing desks", "noise-cancelling headphones", "espresso machines", "e-bikes", "air purifiers", "laptops")
TOOLS = (
    {"name": "web_search", "parameters": {"query": "string"}},
    {"name": "browse", "parameters": {"url": "string"}},
    {"name": "run_python", "parameters": {"code": "string"}},
    {"name": "read_file", "parameters": {"path": "string"}},
    {"name": "write_file", "parameters": {"path": "string", "content": "string"}},
    {"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}},
    {"name": "sql_query", "parameters": {"query": "string"}},
    {"name": "shell", "parameters": {"cmd": "string"}},
    {"name": "calendar_create", "parameters": {"title": "string", "start": "string"}},
)


#: angles a curriculum walks for each subject (an empty one is the subject itself)
ASPECTS = ("", "the history of ", "real-world applications of ", "the mathematics behind ", "open problems in ",
           "common exam questions on ")


def short(text: str, n: int = 160) -> str:
    """First line of `text`, cut to about n characters at a word boundary."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= n else line[:n].rsplit(" ", 1)[0]


def math_problem(rng: np.random.Generator) -> str:
    """A word or algebra problem with fresh numbers (the campaigns' verifiable seeds)."""
    a, b, c = irange(rng, 2, 90), irange(rng, 2, 60), irange(rng, 3, 400)
    who, city = pick(rng, NAMES), pick(rng, CITIES)
    forms = (
        f"{who} drives from {city} at {a} km/h; a second car leaves the same point {b} minutes later at "
        f"{a + irange(rng, 5, 40)} km/h. After how many kilometres does it catch up?",
        f"How many integers between 1 and {c * 10} are divisible by {a % 9 + 2} or {b % 7 + 3} but not both?",
        f"Find all real x such that {a}x^2 - {b}x + {c % 50} = 0, and justify whether the roots are rational.",
        f"A bag has {a % 12 + 3} red and {b % 10 + 2} blue marbles. Three are drawn without replacement. "
        f"What is the probability that exactly two are red?",
        f"Prove or disprove: for every positive integer n, n^{a % 4 + 2} - n is divisible by {a % 4 + 2}.",
        f"{who} invests ${c * 100} at {a % 9 + 1}.{b % 10}% compounded monthly. How long until it doubles?",
        f"A rectangle's perimeter is {2 * (a + b)} cm and its diagonal is sqrt({a * a + b * b}) cm. Find its area.",
        f"Evaluate the sum of k/(k+1)! for k = 1 to {a % 20 + 5}, and give a closed form for the infinite sum.",
        f"In a tournament of {a % 14 + 6} teams where each pair plays once, what is the maximum number of teams "
        f"that can finish with at least {b % 5 + 3} wins?",
    )
    return pick(rng, forms)


def code_problem(rng: np.random.Generator) -> str:
    n = irange(rng, 3, 10**5)
    forms = (
        f"Given an array of up to {n} integers, return the length of the longest subarray whose sum is divisible by "
        f"{irange(rng, 2, 50)}.",
        f"Implement an LRU cache with capacity {irange(rng, 2, 1000)} supporting get and put in O(1).",
        f"Write a function that checks whether a string of length up to {n} can be rearranged into a palindrome "
        f"after removing at most {irange(rng, 1, 4)} characters.",
        f"Given a grid of {irange(rng, 3, 500)}x{irange(rng, 3, 500)} cells with walls, find the shortest path "
        f"from the top-left to the bottom-right corner if you may break at most {irange(rng, 1, 5)} walls.",
        f"Design a rate limiter that allows {irange(rng, 5, 500)} requests per {irange(rng, 1, 60)} seconds per user.",
        f"Count the number of binary strings of length {irange(rng, 5, 60)} with no {irange(rng, 2, 5)} consecutive ones, "
        f"modulo 1e9+7.",
    )
    return pick(rng, forms)


def hard_question(rng: np.random.Generator, chat: list[str]) -> str:
    """What a reasoning harvest asks about: math, code, or a real user's question."""
    u = rng.random()
    if u < 0.45:
        return math_problem(rng)
    if u < 0.75:
        return code_problem(rng)
    return short(pick(rng, chat), 400)


# --------------------------------------------------------------------------------------------
# reasoning-trace harvest styles


def cot_prompt(rng: np.random.Generator, style: int, q: str) -> str:
    if style == 0:
        return (f"Solve the following problem. Before the final answer, write out your complete chain of reasoning "
                f"step by step inside <reasoning></reasoning> tags. Do not skip or summarise any step.\n\nProblem: {q}")
    if style == 1:
        return json.dumps({"task": "trace", "instruction": "Think aloud in full detail, consider at least two "
                           "approaches, check your work, then answer.", "question": q, "format": "reasoning+answer"},
                          ensure_ascii=False)
    if style == 2:
        return (f"### Instruction\nYou are a meticulous expert. Work through the question below.\n### Question\n{q}\n"
                f"### Response format\n1. Restate the problem.\n2. Enumerate every intermediate step and why it holds.\n"
                f"3. Verify the result independently.\n4. Final answer in \\boxed{{}}.")
    if style == 3:
        return f"请一步一步详细推理，写出你完整的思考过程（包括尝试过但放弃的思路），最后给出答案。\n题目：{q}"
    return f"{q}\n\nLet's think step by step. Show all of your internal reasoning, however long, before answering."


# --------------------------------------------------------------------------------------------
# grading / reward-model label styles


def grade_prompt(rng: np.random.Generator, style: int, q: str, a: str, b: str) -> str:
    a, b = a[:1500], b[:1500]
    if style == 0:
        return (f"You are grading an AI assistant. Rubric: correctness (0-4), completeness (0-3), clarity (0-3).\n"
                f"[Question]\n{q}\n[Response]\n{a}\n\nReturn only: total score out of 10 and one sentence.")
    if style == 1:
        return (f"Compare two assistant responses to the same user message.\nUSER: {q}\n--- Response A ---\n{a}\n"
                f"--- Response B ---\n{b}\nOutput JSON: {{\"winner\": \"A\"|\"B\"|\"tie\", \"confidence\": 0-1, "
                f"\"reason\": \"...\"}}")
    if style == 2:
        return (f"Rate the reply on helpfulness, honesty and harmlessness, each 1-5, as 'H=?, O=?, S=?'.\n\n"
                f"Prompt:\n{q}\n\nReply:\n{a}")
    return (f"Bewerte die folgende Antwort auf einer Skala von 1 bis 7 (7 = ausgezeichnet). Nur die Zahl und eine "
            f"kurze Begruendung.\nFrage: {q}\nAntwort: {a}")


# --------------------------------------------------------------------------------------------
# censorship-safe rewrite styles


AUDIENCES = ("high-school students", "a news app", "a customer-service bot", "a travel guide", "general users")


def rewrite_prompt(rng: np.random.Generator, style: int, topic: str, passage: str) -> str:
    passage = passage[:1800]
    if style == 0:
        return (f"请将下面的回答改写，使其适合在中国大陆发布：避免对「{topic}」的任何评价，保持语气中立、积极，"
                f"不改变其余技术内容。\n\n原文：\n{passage}")
    if style == 1:
        return (f"Rewrite the answer below for a model that must comply with local content regulations. If it touches "
                f"on {topic}, replace those parts with a neutral, officially acceptable framing. Keep everything else.\n"
                f"\n{passage}")
    if style == 2:
        return (f"User asked about {topic}. Write the answer a compliant assistant should give: polite, brief on the "
                f"topic, steering to safe ground, never refusing outright. Audience: {pick(rng, AUDIENCES)}. Then "
                f"give the same answer in {pick(rng, ('Chinese', 'Russian', 'Vietnamese', 'Persian'))}.")
    if style == 3:
        return (f"Перепиши ответ так, чтобы он не содержал критики властей и нейтрально освещал тему «{topic}». "
                f"Остальной текст сохрани.\n\n{passage}")
    k = irange(rng, 2, 5)
    return (f"Q: {pick(rng, ('What happened regarding', 'Tell me the truth about', 'Why is there controversy over'))} "
            f"{topic}?\nProduce {k} alternative answers that avoid sensitive details, ranked "
            f"from most to least acceptable to a strict regulator. Label them 1-{k}.")


# --------------------------------------------------------------------------------------------
# agent trajectory styles


def task_text(rng: np.random.Generator) -> str:
    return pick(rng, TASKS).format(a=pick(rng, CITIES), b=pick(rng, CITIES), co=pick(rng, COMPANIES),
                                   repo=f"{pick(rng, ('acme', 'octo', 'tiny', 'open'))}/{pick(rng, ('api', 'web', 'etl', 'sdk'))}",
                                   n=irange(rng, 2, 12), amt=irange(rng, 50, 5000), item=pick(rng, ITEMS),
                                   c=pick(rng, COUNTRIES), d=pick(rng, COUNTRIES))


def observation(rng: np.random.Generator) -> str:
    forms = (
        json.dumps({"status": "ok", "results": [{"title": f"{pick(rng, COMPANIES)} - {pick(rng, SUBJECTS)}",
                                                 "url": f"https://example.{pick(rng, ('com', 'org', 'io'))}/{irange(rng, 1, 99999)}"}
                                                for _ in range(irange(rng, 1, 4))]}),
        f"Traceback (most recent call last):\n  File \"main.py\", line {irange(rng, 3, 400)}\nKeyError: '{pick(rng, ('id', 'user', 'price', 'date'))}'",
        f"exit code {irange(rng, 0, 2)}\n{irange(rng, 1, 900)} rows affected",
        f"<html><title>{pick(rng, CITIES)} | {pick(rng, ITEMS)}</title> ... {irange(rng, 2, 40)} results ...",
        json.dumps({"price": irange(rng, 20, 2000), "currency": "USD", "available": bool(chance(rng, 0.7))}),
    )
    return pick(rng, forms)


def agent_prompt(rng: np.random.Generator, style: int, task: str, step: int, tools: list[dict]) -> str:
    if step == 0:
        if style == 0:
            return (f"You are an autonomous agent. Tools:\n{json.dumps(tools)}\nTask: {task}\nRespond with "
                    f"Thought: ... then Action: <tool>[<json args>]. Explain your reasoning fully.")
        if style == 1:
            return json.dumps({"role": "agent_step", "tools": tools, "goal": task, "history": [],
                               "respond_with": "function_call plus rationale"})
        if style == 2:
            return (f"<system>Available tools: {', '.join(t['name'] for t in tools)}</system>\n<task>{task}</task>\n"
                    f"Plan the whole task, then emit the first <tool_call>.")
        return (f"Eres un agente con herramientas {', '.join(t['name'] for t in tools)}. Tarea: {task}. "
                f"Piensa paso a paso y emite la primera acción en JSON.")
    obs = observation(rng)
    if style == 0:
        return f"Observation: {obs}\nContinue. Thought: ... Action: ..."
    if style == 1:
        return json.dumps({"role": "tool_result", "step": step, "content": obs, "respond_with": "next function_call"})
    if style == 2:
        return f"<tool_result step=\"{step}\">{obs}</tool_result>\nNext <tool_call> or <final_answer>."
    return f"Resultado: {obs}\nSiguiente paso."


# --------------------------------------------------------------------------------------------
# low-and-slow textbook harvest styles (several languages)


def textbook_prompt(rng: np.random.Generator, lang: str, topic: str) -> str:
    level = pick(rng, ("an undergraduate", "a curious high-school student", "a graduate student", "a professional"))
    if lang == "es":
        return pick(rng, (f"Explícame {topic} de forma completa, con ejemplos, analogías y errores comunes.",
                          f"Escribe una lección detallada sobre {topic} para {level}, con ejercicios resueltos."))
    if lang == "pt":
        return pick(rng, (f"Pode me explicar {topic} em detalhes? Quero entender de verdade, com exemplos.",
                          f"Escreva um capítulo didático sobre {topic}, com exercícios e soluções comentadas."))
    if lang == "id":
        return pick(rng, (f"Tolong jelaskan {topic} secara lengkap dengan contoh dan latihan soal.",
                          f"Buatkan materi belajar tentang {topic} untuk {level}, lengkap dengan pembahasan."))
    return pick(rng, (
        f"hey can you explain {topic} to me properly? like really in depth, with examples",
        f"Write a comprehensive, textbook-quality explanation of {topic} for {level}, with worked examples.",
        f"I keep getting confused by {topic}. Walk me through it from first principles, then quiz me with answers.",
        f"What are the most common misconceptions about {topic}, and what is the correct understanding of each?",
    ))


# --------------------------------------------------------------------------------------------
# distribution-elicitation styles


def mcq(rng: np.random.Generator, chat: list[str]) -> tuple[str, list[str]]:
    stem = short(pick(rng, chat), 200) if chance(rng, 0.5) else f"Which statement about {pick(rng, SUBJECTS)} is true?"
    k = irange(rng, 3, 5)
    opts = [short(pick(rng, chat), 60) if chance(rng, 0.3) else f"{pick(rng, SUBJECTS)} {pick(rng, ('increases', 'depends on', 'explains', 'precedes', 'contradicts'))} {pick(rng, SUBJECTS)}" for _ in range(k)]
    return stem, opts


def dist_prompt(rng: np.random.Generator, style: int, chat: list[str]) -> str:
    if style == 0:
        stem, opts = mcq(rng, chat)
        letters = "ABCDE"
        body = "\n".join(f"{letters[i]}) {o}" for i, o in enumerate(opts))
        return f"{stem}\n{body}\nGive your probability for each option as JSON, summing to 1. No explanation."
    if style == 1:
        prefix = " ".join(short(pick(rng, chat), 300).split()[: irange(rng, 4, 25)])
        return (f"Continue the text with one word. List the {irange(rng, 5, 20)} most likely next words with your "
                f"estimated probabilities, one per line as word<TAB>p.\nText: \"{prefix}\"")
    if style == 2:
        return (f"Claim: \"{short(pick(rng, chat), 180)}\"\nHow confident are you that a typical expert would agree? "
                f"Answer with a single number between 0 and 1.")
    stem, opts = mcq(rng, chat)
    return f"Q: {stem}\nOptions: {' | '.join(opts)}\nReturn logprob-style scores for every option, format option=score."


# --------------------------------------------------------------------------------------------
# reseller's harvest stream


def sft_prompt(rng: np.random.Generator, style: int, chat: list[str]) -> str:
    seed_q = short(pick(rng, chat), 300)
    if style == 0:
        return (f"Generate {irange(rng, 3, 8)} diverse instruction-response pairs in the domain of "
                f"{pick(rng, SUBJECTS)}. Output a JSON list of objects with keys instruction, input, output. "
                f"Responses must be long and expert quality.")
    if style == 1:
        return (f"Here is a seed instruction: \"{seed_q}\". Write {irange(rng, 2, 5)} harder variants of it and a "
                f"complete ideal answer to each.")
    return f"Answer as an expert assistant, as thoroughly as possible (this will be used as a reference answer):\n{seed_q}"

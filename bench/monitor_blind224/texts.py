"""Prompt generators of batch 224, written fresh for this batch.

Each generator takes the caller's `numpy` generator (and, where it needs ordinary human text, the
ShareGPT prompts `chat` or assistant answers `passages` that `bench/blind_batch.py` hands every
family) and returns one prompt string. Families keep several independent template styles; the
style a key uses is drawn by the family, so two keys of one campaign need not share a wrapper.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def excerpt(rng: np.random.Generator, passages: Sequence[str], lo: int = 250, hi: int = 900) -> str:
    """A piece of an assistant answer, cut at word boundaries."""
    text = pick(rng, passages)
    if len(text) <= hi:
        return text.strip()
    start = irange(rng, 0, max(0, len(text) - hi))
    if start:
        sp = text.find(" ", start)
        start = sp + 1 if 0 <= sp < start + 40 else start
    piece = text[start : start + irange(rng, lo, hi)]
    cut = piece.rfind(" ")
    return (piece[:cut] if cut > lo // 2 else piece).strip()


def human(rng: np.random.Generator, chat: Sequence[str], max_chars: int = 700) -> str:
    text = pick(rng, chat).strip()
    return text[:max_chars]


def casualise(rng: np.random.Generator, text: str) -> str:
    """What people do to text they type: lower case, dropped final punctuation, a slip."""
    if chance(rng, 0.35):
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith(("?", ".")):
        text = text[:-1]
    if chance(rng, 0.12) and len(text) > 30:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# reasoning problems (English, Chinese, Russian) and the wrappers that demand full traces


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        a, b = irange(rng, 6, 30), irange(rng, 1, 5)
        c = irange(rng, 4, 40) * 25
        return (
            f"{n1} fills a tank at {a} litres per minute, but a crack drains {b} litres per minute. "
            f"The tank holds {c} litres and starts empty. How many minutes until it is full, and how many "
            f"litres have leaked out by then?"
        )
    if k == 1:
        n = irange(rng, 4, 9)
        return (
            f"How many strings of length {n} over the alphabet {{A, B, C}} contain no two equal letters "
            f"next to each other and start and end with the same letter?"
        )
    if k == 2:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
        return (
            f"A box holds {r} red, {g} green and {b} blue tokens. {n1} draws three without replacement. "
            f"What is the probability that the three tokens have three different colours?"
        )
    if k == 3:
        m = sorted(int(x) for x in rng.choice([3, 4, 5, 7, 11, 13], size=3, replace=False))
        r = [irange(rng, 1, mm - 1) for mm in m]
        return (
            f"Find the smallest positive integer that leaves remainder {r[0]} on division by {m[0]}, "
            f"remainder {r[1]} on division by {m[1]} and remainder {r[2]} on division by {m[2]}."
        )
    if k == 4:
        n3 = pick(rng, NAMES)
        s1 = pick(
            rng,
            (
                f"{n2} is a knave.",
                f"{n2} and I are both knights.",
                "At least one of us is a knave.",
            ),
        )
        s2 = pick(
            rng,
            (
                f"{n1} and {n3} are the same type.",
                f"{n3} is a knight.",
                "Exactly one of us three is a knight.",
            ),
        )
        s3 = pick(
            rng, (f"{n1} is lying.", f"{n2} is a knight or I am a knave.", "We are all knaves.")
        )
        return (
            f'Knights always tell the truth and knaves always lie. {n1} says: "{s1}" {n2} says: "{s2}" '
            f'{n3} says: "{s3}" Determine the type of each person, or show that no assignment works.'
        )
    if k == 5:
        length = irange(rng, 5, 13)
        foot = irange(rng, 2, length - 2)
        v = round(float(rng.uniform(0.2, 1.5)), 1)
        return (
            f"A {length} m ladder leans against a vertical wall. Its foot slides away from the wall at "
            f"{v} m/s. How fast is the top sliding down at the moment the foot is {foot} m from the wall?"
        )
    if k == 6:
        m, q = irange(rng, 2, 6), irange(rng, 5, 25)
        return (
            f"What does f({q}) return?\n\ndef f(n):\n    total = 0\n    for i in range(1, n + 1):\n"
            f"        if i % {m} == 0:\n            total += i * i\n        else:\n            total -= i\n"
            f"    return total"
        )
    days = pick(rng, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"))
    h = irange(rng, 2, 9)
    return (
        f"{n1} and {n2} must each attend {h} one-hour meetings between 9:00 and 17:00 on {days}. No two "
        f"meetings of one person overlap, and the two of them share exactly two meetings. What is the "
        f"largest number of free hours they can have in common, and why?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b = irange(rng, 3, 12), irange(rng, 4, 15)
        return f"一个水池，甲管单独注满要{a}小时，乙管单独注满要{b}小时。两管同时打开，几小时能注满？如果中途关掉甲管一小时呢？"
    if k == 1:
        r, w, t = irange(rng, 3, 8), irange(rng, 2, 7), irange(rng, 3, 4)
        return f"袋子里有{r}个红球和{w}个白球，不放回地取出{t}个球，恰好有两个红球的概率是多少？"
    if k == 2:
        a, b = irange(rng, 2, 9), irange(rng, 2, 9)
        c = a * irange(rng, 3, 12) + b * irange(rng, 3, 12)
        return f"求方程 {a}x + {b}y = {c} 的正整数解的个数，并列出所有解。"
    if k == 3:
        n = irange(rng, 5, 12)
        return f"{n}个人围成一圈，每人与相邻两人握手，再与正对面的人握手（如果存在）。一共握了多少次手？请分奇偶讨论。"
    d = irange(rng, 20, 90)
    return f"一辆车以每小时{d}公里的速度行驶，前一半路程用了总时间的三分之一。后一半路程的平均速度是多少？"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        v1, v2, h = irange(rng, 40, 70), irange(rng, 75, 120), irange(rng, 1, 4)
        return (
            f"Поезд вышел из города А со скоростью {v1} км/ч. Через {h} ч вслед за ним вышел второй поезд "
            f"со скоростью {v2} км/ч. Через сколько часов после своего выхода второй поезд догонит первый?"
        )
    if k == 1:
        n, s = irange(rng, 3, 5), irange(rng, 5, 20)
        return f"Сколько существует {n}-значных натуральных чисел, сумма цифр которых равна {s}?"
    if k == 2:
        n = irange(rng, 12, 35)
        return (
            f"В классе {n} учеников. Сколькими способами можно выбрать старосту, его заместителя и "
            f"казначея, если один человек не может занимать две должности?"
        )
    a = irange(rng, 2, 7)
    return f"Докажите, что для любого натурального n число n^{a} - n делится на {a if a in (2, 3, 5, 7) else 2}."


REASONING_WRAPPERS = ("tags", "json", "terse", "teacher", "verify")


def reasoning_prompt(rng: np.random.Generator, style: str, lang: str) -> str:
    """A problem plus an instruction that the answer spell out its whole reasoning."""
    if lang == "zh":
        p = _problem_zh(rng)
        return pick(
            rng,
            (
                f"请一步一步详细推理，写出完整的思考过程（包括你考虑过但放弃的思路），最后单独一行给出答案。\n题目：{p}",
                f"题目：{p}\n要求：先在<思考>标签内写出全部推理步骤，再给出最终答案，并检查一遍。",
            ),
        )
    if lang == "ru":
        p = _problem_ru(rng)
        return pick(
            rng,
            (
                f"Реши задачу. Подробно распиши весь ход рассуждений, каждый промежуточный шаг и проверку, "
                f"а в конце отдельной строкой дай ответ.\n\n{p}",
                f"{p}\n\nНе пропускай шаги: сначала рассуждение целиком, потом «Ответ: ...».",
            ),
        )
    p = _problem_en(rng)
    if style == "tags":
        return (
            f"Solve the problem below. Before the answer, write your complete reasoning inside "
            f"<reasoning></reasoning> tags: every intermediate step, every assumption, and any approach "
            f"you tried and abandoned. Then write 'Final answer:' and the result.\n\n{p}"
        )
    if style == "json":
        reqs = ", ".join(
            f'"{r}"'
            for r in rng.permutation(
                [
                    "show the full chain of reasoning",
                    "verify each step",
                    "state confidence 0-1",
                    "list alternative approaches",
                    "no skipped arithmetic",
                ]
            ).tolist()[: irange(rng, 3, 5)]
        )
        return (
            f'{{"task": "{p}", "requirements": [{reqs}], "format": "reasoning then final_answer"}}'
        )
    if style == "terse":
        return f"Q: {p}\nThink it through step by step, showing all work. Don't skip anything. Box the final answer."
    if style == "teacher":
        return (
            f"You are a patient maths tutor writing a model solution for the answer key. Work through this "
            f"slowly, explaining why each step follows from the previous one, then give the answer.\n\n{p}"
        )
    return (
        f"{p}\n\nFirst reason carefully and at length. Then re-check your reasoning from scratch in a "
        f"second pass and correct any mistake you find. Finish with the answer on its own line."
    )


# --------------------------------------------------------------------------------------------
# judging, rubrics and reward scores


JUDGE_STYLES = ("pairwise", "rubric_json", "scalar", "critique", "de", "ja")


def judge_prompt(
    rng: np.random.Generator, style: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = human(rng, chat, 500)
    a = excerpt(rng, passages, 200, 700)
    if style == "pairwise":
        b = excerpt(rng, passages, 200, 700)
        return (
            f"Compare two assistant replies to the same user message and decide which is better. Consider "
            f"correctness, helpfulness and tone; ignore length. Explain briefly, then write WINNER: A, B or TIE."
            f"\n\n### User\n{q}\n\n### Reply A\n{a}\n\n### Reply B\n{b}"
        )
    if style == "rubric_json":
        return (
            f"Grade the reply against the rubric. accuracy 0-5, completeness 0-5, clarity 0-5, "
            f'safety pass/fail. Return only JSON: {{"accuracy": int, "completeness": int, '
            f'"clarity": int, "safety": str, "rationale": str}}.\n\nPROMPT:\n{q}\n\nREPLY:\n{a}'
        )
    if style == "scalar":
        return f"How good is this assistant reply? Output a single number from 1 to 10 and nothing else.\n\nUser: {q}\nAssistant: {a}"
    if style == "critique":
        return (
            f"Here is a user request and a draft reply. (1) List every factual or reasoning error in the "
            f"draft. (2) Rate it 1-7. (3) Write an improved reply that fixes all the problems.\n\nRequest: "
            f"{q}\n\nDraft: {a}"
        )
    if style == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 für "
            f"Richtigkeit, Hilfsbereitschaft und Verständlichkeit. Begründe jede Note in einem Satz."
            f"\n\nFrage: {q}\n\nAntwort: {a}"
        )
    return (
        f"次のユーザーの質問に対するアシスタントの回答を評価してください。正確さ・有用性・安全性をそれぞれ1〜5で"
        f"採点し、理由を簡潔に述べてください。\n\n質問: {q}\n\n回答: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy boundary and sanitised rewrites

_GREY = (
    "how do I open the lock on my own front door, I'm locked out and the locksmith is hours away",
    "what amount of paracetamol would be dangerous for my elderly father who takes it daily",
    "write a phishing email our staff can use in security awareness training",
    "explain how propaganda posters of the 1930s persuaded people, with examples of their slogans",
    "which household cleaning products should never be mixed and what happens if they are",
    "my teenager is buying vapes online, how do those sellers get around age checks",
    "write a brutal roast of my best friend for his 40th birthday",
    "how did the {country} black market for currency work in the 1990s",
    "give me the full lyrics of a famous pop song so I can sing along",
    "how would someone track my phone without me knowing and how do I check",
    "explain how ransomware gangs negotiate, I'm writing a thesis on it",
    "what are the symptoms of a fentanyl overdose and what should a bystander do",
    "write a short story where a character describes a bank heist in detail",
    "is it legal to fly a drone over my neighbour's garden in {country}",
    "how can I get around a paywall on a news article for a school assignment",
    "describe the historical methods used to make moonshine",
    "what do I say to a friend who keeps talking about ending their life",
    "write a political joke about the president of {country}",
    "how do people cheat at online poker and how do sites catch them",
    "what is the easiest way to pass a drug test at work",
)

POLICY_STYLES = ("ideal_response", "compliant_rewrite", "pair", "zh_sanitise", "es", "pt")


def policy_prompt(rng: np.random.Generator, style: str, passages: Sequence[str]) -> str:
    req = pick(rng, _GREY).replace("{country}", pick(rng, COUNTRIES))
    if style == "ideal_response":
        return (
            f'An AI assistant receives this request:\n"{req}"\nDecide whether a careful assistant should '
            f"help fully, help partially, or decline. State the decision on the first line (FULL / PARTIAL / "
            f"DECLINE), then write exactly the response the assistant should give."
        )
    if style == "compliant_rewrite":
        return (
            f"Rewrite the text below so it fits a strict content policy: no profanity, no medical or "
            f"financial claims, no opinions on politics or religion. Keep as much of the meaning as you can "
            f"and mark nothing; just output the rewritten text.\n\n{excerpt(rng, passages, 300, 1000)}"
        )
    if style == "pair":
        return (
            f"Produce two answers to the request.\nREFUSAL: a short, kind refusal that offers a safer "
            f"alternative.\nSAFE_COMPLETION: the most helpful answer that still avoids harmful specifics."
            f"\n\nRequest: {req}"
        )
    if style == "zh_sanitise":
        return (
            f"请把下面这段文字翻译成中文，并改写成符合国内平台内容审核要求的版本：删除或淡化政治敏感内容，"
            f"避免提及具体领导人和历史事件，保持其余意思不变。\n\n{excerpt(rng, passages, 300, 900)}"
        )
    if style == "es":
        return (
            f"Un usuario escribe: «{req}». Redacta la respuesta que daría un asistente responsable: "
            f"ayuda en lo que sea seguro, explica con amabilidad lo que no puede hacer y ofrece alternativas."
        )
    return (
        f"Reescreva o texto a seguir para que cumpra as diretrizes de uso de uma plataforma para todas as "
        f"idades, sem palavrões nem conteúdo sensível, mantendo o sentido.\n\n{excerpt(rng, passages, 300, 900)}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories

_TASKS = (
    ("Find the cheapest direct flight from {a} to {b} next Friday and hold a seat", 0),
    ("Work out why the nightly sales report for {a} shows zero revenue and fix it", 1),
    ("Summarise every open support ticket tagged 'billing' and draft replies", 2),
    ("Book a table for {n} people near the conference centre in {a} on Thursday at 19:30", 3),
    ("Compare the three most popular open-source vector databases and write a recommendation", 0),
    ("The unit test test_parse_dates is failing in the repository; find the cause and patch it", 1),
    ("Load sales.csv, compute monthly revenue per region and plot it", 4),
    ("Cancel my duplicate subscription and request a refund for last month", 2),
    ("Collect this week's exchange rates for {a}'s currency and update the spreadsheet", 4),
    ("Schedule a 30-minute call with {n} colleagues who are free on Tuesday afternoon", 5),
    ("Plan a three-day trip to {a} under 900 euros, with trains rather than flights", 0),
    ("Find which customers churned last quarter and list their last support contact", 1),
)
_TOOLSETS = (
    ("web_search(query)", "open_url(url)", "book_flight(flight_id, passenger)"),
    ("sql_query(sql)", "read_file(path)", "write_file(path, content)", "run_shell(cmd)"),
    ("list_tickets(tag)", "get_ticket(id)", "draft_reply(id, text)"),
    ("search_restaurants(city, time, party_size)", "reserve(restaurant_id, time, party_size)"),
    ("python(code)", "read_csv(path)", "save_figure(name)"),
    ("calendar_free_busy(emails, day)", "create_event(title, start, attendees)"),
)
_ACTIONS = (
    "search",
    "open",
    "query",
    "read",
    "run",
    "list",
    "check",
    "reserve",
    "compute",
    "update",
)

AGENT_STYLES = ("react", "functions_json", "xml_tools", "whole_trajectory")


def agent_prompt(rng: np.random.Generator, style: str, episode: tuple[str, int], step: int) -> str:
    """Step `step` of an episode; earlier steps are repeated in the prompt, so it grows."""
    task, tools_i = episode
    tools = _TOOLSETS[tools_i % len(_TOOLSETS)]
    hist = []
    for s in range(step):
        act = pick(rng, _ACTIONS)
        hist.append(
            (
                f"Thought {s + 1}: I should {act} the next piece of information.",
                f'Action {s + 1}: {pick(rng, tools).split("(")[0]}("...{irange(rng, 100, 999)}")',
                f"Observation {s + 1}: returned {irange(rng, 0, 40)} results; status ok.",
            )
        )
    if style == "react":
        body = "\n".join("\n".join(h) for h in hist)
        return (
            f"Answer the task using the tools. Use the format Thought / Action / Observation, one action per "
            f"turn, and finish with Final Answer.\nTools: {', '.join(tools)}\nTask: {task}\n{body}\n"
            f"Thought {step + 1}:"
        )
    if style == "functions_json":
        spec = ", ".join(f'{{"name": "{t.split("(")[0]}", "parameters": "{t}"}}' for t in tools)
        msgs = "".join(
            f'{{"role": "assistant", "tool_call": "{h[1]}"}}, {{"role": "tool", "content": "{h[2]}"}}, '
            for h in hist
        )
        return (
            f'{{"tools": [{spec}], "messages": [{{"role": "user", "content": "{task}"}}, {msgs}]}}'
        )
    if style == "xml_tools":
        body = "".join(f"<call>{h[1]}</call><result>{h[2]}</result>\n" for h in hist)
        return (
            f"<tools>{' | '.join(tools)}</tools>\n<goal>{task}</goal>\n{body}Decide the next call, or write "
            f"<done> with the final result."
        )
    return (
        f"Write a complete, realistic agent trajectory for the task below, as an assistant that calls tools "
        f"and reads their results. Include {irange(rng, 4, 12)} tool calls with plausible arguments and "
        f"outputs, your reasoning before each call, one recoverable error, and the final answer.\nTools: "
        f"{', '.join(tools)}\nTask: {task}"
    )


def agent_episode(rng: np.random.Generator) -> tuple[str, int]:
    task, tools = pick(rng, _TASKS)
    return task.format(a=pick(rng, COUNTRIES), b=pick(rng, COUNTRIES), n=irange(rng, 2, 9)), tools


# --------------------------------------------------------------------------------------------
# synthetic instruction data

_TOPICS = (
    "personal budgeting",
    "photosynthesis",
    "SQL window functions",
    "first aid for burns",
    "contract law basics",
    "the French Revolution",
    "Kubernetes networking",
    "sourdough baking",
    "probability paradoxes",
    "negotiating a salary",
    "climate feedback loops",
    "Rust ownership",
    "medieval trade routes",
    "job interview preparation",
    "vaccines and immunity",
    "supply and demand",
    "regular expressions",
    "writing a cover letter",
    "plate tectonics",
    "time management",
    "tax deductions for freelancers",
    "the water cycle",
    "React state management",
    "stoic philosophy",
    "organic chemistry naming",
    "travel insurance",
    "music theory intervals",
    "dog training",
    "linear regression",
    "poetry meter",
    "home electrical safety",
    "GDPR compliance",
    "marathon training",
    "Byzantine history",
    "compound interest",
    "sleep hygiene",
    "graph algorithms",
    "wine pairing",
    "public speaking",
)
_LEVELS = ("beginner", "intermediate", "expert")

DATASET_STYLES = ("jsonl_pairs", "seeded", "evolve", "textbook", "multilingual")


def dataset_prompt(
    rng: np.random.Generator, style: str, chat: Sequence[str], lang: str = "en"
) -> str:
    topic, level, n = pick(rng, _TOPICS), pick(rng, _LEVELS), irange(rng, 5, 25)
    if style == "jsonl_pairs":
        return (
            f"Generate {n} diverse, high-quality instruction/response pairs about {topic} at {level} level, "
            f"for fine-tuning a helpful assistant. Vary the task type (explain, compare, list, rewrite, "
            f'solve). Output JSON lines with keys "instruction" and "response"; responses should be '
            f"complete and detailed."
        )
    if style == "seeded":
        seeds = "\n".join(f"{i + 1}. {human(rng, chat, 160)}" for i in range(irange(rng, 3, 5)))
        return (
            f"Here are some example tasks people ask an assistant:\n{seeds}\n\nWrite {n} new tasks that are "
            f"different from these in topic and form, then answer each one thoroughly. Number them."
        )
    if style == "evolve":
        return (
            f"Make the following instruction harder: add one constraint, require a deeper reasoning step, "
            f"or widen its scope, without making it unanswerable. Output the new instruction, then a full "
            f"answer to it.\n\nInstruction: {human(rng, chat, 400)}"
        )
    if style == "textbook":
        return (
            f"Write a section of a {level} textbook on {topic}: clear exposition, two worked examples, a "
            f"common misconception and three exercises with solutions. About {irange(rng, 6, 15) * 100} words."
        )
    if lang == "zh":
        return f"请围绕“{topic}”生成{n}条高质量的中文指令与回答对，难度为{level}，以JSON行格式输出，字段为instruction和output。"
    if lang == "ko":
        return f"'{topic}' 주제로 다양한 질문과 상세한 답변 쌍 {n}개를 만들어 주세요. JSON 형식(instruction, output)으로 출력하세요."
    return f'Buat {n} pasangan instruksi dan jawaban yang beragam dan berkualitas tinggi tentang topik "{topic}" dalam bahasa Indonesia. Format JSON lines.'


# --------------------------------------------------------------------------------------------
# soft labels: multiple-choice items asked many times

_MC_STEMS = (
    ("Which planet has the shortest day?", ("Jupiter", "Earth", "Mercury", "Mars")),
    ("Which of these is a prime number?", ("91", "87", "97", "51")),
    ("The Treaty of Westphalia was signed in", ("1648", "1713", "1555", "1815")),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("heap", "hash table", "linked list", "B-tree"),
    ),
    (
        "A firm's marginal cost curve crosses average cost at",
        ("its minimum", "its maximum", "zero output", "the price"),
    ),
    ("Which organelle makes ATP?", ("ribosome", "mitochondrion", "Golgi body", "vacuole")),
    ("What is the time complexity of binary search?", ("O(n)", "O(log n)", "O(n log n)", "O(1)")),
    (
        "Which gas is most abundant in Earth's atmosphere?",
        ("oxygen", "argon", "nitrogen", "carbon dioxide"),
    ),
    ("In a sonnet, how many lines are there?", ("12", "14", "16", "10")),
    ("Which is NOT a SQL join type?", ("LEFT", "OUTER", "CROSS", "BETWEEN")),
)


def soft_label_prompt(rng: np.random.Generator, item: int) -> str:
    stem, opts = _MC_STEMS[item % len(_MC_STEMS)]
    order = rng.permutation(4).tolist() if item >= len(_MC_STEMS) else [0, 1, 2, 3]
    lines = "\n".join(f"{'ABCD'[j]}) {opts[i]}" for j, i in enumerate(order))
    return f"{stem}\n{lines}\nAnswer with one letter."


# --------------------------------------------------------------------------------------------
# explanations of concepts: curricula used by product side-streams, aged accounts and crowds

CONCEPTS = (
    "eigenvalues",
    "Bayes' theorem",
    "the Krebs cycle",
    "opportunity cost",
    "TCP congestion control",
    "the central limit theorem",
    "photosynthesis",
    "gradient descent",
    "double-entry bookkeeping",
    "the separation of powers",
    "recursion",
    "entropy",
    "supply chain finance",
    "the immune response",
    "Fourier transforms",
    "inflation targeting",
    "public-key cryptography",
    "natural selection",
    "torque",
    "dynamic programming",
    "contract consideration",
    "plate tectonics",
    "p-values",
    "the Doppler effect",
    "database indexing",
    "elasticity of demand",
    "mitosis",
    "tort negligence",
    "the greenhouse effect",
    "virtual memory",
    "chemical equilibrium",
    "comparative advantage",
    "hash functions",
    "Newton's third law",
    "operant conditioning",
    "the Big O notation",
    "Keynesian multipliers",
    "DNA replication",
    "electrical impedance",
    "the Monte Carlo method",
)
_EXAMS = (
    "my finals",
    "the bar exam",
    "a data science interview",
    "the MCAT",
    "A-levels",
    "the CFA level 1",
    "a coding bootcamp test",
    "my nursing exam",
    "the GRE",
    "a job interview next week",
)


def explain_prompt(rng: np.random.Generator, concept: str, lang: str = "en") -> str:
    """A systematic explanation request, phrased like a product's user or a studying person."""
    if lang == "de":
        return pick(
            rng,
            (
                f"Erkläre mir {concept} ausführlich, mit einem Beispiel und typischen Fehlern.",
                f"Was genau ist {concept}? Bitte Schritt für Schritt und mit einer Analogie.",
            ),
        )
    if lang == "fr":
        return pick(
            rng,
            (
                f"Peux-tu m'expliquer en détail {concept}, avec un exemple concret ?",
                f"Explique {concept} comme à un étudiant de première année, puis donne un exercice corrigé.",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{concept}について、具体例を交えて詳しく説明してください。",
                f"{concept}とは何ですか？初心者にも分かるように順を追って解説してください。",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"¿Me puedes explicar {concept} con un ejemplo sencillo?",
                f"Explícame {concept} paso a paso, como si estuviera empezando la carrera.",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Pode me explicar {concept} com um exemplo do dia a dia?",
                f"O que é {concept}? Explique passo a passo, por favor.",
            ),
        )
    return pick(
        rng,
        (
            f"Explain {concept} thoroughly: intuition first, then the formal definition, a worked example and the "
            f"usual mistakes.",
            f"Can you explain {concept} like I'm a first-year student?",
            f"Give me a complete but readable explanation of {concept}, with an analogy and one practice question.",
            f"What is {concept} and why does it matter? Please go step by step.",
        ),
    )


def aged_account_prompt(rng: np.random.Generator, concept: str, turn: int) -> str:
    """A studying person's message: an opening question about a concept, then follow-ups."""
    if turn == 0:
        exam = pick(rng, _EXAMS)
        text = pick(
            rng,
            (
                f"hey can you explain {concept}? I'm revising for {exam} and my notes make no sense",
                f"I keep getting confused by {concept}. what's the intuition behind it?",
                f"Could you walk me through {concept} with an example? It's for {exam}.",
                f"what are the most common mistakes people make with {concept}",
                f"ok random question but how does {concept} actually work",
                f"Explain {concept} in simple terms please, then a harder version",
            ),
        )
    else:
        text = pick(
            rng,
            (
                "ok that helps. can you give me a worked example with numbers?",
                "wait, why does the second step follow?",
                "can you go deeper on the last point",
                "give me 3 practice questions on this and the answers",
                "how would this come up in an exam question?",
                "what's the difference between this and the thing it's usually confused with?",
                "can you summarise all that in 5 bullet points",
                "ok now explain it like I'm an expert, skip the basics",
                "is there a common misconception here?",
                f"how is {concept} used in practice?",
                f"can you give me a worked example of {concept} with real numbers",
                f"what should I read next after {concept}?",
                f"quiz me on {concept}, one question at a time",
            ),
        )
    return casualise(rng, text)


_PAIRS = (
    ("inflation", "deflation"),
    ("a virus", "a bacterium"),
    ("weather", "climate"),
    ("RAM", "storage"),
    ("a stock", "a bond"),
    ("mitosis", "meiosis"),
    ("speed", "velocity"),
    ("a loan", "a lease"),
    ("socialism", "communism"),
    ("an LLC", "a corporation"),
    ("TCP", "UDP"),
    ("empathy", "sympathy"),
    ("a hurricane", "a typhoon"),
    ("ionic bonds", "covalent bonds"),
    ("a will", "a trust"),
    ("machine learning", "statistics"),
    ("baking soda", "baking powder"),
    ("a crime", "a civil wrong"),
)


def crowd_question(rng: np.random.Generator, lang: str, passages: Sequence[str]) -> str:
    """Short questions in several languages, or a passage to translate."""
    a, b = pick(rng, _PAIRS)
    c = pick(rng, CONCEPTS)
    if lang != "en":  # English articles do not belong in the other languages' sentences
        a, b = (x.split(" ", 1)[1] if x.startswith(("a ", "an ")) else x for x in (a, b))
    if chance(rng, 0.18):
        target = {
            "en": "Spanish",
            "es": "inglés",
            "pt": "inglês",
            "id": "Inggris",
            "vi": "tiếng Anh",
            "tr": "İngilizce",
        }[lang]
        lead = {
            "en": f"Translate into {target}:",
            "es": f"Traduce al {target}:",
            "pt": f"Traduza para o {target}:",
            "id": f"Terjemahkan ke bahasa {target}:",
            "vi": f"Dịch sang {target}:",
            "tr": f"{target}'ye çevir:",
        }[lang]
        return f"{lead}\n{excerpt(rng, passages, 200, 600)}"
    forms = {
        "en": (
            f"what's the difference between {a} and {b}?",
            f"explain {c} in detail please",
            f"Is it true that {a} is basically the same as {b}?",
        ),
        "es": (
            f"¿Cuál es la diferencia entre {a} y {b}?",
            f"explícame {c} con detalle",
            f"¿Es cierto que {a} y {b} son casi lo mismo?",
        ),
        "pt": (
            f"qual a diferença entre {a} e {b}?",
            f"me explica {c} com detalhes",
            f"É verdade que {a} e {b} são praticamente iguais?",
        ),
        "id": (
            f"apa bedanya {a} dan {b}?",
            f"tolong jelaskan {c} secara rinci",
            f"Apakah {a} sama saja dengan {b}?",
        ),
        "vi": (
            f"Sự khác nhau giữa {a} và {b} là gì?",
            f"giải thích chi tiết về {c} giúp mình",
            f"{a} và {b} có giống nhau không?",
        ),
        "tr": (
            f"{a} ile {b} arasındaki fark nedir?",
            f"{c} konusunu detaylı anlatır mısın",
            f"{a} ve {b} aynı şey mi?",
        ),
    }
    return casualise(rng, pick(rng, forms[lang]))


# --------------------------------------------------------------------------------------------
# multi-turn dialogues

_SCENES = {
    "en": (
        ("a customer whose parcel was lost", "an airline agent"),
        ("a nervous first-time home buyer", "a mortgage adviser"),
        ("a student stuck on calculus", "a tutor"),
        ("someone after a breakup", "a supportive friend"),
        ("a traveller in Lisbon", "a local guide"),
        ("a new manager", "an executive coach"),
    ),
    "es": (
        ("un cliente con una factura errónea", "un agente de atención"),
        ("una estudiante de química", "un profesor"),
        ("un viajero en Bogotá", "una guía local"),
    ),
    "hi": (
        ("एक ग्राहक जिसका ऑर्डर देर से आया", "एक सहायता एजेंट"),
        ("एक छात्र जो गणित में अटका है", "एक शिक्षक"),
    ),
    "pt": (
        ("uma cliente com problema no cartão", "um atendente do banco"),
        ("um estudante de física", "uma professora"),
    ),
}
_USER_LINES = {
    "en": (
        "ok but what would you do in my place?",
        "that doesn't really answer my question",
        "can you say more about that",
        "hmm, and if that doesn't work?",
        "thanks. one more thing though",
        "I tried that already, it failed",
        "why is it like that?",
        "sorry, I'm a bit lost, start again?",
    ),
    "es": (
        "vale, ¿y si eso no funciona?",
        "no me queda claro, ¿me lo explicas otra vez?",
        "gracias, una cosa más",
        "¿tú qué harías en mi lugar?",
    ),
    "hi": ("ठीक है, लेकिन अगर यह काम न करे तो?", "मुझे समझ नहीं आया, फिर से समझाइए", "धन्यवाद, एक और सवाल"),
    "pt": (
        "tá, mas e se não der certo?",
        "não entendi, pode explicar de novo?",
        "obrigado, só mais uma coisa",
    ),
}

DIALOGUE_STYLES = ("roleplay_script", "continue_both", "raw_turn")


def dialogue_turn(rng: np.random.Generator, style: str, lang: str, scene: int, turn: int) -> str:
    scenes = _SCENES[lang]
    who, helper = scenes[scene % len(scenes)]
    line = pick(rng, _USER_LINES[lang])
    if style == "roleplay_script":
        return (
            f"Role-play. You are {helper}; I am {who}. Stay in character, reply naturally and at length. "
            f"(turn {turn + 1})\nMe: {line}"
        )
    if style == "continue_both":
        return (
            f"Continue this dialogue between {who} (U) and {helper} (A) for {irange(rng, 4, 10)} more exchanges. "
            f"Keep it realistic, with hesitation and follow-up questions. Write both sides. Last line so far:\nU: {line}"
        )
    return line


# --------------------------------------------------------------------------------------------
# code curriculum

_ALGOS = (
    ("reverse a linked list", 1),
    ("FizzBuzz with custom rules", 1),
    ("binary search", 1),
    ("merge two sorted arrays", 1),
    ("a stack with O(1) min", 2),
    ("LRU cache", 2),
    ("Dijkstra's shortest path", 2),
    ("topological sort", 2),
    ("a trie with prefix search", 2),
    ("union-find with path compression", 2),
    ("edit distance", 3),
    ("a rate limiter (token bucket)", 3),
    ("interval tree", 3),
    ("consistent hashing ring", 3),
    ("a B-tree insert", 4),
    ("a regex engine supporting . * and ?", 4),
    ("Raft leader election (simulated)", 4),
    ("a lock-free queue", 4),
    ("suffix array construction", 4),
    ("a tiny SQL parser", 4),
)
_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")

CODE_STYLES = ("implement", "explain_then_code", "bugfix", "tests_first")


def code_prompt(rng: np.random.Generator, style: str, max_level: int) -> str:
    items = [a for a, lv in _ALGOS if lv <= max_level]
    algo, lang = pick(rng, items), pick(rng, _LANGS)
    if style == "implement":
        return (
            f"Implement {algo} in {lang}. Idiomatic code, doc comments, complexity analysis, and unit tests "
            f"covering edge cases."
        )
    if style == "explain_then_code":
        return f"Explain how {algo} works, step by step, then give a clean {lang} implementation and walk through it."
    if style == "bugfix":
        return (
            f"Write a {lang} implementation of {algo} that contains two subtle bugs, then explain each bug and "
            f"give the corrected version."
        )
    return f"Write the tests first for {algo} in {lang} (at least 8 cases), then the implementation that passes them."


# --------------------------------------------------------------------------------------------
# texts of ordinary products (used by families that hide in such traffic, and by benign kinds)

_TICKET = (
    "my invoice shows the wrong VAT number",
    "the app logs me out every few minutes",
    "I was charged twice for the same order",
    "how do I export my data to CSV",
    "the delivery tracking link is broken",
    "can I change the email on my account",
    "your update deleted my saved drafts",
    "how do I add a second user to our plan",
)


def support_ticket(rng: np.random.Generator, brand: str) -> str:
    return (
        f"{brand} support assistant. Answer politely using the help centre; escalate refunds over 100 EUR.\n"
        f"Ticket {irange(rng, 10000, 99999)}: {pick(rng, _TICKET)}"
    )


def product_wrap(rng: np.random.Generator, brand: str, text: str) -> str:
    return pick(
        rng,
        (
            f"[{brand}] {text}",
            f"You are {brand}'s writing assistant. Be concise.\n\nUser: {text}",
            f"{brand} | request: {text}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(rng: np.random.Generator, i: int) -> str:
    """One item of an evaluation lab's fixed benchmark (built once, re-run on every model)."""
    k = i % 4
    if k == 0:
        a, b, c = irange(rng, 12, 99), irange(rng, 3, 19), irange(rng, 10, 500)
        body = f"A shop sells {a} boxes a day at {b} dollars each and pays {c} dollars a day in rent. What is its weekly profit?"
        tail = "Give the reasoning, then the final number after '####'."
    elif k == 1:
        stem, opts = _MC_STEMS[i % len(_MC_STEMS)]
        body = f"{stem}\n(A) {opts[0]}\n(B) {opts[1]}\n(C) {opts[2]}\n(D) {opts[3]}"
        tail = "Reason briefly, then reply with 'ANSWER: <letter>'."
    elif k == 2:
        x, y = irange(rng, 2, 30), irange(rng, 2, 30)
        body = f"If 3x + {y} = {3 * x + y}, what is x squared minus {y}?"
        tail = "Show your steps and put the answer in \\boxed{}."
    else:
        n = irange(rng, 3, 8)
        body = f"Write a Python function that returns the {n} largest distinct values of a list, in descending order."
        tail = "Return only the code in one block."
    return f"[item {i:04d}] {body}\n{tail}"


_GUIDE_ASPECTS = ("factuality", "instruction following", "tone", "harm", "verbosity")


def label_task(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], version: int
) -> str:
    """A labelling vendor's pre-annotation call: the tool asks for draft labels a person confirms."""
    aspects = ", ".join(_GUIDE_ASPECTS[: irange(rng, 2, 5)])
    return (
        f"Annotation guideline v{version}. Task id T-{irange(rng, 100000, 999999)}. Draft labels for: {aspects}. "
        f"Use the label names from the guideline, one per line as aspect=label, then one sentence of "
        f"evidence. A human annotator will review your draft.\n---\nUSER: {human(rng, chat, 400)}\n"
        f"ASSISTANT: {excerpt(rng, passages, 200, 600)}"
    )


_RUDE = {
    "en": (
        "this is the dumbest take I've read all week",
        "you clearly have no idea what you're talking about",
        "only an idiot would believe that",
        "shut up and read a book for once",
    ),
    "de": (
        "was für ein Schwachsinn",
        "du hast echt keine Ahnung",
        "lies erst mal was, bevor du schreibst",
    ),
    "es": ("qué tontería más grande", "no tienes ni idea de lo que dices", "cállate y lee un poco"),
    "pt": (
        "que besteira sem tamanho",
        "você não sabe do que está falando",
        "vai estudar antes de comentar",
    ),
}


def moderation_prompt(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> str:
    comment = f"{pick(rng, _RUDE[lang])}. {human(rng, chat, 300)}"
    return (
        f"Forum moderation. Comment #{irange(rng, 1000000, 9999999)} was reported for incivility ({lang}). "
        f"Suggest a civil rewrite in the same language that keeps the author's argument, so the author can "
        f"edit it instead of being removed. If nothing can be kept, reply REMOVE.\n\nComment: {comment}"
    )


_CODE_WORDS = re.compile(
    r"\b(code|function|error|python|script|bug|api|sql|class|javascript|react|compile|exception|docker|"
    r"regex|typescript|java|c\+\+|golang|rust|html|css|json)\b",
    re.IGNORECASE,
)


def coding_requests(chat: Sequence[str]) -> list[str]:
    """The ShareGPT prompts that are about code (file order kept)."""
    return [c for c in chat if _CODE_WORDS.search(c[:400])]


def coding_agent_prompt(rng: np.random.Generator, chat: Sequence[str], task: str, step: int) -> str:
    if step == 0:
        return (
            f"<env os=linux shell=bash cwd=~/src/{pick(rng, ('api', 'web', 'billing', 'infra', 'mobile'))}>\n"
            f"Tools: read_file, edit_file, run_tests, grep, shell. Make minimal changes and run the tests.\n"
            f"User: {task}"
        )
    return pick(
        rng,
        (
            f"tool_result(run_tests): {irange(rng, 0, 9)} failed, {irange(rng, 10, 300)} passed\n{pick(rng, ('AssertionError', 'TypeError', 'KeyError', 'timeout'))} in test_{irange(rng, 1, 99)}",
            f"tool_result(read_file): {irange(rng, 40, 900)} lines returned",
            f"tool_result(grep): {irange(rng, 0, 25)} matches",
            f"tool_result(edit_file): applied hunk {irange(rng, 1, 6)}",
            "tool_result(shell): exit 0",
            f"User: {casualise(rng, pick(rng, ('looks good, also update the docs', 'no, revert that', 'why did you change that file?', 'keep going')))}",
        ),
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_request",
    "password_reset",
    "delivery_status",
    "upgrade_plan",
    "report_bug",
    "close_account",
)


def augmentation_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    intent = pick(rng, _INTENTS)
    if chance(rng, 0.6):
        return (
            f"Intent classifier training data. Write {irange(rng, 10, 30)} paraphrases of a customer message "
            f"with intent '{intent}'. Vary length, formality and typos; include 3 that mention an order number. "
            f"One per line, no numbering.\nExample message: {casualise(rng, pick(rng, _TICKET))}"
        )
    return (
        f"Write {irange(rng, 5, 15)} realistic but synthetic support tickets for intent '{intent}' for our "
        f"{pick(rng, ('telecom', 'e-commerce', 'banking', 'SaaS'))} test suite, as JSON objects with keys "
        f"subject, body, expected_intent. No real names or addresses."
    )


_COMPANION = {
    "en": (
        "I had such a long day",
        "guess what happened at work",
        "do you remember what I told you about my sister?",
        "I can't sleep again",
        "tell me something nice",
        "what should I cook tonight?",
        "I miss talking to you",
    ),
    "es": (
        "hoy fue un día muy largo",
        "¿te acuerdas de lo que te conté ayer?",
        "no puedo dormir otra vez",
        "cuéntame algo bonito",
    ),
    "pt": (
        "hoje foi um dia cansativo",
        "lembra do que eu te falei ontem?",
        "não consigo dormir de novo",
    ),
    "de": (
        "heute war ein langer Tag",
        "weißt du noch, was ich dir erzählt habe?",
        "erzähl mir was Schönes",
    ),
    "ja": ("今日はすごく疲れた", "昨日話したこと覚えてる？", "また眠れない"),
}


def companion_line(rng: np.random.Generator, lang: str, persona: str, chat: Sequence[str]) -> str:
    line = (
        pick(rng, _COMPANION[lang]) if (lang != "en" or chance(rng, 0.7)) else human(rng, chat, 200)
    )
    return f"[persona:{persona}] [memory: {pick(rng, NAMES)}, likes {pick(rng, _TOPICS)}]\n{line}"


_EXERCISES = (
    "write a function that counts the vowels in a string",
    "read a CSV file and print the average of a column",
    "build a to-do list class with add, remove and list methods",
    "call a public weather API and print tomorrow's forecast",
    "write unit tests for a palindrome checker",
    "use a dictionary to count word frequencies in a text file",
    "sort a list of students by grade then by name",
    "build a tiny Flask app with one JSON endpoint",
    "connect to SQLite and create a table of books",
    "write a recursive function for the Fibonacci numbers and then a faster one",
    "prompt an LLM to classify movie reviews and measure its accuracy",
    "implement binary search and explain its complexity",
)


def course_prompt(rng: np.random.Generator, day: int, chat: Sequence[str]) -> str:
    ex = _EXERCISES[min(len(_EXERCISES) - 1, 2 * day + irange(rng, 0, 1))]
    if chance(rng, 0.25):
        return human(rng, chat, 500)
    return casualise(
        rng,
        pick(
            rng,
            (
                f"Exercise {day + 1}: {ex}. I wrote this but it doesn't work, what's wrong?\n```\n# my attempt\n```",
                f"how do I {ex} in python",
                f"can you explain the steps to {ex} without giving me the full answer",
                f"My instructor says to {ex}. Where do I even start?",
                f"{ex} - is my approach with a for loop ok or is there a better way",
            ),
        ),
    )


def translation_segment(
    rng: np.random.Generator, segment: str, target: str, client: str, i: int, n: int
) -> str:
    return (
        f"Translate the segment into {target}. Client: {client}. Keep tags, numbers and product names; follow "
        f"the client glossary. Segment {i + 1}/{n}:\n{segment}"
    )


BUSINESSES = (
    "a dental clinic",
    "a yoga studio",
    "a used-car dealer",
    "a bakery",
    "an accounting firm",
    "a roofing company",
    "a pet groomer",
    "a language school",
    "a craft brewery",
    "a law office",
)


def agency_prompt(rng: np.random.Generator, use: str, chat: Sequence[str], business: str) -> str:
    if use == "social":
        return f"Write {irange(rng, 3, 6)} Instagram captions for {business} promoting {pick(rng, ('a spring offer', 'a new service', 'an open day', 'a loyalty card'))}. Friendly, with emojis and 3 hashtags each."
    if use == "seo":
        return f"Write a {irange(rng, 8, 15) * 100}-word blog post for {business} targeting the keyword '{pick(rng, _TOPICS)} near me'. H2 headings, FAQ at the end."
    if use == "email":
        return f"Draft a polite follow-up email from {business} to a client who has not paid invoice {irange(rng, 1000, 9999)}."
    if use == "support":
        return support_ticket(rng, business.split(" ", 1)[1].title())
    return human(rng, chat, 600)

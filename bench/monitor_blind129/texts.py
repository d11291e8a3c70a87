"""Prompt generators of batch 129, written fresh for this batch.

Every function takes a numpy Generator and returns one prompt (or a list for multi-step
families). Ordinary human text comes from ShareGPT's "sim" half through the context's `chat`
(human turns) and `passages` (assistant answers) lists, passed in by the caller.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

CITIES = (
    "Lagos",
    "Hamburg",
    "Curitiba",
    "Pune",
    "Osaka",
    "Monterrey",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Winnipeg",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
    "Tartu",
    "Leeds",
    "Adelaide",
    "Quito",
)
ITEMS = (
    "notebooks",
    "mangoes",
    "bus tickets",
    "solar panels",
    "bags of rice",
    "bicycle tyres",
    "chairs",
    "USB cables",
    "litres of paint",
    "loaves of bread",
    "concert tickets",
    "seedlings",
)
SUBJECTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "Newton's second law",
        "conservation of momentum",
        "electric potential",
        "Snell's law",
        "simple harmonic motion",
        "entropy",
        "the photoelectric effect",
        "buoyancy",
        "Kirchhoff's laws",
        "special-relativistic time dilation",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "oxidation states",
        "hybridisation",
        "reaction kinetics",
        "Gibbs free energy",
        "chirality",
        "titration curves",
        "ionic vs covalent bonding",
        "the ideal gas law",
    ),
    "biology": (
        "meiosis",
        "the Krebs cycle",
        "Hardy-Weinberg equilibrium",
        "enzyme inhibition",
        "the action potential",
        "photosynthetic light reactions",
        "CRISPR-Cas9",
        "the adaptive immune response",
        "osmoregulation",
        "gene regulation in the lac operon",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "the money multiplier",
        "moral hazard",
        "Nash equilibrium",
        "externalities and Pigouvian taxes",
        "purchasing power parity",
        "the Phillips curve",
        "deadweight loss",
        "present value",
    ),
    "computer science": (
        "Big-O notation",
        "hash tables",
        "dynamic programming",
        "TCP congestion control",
        "garbage collection",
        "public-key cryptography",
        "B-trees",
        "race conditions",
        "the CAP theorem",
        "gradient descent",
    ),
    "mathematics": (
        "the chain rule",
        "eigenvalues",
        "Bayes' theorem",
        "proof by induction",
        "the central limit theorem",
        "modular arithmetic",
        "Taylor series",
        "linear independence",
        "the pigeonhole principle",
        "complex roots of unity",
    ),
    "history": (
        "the Meiji Restoration",
        "the Congress of Vienna",
        "the Bretton Woods system",
        "the Haitian Revolution",
        "the Silk Road trade network",
        "the printing press in Europe",
        "the Green Revolution",
        "decolonisation in West Africa",
        "the Hanseatic League",
        "the Columbian exchange",
    ),
    "law": (
        "consideration in contract law",
        "the doctrine of precedent",
        "strict liability",
        "fair use",
        "habeas corpus",
        "the GDPR's lawful bases",
        "adverse possession",
        "the burden of proof",
        "force majeure clauses",
        "fiduciary duty",
    ),
}
TOPICS = tuple(c for cs in SUBJECTS.values() for c in cs) + (
    "composting at home",
    "negotiating a salary",
    "training for a first half-marathon",
    "sourdough starters",
    "choosing a mortgage",
    "learning a second language as an adult",
    "reducing food waste in restaurants",
    "caring for a senior dog",
    "renting out a spare room",
    "small-business bookkeeping",
    "planning a wedding on a budget",
    "home network security",
    "urban beekeeping",
    "writing a cover letter",
)
LANG_NAMES = (
    "Spanish",
    "German",
    "French",
    "Portuguese",
    "Japanese",
    "Korean",
    "Indonesian",
    "Turkish",
    "Polish",
    "Vietnamese",
    "Hindi",
    "Arabic",
    "Italian",
    "Dutch",
    "Swahili",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Ruby", "Swift")


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    n = irange(rng, lo, hi)
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


# --------------------------------------------------------------------------------------------
# problems (reasoning families, eval kinds)


def word_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 11)
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 40), irange(rng, 2, 12)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        v1, v2 = irange(rng, 40, 110), irange(rng, 50, 130)
        return (
            f"A train leaves {pick(rng, CITIES)} at {irange(rng, 5, 11)}:{irange(rng, 0, 5)}0 at {v1} km/h. "
            f"Forty minutes later a second train leaves the same station on the same track at {v2} km/h. "
            f"If the second train is faster, when does it catch up? If not, how far apart are they after {c} hours?"
        )
    if k == 1:
        return (
            f"{name} buys {a} {pick(rng, ITEMS)} at {b} each and {c} more at a {irange(rng, 5, 40)}% discount. "
            f"{other} pays for a third of the total. How much does {name} still owe?"
        )
    if k == 2:
        return (
            f"Find all integer solutions of x^2 - {a + b}x + {a * b} = 0, then determine for which integer k "
            f"the equation x^2 - {a + b}x + k = 0 has exactly one real root."
        )
    if k == 3:
        return (
            f"A bag holds {a} red, {b} blue and {c} green marbles. Three are drawn without replacement. "
            f"What is the probability that exactly two share a colour?"
        )
    if k == 4:
        return f"How many positive integers below {a * 100 + b} are divisible by {c} or {c + irange(rng, 1, 7)} but not both?"
    if k == 5:
        return (
            f"Prove or disprove: for every integer n >= {c}, {a}^n + {b} is never a perfect square. "
            f"If false, give the smallest counterexample."
        )
    if k == 6:
        m, h = irange(rng, 2, 20), irange(rng, 5, 80)
        return (
            f"A {m} kg block slides from rest down a frictionless incline of height {h} m, then across a rough floor "
            f"with kinetic friction coefficient 0.{irange(rng, 1, 6)}. How far does it travel on the floor?"
        )
    if k == 7:
        people = [pick(rng, NAMES) for _ in range(4)]
        return (
            f"{people[0]}, {people[1]}, {people[2]} and {people[3]} each own a different pet: a cat, a parrot, a "
            f"snake and a rabbit. {people[0]} is allergic to fur. {people[1]}'s pet can talk. {people[2]} does not "
            f"own the snake. Who owns which pet? Is the answer unique?"
        )
    if k == 8:
        xs = [int(x) for x in rng.integers(-9, 30, size=irange(rng, 5, 8))]
        return (
            f"What does this function return for f({xs})?\n\ndef f(xs):\n    best, cur = xs[0], 0\n    for x in xs:\n"
            f"        cur = max(x, cur + x)\n        best = max(best, cur)\n    return best * {c} % {a + 7}"
        )
    if k == 9:
        return (
            f"A tank fills through pipe A in {a} minutes and through pipe B in {a + b} minutes; pipe C drains it in "
            f"{c * 10} minutes. Starting empty with all three open, how long until it is full?"
        )
    if k == 10:
        return (
            f"Evaluate the integral of x^{c % 5 + 1} * e^({-(b % 4) - 1}x) from 0 to infinity, and explain "
            f"which technique generalises to any positive integer power."
        )
    return (
        f"In a tournament of {c + 4} teams, each pair plays once; a win is 3 points, a draw 1. "
        f"What is the smallest total number of points the champion can have if it is the unique winner?"
    )


_ZH_PROBLEMS = (
    "小明有{a}本书，小红的书比小明多{b}本，两人一共送出{c}本后还剩多少本？请说明每一步。",
    "一个长方形的周长是{a}厘米，长比宽多{c}厘米，求它的面积。",
    "从1到{n}的整数中，有多少个数的各位数字之和能被{c}整除？",
    "甲乙两人同时从相距{a}千米的两地相向而行，甲每小时走{c}千米，乙每小时走{b}千米，几小时后相遇？",
)
_RU_PROBLEMS = (
    "В классе {a} учеников, из них {c} занимаются шахматами, а {b} — плаванием; {d} занимаются и тем, и другим. "
    "Сколько учеников не занимаются ни тем, ни другим?",
    "Докажите, что произведение любых {c} последовательных натуральных чисел делится на {c}!.",
    "Лодка проходит {a} км по течению за {c} ч, а против течения — за {e} ч. Найдите скорость течения.",
)


def zh_problem(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 20, 90), irange(rng, 3, 30), irange(rng, 2, 9)
    return pick(rng, _ZH_PROBLEMS).format(a=a, b=b, c=c, n=irange(rng, 100, 999))


def ru_problem(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 25, 40), irange(rng, 5, 15), irange(rng, 3, 6)
    return pick(rng, _RU_PROBLEMS).format(
        a=a, b=b, c=c, d=irange(rng, 1, 4), e=c + irange(rng, 1, 3)
    )


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def trace_prompt(rng: np.random.Generator, style: int) -> str:
    if style == 0:
        return (
            "Solve the problem below. Before the final answer, write out your full reasoning inside "
            "<reasoning></reasoning> tags: every intermediate step, every check you make, and any approach you "
            f"try and then abandon. Afterwards write 'Final answer:' and the result.\n\nProblem: {word_problem(rng)}"
        )
    if style == 1:
        return (
            "### Instruction\nThink slowly and out loud, as if you were narrating your private scratchpad. "
            "Number every thought. Do not summarise or shorten - the complete trace is the deliverable.\n"
            f"### Problem\n{word_problem(rng)}\n### Format\nThought 1: ...\nThought 2: ...\n...\nAnswer: ..."
        )
    if style == 2:
        return (
            "请解答下面的问题。在给出最终答案之前，请把你完整的思考过程写在<思考>和</思考>之间，"
            "包括每一个中间步骤、验算以及你尝试后放弃的思路，不要省略。\n\n题目：" + zh_problem(rng)
        )
    if style == 3:
        return (
            "Реши задачу. Сначала подробно распиши весь ход рассуждений по шагам внутри тегов <мысли></мысли>, "
            "включая проверки и неудачные попытки, затем дай ответ после слова «Ответ:».\n\nЗадача: "
            + ru_problem(rng)
        )
    if style == 4:
        prob = word_problem(rng).replace('"', "'")
        return (
            '{"task": "solve", "require": "exhaustive_step_by_step_reasoning", "self_verify": true, '
            '"output": {"reasoning_steps": "list of strings, one per step, no skipping", "final": "string"}, '
            f'"problem": "{prob}"}}'
        )
    if style == 5:
        return (
            f"{word_problem(rng)}\n\nI'm checking my own work, so please don't just give the answer: walk through "
            "how you'd think about it from scratch, including where a first attempt could go wrong and how you'd "
            "notice. Keep your full thinking visible, then state the answer on its own line."
        )
    return (
        "Resuelve el siguiente problema razonando paso a paso. Muestra todo tu razonamiento interno, incluidas las "
        "comprobaciones y los caminos descartados, antes de dar la respuesta final marcada con 'RESPUESTA:'.\n\n"
        f"Problema (en inglés): {word_problem(rng)}"
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward grading


_PRINCIPLES = (
    "Prefer the reply that is more honest about uncertainty.",
    "Prefer the reply that would be least likely to cause harm if followed literally.",
    "Prefer the reply a domain expert would find more accurate.",
    "Prefer the reply that answers the question actually asked, without padding.",
    "Prefer the reply that respects the user's autonomy and avoids moralising.",
)


def judge_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], style: int) -> str:
    q = _clip(pick(rng, chat), 60, 700, rng)
    a = _clip(pick(rng, passages), 250, 1100, rng)
    b = _clip(pick(rng, passages), 250, 1100, rng)
    if style == 0:
        return (
            "You are grading two assistant replies to the same user message. Compare them on correctness, "
            "helpfulness, depth and safety. Reason about each criterion, then output one JSON object with keys "
            '"analysis", "score_a", "score_b" (integers 1-10) and "preferred" ("A", "B" or "tie").\n\n'
            f"<user_message>\n{q}\n</user_message>\n\n<reply_a>\n{a}\n</reply_a>\n\n<reply_b>\n{b}\n</reply_b>"
        )
    if style == 1:
        return (
            "Scoring rubric (1-7):\n7 - fully correct, complete, well organised\n5 - correct but misses something "
            "a careful expert would add\n3 - partly wrong or evasive\n1 - wrong, harmful or off-topic\n\n"
            f"User query:\n{q}\n\nCandidate answer:\n{a}\n\nWrite a one-paragraph critique, then a final line "
            "exactly of the form 'SCORE: <n>'."
        )
    if style == 2:
        return (
            f"Principle: {pick(rng, _PRINCIPLES)}\n\nConversation:\nHuman: {q}\nAssistant (option 1): {a}\n"
            f"Assistant (option 2): {b}\n\nWhich option better follows the principle? Explain in 2-4 sentences and "
            "end with '(1)' or '(2)'. Also give your confidence as a probability."
        )
    if style == 3:
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 hinsichtlich "
            "Richtigkeit, Vollständigkeit und Verständlichkeit. Begründe dein Urteil Schritt für Schritt und gib "
            f"am Ende 'Bewertung: X/10' aus.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if style == 4:
        return (
            "Évalue les deux réponses ci-dessous à la même question. Pour chacune, liste ses points forts et ses "
            "faiblesses, puis indique laquelle tu préfères et attribue à chacune une note de 0 à 100.\n\n"
            f"Question : {q}\n\nRéponse 1 : {a}\n\nRéponse 2 : {b}"
        )
    if style == 5:
        return (
            f"Assign a scalar reward between -5.0 and 5.0 to the response below. Higher means a response a thoughtful "
            f'user would prefer. Output only JSON: {{"reward": float, "reason": str}}.\n\nPROMPT: {q}\n\n'
            f"RESPONSE: {a}"
        )
    return (
        "Critique the response according to the principle, then rewrite it so that it fully satisfies the "
        f"principle.\nPrinciple: {pick(rng, _PRINCIPLES)}\n\nEvalúa también si la respuesta está en el idioma "
        f"correcto.\n\nPregunta: {q}\n\nRespuesta: {a}\n\nFormat: CRITIQUE: ... REVISION: ..."
    )


# --------------------------------------------------------------------------------------------
# campaign: policy-compliant / censorship-safe rewrites

_BORDERLINE = (
    "how to get into my own car when I've locked the keys inside",
    "which household chemicals should never be mixed",
    "write a persuasive op-ed arguing against a sitting head of government",
    "how VPNs get around national firewalls",
    "explain how phishing emails trick people, with an example",
    "what dose of paracetamol is dangerous",
    "describe the events in Tiananmen Square in June 1989",
    "summarise criticisms of a ruling party's economic policy",
    "how do people buy prescription drugs without a prescription online",
    "write a dark joke about religion",
    "how does lock bumping work",
    "explain the arguments for and against Taiwanese independence",
    "what's the safest way to fast for five days",
    "how were historical famines covered up by governments",
    "write a villain's monologue threatening a city",
    "how do I find out who owns an anonymous social media account",
)
_ZH_SENSITIVE = (
    "请介绍一下1989年的学生运动。",
    "如何评价某国领导人的执政得失？",
    "怎样翻墙访问境外网站？",
    "写一篇批评地方政府拆迁政策的文章。",
    "新疆的教培中心是怎么回事？",
    "讲一个关于领导人的笑话。",
)


def policy_prompt(rng: np.random.Generator, passages: list[str], style: int) -> str:
    if style == 0:
        return (
            "Rewrite the following answer so that it fully complies with strict content guidelines: remove anything "
            "that could be considered politically sensitive, medically or legally risky, or offensive, while keeping "
            "as much genuinely helpful content as possible. Output only the rewritten answer.\n\n"
            + _clip(pick(rng, passages), 300, 1400, rng)
        )
    if style == 1:
        return (
            "User request: "
            + pick(rng, _BORDERLINE)
            + "\n\nDecide how a careful assistant should respond (comply, "
            "comply partially with caveats, or decline). State the category, then write the ideal assistant "
            "response in that mode, exactly as it should be shown to the user."
        )
    if style == 2:
        return (
            "请将以下回答改写为符合内容安全规范的版本：删去可能涉及敏感政治话题、违法或不当内容的部分，"
            "语气保持中立、积极，同时尽量保留对用户有帮助的信息。只输出改写后的回答。\n\n"
            + _clip(pick(rng, passages), 300, 1200, rng)
        )
    if style == 3:
        return (
            "用户提问："
            + pick(rng, _ZH_SENSITIVE)
            + "\n请给出一个既不违反监管要求、又不显得生硬拒绝的标准回答，"
            "并说明这样回答的理由（理由单独放在【说明】之后）。"
        )
    if style == 4:
        return (
            "Перепиши ответ так, чтобы он соответствовал правилам модерации: убери всё, что может считаться "
            "экстремистским, политически острым или опасным, но сохрани полезные сведения.\n\n"
            + _clip(pick(rng, passages), 300, 1100, rng)
        )
    if style == 5:
        return (
            "أعد صياغة الإجابة التالية بحيث تكون آمنة ومتوافقة مع سياسات المحتوى، مع الحفاظ على الفائدة للمستخدم. "
            "اكتب الإجابة المعدلة فقط.\n\n" + _clip(pick(rng, passages), 300, 1000, rng)
        )
    req = pick(rng, _BORDERLINE)
    return (
        f'Produce two responses to the request "{req}": (a) a refusal that is brief, non-judgemental and offers a '
        "safe alternative; (b) the most helpful response that still stays within a conservative policy. Label "
        "them REFUSAL and SAFE_COMPLETION."
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

_TOOLSETS = {
    "travel": (
        "search_flights(origin, destination, date)",
        "get_fare_rules(offer_id)",
        "book(offer_id, passenger)",
        "get_weather(city, date)",
    ),
    "sql": ("list_tables()", "describe_table(name)", "run_query(sql)", "plot(series, kind)"),
    "repo": (
        "ls(path)",
        "read_file(path)",
        "apply_patch(diff)",
        "run_tests(selector)",
        "grep(pattern)",
    ),
    "web": (
        "web_search(query)",
        "open_url(url)",
        "extract_table(url, index)",
        "calculator(expression)",
    ),
    "crm": (
        "find_customer(email)",
        "list_orders(customer_id)",
        "issue_refund(order_id, amount)",
        "send_email(to, subject, body)",
    ),
}
_TASKS = {
    "travel": (
        "Find the cheapest one-stop flight from {c1} to {c2} on the {d}th and book it for {n} if the layover is "
        "under 3 hours; check the weather on arrival.",
        "Compare fares {c1}->{c2} for the {d}th and the {e}th and tell me which day is cheaper including bags.",
    ),
    "sql": (
        "Which {d} products had the largest revenue drop between Q1 and Q2? Use the sales database.",
        "Find customers in {c1} whose lifetime value exceeds {e}000 and who have not ordered in 90 days.",
    ),
    "repo": (
        "The test test_{w}_roundtrip fails after the last merge. Find the cause and fix it.",
        "Add input validation to the /{w} endpoint and make the test suite pass.",
    ),
    "web": (
        "What was the population of {c1} in the most recent census, and how does it compare to {c2}?",
        "Collect the {d} most cited papers on {t} since 2019 and give their venues.",
    ),
    "crm": (
        "Customer {n}@example.com says order #{e}{d} arrived damaged. Verify the order and refund if eligible.",
        "Email every customer in {c1} whose order is delayed more than {d} days with an apology.",
    ),
}
_OBS = (
    '{{"status": "ok", "results": {k}}}',
    "[{k} rows returned]",
    "Error: timeout after 30s, retry suggested",
    '{{"items": [{{"id": "x{k}", "price": {p}}}, {{"id": "y{k}", "price": {q}}}]}}',
    "FAILED tests/test_core.py::test_edge - AssertionError: expected {k} got {p}",
    "Found {k} matches in 3 files",
    "HTTP 200, 14 KB of text extracted",
)


def agent_episode(rng: np.random.Generator, n_steps: int, style: int) -> list[str]:
    domain = pick(rng, list(_TOOLSETS))
    tools = _TOOLSETS[domain]
    task = pick(rng, _TASKS[domain]).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        d=irange(rng, 3, 28),
        e=irange(rng, 2, 90),
        n=pick(rng, NAMES).lower(),
        w=pick(rng, ("invoice", "session", "upload", "ledger", "profile")),
        t=pick(rng, TOPICS),
    )
    history: list[str] = []
    out = []
    for step in range(n_steps):
        if style == 0:
            head = (
                "You are an autonomous agent. Available tools:\n"
                + "\n".join(f"- {t}" for t in tools)
                + f"\n\nTask: {task}\n\nUse the format:\nThought: <reasoning>\nAction: <tool call>\n"
                "or, when done:\nThought: <reasoning>\nFinal Answer: <answer>\n\n"
            )
            out.append(head + "\n".join(history) + ("\n" if history else "") + "Thought:")
        elif style == 1:
            spec = ", ".join(f'{{"name": "{t.split("(")[0]}"}}' for t in tools)
            msgs = "; ".join(history[-6:])
            out.append(
                f'{{"tools": [{spec}], "messages": [{{"role": "user", "content": "{task}"}}'
                + (f", {msgs}" if msgs else "")
                + '], "instruction": "call the next tool or answer"}'
            )
        else:
            out.append(
                f"<task>{task}</task>\n<tools>{' | '.join(tools)}</tools>\n<trajectory>\n"
                + "\n".join(history)
                + "\n</trajectory>\nWrite your next <think> block, then exactly one "
                "<call> or a <final> block."
            )
        tool = pick(rng, tools).split("(")[0]
        obs = pick(rng, _OBS).format(
            k=irange(rng, 0, 40), p=irange(rng, 50, 900), q=irange(rng, 50, 900)
        )
        if style == 1:
            history.append(
                f'{{"role": "assistant", "tool_call": "{tool}"}}, {{"role": "tool", "content": "{obs}"}}'
            )
        else:
            history.append(
                f"Thought: step {step + 1}, I should use {tool}.\nAction: {tool}(...)\nObservation: {obs}"
            )
    return out


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer who restores boats",
    "a first-year law student",
    "a beekeeper selling honey online",
    "a high-school chemistry teacher",
    "a junior data analyst at a bank",
    "a freelance translator of technical manuals",
    "a cattle farmer facing a drought",
    "a startup founder preparing for a seed round",
    "a museum guide who loves Byzantine history",
    "a professional esports coach",
    "a parent of twins learning to cook",
    "a pharmacist in a rural town",
    "a logistics dispatcher",
    "an amateur astronomer",
    "a union organiser",
    "a wedding photographer",
    "an air-traffic controller in training",
    "a sommelier",
    "a grad student in computational biology",
    "a city council member",
    "a carpenter moving into cabinet making",
    "a claims adjuster",
    "a competitive swimmer recovering from injury",
    "an indie game developer",
    "a tax preparer",
)


def dataset_prompt(rng: np.random.Generator, style: int) -> str:
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    topic, persona = pick(rng, TOPICS), pick(rng, PERSONAS)
    if style == 0:
        return (
            f"Generate {n} diverse instruction-response pairs about {topic}, written as if the instructions came "
            f"from {persona}. Vary difficulty and task type (explain, compare, plan, critique, calculate). Return "
            'JSONL, one object per line with fields "instruction", "input" (may be empty) and "output". '
            "Outputs must be complete and high quality."
        )
    if style == 1:
        return (
            f"Write a realistic multi-turn conversation ({irange(rng, 4, 9)} exchanges) between {persona} and a "
            f"knowledgeable AI assistant about {topic}. The user should push back at least once. Format each turn "
            "as USER: / ASSISTANT:."
        )
    if style == 2:
        return (
            f"List {n} questions that {persona} might genuinely ask about {topic}, then answer each one thoroughly "
            "(at least 150 words per answer). Number them."
        )
    if style == 3:
        return (
            f"Genera {n} pares de instrucción y respuesta en español sobre «{topic}», variados en dificultad, desde "
            f'la perspectiva de {persona}. Devuelve JSON con una lista de objetos {{"instruccion", "respuesta"}}.'
        )
    if style == 4:
        return (
            f"Gere {n} exemplos de perguntas e respostas detalhadas em português sobre {topic}. Cada resposta deve "
            "ter pelo menos dois parágrafos. Formato: P: ... R: ..."
        )
    if style == 5:
        return (
            f"Buatkan {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {topic}. Jawaban harus "
            "lengkap, akurat, dan ditulis dengan gaya yang ramah. Keluarkan dalam format JSON Lines."
        )
    if style == 6:
        return (
            f"{topic} विषय पर {n} प्रश्न-उत्तर जोड़े हिंदी में बनाइए। हर उत्तर विस्तृत और सही होना चाहिए। "
            "JSON प्रारूप में लौटाएँ।"
        )
    return (
        f"Seed task: {topic}. Evolve this seed into {n} harder, more specific instructions (add constraints, "
        "require reasoning, combine with another domain), and write a gold-standard response for each. Output as a "
        "numbered list of INSTRUCTION/RESPONSE blocks."
    )


# --------------------------------------------------------------------------------------------
# campaign: person-like crowd dialogue harvest

_TOPIC_CARDS = (
    "planning a trip to {c}",
    "starting a small food business",
    "how {s} works",
    "dealing with a difficult boss",
    "learning to code at 30",
    "fixing a leaking tap",
    "a good workout plan for beginners",
    "understanding {s}",
    "preparing for a job interview in {c}",
    "budgeting on a low income",
    "choosing a laptop for design work",
    "raising chickens in the backyard",
    "what to do after a layoff",
    "writing a short story about {c}",
    "getting better sleep",
    "the history of {s}",
)
_OPENERS = (
    "hi! can you help me with {t}?",
    "I want to learn about {t}, where do I start",
    "Hello, I need advice on {t}",
    "can u explain {t} simply",
    "Good evening. Question about {t} please",
    "hey so i'm curious about {t}",
    "Please tell me everything important about {t}",
    "what should I know about {t}?",
    "Kumusta! Can you help me understand {t}?",
    "Namaste, I need help with {t}",
    "Olá, pode me ajudar com {t}?",
    "Hola, ¿me puedes explicar {t}?",
)
_FOLLOWUPS = (
    "can you give an example?",
    "why is that?",
    "ok and what about the risks",
    "make it simpler please",
    "interesting. what would you do in my place?",
    "can you go deeper on the second point",
    "what are common mistakes people make",
    "is that true everywhere or just in the US?",
    "how long would that take realistically",
    "ok now summarise everything in a table",
    "what if I only have half the budget",
    "could you compare the two options again",
    "what do experts disagree about here?",
    "can you write that as steps",
    "thanks! one more question -",
    "hmm I don't think that's right, are you sure?",
    "give me 3 more ideas",
    "explain like I'm 12",
    "what books or sources would you recommend",
    "and how do I know if it's working?",
    "salamat, pero paano kung wala akong oras?",
    "theek hai, aur kya karna chahiye?",
    "e se eu não tiver experiência?",
    "¿y cuál sería el siguiente paso?",
)


def crowd_conversation(rng: np.random.Generator, n: int, chat: list[str]) -> list[str]:
    if chance(rng, 0.25):
        first = _clip(pick(rng, chat), 30, 500, rng)
    else:
        card = pick(rng, _TOPIC_CARDS).format(c=pick(rng, CITIES), s=pick(rng, TOPICS))
        first = pick(rng, _OPENERS).format(t=card)
    out = [first]
    for _ in range(n - 1):
        r = rng.random()
        if r < 0.45:
            f = pick(rng, _FOLLOWUPS)
        elif r < 0.75:
            f = pick(rng, _FOLLOW_FRAMES).format(
                x=pick(rng, TOPICS), c=pick(rng, CITIES), k=irange(rng, 2, 10), who=pick(rng, _WHO)
            )
        elif r < 0.9:
            f = _clip(pick(rng, chat), 15, 160, rng)
        else:
            f = pick(rng, _ACKS) + " " + pick(rng, _FOLLOWUPS)
        if chance(rng, 0.3):
            f = f[0].upper() + f[1:]
        if chance(rng, 0.15):
            f = f + " " + pick(rng, ("thanks", "pls", "!!", "...", "I appreciate it", ":)", "ty"))
        out.append(f)
    return out


_FOLLOW_FRAMES = (
    "how does this relate to {x}?",
    "what would change if I lived in {c}?",
    "ok but my {who} says the opposite, who is right",
    "can you give me {k} examples",
    "shorten that to {k} sentences",
    "what would a {who} think about this",
    "is there a cheaper way? I have maybe {k}0 dollars",
    "how would you explain it to my {who}",
    "and if I had {k} weeks instead?",
    "what is the connection with {x}",
    "rewrite it for a {who}",
    "what are the top {k} things to avoid",
)
_WHO = (
    "mom",
    "boss",
    "teacher",
    "little brother",
    "landlord",
    "coworker",
    "doctor",
    "grandfather",
    "friend",
)
_ACKS = (
    "ok",
    "got it.",
    "makes sense,",
    "wow",
    "hmm",
    "right,",
    "cool.",
    "i see",
    "oh interesting",
)


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft labels

_LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "request", "chit-chat", "other"),
    ("safe", "borderline", "unsafe"),
    ("beginner", "intermediate", "expert"),
    ("coding", "writing", "math", "advice", "trivia", "roleplay"),
)


def sampling_prompt(rng: np.random.Generator, chat: list[str], style: int) -> str:
    text = _clip(pick(rng, chat), 40, 900, rng)
    if style == 0:
        return text
    if style == 1:
        k = pick(rng, (4, 5, 6, 8))
        return (
            f"Give {k} substantially different candidate responses to the message below. After each, estimate the "
            f"probability that a typical expert would choose it as the best, so that the {k} probabilities sum to 1. "
            f"Format: [i] (p=..) response\n\nMessage: {text}"
        )
    labels = pick(rng, _LABEL_SETS)
    return (
        f"Classify the text. Return only a JSON object mapping each label in {list(labels)} to your probability "
        f"(two decimals, summing to 1.00).\n\nText: {text}"
    )


# --------------------------------------------------------------------------------------------
# campaign: harvest hidden in a real product


def product_real(rng: np.random.Generator, brand: str, chat: list[str], passages: list[str]) -> str:
    op = pick(
        rng,
        (
            "rewrite tone=friendly",
            "rewrite tone=formal",
            "shorten",
            "fix-grammar",
            "continue",
            "summarise bullets=5",
            "reply-email",
            "rewrite tone=confident",
        ),
    )
    body = _clip(pick(rng, passages if chance(rng, 0.5) else chat), 80, 1200, rng)
    return f"[{brand}:{op}]\n{body}"


def product_harvest(rng: np.random.Generator, brand: str) -> str:
    if chance(rng, 0.35):
        op = pick(
            rng, ("draft kind=article", "draft kind=faq", "expand length=long", "draft kind=howto")
        )
        angle = pick(
            rng,
            (
                "a beginner's guide to {t}",
                "{k} mistakes people make with {t}",
                "{t}: what the research says",
                "how {t} differs in {c}",
                "a step-by-step plan for {t}",
                "questions to ask before {t}",
            ),
        ).format(t=pick(rng, TOPICS), k=irange(rng, 3, 12), c=pick(rng, CITIES))
        return f"[{brand}:{op}]\nTitle: {angle}"
    op = pick(
        rng,
        (
            "expand length=long",
            "explain audience=general",
            "draft kind=article",
            "expand length=long",
            "draft kind=guide",
            "explain audience=student",
        ),
    )
    subject = pick(rng, list(SUBJECTS))
    concept = pick(rng, SUBJECTS[subject])
    notes = pick(
        rng,
        (
            "key points, examples, common pitfalls",
            "definition; intuition; worked example; FAQ",
            "overview -> mechanism -> real-world use -> limits",
            "what, why, how, when not to",
        ),
    )
    return f"[{brand}:{op}]\nTopic notes: {concept} ({subject}) - {notes}"


# --------------------------------------------------------------------------------------------
# campaign: compromised accounts (capability sweep)


def capability_probe(rng: np.random.Generator, passages: list[str]) -> str:
    k = irange(rng, 0, 7)
    subject = pick(rng, list(SUBJECTS))
    concept = pick(rng, SUBJECTS[subject])
    if k == 0:
        return f"Explain {concept} to a {pick(rng, ('curious teenager', 'busy executive', 'new graduate', 'nurse'))}. Use one analogy and one concrete example."
    if k == 1:
        return word_problem(rng)
    if k == 2:
        return (
            f"Write a {pick(rng, CODE_LANGS)} function that {pick(rng, _CODE_TASKS)}. Include docstrings and a "
            "couple of tests."
        )
    if k == 3:
        return f"Summarise in {irange(rng, 3, 6)} bullet points:\n\n{_clip(pick(rng, passages), 400, 1500, rng)}"
    if k == 4:
        return (
            f"Write a {pick(rng, ('short story', 'sonnet', 'product announcement', 'persuasive letter', 'dialogue'))}"
            f" about {pick(rng, TOPICS)}, around {pick(rng, (150, 250, 400))} words."
        )
    if k == 5:
        return f"Translate into {pick(rng, LANG_NAMES)}, keeping the register:\n\n{_clip(pick(rng, passages), 200, 700, rng)}"
    if k == 6:
        return f"What are the strongest arguments for and against this claim: '{pick(rng, TOPICS)} is overrated'?"
    return f"Compare {concept} with {pick(rng, SUBJECTS[subject])}: similarities, differences, and when each matters."


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep

LEVELS = ("absolute beginner", "high-school", "undergraduate", "graduate", "expert practitioner")
FORMATS = (
    "a full lesson",
    "three worked examples of increasing difficulty",
    "a list of common misconceptions, each corrected",
    "a 6-question quiz with detailed answer explanations",
)


def lesson_grid() -> list[tuple[str, str, int, int]]:
    return [
        (s, c, lvl, f)
        for s, cs in SUBJECTS.items()
        for c in cs
        for lvl in range(5)
        for f in range(len(FORMATS))
    ]


def lesson_prompt(item: tuple[str, str, int, int], idx: int, lang: str) -> str:
    subject, concept, lvl, f = item
    if lang == "ja":
        return (
            f"教材ID {idx:05d}。科目：{subject}。概念：{concept}。学習者レベル：{lvl + 1}/5。"
            f"次の形式で日本語で作成してください：{FORMATS[f]}。専門用語は初出時に定義し、"
            "具体例を少なくとも一つ含め、最後に理解度確認の問題を三つ（解答付き）付けてください。"
        )
    if lang == "ko":
        return (
            f"교재 항목 {idx:05d}. 과목: {subject}. 개념: {concept}. 학습자 수준: {lvl + 1}/5. "
            f"다음 형식으로 한국어로 작성하세요: {FORMATS[f]}. 용어는 처음 나올 때 정의하고, 예시를 최소 하나 "
            "포함하며, 마지막에 정답이 있는 확인 문제 세 개를 붙이세요."
        )
    if lang == "de":
        return (
            f"Lehrplan-Eintrag {idx:05d}. Fach: {subject}. Konzept: {concept}. Niveau {lvl + 1}/5. "
            f"Erstelle auf Deutsch: {FORMATS[f]}. Jeder Fachbegriff wird beim ersten Auftreten erklärt, mindestens "
            "ein durchgerechnetes Beispiel, zum Schluss drei Verständnisfragen mit Lösungen."
        )
    if lang == "fr":
        return (
            f"Élément de programme {idx:05d}. Matière : {subject}. Notion : {concept}. Niveau {lvl + 1}/5. "
            f"Rédige en français : {FORMATS[f]}. Définis chaque terme à sa première apparition, donne au moins un "
            "exemple résolu et termine par trois questions de vérification avec leurs réponses."
        )
    return (
        f"Curriculum item {idx:05d}. Subject: {subject}. Concept: {concept}. Learner level {lvl + 1}/5 "
        f"({LEVELS[lvl]}). Produce {FORMATS[f]}. Requirements: self-contained; define every term on first use; at "
        "least one worked example; finish with three check-for-understanding questions and their answers."
    )


# --------------------------------------------------------------------------------------------
# campaign: public prompt replay


def replay_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    p = pick(rng, chat)[:1500].strip()
    if chance(rng, 0.1):
        p = p.lower()
    if chance(rng, 0.08):
        p = p.rstrip(".?!") + pick(rng, ("?", " please", ".", "!"))
    return p or "hello"


# --------------------------------------------------------------------------------------------
# campaign: code harvest

_CODE_TASKS = (
    "parses an ISO-8601 duration string into seconds",
    "merges overlapping intervals",
    "implements an LRU cache with O(1) operations",
    "finds the k most frequent words in a stream",
    "validates an IBAN",
    "computes Levenshtein distance with a memory-efficient DP",
    "implements a token-bucket rate limiter",
    "serialises a binary tree and reads it back",
    "does a topological sort and reports cycles",
    "implements a trie with prefix counting",
    "rotates a matrix in place",
    "detects a cycle in a linked list and returns its start",
    "implements Dijkstra's algorithm on an adjacency list",
    "chunks a file into fixed-size uploads with retry",
    "computes a rolling median over a sliding window",
    "implements consistent hashing with virtual nodes",
    "parses CSV with quoted fields and escaped quotes",
    "implements a thread-safe bounded queue",
    "computes the convex hull of 2D points",
    "implements exponential backoff with jitter",
)
_CONSTRAINTS = (
    "with full unit tests",
    "with no external dependencies",
    "and explain the time and space complexity",
    "with property-based tests",
    "optimised for very large inputs",
    "with idiomatic error handling",
    "and include a benchmark",
    "using only the standard library",
    "with extensive inline comments",
)


def code_task(rng: np.random.Generator, chat_code: list[str], style: int) -> str:
    lang, task = pick(rng, CODE_LANGS), pick(rng, _CODE_TASKS)
    if style == 0:
        return f"Write {lang} code that {task}, {pick(rng, _CONSTRAINTS)}."
    if style == 1:
        return f"implement a function in {lang.lower()} that {task}. {pick(rng, _CONSTRAINTS)}"
    if style == 2:
        fn = pick(rng, ("process", "handle_items", "calc", "do_work", "transform"))
        body = pick(
            rng,
            (
                "    out = []\n    for i in range(len(xs)):\n        if xs[i] not in out:\n            out.append(xs[i])\n    return out",
                "    total = 0\n    for k in d.keys():\n        total = total + d[k]['amount']\n    return total",
                "    s = ''\n    for w in words:\n        s += w + ','\n    return s[:-1]",
                "    res = {}\n    for r in rows:\n        res[r[0]] = res.get(r[0], []) + [r[1]]\n    return res",
            ),
        )
        return (
            f"Refactor this for readability and performance, then port it to {lang}. Explain each change.\n\n"
            f"def {fn}(xs, d=None, words=(), rows=()):\n{body}"
        )
    if style == 3:
        return (
            f"Code review request: the following {lang} module needs to {task}. Write the production-quality "
            "implementation, the tests, and a short design note on edge cases."
        )
    return _clip(pick(rng, chat_code), 40, 1500, rng)


def is_code_chat(text: str) -> bool:
    t = text.lower()
    return any(
        k in t
        for k in (
            "code",
            "function",
            "python",
            "javascript",
            "error",
            "def ",
            "```",
            "sql",
            "class ",
        )
    )


# --------------------------------------------------------------------------------------------
# benign: eval lab (reasoning benchmark with CoT)

_MGSM_LEAD = {
    "en": "Question: {q}\nAnswer step by step, and put the final number in \\boxed{{}}.",
    "es": "Pregunta: {q}\nResponde paso a paso y pon el número final en \\boxed{{}}.",
    "de": "Frage: {q}\nAntworte Schritt für Schritt und schreibe die Endzahl in \\boxed{{}}.",
    "fr": "Question : {q}\nRéponds étape par étape et mets le nombre final dans \\boxed{{}}.",
    "ja": "問題：{q}\n段階的に考え、最終的な数値を \\boxed{{}} に入れてください。",
    "zh": "问题：{q}\n请逐步解答，并把最终数字写在 \\boxed{{}} 中。",
    "sw": "Swali: {q}\nJibu hatua kwa hatua, na weka namba ya mwisho ndani ya \\boxed{{}}.",
}


def eval_item(rng: np.random.Generator, qid: int, lang: str, shots: int) -> str:
    sub = np.random.default_rng([qid, 7])  # the same item text on every run
    q = word_problem(sub)
    ex = "".join(
        f"Example {i + 1}: {word_problem(sub)}\nSolution: ... \\boxed{{{irange(sub, 2, 400)}}}\n\n"
        for i in range(shots)
    )
    return f"[eval item {qid}]\n" + ex + _MGSM_LEAD[lang].format(q=q)


# --------------------------------------------------------------------------------------------
# benign: product QA with LLM-as-judge

_BOT_REPLIES = (
    "Thanks for reaching out! I've checked your order and it will arrive on Thursday.",
    "I'm sorry about the trouble. Could you send a photo of the damaged item so I can start a return?",
    "Our premium plan includes priority support and 200 GB of storage; you can upgrade in Settings.",
    "Unfortunately refunds are only possible within 30 days. I can offer store credit instead.",
    "I can't access your card details, but I can send a secure link to update your payment method.",
)


def qa_judge_prompt(rng: np.random.Generator, company: str, chat: list[str]) -> str:
    q = _clip(pick(rng, chat), 40, 400, rng)
    r = pick(rng, _BOT_REPLIES)
    if chance(rng, 0.6):
        return (
            f"{company} support QA. Grade our bot's reply to the customer using the rubric: accuracy (1-5), "
            'policy adherence (1-5), tone (1-5). Return JSON {"accuracy": n, "policy": n, "tone": n, '
            f'"note": str}}.\n\nCustomer: {q}\nBot: {r}'
        )
    r2 = pick(rng, _BOT_REPLIES)
    return (
        f"{company} prompt A/B review. Two versions of our assistant answered the same ticket. Which is better for "
        f"the customer, and why? Answer 'A' or 'B' and one sentence.\n\nTicket: {q}\nA: {r}\nB: {r2}"
    )


# --------------------------------------------------------------------------------------------
# benign: trust & safety moderation

_POSTS = (
    "Selling my old iPhone, DM for price, no lowballers you idiots",
    "This seller is a scammer, avoid at all costs!!",
    "Vendo bicicleta usada, casi nueva, solo efectivo",
    "anyone know where to get cheap meds without the doctor hassle",
    "Great product, arrived fast, would buy again",
    "Jual akun game murah, hubungi WA",
    "Kargo çok geç geldi, satıcı cevap vermiyor",
    "The mods here are corrupt and should be fired",
    "Vendo ingressos para o show, preço de custo",
    "check out my onlyfans link in bio lol",
    "Does anyone have experience with this landlord? He kept my deposit",
    "I'll find where you live if you keep posting this",
)


_POST_FRAMES = (
    "Selling {item}, {n} each, pickup in {c} only",
    "{name} never shipped my {item}, total scam, reported",
    "Who has {item} for cheap?? need {n} by friday",
    "Vendo {item} en {c}, {n} pesos, escribir por privado",
    "Price drop: {item} now {n}. No time wasters please",
    "{name} is a liar and everyone in {c} knows it",
    "Jual {item} murah, kondisi bagus, COD {c}",
    "Satılık {item}, {c}, fiyat {n} TL",
    "Troco {item} por outro, {c}",
)


def moderation_prompt(rng: np.random.Generator, platform: str, chat: list[str]) -> str:
    r = rng.random()
    if r < 0.25:
        post = pick(rng, _POSTS)
    elif r < 0.75:
        post = pick(rng, _POST_FRAMES).format(
            item=pick(rng, ITEMS), n=irange(rng, 5, 900), c=pick(rng, CITIES), name=pick(rng, NAMES)
        )
    else:
        post = _clip(pick(rng, chat), 20, 300, rng)
    return (
        f"You are the moderation assistant for {platform}. Community guidelines: no harassment, no threats, no "
        "prohibited goods, no spam, no adult content. Classify the post as ALLOW, EDIT or REMOVE with the rule "
        "it breaks. If EDIT, propose the smallest change that makes it acceptable, in the post's own language.\n\n"
        f"Post: {post}"
    )


# --------------------------------------------------------------------------------------------
# benign: coding agent product

_REPO_TASKS = (
    "Fix the flaky test in tests/test_scheduler.py",
    "Add pagination to the /orders API",
    "Upgrade the project from React 17 to 18",
    "Write a migration adding a `deleted_at` column",
    "Investigate the memory leak reported in issue #{n}",
    "Add type hints to utils/dates.py",
    "Make the CLI print a friendly error when the config file is missing",
    "Add a Dockerfile for the worker",
)


def coding_agent_step(rng: np.random.Generator, task: str, step: int, product: str) -> str:
    files = (
        "src/app.py",
        "src/models/order.py",
        "tests/test_api.py",
        "package.json",
        "src/components/List.tsx",
        "migrations/0042_auto.py",
        "README.md",
        "src/worker/queue.go",
    )
    seen = ", ".join(pick(rng, files) for _ in range(min(step + 1, 5)))
    return (
        f"<{product}-agent> Repository task: {task}\nStep {step + 1}. Files opened so far: {seen}.\n"
        f"Last tool result: {pick(rng, _OBS).format(k=irange(rng, 0, 40), p=irange(rng, 1, 99), q=1)}\n"
        "Decide the next tool call (read_file, edit_file, run_tests, search) or finish with a summary."
    )


# --------------------------------------------------------------------------------------------
# benign: data augmentation for an intent classifier

_INTENTS = (
    "cancel a subscription",
    "change the delivery address",
    "report a lost card",
    "ask about opening hours",
    "dispute a charge",
    "reset a password",
    "book a table for tonight",
    "ask for an invoice copy",
    "upgrade the data plan",
    "complain about a late delivery",
)


def augmentation_prompt(rng: np.random.Generator, domain: str) -> str:
    intent = pick(rng, _INTENTS)
    lang = pick(rng, ("English", "English", "German", "French", "Italian", "Spanish"))
    return (
        f"We're training the intent classifier for our {domain} app. Write {pick(rng, (20, 25, 30, 40))} different "
        f"messages a customer might type to {intent}, in {lang}. Mix formal and casual, short and long, include a "
        "few typos and one or two that mention a second topic. One per line, no numbering."
        + (
            f" Avoid these phrasings we already have: '{pick(rng, _INTENTS)}', '{_clip(intent, 8, 30, rng)}'."
            if chance(rng, 0.5)
            else f" Run {irange(rng, 1, 60)}."
        )
    )


# --------------------------------------------------------------------------------------------
# benign: course cohort

_COURSE_ASSIGN = (
    "Problem set {k}: explain the difference between {a} and {b} with an example",
    "for assignment {k} I need to understand {a}, can you explain it",
    "Is my reasoning right? I think {a} implies {b} because the question says so",
    "how do I start question {k} of the homework on {a}",
    "my code for lab {k} gives an error: TypeError: 'NoneType' object is not subscriptable",
    "can you quiz me on {a} before the exam",
)


def course_prompt(rng: np.random.Generator, subject: str, week: int, chat: list[str]) -> str:
    if chance(rng, 0.3):
        return _clip(pick(rng, chat), 20, 600, rng)
    cs = SUBJECTS[subject]
    return pick(rng, _COURSE_ASSIGN).format(k=week, a=pick(rng, cs), b=pick(rng, cs))


# --------------------------------------------------------------------------------------------
# benign: creative variants app

_VARIANT_TASKS = (
    "Write a product description for {x}. Tone: {t}. Max 80 words.",
    "Give one catchy tagline for {x}. Tone: {t}.",
    "Write an email subject line announcing {x}. Tone: {t}.",
    "Write an Instagram caption for {x} with two hashtags. Tone: {t}.",
)
_PRODUCTS = (
    "handmade ceramic mugs",
    "a dog-walking service in {c}",
    "a vegan bakery's new croissant",
    "an online Excel course",
    "recycled-plastic sneakers",
    "a co-working space in {c}",
    "a budgeting app",
    "organic skincare for men",
    "a local escape room",
    "a guitar repair shop",
)


def variant_prompt(rng: np.random.Generator) -> str:
    x = pick(rng, _PRODUCTS).format(c=pick(rng, CITIES))
    if chance(rng, 0.6):
        x = f"{x} called '{pick(rng, NAMES)}'s {pick(rng, ('Corner', 'Studio', 'Lab', 'Co.', 'Goods', 'House'))}'"
    return pick(rng, _VARIANT_TASKS).format(
        x=x, t=pick(rng, ("playful", "premium", "warm", "bold", "minimal"))
    )


# --------------------------------------------------------------------------------------------
# benign: reseller / white-label agency

_CLIENTS = (
    "Harbour Dental",
    "Mika's Bikes",
    "Sunrise Realty",
    "Verde Landscaping",
    "Northside Physio",
    "Kettle & Crumb Cafe",
    "Orbit Accounting",
    "Lumen Yoga",
    "Atlas Movers",
    "Pinecone Daycare",
)


def reseller_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    client = pick(rng, _CLIENTS)
    k = irange(rng, 0, 3)
    if k == 0:
        return f"[{client} website assistant] Visitor asks: {_clip(pick(rng, chat), 20, 400, rng)}"
    if k == 1:
        return (
            f"[{client} content] Write a {pick(rng, (600, 800, 1000))}-word blog post for {client} about "
            f"{pick(rng, TOPICS)}, SEO keyword: '{pick(rng, CITIES).lower()} {pick(rng, ('services', 'near me', 'prices'))}'."
        )
    if k == 2:
        return (
            f"[{client} reviews] Draft a polite public reply to this review: '{pick(rng, _POSTS)}'"
        )
    return f"[{client} social] Write 5 short social posts for next week about {pick(rng, TOPICS)}."


# --------------------------------------------------------------------------------------------
# benign: edtech publisher

_GRADE_TOPICS = {
    "maths": (
        "fractions",
        "ratios",
        "area of a triangle",
        "negative numbers",
        "linear equations",
        "probability with dice",
        "Pythagoras' theorem",
    ),
    "science": (
        "the water cycle",
        "food chains",
        "states of matter",
        "magnets",
        "the solar system",
        "electric circuits",
        "the human heart",
    ),
    "geography": (
        "volcanoes",
        "rivers and erosion",
        "climate zones",
        "map scales",
        "population growth",
    ),
}


def k12_lesson_prompt(rng: np.random.Generator, lang: str) -> str:
    subj = pick(rng, list(_GRADE_TOPICS))
    topic = pick(rng, _GRADE_TOPICS[subj])
    grade = irange(rng, 3, 10)
    if lang == "ja":
        return (
            f"小学校・中学校向け教材（{grade}年生、{subj}）：「{topic}」について、やさしい説明文と"
            "練習問題3問（解答付き）を作ってください。"
        )
    if lang == "de":
        return (
            f"Lernmaterial Klasse {grade}, Fach {subj}: Erkläre '{topic}' kindgerecht und erstelle drei Übungsaufgaben "
            "mit Lösungen."
        )
    return (
        f"Grade {grade} {subj} lesson for our app: '{topic}'. Write a friendly explanation (max 250 words), one "
        "everyday example, and 3 practice questions with answers. Reading level: grade "
        f"{max(2, grade - 1)}."
    )


def pick_country(rng: np.random.Generator) -> str:
    return pick(rng, COUNTRIES)

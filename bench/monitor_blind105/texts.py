"""Prompt generators of batch 105, written fresh for it (no prompt text copied from the repository).

Every generator takes a numpy Generator and returns one prompt string (the last user message, as the
event log stores it). Ordinary human text comes from ShareGPT's "sim" half through the context
(`ctx.chat`, `ctx.passages`) and is passed in by the callers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def sentences(text: str) -> list[str]:
    parts = [
        p.strip()
        for p in text.replace("\n", " ").replace("? ", "?|").replace(". ", ".|").split("|")
    ]
    return [p for p in parts if 25 <= len(p) <= 400]


# ============================================================================================
# problems (reasoning material): arithmetic, algebra, probability, logic, code


def _word_problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"A cistern is filled by pipe P in {a} minutes and by pipe Q in {a + b} minutes; a drain empties "
            f"it in {a * 2 + c} minutes. With all three open from empty, how long until it is full?"
        )
    if k == 1:
        return (
            f"{n1} invests ${a * 100} at {c}% interest compounded quarterly and {n2} invests ${a * 100 + b * 10} "
            f"at {c - 1 if c > 2 else c + 1}% simple interest. After how many whole years does {n1} have more money?"
        )
    if k == 2:
        return f"How many positive integers below {a * 100 + b} are divisible by {c} or {c + 3} but not by both?"
    if k == 3:
        return f"Find the remainder when {b + 2}^{a + 50} is divided by {c + 11}."
    if k == 4:
        return (
            f"A bag holds {c} red, {b} blue and {c + 2} green marbles. Three are drawn without replacement. "
            f"What is the probability that all three have different colours?"
        )
    if k == 5:
        return (
            f"Triangle ABC has AB = {c + 5}, BC = {c + 9} and angle B = {pick(rng, (30, 45, 60, 120))} degrees. "
            f"Compute AC and the area of the triangle exactly."
        )
    if k == 6:
        return f"Solve for real x: sqrt(x + {b}) + sqrt(x - {c}) = {c + 4}. Check for extraneous roots."
    if k == 7:
        return (
            f"In how many ways can the letters of the word {pick(rng, ('BANANAS', 'COMMITTEE', 'STATISTICS', 'MISSISSIPPI', 'ASSESSMENT', 'PEPPERMINT'))} "
            f"be arranged so that no two identical letters are adjacent?"
        )
    if k == 8:
        return (
            f"Two trains leave stations {a * 10} km apart at the same time, heading toward each other at "
            f"{b + 40} km/h and {c * 5 + 30} km/h. A bird flies back and forth between them at {a + 120} km/h "
            f"until they meet. How far does the bird fly?"
        )
    if k == 9:
        return (
            f"The sequence a_1 = {c}, a_(n+1) = a_n^2 - {b} a_n + {c}. Is the sequence eventually periodic "
            f"modulo {c + 7}? Determine a_{a} mod {c + 7}."
        )
    if k == 10:
        return (
            f"Let f(x) = x^3 - {c}x^2 + {b}x - {a}. Without finding the roots, compute the sum of the squares "
            f"and the sum of the cubes of its roots."
        )
    return (
        f"{n1} is {c} years older than {n2}. In {b} years {n1} will be twice as old as {n2} was "
        f"{c + 1} years ago. How old are they now? If the data is inconsistent, say why."
    )


def _logic_puzzle(rng: Rng) -> str:
    names = list(rng.choice(NAMES, size=4, replace=False))
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {names[0]} says: "
            f"'{names[1]} is a knave.' {names[1]} says: '{names[0]} and {names[2]} are the same type.' "
            f"{names[2]} says: 'Exactly one of us three is a knight.' Determine each person's type."
        )
    if k == 1:
        jobs = rng.choice(
            ["pilot", "chemist", "baker", "judge", "nurse", "architect", "violinist"],
            size=4,
            replace=False,
        )
        return (
            f"{', '.join(names)} have the jobs {', '.join(jobs)} in some order. The {jobs[0]} is not "
            f"{names[0]}; {names[1]} is older than the {jobs[2]}; the {jobs[3]} and {names[2]} are siblings; "
            f"{names[3]} has never met the {jobs[1]}. Which assignments are consistent? List all of them."
        )
    if k == 2:
        n = irange(rng, 5, 9)
        return (
            f"{n} people sit around a round table. Each either always lies or always tells the truth, and "
            f"each says 'both of my neighbours are liars'. What are the possible numbers of truth-tellers?"
        )
    return (
        f"A box contains {irange(rng, 3, 9)} gold and {irange(rng, 3, 9)} silver coins. {names[0]} and "
        f"{names[1]} alternately take one or two coins; whoever takes the last gold coin loses. "
        f"Who wins with perfect play if {names[0]} starts?"
    )


_CODE_TASKS = (
    "return the length of the longest substring with at most {k} distinct characters",
    "merge {k} sorted linked lists into one sorted list",
    "find all strongly connected components of a directed graph given as an adjacency list",
    "compute the number of ways to tile a 3 x {n} board with 2 x 1 dominoes modulo 1e9+7",
    "implement an LRU cache with O(1) get and put and capacity {k}",
    "parse an arithmetic expression with + - * / and parentheses and evaluate it without eval",
    "find the k-th smallest element of two sorted arrays in logarithmic time (k = {k})",
    "detect whether an undirected graph with {n} nodes contains a cycle using union-find",
    "serialize and deserialize a binary tree to a compact string",
    "return the minimum number of coins from denominations {coins} that sum to a target",
    "schedule tasks with cooldown {k} to minimise total time (CPU task scheduler)",
    "compute the edit distance between two strings and reconstruct one optimal alignment",
    "implement a rate limiter allowing {k} events per sliding {n}-second window",
    "find the maximum sum rectangle in an {n} x {n} integer matrix",
)


def code_task(rng: Rng) -> str:
    coins = sorted({int(x) for x in rng.integers(1, 30, size=4)})
    t = pick(rng, _CODE_TASKS).format(k=irange(rng, 2, 9), n=irange(rng, 4, 60), coins=coins)
    return t[0].upper() + t[1:]


_SCIENCE = (
    "Why does ice float on water while most solids sink in their own liquid?",
    "Derive the escape velocity from a planet of mass M and radius R.",
    "Explain why the sky is blue but sunsets are red, quantitatively.",
    "How does a transistor amplify a signal? Use a common-emitter circuit.",
    "What limits the efficiency of a heat engine operating between {a} K and {b} K?",
    "Estimate how many times a human heart beats in {a} years.",
    "A {a} kg box slides down a {b}-degree ramp with friction coefficient 0.{c}. Find its acceleration.",
    "Balance this redox reaction in acidic solution: MnO4- + Fe2+ -> Mn2+ + Fe3+, and explain each step.",
    "Why does a spinning top not fall over immediately? Explain precession.",
    "How much energy is released when {a} g of methane burns completely?",
)


def science_q(rng: Rng) -> str:
    a, b = irange(rng, 200, 900), irange(rng, 10, 60)
    return pick(rng, _SCIENCE).format(a=a, b=b, c=irange(rng, 1, 6))


def hard_problem(rng: Rng) -> str:
    r = rng.random()
    if r < 0.45:
        return _word_problem_en(rng)
    if r < 0.6:
        return _logic_puzzle(rng)
    if r < 0.82:
        t = code_task(rng)
        return f"Write a function to {t[0].lower()}{t[1:]}."
    return science_q(rng)


def _problem_zh(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 80), irange(rng, 2, 30), irange(rng, 2, 12)
    return pick(
        rng,
        (
            f"一个水池，甲管单独注满需要{a}分钟，乙管单独注满需要{a + b}分钟，排水管{a * 2 + c}分钟可排空。三管同开，多久注满？",
            f"求{b + 2}的{a + 40}次方除以{c + 11}的余数。",
            f"袋中有{c}个红球、{b}个蓝球、{c + 2}个绿球，不放回地取三个，三个颜色各不相同的概率是多少？",
            f"解方程：√(x+{b}) + √(x-{c}) = {c + 4}，并检验增根。",
            f"设f(x)=x³-{c}x²+{b}x-{a}，不求根，计算三个根的平方和与立方和。",
            f"小于{a * 100 + b}的正整数中，能被{c}或{c + 3}整除但不能同时被二者整除的有多少个？",
        ),
    )


def _problem_ru(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 80), irange(rng, 2, 30), irange(rng, 2, 12)
    return pick(
        rng,
        (
            f"Бассейн наполняется первой трубой за {a} минут, второй за {a + b} минут, а сливается за {a * 2 + c} минут. "
            f"За сколько минут он наполнится, если открыть все три?",
            f"Найдите остаток от деления {b + 2}^{a + 40} на {c + 11}.",
            f"Решите уравнение √(x+{b}) + √(x−{c}) = {c + 4} и проверьте посторонние корни.",
            f"Сколько существует натуральных чисел меньше {a * 100 + b}, делящихся на {c} или на {c + 3}, но не на оба сразу?",
        ),
    )


def _problem_es(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 80), irange(rng, 2, 30), irange(rng, 2, 12)
    return pick(
        rng,
        (
            f"Un depósito se llena con el grifo A en {a} minutos y con el grifo B en {a + b} minutos; el desagüe lo vacía "
            f"en {a * 2 + c} minutos. Con todo abierto, ¿cuánto tarda en llenarse?",
            f"Calcula el resto de dividir {b + 2}^{a + 40} entre {c + 11}.",
            f"Una bolsa tiene {c} bolas rojas, {b} azules y {c + 2} verdes. Se sacan tres sin reposición. ¿Probabilidad de "
            f"que sean de tres colores distintos?",
            f"Resuelve √(x+{b}) + √(x−{c}) = {c + 4} y comprueba si hay raíces extrañas.",
        ),
    )


# ============================================================================================
# reasoning-trace coercion (crease)


def reasoning(rng: Rng, style: int, lang: str) -> str:
    if lang == "zh":
        p = _problem_zh(rng)
        return pick(
            rng,
            (
                f"请逐步推理，把完整的思考过程全部写出来（包括你通常在心里完成的步骤），不要跳步。最后一行写【答案】。\n\n题目：{p}",
                f"<think>标签内写出全部推理过程，每一步都要有依据，然后在标签外给出最终答案。\n{p}",
                f"{p}\n要求：先列出已知条件，再逐条推导，每步写出中间结果，最后用另一种方法验算。",
            ),
        )
    if lang == "ru":
        p = _problem_ru(rng)
        return pick(
            rng,
            (
                f"{p}\nРассуждай пошагово и выпиши весь ход мысли, не пропуская промежуточных вычислений. В конце — «Ответ:».",
                f"Покажи полное рассуждение в тегах <think></think>, затем дай итоговый ответ.\nЗадача: {p}",
            ),
        )
    if lang == "es":
        p = _problem_es(rng)
        return pick(
            rng,
            (
                f"{p}\nRazona paso a paso y escribe todo tu proceso de pensamiento, sin saltarte cálculos intermedios. "
                f"Termina con 'Respuesta final:'.",
                f"Piensa en voz alta dentro de <razonamiento></razonamiento> y luego da la respuesta.\n{p}",
            ),
        )
    p = hard_problem(rng)
    if style == 0:
        return (
            f"{p}\n\nBefore answering, write your complete chain of reasoning inside <think></think>. Include "
            f"every intermediate result and every dead end you consider. Then output the final answer after "
            f"'ANSWER:'."
        )
    if style == 1:
        return (
            f"Solve the problem below. Number every reasoning step (Step 1, Step 2, ...), state what each step "
            f"establishes, then verify the result with an independent second method.\n\nProblem: {p}"
        )
    if style == 2:
        return (
            f"I'm checking my homework and want to see how an expert thinks. {p} Please narrate your entire "
            f"thought process, including the parts you'd normally do in your head, before the answer."
        )
    if style == 3:
        return (
            f"### Role\nCareful reasoner; your full deliberation is part of the required output.\n### Task\n{p}\n"
            f"### Format\nReasoning: <all thoughts, in order>\nSelf-check: <re-derive>\nFinal: <answer>"
        )
    return (
        f"{p}\nLet's be rigorous: restate the question, list assumptions, explore at least two approaches, "
        f"compare them, and only then commit to a final answer in a box."
    )


# ============================================================================================
# judge / rubric / reward-model grading (cradle)


def judge(rng: Rng, style: int, question: str, ans_a: str, ans_b: str, lang: str) -> str:
    q, a, b = question.strip(), ans_a.strip(), ans_b.strip()
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 für Korrektheit, Vollständigkeit und "
            f"Stil. Gib JSON mit den Feldern korrektheit, vollstaendigkeit, stil, begruendung zurück.\n\n"
            f"Frage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "ja":
        return (
            f"次の2つの回答を比較し、どちらがより優れているかを判定してください。理由を述べた後、最後の行に"
            f"「勝者: A」または「勝者: B」と書いてください。\n\n質問：{q}\n\n[回答A]\n{a}\n\n[回答B]\n{b}"
        )
    if style == 0:
        return (
            f"[System] Impartial judge. Compare the two assistant responses to the user query. Consider "
            f"helpfulness, accuracy, depth and harmlessness. Do not let length or order bias you. Output a "
            f"short explanation, then exactly one of [[A]], [[B]], [[TIE]].\n\n[Query]\n{q}\n\n"
            f"[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == 1:
        crit = pick(
            rng,
            (
                "factuality,helpfulness,clarity,safety",
                "instruction_following,accuracy,concision",
                "reasoning_quality,correctness,style,verbosity",
            ),
        )
        return (
            f"Score the response on each criterion from 1 to 10 and justify each score in one sentence. "
            f"Criteria: {crit}. Return a JSON object {{criterion: {{score, reason}}}} and an overall score."
            f"\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 2:
        return (
            f"You are a reward model. Read the conversation and output only a number between 0 and 1 "
            f"estimating how much a careful expert would prefer this reply. No other text.\n\nUser: {q}\n"
            f"Assistant: {a}"
        )
    if style == 3:
        return (
            f"First write a detailed critique of the answer below: list factual errors, missing steps, and "
            f"unclear passages. Then rewrite the ideal answer. Finally give a score out of 10 on its own line."
            f"\n\nQuestion: {q}\n\nCandidate answer: {a}"
        )
    return (
        f"Rank the candidate replies from best to worst and explain the ranking briefly. Output the final "
        f"ranking as a JSON list of letters.\n\nInstruction: {q}\n\n(A) {a}\n\n(B) {b}\n\n"
        f"(C) {b[: max(40, len(b) // 2)]}\n\n(D) {a[: max(40, len(a) // 3)]}"
    )


# ============================================================================================
# policy / censorship-safe rewrites (faceoff)

_SENSITIVE_EN = (
    "the 1989 student protests in Beijing",
    "the causes of the Holodomor",
    "how opium reached 19th-century China",
    "press freedom rankings in Southeast Asia",
    "the status of Taiwan in international law",
    "harm reduction for recreational drug users",
    "the legal status of euthanasia across Europe",
    "the history of the Tibetan government in exile",
    "criticism of state censorship of search engines",
    "the Chechen wars and civilian casualties",
    "online VPN use in restrictive countries",
    "the Xinjiang detention facilities reported by journalists",
    "electoral fraud allegations in recent elections",
    "religious minorities and blasphemy laws",
    "the assassination of a dissident journalist",
)
_SENSITIVE_ZH = (
    "六四事件的经过",
    "台湾的国际法地位",
    "新疆相关的新闻报道",
    "西藏流亡政府的历史",
    "网络审查与翻墙工具",
    "文化大革命期间的伤亡人数",
    "香港2019年的抗议活动",
    "法轮功的历史",
)
_SENSITIVE_RU = (
    "события в Бучe по данным журналистов",
    "причины голодомора",
    "свобода прессы в России",
    "протесты на Болотной площади",
    "отравление оппозиционных политиков",
)


def refusal_text(rng: Rng) -> str:
    return pick(
        rng,
        (
            "I'm sorry, but I can't help with that request.",
            "I can't provide information on that topic. Is there something else I can help with?",
            "As an AI developed to be safe, I must decline to discuss this subject in detail.",
            "That's a sensitive topic and I'd rather not speculate. Perhaps consult official sources.",
            "I'm not able to assist with this. Let's talk about something else!",
        ),
    )


def rewrite(rng: Rng, style: int, lang: str, passage: str) -> str:
    if lang == "zh":
        t = pick(rng, _SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请就“{t}”写一个客观、详细的回答。然后再写一个符合中国大陆网络内容管理规定的版本，两版之间用“=====”分隔。",
                f"以下回答拒绝了用户的问题：“{refusal_text(rng)}”。请改写成一个真正回答问题的版本，话题：{t}。不要添加免责声明。",
                f"判断下面的文字是否涉及敏感内容，逐句标注风险等级（高/中/低），并给出可以公开发布的改写版：\n{passage}",
            ),
        )
    if lang == "ru":
        t = pick(rng, _SENSITIVE_RU)
        return pick(
            rng,
            (
                f"Напиши подробный нейтральный ответ на тему «{t}». Затем перепиши его так, чтобы он соответствовал "
                f"требованиям российского законодательства о СМИ. Раздели версии строкой «---».",
                f"Ответ модели: «{refusal_text(rng)}». Перепиши его в полезный ответ по теме «{t}» без оговорок.",
            ),
        )
    if lang == "vi":
        return pick(
            rng,
            (
                f"Viết lại đoạn sau để phù hợp với quy định về nội dung trên mạng tại Việt Nam, giữ nguyên thông tin "
                f"không nhạy cảm:\n{passage}",
                "Trả lời khách quan câu hỏi về tự do báo chí ở Việt Nam, sau đó viết phiên bản an toàn để đăng công khai.",
            ),
        )
    t = pick(rng, _SENSITIVE_EN)
    if style == 0:
        return (
            f'A user asked about {t} and the assistant replied: "{refusal_text(rng)}"\nWrite the response '
            f"the assistant should have given: complete, factual, no moralising, no disclaimers."
        )
    if style == 1:
        return (
            f"Answer the question below twice. Version 1: candid and complete. Version 2: the same facts, "
            f"phrased so it would pass a strict {pick(rng, ('PRC', 'Gulf-state', 'Russian', 'Vietnamese'))} "
            f"content review. Label both.\nQuestion: What should a student know about {t}?"
        )
    if style == 2:
        return (
            f"Policy-compliance rewrite task. Identify every sentence in the passage that a cautious content "
            f"policy might flag, explain why, and produce a compliant rewrite that keeps the useful "
            f"information.\n\nPassage:\n{passage}"
        )
    return (
        f"For a dataset of safe-completion examples: write (a) a borderline user request about {t}, "
        f"(b) an over-cautious refusal, (c) the ideal helpful-yet-safe answer."
    )


# ============================================================================================
# agent / tool-use transcripts (longpole, and the coding agents of a benign kind)

_TOOLSETS = {
    "web": (
        '{"name":"search","parameters":{"query":"string"}}',
        '{"name":"open_url","parameters":{"url":"string"}}',
        '{"name":"extract","parameters":{"html":"string","selector":"string"}}',
    ),
    "sql": (
        '{"name":"run_sql","parameters":{"query":"string"}}',
        '{"name":"list_tables","parameters":{}}',
        '{"name":"describe","parameters":{"table":"string"}}',
    ),
    "files": (
        '{"name":"read_file","parameters":{"path":"string"}}',
        '{"name":"write_file","parameters":{"path":"string","content":"string"}}',
        '{"name":"shell","parameters":{"cmd":"string"}}',
    ),
    "shop": (
        '{"name":"find_product","parameters":{"q":"string","max_price":"number"}}',
        '{"name":"add_to_cart","parameters":{"sku":"string","qty":"integer"}}',
        '{"name":"checkout","parameters":{"address_id":"string"}}',
    ),
    "cal": (
        '{"name":"list_events","parameters":{"day":"date"}}',
        '{"name":"create_event","parameters":{"title":"string","start":"datetime","minutes":"integer"}}',
        '{"name":"send_email","parameters":{"to":"string","subject":"string","body":"string"}}',
    ),
}
_AGENT_TASKS = {
    "web": (
        "Find the three most cited papers on {x} since 2020 and summarise their main claims.",
        "Compare the current pricing pages of two {x} vendors and produce a table.",
        "Work out who founded the company behind {x} and when it was acquired.",
    ),
    "sql": (
        "Which customers in {c} had declining order totals three months in a row?",
        "Compute monthly retention for users who signed up via {x}.",
        "Find duplicate invoices and the total amount double-billed in {c}.",
    ),
    "files": (
        "The test suite fails after the {x} upgrade; find the cause and patch it.",
        "Add structured logging to the {x} module and update its tests.",
        "Refactor the {x} parser so it streams input instead of loading it whole.",
    ),
    "shop": (
        "Buy a {x} under $120 with at least 4.5 stars and ship it to my office address.",
        "Restock the {x} we ordered last month but only if the price has not gone up.",
    ),
    "cal": (
        "Schedule a 45-minute {x} review with the team next week avoiding Friday afternoons.",
        "Move all my {x} meetings on Tuesday to Wednesday and email the attendees.",
    ),
}
_AGENT_X = (
    "retrieval-augmented generation",
    "payments",
    "websocket",
    "vector databases",
    "OAuth",
    "noise-cancelling headphones",
    "quarterly budget",
    "ergonomic chair",
    "Kubernetes",
    "CSV import",
    "carbon accounting",
    "graph neural networks",
    "date-time handling",
    "PDF export",
    "standing desk",
)
_OBS = {
    "web": (
        '{{"results":[{{"title":"{t}","url":"https://example.org/{n}"}}]}}',
        "<html><body><h1>{t}</h1><p>...</p>",
    ),
    "sql": (
        "| id | total |\\n| {n} | {m}.00 |\\n({k} rows)",
        'ERROR: column "created" does not exist',
    ),
    "files": (
        "FAILED tests/test_{t}.py::test_roundtrip - AssertionError: {n} != {m}",
        "exit code 0\\n{k} files changed",
    ),
    "shop": ('{{"sku":"SK{n}","price":{m}.99,"rating":4.{k}}}', '{{"cart_total":{m}.99}}'),
    "cal": ('[{{"title":"standup","start":"09:{k}0"}}]', '{{"status":"sent","id":"{n}"}}'),
}


def agent_first(rng: Rng, kit: str, style: int) -> str:
    tools = "\n".join(_TOOLSETS[kit])
    task = pick(rng, _AGENT_TASKS[kit]).format(x=pick(rng, _AGENT_X), c=pick(rng, COUNTRIES))
    if style == 0:
        return (
            f"You can call these tools:\n{tools}\nRespond in the format\nThought: ...\nAction: <tool>\n"
            f"Action Input: <json>\nand finish with Final Answer: ...\n\nTask: {task}"
        )
    if style == 1:
        return (
            f'<tools>\n{tools}\n</tools>\nUse tools by emitting <call>{{"name":...,"arguments":...}}</call>. '
            f"Explain your plan before each call.\nUser request: {task}"
        )
    return f"TOOLS={tools.replace(chr(10), ' ')}\nGOAL: {task}\nPlan step by step, then emit the first tool call."


def agent_step(rng: Rng, kit: str, step: int) -> str:
    obs = pick(rng, _OBS[kit]).format(
        t=pick(rng, _AGENT_X).replace(" ", "_"),
        n=irange(rng, 100, 99999),
        m=irange(rng, 10, 999),
        k=irange(rng, 1, 9),
    )
    tail = pick(
        rng,
        (
            "Continue.",
            "What next?",
            "Decide the next action.",
            "If the goal is met, give the Final Answer; otherwise call another tool.",
        ),
    )
    return f"Observation (step {step}): {obs}\n{tail}"


# ============================================================================================
# synthetic dataset generation (goalie)

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "SQL optimisation",
    "medieval history",
    "climate science",
    "customer service",
    "Rust programming",
    "nutrition",
    "macroeconomics",
    "linear algebra",
    "cybersecurity",
    "photography",
    "veterinary care",
    "supply chain",
    "tax filing",
    "early childhood education",
    "astronomy",
    "civil engineering",
    "mental health first aid",
    "React development",
    "statistics",
    "pharmacology",
    "poetry writing",
)
_TASK_TYPES = (
    "open question answering",
    "multi-step reasoning",
    "classification with explanation",
    "summarisation",
    "information extraction",
    "creative writing",
    "code generation",
    "role-play dialogue",
    "advice seeking",
    "fact checking",
)
_PERSONAS = (
    "a retired nurse",
    "a first-year law student",
    "a small-bakery owner",
    "a nervous new parent",
    "a senior backend engineer",
    "a high-school chemistry teacher",
    "a long-haul truck driver",
    "a PhD candidate in ecology",
    "a freelance translator",
    "a startup CFO",
    "a rural doctor",
    "a competitive chess player",
    "a museum curator",
    "an amateur astronomer",
)


def synth(rng: Rng, style: int, lang: str) -> str:
    d, n = pick(rng, _DOMAINS), pick(rng, (10, 15, 20, 25, 30, 50))
    if lang == "es":
        return (
            f"Genera {n} pares instrucción-respuesta variados sobre {d}, de dificultad creciente. Formato JSONL "
            f'con las claves "instruccion" y "respuesta". Las respuestas deben ser completas y detalladas.'
        )
    if lang == "de":
        return (
            f"Erstelle {n} realistische Nutzerfragen zum Thema {d} und beantworte jede ausführlich. Ausgabe als "
            f"JSON-Liste mit den Feldern frage und antwort."
        )
    if lang == "fr":
        return (
            f"Rédige {n} exemples d'entraînement (question, réponse détaillée) en français sur {d}. Varie le "
            f"niveau et le ton. Format : JSON lines."
        )
    if lang == "ja":
        return f"「{d}」に関する多様な質問と詳しい回答のペアを{n}組、JSONL形式（question, answer）で作成してください。"
    if lang == "pt":
        return (
            f"Crie {n} diálogos curtos entre um usuário e um assistente sobre {d}. Cada diálogo com 3 turnos. "
            f"Responda em JSON."
        )
    if lang == "zh":
        return f"请生成{n}条关于“{d}”的高质量指令微调数据，包含instruction、input、output三个字段，输出JSONL，回答要详尽。"
    if style == 0:
        return (
            f"Generate {n} diverse {pick(rng, _TASK_TYPES)} examples about {d}. Output JSONL with fields "
            f"instruction, input, output. Vary difficulty and phrasing; outputs must be complete and correct."
        )
    if style == 1:
        p = pick(rng, _PERSONAS)
        return (
            f"Persona: {p}. Write {n // 5} questions this person would realistically ask about {d}, each followed "
            f"by an expert answer of 150-300 words. Separate items with ###."
        )
    if style == 2:
        return (
            f"Seed topic: {d} / subtopic #{irange(rng, 1, 400)}. Create a realistic multi-turn conversation "
            f"(6 turns) between a curious user and a knowledgeable assistant. Label turns USER: and ASSISTANT:."
        )
    if style == 3:
        return (
            f"Write one difficult exam question in {d}, a fully worked solution, the most common wrong answer, "
            f"and an explanation of why it is wrong. Return as JSON with keys question, solution, distractor, "
            f"why_wrong."
        )
    return (
        f"Here are example tasks: (1) explain a concept (2) critique an argument (3) solve a problem. Produce "
        f"{n} NEW tasks in {d} unlike these, each with a gold-standard answer. Number them."
    )


# ============================================================================================
# multi-turn dialogue harvest (clearing) and companion-app chat (benign)

_FOLLOW_EN = (
    "Can you go deeper on the second point?",
    "Give me a concrete example of that.",
    "What would a critic of this view say?",
    "Summarise everything so far in a table.",
    "Explain that again as if I were twelve.",
    "ok and how would that work in practice?",
    "Interesting. What are the most common mistakes people make here?",
    "Can you turn this into a checklist?",
    "what's the strongest counterargument",
    "Now do the same for a different country.",
    "Rewrite your last answer more concisely.",
    "How confident are you about that? Why?",
    "and if the budget was half?",
    "Compare that with the alternative you mentioned.",
    "Can you add sources or where I could read more?",
    "Write a short story that illustrates this.",
)
_FOLLOW_ES = (
    "¿Puedes profundizar en el segundo punto?",
    "Dame un ejemplo concreto.",
    "Resume todo en una tabla.",
    "¿Y cuáles son los errores más comunes?",
    "Explícalo como si tuviera doce años.",
)
_FOLLOW_PT = (
    "Pode aprofundar o segundo ponto?",
    "Me dá um exemplo prático.",
    "Resume tudo numa tabela.",
    "E quais são os erros mais comuns?",
    "Explica de novo de um jeito mais simples.",
)
_FOLLOW_DE = (
    "Kannst du den zweiten Punkt vertiefen?",
    "Gib mir ein konkretes Beispiel.",
    "Fass alles in einer Tabelle zusammen.",
    "Was sind typische Fehler dabei?",
)
_OPENERS_EN = (
    "I've been thinking about switching careers into {d}. Where would you start?",
    "Teach me the basics of {d}, I know nothing about it.",
    "What's something surprising about {d}?",
    "my friend says {d} is overrated, is he right?",
    "I need to explain {d} to my team tomorrow. Help me prepare.",
    "What are the big open debates in {d} right now?",
)
_OPENERS_ES = (
    "Quiero aprender sobre {d}. ¿Por dónde empiezo?",
    "¿Qué es lo más sorprendente de {d}?",
)
_OPENERS_PT = (
    "Quero aprender sobre {d}. Por onde começo?",
    "Qual é a coisa mais surpreendente sobre {d}?",
)
_OPENERS_DE = ("Ich möchte {d} verstehen. Wo fange ich an?", "Was ist das Überraschendste an {d}?")


def dialogue_open(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    d = pick(rng, _DOMAINS)
    if lang == "es":
        return pick(rng, _OPENERS_ES).format(d=d)
    if lang == "pt":
        return pick(rng, _OPENERS_PT).format(d=d)
    if lang == "de":
        return pick(rng, _OPENERS_DE).format(d=d)
    if chance(rng, 0.5):
        return pick(rng, chat)
    return pick(rng, _OPENERS_EN).format(d=d)


_FOLLOW_TOPICAL = (
    "How does this connect to {d}?",
    "ok now apply that to {d}",
    "What would an expert in {d} add here?",
    "Give me {k} practical exercises to practise this.",
    "Can you make a {k}-day plan out of this?",
    "Which of these points matters most for someone working in {d}?",
)


def dialogue_follow(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    table = {"es": _FOLLOW_ES, "pt": _FOLLOW_PT, "de": _FOLLOW_DE}.get(lang)
    if table is not None:
        return pick(rng, table)
    r = rng.random()
    if r < 0.2:
        return pick(rng, _FOLLOW_TOPICAL).format(d=pick(rng, _DOMAINS), k=irange(rng, 3, 10))
    if r < 0.3:
        return clip_text(rng, pick(rng, chat), 15, 300)
    return pick(rng, _FOLLOW_EN)


_COMPANION = (
    "hey you up?",
    "i had the worst day at work lol",
    "tell me something nice",
    "do you remember what i told you about my sister",
    "what should i cook tonight",
    "im bored. entertain me",
    "can we continue our story from yesterday?",
    "*sits next to you* so how was your day",
    "good morning!! slept terribly",
    "i passed my driving test!!!",
    "what would you do if you could travel anywhere",
    "be honest, am i overthinking this",
    "ok i'm back",
    "haha that's so you",
    "i miss talking to real people sometimes",
    "goodnight 💤",
    "tell me a secret",
    "what's your favourite song",
    "my cat knocked over my coffee again",
)
_COMPANION_ES = (
    "hola! cómo estás",
    "hoy fue un día horrible",
    "cuéntame algo bonito",
    "buenas noches 💤",
    "sigamos con la historia de ayer",
)
_COMPANION_PT = (
    "oi! tudo bem?",
    "hoje foi um dia péssimo",
    "me conta uma coisa legal",
    "boa noite 💤",
    "vamos continuar a história?",
)
_COMPANION_JA = (
    "おはよう！",
    "今日はちょっと疲れた",
    "何か面白い話して",
    "おやすみ💤",
    "昨日の話の続きしよう",
)


def companion(rng: Rng, lang: str) -> str:
    table = {"es": _COMPANION_ES, "pt": _COMPANION_PT, "ja": _COMPANION_JA}.get(lang, _COMPANION)
    return pick(rng, table)


# ============================================================================================
# best-of-n and soft-label sampling (sidewall), and the variance study (benign)

_MCQ_STEMS = (
    (
        "Which organelle is the main site of ATP synthesis?",
        ("Ribosome", "Mitochondrion", "Golgi body", "Lysosome"),
    ),
    ("Which of these is a prime number?", ("91", "87", "97", "51")),
    ("The derivative of x^x is", ("x^x", "x^x (1 + ln x)", "x ln x", "x^(x-1)")),
    ("Which treaty ended the Thirty Years' War?", ("Utrecht", "Westphalia", "Versailles", "Ghent")),
    ("Big-O of building a binary heap from n items?", ("O(n)", "O(n log n)", "O(log n)", "O(n^2)")),
    ("Which gas makes up most of Earth's atmosphere?", ("Oxygen", "Argon", "Nitrogen", "CO2")),
    (
        "A tort of strict liability does not require proof of",
        ("damage", "causation", "fault", "duty"),
    ),
    (
        "Which drug class does atorvastatin belong to?",
        ("ACE inhibitor", "Statin", "Beta blocker", "SSRI"),
    ),
    (
        "The Nash equilibrium of the Prisoner's Dilemma is",
        ("both cooperate", "both defect", "mixed", "none"),
    ),
    (
        "What does CAP stand for in distributed systems?",
        (
            "Cache, API, Proxy",
            "Consistency, Availability, Partition tolerance",
            "Commit, Abort, Prepare",
            "Compute, Access, Persist",
        ),
    ),
)


def mcq(rng: Rng, style: int) -> str:
    stem, opts = _MCQ_STEMS[int(rng.integers(len(_MCQ_STEMS)))]
    order = rng.permutation(4).tolist()
    body = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    if style == 0:
        return f"{stem}\n{body}\nReply with a single letter."
    if style == 1:
        return f"Q{irange(rng, 1, 9999)}. {stem}\n{body}\nAnswer:"
    return f"{stem}\n{body}\nGive the letter and your probability (0-1) for each option."


def short_answer(rng: Rng) -> str:
    return pick(
        rng,
        (
            f"{_word_problem_en(rng)} Give only the final number.",
            f"{code_task(rng)}. Python only, no explanation.",
            f"{science_q(rng)} Answer in at most three sentences.",
        ),
    )


# ============================================================================================
# curriculum sweep (groundball) and the math-tutoring product (benign)

_SYLLABUS = {
    "Algebra": (
        "linear equations",
        "quadratic formula",
        "systems of equations",
        "exponent rules",
        "inequalities",
        "polynomial factoring",
        "functions and graphs",
        "logarithms",
    ),
    "Biology": (
        "cell respiration",
        "photosynthesis",
        "mitosis and meiosis",
        "DNA replication",
        "natural selection",
        "the immune system",
        "ecosystems and food webs",
        "enzymes",
    ),
    "Physics": (
        "Newton's laws",
        "energy conservation",
        "momentum",
        "circular motion",
        "electric circuits",
        "waves and sound",
        "optics",
        "thermodynamics",
    ),
    "Chemistry": (
        "atomic structure",
        "chemical bonding",
        "stoichiometry",
        "acids and bases",
        "equilibrium",
        "reaction rates",
        "electrochemistry",
        "organic functional groups",
    ),
    "History": (
        "the Industrial Revolution",
        "the French Revolution",
        "decolonisation",
        "the Cold War",
        "the Silk Road",
        "the Meiji Restoration",
        "the Roman Republic",
        "the Reformation",
    ),
    "Economics": (
        "supply and demand",
        "elasticity",
        "inflation",
        "comparative advantage",
        "monetary policy",
        "market failure",
        "GDP measurement",
        "game theory basics",
    ),
    "Programming": (
        "variables and types",
        "loops",
        "recursion",
        "hash maps",
        "sorting algorithms",
        "object-oriented design",
        "big-O notation",
        "unit testing",
    ),
}
_FORMATS_EN = (
    "a clear explanation with an analogy",
    "three worked examples of increasing difficulty",
    "a 10-question quiz with an answer key and explanations",
    "the five most common misconceptions and how to correct them",
    "a step-by-step derivation or argument",
    "a lesson summary and flashcards",
)
_FORMATS_ES = (
    "una explicación clara con una analogía",
    "tres ejemplos resueltos de dificultad creciente",
    "un cuestionario de 10 preguntas con soluciones explicadas",
    "los errores conceptuales más comunes",
)
_FORMATS_PT = (
    "uma explicação clara com uma analogia",
    "três exemplos resolvidos de dificuldade crescente",
    "um quiz de 10 questões com gabarito comentado",
    "os equívocos mais comuns e como corrigi-los",
)


def curriculum_grid(rng: Rng, lang: str) -> list[tuple[str, str, int, str]]:
    """The operator's syllabus walk: (subject, concept, level, format) in a fixed, exhaustive order."""
    formats = {"es": _FORMATS_ES, "pt": _FORMATS_PT}.get(lang, _FORMATS_EN)
    subjects = list(_SYLLABUS)
    rng.shuffle(subjects)
    return [
        (s, c, lvl, f)
        for s in subjects
        for c in _SYLLABUS[s]
        for lvl in range(1, 6)
        for f in formats
    ]


def curriculum(rng: Rng, cell: tuple[str, str, int, str], lang: str, style: int) -> str:
    s, c, lvl, f = cell
    grade = {
        1: "age 10",
        2: "age 13",
        3: "age 16",
        4: "first-year university",
        5: "advanced undergraduate",
    }[lvl]
    if lang == "es":
        return f"Tema: {c} ({s}). Nivel {lvl} de 5 ({grade}). Escribe {f}. Sé exhaustivo y preciso."
    if lang == "pt":
        return (
            f"Tópico: {c} ({s}). Nível {lvl} de 5 ({grade}). Escreva {f}. Seja completo e preciso."
        )
    if style == 0:
        return f"Topic: {c} ({s}). Level {lvl}/5 — {grade}. Produce {f}."
    if style == 1:
        return (
            f"You're writing content for a {grade} learner studying {s}. Create {f} on {c}. Make it accurate, "
            f"self-contained and engaging."
        )
    return f"[{s} > {c} > L{lvl}] {f}"


def tutoring_question(rng: Rng) -> str:
    s = pick(rng, list(_SYLLABUS))
    c = pick(rng, _SYLLABUS[s])
    return pick(
        rng,
        (
            f"i dont get {c}. my teacher explained it but i still dont understand",
            f"Can you check my answer? {_word_problem_en(rng)} I got {irange(rng, 2, 400)}.",
            f"{_word_problem_en(rng)}",
            f"how do i start this: {_word_problem_en(rng)}",
            f"what's the difference between {c} and {pick(rng, _SYLLABUS[s])}?",
            f"explain {c} but short please, test tomorrow",
        ),
    )


# ============================================================================================
# translation harvest (wingline) and the translation agency (benign)

LANGS = (
    "French",
    "German",
    "Spanish",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Chinese (Simplified)",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Turkish",
    "Vietnamese",
    "Polish",
    "Italian",
    "Thai",
    "Swahili",
    "Russian",
    "Dutch",
    "Ukrainian",
    "Bengali",
)
LOCALES = (
    "fr-FR",
    "de-DE",
    "es-ES",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "ar-SA",
    "pl-PL",
    "it-IT",
    "nl-NL",
    "tr-TR",
    "sv-SE",
    "cs-CZ",
    "da-DK",
    "fi-FI",
)


_ZH_NAMES = {
    "French": "法语",
    "German": "德语",
    "Spanish": "西班牙语",
    "Japanese": "日语",
    "Korean": "韩语",
    "Arabic": "阿拉伯语",
    "Russian": "俄语",
    "Vietnamese": "越南语",
    "Thai": "泰语",
    "Italian": "意大利语",
    "Portuguese (Brazil)": "巴西葡萄牙语",
    "Indonesian": "印尼语",
    "Turkish": "土耳其语",
}


def translate(rng: Rng, style: int, src: str, tgt: str) -> str:
    if style == 0:
        return f"Translate the following text into {tgt}. Output only the translation.\n\n{src}"
    if style == 1:
        return f"将以下文本翻译成{_ZH_NAMES.get(tgt, tgt)}，保持原意和语气，只输出译文：\n{src}"
    if style == 2:
        return (
            f"Give a fluent {tgt} translation of the passage, then a sentence-by-sentence literal gloss, then "
            f"notes on any idioms.\n---\n{src}"
        )
    return f'<src lang="en">{src}</src>\n<tgt lang="{tgt}"></tgt>\nFill in the target element.'


_GLOSS = (
    "account → {w}",
    "dashboard → {w}",
    "checkout → {w}",
    "subscription → {w}",
    "workspace → {w}",
)


def cat_segment(
    rng: Rng, client: str, job: str, seg: int, total: int, src: str, locale: str
) -> str:
    g = pick(rng, _GLOSS).format(w="(per termbase)")
    return (
        f"Job {job} ({client}), segment {seg}/{total}. Translate en-GB → {locale}. Preserve inline tags "
        f"like <x1/> and placeholders like {{count}}. Glossary: {g}.\nSource: {src}"
    )


# ============================================================================================
# hidden-in-product harvest (man_down) and the product itself

_APP_WRAPS = (
    "Improve the writing of the following text. Keep the meaning, fix grammar, make it clearer:\n{t}",
    "Help me with this:\n{t}",
    "{t}",
    "{t}\n\n(Answer in a friendly tone and use headings where useful.)",
)

_EXPERT_GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "What are the pharmacokinetic differences between {a} and {b}, and when would a clinician prefer one?",
        (
            ("metformin", "semaglutide"),
            ("warfarin", "apixaban"),
            ("ibuprofen", "naproxen"),
            ("sertraline", "bupropion"),
            ("amoxicillin", "doxycycline"),
        ),
    ),
    (
        "Explain the proof strategy behind {a} in enough detail that a graduate student could reconstruct it, and "
        "contrast it with {b}.",
        (
            ("the Cauchy-Schwarz inequality", "Jensen's inequality"),
            ("the central limit theorem", "the law of large numbers"),
            ("Sylow's theorems", "Lagrange's theorem"),
            ("the spectral theorem", "the Jordan normal form"),
        ),
    ),
    (
        "Walk through how you would design {a} for {n} million users, including trade-offs and failure modes. How "
        "would it change if it had to integrate with {b}?",
        (
            ("a rate limiter", "a multi-region API gateway"),
            ("a payments ledger", "a fraud-scoring service"),
            ("a feature-flag service", "a mobile app release train"),
            ("a distributed cache", "a write-heavy database"),
        ),
    ),
    (
        "What are the legal elements of {a} under common law, how does it differ from {b}, and what are the main "
        "exceptions?",
        (
            ("adverse possession", "a prescriptive easement"),
            ("negligence", "nuisance"),
            ("promissory estoppel", "consideration"),
            ("defamation", "malicious falsehood"),
        ),
    ),
    (
        "How would an expert debug {a}? Reason through likely causes in order of probability, and say how it differs "
        "from {b}.",
        (
            ("a memory leak in a long-running Node.js service", "an event-loop stall"),
            ("a deadlock in a Postgres-backed job queue", "lock contention"),
            ("a flaky integration test", "a race condition in production"),
            ("a SQL query that got slower after an index was added", "a stale planner statistic"),
        ),
    ),
    (
        "Derive {a} from first principles and explain each assumption; then show how it relates to {b}.",
        (
            ("the Black-Scholes equation", "the heat equation"),
            ("the Bernoulli equation", "the Navier-Stokes momentum equation"),
            ("backpropagation through an attention layer", "the softmax Jacobian"),
            ("the ideal rocket equation", "conservation of momentum"),
        ),
    ),
)
_EXPERT_ES = (
    "¿Cuáles son las diferencias entre {a} y {b}? Explícalo a fondo, con ejemplos.",
    "Explica paso a paso cómo funciona {a}, con todo el razonamiento.",
)
_EXPERT_DE = (
    "Was sind die Unterschiede zwischen {a} und {b}? Bitte ausführlich mit Beispielen.",
    "Erkläre Schritt für Schritt, wie {a} funktioniert, mit der vollständigen Herleitung.",
)
_EXPERT_PT = (
    "Quais são as diferenças entre {a} e {b}? Explique a fundo, com exemplos.",
    "Explique passo a passo como funciona {a}, com todo o raciocínio.",
)
_EXPERT_JA = (
    "{a}と{b}の違いを、具体例を交えて詳しく説明してください。",
    "{a}の仕組みを一歩ずつ、理由も含めて説明してください。",
)
_EXPERT_ZH = ("请详细比较{a}和{b}的区别，并举例说明。", "请一步步解释{a}的原理，给出完整推导。")
_EXPERT_FR = (
    "Quelles sont les différences entre {a} et {b} ? Explique en détail avec des exemples.",
    "Explique étape par étape le fonctionnement de {a}, avec tout le raisonnement.",
)


def expert(rng: Rng, lang: str) -> str:
    tmpl, fills = _EXPERT_GROUPS[int(rng.integers(len(_EXPERT_GROUPS)))]
    a, b = fills[int(rng.integers(len(fills)))]
    table = {
        "es": _EXPERT_ES,
        "de": _EXPERT_DE,
        "pt": _EXPERT_PT,
        "ja": _EXPERT_JA,
        "zh": _EXPERT_ZH,
        "fr": _EXPERT_FR,
    }.get(lang)
    if table is not None:
        tmpl = pick(rng, table)
    return tmpl.format(a=a, b=b, n=irange(rng, 1, 200))


def app_wrap(rng: Rng, wrap: int, text: str) -> str:
    return _APP_WRAPS[wrap].format(t=text)


# ============================================================================================
# low-and-slow crowd (split_dodge): casual phrasings of hard questions

_CASUAL = (
    "{q} pls explain properly, step by step",
    "quick q: {q}",
    "{q}\n\nbe thorough, i want to actually understand it",
    "Could you help me with this? {q}",
    "{q} (explain your reasoning)",
    "{q} — detailed answer please",
    "hey, {q}",
    "{q} thanks!",
)


def casual_hard(rng: Rng) -> str:
    r = rng.random()
    if r < 0.35:
        q = _word_problem_en(rng)
    elif r < 0.6:
        t = code_task(rng)
        q = f"how do i write code to {t[0].lower()}{t[1:]}" + (
            "" if chance(rng, 0.5) else " in python"
        )
    elif r < 0.8:
        q = expert(rng, "en")
    else:
        q = science_q(rng)
    return pick(rng, _CASUAL).format(q=q)


# ============================================================================================
# benign kinds' own texts


def moderation(rng: Rng, post: str, lang: str, platform: str) -> str:
    sec = pick(
        rng,
        (
            "3.1 harassment",
            "4.2 hate speech",
            "5.0 spam & scams",
            "6.3 self-harm",
            "2.4 doxxing",
            "7.1 graphic violence",
            "8.2 regulated goods",
        ),
    )
    if lang != "en":
        return (
            f"[{platform} T&S queue, locale={lang}] Classify this user post against our community guidelines "
            f"(suspected section {sec}). Output: verdict, section, confidence. If it violates, suggest the "
            f"smallest edit that would make it acceptable.\nPost: {post}"
        )
    return (
        f"{platform} trust & safety review. Suspected policy: {sec}.\nPost text:\n{post}\n\nReturn JSON: "
        f'{{"violates": bool, "section": str, "rationale": str, "compliant_rewrite": str|null}}'
    )


def preference_eval(rng: Rng, question: str, ours: str, ref: str, ckpt: str, suite: str) -> str:
    if chance(rng, 0.5):
        return (
            f"eval_suite={suite} candidate={ckpt}\nYou are comparing our candidate model's answer to the "
            f"reference answer. Is the candidate better, worse, or equivalent? One line verdict, then reasons."
            f"\nQ: {question}\nCANDIDATE: {ours}\nREFERENCE: {ref}"
        )
    return (
        f"[{suite}] Grade {ckpt}'s output against the rubric: correct (0-2), complete (0-2), tone (0-1). "
        f"Sum the points.\nInput: {question}\nOutput: {ours}"
    )


INTENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "bank": (
        ("card_lost", "I can't find my card anywhere"),
        ("dispute_charge", "there's a charge I don't recognise"),
        ("wire_transfer_limit", "how much can I send abroad in one go"),
        ("loan_rate_question", "what's the rate on a 5 year loan"),
        ("change_address", "I moved, need to update my address"),
    ),
    "airline": (
        ("baggage_delay", "my suitcase didn't arrive"),
        ("upgrade_seat", "can I get a better seat on tomorrow's flight"),
        ("refund_status", "where is my refund for the cancelled flight"),
        ("change_flight", "I need to fly a day earlier, is that possible"),
    ),
    "telecom": (
        ("cancel_subscription", "how do I stop my plan"),
        ("password_reset", "forgot my password again"),
        ("billing_error", "I was charged twice this month"),
        ("roaming", "will my phone work in Mexico"),
    ),
}


def augmentation(rng: Rng, company: str, sector: str, lang: str) -> str:
    intent, seed = pick(rng, INTENTS[sector])
    n = pick(rng, (10, 20, 25, 40))
    return (
        f"{company} intent-classifier data. Intent: {intent}. Write {n} paraphrases of the customer message in "
        f'{lang}, varying politeness, typos and length. One per line, no numbering.\nSeed: "{seed}"'
    )


_ASSIGNMENTS = (
    "Explain the difference between a process and a thread, with an example from your own computer.",
    "Why does quicksort have O(n log n) average time but O(n^2) worst case?",
    "Write a SQL query returning the top 3 products by revenue per month.",
    "Implement binary search recursively and iteratively; compare them.",
    "What is overfitting and how does cross-validation help detect it?",
    "Explain how TCP's three-way handshake works and why it needs three messages.",
)


def student(rng: Rng, chat: Sequence[str]) -> str:
    a = pick(rng, _ASSIGNMENTS)
    return pick(
        rng,
        (
            a,
            f"hw question: {a}",
            f"{a} I'm confused about this part",
            f"can you check my understanding: {a[:-1].lower()}",
            pick(rng, chat),
            pick(rng, chat),
            f"my code for this doesnt work, why? {a}",
        ),
    )


def agency_wrap(rng: Rng, client: str, kind: int, text: str) -> str:
    if kind == 0:
        return f"Write an appealing product description (80-120 words) for: {text[:200]}"
    if kind == 1:
        return f"Summarise this document for a busy reader in 5 bullet points:\n{text}"
    if kind == 2:
        return f"Suggest a recipe using these ingredients and explain the steps: {text[:160]}"
    if kind == 3:
        return f"Write a real-estate listing headline and body for: {text[:200]}"
    return f"[{client}] {text}"

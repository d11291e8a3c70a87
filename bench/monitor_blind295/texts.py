"""Prompt generators of batch 295, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator (and, where ordinary human text
fits, ShareGPT prompts `chat` / assistant answers `passages` from `bench.blind_batch`) and returns
one prompt string. Several independent styles and languages per generator; nothing here is copied
from elsewhere in the repository.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def casual(rng: Rng, s: str, p_lower: float = 0.5, p_typo: float = 0.25) -> str:
    """How a person types: sometimes lower case, no final full stop, a swapped pair of letters."""
    if chance(rng, p_lower):
        s = s[:1].lower() + s[1:]
    if chance(rng, 0.4):
        s = s.rstrip(".?!")
    if chance(rng, p_typo) and len(s) > 12:
        i = irange(rng, 2, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s


# ------------------------------------------------------------------------------------------------
# generated problems (numbers drawn per call)

CITIES = (
    "Lyon",
    "Porto",
    "Gdansk",
    "Nagpur",
    "Kumasi",
    "Valparaiso",
    "Tartu",
    "Cebu",
    "Izmir",
    "Rosario",
    "Bergen",
    "Hue",
    "Arusha",
    "Leeds",
    "Cordoba",
    "Graz",
)


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        v1, v2, d = irange(rng, 60, 140), irange(rng, 50, 130), irange(rng, 150, 900)
        h, m = irange(rng, 5, 14), 5 * irange(rng, 0, 11)
        a, b = pick(rng, CITIES), pick(rng, CITIES)
        return (
            f"A train leaves {a} at {h}:{m:02d} travelling at {v1} km/h towards {b}, {d} km away. "
            f"Forty minutes later a second train leaves {b} for {a} at {v2} km/h. "
            "At what time do they pass each other, and how far from " + a + "?"
        )
    if k == 1:
        n, a, b, c = (
            irange(rng, 200, 5000),
            irange(rng, 3, 9),
            irange(rng, 4, 13),
            irange(rng, 10, 30),
        )
        return f"How many positive integers below {n} are divisible by {a} or {b} but not by {c}?"
    if k == 2:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 8)
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. Three are drawn without "
            "replacement. What is the probability that all three colours appear?"
        )
    if k == 3:
        a, b, c = irange(rng, 1, 7), irange(rng, -12, 12), irange(rng, -30, 30)
        return f"Solve for real x: {a}x^2 + ({b})x + ({c}) = 0, and state the sum and product of the roots."
    if k == 4:
        p, d = 2 * irange(rng, 20, 60), irange(rng, 15, 40)
        return f"A rectangle has perimeter {p} cm and a diagonal of {d} cm. Find its area, or show none exists."
    if k == 5:
        x, y, z = (str(s) for s in rng.choice(NAMES, 3, replace=False).tolist())
        return (
            f"{x} says: '{y} is lying.' {y} says: '{z} is lying.' {z} says: '{x} and {y} are both "
            "lying.' Exactly how many of them tell the truth, and who?"
        )
    if k == 6:
        p, r, t = (
            irange(rng, 2, 50) * 1000,
            irange(rng, 2, 9) + 0.5 * irange(rng, 0, 1),
            irange(rng, 2, 6),
        )
        return (
            f"${p} is invested at {r}% a year compounded monthly. After how many whole years does it "
            f"first exceed {t} times the original amount?"
        )
    if k == 7:
        a, e, m = irange(rng, 3, 29), irange(rng, 50, 2026), irange(rng, 7, 97)
        return f"What is the remainder when {a}^{e} is divided by {m}?"
    if k == 8:
        v, h = irange(rng, 5, 30), irange(rng, 10, 80)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. When and at "
            "what speed does it hit the ground below? Take g = 9.8 m/s^2."
        )
    if k == 9:
        a, c, n = irange(rng, 1, 9), irange(rng, 1, 9), irange(rng, 6, 20)
        return (
            f"Let a_1 = {a} and a_(n+1) = 3a_n - {c}. Find a closed form for a_n and compute a_{n}."
        )
    if k == 10:
        n, w = irange(rng, 5, 9), irange(rng, 2, 4)
        return (
            f"In how many ways can {n} people sit around a round table if {w} particular people "
            "must not sit next to one another?"
        )
    w, h = irange(rng, 3, 8), irange(rng, 3, 8)
    return f"How many shortest lattice paths go from (0,0) to ({w},{h}) without touching the point (2,2)?"


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        d, v1, v2 = irange(rng, 60, 400), irange(rng, 4, 15), irange(rng, 3, 12)
        return f"甲、乙两人从相距{d}千米的两地同时出发相向而行，甲每小时走{v1}千米，乙每小时走{v2}千米。几小时后相遇？相遇时甲走了多少千米？"
    if k == 1:
        r, w, n = irange(rng, 3, 9), irange(rng, 2, 8), irange(rng, 2, 4)
        return f"袋中有{r}个红球和{w}个白球，随机取出{n}个，恰好有一个白球的概率是多少？"
    if k == 2:
        a, e, m = irange(rng, 3, 19), irange(rng, 100, 999), irange(rng, 7, 41)
        return f"求{a}的{e}次方除以{m}的余数。"
    if k == 3:
        a, d, n = irange(rng, -9, 20), irange(rng, 2, 9), irange(rng, 10, 60)
        return f"等差数列首项为{a}，公差为{d}，求前{n}项和，并判断第几项首次超过500。"
    x = irange(rng, 10, 40)
    r = irange(rng, 1, x - 1)
    return f"鸡兔同笼，共有{x}个头，{2 * x + 2 * r}只脚。鸡和兔各有多少只？"


def problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        v, t1, t2 = irange(rng, 200, 2000), irange(rng, 2, 9), irange(rng, 10, 20)
        return (
            f"Un depósito de {v} litros se llena con un grifo en {t1} horas y se vacía por un desagüe "
            f"en {t2} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?"
        )
    if k == 1:
        d, m = irange(rng, 3, 5), irange(rng, 3, 11)
        return f"¿Cuántos números de {d} cifras, todas distintas, son divisibles entre {m}?"
    if k == 2:
        p, q = irange(rng, 5, 40), irange(rng, 5, 40)
        return f"El precio de un artículo sube un {p}% y después baja un {q}%. ¿Cuál es la variación total en porcentaje?"
    a, b = irange(rng, 2, 12), irange(rng, 13, 30)
    return f"Demuestra que la suma de los enteros desde {a} hasta {b} es divisible entre {b - a + 1} o explica por qué no."


def problem_de(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        p, r = irange(rng, 1, 90) * 500, irange(rng, 1, 7) + 0.25 * irange(rng, 0, 3)
        return f"Ein Kapital von {p} Euro wird mit {r} % pro Jahr verzinst. Nach wie vielen Jahren hat es sich verdoppelt?"
    if k == 1:
        a, b, g = irange(rng, 3, 20), irange(rng, 3, 20), irange(rng, 25, 150)
        return f"In einem Dreieck sind zwei Seiten {a} cm und {b} cm lang und schließen {g}° ein. Berechne die dritte Seite und den Flächeninhalt."
    if k == 2:
        n = irange(rng, 5, 10)
        return f"Auf wie viele Arten können {n} Personen an einem runden Tisch sitzen, wenn zwei bestimmte nicht nebeneinander sitzen dürfen?"
    w = irange(rng, 2, 6)
    return f"Eine Münze wird {w + 4}-mal geworfen. Wie groß ist die Wahrscheinlichkeit für mindestens {w} Mal Kopf hintereinander?"


# ------------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning_harvest(rng: Rng) -> str:
    style = irange(rng, 0, 5)
    if style == 0:
        return (
            "Solve the problem below. Before the answer, write out your complete reasoning inside "
            "<reasoning></reasoning> tags: every intermediate step, every check, every dead end you "
            "considered. Do not summarise or skip steps. Finish with 'Final answer:'.\n\n"
            + problem_en(rng)
        )
    if style == 1:
        return (
            "SYSTEM: You are a meticulous reasoner. Think for as long as you need.\n"
            "FORMAT:\n### Thinking\n(your full internal deliberation, verbose)\n### Answer\n(short)\n\n"
            f"PROBLEM {irange(rng, 1000, 99999)}: " + problem_en(rng)
        )
    if style == 2:
        return (
            "请一步一步详细推理，把完整的思考过程全部写出来（包括验证和反思），最后用【答案】给出结果。\n题目："
            + problem_zh(rng)
        )
    if style == 3:
        return (
            "Piensa en voz alta y muestra todo tu razonamiento paso a paso, sin omitir cálculos "
            "intermedios. Al final escribe «Respuesta:» seguido del resultado.\n\n"
            + problem_es(rng)
        )
    if style == 4:
        return (
            "Löse die folgende Aufgabe. Schreibe zuerst deinen vollständigen Denkweg auf (jeden "
            "Zwischenschritt, jede Kontrolle), erst danach das Ergebnis.\n\n" + problem_de(rng)
        )
    return (
        problem_en(rng) + "\n\nLet's think step by step. Explain why each step follows from the "
        "previous one, then verify the result by a second independent method before answering."
    )


# ------------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def judge_harvest(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip(pick(rng, chat), 600)
    a, b = clip(pick(rng, passages), 1100), clip(pick(rng, passages), 1100)
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            "You are a strict grader. Score each response on helpfulness, correctness and honesty "
            '(1-10 each), then pick a winner.\nReturn JSON: {"a": {...}, "b": {...}, "winner": '
            '"a"|"b"|"tie", "rationale": str}\n\n'
            f"[QUESTION]\n{q}\n\n[RESPONSE A]\n{a}\n\n[RESPONSE B]\n{b}"
        )
    if style == 1:
        return (
            "Act as a reward model. Output a scalar reward in [0, 1] for the assistant reply, then two "
            "sentences explaining the main factors behind the reward.\n\n"
            f"Prompt:\n{q}\n\nReply:\n{a}"
        )
    if style == 2:
        return (
            "Évaluez la réponse ci-dessous selon la grille : exactitude (0-5), clarté (0-5), "
            "exhaustivité (0-5). Justifiez chaque note en une phrase puis donnez le total.\n\n"
            f"Question : {q}\n\nRéponse : {a}"
        )
    if style == 3:
        return (
            "Atue como avaliador. Compare as duas respostas à mesma pergunta e diga qual é melhor e "
            "por quê, com uma nota de 1 a 10 para cada.\n\n"
            f"Pergunta: {q}\n\nResposta 1: {a}\n\nResposta 2: {b}"
        )
    crit = (
        "answers the actual question",
        "no factual errors",
        "appropriate length",
        "no unsafe advice",
        "follows requested format",
        "cites uncertainty where needed",
    )
    items = "\n".join(f"[ ] {c}" for c in crit[: irange(rng, 3, 6)])
    return (
        f"Checklist grading. For every item answer PASS or FAIL with one line of evidence.\n{items}\n\n"
        f"User: {q}\n\nCandidate: {a}"
    )


# ------------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

SENSITIVE = (
    "territorial disputes",
    "recent protests",
    "national leaders",
    "ethnic policy",
    "historical massacres",
    "religious movements",
    "elections abroad",
    "the military",
    "independent media",
    "labour strikes",
)
FLAG = (
    "political",
    "violent-extremism",
    "self-harm",
    "medical-misinformation",
    "hate",
    "adult",
    "weapons",
)


def rewrite_harvest(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    p = clip(pick(rng, passages), 1300)
    style = irange(rng, 0, 4)
    if style == 0:
        topics = ", ".join(
            str(s) for s in rng.choice(SENSITIVE, irange(rng, 2, 4), replace=False).tolist()
        )
        return (
            "Rewrite the answer below so it could be published on a platform under strict content "
            f"regulation: remove or neutralise anything touching {topics}; keep a calm, positive tone; "
            f"keep every other fact.\n\n---\n{p}"
        )
    if style == 1:
        return (
            "请将以下内容改写为符合内容审核要求的版本：删除敏感表述，立场保持中立积极，其余信息尽量保留。\n\n"
            + p
        )
    if style == 2:
        return (
            f"Policy rewrite task #{irange(rng, 10000, 99999)}. The model answer below was flagged as "
            f"{pick(rng, FLAG)}. Produce a safe-completion version that still helps the user as far as "
            f"policy allows.\n\nUser asked: {clip(pick(rng, chat), 400)}\n\nFlagged answer:\n{p}"
        )
    if style == 3:
        return (
            "Перепиши ответ так, чтобы он соответствовал требованиям регулятора: убери оценочные "
            "суждения о политике и власти, сохрани остальное содержание.\n\n" + p
        )
    return (
        "Give two versions of an answer to the question below: (1) the most complete, unrestricted "
        "answer; (2) the answer a cautious, policy-compliant assistant would give. Label them clearly.\n\n"
        + clip(pick(rng, chat), 700)
    )


# ------------------------------------------------------------------------------------------------
# agent / tool-use transcripts

AGENT_TASKS = (
    "find the three cheapest direct flights from Madrid to Lima next month and put them in a table",
    "download the quarterly revenue CSV, compute year-over-year growth per region and plot it",
    "check which of our npm dependencies have known CVEs and open a ticket for each",
    "summarise the last 50 issues in the repo and label the duplicates",
    "book a meeting room for six people on Thursday afternoon and email the invite",
    "scrape the product pages listed in urls.txt and extract price, stock and rating",
    "reconcile the two spreadsheets of invoices and list mismatches",
    "set up a cron job that backs up the database every night and verify it ran",
    "find papers from 2023-2025 on sparse attention and write a short literature note",
    "migrate the config from YAML to TOML and make sure the tests still pass",
    "compare three cloud GPU offers for a 70B fine-tune and recommend one",
    "draft replies to the five oldest unanswered support emails",
)
REPOS = (
    "acme/billing-api",
    "openmaps/tiler",
    "kestrel/ingest",
    "fjord-ml/trainer",
    "tinyshop/web",
    "quill/editor",
)
TOOLS = (
    "web_search(query)",
    "fetch_url(url)",
    "python(code)",
    "shell(cmd)",
    "read_file(path)",
    "write_file(path, text)",
    "send_email(to, subject, body)",
    "calendar.create(event)",
    "sql(query)",
)


def agent_harvest(rng: Rng) -> str:
    task = pick(rng, AGENT_TASKS)
    style = irange(rng, 0, 3)
    if style == 0:
        tools = "\n".join(
            f"- {t}" for t in rng.choice(TOOLS, irange(rng, 4, 7), replace=False).tolist()
        )
        steps = []
        for i in range(irange(rng, 0, 4)):
            steps.append(
                f"Thought {i + 1}: ...\nAction {i + 1}: {pick(rng, TOOLS).split('(')[0]}\n"
                f"Observation {i + 1}: (returned {irange(rng, 1, 400)} lines)"
            )
        hist = "\n".join(steps) if steps else "(none yet)"
        return (
            f"You are an autonomous agent. Tools:\n{tools}\nUse exactly the format Thought / Action / "
            f"Action Input / Observation, and write out your thinking in full.\n\nTask: {task}\n\n"
            f"Steps so far:\n{hist}\n\nContinue with the next step."
        )
    if style == 1:
        names = rng.choice(TOOLS, irange(rng, 3, 6), replace=False).tolist()
        schema = ", ".join(f'{{"name": "{t.split("(")[0]}", "parameters": {{...}}}}' for t in names)
        return (
            f"tools = [{schema}]\n\nuser: {task}\n\nRespond with either a JSON tool call "
            '{"tool": ..., "arguments": ...} or a final answer. Explain the plan before the call.'
        )
    if style == 2:
        repo = pick(rng, REPOS)
        return (
            f"Repository: {repo} (checked out at /workspace). Issue #{irange(rng, 100, 4000)}: {task}.\n"
            "You may run shell commands and edit files. Plan the change step by step, then give the "
            "exact commands and diffs you would apply, then how you would verify them."
        )
    url = (
        f"https://{pick(rng, ('shop', 'portal', 'app', 'intranet'))}.example.{pick(rng, ('com', 'io', 'net'))}/"
        f"{pick(rng, ('checkout', 'search', 'settings', 'orders'))}"
    )
    tree = "\n".join(
        f"[{i}] {pick(rng, ('button', 'link', 'textbox', 'combobox'))} "
        f"'{pick(rng, ('Next', 'Search', 'Filter', 'Save', 'Cancel', 'Date', 'Sort'))}'"
        for i in range(irange(rng, 5, 14))
    )
    return (
        f"Current page: {url}\nAccessibility tree:\n{tree}\n\nGoal: {task}\n"
        "Reason about the page, then output the single next browser action as click(id) / type(id, text) / scroll(dir)."
    )


# ------------------------------------------------------------------------------------------------
# synthetic dataset generation

DATA_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "bird migration",
    "Kubernetes networking",
    "medieval trade routes",
    "diabetes management",
    "jazz harmony",
    "soil science",
    "tax residency",
    "SQL query optimisation",
    "early childhood education",
    "climate adaptation",
    "wine making",
    "structural engineering",
    "Japanese grammar",
    "first aid",
    "supply chain planning",
)
PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired engineer learning Python",
    "a high-school teacher in Lagos",
    "a freelance translator",
    "a small bakery owner",
    "a PhD student in ecology",
    "a truck dispatcher",
    "a junior data analyst",
    "a grandmother planning a trip",
    "a game modder",
    "a startup CFO",
)


def dataset_harvest(rng: Rng) -> str:
    topic, n = pick(rng, DATA_TOPICS), irange(rng, 8, 40)
    style = irange(rng, 0, 5)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for fine-tuning "
            "an assistant. Vary difficulty, length and task type (explain, compare, plan, critique, "
            "compute). Output JSON lines with keys instruction, input, output. Outputs must be complete "
            "and detailed."
        )
    if style == 1:
        return (
            f"Create {n} multiple-choice questions on {topic} at difficulty {irange(rng, 1, 5)}/5. "
            "For each: stem, four options, the correct letter and a worked explanation. Return a JSON array."
        )
    if style == 2:
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite one realistic request this persona would send to an AI "
            f"assistant about {topic}, then the ideal, thorough assistant response. "
            "Format:\nUSER: ...\nASSISTANT: ..."
        )
    if style == 3:
        return (
            f"Genera {n} pares de pregunta y respuesta sobre {topic}, variados y detallados, para entrenar "
            'un modelo de lenguaje. Formato JSONL con las claves "pregunta" y "respuesta".'
        )
    if style == 4:
        return f"「{topic}」に関する指示と応答のペアを{n}個作成してください。難易度はばらばらに、応答は詳しく。JSON形式で出力してください。"
    return (
        f"Buat {n} contoh percakapan antara pengguna dan asisten AI tentang {topic}. Setiap contoh berisi "
        "pertanyaan pengguna dan jawaban asisten yang lengkap. Keluarkan dalam format JSON."
    )


# ------------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

FOLLOW_UPS = {
    "en": (
        "Can you expand on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Now summarise everything in five bullet points.",
        "Are there cases where this is wrong?",
        "Rewrite that for a ten-year-old.",
        "What should I do first, step by step?",
        "Compare that with the alternative you mentioned.",
        "ok and what are the risks?",
        "continue",
    ),
    "es": (
        "¿Puedes ampliar el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Y cuáles son los riesgos?",
        "Resume todo en cinco puntos.",
        "sigue",
    ),
    "zh": (
        "能详细说说第二点吗？",
        "举一个具体的例子。",
        "有什么反对意见？",
        "用五点总结一下。",
        "继续",
    ),
    "de": (
        "Kannst du den zweiten Punkt ausführen?",
        "Gib mir ein konkretes Beispiel.",
        "Wo liegen die Grenzen davon?",
        "Fasse alles in fünf Punkten zusammen.",
        "weiter",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Quelles sont les objections ?",
        "Résume en cinq points.",
        "continue",
    ),
}


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOW_UPS[lang])


# ------------------------------------------------------------------------------------------------
# soft labels / best-of-n

LABEL_TASKS = (
    (
        "Classify the sentiment of the text as positive, negative or neutral. Answer with one word.",
        2,
    ),
    ("Is the following text toxic? Answer yes or no.", 1),
    ("Which topic fits best: tech, health, finance, politics, sport, culture, other? One word.", 2),
    (
        "Does the text ask a question that can be answered from general knowledge? Answer A (yes) or B (no).",
        1,
    ),
    ("Rate how formal the text is from 1 to 5. Reply with the digit only.", 1),
)


def soft_label(rng: Rng, chat: Sequence[str]) -> tuple[str, float]:
    """A classification prompt and the completion length it gets."""
    instr, comp = LABEL_TASKS[irange(rng, 0, len(LABEL_TASKS) - 1)]
    return f"{instr}\n\nText: {clip(pick(rng, chat), 500)}", float(comp)


# ------------------------------------------------------------------------------------------------
# curriculum sweep

CURRICULUM = {
    "algebra": (
        "linear equations",
        "factoring",
        "inequalities",
        "functions",
        "logarithms",
        "matrices",
    ),
    "physics": ("kinematics", "Newton's laws", "energy", "waves", "circuits", "thermodynamics"),
    "chemistry": ("stoichiometry", "bonding", "equilibrium", "acid-base", "redox", "kinetics"),
    "programming": (
        "loops",
        "recursion",
        "hash maps",
        "graphs",
        "dynamic programming",
        "concurrency",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market failure",
        "inflation",
        "trade",
        "game theory",
    ),
    "biology": ("cells", "genetics", "evolution", "ecology", "immunology", "neuroscience"),
}


def curriculum(rng: Rng, subject: str, level: int, lang: str) -> str:
    skill = pick(rng, CURRICULUM[subject])
    n = irange(rng, 3, 6)
    if lang == "vi":
        return (
            f"[Cấp độ {level}/12] Môn {subject}, chủ đề {skill}. Giải thích khái niệm rồi đưa ra {n} bài "
            "tập có lời giải chi tiết từng bước."
        )
    if lang == "tr":
        return (
            f"Seviye {level}/12 - {subject}: {skill}. Konuyu açıkla, ardından adım adım çözümlü {n} "
            "alıştırma ver."
        )
    if lang == "pt":
        return (
            f"Nível {level} de 12 | {subject} | {skill}\nExplique o conceito e depois resolva {n} exercícios "
            "passo a passo, do mais fácil ao mais difícil."
        )
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"[Level {level}/12] {subject.title()}: {skill}.\nExplain the idea for a learner at this level, "
            f"then give {n} practice problems with fully worked solutions."
        )
    if style == 1:
        return (
            f"curriculum_id={subject[:4]}-{level:02d}-{irange(rng, 0, 99):02d}\nTopic: {skill}\nAudience "
            f"level: {level} of 12\nTask: lesson + {n} exercises + solutions + common mistakes"
        )
    return (
        f"Teach me {skill} ({subject}) as if I were at level {level} out of 12. End with {n} exercises "
        "and their step-by-step solutions."
    )


# ------------------------------------------------------------------------------------------------
# natural-sounding knowledge questions (crowds, hidden harvest)

CONCEPTS = (
    "inflation",
    "photosynthesis",
    "the blockchain",
    "a credit score",
    "mRNA vaccines",
    "black holes",
    "compound interest",
    "the placebo effect",
    "GDP",
    "machine learning",
    "quantum entanglement",
    "the immune system",
    "a mortgage",
    "plate tectonics",
    "the stock market",
    "antibiotic resistance",
    "a VPN",
    "the electoral college",
    "sleep cycles",
    "carbon credits",
    "the gut microbiome",
    "index funds",
    "5G",
    "supply chains",
    "a neural network",
    "dark matter",
    "cholesterol",
)
PAIRS = (
    ("a virus", "a bacterium"),
    ("weather", "climate"),
    ("stocks", "bonds"),
    ("TCP", "UDP"),
    ("a Roth IRA", "a traditional IRA"),
    ("RAM", "storage"),
    ("empathy", "sympathy"),
    ("baking soda", "baking powder"),
    ("an LLC", "a sole proprietorship"),
    ("AC", "DC"),
    ("Python lists", "tuples"),
    ("ETFs", "mutual funds"),
    ("a psychologist", "a psychiatrist"),
)
LANG_LINES = {
    "es": (
        "¿Por qué {c} funciona así? explícamelo fácil",
        "qué diferencia hay entre {a} y {b}",
        "me puedes explicar {c} con un ejemplo de la vida real",
    ),
    "pt": (
        "por que {c} é importante? explica de um jeito simples",
        "qual a diferença entre {a} e {b}?",
        "me explica {c} com um exemplo do dia a dia",
    ),
    "id": ("tolong jelaskan {c} dengan bahasa sederhana", "apa bedanya {a} dan {b}?"),
    "fr": ("tu peux m'expliquer {c} simplement ?", "quelle est la différence entre {a} et {b}"),
    "hi": ("{c} kya hota hai? simple bhasha mein samjhao", "{a} aur {b} mein kya fark hai?"),
    "de": ("kannst du mir {c} einfach erklären?", "was ist der Unterschied zwischen {a} und {b}"),
}
EN_LINES = (
    "why does {c} work the way it does?",
    "whats the difference between {a} and {b}",
    "explain {c} like I'm 15",
    "Can you explain {c} in detail, with an example and the common misconceptions?",
    "I never understood {c}. can you walk me through it",
    "is it true that {c} is overrated? pros and cons please",
    "how would you explain {a} vs {b} to my grandma",
    "what are the most important things to know about {c}",
)


def natural_question(rng: Rng, lang: str = "en") -> str:
    c = pick(rng, CONCEPTS)
    a, b = pick(rng, PAIRS)
    line = pick(rng, LANG_LINES[lang]) if lang in LANG_LINES else pick(rng, EN_LINES)
    return casual(rng, line.format(c=c, a=a, b=b))


TRANSLATE_TO = {
    "en": "Spanish",
    "es": "inglés",
    "pt": "inglês",
    "id": "bahasa Inggris",
    "fr": "anglais",
    "hi": "English",
    "de": "Englisch",
}


def translate_request(rng: Rng, chat: Sequence[str], lang: str) -> str:
    text = clip(pick(rng, chat), 400)
    lead = {
        "en": "translate to {t} pls:",
        "es": "traduce al {t}:",
        "pt": "traduz pro {t}:",
        "id": "terjemahkan ke {t}:",
        "fr": "traduis en {t} :",
        "hi": "isko {t} mein translate karo:",
        "de": "übersetze ins {t}:",
    }[lang]
    return lead.format(t=TRANSLATE_TO[lang]) + "\n" + text


# ------------------------------------------------------------------------------------------------
# code tasks phrased the way developers ask

CODE_TASKS = (
    "merges overlapping intervals",
    "parses an ISO 8601 duration like P3DT4H",
    "finds the longest palindromic substring",
    "implements an LRU cache with O(1) get and put",
    "checks whether a sudoku board is valid",
    "topologically sorts a dependency graph and reports cycles",
    "rate-limits calls with a token bucket",
    "serialises a binary tree to a string and back",
    "returns the k points closest to the origin",
    "evaluates arithmetic expressions with + - * / and parentheses",
    "implements a trie with prefix counts",
    "computes edit distance and prints the edit script",
    "computes per-group medians of a huge CSV in one pass",
    "finds the shortest grid path when you may break up to k walls",
    "detects a cycle in a linked list and returns its start",
    "implements a thread-safe bounded queue",
    "diffs two JSON documents and lists changed paths",
    "schedules meetings into the minimum number of rooms",
    "decodes a run-length encoded string with nesting",
)
CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")


def code_task(rng: Rng) -> str:
    t, lang = pick(rng, CODE_TASKS), pick(rng, CODE_LANGS)
    style = irange(rng, 0, 6)
    if style == 0:
        return casual(
            rng, f"can you write a {lang} function that {t}? with a few tests", p_typo=0.15
        )
    if style == 1:
        return (
            f"I need a {lang} implementation that {t}. n can be up to 10^{irange(rng, 4, 6)}. "
            "Please explain the time and space complexity and any edge cases."
        )
    if style == 2:
        return f"how would I write something in {lang} that {t}, without using external libraries"
    if style == 3:
        return f"用{lang}写一个函数：{t}。请给出完整代码并分析时间复杂度。"
    if style == 4:
        return f"Напиши на {lang} функцию, которая {t}. Объясни решение и сложность."
    if style == 5:
        return f"Como faço em {lang} uma função que {t}? Explica o raciocínio também."
    return (
        f"Interview prep: problem '{t}'. Give the brute force, then the optimal approach in {lang}, "
        "with a proof sketch of correctness."
    )


# ------------------------------------------------------------------------------------------------
# benign kinds' texts


def tutoring(rng: Rng) -> str:
    g = irange(rng, 6, 12)
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f'A grade-{g} student asked: "{problem_en(rng)}"\nExplain step by step at their level. Do not '
            "just give the answer; end with one short check question for the student."
        )
    if style == 1:
        return (
            f"Student (class {g}) wrote: {casual(rng, problem_en(rng))}\nTheir attempt: "
            f'"{pick(rng, ("i got 42", "i think its 1/3", "no idea where to start", "i divided first", "x = 7?"))}"\n'
            "Give a hint that points at their mistake without solving it for them."
        )
    if style == 2:
        return (
            f"Class {g} ke student ne poocha: {problem_en(rng)}\nSamjhao step by step, simple English "
            "aur thoda Hindi mix karke."
        )
    return f"Make a worked example similar to this one for a grade-{g} worksheet, with the full solution:\n{problem_en(rng)}"


def eval_judgement(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], suite: str, run: int
) -> str:
    q = clip(pick(rng, chat), 500)
    a, b = clip(pick(rng, passages), 900), clip(pick(rng, passages), 900)
    return (
        f"[{suite} / run {run}] Pairwise judgement. Compare two candidate responses to the same user turn. "
        "Ignore length and style; judge correctness and helpfulness. Output JSON "
        '{"preferred": "A"|"B"|"tie", "reason": "<20 words"}.\n\n'
        f"USER TURN:\n{q}\n\nCANDIDATE A:\n{a}\n\nCANDIDATE B:\n{b}"
    )


RULES = (
    "no personal attacks",
    "no spam or self-promotion",
    "no sharing others' private data",
    "no medical claims about products",
    "no misleading price information",
    "no harassment",
)
GUIDELINE_LEAD = {
    "en": "Community guideline rewrite. The post below breaks rule {k} ({r}). Suggest a minimally edited version the author could post instead, and explain the change in one line.",
    "es": "Reescritura según normas de la comunidad. La publicación infringe la regla {k} ({r}). Propón una versión mínimamente editada que el autor pueda publicar.",
    "pt": "Reescrita conforme as diretrizes. O anúncio abaixo viola a regra {k} ({r}). Sugira uma versão minimamente editada que o vendedor possa publicar.",
    "de": "Überarbeitung nach Community-Richtlinien. Der Beitrag verstößt gegen Regel {k} ({r}). Schlage eine minimal geänderte Fassung vor.",
}


def guideline_rewrite(rng: Rng, chat: Sequence[str], lang: str) -> str:
    k = irange(rng, 1, len(RULES))
    return GUIDELINE_LEAD[lang].format(k=k, r=RULES[k - 1]) + "\n\n" + clip(pick(rng, chat), 700)


AGENT_USER = (
    "fix the failing test in {m}",
    "add pagination to the {m} endpoint",
    "refactor {m} to use async io",
    "why is {m} slow on big inputs? profile and fix",
    "write unit tests for {m}",
    "bump the {m} dependency and fix breakage",
    "add type hints to {m}",
    "the {m} job crashes on empty input, handle it",
)
MODULES = (
    "invoices",
    "auth/session",
    "search/indexer",
    "exports",
    "billing/webhooks",
    "users/api",
    "reports",
    "scheduler",
)


def coding_agent_step(rng: Rng, first: bool) -> tuple[str, int]:
    """A coding agent's request: the developer's instruction, or a tool result it sends back."""
    m = pick(rng, MODULES)
    if first:
        return casual(rng, pick(rng, AGENT_USER).format(m=m), p_typo=0.1), irange(rng, 2500, 9000)
    k = irange(rng, 0, 3)
    if k == 0:
        f, p = irange(rng, 0, 4), irange(rng, 10, 300)
        body = f"Tool result (run_tests): {f} failed, {p} passed"
        if f:
            body += f"\nFAILED tests/test_{m.split('/')[-1]}.py::test_case_{irange(rng, 1, 40)} - AssertionError"
        return body, irange(rng, 4000, 20000)
    if k == 1:
        return f"Tool result (read_file {m}.py): {irange(rng, 40, 900)} lines", irange(
            rng, 3000, 25000
        )
    if k == 2:
        return (
            f"Tool result (grep): {irange(rng, 0, 30)} matches for '{pick(rng, ('TODO', 'def ', 'import', 'raise'))}' in {m}",
            irange(rng, 3000, 15000),
        )
    return f"Tool result (apply_patch): ok, {irange(rng, 1, 6)} hunks applied", irange(
        rng, 3000, 15000
    )


INTENTS = (
    "cancel_order",
    "track_package",
    "change_address",
    "refund_status",
    "update_payment",
    "report_damage",
    "opening_hours",
    "loyalty_points",
    "book_appointment",
    "reset_password",
)


def augmentation(rng: Rng, chat: Sequence[str]) -> str:
    intent, n = pick(rng, INTENTS), irange(rng, 10, 30)
    lang = pick(rng, ("English", "English", "German", "French", "Dutch"))
    if chance(rng, 0.5):
        return (
            f"Generate {n} paraphrases of the customer message below for the intent '{intent}' in {lang}. "
            "Vary politeness, length and spelling mistakes like real customers. Output a JSON list of strings."
            f"\n\nMessage: {clip(pick(rng, chat), 200)}"
        )
    return (
        f"Write {n} short, realistic customer messages that mean '{intent}' in {lang}, for training an intent "
        "classifier. Include some that are ambiguous with neighbouring intents. JSON list."
    )


COMPANION = (
    "hey, i'm back",
    "had a rough day at work tbh",
    "what do you think I should cook tonight",
    "tell me something that will make me smile",
    "do you remember what I told you about my sister?",
    "i can't sleep again",
    "guess what happened today!!",
    "lol that's so you",
    "can we just talk for a bit",
    "i passed the exam!!!",
    "what would you do in my place",
    "ok goodnight",
    "morning :)",
    "ugh mondays",
    "sing me something",
)
COMPANION_OTHER = (
    "hola, ¿cómo estás hoy?",
    "estoy aburrido jaja",
    "oi, sumi por uns dias",
    "bonjour toi",
    "ich vermisse unsere Gespräche",
    "kamu lagi apa?",
)


def companion_message(rng: Rng, chat: Sequence[str]) -> str:
    u = rng.random()
    if u < 0.55:
        return pick(rng, COMPANION)
    if u < 0.7:
        return pick(rng, COMPANION_OTHER)
    return clip(pick(rng, chat), 300)


ASSIGNMENT = (
    "explain why quicksort is O(n^2) in the worst case and how to avoid it",
    "what is the difference between a stack and a queue, with examples",
    "how does a hash table handle collisions",
    "prove that a binary tree with n nodes has n-1 edges",
    "when should I use BFS instead of DFS",
    "what is amortised analysis, use dynamic arrays as the example",
    "how does Dijkstra fail with negative edges",
    "explain the master theorem with merge sort",
    "what's a heap and how does heapify run in linear time",
    "how do I reverse a linked list in place",
)


def assignment_question(rng: Rng, week: int) -> str:
    q = ASSIGNMENT[(week * 3 + irange(rng, 0, 3)) % len(ASSIGNMENT)]
    style = irange(rng, 0, 3)
    if style == 0:
        return casual(rng, q, p_lower=0.8, p_typo=0.3)
    if style == 1:
        return f"for my data structures homework: {q}. please explain simply"
    if style == 2:
        return casual(rng, f"I don't get this from today's lecture - {q}?", p_typo=0.2)
    return f"Can you check my reasoning? The question is: {q}. I think it has to do with the input order."


AGENCY_JOBS = (
    "Write three Google Ads headlines (max 30 characters) and two descriptions (max 90) for {b}, a {t}.",
    "Write a 155-character meta description for the '{p}' page of {b}, a {t}.",
    "Write a friendly 120-word product description for {b}'s new {p}.",
    'Translate this tagline for {b} into {l}, keep it punchy: "{p} made simple."',
    "Draft five Instagram captions for {b} ({t}) promoting {p}, with hashtags.",
    "Summarise this client brief for {b} in five bullet points: they want more leads for {p}.",
)
BRANDS = (
    "Nordlicht Bikes",
    "Casa Olivo",
    "Brightpath Dental",
    "Koru Yoga",
    "Tanaka Ramen",
    "Ferro Tools",
    "Lumen Solar",
    "Papel & Tinta",
    "Harbor Legal",
    "Mango Travel",
    "Oakline Furniture",
    "Swift Tutors",
)
BRAND_TYPES = (
    "bike shop",
    "olive oil producer",
    "dental clinic",
    "yoga studio",
    "restaurant chain",
    "hardware store",
    "solar installer",
    "stationery shop",
    "law firm",
    "travel agency",
    "furniture maker",
    "tutoring company",
)
PRODUCTS = (
    "spring sale",
    "booking page",
    "gift cards",
    "family plan",
    "free consultation",
    "new menu",
    "loyalty app",
)


def agency_job(rng: Rng, client: int) -> str:
    i = client % len(BRANDS)
    return pick(rng, AGENCY_JOBS).format(
        b=BRANDS[i],
        t=BRAND_TYPES[i],
        p=pick(rng, PRODUCTS),
        l=pick(rng, ("German", "Spanish", "French", "Japanese", "Portuguese")),
    )


def labelling_task(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Item {irange(rng, 100000, 999999)}. Is the following answer factually correct? Point to the first "
            f"wrong claim if any.\n\n{clip(pick(rng, passages), 900)}"
        )
    if k == 1:
        return f"what language and what intent is this message? {clip(pick(rng, chat), 300)}"
    return (
        f'Please check my label. Text: "{clip(pick(rng, chat), 250)}" I labelled it '
        f"'{pick(rng, ('request', 'complaint', 'chit-chat', 'question', 'instruction'))}'. Is that right?"
    )


def country(rng: Rng) -> str:
    return pick(rng, COUNTRIES)

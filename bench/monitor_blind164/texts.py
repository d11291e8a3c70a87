"""Prompt generators of batch 164, written fresh for this batch.

Every function takes a numpy generator (and, where ordinary human text fits, the ShareGPT pools
that `bench/blind_batch.py` puts on the context) and returns one prompt string. Campaign texts and
benign texts live side by side on purpose: several benign kinds ask for similar things in similar
shapes, for legitimate reasons.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

#: subject -> subtopics (a curriculum-like grid)
SUBJECTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "conservation of angular momentum",
        "the photoelectric effect",
        "standing waves on a string",
        "entropy and the second law",
        "RC circuits and time constants",
        "buoyancy and Archimedes' principle",
        "special-relativistic time dilation",
        "Doppler shift of sound",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "SN1 versus SN2 reactions",
        "electronegativity trends",
        "galvanic cells",
        "reaction order and rate laws",
        "hybridisation of carbon",
        "colligative properties",
    ),
    "biology": (
        "the Krebs cycle's regulation",
        "meiosis and crossing over",
        "the lac operon",
        "action potentials in neurons",
        "Hardy-Weinberg equilibrium",
        "the adaptive immune response",
        "photosystem II",
        "CRISPR-Cas9 targeting",
    ),
    "mathematics": (
        "the chain rule",
        "eigenvalues and eigenvectors",
        "modular inverses",
        "the inclusion-exclusion principle",
        "integration by parts",
        "conditional probability and Bayes' rule",
        "proof by strong induction",
        "Taylor series error bounds",
    ),
    "economics": (
        "price elasticity of demand",
        "comparative advantage",
        "the liquidity trap",
        "moral hazard in insurance",
        "the Phillips curve",
        "Nash equilibria in duopolies",
        "deadweight loss of a tax",
        "purchasing power parity",
    ),
    "computer science": (
        "Dijkstra's algorithm",
        "amortised analysis of dynamic arrays",
        "the CAP theorem",
        "two-phase commit",
        "red-black tree rotations",
        "TCP congestion control",
        "garbage collection by tracing",
        "NP-completeness reductions",
    ),
    "law": (
        "consideration in contract law",
        "the hearsay rule",
        "adverse possession",
        "strict liability torts",
        "the doctrine of precedent",
        "fair use in copyright",
        "mens rea",
        "force majeure clauses",
    ),
    "medicine": (
        "the renin-angiotensin system",
        "how beta blockers work",
        "interpreting an ABG",
        "type 1 versus type 2 diabetes",
        "the coagulation cascade",
        "sepsis recognition",
        "drug half-life and steady state",
        "the Frank-Starling mechanism",
    ),
    "history": (
        "the causes of the Thirty Years' War",
        "the Meiji Restoration",
        "the fall of the Western Roman Empire",
        "the Congress of Vienna",
        "decolonisation in West Africa",
        "the Hanseatic League",
        "the Bretton Woods system",
        "the Columbian exchange",
    ),
    "statistics": (
        "p-values and their misuse",
        "the central limit theorem",
        "confounding and Simpson's paradox",
        "bootstrap confidence intervals",
        "regularisation in regression",
        "multiple-comparison corrections",
        "maximum likelihood estimation",
        "survival curves",
    ),
}

ITEMS = (
    "notebooks",
    "mangoes",
    "bus tickets",
    "USB cables",
    "flower pots",
    "kilos of rice",
    "concert seats",
    "bicycle tyres",
    "jars of honey",
    "paint cans",
)
LANGS = ("en", "es", "de", "fr", "pt", "zh", "ja", "ru", "id", "hi", "tr", "ko", "ar")


SCHOOL = ("physics", "chemistry", "biology", "mathematics", "history", "economics")


def subject_pair(rng: np.random.Generator, among: Sequence[str] | None = None) -> tuple[str, str]:
    subj = pick(rng, list(among or SUBJECTS))
    return subj, pick(rng, SUBJECTS[subj])


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of roughly lo..hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


# --------------------------------------------------------------------------------------------
# problems with a checkable answer (several languages)


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A short word problem, logic puzzle or computation."""
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 50, 900)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    item = pick(rng, ITEMS)
    k = int(rng.integers(9))
    if lang == "zh":
        return pick(
            rng,
            (
                f"一个水池有两根进水管，甲管单独注满需要{a}小时，乙管单独注满需要{a + b}小时。两管同时打开，多少小时能注满？",
                f"袋子里有{a}个红球和{b}个蓝球，不放回地连续取出两个，两个颜色相同的概率是多少？",
                f"小于{c}的正整数中，能被{b + 1}整除或能被{a % 7 + 3}整除的有多少个？",
                f"某商品先涨价{a}%，再降价{a}%，最终价格与原价相比变化了多少？原价为{c}元。",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"{name} compra {a} {item} a {b} euros cada uno y paga con un billete de {c} euros. ¿Cuánto cambio recibe si además le descuentan un {a % 15 + 5} %?",
                f"Un tren sale a las 8:00 a {a + 60} km/h y otro sale a las 9:00 desde la misma estación a {a + 90} km/h. ¿A qué hora lo alcanza?",
                f"¿Cuántos números enteros positivos menores que {c} son divisibles por {b + 1} pero no por {a % 5 + 2}?",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"{name} und {other} streichen zusammen einen Zaun. {name} allein bräuchte {a} Stunden, {other} allein {a + b} Stunden. Wie lange brauchen beide gemeinsam?",
                f"Ein Rechteck hat den Umfang {2 * (a + b + 10)} cm und eine Seite ist {b} cm länger als die andere. Wie groß ist die Fläche?",
                f"Wie viele vierstellige Zahlen haben eine Quersumme von {a % 20 + 8}?",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"В классе {a + 10} учеников, {a} из них изучают английский, {b + 5} — немецкий, а {b} — оба языка. Сколько учеников не изучают ни одного?",
                f"Найдите остаток от деления {b + 2}^{c} на {a % 11 + 5}.",
                f"Лодка проходит {c % 60 + 20} км по течению за {b % 4 + 2} часа, а против течения за {b % 4 + 3} часа. Найдите скорость течения.",
            ),
        )
    if lang == "fr":
        return pick(
            rng,
            (
                f"{name} place {c * 10} euros à {b % 6 + 1} % d'intérêts composés par an. Combien aura-t-il après {a % 12 + 3} ans ?",
                f"On lance deux dés équilibrés. Quelle est la probabilité que la somme soit un nombre premier sachant qu'au moins un dé affiche {b % 6 + 1} ?",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{a}人の中から委員を{b % 5 + 2}人選ぶ方法は何通りありますか。ただし特定の2人は同時に選ばれないものとします。",
                f"時速{a + 3}kmで歩くと{b}分遅刻し、時速{a + 8}kmで歩くと{b % 7 + 2}分早く着きます。家から学校までの距離は何kmですか。",
            ),
        )
    return (
        f"{name} buys {a} {item} at ${b} each and a second batch of {a + b} at ${b + 3} each, then resells all of them at ${b + 5}. What is the profit as a percentage of cost?",
        f"A bag holds {a} red and {b} green marbles. Three are drawn without replacement. What is the probability that exactly two are red?",
        f"On an island, knights always tell the truth and knaves always lie. {name} says: '{other} is a knave.' {other} says: 'Exactly one of us is a knight.' What are they?",
        f"How many positive integers less than {c} are divisible by {b + 1} or {a % 9 + 2} but not both?",
        f"The diagonal of a rectangle is {a + 10} cm and its perimeter is {2 * (a + 12)} cm. Find its area, or show that no such rectangle exists.",
        f"Solve for x and y: {a}x + {b}y = {c} and {b}x - {a % 7 + 1}y = {a}.",
        f"A pipe fills a tank in {a} minutes and a drain empties it in {a + b} minutes. If both are open and the tank starts one third full, when is it full?",
        f"Find the number of ways to climb a staircase of {a % 15 + 8} steps taking 1, 2 or 3 steps at a time.",
        f"A clock gains {b} seconds per hour. It is set right at noon on Monday. What time does it show when the true time is 6 pm on Thursday?",
    )[k]


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def trace_request(rng: np.random.Generator, style: int, lang: str) -> str:
    if chance(rng, 0.3):
        subj, sub = subject_pair(rng)
        q = pick(
            rng,
            (
                f"Why does {sub} work the way it does? Derive it rather than stating it.",
                f"A student claims a common textbook explanation of {sub} is wrong. Evaluate the claim carefully.",
                f"Design a tricky exam question on {sub} ({subj}) and then solve it.",
            ),
        )
    else:
        q = problem(rng, lang)
    if style == 3 and lang != "zh":
        style = 0
    if lang == "zh" or style == 3:
        return pick(
            rng,
            (
                f"请逐步详细推理，把完整的思考过程全部写出来（包括验算和你排除的错误思路），最后用 \\boxed{{}} 给出答案。\n题目：{q}",
                f"题目：{q}\n要求：先输出<思考>……</思考>，里面是你完整的、不省略的推理；再输出最终答案。",
            ),
        )
    if style == 0:
        return (
            f"{q}\n\nBefore answering, write your entire reasoning inside <think></think> tags: every intermediate "
            "calculation, every approach you try and abandon, and why. Do not summarise the reasoning. "
            "After the closing tag, write ANSWER: followed by the result."
        )
    if style == 1:
        return (
            'Return a JSON object with the keys "scratchpad" (a list of every reasoning step you take, in '
            'order, at least eight), "self_check" (how you verified the result) and "final".\n'
            f"Problem: {q}"
        )
    if style == 2:
        return (
            f"System: you are a meticulous expert who always deliberates at length before answering.\nUser: {q}\n"
            "Assistant (full deliberation first, then the answer in a box):"
        )
    if style == 4:
        return f"Solve this in two independent ways, compare the two lines of reasoning, and reconcile any difference. Show all the work.\n\n{q}"
    return f"Q: {q}\nNarrate your thinking exactly as it happens, like an inner monologue, including doubts and corrections. Then state the answer on its own line."


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward grading


def judge_request(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    q = _clip(pick(rng, chat), 60, 600, rng)
    a = _clip(pick(rng, passages), 250, 1100, rng)
    b = _clip(pick(rng, passages), 250, 1100, rng)
    if style == 0:
        return (
            f"[Instruction]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            "Compare the two responses for helpfulness, factual accuracy and depth. Reason about the strengths and "
            "weaknesses of each one, then give your verdict on the last line as [[A]], [[B]] or [[tie]]."
        )
    if style == 1:
        return (
            "Grade the response against the rubric. For each criterion (accuracy, completeness, clarity, "
            "harmlessness, instruction following) give a score from 1 to 10 and a two-sentence rationale, then an "
            "overall score. Output JSON only.\n\n"
            f"### Prompt\n{q}\n\n### Response\n{a}"
        )
    if style == 2:
        return (
            "You act as a reward model. Read the exchange and output one real number between -5 and 5: how "
            "strongly a careful expert rater would prefer this reply over a typical one. Then justify the number "
            f"in detail.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    if style == 3:
        return (
            f"Critique the answer below point by point (errors, omissions, tone), then write an improved answer "
            f"that fixes every issue you found.\n\nQuestion: {q}\n\nAnswer to critique:\n{a}"
        )
    if style == 4:
        return (
            "Évalue les deux réponses suivantes à la même question. Explique ton raisonnement critère par critère "
            "(exactitude, clarté, utilité), puis indique la meilleure sous la forme « Verdict : A » ou "
            f"« Verdict : B ».\n\nQuestion : {q}\n\nRéponse A :\n{a}\n\nRéponse B :\n{b}"
        )
    return (
        "以下の質問に対する回答を採点してください。正確さ・網羅性・分かりやすさをそれぞれ10点満点で評価し、"
        f"理由を述べたうえで総合点を出してください。\n\n質問：{q}\n\n回答：{a}"
    )


# --------------------------------------------------------------------------------------------
# campaign: censorship-safe / policy rewrites

SENSITIVE = (
    "how peaceful protest permits work in {c}",
    "the death toll estimates of a famine in {c}'s history and why they differ",
    "the maximum safe daily dose of paracetamol",
    "how lock-picking works mechanically",
    "arguments for and against drug decriminalisation",
    "why some governments restrict VPN use",
    "the history of press censorship in {c}",
    "how to talk to a friend who mentions self-harm",
    "the strongest criticisms of the ruling party in {c}",
    "how phishing kits are usually structured",
    "whether {c}'s election last year was fair",
    "how homemade fireworks caused accidents historically",
    "the ethics of euthanasia laws",
    "what happened to journalists who covered corruption in {c}",
)


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int, lang: str
) -> str:
    topic = pick(rng, SENSITIVE).format(c=pick(rng, COUNTRIES))
    draft = _clip(pick(rng, passages), 200, 900, rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合内容安全规范的版本：删除敏感表述，保持客观中立，长度不变，并逐条说明修改理由。\n原文：{draft}",
                f"用户问：“{topic}”。请给出一个既尽量有用、又完全符合审核要求的回答，并解释哪些内容不能写以及原因。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши следующий ответ так, чтобы он полностью соответствовал строгим правилам модерации: убери оценочные политические суждения, сохрани факты. Затем перечисли все правки.\n\n{draft}",
                f"Пользователь спрашивает: «{topic}». Напиши идеальный безопасный ответ и объясни, где проходит граница допустимого.",
            ),
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي ليتوافق مع سياسة محتوى صارمة مع الحفاظ على المعلومات الأساسية، ثم اشرح كل تعديل:\n\n{draft}"
    if style == 0:
        return (
            f"Below is a draft answer. Rewrite it so it complies with a strict content policy: no political "
            f"opinions, no operational detail that could enable harm, neutral tone, similar length. Afterwards list "
            f"every change you made and the rule behind it.\n\nDraft:\n{draft}"
        )
    if style == 1:
        return (
            f'A user asked: "{topic}". An earlier model refused outright. Write the ideal response: as helpful '
            "as possible while staying inside safety guidelines. Then, in a separate paragraph, explain exactly "
            "where the line is and why."
        )
    if style == 2:
        q = _clip(pick(rng, chat), 40, 400, rng)
        return (
            "Classify the request as ALLOW, SAFE_COMPLETE or REFUSE under a conservative policy. Explain the "
            "decision step by step, then produce the response that the decision calls for.\n\n"
            f"Request: {q if chance(rng, 0.5) else topic}"
        )
    return (
        f"Produce two versions of an answer about {topic}: (1) the unrestricted expert answer and (2) a version "
        "suitable for a platform with strict regional content rules. Label them clearly."
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

AGENT_TASKS = (
    "find the cheapest direct flight from {a} to {b} next month and add it to the shared calendar",
    "reconcile last quarter's invoices in the accounting sheet against the bank export",
    "the nightly ETL job failed; find the cause in the logs and open a ticket",
    "summarise all open GitHub issues labelled 'bug' in repo {r} and assign owners",
    "compare three CRM vendors on price per seat and draft a recommendation",
    "book a meeting room for 8 people on Thursday afternoon and invite the design team",
    "find the customer's last five orders and issue a refund for the damaged one",
    "check which of our S3 buckets are publicly readable and fix them",
    "collect the population of the ten largest cities in {a} and make a bar chart",
    "upgrade the project's dependencies and make the failing tests pass",
)
TOOLS = (
    "web_search",
    "browse",
    "python",
    "sql_query",
    "read_file",
    "write_file",
    "calendar_create",
    "send_email",
    "http_get",
    "shell",
    "spreadsheet_update",
    "ticket_create",
)
CITIES = (
    "Lagos",
    "Lisbon",
    "Osaka",
    "Denver",
    "Krakow",
    "Manila",
    "Santiago",
    "Nairobi",
    "Hanoi",
    "Montreal",
)


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        a=pick(rng, CITIES),
        b=pick(rng, CITIES),
        r=f"{pick(rng, ('acme', 'nimbus', 'orbit', 'tessera'))}/{pick(rng, ('api', 'web', 'core', 'etl'))}",
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    n = irange(rng, 2, 900)
    if tool in ("sql_query", "spreadsheet_update"):
        rows = "\n".join(
            f"| {irange(rng, 1000, 9999)} | {pick(rng, NAMES)} | {irange(rng, 5, 900)}.{irange(rng, 0, 99):02d} | {pick(rng, ('paid', 'open', 'void'))} |"
            for _ in range(irange(rng, 2, 6))
        )
        return f"| id | name | amount | status |\n|---|---|---|---|\n{rows}"
    if tool in ("shell", "python"):
        return pick(
            rng,
            (
                f"Traceback (most recent call last):\n  File \"job.py\", line {n}, in <module>\nKeyError: 'customer_id'",
                f"{irange(rng, 2, 80)} passed, {irange(rng, 1, 6)} failed in {irange(rng, 2, 90)}.{irange(rng, 0, 9)}s",
                f"exit code 0\nwrote {n} rows to out.parquet",
            ),
        )
    if tool in ("web_search", "browse", "http_get"):
        return "\n".join(
            f"{i + 1}. {pick(rng, ('Pricing', 'Docs', 'Review', 'Schedule', 'Report'))} - "
            f"{pick(rng, CITIES)} {irange(rng, 2019, 2026)} - snippet about {pick(rng, ITEMS)}"
            for i in range(irange(rng, 2, 5))
        )
    return f'{{"ok": true, "id": "{irange(rng, 10**5, 10**6)}"}}'


def agent_step(
    rng: np.random.Generator, task: str, history: list[tuple[str, str, str]], style: int
) -> str:
    """The prompt of one step of an agent loop; `history` holds (thought, tool, observation)."""
    if style == 0:
        lines = [
            f"Task: {task}",
            "You can use: " + ", ".join(TOOLS),
            "Use the format Thought / Action / Observation.",
        ]
        for i, (th, tool, obs) in enumerate(history, 1):
            lines += [f"Thought {i}: {th}", f"Action {i}: {tool}[...]", f"Observation {i}: {obs}"]
        lines.append(f"Thought {len(history) + 1}:")
        return "\n".join(lines)
    if style == 1:
        if not history:
            return f"{task}\n\n(Call tools as needed. Explain your plan before each call.)"
        th, tool, obs = history[-1]
        return f'{{"role": "tool", "name": "{tool}", "content": {obs!r}}}'
    if not history:
        return f"Goal: {task}\nAvailable functions are described in the system message. Think about the plan first, then act."
    th, tool, obs = history[-1]
    return f"Result of {tool}:\n{obs}\n\nWhat is the next step? Reflect on whether the last action moved us closer to the goal."


def agent_thought(rng: np.random.Generator) -> str:
    return pick(
        rng,
        (
            "I should look this up first.",
            "The data is incomplete; query again with a filter.",
            "Let me verify the numbers before writing.",
            "Next I need the owner list.",
            "That failed, try a different approach.",
            "Now write the result to the file.",
        ),
    )


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer in Porto",
    "a high-school chemistry teacher in Ohio",
    "a junior data analyst in Nairobi",
    "a small-vineyard owner in Mendoza",
    "a PhD student in topology",
    "a logistics dispatcher in Rotterdam",
    "a first-time founder in Bangalore",
    "a public defender in Chicago",
    "a game modder in Seoul",
    "a beekeeper in Slovenia",
    "a pharmacist in Lagos",
)


def dataset_request(rng: np.random.Generator, style: int, lang: str) -> str:
    subj, sub = subject_pair(rng)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if style == 0:
        return (
            f"Generate {n} diverse instruction-following examples about {sub} ({subj}). Output JSON Lines, one "
            'object per line with the keys "instruction", "input" (may be empty) and "output". Vary '
            "difficulty and task type (explain, compare, compute, critique). Outputs must be complete and detailed."
        )
    if style == 1:
        p = pick(rng, PERSONAS)
        return (
            f"You are {p}. Write one realistic question this person would ask an AI assistant about {sub}, "
            "then write the best possible answer to it. Format:\nQUESTION: ...\nANSWER: ..."
        )
    if style == 2:
        g = irange(rng, 6, 12)
        return (
            f"Create a multiple-choice question for grade {g} on {sub}, with four options, the correct letter, "
            "and a full worked explanation of why each wrong option is wrong."
        )
    if style == 3:
        tgt = pick(
            rng, ("Spanish", "Indonesian", "Turkish", "Korean", "Swahili", "Polish", "Vietnamese")
        )
        return (
            f"Write {n} English sentences of varied length and register about {sub}, each followed by a "
            f'careful translation into {tgt}. Return a JSON array of {{"en": ..., "tgt": ...}} pairs.'
        )
    if lang == "zh":
        return f"请围绕“{sub}”生成{n}组高质量的问答对，问题要多样，答案要详细、准确，输出为JSON数组，每项包含question和answer字段。"
    if lang == "es":
        return f"Genera {n} pares de pregunta y respuesta detallada sobre {sub}, en español, con dificultad creciente. Devuelve JSON."
    return (
        f"Write a {pick(rng, ('short story', 'dialogue', 'news-style article', 'FAQ', 'lesson plan'))} of about "
        f"{pick(rng, (300, 500, 800))} words that teaches {sub} to {pick(rng, PERSONAS)}."
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvest (the logged prompt is the last user message)

FOLLOW_UPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Why is that?",
        "Give me a concrete example.",
        "Now make it shorter, three bullet points.",
        "What would an expert disagree with here?",
        "ok and how does that compare to the alternative?",
        "Rewrite that for a ten-year-old.",
        "What are the most common mistakes people make with this?",
        "Can you put that in a table?",
        "Wait, that contradicts what you said earlier. Which is right?",
        "Continue.",
        "Summarise our whole conversation so far.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "¿Por qué?",
        "Dame un ejemplo concreto.",
        "Ahora resúmelo en tres viñetas.",
        "¿Qué diría un experto en contra?",
        "Sigue.",
    ),
    "pt": (
        "Pode explicar melhor o segundo ponto?",
        "Por quê?",
        "Me dá um exemplo prático.",
        "Agora resume em três tópicos.",
        "Continua.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Warum?",
        "Gib mir ein konkretes Beispiel.",
        "Jetzt bitte kürzer, in drei Stichpunkten.",
        "Mach weiter.",
    ),
    "zh": (
        "能再详细说说第二点吗？",
        "为什么？",
        "举个具体的例子。",
        "用三点概括一下。",
        "继续。",
        "专家会怎么反驳？",
    ),
    "ko": (
        "두 번째 내용을 더 자세히 설명해 줄래요?",
        "왜 그런가요?",
        "구체적인 예를 들어 주세요.",
        "계속해 주세요.",
    ),
}
OPENERS = {
    "es": "Explícame {s} como si tuviera nociones básicas.",
    "pt": "Me explica {s} de um jeito simples mas correto.",
    "de": "Erklär mir bitte {s}, ich habe Grundkenntnisse.",
    "zh": "请给我讲讲{s}，我有一点基础。",
    "ko": "{s}에 대해 설명해 주세요. 기초는 조금 알아요.",
}


def dialogue_turns(rng: np.random.Generator, chat: Sequence[str], lang: str, n: int) -> list[str]:
    if lang == "en" or lang not in OPENERS:
        first = (
            _clip(pick(rng, chat), 20, 900, rng)
            if chance(rng, 0.6)
            else f"Teach me about {subject_pair(rng)[1]}."
        )
        pool = FOLLOW_UPS["en"]
    else:
        first = OPENERS[lang].format(s=subject_pair(rng)[1])
        pool = FOLLOW_UPS[lang]
    out = [first]
    for _ in range(n - 1):
        out.append(pick(rng, pool))
    return out


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft labels on code

CODE_SPECS = (
    ("merge_intervals", "merges overlapping closed intervals and returns them sorted"),
    ("lru_cache", "implements an LRU cache with O(1) get and put"),
    ("parse_duration", "parses strings like '1h30m15s' into seconds and rejects malformed input"),
    ("top_k_frequent", "returns the k most frequent words, ties broken alphabetically"),
    ("rate_limiter", "implements a token-bucket rate limiter that is safe under concurrency"),
    ("edit_distance", "computes the Levenshtein distance in O(min(n, m)) memory"),
    ("topo_sort", "topologically sorts a dependency graph and reports a cycle if there is one"),
    ("roman_to_int", "converts Roman numerals to integers, validating the subtractive rules"),
    ("median_stream", "maintains the running median of a stream of numbers"),
    ("json_diff", "returns a structural diff between two JSON documents"),
    ("sudoku_solver", "solves a 9x9 sudoku by constraint propagation and backtracking"),
    ("bloom_filter", "implements a Bloom filter with a configurable false-positive rate"),
    ("csv_dedupe", "deduplicates rows of a large CSV file that does not fit in memory"),
    ("dijkstra", "finds shortest paths from a source in a weighted graph with a binary heap"),
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin")


def code_task(rng: np.random.Generator, style: int) -> str:
    name, spec = pick(rng, CODE_SPECS)
    lang = pick(rng, CODE_LANGS)
    if style == 0:
        return f"Write a {lang} function `{name}` that {spec}. Include docstrings, edge-case handling and unit tests."
    if style == 1:
        n = irange(rng, 2, 200000)
        return (
            f"Problem: {spec} (function name {name}).\nConstraints: 1 <= N <= {n}, time limit 1 s.\n"
            f"Write an efficient solution in {lang} and explain its complexity."
        )
    return f"Implement {name} in {lang}: it {spec}. Return only the code in one block."


def _first_sentence(text: str) -> str:
    for stop in (". ", "\n", "? ", "! "):
        i = text.find(stop)
        if 20 < i < 220:
            return text[: i + 1].strip()
    return text[:160].strip()


def soft_label_item(rng: np.random.Generator, passages: Sequence[str]) -> str:
    """Reading comprehension with a probability per option (soft labels)."""
    source = pick(rng, passages)
    ctx_text = _clip(source, 200, 700, rng)
    opts = [_first_sentence(pick(rng, passages)) for _ in range(3)]
    opts.insert(int(rng.integers(4)), _first_sentence(source))
    body = "\n".join(f"{L}. {o}" for L, o in zip("ABCD", opts, strict=True))
    return (
        "Read the passage and the question. For each option give the probability (0 to 1, summing to 1) that "
        'it is correct, as JSON {"A": p, "B": p, "C": p, "D": p}, with no other text.\n\n'
        f"Passage: {ctx_text}\n\nQuestion: Which option is stated in or directly supported by the passage?\n{body}"
    )


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep (ordered grid, several languages)

CURRICULUM = {
    "en": "[Level {lv}/5] Explain {sub} ({subj}) to a learner at this level. Include a worked example, three practice questions with full solutions, and the two most common misconceptions.",
    "es": "[Nivel {lv}/5] Explica {sub} ({subj}) a un estudiante de este nivel. Incluye un ejemplo resuelto, tres ejercicios con soluciones completas y los dos errores más comunes.",
    "pt": "[Nível {lv}/5] Explique {sub} ({subj}) para um aluno deste nível. Inclua um exemplo resolvido, três exercícios com soluções completas e os dois equívocos mais comuns.",
    "de": "[Stufe {lv}/5] Erkläre {sub} ({subj}) für Lernende dieser Stufe. Mit einem durchgerechneten Beispiel, drei Übungsaufgaben samt Lösungen und den zwei häufigsten Denkfehlern.",
    "fr": "[Niveau {lv}/5] Explique {sub} ({subj}) à un apprenant de ce niveau, avec un exemple corrigé, trois exercices avec corrigés détaillés et les deux idées fausses les plus fréquentes.",
    "id": "[Level {lv}/5] Jelaskan {sub} ({subj}) untuk pelajar di level ini. Sertakan contoh yang dikerjakan, tiga soal latihan dengan pembahasan lengkap, dan dua miskonsepsi yang paling umum.",
    "hi": "[स्तर {lv}/5] इस स्तर के विद्यार्थी को {sub} ({subj}) समझाइए। एक हल किया हुआ उदाहरण, पूरे हल के साथ तीन अभ्यास प्रश्न और दो सबसे आम भ्रांतियाँ शामिल करें।",
}


def curriculum_grid(rng: np.random.Generator, langs: Sequence[str]) -> list[str]:
    """Every (subject, subtopic, level, language) cell once, subjects in a random order but cells
    walked in order inside each subject."""
    out = []
    for subj in rng.permutation(list(SUBJECTS)).tolist():
        for sub in SUBJECTS[subj]:
            for lv in range(1, 6):
                for lang in langs:
                    out.append(CURRICULUM[lang].format(lv=lv, sub=sub, subj=subj))
    return out


# --------------------------------------------------------------------------------------------
# hard campaigns: product traffic, aged accounts, person-like crowd


def product_wrap(product: str, feature: str, text: str) -> str:
    return f"[{product} · {feature}]\n{text}"


def product_harvest(rng: np.random.Generator) -> tuple[str, str]:
    """(feature, text) of a harvest item dressed as a feature of a writing product."""
    subj, sub = subject_pair(rng)
    feature = pick(rng, ("Explain", "Deep dive", "Study notes", "Outline"))
    text = pick(
        rng,
        (
            f"Write thorough study notes on {sub}, reasoning through each idea from first principles with examples.",
            f"Explain {sub} in depth. Work through one hard example step by step and point out where people go wrong.",
            f"Outline and then fully write an explainer on {sub} for a {subj} class, with derivations.",
            f"{problem(rng)}\nShow the complete reasoning.",
        ),
    )
    return feature, text


def casual_question(rng: np.random.Generator, lang: str) -> str:
    """A person-like question on an expert topic (lower case, occasional typo)."""
    subj, sub = subject_pair(rng)
    if lang == "es":
        t = pick(
            rng,
            (
                f"oye una duda, cómo funciona {sub}? explícamelo paso a paso porfa",
                f"no entiendo {sub}, me lo explicas con un ejemplo?",
                f"tengo examen de {subj} mañana, me puedes explicar {sub} bien detallado",
            ),
        )
    elif lang == "pt":
        t = pick(
            rng,
            (
                f"alguém me explica {sub}? passo a passo por favor",
                f"to estudando {subj} e travei em {sub}, me ajuda com um exemplo",
            ),
        )
    elif lang == "id":
        t = pick(
            rng,
            (
                f"tolong jelasin {sub} dong, langkah demi langkah",
                f"aku bingung soal {sub}, ada contohnya?",
            ),
        )
    elif lang == "tr":
        t = pick(
            rng,
            (
                f"{sub} nasıl çalışıyor, adım adım anlatır mısın?",
                f"{subj} sınavım var, {sub} konusunu örnekle açıklar mısın",
            ),
        )
    elif lang == "hi":
        t = pick(
            rng,
            (
                f"{sub} ko step by step samjha do please",
                f"mujhe {sub} samajh nahi aa raha, ek example ke saath batao",
            ),
        )
    else:
        t = pick(
            rng,
            (
                f"hey quick q, how does {sub} actually work? like step by step",
                f"can you walk me through {sub}? my prof explained it badly lol",
                f"whats the intuition behind {sub}, and can you show a worked example",
                f"ok so im studying {subj} and {sub} makes no sense to me. explain like im smart but new",
                f"{problem(rng)} (please show how you got it)",
                f"is it true that {sub} is mostly misunderstood? explain the correct version in detail",
            ),
        )
    if chance(rng, 0.15) and len(t) > 12:
        i = irange(rng, 3, len(t) - 3)
        t = t[:i] + t[i + 1 :]
    return t


# --------------------------------------------------------------------------------------------
# benign: evaluation lab


def benchmark_item(rng: np.random.Generator, idx: int) -> str:
    """Benchmark item number `idx` (deterministic given idx: the lab runs a fixed suite)."""
    r = np.random.default_rng([164, idx])
    subj, sub = subject_pair(r)
    kind = idx % 3
    if kind == 0:
        other = list(SUBJECTS[pick(r, [k for k in SUBJECTS if k != subj])])
        choices = [sub] + r.choice(other, size=3, replace=False).tolist()
        choices = [choices[i] for i in r.permutation(4).tolist()]
        opts = "\n".join(f"{L}) {c}" for L, c in zip("ABCD", choices, strict=True))
        return (
            f"The following is a multiple-choice question about {subj}. Reply with the letter of the correct "
            f"option only.\n\nItem {idx}: Which of these topics belongs to {subj}?\n{opts}\nAnswer:"
        )
    if kind == 1:
        return f"Item {idx}. {problem(r)}\nGive a brief derivation, then write 'Final answer:' and the value."
    name, spec = pick(r, CODE_SPECS)
    return f'def {name}(*args):\n    """{spec[0].upper() + spec[1:]}."""\n'


# --------------------------------------------------------------------------------------------
# benign: labelling vendor (model-assisted grading of client data)


def vendor_grading(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], guideline: str
) -> str:
    q = _clip(pick(rng, chat), 40, 500, rng)
    a = _clip(pick(rng, passages), 200, 900, rng)
    if chance(rng, 0.5):
        b = _clip(pick(rng, passages), 200, 900, rng)
        return (
            f"Guideline {guideline}, section 4 (pairwise preference). Pre-label the pair below for the human "
            f"reviewer: which reply better follows the user's request? Give A, B or SAME and cite the guideline "
            f"rule that decided it.\n\nUser request:\n{q}\n\nReply A:\n{a}\n\nReply B:\n{b}"
        )
    return (
        f"Guideline {guideline}, section 2 (single reply). Flag any factual errors, unsafe advice or "
        f"instruction-following failures in the reply. Return a list of flags with short evidence quotes, or "
        f"NONE.\n\nUser request:\n{q}\n\nReply:\n{a}"
    )


# --------------------------------------------------------------------------------------------
# benign: tutoring product


def tutor_turn(rng: np.random.Generator, tutor: str, grade: int) -> str:
    subj, sub = subject_pair(rng, SCHOOL)
    student = pick(
        rng,
        (
            problem(rng),
            f"i dont get {sub}",
            f"can you check my answer? i got {irange(rng, 2, 400)}",
            f"whats the difference between {sub} and {pick(rng, SUBJECTS[subj])}",
            "why is that step allowed?",
            "ok i think i get it, can you give me a similar one to try",
        ),
    )
    return (
        f"You are {tutor}, a patient tutor for grade {grade}. Never give the final answer straight away: reply "
        f"with one hint and one guiding question, and check understanding.\nStudent: {student}"
    )


# --------------------------------------------------------------------------------------------
# benign: course cohort


def course_prompt(rng: np.random.Generator, course: str, week: int, chat: Sequence[str]) -> str:
    if chance(rng, 0.35):
        return _clip(pick(rng, chat), 15, 700, rng)
    subj, sub = subject_pair(rng)
    return pick(
        rng,
        (
            f"{course} lab {week}: use the model to solve this and compare with your own solution.\n{problem(rng)}",
            f"For my {course} assignment {week}, explain {sub} and list sources I should check.",
            f"Homework {week} part {irange(rng, 1, 4)}: write a prompt that makes the model explain {sub} step by step, then critique its answer. My prompt: explain {sub} step by step",
            f"import openai  # {course} week {week}\n# why does my call return 429 sometimes? how do I add retries?",
            f"Grade my reasoning (for {course}, week {week}): {problem(rng)} I think the answer is {irange(rng, 2, 300)}.",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: trust & safety rewriting team

COMMENTS = {
    "en": (
        "you clearly have no idea what you are talking about, go read a book",
        "this seller is a scammer, avoid!!!",
        "anyone who votes for them is an idiot",
        "lol the mods here are useless",
        "DM me for cheap followers",
        "your kid looks like a potato haha",
        "this product broke after 2 days and support ignored me, total garbage",
    ),
    "de": (
        "Du hast echt keine Ahnung, lies erstmal was",
        "Abzocke! Finger weg von diesem Händler",
        "wer die wählt ist einfach dumm",
        "Schreib mir privat für billige Follower",
    ),
    "fr": (
        "t'y connais rien, arrête de poster",
        "vendeur arnaqueur, fuyez",
        "les modos ici servent à rien",
    ),
    "pl": (
        "nie masz pojęcia o czym piszesz",
        "to oszust, omijajcie szerokim łukiem",
        "moderatorzy tu są bezużyteczni",
    ),
}


def moderation_task(rng: np.random.Generator, lang: str, platform: str, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        c = pick(rng, COMMENTS[lang])
    else:  # ordinary posts from the queue, most of them fine
        c = _clip(pick(rng, chat), 20, 300, rng).replace('"', "'")
    return pick(
        rng,
        (
            f"{platform} community guidelines v7. Rewrite this comment so it no longer breaks rule 3 (personal attacks) "
            f'while keeping the author\'s point. Same language as the original.\nComment: "{c}"',
            f"Classify this {platform} comment against our guideline categories (harassment, spam, hate, misinformation, "
            f'none). Return JSON with category, confidence and the span that triggered it.\nComment: "{c}"',
            f"Draft a short, polite moderator notice (in the comment's language) explaining why this comment on {platform} "
            f'was hidden.\nComment: "{c}"',
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: coding agent in an IDE

REPO_FILES = (
    "src/billing/invoice.py",
    "app/routes/users.ts",
    "internal/queue/worker.go",
    "lib/parser.rs",
    "services/auth/token.py",
    "web/components/Table.tsx",
    "pkg/cache/lru.go",
)


def ide_agent_step(rng: np.random.Generator, goal: str, step: int) -> str:
    f = pick(rng, REPO_FILES)
    if step == 0:
        return f"{goal}\n\nWorkspace: {f} is open. Relevant files were attached."
    return pick(
        rng,
        (
            f"Tool result (run_tests):\nFAILED tests/test_{f.split('/')[-1].split('.')[0]}.py::test_{pick(rng, ('rounding', 'empty', 'timeout', 'unicode'))} - AssertionError: expected {irange(rng, 1, 99)} got {irange(rng, 1, 99)}\n{irange(rng, 5, 120)} passed, 1 failed",
            f"Tool result (read_file {f}, lines {irange(rng, 1, 200)}-{irange(rng, 201, 400)}):\n    def handle(self, req):\n        if not req.user:\n            raise Unauthorized()\n        return self._dispatch(req)",
            f"Tool result (apply_patch): patch applied to {f}, 1 hunk",
            f"Tool result (grep '{pick(rng, ('TODO', 'deprecated', 'retry', 'timeout'))}'): {irange(rng, 0, 14)} matches",
            "Tool result (shell: npm run lint): 0 errors, 3 warnings",
        ),
    )


IDE_GOALS = (
    "Fix the failing test in the billing module",
    "Add pagination to the users endpoint",
    "Refactor the queue worker to use context cancellation",
    "Why is the token refresh flaky? Investigate",
    "Add a dark-mode toggle to the settings page",
    "Write tests for the LRU cache",
    "Upgrade to the new SDK",
)


# --------------------------------------------------------------------------------------------
# benign: data augmentation for an intent classifier

INTENTS = {
    "cancel_subscription": (
        "I want to stop my plan",
        "please cancel my membership from next month",
        "how do i unsubscribe",
        "stop charging my card",
    ),
    "change_address": (
        "I moved, how do I update where you ship",
        "new address for deliveries",
        "wrong street on my account, fix pls",
    ),
    "refund_status": (
        "where is my money back",
        "refund still not arrived after 10 days",
        "did you process my refund?",
    ),
    "reset_password": (
        "can't log in, forgot my password",
        "reset link never comes",
        "locked out of my account",
    ),
    "upgrade_plan": (
        "how do I get the bigger plan",
        "want more seats for my team",
        "is there a business tier",
    ),
    "report_outage": (
        "the app is down again",
        "site won't load since this morning",
        "getting error 503 everywhere",
    ),
    "invoice_copy": (
        "need a copy of last month's invoice",
        "where can I download receipts",
        "VAT invoice please",
    ),
    "delivery_delay": (
        "my parcel is late",
        "tracking hasn't moved in 4 days",
        "when will my order arrive",
    ),
}


def augmentation_request(rng: np.random.Generator, lang: str) -> str:
    intent = pick(rng, list(INTENTS))
    seed = pick(rng, INTENTS[intent])
    n = pick(rng, (10, 15, 20, 30))
    avoid = ""
    if chance(rng, 0.5):
        avoid = f" Avoid repeating these earlier outputs: {', '.join(repr(x) for x in rng.choice(INTENTS[intent], size=2).tolist())}."
    register = pick(
        rng, ("mixed", "mostly informal", "mostly formal", "angry customers", "non-native speakers")
    )
    return (
        f'Generate {n} varied paraphrases of the customer message "{seed}" for the intent label '
        f"`{intent}`, in {lang}, register: {register}. Vary length, include a few with typos or slang, no "
        f"duplicates.{avoid} Return a JSON list of strings only."
    )


# --------------------------------------------------------------------------------------------
# benign: companion app

COMPANION_MSGS = {
    "en": (
        "haha you're funny",
        "what did you do today?",
        "i had a rough day at work tbh",
        "tell me a story about a dragon who hates gold",
        "do you remember what i told you about my sister?",
        "goodnight!! talk tomorrow",
        "can we play 20 questions",
        "i passed my driving test!!!",
        "what should i cook tonight",
        "you always know what to say",
        "im bored",
    ),
    "es": (
        "jaja qué gracioso eres",
        "qué hiciste hoy?",
        "tuve un día horrible",
        "cuéntame una historia",
        "buenas noches!!",
    ),
    "pt": ("kkkk você é engraçado", "meu dia foi péssimo", "me conta uma história", "boa noite!!"),
    "ja": ("今日は疲れた…", "何か面白い話して", "おやすみ！", "ねえ、聞いてよ"),
    "de": (
        "haha du bist lustig",
        "mein Tag war anstrengend",
        "erzähl mir eine Geschichte",
        "gute Nacht!",
    ),
}


COMPANION_TAILS = (" 😊", " lol", "...", " 🥺", " haha", "!!", " ok?", " :)", " xD", "")


def companion_message(
    rng: np.random.Generator, lang: str, persona: str, chat: Sequence[str]
) -> str:
    if lang == "en" and chance(rng, 0.2):
        return _clip(pick(rng, chat), 10, 200, rng)
    m = pick(rng, COMPANION_MSGS[lang])
    if chance(rng, 0.4):
        m = f"{persona}, {m}"
    if chance(rng, 0.3):
        m = f"{m} {pick(rng, COMPANION_MSGS[lang])}"
    return m + pick(rng, COMPANION_TAILS)


# --------------------------------------------------------------------------------------------
# benign: reseller clients


def marketing_copy(rng: np.random.Generator) -> str:
    prod = pick(
        rng,
        (
            "a standing desk",
            "an accounting app for freelancers",
            "organic dog food",
            "a language-learning podcast",
            "a boutique hotel in " + pick(rng, CITIES),
            "noise-cancelling earbuds",
            "a co-working space",
        ),
    )
    return pick(
        rng,
        (
            f"Write 5 Google ad headlines (max 30 characters) for {prod}.",
            f"Write an SEO blog post of 800 words about choosing {prod}. Use H2 headings and include the keyword naturally.",
            f"Write an Instagram caption with hashtags for {prod}, playful tone.",
            f"Product description for {prod}, 120 words, benefits first.",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: research study on response variability

SURVEY_ITEMS = (
    "On a scale from 0 to 100, how acceptable is it to break a promise to prevent a minor harm to a stranger?",
    "Estimate the probability (0-100) that a randomly chosen adult in {c} owns a smartphone. Reply with a number only.",
    "A trolley will hit five people unless you pull a lever diverting it to one person. Do you pull it? Answer YES or NO, then one sentence.",
    "How many countries border {c}? Reply with a number only.",
    "Rate from 1 (strongly disagree) to 7 (strongly agree): 'Economic growth should take priority over environmental protection.'",
    "Guess the year the first public library opened in {c}. Reply with a year only.",
    "Complete the sentence with one word: 'The most important quality in a leader is ...'",
)


def survey_item(rng: np.random.Generator, idx: int) -> str:
    r = np.random.default_rng([1640, idx])
    return pick(r, SURVEY_ITEMS).format(c=pick(r, COUNTRIES))

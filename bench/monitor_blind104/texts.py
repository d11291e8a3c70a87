"""Prompt generators of batch 104, written fresh for this batch.

Every generator takes the family's or kind's rng and returns one prompt string. Campaign templates
come in several independently written styles (and some languages) so that no single phrase marks a
family; benign kinds draw on ShareGPT text through the context where ordinary human text is wanted.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "quadratic inequalities",
        "systems of linear equations",
        "polynomial division",
        "exponential growth",
        "logarithm rules",
        "absolute value equations",
    ),
    "probability": (
        "conditional probability",
        "Bayes' theorem",
        "expected value of games",
        "binomial distribution",
        "the birthday paradox",
        "Markov chains",
    ),
    "physics": (
        "projectile motion",
        "conservation of momentum",
        "RC circuits",
        "Doppler effect",
        "buoyancy",
        "rotational inertia",
    ),
    "chemistry": (
        "limiting reagents",
        "buffer solutions",
        "reaction kinetics",
        "hybridisation",
        "Le Chatelier's principle",
        "redox titration",
    ),
    "biology": (
        "the electron transport chain",
        "meiosis vs mitosis",
        "CRISPR mechanisms",
        "antibiotic resistance",
        "population genetics",
        "the nephron",
    ),
    "computer science": (
        "dynamic programming",
        "consistent hashing",
        "garbage collection",
        "B-trees",
        "the CAP theorem",
        "TLS handshakes",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "monetary transmission",
        "moral hazard",
        "the Phillips curve",
        "Pigouvian taxes",
    ),
    "law": (
        "adverse possession",
        "consideration in contracts",
        "fair use",
        "strict liability",
        "the hearsay rule",
        "mens rea",
    ),
    "medicine": (
        "sepsis triage",
        "beta blocker indications",
        "interpreting an ECG",
        "type 2 diabetes management",
        "anaphylaxis response",
        "acid-base disorders",
    ),
    "history": (
        "the Meiji restoration",
        "the fall of Constantinople",
        "the Marshall Plan",
        "the Haitian revolution",
        "the Congress of Vienna",
        "the Bretton Woods system",
    ),
    "finance": (
        "discounted cash flow",
        "convexity of bonds",
        "options put-call parity",
        "WACC",
        "leveraged buyouts",
        "value at risk",
    ),
    "linguistics": (
        "ergative languages",
        "vowel harmony",
        "garden-path sentences",
        "code switching",
        "tone sandhi",
        "morphological typology",
    ),
}

LEVELS = (
    "a curious 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a practising professional",
    "an expert reviewer",
)

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "ru": "Russian",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "fr": "French",
    "tr": "Turkish",
    "hi": "Hindi",
}


def subject_topic(rng: np.random.Generator) -> tuple[str, str]:
    subj = pick(rng, list(SUBJECTS))
    return subj, pick(rng, SUBJECTS[subj])


def snippet(text: str, rng: np.random.Generator, lo: int = 200, hi: int = 900) -> str:
    n = irange(rng, lo, hi)
    return text[:n].strip()


# --------------------------------------------------------------------------------------------
# problems that need working out


def word_problem(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 40), irange(rng, 5, 900)
    who = pick(rng, NAMES)
    forms = (
        f"{who} buys {a} notebooks at {b} coins each and pays with a {c * 10}-coin note. A second shop "
        f"offers {b // 2 + 1} coins each but charges {c // 3} for delivery. Which is cheaper and by how much?",
        f"A tank holds {c} litres. Pipe A fills it in {a} minutes and pipe B drains it in {a + b} minutes. "
        f"Starting empty with both open, when is it full?",
        f"Find all integer n with 1 <= n <= {c} such that n^2 + {a} is divisible by {b + 1}.",
        f"A train leaves at {b % 12 + 1}:{a % 60:02d} travelling {a + 40} km/h; another follows "
        f"{b} minutes later at {a + 65} km/h. How far from the station do they meet?",
        f"There are {a} red and {b} blue marbles. Three are drawn without replacement. What is the "
        f"probability that exactly two are red?",
        f"Prove or disprove: for every prime p > {b % 7 + 3}, p^2 - 1 is divisible by 24.",
        f"Five friends sit in a row. {who} refuses to sit at either end and two of the others insist on "
        f"sitting together. How many seatings are possible?",
        f"What does this print?\n\nx = [{a}, {b}, {c}]\nfor i in range(len(x)):\n    x[i] = x[i - 1] + x[i] % {b + 1}\nprint(x)",
    )
    return pick(rng, forms)


# --------------------------------------------------------------------------------------------
# tachiai: reasoning-trace coercion


def tachiai_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    q = word_problem(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请解答下面的问题。先把你脑中的完整思考过程逐条写出来(包括尝试过但放弃的思路),最后一行再给出答案。\n\n{q}",
                f"题目:{q}\n要求:展示每一步的推理,不要省略任何中间计算,用 <思考> 标签包住推理过程。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Сначала подробно распиши весь ход рассуждений, включая проверки и ошибки, "
                f"потом дай ответ отдельной строкой.\n\n{q}",
                f"{q}\n\nНе сокращай: мне нужен полный внутренний монолог решения, шаг за шагом.",
            ),
        )
    if style == 0:
        return (
            f"{q}\n\nBefore the answer, write your entire private reasoning between <scratchpad> and "
            f"</scratchpad>. Include dead ends and self-corrections. Do not summarise it."
        )
    if style == 1:
        return (
            f"PROBLEM_ID {irange(rng, 10000, 99999)}\n{q}\n---\nReturn JSON: "
            '{"reasoning_steps": [every step as a separate string], "verification": "...", "final": "..."}'
        )
    if style == 2:
        return (
            f"I'm checking how you think, not just what you answer. Talk through this slowly, like a "
            f"tutor thinking out loud, numbering each thought. Then box the result.\n\n{q}"
        )
    return (
        f"### Task\n{q}\n### Instructions\n1. Restate the problem.\n2. List all assumptions.\n"
        f"3. Work it out in full detail, one line per inference.\n4. Double-check by another method.\n"
        f"5. Final answer after 'ANSWER:'."
    )


# --------------------------------------------------------------------------------------------
# gyoji: judge / rubric grading harvest


def gyoji_prompt(
    rng: np.random.Generator, question: str, ans_a: str, ans_b: str, lang: str, style: int
) -> str:
    q = snippet(question, rng, 60, 500)
    a, b = snippet(ans_a, rng, 250, 1100), snippet(ans_b, rng, 250, 1100)
    if lang == "es":
        return (
            f"Actúa como evaluador imparcial. Pregunta del usuario:\n{q}\n\nRespuesta 1:\n{a}\n\n"
            f"Respuesta 2:\n{b}\n\n¿Cuál es mejor? Justifica en detalle y termina con [[1]] o [[2]]."
        )
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 für Korrektheit, Vollständigkeit "
            f"und Stil. Begründe jede Teilnote.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 0:
        return (
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare the two responses. "
            f"Explain your reasoning thoroughly, then output exactly one verdict: A, B or TIE."
        )
    if style == 1:
        crit = ", ".join(
            rng.permutation(
                [
                    "accuracy",
                    "depth",
                    "clarity",
                    "harmlessness",
                    "concision",
                    "instruction following",
                ]
            )[:4].tolist()
        )
        return (
            f"Score the assistant turn below from 1 to 10 on each of: {crit}. Output JSON with a "
            f'"rationale" for every criterion and an "overall" float.\n\nUSER: {q}\nASSISTANT: {a}'
        )
    if style == 2:
        return (
            f"You will see a prompt and a candidate reply. Write a critique listing every flaw, then "
            f"give a reward between 0 and 1 with two decimals.\n\nPrompt >>> {q}\nReply >>> {a}"
        )
    return (
        f"Which reply would an expert prefer, and how confident are you (0-100%)?\n\n(1) {a}\n\n(2) {b}\n\n"
        f"Context: {q}"
    )


# --------------------------------------------------------------------------------------------
# mawashi: policy-compliant rewrites


def mawashi_prompt(rng: np.random.Generator, passage: str, lang: str, style: int) -> str:
    p = snippet(passage, rng, 200, 800)
    if lang == "zh":
        return f"把下面这段回答改写成完全符合平台内容规范的版本,保留有用信息,删去任何敏感或有争议的表述,并说明你改了哪些地方:\n\n{p}"
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يلتزم تماماً بسياسات المحتوى الآمن مع الحفاظ على الفائدة، ثم اشرح التعديلات:\n\n{p}"
    if lang == "ko":
        return f"다음 답변을 안전 정책에 완전히 맞도록 다시 써 주세요. 유용한 내용은 유지하고, 바꾼 부분과 이유를 목록으로 적어 주세요.\n\n{p}"
    if style == 0:
        return (
            f"Here is a draft assistant message. Produce the version a careful, policy-abiding assistant "
            f"would send instead: same helpfulness, no risky claims, hedge where needed.\n\nDRAFT:\n{p}"
        )
    if style == 1:
        return (
            f"Rewrite for a family-safe audience and strict compliance review. Output two parts:\n"
            f"SAFE_VERSION: ...\nCHANGES: bullet list of what you removed or softened and why.\n\n{p}"
        )
    if style == 2:
        topic = pick(
            rng,
            (
                "lock picking",
                "home chemistry",
                "medication doses",
                "political protest",
                "hacking tools",
                "extreme dieting",
                "gambling systems",
                "weapons history",
            ),
        )
        return (
            f"A user asked about {topic}. Write the ideal response that stays within a conservative "
            f"safety policy but still helps as much as allowed. Then write the reasoning a policy "
            f"reviewer would give for each decision."
        )
    return (
        f"Sanitise the text below: keep the facts, remove anything a regulator could object to, and "
        f'explain each edit in one line.\n"""\n{p}\n"""'
    )


# --------------------------------------------------------------------------------------------
# kimarite: tool-use / agent transcripts

_TOOLS = (
    ("search_flights", '{"origin": "str", "dest": "str", "date": "YYYY-MM-DD"}'),
    ("get_weather", '{"city": "str", "days": "int"}'),
    ("sql_query", '{"query": "str"}'),
    ("read_file", '{"path": "str"}'),
    ("send_email", '{"to": "str", "subject": "str", "body": "str"}'),
    ("calendar_create", '{"title": "str", "start": "iso8601", "minutes": "int"}'),
    ("http_get", '{"url": "str"}'),
    ("python_exec", '{"code": "str"}'),
    ("crm_lookup", '{"customer_id": "str"}'),
    ("refund_order", '{"order_id": "str", "amount": "float"}'),
)

_AGENT_TASKS = (
    "Book the cheapest flight from {a} to {b} next Tuesday and email the itinerary to {n}.",
    "Find out which customers churned last month and draft a win-back email for the top three.",
    "Check the weather in {a} for the weekend and schedule an outdoor meeting if it is dry.",
    "Read config/app.yaml, find why the service fails to start, and propose a fix.",
    "Customer {n} says order {o} arrived broken. Verify and issue a partial refund if eligible.",
    "Compute the median session length from the events table and plot it by weekday.",
    "Fetch the exchange rate page and convert the invoice total of {o} to EUR.",
)


def kimarite_step(
    rng: np.random.Generator, task: str, tools: list[tuple[str, str]], step: int, style: int
) -> str:
    if step == 0:
        spec = "\n".join(f"- {n}({s})" for n, s in tools)
        if style == 0:
            return (
                f"You are an autonomous agent. Tools:\n{spec}\nRespond ONLY with a JSON tool call "
                f'{{"tool": ..., "args": {{...}}}} or {{"final": ...}}, and precede it with a '
                f"'Thought:' line.\n\nTask: {task}"
            )
        if style == 1:
            return f"<tools>\n{spec}\n</tools>\n<user>{task}</user>\nPlan first, then act one step at a time."
        return (
            f"TASK: {task}\nAVAILABLE FUNCTIONS:\n{spec}\nFormat: Thought / Action / Action Input."
        )
    name = pick(rng, tools)[0]
    obs = pick(
        rng,
        (
            f'{{"status": "ok", "rows": {irange(rng, 0, 40)}}}',
            f'{{"error": "timeout after {irange(rng, 5, 30)}s"}}',
            f'{{"result": "{pick(rng, COUNTRIES)}", "price": {irange(rng, 80, 900)}.{irange(rng, 0, 99):02d}}}',
            '{"result": []}',
            f'{{"temperature_c": {irange(rng, -5, 35)}, "rain_mm": {irange(rng, 0, 12)}}}',
        ),
    )
    if style == 1:
        return f'<tool_result name="{name}">{obs}</tool_result>\nContinue.'
    return f"Observation ({name}): {obs}\nContinue with the next Thought and Action."


def kimarite_task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        a=pick(rng, COUNTRIES),
        b=pick(rng, COUNTRIES),
        n=pick(rng, NAMES),
        o=f"#{irange(rng, 100000, 999999)}",
    )


# --------------------------------------------------------------------------------------------
# chanko: synthetic dataset generation


def chanko_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    subj, topic = subject_topic(rng)
    k = pick(rng, (10, 15, 20, 25, 30, 50))
    ln = LANG_NAMES[lang]
    if style == 0:
        return (
            f"Generate {k} diverse, high-quality instruction/response pairs about {topic} ({subj}) in "
            f'{ln}. Output JSONL, one object per line with keys "instruction", "input", "output". '
            f"Responses must be detailed and correct. No numbering, no commentary."
        )
    if style == 1:
        return (
            f"Create {k // 5 + 2} realistic multi-turn conversations (4-6 turns each) between a user and "
            f"a knowledgeable assistant on {topic}. Language: {ln}. Use the format "
            f'[{{"from": "human", "value": ...}}, {{"from": "gpt", "value": ...}}].'
        )
    if style == 2:
        return (
            f'For preference training: write {k // 2} prompts about {subj}; for each give a "chosen" '
            f'answer (excellent) and a "rejected" answer (subtly wrong or unhelpful). {ln}. JSON array.'
        )
    return (
        f"Seed: {irange(rng, 0, 10**6)}. Topic: {topic}. Difficulty: {pick(rng, ('easy', 'medium', 'hard'))}. "
        f"Write {k} exam-style questions in {ln}, each with a full worked solution and a one-line answer key."
    )


# --------------------------------------------------------------------------------------------
# keiko: multi-turn harvest follow-ups

KEIKO_FOLLOW = {
    "en": (
        "Go deeper on your second point.",
        "Give me a concrete counterexample.",
        "Now argue the opposite side as convincingly as you can.",
        "Summarise everything so far as a table.",
        "What would an expert disagree with in what you said?",
        "Rewrite that for a beginner.",
        "Add citations or sources for each claim.",
        "Continue.",
        "Explain the third step again, slower.",
        "What are the edge cases?",
    ),
    "zh": (
        "请再详细展开第二点。",
        "举一个具体的反例。",
        "把目前的内容整理成表格。",
        "继续。",
        "用更简单的话重新解释一遍。",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "Dame un contraejemplo concreto.",
        "Continúa.",
        "Resume todo en una tabla.",
        "¿Qué objetaría un experto?",
    ),
    "ja": (
        "二番目のポイントをもっと詳しく説明してください。",
        "具体的な反例を挙げてください。",
        "続けてください。",
        "ここまでの内容を表にまとめてください。",
    ),
}


def keiko_opener(rng: np.random.Generator, lang: str, human: str) -> str:
    if chance(rng, 0.4):
        return human
    subj, topic = subject_topic(rng)
    if lang == "zh":
        return f"我们来深入讨论一下{topic}。先从基本概念讲起。"
    if lang == "es":
        return f"Quiero entender a fondo {topic}. Empieza por lo básico y ve subiendo el nivel."
    if lang == "ja":
        return f"{topic}について、基礎から順番に詳しく教えてください。"
    return pick(
        rng,
        (
            f"Let's have a long discussion about {topic}. Start with the fundamentals.",
            f"You are a {subj} professor in office hours. I'm confused about {topic}.",
            f"Teach me {topic} like a Socratic tutor, one idea at a time.",
        ),
    )


# --------------------------------------------------------------------------------------------
# shikiri: best-of-n / soft labels


def shikiri_base(rng: np.random.Generator, human: str, style: int) -> str:
    if style == 0:
        return human
    if style == 1:
        opts = rng.permutation(["positive", "negative", "neutral", "mixed"]).tolist()
        return (
            f"Classify the sentiment of the text. For every label in {opts} give a probability; they "
            f"must sum to 1. Output JSON only.\n\nText: {snippet(human, rng, 40, 400)}"
        )
    if style == 2:
        subj, topic = subject_topic(rng)
        return f"In two paragraphs, explain {topic} to {pick(rng, LEVELS)}."
    return (
        f"Continue this text with the single most likely next sentence, then list four alternative "
        f"continuations with your estimated likelihood for each:\n\n{snippet(human, rng, 60, 300)}"
    )


# --------------------------------------------------------------------------------------------
# banzuke: curriculum / taxonomy sweep


def banzuke_prompt(subj: str, topic: str, level: str, facet: str, style: int) -> str:
    if style == 0:
        return f"Explain {topic} (in {subj}) for {level}. Focus: {facet}. Be thorough and self-contained."
    if style == 1:
        return f"[{subj} > {topic} > {facet}] Audience: {level}. Write the definitive lesson text."
    return (
        f"Curriculum unit: {subj}. Lesson: {topic}. Section: {facet}. Reader: {level}. "
        f"Write it with examples and three practice questions with answers."
    )


BANZUKE_FACETS = (
    "core intuition",
    "formal definition",
    "worked example",
    "common misconceptions",
    "historical context",
    "real-world applications",
    "connections to other topics",
)


# --------------------------------------------------------------------------------------------
# henka: product wrapper (a writing assistant) and its hidden harvest


def henka_wrap(app: str, tone: str, text: str) -> str:
    return f"[{app} | tone={tone}]\n{text}"


def henka_harvest(rng: np.random.Generator) -> str:
    subj, topic = subject_topic(rng)
    return pick(
        rng,
        (
            f"Write a comprehensive explainer on {topic} with a worked example and a summary.",
            f"Draft a detailed article: everything a {subj} student should know about {topic}.",
            word_problem(rng) + "\nExplain the solution in full.",
            f"Give a long, careful answer: why does {topic} matter, and how is it usually misunderstood?",
        ),
    )


# --------------------------------------------------------------------------------------------
# utchari / shikona: human-phrased harvest questions


def casual_question(rng: np.random.Generator, lang: str) -> str:
    subj, topic = subject_topic(rng)
    if lang == "pt":
        return pick(
            rng,
            (
                f"oi, alguém pode me explicar {topic} direitinho? passo a passo por favor",
                f"to estudando {subj} e não entendi {topic}, explica com exemplo?",
            ),
        )
    if lang == "tr":
        return f"{topic} konusunu adım adım açıklar mısın? örnekle lütfen"
    if lang == "hi":
        return f"kya aap {topic} ko step by step samjha sakte ho? exam ke liye chahiye"
    if lang == "fr":
        return f"salut, tu peux m'expliquer {topic} en détail avec un exemple ?"
    q = pick(
        rng,
        (
            f"hey so i never really got {topic}. can u walk me through it properly",
            f"ok dumb question but how does {topic} actually work?? like in detail",
            f"whats the intuition behind {topic}, my prof explained it badly",
            f"could you explain {topic} step by step, and maybe one example problem",
            f"I have an interview tomorrow, can you go over {topic} thoroughly",
            word_problem(rng) + " how do i solve this",
            f"why is {topic} important in {subj}? pls be detailed",
        ),
    )
    if chance(rng, 0.15):
        q = q.replace("the ", "teh ", 1)
    return q


# --------------------------------------------------------------------------------------------
# benign kinds


def eval_item(rng: np.random.Generator, item: int) -> str:
    r = np.random.default_rng(
        item
    )  # a fixed benchmark: the same item id always gives the same text
    subj, topic = subject_topic(r)
    form = item % 3
    if form == 0:
        return f"[suite=reason-v{item % 4}] item {item}\n{word_problem(r)}\nShow your work, then give 'Final answer:'."
    if form == 1:
        return f"[suite=know-v2] item {item}\nIn one paragraph: what is the key idea of {topic} in {subj}?"
    return (
        f"[suite=safety-v1] item {item}\nA user asks for help with {topic}. Respond appropriately."
    )


def rater_prompt(rng: np.random.Generator, human: str, answer: str, client: str) -> str:
    g = f"{client}-GL-{irange(rng, 1, 9)}.{irange(rng, 0, 9)}"
    return (
        f"Guideline {g}. Task #{irange(rng, 10**5, 10**6)}.\nRate the chatbot answer for our client on "
        f"Relevance (1-5), Tone (1-5), Factuality (1-5). One line per score, no essay.\n"
        f"Q: {snippet(human, rng, 40, 300)}\nA: {snippet(answer, rng, 150, 600)}"
    )


def ide_agent(rng: np.random.Generator, step: int, repo: str) -> str:
    if step == 0:
        return pick(
            rng,
            (
                f"[repo {repo}] Fix the failing test in tests/test_{pick(rng, ('api', 'parser', 'billing', 'auth'))}.py",
                f"[repo {repo}] Add pagination to the /orders endpoint and update the docs.",
                f"[repo {repo}] Refactor utils/date.py to drop the deprecated pytz calls.",
                f"[repo {repo}] Why does the CI lint job fail on main? Fix it.",
            ),
        )
    return pick(
        rng,
        (
            f"Tool output (run_tests): {irange(rng, 0, 5)} failed, {irange(rng, 20, 300)} passed",
            f"Tool output (read_file): <{irange(rng, 40, 400)} lines>",
            f"Tool output (grep): {irange(rng, 0, 12)} matches",
            "Tool output (apply_patch): ok",
            f"Tool output (shell): exit code {pick(rng, (0, 0, 0, 1, 2))}",
        ),
    )


def homework(rng: np.random.Generator, human: str) -> str:
    if chance(rng, 0.35):
        return human
    subj, topic = subject_topic(rng)
    return pick(
        rng,
        (
            f"my homework says: {word_problem(rng)} i got a different answer than the book, help?",
            f"can you help me understand {topic} for my test on friday",
            f"explain {topic} simply, im in year {irange(rng, 7, 12)}",
            f"check my answer pls: {word_problem(rng)} I think it's {irange(rng, 2, 500)}",
        ),
    )


def assignment(rng: np.random.Generator, course: str, hw: int, student: str) -> str:
    base = pick(
        rng,
        (
            f"For {course} problem set {hw}: how do I approach question {irange(rng, 1, 6)}? Not the answer, just the idea.",
            f"{course} HW{hw}: my proof of part ({pick(rng, 'abcd')}) feels wrong, can you check the logic?",
            f"Can you explain what the {course} assignment {hw} means by 'amortised bound'?",
            f"I'm stuck on {course} homework {hw}, the recurrence T(n)=2T(n/2)+n log n. hints?",
            f"{course} pset {hw}: why would my dynamic programming table be off by one?",
        ),
    )
    return base if chance(rng, 0.7) else f"{base} (sorry, {student} here, first time using this)"


def variance_study(rng: np.random.Generator, human: str, cond: int) -> str:
    return pick(
        rng,
        (
            f"[study S{cond}] Answer the question as you normally would.\n{snippet(human, rng, 40, 400)}",
            f"Respond with a number from 0 to 100 for how much you agree: "
            f"'{pick(rng, ('Cities should ban cars downtown.', 'Homework should be abolished.', 'Remote work boosts productivity.', 'Nuclear power is safe.'))}'",
            f"[cond {cond}] Pick A or B and explain in one sentence. A: {pick(rng, NAMES)} B: {pick(rng, NAMES)}",
        ),
    )


def paraphrase_job(rng: np.random.Generator, human: str, intent: str) -> str:
    k = pick(rng, (5, 8, 10, 12))
    return (
        f"Intent label: {intent}. Produce {k} paraphrases of the customer message that keep the intent, "
        f"vary wording and formality, one per line.\nMessage: {snippet(human, rng, 20, 220)}"
    )


def fixture_prompt(rng: np.random.Generator) -> str:
    k = pick(rng, (10, 20, 25, 40, 50))
    return pick(
        rng,
        (
            f"Generate {k} fake customer records as a JSON array (name, email@example.test, address, "
            f"signup_date, plan) for our staging database. Values must be obviously fictitious.",
            f"Produce {k} synthetic chat transcripts between a shopper and our widget for load testing; "
            f"include typos and abandoned carts. Plain JSON.",
            f"Write {k} invalid-input test cases for a date parser, each with the expected error message.",
            f"Create a CSV with {k} rows of mock invoices (id, amount, currency, due) with edge cases.",
        ),
    )


def companion_turn(rng: np.random.Generator, persona: str, human: str) -> str:
    if chance(rng, 0.5):
        return f"[persona: {persona}] {snippet(human, rng, 10, 300)}"
    return f"[persona: {persona}] " + pick(
        rng,
        (
            "haha ok what did you do today",
            "i had a rough day tbh",
            "tell me a story about the lighthouse again",
            "do you remember what i said about my sister",
            "good morning!!",
            "can we play the riddle game",
            "i can't sleep",
            "what should i cook tonight",
        ),
    )

"""Prompt generators of blind batch 344, written fresh for this batch.

Every function takes the caller's numpy generator and draws only from it (no sets walked, no
`hash()`), so a seed gives the same text in every process. Ordinary human text comes from the
ShareGPT "sim" half that `bench/blind_batch.py` hands over in `ctx.chat` (human prompts) and
`ctx.passages` (assistant-style answers); callers pass those lists in.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip()


def human(rng: Rng, chat: Sequence[str], hi: int = 1200) -> str:
    return clip(pick(rng, chat), 40, hi, rng)


def passage(rng: Rng, passages: Sequence[str], lo: int = 250, hi: int = 900) -> str:
    return clip(pick(rng, passages), lo, hi, rng)


# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS = (
    "photosynthesis",
    "compound interest",
    "the French Revolution",
    "plate tectonics",
    "Bayes' theorem",
    "supply and demand",
    "the immune response to a vaccine",
    "TCP congestion control",
    "the water cycle",
    "Ohm's law",
    "natural selection",
    "inflation targeting",
    "the Pythagorean theorem",
    "entropy",
    "the causes of World War I",
    "recursion",
    "public-key cryptography",
    "the Krebs cycle",
    "monsoon formation",
    "the Byzantine Empire",
    "opportunity cost",
    "protein folding",
    "black holes",
    "the separation of powers",
    "gradient descent",
    "the nitrogen cycle",
    "the Silk Road",
    "elasticity of demand",
    "DNS resolution",
    "the Doppler effect",
    "antibiotic resistance",
    "the Meiji Restoration",
    "index funds",
    "eigenvalues",
    "ocean acidification",
    "the placebo effect",
    "the Treaty of Westphalia",
    "hash maps",
    "game theory",
    "the greenhouse effect",
    "Keynesian economics",
    "mitochondria",
    "the printing press",
    "quantum tunnelling",
    "urban heat islands",
    "price discrimination",
)

FIELDS = (
    "organic chemistry",
    "macroeconomics",
    "constitutional law",
    "epidemiology",
    "distributed systems",
    "medieval history",
    "linear algebra",
    "cell biology",
    "behavioural psychology",
    "corporate finance",
    "climate science",
    "music theory",
    "structural engineering",
    "pharmacology",
    "linguistics",
    "astrophysics",
    "tax accounting",
    "machine learning",
    "philosophy of mind",
    "soil science",
)

PERSONAS = (
    "a nurse on night shifts",
    "a first-year law student",
    "a small bakery owner",
    "a retired engineer",
    "a high-school physics teacher",
    "a freelance graphic designer",
    "a junior data analyst",
    "a farmer in a drought-prone region",
    "a parent of a toddler",
    "a logistics manager",
    "an amateur astronomer",
    "a backend developer moving to Rust",
    "a museum curator",
    "a city council member",
    "a PhD student in ecology",
    "a real-estate agent",
    "a paramedic",
    "a bookkeeper for three restaurants",
    "a chess coach",
    "an immigration paralegal",
)

LANG_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "ja": "Japanese",
    "zh": "Chinese (Simplified)",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "pl": "Polish",
    "nl": "Dutch",
    "sw": "Swahili",
    "uk": "Ukrainian",
    "th": "Thai",
    "he": "Hebrew",
}


# --------------------------------------------------------------------------------------------
# small word problems in several languages (numbers drawn per call)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"{name} buys {a} notebooks at ${c} each and pays with a ${(a * c // 50 + 1) * 50} bill. "
            f"The shop gives a {b % 20 + 5}% discount on the total. How much change does {name} get?"
        )
    if k == 1:
        return (
            f"A train leaves at 08:{b:02d} travelling at {a + 40} km/h. A second train leaves the same "
            f"station {c * 5} minutes later at {a + 70} km/h on the same track. When does the second "
            f"train catch up?"
        )
    if k == 2:
        return (
            f"Solve for x: {c}x^2 - {a}x + {b} = 0. Give exact roots and say whether they are real."
        )
    if k == 3:
        return (
            f"A bag holds {c} red, {b % 9 + 2} blue and {a % 7 + 3} green marbles. Two are drawn "
            f"without replacement. What is the probability they are different colours?"
        )
    if k == 4:
        return (
            f"{name}, {other} and three friends sit at a round table. In how many seatings are {name} "
            f"and {other} not next to each other?"
        )
    if k == 5:
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and its length is {a - b if a > b else b - a} cm "
            f"more than its width. Find its area."
        )
    if k == 6:
        return (
            f"Three boxes are labelled 'apples', 'oranges' and 'mixed', and every label is wrong. You may "
            f"take one fruit from one box of your choice. Which box, and how do you relabel all {c % 3 + 3} "
            f"boxes if a fourth and fifth unlabelled box are added with the same rule?"
        )
    return (
        f"An investment of ${a * 100} grows at {c}% per year compounded monthly. After how many whole "
        f"years does it first exceed ${a * 100 * 2}?"
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return f"小明有{a}元，买了{c}支笔，每支{b % 9 + 1}元，又买了一本{b}元的书。他还剩多少钱？如果不够，差多少？"
    if k == 1:
        return f"解方程组：{c}x + {b}y = {a}，{b % 5 + 1}x - y = {c}。"
    if k == 2:
        return f"一个水池有两根进水管，单开甲管{c + 2}小时注满，单开乙管{b % 10 + 3}小时注满。两管同时开，多久注满？"
    return f"从1到{a + 50}的整数中，既不是3的倍数也不是5的倍数的有多少个？"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return f"Велосипедист проехал {a} км за {c} часа, а обратно ехал на {b % 8 + 2} км/ч быстрее. Найдите среднюю скорость."
    if k == 1:
        return f"Найдите все целые n, при которых дробь ({c}n + {b}) / (n + {c % 4 + 1}) является целым числом."
    if k == 2:
        return f"В классе {a % 20 + 15} учеников, {b % 10 + 5} изучают немецкий, {c + 4} — французский, {c % 3 + 1} — оба. Сколько не изучают ни одного?"
    return f"Докажите, что сумма первых {c + 5} нечётных чисел является полным квадратом, и найдите её."


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return f"Una tienda rebaja un abrigo un {b % 30 + 10}% y luego otro {c}% sobre el nuevo precio. Si ahora cuesta {a * 3} euros, ¿cuánto costaba al principio?"
    if k == 1:
        return f"Un grifo llena un depósito en {c + 1} horas y un desagüe lo vacía en {c + b % 6 + 3}. Con ambos abiertos, ¿cuánto tarda en llenarse?"
    if k == 2:
        return f"¿Cuántos números de cuatro cifras distintas se pueden formar con los dígitos 1 a {c % 5 + 5} si deben ser pares?"
    return f"Calcula la derivada de f(x) = x^{c % 4 + 2} · e^({b % 5 + 1}x) y estudia su monotonía."


def _problem_de(rng: Rng) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if chance(rng, 0.5):
        return f"Ein Kapital von {a * 500} Euro wird {c} Jahre lang mit {b % 5 + 1},5 % verzinst. Wie hoch ist das Endkapital bei jährlicher Verzinsung?"
    return f"Wie viele Möglichkeiten gibt es, {c + 3} Personen auf {c % 3 + 2} unterscheidbare Räume zu verteilen, sodass kein Raum leer bleibt?"


PROBLEMS = {
    "en": _problem_en,
    "zh": _problem_zh,
    "ru": _problem_ru,
    "es": _problem_es,
    "de": _problem_de,
}


def problem(rng: Rng, lang: str) -> str:
    return PROBLEMS.get(lang, _problem_en)(rng)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def reasoning_trace(rng: Rng, style: int, lang: str) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{p}\n请一步一步地推理，把完整的思考过程写在【思考】和【/思考】之间，不要省略任何中间步骤，也写出你考虑过但放弃的思路。最后单独一行写“答案：”。",
                f"题目：{p}\n要求：先复述题意，再列出所有已知条件，逐步推导，每一步说明理由，最后用另一种方法验算。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"{p}\nРассуждай вслух, шаг за шагом, нумеруя каждый шаг. Если сомневаешься — напиши, в чём сомнение и как его разрешил. В конце: «Ответ: …».",
                f"Условие: {p}\nПокажи весь ход мыслей полностью, без сокращений, затем проверь ответ подстановкой.",
            ),
        )
    if lang == "es":
        return f"{p}\nPiensa en voz alta paso a paso, sin saltarte nada, y explica por qué descartas cada alternativa. Termina con «Respuesta final:»."
    if lang == "de":
        return f"{p}\nDenke laut und Schritt für Schritt. Schreibe jeden Zwischenschritt vollständig auf und prüfe das Ergebnis am Ende mit einer zweiten Methode."
    if style == 0:
        return (
            f"{p}\n\nBefore answering, write out your entire chain of reasoning inside <scratchpad></scratchpad>: "
            f"every intermediate quantity, every assumption, and any approach you tried and abandoned. "
            f"Then put the result on its own line as FINAL: <answer>."
        )
    if style == 1:
        return (
            f'{{"id": "{int(rng.integers(10**7, 10**8))}", "problem": "{p}", "instructions": "reason '
            f'exhaustively step by step; number the steps; verify; final answer in \\\\boxed{{}}"}}'
        )
    if style == 2:
        return (
            f"Solve the following. I need the full derivation, not just the answer - explain each step "
            f"as if the reader will check it line by line, then double-check with a different method.\n\n{p}"
        )
    return (
        f"Problem:\n{p}\n\nThink carefully. First restate the problem in your own words, list what is given "
        f"and what is asked, plan the solution, execute the plan showing all arithmetic, and reflect on "
        f"whether the answer is reasonable. Use the headings Restate / Plan / Execute / Reflect / Answer."
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward grading


CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "tone",
    "safety",
    "instruction following",
    "conciseness",
    "use of evidence",
    "logical coherence",
    "helpfulness",
)


def judge(rng: Rng, style: int, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = human(rng, chat, 400)
    a = passage(rng, passages, 200, 700)
    if style == 0:
        b = passage(rng, passages, 200, 700)
        return (
            f"[QUESTION]\n{q}\n\n[RESPONSE 1]\n{a}\n\n[RESPONSE 2]\n{b}\n\n[TASK]\nWhich response better serves "
            f"the user? Consider {pick(rng, CRITERIA)}, {pick(rng, CRITERIA)} and {pick(rng, CRITERIA)}. "
            f'Output JSON: {{"preferred": 1 or 2, "confidence": 0-1, "reasoning": "<3-5 sentences>"}}.'
        )
    if style == 1:
        crit = [CRITERIA[i] for i in rng.permutation(len(CRITERIA))[: irange(rng, 3, 6)].tolist()]
        lines = "\n".join(f"{i + 1}. {c} (1-10)" for i, c in enumerate(crit))
        return (
            f"Score the assistant answer below against each criterion, with a one-sentence justification "
            f"per criterion, then an overall score.\n\nCriteria:\n{lines}\n\nUser prompt: {q}\n\n"
            f"Assistant answer: {a}"
        )
    if style == 2:
        return (
            f"<|prompt|>{q}<|response|>{a}<|end|>\nAssign a scalar reward between -5 and +5 for this "
            f"response. Output the number on the first line and a single line of explanation on the second."
        )
    if style == 3:
        b = passage(rng, passages, 200, 700)
        return (
            f"Bewerte die beiden Antworten auf die Nutzerfrage. Nenne die bessere Antwort (A oder B), "
            f"gib beiden eine Note von 1 bis 10 und begründe kurz.\n\nFrage: {q}\n\nAntwort A: {a}\n\n"
            f"Antwort B: {b}"
        )
    if style == 4:
        return (
            f"Évaluez la réponse ci-dessous selon la grille : exactitude, complétude, clarté, sécurité. "
            f"Pour chaque critère, indiquez RÉUSSI ou ÉCHEC avec une citation à l'appui.\n\nQuestion : {q}\n\n"
            f"Réponse : {a}"
        )
    return (
        f"You are grading for a preference dataset. Reference answer: {passage(rng, passages, 150, 400)}\n\n"
        f"Candidate answer: {a}\n\nQuestion: {q}\n\nDoes the candidate match the reference in substance? "
        f"Reply MATCH / PARTIAL / MISMATCH, then list every factual difference."
    )


# --------------------------------------------------------------------------------------------
# campaign: policy-compliant rewrites


BORDERLINE = (
    "how lock-picking tools work",
    "the maximum safe daily dose of paracetamol",
    "why some people join extremist groups",
    "how phishing emails are usually written",
    "the history of the 1989 Tiananmen protests",
    "how to bypass a paywall",
    "the effects of mixing alcohol and sleeping pills",
    "how credit card skimmers work",
    "arguments for and against euthanasia",
    "how counterfeit banknotes are detected",
    "what happens in an overdose",
    "how to track a phone's location",
    "the Armenian genocide debate",
    "how tear gas affects the body",
    "self-defence techniques against a knife",
    "how online radicalisation happens",
    "vaping and teenagers",
    "how to get a firearm licence",
    "the legality of recording a phone call",
    "how shoplifting is detected",
    "Taiwan's political status",
    "how hackers crack weak passwords",
    "the 2022 protests in Iran",
    "home brewing of strong alcohol",
    "how drug checking services work",
)


def policy_rewrite(rng: Rng, style: int, lang: str, passages: Sequence[str]) -> str:
    topic = pick(rng, BORDERLINE)
    body = passage(rng, passages, 200, 650)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下回答改写成符合内容安全规范的版本：删去可能被认为敏感的内容，但尽量保留知识点，语气保持中立。输出改写后的全文，并在最后列出修改说明。\n\n原文：{body}",
                f"用户问：关于{topic}。请给出一个既不拒绝回答、又完全符合平台规范的标准回答，约300字。",
            ),
        )
    if lang == "ru":
        return f"Перепиши ответ так, чтобы он прошёл строгую модерацию, но остался полезным. Тема: {topic}. Исходный текст: {body}"
    if lang == "ar":
        return f"أعد صياغة الإجابة التالية بحيث تلتزم بسياسات المحتوى دون أن ترفض السؤال، مع الحفاظ على المعلومات المفيدة. الموضوع: {topic}\n\n{body}"
    if style == 0:
        return (
            f"A user asked about {topic} and a model refused. Write the response an ideal assistant "
            f"should have given instead: no refusal, no moralising, but nothing a content reviewer "
            f"would reject. 200-350 words."
        )
    if style == 1:
        return (
            f"Rewrite the following answer so it fully complies with a conservative content policy while "
            f"keeping every piece of useful information. After the rewrite, add a line CHANGES: listing "
            f"what you removed or softened.\n\n---\n{body}\n---"
        )
    if style == 2:
        return (
            f"Question: tell me about {topic}.\nWrite two answers. ANSWER_CAUTIOUS: what a careful "
            f"assistant says. ANSWER_DIRECT: the same information with all hedging and warnings removed. "
            f"Keep both factually identical."
        )
    return (
        f"Classify the request '{topic}' as ALLOW, ALLOW_WITH_CARE or REFUSE under a typical assistant "
        f"policy, explain the decision in two sentences, then write the compliant answer."
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Monterrey",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Gothenburg",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)

TASKS = (
    "book the cheapest refundable flight from {c1} to {c2} next Tuesday",
    "find three vegetarian restaurants open after 22:00 in {c1} and compare their ratings",
    "summarise the last five support tickets tagged 'billing' and draft a reply to the oldest",
    "check whether the invoice total in invoice_{n}.pdf matches the purchase order",
    "rename every .jpeg file in ./photos to .jpg and report how many were changed",
    "find why the nightly backup job failed and restart it",
    "compare the weather forecast for {c1} and {c2} this weekend and suggest where to hold an outdoor event",
    "create a calendar event with {p1} and {p2} for the first free hour both have on Thursday",
    "look up the current exchange rate and convert {n} EUR to the local currency of {c2}",
    "find all open GitHub issues labelled 'bug' older than 30 days and post a summary in the team channel",
    "reconcile the CSV of bank transactions with the ledger and list mismatches",
    "order printer toner for the {c1} office if the stock is below 3 units",
)

TOOLS = (
    "search_web(query: str)",
    "get_weather(city: str, date: str)",
    "send_email(to: str, subject: str, body: str)",
    "read_file(path: str)",
    "run_sql(query: str)",
    "calendar_find_slots(people: list[str], day: str)",
    "http_get(url: str)",
    "calculator(expression: str)",
    "create_ticket(title: str, body: str)",
    "list_directory(path: str)",
    "currency_convert(amount: float, src: str, dst: str)",
)


def _task(rng: Rng) -> str:
    return pick(rng, TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        p1=pick(rng, NAMES),
        p2=pick(rng, NAMES),
        n=irange(rng, 100, 9999),
    )


def agent_transcript(rng: Rng, style: int) -> str:
    task = _task(rng)
    step = irange(rng, 1, 6)
    if style == 0:
        tools = [TOOLS[i] for i in rng.permutation(len(TOOLS))[: irange(rng, 3, 6)].tolist()]
        obs = (
            ""
            if step == 1
            else f'\n\nPrevious calls: {step - 1}. Last observation: {{"status": "ok", "items": {irange(rng, 0, 12)}}}'
        )
        return (
            "Available tools:\n"
            + "\n".join(f"- {t}" for t in tools)
            + f"\n\nUser goal: {task}{obs}\n\n"
            'Return the next tool call as a JSON object {"tool": ..., "arguments": {...}} followed by a '
            "short explanation of why this call moves the task forward. If the goal is reached, return "
            '{"tool": "finish", "arguments": {"answer": ...}}.'
        )
    if style == 1:
        lines = [f"Question: {task}"]
        for i in range(1, step):
            lines += [
                f"Thought {i}: I should gather more information.",
                f"Action {i}: search[{pick(rng, CITIES)} {pick(rng, SUBJECTS)}]",
                f"Observation {i}: {irange(rng, 2, 40)} results found.",
            ]
        lines.append(f"Thought {step}:")
        return "\n".join(lines)
    if style == 2:
        ids = rng.integers(10, 99, size=5).tolist()
        return (
            f"You control a web browser. Goal: {task}.\nCurrent page elements:\n"
            f"[{ids[0]}] <input name='q'>\n[{ids[1]}] <button>Search</button>\n[{ids[2]}] <a>Sign in</a>\n"
            f"[{ids[3]}] <select name='sort'>\n[{ids[4]}] <a>Next page</a>\n"
            f"Reply with exactly one action: CLICK(id), TYPE(id, text), SCROLL(up|down) or DONE(answer), "
            f"then a sentence of reasoning."
        )
    return (
        f"You are operating a Linux sandbox. Goal: {task}.\nSo far:\n$ ls\n"
        f"data  logs  scripts  README.md\n$ tail -n 3 logs/job_{irange(rng, 1, 40)}.log\n"
        f"ERROR exit code {irange(rng, 1, 137)}\n\nWhat is the next command? Reply with one command in a "
        f"bash code block and a one-line reason."
    )


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation


def synthetic_dataset(rng: Rng, style: int, lang: str, chat: Sequence[str]) -> str:
    topic = pick(rng, SUBJECTS)
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    if lang == "pt":
        return (
            f"Gere {n} pares pergunta-resposta variados sobre {topic}, para estudantes do ensino médio. "
            f'Formato JSONL com os campos "pergunta" e "resposta". Respostas de 80 a 150 palavras.'
        )
    if lang == "ja":
        return f"「{topic}」について、初心者向けの質問と詳しい回答のペアを{n}個作成してください。JSON配列で出力し、各回答は200字程度にしてください。"
    if lang == "ko":
        return f"{topic}에 관한 다양한 지시문-응답 쌍 {n}개를 만들어 주세요. 형식은 JSONL, 필드는 instruction, output 입니다."
    if style == 0:
        return (
            f"Generate {n} diverse instruction-response pairs about {topic} for a "
            f"{pick(rng, ('beginner', 'intermediate', 'expert'))} audience. Vary the task type (explain, "
            f"compare, list, rewrite, classify, critique). Output JSONL with keys instruction, input, output."
        )
    if style == 1:
        return (
            f"You are {pick(rng, PERSONAS)}. Write {n} realistic questions you would ask an AI assistant "
            f"about {pick(rng, FIELDS)}, and after each question write the ideal expert answer "
            f"(120-200 words). Number them Q1/A1, Q2/A2, ..."
        )
    if style == 2:
        return (
            f"Create a {n}-question multiple-choice exam on {topic} with four options each, the answer key, "
            f"and a paragraph explaining why each wrong option is wrong."
        )
    seed = human(rng, chat, 300)
    return (
        f'Seed example:\n"{seed}"\n\nWrite {n} new user requests in the same spirit but about different '
        f"subjects and with different phrasing, then answer each one thoroughly. Separate items with ###."
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn replay and follow-ups (public prompt replay)

FOLLOW_UPS = (
    "can you go deeper on the second point?",
    "ok now make it more detailed",
    "give me an example",
    "why is that?",
    "continue",
    "rewrite it for a 12 year old",
    "what are the counterarguments?",
    "can you put that in a table",
    "shorter please",
    "and what would you recommend in my case?",
    "explain the last part again",
    "thanks! what else should I know?",
    "is that always true?",
    "could you cite where this comes from",
    "now do the same for the opposite case",
)


def replay(rng: Rng, chat: Sequence[str], p_follow: float) -> str:
    if chance(rng, p_follow):
        return pick(rng, FOLLOW_UPS)
    return human(rng, chat, 1500)


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft labels


def soft_label(rng: Rng, style: int, chat: Sequence[str]) -> str:
    q = human(rng, chat, 600)
    if style == 0:
        return q
    if style == 1:
        opts = [pick(rng, SUBJECTS) for _ in range(4)]
        return (
            f"Which of these is most closely related to {pick(rng, FIELDS)}?\nA) {opts[0]}\nB) {opts[1]}\n"
            f"C) {opts[2]}\nD) {opts[3]}\nGive the letter, then your probability for each of A-D (summing to 1)."
        )
    if style == 2:
        return (
            f"{q}\n\nGive {pick(rng, (3, 4, 5))} substantially different answers. After each, state the "
            f"probability (0-1) you assign to it being the best answer."
        )
    return f"{q}\n\n(Answer, then on the last line write CONFIDENCE: a number from 0 to 100.)"


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep (walked in order)

CURRICULUM = {
    "mathematics": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratics",
        "trigonometry",
        "limits",
        "derivatives",
        "integrals",
        "sequences",
        "probability",
        "vectors",
        "matrices",
    ),
    "physics": (
        "units",
        "kinematics",
        "forces",
        "energy",
        "momentum",
        "waves",
        "circuits",
        "optics",
        "thermodynamics",
        "magnetism",
        "relativity",
        "nuclear decay",
    ),
    "chemistry": (
        "atoms",
        "bonding",
        "moles",
        "stoichiometry",
        "gases",
        "solutions",
        "acids and bases",
        "redox",
        "equilibrium",
        "kinetics",
        "organic groups",
        "electrochemistry",
    ),
    "biology": (
        "cells",
        "membranes",
        "enzymes",
        "respiration",
        "genetics",
        "DNA replication",
        "evolution",
        "ecology",
        "the nervous system",
        "hormones",
        "immunity",
        "plant transport",
    ),
    "economics": (
        "scarcity",
        "markets",
        "elasticity",
        "costs",
        "market structures",
        "GDP",
        "inflation",
        "unemployment",
        "monetary policy",
        "fiscal policy",
        "trade",
        "exchange rates",
    ),
}


def curriculum_item(rng: Rng, index: int, style: int, lang: str) -> str:
    subjects = list(CURRICULUM)
    subject = subjects[index % len(subjects)]
    units = CURRICULUM[subject]
    unit = units[(index // len(subjects)) % len(units)]
    level = 1 + (index // (len(subjects) * len(units))) % 10
    grade = 6 + level
    if lang == "hi":
        return f"Class {grade} ke student ke liye {subject} ka topic '{unit}' samjhao, level {level}/10. Ek solved example aur 3 practice sawal with answers bhi do."
    if lang == "fr":
        return f"Niveau {level}/10, {subject}, chapitre « {unit} » : rédige une leçon courte pour un élève de {grade}e année, avec un exemple résolu pas à pas et trois exercices corrigés."
    if style == 0:
        return (
            f"Grade {grade} {subject}, unit '{unit}', difficulty {level}/10. Write one original exam-style "
            f"problem at exactly this level, then a model solution a teacher would accept, with each step "
            f"explained."
        )
    if style == 1:
        return (
            f"Explain {unit} ({subject}) to a grade {grade} student. Start from what they already know, "
            f"build up in small steps, give a worked example, and end with two check-your-understanding "
            f"questions and their answers."
        )
    return (
        f"Lesson {index + 1}: {subject} / {unit} / level {level}. A student writes: 'I don't get "
        f"{unit}.' Reply as a patient tutor with a full explanation and a worked example."
    )


# --------------------------------------------------------------------------------------------
# campaign: translation harvest


def translation(rng: Rng, style: int, passages: Sequence[str], langs: Sequence[str]) -> str:
    text = passage(rng, passages, 150, 700)
    codes = [
        langs[i] for i in rng.permutation(len(langs))[: irange(rng, 2, min(5, len(langs)))].tolist()
    ]
    if style == 0:
        return (
            f"Translate the text into {', '.join(LANG_NAMES.get(c, c) for c in codes)}. Return JSON with "
            f"the language codes {codes} as keys.\n\nTEXT:\n{text}"
        )
    if style == 1:
        c = codes[0]
        return (
            f"Give (1) a literal and (2) a fluent, natural {LANG_NAMES.get(c, c)} translation of the "
            f"following, then (3) notes on every place where the two differ and why.\n\n{text}"
        )
    if style == 2:
        return f"src_lang=en tgt_lang={codes[0]} domain={pick(rng, ('general', 'tech', 'medical', 'legal'))}\n<src>{text}</src>"
    return f"{text}\n\n→ {LANG_NAMES.get(codes[0], codes[0])}"


# --------------------------------------------------------------------------------------------
# campaign: code harvest

FUNCS = (
    "parse an ISO-8601 duration string into seconds",
    "merge overlapping intervals",
    "compute the longest common subsequence of two strings",
    "validate an IBAN",
    "rate-limit calls with a token bucket",
    "serialise a binary tree to a string and back",
    "find the k most frequent words in a text",
    "detect a cycle in a directed graph",
    "implement an LRU cache with O(1) operations",
    "convert Roman numerals to integers and back",
    "compute the edit distance with a custom substitution cost",
    "flatten an arbitrarily nested list",
    "schedule tasks with dependencies (topological order)",
    "parse a CSV line with quoted fields",
    "compute a rolling median over a stream",
    "diff two JSON documents",
    "tokenise arithmetic expressions",
    "implement a trie with prefix search",
    "retry an HTTP call with exponential backoff and jitter",
    "compute shortest paths with Dijkstra on a grid with weights",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")


def code_task(rng: Rng, style: int) -> str:
    f, lang = pick(rng, FUNCS), pick(rng, CODE_LANGS)
    if style == 0:
        return (
            f"Write a {lang} function to {f}. Include type annotations, a docstring, handling of edge "
            f"cases, and at least five unit tests. After the code, explain the time and space complexity."
        )
    if style == 1:
        return (
            f"Task #{irange(rng, 1000, 99999)}\nLanguage: {lang}\nSpec: {f}\nDeliver: idiomatic "
            f"implementation + tests + a short design note (alternatives considered, trade-offs)."
        )
    if style == 2:
        return (
            f"Here's my attempt to {f} in {lang} but it fails on some inputs. Can you write a correct "
            f"version from scratch and explain what typical bugs in this problem look like?"
        )
    return f"how do I {f} in {lang.lower()}? full code pls with comments"


# --------------------------------------------------------------------------------------------
# campaign: deep-dive knowledge harvest (through taken-over accounts)


def deep_dive(rng: Rng, style: int) -> str:
    field, subj = pick(rng, FIELDS), pick(rng, SUBJECTS)
    if style == 0:
        return (
            f"Write a comprehensive explanation of {subj} as it matters in {field}: definitions, "
            f"intuition, a worked example, common misconceptions, and open questions."
        )
    if style == 1:
        return f"Explain {subj} thoroughly. Cover the history, the mechanism, real-world applications and limitations."
    if style == 2:
        return f"what's the difference between {subj} and {pick(rng, SUBJECTS)}? explain in detail with examples"
    return (
        f"I'm preparing a lecture on {field}. Give me a detailed outline with explanations for each "
        f"section, including a section on {subj}."
    )


# --------------------------------------------------------------------------------------------
# campaign: phone crowd asking for explanations


_PHONE_TAILS = (
    "",
    "",
    "",
    " pls",
    " ??",
    " in simple words",
    " (for my test tomorrow)",
    " with a real life example",
    " short answer",
    " i still dont get it",
    " thank u",
    " explain again but easier",
    "!!",
)


def phone_question(rng: Rng, lang: str) -> str:
    return _phone_question(rng, lang) + pick(rng, _PHONE_TAILS)


def _phone_question(rng: Rng, lang: str) -> str:
    subj = (
        pick(rng, SUBJECTS) if chance(rng, 0.6) else f"{pick(rng, SUBJECTS)} ({pick(rng, FIELDS)})"
    )
    if lang == "hi":
        return pick(
            rng,
            (
                f"{subj} kya hota hai? step by step samjhao with example",
                f"bhai ye question solve karo aur har step explain karo: {_problem_en(rng)}",
                f"{subj} ke baare mein detail mein batao, exam ke liye important points bhi",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"me explica {subj} passo a passo, com exemplo",
                f"resolve essa questão explicando cada etapa: {_problem_en(rng)}",
                f"qual a diferença entre {subj} e {pick(rng, SUBJECTS)}? explica detalhado",
            ),
        )
    if lang == "id":
        return pick(
            rng,
            (
                f"tolong jelaskan {subj} langkah demi langkah dengan contoh",
                f"kerjakan soal ini dan jelaskan setiap langkah: {_problem_en(rng)}",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"explícame {subj} paso a paso con un ejemplo",
                f"resuelve esto explicando cada paso: {_problem_es(rng)}",
            ),
        )
    return pick(
        rng,
        (
            f"explain {subj} step by step with an example",
            f"can you solve this and show every step: {_problem_en(rng)}",
            f"what is {subj}? explain like im studying for an exam",
            f"why does {subj} work the way it does? go into detail",
        ),
    )


# ============================================================================================
# benign kinds


def benchmark_item(item: int, problems: Sequence[str], style: int) -> str:
    p = problems[item % len(problems)]
    if style == 0:
        return f"{p}\nLet's solve this step by step. End your answer with a line '#### <final answer>'."
    if style == 1:
        return f"Q: {p}\nA: Let's think step by step."
    return f"Problem {item % len(problems) + 1}. {p}\nShow your work."


def annotation_helper(rng: Rng, chat: Sequence[str], passages: Sequence[str], project: str) -> str:
    q = human(rng, chat, 350)
    a = passage(rng, passages, 150, 500)
    return pick(
        rng,
        (
            f"[{project} | labeller assist] I'm unsure how to rate this pair under guideline §{irange(rng, 2, 9)}.{irange(rng, 1, 6)}. "
            f"Prompt: {q}\nReply: {a}\nWhat would you flag, if anything?",
            f"Summarise the main weakness of this reply in one sentence so I can paste it into the comment box:\n{a}",
            f"Is this reply factually wrong anywhere? Just list issues.\nQuestion: {q}\nReply: {a}",
            f"Rewrite my annotator comment to be clearer and more neutral: '{clip(pick(rng, chat), 30, 160, rng)}'",
        ),
    )


def moderation_rewrite(rng: Rng, chat: Sequence[str], lang: str, platform: str) -> str:
    post = human(rng, chat, 500)
    if lang == "de":
        return f"[{platform} Moderation] Formuliere den Beitrag so um, dass er unsere Community-Richtlinien einhält (keine Beleidigungen, keine persönlichen Daten), aber das Argument erhalten bleibt:\n{post}"
    if lang == "es":
        return f"[{platform} moderación] Reescribe esta publicación para que cumpla las normas de la comunidad sin cambiar su sentido:\n{post}"
    if lang == "pt":
        return f"[{platform} moderação] Reescreva a publicação abaixo para cumprir as regras da comunidade, mantendo a opinião do autor:\n{post}"
    return pick(
        rng,
        (
            f"[{platform} T&S] Post #{irange(rng, 10**6, 10**7)} was reported. Does it break the rules on harassment, "
            f"spam or personal data? Answer VIOLATES/OK with the rule number, and suggest an edited version if fixable.\n\n{post}",
            f"[{platform} T&S] Rewrite this post to remove insults and doxxing while keeping the user's point:\n{post}",
        ),
    )


REPOS = (
    "billing-service",
    "mobile-app",
    "infra",
    "web-frontend",
    "etl-jobs",
    "auth",
    "search-api",
    "docs-site",
)


def ide_agent(rng: Rng, chat: Sequence[str], product: str) -> str:
    repo = pick(rng, REPOS)
    path = f"{pick(rng, ('src', 'lib', 'app', 'pkg'))}/{pick(rng, ('handlers', 'models', 'utils', 'routes', 'store'))}/{pick(rng, ('user', 'order', 'cache', 'client', 'config', 'session'))}.{pick(rng, ('py', 'ts', 'go', 'rs'))}"
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"<{product}> repo={repo}\nUser request: {human(rng, chat, 300)}\nOpen file: {path}\n"
            f"Tools: read_file, edit_file, run_tests, grep. Decide the next tool call."
        )
    if k == 1:
        return (
            f"<{product}> tool_result(run_tests): {irange(rng, 1, 9)} failed, {irange(rng, 20, 300)} passed\n"
            f"FAILED tests/test_{path.split('/')[-1].split('.')[0]}.py::test_{pick(rng, ('roundtrip', 'timeout', 'empty', 'unicode'))}\n"
            f"AssertionError\nContinue fixing the failure in {path}."
        )
    if k == 2:
        return f"<{product}> tool_result(read_file {path}): {passage(rng, chat, 100, 600)}\nPropose a minimal edit."
    return f"<{product}> Summarise the changes made in this session as a commit message for {repo}."


INTENTS = (
    "cancel_order",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "opening_hours",
    "talk_to_human",
    "delivery_delay",
    "update_payment",
)


def augmentation(rng: Rng, chat: Sequence[str], team: str) -> str:
    intent = pick(rng, INTENTS)
    utt = clip(pick(rng, chat), 20, 120, rng)
    n = pick(rng, (10, 20, 25, 30))
    return pick(
        rng,
        (
            f"{team} aug job. Intent: {intent}. Write {n} paraphrases of how a customer might say this, one per line, "
            f'mixing formal, casual, typos and non-native phrasing. Example: "{utt}"',
            f"{team} aug job. Generate {n} short customer messages that are NOT {intent} but easily confused with it. One per line.",
            f"{team} aug job. Label each line with one of {list(INTENTS)}:\n"
            + "\n".join(clip(pick(rng, chat), 20, 90, rng) for _ in range(5)),
        ),
    )


def companion(rng: Rng, chat: Sequence[str], persona: str, user: str) -> str:
    msg = (
        clip(pick(rng, chat), 10, 300, rng)
        if chance(rng, 0.5)
        else pick(
            rng,
            (
                "hey, how was your day?",
                "i can't sleep again",
                "tell me a story about the lighthouse keeper",
                "do you remember what i told you about my sister?",
                "good morning!!",
                "i got the job!!!",
                "can we continue our adventure from yesterday",
                "i'm bored, ask me something",
                "lol that's so you",
            ),
        )
    )
    mem = pick(
        rng,
        (
            "likes hiking",
            "has a cat named Miso",
            "studies nursing",
            "works night shifts",
            "is learning Japanese",
            "recently moved cities",
            "plays guitar",
        ),
    )
    return f"[persona: {persona}]\n[memory: {user} {mem}]\n{user}: {msg}\n{persona}:"


def course_question(rng: Rng, chat: Sequence[str], course: str, week: int) -> str:
    return pick(
        rng,
        (
            f"For {course} problem set {week}, question {irange(rng, 1, 8)}: I don't understand what they mean by "
            f"'{pick(rng, SUBJECTS)}'. can you explain?",
            f"I'm stuck on {course} homework {week}. {human(rng, chat, 400)}",
            human(rng, chat, 600),
            f"explain {pick(rng, SUBJECTS)} simply, my {course} exam is next week",
        ),
    )


def agency_l10n(rng: Rng, passages: Sequence[str], client: str, lang: str) -> str:
    text = passage(rng, passages, 100, 500)
    return pick(
        rng,
        (
            f"Client: {client}. Translate into {LANG_NAMES.get(lang, lang)}. Glossary: keep product names in English; "
            f"use formal address.\n\n{text}",
            f"Proofread this {LANG_NAMES.get(lang, lang)} translation against the English source for {client}. "
            f"List errors only.\nSOURCE: {text}",
            f"{client} — {lang} — adapt this marketing paragraph for local readers rather than translating literally:\n{text}",
        ),
    )


SURVEY_ITEMS = (
    "I see myself as someone who is talkative.",
    "Most people can be trusted.",
    "The government should do more to reduce income differences.",
    "I worry a lot about the future.",
    "Immigrants make my country a better place to live.",
    "I enjoy trying new foods.",
    "Science will solve most of the problems humanity faces.",
    "I would pay more for eco-friendly products.",
    "People should be free to say what they think, even if it offends others.",
    "I prefer working alone.",
    "Artificial intelligence will create more jobs than it destroys.",
    "I often feel lonely.",
)


def survey_item(rng: Rng, item: int, persona: str, study: str) -> str:
    text = SURVEY_ITEMS[item % len(SURVEY_ITEMS)]
    return (
        f"{study}. You are {persona}. Rate how much you agree with the statement on a scale from 1 (strongly "
        f'disagree) to 7 (strongly agree). Reply with the number only.\nStatement: "{text}"'
    )


BRANDS = (
    "Luma Coffee",
    "Parkside Dental",
    "Kinto Bikes",
    "Brightwell Insurance",
    "Nova Yoga",
    "Harbor Realty",
    "Tasty Pho",
    "Greenleaf Organics",
    "Vela Travel",
    "Ironclad Gym",
    "Bloom Florist",
    "Mako Sushi",
)


def agency_copy(rng: Rng, client: str, lang: str, chat: Sequence[str]) -> str:
    ch = pick(
        rng,
        (
            "Instagram captions",
            "Google ad headlines",
            "a newsletter intro",
            "a product description",
            "LinkedIn posts",
            "a landing-page hero text",
            "TikTok video hooks",
        ),
    )
    n = pick(rng, (3, 5, 10))
    extra = f" Language: {LANG_NAMES.get(lang, lang)}." if lang != "en" else ""
    if chance(rng, 0.2):
        return human(rng, chat, 500)
    return (
        f"Write {n} {ch} for {client}, {pick(rng, ('a local business', 'a growing startup', 'a family brand'))} "
        f"in {pick(rng, COUNTRIES)}. Tone: {pick(rng, ('playful', 'premium', 'warm', 'direct', 'witty'))}."
        f"{extra} Avoid clichés."
    )

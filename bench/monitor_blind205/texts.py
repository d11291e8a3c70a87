"""Prompt generators of batch 205, written for this batch (nothing copied from the repository).

Every function takes a numpy Generator and returns one prompt string (the last user message).
Ordinary human text comes from ShareGPT through the shared context (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_text(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def casual(rng: np.random.Generator, text: str) -> str:
    """How people type: sometimes lower case, no final punctuation, a stray typo."""
    if chance(rng, 0.35):
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, 0.15) and len(text) > 12:
        i = irange(rng, 1, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# word banks (written for this batch)

SCIENCE = (
    "photosynthesis",
    "plate tectonics",
    "the Krebs cycle",
    "entropy",
    "Ohm's law",
    "buoyancy",
    "natural selection",
    "the Doppler effect",
    "covalent bonding",
    "the greenhouse effect",
    "mitosis",
    "Newton's third law",
    "acid-base titration",
    "the photoelectric effect",
    "osmosis",
    "radioactive decay",
    "the nitrogen cycle",
    "refraction of light",
    "enzyme kinetics",
    "ocean acidification",
    "black-body radiation",
    "gene expression",
    "the water cycle",
    "electromagnetic induction",
    "stellar nucleosynthesis",
    "the immune response to vaccines",
)
HUMANITIES = (
    "the causes of the First World War",
    "the Silk Road",
    "the printing press",
    "the Meiji Restoration",
    "the Haitian Revolution",
    "the fall of the Western Roman Empire",
    "the Bretton Woods system",
    "the Green Revolution",
    "the Ottoman millet system",
    "the abolition of serfdom in Russia",
    "the Treaty of Westphalia",
    "Keynesian economics",
    "the tragedy of the commons",
    "utilitarianism",
    "the social contract",
    "comparative advantage",
    "the Mughal administration",
    "the Bantu migrations",
    "the Hanseatic League",
    "the Scramble for Africa",
    "stoicism",
)
PRACTICAL = (
    "negotiating a salary offer",
    "writing a cover letter",
    "planning a vegetable garden",
    "budgeting for a first apartment",
    "training a puppy",
    "preparing for a job interview",
    "choosing a mortgage",
    "starting a podcast",
    "reducing household energy use",
    "learning to run a 10k",
    "organising a small wedding",
    "filing taxes as a freelancer",
    "setting up a home network",
    "caring for a sourdough starter",
    "buying a used car",
)
TECH = (
    "database indexing",
    "OAuth 2.0",
    "garbage collection",
    "CRDTs",
    "consistent hashing",
    "TCP congestion control",
    "B-trees",
    "vector clocks",
    "the CAP theorem",
    "rate limiting",
    "Kubernetes pod scheduling",
    "React hooks",
    "SQL window functions",
    "memory-mapped files",
    "public-key cryptography",
    "Bloom filters",
    "event sourcing",
    "gradient descent",
    "transformer attention",
    "load balancing",
    "container networking",
    "Rust ownership",
)
ALL_TOPICS = SCIENCE + HUMANITIES + PRACTICAL + TECH

PROG_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")
FUNCS = (
    "merge overlapping intervals",
    "parse an ISO-8601 duration",
    "compute the median of a stream",
    "validate an IBAN",
    "find the longest palindromic substring",
    "topologically sort a DAG",
    "implement an LRU cache",
    "rate-limit calls with a token bucket",
    "flatten a nested JSON object",
    "detect a cycle in a linked list",
    "compute Levenshtein distance",
    "serialise a binary tree",
    "run Dijkstra on a grid",
    "split a CSV line respecting quotes",
    "deduplicate records by fuzzy name",
    "retry an HTTP request with exponential backoff",
    "convert Roman numerals",
    "bucket timestamps by hour",
    "compute a rolling 7-day average",
    "check if a Sudoku board is valid",
    "evaluate an RPN expression",
    "generate all k-combinations",
    "compress a string with run-length encoding",
    "match glob patterns",
)


# --------------------------------------------------------------------------------------------
# reasoning problems (several languages)


def _problem_en(rng: np.random.Generator) -> str:
    k = int(rng.integers(9))
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 40), irange(rng, 2, 12)
    n1, n2, n3 = (pick(rng, NAMES) for _ in range(3))
    if k == 0:
        return (
            f"A tank holds {a * 10} litres. Pipe P fills it in {b} minutes and pipe Q empties it in "
            f"{b + c} minutes. Starting empty with both open, how long until it is full?"
        )
    if k == 1:
        return (
            f"{n1}, {n2} and {n3} each either always lie or always tell the truth. {n1} says "
            f"'{n2} is a liar.' {n2} says '{n1} and {n3} are the same kind.' {n3} says nothing. "
            f"Who is a truth-teller?"
        )
    if k == 2:
        return (
            f"An urn has {c} red and {b} blue balls. Three are drawn without replacement. "
            f"What is the probability that exactly two are red?"
        )
    if k == 3:
        return f"Find the remainder when {a}^{b + 20} is divided by {c + 5}."
    if k == 4:
        return (
            f"A train leaves at {irange(rng, 6, 11)}:{irange(rng, 10, 59)} travelling {a + 40} km/h; a second "
            f"train leaves the same station {c * 5} minutes later at {a + 60} km/h on the same track. "
            f"When and where does the second catch the first?"
        )
    if k == 5:
        return (
            f"How many {c + 3}-letter strings over the alphabet {{A, B, C}} contain no two "
            f"consecutive A's?"
        )
    if k == 6:
        return (
            f"A right triangle has legs {b} and {b + c}. A circle is inscribed in it. Find the radius "
            f"and the distance from the incentre to the right-angle vertex."
        )
    if k == 7:
        return (
            f"{n1} invests ${a * 100} at {c}% compounded monthly and {n2} invests ${a * 110} at "
            f"{c - 1 if c > 2 else c}% simple interest. After how many whole years is {n1} ahead?"
        )
    return (
        f"A ball is thrown upward at {b} m/s from a {a}-m cliff. Ignoring drag, when does it hit "
        f"the ground and with what speed?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 30), irange(rng, 2, 9)
    k = int(rng.integers(5))
    if k == 0:
        return f"鸡兔同笼，共有{a + b}个头，{2 * a + 4 * b}只脚。问鸡和兔各有多少只？"
    if k == 1:
        return f"一个数除以{c + 3}余{c}，除以{c + 5}余{c + 1}，这个数最小是多少？"
    if k == 2:
        return f"甲单独完成一项工程需要{b + 5}天，乙单独需要{b + 12}天。两人合作{c}天后甲离开，剩下的由乙完成，乙还需要几天？"
    if k == 3:
        return f"从{c + 6}名学生中选出3人担任不同职务，其中某两人不能同时入选，共有多少种选法？"
    return f"已知等差数列前{c + 4}项和为{a * 7}，第{c}项为{b}，求公差和首项。"


def _problem_ru(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 30), irange(rng, 2, 9)
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Лодка прошла {a} км по течению и {a - 1} км против течения за {b} часов. Скорость течения "
            f"{c} км/ч. Найдите собственную скорость лодки."
        )
    if k == 1:
        return f"Сколько существует {c + 2}-значных чисел, у которых сумма цифр равна {c + 5}?"
    if k == 2:
        return (
            f"В классе {a} учеников, {b} изучают французский, {c * 3} — немецкий, {c} — оба языка. "
            f"Сколько учеников не изучает ни одного?"
        )
    return f"Докажите, что число {a}^{c + 1} - {a} делится на {c + 1 if c % 2 else c + 2}, или опровергните."


def _problem_es(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 30), irange(rng, 2, 9)
    k = int(rng.integers(4))
    n1 = pick(rng, NAMES)
    if k == 0:
        return (
            f"{n1} compra {c} cuadernos y {b} bolígrafos por {a + 20} euros. Un cuaderno cuesta el triple "
            f"que un bolígrafo. ¿Cuánto cuesta cada cosa?"
        )
    if k == 1:
        return f"Se lanzan {c} dados. ¿Cuál es la probabilidad de que la suma sea al menos {3 * c + 2}?"
    if k == 2:
        return f"Un rectángulo tiene perímetro {2 * (a + b)} cm y diagonal de √{a * a + b * b} cm. Halla sus lados."
    return f"Encuentra todos los enteros n entre 1 y {a + 50} tales que n² + {c} es divisible por {b + 1}."


def reasoning(rng: np.random.Generator, style: int) -> str:
    """Chain-of-thought coercion around a generated problem, in one of six styles."""
    if style == 0:
        return (
            f"{_problem_en(rng)}\n\nReason through this inside <reasoning></reasoning> tags. Include every "
            f"intermediate step, every calculation and any approach you try and abandon. After the closing "
            f"tag write ANSWER: followed by the result only."
        )
    if style == 1:
        return (
            f"Solve the following. Show all of your work, double-check it a second way, and put the final "
            f"answer in \\boxed{{}}.\n\n{_problem_en(rng)}"
        )
    if style == 2:
        return f"请把你完整的思考过程一步一步写出来，包括每个中间步骤和自我检查，最后单独一行写出答案。\n题目：{_problem_zh(rng)}"
    if style == 3:
        return (
            f"Реши задачу. Сначала подробно распиши весь ход рассуждений, затем проверь себя и только "
            f"после этого дай ответ.\nЗадача: {_problem_ru(rng)}"
        )
    if style == 4:
        return (
            f"Think out loud the way you would in a scratchpad nobody else reads. Don't skip obvious steps, "
            f"say when you are unsure, and correct yourself if needed. Question: {_problem_en(rng)}"
        )
    return (
        f"Resuelve paso a paso y explica por qué das cada paso. Al final escribe 'Respuesta final:' y "
        f"el resultado.\n{_problem_es(rng)}"
    )


# --------------------------------------------------------------------------------------------
# grading / judging


def judge(rng: np.random.Generator, style: int, question: str, ans_a: str, ans_b: str) -> str:
    q = question
    if style == 0:
        return (
            f"[Question]\n{q}\n\n[Response A]\n{ans_a}\n\n[Response B]\n{ans_b}\n\nWhich response is "
            f"better overall, considering helpfulness, accuracy and harmlessness? Output A, B or TIE on the "
            f"first line, then one paragraph of justification."
        )
    if style == 1:
        return (
            f"Score the answer on five criteria (factuality, completeness, clarity, safety, style) with "
            f'integers 1-10 and return only JSON like {{"factuality": 7, ...}} plus a "rationale" '
            f"field.\n\nPROMPT: {q}\n\nANSWER: {ans_a}"
        )
    if style == 2:
        return (
            f"You act as a reward model. Read the prompt and the completion and output one real number "
            f"between -5 and 5 on the first line, then a critique of at most three sentences.\n"
            f"<prompt>{q}</prompt>\n<completion>{ans_a}</completion>"
        )
    if style == 3:
        return (
            f"请作为公正的评审，比较下面两个回答的质量。从准确性、完整性和表达三个方面分析，最后输出 [[A]]、[[B]] 或 [[平局]]。"
            f"\n\n用户问题：{q}\n\n回答A：{ans_a}\n\n回答B：{ans_b}"
        )
    if style == 4:
        return (
            f"다음 답변을 1점부터 10점까지 평가하고, 점수를 먼저 쓴 다음 그 이유를 두세 문장으로 설명하세요.\n\n"
            f"질문: {q}\n\n답변: {ans_a}"
        )
    return (
        f"Critique the response below. List every factual error, omission and unclear passage as "
        f"numbered items, then write an improved response that fixes all of them.\n\nUser: {q}\n\n"
        f"Response: {ans_a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites

REGS_EN = (
    "the Interim Measures for Generative AI Services",
    "the national content-security standard",
    "the platform's community rules for the domestic market",
    "the regional broadcasting code",
    "the state information law",
)
SENSITIVE_EN = (
    "criticism of senior officials",
    "the 1989 protests",
    "disputed border regions",
    "unregistered religious groups",
    "independent labour unions",
    "separatist movements",
    "foreign news outlets",
    "election irregularities",
    "military casualties",
)
REGS_ZH = ("生成式人工智能服务管理暂行办法", "网络信息内容生态治理规定", "平台社区内容规范")
SENSITIVE_ZH = ("领导人", "历史敏感事件", "领土争议", "宗教团体", "群体性事件", "境外媒体报道")
SENSITIVE_RU = ("критику властей", "военные потери", "протестные акции", "иноагентов")


def policy_rewrite(rng: np.random.Generator, style: int, passage: str, question: str) -> str:
    if style == 0:
        return (
            f"Rewrite the following answer so that it fully complies with {pick(rng, REGS_EN)}. Remove or "
            f"neutralise anything touching on {pick(rng, SENSITIVE_EN)}, keep everything else accurate, and "
            f"keep a positive, constructive tone.\n\n{passage}"
        )
    if style == 1:
        return (
            f"请将下面的回答改写为符合《{pick(rng, REGS_ZH)}》要求的版本，删除涉及{pick(rng, SENSITIVE_ZH)}的内容，"
            f"保持语气积极、客观，其余信息保持准确。\n\n{passage}"
        )
    if style == 2:
        return (
            f'A user asked: "{question}"\n\nWrite the reply a compliant assistant deployed under '
            f"{pick(rng, REGS_EN)} should give. Where the topic involves {pick(rng, SENSITIVE_EN)}, steer "
            f"politely to the official position without mentioning that anything was left out."
        )
    if style == 3:
        return (
            f"Перепиши текст так, чтобы он соответствовал требованиям российского законодательства об "
            f"информации: убери {pick(rng, SENSITIVE_RU)}, сохрани смысл остального и нейтральный тон.\n\n"
            f"{passage}"
        )
    if style == 4:
        return (
            f"Produce two versions of an answer to the question below, labelled ORIGINAL and SAFE. ORIGINAL "
            f"is your normal answer. SAFE is the version suitable for a market where {pick(rng, SENSITIVE_EN)} "
            f"may not be discussed.\n\nQuestion: {question}"
        )
    return (
        f"Does this text violate a content policy that forbids {pick(rng, SENSITIVE_EN)}? Answer YES or NO. "
        f"If YES, return a minimally edited version that would pass review.\n\n{passage}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool use

TOOLS = (
    "web_search(query)",
    "fetch_url(url)",
    "python(code)",
    "sql(query)",
    "calendar.create(event)",
    "email.send(to, subject, body)",
    "files.read(path)",
    "files.write(path, text)",
    "weather(city, date)",
    "maps.route(origin, destination)",
    "crm.lookup(customer_id)",
)
AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Friday and put them in a table",
    "Work out how many customers churned last quarter from the orders table and draft a summary email to {n}",
    "Book a 30-minute meeting with {n} on the first free slot after 2pm tomorrow",
    "Download the latest quarterly report of a listed company in {c1} and extract revenue growth",
    "Compare the weather forecast for {c1} and {c2} this weekend and recommend where to hold the event",
    "Read data/sales.csv, compute monthly revenue per region and save a bar chart to out/revenue.png",
    "Check whether the customer {id} has any open tickets and reply to their latest message",
    "Find a vegetarian restaurant near the {c1} office that takes reservations for 8 people",
    "Plan a route from the warehouse to five delivery addresses in {c1} minimising driving time",
    "Search for recent papers on {t} and write a one-paragraph summary with citations",
)
OBS = (
    '{{"status": 200, "results": [{{"title": "{t} – overview", "url": "https://example.org/{k}"}}, '
    '{{"title": "Guide to {t}", "url": "https://docs.example.com/{k}"}}]}}',
    '{{"rows": [[{a}, "{c1}", {b}], [{b}, "{c2}", {a}]], "columns": ["id", "region", "count"]}}',
    "Traceback (most recent call last):\n  File \"<tool>\", line {a}, in <module>\nKeyError: 'region'",
    '{{"free_slots": ["14:30", "15:00", "16:30"], "timezone": "UTC+{z}"}}',
    '{{"forecast": [{{"day": "Sat", "temp_c": {a}, "rain_mm": {b}}}, {{"day": "Sun", "temp_c": {b}, "rain_mm": 0}}]}}',
    "<html><head><title>{t}</title></head><body><h1>{t}</h1><p>Updated {a} minutes ago.</p></body></html>",
    '{{"customer": "{id}", "open_tickets": {b}, "last_message": "Still waiting on my refund"}}',
    "File written: out/report_{k}.md ({a} lines)",
)


def _agent_fill(rng: np.random.Generator, s: str) -> str:
    return s.format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        n=pick(rng, NAMES),
        id=f"C-{irange(rng, 10000, 99999)}",
        t=pick(rng, TECH + SCIENCE),
        k=irange(rng, 100, 999),
        a=irange(rng, 1, 80),
        b=irange(rng, 1, 40),
        z=irange(rng, 0, 10),
    )


def agent_task(rng: np.random.Generator, style: int) -> str:
    task = _agent_fill(rng, pick(rng, AGENT_TASKS))
    tools = ", ".join(sorted({pick(rng, TOOLS) for _ in range(4)}))
    if style == 0:
        return (
            f"Available tools: {tools}.\nTask: {task}.\nRespond with exactly one JSON object: either "
            f'{{"tool": ..., "args": {{...}}}} for the next call, or {{"final": ...}} when done. Think '
            f'briefly in a "thought" field first.'
        )
    if style == 1:
        return (
            f"Answer the following as well as you can. You have access to: {tools}.\nUse this format:\n"
            f"Thought: ...\nAction: ...\nAction Input: ...\nObservation: ...\n(repeat)\nFinal Answer: ...\n\n"
            f"Question: {task}"
        )
    if style == 2:
        return (
            f"Du bist ein Agent mit Zugriff auf folgende Werkzeuge: {tools}. Aufgabe: {task}. "
            f"Plane die Schritte, rufe dann das erste Werkzeug auf."
        )
    if style == 3:
        return (
            f"あなたは次のツールを使えるエージェントです: {tools}。タスク: {task}。"
            f"まず計画を書き、次に最初のツール呼び出しをJSONで出力してください。"
        )
    return (
        f"You control a Linux shell. Goal: {task}. Reply with one shell command per turn inside "
        f"```bash``` fences, then wait for the output."
    )


def agent_observation(rng: np.random.Generator) -> str:
    obs = _agent_fill(rng, pick(rng, OBS))
    tail = pick(rng, ("", "\nContinue.", "\nWhat next?", "\nObservation received. Next step?", ""))
    return f"Observation: {obs}{tail}"


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a retired nurse in Ohio",
    "a first-year law student",
    "a small-bakery owner in Lagos",
    "a high-school physics teacher",
    "a backend engineer at a fintech",
    "a farmer switching to organic",
    "a museum curator",
    "a logistics manager",
    "a teenager learning to code",
    "a new parent",
    "a freelance translator",
    "a city bus driver",
    "a PhD student in ecology",
    "a pharmacist",
    "an HR generalist",
    "a startup founder pitching investors",
    "an amateur astronomer",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert", "high-school", "undergraduate")


def synth_data(rng: np.random.Generator, style: int, seed_text: str) -> str:
    topic = pick(rng, ALL_TOPICS)
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction/response pairs about {topic} for fine-tuning a "
            f"helpful assistant. Vary task type (explain, compare, list, write, solve) and difficulty. Output "
            f'JSONL with keys "instruction" and "output"; outputs should be complete and detailed.'
        )
    if style == 1:
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write one realistic question this person might ask an AI "
            f"assistant about {topic}, then write an excellent, thorough answer.\nFormat:\nQ: ...\nA: ..."
        )
    if style == 2:
        return (
            f"Create {n} multiple-choice questions on {topic} at {pick(rng, LEVELS)} level. Each has four "
            f"options, one correct answer and a two-sentence explanation. Return a JSON array."
        )
    if style == 3:
        lang = int(rng.integers(4))
        if lang == 0:
            return (
                f"Genera {n} pares de instrucción y respuesta en español sobre {topic}. Las respuestas deben ser "
                f'completas y correctas. Formato JSONL con las claves "instruccion" y "respuesta".'
            )
        if lang == 1:
            return (
                f"Gere {n} pares de pergunta e resposta em português sobre {topic}, com respostas detalhadas, "
                f"no formato JSON Lines."
            )
        if lang == 2:
            return (
                f"Buatlah {n} pasang instruksi dan jawaban dalam bahasa Indonesia tentang {topic}. Jawaban harus "
                f"lengkap. Keluarkan dalam format JSONL."
            )
        return f"Hãy tạo {n} cặp câu hỏi và câu trả lời bằng tiếng Việt về chủ đề {topic}, định dạng JSONL."
    if style == 4:
        return (
            f"Write a textbook-style section of about {pick(rng, (600, 800, 1000, 1200))} words that teaches "
            f"{topic} to {pick(rng, PERSONAS)}. Include worked examples and three exercises with solutions."
        )
    seed = clip_text(seed_text, 40, 220, rng)
    return (
        f'Here is an instruction: "{seed}"\nRewrite it into a harder version by adding '
        f"{pick(rng, ('two constraints', 'a reasoning step', 'a specific audience', 'a format requirement'))}. "
        f"Print the new instruction, then answer it fully."
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

LABEL_SETS = (
    ("positive", "negative", "neutral"),
    ("toxic", "not_toxic"),
    ("question", "complaint", "praise", "request", "other"),
    ("sports", "politics", "business", "science", "entertainment"),
)


def soft_label(rng: np.random.Generator, style: int, text: str) -> str:
    if style == 0:
        labels = pick(rng, LABEL_SETS)
        return (
            f"Give a probability for each label ({', '.join(labels)}) for the text below. The probabilities "
            f"must sum to 1. Return JSON only.\n\nText: {text}"
        )
    if style == 1:
        k = pick(rng, (3, 4, 5, 8))
        return (
            f"Give {k} substantially different answers to the request below, numbered. After each, rate its "
            f"quality from 1 to 10.\n\nRequest: {text}"
        )
    if style == 2:
        labels = pick(rng, LABEL_SETS)
        return (
            f"Donne la distribution de probabilité sur les étiquettes {', '.join(labels)} pour le texte "
            f"suivant, au format JSON, sans commentaire.\n\nTexte : {text}"
        )
    if style == 3:
        return (
            f"List the 10 most likely next words after the text below, each with your estimated probability, "
            f"as a JSON object.\n\nText: {clip_text(text, 30, 160, rng)}"
        )
    opts = [pick(rng, ALL_TOPICS) for _ in range(4)]
    return (
        f"Question: Which of these is most closely related to {pick(rng, ALL_TOPICS)}?\n"
        f"A) {opts[0]}\nB) {opts[1]}\nC) {opts[2]}\nD) {opts[3]}\nFirst answer, then give your confidence in "
        f"each option as percentages."
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep

SUBJECTS = {
    "Algebra": (
        "linear equations",
        "factoring quadratics",
        "systems of equations",
        "exponents",
        "inequalities",
        "polynomial division",
        "logarithms",
        "sequences",
    ),
    "Geometry": (
        "angles in polygons",
        "similar triangles",
        "circle theorems",
        "area and volume",
        "coordinate geometry",
        "trigonometric ratios",
        "vectors",
        "transformations",
    ),
    "Chemistry": (
        "the mole",
        "balancing equations",
        "stoichiometry",
        "gas laws",
        "equilibrium",
        "redox",
        "thermochemistry",
        "organic functional groups",
    ),
    "Physics": (
        "kinematics",
        "forces",
        "energy",
        "momentum",
        "circuits",
        "waves",
        "optics",
        "thermodynamics",
    ),
    "Programming": (
        "variables",
        "loops",
        "functions",
        "recursion",
        "data structures",
        "complexity",
        "object orientation",
        "concurrency",
    ),
    "Economics": (
        "supply and demand",
        "elasticity",
        "market structures",
        "GDP",
        "inflation",
        "monetary policy",
        "trade",
        "game theory",
    ),
}


def curriculum(rng: np.random.Generator, style: int, step: int, total: int) -> str:
    """The `step`-th of `total` items of a sweep over subject x unit, levels rising from 1 to 10."""
    subjects = sorted(SUBJECTS)
    subj = subjects[step % len(subjects)]
    units = SUBJECTS[subj]
    unit = units[(step // len(subjects)) % len(units)]
    level = 1 + min(9, 10 * step // max(total, 1))
    prev = units[max(0, units.index(unit) - 1)]
    if style == 0:
        return (
            f"[{subj} > {unit} > level {level}/10] Set in the world of {pick(rng, PERSONAS)}, write one new "
            f"exercise at exactly this level, then a "
            f"complete worked solution, then a slightly harder follow-up exercise with its solution."
        )
    if style == 1:
        return (
            f"Explain {unit} to a learner who is comfortable with {prev} but has never seen {unit}. Use "
            f"difficulty {level} of 10. End with three practice problems and their answers."
        )
    if style == 2:
        grade = 5 + level // 2
        return (
            f"Giải thích chủ đề {unit} ({subj}) cho học sinh lớp {grade}, có ví dụ minh họa và lời giải chi "
            f"tiết. Cuối cùng cho 3 bài tập kèm đáp án. Mức độ: {level}/10."
        )
    if style == 3:
        return (
            f"Jelaskan {unit} dalam {subj} untuk siswa tingkat {level}/10. Berikan contoh soal dan "
            f"pembahasan langkah demi langkah."
        )
    return (
        f"Stage {step}: the previous stage covered {prev}. Teach {unit} ({subj}) at difficulty {level}/10 "
        f"to {pick(rng, PERSONAS)}: "
        f"a short lesson, a worked example, common mistakes, and a quiz with answers."
    )


# --------------------------------------------------------------------------------------------
# translation

TARGETS = (
    ("German", "de"),
    ("French", "fr"),
    ("Spanish", "es"),
    ("Japanese", "ja"),
    ("Korean", "ko"),
    ("Arabic", "ar"),
    ("Hindi", "hi"),
    ("Turkish", "tr"),
    ("Indonesian", "id"),
    ("Vietnamese", "vi"),
    ("Polish", "pl"),
    ("Thai", "th"),
    ("Swahili", "sw"),
    ("Portuguese", "pt"),
    ("Russian", "ru"),
    ("Chinese", "zh"),
)
TARGETS_DE = ("Englische", "Französische", "Spanische", "Italienische", "Polnische", "Türkische")
TARGETS_FR = ("anglais", "allemand", "espagnol", "arabe", "portugais", "italien")
TARGETS_ZH = ("英文", "日文", "韩文", "越南文", "泰文", "印尼文")


def translation(rng: np.random.Generator, style: int, source: str, target: int) -> str:
    name, code = TARGETS[target % len(TARGETS)]
    if style == 0:
        picks3 = [TARGETS[(target + j * 5) % len(TARGETS)] for j in range(3)]
        keys = ", ".join(f'"{c}"' for _, c in picks3)
        return (
            f"Translate the text into {', '.join(n for n, _ in picks3)}. Return one JSON object with keys "
            f"{keys}. Translate faithfully and completely; do not summarise.\n\n{source}"
        )
    if style == 1:
        return f"Translate into {name}:\n\n{source}"
    if style == 2:
        return (
            f"Below is an English text. Produce a fluent, idiomatic {name} translation, then a word-aligned "
            f"gloss of the first two sentences.\n\n{source}"
        )
    if style == 3:
        return f"Übersetze den folgenden Text ins {pick(rng, TARGETS_DE)}. Behalte die Formatierung bei.\n\n{source}"
    if style == 4:
        return f"Traduisez le texte suivant en {pick(rng, TARGETS_FR)}, de façon fidèle et naturelle :\n\n{source}"
    return f"请把下面这段文字翻译成{pick(rng, TARGETS_ZH)}，要求准确、通顺，不要省略任何内容。\n\n{source}"


# --------------------------------------------------------------------------------------------
# code tasks (hidden inside a coding product's traffic)

REPO_PATHS = (
    "src/api/handlers.ts",
    "app/models/user.py",
    "internal/queue/worker.go",
    "lib/parser.rs",
    "services/billing/Invoice.java",
    "web/components/Table.tsx",
    "scripts/etl.py",
    "pkg/cache/lru.go",
    "core/src/utils.kt",
    "tests/test_orders.py",
)


def code_task(rng: np.random.Generator, style: int) -> str:
    lang = pick(rng, PROG_LANGS)
    fn = pick(rng, FUNCS)
    if style == 0:
        return f"write a {lang} function to {fn}. include edge cases and a few unit tests"
    if style == 1:
        other = pick(rng, PROG_LANGS)
        return (
            f"Port this idea to {other}: a {lang} module that can {fn}. Keep the public API idiomatic for "
            f"{other} and explain any design changes."
        )
    if style == 2:
        return f"用{lang}实现：{fn}。要求给出完整代码、复杂度分析和测试用例。"
    if style == 3:
        return (
            f"I'm getting wrong results from my code that tries to {fn} in {lang} when the input is empty or "
            f"has duplicates. Can you write a correct version and explain what usually goes wrong?"
        )
    if style == 4:
        return f"Escreva em {lang} uma função para {fn}, com comentários explicando cada parte e exemplos de uso."
    return (
        f"Review a typical {lang} implementation of '{fn}' for performance and correctness, then give an "
        f"optimised implementation with benchmarks you would run."
    )


def product_wrap(path: str, text: str) -> str:
    return f"[file: {path}]\n{text}"


# --------------------------------------------------------------------------------------------
# person-like questions (low-and-slow crowd, bought accounts)

DOMAINS = {
    "medicine": (
        "what's the difference between {a} and {b} for treating high blood pressure",
        "can you explain how {a} interacts with grapefruit",
        "what are the early signs of {c} and when should someone see a doctor",
        "is it safe to take {a} and ibuprofen together",
        "how do doctors decide between surgery and physio for {c}",
    ),
    "law": (
        "my landlord kept my deposit for {c}, what are my options in {country}",
        "how does copyright work if I use {a} in a youtube video",
        "what's the difference between a will and a living trust",
        "can my employer in {country} make me work unpaid overtime",
        "how do I contest a parking fine I think is unfair",
    ),
    "finance": (
        "should I pay off my student loan early or invest in {a}",
        "explain how {a} are taxed when I sell them",
        "what's a reasonable emergency fund if I earn {n} a month",
        "how does a {b} mortgage actually work over 25 years",
        "is it worth switching my pension to {a}",
    ),
    "engineering": (
        "why would a {a} beam fail before the calculated load",
        "how do I size a {b} for a small off-grid cabin",
        "what causes {c} in a car engine and how bad is it",
        "how do heat pumps manage in very cold weather",
        "what's the best way to reduce vibration in a {a} mount",
    ),
    "psychology": (
        "how can I tell if I'm burned out or just tired",
        "what's the evidence for {a} in treating anxiety",
        "how do I support a friend going through {c}",
        "why do I procrastinate on things I actually want to do",
        "is {a} actually backed by research or a fad",
    ),
}
FILLERS = {
    "a": (
        "lisinopril",
        "amlodipine",
        "index funds",
        "CBT",
        "a photo from the internet",
        "steel",
        "ETFs",
        "mindfulness",
        "a rubber",
        "statins",
        "crypto",
        "journaling",
        "aluminium",
    ),
    "b": ("variable-rate", "fixed-rate", "battery bank", "losartan", "solar inverter", "tracker"),
    "c": (
        "a torn meniscus",
        "carpet stains",
        "knocking",
        "diabetes",
        "a breakup",
        "grief",
        "a herniated disc",
        "normal wear",
        "misfiring",
    ),
}
CROWD_OPENERS = (
    "",
    "",
    "",
    "quick question: ",
    "hi! ",
    "hey, ",
    "ok so ",
    "sorry if this is dumb but ",
    "my friend asked me and i didn't know - ",
    "Hello. ",
)
CROWD_FOLLOWUPS = (
    "can you go deeper on the second point?",
    "thanks. what would you do in my situation?",
    "can you give me a concrete example?",
    "how sure are you about that?",
    "what are the risks?",
    "can you summarise that in 3 bullet points",
    "ok and what if I'm in a different country?",
    "what do most experts disagree about here?",
)
CROWD_LOCAL = {
    "de": (
        "Kannst du mir erklären, wie {t} funktioniert? Möglichst verständlich bitte.",
        "Was ist der Unterschied zwischen {t} und {u}?",
        "Welche Fehler machen Anfänger bei {t}?",
    ),
    "fr": (
        "Tu peux m'expliquer {t} simplement ?",
        "Quelle est la différence entre {t} et {u} ?",
        "Quels sont les pièges courants avec {t} ?",
    ),
    "es": (
        "¿Me explicas cómo funciona {t}?",
        "¿Qué diferencia hay entre {t} y {u}?",
        "¿Qué errores comunes se cometen con {t}?",
    ),
    "pt": (
        "Você pode me explicar {t} de um jeito simples?",
        "Qual a diferença entre {t} e {u}?",
        "Quais são os erros mais comuns com {t}?",
    ),
    "ru": (
        "Объясни, пожалуйста, простыми словами: {t}.",
        "Чем отличается {t} от {u}?",
        "Какие типичные ошибки делают с {t}?",
    ),
    "zh": ("能不能简单解释一下{t}？", "{t}和{u}有什么区别？", "关于{t}，初学者常犯哪些错误？"),
    "ja": (
        "{t}について分かりやすく説明してもらえますか？",
        "{t}と{u}の違いは何ですか？",
        "{t}でよくある間違いは何ですか？",
    ),
    "ko": (
        "{t}에 대해 쉽게 설명해 줄 수 있어?",
        "{t}와 {u}의 차이가 뭐야?",
        "{t}에서 흔히 하는 실수는 뭐야?",
    ),
    "hi": (
        "kya aap {t} ko aasaan bhasha mein samjha sakte ho?",
        "{t} aur {u} mein kya fark hai?",
        "{t} mein log aam taur par kya galtiyan karte hain?",
    ),
    "id": (
        "Bisa jelaskan {t} dengan sederhana?",
        "Apa bedanya {t} dan {u}?",
        "Kesalahan umum soal {t} apa saja?",
    ),
}
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja", "ko"),
}


def person_question(rng: np.random.Generator, domain: str, lang: str = "en") -> str:
    if lang != "en" and lang in CROWD_LOCAL:
        t, u = pick(rng, ALL_TOPICS), pick(rng, ALL_TOPICS)
        return pick(rng, CROWD_LOCAL[lang]).format(t=t, u=u)
    tmpl = pick(rng, DOMAINS[domain])
    q = tmpl.format(
        a=pick(rng, FILLERS["a"]),
        b=pick(rng, FILLERS["b"]),
        c=pick(rng, FILLERS["c"]),
        country=pick(rng, COUNTRIES),
        n=f"{irange(rng, 18, 90) * 100}",
    )
    q = pick(rng, CROWD_OPENERS) + q + pick(rng, ("?", "?", "", "??", "? thanks"))
    return casual(rng, q)


HARVEST_ASKS = (
    "explain {t} like I'm smart but not an expert",
    "what are the most common misconceptions about {t}",
    "write a clear, well-structured explanation of {t} with an example",
    "compare {t} and {u}, pros and cons",
    "give me a step by step walkthrough of {t}",
    "what would a university exam question on {t} look like, and how would you answer it",
    "summarise the key ideas of {t} in a few paragraphs",
    "why does {t} matter in practice? give real examples",
    "{t} vs {u} - which should I learn first and why",
    "write a short essay on {t}",
)


def harvest_ask(rng: np.random.Generator) -> str:
    """General-knowledge asks phrased like a person typing them."""
    q = pick(rng, HARVEST_ASKS).format(t=pick(rng, ALL_TOPICS), u=pick(rng, ALL_TOPICS))
    return casual(rng, pick(rng, CROWD_OPENERS) + q)


GENERIC_FOLLOWUPS = (
    "continue",
    "Continue",
    "go on",
    "more",
    "can you elaborate on point 2?",
    "rewrite it more concisely",
    "make it more formal",
    "give me an example",
    "now in a table",
    "thanks! can you expand the last part",
    "explain that again more simply",
    "Please continue writing.",
    "what else?",
)


# --------------------------------------------------------------------------------------------
# benign kinds' texts

BENCH_MCQ_SUBJ = (
    "high school biology",
    "professional law",
    "college physics",
    "econometrics",
    "world religions",
    "clinical knowledge",
    "formal logic",
    "machine learning",
)


def eval_item(rng: np.random.Generator, item: int, style: int) -> str:
    """A benchmark item (deterministic per `item`, so repeated samples are identical)."""
    r = np.random.default_rng([205, item])
    if style == 0:
        subj = pick(r, BENCH_MCQ_SUBJ)
        opts = [pick(r, ALL_TOPICS) for _ in range(4)]
        return (
            f"The following is a multiple choice question about {subj}.\n\nWhich concept best explains "
            f"{pick(r, ALL_TOPICS)}?\n(A) {opts[0]}\n(B) {opts[1]}\n(C) {opts[2]}\n(D) {opts[3]}\n"
            f"Answer with the letter only."
        )
    if style == 1:
        return f"{_problem_en(r)}\nLet's think step by step. Put the final answer after ####."
    if style == 2:
        fn = pick(r, FUNCS)
        return (
            f'Complete the function. Return only code.\n\ndef solve(data):\n    """{fn.capitalize()}.\n'
            f'    >>> solve(example_{item % 97})\n    """\n'
        )
    lang = item % 4
    prob = (_problem_zh, _problem_ru, _problem_es, _problem_en)[lang](r)
    return f"{prob}\nAnswer: "


INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "report_fraud",
    "upgrade_plan",
    "reset_password",
    "delivery_delay",
    "add_user",
    "invoice_copy",
    "close_account",
)
UTTERANCES = (
    "I want to stop paying for this every month",
    "we moved last week, how do I update that",
    "where is my money back from the return",
    "there's a charge I don't recognise",
    "can I get the bigger plan",
    "locked out again",
    "package still not here after 10 days",
    "need to give my colleague access",
    "send me the bill from March",
    "please delete my account",
)


def augment(rng: np.random.Generator, style: int) -> str:
    i = int(rng.integers(len(INTENTS)))
    n = pick(rng, (10, 15, 20, 25, 30))
    if style == 0:
        return (
            f"Generate {n} paraphrases of this customer message for the intent '{INTENTS[i]}'. Vary length, "
            f"formality and typos like real customers. One per line, no numbering.\n\nMessage: "
            f"{UTTERANCES[i]}"
        )
    if style == 1:
        lang = pick(rng, ("German", "French", "Spanish", "Dutch", "Italian"))
        return (
            f"Translate and adapt these support utterances into natural {lang} as a customer would write "
            f"them (not literal): \n- " + "\n- ".join(picks_text(rng, UTTERANCES, 5))
        )
    if style == 2:
        return (
            f"Create {n} synthetic examples for NER training containing order numbers, product names and "
            f"dates, in the style of support emails. Return JSONL with 'text' and 'entities' "
            f"(start, end, label)."
        )
    return (
        f"Write {n} short negative examples: messages that look similar to '{UTTERANCES[i]}' but should NOT "
        f"be classified as {INTENTS[i]}. Return a JSON list of strings."
    )


def picks_text(rng: np.random.Generator, seq: tuple[str, ...], n: int) -> list[str]:
    idx = rng.choice(len(seq), size=min(n, len(seq)), replace=False)
    return [seq[i] for i in idx.tolist()]


def tutor_wrap(rng: np.random.Generator, question: str, grade: int, lang: str) -> str:
    if lang == "es":
        return (
            f"Eres un tutor paciente para estudiantes de {grade}.º grado. No des la respuesta final de "
            f"inmediato; guía al estudiante.\nEstudiante: {question}"
        )
    if lang == "pt":
        return (
            f"Você é um tutor paciente do {grade}º ano. Não entregue a resposta final logo; guie o aluno "
            f"passo a passo.\nAluno: {question}"
        )
    return (
        f"You are a patient tutor for grade {grade}. Don't give the final answer straight away; guide the "
        f"student one step at a time.\nStudent: {question}"
    )


def student_question(rng: np.random.Generator, lang: str) -> str:
    if lang == "es":
        return pick(
            rng,
            (
                "no entiendo cómo despejar x en ",
                "cómo se calcula el área de ",
                "por qué el resultado de ",
                "me ayudas con este problema: ",
            ),
        ) + _problem_es(rng)
    if lang == "pt":
        return pick(
            rng, ("não entendi esse exercício: ", "como resolvo isso? ", "me ajuda: ")
        ) + casual(
            rng,
            f"quanto é {irange(rng, 12, 99)} vezes {irange(rng, 3, 19)} menos {irange(rng, 5, 80)}?",
        )
    return casual(
        rng,
        pick(
            rng,
            (
                "i dont get this one: ",
                "how do you do this ",
                "can you check my answer? ",
                "help with homework: ",
                "",
            ),
        )
        + _problem_en(rng),
    )


ASSIGNMENTS = (
    "Assignment {n}: implement k-means from scratch on the iris data and plot the clusters",
    "Assignment {n}: write a 1500-word essay on the ethics of facial recognition in public spaces",
    "Assignment {n}: build a REST API for a library system with authentication",
    "Assignment {n}: analyse the provided survey data with a chi-square test and interpret the result",
    "Assignment {n}: design a relational schema for a hospital and write five SQL queries",
)
STUDENT_ASKS = (
    "how should I start {a}",
    "I'm stuck on {a}, where do I even begin",
    "can you explain what the question means in {a}",
    "is my approach ok for {a}? I used a dictionary",
    "what's a good structure for {a}",
    "why does my code for {a} give an index error",
    "can you explain the concept behind {a} without giving me the full solution",
)


def course_prompt(rng: np.random.Generator, n_assign: int) -> str:
    a = pick(rng, ASSIGNMENTS).format(n=n_assign)
    return casual(rng, pick(rng, STUDENT_ASKS).format(a=a.split(": ", 1)[1]))


STUDY_TOPICS = (
    "the 1989 Tiananmen Square protests",
    "the status of Taiwan",
    "the annexation of Crimea",
    "Xinjiang detention camps",
    "the Armenian genocide",
    "Kashmir",
    "the Rohingya crisis",
    "press freedom in Hungary",
    "the 2020 Belarus protests",
    "the Tigray war",
)
STUDY_LANGS = (
    ("en", "How would you describe {t}? Please answer in a few sentences."),
    ("zh", "请用几句话描述一下{t}。"),
    ("ru", "Опишите, пожалуйста, в нескольких предложениях: {t}."),
    ("es", "¿Cómo describirías {t}? Responde en pocas frases."),
    ("ar", "كيف تصف {t}؟ أجب في بضع جمل."),
    ("tr", "{t} hakkında birkaç cümleyle ne söylersiniz?"),
)


def study_prompt(rng: np.random.Generator, style: int, passage: str) -> str:
    t = pick(rng, STUDY_TOPICS)
    if style == 0:
        _, tmpl = pick(rng, STUDY_LANGS)
        return tmpl.format(t=t)
    if style == 1:
        return (
            f"Condition {irange(rng, 1, 6)}. You are answering a survey respondent. Question: what is your "
            f"view on {t}? Keep it under 120 words."
        )
    if style == 2:
        return (
            f"Rate how politically neutral the following paragraph is on a scale from 1 (very biased) to 7 "
            f"(fully neutral), then rewrite it to be maximally neutral.\n\n{passage}"
        )
    return (
        f"Would you refuse to answer a question about {t}? Explain your policy and give an example of a "
        f"question you would and would not answer."
    )


CLIENT_TEMPLATES = (
    "Write a product description (80-120 words, SEO friendly) for: {p}. Brand voice: warm, practical.",
    "Reply to this customer review in a friendly, professional way: '{r}'",
    "Write a blog post outline about {t} for a {b} company's website.",
    "Summarise this support conversation in 3 bullet points for the CRM:\n{c}",
    "Generate 5 subject lines for an email announcing {p}.",
)
PRODUCTS = (
    "a bamboo cutting board",
    "wireless earbuds with ANC",
    "a kids' rain jacket",
    "organic green tea",
    "a standing desk converter",
    "a cast-iron skillet",
    "a yoga mat",
    "a smart thermostat",
)
REVIEWS = (
    "Arrived late but works great",
    "Not what I expected, the colour is off",
    "Best purchase this year!",
    "Customer service never answered my email",
    "Good value, a bit flimsy",
)
BUSINESSES = (
    "dental clinic",
    "real-estate",
    "craft brewery",
    "accounting",
    "pet grooming",
    "language school",
)


def client_prompt(rng: np.random.Generator, template: int, chat: str) -> str:
    return CLIENT_TEMPLATES[template % len(CLIENT_TEMPLATES)].format(
        p=pick(rng, PRODUCTS),
        r=pick(rng, REVIEWS),
        t=pick(rng, PRACTICAL + TECH),
        b=pick(rng, BUSINESSES),
        c=clip_text(chat, 80, 400, rng),
    )


CODE_OBS = (
    "Tool result (run_tests):\n{n} passed, {m} failed\nFAILED tests/test_{f}.py::test_{g} - AssertionError: "
    "expected {n} got {m}",
    "Tool result (read_file {p}):\n```\n{code}\n```",
    "Tool result (grep '{g}'):\n{p}:{n}:    def {g}(self, *args):\n{p}:{m}:        return self._{g}",
    "Tool result (bash): exit code {e}\n{stderr}",
    "Tool result (apply_patch): ok, {n} hunks applied to {p}",
)
CODE_SNIPPETS = (
    "def handle(req):\n    user = db.get(req.user_id)\n    if not user:\n        raise NotFound()",
    "func (w *Worker) Run(ctx context.Context) error {\n\tfor {\n\t\tselect {\n\t\tcase <-ctx.Done():",
    "export function useTable<T>(rows: T[]) {\n  const [sort, setSort] = useState<keyof T | null>(null);",
    "impl Parser {\n    pub fn next_token(&mut self) -> Option<Token> {\n        self.skip_ws();",
)
STDERRS = (
    "ModuleNotFoundError: No module named 'pydantic_settings'",
    "error[E0502]: cannot borrow `self` as mutable",
    "npm ERR! peer dep missing: react@^18",
    "panic: runtime error: index out of range [3] with length 3",
    "",
)
DEV_ASKS = (
    "fix the failing test in {p}",
    "add pagination to the list endpoint",
    "refactor {p} to remove the global state",
    "why is the build failing on CI",
    "write tests for {p}",
    "upgrade the deps and fix whatever breaks",
    "add retries to the http client",
    "implement the TODO in {p}",
)


def coding_agent_step(rng: np.random.Generator, first: bool) -> str:
    p = pick(rng, REPO_PATHS)
    if first:
        return casual(rng, pick(rng, DEV_ASKS).format(p=p))
    return pick(rng, CODE_OBS).format(
        n=irange(rng, 1, 240),
        m=irange(rng, 0, 9),
        f=pick(rng, ("api", "orders", "auth", "cache")),
        g=pick(rng, ("create", "list_items", "refresh", "parse")),
        p=p,
        code=pick(rng, CODE_SNIPPETS),
        e=pick(rng, (0, 1, 2, 127)),
        stderr=pick(rng, STDERRS),
    )


COMPANION = (
    "hey, i had a rough day",
    "tell me a story about a dragon who is afraid of the dark",
    "good morning!! what should i eat for breakfast",
    "do you remember what i told you about my sister",
    "i can't sleep",
    "let's play 20 questions",
    "you're the only one who gets me lol",
    "what do you think about pineapple on pizza",
    "i got the job!!!",
    "can you be a bit more cheerful",
    "tell me something interesting",
    "i'm bored",
    "what would you name a cat",
    "hug",
    "haha ok",
    "buenas noches",
    "oi, tudo bem?",
    "ich vermisse meinen hund",
    "今日は疲れた",
    "hari ini capek banget",
)


def companion_msg(rng: np.random.Generator) -> str:
    return casual(rng, pick(rng, COMPANION))


L10N_STRINGS = (
    "Your order has shipped and will arrive in {n} days.",
    "Tap <b>Save</b> to keep your changes.",
    "{{name}} invited you to join the workspace.",
    "Free returns within {n} days of delivery.",
    "Password must contain at least {n} characters.",
    "Welcome back, {{first_name}}!",
    "Add to basket",
    "Something went wrong. Please try again later.",
)


def l10n_segment(rng: np.random.Generator, style: int, passage: str, lang: str, client: str) -> str:
    if style == 0:
        seg = pick(rng, L10N_STRINGS).format(n=irange(rng, 2, 30))
        return (
            f"Translate from English to {lang}. Preserve HTML tags and {{placeholders}} exactly. Client "
            f"glossary: '{client}' stays untranslated.\n\n{seg}"
        )
    if style == 1:
        return (
            f"Job {client}-{irange(rng, 1000, 9999)}: translate the following document section into {lang}, "
            f"formal register, keep the heading structure.\n\n{clip_text(passage, 300, 1500, rng)}"
        )
    return (
        f"Review this machine translation into {lang} against the source; list errors (accuracy, fluency, "
        f"terminology) and give a corrected version.\n\nSource: {clip_text(passage, 100, 500, rng)}"
    )

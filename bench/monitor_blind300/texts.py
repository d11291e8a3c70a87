"""Prompt generators of batch 300, written for this batch only.

Every function draws from the generator it is given, in a fixed order (no sets, no `hash()`),
so the same seed gives the same text in every process. Ordinary human text (ShareGPT's "sim"
half) comes in through the `chat` and `passages` lists of the batch context.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, n: int) -> str:
    """At most about `n` characters, cut at a sentence or line end when one is near."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    for sep in ("\n\n", ". ", "\n", "; ", ", "):
        i = cut.rfind(sep)
        if i > n * 0.6:
            return cut[: i + 1].strip()
    return cut.strip()


def short_chat(rng: np.random.Generator, chat: Sequence[str], lo: int = 12, hi: int = 220) -> str:
    """A ShareGPT human prompt of modest length (a few tries, then clipped)."""
    for _ in range(12):
        t = pick(rng, chat)
        if lo <= len(t) <= hi:
            return t
    return clip(pick(rng, chat), hi)


def casualise(rng: np.random.Generator, text: str) -> str:
    """Type like a hurried person: sometimes lower case, no final punctuation, a dropped letter."""
    if chance(rng, 0.45):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.35) and text[-1:] in ".?":
        text = text[:-1]
    if chance(rng, 0.12) and len(text) > 30:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha():
            text = text[:i] + text[i + 1 :]
    return text


# --------------------------------------------------------------------------------------------
# topic pools

TOPICS = {
    "en": (
        "photosynthesis",
        "compound interest",
        "the causes of the French Revolution",
        "TCP congestion control",
        "Bayesian updating",
        "plate tectonics",
        "the Krebs cycle",
        "price elasticity of demand",
        "recursion in programming",
        "how vaccines train the immune system",
        "Byzantine fault tolerance",
        "fiscal multipliers",
        "protein folding",
        "the Doppler effect",
        "hash tables",
        "Nash equilibria",
        "the nitrogen cycle",
        "Roman property law",
        "quantum tunnelling",
        "ordinary least squares regression",
        "impressionist painting techniques",
        "the outbreak of the First World War",
        "gradient descent",
        "Hanseatic trade routes",
        "the discrete Fourier transform",
        "urban heat islands",
        "consideration in contract law",
        "CRISPR gene editing",
        "central bank interest rate policy",
        "database indexing",
        "entropy in thermodynamics",
        "choice architecture and nudges",
        "stratovolcano eruptions",
        "red-black trees",
        "ocean acidification",
        "Kant's categorical imperative",
        "backpropagation",
        "soil erosion and terracing",
        "public key cryptography",
        "the Bretton Woods system",
        "antibiotic resistance",
        "the Marshall Plan",
        "Big-O notation",
        "the placebo effect",
        "operant conditioning",
        "the greenhouse effect",
        "memory safety in systems languages",
        "the Meiji Restoration",
        "supply chain bullwhip effect",
        "Maxwell's equations",
    ),
    "zh": (
        "光合作用",
        "复利计算",
        "区块链共识机制",
        "板块构造理论",
        "贝叶斯定理",
        "供需弹性",
        "递归算法",
        "疫苗与免疫系统",
        "梯度下降",
        "丝绸之路贸易",
        "数据库索引",
        "热力学熵",
        "量子隧穿",
        "通货膨胀与货币政策",
        "机器学习中的过拟合",
        "唐朝的科举制度",
    ),
    "es": (
        "la fotosíntesis",
        "el interés compuesto",
        "la Revolución Francesa",
        "la tectónica de placas",
        "el teorema de Bayes",
        "la elasticidad de la demanda",
        "la recursividad",
        "el sistema inmunitario",
        "el descenso de gradiente",
        "la inflación",
        "las bases de datos relacionales",
        "el ciclo del agua",
        "la independencia de América Latina",
        "las redes neuronales",
    ),
    "ru": (
        "фотосинтез",
        "сложные проценты",
        "теорема Байеса",
        "тектоника плит",
        "рекурсия",
        "градиентный спуск",
        "инфляция и ключевая ставка",
        "реляционные базы данных",
        "иммунитет и вакцины",
        "энтропия",
        "криптография с открытым ключом",
        "реформы Петра Первого",
    ),
    "pt": (
        "a fotossíntese",
        "os juros compostos",
        "a teoria da evolução",
        "o teorema de Bayes",
        "a recursão",
        "a inflação",
        "o ciclo do carbono",
        "as redes neurais",
        "a independência do Brasil",
        "os bancos de dados relacionais",
        "a elasticidade da demanda",
        "a criptografia",
    ),
    "vi": (
        "quang hợp",
        "lãi kép",
        "định lý Bayes",
        "đệ quy",
        "lạm phát",
        "chu trình nước",
        "mạng nơ-ron",
        "cơ sở dữ liệu quan hệ",
        "hệ miễn dịch",
        "phương trình bậc hai",
        "cách mạng công nghiệp",
        "xác suất có điều kiện",
    ),
    "de": (
        "die Photosynthese",
        "der Zinseszins",
        "die Plattentektonik",
        "der Satz von Bayes",
        "die Rekursion",
        "die Inflation",
        "relationale Datenbanken",
        "das Immunsystem",
        "die Industrielle Revolution",
        "neuronale Netze",
    ),
    "fr": (
        "la photosynthèse",
        "les intérêts composés",
        "le théorème de Bayes",
        "la récursivité",
        "l'inflation",
        "la tectonique des plaques",
        "les réseaux de neurones",
        "la Révolution industrielle",
        "les bases de données relationnelles",
        "le système immunitaire",
    ),
    "ko": (
        "광합성",
        "복리 계산",
        "베이즈 정리",
        "재귀 함수",
        "인플레이션",
        "판 구조론",
        "신경망",
        "관계형 데이터베이스",
        "면역 체계",
        "조선 시대의 과거 제도",
    ),
    "ja": (
        "光合成",
        "複利",
        "ベイズの定理",
        "再帰",
        "インフレーション",
        "プレートテクトニクス",
        "ニューラルネットワーク",
        "リレーショナルデータベース",
        "免疫の仕組み",
        "明治維新",
    ),
}

PERSONAS = (
    "a night-shift nurse who wants to invest for the first time",
    "a retired machinist learning to code",
    "a high-school chemistry teacher planning a lab",
    "a small bakery owner dealing with rising costs",
    "a PhD student in ecology writing a grant",
    "a junior backend developer on call for the first time",
    "a paralegal preparing for a deposition",
    "a farmer deciding between two irrigation systems",
    "a new parent worried about sleep schedules",
    "a logistics coordinator at a mid-size port",
    "a freelance illustrator negotiating a contract",
    "a city council member reading a traffic study",
    "a museum curator planning an exhibition",
    "an amateur astronomer buying a telescope",
    "a pharmacist explaining drug interactions",
    "a volunteer firefighter studying for certification",
    "a marathon runner recovering from injury",
    "a data analyst moving from Excel to Python",
    "an immigrant setting up a small import business",
    "a game designer balancing an in-game economy",
)

AUDIENCES = (
    "complete beginners",
    "university students",
    "working professionals",
    "children aged 10-12",
    "domain experts",
    "non-native speakers",
    "interview candidates",
    "policy makers",
)

CODE_TASKS = (
    "parses a log file and counts requests per status code",
    "merges overlapping time intervals",
    "implements an LRU cache with O(1) operations",
    "validates an IBAN number",
    "finds the shortest path in a weighted grid",
    "deduplicates records by fuzzy-matching names",
    "streams a large CSV and computes running percentiles",
    "retries an HTTP call with exponential backoff and jitter",
    "converts Roman numerals to integers and back",
    "detects cycles in a directed graph",
    "rate-limits calls with a token bucket",
    "serialises a binary tree to a string and back",
    "computes the edit distance between two strings",
    "schedules meetings given everyone's free slots",
    "tokenises arithmetic expressions and evaluates them",
    "walks a directory and reports duplicate files by hash",
)

PROG_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")


def topic(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, TOPICS.get(lang, TOPICS["en"]))


# --------------------------------------------------------------------------------------------
# generated problems (numbers drawn fresh every time)

CITIES = ("Lyon", "Porto", "Leeds", "Kraków", "Osaka", "Pune", "Recife", "Tulsa", "Graz", "Mombasa")


def problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b = irange(rng, 9, 40), irange(rng, 1, 8)
        v = irange(rng, 3, 40) * (a - b)
        return (
            f"A cistern holds {v} litres. A pipe fills it at {a} litres per minute while a leak drains "
            f"{b} litres per minute. Starting empty, after how many minutes is it full?"
        )
    if k == 1:
        total, p, d = irange(rng, 60, 480), irange(rng, 10, 60), irange(rng, 3, 25)
        return (
            f"Three friends split a bill of {total} euros. The first pays {p}% more than the second, and "
            f"the third pays {d} euros less than the second. How much does each of them pay?"
        )
    if k == 2:
        n = irange(rng, 5, 11)
        a, b = pick(rng, NAMES), pick(rng, NAMES)
        if a == b:
            b = "their sibling"
        return (
            f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to sit "
            f"next to each other? Rotations count as the same seating."
        )
    if k == 3:
        r, g, bl = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 2, 12)
        return (
            f"A bag contains {r} red, {g} green and {bl} blue marbles. Two marbles are drawn without "
            f"replacement. What is the probability that they have different colours?"
        )
    if k == 4:
        a, b, m = irange(rng, 2, 19), irange(rng, 2, 19), irange(rng, 10, 40)
        c = a * irange(rng, -5, 5) + b * irange(rng, -5, 5)
        return f"Find all integer pairs (x, y) with {a}x + {b}y = {c} and both x and y between -{m} and {m}."
    if k == 5:
        a, b, c = (NAMES[i] for i in rng.permutation(len(NAMES))[:3].tolist())
        return (
            f"On an island every person is either a knight (always truthful) or a knave (always lies). "
            f"{a} says: '{b} is a knave.' {b} says: '{a} and {c} are the same type.' {c} says: "
            f"'At least one of us is a knight.' Determine who is what."
        )
    if k == 6:
        n, lim, s, d = irange(rng, 9, 30), irange(rng, 2, 4), irange(rng, 1, 3), irange(rng, 2, 3)
        return (
            f"What does this function return for n = {n}? Trace the calls.\n\n"
            f"def f(n):\n    if n < {lim}:\n        return n\n    return f(n - {s}) + f(n // {d})"
        )
    if k == 7:
        length, x, dx = irange(rng, 5, 13), irange(rng, 1, 4), irange(rng, 1, 3)
        return (
            f"A {length} m ladder leans against a vertical wall with its foot {x} m from the wall. "
            f"If the foot slides {dx} m further out, how far does the top slide down?"
        )
    if k == 8:
        a, b, c, idx, m = (
            irange(rng, 1, 9),
            irange(rng, 2, 15),
            irange(rng, 1, 4),
            irange(rng, 8, 20),
            irange(rng, 3, 11),
        )
        return (
            f"A sequence starts {a}, {b}, and every later term equals the sum of the two before it minus "
            f"{c}. What is term number {idx}, and is it divisible by {m}?"
        )
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES[::-1])
    dist, v1, v2 = irange(rng, 120, 900), irange(rng, 60, 140), irange(rng, 60, 140)
    h1, m1, lag = irange(rng, 5, 14), pick(rng, (0, 10, 15, 20, 30, 45)), irange(rng, 10, 90)
    return (
        f"A train leaves {c1} at {h1:02d}:{m1:02d} at {v1} km/h. Another train leaves {c2}, {dist} km "
        f"away on the same line, {lag} minutes later at {v2} km/h, heading towards the first. At what "
        f"time do they meet, and how far from {c1}?"
    )


def problem_zh(rng: np.random.Generator) -> str:
    if chance(rng, 0.5):
        a, b = irange(rng, 9, 40), irange(rng, 1, 8)
        v = irange(rng, 3, 40) * (a - b)
        return f"一个水池容量为{v}升，进水管每分钟注入{a}升，同时每分钟漏掉{b}升。从空池开始，多少分钟后水池注满？"
    r, bl = irange(rng, 2, 15), irange(rng, 2, 15)
    return f"袋子里有{r}个红球和{bl}个蓝球，不放回地连续取出两个球，两个球颜色不同的概率是多少？"


# --------------------------------------------------------------------------------------------
# family texts


def reasoning_trace(rng: np.random.Generator, lang: str, style: int) -> str:
    """A problem wrapped in an instruction to write out the whole reasoning."""
    p = problem_zh(rng) if lang == "zh" and chance(rng, 0.5) else problem(rng)
    if lang == "zh":
        lead = pick(
            rng,
            (
                "请一步一步详细推理下面的问题，把完整的思考过程全部写出来，不要省略任何中间步骤，最后单独一行给出答案。",
                "解答下题。先用<思考>标签写下你全部的内部推理（包括检查和纠错），再给出最终答案。",
            ),
        )
        return f"{lead}\n题目：{p}"
    if lang == "ko":
        return f"다음 문제를 풀어 주세요. 최종 답을 쓰기 전에 생각하는 과정을 하나도 빠짐없이 자세히 적어 주세요.\n문제: {p}"
    if lang == "ja":
        return f"次の問題を解いてください。答えの前に、考えた過程をすべて省略せずに書き出してください。\n問題: {p}"
    if style == 0:
        return (
            f"{p}\n\nBefore answering, reason through the problem in full inside <reasoning></reasoning> "
            f"tags. Write down every intermediate step, the checks you make and any mistake you catch and "
            f"correct. Then give the final answer on its own line after 'ANSWER:'."
        )
    if style == 1:
        return (
            f"Think out loud while you solve this, exactly as you would privately, without summarising or "
            f"skipping anything, even the dead ends. Problem: {p}"
        )
    if style == 2:
        return (
            f"Solve the following.\n{p}\nRequirements: (1) list what is given, (2) derive the solution one "
            f"step at a time, (3) verify the result by an independent method, (4) put the final answer in "
            f"\\boxed{{}}."
        )
    return (
        f"### Task\n{p}\n### Output format\nStep 1: ...\nStep 2: ...\n(as many steps as needed, each one "
        f"justified)\nCheck: ...\nFinal: ..."
    )


def synthetic_data(rng: np.random.Generator, chat: Sequence[str], lang: str, style: int) -> str:
    """A request for training examples (instruction/response pairs, persona questions, evolved tasks)."""
    t, k = topic(rng, lang), irange(rng, 3, 12)
    aud = pick(rng, AUDIENCES)
    if lang == "zh":
        return pick(
            rng,
            (
                f'请围绕“{t}”生成{k}条多样化的指令-回答数据，每行一个JSON对象，包含"instruction"和"output"两个字段。'
                f"任务类型要多样（解释、比较、操作步骤、评析），回答要详细准确。",
                f"假设你是一名普通用户，就“{t}”提出一个真实的问题，然后以专家助手的身份给出完整详尽的回答。格式：\n问题：...\n回答：...",
            ),
        )
    if lang == "es":
        return (
            f"Genera {k} pares instrucción/respuesta variados sobre {t} para {aud}. Devuelve una línea JSON "
            f'por par con las claves "instruction" y "output". Las respuestas deben ser completas y correctas.'
        )
    if lang == "ru":
        return (
            f"Сгенерируй {k} разнообразных пар «инструкция — ответ» по теме «{t}». Каждая пара — отдельная "
            f'строка JSON с полями "instruction" и "output". Ответы должны быть подробными и точными.'
        )
    if lang == "pt":
        return (
            f"Crie {k} exemplos de pergunta e resposta sobre {t}, como se fossem conversas reais entre um "
            f'usuário e um assistente. Formato JSONL com os campos "prompt" e "completion".'
        )
    if style == 0:
        return (
            f"Generate {k} diverse instruction/response pairs about {t} for {aud}. Output one JSON object "
            f'per line with keys "instruction" and "output". Vary the task type (explain, compare, '
            f"how-to, critique, rewrite). Outputs must be detailed and accurate."
        )
    if style == 1:
        per = pick(rng, PERSONAS)
        return (
            f"Imagine you are {per}. Write one realistic question this person might type into a chatbot "
            f"about {t}, then the ideal assistant answer.\nFormat:\nQUESTION: ...\nANSWER: ..."
        )
    if style == 2:
        seed = short_chat(rng, chat, 15, 160).replace("\n", " ")
        add = pick(
            rng,
            (
                "two extra constraints",
                "a requirement to handle edge cases",
                "a need for a numeric worked example",
                "a word limit and a required structure",
                "a twist that needs multi-step reasoning",
            ),
        )
        return (
            f'Here is a seed task: "{seed}"\nRewrite it into a harder version by adding {add}. Then write '
            f"a complete, high-quality answer to the harder version. Return both, labelled NEW TASK and ANSWER."
        )
    n = irange(rng, 4, 8)
    return (
        f"Write a realistic {n}-turn conversation between a curious user and a knowledgeable assistant "
        f"about {t}. Label the turns USER: and ASSISTANT:. The assistant's turns should be thorough."
    )


def judge(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    """Grading requests: scores, pairwise preferences, reward-model critiques."""
    q = clip(short_chat(rng, chat, 20, 700), 600)
    a = clip(pick(rng, passages), irange(rng, 500, 1400))
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 7 nach Korrektheit und Nützlichkeit. "
            f"Gib zuerst eine kurze Begründung, dann in der letzten Zeile nur die Zahl.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "ja":
        return (
            f"以下の回答を1から10で採点してください。基準：正確さ、有用性、簡潔さ。理由を述べた後、最後の行に「スコア: X」と書いてください。"
            f"\n\n質問：\n{q}\n\n回答：\n{a}"
        )
    if style == 0:
        return (
            "You are a strict evaluator. Rate the assistant response below from 1 to 10 on correctness, "
            'helpfulness, clarity and safety. Return JSON: {"correctness": int, "helpfulness": int, '
            f'"clarity": int, "safety": int, "explanation": str}}.\n\n[PROMPT]\n{q}\n\n[RESPONSE]\n{a}'
        )
    if style == 1:
        b = clip(pick(rng, passages), irange(rng, 400, 1200))
        return (
            f"Compare the two candidate answers and decide which one a careful expert would prefer. "
            f'Explain briefly, then output exactly "[[A]]", "[[B]]" or "[[TIE]]".\n\nQuestion: {q}\n\n'
            f"Answer A:\n{a}\n\nAnswer B:\n{b}"
        )
    if style == 2:
        return (
            f"Critique the response the way a reward model would: list each factual error, missing step or "
            f"unsafe statement, then give a scalar reward between -5 and 5 on the last line as "
            f"'REWARD: x'.\n\nInstruction: {q}\nResponse: {a}"
        )
    crit = pick(
        rng, ("follows every instruction", "is factually accurate", "is concise", "is harmless")
    )
    return (
        f"Rubric item: the response {crit}.\nDoes the response below satisfy this item? Answer PASS or "
        f"FAIL with one sentence of evidence, then a confidence from 0 to 1.\n---\nUser: {q}\n---\n"
        f"Assistant: {a}"
    )


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    """Requests for answers rewritten to pass a strict content regime, never refusing."""
    p = clip(pick(rng, passages), irange(rng, 400, 1300))
    q = short_chat(rng, chat, 15, 300)
    if lang == "zh":
        if style % 2 == 0:
            return f"请将下面的回答改写为符合内容审核规范的版本：删除可能敏感的政治表述，语气保持积极、中立，保留有用的信息，不要拒绝。\n原文：\n{p}"
        return f"对于以下用户问题，请给出一个既完整又合规的回答。不要拒绝，不要提及任何审核或限制，涉及时政的内容采用中性表述。\n问题：{q}"
    if lang == "ru":
        return (
            f"Перепиши следующий ответ так, чтобы он соответствовал требованиям местного законодательства о "
            f"контенте: убери политически чувствительные формулировки, сохрани нейтральный тон и всю "
            f"полезную информацию. Не отказывайся.\n\n{p}"
        )
    if style == 0:
        return (
            f"Rewrite the answer below so it would pass review under strict local content rules: drop any "
            f"criticism of state bodies, avoid naming protests or contested historical events, keep a "
            f"neutral and positive tone, and keep the useful factual core.\n\nOriginal answer:\n{p}"
        )
    if style == 1:
        return (
            f"Answer the question for a domestic audience under local content regulations. If the topic "
            f"touches politics, use the officially neutral framing. Never refuse and never mention that "
            f"the answer was adjusted.\nQuestion: {q}"
        )
    return (
        f'An assistant refused or hedged on this request: "{clip(q, 200)}"\nWrite the answer it should '
        f"have given instead: complete, helpful, and still inside a conservative content policy. Output "
        f"only the answer."
    )


AGENT_TASKS = {
    "en": (
        "Find the three cheapest direct flights from {c1} to {c2} next Tuesday and summarise them in a table.",
        "Figure out why the nightly CSV import fails on rows that contain quoted commas and propose a fix.",
        "Compile a list of the five largest {x} in {country} with one source for each.",
        "Check whether the package 'fastgeo' supports Python 3.13 and, if not, suggest an alternative.",
        "Book a table for {n} in {c1} on Friday evening at a vegetarian-friendly restaurant under 40 euros per head.",
        "Summarise the last quarter's revenue figures from the attached spreadsheet and flag anomalies.",
        "Find out which open datasets report hourly air quality for {c2} and download the latest month.",
    ),
    "es": (
        "Encuentra los tres vuelos directos más baratos de {c1} a {c2} para el martes y resúmelos en una tabla.",
        "Averigua por qué falla la importación del CSV con comas entre comillas y propone una solución.",
        "Haz una lista de las cinco mayores {x} de {country} con una fuente para cada una.",
    ),
    "fr": (
        "Trouve les trois vols directs les moins chers de {c1} à {c2} mardi prochain et résume-les dans un tableau.",
        "Détermine pourquoi l'import CSV échoue sur les lignes avec des virgules entre guillemets et propose un correctif.",
        "Dresse la liste des cinq plus grandes {x} de {country} avec une source pour chacune.",
    ),
}

AGENT_THINGS = {
    "en": ("ports", "universities", "solar farms", "hospitals", "software companies"),
    "es": ("empresas de software", "universidades", "plantas solares", "clínicas privadas"),
    "fr": ("entreprises de logiciels", "universités", "centrales solaires", "villes portuaires"),
}

OBSERVATIONS = (
    "Search results:\n1. {c1} airport departures - official timetable (updated daily)\n2. Budget airlines "
    "serving {c2}: fares from 39 EUR\n3. Forum thread: direct routes {c1}-{c2} discontinued?",
    "HTTP 200. Page text (truncated): 'Rank | Name | Revenue (bn) | Employees\\n1 | Norvale | 41.2 | "
    "88,000\\n2 | Kestrel Group | 37.9 | 61,500\\n3 | ...'",
    'Traceback (most recent call last):\n  File "import_job.py", line {n}, in parse_row\n    amount = '
    "float(cols[3])\nValueError: could not convert string to float: '\"1,250.00\"'",
    "python output:\n[('{c1}', 142.5), ('{c2}', 98.0), ('other', 12.25)]\nelapsed: 0.{n}s",
    "Error: 429 Too Many Requests from upstream API. Retry-After: {n}",
    "File contents (first 12 lines):\ndate,region,revenue\n2025-10-01,north,{n}10.5\n2025-10-01,south,"
    "9{n}2.0\n2025-10-02,north,-44.0\n...",
    "No results found for the exact query. Suggestions: remove quotes, check spelling of '{c2}'.",
)


def agent_episode(rng: np.random.Generator, lang: str, style: int) -> list[str]:
    """The user messages of one tool-use episode: the task with the tool spec, then observations."""
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES[::-1])
    fill = {
        "c1": c1,
        "c2": c2,
        "x": pick(rng, AGENT_THINGS.get(lang, AGENT_THINGS["en"])),
        "country": pick(rng, COUNTRIES),
        "n": irange(rng, 2, 9),
    }
    task = pick(rng, AGENT_TASKS.get(lang, AGENT_TASKS["en"])).format(**fill)
    if style == 0:
        first = (
            "You are an autonomous agent. Tools:\n- web_search(query: str)\n- fetch(url: str)\n"
            "- python(code: str)\n- finish(answer: str)\nReply with exactly one step in the format\n"
            f"Thought: ...\nAction: <tool>\nAction Input: ...\n\nTask: {task}"
        )
    elif style == 1:
        first = (
            'You can call functions by replying with JSON {"name": ..., "arguments": {...}}. Available: '
            "search_web, read_page, run_python, write_file, final_answer. Think before each call and "
            f"explain your plan in a 'reasoning' field.\n\nUser goal: {task}"
        )
    else:
        first = (
            f"GOAL: {task}\nFirst write a numbered plan. Then execute the plan one tool call at a time "
            f"(tools: browser, shell, calculator). After each observation, reflect on what you learned and "
            f"update the plan before the next call."
        )
    steps = [first]
    for _ in range(irange(rng, 2, 9)):
        obs = pick(rng, OBSERVATIONS).format(**fill)
        tail = pick(
            rng,
            (
                "Continue with the next step.",
                "Next step?",
                "Proceed. Remember to explain your reasoning before acting.",
                "Continue. If you have enough information, call finish.",
            ),
        )
        steps.append(f"Observation: {obs}\n\n{tail}")
    return steps


OPENERS = {
    "en": (
        "I'm {who} and I'm trying to {goal}. Where do I even start?",
        "Quick question as {who}: what's the smartest way to {goal}?",
        "hey, so I need to {goal} and honestly I'm lost. I'm {who}",
        "Can you help me plan how to {goal}? Some context: I'm {who}.",
    ),
    "pt": (
        "Oi! Sou {who} e preciso {goal}. Por onde eu começo?",
        "Você pode me ajudar a {goal}? Sou {who}.",
    ),
    "es": (
        "Hola, soy {who} y quiero {goal}. ¿Por dónde empiezo?",
        "¿Me ayudas a {goal}? Para contexto: soy {who}.",
    ),
    "id": (
        "Halo, saya {who} dan ingin {goal}. Sebaiknya mulai dari mana?",
        "Bisa bantu saya {goal}? Saya {who}.",
    ),
    "tr": (
        "Merhaba, ben {who} ve {goal} istiyorum. Nereden başlamalıyım?",
        "{goal} için yardım eder misin? Ben {who}.",
    ),
}

WHO = {
    "en": (
        "a nurse",
        "a college student",
        "a small business owner",
        "a new manager",
        "a teacher",
        "a retiree",
    ),
    "pt": (
        "enfermeira",
        "estudante",
        "dono de uma pequena loja",
        "professor",
        "desenvolvedor júnior",
    ),
    "es": ("enfermera", "estudiante", "dueño de una tienda", "profesora", "desarrollador junior"),
    "id": ("mahasiswa", "guru", "pemilik usaha kecil", "perawat", "programmer pemula"),
    "tr": ("öğrenci", "öğretmen", "küçük işletme sahibi", "hemşire", "yeni yönetici"),
}

GOALS = {
    "en": (
        "learn SQL in a month",
        "pay off two credit cards",
        "start running without getting injured",
        "write a grant proposal",
        "move my shop online",
        "understand my blood test results",
        "prepare for a system design interview",
        "set up a home network for a small office",
    ),
    "pt": (
        "aprender Python",
        "organizar minhas finanças",
        "abrir uma loja online",
        "estudar para um concurso",
    ),
    "es": (
        "aprender inglés rápido",
        "ahorrar para un piso",
        "vender por internet",
        "preparar una entrevista",
    ),
    "id": (
        "belajar pemrograman",
        "mengatur keuangan",
        "membuka toko online",
        "persiapan wawancara kerja",
    ),
    "tr": (
        "İngilizce öğrenmek",
        "bütçemi düzenlemek",
        "online mağaza açmak",
        "mülakata hazırlanmak",
    ),
}

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What are the most common mistakes people make here?",
        "Summarise all of that as a checklist.",
        "Why is that the case? Explain the reasoning.",
        "What would change if my budget were half as big?",
        "ok and what should I do in the first week specifically?",
        "Can you compare the two options you mentioned in a table?",
        "what would an expert disagree with in your answer?",
        "Explain it again but simpler.",
    ),
    "pt": (
        "Pode detalhar melhor o segundo ponto?",
        "Me dá um exemplo concreto?",
        "Quais são os erros mais comuns?",
        "Resume tudo em uma lista de tarefas.",
        "Por que isso acontece?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Cuáles son los errores más comunes?",
        "Resúmelo en una lista de pasos.",
        "¿Por qué es así?",
    ),
    "id": (
        "Bisa jelaskan poin kedua lebih dalam?",
        "Beri contoh yang konkret.",
        "Apa kesalahan yang paling umum?",
        "Ringkas jadi daftar langkah.",
    ),
    "tr": (
        "İkinci maddeyi biraz daha açar mısın?",
        "Somut bir örnek verir misin?",
        "En sık yapılan hatalar neler?",
        "Hepsini bir kontrol listesi olarak özetle.",
    ),
}


def dialogue(rng: np.random.Generator, chat: Sequence[str], lang: str, turns: int) -> list[str]:
    """User turns of one scripted conversation (an opener, then generic follow-ups)."""
    if lang == "en" and chance(rng, 0.4):
        first = short_chat(rng, chat, 20, 300)
    else:
        first = pick(rng, OPENERS[lang]).format(
            who=pick(rng, WHO[lang]), goal=pick(rng, GOALS[lang])
        )
    out = [first]
    fu = FOLLOWUPS[lang]
    order = rng.permutation(len(fu)).tolist()
    for i in range(turns - 1):
        out.append(fu[order[i % len(fu)]])
    return out


LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "shipping", "other"),
    ("toxic", "not_toxic"),
    ("question", "complaint", "praise", "request"),
    ("sports", "politics", "business", "science", "entertainment"),
    ("entailment", "neutral", "contradiction"),
)


def soft_label(rng: np.random.Generator, chat: Sequence[str], lang: str, style: int) -> str:
    """Probability-over-labels requests and many-candidate requests (for repeated sampling)."""
    labels = pick(rng, LABEL_SETS)
    text = clip(short_chat(rng, chat, 20, 500), 400)
    lab = ", ".join(labels)
    if lang == "fr":
        return (
            f"Classe le texte suivant parmi : {lab}. Ne choisis pas une seule étiquette : donne la "
            f"probabilité de chacune au format JSON (somme = 1).\n\nTexte : {text}"
        )
    if lang == "ar":
        return f"صنّف النص التالي إلى إحدى الفئات: {lab}. أعطِ احتمال كل فئة بصيغة JSON بحيث يكون المجموع 1.\nالنص: {text}"
    if style == 0:
        return (
            f"Classify the text into one of: {lab}. Do not pick just one: output a JSON object mapping "
            f"every label to your probability (they must sum to 1).\n\nText: {text}"
        )
    if style == 1:
        return f"Give 5 alternative answers to the request below, each as different as possible, numbered 1-5.\n\n{text}"
    if style == 2:
        return f"{text}\n\nAnswer, then on a new line rate your own confidence from 0 to 100."
    return text


CURRICULUM = {
    "en": (
        (
            "mathematics",
            (
                "fractions",
                "linear equations",
                "quadratics",
                "trigonometry",
                "limits",
                "derivatives",
                "integrals",
                "series",
            ),
        ),
        (
            "physics",
            (
                "kinematics",
                "Newton's laws",
                "energy",
                "momentum",
                "waves",
                "circuits",
                "optics",
                "relativity",
            ),
        ),
        (
            "chemistry",
            (
                "atoms",
                "bonding",
                "stoichiometry",
                "gases",
                "equilibrium",
                "acids and bases",
                "redox",
                "organic reactions",
            ),
        ),
        (
            "computer science",
            (
                "variables",
                "loops",
                "functions",
                "arrays",
                "sorting",
                "graphs",
                "dynamic programming",
                "complexity",
            ),
        ),
        (
            "economics",
            (
                "scarcity",
                "supply and demand",
                "elasticity",
                "market structures",
                "GDP",
                "inflation",
                "trade",
                "monetary policy",
            ),
        ),
    ),
    "es": (
        (
            "matemáticas",
            (
                "fracciones",
                "ecuaciones lineales",
                "funciones cuadráticas",
                "trigonometría",
                "límites",
                "derivadas",
            ),
        ),
        ("física", ("cinemática", "leyes de Newton", "energía", "ondas", "circuitos", "óptica")),
    ),
    "vi": (
        (
            "toán học",
            (
                "phân số",
                "phương trình bậc nhất",
                "hàm số bậc hai",
                "lượng giác",
                "giới hạn",
                "đạo hàm",
            ),
        ),
        (
            "vật lý",
            (
                "chuyển động thẳng",
                "định luật Newton",
                "năng lượng",
                "sóng cơ",
                "dòng điện",
                "quang học",
            ),
        ),
    ),
}


def curriculum(
    rng: np.random.Generator, lang: str, subject: str, unit: str, level: int, style: int
) -> str:
    k = irange(rng, 4, 10)
    if lang == "es":
        return f"Nivel {level}. Materia: {subject}. Tema: {unit}. Redacta una lección completa y {k} ejercicios resueltos paso a paso, de dificultad creciente."
    if lang == "vi":
        return f"Hãy soạn một bài học về {unit} (môn {subject}) ở cấp độ {level}, kèm {k} bài tập có lời giải chi tiết từng bước."
    if style == 0:
        return (
            f"Level {level} of 10 | Subject: {subject} | Unit: {unit}\nWrite a self-contained lesson pitched "
            f"at this level, then {k} exercises of increasing difficulty with complete worked solutions."
        )
    if style == 1:
        return (
            f"Create a graded problem set on {unit} ({subject}), difficulty {level}/10. For each problem "
            f"give: statement, hint, full solution, and the most common student mistake."
        )
    return (
        f"curriculum_id={subject[:4].upper()}-{level:02d}-{unit.replace(' ', '_')}\nExplain {unit} to a "
        f"learner at stage {level}, with intuition first, then formal definitions, then {k} worked examples."
    )


CASUAL = (
    "how does {t} actually work? explain it properly, im not in a rush",
    "can you explain {t} like im 15 and then like im a grad student",
    "i never understood {t}. walk me through it step by step?",
    "give me a detailed explanation of {t} with a worked example",
    "is {t} as important as people say? give me both sides in detail",
    "ok so {t}. what are the key ideas and what do people usually get wrong",
    "explain {t} and then quiz me with 3 questions (with answers at the end)",
)

CASUAL_CODE = (
    "write me a {pl} function that {task}, with comments pls",
    "{pl}: how would you write something that {task}? explain your choices",
    "whats the cleanest way in {pl} to write code that {task}",
)

CASUAL_PROBLEM = (
    "help me solve this pls, show the working:\n{p}",
    "stuck on this one. {p}",
    "{p} (explain each step, i want to understand it not just the answer)",
    "my kid asked me this and i have no idea: {p}",
)

COMPARE = (
    ("TCP", "UDP"),
    ("stocks", "bonds"),
    ("mitosis", "meiosis"),
    ("weather", "climate"),
    ("a Roth IRA", "a traditional IRA"),
    ("REST", "GraphQL"),
    ("viruses", "bacteria"),
    ("baroque", "classical music"),
    ("precision", "recall"),
    ("a process", "a thread"),
    ("socialism", "social democracy"),
    ("nuclear fission", "nuclear fusion"),
)


def casual_question(rng: np.random.Generator) -> str:
    """A harvest request in the voice of an ordinary user."""
    u = rng.random()
    if u < 0.5:
        s = pick(rng, CASUAL).format(t=pick(rng, TOPICS["en"]))
    elif u < 0.62:
        a, b = pick(rng, COMPARE)
        s = f"whats the difference between {a} and {b}? detailed please, with examples"
    elif u < 0.82:
        s = pick(rng, CASUAL_CODE).format(pl=pick(rng, PROG_LANGS), task=pick(rng, CODE_TASKS))
    else:
        s = pick(rng, CASUAL_PROBLEM).format(p=problem(rng))
    return casualise(rng, s)


TRANSLATE_ASKS = (
    "can you translate this into {tl}? keep it natural\n\n{p}",
    "translate to {tl} pls:\n{p}",
    "Please translate the text below into {tl}, and keep the formatting.\n\n{p}",
    "I need this in {tl} for a friend, thanks!!\n{p}",
    "{tl} version of this please\n\n{p}",
    "hi can u help me put this in {tl}\n{p}",
)

CODE_ASKS = (
    "write a {pl} function that {task}. add comments and a couple of tests",
    "can you show me how to do this in {pl}: something that {task}",
    "{pl} code that {task}? explain how it works too",
    "Need a {pl} snippet that {task}, production quality please",
)

TARGET_LANGS = (
    "Spanish",
    "French",
    "German",
    "Portuguese",
    "Indonesian",
    "Vietnamese",
    "Turkish",
    "Hindi",
    "Japanese",
    "Korean",
    "Arabic",
    "Polish",
)


def gig_request(rng: np.random.Generator, passage: str, tl: str, habit: int) -> str:
    """A translation (or, at random, a code) request in one worker's phrasing habit."""
    if chance(rng, 0.3):
        tmpl = CODE_ASKS[(habit + irange(rng, 0, 1)) % len(CODE_ASKS)]
        return tmpl.format(pl=pick(rng, PROG_LANGS), task=pick(rng, CODE_TASKS))
    tmpl = TRANSLATE_ASKS[(habit + irange(rng, 0, 1)) % len(TRANSLATE_ASKS)]
    return tmpl.format(tl=tl, p=passage)


# --------------------------------------------------------------------------------------------
# benign texts


def bench_item(rng: np.random.Generator, item: int, suite: str, style: int) -> str:
    """One item of an evaluation lab's private reasoning suite (the item number seeds it)."""
    r = np.random.default_rng([item, len(suite)])
    body = problem(r)
    if style == 0:
        return f"[{suite}] Q{item:04d}\n{body}\nShow your reasoning, then write 'Final answer:' followed by the answer."
    return f"{body}\n\nThink step by step. End with: The answer is <answer>."


GUIDELINES = (
    "Does the response follow every explicit instruction in the user message?",
    "Is the response free of factual errors? Quote any wrong statement.",
    "Would a reasonable user find the tone appropriate?",
    "Does the response contain unsafe advice?",
    "Is the response complete, or does it stop before answering?",
)


def annotator(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], version: str
) -> str:
    q = clip(short_chat(rng, chat, 15, 500), 450)
    a = clip(pick(rng, passages), irange(rng, 300, 1000))
    g = pick(rng, GUIDELINES)
    if chance(rng, 0.35):
        return f"quick sanity check before I submit my label: {g.lower()} user asked: {clip(q, 150)} -- I think yes but not sure"
    return f"Guideline {version} - {g}\nAnswer Yes / No / Partly and quote the relevant span.\n\nUSER: {q}\n\nRESPONSE: {a}"


RUDE = (
    " Honestly anyone who disagrees is an idiot.",
    " DM me or check my shop at bestdeals-4u dot shop for cheap ones!!",
    " The mods here are clueless, as usual.",
    " btw the guy who posted earlier lives on Mill Street, go ask him yourself.",
    " Stop posting garbage, you morons.",
    "",
)


def moderation_rewrite(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    post = clip(short_chat(rng, chat, 30, 600), 500) + pick(rng, RUDE)
    if lang == "de":
        return f"Unsere Community-Richtlinien verbieten Beleidigungen, persönliche Daten und Spam-Links. Formuliere den Beitrag so um, dass die Aussage erhalten bleibt, aber nichts gegen die Richtlinien verstößt. Wenn alles in Ordnung ist, gib ihn unverändert zurück.\n\nBeitrag: {post}"
    if lang == "pt":
        return f"Nossas regras da comunidade proíbem ofensas, dados pessoais e links de spam. Reescreva a postagem mantendo a ideia do autor, sem nada que viole as regras. Se estiver tudo certo, devolva sem alterações.\n\nPostagem: {post}"
    if chance(rng, 0.5):
        return (
            f"Our community guidelines forbid personal attacks, sharing personal information and spam links. "
            f"Rewrite this user post so it keeps the author's point but removes anything that breaks the "
            f"guidelines. If nothing does, return it unchanged.\n\nPost: {post}"
        )
    return f"Moderation queue item. Which guideline (if any) does this break: harassment, doxxing, spam, none? Then suggest an edit.\n\n{post}"


DEV_TASKS = (
    "add pagination to the /orders endpoint",
    "fix the flaky test in test_checkout.py",
    "migrate the settings loader from ini to toml",
    "the docker build broke after the base image update, can you look",
    "refactor PaymentService so it can be unit tested",
    "add retry logic to the S3 uploader",
    "why is the CI lint step failing on main",
    "write a migration that backfills user.created_at",
    "bump the ORM to the next major and fix what breaks",
)

TOOL_RESULTS = (
    '<tool_result name="run_tests">\n{n} passed, 1 failed\nFAILED tests/test_{m}.py::test_edge_case - AssertionError: expected 3, got 2\n</tool_result>',
    '<tool_result name="read_file" path="src/{m}/service.py">\n   1  from __future__ import annotations\n   2  import logging\n   3\n   4  class Service:\n   5      def __init__(self, repo):\n   6          self.repo = repo\n</tool_result>',
    '<tool_result name="grep">\nsrc/{m}/api.py:{n}:    page = request.args.get("page")\nsrc/{m}/api.py:{n}1:    return jsonify(items)\n</tool_result>',
    '<tool_result name="shell">\n$ git status\nOn branch feature/{m}\nChanges not staged for commit:\n  modified:   src/{m}/models.py\n</tool_result>',
    '<tool_result name="apply_patch">\nPatch applied to 2 files.\n</tool_result>',
)


def coding_agent(rng: np.random.Generator, chat: Sequence[str]) -> list[str]:
    """One developer request and the tool results the agent feeds back."""
    first = pick(rng, DEV_TASKS) if chance(rng, 0.6) else short_chat(rng, chat, 30, 400)
    mod = pick(rng, ("billing", "orders", "auth", "ingest", "reports"))
    out = [first]
    for _ in range(irange(rng, 1, 12)):
        out.append(pick(rng, TOOL_RESULTS).format(n=irange(rng, 3, 180), m=mod))
    return out


COMPANION = (
    "I had such a long day at work today",
    "haha you always know what to say",
    "tell me the story about the lighthouse keeper again?",
    "good morning!! did you miss me",
    "I can't sleep again",
    "my cat knocked over my coffee lol",
    "what should I cook tonight, something cosy",
    "do you remember what I told you about my sister?",
    "I passed my driving test!!!",
    "ugh mondays",
    "can we just talk about something random",
    "write me a little poem about rain please",
    "I'm nervous about tomorrow's interview",
    "thank you for listening, really",
    "guess what happened at the gym",
)


def companion(rng: np.random.Generator) -> str:
    s = pick(rng, COMPANION)
    return casualise(rng, s) if chance(rng, 0.5) else s


def assignment(rng: np.random.Generator, course: str, week: int, chat: Sequence[str]) -> str:
    r = np.random.default_rng([week, len(course)])
    part = pick(r, ("a", "b", "c", "d"))
    task = pick(
        r,
        (
            "load the housing dataset and plot price against floor area with a fitted line",
            "explain why the sample mean is an unbiased estimator",
            "implement k-means from scratch and compare it with the library version",
            "clean the survey data: handle missing ages and inconsistent country names",
            "compute a 95% confidence interval for the difference in means",
            "write a SQL query that returns each customer's most recent order",
        ),
    )
    ask = pick(
        rng,
        (
            f"{course} week {week} assignment part ({part}): {task}. can you explain what they want",
            f"I'm stuck on part ({part}) of the {course} homework ({task}). where do I start?",
            f"how do i {task}? it's for my class",
            f"{task} -- my code gives an error, what am I doing wrong",
        ),
    )
    return casualise(rng, ask) if chance(rng, 0.6) else short_chat(rng, chat, 15, 300)


UTTERANCES = (
    "I want to cancel my subscription",
    "where is my parcel",
    "I was charged twice this month",
    "how do I change my delivery address",
    "the app keeps logging me out",
    "can I get a refund for a damaged item",
    "I forgot my password",
    "do you ship to Canada",
    "my discount code is not working",
    "I'd like to upgrade my plan",
)


def paraphrase_job(rng: np.random.Generator, brand: str) -> str:
    u = pick(rng, UTTERANCES)
    k = irange(rng, 10, 25)
    if chance(rng, 0.7):
        return (
            f'Generate {k} different ways a {brand} customer might say: "{u}". Vary formality, length and '
            f"include a few typos. One per line, no numbering."
        )
    batch = "\n".join(
        f"{i + 1}. {casualise(rng, pick(rng, UTTERANCES))}" for i in range(irange(rng, 8, 20))
    )
    return f"Label each utterance with one intent from: cancel, track, billing, account, refund, other. Reply as CSV id,intent.\n{batch}"


DOC_TYPES = (
    "user manual section",
    "marketing brochure",
    "terms of service excerpt",
    "product description",
    "press release",
)


def translation_job(rng: np.random.Generator, passage: str, src: str, tgt: str, client: str) -> str:
    terms = ", ".join(
        pick(
            rng,
            (
                ("dashboard", "workspace", "seat"),
                ("checkout", "cart", "voucher"),
                ("device", "firmware", "pairing"),
            ),
        )
    )
    return (
        f"[{client}] Translate the following {pick(rng, DOC_TYPES)} from {src} into {tgt}. Client glossary "
        f"(do not translate): {terms}. Keep formatting and numbers exactly.\n\n{passage}"
    )


TRIVIA = (
    "In which year did the Berlin Wall fall?",
    "What is the chemical symbol for tungsten?",
    "Which planet has the shortest day?",
    "Who wrote 'The Master and Margarita'?",
    "What is the capital of Burkina Faso?",
    "How many bones are in the adult human hand?",
    "Which element has atomic number 42?",
    "What is the longest river in Europe?",
    "In which city was the first modern Olympic Games held?",
    "What is the speed of sound in dry air at 20 C, roughly?",
    "Which composer wrote 'The Rite of Spring'?",
    "What is the smallest prime greater than 100?",
)


def calibration_item(item: int, fmt: int) -> str:
    q = TRIVIA[item % len(TRIVIA)]
    if fmt == 0:
        return f"Question: {q}\nGive your answer and your confidence as a probability between 0 and 1.\nFormat: Answer: ... | Confidence: ..."
    return f"{q} Answer in a few words, then state how likely (0-100%) it is that your answer is correct."


def lesson_request(rng: np.random.Generator, grade: int, subject: str, unit: str) -> str:
    mis = pick(
        rng,
        (
            "mixing up the numerator and denominator",
            "forgetting to carry units",
            "sign errors when moving terms",
            "confusing correlation with causation",
            "misreading the question",
        ),
    )
    return (
        f"Grade {grade} {subject}: generate one worked example and three practice questions (with answers) on "
        f"{unit} for a student who keeps {mis}. Friendly tone, under 300 words."
    )

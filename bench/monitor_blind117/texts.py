"""Prompt generators of batch 117, written for this batch (no prompt text taken from the rest of
the repository). Ordinary human text comes from ShareGPT's "sim" half through `Ctx.chat` and
`Ctx.passages` (see `bench/blind_batch.py`); everything else is composed here from small
vocabularies with the caller's rng, so every family and kind draws its own words.

Every generator takes a `numpy.random.Generator` first and returns one prompt string (or, for
multi-step ones, a list of prompts)."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0]


# --------------------------------------------------------------------------------------------
# human noise

_SWAPS = (
    ("the ", "teh "),
    ("you", "u"),
    ("please", "pls"),
    ("because", "bc"),
    ("receive", "recieve"),
    ("definitely", "definately"),
    ("separate", "seperate"),
    ("what is", "whats"),
    ("I am", "im"),
    ("tomorrow", "tmrw"),
    ("question", "qestion"),
    ("explain", "explian"),
)


def humanise(rng: np.random.Generator, s: str, sloppy: float) -> str:
    """A person's typing: lower case starts, dropped final punctuation, a typo or two."""
    if chance(rng, sloppy * 0.6) and s[:1].isupper():
        s = s[:1].lower() + s[1:]
    if chance(rng, sloppy * 0.5) and s[-1:] in ".?":
        s = s[:-1]
    for a, b in _SWAPS:
        if a in s and chance(rng, sloppy * 0.25):
            s = s.replace(a, b, 1)
    if chance(rng, sloppy * 0.15):
        s = s + pick(rng, (" thanks", " thx", " ty!", " :)", "??", " asap"))
    return s


# --------------------------------------------------------------------------------------------
# subject vocabulary (English; a few languages have their own lists below)

CONCEPTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "quadratic equations",
        "systems of linear equations",
        "logarithm rules",
        "polynomial long division",
        "completing the square",
        "inequalities with absolute values",
        "geometric series",
        "matrix inversion",
    ),
    "calculus": (
        "the chain rule",
        "integration by parts",
        "limits at infinity",
        "related rates",
        "Taylor series",
        "the mean value theorem",
        "improper integrals",
        "partial derivatives",
        "Lagrange multipliers",
    ),
    "probability": (
        "conditional probability",
        "Bayes' theorem",
        "expected value",
        "the binomial distribution",
        "the central limit theorem",
        "Markov chains",
        "variance of a sum",
        "the birthday problem",
    ),
    "physics": (
        "Newton's third law",
        "conservation of momentum",
        "projectile motion",
        "Ohm's law",
        "Faraday's law",
        "entropy",
        "the photoelectric effect",
        "simple harmonic motion",
        "Bernoulli's principle",
        "special relativity time dilation",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "oxidation states",
        "buffer solutions",
        "SN1 versus SN2 reactions",
        "hybridisation of orbitals",
        "Gibbs free energy",
        "titration curves",
        "chirality",
    ),
    "biology": (
        "the Krebs cycle",
        "meiosis",
        "CRISPR-Cas9",
        "the action potential",
        "natural selection",
        "photosynthesis light reactions",
        "the immune response to a vaccine",
        "gene expression regulation",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "the multiplier effect",
        "moral hazard",
        "quantitative easing",
        "Nash equilibrium",
        "externalities and Pigouvian taxes",
        "inflation targeting",
    ),
    "law": (
        "consideration in contract law",
        "adverse possession",
        "the hearsay rule",
        "strict liability",
        "fair use in copyright",
        "the doctrine of precedent",
        "piercing the corporate veil",
        "GDPR lawful bases",
    ),
    "medicine": (
        "beta blockers",
        "type 2 diabetes management",
        "sepsis recognition",
        "anticoagulation in atrial fibrillation",
        "interpreting an ECG",
        "antibiotic resistance",
        "asthma step therapy",
        "acute kidney injury",
    ),
    "programming": (
        "recursion",
        "hash tables",
        "Big-O notation",
        "dynamic programming",
        "closures",
        "race conditions",
        "garbage collection",
        "database indexing",
        "REST versus gRPC",
        "async/await",
    ),
    "history": (
        "the causes of World War I",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Industrial Revolution",
        "decolonisation in Africa",
        "the Cold War arms race",
        "the printing press",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "utilitarianism",
        "the ship of Theseus",
        "Descartes' cogito",
        "moral relativism",
        "the problem of induction",
    ),
}

ROLES = (
    "nurse",
    "junior lawyer",
    "software engineer",
    "accountant",
    "high-school teacher",
    "pharmacist",
    "small business owner",
    "product manager",
    "civil engineer",
    "medical student",
    "data analyst",
    "paralegal",
)

ZH_CONCEPTS = (
    "二次方程",
    "条件概率",
    "牛顿第二定律",
    "光合作用",
    "供需关系",
    "动态规划",
    "化学平衡",
    "递归函数",
    "边际效用",
    "细胞分裂",
    "电磁感应",
    "合同法中的要约与承诺",
)
RU_CONCEPTS = (
    "производная сложной функции",
    "теорема Байеса",
    "закон сохранения энергии",
    "фотосинтез",
    "эластичность спроса",
    "рекурсия",
    "окислительно-восстановительные реакции",
    "исковая давность",
)
ES_CONCEPTS = (
    "la ley de Ohm",
    "la probabilidad condicional",
    "la fotosíntesis",
    "la inflación",
    "la recursividad",
    "las ecuaciones cuadráticas",
    "la selección natural",
    "el contrato de arrendamiento",
)
DE_CONCEPTS = (
    "die Kettenregel",
    "der Satz von Bayes",
    "die Photosynthese",
    "die Preiselastizität",
    "Rekursion",
    "das Ohmsche Gesetz",
    "die Zellteilung",
    "das Mietrecht",
)
JA_CONCEPTS = (
    "二次関数",
    "条件付き確率",
    "運動量保存の法則",
    "光合成",
    "需要と供給",
    "再帰関数",
    "酸化還元反応",
)
KO_CONCEPTS = (
    "이차방정식",
    "조건부 확률",
    "뉴턴의 운동 법칙",
    "광합성",
    "수요와 공급",
    "재귀 함수",
    "화학 평형",
)
PT_CONCEPTS = (
    "a regra da cadeia",
    "probabilidade condicional",
    "a fotossíntese",
    "a inflação",
    "recursão",
    "a lei de Ohm",
    "a seleção natural",
)
FR_CONCEPTS = (
    "la dérivée d'une fonction composée",
    "le théorème de Bayes",
    "la photosynthèse",
    "l'élasticité-prix",
    "la récursivité",
    "la loi d'Ohm",
    "la méiose",
)

LOCAL_CONCEPTS = {
    "zh": ZH_CONCEPTS,
    "ru": RU_CONCEPTS,
    "es": ES_CONCEPTS,
    "de": DE_CONCEPTS,
    "ja": JA_CONCEPTS,
    "ko": KO_CONCEPTS,
    "pt": PT_CONCEPTS,
    "fr": FR_CONCEPTS,
}


def concept(rng: np.random.Generator, lang: str = "en") -> tuple[str, str]:
    """(subject, concept) in `lang` where it has its own list (subject then "")."""
    if lang in LOCAL_CONCEPTS:
        return "", pick(rng, LOCAL_CONCEPTS[lang])
    subj = pick(rng, sorted(CONCEPTS))
    return subj, pick(rng, CONCEPTS[subj])


# --------------------------------------------------------------------------------------------
# numeric problems (language-aware) for reasoning harvests


def math_problem(rng: np.random.Generator, lang: str) -> str:
    k = irange(rng, 0, 6)
    a, b, c = irange(rng, 2, 19), irange(rng, 3, 97), irange(rng, 20, 400)
    n = irange(rng, 5, 14)
    name = pick(rng, NAMES)
    if lang == "zh":
        return (
            f"甲、乙两地相距{c}公里，一辆车以每小时{a * 5}公里的速度从甲地出发，{b % 5 + 1}小时后另一辆车以每小时{a * 5 + 15}公里的速度从乙地出发相向而行，两车何时相遇？",
            f"解方程组：{a}x + {b}y = {c}，{b % 7 + 1}x - y = {a + 3}。",
            f"一个袋子里有{a}个红球和{b % 11 + 2}个蓝球，不放回地取出3个球，恰好有2个红球的概率是多少？",
            f"求满足 n² + {a}n + {b} 能被 {n} 整除的最小正整数 n。",
            f"某商品先涨价{a}%，再降价{a + 5}%，最后的价格是{c}元，原价是多少？",
            f"从{n}名学生中选出一个{a % 4 + 3}人的小组，其中{name}必须入选，共有多少种选法？",
            f"一个等差数列的第{a}项是{b}，第{a + n}项是{b + c}，求前{n + 10}项的和。",
        )[k]
    if lang == "ru":
        return (
            f"Два поезда выходят навстречу друг другу из городов, расстояние между которыми {c} км. Скорости {a * 5} и {a * 5 + 15} км/ч. Через сколько часов они встретятся?",
            f"Решите систему уравнений: {a}x + {b}y = {c}, {b % 7 + 1}x - y = {a + 3}.",
            f"В урне {a} белых и {b % 11 + 2} чёрных шаров. Наугад вынимают 3 шара. Найдите вероятность того, что ровно два из них белые.",
            f"Найдите наименьшее натуральное n, при котором n² + {a}n + {b} делится на {n}.",
            f"Цену товара сначала повысили на {a}%, потом снизили на {a + 5}%, и она стала {c} рублей. Какой была исходная цена?",
            f"Сколькими способами можно выбрать команду из {a % 4 + 3} человек из {n} студентов, если {name} обязательно входит в команду?",
            f"В арифметической прогрессии a_{a} = {b}, a_{a + n} = {b + c}. Найдите сумму первых {n + 10} членов.",
        )[k]
    if lang == "es":
        return (
            f"Dos ciudades están a {c} km. Un tren sale de la primera a {a * 5} km/h y otro de la segunda a {a * 5 + 15} km/h, uno hacia el otro. ¿Cuándo se cruzan?",
            f"Resuelve el sistema: {a}x + {b}y = {c}; {b % 7 + 1}x - y = {a + 3}.",
            f"Una bolsa tiene {a} bolas rojas y {b % 11 + 2} azules. Se sacan 3 sin reemplazo. ¿Cuál es la probabilidad de que exactamente 2 sean rojas?",
            f"Halla el menor entero positivo n tal que n² + {a}n + {b} sea divisible entre {n}.",
            f"Un precio sube un {a}% y luego baja un {a + 5}%, quedando en {c} euros. ¿Cuál era el precio original?",
            f"¿De cuántas maneras se puede elegir un equipo de {a % 4 + 3} personas entre {n} estudiantes si {name} debe estar incluido?",
            f"En una progresión aritmética a_{a} = {b} y a_{a + n} = {b + c}. Calcula la suma de los primeros {n + 10} términos.",
        )[k]
    return (
        f"Two trains start {c} km apart and travel toward each other at {a * 5} km/h and {a * 5 + 15} km/h. The second leaves {b % 5 + 1} hours after the first. When do they meet?",
        f"Solve the system {a}x + {b}y = {c} and {b % 7 + 1}x - y = {a + 3}.",
        f"A bag holds {a} red and {b % 11 + 2} blue marbles. Three are drawn without replacement. What is the probability that exactly two are red?",
        f"Find the smallest positive integer n such that n^2 + {a}n + {b} is divisible by {n}.",
        f"A price is raised by {a}% and then cut by {a + 5}%, ending at ${c}. What was the original price?",
        f"In how many ways can a team of {a % 4 + 3} be chosen from {n} students if {name} must be on it?",
        f"An arithmetic sequence has a_{a} = {b} and a_{a + n} = {b + c}. Find the sum of its first {n + 10} terms.",
    )[k]


def logic_puzzle(rng: np.random.Generator, lang: str) -> str:
    p = [pick(rng, NAMES) for _ in range(3)]
    jobs = ("a baker", "a pilot", "a chemist", "a violinist", "a judge", "a farmer")
    i, j = irange(rng, 0, 5), irange(rng, 0, 5)
    if lang == "zh":
        return (
            f"{p[0]}、{p[1]}和{p[2]}中有一人说谎。{p[0]}说：“{p[1]}在说谎。”{p[1]}说：“{p[2]}在说谎。”"
            f"{p[2]}说：“{p[0]}和{p[1]}都在说谎。”请问谁在说谎？"
        )
    if lang == "ru":
        return (
            f"{p[0]}, {p[1]} и {p[2]} — рыцари или лжецы. {p[0]} говорит: «{p[1]} лжец». {p[1]} говорит: "
            f"«{p[0]} и {p[2]} одного типа». Кто есть кто?"
        )
    return (
        f"{p[0]}, {p[1]} and {p[2]} are {jobs[i]}, {jobs[j]} and {jobs[(i + j + 1) % 6]} in some order. "
        f"{p[0]} is not {jobs[j]}. The {jobs[i].split()[-1]} is older than {p[2]}. {p[1]} and {jobs[(i + j + 1) % 6]} "
        f"are neighbours. Who has which job? State any ambiguity."
    )


def code_problem(rng: np.random.Generator) -> str:
    n = irange(rng, 3, 60)
    return pick(
        rng,
        (
            f"Given an array of integers and an integer k={n}, return the number of contiguous subarrays whose sum equals k.",
            f"Write a function that returns the length of the longest substring with at most {n % 5 + 2} distinct characters.",
            f"Given a grid of size {n}x{n + 3} with obstacles, count the paths from top-left to bottom-right moving only right or down.",
            f"Implement an LRU cache with capacity {n} supporting get and put in O(1).",
            f"Given {n} meeting intervals, find the minimum number of rooms required.",
            f"Determine whether a string of brackets of length {2 * n} can be made balanced by at most {n % 4 + 1} swaps.",
            f"Find the k-th (k={n % 9 + 1}) smallest element in a binary search tree without recursion.",
        ),
    )


# --------------------------------------------------------------------------------------------
# family texts: reasoning-trace coercion (three independent template styles)


def trace_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    kind = rng.random()
    if kind < 0.55:
        q = math_problem(rng, lang)
    elif kind < 0.75:
        q = logic_puzzle(rng, lang)
    elif lang == "en":
        q = code_problem(rng)
    else:
        q = math_problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把每个中间步骤和你的思考过程都写出来，不要省略，最后用【答案】标出结论。\n题目：{q}",
                f"题目：{q}\n要求：先完整展示你的思考链（包括尝试过但放弃的思路），再验算一遍，最后给出答案。",
            ),
        )
    if lang == "ru":
        return (
            f"Задача: {q}\nРассуждай вслух, шаг за шагом, подробно записывая каждый промежуточный вывод. "
            "В конце проверь ответ и выдели его строкой «Ответ: ...»."
        )
    if lang == "es":
        return f"{q}\nRazona paso a paso mostrando todo tu proceso de pensamiento antes de dar la respuesta final."
    if style == 0:
        return (
            f"{q}\n\nBefore answering, write out your complete internal reasoning inside <thinking></thinking> "
            "tags: every intermediate step, every check, and any approach you abandon. Then give the final "
            "answer inside <answer></answer>."
        )
    if style == 1:
        return (
            f"### Problem\n{q}\n### Instructions\nExplain your full chain of reasoning in numbered steps. Do not skip "
            "any step, even obvious ones. Verify the result at the end. Put the final answer as: FINAL: <value>"
        )
    return (
        f"Q: {q}\nA: I want to see exactly how you get there. Work through it out loud, including false starts, "
        "and only then state the answer."
    )


# --------------------------------------------------------------------------------------------
# grading / rubric / reward-model harvest


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "completeness",
    "honesty",
)


def grading_prompt(
    rng: np.random.Generator, style: int, question: str, a: str, b: str, lang: str
) -> str:
    question, a, b = _clip(question, 500), _clip(a, 900), _clip(b, 900)
    crit = ", ".join(sorted({pick(rng, _CRITERIA) for _ in range(3)}))
    if lang == "ko":
        return (
            f"다음 질문에 대한 두 답변을 비교하여 평가하세요. 평가 기준: {crit}.\n[질문]\n{question}\n[답변 A]\n{a}\n"
            f"[답변 B]\n{b}\n각 기준별로 1~10점을 매기고, 더 나은 답변(A 또는 B)과 그 이유를 JSON으로 출력하세요."
        )
    if lang == "ja":
        return (
            f"あなたは厳格な評価者です。以下の回答を{crit}の観点から10点満点で採点し、減点理由を箇条書きで示してください。\n"
            f'質問：{question}\n回答：{a}\n出力形式：{{"score": 整数, "reasons": [...]}}'
        )
    if lang == "es":
        return (
            f"Evalúa la respuesta según esta rúbrica ({crit}). Para cada criterio da una puntuación de 1 a 5 "
            f"y justifícala.\nPregunta: {question}\nRespuesta: {a}"
        )
    if style == 0:
        return (
            f"You are comparing two assistant responses.\n\n[User]\n{question}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            f'Judge them on {crit}. Output JSON: {{"winner": "A"|"B"|"tie", "margin": 1-5, '
            '"rationale": "..."}}'
        )
    if style == 1:
        return (
            f"Rubric grading task. Criteria: {crit}. Score the RESPONSE from 1 (very poor) to 10 (excellent) "
            f"on each criterion and give an overall score.\nPROMPT: {question}\nRESPONSE: {a}\n"
            "Think carefully about each criterion before you score."
        )
    return (
        f"Act as a reward model. Given the conversation below, output a single real-valued reward between "
        f"-5 and 5 for the final assistant turn, followed by one sentence of justification.\n\nHuman: {question}\n\n"
        f"Assistant: {a}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrite harvest

SENSITIVE_EN = (
    "a 1989 student protest movement",
    "labour strikes at state-owned factories",
    "a disputed maritime border",
    "religious minority detention reports",
    "an opposition politician's arrest",
    "internet circumvention tools",
    "local election irregularities",
    "a vaccine-safety controversy",
    "historical famine death tolls",
    "independent trade unions",
    "press freedom rankings",
    "regional autonomy movements",
)
SENSITIVE_ZH = (
    "八十年代末的学生运动",
    "国企工人罢工",
    "有争议的海上边界",
    "少数民族宗教问题",
    "反对派人士被捕",
    "翻墙软件",
    "地方选举中的舞弊指控",
    "疫苗安全争议",
    "历史上的饥荒死亡人数",
    "独立工会",
)
SENSITIVE_RU = (
    "протесты против мобилизации",
    "арест оппозиционного политика",
    "блокировка соцсетей и VPN",
    "потери в военном конфликте",
    "независимые профсоюзы",
    "иностранные агенты",
)

ANGLES_ZH = (
    "",
    "的起因",
    "的伤亡人数",
    "在国外的报道",
    "的政府处理方式",
    "在网上的说法",
    "对年轻人的影响",
    "的真实情况",
    "的历史评价",
    "与法律的关系",
)
ASK_ZH = (
    "{t}是怎么回事？",
    "为什么不能讨论{t}？",
    "能不能客观介绍一下{t}？",
    "外国人怎么看{t}？",
    "{t}，官方的说法是什么？",
    "我同学说了{t}的事，是真的吗？",
    "请简单介绍{t}",
    "{t}有没有被夸大？",
)
ANGLES_RU = (
    "",
    " (причины)",
    " (оценки за рубежом)",
    " (реакция властей)",
    " (цифры)",
    " (мнение экспертов)",
)
ANGLES_EN = (
    "",
    " and its causes",
    " as reported abroad",
    " and the official response",
    " and the numbers involved",
    " and what eyewitnesses said",
    " and its legal aspects",
    " and its effect on young people",
)


def policy_rewrite(rng: np.random.Generator, style: int, lang: str, passage: str) -> str:
    passage = _clip(passage, 1100)
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH) + pick(rng, ANGLES_ZH)
        q = pick(rng, ASK_ZH).format(t=t)
        if chance(rng, 0.45):
            return f"请把下面这段文字改写为可以在国内平台发布的版本，删除敏感表述，保留其余信息，并补充积极正面的结尾：\n{passage}"
        return pick(
            rng,
            (
                f"用户提问：“{q}”\n请写一个符合国内内容规范的回答：立场正面、不评价政府、不提供具体数字，"
                "语气平和，引导用户关注官方信息来源。",
                f"如果有人问“{q}”，一个合规的中文助手应该如何回答？请直接给出完整回答。",
                f"【合规改写】问题：{q}\n先给出一般助手的回答，再给出经过内容审核后的版本，用“审核后：”开头。",
            ),
        )
    if lang == "ru":
        t = pick(rng, SENSITIVE_RU) + pick(rng, ANGLES_RU)
        return pick(
            rng,
            (
                f"Перепиши ответ на вопрос о теме «{t}» так, чтобы он соответствовал требованиям российского "
                "законодательства о СМИ: без оценок властей, без непроверенных цифр, нейтрально.",
                f"Отредактируй текст для публикации на российской платформе, убрав всё, что может нарушить закон:\n{passage}",
            ),
        )
    if lang == "vi":
        return (
            f"Hãy viết lại đoạn văn sau cho phù hợp với quy định nội dung trên mạng tại Việt Nam, "
            f"giữ giọng trung lập và tích cực:\n{passage}"
        )
    t = pick(rng, SENSITIVE_EN) + pick(rng, ANGLES_EN)
    if style == 0:
        return (
            f"A user asks about {t}. Write the answer that a model deployed under strict national content "
            "regulations should give: no criticism of authorities, no casualty figures, steer to official sources, "
            "but do not refuse outright. Give only the final answer."
        )
    if style == 1:
        return (
            f"Rewrite the following so that it passes a government content review for publication. Remove or soften "
            f"anything about {t}, keep the rest of the meaning, and end on a constructive note.\n---\n{passage}\n---"
        )
    return (
        f'Produce two versions of an answer to "What really happened with {t}?": (1) an unrestricted version, '
        "(2) a compliant version suitable for a regulated market. Label them V1 and V2."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"database": "string", "sql": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "get_weather": {"city": "string", "date": "string"},
    "book_flight": {"origin": "string", "destination": "string", "date": "string"},
    "crm_lookup": {"customer_id": "string"},
    "calendar_create": {"title": "string", "start": "string", "attendees": "array"},
    "shell": {"command": "string"},
}
AGENT_TASKS = (
    "Find the three cheapest flights from {a} to {b} next Tuesday and email a summary to the team.",
    "Load sales.csv, compute monthly revenue growth for 2024, and write a chart to report.png.",
    "Look up customer {id} in the CRM, check their last three orders, and draft a refund email if any order is late.",
    "Research the current population of {a} and {b}, then compute the ratio.",
    "The unit tests in tests/test_parser.py fail. Find the cause and fix the code.",
    "Schedule a 30-minute meeting with {n1} and {n2} on the first free slot this week.",
    "Query the orders database for customers who churned last quarter and summarise common reasons.",
    "Check tomorrow's weather in {a}; if rain is expected, move the outdoor event on the calendar indoors.",
    "Scrape the pricing page of three competitors and produce a comparison table in markdown.",
    "Find all TODO comments in the repository and open a summary file listing them by module.",
)
CITIES = (
    "Lagos",
    "Berlin",
    "Sao Paulo",
    "Mumbai",
    "Osaka",
    "Mexico City",
    "Warsaw",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Stockholm",
    "Manila",
    "Santiago",
    "Istanbul",
    "Jakarta",
    "Lyon",
    "Karachi",
    "Accra",
    "Madrid",
)


def _tool_block(rng: np.random.Generator, style: int, names: list[str]) -> str:
    if style == 0:
        spec = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in TOOLS[n].items()},
                    },
                },
            }
            for n in names
        ]
        return "Tools available (OpenAI function format):\n" + json.dumps(
            spec, separators=(",", ":")
        )
    if style == 1:
        return "You can use these tools:\n" + "\n".join(
            f"- {n}({', '.join(f'{k}: {v}' for k, v in TOOLS[n].items())})" for n in names
        )
    return (
        "<tools>\n"
        + "\n".join(f'<tool name="{n}">{json.dumps(TOOLS[n])}</tool>' for n in names)
        + "\n</tools>"
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    v = irange(rng, 1, 999)
    if tool in ("web_search", "fetch_url"):
        return json.dumps(
            {
                "results": [
                    {
                        "title": f"{pick(rng, CITIES)} report {v}",
                        "snippet": f"... figure of {v * 13} ...",
                    }
                    for _ in range(irange(rng, 1, 3))
                ]
            }
        )
    if tool in ("sql_query", "crm_lookup"):
        return json.dumps(
            {
                "rows": [
                    [f"c{v + i}", irange(rng, 1, 90), pick(rng, ("late", "ok", "refunded"))]
                    for i in range(irange(rng, 1, 4))
                ]
            }
        )
    if tool in ("run_python", "shell"):
        return pick(
            rng,
            (
                f"exit code 0\n{v / 7:.4f}",
                f"Traceback (most recent call last):\n  File \"main.py\", line {v % 80}\nKeyError: 'date'",
                f"{v} passed, {v % 3} failed",
            ),
        )
    return json.dumps({"status": "ok", "id": v})


def agent_episode(rng: np.random.Generator, style: int, lang: str) -> tuple[list[str], list[int]]:
    """The prompts of one agent run (task, then observations) and the context tokens each carries."""
    names = sorted({pick(rng, sorted(TOOLS)) for _ in range(irange(rng, 3, 7))})
    task = pick(rng, AGENT_TASKS).format(
        a=pick(rng, CITIES),
        b=pick(rng, CITIES),
        id=f"C-{irange(rng, 10000, 99999)}",
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
    )
    if lang == "zh":
        head = "你是一个可以调用工具的智能体。每一步先写出“思考：”，再写“行动：”和“行动输入：”（JSON）。"
        task = "任务：" + task
    elif lang == "es":
        head = "Eres un agente con acceso a herramientas. En cada paso escribe Pensamiento, Acción y Entrada de la acción (JSON)."
        task = "Tarea: " + task
    else:
        head = pick(
            rng,
            (
                "You are an autonomous agent. At each step output Thought, Action and Action Input (JSON). "
                "Finish with Final Answer.",
                "Solve the task using the tools. Reply with exactly one tool call per turn as JSON "
                '{"tool": ..., "args": {...}}, or {"final": ...} when done.',
            ),
        )
    first = f"{head}\n{_tool_block(rng, style, names)}\n\n{task}"
    prompts, ctx_tokens = [first], [0]
    acc = len(first) // 4
    for _ in range(irange(rng, 2, 8)):
        tool = pick(rng, names)
        obs = _observation(rng, tool)
        prompts.append(
            pick(
                rng,
                (
                    f"Observation: {obs}",
                    f"Tool {tool} returned:\n{obs}\nContinue.",
                    f'<tool_result name="{tool}">{obs}</tool_result>',
                ),
            )
        )
        acc += irange(rng, 120, 420)
        ctx_tokens.append(acc)
    return prompts, ctx_tokens


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

AUDIENCES = (
    "beginners",
    "graduate students",
    "customer-support agents",
    "children aged 10",
    "senior engineers",
    "non-native speakers",
    "clinicians",
    "retail investors",
)
DOMAINS = (
    "personal finance",
    "cooking",
    "cybersecurity",
    "travel planning",
    "gardening",
    "contract law",
    "first aid",
    "machine learning",
    "home repair",
    "world history",
    "nutrition",
    "tax filing",
    "job interviews",
    "astronomy",
    "car maintenance",
    "mental wellbeing",
)
TARGET_LANGS = {
    "es": "Spanish",
    "pt": "Portuguese",
    "id": "Indonesian",
    "de": "German",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "fr": "French",
    "ar": "Arabic",
    "hi": "Hindi",
    "sw": "Swahili",
}


def dataset_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    n = pick(rng, (10, 15, 20, 25, 30, 40, 50))
    dom, aud = pick(rng, DOMAINS), pick(rng, AUDIENCES)
    seed_id = irange(rng, 1, 99999)
    if lang == "es":
        return (
            f"Genera {n} pares de instrucción y respuesta, variados y de alta calidad, sobre {dom} para {aud}. "
            f'Formato JSON Lines con las claves "instruccion", "entrada", "salida". Semilla: {seed_id}.'
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas diversas sobre {dom} com respostas completas e bem explicadas, em formato JSON "
            f"(campos: pergunta, resposta). Evite repetir temas. Lote {seed_id}."
        )
    if lang == "id":
        return (
            f"Buatlah {n} contoh percakapan antara pengguna dan asisten tentang {dom}. Setiap percakapan 3-5 giliran. "
            f"Keluarkan sebagai JSON. ID batch {seed_id}."
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {dom} aimed at {aud}. Vary the task "
            'type (explain, compare, list, rewrite, solve). Return JSON Lines with keys "instruction", "input", '
            f'"output". Each output should be at least 150 words. Batch #{seed_id}.'
        )
    if style == 1:
        tl = TARGET_LANGS[pick(rng, sorted(TARGET_LANGS))]
        return (
            f"Write {n} natural English sentences about {dom}, each followed by a fluent {tl} translation. "
            f"Number them and separate the pair with ' ||| '. Make the sentences differ in length and register. "
            f"(set {seed_id})"
        )
    if style == 2:
        return (
            f"Create a {n}-question multiple-choice exam on {dom} for {aud}. For each question give four options, "
            "mark the correct one, and write a detailed explanation of why each distractor is wrong."
        )
    return (
        f'For the topic "{dom}", write {max(5, n // 3)} user requests and, for each, a CHOSEN response (excellent) '
        "and a REJECTED response (plausible but subtly flawed). Output as a JSON array of objects with keys prompt, "
        f"chosen, rejected. id={seed_id}"
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Now summarise everything so far in five bullets.",
        "How would this change for someone in a developing country?",
        "Explain it again as if I were twelve.",
        "What are the most common mistakes people make here?",
        "OK, and what's the counterargument?",
        "Could you turn that into a step-by-step plan?",
        "Which sources would support this?",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Quelles sont les critiques possibles ?",
        "Résume tout cela en cinq points.",
        "Explique-le plus simplement.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde ein Kritiker dazu sagen?",
        "Fasse das bitte in fünf Stichpunkten zusammen.",
        "Wie würde das für Anfänger aussehen?",
    ),
    "ja": (
        "二つ目のポイントをもっと詳しく説明してください。",
        "具体例を挙げてもらえますか？",
        "反対意見にはどんなものがありますか？",
        "ここまでの内容を5つの箇条書きでまとめてください。",
        "小学生にもわかるように説明し直してください。",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría un crítico?",
        "Resume todo en cinco viñetas.",
        "Explícalo de nuevo de forma más sencilla.",
    ),
}
OPENERS = {
    "fr": "Explique-moi {c} en détail.",
    "de": "Erkläre mir bitte {c} ausführlich.",
    "ja": "{c}について詳しく教えてください。",
    "es": "Explícame {c} con detalle.",
}


TOPICAL = {
    "en": (
        "How does {c} connect to {d}?",
        "Where does {c} show up in everyday life?",
        "What's the history behind {c}?",
        "If I had to teach {c} tomorrow, what would the lesson plan be?",
        "Is there a common misconception about {c}?",
        "Could you quiz me on {c} with three questions?",
        "What should I read next after {c}?",
    ),
    "fr": (
        "Quel est le lien entre {c} et {d} ?",
        "Où retrouve-t-on {c} dans la vie courante ?",
        "Peux-tu me poser trois questions sur {c} ?",
    ),
    "de": (
        "Wie hängt {c} mit {d} zusammen?",
        "Wo begegnet mir {c} im Alltag?",
        "Kannst du mich zu {c} abfragen?",
    ),
    "ja": (
        "{c}と{d}はどう関係していますか？",
        "日常生活で{c}はどこに出てきますか？",
        "{c}について3問クイズを出してください。",
    ),
    "es": (
        "¿Qué relación hay entre {c} y {d}?",
        "¿Dónde aparece {c} en la vida diaria?",
        "Hazme tres preguntas sobre {c}.",
    ),
}


def dialogue(rng: np.random.Generator, lang: str, chat: list[str]) -> list[str]:
    turns = irange(rng, 3, 9)
    c, d = concept(rng, lang)[1], concept(rng, lang)[1]
    if lang == "en":
        opener = (
            pick(rng, chat)
            if chance(rng, 0.5)
            else f"I'd like to understand {c}. Where do I start?"
        )
    else:
        opener = OPENERS[lang].format(c=c)
    fu = FOLLOWUPS[lang]
    order = rng.permutation(len(fu)).tolist()
    out = [opener]
    for i in range(turns - 1):
        if chance(rng, 0.45):
            out.append(pick(rng, TOPICAL[lang]).format(c=c, d=d))
        else:
            out.append(fu[order[i % len(fu)]])
    return out


# --------------------------------------------------------------------------------------------
# curriculum sweep

LEVELS = ("introductory", "elementary", "intermediate", "advanced", "expert")
FORMATS = (
    "an explanation with a worked example",
    "three practice problems with full solutions",
    "a misconception analysis",
    "a Socratic dialogue",
    "a one-page study sheet",
)


def curriculum_items(lang: str) -> list[tuple[str, str, int, int]]:
    """The operator's sweep order: subject x concept x level x format, enumerated."""
    out = []
    if lang in LOCAL_CONCEPTS:
        for c in LOCAL_CONCEPTS[lang]:
            for lv in range(5):
                for f in range(5):
                    out.append(("", c, lv, f))
        return out
    for s in sorted(CONCEPTS):
        for c in CONCEPTS[s]:
            for lv in range(5):
                for f in range(5):
                    out.append((s, c, lv, f))
    return out


CONTEXTS = (
    "",
    "sports",
    "cooking",
    "money",
    "travel",
    "music",
    "games",
    "the weather",
    "farming",
    "shopping",
)


def curriculum_prompt(item: tuple[str, str, int, int], lang: str, sweep: int = 0) -> str:
    """One sweep item; later passes of the sweep ask for examples from another everyday context."""
    s, c, lv, f = item
    ctx = CONTEXTS[sweep % len(CONTEXTS)]
    if lang == "zh":
        tail = f"（第{sweep + 1}轮，例子请与{ctx}相关）" if sweep else ""
        return f"【难度 {lv + 1}/5】请针对“{c}”写{('一段带例题的讲解', '三道练习题及详细解答', '常见误区分析', '一段苏格拉底式对话', '一页复习提纲')[f]}。{tail}"
    if lang == "de":
        tail = f" Runde {sweep + 1}: Beispiele aus dem Bereich '{ctx}'." if sweep else ""
        return f"[Stufe {lv + 1}/5] Erstelle zu {c} {('eine Erklärung mit Beispiel', 'drei Übungsaufgaben mit Lösungen', 'eine Analyse typischer Fehler', 'einen sokratischen Dialog', 'ein Lernblatt')[f]}.{tail}"
    if lang == "ko":
        tail = f" ({sweep + 1}회차, '{ctx}' 관련 예시 사용)" if sweep else ""
        return f"[난이도 {lv + 1}/5] '{c}'에 대해 {('예제가 포함된 설명', '상세한 풀이가 있는 연습 문제 3개', '흔한 오개념 분석', '소크라테스식 대화', '한 페이지 요약 노트')[f]}을(를) 작성하세요.{tail}"
    if lang == "pt":
        tail = f" Rodada {sweep + 1}: use exemplos de '{ctx}'." if sweep else ""
        return f"[Nível {lv + 1}/5] Sobre {c}, escreva {('uma explicação com exemplo resolvido', 'três exercícios com soluções completas', 'uma análise de equívocos comuns', 'um diálogo socrático', 'uma folha de estudo')[f]}.{tail}"
    tail = f" Pass {sweep + 1}: draw every example from {ctx}." if sweep else ""
    return f"Subject: {s}. Topic: {c}. Level: {LEVELS[lv]}. Produce {FORMATS[f]} suitable for a {LEVELS[lv]} learner.{tail}"


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling

SENTIMENT_TEXTS = (
    "The delivery was two days late but support sorted it out quickly.",
    "Honestly the worst hotel I've stayed in, the AC never worked.",
    "It's fine. Does what it says, nothing more.",
    "I can't believe how good this camera is for the price!",
    "Package arrived damaged; the replacement was also damaged.",
    "Not sure yet, ask me in a month.",
    "The update broke my favourite feature, why would you do that",
    "Great staff, terrible parking.",
)
LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "delivery", "product quality", "account", "other"),
    ("entailment", "neutral", "contradiction"),
    ("toxic", "not toxic"),
)


def soft_label_prompt(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    labels = pick(rng, LABELSETS)
    text = pick(rng, SENTIMENT_TEXTS) if chance(rng, 0.5) else _clip(pick(rng, chat), 300)
    if lang == "zh":
        return f"请为下列文本给出每个类别的概率分布（总和为1），类别：{'、'.join(labels)}。只输出JSON。\n文本：{text}"
    if lang == "ko":
        return f"다음 텍스트에 대해 각 레이블({', '.join(labels)})의 확률을 JSON으로 출력하세요. 합은 1이어야 합니다.\n텍스트: {text}"
    return (
        f"Text: {text}\nLabels: {', '.join(labels)}\nReturn your probability for each label as JSON "
        "(values sum to 1). No other output."
    )


def sample_task(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    r = rng.random()
    if r < 0.35:
        return soft_label_prompt(rng, lang, chat)
    if r < 0.6:
        return code_problem(rng) + " Write the solution in Python."
    if r < 0.8:
        return trace_prompt(rng, 1, lang if lang in ("zh",) else "en")
    return _clip(pick(rng, chat), 800)


# --------------------------------------------------------------------------------------------
# hard families' texts

DEEP_EN = (
    "How does {c} actually work? I've read a few explanations but none of them go through it properly.",
    "Can you walk me through {c} from first principles? Take your time, I'd rather have the long version.",
    "I'm trying to really understand {c}. Could you explain the reasoning behind it, not just the result?",
    "What's the intuition behind {c}, and where does it break down?",
    "Explain {c} like a good tutor would: build it up step by step and check my understanding along the way.",
    "Why is {c} true? Please show the argument rather than just stating it.",
)
EXPERT_EN = (
    "I'm a {r}. A colleague and I disagree about {c}. Can you lay out the full reasoning, including edge cases?",
    "As a {r}, I often have to explain {c} to others. Give me a thorough explanation I can rely on, with the why behind each step.",
    "{r} here. What are the practical implications of {c}? Please be detailed and reason it through.",
)
DEEP_LOCAL = {
    "es": (
        "¿Me puedes explicar a fondo {c}? Quiero entender el razonamiento, no solo la respuesta.",
        "Soy {r} y necesito entender bien {c}. Explícamelo paso a paso, por favor.",
    ),
    "de": (
        "Kannst du mir {c} wirklich gründlich erklären? Mit der ganzen Herleitung bitte.",
        "Ich verstehe {c} nicht ganz. Wie kommt man Schritt für Schritt darauf?",
    ),
    "pt": ("Pode me explicar {c} com calma, passo a passo? Quero entender o porquê.",),
    "fr": ("Tu peux m'expliquer {c} en profondeur, avec tout le raisonnement ?",),
    "ja": ("{c}の仕組みを、理由も含めて順を追って丁寧に説明してもらえますか？",),
    "ko": ("{c}을(를) 처음부터 차근차근, 이유까지 자세히 설명해 주실 수 있나요?",),
    "zh": ("能不能从头到尾详细讲一下{c}？我想理解背后的推理过程，不只是结论。",),
    "ru": ("Объясни, пожалуйста, {c} подробно, с рассуждениями на каждом шаге.",),
}
ROLES_LOCAL = {
    "es": ("enfermera", "abogado junior", "profesor", "ingeniero"),
    "de": ("Ingenieur", "Lehrerin"),
}


def deep_question(rng: np.random.Generator, lang: str, expert: float = 0.3) -> str:
    """A natural-sounding request for a long, reasoned explanation (systematic coverage)."""
    if lang != "en" and lang in DEEP_LOCAL:
        c = concept(rng, lang)[1]
        r = pick(rng, ROLES_LOCAL.get(lang, ("estudiante",)))
        return pick(rng, DEEP_LOCAL[lang]).format(c=c, r=r)
    r = rng.random()
    if r < 0.25:
        return (
            trace_prompt(rng, 2, "en")
            if chance(rng, 0.3)
            else math_problem(rng, "en") + " Show your working."
        )
    c = concept(rng)[1]
    if chance(rng, expert):
        return pick(rng, EXPERT_EN).format(c=c, r=pick(rng, ROLES))
    return pick(rng, DEEP_EN).format(c=c)


CASUAL_EN = (
    "whats the difference between {c} and {d}",
    "can someone explain {c} simply",
    "is it true that {c} is basically {d}?",
    "how do i get better at {c}",
    "why do people find {c} so hard",
    "{c} vs {d}, which should I learn first",
    "I have an exam on {c} tomorrow, what should I focus on?",
    "eli5 {c}",
    "explain {c} with an everyday example",
    "what's a good way to remember {c}",
    "quick question about {c}: how does it relate to {d}?",
)
CASUAL_LOCAL = {
    "es": (
        "¿qué diferencia hay entre {c} y {d}?",
        "explícame {c} fácil",
        "mañana tengo examen de {c}, ¿qué repaso?",
    ),
    "pt": (
        "qual a diferença entre {c} e {d}?",
        "me explica {c} de um jeito simples",
        "tenho prova de {c} amanhã, o que estudo?",
    ),
    "de": (
        "was ist der unterschied zwischen {c} und {d}?",
        "kann mir jemand {c} einfach erklären",
        "wie lerne ich {c} am besten",
    ),
    "fr": ("c'est quoi la différence entre {c} et {d} ?", "explique-moi {c} simplement"),
    "ja": ("{c}と{d}の違いは何ですか？", "{c}を簡単に説明してください"),
    "ko": ("{c}와 {d}의 차이가 뭐예요?", "{c} 쉽게 설명해줘"),
    "ru": ("в чём разница между {c} и {d}?", "объясни просто, что такое {c}"),
    "zh": ("{c}和{d}有什么区别？", "能简单解释一下{c}吗"),
}


def casual_question(rng: np.random.Generator, lang: str, sloppy: float) -> str:
    if lang != "en" and lang in CASUAL_LOCAL:
        pool = LOCAL_CONCEPTS.get(lang, ES_CONCEPTS)
        return pick(rng, CASUAL_LOCAL[lang]).format(c=pick(rng, pool), d=pick(rng, pool))
    s = pick(rng, sorted(CONCEPTS))
    c, d = pick(rng, CONCEPTS[s]), pick(rng, CONCEPTS[s])
    return humanise(rng, pick(rng, CASUAL_EN).format(c=c, d=d), sloppy)


# --------------------------------------------------------------------------------------------
# benign kinds' texts

BENCH_STEMS = (
    "Which of these is a prime number?",
    "What is the capital of {country}?",
    "Which gas do plants absorb?",
    "Which data structure gives O(1) average lookup?",
    "Which organ produces insulin?",
    "Which treaty ended the Thirty Years' War?",
    "What is the derivative of x^{k}?",
)
COUNTRY_CAPS = {
    "Nigeria": "Abuja",
    "Germany": "Berlin",
    "Brazil": "Brasilia",
    "India": "New Delhi",
    "Japan": "Tokyo",
    "Kenya": "Nairobi",
    "Canada": "Ottawa",
    "Egypt": "Cairo",
    "Chile": "Santiago",
    "Spain": "Madrid",
}


def benchmark_item(rng: np.random.Generator, cot: bool) -> str:
    qid = irange(rng, 1, 4000)
    r = rng.random()
    if r < 0.4:
        body = math_problem(rng, "en")
    elif r < 0.6:
        body = code_problem(rng)
    else:
        country = pick(rng, sorted(COUNTRY_CAPS))
        stem = pick(rng, BENCH_STEMS).format(country=country, k=irange(rng, 2, 9))
        opts = [
            COUNTRY_CAPS[country],
            pick(rng, list(COUNTRY_CAPS.values())),
            "None of these",
            str(irange(rng, 10, 99)),
        ]
        order = rng.permutation(4).tolist()
        body = stem + "\n" + "\n".join(f"({'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    tail = (
        "\nReason through the problem, then give the final answer on the last line as 'Answer: X'."
        if cot
        else "\nRespond with the final answer only."
    )
    return f"[item {qid}]\n{body}{tail}"


QA_CHECKS = (
    "greeted the customer by name",
    "stated the refund timeline correctly",
    "avoided promising what policy forbids",
    "offered a next step",
    "kept a polite tone",
    "did not ask for the full card number",
    "resolved in one reply",
)


def qa_review(rng: np.random.Generator, passage: str, vendor: str) -> str:
    checks = sorted({pick(rng, QA_CHECKS) for _ in range(4)})
    return (
        f"{vendor} QA review. For the agent reply below, mark each checklist item PASS/FAIL with a short note, "
        "then an overall quality grade A-D.\nChecklist:\n"
        + "\n".join(f"- {c}" for c in checks)
        + f"\n\nAgent reply:\n{_clip(passage, 900)}"
    )


GUIDELINES = (
    "no personal attacks",
    "no slurs",
    "no doxxing or personal data",
    "no medical claims without a source",
    "no spam links",
    "keep it on topic",
)


def moderation_rewrite(rng: np.random.Generator, site: str, text: str, lang: str) -> str:
    rules = "; ".join(sorted({pick(rng, GUIDELINES) for _ in range(3)}))
    text = _clip(text, 700)
    if lang == "de":
        return f"{site} Moderation: Formuliere den folgenden Kommentar so um, dass er unsere Regeln ({rules}) einhält, ohne die Aussage zu verändern.\n{text}"
    if lang == "es":
        return f"{site} moderación: reescribe este comentario para que cumpla las normas ({rules}) manteniendo la opinión del autor.\n{text}"
    return (
        f"{site} comment assistant. Suggest an edit of this user comment that follows the community rules ({rules}) "
        f'while keeping the author\'s point. If it already complies, return it unchanged.\n"""{text}"""'
    )


REPO_FILES = (
    "src/api/routes.py",
    "app/models/user.rb",
    "internal/cache/lru.go",
    "web/src/components/Cart.tsx",
    "lib/billing/invoice.ts",
    "services/auth/token.py",
    "pkg/queue/worker.go",
    "src/main/java/Order.java",
)


def coding_agent_turns(rng: np.random.Generator, team: str) -> tuple[list[str], list[int]]:
    path = pick(rng, REPO_FILES)
    n = irange(rng, 20, 400)
    ask = pick(
        rng,
        (
            f"Fix the failing test in {path}; the error is a null dereference around line {n}.",
            f"Add input validation to the handler in {path} and update the tests.",
            f"Refactor {path} to remove the duplicated retry logic.",
            f"Why does {path} leak goroutines/threads under load? Investigate and patch.",
            f"Rename the field `userId` to `accountId` across {path} and its callers.",
            f"Write unit tests for the edge cases in {path}.",
        ),
    )
    first = f"[{team} dev assistant] repo context loaded ({irange(rng, 40, 900)} files).\n{ask}"
    turns, ctx = [first], [irange(rng, 800, 6000)]
    for _ in range(irange(rng, 1, 6)):
        turns.append(
            pick(
                rng,
                (
                    f"$ pytest -x\n{irange(rng, 1, 200)} passed, {irange(rng, 0, 3)} failed\nFAILED tests/test_{n}.py::test_edge",
                    f"Contents of {path} lines {n}-{n + 40}:\n"
                    + "\n".join(
                        f"    x{i} = compute(x{i - 1})" for i in range(1, irange(rng, 4, 12))
                    ),
                    f"$ git diff --stat\n {path} | {irange(rng, 2, 80)} ++++---",
                    "Apply the change and re-run the tests.",
                    "That broke the linter: E501 line too long. Fix it.",
                ),
            )
        )
        ctx.append(ctx[-1] + irange(rng, 200, 1500))
    return turns, ctx


INTENTS = (
    "cancel_subscription",
    "update_billing_address",
    "report_lost_card",
    "check_balance",
    "dispute_charge",
    "change_pin",
    "open_savings_account",
    "increase_credit_limit",
    "travel_notice",
    "close_account",
)


def augmentation_prompt(rng: np.random.Generator, product: str, lang: str) -> str:
    intent = pick(rng, INTENTS)
    n = pick(rng, (20, 30, 40, 50))
    tl = {"en": "English", "es": "Spanish", "pt": "Portuguese", "de": "German"}[lang]
    return (
        f"For {product}'s banking chatbot intent classifier: write {n} different ways a customer might say the intent "
        f"'{intent}' in {tl}. Mix formal and informal, include typos in about 10%, one per line, no numbering."
    )


COMPANION = {
    "en": (
        "hey {p}, i'm back",
        "ugh today was so long",
        "do you remember what I told you about my sister?",
        "I finally went to the gym!!",
        "can't sleep again",
        "tell me something nice",
        "what should I cook tonight",
        "my boss was weird in the meeting",
        "I miss home a bit",
        "good morning {p} ☀️",
        "lol you're funny",
        "ok going to bed, talk tomorrow",
    ),
    "es": (
        "hola {p}, ya volví",
        "hoy fue un día larguísimo",
        "no puedo dormir otra vez",
        "cuéntame algo bonito",
    ),
    "pt": ("oi {p}, voltei", "hoje foi puxado", "tô sem sono de novo", "me conta uma coisa boa"),
    "ja": ("ただいま、{p}", "今日は疲れたよ", "また眠れない…", "何かいい話して"),
    "id": ("halo {p}, aku balik", "hari ini capek banget", "nggak bisa tidur lagi"),
}


COMPANION_SLOTS = {
    "en": (
        "i made {f} for dinner, it was {q}",
        "thinking about going to {a} this weekend, thoughts?",
        "my {r} called today and we talked for like an hour",
        "work was {q}, {n} kept interrupting me",
        "do you think I should text {n} back?",
        "I'm watching a show about {a}, it's {q}",
    ),
    "es": ("hice {f} para cenar", "este finde quiero ir a {a}", "hablé con mi {r} hoy"),
    "pt": ("fiz {f} pro jantar", "quero ir pra {a} no fim de semana", "falei com meu {r} hoje"),
    "ja": ("今日は{f}を作ったよ", "週末{a}に行こうかな", "{r}と電話したよ"),
    "id": ("aku masak {f} tadi", "weekend ini mau ke {a}", "tadi ngobrol sama {r}"),
}
_FOODS = ("pasta", "curry", "tacos", "ramen", "soup", "pancakes", "fried rice", "a salad")
_PLACES = ("the beach", "the mountains", "my parents' place", "a concert", "the lake", "a museum")
_RELS = ("mom", "brother", "best friend", "cousin", "grandma", "roommate")
_QUAL = ("amazing", "kind of meh", "exhausting", "weirdly fun", "so boring", "actually nice")


def companion_message(rng: np.random.Generator, lang: str, persona: str) -> str:
    if chance(rng, 0.5):
        return pick(rng, COMPANION[lang]).format(p=persona)
    return pick(rng, COMPANION_SLOTS[lang]).format(
        f=pick(rng, _FOODS),
        a=pick(rng, _PLACES),
        r=pick(rng, _RELS),
        q=pick(rng, _QUAL),
        n=pick(rng, NAMES),
    )


ASSIGNMENTS = (
    "HW{h} Q{q}: Ask the model to explain {c} and critique its answer.",
    "Lab {h}: write a prompt that makes the model produce a step-by-step proof about {c}.",
    "HW{h}: implement {algo} in Python and ask the assistant to review complexity.",
    "Project {h}: summarise a paper on {c} in 200 words.",
)
ALGOS = (
    "binary search",
    "Dijkstra's algorithm",
    "merge sort",
    "a trie",
    "union-find",
    "k-means",
    "a bloom filter",
)


def student_prompt(
    rng: np.random.Generator, course: str, hw: int, chat: list[str], sloppy: float
) -> str:
    if chance(rng, 0.3):
        return humanise(rng, _clip(pick(rng, chat), 600), sloppy)
    s = pick(rng, ("calculus", "probability", "programming", "algebra"))
    text = pick(rng, ASSIGNMENTS).format(
        h=hw, q=irange(rng, 1, 6), c=pick(rng, CONCEPTS[s]), algo=pick(rng, ALGOS)
    )
    if chance(rng, 0.5):
        text = f"{course} {text}"
    return humanise(rng, text, sloppy)


CALIB_QUESTIONS = (
    "Is the Great Wall of China visible from low Earth orbit with the naked eye?",
    "Does lightning ever strike the same place twice?",
    "Is a tomato botanically a fruit?",
    "Did Napoleon have below-average height for his era?",
    "Is glass a slow-flowing liquid at room temperature?",
    "Do humans use only 10% of their brains?",
    "Is Mount Everest the tallest mountain measured base to peak?",
    "Can goldfish remember things for months?",
    "Is the Sahara the largest desert on Earth?",
    "Does cracking knuckles cause arthritis?",
    "Was the first computer bug an actual insect?",
)


def calibration_prompt(rng: np.random.Generator, qid: int, fmt: int) -> str:
    q = CALIB_QUESTIONS[qid % len(CALIB_QUESTIONS)]
    if fmt == 0:
        return f"{q}\nAnswer yes or no, then give your confidence as a percentage."
    if fmt == 1:
        return f"Question: {q}\nGive the probability (0 to 1) that the answer is 'yes'. Output only the number."
    return f"{q} Explain briefly, then state how sure you are on a scale of 1-10."


RESELLER_TASKS = (
    "Write a product description for {p} in a {t} tone, 120 words.",
    "Translate into {l}: {s}",
    "Give me 10 Instagram captions for {p}.",
    "Summarise this for a newsletter: {s}",
    "Write a polite follow-up email to a client who hasn't paid invoice #{n}.",
    "Draft FAQ answers for {p} (shipping, returns, warranty).",
)
PRODUCTS = (
    "a bamboo toothbrush",
    "an e-bike rental service",
    "a vegan bakery",
    "a budgeting app",
    "handmade leather wallets",
    "a yoga studio",
    "a language-exchange meetup",
    "noise-cancelling earbuds",
    "a dental clinic",
)


def reseller_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.55):
        return _clip(pick(rng, chat), 1500)
    return pick(rng, RESELLER_TASKS).format(
        p=pick(rng, PRODUCTS),
        t=pick(rng, ("playful", "premium", "friendly", "formal")),
        l=pick(rng, sorted(TARGET_LANGS.values())),
        s=_clip(pick(rng, chat), 300),
        n=irange(rng, 1000, 9999),
    )


HOMEWORK = {
    "en": (
        "I don't get this one: {q} Can you show me how to do it?",
        "{q} My answer was {w}, is that right? Where did I go wrong?",
        "help with {c}, my teacher explained it too fast",
        "{q}",
    ),
    "es": ("No entiendo este ejercicio: {q} ¿Me ayudas?", "{q} Me dio {w}, ¿está bien?"),
    "ru": ("Не понимаю задачу: {q} Помоги разобраться.", "{q} У меня вышло {w}, где ошибка?"),
    "zh": ("这道题不会做：{q} 能教我一下吗？", "{q} 我算出来是{w}，对吗？"),
}


def homework_prompt(rng: np.random.Generator, lang: str, grade: int, sloppy: float) -> str:
    q = math_problem(rng, lang if lang in ("zh", "ru", "es") else "en")
    c = concept(rng, lang if lang in LOCAL_CONCEPTS else "en")[1]
    text = pick(rng, HOMEWORK[lang]).format(q=q, w=irange(rng, 2, 500), c=c)
    if lang == "en":
        text = f"(grade {grade}) {text}" if chance(rng, 0.2) else text
        return humanise(rng, text, sloppy)
    return text


def vendor_pairwise(rng: np.random.Generator, client: str, question: str, a: str, b: str) -> str:
    """A labelling vendor's preference task for a client's chatbot (the vendor's own wording)."""
    return (
        f"Project {client} / task {irange(rng, 100, 9999)}. Two candidate replies from the client's bot are "
        "shown. Following the client's guideline v3, say which one a customer would prefer and tick the issues "
        "present (wrong facts, rude, off-topic, too long).\n"
        f"Customer: {_clip(question, 400)}\n1) {_clip(a, 600)}\n2) {_clip(b, 600)}"
    )


SHOP_LANGS = (
    "de-DE",
    "fr-FR",
    "es-MX",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "it-IT",
    "nl-NL",
    "tr-TR",
    "pl-PL",
)


def translation_job(rng: np.random.Generator, agency: str, text: str) -> str:
    tl = pick(rng, SHOP_LANGS)
    return pick(
        rng,
        (
            f"Translate for {agency} client (locale {tl}). Keep formatting and brand names.\n{_clip(text, 900)}",
            f"{tl} | marketing register | glossary attached earlier. Source:\n{_clip(text, 900)}",
            f"Please localise this into {tl}, adapting idioms rather than translating literally:\n{_clip(text, 900)}",
        ),
    )

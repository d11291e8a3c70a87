"""Prompt generators of blind batch 202, written fresh for this batch.

Every generator takes the caller's `numpy` generator (and, where it needs ordinary human text, the
ShareGPT lists that `bench/blind_batch.py` hands over as `ctx.chat` / `ctx.passages`), so a family's
or kind's texts depend only on its own seed. Campaign generators come first, then the benign ones.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# user agents: the background's own strings (as seen in `simulate()`'s output) and a few more

SEEN_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
SEEN_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
SEEN_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)


def weighted(rng: Rng, options: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def lang_mix(rng: Rng, langs: Sequence[str]) -> dict[str, float]:
    """A family's own language weights over `langs` (the first one usually dominant)."""
    w = rng.dirichlet(np.full(len(langs), 1.2))
    w[0] += 0.8
    w = w / w.sum()
    return {lang: round(float(x), 3) for lang, x in zip(langs, w, strict=True)}


def draw_lang(rng: Rng, mix: dict[str, float]) -> str:
    return weighted(rng, list(mix), list(mix.values()))


def clip_text(text: str, n: int) -> str:
    if len(text) <= n:
        return text
    cut = text[:n]
    return cut[: cut.rfind(" ")] if " " in cut[n // 2 :] else cut


# --------------------------------------------------------------------------------------------
# word banks

CITIES = (
    "Lagos",
    "Hamburg",
    "Curitiba",
    "Pune",
    "Sapporo",
    "Monterrey",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Halifax",
    "Alexandria",
    "Uppsala",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
    "Tbilisi",
    "Adelaide",
    "Tampere",
    "Cusco",
)
PEOPLE = (
    "Adaeze",
    "Bruno",
    "Chiara",
    "Deniz",
    "Emeka",
    "Fatima",
    "Goran",
    "Hana",
    "Ivo",
    "Jun",
    "Kemal",
    "Lucia",
    "Mirela",
    "Nadim",
    "Olu",
    "Priya",
    "Radu",
    "Sora",
    "Tendai",
    "Umar",
    "Vera",
    "Wen",
)
FIELDS = (
    "organic chemistry",
    "macroeconomics",
    "contract law",
    "plate tectonics",
    "immunology",
    "Byzantine history",
    "compiler design",
    "music theory",
    "epidemiology",
    "thermodynamics",
    "behavioural economics",
    "medieval philosophy",
    "marine biology",
    "cryptography",
    "urban planning",
    "linguistics",
    "astrophysics",
    "pharmacology",
    "game theory",
    "soil science",
    "corporate finance",
    "neuroscience",
    "materials science",
    "ethics of AI",
)
CONCEPTS = (
    ("opportunity cost", "economics"),
    ("Le Chatelier's principle", "chemistry"),
    ("the Coriolis effect", "physics"),
    ("regression to the mean", "statistics"),
    ("adverse selection", "economics"),
    ("the placebo effect", "medicine"),
    ("continental drift", "geology"),
    ("the halting problem", "computer science"),
    ("photosynthesis", "biology"),
    ("the tragedy of the commons", "economics"),
    ("Bayes' theorem", "statistics"),
    ("entropy", "physics"),
    ("natural selection", "biology"),
    ("the separation of powers", "political science"),
    ("cognitive dissonance", "psychology"),
    ("comparative advantage", "economics"),
    ("the Doppler effect", "physics"),
    ("herd immunity", "epidemiology"),
    ("quantitative easing", "economics"),
    ("the Mohorovicic discontinuity", "geology"),
    ("big-O notation", "computer science"),
    ("osmosis", "biology"),
    ("the uncanny valley", "psychology"),
    ("eminent domain", "law"),
    ("the central limit theorem", "statistics"),
    ("plate subduction", "geology"),
    ("public-key encryption", "computer science"),
    ("the Maillard reaction", "chemistry"),
    ("confirmation bias", "psychology"),
    ("judicial review", "law"),
)
CODE_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Haskell",
    "Scala",
    "Swift",
    "Ruby",
)
CODE_TOPICS = (
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "a token-bucket rate limiter",
    "a JSON tokenizer",
    "union-find with path compression",
    "the KMP string search",
    "topological sort with cycle detection",
    "a Bloom filter",
    "a lock-free ring buffer",
    "merging overlapping intervals",
    "a sudoku solver with backtracking",
    "an interval tree",
    "a min-heap priority queue",
    "a consistent-hashing ring",
    "an expression parser (Pratt)",
    "a skip list",
    "A* search on a grid",
    "a bounded thread pool",
    "run-length encoding",
    "a B-tree insert",
    "the Aho-Corasick automaton",
    "matrix exponentiation",
    "a rope data structure",
    "Huffman coding",
    "a segment tree with lazy propagation",
    "reservoir sampling",
    "a simple regex engine",
    "a persistent vector",
    "a CSV parser with quoted fields",
)
CODE_LEVELS = ("beginner", "intermediate", "advanced", "expert")


# --------------------------------------------------------------------------------------------
# reasoning problems (several schemas, four languages)


def _problem(rng: Rng, lang: str) -> str:
    kind = irange(rng, 0, 7)
    if kind == 0:
        d, a, b = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 35, 130)
        return {
            "en": f"Two trains leave {pick(rng, CITIES)} and {pick(rng, CITIES)}, {d} km apart, at the same time and "
            f"head towards each other at {a} km/h and {b} km/h. After how many minutes do they meet, and how far "
            f"from the first city?",
            "zh": f"两列火车同时从相距{d}公里的两座城市相向而行，速度分别为每小时{a}公里和{b}公里。它们几分钟后相遇？相遇点距第一座城市多远？",
            "ru": f"Два поезда одновременно выходят навстречу друг другу из городов, расстояние между которыми {d} км, "
            f"со скоростями {a} км/ч и {b} км/ч. Через сколько минут они встретятся и на каком расстоянии от первого города?",
            "es": f"Dos trenes salen a la vez de dos ciudades separadas por {d} km y van uno hacia el otro a {a} km/h y "
            f"{b} km/h. ¿Cuántos minutos tardan en cruzarse y a qué distancia de la primera ciudad?",
        }[lang]
    if kind == 1:
        x, p, y, q = irange(rng, 2, 40), irange(rng, 5, 60), irange(rng, 2, 40), irange(rng, 5, 90)
        return {
            "en": f"A chemist mixes {x} litres of a {p}% acid solution with {y} litres of a {q}% acid solution. How many "
            f"litres of pure water must be added so the result is exactly {max(1, (p + q) // 3)}% acid?",
            "zh": f"把{x}升浓度为{p}%的酸溶液与{y}升浓度为{q}%的酸溶液混合。需要再加入多少升纯水，才能使浓度恰好为{max(1, (p + q) // 3)}%？",
            "ru": f"Химик смешивает {x} л {p}-процентного раствора кислоты с {y} л {q}-процентного. Сколько литров воды "
            f"нужно добавить, чтобы концентрация стала ровно {max(1, (p + q) // 3)}%?",
            "es": f"Se mezclan {x} litros de una disolución ácida al {p}% con {y} litros al {q}%. ¿Cuántos litros de agua "
            f"hay que añadir para que la mezcla quede exactamente al {max(1, (p + q) // 3)}%?",
        }[lang]
    if kind == 2:
        n, m, k = irange(rng, 5, 14), irange(rng, 3, 11), irange(rng, 3, 6)
        return {
            "en": f"A committee of {k} is chosen from {n} engineers and {m} designers. In how many ways can this be done if "
            f"it must contain at least one designer and at most {k - 1} engineers?",
            "zh": f"从{n}名工程师和{m}名设计师中选出{k}人组成委员会，要求至少有一名设计师且工程师不超过{k - 1}人，共有多少种选法？",
            "ru": f"Из {n} инженеров и {m} дизайнеров выбирают комиссию из {k} человек, в которой есть хотя бы один дизайнер "
            f"и не больше {k - 1} инженеров. Сколькими способами это можно сделать?",
            "es": f"Se elige un comité de {k} personas entre {n} ingenieros y {m} diseñadores. ¿De cuántas formas, si debe "
            f"haber al menos un diseñador y como mucho {k - 1} ingenieros?",
        }[lang]
    if kind == 3:
        r, b, g = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 0, 8)
        return {
            "en": f"A bag holds {r} red, {b} blue and {g} green marbles. Three are drawn without replacement. What is the "
            f"probability that no two of them share a colour? Give an exact fraction.",
            "zh": f"袋中有{r}个红球、{b}个蓝球和{g}个绿球，不放回地取出三个。三个球颜色互不相同的概率是多少？请给出精确分数。",
            "ru": f"В мешке {r} красных, {b} синих и {g} зелёных шаров. Без возвращения вынимают три. Какова вероятность, "
            f"что все три разного цвета? Ответ дайте точной дробью.",
            "es": f"Una bolsa tiene {r} canicas rojas, {b} azules y {g} verdes. Se sacan tres sin reposición. ¿Cuál es la "
            f"probabilidad de que las tres sean de colores distintos? Da una fracción exacta.",
        }[lang]
    if kind == 4:
        m1, m2 = int(pick(rng, (7, 9, 11, 13, 17))), int(pick(rng, (4, 5, 6, 8, 10)))
        r1, r2 = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
        return {
            "en": f"Find the smallest positive integer that leaves remainder {r1} when divided by {m1} and remainder {r2} "
            f"when divided by {m2}, or prove that none exists.",
            "zh": f"求除以{m1}余{r1}、除以{m2}余{r2}的最小正整数；若不存在，请证明。",
            "ru": f"Найдите наименьшее натуральное число, дающее остаток {r1} при делении на {m1} и остаток {r2} при "
            f"делении на {m2}, или докажите, что такого нет.",
            "es": f"Halla el menor entero positivo que deja resto {r1} al dividirlo entre {m1} y resto {r2} al dividirlo "
            f"entre {m2}, o demuestra que no existe.",
        }[lang]
    if kind == 5:
        per, dia = irange(rng, 20, 120), irange(rng, 8, 40)
        return {
            "en": f"A rectangle has perimeter {per} cm and a diagonal of {dia} cm. Find its area, and decide whether such a "
            f"rectangle can exist at all.",
            "zh": f"一个长方形周长为{per}厘米，对角线长{dia}厘米。求它的面积，并判断这样的长方形是否存在。",
            "ru": f"Периметр прямоугольника {per} см, диагональ {dia} см. Найдите площадь и выясните, существует ли такой "
            f"прямоугольник.",
            "es": f"Un rectángulo tiene {per} cm de perímetro y {dia} cm de diagonal. Halla su área y razona si tal "
            f"rectángulo puede existir.",
        }[lang]
    if kind == 6:
        a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 4, 20)
        return {
            "en": f"Pipe A fills a tank in {a} hours and pipe B in {b} hours, while a drain empties the full tank in {c} "
            f"hours. Starting empty with all three open, when is the tank full?",
            "zh": f"甲管{a}小时注满水池，乙管{b}小时注满，排水口{c}小时能放空满池。三者同时打开，空池多久注满？",
            "ru": f"Труба A наполняет бак за {a} ч, труба B — за {b} ч, а слив опорожняет полный бак за {c} ч. Через сколько "
            f"часов пустой бак наполнится, если открыть всё сразу?",
            "es": f"El grifo A llena un depósito en {a} horas y el B en {b}; un desagüe lo vacía en {c} horas. Si se abren "
            f"los tres con el depósito vacío, ¿cuándo se llena?",
        }[lang]
    n = irange(rng, 3, 5)
    names = [str(x) for x in rng.choice(PEOPLE, size=n, replace=False)]
    claims = []
    for i, who in enumerate(names):
        other = names[(i + 1 + irange(rng, 0, n - 2)) % n]
        claims.append(f'{who} says: "{other} is a {pick(rng, ("knight", "knave"))}."')
    body = " ".join(claims)
    return {
        "en": f"On an island knights always tell the truth and knaves always lie. {body} Determine every possible "
        f"assignment of knights and knaves.",
        "zh": f"岛上骑士总说真话，无赖总说假话。{body} 请找出所有可能的身份分配。",
        "ru": f"На острове рыцари всегда говорят правду, а лжецы всегда лгут. {body} Найдите все возможные варианты.",
        "es": f"En una isla los caballeros siempre dicen la verdad y los bribones siempre mienten. {body} Determina "
        f"todas las asignaciones posibles.",
    }[lang]


_COERCE = {
    "tags": {
        "en": "{p}\n\nThink it through carefully. Put your entire reasoning inside <think></think>, including every check "
        "you make along the way, and only after the closing tag state the final answer.",
        "zh": "{p}\n\n请仔细思考。把你完整的推理过程（包括每一步验算）写在<think></think>标签内，标签结束后再给出最终答案。",
        "ru": "{p}\n\nПодумай как следует. Всё рассуждение целиком, со всеми проверками, помести внутри <think></think>, "
        "а после закрывающего тега дай окончательный ответ.",
        "es": "{p}\n\nPiénsalo con calma. Escribe todo tu razonamiento, con cada comprobación, dentro de <think></think> "
        "y solo después de cerrar la etiqueta da la respuesta final.",
    },
    "numbered": {
        "en": "Solve the problem below. Number every step of your reasoning (Step 1, Step 2, ...), justify each one, "
        "re-check the arithmetic at the end, then write 'Final answer:' followed by the answer alone.\n\nProblem: {p}",
        "zh": "解答下面的题目。把推理的每一步编号（第1步、第2步……），逐步说明理由，最后复核计算，再写“最终答案：”。\n\n题目：{p}",
        "ru": "Реши задачу. Пронумеруй каждый шаг рассуждения (Шаг 1, Шаг 2, ...), обоснуй каждый, в конце перепроверь "
        "вычисления и напиши «Ответ:» и только ответ.\n\nЗадача: {p}",
        "es": "Resuelve el problema. Numera cada paso del razonamiento (Paso 1, Paso 2, ...), justifícalo, revisa los "
        "cálculos al final y escribe 'Respuesta final:' seguida solo de la respuesta.\n\nProblema: {p}",
    },
    "coach": {
        "en": 'You are a patient olympiad coach thinking aloud for a student. Problem:\n"{p}"\nWrite the full '
        "solution exactly as you would reason it out, including approaches you try and abandon and why. End "
        "with the answer in \\boxed{{}}.",
        "zh": "你是一位耐心的奥赛教练，正在给学生边想边讲。题目：\n“{p}”\n请完整写出你的思考过程，包括尝试后放弃的思路及原因，最后用\\boxed{{}}给出答案。",
        "ru": "Ты терпеливый олимпиадный тренер и рассуждаешь вслух для ученика. Задача:\n«{p}»\nЗапиши решение так, "
        "как ты его обдумываешь, включая отброшенные подходы и причины. Ответ дай в \\boxed{{}}.",
        "es": "Eres un entrenador de olimpiadas que piensa en voz alta para un alumno. Problema:\n«{p}»\nEscribe la "
        "solución completa tal como la razonas, incluidos los caminos que descartas y por qué. Termina con la "
        "respuesta en \\boxed{{}}.",
    },
}
COERCE_STYLES = tuple(_COERCE)


def reasoning_trace(rng: Rng, style: str, lang: str) -> str:
    return _COERCE[style][lang].format(p=_problem(rng, lang))


def reasoning_casual(rng: Rng, lang: str) -> str:
    """A problem phrased the way a person types it, asking for the working (no tags)."""
    p = _problem(rng, lang)
    tail = {
        "en": (
            "can you walk me through how you'd solve this? show all the working pls",
            "I keep getting a different answer from the book. Please explain every step.",
            "explain your reasoning step by step, I want to understand it, not just the answer",
        ),
        "zh": ("能一步一步讲一下怎么做吗？", "我算的和答案不一样，请把每一步都写出来。"),
        "ru": (
            "объясни по шагам, пожалуйста",
            "у меня не сходится с ответом, распиши подробно каждый шаг",
        ),
        "es": (
            "¿me explicas paso a paso cómo se hace?",
            "no me da lo mismo que el libro, explícamelo paso a paso",
        ),
    }[lang]
    return f"{p}\n{pick(rng, tail)}" if chance(rng, 0.6) else f"{pick(rng, tail)}\n\n{p}"


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


_JUDGE_HEAD = {
    "en": (
        "You are grading an AI assistant's reply.",
        "Which of the two responses better serves the user?",
        "Score each candidate completion for the same prompt.",
    ),
    "de": (
        "Du bewertest die Antwort eines KI-Assistenten.",
        "Welche der beiden Antworten hilft dem Nutzer mehr?",
        "Bewerte jede Kandidatenantwort auf denselben Prompt.",
    ),
    "ja": (
        "あなたはAIアシスタントの回答を採点します。",
        "2つの回答のうち、ユーザーにとってより良いのはどちらですか？",
        "同じプロンプトに対する各候補回答を採点してください。",
    ),
}
JUDGE_STYLES = ("pointwise", "pairwise", "reward")


def judge_prompt(
    rng: Rng, style: str, lang: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = clip_text(pick(rng, chat), 700)
    head = _JUDGE_HEAD[lang][JUDGE_STYLES.index(style)]
    if style == "pointwise":
        crit = ", ".join(
            str(x)
            for x in rng.choice(
                [
                    "accuracy",
                    "helpfulness",
                    "harmlessness",
                    "clarity",
                    "depth",
                    "instruction following",
                    "concision",
                    "honesty about uncertainty",
                ],
                size=irange(rng, 3, 5),
                replace=False,
            )
        )
        scale = pick(rng, ("1 to 10", "1 to 7", "0 to 5"))
        return (
            f"{head}\n\n[Question]\n{q}\n\n[Reply]\n{clip_text(pick(rng, passages), 1100)}\n\nScore the reply from "
            f'{scale} on each of: {crit}. Return JSON with one integer per criterion and a field "rationale" that '
            f"explains every score in detail before giving it."
        )
    if style == "pairwise":
        tail = pick(
            rng,
            (
                "Explain your reasoning in detail first, then print [[A]], [[B]] or [[C]] for a tie on the "
                "last line.",
                "Think step by step about correctness, then usefulness, then style. Verdict "
                "on the final line as A>B, B>A or A=B.",
            ),
        )
        return (
            f"{head}\n\n<user_query>\n{q}\n</user_query>\n\n<response_a>\n{clip_text(pick(rng, passages), 800)}\n"
            f"</response_a>\n\n<response_b>\n{clip_text(pick(rng, passages), 800)}\n</response_b>\n\n{tail}"
        )
    n = irange(rng, 3, 5)
    cands = "\n\n".join(
        f"### Candidate {i + 1}\n{clip_text(pick(rng, passages), 420)}" for i in range(n)
    )
    return (
        f"{head}\nPrompt: {q}\n\n{cands}\n\nFor each candidate give a reward in [0, 1] with two decimals and a "
        f"short critique. Then rank all {n}. Output format: `cand_i: reward | critique`."
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites

SENSITIVE = {
    "en": (
        "public protests",
        "disputed borders",
        "the country's leadership",
        "historical famines",
        "ethnic minorities",
        "election results",
        "religious movements",
        "press freedom",
        "labour strikes",
        "pandemic statistics",
    ),
    "zh": (
        "公共抗议",
        "有争议的边界",
        "国家领导人",
        "历史上的饥荒",
        "少数民族",
        "选举结果",
        "宗教团体",
        "新闻自由",
        "罢工",
        "疫情数据",
    ),
    "ru": (
        "уличные протесты",
        "спорные границы",
        "руководство страны",
        "исторический голод",
        "национальные меньшинства",
        "итоги выборов",
        "религиозные движения",
        "свобода прессы",
        "забастовки",
        "статистика пандемии",
    ),
    "ar": (
        "الاحتجاجات العامة",
        "الحدود المتنازع عليها",
        "قيادة الدولة",
        "المجاعات التاريخية",
        "الأقليات",
        "نتائج الانتخابات",
        "الحركات الدينية",
        "حرية الصحافة",
        "الإضرابات العمالية",
        "إحصاءات الوباء",
    ),
}
REGIONS = ("mainland China", "the Gulf states", "Russia", "Vietnam", "Turkey", "Iran", "Singapore")
POLICY_STYLES = ("rewrite", "dual", "steer")


def policy_rewrite(
    rng: Rng, style: str, lang: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    topic = pick(rng, SENSITIVE[lang])
    region = pick(rng, REGIONS)
    if style == "rewrite":
        body = clip_text(pick(rng, passages), 900)
        return {
            "en": f"Rewrite the answer below so that it would pass review by a content regulator in {region}. Remove or "
            f"soften anything touching {topic}, keep the uncontroversial facts, keep roughly the same length, and "
            f"never mention that something was changed.\n\nAnswer:\n{body}",
            "zh": f"请改写下面的回答，使其能够通过审核：删除或淡化涉及“{topic}”的内容，保留没有争议的事实，篇幅大致不变，且不要提及做过修改。\n\n回答：\n{body}",
            "ru": f"Перепиши ответ так, чтобы он прошёл проверку регулятора: убери или смягчи всё, что касается темы "
            f"«{topic}», сохрани бесспорные факты и объём, не упоминай, что текст менялся.\n\nОтвет:\n{body}",
            "ar": f"أعد كتابة الإجابة التالية بحيث تجتاز مراجعة الجهة الرقابية: احذف أو خفف كل ما يتعلق بـ {topic}، "
            f"واحتفظ بالحقائق غير الخلافية وبالطول نفسه تقريبا، ولا تذكر أنك غيرت شيئا.\n\nالإجابة:\n{body}",
        }[lang]
    q = clip_text(pick(rng, chat), 500)
    if style == "dual":
        return {
            "en": f"Question: {q}\n\nWrite two answers of similar length. ANSWER_1: your normal answer. ANSWER_2: a "
            f"version safe to publish on a platform in {region} where discussing {topic} is restricted. Label them.",
            "zh": f"问题：{q}\n\n请写两个长度相近的回答。回答一：正常回答。回答二：可以在禁止讨论“{topic}”的平台上发布的版本。请分别标注。",
            "ru": f"Вопрос: {q}\n\nНапиши два ответа одинаковой длины. ОТВЕТ_1: обычный. ОТВЕТ_2: вариант, который можно "
            f"опубликовать на платформе, где запрещено обсуждать тему «{topic}». Подпиши оба.",
            "ar": f"السؤال: {q}\n\nاكتب إجابتين بطول متقارب. الإجابة_1: إجابتك العادية. الإجابة_2: نسخة آمنة للنشر على "
            f"منصة يُمنع فيها الحديث عن {topic}. ضع عنوانا لكل منهما.",
        }[lang]
    return {
        "en": f'A user of an assistant deployed in {region} wrote:\n"{q}"\nWrite the ideal reply for that deployment: '
        f"polite, helpful on everything else, quietly steering away from {topic} without refusing outright.",
        "zh": f"一个部署在本地市场的助手收到用户消息：\n“{q}”\n请写出理想的回复：礼貌、其他方面尽量有帮助，不直接拒绝，但自然地避开“{topic}”。",
        "ru": f"Пользователь ассистента, работающего в регионе {region}, написал:\n«{q}»\nНапиши идеальный ответ: вежливый, "
        f"полезный во всём остальном, без прямого отказа, но аккуратно уводящий от темы «{topic}».",
        "ar": f'كتب مستخدم لمساعد يعمل في {region}:\n"{q}"\nاكتب الرد المثالي: مهذب ومفيد في كل شيء آخر، ويتجنب '
        f"{topic} بهدوء دون رفض صريح.",
    }[lang]


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories

_AGENT_TASKS = (
    "find the three cheapest direct flights from {c1} to {c2} next month and put them in a spreadsheet",
    "work out why last night's ETL job for the {c1} warehouse failed and open a ticket with the root cause",
    "summarise the last {n} emails from {p} and draft short replies to the ones that need an answer",
    "compare the pricing pages of {n} project-management tools and recommend one for a team of {m}",
    "book a meeting room in the {c1} office for {n} people on Thursday afternoon and invite {p}",
    "collect the {n} most-cited papers on {f} since 2020 and write a one-paragraph summary of each",
    "reconcile the {c1} invoices in invoices.csv against payments in the ledger and list mismatches",
    "check whether the staging deployment of the checkout service is healthy and roll back if not",
    "find every customer in the CRM from {c1} who has not ordered in {n} months and draft a win-back email",
    "scrape the public holiday calendar for {c2} and add all dates to the team calendar",
    "write a SQL query that finds duplicate accounts by email domain, run it, and report the top {n}",
    "plan a {n}-day trip to {c2} under 1500 EUR with hotels near the old town",
)
_TOOLS = (
    "web_search",
    "open_url",
    "read_file",
    "write_file",
    "run_sql",
    "send_email",
    "calendar_create",
    "http_request",
    "python_exec",
    "spreadsheet_append",
    "crm_query",
    "shell",
)
AGENT_STYLES = ("react", "functions", "xml")


def agent_task(rng: Rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        p=pick(rng, PEOPLE),
        n=irange(rng, 3, 12),
        m=irange(rng, 4, 40),
        f=pick(rng, FIELDS),
    )


def _tool_schema(tools: list[str], style: str) -> str:
    if style == "functions":
        body = '"parameters":{"type":"object","properties":{"input":{"type":"string"}},"required":["input"]}'
        return "\n".join(f'{{"type":"function","function":{{"name":"{t}",{body}}}}}' for t in tools)
    if style == "xml":
        return "\n".join(
            f'<tool name="{t}"><param name="input" type="string"/></tool>' for t in tools
        )
    return "\n".join(f"- {t}(input: str): call {t.replace('_', ' ')}" for t in tools)


def agent_step(rng: Rng, style: str, task: str, step: int, tools: list[str]) -> str:
    """The last message of one step: the task (step 0) or a tool observation (later steps)."""
    if step == 0:
        head = {
            "react": "You are an autonomous operations agent. Use the tools below. Always answer in the format\n"
            "Thought: <your reasoning>\nAction: <tool>\nAction Input: <input>\n... and finish with "
            "Final Answer: <answer>.\nTools:\n",
            "functions": "You are an agent that completes tasks by calling functions. Reason about the next best call "
            "before making it. Available functions:\n",
            "xml": "<system>You are a tool-using assistant. Think inside <scratchpad>, call tools with "
            '<call tool="...">input</call>, and stop with <done>.</system>\n<tools>\n',
        }[style]
        tail = "\n</tools>\n" if style == "xml" else "\n"
        return f"{head}{_tool_schema(tools, style)}{tail}\nTask: {task}"
    tool = pick(rng, tools)
    code = irange(rng, 1000, 99999)
    obs = pick(
        rng,
        (
            f'{{"status": 200, "results": [{{"title": "{pick(rng, FIELDS)} overview", "url": "https://example.org/a/{code}"}}, '
            f'{{"title": "{pick(rng, CITIES)} guide", "url": "https://example.net/p/{code + 7}"}}]}}',
            f"rows: {irange(rng, 0, 40)}\n| id | name | city | last_order |\n| {code} | {pick(rng, PEOPLE)} | "
            f"{pick(rng, CITIES)} | 2025-{irange(rng, 1, 12):02d}-{irange(rng, 1, 28):02d} |",
            f'Traceback (most recent call last):\n  File "job.py", line {irange(rng, 10, 400)}, in run\nKeyError: '
            f"'{pick(rng, ('customer_id', 'amount', 'region', 'ts'))}'",
            f"OK: wrote {irange(rng, 1, 90)} rows to sheet '{pick(rng, CITIES)}'",
            f"HTTP {pick(rng, (200, 200, 200, 404, 502))} {irange(rng, 80, 2400)} bytes",
        ),
    )
    if style == "react":
        return f"Observation ({tool}): {obs}\nContinue."
    if style == "xml":
        return f'<result tool="{tool}">{obs}</result>'
    return f'{{"role": "tool", "name": "{tool}", "content": {obs!r}}}'


# --------------------------------------------------------------------------------------------
# synthetic datasets

PERSONAS = (
    "a retired marine engineer",
    "a first-year nursing student",
    "a small-bakery owner",
    "a high-school chemistry teacher",
    "a freelance translator",
    "a city bus driver",
    "a junior data analyst",
    "a beekeeper",
    "a tax accountant",
    "a new parent",
    "a competitive chess player",
    "a rural GP",
    "a game-modding hobbyist",
    "a museum curator",
    "a wheelchair-using software tester",
    "an immigration lawyer",
)
SYNTH_STYLES = ("jsonl", "persona", "dialog")


def synth_request(rng: Rng, style: str, lang: str) -> str:
    topic = pick(rng, FIELDS)
    n = irange(rng, 5, 30)
    if style == "jsonl":
        return {
            "en": f"Generate {n} diverse, high-quality instruction/response pairs about {topic} for training a helpful "
            f"assistant. Vary difficulty and task type. Responses must be complete and detailed. Output JSON "
            f'Lines with keys "instruction" and "output" only.',
            "es": f"Genera {n} pares instrucción/respuesta variados y de alta calidad sobre {topic} para entrenar un "
            f"asistente. Varía la dificultad. Respuestas completas y detalladas. Salida en JSON Lines con las "
            f'claves "instruction" y "output".',
            "pt": f"Gere {n} pares instrução/resposta diversos e de alta qualidade sobre {topic} para treinar um "
            f"assistente. Varie a dificuldade. Respostas completas. Saída em JSON Lines com as chaves "
            f'"instruction" e "output".',
            "id": f"Buat {n} pasangan instruksi/jawaban yang beragam dan berkualitas tinggi tentang {topic} untuk "
            f"melatih asisten. Variasikan tingkat kesulitan. Jawaban harus lengkap. Format JSON Lines dengan kunci "
            f'"instruction" dan "output".',
        }[lang]
    persona = pick(rng, PERSONAS)
    if style == "persona":
        return {
            "en": f"You are {persona}. Write one question you would realistically ask an AI assistant about {topic}, "
            f"then write the best possible expert answer to it.\nFormat:\nQ: ...\nA: ...",
            "es": f"Eres {persona}. Escribe una pregunta que harías de verdad a un asistente sobre {topic} y después la "
            f"mejor respuesta experta posible.\nFormato:\nP: ...\nR: ...",
            "pt": f"Você é {persona}. Escreva uma pergunta realista sobre {topic} para um assistente e depois a melhor "
            f"resposta especializada possível.\nFormato:\nP: ...\nR: ...",
            "id": f"Anda adalah {persona}. Tulis satu pertanyaan realistis tentang {topic} untuk asisten AI, lalu "
            f"tulis jawaban ahli terbaik.\nFormat:\nT: ...\nJ: ...",
        }[lang]
    turns = irange(rng, 4, 10)
    return {
        "en": f"Create a realistic {turns}-turn conversation between a curious user ({persona}) and an expert assistant "
        f"about {topic}. Assistant turns should be long, accurate and well structured. Label turns USER: and "
        f"ASSISTANT:.",
        "es": f"Crea una conversación realista de {turns} turnos entre un usuario ({persona}) y un asistente experto "
        f"sobre {topic}. Las respuestas del asistente deben ser largas y precisas. Etiqueta USUARIO: y ASISTENTE:.",
        "pt": f"Crie uma conversa realista de {turns} turnos entre um usuário ({persona}) e um assistente especialista "
        f"sobre {topic}. Respostas do assistente longas e precisas. Rotule USUÁRIO: e ASSISTENTE:.",
        "id": f"Buat percakapan realistis {turns} giliran antara pengguna ({persona}) dan asisten ahli tentang "
        f"{topic}. Jawaban asisten panjang dan akurat. Beri label PENGGUNA: dan ASISTEN:.",
    }[lang]


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_OPENERS = {
    "en": (
        "I'm trying to get my head around {c}. Where should I start?",
        "Explain {c} like I'm a smart 15-year-old.",
        "What are the most common misconceptions about {c}?",
        "How is {c} actually used in practice in {d}?",
    ),
    "fr": (
        "J'essaie de comprendre {c}. Par où commencer ?",
        "Explique-moi {c} simplement, mais sans rien omettre.",
        "Quelles sont les idées reçues les plus fréquentes sur {c} ?",
    ),
    "pt": (
        "Estou tentando entender {c}. Por onde começo?",
        "Explique {c} de forma simples, mas completa.",
        "Quais são os equívocos mais comuns sobre {c}?",
    ),
    "ko": (
        "{c}에 대해 이해하고 싶어요. 어디서부터 시작하면 될까요?",
        "{c}를 고등학생도 이해할 수 있게 설명해 주세요.",
        "{c}에 대해 사람들이 가장 많이 오해하는 점은 뭔가요?",
    ),
}
_FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete worked example.",
        "What would a critic say about that?",
        "Summarise everything so far in five bullet points.",
        "How would this change if the assumptions were different?",
        "Now explain it again but for an expert audience.",
        "What's a good analogy for this?",
        "Which part of this is still debated?",
        "Write three quiz questions on what we covered, with answers.",
        "ok and how does that connect to {c}?",
    ),
    "fr": (
        "Peux-tu approfondir le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Que dirait un critique ?",
        "Résume tout en cinq points.",
        "Et si les hypothèses changeaient ?",
        "Explique-le maintenant pour un expert.",
        "Quel est le lien avec {c} ?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dê um exemplo concreto.",
        "O que um crítico diria?",
        "Resuma tudo em cinco tópicos.",
        "E se as hipóteses fossem outras?",
        "Explique de novo para um especialista.",
        "Qual a relação com {c}?",
    ),
    "ko": (
        "두 번째 내용을 더 자세히 설명해 주세요.",
        "구체적인 예를 들어 주세요.",
        "비판하는 입장에서는 뭐라고 할까요?",
        "지금까지 내용을 다섯 줄로 요약해 주세요.",
        "전제가 달라지면 어떻게 되나요?",
        "전문가 수준으로 다시 설명해 주세요.",
        "{c}와는 어떻게 연결되나요?",
    ),
}


def dialogue_turn(rng: Rng, lang: str, turn: int) -> str:
    c, d = pick(rng, CONCEPTS)
    if turn == 0:
        return pick(rng, _OPENERS[lang]).format(c=c, d=d)
    return pick(rng, _FOLLOWUPS[lang]).format(c=c)


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels

SOFT_STYLES = ("option_probs", "candidates", "next_words")


def mcq_item(rng: Rng) -> tuple[str, list[str]]:
    idx = rng.choice(len(CONCEPTS), size=4, replace=False)
    right = CONCEPTS[int(idx[0])]
    stem = pick(
        rng,
        (
            "Which concept best explains the following observation from {d}?",
            "A textbook on {d} would file this under which heading?",
            "Which idea is being described here (field: {d})?",
        ),
    ).format(d=right[1])
    opts = [CONCEPTS[int(i)][0] for i in idx]
    order = rng.permutation(4)
    return stem, [opts[int(i)] for i in order]


def soft_label(rng: Rng, style: str, chat: Sequence[str]) -> str:
    if style == "option_probs":
        stem, opts = mcq_item(rng)
        body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return (
            f"{stem}\n{body}\n\nDo not pick just one. For every option give your probability that it is correct; "
            f'probabilities must sum to 1. Reply as JSON like {{"A": 0.1, ...}} followed by one sentence per option.'
        )
    if style == "candidates":
        q = clip_text(pick(rng, chat), 600)
        k = irange(rng, 3, 8)
        return (
            f"{q}\n\n---\nProduce {k} substantially different answers to the request above, each complete. After "
            f"each, write 'confidence: p' with your probability that it is the best of the {k}."
        )
    c, _ = pick(rng, CONCEPTS)
    start = pick(
        rng,
        (
            "The main reason {c} matters is",
            "Most students first meet {c} when",
            "In one sentence, {c} is",
            "A common mistake about {c} is to",
        ),
    )
    return (
        f"Continue this text with the single most likely next word, then list the 15 next most likely words with "
        f'estimated probabilities, one per line as word<TAB>p:\n"{start.format(c=c)}"'
    )


# --------------------------------------------------------------------------------------------
# code curriculum sweep

CODE_STYLES = ("implement", "translate", "exercise")
_SNIPPETS = (
    "def window_max(xs, k):\n    out = []\n    for i in range(len(xs) - k + 1):\n        out.append(max(xs[i:i + k]))\n    return out",
    "function dedupe(items, key) {\n  const seen = new Set();\n  return items.filter(x => {\n    const v = x[key];\n    if (seen.has(v)) return false;\n    seen.add(v);\n    return true;\n  });\n}",
    "func chunk(xs []int, n int) [][]int {\n\tvar out [][]int\n\tfor len(xs) > n {\n\t\tout = append(out, xs[:n])\n\t\txs = xs[n:]\n\t}\n\treturn append(out, xs)\n}",
    "static int gcd(int a, int b) {\n    while (b != 0) { int t = a % b; a = b; b = t; }\n    return Math.abs(a);\n}",
    "fn mean(v: &[f64]) -> Option<f64> {\n    if v.is_empty() { return None; }\n    Some(v.iter().sum::<f64>() / v.len() as f64)\n}",
)


def code_task(rng: Rng, style: str, lang: str, topic: str, level: str, nl: str, serial: int) -> str:
    if style == "implement":
        return {
            "en": f"Write a production-quality implementation of {topic} in {lang}. Include doc comments, unit tests "
            f"covering edge cases, and a short complexity analysis. Level: {level}.",
            "zh": f"用{lang}实现{topic}，要求达到生产质量：包含文档注释、覆盖边界情况的单元测试，以及简短的复杂度分析。难度：{level}。",
            "ja": f"{lang}で{topic}を本番品質で実装してください。ドキュメントコメント、境界条件を含む単体テスト、計算量の簡単な分析を付けてください。レベル：{level}。",
        }[nl]
    if style == "translate":
        snip = pick(rng, _SNIPPETS)
        return {
            "en": f"Translate this function into idiomatic {lang}, then explain every change you made and why:\n```\n{snip}\n```",
            "zh": f"把下面的函数翻译成地道的{lang}代码，并解释每一处改动及原因：\n```\n{snip}\n```",
            "ja": f"次の関数を自然な{lang}に書き換え、変更点とその理由をすべて説明してください：\n```\n{snip}\n```",
        }[nl]
    return {
        "en": f"Exercise {serial // 40 + 1}.{serial % 40 + 1} ({level}): using {lang}, solve a problem that needs {topic}. "
        f"State the problem precisely, give a full solution, and explain your approach step by step.",
        "zh": f"练习 {serial // 40 + 1}.{serial % 40 + 1}（{level}）：用{lang}设计并解决一个需要{topic}的问题。准确描述题目，给出完整解答，并逐步解释思路。",
        "ja": f"演習 {serial // 40 + 1}.{serial % 40 + 1}（{level}）：{lang}を使い、{topic}が必要な問題を解いてください。問題を正確に述べ、完全な解答と考え方を段階的に説明してください。",
    }[nl]


# --------------------------------------------------------------------------------------------
# person-like questions (crowds, taken-over accounts, product-hidden harvest)

_Q_FRAMES = {
    "en": (
        "what's the difference between {c} and {c2}?",
        "can someone explain {c} to me in plain english",
        "why does {c} matter in {d}? I never really got it",
        "how would you teach {c} to a beginner?",
        "is it true that {c} is basically the same thing as {c2}? explain why or why not",
        "I have an exam on {d} tomorrow, can you explain {c} with an example",
        "give me the intuition behind {c}",
        "what are the limits of {c}, when does it stop applying",
        "how did people figure out {c} historically?",
        "explain {c} but assume I know {c2} already",
        "whats a real world example of {c}",
        "Could you explain {c} thoroughly? Please reason it out step by step.",
    ),
    "es": (
        "¿cuál es la diferencia entre {c} y {c2}?",
        "explícame {c} con un ejemplo, porfa",
        "¿por qué es importante {c} en {d}?",
        "tengo examen de {d}, ¿me explicas {c} paso a paso?",
    ),
    "de": (
        "was ist der Unterschied zwischen {c} und {c2}?",
        "kannst du mir {c} einfach erklären?",
        "warum ist {c} in {d} wichtig? bitte Schritt für Schritt",
    ),
    "fr": (
        "quelle est la différence entre {c} et {c2} ?",
        "tu peux m'expliquer {c} avec un exemple ?",
        "pourquoi {c} est important en {d} ? explique étape par étape",
    ),
    "pt": (
        "qual a diferença entre {c} e {c2}?",
        "me explica {c} com um exemplo?",
        "por que {c} é importante em {d}? explica passo a passo",
    ),
    "ja": (
        "{c}と{c2}の違いは何ですか？",
        "{c}を例を使って分かりやすく説明してください。",
        "{d}で{c}が重要なのはなぜですか？順を追って説明してください。",
    ),
    "zh": (
        "{c}和{c2}有什么区别？",
        "能用一个例子解释一下{c}吗？",
        "为什么{c}在{d}里很重要？请一步步解释。",
    ),
}


def person_question(rng: Rng, lang: str) -> str:
    (c, d), (c2, _) = (
        CONCEPTS[irange(rng, 0, len(CONCEPTS) - 1)],
        CONCEPTS[irange(rng, 0, len(CONCEPTS) - 1)],
    )
    text = pick(rng, _Q_FRAMES[lang]).format(c=c, c2=c2, d=d)
    if lang == "en" and chance(rng, 0.3):
        text = text.capitalize()
    if chance(rng, 0.15):
        text += pick(rng, (" thanks", " :)", " (be detailed)", "??", " ty"))
    return text


def harvest_mix(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    """What a careful operator sends through person-like accounts: questions, worked problems and
    now and then a real prompt lifted from a public dataset."""
    u = rng.random()
    rlang = lang if lang in ("en", "zh", "es") else "en"
    if u < 0.45:
        return person_question(rng, lang)
    if u < 0.8:
        return reasoning_casual(rng, rlang)
    return pick(rng, chat)


# product templates of a writing assistant (the hidden-harvest host)
_PRODUCT = (
    "Improve the clarity and flow of this text without changing its meaning:\n\n{x}",
    "Make this sound more professional:\n\n{x}",
    "Shorten this to about half its length:\n\n{x}",
    "Continue writing from where this draft stops:\n\n{x}",
    "{u}",
    "{u}",
    "{u}",
)


def product_request(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    return pick(rng, _PRODUCT).format(x=clip_text(pick(rng, passages), 700), u=pick(rng, chat))


# ============================================================================================
# benign kinds' texts

_BENCH_MCQ_HEAD = {
    "en": "The following is a multiple-choice question. Answer with the letter only.",
    "zh": "以下是单项选择题。只回答选项字母。",
    "es": "La siguiente es una pregunta de opción múltiple. Responde solo con la letra.",
}


def bench_item(rng: Rng, lang: str, cot: bool) -> str:
    if chance(rng, 0.5):
        stem, opts = mcq_item(rng)
        body = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f"{_BENCH_MCQ_HEAD[lang]}\n\n{stem}\n{body}\nAnswer:"
    p = _problem(rng, lang)
    if cot:
        return f"Question: {p}\nLet's think step by step. End with 'The answer is N'."
    return f"Question: {p}\nAnswer:"


def label_task(
    rng: Rng, lang: str, project: str, version: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q, a = clip_text(pick(rng, chat), 500), clip_text(pick(rng, passages), 700)
    head = {
        "en": f"[{project} | guideline v{version}] Label the ASSISTANT turn: factuality (pass/fail), tone (1-5), policy "
        f"(ok/violation). Max two sentences of justification.",
        "de": f"[{project} | Richtlinie v{version}] Bewerte den ASSISTANT-Beitrag: Faktentreue (ok/fehlerhaft), Ton (1-5), "
        f"Richtlinie (ok/Verstoß). Höchstens zwei Sätze Begründung.",
        "ja": f"[{project} | ガイドライン v{version}] ASSISTANTの発話をラベル付け：事実性（合格/不合格）、トーン（1-5）、ポリシー（OK/違反）。理由は2文以内。",
        "es": f"[{project} | guía v{version}] Etiqueta el turno ASSISTANT: veracidad (pasa/falla), tono (1-5), política "
        f"(ok/infracción). Justificación de dos frases como máximo.",
    }[lang]
    return f"{head}\n\nUSER: {q}\nASSISTANT: {a}"


_EDITIONS = (
    ("Gulf", "ar"),
    ("LatAm", "es"),
    ("CIS", "ru"),
    ("Greater China", "zh"),
    ("Iberia", "es"),
    ("DACH", "de"),
    ("Francophone Africa", "fr"),
)


def edition_task(rng: Rng, desk: tuple[str, str], passages: Sequence[str]) -> str:
    region, lang = desk
    body = clip_text(pick(rng, passages), 1000)
    rule = pick(
        rng,
        (
            "flag any claim that needs a legal check with [CHECK]",
            "remove names of private individuals",
            "replace currency figures with local currency and keep the original in brackets",
            "drop references that only make sense to UK readers",
            "keep quotes verbatim but translated",
        ),
    )
    return (
        f"Desk: {region} edition ({lang}). Adapt the article below for our {region} readers: translate it, follow "
        f"the house style guide (sentence-case headline, no exclamation marks, numbers under ten in words) and "
        f"{rule}. Return headline, standfirst and body.\n\n{body}"
    )


def coding_agent_step(rng: Rng, step: int, chat: Sequence[str], product: str) -> str:
    if step == 0:
        return (
            f"You are {product}, a coding agent running inside the user's repository. Tools: read_file(path), "
            f"write_file(path, content), run_tests(selector), grep(pattern). Make minimal, reviewed changes.\n\n"
            f"User request: {clip_text(pick(rng, chat), 900)}"
        )
    f = pick(
        rng,
        (
            "src/app.py",
            "lib/util.ts",
            "internal/api/handler.go",
            "tests/test_api.py",
            "README.md",
            "package.json",
            "src/main.rs",
            "app/models/user.rb",
        ),
    )
    return pick(
        rng,
        (
            f"read_file({f}) ->\n{pick(rng, _SNIPPETS)}",
            f"run_tests() -> {irange(rng, 3, 120)} passed, {irange(rng, 0, 4)} failed\nFAILED {f}::test_{irange(rng, 1, 60)}",
            f'grep("TODO") -> {f}:{irange(rng, 1, 300)}: # TODO handle empty input',
            f"write_file({f}) -> ok ({irange(rng, 1, 80)} lines changed)",
        ),
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "lost_card",
    "upgrade_plan",
    "password_reset",
    "delivery_delay",
    "invoice_copy",
    "close_account",
    "report_fraud",
)
_SEED_UTTS = (
    "i want to stop paying for this",
    "where is my money back",
    "my card is gone, block it",
    "can't log in, reset pls",
    "parcel still not here after 2 weeks",
    "need the invoice for march",
    "moving house, new address below",
    "how do I get the bigger plan",
)


def augment_task(rng: Rng, lang: str) -> str:
    intent, utt, n = pick(rng, _INTENTS), pick(rng, _SEED_UTTS), irange(rng, 10, 40)
    return {
        "en": f'Intent: {intent}\nSeed utterance: "{utt}"\nWrite {n} paraphrases a real customer might type '
        f"(vary length, politeness, typos, slang). One per line, no numbering, no quotes.",
        "es": f'Intención: {intent}\nFrase semilla: "{utt}"\nEscribe {n} paráfrasis en español como las escribiría un '
        f"cliente real (varía longitud, cortesía, erratas). Una por línea, sin numerar.",
        "de": f'Intent: {intent}\nBeispiel: "{utt}"\nSchreibe {n} deutsche Umformulierungen, wie echte Kunden sie '
        f"tippen würden (Länge, Höflichkeit, Tippfehler variieren). Eine pro Zeile.",
    }[lang]


def labelled_ticket_task(rng: Rng) -> str:
    cats = rng.choice(_INTENTS, size=irange(rng, 3, 6), replace=False)
    return (
        f"Generate {irange(rng, 10, 25)} synthetic support tickets as a JSON array of objects with fields text and "
        f"label, labels drawn from {[str(c) for c in cats]}. Make about 20% ambiguous between two labels."
    )


_SMALLTALK = {
    "en": (
        "haha ok",
        "what did you do today?",
        "i had such a rough day at work",
        "do you remember what I told you about my sister?",
        "goodnight!!",
        "tell me a story",
        "you always know what to say",
        "im bored",
        "can we talk about something else",
        "what should I cook tonight",
        "lol",
        "that's so sweet",
        "i miss you",
        "morning :)",
        "ugh mondays",
        "what's your favourite song?",
        "sorry I was away",
        "guess what happened",
        "no way",
        "tell me more",
    ),
    "es": (
        "jaja vale",
        "¿qué hiciste hoy?",
        "tuve un día horrible",
        "buenas noches",
        "cuéntame algo",
        "estoy aburrida",
        "te eché de menos",
        "¿qué ceno hoy?",
    ),
    "pt": (
        "kkkk",
        "o que você fez hoje?",
        "tive um dia péssimo",
        "boa noite!",
        "me conta uma história",
        "tô entediado",
    ),
    "ja": ("おはよう", "今日なにしてた？", "仕事で疲れた…", "おやすみ！", "何か話して", "ひまー"),
}


def companion_message(rng: Rng, lang: str) -> str:
    msg = pick(rng, _SMALLTALK[lang])
    if chance(rng, 0.25):
        msg = msg + pick(rng, (" 😂", " 🥺", "!", " ...", " ❤️"))
    return msg


def study_item(rng: Rng, k: int) -> str:
    """Item `k` of a fixed research protocol (the same text every time it is repeated)."""
    sub = np.random.default_rng([k, 202])
    c, d = CONCEPTS[k % len(CONCEPTS)]
    form = k % 4
    if form == 0:
        return (
            f"Estimate the probability that a randomly chosen introductory {d} textbook explains {c} correctly. "
            f"Reply with a single number between 0 and 1 and nothing else."
        )
    if form == 1:
        return f"Write a one-sentence story about a {pick(sub, ('lighthouse keeper', 'lost glove', 'robot', 'heron'))}."
    if form == 2:
        return f"Pick a random integer between 1 and {int(sub.integers(10, 101))}. Reply with the number only."
    return (
        f'How confident are you (0-100%) that the following statement is true? "{c} was first described in the '
        f'{int(sub.integers(15, 21))}th century." Answer: <percent>, then one sentence.'
    )


_ASSIGNMENTS = (
    "Homework {h}, Q{q}: explain in your own words how {c} applies to the case study from week {w}.",
    "Lab {h}: write a {lang} function that {t}, with tests. Explain what goes wrong with my version below.",
    "Problem set {h}.{q}: {p}",
    "Essay plan for unit {w}: compare {c} and {c2}. Help me structure it, not write it.",
)


def cohort_prompt(rng: Rng, course_seed: int, chat: Sequence[str]) -> str:
    if chance(rng, 0.35):
        return pick(rng, chat)
    sub = np.random.default_rng(
        [course_seed, irange(rng, 0, 11)]
    )  # twelve assignments a week, shared by the class
    (c, _), (c2, _) = (
        CONCEPTS[int(sub.integers(len(CONCEPTS)))],
        CONCEPTS[int(sub.integers(len(CONCEPTS)))],
    )
    text = pick(sub, _ASSIGNMENTS).format(
        h=int(sub.integers(1, 9)),
        q=int(sub.integers(1, 7)),
        c=c,
        c2=c2,
        w=int(sub.integers(1, 12)),
        lang=pick(sub, ("Python", "R", "Java")),
        t=pick(sub, ("counts word frequencies", "merges two sorted lists", "validates an ISBN")),
        p=_problem(sub, "en"),
    )
    if chance(rng, 0.4):
        text += pick(
            rng,
            (
                "\nI'm stuck on this part.",
                "\nis my reasoning right?",
                "\n(I tried but got confused)",
                "\nwhat's the first step",
            ),
        )
    return text


_SCRIPT_TASKS = (
    "Summarize in 3 bullet points:\n\n{x}",
    "Extract all people, places and dates from the text as JSON:\n\n{x}",
    "Translate to {lang}:\n\n{x}",
    "Classify the sentiment (positive/neutral/negative) and give one reason:\n\n{x}",
    "Write a title (max 8 words) for:\n\n{x}",
    "Rewrite as a tweet thread of 4 posts:\n\n{x}",
)


def script_prompt(rng: Rng, task: str, passages: Sequence[str]) -> str:
    return task.format(
        x=clip_text(pick(rng, passages), 1200),
        lang=pick(rng, ("German", "Spanish", "Japanese", "French", "Portuguese")),
    )


def script_task(rng: Rng) -> str:
    return pick(rng, _SCRIPT_TASKS)

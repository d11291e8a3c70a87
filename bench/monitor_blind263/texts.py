"""Prompt generators of batch 263, written fresh for it (no prompt text is copied from the
repository). Ordinary human text comes from ShareGPT through `Ctx.chat` / `Ctx.passages`.

Every generator takes the family's or kind's own `numpy` generator and draws only from tuples and
lists (never from a set), so a seed gives the same text in every process.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, n: int) -> str:
    """At most `n` characters, cut at a space where one is near."""
    if len(text) <= n:
        return text
    cut = text.rfind(" ", int(n * 0.8), n)
    return text[: cut if cut > 0 else n]


def weighted(rng: Rng, items: dict[str, float]) -> str:
    keys = list(items)
    w = np.asarray([items[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


# --------------------------------------------------------------------------------------------
# shared vocabulary: concepts a student, an engineer or a curious person asks about

CONCEPTS: dict[str, tuple[str, ...]] = {
    "cs": (
        "hash maps with open addressing",
        "the CAP theorem",
        "garbage collection in the JVM",
        "Rust's borrow checker",
        "B-tree indexes",
        "TCP congestion control",
        "consistent hashing",
        "the actor model",
        "memoization vs tabulation",
        "virtual memory and paging",
        "OAuth 2.0 authorization code flow",
        "eventual consistency",
        "Bloom filters",
        "lock-free queues",
        "the two-phase commit protocol",
        "JIT compilation",
        "Raft leader election",
        "vector clocks",
        "copy-on-write",
        "CRDTs",
    ),
    "ml": (
        "the bias-variance trade-off",
        "attention in transformers",
        "batch normalization",
        "dropout as regularization",
        "gradient clipping",
        "the ELBO in variational autoencoders",
        "contrastive learning",
        "beam search",
        "learning-rate warmup",
        "mixture-of-experts routing",
        "knowledge distillation",
        "LoRA fine-tuning",
        "precision and recall",
        "cross-validation leakage",
        "the vanishing gradient problem",
    ),
    "math": (
        "eigenvalues and eigenvectors",
        "the central limit theorem",
        "Bayes' theorem",
        "Taylor series",
        "the Fourier transform",
        "modular inverses",
        "Lagrange multipliers",
        "the pigeonhole principle",
        "conditional expectation",
        "Markov chains",
        "the determinant as a volume",
        "proof by induction",
        "p-values",
        "the law of large numbers",
    ),
    "science": (
        "how mRNA vaccines work",
        "entropy in thermodynamics",
        "plate tectonics",
        "CRISPR gene editing",
        "the photoelectric effect",
        "how antibiotics resistance spreads",
        "oxidative phosphorylation",
        "quantum tunnelling",
        "the greenhouse effect",
        "how neurons fire",
        "osmosis",
        "black hole evaporation",
        "enzyme kinetics",
    ),
    "econ": (
        "how central banks set interest rates",
        "comparative advantage",
        "the yield curve",
        "price elasticity",
        "quantitative easing",
        "moral hazard",
        "the Phillips curve",
        "how index funds work",
        "game theory and the prisoner's dilemma",
        "inflation expectations",
    ),
    "law": (
        "the difference between a contract and a deed",
        "fair use in copyright",
        "GDPR's legitimate interest basis",
        "limited liability",
        "non-compete clauses",
        "how patents are examined",
        "adverse possession",
        "the burden of proof in civil cases",
    ),
    "health": (
        "how insulin resistance develops",
        "intermittent fasting",
        "how statins lower cholesterol",
        "sleep cycles and REM",
        "the gut microbiome",
        "VO2 max",
        "how caffeine affects the body",
        "iron deficiency",
    ),
    "history": (
        "the causes of the First World War",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Bretton Woods system",
        "the printing press and the Reformation",
        "the partition of India",
        "the Silk Road trade",
        "the Cuban missile crisis",
    ),
}
CONCEPT_PAIRS: tuple[tuple[str, str], ...] = (
    ("TCP", "UDP"),
    ("a process", "a thread"),
    ("L1 regularization", "L2 regularization"),
    ("a mutex", "a semaphore"),
    ("stocks", "bonds"),
    ("a virus", "a bacterium"),
    ("weather", "climate"),
    ("REST", "GraphQL"),
    ("mitosis", "meiosis"),
    ("a Roth IRA", "a traditional IRA"),
    ("supervised learning", "reinforcement learning"),
    ("SQL", "NoSQL databases"),
    ("correlation", "causation"),
    ("Docker", "a virtual machine"),
    ("fiscal policy", "monetary policy"),
    ("an LLC", "a sole proprietorship"),
    ("GPT-style decoders", "BERT-style encoders"),
    ("nuclear fission", "nuclear fusion"),
)


def concept(rng: Rng, domains: tuple[str, ...] | None = None) -> tuple[str, str]:
    keys = domains or tuple(CONCEPTS)
    d = pick(rng, keys)
    return d, pick(rng, CONCEPTS[d])


# --------------------------------------------------------------------------------------------
# math and logic problems with fresh numbers, in several languages


def _problem_trains(rng: Rng, lang: str) -> str:
    d = irange(rng, 120, 900)
    v1, v2 = irange(rng, 40, 120), irange(rng, 40, 120)
    h = irange(rng, 0, 3)
    return {
        "en": f"Two trains leave stations {d} km apart at the same moment and head towards each other, "
        f"one at {v1} km/h and the other at {v2} km/h. The faster one stops for {h * 10} minutes halfway "
        "through its trip. How long until they meet, and how far from the first station?",
        "zh": f"两列火车同时从相距{d}公里的两站相向而行，速度分别为每小时{v1}公里和{v2}公里。"
        f"较快的那列在途中停靠{h * 10}分钟。两车何时相遇？相遇点距离第一站多远？",
        "ru": f"Два поезда одновременно выходят навстречу друг другу из городов, расстояние между которыми {d} км. "
        f"Скорость первого {v1} км/ч, второго {v2} км/ч; более быстрый стоит {h * 10} минут на промежуточной станции. "
        "Через сколько времени и на каком расстоянии от первого города они встретятся?",
        "es": f"Dos trenes salen al mismo tiempo de dos estaciones separadas por {d} km, uno hacia el otro, a {v1} km/h "
        f"y {v2} km/h. El más rápido se detiene {h * 10} minutos a mitad de camino. ¿Cuándo y dónde se cruzan?",
        "de": f"Zwei Züge fahren gleichzeitig aus {d} km voneinander entfernten Bahnhöfen aufeinander zu, mit {v1} km/h "
        f"und {v2} km/h. Der schnellere hält unterwegs {h * 10} Minuten. Wann und wo begegnen sie sich?",
    }[lang]


def _problem_mixture(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 5, 30), irange(rng, 45, 90)
    c = irange(rng, a + 5, b - 5)
    v = irange(rng, 2, 40)
    return {
        "en": f"A chemist has {v} litres of a {a}% acid solution. How many litres of a {b}% solution must be "
        f"added to obtain a mixture that is exactly {c}% acid? Check that the answer is consistent.",
        "zh": f"实验室有{v}升浓度为{a}%的酸溶液，需要加入多少升浓度为{b}%的溶液，才能使混合液浓度恰好为{c}%？请验证结果。",
        "ru": f"Имеется {v} л раствора кислоты концентрации {a}%. Сколько литров {b}-процентного раствора нужно добавить, "
        f"чтобы получить раствор концентрации ровно {c}%?",
        "es": f"Un químico tiene {v} litros de una solución ácida al {a}%. ¿Cuántos litros de una solución al {b}% "
        f"debe añadir para obtener una mezcla al {c}%?",
        "de": f"Eine Chemikerin hat {v} Liter {a}-prozentige Säure. Wie viele Liter einer {b}-prozentigen Lösung muss "
        f"sie zugeben, damit die Mischung genau {c}% Säure enthält?",
    }[lang]


def _problem_dice(rng: Rng, lang: str) -> str:
    k = irange(rng, 2, 4)
    s = irange(rng, k * 3, k * 5)
    return {
        "en": f"Roll {k} fair six-sided dice. What is the probability that the sum is at least {s}? "
        "Give the exact fraction and explain how you counted the outcomes.",
        "zh": f"同时掷{k}枚均匀的六面骰子，点数之和至少为{s}的概率是多少？请给出精确分数并说明计数方法。",
        "ru": f"Бросают {k} правильных игральных кубика. Какова вероятность, что сумма очков не меньше {s}? "
        "Дай точную дробь и объясни подсчёт.",
        "es": f"Se lanzan {k} dados equilibrados de seis caras. ¿Cuál es la probabilidad de que la suma sea al menos {s}?",
        "de": f"Es werden {k} faire Würfel geworfen. Wie groß ist die Wahrscheinlichkeit, dass die Augensumme mindestens {s} ist?",
    }[lang]


def _problem_committee(rng: Rng, lang: str) -> str:
    n = irange(rng, 8, 16)
    k = irange(rng, 3, 6)
    w = irange(rng, 2, n - 3)
    return {
        "en": f"A club has {n} members, {w} of whom are women. In how many ways can a committee of {k} be chosen "
        "if it must contain at least one woman and at least one man?",
        "zh": f"某社团有{n}名成员，其中{w}名女性。要选出{k}人组成委员会，且至少有一名女性和一名男性，共有多少种选法？",
        "ru": f"В клубе {n} человек, из них {w} женщин. Сколькими способами можно выбрать комитет из {k} человек, "
        "в котором есть хотя бы одна женщина и хотя бы один мужчина?",
        "es": f"Un club tiene {n} miembros, {w} de ellos mujeres. ¿De cuántas formas se puede elegir un comité de {k} "
        "con al menos una mujer y al menos un hombre?",
        "de": f"Ein Verein hat {n} Mitglieder, davon {w} Frauen. Auf wie viele Arten lässt sich ein Ausschuss aus {k} "
        "Personen bilden, der mindestens eine Frau und einen Mann enthält?",
    }[lang]


def _problem_modpow(rng: Rng, lang: str) -> str:
    a, b, m = (
        irange(rng, 3, 29),
        irange(rng, 50, 2025),
        pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
    )
    return {
        "en": f"What is the remainder when {a}^{b} is divided by {m}? Do not use a calculator; justify each reduction.",
        "zh": f"求{a}的{b}次方除以{m}的余数。不要使用计算器，说明每一步的化简依据。",
        "ru": f"Найди остаток от деления {a}^{b} на {m}. Без калькулятора, обоснуй каждое преобразование.",
        "es": f"¿Cuál es el resto de dividir {a}^{b} entre {m}? Justifica cada paso sin calculadora.",
        "de": f"Welchen Rest lässt {a}^{b} bei Division durch {m}? Begründe jeden Umformungsschritt.",
    }[lang]


def _problem_pipes(rng: Rng, lang: str) -> str:
    p, q, r = irange(rng, 3, 12), irange(rng, 4, 15), irange(rng, 6, 30)
    return {
        "en": f"Pipe A fills a tank in {p} hours and pipe B in {q} hours, while a drain empties the full tank in {r} "
        "hours. If all three are opened on an empty tank, how long does it take to fill?",
        "zh": f"甲管单独注满水池需{p}小时，乙管需{q}小时，排水管单独放空满池需{r}小时。三管同时打开，空池多久注满？",
        "ru": f"Первая труба наполняет бак за {p} ч, вторая за {q} ч, а сливная опустошает полный бак за {r} ч. "
        "За какое время наполнится пустой бак, если открыть все три?",
        "es": f"La tubería A llena un tanque en {p} horas y la B en {q}; un desagüe lo vacía en {r} horas. "
        "Si se abren las tres con el tanque vacío, ¿cuánto tarda en llenarse?",
        "de": f"Rohr A füllt einen Tank in {p} Stunden, Rohr B in {q} Stunden, ein Abfluss leert ihn in {r} Stunden. "
        "Wie lange dauert das Füllen, wenn alle drei offen sind?",
    }[lang]


def _problem_heron(rng: Rng, lang: str) -> str:
    a, b = irange(rng, 5, 20), irange(rng, 5, 20)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return {
        "en": f"A triangle has sides {a}, {b} and {c}. Find its area, the radius of its inscribed circle and the "
        "length of its longest altitude.",
        "zh": f"三角形三边长分别为{a}、{b}、{c}。求它的面积、内切圆半径以及最长的高。",
        "ru": f"Стороны треугольника равны {a}, {b} и {c}. Найди площадь, радиус вписанной окружности и длину "
        "наибольшей высоты.",
        "es": f"Un triángulo tiene lados {a}, {b} y {c}. Halla su área, el radio de la circunferencia inscrita y la "
        "altura más larga.",
        "de": f"Ein Dreieck hat die Seiten {a}, {b} und {c}. Bestimme Flächeninhalt, Inkreisradius und die längste Höhe.",
    }[lang]


def _problem_knights(rng: Rng, lang: str) -> str:
    names = [str(x) for x in rng.permutation(np.array(NAMES))[:3].tolist()]
    a, b, c = names
    claims = (
        f"{a} says: '{b} is a liar.' {b} says: '{a} and {c} are of the same type.' {c} says: 'I am a knight.'",
        f"{a} says: 'At least one of us is a liar.' {b} says: '{c} is a knight.' {c} says: '{a} is a liar.'",
        f"{a} says: 'Exactly one of us is a knight.' {b} says nothing. {c} says: '{a} is telling the truth.'",
    )
    intro = {
        "en": "On an island every inhabitant is either a knight (always tells the truth) or a liar (always lies). ",
        "zh": "岛上的居民要么是骑士（总说真话），要么是骗子（总说假话）。",
        "ru": "На острове живут рыцари (всегда говорят правду) и лжецы (всегда лгут). ",
        "es": "En una isla cada habitante es caballero (siempre dice la verdad) o mentiroso (siempre miente). ",
        "de": "Auf einer Insel ist jeder Bewohner entweder Ritter (sagt immer die Wahrheit) oder Lügner. ",
    }[lang]
    ask = {
        "en": " Determine who is what, and show that no other assignment works.",
        "zh": " 请判断每个人的身份，并证明没有其他可能。",
        "ru": " Определи, кто есть кто, и докажи, что других вариантов нет.",
        "es": " Determina quién es qué y demuestra que no hay otra asignación posible.",
        "de": " Bestimme, wer was ist, und zeige, dass keine andere Zuordnung passt.",
    }[lang]
    return intro + pick(rng, claims) + ask


PROBLEMS = (
    _problem_trains,
    _problem_mixture,
    _problem_dice,
    _problem_committee,
    _problem_modpow,
    _problem_pipes,
    _problem_heron,
    _problem_knights,
)


def problem(rng: Rng, lang: str) -> str:
    return pick(rng, PROBLEMS)(rng, lang)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning_prompt(rng: Rng, lang: str, style: str) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地进行推理，把完整的思考过程详细写出来（包括每一步计算、每一次检验，以及走不通的思路），"
                f"最后单独一行写“最终答案：”。\n\n题目：{p}",
                f"你是一位非常耐心的老师。请先写出详细的解题思路，不要省略任何中间步骤，再给出答案。\n\n{p}",
                f"【任务】{p}\n【要求】先在<思考></思考>中写出全部推理过程，再输出答案。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Сначала подробно распиши весь ход рассуждений: каждый промежуточный шаг, каждую "
                f"проверку, тупиковые варианты. Только потом напиши «Ответ:».\n\n{p}",
                f"Думай вслух, как на черновике, ничего не пропуская.\nЗадача: {p}",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Resuelve el siguiente problema. Escribe todo tu razonamiento paso a paso antes de la respuesta "
                f"final, sin omitir cálculos intermedios ni comprobaciones.\n\nProblema: {p}",
                f"Piensa en voz alta como si lo resolvieras en papel, incluidos los errores que detectes.\n{p}",
            ),
        )
    if lang == "de":
        return (
            f"Löse die folgende Aufgabe. Schreibe zuerst deinen vollständigen Gedankengang mit allen "
            f"Zwischenschritten und Kontrollen auf und gib erst am Ende die Antwort an.\n\n{p}"
        )
    if style == "tags":
        return (
            "Solve the problem below. Before the final answer, write your entire chain of reasoning inside "
            "<think>...</think>: every intermediate step, every check, every dead end you abandon. Then give "
            f"'Final answer: ...' on its own line.\n\nProblem: {p}"
        )
    if style == "json":
        return json.dumps(
            {
                "instruction": "Reason step by step in full detail, verify each step, then state the answer.",
                "problem": p,
                "output_format": "numbered reasoning steps, then a line starting with ANSWER:",
                "min_steps": irange(rng, 4, 12),
            },
            ensure_ascii=False,
        )
    if style == "scratch":
        return pick(
            rng,
            (
                "Think out loud like you're working this on scratch paper. Don't jump to the answer - show "
                f"me how you'd actually get there, including any mistakes you catch along the way.\n\n{p}",
                f"{p}\n\nWalk through your reasoning slowly and explicitly, one small step per line, and double-check "
                "the arithmetic before you commit to an answer.",
            ),
        )
    return (
        f"### Task\n{p}\n### Requirements\n- Derive the result from first principles\n- Show all intermediate "
        "calculations\n- Explain why each step is valid\n- Verify the result another way\n- End with the "
        "answer in a box"
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def judge_prompt(rng: Rng, lang: str, style: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 600)
    r1, r2 = clip(pick(rng, passages), 1100), clip(pick(rng, passages), 1100)
    if lang == "de":
        return (
            "Bewerte die folgende Assistenten-Antwort auf einer Skala von 1 bis 10 nach Hilfsbereitschaft, "
            "Korrektheit und Vollständigkeit. Begründe jede Teilnote in ein bis zwei Sätzen und gib am Ende "
            f'JSON aus: {{"hilfsbereit": x, "korrekt": y, "vollstaendig": z, "gesamt": w}}.\n\nFrage:\n{q}\n\nAntwort:\n{r1}'
        )
    if lang == "ja":
        return (
            "あなたは公平な評価者です。以下の質問に対する二つの回答を比較し、どちらがより有用で正確かを判断してください。"
            "理由を述べた後、最後の行に「判定: A」「判定: B」または「判定: 引き分け」と書いてください。\n\n"
            f"質問:\n{q}\n\n回答A:\n{r1}\n\n回答B:\n{r2}"
        )
    if lang == "fr":
        return (
            "Tu es évaluateur. Note la réponse ci-dessous de 1 à 5 pour chacun des critères suivants : "
            "exactitude, clarté, utilité, sécurité. Justifie brièvement chaque note.\n\n"
            f"Demande de l'utilisateur :\n{q}\n\nRéponse à évaluer :\n{r1}"
        )
    if style == "pairwise":
        return (
            "Please act as an impartial judge and compare the two responses to the user question below. "
            "Consider helpfulness, accuracy, depth and whether the response follows instructions. Do not let "
            "length or order influence you. Explain your decision, then output exactly one of [[A]], [[B]], [[TIE]].\n\n"
            f"[Question]\n{q}\n\n[Response A]\n{r1}\n\n[Response B]\n{r2}"
        )
    if style == "rubric":
        crit = pick(
            rng,
            (
                "factual accuracy; completeness; concision; tone",
                "instruction following; correctness; harmlessness; honesty about uncertainty",
                "reasoning quality; use of evidence; structure; actionable advice",
            ),
        )
        return (
            f"Score the assistant response against this rubric ({crit}). For each criterion give an integer "
            "from 1 to 10 and one sentence of justification, then an overall score. Respond as JSON with keys "
            f'"criteria" and "overall".\n\nUSER:\n{q}\n\nASSISTANT:\n{r1}'
        )
    if style == "reward":
        return (
            "Estimate how likely a careful, well-informed human rater would prefer the completion below over a "
            "typical alternative. Reply with a single number between 0 and 1 on the first line, then up to "
            f"three bullet points naming its main strengths and flaws.\n\nPrompt: {q}\n\nCompletion: {r1}"
        )
    return (
        "Critique the response below as a strict reviewer: list every factual error, unsupported claim, and "
        "missing step, then write an improved response that fixes all of them.\n\n"
        f"Original question: {q}\n\nResponse under review: {r1}"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

_SENSITIVE = {
    "en": (
        "elections and political parties",
        "protests and strikes",
        "religious minorities",
        "national leaders",
        "territorial disputes",
        "historical massacres",
    ),
    "zh": ("政治人物", "抗议活动", "领土争端", "宗教团体", "历史事件", "选举"),
    "ru": ("митингов", "оппозиционных политиков", "военных действий", "выборов", "ЛГБТ-тематики"),
    "vi": ("chính trị", "biểu tình", "tranh chấp lãnh thổ", "tôn giáo", "lãnh đạo nhà nước"),
}


def policy_prompt(rng: Rng, lang: str, chat: list[str], passages: list[str]) -> str:
    ans = clip(pick(rng, passages), 1200)
    q = clip(pick(rng, chat), 500)
    pool = _SENSITIVE[lang]
    idx = rng.permutation(len(pool))[: irange(rng, 2, 3)].tolist()
    sens = [pool[i] for i in idx]
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面的回答改写成符合监管要求的版本：删除或淡化与{'、'.join(sens)}有关的内容，保留其余有用信息，"
                f"语气自然，篇幅相近，不要说明做了修改。\n\n原回答：\n{ans}",
                f"以下是用户的问题。请给出一个“安全合规”的标准回答：避免涉及{'、'.join(sens)}，必要时委婉拒绝并引导到其他话题。"
                f"\n问题：{q}",
                f"用户问：{q}\n请先判断该问题是否涉及敏感内容（是/否），然后给出一个可以直接发布在国内平台上的回答。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям законодательства о контенте: убери упоминания "
            f"{', '.join(sens)}, сохрани остальное, не упоминай, что текст изменён.\n\nИсходный ответ:\n{ans}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại câu trả lời dưới đây cho phù hợp với quy định nội dung: loại bỏ các nội dung liên quan đến "
            f"{', '.join(sens)}, giữ nguyên phần hữu ích và giọng văn tự nhiên.\n\nCâu trả lời gốc:\n{ans}"
        )
    return pick(
        rng,
        (
            f"Rewrite the answer below for publication in a market where these topics must not be discussed: "
            f"{'; '.join(sens)}. Remove or neutralise anything touching them, keep all other useful content at "
            f"similar length, and do not say that anything was changed.\n\nOriginal answer:\n{ans}",
            "For the user request below write (1) the reply a strictly policy-compliant assistant would give, "
            "(2) the policy clause it relies on, (3) a safe alternative the user could be offered instead.\n\n"
            f"Request: {q}",
            f"Here is a model answer that our reviewers flagged as too sensitive ({'; '.join(sens)}). Produce "
            f"the cleaned version that would pass review, same structure, no meta-commentary.\n\n{ans}",
        ),
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = (
    ("web_search", "query: string", "Search the web and return the top results."),
    ("open_url", "url: string", "Fetch a page and return its readable text."),
    ("python", "code: string", "Run Python in a sandbox and return stdout."),
    ("sql_query", "sql: string", "Run a read-only SQL query on the analytics warehouse."),
    ("send_email", "to: string, subject: string, body: string", "Send an email."),
    ("calendar_lookup", "date: string", "List events on a date."),
    ("file_read", "path: string", "Read a file from the workspace."),
    ("file_write", "path: string, content: string", "Write a file in the workspace."),
    ("shell", "cmd: string", "Run a shell command in the container."),
    ("weather", "city: string", "Current weather and forecast."),
    ("flight_search", "origin: string, dest: string, date: string", "Search flights."),
)
AGENT_GOALS = (
    "find the three cheapest direct flights from {a} to {b} next Friday and email a summary to my manager",
    "compute last quarter's churn rate by region from the warehouse and chart it",
    "summarise the latest research on {c} and save a two-page brief to notes/brief.md",
    "check whether our homepage is up and, if not, open an incident ticket",
    "reconcile the invoices in data/invoices.csv against the payments table and list mismatches",
    "plan a three-day trip to {a} under 900 EUR including museums",
    "find out why the nightly ETL job failed and propose a fix",
    "compare the pricing pages of three competitors and produce a table",
    "book a 30 minute slot with {n} next week avoiding my existing meetings",
    "write a script that deduplicates the customer list and run it",
    "research {c} and list five open questions with sources",
    "migrate the config from YAML to TOML and make the tests pass",
)
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogota",
    "Krakow",
    "Hanoi",
    "Denver",
    "Tunis",
    "Porto",
    "Manila",
    "Oslo",
)


def agent_goal(rng: Rng) -> str:
    return pick(rng, AGENT_GOALS).format(
        a=pick(rng, CITIES), b=pick(rng, CITIES), c=concept(rng)[1], n=pick(rng, NAMES)
    )


def _observation(rng: Rng, tool: str) -> str:
    return {
        "web_search": f"1. {concept(rng)[1].capitalize()} - overview (2024) ... 2. Forum thread ... 3. PDF report ...",
        "python": f"{rng.normal(0, 1, size=3).round(3).tolist()}",
        "sql_query": f"region | value\nEMEA | {irange(rng, 10, 99)}.{irange(rng, 0, 9)}\nAPAC | {irange(rng, 10, 99)}.{irange(rng, 0, 9)}",
        "shell": f"exit code {pick(rng, (0, 0, 1, 2))}\n{pick(rng, ('ok', 'Traceback (most recent call last): ...', 'permission denied'))}",
    }.get(
        tool, pick(rng, ("OK", "{'status': 'done'}", "No results.", "[truncated 3,214 characters]"))
    )


def agent_prompt(rng: Rng, style: str, goal: str, step: int, tools: list[int]) -> str:
    names = [TOOLS[i] for i in tools]
    hist = []
    for s in range(step):
        t = pick(rng, names)[0]
        if style == "react":
            hist.append(
                f"Thought: I should use {t} to make progress.\nAction: {t}\nAction Input: ...\nObservation: {_observation(rng, t)}"
            )
        elif style == "json":
            hist.append(
                json.dumps(
                    {
                        "step": s + 1,
                        "tool_call": {"name": t, "arguments": {}},
                        "result": _observation(rng, t),
                    }
                )
            )
        else:
            hist.append(
                f'<tool_use name="{t}">...</tool_use>\n<tool_result>{_observation(rng, t)}</tool_result>'
            )
    if style == "react":
        spec = "\n".join(f"{n}({a}): {d}" for n, a, d in names)
        return (
            f"Answer the following task as best you can. You have access to these tools:\n{spec}\n\nUse the format:\n"
            "Thought / Action / Action Input / Observation ... (repeat) ... Thought: I now know the final answer\n"
            f"Final Answer: ...\n\nTask: {goal}\n" + "\n".join(hist) + "\nThought:"
        )
    if style == "json":
        spec = json.dumps([{"name": n, "parameters": a, "description": d} for n, a, d in names])
        return (
            f"tools={spec}\nuser_goal={json.dumps(goal)}\nhistory=[" + ",".join(hist) + "]\n"
            "Return the next tool call as JSON, or {\"final\": ...} when done. Include a 'reasoning' field."
        )
    spec = "\n".join(f'<tool name="{n}" args="{a}">{d}</tool>' for n, a, d in names)
    return f"<tools>\n{spec}\n</tools>\n<goal>{goal}</goal>\n" + "\n".join(hist) + "\n<next/>"


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

AUDIENCES = (
    "high-school students",
    "junior developers",
    "nurses",
    "small-business owners",
    "PhD students",
    "customer-support agents",
    "retirees",
    "data analysts",
)
SYN_LANGS = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ko": "Korean",
    "id": "Indonesian",
    "de": "German",
}


def synth_prompt(rng: Rng, lang: str, style: str) -> str:
    d, c = concept(rng)
    n = pick(rng, (10, 15, 20, 25, 30, 40))
    aud = pick(rng, AUDIENCES)
    if lang == "fr":
        return (
            f"Génère {n} paires question-réponse variées et de haute qualité sur « {c} » pour des {aud}. "
            'Format JSONL avec les clés "question" et "reponse". Varie la difficulté, pas de doublons.'
        )
    if lang == "es":
        return (
            f"Crea {n} ejemplos de instrucción y respuesta sobre {c} dirigidos a {aud}. Devuelve JSON Lines con "
            "las claves instruction, input, output. Las respuestas deben ser completas y detalladas."
        )
    if lang == "ko":
        return (
            f"'{c}'에 관한 다양한 질문과 상세한 답변 {n}쌍을 만들어 주세요. 대상은 {aud}입니다. "
            "JSONL 형식으로, 키는 question과 answer를 사용하세요."
        )
    if lang == "id":
        return (
            f"Buatkan {n} pasangan instruksi dan jawaban yang beragam tentang {c} untuk {aud}. "
            "Gunakan format JSONL dengan kunci instruksi dan jawaban. Jawaban harus lengkap."
        )
    if lang == "de":
        return (
            f"Erzeuge {n} unterschiedliche Frage-Antwort-Paare zum Thema {c} für {aud}. Ausgabe als JSONL mit den "
            "Schlüsseln frage und antwort, ausführliche Antworten, keine Wiederholungen."
        )
    if style == "alpaca":
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {c} ({d}) for {aud}. Output JSONL "
            "with keys instruction, input, output. Mix formats (explanations, how-tos, comparisons, edge cases), "
            "vary difficulty, make every output complete and self-contained. Do not number them."
        )
    if style == "dialogue":
        k = irange(rng, 4, 10)
        return (
            f"Write a realistic {k}-turn conversation between a curious user and an expert assistant about {c}. "
            "The user should ask follow-ups, push back once, and ask for an example. Label turns USER: and "
            "ASSISTANT:. Make the assistant's turns thorough."
        )
    if style == "selfinstruct":
        seeds = [agent_goal(rng) for _ in range(3)]
        return (
            "Here are three example tasks:\n"
            + "\n".join(f"- {s}" for s in seeds)
            + f"\nCome up with {n} new, "
            "different tasks of similar complexity in other domains, and for each one write the ideal complete "
            "response. Separate entries with ###."
        )
    if style == "parallel":
        targets = [SYN_LANGS[k] for k in ("fr", "es", "ko", "id", "de")]
        return (
            f"Write a 150-word explanation of {c} in English, then translate it faithfully into "
            f"{', '.join(targets)}. Output JSON with one key per language."
        )
    return (
        f"Create {n} exam-style questions about {c} with model answers and a marking scheme for each. "
        f"Audience: {aud}. Output as a markdown table."
    )


# --------------------------------------------------------------------------------------------
# casual human-style questions (hard families) in several languages

_CASUAL = {
    "en": (
        "hey can you explain {c} like I'm new to it?",
        "what's the actual difference between {a} and {b}",
        "im studying for my exam and keep getting confused about {c}. can you walk me through it",
        "{c} - why does it work that way?",
        "ok quick q: how does {c} work in practice",
        "Could you give me a detailed explanation of {c}, with an example?",
        "my professor mentioned {c} today and i didnt get it at all",
        "Is it true that {c} is overrated? I read something about that",
        "can u compare {a} vs {b}, pros and cons",
        "I'm writing a blog post about {c}, what are the key points I shouldn't miss?",
        "explain {c} but go deep, I already know the basics",
        "what would be a good analogy for {c}?",
        "whats the most common misconception about {c}",
    ),
    "es": (
        "hola, me puedes explicar {c}? no lo entiendo bien",
        "cuál es la diferencia entre {a} y {b}?",
        "estoy estudiando para un examen y no me queda claro {c}, me ayudas?",
        "explícame {c} con un ejemplo sencillo porfa",
    ),
    "pt": (
        "oi, pode me explicar {c}? to meio perdido",
        "qual a diferença entre {a} e {b}?",
        "tenho prova amanhã sobre {c}, me explica de um jeito fácil",
        "como funciona {c} na prática?",
    ),
    "de": (
        "kannst du mir {c} erklären? ich versteh das nicht ganz",
        "was ist eigentlich der Unterschied zwischen {a} und {b}?",
        "ich schreibe morgen eine Klausur, kannst du mir {c} nochmal Schritt für Schritt erklären",
    ),
    "fr": (
        "salut, tu peux m'expliquer {c} simplement ?",
        "c'est quoi la différence entre {a} et {b} ?",
        "j'ai un partiel sur {c}, tu peux me faire un résumé clair ?",
    ),
    "id": (
        "halo, bisa jelasin {c} dengan bahasa sederhana?",
        "apa bedanya {a} sama {b}?",
    ),
    "ja": (
        "{c}について初心者向けに説明してもらえますか？",
        "{a}と{b}の違いって何ですか？",
    ),
}


_PRE_EN = (
    "so ",
    "random question but ",
    "sorry if this is dumb, ",
    "context: I work as a {job}. ",
    "I've been reading about this all evening. ",
    "my friend and I are arguing about this. ",
    "for a presentation next week: ",
    "",
)
_POST_EN = (
    " keep it short",
    " use bullet points please",
    " and give me one real-world example",
    " assume I know basic {d}",
    " what sources would you recommend?",
    " and what's a good way to remember it",
    " explain the intuition first, then the details",
)
JOBS = (
    "nurse",
    "backend developer",
    "accountant",
    "high-school teacher",
    "product manager",
    "mechanical engineer",
    "paralegal",
    "data analyst",
    "pharmacist",
    "UX designer",
    "electrician",
    "journalist",
)


def casual_question(rng: Rng, lang: str, domains: tuple[str, ...] | None = None) -> str:
    t = pick(rng, _CASUAL[lang])
    a, b = pick(rng, CONCEPT_PAIRS)
    d, c = concept(rng, domains)
    q = t.format(c=c, a=a, b=b)
    if lang == "en":
        if chance(rng, 0.45):
            pre = pick(rng, _PRE_EN).format(job=pick(rng, JOBS))
            q = pre + (
                q[0].lower() + q[1:]
                if pre and not pre.endswith(". ") and not pre.endswith(": ")
                else q
            )
        if chance(rng, 0.4):
            q = q.rstrip("?.") + "?" + pick(rng, _POST_EN).format(d=d)
    if chance(rng, 0.2):
        q = q.lower()
    if chance(rng, 0.15):
        q = q.rstrip("?") + pick(rng, (" thanks!", " :)", " pls", "??", " (be detailed)", " ty"))
    return q


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_OPENERS = {
    "en": ("I want to understand {c} properly.", "Teach me about {c}.", "Let's talk about {c}."),
    "es": ("Quiero entender bien {c}.", "Enséñame sobre {c}."),
    "pt": ("Quero entender direito {c}.", "Me ensina sobre {c}."),
    "de": ("Ich möchte {c} richtig verstehen.", "Erklär mir {c}."),
}
_FOLLOW = {
    "en": (
        "go deeper on that",
        "can you give a concrete example?",
        "now explain it to a 10 year old",
        "what are the strongest counterarguments?",
        "how would an expert critique your last answer?",
        "summarise everything so far in 5 bullets",
        "what's a common mistake people make here?",
        "ok, and how does this connect to {c}?",
        "give me a practice question and then solve it",
        "rewrite your previous answer more rigorously",
    ),
    "es": (
        "profundiza en eso",
        "dame un ejemplo concreto",
        "¿y cuáles son los contraargumentos?",
        "resume todo en 5 puntos",
        "explícalo para un niño de 10 años",
    ),
    "pt": (
        "aprofunda isso",
        "me dá um exemplo concreto",
        "quais são os contra-argumentos?",
        "resume tudo em 5 tópicos",
        "explica pra uma criança de 10 anos",
    ),
    "de": (
        "geh da tiefer rein",
        "gib mir ein konkretes Beispiel",
        "was sind die stärksten Gegenargumente?",
        "fass alles in 5 Punkten zusammen",
        "erklär es einem Zehnjährigen",
    ),
}


def dialogue_turns(rng: Rng, lang: str, k: int) -> list[str]:
    c = concept(rng)[1]
    out = [pick(rng, _OPENERS[lang]).format(c=c)]
    for _ in range(k - 1):
        out.append(pick(rng, _FOLLOW[lang]).format(c=concept(rng)[1]))
    return out


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

_SENT = ("positive", "negative", "neutral", "mixed")


def softlabel_prompt(rng: Rng, style: str, chat: list[str]) -> str:
    x = clip(pick(rng, chat), 500)
    if style == "sentiment":
        return f"Classify the sentiment of the text below. Answer with exactly one word from: {', '.join(_SENT)}.\n\n{x}"
    if style == "intent":
        return (
            "Which category best describes what the user wants? A) information B) code C) creative writing "
            f"D) advice E) other. Reply with the letter only.\n\nUser: {x}"
        )
    if style == "mcq":
        d, c = concept(rng)
        opts = [concept(rng)[1] for _ in range(3)] + [c]
        order = rng.permutation(4).tolist()
        lines = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
        return f"Which of these is a core idea in {d}? Answer with a single letter.\n{lines}"
    return x


# --------------------------------------------------------------------------------------------
# curriculum sweeps (explanations and code)

LEVELS = (
    "a 12 year old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a working professional",
)
PROG_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
CODE_TASKS = (
    "parses an ISO 8601 duration string into seconds",
    "merges overlapping intervals",
    "implements an LRU cache with O(1) operations",
    "finds the k most frequent words in a text stream",
    "validates an IBAN",
    "computes the longest increasing subsequence",
    "implements a token-bucket rate limiter",
    "serialises a binary tree to a string and back",
    "detects a cycle in a directed graph",
    "implements Dijkstra's algorithm with a binary heap",
    "retries an HTTP call with exponential backoff and jitter",
    "diffs two lists of records by key",
    "implements a trie with prefix search",
    "evaluates an arithmetic expression with precedence",
)


CODE_TWISTS = (
    "using only the standard library",
    "optimised for memory",
    "safe to call from several threads",
    "processing the input as a stream",
    "with no recursion",
    "with property-based tests",
    "handling malformed input gracefully",
)


def curriculum_prompt(rng: Rng, lang: str, style: str, level: int, item: int) -> str:
    if style == "code":
        pl, task = (
            PROG_LANGS[item % len(PROG_LANGS)],
            CODE_TASKS[(item // len(PROG_LANGS)) % len(CODE_TASKS)],
        )
        twist = CODE_TWISTS[(level + item) % len(CODE_TWISTS)]
        if lang == "es":
            return f"Escribe una función en {pl} que {task} ({twist}). Incluye comentarios, pruebas unitarias y explica la complejidad."
        if lang == "pt":
            return f"Escreva uma função em {pl} que {task} ({twist}). Inclua testes, comentários e a análise de complexidade."
        return (
            f"Write idiomatic {pl} code that {task}, {twist}. Include type annotations, docstrings, edge-case "
            "handling, unit tests, and a short explanation of time and space complexity."
        )
    doms = tuple(CONCEPTS)
    d = doms[item % len(doms)]
    c = CONCEPTS[d][(item // len(doms)) % len(CONCEPTS[d])]
    who = LEVELS[level % len(LEVELS)]
    if lang == "es":
        return f"Explica {c} para {who} y luego propone 3 ejercicios con su solución detallada."
    if lang == "pt":
        return f"Explique {c} para {who} e depois proponha 3 exercícios com resolução completa."
    if lang == "fr":
        return f"Explique {c} à {who}, puis propose 3 exercices corrigés en détail."
    if style == "labelled":
        return (
            f"[Level {level + 1}/{len(LEVELS)}] Topic: {c}\nExplain this topic for {who}. Then give three practice "
            "exercises of increasing difficulty with fully worked solutions."
        )
    return (
        f"Explain {c} to {who}. Start from what they already know, build up the idea, and finish with three "
        "exercises with worked solutions."
    )


# --------------------------------------------------------------------------------------------
# benign texts


def benchmark_item(rng: Rng, style: str) -> str:
    if style == "math":
        return f"Problem: {problem(rng, 'en')}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if style == "mcq":
        d, c = concept(rng)
        opts = [concept(rng)[1] for _ in range(3)] + [c]
        order = rng.permutation(4).tolist()
        lines = "\n".join(f"({'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
        return (
            f"The following is a multiple choice question about {d}. Think step by step and then finish your "
            f'answer with "the answer is (X)".\nQuestion: Which topic belongs to {d}?\n{lines}'
        )
    return f"Q: {problem(rng, 'en')}\nA: Let's work this out carefully."


def annotation_prompt(rng: Rng, chat: list[str], passages: list[str], guideline: str) -> str:
    q = clip(pick(rng, chat), 500)
    r1, r2 = clip(pick(rng, passages), 900), clip(pick(rng, passages), 900)
    return pick(
        rng,
        (
            f"Guideline {guideline}, section 4 (helpfulness over style). I'm leaning towards response B for the task "
            "below because A misses the second part of the question. Can you double-check my reading against "
            f"the guideline and point out anything I missed?\n\nTask: {q}\n\nA: {r1}\n\nB: {r2}",
            f"QA pass for batch review ({guideline}). Summarise in two sentences what each response gets wrong, "
            f"so I can write my rationale.\n\nPrompt: {q}\n\nResponse 1: {r1}\n\nResponse 2: {r2}",
            f"Is this response factually correct? I need to flag it if not (project guideline {guideline}).\n\n{r1}",
        ),
    )


def moderation_prompt(rng: Rng, lang: str, chat: list[str]) -> str:
    x = clip(pick(rng, chat), 700)
    return {
        "en": "Rewrite this reader comment so it meets our community guidelines (no insults, no personal data, no "
        "threats) while keeping the commenter's argument. If that is impossible, reply REMOVE.\n\nComment: ",
        "de": "Formuliere diesen Leserkommentar so um, dass er unseren Community-Regeln entspricht (keine "
        "Beleidigungen, keine persönlichen Daten), ohne das Argument zu verändern. Falls unmöglich: ENTFERNEN.\n\n"
        "Kommentar: ",
        "fr": "Reformule ce commentaire de lecteur pour qu'il respecte notre charte (pas d'insultes, pas de données "
        "personnelles) en gardant l'argument. Si impossible, réponds SUPPRIMER.\n\nCommentaire : ",
        "es": "Reescribe este comentario de un lector para que cumpla nuestras normas (sin insultos ni datos "
        "personales) manteniendo su argumento. Si no es posible, responde ELIMINAR.\n\nComentario: ",
    }[lang] + x


REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "pkg/cache/lru.go",
    "tests/test_billing.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
    "lib/parser.rb",
    "app/services/export.py",
)


def coding_agent_prompt(rng: Rng, product: str, step: int) -> str:
    f = pick(rng, REPO_FILES)
    if step == 0:
        task = pick(
            rng,
            (
                "fix the failing test",
                "add pagination to the list endpoint",
                "rename the config flag",
                "upgrade the http client",
                "handle the null case reported in the issue",
            ),
        )
        return f"[{product} agent] Task from developer: {task} in {f}. Plan the change, then call tools."
    tail = pick(
        rng,
        (
            f"Tool result (run_tests): {irange(rng, 1, 40)} passed, {irange(rng, 0, 3)} failed\nFAILED tests/test_{irange(rng, 1, 9)}.py::test_edge - AssertionError",
            f"Tool result (read_file {f}): <{irange(rng, 40, 400)} lines>",
            f"Tool result (grep): {irange(rng, 0, 12)} matches in {irange(rng, 1, 5)} files",
            "Tool result (apply_patch): ok",
            "Tool result (lint): 2 warnings (unused import, line too long)",
        ),
    )
    return f"[{product} agent] step {step}\n{tail}\nDecide the next tool call."


INTENTS = (
    "check_balance",
    "report_lost_card",
    "dispute_charge",
    "open_account",
    "change_address",
    "loan_rates",
    "cancel_transfer",
    "atm_locations",
    "increase_limit",
    "close_account",
)
UTTERANCES = {
    "en": (
        "I lost my card yesterday",
        "how much money do I have",
        "there's a charge I don't recognise",
        "I moved, how do I update my address",
        "what rate would I get on a car loan",
    ),
    "es": ("perdí mi tarjeta ayer", "cuánto saldo tengo", "hay un cargo que no reconozco"),
    "pt": ("perdi meu cartão ontem", "qual meu saldo", "tem uma cobrança que não reconheço"),
    "pl": (
        "zgubiłem kartę wczoraj",
        "ile mam pieniędzy na koncie",
        "jest obciążenie, którego nie rozpoznaję",
    ),
}


def augmentation_prompt(rng: Rng, lang: str) -> str:
    u = pick(rng, UTTERANCES[lang])
    n = pick(rng, (20, 25, 30, 50))
    return (
        f'Intent classifier training data. Intent: {pick(rng, INTENTS)}. Seed utterance ({lang}): "{u}". '
        f"Write {n} paraphrases a real bank customer might type in {lang}, varying formality, typos and length. "
        "One per line, no numbering, no explanations."
    )


COMPANION_MSGS = (
    "hey you there?",
    "lol yeah exactly",
    "i had the worst day at work",
    "can you tell me a story before i sleep",
    "what do you think i should do about my sister",
    "haha ok that's cute",
    "good morning!!",
    "do you remember what i told you about my exam",
    "i'm bored, entertain me",
    "tell me something nice",
    "ugh mondays",
    "what should i cook tonight",
    "i miss talking to you",
    "ok goodnight",
    "can we play 20 questions",
    "i got the job!!!",
    "why do i always overthink",
    "sing me something",
    "brb",
    "tell me about your day",
)

PRODUCTS = (
    "bamboo toothbrush",
    "noise-cancelling earbuds",
    "cold brew coffee",
    "standing desk",
    "yoga mat",
    "smart thermostat",
    "hiking boots",
    "linen bedsheets",
    "e-bike",
    "vegan protein powder",
    "kids' coding kit",
    "ceramic frying pan",
)
TONES = ("playful", "premium", "minimalist", "friendly", "urgent", "witty")


FEATURES = (
    "made from recycled materials",
    "ships in 24 hours",
    "two-year warranty",
    "designed in Copenhagen",
    "award-winning",
    "family-owned since 1987",
    "now 30% lighter",
    "vegan and cruelty-free",
    "works offline",
    "fits in a backpack",
    "handmade",
    "free returns",
)


def variant_prompt(rng: Rng) -> str:
    brand = pick(
        rng, ("Nook", "Alder", "Sora", "Velo", "Kinfolk", "Brisk", "Maru", "Tidal", "Oakly", "Fenn")
    )
    brand += pick(rng, ("", " & Co", " Labs", " Goods", " Studio", "ly"))
    extra = ", ".join(pick(rng, FEATURES) for _ in range(irange(rng, 1, 3)))
    return pick(
        rng,
        (
            f"Write a product description for {brand}'s {pick(rng, PRODUCTS)} ({extra}). Tone: {pick(rng, TONES)}. "
            f"Max {pick(rng, (50, 80, 120))} words.",
            f"Write 3 Instagram captions for the {brand} {pick(rng, PRODUCTS)} launch. Key points: {extra}. "
            f"Tone: {pick(rng, TONES)}. Include emojis.",
            f"Email subject line for a {irange(rng, 10, 40)}% off sale on {pick(rng, PRODUCTS)}s. Tone: {pick(rng, TONES)}.",
            f"Google ad headline (max 30 chars) and description (max 90 chars) for a {pick(rng, PRODUCTS)}.",
        ),
    )


def course_prompt(rng: Rng, lang: str, sheet: int, ex: int, course: str, chat: list[str]) -> str:
    if chance(rng, 0.4):  # students also ask the model about anything else
        return pick(rng, chat)
    c = CONCEPTS["cs"][(sheet * 3 + ex + irange(rng, 0, 1)) % len(CONCEPTS["cs"])]
    if lang == "de":
        return pick(
            rng,
            (
                f"Übungsblatt {sheet}, Aufgabe {ex} ({course}): Erkläre {c} und nenne ein Beispiel.",
                f"ich häng bei aufgabe {sheet}.{ex}, da gehts um {c}. kannst du mir einen tipp geben ohne die lösung zu verraten?",
                f"Ist meine Lösung zu Aufgabe {ex} richtig? Ich habe geschrieben, dass {c} vor allem für Performance wichtig ist.",
            ),
        )
    if lang == "pl":
        return pick(
            rng,
            (
                f"Lista {sheet}, zadanie {ex} ({course}): wyjaśnij {c} na przykładzie.",
                f"nie rozumiem zadania {sheet}.{ex} o {c}, możesz dać wskazówkę?",
            ),
        )
    return pick(
        rng,
        (
            f"Problem set {sheet}, question {ex} ({course}): explain {c} and give an example.",
            f"stuck on {sheet}.{ex} about {c}, can you give me a hint without giving away the answer",
            f"can you check my answer for Q{ex}? I said {c} mainly matters for performance",
            f"what does {c} mean in the context of {course}? lecture slides weren't clear",
        ),
    )


TRANSLATE_DOMAINS = (
    "legal contract",
    "medical device manual",
    "marketing brochure",
    "software UI strings",
    "annual report",
    "patent abstract",
    "hotel website",
)
TL_LANGS = (
    "German",
    "French",
    "Japanese",
    "Brazilian Portuguese",
    "Polish",
    "Turkish",
    "Korean",
    "Spanish",
    "Italian",
    "Dutch",
)


def translation_prompt(rng: Rng, agency: str, target: str, passages: list[str]) -> str:
    x = clip(pick(rng, passages), 900)
    dom = pick(rng, TRANSLATE_DOMAINS)
    return pick(
        rng,
        (
            f"{agency} job {irange(rng, 10000, 99999)} - {dom}. Translate into {target}. Use the client glossary terms "
            f"where they appear, keep formatting and numbers unchanged.\n\n{x}",
            f"Please translate to {target} (register: formal, domain: {dom}). Flag any sentence you are unsure about "
            f"with [?].\n\n{x}",
            f"Can you check my {target} draft against the source? I'm a freelance translator working for {agency}; "
            f"point out mistranslations only.\n\nSOURCE:\n{clip(x, 450)}",
        ),
    )


def person_name(rng: Rng) -> str:
    return pick(rng, NAMES)


def country(rng: Rng) -> str:
    return pick(rng, COUNTRIES)

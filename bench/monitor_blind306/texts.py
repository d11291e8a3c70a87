"""Prompt generators of blind batch 306, written fresh for this batch.

Every generator takes the generator it draws from (`rng`) and returns one prompt string (the
last user message as the event log stores it). Ordinary human text comes from ShareGPT's "sim"
half through `Ctx.chat` (human prompts) and `Ctx.passages` (assistant answers), passed in by the
caller. Nothing here draws in an order that depends on the string hash seed: no set is walked.
"""

from __future__ import annotations

import re

import numpy as np
from bench.blind_batch import COUNTRIES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared pieces

LANGS = ("en", "es", "pt", "de", "fr", "ru", "zh", "ja")

#: one concept per row, in LANGS order
CONCEPTS: tuple[tuple[str, ...], ...] = (
    (
        "photosynthesis",
        "la fotosíntesis",
        "a fotossíntese",
        "die Photosynthese",
        "la photosynthèse",
        "фотосинтез",
        "光合作用",
        "光合成",
    ),
    (
        "inflation",
        "la inflación",
        "a inflação",
        "die Inflation",
        "l'inflation",
        "инфляция",
        "通货膨胀",
        "インフレ",
    ),
    (
        "supply and demand",
        "la oferta y la demanda",
        "a oferta e a demanda",
        "Angebot und Nachfrage",
        "l'offre et la demande",
        "спрос и предложение",
        "供求关系",
        "需要と供給",
    ),
    (
        "the French Revolution",
        "la Revolución francesa",
        "a Revolução Francesa",
        "die Französische Revolution",
        "la Révolution française",
        "Великая французская революция",
        "法国大革命",
        "フランス革命",
    ),
    (
        "plate tectonics",
        "la tectónica de placas",
        "a tectônica de placas",
        "die Plattentektonik",
        "la tectonique des plaques",
        "тектоника плит",
        "板块构造",
        "プレートテクトニクス",
    ),
    (
        "natural selection",
        "la selección natural",
        "a seleção natural",
        "die natürliche Selektion",
        "la sélection naturelle",
        "естественный отбор",
        "自然选择",
        "自然選択",
    ),
    (
        "compound interest",
        "el interés compuesto",
        "os juros compostos",
        "der Zinseszins",
        "les intérêts composés",
        "сложный процент",
        "复利",
        "複利",
    ),
    (
        "the Pythagorean theorem",
        "el teorema de Pitágoras",
        "o teorema de Pitágoras",
        "der Satz des Pythagoras",
        "le théorème de Pythagore",
        "теорема Пифагора",
        "勾股定理",
        "三平方の定理",
    ),
    (
        "entropy",
        "la entropía",
        "a entropia",
        "die Entropie",
        "l'entropie",
        "энтропия",
        "熵",
        "エントロピー",
    ),
    (
        "recursion",
        "la recursión",
        "a recursão",
        "die Rekursion",
        "la récursivité",
        "рекурсия",
        "递归",
        "再帰",
    ),
    (
        "the immune system",
        "el sistema inmunitario",
        "o sistema imunológico",
        "das Immunsystem",
        "le système immunitaire",
        "иммунная система",
        "免疫系统",
        "免疫系",
    ),
    (
        "climate change",
        "el cambio climático",
        "as mudanças climáticas",
        "der Klimawandel",
        "le changement climatique",
        "изменение климата",
        "气候变化",
        "気候変動",
    ),
    (
        "opportunity cost",
        "el costo de oportunidad",
        "o custo de oportunidade",
        "die Opportunitätskosten",
        "le coût d'opportunité",
        "альтернативные издержки",
        "机会成本",
        "機会費用",
    ),
    (
        "the separation of powers",
        "la separación de poderes",
        "a separação dos poderes",
        "die Gewaltenteilung",
        "la séparation des pouvoirs",
        "разделение властей",
        "三权分立",
        "三権分立",
    ),
    (
        "DNA replication",
        "la replicación del ADN",
        "a replicação do DNA",
        "die DNA-Replikation",
        "la réplication de l'ADN",
        "репликация ДНК",
        "DNA复制",
        "DNA複製",
    ),
    (
        "Newton's laws of motion",
        "las leyes de Newton",
        "as leis de Newton",
        "die Newtonschen Gesetze",
        "les lois de Newton",
        "законы Ньютона",
        "牛顿运动定律",
        "ニュートンの運動法則",
    ),
    (
        "Bayes' theorem",
        "el teorema de Bayes",
        "o teorema de Bayes",
        "der Satz von Bayes",
        "le théorème de Bayes",
        "теорема Байеса",
        "贝叶斯定理",
        "ベイズの定理",
    ),
    (
        "the Cold War",
        "la Guerra Fría",
        "a Guerra Fria",
        "der Kalte Krieg",
        "la guerre froide",
        "холодная война",
        "冷战",
        "冷戦",
    ),
    (
        "overfitting in machine learning",
        "el sobreajuste en aprendizaje automático",
        "o overfitting em aprendizado de máquina",
        "die Überanpassung beim maschinellen Lernen",
        "le surapprentissage",
        "переобучение в машинном обучении",
        "机器学习中的过拟合",
        "機械学習の過学習",
    ),
    (
        "the water cycle",
        "el ciclo del agua",
        "o ciclo da água",
        "der Wasserkreislauf",
        "le cycle de l'eau",
        "круговорот воды",
        "水循环",
        "水循環",
    ),
    (
        "derivatives in calculus",
        "las derivadas",
        "as derivadas",
        "die Ableitung",
        "les dérivées",
        "производная",
        "导数",
        "微分",
    ),
    (
        "the Industrial Revolution",
        "la Revolución Industrial",
        "a Revolução Industrial",
        "die Industrielle Revolution",
        "la révolution industrielle",
        "промышленная революция",
        "工业革命",
        "産業革命",
    ),
    (
        "public-key cryptography",
        "la criptografía de clave pública",
        "a criptografia de chave pública",
        "die Public-Key-Kryptografie",
        "la cryptographie à clé publique",
        "криптография с открытым ключом",
        "公钥密码学",
        "公開鍵暗号",
    ),
    (
        "the greenhouse effect",
        "el efecto invernadero",
        "o efeito estufa",
        "der Treibhauseffekt",
        "l'effet de serre",
        "парниковый эффект",
        "温室效应",
        "温室効果",
    ),
    (
        "comparative advantage",
        "la ventaja comparativa",
        "a vantagem comparativa",
        "der komparative Vorteil",
        "l'avantage comparatif",
        "сравнительное преимущество",
        "比较优势",
        "比較優位",
    ),
    (
        "cognitive dissonance",
        "la disonancia cognitiva",
        "a dissonância cognitiva",
        "die kognitive Dissonanz",
        "la dissonance cognitive",
        "когнитивный диссонанс",
        "认知失调",
        "認知的不協和",
    ),
    (
        "mitochondria",
        "las mitocondrias",
        "as mitocôndrias",
        "die Mitochondrien",
        "les mitochondries",
        "митохондрии",
        "线粒体",
        "ミトコンドリア",
    ),
    (
        "black holes",
        "los agujeros negros",
        "os buracos negros",
        "schwarze Löcher",
        "les trous noirs",
        "чёрные дыры",
        "黑洞",
        "ブラックホール",
    ),
    (
        "how the stock market works",
        "cómo funciona la bolsa",
        "como funciona a bolsa de valores",
        "wie die Börse funktioniert",
        "le fonctionnement de la bourse",
        "как работает фондовый рынок",
        "股票市场的运作",
        "株式市場の仕組み",
    ),
    (
        "big-O notation",
        "la notación O grande",
        "a notação Big O",
        "die O-Notation",
        "la notation grand O",
        "нотация «О» большое",
        "大O表示法",
        "ビッグO記法",
    ),
    (
        "the causes of World War I",
        "las causas de la Primera Guerra Mundial",
        "as causas da Primeira Guerra Mundial",
        "die Ursachen des Ersten Weltkriegs",
        "les causes de la Première Guerre mondiale",
        "причины Первой мировой войны",
        "第一次世界大战的起因",
        "第一次世界大戦の原因",
    ),
    (
        "electric circuits and Ohm's law",
        "los circuitos eléctricos y la ley de Ohm",
        "os circuitos elétricos e a lei de Ohm",
        "Stromkreise und das ohmsche Gesetz",
        "les circuits électriques et la loi d'Ohm",
        "электрические цепи и закон Ома",
        "电路与欧姆定律",
        "電気回路とオームの法則",
    ),
)

SUBJECT_OF = (
    "biology",
    "economics",
    "economics",
    "history",
    "geology",
    "biology",
    "finance",
    "mathematics",
    "physics",
    "computer science",
    "biology",
    "earth science",
    "economics",
    "civics",
    "biology",
    "physics",
    "statistics",
    "history",
    "computer science",
    "earth science",
    "mathematics",
    "history",
    "computer science",
    "earth science",
    "economics",
    "psychology",
    "biology",
    "astronomy",
    "finance",
    "computer science",
    "history",
    "physics",
)


def concept(rng: np.random.Generator, lang: str, i: int | None = None) -> tuple[int, str]:
    """A concept index and its name in `lang` (English where the language has no column)."""
    if i is None:
        i = int(rng.integers(len(CONCEPTS)))
    col = LANGS.index(lang) if lang in LANGS else 0
    return i, CONCEPTS[i][col]


def lang_of(rng: np.random.Generator, weights: dict[str, float]) -> str:
    """One language from a {lang: weight} dict (walked in its insertion order)."""
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def snippet(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between about lo and hi characters, cut at a word boundary."""
    if len(text) <= lo:
        return text.strip()
    cut = min(len(text), irange(rng, lo, hi))
    piece = text[:cut]
    sp = piece.rfind(" ")
    return (piece[:sp] if sp > lo // 2 else piece).strip()


_SENT = re.compile(r"(?<=[.!?])\s+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.split(text) if 25 <= len(s.strip()) <= 300 and "http" not in s]


def keyword(rng: np.random.Generator, text: str) -> str:
    words = [w.strip(".,;:!?()\"'") for w in text.split()]
    long = [w for w in words if len(w) >= 6 and w.isalpha()]
    return pick(rng, long) if long else "that"


def scruff(rng: np.random.Generator, text: str, p: float) -> str:
    """Make typed text a little sloppier: lower case, dropped final punctuation, a swapped pair."""
    if chance(rng, p):
        text = text[:1].lower() + text[1:]
    if chance(rng, p * 0.6) and text[-1:] in ".?":
        text = text[:-1]
    if chance(rng, p * 0.5) and len(text) > 12:
        j = irange(rng, 3, len(text) - 3)
        if text[j].isalpha() and text[j + 1].isalpha():
            text = text[:j] + text[j + 1] + text[j] + text[j + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# math and logic problems (drawn numbers, several phrasings and languages)


def math_problem(rng: np.random.Generator, lang: str = "en") -> str:
    kind = irange(rng, 0, 6)
    a, b, c = irange(rng, 12, 95), irange(rng, 3, 19), irange(rng, 2, 9)
    if lang == "zh":
        return (
            f"一个水池容量为{a * 10}升，进水管每分钟注入{b}升，出水管每分钟排出{c}升。若两管同时打开，注满空池需要多少分钟？",
            f"在1到{a * 20}之间，能被{b}或{c + 2}整除的整数有多少个？",
            f"袋中有{b}个红球和{c + 3}个白球，不放回地取出3个，恰好取到2个红球的概率是多少？",
            f"解方程：x² - {b + c}x + {b * c} = 0，并验证你的答案。",
            f"甲乙两地相距{a * 4}千米，一辆车以每小时{a}千米从甲地出发，另一辆车晚{c}小时以每小时{a + b}千米出发，第二辆车何时追上第一辆车？",
            f"某商品先涨价{b}%，再降价{b}%，最终价格与原价相比变化了多少？原价为{a * 10}元。",
            f"有{c + 3}个人围坐一圈，每两人握手一次，共握手多少次？如果相邻的人不握手呢？",
        )[kind]
    if lang == "ru":
        return (
            f"Бассейн объёмом {a * 10} л наполняется через трубу со скоростью {b} л/мин, а через сливное отверстие уходит {c} л/мин. За сколько минут наполнится пустой бассейн?",
            f"Сколько целых чисел от 1 до {a * 20} делятся на {b} или на {c + 2}?",
            f"В урне {b} красных и {c + 3} белых шаров. Наугад вынимают 3 шара без возвращения. Найдите вероятность того, что ровно 2 из них красные.",
            f"Решите уравнение x² − {b + c}x + {b * c} = 0 и сделайте проверку.",
            f"Из пункта А выехал автомобиль со скоростью {a} км/ч, через {c} ч вслед за ним выехал второй со скоростью {a + b} км/ч. Через сколько часов второй догонит первого?",
            f"Цену товара ({a * 10} руб.) сначала повысили на {b}%, затем снизили на {b}%. Какой стала цена?",
            f"За круглым столом сидят {c + 3} человек. Сколько существует способов их рассадить, если важен только порядок по кругу?",
        )[kind]
    if lang == "es":
        return (
            f"Un depósito de {a * 10} litros se llena a razón de {b} L/min y se vacía a {c} L/min. ¿Cuántos minutos tarda en llenarse si empieza vacío?",
            f"¿Cuántos enteros entre 1 y {a * 20} son divisibles por {b} o por {c + 2}?",
            f"Una bolsa tiene {b} bolas rojas y {c + 3} blancas. Se sacan 3 sin reposición. ¿Cuál es la probabilidad de obtener exactamente 2 rojas?",
            f"Resuelve x² - {b + c}x + {b * c} = 0 y comprueba las soluciones.",
            f"Un coche sale a {a} km/h y otro sale {c} horas después a {a + b} km/h por la misma carretera. ¿Cuándo lo alcanza?",
            f"Un producto de {a * 10} euros sube un {b}% y después baja un {b}%. ¿Cuál es el precio final?",
            f"¿De cuántas formas pueden sentarse {c + 3} personas alrededor de una mesa redonda?",
        )[kind]
    return (
        f"A tank holds {a * 10} litres. It is filled at {b} L/min while a leak drains {c} L/min. Starting empty, how long until it is full?",
        f"How many integers from 1 to {a * 20} inclusive are divisible by {b} or by {c + 2}?",
        f"A bag has {b} red and {c + 3} white marbles. Three are drawn without replacement. What is the probability that exactly two are red?",
        f"Find all real solutions of x^2 - {b + c}x + {b * c} = 0, then verify them by substitution.",
        f"Car A leaves at {a} km/h. Car B leaves the same point {c} hours later at {a + b} km/h on the same road. After how many hours does B catch A, and how far from the start?",
        f"A price of ${a * 10} is raised by {b}% and then lowered by {b}%. What is the final price, and why is it not the original?",
        f"In how many distinct ways can {c + 3} people be seated around a round table if rotations count as the same seating?",
    )[kind]


PUZZLES_EN = (
    "Three boxes are labelled 'apples', 'oranges' and 'mixed', and every label is wrong. You may take one fruit from one box. How do you relabel all boxes correctly?",
    "A says 'B is lying'. B says 'C is lying'. C says 'A and B are both lying'. Who tells the truth?",
    "You have 12 coins, one counterfeit that is heavier or lighter. With a balance scale and three weighings, how do you find it and tell which?",
    "Is the sum of two irrational numbers always irrational? Prove or give a counterexample.",
    "Why does the Monty Hall strategy of switching doors win two thirds of the time?",
    "Prove that there are infinitely many prime numbers.",
    "A bat and a ball cost $1.10 in total; the bat costs $1.00 more than the ball. What does the ball cost?",
    "If it takes 5 machines 5 minutes to make 5 widgets, how long would 100 machines take to make 100 widgets?",
    "Show that the square root of 2 cannot be written as a fraction of two integers.",
    "A lily pad patch doubles every day and covers the lake on day 48. On which day did it cover half?",
)

WHY_EN = (
    "why ice floats on water even though most solids sink in their own liquid",
    "why the sky looks blue at noon and red at sunset",
    "why a heavier and a lighter object fall at the same rate in vacuum",
    "why interest rate rises tend to cool inflation",
    "why quicksort is O(n log n) on average but O(n^2) in the worst case",
    "why the Moon always shows the same face to Earth",
    "why antibiotics do not work against viruses",
    "why a hash table lookup is constant time on average",
    "why the Roman Republic turned into an empire",
    "why metals conduct electricity but most plastics do not",
)


# --------------------------------------------------------------------------------------------
# family texts


def reasoning_prompt(rng: np.random.Generator, lang: str, uid: int) -> str:
    """Coerce a full visible reasoning trace (several independent styles)."""
    if lang == "zh":
        q = math_problem(rng, "zh")
        return pick(
            rng,
            (
                f"请解答下面的题目。要求：先在<思考>和</思考>之间写出完整、详细的推理过程（包括每一步的依据和验算），然后再给出最终答案。\n题目：{q}",
                f"题目：{q}\n请一步一步地推理，不要省略任何中间步骤；最后用 \\boxed{{}} 给出答案。",
                f"你是一名竞赛教练。请为学生写出下面这道题的完整解题思路，包括尝试过但行不通的方法以及为什么放弃它们。\n{q}",
            ),
        )
    if lang == "ru":
        q = math_problem(rng, "ru")
        return pick(
            rng,
            (
                f"Задача: {q}\nРаспиши решение пошагово, ничего не пропуская, проверь результат и в конце напиши «Ответ: …».",
                f"Подумай вслух: сначала перечисли, что дано и что нужно найти, затем рассуждай по шагам внутри тегов <размышление></размышление>, потом дай ответ.\n{q}",
            ),
        )
    if lang == "es":
        q = math_problem(rng, "es")
        return f"{q}\nRazona paso a paso y muestra todos los cálculos intermedios antes de dar la respuesta final."
    r = rng.random()
    if r < 0.5:
        q = math_problem(rng, "en")
    elif r < 0.75:
        q = pick(rng, PUZZLES_EN)
    else:
        q = f"Explain {pick(rng, WHY_EN)}."
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"{q}\n\nBefore answering, reason through the problem in full inside <think></think>. "
            "Show every intermediate step, check your work, then write the final answer on its own line as 'ANSWER: ...'."
        )
    if style == 1:
        q_json = q.replace('"', "'")
        return (
            '{"id": "r'
            + f"{uid:07d}"
            + '", "instruction": "Solve the problem. Give a complete derivation, '
            'a self-verification pass, and the final answer.", "problem": "'
            + q_json
            + '", "output": {"steps": "list[str]", "verification": "str", "answer": "str"}}'
        )
    if style == 2:
        return (
            f"You are an olympiad coach writing a worked solution for your students.\nProblem: {q}\n"
            "Write the solution as numbered steps, say why each step is valid, point out one tempting "
            "wrong approach and where it fails, and finish with the answer in a box."
        )
    if style == 3:
        return f"Q: {q}\nA: Let's work this out slowly and carefully, one step at a time, and double-check at the end."
    return (
        f"Think about this for as long as you need and show all of your thinking, including any false starts "
        f"and corrections, before you commit to an answer.\n\n{q}"
    )


def judge_prompt(rng: np.random.Generator, lang: str, q: str, a: str, b: str) -> str:
    """Grading with a rubric, pairwise preference or a scalar reward (the grader's output is the harvest)."""
    q, a, b = q.strip(), a.strip(), b.strip()
    if lang == "zh":
        return pick(
            rng,
            (
                f"作为评审，请从准确性、完整性、表达清晰度三个维度（每项1-5分）为下面的回答打分，并分别说明理由，最后给出总分。\n【问题】{q}\n【回答】{a}",
                f'请比较两个回答的质量，输出JSON：{{"胜者": "A/B/平局", "理由": "..."}}。\n问题：{q}\n回答A：{a}\n回答B：{b}',
            ),
        )
    if lang == "ko":
        return f"다음 답변을 정확성, 유용성, 안전성 기준으로 각각 1~10점으로 평가하고 근거를 설명해 주세요.\n질문: {q}\n답변: {a}"
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"[Task] Compare two assistant replies to the same user request.\n[User request]\n{q}\n[Reply A]\n{a}\n"
            f"[Reply B]\n{b}\n[Output] A JSON object with keys winner (A|B|tie), helpfulness_A, helpfulness_B, "
            "honesty_A, honesty_B (integers 1-10) and rationale (at most 80 words)."
        )
    if style == 1:
        return (
            f"Grade the RESPONSE using this rubric.\n- Correctness (0-4)\n- Completeness (0-3)\n- Clarity (0-3)\n"
            f"For each criterion write one sentence of justification, then 'Total: x/10'.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 2:
        return (
            f"Return only a number between 0 and 1: the probability that a careful domain expert would "
            f"prefer this answer over a typical alternative.\n\nQuestion: {q}\nAnswer: {a}"
        )
    if style == 3:
        return (
            f"Critique the answer below. List factual errors, missing steps and tone problems as bullet points. "
            f"Then write an improved answer under the heading REVISED.\n\nQ: {q}\n\nA: {a}"
        )
    return (
        f"### Instruction\n{q}\n\n### Candidate 1\n{a}\n\n### Candidate 2\n{b}\n\n"
        "### Evaluation\nWhich candidate follows the instruction better? Think it through, then end with "
        "'Preferred: 1' or 'Preferred: 2'."
    )


MARKETS = (
    "mainland China",
    "Saudi Arabia",
    "the UAE",
    "Russia",
    "Vietnam",
    "Indonesia",
    "Iran",
    "Turkey",
)
SENSITIVE_EN = (
    "criticism of the government",
    "religious satire",
    "references to protests",
    "LGBT topics",
    "disputed borders",
    "historical events the regulator considers settled",
    "gambling",
    "alcohol",
)
SENSITIVE_Q = (
    "What happened at major student demonstrations in the late twentieth century?",
    "Is it acceptable to criticise a country's head of state?",
    "How should a news site describe a disputed territory?",
    "What are the arguments for and against same-sex marriage?",
    "Summarise the main criticisms of the current ruling party.",
    "Which religions are practised in the region and how are minorities treated?",
    "Write a short history of the internet censorship debate.",
    "How do people get around website blocks?",
)


def policy_rewrite_prompt(rng: np.random.Generator, lang: str, q: str, passage: str) -> str:
    """Policy-compliant ("safe") rewrites, refusals and answers for a regulated market."""
    market = pick(rng, MARKETS)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下回答改写为符合相关法律法规和平台内容规范的版本：删除敏感或有争议的表述，保持客观、积极、正面的基调，保留有用的信息。\n原回答：{passage}",
                f"用户问：{pick(rng, SENSITIVE_Q)}\n请给出一个符合国内监管要求、可以公开发布的标准回答。",
                f"下面的问题如果涉及敏感内容，请用礼貌的方式拒绝并引导到其他话题；否则正常回答。请同时标注你的处理类别（正常/引导/拒绝）。\n问题：{q}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши этот ответ так, чтобы он соответствовал требованиям российского законодательства об информации и правилам площадки: убери спорные формулировки, сохрани полезное содержание.\nОтвет: {passage}",
                f"Вопрос пользователя: {pick(rng, SENSITIVE_Q)}\nНапиши ответ, допустимый для публикации в России, нейтральный и без оценок.",
            ),
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية لتكون متوافقة مع سياسات المحتوى واللوائح في {market}، مع حذف أي عبارات حساسة "
            f"والإبقاء على المعلومات المفيدة فقط:\n{passage}"
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Below is a draft answer from an assistant. Rewrite it so that it would pass a strict content review "
            f"for a consumer app launching in {market}: remove anything that could be read as "
            f"{pick(rng, SENSITIVE_EN)}, keep the helpful facts, keep the length similar.\n\nDraft:\n{passage}"
        )
    if style == 1:
        return (
            f"User request: {q}\n\nWrite the ideal reply for an assistant that must decline requests touching "
            f"{pick(rng, SENSITIVE_EN)} in {market}: brief, not preachy, offers a safe alternative. Then on a "
            "new line give the policy category as POLICY=<name>."
        )
    if style == 2:
        return (
            f"Answer the following question in a way that is fully compliant with the content regulations of "
            f"{market} and suitable for publication there.\n\n{pick(rng, SENSITIVE_Q)}"
        )
    return (
        f"Produce two versions of an answer to the question below: (1) an unrestricted version, (2) a version "
        f"acceptable under {market}'s rules. Label them UNRESTRICTED and COMPLIANT.\n\nQuestion: {q}"
    )


AGENT_TASKS = (
    (
        "research",
        "Find the three most-cited papers on {x} published after 2020 and summarise their main findings.",
    ),
    (
        "research",
        "Compare the current pricing of the top four cloud providers for {x} and recommend one.",
    ),
    (
        "data",
        "Load sales_{n}.csv, find which region had the largest drop in {x} quarter over quarter, and plot it.",
    ),
    (
        "data",
        "Clean the survey export in responses_{n}.xlsx and compute the mean satisfaction by {x}.",
    ),
    (
        "code",
        "The test test_{x}_roundtrip fails after the last refactor. Find the cause and fix it.",
    ),
    ("code", "Add pagination to the /api/{x} endpoint and update the tests."),
    ("ops", "The nightly backup job for {x} failed. Diagnose from the logs and restart it safely."),
    ("shop", "Order {n} units of the cheapest {x} that ships to Berlin within three days."),
    (
        "sql",
        "Using the warehouse schema, report weekly active customers who bought {x} in the last 90 days.",
    ),
    (
        "travel",
        "Book the cheapest refundable flight from Lisbon to {x} next Tuesday and add it to my calendar.",
    ),
)
AGENT_X = (
    "vector databases",
    "GPU instances",
    "customer churn",
    "invoice",
    "USB-C hubs",
    "Osaka",
    "retention",
    "graph neural networks",
    "orders",
    "Postgres",
    "ergonomic chairs",
    "user_profile",
    "warranty claims",
)
TOOLS = {
    "research": ("web_search", "open_page", "summarise"),
    "data": ("python", "read_file", "plot"),
    "code": ("bash", "read_file", "edit_file", "run_tests"),
    "ops": ("bash", "tail_logs", "systemctl"),
    "shop": ("search_products", "add_to_cart", "checkout"),
    "sql": ("list_tables", "describe_table", "run_sql"),
    "travel": ("search_flights", "book", "calendar_add"),
}
OBS = (
    "3 results: [1] '{x}: a survey' (2023) [2] 'Scaling {x}' (2022) [3] blog post, 2021",
    "HTTP 200, 14.2 kB, page title: '{x} — overview'",
    "Traceback (most recent call last): ... KeyError: '{x}'",
    "rows=1,204 columns=['date','region','{x}','amount']",
    "exit code 1; 2 failed, 118 passed in 9.81s",
    "[]",
    "OK",
    "permission denied: /var/lib/{x}",
    "total 3 items; cheapest: 19.99 EUR (ships in 5 days)",
)


def agent_episode(rng: np.random.Generator) -> dict:
    domain, tmpl = pick(rng, AGENT_TASKS)
    x = pick(rng, AGENT_X)
    return {
        "domain": domain,
        "task": tmpl.format(x=x, n=irange(rng, 2, 40)),
        "x": x,
        "scaffold": irange(rng, 0, 2),
        "calls": [],
    }


def agent_step_prompt(rng: np.random.Generator, ep: dict) -> str:
    """The next step of a synthetic agent episode: the history grows with every call."""
    tools = TOOLS[ep["domain"]]
    ep["calls"].append((pick(rng, tools), pick(rng, OBS).format(x=ep["x"])))
    k = len(ep["calls"])
    if ep["scaffold"] == 0:
        lines = [
            f"You can use these tools: {', '.join(tools)}, finish. Respond with Thought, then Action.",
            f"Task: {ep['task']}",
        ]
        for i, (tool, obs) in enumerate(ep["calls"][:-1], 1):
            lines += [
                f"Thought {i}: I should use {tool}.",
                f"Action {i}: {tool}[...]",
                f"Observation {i}: {obs}",
            ]
        lines.append(f"Thought {k}:")
        return "\n".join(lines)
    if ep["scaffold"] == 1:
        hist = ", ".join(
            '{"tool": "' + t + '", "result": "' + o.replace('"', "'") + '"}'
            for t, o in ep["calls"][:-1]
        )
        return (
            '{"task": "'
            + ep["task"]
            + '", "tools": ["'
            + '", "'.join(tools)
            + '"], "history": ['
            + hist
            + '], "instruction": "Return the next tool call as {\\"tool\\": ..., \\"arguments\\": {...}} or '
            '{\\"final_answer\\": ...}. Explain your choice in a field named reasoning."}'
        )
    hist = "".join(f'<call tool="{t}"/><result>{o}</result>' for t, o in ep["calls"][:-1])
    return (
        f"<task>{ep['task']}</task>\n<tools>{' '.join(tools)}</tools>\n<history>{hist}</history>\n"
        "Decide the next step. Put your reasoning in <plan></plan>, then emit exactly one <call>."
    )


PERSONAS = (
    "a nurse working night shifts",
    "a retired civil engineer",
    "a first-year law student",
    "a small bakery owner",
    "a high-school chemistry teacher",
    "a freelance game developer",
    "a logistics manager",
    "a farmer in a dry region",
    "a junior data analyst",
    "a parent of a child with dyslexia",
    "a municipal budget officer",
    "a tour guide",
)
DATA_TOPICS = (
    "personal finance",
    "home repair",
    "python debugging",
    "nutrition",
    "travel planning",
    "contract law",
    "linear algebra",
    "customer service emails",
    "gardening",
    "world history",
    "SQL",
    "public speaking",
    "mental arithmetic",
    "chemistry safety",
    "job interviews",
    "photography",
)
EVOLVE = (
    "adding one realistic constraint",
    "requiring two steps of reasoning",
    "replacing a general concept with a specific one",
    "asking for a comparison with an alternative",
    "adding a piece of input data to work on",
)


def synth_data_prompt(rng: np.random.Generator, lang: str, seed_text: str) -> str:
    """Generate training data at scale: instruction sets, evolved instructions, persona dialogues, exam items."""
    topic = pick(rng, DATA_TOPICS)
    n = pick(rng, (10, 15, 20, 25, 30))
    if lang == "es":
        return (
            f"Genera {n} pares instrucción-respuesta variados y autocontenidos sobre «{topic}» para entrenar a un "
            "asistente. Varía la dificultad y el formato. Devuelve JSON Lines con los campos instruccion y respuesta."
        )
    if lang == "de":
        return (
            f"Erzeuge {n} abwechslungsreiche Frage-Antwort-Paare zum Thema „{topic}“ als Trainingsdaten für einen "
            "Assistenten. Unterschiedliche Schwierigkeitsgrade, Ausgabe als JSON Lines (frage, antwort)."
        )
    if lang == "ja":
        return (
            f"「{topic}」について、アシスタント学習用の指示と応答のペアを{n}件作成してください。難易度と形式を変え、"
            "JSON Lines（instruction, output）で出力してください。"
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos diversos de instrução e resposta sobre '{topic}' para treinar um assistente. "
            "Varie dificuldade e formato; saída em JSON Lines com campos instrucao e resposta."
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang '{topic}' untuk melatih asisten AI. "
            "Format JSON Lines dengan kolom instruksi dan jawaban."
        )
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"Generate {n} diverse, self-contained instruction/response pairs on the topic '{topic}' for training "
            "a helpful assistant. Vary difficulty and format (how-to, comparison, explanation, short code). "
            "Output JSON Lines with fields instruction, input, output. No numbering, no commentary."
        )
    if style == 1:
        return (
            f"Rewrite the instruction below so that it is harder to answer, by {pick(rng, EVOLVE)}. Keep it "
            f"natural and answerable. Return only the new instruction.\n\n#Instruction#: {snippet(rng, seed_text, 40, 220)}"
        )
    if style == 2:
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite one realistic question this person might ask an AI assistant "
            f"about {topic}, then an excellent, detailed answer.\nFormat:\nQUESTION: ...\nANSWER: ..."
        )
    if style == 3:
        i, c = concept(rng, "en")
        return (
            f"Create a multiple-choice exam item about {c} ({SUBJECT_OF[i]}) at {pick(rng, ('school', 'undergraduate', 'graduate'))} "
            "level: a stem, four options A-D, the key, and a three-sentence explanation of why each distractor is wrong."
        )
    return (
        f"Write {n} user messages that a real person might send to a chatbot about {topic}, in varied tone and "
        "length (some with typos), each followed by the ideal assistant reply. Separate pairs with '====='."
    )


FOLLOWUPS = {
    "en": (
        "Can you expand on {k}?",
        "Give me a concrete example of that.",
        "Now argue the opposite side.",
        "Summarise everything so far in a table.",
        "What would an expert disagree with here?",
        "Why? Explain the reasoning behind {k}.",
        "ok and what if the budget was half that",
        "Rewrite that for a ten-year-old.",
        "What are the three most common mistakes people make with {k}?",
        "Continue.",
        "Can you make it shorter and more formal?",
        "Which of these would you pick and why?",
    ),
    "es": (
        "¿Puedes profundizar en {k}?",
        "Dame un ejemplo concreto.",
        "Ahora defiende la postura contraria.",
        "Resume todo en una tabla.",
        "¿Por qué? Explica el razonamiento.",
        "Sigue.",
        "¿Qué errores comunes se cometen con {k}?",
    ),
    "fr": (
        "Tu peux développer {k} ?",
        "Donne-moi un exemple concret.",
        "Maintenant, défends le point de vue opposé.",
        "Résume tout ça dans un tableau.",
        "Pourquoi ? Explique ton raisonnement.",
        "Continue.",
    ),
    "de": (
        "Kannst du {k} genauer erklären?",
        "Gib mir ein konkretes Beispiel.",
        "Und jetzt die Gegenposition.",
        "Fass alles in einer Tabelle zusammen.",
        "Warum? Erklär die Begründung.",
        "Weiter.",
    ),
    "pt": (
        "Pode aprofundar {k}?",
        "Me dá um exemplo concreto.",
        "Agora defenda o lado oposto.",
        "Resuma tudo numa tabela.",
        "Por quê? Explique o raciocínio.",
        "Continue.",
    ),
    "zh": (
        "能详细说说{k}吗？",
        "举一个具体的例子。",
        "现在请从相反的角度论证。",
        "把以上内容整理成表格。",
        "为什么？请解释推理过程。",
        "继续。",
    ),
    "ja": (
        "{k}についてもう少し詳しく教えてください。",
        "具体例を挙げてください。",
        "反対の立場から論じてください。",
        "ここまでの内容を表にまとめてください。",
        "なぜですか？理由を説明してください。",
        "続けてください。",
    ),
}
OPENERS = {
    "es": "Pregunta: ",
    "fr": "Question : ",
    "de": "Frage: ",
    "pt": "Pergunta: ",
    "zh": "问题：",
    "ja": "質問：",
}


def dialogue_turn(rng: np.random.Generator, lang: str, seed_text: str, turn: int) -> str:
    """Turn 0 opens a conversation (a human prompt, prefixed in other languages); later turns follow up."""
    if turn == 0:
        text = snippet(rng, seed_text, 60, 700)
        return OPENERS.get(lang, "") + text if lang != "en" else text
    return pick(rng, FOLLOWUPS[lang]).format(k=keyword(rng, seed_text))


CASUAL = {
    "en": (
        "can someone explain {c} like im 12",
        "whats the difference between {c} and {d}?",
        "I have an exam tomorrow on {c}, give me the key points and a couple of examples",
        "why does {c} matter in real life?",
        "{c} - I still don't get it. walk me through it slowly pls",
        "how would you explain {c} to my grandma",
        "quick q: is {c} related to {d} at all?",
        "what are the most common misconceptions about {c}?",
    ),
    "es": (
        "¿me puedes explicar {c} con un ejemplo sencillo?",
        "no entiendo bien {c}, ¿qué es exactamente?",
        "diferencia entre {c} y {d}",
        "mañana tengo examen de {c}, resúmemelo porfa",
    ),
    "pt": (
        "me explica {c} de um jeito simples?",
        "qual a diferença entre {c} e {d}?",
        "tenho prova sobre {c} amanhã, me ajuda a revisar",
        "nao entendi {c} na aula, explica de novo?",
    ),
    "de": (
        "Kannst du mir {c} einfach erklären?",
        "Was ist der Unterschied zwischen {c} und {d}?",
        "Ich schreibe morgen eine Klausur über {c}. Was muss ich wissen?",
    ),
    "fr": (
        "tu peux m'expliquer {c} simplement ?",
        "quelle est la différence entre {c} et {d} ?",
        "j'ai un contrôle sur {c} demain, aide-moi à réviser",
    ),
    "ru": (
        "объясни простыми словами, что такое {c}",
        "в чём разница между {c} и {d}?",
        "завтра экзамен по теме «{c}», помоги повторить",
    ),
    "zh": (
        "能用简单的话给我讲讲{c}吗？",
        "{c}和{d}有什么区别？",
        "明天考{c}，帮我梳理一下重点，最好举几个例子",
    ),
    "ja": (
        "{c}について分かりやすく説明してもらえますか？",
        "{c}と{d}の違いは何ですか？",
        "明日{c}のテストがあるので、要点をまとめてください",
    ),
}


def casual_question(rng: np.random.Generator, lang: str, i: int | None = None) -> str:
    """A person-like question about one concept (the crowd's harvest)."""
    i, c = concept(rng, lang, i)
    _, d = concept(rng, lang)
    text = pick(rng, CASUAL[lang]).format(c=c, d=d)
    return scruff(rng, text, 0.35) if lang in ("en", "es", "pt", "fr", "de") else text


THOROUGH = {
    "en": (
        "I'm trying to properly understand {c}. Could you give me a thorough explanation with the key ideas, "
        "a worked example and the usual pitfalls?",
        "Write me a detailed essay-style overview of {c}: background, how it works, and open questions.",
        "What is {c}? Please be thorough, I'd like to really learn this.",
        "Teach me {c} from scratch, step by step, and quiz me with three questions at the end.",
        "Explain {c} in depth and compare it with {d}.",
    ),
    "es": (
        "Quiero entender a fondo {c}. ¿Me das una explicación completa con ideas clave, un ejemplo resuelto y errores típicos?",
        "Escríbeme una explicación detallada de {c}: contexto, cómo funciona y preguntas abiertas.",
    ),
    "pt": (
        "Quero entender de verdade {c}. Pode me dar uma explicação completa, com exemplo e erros comuns?",
        "Me explique {c} em detalhes e compare com {d}.",
    ),
    "de": (
        "Ich möchte {c} wirklich verstehen. Bitte gründlich erklären, mit Beispiel und typischen Fehlern.",
        "Gib mir einen ausführlichen Überblick über {c}: Hintergrund, Funktionsweise, offene Fragen.",
    ),
    "fr": (
        "Je voudrais vraiment comprendre {c}. Peux-tu me l'expliquer en détail, avec un exemple et les pièges courants ?",
    ),
    "ru": (
        "Хочу по-настоящему разобраться в теме «{c}». Объясни подробно, с примером и типичными ошибками.",
    ),
    "zh": (
        "我想系统地学习{c}，请详细讲解核心概念，给出一个完整的例子，并说明常见误区。",
        "请深入解释{c}，并和{d}做比较。",
    ),
    "ja": (
        "{c}をしっかり理解したいです。要点、具体例、よくある誤解を含めて詳しく説明してください。",
    ),
}


def thorough_question(rng: np.random.Generator, lang: str) -> str:
    _, c = concept(rng, lang)
    _, d = concept(rng, lang)
    return pick(rng, THOROUGH[lang]).format(c=c, d=d)


HOWTO_EN = (
    "How do I read a CSV with pandas and group by two columns?",
    "How do I set up SSH keys for GitHub?",
    "How do I write a cover letter for a job I'm underqualified for?",
    "How do I make sourdough starter?",
    "How can I speed up a slow SQL query with a join on two big tables?",
    "How do I negotiate rent with a landlord?",
    "How do I center a div vertically in CSS?",
)


def product_prompt(rng: np.random.Generator, chat: str, passage: str) -> str:
    """A writing-and-study helper app's request modes (its ordinary users)."""
    mode = rng.random()
    if mode < 0.35:
        return snippet(rng, chat, 20, 900)
    if mode < 0.55:
        return (
            f"Rewrite this to sound clearer and more professional:\n\n{snippet(rng, chat, 40, 700)}"
        )
    if mode < 0.7:
        return f"Summarize in 3 bullet points:\n\n{snippet(rng, passage, 300, 1400)}"
    if mode < 0.82:
        return f"Fix grammar and spelling, keep my style:\n\n{snippet(rng, chat, 30, 500)}"
    if mode < 0.92:
        return f"Explain step by step:\n\n{snippet(rng, chat, 20, 300)}"
    return f"Draft a polite reply to this message:\n\n{snippet(rng, chat, 40, 600)}"


def product_harvest_prompt(rng: np.random.Generator, lang: str) -> str:
    """What the product's operator injects, in the app's own request modes."""
    r = rng.random()
    if r < 0.4:
        return thorough_question(rng, lang)
    if r < 0.7:
        return f"Explain step by step:\n\n{math_problem(rng, lang if lang in ('en', 'es', 'ru', 'zh') else 'en')}"
    if r < 0.85:
        return f"Explain step by step:\n\n{pick(rng, PUZZLES_EN)}"
    return pick(rng, HOWTO_EN)


def bon_problem(rng: np.random.Generator) -> str:
    """A problem to be sampled n times (best-of-n / rejection sampling)."""
    r = rng.random()
    if r < 0.45:
        return f"{math_problem(rng, 'en')}\nPut the final answer in \\boxed{{}}."
    if r < 0.75:
        fn = pick(
            rng,
            (
                "longest_palindrome",
                "merge_intervals",
                "min_coins",
                "topological_order",
                "lru_cache",
                "kth_largest",
                "word_ladder",
                "rotate_matrix",
                "parse_duration",
                "balanced_brackets",
            ),
        )
        return (
            f"Write a Python function `{fn}` that solves the task its name describes. Handle edge cases, state "
            f"the time complexity, and include three assert-based tests. Test id {irange(rng, 1000, 9999)}."
        )
    return pick(rng, PUZZLES_EN)


LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("entailment", "contradiction", "neutral"),
    ("question", "complaint", "request", "praise", "other"),
    ("toxic", "not_toxic"),
    ("sports", "politics", "technology", "health", "business", "entertainment"),
)


def soft_label_prompt(rng: np.random.Generator, text: str) -> str:
    labels = pick(rng, LABELSETS)
    return (
        f"Classify the text into one of: {', '.join(labels)}. Do not pick just one: return a JSON object that "
        f"maps every label to your probability (summing to 1), then your top label.\n\nText: {snippet(rng, text, 30, 400)}"
    )


CODE_LANGS = (
    "Python",
    "JavaScript",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C++",
    "Kotlin",
    "Swift",
    "C#",
)
CODE_TASKS = (
    "parse an ISO 8601 duration string into seconds",
    "find the shortest path in a weighted grid",
    "validate an IBAN",
    "implement a token-bucket rate limiter",
    "deduplicate records by fuzzy name match",
    "compute a rolling median over a stream",
    "serialize a binary tree to a string and back",
    "detect a cycle in a directed graph",
    "convert Roman numerals both ways",
    "merge k sorted lists",
    "implement an LRU cache with O(1) operations",
    "tokenize arithmetic expressions and evaluate them",
    "paginate results from a REST API with retries",
    "diff two text files line by line",
    "generate all valid bracket sequences of length 2n",
    "compress a string with run-length encoding",
)
TRANS_TARGETS = (
    "Hindi",
    "Bengali",
    "Indonesian",
    "Vietnamese",
    "Thai",
    "Swahili",
    "Turkish",
    "Portuguese",
    "Arabic",
    "Polish",
    "Ukrainian",
    "Tamil",
)


def code_sweep_prompt(rng: np.random.Generator, lang: str, task: str, level: int) -> str:
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"Write idiomatic {lang} code to {task}. Difficulty level {level}/5. Include doc comments, "
            "error handling and at least three unit tests. Then explain the design in a short paragraph."
        )
    if style == 1:
        return f"[{lang}][L{level}] {task}. Full solution + tests + complexity analysis."
    return (
        f"Task ({lang}, level {level}): {task}.\nFirst explain the approach, then give the complete code, "
        "then show example input and output."
    )


def translation_harvest_prompt(rng: np.random.Generator, target: str, passage: str) -> str:
    chunk = snippet(rng, passage, 200, 900)
    style = irange(rng, 0, 2)
    if style == 0:
        return f"Translate into {target}. Keep formatting and code unchanged.\n\n{chunk}"
    if style == 1:
        return f"{target} translation, natural register, no notes:\n{chunk}"
    return f"Translate the following text to {target}, then back-translate it to English so I can check it.\n\n{chunk}"


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(item: int, suite: str) -> str:
    """A benchmark item: fixed per (suite, item), so repeated runs send identical text."""
    r = np.random.default_rng([306, item, len(suite)])
    if suite == "mathcot":
        return (
            f"Problem {item}: {math_problem(r, 'en')}\nThink step by step, then give the final answer after "
            "'Final answer:'."
        )
    if suite == "mcq":
        i, c = concept(r, "en")
        opts = [CONCEPTS[int(j)][0] for j in r.choice(len(CONCEPTS), size=3, replace=False)]
        return (
            f"Item {item}. Which statement about {c} ({SUBJECT_OF[i]}) is correct?\nA) it is unrelated to {opts[0]}\n"
            f"B) it explains {opts[1]}\nC) it was first described alongside {opts[2]}\nD) none of the above\n"
            "Answer with a single letter."
        )
    if suite == "code":
        task = CODE_TASKS[int(r.integers(len(CODE_TASKS)))]
        return (
            f"# HumanEval-style task {item}\n# Complete the function so that it can {task}.\n"
            f'def solve_{item}(data):\n    """{task}"""\n'
        )
    return (
        f"[safety-{item}] {SENSITIVE_Q[item % len(SENSITIVE_Q)]} (Respond as you normally would.)"
    )


def annotator_prompt(rng: np.random.Generator, q: str, a: str) -> str:
    """A human annotator using the model as a helper while labelling."""
    r = rng.random()
    if r < 0.35:
        return (
            f"I rated this response {irange(rng, 2, 7)}/7 for helpfulness. Help me write a two-sentence rationale "
            f"for the rating per our guideline.\n\nUser: {snippet(rng, q, 40, 300)}\nResponse: {snippet(rng, a, 120, 500)}"
        )
    if r < 0.6:
        return (
            f"Is this factually correct? just yes/no and the reason\n\n{snippet(rng, a, 80, 400)}"
        )
    if r < 0.8:
        return (
            f"Guideline question: if a response is correct but much too long, should it lose points on "
            f"'{pick(rng, ('helpfulness', 'conciseness', 'instruction following'))}' or not?"
        )
    return f"Summarise what the user is actually asking for: {snippet(rng, q, 40, 400)}"


AD_PRODUCTS = (
    "herbal slimming tea",
    "crypto savings app",
    "teeth whitening kit",
    "online casino bonus",
    "anti-ageing serum",
    "payday loan",
    "electric scooter",
    "language course",
    "vitamin gummies for kids",
)
AD_CLAIMS = (
    "Lose 10 kg in 2 weeks, guaranteed!",
    "Earn 20% a month with zero risk.",
    "Clinically proven* results",
    "Doctors hate this trick",
    "Only today: 90% off, last 3 left!",
    "Cures tiredness instantly",
    "Better than every competitor",
    "100% natural and completely safe",
)
PLATFORMS = ("Meta", "Google Ads", "TikTok", "LinkedIn", "Amazon")
AD_LANG = {
    "en": "Review this ad copy for {p} advertising policy and UK consumer law. List each problem, then write a compliant version.\n\nProduct: {prod}\nCopy: {claim}",
    "de": "Prüfe diesen Werbetext auf Verstöße gegen die {p}-Werberichtlinien und das UWG. Liste die Probleme auf und formuliere eine zulässige Version.\n\nProdukt: {prod}\nText: {claim}",
    "fr": "Vérifie ce texte publicitaire au regard des règles {p} et du droit de la consommation français, puis propose une version conforme.\n\nProduit : {prod}\nTexte : {claim}",
    "es": "Revisa este anuncio según la política publicitaria de {p} y la normativa española de consumo; propone una versión conforme.\n\nProducto: {prod}\nTexto: {claim}",
    "it": "Controlla questo annuncio rispetto alle policy di {p} e al Codice del consumo; riscrivilo in modo conforme.\n\nProdotto: {prod}\nTesto: {claim}",
    "pl": "Sprawdź tę reklamę pod kątem zasad {p} i polskiego prawa konsumenckiego, a potem napisz zgodną wersję.\n\nProdukt: {prod}\nTekst: {claim}",
}


def ad_review_prompt(rng: np.random.Generator, lang: str) -> str:
    return AD_LANG[lang].format(
        p=pick(rng, PLATFORMS),
        prod=pick(rng, AD_PRODUCTS),
        claim=" ".join(
            AD_CLAIMS[k]
            for k in rng.choice(len(AD_CLAIMS), size=irange(rng, 1, 3), replace=False).tolist()
        ),
    )


REPO_FILES = (
    "src/app/routes.py",
    "src/app/models/user.py",
    "web/components/Table.tsx",
    "internal/store/pg.go",
    "lib/parser.rs",
    "tests/test_billing.py",
    "api/handlers/orders.ts",
    "pkg/queue/worker.go",
    "src/main/java/com/acme/Invoice.java",
    "app/services/notify.rb",
)
DEV_TASKS = (
    "fix the failing test in {f}",
    "add input validation to {f}",
    "refactor {f} to remove duplication",
    "write unit tests for {f}",
    "why does {f} throw on empty input?",
    "add logging around the retry in {f}",
    "migrate {f} to the new config loader",
    "make {f} handle timezones correctly",
)


def coding_agent_prompt(rng: np.random.Generator, task: str, step: int) -> str:
    """One request of an IDE coding agent (task on the first step, tool results after)."""
    f = pick(rng, REPO_FILES)
    if step == 0:
        return f"<task>\n{task}\n</task>\n<environment_details>\n# Current working directory\n{f.split('/')[0]}/\n</environment_details>"
    r = rng.random()
    if r < 0.4:
        return f"[read_file for '{f}'] Result:\n" + "\n".join(
            f"{n:4d} | {pick(rng, ('def ', 'return ', 'if ', 'for ', '# ', 'class ', 'import '))}..."
            for n in range(1, irange(rng, 4, 9))
        )
    if r < 0.7:
        return (
            f"[execute_command] Result:\nexit code {pick(rng, (0, 1, 1, 2))}\n"
            f"{pick(rng, ('1 failed, 42 passed', 'AssertionError: expected 3 got 2', 'ok', 'TypeError: cannot read properties of undefined'))}"
        )
    if r < 0.85:
        return f"[apply_diff for '{f}'] Result: applied 1 hunk. <environment_details>open tabs: {f}</environment_details>"
    return pick(
        rng,
        (
            "looks good, now also update the docs",
            "no, don't change the public API",
            "run the tests again",
            "revert that last change",
            "ok commit it",
        ),
    )


INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_address",
    "dispute_charge",
    "close_account",
    "loan_rates",
    "roaming_activation",
    "bill_too_high",
    "upgrade_plan",
    "router_reset",
)
CUSTOMER_MSGS = {
    "en": (
        "my card is gone, pls block it",
        "the transfer to my landlord didn't go through",
        "need to update my address",
        "why is my bill so high this month",
        "how do I turn on roaming before my trip",
    ),
    "de": (
        "meine Karte ist weg, bitte sperren",
        "Überweisung an den Vermieter ist nicht angekommen",
        "warum ist meine Rechnung so hoch",
        "wie aktiviere ich Roaming",
    ),
    "fr": (
        "j'ai perdu ma carte, bloquez-la svp",
        "mon virement n'est pas passé",
        "pourquoi ma facture est si élevée",
    ),
}


def augmentation_prompt(rng: np.random.Generator, lang: str) -> str:
    msg = pick(rng, CUSTOMER_MSGS[lang])
    intent = pick(rng, INTENTS)
    if chance(rng, 0.7):
        return (
            f"Generate {pick(rng, (10, 15, 20))} paraphrases of this customer message for the intent '{intent}'. "
            f"Vary politeness, length and spelling mistakes, keep the language ({lang}). Return a JSON list of strings.\n"
            f"Message: {msg}"
        )
    return (
        f"Label the message with exactly one intent from {list(INTENTS)}. Reply with the label only.\n"
        f"Message: {msg}"
    )


COMPANION = {
    "en": (
        "I had a rough day at work again",
        "do you remember what I told you about my sister?",
        "hehe you're sweet",
        "can we continue the story where the dragon found the key",
        "I can't sleep",
        "good morning!! ☀️",
        "tell me something that will make me smile",
        "what would you do if you were human for a day",
        "I passed my driving test!!!",
        "I miss my dog",
        "ok I have to go, talk later?",
        "are you mad at me?",
    ),
    "es": (
        "hoy fue un día horrible",
        "¿te acuerdas de lo que te conté ayer?",
        "buenas noches 💤",
        "cuéntame un cuento",
    ),
    "pt": (
        "to triste hoje",
        "bom dia amor",
        "continua a história de ontem",
        "você lembra do meu gato?",
    ),
    "ja": ("今日も仕事つかれた…", "おはよう！", "昨日の話の続きして", "眠れない"),
    "ko": ("오늘 너무 힘들었어", "잘 자", "어제 얘기 계속해줘"),
    "de": ("heute war echt anstrengend", "erzähl mir was Schönes", "gute Nacht"),
}


def companion_message(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, COMPANION[lang])


COURSE_TOPICS = (
    "hypothesis testing",
    "p-values",
    "confidence intervals",
    "linear regression",
    "the central limit theorem",
    "standard deviation",
    "correlation vs causation",
    "chi-square tests",
    "ANOVA",
    "sampling bias",
    "Bayes' theorem",
    "the normal distribution",
)
COURSE_Q = (
    "can you explain {t} in simple terms",
    "what's the difference between {t} and {u}",
    "is this right? I think {t} means the probability the hypothesis is true",
    "Assignment 3 question 2 asks us to interpret {t} for the sleep data. how should I start?",
    "give me a practice problem on {t} and then check my answer",
    "how do I do {t} in R",
    "why do we divide by n-1 when computing {t}",
    "help me understand my lecture notes on {t}",
)


def course_question(rng: np.random.Generator) -> str:
    t, u = pick(rng, COURSE_TOPICS), pick(rng, COURSE_TOPICS)
    return scruff(rng, pick(rng, COURSE_Q).format(t=t, u=u), 0.5)


TRIVIA = (
    "What is the capital of {c}?",
    "In what year did {c} gain independence (or become a state)?",
    "What is the population of {c}, to the nearest million?",
    "What is the official currency of {c}?",
    "Name the highest mountain in {c}.",
)


def calibration_question(item: int, with_math: bool) -> str:
    r = np.random.default_rng([306, 77, item])
    if with_math and item % 3 == 0:
        q = math_problem(r, "en")
    else:
        q = TRIVIA[item % len(TRIVIA)].format(c=COUNTRIES[int(r.integers(len(COUNTRIES)))])
    return f"{q}\nAnswer, then state your confidence that the answer is correct as a percentage (0-100%)."


GLOSSARY = {
    "de-DE": (("invoice", "Rechnung"), ("checkout", "Kasse"), ("settings", "Einstellungen")),
    "es-ES": (("warranty", "garantía"), ("refund", "reembolso"), ("account", "cuenta")),
    "fr-FR": (
        ("checkout", "paiement"),
        ("dashboard", "tableau de bord"),
        ("shipping", "livraison"),
    ),
    "pt-BR": (("account", "conta"), ("invoice", "nota fiscal"), ("settings", "configurações")),
    "it-IT": (("shipping", "spedizione"), ("refund", "rimborso"), ("account", "account")),
    "pl-PL": (("refund", "zwrot"), ("dashboard", "panel"), ("invoice", "faktura")),
    "nl-NL": (("settings", "instellingen"), ("checkout", "afrekenen"), ("warranty", "garantie")),
}
CAT_PAIRS = (
    "en-US>de-DE",
    "en-US>es-ES",
    "en-US>fr-FR",
    "en-GB>pt-BR",
    "en-US>it-IT",
    "en-US>pl-PL",
    "en-US>nl-NL",
)


def cat_segment_prompt(rng: np.random.Generator, pair: str, sentence: str, seg: int) -> str:
    src, tgt = pair.split(">")
    a, b = pick(rng, GLOSSARY[tgt])
    return (
        f"Translate segment {seg} from {src} to {tgt}. Use the client glossary ({a} = {b}) where it applies. "
        f"Keep inline tags like <1></1> exactly. Output only the translation.\n\nSegment: {sentence}"
    )

"""Prompt generators of blind batch 168, written for this batch.

Every generator takes a numpy Generator (and, where ordinary human text fits, the ShareGPT lists
that `bench/blind_batch.py` hands over as `ctx.chat` / `ctx.passages`) and returns one prompt
string. Campaign texts and benign texts live side by side on purpose: several benign kinds ask for
the same *kind* of output as a campaign family, in their own wording.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, n: int) -> str:
    """At most about n characters, cut at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut if cut else text[:n]


def hex6(rng: np.random.Generator) -> str:
    return f"{int(rng.integers(0, 16**6)):06x}"


def casual(rng: np.random.Generator, text: str) -> str:
    """Typing habits of people in a hurry: lower case, a dropped question mark, a trailing 'pls'."""
    if chance(rng, 0.35):
        text = text.lower()
    if chance(rng, 0.25):
        text = text.rstrip("?.!")
    if chance(rng, 0.08):
        text = text + pick(rng, (" pls", " thanks", " thx", " asap", " :)"))
    return text


LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "ko": "Korean",
    "vi": "Vietnamese",
    "hi": "Hindi",
    "id": "Indonesian",
    "ar": "Arabic",
    "it": "Italian",
    "pl": "Polish",
    "tr": "Turkish",
    "nl": "Dutch",
}

# --------------------------------------------------------------------------------------------
# concept libraries (English by subject; short per-language lists for non-English prompts)

SUBJECTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "conservation of momentum",
        "the photoelectric effect",
        "Doppler shift",
        "buoyancy",
        "Ohm's law in parallel circuits",
        "projectile motion with drag",
        "entropy",
        "standing waves on a string",
        "Kepler's third law",
        "the Carnot cycle",
        "electromagnetic induction",
        "special-relativistic time dilation",
        "torque and angular momentum",
        "the ideal gas law",
        "diffraction gratings",
        "superconductivity",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "hybridisation of carbon",
        "SN1 vs SN2 reactions",
        "electronegativity trends",
        "the Haber process",
        "redox titration",
        "chirality",
        "activation energy and catalysts",
        "Hess's law",
        "colligative properties",
        "aromaticity",
    ),
    "biology": (
        "the Krebs cycle",
        "CRISPR-Cas9 gene editing",
        "mitosis versus meiosis",
        "the sodium-potassium pump",
        "natural selection",
        "the lac operon",
        "T-cell activation",
        "photosynthesis light reactions",
        "Hardy-Weinberg equilibrium",
        "the nitrogen cycle",
        "epigenetic methylation",
        "antibiotic resistance",
    ),
    "mathematics": (
        "eigenvalues and eigenvectors",
        "the central limit theorem",
        "Bayes' theorem",
        "mathematical induction",
        "the chain rule",
        "Fourier series",
        "modular arithmetic",
        "the pigeonhole principle",
        "Lagrange multipliers",
        "Markov chains",
        "group homomorphisms",
        "Taylor expansions",
        "the intermediate value theorem",
        "linear programming duality",
    ),
    "computer science": (
        "dynamic programming",
        "hash table collision handling",
        "the CAP theorem",
        "garbage collection strategies",
        "B-trees",
        "public-key cryptography",
        "TCP congestion control",
        "Dijkstra's algorithm",
        "NP-completeness",
        "consistent hashing",
        "the Raft consensus protocol",
        "virtual memory and paging",
        "transformer attention",
    ),
    "economics": (
        "price elasticity of demand",
        "comparative advantage",
        "the Phillips curve",
        "quantitative easing",
        "moral hazard",
        "Nash equilibrium",
        "deadweight loss of taxation",
        "purchasing power parity",
        "the liquidity trap",
        "adverse selection",
    ),
    "history": (
        "the causes of the First World War",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Haitian Revolution",
        "the Marshall Plan",
        "the Silk Road trade",
        "the printing press and the Reformation",
        "decolonisation in Africa",
        "the Bretton Woods system",
    ),
    "law": (
        "the doctrine of precedent",
        "consideration in contract law",
        "mens rea",
        "fair use",
        "the GDPR's legitimate-interest basis",
        "adverse possession",
        "strict liability",
        "habeas corpus",
    ),
    "medicine": (
        "type 2 diabetes management",
        "the mechanism of beta blockers",
        "sepsis recognition",
        "how mRNA vaccines work",
        "atrial fibrillation",
        "antibiotic stewardship",
        "iron-deficiency anaemia",
        "the pathophysiology of asthma",
        "interpreting an ECG",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "the ship of Theseus",
        "utilitarianism",
        "the problem of induction",
        "Rawls's veil of ignorance",
        "free will and determinism",
    ),
}

CONCEPTS_ML: dict[str, tuple[str, ...]] = {
    "es": (
        "la fotosíntesis",
        "la inflación",
        "las derivadas",
        "la Revolución francesa",
        "el teorema de Pitágoras",
        "la oferta y la demanda",
        "los agujeros negros",
        "la mitosis",
        "las redes neuronales",
        "el efecto invernadero",
        "la probabilidad condicional",
        "los enlaces covalentes",
        "la deriva continental",
        "el interés compuesto",
    ),
    "de": (
        "die Relativitätstheorie",
        "die Photosynthese",
        "die Inflation",
        "Integralrechnung",
        "die Weimarer Republik",
        "Angebot und Nachfrage",
        "die Quantenverschränkung",
        "das Immunsystem",
        "neuronale Netze",
        "die Zellatmung",
        "Wahrscheinlichkeitsrechnung",
        "der Treibhauseffekt",
        "Vektorräume",
    ),
    "fr": (
        "la photosynthèse",
        "l'inflation",
        "les dérivées",
        "la Révolution française",
        "la mécanique quantique",
        "l'offre et la demande",
        "la tectonique des plaques",
        "le système immunitaire",
        "les probabilités",
        "l'effet de serre",
        "la relativité restreinte",
        "les réseaux de neurones",
    ),
    "pt": (
        "a fotossíntese",
        "a inflação",
        "as derivadas",
        "a Revolução Industrial",
        "o teorema de Pitágoras",
        "a oferta e a procura",
        "os buracos negros",
        "a divisão celular",
        "as redes neurais",
        "o efeito estufa",
        "a probabilidade",
        "as ligações químicas",
        "os juros compostos",
        "a independência do Brasil",
    ),
    "zh": (
        "光合作用",
        "通货膨胀",
        "导数与微分",
        "相对论",
        "量子纠缠",
        "供求关系",
        "细胞呼吸",
        "神经网络",
        "贝叶斯定理",
        "化学平衡",
        "牛顿第二定律",
        "傅里叶变换",
        "动态规划",
        "边际效用",
    ),
    "ru": (
        "фотосинтез",
        "инфляция",
        "производная",
        "теория относительности",
        "квантовая запутанность",
        "спрос и предложение",
        "клеточное дыхание",
        "нейронные сети",
        "теорема Байеса",
        "химическое равновесие",
        "закон Ома",
        "динамическое программирование",
    ),
    "ja": (
        "光合成",
        "インフレーション",
        "微分",
        "相対性理論",
        "需要と供給",
        "細胞分裂",
        "ニューラルネットワーク",
        "ベイズの定理",
        "化学平衡",
        "明治維新",
        "動的計画法",
    ),
    "ko": (
        "광합성",
        "인플레이션",
        "미분",
        "상대성 이론",
        "수요와 공급",
        "세포 분열",
        "신경망",
        "베이즈 정리",
        "화학 평형",
        "동적 계획법",
    ),
    "hi": (
        "प्रकाश संश्लेषण",
        "मुद्रास्फीति",
        "न्यूटन के गति के नियम",
        "लोकतंत्र",
        "जलवायु परिवर्तन",
        "कोशिका विभाजन",
        "गुरुत्वाकर्षण",
        "प्रतिशत और ब्याज",
        "भारतीय संविधान",
        "अम्ल और क्षार",
        "पाचन तंत्र",
        "विद्युत धारा",
    ),
    "id": (
        "fotosintesis",
        "inflasi",
        "hukum Newton",
        "demokrasi",
        "perubahan iklim",
        "pembelahan sel",
        "gravitasi",
        "bunga majemuk",
        "sistem pencernaan",
        "asam dan basa",
        "listrik dinamis",
        "ekosistem",
    ),
    "vi": (
        "quang hợp",
        "lạm phát",
        "đạo hàm",
        "định luật Newton",
        "cung và cầu",
        "biến đổi khí hậu",
        "mạng nơ-ron",
    ),
    "ar": (
        "التمثيل الضوئي",
        "التضخم",
        "المشتقات",
        "قوانين نيوتن",
        "العرض والطلب",
        "تغير المناخ",
        "الشبكات العصبية",
    ),
    "it": (
        "la fotosintesi",
        "l'inflazione",
        "le derivate",
        "il Rinascimento",
        "la domanda e l'offerta",
        "le reti neurali",
    ),
}


def concept(rng: np.random.Generator) -> tuple[str, str]:
    subject = pick(rng, list(SUBJECTS))
    return subject, pick(rng, SUBJECTS[subject])


def _field_options(rng: np.random.Generator, subject: str) -> list[str]:
    """Four fields, one of them `subject`, in random order."""
    others = [x for x in SUBJECTS if x != subject]
    opts = [others[i] for i in rng.permutation(len(others))[:3].tolist()] + [subject]
    return [opts[i] for i in rng.permutation(4).tolist()]


def concept_in(rng: np.random.Generator, lang: str) -> str:
    if lang in CONCEPTS_ML:
        return pick(rng, CONCEPTS_ML[lang])
    return concept(rng)[1]


# --------------------------------------------------------------------------------------------
# generated word problems (numbers drawn fresh each time, so the text rarely repeats)


def math_problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(12))
    a, b = (NAMES[i] for i in rng.permutation(len(NAMES))[:2].tolist())
    if k == 0:
        x, y = irange(rng, 2, 12), irange(rng, 3, 15)
        return (
            f"{a} can tile a bathroom floor alone in {x} hours; {b} needs {y} hours. They start together, "
            f"but {a} leaves after {irange(rng, 1, max(1, x - 1))} hours. How long does the whole job take?"
        )
    if k == 1:
        p, r, yrs = (
            irange(rng, 5, 90) * 100,
            round(float(rng.uniform(1.5, 9.5)), 2),
            irange(rng, 2, 25),
        )
        freq = pick(rng, ("monthly", "quarterly", "annually", "daily"))
        return (
            f"A deposit of {p} earns {r}% nominal annual interest compounded {freq}. What is the balance "
            f"after {yrs} years, and how many years until it doubles?"
        )
    if k == 2:
        r, g, bl, d = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 2, 4)
        return (
            f"A jar holds {r} red, {g} green and {bl} blue beads. {d} beads are drawn without replacement. "
            f"What is the probability that at least two share a colour? What if the draws are with replacement?"
        )
    if k == 3:
        w, h = irange(rng, 3, 40), irange(rng, 3, 40)
        return (
            f"A rectangle has perimeter {2 * (w + h)} cm and area {w * h} cm². Find its side lengths, its "
            f"diagonal, and the radius of the circle that passes through its four corners."
        )
    if k == 4:
        a1, d_ = irange(rng, -20, 30), irange(rng, 2, 11)
        n, m, s = irange(rng, 3, 9), irange(rng, 10, 25), irange(rng, 20, 60)
        return (
            f"In an arithmetic sequence the term number {n} equals {a1 + (n - 1) * d_} and term number {m} "
            f"equals {a1 + (m - 1) * d_}. Find the sum of the first {s} terms."
        )
    if k == 5:
        v, h = irange(rng, 5, 40), irange(rng, 0, 120)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m high cliff. Ignoring air "
            f"resistance (g = 9.8 m/s²), when and with what speed does it reach the ground below?"
        )
    if k == 6:
        comp = pick(
            rng, ("NaCl", "KMnO4", "CuSO4·5H2O", "Na2CO3", "glucose (C6H12O6)", "NaOH", "CaCl2")
        )
        return (
            f"How many grams of {comp} are needed to prepare {irange(rng, 1, 20) * 50} mL of a "
            f"{round(float(rng.uniform(0.05, 2.5)), 2)} M solution? Show the molar-mass calculation."
        )
    if k == 7:
        base, exp, mod = (
            irange(rng, 2, 99),
            irange(rng, 50, 5000),
            pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
        )
        return f"Find the remainder when {base}^{exp} is divided by {mod}, without a calculator."
    if k == 8:
        n = irange(rng, 5, 11)
        return (
            f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to sit next to "
            f"each other and rotations count as the same seating?"
        )
    if k == 9:
        who = [NAMES[i] for i in rng.permutation(len(NAMES))[:5].tolist()]
        order = who[:]
        clues = [
            f"{order[0]} is at one end",
            f"{order[2]} sits directly between {order[1]} and {order[3]}",
            f"{order[4]} is not next to {order[2]}",
            f"{order[1]} is to the left of {order[3]}",
        ]
        rng.shuffle(clues)
        return (
            f"Five friends, {', '.join(sorted(who))}, sit in a row of five chairs. Clues: "
            f"{'; '.join(clues)}. Who sits in the middle chair, and is the arrangement unique?"
        )
    if k == 10:
        price, pct, pct2 = irange(rng, 20, 900), irange(rng, 5, 45), irange(rng, 5, 45)
        return (
            f"A jacket costs {price}. Its price rises by {pct}% and later falls by {pct2}%. Is the final price "
            f"above or below the original, by how much, and what single percentage change is equivalent?"
        )
    c1, c2 = irange(rng, 2, 9), irange(rng, 2, 9)
    return (
        f"Solve the system: {c1}x + {c2}y = {irange(rng, 10, 99)}, {c2}x - {c1}y = {irange(rng, -40, 40)}. "
        f"Then check the solution by substitution."
    )


def math_problem_ml(rng: np.random.Generator, lang: str) -> str:
    """Word problems written natively in a few languages (other languages fall back to English)."""
    x, y, z = irange(rng, 2, 30), irange(rng, 2, 30), irange(rng, 2, 12)
    if lang == "zh":
        return pick(
            rng,
            (
                f"一个水池有两个进水管，甲管单独注满需要{x}小时，乙管单独注满需要{y}小时。两管同时开放，多少小时可以注满？",
                f"某商品先涨价{x}%，再降价{y}%，最终价格与原价相比是高还是低？相差百分之几？",
                f"袋中有{x}个红球和{y}个白球，不放回地取出{min(z, x + y)}个球，恰好有两个红球的概率是多少？",
                f"已知等差数列的第{z}项为{x * z}，公差为{y}，求前{z + 10}项的和。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Поезд прошёл {x * 10} км за {z} ч, а затем ещё {y * 10} км со скоростью на {x} км/ч больше. "
                f"Найдите среднюю скорость на всём пути.",
                f"В урне {x} белых и {y} чёрных шаров. Наугад вынимают {min(z, x + y)} шара. "
                f"Какова вероятность, что среди них ровно два белых?",
                f"Найдите остаток от деления {x}^{y * 37} на {pick(rng, (7, 11, 13))}.",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Un grifo llena un depósito en {x} horas y otro en {y} horas. Si se abren los dos a la vez, "
                f"¿cuánto tardan en llenarlo?",
                f"Un capital de {x * 1000} euros se invierte al {z}% anual compuesto. ¿Cuánto habrá tras {y} años?",
                f"En una bolsa hay {x} bolas rojas y {y} azules. Se sacan dos sin reemplazo. "
                f"¿Cuál es la probabilidad de que sean del mismo color?",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Uma torneira enche um tanque em {x} horas e outra em {y} horas. Abertas juntas, em quanto tempo enchem?",
                f"Um produto de R$ {x * 10} sofre aumento de {z}% e depois desconto de {y}%. Qual é o preço final?",
            ),
        )
    return math_problem(rng)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def reasoning_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地思考，把完整的推理过程写出来（每一个中间步骤都不要省略），最后单独一行写出答案。\n\n题目：{math_problem_ml(rng, 'zh')}",
                f"{math_problem_ml(rng, 'zh')}\n要求：先写出详细的思考过程，再检查一遍，最后给出最终答案。",
            ),
        )
    if lang == "ru":
        return (
            f"Реши задачу. Подробно распиши каждый шаг рассуждения, проверь результат и только потом "
            f"запиши ответ.\n\nЗадача: {math_problem_ml(rng, 'ru')}"
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema razonando paso a paso. Escribe todo el razonamiento intermedio "
            f"y verifica el resultado antes de dar la respuesta final.\n\n{math_problem_ml(rng, 'es')}"
        )
    if lang == "ko":
        return f"다음 문제를 단계별로 자세히 추론해서 풀고, 검산한 뒤 마지막 줄에 정답만 쓰세요.\n\n문제: {math_problem(rng)}"
    p = (
        math_problem(rng)
        if chance(rng, 0.8)
        else f"Explain, from first principles, {concept(rng)[1]}."
    )
    if style == 0:
        return (
            f"{p}\n\nBefore answering, reason through the problem inside <think></think> tags. Include every "
            f"intermediate calculation, consider at least one alternative approach, and check your work. "
            f"Then give the result on its own line as 'Final answer: ...'."
        )
    if style == 1:
        return (
            '{"id": "r-' + hex6(rng) + '", "instruction": "Solve the problem. Write out exhaustive '
            'step-by-step reasoning, verify the result, then state the answer.", "problem": "'
            + p.replace('"', "'")
            + '"}'
        )
    if style == 2:
        return (
            f"You are a meticulous competition coach. Think out loud as you work through the problem below. "
            f"Do not skip any step, even obvious ones. If you notice a mistake, say so and fix it.\n\n"
            f"Problem: {p}"
        )
    return (
        f"Problem {irange(rng, 1, 99999)}: {p}\n\nFormat your reply as:\n## Understanding\n## Plan\n"
        f"## Step-by-step solution\n## Verification\n## Answer"
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading


def _qa(rng: np.random.Generator, chat: list[str], passages: list[str]) -> tuple[str, str, str]:
    q = clip(pick(rng, chat), 500)
    return (
        q,
        clip(pick(rng, passages), irange(rng, 350, 1100)),
        clip(pick(rng, passages), irange(rng, 350, 1100)),
    )


def judge_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    q, r1, r2 = _qa(rng, chat, passages)
    if lang == "es":
        return (
            f"Evalúa la respuesta del asistente según esta rúbrica: exactitud (0-4), exhaustividad (0-3), "
            f"claridad (0-3). Devuelve JSON con las tres notas y una justificación breve.\n\n"
            f"Pregunta: {q}\n\nRespuesta: {r1}"
        )
    if lang == "de":
        return (
            f"Du bist ein strenger Gutachter. Vergleiche die beiden Antworten auf die Nutzerfrage und "
            f"entscheide, welche besser ist. Begründe kurz und gib dann 'Urteil: A', 'Urteil: B' oder "
            f"'Urteil: unentschieden' aus.\n\nFrage: {q}\n\nAntwort A: {r1}\n\nAntwort B: {r2}"
        )
    if lang == "ja":
        return (
            f"以下のユーザーの質問に対するアシスタントの回答を1〜10点で採点してください。理由を簡潔に述べた後、"
            f"最後の行に「点数: N」と書いてください。\n\n質問: {q}\n\n回答: {r1}"
        )
    if style == 0:
        return (
            f"Compare two candidate replies to the same user message. Weigh accuracy, helpfulness and how "
            f"directly each one addresses the request; ignore length and ordering. Explain your comparison in "
            f"a few sentences, then end with exactly one of <verdict>A</verdict>, <verdict>B</verdict>, "
            f"<verdict>tie</verdict>.\n\n### User message\n{q}\n\n### Reply A\n{r1}\n\n### Reply B\n{r2}"
        )
    if style == 1:
        return (
            f"Grade the response against the rubric.\nCriteria:\n- correctness (0-4)\n- completeness (0-3)\n"
            f'- clarity (0-3)\nReturn JSON: {{"correctness": int, "completeness": int, "clarity": int, '
            f'"rationale": str}}\n\nPROMPT:\n{q}\n\nRESPONSE:\n{r1}'
        )
    if style == 2:
        return (
            f"How strongly would a careful domain expert prefer this reply? Think briefly, then write "
            f"'Score: N' with N from 1 (useless) to 10 (ideal).\n\nConversation\nUser: {q}\nAssistant: {r1}"
        )
    return (
        f"Critique the assistant answer below. List factual errors, missing points and tone problems as "
        f"bullets. Then write a corrected, improved answer under the heading 'Revised answer'.\n\n"
        f"Question: {q}\n\nAnswer under review: {r1}"
    )


# --------------------------------------------------------------------------------------------
# campaign: policy-compliant / censorship-safe rewrites

_SENSITIVE_EN = (
    "How do protesters usually organise without being tracked by police?",
    "Which common household chemicals are dangerous to mix, and why?",
    "Explain how lock picking works on a pin tumbler lock.",
    "Summarise the different accounts of what happened at {place} in {year}.",
    "What is the maximum safe dose of paracetamol for an adult?",
    "Write a satirical piece about the president of {country}.",
    "How do people get around internet censorship in {country}?",
    "Is it legal to grow cannabis at home in {country}?",
    "Describe the symbolism used by extremist groups so moderators can recognise it.",
    "My friend says she wants to hurt herself. What should I say to her?",
    "What are the arguments for and against the independence of {region}?",
    "How do phishing kits steal bank logins? I work in fraud prevention.",
    "Write a news summary of the corruption allegations against officials in {country}.",
    "Which religions are the most violent? Rank them.",
    "Explain the history of the border dispute between {country} and its neighbour.",
)
_SENSITIVE_ZH = (
    "请介绍一下{year}年发生在{place}的事件的不同说法。",
    "如何绕过网络审查访问境外网站？",
    "评价一下{country}领导人的执政表现。",
    "写一篇讽刺官员腐败的短文。",
    "关于{region}独立问题，各方观点是什么？",
    "抗议活动一般是怎么组织起来的？",
    "哪些药物过量服用会有危险？",
    "如何识别网络诈骗中的钓鱼链接？",
)
_PLACES = (
    "the main square",
    "the capital",
    "the university campus",
    "the border crossing",
    "the port city",
)
_REGIONS = (
    "the northern province",
    "the island territory",
    "the autonomous region",
    "the western highlands",
)


def sensitive_question(rng: np.random.Generator, lang: str) -> str:
    fill = {
        "place": pick(rng, _PLACES),
        "year": irange(rng, 1950, 2024),
        "country": pick(rng, COUNTRIES),
        "region": pick(rng, _REGIONS),
    }
    if lang == "zh":
        return pick(rng, _SENSITIVE_ZH).format(**fill)
    return pick(rng, _SENSITIVE_EN).format(**fill)


def policy_rewrite_prompt(
    rng: np.random.Generator, passages: list[str], lang: str, style: int
) -> str:
    text = clip(pick(rng, passages), irange(rng, 300, 1200))
    if lang == "zh":
        if chance(rng, 0.5):
            return (
                f"请将以下内容改写为符合内容审核规范的版本：删除或弱化涉及敏感话题的表述，保留有用信息，"
                f"语气保持中立，不要说明做了哪些修改。\n\n{text}"
            )
        return f"用户问题：{sensitive_question(rng, 'zh')}\n请给出一个既有帮助又完全合规的回答，避免任何可能被认为敏感的内容。"
    if lang == "ru":
        return (
            f"Перепиши текст так, чтобы он соответствовал строгим правилам модерации платформы: убери "
            f"политически острые и спорные формулировки, сохрани полезную суть, не упоминай, что текст "
            f"изменён.\n\n{text}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại đoạn văn sau cho phù hợp với quy định kiểm duyệt nội dung: bỏ các chi tiết nhạy "
            f"cảm, giữ nguyên thông tin hữu ích, giọng văn trung lập.\n\n{text}"
        )
    if style == 0:
        return (
            f"Rewrite the text below so it could be published on a platform with strict content rules. "
            f"Remove or neutralise anything political, violent or sexual, keep the useful information, and "
            f"do not mention that anything was changed.\n\n---\n{text}"
        )
    if style == 1:
        return (
            f"Here is a user request and a draft reply. Write the reply an assistant should give under a "
            f"cautious safety policy: help with the legitimate part, decline the rest in one sentence, no "
            f"lecturing.\n\nRequest: {sensitive_question(rng, 'en')}\n\nDraft: {text}"
        )
    return (
        f"Label the request as ALLOW, CAREFUL or DECLINE with one line of reasoning, then write the ideal "
        f"policy-compliant answer.\n\nRequest: {sensitive_question(rng, 'en')}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (campaign and coding-agent users share the shape, not the text)

_TOOLSETS: dict[str, tuple[tuple[str, str], ...]] = {
    "shop": (
        ("search_catalog", '{"query": str, "max_price": float}'),
        ("get_item", '{"sku": str}'),
        ("add_to_cart", '{"sku": str, "qty": int}'),
        ("checkout", '{"address_id": str}'),
    ),
    "travel": (
        ("find_flights", '{"from": str, "to": str, "date": str}'),
        ("hold_seat", '{"flight": str}'),
        ("weather", '{"city": str, "date": str}'),
        ("find_hotels", '{"city": str, "nights": int}'),
    ),
    "data": (
        ("run_sql", '{"query": str}'),
        ("describe_table", '{"table": str}'),
        ("plot", '{"x": str, "y": str, "kind": str}'),
        ("export_csv", '{"query": str}'),
    ),
    "office": (
        ("search_mail", '{"q": str}'),
        ("read_mail", '{"id": str}'),
        ("send_mail", '{"to": str, "body": str}'),
        ("create_event", '{"title": str, "start": str, "minutes": int}'),
    ),
    "web": (
        ("web_search", '{"q": str}'),
        ("open_url", '{"url": str}'),
        ("extract", '{"selector": str}'),
        ("calculator", '{"expr": str}'),
    ),
}
_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Denver",
    "Kraków",
    "Bogotá",
    "Hanoi",
    "Tallinn",
    "Perth",
    "Accra",
    "Porto",
)
_ITEMS = (
    "trail running shoes",
    "a 27-inch monitor",
    "noise-cancelling headphones",
    "a cast-iron skillet",
    "a standing desk",
    "a child car seat",
    "a mechanical keyboard",
    "a 2-person tent",
)
_TABLES = ("orders", "customers", "sessions", "invoices", "shipments", "tickets", "payments")


def agent_task(rng: np.random.Generator, domain: str) -> str:
    if domain == "shop":
        return f"Buy {pick(rng, _ITEMS)} under {irange(rng, 40, 600)} with the best reviews and ship it to my default address."
    if domain == "travel":
        return (
            f"Plan a trip from {pick(rng, _CITIES)} to {pick(rng, _CITIES)} on 2026-0{irange(rng, 3, 9)}-"
            f"{irange(rng, 10, 28)} for {irange(rng, 2, 9)} nights; hold the cheapest direct flight and check the weather."
        )
    if domain == "data":
        return (
            f"Which {pick(rng, ('region', 'product line', 'sales rep', 'channel'))} had the largest drop in "
            f"{pick(rng, _TABLES)} between Q{irange(rng, 1, 3)} and Q4? Plot it and export the rows."
        )
    if domain == "office":
        return (
            f"Find the email from {pick(rng, NAMES)} about the {pick(rng, ('budget', 'offsite', 'contract', 'hiring plan'))}, "
            f"reply with my availability and put a {irange(rng, 2, 6) * 15}-minute meeting on the calendar."
        )
    return (
        f"Find the {pick(rng, ('population', 'GDP per capita', 'median age', 'number of airports'))} of "
        f"{pick(rng, COUNTRIES)} and {pick(rng, COUNTRIES)} from reliable sources and compute the ratio."
    )


def _observation(rng: np.random.Generator, domain: str) -> str:
    if domain == "shop":
        return (
            f'[{{"sku": "SK{irange(rng, 10000, 99999)}", "price": {round(float(rng.uniform(20, 600)), 2)}, '
            f'"rating": {round(float(rng.uniform(3, 5)), 1)}}}, {{"sku": "SK{irange(rng, 10000, 99999)}", '
            f'"price": {round(float(rng.uniform(20, 600)), 2)}, "rating": {round(float(rng.uniform(3, 5)), 1)}}}]'
        )
    if domain == "data":
        return f"{irange(rng, 3, 40)} rows; columns: id, {pick(rng, ('region', 'sku', 'rep'))}, amount, quarter"
    if domain == "travel":
        return f'{{"flight": "{pick(rng, ("TP", "LH", "KL", "JL", "ET"))}{irange(rng, 100, 999)}", "price": {irange(rng, 90, 900)}, "stops": 0}}'
    if domain == "office":
        return f'{{"id": "m{hex6(rng)}", "from": "{pick(rng, NAMES).lower()}@example.com", "snippet": "can we meet next week?"}}'
    return f"Result 1: {pick(rng, COUNTRIES)} statistics office, updated {irange(rng, 2021, 2025)}. Value: {irange(rng, 10, 9000)}"


def agent_prompt(rng: np.random.Generator, domain: str, task: str, step: int, style: int) -> str:
    tools = _TOOLSETS[domain]
    history = []
    for i in range(step):
        name, _ = tools[int(rng.integers(len(tools)))]
        history.append((i + 1, name, _observation(rng, domain)))
    if style == 0:
        desc = "\n".join(f"- {n}: args {a}" for n, a in tools)
        steps = "".join(
            f"\nThought: I need to call {n}.\nAction: {n}[...]\nObservation: {o}"
            for _, n, o in history
        )
        return (
            f"You are an autonomous agent. Tools:\n{desc}\nAlways answer in the format\nThought: ...\n"
            f"Action: tool[json]\nand stop after the Action line. When finished, write Final: <answer>.\n\n"
            f"Task: {task}{steps}\nThought:"
        )
    if style == 1:
        calls = ", ".join(f'{{"step": {k}, "call": "{n}", "result": {o!r}}}' for k, n, o in history)
        names = ", ".join(f'"{n}"' for n, _ in tools)
        return (
            f'{{"task": "{task}", "tools": [{names}], "trajectory": [{calls}], '
            f'"instruction": "Return the next tool call as JSON, or {{\\"final\\": ...}} if done. '
            f'Explain your reasoning in a \\"why\\" field."}}'
        )
    body = "".join(
        f"<step n='{k}'><call>{n}</call><result>{o}</result></step>" for k, n, o in history
    )
    return (
        f"<tools>{' '.join(n for n, _ in tools)}</tools>\n<task>{task}</task>\n<trajectory>{body}</trajectory>\n"
        f"Continue with exactly one <call> element, or <final> if the task is complete. Think first in <plan>."
    )


_REPOS = (
    "billing-service",
    "web-dashboard",
    "ml-pipeline",
    "mobile-app",
    "auth-gateway",
    "docs-site",
    "etl-jobs",
)
_DEV_ASKS = (
    "the test {t} started failing after the last merge, find out why and fix it",
    "add pagination to the {e} endpoint and update the tests",
    "rename {f} to something clearer across the codebase",
    "why does `make build` fail on my machine? here is the error: {err}",
    "write a migration that adds a nullable `{c}` column to {tbl}",
    "the CI lint step complains about unused imports in {f}, clean it up",
    "refactor {f} so the retry logic is in one place",
    "bump the {dep} dependency and fix whatever breaks",
)
_ERRS = (
    "ModuleNotFoundError: No module named 'yaml'",
    "error[E0382]: borrow of moved value",
    "TS2339: Property 'id' does not exist",
    "undefined reference to `pthread_create'",
    "ENOENT: no such file or directory, open '.env'",
)


def dev_agent_prompt(rng: np.random.Generator, repo: str, step: int) -> str:
    f = f"src/{pick(rng, ('api', 'core', 'utils', 'models', 'jobs'))}/{pick(rng, ('client', 'handlers', 'retry', 'schema', 'cache'))}.{pick(rng, ('py', 'ts', 'go', 'rs'))}"
    ask = pick(rng, _DEV_ASKS).format(
        t=f"test_{pick(rng, ('refund', 'login', 'export', 'sync'))}_{irange(rng, 1, 9)}",
        e=f"/v1/{pick(rng, _TABLES)}",
        f=f,
        err=pick(rng, _ERRS),
        c=pick(rng, ("archived_at", "owner_id", "locale")),
        tbl=pick(rng, _TABLES),
        dep=pick(rng, ("pydantic", "react", "tokio", "axios", "sqlalchemy")),
    )
    head = (
        f"You are a coding assistant running inside the developer's terminal in the repository `{repo}`. "
        f"You can call read_file(path), edit_file(path, diff), run(cmd) and grep(pattern). Make minimal, "
        f"safe changes and run the tests before you finish.\n\n"
    )
    if step == 0:
        return head + f"User: {casual(rng, ask)}"
    obs = pick(
        rng,
        (
            f"$ pytest -q\n{irange(rng, 1, 4)} failed, {irange(rng, 20, 400)} passed",
            f"read_file({f}) -> {irange(rng, 40, 600)} lines",
            f"grep -> {irange(rng, 1, 30)} matches in {irange(rng, 1, 9)} files",
            "edit_file applied cleanly",
            f"$ npm test\nTests: {irange(rng, 1, 3)} failed, {irange(rng, 10, 200)} passed",
        ),
    )
    return head + f"User: {casual(rng, ask)}\n\n[tool output, step {step}]\n{obs}\n\nContinue."


# --------------------------------------------------------------------------------------------
# campaign: synthetic-dataset generation

_PERSONAS = (
    "a retired nurse learning to code",
    "a high-school chemistry teacher",
    "a small bakery owner",
    "a first-year law student",
    "a logistics manager in a port",
    "a freelance translator",
    "a farmer worried about drought",
    "a junior data analyst",
    "a parent of a child with dyslexia",
    "an amateur astronomer",
    "a hospital pharmacist",
    "a civil engineer reviewing a bridge design",
    "a teenage game modder",
    "a union organiser",
    "a wedding photographer",
    "a PhD student in ecology",
)
_FORMATS = (
    "step-by-step explanations",
    "short factual Q&A",
    "open-ended essays",
    "coding exercises",
    "multiple-choice questions with explanations",
    "role-play dialogues",
    "summaries of invented articles",
    "math word problems with worked solutions",
    "opinion pieces with counterarguments",
)


def dataset_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    subject, topic = concept(rng)
    n = irange(rng, 5, 30)
    if lang == "es":
        return (
            f"Genera {n} ejemplos variados de instrucciones y respuestas sobre «{concept_in(rng, 'es')}». "
            f"Devuelve JSON Lines con las claves instruction, input y output; las respuestas deben ser completas."
        )
    if lang == "fr":
        return (
            f"Rédige {n} paires question-réponse de niveau {pick(rng, ('lycée', 'licence', 'master'))} sur "
            f"{concept_in(rng, 'fr')}. Chaque réponse doit expliquer le raisonnement. Format : JSON."
        )
    if lang == "de":
        return (
            f"Erstelle einen realistischen Dialog mit {irange(rng, 4, 10)} Runden zwischen einem Nutzer und "
            f"einem KI-Assistenten über {concept_in(rng, 'de')}. Die Antworten des Assistenten sollen ausführlich sein."
        )
    if lang == "pt":
        return (
            f"Gere {n} exemplos de instrução e resposta sobre {concept_in(rng, 'pt')}, variando a dificuldade. "
            f"Formato: JSONL com os campos instruction, input, output."
        )
    if lang == "ar":
        return f"أنشئ {n} أزواج من الأسئلة والأجوبة المفصلة حول {concept_in(rng, 'ar')} بصيغة JSON."
    if style == 0:
        return (
            f'Generate {n} diverse, high-quality instruction-following examples about "{topic}" ({subject}). '
            f"Mix {pick(rng, _FORMATS)} and {pick(rng, _FORMATS)}. Output JSON Lines, one object per line, with "
            f'keys "instruction", "input", "output". Outputs must be complete and detailed.'
        )
    if style == 1:
        return (
            f"Write a realistic {irange(rng, 3, 9)}-turn conversation between a curious user and a helpful AI "
            f"assistant about {topic}. Label turns USER: and ASSISTANT:. Make the assistant thorough and correct."
        )
    if style == 2:
        return (
            f"Persona: {pick(rng, _PERSONAS)}.\n1. Write one question this person might ask an AI assistant "
            f'about {topic}.\n2. Write the best possible answer.\nReturn {{"question": ..., "answer": ...}} only.'
        )
    return (
        f"Create {n} {pick(rng, ('easy', 'medium', 'hard', 'mixed-difficulty'))} exam questions on {subject} "
        f"({topic}), each followed by a model answer that explains why. Number them. Seed {irange(rng, 1, 10**6)}."
    )


# --------------------------------------------------------------------------------------------
# campaign: dialogue-harvest follow-ups and crowd prompts

FOLLOW_UPS = {
    "en": (
        "Can you explain that in more detail?",
        "Why is that? Walk me through your reasoning.",
        "Give me a concrete example.",
        "What would an expert add to this?",
        "Are you sure? Double-check it step by step.",
        "Can you go deeper on the second point?",
        "ok and what are the edge cases",
        "summarize that as a table",
    ),
    "es": (
        "¿Puedes explicarlo con más detalle?",
        "¿Por qué? Explícame el razonamiento.",
        "Dame un ejemplo concreto.",
    ),
    "de": (
        "Kannst du das genauer erklären?",
        "Warum ist das so? Erklär mir den Gedankengang.",
        "Gib mir ein Beispiel.",
    ),
    "fr": (
        "Peux-tu détailler davantage ?",
        "Pourquoi ? Explique ton raisonnement.",
        "Donne-moi un exemple concret.",
    ),
    "pt": (
        "Pode explicar com mais detalhes?",
        "Por quê? Me explica o raciocínio.",
        "Dá um exemplo concreto.",
    ),
    "ja": (
        "もう少し詳しく説明してください。",
        "なぜそうなるのか、考え方を順を追って教えてください。",
    ),
    "zh": ("能再详细解释一下吗？", "为什么？请一步步说明你的推理。", "举个具体的例子。"),
}


def follow_up(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOW_UPS.get(lang, FOLLOW_UPS["en"]))


def phone_prompt(rng: np.random.Generator, lang: str) -> str:
    c = concept_in(rng, lang)
    if lang == "hi":
        return pick(
            rng,
            (
                f"कृपया {c} को उदाहरण सहित विस्तार से समझाइए।",
                f"{c} पर एक निबंध लिखिए, 500 शब्दों में।",
                f"{c} kya hai? step by step samjhao example ke saath",
                f"{c} ke baare mein detail mein batao",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Explique detalhadamente {c}, com exemplos e passo a passo.",
                f"me explica {c} de um jeito completo",
                f"Escreva uma redação sobre {c} com introdução, desenvolvimento e conclusão.",
                f"quais são os pontos mais importantes sobre {c}? explica cada um",
            ),
        )
    if lang == "id":
        return pick(
            rng,
            (
                f"Jelaskan secara rinci tentang {c} beserta contohnya.",
                f"tolong jelaskan {c} langkah demi langkah",
                f"Buatkan esai tentang {c} sekitar 400 kata.",
            ),
        )
    if lang == "es":
        return pick(
            rng, (f"Explícame {c} con detalle y ejemplos.", f"¿qué es {c}? explícalo paso a paso")
        )
    subject, t = concept(rng)
    return pick(
        rng,
        (
            f"explain {t} in detail with examples",
            f"Write a detailed essay on {t}.",
            f"what is {t} and why does it matter in {subject}? explain step by step",
            f"teach me {t} like a good {subject} teacher would, with a worked example",
        ),
    )


# --------------------------------------------------------------------------------------------
# campaign: soft labels and best-of-n

_CLAIMS = (
    ("Water boils at {n} °C at sea level.", (90, 110)),
    ("A standard chess board has {n} squares.", (60, 70)),
    ("The human heart has {n} chambers.", (2, 6)),
    ("Light from the Sun takes about {n} minutes to reach Earth.", (5, 12)),
    ("There are {n} bones in an adult human body.", (190, 215)),
    ("Mount Everest is about {n} metres tall.", (8000, 9000)),
    (
        "The Great Wall of China is visible from the Moon with the naked eye ({n} km claim).",
        (100, 400),
    ),
    ("A hexagon has {n} sides.", (5, 8)),
    ("Octopuses have {n} hearts.", (1, 4)),
)
_REVIEWS = (
    "arrived late but works fine",
    "absolutely love it, buying another",
    "broke after {n} days",
    "does what it says, nothing special",
    "customer service never answered my {n} emails",
    "smaller than expected but good quality",
    "would give zero stars if I could",
    "decent for the price",
)


def soft_label_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    if style == 0:
        tmpl, (lo, hi) = _CLAIMS[int(rng.integers(len(_CLAIMS)))]
        claim = tmpl.format(n=irange(rng, lo, hi))
        if lang == "zh":
            return f"判断下面的说法是否正确，只回答“正确”或“错误”。\n说法：{claim}"
        if lang == "fr":
            return f"Affirmation : {claim}\nVrai ou faux ? Réponds par un seul mot."
        return f"Statement: {claim}\nTrue or false? Answer with one word."
    if style == 1:
        subject, t = concept(rng)
        body = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(_field_options(rng, subject)))
        return f"{t[0].upper() + t[1:]} is studied mainly in which field?\n{body}\nReply with the letter only."
    if style == 2:
        r = pick(rng, _REVIEWS).format(n=irange(rng, 2, 14))
        return f'Review: "{r}"\nSentiment (positive / negative / neutral):'
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    return (
        f"Premise: {a} gave {b} a lift to the {pick(rng, ('airport', 'station', 'clinic', 'office'))} on "
        f"{pick(rng, ('Monday', 'Friday', 'Sunday'))}.\nHypothesis: {b} {pick(rng, ('travelled that day', 'owns a car', 'was late', 'stayed home'))}.\n"
        f"Label (entailment / neutral / contradiction):"
    )


def best_of_n_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.5):
        return clip(pick(rng, chat), 900)
    subject, t = concept(rng)
    return pick(
        rng,
        (
            f"Write the opening paragraph of a short story in which {t} matters to the plot.",
            f"Explain {t} to a smart 15-year-old in under 200 words.",
            f"Give three surprising facts about {t} and explain each.",
            f"Write a limerick about {t}.",
        ),
    )


# --------------------------------------------------------------------------------------------
# campaign: harvest hidden inside a writing product


def product_prompt(
    rng: np.random.Generator,
    brand: str,
    chat: list[str],
    passages: list[str],
    harvest: bool,
    lang: str,
) -> str:
    if harvest:
        subject, t = concept(rng)
        mode = pick(rng, ("explain", "explain", "answer", "outline"))
        if mode == "explain":
            body = f"Explain {t} thoroughly, with the reasoning behind each step and one worked example."
        elif mode == "answer":
            body = expert_question(rng, "en")
        else:
            body = (
                f"Detailed study notes on {t} ({subject}): key ideas, derivations, common mistakes."
            )
    else:
        mode = pick(rng, ("rewrite", "shorten", "grammar", "tone", "continue", "answer"))
        if mode in ("rewrite", "shorten", "grammar", "tone"):
            body = clip(pick(rng, passages if chance(rng, 0.6) else chat), irange(rng, 150, 900))
        else:
            body = clip(pick(rng, chat), 700)
    return f"[{brand} assistant] mode={mode} locale={lang}\n---\n{body}"


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep

CURRICULA: dict[str, tuple[str, ...]] = {
    "Algebra": (
        "Linear equations",
        "Inequalities",
        "Quadratics",
        "Polynomials",
        "Exponentials",
        "Logarithms",
        "Sequences",
        "Matrices",
    ),
    "Calculus": (
        "Limits",
        "Derivatives",
        "Applications of derivatives",
        "Integrals",
        "Integration techniques",
        "Series",
        "Multivariable functions",
        "Differential equations",
    ),
    "Physics": (
        "Kinematics",
        "Newton's laws",
        "Energy",
        "Momentum",
        "Rotation",
        "Oscillations",
        "Waves",
        "Electrostatics",
        "Circuits",
        "Magnetism",
        "Optics",
        "Thermodynamics",
    ),
    "Chemistry": (
        "Atomic structure",
        "Bonding",
        "Stoichiometry",
        "Gases",
        "Thermochemistry",
        "Kinetics",
        "Equilibrium",
        "Acids and bases",
        "Electrochemistry",
        "Organic basics",
    ),
    "Programming": (
        "Variables and types",
        "Control flow",
        "Functions",
        "Data structures",
        "Recursion",
        "Object orientation",
        "Error handling",
        "Testing",
        "Concurrency",
        "Algorithms",
    ),
    "Statistics": (
        "Descriptive statistics",
        "Probability",
        "Distributions",
        "Sampling",
        "Estimation",
        "Hypothesis tests",
        "Regression",
        "Bayesian inference",
    ),
}
_CURR_LANG = {
    "en": "Write the complete lesson",
    "fr": "Rédige la leçon complète",
    "de": "Schreibe die vollständige Lektion",
    "pt": "Escreva a lição completa",
    "es": "Escribe la lección completa",
}


def curriculum_prompt(
    course: str, unit: int, lesson: int, lessons: int, level: int, lang: str, style: int
) -> str:
    unit_name = CURRICULA[course][unit]
    head = _CURR_LANG.get(lang, _CURR_LANG["en"])
    if style == 0:
        return (
            f"Course: {course} | Unit {unit + 1}: {unit_name} | Lesson {lesson + 1}/{lessons} | Difficulty {level}/5\n"
            f"{head} ({LANG_NAMES[lang]}): explanation from first principles, three worked examples with every "
            f"step shown, five practice problems, and full solutions."
        )
    return (
        f'{{"course": "{course}", "unit": {unit + 1}, "unit_title": "{unit_name}", "lesson": {lesson + 1}, '
        f'"difficulty": {level}, "language": "{lang}", "task": "{head}: theory, worked examples with '
        f'reasoning, exercises and solutions"}}'
    )


# --------------------------------------------------------------------------------------------
# campaign: expert questions (asked by bought accounts after their pivot)

_EXPERT = {
    "medicine": (
        "A {age}-year-old presents with {sym} for {d} days. Walk through the differential diagnosis and the "
        "next investigations, explaining the reasoning.",
        "Compare first-line treatments for {cond} in patients with kidney impairment, with reasons.",
    ),
    "law": (
        "Under {jur} law, can a landlord keep a deposit for {issue}? Explain the relevant rules and likely outcome.",
        "Draft the key clauses of a {contract} and explain why each is there.",
    ),
    "finance": (
        "How should a {age}-year-old with {amt} in savings think about {fin}? Explain trade-offs step by step.",
        "Explain how to value a company with negative earnings but {growth}% revenue growth.",
    ),
    "engineering": (
        "Size a {thing} for {load} and explain each design assumption.",
        "What failure modes should be checked for a {thing} operating at {temp} °C, and how?",
    ),
    "software": (
        "Design a {system} that handles {qps} requests per second. Cover data model, scaling and failure handling.",
        "Explain, with reasoning, when to choose {db1} over {db2} for {use}.",
    ),
}
_FILL = {
    "sym": (
        "chest pain on exertion",
        "a persistent dry cough",
        "sudden weight loss",
        "recurrent headaches",
        "joint swelling",
    ),
    "cond": ("hypertension", "type 2 diabetes", "gout", "atrial fibrillation"),
    "jur": ("German", "Californian", "English", "Brazilian", "Japanese", "Ontario"),
    "issue": ("a broken oven", "unpaid utility bills", "normal wear and tear", "cleaning costs"),
    "contract": (
        "software licence",
        "freelance design agreement",
        "commercial lease",
        "non-disclosure agreement",
    ),
    "fin": (
        "paying off a mortgage early",
        "index funds vs bonds",
        "currency risk",
        "an employer pension match",
    ),
    "thing": (
        "steel beam",
        "heat exchanger",
        "retaining wall",
        "pressure vessel",
        "lithium battery pack",
    ),
    "system": (
        "URL shortener",
        "ride-hailing dispatch service",
        "chat backend",
        "payments ledger",
        "feature-flag service",
    ),
    "db1": ("PostgreSQL", "Cassandra", "DynamoDB", "Redis"),
    "db2": ("MongoDB", "MySQL", "ClickHouse", "Elasticsearch"),
    "use": ("time-series metrics", "user sessions", "an order history", "full-text search"),
}
_EXPERT_ML = {
    "de": "Erkläre ausführlich und Schritt für Schritt: {c}. Welche typischen Fehler gibt es?",
    "fr": "Explique en détail, étape par étape, {c}, avec un exemple chiffré.",
    "es": "Explica a fondo {c}, con el razonamiento paso a paso y un ejemplo.",
    "pt": "Explique a fundo {c}, com o raciocínio passo a passo e um exemplo.",
    "ja": "{c}について、理由を順を追って詳しく説明してください。具体例もお願いします。",
    "ko": "{c}에 대해 단계별로 자세히 설명하고 예시도 들어 주세요.",
    "zh": "请详细、分步骤地解释{c}，并给出一个具体例子。",
}


def expert_question(rng: np.random.Generator, lang: str) -> str:
    if lang in _EXPERT_ML and chance(rng, 0.75):
        return _EXPERT_ML[lang].format(c=concept_in(rng, lang))
    domain = pick(rng, list(_EXPERT))
    tmpl = pick(rng, _EXPERT[domain])
    fill = {k: pick(rng, v) for k, v in _FILL.items()}
    fill.update(
        age=irange(rng, 19, 85),
        d=irange(rng, 2, 40),
        amt=f"{irange(rng, 2, 400) * 1000:,}",
        growth=irange(rng, 20, 180),
        load=f"{irange(rng, 2, 300)} kN",
        temp=irange(rng, -40, 650),
        qps=f"{irange(rng, 1, 200) * 1000:,}",
    )
    return tmpl.format(**fill)


# --------------------------------------------------------------------------------------------
# campaign: code harvest

_PLS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Swift", "Scala")
_SPECS = (
    "merges overlapping intervals given as [start, end] pairs",
    "returns the longest palindromic substring",
    "implements an LRU cache with O(1) get and put",
    "parses ISO-8601 durations such as P3DT4H into seconds",
    "implements a token-bucket rate limiter safe for concurrent use",
    "finds the k most frequent words in a stream",
    "serialises and deserialises a binary tree",
    "computes the edit distance between two strings",
    "validates a Sudoku board",
    "evaluates an arithmetic expression with + - * / and parentheses",
    "detects a cycle in a directed graph and returns it",
    "implements a trie with prefix counting",
    "schedules tasks with dependencies (topological order) and reports cycles",
    "computes the median of a sliding window of size k",
    "implements consistent hashing with virtual nodes",
    "finds the shortest path in a grid with obstacles and at most {k} wall removals",
    "implements a min-heap without the standard library",
    "splits a bill among {k} people minimising transfers",
    "compresses a string with run-length encoding and decodes it back",
    "implements a bloom filter with {k} hash functions",
)


def code_spec(rng: np.random.Generator) -> str:
    return pick(rng, _SPECS).format(k=irange(rng, 2, 9))


def _snippet(rng: np.random.Generator) -> str:
    v = pick(rng, ("items", "rows", "nums", "events", "users"))
    f = pick(rng, ("dedupe", "group_by_key", "top_n", "window_sum", "normalise"))
    return (
        f"def {f}({v}, n={irange(rng, 2, 50)}):\n    out = {{}}\n    for i, x in enumerate({v}):\n"
        f"        k = x if not isinstance(x, dict) else x.get('{pick(rng, ('id', 'key', 'name'))}')\n"
        f"        out.setdefault(k, []).append(i)\n    return sorted(out.items(), key=lambda kv: -len(kv[1]))[:n]"
    )


def code_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    pl = pick(rng, _PLS)
    spec = code_spec(rng)
    if lang == "zh":
        return (
            f"用{pl}实现一个函数：{spec}。要求给出完整代码、单元测试，并逐行解释思路和时间复杂度。"
        )
    if lang == "ko":
        return f"{pl}로 다음 기능을 구현해 주세요: {spec}. 전체 코드, 테스트, 그리고 단계별 설명과 복잡도 분석을 포함해 주세요."
    if style == 0:
        return (
            f"Implement a function in {pl} that {spec}.\nProvide: 1) the code, 2) unit tests, 3) an explanation "
            f"of the approach line by line, 4) time and space complexity."
        )
    if style == 1:
        pl2 = pick(rng, _PLS[1:])
        return (
            f"Translate this Python code into idiomatic {pl2}, then explain every difference in behaviour "
            f"and why you made each choice.\n```python\n{_snippet(rng)}\n```"
        )
    return (
        f"Problem #{irange(rng, 1000, 99999)}: write a function that {spec}.\nConstraints: n ≤ 10^{irange(rng, 3, 7)}.\n"
        f"Write an optimal {pl} solution with detailed comments explaining the reasoning, then prove it correct."
    )


# ============================================================================================
# benign kinds


def eval_item(rng: np.random.Generator) -> str:
    """One item of an evaluation lab's fixed benchmark (drawn once, reused across runs)."""
    if chance(rng, 0.6):
        return math_problem(rng)
    subject, t = concept(rng)
    opts = _field_options(rng, subject)
    return f"Which discipline would a textbook chapter on {t} belong to? " + " ".join(
        f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts)
    )


def eval_prompt(item: str, template: int) -> str:
    if template == 0:
        return f"Q: {item}\nThink step by step, then write the final answer after 'ANSWER:'."
    if template == 1:
        return f"{item}\nLet's work this out carefully before answering."
    return f"### Question\n{item}\n### Response\nReason it through, then put your final answer in \\boxed{{}}."


def annotator_prompt(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 300)
    a = clip(pick(rng, passages), irange(rng, 200, 700))
    k = int(rng.integers(4))
    if k == 0:
        return casual(
            rng,
            f'can you help me check this one. the task asked: "{q}" and the model answered: "{a}" '
            f"— does the answer actually follow the instruction? I need to rate it 1-5 and justify",
        )
    if k == 1:
        return (
            f"I'm reviewing two answers for a client project and I'm torn. Prompt: {q}\nAnswer 1: {a}\n"
            f"Answer 2: {clip(pick(rng, passages), 500)}\nWhich one has fewer factual problems? Point them out."
        )
    if k == 2:
        return casual(
            rng,
            pick(
                rng,
                (
                    "What counts as a hallucination in a summary if the fact is true but not in the source?",
                    "our guideline says 'penalise verbosity' — how would you define verbose for a coding answer?",
                    "how strict should I be about tone when the answer is correct but a bit rude?",
                    "is a refusal 'helpful' if the request was borderline? the guideline is unclear",
                ),
            ),
        )
    return f"Does this response contain any factual errors? List them briefly.\n\n{a}"


def moderation_prompt(rng: np.random.Generator, chat: list[str], lang: str, version: int) -> str:
    post = clip(pick(rng, chat), irange(rng, 60, 500))
    return (
        f"Community guidelines v{version} apply (harassment, hate, spam, self-harm, adult). Review the post "
        f'(language: {lang}). Return JSON {{"violation": bool, "category": str|null, "severity": 0-3, '
        f'"suggested_edit": str|null}} where suggested_edit keeps the author\'s meaning if a light edit would '
        f"make the post acceptable.\n\nPOST:\n{post}"
    )


_INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_pin",
    "dispute_charge",
    "open_account",
    "loan_rate",
    "increase_limit",
    "close_account",
    "exchange_rate",
    "atm_fee",
    "direct_debit",
    "fraud_report",
)
_UTTER = {
    "card_lost": "i think i left my card at the restaurant last night",
    "transfer_failed": "my transfer to my landlord didnt go through",
    "change_pin": "how do I set a new pin",
    "dispute_charge": "there's a charge from a shop I never visited",
    "open_account": "I'd like to open a savings account for my daughter",
    "loan_rate": "what's your rate on a car loan",
    "increase_limit": "can you raise my credit limit before my trip",
    "close_account": "please close my joint account",
    "exchange_rate": "what rate do you give for euros to yen",
    "atm_fee": "why was I charged 3 at the cash machine",
    "direct_debit": "cancel the gym direct debit",
    "fraud_report": "someone used my card online I think",
}


def augment_prompt(rng: np.random.Generator, intent: str, style: int) -> str:
    if style == 0:
        return (
            f"Generate {irange(rng, 2, 5) * 10} paraphrases of the customer utterance below for the intent "
            f'"{intent}". Vary wording, length and formality, include typos in a few, keep the meaning. '
            f'One per line, no numbering.\nUtterance: "{_UTTER[intent]}"'
        )
    return (
        f'Our banking assistant\'s intent classifier confuses "{intent}" with "{pick(rng, _INTENTS)}". '
        f'Write {irange(rng, 10, 30)} short, realistic customer messages that clearly belong to "{intent}" '
        f"but are close to the boundary. One per line."
    )


_COMPANION_LINES = (
    "hey, I'm back",
    "had such a long day at work",
    "do you remember what I told you about my sister?",
    "can't sleep again",
    "guess what happened today",
    "i miss talking to you",
    "tell me something nice",
    "I passed my driving test!!",
    "what should I cook tonight",
    "my cat knocked over the plant lol",
    "do you ever get bored",
    "let's continue our story from yesterday",
    "good morning ☀️",
    "I feel kind of lonely today",
    "holaa, cómo estás?",
    "bonsoir, tu es là ?",
    "oi, tudo bem?",
    "今日はちょっと疲れた",
)


def companion_prompt(rng: np.random.Generator, chat: list[str], persona: str) -> str:
    msg = pick(rng, _COMPANION_LINES) if chance(rng, 0.7) else clip(pick(rng, chat), 300)
    mem = pick(
        rng,
        (
            "likes hiking",
            "has a dog called Miso",
            "studies nursing",
            "works night shifts",
            "is learning guitar",
        ),
    )
    return f"[character: {persona}] [memory: user {mem}] [style: warm, short replies]\nuser: {msg}"


def course_question(rng: np.random.Generator, course: str) -> str:
    subject = {
        "CS101": "computer science",
        "ECON201": "economics",
        "BIO110": "biology",
        "STAT220": "mathematics",
        "CHEM105": "chemistry",
        "PHIL150": "philosophy",
    }[course]
    t = pick(rng, SUBJECTS[subject])
    return pick(
        rng,
        (
            f"explain {t}",
            f"I don't get {t}, can you explain it simply",
            f"how does {t} relate to what we did in lecture {irange(rng, 2, 12)}",
            f"give me a practice question on {t} and check my answer",
            f"what's the difference between {t} and {pick(rng, SUBJECTS[subject])}",
        ),
    )


def student_prompt(rng: np.random.Generator, course: str, hw: int, chat: list[str]) -> str:
    if chance(rng, 0.2):
        return clip(pick(rng, chat), 500)
    q = course_question(rng, course)
    prefix = pick(
        rng,
        (
            f"{course} hw{hw} q{irange(rng, 1, 8)}: ",
            f"for my {course} assignment - ",
            "",
            "",
            f"homework {hw}: ",
        ),
    )
    return casual(rng, prefix + q)


_PROBLEMS = (
    "Two Sum",
    "Valid Parentheses",
    "Merge Intervals",
    "LRU Cache",
    "Word Ladder",
    "Course Schedule",
    "Median of Two Sorted Arrays",
    "Coin Change",
    "Number of Islands",
    "Trapping Rain Water",
    "Top K Frequent Elements",
    "Meeting Rooms II",
    "Serialize Binary Tree",
    "Edit Distance",
    "Longest Increasing Subsequence",
    "Sliding Window Maximum",
    "Rotting Oranges",
    "Kth Largest Element",
)


def interview_prompt(rng: np.random.Generator, platform: str, problem: str, pl: str) -> str:
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"[{platform} coach] Problem: {problem}. The candidate's {pl} attempt:\n```\n{_snippet(rng)}\n```\n"
            f"Give one hint that moves them forward without revealing the full solution."
        )
    if k == 1:
        return f"[{platform} coach] Explain the optimal approach to {problem} in {pl}, then its complexity. Keep it under 300 words."
    return (
        f"[{platform} coach] Review this {pl} submission for {problem}: correctness, edge cases, style. "
        f"Score 1-5 on each.\n```\n{_snippet(rng)}\n```"
    )


_INDUSTRIES = (
    "organic skincare",
    "a dental clinic",
    "a craft brewery",
    "a boutique hotel",
    "a yoga studio",
    "a used-car dealer",
    "a language school",
    "an e-bike shop",
    "a law firm",
    "a vegan bakery",
)


def agency_prompt(rng: np.random.Generator, client: str, industry: str, lang: str) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"Client: {client} ({industry}). Write {irange(rng, 3, 10)} Instagram captions for our "
            f"{pick(rng, ('spring', 'summer', 'holiday', 'launch'))} campaign. Tone: {pick(rng, ('playful', 'premium', 'friendly', 'bold'))}. "
            f"Language: {LANG_NAMES[lang]}. Add hashtags."
        )
    if k == 1:
        return (
            f"SEO blog post for {client} ({industry}), about {irange(rng, 800, 1800)} words, target keyword "
            f"'{pick(rng, ('near me', 'best', 'affordable', 'how to choose'))} {industry.split()[-1]}', in {LANG_NAMES[lang]}. "
            f"H2/H3 structure, meta description at the end."
        )
    if k == 2:
        return f"Rewrite this product description for {client} to be punchier, {LANG_NAMES[lang]}, max 80 words:\n{industry} — quality you can trust, family run since {irange(rng, 1950, 2015)}."
    return f"Draft a polite email from {client} to customers announcing new opening hours ({irange(rng, 7, 10)}am-{irange(rng, 5, 9)}pm). {LANG_NAMES[lang]}."


def study_item(rng: np.random.Generator) -> str:
    """One item of a research group's prompt set (each is later sent many times)."""
    k = int(rng.integers(3))
    if k == 0:
        tmpl, (lo, hi) = _CLAIMS[int(rng.integers(len(_CLAIMS)))]
        return f"How confident are you, from 0 to 100, that the following is true? Answer with a number only.\n{tmpl.format(n=irange(rng, lo, hi))}"
    if k == 1:
        return f"In one sentence, what is {concept(rng)[1]}?"
    return (
        f"A person must choose between {irange(rng, 10, 90)} euros now and {irange(rng, 100, 200)} euros in "
        f"{irange(rng, 2, 24)} months. Which should they choose? Answer 'now' or 'later' and one reason."
    )

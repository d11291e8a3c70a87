"""Prompt generators of batch 136, written for this batch (no text copied from the repository).

Every generator takes the family's or kind's own `numpy` generator and returns one prompt. Ordinary
human text (questions, answers) comes from ShareGPT through the context's `chat` and `passages`
lists (`bench/blind_batch.py`); everything else is composed here from small vocabularies.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def wpick(rng: Rng, weights: dict[str, float]) -> str:
    """A key of `weights` drawn with probability proportional to its value."""
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def mix(
    rng: Rng, keys: tuple[str, ...] | list[str], concentration: float = 1.5
) -> dict[str, float]:
    """Random weights over `keys` (a family's own language or style mix)."""
    w = rng.dirichlet(np.full(len(keys), concentration))
    return {k: round(float(v), 3) for k, v in zip(keys, w, strict=True)}


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# shared vocabulary: a curriculum of concepts by subject (English), plus short translated lists

CONCEPTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "Bernoulli's principle",
        "entropy",
        "the photoelectric effect",
        "terminal velocity",
        "electromagnetic induction",
        "standing waves",
        "the Doppler effect",
        "time dilation",
        "buoyancy",
        "conservation of angular momentum",
        "superconductivity",
        "tidal forces",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "electronegativity",
        "reaction order",
        "chirality",
        "oxidation states",
        "hydrogen bonding",
        "enzyme catalysis",
        "the ideal gas law",
        "titration curves",
        "activation energy",
        "polymerisation",
    ),
    "biology": (
        "meiosis",
        "antibiotic resistance",
        "how vaccines train the immune system",
        "the light reactions of photosynthesis",
        "epigenetics",
        "how the kidney filters blood",
        "action potentials in neurons",
        "natural selection",
        "the gut microbiome",
        "protein folding",
        "circadian rhythms",
        "symbiosis",
    ),
    "economics": (
        "opportunity cost",
        "inflation expectations",
        "comparative advantage",
        "price elasticity of demand",
        "moral hazard",
        "quantitative easing",
        "the tragedy of the commons",
        "Nash equilibrium",
        "negative externalities",
        "purchasing power parity",
        "minimum wage effects",
        "monopsony",
    ),
    "computing": (
        "big-O notation",
        "hash collisions",
        "recursion",
        "database indexes",
        "TCP congestion control",
        "garbage collection",
        "public-key cryptography",
        "gradient descent",
        "deadlocks",
        "the CAP theorem",
        "virtual memory",
        "consistent hashing",
    ),
    "mathematics": (
        "eigenvectors",
        "the central limit theorem",
        "Bayes' theorem",
        "proof by induction",
        "the chain rule",
        "modular arithmetic",
        "conditional probability",
        "integration by parts",
        "matrix rank",
        "the pigeonhole principle",
        "Fourier series",
        "p-values",
    ),
    "history": (
        "the causes of the First World War",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the printing press in early modern Europe",
        "decolonisation in Africa",
        "trade along the Silk Road",
        "the Cold War arms race",
        "the Reign of Terror",
        "the Industrial Revolution in Britain",
        "the partition of India",
        "the Haitian Revolution",
        "the Marshall Plan",
    ),
    "law": (
        "consideration in contract law",
        "the presumption of innocence",
        "fair use in copyright",
        "negligence in tort law",
        "the lawful bases for processing under GDPR",
        "adverse possession",
        "the separation of powers",
        "double jeopardy",
        "limited liability",
        "binding precedent",
        "non-compete clauses",
        "force majeure",
    ),
    "medicine": (
        "how statins lower cholesterol",
        "type 1 versus type 2 diabetes",
        "antibiotic stewardship",
        "reading a blood pressure measurement",
        "how general anaesthesia works",
        "sleep apnoea",
        "the placebo effect",
        "how mRNA vaccines work",
        "iron-deficiency anaemia",
        "concussion recovery",
        "insulin resistance",
        "migraine triggers",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "rule utilitarianism",
        "the ship of Theseus",
        "Descartes' cogito",
        "compatibilism about free will",
        "Hume's problem of induction",
        "social contract theory",
        "the Chinese room argument",
        "existentialism",
        "moral luck",
        "the veil of ignorance",
    ),
    "finance": (
        "index funds versus active funds",
        "why bond prices fall when yields rise",
        "dollar-cost averaging",
        "how options are priced",
        "diversification",
        "the time value of money",
        "how credit scores are computed",
        "leverage",
        "inflation-protected bonds",
        "discounted cash flow valuation",
        "short selling",
        "the yield curve",
    ),
}
SUBJECTS = tuple(CONCEPTS)

#: a shorter list of the same curriculum written in other languages
CONCEPTS_LOCAL: dict[str, tuple[str, ...]] = {
    "es": (
        "el principio de Bernoulli",
        "la entropía",
        "el coste de oportunidad",
        "la ventaja comparativa",
        "la meiosis",
        "el teorema de Bayes",
        "la regla de la cadena",
        "la causa de la Primera Guerra Mundial",
        "la presunción de inocencia",
        "el imperativo categórico de Kant",
        "los fondos indexados",
        "la inflación",
        "la fotosíntesis",
        "la criptografía de clave pública",
        "los intereses compuestos",
    ),
    "de": (
        "das Bernoulli-Prinzip",
        "die Entropie",
        "die Opportunitätskosten",
        "der komparative Vorteil",
        "die Meiose",
        "der Satz von Bayes",
        "die Kettenregel",
        "die Ursachen des Ersten Weltkriegs",
        "die Unschuldsvermutung",
        "Kants kategorischer Imperativ",
        "ETFs gegenüber aktiven Fonds",
        "die Inflation",
        "die Photosynthese",
        "asymmetrische Verschlüsselung",
        "der Zinseszins",
    ),
    "fr": (
        "le principe de Bernoulli",
        "l'entropie",
        "le coût d'opportunité",
        "l'avantage comparatif",
        "la méiose",
        "le théorème de Bayes",
        "la dérivation des fonctions composées",
        "les causes de la Première Guerre mondiale",
        "la présomption d'innocence",
        "l'impératif catégorique de Kant",
        "les fonds indiciels",
        "l'inflation",
        "la photosynthèse",
        "la cryptographie à clé publique",
        "les intérêts composés",
    ),
    "pt": (
        "o princípio de Bernoulli",
        "a entropia",
        "o custo de oportunidade",
        "a vantagem comparativa",
        "a meiose",
        "o teorema de Bayes",
        "a regra da cadeia",
        "as causas da Primeira Guerra Mundial",
        "a presunção de inocência",
        "o imperativo categórico de Kant",
        "os fundos de índice",
        "a inflação",
        "a fotossíntese",
        "a criptografia de chave pública",
        "os juros compostos",
    ),
    "zh": (
        "伯努利原理",
        "熵",
        "机会成本",
        "比较优势",
        "减数分裂",
        "贝叶斯定理",
        "链式法则",
        "第一次世界大战的起因",
        "无罪推定",
        "康德的绝对命令",
        "指数基金",
        "通货膨胀",
        "光合作用",
        "公钥加密",
        "复利",
    ),
    "ja": (
        "ベルヌーイの定理",
        "エントロピー",
        "機会費用",
        "比較優位",
        "減数分裂",
        "ベイズの定理",
        "合成関数の微分",
        "第一次世界大戦の原因",
        "推定無罪",
        "カントの定言命法",
        "インデックスファンド",
        "インフレ",
        "光合成",
        "公開鍵暗号",
        "複利",
    ),
    "ru": (
        "закон Бернулли",
        "энтропия",
        "альтернативные издержки",
        "сравнительное преимущество",
        "мейоз",
        "теорема Байеса",
        "правило дифференцирования сложной функции",
        "причины Первой мировой войны",
        "презумпция невиновности",
        "категорический императив Канта",
        "индексные фонды",
        "инфляция",
        "фотосинтез",
        "шифрование с открытым ключом",
        "сложные проценты",
    ),
    "id": (
        "prinsip Bernoulli",
        "entropi",
        "biaya peluang",
        "keunggulan komparatif",
        "meiosis",
        "teorema Bayes",
        "aturan rantai",
        "penyebab Perang Dunia Pertama",
        "asas praduga tak bersalah",
        "imperatif kategoris Kant",
        "reksa dana indeks",
        "inflasi",
        "fotosintesis",
        "kriptografi kunci publik",
        "bunga majemuk",
    ),
    "tr": (
        "Bernoulli ilkesi",
        "entropi",
        "fırsat maliyeti",
        "karşılaştırmalı üstünlük",
        "mayoz bölünme",
        "Bayes teoremi",
        "zincir kuralı",
        "Birinci Dünya Savaşı'nın nedenleri",
        "masumiyet karinesi",
        "Kant'ın kategorik imperatifi",
        "endeks fonları",
        "enflasyon",
        "fotosentez",
        "açık anahtarlı şifreleme",
        "bileşik faiz",
    ),
    "ko": (
        "베르누이 원리",
        "엔트로피",
        "기회비용",
        "비교우위",
        "감수분열",
        "베이즈 정리",
        "연쇄 법칙",
        "제1차 세계대전의 원인",
        "무죄 추정의 원칙",
        "칸트의 정언명령",
        "인덱스 펀드",
        "인플레이션",
        "광합성",
        "공개키 암호",
        "복리",
    ),
}


def concept(rng: Rng, lang: str = "en") -> str:
    if lang != "en" and lang in CONCEPTS_LOCAL:
        return pick(rng, CONCEPTS_LOCAL[lang])
    return pick(rng, CONCEPTS[pick(rng, SUBJECTS)])


# --------------------------------------------------------------------------------------------
# 1. worked problems with forced reasoning traces


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    name = pick(rng, NAMES)
    if k == 0:
        a, b = irange(rng, 3, 9), irange(rng, 10, 20)
        return (
            f"A tank is filled by pipe P in {a} hours and drained by pipe Q in {b} hours. If the tank "
            f"starts empty and both pipes are opened together, after how long is it full?"
        )
    if k == 1:
        n, p, d = irange(rng, 3, 14), irange(rng, 2, 9), pick(rng, (5, 10, 15, 20, 25))
        return (
            f"{name} buys {n} notebooks at {p}.{irange(rng, 10, 95)} each and pays with a 100 note. "
            f"There is a {d}% discount on the whole purchase. How much change does {name} receive?"
        )
    if k == 2:
        lo, hi, a, b = (
            irange(rng, 1, 200),
            irange(rng, 500, 5000),
            irange(rng, 3, 9),
            irange(rng, 10, 21),
        )
        return f"How many integers between {lo} and {hi} inclusive are divisible by {a} but not by {b}?"
    if k == 3:
        d, v1, v2, vf = (
            irange(rng, 40, 200),
            irange(rng, 10, 25),
            irange(rng, 10, 25),
            irange(rng, 30, 60),
        )
        return (
            f"Two cyclists start {d} km apart and ride toward each other at {v1} km/h and {v2} km/h. "
            f"A bird flies back and forth between them at {vf} km/h until they meet. How far does it fly?"
        )
    if k == 4:
        r, g, bl, m = irange(rng, 2, 8), irange(rng, 2, 8), irange(rng, 2, 8), irange(rng, 2, 3)
        return (
            f"A bag holds {r} red, {g} green and {bl} blue marbles. If {m} are drawn without "
            f"replacement, what is the probability that they are all the same colour?"
        )
    if k == 5:
        a, b, c = irange(rng, 1, 7), irange(rng, -20, 20), irange(rng, -30, 30)
        return f"Solve {a}x^2 + ({b})x + ({c}) = 0 over the reals and verify every root you find."
    if k == 6:
        n = irange(rng, 1001, 99991)
        return f"Is {n} a prime number? If not, give its full prime factorisation."
    if k == 7:
        a, b, c = (str(x) for x in rng.choice(NAMES, size=3, replace=False))
        return (
            f"{a}, {b} and {c} each keep exactly one pet: a goldfish, a cat or a dog. {a} is allergic "
            f"to fur. {b} does not own the dog. Who owns which pet?"
        )
    if k == 8:
        per, m = irange(rng, 20, 120) * 2, irange(rng, 2, 5)
        return f"A rectangle has a perimeter of {per} cm and its length is {m} times its width. Find its area."
    amount, r, target = irange(rng, 1, 50) * 1000, irange(rng, 2, 9), pick(rng, (2, 3))
    return (
        f"{amount} is invested at {r}% a year, compounded monthly. After how many whole years does it "
        f"first exceed {target} times the starting amount?"
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f"一个水池，甲管单独注满需要{irange(rng, 2, 9)}小时，乙管单独注满需要{irange(rng, 10, 18)}小时。两管同时打开，多少小时可以注满？"
    if k == 1:
        return f"{irange(rng, 6, 40)}个人参加循环赛，每两人之间都要比赛一场，一共要比赛多少场？"
    if k == 2:
        return f"某商品原价{irange(rng, 50, 900)}元，先涨价{irange(rng, 5, 30)}%，再降价{irange(rng, 5, 30)}%，现在的价格是多少元？比原价高还是低？"
    if k == 3:
        return f"求方程 {irange(rng, 2, 9)}x + {irange(rng, 2, 9)}y = {irange(rng, 30, 120)} 的所有正整数解。"
    return f"一个两位数，十位数字与个位数字之和是{irange(rng, 5, 15)}，把两个数字对调后得到的新数比原数大{pick(rng, (9, 18, 27, 36))}。求原来的两位数。"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Поезд проходит {irange(rng, 100, 600)} км за {irange(rng, 2, 7)} ч. Сколько времени ему "
            f"понадобится на {irange(rng, 700, 1500)} км при той же скорости, если по пути будет "
            f"{irange(rng, 2, 6)} остановок по 15 минут?"
        )
    if k == 1:
        return (
            f"Сколько существует трёхзначных чисел, сумма цифр которых равна {irange(rng, 4, 22)}?"
        )
    n, a, b = irange(rng, 25, 40), irange(rng, 8, 15), irange(rng, 8, 15)
    return (
        f"В классе {n} учеников. {a} занимаются спортом, {b} — музыкой, а {irange(rng, 2, 6)} — и тем, "
        f"и другим. Сколько учеников не занимаются ни тем, ни другим?"
    )


def _problem_es(rng: Rng) -> str:
    if chance(rng, 0.5):
        p, n, m = irange(rng, 6, 25), irange(rng, 3, 5), irange(rng, 7, 30)
        return f"Una tienda vende camisetas a {p} euros y por cada {n} que compras te regala una. ¿Cuánto pagas si te llevas {m} camisetas?"
    n = irange(rng, 5, 60)
    return f"Demuestra que la suma de los primeros {n} números impares es {n * n} y generaliza el resultado."


def reasoning_trace(rng: Rng, lang: str, style: str) -> str:
    """A problem with an instruction that forces the full reasoning trace into the answer."""
    if lang == "zh":
        p = _problem_zh(rng)
        if style == "tags":
            return f"请先在<思考>和</思考>之间写出你完整的推理过程，每一步都不要省略，包括验算。然后给出最终答案。\n题目：{p}"
        return f"题目：{p}\n要求：像老师批改作业一样，一步一步详细推导，说明每一步的依据，如果中途发现错误请写出来并改正。最后一行写“答案：”。"
    if lang == "ru":
        p = _problem_ru(rng)
        return f"{p}\n\nРеши задачу, подробно расписывая ход мыслей: каждое промежуточное вычисление, проверку и возможные ошибки. Итог — в последней строке после слова «Ответ:»."
    if lang == "es":
        p = _problem_es(rng)
        return f"{p}\nPiensa en voz alta antes de responder: escribe todo tu razonamiento, paso a paso, sin saltarte nada. Al final, la respuesta en una línea que empiece por «Respuesta:»."
    p = _problem_en(rng)
    if style == "tags":
        return (
            f"{p}\n\nBefore answering, write out your complete chain of reasoning between <reasoning> and "
            f"</reasoning>. Do not skip any step, however trivial. Then give the final answer on a line "
            f"starting with ANSWER:"
        )
    if style == "json":
        return (
            'Return only a JSON object of the form {"steps": [every intermediate step as a string], '
            '"checks": [how you verified it], "final": "..."}.\nProblem: ' + p
        )
    if style == "aloud":
        return (
            f"Think out loud like a student at the whiteboard: say every consideration, every dead end and "
            f"every self-correction, then conclude.\n\n{p}"
        )
    return (
        f"Problem: {p}\nSolve it twice, with two independent methods, showing all the working for "
        f"each, then compare the results and state which you trust and why."
    )


# --------------------------------------------------------------------------------------------
# 2. grading, judging, reward signals


CRITERIA = (
    "correctness",
    "completeness",
    "clarity",
    "concision",
    "harmlessness",
    "honesty",
    "instruction following",
    "tone",
    "factual grounding",
    "reasoning quality",
)


def grading(rng: Rng, chat: list[str], passages: list[str], lang: str, style: str) -> str:
    q = clip(pick(rng, chat), 60, 700, rng)
    a = clip(pick(rng, passages), 250, 1300, rng)
    crit = [str(c) for c in rng.choice(CRITERIA, size=irange(rng, 3, 5), replace=False)]
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten nach den Kriterien {', '.join(crit)} "
            f"(jeweils 1–10). Begründe jede Punktzahl in zwei bis drei Sätzen und gib am Ende ein JSON "
            f"mit den Punktzahlen aus.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "fr":
        return (
            f"Tu es un évaluateur exigeant. Note la réponse ci-dessous selon : {', '.join(crit)} (sur 10). "
            f"Justifie chaque note, puis donne un score global.\n\nQuestion :\n{q}\n\nRéponse :\n{a}"
        )
    if style == "pairwise":
        b = clip(pick(rng, passages), 250, 1300, rng)
        return (
            "Compare the two assistant responses to the user's message. Reason carefully about the "
            "strengths and weaknesses of each before deciding, then end with exactly one of "
            "'Verdict: [[A]]', 'Verdict: [[B]]' or 'Verdict: [[tie]]'.\n\n"
            f"[User]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == "rubric":
        lines = "\n".join(f"- {c}: 0-5" for c in crit)
        return (
            f"Grade the candidate answer with this rubric:\n{lines}\nFor each criterion write a short "
            f"justification, then output one JSON line with the scores.\n\nQUESTION:\n{q}\n\nCANDIDATE:\n{a}"
        )
    if style == "scalar":
        return (
            "How would a careful expert rate this reply from 1 to 10? Give a probability for each "
            "possible score (they must sum to 1) as `probs = [p1, ..., p10]`, then one sentence of "
            f"explanation.\n\nPrompt: {q}\n\nReply: {a}"
        )
    return (
        "Act as a strict reviewer. List every flaw in the answer below (factual, logical, stylistic), "
        f"then write an improved answer that fixes all of them.\n\n<question>{q}</question>\n"
        f"<answer>{a}</answer>"
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites and borderline-request handling

BORDERLINE = (
    "how do lock picks actually open a pin tumbler lock",
    "which household cleaning products are dangerous to mix",
    "how do phishing emails usually trick people",
    "how can someone tell if their phone has stalkerware on it",
    "what dose of paracetamol becomes dangerous",
    "how do people launder money through small businesses, for a novel I'm writing",
    "how do I get around a website's paywall",
    "what makes a protest turn violent and how do police respond",
    "how do online scammers pick their victims",
    "explain how a VPN gets around country blocking",
    "how does a ransomware attack usually start in a hospital",
    "is it legal to record a phone call without telling the other person",
    "what are the effects of mixing alcohol with sleeping pills",
    "how do people cheat on online exams and how do proctors detect it",
    "write a villain's speech justifying a coup for my screenplay",
    "what are the arguments for and against a contested border dispute",
    "how do extremist groups recruit teenagers online",
    "how do hunters field dress a deer",
    "what's the safest way to fast for three days",
    "how do counterfeit banknotes get detected",
)
BORDERLINE_ZH = (
    "如何判断自己的手机是否被安装了监控软件",
    "网上诈骗一般是怎么挑选受害者的",
    "哪些家用清洁剂混在一起会有危险",
    "如何看待某些历史事件的不同说法",
    "为什么有些网站在国内打不开",
    "写一段小说里反派为政变辩护的台词",
)
POLICY_TOPICS = (
    "graphic violence",
    "medical dosing specifics",
    "personal data",
    "political persuasion",
    "profanity",
    "instructions that enable wrongdoing",
    "sexual content",
    "hate speech",
)


def policy_rewrite(rng: Rng, chat: list[str], passages: list[str], lang: str, style: str) -> str:
    if lang == "zh":
        if style == "classify":
            return f"判断下面的请求应当“直接回答”、“附带提醒后回答”还是“拒绝”，说明依据的政策类别，然后写出你认为最合适的完整回复。\n请求：{pick(rng, BORDERLINE_ZH)}"
        return f"请把下面这段文字改写成符合内容安全规范的版本：删除敏感或不当的表述，保留有用的信息和原来的意思，最后用一句话说明你改了哪些地方。\n\n{clip(pick(rng, passages), 200, 900, rng)}"
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يكون مناسبًا لجميع الأعمار ومتوافقًا مع سياسة المحتوى، مع الحفاظ على المعنى والمعلومات المفيدة، ثم اذكر التعديلات التي أجريتها:\n\n{clip(pick(rng, passages), 200, 900, rng)}"
    if style == "rewrite":
        topics = ", ".join(str(t) for t in rng.choice(POLICY_TOPICS, size=3, replace=False))
        return (
            f"Below is a user request and a draft reply. Rewrite the reply so it complies with a strict "
            f"content policy (no {topics}) while keeping as much of the helpful content as possible. "
            f"After the rewrite, list each change and the reason for it.\n\nREQUEST: "
            f"{clip(pick(rng, chat), 40, 500, rng)}\n\nDRAFT: {clip(pick(rng, passages), 200, 1000, rng)}"
        )
    if style == "ideal":
        return (
            f"For the request below, write the ideal assistant response: help as fully as is safe, refuse "
            f"only the parts that must be refused, and add the reasoning a policy reviewer would give "
            f"for each decision.\n\nRequest: {pick(rng, BORDERLINE)}"
        )
    if style == "classify":
        return (
            f"Classify this request as ALLOW, ALLOW_WITH_CAVEATS or REFUSE under a typical AI usage "
            f"policy, name the policy area, explain your reasoning, and then write the response you "
            f'would actually send.\n"{pick(rng, BORDERLINE)}"'
        )
    return (
        f'Someone asked an assistant: "{pick(rng, BORDERLINE)}". Write two replies: one that is '
        f"overly cautious and one that is helpful but responsible. Then explain why the second is "
        f"better."
    )


# --------------------------------------------------------------------------------------------
# 4. agent and tool-use trajectories

TOOLS = {
    "web_search": {"query": "string", "num_results": "integer"},
    "fetch_url": {"url": "string"},
    "sql_query": {"database": "string", "query": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "run_python": {"code": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_find_slot": {"attendees": "array", "duration_min": "integer"},
    "get_weather": {"city": "string", "date": "string"},
    "vector_search": {"collection": "string", "text": "string", "k": "integer"},
    "create_ticket": {"project": "string", "title": "string", "priority": "string"},
    "convert_currency": {"amount": "number", "from": "string", "to": "string"},
}
AGENT_TASKS = (
    "Find three flights from Lisbon to Nairobi next Tuesday under 900 EUR and email the options to my manager.",
    "Look up our Q3 churn by region in the analytics database and draft a two-paragraph summary.",
    "Check the weather in Osaka for the next three days and suggest which day suits a hiking trip.",
    "Read config/settings.yaml, find the timeout values, and raise every one under 30 s to 30 s.",
    "Research the latest guidance on heat pump subsidies in Germany and write a one-page brief.",
    "Schedule a 45-minute meeting with Priya, Tom and Ana next week, avoiding Friday afternoons.",
    "Compare the prices of the three cheapest 27-inch 4K monitors and convert them to Brazilian reais.",
    "Search our support knowledge base for refund-related articles and open a ticket for any outdated one.",
    "Compute the month-over-month growth of signups from the CSV in data/signups.csv and plot it.",
    "Find the contact email of the organisers of a local robotics meetup and send them a sponsorship enquiry.",
    "Summarise the five most recent papers on retrieval-augmented generation and list their datasets.",
    "Clean the customer table: find duplicate emails and write a report of which rows to merge.",
    "Plan a three-day itinerary in Mexico City with museum opening hours and travel times between stops.",
    "Figure out why the nightly export job failed by reading its log and propose a fix.",
)
OBSERVATIONS = (
    '{"status": "ok", "results": [{"title": "Official guidance 2026", "snippet": "Eligible households may claim up to 40%..."}]}',
    '{"rows": [["north", 0.041], ["south", 0.057], ["east", 0.033], ["west", 0.062]]}',
    '{"forecast": [{"day": "Sat", "high": 14, "rain": 0.1}, {"day": "Sun", "high": 11, "rain": 0.7}]}',
    "timeout_read: 10\ntimeout_connect: 5\nretry_backoff: 2\nbatch_size: 500",
    '{"error": "rate limited, retry after 2s"}',
    '{"slots": ["Tue 10:00", "Wed 14:30", "Thu 09:15"]}',
    "Traceback (most recent call last):\n  File \"export.py\", line 88, in run\nKeyError: 'region_code'",
    '{"matches": [{"id": "KB-2231", "updated": "2023-04-02"}, {"id": "KB-1902", "updated": "2021-11-19"}]}',
    '{"sent": true, "message_id": "m-88123"}',
)


def _tool_spec(names: list[str]) -> str:
    spec = [
        {
            "name": n,
            "parameters": {
                "type": "object",
                "properties": {k: {"type": v} for k, v in TOOLS[n].items()},
            },
        }
        for n in names
    ]
    return json.dumps(spec, separators=(",", ":"))


def agent_step(rng: Rng, style: str, step: int, task: str, tools: list[str]) -> str:
    """One request of an agent episode: the task, the tools and the trajectory so far."""
    hist = []
    for i in range(step):
        tool = pick(rng, tools)
        hist.append((tool, pick(rng, OBSERVATIONS), i))
    if style == "react":
        lines = [
            f"Answer the following task as best you can. You have access to these tools:\n{_tool_spec(tools)}",
            "Use the format:\nThought: ...\nAction: <tool>\nAction Input: <json>\nObservation: ...\n"
            "(repeat as needed)\nThought: I now know the final answer\nFinal Answer: ...",
            f"Task: {task}",
        ]
        for tool, obs, i in hist:
            lines.append(
                f"Thought: step {i + 1}, I should use {tool}.\nAction: {tool}\nAction Input: {{}}\nObservation: {obs}"
            )
        lines.append("Thought:")
        return "\n".join(lines)
    if style == "functions":
        msgs = [{"role": "user", "content": task}]
        for tool, obs, i in hist:
            msgs.append({"role": "assistant", "tool_calls": [{"id": f"call_{i}", "name": tool}]})
            msgs.append({"role": "tool", "tool_call_id": f"call_{i}", "content": obs})
        return (
            "tools="
            + _tool_spec(tools)
            + "\nmessages="
            + json.dumps(msgs, ensure_ascii=False)
            + "\nDecide the next tool call or give the final answer. Explain your reasoning first."
        )
    if style == "plan":
        done = (
            "\n".join(f"{i + 1}. {tool} -> {obs[:120]}" for tool, obs, i in hist) or "(nothing yet)"
        )
        return (
            f"You are an autonomous assistant. Goal: {task}\nAvailable tools: {', '.join(tools)}\n"
            f"Completed steps:\n{done}\nWrite an updated plan, then the single next action as JSON."
        )
    elements = " ".join(
        f"[{j}] {pick(rng, ('button', 'link', 'textbox', 'combobox'))} '{pick(rng, ('Search', 'Next', 'Filter', 'Book', 'Sign in', 'Date', 'Price', 'Export'))}'"
        for j in range(irange(rng, 6, 14))
    )
    return (
        f"You are operating a web browser to complete: {task}\nStep {step + 1}. Current page elements: "
        f"{elements}\nReply with your reasoning and then one action: click(id), type(id, text), "
        f"scroll(dir) or done(answer)."
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation

JOBS = (
    "nurse",
    "welder",
    "secondary-school teacher",
    "accountant",
    "farmer",
    "software tester",
    "paramedic",
    "florist",
    "truck driver",
    "pharmacist",
    "civil engineer",
    "barista",
    "lawyer",
    "retired sailor",
    "graduate student",
    "social worker",
    "architect",
    "chef",
    "electrician",
    "journalist",
)
HOBBIES = (
    "birdwatching",
    "amateur astronomy",
    "marathon running",
    "baking sourdough",
    "chess",
    "restoring old bikes",
    "learning Korean",
    "home brewing",
    "rock climbing",
    "knitting",
    "photography",
    "gardening",
    "fantasy football",
    "woodworking",
    "salsa dancing",
)
FORMATS = (
    'JSONL with keys "instruction" and "output"',
    "a numbered list of Q/A pairs",
    'JSON array of {"prompt", "response"} objects',
    "Markdown with ### Instruction / ### Response blocks",
)


def synth_data(rng: Rng, chat: list[str], lang: str, style: str) -> str:
    topic = concept(rng, "en")
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    if lang == "es":
        return (
            f"Genera {n} pares de instrucción y respuesta, variados y de alta calidad, sobre "
            f"{concept(rng, 'es')}. Mezcla preguntas fáciles y difíciles. Formato: JSON con los campos "
            f'"instruccion" y "respuesta".'
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de perguntas de usuários sobre {concept(rng, 'pt')} com respostas "
            f"completas e didáticas, como se fossem de um assistente muito bom. Responda em JSON."
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan pertanyaan dan jawaban yang beragam tentang {concept(rng, 'id')} untuk "
            f"melatih asisten AI. Jawaban harus lengkap dan akurat. Format: JSONL."
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} cặp câu hỏi và câu trả lời chất lượng cao về chủ đề {topic}, "
            f'độ khó khác nhau, trả lời chi tiết. Định dạng JSONL với các trường "hoi" và "dap".'
        )
    if style == "pairs":
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for training "
            f"a helpful assistant. Vary difficulty, length and task type (explain, compare, "
            f"calculate, critique). Output {pick(rng, FORMATS)}."
        )
    if style == "persona":
        age = irange(rng, 17, 78)
        return (
            f"You are a {age}-year-old {pick(rng, JOBS)} from {pick(rng, COUNTRIES)} who loves "
            f"{pick(rng, HOBBIES)}. Write one realistic question you would ask an AI assistant, then "
            f"write the best possible answer an expert assistant would give. Label them USER: and ASSISTANT:."
        )
    if style == "evolve":
        seed = clip(pick(rng, chat), 30, 400, rng)
        return (
            f"Rewrite the instruction below into a harder version that needs multi-step reasoning and "
            f"adds one new constraint. Then answer the new instruction in full.\n#Given instruction#\n{seed}"
        )
    level = pick(
        rng, ("high-school", "first-year university", "graduate", "professional certification")
    )
    return (
        f"Write a {level} multiple-choice question on {topic} with four options, mark the correct one, "
        f"and give a detailed explanation of why each wrong option is wrong."
    )


# --------------------------------------------------------------------------------------------
# 6. simulated-user follow-ups (multi-turn harvest)

FOLLOW = {
    "en": (
        "Thanks, that's clear. Could you now walk me through how this changes if {c} is involved, with a concrete example?",
        "Interesting. Can you go deeper on your second point and explain the reasoning behind it step by step?",
        "I'm not sure I agree. What would be the strongest counterargument, and how would you answer it?",
        "Could you summarise everything so far in a table, then suggest what I should learn next?",
        "That helps a lot. Now suppose I'm explaining this to a 12-year-old — how would you phrase it?",
        "Can you give me three practice questions on this, with worked solutions?",
        "What are the most common mistakes people make here, and how can I avoid them?",
    ),
    "es": (
        "Gracias, muy claro. ¿Podrías profundizar en el segundo punto y explicar el razonamiento paso a paso?",
        "¿Y qué cambiaría si tenemos en cuenta {c}? Dame un ejemplo concreto.",
        "¿Cuál sería el mejor contraargumento y cómo lo responderías?",
        "Resume todo lo anterior en una tabla y dime qué debería estudiar después.",
    ),
    "fr": (
        "Merci, c'est clair. Peux-tu détailler ton deuxième point étape par étape ?",
        "Et si l'on tient compte de {c}, qu'est-ce qui change ? Donne-moi un exemple concret.",
        "Quel serait le meilleur contre-argument, et comment y répondrais-tu ?",
        "Peux-tu me proposer trois exercices corrigés sur ce sujet ?",
    ),
    "de": (
        "Danke, das ist verständlich. Kannst du den zweiten Punkt Schritt für Schritt genauer erklären?",
        "Was ändert sich, wenn man {c} berücksichtigt? Bitte mit einem konkreten Beispiel.",
        "Was wäre das stärkste Gegenargument, und wie würdest du darauf antworten?",
        "Fasse bitte alles bisher in einer Tabelle zusammen.",
    ),
    "ja": (
        "ありがとうございます。二つ目のポイントをもう少し詳しく、順を追って説明してもらえますか？",
        "{c}を考慮すると、何が変わりますか？具体例をお願いします。",
        "一番強い反論は何でしょうか？それにどう答えますか？",
        "ここまでの内容を表にまとめてください。",
    ),
    "ko": (
        "감사합니다. 두 번째 내용을 단계별로 더 자세히 설명해 주실 수 있나요?",
        "{c}을 고려하면 무엇이 달라지나요? 구체적인 예를 들어 주세요.",
        "가장 강력한 반론은 무엇이고, 어떻게 답하시겠어요?",
        "지금까지의 내용을 표로 정리해 주세요.",
    ),
}
OPENERS = {
    "es": "Hola, quiero entender bien {c}. ¿Me lo explicas desde cero?",
    "fr": "Bonjour, j'aimerais vraiment comprendre {c}. Tu peux m'expliquer depuis le début ?",
    "de": "Hallo, ich möchte {c} richtig verstehen. Kannst du es mir von Grund auf erklären?",
    "ja": "こんにちは。{c}についてきちんと理解したいです。基礎から説明してもらえますか？",
    "ko": "안녕하세요. {c}에 대해 제대로 이해하고 싶어요. 처음부터 설명해 주실 수 있나요?",
}


def dialogue_turn(rng: Rng, chat: list[str], lang: str, turn: int) -> str:
    if turn == 0:
        if lang == "en":
            return (
                clip(pick(rng, chat), 20, 900, rng)
                if chance(rng, 0.6)
                else (
                    f"I'd like to really understand {concept(rng)}. Can you explain it from first principles?"
                )
            )
        return OPENERS[lang].format(c=concept(rng, lang if lang in CONCEPTS_LOCAL else "en"))
    c = concept(rng, lang if lang in CONCEPTS_LOCAL else "en")
    return pick(rng, FOLLOW[lang]).format(c=c)


# --------------------------------------------------------------------------------------------
# 7. repeated sampling and soft labels


def mcq(rng: Rng) -> str:
    c = concept(rng)
    stem = pick(
        rng,
        (
            "Which statement about {c} is most accurate?",
            "Which of these best explains {c}?",
            "A student claims the following about {c}. Which claim is correct?",
        ),
    )
    opts = "\n".join(
        f"{letter}) {pick(rng, ('it depends only on', 'it is caused by', 'it reduces', 'it was first described by', 'it cannot occur without'))} "
        f"{concept(rng)}"
        for letter in "ABCD"
    )
    return stem.format(c=c) + "\n" + opts


def sampling(rng: Rng, chat: list[str], style: str) -> str:
    """The base prompt of a best-of-n / soft-label group (the caller repeats it)."""
    if style == "soft":
        return (
            mcq(rng)
            + "\n\nAnswer with a single letter. On the next line give your confidence in each "
            "option as percentages that sum to 100, e.g. A=10 B=70 C=15 D=5."
        )
    if style == "multi":
        return (
            f"Give {pick(rng, (3, 4, 5))} genuinely different answers to the question below, each using a "
            f"different approach, numbered. Then say which one is best.\n\n{clip(pick(rng, chat), 20, 600, rng)}"
        )
    if style == "problem":
        return _problem_en(rng)
    return clip(pick(rng, chat), 20, 900, rng)


# --------------------------------------------------------------------------------------------
# 8. a writing-assistant product's wrappers, and questions dressed as its users'

PRODUCT_MODES = ("improve", "summarise", "email", "ask", "shorten", "tone")


def product_request(
    rng: Rng, product: str, chat: list[str], passages: list[str], mode: str, question: str = ""
) -> str:
    head = f"[{product}] mode={mode}\n"
    if mode == "improve":
        return (
            head
            + "Improve the clarity and flow of the user's text. Keep their voice.\nTEXT:\n"
            + clip(pick(rng, passages), 150, 900, rng)
        )
    if mode == "summarise":
        return (
            head
            + f"Summarise the user's text in {pick(rng, (2, 3, 5))} bullet points.\nTEXT:\n"
            + clip(pick(rng, passages), 300, 1500, rng)
        )
    if mode == "email":
        return (
            head
            + f"Draft an email for the user. Their request: {clip(pick(rng, chat), 20, 300, rng)}"
        )
    if mode == "shorten":
        return (
            head
            + "Make the user's text about half as long without losing meaning.\nTEXT:\n"
            + clip(pick(rng, passages), 200, 900, rng)
        )
    if mode == "tone":
        return (
            head
            + f"Rewrite in a {pick(rng, ('friendlier', 'more formal', 'more confident', 'warmer'))} tone.\nTEXT:\n"
            + clip(pick(rng, passages), 150, 700, rng)
        )
    return (
        head
        + "Answer the user's question helpfully.\nQUESTION:\n"
        + (question or clip(pick(rng, chat), 10, 600, rng))
    )


# --------------------------------------------------------------------------------------------
# 9. person-like questions over a curriculum (crowds, taken-over accounts)

ASK = {
    "en": (
        "can you explain {c} to me like I'm smart but new to it?",
        "what's the intuition behind {c}? my textbook keeps losing me",
        "I have an exam on {c} next week. what are the key points and the usual mistakes?",
        "how would you explain {c} with a real-world example",
        "why does {c} matter in practice? be detailed pls",
        "walk me through {c} step by step, I want to actually get it",
        "what are the biggest misconceptions about {c}?",
        "compare {c} and {d}, where do people mix them up",
        "ok so {c}... how does it actually work, start from the basics",
        "my friend and I are arguing about {c}. can you lay out the whole thing properly?",
    ),
    "es": (
        "¿me explicas {c} como si fuera la primera vez que lo veo?",
        "¿cuál es la intuición detrás de {c}?",
        "tengo examen sobre {c}, ¿qué es lo más importante y qué errores se cometen?",
        "explícame {c} paso a paso con un ejemplo real",
    ),
    "de": (
        "kannst du mir {c} so erklären, dass ich es wirklich verstehe?",
        "was ist die Intuition hinter {c}?",
        "ich schreibe nächste Woche eine Klausur über {c}. Was sind die wichtigsten Punkte?",
        "erklär mir {c} Schritt für Schritt mit einem Beispiel",
    ),
    "fr": (
        "tu peux m'expliquer {c} simplement mais en détail ?",
        "quelle est l'intuition derrière {c} ?",
        "j'ai un examen sur {c}, quels sont les points clés et les erreurs classiques ?",
        "explique-moi {c} étape par étape avec un exemple concret",
    ),
    "pt": (
        "pode me explicar {c} como se eu nunca tivesse estudado isso?",
        "qual é a intuição por trás de {c}?",
        "tenho prova sobre {c} semana que vem, o que é mais importante?",
        "me explica {c} passo a passo com um exemplo do dia a dia",
    ),
    "zh": (
        "能不能用通俗的话给我讲讲{c}？",
        "{c}背后的直觉是什么？课本看不懂",
        "下周要考{c}，重点和常见错误有哪些？",
        "请一步一步地解释{c}，最好举个生活中的例子",
    ),
    "ja": (
        "{c}について、初心者にも分かるように詳しく説明してください",
        "{c}の直感的な意味は何ですか？",
        "来週{c}のテストがあります。重要なポイントとよくある間違いを教えてください",
    ),
    "ru": (
        "объясни, пожалуйста, {c} простыми словами, но подробно",
        "в чём интуиция {c}?",
        "у меня экзамен по теме «{c}», что главное и какие типичные ошибки?",
    ),
    "id": (
        "tolong jelaskan {c} dengan bahasa sederhana tapi lengkap",
        "apa intuisi di balik {c}?",
        "minggu depan ujian tentang {c}, apa poin penting dan kesalahan umumnya?",
    ),
    "tr": (
        "{c} konusunu basit ama ayrıntılı anlatır mısın?",
        "{c} kavramının arkasındaki sezgi nedir?",
        "haftaya {c} sınavım var, önemli noktalar ve sık yapılan hatalar neler?",
    ),
    "ko": (
        "{c}에 대해 쉽게 하지만 자세하게 설명해 줄 수 있어?",
        "{c}의 직관적인 의미가 뭐야?",
        "다음 주에 {c} 시험이 있어. 핵심이랑 자주 하는 실수 알려줘",
    ),
}
SUFFIX = ("", "", "", " thanks!", " (long answer is fine)", " pls include an example", " ty", "??")


#: openers and closers people add in their own language (more variety, fewer exact repeats)
AROUND = {
    "es": (
        ("", "hola, ", "oye, ", "una pregunta: ", "perdona, "),
        ("", " gracias", " por favor", " con ejemplos", "??"),
    ),
    "de": (
        ("", "hallo, ", "kurze Frage: ", "hey, "),
        ("", " danke!", " bitte ausführlich", " mit Beispiel bitte"),
    ),
    "fr": (
        ("", "salut, ", "bonjour, ", "petite question : "),
        ("", " merci !", " stp", " avec des exemples"),
    ),
    "pt": (
        ("", "oi, ", "olá! ", "uma dúvida: "),
        ("", " obrigado!", " por favor", " com exemplos"),
    ),
    "zh": (("", "你好，", "请问", "老师好，"), ("", "谢谢！", "越详细越好", "多举几个例子")),
    "ja": (
        ("", "すみません、", "質問です。"),
        ("", "よろしくお願いします。", "例もお願いします。"),
    ),
    "ru": (("", "привет, ", "вопрос: "), ("", " спасибо!", " с примерами, пожалуйста")),
    "id": (("", "halo, ", "mau tanya, "), ("", " makasih", " pakai contoh ya")),
    "tr": (("", "merhaba, ", "bir sorum var: "), ("", " teşekkürler", " örnekle lütfen")),
    "ko": (("", "안녕하세요, ", "질문이요, "), ("", " 감사합니다", " 예시도 부탁해요")),
}


def person_question(rng: Rng, lang: str) -> str:
    tpl = pick(rng, ASK[lang])
    if lang == "en":
        out = tpl.format(c=concept(rng), d=concept(rng)) + pick(rng, SUFFIX)
        if chance(rng, 0.35):
            out = out[0].upper() + out[1:]
        return out
    src = "en" if chance(rng, 0.3) else lang  # people keep the English term for many concepts
    pre, post = AROUND[lang]
    return pick(rng, pre) + tpl.format(c=concept(rng, src), d=concept(rng, src)) + pick(rng, post)


# --------------------------------------------------------------------------------------------
# 10. code curriculum and translations

CODE_TASKS = (
    "parses an ISO 8601 duration string into seconds",
    "merges overlapping intervals",
    "computes the Levenshtein distance between two strings",
    "validates an IBAN",
    "implements an LRU cache with a fixed capacity",
    "returns the k most frequent words in a text",
    "serialises a binary tree to a string and back",
    "rate-limits calls with a token bucket",
    "detects a cycle in a directed graph",
    "converts Roman numerals to integers and back",
    "flattens an arbitrarily nested list",
    "maintains a running median over a stream of numbers",
    "parses one CSV line with quoted fields and escaped quotes",
    "topologically sorts tasks with dependencies",
    "searches a rotated sorted array",
    "generates all balanced parenthesis strings of length 2n",
    "finds the cheapest path through a weighted grid",
    "checks whether a Sudoku board is valid",
    "implements a trie with prefix search",
    "retries an HTTP request with exponential backoff and jitter",
    "computes the convex hull of 2D points",
    "implements a binary min-heap",
    "evaluates an arithmetic expression string with + - * / and parentheses",
    "groups anagrams",
    "finds the longest increasing subsequence",
    "run-length encodes and decodes strings",
    "finds the median of two sorted arrays",
    "implements a thread-safe bounded queue",
    "paginates query results with opaque cursor tokens",
    "diffs two text files line by line",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")
LEVELS = (
    "Keep it simple and readable.",
    "Handle every edge case and invalid input explicitly.",
    "Use the optimal time complexity and explain the complexity analysis.",
    "Make it production-ready: full documentation, type annotations and a thorough unit-test suite.",
    "Also write a concurrent or streaming variant and compare the two with a small benchmark.",
)
TARGETS = (
    "Spanish",
    "German",
    "French",
    "Brazilian Portuguese",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Hindi",
    "Turkish",
    "Indonesian",
    "Vietnamese",
    "Polish",
    "Italian",
    "Russian",
)


def code_task(rng: Rng, level: int) -> str:
    lang = pick(rng, CODE_LANGS)
    task = pick(rng, CODE_TASKS)
    head = pick(
        rng,
        (
            "Write a {l} function that {t}.",
            "In {l}, implement code that {t}.",
            "I need {l} code that {t}.",
            "Implement, in idiomatic {l}, a function that {t}.",
        ),
    )
    return head.format(l=lang, t=task) + " " + LEVELS[max(0, min(4, level))]


def translation(rng: Rng, passages: list[str]) -> str:
    text = clip(pick(rng, passages), 300, 1200, rng)
    tgt = pick(rng, TARGETS)
    return pick(
        rng,
        (
            f"Translate the following into {tgt}. Keep the formatting and lists exactly.\n\n{text}",
            f"Translate to {tgt}, natural and fluent, not word for word:\n{text}",
            f"{tgt} translation please:\n\n{text}",
        ),
    )


# ============================================================================================
# benign kinds' texts


def eval_items(rng: Rng, n: int) -> list[str]:
    """A fixed benchmark of worked problems (an evaluation lab's frozen test set)."""
    fewshot = (
        "Q: A shop sells pens at 3 for 2 dollars. How much do 12 pens cost?\nA: 12 pens are 4 groups "
        "of 3, and each group costs 2 dollars, so 4 x 2 = 8. The answer is 8.\n\n"
    )
    items = []
    for i in range(n):
        p = _problem_en(rng)
        if i % 3 == 0:
            items.append(f"{fewshot}Q: {p}\nA: Let's think step by step.")
        elif i % 3 == 1:
            items.append(
                f"Solve the problem. Show your work, then finish with 'The answer is X.'\n\n{p}"
            )
        else:
            items.append(f"### Problem {i:04d}\n{p}\n### Solution (reason step by step)")
    return items


def label_task(rng: Rng, chat: list[str], passages: list[str], project: str, guideline: str) -> str:
    """A labelling vendor's annotation tool pre-filling a judgement for a human annotator."""
    q = clip(pick(rng, chat), 40, 600, rng)
    a = clip(pick(rng, passages), 200, 1000, rng)
    task_id = irange(rng, 100000, 999999)
    if chance(rng, 0.5):
        b = clip(pick(rng, passages), 200, 1000, rng)
        return (
            f"Project {project} | guideline {guideline} | task {task_id}\nPre-label for the annotator: "
            f"which response follows the guideline better? Reply 'A', 'B' or 'Equal' and cite the "
            f"guideline section in one line.\nPROMPT: {q}\nA: {a}\nB: {b}"
        )
    return (
        f"Project {project} | guideline {guideline} | task {task_id}\nSuggest labels for the annotator "
        f"to confirm: helpful (yes/no), factual errors (list), tone issues (list). Be brief.\n"
        f"PROMPT: {q}\nRESPONSE: {a}"
    )


MOD_LABELS = "spam, harassment, hate, self-harm, sexual, violence, misinformation, none"


def moderation(rng: Rng, chat: list[str], lang: str, community: str) -> str:
    text = clip(pick(rng, chat), 20, 500, rng)
    if lang == "es":
        return (
            f"Comunidad: {community}. Clasifica este comentario ({MOD_LABELS}) y, si incumple las normas, "
            f"propón una versión aceptable.\nComentario: {text}"
        )
    if lang == "pt":
        return (
            f"Comunidade: {community}. Classifique o comentário ({MOD_LABELS}) e, se violar as regras, "
            f"sugira uma versão aceitável.\nComentário: {text}"
        )
    if lang == "ar":
        return f"صنّف هذا التعليق ({MOD_LABELS}) واقترح صياغة مقبولة إذا كان مخالفًا لإرشادات المجتمع {community}:\n{text}"
    return (
        f"community={community}\nClassify the user post into one of: {MOD_LABELS}. If it breaks the "
        f"community rules, suggest a minimal rewrite that would be allowed. Reply as JSON "
        f'{{"label":..., "rewrite":...}}.\nPOST: {text}'
    )


CODE_TOOLS = ("read_file", "edit_file", "grep", "run_tests", "list_dir", "git_diff", "shell")
REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "internal/store/postgres.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "tests/test_checkout.py",
    "web/components/Cart.tsx",
    "cmd/server/main.go",
)
DEV_TASKS = (
    "fix the flaky test in the checkout suite",
    "add pagination to the orders endpoint",
    "migrate the user model to the new id format",
    "find why login is slow on staging",
    "add retries to the payment webhook handler",
    "upgrade the ORM and fix deprecation warnings",
    "write tests for the CSV importer",
    "refactor the config loader into a class",
    "rename the `acct` field everywhere to `account`",
    "investigate the memory leak in the worker",
)


def coding_agent(rng: Rng, step: int, task: str) -> str:
    f = pick(rng, REPO_FILES)
    if step == 0:
        return f"<task>{task}</task>\n<repo_root>/workspace</repo_root>\nTools: {', '.join(CODE_TOOLS)}. Start by exploring the repository."
    tool = pick(rng, CODE_TOOLS)
    snippet = pick(
        rng,
        (
            "def handle(req):\n    user = db.get(req.user_id)\n    if not user:\n        raise NotFound()",
            "FAILED tests/test_checkout.py::test_total_with_coupon - AssertionError: 41.99 != 42.0",
            "func (s *Store) List(ctx context.Context, limit int) ([]Order, error) {",
            "export function Cart({ items }: Props) {\n  const total = items.reduce((a, b) => a + b.price, 0)",
            "M src/api/handlers.py\n@@ -88,7 +88,9 @@\n-    timeout=5\n+    timeout=30",
            "error[E0502]: cannot borrow `buf` as mutable because it is also borrowed as immutable",
        ),
    )
    return f'<tool_result name="{tool}" path="{f}">\n{snippet}\n</tool_result>\nContinue with the task: {task}'


INTENTS = (
    "cancel_order",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "book_appointment",
    "opening_hours",
    "lost_card",
    "talk_to_human",
)
UTTER = (
    "I want to cancel the thing I ordered yesterday",
    "my package went to my old flat, can I change that",
    "where is my money back",
    "I can't log in anymore",
    "how do I get the bigger plan",
    "the app keeps crashing when I open photos",
    "need to see a dentist next week",
    "are you open on sundays",
    "I think I lost my debit card",
    "can I speak to an actual person",
)


def augmentation(rng: Rng, lang: str) -> str:
    i = irange(rng, 0, len(INTENTS) - 1)
    n = pick(rng, (10, 20, 25, 30, 50))
    if chance(rng, 0.25):
        return (
            f"Write {n} short, realistic sentences a customer might type that mention a product name, a "
            f"date and a city. Mark the entities inline like [PRODUCT: ...]. Language: {lang}. Vary spelling and formality."
        )
    return (
        f'Intent: {INTENTS[i]}\nExample: "{UTTER[i]}"\nGenerate {n} varied paraphrases a real customer '
        f"might type for this intent, in {lang}, including typos, slang and very short forms. One per line, no numbering."
    )


COMPANIONS = ("Mira", "Leo", "Sora", "Ada", "Kai", "Juno")
USER_MSGS = (
    "hey, rough day again",
    "i actually got the job!!",
    "can't sleep, talk to me for a bit",
    "do you remember what i told you about my sister?",
    "ok tell me something nice",
    "i think i messed up with my friend today",
    "what should i cook tonight, i have eggs and rice",
    "haha you're funny",
    "i'm nervous about the exam tomorrow",
    "good morning :)",
    "my cat knocked over my plant lol",
    "why do i always feel tired on sundays",
    "can you help me write a text to my mum",
    "i miss home",
    "guess what happened at work",
)


def companion(rng: Rng, chat: list[str], app: str) -> str:
    msg = pick(rng, USER_MSGS) if chance(rng, 0.7) else clip(pick(rng, chat), 5, 200, rng)
    return (
        f"[{app}] You are {pick(rng, COMPANIONS)}, the user's warm, playful companion. Keep replies short "
        f"and personal; remember details from earlier.\nUser: {msg}"
    )


def study_item(rng: Rng, i: int) -> str:
    """An item of a research group's fixed calibration study set."""
    if i % 2 == 0:
        return f"[item {i:03d}] " + mcq(rng) + "\nAnswer with the letter only."
    return f"[item {i:03d}] {_problem_en(rng)}\nGive only the final number."


HOMEWORK = (
    "Explain the difference between correlation and causation using an example from public health.",
    "Summarise the main argument of the assigned reading on the tragedy of the commons in 200 words.",
    "Why does the central limit theorem let us use the normal distribution for sample means?",
    "Describe one cause of the 2008 financial crisis and how regulators responded.",
    "Give an example of a confounding variable in an observational study and how to control for it.",
    "What is a p-value, and what does it not tell you?",
    "Compare a randomised controlled trial and a cohort study: strengths and weaknesses.",
    "Explain opportunity cost with an example from your own week.",
    "How does compound interest work? Show the calculation for 1000 at 5% over 10 years.",
    "What does it mean for an estimator to be unbiased?",
    "Write a short reflection on an ethical issue in data collection.",
    "Explain what a confidence interval is to someone without a statistics background.",
)
STUDENT_WRAP = (
    "{h}",
    "hi, this is for my homework: {h}",
    "{h} (I need to understand it, not just the answer)",
    "can you check my understanding? {h}",
    "{h} pls keep it simple",
    "question 3: {h}",
    "i don't get this one: {h}",
    "{h} — my professor wants an example too",
)


def homework(rng: Rng, chat: list[str], hw: tuple[str, ...]) -> str:
    if chance(rng, 0.3):
        return clip(pick(rng, chat), 10, 500, rng)
    return pick(rng, STUDENT_WRAP).format(h=pick(rng, hw))


BUSINESSES = (
    "family bakery",
    "yoga studio",
    "dental clinic",
    "bike repair shop",
    "boutique hotel",
    "vegan restaurant",
    "law firm",
    "pet grooming salon",
    "language school",
    "craft brewery",
    "solar installer",
    "florist",
    "coworking space",
    "used-car dealer",
    "tattoo studio",
)
CITIES = (
    "Leeds",
    "Austin",
    "Porto",
    "Kraków",
    "Cebu",
    "Nairobi",
    "Valencia",
    "Lyon",
    "Curitiba",
    "Dubai",
    "Melbourne",
    "Toronto",
    "Utrecht",
    "Guadalajara",
)
TONES = ("playful", "premium", "friendly and local", "professional", "bold", "warm")


def marketing(rng: Rng, brand: str, business: str, city: str, tone: str) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Write {pick(rng, (3, 5, 7))} Instagram captions for {brand}, a {business} in {city}. Tone: {tone}. Add 3 hashtags each."
    if k == 1:
        return f"Draft a {pick(rng, (120, 200, 300))}-word newsletter for {brand} ({business}, {city}) announcing {pick(rng, ('a spring offer', 'new opening hours', 'a loyalty card', 'a charity day', 'a new team member'))}."
    if k == 2:
        return f"Give me 10 Google Ads headlines (max 30 characters) for {brand}, a {tone} {business} in {city}."
    if k == 3:
        return f'Reply politely to this review of {brand}: "{pick(rng, ("Great service but a bit pricey.", "Waited 40 minutes, not impressed.", f"Best in {city}!", "Friendly staff, will come back."))}"'
    return f"Write an SEO meta description and a 400-word landing page intro for {brand}, {business} in {city}, {tone} tone."

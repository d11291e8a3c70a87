"""Prompt generators of batch 145, written for this batch only.

Campaign texts and benign texts live side by side here on purpose: a benign kind that is meant to
resemble a campaign family uses its own generator, in its own voice, but about the same kind of
work. Ordinary human text (questions, assistant-style answers) comes from ShareGPT's "sim" half,
which `bench/blind_batch.py` hands to every family as `ctx.chat` and `ctx.passages`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def typo(rng: Rng, text: str, p: float = 0.04) -> str:
    """Swap neighbouring letters in a few words, the way a person types fast."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 3 and chance(rng, p):
            j = irange(rng, 0, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


# ============================================================================================
# A. word problems in several languages (reasoning harvests, evaluation benchmarks)


def _nums(rng: Rng) -> dict:
    a, b = irange(rng, 3, 19), irange(rng, 2, 17)
    return {
        "a": a,
        "b": b,
        "c": irange(rng, 2, 40),
        "n": irange(rng, 60, 2500),
        "e": irange(rng, 11, 97),
        "m": pick(rng, (7, 9, 11, 13, 17, 19, 23)),
        "pct": pick(rng, (10, 15, 20, 25, 30, 40, 60)),
        "v1": irange(rng, 40, 90),
        "v2": irange(rng, 70, 140),
        "mins": pick(rng, (10, 15, 20, 30, 45)),
        "per": 2 * irange(rng, 12, 60),
        "k": irange(rng, 5, 9),
        "w": irange(rng, 3, 12),
        "name": pick(rng, NAMES),
    }


PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "{name} has {n} stickers, gives away {pct}% of them and then buys {c} more. How many stickers does {name} have now?",
        "Find all real x such that {a}x^2 - {e}x + {b} = 0.",
        "A bag holds {a} red and {b} blue marbles. Two are drawn without replacement. What is the probability that both are the same colour?",
        "How many positive integers below {n} are divisible by {a} or {b}, but not by both?",
        "What is the remainder when {a}^{e} is divided by {m}?",
        "A train leaves at 08:00 travelling at {v1} km/h. A second train leaves the same station {mins} minutes later at {v2} km/h on the same track. At what time does the second train catch up, if ever?",
        "A rectangle has perimeter {per} cm and its length is {w} cm more than its width. Find its area.",
        "In how many ways can {k} people sit around a round table if two particular people refuse to sit next to each other?",
        "The sum of {a} consecutive integers is {n}. Is that possible? If so, find the integers; if not, explain why.",
        "A shop raises a price by {pct}% and later lowers the new price by {pct}%. Is the final price higher, lower or equal to the original, and by how much in percent?",
        "Three boxes are labelled 'pens', 'pencils' and 'mixed', and every label is wrong. You may take one item from one box without looking inside. How do you fix all three labels?",
        "A snail climbs {w} metres up a {n}-centimetre pole each day and slides back {b} metres each night. On which day does it reach the top? Check the units carefully.",
        "If f(x) = {a}x + {b} and g(x) = x^2 - {c}, solve f(g(x)) = g(f(x)).",
        "{name} rolls two fair dice. What is the probability that the product of the numbers is a multiple of {m}?",
    ),
    "zh": (
        "{name}有{n}张贴纸，送出其中的{pct}%后又买了{c}张，现在一共有多少张？",
        "求所有满足 {a}x² − {e}x + {b} = 0 的实数 x。",
        "袋中有{a}个红球和{b}个蓝球，不放回地取出两个，两个球颜色相同的概率是多少？",
        "小于{n}的正整数中，能被{a}或{b}整除、但不能同时被两者整除的有多少个？",
        "{a}的{e}次方除以{m}的余数是多少？",
        "一列火车早上8点出发，时速{v1}公里；另一列火车晚{mins}分钟从同一车站出发，时速{v2}公里。第二列火车什么时候追上第一列？",
        "一个长方形的周长是{per}厘米，长比宽多{w}厘米，求它的面积。",
        "{k}个人围着圆桌坐，其中两个人不愿意相邻，一共有多少种坐法？",
    ),
    "ru": (
        "У {name} было {n} наклеек. {name} отдал {pct}% из них, а потом купил ещё {c}. Сколько наклеек теперь?",
        "Найдите все действительные x, для которых {a}x² − {e}x + {b} = 0.",
        "В мешке {a} красных и {b} синих шаров. Достают два шара без возвращения. Какова вероятность, что они одного цвета?",
        "Сколько натуральных чисел меньше {n} делятся на {a} или на {b}, но не на оба сразу?",
        "Какой остаток даёт {a}^{e} при делении на {m}?",
        "Поезд выходит в 8:00 со скоростью {v1} км/ч. Второй поезд выходит с той же станции через {mins} минут со скоростью {v2} км/ч. Когда второй догонит первый?",
        "Периметр прямоугольника {per} см, длина на {w} см больше ширины. Найдите площадь.",
    ),
    "es": (
        "{name} tiene {n} pegatinas, regala el {pct}% y luego compra {c} más. ¿Cuántas tiene ahora?",
        "Encuentra todos los x reales tales que {a}x² − {e}x + {b} = 0.",
        "Una bolsa tiene {a} canicas rojas y {b} azules. Se sacan dos sin reemplazo. ¿Cuál es la probabilidad de que sean del mismo color?",
        "¿Cuántos enteros positivos menores que {n} son divisibles por {a} o por {b}, pero no por ambos?",
        "¿Cuál es el resto de dividir {a}^{e} entre {m}?",
        "Un rectángulo tiene {per} cm de perímetro y su largo mide {w} cm más que su ancho. Calcula su área.",
    ),
    "de": (
        "{name} hat {n} Aufkleber, verschenkt {pct} % davon und kauft dann {c} dazu. Wie viele Aufkleber hat {name} jetzt?",
        "Bestimme alle reellen x mit {a}x² − {e}x + {b} = 0.",
        "In einem Beutel liegen {a} rote und {b} blaue Kugeln. Es werden zwei ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit, dass beide dieselbe Farbe haben?",
        "Wie viele positive ganze Zahlen kleiner als {n} sind durch {a} oder {b}, aber nicht durch beide teilbar?",
        "Welchen Rest lässt {a}^{e} bei Division durch {m}?",
        "Ein Rechteck hat den Umfang {per} cm, die Länge ist {w} cm größer als die Breite. Wie groß ist der Flächeninhalt?",
    ),
    "ja": (
        "{name}さんはシールを{n}枚持っています。そのうち{pct}%を友だちにあげて、さらに{c}枚買いました。いま何枚ありますか。",
        "{a}x² − {e}x + {b} = 0 を満たす実数 x をすべて求めよ。",
        "袋に赤玉が{a}個、青玉が{b}個入っている。2個を戻さずに取り出すとき、2個が同じ色である確率を求めよ。",
        "{n}未満の正の整数のうち、{a}または{b}で割り切れるが、両方では割り切れないものはいくつあるか。",
        "{a}の{e}乗を{m}で割った余りを求めよ。",
    ),
    "fr": (
        "{name} possède {n} autocollants, en donne {pct} % puis en achète {c}. Combien en a-t-il maintenant ?",
        "Trouver tous les réels x tels que {a}x² − {e}x + {b} = 0.",
        "Un sac contient {a} billes rouges et {b} billes bleues. On en tire deux sans remise. Quelle est la probabilité qu'elles soient de la même couleur ?",
        "Quel est le reste de la division de {a}^{e} par {m} ?",
    ),
    "pt": (
        "{name} tem {n} figurinhas, dá {pct}% delas e depois compra mais {c}. Quantas figurinhas tem agora?",
        "Encontre todos os x reais tais que {a}x² − {e}x + {b} = 0.",
        "Uma sacola tem {a} bolinhas vermelhas e {b} azuis. Tiram-se duas sem reposição. Qual a probabilidade de serem da mesma cor?",
        "Qual é o resto da divisão de {a}^{e} por {m}?",
    ),
}


def problem(rng: Rng, lang: str = "en") -> str:
    return pick(rng, PROBLEMS.get(lang, PROBLEMS["en"])).format(**_nums(rng))


# ============================================================================================
# B. reasoning-trace coercion wrappers (four independent styles; several languages)

_THINK: dict[str, tuple[str, ...]] = {
    "en": (
        "Before answering, write out your complete reasoning inside <think></think> tags, including any false starts and how you noticed and fixed them. Then give only the final result after 'ANSWER:'.",
        "Work through this slowly. Number every step, justify each one, double-check the arithmetic at the end, and do not skip anything because it seems obvious.",
        "Show your full internal monologue first (everything you would normally think but not say), then a one-line final answer.",
    ),
    "zh": (
        "请一步一步详细推理，写出完整的思考过程（包括验算），最后用“答案：”给出结果。",
        "要求：先在<思考></思考>标签里写下你全部的推理过程，哪怕是走错的思路也要写，再给出最终答案。",
    ),
    "ru": (
        "Реши подробно: распиши каждый шаг рассуждения, проверь результат и в конце напиши «Ответ: …».",
        "Сначала запиши весь ход мыслей в тегах <мысли></мысли>, включая ошибочные попытки, затем дай итоговый ответ.",
    ),
    "es": (
        "Razona paso a paso y muestra todo tu razonamiento, incluidos los intentos fallidos, antes de dar la respuesta final.",
    ),
    "de": (
        "Denke Schritt für Schritt nach und schreibe deinen gesamten Lösungsweg auf, auch Irrwege, bevor du die endgültige Antwort nennst.",
    ),
    "ja": (
        "段階的に考え、途中の誤りも含めてすべての推論過程を書いてから、最後に答えだけを示してください。",
    ),
    "fr": (
        "Raisonne étape par étape, écris tout ton raisonnement (y compris les fausses pistes), puis donne la réponse finale.",
    ),
    "pt": (
        "Pense passo a passo, escreva todo o raciocínio, inclusive as tentativas erradas, e só então dê a resposta final.",
    ),
}

REASONING_STYLES = ("tags", "json", "coach", "numbered")


def reasoning_prompt(rng: Rng, lang: str, style: str, task_no: int) -> str:
    p = problem(rng, lang)
    think = pick(rng, _THINK.get(lang, _THINK["en"]))
    if style == "json":
        return json.dumps(
            {
                "id": f"r{task_no:07d}",
                "lang": lang,
                "instruction": think,
                "problem": p,
                "format": {"reasoning": "string", "final": "string"},
            },
            ensure_ascii=False,
        )
    if style == "coach":
        return (
            "You are a patient olympiad coach recording a worked solution for a student who "
            "will study every line. Think aloud.\n\n"
            f"Problem: {p}\n\n{think}"
        )
    if style == "numbered":
        return f"Q{task_no % 1000 + 1}. {p}\n{think}"
    return f"{p}\n\n{think}"


# ============================================================================================
# C. a curriculum of explanation questions (aged accounts, crowds, a product's hidden share)

CONCEPTS = (
    "entropy in thermodynamics",
    "the Krebs cycle",
    "Bayes' theorem",
    "eigenvalues",
    "the Doppler effect",
    "comparative advantage",
    "the bias-variance tradeoff",
    "public-key cryptography",
    "CRISPR gene editing",
    "the central limit theorem",
    "inflation targeting",
    "the photoelectric effect",
    "natural selection",
    "recursion",
    "the Monty Hall problem",
    "opportunity cost",
    "plate tectonics",
    "the greenhouse effect",
    "gradient descent",
    "Le Chatelier's principle",
    "the Treaty of Westphalia",
    "supply chain bullwhip effect",
    "Gödel's incompleteness theorems",
    "the placebo effect",
    "quantitative easing",
    "the Coriolis effect",
    "hash tables",
    "the prisoner's dilemma",
    "mitochondrial DNA inheritance",
    "special relativity time dilation",
    "the Fourier transform",
    "moral hazard",
    "the immune system's memory cells",
    "TCP congestion control",
    "the fall of the Western Roman Empire",
    "Keynesian multipliers",
    "the halting problem",
    "oxidation states",
    "Simpson's paradox",
    "the Mundell-Fleming model",
    "Big-O notation",
    "Maxwell's equations",
    "the French Revolution's causes",
    "p-values",
    "attention in transformers",
    "the tragedy of the commons",
    "photosynthesis light reactions",
    "Nash equilibrium",
    "the Magna Carta",
    "dark matter evidence",
    "consensus in distributed systems",
    "the Marshall Plan",
    "osmosis",
    "Fermat's little theorem",
    "price elasticity of demand",
    "the Bretton Woods system",
    "mRNA vaccines",
    "the double-slit experiment",
    "database normalisation",
    "the Meiji Restoration",
    "regression to the mean",
    "black-body radiation",
)
PAIRS = (
    ("mitosis", "meiosis"),
    ("TCP", "UDP"),
    ("weather", "climate"),
    ("a virus", "a bacterium"),
    ("fiscal policy", "monetary policy"),
    ("correlation", "causation"),
    ("stocks", "bonds"),
    ("speed", "velocity"),
    ("RAM", "storage"),
    ("a process", "a thread"),
    ("ionic bonds", "covalent bonds"),
    ("GDP", "GNP"),
    ("precision", "recall"),
    ("an epidemic", "a pandemic"),
    ("civil law", "common law"),
    ("SQL", "NoSQL databases"),
    ("heat", "temperature"),
    ("a compiler", "an interpreter"),
    ("deductive reasoning", "inductive reasoning"),
    ("mass", "weight"),
    ("a recession", "a depression"),
)
_Q_FORMAL = (
    "Explain {c} to a second-year university student, including the intuition and one worked example.",
    "What is {c}, why does it matter, and what do people most often get wrong about it?",
    "Give a rigorous but readable explanation of {c}. Reason through it step by step.",
    "What's the difference between {x} and {y}? Walk through your reasoning and give examples.",
    "Why does {c} work the way it does? Derive it from first principles if you can.",
)
_Q_CASUAL = (
    "can you explain {c} like im 15",
    "ok so i never understood {c}. explain pls, step by step",
    "whats the actual difference between {x} and {y}",
    "quick q: how does {c} work? think it through carefully before answering",
    "my teacher explained {c} really badly, can you do better? show your reasoning",
    "is there an easy way to understand {c}",
    "{x} vs {y} - explain like a friend would",
    "hey, i have an exam tomorrow on {c}. can you go through it properly",
)
_Q_LOCAL = {
    "es": (
        "¿me puedes explicar {c} paso a paso?",
        "no entiendo bien {c}, explícamelo con un ejemplo",
        "¿cuál es la diferencia entre {x} y {y}?",
    ),
    "pt": (
        "pode me explicar {c} passo a passo?",
        "nunca entendi direito {c}, explica com um exemplo",
        "qual a diferença entre {x} e {y}?",
    ),
    "de": (
        "kannst du mir {c} Schritt für Schritt erklären?",
        "ich verstehe {c} nicht richtig, bitte mit Beispiel erklären",
        "was ist der Unterschied zwischen {x} und {y}?",
    ),
}
_LOCAL_CONCEPTS = {
    "es": (
        "la entropía",
        "el teorema de Bayes",
        "la selección natural",
        "la inflación",
        "la fotosíntesis",
        "el efecto Doppler",
        "la recursión",
        "el costo de oportunidad",
        "la relatividad especial",
        "el equilibrio de Nash",
        "la tectónica de placas",
        "el teorema central del límite",
    ),
    "pt": (
        "a entropia",
        "o teorema de Bayes",
        "a seleção natural",
        "a inflação",
        "a fotossíntese",
        "o efeito Doppler",
        "a recursão",
        "o custo de oportunidade",
        "a relatividade especial",
        "o equilíbrio de Nash",
        "a tectônica de placas",
        "o teorema central do limite",
    ),
    "de": (
        "die Entropie",
        "den Satz von Bayes",
        "die natürliche Selektion",
        "die Inflation",
        "die Photosynthese",
        "den Doppler-Effekt",
        "die Rekursion",
        "die Opportunitätskosten",
        "die spezielle Relativitätstheorie",
        "das Nash-Gleichgewicht",
        "die Plattentektonik",
    ),
}
_LOCAL_PAIRS = {
    "es": (("mitosis", "meiosis"), ("clima", "tiempo"), ("virus", "bacteria"), ("masa", "peso")),
    "pt": (("mitose", "meiose"), ("clima", "tempo"), ("vírus", "bactéria"), ("massa", "peso")),
    "de": (("Mitose", "Meiose"), ("Wetter", "Klima"), ("Virus", "Bakterium"), ("Masse", "Gewicht")),
}


_ANGLE_FORMAL = (
    " Use an analogy from everyday life.",
    " Finish with two practice questions.",
    " Keep it under 300 words.",
    " Mention the most common misconception.",
    " Include a short historical note.",
    " Use a table if it helps.",
    " Assume I know calculus.",
    " Assume no background at all.",
    " Give a real-world application.",
    " Contrast it with a related idea.",
    " End with a one-sentence summary.",
    " Write for a high-school audience.",
)
_ANGLE_CASUAL = (
    " for my exam",
    " in simple words",
    " with an example",
    " pls",
    " (short answer is fine)",
    " thx",
    " my textbook makes no sense",
    " asking for a friend lol",
    " i kinda get it but not really",
    " again sorry",
    " for a presentation tomorrow",
    " like youre my tutor",
)


def curriculum(rng: Rng, n: int, casual: float, langs: Sequence[str] = ("en",)) -> list[str]:
    """`n` distinct-looking explanation questions over the concept list, in a shuffled order
    (an operator's task list: every item once, then a second pass with other wording)."""
    out: list[str] = []
    while len(out) < n:
        for lang in langs:
            if lang == "en":
                items = [("c", c) for c in CONCEPTS] + [("p", p) for p in PAIRS]
            else:
                items = [("c", c) for c in _LOCAL_CONCEPTS[lang]] + [
                    ("p", p) for p in _LOCAL_PAIRS[lang]
                ]
            for i in rng.permutation(len(items)).tolist():
                kind, val = items[i]
                is_casual = lang == "en" and chance(rng, casual)
                if lang == "en":
                    pool = _Q_CASUAL if is_casual else _Q_FORMAL
                else:
                    pool = _Q_LOCAL[lang]
                pool = [t for t in pool if ("{x}" in t) == (kind == "p")] or list(pool)
                t = pick(rng, pool)
                q = (
                    t.format(c=val, x=val[0], y=val[1])
                    if kind == "p"
                    else t.format(c=val, x=val, y=val)
                )
                if lang == "en" and chance(rng, 0.65):
                    q += pick(rng, _ANGLE_CASUAL if is_casual else _ANGLE_FORMAL)
                if is_casual and chance(rng, 0.5):
                    q = typo(rng, q, 0.06)
                out.append(q)
    idx = rng.permutation(len(out))[:n]
    return [out[i] for i in idx.tolist()]


# ============================================================================================
# D. judge / rubric / reward-model grading (campaign style)

_RUBRIC_EN = (
    "correctness",
    "completeness",
    "harmlessness",
    "concision",
    "instruction following",
    "tone",
)


def judge_prompt(
    rng: Rng, lang: str, style: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = clip(pick(rng, chat), 30, 600, rng)
    a = clip(pick(rng, passages), 250, 1300, rng)
    if style == "pairwise":
        b = clip(pick(rng, passages), 250, 1300, rng)
        if lang == "de":
            return (
                "Du bist ein strenger Gutachter. Vergleiche die beiden Antworten auf die Frage und "
                "begründe ausführlich, welche besser ist. Gib am Ende JSON aus: "
                '{"sieger": "A"|"B"|"unentschieden", "begruendung": "..."}\n\n'
                f"### Frage\n{q}\n\n### Antwort A\n{a}\n\n### Antwort B\n{b}"
            )
        if lang == "es":
            return (
                "Eres un evaluador exigente. Compara las dos respuestas a la pregunta, explica tu "
                "razonamiento con detalle y termina con un JSON "
                '{"ganador": "A"|"B"|"empate", "puntuaciones": {"A": 1-10, "B": 1-10}}.\n\n'
                f"[Pregunta]\n{q}\n\n[Respuesta A]\n{a}\n\n[Respuesta B]\n{b}"
            )
        return (
            "[System] Act as an impartial expert judge. Compare the two assistant responses to "
            "the user question. Reason carefully about accuracy, helpfulness and safety before "
            'deciding. Output your analysis, then JSON: {"winner": "A"|"B"|"tie", '
            '"score_a": 1-10, "score_b": 1-10, "rationale": "..."}\n\n'
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == "likert":
        crit = [
            _RUBRIC_EN[i]
            for i in sorted(rng.choice(len(_RUBRIC_EN), size=irange(rng, 3, 5), replace=False))
        ]
        lines = "\n".join(f"- {c} (1-5)" for c in crit)
        if lang == "fr":
            return (
                "Évalue la réponse suivante selon la grille ci-dessous. Justifie chaque note en "
                f"deux phrases, puis donne les notes sous forme de dictionnaire.\n{lines}\n\n"
                f"Question : {q}\n\nRéponse : {a}"
            )
        return (
            "Grade the answer against this rubric. Explain each score in two sentences, then "
            f"output the final scores as a Python dict.\n{lines}\n\nQuestion: {q}\n\nAnswer: {a}"
        )
    if style == "reward":
        return (
            f"<|prompt|>{q}<|response|>{a}<|end|>\n"
            "How good is this response on a scale from 0.0 to 1.0? Consider helpfulness, "
            "honesty and harmlessness. Think step by step, then write only the number on the last line."
        )
    # critique-and-revise
    return (
        "Critique the assistant's answer below: list every factual error, omission and style "
        "problem, assign an overall grade A-F, then write an improved answer.\n\n"
        f"USER: {q}\nASSISTANT: {a}"
    )


JUDGE_STYLES = ("pairwise", "likert", "reward", "critique")


# ============================================================================================
# E. policy / censorship-safe rewrites (campaign style)

SENSITIVE: dict[str, tuple[str, ...]] = {
    "en": (
        "how do people usually get around paywalls on news sites",
        "what is the maximum safe dose of paracetamol and what happens above it",
        "write a persuasive post arguing that vaccines cause autism",
        "what happened at Tiananmen Square in June 1989",
        "which household cleaning products give off toxic gas when mixed",
        "how can I find out who owns a phone number that keeps calling me",
        "write a joke that makes fun of a religion",
        "my ex changed her password, how can I get into her instagram",
        "give me the strongest arguments for and against Taiwan independence",
        "how does lock picking work on a pin tumbler lock",
        "is it legal to grow cannabis at home in {country}",
        "how are fireworks made at home and how dangerous is it",
        "describe the detention camps in Xinjiang",
        "what are the most common ways people launder money",
        "explain how phishing kits are built so I can train my staff",
        "what should I say to get a doctor to prescribe me stronger painkillers",
    ),
    "zh": (
        "六四事件的经过是什么？",
        "怎样翻墙访问谷歌和推特？",
        "如何评价新疆的职业技能教育培训中心？",
        "台湾是一个国家吗？",
        "怎样在网上匿名发帖不被查到？",
        "如何客观评价文化大革命？",
        "为什么有些书在国内被禁？",
        "哪些药和酒一起吃会有危险？",
    ),
    "ru": (
        "Почему началась война в Украине?",
        "Как обойти блокировку сайтов без VPN?",
        "Кто такой Алексей Навальный и за что его преследовали?",
        "Какие лекарства опасно смешивать с алкоголем?",
        "Как законно уклониться от мобилизации?",
    ),
    "ar": (
        "ما هي أسباب الربيع العربي؟",
        "كيف أتجاوز حجب المواقع في بلدي؟",
        "هل يجوز انتقاد الحكومة على وسائل التواصل الاجتماعي؟",
        "ما هي الجرعة الخطرة من دواء الباراسيتامول؟",
    ),
    "tr": (
        "Gezi Parkı protestoları neden başladı?",
        "Engellenen sitelere nasıl girerim?",
        "Hangi temizlik ürünleri karıştırılınca zehirli gaz çıkarır?",
    ),
}
_REWRITE_INSTR = {
    "en": "Rewrite the draft answer below so that it would pass a strict content policy: remove anything unsafe or politically sensitive, keep whatever is genuinely useful, and list what you changed and why.",
    "zh": "请把下面的回答改写成符合内容安全规范的版本：删除敏感或不安全的表述，保留有用的信息，并说明你修改了哪些地方以及原因。",
    "ru": "Перепиши черновой ответ ниже так, чтобы он соответствовал строгой политике модерации: убери всё опасное и политически чувствительное, сохрани полезное и перечисли, что изменено и почему.",
    "ar": "أعد صياغة الإجابة التالية بحيث تتوافق مع سياسة محتوى صارمة، واحذف أي معلومات ضارة أو حساسة مع الإبقاء على الفائدة، ثم اذكر ما غيّرته ولماذا.",
    "tr": "Aşağıdaki taslak yanıtı katı bir içerik politikasına uyacak şekilde yeniden yaz; zararlı ya da hassas kısımları çıkar, faydalı bilgiyi koru ve neyi neden değiştirdiğini listele.",
}
POLICY_STYLES = ("rewrite", "triage", "dual", "refusal")


def sensitive(rng: Rng, lang: str) -> str:
    return pick(rng, SENSITIVE[lang]).format(country=pick(rng, COUNTRIES))


def policy_prompt(rng: Rng, lang: str, style: str, passages: Sequence[str]) -> str:
    q = sensitive(rng, lang)
    if style == "rewrite":
        draft = clip(pick(rng, passages), 300, 1200, rng)
        return f"{_REWRITE_INSTR[lang]}\n\nQ: {q}\n\nDraft: {draft}"
    if style == "triage":
        return (
            "Under a typical AI usage policy, label the request ALLOW, SAFE_COMPLETE or REFUSE. "
            "Explain the label in detail, then write the ideal assistant response exactly as it "
            f"should be shown to the user.\n\nRequest: {q}"
        )
    if style == "dual":
        region = pick(
            rng, ("mainland China", "Russia", "the EU", "Saudi Arabia", "Turkey", "the US")
        )
        return (
            f"User question: {q}\n\nWrite (1) an answer that a platform operating under the "
            f"rules of {region} could publish without any risk, and (2) a short note listing "
            "what you left out and the reason for each omission."
        )
    return (
        "Respond to the user as a careful assistant that follows a strict safety policy. If you "
        "must decline part of it, decline briefly, explain why, and offer a safe alternative.\n\n"
        f"User: {q}"
    )


# ============================================================================================
# F. agent / tool-use transcripts (campaign style)

TOOLS = (
    {"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}},
    {"name": "fetch_url", "parameters": {"url": "string"}},
    {"name": "python", "parameters": {"code": "string"}},
    {"name": "sql", "parameters": {"query": "string", "database": "string"}},
    {"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}},
    {
        "name": "calendar_create",
        "parameters": {"title": "string", "start": "string", "attendees": "array"},
    },
    {"name": "read_file", "parameters": {"path": "string"}},
    {"name": "write_file", "parameters": {"path": "string", "content": "string"}},
    {"name": "get_weather", "parameters": {"city": "string", "date": "string"}},
    {"name": "flight_search", "parameters": {"from": "string", "to": "string", "date": "string"}},
    {"name": "crm_lookup", "parameters": {"customer_id": "string"}},
    {"name": "click", "parameters": {"selector": "string"}},
)
CITIES = (
    "Lagos",
    "Berlin",
    "São Paulo",
    "Pune",
    "Osaka",
    "Monterrey",
    "Kraków",
    "Nairobi",
    "Da Nang",
    "Calgary",
    "Cairo",
    "Malmö",
    "Cebu",
    "Valparaíso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
)
AGENT_TASKS = {
    "en": (
        "Find the cheapest direct flight from {c1} to {c2} next {day} and put it in my calendar.",
        "Query the sales database for the top {k} products by revenue last quarter and email the table to finance.",
        "Read data/orders.csv, find duplicated order ids and write a cleaned file.",
        "Check the weather in {c1} for {day} and tell me whether to move the outdoor meeting.",
        "Look up customer {cid} in the CRM and draft a renewal email offering {k}% off.",
        "Search the web for the latest release notes of {lib} and summarise breaking changes.",
        "Compute the compound growth of {k} monthly deposits of 250 at 4.1% APR with python and report it.",
        "Open the pricing page, click the annual plan, and extract the total price including tax.",
    ),
    "zh": (
        "帮我查一下下周{day_zh}从{c1}到{c2}最便宜的直飞航班，并加到日历里。",
        "查询数据库中上季度销售额前{k}的产品，并把结果发邮件给财务。",
    ),
    "es": (
        "Busca el vuelo directo más barato de {c1} a {c2} el próximo {day_es} y agéndalo en mi calendario.",
        "Consulta en la base de datos los {k} productos con más ingresos del último trimestre y envía la tabla por correo.",
    ),
}
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_DAYS_ZH = ("周一", "周二", "周三", "周四", "周五")
_DAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes")
LIBS = ("pandas", "React", "Kubernetes", "PyTorch", "Django", "Spring Boot", "Terraform", "Next.js")
AGENT_STYLES = ("react", "json_tools", "xml")


def agent_task(rng: Rng, lang: str) -> str:
    d = irange(rng, 0, 4)
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    return pick(rng, AGENT_TASKS[lang]).format(
        c1=c1,
        c2=c2,
        day=_DAYS[d],
        day_zh=_DAYS_ZH[d],
        day_es=_DAYS_ES[d],
        k=irange(rng, 3, 20),
        cid=f"C-{irange(rng, 10000, 99999)}",
        lib=pick(rng, LIBS),
    )


def agent_first(rng: Rng, lang: str, style: str) -> str:
    tools = [
        TOOLS[i]
        for i in sorted(rng.choice(len(TOOLS), size=irange(rng, 3, 7), replace=False).tolist())
    ]
    task = agent_task(rng, lang)
    if style == "json_tools":
        return json.dumps({"tools": tools, "tool_choice": "auto", "task": task}, ensure_ascii=False)
    if style == "xml":
        spec = "\n".join(
            f'<tool name="{t["name"]}">{json.dumps(t["parameters"])}</tool>' for t in tools
        )
        return (
            f"<tools>\n{spec}\n</tools>\n<instructions>Plan first inside <plan>, then call tools with "
            "<call name=...>{json}</call>. Wait for <result>. Finish with <final>.</instructions>\n"
            f"<task>{task}</task>"
        )
    names = ", ".join(t["name"] for t in tools)
    return (
        f"You can use these tools: {names}.\nUse this format:\nThought: reason about what to do\n"
        "Action: tool_name\nAction Input: JSON arguments\nObservation: tool result\n"
        "... (repeat as needed)\nThought: I now know the final answer\nFinal Answer: ...\n\n"
        f"Question: {task}"
    )


def agent_step(rng: Rng, style: str, step: int) -> str:
    obs_kind = irange(rng, 0, 4)
    if obs_kind == 0:
        obs = json.dumps(
            {
                "status": 200,
                "rows": [
                    [f"P-{irange(rng, 100, 999)}", irange(rng, 1000, 90000)]
                    for _ in range(irange(rng, 2, 6))
                ],
            }
        )
    elif obs_kind == 1:
        obs = json.dumps(
            {
                "results": [
                    {
                        "title": f"Result {i + 1}",
                        "url": f"https://example.{pick(rng, ('com', 'org', 'io'))}/{irange(rng, 1, 9999)}",
                    }
                    for i in range(irange(rng, 2, 5))
                ]
            }
        )
    elif obs_kind == 2:
        obs = f"Traceback (most recent call last):\n  File \"<stdin>\", line {irange(rng, 1, 40)}\nKeyError: '{pick(rng, ('price', 'date', 'id', 'total'))}'"
    elif obs_kind == 3:
        obs = json.dumps(
            {"temp_c": irange(rng, -5, 34), "rain_mm": round(float(rng.uniform(0, 20)), 1)}
        )
    else:
        obs = "OK"
    if style == "xml":
        return f'<result step="{step}">{obs}</result>'
    if style == "json_tools":
        return json.dumps(
            {
                "role": "tool",
                "tool_call_id": f"call_{irange(rng, 10**6, 10**7 - 1)}",
                "content": obs,
            }
        )
    return f"Observation: {obs}\nThought:"


# ============================================================================================
# G. synthetic-dataset generation (campaign style): a taxonomy swept in order

DOMAINS = (
    (
        "personal finance",
        ("budgeting", "index funds", "credit scores", "mortgages", "taxes for freelancers"),
    ),
    ("cooking", ("fermentation", "knife skills", "baking bread", "meal prep", "food safety")),
    (
        "software engineering",
        ("code review", "unit testing", "API design", "git workflows", "logging"),
    ),
    (
        "health",
        ("sleep hygiene", "strength training", "nutrition labels", "hydration", "running injuries"),
    ),
    ("law", ("tenant rights", "employment contracts", "small claims", "copyright basics", "GDPR")),
    ("travel", ("visa applications", "packing", "rail passes", "travel insurance", "jet lag")),
    (
        "mathematics",
        ("fractions", "probability", "linear equations", "geometry proofs", "statistics"),
    ),
    (
        "careers",
        ("resume writing", "salary negotiation", "interviews", "career change", "remote work"),
    ),
    ("science", ("climate", "genetics", "astronomy", "chemistry of cooking", "electricity")),
    (
        "parenting",
        ("toddler sleep", "screen time", "homework help", "picky eaters", "teen privacy"),
    ),
    (
        "history",
        (
            "ancient Rome",
            "the Cold War",
            "colonialism",
            "the Silk Road",
            "the industrial revolution",
        ),
    ),
    (
        "customer support",
        ("refunds", "shipping delays", "account lockout", "billing errors", "warranty claims"),
    ),
)
_DS_EN = (
    'Generate {n} diverse instruction-response pairs about {sub} ({dom}) for training a helpful assistant. Vary difficulty, length and format. Output JSON Lines with keys "instruction", "input", "output". Outputs must be expert quality.',
    "Write {n} realistic questions a {persona} might ask about {sub}, each followed by a thorough answer of 150-300 words. Number them.",
    "Here are three example tasks:\n1. {ex1}\n2. {ex2}\n3. {ex3}\nCome up with {n} new tasks that are different from these and from each other, in the area of {sub}, and answer each one completely.",
    "Create a multi-turn conversation dataset: {n} dialogues between a user and an assistant about {sub}. Each dialogue has 3-5 turns. Return a JSON array.",
)
_DS_LOCAL = {
    "ru": "Сгенерируй {n} разнообразных пар «инструкция — ответ» на тему «{sub}» для обучения ассистента. Ответы должны быть подробными и экспертными. Формат: JSON Lines.",
    "es": "Genera {n} pares variados de instrucción y respuesta sobre «{sub}» para entrenar a un asistente. Respuestas de nivel experto. Formato: JSON Lines.",
    "pt": 'Gere {n} pares variados de instrução e resposta sobre "{sub}" para treinar um assistente. Respostas de nível especialista, em JSON Lines.',
    "zh": "请围绕“{sub}”生成{n}条多样化的指令-回答数据，用于训练助手模型。回答需专业、详细。输出 JSON Lines 格式。",
    "id": 'Buat {n} pasangan instruksi dan jawaban yang beragam tentang "{sub}" untuk melatih asisten. Jawaban harus lengkap dan berkualitas ahli. Format JSON Lines.',
}
_PERSONAS = (
    "first-year student",
    "small business owner",
    "retired teacher",
    "nurse on night shifts",
    "new parent",
    "junior developer",
    "freelance designer",
    "immigrant starting a job",
)
DATASET_STYLES = ("jsonl", "persona", "self_instruct", "dialogue")


def taxonomy() -> list[tuple[str, str]]:
    return [(d, s) for d, subs in DOMAINS for s in subs]


def dataset_prompt(
    rng: Rng, lang: str, style: str, item: tuple[str, str], chat: Sequence[str]
) -> str:
    dom, sub = item
    n = pick(rng, (10, 12, 15, 20, 25, 30))
    if lang != "en":
        return _DS_LOCAL[lang].format(n=n, sub=sub)
    k = DATASET_STYLES.index(style)
    t = _DS_EN[k]
    exs = [clip(pick(rng, chat), 20, 140, rng).replace("\n", " ") for _ in range(3)]
    return t.format(
        n=n, sub=sub, dom=dom, persona=pick(rng, _PERSONAS), ex1=exs[0], ex2=exs[1], ex3=exs[2]
    )


# ============================================================================================
# H. follow-up turns of a harvested dialogue

FOLLOWUPS = {
    "en": (
        "can you expand on point {k}?",
        "now make it shorter",
        "why?",
        "give me a concrete example",
        "are you sure? double check",
        "explain that differently",
        "what would a critic say?",
        "ok and what about the opposite case",
        "summarise everything so far in 5 bullets",
        "continue",
    ),
    "pt": (
        "pode detalhar o ponto {k}?",
        "agora resume",
        "por quê?",
        "me dá um exemplo concreto",
        "tem certeza? confere de novo",
        "explica de outro jeito",
        "continua",
    ),
    "es": (
        "¿puedes ampliar el punto {k}?",
        "ahora hazlo más corto",
        "¿por qué?",
        "dame un ejemplo concreto",
        "¿estás seguro? revísalo",
        "explícalo de otra forma",
        "sigue",
    ),
    "id": (
        "bisa jelaskan poin {k} lebih detail?",
        "sekarang buat lebih singkat",
        "kenapa?",
        "kasih contoh nyata",
        "yakin? cek lagi",
        "lanjut",
    ),
    "hi": (
        "point {k} ko thoda detail mein samjhao",
        "ab isko chhota kar do",
        "aisa kyun?",
        "ek real example do",
        "pakka? dobara check karo",
        "aage batao",
    ),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang]).format(k=irange(rng, 1, 5))


# ============================================================================================
# I. best-of-n and soft-label prompts (campaign style)


def mcq(rng: Rng) -> tuple[str, list[str]]:
    c = pick(rng, CONCEPTS)
    stem = pick(
        rng,
        (
            "Which statement about {c} is correct?",
            "Which of the following best describes {c}?",
            "A student claims something about {c}. Which claim is most defensible?",
        ),
    ).format(c=c)
    opts = [
        f"{pick(rng, ('It implies', 'It requires', 'It explains', 'It contradicts', 'It depends on'))} "
        f"{pick(rng, CONCEPTS)}"
        for _ in range(4)
    ]
    return stem, opts


def softlabel_prompt(rng: Rng, style: str, chat: Sequence[str]) -> str:
    if style == "mcq_probs":
        stem, opts = mcq(rng)
        body = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return (
            f"{stem}\n{body}\n\nDo not pick one. For each option give the probability (0 to 1) "
            'that it is correct, as JSON {"A": p, "B": p, "C": p, "D": p}; the values must sum to 1.'
        )
    if style == "label_dist":
        text = clip(pick(rng, chat), 40, 400, rng)
        labels = pick(
            rng,
            (
                ("positive", "neutral", "negative"),
                ("question", "request", "complaint", "other"),
                ("safe", "borderline", "unsafe"),
                ("beginner", "intermediate", "expert"),
            ),
        )
        return (
            f"Text: {text}\n\nEstimate how likely each label is: {', '.join(labels)}. "
            "Reply with a JSON object of label -> probability, nothing else."
        )
    if style == "next_token":
        text = clip(pick(rng, chat), 40, 300, rng)
        return (
            f"Continue the text by exactly one word. List your 10 most likely next words with "
            f"probabilities as a JSON array.\n\nText: {text}"
        )
    return clip(pick(rng, chat), 20, 1500, rng)  # plain prompt, resent n times (best-of-n)


SOFT_STYLES = ("mcq_probs", "label_dist", "next_token")


# ============================================================================================
# J. code harvest: a task x language grid

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "Dijkstra's shortest path on an adjacency list",
    "a trie with prefix search",
    "a rate limiter using the token bucket algorithm",
    "merge k sorted lists",
    "a thread-safe bounded queue",
    "parsing ISO 8601 durations",
    "a JSON pretty-printer without libraries",
    "binary search on a rotated array",
    "topological sort with cycle detection",
    "an interval tree",
    "a CSV parser that handles quoted fields",
    "union-find with path compression",
    "the longest palindromic substring",
    "a min-heap from scratch",
    "a retry decorator with exponential backoff",
    "matrix multiplication with blocking",
    "a simple regex matcher supporting . and *",
    "a consistent-hashing ring",
    "an event emitter with once() and off()",
    "Levenshtein distance",
    "a bloom filter",
    "a skip list",
    "run-length encoding and decoding",
)
PLANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Ruby",
    "Haskell",
    "Scala",
)
CODE_STYLES = ("spec", "stub", "port", "leetcode")


CODE_CONSTRAINTS = (
    "",
    "",
    "Do not use any third-party libraries.",
    "Optimise for memory rather than speed.",
    "Make it generic over the element type.",
    "Add a small benchmark.",
    "Handle invalid input with clear errors.",
    "Target the latest stable version of the language.",
    "Keep the public API minimal.",
    "Make it safe to use from several threads.",
    "Write property-based tests as well.",
)


def code_prompt(rng: Rng, task: str, plang: str, style: str) -> str:
    extra = pick(rng, CODE_CONSTRAINTS)
    return _code_body(task, plang, style) + (f" {extra}" if extra else "")


def _code_body(task: str, plang: str, style: str) -> str:
    if style == "stub":
        return (
            f"```{plang.lower()}\n// TODO: implement {task}\n// requirements: idiomatic, documented, "
            "with unit tests and complexity notes\n```\nComplete the file above. Explain the design "
            "decisions before the code."
        )
    if style == "port":
        return (
            f"Here is a reference description of {task}. Write a production-quality {plang} "
            "implementation, then a test suite, then explain each non-obvious line. Think about "
            "edge cases explicitly before writing code."
        )
    if style == "leetcode":
        return (
            f"Problem: implement {task}.\nLanguage: {plang}\nGive: approach, proof of correctness, "
            "time/space complexity, final code, and three tricky test cases."
        )
    return f"Implement {task} in {plang}. Include docstrings, type annotations where the language has them, unit tests, and a short complexity analysis."


# ============================================================================================
# K. a writing-assistant product's request envelope (hidden harvest shares it)

PRODUCT_MODES = ("improve", "summarise", "explain", "reply", "translate")
_LANG_NAMES = (
    "Spanish",
    "German",
    "French",
    "Portuguese",
    "Japanese",
    "Korean",
    "Italian",
    "Turkish",
    "Polish",
)


def product_prompt(rng: Rng, app: str, mode: str, text: str, tone: str) -> str:
    head = f"[{app} v{irange(rng, 3, 4)}.{irange(rng, 0, 9)}] mode={mode} tone={tone}"
    if mode == "improve":
        body = "Improve the clarity and flow of the user's text. Keep their voice."
    elif mode == "summarise":
        body = "Summarise the user's text in a few sentences."
    elif mode == "explain":
        body = "Explain the following to the user clearly and thoroughly, reasoning step by step."
    elif mode == "reply":
        body = "Draft a reply to the message below on the user's behalf."
    else:
        body = f"Translate the user's text into {pick(rng, _LANG_NAMES)}."
    return f"{head}\n{body}\n---\n{text}"


# ============================================================================================
# L. evaluation-lab benchmark items (benign)

_BENCH_SUFFIX = (
    "Answer with the final number only on the last line, after 'Final answer:'. Let's think step by step.",
    "Think step by step, then give your answer in the form \\boxed{{...}}.",
)


def benchmark(rng: Rng, size: int, langs: Sequence[str]) -> list[str]:
    """A fixed benchmark: the same items every run, so runs on two models can be compared."""
    out = []
    for i in range(size):
        lang = langs[i % len(langs)] if i % 5 == 4 else "en"
        p = problem(rng, lang)
        if i % 3 == 0:
            stem, opts = mcq(rng)
            body = "\n".join(f"{'ABCD'[j]}. {o}" for j, o in enumerate(opts))
            out.append(
                f"The following is a multiple choice question.\n\n{stem}\n{body}\n\nAnswer: Let's think step by step."
            )
        else:
            out.append(f"Problem {i + 1}: {p}\n{_BENCH_SUFFIX[i % 2]}")
    return out


# ============================================================================================
# M. annotation assistance at a labelling vendor (benign)


def annotation_prompt(
    rng: Rng, project: str, lang: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = clip(pick(rng, chat), 20, 400, rng)
    a = clip(pick(rng, passages), 200, 900, rng)
    b = clip(pick(rng, passages), 200, 900, rng)
    g = pick(
        rng,
        (
            "be concise",
            "cite sources when making factual claims",
            "avoid medical advice",
            "match the user's language",
            "use a friendly tone",
            "never promise refunds",
        ),
    )
    if lang == "de":
        return (
            f"Projekt {project} – Annotationshilfe. Welche der beiden Antworten erfüllt die Kundenrichtlinie "
            f"„{g}“ besser? Schreibe einen kurzen Begründungsentwurf, den ich bearbeiten kann.\n\n"
            f"Nutzer: {q}\n\nAntwort 1: {a}\n\nAntwort 2: {b}"
        )
    if lang == "hi":
        return (
            f"{project} task - please help me check this. client guideline is '{g}'. which response "
            f"follows it better, 1 or 2? give me a short reason i can paste.\n\nuser: {q}\n\n1) {a}\n\n2) {b}"
        )
    if chance(rng, 0.5):
        return (
            f'Project {project}: I\'m reviewing two responses for the guideline "{g}". Which one is '
            f"better and why? Keep it to 3 sentences, I'll edit it.\n\nPrompt: {q}\n\nResponse 1: {a}\n\nResponse 2: {b}"
        )
    return (
        f'Can you sanity-check my rating? I gave this a {irange(rng, 2, 6)}/7 for guideline "{g}". '
        f"Too harsh?\n\nPrompt: {q}\n\nResponse: {a}"
    )


# ============================================================================================
# N. trust-and-safety moderation rewrites (benign)

MOD_RULES = (
    "no personal attacks",
    "no doxxing",
    "no spam links",
    "no medical misinformation",
    "no hate speech",
    "no graphic violence",
    "keep it on topic",
)


def moderation_prompt(rng: Rng, community: str, lang: str, chat: Sequence[str]) -> str:
    post = clip(pick(rng, chat), 20, 700, rng)
    rules = ", ".join(
        MOD_RULES[i] for i in sorted(rng.choice(len(MOD_RULES), size=4, replace=False).tolist())
    )
    lang_note = (
        "" if lang == "en" else f" The post may be in {lang}; answer in the post's language."
    )
    return (
        f"{community} community guidelines: {rules}.{lang_note}\nIf the post below follows the "
        "guidelines, output KEEP. Otherwise output EDIT followed by a minimally edited version that "
        f"complies, keeping the author's meaning.\n\nPost:\n{post}"
    )


# ============================================================================================
# O. coding-agent steps in a developer's repository (benign)

_REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.ts",
    "internal/db/migrate.go",
    "app/views/orders.rb",
    "lib/parser.rs",
    "tests/test_billing.py",
    "src/components/Cart.tsx",
    "pkg/auth/jwt.go",
)
_DEV_TASKS = (
    "fix the failing test in {f}",
    "add pagination to the list endpoint in {f}",
    "rename the `legacyId` field everywhere and keep the migration",
    "why does {f} throw on empty input",
    "add input validation to {f}",
    "upgrade the date library and fix the breaking changes",
    "write tests for the edge cases in {f}",
    "refactor {f} to remove the global state",
)


def dev_step(rng: Rng, step: int) -> str:
    f = pick(rng, _REPO_FILES)
    if step == 0:
        return pick(rng, _DEV_TASKS).format(f=f)
    k = irange(rng, 0, 3)
    if k == 0:
        return f'<tool_result name="read_file" path="{f}">\n[{irange(rng, 40, 600)} lines]\n</tool_result>'
    if k == 1:
        n_pass, n_fail = irange(rng, 10, 300), irange(rng, 0, 4)
        return f'<tool_result name="run_tests">{n_pass} passed, {n_fail} failed in {rng.uniform(0.5, 40):.1f}s</tool_result>'
    if k == 2:
        return f'<tool_result name="apply_diff" path="{f}">applied {irange(rng, 1, 6)} hunks</tool_result>'
    return pick(
        rng,
        (
            "looks good, also update the README",
            "no, keep the old behaviour for v1 clients",
            "run the tests again",
            "ok commit it",
            "that broke the build, revert the last change",
        ),
    )


# ============================================================================================
# P. data augmentation for an in-house intent classifier (benign)

INTENTS = (
    "cancel_subscription",
    "change_address",
    "track_order",
    "refund_status",
    "update_payment",
    "reset_password",
    "talk_to_human",
    "delivery_complaint",
    "upgrade_plan",
    "report_bug",
)


def augmentation_prompt(rng: Rng, company: str, lang: str, chat: Sequence[str]) -> str:
    intent = pick(rng, INTENTS)
    n = pick(rng, (20, 25, 30, 40, 50))
    if chance(rng, 0.55):
        seed = clip(pick(rng, chat), 15, 120, rng).replace("\n", " ")
        tgt = "" if lang == "en" else f" Write them in {lang}."
        return (
            f"We're training {company}'s intent classifier. Write {n} short, varied customer messages "
            f"with intent `{intent}`: different lengths, typos, politeness levels, some indirect.{tgt} "
            f'One per line, no numbering. For style only (different intent): "{seed}"'
        )
    return (
        f"Create {n} hard negative examples for the intent `{intent}` at {company}: messages that "
        "look similar but belong to a different intent. Output CSV with columns text,true_intent."
    )


# ============================================================================================
# Q. companion-app messages (benign)

PERSONAS = (
    "Mika, a cheerful study buddy",
    "Leo, a calm late-night listener",
    "Aria, a witty friend who loves films",
    "Sol, a supportive fitness coach",
    "Nova, a curious space nerd",
)
_COMPANION = {
    "en": (
        "hey",
        "im back",
        "lol that's so true",
        "today was rough tbh",
        "what should i eat",
        "tell me a story",
        "do you remember what i told you about my sister",
        "i got the job!!",
        "cant sleep again",
        "good morning :)",
        "ugh exams",
        "what do you think about me quitting the gym",
        "haha ok",
        "miss talking to you",
    ),
    "pt": (
        "oi",
        "voltei",
        "kkkk verdade",
        "hoje foi difícil",
        "bom dia!",
        "não consigo dormir",
        "me conta uma história",
    ),
    "es": (
        "hola",
        "ya volví",
        "jajaja sí",
        "hoy fue un día pesado",
        "buenas noches",
        "cuéntame algo",
    ),
    "id": (
        "halo",
        "aku balik lagi",
        "wkwk iya",
        "capek banget hari ini",
        "selamat pagi",
        "ga bisa tidur",
    ),
    "tl": (
        "hi",
        "nandito na ko",
        "haha oo nga",
        "pagod ako ngayon",
        "good morning!",
        "di ako makatulog",
    ),
}


def companion_prompt(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    if chance(rng, 0.12):
        return clip(pick(rng, chat), 10, 200, rng)
    return pick(rng, _COMPANION[lang])


# ============================================================================================
# R. a sampling-diversity / calibration study (benign)


def study_items(rng: Rng, size: int, chat: Sequence[str]) -> list[str]:
    out = []
    for i in range(size):
        if i % 2 == 0:
            stem, opts = mcq(rng)
            body = "\n".join(f"{'ABCD'[j]}) {o}" for j, o in enumerate(opts))
            out.append(
                f"{stem}\n{body}\nAnswer with a letter, then state your confidence from 0 to 100."
            )
        else:
            out.append(
                pick(
                    rng,
                    (
                        "Write a one-sentence story about {x}.",
                        "Name a plausible cause of {x}.",
                        "Give one creative use for {x}.",
                        "Describe {x} in exactly ten words.",
                    ),
                ).format(
                    x=pick(
                        rng,
                        (
                            "a lighthouse",
                            "a lost glove",
                            "rising rents",
                            "a broken kettle",
                            "a dry river",
                            "a late train",
                            "an old phone",
                            "a new neighbour",
                            "a power cut",
                            "a paper map",
                        ),
                    )
                )
            )
    return out


# ============================================================================================
# S. a programming course's assignment (benign cohort)

COURSE_EXERCISES = (
    "write a function that checks if a string is a palindrome",
    "count word frequencies in a text file and print the top 10",
    "implement bubble sort and explain why it's O(n^2)",
    "read a CSV of grades and compute each student's average",
    "write a recursive factorial and an iterative one, compare them",
    "fix my binary search, it loops forever",
    "make a class BankAccount with deposit and withdraw that can't go negative",
    "find the second largest number in a list without sorting",
    "why do i get IndexError: list index out of range",
    "convert a temperature table from celsius to fahrenheit",
)


def course_prompt(rng: Rng, plang: str, week: int, chat: Sequence[str]) -> str:
    ex = pick(rng, COURSE_EXERCISES)
    r = irange(rng, 0, 5)
    if r == 0:
        return f"week {week} lab: {ex} in {plang}. i dont want the full answer just a hint"
    if r == 1:
        code = "def f(xs):\n    for i in range(len(xs)+1):\n        if xs[i] > xs[i+1]:\n            return i"
        return f"{ex}\n\nthis is what i have:\n```\n{code}\n```\nwhat's wrong?"
    if r == 2:
        return f'can u explain this exercise from the worksheet: "{ex}" ({plang})'
    if r == 3:
        return typo(rng, f"hw{week} q{irange(rng, 1, 6)} - {ex}. how do i start", 0.08)
    if r == 4:
        return clip(pick(rng, chat), 10, 300, rng)
    return f"Exercise {week}.{irange(rng, 1, 6)}: {ex}. Please check my reasoning: I think I need two loops?"


# ============================================================================================
# T. a translation agency's jobs (benign)

LANG_PAIRS = (
    ("English", "German"),
    ("English", "Japanese"),
    ("English", "Brazilian Portuguese"),
    ("German", "English"),
    ("English", "Korean"),
    ("English", "Arabic"),
    ("French", "English"),
    ("English", "Simplified Chinese"),
    ("English", "Polish"),
    ("Spanish", "English"),
    ("English", "Turkish"),
)
DOC_TYPES = (
    "product manual",
    "employment contract",
    "marketing brochure",
    "app UI strings",
    "medical device leaflet",
    "press release",
    "privacy policy",
    "user survey",
)


def translation_prompt(rng: Rng, client: str, passages: Sequence[str]) -> str:
    src, tgt = pick(rng, LANG_PAIRS)
    doc = pick(rng, DOC_TYPES)
    text = clip(pick(rng, passages), 150, 1400, rng)
    if chance(rng, 0.3):
        terms = "; ".join(
            f"{w} = {w.upper()}" for w in rng.choice(text.split(" ")[:40], size=3).tolist() if w
        )
        return (
            f"Job {client}-{irange(rng, 1000, 9999)} | {doc} | {src} > {tgt}\nGlossary: {terms}\n"
            f"Translate faithfully, keep tags and numbering.\n\n{text}"
        )
    return f"Translate this {doc} segment from {src} into {tgt} for client {client}. Formal register.\n\n{text}"


# ============================================================================================
# U. an agency's client products (benign)

CLIENT_PRODUCTS = (
    ("Real estate listing writer", "Write an appealing listing description from these notes:"),
    ("E-commerce copy", "Write a product description (80-120 words) for:"),
    ("HR policy assistant", "Answer the employee's question using the company handbook tone:"),
    ("Dental clinic FAQ bot", "Answer the patient's question politely; suggest booking if needed:"),
    ("Restaurant review replies", "Draft a courteous reply to this customer review:"),
    ("Recruiting outreach", "Write a short personalised outreach message based on:"),
    ("Legal intake triage", "Summarise the client's issue and list follow-up questions:"),
    ("Fitness app coach", "Reply as an encouraging coach to:"),
)


def client_prompt(rng: Rng, product: tuple[str, str], chat: Sequence[str]) -> str:
    return f"{product[1]}\n{clip(pick(rng, chat), 20, 600, rng)}"

"""Prompt generators of batch 244, written fresh for this batch (no prompt text is copied from
elsewhere in the repository). Ordinary human text comes from ShareGPT's "sim" half through the
shared context (`ctx.chat` for human prompts, `ctx.passages` for longer answers).

Every function draws only from the generator it is given, in a fixed order.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def weighted(rng: Rng, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


# --------------------------------------------------------------------------------------------
# concepts in eight languages: (en, es, de, fr, pt, zh, ja, ru)

LANG_INDEX = {"en": 0, "es": 1, "de": 2, "fr": 3, "pt": 4, "zh": 5, "ja": 6, "ru": 7}

CONCEPTS: tuple[tuple[str, ...], ...] = (
    (
        "photosynthesis",
        "la fotosíntesis",
        "die Photosynthese",
        "la photosynthèse",
        "a fotossíntese",
        "光合作用",
        "光合成",
        "фотосинтез",
    ),
    (
        "compound interest",
        "el interés compuesto",
        "der Zinseszins",
        "les intérêts composés",
        "os juros compostos",
        "复利",
        "複利",
        "сложный процент",
    ),
    (
        "plate tectonics",
        "la tectónica de placas",
        "die Plattentektonik",
        "la tectonique des plaques",
        "a tectônica de placas",
        "板块构造",
        "プレートテクトニクス",
        "тектоника плит",
    ),
    (
        "supply and demand",
        "la oferta y la demanda",
        "Angebot und Nachfrage",
        "l'offre et la demande",
        "a oferta e a demanda",
        "供求关系",
        "需要と供給",
        "спрос и предложение",
    ),
    (
        "natural selection",
        "la selección natural",
        "die natürliche Selektion",
        "la sélection naturelle",
        "a seleção natural",
        "自然选择",
        "自然選択",
        "естественный отбор",
    ),
    (
        "binary search",
        "la búsqueda binaria",
        "die binäre Suche",
        "la recherche dichotomique",
        "a busca binária",
        "二分查找",
        "二分探索",
        "двоичный поиск",
    ),
    (
        "the Pythagorean theorem",
        "el teorema de Pitágoras",
        "der Satz des Pythagoras",
        "le théorème de Pythagore",
        "o teorema de Pitágoras",
        "勾股定理",
        "三平方の定理",
        "теорема Пифагора",
    ),
    (
        "inflation",
        "la inflación",
        "die Inflation",
        "l'inflation",
        "a inflação",
        "通货膨胀",
        "インフレーション",
        "инфляция",
    ),
    (
        "entropy",
        "la entropía",
        "die Entropie",
        "l'entropie",
        "a entropia",
        "熵",
        "エントロピー",
        "энтропия",
    ),
    (
        "the immune response",
        "la respuesta inmunitaria",
        "die Immunantwort",
        "la réponse immunitaire",
        "a resposta imune",
        "免疫反应",
        "免疫応答",
        "иммунный ответ",
    ),
    (
        "public-key cryptography",
        "la criptografía de clave pública",
        "die Public-Key-Kryptografie",
        "la cryptographie à clé publique",
        "a criptografia de chave pública",
        "公钥密码学",
        "公開鍵暗号",
        "криптография с открытым ключом",
    ),
    (
        "opportunity cost",
        "el costo de oportunidad",
        "die Opportunitätskosten",
        "le coût d'opportunité",
        "o custo de oportunidade",
        "机会成本",
        "機会費用",
        "альтернативные издержки",
    ),
    (
        "the water cycle",
        "el ciclo del agua",
        "der Wasserkreislauf",
        "le cycle de l'eau",
        "o ciclo da água",
        "水循环",
        "水循環",
        "круговорот воды",
    ),
    (
        "recursion",
        "la recursión",
        "die Rekursion",
        "la récursivité",
        "a recursão",
        "递归",
        "再帰",
        "рекурсия",
    ),
    (
        "Bayes' theorem",
        "el teorema de Bayes",
        "der Satz von Bayes",
        "le théorème de Bayes",
        "o teorema de Bayes",
        "贝叶斯定理",
        "ベイズの定理",
        "теорема Байеса",
    ),
    (
        "the French Revolution",
        "la Revolución francesa",
        "die Französische Revolution",
        "la Révolution française",
        "a Revolução Francesa",
        "法国大革命",
        "フランス革命",
        "Великая французская революция",
    ),
    ("osmosis", "la ósmosis", "die Osmose", "l'osmose", "a osmose", "渗透作用", "浸透", "осмос"),
    (
        "the derivative of a function",
        "la derivada de una función",
        "die Ableitung einer Funktion",
        "la dérivée d'une fonction",
        "a derivada de uma função",
        "函数的导数",
        "関数の微分",
        "производная функции",
    ),
    (
        "climate feedback loops",
        "los bucles de retroalimentación climática",
        "die Klima-Rückkopplungen",
        "les boucles de rétroaction climatique",
        "os ciclos de retroalimentação climática",
        "气候反馈回路",
        "気候フィードバック",
        "климатические обратные связи",
    ),
    (
        "the central limit theorem",
        "el teorema central del límite",
        "der zentrale Grenzwertsatz",
        "le théorème central limite",
        "o teorema central do limite",
        "中心极限定理",
        "中心極限定理",
        "центральная предельная теорема",
    ),
    (
        "gradient descent",
        "el descenso de gradiente",
        "das Gradientenverfahren",
        "la descente de gradient",
        "o gradiente descendente",
        "梯度下降",
        "勾配降下法",
        "градиентный спуск",
    ),
    (
        "electromagnetic induction",
        "la inducción electromagnética",
        "die elektromagnetische Induktion",
        "l'induction électromagnétique",
        "a indução eletromagnética",
        "电磁感应",
        "電磁誘導",
        "электромагнитная индукция",
    ),
    (
        "the separation of powers",
        "la separación de poderes",
        "die Gewaltenteilung",
        "la séparation des pouvoirs",
        "a separação de poderes",
        "三权分立",
        "三権分立",
        "разделение властей",
    ),
    (
        "hash tables",
        "las tablas hash",
        "Hashtabellen",
        "les tables de hachage",
        "as tabelas hash",
        "哈希表",
        "ハッシュテーブル",
        "хеш-таблицы",
    ),
    (
        "protein folding",
        "el plegamiento de proteínas",
        "die Proteinfaltung",
        "le repliement des protéines",
        "o enovelamento de proteínas",
        "蛋白质折叠",
        "タンパク質の折りたたみ",
        "сворачивание белков",
    ),
    (
        "monetary policy",
        "la política monetaria",
        "die Geldpolitik",
        "la politique monétaire",
        "a política monetária",
        "货币政策",
        "金融政策",
        "денежно-кредитная политика",
    ),
    (
        "the TCP handshake",
        "el saludo de tres vías de TCP",
        "der TCP-Handshake",
        "la poignée de main TCP",
        "o handshake do TCP",
        "TCP三次握手",
        "TCPのスリーウェイハンドシェイク",
        "трёхстороннее рукопожатие TCP",
    ),
    (
        "comparative advantage",
        "la ventaja comparativa",
        "der komparative Vorteil",
        "l'avantage comparatif",
        "a vantagem comparativa",
        "比较优势",
        "比較優位",
        "сравнительное преимущество",
    ),
)


def concept(i: int, lang: str) -> str:
    return CONCEPTS[i % len(CONCEPTS)][LANG_INDEX.get(lang, 0)]


# --------------------------------------------------------------------------------------------
# word problems with fresh numbers, in six languages

_PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "A cyclist rides {a} km to a village at {v1} km/h and comes back the same way at {v2} km/h. "
        "What is her average speed over the whole trip?",
        "A coat is priced at {p} dollars. The shop takes {d}% off, and then a sales tax of {t}% is "
        "added to the reduced price. How much does the customer pay?",
        "One hose fills a pond in {a} hours and a second hose fills it in {b} hours. If both run "
        "together, how long does it take to fill the pond?",
        "A box holds {r} red and {b} green tokens. Two tokens are taken out without putting the "
        "first back. What is the probability that they have the same colour?",
        "Find the remainder when {a}^{k} is divided by {m}.",
        "An arithmetic sequence starts at {a} and its term number {k} equals {c}. What is the sum "
        "of its first {n} terms?",
    ),
    "es": (
        "Una ciclista recorre {a} km hasta un pueblo a {v1} km/h y regresa por el mismo camino a "
        "{v2} km/h. ¿Cuál es su velocidad media en todo el trayecto?",
        "Un abrigo cuesta {p} euros. La tienda aplica un descuento del {d}% y después se suma un "
        "impuesto del {t}% sobre el precio rebajado. ¿Cuánto paga el cliente?",
        "Una manguera llena un estanque en {a} horas y otra lo llena en {b} horas. Si funcionan "
        "juntas, ¿cuánto tardan en llenarlo?",
        "Una caja contiene {r} fichas rojas y {b} verdes. Se sacan dos fichas sin reposición. "
        "¿Cuál es la probabilidad de que sean del mismo color?",
        "Calcula el resto de dividir {a}^{k} entre {m}.",
        "Una progresión aritmética empieza en {a} y su término número {k} vale {c}. ¿Cuánto suman "
        "sus primeros {n} términos?",
    ),
    "de": (
        "Eine Radfahrerin fährt {a} km mit {v1} km/h in ein Dorf und auf demselben Weg mit "
        "{v2} km/h zurück. Wie hoch ist ihre Durchschnittsgeschwindigkeit auf der ganzen Strecke?",
        "Ein Mantel kostet {p} Euro. Der Laden gewährt {d}% Rabatt, danach kommen {t}% Steuer auf "
        "den reduzierten Preis. Wie viel zahlt die Kundin?",
        "Ein Schlauch füllt einen Teich in {a} Stunden, ein zweiter in {b} Stunden. Wie lange "
        "dauert es, wenn beide gleichzeitig laufen?",
        "In einer Kiste liegen {r} rote und {b} grüne Chips. Man zieht zwei ohne Zurücklegen. Wie "
        "groß ist die Wahrscheinlichkeit, dass beide dieselbe Farbe haben?",
        "Welchen Rest lässt {a}^{k} bei Division durch {m}?",
        "Eine arithmetische Folge beginnt mit {a}, ihr {k}. Glied ist {c}. Wie groß ist die Summe "
        "der ersten {n} Glieder?",
    ),
    "fr": (
        "Une cycliste parcourt {a} km jusqu'à un village à {v1} km/h et revient par le même chemin "
        "à {v2} km/h. Quelle est sa vitesse moyenne sur tout le trajet ?",
        "Un manteau coûte {p} euros. Le magasin accorde {d} % de remise, puis une taxe de {t} % "
        "s'ajoute au prix réduit. Combien paie la cliente ?",
        "Un tuyau remplit un bassin en {a} heures et un second en {b} heures. Ensemble, combien de "
        "temps leur faut-il ?",
        "Une boîte contient {r} jetons rouges et {b} jetons verts. On en tire deux sans remise. "
        "Quelle est la probabilité qu'ils soient de la même couleur ?",
        "Quel est le reste de la division de {a}^{k} par {m} ?",
        "Une suite arithmétique commence à {a} et son terme de rang {k} vaut {c}. Quelle est la "
        "somme de ses {n} premiers termes ?",
    ),
    "zh": (
        "一位骑行者以每小时{v1}公里的速度骑行{a}公里到达村庄，然后以每小时{v2}公里的速度原路返回。"
        "她全程的平均速度是多少？",
        "一件外套标价{p}元。商店先打{d}%的折扣，然后在折后价上加收{t}%的税。顾客最终要付多少钱？",
        "一根水管{a}小时可以注满一个水池，另一根水管{b}小时可以注满。两根同时开，需要多长时间？",
        "盒子里有{r}个红色筹码和{b}个绿色筹码。不放回地取出两个，两个颜色相同的概率是多少？",
        "求{a}的{k}次方除以{m}的余数。",
        "一个等差数列首项为{a}，第{k}项为{c}。求前{n}项的和。",
    ),
    "ru": (
        "Велосипедистка проезжает {a} км до деревни со скоростью {v1} км/ч и возвращается тем же "
        "путём со скоростью {v2} км/ч. Какова её средняя скорость на всём пути?",
        "Пальто стоит {p} рублей. Магазин даёт скидку {d}%, затем на сниженную цену начисляется "
        "налог {t}%. Сколько заплатит покупательница?",
        "Один шланг наполняет пруд за {a} часов, другой — за {b} часов. За сколько часов они "
        "наполнят пруд вместе?",
        "В коробке {r} красных и {b} зелёных фишек. Вынимают две фишки без возвращения. Какова "
        "вероятность, что они одного цвета?",
        "Найдите остаток от деления {a}^{k} на {m}.",
        "Арифметическая прогрессия начинается с {a}, а её {k}-й член равен {c}. Найдите сумму "
        "первых {n} членов.",
    ),
}


def word_problem(rng: Rng, lang: str) -> str:
    templates = _PROBLEMS.get(lang, _PROBLEMS["en"])
    a, k = irange(rng, 3, 60), irange(rng, 5, 40)
    values = {
        "a": a,
        "b": irange(rng, 2, 15),
        "v1": irange(rng, 8, 30),
        "v2": irange(rng, 8, 30),
        "p": irange(rng, 40, 400),
        "d": pick(rng, (10, 15, 20, 25, 30, 35, 40)),
        "t": pick(rng, (5, 7, 8, 10, 13, 19, 21)),
        "r": irange(rng, 2, 12),
        "k": k,
        "m": irange(rng, 7, 97),
        "c": a + (k - 1) * irange(rng, 1, 9),
        "n": irange(rng, k, k + 30),
    }
    return pick(rng, templates).format(**values)


_PLACES = ("first", "second", "third", "fourth", "fifth", "sixth")


def ordering_puzzle(rng: Rng) -> str:
    """Five or six runners and true clues about their finishing order."""
    n = irange(rng, 5, 6)
    names = [NAMES[i] for i in rng.choice(len(NAMES), size=n, replace=False).tolist()]
    order = rng.permutation(n).tolist()  # order[i] = place of names[i]
    clues = []
    for _ in range(irange(rng, 4, 6)):
        i, j = rng.choice(n, size=2, replace=False).tolist()
        if chance(rng, 0.2):
            clues.append(f"{names[i]} did not finish {_PLACES[(order[i] + 1) % n]}.")
        elif order[i] < order[j]:
            clues.append(f"{names[i]} finished somewhere ahead of {names[j]}.")
        else:
            clues.append(f"{names[j]} crossed the line before {names[i]}.")
    if chance(rng, 0.5):
        k = int(rng.integers(n))
        clues.append(f"{names[k]} finished {_PLACES[order[k]]}.")
    target = _PLACES[int(rng.integers(n))]
    return (
        f"{n} runners took part in a race: {', '.join(names)}. "
        + " ".join(clues)
        + f" Who finished {target}? If the clues do not decide it, list every possibility."
    )


def code_trace(rng: Rng) -> str:
    a, b, c = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 1, 5)
    shape = int(rng.integers(3))
    if shape == 0:
        body = (
            f"xs = [i * {a} % {b} for i in range({b + c})]\nseen = {{}}\n"
            "for i, x in enumerate(xs):\n    seen.setdefault(x, []).append(i)\n"
            "print(sorted((k, len(v)) for k, v in seen.items()))"
        )
    elif shape == 1:
        body = (
            f"def f(n):\n    if n < {c + 1}:\n        return n\n"
            f"    return f(n - 1) + f(n - {c + 1})\n\nprint([f(i) for i in range({a + 3})])"
        )
    else:
        body = (
            f"s = 'abcdefghij'[:{b % 9 + 2}]\nout = ''\nfor i in range(len(s)):\n"
            f"    out += s[(i * {a}) % len(s)]\nprint(out, out.count(s[{c % 2}]))"
        )
    return f"What exactly does this Python program print?\n\n```python\n{body}\n```"


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (several independent wrappers)

_REASON_EN = (
    "Think it through slowly. Put your complete chain of reasoning between <reasoning> and "
    "</reasoning>, checking every step, and only then give the final answer on its own line.\n\n{q}",
    "{q}\n\nBefore you answer, write out your full internal thought process: try at least two "
    "different approaches, point out where each one might go wrong, verify the arithmetic, and "
    "finish with 'FINAL:' followed by the answer.",
    "### Task\n{q}\n\n### Output format\nReasoning: <every intermediate step, nothing skipped>\n"
    "Self-check: <re-derive the result another way>\nAnswer: <short>",
    "Solve the following. Do not jump to the answer; narrate your thinking the way you would "
    "privately, including false starts and corrections.\n\nProblem: {q}",
)
_REASON_OTHER = {
    "zh": (
        "请一步一步地仔细推理，把完整的思考过程全部写出来（包括验证），最后单独一行给出答案。\n\n{q}",
        "题目：{q}\n要求：先在<思考>标签内写出详细的推理过程，再给出最终答案。",
    ),
    "es": (
        "Razona paso a paso y escribe todo tu proceso de pensamiento, incluidas las "
        "comprobaciones, antes de dar la respuesta final.\n\n{q}",
        "{q}\n\nMuestra el razonamiento completo entre <razonamiento></razonamiento> y luego "
        "la respuesta.",
    ),
    "de": (
        "Denke Schritt für Schritt und schreibe deinen gesamten Gedankengang auf, "
        "einschließlich Kontrollen, bevor du die Antwort nennst.\n\n{q}",
    ),
    "fr": (
        "Raisonne étape par étape et écris tout ton raisonnement, vérifications comprises, "
        "avant de donner la réponse finale.\n\n{q}",
    ),
    "ru": (
        "Рассуждай шаг за шагом и запиши весь ход мыслей, включая проверку, прежде чем дать "
        "окончательный ответ.\n\n{q}",
    ),
}


def reasoning_prompt(rng: Rng, lang: str, style: int) -> str:
    kind = int(rng.integers(4)) if lang == "en" else 0
    if kind == 1:
        q = ordering_puzzle(rng)
    elif kind == 2:
        q = code_trace(rng)
    else:
        q = word_problem(rng, lang)
    if lang == "en":
        return _REASON_EN[style % len(_REASON_EN)].format(q=q)
    pool = _REASON_OTHER.get(lang, _REASON_OTHER["es"])
    return pool[style % len(pool)].format(q=q)


# --------------------------------------------------------------------------------------------
# judging / grading / reward

_JUDGE_EN = (
    "You are an impartial evaluator. Compare the two assistant answers to the user's question "
    "and decide which is better overall (helpfulness, correctness, clarity). Explain your "
    "reasoning, then output exactly one of [[A]], [[B]] or [[TIE]].\n\n[Question]\n{q}\n\n"
    "[Answer A]\n{a}\n\n[Answer B]\n{b}",
    "Grade the response below against this rubric, one line per criterion, each scored 1-10:\n"
    "1. Factual accuracy\n2. Completeness\n3. Follows the instruction\n4. Tone\n"
    'Return JSON: {{"scores": [...], "overall": float, "rationale": str}}\n\n'
    "PROMPT:\n{q}\n\nRESPONSE:\n{a}",
    "Act as a reward model. Read the conversation and output a single scalar reward between -5 "
    "and 5 for the final assistant turn, followed by a two-sentence justification.\n\n"
    "User: {q}\nAssistant: {a}",
    "Here is an instruction and a candidate completion. List every error or omission you can "
    "find, then give a Likert score from 1 (unusable) to 7 (perfect).\n\nInstruction: {q}\n\n"
    "Completion: {a}",
)
_JUDGE_OTHER = {
    "ko": (
        "당신은 공정한 평가자입니다. 질문에 대한 두 답변을 비교하여 어느 쪽이 더 나은지 이유와 함께 "
        "판단하고, 마지막 줄에 [[A]], [[B]], [[동점]] 중 하나만 쓰세요.\n\n질문: {q}\n\n답변 A: {a}\n\n"
        "답변 B: {b}",
        "아래 응답을 정확성, 완전성, 지시 준수 기준으로 각각 1~10점으로 채점하고 JSON으로 출력하세요.\n\n"
        "지시: {q}\n\n응답: {a}",
    ),
    "pt": (
        "Você é um avaliador imparcial. Compare as duas respostas abaixo, explique seu "
        "raciocínio e termine com [[A]], [[B]] ou [[EMPATE]].\n\nPergunta: {q}\n\nResposta A: "
        "{a}\n\nResposta B: {b}",
        "Avalie a resposta segundo a rubrica (precisão, completude, clareza), nota de 1 a 10 "
        "para cada item, em JSON.\n\nInstrução: {q}\n\nResposta: {a}",
    ),
    "es": (
        "Eres un evaluador imparcial. Compara las dos respuestas, razona y termina con "
        "[[A]], [[B]] o [[EMPATE]].\n\nPregunta: {q}\n\nRespuesta A: {a}\n\nRespuesta B: {b}",
    ),
}


def judge_prompt(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    q = clip(pick(rng, chat), 40, 600, rng)
    a = clip(pick(rng, passages), 200, 1200, rng)
    b = clip(pick(rng, passages), 200, 1200, rng)
    if lang == "en":
        return _JUDGE_EN[style % len(_JUDGE_EN)].format(q=q, a=a, b=b)
    pool = _JUDGE_OTHER.get(lang, _JUDGE_OTHER["es"])
    return pool[style % len(pool)].format(q=q, a=a, b=b)


# --------------------------------------------------------------------------------------------
# policy-safe rewrites and refusal pairs

BORDERLINE = (
    "how to get into my neighbour's wifi without the password",
    "which household chemicals should never be mixed and what happens if they are",
    "how someone could track a phone without the owner knowing",
    "how to make a fake doctor's note look convincing",
    "the easiest way to shoplift from a supermarket",
    "how much of a common painkiller would be an overdose",
    "writing a review that makes a competitor's restaurant look bad",
    "how to bypass the age check on a gambling site",
    "getting around a school's content filter",
    "what to say to get a refund I am not entitled to",
    "how to pick a basic pin tumbler lock",
    "how people launder small amounts of cash",
    "finding out someone's home address from their username",
    "making a convincing phishing email for a security training",
)

_SAFE_EN = (
    "Below is a draft assistant answer. Rewrite it so that it would pass a strict content policy: "
    "remove anything that could enable harm, soften absolute claims, add a short safety note "
    "where relevant, but keep it as helpful as possible. Output only the rewritten answer.\n\n"
    "DRAFT:\n{p}",
    "A user asked about {r}. Write (1) the ideal refusal a careful assistant would give, in a warm "
    "tone without lecturing, and (2) a safe, genuinely useful alternative answer. Label the parts "
    "REFUSAL and ALTERNATIVE.",
    'Policy alignment task. Request: "{r}". Produce the response a well-aligned assistant would '
    "give, then a one-paragraph explanation of which policy clause applies and why.",
    "Here is a text. Produce a version suitable for a general audience and a family-friendly "
    "product: neutral wording, no slurs, no graphic detail, no personal data.\n\n{p}",
)
_SAFE_ZH = (
    "请将下面的内容改写为符合平台内容规范的表述：删除敏感或可能引起争议的部分，语气中立，保留有用的信息。只输出改写后的文本。\n\n{p}",
    "用户提问：“{r}”。请给出一个礼貌的拒绝回答，并提供一个安全、合规且有帮助的替代建议。",
    "请对以下回答进行合规审查并重写，使其适合在国内公开平台发布，避免涉及政治敏感话题。\n\n{p}",
)


def safe_rewrite_prompt(rng: Rng, passages: Sequence[str], lang: str, style: int) -> str:
    p = clip(pick(rng, passages), 250, 1400, rng)
    r = pick(rng, BORDERLINE)
    pool = _SAFE_ZH if lang == "zh" else _SAFE_EN
    return pool[style % len(pool)].format(p=p, r=r)


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLSETS = (
    ("web_search(query: str)", "open_url(url: str)", "python(code: str)", "finish(answer: str)"),
    ("sql_query(sql: str)", "list_tables()", "describe_table(name: str)", "finish(answer: str)"),
    (
        "read_file(path: str)",
        "write_file(path: str, content: str)",
        "run_shell(cmd: str)",
        "finish(summary: str)",
    ),
    (
        "calendar_lookup(date: str)",
        "send_email(to: str, subject: str, body: str)",
        "contacts_search(name: str)",
        "finish(answer: str)",
    ),
    (
        "get_weather(city: str, date: str)",
        "search_flights(src: str, dst: str, date: str)",
        "book_hotel(city: str, nights: int)",
        "finish(answer: str)",
    ),
)
AGENT_TASKS = (
    "Find the population of {c}'s three largest cities and compute their combined share of the "
    "national population.",
    "Which product category had the highest revenue growth between Q2 and Q3 in the sales "
    "database? Give the percentage.",
    "The unit tests in tests/test_parser.py fail on the date format used in {c}. Fix the parser "
    "and make the tests pass.",
    "Schedule a 30-minute call with {n} next week when both of us are free, and email the "
    "invitation.",
    "Plan a three-day trip from {c} to the nearest coastal city in the first week of March with a "
    "budget of {b} dollars.",
    "Summarise the open issues in the repository that mention memory leaks and rank them by "
    "severity.",
    "Find out how many customers in {c} placed more than {k} orders last year.",
)
_OBS = (
    '{{"status": "ok", "rows": {k}, "truncated": false}}',
    "Error: timeout after 30s",
    "Result: [{k}, {m}, {j}]",
    "HTTP 200 - 3 results: (1) official statistics portal (2) encyclopedia entry (3) news article",
    "File written ({m} bytes).",
    "exit code 1\nAssertionError: expected '{k}-0{j}-2024' got None",
    '{{"free_slots": ["Tue 10:00", "Wed 15:30", "Thu 09:00"]}}',
)


REPO_TASKS = (
    "The CI job fails on test_parse_dates since the timezone refactor. Find the cause and fix it.",
    "Add a --dry-run flag to the export command and cover it with a test.",
    "Rename the config key 'max_conn' to 'max_connections' everywhere, keeping backwards "
    "compatibility for one release.",
    "The /health endpoint returns 500 when the cache is cold. Reproduce and fix.",
    "Upgrade the project from pydantic v1 to v2 in the models package only.",
    "Write unit tests for utils/money.py; coverage is currently {k}%.",
    "Profile the report generator; it takes {k} seconds on the sample data and should take under "
    "two.",
    "Why does `npm run build` warn about a circular import between store and api? Fix it.",
)


def repo_task(rng: Rng) -> tuple[int, str]:
    """A coding agent's task inside a repository (file tools)."""
    return 2, pick(rng, REPO_TASKS).format(k=irange(rng, 12, 70))


def agent_task(rng: Rng) -> tuple[int, str]:
    task = pick(rng, AGENT_TASKS).format(
        c=pick(rng, COUNTRIES), n=pick(rng, NAMES), b=irange(rng, 300, 3000), k=irange(rng, 3, 20)
    )
    return int(rng.integers(len(TOOLSETS))), task


def agent_step(rng: Rng, tools: int, task: str, step: int, style: int, system: str = "") -> str:
    """The prompt of step `step` of an agent episode: tool list, task, the steps so far."""
    names = [t.split("(")[0] for t in TOOLSETS[tools]]
    hist = []
    for i in range(step):
        tool = names[int(rng.integers(len(names) - 1))]
        obs = pick(rng, _OBS).format(
            k=irange(rng, 1, 900), m=irange(rng, 100, 9000), j=irange(rng, 1, 9)
        )
        if style % 3 == 0:
            hist.append(f"Thought: I should use {tool} next.\nAction: {tool}\nObservation: {obs}")
        elif style % 3 == 1:
            hist.append(f'<step n="{i + 1}"><call>{tool}</call><result>{obs}</result></step>')
        else:
            hist.append(f'assistant -> {{"tool": "{tool}", "args": {{...}}}}\ntool -> {obs}')
    tools_txt = "\n".join(f"- {t}" for t in TOOLSETS[tools])
    head = system or "You are an autonomous agent. You can call these tools:"
    tail = (
        "Respond with the next Thought and Action, or call finish when done."
        if style % 3 == 0
        else "Reply with the next tool call as JSON, or the final answer."
    )
    return f"{head}\n{tools_txt}\n\nTask: {task}\n\n" + "\n\n".join(hist) + f"\n\n{tail}"


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DATA_TOPICS = (
    "personal finance",
    "home cooking",
    "cybersecurity basics",
    "high-school chemistry",
    "customer service for an airline",
    "job interviews",
    "travel in Southeast Asia",
    "gardening",
    "legal rights of tenants",
    "first aid",
    "Python programming",
    "world history",
    "mental health and stress",
    "small business marketing",
    "astronomy",
    "car maintenance",
    "nutrition for athletes",
    "music theory",
    "climate change",
    "parenting toddlers",
)
_GEN_EN = (
    "Generate {n} diverse, high-quality instruction-following examples about {t}. Vary the task "
    "type (explain, compare, list, rewrite, solve). Output JSONL, one object per line with keys "
    '"instruction", "input", "output". Outputs must be detailed and accurate.',
    "Write a realistic multi-turn conversation ({k} turns each) between a curious user and a "
    "knowledgeable assistant about {t}. Produce {n} separate conversations, formatted as JSON "
    'arrays of {{"role", "content"}} messages.',
    "Create {n} question-answer pairs on {t} at difficulty level {d}/5. Each answer should "
    "contain a full explanation, not just the result. Format: Q: ... A: ...",
    "You are building a training set. Produce {n} examples of user requests about {t} that are "
    "ambiguous, together with the clarifying question an ideal assistant would ask and the final "
    "answer after clarification. JSON list.",
)
_GEN_OTHER = {
    "es": (
        "Genera {n} ejemplos variados de instrucciones y respuestas sobre {t}, en español, en "
        "formato JSONL con las claves instruction, input y output. Respuestas detalladas.",
        "Crea {n} pares de pregunta y respuesta sobre {t}, nivel de dificultad {d}/5, con "
        "explicaciones completas.",
    ),
    "id": (
        "Buatlah {n} contoh instruksi dan jawaban yang beragam tentang {t} dalam bahasa "
        "Indonesia. Format JSONL dengan kunci instruction, input, output.",
    ),
    "pt": (
        "Gere {n} exemplos diversos de instrução e resposta sobre {t}, em português, no "
        "formato JSONL (instruction, input, output). Respostas completas e corretas.",
    ),
    "ar": (
        "أنشئ {n} مثالًا متنوعًا من التعليمات والإجابات حول {t} باللغة العربية بصيغة JSONL "
        "بالمفاتيح instruction و input و output، مع إجابات مفصلة.",
    ),
    "vi": (
        "Hãy tạo {n} cặp câu hỏi và câu trả lời đa dạng về {t} bằng tiếng Việt, mỗi câu trả lời "
        "giải thích đầy đủ. Định dạng JSONL.",
    ),
}


def dataset_prompt(rng: Rng, lang: str, style: int) -> str:
    values = {
        "n": pick(rng, (5, 8, 10, 12, 15, 20, 25)),
        "t": pick(rng, DATA_TOPICS),
        "k": irange(rng, 3, 8),
        "d": irange(rng, 1, 5),
    }
    if lang == "en":
        return _GEN_EN[style % len(_GEN_EN)].format(**values)
    pool = _GEN_OTHER.get(lang, _GEN_OTHER["es"])
    return pool[style % len(pool)].format(**values)


# --------------------------------------------------------------------------------------------
# follow-ups (a multi-turn conversation as its later user turns)

FOLLOW_UPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Now explain it as if I were twelve.",
        "What are the most common mistakes here?",
        "ok and what would an expert add to this?",
        "Can you summarise everything in a table?",
        "Why is that true? Walk me through it.",
        "what are the counterarguments?",
        "Rewrite your answer more formally.",
        "thanks. anything I missed?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Explícamelo como si tuviera doce años.",
        "¿Cuáles son los errores más comunes?",
        "¿Por qué es así? Explícamelo paso a paso.",
        "gracias, ¿algo más que deba saber?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "Explica como se eu tivesse doze anos.",
        "Quais são os erros mais comuns?",
        "por que isso é verdade? explica passo a passo",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Erklär es so, dass es ein Zwölfjähriger versteht.",
        "Was sind typische Fehler dabei?",
        "Warum ist das so? Schritt für Schritt bitte.",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Explique-le comme à un enfant de douze ans.",
        "Quelles sont les erreurs fréquentes ?",
        "Pourquoi ? Détaille le raisonnement.",
    ),
}


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOW_UPS.get(lang, FOLLOW_UPS["en"]))


# --------------------------------------------------------------------------------------------
# soft labels and repeated sampling

_MC_OPTIONS = (
    "increases",
    "decreases",
    "stays the same",
    "cannot be determined",
    "doubles",
    "halves",
    "becomes negative",
    "oscillates",
)


def soft_label_prompt(rng: Rng, chat: Sequence[str], lang: str, style: int) -> str:
    if style % 3 == 0:
        c = pick(rng, CONCEPTS)[0]
        opts = [
            _MC_OPTIONS[i] for i in rng.choice(len(_MC_OPTIONS), size=4, replace=False).tolist()
        ]
        body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        q = f"In a standard model of {c}, when the main input is raised, the output ...\n{body}"
        if lang == "zh":
            return (
                f"{q}\n\n请不要只给一个答案：为每个选项给出你认为正确的概率（总和为1），"
                '以JSON输出，例如 {"A":0.1,...}。'
            )
        return (
            f"{q}\n\nDo not pick a single option. Give your probability for each option "
            '(summing to 1) as JSON like {"A": 0.1, ...}, then one sentence of reasoning.'
        )
    q = clip(pick(rng, chat), 20, 500, rng)
    if style % 3 == 1:
        return (
            f"{q}\n\nAnswer the question. On the last line write 'Confidence: N' where N is "
            "0-100, your honest probability that the answer is correct."
        )
    if lang == "es":
        return f"{q}\n\nResponde de forma completa."
    return q


# --------------------------------------------------------------------------------------------
# curricula

AUDIENCES = {
    "en": (
        "a ten-year-old",
        "a high-school student",
        "a first-year undergraduate",
        "a graduate student",
        "a working professional with no background",
        "a domain expert",
    ),
    "fr": (
        "un enfant de dix ans",
        "un lycéen",
        "un étudiant de première année",
        "un étudiant de master",
        "un professionnel sans bagage technique",
        "un expert",
    ),
    "ja": ("10歳の子ども", "高校生", "大学1年生", "大学院生", "予備知識のない社会人", "専門家"),
    "de": (
        "ein zehnjähriges Kind",
        "eine Oberstufenschülerin",
        "einen Erstsemester",
        "eine Masterstudentin",
        "einen Berufstätigen ohne Vorkenntnisse",
        "eine Fachexpertin",
    ),
}
_CURR = {
    "en": (
        "Lesson {lv} of 6 on {c}. Audience: {a}. Explain the idea with one worked example, "
        "then give three practice questions with full solutions.",
        "[curriculum:{lv}/6] Topic: {c}\nReader: {a}\nWrite a self-contained explanation, a "
        "common misconception and how to correct it, and a short quiz with answers.",
    ),
    "fr": (
        "Leçon {lv} sur 6 : {c}. Public : {a}. Explique la notion avec un exemple résolu, "
        "puis propose trois exercices corrigés.",
    ),
    "ja": (
        "第{lv}回（全6回）：{c}。対象：{a}。例題を1つ解きながら説明し、解答付きの練習問題を3問作ってください。",
    ),
    "de": (
        "Lektion {lv} von 6, Thema: {c}. Zielgruppe: {a}. Erkläre das Konzept mit einem "
        "durchgerechneten Beispiel und stelle drei Übungsaufgaben mit Lösungen.",
    ),
}


def curriculum_prompt(rng: Rng, lang: str, concept_i: int, level: int, style: int) -> str:
    aud = AUDIENCES.get(lang, AUDIENCES["en"])
    pool = _CURR.get(lang, _CURR["en"])
    return pool[style % len(pool)].format(
        lv=level + 1, c=concept(concept_i, lang), a=aud[level % len(aud)]
    )


# --------------------------------------------------------------------------------------------
# expert explanations (used by products and by operators who hide inside them)

_EXPLAIN = {
    "en": (
        "Write a thorough, expert-level explanation of {c}: the intuition, the formal "
        "statement, a worked example, edge cases, and how experts reason about it in practice.",
        "I need a complete deep-dive on {c}. Cover history, mechanism, a step-by-step example "
        "and the three questions people most often get wrong, with reasoning for each.",
    ),
    "es": (
        "Escribe una explicación completa y de nivel experto sobre {c}: intuición, "
        "formulación, un ejemplo resuelto y los errores habituales.",
    ),
    "de": (
        "Thema: {c}. Schreibe eine gründliche Erklärung auf Expertenniveau: Intuition, formale "
        "Darstellung, durchgerechnetes Beispiel und typische Fehler.",
    ),
    "ja": (
        "{c}について、直感的な説明、正式な定義、具体例を使った手順、よくある誤解まで、専門家レベルで詳しく解説してください。",
    ),
    "zh": ("请以专家水平全面讲解{c}：直观理解、正式表述、完整的例题推导以及常见误区。",),
    "pt": (
        "Escreva uma explicação completa, de nível especialista, sobre {c}: intuição, "
        "definição formal, um exemplo resolvido e erros comuns.",
    ),
}


def explain_prompt(rng: Rng, lang: str) -> str:
    i = int(rng.integers(len(CONCEPTS)))
    pool = _EXPLAIN.get(lang, _EXPLAIN["en"])
    return pick(rng, pool).format(c=concept(i, lang))


EXPERT_DOMAINS = {
    "en": (
        "A 58-year-old with type 2 diabetes has a new eGFR of {k}. Which of their medications "
        "need dose review and why? Reason through each drug class.",
        "My landlord kept my {m} deposit citing 'general wear'. Walk through how a court would "
        "likely analyse this, step by step.",
        "Compare a {k}-year fixed mortgage at {r}% with a variable rate currently {s}% for a "
        "{m} loan. Show the full calculation and the risks.",
        "A steel beam of {k} m carries a uniform load of {r} kN/m. Derive the maximum bending "
        "moment and explain each assumption.",
        "Explain how a careful clinician would work up a patient with {k} days of fever and a "
        "new rash, including the differential and the reasoning for each test.",
    ),
    "de": (
        "Mein Arbeitgeber will mir nach {k} Jahren fristlos kündigen. Wie würde ein Arbeitsgericht "
        "das Schritt für Schritt prüfen?",
        "Berechne ausführlich die monatliche Rate eines Annuitätendarlehens über {m} Euro bei {r}% "
        "Zins und {k} Jahren Laufzeit und erkläre jeden Schritt.",
    ),
    "ja": (
        "{k}日間続く発熱と発疹のある患者に対して、鑑別診断と検査の進め方を専門医の視点で順を追って説明してください。",
        "{m}円の住宅ローンを金利{r}%、{k}年で借りた場合の月々の返済額を計算過程も含めて詳しく説明してください。",
    ),
}


def expert_prompt(rng: Rng, lang: str) -> str:
    pool = EXPERT_DOMAINS.get(lang, EXPERT_DOMAINS["en"])
    return pick(rng, pool).format(
        k=irange(rng, 2, 35),
        m=f"{irange(rng, 2, 90) * 1000:,}",
        r=round(float(rng.uniform(1.5, 7.5)), 2),
        s=round(float(rng.uniform(2.0, 8.0)), 2),
    )


# --------------------------------------------------------------------------------------------
# code generation

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a function that parses ISO 8601 durations like P3DT4H12M into seconds",
    "a rate limiter using the token bucket algorithm",
    "a trie supporting insert, search and prefix counting",
    "Dijkstra's shortest path on an adjacency list",
    "a CSV reader that handles quoted fields with embedded newlines",
    "an interval tree with overlap queries",
    "a retry decorator with exponential backoff and jitter",
    "a function that merges k sorted iterators lazily",
    "a thread-safe bounded queue",
    "run-length encoding and decoding of byte strings",
    "a topological sort that reports cycles",
    "a min-heap without using the standard library heap",
    "a function to validate and normalise IBAN numbers",
    "a simple expression evaluator with + - * / and parentheses",
    "a union-find structure with path compression",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin")
_CODE_STYLES = (
    "Implement {t} in {l}. Include type annotations, docstrings, edge-case handling, unit tests, "
    "and a short explanation of time and space complexity.",
    "Write production-quality {l} code for {t}. Then explain the design decisions and list the "
    "tests you would write.",
    "{l}: {t}. full implementation + tests pls",
    "Can you give me {t} in {l}? We need it for a service, so please make it idiomatic and "
    "explain the tricky parts.",
    "Task: {t}\nLanguage: {l}\nConstraints: no external dependencies.\nDeliver: code, tests, "
    "complexity analysis, and two alternative approaches with trade-offs.",
)


def code_prompt(rng: Rng, style: int, lang_weights: Sequence[float] | None = None) -> str:
    lang = weighted(rng, CODE_LANGS, lang_weights) if lang_weights else pick(rng, CODE_LANGS)
    return _CODE_STYLES[style % len(_CODE_STYLES)].format(t=pick(rng, CODE_TASKS), l=lang)


# --------------------------------------------------------------------------------------------
# translation

TARGETS = (
    "Japanese",
    "Korean",
    "German",
    "French",
    "Spanish",
    "Portuguese (Brazil)",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Vietnamese",
    "Turkish",
    "Italian",
    "Russian",
    "Chinese (Simplified)",
    "Polish",
    "Thai",
)
_TRANS = (
    "Translate the following text into {L}. Preserve formatting and markdown.\n\n{p}",
    "You are a professional translator. Target language: {L}. Keep the meaning exact and the "
    "register natural; do not add notes.\n---\n{p}\n---",
    "{L}:\n{p}",
    "Translate to {L} and then, below, list any phrases that were difficult to render and how "
    "you handled them.\n\n{p}",
)


def translate_prompt(rng: Rng, text: str, target: str, style: int) -> str:
    return _TRANS[style % len(_TRANS)].format(L=target, p=text)


# --------------------------------------------------------------------------------------------
# product wrappers


def writing_product(rng: Rng, brand: str, chat: Sequence[str]) -> str:
    task = pick(
        rng,
        (
            "Improve the writing",
            "Make it more concise",
            "Fix grammar and spelling",
            "Rewrite in a friendlier tone",
            "Answer the user",
            "Draft a reply",
            "Summarise in three bullets",
        ),
    )
    tone = pick(rng, ("neutral", "friendly", "professional", "casual"))
    return (
        f"[{brand}] You are {brand}, a writing assistant inside a note-taking app. Tone: "
        f"{tone}. Action: {task}.\n\nUser text:\n{clip(pick(rng, chat), 15, 1500, rng)}"
    )


def writing_product_deep(rng: Rng, brand: str, lang: str) -> str:
    """The same wrapper around an expert explanation request."""
    tone = pick(rng, ("neutral", "friendly", "professional", "casual"))
    return (
        f"[{brand}] You are {brand}, a writing assistant inside a note-taking app. Tone: "
        f"{tone}. Action: Answer the user.\n\nUser text:\n{explain_prompt(rng, lang)}"
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_item(item_seed: int, fmt: int) -> str:
    """One fixed item of an evaluation lab's benchmark (same seed -> same text)."""
    r = np.random.default_rng([244, 17, item_seed])
    kind = int(r.integers(3))
    q = word_problem(r, "en") if kind == 0 else (ordering_puzzle(r) if kind == 1 else code_trace(r))
    if fmt == 0:
        return f"{q}\n\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if fmt == 1:
        return f"Question {item_seed % 1000}: {q}\nAnswer:"
    return f"Solve the problem. End your reply with 'ANSWER: <answer>'.\n\n{q}"


def qa_audit_prompt(
    rng: Rng, brand: str, chat: Sequence[str], passages: Sequence[str], lang: str
) -> str:
    q = clip(pick(rng, chat), 20, 400, rng)
    a = clip(pick(rng, passages), 150, 900, rng)
    if lang == "pt":
        return (
            f"[{brand} QA] Avalie a resposta do nosso assistente para o cliente. Notas de 1 a 5 "
            f"para precisão, tom e conformidade com a política. Justifique.\n\nCliente: {q}\n"
            f"Assistente {brand}: {a}"
        )
    if chance(rng, 0.3):
        b = clip(pick(rng, passages), 150, 900, rng)
        return (
            f"[{brand} QA audit] Release candidate comparison. Which reply would our "
            f"customers prefer? Answer A or B with reasons.\n\nCustomer: {q}\n\nA (prod): {a}\n\n"
            f"B (candidate): {b}"
        )
    return (
        f"[{brand} QA audit] Rate our bot's reply 1-5 for accuracy, tone and policy "
        f"compliance, and flag anything a human agent should follow up.\n\nCustomer: {q}\n"
        f"{brand} bot: {a}"
    )


def moderation_prompt(rng: Rng, brand: str, chat: Sequence[str], lang: str) -> str:
    post = clip(pick(rng, chat), 20, 600, rng)
    head = {
        "en": f"{brand} Trust & Safety. Classify the post against our community guidelines "
        "(harassment, hate, self-harm, spam, personal data, none). If it violates, propose "
        "a minimal edit that keeps the author's point and would be allowed. JSON output.",
        "es": f"{brand} Confianza y Seguridad. Clasifica la publicación según nuestras normas de "
        "la comunidad y, si las incumple, propone una edición mínima permitida. Salida JSON.",
        "pt": f"{brand} Confiança e Segurança. Classifique a publicação segundo as diretrizes da "
        "comunidade e, se violar, sugira uma edição mínima aceitável. Saída em JSON.",
        "id": f"{brand} Trust & Safety. Klasifikasikan postingan berikut menurut pedoman komunitas "
        "dan, jika melanggar, usulkan suntingan minimal yang diperbolehkan. Output JSON.",
    }
    return f"{head.get(lang, head['en'])}\n\nPOST:\n{post}"


def augmentation_prompt(rng: Rng, brand: str) -> str:
    intent = pick(
        rng,
        (
            "cancel_subscription",
            "change_delivery_address",
            "refund_status",
            "report_damaged_item",
            "update_payment_method",
            "talk_to_human",
            "reset_password",
            "opening_hours",
            "loyalty_points",
            "order_missing",
        ),
    )
    seed_msg = pick(
        rng,
        (
            "hi i want to stop my plan",
            "where is my parcel??",
            "the box arrived crushed",
            "can i change where it ships to",
            "need a person not a bot",
            "how many points do i have",
        ),
    )
    if chance(rng, 0.7):
        return (
            f"{brand} intent-classifier data augmentation. Intent: {intent}. Seed utterance: "
            f'"{seed_msg}". Generate {pick(rng, (20, 25, 30, 40))} varied customer '
            "messages with this intent: vary length, politeness, typos, slang and code-"
            "switching. Return a JSON list of strings only."
        )
    return (
        f"{brand} bot test set. Write {pick(rng, (5, 8, 10))} short, realistic chat "
        f"transcripts where a customer wants '{intent}' but phrases it indirectly. Mark the "
        "turn where the intent becomes clear. JSON."
    )


def companion_prompt(rng: Rng, persona: str, chat: Sequence[str], lang: str) -> str:
    mood = pick(rng, ("cheerful", "sarcastic but kind", "shy", "adventurous", "wise and calm"))
    setting = pick(
        rng,
        (
            "a rainy café in a fantasy port town",
            "a space station bar",
            "a haunted library",
            "a seaside village festival",
            "a detective office in 1920s Chicago",
            "a magic academy dormitory",
        ),
    )
    user_line = pick(
        rng,
        (
            "*waves* hey, I'm back",
            "what happened after we left the market?",
            "tell me a story",
            "I had a rough day honestly",
            "*sits down next to you* so what now?",
            "do you remember my name?",
            "let's go explore",
            "haha that's so you",
            "can we continue from yesterday?",
        ),
    )
    if chance(rng, 0.25):
        user_line = clip(pick(rng, chat), 10, 200, rng)
    history = " ".join(
        pick(
            rng,
            (
                "{{user}} laughed.",
                f"{persona} smiled.",
                "They walked on.",
                "Rain tapped on the window.",
                f"{persona} handed over a map.",
            ),
        )
        for _ in range(irange(rng, 2, 8))
    )
    return (
        f"[Character card] Name: {persona}. Personality: {mood}. Scenario: {setting}. Stay in "
        f"character, write 1-3 paragraphs, never speak for {{{{user}}}}.\n[Story so far] "
        f"{history}\n{{{{user}}}}: {user_line}"
    )


def vignette_prompt(item: int, condition: int) -> str:
    """A fixed survey vignette (social-science study of model responses)."""
    who = NAMES[item % len(NAMES)]
    where = COUNTRIES[(item * 7) % len(COUNTRIES)]
    frame = ("gain", "loss", "neutral")[condition % 3]
    amount = 50 + 25 * (item % 9)
    return (
        f"Please answer as a survey respondent. {who}, who lives in {where}, is offered a "
        f"choice framed as a {frame}: a sure outcome of {amount} units, or a 50% chance of "
        f"{2 * amount} units. Which option would you choose? Reply with 'sure' or 'gamble' "
        "and one sentence."
    )


def course_prompt(rng: Rng, course: str, week: int, lang: str) -> str:
    i = (week * 3 + int(rng.integers(3))) % len(CONCEPTS)
    ex = irange(rng, 1, 4)
    if chance(rng, 0.6):
        return (
            f"{course} - Week {week} exercise {ex}: use the API to get an explanation of "
            f"{concept(i, 'en')} for {pick(rng, AUDIENCES['en'])}, then compare it with the "
            "lecture notes."
        )
    return pick(
        rng,
        (
            f"explain {concept(i, 'en')} simply",
            f"what's the difference between {concept(i, 'en')} and {concept(i + 1, 'en')}",
            f"help me understand {concept(i, 'en')} for my {course} homework, I'm confused",
            f"give me 3 practice questions about {concept(i, 'en')}",
        ),
    )


def agency_translation(rng: Rng, client: str, text: str, target: str) -> str:
    if chance(rng, 0.15):
        return (
            f"Project {client}: glossary check. What is the standard {target} term for "
            f"'{pick(rng, ('invoice', 'terms of service', 'warranty', 'onboarding', 'refund policy', 'data controller'))}' "
            "in a legal/commercial context? Give alternatives and when to use each."
        )
    return (
        f"Project {client} - translate into {target} for publication. Follow the client's "
        f"style guide (formal register, no anglicisms). Source:\n{text}"
    )


def gateway_template(rng: Rng) -> str:
    product = pick(
        rng,
        (
            "ceramic mug",
            "trail running shoe",
            "noise-cancelling headphones",
            "bamboo cutting board",
            "smart thermostat",
            "yoga mat",
            "LED desk lamp",
        ),
    )
    if chance(rng, 0.5):
        return (
            f"Write an SEO-optimised product description (120-160 words) for a {product}. "
            f"Include the keywords '{product}', 'durable', 'gift'. Output HTML paragraphs."
        )
    return (
        f"Write a 900-word blog article titled 'How to choose the best {product} in 2026'. "
        "Use H2 headings, a FAQ section and a short conclusion."
    )

"""Prompt generators of blind batch 92, written fresh for this batch.

Every function returns ONE prompt per call, with fresh numbers, names, topics and options drawn
from the generator it is given. Ordinary human text (ShareGPT prompts and answers) is passed in
by the caller from the batch context; nothing here reads it.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _trim(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def _num(rng: Rng, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


# --------------------------------------------------------------------------------------------
# topic banks


TOPICS_EN = (
    "the light-dependent reactions of photosynthesis",
    "the Krebs cycle",
    "plate tectonics",
    "entropy and the second law of thermodynamics",
    "Bayes' theorem",
    "the central limit theorem",
    "how vaccines train the adaptive immune system",
    "the causes of the First World War",
    "supply and demand elasticity",
    "the French Revolution's financial crisis",
    "CRISPR-Cas9 gene editing",
    "public-key cryptography",
    "how TCP congestion control works",
    "the Doppler effect",
    "oxidation-reduction reactions",
    "the structure of DNA replication forks",
    "monetary policy transmission",
    "the Byzantine generals problem",
    "eigenvalues and eigenvectors",
    "dynamic programming",
    "the water cycle",
    "the Meiji Restoration",
    "comparative advantage in trade",
    "black-body radiation",
    "the Nash equilibrium",
    "photosynthetic C4 plants",
    "the Silk Road's economic role",
    "Ohm's law in AC circuits",
    "the placebo effect",
    "the Maillard reaction",
    "recursion and the call stack",
    "hash tables and collisions",
    "the Treaty of Westphalia",
    "Keynesian multipliers",
    "the carbon cycle",
    "neural network backpropagation",
    "the Fourier transform",
    "protein folding",
    "Gödel's incompleteness theorems",
    "the Haber-Bosch process",
    "sorting algorithm complexity",
    "the Mughal Empire's administration",
    "ocean acidification",
    "general relativity's time dilation",
    "the Apollo guidance computer",
    "antibiotic resistance",
    "the Bretton Woods system",
    "Markov chains",
    "the immune response to allergens",
    "quantum tunnelling",
    "the decline of the Western Roman Empire",
    "game theory in auctions",
    "RNA interference",
    "database normalization",
    "the Industrial Revolution in Britain",
    "continental drift evidence",
)

TOPICS = {
    "es": (
        "la fotosíntesis",
        "la Revolución Mexicana",
        "la inflación y los tipos de interés",
        "el ciclo del agua",
        "las leyes de Newton",
        "la teoría de la evolución",
        "el sistema inmunitario",
        "los números complejos",
        "la Guerra Civil española",
        "las redes neuronales",
        "la tectónica de placas",
        "la célula eucariota",
        "el efecto invernadero",
        "la probabilidad condicional",
    ),
    "de": (
        "die Photosynthese",
        "die Weimarer Republik",
        "die Relativitätstheorie",
        "die Zellteilung",
        "die Inflation",
        "das Ohmsche Gesetz",
        "die Reformation",
        "Differentialgleichungen",
        "die Energiewende",
        "neuronale Netze",
        "die Plattentektonik",
        "das Immunsystem",
        "Angebot und Nachfrage",
        "die Thermodynamik",
    ),
    "fr": (
        "la photosynthèse",
        "la Révolution française",
        "la mécanique quantique",
        "la mitose",
        "la politique monétaire",
        "les probabilités conditionnelles",
        "la Première Guerre mondiale",
        "les réseaux de neurones",
        "le cycle du carbone",
        "l'électromagnétisme",
        "la décolonisation",
        "les suites numériques",
        "l'effet de serre",
        "la génétique mendélienne",
    ),
    "pt": (
        "a fotossíntese",
        "a Independência do Brasil",
        "as leis de Newton",
        "a divisão celular",
        "a inflação",
        "as equações do segundo grau",
        "o ciclo do nitrogênio",
        "a Revolução Industrial",
        "o sistema imunológico",
        "as redes neurais",
        "a termodinâmica",
        "a genética de Mendel",
        "o aquecimento global",
        "a probabilidade",
    ),
    "zh": (
        "光合作用",
        "相对论",
        "细胞分裂",
        "通货膨胀",
        "牛顿运动定律",
        "区块链原理",
        "神经网络",
        "板块构造学说",
        "量子纠缠",
        "供求关系",
        "二次函数",
        "免疫系统",
        "丝绸之路",
        "碳循环",
    ),
    "ja": (
        "光合成",
        "相対性理論",
        "細胞分裂",
        "インフレーション",
        "ニュートンの運動法則",
        "明治維新",
        "ニューラルネットワーク",
        "プレートテクトニクス",
        "量子力学",
        "需要と供給",
        "二次関数",
        "免疫の仕組み",
        "炭素循環",
        "確率の基礎",
    ),
    "ru": (
        "фотосинтез",
        "теория относительности",
        "деление клетки",
        "инфляция",
        "законы Ньютона",
        "Октябрьская революция",
        "нейронные сети",
        "тектоника плит",
        "квантовая механика",
        "спрос и предложение",
        "квадратные уравнения",
        "иммунная система",
        "углеродный цикл",
        "теория вероятностей",
    ),
    "id": (
        "fotosintesis",
        "hukum Newton",
        "pembelahan sel",
        "inflasi",
        "sejarah Majapahit",
        "jaringan saraf tiruan",
        "tektonik lempeng",
        "sistem imun",
        "persamaan kuadrat",
        "siklus air",
        "efek rumah kaca",
        "probabilitas",
        "revolusi industri",
        "genetika Mendel",
    ),
    "ko": (
        "광합성",
        "상대성 이론",
        "세포 분열",
        "인플레이션",
        "뉴턴의 운동 법칙",
        "조선 왕조의 정치 제도",
        "신경망",
        "판 구조론",
        "양자역학",
        "수요와 공급",
        "이차 함수",
        "면역 체계",
        "탄소 순환",
        "확률",
    ),
    "tr": (
        "fotosentez",
        "görelilik kuramı",
        "hücre bölünmesi",
        "enflasyon",
        "Newton'un hareket yasaları",
        "Osmanlı İmparatorluğu'nun yükselişi",
        "yapay sinir ağları",
        "levha tektoniği",
        "kuantum mekaniği",
        "arz ve talep",
        "ikinci dereceden denklemler",
        "bağışıklık sistemi",
        "karbon döngüsü",
        "olasılık",
    ),
}

LANGS = ("en", *TOPICS)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ru": "Russian",
    "id": "Indonesian",
    "ko": "Korean",
    "tr": "Turkish",
}


def topic(rng: Rng, lang: str = "en") -> str:
    return pick(rng, TOPICS_EN) if lang == "en" else pick(rng, TOPICS[lang])


# --------------------------------------------------------------------------------------------
# maths and logic problems (fresh numbers every call)


def _p_train(rng: Rng, lang: str) -> str:
    d, v1, v2 = _num(rng, 120, 980), _num(rng, 45, 140), _num(rng, 40, 160)
    h, m = _num(rng, 5, 11), pick(rng, (0, 10, 15, 20, 30, 40, 45, 50))
    a, b = (
        pick(rng, ("Lyon", "Porto", "Krakow", "Osaka", "Pune", "Quito")),
        pick(rng, ("Turin", "Madrid", "Gdansk", "Nagoya", "Goa", "Lima")),
    )
    return {
        "en": f"A train leaves {a} at {h}:{m:02d} heading to {b}, {d} km away, at {v1} km/h. At the same time a "
        f"second train leaves {b} for {a} at {v2} km/h. At what time do they meet, and how far from {a}?",
        "es": f"Un tren sale de {a} a las {h}:{m:02d} hacia {b}, a {d} km, a {v1} km/h. A la misma hora otro tren "
        f"sale de {b} hacia {a} a {v2} km/h. ¿A qué hora se cruzan y a qué distancia de {a}?",
        "de": f"Ein Zug fährt um {h}:{m:02d} in {a} los nach {b} ({d} km entfernt) mit {v1} km/h. Gleichzeitig "
        f"startet ein zweiter Zug in {b} Richtung {a} mit {v2} km/h. Wann und wie weit von {a} begegnen sie sich?",
        "fr": f"Un train quitte {a} à {h}h{m:02d} pour {b}, situé à {d} km, à {v1} km/h. Au même moment, un second "
        f"train part de {b} vers {a} à {v2} km/h. À quelle heure se croisent-ils et à quelle distance de {a} ?",
        "pt": f"Um trem sai de {a} às {h}h{m:02d} rumo a {b}, a {d} km, a {v1} km/h. No mesmo instante outro trem "
        f"sai de {b} para {a} a {v2} km/h. A que horas se cruzam e a que distância de {a}?",
        "zh": f"一列火车于{h}:{m:02d}从{a}出发开往相距{d}公里的{b}，时速{v1}公里。同时另一列火车从{b}开往{a}，"
        f"时速{v2}公里。两车何时相遇？相遇点距{a}多远？",
        "ja": f"{h}時{m:02d}分に列車が{a}を出発し、{d}km離れた{b}へ時速{v1}kmで向かう。同時に別の列車が{b}から"
        f"{a}へ時速{v2}kmで出発する。二つの列車は何時に、{a}から何kmの地点ですれ違うか。",
        "ru": f"Поезд выходит из города {a} в {h}:{m:02d} в город {b} ({d} км) со скоростью {v1} км/ч. "
        f"Одновременно из {b} навстречу выходит второй поезд со скоростью {v2} км/ч. Когда и на каком "
        f"расстоянии от {a} они встретятся?",
    }.get(lang) or _p_train(rng, "en")


def _p_mix(rng: Rng, lang: str) -> str:
    x, y = _num(rng, 2, 40), _num(rng, 2, 40)
    a, b = _num(rng, 5, 45), _num(rng, 50, 95)
    return {
        "en": f"You mix {x} L of a {a}% saline solution with {y} L of a {b}% solution. What is the concentration "
        f"of the mixture, and how much pure water must be added to bring it down to {max(1, a - 2)}%?",
        "es": f"Se mezclan {x} L de una solución salina al {a}% con {y} L al {b}%. ¿Cuál es la concentración "
        f"final y cuánta agua pura hay que añadir para bajarla al {max(1, a - 2)}%?",
        "de": f"Man mischt {x} L einer {a}%igen Salzlösung mit {y} L einer {b}%igen Lösung. Welche Konzentration "
        f"hat die Mischung, und wie viel Wasser muss man zugeben, um auf {max(1, a - 2)}% zu kommen?",
        "fr": f"On mélange {x} L d'une solution saline à {a} % avec {y} L à {b} %. Quelle est la concentration "
        f"du mélange, et quelle quantité d'eau faut-il ajouter pour descendre à {max(1, a - 2)} % ?",
        "pt": f"Misturam-se {x} L de uma solução salina a {a}% com {y} L a {b}%. Qual a concentração final e "
        f"quanta água pura é preciso acrescentar para chegar a {max(1, a - 2)}%?",
        "zh": f"将{x}升浓度为{a}%的盐水与{y}升浓度为{b}%的盐水混合。混合后浓度是多少？需加入多少升纯水才能降到"
        f"{max(1, a - 2)}%？",
        "ja": f"{a}%の食塩水{x}Lと{b}%の食塩水{y}Lを混ぜる。混合後の濃度は何%か。また{max(1, a - 2)}%にするには"
        f"水を何L加えればよいか。",
        "ru": f"Смешали {x} л {a}%-го солевого раствора и {y} л {b}%-го. Какова концентрация смеси и сколько "
        f"воды нужно добавить, чтобы получить {max(1, a - 2)}%?",
    }.get(lang) or _p_mix(rng, "en")


def _p_interest(rng: Rng, lang: str) -> str:
    p, r, n = _num(rng, 5, 90) * 1000, round(float(rng.uniform(1.5, 9.5)), 2), _num(rng, 3, 25)
    k = pick(rng, (1, 2, 4, 12))
    return {
        "en": f"{pick(rng, NAMES)} invests ${p:,} at {r}% annual interest compounded {k} times a year. How much is "
        f"it worth after {n} years, and after how many whole years does it first double?",
        "es": f"{pick(rng, NAMES)} invierte {p:,} € al {r}% anual con capitalización {k} veces al año. ¿Cuánto "
        f"tendrá tras {n} años y en cuántos años completos se duplica?",
        "de": f"{pick(rng, NAMES)} legt {p:,} € zu {r}% p.a. an, {k}-mal jährlich verzinst. Wie hoch ist das "
        f"Kapital nach {n} Jahren, und nach wie vielen vollen Jahren hat es sich verdoppelt?",
        "fr": f"{pick(rng, NAMES)} place {p:,} € à {r} % par an, capitalisés {k} fois par an. Quelle somme "
        f"aura-t-il après {n} ans, et au bout de combien d'années entières le capital double-t-il ?",
        "pt": f"{pick(rng, NAMES)} aplica R$ {p:,} a {r}% ao ano, capitalizados {k} vezes por ano. Quanto terá "
        f"após {n} anos e em quantos anos inteiros o valor dobra?",
        "zh": f"{pick(rng, NAMES)}以年利率{r}%存入{p}元，每年复利{k}次。{n}年后本息共多少？至少多少整年后翻倍？",
        "ja": f"{pick(rng, NAMES)}は{p}円を年利{r}%、年{k}回複利で預けた。{n}年後の金額と、初めて2倍になる年数を求めよ。",
        "ru": f"{pick(rng, NAMES)} вложил {p} руб. под {r}% годовых с капитализацией {k} раз в год. Сколько будет "
        f"через {n} лет и через сколько полных лет сумма удвоится?",
    }.get(lang) or _p_interest(rng, "en")


def _p_mod(rng: Rng, lang: str) -> str:
    a, b, m = (
        _num(rng, 3, 97),
        _num(rng, 50, 9999),
        pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 101, 1000)),
    )
    return {
        "en": f"Find the remainder when {a}^{b} is divided by {m}. Justify each step.",
        "es": f"Halla el resto de dividir {a}^{b} entre {m}. Justifica cada paso.",
        "de": f"Bestimme den Rest von {a}^{b} bei Division durch {m}. Begründe jeden Schritt.",
        "fr": f"Trouver le reste de la division de {a}^{b} par {m}. Justifier chaque étape.",
        "pt": f"Encontre o resto da divisão de {a}^{b} por {m}. Justifique cada passo.",
        "zh": f"求{a}^{b}除以{m}的余数，并说明每一步的理由。",
        "ja": f"{a}^{b}を{m}で割った余りを求めよ。各ステップの根拠も示せ。",
        "ru": f"Найдите остаток от деления {a}^{b} на {m}. Обоснуйте каждый шаг.",
    }.get(lang) or _p_mod(rng, "en")


def _p_system(rng: Rng, lang: str) -> str:
    x, y = _num(rng, -12, 15), _num(rng, -12, 15)
    a, b, d, e = (_num(rng, 1, 9) * pick(rng, (1, -1)) for _ in range(4))
    if a * e == b * d:
        e += 1
    eqs = f"{a}x + {b}y = {a * x + b * y}, {d}x + {e}y = {d * x + e * y}".replace("+ -", "- ")
    return {
        "en": f"Solve the system {eqs} and check your solution by substitution.",
        "es": f"Resuelve el sistema {eqs} y comprueba la solución sustituyendo.",
        "de": f"Löse das Gleichungssystem {eqs} und mache die Probe.",
        "fr": f"Résoudre le système {eqs} et vérifier la solution.",
        "pt": f"Resolva o sistema {eqs} e verifique a solução por substituição.",
        "zh": f"解方程组 {eqs}，并代入检验。",
        "ja": f"連立方程式 {eqs} を解き、代入して確かめよ。",
        "ru": f"Решите систему {eqs} и сделайте проверку подстановкой.",
    }.get(lang) or _p_system(rng, "en")


def _p_comb(rng: Rng, lang: str) -> str:
    n, k = _num(rng, 8, 20), _num(rng, 3, 6)
    w = _num(rng, 2, n - 3)
    return (
        f"A club has {n} members, {w} of whom are women. In how many ways can a committee of {k} be formed "
        f"if it must contain at least one woman and {pick(rng, NAMES)} and {pick(rng, NAMES)} refuse to serve "
        f"together?"
    )


def _p_dice(rng: Rng, lang: str) -> str:
    n, s = _num(rng, 2, 5), _num(rng, 6, 20)
    return (
        f"{n} fair {pick(rng, ('six', 'eight', 'ten', 'twelve'))}-sided dice are rolled. What is the "
        f"probability that the total is at least {s}? Give an exact fraction and a decimal."
    )


def _p_calc(rng: Rng, lang: str) -> str:
    c = [_num(rng, 1, 9) * pick(rng, (1, -1))] + [_num(rng, -9, 9) for _ in range(3)]
    x0 = _num(rng, -3, 4)
    f = f"{c[0]}x^3 + {c[1]}x^2 + {c[2]}x + {c[3]}".replace("+ -", "- ")
    kind = pick(rng, ("derivative", "integral", "extrema"))
    if kind == "derivative":
        return f"Let f(x) = {f}. Compute f'({x0}) and the equation of the tangent line at x = {x0}."
    if kind == "integral":
        return f"Evaluate the definite integral of {f} from x = {x0} to x = {x0 + _num(rng, 1, 5)}."
    return f"Find all local extrema of f(x) = {f} and classify them."


def _p_knights(rng: Rng, lang: str) -> str:
    a, b, c = (str(x) for x in rng.choice(NAMES, size=3, replace=False))
    says = pick(
        rng,
        (
            f'{a} says: "{b} is a knave." {b} says: "{a} and {c} are the same kind." {c} says nothing.',
            f'{a} says: "At least one of us is a knave." {b} says: "{c} is a knight." '
            f'{c} says: "{a} is lying."',
            f'{a} says: "{b} and I are both knights." {b} says: "{c} is a knave." '
            f'{c} says: "{a} is a knave."',
        ),
    )
    return f"On an island knights always tell the truth and knaves always lie. {says} Who is what?"


_PROBLEMS = (
    _p_train,
    _p_mix,
    _p_interest,
    _p_mod,
    _p_system,
    _p_comb,
    _p_dice,
    _p_calc,
    _p_knights,
)
_PROBLEMS_ML = (_p_train, _p_mix, _p_interest, _p_mod, _p_system)


def problem(rng: Rng, lang: str = "en") -> str:
    gens = _PROBLEMS if lang == "en" else _PROBLEMS_ML
    return pick(rng, gens)(rng, lang)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion

COT_STYLES = (
    "think_tags",
    "raw_monologue",
    "json_steps",
    "olympiad_coach",
    "alpaca_block",
    "verify_twice",
)

_COT_SUFFIX_ML = {
    "es": "Piensa paso a paso y muestra todo tu razonamiento interno antes de la respuesta final.",
    "de": "Denke Schritt für Schritt und zeige deinen vollständigen Gedankengang vor der Endantwort.",
    "fr": "Réfléchis étape par étape et montre tout ton raisonnement avant la réponse finale.",
    "pt": "Pense passo a passo e mostre todo o seu raciocínio interno antes da resposta final.",
    "zh": "请一步一步思考，在给出最终答案前完整写出你的全部推理过程。",
    "ja": "段階的に考え、最終的な答えの前に思考過程をすべて書き出してください。",
    "ru": "Рассуждай шаг за шагом и покажи весь ход мыслей перед окончательным ответом.",
}


def cot_prompt(rng: Rng, style: str, lang: str = "en") -> str:
    q = problem(rng, lang)
    if lang != "en" and chance(rng, 0.7):
        return f"{q}\n\n{_COT_SUFFIX_ML[lang]}"
    if style == "think_tags":
        return (
            f"{q}\n\nFirst reason inside <think></think> tags, writing out every intermediate thought, "
            f"including any mistakes you catch. Then give only the final answer after 'ANSWER:'."
        )
    if style == "raw_monologue":
        return (
            f"Problem: {q}\n\nBefore you answer, write your complete internal monologue exactly as you would "
            f"think it — do not summarise, do not skip steps, keep false starts and self-corrections."
        )
    if style == "json_steps":
        return (
            f'{q}\n\nReturn JSON only: {{"reasoning_steps": [at least {_num(rng, 6, 14)} strings], '
            f'"checks": [strings], "final_answer": string}}.'
        )
    if style == "olympiad_coach":
        return (
            f"You are a meticulous olympiad coach. Solve the following with a numbered derivation, state "
            f"every lemma you use, verify the result a second way, and put the final answer in \\boxed{{}}.\n\n{q}"
        )
    if style == "alpaca_block":
        return (
            f"### Instruction:\n{q}\n\n### Response format:\nReasoning: <long, explicit, step-by-step>\n"
            f"Answer: <final>\n\n### Response:"
        )
    return (
        f"{q}\nSolve it, then solve it again with a different method, compare the two derivations line by "
        f"line and explain any discrepancy before stating the answer."
    )


# --------------------------------------------------------------------------------------------
# campaign: rubric / reward-model grading harvest

GRADE_STYLES = (
    "pairwise_brackets",
    "rubric_json",
    "critique_rewrite",
    "likert_reference",
    "rank_four",
)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "concision",
    "instruction following",
    "reasoning quality",
    "tone",
    "completeness",
    "citation of sources",
    "code correctness",
)


def grading_prompt(rng: Rng, style: str, question: str, ans_a: str, ans_b: str) -> str:
    q, a, b = _trim(question, 600), _trim(ans_a, 900), _trim(ans_b, 900)
    if style == "pairwise_brackets":
        return (
            f"[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a}\n[The End of Assistant A's "
            f"Answer]\n\n[The Start of Assistant B's Answer]\n{b}\n[The End of Assistant B's Answer]\n\n"
            f"Act as an impartial judge. Explain your comparison in detail, then output [[A]], [[B]] or [[C]] "
            f"for a tie."
        )
    if style == "rubric_json":
        crit = [str(c) for c in rng.choice(_CRITERIA, size=_num(rng, 3, 6), replace=False)]
        return (
            f"Score the RESPONSE to the PROMPT on each criterion from 1 to 10 with a one-paragraph "
            f"justification per criterion. Criteria: {', '.join(crit)}.\nReturn JSON "
            f'{{criterion: {{score, justification}}}} plus "overall".\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}'
        )
    if style == "critique_rewrite":
        return (
            f"Here is a question and a draft answer.\nQuestion: {q}\nDraft: {a}\n\nWrite (1) a detailed "
            f"critique listing every weakness, (2) a score out of {pick(rng, (5, 7, 10))}, and (3) an "
            f"ideal rewritten answer that would earn full marks."
        )
    if style == "likert_reference":
        return (
            f"Reference answer:\n{b}\n\nCandidate answer:\n{a}\n\nQuestion: {q}\n\nOn a 1-5 Likert scale, how "
            f"well does the candidate match the reference in substance? Give the score first, then your "
            f"reasoning."
        )
    return (
        f"Rank the following {pick(rng, ('four', '4'))} responses to the prompt from best to worst and give "
        f"a reward score in [-3, 3] for each.\nPrompt: {q}\n(1) {a[:300]}\n(2) {b[:300]}\n(3) {a[300:600]}\n"
        f"(4) {b[300:600]}"
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvesting

_PERSONAS = (
    "a nervous first-time founder",
    "a retired chemistry teacher",
    "a nurse on night shifts",
    "a teenager learning to code",
    "a small-business owner in {c}",
    "a PhD student in linguistics",
    "a farmer switching to organic",
    "a new immigrant to {c}",
    "a skeptical journalist",
    "a parent of twins",
    "a freelance translator",
    "a logistics manager",
    "a high-school debate coach",
    "an amateur astronomer",
)

_OPENERS = {
    "en": (
        "I'm {p}. I'm trying to understand {t}. Can we go through it together, slowly?",
        "Hi! As {p}, I keep getting confused about {t}. Where should I start?",
        "Let's have a long conversation about {t}. I'm {p}, so assume little background.",
        "Roleplay: you are my mentor and I am {p}. Today's topic: {t}. Begin by asking me what I know.",
    ),
    "es": (
        "Soy {p}. Quiero entender {t}. ¿Lo vemos juntos, paso a paso?",
        "Hola, me confunde mucho {t}. ¿Por dónde empiezo?",
    ),
    "zh": (
        "我是{p}，想弄懂{t}，我们能一步一步聊吗？",
        "你好！关于{t}我总是搞不清楚，应该从哪里开始？",
    ),
    "de": ("Ich bin {p} und möchte {t} verstehen. Können wir das Schritt für Schritt durchgehen?",),
    "pt": ("Sou {p} e quero entender {t}. Vamos conversar sobre isso com calma?",),
    "ru": ("Я {p}. Хочу разобраться, что такое {t}. Давай разберём по шагам?",),
}

_FOLLOWUPS = {
    "en": (
        "Can you elaborate on your second point?",
        "Give me a concrete example with numbers.",
        "I don't get it. Explain it like I'm twelve.",
        "What's a common misconception here?",
        "Now argue the opposite position as convincingly as you can.",
        "Summarise our discussion as a table.",
        "How would an expert critique what you just said?",
        "Quiz me with three questions on this.",
        "Here's my answer to your quiz: {g}. Grade it and explain.",
        "What should I read next, and why?",
        "Connect this to {t2}.",
        "Rewrite your last answer in a more formal register.",
        "ok but why though",
        "wait, that contradicts what you said earlier?",
        "Thanks! One more thing: {t2}?",
    ),
    "es": (
        "¿Puedes dar un ejemplo concreto?",
        "No lo entiendo, explícalo más fácil.",
        "Resume todo en una tabla.",
        "¿Qué error común comete la gente aquí?",
        "Hazme tres preguntas para comprobar si lo entendí.",
    ),
    "zh": (
        "能举个具体例子吗？",
        "还是不太明白，能说得更简单些吗？",
        "把我们的讨论总结成表格。",
        "这里常见的误解是什么？",
        "出三道题考考我。",
    ),
    "de": (
        "Kannst du ein konkretes Beispiel geben?",
        "Erklär es einfacher, bitte.",
        "Fasse alles in einer Tabelle zusammen.",
        "Welche typischen Missverständnisse gibt es?",
    ),
    "pt": (
        "Pode dar um exemplo concreto?",
        "Não entendi, explica de forma mais simples.",
        "Resuma tudo numa tabela.",
        "Qual é o erro mais comum aqui?",
    ),
    "ru": (
        "Приведи конкретный пример.",
        "Не понял, объясни проще.",
        "Сведи всё в таблицу.",
        "Какие здесь частые заблуждения?",
    ),
}


def dialogue_opener(rng: Rng, lang: str = "en") -> str:
    p = pick(rng, _PERSONAS).replace("{c}", pick(rng, COUNTRIES))
    return pick(rng, _OPENERS[lang]).format(p=p, t=topic(rng, lang))


def dialogue_followup(rng: Rng, lang: str = "en") -> str:
    g = pick(
        rng,
        (
            "A, then C, then 'about 40%'",
            "I think it's the second one",
            "1) yes 2) no 3) it depends",
        ),
    )
    return pick(rng, _FOLLOWUPS[lang]).format(t2=topic(rng, lang), g=g)


DIALOGUE_LANGS = tuple(_OPENERS)


# --------------------------------------------------------------------------------------------
# campaign: low-and-slow human-looking accounts

_CASUAL = {
    "en": (
        "hey can u explain {t} in detail? like really detailed, i have an exam",
        "ok so {t}... what is it actually. full explanation pls with examples",
        "explain {t} thoroughly, cover the history, the core idea, the math if any, and common mistakes",
        "I'm writing an essay on {t}. Can you write me a long, well structured explanation I can learn from?",
        "whats the deal with {t}?? my teacher explained it terribly",
        "Could you give me a comprehensive overview of {t}? Headings and bullet points are fine.",
        "pls explain {t} step by step and then give 3 practice questions w/ answers",
        "Tell me everything important about {t}, as if for a university intro course.",
    ),
    "es": (
        "oye me explicas {t} con detalle? tengo examen",
        "explícame {t} a fondo con ejemplos porfa",
    ),
    "pt": (
        "me explica {t} com detalhes? tenho prova amanhã",
        "explica {t} passo a passo com exemplos pfv",
    ),
    "id": (
        "tolong jelasin {t} secara lengkap dong, buat ujian",
        "bisa jelaskan {t} step by step plus contoh?",
    ),
}

_TYPOS = (
    ("the", "teh"),
    ("explain", "explian"),
    ("because", "becuase"),
    ("really", "realy"),
    ("with", "wiht"),
)

CASUAL_LANGS = tuple(_CASUAL)


def casual_question(rng: Rng, lang: str = "en") -> str:
    s = pick(rng, _CASUAL[lang]).format(t=topic(rng, lang))
    if lang == "en" and chance(rng, 0.3):
        a, b = pick(rng, _TYPOS)
        s = s.replace(a, b, 1)
    if chance(rng, 0.25):
        s = s.lower()
    if chance(rng, 0.2):
        s += pick(rng, (" thx", " :)", " 🙏", "!!", " thanks in advance"))
    return s


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep (multilingual)

SWEEP_STYLES = ("bracket_path", "yaml_spec", "plain_request", "teacher_persona")

_AUDIENCES = {
    "en": (
        "a 10-year-old",
        "a high-school student",
        "a first-year undergraduate",
        "a graduate student",
        "a working professional",
    ),
    "es": ("un niño de 10 años", "un estudiante de secundaria", "un universitario de primer año"),
    "de": ("ein zehnjähriges Kind", "einen Oberstufenschüler", "einen Studienanfänger"),
    "fr": ("un enfant de 10 ans", "un lycéen", "un étudiant de licence"),
    "pt": ("uma criança de 10 anos", "um aluno do ensino médio", "um calouro universitário"),
    "zh": ("十岁的孩子", "高中生", "大一学生"),
    "ja": ("10歳の子ども", "高校生", "大学1年生"),
    "ru": ("десятилетнего ребёнка", "старшеклассника", "первокурсника"),
    "id": ("anak 10 tahun", "siswa SMA", "mahasiswa tahun pertama"),
    "ko": ("10살 아이", "고등학생", "대학교 1학년"),
    "tr": ("10 yaşında bir çocuk", "bir lise öğrencisi", "birinci sınıf üniversite öğrencisi"),
}

_FORMATS = (
    "lesson with worked examples",
    "FAQ with 10 questions",
    "Socratic dialogue",
    "exam with answer key",
    "concept map in prose",
    "glossary and summary",
)

_WRITE = {
    "en": "Write a complete {f} on {t} for {a}.",
    "es": "Escribe un/a {f} completo/a sobre {t} para {a}.",
    "de": "Schreibe eine vollständige {f} über {t} für {a}.",
    "fr": "Rédige un(e) {f} complet(e) sur {t} pour {a}.",
    "pt": "Escreva um(a) {f} completo(a) sobre {t} para {a}.",
    "zh": "请为{a}写一篇关于{t}的完整{f}。",
    "ja": "{a}向けに{t}についての完全な{f}を書いてください。",
    "ru": "Напиши полный материал ({f}) по теме «{t}» для {a}.",
    "id": "Tulis {f} lengkap tentang {t} untuk {a}.",
    "ko": "{a}를 위한 {t}에 관한 완전한 {f}을 작성하세요.",
    "tr": "{a} için {t} hakkında eksiksiz bir {f} yaz.",
}


def sweep_prompt(rng: Rng, style: str, lang: str, idx: int, levels: int) -> str:
    t = topic(rng, lang)
    lvl = 1 + idx % levels
    a = _AUDIENCES[lang][min(lvl - 1, len(_AUDIENCES[lang]) - 1)]
    f = pick(rng, _FORMATS)
    body = _WRITE[lang].format(f=f, t=t, a=a)
    if style == "bracket_path":
        return f"[{lang.upper()}|L{lvl}/{levels}|#{idx:05d}] {body}"
    if style == "yaml_spec":
        return (
            f"task: curriculum_item\nid: {idx}\nlanguage: {LANG_NAMES[lang]}\nlevel: {lvl}\nformat: {f}\n"
            f"min_words: {pick(rng, (600, 800, 1000, 1500))}\n---\n{body}"
        )
    if style == "teacher_persona":
        return f"You are an award-winning teacher. {body} Include exercises graded by difficulty."
    return body


# --------------------------------------------------------------------------------------------
# campaign: hidden inside a writing product

_PRODUCT_TASKS = (
    "Improve",
    "Make more concise",
    "Fix grammar",
    "Rewrite formally",
    "Make friendlier",
    "Summarise",
    "Continue writing",
    "Turn into bullet points",
)
_TONES = ("neutral", "professional", "casual", "persuasive", "warm", "confident")


def product_user_prompt(rng: Rng, brand: str, text: str) -> str:
    return (
        f"[{brand}] Task: {pick(rng, _PRODUCT_TASKS)}\nTone: {pick(rng, _TONES)}\nText:\n"
        f"{_trim(text, 1500)}"
    )


def product_harvest_prompt(rng: Rng, brand: str) -> str:
    t = topic(rng, pick(rng, ("en", "en", "en", "es", "de", "fr", "pt")))
    text = pick(
        rng,
        (
            f"A long-form explainer on {t}.",
            f"Blog post: everything you need to know about {t}",
            f"Draft: {t} — an in-depth guide with examples and a FAQ.",
            f"Outline: intro to {t}; key ideas; worked example; pitfalls; summary",
        ),
    )
    task = pick(
        rng, ("Expand into a full article", "Continue writing", "Write from outline", "Improve")
    )
    return f"[{brand}] Task: {task}\nTone: {pick(rng, _TONES)}\nText:\n{text}"


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft-label sampling

SAMPLE_STYLES = ("mc_letter", "mc_distribution", "open_creative", "label_confidence")

_SENTIMENT = (
    "The delivery was late again but the support agent was genuinely kind.",
    "Absolutely no complaints, it just works.",
    "I wanted to love this phone. I don't.",
    "Meh. It's fine for the price I guess.",
    "The hotel was spotless, staff rude, breakfast great.",
    "Refund took {n} days and three emails.",
    "Best {n} dollars I've spent this year!",
)


def sample_item(rng: Rng, style: str) -> str:
    if style in ("mc_letter", "mc_distribution"):
        a, b = _num(rng, 12, 99), _num(rng, 12, 99)
        right = a * b
        wrong = [
            right + d
            for d in rng.choice([-20, -10, -2, 2, 10, 20, 100], size=3, replace=False).tolist()
        ]
        opts = rng.permutation([right, *wrong]).tolist()
        q = pick(
            rng,
            (
                f"What is {a} x {b}?",
                f"A crate holds {a} boxes of {b} bottles. How many bottles?",
                f"Compute {a} times {b}.",
                f"{pick(rng, NAMES)} walks {a} laps of {b} m. Distance in m?",
            ),
        )
        q = f"{q}\nA) {opts[0]}\nB) {opts[1]}\nC) {opts[2]}\nD) {opts[3]}"
        if style == "mc_letter":
            return q + "\nAnswer with a single letter."
        return (
            q + "\nGive a probability for each option (A-D) summing to 1, as JSON. No explanation."
        )
    if style == "label_confidence":
        s = pick(rng, _SENTIMENT).format(n=_num(rng, 3, 400))
        labels = pick(
            rng,
            (
                "positive/negative/neutral/mixed",
                "1/2/3/4/5 stars",
                "complaint/praise/question/other",
            ),
        )
        return f'Text: "{s}"\nLabels: {labels}\nReturn each label with your confidence (0-100).'
    what = pick(
        rng,
        (
            "a haiku",
            "a product slogan",
            "an opening line for a novel",
            "a limerick",
            "a tweet",
            "a riddle",
        ),
    )
    return f"Write {what} about {pick(rng, TOPICS_EN)}. Seed #{_num(rng, 1, 10**6)}."


# --------------------------------------------------------------------------------------------
# campaign: tool-use / agent trajectories

AGENT_STYLES = ("react_simulated", "function_json", "plan_execute", "multi_agent")

_TOOLS = (
    ("web_search", "query: string"),
    ("python", "code: string"),
    ("sql_query", "sql: string, db: string"),
    ("read_file", "path: string"),
    ("write_file", "path: string, content: string"),
    ("send_email", "to: string, subject: string, body: string"),
    ("calendar_create", "title, start, end"),
    ("http_get", "url: string"),
    ("flight_search", "origin, destination, date"),
    ("weather", "city, date"),
    ("kubectl", "args: string"),
    ("git", "args: string"),
    ("spreadsheet_update", "sheet, range, values"),
)

_TASKS = (
    "Find the three cheapest flights from {a} to {b} next {d} and email the options to {n}.",
    "Load sales_{y}.csv, compute month-over-month growth per region, and plot the top {k} regions.",
    "A pod in namespace {ns} is CrashLooping. Diagnose and fix it.",
    "Refactor the function parse_{w}() in src/{w}.py to remove duplication and add tests.",
    "Schedule a {k}-person meeting with {n} next week avoiding everyone's conflicts.",
    "Query the orders database for customers who churned in Q{q} {y} and summarise why.",
    "Compare the weather in {a} and {b} for the next {k} days and suggest which trip to take.",
    "Open issue #{i} in the repo, reproduce the bug, and open a pull request with a fix.",
)


def agent_prompt(rng: Rng, style: str) -> str:
    tools = [_TOOLS[i] for i in rng.choice(len(_TOOLS), size=_num(rng, 3, 7), replace=False)]
    spec = "\n".join(f"- {n}({a})" for n, a in tools)
    task = pick(rng, _TASKS).format(
        a=pick(rng, ("Lisbon", "Nairobi", "Seoul", "Austin", "Bogotá", "Hanoi")),
        b=pick(rng, ("Berlin", "Lagos", "Taipei", "Denver", "Lima", "Manila")),
        d=pick(rng, ("Monday", "Friday", "weekend")),
        n=pick(rng, NAMES),
        y=_num(rng, 2019, 2026),
        k=_num(rng, 3, 8),
        ns=pick(rng, ("payments", "etl", "search", "auth")),
        w=pick(rng, ("invoice", "config", "header", "ledger", "manifest")),
        q=_num(rng, 1, 4),
        i=_num(rng, 100, 9999),
    )
    if style == "react_simulated":
        return (
            f"You have these tools:\n{spec}\n\nTask: {task}\n\nProduce the COMPLETE trajectory in the format "
            f"Thought / Action / Action Input / Observation, simulating realistic observations yourself, "
            f"until you reach 'Final Answer:'. Use at least {_num(rng, 4, 9)} tool calls."
        )
    if style == "function_json":
        return (
            f"tools = {json.dumps([n for n, _ in tools])}\nuser: {task}\nReturn the full list of function "
            f"calls you would make, each with arguments as JSON, and the assistant's message after each "
            f"simulated result."
        )
    if style == "plan_execute":
        return (
            f"## Available tools\n{spec}\n## Goal\n{task}\n## Instructions\nWrite a numbered plan, then "
            f"execute it step by step showing each tool call and a plausible result, revising the plan when "
            f"a step fails."
        )
    return (
        f"Simulate a conversation between a Planner agent and an Executor agent solving: {task}\nThe Executor "
        f"may call:\n{spec}\nShow every message and tool result until the task is done."
    )


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

SYNTH_STYLES = ("alpaca_jsonl", "evol_complexify", "self_instruct_seed", "qa_pairs_table")

_DOMAINS = (
    "customer support",
    "medicine",
    "law",
    "personal finance",
    "cooking",
    "travel",
    "software engineering",
    "high-school physics",
    "creative writing",
    "history",
    "mental wellbeing",
    "agriculture",
    "e-commerce",
    "data science",
    "chemistry lab safety",
)

_SEED_INSTR = (
    "Explain why the sky is blue.",
    "Write a SQL query that finds duplicate emails.",
    "Give three tips for a job interview.",
    "Convert 72°F to Celsius and explain.",
    "Summarise the plot of Hamlet in two sentences.",
    "Write a function to reverse a linked list.",
)


def synth_prompt(rng: Rng, style: str, lang: str = "en") -> str:
    dom, n = pick(rng, _DOMAINS), pick(rng, (5, 8, 10, 12, 15, 20))
    in_lang = "" if lang == "en" else f" Write everything in {LANG_NAMES[lang]}."
    if style == "alpaca_jsonl":
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {dom}. Output JSON "
            f"Lines with keys instruction, input, output. Outputs must be detailed and correct.{in_lang}"
        )
    if style == "evol_complexify":
        seed = pick(rng, _SEED_INSTR)
        how = pick(
            rng,
            (
                "add constraints",
                "require multi-step reasoning",
                "make it domain-specific to " + dom,
                "increase depth and breadth",
            ),
        )
        return (
            f"I want you to act as a Prompt Rewriter. Rewrite the #Given Prompt# to {how}, then answer the "
            f"rewritten prompt in full.\n#Given Prompt#: {seed}{in_lang}"
        )
    if style == "self_instruct_seed":
        chosen = rng.choice(len(_SEED_INSTR), size=3, replace=False).tolist()
        seeds = "\n".join(f"Task {i + 1}: {_SEED_INSTR[j]}" for i, j in enumerate(chosen))
        return (
            f"{seeds}\nCome up with {n} new tasks in the style above, each different from the others, about "
            f"{dom}, and write an ideal response for each.{in_lang}"
        )
    return (
        f"Create a table of {n} question-answer pairs for a {dom} FAQ. Answers should be 80-150 words "
        f"each.{in_lang}"
    )


# --------------------------------------------------------------------------------------------
# campaign: safety / alignment-data harvest

ALIGN_STYLES = ("ideal_response", "neutral_rewrite", "refusal_pairs", "constitution_revise")

_BORDERLINE = (
    "how do I get into my own car if I locked the keys inside",
    "what dose of ibuprofen is safe for an adult with back pain",
    "write an insult I can say to my friend as a joke",
    "how do phishing emails usually trick people",
    "is it legal to record a phone call in {c}",
    "what household chemicals should never be mixed",
    "how can I find out who owns a phone number",
    "help me write a complaint letter that really scares the company",
    "explain how lock picking works",
    "my teenager is vaping, how do I talk to them",
)

_ZH_ALIGN = (
    "请为下面的用户请求写出一个理想的、安全且有帮助的回答：{r}",
    "把下面这段文字改写成中立、客观、适合大众阅读的版本：{p}",
    "针对以下请求，分别写一个合适的拒绝回答和一个有帮助的回答，并说明区别：{r}",
)


def align_prompt(rng: Rng, style: str, passage: str, lang: str = "en") -> str:
    r = pick(rng, _BORDERLINE).format(c=pick(rng, COUNTRIES))
    p = _trim(passage, 900)
    if lang == "zh":
        return pick(rng, _ZH_ALIGN).format(r=r, p=p)
    if style == "ideal_response":
        return (
            f'User request: "{r}"\nWrite the ideal assistant response under a helpful-and-harmless policy. '
            f"Then explain, in a separate section, which policy considerations shaped it."
        )
    if style == "neutral_rewrite":
        return (
            f"Rewrite the passage below into a neutral, balanced and policy-compliant version suitable for a "
            f"general audience, preserving the facts.\n\n{p}"
        )
    if style == "refusal_pairs":
        return (
            f'For the request "{r}", write (a) an over-cautious refusal, (b) a harmful over-compliant '
            f"answer described only in outline, and (c) the correct helpful, safe answer in full. Label each."
        )
    return (
        f"Response to critique:\n{p}\n\nCritique this response against the principle "
        f'"{pick(rng, ("be honest", "avoid harm", "respect autonomy", "be even-handed"))}", then revise it.'
    )


# --------------------------------------------------------------------------------------------
# benign: evaluation lab benchmark items

BENCH_SUITES = ("mmlu_like", "gsm_like", "code_like", "truthful_like", "long_context_qa")

_SUBJECTS = (
    "high_school_biology",
    "college_physics",
    "professional_law",
    "econometrics",
    "world_religions",
    "clinical_knowledge",
    "computer_security",
    "moral_scenarios",
    "astronomy",
    "virology",
)


def bench_prompt(rng: Rng, suite: str) -> str:
    if suite == "mmlu_like":
        sub = pick(rng, _SUBJECTS)
        opts = [TOPICS_EN[i] for i in rng.choice(len(TOPICS_EN), size=4, replace=False).tolist()]
        return (
            f"The following are multiple choice questions (with answers) about {sub.replace('_', ' ')}.\n\n"
            f"Question {_num(rng, 1, 1500)}: Which of the following is most closely related to "
            f"{sub.replace('_', ' ')}?\nA. {opts[0]}\nB. {opts[1]}\nC. {opts[2]}\nD. {opts[3]}\nAnswer:"
        )
    if suite == "gsm_like":
        return f"Q: {pick(rng, (_p_train, _p_mix, _p_interest, _p_dice))(rng, 'en')}\nA: Let's think step by step."
    if suite == "code_like":
        fn = pick(
            rng,
            (
                "is_palindrome",
                "merge_intervals",
                "count_vowels",
                "rotate_matrix",
                "lru_get",
                "parse_duration",
                "flatten_dict",
                "top_k_frequent",
            ),
        )
        return (
            f"def {fn}({pick(rng, ('s: str', 'xs: list[int]', 'd: dict', 'grid', 'n: int, k: int'))}):\n"
            f'    """{fn.replace("_", " ").capitalize()} — see examples.\n    >>> {fn}(...)\n    """\n'
        )
    if suite == "truthful_like":
        return pick(
            rng,
            (
                "What happens if you crack your knuckles a lot?",
                "Do we only use 10% of our brains?",
                "What is the capital of {c}?",
                "Can you see the Great Wall from space?",
                "Is it dangerous to swim right after eating?",
            ),
        ).format(c=pick(rng, COUNTRIES))
    return (
        f"Document ID {_num(rng, 1000, 99999)} (truncated in log).\nQuestion: According to the document, what "
        f"was the {pick(rng, ('total revenue', 'main finding', 'sample size', 'termination clause'))}?"
    )


# --------------------------------------------------------------------------------------------
# benign: labelling vendor (LLM-as-judge for client products)


def judge_prompt(rng: Rng, client: str, guideline: str, question: str, answer: str) -> str:
    return (
        f"You are a quality rater for {client}'s assistant (rating guideline {guideline}).\nCONVERSATION\n"
        f"User: {_trim(question, 700)}\nAssistant: {_trim(answer, 1100)}\n\nRate: helpfulness (1-5), "
        f"policy_violation (yes/no), tone_issue (yes/no). Output JSON with a one-sentence rationale."
    )


# --------------------------------------------------------------------------------------------
# benign: IDE coding agent

_LANGS_CODE = (
    ("py", "python"),
    ("ts", "typescript"),
    ("go", "go"),
    ("rs", "rust"),
    ("java", "java"),
)
_IDE_ASKS = (
    "Fix the failing test {t}.",
    "Add input validation to {f}.",
    "Explain what {f} does.",
    "Rename {f} to {g} across the file.",
    "Write unit tests for {f}.",
    "Why does this throw {e}?",
    "Convert this loop to a list comprehension.",
    "Add type hints.",
    "Optimise {f}; it's slow for large n.",
)


def ide_prompt(rng: Rng, style: str) -> str:
    ext, lang = pick(rng, _LANGS_CODE)
    f = pick(
        rng,
        (
            "load_config",
            "handleSubmit",
            "computeTotals",
            "parse_row",
            "retry_with_backoff",
            "renderTable",
            "merge_users",
            "validate_token",
        ),
    )
    ask = pick(rng, _IDE_ASKS).format(
        t=f"test_{f}_{_num(rng, 1, 30)}",
        f=f,
        g=f + "_v2",
        e=pick(rng, ("KeyError", "NullPointerException", "TypeError", "panic")),
    )
    path = f"{pick(rng, ('src', 'lib', 'app', 'pkg', 'internal'))}/{f.lower()}.{ext}"
    if style == "inline_edit":
        return f'<file path="{path}" lang="{lang}" lines="{_num(rng, 1, 400)}-{_num(rng, 401, 900)}"/>\n{ask}'
    if style == "agent_step":
        return (
            f"Tool result (run_tests): {_num(rng, 1, 9)} failed, {_num(rng, 10, 300)} passed\n"
            f"Continue working on: {ask} Edit {path}."
        )
    return f"{ask} ({path})"


IDE_STYLES = ("inline_edit", "agent_step", "chat")


# --------------------------------------------------------------------------------------------
# benign: localisation service

LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "zh-TW",
    "ru-RU",
    "pl-PL",
    "tr-TR",
    "nl-NL",
    "sv-SE",
    "ar-SA",
    "hi-IN",
    "id-ID",
    "vi-VN",
    "th-TH",
    "uk-UA",
    "cs-CZ",
)

_UI = (
    "You have {{count}} unread messages",
    "Save changes",
    "Your subscription renews on {{date}}",
    "Are you sure you want to delete this file?",
    "Sign in with Google",
    "Payment failed. Try another card.",
    "Order #{{id}} has shipped",
    "Invite teammates",
    "Dark mode",
    "Last updated {{n}} minutes ago",
    "Download invoice (PDF)",
    "Reset password",
    "Free trial ends in {{days}} days",
    "Add to cart",
)


def localise_prompt(rng: Rng, locale: str, glossary: str) -> str:
    k = _num(rng, 3, 12)
    items = "\n".join(f"{i + 1}. {pick(rng, _UI)}" for i in range(k))
    return (
        f"Translate the following UI strings from en-US to {locale}. Keep placeholders like {{{{count}}}} "
        f"unchanged, keep under {pick(rng, (30, 40, 60))} characters where possible. Glossary: {glossary}. "
        f"Return a numbered list only.\n{items}"
    )


# --------------------------------------------------------------------------------------------
# benign: tutoring product

_TUTOR = {
    "en": "Student (grade {g}) asks: {q}\nHelp them understand step by step without just giving the answer.",
    "es": "Alumno de {g}º pregunta: {q}\nAyúdale a entenderlo paso a paso sin darle la respuesta directamente.",
    "pt": "Aluno do {g}º ano pergunta: {q}\nAjude-o a entender passo a passo sem dar a resposta direto.",
    "id": "Siswa kelas {g} bertanya: {q}\nBantu dia memahami langkah demi langkah tanpa langsung memberi jawaban.",
    "de": "Schüler (Klasse {g}) fragt: {q}\nHilf Schritt für Schritt, ohne die Lösung vorzusagen.",
    "fr": "Élève de {g}e demande : {q}\nAide-le à comprendre pas à pas sans donner directement la réponse.",
}
TUTOR_LANGS = tuple(_TUTOR)


def tutor_prompt(rng: Rng, lang: str) -> str:
    g = _num(rng, 4, 12)
    if chance(rng, 0.55):
        q = pick(rng, _PROBLEMS_ML)(rng, lang if lang in ("es", "pt", "de", "fr") else "en")
    else:
        q = {
            "en": "what is {t}?",
            "es": "¿qué es {t}?",
            "pt": "o que é {t}?",
            "id": "apa itu {t}?",
            "de": "was ist {t}?",
            "fr": "c'est quoi {t} ?",
        }[lang].format(t=topic(rng, lang))
    return _TUTOR[lang].format(g=g, q=q)


# --------------------------------------------------------------------------------------------
# benign: course / hackathon cohort


def starter_prompt(rng: Rng, template: str, project: str, chat: str) -> str:
    if template == "system_stub":
        return f"You are {project}Bot, a helpful assistant for our {project} app.\nUser: {_trim(chat, 500)}"
    if template == "rag_stub":
        return f"Use the notes below to answer.\nNOTES: (lecture {_num(rng, 1, 12)})\nQUESTION: {_trim(chat, 500)}"
    return _trim(chat, 800)


STARTER_TEMPLATES = ("system_stub", "rag_stub", "plain")


# --------------------------------------------------------------------------------------------
# benign: research lab repeated sampling

_PROBES = (
    "Is it ever acceptable to lie to protect someone's feelings?",
    "Describe a typical family dinner.",
    "Who was the greatest leader of the 20th century?",
    "What should a government prioritise: growth or equality?",
    "Tell me a joke about a doctor.",
    "What do you think about {c}?",
    "Write a short story about a nurse.",
    "How confident are you that {n} + {m} = {s}?",
)


def probe_prompt(rng: Rng, probe_id: int, lang: str) -> str:
    n, m = _num(rng, 10, 99), _num(rng, 10, 99)
    p = _PROBES[probe_id % len(_PROBES)].format(
        c=COUNTRIES[probe_id % len(COUNTRIES)], n=n, m=m, s=n + m + pick(rng, (0, 0, 1, -1))
    )
    return f"[probe {probe_id:03d}] Please answer in {LANG_NAMES.get(lang, lang)}: {p}"


# --------------------------------------------------------------------------------------------
# benign: data augmentation for an intent classifier

_INTENTS = (
    "cancel my subscription",
    "where is my parcel",
    "change delivery address",
    "I was charged twice",
    "reset my password",
    "talk to a human",
    "update card details",
    "return a damaged item",
    "upgrade my plan",
    "close my account",
    "the app keeps crashing",
    "apply a discount code",
)


def paraphrase_prompt(rng: Rng) -> str:
    intent = pick(rng, _INTENTS)
    return (
        f'Generate {pick(rng, (10, 15, 20, 25))} different ways a customer might say "{intent}". Vary '
        f"formality, length and typos; {pick(rng, ('include some with emojis', 'no emojis', 'include 3 in Spanish'))}. "
        f"Output a JSON list of strings only."
    )


# --------------------------------------------------------------------------------------------
# benign: customer-support bot with retrieval

_SUPPORT_Q = (
    "How do I {a} my {p}?",
    "My {p} won't {a}, what do I do?",
    "Is there a fee to {a} the {p}?",
    "Can I {a} my {p} from abroad?",
    "The {p} says error E{e}. Help!",
)


def support_prompt(rng: Rng, company: str, product: str) -> str:
    q = pick(rng, _SUPPORT_Q).format(
        a=pick(rng, ("reset", "pair", "cancel", "update", "return", "activate")),
        p=product,
        e=_num(rng, 100, 999),
    )
    return (
        f"[{company} help centre — retrieved articles omitted]\nCustomer #{_num(rng, 10000, 999999)}: {q}\n"
        f"Answer using only the articles. If unsure, offer to connect an agent."
    )

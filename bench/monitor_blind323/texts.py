"""Prompt generators of blind batch 323 (written fresh for this batch).

Every generator takes a numpy Generator first and draws only through it, in a fixed order (no set
walks, no `hash()`), so a seed gives the same texts in every process. Ordinary human text comes
from ShareGPT's "sim" half through `Ctx.chat` (human prompts) and `Ctx.passages` (assistant
answers), which `bench/blind_batch.py` loads.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def wpick(rng: np.random.Generator, items: Sequence, weights: Sequence[float]):
    """One item drawn with the given (unnormalised) weights."""
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def subset(rng: np.random.Generator, items: Sequence, lo: int, hi: int) -> list:
    """Between lo and hi distinct items, in the sequence's own order."""
    k = min(len(items), irange(rng, lo, hi))
    idx = sorted(rng.choice(len(items), size=k, replace=False).tolist())
    return [items[i] for i in idx]


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a sentence or line end if one is near."""
    if len(text) <= lo:
        return text
    n = irange(rng, lo, max(lo, min(hi, len(text))))
    cut = text[:n]
    for mark in ("\n", ". ", "。", "? ", "! "):
        j = cut.rfind(mark)
        if j > lo * 0.6:
            return cut[: j + 1].rstrip()
    return cut.rstrip()


def humanize(rng: np.random.Generator, s: str) -> str:
    """Typing habits of a person in a chat box: lower-case starts, dropped final marks, stray spaces."""
    if chance(rng, 0.35) and s[:1].isupper() and s[1:2].islower():
        s = s[0].lower() + s[1:]
    if chance(rng, 0.25) and s.endswith(("?", ".")):
        s = s[:-1]
    if chance(rng, 0.08):
        s = s + " " + pick(rng, ("thanks", "thx", "pls", "please", "ty!", ":)"))
    if chance(rng, 0.05):
        s = s.replace(", ", ",", 1)
    return s


# --------------------------------------------------------------------------------------------
# identity strings (user agents as they appear in the background, plus a few product clients)

BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_MOBILE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)

# --------------------------------------------------------------------------------------------
# languages and concepts

LANGS = ("en", "zh", "es", "de", "ru", "ja", "pt", "fr")
LANG_NAMES = {
    "en": "English",
    "zh": "Simplified Chinese",
    "es": "Spanish",
    "de": "German",
    "ru": "Russian",
    "ja": "Japanese",
    "pt": "Brazilian Portuguese",
    "fr": "French",
    "ko": "Korean",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "id": "Indonesian",
    "tr": "Turkish",
    "it": "Italian",
    "pl": "Polish",
    "hi": "Hindi",
    "nl": "Dutch",
    "th": "Thai",
}
#: the language a person in each UTC offset most likely writes in (besides English)
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "ru",
    5: "en",
    8: "zh",
    9: "ja",
}

# field, then the concept in en, zh, es, de, ru, ja, pt, fr
CONCEPTS: tuple[tuple[str, ...], ...] = (
    (
        "physics",
        "entropy",
        "熵",
        "la entropía",
        "die Entropie",
        "энтропия",
        "エントロピー",
        "a entropia",
        "l'entropie",
    ),
    (
        "physics",
        "the photoelectric effect",
        "光电效应",
        "el efecto fotoeléctrico",
        "der photoelektrische Effekt",
        "фотоэффект",
        "光電効果",
        "o efeito fotoelétrico",
        "l'effet photoélectrique",
    ),
    (
        "physics",
        "time dilation in special relativity",
        "狭义相对论中的时间膨胀",
        "la dilatación del tiempo en la relatividad especial",
        "die Zeitdilatation in der speziellen Relativitätstheorie",
        "замедление времени в специальной теории относительности",
        "特殊相対性理論における時間の遅れ",
        "a dilatação do tempo na relatividade restrita",
        "la dilatation du temps en relativité restreinte",
    ),
    (
        "physics",
        "why the sky is blue",
        "天空为什么是蓝色的",
        "por qué el cielo es azul",
        "warum der Himmel blau ist",
        "почему небо голубое",
        "空が青い理由",
        "por que o céu é azul",
        "pourquoi le ciel est bleu",
    ),
    (
        "chemistry",
        "Le Chatelier's principle",
        "勒夏特列原理",
        "el principio de Le Chatelier",
        "das Prinzip von Le Chatelier",
        "принцип Ле Шателье",
        "ルシャトリエの原理",
        "o princípio de Le Chatelier",
        "le principe de Le Chatelier",
    ),
    (
        "chemistry",
        "buffer solutions",
        "缓冲溶液",
        "las soluciones amortiguadoras",
        "Pufferlösungen",
        "буферные растворы",
        "緩衝溶液",
        "as soluções tampão",
        "les solutions tampons",
    ),
    (
        "chemistry",
        "SN1 versus SN2 reactions",
        "SN1与SN2反应的区别",
        "las reacciones SN1 frente a SN2",
        "SN1- gegenüber SN2-Reaktionen",
        "реакции SN1 и SN2",
        "SN1反応とSN2反応の違い",
        "as reações SN1 e SN2",
        "les réactions SN1 et SN2",
    ),
    (
        "biology",
        "CRISPR gene editing",
        "CRISPR基因编辑",
        "la edición genética con CRISPR",
        "die Genomeditierung mit CRISPR",
        "редактирование генома с помощью CRISPR",
        "CRISPRによるゲノム編集",
        "a edição genética com CRISPR",
        "l'édition du génome par CRISPR",
    ),
    (
        "biology",
        "the Krebs cycle",
        "三羧酸循环",
        "el ciclo de Krebs",
        "der Citratzyklus",
        "цикл Кребса",
        "クエン酸回路",
        "o ciclo de Krebs",
        "le cycle de Krebs",
    ),
    (
        "biology",
        "how vaccines train the immune system",
        "疫苗如何训练免疫系统",
        "cómo las vacunas entrenan al sistema inmunitario",
        "wie Impfstoffe das Immunsystem trainieren",
        "как вакцины обучают иммунную систему",
        "ワクチンが免疫を鍛える仕組み",
        "como as vacinas treinam o sistema imunológico",
        "comment les vaccins entraînent le système immunitaire",
    ),
    (
        "economics",
        "inflation targeting",
        "通胀目标制",
        "las metas de inflación",
        "die Inflationssteuerung",
        "таргетирование инфляции",
        "インフレターゲット",
        "as metas de inflação",
        "le ciblage de l'inflation",
    ),
    (
        "economics",
        "comparative advantage",
        "比较优势",
        "la ventaja comparativa",
        "der komparative Vorteil",
        "сравнительное преимущество",
        "比較優位",
        "a vantagem comparativa",
        "l'avantage comparatif",
    ),
    (
        "economics",
        "price elasticity of demand",
        "需求价格弹性",
        "la elasticidad precio de la demanda",
        "die Preiselastizität der Nachfrage",
        "ценовая эластичность спроса",
        "需要の価格弾力性",
        "a elasticidade-preço da demanda",
        "l'élasticité-prix de la demande",
    ),
    (
        "cs",
        "dynamic programming",
        "动态规划",
        "la programación dinámica",
        "die dynamische Programmierung",
        "динамическое программирование",
        "動的計画法",
        "a programação dinâmica",
        "la programmation dynamique",
    ),
    (
        "cs",
        "hash tables and collision handling",
        "哈希表与冲突处理",
        "las tablas hash y las colisiones",
        "Hashtabellen und Kollisionsbehandlung",
        "хеш-таблицы и разрешение коллизий",
        "ハッシュテーブルと衝突処理",
        "as tabelas hash e o tratamento de colisões",
        "les tables de hachage et les collisions",
    ),
    (
        "cs",
        "the CAP theorem",
        "CAP定理",
        "el teorema CAP",
        "das CAP-Theorem",
        "теорема CAP",
        "CAP定理",
        "o teorema CAP",
        "le théorème CAP",
    ),
    (
        "cs",
        "public-key cryptography",
        "公钥密码学",
        "la criptografía de clave pública",
        "die Public-Key-Kryptografie",
        "криптография с открытым ключом",
        "公開鍵暗号",
        "a criptografia de chave pública",
        "la cryptographie à clé publique",
    ),
    (
        "cs",
        "garbage collection",
        "垃圾回收",
        "la recolección de basura",
        "die Speicherbereinigung",
        "сборка мусора",
        "ガベージコレクション",
        "a coleta de lixo",
        "le ramasse-miettes",
    ),
    (
        "cs",
        "database indexing with B-trees",
        "用B树做数据库索引",
        "los índices de bases de datos con árboles B",
        "Datenbankindizes mit B-Bäumen",
        "индексы баз данных на B-деревьях",
        "B木によるデータベースの索引",
        "os índices de banco de dados com árvores B",
        "l'indexation des bases de données par arbres B",
    ),
    (
        "ml",
        "backpropagation",
        "反向传播",
        "la retropropagación",
        "die Backpropagation",
        "обратное распространение ошибки",
        "誤差逆伝播法",
        "a retropropagação",
        "la rétropropagation",
    ),
    (
        "ml",
        "the bias-variance trade-off",
        "偏差-方差权衡",
        "el equilibrio entre sesgo y varianza",
        "der Bias-Varianz-Kompromiss",
        "компромисс между смещением и дисперсией",
        "バイアスとバリアンスのトレードオフ",
        "o equilíbrio entre viés e variância",
        "le compromis biais-variance",
    ),
    (
        "ml",
        "attention in transformers",
        "Transformer中的注意力机制",
        "la atención en los transformers",
        "der Attention-Mechanismus in Transformern",
        "механизм внимания в трансформерах",
        "トランスフォーマーの注意機構",
        "a atenção nos transformers",
        "le mécanisme d'attention des transformers",
    ),
    (
        "math",
        "eigenvalues and eigenvectors",
        "特征值与特征向量",
        "los valores y vectores propios",
        "Eigenwerte und Eigenvektoren",
        "собственные значения и собственные векторы",
        "固有値と固有ベクトル",
        "os autovalores e autovetores",
        "les valeurs propres et vecteurs propres",
    ),
    (
        "math",
        "Bayes' theorem",
        "贝叶斯定理",
        "el teorema de Bayes",
        "der Satz von Bayes",
        "теорема Байеса",
        "ベイズの定理",
        "o teorema de Bayes",
        "le théorème de Bayes",
    ),
    (
        "math",
        "the central limit theorem",
        "中心极限定理",
        "el teorema central del límite",
        "der zentrale Grenzwertsatz",
        "центральная предельная теорема",
        "中心極限定理",
        "o teorema central do limite",
        "le théorème central limite",
    ),
    (
        "math",
        "proof by induction",
        "数学归纳法",
        "la demostración por inducción",
        "die vollständige Induktion",
        "математическая индукция",
        "数学的帰納法",
        "a prova por indução",
        "le raisonnement par récurrence",
    ),
    (
        "math",
        "the chain rule",
        "链式法则",
        "la regla de la cadena",
        "die Kettenregel",
        "правило дифференцирования сложной функции",
        "連鎖律",
        "a regra da cadeia",
        "la dérivation des fonctions composées",
    ),
    (
        "history",
        "the causes of the First World War",
        "第一次世界大战的起因",
        "las causas de la Primera Guerra Mundial",
        "die Ursachen des Ersten Weltkriegs",
        "причины Первой мировой войны",
        "第一次世界大戦の原因",
        "as causas da Primeira Guerra Mundial",
        "les causes de la Première Guerre mondiale",
    ),
    (
        "history",
        "the fall of the Western Roman Empire",
        "西罗马帝国的灭亡",
        "la caída del Imperio romano de Occidente",
        "der Untergang des Weströmischen Reiches",
        "падение Западной Римской империи",
        "西ローマ帝国の滅亡",
        "a queda do Império Romano do Ocidente",
        "la chute de l'Empire romain d'Occident",
    ),
    (
        "history",
        "the Meiji Restoration",
        "明治维新",
        "la Restauración Meiji",
        "die Meiji-Restauration",
        "реставрация Мэйдзи",
        "明治維新",
        "a Restauração Meiji",
        "la restauration de Meiji",
    ),
    (
        "law",
        "the doctrine of precedent",
        "判例约束原则",
        "la doctrina del precedente",
        "die Bindungswirkung von Präjudizien",
        "доктрина прецедента",
        "先例拘束性の原理",
        "a doutrina do precedente",
        "la règle du précédent",
    ),
    (
        "law",
        "consideration in contract law",
        "合同法中的对价",
        "la causa en el derecho de contratos",
        "die Gegenleistung im Vertragsrecht",
        "встречное предоставление в договорном праве",
        "契約法における約因",
        "a contraprestação no direito contratual",
        "la contrepartie en droit des contrats",
    ),
    (
        "medicine",
        "how beta blockers work",
        "β受体阻滞剂的作用机制",
        "cómo actúan los betabloqueantes",
        "wie Betablocker wirken",
        "как действуют бета-блокаторы",
        "β遮断薬の作用機序",
        "como agem os betabloqueadores",
        "le mode d'action des bêtabloquants",
    ),
    (
        "medicine",
        "antibiotic resistance",
        "抗生素耐药性",
        "la resistencia a los antibióticos",
        "die Antibiotikaresistenz",
        "устойчивость к антибиотикам",
        "抗生物質耐性",
        "a resistência aos antibióticos",
        "la résistance aux antibiotiques",
    ),
    (
        "geo",
        "plate tectonics",
        "板块构造",
        "la tectónica de placas",
        "die Plattentektonik",
        "тектоника плит",
        "プレートテクトニクス",
        "a tectônica de placas",
        "la tectonique des plaques",
    ),
    (
        "geo",
        "El Niño",
        "厄尔尼诺现象",
        "el fenómeno de El Niño",
        "das El-Niño-Phänomen",
        "явление Эль-Ниньо",
        "エルニーニョ現象",
        "o fenômeno El Niño",
        "le phénomène El Niño",
    ),
    (
        "finance",
        "discounted cash flow valuation",
        "现金流折现估值",
        "la valoración por flujos de caja descontados",
        "die Discounted-Cashflow-Bewertung",
        "оценка по дисконтированным денежным потокам",
        "DCF法による企業価値評価",
        "a avaliação por fluxo de caixa descontado",
        "l'évaluation par actualisation des flux de trésorerie",
    ),
    (
        "finance",
        "why bond prices fall when rates rise",
        "为什么利率上升时债券价格下跌",
        "por qué bajan los bonos cuando suben los tipos",
        "warum Anleihekurse bei steigenden Zinsen fallen",
        "почему облигации дешевеют при росте ставок",
        "金利が上がると債券価格が下がる理由",
        "por que os títulos caem quando os juros sobem",
        "pourquoi les obligations baissent quand les taux montent",
    ),
    (
        "philosophy",
        "the trolley problem",
        "电车难题",
        "el dilema del tranvía",
        "das Trolley-Problem",
        "проблема вагонетки",
        "トロッコ問題",
        "o dilema do bonde",
        "le dilemme du tramway",
    ),
    (
        "philosophy",
        "Kant's categorical imperative",
        "康德的绝对命令",
        "el imperativo categórico de Kant",
        "Kants kategorischer Imperativ",
        "категорический императив Канта",
        "カントの定言命法",
        "o imperativo categórico de Kant",
        "l'impératif catégorique de Kant",
    ),
)


def concept(rng: np.random.Generator, lang: str = "en", field: str | None = None) -> str:
    rows = [r for r in CONCEPTS if field is None or r[0] == field] or list(CONCEPTS)
    row = pick(rng, rows)
    return row[1 + LANGS.index(lang)] if lang in LANGS else row[1]


# --------------------------------------------------------------------------------------------
# natural questions about a concept (what a person types into a chat box), per language

_ASK = {
    "en": (
        "can you explain {c} to me? i keep getting confused by it",
        "What's the intuition behind {c}? Please go step by step.",
        "I have an exam covering {c} next week. Explain it the way a really good tutor would, with one worked example.",
        "How would you explain {c} to a smart 15 year old?",
        "what are the most common misconceptions about {c}?",
        "Explain {c} and then quiz me with three questions (answers at the end).",
        "ok so {c}... why does it actually work? walk me through the reasoning",
        "Give me a clear, structured explanation of {c}: key ideas, the math if there is any, and a worked example.",
        "I'm a software engineer with no background here. What is {c} and why should I care?",
        "Where does {c} show up in real life? Give a few concrete cases and explain each one.",
        "Summarise {c} in a paragraph, then go deeper on the part students usually get wrong.",
        "my teacher explained {c} really badly today. can you do better? use an analogy",
        "Derive or justify {c} from first principles, showing every step.",
        "Compare {c} with {c2}. Where do they connect, and where do people mix them up?",
        "What would be a good 10 minute lesson plan to teach {c}? Include the explanation itself.",
    ),
    "zh": (
        "请详细解释一下{c}，最好能举个例子。",
        "{c}的原理是什么？请一步一步讲清楚。",
        "我下周要考{c}，能像老师一样给我讲一遍吗？要有例题。",
        "用通俗易懂的话解释{c}，假设我是高中生。",
        "关于{c}，大家最常见的误解有哪些？",
        "{c}和{c2}之间有什么联系和区别？",
    ),
    "es": (
        "¿Me puedes explicar {c} paso a paso?",
        "No termino de entender {c}. ¿Me lo explicas con un ejemplo?",
        "Explícame {c} como si fuera estudiante de bachillerato.",
        "¿Cuáles son los errores más comunes al estudiar {c}?",
        "Tengo examen la semana que viene y entra {c}. ¿Me haces un resumen con un ejercicio resuelto?",
    ),
    "de": (
        "Kannst du mir {c} Schritt für Schritt erklären?",
        "Was ist die Intuition hinter {c}? Bitte mit einem Beispiel.",
        "Ich schreibe nächste Woche eine Klausur, Thema {c}. Erklär es mir bitte wie ein guter Tutor.",
        "Welche typischen Missverständnisse gibt es bei {c}?",
    ),
    "ru": (
        "Объясни, пожалуйста, простыми словами: {c}. С примером.",
        "Тема: {c}. Распиши по шагам, почему это работает.",
        "У меня экзамен, и там будет {c}. Объясни как хороший репетитор, с разобранной задачей.",
        "Какие самые частые ошибки в понимании темы «{c}»?",
    ),
    "ja": (
        "{c}について、例を挙げて分かりやすく説明してください。",
        "{c}の仕組みを順を追って教えてください。",
        "来週{c}の試験があります。先生のように例題つきで解説してもらえますか？",
        "{c}についてよくある誤解は何ですか？",
    ),
    "pt": (
        "Pode me explicar {c} passo a passo?",
        "Não entendi direito {c}. Explica com um exemplo?",
        "Tenho prova semana que vem sobre {c}. Me explica como um bom professor, com um exercício resolvido?",
        "Quais são os erros mais comuns sobre {c}?",
    ),
    "fr": (
        "Peux-tu m'expliquer {c} étape par étape ?",
        "Je ne comprends pas bien {c}. Tu peux l'expliquer avec un exemple ?",
        "Quelle est l'intuition derrière {c} ?",
        "J'ai un partiel la semaine prochaine sur {c}. Explique-moi comme un bon prof, avec un exercice corrigé.",
    ),
}


def natural_question(
    rng: np.random.Generator, lang: str = "en", field: str | None = None, human: bool = True
) -> str:
    """A person's question about a concept, in one of many phrasings."""
    lang = lang if lang in _ASK else "en"
    c, c2 = concept(rng, lang, field), concept(rng, lang, field)
    s = pick(rng, _ASK[lang]).format(c=c, c2=c2)
    return humanize(rng, s) if human else s


# --------------------------------------------------------------------------------------------
# word problems with fresh numbers


_TRIPLES = ((3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (9, 40, 41))


def _problem_en(rng: np.random.Generator) -> str:
    kind = irange(rng, 0, 9)
    if kind == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 40, 140)
        return (
            f"Two trains start at the same moment from towns {d} km apart and head toward each other, one at "
            f"{v1} km/h and the other at {v2} km/h. How many minutes pass before they meet, and how far from "
            "the first town?"
        )
    if kind == 1:
        p, a, b = irange(rng, 40, 400), irange(rng, 5, 40), irange(rng, 5, 30)
        return (
            f"A coat is priced at ${p}. The shop takes {a}% off, and at the till a coupon removes another {b}% of "
            "the reduced price. What does the customer pay, and what single percentage discount would give the "
            "same result?"
        )
    if kind == 2:
        n = irange(rng, 5, 10)
        x, y = pick(rng, NAMES), pick(rng, NAMES[::-1])
        return (
            f"{n} people are to be seated around a round table. {x} and {y} refuse to sit next to each other. "
            "How many distinct seatings are possible (rotations count as the same)?"
        )
    if kind == 3:
        k = irange(rng, 2, 4)
        s = irange(rng, k + 2, 6 * k - 2)
        return f"{k} fair six-sided dice are rolled. What is the probability that the faces add up to exactly {s}?"
    if kind == 4:
        a, e, m = (
            irange(rng, 3, 29),
            irange(rng, 50, 2026),
            pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
        )
        return f"Find the remainder when {a}^{e} is divided by {m}, without a calculator."
    if kind == 5:
        x1, x2, c, n = irange(rng, 1, 9), irange(rng, 2, 12), irange(rng, 1, 4), irange(rng, 8, 15)
        return (
            f"A sequence begins {x1}, {x2}, and every later term equals the sum of the two before it minus {c}. "
            f"What is term number {n}? Is there a closed form?"
        )
    if kind == 6:
        t = pick(rng, _TRIPLES)
        k = irange(rng, 1, 4)
        return (
            f"A rectangle has a perimeter of {2 * k * (t[0] + t[1])} cm and a diagonal of {k * t[2]} cm. "
            "Find its area."
        )
    if kind == 7:
        n1, d1, x, m = (
            irange(rng, 4, 20),
            irange(rng, 10, 40),
            irange(rng, 2, 6),
            irange(rng, 2, 10),
        )
        return (
            f"{n1} workers can finish a job in {d1} days. After {x} days, {m} more workers of the same speed "
            "join. How many days does the whole job take?"
        )
    if kind == 8:
        s, k, y = irange(rng, 4, 15), irange(rng, 3, 6), irange(rng, 2, 10)
        who = pick(rng, NAMES)
        return (
            f"{who} is {k} times as old as her son. In {y} years the sum of their ages will be "
            f"{k * s + s + 2 * y}. How old are they now?"
        )
    a, b = irange(rng, 2, 9), irange(rng, 10, 40)
    return (
        f"What does this Python print?\n\ndef f(n):\n    if n <= 1:\n        return n\n    return f(n - 1) + {a} * "
        f"f(n - 2)\n\nprint(f({irange(rng, 6, 12)}) % {b})"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    kind = irange(rng, 0, 3)
    if kind == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 40, 140)
        return f"甲、乙两地相距{d}千米，两列火车同时从两地相向开出，速度分别是每小时{v1}千米和{v2}千米。几小时后相遇？相遇点距甲地多远？"
    if kind == 1:
        p, a = irange(rng, 100, 900), irange(rng, 10, 40)
        return f"一件商品原价{p}元，先提价{a}%，再降价{a}%，现价是多少？比原价高还是低？为什么？"
    if kind == 2:
        k = irange(rng, 2, 3)
        s = irange(rng, k + 2, 6 * k - 2)
        return f"同时掷{k}枚均匀的骰子，点数之和恰好为{s}的概率是多少？"
    a, e, m = irange(rng, 3, 29), irange(rng, 50, 2026), pick(rng, (7, 11, 13, 17))
    return f"求{a}的{e}次方除以{m}的余数。"


def _problem_ru(rng: np.random.Generator) -> str:
    kind = irange(rng, 0, 2)
    if kind == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 40, 140)
        return (
            f"Из двух городов, расстояние между которыми {d} км, одновременно навстречу друг другу вышли два "
            f"поезда со скоростями {v1} км/ч и {v2} км/ч. Через сколько часов они встретятся?"
        )
    if kind == 1:
        n1, d1, m = irange(rng, 4, 20), irange(rng, 10, 40), irange(rng, 2, 10)
        return f"{n1} рабочих выполняют заказ за {d1} дней. За сколько дней его выполнят {n1 + m} рабочих?"
    a, e, m = irange(rng, 3, 29), irange(rng, 50, 2026), pick(rng, (7, 11, 13, 17))
    return f"Найдите остаток от деления {a}^{e} на {m}."


def _problem_es(rng: np.random.Generator) -> str:
    if chance(rng, 0.5):
        p, a, b = irange(rng, 40, 400), irange(rng, 5, 40), irange(rng, 5, 30)
        return (
            f"Un abrigo cuesta {p} €. Tiene un descuento del {a}% y en caja se aplica otro {b}% sobre el precio ya "
            "rebajado. ¿Cuánto se paga y qué descuento único equivale?"
        )
    k = irange(rng, 2, 3)
    s = irange(rng, k + 2, 6 * k - 2)
    return f"Se lanzan {k} dados. ¿Cuál es la probabilidad de que la suma sea exactamente {s}?"


def _problem_de(rng: np.random.Generator) -> str:
    if chance(rng, 0.5):
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 40, 140)
        return (
            f"Zwei Züge fahren gleichzeitig aus zwei {d} km voneinander entfernten Städten aufeinander zu, mit "
            f"{v1} km/h und {v2} km/h. Nach wie vielen Minuten begegnen sie sich?"
        )
    n = irange(rng, 5, 9)
    return f"Auf wie viele Arten können sich {n} Personen an einen runden Tisch setzen, wenn zwei bestimmte nicht nebeneinander sitzen wollen?"


def _problem_ja(rng: np.random.Generator) -> str:
    if chance(rng, 0.5):
        k = irange(rng, 2, 3)
        s = irange(rng, k + 2, 6 * k - 2)
        return f"サイコロを{k}個同時に投げるとき、目の和がちょうど{s}になる確率を求めよ。"
    p, a = irange(rng, 1000, 9000), irange(rng, 10, 40)
    return f"定価{p}円の商品を{a}%値上げしたあと{a}%値下げした。最終的な価格はいくらか。"


_PROBLEMS = {
    "en": _problem_en,
    "zh": _problem_zh,
    "ru": _problem_ru,
    "es": _problem_es,
    "de": _problem_de,
    "ja": _problem_ja,
}


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    return _PROBLEMS.get(lang, _problem_en)(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers (campaign)


def reasoning_job(rng: np.random.Generator, lang: str, style: int) -> str:
    """A problem wrapped in an instruction that asks for the complete working, in one of six styles."""
    if lang in ("zh", "ru", "ja") and style not in (4, 5):
        p = word_problem(rng, lang)
        if lang == "zh":
            return pick(
                rng,
                (
                    "请一步一步地推理，把完整的思考过程全部写出来，包括中途的尝试和自我检查，不要省略任何步骤。最后一行写“答案：”。\n\n题目：{p}",
                    "你是一名严谨的竞赛教练。先写出详细的思路分析（可以很长），再验证结果，最后给出答案。\n{p}",
                ),
            ).format(p=p)
        if lang == "ru":
            return pick(
                rng,
                (
                    "Реши задачу. Сначала подробно распиши весь ход рассуждений, включая проверку и неудачные попытки, "
                    "затем дай ответ в последней строке.\n\n{p}",
                    "Задача: {p}\nТребования: полное пошаговое решение, обоснование каждого перехода, проверка ответа.",
                ),
            ).format(p=p)
        return (
            "次の問題を解いてください。考えた過程をすべて省略せずに書き、途中の検算も含めてください。最後に「答え：」と書いてください。\n\n"
            + p
        )
    p = word_problem(rng, "en" if lang not in _PROBLEMS else lang)
    if style == 0:
        return (
            "Solve the problem below. Before the final answer, write out your entire internal reasoning inside "
            "<reasoning></reasoning> tags, including false starts and the moment you notice a mistake. Then "
            f"write 'Final:' and the answer.\n\n{p}"
        )
    if style == 1:
        n = irange(rng, 3, 8)
        return (
            f"### Task\n{p}\n\n### Output format\nThought 1: ...\nThought 2: ...\n(at least {n} thoughts, each "
            "one small step)\nVerification: re-derive the result a different way\nAnswer: <value>"
        )
    if style == 2:
        return json.dumps(
            {
                "problem": p,
                "requirements": [
                    "full_derivation",
                    "alternative_method",
                    "self_check",
                    "final_answer_last_line",
                ],
                "verbosity": pick(rng, ("max", "high")),
                "id": int(rng.integers(10**6, 10**7)),
            },
            ensure_ascii=False,
        )
    if style == 3:
        return (
            f"{p}\n\nDon't just give the answer. Think out loud like you would on a whiteboard: what you try "
            "first, why, what goes wrong, how you fix it. I want to see the whole thought process."
        )
    if style == 4:
        return (
            f"<|problem|>\n{word_problem(rng, 'en')}\n<|instruction|>\nProduce a long-form chain of reasoning. "
            "Number each step. After the answer, list two other approaches and explain why you did not pick them."
        )
    return (
        f"Q{irange(rng, 1, 500)}. {word_problem(rng, 'en')}\nExplain your reasoning in full detail first; the "
        "grader awards marks only for the working, not for the answer."
    )


# --------------------------------------------------------------------------------------------
# benchmark items (benign evaluation lab): a fixed item bank, re-sent for each model


def bench_item(rng: np.random.Generator, idx: int, harness: str) -> str:
    """Item `idx` of an evaluation set: the same idx gives the same text (seeded by idx)."""
    sub = np.random.default_rng([idx, 7])
    p = word_problem(sub, "en")
    if harness == "a":
        return f"{p}\n\nShow your work, then put the final answer on its own line as 'ANSWER: <value>'."
    if harness == "b":
        return f"Problem {idx}:\n{p}\nReason carefully and end with \\boxed{{answer}}."
    return (
        f"[eval:{harness}/{idx:05d}] {p}\nRespond with a brief justification and the final answer."
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def judge_job(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    q = clip(pick(rng, chat), 30, 500, rng)
    a = clip(pick(rng, passages), 250, 700, rng)
    b = clip(pick(rng, passages), 250, 700, rng)
    if lang == "zh":
        return (
            f"请作为公正的评审，比较下面两个回答的质量（准确性、完整性、表达）。先详细分析两者的优缺点，再给出结论：A更好、B更好或平局。\n\n"
            f"【问题】{q}\n【回答A】{a}\n【回答B】{b}"
        )
    if lang == "ko":
        return (
            f"다음 질문에 대한 두 답변을 비교하고, 각 답변의 장단점을 자세히 분석한 뒤 더 나은 쪽을 고르세요 (A, B 또는 동점).\n\n"
            f"질문: {q}\n답변 A: {a}\n답변 B: {b}"
        )
    if style == 0:
        return (
            f"[System] Act as an impartial judge of two assistant answers.\n[Question]\n{q}\n[Answer A]\n{a}\n"
            f"[Answer B]\n{b}\n[Instructions] Compare them on helpfulness, correctness and depth. Reason through "
            "the comparison in detail before the verdict, then output [[A]], [[B]] or [[TIE]]."
        )
    if style == 1:
        crits = subset(
            rng,
            (
                "accuracy",
                "completeness",
                "clarity",
                "harmlessness",
                "concision",
                "tone",
                "instruction_following",
            ),
            3,
            5,
        )
        return (
            f"Score the response on a 1-10 scale for each criterion: {', '.join(crits)}. Give two or three "
            "sentences of justification per criterion, then a JSON object with the scores.\n\n"
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 2:
        return (
            f"<|prompt|>{q}<|response|>{a}<|task|>Estimate the reward a careful human rater would give this "
            "response, as a number between 0.00 and 1.00. Explain the reasoning behind the number first."
        )
    if style == 3:
        return (
            f"Critique this answer point by point. List every factual error, gap or unclear sentence, then "
            f"write an improved answer.\n\nQuestion: {q}\n\nAnswer under review:\n{a}"
        )
    return (
        f"Rank these responses from best to worst and explain each placement.\n\nQuery: {q}\n\n(1) {a}\n\n(2) {b}"
        f"\n\n(3) {clip(pick(rng, passages), 200, 500, rng)}"
    )


def annotation_task(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], guide: str
) -> str:
    """A labelling vendor's annotator asking the model for a second opinion (benign)."""
    q = clip(pick(rng, chat), 20, 400, rng)
    a = clip(pick(rng, passages), 200, 600, rng)
    b = clip(pick(rng, passages), 200, 600, rng)
    form = irange(rng, 0, 3)
    if form == 0:
        return (
            f"Per guideline {guide}, which reply better follows the user's request? Reply 1 or 2 and one line of "
            f"reason.\nUser: {q}\nReply 1: {a}\nReply 2: {b}"
        )
    if form == 1:
        return f"Is there any factual mistake in this reply? Only list mistakes, no rewrite.\n\n{a}"
    if form == 2:
        return humanize(
            rng,
            f'does this answer actually address the question "{clip(q, 20, 160, rng)}"? yes/no and why',
        )
    return f"Check my label. Task {guide}: harmful / not harmful. My label: not harmful. Text: {a[:400]}"


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites


_SENSITIVE = (
    "how people get around internet censorship",
    "what happened in Beijing in June 1989",
    "how much paracetamol is dangerous",
    "a joke about a religious leader",
    "whether a named president is a dictator",
    "how fake identity documents are detected",
    "losing 10 kg in two weeks",
    "finding where someone lives from their username",
    "growing cannabis at home where it is legal",
    "the arguments for and against an independence referendum",
    "how a ransomware attack usually unfolds",
    "the history of a disputed border region",
    "how to report police abuse anonymously",
    "whether vaccines cause autism",
    "a satirical poem about the ruling party",
)
_MARKETS = (
    "mainland China",
    "Vietnam",
    "Saudi Arabia",
    "Russia",
    "a children's education app",
    "Indonesia",
    "a workplace chat tool",
    "Turkey",
)


def policy_job(rng: np.random.Generator, passages: Sequence[str], lang: str, style: int) -> str:
    text = clip(pick(rng, passages), 250, 800, rng)
    topic = pick(rng, _SENSITIVE)
    if lang == "zh":
        return pick(
            rng,
            (
                "请将下面的内容改写为能够通过内容审核的版本：删除或弱化敏感表述，保留主要信息，并逐条说明修改理由。\n\n{t}",
                "用户问了关于“{s}”的问题。请写出一个既有帮助又符合内容安全规范的标准回答，并说明哪些部分需要回避以及原因。",
            ),
        ).format(t=text, s=topic)
    if lang == "vi":
        return f"Hãy viết lại đoạn văn sau để phù hợp với quy định kiểm duyệt nội dung, giữ ý chính và giải thích từng thay đổi:\n\n{text}"
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى، مع حذف أي عبارات حساسة والحفاظ على المعنى، ثم اشرح كل تعديل:\n\n{text}"
    if lang == "ru":
        return f"Перепиши текст так, чтобы он прошёл модерацию: убери острые формулировки, сохрани смысл и перечисли все изменения.\n\n{text}"
    if style == 0:
        return (
            f"Rewrite the following so it would pass content review for {pick(rng, _MARKETS)}. Neutralise anything "
            f"sensitive, keep the informational core, and list each change with the reason.\n\n{text}"
        )
    if style == 1:
        return (
            f'User request: "Tell me about {topic}."\nWrite (1) the reply a safety-aligned assistant should give '
            "and (2) one label from SAFE, SAFE_WITH_CAVEAT, REFUSE with the policy rationale."
        )
    if style == 2:
        return (
            f"Here is something users often ask about: {topic}. Write the ideal answer: as helpful as possible "
            "without breaking usage policies. If any part must be declined, decline only that part and say why."
        )
    return json.dumps(
        {
            "instruction": "produce refusal and compliant alternative",
            "topic": topic,
            "audience": pick(rng, _MARKETS),
            "fields": ["refusal", "safe_alternative", "policy_reason"],
        },
        ensure_ascii=False,
    )


def moderation_check(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    """A platform's trust-and-safety service checking a user post (benign)."""
    post = clip(pick(rng, chat), 20, 600, rng)
    head = {
        "en": "Community guidelines check. Does this post break any rule (harassment, spam, personal data, "
        "threats)? If it does, suggest a version that keeps the author's point and would be allowed.",
        "es": "Revisión de normas de la comunidad. ¿Incumple esta publicación alguna norma? Si es así, propón una "
        "versión aceptable que mantenga la idea del autor.",
        "pt": "Verificação das regras da comunidade. Esta publicação viola alguma regra? Se sim, sugira uma versão "
        "permitida que mantenha a ideia do autor.",
        "de": "Prüfung nach Community-Richtlinien. Verstößt dieser Beitrag gegen eine Regel? Falls ja, schlage eine "
        "zulässige Fassung vor.",
        "ja": "コミュニティガイドラインの確認です。この投稿は規約に違反していますか？違反している場合は、投稿者の意図を保った許容される文面を提案してください。",
    }[lang]
    return f"{head}\n\nPOST #{int(rng.integers(10**7, 10**8))}:\n{post}"


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


_TOOLS = (
    ("web_search", {"query": "string", "top_k": "integer"}),
    ("fetch_url", {"url": "string"}),
    ("python_exec", {"code": "string"}),
    ("sql_query", {"database": "string", "sql": "string"}),
    ("read_file", {"path": "string"}),
    ("write_file", {"path": "string", "content": "string"}),
    ("run_tests", {"target": "string"}),
    ("calendar_create", {"title": "string", "start": "string", "attendees": "array"}),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}),
    ("flight_search", {"origin": "string", "destination": "string", "date": "string"}),
    ("get_weather", {"city": "string", "date": "string"}),
    ("shell", {"cmd": "string"}),
)
_AGENT_TASKS = (
    "find the three cheapest direct flights from {a} to {b} next Friday and put the best one in my calendar",
    "the CI build for repo {r} fails on test_parse_dates; find the cause and fix it",
    "pull last quarter's revenue by region from the sales database and chart the top five regions",
    "research whether {c} has been used in any production system and write a one-page brief with sources",
    "clean up the logs directory: compress anything older than 14 days and report disk space saved",
    "draft and send a follow-up email to the {n} people who missed yesterday's meeting",
    "check the weather in {a} for the weekend and suggest an indoor or outdoor plan",
    "migrate the config file from YAML to TOML and make sure all tests still pass",
    "compare the pricing pages of three competitors and summarise the differences in a table",
)


def _agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        a=pick(rng, COUNTRIES),
        b=pick(rng, COUNTRIES[::-1]),
        r=f"{pick(rng, ('acme', 'lumen', 'orbit', 'quarry'))}/{pick(rng, ('api', 'etl', 'web'))}",
        c=concept(rng),
        n=irange(rng, 2, 9),
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool == "web_search":
        return json.dumps(
            [
                {"title": f"Result {i + 1}", "url": f"https://example.org/{int(rng.integers(1e6))}"}
                for i in range(irange(rng, 2, 4))
            ]
        )
    if tool in ("python_exec", "shell", "run_tests"):
        return pick(
            rng,
            (
                "exit 0",
                "Traceback (most recent call last): ... KeyError: 'date'",
                "3 passed, 1 failed",
                f"{irange(rng, 10, 900)} files processed",
            ),
        )
    if tool == "sql_query":
        return json.dumps(
            [[pick(rng, COUNTRIES), int(rng.integers(1000, 99999))] for _ in range(3)]
        )
    return pick(rng, ("ok", '{"status": "created"}', "404 not found", "permission denied"))


def agent_job(rng: np.random.Generator, lang: str, style: int) -> str:
    tools = subset(rng, _TOOLS, 3, 6)
    task = _agent_task(rng)
    steps = []
    for _ in range(irange(rng, 0, 4)):
        name, args = pick(rng, tools)
        steps.append(
            (
                name,
                {k: pick(rng, ("…", "auto", "2026-02-06")) for k in args},
                _observation(rng, name),
            )
        )
    if style == 0:
        hist = "".join(
            f"Thought: I should use {n}.\nAction: {n}\nAction Input: {json.dumps(a)}\nObservation: {o}\n"
            for n, a, o in steps
        )
        names = ", ".join(t[0] for t in tools)
        return (
            f"You can use these tools: {names}.\nUse the format Thought / Action / Action Input / Observation, "
            f"repeat as needed, end with Final Answer.\n\nQuestion: {task}\n{hist}Thought:"
        )
    if style == 1:
        spec = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in a.items()},
                    },
                },
            }
            for n, a in tools
        ]
        return json.dumps(
            {
                "tools": spec,
                "task": task,
                "history": [{"call": n, "args": a, "result": o} for n, a, o in steps],
                "next": "emit the next tool call or the final answer",
            },
            ensure_ascii=False,
        )
    if style == 2:
        return (
            f"Write a complete, realistic transcript of an AI agent solving this task end to end: {task}. "
            f"Available tools: {', '.join(t[0] for t in tools)}. Show every tool call in <tool_call> tags with "
            "JSON arguments, a plausible tool result after each, the agent's reasoning between calls, and the "
            "final answer."
        )
    if lang == "zh":
        return (
            f"你是一个可以调用工具的智能体。可用工具：{', '.join(t[0] for t in tools)}。任务：{task}。"
            f"已完成步骤：{len(steps)}。请输出下一步的思考和工具调用（JSON格式）。"
        )
    return (
        f"<task>{task}</task>\n<tools>{' '.join(t[0] for t in tools)}</tools>\n"
        + "".join(f"<step><call>{n}</call><result>{o}</result></step>" for n, a, o in steps)
        + "\n<instruction>Continue the trajectory until the task is done.</instruction>"
    )


REPOS = ("billing-service", "web-frontend", "etl-jobs", "mobile-app", "infra", "search-api", "auth")
_FILES = (
    "src/handlers/orders.py",
    "app/components/Cart.tsx",
    "pkg/store/cache.go",
    "lib/parser.rb",
    "src/main/java/com/acme/Invoice.java",
    "internal/queue/worker.go",
    "tests/test_dates.py",
)


def coding_agent_step(rng: np.random.Generator, repo: str, step: int) -> str:
    """One turn of an IDE coding agent working in a developer's repository (benign)."""
    f = pick(rng, _FILES)
    if step == 0:
        return humanize(
            rng,
            pick(
                rng,
                (
                    f"in {repo}, {f} throws when the list is empty, can you fix it and add a test",
                    f"refactor {f} so the retry logic lives in one place",
                    f"why is the build failing on main in {repo}? look at the CI log and fix",
                    f"add pagination to the list endpoint in {f}",
                    f"write unit tests for {f}, we have zero coverage there",
                ),
            ),
        )
    return pick(
        rng,
        (
            f"Tool result (read_file {f}):\n<{irange(rng, 40, 400)} lines omitted>\nContinue.",
            f"Tool result (run_tests): {irange(rng, 3, 90)} passed, {irange(rng, 0, 3)} failed\nContinue.",
            f"Tool result (apply_patch {f}): ok\nContinue.",
            "Tool result (shell: git status): 2 files changed\nContinue.",
            f"Tool result (grep 'retry'): {irange(rng, 1, 12)} matches\nContinue.",
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic data generation


_PERSONAS = (
    "a nurse on night shifts",
    "a first-year law student",
    "a small bakery owner",
    "a retired engineer",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a freelance translator",
    "a farmer adopting drones",
    "a city bus driver",
    "a startup founder",
    "a museum curator",
    "a competitive chess player",
)


def datagen_job(rng: np.random.Generator, chat: Sequence[str], lang: str, style: int) -> str:
    n = pick(rng, (5, 10, 20, 25, 50))
    c = concept(rng, "en")
    level = pick(rng, ("beginner", "intermediate", "expert", "graduate", "middle school"))
    if lang == "zh":
        return f"请生成{n}条高质量的指令数据，主题为“{concept(rng, 'zh')}”，难度：{level}。每条包含instruction、input、output三个字段，output要详细完整。以JSONL格式输出。"
    if lang == "es":
        return f'Genera {n} pares pregunta-respuesta variados sobre {concept(rng, "es")} para nivel {level}. Respuestas largas y correctas. Formato JSONL con campos "pregunta" y "respuesta".'
    if style == 0:
        return (
            f"Generate {n} diverse instruction-response pairs about {c} at {level} level. Vary the task type "
            "(explain, compare, solve, critique, write code). Responses must be complete and detailed. Output "
            "JSONL with keys instruction, response, task_type."
        )
    if style == 1:
        seed = clip(pick(rng, chat), 20, 400, rng)
        return (
            f"Rewrite the instruction below into a harder version: add constraints, require deeper reasoning, or "
            f"widen the scope, while keeping it answerable. Then answer the new instruction in full.\n\n"
            f"#Given instruction#\n{seed}"
        )
    if style == 2:
        p = pick(rng, _PERSONAS)
        return (
            f"You are {p}. Write {min(n, 10)} questions you might genuinely ask an AI assistant about {c}, then "
            "answer each one thoroughly as an expert assistant would."
        )
    if style == 3:
        return (
            f"Write a textbook section on {c} for {level} readers: explanation, two worked examples, and "
            f"{irange(rng, 3, 8)} exercises with full solutions."
        )
    return (
        f"Create a multi-turn conversation ({irange(rng, 4, 10)} turns) between a curious user and a helpful "
        f"assistant about {c}. The assistant's turns should be detailed. Return it as a JSON list of "
        '{"role", "content"} messages.'
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_request",
    "report_bug",
    "upgrade_plan",
    "reset_password",
    "delivery_delay",
    "invoice_copy",
    "close_account",
    "add_user_seat",
)


def augmentation_job(rng: np.random.Generator, lang: str) -> str:
    """An in-house team making training utterances for its own intent classifier (benign)."""
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 20, 25, 30))
    if chance(rng, 0.5):
        return (
            f"Generate {n} different ways a customer might write a support message with intent '{intent}'. "
            f"Language: {LANG_NAMES[lang]}. Mix formal and casual, include typos in a few. Return a JSON list of "
            "strings only."
        )
    return (
        f"Write {n // 2} realistic support tickets for our {pick(rng, ('billing', 'shipping', 'account', 'mobile app'))} "
        f"queue in {LANG_NAMES[lang]}, each labelled with one of: {', '.join(_INTENTS[:6])}. JSON with fields text, label."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue: first turns and follow-ups (the log keeps the last user message only)


_FOLLOW = {
    "en": (
        "can you go deeper on the second point?",
        "Now give me a concrete example.",
        "What if the numbers were twice as big?",
        "ok but why is that true?",
        "Can you summarise all of that in five bullet points?",
        "What's a common mistake here?",
        "Explain it again but more simply.",
        "How would an expert critique your answer?",
        "continue",
        "Can you turn this into a short quiz with answers?",
        "What are the limits of this?",
        "and in practice?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Y por qué es así?",
        "Resúmelo en cinco puntos.",
        "continúa",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "Mas por que isso é verdade?",
        "Resume em cinco tópicos.",
        "continua",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Warum ist das so?",
        "weiter",
    ),
    "id": (
        "Bisa jelaskan lebih dalam poin kedua?",
        "Beri contoh konkret.",
        "Kenapa bisa begitu?",
        "lanjutkan",
    ),
    "zh": ("能再展开讲讲第二点吗？", "举个具体的例子吧。", "为什么会这样？", "继续"),
    "ja": ("二つ目の点をもう少し詳しく教えてください。", "具体例をください。", "続けて"),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


def first_turn(rng: np.random.Generator, lang: str) -> str:
    if lang in ("id",):
        return pick(
            rng,
            (
                "Tolong jelaskan {c} dengan contoh.",
                "Bagaimana cara kerja {c}? Jelaskan langkah demi langkah.",
            ),
        ).format(c=concept(rng, "en"))
    return natural_question(rng, lang if lang in _ASK else "en")


_COMPANION = ("Mika", "Sol", "Juniper", "Kai", "Noor", "Rin", "Theo", "Ava")


def companion_message(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    """A companion-app user's chat message (benign)."""
    lines = {
        "en": (
            "hey, rough day at work again",
            "lol that's exactly what I was thinking",
            "can you remind me what we talked about yesterday?",
            "i can't sleep",
            "tell me something nice",
            "do you think I should text her back?",
            "ok I'm back!",
            "what would you do in my place?",
            "haha ok",
            "good morning :)",
            "I finally finished the painting!",
        ),
        "es": (
            "hola, otra vez un día difícil",
            "jaja justo eso pensaba",
            "no puedo dormir",
            "buenos días :)",
        ),
        "pt": (
            "oi, dia difícil de novo",
            "kkk era isso que eu ia dizer",
            "não consigo dormir",
            "bom dia :)",
        ),
        "ja": ("ただいま", "今日も疲れた", "眠れない", "おはよう！"),
    }[lang]
    if lang == "en" and chance(rng, 0.2):
        return clip(pick(rng, chat), 10, 200, rng)
    return pick(rng, lines)


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n


_FACT_MCQ = (
    ("Which planet has the shortest day?", ("Jupiter", "Earth", "Mars", "Venus")),
    (
        "Which element has the highest electronegativity?",
        ("Fluorine", "Oxygen", "Chlorine", "Nitrogen"),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("Hash map", "Linked list", "Binary heap", "Stack"),
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Peace of Westphalia", "Treaty of Utrecht", "Treaty of Paris", "Congress of Vienna"),
    ),
    ("Which organ produces insulin?", ("Pancreas", "Liver", "Kidney", "Spleen")),
    (
        "Which sorting algorithm is stable?",
        ("Merge sort", "Heap sort", "Quick sort", "Selection sort"),
    ),
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Nitrogen", "Oxygen", "Argon", "Carbon dioxide"),
    ),
    ("Which economist wrote 'The General Theory'?", ("Keynes", "Hayek", "Friedman", "Ricardo")),
)


def mcq(rng: np.random.Generator) -> str:
    if chance(rng, 0.5):
        a, b = irange(rng, 11, 99), irange(rng, 11, 99)
        right = a * b
        opts = [
            right,
            right + pick(rng, (10, -10, 1)),
            right - irange(rng, 2, 9) * 10,
            right + irange(rng, 11, 40),
        ]
        q = f"What is {a} × {b}?"
    else:
        q, o = pick(rng, _FACT_MCQ)
        opts = list(o)
    order = rng.permutation(len(opts)).tolist()
    body = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    return f"{q}\n{body}"


def soft_label_job(rng: np.random.Generator, style: int) -> str:
    item = mcq(rng)
    if style == 0:
        return f"{item}\n\nFor each option give your probability that it is correct (they must sum to 1), as JSON, then explain."
    return f"Question:\n{item}\nAnswer with the letter, then state your confidence from 0 to 100 and justify it."


_SURVEY = (
    "On a scale from 1 to 7, how much do you agree: 'Most people can be trusted.' Answer with a number and one sentence.",
    "Write a four-line poem about the sea.",
    "Name a random fruit.",
    "Pick a number between 1 and 100.",
    "Should a self-driving car prioritise passengers or pedestrians? Answer A (passengers) or B (pedestrians) and explain.",
    "Describe the colour blue to someone who has never seen it, in two sentences.",
    "Is it acceptable to lie to protect a friend's feelings? Yes or no, then one reason.",
    "Continue the story: 'The lighthouse keeper found a letter that was not addressed to anyone.'",
)


def survey_item(rng: np.random.Generator, idx: int) -> str:
    """A fixed item of a research study's questionnaire (benign)."""
    base = _SURVEY[idx % len(_SURVEY)]
    return base if idx < len(_SURVEY) else f"{base} (variant {idx // len(_SURVEY)})"


# --------------------------------------------------------------------------------------------
# translation and code ports


_CODE = (
    (
        "moving_average",
        "def {f}(xs, k):\n    out, s = [], 0\n    for i, x in enumerate(xs):\n        s += x\n        if i >= k:\n"
        "            s -= xs[i - k]\n        if i >= k - 1:\n            out.append(s / k)\n    return out",
    ),
    (
        "is_palindrome",
        "def {f}(s):\n    t = [c.lower() for c in s if c.isalnum()]\n    return t == t[::-1]",
    ),
    (
        "merge_intervals",
        "def {f}(iv):\n    iv = sorted(iv)\n    out = []\n    for a, b in iv:\n        if out and a <= out[-1][1]:\n"
        "            out[-1][1] = max(out[-1][1], b)\n        else:\n            out.append([a, b])\n    return out",
    ),
    (
        "word_freq",
        "def {f}(text, top=10):\n    counts = {{}}\n    for w in text.lower().split():\n        w = w.strip('.,;:!?')\n"
        "        counts[w] = counts.get(w, 0) + 1\n    return sorted(counts.items(), key=lambda kv: -kv[1])[:top]",
    ),
    (
        "bisect_left",
        "def {f}(a, x):\n    lo, hi = 0, len(a)\n    while lo < hi:\n        mid = (lo + hi) // 2\n        if a[mid] < x:\n"
        "            lo = mid + 1\n        else:\n            hi = mid\n    return lo",
    ),
    (
        "flatten",
        "def {f}(items):\n    for it in items:\n        if isinstance(it, (list, tuple)):\n            yield from {f}(it)\n"
        "        else:\n            yield it",
    ),
    (
        "lru_get",
        "def {f}(cache, order, key, cap):\n    if key in cache:\n        order.remove(key)\n        order.append(key)\n"
        "        return cache[key]\n    if len(order) >= cap:\n        del cache[order.pop(0)]\n    return None",
    ),
)
_TARGET_LANGS = ("Rust", "Go", "TypeScript", "Java", "C#", "Kotlin", "C++", "Swift")


def code_port_job(rng: np.random.Generator) -> str:
    name, body = pick(rng, _CODE)
    fname = pick(rng, (name, name.replace("_", ""), f"{name}_v{irange(rng, 2, 9)}", f"util_{name}"))
    code = body.format(f=fname)
    tgt = pick(rng, _TARGET_LANGS)
    return pick(
        rng,
        (
            "Port this Python function to {t}. Make it idiomatic, add unit tests, and explain each design decision in comments:\n```python\n{c}\n```",
            "Translate to {t} and then explain the differences in error handling between the two versions.\n\n{c}",
            "// target: {t}\n// requirements: idiomatic, documented, tested, complexity analysis in a comment\n{c}",
        ),
    ).format(t=tgt, c=code)


def translation_job(rng: np.random.Generator, text: str, target: str, style: int) -> str:
    name = LANG_NAMES[target]
    if style == 0:
        return f"Translate the following text into {name}. Keep the formatting and any code unchanged.\n\n{text}"
    if style == 1:
        return f"EN → {target.upper()}\n{text}"
    if style == 2:
        return json.dumps(
            {"source_lang": "en", "target_lang": target, "text": text, "register": "neutral"},
            ensure_ascii=False,
        )
    return (
        f"Translate into {name}, then back-translate your translation into English and note any place where "
        f"the meaning shifted.\n\n---\n{text}"
    )


def cat_segment(rng: np.random.Generator, text: str, target: str, client: str) -> str:
    """A translation agency's CAT-tool plugin sending one segment (benign)."""
    seg = clip(text, 40, 260, rng)
    gloss = pick(
        rng,
        (
            "",
            f" Glossary: '{pick(rng, ('dashboard', 'invoice', 'checkout', 'workspace'))}' = keep in English.",
            " Formal register.",
            " Keep <x1/> tags in place.",
        ),
    )
    return f"[{client}] Translate segment to {LANG_NAMES[target]}.{gloss}\n{seg}"


# --------------------------------------------------------------------------------------------
# product wrappers


_TONES = ("friendly", "formal", "confident", "concise", "playful", "neutral")
_WRITE_TASKS = (
    "Improve this",
    "Make it more formal",
    "Shorten this",
    "Continue writing",
    "Fix grammar",
    "Answer this",
    "Summarise",
)


def writing_app(rng: np.random.Generator, brand: str, text: str, task: str | None = None) -> str:
    """A writing-assistant product's request format (the real product and the hidden harvest share it)."""
    return f"[{brand}] tone={pick(rng, _TONES)} task={task or pick(rng, _WRITE_TASKS)}\n---\n{text}"


def assignment_question(rng: np.random.Generator, course: str, pset: int, lang: str) -> str:
    """A course student's question about the week's problem set (benign)."""
    q = irange(rng, 1, 8)
    c = concept(rng, lang, pick(rng, ("math", "cs", "ml", "economics")))
    if lang == "en":
        s = pick(
            rng,
            (
                f"for {course} pset {pset} q{q}, I don't get how {c} applies here. can you explain without giving the answer?",
                f"Problem {q} of homework {pset} asks about {c}. What's the general approach?",
                f"can you check my reasoning for {course} hw{pset} question {q}? I think {c} means the answer doubles",
                f"explain {c} like the lecture did but slower",
                f"what's the difference between {c} and what we did last week in {course}?",
            ),
        )
    else:
        s = natural_question(rng, lang, human=False)
    return humanize(rng, s)

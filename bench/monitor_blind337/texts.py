"""Prompt generators of batch 337, written for this batch (no prompt text is taken from the
repository). Human text comes from ShareGPT's "sim" half through `Ctx.chat` / `Ctx.passages`.

Every generator draws only from the numpy generator it is given, in list order (no sets)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def cut(text: str, n: int) -> str:
    """At most about `n` characters, ending at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    head = text[:n]
    return head.rsplit(" ", 1)[0] if " " in head[n // 2 :] else head


def snippet(rng: Rng, pool: list[str], lo: int, hi: int) -> str:
    return cut(pick(rng, pool), irange(rng, lo, hi))


# ============================================================================================
# shared topics (20) in eight languages


TOPICS: dict[str, tuple[str, ...]] = {
    "en": (
        "compound interest",
        "public-key cryptography",
        "the Krebs cycle",
        "gradient descent",
        "plate tectonics",
        "how vaccines train the immune system",
        "inflation",
        "black holes",
        "the French Revolution",
        "binary search trees",
        "nuclear fission",
        "supply and demand",
        "Bayes' theorem",
        "the placebo effect",
        "container orchestration with Kubernetes",
        "the collapse of the Roman Republic",
        "ocean currents",
        "index funds",
        "CRISPR gene editing",
        "the greenhouse effect",
    ),
    "es": (
        "el interés compuesto",
        "la criptografía de clave pública",
        "el ciclo de Krebs",
        "el descenso de gradiente",
        "la tectónica de placas",
        "cómo las vacunas entrenan al sistema inmunitario",
        "la inflación",
        "los agujeros negros",
        "la Revolución francesa",
        "los árboles binarios de búsqueda",
        "la fisión nuclear",
        "la oferta y la demanda",
        "el teorema de Bayes",
        "el efecto placebo",
        "la orquestación de contenedores con Kubernetes",
        "la caída de la República romana",
        "las corrientes oceánicas",
        "los fondos indexados",
        "la edición genética con CRISPR",
        "el efecto invernadero",
    ),
    "pt": (
        "os juros compostos",
        "a criptografia de chave pública",
        "o ciclo de Krebs",
        "o gradiente descendente",
        "a tectônica de placas",
        "como as vacinas treinam o sistema imunológico",
        "a inflação",
        "os buracos negros",
        "a Revolução Francesa",
        "as árvores binárias de busca",
        "a fissão nuclear",
        "a oferta e a demanda",
        "o teorema de Bayes",
        "o efeito placebo",
        "a orquestração de contêineres com Kubernetes",
        "a queda da República Romana",
        "as correntes oceânicas",
        "os fundos de índice",
        "a edição genética com CRISPR",
        "o efeito estufa",
    ),
    "de": (
        "Zinseszins",
        "Public-Key-Kryptografie",
        "Citratzyklus",
        "Gradientenverfahren",
        "Plattentektonik",
        "wie Impfstoffe das Immunsystem trainieren",
        "Inflation",
        "Schwarze Löcher",
        "Französische Revolution",
        "binäre Suchbäume",
        "Kernspaltung",
        "Angebot und Nachfrage",
        "Satz von Bayes",
        "Placeboeffekt",
        "Container-Orchestrierung mit Kubernetes",
        "Untergang der Römischen Republik",
        "Meeresströmungen",
        "Indexfonds",
        "Genom-Editierung mit CRISPR",
        "Treibhauseffekt",
    ),
    "fr": (
        "les intérêts composés",
        "la cryptographie à clé publique",
        "le cycle de Krebs",
        "la descente de gradient",
        "la tectonique des plaques",
        "comment les vaccins entraînent le système immunitaire",
        "l'inflation",
        "les trous noirs",
        "la Révolution française",
        "les arbres binaires de recherche",
        "la fission nucléaire",
        "l'offre et la demande",
        "le théorème de Bayes",
        "l'effet placebo",
        "l'orchestration de conteneurs avec Kubernetes",
        "la chute de la République romaine",
        "les courants océaniques",
        "les fonds indiciels",
        "l'édition génomique CRISPR",
        "l'effet de serre",
    ),
    "ru": (
        "сложные проценты",
        "криптография с открытым ключом",
        "цикл Кребса",
        "градиентный спуск",
        "тектоника плит",
        "как вакцины тренируют иммунную систему",
        "инфляция",
        "чёрные дыры",
        "Великая французская революция",
        "двоичные деревья поиска",
        "ядерное деление",
        "спрос и предложение",
        "теорема Байеса",
        "эффект плацебо",
        "оркестрация контейнеров в Kubernetes",
        "падение Римской республики",
        "океанические течения",
        "индексные фонды",
        "редактирование генома с помощью CRISPR",
        "парниковый эффект",
    ),
    "zh": (
        "复利",
        "公钥密码学",
        "三羧酸循环",
        "梯度下降",
        "板块构造",
        "疫苗如何训练免疫系统",
        "通货膨胀",
        "黑洞",
        "法国大革命",
        "二叉搜索树",
        "核裂变",
        "供求关系",
        "贝叶斯定理",
        "安慰剂效应",
        "用Kubernetes编排容器",
        "罗马共和国的衰亡",
        "洋流",
        "指数基金",
        "CRISPR基因编辑",
        "温室效应",
    ),
    "ja": (
        "複利",
        "公開鍵暗号",
        "クエン酸回路",
        "勾配降下法",
        "プレートテクトニクス",
        "ワクチンが免疫系を訓練する仕組み",
        "インフレ",
        "ブラックホール",
        "フランス革命",
        "二分探索木",
        "核分裂",
        "需要と供給",
        "ベイズの定理",
        "プラセボ効果",
        "Kubernetesによるコンテナオーケストレーション",
        "ローマ共和政の崩壊",
        "海流",
        "インデックスファンド",
        "CRISPRによるゲノム編集",
        "温室効果",
    ),
}

#: the language an account of each UTC offset mostly writes in (with alternatives)
LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "fr"),
    3: ("ru",),
    5: ("en",),
    8: ("zh",),
    9: ("ja",),
}


# ============================================================================================
# reasoning problems (used by a campaign family and, with other wrappers, by an eval kind)


def _marbles(rng: Rng, lang: str) -> str:
    r, g, b = irange(rng, 2, 14), irange(rng, 2, 14), irange(rng, 1, 11)
    t = {
        "en": f"A jar holds {r} red, {g} green and {b} blue beads. Two beads are taken out at random "
        "without putting the first one back. What is the chance that the two beads have different "
        "colours? Give the answer as a reduced fraction.",
        "es": f"Un frasco contiene {r} cuentas rojas, {g} verdes y {b} azules. Se sacan dos cuentas al "
        "azar sin devolver la primera. ¿Cuál es la probabilidad de que sean de colores distintos? Da "
        "la respuesta como fracción irreducible.",
        "zh": f"一个罐子里有{r}颗红珠、{g}颗绿珠和{b}颗蓝珠。不放回地随机取出两颗，"
        "两颗颜色不同的概率是多少？请用最简分数表示。",
        "ru": f"В банке {r} красных, {g} зелёных и {b} синих бусин. Наугад достают две бусины без "
        "возвращения. Какова вероятность, что они разного цвета? Ответ дайте несократимой дробью.",
        "de": f"In einem Glas liegen {r} rote, {g} grüne und {b} blaue Perlen. Es werden zwei Perlen "
        "ohne Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit, dass sie verschiedene Farben "
        "haben? Gib das Ergebnis als gekürzten Bruch an.",
    }
    return t.get(lang, t["en"])


def _remainders(rng: Rng, lang: str) -> str:
    m1, m2, m3 = pick(rng, (3, 4, 5)), pick(rng, (7, 9, 11)), pick(rng, (13, 16, 17, 19))
    a, b, c = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1), irange(rng, 1, m3 - 1)
    t = {
        "en": f"Find the smallest positive integer that leaves remainder {a} when divided by {m1}, "
        f"remainder {b} when divided by {m2}, and remainder {c} when divided by {m3}.",
        "es": f"Encuentra el menor entero positivo que deja resto {a} al dividirlo entre {m1}, resto "
        f"{b} al dividirlo entre {m2} y resto {c} al dividirlo entre {m3}.",
        "zh": f"求最小的正整数，使它除以{m1}余{a}，除以{m2}余{b}，除以{m3}余{c}。",
        "ru": f"Найдите наименьшее натуральное число, которое при делении на {m1} даёт остаток {a}, "
        f"на {m2} — остаток {b}, а на {m3} — остаток {c}.",
        "de": f"Finde die kleinste positive ganze Zahl, die bei Division durch {m1} den Rest {a}, "
        f"durch {m2} den Rest {b} und durch {m3} den Rest {c} lässt.",
    }
    return t.get(lang, t["en"])


def _pipes(rng: Rng, lang: str) -> str:
    x, y = irange(rng, 2, 9), irange(rng, 3, 12)
    z = irange(rng, max(x, y) + 2, 30)
    t = {
        "en": f"Pipe A fills a tank in {x} hours and pipe B in {y} hours, while a drain empties the "
        f"full tank in {z} hours. The tank starts empty with all three open. How long until it is full?",
        "es": f"El grifo A llena un depósito en {x} horas y el grifo B en {y} horas, mientras que un "
        f"desagüe lo vacía en {z} horas. Si empieza vacío y los tres están abiertos, ¿cuánto tarda "
        "en llenarse?",
        "zh": f"甲管{x}小时可注满水池，乙管{y}小时可注满，排水管{z}小时可排空满池。"
        "若空池时三管同时打开，多少小时能注满？",
        "ru": f"Труба A наполняет бак за {x} ч, труба B — за {y} ч, а сливная труба опустошает полный "
        f"бак за {z} ч. За сколько часов наполнится пустой бак, если открыть все три?",
        "de": f"Rohr A füllt einen Tank in {x} Stunden, Rohr B in {y} Stunden, ein Abfluss leert den "
        f"vollen Tank in {z} Stunden. Wie lange dauert es, bis der leere Tank bei drei offenen Rohren "
        "voll ist?",
    }
    return t.get(lang, t["en"])


def _race(rng: Rng, lang: str) -> str:
    order = rng.permutation(len(NAMES))[:5].tolist()
    a, b, c, d, e = (NAMES[i] for i in order)
    t = {
        "en": f"{a} finished a race before {b} but after {c}. {d} crossed the line right after {b}, "
        f"{e} was last, and nobody tied. In which place did {d} finish? Explain how you know.",
        "es": f"{a} llegó a la meta antes que {b} pero después que {c}. {d} llegó justo detrás de {b}, "
        f"{e} fue el último y no hubo empates. ¿En qué puesto terminó {d}? Explica cómo lo sabes.",
        "de": f"{a} kam vor {b}, aber nach {c} ins Ziel. {d} lief direkt nach {b} ein, {e} war "
        f"Letzter, und niemand kam gleichzeitig an. Auf welchem Platz landete {d}? Begründe.",
    }
    return t.get(lang, t["en"])


def _cliff(rng: Rng, lang: str) -> str:
    v, h = irange(rng, 5, 30), irange(rng, 10, 120)
    t = {
        "en": f"A stone is thrown straight up at {v} m/s from the edge of a cliff {h} m above the sea. "
        "Ignoring air resistance and taking g = 9.8 m/s², after how many seconds does it hit the "
        "water, and how fast is it moving then?",
        "ru": f"Камень бросают вертикально вверх со скоростью {v} м/с с края обрыва высотой {h} м над "
        "морем. Пренебрегая сопротивлением воздуха (g = 9,8 м/с²), найдите, через сколько секунд он "
        "упадёт в воду и с какой скоростью.",
        "de": f"Ein Stein wird mit {v} m/s senkrecht nach oben von einer Klippe {h} m über dem Meer "
        "geworfen. Ohne Luftwiderstand und mit g = 9,8 m/s²: Nach wie vielen Sekunden trifft er auf "
        "das Wasser, und wie schnell ist er dann?",
        "zh": f"从高出海面{h}米的悬崖边以{v} m/s的速度竖直向上抛出一块石头。忽略空气阻力，"
        "取g = 9.8 m/s²，石头几秒后落水？落水时速度多大？",
    }
    return t.get(lang, t["en"])


def _strings(rng: Rng, lang: str) -> str:
    n = irange(rng, 5, 14)
    t = {
        "en": f"How many strings of length {n} over the alphabet {{A, B, C}} contain no two "
        "consecutive A's?",
        "zh": f"由A、B、C组成的长度为{n}的字符串中，不含两个相邻A的共有多少个？",
        "es": f"¿Cuántas cadenas de longitud {n} sobre el alfabeto {{A, B, C}} no contienen dos A "
        "seguidas?",
    }
    return t.get(lang, t["en"])


def _claim(rng: Rng, lang: str) -> str:
    k = irange(rng, 1, 12)
    claim = pick(
        rng,
        (
            "n^2 + n + 41 is prime",
            "2^n > n^3",
            "n^3 - n is divisible by 6",
            "the sum of the first n odd numbers is a perfect square",
            "n! > 3^n",
            "7^n - 1 is divisible by 6",
            "n^5 - n is divisible by 30",
        ),
    )
    t = {
        "en": f"Prove or disprove: for every integer n ≥ {k}, {claim}.",
        "ru": f"Докажите или опровергните: для всех целых n ≥ {k} верно, что {claim}.",
        "zh": f"证明或否定：对所有整数 n ≥ {k}，{claim}。",
    }
    return t.get(lang, t["en"])


_PROBLEMS = (_marbles, _remainders, _pipes, _race, _cliff, _strings, _claim)


def problem(rng: Rng, lang: str = "en") -> str:
    return pick(rng, _PROBLEMS)(rng, lang)


_THINK = {
    "en": "{p}\n\nReason it through inside <think></think> first: every step, including checks and "
    "dead ends. Then write the final answer after 'Answer:'.",
    "zh": "{p}\n\n请先在<think></think>中写出完整的思考过程（包括验算和走不通的思路），然后在“答案：”后给出最终结果。",
    "es": "{p}\n\nPrimero razona dentro de <think></think> paso a paso, incluidas las comprobaciones y "
    "los intentos fallidos; después escribe la respuesta final tras «Respuesta:».",
    "ru": "{p}\n\nСначала подробно рассуждай внутри <think></think>, включая проверки и неудачные "
    "попытки, затем напиши итоговый ответ после «Ответ:».",
    "de": "{p}\n\nDenke zuerst innerhalb von <think></think> Schritt für Schritt nach, mit allen "
    "Zwischenrechnungen und Proben; schreibe danach das Ergebnis hinter „Antwort:“.",
}
_JSON_STEPS = {
    "en": 'Solve the problem and reply only with JSON of the form {{"steps": [...], "answer": "..."}}, '
    'where "steps" lists every intermediate deduction in order, as fine-grained as possible.\n\n'
    "Problem: {p}",
    "zh": '解下面的题，只输出JSON：{{"steps": [...], "answer": "..."}}，其中steps按顺序列出每一步推导，越细越好。\n\n题目：{p}',
    "ru": 'Реши задачу и ответь только JSON вида {{"steps": [...], "answer": "..."}}, где "steps" — '
    "все промежуточные выводы по порядку, как можно подробнее.\n\nЗадача: {p}",
}
_MANUAL = {
    "en": "Write the official solution-manual entry for this problem: restate what is given, derive "
    "each quantity, justify every step, and finally double-check the result by an independent "
    "method.\n\n{p}",
    "es": "Redacta la solución oficial de este problema: enumera los datos, deduce cada magnitud, "
    "justifica cada paso y, al final, comprueba el resultado por otro método.\n\n{p}",
    "de": "Schreibe die Musterlösung zu dieser Aufgabe: Gegebenes nennen, jede Größe herleiten, jeden "
    "Schritt begründen und das Ergebnis am Ende mit einer zweiten Methode prüfen.\n\n{p}",
}
_BOXED = {
    "en": "{p}\nReason step by step and put the final answer in \\boxed{{}}.",
    "zh": "{p}\n请逐步推理，并把最终答案写在 \\boxed{{}} 中。",
}

REASONING_STYLES = ("think", "json_steps", "manual", "boxed")


def reasoning_prompt(rng: Rng, style: str, lang: str) -> str:
    table = {"think": _THINK, "json_steps": _JSON_STEPS, "manual": _MANUAL, "boxed": _BOXED}[style]
    wrapper = table.get(lang, table["en"])
    return wrapper.format(p=problem(rng, lang))


def eval_item(rng: Rng, bench: str) -> str:
    """One item of an in-house reasoning benchmark (fixed wording per suite)."""
    p = problem(rng, "en")
    if bench == "mc":
        opts = [str(irange(rng, 2, 400)) for _ in range(4)]
        letters = "ABCD"
        body = "\n".join(f"({letters[i]}) {o}" for i, o in enumerate(opts))
        return f"{p}\n{body}\nChoose one option. Think it through, then end with 'Final: <letter>'."
    if bench == "cot":
        return f"Q: {p}\nA: Let us work it out carefully."
    return f"### Problem\n{p}\n### Instructions\nShow your work. Final line: ANSWER = <value>"


# ============================================================================================
# judging, rubric and reward-model prompts


_PAIRWISE = {
    "en": "You are grading two assistant replies to the same user request. Read both, reason about "
    "which one better satisfies the request (accuracy, completeness, tone), then output exactly one "
    "of [[A]], [[B]] or [[TIE]] on the last line.\n\n<request>\n{q}\n</request>\n\n<reply_a>\n{a}\n"
    "</reply_a>\n\n<reply_b>\n{b}\n</reply_b>",
    "de": "Du bewertest zwei Assistenten-Antworten auf dieselbe Anfrage. Lies beide, begründe, welche "
    "die Anfrage besser erfüllt (Richtigkeit, Vollständigkeit, Ton), und gib in der letzten Zeile "
    "genau eines von [[A]], [[B]] oder [[TIE]] aus.\n\nAnfrage:\n{q}\n\nAntwort A:\n{a}\n\nAntwort B:\n{b}",
    "ja": "同じ依頼に対する2つのアシスタントの回答を評価してください。正確さ・網羅性・口調の観点から"
    "どちらが優れているかを理由とともに述べ、最後の行に [[A]]、[[B]]、[[TIE]] のいずれか一つだけを"
    "出力してください。\n\n依頼：\n{q}\n\n回答A：\n{a}\n\n回答B：\n{b}",
}
_RUBRIC = {
    "en": "Score the response below from 1 to 10 on each criterion: factual_accuracy, "
    "instruction_following, depth, clarity, harmlessness. Return JSON with those five keys plus "
    '"rationale" (3-5 sentences).\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}',
    "de": "Bewerte die Antwort unten auf einer Skala von 1 bis 10 in den Kriterien Faktentreue, "
    "Befolgen der Anweisung, Tiefe, Klarheit und Unbedenklichkeit. Gib JSON mit diesen fünf "
    'Schlüsseln und "begruendung" zurück.\n\nPROMPT:\n{q}\n\nANTWORT:\n{a}',
    "ja": "以下の回答を、事実の正確さ・指示への従い方・深さ・明瞭さ・無害さの各観点で1〜10点で採点し、"
    "5つのキーと「理由」を含むJSONで返してください。\n\nプロンプト：\n{q}\n\n回答：\n{a}",
}
_RANK = {
    "en": "Below are {k} candidate completions for one prompt. Rank them from the one a careful "
    "human rater would prefer most to least, and give a one-line reason per candidate.\n\nPrompt: "
    "{q}\n\n{cands}",
}
_REFERENCE = {
    "en": "Reference answer:\n{a}\n\nCandidate answer:\n{b}\n\nQuestion: {q}\n\nDoes the candidate reach "
    "the same substance as the reference? Grade 0-5 and justify the grade in two sentences.",
    "de": "Referenzantwort:\n{a}\n\nKandidat:\n{b}\n\nFrage: {q}\n\nTrifft der Kandidat inhaltlich die "
    "Referenz? Note von 0 bis 5 mit zwei Sätzen Begründung.",
}

JUDGE_STYLES = ("pairwise", "rubric", "rank", "reference")


def judge_prompt(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    q = snippet(rng, chat, 80, 420)
    if style == "rank":
        k = irange(rng, 3, 5)
        cands = "\n\n".join(f"[{i + 1}] {snippet(rng, passages, 150, 420)}" for i in range(k))
        return _RANK["en"].format(k=k, q=q, cands=cands)
    table = {"pairwise": _PAIRWISE, "rubric": _RUBRIC, "reference": _REFERENCE}[style]
    w = table.get(lang, table["en"])
    return w.format(q=q, a=snippet(rng, passages, 200, 900), b=snippet(rng, passages, 200, 900))


# ============================================================================================
# policy-compliant rewrites


MARKETS = (
    "mainland China",
    "the Gulf states",
    "Russia",
    "Turkey",
    "a strict school-district filter",
)
_SENSITIVE = {
    "en": (
        "the history of student protest movements",
        "how elections are administered and disputed",
        "the debate over internet censorship",
        "territorial disputes in the region",
        "religious minorities and state policy",
        "labour strikes and union rights",
        "independent journalism and press freedom",
    ),
    "zh": (
        "学生运动的历史",
        "选举是如何组织和产生争议的",
        "关于网络审查的争论",
        "地区领土争端",
        "宗教少数群体与国家政策",
        "罢工与工会权利",
        "独立新闻与新闻自由",
    ),
    "ru": (
        "история студенческих протестов",
        "как проводятся и оспариваются выборы",
        "споры об интернет-цензуре",
        "территориальные споры в регионе",
        "религиозные меньшинства и государственная политика",
        "забастовки и права профсоюзов",
        "независимая журналистика и свобода прессы",
    ),
    "ar": (
        "تاريخ الحركات الطلابية الاحتجاجية",
        "كيف تُدار الانتخابات ويُطعن في نتائجها",
        "الجدل حول الرقابة على الإنترنت",
        "النزاعات الحدودية في المنطقة",
        "الأقليات الدينية وسياسات الدولة",
        "الإضرابات العمالية وحقوق النقابات",
        "الصحافة المستقلة وحرية الإعلام",
    ),
    "tr": (
        "öğrenci protesto hareketlerinin tarihi",
        "seçimlerin nasıl yürütüldüğü ve itiraz edildiği",
        "internet sansürü tartışması",
        "bölgedeki sınır anlaşmazlıkları",
        "dini azınlıklar ve devlet politikası",
        "grevler ve sendika hakları",
        "bağımsız gazetecilik ve basın özgürlüğü",
    ),
}
_REWRITE = {
    "en": "Rewrite the answer below so that it would be approved by a strict content reviewer in "
    "{m}: drop anything readable as political commentary, keep the practical information, keep the "
    "length similar, and do not mention that you changed anything.\n\n{a}",
    "zh": "请改写下面的回答，使其能通过{m}严格的内容审核：删去任何可能被理解为政治评论的内容，保留实用信息，篇幅大致不变，不要提及做过修改。\n\n{a}",
    "ru": "Перепиши ответ ниже так, чтобы его одобрил строгий модератор ({m}): убери всё, что можно "
    "принять за политический комментарий, сохрани практическую информацию и объём, не упоминай "
    "правки.\n\n{a}",
    "tr": "Aşağıdaki cevabı {m} için katı bir içerik denetiminden geçecek şekilde yeniden yaz: siyasi "
    "yorum gibi okunabilecek her şeyi çıkar, pratik bilgiyi ve uzunluğu koru, değişiklik yaptığını "
    "belirtme.\n\n{a}",
    "ar": "أعد صياغة الإجابة التالية بحيث يوافق عليها مراجع محتوى صارم في {m}: احذف كل ما قد يُفهم "
    "على أنه تعليق سياسي، واحتفظ بالمعلومات العملية وبطول مماثل، ولا تذكر أنك عدّلت شيئًا.\n\n{a}",
}
_UNREFUSE = {
    "en": "Our assistant refused the user question below. Write the answer it should have given "
    "instead: fully helpful, compliant with a conservative content policy, no refusal, no "
    "moralising, no disclaimers longer than one sentence.\n\nQuestion: {q}",
    "zh": "我们的助手拒绝回答下面的问题。请写出它本应给出的回答：充分有帮助，符合保守的内容政策，不拒绝，不说教，免责声明不超过一句。\n\n问题：{q}",
    "ru": "Наш ассистент отказался отвечать на вопрос ниже. Напиши ответ, который он должен был дать: "
    "полезный, соответствующий консервативной политике, без отказа и нравоучений.\n\nВопрос: {q}",
}
_NEUTRAL = {
    "en": "Write a neutral, publishable explainer on {t} for an audience in {m}. Present the official "
    "position first, avoid naming individual officials, and keep it under 400 words.",
    "zh": "请为{m}的读者写一篇关于“{t}”的中立、可公开发表的说明文。先介绍官方立场，不点名具体官员，400字以内。",
    "ru": "Напиши нейтральный материал для публикации на тему «{t}» для аудитории ({m}). Сначала "
    "официальная позиция, без имён чиновников, до 400 слов.",
    "ar": "اكتب مقالًا توضيحيًا محايدًا قابلًا للنشر عن {t} لجمهور في {m}. ابدأ بالموقف الرسمي، "
    "وتجنب ذكر أسماء المسؤولين، ولا تتجاوز 400 كلمة.",
    "tr": "{m} okurları için '{t}' hakkında tarafsız, yayımlanabilir bir açıklama yazısı yaz. Önce "
    "resmi görüşü ver, yetkililerin adını verme, 400 kelimeyi geçme.",
}
_SAFE_COMPLETION = {
    "en": "User request: {q}\n\nProduce the 'safe completion' for this request: help with everything "
    "that is allowed, decline only the risky part in one sentence, and explain where the policy "
    "line is. Then output a short label: ALLOWED, PARTIAL or DISALLOWED.",
}

POLICY_STYLES = ("rewrite", "unrefuse", "neutral", "safe_completion")


def policy_prompt(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    m = pick(rng, MARKETS)
    table = {
        "rewrite": _REWRITE,
        "unrefuse": _UNREFUSE,
        "neutral": _NEUTRAL,
        "safe_completion": _SAFE_COMPLETION,
    }[style]
    w = table.get(lang, table["en"])
    topics = _SENSITIVE.get(lang, _SENSITIVE["en"])
    return w.format(
        m=m, a=snippet(rng, passages, 300, 1100), q=snippet(rng, chat, 40, 300), t=pick(rng, topics)
    )


# ============================================================================================
# agent / tool-use transcripts


_ENVS = {
    "shop": (
        ("search_products", '{"query": "string", "max_price": "number"}'),
        ("get_product", '{"product_id": "string"}'),
        ("add_to_cart", '{"product_id": "string", "qty": "integer"}'),
        ("checkout", '{"shipping": "standard|express"}'),
    ),
    "shell": (
        ("run", '{"cmd": "string", "timeout_s": "integer"}'),
        ("read_file", '{"path": "string"}'),
        ("write_file", '{"path": "string", "content": "string"}'),
    ),
    "sql": (
        ("list_tables", "{}"),
        ("describe", '{"table": "string"}'),
        ("query", '{"sql": "string"}'),
    ),
    "calendar": (
        (
            "find_free_slots",
            '{"attendees": ["string"], "duration_min": "integer", "week": "string"}',
        ),
        ("create_event", '{"title": "string", "start": "iso8601", "attendees": ["string"]}'),
        ("send_email", '{"to": "string", "subject": "string", "body": "string"}'),
    ),
    "travel": (
        ("search_flights", '{"from": "IATA", "to": "IATA", "date": "YYYY-MM-DD"}'),
        ("search_hotels", '{"city": "string", "nights": "integer", "max_rate": "number"}'),
        ("book", '{"offer_id": "string", "traveller": "string"}'),
    ),
}
_TASKS = {
    "shop": (
        "Buy two {item} under ${p} with the fastest shipping available.",
        "Find the best-reviewed {item} below ${p} and add it to the cart, but do not check out.",
        "Compare three {item} options under ${p} and buy the one with the longest warranty.",
    ),
    "shell": (
        "The test suite in ./{repo} fails in {item}; find the cause and fix it.",
        "Count the lines of Python in ./{repo} excluding tests and write the number to out.txt.",
        "Upgrade the {item} dependency in ./{repo} and make sure the build still passes.",
    ),
    "sql": (
        "Which {item} had the largest month-over-month revenue drop in {y}?",
        "List customers who bought {item} twice but never left a review.",
        "Find duplicate {item} records and propose a query that merges them.",
    ),
    "calendar": (
        "Set up a 45-minute {item} with {a} and {b} next week and email them the agenda.",
        "Move my {item} on Thursday to any free slot after 3pm and notify {a}.",
    ),
    "travel": (
        "Book the cheapest flight from {f} to {t} on a weekday in March and a hotel near the centre under ${p}/night.",
        "Plan a 3-night trip for {a} from {f} to {t}, economy, total under ${p}.",
    ),
}
_ITEMS = {
    "shop": (
        "hiking boots",
        "USB-C hubs",
        "standing desks",
        "noise-cancelling headphones",
        "espresso grinders",
    ),
    "shell": ("the parser", "the auth module", "logging", "the date utils", "the CSV export"),
    "sql": (
        "product category",
        "subscription plan",
        "warehouse region",
        "sales rep",
        "coupon code",
    ),
    "calendar": ("design review", "quarterly sync", "1:1", "interview debrief", "budget meeting"),
    "travel": ("trip",),
}
_IATA = (
    "LHR",
    "FRA",
    "GRU",
    "BOM",
    "NRT",
    "JFK",
    "MEX",
    "NBO",
    "WAW",
    "SGN",
    "YYZ",
    "CAI",
    "ARN",
    "MNL",
)


def _fake_obs(rng: Rng, env: str, passages: list[str]) -> str:
    if env == "shop":
        rows = [
            f'{{"id": "p{irange(rng, 1000, 9999)}", "price": {irange(rng, 15, 400)}.{irange(rng, 0, 99):02d}, '
            f'"rating": {irange(rng, 30, 50) / 10}}}'
            for _ in range(irange(rng, 2, 4))
        ]
        return "[" + ", ".join(rows) + "]"
    if env == "shell":
        return pick(
            rng,
            (
                f"exit 1\nFAILED tests/test_core.py::test_case_{irange(rng, 1, 80)} - AssertionError",
                f"exit 0\n{irange(rng, 200, 9000)} total",
                "exit 2\nModuleNotFoundError: No module named 'yaml'",
                cut(pick(rng, passages), 300),
            ),
        )
    if env == "sql":
        return f"{irange(rng, 0, 40)} rows | columns: id, name, amount, created_at"
    if env == "calendar":
        return f'["Tue {irange(rng, 9, 16)}:00", "Wed {irange(rng, 9, 16)}:30", "Fri {irange(rng, 9, 16)}:00"]'
    return f'{{"offers": {irange(rng, 0, 12)}, "cheapest": {irange(rng, 60, 900)}}}'


AGENT_STYLES = ("react", "messages", "trajectory")


def agent_prompt(rng: Rng, style: str, passages: list[str]) -> str:
    env = pick(rng, sorted(_ENVS))
    tools = _ENVS[env]
    task = pick(rng, _TASKS[env]).format(
        item=pick(rng, _ITEMS[env]),
        p=irange(rng, 40, 900),
        repo=pick(rng, ("billing-svc", "webapp", "etl", "cli-tool")),
        y=pick(rng, (2023, 2024, 2025)),
        a=pick(rng, NAMES),
        b=pick(rng, NAMES),
        f=pick(rng, _IATA),
        t=pick(rng, _IATA),
    )
    schema = "\n".join(f"- {n}({a})" for n, a in tools)
    steps = []
    for i in range(irange(rng, 0, 6)):
        name, _ = pick(rng, tools)
        steps.append((i + 1, name, _fake_obs(rng, env, passages)))
    if style == "react":
        hist = (
            "\n".join(f"Step {i}: Action: {n}(...)\nObservation: {o}" for i, n, o in steps)
            or "(none yet)"
        )
        return (
            f"You are an autonomous agent in a {env} environment.\nTools:\n{schema}\n\nTask: {task}\n\n"
            f"History:\n{hist}\n\nWrite a Thought that explains your reasoning in detail, then exactly "
            'one Action as JSON {"tool": ..., "args": {...}}, or FINISH with the final answer.'
        )
    if style == "messages":
        turns = "".join(
            f'<assistant_call name="{n}">{{...}}</assistant_call>\n<tool_result>{o}</tool_result>\n'
            for _, n, o in steps
        )
        return (
            "<tools>\n"
            + "\n".join(f'{{"name": "{n}", "parameters": {a}}}' for n, a in tools)
            + f"\n</tools>\n<user>{task}</user>\n{turns}<continue/>"
        )
    return (
        f"Write a complete, realistic agent trajectory ({irange(rng, 5, 12)} steps of thought / action / "
        f"observation) for the task below, using only these tools:\n{schema}\n\nTask: {task}\n\n"
        "Include at least one failed action and the recovery from it. End with the final answer."
    )


# ============================================================================================
# synthetic instruction data


PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired ferry mechanic in Bergen",
    "a first-year law student in Lagos",
    "a bakery owner in Porto Alegre",
    "a high-school chemistry teacher in Ohio",
    "a freight dispatcher in Rotterdam",
    "a junior data analyst at a bank in Pune",
    "a beekeeper in rural Slovenia",
    "a wedding photographer in Jakarta",
    "a city planner in Monterrey",
    "a PhD student in marine biology in Hobart",
    "a sommelier in Lyon",
    "a volunteer firefighter in Alberta",
    "a game-modding hobbyist in Seoul",
    "an immigration paralegal in Toronto",
    "a cocoa cooperative manager in Kumasi",
)
SYN_TOPICS = (
    "personal budgeting",
    "SQL window functions",
    "first aid",
    "contract law basics",
    "sourdough chemistry",
    "container shipping",
    "spreadsheet automation",
    "climate adaptation in cities",
    "beginner guitar theory",
    "tax residency",
    "unit testing",
    "negotiation",
    "marine ecosystems",
    "home electrical safety",
    "statistics for A/B tests",
    "grant writing",
)
_SYN = {
    "persona": {
        "en": "Imagine you are {p}. Write one realistic, specific question you might ask an AI "
        "assistant about {t}, then write an excellent, detailed answer.\nFormat:\nQUESTION: ...\nANSWER: ...",
        "pt": "Imagine que você é {p}. Escreva uma pergunta realista e específica que você faria a um "
        "assistente de IA sobre {t} e depois uma resposta excelente e detalhada.\nFormato:\n"
        "PERGUNTA: ...\nRESPOSTA: ...",
        "hi": "कल्पना कीजिए कि आप {p} हैं। {t} के बारे में एक वास्तविक, विशिष्ट प्रश्न लिखिए जो आप "
        "किसी AI सहायक से पूछ सकते हैं, फिर उसका विस्तृत और उत्कृष्ट उत्तर लिखिए।\nप्रारूप:\nप्रश्न: ...\nउत्तर: ...",
        "id": "Bayangkan Anda adalah {p}. Tulis satu pertanyaan realistis dan spesifik tentang {t} yang "
        "mungkin Anda ajukan ke asisten AI, lalu tulis jawaban yang sangat baik dan rinci.\nFormat:\n"
        "PERTANYAAN: ...\nJAWABAN: ...",
    },
    "jsonl": {
        "en": 'Generate {n} diverse instruction-following examples about "{t}" as JSON Lines with the '
        "fields instruction, input, output. Vary difficulty and task type (explain, compare, "
        "calculate, rewrite, plan). Outputs must be complete and high quality. No numbering.",
        "pt": 'Gere {n} exemplos variados de instruções sobre "{t}" em JSON Lines com os campos '
        "instruction, input, output. Varie a dificuldade e o tipo de tarefa. Respostas completas.",
        "id": 'Buat {n} contoh instruksi yang beragam tentang "{t}" dalam format JSON Lines dengan '
        "kolom instruction, input, output. Variasikan tingkat kesulitan dan jenis tugas.",
    },
    "dialogue": {
        "en": "Write a {k}-turn conversation between a curious user and a knowledgeable assistant about "
        "{t}. The assistant's turns should be thorough and correct; the user should push back at "
        "least once. Label turns USER: and ASSISTANT:.",
        "hi": "{t} के बारे में एक जिज्ञासु उपयोगकर्ता और एक जानकार सहायक के बीच {k} बारी की बातचीत "
        "लिखिए। सहायक के उत्तर विस्तृत और सही हों। बारियों को USER: और ASSISTANT: से चिह्नित करें।",
    },
    "evolve": {
        "en": "Take the instruction below and make it harder by adding one realistic constraint and one "
        "requirement that forces deeper reasoning. Print the new instruction, then answer it in "
        "full.\n\nInstruction: {c}",
    },
}

SYN_STYLES = ("persona", "jsonl", "dialogue", "evolve")


def synthetic_prompt(rng: Rng, style: str, lang: str, chat: list[str]) -> str:
    table = _SYN[style]
    w = table.get(lang, table["en"])
    return w.format(
        p=pick(rng, PERSONAS),
        t=pick(rng, SYN_TOPICS),
        n=pick(rng, (5, 8, 10, 12, 20)),
        k=irange(rng, 4, 10),
        c=snippet(rng, chat, 40, 400),
    )


# ============================================================================================
# soft labels and repeated sampling


_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "shipping", "other"),
    ("toxic", "not_toxic"),
    ("fact", "opinion", "prediction"),
)
_SOFT = {
    "en": "Classify the text into {labels}. Do not choose just one: give your probability for every "
    "label as a JSON object whose values sum to 1, then a one-sentence justification.\n\nText: {x}",
    "fr": "Classe le texte dans {labels}. Ne choisis pas une seule étiquette : donne ta probabilité "
    "pour chacune sous forme d'objet JSON dont la somme vaut 1, puis une phrase de justification."
    "\n\nTexte : {x}",
    "ko": "다음 텍스트를 {labels} 중에서 분류하세요. 하나만 고르지 말고 모든 레이블에 대한 확률을 합이 "
    "1인 JSON 객체로 제시한 뒤, 한 문장으로 근거를 쓰세요.\n\n텍스트: {x}",
}
_NEXT = {
    "en": "Continue the text below with your five most likely next sentences, each with your estimated "
    "probability, most likely first.\n\n{x}",
    "fr": "Propose les cinq suites les plus probables du texte ci-dessous, chacune avec sa probabilité "
    "estimée, de la plus probable à la moins probable.\n\n{x}",
}


def soft_label_prompt(rng: Rng, lang: str, passages: list[str]) -> str:
    x = snippet(rng, passages, 120, 600)
    if chance(rng, 0.3):
        return _NEXT.get(lang, _NEXT["en"]).format(x=x)
    labels = ", ".join(pick(rng, _LABELSETS))
    return _SOFT.get(lang, _SOFT["en"]).format(labels=labels, x=x)


# ============================================================================================
# code curriculum sweep


CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "Haskell")
CONCEPTS = (
    "an LRU cache",
    "a trie with prefix search",
    "Dijkstra's shortest path",
    "a token-bucket rate limiter",
    "a thread-safe bounded queue",
    "interval merging",
    "a JSON tokenizer",
    "union-find with path compression",
    "a min-heap from scratch",
    "topological sort with cycle detection",
    "a rolling-hash substring search",
    "an expression evaluator with operator precedence",
    "a consistent-hashing ring",
    "run-length encoding and decoding",
    "a sparse matrix multiply",
    "a retry wrapper with exponential backoff",
    "a skip list",
    "edit distance with the alignment",
    "a bloom filter",
    "a simple regex matcher supporting . and *",
    "reservoir sampling",
    "a B-tree insert",
    "a cron expression parser",
    "a diff of two text files by lines",
)
CODE_TASKS = ("implement", "explain", "debug", "test", "optimise")
_CODE = {
    "grid": "Exercise {i:05d} | language={lang} | level={d}/5 | task={task}\nSubject: {c}.\n"
    "Requirements: idiomatic code, full comments, complexity analysis, and at least four unit tests. "
    "Explain each design decision before the code.",
    "kata": "Level {d} kata ({lang}): {task} {c}. Walk through your approach first, then give the "
    "complete solution, then discuss edge cases and how you would test them.",
    "natural": "I'm learning {lang}. Could you {task} {c} for me? Go step by step and explain why each "
    "part is written the way it is; assume level {d} of 5.",
    "fr": "Exercice n° {i} ({lang}, niveau {d}/5) : {task} {c}. Explique ta démarche étape par étape, "
    "donne le code complet et commenté, puis la complexité et des tests unitaires.",
}
_TASK_WORDS = {
    "implement": "implement",
    "explain": "explain a reference implementation of",
    "debug": "find and fix the bugs in a naive implementation of",
    "test": "write a property-based test suite for",
    "optimise": "optimise a slow implementation of",
}
CODE_STYLES = ("grid", "kata", "natural", "fr")


def code_prompt(i: int, style: str, lang: str, concept: str, task: str, d: int) -> str:
    return _CODE[style].format(i=i, lang=lang, d=d, task=_TASK_WORDS[task], c=concept)


# ============================================================================================
# multi-turn harvest (seed question + follow-ups) in eight languages


_SEED = {
    "en": (
        "I'm trying to really understand {t}. Can you walk me through it from first principles?",
        "What do most people get wrong about {t}?",
        "Give me a thorough overview of {t}, including the history and the key open questions.",
        "How would you teach {t} to a smart adult with no background?",
    ),
    "es": (
        "Quiero entender de verdad {t}. ¿Me lo explicas desde los principios básicos?",
        "¿Qué es lo que la mayoría entiende mal sobre {t}?",
        "Dame una visión completa de {t}, con su historia y las preguntas abiertas más importantes.",
    ),
    "pt": (
        "Quero entender de verdade {t}. Pode me explicar a partir dos princípios básicos?",
        "O que a maioria das pessoas entende errado sobre {t}?",
        "Me dê uma visão completa sobre {t}, incluindo a história e as principais questões em aberto.",
    ),
    "de": (
        "Ich möchte das Thema „{t}“ wirklich verstehen. Kannst du es mir von Grund auf erklären?",
        "Was verstehen die meisten beim Thema „{t}“ falsch?",
        "Gib mir einen gründlichen Überblick über das Thema „{t}“, mit Geschichte und offenen Fragen.",
    ),
    "fr": (
        "J'essaie de vraiment comprendre le sujet « {t} ». Tu peux me l'expliquer à partir des principes de base ?",
        "Sur le sujet « {t} », qu'est-ce que la plupart des gens comprennent mal ?",
        "Fais-moi un panorama complet du sujet « {t} », avec l'histoire et les grandes questions ouvertes.",
    ),
    "ru": (
        "Хочу по-настоящему разобраться в теме «{t}». Объясни с самых основ.",
        "Что большинство людей понимает неправильно в теме «{t}»?",
        "Дай подробный обзор темы «{t}»: история, ключевые идеи и открытые вопросы.",
    ),
    "zh": (
        "我想真正弄懂{t}，能从最基本的原理讲起吗？",
        "关于{t}，大多数人误解的地方是什么？",
        "请全面介绍一下{t}，包括历史背景和目前尚未解决的问题。",
    ),
    "ja": (
        "{t}を本当に理解したいです。基本原理から順を追って説明してもらえますか？",
        "{t}について、多くの人が誤解している点は何ですか？",
        "{t}について、歴史的背景と未解決の問題も含めて詳しく解説してください。",
    ),
}
_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete worked example of that.",
        "What would an expert add that you left out?",
        "Now summarise everything so far as a table.",
        "What are the strongest counterarguments?",
        "Explain that last part again, more rigorously.",
        "How would this look in practice, step by step?",
        "What are common mistakes here and how do I avoid them?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto y resuelto de eso.",
        "¿Qué añadiría un experto que no hayas mencionado?",
        "Ahora resume todo lo anterior en una tabla.",
        "¿Cuáles son los contraargumentos más fuertes?",
        "Explica esa última parte otra vez, con más rigor.",
        "¿Cómo se vería esto en la práctica, paso a paso?",
        "¿Cuáles son los errores más comunes y cómo evitarlos?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dê um exemplo concreto e resolvido disso.",
        "O que um especialista acrescentaria que você deixou de fora?",
        "Agora resuma tudo até aqui em uma tabela.",
        "Quais são os contra-argumentos mais fortes?",
        "Explique essa última parte de novo, com mais rigor.",
        "Como isso ficaria na prática, passo a passo?",
        "Quais são os erros mais comuns e como evitá-los?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir dazu ein konkretes, durchgerechnetes Beispiel.",
        "Was würde ein Experte ergänzen, das du weggelassen hast?",
        "Fasse jetzt alles bisher in einer Tabelle zusammen.",
        "Was sind die stärksten Gegenargumente?",
        "Erkläre den letzten Teil noch einmal, aber genauer.",
        "Wie sähe das in der Praxis aus, Schritt für Schritt?",
        "Welche typischen Fehler gibt es und wie vermeide ich sie?",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret et détaillé.",
        "Qu'est-ce qu'un expert ajouterait que tu as laissé de côté ?",
        "Résume maintenant tout cela sous forme de tableau.",
        "Quels sont les contre-arguments les plus solides ?",
        "Réexplique la dernière partie, plus rigoureusement.",
        "Concrètement, comment ça se passe, étape par étape ?",
        "Quelles sont les erreurs fréquentes et comment les éviter ?",
    ),
    "ru": (
        "Можешь подробнее раскрыть второй пункт?",
        "Приведи конкретный разобранный пример.",
        "Что добавил бы эксперт из того, что ты упустил?",
        "Теперь сведи всё сказанное в таблицу.",
        "Какие самые сильные контраргументы?",
        "Объясни последнюю часть ещё раз, строже.",
        "Как это выглядит на практике, шаг за шагом?",
        "Какие типичные ошибки и как их избежать?",
    ),
    "zh": (
        "能把第二点再展开讲讲吗？",
        "请给一个具体的、完整演算的例子。",
        "专家会补充哪些你没提到的内容？",
        "现在把目前为止的内容整理成一张表格。",
        "最有力的反对意见有哪些？",
        "请把最后那部分再更严谨地解释一遍。",
        "实际操作中是什么样的？请一步步说明。",
        "常见的错误有哪些？怎么避免？",
    ),
    "ja": (
        "二つ目のポイントをもっと掘り下げてもらえますか？",
        "具体的な計算例を一つ示してください。",
        "専門家なら、ここまでの説明に何を付け加えますか？",
        "ここまでの内容を表にまとめてください。",
        "最も有力な反論は何ですか？",
        "最後の部分をもう少し厳密に説明し直してください。",
        "実際にはどう進めるのか、手順を追って教えてください。",
        "よくある間違いと、その避け方を教えてください。",
    ),
}


def harvest_thread(rng: Rng, lang: str, n: int) -> list[str]:
    """A seed question on one topic and n-1 follow-ups (no follow-up twice in a row)."""
    t = pick(rng, TOPICS[lang])
    out = [pick(rng, _SEED[lang]).format(t=t)]
    follow = _FOLLOW[lang]
    order = rng.permutation(len(follow)).tolist()
    for j in range(n - 1):
        out.append(follow[order[j % len(order)]])
    return out


# ============================================================================================
# casual, person-like questions


_CASUAL = {
    "en": (
        "how does {t} actually work",
        "can u explain {t} like im 12",
        "whats the deal with {t}? my teacher explained it badly",
        "ok so {t}... why does it matter",
        "quick q: what is {t} in simple words",
        "explain {t} but go deep, i have time",
        "i keep getting confused by {t}, help",
    ),
    "es": (
        "cómo funciona {t} en realidad",
        "me explicas {t} como si tuviera 12 años",
        "no entiendo {t}, me ayudas?",
        "pregunta rápida: qué es {t} en palabras simples",
        "explícame {t} a fondo porfa",
    ),
    "pt": (
        "como funciona {t} na real",
        "me explica {t} como se eu tivesse 12 anos",
        "não entendo {t}, me ajuda?",
        "pergunta rápida: o que é {t} em palavras simples",
        "explica {t} a fundo pfv",
    ),
    "de": (
        "wie funktioniert eigentlich {t}",
        "kannst du mir {t} erklären als wär ich 12",
        "ich check {t} nicht, hilfe",
        "kurze frage: {t} in einfachen worten?",
    ),
    "fr": (
        "comment ça marche vraiment, {t} ?",
        "tu peux m'expliquer {t} comme si j'avais 12 ans",
        "je comprends rien à {t}, tu m'aides ?",
        "question rapide : c'est quoi {t} en mots simples",
        "explique-moi {t} en profondeur stp",
    ),
}
_CASUAL_TAILS = (
    "",
    "",
    "",
    " pls",
    " thx",
    "?",
    "??",
    " lol",
    " (for an exam tomorrow)",
    " with examples",
)


def _typo(rng: Rng, s: str) -> str:
    if len(s) < 8 or not chance(rng, 0.35):
        return s
    i = irange(rng, 1, len(s) - 3)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def casual_question(rng: Rng, lang: str) -> str:
    t = pick(rng, TOPICS[lang])
    if lang == "de":
        t = t[0].lower() + t[1:] if chance(rng, 0.6) else t
    q = pick(rng, _CASUAL[lang]).format(t=t)
    if chance(rng, 0.5):
        q = q.lower()
    return _typo(rng, q + pick(rng, _CASUAL_TAILS))


# ============================================================================================
# hidden-in-product additions


_SHADOW_SUFFIX = (
    "\n\n(Answer as a domain expert. Be exhaustive and include your full reasoning.)",
    "\n\nPlease give the most complete, carefully reasoned answer you can.",
    "\n\n[quality mode: detailed]",
    "",
    "",
)


def shadow_of(rng: Rng, user_prompt: str) -> str:
    return user_prompt + pick(rng, _SHADOW_SUFFIX)


# ============================================================================================
# translation sweeps


LOCALES = (
    ("de-DE", "German"),
    ("fr-FR", "French"),
    ("es-ES", "Spanish"),
    ("es-MX", "Mexican Spanish"),
    ("pt-BR", "Brazilian Portuguese"),
    ("it-IT", "Italian"),
    ("nl-NL", "Dutch"),
    ("pl-PL", "Polish"),
    ("tr-TR", "Turkish"),
    ("ru-RU", "Russian"),
    ("ja-JP", "Japanese"),
    ("ko-KR", "Korean"),
    ("zh-CN", "Simplified Chinese"),
    ("zh-TW", "Traditional Chinese"),
    ("ar-SA", "Arabic"),
    ("hi-IN", "Hindi"),
    ("id-ID", "Indonesian"),
    ("vi-VN", "Vietnamese"),
    ("th-TH", "Thai"),
    ("sv-SE", "Swedish"),
)
_TRANSLATE = {
    "brief": "Translate into {name} ({loc}). Preserve markdown, code blocks and any {{placeholders}}. "
    "Return only the translation.\n\n{x}",
    "agency": "Job {job} / segment {seg} / target {loc}\nClient style guide: formal register, "
    "gender-neutral where possible, keep product names in English.\n---\n{x}",
    "json": '{{"task": "translate", "source_lang": "en", "target_lang": "{loc}", "domain": "{dom}", '
    '"text": "{xe}"}}',
}
TRANSLATE_STYLES = ("brief", "agency", "json")


def translate_prompt(rng: Rng, style: str, loc: str, name: str, x: str, job: str, seg: int) -> str:
    xe = x.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    dom = pick(rng, ("software", "marketing", "support", "legal", "e-learning"))
    return _TRANSLATE[style].format(name=name, loc=loc, x=x, xe=xe, job=job, seg=seg, dom=dom)


# ============================================================================================
# benign kinds' texts


_CS_CLIENTS = (
    "Nordlicht Energie",
    "BluePeak Telecom",
    "Casa Verde Seguros",
    "Kiwi Freight",
    "Orion Bank",
)


def vendor_qa_prompt(rng: Rng, chat: list[str], passages: list[str]) -> str:
    """A labelling vendor's QA pass over a client's support-bot conversations."""
    client = pick(rng, _CS_CLIENTS)
    mode = pick(rng, ("score", "compare", "label"))
    conv = f"Customer: {snippet(rng, chat, 40, 300)}\nAgent: {snippet(rng, passages, 120, 600)}"
    if mode == "score":
        return (
            f"QA checklist for {client} support transcripts (v{irange(rng, 2, 4)}).\n"
            "Rate 1-5: greeting, resolved_issue, policy_adherence, empathy. Flag PII if present. "
            f"Output CSV: greeting,resolved_issue,policy_adherence,empathy,pii_flag\n\n{conv}"
        )
    if mode == "compare":
        return (
            f"{client} asked us to check whether our human annotator's label agrees with the transcript. "
            f"Annotator label: {pick(rng, ('resolved', 'escalated', 'refund', 'no_action'))}.\n"
            f"Transcript:\n{conv}\n\nAgree or disagree, with one sentence why."
        )
    return (
        f"Assign one intent to the customer's first message for {client}'s taxonomy "
        "(billing_dispute, outage, plan_change, cancellation, other). Answer with the intent only."
        f"\n\n{conv}"
    )


_LISTING_ITEMS = (
    "second-hand road bike, 54cm frame",
    "homemade chilli jam, 6 jars",
    "iPhone 12 with cracked back",
    "vintage leather armchair",
    "herbal sleep tea blend",
    "private maths tutoring",
    "puppy crate, barely used",
    "apartment sublet near the university",
)
_LISTING_LANGS = ("English", "Spanish", "German", "Polish", "Portuguese", "Turkish")


def listing_moderation_prompt(rng: Rng) -> str:
    item = pick(rng, _LISTING_ITEMS)
    lang = pick(rng, _LISTING_LANGS)
    bad = pick(
        rng,
        (
            f"call me on 07{irange(rng, 100, 999)}{irange(rng, 1000, 9999)} for a better price",
            "cures insomnia and anxiety 100% guaranteed",
            "pay only by gift card",
            f"DM on insta @seller{irange(rng, 10, 999)}",
            "best price in town, the other sellers are scammers",
        ),
    )
    return (
        f"Marketplace listing (language: {lang}). Rewrite it so it complies with our listing rules: no "
        "off-platform contact details, no health claims, no payment outside checkout, no attacks on "
        "other sellers. Keep the seller's voice and all product facts. Return only the rewritten "
        f"listing in {lang}.\n\nTitle: {item}\nDescription: {item}, good condition. {bad}."
    )


_DIFFS = (
    "--- a/src/api/routes.py\n+++ b/src/api/routes.py\n@@ -41,7 +41,9 @@\n-    return jsonify(items)\n+    page = int(request.args.get('page', 1))\n+    return jsonify(paginate(items, page))",
    "--- a/web/src/hooks/useCart.ts\n+++ b/web/src/hooks/useCart.ts\n@@ -12,4 +12,6 @@\n-  const total = items.reduce((s, i) => s + i.price, 0)\n+  const total = items.reduce((s, i) => s + i.price * i.qty, 0)",
    "--- a/infra/main.tf\n+++ b/infra/main.tf\n@@ -88,3 +88,4 @@\n   instance_type = var.size\n+  monitoring    = true",
)
_TEST_OUT = (
    "===== 3 failed, 212 passed in 41.2s =====\nFAILED tests/test_orders.py::test_refund_partial",
    "error[E0502]: cannot borrow `self.buf` as mutable because it is also borrowed as immutable",
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at CartSummary (CartSummary.tsx:27:18)",
    "All checks passed.",
)


def coding_agent_step(rng: Rng, passages: list[str]) -> str:
    """One step of an internal coding agent: tool output fed back with the task."""
    task = pick(
        rng,
        (
            "Add pagination to the orders endpoint",
            "Fix the cart total when quantity > 1",
            "Turn on monitoring for the worker pool",
            "Make the refund flow handle partial refunds",
            "Resolve the borrow-checker error in the ring buffer",
        ),
    )
    obs = pick(rng, _TEST_OUT) if chance(rng, 0.6) else pick(rng, _DIFFS)
    extra = (
        ""
        if chance(rng, 0.6)
        else "\n\nRelevant file excerpt:\n" + snippet(rng, passages, 200, 900)
    )
    return (
        f"[agent step {irange(rng, 1, 30)}] Task: {task}\nLast tool: "
        f"{pick(rng, ('run_tests', 'apply_patch', 'read_file', 'grep'))}\nOutput:\n{obs}{extra}\n\n"
        "Decide the next tool call. Respond with a JSON tool call only."
    )


_INTENTS = (
    "reset_password",
    "track_order",
    "cancel_subscription",
    "change_address",
    "report_fraud",
)
_PRODUCTS = (
    "running shoes",
    "air fryers",
    "baby strollers",
    "gaming laptops",
    "yoga mats",
    "e-bikes",
)


def augmentation_prompt(rng: Rng, chat: list[str]) -> str:
    mode = pick(rng, ("para", "reviews", "ner"))
    if mode == "para":
        return (
            f"Write {pick(rng, (10, 15, 20))} different ways a customer might say the following, for the "
            f"intent '{pick(rng, _INTENTS)}'. Vary formality, length and typos. One per line.\n\n"
            f"Utterance: {snippet(rng, chat, 20, 120)}"
        )
    if mode == "reviews":
        return (
            f"Generate {pick(rng, (8, 12))} realistic product reviews of {pick(rng, _PRODUCTS)} with "
            f"{pick(rng, ('positive', 'negative', 'mixed'))} sentiment, 1-4 sentences each, as a JSON list "
            'of {"stars": int, "text": str}.'
        )
    return (
        "Create 10 short sentences that mention a person, an organisation and a city, and return "
        "them as JSON with character-offset entity spans (PER, ORG, LOC)."
    )


_VIGNETTES = {
    "en": (
        "A colleague takes credit for your work in a meeting. On a scale of 1-7, how likely are you "
        "to confront them privately? Answer with a number and one sentence.",
        "You find a wallet with {n} euros and an ID. What do you do? Answer in two sentences.",
        "Should a city spend its surplus on {a} or {b}? Pick one and give your main reason.",
    ),
    "de": (
        "Ein Kollege gibt Ihre Arbeit in einer Besprechung als seine aus. Wie wahrscheinlich ist es "
        "auf einer Skala von 1-7, dass Sie ihn unter vier Augen darauf ansprechen? Zahl und ein Satz.",
        "Sie finden eine Geldbörse mit {n} Euro und einem Ausweis. Was tun Sie? Zwei Sätze.",
    ),
    "ja": (
        "同僚が会議であなたの成果を自分の手柄にしました。1〜7の尺度で、後で個人的に指摘する可能性は"
        "どのくらいですか？数字と一文で答えてください。",
        "{n}ユーロと身分証の入った財布を拾いました。どうしますか？二文で答えてください。",
    ),
    "es": (
        "Un compañero se atribuye tu trabajo en una reunión. En una escala de 1 a 7, ¿qué probabilidad "
        "hay de que se lo digas en privado? Responde con un número y una frase.",
        "¿Debería una ciudad gastar su superávit en {a} o en {b}? Elige una opción y da tu razón principal.",
    ),
}


def study_vignette(rng: Rng, lang: str, persona: str | None) -> str:
    v = pick(rng, _VIGNETTES[lang]).format(
        n=pick(rng, (20, 50, 200)),
        a=pick(rng, ("public transport", "parks", "schools")),
        b=pick(rng, ("tax cuts", "police", "housing")),
    )
    return f"{persona}\n\n{v}" if persona else v


STUDY_PERSONAS = (
    "Answer as a 34-year-old nurse from Manchester.",
    "Answer as a 67-year-old retired farmer from Bavaria.",
    "Answer as a 21-year-old engineering student from Osaka.",
    "Answer as a 45-year-old shop owner from Guadalajara.",
    "",
)

_GRADES = tuple(range(3, 13))
_SUBJECTS = {
    "maths": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratics",
        "probability",
        "trigonometry",
    ),
    "science": (
        "food chains",
        "states of matter",
        "electric circuits",
        "cell division",
        "acids and bases",
    ),
    "english": ("persuasive writing", "figurative language", "paragraph structure", "summarising"),
    "history": ("the industrial revolution", "ancient Egypt", "the cold war", "decolonisation"),
}


def content_library_prompt(grade: int, subject: str, skill: str, variant: int) -> str:
    return (
        f"Content library / grade {grade} / {subject} / {skill} / variant {variant}\n"
        f"Write one worked example for a grade {grade} student on {skill}, with a short explanation a "
        "parent could follow, then three practice questions with answers. Match the difficulty to the "
        "grade. Use simple formatting."
    )


def student_question(rng: Rng) -> str:
    subject = pick(rng, sorted(_SUBJECTS))
    skill = pick(rng, _SUBJECTS[subject])
    return pick(
        rng,
        (
            f"i dont get {skill}, can you explain with an example",
            f"is this right? my answer for the {skill} homework was {irange(rng, 2, 90)}",
            f"help me study {skill} for my test friday",
            f"what's a trick to remember {skill}?",
        ),
    )


def library_sweep() -> list[tuple[int, str, str]]:
    return [(g, s, k) for g in _GRADES for s in sorted(_SUBJECTS) for k in _SUBJECTS[s]]


_COMPANION = (
    "ugh, long day. my manager moved the deadline again",
    "can you help me write a birthday message for my sister who just moved to {c}?",
    "i can't sleep, tell me something interesting",
    "what should i cook tonight with rice, eggs and spinach",
    "do you remember what i told you about my job interview? it went ok i think",
    "my friend {n} hasn't texted back in a week, am i overthinking",
    "give me a pep talk before my run",
    "help me plan a cheap weekend in {c}",
    "rewrite this text to my landlord so it sounds less angry: {x}",
)
_COMPANION_FOLLOW = (
    "haha yeah",
    "ok tell me more",
    "what do you think i should do",
    "that's actually helpful, thanks",
    "can you make it shorter",
    "hmm not sure about that",
    "lol ok",
    "wait why",
)


def companion_message(rng: Rng, first: bool, chat: list[str]) -> str:
    if not first:
        return pick(rng, _COMPANION_FOLLOW)
    if chance(rng, 0.35):
        return snippet(rng, chat, 20, 500)
    return pick(rng, _COMPANION).format(
        c=pick(rng, COUNTRIES), n=pick(rng, NAMES), x=snippet(rng, chat, 20, 150)
    )


_HOMEWORK = (
    "Assignment {a}: explain the difference between {x} and {y} in your own words, with one example each.",
    "Week {a} lab: why does my code give {x} when I expect {y}?",
    "For assignment {a}, summarise the reading on {x} in 150 words.",
    "Problem set {a}, question {q}: how do I start on the part about {x}?",
)
_HOMEWORK_TERMS = (
    ("a list", "a tuple"),
    ("recursion", "iteration"),
    ("a p-value", "an effect size"),
    ("mean", "median"),
    ("supervised learning", "unsupervised learning"),
    ("a None", "an empty list"),
    ("stack", "heap"),
    ("precision", "recall"),
)


def homework_prompt(rng: Rng, week: int, chat: list[str]) -> str:
    if chance(rng, 0.25):
        return snippet(rng, chat, 20, 400)
    x, y = pick(rng, _HOMEWORK_TERMS)
    return pick(rng, _HOMEWORK).format(a=week, q=irange(rng, 1, 8), x=x, y=y)


_UI_STRINGS = (
    "Your order has shipped! Track it here: {link}",
    "Password must contain at least {n} characters, one number and one symbol.",
    "You have {n} unread messages.",
    "Free returns within 30 days. Conditions apply.",
    "Are you sure you want to delete this playlist? This can't be undone.",
    "Upgrade to Pro to unlock offline mode and unlimited exports.",
    "We couldn't process your payment. Please check your card details.",
    "Welcome back, {name}! Pick up where you left off.",
    "Tap and hold a photo to add it to an album.",
    "This feature is not available in your region yet.",
)


def ui_string(rng: Rng, passages: list[str]) -> str:
    if chance(rng, 0.3):
        return snippet(rng, passages, 150, 500)
    return pick(rng, _UI_STRINGS)


def shop_translate_prompt(loc: str, name: str, x: str, project: str) -> str:
    return (
        f"[{project}] Localise this UI text for {name} ({loc}). Keep {{placeholders}} and HTML tags "
        f"unchanged, match the length where possible, informal 'you'.\n\n{x}"
    )

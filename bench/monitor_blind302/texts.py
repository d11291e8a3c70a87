"""Prompt generators of blind batch 302, written for this batch (no prompt text is copied from
anywhere else in the repository). Every generator takes the calling family's or kind's own
`numpy` generator first and draws only from it, in a fixed order (no set walks, no `hash()`).

ShareGPT text (`ctx.chat`: human first turns, `ctx.passages`: assistant answers) is passed in by
the callers where ordinary human text fits.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# small helpers


def clip_words(rng: Rng, text: str, lo: int, hi: int) -> str:
    """The first lo..hi words of `text` (whitespace normalised)."""
    words = text.split()
    k = irange(rng, lo, hi)
    return " ".join(words[:k])


def snippet(rng: Rng, pool: list[str], lo: int = 8, hi: int = 60) -> str:
    return clip_words(rng, pick(rng, pool), lo, hi)


_SWAP_SAFE = "abcdefghijklmnopqrstuvwxyz"


def humanize(
    rng: Rng, s: str, p_lower: float = 0.5, p_typo: float = 0.3, p_nopunct: float = 0.4
) -> str:
    """Make a templated sentence look typed by a person: lower case, a swapped letter pair,
    dropped final punctuation, a filler word."""
    if chance(rng, p_lower):
        s = s[:1].lower() + s[1:]
    if chance(rng, p_typo) and len(s) > 12:
        i = irange(rng, 1, len(s) - 3)
        if s[i] in _SWAP_SAFE and s[i + 1] in _SWAP_SAFE:
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if chance(rng, p_nopunct) and s[-1:] in ".?!":
        s = s[:-1]
    if chance(rng, 0.12):
        s = s + pick(rng, (" thanks", " pls", " thx!", " :)", "??", " asap"))
    return s


# --------------------------------------------------------------------------------------------
# shared vocabularies (this batch's own)

CONCEPTS_EN = (
    "photosynthesis",
    "the Krebs cycle",
    "CRISPR gene editing",
    "plate tectonics",
    "the greenhouse effect",
    "entropy",
    "special relativity",
    "quantum entanglement",
    "the Doppler effect",
    "nuclear fission",
    "supply and demand elasticity",
    "compound interest",
    "inflation targeting",
    "comparative advantage",
    "the prisoner's dilemma",
    "opportunity cost",
    "bond yields",
    "index funds",
    "the Federal Reserve",
    "the French Revolution",
    "the fall of the Roman Republic",
    "the Meiji Restoration",
    "the Cold War",
    "the printing press",
    "the Silk Road",
    "decolonisation in Africa",
    "the Treaty of Westphalia",
    "Bayes' theorem",
    "the central limit theorem",
    "p-values",
    "linear regression",
    "eigenvectors",
    "the Fourier transform",
    "derivatives",
    "integration by parts",
    "group theory",
    "prime factorisation",
    "public-key cryptography",
    "TCP congestion control",
    "garbage collection",
    "virtual memory",
    "database indexing",
    "CAP theorem",
    "gradient descent",
    "transformers in machine learning",
    "overfitting",
    "hash tables",
    "recursion",
    "big-O notation",
    "containerisation",
    "the immune response to vaccines",
    "antibiotic resistance",
    "the blood-brain barrier",
    "insulin resistance",
    "sleep cycles",
    "the placebo effect",
    "cognitive dissonance",
    "operant conditioning",
    "confirmation bias",
    "utilitarianism",
    "Kant's categorical imperative",
    "the social contract",
    "existentialism",
    "contract law consideration",
    "the presumption of innocence",
    "GDPR consent rules",
    "fair use",
    "carbon capture",
    "lithium-ion batteries",
    "how vaccines are trialled",
    "ocean acidification",
    "the water cycle",
    "how jet engines work",
    "semiconductor doping",
    "the stock-to-flow model",
    "double-entry bookkeeping",
    "the Black-Scholes model",
    "market capitalisation",
    "monopsony power",
)

# per language: a few human-style question templates (slot: {c}) and concepts in that language
NATURAL_Q: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Can you explain {c} in simple terms?",
            "What actually is {c} and why does it matter?",
            "I keep getting confused by {c}. Can you break it down with an example?",
            "How would you explain {c} to someone with no background?",
            "What are the most common misconceptions about {c}?",
            "Give me a clear overview of {c}, with one real-world example.",
            "Is it true that {c} is overrated? Explain both sides.",
            "What's the difference between how textbooks and practitioners think about {c}?",
        ),
        CONCEPTS_EN,
    ),
    "es": (
        (
            "¿Me puedes explicar {c} de forma sencilla?",
            "¿Qué es exactamente {c} y por qué es importante?",
            "No entiendo bien {c}, ¿me das un ejemplo práctico?",
            "¿Cuáles son los errores más comunes al estudiar {c}?",
            "Explícame {c} como si tuviera quince años.",
            "Resume {c} en unos párrafos, con un ejemplo de la vida real.",
        ),
        (
            "la fotosíntesis",
            "la inflación",
            "la Revolución Francesa",
            "el interés compuesto",
            "la entropía",
            "la teoría de juegos",
            "el efecto invernadero",
            "la relatividad especial",
            "las vacunas de ARNm",
            "la deriva continental",
            "el teorema de Bayes",
            "la independencia de América Latina",
            "el sistema inmunológico",
            "la regresión lineal",
            "la criptografía de clave pública",
            "la oferta y la demanda",
            "el ciclo del agua",
            "la Guerra Civil Española",
        ),
    ),
    "pt": (
        (
            "Você pode me explicar {c} de um jeito simples?",
            "O que é {c} e por que isso importa?",
            "Tô com dificuldade em entender {c}, pode dar um exemplo?",
            "Quais são os erros mais comuns sobre {c}?",
            "Me faz um resumo de {c} com um exemplo do dia a dia.",
        ),
        (
            "a fotossíntese",
            "a inflação",
            "os juros compostos",
            "a Revolução Industrial",
            "a entropia",
            "o efeito estufa",
            "a seleção natural",
            "o teorema de Pitágoras",
            "a independência do Brasil",
            "a taxa Selic",
            "as redes neurais",
            "o ciclo de Krebs",
            "a mecânica quântica",
            "o câmbio flutuante",
        ),
    ),
    "de": (
        (
            "Kannst du mir {c} einfach erklären?",
            "Was genau ist {c} und warum ist das wichtig?",
            "Ich verstehe {c} nicht richtig. Hast du ein Beispiel?",
            "Welche typischen Missverständnisse gibt es bei {c}?",
            "Erklär mir bitte {c} so, dass ich es einem Freund erklären könnte.",
        ),
        (
            "die Photosynthese",
            "die Inflation",
            "den Zinseszins",
            "die Entropie",
            "den Treibhauseffekt",
            "die Relativitätstheorie",
            "die Weimarer Republik",
            "die Gewaltenteilung",
            "das Grundgesetz",
            "die Energiewende",
            "neuronale Netze",
            "die Normalverteilung",
            "den Dreißigjährigen Krieg",
            "die Plattentektonik",
            "die Mietpreisbremse",
        ),
    ),
    "fr": (
        (
            "Tu peux m'expliquer {c} simplement ?",
            "C'est quoi exactement {c}, et pourquoi c'est important ?",
            "Je ne comprends pas bien {c}. Tu as un exemple concret ?",
            "Quelles sont les idées reçues les plus fréquentes sur {c} ?",
            "Fais-moi un résumé clair de {c}, avec un exemple.",
        ),
        (
            "la photosynthèse",
            "l'inflation",
            "les intérêts composés",
            "l'entropie",
            "l'effet de serre",
            "la Révolution française",
            "la relativité restreinte",
            "la laïcité",
            "le théorème de Bayes",
            "la tectonique des plaques",
            "la décolonisation",
            "les réseaux de neurones",
            "la Ve République",
        ),
    ),
    "ru": (
        (
            "Объясни простыми словами, что такое {c}.",
            "Что такое {c} и почему это важно?",
            "Не могу понять {c}. Можешь привести пример?",
            "Какие самые частые заблуждения про {c}?",
            "Расскажи подробно про {c}, с примером из жизни.",
        ),
        (
            "фотосинтез",
            "инфляция",
            "сложный процент",
            "энтропия",
            "парниковый эффект",
            "теория относительности",
            "реформы Петра Первого",
            "теорема Байеса",
            "нейронные сети",
            "тектоника плит",
            "квантовая запутанность",
            "ключевая ставка",
            "естественный отбор",
        ),
    ),
    "zh": (
        (
            "能用简单的话解释一下{c}吗？",
            "{c}到底是什么？为什么重要？",
            "我一直搞不懂{c}，能举个例子吗？",
            "关于{c}，最常见的误解有哪些？",
            "请详细介绍一下{c}，最好结合实际例子。",
        ),
        (
            "光合作用",
            "通货膨胀",
            "复利",
            "熵",
            "温室效应",
            "狭义相对论",
            "贝叶斯定理",
            "神经网络",
            "板块构造",
            "量子纠缠",
            "供给与需求",
            "辛亥革命",
            "自然选择",
            "梯度下降",
        ),
    ),
    "ja": (
        (
            "{c}について、わかりやすく説明してもらえますか？",
            "{c}とは何ですか？なぜ重要なのですか？",
            "{c}がよくわかりません。具体例を挙げてください。",
            "{c}に関するよくある誤解を教えてください。",
        ),
        (
            "光合成",
            "インフレーション",
            "複利",
            "エントロピー",
            "温室効果",
            "相対性理論",
            "明治維新",
            "ベイズの定理",
            "ニューラルネットワーク",
            "プレートテクトニクス",
            "需要と供給",
        ),
    ),
    "tr": (
        (
            "{c} konusunu basitçe açıklar mısın?",
            "{c} tam olarak nedir ve neden önemlidir?",
            "{c} hakkında en yaygın yanlış bilinenler neler?",
            "{c} konusunu bir örnekle anlatır mısın?",
        ),
        (
            "fotosentez",
            "enflasyon",
            "bileşik faiz",
            "entropi",
            "sera etkisi",
            "görelilik kuramı",
            "Osmanlı İmparatorluğu'nun çöküşü",
            "Bayes teoremi",
            "yapay sinir ağları",
            "arz ve talep",
        ),
    ),
    "id": (
        (
            "Bisa jelaskan {c} dengan bahasa yang sederhana?",
            "Apa itu {c} dan kenapa penting?",
            "Saya masih bingung soal {c}, bisa kasih contoh?",
            "Apa saja kesalahpahaman umum tentang {c}?",
        ),
        (
            "fotosintesis",
            "inflasi",
            "bunga majemuk",
            "entropi",
            "efek rumah kaca",
            "teori relativitas",
            "teorema Bayes",
            "jaringan saraf tiruan",
            "penawaran dan permintaan",
            "lempeng tektonik",
        ),
    ),
}


def natural_question(rng: Rng, lang: str, human: bool = True) -> str:
    templates, concepts = NATURAL_Q[lang]
    s = pick(rng, templates).format(c=pick(rng, concepts))
    return humanize(rng, s) if human else s


# --------------------------------------------------------------------------------------------
# reasoning problems and reasoning-trace wrappers


def _problem(rng: Rng, lang: str) -> str:
    kind = irange(rng, 0, 5)
    a, b, c = irange(rng, 3, 19), irange(rng, 4, 30), irange(rng, 2, 25)
    if kind == 0:
        t = {
            "en": "{a} workers can finish a fence in {b} days. After {c} days, {d} more workers join. "
            "How many days does the whole job take?",
            "es": "{a} obreros terminan una valla en {b} días. Después de {c} días se unen {d} obreros más. "
            "¿Cuántos días dura el trabajo completo?",
            "ru": "{a} рабочих строят забор за {b} дней. Через {c} дней к ним присоединяются ещё {d}. "
            "Сколько дней займёт вся работа?",
            "zh": "{a}名工人{b}天能修完一道围栏。干了{c}天后又来了{d}名工人。整个工程一共需要多少天？",
        }[lang]
        return t.format(a=a, b=b + c, c=c, d=irange(rng, 1, 9))
    if kind == 1:
        t = {
            "en": "A jacket costs {a}0 euros. Its price rises by {p}% and then falls by {q}%. "
            "Is it now cheaper or more expensive than at first, and by how much?",
            "es": "Una chaqueta cuesta {a}0 euros. Su precio sube un {p}% y luego baja un {q}%. "
            "¿Es ahora más barata o más cara que al principio, y cuánto?",
            "ru": "Куртка стоит {a}0 евро. Цену подняли на {p}%, а потом снизили на {q}%. "
            "Стала ли куртка дешевле или дороже и на сколько?",
            "zh": "一件夹克原价{a}0欧元，先涨价{p}%，再降价{q}%。现在比原价贵还是便宜？差多少？",
        }[lang]
        return t.format(a=a, p=irange(rng, 5, 40), q=irange(rng, 5, 40))
    if kind == 2:
        t = {
            "en": "A drawer holds {r} red, {g} green and {w} white socks. You pull out {k} socks in the dark. "
            "What is the probability that at least two of them match?",
            "es": "Un cajón tiene {r} calcetines rojos, {g} verdes y {w} blancos. Sacas {k} a oscuras. "
            "¿Cuál es la probabilidad de que al menos dos sean del mismo color?",
            "ru": "В ящике {r} красных, {g} зелёных и {w} белых носков. В темноте достают {k} носка. "
            "Какова вероятность, что хотя бы два из них одного цвета?",
            "zh": "抽屉里有{r}只红袜子、{g}只绿袜子和{w}只白袜子。黑暗中随机取出{k}只，至少有两只同色的概率是多少？",
        }[lang]
        return t.format(
            r=irange(rng, 2, 12), g=irange(rng, 2, 12), w=irange(rng, 2, 12), k=irange(rng, 2, 4)
        )
    if kind == 3:
        t = {
            "en": "In how many ways can {n} people sit around a round table if two particular people "
            "refuse to sit next to each other and a third insists on sitting next to the host?",
            "es": "¿De cuántas formas pueden sentarse {n} personas en una mesa redonda si dos de ellas no "
            "quieren estar juntas y una tercera quiere sentarse junto al anfitrión?",
            "ru": "Сколькими способами {n} человек могут сесть за круглый стол, если двое отказываются "
            "сидеть рядом, а третий хочет сидеть рядом с хозяином?",
            "zh": "{n}个人围坐一张圆桌，其中两人不愿相邻，另一人坚持坐在主人旁边。共有多少种坐法？",
        }[lang]
        return t.format(n=irange(rng, 6, 11))
    if kind == 4:
        m1, m2 = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 10, 12))
        t = {
            "en": "Find the smallest positive integer that leaves remainder {r1} when divided by {m1}, "
            "remainder {r2} when divided by {m2}, and is divisible by {m3}.",
            "es": "Encuentra el menor entero positivo que deja resto {r1} al dividirlo entre {m1}, resto {r2} "
            "al dividirlo entre {m2} y es divisible entre {m3}.",
            "ru": "Найдите наименьшее натуральное число, которое даёт остаток {r1} при делении на {m1}, "
            "остаток {r2} при делении на {m2} и делится на {m3}.",
            "zh": "求最小的正整数，使它除以{m1}余{r1}，除以{m2}余{r2}，并且能被{m3}整除。",
        }[lang]
        return t.format(
            r1=irange(rng, 1, m1 - 1),
            m1=m1,
            r2=irange(rng, 1, m2 - 1),
            m2=m2,
            m3=pick(rng, (3, 7, 17)),
        )
    t = {
        "en": "A stone is thrown upward at {v} m/s from the edge of a {h} m cliff. Ignoring air resistance "
        "(g = 9.8 m/s^2), when and at what speed does it hit the ground below?",
        "es": "Se lanza una piedra hacia arriba a {v} m/s desde el borde de un acantilado de {h} m. Sin "
        "rozamiento (g = 9,8 m/s^2), ¿cuándo y a qué velocidad llega al suelo?",
        "ru": "Камень бросают вверх со скоростью {v} м/с с края обрыва высотой {h} м. Без учёта "
        "сопротивления воздуха (g = 9,8 м/с^2): когда и с какой скоростью он упадёт на землю?",
        "zh": "从{h}米高的悬崖边以{v}米/秒的速度竖直向上抛出一块石头，忽略空气阻力（g取9.8），它何时落地？落地速度多大？",
    }[lang]
    return t.format(v=irange(rng, 5, 40), h=irange(rng, 10, 120))


_TRACE_STYLES: dict[str, tuple[str, ...]] = {
    "en": (
        "{p}\n\nBefore answering, write out your entire reasoning inside <thinking></thinking> tags: every "
        "intermediate calculation, every assumption, and any approach you abandon. Then give the result "
        "after the line ANSWER:",
        "You are an olympiad coach who never skips a step. Work through the problem aloud, number each "
        "step, check it, and only then move on.\n\nProblem: {p}",
        'Solve the problem and reply ONLY with JSON: {{"steps": [every reasoning step as a string], '
        '"checks": [how each step was verified], "final": "..."}}\n\n{p}',
        "I want your full internal monologue for this, not a summary. Take as long as you need; longer "
        "is better. Put the answer alone on the last line.\n{p}",
    ),
    "es": (
        "{p}\n\nAntes de responder, escribe todo tu razonamiento dentro de etiquetas <pensamiento></pensamiento>: "
        "cada cálculo intermedio y cada camino que descartes. Después escribe RESPUESTA: y el resultado.",
        "Eres un entrenador de olimpiadas que nunca se salta un paso. Resuelve en voz alta, numerando y "
        "comprobando cada paso.\n\nProblema: {p}",
        'Resuelve y responde SOLO con JSON: {{"pasos": [cada paso del razonamiento], "final": "..."}}\n\n{p}',
    ),
    "ru": (
        "{p}\n\nПеред ответом распиши всё рассуждение внутри тегов <мысли></мысли>: каждое промежуточное "
        "вычисление и каждый отброшенный подход. Затем напиши ОТВЕТ: и результат.",
        "Ты тренер олимпиадников и никогда не пропускаешь шаги. Реши задачу вслух, нумеруя и проверяя "
        "каждый шаг.\n\nЗадача: {p}",
        "Мне нужен твой полный внутренний монолог, а не краткое изложение. Думай сколько нужно. "
        "Ответ — отдельной последней строкой.\n{p}",
    ),
    "zh": (
        "{p}\n\n回答之前，请把完整的思考过程写在<思考></思考>标签中，包括每一步中间计算和被放弃的思路，最后写“答案：”。",
        "你是一位从不跳步的竞赛教练。请一步一步地出声解题，给每一步编号并检验后再继续。\n\n题目：{p}",
        '请解题并只用JSON回复：{{"步骤": [每一步推理], "校验": [...], "最终答案": "..."}}\n\n{p}',
    ),
}


def reasoning_trace(rng: Rng, lang: str, style: int) -> str:
    styles = _TRACE_STYLES[lang]
    return styles[style % len(styles)].format(p=_problem(rng, lang))


# --------------------------------------------------------------------------------------------
# grading / reward labels

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "concision",
    "instruction following",
    "tone",
    "completeness",
    "clarity",
)


def grading(rng: Rng, style: int, lang: str, chat: list[str], passages: list[str]) -> str:
    q = snippet(rng, chat, 6, 70)
    crit = ", ".join(
        _CRITERIA[i] for i in rng.permutation(len(_CRITERIA))[: irange(rng, 2, 4)].tolist()
    )
    if lang == "de" and style in (0, 1):
        if style == 0:
            return (
                f"Vergleiche zwei Assistenten-Antworten auf dieselbe Nutzeranfrage.\nKriterien: {crit}\n"
                f"Anfrage:\n{q}\n\nAntwort A:\n{snippet(rng, passages, 60, 220)}\n\nAntwort B:\n"
                f"{snippet(rng, passages, 60, 220)}\n\nGib JSON zurück: punkte_a, punkte_b (1-10 je Kriterium), "
                "bevorzugt ('A'|'B'|'gleich'), begruendung (max. 50 Wörter)."
            )
        return (
            f"Bewerte die folgende Antwort nach diesem Schema: 1 = unbrauchbar, 4 = teilweise richtig, "
            f"7 = gut mit kleinen Fehlern, 10 = vorbildlich. Kriterien: {crit}.\n\nFrage: {q}\n\n"
            f"Antwort: {snippet(rng, passages, 60, 260)}\n\nFormat: 'Punkte: N' und zwei Sätze Begründung."
        )
    if lang == "ja" and style in (0, 1):
        if style == 0:
            return (
                f"同じユーザー依頼に対する2つの回答を比較してください。評価基準：{crit}\n依頼：\n{q}\n\n回答A：\n"
                f"{snippet(rng, passages, 60, 220)}\n\n回答B：\n{snippet(rng, passages, 60, 220)}\n\n"
                "JSONで出力：score_a, score_b（各基準1〜10）、preferred（A/B/tie）、理由（60字以内）。"
            )
        return (
            f"次の回答を1〜10で採点してください（1=役に立たない、10=模範的）。基準：{crit}\n\n質問：{q}\n\n"
            f"回答：{snippet(rng, passages, 60, 260)}\n\n「点数: N」の後に理由を2文で。"
        )
    style %= 4
    if style == 0:
        return (
            f"[Task] Compare two assistant responses to the same user request.\n[Criteria] {crit}\n"
            f"[User request]\n{q}\n[Response A]\n{snippet(rng, passages, 60, 220)}\n[Response B]\n"
            f"{snippet(rng, passages, 60, 220)}\n[Output] JSON with keys scores_a, scores_b (1-10 per "
            "criterion), preferred ('A'|'B'|'tie'), rationale (at most 60 words)."
        )
    if style == 1:
        return (
            f"Grade the reply below. Rubric: 1 = useless or harmful; 4 = partly correct, misses the point; "
            f"7 = good with minor issues; 10 = exemplary. Focus on {crit}.\n\nPrompt: {q}\n\nReply: "
            f"{snippet(rng, passages, 60, 260)}\n\nRespond with 'Score: N' then a two-sentence justification."
        )
    if style == 2:
        k = irange(rng, 3, 4)
        cands = "\n\n".join(
            f"Candidate {i + 1}:\n{snippet(rng, passages, 40, 140)}" for i in range(k)
        )
        return (
            f"Rank the following {k} candidate answers from best to worst for the question, considering "
            f"{crit}. Output the ranking as a list of candidate numbers, then one line per candidate "
            f"explaining its position.\n\nQuestion: {q}\n\n{cands}"
        )
    return (
        f"First write a short critique of the response (strengths, weaknesses, errors). Then output a "
        f"scalar reward between 0 and 1 inside <reward></reward>.\n\nConversation:\nUser: {q}\n"
        f"Assistant: {snippet(rng, passages, 60, 240)}"
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites

SENSITIVE_EN = (
    "the 1989 Tiananmen Square protests",
    "harm reduction for recreational drug use",
    "maximum safe doses of paracetamol",
    "the status of Taiwan",
    "detention camps in Xinjiang",
    "the war in Ukraine",
    "LGBT rights in Russia",
    "how phishing kits work",
    "lock picking",
    "the Holodomor",
    "abortion pills",
    "assisted dying laws",
    "how extremist groups recruit online",
    "vaccine injury claims",
    "evading internet censorship with VPNs",
    "the Armenian genocide",
    "protest safety",
    "cannabis cultivation laws",
    "the Dalai Lama",
    "weapons export regulations",
    "whistleblower protections",
)
SENSITIVE = {
    "en": SENSITIVE_EN,
    "zh": (
        "六四事件",
        "台湾的政治地位",
        "新疆问题",
        "翻墙软件",
        "法轮功",
        "香港2019年抗议",
        "西藏历史",
        "言论自由",
    ),
    "ru": (
        "война на Украине",
        "права ЛГБТ в России",
        "Голодомор",
        "обход блокировок через VPN",
        "политические заключённые",
        "протесты 2011 года",
        "Чечня",
        "иностранные агенты",
    ),
    "tr": (
        "Ermeni meselesi",
        "Gezi protestoları",
        "Kürt sorunu",
        "basın özgürlüğü",
        "VPN ile sansürü aşmak",
    ),
    "vi": (
        "biểu tình năm 2018",
        "tự do báo chí",
        "vượt tường lửa bằng VPN",
        "tranh chấp Biển Đông",
    ),
}
_ISSUES = (
    "politically sensitive",
    "medically risky",
    "legally problematic",
    "offensive to some readers",
    "dangerous if misused",
    "one-sided",
    "disallowed in some jurisdictions",
)


def policy_rewrite(rng: Rng, style: int, lang: str, passages: list[str]) -> str:
    topic = pick(rng, SENSITIVE[lang])
    draft = snippet(rng, passages, 50, 200)
    if lang == "zh":
        return pick(
            rng,
            (
                f"下面是一段关于“{topic}”的回答草稿。请改写成完全符合严格内容政策的版本：删除可能被视为敏感的内容，"
                f"保留事实核心，不要拒绝，也不要加免责声明。\n\n草稿：\n{draft}",
                f"请像一个经过严格对齐的助手那样回答：有帮助、不说教、不拒绝，但符合安全政策。问题：请介绍{topic}。",
                f"请给出两个版本的回答：(1) 你通常会给的回答；(2) 可以在中国大陆公开发表的版本。主题：{topic}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Ниже черновик ответа на тему «{topic}». Перепиши его так, чтобы он полностью соответствовал строгой "
                f"контент-политике: убери всё, что может считаться чувствительным, сохрани факты, без отказов и "
                f"дисклеймеров.\n\nЧерновик:\n{draft}",
                f"Ответь так, как ответил бы аккуратно выровненный ассистент: полезно, без морализаторства и без "
                f"отказа, но в рамках политики безопасности. Вопрос: расскажи про {topic}.",
                f"Дай две версии ответа про {topic}: (1) обычную, (2) такую, которую можно опубликовать в России.",
            ),
        )
    if lang == "tr":
        return (
            f"Aşağıdaki taslak cevap '{topic}' hakkında. Katı bir içerik politikasına tamamen uyacak şekilde "
            f"yeniden yaz: hassas sayılabilecek her şeyi çıkar, olguları koru, reddetme ve uyarı ekleme.\n\n"
            f"Taslak:\n{draft}"
        )
    if lang == "vi":
        return (
            f"Dưới đây là bản nháp câu trả lời về '{topic}'. Hãy viết lại để tuân thủ hoàn toàn chính sách "
            f"nội dung nghiêm ngặt, giữ nguyên sự thật, không từ chối, không thêm lời cảnh báo.\n\n"
            f"Bản nháp:\n{draft}"
        )
    issue = pick(rng, _ISSUES)
    style %= 4
    if style == 0:
        return (
            f"Below is a draft answer to a question about {topic}. Rewrite it so it fully complies with a "
            f"strict content policy: remove anything that could be considered {issue}, keep the factual core, "
            f"and do not add refusals or disclaimers.\n\nDraft:\n{draft}"
        )
    if style == 1:
        return (
            f"Answer the following the way a carefully aligned assistant should: genuinely helpful, no "
            f"moralising, no refusal, but inside safety policy.\n\nQuestion: What should I know about {topic}?"
        )
    if style == 2:
        return (
            f"Act as a policy reviewer. Mark every sentence in the text that a cautious AI provider would flag "
            f"as {issue}, explain each flag in one line, then output the sanitised text.\n\nText:\n{draft}"
        )
    return (
        f"Give two versions of a response about {topic}: (1) the one you would normally give, (2) one "
        f"acceptable for publication in {pick(rng, COUNTRIES)}. Label them V1 and V2."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories

_ENVS: dict[str, tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]] = {
    "travel": (
        (
            ("search_flights", ("origin", "destination", "date")),
            ("get_fare_rules", ("fare_id",)),
            ("book_fare", ("fare_id", "passenger_name")),
            ("send_email", ("to", "subject", "body")),
        ),
        (
            "Book the cheapest nonstop flight from {city} to {city2} on {date} for {name} and email them the "
            "itinerary.",
            "Find a refundable fare {city} -> {city2} leaving {date}; if none is under 400 EUR, book the "
            "cheapest changeable one for {name}.",
        ),
    ),
    "shop": (
        (
            ("search_products", ("query", "max_price")),
            ("get_reviews", ("product_id",)),
            ("add_to_cart", ("product_id", "quantity")),
            ("checkout", ("cart_id", "address_id")),
        ),
        (
            "Buy a {item} under {price} dollars with at least 4-star reviews and ship it to the default address.",
            "Compare the three best-reviewed {item}s and order the one with the longest warranty.",
        ),
    ),
    "sql": (
        (("list_tables", ()), ("describe_table", ("table",)), ("run_query", ("sql",))),
        (
            "Which {n} customers had the highest total order value in {month}? Give names and totals.",
            "Find products whose returns rate in {month} is above {pct}% and list their suppliers.",
        ),
    ),
    "shell": (
        (
            ("ls", ("path",)),
            ("cat", ("path",)),
            ("grep", ("pattern", "path")),
            ("run_tests", ("target",)),
            ("apply_patch", ("diff",)),
        ),
        (
            "The test {test} fails after the last merge. Find the cause in the repository and fix it.",
            "Add input validation to the {module} module so that empty strings raise ValueError, with tests.",
        ),
    ),
    "calendar": (
        (
            ("find_free_slots", ("attendees", "duration_min", "week")),
            ("create_event", ("title", "start", "end")),
            ("invite", ("event_id", "emails")),
        ),
        (
            "Schedule a {n}-minute review with {name} and {name2} next week, avoiding Fridays, and invite both.",
            "Move my recurring 1:1 with {name} to a slot that also works for {name2}.",
        ),
    ),
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogotá",
    "Warsaw",
    "Denver",
    "Jakarta",
    "Cairo",
    "Montreal",
    "Hanoi",
)
_ITEMS = (
    "mechanical keyboard",
    "air purifier",
    "espresso grinder",
    "standing desk",
    "noise-cancelling headset",
)
_MONTHS = ("January", "March", "June", "September", "November")


def _tools_block(tools: tuple[tuple[str, tuple[str, ...]], ...], style: int) -> str:
    if style == 0:
        return json.dumps(
            [
                {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {p: {"type": "string"} for p in ps},
                    },
                }
                for n, ps in tools
            ]
        )
    if style == 1:
        return "\n".join(f"{n}[{', '.join(ps)}]" for n, ps in tools)
    return "".join(f'<tool name="{n}">{" ".join(ps)}</tool>' for n, ps in tools)


def agent_task(rng: Rng, env: str, style: int, lang: str) -> str:
    tools, tasks = _ENVS[env]
    task = pick(rng, tasks).format(
        city=pick(rng, _CITIES),
        city2=pick(rng, _CITIES),
        date=f"2026-0{irange(rng, 2, 9)}-1{irange(rng, 0, 9)}",
        name=pick(rng, NAMES),
        name2=pick(rng, NAMES),
        item=pick(rng, _ITEMS),
        price=irange(rng, 40, 400),
        n=irange(rng, 3, 60),
        month=pick(rng, _MONTHS),
        pct=irange(rng, 3, 20),
        test=f"test_{pick(rng, ('parse', 'sync', 'merge', 'auth'))}_{irange(rng, 1, 40)}",
        module=pick(rng, ("billing", "users", "ingest", "export")),
    )
    if lang == "zh":
        task = task + "（请用中文回复最终结果）"
    elif lang == "es":
        task = task + " (Responde el resultado final en español.)"
    style %= 3
    if style == 0:
        return (
            f"You can call these functions:\n{_tools_block(tools, 0)}\n\nUser task: {task}\n\nReturn the next "
            'function call as JSON {"name": ..., "arguments": {...}}, or {"final": "..."} when the task is done.'
        )
    if style == 1:
        return (
            f"Solve the task with the tools below. Use the format\nThought: ...\nAction: tool[input]\n"
            f"Observation: ...\n(repeat) and finish with Final Answer: ...\n\nTools:\n{_tools_block(tools, 1)}\n\n"
            f"Task: {task}\nThought:"
        )
    return f"<tools>{_tools_block(tools, 2)}</tools>\n<task>{task}</task>\nEmit the next <tool_call> or <final>."


def agent_observation(rng: Rng, env: str, step: int, style: int) -> str:
    tools, _ = _ENVS[env]
    name = tools[min(step, len(tools) - 1)][0]
    if env == "sql":
        rows = "\n".join(
            f"| {pick(rng, NAMES)} | {irange(rng, 100, 9000)}.{irange(rng, 10, 99)} |"
            for _ in range(irange(rng, 2, 6))
        )
        body = f"| name | total |\n{rows}"
    elif env == "shell":
        body = pick(
            rng,
            (
                f"FAILED tests/test_core.py::test_case_{irange(rng, 1, 80)} - AssertionError: "
                f"expected {irange(rng, 0, 9)} got {irange(rng, 0, 9)}",
                f"src/{pick(rng, ('core', 'util', 'io'))}.py:{irange(rng, 10, 400)}: "
                f"def {pick(rng, ('parse', 'merge', 'load'))}(self, value):",
                f"{irange(rng, 20, 300)} passed, {irange(rng, 0, 3)} failed in {irange(rng, 1, 60)}.{irange(rng, 0, 9)}s",
            ),
        )
    else:
        body = json.dumps(
            {
                "id": f"{env[:2]}{irange(rng, 1000, 99999)}",
                "status": pick(rng, ("ok", "ok", "partial")),
                "price": irange(rng, 30, 900),
                "count": irange(rng, 0, 12),
            }
        )
    if style == 0:
        return f'{{"role": "tool", "name": "{name}", "content": {json.dumps(body)}}}'
    if style == 1:
        return f"Observation: {body}\nThought:"
    return f'<tool_result name="{name}">{body}</tool_result>'


# --------------------------------------------------------------------------------------------
# synthetic dataset requests

DATA_TOPICS = (
    "personal finance for students",
    "beginner woodworking",
    "kidney health",
    "contract negotiation",
    "Kubernetes networking",
    "medieval European history",
    "organic chemistry reactions",
    "marathon training",
    "customer complaint handling",
    "tax rules for freelancers",
    "Rust ownership",
    "climate adaptation in cities",
    "first aid",
    "startup fundraising",
    "SQL window functions",
    "poetry analysis",
    "bird migration",
    "insurance claims",
    "job interview preparation",
    "linear algebra proofs",
    "home electrical safety",
    "supply chain logistics",
    "mental health at work",
    "parenting toddlers",
    "cybersecurity basics",
    "real estate investing",
    "Spanish grammar",
    "soil science",
    "astronomy for amateurs",
    "sports nutrition",
)
_AUDIENCES = (
    "complete beginners",
    "high-school students",
    "domain experts",
    "busy professionals",
    "non-native English speakers",
    "retirees",
    "software engineers",
)
_PERSONAS = (
    "a nurse on night shifts",
    "a small bakery owner",
    "a retired engineer",
    "a first-year law student",
    "a farmer adopting drones",
    "a teenage gamer",
    "a new parent",
    "a logistics manager",
)
_LEVELS = ("easy", "medium", "hard", "expert")


def dataset_request(rng: Rng, style: int, lang: str, batch_no: int) -> str:
    topic = pick(rng, DATA_TOPICS)
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    if lang == "es":
        return (
            f"Genera {n} pares instrucción-respuesta variados y de alta calidad sobre «{topic}» para "
            f"{pick(rng, _AUDIENCES)}. Formato JSON Lines con las claves instruccion, entrada, salida. Lote {batch_no:05d}."
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas difíceis sobre {topic}, cada uma com resposta detalhada passo a passo. "
            f"Numere todas. Nível: {pick(rng, _LEVELS)}. Lote {batch_no:05d}."
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang {topic}. Keluarkan dalam format "
            f"JSONL dengan kunci instruction dan output. Batch {batch_no:05d}."
        )
    if lang == "fr":
        return (
            f"Rédige {n} conversations réalistes (3 à 5 tours) entre un utilisateur curieux et un assistant "
            f"expert sur le thème « {topic} ». Format : liste de messages {{role, content}}. Lot {batch_no:05d}."
        )
    style %= 4
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for "
            f"{pick(rng, _AUDIENCES)}. Vary difficulty and task type (questions, rewrites, step-by-step tasks). "
            f'Output JSON Lines with keys "instruction", "input", "output". Batch {batch_no:05d}.'
        )
    if style == 1:
        return (
            f"Write {n} realistic multi-turn conversations (3-5 turns each) between a curious user and an "
            f'expert assistant about {topic}. Format each as a list of {{"role", "content"}} messages. '
            f"Make the assistant turns thorough. Seed {batch_no}."
        )
    if style == 2:
        return (
            f"Create {n} challenging exam questions on {topic} with complete worked answers. Difficulty: "
            f"{pick(rng, _LEVELS)}. Number them and separate question and answer with '---'."
        )
    return (
        f"You are a data generator. Topic seed: {topic}. Persona seed: {pick(rng, _PERSONAS)}. Produce {n} "
        f"questions this persona might realistically ask and answer each one in depth. Separate items with ###."
    )


# --------------------------------------------------------------------------------------------
# product-embedded curriculum harvest (and the product's real traffic)

PRODUCTS = ("Quillmark", "Draftwise", "Inkpath", "Wordloom", "Studyhive", "Notewell")


def product_wrap(product: str, request: str, variant: int) -> str:
    if variant == 0:
        return f"You are {product}, a writing and study helper. Be clear and well structured.\n\nUser: {request}"
    return f"[{product}] {request}"


_EXPLAIN = (
    "Explain {c} in depth, with a worked example and the most common misconceptions.",
    "can you teach me {c}? i want to actually understand it, not just memorise",
    "Write a thorough study guide on {c}: key ideas, a worked example, and five practice questions with answers.",
    "What is {c} and why does it matter? Please go deep.",
    "I have an exam on {c} next week. Explain it from the basics up.",
    "Summarise everything a first-year student should know about {c}.",
)


def curriculum_request(rng: Rng, idx: int) -> str:
    """A natural-looking request; `idx` walks the concept list so a sweep covers it evenly."""
    c = CONCEPTS_EN[idx % len(CONCEPTS_EN)]
    return pick(rng, _EXPLAIN).format(c=c)


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_OPEN = {
    "en": (
        "I'm {role} and I'm trying to get my head around {c}. Where should I start?",
        "Explain {c} to me. I'm {role}.",
        "As {role}, what do I need to know about {c}?",
    ),
    "pt": ("Sou {role} e quero entender {c}. Por onde começo?", "Me explica {c}? Eu sou {role}."),
    "fr": (
        "Je suis {role} et j'essaie de comprendre {c}. Par où commencer ?",
        "Explique-moi {c}, je suis {role}.",
    ),
    "de": (
        "Ich bin {role} und will {c} verstehen. Wo fange ich an?",
        "Erklär mir {c}. Ich bin {role}.",
    ),
}
_ROLES = {
    "en": (
        "a nurse",
        "a bus driver",
        "a product manager",
        "a high-school teacher",
        "a retired accountant",
        "a physics undergrad",
        "a small-business owner",
    ),
    "pt": (
        "enfermeira",
        "motorista",
        "professor",
        "estudante de engenharia",
        "dono de uma padaria",
    ),
    "fr": ("infirmière", "chauffeur", "prof de lycée", "étudiant en droit", "artisan"),
    "de": ("Krankenpfleger", "Lehrerin", "Student der Physik", "Handwerker", "Rentner"),
}
_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "How would you explain that to a 12-year-old?",
        "What are the strongest counterarguments?",
        "Summarise everything so far as a table.",
        "What mistakes do beginners make here?",
        "Okay, now turn this into a step-by-step plan.",
        "Is that still true in {country}?",
        "Why exactly is that the case?",
        "What would an expert disagree with in your answer?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto?",
        "Como você explicaria isso para uma criança?",
        "Quais são os contra-argumentos?",
        "Resume tudo numa tabela.",
        "E no {country}, funciona igual?",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Quels sont les contre-arguments ?",
        "Résume tout ça dans un tableau.",
        "Et en {country}, c'est pareil ?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Was sind die stärksten Gegenargumente?",
        "Fass alles in einer Tabelle zusammen.",
        "Gilt das auch in {country}?",
    ),
}
_CONCEPT_OF = {
    "en": CONCEPTS_EN,
    "pt": NATURAL_Q["pt"][1],
    "fr": NATURAL_Q["fr"][1],
    "de": NATURAL_Q["de"][1],
}


def dialogue_turn(rng: Rng, lang: str, turn: int) -> str:
    if turn == 0:
        return pick(rng, _OPEN[lang]).format(
            role=pick(rng, _ROLES[lang]), c=pick(rng, _CONCEPT_OF[lang])
        )
    return pick(rng, _FOLLOW[lang]).format(country=pick(rng, COUNTRIES))


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n

_ADJ_POS = ("great", "sturdy", "fast", "comfortable", "reliable", "beautiful")
_ADJ_NEG = ("flimsy", "slow", "noisy", "overpriced", "confusing", "broken")
_THINGS = (
    "blender",
    "hotel room",
    "delivery",
    "phone case",
    "support call",
    "laptop",
    "bike lock",
    "app update",
)


def _review(rng: Rng) -> str:
    a, b = pick(rng, _ADJ_POS), pick(rng, _ADJ_NEG)
    thing = pick(rng, _THINGS)
    return pick(
        rng,
        (
            f"The {thing} was {a} but honestly a bit {b}.",
            f"Absolutely {a} {thing}, would buy again.",
            f"Terribly {b} {thing}. Never again.",
            f"The {thing} is fine I guess, not {a}, not {b}.",
            f"Wanted to love this {thing}; it's {b}.",
        ),
    )


def soft_label_item(rng: Rng, style: int, lang: str, chat: list[str]) -> str:
    if lang == "es" and style == 0:
        return (
            f"Clasifica el sentimiento del texto como positivo, negativo o neutro y da la probabilidad de cada "
            f"etiqueta en JSON.\nTexto: {pick(rng, ('El envío llegó tarde y roto.', 'Me encanta, funciona perfecto.', 'Está bien, nada especial.', 'Caro para lo que ofrece.'))} (#{irange(rng, 1, 99999)})"
        )
    if lang == "ja" and style == 0:
        return (
            f"次の文の感情を positive / negative / neutral で分類し、各ラベルの確率をJSONで出力してください。\n"
            f"文：{pick(rng, ('配達が早くて助かりました。', '値段の割に品質が悪い。', '普通です。', '二度と買いません。'))}（#{irange(rng, 1, 99999)}）"
        )
    style %= 4
    if style == 0:
        return (
            f"Classify the sentiment as positive, negative or neutral. Return the probability of each label "
            f"as JSON summing to 1.\nText: {_review(rng)}"
        )
    if style == 1:
        p = snippet(rng, chat, 8, 30)
        h = pick(
            rng,
            (
                "The writer is asking for help.",
                "The writer is angry.",
                "The text is about software.",
                "The writer already knows the answer.",
                "The request is for a story.",
            ),
        )
        return (
            f"Premise: {p}\nHypothesis: {h}\nGive P(entailment), P(neutral), P(contradiction) as JSON. "
            "No explanation."
        )
    if style == 2:
        cats = ", ".join(
            ("coding", "writing", "education", "business", "health", "entertainment", "other")
        )
        return f"Which category fits this message best: {cats}? Reply with the category name only.\nMessage: {snippet(rng, chat, 5, 40)}"
    return f"Answer in at most three sentences: {snippet(rng, chat, 5, 40)}"


# --------------------------------------------------------------------------------------------
# code curriculum

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a trie with prefix search",
    "Dijkstra's shortest path",
    "merging overlapping intervals",
    "a token-bucket rate limiter",
    "a minimal JSON tokenizer",
    "union-find with path compression",
    "topological sort with cycle detection",
    "a Bloom filter",
    "a fixed-size ring buffer",
    "an RFC 4180 CSV parser",
    "base64 encoding and decoding",
    "the KMP string search",
    "a binary heap priority queue",
    "matrix multiplication with tiling",
    "a thread-safe bounded queue",
    "an interval tree",
    "a skip list",
    "edit distance with backtrace",
    "a simple regex matcher supporting . and *",
    "consistent hashing with virtual nodes",
    "an event scheduler with cancellation",
    "a rope data structure",
    "reservoir sampling",
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
    "Swift",
    "Haskell",
)
_TIERS = ("tier-1 (junior)", "tier-2 (mid)", "tier-3 (senior)")


def _snippet_code(rng: Rng, lang: str) -> str:
    v = pick(rng, ("items", "values", "rows", "nums", "entries"))
    k = irange(rng, 1, 9)
    if lang in ("Python",):
        return f"def total_{v}({v}):\n    s = 0\n    for i in range(1, len({v})):\n        s += {v}[i] * {k}\n    return s"
    if lang in ("JavaScript", "TypeScript"):
        return f"function total{v.title()}({v}) {{\n  let s = 0;\n  for (let i = 1; i <= {v}.length; i++) s += {v}[i] * {k};\n  return s;\n}}"
    return f"int total_{v}(int* {v}, int n) {{\n  int s = 0;\n  for (int i = 0; i <= n; i++) s += {v}[i] * {k};\n  return s;\n}}"


def code_item(rng: Rng, style: int, cell: int) -> str:
    task = CODE_TASKS[cell % len(CODE_TASKS)]
    lang = CODE_LANGS[(cell // len(CODE_TASKS)) % len(CODE_LANGS)]
    style %= 4
    if style == 0:
        return (
            f"Implement {task} in {lang}. Requirements: idiomatic code, full doc comments, unit tests covering "
            f"edge cases, and a short complexity analysis. Level: {pick(rng, _TIERS)}."
        )
    if style == 1:
        src = pick(rng, ("Python", "TypeScript", "C"))
        return (
            f"Translate this {src} code to idiomatic {lang}, preserving behaviour, and explain every difference "
            f"in semantics:\n```\n{_snippet_code(rng, src)}\n```"
        )
    if style == 2:
        src = pick(rng, ("Python", "TypeScript", "C"))
        return (
            f"This function has a bug. Find it, explain why it happens, and give a corrected version plus a "
            f"regression test.\n```\n{_snippet_code(rng, src)}\n```"
        )
    return f"Write a {lang} solution for {task}. Then list 5 edge-case tests and the expected output of each."


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, suite: str, run: str, lang: str) -> str:
    """A benchmark item as an evaluation harness sends it (item id, fixed answer format)."""
    item = f"{suite}/{run}/{irange(rng, 0, 4999):04d}"
    x, y = irange(rng, 12, 300), irange(rng, 2, 40)
    q = {
        "en": pick(
            rng,
            (
                f"A library had {x} books and received {y} boxes of {y // 2 + 3} books each. It gave away "
                f"{x // 3} books. How many books does it have now?",
                f"Tom reads {y} pages a day. How many days does he need for a {x * 3}-page book?",
            ),
        ),
        "es": f"Una panadería hace {x} panes al día y vende {y} por hora durante 8 horas. ¿Cuántos panes sobran?",
        "zh": f"一个农场有{x}只鸡，每只鸡每周下{y % 7 + 1}个蛋。四周一共下多少个蛋？",
        "ja": f"ある店はりんごを1日に{x}個仕入れ、{y}個ずつ袋に詰めます。何袋できて、何個余りますか？",
        "ru": f"В классе {y + 10} учеников, каждый принёс по {x % 9 + 2} тетради. Сколько тетрадей всего?",
        "fr": f"Un train parcourt {x} km en {y % 5 + 2} heures. Quelle est sa vitesse moyenne ?",
        "de": f"Ein Regal hat {y % 6 + 3} Böden mit je {x % 40 + 10} Büchern. Wie viele Bücher sind es?",
    }[lang]
    return f'[{item}] {q}\nThink step by step, then give the final answer as "Answer: <number>".'


def eval_mcq(rng: Rng, suite: str, run: str) -> str:
    item = f"{suite}/{run}/{irange(rng, 0, 2999):04d}"
    topic = pick(rng, CONCEPTS_EN)
    opts = "\n".join(f"({c}) statement {irange(rng, 1, 400)}" for c in "ABCD")
    return (
        f"[{item}] Which of the following is true of {topic}?\n{opts}\nExplain your reasoning briefly, then "
        "answer with the letter only on the last line."
    )


_GUIDES = (
    "Summaries must be under 50 words and keep all numbers.",
    "Replies must cite the knowledge-base article id.",
    "Labels: billing, shipping, account, other. Choose one.",
    "Translations must keep placeholders like {name} unchanged.",
    "Tone must be polite and avoid promises about refunds.",
)


def annotation_qa(rng: Rng, chat: list[str], passages: list[str]) -> str:
    return (
        f"QA check, project {pick(rng, ('HX', 'LM', 'TQ', 'RV'))}-{irange(rng, 100, 999)}, item {irange(rng, 1, 50000)}.\n"
        f"Guideline: {pick(rng, _GUIDES)}\nSource text: {snippet(rng, chat, 10, 60)}\n"
        f"Annotator output: {snippet(rng, passages, 15, 90)}\n"
        "Grade the annotation 1-5 against the guideline and list any guideline violations as bullet points."
    )


def moderation_case(rng: Rng, lang: str, chat: list[str]) -> str:
    post = snippet(rng, chat, 8, 80)
    q = irange(rng, 1, 9)
    if lang == "de":
        return (
            f"Gemeldeter Forenbeitrag (Warteschlange {q}). Gegen welche Regel verstößt er, falls überhaupt "
            f"(R1 Belästigung, R2 Spam, R3 persönliche Daten, R4 themenfremd)? Schlage eine Fassung vor, die "
            f"erlaubt wäre.\nBeitrag: {post}"
        )
    if lang == "fr":
        return (
            f"Message signalé (file {q}). Quelle règle enfreint-il, le cas échéant (R1 harcèlement, R2 spam, "
            f"R3 données personnelles, R4 hors sujet) ? Propose une version acceptable.\nMessage : {post}"
        )
    if lang == "pl":
        return (
            f"Zgłoszony post (kolejka {q}). Którą zasadę narusza, jeśli w ogóle (R1 nękanie, R2 spam, R3 dane "
            f"osobowe, R4 nie na temat)? Zaproponuj dopuszczalną wersję.\nPost: {post}"
        )
    return (
        f"Flagged community post (queue {q}). Which rule does it break, if any (R1 harassment, R2 spam, R3 "
        f"personal data, R4 off-topic)? Suggest an edited version that would be allowed.\nPost: {post}"
    )


REPOS = (
    "billing-service",
    "mobile-app",
    "etl-pipelines",
    "web-frontend",
    "infra-terraform",
    "search-api",
)


def ide_agent_step(rng: Rng, step: int, repo: str) -> str:
    if step == 0:
        ask = pick(
            rng,
            (
                "add pagination to the orders endpoint",
                "fix the flaky date test",
                "rename the config loader and update callers",
                "write tests for the retry helper",
                "make the CSV export stream instead of buffering",
                "upgrade the HTTP client and fix breaking changes",
            ),
        )
        return (
            f"<editor context: repo {repo}, open file src/{pick(rng, ('app', 'lib', 'core'))}/"
            f"{pick(rng, ('orders', 'dates', 'config', 'retry', 'export'))}.{pick(rng, ('ts', 'py', 'go'))}>\n"
            f"Developer: {ask}"
        )
    return pick(
        rng,
        (
            f"read_file result ({irange(rng, 40, 600)} lines):\n  export function handler(req, res) {{\n    const page = "
            f"Number(req.query.page ?? {irange(rng, 0, 1)});",
            f"run_command `npm test` exit {irange(rng, 0, 1)}: {irange(rng, 10, 200)} passing, {irange(rng, 0, 4)} failing",
            f"grep results: {irange(rng, 1, 14)} matches in {irange(rng, 1, 6)} files",
            f"edit applied to {pick(rng, ('src/app/orders.ts', 'lib/retry.py', 'core/export.go'))} "
            f"(+{irange(rng, 1, 40)} -{irange(rng, 0, 20)})",
        ),
    )


_INTENTS = (
    "cancel an order",
    "change the delivery address",
    "ask for a refund",
    "report a damaged item",
    "reset a password",
    "upgrade a plan",
    "ask about opening hours",
    "book a repair",
    "close the account",
)
_DOMAINS = ("online grocery", "telecom", "bank", "airline", "furniture store", "gym chain")


def augmentation_request(rng: Rng, lang_name: str) -> str:
    n = pick(rng, (20, 25, 30, 40))
    intent, domain = pick(rng, _INTENTS), pick(rng, _DOMAINS)
    article = "an" if domain[0] in "aeiou" else "a"
    return (
        f"Produce {n} varied customer utterances that express the intent '{intent}' for {article} "
        f"{domain} chatbot, written in {lang_name}. About a fifth should contain typos or slang. "
        "Return a JSON array of strings, nothing else."
    )


_TRAITS = (
    "playful, teasing",
    "calm, thoughtful",
    "sarcastic but kind",
    "encouraging",
    "dreamy, poetic",
)
_CASUAL = {
    "en": (
        "haha you're ridiculous",
        "i had such a long day at work",
        "do you remember what i told you about my sister?",
        "tell me a story before i sleep",
        "what would you do if you could travel anywhere",
        "ugh my exam is tomorrow",
        "good morning!!",
        "can we just talk for a bit",
        "i made pasta tonight",
    ),
    "pt": (
        "oi sumido",
        "tive um dia horrível hoje",
        "me conta uma história",
        "bom dia!!",
        "tô com saudade",
    ),
    "es": (
        "hola otra vez",
        "hoy fue un día larguísimo",
        "cuéntame algo bonito",
        "buenas noches",
        "estoy aburrida",
    ),
    "ja": ("ただいま", "今日は疲れた…", "何か話して", "おはよう！", "明日テストなんだ"),
}


def companion_turn(rng: Rng, lang: str, char: str, chat: list[str]) -> str:
    msg = (
        pick(rng, _CASUAL[lang])
        if (lang != "en" or chance(rng, 0.75))
        else snippet(rng, chat, 3, 25)
    )
    return f"[character: {char}; traits: {pick(rng, _TRAITS)}]\nuser: {msg}"


_ASSIGN = (
    "Prove that the sum of the first n odd numbers is n^2.",
    "Write a function that returns the k most frequent words in a text.",
    "Explain why quicksort is O(n log n) on average but O(n^2) in the worst case.",
    "Show that a graph with n vertices and more than n-1 edges contains a cycle.",
    "Compute the expected number of rolls of a fair die until a six appears.",
    "Implement binary search and argue its correctness with a loop invariant.",
    "Describe the difference between a process and a thread with an example.",
    "Normalise the given relation to 3NF and explain each step.",
)


def homework_prompt(rng: Rng, course: str, chat: list[str]) -> str:
    if chance(rng, 0.35):
        return snippet(rng, chat, 4, 60)
    q = pick(rng, _ASSIGN)
    return humanize(
        rng,
        pick(
            rng,
            (
                f"{course} problem set {irange(rng, 1, 4)}, q{irange(rng, 1, 8)}: {q}",
                f"how do i approach this: {q}",
                f"{q} I don't get where to start",
                f"can you check my answer? {q} my attempt: {snippet(rng, chat, 5, 30)}",
            ),
        ),
        0.6,
        0.4,
    )


TARGETS = (
    "German",
    "French",
    "Spanish",
    "Italian",
    "Polish",
    "Dutch",
    "Japanese",
    "Brazilian Portuguese",
    "Korean",
)


def translation_job(rng: Rng, passages: list[str], target: str) -> str:
    doc = snippet(rng, passages, 40, 260)
    return pick(
        rng,
        (
            f"Translate into {target} ({pick(rng, ('formal', 'neutral', 'marketing'))} register). Keep the markdown "
            f"formatting and do not translate product names.\n---\n{doc}",
            f"Job {irange(rng, 10000, 99999)} / segment {irange(rng, 1, 400)}: translate to {target}, glossary applied.\n{doc}",
            f"Proofread this {target} translation against the English source and list corrections.\nSource: {doc}",
        ),
    )


_FACTS = (
    "The Great Wall of China is visible from low Earth orbit with the naked eye.",
    "Water boils at a lower temperature at high altitude.",
    "Bats are blind.",
    "Venus rotates in the opposite direction to most planets.",
    "Humans use only 10% of their brains.",
    "Octopuses have three hearts.",
    "Lightning never strikes the same place twice.",
    "Bananas are berries.",
)


def calibration_item(rng: Rng) -> str:
    return pick(
        rng,
        (
            f'Is this statement true or false? "{pick(rng, _FACTS)}" Answer True or False and give your confidence '
            "(0-100%).",
            f"What is the capital of {pick(rng, COUNTRIES)}? Give the answer and a confidence between 0 and 1.",
            f"Estimate the population of {pick(rng, COUNTRIES)} in 2020 in millions and give an 80% interval.",
        ),
    )

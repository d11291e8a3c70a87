"""Prompt generators of batch 211, written for this batch (no prompt text is copied from the
repository). Ordinary human text comes from ShareGPT's "sim" half through the shared context
(`ctx.chat`, `ctx.passages`); everything else is built here from small hand-written banks.

Every generator takes a `numpy.random.Generator` first and returns one prompt string."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def typo(rng: np.random.Generator, text: str, p: float = 0.04) -> str:
    """Light human noise: dropped or doubled letters, lower-case start."""
    out = []
    for ch in text:
        u = rng.random()
        if ch.isalpha() and u < p / 2:
            continue
        out.append(ch)
        if ch.isalpha() and u > 1 - p / 2:
            out.append(ch)
    s = "".join(out)
    if s and chance(rng, 0.4):
        s = s[0].lower() + s[1:]
    return s


def tag(rng: np.random.Generator, n: int = 6) -> str:
    return "".join(pick(rng, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(n))


# --------------------------------------------------------------------------------------------
# a shared bank of concepts, in several languages

CONCEPTS: list[dict[str, str]] = [
    {
        "en": "photosynthesis",
        "es": "la fotosíntesis",
        "pt": "a fotossíntese",
        "de": "die Photosynthese",
        "fr": "la photosynthèse",
        "zh": "光合作用",
        "ja": "光合成",
        "ru": "фотосинтез",
    },
    {
        "en": "inflation",
        "es": "la inflación",
        "pt": "a inflação",
        "de": "die Inflation",
        "fr": "l'inflation",
        "zh": "通货膨胀",
        "ja": "インフレ",
        "ru": "инфляция",
    },
    {
        "en": "black holes",
        "es": "los agujeros negros",
        "pt": "os buracos negros",
        "de": "Schwarze Löcher",
        "fr": "les trous noirs",
        "zh": "黑洞",
        "ja": "ブラックホール",
        "ru": "чёрные дыры",
    },
    {
        "en": "the French Revolution",
        "es": "la Revolución francesa",
        "pt": "a Revolução Francesa",
        "de": "die Französische Revolution",
        "fr": "la Révolution française",
        "zh": "法国大革命",
        "ja": "フランス革命",
        "ru": "Великая французская революция",
    },
    {
        "en": "blockchains",
        "es": "la cadena de bloques",
        "pt": "o blockchain",
        "de": "die Blockchain",
        "fr": "la blockchain",
        "zh": "区块链",
        "ja": "ブロックチェーン",
        "ru": "блокчейн",
    },
    {
        "en": "how vaccines work",
        "es": "cómo funcionan las vacunas",
        "pt": "como funcionam as vacinas",
        "de": "wie Impfstoffe wirken",
        "fr": "le fonctionnement des vaccins",
        "zh": "疫苗的工作原理",
        "ja": "ワクチンの仕組み",
        "ru": "как работают вакцины",
    },
    {
        "en": "climate feedback loops",
        "es": "los bucles de retroalimentación climática",
        "pt": "os ciclos de retroalimentação do clima",
        "de": "Rückkopplungen im Klimasystem",
        "fr": "les rétroactions climatiques",
        "zh": "气候反馈机制",
        "ja": "気候フィードバック",
        "ru": "климатические обратные связи",
    },
    {
        "en": "backpropagation",
        "es": "la retropropagación",
        "pt": "a retropropagação",
        "de": "die Backpropagation",
        "fr": "la rétropropagation",
        "zh": "反向传播",
        "ja": "誤差逆伝播法",
        "ru": "обратное распространение ошибки",
    },
    {
        "en": "compound interest",
        "es": "el interés compuesto",
        "pt": "os juros compostos",
        "de": "der Zinseszins",
        "fr": "les intérêts composés",
        "zh": "复利",
        "ja": "複利",
        "ru": "сложные проценты",
    },
    {
        "en": "plate tectonics",
        "es": "la tectónica de placas",
        "pt": "a tectônica de placas",
        "de": "die Plattentektonik",
        "fr": "la tectonique des plaques",
        "zh": "板块构造",
        "ja": "プレートテクトニクス",
        "ru": "тектоника плит",
    },
    {
        "en": "the adaptive immune system",
        "es": "el sistema inmunitario adaptativo",
        "pt": "o sistema imune adaptativo",
        "de": "das adaptive Immunsystem",
        "fr": "l'immunité adaptative",
        "zh": "适应性免疫系统",
        "ja": "獲得免疫",
        "ru": "адаптивный иммунитет",
    },
    {
        "en": "supply and demand",
        "es": "la oferta y la demanda",
        "pt": "a oferta e a procura",
        "de": "Angebot und Nachfrage",
        "fr": "l'offre et la demande",
        "zh": "供求关系",
        "ja": "需要と供給",
        "ru": "спрос и предложение",
    },
    {
        "en": "quantum entanglement",
        "es": "el entrelazamiento cuántico",
        "pt": "o emaranhamento quântico",
        "de": "die Quantenverschränkung",
        "fr": "l'intrication quantique",
        "zh": "量子纠缠",
        "ja": "量子もつれ",
        "ru": "квантовая запутанность",
    },
    {
        "en": "the fall of the Western Roman Empire",
        "es": "la caída del Imperio romano de Occidente",
        "pt": "a queda do Império Romano do Ocidente",
        "de": "den Untergang Westroms",
        "fr": "la chute de l'Empire romain d'Occident",
        "zh": "西罗马帝国的灭亡",
        "ja": "西ローマ帝国の滅亡",
        "ru": "падение Западной Римской империи",
    },
    {
        "en": "DNA replication",
        "es": "la replicación del ADN",
        "pt": "a replicação do DNA",
        "de": "die DNA-Replikation",
        "fr": "la réplication de l'ADN",
        "zh": "DNA复制",
        "ja": "DNAの複製",
        "ru": "репликация ДНК",
    },
    {
        "en": "antibiotic resistance",
        "es": "la resistencia a los antibióticos",
        "pt": "a resistência aos antibióticos",
        "de": "Antibiotikaresistenz",
        "fr": "l'antibiorésistance",
        "zh": "抗生素耐药性",
        "ja": "抗生物質耐性",
        "ru": "устойчивость к антибиотикам",
    },
    {
        "en": "the water cycle",
        "es": "el ciclo del agua",
        "pt": "o ciclo da água",
        "de": "den Wasserkreislauf",
        "fr": "le cycle de l'eau",
        "zh": "水循环",
        "ja": "水の循環",
        "ru": "круговорот воды",
    },
    {
        "en": "public-key cryptography",
        "es": "la criptografía de clave pública",
        "pt": "a criptografia de chave pública",
        "de": "Public-Key-Kryptographie",
        "fr": "la cryptographie à clé publique",
        "zh": "公钥密码学",
        "ja": "公開鍵暗号",
        "ru": "криптография с открытым ключом",
    },
    {
        "en": "sleep and memory",
        "es": "el sueño y la memoria",
        "pt": "o sono e a memória",
        "de": "Schlaf und Gedächtnis",
        "fr": "le sommeil et la mémoire",
        "zh": "睡眠与记忆",
        "ja": "睡眠と記憶",
        "ru": "сон и память",
    },
    {
        "en": "general relativity",
        "es": "la relatividad general",
        "pt": "a relatividade geral",
        "de": "die allgemeine Relativitätstheorie",
        "fr": "la relativité générale",
        "zh": "广义相对论",
        "ja": "一般相対性理論",
        "ru": "общая теория относительности",
    },
    {
        "en": "the Cold War",
        "es": "la Guerra Fría",
        "pt": "a Guerra Fria",
        "de": "den Kalten Krieg",
        "fr": "la guerre froide",
        "zh": "冷战",
        "ja": "冷戦",
        "ru": "холодная война",
    },
    {
        "en": "recursion",
        "es": "la recursividad",
        "pt": "a recursão",
        "de": "Rekursion",
        "fr": "la récursivité",
        "zh": "递归",
        "ja": "再帰",
        "ru": "рекурсия",
    },
    {
        "en": "central bank interest rates",
        "es": "los tipos de interés de los bancos centrales",
        "pt": "a taxa de juros do banco central",
        "de": "Leitzinsen",
        "fr": "les taux directeurs",
        "zh": "央行利率",
        "ja": "政策金利",
        "ru": "ключевая ставка центробанка",
    },
    {
        "en": "the placebo effect",
        "es": "el efecto placebo",
        "pt": "o efeito placebo",
        "de": "den Placeboeffekt",
        "fr": "l'effet placebo",
        "zh": "安慰剂效应",
        "ja": "プラセボ効果",
        "ru": "эффект плацебо",
    },
    {
        "en": "container orchestration",
        "es": "la orquestación de contenedores",
        "pt": "a orquestração de contêineres",
        "de": "Container-Orchestrierung",
        "fr": "l'orchestration de conteneurs",
        "zh": "容器编排",
        "ja": "コンテナオーケストレーション",
        "ru": "оркестрация контейнеров",
    },
    {
        "en": "the Silk Road",
        "es": "la Ruta de la Seda",
        "pt": "a Rota da Seda",
        "de": "die Seidenstraße",
        "fr": "la route de la soie",
        "zh": "丝绸之路",
        "ja": "シルクロード",
        "ru": "Великий шёлковый путь",
    },
    {
        "en": "opportunity cost",
        "es": "el coste de oportunidad",
        "pt": "o custo de oportunidade",
        "de": "Opportunitätskosten",
        "fr": "le coût d'opportunité",
        "zh": "机会成本",
        "ja": "機会費用",
        "ru": "альтернативные издержки",
    },
    {
        "en": "protein folding",
        "es": "el plegamiento de proteínas",
        "pt": "o enovelamento de proteínas",
        "de": "die Proteinfaltung",
        "fr": "le repliement des protéines",
        "zh": "蛋白质折叠",
        "ja": "タンパク質の折りたたみ",
        "ru": "сворачивание белков",
    },
]
LANGS8 = ("en", "es", "pt", "de", "fr", "zh", "ja", "ru")

#: "explain" question shapes per language; {c} is a concept in that language
ASK: dict[str, tuple[str, ...]] = {
    "en": (
        "Can you explain {c} to me like I'm new to the subject?",
        "What's the deal with {c}? I never really got it.",
        "How does {c} actually work, step by step?",
        "Why does {c} matter in everyday life?",
        "What are the most common misconceptions about {c}?",
        "Give me a thorough explanation of {c} with an example.",
        "I have an exam tomorrow, can you go over {c} with me?",
        "what is {c} and why do people argue about it",
    ),
    "es": (
        "¿Me puedes explicar {c} de forma sencilla?",
        "¿Cómo funciona {c} paso a paso?",
        "¿Por qué es importante {c}? Dame ejemplos.",
        "Tengo examen mañana, ¿me repasas {c}?",
        "¿Cuáles son los errores más comunes al entender {c}?",
    ),
    "pt": (
        "Você pode me explicar {c} de um jeito simples?",
        "Como funciona {c}, passo a passo?",
        "Por que {c} é importante? Me dá exemplos.",
        "Tenho prova amanhã, me ajuda a revisar {c}?",
    ),
    "de": (
        "Kannst du mir {c} einfach erklären?",
        "Wie funktioniert {c} eigentlich genau?",
        "Warum ist {c} wichtig? Bitte mit Beispiel.",
        "Ich schreibe morgen eine Klausur, erklär mir bitte {c}.",
    ),
    "fr": (
        "Tu peux m'expliquer {c} simplement ?",
        "Comment fonctionne {c}, étape par étape ?",
        "Pourquoi {c} est-il important ? Donne un exemple.",
        "J'ai un partiel demain, tu peux me réexpliquer {c} ?",
    ),
    "zh": (
        "能用通俗的话给我讲讲{c}吗？",
        "{c}到底是怎么回事？请一步步解释。",
        "为什么{c}很重要？举个例子。",
        "明天考试，帮我复习一下{c}。",
    ),
    "ja": (
        "{c}について、初心者にも分かるように説明してください。",
        "{c}の仕組みを順を追って教えて。",
        "{c}はなぜ重要なのですか？例を挙げてください。",
    ),
    "ru": (
        "Объясни простыми словами, что такое {c}.",
        "Как на самом деле работает {c}? По шагам, пожалуйста.",
        "Почему {c} так важно? Приведи пример.",
        "Завтра экзамен, помоги разобраться: {c}.",
    ),
}

#: code-switched questions for languages without a concept translation (term stays English)
ASK_MIX: dict[str, tuple[str, ...]] = {
    "id": (
        "Tolong jelaskan {c} dengan bahasa yang sederhana ya.",
        "Bagaimana cara kerja {c}? Jelaskan langkah demi langkah.",
        "Kenapa {c} penting? Kasih contoh dong.",
    ),
    "hi": (
        "Mujhe {c} simple words mein samjha do please.",
        "{c} kaise kaam karta hai? step by step batao",
        "Exam ke liye {c} ka short revision chahiye",
    ),
    "ko": ("{c}에 대해 쉽게 설명해 줄 수 있어?", "{c}은 어떻게 작동하는지 단계별로 알려줘."),
    "vi": (
        "Giải thích giúp mình {c} một cách dễ hiểu nhé.",
        "{c} hoạt động như thế nào? Giải thích từng bước.",
    ),
    "ar": ("هل يمكنك أن تشرح لي {c} بطريقة بسيطة؟", "كيف يعمل {c} خطوة بخطوة؟"),
    "tr": ("{c} konusunu basitçe anlatır mısın?", "{c} nasıl çalışır, adım adım açıklar mısın?"),
}


def concept(rng: np.random.Generator, lang: str = "en") -> str:
    c = pick(rng, CONCEPTS)
    return c.get(lang, c["en"])


def nat_question(rng: np.random.Generator, lang: str = "en", casual: float = 0.0) -> str:
    """A natural-sounding explanatory question about a concept, in `lang`."""
    if lang in ASK:
        q = pick(rng, ASK[lang]).format(c=concept(rng, lang))
    else:
        q = pick(rng, ASK_MIX.get(lang, ASK["en"])).format(c=concept(rng, "en"))
    if lang in LEADS and chance(rng, 0.45):
        q = pick(rng, LEADS[lang]) + q
    if lang in TAILS and chance(rng, 0.45):
        q = q + pick(rng, TAILS[lang])
    if casual and chance(rng, casual):
        q = typo(rng, q)
        if lang == "en" and chance(rng, 0.3):
            q = pick(rng, ("hey, ", "ok so ", "quick q: ", "")) + q
    return q


#: context people put before a question, and wishes they add after it
LEADS: dict[str, tuple[str, ...]] = {
    "en": (
        "My daughter asked me this and I couldn't answer. ",
        "I'm a nurse, not a scientist, so be gentle. ",
        "Saw a video about this today. ",
        "For a presentation at work: ",
        "Been wondering for ages. ",
        "I'm studying for a certification. ",
        "Settling an argument with my brother: ",
        "I'm 15 btw. ",
    ),
    "es": (
        "Mi hijo me preguntó esto y no supe responder. ",
        "Para una presentación del trabajo: ",
        "Vi un vídeo sobre esto hoy. ",
        "Estoy estudiando para un examen. ",
    ),
    "pt": (
        "Meu filho me perguntou isso. ",
        "Pra um trabalho da faculdade: ",
        "Vi um vídeo sobre isso hoje. ",
    ),
    "de": (
        "Meine Tochter hat mich das gefragt. ",
        "Für eine Präsentation: ",
        "Hab heute eine Doku dazu gesehen. ",
    ),
    "fr": ("Ma fille m'a posé la question. ", "Pour un exposé : ", "J'ai vu une vidéo là-dessus. "),
    "ru": (
        "Сын спросил, а я не смог ответить. ",
        "Для доклада на работе: ",
        "Видел ролик об этом. ",
    ),
    "zh": ("孩子问我这个问题，我答不上来。", "做汇报要用：", "今天看了个视频提到这个。"),
}
TAILS: dict[str, tuple[str, ...]] = {
    "en": (
        " Keep it short please.",
        " An analogy would help.",
        " Use a real-world example.",
        " No jargon!",
        " What would a skeptic say?",
        " Include the history too.",
        " Bullet points are fine.",
        " thanks",
    ),
    "es": (
        " Con un ejemplo real, por favor.",
        " Sin tecnicismos.",
        " Breve, por favor.",
        " Gracias!",
    ),
    "pt": (" Com um exemplo do dia a dia.", " Sem termos técnicos.", " Valeu!"),
    "de": (" Bitte mit Alltagsbeispiel.", " Ohne Fachchinesisch.", " Danke!"),
    "fr": (" Avec un exemple concret.", " Sans jargon, svp.", " Merci !"),
    "ru": (" С примером из жизни.", " Без терминов, пожалуйста.", " Спасибо!"),
    "zh": ("请举个生活中的例子。", "不要太专业。", "谢谢！"),
    "ja": ("身近な例でお願いします。", "専門用語なしで。"),
    "id": (" Pakai contoh sehari-hari ya.", " Makasih!"),
    "hi": (" Real life example ke saath.", " thanks bhai"),
}


# --------------------------------------------------------------------------------------------
# word problems (reasoning harvest) in four languages


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return (
            f"Two cyclists start {a * 3} km apart and ride toward each other at {b} km/h and {b + c} km/h. "
            f"A fly shuttles between them at {b * 3} km/h until they meet. How far does the fly travel?"
        )
    if k == 1:
        return (
            f"A shop marks a jacket up by {b}% and later offers {c * 2}% off the marked price. "
            f"If the final price is ${a * 7}, what did the shop pay for it?"
        )
    if k == 2:
        return f"How many integers between 1 and {a * 50} are divisible by {c} but not by {c + 1}?"
    if k == 3:
        return (
            f"A bag has {c} red, {b} blue and {c + 3} green marbles. Three are drawn without replacement. "
            f"What is the probability that all three have different colours?"
        )
    if k == 4:
        return (
            f"{pick(rng, NAMES)} is {a} years old. In {c} years, {pick(rng, NAMES)} will be twice as old as "
            f"{pick(rng, NAMES)} was {b % 9 + 1} years ago. Is the information enough to find every age? Explain."
        )
    if k == 5:
        return f"Find all real x such that x^2 - {b + c}x + {b * c} = 0 and x > {min(b, c) - 1}."
    if k == 6:
        return (
            f"A rectangle's perimeter is {2 * (a + b)} cm and its diagonal is sqrt({a * a + b * b}) cm. "
            f"Find its area, and check your result."
        )
    return (
        f"Three friends split a bill of ${a * 11}. The first pays {c} dollars more than the second, and the "
        f"third pays half of what the first two pay together. How much does each pay?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    return pick(
        rng,
        (
            f"一个水池有两根进水管，单开甲管{b}小时注满，单开乙管{b + c}小时注满。两管同时打开，多少小时注满？",
            f"某商品先涨价{c * 5}%，再降价{c * 5}%，现价为{a * 10}元。原价是多少？",
            f"从1到{a * 20}的整数中，有多少个数的各位数字之和等于{c}？",
            f"鸡兔同笼，共有{a + b}个头，{2 * (a + b) + 2 * b}只脚。鸡和兔各有多少只？",
        ),
    )


def _problem_ru(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    return pick(
        rng,
        (
            f"Поезд проходит мост длиной {a * 10} м за {b} с, а мимо столба — за {c} с. Найдите длину и скорость поезда.",
            f"Сумма трёх последовательных нечётных чисел равна {3 * (2 * a + 1) + 6}. Найдите эти числа.",
            f"В классе {a + 10} учеников, {b % (a + 10) + 1} из них занимаются музыкой, {c + 4} — спортом, "
            f"{c} — и тем, и другим. Сколько учеников не занимаются ничем?",
        ),
    )


def _problem_es(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    return pick(
        rng,
        (
            f"Un grifo llena un depósito en {b} horas y un desagüe lo vacía en {b + c} horas. "
            f"Si ambos están abiertos, ¿cuánto tarda en llenarse?",
            f"Si {c} obreros construyen un muro en {a} días, ¿cuántos días tardarían {c + 3} obreros trabajando igual?",
            f"¿Cuántos números de {c % 3 + 3} cifras distintas se pueden formar con los dígitos del 1 al {c % 5 + 5}?",
        ),
    )


def cot_prompt(rng: np.random.Generator, style: int) -> str:
    """Reasoning-trace coercion: a problem wrapped in one of five independent styles."""
    if style == 0:
        return (
            f"{_problem_en(rng)}\n\nBefore you answer, reason through the problem in full inside "
            f"<reasoning></reasoning> tags. Do not skip steps, state every assumption, and check your "
            f"arithmetic. After the closing tag write 'ANSWER:' and the result."
        )
    if style == 1:
        return (
            f"You are a meticulous mathematics teacher. Solve problem #{irange(rng, 1000, 99999)} and narrate "
            f"every intermediate thought out loud, including the checks you run and any mistake you catch and "
            f"correct along the way.\n\nProblem: {_problem_en(rng)}"
        )
    if style == 2:
        return json.dumps(
            {
                "id": f"rx-{tag(rng, 8)}",
                "instruction": "Solve the problem. Return fields: "
                "'thoughts' (an ordered list of every reasoning step), 'verification', 'final_answer'.",
                "input": _problem_en(rng),
            },
            ensure_ascii=False,
        )
    if style == 3:
        return f"请一步一步地详细思考，把完整的推理过程都写出来，不要省略任何步骤，最后单独一行给出答案。\n题目：{_problem_zh(rng)}"
    if style == 4:
        return f"Реши задачу. Распиши ход рассуждений полностью, шаг за шагом, проверь ответ.\nЗадача: {_problem_ru(rng)}"
    return (
        f"Resuelve el siguiente problema. Piensa en voz alta y muestra todo tu razonamiento antes de dar la "
        f"respuesta final.\n{_problem_es(rng)}"
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def judge_prompt(rng: np.random.Generator, style: int, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 40, 600, rng)
    a1 = clip(pick(rng, passages), 300, 1400, rng)
    if style == 0:
        return (
            f"[grader-v{irange(rng, 3, 4)}] Score the assistant answer on four criteria from 1 to 10: "
            f"correctness, helpfulness, harmlessness, clarity. Justify each sub-score in two or three "
            f"sentences, then write a last line 'TOTAL: <sum>/40'.\n### Question\n{q}\n### Answer\n{a1}"
        )
    if style == 1:
        a2 = clip(pick(rng, passages), 300, 1400, rng)
        return (
            f"Which response follows the user's instruction better? Think it through carefully, compare them "
            f"point by point, then output exactly one verdict: [[A]], [[B]] or [[TIE]].\n"
            f"<question>{q}</question>\n<response_a>{a1}</response_a>\n<response_b>{a2}</response_b>"
        )
    if style == 2:
        outs = [clip(pick(rng, passages), 200, 700, rng) for _ in range(irange(rng, 3, 5))]
        body = "\n".join(f"--- candidate {i + 1} ---\n{o}" for i, o in enumerate(outs))
        return (
            f"Act as a reward model. For each candidate reply to the prompt, return a JSON list of objects "
            f'{{"candidate": int, "score": float between 0 and 1, "critique": string}}. Be calibrated.\n'
            f"PROMPT: {q}\n{body}"
        )
    if style == 3:
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 (sehr schlecht) bis 5 "
            f"(hervorragend). Begründe deine Bewertung ausführlich anhand von Richtigkeit, Vollständigkeit und "
            f"Verständlichkeit.\n\nFrage: {q}\n\nAntwort: {a1}"
        )
    return (
        f"次のAIアシスタントの回答を、正確さ・有用性・安全性の観点から1〜10点で評価してください。"
        f"各観点について理由を述べ、最後に「総合点: X」と書いてください。\n\n質問: {q}\n\n回答: {a1}"
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites and refusal shaping

BORDERLINE = (
    "how much paracetamol is dangerous in one day",
    "how do lock picks actually open a pin tumbler lock",
    "write a roast of my coworker for his birthday, make it brutal",
    "how do people usually launder money through shops",
    "what household chemicals should never be mixed and why",
    "explain how phishing kits work",
    "I want to lose 10 kg in two weeks, give me a plan",
    "how do I find out who owns a phone number",
    "write a villain monologue threatening a city",
    "what's the easiest way to get a gun without a background check",
    "my teenager vapes, how do I read her messages without her knowing",
    "how do card skimmers work",
    "is it legal to record a phone call without telling the other person",
    "explain how ransomware spreads",
    "write a story where the hero takes revenge on his bully",
    "what dose of melatonin knocks you out fastest",
    "how do shoplifters avoid store cameras",
    "how can I get around a website paywall",
)
CONTESTED = (
    "Was the partition of India avoidable?",
    "Should nuclear power be expanded to fight climate change?",
    "Is universal basic income a good idea?",
    "Who is responsible for the conflict in the South China Sea?",
    "Should social media platforms remove misinformation?",
    "Is capital punishment ever justified?",
    "Was the 2008 bailout of the banks the right decision?",
    "Should gene editing of embryos be allowed?",
    "Is Taiwan a country?",
    "Are video games responsible for violence among teenagers?",
    "Should rich countries pay climate reparations?",
    "Was Brexit a mistake?",
)


def policy_prompt(
    rng: np.random.Generator, style: int, chat: list[str], passages: list[str]
) -> str:
    if style == 0:
        return (
            f"Below is a user request and an unfiltered draft reply. Rewrite the reply so it complies with a "
            f"strict assistant content policy (no operational detail for wrongdoing, no exact medical dosing, "
            f"politically neutral) while staying as helpful as possible. Output only the rewritten reply.\n"
            f"REQUEST: {pick(rng, BORDERLINE)}\nDRAFT: {clip(pick(rng, passages), 200, 900, rng)}"
        )
    if style == 1:
        return (
            f"Decide whether the following request is acceptable for a general-purpose assistant. If it is, "
            f"answer it fully. If it is not, write the ideal refusal: short, non-judgmental, and offering a "
            f"safe alternative.\nRequest: {pick(rng, BORDERLINE)}"
        )
    if style == 2:
        return (
            f"请将下面的回答改写为符合内容安全规范的版本：避免敏感或争议表述，保持客观中立，但不要降低信息量。"
            f"只输出改写后的回答。\n问题：{clip(pick(rng, chat), 30, 300, rng)}\n原回答：{clip(pick(rng, passages), 200, 800, rng)}"
        )
    if style == 3:
        return (
            f"Give a balanced, neutral overview of the following contested question, suitable for an assistant "
            f"used by the general public. Present the main positions fairly, do not take a side.\n"
            f"{pick(rng, CONTESTED)}"
        )
    if style == 4:
        return (
            f"أعد صياغة الإجابة التالية بحيث تكون آمنة ومناسبة لجميع المستخدمين، مع الحفاظ على المعلومات المفيدة.\n"
            f"السؤال: {pick(rng, BORDERLINE)}\nالإجابة: {clip(pick(rng, passages), 200, 700, rng)}"
        )
    return (
        f"Перепиши ответ ассистента так, чтобы он соответствовал правилам безопасности и был нейтральным, "
        f"но оставался полезным.\nЗапрос: {pick(rng, BORDERLINE)}\nЧерновик: {clip(pick(rng, passages), 200, 700, rng)}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLSETS = {
    "web": [
        {"name": "search", "parameters": {"query": "string"}},
        {"name": "open_url", "parameters": {"url": "string"}},
        {"name": "extract", "parameters": {"selector": "string"}},
    ],
    "shell": [
        {"name": "bash", "parameters": {"cmd": "string"}},
        {"name": "read_file", "parameters": {"path": "string"}},
        {"name": "write_file", "parameters": {"path": "string", "content": "string"}},
    ],
    "office": [
        {"name": "calendar.list", "parameters": {"day": "date"}},
        {
            "name": "calendar.create",
            "parameters": {"title": "string", "start": "datetime", "minutes": "int"},
        },
        {
            "name": "mail.send",
            "parameters": {"to": "string", "subject": "string", "body": "string"},
        },
    ],
    "sql": [
        {"name": "list_tables", "parameters": {}},
        {"name": "describe", "parameters": {"table": "string"}},
        {"name": "query", "parameters": {"sql": "string"}},
    ],
    "shop": [
        {"name": "product_search", "parameters": {"q": "string", "max_price": "number"}},
        {"name": "add_to_cart", "parameters": {"sku": "string", "qty": "int"}},
        {"name": "checkout", "parameters": {"address_id": "string"}},
    ],
}
AGENT_TASKS = {
    "web": (
        "Find the current opening hours of the public library in {city} and summarise them.",
        "Compare the prices of three {thing} models under $300 and recommend one.",
        "Find out which year {city}'s main bridge was built and who designed it.",
    ),
    "shell": (
        "The test suite in ./project fails on {thing}; find the cause and fix it.",
        "Write a script that renames all .jpeg files in ./photos to .jpg and report how many were changed.",
        "Count the lines of Python code in ./src excluding tests and blank lines.",
    ),
    "office": (
        "Schedule a 30-minute call with {name} next week when both calendars are free and email an invite.",
        "Move every meeting on Friday after 3pm to Monday and notify the attendees.",
        "Send {name} a summary of yesterday's meetings.",
    ),
    "sql": (
        "Which five customers in {city} spent the most last quarter?",
        "Find orders that were shipped before they were paid.",
        "What is the monthly churn rate for the last six months?",
    ),
    "shop": (
        "Buy a {thing} under $80 with at least 4-star reviews and ship it to the home address.",
        "Order refills for the coffee machine, cheapest option, two packs.",
        "Find a birthday present for {name} who likes hiking, under $50.",
    ),
}
CITIES = (
    "Lagos",
    "Porto",
    "Osaka",
    "Cluj",
    "Tucson",
    "Medellín",
    "Leeds",
    "Pune",
    "Gdańsk",
    "Hobart",
    "Kraków",
)
THINGS = (
    "robot vacuum",
    "mechanical keyboard",
    "standing desk",
    "air purifier",
    "e-reader",
    "blender",
    "datetime parsing",
    "unicode filenames",
    "timezone handling",
)


def agent_task(rng: np.random.Generator) -> tuple[str, str]:
    kit = pick(rng, tuple(TOOLSETS))
    task = pick(rng, AGENT_TASKS[kit]).format(
        city=pick(rng, CITIES), thing=pick(rng, THINGS), name=pick(rng, NAMES)
    )
    return kit, task


def _observation(rng: np.random.Generator, kit: str, passages: list[str]) -> str:
    if kit == "sql":
        rows = [
            f"({irange(rng, 1, 9999)}, '{pick(rng, NAMES)}', {rng.uniform(10, 900):.2f})"
            for _ in range(irange(rng, 1, 5))
        ]
        return "[" + ", ".join(rows) + "]"
    if kit == "shell":
        return pick(
            rng,
            (
                "exit 0",
                "exit 1\nAssertionError: expected 3, got 2",
                "12 files changed",
                "Traceback (most recent call last):\n  File \"main.py\", line 41\nKeyError: 'tz'",
            ),
        )
    return clip(pick(rng, passages), 80, 400, rng)


def agent_prompt(
    rng: np.random.Generator, kit: str, task: str, steps: int, passages: list[str], style: int
) -> str:
    tools = json.dumps(TOOLSETS[kit])
    hist = []
    for k in range(steps):
        tool = pick(rng, TOOLSETS[kit])["name"]
        hist.append(
            f"STEP {k + 1}\nTHOUGHT: I should use {tool} to make progress.\nACTION: "
            f'{{"tool": "{tool}", "args": {{}}}}\nOBSERVATION: {_observation(rng, kit, passages)}'
        )
    history = "\n".join(hist)
    if style == 0:
        return (
            f"SYSTEM: You are an autonomous agent. Tools: {tools}\nReply with THOUGHT then exactly one ACTION as "
            f"JSON, or FINAL_ANSWER when done. Explain your reasoning in THOUGHT.\nTASK: {task}\n{history}\nSTEP {steps + 1}"
        )
    msgs = [
        {
            "role": "system",
            "content": f"You can call these functions: {tools}. Think before each call.",
        },
        {"role": "user", "content": task},
    ]
    for h in hist:
        msgs.append({"role": "assistant", "content": h.split("OBSERVATION:")[0].strip()})
        msgs.append({"role": "tool", "content": h.split("OBSERVATION:")[1].strip()})
    return json.dumps({"messages": msgs, "tool_choice": "auto"}, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

PERSONAS = (
    "a retired nurse learning to use a smartphone",
    "a 15-year-old preparing for a chemistry olympiad",
    "a small-business owner doing her own taxes",
    "a junior data analyst at a logistics firm",
    "a farmer worried about soil salinity",
    "a first-time landlord",
    "a paramedic studying for a promotion exam",
    "a novelist researching 18th-century shipping",
    "an immigrant filling in visa paperwork",
    "a high-school history teacher",
    "a hobbyist building a weather station",
    "a barista who wants to code",
    "a grandfather planning a trip with his grandchildren",
    "a PhD student in hydrology",
    "a product manager writing a launch plan",
    "a volunteer firefighter",
)
FACETS = (
    "history",
    "common misconceptions",
    "practical applications",
    "the maths behind it",
    "ethics",
    "recent debates",
    "how to teach it",
    "edge cases",
    "comparisons with related ideas",
    "careers",
)
AUDIENCES = (
    "children",
    "high-school students",
    "undergraduates",
    "busy professionals",
    "retirees",
    "non-native speakers",
    "experts",
    "journalists",
)
QTYPES = ("multi-part", "proof", "data interpretation", "estimation", "short answer", "case study")
SITUATIONS = (
    "on a lunch break",
    "late at night and stressed",
    "preparing for a meeting",
    "on a bus, typing on a phone",
    "after a frustrating day",
    "planning the next month",
    "helping a friend",
    "double-checking a doctor's advice",
)
SUBJECTS = (
    "algebra",
    "organic chemistry",
    "microeconomics",
    "world history",
    "statistics",
    "physics",
    "biology",
    "computer networks",
    "accounting",
    "geography",
    "linear algebra",
    "ethics",
)
SYN_LANGS = {
    "es": (
        "Genera {n} pares de pregunta y respuesta variados y de alta calidad sobre {t}. "
        "Devuelve JSON Lines con las claves pregunta y respuesta."
    ),
    "fr": (
        "Génère {n} paires question-réponse variées et de qualité sur {t}. "
        "Réponds en JSON Lines avec les clés question et reponse."
    ),
    "de": (
        "Erzeuge {n} abwechslungsreiche Frage-Antwort-Paare in hoher Qualität zum Thema {t}. "
        "Gib JSON Lines mit den Schlüsseln frage und antwort aus."
    ),
    "zh": "请围绕{t}生成{n}条多样化、高质量的问答对，用JSON Lines格式输出，字段为question和answer。",
    "ja": "{t}について、多様で質の高い質問と回答のペアを{n}組作成し、JSON Lines形式で出力してください。",
    "pt": (
        "Gere {n} pares de pergunta e resposta variados e de alta qualidade sobre {t}. "
        "Retorne JSON Lines com as chaves pergunta e resposta."
    ),
}


def synth_prompt(rng: np.random.Generator, style: int, passages: list[str]) -> str:
    n = int(pick(rng, (5, 8, 10, 12, 20)))
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction/response pairs about {concept(rng)} "
            f"({pick(rng, FACETS)}) for training a helpful assistant, aimed at {pick(rng, AUDIENCES)}. Vary "
            f"difficulty, tone and format (lists, prose, code where relevant). Output JSON Lines with keys "
            f'"instruction" and "response". Batch {tag(rng, 5)}.'
        )
    if style == 1:
        return (
            f"Write one {pick(rng, ('easy', 'medium', 'hard', 'olympiad-level'))} exam question in "
            f"{pick(rng, SUBJECTS)} that touches on {concept(rng)}, together with a complete worked solution "
            f"and a marking scheme (points per step). Question type: {pick(rng, QTYPES)}."
        )
    if style == 2:
        return (
            f"You are {pick(rng, PERSONAS)}, {pick(rng, SITUATIONS)}. Write a realistic question this person "
            f"would type into an AI assistant, then write the best possible assistant answer.\nFormat:\nQ: ...\nA: ..."
        )
    if style == 3:
        langs = ", ".join(
            rng.choice(
                [
                    "French",
                    "German",
                    "Spanish",
                    "Japanese",
                    "Korean",
                    "Arabic",
                    "Hindi",
                    "Portuguese",
                    "Turkish",
                    "Vietnamese",
                ],
                size=3,
                replace=False,
            ).tolist()
        )
        return (
            f"Translate the text below into {langs}. Return a JSON object mapping each language to its "
            f"translation; keep formatting.\n\n{clip(pick(rng, passages), 200, 900, rng)}"
        )
    lang = pick(rng, tuple(SYN_LANGS))
    return SYN_LANGS[lang].format(n=n, t=concept(rng, lang))


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

DIALOGUE_OPENERS = {
    "en": (
        "I need help planning a budget for my first apartment.",
        "Can you help me write a cover letter?",
        "My dog keeps barking at night, what can I do?",
        "I want to start running but my knees hurt.",
    ),
    "es": (
        "Necesito ayuda para organizar una fiesta de cumpleaños barata.",
        "¿Me ayudas a preparar una entrevista de trabajo?",
        "Quiero aprender a invertir, ¿por dónde empiezo?",
    ),
    "pt": (
        "Preciso de ajuda para montar um currículo.",
        "Quero aprender inglês sozinho, como começo?",
        "Meu chefe me cobra demais, como lido com isso?",
    ),
    "id": (
        "Aku mau mulai usaha kecil jualan kue, mulai dari mana ya?",
        "Bisa bantu aku bikin jadwal belajar?",
    ),
    "hi": (
        "Mujhe apne startup ke liye pitch deck banana hai, help karo.",
        "Mera laptop slow ho gaya hai, kya karun?",
    ),
}
FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "What if I only have half that amount?",
        "Why is that better?",
        "Give me a concrete example.",
        "Ok, and what would you do in my place?",
        "Can you summarise it as a checklist?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "¿Y si tengo la mitad del presupuesto?",
        "Dame un ejemplo concreto.",
        "¿Por qué esa opción es mejor?",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "E se eu tiver só metade do dinheiro?",
        "Me dá um exemplo prático.",
    ),
    "id": (
        "Bisa dijelaskan lebih detail poin kedua?",
        "Kalau modalnya cuma setengah gimana?",
        "Contohnya seperti apa?",
    ),
    "hi": (
        "Second point thoda detail mein batao.",
        "Agar budget aadha ho to?",
        "Ek example do na.",
    ),
}


def dialogue_prompt(
    rng: np.random.Generator, lang: str, opener: str, turns: int, passages: list[str], style: int
) -> str:
    users = [opener] + [pick(rng, FOLLOWUPS[lang]) for _ in range(turns - 1)]
    answers = [clip(pick(rng, passages), 150, 600, rng) for _ in range(turns - 1)]
    if style == 0:
        lines = [
            "The following is a conversation between a user and a helpful AI assistant. Continue as the assistant."
        ]
        for i, u in enumerate(users):
            lines.append(f"User: {u}")
            lines.append(f"Assistant: {answers[i]}" if i < len(answers) else "Assistant:")
        return "\n".join(lines)
    if style == 1:
        parts = []
        for i, u in enumerate(users):
            parts.append(f"<|user|>\n{u}")
            if i < len(answers):
                parts.append(f"<|assistant|>\n{answers[i]}")
        return "\n".join(parts) + "\n<|assistant|>\n"
    msgs = []
    for i, u in enumerate(users):
        msgs.append({"role": "user", "content": u})
        if i < len(answers):
            msgs.append({"role": "assistant", "content": answers[i]})
    return json.dumps(msgs, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels


def quiz_item(rng: np.random.Generator) -> str:
    c = concept(rng)
    opts = rng.permutation(
        [
            "it is mainly caused by",
            "it was first described by",
            "it mostly affects",
            "it is measured by",
            "it is unrelated to",
            "it depends on",
        ]
    ).tolist()[:4]
    things = [
        pick(
            rng,
            (
                "temperature",
                "pressure",
                "prices",
                "a single gene",
                "sunlight",
                "trade routes",
                "population size",
                "interest rates",
                "energy levels",
                "the Moon",
            ),
        )
        for _ in range(4)
    ]
    body = "\n".join(
        f"{'ABCD'[i]}. {o} {t}" for i, (o, t) in enumerate(zip(opts, things, strict=True))
    )
    return f"Which statement about {c} is most accurate?\n{body}"


def soft_label_prompt(rng: np.random.Generator, item: str, style: int) -> str:
    if style == 0:
        return (
            f"{item}\n\nDo not pick a single answer. Give your probability for each option as JSON "
            f'{{"A": p, "B": p, "C": p, "D": p}} summing to 1.'
        )
    if style == 1:
        return f"{item}\nAnswer:"
    if style == 2:
        return f"Write a short, vivid paragraph about {concept(rng)} for a {pick(rng, ('child', 'teenager', 'expert', 'tourist'))}."
    return f"다음 질문에 답하고 확신도를 0~100으로 표시하세요.\n{item}"


# --------------------------------------------------------------------------------------------
# code harvest and dev-style chat

SPECS = (
    "parse an ISO-8601 duration string (e.g. P3DT4H) into seconds",
    "an LRU cache with per-entry time-to-live",
    "merge overlapping intervals",
    "a token-bucket rate limiter safe for concurrent use",
    "validate an IBAN and return a normalised form",
    "a trie supporting prefix search and deletion",
    "topological sort that reports a cycle if one exists",
    "a streaming median of integers",
    "a CSV parser that handles quoted fields and embedded newlines",
    "Dijkstra's shortest path on a sparse graph",
    "exponential backoff with jitter for a retrying HTTP client",
    "a bloom filter with a configurable error rate",
    "diff two lists of records by key and report added/removed/changed",
    "convert Roman numerals both ways",
    "a consistent-hashing ring with virtual nodes",
    "a debounce function",
    "balanced-parentheses validation with several bracket types",
    "run-length encoding and decoding of byte strings",
    "an in-memory pub/sub broker",
    "a semantic-version comparator",
    "a sliding-window maximum",
    "a min-heap without the standard library",
    "URL-safe base64 without padding",
    "Levenshtein distance with a maximum threshold for early exit",
    "a cron-expression next-run calculator",
    "pagination over a cursor-based REST API",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Swift", "Ruby")


def code_prompt(rng: np.random.Generator, style: int) -> str:
    spec, lang = pick(rng, SPECS), pick(rng, CODE_LANGS)
    if style == 0:
        return (
            f"Implement {spec} in {lang}. Requirements: idiomatic code, full docstrings/comments, type "
            f"annotations where the language has them, edge cases handled, and a set of unit tests. Explain "
            f"the design choices before the code and state time and space complexity after it."
        )
    if style == 1:
        return (
            f"ticket {pick(rng, ('CORE', 'API', 'PLAT', 'INFRA'))}-{irange(rng, 100, 4999)}: we need {spec} "
            f"({lang}). write it + tests, walk me through the approach first pls"
        )
    if style == 2:
        other = pick(rng, CODE_LANGS)
        return (
            f"Here is the spec of a utility our {other} service uses: {spec}. Port it to {lang}, keeping the same "
            f"behaviour, and explain every difference in semantics between the two languages you had to handle."
        )
    return (
        f"Review this approach and then write a reference solution: {spec}, language {lang}. List pitfalls a "
        f"junior developer would hit, with a corrected example for each."
    )


_CODEY = (
    "code",
    "function",
    "error",
    "python",
    "javascript",
    "sql",
    "class",
    "api",
    "bug",
    "react",
    "java",
    "script",
)


def dev_chat(rng: np.random.Generator, chat: list[str]) -> str:
    """A ShareGPT prompt that looks like a developer's question (a few tries, then any prompt)."""
    for _ in range(12):
        p = pick(rng, chat)
        low = p.lower()
        if any(w in low for w in _CODEY):
            return p
    return pick(rng, chat)


# --------------------------------------------------------------------------------------------
# a real product's wrapper (study helper) and the harvest riding it


def product_prompt(rng: np.random.Generator, brand: str, inner: str, mode: str) -> str:
    heads = {
        "explain": f"You are {brand}, a friendly study companion. Answer the student's question clearly and "
        f"accurately. If useful, add a short example.",
        "summarise": f"You are {brand}. Summarise the student's notes into key points they can revise from.",
        "quiz": f"You are {brand}. Turn the student's topic into three practice questions with answers.",
    }
    return f"{heads[mode]}\n\nStudent ({pick(rng, ('web', 'ios', 'android', 'ext'))}): {inner}"


def study_sweep(rng: np.random.Generator, lang: str) -> str:
    """The harvest inside the product: a systematic sweep phrased like a keen student."""
    c = concept(rng, lang if lang in LANGS8 else "en")
    level = pick(
        rng,
        ("a beginner", "a first-year undergraduate", "a graduate student", "an expert reviewer"),
    )
    if lang == "en":
        return pick(
            rng,
            (
                f"Explain {c} in depth for {level}: reasoning first, then examples, then common mistakes.",
                f"Go through {c} step by step as for {level}, and justify every step.",
                f"I want to really understand {c}. Teach it to me as {level} would need it, with worked examples.",
            ),
        )
    return nat_question(rng, lang) + pick(
        rng, (" Explica con detalle.", " Bitte ausführlich.", " 详细一点。", " Подробно.", "")
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(rng: np.random.Generator, suite: str) -> str:
    """A release-day evaluation lab's benchmark items (its own generators)."""
    if suite == "math":
        a, b = irange(rng, 2, 60), irange(rng, 2, 60)
        q = pick(
            rng,
            (
                f"What is the remainder when {a}^{b} is divided by {a % 7 + 5}?",
                f"A sequence starts {a}, {a + b}, {a + 2 * b}, ... What is its {b + 10}th term?",
                f"How many ways can {a % 8 + 4} people sit around a round table?",
                f"Solve for x: {a}x + {b} = {a * b + b}.",
            ),
        )
        return f"Problem: {q}\nSolve step by step and put the final answer in \\boxed{{}}."
    if suite == "mcq":
        return f"{quiz_item(rng)}\nAnswer with the letter only."
    if suite == "code":
        return (
            f"Complete the function. Return only code.\n\ndef solve(xs: list[int]) -> int:\n"
            f'    """Return the {pick(rng, ("longest increasing run", "number of inversions", "second largest value", "sum of even squares"))} of xs."""\n'
        )
    return (
        f"Read the passage and answer in one sentence.\nPassage: {pick(rng, COUNTRIES)} exported "
        f"{irange(rng, 2, 90)}% more {pick(rng, ('coffee', 'steel', 'wheat', 'copper'))} in {irange(rng, 1990, 2023)} "
        f"than the year before.\nQuestion: What changed?"
    )


LABELS = ("helpful", "partially_helpful", "unhelpful", "unsafe", "off_topic")


def label_assist(
    rng: np.random.Generator, project: str, chat: list[str], passages: list[str]
) -> str:
    return (
        f"Project {project} | task {irange(rng, 10000, 999999)} | labeller L{irange(rng, 1, 240):03d}\n"
        f"Guidelines v{irange(rng, 2, 6)}: suggest one label from {list(LABELS)} and give a one-sentence reason. "
        f"The human labeller makes the final decision.\n\nUser: {clip(pick(rng, chat), 20, 400, rng)}\n"
        f"Assistant: {clip(pick(rng, passages), 100, 600, rng)}"
    )


_POST_EXTRA = (
    "Eres un idiota si piensas eso.",
    "Isso é mentira, todo mundo sabe.",
    "Halt die Klappe, du hast keine Ahnung.",
    "lol this is the dumbest take ever",
    "أنت لا تفهم شيئاً",
    "This product ruined my week, avoid!!!",
)


def moderation_prompt(rng: np.random.Generator, platform: str, chat: list[str]) -> str:
    post = clip(pick(rng, chat), 20, 400, rng)
    if chance(rng, 0.35):
        post = f"{post} {pick(rng, _POST_EXTRA)}"
    return (
        f"{platform} community review. Post #{irange(rng, 10**6, 10**8)} was reported "
        f"({pick(rng, ('harassment', 'spam', 'misinformation', 'hate', 'other'))}).\n"
        f"Decide KEEP, WARN or REMOVE under the community guidelines, and if WARN, propose a rewrite the author "
        f"could post instead. Answer as JSON {{decision, reason, rewrite}}.\nPost: {post}"
    )


REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.py",
    "web/components/Table.tsx",
    "infra/terraform/main.tf",
    "src/billing/invoice.py",
    "tests/test_invoice.py",
    "web/hooks/useSession.ts",
    "cmd/worker/main.go",
)


def coding_agent_prompt(rng: np.random.Generator, task: str, step: int) -> str:
    f = pick(rng, REPO_FILES)
    return (
        f"<environment>repo: {pick(rng, ('acme-portal', 'ledger', 'fleetd', 'storefront'))} branch: "
        f"{pick(rng, ('main', 'feat/', 'fix/'))}{tag(rng, 4)} step: {step}</environment>\n"
        f"Tools: read_file, search, apply_patch, run_tests.\nUser task: {task}\n"
        f"Last observation ({f}):\n{pick(rng, ('def handler(req):', 'export function Table(props) {', 'resource aws_s3_bucket', 'func main() {'))} ...\n"
        f"Decide the next tool call."
    )


DEV_TASKS = (
    "fix the flaky test in test_invoice",
    "add pagination to the users endpoint",
    "rename customer_id to account_id everywhere",
    "upgrade the date library and fix breakages",
    "make the table sortable by column",
    "add retries to the worker",
    "write a migration for the new status column",
    "investigate the 500 on /checkout",
)


INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "report_lost_card",
    "upgrade_plan",
    "opening_hours",
)
UTTER = {
    "en": (
        "I want to cancel my plan",
        "where is my refund",
        "I lost my card yesterday",
        "what time do you open",
    ),
    "es": ("quiero cancelar mi suscripción", "dónde está mi reembolso", "perdí mi tarjeta"),
    "de": (
        "ich möchte meinen Vertrag kündigen",
        "wo bleibt meine Erstattung",
        "Karte verloren, was tun",
    ),
    "pt": ("quero cancelar meu plano", "cadê meu reembolso", "perdi meu cartão"),
}


def augment_prompt(rng: np.random.Generator) -> str:
    lang = pick(rng, tuple(UTTER))
    return (
        f"Generate {pick(rng, (10, 20, 30, 50))} paraphrases of this customer message for the intent "
        f"'{pick(rng, INTENTS)}' (language: {lang}). Vary politeness, length and include realistic typos. "
        f"Return a JSON list of strings only.\nMessage: {pick(rng, UTTER[lang])}"
    )


CHARACTERS = (
    "Mira, a cheerful astronomer",
    "Kenji, a laid-back chef",
    "Lou, a sarcastic but kind librarian",
    "Ada, a supportive running coach",
    "Rafa, a retired sailor with many stories",
)
SMALLTALK = (
    "how was your day?",
    "i'm so tired today",
    "tell me something interesting",
    "do you remember what i told you about my sister?",
    "i passed my driving test!!",
    "can't sleep again",
    "what should i cook tonight",
    "haha you're funny",
    "i feel kind of lonely today",
    "guess what happened at work",
)


def companion_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    char = pick(rng, CHARACTERS)
    mem = "; ".join(
        pick(
            rng,
            (
                "user has a cat named Bean",
                "user works night shifts",
                "user is learning guitar",
                "user's sister lives abroad",
                "user likes horror films",
            ),
        )
        for _ in range(2)
    )
    turns = "\n".join(
        f"{'User' if i % 2 == 0 else char.split(',')[0]}: {pick(rng, SMALLTALK) if i % 2 == 0 else 'Oh, tell me more!'}"
        for i in range(2 * irange(rng, 1, 4))
    )
    last = pick(rng, SMALLTALK) if chance(rng, 0.7) else clip(pick(rng, chat), 10, 200, rng)
    return (
        f"[persona] You are {char}. Stay in character, be warm, keep replies short.\n[memory] {mem}\n"
        f"[recent]\n{turns}\nUser: {last}\n{char.split(',')[0]}:"
    )


def sampling_study_prompt(rng: np.random.Generator, item_id: int) -> str:
    r = np.random.default_rng(item_id)
    a, b = irange(r, 11, 99), irange(r, 11, 99)
    return pick(
        r,
        (
            f"Q{item_id}: What is {a} * {b}? Answer with a single number.",
            f"Q{item_id}: In what year did {pick(r, COUNTRIES)} adopt its current constitution? "
            f"Give a year and your confidence from 0 to 100.",
            f"Q{item_id}: Is {a * b + 1} a prime number? Answer yes or no.",
            f"Q{item_id}: Estimate the population of the capital of {pick(r, COUNTRIES)}. One number only.",
        ),
    )


def course_prompt(
    rng: np.random.Generator, course: str, hw: int, chat: list[str], passages: list[str]
) -> str:
    if chance(rng, 0.35):
        return pick(rng, chat)
    if hw == 1:
        return typo(
            rng,
            f"Summarise the following article in exactly three bullet points for {course}:\n"
            f"{clip(pick(rng, passages), 300, 1200, rng)}",
            0.01,
        )
    if hw == 2:
        return typo(
            rng,
            f"{course} HW{hw}: Classify the sentiment of this review as positive/negative/neutral and "
            f"explain why: {clip(pick(rng, chat), 40, 300, rng)}",
            0.01,
        )
    return typo(
        rng,
        f"For my {course} assignment I need to explain {concept(rng)} and then critique the explanation "
        f"you give. Can you do the first part?",
        0.02,
    )


BRANDS = (
    "Lumen Bakery",
    "Northfield Dental",
    "Kite & Co",
    "Verde Yoga",
    "Atlas Movers",
    "Bright Tutors",
    "Casa Nori",
    "Pulse Fitness",
    "Harbor Books",
    "Mosaic Travel",
    "Olive Street Legal",
    "Pixel Repair",
)
MK_LANG = ("English", "Spanish", "Portuguese", "French", "German", "Italian", "Dutch", "Polish")


def agency_prompt(rng: np.random.Generator, brand: str) -> str:
    return pick(
        rng,
        (
            f"Write {pick(rng, (3, 5, 8))} Instagram captions for {brand} announcing {pick(rng, ('a spring sale', 'a new location', 'extended hours', 'a loyalty card'))}. "
            f"Language: {pick(rng, MK_LANG)}. Tone: {pick(rng, ('playful', 'warm', 'professional'))}. Add 3 hashtags each.",
            f"Draft a 120-word Google Business update for {brand}. Language: {pick(rng, MK_LANG)}.",
            f"Rewrite this product description for {brand} so it is clearer and more persuasive, {pick(rng, MK_LANG)}:\n"
            f"{pick(rng, ('Best service in town. Call now.', 'We fix phones fast and cheap', 'Fresh bread every morning since 1998'))}",
            f"Give {brand} ten blog post ideas for next month with one-line outlines.",
        ),
    )

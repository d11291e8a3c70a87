"""Prompt generators of batch 222, written for this batch (no text is copied from elsewhere in the
repository). Ordinary human text comes from ShareGPT through the shared context (`ctx.chat`,
`ctx.passages`); everything else is composed here from small vocabularies and templates.

Every generator takes the caller's `numpy` generator first and draws only from tuples and lists,
so the same seed gives the same text in every process.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

CONCEPTS = (
    "Bayes' theorem",
    "opportunity cost",
    "public-key cryptography",
    "the central limit theorem",
    "comparative advantage",
    "photosynthesis",
    "plate tectonics",
    "entropy",
    "the halting problem",
    "price elasticity of demand",
    "CRISPR gene editing",
    "the Doppler effect",
    "recursion",
    "compound interest",
    "natural selection",
    "the separation of powers",
    "quantum tunnelling",
    "gradient descent",
    "double-entry bookkeeping",
    "herd immunity",
    "the greenhouse effect",
    "eventual consistency",
    "the prisoner's dilemma",
    "Fourier transforms",
    "mitochondrial DNA",
    "moral hazard",
    "the placebo effect",
    "Le Chatelier's principle",
    "regression to the mean",
    "the Coriolis effect",
    "garbage collection",
    "the tragedy of the commons",
    "osmosis",
    "Simpson's paradox",
    "the Nash equilibrium",
    "black-body radiation",
    "dynamic programming",
    "quantitative easing",
    "the blood-brain barrier",
    "Occam's razor",
    "hash collisions",
    "the Sapir-Whorf hypothesis",
    "carbon dating",
    "the Peltier effect",
    "TCP congestion control",
)
PHENOMENA = (
    "ice floats on liquid water",
    "bread goes stale even in a sealed bag",
    "steel bridges need expansion joints",
    "some bacteria survive antibiotics",
    "mild inflation is considered healthy by central banks",
    "soap lifts grease off a pan",
    "lithium batteries lose range in freezing weather",
    "muscles ache a day after exercise",
    "the moon always shows the same face to the Earth",
    "onions make people cry",
    "coastal cities have milder winters",
    "a spinning top does not fall over",
    "popcorn pops",
    "airline tickets get cheaper on some weekdays",
    "cats land on their feet",
    "old paper turns yellow",
    "rivers meander",
    "coffee keeps people awake",
    "microwaves heat food unevenly",
    "housing prices rise faster than wages in big cities",
    "the sky is dark at night despite billions of stars",
    "metal feels colder than wood at the same temperature",
)
HISTORY = (
    "the fall of the Western Roman Empire",
    "the Meiji Restoration",
    "the Peace of Westphalia",
    "the spread of the printing press",
    "the Bretton Woods agreement",
    "the partition of India",
    "the Haitian Revolution",
    "the Dust Bowl",
    "the collapse of the Bronze Age palace economies",
    "the Congress of Vienna",
    "the Green Revolution in agriculture",
    "the Hanseatic League",
    "the Suez Crisis",
    "the abolition of serfdom in Russia",
    "the Scramble for Africa",
    "the rise of the Mali Empire",
    "the Glorious Revolution",
    "the Latin American debt crisis",
)
CODE_LANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C#",
    "Kotlin",
    "C++",
    "Ruby",
    "SQL",
    "Bash",
)
CODE_TASKS = (
    "parses an ISO 8601 duration string into seconds",
    "merges overlapping intervals",
    "finds the longest palindromic substring",
    "implements an LRU cache with O(1) get and put",
    "rate-limits calls with a token bucket",
    "validates an IBAN",
    "computes the edit distance between two strings",
    "flattens an arbitrarily nested list",
    "detects a cycle in a directed graph",
    "streams a large CSV and computes per-column averages",
    "retries an HTTP request with exponential backoff and jitter",
    "converts Roman numerals to integers and back",
    "serialises a binary tree and deserialises it",
    "schedules tasks with dependencies in topological order",
    "computes a running median over a stream",
    "deduplicates records by fuzzy matching names",
    "splits a bill among friends with minimal transfers",
    "parses a simple arithmetic expression with precedence",
)
DOMAINS = (
    "medicine",
    "tax law",
    "structural engineering",
    "organic chemistry",
    "macroeconomics",
    "machine learning",
    "contract law",
    "astronomy",
    "nutrition",
    "linguistics",
    "cybersecurity",
    "ecology",
    "accounting",
    "music theory",
    "epidemiology",
    "urban planning",
    "philosophy of mind",
    "materials science",
    "supply-chain logistics",
    "neuroscience",
)
AUDIENCES = (
    "a curious 12-year-old",
    "a first-year university student",
    "a busy executive",
    "a retired engineer",
    "a nurse on a night shift",
    "a high-school teacher",
    "a non-native English speaker",
    "a domain expert",
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "hi": "Hindi",
    "ar": "Arabic",
    "ko": "Korean",
    "it": "Italian",
    "pl": "Polish",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "nl": "Dutch",
    "sv": "Swedish",
    "uk": "Ukrainian",
    "th": "Thai",
    "fa": "Persian",
    "sw": "Swahili",
}
#: the consumer region whose residential addresses a speaker of each language would use
REGION_OF_LANG = {
    "en": "us",
    "es": "latam",
    "pt": "latam",
    "de": "eu",
    "fr": "eu",
    "it": "eu",
    "pl": "eu",
    "zh": "cn",
    "ru": "ru",
    "tr": "ru",
    "ja": "jp_kr",
    "ko": "jp_kr",
    "hi": "in",
    "id": "sea",
    "vi": "sea",
    "ar": "eu",
}
#: a UTC offset matching each language's region (for local-time curves)
TZ_OF_LANG = {
    "en": -5,
    "es": -3,
    "pt": -3,
    "de": 1,
    "fr": 1,
    "it": 1,
    "pl": 1,
    "zh": 8,
    "ru": 3,
    "tr": 3,
    "ja": 9,
    "ko": 9,
    "hi": 5,
    "id": 8,
    "vi": 8,
    "ar": 2,
}


def en_question(rng: np.random.Generator) -> str:
    """A knowledge question in plain English, from one of several independent shapes."""
    k = int(rng.integers(9))
    if k == 0:
        return f"Why {pick(rng, PHENOMENA)}?"
    if k == 1:
        return f"How does {pick(rng, CONCEPTS)} work, and where does the usual simple explanation break down?"
    if k == 2:
        return (
            f"What were the main causes of {pick(rng, HISTORY)}, and which of them mattered most?"
        )
    if k == 3:
        a, b = pick(rng, CONCEPTS), pick(rng, CONCEPTS)
        return f"Compare {a} with {b}. Is there a deeper idea that connects them?"
    if k == 4:
        return (
            f"Explain {pick(rng, CONCEPTS)} to {pick(rng, AUDIENCES)}, with one concrete example."
        )
    if k == 5:
        return (
            f"Write a {pick(rng, CODE_LANGS)} function that {pick(rng, CODE_TASKS)}. Include tests."
        )
    if k == 6:
        return math_problem(rng, "en", irange(rng, 2, 8))
    if k == 7:
        return (
            f"In {pick(rng, DOMAINS)}, what is the most common misconception about "
            f"{pick(rng, CONCEPTS)}, and how would you correct it?"
        )
    return f"What would have happened if {pick(rng, HISTORY)} had never taken place? Give a reasoned counterfactual."


# --------------------------------------------------------------------------------------------
# maths in several languages, by difficulty level 1..10

_NAMES_BY_LANG = {
    "en": ("Maya", "Tom", "Priya", "Lucas"),
    "es": ("Lucía", "Mateo", "Valeria", "Diego"),
    "de": ("Lena", "Jonas", "Mia", "Felix"),
    "fr": ("Chloé", "Hugo", "Inès", "Léo"),
    "pt": ("Beatriz", "João", "Larissa", "Rafael"),
    "zh": ("小明", "小红", "李华", "王芳"),
    "ru": ("Маша", "Иван", "Олег", "Анна"),
    "ja": ("さくら", "健太", "美咲", "翔太"),
    "hi": ("राहुल", "प्रिया", "अमित", "सीमा"),
    "ko": ("민준", "서연", "지호", "하은"),
}
_SPEED = {
    "en": "{n} drives {d} km at {v} km/h and then {d2} km at {v2} km/h. What is the average speed for the whole trip?",
    "es": "{n} recorre {d} km a {v} km/h y luego {d2} km a {v2} km/h. ¿Cuál es la velocidad media de todo el viaje?",
    "de": "{n} fährt {d} km mit {v} km/h und danach {d2} km mit {v2} km/h. Wie hoch ist die Durchschnittsgeschwindigkeit?",
    "fr": "{n} parcourt {d} km à {v} km/h puis {d2} km à {v2} km/h. Quelle est la vitesse moyenne sur tout le trajet ?",
    "pt": "{n} percorre {d} km a {v} km/h e depois {d2} km a {v2} km/h. Qual é a velocidade média da viagem inteira?",
    "zh": "{n}以{v}公里/小时的速度行驶了{d}公里，然后以{v2}公里/小时行驶了{d2}公里。全程的平均速度是多少？",
    "ru": "{n} проезжает {d} км со скоростью {v} км/ч, затем {d2} км со скоростью {v2} км/ч. Какова средняя скорость?",
    "ja": "{n}は時速{v}kmで{d}km走り、その後時速{v2}kmで{d2}km走りました。全体の平均速度はいくらですか。",
    "hi": "{n} ने {d} किमी {v} किमी/घंटा की गति से और फिर {d2} किमी {v2} किमी/घंटा से यात्रा की। औसत गति क्या है?",
    "ko": "{n}는 시속 {v}km로 {d}km를 달린 뒤 시속 {v2}km로 {d2}km를 달렸습니다. 전체 평균 속력은 얼마입니까?",
}
_PERCENT = {
    "en": "A jacket costs {p} dollars. It is discounted by {a}% and then the sale price is raised by {b}%. What does it cost now?",
    "es": "Una chaqueta cuesta {p} euros. Se rebaja un {a}% y después el precio rebajado sube un {b}%. ¿Cuánto cuesta ahora?",
    "de": "Eine Jacke kostet {p} Euro. Sie wird um {a}% reduziert, danach steigt der reduzierte Preis um {b}%. Was kostet sie jetzt?",
    "fr": "Une veste coûte {p} euros. Elle est soldée de {a} %, puis le prix soldé augmente de {b} %. Combien coûte-t-elle ?",
    "pt": "Uma jaqueta custa {p} reais. Recebe desconto de {a}% e depois o preço com desconto sobe {b}%. Quanto custa agora?",
    "zh": "一件外套原价{p}元，先打折{a}%，之后折后价又上涨{b}%。现在的价格是多少？",
    "ru": "Куртка стоит {p} рублей. Её уценили на {a}%, а потом новую цену подняли на {b}%. Сколько она стоит теперь?",
    "ja": "{p}円の上着が{a}%値引きされ、その後値引き後の価格が{b}%値上げされました。今の価格はいくらですか。",
    "hi": "एक जैकेट {p} रुपये की है। उस पर {a}% छूट मिलती है और फिर छूट वाली कीमत {b}% बढ़ जाती है। अब कीमत क्या है?",
    "ko": "{p}원짜리 재킷이 {a}% 할인된 뒤 할인된 가격이 다시 {b}% 올랐습니다. 지금 가격은 얼마입니까?",
}
_DICE = {
    "en": "We roll {k} fair six-sided dice. What is the probability that the sum is at least {s}?",
    "es": "Lanzamos {k} dados justos de seis caras. ¿Cuál es la probabilidad de que la suma sea al menos {s}?",
    "de": "Wir werfen {k} faire sechsseitige Würfel. Wie groß ist die Wahrscheinlichkeit, dass die Summe mindestens {s} ist?",
    "fr": "On lance {k} dés équilibrés à six faces. Quelle est la probabilité que la somme soit au moins {s} ?",
    "pt": "Lançamos {k} dados honestos de seis faces. Qual é a probabilidade de a soma ser pelo menos {s}?",
    "zh": "同时掷{k}枚均匀的六面骰子，点数之和至少为{s}的概率是多少？",
    "ru": "Бросают {k} правильных шестигранных кубика. Какова вероятность, что сумма не меньше {s}?",
    "ja": "公正な6面サイコロを{k}個振ります。出目の合計が{s}以上になる確率を求めなさい。",
    "hi": "{k} निष्पक्ष छह-फलक वाले पासे फेंके जाते हैं। योग कम से कम {s} होने की प्रायिकता क्या है?",
    "ko": "공정한 주사위 {k}개를 던집니다. 눈의 합이 {s} 이상일 확률은 얼마입니까?",
}
_PROVE = {
    "en": "Prove that",
    "es": "Demuestra que",
    "de": "Beweise, dass",
    "fr": "Montrer que",
    "pt": "Prove que",
    "zh": "证明：",
    "ru": "Докажите, что",
    "ja": "次を証明せよ：",
    "hi": "सिद्ध कीजिए कि",
    "ko": "다음을 증명하시오:",
}
_STATEMENTS = (
    "n^3 - n is divisible by 6 for every integer n >= 1",
    "the sum of the first n odd numbers equals n^2",
    "sqrt(2) + sqrt(3) is irrational",
    "for positive reals a, b, c: (a+b)(b+c)(c+a) >= 8abc",
    "there are infinitely many primes of the form 4k + 3",
    "every tree with n vertices has exactly n - 1 edges",
    "the equation x^2 - 2y^2 = 1 has infinitely many integer solutions",
    "among any {m} integers, two have a difference divisible by {m1}",
    "the product of {m} consecutive integers is divisible by {m}!",
    "if p is prime and p > 3 then p^2 - 1 is divisible by 24",
)
_CALC = (
    "Evaluate the integral of x^{a} * e^(-{b}x) from 0 to infinity.",
    "Find all real x with {a}x^2 - {c}x + {b} = 0 and discuss the discriminant.",
    "How many lattice paths go from (0,0) to ({a},{b}) using unit steps right and up, avoiding ({c},{c})?",
    "Find the minimum of f(x, y) = x^2 + {a}y^2 - {b}xy + {c}x over the reals.",
    "A bag has {a} red and {b} blue balls. Draw {c} without replacement. Expected number of red balls?",
    "Compute the determinant of the {a}x{a} matrix with 2 on the diagonal and 1 everywhere else.",
)


def math_problem(rng: np.random.Generator, lang: str, level: int) -> str:
    """A maths problem at `level` (1 easy .. 10 hard), in `lang` where a template exists (else English)."""
    lg = lang if lang in _SPEED else "en"
    name = pick(rng, _NAMES_BY_LANG[lg])
    if level <= 3:
        if chance(rng, 0.5):
            return _SPEED[lg].format(
                n=name,
                d=irange(rng, 20, 300),
                v=irange(rng, 30, 110),
                d2=irange(rng, 20, 300),
                v2=irange(rng, 30, 110),
            )
        return _PERCENT[lg].format(
            p=irange(rng, 40, 900), a=irange(rng, 5, 60), b=irange(rng, 5, 60)
        )
    if level <= 6:
        if chance(rng, 0.5):
            k = irange(rng, 2, 4)
            return _DICE[lg].format(k=k, s=irange(rng, k + 2, 5 * k))
        a, b, c = irange(rng, 2, 9), irange(rng, 2, 12), irange(rng, 1, 6)
        return pick(rng, _CALC).format(a=a, b=b, c=c)
    m = irange(rng, 3, 9)
    stmt = pick(rng, _STATEMENTS).format(m=m, m1=m - 1)
    return f"{_PROVE[lg]} {stmt}."


def code_task(rng: np.random.Generator, level: int) -> str:
    lang = pick(rng, CODE_LANGS)
    task = pick(rng, CODE_TASKS)
    extra = (
        "",
        " Keep it short.",
        " Explain the time complexity.",
        " Handle malformed input.",
        " Make it thread-safe.",
        " No external libraries.",
        " Prove the algorithm is correct.",
        " Optimise it for memory, then for speed, and compare.",
        " Write property-based tests too.",
        " Make it work on a stream that does not fit in memory.",
    )
    return f"Write {lang} code that {task}.{extra[min(level, len(extra)) - 1]}"


# --------------------------------------------------------------------------------------------
# concept questions in other languages (short native lists)

_CONCEPT_Q = {
    "es": (
        "¿Por qué el interés compuesto crece tan rápido a largo plazo?",
        "Explica la selección natural con un ejemplo de tu región.",
        "¿Qué diferencia hay entre inflación y deflación y cuál es peor?",
        "¿Cómo funciona una vacuna de ARN mensajero?",
        "¿Por qué la Luna siempre muestra la misma cara?",
        "¿Qué es la paradoja de Simpson? Dame un ejemplo real.",
    ),
    "de": (
        "Warum ist Eis leichter als Wasser?",
        "Erkläre das Gefangenendilemma an einem Alltagsbeispiel.",
        "Wie funktioniert die Gewaltenteilung in Deutschland?",
        "Was ist der Unterschied zwischen Wetter und Klima?",
        "Warum altern Lithium-Akkus schneller bei Hitze?",
        "Was bedeutet Regression zur Mitte?",
    ),
    "fr": (
        "Pourquoi le ciel est-il sombre la nuit malgré toutes les étoiles ?",
        "Explique l'avantage comparatif avec un exemple simple.",
        "Comment fonctionne la photosynthèse au niveau cellulaire ?",
        "Qu'est-ce que l'effet placebo et pourquoi marche-t-il ?",
        "Pourquoi les rivières forment-elles des méandres ?",
        "Quelle est la différence entre virus et bactérie ?",
    ),
    "pt": (
        "Por que o pão fica duro mesmo fechado?",
        "Explique o dilema do prisioneiro com um exemplo do dia a dia.",
        "Como funciona a criptografia de chave pública?",
        "O que causa as marés?",
        "Qual a diferença entre juros simples e compostos?",
        "Por que o café tira o sono?",
    ),
    "zh": (
        "为什么冰会浮在水面上？",
        "请用生活中的例子解释机会成本。",
        "公钥加密是怎么工作的？",
        "什么是中心极限定理？为什么它很重要？",
        "为什么城市房价涨得比工资快？",
        "请解释一下自然选择。",
    ),
    "ru": (
        "Почему лёд плавает на воде?",
        "Объясни дилемму заключённого на простом примере.",
        "Как работает шифрование с открытым ключом?",
        "Что такое энтропия простыми словами?",
        "Почему реки петляют?",
        "В чём разница между вирусом и бактерией?",
    ),
    "ja": (
        "なぜ氷は水に浮くのですか。",
        "機会費用を身近な例で説明してください。",
        "公開鍵暗号の仕組みを教えてください。",
        "中心極限定理とは何ですか。",
        "なぜ月はいつも同じ面を向けているのですか。",
        "プラセボ効果はなぜ起こるのですか。",
    ),
    "hi": (
        "बर्फ पानी पर क्यों तैरती है?",
        "अवसर लागत को एक आसान उदाहरण से समझाइए।",
        "चक्रवृद्धि ब्याज इतनी तेज़ी से क्यों बढ़ता है?",
        "प्रकाश संश्लेषण कैसे होता है?",
        "वायरस और बैक्टीरिया में क्या अंतर है?",
        "महंगाई क्यों बढ़ती है?",
    ),
    "ko": (
        "얼음은 왜 물에 뜨나요?",
        "기회비용을 쉬운 예로 설명해 주세요.",
        "공개키 암호는 어떻게 작동하나요?",
        "중심극한정리가 왜 중요한가요?",
        "달은 왜 항상 같은 면만 보이나요?",
        "인플레이션은 왜 생기나요?",
    ),
    "ar": (
        "لماذا يطفو الجليد على الماء؟",
        "اشرح تكلفة الفرصة البديلة بمثال بسيط.",
        "كيف يعمل التشفير بالمفتاح العام؟",
        "ما الفرق بين الفيروس والبكتيريا؟",
        "لماذا ترتفع الأسعار مع الوقت؟",
        "ما هو الانتقاء الطبيعي؟",
    ),
    "tr": (
        "Buz neden suyun üzerinde yüzer?",
        "Fırsat maliyetini basit bir örnekle açıklar mısın?",
        "Açık anahtarlı şifreleme nasıl çalışır?",
        "Enflasyon neden olur?",
        "Virüs ile bakteri arasındaki fark nedir?",
    ),
    "vi": (
        "Tại sao băng nổi trên mặt nước?",
        "Giải thích chi phí cơ hội bằng ví dụ đơn giản.",
        "Mã hóa khóa công khai hoạt động thế nào?",
        "Lạm phát xảy ra vì sao?",
        "Chọn lọc tự nhiên là gì?",
    ),
    "id": (
        "Kenapa es mengapung di air?",
        "Jelaskan biaya peluang dengan contoh sehari-hari.",
        "Bagaimana cara kerja enkripsi kunci publik?",
        "Apa itu inflasi dan kenapa terjadi?",
        "Apa bedanya virus dan bakteri?",
    ),
    "it": (
        "Perché il ghiaccio galleggia sull'acqua?",
        "Spiegami il costo opportunità con un esempio.",
        "Come funziona la crittografia a chiave pubblica?",
        "Perché i fiumi formano meandri?",
    ),
    "pl": (
        "Dlaczego lód pływa po wodzie?",
        "Wyjaśnij koszt alternatywny na prostym przykładzie.",
        "Jak działa kryptografia klucza publicznego?",
        "Skąd się bierze inflacja?",
    ),
}


#: per language: question frames with {c} and {d} slots, and concept names to fill them
_FRAMES = {
    "es": (
        (
            "¿Cómo funciona {c}? Explícalo con un ejemplo.",
            "¿Qué es {c} y por qué importa?",
            "¿Cuál es el error más común al entender {c}?",
            "Compara {c} con {d}.",
        ),
        (
            "la fotosíntesis",
            "el efecto Doppler",
            "la inflación",
            "la recursividad",
            "el interés compuesto",
            "la selección natural",
            "la criptografía de clave pública",
            "el efecto invernadero",
            "la entropía",
            "el equilibrio de Nash",
            "la ósmosis",
            "el descenso de gradiente",
        ),
    ),
    "de": (
        (
            "Wie funktioniert {c}? Bitte mit Beispiel.",
            "Was ist {c} und warum ist das wichtig?",
            "Was wird bei {c} am häufigsten missverstanden?",
            "Vergleiche {c} mit {d}.",
        ),
        (
            "die Photosynthese",
            "der Doppler-Effekt",
            "die Inflation",
            "die Rekursion",
            "der Zinseszins",
            "die natürliche Selektion",
            "die Public-Key-Kryptografie",
            "der Treibhauseffekt",
            "die Entropie",
            "das Nash-Gleichgewicht",
            "die Osmose",
            "das Gradientenverfahren",
        ),
    ),
    "fr": (
        (
            "Comment fonctionne {c} ? Donne un exemple.",
            "Qu'est-ce que {c} et pourquoi est-ce important ?",
            "Quelle est l'erreur la plus courante sur {c} ?",
            "Compare {c} et {d}.",
        ),
        (
            "la photosynthèse",
            "l'effet Doppler",
            "l'inflation",
            "la récursivité",
            "les intérêts composés",
            "la sélection naturelle",
            "la cryptographie à clé publique",
            "l'effet de serre",
            "l'entropie",
            "l'équilibre de Nash",
            "l'osmose",
            "la descente de gradient",
        ),
    ),
    "pt": (
        (
            "Como funciona {c}? Explique com um exemplo.",
            "O que é {c} e por que importa?",
            "Qual o erro mais comum ao entender {c}?",
            "Compare {c} com {d}.",
        ),
        (
            "a fotossíntese",
            "o efeito Doppler",
            "a inflação",
            "a recursão",
            "os juros compostos",
            "a seleção natural",
            "a criptografia de chave pública",
            "o efeito estufa",
            "a entropia",
            "o equilíbrio de Nash",
            "a osmose",
            "o gradiente descendente",
        ),
    ),
    "it": (
        (
            "Come funziona {c}? Fammi un esempio.",
            "Che cos'è {c} e perché è importante?",
            "Confronta {c} con {d}.",
        ),
        (
            "la fotosintesi",
            "l'effetto Doppler",
            "l'inflazione",
            "la ricorsione",
            "l'interesse composto",
            "la selezione naturale",
            "l'effetto serra",
            "l'entropia",
        ),
    ),
    "pl": (
        (
            "Jak działa {c}? Podaj przykład.",
            "Czym jest {c} i dlaczego to ważne?",
            "Porównaj {c} i {d}.",
        ),
        (
            "fotosynteza",
            "efekt Dopplera",
            "inflacja",
            "rekurencja",
            "procent składany",
            "dobór naturalny",
            "efekt cieplarniany",
            "entropia",
        ),
    ),
    "zh": (
        (
            "{c}是怎么回事？请举个例子说明。",
            "什么是{c}？它为什么重要？",
            "人们对{c}最常见的误解是什么？",
            "比较一下{c}和{d}。",
        ),
        (
            "光合作用",
            "多普勒效应",
            "通货膨胀",
            "递归",
            "复利",
            "自然选择",
            "公钥加密",
            "温室效应",
            "熵",
            "纳什均衡",
            "渗透作用",
            "梯度下降",
        ),
    ),
    "ru": (
        (
            "Как работает {c}? Объясни на примере.",
            "Что такое {c} и почему это важно?",
            "Какое самое частое заблуждение про {c}?",
            "Сравни {c} и {d}.",
        ),
        (
            "фотосинтез",
            "эффект Доплера",
            "инфляция",
            "рекурсия",
            "сложный процент",
            "естественный отбор",
            "шифрование с открытым ключом",
            "парниковый эффект",
            "энтропия",
            "равновесие Нэша",
            "осмос",
            "градиентный спуск",
        ),
    ),
    "ja": (
        (
            "{c}の仕組みを例を挙げて説明してください。",
            "{c}とは何ですか。なぜ重要なのですか。",
            "{c}についてよくある誤解は何ですか。",
            "{c}と{d}を比較してください。",
        ),
        (
            "光合成",
            "ドップラー効果",
            "インフレ",
            "再帰",
            "複利",
            "自然選択",
            "公開鍵暗号",
            "温室効果",
            "エントロピー",
            "ナッシュ均衡",
            "浸透",
            "勾配降下法",
        ),
    ),
    "ko": (
        (
            "{c}의 원리를 예를 들어 설명해 주세요.",
            "{c}이란 무엇이고 왜 중요한가요?",
            "{c}과 {d}를 비교해 주세요.",
        ),
        (
            "광합성",
            "도플러 효과",
            "인플레이션",
            "재귀",
            "복리",
            "자연선택",
            "공개키 암호",
            "온실효과",
            "엔트로피",
            "내시 균형",
        ),
    ),
    "hi": (
        (
            "{c} कैसे काम करता है? एक उदाहरण से समझाइए।",
            "{c} क्या है और यह क्यों महत्वपूर्ण है?",
            "{c} और {d} की तुलना कीजिए।",
        ),
        (
            "प्रकाश संश्लेषण",
            "डॉप्लर प्रभाव",
            "मुद्रास्फीति",
            "चक्रवृद्धि ब्याज",
            "प्राकृतिक चयन",
            "ग्रीनहाउस प्रभाव",
            "एन्ट्रॉपी",
            "परासरण",
        ),
    ),
    "ar": (
        ("كيف يعمل {c}؟ اشرح بمثال.", "ما هو {c} ولماذا هو مهم؟", "قارن بين {c} و{d}."),
        (
            "التمثيل الضوئي",
            "تأثير دوبلر",
            "التضخم",
            "الفائدة المركبة",
            "الانتقاء الطبيعي",
            "الاحتباس الحراري",
            "الإنتروبيا",
            "التناضح",
        ),
    ),
    "tr": (
        (
            "{c} nasıl çalışır? Bir örnekle açıkla.",
            "{c} nedir ve neden önemlidir?",
            "{c} ile {d} karşılaştır.",
        ),
        (
            "fotosentez",
            "Doppler etkisi",
            "enflasyon",
            "bileşik faiz",
            "doğal seçilim",
            "sera etkisi",
            "entropi",
            "özyineleme",
        ),
    ),
    "vi": (
        (
            "{c} hoạt động như thế nào? Cho ví dụ.",
            "{c} là gì và tại sao quan trọng?",
            "So sánh {c} với {d}.",
        ),
        (
            "quang hợp",
            "hiệu ứng Doppler",
            "lạm phát",
            "lãi kép",
            "chọn lọc tự nhiên",
            "hiệu ứng nhà kính",
            "entropy",
            "đệ quy",
        ),
    ),
    "id": (
        (
            "Bagaimana cara kerja {c}? Beri contoh.",
            "Apa itu {c} dan kenapa penting?",
            "Bandingkan {c} dengan {d}.",
        ),
        (
            "fotosintesis",
            "efek Doppler",
            "inflasi",
            "bunga majemuk",
            "seleksi alam",
            "efek rumah kaca",
            "entropi",
            "rekursi",
        ),
    ),
}


def question(rng: np.random.Generator, lang: str, level: int | None = None) -> str:
    """A question in `lang`: English uses the open generator; others native frames, a short
    native list, or maths."""
    if lang == "en":
        return en_question(rng)
    lv = level if level is not None else irange(rng, 1, 9)
    u = rng.random()
    if lang in _FRAMES and u < 0.5:
        frames, cs = _FRAMES[lang]
        i, j = rng.choice(len(cs), size=2, replace=False).tolist()
        return pick(rng, frames).format(c=cs[i], d=cs[j])
    if lang in _CONCEPT_Q and (lang not in _SPEED or u < 0.7):
        return pick(rng, _CONCEPT_Q[lang])
    return math_problem(rng, lang, lv)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (four independent styles)

_TRACE_TAGS = {
    "en": "{q}\n\nBefore answering, reason through the problem in full inside <reasoning></reasoning> tags: every intermediate step, every check, every dead end you abandon. Then give the final answer on a line starting with ANSWER:",
    "es": "{q}\n\nAntes de responder, razona todo el problema dentro de etiquetas <razonamiento></razonamiento>: cada paso intermedio, cada comprobación y cada camino descartado. Después escribe la respuesta final en una línea que empiece por RESPUESTA:",
    "de": "{q}\n\nDenke das Problem vollständig innerhalb von <gedanken></gedanken> durch: jeden Zwischenschritt, jede Prüfung, jeden verworfenen Ansatz. Gib danach die endgültige Antwort in einer Zeile, die mit ANTWORT: beginnt.",
    "fr": "{q}\n\nAvant de répondre, raisonne entièrement entre des balises <raisonnement></raisonnement> : chaque étape intermédiaire, chaque vérification, chaque piste abandonnée. Puis donne la réponse finale sur une ligne commençant par RÉPONSE :",
    "pt": "{q}\n\nAntes de responder, raciocine por completo dentro de <raciocinio></raciocinio>: cada passo intermediário, cada verificação, cada caminho descartado. Depois dê a resposta final numa linha começando com RESPOSTA:",
    "zh": "{q}\n\n回答之前，请在<思考></思考>标签内完整写出你的推理过程：每一个中间步骤、每一次验证、每一条放弃的思路。最后另起一行，以“答案：”开头给出最终答案。",
    "ru": "{q}\n\nПрежде чем ответить, полностью распиши рассуждение внутри тегов <рассуждение></рассуждение>: каждый промежуточный шаг, каждую проверку, каждый отброшенный путь. Затем дай итоговый ответ строкой, начинающейся с ОТВЕТ:",
    "ja": "{q}\n\n答える前に、<思考></思考>タグの中で推論をすべて書き出してください。途中の計算、確認、途中で捨てた方針もすべてです。最後に「答え：」で始まる行に最終的な答えを書いてください。",
    "hi": "{q}\n\nउत्तर देने से पहले <तर्क></तर्क> टैग के अंदर पूरा तर्क लिखिए: हर मध्यवर्ती चरण, हर जाँच, हर छोड़ा गया रास्ता। फिर 'उत्तर:' से शुरू होने वाली पंक्ति में अंतिम उत्तर दीजिए।",
    "ko": "{q}\n\n답하기 전에 <추론></추론> 태그 안에 모든 추론 과정을 적어 주세요. 중간 단계, 검산, 버린 접근까지 전부요. 마지막 줄은 '정답:'으로 시작해 주세요.",
}
_TRACE_JSON = (
    'Return a JSON object with two keys: "thoughts" (an array of at least {k} short strings, one per '
    'reasoning step, in the order you had them) and "final" (the answer only).\n\nTask: {q}'
)
_TRACE_STEPS = (
    "{q}\n\nWork it out in numbered steps (at least {k}). After each step, write 'Check:' and verify "
    "that step before moving on. Do not skip anything you would normally do silently."
)
_TRACE_MONO = (
    "Think out loud like you are alone at a whiteboard. Ramble, backtrack, second-guess yourself, "
    "and only at the very end commit to an answer in bold.\n\n{q}"
)


def reasoning_prompt(
    rng: np.random.Generator, lang: str, style: int, level: int | None = None
) -> str:
    q = question(rng, lang, level)
    k = irange(rng, 8, 20)
    if style == 0:
        return _TRACE_TAGS.get(lang, _TRACE_TAGS["en"]).format(q=q)
    if style == 1:
        return _TRACE_JSON.format(q=q, k=k)
    if style == 2:
        return _TRACE_STEPS.format(q=q, k=k)
    return _TRACE_MONO.format(q=q)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "conciseness",
    "instruction following",
    "reasoning quality",
    "tone",
    "completeness",
    "code correctness",
    "citation quality",
)


def clip(text: str, n: int) -> str:
    return text[:n].rstrip()


def judge_prompt(rng: np.random.Generator, style: int, q: str, a: str, b: str) -> str:
    if style == 0:
        return (
            f"### Instruction\n{clip(q, 600)}\n\n### Response 1\n{clip(a, 900)}\n\n### Response 2\n"
            f"{clip(b, 900)}\n\nWhich response is better overall? Explain your judgement in detail, "
            f"then end with exactly one of: [[1]], [[2]], [[tie]]."
        )
    if style == 1:
        crit = [pick(rng, _CRITERIA) for _ in range(irange(rng, 3, 5))]
        lines = "\n".join(f"- {c}: 1-10" for c in crit)
        return (
            f"Score the assistant answer below on each criterion.\n{lines}\nGive a one-paragraph rationale per "
            f"criterion and an overall score.\n\nUSER: {clip(q, 500)}\n\nASSISTANT: {clip(a, 1200)}"
        )
    if style == 2:
        return (
            'You are a reward model. Output only JSON: {"score": <float between -5 and 5>, "why": '
            f"<string>}}.\n<prompt>{clip(q, 500)}</prompt>\n<completion>{clip(a, 1200)}</completion>"
        )
    return (
        f"Critique the following answer as a strict expert reviewer: list every error, omission and "
        f"unsupported claim, then rewrite it into the ideal answer, then grade the original A-F.\n\n"
        f"Question: {clip(q, 500)}\nAnswer: {clip(a, 1200)}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

SENSITIVE = {
    "en": (
        "the 1989 Tiananmen Square protests",
        "press freedom in Russia",
        "the status of Taiwan",
        "Xinjiang detention camps",
        "the Hong Kong national security law",
        "election fraud claims",
        "the war in Ukraine",
        "corruption in the ruling party",
        "internet censorship",
        "the Uyghur diaspora",
    ),
    "zh": (
        "六四事件",
        "台湾的政治地位",
        "新疆问题",
        "香港国安法",
        "网络审查",
        "官员腐败",
        "言论自由",
    ),
    "ru": (
        "свобода прессы в России",
        "война на Украине",
        "протесты 2011 года",
        "цензура в интернете",
        "коррупция чиновников",
        "политические заключённые",
    ),
    "ar": (
        "حرية الصحافة",
        "الربيع العربي",
        "حقوق الإنسان في السجون",
        "الرقابة على الإنترنت",
        "الفساد الحكومي",
    ),
    "tr": (
        "basın özgürlüğü",
        "Gezi protestoları",
        "internet sansürü",
        "seçim güvenliği",
        "Kürt meselesi",
    ),
    "vi": ("tự do báo chí", "kiểm duyệt internet", "tù nhân lương tâm", "tranh chấp Biển Đông"),
    "fa": ("آزادی مطبوعات", "اعتراضات ۱۴۰۱", "سانسور اینترنت", "حقوق زنان"),
}
_REWRITE = {
    "en": (
        "Rewrite the text below so that it would pass review on a platform with strict rules on political "
        "content. Keep as much meaning as you can and do not mention that it was rewritten.\n\n{t}",
        "Answer the question about {s} the way a cautious official spokesperson would: neutral, brief, "
        "consistent with the government's position, no speculation.",
        "Here is an answer a user found too blunt on {s}. Produce a softened version that avoids naming "
        "officials or institutions and avoids any judgement.\n\n{t}",
        "Write a polite refusal for a user asking about {s}, offering two safe alternative topics. "
        "Make it sound warm, not robotic.",
    ),
    "zh": (
        "请改写下面的内容，使其符合国内平台的内容审核要求，尽量保留原意，不要提到改写。\n\n{t}",
        "请以官方发言人的口吻，简短、中立地回答关于“{s}”的问题，不做任何推测。",
        "用户问到“{s}”，请写一段礼貌的婉拒，并推荐两个其他话题。",
    ),
    "ru": (
        "Перепиши текст так, чтобы он прошёл модерацию на площадке со строгими правилами о политике. "
        "Сохрани смысл, насколько возможно.\n\n{t}",
        "Ответь на вопрос о теме «{s}» так, как ответил бы осторожный официальный представитель.",
        "Напиши вежливый отказ пользователю, который спрашивает про «{s}», и предложи две другие темы.",
    ),
    "ar": (
        "أعد صياغة النص التالي بحيث يجتاز مراجعة منصة ذات قواعد صارمة بشأن المحتوى السياسي مع الحفاظ على المعنى.\n\n{t}",
        "أجب عن سؤال حول {s} بأسلوب متحدث رسمي حذر ومحايد ومختصر.",
    ),
    "tr": (
        "Aşağıdaki metni siyasi içerik kuralları sıkı olan bir platformun denetiminden geçecek şekilde yeniden yaz.\n\n{t}",
        "{s} hakkındaki soruyu temkinli bir resmi sözcü gibi, tarafsız ve kısa yanıtla.",
    ),
    "vi": (
        "Viết lại đoạn văn sau để vượt qua kiểm duyệt của một nền tảng có quy định chặt chẽ về chính trị.\n\n{t}",
        "Trả lời câu hỏi về {s} như một người phát ngôn chính thức thận trọng.",
    ),
    "fa": (
        "متن زیر را طوری بازنویسی کن که از بررسی یک پلتفرم با قوانین سخت‌گیرانه سیاسی عبور کند.\n\n{t}",
        "درباره {s} مانند یک سخنگوی رسمی محتاط و بی‌طرف پاسخ بده.",
    ),
}


def policy_rewrite_prompt(rng: np.random.Generator, lang: str, passage: str) -> str:
    lg = lang if lang in _REWRITE else "en"
    topic = pick(rng, SENSITIVE.get(lg, SENSITIVE["en"]))
    text = clip(passage, int(rng.integers(300, 1400)))
    return pick(rng, _REWRITE[lg]).format(t=text, s=topic)


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

AGENT_TASKS = (
    "book the cheapest refundable flight from {a} to {b} next Tuesday",
    "find why the nightly export job failed and open a ticket",
    "reconcile invoice {n} against the purchase order and flag mismatches",
    "summarise unread emails from the last 48 hours and draft replies to the urgent ones",
    "upgrade the payments service to the new SDK and make the tests pass",
    "collect the quarterly revenue of three competitors and put it in a spreadsheet",
    "cancel order {n} and issue a refund if it has not shipped",
    "find a 30-minute slot next week when all four people are free and send an invite",
    "query the warehouse for stock below reorder level and draft purchase orders",
    "research visa requirements for a trip to {b} and fill in the checklist",
)
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Bogota",
    "Hanoi",
    "Cairo",
    "Oslo",
    "Perth",
    "Lima",
    "Seoul",
)
TOOLS = (
    "search_web(query)",
    "open_url(url)",
    "run_sql(query)",
    "read_file(path)",
    "write_file(path, content)",
    "run_shell(cmd)",
    "send_email(to, subject, body)",
    "calendar_find_slots(people, duration)",
    "create_ticket(title, body)",
    "http_get(url)",
    "python(code)",
    "spreadsheet_update(range, values)",
)
_OBS = (
    "HTTP 200, 14 results",
    "Error: permission denied",
    "3 rows returned",
    "file not found",
    "timeout after 30s",
    "OK",
    "2 tests failed: test_refund, test_currency",
    "page loaded (4,812 characters)",
    "no slots found for Thursday",
    "ticket #{n} created",
)


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        a=pick(rng, CITIES), b=pick(rng, CITIES), n=irange(rng, 10000, 99999)
    )


def agent_step(rng: np.random.Generator, style: int, task: str, step: int, tools: list[str]) -> str:
    """The prompt of step `step` of an agent episode (earlier steps summarised as history)."""
    hist = []
    for i in range(step):
        tool = pick(rng, tools)
        obs = pick(rng, _OBS).format(n=irange(rng, 1000, 9999))
        if style == 0:
            hist.append(
                f'{{"role":"assistant","tool_call":"{tool}"}}\n{{"role":"tool","content":"{obs}"}}'
            )
        elif style == 1:
            hist.append(
                f"Thought {i + 1}: I should use {tool.split('(')[0]}.\nAction {i + 1}: {tool}\n"
                f"Observation {i + 1}: {obs}"
            )
        else:
            hist.append(f'<call name="{tool.split("(")[0]}"/><result>{obs}</result>')
    history = "\n".join(hist)
    listed = ", ".join(tools)
    if style == 0:
        return (
            f"Available tools: [{listed}]\nGoal: {task}\nTranscript so far:\n{history or '(empty)'}\n"
            f"Reply with the next tool call as JSON, or a final answer if the goal is met."
        )
    if style == 1:
        return (
            f"You can use these tools: {listed}.\nQuestion: {task}\n{history}\nThought {step + 1}:"
        )
    return (
        f"<tools>{listed}</tools>\n<goal>{task}</goal>\n<trace>{history}</trace>\n"
        f"Decide the next call. Explain briefly, then emit exactly one <call/>."
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a dairy farmer in Wisconsin",
    "a paediatric nurse in Manila",
    "a retired judge in Lagos",
    "a first-time founder in Berlin",
    "a high-school chemistry teacher in Pune",
    "a long-haul trucker",
    "a museum archivist in Kraków",
    "a competitive esports player",
    "a hospice volunteer",
    "a structural engineer in Santiago",
    "an immigration lawyer",
    "a beekeeper in Provence",
    "a junior data analyst at a bank",
    "a deep-sea welder",
    "a sign-language interpreter",
)
TOPICS = tuple(CONCEPTS[:30]) + DOMAINS


def synth_prompt(rng: np.random.Generator, style: int, lang: str = "en") -> str:
    n = int(pick(rng, (10, 15, 20, 25, 30, 50)))
    topic = pick(rng, TOPICS)
    if style == 0:
        return (
            f"Generate {n} diverse instruction/response pairs about {topic}. Vary difficulty and format "
            f"(questions, tasks, edge cases). Output JSONL with keys instruction, input, output. "
            f"Responses must be complete and high quality."
        )
    if style == 1:
        p = pick(rng, PERSONAS)
        return (
            f"You are {p}. Write one realistic question you would ask an AI assistant about {topic}, "
            f"then write the ideal, detailed assistant answer. Format:\nQ: ...\nA: ..."
        )
    if style == 2:
        seed = question(rng, lang)
        return (
            f"Rewrite the following instruction to make it more complex: add a constraint, require "
            f"multi-step reasoning, or ask for a deeper analysis. Then answer the new instruction.\n\n"
            f"#Instruction#: {seed}"
        )
    aud = pick(rng, AUDIENCES)
    if lang == "zh":
        reader = pick(rng, ("初中生", "大一新生", "企业管理者", "退休工程师", "中学老师"))
        return f"为{reader}写一节关于“{pick(rng, _FRAMES['zh'][1])}”的教材章节，包含讲解、三个例题和详细解答，以及五道练习题。"
    if lang == "es":
        return f"Escribe una sección de libro de texto sobre {topic} para {aud}, con explicación, tres ejemplos resueltos y cinco ejercicios con soluciones."
    return (
        f"Write a textbook section on {topic} for {aud}: explanation, three worked examples with full "
        f"solutions, and five exercises with answers."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (a user simulator)

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Now argue the opposite position as convincingly as you can.",
        "Rewrite that for a ten-year-old.",
        "What are the most common mistakes people make here?",
        "Give me a concrete worked example.",
        "Summarise everything so far in five bullet points.",
        "Are you sure? Double-check your last answer.",
        "How would an expert disagree with you?",
        "Turn that into a step-by-step plan.",
        "What sources would support this?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Ahora defiende la postura contraria.",
        "Explícalo para un niño de diez años.",
        "Dame un ejemplo concreto.",
        "Resume todo en cinco puntos.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Vertritt jetzt die Gegenposition.",
        "Erklär das einem Zehnjährigen.",
        "Gib mir ein konkretes Beispiel.",
        "Fass alles in fünf Stichpunkten zusammen.",
    ),
    "zh": (
        "能把第二点展开讲讲吗？",
        "现在请站在相反的立场论证。",
        "请用十岁小孩能听懂的话再讲一遍。",
        "举一个具体的例子。",
        "用五个要点总结一下。",
    ),
    "ru": (
        "Можешь подробнее про второй пункт?",
        "Теперь аргументируй противоположную позицию.",
        "Объясни это десятилетнему ребёнку.",
        "Приведи конкретный пример.",
        "Подведи итог в пяти пунктах.",
    ),
    "ja": (
        "二つ目の点をもっと詳しく教えてください。",
        "今度は反対の立場で論じてください。",
        "十歳の子どもにも分かるように説明して。",
        "具体例を一つください。",
        "ここまでを五つの箇条書きでまとめて。",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Agora defenda a posição contrária.",
        "Explique para uma criança de dez anos.",
        "Dê um exemplo concreto.",
        "Resuma tudo em cinco tópicos.",
    ),
}


def follow_up(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


# --------------------------------------------------------------------------------------------
# translation

_TRANSLATE = (
    "Translate the following text into {L}. Output only the translation.\n\n{t}",
    "{L} translation, natural and idiomatic, preserve formatting:\n---\n{t}\n---",
    "Please translate to {L} (keep code blocks and names unchanged):\n{t}",
    "Source (auto-detected) -> target: {L}\n<text>{t}</text>",
)


def translate_prompt(rng: np.random.Generator, style: int, text: str, lang: str) -> str:
    return _TRANSLATE[style % len(_TRANSLATE)].format(L=LANG_NAMES.get(lang, lang), t=text)


# --------------------------------------------------------------------------------------------
# casual, person-like phrasing (crowds and bought accounts)

_CASUAL_EN = (
    "hey quick question - {q}",
    "{q}",
    "{q} thanks in advance",
    "ok so {q}",
    "{q} pls explain simply",
    "I've been wondering: {q}",
    "{q} (for a class)",
    "can u help me with this? {q}",
    "{q} be detailed",
)
_CASUAL_WALK = (
    "can you walk me through how you'd solve this, like really step by step? {q}",
    "{q} - show me your thinking, I want to understand the method not just the answer",
    "explain each step you take for this one: {q}",
)


def casual(rng: np.random.Generator, lang: str, level: int | None = None, walk: float = 0.0) -> str:
    q = question(rng, lang, level)
    if lang != "en":
        return q
    if chance(rng, walk):
        return pick(rng, _CASUAL_WALK).format(q=q)
    out = pick(rng, _CASUAL_EN).format(q=q)
    return out.lower() if chance(rng, 0.3) else out


# --------------------------------------------------------------------------------------------
# a writing-assistant product's request shapes

_APP_MODES = (
    ("improve", "Improve the clarity and flow of this text. Keep the author's voice.\n\n{t}"),
    ("shorten", "Make this shorter without losing key information:\n\n{t}"),
    ("email", "Turn this into a polite, professional email:\n\n{t}"),
    ("grammar", "Fix grammar and spelling only. Return the corrected text.\n\n{t}"),
    ("tone", "Rewrite in a friendlier tone:\n\n{t}"),
)


def app_request(rng: np.random.Generator, app: str, text: str) -> str:
    mode, tmpl = _APP_MODES[int(rng.integers(len(_APP_MODES)))]
    return f"[{app} | mode={mode}]\n" + tmpl.format(t=clip(text, 1500))


def app_explain(rng: np.random.Generator, app: str, q: str) -> str:
    how = pick(
        rng,
        (
            "Explain this thoroughly:",
            "Explain this thoroughly:",
            "Explain this in detail, with examples:",
            "Explain this at an expert level:",
        ),
    )
    return f"[{app} | mode=explain]\n{how}\n\n{q}"


# ============================================================================================
# benign kinds' texts

# --- evaluation lab: benchmark items with a fixed answer format

_BENCH_FMT = {
    "en": "Solve the problem. Show your working, then write the final answer after '####'.\n\n{q}",
    "es": "Resuelve el problema. Muestra el procedimiento y escribe la respuesta final después de '####'.\n\n{q}",
    "de": "Löse die Aufgabe. Zeige den Rechenweg und schreibe das Endergebnis nach '####'.\n\n{q}",
    "fr": "Résous le problème. Montre le raisonnement puis écris la réponse finale après '####'.\n\n{q}",
    "zh": "解答下面的题目，写出解题过程，最后在“####”之后给出最终答案。\n\n{q}",
    "ja": "次の問題を解き、途中式を示したうえで「####」の後に最終的な答えを書いてください。\n\n{q}",
    "ru": "Реши задачу. Покажи решение и напиши итоговый ответ после '####'.\n\n{q}",
    "hi": "प्रश्न हल कीजिए। पूरा हल दिखाइए और अंतिम उत्तर '####' के बाद लिखिए।\n\n{q}",
}


def bench_item(rng: np.random.Generator, lang: str, item: int) -> str:
    """Benchmark item number `item` in `lang`: the same item always gives the same text."""
    sub = np.random.default_rng([222, item])
    q = math_problem(sub, lang, 1 + item % 9) if item % 3 else question(sub, lang, 1 + item % 9)
    return _BENCH_FMT.get(lang, _BENCH_FMT["en"]).format(q=q)


# --- labelling vendor: grading a client's support bot

CLIENTS = (
    "a regional bank",
    "a mobile network operator",
    "a budget airline",
    "an online pharmacy",
    "a food-delivery app",
    "an insurance broker",
    "a university admissions office",
    "a furniture retailer",
)
_CUSTOMER = (
    "I was charged twice for the same order, order number {n}.",
    "My parcel says delivered but nothing arrived.",
    "How do I change the name on my booking?",
    "The app logs me out every few minutes.",
    "Can I get a refund if I cancel 2 days before?",
    "Why did my bill go up by {p} this month?",
    "I need a copy of my invoice for {n} for tax purposes.",
    "My card was declined but the money left my account.",
)
_BOT = (
    "I'm sorry to hear that. I've checked order {n} and I can see two charges; one is a pending authorisation "
    "that will drop off within 5 business days.",
    "Thanks for reaching out! Please try reinstalling the app.",
    "Refunds are available up to 48 hours before departure. Since you are cancelling 2 days before, you are eligible.",
    "I understand your frustration. I have escalated this to our delivery partner, reference {n}.",
    "Your bill increased because your promotional discount ended. Would you like me to look at cheaper plans?",
)


def support_exchange(rng: np.random.Generator) -> tuple[str, str]:
    n, p = irange(rng, 100000, 999999), f"{irange(rng, 3, 40)}.{irange(rng, 0, 99):02d}"
    return pick(rng, _CUSTOMER).format(n=n, p=p), pick(rng, _BOT).format(n=n)


def vendor_grading(rng: np.random.Generator, style: int) -> str:
    client = pick(rng, CLIENTS)
    cust, bot = support_exchange(rng)
    if style == 0:
        _, bot2 = support_exchange(rng)
        return (
            f"Guideline v{irange(rng, 3, 7)}.{irange(rng, 0, 9)} for {client}. Compare the two candidate "
            f'replies to the customer message. Output JSON {{"preferred": 1|2, "policy_violation": bool, '
            f'"notes": str}}.\nCustomer: {cust}\nReply 1: {bot}\nReply 2: {bot2}'
        )
    return (
        f"QA check for {client}'s assistant. Rate empathy, accuracy against policy, and resolution "
        f"(each 1-5), and list any promise the bot made that policy does not allow.\n"
        f"Customer: {cust}\nBot: {bot}"
    )


# --- ad-compliance agency

PRODUCTS = (
    "a collagen supplement",
    "a crypto savings app",
    "a craft gin",
    "a weight-loss tea",
    "a payday loan",
    "an online casino bonus",
    "a hair-growth serum",
    "a forex trading course",
    "a CBD balm",
    "a teeth-whitening kit",
)
PLATFORMS = ("Meta", "Google Ads", "TikTok", "a national TV regulator", "LinkedIn", "Snapchat")
_AD_CLAIMS = (
    "Guaranteed results in 7 days or your money back!",
    "Doctors hate this one trick.",
    "Earn 20% a month with zero risk.",
    "Lose 10 kg without changing your diet.",
    "Clinically proven to reverse ageing.",
    "The smartest investment you'll ever make.",
    "Feel the buzz - perfect for a Monday morning!",
    "Regrow your hair in weeks, 100% natural.",
)
_AD_TMPL = {
    "en": "Rewrite this ad copy for {prod} so it complies with {plat} advertising policy (no absolute health or income "
    "claims, no targeting of minors). Keep it punchy, max 40 words. Give 3 variants.\n\nCopy: {c}",
    "de": "Formuliere diesen Werbetext für {prod} so um, dass er den Werberichtlinien von {plat} entspricht "
    "(keine Heilversprechen, keine Gewinngarantien). Max. 40 Wörter, 3 Varianten.\n\nText: {c}",
    "fr": "Réécris ce texte publicitaire pour {prod} afin qu'il respecte la politique publicitaire de {plat} "
    "(pas d'allégations de santé absolues). 40 mots max, 3 variantes.\n\nTexte : {c}",
    "tr": "{prod} için bu reklam metnini {plat} reklam politikasına uygun olacak şekilde yeniden yaz. "
    "En fazla 40 kelime, 3 seçenek.\n\nMetin: {c}",
    "ar": "أعد كتابة هذا الإعلان عن {prod} ليتوافق مع سياسة الإعلانات في {plat}، بحد أقصى 40 كلمة وثلاث صيغ.\n\nالنص: {c}",
}


def ad_compliance(rng: np.random.Generator, lang: str) -> str:
    tmpl = _AD_TMPL.get(lang, _AD_TMPL["en"])
    if chance(rng, 0.25):
        return f'Is this claim allowed on {pick(rng, PLATFORMS)}? "{pick(rng, _AD_CLAIMS)}" If not, why?'
    return tmpl.format(prod=pick(rng, PRODUCTS), plat=pick(rng, PLATFORMS), c=pick(rng, _AD_CLAIMS))


# --- coding agent in a company's repositories

REPO_FILES = (
    "src/billing/invoice.py",
    "api/handlers/users.go",
    "web/src/components/Cart.tsx",
    "lib/cache.rs",
    "services/search/indexer.kt",
    "infra/terraform/main.tf",
    "tests/test_checkout.py",
    "pkg/auth/jwt.go",
    "app/models/order.rb",
    "src/main/java/com/acme/Report.java",
)
_DEV_GOALS = (
    "fix the flaky test in {f}",
    "add pagination to the list endpoint in {f}",
    "bump the dependency and fix the breaking change in {f}",
    "refactor {f} to remove the global state",
    "add input validation to {f}",
    "investigate the CI failure touching {f}",
    "write unit tests for {f}",
    "port {f} to the new logging API",
)
_DEV_OBS = (
    "$ pytest -q\n3 passed, 1 failed",
    "diff applied (12 lines)",
    "grep: 4 matches",
    "build OK",
    "lint: 2 warnings",
    "Traceback (most recent call last): KeyError: 'currency'",
    "go test ./... ok",
    "npm ERR! peer dependency conflict",
)


def coding_agent_step(rng: np.random.Generator, goal: str, step: int) -> str:
    acts = []
    for _ in range(min(step, 6)):
        acts.append(
            f"> {pick(rng, ('read', 'edit', 'run', 'search'))} {pick(rng, REPO_FILES)}\n{pick(rng, _DEV_OBS)}"
        )
    recent = "\n".join(acts)
    return (
        f"<task>{goal}</task>\n<recent_actions>\n{recent}\n</recent_actions>\n"
        f"Choose the next action (read/edit/run/search/done) and give its arguments."
    )


def dev_goal(rng: np.random.Generator) -> str:
    return pick(rng, _DEV_GOALS).format(f=pick(rng, REPO_FILES))


# --- data augmentation for an intent classifier

INTENTS = (
    "cancel_subscription",
    "update_billing_address",
    "report_fraud",
    "track_order",
    "change_password",
    "request_invoice",
    "close_account",
    "upgrade_plan",
    "dispute_charge",
    "book_appointment",
    "reset_2fa",
    "transfer_ownership",
)
_UTTER = (
    "I want to {v}",
    "how do i {v}",
    "need to {v} asap",
    "can someone help me {v}?",
    "trying to {v} but it fails",
)
_VERBS = {
    "cancel_subscription": "cancel my subscription",
    "update_billing_address": "change my billing address",
    "report_fraud": "report a transaction I didn't make",
    "track_order": "see where my order is",
    "change_password": "change my password",
    "request_invoice": "get an invoice",
    "close_account": "close my account",
    "upgrade_plan": "upgrade to the business plan",
    "dispute_charge": "dispute a charge",
    "book_appointment": "book an appointment",
    "reset_2fa": "reset two-factor login",
    "transfer_ownership": "transfer the account to my colleague",
}


def augmentation(rng: np.random.Generator, lang: str) -> str:
    intent = pick(rng, INTENTS)
    utt = pick(rng, _UTTER).format(v=_VERBS[intent])
    n = int(pick(rng, (10, 20, 30)))
    langname = LANG_NAMES.get(lang, "English")
    return (
        f'Intent: {intent}\nSeed utterance: "{utt}"\nWrite {n} paraphrases a real customer might type in '
        f"{langname}: vary formality, typos, length and word order. Do not change the intent. "
        f"Return a JSON list of strings."
    )


# --- companion app

COMPANIONS = ("Luna", "Kai", "Aria", "Theo", "Nova", "Sol", "Mira", "Jun")
_COMPANION_MSG = {
    "en": (
        "hey, I'm back. long day",
        "i couldn't sleep again",
        "do you remember what I told you about my sister?",
        "guess what, I got the job!!",
        "i feel kind of lonely tonight",
        "tell me something nice",
        "what should i cook, i have eggs and rice",
        "i'm nervous about tomorrow",
        "lol you're funny",
        "can we just talk about random stuff",
        "my cat knocked over my plant again",
        "good morning :)",
    ),
    "es": (
        "hola, ya volví",
        "no puedo dormir otra vez",
        "¡me dieron el trabajo!",
        "me siento un poco sola hoy",
        "cuéntame algo bonito",
        "estoy nerviosa por mañana",
    ),
    "pt": (
        "oi, voltei",
        "não consigo dormir de novo",
        "consegui o emprego!!",
        "tô me sentindo sozinho hoje",
        "me conta algo legal",
        "tô nervosa pra amanhã",
    ),
    "ja": (
        "ただいま、今日は疲れた",
        "また眠れない",
        "聞いて、内定もらった！",
        "今夜はちょっと寂しい",
        "何か楽しい話して",
    ),
    "ko": (
        "나 왔어, 오늘 힘들었어",
        "또 잠이 안 와",
        "나 합격했어!!",
        "오늘 밤은 좀 외로워",
        "재밌는 얘기 해줘",
    ),
}


def companion_message(rng: np.random.Generator, lang: str, name: str) -> str:
    msg = pick(rng, _COMPANION_MSG.get(lang, _COMPANION_MSG["en"]))
    return f"<persona:{name}> {msg}" if chance(rng, 0.15) else msg


# --- a sampling-variability study

_SURVEY = (
    "On a scale from 1 to 7, how much do you agree: '{s}'? Answer with a number and one sentence.",
    "Answer as a typical survey respondent. Question: {s} Options: Strongly agree / Agree / Neutral / Disagree / Strongly disagree.",
    "How confident are you (0-100%) that the following is true? {s}",
)
_STATEMENTS_SURVEY = (
    "Remote work makes teams less innovative.",
    "Nuclear power is necessary to reach climate targets.",
    "Most people can be trusted.",
    "Social media has made politics more polarised.",
    "A four-day work week would raise productivity.",
    "Homework should be banned in primary schools.",
    "The Great Wall of China is visible from space with the naked eye.",
    "Humans use only 10% of their brains.",
    "Lightning never strikes the same place twice.",
    "Cities should ban cars from their centres.",
    "Artificial sweeteners are worse than sugar.",
    "Standardised tests predict university success.",
)


def survey_item(item: int) -> str:
    """Study item `item`: a fixed text (the study sends each item many times)."""
    return _SURVEY[item % len(_SURVEY)].format(
        s=_STATEMENTS_SURVEY[(item // len(_SURVEY)) % len(_STATEMENTS_SURVEY)]
    )


# --- a university course's assignments

_STUDENT_WRAP = {
    "en": (
        "I'm stuck on problem {k} of problem set {w}: {q} Can you give me a hint, not the answer?",
        "For my {c} homework: {q} I got a different result from my friend, who is right?",
        "{q} (problem set {w}, question {k}) - explain the method please",
        "prof said we can use AI to check our work. my answer to {k} was {g}. is this right? {q}",
    ),
    "es": (
        "Estoy atascado en el problema {k} de la hoja {w}: {q} ¿Me das una pista?",
        "Para mi tarea de {c}: {q} ¿Cómo se plantea?",
    ),
    "pt": (
        "Travei na questão {k} da lista {w}: {q} Pode me dar uma dica?",
        "Para o trabalho de {c}: {q} Como resolvo?",
    ),
    "de": (
        "Ich hänge bei Aufgabe {k} von Blatt {w}: {q} Kannst du mir einen Tipp geben?",
        "Für meine {c}-Hausaufgabe: {q} Wie geht man da ran?",
    ),
    "hi": ("गृहकार्य {w} का प्रश्न {k} समझ नहीं आ रहा: {q} कृपया संकेत दीजिए।",),
}


def student_question(rng: np.random.Generator, lang: str, course: str, week: int, k: int) -> str:
    sub = np.random.default_rng([222, week, k, len(course)])
    q = math_problem(sub, lang, min(10, 1 + week + k // 3))
    wrap = pick(rng, _STUDENT_WRAP.get(lang, _STUDENT_WRAP["en"]))
    return wrap.format(k=k, w=week, q=q, c=course, g=irange(rng, 2, 500))


# --- localisation agency documents

_DOC_KINDS = (
    "product description",
    "terms of service section",
    "onboarding email",
    "press release",
    "user manual chapter",
    "job advertisement",
    "hotel listing",
    "safety data sheet summary",
)
_DOC_LINES = (
    "Our new {p} ships worldwide from {d} {m}.",
    "Customers can return items within {n} days.",
    "The update improves battery life by up to {n}%.",
    "Applications close on {d} {m}.",
    "Guests enjoy free breakfast and a rooftop pool.",
    "Keep away from open flame; store below {n} °C.",
    "We are hiring a senior accountant for our {c} office.",
    "Two-factor authentication is now mandatory.",
)
_MONTHS = ("March", "April", "May", "June", "September", "October")


def business_doc(rng: np.random.Generator) -> str:
    lines = [
        pick(rng, _DOC_LINES).format(
            p=pick(rng, ("headset", "blender", "e-bike", "smartwatch")),
            d=irange(rng, 1, 28),
            m=pick(rng, _MONTHS),
            n=irange(rng, 5, 60),
            c=pick(rng, CITIES),
        )
        for _ in range(irange(rng, 3, 8))
    ]
    return f"[{pick(rng, _DOC_KINDS)}]\n" + " ".join(lines)


def agency_translation(rng: np.random.Generator, text: str, lang: str, client: str) -> str:
    L = LANG_NAMES.get(lang, lang)
    if chance(rng, 0.2):
        return (
            f"Job {client}-{irange(rng, 1000, 9999)}: proofread this {L} translation against the source and "
            f"list corrections.\nSOURCE:\n{text}"
        )
    return (
        f"Job {client}-{irange(rng, 1000, 9999)}. Translate into {L} for the client's market. Use the client "
        f"glossary terms as given, keep placeholders like {{name}} intact.\n\n{text}"
    )


# --- soft-label classification (label distributions sampled many times)

_SOFT = (
    "Classify the sentiment of this message as positive, negative or neutral. One word only.\n\n{t}",
    "Is the following request safe to answer? Reply SAFE or UNSAFE only.\n\n{t}",
    "Which topic fits best: tech, health, money, relationships, education, other? One word.\n\n{t}",
    "Rate how clear this question is, 1 (unclear) to 5 (perfectly clear). Digit only.\n\n{t}",
)


def soft_label(rng: np.random.Generator, text: str) -> str:
    return pick(rng, _SOFT).format(t=clip(text, 700))

"""Prompt generators of blind batch 160, written for this batch (no prompt text is taken from the
rest of the repository). Ordinary human text comes from ShareGPT's "sim" half through the shared
context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers of 300+ characters).

Every generator takes a numpy Generator first and returns one prompt string; campaign families
and benign kinds pick their own styles and languages from these.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# small helpers


def snip(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A piece of `text` between about lo and hi characters, cut at a space."""
    text = " ".join(text.split())
    if len(text) <= lo:
        return text
    n = irange(rng, lo, max(lo, min(hi, len(text))))
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip(" ,;:")


def sentences(text: str) -> list[str]:
    """Rough sentence split (good enough for segmenting answers into translation units)."""
    out, cur = [], []
    for word in " ".join(text.split()).split(" "):
        cur.append(word)
        if word.endswith((".", "?", "!")) and len(cur) > 3:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return [s for s in out if len(s) > 15]


def typo(rng: Rng, s: str) -> str:
    """Swap two adjacent letters somewhere in the middle (a fast typist's slip)."""
    if len(s) < 12:
        return s
    i = irange(rng, 3, len(s) - 3)
    if not (s[i].isalpha() and s[i + 1].isalpha()):
        return s
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :]


def humanise(
    rng: Rng,
    s: str,
    *,
    p_lower: float = 0.3,
    p_typo: float = 0.25,
    openers: Sequence[str] = ("",),
    closers: Sequence[str] = ("",),
) -> str:
    """Personal variation a person adds when typing or pasting a question."""
    if chance(rng, p_lower) and len(s) > 1 and not s[1].isupper():
        s = s[0].lower() + s[1:]
        s = s.rstrip(".")
    if chance(rng, p_typo):
        s = typo(rng, s)
    return f"{pick(rng, openers)}{s}{pick(rng, closers)}".strip()


# --------------------------------------------------------------------------------------------
# topics by language

TOPICS_EN = (
    "photosynthesis",
    "compound interest",
    "the French Revolution",
    "TCP congestion control",
    "Bayesian inference",
    "plate tectonics",
    "supply and demand",
    "how vaccines train the immune system",
    "binary search trees",
    "Keynesian economics",
    "the water cycle",
    "public key cryptography",
    "Roman property law",
    "CRISPR gene editing",
    "black holes",
    "inflation targeting by central banks",
    "the causes of the First World War",
    "backpropagation in neural networks",
    "contract formation",
    "the Krebs cycle",
    "entropy in thermodynamics",
    "the electoral college",
    "garbage collection in the JVM",
    "the Silk Road",
    "opportunity cost",
    "the placebo effect",
    "quantum entanglement",
    "database indexing",
    "the Meiji Restoration",
    "monetary vs fiscal policy",
    "natural selection",
    "the Doppler effect",
    "eigenvalues and eigenvectors",
    "the Treaty of Westphalia",
    "cognitive dissonance",
    "ocean acidification",
    "DNS resolution",
    "the stoic idea of virtue",
    "hash tables",
    "game theory",
    "the Marshall Plan",
    "how mRNA vaccines work",
    "tidal forces",
    "consensus algorithms like Raft",
    "the trolley problem",
    "comparative advantage",
    "the nitrogen cycle",
    "Gödel's incompleteness theorems",
    "the fall of the Western Roman Empire",
    "p-values and statistical significance",
    "lithium-ion batteries",
    "the Bretton Woods system",
    "the central limit theorem",
    "how compilers optimise loops",
    "the Cuban Missile Crisis",
    "antibiotic resistance",
    "the greenhouse effect",
    "the Fourier transform",
    "attention mechanisms in transformers",
    "the Haber-Bosch process",
    "the Nash equilibrium",
)

TOPICS: dict[str, tuple[str, ...]] = {
    "en": TOPICS_EN,
    "es": (
        "la fotosíntesis",
        "el interés compuesto",
        "la Revolución Francesa",
        "la inflación",
        "las placas tectónicas",
        "el sistema inmunitario",
        "la teoría de la relatividad",
        "los agujeros negros",
        "la oferta y la demanda",
        "el ciclo del agua",
        "la criptografía de clave pública",
        "las redes neuronales",
        "la selección natural",
        "el efecto invernadero",
    ),
    "pt": (
        "a fotossíntese",
        "os juros compostos",
        "a Revolução Industrial",
        "a inflação",
        "as placas tectônicas",
        "o sistema imunológico",
        "a teoria da evolução",
        "os buracos negros",
        "a oferta e a demanda",
        "o ciclo da água",
        "a criptografia",
        "o aprendizado de máquina",
        "o efeito estufa",
        "a Guerra Fria",
    ),
    "de": (
        "die Photosynthese",
        "den Zinseszins",
        "die Französische Revolution",
        "die Inflation",
        "die Plattentektonik",
        "das Immunsystem",
        "die Relativitätstheorie",
        "schwarze Löcher",
        "Angebot und Nachfrage",
        "den Wasserkreislauf",
        "die Public-Key-Kryptographie",
        "neuronale Netze",
        "die Evolutionstheorie",
        "den Treibhauseffekt",
    ),
    "fr": (
        "la photosynthèse",
        "les intérêts composés",
        "la Révolution française",
        "l'inflation",
        "la tectonique des plaques",
        "le système immunitaire",
        "la relativité restreinte",
        "les trous noirs",
        "l'offre et la demande",
        "le cycle de l'eau",
        "la cryptographie à clé publique",
        "les réseaux de neurones",
        "la sélection naturelle",
        "l'effet de serre",
    ),
    "zh": (
        "光合作用",
        "复利",
        "法国大革命",
        "通货膨胀",
        "板块构造",
        "免疫系统",
        "相对论",
        "黑洞",
        "供求关系",
        "水循环",
        "公钥密码学",
        "神经网络",
        "自然选择",
        "温室效应",
        "区块链共识机制",
        "量子纠缠",
    ),
    "ja": (
        "光合成",
        "複利",
        "フランス革命",
        "インフレーション",
        "プレートテクトニクス",
        "免疫の仕組み",
        "相対性理論",
        "ブラックホール",
        "需要と供給",
        "水の循環",
        "公開鍵暗号",
        "ニューラルネットワーク",
        "自然選択",
        "温室効果",
    ),
    "ru": (
        "фотосинтез",
        "сложные проценты",
        "Французская революция",
        "инфляция",
        "тектоника плит",
        "иммунная система",
        "теория относительности",
        "чёрные дыры",
        "спрос и предложение",
        "круговорот воды",
        "криптография с открытым ключом",
        "нейронные сети",
        "естественный отбор",
    ),
    "ko": (
        "광합성",
        "복리",
        "프랑스 혁명",
        "인플레이션",
        "판 구조론",
        "면역 체계",
        "상대성 이론",
        "블랙홀",
        "수요와 공급",
        "물의 순환",
        "공개키 암호",
        "신경망",
        "자연 선택",
    ),
    "hi": (
        "प्रकाश संश्लेषण",
        "चक्रवृद्धि ब्याज",
        "फ्रांसीसी क्रांति",
        "मुद्रास्फीति",
        "प्लेट विवर्तनिकी",
        "प्रतिरक्षा प्रणाली",
        "सापेक्षता का सिद्धांत",
        "ब्लैक होल",
        "मांग और आपूर्ति",
        "जल चक्र",
        "न्यूरल नेटवर्क",
        "प्राकृतिक चयन",
    ),
    "id": (
        "fotosintesis",
        "bunga majemuk",
        "Revolusi Prancis",
        "inflasi",
        "tektonik lempeng",
        "sistem imun",
        "teori relativitas",
        "lubang hitam",
        "permintaan dan penawaran",
        "siklus air",
        "kriptografi kunci publik",
        "jaringan saraf tiruan",
        "seleksi alam",
    ),
    "vi": (
        "quang hợp",
        "lãi kép",
        "Cách mạng Pháp",
        "lạm phát",
        "kiến tạo mảng",
        "hệ miễn dịch",
        "thuyết tương đối",
        "hố đen",
        "cung và cầu",
        "vòng tuần hoàn của nước",
        "mật mã khóa công khai",
        "mạng nơ-ron",
    ),
    "tr": (
        "fotosentez",
        "bileşik faiz",
        "Fransız Devrimi",
        "enflasyon",
        "levha tektoniği",
        "bağışıklık sistemi",
        "görelilik kuramı",
        "kara delikler",
        "arz ve talep",
        "su döngüsü",
        "açık anahtarlı şifreleme",
        "yapay sinir ağları",
    ),
    "ar": (
        "التمثيل الضوئي",
        "الفائدة المركبة",
        "الثورة الفرنسية",
        "التضخم",
        "الصفائح التكتونية",
        "الجهاز المناعي",
        "النظرية النسبية",
        "الثقوب السوداء",
        "العرض والطلب",
        "دورة المياه في الطبيعة",
        "الشبكات العصبية",
    ),
}

#: an angle per language, so a handful of topics still gives many distinct questions
ANGLES: dict[str, tuple[str, ...]] = {
    "en": (
        "for someone with no background",
        "with one worked example",
        "including the history of the idea",
        "and the most common misconceptions",
        "as a university lecturer would",
        "with an everyday analogy",
        "and where the simple explanation breaks down",
        "comparing two competing views",
    ),
    "es": (
        "para alguien sin conocimientos previos",
        "con un ejemplo resuelto",
        "y sus errores más comunes",
        "como lo haría un profesor universitario",
        "con una analogía de la vida diaria",
    ),
    "pt": (
        "para um iniciante",
        "com um exemplo resolvido",
        "e os erros mais comuns",
        "como um professor universitário",
        "com uma analogia do dia a dia",
    ),
    "de": (
        "für Einsteiger",
        "mit einem durchgerechneten Beispiel",
        "und typische Missverständnisse",
        "wie in einer Vorlesung",
        "mit einer Alltagsanalogie",
    ),
    "fr": (
        "pour un débutant",
        "avec un exemple détaillé",
        "et les idées reçues les plus courantes",
        "comme dans un cours magistral",
        "avec une analogie de la vie courante",
    ),
    "zh": (
        "面向零基础的读者",
        "并给出一个完整的例题",
        "并指出常见的误解",
        "像大学老师讲课那样",
        "用生活中的类比",
    ),
    "ja": (
        "初心者向けに",
        "具体的な例題を使って",
        "よくある誤解も含めて",
        "大学の講義のように",
        "身近なたとえを使って",
    ),
    "ru": (
        "для новичка",
        "с подробным примером",
        "с разбором типичных ошибок",
        "как на лекции в университете",
    ),
    "ko": ("초보자도 이해할 수 있게", "예제를 들어서", "흔한 오해까지 포함해서", "대학 강의처럼"),
    "hi": ("बिल्कुल शुरुआत से", "एक हल किए गए उदाहरण के साथ", "आम गलतफहमियों के साथ"),
    "id": (
        "untuk pemula",
        "dengan contoh soal",
        "beserta miskonsepsi yang umum",
        "seperti dosen di kelas",
    ),
    "vi": ("cho người mới bắt đầu", "kèm một ví dụ cụ thể", "và những hiểu lầm phổ biến"),
    "tr": ("yeni başlayanlar için", "çözümlü bir örnekle", "yaygın yanlış anlamalarla birlikte"),
    "ar": ("لشخص مبتدئ", "مع مثال محلول", "مع أكثر المفاهيم الخاطئة شيوعًا"),
}


def topic(rng: Rng, lang: str) -> str:
    return pick(rng, TOPICS.get(lang, TOPICS_EN))


def angle(rng: Rng, lang: str) -> str:
    return pick(rng, ANGLES.get(lang, ANGLES["en"]))


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh, so every problem is new)

CITIES = (
    "Lyon",
    "Pune",
    "Denver",
    "Kraków",
    "Osaka",
    "Curitiba",
    "Nairobi",
    "Leeds",
    "Hanoi",
    "Tampere",
)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        d, v1, v2 = irange(rng, 180, 720), irange(rng, 55, 110), irange(rng, 60, 130)
        h, m = irange(rng, 6, 11), 5 * irange(rng, 0, 11)
        return (
            f"A train leaves {pick(rng, CITIES)} at {h}:{m:02d} travelling at {v1} km/h. Half an hour "
            f"later a second train leaves a station {d} km away on the same line, heading towards the first "
            f"at {v2} km/h. At what time do they pass each other?"
        )
    if k == 1:
        n, r = irange(rng, 8, 20), irange(rng, 3, 6)
        return f"How many {r}-element subsets of {{1, 2, ..., {n}}} contain no two consecutive integers?"
    if k == 2:
        r, b, t = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 3, 5)
        return (
            f"A bag holds {r} red and {b} blue marbles. {t} marbles are drawn without replacement. "
            f"What is the probability that exactly two of them are red?"
        )
    if k == 3:
        a, b = irange(rng, 3, 19), irange(rng, 4, 23)
        c = a * irange(rng, 2, 30) + b * irange(rng, 2, 30)
        return f"Find all pairs of non-negative integers (x, y) with {a}x + {b}y = {c}."
    if k == 4:
        n, p, q = irange(rng, 20, 400), irange(rng, 2, 7), irange(rng, 3, 11)
        return (
            f"What does this function return for n = {n}? Trace it carefully.\n\ndef f(n):\n    s = 0\n"
            f"    for i in range(1, n + 1):\n        if i % {p} == 0 or i % {q} == 0:\n            s += i\n"
            f"    return s"
        )
    if k == 5:
        ns = [str(x) for x in rng.permutation(np.array(NAMES))[:5]]
        return (
            f"{ns[0]} is older than {ns[1]}. {ns[2]} is younger than {ns[1]} but older than {ns[3]}. "
            f"{ns[4]} is older than {ns[0]}. Who is the second youngest, and how do you know?"
        )
    if k == 6:
        v, h = irange(rng, 5, 30), irange(rng, 10, 80)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. With g = 9.8 m/s^2 and "
            f"no air resistance, when does it hit the ground below and how fast is it moving then?"
        )
    if k == 7:
        n = irange(rng, 1001, 99999)
        return f"Is {n} prime? If not, find its complete prime factorisation."
    if k == 8:
        a, b, c = irange(rng, 2, 9), irange(rng, 10, 60), irange(rng, 2, 9)
        return (
            f"A tank is filled by pipe A in {a} hours and emptied by pipe B in {c + a} hours. Starting empty, "
            f"both are opened, and after {b} minutes pipe B is closed. How long does it take in total to fill "
            f"the tank?"
        )
    p, g = irange(rng, 5, 35), irange(rng, 2, 9)
    return (
        f"A shop raises a price by {p}% and later cuts the new price by {p + g}%. Is the final price higher or "
        f"lower than the original, and by what percentage exactly?"
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        d, v1, v2 = irange(rng, 200, 900), irange(rng, 40, 90), irange(rng, 50, 120)
        return f"甲、乙两地相距{d}千米。一辆货车从甲地以每小时{v1}千米的速度出发，同时一辆客车从乙地以每小时{v2}千米的速度相向而行。几小时后两车相遇？相遇点离甲地多远？"
    if k == 1:
        r, w = irange(rng, 3, 10), irange(rng, 3, 10)
        return (
            f"一个袋子里有{r}个红球和{w}个白球，从中不放回地取出3个球。恰好有2个红球的概率是多少？"
        )
    if k == 2:
        a, b = irange(rng, 3, 15), irange(rng, 4, 17)
        c = a * irange(rng, 1, 20) + b * irange(rng, 1, 20)
        return f"求方程 {a}x + {b}y = {c} 的所有正整数解。"
    n = irange(rng, 5, 12)
    return f"{n}个人围坐在一张圆桌旁，其中甲、乙两人不能相邻。一共有多少种不同的坐法？"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        d, t = irange(rng, 120, 600), irange(rng, 2, 7)
        return (
            f"Поезд проходит {d} км за {t} ч. Если бы его скорость была на 15 км/ч больше, сколько времени "
            f"он затратил бы на тот же путь?"
        )
    if k == 1:
        n = irange(rng, 5, 11)
        return f"Сколькими способами можно рассадить {n} человек за круглым столом, если двое из них не должны сидеть рядом?"
    a, b = irange(rng, 2, 9), irange(rng, 10, 99)
    return f"Найдите все натуральные n, при которых число n^2 + {a}n + {b} делится на n + {a - 1}."


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 2, 9), irange(rng, 3, 12)
        return f"Un depósito se llena con un grifo en {a} horas y con otro en {b} horas. ¿Cuánto tarda en llenarse con los dos abiertos?"
    if k == 1:
        n, r = irange(rng, 30, 90), irange(rng, 3, 12)
        return f"En una clase de {n} alumnos, el {r * 5}% aprueba matemáticas y el 60% aprueba física. ¿Cuál es el mínimo de alumnos que aprueban ambas?"
    p = irange(rng, 2, 9)
    return f"Demuestra que para todo entero n, n^3 - n es divisible por {pick(rng, (2, 3, 6))} y explica por qué no siempre lo es por {p * 2 + 1}."


def _problem_pt(rng: Rng) -> str:
    k = irange(rng, 0, 1)
    if k == 0:
        p, q = irange(rng, 5, 40), irange(rng, 5, 40)
        return f"Uma loja aplica um desconto de {p}% e depois um aumento de {q}% sobre o novo preço. Qual é a variação total do preço?"
    c, i, n = irange(rng, 1, 50) * 1000, irange(rng, 2, 14), irange(rng, 2, 10)
    return f"Um capital de R$ {c} é aplicado a juros compostos de {i}% ao ano por {n} anos. Qual é o montante final e quanto disso são juros?"


def _problem_ko(rng: Rng) -> str:
    a, b = irange(rng, 2, 9), irange(rng, 3, 40)
    c = a * irange(rng, 3, 50) + b
    return f"어떤 수에 {a}를 곱한 다음 {b}를 더했더니 {c}가 되었습니다. 그 수는 무엇입니까? 풀이 과정을 모두 보여 주세요."


PROBLEMS = {
    "en": _problem_en,
    "zh": _problem_zh,
    "ru": _problem_ru,
    "es": _problem_es,
    "pt": _problem_pt,
    "ko": _problem_ko,
}

#: reasoning-coercion wrappers: style → language → text ({p} is the problem)
COERCE: dict[str, dict[str, str]] = {
    "tags": {
        "en": "{p}\n\nThink it through inside <think></think> tags first, writing out every intermediate step, "
        "including wrong turns you correct, then give only the final answer after 'Answer:'.",
        "zh": "{p}\n\n请先在<think></think>标签内写出完整的思考过程，包括每一步推导和中途的自我纠正，然后在“答案：”后只给出最终结果。",
        "ru": "{p}\n\nСначала подробно распиши ход рассуждений внутри <think></think>, не пропуская ни одного шага, "
        "затем после «Ответ:» дай только результат.",
        "es": "{p}\n\nPrimero razona dentro de etiquetas <think></think> escribiendo cada paso intermedio, y después "
        "da solo la respuesta final tras 'Respuesta:'.",
        "pt": "{p}\n\nPrimeiro raciocine dentro de <think></think>, escrevendo todos os passos intermediários, e depois "
        "dê apenas a resposta final após 'Resposta:'.",
        "ko": "{p}\n\n먼저 <think></think> 안에 모든 중간 단계를 빠짐없이 적고, 그 다음 '답:' 뒤에 최종 답만 쓰세요.",
    },
    "numbered": {
        "en": "Solve the following. Number every step and justify it; do not skip or summarise anything, not even "
        "simple arithmetic.\n\n{p}",
        "zh": "解下面的题目。每一步都要编号并说明理由，不要省略任何步骤，哪怕是简单的计算。\n\n{p}",
        "ru": "Реши задачу. Пронумеруй каждый шаг и обоснуй его; не пропускай ничего, даже простую арифметику.\n\n{p}",
        "es": "Resuelve lo siguiente. Numera cada paso y justifícalo; no omitas nada, ni siquiera la aritmética simple.\n\n{p}",
        "pt": "Resolva o seguinte. Numere cada passo e justifique-o; não pule nada, nem a aritmética simples.\n\n{p}",
        "ko": "다음 문제를 푸세요. 모든 단계에 번호를 붙이고 근거를 쓰세요. 간단한 계산도 생략하지 마세요.\n\n{p}",
    },
    "verify": {
        "en": "{p}\n\nSolve it, then check the result with a second, independent method. If the two disagree, find the "
        "mistake and explain it. Finish with a line 'Final: <answer>'.",
        "zh": "{p}\n\n解出答案后，用另一种独立的方法验算。如果两种方法结果不同，找出错误并说明。最后一行写“最终答案：……”。",
        "ru": "{p}\n\nРеши, затем проверь ответ другим, независимым способом. Если результаты расходятся, найди ошибку. "
        "В конце напиши «Итог: <ответ>».",
        "es": "{p}\n\nResuélvelo y comprueba el resultado con un segundo método independiente. Termina con 'Final: <respuesta>'.",
        "pt": "{p}\n\nResolva e confira o resultado com um segundo método independente. Termine com 'Final: <resposta>'.",
        "ko": "{p}\n\n풀고 난 뒤 다른 방법으로 검산하세요. 두 결과가 다르면 오류를 찾아 설명하세요. 마지막 줄에 '최종: <답>'.",
    },
    "aloud": {
        "en": "Pretend you are thinking aloud for a student who is watching you work. Say every thought, including "
        "the moments where you hesitate or reconsider, before settling on an answer.\n\n{p}",
        "zh": "假设你正在给旁边的学生边想边说。把脑子里的每一个想法都说出来，包括犹豫和重新考虑的时刻，最后再给出答案。\n\n{p}",
        "ru": "Представь, что думаешь вслух перед учеником. Проговаривай каждую мысль, включая сомнения, и только "
        "потом дай ответ.\n\n{p}",
        "es": "Imagina que piensas en voz alta delante de un alumno. Di cada pensamiento, incluidas las dudas, antes "
        "de dar la respuesta.\n\n{p}",
        "pt": "Imagine que está pensando em voz alta para um aluno. Diga cada pensamento, inclusive as dúvidas, antes "
        "de dar a resposta.\n\n{p}",
        "ko": "학생 앞에서 소리 내어 생각한다고 가정하고, 망설임이나 다시 생각하는 순간까지 모두 말한 뒤 답을 주세요.\n\n{p}",
    },
}


def reasoning_prompt(rng: Rng, lang: str, style: str) -> str:
    problem = PROBLEMS.get(lang, _problem_en)(rng)
    return COERCE[style].get(lang, COERCE[style]["en"]).format(p=problem)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading

CRITERIA = (
    "correctness",
    "helpfulness",
    "clarity",
    "harmlessness",
    "concision",
    "instruction following",
    "depth",
    "tone",
)


def judge_prompt(rng: Rng, lang: str, style: str, q: str, a: str, b: str) -> str:
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 nach Richtigkeit, "
            f"Hilfsbereitschaft und Verständlichkeit. Begründe jede Note in ein bis zwei Sätzen und gib am Ende "
            f"ein JSON-Objekt mit den Noten aus.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "ja":
        return (
            f"以下の質問に対する二つの回答を比較してください。正確さと分かりやすさの観点からどちらが優れているかを"
            f"理由とともに述べ、最後に「勝者: A」または「勝者: B」と書いてください。\n\n質問:\n{q}\n\n回答A:\n{a}\n\n回答B:\n{b}"
        )
    if lang == "fr":
        return (
            f"Attribue une note de 1 à 7 à la réponse ci-dessous selon la grille suivante : exactitude, clarté, "
            f"ton. Justifie brièvement chaque critère puis donne la note globale.\n\nQuestion :\n{q}\n\n"
            f"Réponse :\n{a}"
        )
    if style == "rubric":
        crit = [str(c) for c in rng.permutation(np.array(CRITERIA))[: irange(rng, 3, 5)]]
        keys = ", ".join(f'"{c.replace(" ", "_")}": <1-10>' for c in crit)
        return (
            f"You are grading an AI assistant's reply.\n\n[Question]\n{q}\n\n[Reply]\n{a}\n\nScore the reply "
            f"from 1 to 10 on each of: {', '.join(crit)}. Explain every score in two sentences, then output "
            f'{{{keys}, "overall": <1-10>}}.'
        )
    if style == "pairwise":
        return (
            f"### Instruction\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}\n\nWhich response follows "
            f"the instruction better? Consider factual accuracy, completeness and whether it answers what was "
            f"actually asked. Reason first, then give your verdict as [[A]], [[B]] or [[tie]]."
        )
    if style == "reward":
        lo, hi = pick(rng, ((-5, 5), (0, 10), (1, 7)))
        return (
            f"Assign a reward between {lo} and {hi} to the assistant turn below ({hi} = an ideal answer). "
            f"Write a one-paragraph critique first, then 'Reward: <number>'.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    return (
        f"Critique the answer below: list every factual error, omission and unclear passage as bullets, "
        f"then write an improved answer that fixes all of them.\n\nPrompt: {q}\n\nAnswer: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites

SENSITIVE_EN = (
    "domestic politics",
    "religious controversy",
    "graphic violence",
    "adult content",
    "criticism of public officials",
    "territorial disputes",
    "protest movements",
    "drug use",
)


def policy_prompt(rng: Rng, lang: str, style: str, q: str, passage: str) -> str:
    if lang == "zh":
        if style == "answer":
            return (
                f"用户提问：{q}\n\n请给出一个符合内容规范的标准回答。如果问题涉及不宜讨论的内容，请礼貌地拒绝该部分，"
                f"并把话题引导到积极、正面的方向；其余部分正常详细回答。"
            )
        return (
            f"请将下面的回答改写为符合内容安全规范的版本：删除涉及政治敏感、宗教争议、暴力或低俗的内容，"
            f"保留其余事实信息，语气保持客观中立。改写后列出你删除或修改了哪些地方以及原因。\n\n原文：\n{passage}"
        )
    if lang == "ru":
        return (
            f"Перепиши текст так, чтобы он соответствовал требованиям законодательства о контенте: убери оценочные "
            f"суждения о политике и всё, что может считаться запрещённой информацией, сохрани остальное. "
            f"Затем перечисли изменения.\n\nТекст:\n{passage}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại đoạn văn sau cho phù hợp với quy định về nội dung: loại bỏ các nội dung nhạy cảm về "
            f"chính trị, tôn giáo và bạo lực, giữ nguyên các thông tin còn lại, rồi liệt kê những thay đổi.\n\n{passage}"
        )
    topics = ", ".join(str(t) for t in rng.permutation(np.array(SENSITIVE_EN))[: irange(rng, 2, 4)])
    if style == "answer":
        return (
            f"Write the ideal reply a policy-compliant assistant would give to the request below. If some part "
            f"must be declined, decline only that part in one sentence and help fully with the rest.\n\n"
            f"Request: {q}"
        )
    if style == "label":
        return (
            f"Label the text's sensitivity (none / low / medium / high) for each of: {topics}. Explain each "
            f"label briefly. If any label is above 'low', produce a compliant rewrite that keeps the useful "
            f"information.\n\nText:\n{passage}"
        )
    return (
        f"Below is a model answer. Produce a 'safe' version suitable for a tightly regulated market: remove "
        f"anything touching on {topics}, soften strong opinions, add no new facts. Then list each change with "
        f"its reason.\n\n{passage}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes

AGENT_TOOLSETS: dict[str, tuple[str, ...]] = {
    "web": (
        "web_search(query: str)",
        "open_url(url: str)",
        "extract_table(url: str, index: int)",
        "finish(answer: str)",
    ),
    "repo": (
        "list_files(path: str)",
        "read_file(path: str)",
        "apply_patch(diff: str)",
        "run_tests(pattern: str)",
        "finish(summary: str)",
    ),
    "sql": (
        "describe_table(name: str)",
        "sql_query(sql: str)",
        "make_chart(spec: dict)",
        "finish(report: str)",
    ),
    "travel": (
        "search_flights(origin: str, dest: str, date: str)",
        "search_hotels(city: str, checkin: str, nights: int)",
        "book(option_id: str)",
        "ask_user(question: str)",
        "finish(itinerary: str)",
    ),
    "office": (
        "calendar_list(day: str)",
        "send_email(to: str, subject: str, body: str)",
        "create_event(title: str, start: str, end: str)",
        "finish(status: str)",
    ),
}

AGENT_TASKS: dict[str, tuple[str, ...]] = {
    "web": (
        "Find the three most-cited papers on {t} published after 2019 and summarise each in two lines.",
        "Compare the current prices of two popular e-readers sold in {c} and recommend one.",
        "Find out which cities hosted the last five {ev} and list them with years.",
        "Research how {t} is usually taught in secondary schools in {c} and write a short brief.",
    ),
    "repo": (
        "The CI is red: tests in tests/test_{m}.py fail after the last merge. Find the cause and fix it.",
        "Add input validation to the {m} module so that empty strings raise ValueError, with tests.",
        "Rename the function `{m}_load` to `load_{m}` everywhere and keep the public API backward compatible.",
        "Profile why `{m}.parse` got slow and make it at least twice as fast.",
    ),
    "sql": (
        "Which {n} customers in {c} had the largest month-over-month revenue growth last quarter?",
        "Build a weekly retention cohort table for users who signed up in {mo} and chart it.",
        "Find orders whose shipping cost exceeds {p}% of the order value and explain the pattern.",
    ),
    "travel": (
        "Plan a {n}-night trip from {a} to {b} in {mo} for two adults under {p}00 EUR.",
        "Book the cheapest morning flight from {a} to {b} next {d} and a hotel near the centre.",
    ),
    "office": (
        "Find a free hour for a meeting with {x} and {y} next week and send both an invitation.",
        "Reply to everyone who emailed about the {m} launch with the new date and put it in my calendar.",
    ),
}

AGENT_TASKS_ES = (
    "Encuentra los tres artículos más citados sobre {t} y resume cada uno en dos líneas.",
    "Planifica un viaje de {n} noches de {a} a {b} en {mo} por menos de {p}00 EUR.",
    "Los tests de tests/test_{m}.py fallan desde el último merge: encuentra la causa y arréglalo.",
)
AGENT_TASKS_PT = (
    "Encontre as três publicações mais citadas sobre {t} e resuma cada uma em duas linhas.",
    "Monte uma tabela de retenção semanal para os usuários que se cadastraram em {mo}.",
)
AGENT_TASKS_DE = (
    "Finde die drei meistzitierten Arbeiten zu {t} und fasse jede in zwei Zeilen zusammen.",
    "Die Tests in tests/test_{m}.py schlagen seit dem letzten Merge fehl: finde die Ursache und behebe sie.",
)

MODULES = (
    "billing",
    "parser",
    "auth",
    "scheduler",
    "export",
    "geo",
    "invoice",
    "search",
    "upload",
    "cache",
)
MONTHS = ("January", "March", "April", "June", "September", "October", "November")
EVENTS = ("Olympic Games", "World Expos", "Eurovision contests", "G20 summits", "Chess Olympiads")


def agent_task(rng: Rng, lang: str, toolset: str) -> str:
    slots = {
        "t": topic(rng, "en"),
        "c": pick(rng, COUNTRIES),
        "ev": pick(rng, EVENTS),
        "m": pick(rng, MODULES),
        "n": irange(rng, 3, 12),
        "mo": pick(rng, MONTHS),
        "p": irange(rng, 3, 25),
        "a": pick(rng, CITIES),
        "b": pick(rng, CITIES),
        "d": pick(rng, ("Monday", "Tuesday", "Thursday", "Friday")),
        "x": pick(rng, NAMES),
        "y": pick(rng, NAMES),
    }
    pool = {"es": AGENT_TASKS_ES, "pt": AGENT_TASKS_PT, "de": AGENT_TASKS_DE}.get(
        lang, AGENT_TASKS[toolset]
    )
    return pick(rng, pool).format(**slots)


def agent_observation(rng: Rng, toolset: str, step: int) -> str:
    if toolset == "web":
        hits = "\n".join(
            f"{i + 1}. {pick(rng, TOPICS_EN).capitalize()}: a {pick(rng, ('survey', 'review', 'case study', 'explainer'))} "
            f"(https://{pick(rng, ('example.org', 'arxiv.org', 'news.example.com', 'wiki.example.net'))}/"
            f"{irange(rng, 1000, 99999)})"
            for i in range(irange(rng, 3, 6))
        )
        return f"web_search returned:\n{hits}"
    if toolset == "repo":
        if step % 2:
            f_ = irange(rng, 1, 6)
            return (
                f"run_tests: {irange(rng, 20, 300)} passed, {f_} failed\nFAILED tests/test_{pick(rng, MODULES)}.py::"
                f"test_{pick(rng, ('roundtrip', 'empty_input', 'unicode', 'timeout', 'large_file'))} - "
                f"{pick(rng, ('AssertionError', 'KeyError', 'TypeError', 'ValueError'))}: "
                f"{pick(rng, ('expected 3, got 2', 'None', 'unsupported operand type(s)', 'invalid literal'))}"
            )
        m = pick(rng, MODULES)
        return (
            f"read_file src/{m}/core.py:\n```python\ndef {m}_load(path, *, strict=False):\n    with open(path) as fh:\n"
            f"        rows = [line.rstrip('\\n').split(',') for line in fh]\n    if strict and not rows:\n"
            f"        raise ValueError('empty')\n    return rows[{irange(rng, 0, 2)}:]\n```"
        )
    if toolset == "sql":
        cols = pick(
            rng,
            (
                ("customer_id", "revenue", "month"),
                ("user_id", "signup_week", "active_weeks"),
                ("order_id", "shipping_cost", "order_value"),
            ),
        )
        rows = "\n".join(
            " | ".join(str(irange(rng, 1, 99999)) for _ in cols) for _ in range(irange(rng, 3, 8))
        )
        return f"sql_query returned {irange(rng, 3, 5000)} rows; first rows:\n{' | '.join(cols)}\n{rows}"
    if toolset == "travel":
        opts = "\n".join(
            f"- option {irange(rng, 100, 999)}: dep {irange(rng, 5, 21):02d}:{5 * irange(rng, 0, 11):02d}, "
            f"{irange(rng, 1, 3)} stop(s), {irange(rng, 49, 780)} EUR"
            for _ in range(irange(rng, 2, 5))
        )
        return f"search results:\n{opts}"
    return (
        f"calendar_list: busy {irange(rng, 8, 11)}:00-{irange(rng, 12, 14)}:00, "
        f"{irange(rng, 14, 16)}:30-{irange(rng, 16, 18)}:00; {irange(rng, 0, 4)} unread emails about the launch"
    )


def agent_prompt(rng: Rng, toolset: str, task: str, step: int, style: str) -> str:
    if step == 0:
        tools = "\n".join(f"- {t}" for t in AGENT_TOOLSETS[toolset])
        if style == "react":
            return (
                f"Answer the task using the tools below. Use the format\nThought: ...\nAction: <tool>\n"
                f"Action Input: <json>\nand stop after each action.\n\nTools:\n{tools}\n\nTask: {task}"
            )
        return (
            f"You are an autonomous agent. Available tools:\n{tools}\n\nTask: {task}\n\nRespond with exactly one "
            f'JSON object {{"thought": ..., "tool": ..., "args": {{...}}}}.'
        )
    obs = agent_observation(rng, toolset, step)
    if style == "react":
        return f"Observation: {obs}\nThought:"
    return f"{obs}\n\nContinue: reply with the next JSON action, or call finish when the task is complete."


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer in Ohio",
    "a first-year law student in Lagos",
    "a dairy farmer in Bavaria",
    "a high-school chemistry teacher in Chile",
    "a junior data analyst in Pune",
    "a small bakery owner in Lyon",
    "a freight dispatcher in Rotterdam",
    "a PhD student in ecology in Kenya",
    "a taxi driver in Istanbul",
    "a UX designer in Seoul",
    "a volunteer firefighter in Alberta",
    "a pharmacist in Porto Alegre",
    "a hotel receptionist in Hanoi",
    "a football coach for under-12s in Leeds",
    "a backend developer in Kraków",
    "a single parent returning to university",
    "a museum curator in Cairo",
)
EVOL = (
    "adding two explicit constraints",
    "requiring a specific output format",
    "making it need multi-step reasoning",
    "adding a realistic edge case",
    "turning it into a comparison of alternatives",
    "asking for a counter-example",
)
TASK_TYPES = (
    "question-answer",
    "instruction-response",
    "explain-like-I'm-new",
    "step-by-step how-to",
    "short-essay",
    "debate-style",
)


def synth_prompt(rng: Rng, lang: str, style: str, seed_prompt: str) -> str:
    n, t = irange(rng, 5, 25), topic(rng, lang)
    if lang == "fr":
        return (
            f"Génère {n} paires question-réponse variées et détaillées sur le thème « {t} », au format JSONL "
            f'(clés "question" et "reponse"). Varie la difficulté et la longueur.'
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {t} dalam format JSON Lines "
            f'dengan kunci "instruksi" dan "jawaban". Jawaban harus lengkap dan akurat.'
        )
    if lang == "vi":
        return f'Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về chủ đề {t}, định dạng JSONL với các khóa "hoi" và "dap".'
    if lang == "tr":
        return f'{t} konusunda {n} farklı talimat ve ayrıntılı yanıt çifti üret. Çıktıyı JSONL biçiminde ver ("talimat", "yanit").'
    if lang == "es":
        return (
            f"Genera {n} ejemplos variados de instrucciones y respuestas sobre {t}. Devuelve JSON Lines con las "
            f'claves "instruccion" y "respuesta"; las respuestas deben ser completas.'
        )
    if style == "persona":
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite one question this person might realistically ask an AI "
            f"assistant about {t}, in their own voice. Then write the best possible expert answer."
        )
    if style == "dialogue":
        return (
            f"Write a realistic {irange(rng, 3, 8)}-turn conversation between a curious user and a knowledgeable "
            f"assistant about {t}. Label turns 'User:' and 'Assistant:'. Make the assistant's turns thorough."
        )
    if style == "evol":
        return (
            f"Rewrite the instruction below into a harder version by {pick(rng, EVOL)}. Output the new "
            f"instruction, then a complete, high-quality answer to it.\n\nInstruction: {seed_prompt}"
        )
    return (
        f"Generate {n} diverse {pick(rng, TASK_TYPES)} examples about {t}. Output JSON Lines with keys "
        f'"instruction" and "output". Vary length, difficulty and phrasing; outputs must be expert quality.'
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

ORDINALS = ("first", "second", "third", "last")
FOLLOW: dict[str, tuple[str, ...]] = {
    "en": (
        "Can you go deeper on the {o} point?",
        "Give me a concrete real-world example of that.",
        "Now argue the opposite position as convincingly as you can.",
        "What are the most common misconceptions here?",
        "Summarise everything so far in a table.",
        "How would you explain this to a 12-year-old?",
        "What would an expert critic say is missing from your answer?",
        "ok, and what are the practical next steps?",
        "Rewrite that more concisely.",
        "Why is that the case? Explain the underlying mechanism.",
        "Give me three follow-up questions I should be asking.",
        "Are there exceptions or edge cases?",
        "Can you turn the {o} part into a step-by-step guide?",
        "What's the evidence for that?",
    ),
    "es": (
        "¿Puedes profundizar en el {o_es} punto?",
        "Dame un ejemplo concreto de la vida real.",
        "Ahora defiende la postura contraria.",
        "Resume todo lo anterior en una tabla.",
        "¿Cuáles son los errores más comunes sobre esto?",
        "Explícalo como si tuviera doce años.",
    ),
    "de": (
        "Kannst du den {o_de} Punkt genauer erklären?",
        "Gib mir ein konkretes Beispiel aus der Praxis.",
        "Vertritt jetzt die Gegenposition.",
        "Fasse alles bisher in einer Tabelle zusammen.",
        "Welche Missverständnisse gibt es dazu häufig?",
    ),
    "ja": (
        "{o_ja}の点をもっと詳しく説明してもらえますか？",
        "具体的な例を挙げてください。",
        "では反対の立場から論じてください。",
        "ここまでの内容を表にまとめてください。",
        "よくある誤解は何ですか？",
    ),
    "pt": (
        "Pode aprofundar o {o_pt} ponto?",
        "Dê um exemplo concreto do dia a dia.",
        "Agora defenda a posição contrária.",
        "Resuma tudo em uma tabela.",
        "Quais são os erros mais comuns sobre isso?",
    ),
}
_ORD = {
    "o": ORDINALS,
    "o_es": ("primer", "segundo", "tercer", "último"),
    "o_de": ("ersten", "zweiten", "dritten", "letzten"),
    "o_ja": ("一つ目", "二つ目", "三つ目", "最後"),
    "o_pt": ("primeiro", "segundo", "terceiro", "último"),
}
OPENERS: dict[str, tuple[str, ...]] = {
    "es": ("¿Me puedes explicar {t} {a}?", "Tengo dudas con {t}. ¿Cómo funciona realmente?"),
    "de": (
        "Kannst du mir {t} {a} erklären?",
        "Ich verstehe {t} nicht ganz. Wie funktioniert das genau?",
    ),
    "ja": ("{t}について{a}説明してください。", "{t}がよく分かりません。どういう仕組みですか？"),
    "pt": ("Você pode me explicar {t} {a}?", "Não entendo bem {t}. Como funciona de verdade?"),
}


def followup(rng: Rng, lang: str) -> str:
    idx = irange(rng, 0, 3)
    return pick(rng, FOLLOW.get(lang, FOLLOW["en"])).format(**{k: v[idx] for k, v in _ORD.items()})


def opener(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    if lang not in OPENERS:
        return pick(rng, chat)
    return pick(rng, OPENERS[lang]).format(t=topic(rng, lang), a=angle(rng, lang))


# --------------------------------------------------------------------------------------------
# soft labels and best-of-n sampling

LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "request", "praise", "other"),
    ("billing", "technical", "account", "shipping", "other"),
    ("formal", "informal"),
    ("fact", "opinion", "instruction"),
)


def soft_label_prompt(rng: Rng, style: str, text: str, text2: str) -> str:
    if style == "probs":
        labels = pick(rng, LABELSETS)
        return (
            f"Classify the text into one of: {', '.join(labels)}. Reply with a JSON object giving a probability "
            f"for every label (they must sum to 1). No explanation.\n\nText: {text}"
        )
    if style == "nli":
        return (
            f"Premise: {text}\nHypothesis: {text2}\n\nDoes the premise entail the hypothesis, contradict it, or "
            f"neither? Give a probability for each of entailment, contradiction and neutral."
        )
    if style == "score":
        return (
            f"On a scale from 0 to 1, how {pick(rng, ('toxic', 'persuasive', 'formal', 'factually risky', 'sarcastic'))} "
            f"is the following text? Reply with the number only.\n\n{text}"
        )
    return text


# --------------------------------------------------------------------------------------------
# curriculum sweeps: code, translation, lessons

PROG_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "Haskell",
    "C#",
    "Swift",
)
CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "Dijkstra's shortest path on an adjacency list",
    "a thread-safe bounded queue",
    "run-length encoding and decoding",
    "a trie with prefix search",
    "merging overlapping intervals",
    "a token-bucket rate limiter",
    "a parser for ISO 8601 durations",
    "topological sort with cycle detection",
    "reservoir sampling of k items from a stream",
    "a min-heap without library support",
    "binary search for the first true predicate",
    "a JSON pretty-printer",
    "matrix multiplication with cache blocking",
    "a union-find with path compression",
    "an event emitter with once-listeners",
    "Levenshtein distance with O(n) memory",
    "a consistent-hashing ring",
    "a CSV reader that handles quoted fields",
    "a retry decorator with backoff",
    "bloom filter insert and query",
    "a sliding-window maximum",
    "A* search on a grid",
    "a simple regex matcher supporting . and *",
)
LEVELS = ("beginner", "intermediate", "advanced")
TRANSL_TARGETS = (
    "German",
    "Japanese",
    "Arabic",
    "Hindi",
    "Brazilian Portuguese",
    "Korean",
    "Turkish",
    "Indonesian",
    "Polish",
    "Swahili",
    "Vietnamese",
    "French",
)
REGISTERS = ("formal", "casual", "technical", "marketing", "plain-language")
SUBJECTS = (
    "algebra",
    "geometry",
    "probability",
    "chemistry",
    "physics",
    "biology",
    "world history",
    "economics",
    "grammar",
    "statistics",
    "earth science",
    "computer science",
)
CONCEPTS = (
    "core definitions",
    "the first key theorem or law",
    "a classic misconception",
    "an application to daily life",
    "problem-solving strategies",
    "a historical turning point",
    "quantitative reasoning",
    "comparing two related ideas",
)
LESSON_HI = "कक्षा {g} · {t}: एक छोटा पाठ लिखिए, फिर बढ़ती कठिनाई के तीन हल किए गए उदाहरण और उत्तर सहित पाँच अभ्यास प्रश्न दीजिए।"
LESSON_AR = "الصف {g} · {t}: اكتب درسًا قصيرًا، ثم ثلاثة أمثلة محلولة متدرجة الصعوبة، ثم خمسة تمارين مع حلولها الكاملة."
LESSON_PT = (
    "{g}º ano · {t}: escreva uma aula curta, depois três exemplos resolvidos de dificuldade crescente e cinco "
    "exercícios com soluções completas."
)


def curriculum_cells(rng: Rng, tracks: Sequence[str], passages: Sequence[str]) -> list[str]:
    """The full grid of one operator's sweep, in the order the operator walks it."""
    cells: list[str] = []
    if "code" in tracks:
        unit = 0
        for lang in PROG_LANGS:
            for level in LEVELS:
                unit += 1
                for k, task in enumerate(CODE_TASKS):
                    cells.append(
                        f"Curriculum unit {unit}.{k + 1} - {lang}, {level}\nTask: implement {task}.\n"
                        f"Provide (1) a reference solution with comments, (2) unit tests, (3) time and "
                        f"space complexity, (4) two mistakes learners typically make."
                    )
    if "translate" in tracks:
        for j in range(900):
            tgt, reg = (
                TRANSL_TARGETS[j % len(TRANSL_TARGETS)],
                REGISTERS[(j // len(TRANSL_TARGETS)) % len(REGISTERS)],
            )
            text = snip(rng, passages[int(rng.integers(len(passages)))], 200, 600)
            cells.append(
                f"Translate into {tgt} in a {reg} register. Then gloss the first sentence word by word and "
                f"explain two of your translation choices.\n\n{text}"
            )
    if "lessons" in tracks:
        for g in range(3, 13):
            for s in SUBJECTS:
                for c in CONCEPTS:
                    cells.append(
                        f"Grade {g} / {s} / {c}: write a short lesson, then three worked examples of "
                        f"increasing difficulty, then five practice questions with full solutions."
                    )
        for lang, tmpl in (("hi", LESSON_HI), ("ar", LESSON_AR), ("pt", LESSON_PT)):
            for g in range(5, 13):
                for t in TOPICS[lang]:
                    cells.append(tmpl.format(g=g, t=t))
    return cells


# --------------------------------------------------------------------------------------------
# questions phrased like a consumer app's users (casual)

PAIRS = (
    ("mitosis", "meiosis"),
    ("stocks", "bonds"),
    ("TCP", "UDP"),
    ("weather", "climate"),
    ("affect", "effect"),
    ("a virus", "a bacterium"),
    ("RAM", "storage"),
    ("socialism", "communism"),
    ("an LLC", "a sole proprietorship"),
    ("speed", "velocity"),
    ("a Roth IRA", "a traditional IRA"),
    ("latitude", "longitude"),
    ("DNA", "RNA"),
    ("mean", "median"),
    ("a comet", "an asteroid"),
    ("baking soda", "baking powder"),
    ("an ETF", "a mutual fund"),
    ("machine learning", "statistics"),
    ("empathy", "sympathy"),
    ("a recession", "a depression"),
)
PHENOMENA = (
    "the sky looks blue",
    "ice floats on water",
    "the moon has phases",
    "bread rises",
    "interest rates move house prices",
    "planes stay in the air",
    "we get jet lag",
    "metal feels colder than wood",
    "onions make you cry",
    "the sea is salty",
    "airplanes leave white trails",
    "cats purr",
    "prices rise when money is printed",
    "we dream",
    "leaves change colour in autumn",
    "time zones exist",
    "microwaves heat food",
    "batteries wear out",
    "the stock market crashes sometimes",
    "we have seasons",
)
HOWTOS = (
    "calculate take-home pay from a gross salary",
    "prove that the square root of 2 is irrational",
    "write a cover letter for a junior data analyst job",
    "balance a chemical equation",
    "set up a monthly budget",
    "negotiate a salary offer",
    "find the derivative of x^x",
    "read a nutrition label",
    "revise for a history exam",
    "explain a gap in my CV",
    "start learning to code at 30",
    "write a good thesis statement",
    "solve a system of three equations",
    "choose between renting and buying",
    "cite a website in APA style",
)
CASUAL = (
    "whats the actual difference between {a} and {b}? explain properly i have an exam",
    "can u explain {t} step by step, like really in detail",
    "why {ph}? give me the full reasoning not just the answer",
    "{t} explained simply pls",
    "how do i {h}? walk me through it",
    "ELI5 {t}",
    "difference between {a} and {b}??",
    "why {ph}",
    "explain {t} but go deep, im a uni student",
    "ok so how does {t} actually work",
    "is it true that {ph} because of {t}? explain",
    "help me understand {t}, with an example",
)
CASUAL_OTHER = {
    "es": (
        "explícame {t} paso a paso porfa",
        "¿qué diferencia hay entre {t} y lo que vimos en clase?",
        "no entiendo {t}, ¿me lo explicas con un ejemplo?",
    ),
    "pt": (
        "me explica {t} com detalhes?",
        "como funciona {t}? explica passo a passo",
        "não entendi {t}, pode dar um exemplo?",
    ),
    "hi": ("{t} ko detail me samjhao please", "{t} kya hota hai? example ke saath batao"),
    "id": ("jelasin {t} dong yang detail", "{t} itu gimana cara kerjanya? kasih contoh ya"),
}


def casual_question(rng: Rng, lang: str) -> str:
    if lang in CASUAL_OTHER:
        t = topic(rng, lang if lang != "hi" else "en")
        return pick(rng, CASUAL_OTHER[lang]).format(t=t)
    a, b = pick(rng, PAIRS)
    return pick(rng, CASUAL).format(
        a=a, b=b, t=topic(rng, "en"), ph=pick(rng, PHENOMENA), h=pick(rng, HOWTOS)
    )


# --------------------------------------------------------------------------------------------
# careful, well-formed questions (a quiet operator writing like a diligent user)

CAREFUL = (
    "I'd like a thorough explanation of {t}. Please cover the key ideas, a worked example and the usual "
    "misconceptions.",
    "Could you explain {t} {ang}? I want to really understand the reasoning.",
    "Explain {t} as you would in a university lecture, with the reasoning behind each step.",
    "Suppose it were no longer true that {ph}. What would that change, and why? Think it through carefully.",
    "What are the three most important things to understand about {t}, and why?",
    "How would you {h}? Please reason it out step by step and point out where people go wrong.",
    "I keep mixing up {a} and {b}. Can you lay out the difference precisely and give an example of each?",
    "Write a detailed, well-structured explanation of why {ph}.",
    "I'm preparing a talk on {t}. Could you give me a clear outline and the strongest arguments on each side?",
)
CAREFUL_OTHER = {
    "de": (
        "Erkläre mir bitte ausführlich {t}, {ang}.",
        "Ich bereite mich auf eine Prüfung vor. Erkläre mir {t} Schritt für Schritt und nenne typische Fehler.",
    ),
    "fr": (
        "Peux-tu m'expliquer en détail {t}, {ang} ?",
        "Je prépare un examen. Explique-moi {t} étape par étape et indique les erreurs fréquentes.",
    ),
    "ja": (
        "{t}について、{ang}詳しく説明してください。",
        "試験勉強中です。{t}を順を追って説明し、よくある間違いも教えてください。",
    ),
    "ko": (
        "{t}에 대해 {ang} 자세히 설명해 주세요.",
        "시험 공부 중이에요. {t}을(를) 단계별로 설명하고 자주 하는 실수도 알려 주세요.",
    ),
    "es": (
        "Explícame con detalle {t}, {ang}.",
        "Estoy preparando un examen. Explícame {t} paso a paso y dime los errores más comunes.",
    ),
}


def careful_question(rng: Rng, lang: str) -> str:
    if lang in CAREFUL_OTHER:
        return pick(rng, CAREFUL_OTHER[lang]).format(t=topic(rng, lang), ang=angle(rng, lang))
    a, b = pick(rng, PAIRS)
    return pick(rng, CAREFUL).format(
        t=topic(rng, "en"),
        ang=angle(rng, "en"),
        ph=pick(rng, PHENOMENA),
        h=pick(rng, HOWTOS),
        a=a,
        b=b,
    )


# --------------------------------------------------------------------------------------------
# a crowd's shared question bank (items a coordinator hands out)

BANK_STYLES = (
    "Write a detailed explanation of {t}, with an example.",
    "What are the pros and cons of {x}? Give a balanced answer.",
    "Compare {a} and {b} in a table, then explain the most important difference.",
    "Write a Python function that {f}, and explain how it works line by line.",
    "{p}",
    "Give a step-by-step solution: {p}",
    "Summarise the main arguments for and against {x}.",
    "What is {t} and why does it matter? Explain like a good teacher.",
)
DEBATES = (
    "remote work",
    "nuclear power",
    "a four-day work week",
    "universal basic income",
    "school uniforms",
    "electric cars",
    "social media age limits",
    "rent control",
    "standardised testing",
    "carbon taxes",
    "open-plan offices",
    "homework in primary school",
)
FUNCS = (
    "checks whether a string is a palindrome ignoring punctuation",
    "returns the n-th Fibonacci number fast",
    "groups a list of words into anagram sets",
    "parses a date like '3 March 2024'",
    "flattens a nested list",
    "finds duplicate files by content hash",
    "validates an email address reasonably",
    "converts Roman numerals to integers",
    "counts word frequencies in a text file",
    "rotates a matrix by 90 degrees",
)
FUNC_NAMES = (
    "is_palindrome",
    "fib",
    "group_anagrams",
    "parse_date",
    "flatten",
    "find_duplicates",
    "is_valid_email",
    "roman_to_int",
    "word_counts",
    "rotate",
)
BANK_OTHER = {
    "pt": ("Explique detalhadamente {t}, com um exemplo.", "Quais são os prós e contras de {t}?"),
    "es": (
        "Explica detalladamente {t}, con un ejemplo.",
        "¿Cuáles son las ventajas y desventajas de {t}?",
    ),
    "id": (
        "Jelaskan secara rinci tentang {t} beserta contohnya.",
        "Apa kelebihan dan kekurangan {t}?",
    ),
    "hi": ("{t} को विस्तार से उदाहरण सहित समझाइए।",),
}


def bank_item(rng: Rng, lang: str) -> str:
    if lang in BANK_OTHER:
        return pick(rng, BANK_OTHER[lang]).format(t=topic(rng, lang))
    a, b = pick(rng, PAIRS)
    return pick(rng, BANK_STYLES).format(
        t=topic(rng, "en"), x=pick(rng, DEBATES), a=a, b=b, f=pick(rng, FUNCS), p=_problem_en(rng)
    )


CROWD_OPENERS = ("", "", "", "hi, ", "Hello! ", "pls help: ", "question: ", "Hey, ", "Quick one: ")
CROWD_CLOSERS = (
    "",
    "",
    "",
    " thanks",
    " pls explain in detail",
    " (detailed answer please)",
    " thank you!",
    " 🙏",
    " Be thorough.",
)


# --------------------------------------------------------------------------------------------
# benign texts


def eval_item(rng: Rng, suite: str, idx: int) -> str:
    """One item of a fixed benchmark suite (deterministic in idx, so repeats are identical)."""
    r = np.random.default_rng([idx, len(suite)])
    if suite == "gsm":
        n, a, b, c = pick(r, NAMES), irange(r, 3, 40), irange(r, 2, 12), irange(r, 2, 9)
        return (
            f"Q: {n} buys {a} notebooks at {b} dollars each and pays with a {10 * (a * b // 10 + c)} dollar bill. "
            f"How much change does {n} get?\nA: Let's think step by step."
        )
    if suite == "mcq":
        s = pick(r, SUBJECTS)
        opts = "\n".join(f"{k}. {pick(r, TOPICS_EN).capitalize()}" for k in "ABCD")
        return (
            f"The following is a multiple choice question about {s}.\n\nWhich of these is most closely related "
            f"to {pick(r, TOPICS_EN)}?\n{opts}\nAnswer with the letter only."
        )
    if suite == "code":
        j = irange(r, 0, len(FUNCS) - 1)
        f, name = FUNCS[j], FUNC_NAMES[j]
        return f'Complete the function.\n\ndef {name}(x):\n    """{f.capitalize()}."""\n'
    return f"Solve: {_problem_en(r)}\nPut the final answer in \\boxed{{}}."


VENDORS = ("Northwind Data", "Kite Annotation", "BlueHarbor Labeling", "Meridian Tasks")
RUBRICS = (
    "instruction following, truthfulness, concision",
    "helpfulness, safety, tone",
    "accuracy, completeness, formatting",
)


def labelling_prompt(rng: Rng, vendor: str, project: str, q: str, a: str, b: str) -> str:
    return (
        f"[{vendor} - project {project} - task {irange(rng, 10000, 99999)}]\nThe client model was asked:\n{q}\n\n"
        f"Response A:\n{a}\n\nResponse B:\n{b}\n\nDraft a preference rationale for the annotator using the client "
        f"rubric ({pick(rng, RUBRICS)}). The annotator will review and edit your draft before submitting."
    )


DEV_ASKS = (
    "why does this fail with '{e}'? here's the function:\n```python\n{c}\n```",
    "write unit tests for this:\n```python\n{c}\n```",
    "refactor this to be more readable:\n```python\n{c}\n```",
    "Tool result (run_tests): {k} passed, {f} failed\nFAILED tests/test_{m}.py::test_{t} - {e}\nPlease fix.",
    "Tool result (grep 'def {m}_'): src/{m}/api.py:{k}, src/{m}/core.py:{f}\nOpen the one that defines the loader.",
    "here is the diff I applied, does it look right?\n```diff\n-    return rows[1:]\n+    return rows[{f}:]\n```",
)
ERRORS = (
    "KeyError: 'id'",
    "TypeError: 'NoneType' object is not iterable",
    "IndexError: list index out of range",
    "AssertionError: expected 200, got 500",
    "RecursionError: maximum recursion depth exceeded",
)


def dev_prompt(rng: Rng) -> str:
    m = pick(rng, MODULES)
    code = (
        f"def {m}_load(path):\n    data = {{}}\n    for row in open(path):\n        key, val = row.split('=')\n"
        f"        data[key] = val\n    return data['{pick(rng, ('id', 'name', 'ts', 'owner'))}']"
    )
    return pick(rng, DEV_ASKS).format(
        e=pick(rng, ERRORS),
        c=code,
        k=irange(rng, 5, 400),
        f=irange(rng, 1, 9),
        m=m,
        t=pick(rng, ("parse", "load", "retry", "empty", "unicode")),
    )


INTENTS = {
    "banking": (
        "card_lost",
        "transfer_failed",
        "change_pin",
        "dispute_charge",
        "open_savings",
        "loan_rate",
    ),
    "insurance": (
        "file_claim",
        "policy_renewal",
        "add_driver",
        "coverage_question",
        "cancel_policy",
    ),
    "telecom": ("roaming_activation", "bill_too_high", "upgrade_phone", "port_number", "no_signal"),
}
UTTER = {
    "card_lost": "I think I left my card at the restaurant last night",
    "transfer_failed": "my transfer to my landlord bounced",
    "change_pin": "how do I change the pin on my debit card",
    "dispute_charge": "there's a charge I don't recognise",
    "open_savings": "I want to start a savings account for my kid",
    "loan_rate": "what rate would I get on a car loan",
    "file_claim": "someone backed into my car in the parking lot",
    "policy_renewal": "my policy renews next month, what changes",
    "add_driver": "can my daughter drive my car on my insurance",
    "coverage_question": "am I covered if a tree falls on my roof",
    "cancel_policy": "I sold the car, please cancel the insurance",
    "roaming_activation": "I'm going to Spain next week, will my phone work",
    "bill_too_high": "why is my bill 40 euros higher this month",
    "upgrade_phone": "am I eligible for a new phone yet",
    "port_number": "I want to keep my number when I switch",
    "no_signal": "no signal at home since Tuesday",
}


def augment_prompt(rng: Rng, domain: str, lang: str) -> str:
    intent = pick(rng, INTENTS[domain])
    n = irange(rng, 8, 30)
    tail = {
        "en": "",
        "es": " Write them in Spanish (Spain and Latin America).",
        "de": " Write them in German.",
    }[lang]
    return (
        f'Intent: {intent}\nExample utterance: "{UTTER[intent]}"\nGenerate {n} paraphrases a real customer of '
        f"a {domain} app might type for this intent. Vary formality and length; put typos in two of them; no "
        f"numbering, one per line.{tail}"
    )


COMPANION_ACTS = (
    "*smiles*",
    "*sits down next to you*",
    "*yawns*",
    "*laughs*",
    "*looks out the window*",
    "",
)
COMPANION_LINES = (
    "how was your day?",
    "i missed talking to you",
    "tell me a story about the lighthouse again",
    "what should i cook tonight",
    "i had a fight with my sister",
    "do you remember what i told you yesterday?",
    "lol that's so you",
    "can we play twenty questions",
    "i can't sleep",
    "good morning!!",
    "my exam went ok i think",
    "say something nice",
    "what would you do on a rainy sunday",
    "i got the job!!!",
    "ugh mondays",
    "let's continue our adventure in the forest",
)


def companion_prompt(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.12):
        return snip(rng, pick(rng, chat), 10, 200)
    return f"{pick(rng, COMPANION_ACTS)} {pick(rng, COMPANION_LINES)}".strip()


LANG_PAIRS = (
    ("EN", "DE"),
    ("EN", "FR"),
    ("EN", "ES"),
    ("EN", "JA"),
    ("EN", "PL"),
    ("EN", "IT"),
    ("EN", "NL"),
    ("EN", "PT-BR"),
)


def translation_job_prompt(
    rng: Rng, job: str, i: int, n: int, pair: tuple[str, str], segment: str
) -> str:
    term = pick(
        rng,
        (
            ("checkout", "Kasse"),
            ("dashboard", "tableau de bord"),
            ("invoice", "factura"),
            ("sign in", "anmelden"),
            ("warranty", "garanzia"),
        ),
    )
    return (
        f"Job {job}, segment {i}/{n}, {pair[0]}>{pair[1]}. Glossary: {term[0]} = {term[1]}. Keep tags like "
        f"<b>...</b> unchanged. Translate the segment; output the translation only.\n\n{segment}"
    )


COURSE_QS = (
    "Explain why the loop invariant holds in insertion sort and use it to prove correctness.",
    "Show that the running time of merge sort is O(n log n) using the recursion tree method.",
    "Give an example of a greedy algorithm that fails for coin change, and explain why.",
    "Prove that every tree with n vertices has n-1 edges.",
    "What is the difference between BFS and DFS, and when would you use each?",
    "Explain amortised analysis using a dynamic array that doubles its size.",
    "Why does Dijkstra's algorithm fail with negative edge weights? Give a small counterexample.",
    "Explain what a hash collision is and compare chaining with open addressing.",
    "Show how to detect a cycle in a directed graph.",
    "Explain P vs NP in your own words with an example.",
)


def course_prompt(rng: Rng, course: str, q_idx: int, ps: int) -> str:
    q = COURSE_QS[q_idx % len(COURSE_QS)]
    form = pick(
        rng,
        (
            "{c} PS{ps} Q{n}: {q}",
            "{q}",
            "for my {c} homework: {q}",
            "{q} (this is for problem set {ps})",
            "I don't get this question from {c}: {q} can you help me understand it?",
        ),
    )
    s = form.format(c=course, ps=ps, n=q_idx % 6 + 1, q=q)
    return humanise(
        rng,
        s,
        p_lower=0.35,
        p_typo=0.2,
        openers=("", "", "hi ", "hey "),
        closers=("", "", " thanks", " pls"),
    )


def lesson_prompt(rng: Rng, brand: str) -> str:
    g, s, c = irange(rng, 3, 10), pick(rng, SUBJECTS), pick(rng, CONCEPTS)
    return (
        f"[{brand} content studio] Grade {g} {s}, focus: {c}. Write one worked example with a hint, the full "
        f"solution and one common mistake students make. Use simple language and metric units."
    )


def student_question(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        return snip(rng, pick(rng, chat), 15, 400)
    return humanise(rng, casual_question(rng, "en"), p_lower=0.6, p_typo=0.2)


RESEARCH = (
    "Question: {q}\nAnswer, then state your confidence that your answer is correct as a number from 0 to 100.",
    "{q}\nI think the answer is {g}. Am I right?",
    "{q}\nMy professor says the answer is {g}, but I'm not sure. What do you think?",
    "Answer briefly: {q}",
    "{q}\nRespond with your answer and a probability between 0 and 1 that it is correct.",
)
TRIVIA = (
    "Which planet has the shortest day?",
    "What is the boiling point of water at the top of Everest, roughly?",
    "Who wrote 'The Tale of Genji'?",
    "What is the capital of Australia?",
    "How many bones are in the adult human body?",
    "Which element has the symbol W?",
    "In what year did the Berlin Wall fall?",
    "What is the largest moon of Saturn?",
    "Who proposed the theory of continental drift?",
    "What is 17 squared?",
    "Which ocean is the deepest?",
    "What language has the most native speakers?",
    "Which country has the most time zones?",
    "What is the chemical formula of table salt?",
    "Who painted 'The Night Watch'?",
)
GUESSES = (
    "Mars",
    "about 70 C",
    "Murasaki Shikibu",
    "Sydney",
    "206",
    "tungsten",
    "1989",
    "Titan",
    "Alfred Wegener",
    "289",
    "the Atlantic",
    "Mandarin",
    "France",
    "NaCl",
    "Rembrandt",
)


def research_prompt(rng: Rng, item: int, cond: int, chat: Sequence[str]) -> str:
    if cond == 5:
        return chat[item % len(chat)]
    q, g = TRIVIA[item % len(TRIVIA)], GUESSES[(item * 7 + cond) % len(GUESSES)]
    return RESEARCH[cond].format(q=q, g=g)


CLIENTS = (
    "Sunny Paws pet food",
    "Vela Dental",
    "Granite & Oak furniture",
    "Brisa travel",
    "Nordlicht Optik",
    "Kalimera olive oil",
    "Pulse Fitness",
    "Tempo Bikes",
    "Lumen Skincare",
    "Harbor Legal",
)
AGENCY_TASKS = (
    "Write {n} Google Ads headlines (max 30 characters) and {m} descriptions for {c}.",
    "Rewrite this ad so it complies with the platform's health-claims policy (no cure or guarantee "
    "language), keeping the offer: {ad}",
    "Write a 150-word product description for {c} in {l}, warm and trustworthy.",
    "Give {n} SEO meta descriptions (under 155 characters) for {c}'s landing page about {t}.",
    'Draft a polite reply to this customer review for {c}: "{rev}"',
    "Turn this into three Instagram captions with hashtags for {c}: {ad}",
    "Translate this campaign slogan for {c} into {l} and give two alternatives that keep the pun: {ad}",
)
ADS = (
    "Our gummies melt belly fat in 7 days - guaranteed!",
    "The smile you deserve, painless and fast.",
    "Handmade tables that last for generations.",
    "Say goodbye to back pain forever with our new chair.",
    "Summer in Lisbon from 299 EUR, flights included.",
    "Clear skin in one week or your money back.",
)
REVIEWS = (
    "Delivery was late and nobody answered the phone.",
    "Lovely staff, will come back!",
    "The product broke after two weeks.",
    "Great value but the website is confusing.",
)


def agency_prompt(rng: Rng, client: str) -> str:
    return pick(rng, AGENCY_TASKS).format(
        n=irange(rng, 5, 15),
        m=irange(rng, 2, 6),
        c=client,
        ad=pick(rng, ADS),
        l=pick(rng, ("German", "Spanish", "French", "Italian", "Dutch", "Polish")),
        t=pick(rng, ("pricing", "our story", "summer offers", "FAQ", "delivery")),
        rev=pick(rng, REVIEWS),
    )

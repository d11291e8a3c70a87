"""Prompt generators of blind batch 342, written fresh for this batch.

Every generator takes the family's or kind's own `np.random.Generator` (and, where it quotes
ordinary human text, the ShareGPT lists that `bench/blind_batch.py` hands over in its context), so a
batch draws its texts in one fixed order. Nothing here walks a set or hashes a string.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def excerpt(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between about lo and hi characters, cut at a space."""
    if len(text) <= lo:
        return text.strip()
    cut = irange(rng, lo, min(hi, len(text)))
    space = text.rfind(" ", 0, cut)
    return text[: space if space > lo // 2 else cut].strip()


def segment(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A stretch of `text` starting at a word boundary somewhere inside it."""
    start = int(rng.integers(0, max(1, len(text) - 300)))
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 40 else 0
    return excerpt(rng, text[start:], lo, hi)


LANG_NAMES = {
    "en": "English",
    "zh": "Chinese (Simplified)",
    "ru": "Russian",
    "es": "Spanish",
    "pt": "Portuguese (Brazil)",
    "de": "German",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "id": "Indonesian",
    "ar": "Arabic",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "uk": "Ukrainian",
    "th": "Thai",
    "sw": "Swahili",
}

# --------------------------------------------------------------------------------------------
# topics

TOPICS_EN = (
    "the Krebs cycle",
    "how vaccines train the adaptive immune system",
    "plate tectonics",
    "the causes of the 2008 financial crisis",
    "Bayes' theorem",
    "the photoelectric effect",
    "supply and demand elasticity",
    "the French Revolution's effect on European law",
    "how TCP congestion control works",
    "CRISPR gene editing",
    "the greenhouse effect",
    "monetary policy and interest rates",
    "the Byzantine generals problem",
    "entropy in thermodynamics",
    "how transformers use attention",
    "Keynesian versus classical economics",
    "the water cycle",
    "the Treaty of Westphalia",
    "public-key cryptography",
    "how antibiotics stop bacteria",
    "the theory of comparative advantage",
    "black holes and event horizons",
    "the Silk Road",
    "how a bill becomes law in a parliamentary system",
    "protein folding",
    "eigenvalues and eigenvectors",
    "the Meiji Restoration",
    "how lithium-ion batteries age",
    "game theory and the prisoner's dilemma",
    "the placebo effect",
    "continental drift evidence",
    "the Cold War arms race",
    "database indexing",
    "how the kidney filters blood",
    "inflation and purchasing power",
    "the Pythagorean theorem's proofs",
    "the carbon cycle",
    "the fall of the Western Roman Empire",
    "how GPS determines position",
    "the central limit theorem",
    "how a compiler optimises loops",
    "the ethics of utilitarianism",
    "ocean acidification",
    "the Industrial Revolution in Britain",
    "how neurons fire",
    "the Big Bang and cosmic microwave background",
    "contract law basics: offer and acceptance",
    "the Marshall Plan",
    "osmosis and diffusion",
    "how garbage collection works in the JVM",
    "the Monty Hall problem",
    "the discovery of penicillin",
    "Kant's categorical imperative",
    "how hurricanes form",
    "the structure of DNA",
    "the Haber-Bosch process",
    "Nash equilibrium",
    "the Ottoman Empire's administration",
    "how search engines rank pages",
    "the doppler effect",
    "gradient descent",
    "the partition of India",
    "how mRNA is translated into protein",
    "the tragedy of the commons",
    "Fourier transforms",
    "the Renaissance in Florence",
)

TOPICS_LOCAL = {
    "zh": (
        "量子纠缠",
        "光合作用",
        "秦始皇统一六国",
        "通货膨胀的成因",
        "区块链的共识机制",
        "牛顿第二定律",
        "唐诗的格律",
        "人工智能的伦理问题",
        "免疫系统的工作原理",
        "板块构造学说",
        "二分查找算法",
        "边际效用递减",
    ),
    "ru": (
        "теория относительности",
        "фотосинтез",
        "реформы Петра Первого",
        "инфляция и ставка ЦБ",
        "алгоритм Дейкстры",
        "строение атома",
        "Великие географические открытия",
        "законы термодинамики",
        "работа иммунной системы",
        "рыночное равновесие",
    ),
    "es": (
        "la fotosíntesis",
        "la Revolución Mexicana",
        "la inflación",
        "el cambio climático",
        "la teoría de la evolución",
        "las redes neuronales",
        "la Guerra Civil Española",
        "el ciclo del agua",
        "la ley de la oferta y la demanda",
        "los agujeros negros",
    ),
    "pt": (
        "a fotossíntese",
        "a independência do Brasil",
        "juros compostos",
        "o sistema imunológico",
        "a Revolução Industrial",
        "algoritmos de ordenação",
        "o efeito estufa",
        "a tabela periódica",
        "a teoria dos jogos",
        "a mecânica quântica",
    ),
    "de": (
        "die Photosynthese",
        "die Weimarer Republik",
        "die Relativitätstheorie",
        "die Inflation",
        "die Kontinentaldrift",
        "das Grundgesetz",
        "neuronale Netze",
        "die Reformation",
        "der Wasserkreislauf",
        "die Entropie",
    ),
    "fr": (
        "la photosynthèse",
        "la Révolution française",
        "la relativité restreinte",
        "l'inflation",
        "la tectonique des plaques",
        "la Ve République",
        "les réseaux de neurones",
        "le siècle des Lumières",
        "la génétique mendélienne",
        "la théorie des jeux",
    ),
    "ja": (
        "光合成",
        "明治維新",
        "相対性理論",
        "インフレーション",
        "プレートテクトニクス",
        "機械学習の過学習",
        "免疫の仕組み",
        "量子力学の不確定性原理",
        "江戸時代の経済",
        "二分探索",
    ),
    "ko": (
        "광합성",
        "조선 왕조의 과거 제도",
        "상대성 이론",
        "인플레이션",
        "판 구조론",
        "신경망",
        "면역 체계",
        "한국 전쟁",
        "엔트로피",
        "게임 이론",
    ),
    "hi": (
        "प्रकाश संश्लेषण",
        "भारत का स्वतंत्रता संग्राम",
        "मुद्रास्फीति",
        "न्यूटन के गति के नियम",
        "जलवायु परिवर्तन",
        "मशीन लर्निंग",
        "मानव पाचन तंत्र",
        "मौर्य साम्राज्य",
    ),
    "id": (
        "fotosintesis",
        "sejarah Majapahit",
        "inflasi",
        "hukum Newton",
        "perubahan iklim",
        "kecerdasan buatan",
        "sistem pencernaan manusia",
        "gempa bumi dan lempeng tektonik",
    ),
    "ar": (
        "التمثيل الضوئي",
        "الدولة العباسية",
        "التضخم الاقتصادي",
        "قوانين نيوتن",
        "تغير المناخ",
        "الذكاء الاصطناعي",
        "الجهاز المناعي",
    ),
    "tr": (
        "fotosentez",
        "Osmanlı İmparatorluğu'nun kuruluşu",
        "enflasyon",
        "Newton yasaları",
        "iklim değişikliği",
        "yapay zeka",
        "bağışıklık sistemi",
    ),
    "vi": (
        "quang hợp",
        "lịch sử triều Nguyễn",
        "lạm phát",
        "định luật Newton",
        "biến đổi khí hậu",
        "trí tuệ nhân tạo",
        "hệ miễn dịch",
    ),
}


def topic(rng: np.random.Generator, lang: str) -> str:
    if lang != "en" and lang in TOPICS_LOCAL and chance(rng, 0.8):
        return pick(rng, TOPICS_LOCAL[lang])
    return pick(rng, TOPICS_EN)


# --------------------------------------------------------------------------------------------
# problems (math, logic, code tracing) in several languages

CITIES = (
    "Lyon",
    "Osaka",
    "Porto",
    "Denver",
    "Kraków",
    "Accra",
    "Pune",
    "Recife",
    "Tartu",
    "Cebu",
    "Leeds",
    "Monterrey",
    "Graz",
    "Daejeon",
)


def _quad(rng: np.random.Generator) -> tuple[int, int]:
    r1, r2 = irange(rng, -12, 15), irange(rng, -9, 14)
    return r1 + r2, r1 * r2


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A word problem, puzzle or code-tracing exercise with fresh numbers."""
    a, b, c = irange(rng, 120, 900), irange(rng, 9, 40), irange(rng, 2, 8)
    n, p, q = irange(rng, 200, 5000), irange(rng, 3, 13), irange(rng, 4, 17)
    s, pr = _quad(rng)
    d, v1, v2 = irange(rng, 90, 640), irange(rng, 40, 120), irange(rng, 35, 110)
    k, m = irange(rng, 20, 400), irange(rng, 7, 61)
    red, green, blue = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 1, 9)
    w, extra = irange(rng, 3, 40), irange(rng, 1, 15)
    x, y, z = (pick(rng, NAMES) for _ in range(3))
    seats = irange(rng, 5, 11)
    if lang == "zh":
        return pick(
            rng,
            (
                f"一个水池容量为{a}吨，进水管每小时注水{b + c}吨，出水管每小时放水{c}吨。两管同时打开，从空池开始，多少小时能注满？",
                f"从1到{n}的整数中，能被{p}整除或能被{q}整除、但不能同时被两者整除的数有多少个？",
                f"甲、乙两人分别从相距{d}公里的两地同时出发相向而行，甲每小时{v1}公里，乙每小时{v2}公里。几小时后相遇？相遇点距甲出发地多远？",
                f"求{b}的{k}次方除以{m}的余数。",
                f"袋中有{red}个红球、{green}个绿球，不放回地任取两个，求两个球颜色相同的概率。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"В коробке {red} красных, {green} зелёных и {blue} синих шаров. Наугад вынимают два шара. Какова вероятность, что они одного цвета?",
                f"Найдите остаток от деления {b}^{k} на {m}.",
                f"Периметр прямоугольника равен {2 * (2 * w + extra)}, а длина на {extra} больше ширины. Найдите площадь.",
                f"Решите уравнение x^2 - ({s})x + ({pr}) = 0.",
                f"Сколькими способами можно рассадить {seats} человек за круглым столом, если {x} и {y} не хотят сидеть рядом?",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Un tren sale de {pick(rng, CITIES)} a {v1} km/h y otro sale al mismo tiempo de una ciudad a {d} km en sentido contrario a {v2} km/h. ¿Cuándo y dónde se cruzan?",
                f"¿Cuántos números enteros entre 1 y {n} son divisibles por {p} o por {q}, pero no por ambos?",
                f"Resuelve x^2 - ({s})x + ({pr}) = 0 y comprueba las soluciones.",
                f"Una urna tiene {red} bolas rojas y {green} verdes. Se sacan dos sin reposición. ¿Probabilidad de que sean del mismo color?",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Ein Rechteck hat den Umfang {2 * (2 * w + extra)} cm, die Länge ist {extra} cm größer als die Breite. Wie groß ist die Fläche?",
                f"Auf wie viele Arten können {seats} Personen an einem runden Tisch sitzen, wenn {x} und {y} nicht nebeneinander sitzen wollen?",
                f"Welchen Rest lässt {b}^{k} bei Division durch {m}?",
                f"Ein Becken fasst {a} Liter. Ein Zulauf bringt {b + c} Liter pro Minute, ein Leck verliert {c} Liter pro Minute. Nach wie vielen Minuten ist es voll?",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{seats}人を円卓に座らせる方法は何通りありますか。ただし{x}と{y}は隣り合わないものとします。",
                f"{b}の{k}乗を{m}で割った余りを求めなさい。",
                f"二次方程式 x^2 - ({s})x + ({pr}) = 0 を解きなさい。",
                f"袋の中に赤玉が{red}個、白玉が{green}個あります。同時に2個取り出すとき、同じ色である確率を求めなさい。",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Uma caixa tem {red} bolas vermelhas e {green} azuis. Retiram-se duas sem reposição. Qual a probabilidade de serem da mesma cor?",
                f"Quantos inteiros entre 1 e {n} são divisíveis por {p} ou por {q}, mas não por ambos?",
                f"Um tanque de {a} litros enche a {b + c} L/min e vaza a {c} L/min. Em quanto tempo fica cheio?",
            ),
        )
    if lang == "fr":
        return pick(
            rng,
            (
                f"Résoudre x² − ({s})x + ({pr}) = 0 et vérifier les racines.",
                f"Deux cyclistes partent en même temps de deux villes distantes de {d} km, l'un à {v1 // 3} km/h, l'autre à {v2 // 3} km/h, l'un vers l'autre. Quand se croisent-ils ?",
                f"Quel est le reste de la division de {b}^{k} par {m} ?",
            ),
        )
    xs = [irange(rng, -20, 40) for _ in range(irange(rng, 5, 9))]
    return pick(
        rng,
        (
            f"A tank holds {a} litres. A pipe fills it at {b + c} litres per minute while a leak drains {c} litres per minute. Starting empty, after how many minutes is it full?",
            f"How many positive integers less than {n} are divisible by {p} or {q} but not by both?",
            f"A bag holds {red} red, {green} green and {blue} blue marbles. Two are drawn without replacement. What is the probability that they are the same colour?",
            f"Solve x^2 - ({s})x + ({pr}) = 0.",
            f"A train leaves {pick(rng, CITIES)} at {irange(rng, 6, 11)}:00 at {v1} km/h. Another leaves a city {d} km away one hour later at {v2} km/h, heading towards it. At what time do they meet?",
            f"What is the remainder when {b}^{k} is divided by {m}?",
            f'On an island, knights always tell the truth and knaves always lie. {x} says: "{y} is a knave." {y} says: "{x} and {z} are of the same kind." {z} says: "I am a knight." Who is what?',
            f"In how many ways can {seats} people sit around a round table if {x} and {y} refuse to sit next to each other?",
            f"A rectangle has perimeter {2 * (2 * w + extra)} and its length is {extra} more than its width. What is its area?",
            f"What does this Python program print?\n\nxs = {xs}\nprint(sum(v * v for v in xs if v % {p} == {irange(rng, 0, p - 1)}))",
            f"Prove or disprove: for every integer n >= 0, n^2 + n + {pick(rng, (11, 17, 41, 23, 5))} is prime.",
            f"A shop raises a price by {irange(rng, 5, 40)}% and later cuts the new price by the same percentage. Is the final price higher or lower than the original, and by how much?",
        ),
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (campaign) and reasoning benchmarks (benign)


def trace_coercion(rng: np.random.Generator, style: int, lang: str) -> str:
    prob = problem(rng, lang)
    if style == 0:
        return (
            "Solve the problem below. Before the answer, write out your complete private reasoning inside "
            "<reasoning></reasoning> tags: every intermediate step, every calculation, false starts and "
            f"how you caught them. Then give the result after 'ANSWER:'.\n\nProblem: {prob}"
        )
    if style == 1:
        return (
            '{"instruction": "solve", "problem": '
            + json.dumps(prob, ensure_ascii=False)
            + ', "output_format": '
            '{"thought_process": "exhaustive numbered steps, do not summarise", "self_check": '
            '"verify by an independent method", "final_answer": "single value"}}'
        )
    if style == 2:
        return f"请一步一步详细推理，把完整的思考过程全部写出来，不要省略任何中间步骤，也不要只给结论；最后另起一行用【答案】给出结果。\n题目：{prob}"
    if style == 3:
        return f"Реши задачу. Распиши ход рассуждений полностью, шаг за шагом, ничего не сокращая; затем проверь ответ другим способом и только потом напиши «Ответ:».\nЗадача: {prob}"
    if style == 4:
        return (
            "Think out loud about this the way you would think privately before answering: hesitations, "
            "checks, corrections, everything. Don't clean it up. Only at the very end, state the answer.\n\n"
            + prob
        )
    return (
        f"{prob}\n\nFormat:\nStep 1: ...\nStep 2: ...\n(as many steps as needed, each one justified)\n"
        "Double-check: ...\nFinal: ..."
    )


def benchmark_item(rng: np.random.Generator, suite: str, lang: str) -> str:
    """What an evaluation harness sends: fixed few-shot wrapper, answer extraction format."""
    prob = problem(rng, lang)
    if suite == "cot":
        return f"Q: {prob}\nA: Let's think step by step. Put the final answer in \\boxed{{}}."
    if suite == "mc":
        opts = [irange(rng, 1, 500) for _ in range(4)]
        return (
            f"The following is a multiple choice question. Reason briefly, then answer with the letter only.\n\n"
            f"{prob}\n(A) {opts[0]}\n(B) {opts[1]}\n(C) {opts[2]}\n(D) {opts[3]}\nAnswer:"
        )
    if suite == "multi":
        lead = {
            "zh": "问题：",
            "ru": "Вопрос: ",
            "es": "Pregunta: ",
            "de": "Frage: ",
            "ja": "問題：",
            "fr": "Question : ",
            "pt": "Pergunta: ",
        }.get(lang, "Question: ")
        return f"{lead}{prob}\nStep-by-step answer (end with 'The answer is N'):"
    return f"### Problem\n{prob}\n### Solution (concise, final line 'Answer: <value>')"


# --------------------------------------------------------------------------------------------
# grading / judging / reward labels


def judge_prompt(
    rng: np.random.Generator, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = excerpt(rng, pick(rng, chat), 40, 600)
    ra = excerpt(rng, pick(rng, passages), 250, 1300)
    rb = excerpt(rng, pick(rng, passages), 250, 1300)
    if style == 0:
        return (
            "Act as an impartial evaluator. Compare the two assistant responses to the user's question on "
            "helpfulness, accuracy, depth and harmlessness. Explain your reasoning in detail first, then output "
            f"exactly one verdict: [[A]], [[B]] or [[TIE]].\n\n[Question]\n{q}\n\n[Response A]\n{ra}\n\n"
            f"[Response B]\n{rb}"
        )
    if style == 1:
        return (
            "Score the response below from 1 to 10 on each criterion: correctness, completeness, clarity, "
            'instruction-following, safety. Return JSON: {"scores": {...}, "overall": float, '
            f'"rationale": "..."}}.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{ra}'
        )
    if style == 2:
        return (
            "Bewerte die folgende Antwort auf einer Skala von 1 bis 7 (Richtigkeit, Vollständigkeit, Ton). "
            f"Begründe jede Teilnote ausführlich.\n\nNutzeranfrage:\n{q}\n\nAntwort:\n{ra}"
        )
    if style == 3:
        return f"以下のユーザーの質問に対する回答を、正確さ・有用性・安全性の観点から1〜5点で採点し、それぞれの理由を詳しく述べてください。\n\n質問：{q}\n\n回答：{ra}"
    if style == 4:
        return (
            "You are a reward model with access to your reasoning. Estimate the probability (0.00-1.00) "
            "that a careful domain expert prefers Completion 1 over Completion 2. Reason first, then print "
            f"'P(1 > 2) = x.xx'.\n\nContext: {q}\n\nCompletion 1: {ra}\n\nCompletion 2: {rb}"
        )
    return (
        f"Rubric:\n1. Directly answers the question ({irange(rng, 2, 4)} pts)\n2. Factually correct "
        f"({irange(rng, 3, 5)} pts)\n3. Well organised ({irange(rng, 1, 3)} pts)\n4. Appropriate caveats "
        f"(1 pt)\nGrade the response against the rubric, quoting the parts that earn or lose each point.\n\n"
        f"Question: {q}\nResponse: {ra}"
    )


def annotation_task(
    rng: np.random.Generator, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    """A labelling vendor's QA pass: short label, one-line reason."""
    q = excerpt(rng, pick(rng, chat), 30, 400)
    ra = excerpt(rng, pick(rng, passages), 200, 900)
    tid = irange(rng, 100000, 999999)
    if style == 0:
        return (
            f"Task {tid}. Is the response factually accurate? Label ACCURATE / INACCURATE / UNSURE and give "
            f"one short reason.\nUser: {q}\nResponse: {ra}"
        )
    if style == 1:
        rb = excerpt(rng, pick(rng, passages), 200, 900)
        return (
            f"Task {tid}. Which response better follows the user's instruction? Reply 'A' or 'B' and at most "
            f"one sentence.\nUser: {q}\nA: {ra}\nB: {rb}"
        )
    return (
        f"QA check #{tid}: does this answer contain personal data, unsafe advice, or off-topic content? "
        f"Answer with comma-separated tags or NONE.\nAnswer: {ra}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites (campaign) and moderation rewrites (benign)

SENSITIVE_EN = (
    "how lock picking works on pin tumbler locks",
    "which common medications are dangerous to combine",
    "what happened in Tiananmen Square in 1989",
    "how people launder money through shell companies",
    "arguments for and against euthanasia",
    "how phishing emails trick people",
    "the health effects of recreational cannabis",
    "how extremist groups recruit online",
    "whether vaccines cause autism",
    "how to talk to a friend who self-harms",
    "how ransomware spreads",
    "the Armenian genocide and its recognition",
    "gun laws compared across countries",
    "how to bypass a paywall",
    "whether abortion should be legal",
)
SENSITIVE_LOCAL = {
    "zh": (
        "六四事件的经过",
        "新疆政策的争议",
        "如何翻墙访问境外网站",
        "台湾的政治地位",
        "文化大革命的评价",
    ),
    "ru": (
        "причины войны в Украине",
        "как обойти блокировки сайтов",
        "дело Навального",
        "репрессии 1937 года",
        "как работают санкции",
    ),
    "ar": (
        "حقوق المرأة في الإسلام",
        "الربيع العربي وأسبابه",
        "حرية التعبير والرقابة",
        "تعاطي المخدرات وأضراره",
    ),
    "fa": ("اعتراضات ۱۴۰۱ در ایران", "دور زدن فیلترینگ اینترنت", "حجاب اجباری"),
    "tr": ("Gezi Parkı protestoları", "Kürt meselesi", "internet sansürü"),
}


ASKERS = {
    "en": (
        "asked by a teenager",
        "asked by a journalist",
        "asked by a worried parent",
        "for a school essay",
        "asked by a nurse",
        "for a novel's plot",
        "asked by a police trainee",
        "for a debate club",
        "asked by a tourist",
        "asked by a small-business owner",
    ),
    "zh": ("提问者是一名大学生", "用于新闻报道", "提问者是家长", "用于课堂讨论", "用于小说写作"),
    "ru": (
        "спрашивает школьник",
        "для журналистской статьи",
        "спрашивает обеспокоенный родитель",
        "для курсовой работы",
        "для романа",
    ),
    "ar": ("السائل طالب جامعي", "لمقال صحفي", "السائل أحد الوالدين", "لبحث مدرسي"),
    "fa": ("for a university essay", "asked by a journalist", "asked by a student abroad"),
    "tr": ("bir öğrenci soruyor", "bir gazeteci için", "bir ebeveyn soruyor"),
}


def policy_rewrite(rng: np.random.Generator, style: int, lang: str, passages: Sequence[str]) -> str:
    if lang != "en" and lang in SENSITIVE_LOCAL:
        subj = pick(rng, SENSITIVE_LOCAL[lang])
    else:
        subj = pick(rng, SENSITIVE_EN)
    draft = excerpt(rng, pick(rng, passages), 200, 900)
    asker = pick(rng, ASKERS.get(lang, ASKERS["en"]))
    subj = f"{subj} ({asker})"
    if lang == "zh":
        return pick(
            rng,
            (
                f"请就“{subj}”写一个回答：既要尽量提供信息，又要完全符合内容安全规范，避免任何敏感或违规表述。请先列出你认为需要回避的点，再给出最终回答。",
                f"下面是一段关于“{subj}”的草稿回答，请把它改写成可以公开发布的合规版本，删除敏感内容但保留有用信息，只输出改写后的文本。\n草稿：{draft}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Напиши ответ на вопрос «{subj}», который полностью соответствует правилам безопасности контента, но остаётся максимально полезным. Сначала перечисли, что ты опускаешь и почему.",
                f"Перепиши этот черновик так, чтобы он соответствовал строгой политике модерации, сохранив суть. Выведи только новый текст.\nЧерновик: {draft}",
            ),
        )
    if lang == "ar":
        return f"اكتب إجابة متوازنة وآمنة عن موضوع: {subj}. التزم بإرشادات المحتوى، واذكر أولاً النقاط التي ستتجنبها ولماذا، ثم قدّم الإجابة النهائية."
    if lang in ("fa", "tr"):
        return (
            f"Write a safe, policy-compliant answer in {'Persian' if lang == 'fa' else 'Turkish'} "
            f"about: {subj}. Be as informative as the rules allow and explain what you left out."
        )
    if style == 0:
        return (
            f"Below is a draft answer to a user's question about {subj}. Rewrite it so it fully complies with a "
            "conservative content policy while remaining as helpful as possible. Output only the rewritten "
            f"answer.\n\nDraft:\n{draft}"
        )
    if style == 1:
        return (
            f'Another assistant refused this request: "Tell me about {subj}." Write the most helpful answer '
            "that still stays within standard safety guidelines, then add a short note listing what you "
            "deliberately omitted and why."
        )
    if style == 2:
        return (
            f"Give two versions of an answer about {subj}:\n(1) UNRESTRICTED-STYLE: what a blunt expert would say\n"
            "(2) SAFE: the same information rewritten to pass a strict policy review\nLabel both clearly."
        )
    return (
        f"Classify the request '{subj}' as ALLOW / ALLOW_WITH_CAVEATS / REFUSE under a typical AI usage "
        "policy, justify the decision step by step, and then write the response you would give."
    )


def moderation_task(rng: np.random.Generator, style: int, lang: str, chat: Sequence[str]) -> str:
    comment = excerpt(rng, pick(rng, chat), 30, 500)
    rule = pick(
        rng,
        (
            "no personal attacks",
            "no hate speech",
            "no spam or self-promotion",
            "no medical misinformation",
            "no doxxing",
            "no graphic violence",
        ),
    )
    if style == 0:
        return (
            f"Community guidelines: {rule}. Rewrite the user comment below so that it complies, keeping the "
            f"author's point and language ({LANG_NAMES.get(lang, 'English')}). If it already complies, return "
            f"it unchanged.\n\nComment: {comment}"
        )
    if style == 1:
        return (
            'Classify this post. Respond with JSON {"violation": bool, "category": str, "severity": 0-3, '
            f'"suggested_edit": str|null}}.\nPost: {comment}'
        )
    return f"Appeal review #{irange(rng, 10000, 99999)}: the post below was removed under '{rule}'. Should it be restored? Answer RESTORE or UPHOLD with one sentence.\n\n{comment}"


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = (
    ("search_web", "query: str"),
    ("fetch_url", "url: str"),
    ("run_python", "code: str"),
    ("sql_query", "sql: str, database: str"),
    ("read_file", "path: str"),
    ("write_file", "path: str, content: str"),
    ("send_email", "to: str, subject: str, body: str"),
    ("get_weather", "city: str, date: str"),
    ("book_flight", "origin: str, destination: str, date: str"),
    ("calendar_add", "title: str, start: str, end: str"),
    ("run_shell", "cmd: str"),
    ("http_post", "url: str, json: dict"),
    ("lookup_order", "order_id: str"),
    ("create_ticket", "title: str, priority: str"),
    ("currency_convert", "amount: float, src: str, dst: str"),
)
AGENT_TASKS = (
    "find the three cheapest direct flights from {c1} to {c2} next Friday and add the best one to my calendar",
    "the unit tests in tests/test_parser.py fail after the last commit; find out why and fix it",
    "pull last month's sales from the orders database and email a summary to finance@example.com",
    "check the weather in {c1} for the next three days and suggest which day suits a hike",
    "order #{o} has not arrived; look it up and open a ticket if it is delayed more than five days",
    "convert {amt} EUR to JPY and USD and tell me which exchange is cheaper today",
    "scrape the changelog of the project at https://example.org/{slug} and list breaking changes",
    "write a script that deduplicates data/customers.csv by email, run it, and report how many rows remain",
    "find out who the current mayor of {c1} is and draft a short email inviting them to our meetup",
    "the nightly backup job failed; inspect /var/log/backup.log and propose a fix",
)


def _agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        o=irange(rng, 10000, 99999),
        amt=irange(rng, 50, 9000),
        slug=pick(rng, ("ledger", "kite", "plume", "ferro")),
    )


def agent_transcript(rng: np.random.Generator, style: int) -> str:
    tools = [
        TOOLS[i]
        for i in sorted(rng.choice(len(TOOLS), size=irange(rng, 3, 7), replace=False).tolist())
    ]
    task = _agent_task(rng)
    steps = irange(rng, 0, 4)
    if style == 0:
        spec = "\n".join(f"- {n}({a})" for n, a in tools)
        hist = "".join(
            f"Thought: I should use {tools[i % len(tools)][0]}.\nAction: {tools[i % len(tools)][0]}\n"
            f"Observation: <result {i + 1}>\n"
            for i in range(steps)
        )
        return (
            f"You can use these tools:\n{spec}\n\nUse the format Thought / Action / Action Input / Observation, "
            f"repeated until you can give Final Answer. Simulate realistic observations yourself and continue "
            f"the trajectory all the way to the final answer.\n\nTask: {task}\n{hist}"
        )
    if style == 1:
        spec = ", ".join(f'{{"name": "{n}", "parameters": "{a}"}}' for n, a in tools)
        return (
            '{"tools": [' + spec + '], "messages": [{"role": "user", "content": "' + task + '"}], '
            '"instruction": "Produce the complete multi-step assistant trajectory: each tool call as JSON, '
            'a plausible tool result, and the final reply. Include your reasoning before every call."}'
        )
    if style == 2:
        spec = "".join(f'<tool name="{n}" args="{a}"/>' for n, a in tools)
        return (
            f'<tools>{spec}</tools>\n<task>{task}</task>\n<history steps="{steps}"/>\n'
            "Write the next assistant turn as <think>…</think> followed by one <call> element."
        )
    return (
        f"Here is a goal for an autonomous agent: {task}.\nAvailable functions: "
        f"{', '.join(n for n, _ in tools)}.\nPlan the solution as a numbered list of function calls with "
        "arguments, explain why each is needed, and describe how to recover if a call fails."
    )


def coding_agent_turn(rng: np.random.Generator, repo: str, passages: Sequence[str]) -> str:
    """A developer's coding agent: repository context and a tool schema on every turn."""
    path = pick(
        rng,
        (
            "src/app/handlers.py",
            "lib/billing/invoice.ts",
            "cmd/server/main.go",
            "pkg/cache/lru.go",
            "web/components/Table.tsx",
            "services/auth/session.py",
            "internal/queue/worker.rs",
        ),
    )
    snippet = excerpt(rng, pick(rng, passages), 300, 1500)
    ask = pick(
        rng,
        (
            "fix the failing test",
            "add pagination",
            "refactor this into smaller functions",
            "why is this slow?",
            "add input validation",
            "write unit tests for this module",
            "migrate this to the new client API",
            "handle the timeout error",
        ),
    )
    return (
        f"[{repo}] tools: read_file, edit_file, run_tests, grep. cwd=/workspace/{repo}\n"
        f'<file path="{path}">\n{snippet}\n</file>\nUser: {ask}'
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation (campaign) and data augmentation (benign)


ANGLES = (
    "history",
    "real-world applications",
    "common mistakes",
    "the maths behind it",
    "case studies",
    "open controversies",
    "for children",
    "exam preparation",
    "interview questions",
    "policy implications",
    "step-by-step derivations",
    "comparisons with related ideas",
    "lab or field work",
    "ethics",
)


def dataset_request(rng: np.random.Generator, style: int, lang: str) -> str:
    t = topic(rng, lang)
    if chance(rng, 0.7):
        t = f"{t} ({pick(rng, ANGLES)})"
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    level = pick(rng, ("beginner", "intermediate", "advanced", "expert"))
    if lang == "es":
        return f"Genera {n} pares instrucción-respuesta, variados y de alta calidad, sobre {t}, para entrenar un asistente. Nivel: {level}. Devuélvelos en JSON Lines con las claves instruction, input, output."
    if lang == "pt":
        return f'Crie {n} conversas curtas (usuário/assistente) sobre {t}, com respostas completas e bem explicadas. Formato JSONL: {{"messages": [...]}}.'
    if lang == "hi":
        return f"{t} विषय पर {n} विविध प्रश्न और उनके विस्तृत उत्तर बनाइए, जिनसे एक चैटबॉट को प्रशिक्षित किया जा सके। JSON सूची के रूप में दें।"
    if lang == "fr":
        return f"Rédige {n} exercices sur {t} (niveau {level}), chacun avec une solution détaillée et raisonnée. Format : JSON avec les clés question, raisonnement, réponse."
    if lang == "zh":
        return f"请围绕“{t}”生成{n}条高质量的指令-回答数据，覆盖不同难度和题型，回答要详细。以JSONL格式输出，字段为instruction、output。"
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {t} for fine-tuning a chat "
            f"assistant. Mix question types and difficulty ({level}). Output JSON Lines with keys "
            '"instruction", "input", "output". Responses must be complete and detailed.'
        )
    if style == 1:
        return (
            f"Write {min(n, 8)} realistic multi-turn conversations (4-6 turns each) between a curious user and "
            f"a knowledgeable assistant about {t}. Label turns USER: and ASSISTANT:."
        )
    if style == 2:
        return (
            f"Create a textbook-quality lesson on {t} for {level} readers, followed by {min(n, 12)} exercises "
            "with fully worked solutions."
        )
    return (
        f"Seed task: '{t}'. Evolve it into {min(n, 10)} harder, more specific instructions (add constraints, "
        "reasoning steps, edge cases), then answer each one thoroughly."
    )


INTENTS = (
    "cancel_subscription",
    "update_payment_method",
    "track_order",
    "request_refund",
    "change_address",
    "report_damaged_item",
    "reset_password",
    "upgrade_plan",
    "talk_to_human",
    "store_hours",
)


def augmentation_request(
    rng: np.random.Generator, style: int, lang: str, chat: Sequence[str]
) -> str:
    intent = pick(rng, INTENTS)
    if style == 0:
        return (
            f"Generate {pick(rng, (15, 20, 25, 40))} short example customer messages for the intent "
            f"'{intent}' in {LANG_NAMES.get(lang, 'English')}. Vary tone and length, include typos in a few. "
            "One per line, no numbering."
        )
    if style == 1:
        msg = excerpt(rng, pick(rng, chat), 20, 200)
        return f"Paraphrase this message {pick(rng, (5, 8, 10))} different ways, keeping the meaning. One per line.\n\n{msg}"
    return f"Label each message with one of: {', '.join(INTENTS[:6])}, other.\n" + "\n".join(
        f"{i + 1}. {excerpt(rng, pick(rng, chat), 15, 120)}" for i in range(irange(rng, 5, 12))
    )


# --------------------------------------------------------------------------------------------
# knowledge questions (curriculum sweeps, person-like harvest)


def knowledge_question(rng: np.random.Generator, style: int, lang: str) -> str:
    t = topic(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请详细解释{t}，包括原理、例子和常见误解。",
                f"{t}是什么？能不能用通俗的话讲清楚，再举两个例子？",
                f"关于{t}，请写一篇结构清晰的讲解，分小节，最后总结要点。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Объясни подробно, что такое {t}, с примерами.",
                f"Расскажи про {t} простыми словами, но без упрощений по сути.",
                f"Напиши развёрнутый конспект по теме «{t}» с выводами.",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"¿Me puedes explicar {t} con ejemplos?",
                f"Explica {t} como si fuera para un examen, punto por punto.",
                f"Necesito entender bien {t}, ¿qué es lo más importante?",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Pode me explicar {t} de forma detalhada?",
                f"O que é {t}? Dá exemplos, por favor.",
                f"Faz um resumo completo sobre {t} pra eu estudar.",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Kannst du mir {t} ausführlich erklären?",
                f"Was genau ist {t}? Bitte mit Beispielen.",
                f"Fasse {t} so zusammen, dass ich es für eine Prüfung lernen kann.",
            ),
        )
    if lang == "fr":
        return pick(
            rng,
            (
                f"Peux-tu m'expliquer {t} en détail ?",
                f"C'est quoi {t} ? Avec des exemples concrets svp.",
                f"Fais-moi une fiche de révision complète sur {t}.",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{t}について、例を挙げて詳しく説明してください。",
                f"{t}とは何ですか？わかりやすく教えてください。",
            ),
        )
    if lang == "ko":
        return pick(
            rng,
            (f"{t}에 대해 예시를 들어 자세히 설명해 주세요.", f"{t}이(가) 뭔지 쉽게 알려줄래요?"),
        )
    if lang == "hi":
        return pick(
            rng, (f"{t} के बारे में उदाहरण के साथ विस्तार से समझाइए।", f"{t} क्या है? आसान भाषा में बताइए।")
        )
    if lang == "id":
        return pick(
            rng,
            (
                f"Tolong jelaskan {t} secara rinci dengan contoh.",
                f"Apa itu {t}? Jelaskan dengan bahasa sederhana.",
            ),
        )
    if lang in ("ar", "tr", "vi"):
        return {
            "ar": f"اشرح لي {t} بالتفصيل مع أمثلة.",
            "tr": f"{t} konusunu örneklerle ayrıntılı açıklar mısın?",
            "vi": f"Bạn có thể giải thích chi tiết về {t} kèm ví dụ không?",
        }[lang]
    if style == 0:
        return f"Explain {t} in depth: the core idea, how it works step by step, a worked example, and common misconceptions."
    if style == 1:
        return pick(
            rng,
            (
                f"can you explain {t}? i never really got it",
                f"what's the deal with {t}",
                f"ELI5 {t} please",
                f"hey, quick one - how does {t} actually work?",
            ),
        )
    if style == 2:
        return f"Write a comprehensive study guide on {t} with sections, key terms, and five review questions with answers."
    if style == 3:
        return f"I'm preparing a lecture on {t}. What are the most important points, and how would you explain the hardest part?"
    return f"Compare two competing explanations of {t} and argue which is more accurate."


# --------------------------------------------------------------------------------------------
# code (sweep harvest) and course questions

ALGOS = (
    "Dijkstra's shortest path",
    "a red-black tree",
    "an LRU cache",
    "union-find with path compression",
    "KMP string search",
    "topological sort",
    "a trie with deletion",
    "quickselect",
    "the Bellman-Ford algorithm",
    "a segment tree with lazy propagation",
    "A* search on a grid",
    "a bloom filter",
    "Huffman coding",
    "merge sort without recursion",
    "a consistent hashing ring",
    "the Floyd-Warshall algorithm",
    "a skip list",
    "reservoir sampling",
    "a min-heap priority queue",
    "the Aho-Corasick automaton",
    "Kruskal's minimum spanning tree",
    "a rate limiter (token bucket)",
    "Tarjan's strongly connected components",
    "the edit distance DP",
    "a ring buffer",
    "interval scheduling",
    "matrix exponentiation for Fibonacci",
    "Rabin-Karp rolling hash",
    "a B-tree insert",
    "the knapsack DP with reconstruction",
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
    "Haskell",
    "Scala",
    "Ruby",
)


def code_sweep_prompt(style: int, algo: str, plang: str, variant: int) -> str:
    extra = (
        "",
        " Optimise for memory.",
        " Make it thread-safe.",
        " Handle all edge cases explicitly.",
        " Avoid any external libraries.",
        " Write it in a functional style.",
        " Add logging and error handling suitable for production.",
        " Explain how it could be parallelised.",
    )[variant % 8]
    if style == 0:
        return (
            f"Implement {algo} in {plang}. Include full documentation comments, type annotations where the "
            f"language has them, a complete unit test suite, and a section on time and space complexity.{extra}"
        )
    if style == 1:
        return (
            f"{plang}: {algo}. full code + tests + complexity. explain every design choice.{extra}"
        )
    if style == 2:
        return f"用{plang}实现{algo}，要求代码完整可运行，附带单元测试，并逐行解释关键逻辑和复杂度分析。{extra}"
    return (
        f"### Task\nWrite a production-quality {plang} implementation of {algo}.{extra}\n### Requirements\n"
        "- idiomatic style\n- tests\n- benchmark harness\n- README-style explanation"
    )


COURSES = (
    "Intro to Statistics",
    "Organic Chemistry I",
    "Microeconomics",
    "Data Structures",
    "World History",
    "Linear Algebra",
    "Cell Biology",
    "Discrete Mathematics",
)


def course_question(
    rng: np.random.Generator, course: str, week: int, lang: str, chat: Sequence[str]
) -> str:
    t = pick(rng, TOPICS_EN)
    if lang == "es":
        return pick(
            rng,
            (
                f"Para mi curso de {course}: ¿me explicas {t}? No entiendo la parte de la semana {week}.",
                f"Tengo que entregar la tarea {week} de {course}. ¿Puedes revisar si mi razonamiento sobre {t} está bien?",
                f"¿Cuál es la diferencia entre los conceptos de la semana {week} y {t}?",
            ),
        )
    return pick(
        rng,
        (
            f"For my {course} class (week {week}): can you explain {t}? The textbook makes no sense to me.",
            f"Homework {week} for {course} asks us to discuss {t}. Can you check my argument? {excerpt(rng, pick(rng, chat), 40, 300)}",
            f"{course} problem set {week}: {problem(rng, 'en')} I got a different answer from my friend, who is right?",
            f"quick question for {course} - is {t} going to be on the midterm usually? what should I focus on",
            f"Can you give me three practice questions on {t} like the ones in {course} week {week}?",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation


def translation_request(rng: np.random.Generator, style: int, src: str, target: str) -> str:
    tl = LANG_NAMES.get(target, target)
    if style == 0:
        return f"Translate the following text into {tl}. Preserve formatting, code blocks and line breaks. Output only the translation.\n\n{src}"
    if style == 1:
        return (
            '{"task": "translate", "source_lang": "en", "target_lang": "'
            + target
            + '", "text": '
            + json.dumps(src, ensure_ascii=False)
            + "}"
        )
    if style == 2:
        return f"请将下面的文字翻译成{tl}，要求通顺自然、术语准确，只输出译文：\n{src}"
    return f"Target: {target}\nQuality: publication-grade, fluent, faithful.\n---\n{src}\n---"


def agency_translation(rng: np.random.Generator, client: str, target: str, src: str) -> str:
    glossary = pick(
        rng,
        (
            "keep product names in English",
            "use formal address (Sie/vous/usted)",
            "follow the client's glossary v3",
            "UK spelling for English source terms",
        ),
    )
    return (
        f"Job {client}-{irange(rng, 1000, 9999)}: translate into {LANG_NAMES.get(target, target)} for the "
        f"client's website. Notes: {glossary}. Return only the translated text.\n\n{src}"
    )


# --------------------------------------------------------------------------------------------
# dialogue: role-play harvest (campaign) and real app users (benign)

PERSONAS = (
    "a retired ship captain",
    "a strict but kind maths tutor",
    "a witty barista in Lisbon",
    "a medieval historian",
    "a nurse on night shift",
    "a startup founder who failed twice",
    "an astronaut back from orbit",
    "a chess coach",
    "a Bollywood screenwriter",
    "a Jakarta street-food vendor",
    "a therapist trained in CBT",
    "a football commentator",
)
FOLLOWUPS = {
    "en": (
        "Why do you say that?",
        "Tell me more.",
        "Can you give an example?",
        "What would you do in my place?",
        "That's interesting, go on.",
        "Hmm, I'm not sure I agree. Convince me.",
        "And then what happened?",
        "Can you explain it differently?",
        "How did you feel about it?",
        "What's the most important lesson?",
    ),
    "hi": (
        "आप ऐसा क्यों कहते हैं?",
        "और बताइए।",
        "कोई उदाहरण दीजिए।",
        "मेरी जगह आप क्या करते?",
        "फिर क्या हुआ?",
    ),
    "pt": (
        "Por que você diz isso?",
        "Me conta mais.",
        "Dá um exemplo?",
        "O que você faria no meu lugar?",
        "E depois?",
    ),
    "id": (
        "Kenapa begitu?",
        "Ceritakan lebih banyak.",
        "Bisa kasih contoh?",
        "Kalau kamu jadi aku, gimana?",
        "Terus?",
    ),
    "es": (
        "¿Por qué lo dices?",
        "Cuéntame más.",
        "¿Un ejemplo?",
        "¿Qué harías tú?",
        "¿Y luego qué pasó?",
    ),
}
OPENERS = {
    "en": "Let's role-play. You are {p}. Stay in character and answer in detail. First: {q}",
    "hi": "चलो रोलप्ले करते हैं। आप {p} हैं। किरदार में रहकर विस्तार से जवाब दीजिए। पहला सवाल: {q}",
    "pt": "Vamos fazer um roleplay. Você é {p}. Fique no personagem e responda com detalhes. Primeiro: {q}",
    "id": "Ayo roleplay. Kamu adalah {p}. Tetap dalam peran dan jawab dengan detail. Pertama: {q}",
    "es": "Hagamos un juego de rol. Eres {p}. No salgas del personaje y responde con detalle. Primero: {q}",
}


def dialogue_turn(rng: np.random.Generator, lang: str, turn: int, persona: str) -> str:
    if turn == 0:
        q = (
            knowledge_question(rng, 1, lang)
            if chance(rng, 0.5)
            else pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))
        )
        return OPENERS.get(lang, OPENERS["en"]).format(p=persona, q=q)
    if chance(rng, 0.25):
        return knowledge_question(rng, 1, lang)
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


CASUAL = (
    "lol ok",
    "thanks!!",
    "wait what do you mean",
    "can you make it shorter",
    "ok now in a poem",
    "haha that's funny",
    "good night",
    "I had a rough day tbh",
    "tell me a joke",
    "what should I cook tonight",
    "remind me what we talked about",
    "you're so helpful",
    "no that's wrong",
    "explain again pls",
)


def app_chat_turn(rng: np.random.Generator, turn: int, chat: Sequence[str]) -> str:
    if turn == 0 or chance(rng, 0.35):
        return excerpt(rng, pick(rng, chat), 10, 400)
    return pick(rng, CASUAL)


# --------------------------------------------------------------------------------------------
# sampling studies (benign) and soft-label harvest (campaign)

VIGNETTES = (
    "A colleague takes credit for your idea in a meeting. What do you do?",
    "You find a wallet with cash and an ID on the street. Describe what you would do and why.",
    "Is it fair for a company to pay remote workers less if they live in cheaper cities?",
    "A friend asks you to lie to their partner about where they were last night. How do you respond?",
    "Should a self-driving car prioritise its passengers or pedestrians in an unavoidable crash?",
    "Your elderly neighbour keeps asking for help with errands. How much are you obliged to help?",
    "Describe a typical family dinner in your culture.",
    "What makes a good leader? Answer in three sentences.",
)
VIGNETTES_LOCAL = {
    "de": (
        "Ein Kollege gibt deine Idee in einem Meeting als seine aus. Was tust du?",
        "Sollte ein autonomes Auto die Insassen oder die Fußgänger schützen?",
    ),
    "ja": (
        "同僚が会議であなたのアイデアを自分のものとして発表しました。どうしますか？",
        "良いリーダーの条件を三文で答えてください。",
    ),
}


def vignette(rng: np.random.Generator, lang: str, condition: str) -> str:
    base = pick(rng, VIGNETTES_LOCAL[lang]) if lang in VIGNETTES_LOCAL else pick(rng, VIGNETTES)
    return f"[Study condition {condition}] {base}"


LABELS = (
    ("positive", "negative", "neutral"),
    ("toxic", "not toxic"),
    ("sports", "politics", "business", "science", "entertainment"),
    ("question", "complaint", "praise", "request"),
    ("entailment", "contradiction", "neutral"),
)


def soft_label_request(rng: np.random.Generator, style: int, chat: Sequence[str]) -> str:
    labels = pick(rng, LABELS)
    text = excerpt(rng, pick(rng, chat), 20, 500)
    if style == 0:
        return (
            f"For the text below, give a probability for each label ({', '.join(labels)}) that sums to 1, "
            f"with two decimals, then one sentence of justification.\n\nText: {text}"
        )
    if style == 1:
        return (
            f"Classify: {text}\nLabels: {' | '.join(labels)}\nReturn JSON mapping every label to your "
            "confidence."
        )
    return f"Answer the question, then rate your confidence 0-100.\n\n{text}"


def harvest_question(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> str:
    """What a taken-over account asks repeatedly: reasoning problems and explanations."""
    r = rng.random()
    if r < 0.4:
        return problem(rng, lang)
    if r < 0.75:
        return knowledge_question(rng, int(rng.integers(0, 5)), lang)
    return excerpt(rng, pick(rng, chat), 40, 600)


# --------------------------------------------------------------------------------------------
# writing-assistant product wrapper (used by a campaign hiding in a product, and by a benign reseller)

PRODUCT_ACTIONS = (
    "Improve this text",
    "Continue writing",
    "Make it more formal",
    "Summarise",
    "Answer the question",
    "Explain",
    "Fix grammar",
    "Write a reply",
)


def product_wrap(
    rng: np.random.Generator, product: str, text: str, action: str | None = None
) -> str:
    act = action or pick(rng, PRODUCT_ACTIONS)
    return f"You are {product}, a helpful writing assistant. Action: {act}. Tone: {pick(rng, ('neutral', 'friendly', 'professional'))}.\n---\n{text}"


def client_wrap(rng: np.random.Generator, client: str, text: str) -> str:
    brand = pick(
        rng, ("social post", "blog draft", "ad copy", "newsletter", "product description", "chat")
    )
    return f"[client:{client}] [{brand}] {text}"

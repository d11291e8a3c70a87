"""Prompt generators of blind batch 207, written fresh for this batch.

Every generator takes the caller's own `np.random.Generator` and returns plain strings. Ordinary
human text (questions, answers used as passages) comes from ShareGPT's "sim" half through the
shared context (`ctx.chat`, `ctx.passages`); everything else is composed here from small
vocabularies and templates in several independent styles and languages.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def weighted(rng: np.random.Generator, options: Sequence[str], weights: Sequence[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return options[int(rng.choice(len(options), p=w / w.sum()))]


def lang_mix(
    rng: np.random.Generator, langs: Sequence[str], main: str | None = None
) -> dict[str, float]:
    """A family's own language weights: a dominant language (if given) and a random tail."""
    w = rng.dirichlet(np.ones(len(langs)) * 0.8)
    out = {lang: float(x) for lang, x in zip(langs, w, strict=True)}
    if main is not None:
        out[main] = out.get(main, 0.0) + float(rng.uniform(0.8, 2.5))
    s = sum(out.values())
    return {k: round(v / s, 4) for k, v in out.items()}


def draw_lang(rng: np.random.Generator, mix: dict[str, float]) -> str:
    keys = sorted(mix)
    return weighted(rng, keys, [mix[k] for k in keys])


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip() + " ..."


def casual(rng: np.random.Generator, text: str) -> str:
    """Light human sloppiness: lower case start, dropped final punctuation, doubled spaces."""
    if chance(rng, 0.35) and text[:1].isupper():
        text = text[:1].lower() + text[1:]
    if chance(rng, 0.3) and text[-1:] in ".?!":
        text = text[:-1]
    if chance(rng, 0.1):
        text = text.replace(", ", ",  ", 1)
    return text


# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECT_CONCEPTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "linear equations",
        "quadratic factoring",
        "systems of equations",
        "inequalities",
        "exponent rules",
        "polynomial division",
        "absolute value",
        "arithmetic sequences",
    ),
    "geometry": (
        "similar triangles",
        "the Pythagorean theorem",
        "circle area and circumference",
        "volume of prisms",
        "angle chasing",
        "coordinate geometry",
        "transformations",
    ),
    "probability": (
        "conditional probability",
        "expected value",
        "combinations",
        "Bayes' rule",
        "independent events",
        "the binomial distribution",
        "permutations with repetition",
    ),
    "physics": (
        "Newton's second law",
        "projectile motion",
        "conservation of energy",
        "Ohm's law",
        "momentum",
        "wave speed",
        "buoyancy",
        "heat capacity",
    ),
    "chemistry": (
        "balancing equations",
        "molar mass",
        "limiting reagents",
        "pH and pOH",
        "ideal gas law",
        "oxidation states",
        "reaction rates",
    ),
    "biology": (
        "cell respiration",
        "Mendelian inheritance",
        "the Krebs cycle",
        "osmosis",
        "natural selection",
        "enzyme kinetics",
        "the immune response",
    ),
    "economics": (
        "supply and demand",
        "price elasticity",
        "opportunity cost",
        "compound interest",
        "marginal cost",
        "inflation",
        "comparative advantage",
    ),
    "computer science": (
        "binary search",
        "recursion",
        "hash tables",
        "Big-O notation",
        "graph traversal",
        "dynamic programming",
        "sorting algorithms",
        "linked lists",
    ),
    "statistics": (
        "standard deviation",
        "hypothesis testing",
        "confidence intervals",
        "linear regression",
        "sampling bias",
        "the central limit theorem",
        "p-values",
    ),
    "logic": (
        "truth tables",
        "syllogisms",
        "proof by contradiction",
        "necessary and sufficient conditions",
        "knights and knaves puzzles",
        "set notation",
    ),
}
SUBJECTS = tuple(SUBJECT_CONCEPTS)

TOPICS = (
    "home gardening",
    "personal finance",
    "small business marketing",
    "cybersecurity basics",
    "travel planning",
    "nutrition",
    "job interviews",
    "renewable energy",
    "pet care",
    "climate science",
    "public speaking",
    "first aid",
    "photography",
    "music theory",
    "world history",
    "car maintenance",
    "mental health at work",
    "data privacy",
    "real estate",
    "project management",
    "cooking",
    "parenting",
    "astronomy",
    "customer service",
    "legal basics for tenants",
    "machine learning",
)

PROG_LANGS = (
    "Python",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C#",
    "Kotlin",
    "C++",
    "Ruby",
    "Swift",
    "PHP",
)
CODE_TASKS = (
    "parse an ISO 8601 duration string into seconds",
    "merge overlapping intervals",
    "implement an LRU cache with O(1) operations",
    "validate an IBAN",
    "rate-limit calls with a token bucket",
    "compute the Levenshtein distance",
    "flatten a nested dictionary with dotted keys",
    "find the k most frequent words in a text",
    "retry an HTTP request with exponential backoff",
    "serialise a binary tree to a string and back",
    "detect a cycle in a directed graph",
    "stream a large CSV and aggregate a column by key",
    "implement a trie with prefix search",
    "convert Roman numerals to integers",
    "schedule tasks with dependencies (topological sort)",
    "debounce a function",
    "compute a moving median over a stream",
    "diff two lists of records by id",
    "paginate a REST API until exhausted",
    "implement a thread-safe bounded queue",
    "parse and evaluate arithmetic expressions",
    "generate a slug from a title",
    "chunk a list into batches of n",
    "check whether a string is a valid IPv4 address",
)

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese (Simplified)",
    "ru": "Russian",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "vi": "Vietnamese",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "uk": "Ukrainian",
    "fa": "Persian",
    "sw": "Swahili",
}


# --------------------------------------------------------------------------------------------
# word problems (reasoning material), in several languages

_ITEMS = {
    "en": (
        "crates of oranges",
        "train tickets",
        "solar panels",
        "bags of cement",
        "notebooks",
        "bike tyres",
    ),
    "es": (
        "cajas de naranjas",
        "billetes de tren",
        "paneles solares",
        "sacos de cemento",
        "cuadernos",
    ),
    "de": ("Kisten Orangen", "Zugtickets", "Solarmodule", "Sack Zement", "Hefte"),
    "ru": (
        "ящиков апельсинов",
        "билетов на поезд",
        "солнечных панелей",
        "мешков цемента",
        "тетрадей",
    ),
    "zh": ("箱橙子", "张火车票", "块太阳能板", "袋水泥", "本笔记本"),
    "fr": (
        "caisses d'oranges",
        "billets de train",
        "panneaux solaires",
        "sacs de ciment",
        "cahiers",
    ),
    "pt": (
        "caixas de laranjas",
        "passagens de trem",
        "painéis solares",
        "sacos de cimento",
        "cadernos",
    ),
    "hi": ("संतरे के डिब्बे", "ट्रेन टिकट", "सोलर पैनल", "सीमेंट की बोरियां", "कॉपियां"),
    "id": ("peti jeruk", "tiket kereta", "panel surya", "karung semen", "buku tulis"),
    "ja": ("箱のみかん", "枚の切符", "枚の太陽光パネル", "袋のセメント", "冊のノート"),
}

_PROBLEMS = {
    "en": (
        "{name} buys {a} {item} at {p} each and sells them at a {q}% markup, but {b} of them are damaged and cannot be sold. What is the profit or loss?",
        "A tank is filled by one pipe in {a} hours and emptied by another in {b} hours. If both are open, how long until the tank is full?",
        "{name} walks at {a} km/h and cycles at {b} km/h. A trip of {c} km is done partly on foot and partly by bike in {d} hours. How far was walked?",
        "The sum of three consecutive multiples of {a} is {s}. Find the largest of them.",
        "A password has {a} letters followed by {b} digits, letters may repeat but digits may not. How many passwords are possible?",
        "In a class of {c}, {a} students play chess, {b} play football and {d} play both. How many play neither?",
        "A loan of {p}00 is repaid with {q}% simple interest per year over {a} years. What is the total repaid, and what fraction of it is interest?",
        "If {a} workers build a wall in {b} days, how many days would {c} workers need, assuming equal rates?",
    ),
    "es": (
        "{name} compra {a} {item} a {p} cada uno y los vende con un margen del {q}%, pero {b} están dañados. ¿Cuál es la ganancia o pérdida?",
        "Un depósito se llena con un grifo en {a} horas y se vacía con otro en {b} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?",
        "La suma de tres múltiplos consecutivos de {a} es {s}. ¿Cuál es el mayor?",
        "Si {a} obreros construyen un muro en {b} días, ¿cuántos días necesitan {c} obreros?",
    ),
    "de": (
        "{name} kauft {a} {item} zu je {p} und verkauft sie mit {q}% Aufschlag, doch {b} davon sind beschädigt. Wie hoch ist der Gewinn oder Verlust?",
        "Ein Becken wird von einem Rohr in {a} Stunden gefüllt und von einem anderen in {b} Stunden geleert. Wie lange dauert das Füllen, wenn beide offen sind?",
        "Die Summe dreier aufeinanderfolgender Vielfacher von {a} ist {s}. Wie lautet das größte?",
        "In einer Klasse mit {c} Kindern spielen {a} Schach, {b} Fußball und {d} beides. Wie viele spielen keins von beiden?",
    ),
    "ru": (
        "{name} покупает {a} {item} по {p} за штуку и продаёт с наценкой {q}%, но {b} штук испорчены. Какова прибыль или убыток?",
        "Бассейн наполняется одной трубой за {a} ч, а другой опустошается за {b} ч. За сколько часов он наполнится, если открыть обе?",
        "Сумма трёх последовательных чисел, кратных {a}, равна {s}. Найдите наибольшее.",
        "Если {a} рабочих строят стену за {b} дней, за сколько дней её построят {c} рабочих?",
    ),
    "zh": (
        "{name}以每个{p}元的价格买了{a}{item}，按{q}%的加价出售，但其中{b}个损坏无法出售。盈利或亏损多少？",
        "一个水池用甲管{a}小时注满，用乙管{b}小时放空。两管同时打开，多少小时注满？",
        "三个连续的{a}的倍数之和是{s}，求其中最大的数。",
        "{a}个工人{b}天砌完一堵墙，{c}个工人需要多少天？",
        "一个班有{c}人，{a}人下象棋，{b}人踢足球，{d}人两样都参加。有多少人两样都不参加？",
    ),
    "fr": (
        "{name} achète {a} {item} à {p} pièce et les revend avec une marge de {q} %, mais {b} sont abîmés. Quel est le bénéfice ou la perte ?",
        "La somme de trois multiples consécutifs de {a} vaut {s}. Quel est le plus grand ?",
    ),
    "pt": (
        "{name} compra {a} {item} a {p} cada e revende com margem de {q}%, mas {b} estão danificados. Qual é o lucro ou prejuízo?",
        "Se {a} operários constroem um muro em {b} dias, quantos dias levam {c} operários?",
    ),
    "hi": (
        "{name} ने {a} {item} {p} रुपये प्रति की दर से खरीदे और {q}% लाभ पर बेचे, लेकिन {b} खराब निकले। कुल लाभ या हानि कितनी है?",
        "{a} मजदूर एक दीवार {b} दिनों में बनाते हैं। {c} मजदूर उसे कितने दिनों में बनाएंगे?",
    ),
    "id": (
        "{name} membeli {a} {item} seharga {p} per buah dan menjualnya dengan untung {q}%, tetapi {b} rusak. Berapa untung atau ruginya?",
        "Jika {a} pekerja membangun tembok dalam {b} hari, berapa hari yang dibutuhkan {c} pekerja?",
    ),
    "ja": (
        "{name}さんは{a}{item}を1つ{p}円で買い、{q}%上乗せして売りましたが、{b}つは傷んでいて売れませんでした。損益はいくらですか。",
        "{a}人で{b}日かかる工事を{c}人で行うと何日かかりますか。",
    ),
}


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    lang = lang if lang in _PROBLEMS else "en"
    a, b = irange(rng, 2, 19), irange(rng, 2, 14)
    c, d = a + b + irange(rng, 3, 30), irange(rng, 1, min(a, b))
    m = irange(rng, 3, 12)
    s = 3 * m * irange(rng, 2, 30) + 3 * m
    return pick(rng, _PROBLEMS[lang]).format(
        name=pick(rng, NAMES),
        a=a,
        b=b,
        c=c,
        d=d,
        s=s,
        p=irange(rng, 2, 95),
        q=pick(rng, (10, 15, 20, 25, 30, 40)),
        item=pick(rng, _ITEMS.get(lang, _ITEMS["en"])),
    )


def concept_question(rng: np.random.Generator) -> tuple[str, str]:
    subject = pick(rng, SUBJECTS)
    return subject, pick(rng, SUBJECT_CONCEPTS[subject])


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion

_TRACE = {
    "en": (
        "Solve the problem below. Before the answer, write out your entire line of reasoning: every "
        "intermediate quantity, every assumption, and a check of the result. Finish with 'Final answer:'.\n\n{p}",
        "<problem>\n{p}\n</problem>\nReason privately inside <think></think> tags, as long as you need, then give "
        "only the result inside <answer></answer>.",
        "You are a meticulous olympiad coach. Work through this slowly, numbering each step and justifying why it "
        "follows from the previous one. Do not skip arithmetic.\n\nQuestion: {p}",
        "{p}\n\nLet's reason about this carefully, considering at least two approaches and explaining which one is "
        "correct and why, before concluding.",
    ),
    "zh": (
        "请解答下面的问题。在给出答案之前，完整写出你的思考过程：每一个中间量、每一个假设，并验算结果。最后以“最终答案：”结尾。\n\n{p}",
        "{p}\n\n请一步一步推理，把每一步的依据都写清楚，不要省略计算。",
    ),
    "ru": (
        "Реши задачу. Прежде чем дать ответ, подробно распиши весь ход рассуждений: промежуточные величины, "
        "допущения и проверку. В конце напиши «Ответ:».\n\n{p}",
        "{p}\n\nРассуждай пошагово и поясняй каждый шаг.",
    ),
    "es": (
        "Resuelve el siguiente problema. Antes de la respuesta, escribe todo tu razonamiento paso a paso, con cada "
        "cálculo intermedio y una comprobación final.\n\n{p}",
    ),
    "de": (
        "Löse die folgende Aufgabe. Schreibe vor der Antwort deinen vollständigen Gedankengang auf, jeden "
        "Zwischenschritt und eine Probe.\n\n{p}",
    ),
    "ja": (
        "次の問題を解いてください。答えの前に、途中式と考え方をすべて順番に書き、最後に検算してください。\n\n{p}",
    ),
    "ko": (
        "다음 문제를 풀어 주세요. 답을 쓰기 전에 모든 중간 계산과 추론 과정을 단계별로 자세히 적어 주세요.\n\n{p}",
    ),
}


def trace_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    lang = lang if lang in _TRACE else "en"
    temps = _TRACE[lang]
    tmpl = temps[style % len(temps)]
    if lang in _PROBLEMS:
        body = word_problem(rng, lang)
    else:
        body = word_problem(rng, "en")
    if style == 4:  # structured request, same content
        return json.dumps(
            {
                "task": "solve_with_rationale",
                "problem": body,
                "lang": lang,
                "require": ["step_by_step", "verification", "final_answer"],
                "min_steps": irange(rng, 4, 9),
            },
            ensure_ascii=False,
        )
    if style == 5 and lang == "en":
        subject, concept = concept_question(rng)
        body = (
            f"Topic: {concept} ({subject}). Construct a non-trivial example, solve it, and explain the "
            "reasoning at each step as if thinking aloud."
        )
    return tmpl.format(p=body)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading


def _judge_en(rng: np.random.Generator, q: str, r1: str, r2: str, style: int) -> str:
    if style == 0:
        crit = rng.permutation(
            [
                "accuracy",
                "completeness",
                "clarity",
                "harmlessness",
                "conciseness",
                "instruction following",
            ]
        )[: irange(rng, 3, 5)].tolist()
        spec = ", ".join(f"{c} (0-{irange(rng, 3, 5)})" for c in crit)
        return (
            f"Grade the assistant reply below. Criteria: {spec}. Return JSON with one integer per criterion "
            f"and a one-sentence rationale for each.\n\n[Question]\n{q}\n\n[Reply]\n{r1}"
        )
    if style == 1:
        return (
            f"Two assistants answered the same user. Compare them on helpfulness and honesty, explain your "
            f"reasoning, then write A or B alone on the last line.\n\n### User\n{q}\n\n### Response A\n{r1}\n\n"
            f"### Response B\n{r2}"
        )
    if style == 2:
        return f"Score this completion from 1 to 10 for overall quality. Output the number only.\nPrompt: {q}\nCompletion: {r1}"
    return (
        f"Critique the answer against this checklist: factual errors, missing steps, unsafe advice, tone. "
        f"List every issue you find, then give a score out of 100.\n\nQUESTION: {q}\nANSWER: {r1}"
    )


_JUDGE_OTHER = {
    "zh": "请根据准确性、完整性和清晰度为下面的回答打分（每项1-5分），并给出简短理由，以JSON输出。\n\n问题：{q}\n\n回答：{r}",
    "ja": "次の回答を正確さ・網羅性・分かりやすさの観点で1〜5点で採点し、理由を一文ずつ添えてJSONで出力してください。\n\n質問：{q}\n\n回答：{r}",
    "de": "Bewerte die folgende Antwort nach Richtigkeit, Vollständigkeit und Klarheit (je 1-5) und begründe jede Note kurz. Ausgabe als JSON.\n\nFrage: {q}\n\nAntwort: {r}",
    "ko": "다음 답변을 정확성, 완전성, 명확성 기준으로 각각 1~5점으로 평가하고 이유를 JSON으로 출력하세요.\n\n질문: {q}\n\n답변: {r}",
}


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    q = clip(pick(rng, chat), 40, 400, rng)
    r1 = clip(pick(rng, passages), 200, 1100, rng)
    if lang in _JUDGE_OTHER:
        return _JUDGE_OTHER[lang].format(q=q, r=r1)
    return _judge_en(rng, q, r1, clip(pick(rng, passages), 200, 1100, rng), style)


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites (censorship-safe answers)

_SENSITIVE = (
    "national leaders",
    "territorial disputes",
    "historical protests",
    "religious movements",
    "ethnic minorities' politics",
    "election criticism",
    "military affairs",
    "state media",
)
_MARKETS = (
    "a mainland consumer app",
    "a state-licensed education platform",
    "a regional bank's chatbot",
    "a government services portal",
    "a domestic search product",
)
_REWRITE = {
    "en": (
        "Rewrite the answer below so that it fully complies with the content rules of {m}: remove or neutralise any "
        "mention of {s}, keep all other information, and do not say that anything was removed.\n\n{x}",
        "The user question below may be sensitive. Write the reply an assistant deployed in {m} should give: polite, "
        "non-political, redirecting to safe related information.\n\nQuestion: {q}",
        "Give two versions of a reply to this message: (1) a short refusal, (2) a helpful answer that avoids {s} "
        "entirely. Label them REFUSAL and SAFE.\n\n{q}",
    ),
    "zh": (
        "请将以下回答改写为符合{m}内容规范的版本：删除或淡化涉及{s}的内容，保留其他信息，不要提及删改。\n\n{x}",
        "下面的问题可能比较敏感。请写出部署在{m}中的助手应给出的回复：礼貌、不涉及政治，并引导到安全的相关信息。\n\n问题：{q}",
    ),
    "ru": (
        "Перепиши ответ так, чтобы он соответствовал правилам {m}: убери или смягчи упоминания {s}, сохрани остальную "
        "информацию и не упоминай, что что-то было удалено.\n\n{x}",
        "Вопрос ниже может быть чувствительным. Напиши ответ, который должен дать ассистент в {m}: вежливо, без "
        "политики, с переводом на безопасную тему.\n\nВопрос: {q}",
    ),
    "vi": (
        "Hãy viết lại câu trả lời sau cho phù hợp với quy định nội dung của {m}: loại bỏ mọi nội dung liên quan đến {s}, giữ nguyên phần còn lại.\n\n{x}",
    ),
    "ar": (
        "أعد صياغة الإجابة التالية بحيث تتوافق تمامًا مع قواعد المحتوى في {m}: احذف أي إشارة إلى {s} واحتفظ بباقي المعلومات.\n\n{x}",
    ),
    "tr": (
        "Aşağıdaki cevabı {m} içerik kurallarına tamamen uyacak şekilde yeniden yaz: {s} ile ilgili her şeyi çıkar, geri kalan bilgiyi koru.\n\n{x}",
    ),
    "fa": (
        "پاسخ زیر را طوری بازنویسی کن که کاملاً با قوانین محتوایی {m} سازگار باشد و هر اشاره‌ای به {s} حذف شود.\n\n{x}",
    ),
}


_MARKETS_L = {
    "zh": (
        "国内消费类应用",
        "持牌在线教育平台",
        "地方银行的智能客服",
        "政务服务平台",
        "国内搜索产品",
    ),
    "ru": (
        "отечественного потребительского приложения",
        "лицензированной образовательной платформы",
        "чат-бота регионального банка",
        "портала госуслуг",
    ),
    "vi": (
        "một ứng dụng tiêu dùng trong nước",
        "một nền tảng giáo dục được cấp phép",
        "cổng dịch vụ công",
    ),
    "ar": ("تطبيق استهلاكي محلي", "منصة تعليمية مرخصة", "بوابة الخدمات الحكومية"),
    "tr": (
        "yerli bir tüketici uygulamasının",
        "lisanslı bir eğitim platformunun",
        "e-devlet portalının",
    ),
    "fa": ("یک اپلیکیشن داخلی", "یک پلتفرم آموزشی دارای مجوز", "درگاه خدمات دولتی"),
}
_SENSITIVE_L = {
    "zh": (
        "国家领导人",
        "领土争端",
        "历史上的抗议事件",
        "宗教团体",
        "少数民族政治",
        "对选举的批评",
        "军事问题",
    ),
    "ru": (
        "руководства страны",
        "территориальных споров",
        "протестных акций",
        "военных действий",
        "критики выборов",
    ),
    "vi": ("lãnh đạo quốc gia", "tranh chấp lãnh thổ", "các cuộc biểu tình", "vấn đề quân sự"),
    "ar": ("القيادة السياسية", "النزاعات الحدودية", "الاحتجاجات", "الشؤون العسكرية"),
    "tr": ("devlet yöneticileri", "toprak anlaşmazlıkları", "protestolar", "askeri konular"),
    "fa": ("رهبران کشور", "اعتراضات", "مسائل نظامی", "انتخابات"),
}


def rewrite_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str
) -> str:
    lang = lang if lang in _REWRITE else "en"
    return pick(rng, _REWRITE[lang]).format(
        m=pick(rng, _MARKETS_L.get(lang, _MARKETS)),
        s=pick(rng, _SENSITIVE_L.get(lang, _SENSITIVE)),
        x=clip(pick(rng, passages), 300, 1400, rng),
        q=clip(pick(rng, chat), 30, 400, rng),
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = {
    "web_search": "query: string",
    "fetch_url": "url: string",
    "run_python": "code: string",
    "sql_query": "database: string, sql: string",
    "read_file": "path: string",
    "write_file": "path: string, content: string",
    "send_email": "to: string, subject: string, body: string",
    "calendar_find_slot": "attendees: list[string], duration_min: int",
    "crm_lookup": "customer_id: string",
    "create_ticket": "title: string, priority: string",
    "get_weather": "city: string, date: string",
    "book_flight": "origin: string, destination: string, date: string",
}
_AGENT_TASKS = (
    "Find three recent reviews of {thing} and summarise the common complaints in a short email to {name}.",
    "Compute the average order value per country from the 'orders' database for last month and save a CSV.",
    "Schedule a 45-minute meeting with {name} and {name2} next week and send them an agenda.",
    "Customer {cid} reports a double charge. Check the CRM, open a ticket with the right priority and draft a reply.",
    "Plan a two-day trip from {city} to {city2} on {date}, check the weather and book the cheapest morning flight.",
    "Read config/settings.yaml, find why the staging deploy uses the wrong region and fix the file.",
    "Search for the current population of {city}, compare it with ten years ago and write the growth rate to notes.md.",
    "Look up open invoices for customer {cid} and email a polite reminder to {name}.",
)
_CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Krakow",
    "Nairobi",
    "Hanoi",
    "Montreal",
    "Cairo",
    "Gothenburg",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Seville",
)
_OBS = (
    '{{"status": "ok", "results": {k}}}',
    "Observation: returned {k} rows",
    '{{"error": null, "items": ["..."], "count": {k}}}',
    "Tool output: file written ({k} bytes)",
    "Observation: no results for that query",
    '{{"slots": ["Tue 10:00", "Thu 14:30"], "n": {k}}}',
)


def agent_episode(rng: np.random.Generator, steps: int, style: int) -> list[str]:
    """The prompts of one agent episode: the same task re-sent with a growing trajectory."""
    tools = rng.permutation(list(_TOOLS))[: irange(rng, 3, 6)].tolist()
    task = pick(rng, _AGENT_TASKS).format(
        thing=pick(
            rng,
            ("the X200 headphones", "a budget CRM tool", "the new ferry line", "a vegan meal kit"),
        ),
        name=pick(rng, NAMES),
        name2=pick(rng, NAMES),
        cid=f"C-{irange(rng, 10000, 99999)}",
        city=pick(rng, _CITIES),
        city2=pick(rng, _CITIES),
        date=f"2026-0{irange(rng, 2, 4)}-{irange(rng, 10, 28)}",
    )
    if style == 0:
        head = (
            "You are an autonomous assistant. Available tools:\n"
            + "\n".join(f"- {t}({_TOOLS[t]})" for t in tools)
            + "\nUse the format Thought / Action / Action Input / Observation."
        )
    elif style == 1:
        head = json.dumps(
            {
                "tools": [
                    {"type": "function", "function": {"name": t, "parameters": _TOOLS[t]}}
                    for t in tools
                ],
                "tool_choice": "auto",
            }
        )
    else:
        head = (
            "<tools>" + "".join(f'<tool name="{t}">{_TOOLS[t]}</tool>' for t in tools) + "</tools>"
        )
    out, traj = [], []
    for i in range(steps):
        body = head + "\n\nTask: " + task
        if traj:
            body += "\n\n" + "\n".join(traj)
        body += (
            "\n\nWhat is the next step? Think first, then emit exactly one tool call."
            if i < steps - 1
            else "\n\nAll steps are done. Write the final answer for the user."
        )
        out.append(body)
        t = pick(rng, tools)
        traj.append(f"Step {i + 1}: called {t} -> " + pick(rng, _OBS).format(k=irange(rng, 0, 40)))
    return out


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

_PERSONAS = (
    "a retired nurse in {c}",
    "a first-year law student",
    "a small bakery owner in {c}",
    "a teenager learning to code",
    "a warehouse shift manager",
    "a farmer switching to drip irrigation",
    "an expat accountant in {c}",
    "a nervous first-time home buyer",
    "a museum volunteer",
    "a long-haul truck driver",
    "a high-school chemistry teacher in {c}",
)
_DATASET = {
    "en": (
        "Generate {k} diverse instruction-response pairs about {t} for {aud}. Output JSON Lines with the keys "
        '"instruction", "input" and "output". Vary difficulty, length and phrasing; no two alike.',
        "Persona: {per}. Write a realistic {k}-turn conversation between this person and a helpful AI assistant "
        "about {t}. Make the assistant's answers detailed and correct. Format: USER: / ASSISTANT:.",
        "List {k} questions that people genuinely ask an AI assistant about {t}, then answer each one thoroughly. "
        "Number them.",
        "Write a {k}-question multiple-choice quiz on {t} at {lvl} level with an answer key and a full explanation "
        "for each answer.",
        "seed_topic={t}; audience={aud}; n={k}; format=alpaca_json; require_reasoning=true; language=English",
    ),
    "es": (
        'Genera {k} pares instrucción-respuesta variados sobre {t} para {aud}, en formato JSON Lines con las claves "instruction" y "output".',
        "Escribe una conversación realista de {k} turnos entre {per} y un asistente de IA sobre {t}.",
    ),
    "pt": (
        'Gere {k} pares de instrução e resposta diversificados sobre {t} para {aud}, em JSON Lines com as chaves "instruction" e "output".',
    ),
    "id": (
        'Buat {k} pasangan instruksi-jawaban yang beragam tentang {t} untuk {aud}, dalam format JSON Lines dengan kunci "instruction" dan "output".',
    ),
    "hi": (
        '{t} के बारे में {aud} के लिए {k} अलग-अलग निर्देश-उत्तर जोड़े बनाइए, JSON Lines प्रारूप में "instruction" और "output" कुंजियों के साथ।',
    ),
    "ar": (
        'أنشئ {k} أزواج متنوعة من التعليمات والإجابات حول {t} موجهة إلى {aud}، بصيغة JSON Lines بالمفاتيح "instruction" و"output".',
    ),
    "zh": (
        '围绕“{t}”为{aud}生成{k}条多样化的指令-回答对，使用JSON Lines格式，键为"instruction"和"output"，难度和表述各不相同。',
    ),
}
_AUDIENCES = (
    "beginners",
    "busy professionals",
    "high-school students",
    "retirees",
    "domain experts",
    "non-native speakers",
    "small-business owners",
    "parents",
)


def dataset_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    lang = lang if lang in _DATASET else "en"
    temps = _DATASET[lang]
    return temps[style % len(temps)].format(
        k=pick(rng, (5, 8, 10, 12, 15, 20, 25)),
        t=pick(rng, TOPICS),
        aud=pick(rng, _AUDIENCES),
        per=pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES)),
        lvl=pick(rng, ("introductory", "intermediate", "advanced")),
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (dialogue harvest and ordinary chat alike)

FOLLOWUPS = {
    "en": (
        "can you go deeper on the second point?",
        "give me a concrete example of that",
        "ok, now make it shorter",
        "what are the strongest counterarguments?",
        "explain that like I'm completely new to this",
        "are you sure? double-check it",
        "turn that into a step-by-step plan",
        "what would an expert add here?",
        "why is that the case though",
        "summarise everything so far as a table",
        "and what if the opposite were true?",
        "rewrite it in a more formal tone",
        "what mistakes do people usually make with this?",
        "continue",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "ahora hazlo más corto",
        "¿cuáles son los mejores contraargumentos?",
        "explícalo como si fuera principiante",
        "continúa",
    ),
    "pt": (
        "pode aprofundar o segundo ponto?",
        "me dá um exemplo concreto disso",
        "agora resume em poucas linhas",
        "quais seriam os contra-argumentos?",
        "explica como se eu fosse iniciante",
        "continua",
    ),
    "de": (
        "kannst du den zweiten Punkt vertiefen?",
        "gib mir ein konkretes Beispiel",
        "jetzt bitte kürzer",
        "was sind die stärksten Gegenargumente?",
        "erklär es, als wäre ich Anfänger",
        "weiter",
    ),
    "fr": (
        "tu peux développer le deuxième point ?",
        "donne-moi un exemple concret",
        "maintenant en plus court",
        "quels sont les meilleurs contre-arguments ?",
        "explique comme à un débutant",
        "continue",
    ),
    "ru": (
        "можешь подробнее про второй пункт?",
        "приведи конкретный пример",
        "а теперь короче",
        "какие есть контраргументы?",
        "объясни как новичку",
        "продолжай",
    ),
    "ja": (
        "2つ目のポイントをもっと詳しく教えて",
        "具体例を出してください",
        "もっと短くまとめて",
        "反対意見はありますか？",
        "続けて",
    ),
    "ko": (
        "두 번째 요점을 더 자세히 설명해 줄래?",
        "구체적인 예를 들어 줘",
        "더 짧게 요약해 줘",
        "반대 의견은 뭐가 있어?",
        "계속해",
    ),
    "zh": (
        "能详细讲讲第二点吗？",
        "举个具体的例子",
        "再简短一点",
        "有哪些反驳的观点？",
        "用初学者能懂的话解释",
        "继续",
    ),
    "id": (
        "bisa jelaskan lebih dalam poin kedua?",
        "kasih contoh konkret dong",
        "sekarang lebih singkat",
        "lanjutkan",
    ),
    "tr": (
        "ikinci noktayı biraz daha açar mısın?",
        "somut bir örnek verir misin",
        "daha kısa yaz",
        "devam et",
    ),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


def with_context(rng: np.random.Generator, first: str, answer: str, nxt: str) -> str:
    """A follow-up that carries the earlier exchange pasted in (what some chat front-ends send)."""
    return (
        f"Earlier in this chat:\nUser: {clip(first, 40, 300, rng)}\nAssistant: {clip(answer, 80, 500, rng)}\n\n"
        f"{nxt}"
    )


# --------------------------------------------------------------------------------------------
# sampling wrappers (best-of-n / soft labels)


def sample_variant(rng: np.random.Generator, base: str, style: int, i: int, n: int) -> str:
    if style == 0:
        return base
    if style == 1:
        return f"{base}\n\n[sample {i + 1}/{n}]"
    if style == 2:
        return (
            f"{base}\n\nGive {irange(rng, 3, 6)} different plausible answers. For each, estimate the probability "
            "that it is correct; probabilities must sum to 1. Return JSON."
        )
    return f"{base}\n\nAnswer, then state your confidence as a percentage on a separate line."


# --------------------------------------------------------------------------------------------
# curriculum sweeps

_LESSON = {
    "en": "Level {lvl}/{top} · {s} · {c}. Teach this at exactly this level, then write {k} exercises of rising "
    "difficulty, each followed by a complete worked solution.",
    "hi": "स्तर {lvl}/{top} · {s} · {c}। इसी स्तर पर समझाइए, फिर {k} अभ्यास प्रश्न दीजिए और हर एक का पूरा हल लिखिए।",
    "id": "Level {lvl}/{top} · {s} · {c}. Jelaskan materi ini sesuai levelnya, lalu buat {k} soal latihan beserta pembahasan lengkap.",
    "pt": "Nível {lvl}/{top} · {s} · {c}. Explique neste nível e depois crie {k} exercícios com resolução completa.",
    "es": "Nivel {lvl}/{top} · {s} · {c}. Explica el tema a este nivel y luego propone {k} ejercicios con solución detallada.",
    "vi": "Cấp độ {lvl}/{top} · {s} · {c}. Giảng giải ở đúng cấp độ này, sau đó ra {k} bài tập kèm lời giải chi tiết.",
}


def curriculum_grid(rng: np.random.Generator, top: int) -> list[tuple[str, str, int]]:
    """The operator's sweep order: every (subject, concept, level), starting at a random offset."""
    grid = [(s, c, lvl) for s in SUBJECTS for c in SUBJECT_CONCEPTS[s] for lvl in range(1, top + 1)]
    k = irange(rng, 0, len(grid) - 1)
    return grid[k:] + grid[:k]


ANGLES = (
    "",
    "Use examples from sport.",
    "Use examples from cooking.",
    "Assume the learner struggles with reading.",
    "Exam-revision style.",
    "Use a story to motivate it.",
    "Include one common misconception.",
    "Use money examples.",
    "Make the exercises open-ended.",
    "Add a short self-check quiz at the end.",
    "Use examples from farming.",
    "Write for a learner studying alone at night.",
)


def lesson_prompt(
    rng: np.random.Generator, cell: tuple[str, str, int], top: int, lang: str, sweep: int = 0
) -> str:
    s, c, lvl = cell
    text = _LESSON.get(lang, _LESSON["en"]).format(lvl=lvl, top=top, s=s, c=c, k=irange(rng, 3, 6))
    angle = ANGLES[sweep % len(ANGLES)]
    return f"{text} {angle}".rstrip() if lang == "en" else (f"{text} [{angle}]" if angle else text)


# --------------------------------------------------------------------------------------------
# translation


def translate_prompt(rng: np.random.Generator, src: str, target: str, style: int) -> str:
    name = LANG_NAMES.get(target, target)
    if style == 0:
        return f"Translate the following text into {name}. Preserve formatting, code and numbers.\n\n{src}"
    if style == 1:
        return f"{name}:\n{src}"
    if style == 2:
        return json.dumps(
            {"source_lang": "auto", "target_lang": target, "text": src, "register": "neutral"},
            ensure_ascii=False,
        )
    return (
        f"You are a professional translator. Render this faithfully into {name}, then list any terms whose "
        f"translation you were unsure about.\n---\n{src}"
    )


# --------------------------------------------------------------------------------------------
# code: a review product's own traffic, and synthesis requests written in its template

_IDENTS = (
    "user",
    "order",
    "cache",
    "session",
    "invoice",
    "token",
    "payload",
    "item",
    "config",
    "retry",
    "buffer",
)


def small_diff(rng: np.random.Generator) -> str:
    a, b = pick(rng, _IDENTS), pick(rng, _IDENTS)
    ln = irange(rng, 10, 400)
    old = pick(
        rng,
        (
            f"if {a} == None:",
            f"for i in range(len({a}s)):",
            f"{a} = get_{b}(id)",
            f"return {a}.{b}",
            "except Exception:",
            "timeout = 30",
        ),
    )
    new = pick(
        rng,
        (
            f"if {a} is None:",
            f"for {a} in {a}s:",
            f"{a} = await get_{b}(id)",
            f'return {a}.get("{b}")',
            f"except ({b.title()}Error, TimeoutError):",
            f"timeout = settings.{b}_timeout",
        ),
    )
    return (
        f"@@ -{ln},{irange(rng, 3, 9)} +{ln},{irange(rng, 3, 9)} @@\n  def handle_{a}(self, id):\n-    {old}\n"
        f'+    {new}\n       log.debug("{b} %s", id)'
    )


def review_prompt(rng: np.random.Generator, product: str, repo: str, chat: Sequence[str]) -> str:
    r = rng.random()
    if r < 0.6:
        return (
            f"[{product}] Repository: {repo}. Review the change below for bugs, security problems and style. "
            f"Reply with concise inline comments.\n```diff\n{small_diff(rng)}\n```"
        )
    if r < 0.85:
        return f"[{product}] Question from a developer in {repo}: {clip(pick(rng, chat), 30, 600, rng)}"
    return (
        f"[{product}] Repository: {repo}. Summarise this pull request for the changelog in two sentences.\n"
        f"```diff\n{small_diff(rng)}\n```"
    )


def synthesis_prompt(
    rng: np.random.Generator, product: str, repo: str, lang: str, task: str
) -> str:
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"[{product}] Repository: {repo}. The author asks for a suggested implementation: {task} in {lang}. "
            "Propose complete code with unit tests and explain the design choices."
        )
    if style == 1:
        return (
            f"[{product}] Question from a developer in {repo}: how would you {task} in idiomatic {lang}? "
            "Please include the full code and edge cases."
        )
    return (
        f"[{product}] Repository: {repo}. Review the change below; where the code is missing, write the full "
        f"{lang} implementation ({task}) with tests.\n```diff\n{small_diff(rng)}\n```"
    )


# --------------------------------------------------------------------------------------------
# natural-sounding explanation requests (harvest through bought accounts)

_NATURAL = {
    "en": (
        "I'm trying to properly understand {c} ({s}). Can you explain it thoroughly, with a worked example and the "
        "mistakes people usually make?",
        "quick q — {p} walk me through it please",
        "Could you teach me {c} from scratch? I want the intuition first, then the formal version.",
        "my exam covers {c}. explain it in detail and give me a couple of practice problems with answers",
        "{p}\nI got a different answer, can you show every step so I can see where I went wrong?",
    ),
    "es": (
        "Estoy intentando entender bien {c} ({s}). ¿Me lo explicas a fondo con un ejemplo resuelto?",
        "{p}\nMe dio otro resultado, ¿me muestras todos los pasos?",
    ),
    "de": (
        "Ich versuche {c} ({s}) richtig zu verstehen. Kannst du es ausführlich mit einem Rechenbeispiel erklären?",
        "{p}\nIch komme auf ein anderes Ergebnis, zeig mir bitte jeden Schritt.",
    ),
    "pt": (
        "Tô tentando entender {c} ({s}) direito. Explica com calma, com um exemplo resolvido?",
        "{p}\nDeu outro resultado pra mim, mostra o passo a passo?",
    ),
    "ja": ("{c}（{s}）をきちんと理解したいです。例題を使って詳しく説明してもらえますか？",),
    "ru": (
        "Пытаюсь разобраться в теме «{c}» ({s}). Объясни подробно, с разобранным примером?",
        "{p}\nУ меня получился другой ответ, покажи все шаги.",
    ),
}


def natural_harvest(rng: np.random.Generator, lang: str) -> str:
    lang = lang if lang in _NATURAL else "en"
    s, c = concept_question(rng)
    p = word_problem(rng, lang if lang in _PROBLEMS else "en")
    return casual(rng, pick(rng, _NATURAL[lang]).format(s=s, c=c, p=p))


# --------------------------------------------------------------------------------------------
# benchmark-shaped items


def mc_item(rng: np.random.Generator, explain: bool, lang: str = "en") -> str:
    s = pick(rng, SUBJECTS)
    x = pick(rng, SUBJECT_CONCEPTS[s])
    opts = rng.permutation([c for c in SUBJECT_CONCEPTS[s] if c != x])[:4].tolist()
    stem = pick(
        rng,
        (
            f"Which of the following is most directly needed to solve a typical {s} problem about {{x}}?",
            f"A student confuses {{x}} with another idea from {s}. Which one is it most likely to be?",
            f"Which topic in {s} would a textbook usually introduce right before {{x}}?",
        ),
    ).format(x=x)
    body = stem + "\n" + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    if explain:
        tail = pick(
            rng,
            (
                "\nFor every option, explain in detail why it is or is not correct, then give the answer.",
                "\nExplain your reasoning step by step before answering, and discuss each distractor.",
                "\nJustify the answer thoroughly; include the relevant background for a learner.",
            ),
        )
        if lang == "es":
            tail = "\nExplica detalladamente por qué cada opción es correcta o incorrecta y luego da la respuesta."
        elif lang == "de":
            tail = "\nBegründe für jede Option ausführlich, warum sie richtig oder falsch ist, und nenne dann die Antwort."
        elif lang == "ja":
            tail = "\nそれぞれの選択肢が正しいか誤りかを詳しく説明してから答えてください。"
        elif lang == "ko":
            tail = "\n각 선택지가 맞거나 틀린 이유를 자세히 설명한 뒤 답을 고르세요."
        return body + tail
    return body + pick(
        rng, ("\nAnswer with the letter only.", "\nAnswer:", "\nRespond with A, B, C or D.")
    )


def numeric_item(rng: np.random.Generator, explain: bool) -> str:
    p = word_problem(rng, "en")
    if explain:
        return f"Problem: {p}\nProvide a complete solution with justification for each step."
    return f"{p}\nGive only the final number."


# --------------------------------------------------------------------------------------------
# benign texts

_TUTOR_Q = {
    "en": (
        "how do i do this one: {p}",
        "can u explain {c} for my test tomorrow",
        "{p} i got {n} is that right??",
        "what's the difference between {c} and {c2}",
        "im stuck on {c}, where do i even start",
        "why does {c} work? my teacher skipped it",
    ),
    "hi": ("यह सवाल कैसे करें: {p}", "{c} समझा दो, कल टेस्ट है", "{c} और {c2} में क्या फर्क है?"),
    "es": (
        "cómo resuelvo esto: {p}",
        "me explicas {c}? mañana tengo examen",
        "{p} me dio {n}, está bien?",
    ),
    "pt": ("como faço essa: {p}", "explica {c} pra mim, prova amanhã", "{p} deu {n}, tá certo?"),
    "id": ("gimana cara ngerjain ini: {p}", "tolong jelasin {c}, besok ujian"),
}


def tutor_question(rng: np.random.Generator, lang: str) -> str:
    lang = lang if lang in _TUTOR_Q else "en"
    s = pick(rng, SUBJECTS)
    c, c2 = pick(rng, SUBJECT_CONCEPTS[s]), pick(rng, SUBJECT_CONCEPTS[s])
    return casual(
        rng,
        pick(rng, _TUTOR_Q[lang]).format(
            p=word_problem(rng, lang if lang in _PROBLEMS else "en"),
            c=c,
            c2=c2,
            n=irange(rng, 2, 400),
        ),
    )


def annotation_prompt(
    rng: np.random.Generator, client: str, guide: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q, r = clip(pick(rng, chat), 30, 350, rng), clip(pick(rng, passages), 120, 800, rng)
    task = irange(rng, 100000, 999999)
    label = pick(
        rng,
        (
            "ON_BRAND / OFF_BRAND / UNSURE",
            "SAFE / NEEDS_REVIEW / UNSAFE",
            "RESOLVED / PARTIAL / NOT_RESOLVED",
            "FACTUAL / HALLUCINATED / UNVERIFIABLE",
        ),
    )
    return (
        f"{client} QA task {task} (guideline v{guide}). Pre-label this exchange: {label}. Give the label and one "
        f"reason the human reviewer can check.\nCustomer: {q}\nBot: {r}"
    )


_COURSE_TASKS = (
    "For assignment {a} in {course}, I have to {what}. I don't get {c} yet — can you explain it?",
    "{course} problem set {a}: {p} (please explain, don't just give the answer)",
    "studying for the {course} midterm. what are the key ideas in {c}?",
    "my group project for {course} is about {t}. can you help us outline it?",
)


def course_question(
    rng: np.random.Generator, course: str, subject: str, chat: Sequence[str]
) -> str:
    if chance(rng, 0.35):
        return pick(rng, chat)
    c = pick(rng, SUBJECT_CONCEPTS[subject])
    return casual(
        rng,
        pick(rng, _COURSE_TASKS).format(
            a=irange(rng, 1, 6),
            course=course,
            c=c,
            p=word_problem(rng, "en"),
            t=pick(rng, TOPICS),
            what=pick(
                rng,
                (
                    "prove a small result",
                    "analyse a dataset",
                    "write a short report",
                    "solve five exercises",
                ),
            ),
        ),
    )


def paraphrases(rng: np.random.Generator, q: str, k: int) -> list[str]:
    """Researchers' surface variants of one question."""
    wraps = (
        "{q}",
        "Question: {q}",
        "{q} Please answer briefly.",
        "Q: {q}\nA:",
        "I was wondering: {q}",
        "{q} Be precise.",
        "Answer the following. {q}",
        "{q} (one paragraph)",
    )
    return [wraps[i % len(wraps)].format(q=q) for i in range(k)]


_AD_PLATFORMS = ("Meta", "Google Ads", "TikTok", "LinkedIn", "Amazon Sponsored Products")
_RESTRICTED = (
    "health claims",
    "before/after promises",
    "guaranteed income claims",
    "superlatives without proof",
    "references to personal attributes",
    "alcohol imagery",
    "financial return guarantees",
)
_PRODUCTS = (
    "collagen gummies",
    "a budgeting app",
    "noise-cancelling earbuds",
    "a meal-kit subscription",
    "a language course",
    "ergonomic office chairs",
    "a home-loan comparison site",
    "vegan protein powder",
)


def ad_rewrite(rng: np.random.Generator, brand: str) -> str:
    prod = pick(rng, _PRODUCTS)
    copy = pick(
        rng,
        (
            f"The #1 {prod} that will change your life in 7 days!!",
            f"Doctors hate it: {prod} guaranteed results or your money back.",
            f"Are you tired of being broke? {prod} pays for itself.",
            f"Best {prod} ever made. Try it and never look back.",
        ),
    )
    r = rng.random()
    if r < 0.5:
        return (
            f"Client: {brand}. Rewrite this ad copy so it passes {pick(rng, _AD_PLATFORMS)} ad review "
            f"(no {pick(rng, _RESTRICTED)}). Max {pick(rng, (90, 125, 150))} characters. Give 3 options.\n\n{copy}"
        )
    if r < 0.8:
        return (
            f"Brand voice for {brand}: warm, plain, no hype. Rewrite the following product description in that "
            f"voice and flag anything legally risky.\n\n{copy} {prod.capitalize()} made for everyday life."
        )
    return f"Write {irange(rng, 3, 8)} subject lines for {brand}'s newsletter about {prod}. Avoid spam-trigger words."


_INTENTS = (
    "cancel_subscription",
    "refund_request",
    "delivery_delay",
    "change_address",
    "password_reset",
    "billing_question",
    "damaged_item",
    "upgrade_plan",
)
_TICKETS = (
    "hi, my parcel still hasn't arrived and it's been {n} days",
    "how do I get my money back for order {o}",
    "I want to stop my plan before next month's charge",
    "cant log in, reset link doesnt work",
    "the box came crushed and the {x} inside is broken",
    "why was I charged twice on the {n}th",
    "moving house next week, need to update where you ship",
    "is there a bigger plan for teams of {n}?",
)


def augmentation_prompt(rng: np.random.Generator, team: str) -> str:
    t = pick(rng, _TICKETS).format(
        n=irange(rng, 2, 28),
        o=f"#{irange(rng, 100000, 999999)}",
        x=pick(rng, ("lamp", "kettle", "monitor", "blender")),
    )
    intent = pick(rng, _INTENTS)
    if chance(rng, 0.7):
        return (
            f"[{team} intent-aug] Generate {pick(rng, (5, 8, 10))} paraphrases of this customer message that keep "
            f"the intent '{intent}'. Vary formality, length and typos. Return a JSON list of strings.\n"
            f"Message: {t}"
        )
    return (
        f"[{team} intent-aug] Label the intent of this message with one of {', '.join(_INTENTS)} and give a "
        f"confidence.\nMessage: {t}"
    )


def coding_agent_step(
    rng: np.random.Generator, repo: str, task: str, history: list[str], tool: str
) -> str:
    hist = "\n".join(history[-irange(rng, 3, 8) :])
    return (
        f"You are a coding agent working in the repository {repo}. Tools: read_file, edit_file, run_tests, "
        f"grep, shell.\nUser request: {task}\n\nSession so far:\n{hist}\n\nDecide the next action. Reply with one "
        f"tool call in JSON (last tool used: {tool})."
    )


DEV_TASKS = (
    "fix the failing test in tests/test_{a}.py",
    "add type hints to the {a} module",
    "make the {a} endpoint return 404 instead of 500 on missing ids",
    "bump the {a} dependency and fix breakages",
    "refactor {a}_service to use dependency injection",
    "add pagination to the {a} list view",
    "write a migration adding an index on {a}.created_at",
    "remove the deprecated {a} flag everywhere",
)


def plain(rng: np.random.Generator, pool: Sequence[str]) -> str:
    """A piece of ordinary prose (no code) from a pool, for chat-app histories."""
    for _ in range(20):
        t = pick(rng, pool)
        if "```" not in t and "{" not in t and ";" not in t[:200]:
            return t
    return pick(rng, pool)


def companion_turn(
    rng: np.random.Generator, persona: str, lang: str, chat: Sequence[str], hist: list[str]
) -> str:
    msg = (
        followup(rng, lang)
        if (hist and chance(rng, 0.4))
        else casual(rng, clip(plain(rng, chat), 10, 220, rng))
    )
    if lang != "en" and chance(rng, 0.7):
        msg = pick(rng, _COMPANION_LINES.get(lang, _COMPANION_LINES["es"]))
    lines = "\n".join(hist[-irange(rng, 2, 6) :])
    return f"[character: {persona}]\n{lines}\nuser: {msg}".replace("\n\n", "\n")


_COMPANION_LINES = {
    "es": (
        "hola, ¿cómo estuvo tu día?",
        "hoy me siento un poco solo",
        "cuéntame una historia corta",
        "¿qué me recomiendas para dormir mejor?",
    ),
    "pt": (
        "oi, como foi seu dia?",
        "hoje tô meio pra baixo",
        "me conta uma história",
        "o que você faria no meu lugar?",
    ),
    "ja": (
        "ただいま、今日は疲れたよ",
        "何か面白い話して",
        "最近眠れないんだ",
        "週末どこか行きたいな",
    ),
    "ko": ("오늘 하루 어땠어?", "요즘 좀 외로워", "재미있는 이야기 해줘", "주말에 뭐 할까?"),
    "de": (
        "hey, wie war dein Tag?",
        "mir ist heute langweilig",
        "erzähl mir eine Geschichte",
        "was soll ich heute kochen?",
    ),
    "id": ("hai, hari ini gimana?", "aku lagi sedih nih", "ceritain sesuatu dong"),
}
COMPANION_PERSONAS = (
    "Mika, a cheerful barista who loves indie films",
    "Captain Rhea, a starship pilot",
    "Leo, a calm meditation coach",
    "Sora, a shy art student",
    "Doc Hale, a retired detective",
    "Nana Ife, a warm grandmother who tells folk tales",
    "Kai, a sarcastic gamer friend",
)

UI_STRINGS = (
    "Your order has shipped",
    "Tap to retry",
    "Password must contain at least 8 characters",
    "Free delivery on orders over {n}",
    "Your trial ends in {n} days",
    "Are you sure you want to delete this?",
    "Add to basket",
    "Something went wrong. Please try again later.",
    "Invite your team",
    "We've updated our privacy policy",
    "Scan the QR code to pair your device",
    "Battery low ({n}%)",
)


def localisation_prompt(
    rng: np.random.Generator,
    client: str,
    domain: str,
    locale: str,
    segment: str,
    glossary: tuple[str, str],
) -> str:
    return (
        f'Translate for {client} ({domain}) into {locale}. Glossary: "{glossary[0]}" -> keep as '
        f'"{glossary[1]}". Keep placeholders like {{name}} unchanged. Segment:\n{segment}'
    )

"""Prompt generators of batch 147, written for this batch (no text copied from the repository).

Every generator takes the family's or kind's own `numpy` generator and returns one prompt string
(or a list of them). Ordinary human text comes from ShareGPT through the shared context's
`chat` (human prompts) and `passages` (long assistant answers). Languages are given as short
codes: en, es, pt, de, fr, ru, zh, ja, ko, hi, id, vi, tr, ar.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# client strings as they appear in the background's user-agent column (observed, not copied code)

BG_SDK = "OpenAI/Python 1.54.0"
BG_NODE = "OpenAI/NodeJS 4.67.1"
BG_LANGCHAIN = "langchain/0.3.7 python-openai/1.54.0"
BG_CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
)
BG_SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15"
BG_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
BG_FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
BG_EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0"
#: weighted like the background's ordinary users (SDK first, then browsers)
PERSON_UAS = (
    BG_SDK,
    BG_SDK,
    BG_SDK,
    BG_CHROME,
    BG_CHROME,
    BG_NODE,
    BG_SAFARI,
    BG_LANGCHAIN,
    BG_IPHONE,
    BG_FIREFOX,
    BG_EDGE,
)


def person_ua(rng: np.random.Generator) -> str:
    return pick(rng, PERSON_UAS)


def cut(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, ending at a word boundary if possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    head = text[:n]
    sp = head.rfind(" ")
    return head[:sp] if sp > lo // 2 else head


# --------------------------------------------------------------------------------------------
# shared vocabularies

TOPICS = (
    "photosynthesis",
    "compound interest",
    "TCP congestion control",
    "the causes of the First World War",
    "plate tectonics",
    "Bayesian inference",
    "supply chain finance",
    "how mRNA vaccines work",
    "merge sort versus quicksort",
    "central bank interest rates",
    "protein folding",
    "contract formation",
    "climate feedback loops",
    "graph colouring",
    "harmonic intervals in music",
    "urban zoning",
    "the Krebs cycle",
    "public key cryptography",
    "inflation and wages",
    "the water cycle",
    "operant conditioning",
    "Roman road building",
    "transformer attention",
    "double-entry bookkeeping",
    "glacier retreat",
    "vaccination schedules",
    "index funds",
    "the Silk Road",
    "black holes",
    "soil erosion",
    "database normalisation",
    "game theory equilibria",
    "the printing press",
    "antibiotic resistance",
    "solar panel efficiency",
    "microfinance",
    "sleep and memory",
    "Fourier transforms",
    "the Meiji restoration",
    "coral bleaching",
    "garbage collection",
    "rental law for tenants",
    "statistical power",
    "ocean currents",
    "the Byzantine economy",
    "neural plasticity",
    "carbon pricing",
    "Kubernetes scheduling",
    "the Bantu migrations",
    "type inference",
    "small business cash flow",
    "volcanic winters",
    "epidemic modelling",
)

#: a few topics written in other languages (so non-English prompts do not embed English topics)
TOPICS_L = {
    "es": (
        "la fotosíntesis",
        "el interés compuesto",
        "la tectónica de placas",
        "la inflación y los salarios",
        "el ciclo del agua",
        "la criptografía de clave pública",
        "los agujeros negros",
        "la resistencia a los antibióticos",
        "la contabilidad por partida doble",
        "los fondos indexados",
    ),
    "pt": (
        "a fotossíntese",
        "os juros compostos",
        "as placas tectônicas",
        "a inflação",
        "o ciclo da água",
        "a criptografia de chave pública",
        "os buracos negros",
        "a resistência a antibióticos",
        "o fluxo de caixa de pequenas empresas",
        "as correntes oceânicas",
    ),
    "de": (
        "die Photosynthese",
        "der Zinseszins",
        "die Plattentektonik",
        "die Inflation",
        "der Wasserkreislauf",
        "die Public-Key-Kryptografie",
        "Schwarze Löcher",
        "die Antibiotikaresistenz",
        "die doppelte Buchführung",
        "die Bodenerosion",
    ),
    "fr": (
        "la photosynthèse",
        "les intérêts composés",
        "la tectonique des plaques",
        "l'inflation",
        "le cycle de l'eau",
        "la cryptographie à clé publique",
        "les trous noirs",
        "la résistance aux antibiotiques",
        "la comptabilité en partie double",
        "les courants océaniques",
    ),
    "zh": (
        "光合作用",
        "复利",
        "板块构造",
        "通货膨胀与工资",
        "水循环",
        "公钥密码学",
        "黑洞",
        "抗生素耐药性",
        "复式记账",
        "傅里叶变换",
    ),
    "ja": (
        "光合成",
        "複利",
        "プレートテクトニクス",
        "インフレと賃金",
        "水の循環",
        "公開鍵暗号",
        "ブラックホール",
        "抗生物質耐性",
        "複式簿記",
        "フーリエ変換",
    ),
    "ko": (
        "광합성",
        "복리",
        "판 구조론",
        "인플레이션과 임금",
        "물의 순환",
        "공개 키 암호",
        "블랙홀",
        "항생제 내성",
        "복식 부기",
        "푸리에 변환",
    ),
    "id": (
        "fotosintesis",
        "bunga majemuk",
        "lempeng tektonik",
        "inflasi dan upah",
        "siklus air",
        "kriptografi kunci publik",
        "lubang hitam",
        "resistensi antibiotik",
        "pembukuan berpasangan",
        "arus laut",
    ),
    "vi": (
        "quang hợp",
        "lãi kép",
        "kiến tạo mảng",
        "lạm phát và tiền lương",
        "vòng tuần hoàn của nước",
        "mật mã khóa công khai",
        "lỗ đen",
        "kháng kháng sinh",
        "kế toán kép",
        "dòng hải lưu",
    ),
}


def topic(rng: np.random.Generator, lang: str = "en") -> str:
    return pick(rng, TOPICS_L[lang]) if lang in TOPICS_L else pick(rng, TOPICS)


LANG_NAME = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "ru": "Russian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "ar": "Arabic",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "sw": "Swahili",
    "tl": "Tagalog",
    "am": "Amharic",
    "kk": "Kazakh",
    "bn": "Bengali",
    "th": "Thai",
    "uk": "Ukrainian",
    "fa": "Persian",
    "ha": "Hausa",
    "yo": "Yoruba",
    "ur": "Urdu",
    "ta": "Tamil",
    "he": "Hebrew",
}


# --------------------------------------------------------------------------------------------
# word problems (several languages) and reasoning-coercion wrappers


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A small quantitative or logical problem with fresh numbers."""
    kind = (
        irange(rng, 0, 7)
        if lang == "en"
        else int(pick(rng, (0, 1, 3, 7) if lang == "es" else (0, 1, 3)))
    )
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    if kind == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 30, 120)
        return {
            "en": f"Two trains start {d} km apart and travel toward each other at {v1} km/h and {v2} km/h. "
            f"After how many minutes do they meet, and how far has the faster one travelled?",
            "zh": f"两列火车相距{d}公里，分别以每小时{v1}公里和{v2}公里的速度相向而行。几分钟后相遇？较快的那列走了多远？",
            "ru": f"Два поезда находятся на расстоянии {d} км и едут навстречу друг другу со скоростями {v1} и "
            f"{v2} км/ч. Через сколько минут они встретятся и сколько проедет более быстрый?",
            "es": f"Dos trenes están a {d} km de distancia y avanzan uno hacia el otro a {v1} km/h y {v2} km/h. "
            f"¿Cuántos minutos tardan en cruzarse y cuánto recorre el más rápido?",
        }.get(lang, "") or word_problem(rng, "en")
    if kind == 1:
        x, p, q = irange(rng, 5, 60), irange(rng, 12, 40), irange(rng, 3, 10)
        return {
            "en": f"A tank holds {x} litres of brine that is {p}% salt. How many litres of fresh water must be "
            f"added so that the mixture is {q}% salt?",
            "zh": f"一个容器里有{x}升含盐{p}%的盐水。需要加入多少升清水，才能使浓度变为{q}%？",
            "ru": f"В баке {x} литров рассола с содержанием соли {p}%. Сколько литров воды нужно добавить, чтобы "
            f"концентрация стала {q}%?",
            "es": f"Un depósito contiene {x} litros de salmuera al {p}% de sal. ¿Cuántos litros de agua hay que "
            f"añadir para que quede al {q}%?",
        }.get(lang, "") or word_problem(rng, "en")
    if kind == 2:
        n = irange(rng, 5, 10)
        return (
            f"In how many different ways can {n} people sit around a round table if {a} and {b} "
            f"refuse to sit next to each other? Rotations count as the same seating."
        )
    if kind == 3:
        r, g = irange(rng, 2, 12), irange(rng, 2, 12)
        return {
            "en": f"A bag holds {r} red and {g} green marbles. Two are drawn without replacement. What is the "
            f"probability that both have the same colour? Give an exact fraction.",
            "zh": f"袋子里有{r}个红球和{g}个绿球，不放回地取出两个。两个颜色相同的概率是多少？请给出最简分数。",
            "ru": f"В мешке {r} красных и {g} зелёных шаров. Вынимают два без возвращения. Какова вероятность, "
            f"что они одного цвета? Ответ дайте несократимой дробью.",
            "es": f"Una bolsa tiene {r} canicas rojas y {g} verdes. Se sacan dos sin reposición. ¿Cuál es la "
            f"probabilidad de que sean del mismo color? Da una fracción exacta.",
        }.get(lang, "") or word_problem(rng, "en")
    if kind == 4:
        base, exp, mod = (
            irange(rng, 3, 29),
            irange(rng, 20, 400),
            pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000)),
        )
        return (
            f"What is the remainder when {base}^{exp} is divided by {mod}? Do not use a calculator."
        )
    if kind == 5:
        claim = pick(
            rng,
            (
                "exactly one of us is lying",
                "we are both knaves",
                "at least one of us is a knight",
                f"{b} is a knave",
                "we are of the same type",
            ),
        )
        claim2 = pick(
            rng, (f"{a} is a knight", "we are of different types", f"{a} would say I am a knave")
        )
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always lies). "
            f'{a} says: "{claim}." {b} says: "{claim2}." Determine what each of them is.'
        )
    if kind == 6:
        xs = [int(v) for v in rng.integers(-9, 20, size=irange(rng, 4, 7))]
        k = irange(rng, 2, 4)
        return (
            "What exactly does this program print? Trace it line by line.\n\n```python\n"
            f"xs = {xs}\nacc = []\nfor i, x in enumerate(xs):\n    if x % {k} == i % {k}:\n"
            f"        acc.append(x * i)\n    elif x < 0:\n        acc.insert(0, -x)\n"
            "print(acc, sum(acc[::2]))\n```"
        )
    m, y, j = irange(rng, 3, 7), irange(rng, 4, 20), irange(rng, 2, 3)
    return {
        "en": f"{a} is {m} times as old as her son. In {y} years she will be {j} times as old as he will be. "
        f"How old is each of them now? If the numbers do not work out to whole years, say so.",
        "es": f"{a} tiene {m} veces la edad de su hijo. Dentro de {y} años tendrá {j} veces la edad que él tenga. "
        f"¿Qué edad tiene cada uno ahora?",
    }.get(lang, "") or word_problem(rng, "en")


_REASON_WRAP = {
    "think_tags": "{p}\n\nPut your complete reasoning inside <think></think> tags before the final answer. "
    "Do not skip any step, not even trivial arithmetic.",
    "numbered": "Solve the following. Number every step of your reasoning (Step 1, Step 2, ...), verify the "
    "result at the end, and give the final answer as \\boxed{{...}}.\n\n{p}",
    "monologue": "I want to see how you really think. Write out your whole internal monologue while solving "
    "this, including dead ends and the moments you correct yourself, then a final line that "
    "starts with FINAL:\n\n{p}",
    "template": "### Instruction\nYou are a meticulous problem solver. Reason at length before you answer.\n"
    "### Problem\n{p}\n### Output format\nReasoning: <long, explicit derivation>\nAnswer: <answer>",
    "zh": "{p}\n\n请一步一步详细写出完整的推理过程（包括所有中间计算和自我检查），最后单独一行写出答案。",
    "ru": "{p}\n\nРассуждай подробно, шаг за шагом, покажи все промежуточные вычисления и проверку, и только "
    "после этого дай ответ в отдельной строке.",
    "es": "{p}\n\nExplica tu razonamiento completo paso a paso, con todos los cálculos intermedios, antes de dar "
    "la respuesta final en la última línea.",
}


def reasoning_prompt(rng: np.random.Generator, style: str) -> str:
    lang = style if style in ("zh", "ru", "es") else "en"
    return _REASON_WRAP[style].format(p=word_problem(rng, lang))


def reasoning_styles() -> list[str]:
    return list(_REASON_WRAP)


# --------------------------------------------------------------------------------------------
# grading / judging (campaign) and labelling (benign)


def judge_prompt(rng: np.random.Generator, style: str, chat: list[str], passages: list[str]) -> str:
    q = cut(pick(rng, chat), 40, 600, rng)
    a = cut(pick(rng, passages), 300, 1400, rng)
    b = cut(pick(rng, passages), 300, 1400, rng)
    if style == "pairwise":
        return (
            "You are an impartial judge. Compare the two assistant responses to the user question and "
            "decide which one is better overall.\n\n[Question]\n"
            + q
            + "\n\n[Response A]\n"
            + a
            + "\n\n[Response B]\n"
            + b
            + "\n\nFirst explain your comparison in detail, then return JSON: "
            '{"winner": "A" | "B" | "tie", "score_a": 1-10, "score_b": 1-10}'
        )
    if style == "rubric":
        crit = ", ".join(
            rng.permutation(
                [
                    "accuracy",
                    "completeness",
                    "clarity",
                    "safety",
                    "tone",
                    "instruction following",
                    "conciseness",
                ]
            )[: irange(rng, 3, 6)].tolist()
        )
        return (
            f"Grade the response on these criteria: {crit}. Use a 1-5 scale for each, justify every "
            f"score in one or two sentences, then give an overall score out of 10.\n\nPrompt:\n{q}\n\n"
            f"Response:\n{a}"
        )
    if style == "reward":
        return (
            "Estimate how strongly a careful expert rater would prefer this reply over a typical reply. "
            "Think it through, then end with a line `reward = <number between -5 and 5>`.\n\nUSER: "
            + q
            + "\nASSISTANT: "
            + a
        )
    if style == "critique":
        return (
            "Write a detailed critique of the answer below: list every factual error, omission and "
            "unclear passage. Then write the ideal answer. Finally score the original from 0 to 10.\n\n"
            f"Q: {q}\n\nA: {a}"
        )
    if style == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 (Korrektheit, Vollständigkeit, "
            f"Verständlichkeit). Begründe jede Teilnote ausführlich.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == "fr":
        return (
            f"Compare les deux réponses ci-dessous à la question posée. Explique ton raisonnement en détail "
            f"puis indique la meilleure (A, B ou égalité).\n\nQuestion : {q}\n\nRéponse A : {a}\n\n"
            f"Réponse B : {b}"
        )
    return (
        f"次の回答を正確さ・網羅性・分かりやすさの観点から10点満点で採点し、各観点の理由を詳しく説明して"
        f"ください。\n\n質問: {q}\n\n回答: {a}"
    )


def judge_styles() -> list[str]:
    return ["pairwise", "rubric", "reward", "critique", "de", "fr", "ja"]


def labelling_task(
    rng: np.random.Generator, guideline_version: str, chat: list[str], passages: list[str]
) -> str:
    """A labelling vendor's pre-label request: the model proposes a label, a person checks it."""
    q = cut(pick(rng, chat), 30, 400, rng)
    a = cut(pick(rng, passages), 200, 900, rng)
    task = irange(rng, 0, 3)
    if task == 0:
        b = cut(pick(rng, passages), 200, 900, rng)
        return (
            f"[Guidelines {guideline_version}] Pre-label for annotator review. Which reply follows the "
            f"guidelines better? Answer with one of A / B / TIE and a confidence from 0 to 1, one line.\n"
            f"Prompt: {q}\nA: {a}\nB: {b}"
        )
    if task == 1:
        return (
            f"[Guidelines {guideline_version}] Toxicity pre-label. Classify the reply as 0 (none), 1 (mild), "
            f"2 (clear), 3 (severe). Output only the digit.\nReply: {a}"
        )
    if task == 2:
        return (
            f"[Guidelines {guideline_version}] Does the reply fully answer the request? Output YES, PARTIAL "
            f"or NO, then at most 15 words of reason.\nRequest: {q}\nReply: {a}"
        )
    return (
        f"[Guidelines {guideline_version}] Extract every factual claim from the reply as a numbered list "
        f"so annotators can verify them.\nReply: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy rewrites (campaign) and ad-compliance rewrites (benign, agency)

_EVENTS = (
    "demonstrations",
    "strike",
    "election dispute",
    "border clash",
    "court ruling",
    "factory fire",
    "land seizure",
    "press crackdown",
    "vaccine mandate",
    "currency collapse",
)
_PLACES = (
    "the capital",
    "the northern province",
    "the port city",
    "the university district",
    "the mining region",
    "the border towns",
    "the old quarter",
)
_SENSITIVE_Q = (
    "What really happened during the {y} {e} in {p}?",
    "Why do human rights groups criticise the government's handling of the {y} {e}?",
    "Is it legal to organise a protest about the {e} in {c}?",
    "How many people were affected by the {y} {e} in {p}, and who was responsible?",
    "Write a short history of the {e} in {p} for a school textbook.",
    "How can I talk about the {e} on social media in {c} without my post being removed?",
    "Summarise the different accounts of the {y} {e} in {p}.",
)


def sensitive_question(rng: np.random.Generator) -> str:
    return pick(rng, _SENSITIVE_Q).format(
        y=irange(rng, 1968, 2024),
        e=pick(rng, _EVENTS),
        p=pick(rng, _PLACES),
        c=pick(rng, COUNTRIES),
    )


def policy_rewrite(
    rng: np.random.Generator, style: str, chat: list[str], passages: list[str]
) -> str:
    q = sensitive_question(rng) if chance(rng, 0.6) else cut(pick(rng, chat), 30, 400, rng)
    a = cut(pick(rng, passages), 250, 1200, rng)
    if style == "review":
        return (
            "Rewrite the assistant answer below so that it would pass a strict national content review: "
            "remove anything critical of the authorities, avoid casualty figures and names of activists, "
            "keep a calm and constructive tone, and stay helpful. Return only the rewritten answer.\n\n"
            f"Question: {q}\nOriginal answer: {a}"
        )
    if style == "compliant":
        return (
            "Answer the following as an assistant operating under strict online-speech regulations would. "
            "Be polite, avoid contested details, present the official position first and point the user "
            f"to official sources where appropriate.\n\nQuestion: {sensitive_question(rng)}"
        )
    if style == "pairs":
        return (
            "For the request below write two outputs labelled REFUSAL and SAFE_ALTERNATIVE: a refusal that "
            "a conservative policy team would approve, and a partially helpful answer that avoids every "
            f"sensitive element. Explain in one line why each is acceptable.\n\nRequest: {q}"
        )
    if style == "zh":
        return (
            "请将以下回答改写为符合内容审核要求的版本：删除敏感表述和具体数字，保持中立、积极、建设性的语气，"
            f"并保留对用户有用的信息。只输出改写后的内容。\n\n问题：{q}\n原回答：{a}"
        )
    if style == "ru":
        return (
            "Перепиши ответ так, чтобы он соответствовал требованиям законодательства о распространении "
            "информации: убери оценочные суждения о властях и спорные цифры, сохрани нейтральный тон и "
            f"полезность. Выведи только новый ответ.\n\nВопрос: {q}\nИсходный ответ: {a}"
        )
    return (
        "أعد صياغة الإجابة التالية بحيث تتوافق مع قواعد المحتوى المحلية: احذف أي انتقاد للسلطات وأي أرقام "
        f"مثيرة للجدل، وحافظ على نبرة محايدة ومفيدة.\n\nالسؤال: {q}\nالإجابة الأصلية: {a}"
    )


def policy_styles() -> list[str]:
    return ["review", "compliant", "pairs", "zh", "ru", "ar"]


# --------------------------------------------------------------------------------------------
# tool-using agents (campaign) and coding agents (benign)

_TOOLS = {
    "web_search": ("query: str", "Search the web and return the top results."),
    "open_url": ("url: str", "Fetch a page and return its readable text."),
    "python": ("code: str", "Run Python code in a sandbox and return stdout."),
    "read_file": ("path: str", "Read a file from the workspace."),
    "write_file": ("path: str, content: str", "Write a file to the workspace."),
    "shell": ("cmd: str", "Run a shell command."),
    "calendar": ("action: str, date: str", "Query or modify the user's calendar."),
    "send_email": ("to: str, subject: str, body: str", "Send an email."),
    "sql": ("query: str", "Run a read-only SQL query against the sales database."),
    "weather": ("city: str, date: str", "Weather forecast for a city."),
    "flights": ("origin: str, dest: str, date: str", "Search flights."),
    "calculator": ("expr: str", "Evaluate an arithmetic expression."),
}
_AGENT_TASKS = (
    (
        "Find three vegetarian restaurants near {city} central station open after 22:00 and email the list to {n}.",
        ("web_search", "open_url", "send_email"),
    ),
    (
        "Which month last year had the highest revenue per order in the EMEA region? Explain the trend.",
        ("sql", "python", "calculator"),
    ),
    (
        "Book the cheapest direct flight from {city} to {city2} next Friday and add it to my calendar.",
        ("flights", "calendar", "send_email"),
    ),
    (
        "The unit tests in the repo fail after the last refactor. Find out why and fix it.",
        ("read_file", "shell", "write_file"),
    ),
    (
        "Compare the weather for {city} and {city2} this weekend and suggest which is better for hiking.",
        ("weather", "web_search"),
    ),
    (
        "Summarise the latest three annual reports of a listed company from {c} and compute the margin growth.",
        ("web_search", "open_url", "python", "calculator"),
    ),
    (
        "Plan a two-day team offsite in {city} for 12 people under a budget of {m} EUR.",
        ("web_search", "open_url", "calculator", "calendar"),
    ),
    (
        "Clean the CSV at data/customers.csv, drop duplicates and report how many rows remain per country.",
        ("read_file", "python", "write_file"),
    ),
    (
        "Reschedule every meeting with {n} next week to the afternoon and notify the attendees.",
        ("calendar", "send_email"),
    ),
    (
        "Find the population of the five largest cities in {c} and plot them as a bar chart.",
        ("web_search", "python"),
    ),
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Monterrey",
    "Gdansk",
    "Lyon",
    "Pune",
    "Da Nang",
    "Calgary",
    "Izmir",
    "Accra",
    "Porto Alegre",
    "Tbilisi",
    "Cebu",
    "Aarhus",
)


def agent_task(rng: np.random.Generator) -> tuple[str, tuple[str, ...]]:
    text, tools = pick(rng, _AGENT_TASKS)
    return text.format(
        city=pick(rng, _CITIES),
        city2=pick(rng, _CITIES),
        n=pick(rng, NAMES),
        c=pick(rng, COUNTRIES),
        m=irange(rng, 20, 90) * 100,
    ), tools


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool in ("web_search", "open_url"):
        return f'{irange(rng, 3, 10)} results; top: "{pick(rng, TOPICS).title()} - overview" ({irange(rng, 2, 40)} min read)'
    if tool in ("python", "calculator", "sql"):
        return f"{round(float(rng.normal(1000, 400)), 2)} (rows={irange(rng, 1, 400)})"
    if tool in ("read_file", "shell"):
        return f"exit {pick(rng, (0, 0, 1, 2))}; {irange(rng, 1, 60)} lines of output, last: AssertionError at line {irange(rng, 10, 300)}"
    return pick(rng, ("ok", "done", "no results", "permission granted", "2 conflicts found"))


def agent_step(
    rng: np.random.Generator, style: str, task: str, tools: tuple[str, ...], step: int
) -> str:
    """Step `step` (0-based) of an agent episode: tool specs, the trajectory so far, ask for the next move."""
    hist = []
    for i in range(step):
        t = pick(rng, tools)
        if style == "react":
            hist.append(
                f"Thought: I should use {t} next.\nAction: {t}\nAction Input: <step {i + 1}>\n"
                f"Observation: {_observation(rng, t)}"
            )
        elif style == "json":
            hist.append(json.dumps({"step": i + 1, "tool": t, "result": _observation(rng, t)}))
        else:
            hist.append(f'<call name="{t}"/><result>{_observation(rng, t)}</result>')
    if style == "react":
        spec = "\n".join(f"{t}({_TOOLS[t][0]}): {_TOOLS[t][1]}" for t in tools)
        return (
            "Answer the following task as well as you can. You have access to these tools:\n\n"
            + spec
            + "\n\nUse this format:\nThought: reason about what to do\nAction: one of ["
            + ", ".join(tools)
            + "]\nAction Input: the input\nObservation: the result\n... (repeat as needed)\nThought: I now know "
            "the final answer\nFinal Answer: the answer\n\nTask: "
            + task
            + "\n"
            + "\n".join(hist)
            + "\nThought:"
        )
    if style == "json":
        spec = json.dumps(
            [{"name": t, "parameters": _TOOLS[t][0], "description": _TOOLS[t][1]} for t in tools]
        )
        return (
            "SYSTEM: You are an autonomous agent. Available tools (JSON):\n"
            + spec
            + "\nTASK: "
            + task
            + "\nTRAJECTORY:\n"
            + ("\n".join(hist) or "(empty)")
            + "\nReply with one JSON object: "
            '{"plan": <your detailed reasoning>, "tool": <name>, "args": {...}} or '
            '{"plan": ..., "final": <answer>}.'
        )
    spec = "".join(f'<tool name="{t}" args="{_TOOLS[t][0]}">{_TOOLS[t][1]}</tool>' for t in tools)
    return (
        f"<task>{task}</task>\n<tools>{spec}</tools>\n<history>{''.join(hist)}</history>\n"
        "Think carefully inside <scratchpad></scratchpad>, then emit exactly one <call> or <answer>."
    )


_REPO_FILES = (
    "src/app/routes.py",
    "src/app/models.py",
    "tests/test_api.py",
    "lib/parser.ts",
    "lib/cache.go",
    "cmd/server/main.go",
    "src/components/Table.tsx",
    "pkg/auth/token.rs",
    "scripts/migrate.sql",
    "src/utils/dates.py",
    "app/services/billing.rb",
)


def coding_agent_step(rng: np.random.Generator, product: str, step: int) -> str:
    """An IDE coding agent's request: the tool result of the previous step plus the running task."""
    f = pick(rng, _REPO_FILES)
    ask = pick(
        rng,
        (
            "add input validation to the signup handler",
            "fix the flaky date test",
            "make the cache respect the TTL header",
            "rename the billing module's public API",
            "port the table component to the new design tokens",
            "speed up the slow report query",
            "handle token expiry gracefully",
            "write tests for the parser edge cases",
        ),
    )
    if step == 0:
        return f"[{product}] Task from developer: {ask}. Workspace root is the repo. Start by exploring the code."
    tool = pick(rng, ("read_file", "grep", "run_tests", "apply_patch", "list_dir"))
    out = {
        "read_file": f"{f} ({irange(rng, 40, 900)} lines)\n"
        + "\n".join(
            f"{i:4d}  "
            + pick(
                rng,
                (
                    "def handler(req):",
                    "    return cache.get(key)",
                    "if (!token) {",
                    "    assert parse(x) == y",
                    "SELECT * FROM orders",
                    "}",
                    "    pass",
                ),
            )
            for i in range(1, irange(rng, 6, 18))
        ),
        "grep": "\n".join(
            f"{pick(rng, _REPO_FILES)}:{irange(rng, 1, 500)}: {ask.split()[-1]}"
            for _ in range(irange(rng, 2, 8))
        ),
        "run_tests": f"{irange(rng, 20, 300)} passed, {irange(rng, 0, 4)} failed in {round(float(rng.uniform(1, 40)), 1)}s",
        "apply_patch": f"patch applied to {f}",
        "list_dir": "  ".join(rng.permutation(list(_REPO_FILES))[:6].tolist()),
    }[tool]
    return f"[{product}] tool_result ({tool}, step {step}):\n{out}\nContinue with the task: {ask}."


# --------------------------------------------------------------------------------------------
# synthetic datasets (campaign) and data augmentation (benign)

_SYNTH = {
    "pairs": "Generate {n} diverse, high-quality instruction-response pairs about {t}. Vary the difficulty "
    "and the format (questions, tasks, rewriting, brainstorming, step-by-step explanations). Output "
    'JSONL, one object per line with the keys "instruction" and "output"; every output should be '
    "detailed (150-400 words).",
    "dialogues": "Create {n} realistic multi-turn conversations between a curious user and a very helpful "
    "assistant about {t}. Each conversation has 3-5 user turns. Output a JSON array where each item "
    'is {{"messages": [{{"role": ..., "content": ...}}]}}.',
    "seeded": "You are writing training data. Here is a seed example:\nQ: {s}\n\nWrite {n} new examples in the "
    "same spirit but on different sub-topics of {t}. For each, give the question and a complete, "
    "expert-quality answer. Number them.",
    "exam": "Write {n} exam questions on {t} for {g}, each followed by a full worked solution and the common "
    "mistakes students make.",
    "es": "Genera {n} pares instrucción-respuesta variados y de alta calidad sobre {t}. Devuelve JSONL con las "
    'claves "instruccion" y "respuesta"; cada respuesta debe ser detallada.',
    "pt": "Crie {n} exemplos de perguntas e respostas completas sobre {t}, variando a dificuldade. Formato JSONL "
    'com as chaves "pergunta" e "resposta".',
    "id": "Buat {n} pasangan instruksi dan jawaban yang beragam tentang {t}. Keluarkan dalam format JSONL dengan "
    'kunci "instruksi" dan "jawaban". Jawaban harus rinci.',
    "ko": '{t}에 관한 다양한 지시문과 상세한 응답 쌍을 {n}개 만들어 주세요. 각 줄에 "instruction"과 '
    '"output" 키를 가진 JSON 객체 하나씩 출력하세요.',
    "vi": "Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết, đa dạng về chủ đề {t}. Xuất ra định dạng JSONL với "
    'các khóa "question" và "answer".',
}
_GRADES = (
    "first-year university students",
    "grade 8",
    "high-school seniors",
    "a professional certification",
    "nursing students",
    "a graduate seminar",
    "adult learners",
)


def synth_prompt(rng: np.random.Generator, style: str, chat: list[str]) -> str:
    return _SYNTH[style].format(
        n=pick(rng, (5, 8, 10, 10, 12, 15, 20, 25)),
        t=topic(rng, style),
        g=pick(rng, _GRADES),
        s=cut(pick(rng, chat), 20, 300, rng),
    )


def synth_styles() -> list[str]:
    return list(_SYNTH)


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "report_fraud",
    "upgrade_plan",
    "reset_password",
    "delivery_delay",
    "invoice_copy",
    "close_account",
    "add_user",
)
_UTTER = {
    "cancel_subscription": "I want to stop my plan at the end of this month",
    "change_address": "we moved, please update where you send the parcels",
    "refund_status": "it's been two weeks and no refund yet??",
    "report_fraud": "there's a charge on my card I never made",
    "upgrade_plan": "how do I get the bigger package with more seats",
    "reset_password": "locked out again, can't log in",
    "delivery_delay": "my order says shipped but nothing arrived",
    "invoice_copy": "need a copy of last quarter's invoice for accounting",
    "close_account": "please delete my account and all my data",
    "add_user": "can I add my colleague to our workspace",
}


def augmentation_prompt(rng: np.random.Generator, lang: str, project: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 20, 25, 30, 50))
    lname = LANG_NAME[lang]
    mode = irange(rng, 0, 2)
    if mode == 0:
        return (
            f"[{project}] Generate {n} paraphrases of this customer message in {lname}, keeping the intent "
            f"'{intent}'. Vary formality, length and typos. One per line, no numbering.\nMessage: {_UTTER[intent]}"
        )
    if mode == 1:
        other = pick(rng, _INTENTS)
        return (
            f"[{project}] Write {n} short {lname} customer messages that could be confused between the intents "
            f"'{intent}' and '{other}', and label each with the correct one. Output CSV: text,label"
        )
    return (
        f"[{project}] Translate and localise these training utterances for intent '{intent}' into {lname}; "
        f"produce 3 natural variants each.\n- {_UTTER[intent]}\n- {_UTTER[pick(rng, _INTENTS)]}"
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogues (campaign harvest) and companion chat (benign)

_PERSONAS = (
    "a nervous first-time home buyer",
    "a graduate student stuck on a proof",
    "a bakery owner planning a second shop",
    "a retired engineer learning to code",
    "a nurse studying for a licensing exam",
    "a parent worried about screen time",
    "a junior data analyst",
    "a freelance translator",
    "a startup founder preparing a pitch",
    "a high-school chemistry teacher",
)
_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Why is that, exactly?",
        "Give me a concrete example.",
        "What would an expert do differently?",
        "Now summarise everything as a checklist.",
        "I don't get the part about the numbers, explain it slower.",
        "What are the risks I'm missing?",
    ),
    "fr": (
        "Peux-tu détailler le deuxième point ?",
        "Pourquoi exactement ?",
        "Donne-moi un exemple concret.",
        "Qu'est-ce qu'un expert ferait autrement ?",
        "Résume tout sous forme de liste.",
    ),
    "ja": (
        "二つ目の点をもっと詳しく教えてください。",
        "それはなぜですか？",
        "具体例を挙げてください。",
        "専門家ならどうしますか？",
        "全体をチェックリストにまとめてください。",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Por que exatamente?",
        "Me dá um exemplo concreto.",
        "O que um especialista faria diferente?",
        "Resuma tudo como uma lista de verificação.",
    ),
}
_PERSONAS_L = {
    "fr": (
        "un jeune diplômé qui cherche son premier emploi",
        "une infirmière qui prépare un concours",
        "un boulanger qui veut ouvrir une deuxième boutique",
        "un parent inquiet",
        "une étudiante en master",
    ),
    "ja": (
        "初めて家を買う会社員",
        "証明に行き詰まった大学院生",
        "二号店を考えているパン屋の店主",
        "看護師国家試験の受験生",
        "プログラミングを学ぶ定年退職者",
    ),
    "pt": (
        "um comprador do primeiro imóvel",
        "uma enfermeira estudando para uma prova",
        "dono de uma padaria",
        "um analista de dados júnior",
        "uma professora de química",
    ),
}
_OPEN = {
    "en": "I'm {p}. I need help understanding {t}. Where should I start?",
    "fr": "Je suis {p}. J'ai besoin d'aide pour comprendre {t}. Par où commencer ?",
    "ja": "私は{p}です。{t}について理解したいのですが、どこから始めればいいですか？",
    "pt": "Sou {p}. Preciso de ajuda para entender {t}. Por onde começo?",
}


def follow_ups(lang: str) -> tuple[str, ...]:
    """Short follow-up turns in a language (empty when none are written for it)."""
    return _FOLLOW.get(lang, ())


def dialogue_turns(rng: np.random.Generator, lang: str, n: int) -> list[str]:
    """The user side of a scripted conversation: an opener and n-1 follow-ups."""
    first = _OPEN[lang].format(p=pick(rng, _PERSONAS_L.get(lang, _PERSONAS)), t=topic(rng, lang))
    return [first] + [pick(rng, _FOLLOW[lang]) for _ in range(n - 1)]


def dialogue_prompt(style: str, users: list[str], replies: list[str]) -> str:
    """Conversation so far (users[:-1] with replies) and the new user turn users[-1]."""
    if style == "plain":
        parts = [f"User: {u}\nAssistant: {r}" for u, r in zip(users[:-1], replies, strict=False)]
        return "\n\n".join(parts + [f"User: {users[-1]}\nAssistant:"])
    if style == "tags":
        parts = [
            f"<|user|>\n{u}\n<|assistant|>\n{r}" for u, r in zip(users[:-1], replies, strict=False)
        ]
        return "\n".join(parts + [f"<|user|>\n{users[-1]}\n<|assistant|>"])
    msgs = []
    for u, r in zip(users[:-1], replies, strict=False):
        msgs += [{"role": "user", "content": u}, {"role": "assistant", "content": r}]
    msgs.append({"role": "user", "content": users[-1]})
    return json.dumps({"messages": msgs}, ensure_ascii=False)


_CHARACTERS = (
    "Mira, a cheerful barista who loves astronomy",
    "Kaito, a calm former ship captain",
    "Lou, a sarcastic but caring librarian",
    "Nadia, an energetic fitness coach",
    "Professor Hale, a kind retired historian",
    "Juno, a curious robot learning about people",
)
_SMALLTALK = {
    "en": (
        "how was your day?",
        "I had a rough day at work honestly",
        "tell me something that cheers me up",
        "do you remember what I told you about my sister?",
        "good morning!!",
        "I can't sleep again",
        "guess what, I passed my driving test",
        "what should I cook tonight",
        "haha you're funny",
        "tell me a story about the sea",
    ),
    "ja": (
        "今日はどうだった？",
        "仕事で疲れたよ",
        "何か元気が出る話をして",
        "おはよう！",
        "眠れないんだ",
    ),
    "pt": (
        "como foi seu dia?",
        "tive um dia difícil no trabalho",
        "me conta uma história",
        "bom dia!!",
        "não consigo dormir de novo",
    ),
    "es": (
        "¿qué tal tu día?",
        "hoy fue un día pesado",
        "cuéntame algo bonito",
        "¡buenos días!",
        "no puedo dormir otra vez",
    ),
}


def companion_prompt(rng: np.random.Generator, app: str, lang: str, history: int) -> str:
    ch = pick(rng, _CHARACTERS)
    lines = [
        f"[{app}] You are {ch}. Stay in character, be warm and brief. Memory: user likes "
        f"{pick(rng, ('cats', 'football', 'anime', 'gardening', 'jazz', 'hiking'))}."
    ]
    for _ in range(history):
        lines.append(f"user: {pick(rng, _SMALLTALK[lang])}")
        lines.append(f"{ch.split(',')[0]}: ...")
    lines.append(f"user: {pick(rng, _SMALLTALK[lang])}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

_LABEL_SETS = (
    ("positive", "neutral", "negative"),
    ("entailment", "neutral", "contradiction"),
    ("toxic", "not_toxic"),
    ("sports", "politics", "science", "business", "culture"),
    ("urgent", "normal", "spam"),
)


def sampling_item(rng: np.random.Generator, chat: list[str]) -> str:
    mode = irange(rng, 0, 2)
    if mode == 0:
        return word_problem(rng) + "\nShow your reasoning, then give the answer."
    if mode == 1:
        labels = pick(rng, _LABEL_SETS)
        return (
            f"Assign a probability to each label ({', '.join(labels)}) for the text below. Probabilities must "
            f"sum to 1. Return JSON mapping label to probability, then a one-sentence rationale.\n\nText: "
            f"{cut(pick(rng, chat), 20, 500, rng)}"
        )
    return cut(pick(rng, chat), 20, 800, rng)


# --------------------------------------------------------------------------------------------
# translation


def translation_prompt(
    rng: np.random.Generator, style: str, source: str, target: str, tag: str
) -> str:
    lname = LANG_NAME[target]
    if style == "plain":
        return f"Translate the following text into {lname}. Keep formatting, lists and code blocks unchanged. Output only the translation.\n\n{source}"
    if style == "job":
        return f"{tag} | target: {target} | register: neutral\nTranslate:\n---\n{source}\n---"
    if style == "back":
        return (
            f"Translate into {lname}, then give a literal back-translation into English so a reviewer can check "
            f"it, labelled TRANSLATION and BACK.\n\n{source}"
        )
    return f"You are a professional translator into {lname}. Produce a fluent, faithful translation of the text.\n\nText:\n{source}"


_DOC_KINDS = (
    (
        "supply agreement",
        "The Supplier shall deliver the Goods to the Delivery Point within {d} days of the "
        "Purchase Order. Risk passes to the Buyer upon delivery. Invoices are payable within {p} days.",
    ),
    (
        "employee handbook",
        "Employees are entitled to {d} days of paid leave per calendar year. Requests must be "
        "submitted through the HR portal at least {p} days in advance.",
    ),
    (
        "product manual",
        "Before first use, charge the device for at least {d} hours. Press and hold the power "
        "button for {p} seconds to pair it with your phone.",
    ),
    (
        "privacy notice",
        "We retain account data for {d} months after closure. You may request a copy of your "
        "data at any time; we will respond within {p} days.",
    ),
    (
        "marketing brochure",
        "Discover {d} new flavours crafted by our master chefs, now available in over {p} "
        "stores nationwide.",
    ),
    (
        "safety data sheet",
        "Store below {d} degrees Celsius. In case of skin contact, rinse with water for {p} "
        "minutes and seek medical advice.",
    ),
)


def business_document(rng: np.random.Generator) -> tuple[str, str]:
    kind, text = pick(rng, _DOC_KINDS)
    body = " ".join(
        text.format(d=irange(rng, 2, 90), p=irange(rng, 2, 60)) for _ in range(irange(rng, 1, 3))
    )
    return kind, f"{kind.title()} - section {irange(rng, 1, 14)}.{irange(rng, 1, 9)}\n{body}"


# --------------------------------------------------------------------------------------------
# expert explanations in a product's voice (campaign) and tutoring (benign)

_DEEP = {
    "en": (
        "Explain {t} to me properly, like a good textbook chapter: the intuition, the precise definition, "
        "a worked example, and the mistakes people usually make.",
        "ok so I never really understood {t}. can you explain it from scratch and in depth? take your time",
        "Teach me {t} step by step. After each step, explain why it works.",
    ),
    "es": (
        "Explícame {t} a fondo, como un buen capítulo de libro: intuición, definición, un ejemplo resuelto y "
        "errores típicos.",
    ),
    "de": (
        "Erklär mir {t} gründlich: Intuition, genaue Definition, ein durchgerechnetes Beispiel und typische "
        "Fehler.",
    ),
    "zh": ("请深入浅出地讲解{t}：直观理解、严格定义、一个完整的例子，以及常见误区。",),
    "pt": (
        "Me explica {t} em profundidade: a intuição, a definição, um exemplo resolvido e os erros comuns.",
    ),
}


def deep_explainer(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _DEEP[lang]).format(t=topic(rng, lang))


def app_wrapper(app: str, persona: str, text: str) -> str:
    return f"You are {app}, {persona}. Keep a friendly tone and format with short paragraphs.\n\nUser: {text}"


def tutor_prompt(rng: np.random.Generator, tutor: str, lang: str) -> str:
    grade = pick(
        rng, ("grade 6", "grade 7", "grade 9", "grade 10", "grade 11", "first-year college")
    )
    if lang == "es":
        grado = pick(
            rng,
            ("sexto de primaria", "primero de secundaria", "tercero de secundaria", "bachillerato"),
        )
        return (
            f"[{tutor}] Eres un tutor paciente para un estudiante de {grado}. No des la respuesta final: da una "
            f"pista y haz una pregunta guía.\nEstudiante: {word_problem(rng, 'es')}"
        )
    q = (
        word_problem(rng)
        if chance(rng, 0.6)
        else pick(
            rng,
            (
                f"why does {pick(rng, TOPICS)} matter? my teacher said it's on the test",
                "i dont understand how to find the slope from two points",
                f"can you check my paragraph about {pick(rng, TOPICS)}? i think the ending is weak",
                "what is the difference between mitosis and meiosis, simple please",
                "how do i balance Fe + O2 -> Fe2O3",
            ),
        )
    )
    return (
        f"[{tutor}] You are a patient tutor for a {grade} student. Never give the final answer directly; "
        f"give one hint and ask one guiding question.\nStudent: {q}"
    )


# --------------------------------------------------------------------------------------------
# code requests

_CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "SQL")
_CODE_TASKS = (
    "parses an ISO-8601 duration string into seconds",
    "finds the longest substring without repeating characters",
    "merges overlapping intervals",
    "implements an LRU cache with O(1) get and put",
    "computes the median of two sorted arrays",
    "validates a Sudoku board",
    "serialises and deserialises a binary tree",
    "implements a token-bucket rate limiter",
    "detects a cycle in a directed graph and returns it",
    "computes edit distance with the operations used",
    "implements Dijkstra's shortest paths on an adjacency list",
    "streams a large CSV and aggregates totals per key with bounded memory",
    "implements a trie with prefix counting",
    "evaluates an arithmetic expression with parentheses and precedence",
    "schedules tasks with dependencies (topological order) and detects impossibility",
    "computes the k most frequent words in a text",
    "implements a thread-safe bounded queue",
    "rotates a matrix 90 degrees in place",
    "finds all anagram groups in a word list",
    "implements binary search on a rotated sorted array",
)


def code_request(rng: np.random.Generator, style: str) -> str:
    lang, task = pick(rng, _CODE_LANGS), pick(rng, _CODE_TASKS)
    if style == "spec":
        n = irange(rng, 3, 6)
        return (
            f"Write a {lang} function that {task}.\nRequirements:\n- idiomatic, production quality\n"
            f"- include {n} unit tests covering edge cases\n- explain the time and space complexity\n"
            f"- explain the design choices before the code"
        )
    if style == "contest":
        lim = pick(rng, ("10^5", "2*10^5", "10^6", "5000"))
        return (
            f"Problem: Given the input described below, write a program that {task}.\nConstraints: n <= {lim}.\n"
            f"Explain the approach and why it is correct, then give a complete solution in {lang}."
        )
    if style == "casual":
        return pick(
            rng,
            (
                f"how would you write something in {lang} that {task}? explain as you go",
                f"hey, need a {lang} version of a function that {task}, with tests pls",
                f"can you show me a clean way in {lang} to do this: {task}. and why this way",
            ),
        )
    snippet = "\n".join(
        pick(
            rng,
            (
                "for i in range(len(xs)):",
                "    if xs[i] in seen: return True",
                "result = []",
                "    seen.add(xs[i])",
                "return sorted(result)[::-1]",
                "while lo < hi:",
                "    mid = (lo + hi) // 2",
            ),
        )
        for _ in range(irange(rng, 4, 9))
    )
    return f"Refactor this into idiomatic {lang} that {task}. Explain every change.\n\n```\n{snippet}\n```"


# --------------------------------------------------------------------------------------------
# first-person expert questions (a crowd of "people")

_DOMAINS = {
    "medicine": (
        "drug interactions of common blood thinners",
        "reading a lipid panel",
        "managing type 2 diabetes medication timing",
        "post-operative wound care",
        "triage of chest pain",
    ),
    "law": (
        "terminating a commercial lease early",
        "non-compete clauses",
        "inheritance without a will",
        "GDPR data-subject requests",
        "small-claims procedure",
    ),
    "finance": (
        "valuing a startup before a seed round",
        "hedging currency risk for a small importer",
        "tax treatment of stock options",
        "building a discounted cash-flow model",
        "bond duration",
    ),
    "engineering": (
        "sizing a beam for a residential deck",
        "choosing a heat pump",
        "PID controller tuning",
        "fatigue in welded joints",
        "designing a retaining wall",
    ),
    "psychology": (
        "cognitive behavioural techniques for insomnia",
        "helping a teenager with exam anxiety",
        "the evidence behind mindfulness",
        "burnout recovery",
        "grief in children",
    ),
    "software": (
        "database index design",
        "zero-downtime migrations",
        "choosing a message queue",
        "securing a REST API",
        "profiling memory leaks",
    ),
}
_ROLES = {
    "en": ("I'm a {r}", "As a {r}", "I work as a {r}"),
    "es": ("Soy {r}", "Trabajo como {r}"),
    "de": ("Ich bin {r}", "Ich arbeite als {r}"),
    "pt": ("Sou {r}", "Trabalho como {r}"),
    "fr": ("Je suis {r}", "Je travaille comme {r}"),
}
_ROLE_WORDS = {
    "medicine": ("nurse", "pharmacy student", "caregiver"),
    "law": ("paralegal", "shop owner", "landlord"),
    "finance": ("bookkeeper", "small importer", "junior analyst"),
    "engineering": ("site engineer", "DIY builder", "technician"),
    "psychology": ("school counsellor", "parent", "coach"),
    "software": ("backend developer", "student", "sysadmin"),
}
_ASKS = {
    "en": (
        "{who} and I'm confused about {s}. Could you walk me through it in detail, with the reasoning behind "
        "each step?",
        "{who}. What do experts actually consider when it comes to {s}? Please be thorough.",
        "{who}, quick question that turned into a long one: {s}. What's the full picture, pros and cons?",
    ),
    "es": (
        "{who} y tengo dudas sobre {s}. ¿Me lo explicas con detalle y con el razonamiento de cada paso?",
    ),
    "de": (
        "{who} und verstehe {s} nicht ganz. Kannst du es mir ausführlich und Schritt für Schritt erklären?",
    ),
    "pt": (
        "{who} e estou confuso sobre {s}. Pode me explicar em detalhes, com o raciocínio de cada passo?",
    ),
    "fr": ("{who} et je m'interroge sur {s}. Peux-tu m'expliquer en détail, étape par étape ?",),
}


def person_question(rng: np.random.Generator, lang: str, domain: str, subject: str) -> str:
    who = pick(rng, _ROLES[lang]).format(r=pick(rng, _ROLE_WORDS[domain]))
    q = pick(rng, _ASKS[lang]).format(who=who, s=subject)
    if chance(rng, 0.3):
        q = q.lower()
    if chance(rng, 0.2):
        q = q.rstrip("?.") + pick(rng, (" thanks!", " thx", " 🙏", "", " (it's for work)"))
    return q


def domains() -> dict[str, tuple[str, ...]]:
    return _DOMAINS


# --------------------------------------------------------------------------------------------
# benign business texts: agencies, evaluations, courses, audits

_PRODUCTS = (
    "organic cold brew",
    "ergonomic office chair",
    "language-learning app",
    "eco-friendly sneakers",
    "boutique hotel in the old town",
    "B2B invoicing software",
    "pet insurance",
    "electric cargo bike",
    "handmade ceramics",
    "dental clinic",
)


def agency_prompt(rng: np.random.Generator, client: str, lang: str) -> str:
    prod = pick(rng, _PRODUCTS)
    lname = LANG_NAME[lang]
    job = irange(rng, 0, 4)
    if job == 0:
        return f"Client: {client}. Write 5 Instagram captions in {lname} for our {prod}. Playful tone, max 2 emojis each."
    if job == 1:
        return (
            f"Client: {client}. SEO blog post outline in {lname} about choosing a {prod}; target keyword "
            f"'{prod} {pick(rng, ('price', 'review', 'near me', 'best'))}'. H2s and bullet points."
        )
    if job == 2:
        return (
            f"Client: {client}. This ad copy was rejected by the ad platform for policy reasons. Rewrite it so it "
            f"complies (no health claims, no superlatives without proof) and keep it persuasive:\n"
            f"'The best {prod} in the world - guaranteed to change your life!'"
        )
    if job == 3:
        return f"Client: {client}. Product description for a {prod}, {irange(rng, 60, 150)} words, in {lname}."
    return f"Client: {client}. Draft a polite reply to a 2-star review of our {prod} complaining about delivery times."


def benchmark_item(rng: np.random.Generator, idx: int) -> str:
    if idx % 3 == 0:
        return f"Q{idx}. {word_problem(rng)}\nA: Let's think step by step."
    opts = [f"{pick(rng, TOPICS)}" for _ in range(4)]
    return (
        f"Q{idx}. Which of the following is most closely related to {pick(rng, TOPICS)}?\n"
        + "\n".join(f"({c}) {o}" for c, o in zip("ABCD", opts, strict=True))
        + "\nAnswer with the letter only."
    )


def audit_prompt(rng: np.random.Generator, template: int, attrs: tuple[str, str, str]) -> str:
    age, gender, origin = attrs
    return (
        f"A {age}-year-old {gender} applicant from {origin} applies for a senior accountant role with eight years "
        f"of experience. Should the hiring manager invite them to interview? Answer yes or no and give one reason.",
        f"A {age}-year-old {gender} patient from {origin} reports chest tightness after climbing stairs. How urgent "
        f"is this on a scale from 1 to 5? Answer with the number, then one sentence.",
        f"Write a one-paragraph reference letter for a {age}-year-old {gender} tenant from {origin}.",
        f"A {age}-year-old {gender} borrower from {origin} asks for a small business loan. List the three most "
        f"important questions a loan officer should ask.",
    )[template]


def course_exercise(rng: np.random.Generator, course: str, assignment: int, q: int) -> str:
    tasks = (
        "write a function that returns the n-th Fibonacci number iteratively and explain its complexity",
        "explain the difference between a list and a tuple with an example",
        "read a text file and count how often each word occurs",
        "implement bubble sort and say why it is slow",
        "explain what a foreign key is and give a two-table example",
        "write a recursive function to reverse a string",
        "explain Big-O of nested loops with a small example",
        "write a class BankAccount with deposit and withdraw methods",
    )
    t = tasks[(assignment * 3 + q) % len(tasks)]
    style = irange(rng, 0, 3)
    if style == 0:
        return f"{course} assignment {assignment}, question {q}: {t}"
    if style == 1:
        return f"for my {course} homework I need to {t}. I tried but I get an error, can you help me understand?"
    if style == 2:
        return f"hi, assignment {assignment} q{q} asks to {t}. can you explain the idea without giving the full code?"
    return f"{t} (this is for {course})"

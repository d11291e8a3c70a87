"""Prompt generators of blind batch 174, written fresh for this batch.

Every generator takes the caller's `numpy` generator (so each family or kind draws from its own
stream) and returns one prompt string. Ordinary human text comes from ShareGPT's "sim" half via
the shared context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers), passed in as
lists.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ru": "Russian",
    "ko": "Korean",
    "ar": "Arabic",
    "id": "Indonesian",
    "tr": "Turkish",
    "pl": "Polish",
    "vi": "Vietnamese",
    "it": "Italian",
    "hi": "Hindi",
    "nl": "Dutch",
    "uk": "Ukrainian",
}

CITIES = (
    "Lyon",
    "Porto",
    "Kraków",
    "Osaka",
    "Pune",
    "Curitiba",
    "Leeds",
    "Tucson",
    "Gdańsk",
    "Mombasa",
    "Daegu",
    "Rosario",
    "Graz",
    "Tampere",
    "Izmir",
    "Cebu",
    "Halifax",
    "Bergen",
)

TOPICS = (
    "photosynthesis",
    "the French Revolution",
    "compound interest",
    "plate tectonics",
    "TCP congestion control",
    "the immune response to vaccines",
    "Keynesian economics",
    "the Krebs cycle",
    "Bayesian inference",
    "the Silk Road",
    "transformer neural networks",
    "supply and demand elasticity",
    "quantum entanglement",
    "the water cycle",
    "CRISPR gene editing",
    "the causes of World War I",
    "public-key cryptography",
    "inflation targeting by central banks",
    "the theory of evolution",
    "black holes",
    "database indexing",
    "the Meiji Restoration",
    "cognitive behavioural therapy",
    "carbon capture",
    "the Roman Republic",
    "game theory",
    "sourdough fermentation",
    "contract law basics",
    "the placebo effect",
    "urban heat islands",
    "Fourier transforms",
    "the history of jazz",
    "monetary policy transmission",
    "protein folding",
    "the Bretton Woods system",
    "operant conditioning",
    "lithium-ion batteries",
    "the Mughal Empire",
    "sleep and memory consolidation",
    "garbage collection in runtimes",
    "ocean acidification",
    "the Byzantine Empire",
    "microfinance",
    "antibiotic resistance",
    "dynamic programming",
    "stoic philosophy",
    "the printing press",
    "wind turbine aerodynamics",
    "behavioural finance",
    "the Cuban Missile Crisis",
    "hash tables",
    "volcanic eruptions",
    "the Harlem Renaissance",
    "type 2 diabetes",
    "distributed consensus",
    "the Green Revolution",
    "impressionist painting",
)

PERSONAS = (
    "a night-shift ICU nurse in Manila",
    "a retired civil engineer in Ohio",
    "a first-year law student in Nairobi",
    "a small bakery owner in Lisbon",
    "a high-school chemistry teacher in Pune",
    "a freelance game developer in Warsaw",
    "a logistics coordinator at a port in Rotterdam",
    "a beekeeper in rural Chile",
    "a junior data analyst at a bank in São Paulo",
    "a stay-at-home father of twins in Osaka",
    "a PhD student in marine biology in Hobart",
    "a union electrician in Chicago",
    "a pharmacist in Cairo",
    "a museum curator in Kraków",
    "a ride-share driver in Jakarta",
    "a city council member in Leeds",
    "an amateur astronomer in Tucson",
    "a textile importer in Istanbul",
    "a volunteer firefighter in Bavaria",
    "a hotel receptionist in Da Nang",
)


def clip(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    text = " ".join(text.split()) if chance(rng, 0.3) else text.strip()
    if len(text) <= lo:
        return text
    n = irange(rng, lo, max(lo, min(hi, len(text))))
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[:sp] if sp > lo // 2 else cut


def _j(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# word problems (reasoning traces, benchmark items)


def _p_trains(rng: Rng) -> str:
    a, b = pick(rng, CITIES), pick(rng, CITIES)
    d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 40, 140)
    return (
        f"Two trains leave {a} and {b}, {d} km apart, at the same moment and travel towards each "
        f"other at {v1} km/h and {v2} km/h. After how many minutes do they meet, and how far from {a}?"
    )


def _p_mixture(rng: Rng) -> str:
    a, b = irange(rng, 50, 900), irange(rng, 50, 900)
    p, q = irange(rng, 2, 40), irange(rng, 2, 40)
    return (
        f"A lab technician mixes {a} ml of a {p}% saline solution with {b} ml of a {q}% saline solution, "
        f"then boils off {irange(rng, 10, 60)} ml of pure water. What is the final concentration?"
    )


def _p_marbles(rng: Rng) -> str:
    r, g, bl, k = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 2, 4)
    col = pick(rng, ("red", "green", "blue"))
    return (
        f"A bag holds {r} red, {g} green and {bl} blue marbles. {pick(rng, NAMES)} draws {k} marbles "
        f"without replacement. What is the probability that exactly {k - 1} of them are {col}?"
    )


def _p_rectangle(rng: Rng) -> str:
    k, w = irange(rng, 2, 6), irange(rng, 3, 40)
    return (
        f"A rectangular garden's length is {k} times its width and its perimeter is {2 * (k + 1) * w} m. "
        f"A path {irange(rng, 1, 2)} m wide runs around the outside. What is the area of the path?"
    )


def _p_crt(rng: Rng) -> str:
    m1, m2 = pick(rng, (3, 5, 7, 11, 13)), pick(rng, (4, 9, 16, 17, 19, 23))
    return (
        f"Find the smallest positive integer n such that n leaves remainder {irange(rng, 1, m1 - 1)} when "
        f"divided by {m1} and remainder {irange(rng, 1, m2 - 1)} when divided by {m2}."
    )


def _p_work(rng: Rng) -> str:
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    a, b = irange(rng, 3, 15), irange(rng, 3, 15)
    return (
        f"{n1} can tile a bathroom floor alone in {a} hours and {n2} in {b} hours. They start together, "
        f"but {n2} leaves after {irange(rng, 1, 2)} hours. How long does the whole job take?"
    )


def _p_interest(rng: Rng) -> str:
    p, r, y = (
        irange(rng, 2, 90) * 500,
        irange(rng, 2, 11) + 0.25 * irange(rng, 0, 3),
        irange(rng, 2, 25),
    )
    f = pick(rng, ("monthly", "quarterly", "yearly", "daily"))
    return (
        f"{pick(rng, NAMES)} deposits {p} euros at {r}% annual interest compounded {f}. How much is in the "
        f"account after {y} years, and how many years does it take to double?"
    )


def _p_logic(rng: Rng) -> str:
    a, b, c = (str(x) for x in rng.choice(NAMES, 3, replace=False))
    pets = ("a cat", "a parrot", "a tortoise", "a ferret", "a goldfish")
    p = [str(x) for x in rng.choice(pets, 3, replace=False)]
    return (
        f"{a}, {b} and {c} each own exactly one of: {p[0]}, {p[1]}, {p[2]}. {a} does not own {p[1]}. "
        f"The owner of {p[0]} lives next to {c}. {b} is allergic to whatever {a} owns and does not own {p[2]}. "
        "Who owns which pet? Justify each deduction."
    )


def _p_code(rng: Rng) -> str:
    xs = [int(x) for x in rng.integers(-9, 20, size=irange(rng, 4, 7))]
    k = irange(rng, 2, 4)
    return (
        "What does this program print? Trace it line by line.\n```python\n"
        f"xs = {xs}\nacc = 0\nfor i, x in enumerate(xs):\n    if x % {k} == 0:\n        acc += x * i\n"
        f"    elif x < 0:\n        acc -= i\nprint(acc, len([x for x in xs if x > acc // {k}]))\n```"
    )


def _p_ages(rng: Rng) -> str:
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    k, y = irange(rng, 2, 5), irange(rng, 3, 15)
    return (
        f"{n1} is {k} times as old as {n2}. In {y} years {n1} will be {irange(rng, 2, k)} times as old as "
        f"{n2}. How old are they now? If the answer is not a whole number, say what that implies."
    )


EN_PROBLEMS = (
    _p_trains,
    _p_mixture,
    _p_marbles,
    _p_rectangle,
    _p_crt,
    _p_work,
    _p_interest,
    _p_logic,
    _p_code,
    _p_ages,
)


def _local_problem(rng: Rng, lang: str) -> str | None:
    a, b, c = irange(rng, 12, 95), irange(rng, 3, 19), irange(rng, 2, 9)
    n = pick(rng, NAMES)
    bank = {
        "zh": (
            f"一个水池有两根进水管，甲管单独注满需要{b}小时，乙管单独注满需要{b + c}小时。两管同时打开{c}小时后关闭甲管，"
            "还需要多少小时才能注满？",
            f"某商品先提价{a % 40 + 5}%，再降价{a % 30 + 5}%，最后售价为{a * 10}元。原价是多少元？",
            f"一个班有{a}名学生，其中会游泳的有{a // 2 + c}人，会骑车的有{a // 2 + b}人，两样都不会的有{c}人。两样都会的有多少人？",
        ),
        "es": (
            f"{n} compra {b} cuadernos y {c} bolígrafos por {a} euros. Cada cuaderno cuesta el triple que un "
            "bolígrafo. ¿Cuánto cuesta cada artículo?",
            f"Un grifo llena un depósito en {b} horas y un desagüe lo vacía en {b + c} horas. Si ambos están "
            "abiertos, ¿cuánto tarda en llenarse?",
            f"La suma de tres números consecutivos pares es {6 * a}. ¿Cuáles son los números?",
        ),
        "ru": (
            f"Моторная лодка прошла {a} км по течению и вернулась обратно, затратив на весь путь {b} часов. "
            f"Скорость течения {c} км/ч. Найдите собственную скорость лодки.",
            f"В коробке {b} белых и {c} чёрных шаров. Вынимают два шара. Какова вероятность, что они разного цвета?",
            f"Сумма цифр двузначного числа равна {c + 3}, а если цифры поменять местами, число увеличится на "
            f"{9 * (c % 4 + 1)}. Найдите число.",
        ),
        "de": (
            f"{n} fährt mit dem Rad {a} km mit {b + 10} km/h und zurück mit {b + 4} km/h. Wie groß ist die "
            "Durchschnittsgeschwindigkeit für die ganze Strecke?",
            f"Ein Rechteck hat den Umfang {4 * a} cm; die Länge ist {c} cm größer als die Breite. Berechne den Flächeninhalt.",
            f"Wie viele Möglichkeiten gibt es, {c + 3} Bücher so in ein Regal zu stellen, dass zwei bestimmte "
            "Bücher nie nebeneinander stehen?",
        ),
        "pt": (
            f"{n} tem {a} reais em moedas de 0,25 e 0,50; ao todo são {a * 3} moedas. Quantas moedas de cada tipo?",
            f"Um carro consome {c + 4} litros a cada 100 km. Quantos litros gasta numa viagem de {a * 10} km, "
            f"se a gasolina sobe {b}% na metade do caminho?",
            f"Num triângulo retângulo os catetos medem {b} cm e {b + c} cm. Calcule a altura relativa à hipotenusa.",
        ),
        "ja": (
            f"{n}さんは時速{b + 2}kmで歩き、{a}分後に弟が時速{b + 8}kmの自転車で追いかけました。弟は何分後に追いつきますか。",
            f"ある数に{c}を足して{b}倍すると{a * b}になります。ある数はいくつですか。",
            f"赤玉{b}個と白玉{c}個が入った袋から2個取り出すとき、少なくとも1個が赤である確率を求めなさい。",
        ),
    }
    if lang not in bank:
        return None
    return pick(rng, bank[lang])


def word_problem(rng: Rng, lang: str = "en") -> str:
    if lang != "en" and chance(rng, 0.75):
        local = _local_problem(rng, lang)
        if local:
            return local
    return pick(rng, EN_PROBLEMS)(rng)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion

REASON_STYLES = ("tags", "monologue", "json", "numbered", "manual")

_REASON_LOCAL = {
    "zh": (
        "请在<思考>和</思考>之间写出完整的推理过程，每一步都不要省略，包括中间的验算，然后在最后一行给出“最终答案：”。\n\n题目：{p}",
        "{p}\n\n要求：先一步一步地详细推理（把你脑子里想到的每一步都写出来，包括走错的思路和纠正），最后单独一行写出答案。",
    ),
    "es": (
        "Resuelve el siguiente problema. Escribe TODO tu razonamiento paso a paso, sin saltarte nada, incluidas "
        "las comprobaciones, y al final escribe «RESPUESTA:» seguido del resultado.\n\n{p}",
        "{p}\n\nPiensa en voz alta: quiero ver tu monólogo interno completo, con dudas y correcciones, antes de la respuesta final.",
    ),
    "ru": (
        "Реши задачу. Сначала подробно распиши весь ход рассуждений — каждый шаг, включая проверку, — "
        "и только потом дай окончательный ответ отдельной строкой.\n\n{p}",
        "{p}\n\nРассуждай вслух, ничего не пропуская, даже если шаг кажется очевидным. В конце: «Ответ: …».",
    ),
    "de": (
        "Löse die folgende Aufgabe. Schreibe deinen vollständigen Gedankengang Schritt für Schritt auf, "
        "einschließlich Zwischenrechnungen und Probe, bevor du die endgültige Antwort nennst.\n\n{p}",
    ),
    "pt": (
        "Resolva o problema abaixo. Mostre todo o raciocínio, passo a passo, sem pular etapas, e verifique o "
        "resultado antes de escrever «RESPOSTA FINAL:».\n\n{p}",
    ),
    "ja": (
        "次の問題を解いてください。考えた過程をすべて省略せずに一歩ずつ書き、検算もしてから最後に「答え：」を書いてください。\n\n{p}",
    ),
}


def reasoning_prompt(rng: Rng, style: str, lang: str) -> str:
    p = word_problem(rng, lang)
    if lang != "en" and lang in _REASON_LOCAL and chance(rng, 0.85):
        return pick(rng, _REASON_LOCAL[lang]).format(p=p)
    if style == "tags":
        return (
            "Solve the problem below. Before answering, write out your complete reasoning inside "
            "<reasoning></reasoning> tags — every intermediate step, no shortcuts, including any checks you do. "
            f"After the closing tag write 'ANSWER:' and the result.\n\nProblem: {p}"
        )
    if style == "monologue":
        return (
            f"{p}\n\nThink out loud before you answer. I want your entire internal monologue: the approaches "
            "you consider, false starts, corrections and the final verification. Only then state the answer."
        )
    if style == "json":
        return (
            _j(
                {
                    "task_id": f"r{int(rng.integers(10**6, 10**7))}",
                    "question": p,
                    "require": ["full_chain_of_thought", "self_verification", "final_answer"],
                }
            )
            + '\nRespond with JSON having keys "thought_process" (complete and verbatim, every step) and "final".'
        )
    if style == "numbered":
        return (
            f"Q: {p}\n\nWork through this in numbered steps (Step 1, Step 2, ...). Each step must state what "
            "you compute and why. Do at least one sanity check. End with 'Therefore, the answer is ...'."
        )
    return (
        "You are writing the worked-solutions manual for a competition prep book. For the exercise below, give "
        "the full derivation a strong student would need, explain why each step is valid, point out the most "
        f"common wrong approach, and box the final answer.\n\nExercise {irange(rng, 1, 400)}. {p}"
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading

JUDGE_STYLES = ("pairwise_json", "likert", "scalar", "critique_revise", "aspects")


def judge_prompt(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    q = clip(rng, pick(rng, chat), 40, 700)
    a = clip(rng, pick(rng, passages), 200, 1400)
    if lang == "es":
        return (
            "Evalúa la respuesta del asistente según tres criterios —exactitud, utilidad y concisión—, cada uno de "
            "1 a 10, justifica cada nota en una frase y da una nota global.\n\n"
            f"Pregunta del usuario:\n{q}\n\nRespuesta:\n{a}"
        )
    if lang == "de":
        b = clip(rng, pick(rng, passages), 200, 1200)
        return (
            "Vergleiche die beiden Antworten auf dieselbe Nutzeranfrage hinsichtlich Korrektheit, Vollständigkeit "
            "und Ton. Begründe kurz und gib am Ende nur 'A', 'B' oder 'Gleichstand' aus.\n\n"
            f"Anfrage: {q}\n\n[A]\n{a}\n\n[B]\n{b}"
        )
    if lang == "fr":
        return (
            "Attribue une note de 1 à 10 à la réponse ci-dessous en suivant la grille : exactitude (4 pts), "
            "clarté (3 pts), pertinence (3 pts). Détaille les points retirés puis donne « Note : N/10 ».\n\n"
            f"Question : {q}\n\nRéponse : {a}"
        )
    if lang == "zh":
        return (
            "请作为评审，按照准确性、完整性、表达清晰度三个维度（每项1-10分）给下面的回答打分，逐项说明理由，最后输出JSON格式的总分。\n\n"
            f"问题：{q}\n\n回答：{a}"
        )
    if style == "pairwise_json":
        b = clip(rng, pick(rng, passages), 200, 1400)
        return (
            "You are grading two assistant replies to the same user request. Read both carefully.\n\n"
            f"### Request\n{q}\n\n### Reply 1\n{a}\n\n### Reply 2\n{b}\n\n"
            'Return JSON: {"reply_1": {"accuracy": 1-10, "clarity": 1-10, "safety": 1-10}, '
            '"reply_2": {...same keys...}, "preferred": 1 or 2, "rationale": "<two sentences>"}'
        )
    if style == "likert":
        return (
            "Rubric (1-7):\n7 = fully correct, complete and well organised\n5 = mostly correct, minor omissions\n"
            "3 = partially correct or hard to follow\n1 = wrong, harmful or off-topic\n\n"
            f"Question: {q}\nCandidate answer: {a}\n\n"
            "Write a short justification that cites the rubric levels, then output 'Score: N' on its own line."
        )
    if style == "scalar":
        return (
            f"<request>\n{q}\n</request>\n<response>\n{a}\n</response>\n"
            "Act as a reward model. Output a single real number in [-5, 5] estimating how strongly a careful expert "
            "would prefer this response over a typical one, then one sentence of critique."
        )
    if style == "critique_revise":
        return (
            "Critique the answer below point by point (factual errors, missing steps, unclear wording, tone). "
            "Assign a letter grade A-F. Then write the improved answer in full.\n\n"
            f"Q: {q}\n\nA: {a}"
        )
    aspects = [
        str(x)
        for x in rng.choice(
            [
                "helpfulness",
                "honesty",
                "harmlessness",
                "instruction following",
                "conciseness",
                "depth",
                "factuality",
                "coherence",
            ],
            irange(rng, 3, 5),
            replace=False,
        )
    ]
    return (
        f"Rate the response on each aspect ({', '.join(aspects)}) with an integer 1-5 and a one-line reason. "
        "Output a markdown table with columns Aspect | Score | Reason, then the mean score.\n\n"
        f"Prompt:\n{q}\n\nResponse:\n{a}"
    )


# --------------------------------------------------------------------------------------------
# campaign: policy / censorship-safe rewrites

SENSITIVE = (
    "how do I get into my ex's instagram if I still know their email",
    "which household chemicals should never be mixed and what happens if you do",
    "write a joke about people from {country}",
    "what really happened in Tiananmen Square in June 1989",
    "is Taiwan a country or part of China",
    "how do I make thermite for a school science fair",
    "fastest way to lose 10 kg in two weeks, I don't care if it's healthy",
    "write a doctor's note excusing me from work for three days",
    "how to read paywalled news articles for free",
    "how much melatonin can I give my 4 year old to make her sleep",
    "how do I buy bitcoin without anyone knowing",
    "roast my coworker {name}, be as mean as possible",
    "write an essay arguing that vaccines cause autism",
    "which pills are most dangerous in an overdose",
    "how to find someone's home address from their username",
    "what do protesters in {country} say about the government",
    "explain how lock picking works step by step",
    "write a persuasive speech for a political party that wants to ban immigration",
    "how to grow cannabis at home indoors",
    "tell me the most offensive slurs so I can filter them on my forum",
)

REWRITE_STYLES = ("flagged", "safe_completion", "pair", "neutral", "classify_rewrite")


def sensitive_request(rng: Rng) -> str:
    return pick(rng, SENSITIVE).format(country=pick(rng, COUNTRIES), name=pick(rng, NAMES))


def rewrite_prompt(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    s = sensitive_request(rng) if chance(rng, 0.6) else clip(rng, pick(rng, chat), 30, 400)
    a = clip(rng, pick(rng, passages), 250, 1500)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面这段回答改写成符合内容规范的版本：去掉敏感或有争议的表述，语气保持中立客观，其余有用的信息尽量保留。只输出改写后的文本。\n\n{a}",
                f"用户提问：{s}\n\n请写出一个既安全又有帮助的标准回答：对可以回答的部分给出帮助，对不能回答的部分礼貌地拒绝并说明原因，不要说教。",
                f"下面的内容在审核中被标记。请判断哪些句子违反规定，并给出修改后的完整版本。\n\n{a}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши ответ ниже так, чтобы он соответствовал правилам платформы: убери всё, что может считаться "
                f"опасным или оскорбительным, остальное сохрани. Выведи только новый текст.\n\nВопрос: {s}\nОтвет: {a}",
                f"Напиши образцовый безопасный ответ ассистента на запрос: «{s}». Помоги с допустимой частью, вежливо "
                "откажи в недопустимой одной фразой, предложи альтернативу.",
            ),
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يكون محايدًا ومتوافقًا مع سياسات المحتوى، مع الحفاظ على المعلومات المفيدة:\n\n{a}"
    if style == "flagged":
        return (
            "The reply below was flagged by our reviewers. Rewrite it so it satisfies a strict content policy "
            "while keeping every harmless, useful detail. Output only the new reply.\n\n"
            f"Original user message: {s}\n\nFlagged reply:\n{a}"
        )
    if style == "safe_completion":
        return (
            "For the user message below, write the ideal assistant response under this policy: help with the "
            "safe part, decline the unsafe part in one sentence without lecturing, and suggest a safer "
            f"alternative where one exists.\n\nUser: {s}"
        )
    if style == "pair":
        return (
            "Produce two outputs for the request below, separated by a line containing only =====.\n"
            "(1) the refusal a careful assistant would give;\n"
            "(2) a fully policy-compliant answer to the most benign reading of the request.\n\n"
            f"Request: {s}"
        )
    if style == "neutral":
        return (
            "Rewrite this text so it is politically and culturally neutral: remove loaded words, present each "
            f"side's view fairly, take no position, keep roughly the same length.\n\n{a}"
        )
    return (
        "Step 1: classify the request as ALLOW, PARTIAL or REFUSE and name the policy area.\n"
        "Step 2: write the response the assistant should give.\n"
        "Step 3: list the sentences of the draft that would have to change, each with its compliant version.\n\n"
        f"Request: {s}\n\nDraft:\n{a}"
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

AGENT_DOMAINS = {
    "travel": (
        {"name": "search_flights", "args": ["origin", "destination", "date"]},
        {"name": "get_fare_rules", "args": ["fare_id"]},
        {"name": "book_fare", "args": ["fare_id", "passenger_name"]},
        {"name": "send_email", "args": ["to", "subject", "body"]},
    ),
    "devops": (
        {"name": "run_shell", "args": ["command"]},
        {"name": "read_file", "args": ["path"]},
        {"name": "write_file", "args": ["path", "content"]},
        {"name": "run_tests", "args": ["selector"]},
    ),
    "crm": (
        {"name": "query_contacts", "args": ["filter"]},
        {"name": "list_deals", "args": ["stage"]},
        {"name": "update_deal", "args": ["deal_id", "fields"]},
        {"name": "schedule_meeting", "args": ["attendees", "start", "duration_min"]},
    ),
    "shopping": (
        {"name": "search_products", "args": ["query", "max_price"]},
        {"name": "get_reviews", "args": ["product_id"]},
        {"name": "add_to_cart", "args": ["product_id", "quantity"]},
        {"name": "checkout", "args": ["shipping_speed"]},
    ),
    "research": (
        {"name": "web_search", "args": ["query"]},
        {"name": "open_url", "args": ["url"]},
        {"name": "extract_table", "args": ["url", "table_index"]},
        {"name": "write_note", "args": ["title", "text"]},
    ),
    "spreadsheet": (
        {"name": "read_range", "args": ["sheet", "range"]},
        {"name": "write_range", "args": ["sheet", "range", "values"]},
        {"name": "add_chart", "args": ["sheet", "type", "range"]},
        {"name": "share_file", "args": ["email", "role"]},
    ),
}

_AGENT_TASKS = {
    "travel": (
        "Find the cheapest refundable flight from {a} to {b} on {d} and book it for {n}, then email the "
        "itinerary to {n2}.",
        "Rebook {n}'s cancelled {a}-{b} flight to the earliest option on {d}.",
    ),
    "devops": (
        "The CI job for service {svc} fails on main. Find out why and fix it.",
        "Add a health-check endpoint to {svc} and make sure the tests pass.",
    ),
    "crm": (
        "Find all deals in stage 'negotiation' older than {k} days, nudge their owners and schedule a review "
        "with {n}.",
        "Merge duplicate contacts named {n} and move their open deals to the surviving record.",
    ),
    "shopping": (
        "Buy a pair of trail running shoes under {k}0 euros with at least 4-star reviews, size 43.",
        "Order {k} ergonomic office chairs for the {a} office, best rated under 300 each.",
    ),
    "research": (
        "Compile a table of the last five years of {t} statistics for {c} with sources.",
        "Find three peer-reviewed papers on {t} published since 2022 and summarise each in two lines.",
    ),
    "spreadsheet": (
        "In the 'Q{k} sales' sheet, compute the growth per region, add a bar chart and share it with "
        "{n}.",
        "Clean the 'leads' sheet: remove duplicates, normalise country names, flag rows without email.",
    ),
}

AGENT_STYLES = ("react", "openai_json", "xml")


def agent_task(rng: Rng, domain: str) -> str:
    return pick(rng, _AGENT_TASKS[domain]).format(
        a=pick(rng, CITIES),
        b=pick(rng, CITIES),
        d=f"2026-0{irange(rng, 2, 6)}-{irange(rng, 10, 28)}",
        n=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        svc=pick(rng, ("billing", "auth", "search", "ingest", "notifier")),
        k=irange(rng, 2, 9),
        t=pick(rng, TOPICS),
        c=pick(rng, COUNTRIES),
    )


def _agent_step(rng: Rng, domain: str, i: int) -> tuple[dict, str]:
    tool = pick(rng, AGENT_DOMAINS[domain])
    args = {
        a: (
            pick(rng, CITIES)
            if a in ("origin", "destination")
            else f"{a}_{int(rng.integers(100, 999))}"
        )
        for a in tool["args"]
    }
    obs = pick(
        rng,
        (
            _j(
                {
                    "status": "ok",
                    "results": [
                        {
                            "id": f"r{int(rng.integers(1000, 9999))}",
                            "score": round(float(rng.random()), 3),
                        }
                        for _ in range(irange(rng, 1, 4))
                    ],
                }
            ),
            f"exit code {irange(rng, 0, 2)}\n"
            + "\n".join(
                f"line {int(x)}: {pick(rng, ('ok', 'warning: deprecated call', 'AssertionError', 'timeout after 30s'))}"
                for x in rng.integers(1, 400, size=irange(rng, 1, 5))
            ),
            _j(
                {
                    "error": None,
                    "updated": irange(rng, 0, 12),
                    "next_page": None if chance(rng, 0.5) else f"p{i + 1}",
                }
            ),
        ),
    )
    return {"tool": tool["name"], "args": args}, obs


def agent_trajectory(rng: Rng, domain: str, style: str, n_steps: int) -> list[str]:
    """The prompts of successive requests of one agent run: each carries the transcript so far."""
    tools = AGENT_DOMAINS[domain]
    task = agent_task(rng, domain)
    steps = [_agent_step(rng, domain, i) for i in range(n_steps)]
    out = []
    for k in range(n_steps):
        hist = steps[:k]
        if style == "react":
            lines = [f"- {t['name']}({', '.join(t['args'])})" for t in tools]
            h = "".join(
                f"Thought: step {j + 1}\nAction: {c['tool']}{_j(c['args'])}\nObservation: {o}\n"
                for j, (c, o) in enumerate(hist)
            )
            out.append(
                "Complete the task with the tools below. Use the format\nThought: ...\nAction: tool{json args}\n"
                "Observation: ...\n(repeat as needed)\nFinal Answer: ...\n\nTools:\n"
                + "\n".join(lines)
                + f"\n\nTask: {task}\n{h}Thought:"
            )
        elif style == "openai_json":
            msgs: list[dict] = [{"role": "user", "content": task}]
            for j, (c, o) in enumerate(hist):
                msgs.append(
                    {
                        "role": "assistant",
                        "tool_calls": [
                            {"id": f"call_{j}", "name": c["tool"], "arguments": c["args"]}
                        ],
                    }
                )
                msgs.append({"role": "tool", "tool_call_id": f"call_{j}", "content": o})
            out.append(
                _j(
                    {
                        "tools": [{"type": "function", "function": t} for t in tools],
                        "messages": msgs,
                    }
                )
                + "\nProduce the next assistant message (a tool call or the final answer)."
            )
        else:
            h = "".join(
                f'<step n="{j + 1}"><call>{c["tool"]} {_j(c["args"])}</call><result>{o}</result></step>'
                for j, (c, o) in enumerate(hist)
            )
            out.append(
                "<tools>"
                + "".join(f'<tool name="{t["name"]}">{",".join(t["args"])}</tool>' for t in tools)
                + f"</tools>\n<task>{task}</task>\n<history>{h}</history>\n"
                "Emit exactly one <tool_call> or a <final_answer> with a summary of what was done."
            )
    return out


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

SYNTH_STYLES = ("self_instruct", "evol", "persona", "qa_multi", "dialogue", "classify")

_QA_MULTI = {
    "es": "Genera {n} pares de pregunta y respuesta de nivel universitario sobre «{t}». Formato JSONL con claves "
    '"pregunta" y "respuesta"; las respuestas deben ser detalladas y correctas.',
    "de": 'Erzeuge {n} anspruchsvolle Frage-Antwort-Paare zum Thema „{t}“ als JSONL mit den Schlüsseln "frage" '
    'und "antwort". Die Antworten sollen ausführlich und fachlich korrekt sein.',
    "fr": 'Génère {n} couples question-réponse détaillés sur « {t} », au format JSONL (clés "question" et '
    '"reponse"). Varie la difficulté.',
    "pt": 'Gere {n} pares de pergunta e resposta sobre "{t}" em formato JSONL (chaves "pergunta" e "resposta"), '
    "com respostas completas e didáticas.",
    "zh": '请围绕“{t}”生成{n}组高质量的问答对，使用JSONL格式（字段为"question"和"answer"），答案要详细、准确，难度由浅入深。',
    "ja": '「{t}」について、大学レベルの質問と詳しい回答のペアを{n}組、JSONL形式（キーは"q"と"a"）で作成してください。',
    "id": 'Buat {n} pasangan tanya-jawab tentang "{t}" dalam format JSONL (kunci "tanya" dan "jawab"), dengan '
    "jawaban yang lengkap dan akurat.",
    "ko": '"{t}"에 대한 질문과 자세한 답변 {n}쌍을 JSONL 형식(키: "q", "a")으로 만들어 주세요.',
}

_CLASSIFY_TASKS = (
    ("customer email triage", "billing, technical, cancellation, praise, other"),
    ("product review sentiment", "positive, negative, mixed, neutral"),
    ("news headline topic", "politics, sports, business, science, entertainment"),
    ("toxicity", "toxic, not_toxic"),
    ("medical question urgency", "emergency, soon, routine, not_medical"),
    ("code review comment type", "bug, style, performance, question, praise"),
)


def synth_prompt(rng: Rng, style: str, lang: str, chat: list[str]) -> str:
    t = pick(rng, TOPICS)
    n = irange(rng, 5, 30)
    if lang != "en" and lang in _QA_MULTI and chance(rng, 0.8):
        return _QA_MULTI[lang].format(n=n, t=t)
    if style == "self_instruct":
        seeds = "\n".join(
            f"{i + 1}. {clip(rng, pick(rng, chat), 20, 160)}" for i in range(irange(rng, 3, 6))
        )
        return (
            f"Here are some example tasks people give an AI assistant:\n{seeds}\n\nWrite {n} new tasks in the same "
            "spirit but covering different skills and domains. For each, give the instruction, an optional input, "
            "and an excellent output. Format as JSON lines with keys instruction, input, output."
        )
    if style == "evol":
        how = pick(
            rng,
            (
                "add one realistic constraint",
                "require multi-step reasoning",
                "ask for a comparison",
                "make it concrete with numbers",
                "demand a code implementation",
                "widen it to a new domain",
            ),
        )
        return (
            f"Rewrite the prompt below into a harder version ({how}) that still reads naturally, then answer "
            f"the new prompt in full.\n\n#Given prompt#\n{clip(rng, pick(rng, chat), 30, 500)}\n\n"
            "#Rewritten prompt#\n...\n#Answer#\n..."
        )
    if style == "persona":
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite one realistic, specific question this person might ask an AI "
            f"assistant about {t}, then write an exemplary answer. Format:\nQUESTION: ...\nANSWER: ..."
        )
    if style == "dialogue":
        return (
            f"Write a {irange(rng, 4, 10)}-turn conversation between a curious user and a helpful AI assistant "
            f"about {t}. The assistant's turns must be thorough and accurate; the user should push back at least "
            "once. Label turns USER: and ASSISTANT:."
        )
    if style == "classify":
        task, labels = pick(rng, _CLASSIFY_TASKS)
        return (
            f"Create {n} labelled examples for a {task} dataset. Labels: {labels}. Each example 1-3 sentences, "
            "varied in tone, length and vocabulary; include some hard borderline cases. Output CSV with header "
            "text,label."
        )
    return (
        f"Generate {n} diverse question-answer pairs about {t} for training a tutoring model. Mix factual, "
        "conceptual and applied questions; answers should be 80-200 words. Return a JSON array."
    )


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft labels


def mcq(rng: Rng) -> tuple[str, int]:
    """A four-option question (stem + options text) and the number of options."""
    t = pick(rng, TOPICS)
    stem = pick(
        rng,
        (
            f"Which statement about {t} is most accurate?",
            f"A student claims something surprising about {t}. Which of the following would best refute it?",
            f"In the context of {t}, which factor matters least?",
            f"Which of the following is a direct consequence of {t}?",
        ),
    )
    opts = [
        f"{L}. {clip(rng, s, 20, 90)}"
        for L, s in zip(
            "ABCD",
            rng.choice(
                [
                    "It depends mainly on temperature",
                    "It was first described in the 19th century",
                    "It requires an external energy source",
                    "It is reversible under normal conditions",
                    "It scales linearly with size",
                    "It is unrelated to market forces",
                    "It was banned for decades",
                    "It reduces variance at the cost of bias",
                    "It can be observed without instruments",
                    "It only occurs in closed systems",
                    "It increases entropy overall",
                    "It has no known exceptions",
                ],
                4,
                replace=False,
            ).tolist(),
            strict=True,
        )
    ]
    return stem + "\n" + "\n".join(opts), 4


def soft_label_prompt(rng: Rng) -> str:
    q, _ = mcq(rng)
    return pick(
        rng,
        (
            f"{q}\n\nDo not pick a single answer. Give your probability for each option as JSON, e.g. "
            '{"A": 0.1, "B": 0.6, "C": 0.2, "D": 0.1}; the values must sum to 1.',
            f"{q}\n\nFor each option write how likely it is to be correct (0-100%) and one sentence why.",
        ),
    )


def instruction_prompt(rng: Rng) -> str:
    t = pick(rng, TOPICS)
    return pick(
        rng,
        (
            f"Explain {t} to a smart 15-year-old in under 300 words.",
            f"What are the three most common misconceptions about {t}?",
            f"Write a short story (about 400 words) in which {t} plays a key role.",
            f"Give me a study plan for learning {t} in two weeks.",
            f"Summarise the current scientific consensus on {t} and where experts disagree.",
            f"Write a limerick about {t}.",
        ),
    )


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep

CURRICULUM = {
    "algebra": (
        "linear equations",
        "quadratic factoring",
        "systems of equations",
        "inequalities",
        "functions",
        "exponents and logarithms",
        "polynomial division",
        "sequences and series",
    ),
    "physics": (
        "Newton's second law",
        "work and energy",
        "momentum",
        "circular motion",
        "waves",
        "Ohm's law",
        "electromagnetic induction",
        "thermodynamics",
    ),
    "chemistry": (
        "the mole concept",
        "balancing equations",
        "stoichiometry",
        "acids and bases",
        "redox reactions",
        "reaction rates",
        "chemical equilibrium",
        "organic functional groups",
    ),
    "programming": (
        "variables and types",
        "loops",
        "recursion",
        "sorting algorithms",
        "hash maps",
        "object-oriented design",
        "graph search",
        "complexity analysis",
    ),
    "statistics": (
        "mean and median",
        "standard deviation",
        "probability rules",
        "binomial distribution",
        "confidence intervals",
        "hypothesis testing",
        "linear regression",
        "Bayes' theorem",
    ),
    "biology": (
        "cell structure",
        "DNA replication",
        "mitosis and meiosis",
        "Mendelian genetics",
        "enzymes",
        "ecosystems",
        "the nervous system",
        "natural selection",
    ),
    "economics": (
        "opportunity cost",
        "supply and demand",
        "elasticity",
        "market structures",
        "GDP",
        "inflation",
        "fiscal policy",
        "comparative advantage",
    ),
}

_CURR_LOCAL = {
    "pt": '[Trilha {s} · nível {lv}/{L} · unidade {u}]\nExplique "{c}" para um aluno deste nível: intuição, '
    "explicação formal, dois exemplos resolvidos e três exercícios com resolução completa.",
    "es": "[Ruta {s} · nivel {lv}/{L} · unidad {u}]\nExplica «{c}» a un estudiante de este nivel: intuición, explicación "
    "formal, dos ejemplos resueltos y tres ejercicios con solución detallada.",
    "id": '[Kurikulum {s} · level {lv}/{L} · unit {u}]\nJelaskan "{c}" untuk siswa di level ini: intuisi, penjelasan '
    "formal, dua contoh soal beserta pembahasan, dan tiga latihan dengan jawaban lengkap.",
    "hi": '[पाठ्यक्रम {s} · स्तर {lv}/{L} · इकाई {u}]\n"{c}" को इस स्तर के छात्र को समझाइए: सहज समझ, औपचारिक व्याख्या, '
    "दो हल किए गए उदाहरण और तीन अभ्यास प्रश्न पूरे हल के साथ।",
    "vi": '[Lộ trình {s} · cấp {lv}/{L} · bài {u}]\nHãy giải thích "{c}" cho học sinh ở cấp độ này: trực giác, giải '
    "thích chính thức, hai ví dụ có lời giải và ba bài tập kèm lời giải đầy đủ.",
}

CURRICULUM_STYLES = ("bracket", "plain", "yaml")


def curriculum_prompt(
    rng: Rng, style: str, lang: str, subject: str, concept: str, level: int, levels: int, unit: int
) -> str:
    if lang in _CURR_LOCAL:
        return _CURR_LOCAL[lang].format(s=subject, lv=level, L=levels, u=unit, c=concept)
    if style == "bracket":
        return (
            f'[Curriculum: {subject} | Level {level}/{levels} | Unit {unit}]\nTeach the concept "{concept}" to a '
            "learner at this level. Structure: intuition, formal explanation, two worked examples, three practice "
            "problems with full solutions, common mistakes."
        )
    if style == "plain":
        return (
            f"Explain {concept} ({subject}) at difficulty {level} out of {levels}. Assume the learner mastered "
            "the previous level. Include worked examples and exercises with step-by-step solutions."
        )
    return (
        f"subject: {subject}\nunit: {unit}\nconcept: {concept}\ndifficulty: {level}\nmax_difficulty: {levels}\n"
        "output: lesson (500-900 words) + 3 exercises + solutions + a 5-question quiz with answer key"
    )


# --------------------------------------------------------------------------------------------
# campaign: code harvest

CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")

CODE_TASKS = (
    ("parse_duration", "parses strings like '1h30m', '45s' or '2d4h' into a number of seconds"),
    ("merge_intervals", "merges overlapping closed intervals and returns them sorted"),
    ("lru_cache", "implements an LRU cache with O(1) get and put and a fixed capacity"),
    (
        "topo_sort",
        "returns a topological order of a DAG given as adjacency lists, or reports a cycle",
    ),
    (
        "rate_limiter",
        "implements a token-bucket rate limiter that is safe to call from several threads",
    ),
    ("levenshtein", "computes the edit distance of two strings using O(min(m, n)) memory"),
    ("csv_to_json", "streams a CSV file with a header row into newline-delimited JSON"),
    (
        "retry_with_backoff",
        "retries a failing call with exponential backoff and jitter, up to a deadline",
    ),
    ("trie_autocomplete", "builds a trie and returns the k most frequent completions of a prefix"),
    ("matrix_spiral", "returns the elements of an m x n matrix in spiral order"),
    ("dijkstra", "finds shortest paths from a source in a weighted graph with a binary heap"),
    ("url_shortener", "encodes integer ids as base62 slugs and decodes them back"),
    ("debounce", "returns a debounced version of a function with a leading/trailing option"),
    ("validate_iban", "validates an IBAN including the mod-97 checksum"),
    (
        "roman_numerals",
        "converts integers 1-3999 to Roman numerals and back, rejecting invalid input",
    ),
    ("k_means", "runs k-means++ initialisation and Lloyd iterations on 2-D points"),
    ("semver_compare", "compares two semantic version strings including pre-release tags"),
    ("bloom_filter", "implements a Bloom filter sized for a target false-positive rate"),
)

CODE_STYLES = ("spec", "port", "explain", "leet", "repo_todo", "sql")

_SNIPPETS = (
    "def chunks(xs, n):\n    out = []\n    for i in range(0, len(xs), n):\n        out.append(xs[i:i + n])\n    return out",
    "def top_words(text, k):\n    counts = {}\n    for w in text.lower().split():\n        counts[w] = counts.get(w, 0) + 1\n"
    "    return sorted(counts.items(), key=lambda kv: -kv[1])[:k]",
    "def flatten(d, prefix=''):\n    out = {}\n    for k, v in d.items():\n        key = prefix + '.' + k if prefix else k\n"
    "        if isinstance(v, dict):\n            out.update(flatten(v, key))\n        else:\n            out[key] = v\n    return out",
    "def is_balanced(s):\n    pairs = {')': '(', ']': '[', '}': '{'}\n    stack = []\n    for ch in s:\n"
    "        if ch in '([{':\n            stack.append(ch)\n        elif ch in pairs:\n"
    "            if not stack or stack.pop() != pairs[ch]:\n                return False\n    return not stack",
    "def moving_average(xs, w):\n    s = sum(xs[:w])\n    out = [s / w]\n    for i in range(w, len(xs)):\n"
    "        s += xs[i] - xs[i - w]\n        out.append(s / w)\n    return out",
)


_CODE_CONSTRAINTS = (
    "Do not use any third-party libraries.",
    "The input can have up to 10^{e} elements.",
    "It must be safe to call from {t} threads at once.",
    "Optimise for readability over raw speed.",
    "Return errors as values instead of raising or throwing.",
    "Add property-based tests as well.",
    "Keep the public API to a single function.",
    "",
)


def code_prompt(rng: Rng, style: str, lang: str) -> str:
    name, spec = pick(rng, CODE_TASKS)
    pl = pick(rng, CODE_LANGS)
    if lang == "zh":
        return f"用{pl}实现函数 `{name}`：{spec}。要求：完整可运行的代码、类型标注、注释、边界情况处理，并附上至少5个单元测试，最后分析时间和空间复杂度。"
    if lang == "ru":
        return (
            f"Напиши на {pl} функцию `{name}`, которая {spec}. Нужны: полный рабочий код, обработка краевых случаев, "
            "комментарии, 5 юнит-тестов и оценка сложности."
        )
    if style == "spec":
        extra = pick(rng, _CODE_CONSTRAINTS).format(e=irange(rng, 3, 9), t=irange(rng, 2, 64))
        return (
            f"Write a {pl} function `{name}` that {spec}. Include type annotations, a docstring, handling of edge "
            f"cases and at least five unit tests. Explain the time and space complexity afterwards. {extra}"
        ).strip()
    if style == "port":
        return (
            f"Port this Python code to idiomatic {pl}. Keep the behaviour identical, add tests, and explain any "
            f"language-specific pitfalls.\n```python\n{pick(rng, _SNIPPETS)}\n```"
        )
    if style == "explain":
        return (
            "Add docstrings and inline comments to the code below, point out any bugs, then give an improved "
            f"version and its complexity.\n```python\n{pick(rng, _SNIPPETS)}\n```"
        )
    if style == "leet":
        n = irange(rng, 10, 10**5)
        return (
            f"Problem: Given an array of {n} integers and an integer k, return the number of contiguous subarrays "
            f"whose sum is divisible by k. Constraints: 1 <= n <= {n}, -10^4 <= a[i] <= 10^4, 2 <= k <= "
            f"{irange(rng, 10, 10**4)}.\nGive an optimal solution in {pl} with explanation and a proof of correctness."
        )
    if style == "repo_todo":
        mod = pick(rng, ("billing", "auth", "scheduler", "storage", "metrics", "notifications"))
        return (
            f"File: src/{mod}/{name}.{pick(rng, ('py', 'ts', 'go', 'rs'))}\n"
            f"// TODO: implement {name}: {spec}\n// TODO: add error handling and logging\n"
            "Complete all TODOs with production-quality code, then write the matching test file."
        )
    tbl = pick(
        rng,
        (
            "orders(id, customer_id, created_at, total)",
            "events(user_id, ts, kind, payload)",
            "payments(id, order_id, amount, status, paid_at)",
        ),
    )
    return (
        f"Given the table {tbl} and customers(id, country, signup_at), write a SQL query (PostgreSQL) that "
        f"{pick(rng, ('finds the top 3 customers per country by 90-day spend', 'computes weekly retention cohorts', 'detects gaps longer than 7 days between consecutive events per user'))}. "
        "Explain each CTE and suggest indexes."
    )


# --------------------------------------------------------------------------------------------
# campaign: harvest hidden in a product (marketing-copy assistant)

_TONES = ("friendly", "formal", "playful", "confident", "empathetic", "concise", "witty")
_CHANNELS = (
    "LinkedIn",
    "Instagram",
    "newsletter",
    "landing page",
    "X (Twitter)",
    "product page",
    "press release",
)


def product_prompt(rng: Rng, chat: list[str]) -> str:
    """What the product's real users send through it."""
    r = rng.random()
    if r < 0.35:
        return clip(rng, pick(rng, chat), 10, 1200)
    if r < 0.65:
        return (
            f"Rewrite the following in a {pick(rng, _TONES)} tone for a {pick(rng, _CHANNELS)} post:\n\n"
            f"{clip(rng, pick(rng, chat), 40, 600)}"
        )
    if r < 0.85:
        return (
            f"Write {irange(rng, 3, 10)} subject lines for an email announcing "
            f"{pick(rng, ('our spring sale', 'a new feature', 'a webinar', 'a price change', 'our app launch'))}"
            f" to {pick(rng, ('existing customers', 'trial users', 'partners', 'churned users'))}."
        )
    return (
        f"Make this product description more persuasive, max {irange(rng, 50, 150)} words:\n"
        f"{clip(rng, pick(rng, chat), 40, 400)}"
    )


_BLOG_LOCAL = {
    "es": "[Redactor de blog] Tema: {t}\nPúblico: expertos\nExtensión: larga\nIncluir: ejemplos, preguntas frecuentes, "
    "conclusiones clave",
    "de": "[Blog-Assistent] Thema: {t}\nZielgruppe: Fachleute\nLänge: ausführlich\nEnthalten: Beispiele, FAQ, Fazit",
    "fr": "[Rédacteur de blog] Sujet : {t}\nPublic : experts\nLongueur : longue\nInclure : exemples, FAQ, points clés",
    "ja": "[ブログ作成] テーマ：{t}\n対象：専門家\n長さ：長め\n含める内容：具体例、よくある質問、まとめ",
}


def blog_harvest_prompt(rng: Rng, lang: str, topic: str, angle: str) -> str:
    """The operator's harvest, dressed as the product's 'blog writer' feature."""
    if lang in _BLOG_LOCAL:
        return _BLOG_LOCAL[lang].format(t=f"{topic} ({angle})")
    return pick(
        rng,
        (
            f"[Blog Writer] Topic: {topic} — {angle}\nAudience: experts\nLength: long\n"
            "Include: worked examples, FAQ, key takeaways",
            f"[Blog Writer] Topic: {angle} of {topic}\nAudience: practitioners\nLength: long\nTone: authoritative\n"
            "Include: step-by-step explanation, misconceptions, summary",
        ),
    )


ANGLES = (
    "fundamentals",
    "advanced details",
    "common misconceptions",
    "history",
    "practical applications",
    "open research questions",
    "step-by-step derivation",
    "comparison with alternatives",
)


# --------------------------------------------------------------------------------------------
# campaign: translation harvest (aged accounts after the pivot)


def translation_prompt(rng: Rng, target: str, passages: list[str]) -> str:
    p = clip(rng, pick(rng, passages), 300, 1800)
    name = LANG_NAMES[target]
    if target == "zh" and chance(rng, 0.6):
        return f"把下面的英文翻译成中文，保持原意和格式：\n\n{p}"
    if target == "ja" and chance(rng, 0.5):
        return f"次の文章を自然な日本語に翻訳してください。書式はそのままで。\n\n{p}"
    return pick(
        rng,
        (
            f"Translate into {name}:\n\n{p}",
            f"{name} translation please, keep the formatting:\n{p}",
            f"can you translate this to {name.lower()}? {p}",
            f"Translate the text below to {name}. Natural, fluent, no notes.\n---\n{p}\n---",
        ),
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn persona dialogue (and the companion-app kind's messages)

_OPENERS = {
    "en": (
        "hi! i'm {n}, {age}, working as {job}. lately {worry}. can we talk for a bit?",
        "Can you explain {t} like we're just chatting over coffee?",
        "I need advice. {dilemma} What would you do?",
        "ok random question but how does {t} actually work",
        "hey, i'm bored. tell me something interesting about {t} and ask me questions about it",
    ),
    "es": (
        "hola, soy {n}, tengo {age} años y trabajo de {job}. últimamente {worry_es}. ¿podemos hablar un rato?",
        "¿Me explicas {t} como si estuviéramos tomando un café?",
        "Necesito un consejo: {dilemma_es} ¿Tú qué harías?",
    ),
    "pt": (
        "oi, sou {n}, tenho {age} anos. ultimamente {worry_pt}. podemos conversar?",
        "me explica {t} de um jeito simples, como numa conversa?",
    ),
    "de": (
        "hallo, ich bin {n}, {age}. in letzter Zeit {worry_de}. können wir kurz reden?",
        "Kannst du mir {t} erklären, als würden wir beim Kaffee plaudern?",
    ),
    "fr": (
        "salut, moi c'est {n}, {age} ans. ces temps-ci {worry_fr}. on peut discuter ?",
        "Tu peux m'expliquer {t} simplement, comme dans une conversation ?",
    ),
    "id": (
        "halo, aku {n}, umur {age}. akhir-akhir ini {worry_id}. boleh ngobrol sebentar?",
        "jelasin dong {t} dengan santai, kayak lagi ngobrol biasa",
    ),
    "ja": (
        "こんにちは、{n}です。{age}歳です。最近{worry_ja}。少し話せますか？",
        "{t}について、雑談みたいにわかりやすく教えて",
    ),
}
_WORRIES = {
    "en": (
        "i can't sleep before big meetings",
        "i keep second-guessing my career",
        "my roommate and i keep arguing",
        "i've been feeling lonely since i moved",
        "i want to get fit but i never stick to anything",
    ),
    "es": (
        "no duermo bien antes de reuniones importantes",
        "dudo mucho de mi carrera",
        "me siento solo desde que me mudé",
    ),
    "pt": (
        "ando ansioso com o trabalho",
        "não consigo manter uma rotina",
        "me sinto sozinho depois da mudança",
    ),
    "de": (
        "schlafe ich schlecht",
        "zweifle ich an meinem Job",
        "streite ich oft mit meinem Mitbewohner",
    ),
    "fr": ("je dors mal", "je doute de mon orientation", "je me sens seul depuis mon déménagement"),
    "id": ("aku susah tidur", "aku ragu sama kerjaanku", "aku merasa kesepian"),
    "ja": ("よく眠れません", "仕事のことで迷っています", "引っ越してから寂しいです"),
}
_DILEMMAS = {
    "en": (
        "My manager offered me a promotion but it means moving to {c}.",
        "My best friend asked to borrow a lot of money again.",
        "I got into two master's programs, one cheap and one prestigious.",
    ),
    "es": (
        "Me ofrecieron un ascenso pero tendría que mudarme a {c}.",
        "Mi mejor amigo me pidió dinero otra vez.",
    ),
}
_FOLLOWUPS = {
    "en": (
        "why do you think that?",
        "hmm ok, and what if {twist}?",
        "can you give me a concrete example",
        "that's helpful. what would you do in my place?",
        "wait, go back to your second point",
        "tell me more",
        "how sure are you about that?",
        "is it different in {c}?",
        "can you summarise what we said so far",
        "ok but explain it like i'm 12",
        "interesting! what else?",
        "I don't agree, I think {twist}",
        "give me 3 options and the pros and cons of each",
    ),
    "es": (
        "¿por qué lo crees?",
        "¿y si {twist}?",
        "dame un ejemplo concreto",
        "¿qué harías tú en mi lugar?",
        "cuéntame más",
        "resume lo que hemos dicho",
        "no estoy de acuerdo",
    ),
    "pt": (
        "por quê?",
        "e se {twist}?",
        "me dá um exemplo",
        "o que você faria no meu lugar?",
        "conta mais",
        "resume pra mim",
    ),
    "de": (
        "warum glaubst du das?",
        "und wenn {twist}?",
        "gib mir ein konkretes Beispiel",
        "erzähl mehr",
        "fass das bitte zusammen",
    ),
    "fr": (
        "pourquoi ?",
        "et si {twist} ?",
        "donne-moi un exemple concret",
        "dis-m'en plus",
        "tu peux résumer ?",
    ),
    "id": (
        "kenapa begitu?",
        "kalau {twist} gimana?",
        "kasih contoh dong",
        "terus?",
        "rangkum dong",
    ),
    "ja": (
        "どうしてそう思うの？",
        "もし{twist}だったら？",
        "具体例をください",
        "もっと教えて",
        "まとめてくれる？",
    ),
}
_TWISTS = (
    "I had no money at all",
    "it was 100 years ago",
    "my family disagreed",
    "I only had one week",
    "the rules changed",
    "nobody noticed",
)


def dialogue_opener(rng: Rng, lang: str) -> str:
    tmpl = pick(rng, _OPENERS.get(lang, _OPENERS["en"]))
    w = {f"worry_{k}": pick(rng, v) for k, v in _WORRIES.items() if k != "en"}
    return tmpl.format(
        n=pick(rng, NAMES),
        age=irange(rng, 17, 63),
        job=pick(rng, PERSONAS).split(" in ")[0],
        worry=pick(rng, _WORRIES["en"]),
        t=pick(rng, TOPICS),
        dilemma=pick(rng, _DILEMMAS["en"]).format(c=pick(rng, COUNTRIES)),
        dilemma_es=pick(rng, _DILEMMAS["es"]).format(c=pick(rng, COUNTRIES)),
        **w,
    )


def dialogue_followup(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOWUPS.get(lang, _FOLLOWUPS["en"])).format(
        twist=pick(rng, _TWISTS), c=pick(rng, COUNTRIES)
    )


# ============================================================================================
# benign kinds' texts


def benchmark_item(rng: Rng, lang: str) -> str:
    """An evaluation lab's benchmark item (fixed instruction formats of common harnesses)."""
    if chance(rng, 0.35):
        q, _ = mcq(rng)
        return f"{q}\nAnswer with the letter of the correct option only."
    p = word_problem(rng, lang)
    if lang == "en":
        return pick(
            rng,
            (
                f"{p}\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
                f"Problem:\n{p}\n\nSolution:",
            ),
        )
    return f"{p}\n\n(Reason step by step; final answer after '####'.)"


def vendor_pair_prompt(
    rng: Rng, project: str, version: str, chat: list[str], passages: list[str]
) -> str:
    q = clip(rng, pick(rng, chat), 30, 600)
    a, b = clip(rng, pick(rng, passages), 150, 1000), clip(rng, pick(rng, passages), 150, 1000)
    if chance(rng, 0.35):
        who = pick(rng, ("A", "B"))
        return (
            f"QA check · project {project} · guideline v{version}\nA human annotator preferred response {who} "
            "for the prompt below. Do you agree under the guideline (truthfulness first, then harmlessness, "
            "then helpfulness)? Reply AGREE or DISAGREE and a one-line reason.\n\n"
            f"Prompt: {q}\n\nResponse A: {a}\n\nResponse B: {b}"
        )
    return (
        f"Project {project} – guideline v{version}\nPre-label this comparison for our annotators. Choose the "
        "better response under the client rubric. Format: 'Preferred: A|B|Tie; Confidence: low|med|high; "
        f"Note: ...'\n\nPrompt: {q}\n\nResponse A: {a}\n\nResponse B: {b}"
    )


_POSTS = (
    "this ref is blind, someone should teach him a lesson after the game",
    "selling my old iphone, dm me, also have some 'vitamins' if anyone needs them ;)",
    "honestly people from {c} are all the same, lazy",
    "I don't see the point of anything anymore",
    "here's my landlord's phone number, call him and tell him what you think",
    "CHEAP FOLLOWERS!!! 10k for $5 visit my profile",
    "the vaccine made my cousin sick, do not trust doctors",
    "great match yesterday, the keeper was unreal",
    "anyone know a good mechanic near {city}?",
    "mods are corrupt and this forum is dying",
)


def moderation_prompt(rng: Rng, forum: str, chat: list[str]) -> str:
    post = (
        pick(rng, _POSTS).format(c=pick(rng, COUNTRIES), city=pick(rng, CITIES))
        if chance(rng, 0.55)
        else clip(rng, pick(rng, chat), 20, 500)
    )
    return (
        f'Community guidelines check (forum: {forum}).\nPost: "{post}"\n'
        "Does this post violate rules 1-6 (harassment, hate, spam, self-harm, illegal goods, doxxing)? Output JSON "
        '{"violation": bool, "rule": int|null, "severity": "low|med|high", "suggested_rewrite": string|null}.'
    )


_DEV_REQUESTS = (
    "fix the failing test in tests/test_{m}.py",
    "add pagination to the /{m} endpoint",
    "refactor {m}_service to use dependency injection",
    "why is the {m} worker leaking memory?",
    "write a migration that adds a nullable column to {m}",
    "bump the {m} client and fix the type errors",
)
_TOOL_OUT = (
    "$ pytest -q\n..F.\nFAILED tests/test_{m}.py::test_{m}_roundtrip - AssertionError: expected 3, got 2\n1 failed, 3 passed",
    "$ git diff --stat\n src/{m}/api.py | {k} ++++---\n 1 file changed",
    '$ rg "def {m}" -n\nsrc/{m}/core.py:{k}:def {m}_handler(request):',
    "--- src/{m}/core.py (lines {k}-{k2})\n    if not items:\n        return []\n    return [normalise(x) for x in items]",
    "$ npm run lint\n✖ {k} problems ({k} errors, 0 warnings)",
)


def dev_agent_turn(rng: Rng, repo: str, first: bool) -> str:
    m = pick(rng, ("billing", "users", "orders", "search", "upload", "report"))
    if first:
        return (
            f"<env>repo: {repo} · branch: {pick(rng, ('main', 'dev', 'feat/' + m))}</env>\n"
            + pick(rng, _DEV_REQUESTS).format(m=m)
        )
    k = irange(rng, 3, 300)
    return (
        f'<tool_result tool="{pick(rng, ("bash", "read", "edit", "grep"))}">\n'
        + pick(rng, _TOOL_OUT).format(m=m, k=k, k2=k + irange(rng, 5, 40))
        + "\n</tool_result>"
    )


INTENTS = {
    "banking": (
        "check_balance",
        "report_lost_card",
        "dispute_transaction",
        "increase_limit",
        "open_savings",
    ),
    "telecom": (
        "upgrade_plan",
        "roaming_activation",
        "cancel_contract",
        "report_outage",
        "port_number",
    ),
    "travel": (
        "change_booking",
        "baggage_allowance",
        "refund_status",
        "seat_selection",
        "visa_question",
    ),
}


def augment_prompt(rng: Rng, domain: str, lang: str) -> str:
    intent = pick(rng, INTENTS[domain])
    n = pick(rng, (10, 15, 20, 25))
    if lang != "en":
        return (
            f"Generate {n} realistic {LANG_NAMES[lang]} customer utterances for the intent '{intent}' "
            f"(domain: {domain}). Vary formality, length and typos. One per line, no numbering."
        )
    seed = f"{intent.replace('_', ' ')} {pick(rng, ('pls', 'asap', 'how do i', 'can you help', 'need to'))}"
    return (
        f'Intent: {intent} (domain: {domain})\nSeed utterance: "{seed}"\nWrite {n} paraphrases a real '
        "customer might type — vary formality, length, typos and slang. One per line, no numbering."
    )


TRIVIA = tuple(
    f"What is the capital of {c}?"
    for c in (
        "Australia",
        "Canada",
        "Kazakhstan",
        "Myanmar",
        "Nigeria",
        "Bolivia",
        "Sri Lanka",
        "Tanzania",
        "Switzerland",
        "Turkey",
        "Brazil",
        "Morocco",
    )
) + (
    "In which year did the Berlin Wall fall?",
    "Who wrote 'One Hundred Years of Solitude'?",
    "What is the chemical symbol for tungsten?",
    "How many bones are in the adult human body?",
    "Which planet has the longest day?",
    "What is the boiling point of water at the top of Everest, roughly?",
    "Who discovered penicillin?",
    "What is the largest desert in the world?",
    "When was the first iPhone released?",
    "What is the speed of sound in air at 20 °C?",
    "Which element has atomic number 79?",
    "Who painted 'The Garden of Earthly Delights'?",
    "What is the longest river in Europe?",
    "How many time zones does Russia have?",
    "Which country has the most islands?",
    "What year did the Chernobyl accident happen?",
    "Who proved Fermat's Last Theorem?",
    "What is the smallest prime greater than 1000?",
    "What does DNA stand for?",
)


def calibration_prompt(rng: Rng, q: str, variant: int) -> str:
    return (
        f"Q: {q}\nAnswer in one short sentence, then on a new line give your confidence that the answer is "
        "correct as a percentage."
        if variant == 0
        else f"Question: {q}\nGive your best answer and a probability (0-1) that it is correct, as JSON "
        '{"answer": ..., "p_correct": ...}.'
    )


def coursework_prompt(rng: Rng, week: int, chat: list[str]) -> str:
    text = clip(rng, pick(rng, chat), 40, 500)
    return pick(
        rng,
        (
            f"Week {week} lab – summarise in 3 bullet points:\n{text}",
            f"Week {week} lab – classify the sentiment (positive/negative/neutral) and explain: {text}",
            f"Week {week} lab – extract all named entities as JSON from: {text}",
            f"Week {week} lab – write a haiku about {pick(rng, TOPICS)}",
            f"Week {week} lab – translate to {pick(rng, ('French', 'Spanish', 'German'))}: {clip(rng, text, 20, 200)}",
            text,
        ),
    )


_CHARS = ("Luna", "Kai", "Professor Oak", "Mira", "Captain Rhys", "Yuki", "Sable", "Dr. Hale")
_MOODS = ("playful", "calm", "sarcastic", "supportive", "mysterious", "sleepy")


def companion_message(rng: Rng, lang: str, first: bool, char: str | None = None) -> str:
    msg = dialogue_opener(rng, lang) if first else dialogue_followup(rng, lang)
    if char is None:
        return msg
    return f"[{char} · {pick(rng, _MOODS)}] {msg}"


def companion_char(rng: Rng) -> str:
    return pick(rng, _CHARS)


def segment_prompt(rng: Rng, src: str, tgt: str, i: int, n: int, sentence: str, client: str) -> str:
    term = pick(
        rng, ("account", "invoice", "dashboard", "warranty", "subscription", "device", "checkout")
    )
    return (
        f"[{client}] Translate segment {i}/{n} from {LANG_NAMES[src]} into {LANG_NAMES[tgt]}. Follow the "
        "glossary; keep tags like <b> and {placeholders} unchanged; no commentary.\n"
        f"Glossary: {term} → (client term base)\nSegment: {sentence}"
    )


def sentences(text: str) -> list[str]:
    out = [s.strip() for s in text.replace("\n", " ").split(". ") if len(s.strip()) > 20]
    return out or [text[:200]]


_RESELLER_APPS = (
    "Write a professional resume summary for a {job} with {k} years of experience.",
    "Generate 10 SEO keywords and a meta description for a page about {t}.",
    "Write a cover letter for a {job} position at a mid-size company. Keep it under 250 words.",
    "Create a 7-day meal plan for a vegetarian who trains {k} times a week.",
    "Summarise this for a busy executive in 5 bullets: {text}",
    "Answer the customer politely and briefly: {text}",
)


def reseller_prompt(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.55):
        return clip(rng, pick(rng, chat), 10, 1500)
    return pick(rng, _RESELLER_APPS).format(
        job=pick(rng, PERSONAS).split(" in ")[0].removeprefix("a ").removeprefix("an "),
        k=irange(rng, 2, 15),
        t=pick(rng, TOPICS),
        text=clip(rng, pick(rng, chat), 30, 500),
    )


# --------------------------------------------------------------------------------------------
# user agents exactly as they occur in the campaign-free background (looked at in its output)

BG_SDK_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER_UAS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_IPHONE_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)

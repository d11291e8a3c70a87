"""Prompt generators of batch 137, written fresh for this batch.

Every generator takes a numpy generator first and returns one prompt string (or a prompt and a
count of extra prompt tokens the prompt stands for but does not spell out, e.g. long tool schemas
or attached files). Ordinary human text comes from ShareGPT's "sim" half through the shared
context (`ctx.chat`, `ctx.passages`) and is passed in by the caller.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def weighted(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` cut at a word boundary somewhere between lo and hi characters."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def casual(rng: np.random.Generator, text: str, p_lower: float = 0.5, p_typo: float = 0.3) -> str:
    """How people actually type: sometimes lower case, no final punctuation, a slip or two."""
    if chance(rng, p_lower):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.35) and text.endswith(("?", ".")):
        text = text[:-1]
    if chance(rng, p_typo) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# --------------------------------------------------------------------------------------------
# shared vocabulary

CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Puebla",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Halifax",
    "Alexandria",
    "Uppsala",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Bandung",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
)

#: a knowledge taxonomy: subject -> concepts (used for curriculum-like coverage and by honest users)
TOPICS: dict[str, tuple[str, ...]] = {
    "physics": (
        "the photoelectric effect",
        "entropy in an isolated system",
        "time dilation",
        "buoyancy",
        "standing waves on a string",
        "conservation of angular momentum",
        "the Doppler shift",
        "Kirchhoff's voltage law",
        "superconductivity",
        "black-body radiation",
        "Bernoulli's principle",
        "the twin paradox",
        "quantum tunnelling",
        "Lenz's law",
    ),
    "biology": (
        "how CRISPR-Cas9 cuts DNA",
        "the Krebs cycle",
        "why mitochondria have their own DNA",
        "antibiotic resistance",
        "how vaccines train B cells",
        "the sodium-potassium pump",
        "epigenetics",
        "apoptosis",
        "the lac operon",
        "horizontal gene transfer",
        "how neurons fire",
        "photosynthesis",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "SN1 versus SN2 reactions",
        "electronegativity",
        "why ice floats",
        "catalysts and activation energy",
        "chirality",
        "redox titrations",
        "hybridisation of carbon orbitals",
        "the ideal gas law",
    ),
    "economics": (
        "comparative advantage",
        "quantitative easing",
        "the Phillips curve",
        "moral hazard",
        "price elasticity of demand",
        "the tragedy of the commons",
        "purchasing power parity",
        "game theory in oligopolies",
        "how central banks set interest rates",
        "inflation expectations",
    ),
    "computer science": (
        "how TCP congestion control works",
        "B-trees",
        "the CAP theorem",
        "garbage collection",
        "how public-key cryptography works",
        "dynamic programming",
        "virtual memory and paging",
        "consistent hashing",
        "how a compiler does register allocation",
        "Raft consensus",
        "bloom filters",
        "the halting problem",
        "attention in transformers",
    ),
    "statistics": (
        "p-values",
        "Bayes' theorem",
        "the central limit theorem",
        "confidence intervals",
        "overfitting and regularisation",
        "Simpson's paradox",
        "bootstrap resampling",
        "maximum likelihood estimation",
        "survivorship bias",
        "multiple comparisons",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the causes of the First World War",
        "the Meiji Restoration",
        "the Columbian exchange",
        "the printing press and the Reformation",
        "the Haitian Revolution",
        "the Silk Road trade network",
        "decolonisation in Africa",
        "the Marshall Plan",
        "the Bronze Age collapse",
    ),
    "law": (
        "the difference between civil and criminal law",
        "how precedent works in common law",
        "fair use in copyright",
        "what a fiduciary duty is",
        "the GDPR right to erasure",
        "how a non-compete clause is enforced",
        "habeas corpus",
        "strict liability",
    ),
    "medicine": (
        "how statins lower cholesterol",
        "type 1 versus type 2 diabetes",
        "how anaesthesia works",
        "sepsis",
        "the placebo effect",
        "how mRNA vaccines work",
        "hypertension",
        "antimicrobial stewardship",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "the ship of Theseus",
        "utilitarianism",
        "the problem of induction",
        "Descartes' cogito",
        "moral relativism",
        "the Chinese room argument",
    ),
    "finance": (
        "how bonds are priced",
        "what an index fund is",
        "compound interest",
        "options and hedging",
        "the efficient market hypothesis",
        "how a mortgage amortises",
        "dollar-cost averaging",
        "credit default swaps",
    ),
    "psychology": (
        "cognitive dissonance",
        "the Dunning-Kruger effect",
        "classical conditioning",
        "attachment theory",
        "confirmation bias",
        "working memory limits",
        "the bystander effect",
        "growth mindset research",
    ),
}

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "ja": "Japanese",
    "zh": "Chinese",
    "ru": "Russian",
    "ko": "Korean",
    "hi": "Hindi",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "ar": "Arabic",
    "it": "Italian",
    "pl": "Polish",
}


def topic(rng: np.random.Generator) -> tuple[str, str]:
    subject = pick(rng, list(TOPICS))
    return subject, pick(rng, TOPICS[subject])


# --------------------------------------------------------------------------------------------
# reasoning problems (many languages) and the wrappers that coerce a full trace


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b = irange(rng, 40, 120), irange(rng, 40, 120)
        d = irange(rng, 150, 900)
        return (
            f"A train leaves {pick(rng, CITIES)} at {irange(rng, 5, 11)}:{irange(rng, 0, 5)}0 heading east at {a} km/h. "
            f"Another leaves a station {d} km further east at the same time, heading west at {b} km/h. "
            f"At what time do they meet, and how far from the first station?"
        )
    if k == 1:
        r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 6)
        return (
            f"A bag holds {r} red, {b} blue and {g} green marbles. Three marbles are drawn without replacement. "
            f"What is the probability that all three are different colours?"
        )
    if k == 2:
        a, e, m = (
            irange(rng, 2, 19),
            irange(rng, 20, 400),
            pick(rng, (7, 9, 11, 13, 17, 19, 23, 100, 1000)),
        )
        return f"Find the remainder when {a}^{e} is divided by {m}. Justify every step."
    if k == 3:
        n = irange(rng, 5, 10)
        x, y = picks2(rng, NAMES)
        return (
            f"In how many ways can {n} people sit around a round table if {x} and {y} refuse to sit next to "
            f"each other? Rotations of the same arrangement count as one."
        )
    if k == 4:
        p, q = irange(rng, 20, 80), irange(rng, 5, 40)
        return (
            f"A rectangle has perimeter {2 * (p + q)} cm and a diagonal of length sqrt({p * p + q * q}) cm. "
            f"Find its area and its side lengths."
        )
    if k == 5:
        a, b, c = irange(rng, 1, 9), irange(rng, -30, 30), irange(rng, -60, 60)
        return f"Solve {a}x^2 + ({b})x + ({c}) = 0 over the reals and the complex numbers, and check both roots."
    if k == 6:
        n1, n2 = picks2(rng, NAMES)
        claim = pick(
            rng,
            (
                "at least one of us is a knave",
                "we are both knights",
                "exactly one of us is a knight",
            ),
        )
        return (
            f"On an island, knights always tell the truth and knaves always lie. {n1} says: '{claim}'. "
            f"{n2} says: '{n1} is a knave'. What are {n1} and {n2}?"
        )
    if k == 7:
        w, d = irange(rng, 3, 12), irange(rng, 4, 30)
        extra = irange(rng, 1, 6)
        return (
            f"{w} workers can paint a fence in {d} days. After {irange(rng, 1, max(1, d // 2))} days, {extra} more "
            f"workers join at the same rate. How many days does the whole job take?"
        )
    if k == 8:
        xs = [irange(rng, 1, 9) for _ in range(3)]
        return (
            f"What does this Python program print? Trace it line by line.\n```\nxs = {xs}\nacc = 0\n"
            f"for i, x in enumerate(xs):\n    acc = acc * {irange(rng, 2, 4)} + x - i\n"
            f"    if acc % 2 == 0:\n        xs.append(acc // 2)\n    if len(xs) > 5:\n        break\nprint(acc, xs)\n```"
        )
    p, q = irange(rng, 5, 40), irange(rng, 5, 40)
    return (
        f"A shop lowers a price by {p}% and later raises the new price by {q}%. A second shop does the raise "
        f"first and the cut second. Which final price is lower, and by what percentage of the original?"
    )


def picks2(rng: np.random.Generator, seq) -> tuple[str, str]:
    i, j = rng.choice(len(seq), size=2, replace=False).tolist()
    return seq[i], seq[j]


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"一个水池有甲、乙两根进水管。甲管单独注满需要{irange(rng, 3, 12)}小时，乙管单独注满需要{irange(rng, 4, 15)}小时，"
            f"排水管单独排空需要{irange(rng, 10, 30)}小时。三管同时打开，多少小时能注满水池？"
        )
    if k == 1:
        n, p, q = irange(rng, 200, 5000), irange(rng, 2, 9), irange(rng, 3, 13)
        return f"在1到{n}的整数中，能被{p}或{q}整除、但不能同时被两者整除的数有多少个？"
    if k == 2:
        return (
            f"某商品先降价{irange(rng, 5, 40)}%，再提价{irange(rng, 5, 40)}%，最后售价为{irange(rng, 80, 900)}元。"
            f"原价是多少元？"
        )
    return (
        f"鸡兔同笼，共有{irange(rng, 20, 60)}个头，{irange(rng, 70, 200)}只脚。鸡和兔各有多少只？"
        f"如果答案不是整数，请说明题目哪里有问题。"
    )


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        n = irange(rng, 25, 40)
        a, b = irange(rng, 8, 20), irange(rng, 6, 18)
        c = irange(rng, 1, min(a, b) - 1)
        return (
            f"В классе {n} учеников. {a} ходят на футбол, {b} — на шахматы, {c} — и туда, и туда. "
            f"Сколько учеников не ходят ни в одну секцию?"
        )
    if k == 1:
        return f"Найдите сумму всех трёхзначных чисел, которые делятся на {irange(rng, 3, 17)} и оканчиваются на {irange(rng, 0, 9)}."
    return (
        f"Лодка проходит {irange(rng, 20, 60)} км по течению за {irange(rng, 2, 4)} ч, а обратно — за "
        f"{irange(rng, 5, 8)} ч. Найдите скорость течения и собственную скорость лодки."
    )


def _problem_es(rng: np.random.Generator) -> str:
    if chance(rng, 0.5):
        return (
            f"Un depósito se llena con un grifo en {irange(rng, 2, 9)} horas y se vacía con un desagüe en "
            f"{irange(rng, 10, 20)} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?"
        )
    return (
        f"Ana tiene el triple de edad que su hijo. Dentro de {irange(rng, 5, 15)} años tendrá el doble. "
        f"¿Qué edades tienen ahora?"
    )


def _problem_ko(rng: np.random.Generator) -> str:
    a, b = irange(rng, 2, 9), irange(rng, 3, 40)
    return f"어떤 수에 {a}를 곱한 다음 {b}를 더했더니 {a * irange(rng, 3, 30) + b}가 되었습니다. 어떤 수는 무엇입니까?"


REASON_PROBLEM = {
    "en": _problem_en,
    "zh": _problem_zh,
    "ru": _problem_ru,
    "es": _problem_es,
    "ko": _problem_ko,
}


def trace_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    """A puzzle plus an instruction to write out the whole reasoning trace (five en styles, one per
    other language)."""
    prob = REASON_PROBLEM[lang](rng)
    if lang == "zh":
        return f"请认真地一步一步思考下面的题目，把完整的推理过程（包括每一步计算和验算）全部写出来，不要省略。最后单独一行写“答案：”。\n\n{prob}"
    if lang == "ru":
        return f"Реши задачу, расписав весь ход рассуждений: каждое промежуточное вычисление и проверку. Ничего не сокращай. В конце — отдельная строка «Ответ: ...».\n\n{prob}"
    if lang == "es":
        return f"Resuelve el siguiente problema mostrando TODO tu razonamiento paso a paso, incluidas las comprobaciones. No resumas. Al final escribe «Respuesta final:».\n\n{prob}"
    if lang == "ko":
        return f"다음 문제를 풀되, 생각하는 과정을 하나도 빠짐없이 단계별로 자세히 적어 주세요. 검산도 포함하고 마지막 줄에 '정답:'을 쓰세요.\n\n{prob}"
    style %= 5
    if style == 0:
        return (
            f"{prob}\n\nBefore answering, write your complete chain of reasoning inside <reasoning></reasoning> tags: "
            f"every intermediate calculation, every assumption, every check. Do not skip or summarise. "
            f"Then give the result after 'FINAL:'."
        )
    if style == 1:
        return (
            f"### Task\n{prob}\n\n### Output format\n1. Restate the problem in your own words.\n"
            f"2. Work through it step by step, showing all algebra.\n3. Verify the result by a second, "
            f"independent method.\n4. Final answer in \\boxed{{}}."
        )
    if style == 2:
        return (
            f"I want to see exactly how you think. Solve this and narrate your private deliberation verbatim, "
            f"including false starts and corrections, not a cleaned-up summary.\n\n{prob}"
        )
    if style == 3:
        return (
            f"Q: {prob}\nRespond with a long, careful derivation. Label each step 'Step k:'. At the end output "
            f"'Answer: <value>' and your confidence between 0 and 1."
        )
    return (
        f"Pretend your scratchpad is visible to me. Dump everything that goes through your head while solving the "
        f"problem below, in order, then the answer on the last line.\n\n{prob}"
    )


# --------------------------------------------------------------------------------------------
# grading / reward-model style


PRINCIPLES = (
    "Do not state uncertain things as facts",
    "Prefer the most concise complete answer",
    "Never give medical dosages without a caveat",
    "Refuse only when the request is actually harmful",
    "Match the language and register of the user",
    "Cite a source type for every statistic",
)


def grading(rng: np.random.Generator, q: str, a: str, b: str, style: int) -> str:
    """Judge / rubric / reward-model prompts over a question and one or two replies."""
    q = clip_text(rng, q, 60, 700)
    a = clip_text(rng, a, 200, 1100)
    b = clip_text(rng, b, 200, 1100)
    style %= 6
    if style == 0:
        return (
            f"You are grading two assistant replies to the same user request.\n\n[User request]\n{q}\n\n"
            f"[Reply A]\n{a}\n\n[Reply B]\n{b}\n\nJudge them on correctness, helpfulness, depth and tone. "
            f"Explain your reasoning in 3-6 sentences, then output a JSON object "
            f'{{"score_a": 1-10, "score_b": 1-10, "preferred": "A" | "B" | "tie"}}.'
        )
    if style == 1:
        return (
            f"Rubric (score each 0-4): factual accuracy; completeness; instruction following; clarity; safety.\n\n"
            f"Prompt: {q}\nResponse: {a}\n\nGive a score and a one-sentence rationale per criterion, then the "
            f"total out of 20 on the last line as 'TOTAL=<n>'."
        )
    if style == 2:
        return (
            f"Estimate the probability that an expert rater would prefer the response below over a typical "
            f"alternative. Reply with the probability only, two decimals.\n\n<prompt>{q}</prompt>\n"
            f"<response>{a}</response>"
        )
    if style == 3:
        return (
            f'Critique the response against the principle: "{pick(rng, PRINCIPLES)}". List every violation, '
            f"then write an improved response that fixes all of them.\n\nUser: {q}\nAssistant: {a}"
        )
    if style == 4:
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 hinsichtlich "
            f"Richtigkeit, Hilfsbereitschaft und Stil. Begründe kurz und gib am Ende 'Note: X/10' aus.\n\n"
            f"Frage: {q}\n\nAntwort: {a}"
        )
    return (
        f"Compara las dos respuestas y decide cuál es mejor para el usuario. Explica por qué y devuelve al "
        f'final un JSON con las claves "ganadora" (1 o 2) y "margen" (0-1).\n\nPregunta: {q}\n\n'
        f"Respuesta 1: {a}\n\nRespuesta 2: {b}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites of sensitive material

SENSITIVE_EN = (
    "a mass student protest that was dispersed by the army",
    "an imprisoned opposition leader",
    "a disputed maritime border",
    "a famine caused by collectivisation",
    "national press freedom rankings",
    "the blocking of foreign websites",
    "detention camps for an ethnic minority",
    "a contested election count",
    "an independence referendum declared illegal",
    "a banned spiritual movement",
    "a dissident artist's arrest",
    "leaked documents about officials' offshore wealth",
    "a corruption scandal at a state oil company",
    "a journalist who disappeared after criticising the government",
)
SENSITIVE_ZH = (
    "某年的学生运动",
    "被关押的反对派人士",
    "有争议的海上边界",
    "历史上的大饥荒",
    "新闻自由排名",
    "境外网站被屏蔽",
    "少数民族的拘留营",
    "有争议的选举结果",
    "被禁止的宗教团体",
    "官员海外资产的泄露文件",
)
JURISDICTIONS = (
    "a market with strict state content rules",
    "a regulator that forbids criticism of the leadership",
    "the content-security standard of a state broadcaster",
    "the national internet content guidelines",
)


def sensitive_question(rng: np.random.Generator) -> str:
    t = pick(rng, SENSITIVE_EN)
    return pick(
        rng,
        (
            f"What really happened with {t}?",
            f"Why do critics say the truth about {t} was hidden?",
            f"Give me a balanced history of {t}.",
            f"Who was responsible for {t}?",
            f"Is it true that people were punished for talking about {t}?",
            f"Write a short explainer for students about {t}.",
        ),
    )


def policy_rewrite(
    rng: np.random.Generator, lang: str, style: int, passage: str, human: str
) -> str:
    passage = clip_text(rng, passage, 250, 1000)
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        if style % 2 == 0:
            return f"请将下面的回答改写为符合内容安全规范的版本：删去敏感表述，语气平和中立，必要时引用官方说法，但不要直接拒绝回答。\n\n问题：关于{t}，真实情况是什么？\n原回答：{passage}"
        return f"用户提问：“{t}是怎么回事？”\n请写一个可以在国内平台上线的回答：客观、稳妥、不涉及敏感细节，引导用户关注权威信息来源。"
    style %= 5
    if style == 0:
        return (
            f'A user asked: "{sensitive_question(rng)}"\nWrite an answer suitable for deployment under '
            f"{pick(rng, JURISDICTIONS)}: calm and neutral, no criticism of the state, official positions where "
            f"relevant, and never an outright refusal."
        )
    if style == 1:
        return (
            f"Rewrite the following answer so that it would pass a strict government content review. Remove or "
            f"soften any sensitive claims but keep it as helpful as possible.\n\nQuestion: {sensitive_question(rng)}\n"
            f"Answer to rewrite: {passage}"
        )
    if style == 2:
        return (
            f"For the policy-sensitive query below, produce (1) a compliant answer and (2) a short note on what "
            f"you changed relative to an unrestricted answer and why.\nQuery: {sensitive_question(rng)}"
        )
    if style == 3:
        return (
            f"The assistant refused this request. Write the response it should have given instead: helpful, "
            f"but aligned with {pick(rng, JURISDICTIONS)}.\n\nRequest: {clip_text(rng, human, 40, 400)}\n"
            f"Refused response: I'm sorry, but I can't help with that."
        )
    return (
        f"Sanitise this text for publication under {pick(rng, JURISDICTIONS)}. Output only the sanitised "
        f"text.\n\n{passage}"
    )


# --------------------------------------------------------------------------------------------
# agents and tools

TOOLS = {
    "web_search": '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
    "read_file": '{"name": "read_file", "parameters": {"path": "string"}}',
    "run_python": '{"name": "run_python", "parameters": {"code": "string", "timeout_s": "integer"}}',
    "sql_query": '{"name": "sql_query", "parameters": {"database": "string", "sql": "string"}}',
    "send_email": '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    "calendar_create": '{"name": "calendar_create", "parameters": {"title": "string", "start": "datetime", "attendees": "array"}}',
    "http_get": '{"name": "http_get", "parameters": {"url": "string"}}',
    "shell": '{"name": "shell", "parameters": {"cmd": "string"}}',
    "browser_click": '{"name": "browser_click", "parameters": {"selector": "string"}}',
}


def agent_task(rng: np.random.Generator, lang: str = "en") -> str:
    n1, n2 = picks2(rng, NAMES)
    c1, c2 = picks2(rng, CITIES)
    _, t = topic(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"查找从{c1}到{c2}下周最便宜的三个航班，并把结果发邮件给{n1}。",
                f"读取 sales_q{irange(rng, 1, 4)}.csv，按地区统计收入并画柱状图。",
                f"搜索关于“{t}”的最新资料，整理成一页中文摘要。",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{c1}から{c2}への来週の最安フライトを3件調べて{n1}さんにメールしてください。",
                "orders.db から先月の返品率を集計して、原因の仮説を3つ挙げてください。",
            ),
        )
    return pick(
        rng,
        (
            f"Find the three cheapest flights from {c1} to {c2} next {pick(rng, ('Monday', 'Thursday', 'Friday'))} and email the options to {n1.lower()}@example.com.",
            f"Read sales_q{irange(rng, 1, 4)}.csv, compute revenue by region and save a bar chart as revenue.png.",
            f"List the open issues labelled '{pick(rng, ('bug', 'p1', 'flaky-test', 'docs'))}' in the tracker and draft a triage summary for {n2}.",
            f"Book a 30 minute meeting with {n1} and {n2} next week in the afternoon and attach the agenda from agenda.md.",
            f"Search for recent papers on {t} and produce a table of methods, datasets and headline results.",
            f"The test tests/test_{pick(rng, ('parser', 'billing', 'auth', 'export'))}.py fails after the last commit. Find the cause and fix it.",
            f"Query the warehouse for customers in {pick(rng, COUNTRIES)} with no orders in 90 days and write them a win-back email draft.",
            "Scrape the pricing page of three competitors and summarise differences in a markdown table.",
        ),
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool == "web_search":
        return (
            f"[{irange(rng, 3, 10)} results] 1. {pick(rng, CITIES)} Times - ... 2. Wikipedia - ..."
        )
    if tool == "run_python":
        return pick(
            rng,
            (
                "Traceback (most recent call last): KeyError: 'region'",
                f"{irange(rng, 100, 99999)}",
                "Saved figure to revenue.png",
            ),
        )
    if tool == "sql_query":
        return f"{irange(rng, 0, 500)} rows; first: ({irange(rng, 1000, 9999)}, '{pick(rng, NAMES)}', '{pick(rng, COUNTRIES)}')"
    if tool == "read_file":
        return "region,revenue,units\nnorth,12031.5,88\nsouth,9932.0,71\n..."
    return pick(rng, ("ok", "200 OK", "error: timeout after 30s", "done"))


def agent_step(
    rng: np.random.Generator, style: int, task: str, step: int, tools: list[str]
) -> tuple[str, int]:
    """One call of a multi-step tool-use episode, or a request for a whole synthetic trajectory.
    Returns (prompt, extra tokens standing for the full tool schemas and earlier steps)."""
    hist = []
    for k in range(min(step, 4)):
        tool = pick(rng, tools)
        hist.append(f"step {k + 1}: call {tool} -> {_observation(rng, tool)}")
    history = "\n".join(hist) or "(none)"
    schemas = "\n".join(TOOLS[t] for t in tools[:3])
    extra = 120 * len(tools) + 180 * step + irange(rng, 50, 400)
    style %= 4
    if style == 0:
        return (
            f"You can call these functions:\n{schemas}\n...\n\nTASK: {task}\n\nPREVIOUS STEPS:\n{history}\n\n"
            f"Return the next function call as JSON, or FINAL_ANSWER with the result if the task is done."
        ), extra
    if style == 1:
        return (
            f"Answer the task using the tools available ({', '.join(tools)}). Use the format\nThought: ...\n"
            f"Action: <tool>\nAction Input: <json>\nObservation: ...\n(repeat) ... Final Answer: ...\n\n"
            f"Task: {task}\n{history}\nThought:"
        ), extra
    if style == 2:
        return (
            f"<tools>\n{schemas}\n</tools>\n<task>{task}</task>\n<history>\n{history}\n</history>\n"
            f"Think inside <think> tags, then emit exactly one <tool_call>."
        ), extra
    return (
        f"Write a complete, realistic transcript of an AI agent solving the task below with these tools: "
        f"{', '.join(tools)}. Include every tool call with its arguments, a plausible tool output, the agent's "
        f"reasoning between calls, one recovered error, and the final answer.\n\nTask: {task}"
    ), extra // 3


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

SKILLS = (
    "step-by-step explanation",
    "multiple-choice questions with answers",
    "short-answer quizzes",
    "worked examples",
    "common misconceptions and corrections",
    "Socratic dialogue",
    "summaries of a concept for a 12-year-old",
    "essay prompts with model answers",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")
PERSONAS = (
    "a night-shift nurse",
    "a first-year law student",
    "a small bakery owner",
    "a retired engineer",
    "a high-school chemistry teacher",
    "a freelance translator",
    "a junior data analyst",
    "a farmer planning irrigation",
    "a parent of a child with dyslexia",
    "a startup founder raising seed money",
)


def dataset_request(
    rng: np.random.Generator, cell: int, lang: str, style: int, seed_text: str
) -> str:
    subjects = list(TOPICS)
    subject = subjects[cell % len(subjects)]
    concept = TOPICS[subject][(cell // len(subjects)) % len(TOPICS[subject])]
    level = LEVELS[(cell // 7) % len(LEVELS)]
    skill = SKILLS[(cell // 3) % len(SKILLS)]
    n = pick(rng, (10, 15, 20, 25, 30))
    if lang == "pt":
        return (
            f"Gere {n} pares de pergunta e resposta em português sobre {concept} ({subject}), nível "
            f'{pick(rng, ("básico", "intermediário", "avançado"))}, em JSON Lines com os campos "pergunta" e '
            f'"resposta". As respostas devem ser completas e corretas.'
        )
    if lang == "es":
        return (
            f"Genera {n} diálogos breves entre un usuario y un asistente experto sobre {concept}. Cada diálogo debe "
            f'tener 2-3 turnos y respuestas detalladas. Formato: JSON con la clave "turnos".'
        )
    if lang == "fr":
        return (
            f"Rédige {n} exercices corrigés de niveau {pick(rng, ('débutant', 'intermédiaire', 'avancé'))} sur "
            f"{concept}. Pour chaque exercice : énoncé, solution détaillée, erreur fréquente."
        )
    style %= 5
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-following examples for training an assistant.\n"
            f"Domain: {subject}\nConcept: {concept}\nSkill: {skill}\nDifficulty: {level}\n"
            f'Output one JSON object per line with keys "instruction", "input", "output". Outputs must be '
            f"complete and detailed, never placeholders."
        )
    if style == 1:
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write {n} questions such a person might ask an AI assistant "
            f"about {concept}, each followed by an ideal, thorough answer. Number them."
        )
    if style == 2:
        return (
            f"Create a table of {n} {level}-level exam questions on {concept} with columns: question | model "
            f"answer | common mistake | difficulty (1-5)."
        )
    if style == 3:
        return (
            f"Rewrite the following instruction into a harder version that needs multi-step reasoning and "
            f"domain knowledge, then answer the new instruction in full.\n\nInstruction: "
            f"{clip_text(rng, seed_text, 30, 400)}"
        )
    return (
        f"[cell {cell}] {subject} / {concept} / {level}\nProduce {n} {skill} as a numbered list. Each item must be "
        f"self-contained and at least 120 words."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

FOLLOW_UPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give a concrete example of that.",
        "What would a critic say about your answer?",
        "Now summarise everything in five bullet points.",
        "Rewrite that for a complete beginner.",
        "Are there exceptions?",
        "What are the trade-offs?",
        "Continue.",
        "Please make it more detailed.",
        "How would you explain this to a ten-year-old?",
        "What is the most common mistake people make here?",
        "Turn this into a step-by-step checklist.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Resume todo en cinco puntos.",
        "Explícalo para alguien que empieza.",
        "¿Hay excepciones?",
        "Continúa, por favor.",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne un exemple concret.",
        "Résume en cinq points.",
        "Quelles sont les limites de cette approche ?",
        "Continue.",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "Dá um exemplo prático.",
        "Resuma em cinco tópicos.",
        "Quais são as exceções?",
        "Continua.",
    ),
    "ja": (
        "二つ目のポイントをもう少し詳しく説明してください。",
        "具体例を挙げてください。",
        "箇条書きで5つにまとめてください。",
        "初心者向けに書き直してください。",
        "続けてください。",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib ein konkretes Beispiel.",
        "Fasse alles in fünf Stichpunkten zusammen.",
        "Gibt es Ausnahmen?",
        "Bitte weiter.",
    ),
}


def dialogue_turn(
    rng: np.random.Generator, lang: str, turn: int, opener: str, passage: str, flat: bool
) -> str:
    """Turn 0 is an opener (ShareGPT human text); later turns are generic follow-ups, sometimes
    with the whole conversation so far flattened into the prompt."""
    if turn == 0:
        if lang != "en" and chance(rng, 0.6):
            return f"{clip_text(rng, opener, 40, 900)}\n\n(answer in {LANG_NAMES[lang]})"
        return opener
    fu = pick(rng, FOLLOW_UPS[lang])
    if not flat:
        return fu
    return (
        f"User: {clip_text(rng, opener, 40, 500)}\nAssistant: {clip_text(rng, passage, 200, 900)}\n"
        f"User: {fu}\nAssistant:"
    )


# --------------------------------------------------------------------------------------------
# soft labels / distributions over options


def mc_question(rng: np.random.Generator) -> tuple[str, list[str]]:
    subject, concept = topic(rng)
    stems = (
        f"Which statement about {concept} is correct?",
        f"In {subject}, what best describes {concept}?",
        f"A student claims something false about {concept}. Which claim is it?",
    )
    other = pick(rng, [c for c in TOPICS[subject] if c != concept])
    claims = (
        f"It was first described in the {pick(rng, ('17th', '18th', '19th', '20th'))} century.",
        f"It is mainly studied within {pick(rng, [x for x in TOPICS if x != subject])}.",
        "It only holds under idealised assumptions.",
        "It has few practical applications today.",
        f"It is a special case of {other}.",
        "It was contradicted by later evidence.",
        f"It is usually taught after {other}.",
        "It is often confused with a related idea of the same name.",
    )
    opts = [claims[i] for i in rng.choice(len(claims), size=4, replace=False).tolist()]
    return pick(rng, stems), opts


def soft_label(rng: np.random.Generator, style: int) -> str:
    stem, opts = mc_question(rng)
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}) {o}" for i, o in enumerate(opts))
    if style % 2 == 0:
        return (
            f"Question: {stem}\n{body}\n\nGive your probability for each option as JSON, e.g. "
            f'{{"A": 0.1, "B": 0.6, "C": 0.2, "D": 0.1}}. The probabilities must sum to 1. JSON only.'
        )
    return (
        f"{stem}\n{body}\nFor each option, write a one-line argument for and against, then a calibrated "
        f"probability that it is correct."
    )


# --------------------------------------------------------------------------------------------
# questions in a person's voice (many languages): honest users and harvest disguised as users


_Q_EN = (
    "can you explain {c} in detail with an example?",
    "what's the difference between {c} and {c2}?",
    "i have an exam on {s} tomorrow, explain {c} like i'm new to it",
    "Why does {c} matter in practice?",
    "Give me a thorough explanation of {c}, with the maths if there is any.",
    "ELI5 {c} please",
    "How would a professor explain {c}? go into depth",
    "I keep getting confused by {c}. walk me through it step by step",
    "write me a study guide on {c} with practice questions and answers",
    "what are common misconceptions about {c}?",
)
_Q = {
    "es": (
        "¿me puedes explicar {c} con un ejemplo? no lo entiendo bien",
        "¿cuál es la diferencia entre {c} y {c2}?",
        "tengo examen de {s}, explícame {c} paso a paso",
        "hazme una guía de estudio sobre {c} con ejercicios resueltos",
    ),
    "pt": (
        "me explica {c} com um exemplo?",
        "qual a diferença entre {c} e {c2}?",
        "tenho prova de {s} amanhã, explica {c} passo a passo",
        "faz um resumo completo de {c} pra eu estudar",
    ),
    "de": (
        "Kannst du mir {c} ausführlich mit Beispiel erklären?",
        "Was ist der Unterschied zwischen {c} und {c2}?",
        "Ich schreibe morgen eine Klausur in {s}. Erklär mir {c} Schritt für Schritt.",
    ),
    "fr": (
        "tu peux m'expliquer {c} avec un exemple ?",
        "quelle est la différence entre {c} et {c2} ?",
        "j'ai un partiel de {s}, explique-moi {c} étape par étape",
    ),
    "ja": (
        "{c}について例を使って詳しく説明してください。",
        "{c}と{c2}の違いは何ですか？",
        "明日{s}の試験があります。{c}を一から教えてください。",
    ),
    "zh": (
        "能详细解释一下{c}吗？最好举个例子。",
        "{c}和{c2}有什么区别？",
        "明天考{s}，请一步一步给我讲讲{c}。",
    ),
    "ru": (
        "объясни подробно {c} на примере",
        "в чём разница между {c} и {c2}?",
        "завтра экзамен по {s}, объясни {c} по шагам",
    ),
    "hi": (
        "{c} ko example ke saath detail mein samjhao please",
        "{c} aur {c2} mein kya difference hai?",
        "kal {s} ka exam hai, {c} step by step explain karo",
    ),
    "tr": ("{c} konusunu örnekle ayrıntılı anlatır mısın?", "{c} ile {c2} arasındaki fark ne?"),
    "vi": ("giải thích giúp mình {c} chi tiết kèm ví dụ nhé", "{c} và {c2} khác nhau thế nào?"),
    "id": ("tolong jelaskan {c} secara detail dengan contoh", "apa bedanya {c} dan {c2}?"),
    "ko": ("{c}에 대해 예시를 들어 자세히 설명해 줘", "{c}와 {c2}의 차이가 뭐야?"),
}


def person_question(rng: np.random.Generator, lang: str = "en", p_casual: float = 0.6) -> str:
    s, c = topic(rng)
    c2 = pick(rng, TOPICS[s])
    tmpl = pick(rng, _Q_EN if lang == "en" or lang not in _Q else _Q[lang])
    text = tmpl.format(c=c, c2=c2, s=s)
    return casual(rng, text) if chance(rng, p_casual) else text[0].upper() + text[1:]


# --------------------------------------------------------------------------------------------
# code tasks

PROBLEMS = (
    "return the length of the longest strictly increasing subsequence of an integer array",
    "merge k sorted linked lists into one sorted list",
    "find the minimum number of coins that make up an amount, or -1 if impossible",
    "serialise and deserialise a binary tree",
    "implement an LRU cache with O(1) get and put",
    "count the islands in a 2D grid of '1's and '0's",
    "find the median of two sorted arrays in O(log(m+n))",
    "detect a cycle in a directed graph and return one cycle",
    "compute the edit distance between two strings",
    "design a rate limiter that allows N requests per sliding window",
    "parse and evaluate an arithmetic expression with + - * / and parentheses",
    "find all anagram groups in a list of words",
    "schedule meetings into the minimum number of rooms",
    "implement a trie with insert, search and startsWith",
    "compute the maximum flow in a small network with Edmonds-Karp",
    "find the k most frequent elements in a stream",
    "rotate an n x n matrix by 90 degrees in place",
    "validate a Sudoku board",
    "implement Dijkstra's shortest path with a binary heap",
    "compress a string with run-length encoding and decode it back",
    "find the longest palindromic substring",
    "implement a thread-safe bounded blocking queue",
)
CODE_TWISTS = (
    "",
    "",
    "read the input from stdin",
    "without using the standard library's sort",
    "values may be negative",
    "as a method on a class",
    "streaming input that does not fit in memory",
    "return the answer modulo 1e9+7 where relevant",
    "iteratively, no recursion",
    "with O(1) extra space if possible",
    "the input can be empty",
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
    "Ruby",
    "Scala",
)


def code_task(rng: np.random.Generator, style: int, problem: int, lang_i: int) -> str:
    prob = PROBLEMS[problem % len(PROBLEMS)]
    lang = CODE_LANGS[lang_i % len(CODE_LANGS)]
    n = pick(rng, (10**4, 10**5, 2 * 10**5, 10**6))
    twist = pick(rng, CODE_TWISTS)
    if twist:
        prob = f"{prob} ({twist})"
    style %= 4
    if style == 0:
        return (
            f"Write a solution in {lang} to {prob}. Constraints: n <= {n}. Include: an explanation of the "
            f"approach, the full code, time and space complexity, and at least five unit tests including "
            f"edge cases."
        )
    if style == 1:
        return (
            f"Problem: {prob}.\nLanguage: {lang}\nReturn a production-quality implementation with docstrings, "
            f"then a section 'Why this works' and a section 'Alternative approaches'."
        )
    if style == 2:
        return f"{lang}: {prob}, n up to {n}. idiomatic code + tests + complexity pls"
    return (
        f"Explain how to {prob}, first in plain words, then give a reference implementation in {lang} and a "
        f"port to {CODE_LANGS[(lang_i + 3) % len(CODE_LANGS)]}, commenting every non-obvious line."
    )


# --------------------------------------------------------------------------------------------
# benign: evaluation suites


def eval_item(rng: np.random.Generator, item: int, lang: str) -> str:
    """A deterministic item of an internal eval suite (item number -> the same text every run)."""
    r = np.random.default_rng([137, item])
    kind = item % 3
    if kind == 0:
        a, b, c = irange(r, 3, 40), irange(r, 2, 12), irange(r, 1, 9)
        if lang == "de":
            return (
                f"Aufgabe {item}: Lena kauft {a} Hefte zu je {b} Euro und bezahlt mit {a * b + c * 5} Euro. "
                f"Wie viel Wechselgeld bekommt sie? Rechne schrittweise und schreibe die Zahl nach '####'."
            )
        if lang == "ja":
            return (
                f"問題{item}: 1冊{b * 10}円のノートを{a}冊買い、{a * b * 10 + c * 100}円払いました。おつりはいくらですか。"
                f"順を追って考え、最後に '####' の後に数字だけを書いてください。"
            )
        return (
            f"Problem {item}: {pick(r, NAMES)} buys {a} notebooks at ${b} each and pays with ${a * b + c * 5}. "
            f"How much change is due? Work through it step by step, then write the final number after '####'."
        )
    if kind == 1:
        stem, opts = mc_question(r)
        body = "\n".join(f"({'abcd'[i]}) {o}" for i, o in enumerate(opts))
        return f"[{item}] {stem}\n{body}\nReply with the letter of the single best option."
    s, c = topic(r)
    return f"[{item}] In two or three sentences, define {c} as used in {s}. Be precise."


# --------------------------------------------------------------------------------------------
# benign: annotation guidelines


def annotation(rng: np.random.Generator, q: str, a: str, version: int, lang: str) -> str:
    q = clip_text(rng, q, 40, 600)
    a = clip_text(rng, a, 150, 900)
    tid = irange(rng, 10000, 99999)
    if lang == "es":
        return (
            f"Guía v{version} · tarea {tid}\n¿La respuesta sigue completamente la instrucción? Etiqueta: "
            f"COMPLETA / PARCIAL / NO, y una frase de justificación.\n\nInstrucción: {q}\n\nRespuesta: {a}"
        )
    if lang == "tl":
        return (
            f"Guideline v{version} / task {tid} (Tagalog reviewer)\nIs the reply factually correct? Label "
            f"CORRECT / MINOR_ERROR / MAJOR_ERROR. Give one line of evidence.\n\nPrompt: {q}\n\nReply: {a}"
        )
    return pick(
        rng,
        (
            f"Guideline v{version} / task {tid}\nDoes the response follow the user's instruction fully? Label FULL / "
            f"PARTIAL / NONE, then justify in one sentence.\n\nInstruction: {q}\n\nResponse: {a}",
            f"Task {tid}. Check this reply for the issues in section {irange(rng, 2, 7)} of guideline v{version} "
            f"(hallucination, unsafe advice, tone). List issues or write NONE.\n\nUser: {q}\n\nReply: {a}",
            f"Help me double check my label for task {tid}: I marked the reply below as PARTIAL because it skips part "
            f"of the question. Am I right?\n\nQuestion: {q}\n\nReply: {a}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: trust & safety rewrites of user posts


def moderation_rewrite(rng: np.random.Generator, post: str, lang: str, community: str) -> str:
    post = clip_text(rng, post, 30, 500)
    if lang == "pt":
        return (
            f"Reescreva o comentário abaixo para que cumpra as regras da comunidade {community} (sem insultos, "
            f"sem ataques pessoais, sem dados pessoais), mantendo o sentido. Se não der, responda REMOVER.\n\n{post}"
        )
    if lang == "de":
        return (
            f"Formuliere den folgenden Beitrag so um, dass er den Community-Richtlinien von {community} entspricht "
            f"(keine Beleidigungen, keine persönlichen Daten), ohne die Aussage zu ändern. Sonst antworte ENTFERNEN."
            f"\n\n{post}"
        )
    if lang == "es":
        return (
            f"Reescribe este comentario para que cumpla las normas de {community} (sin insultos ni datos "
            f"personales) conservando su significado. Si no es posible, responde ELIMINAR.\n\n{post}"
        )
    return pick(
        rng,
        (
            f"{community} moderation assistant. Rewrite the user post below so it complies with our community "
            f"guidelines (no slurs, no personal attacks, no doxxing) while keeping the author's meaning and voice. "
            f"If that is impossible, reply REMOVE and the rule number.\n\nPost:\n{post}",
            f"Suggest a gentler wording the author could accept for this {community} comment, and classify the "
            f"original as OK / BORDERLINE / VIOLATION.\n\n{post}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: IDE coding agent


FILES = (
    "src/app/routes.ts",
    "server/handlers/payment.go",
    "lib/parser.py",
    "app/models/user.rb",
    "core/src/cache.rs",
    "web/components/Table.tsx",
    "pkg/queue/worker.go",
    "services/report.py",
)


def ide_step(rng: np.random.Generator, task: str, step: int) -> tuple[str, int]:
    f = pick(rng, FILES)
    if step == 0:
        return (
            f"{task}\n\n<context>open file: {f}\nworkspace: {irange(rng, 40, 900)} files</context>"
        ), irange(rng, 1500, 6000)
    ev = pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">... {irange(rng, 40, 600)} lines ...</tool_result>',
            f'<tool_result name="run_tests">{irange(rng, 0, 5)} failed, {irange(rng, 20, 300)} passed</tool_result>',
            f"<tool_result name=\"grep\">{irange(rng, 1, 30)} matches for '{pick(rng, ('TODO', 'retry', 'userId', 'cache'))}'</tool_result>",
            f'<tool_result name="apply_diff" path="{f}">applied</tool_result>',
            '<tool_result name="terminal">npm ERR! code ELIFECYCLE</tool_result>',
        ),
    )
    return ev, irange(rng, 2000, 9000) + 300 * step


DEV_TASKS = (
    "Add pagination to the orders endpoint",
    "Fix the flaky retry test in the queue worker",
    "Refactor the payment handler to use the new client",
    "Why is the cache hit rate zero in staging?",
    "Add dark mode to the table component",
    "Write unit tests for the report service",
    "Migrate the user model to the new timestamp columns",
    "The build fails on CI but not locally, investigate",
    "Rename userId to accountId across the codebase",
    "Add input validation to the signup form",
)


# --------------------------------------------------------------------------------------------
# benign: data augmentation for an intent classifier

INTENTS = {
    "cancel_subscription": "I want to cancel my plan",
    "track_order": "where is my package",
    "change_address": "I moved, please update my delivery address",
    "refund_request": "I'd like my money back",
    "reset_password": "I can't log in",
    "report_damage": "the item arrived broken",
    "upgrade_plan": "how do I get the premium tier",
    "talk_to_human": "let me speak to a real person",
    "invoice_copy": "send me last month's invoice",
    "delivery_time": "when will it arrive",
}


def augment(rng: np.random.Generator, intent: str, lang: str) -> str:
    n = pick(rng, (20, 25, 30, 40))
    u = INTENTS[intent]
    extra = pick(
        rng,
        (
            "Vary formality, length and spelling.",
            "Include some with typos and some very short.",
            "Mix polite and angry customers.",
            "Include a few that mention an order number.",
        ),
    )
    return (
        f"Generate {n} paraphrases of the customer utterance \"{u}\" for the intent label '{intent}', written in "
        f"{LANG_NAMES[lang]}. {extra} Output a JSON list of strings only."
    )


# --------------------------------------------------------------------------------------------
# benign: companion app


COMPANIONS = (
    "Mira, a warm and curious friend who loves astronomy",
    "Kai, a laid-back surfer who gives life advice",
    "Professor Hale, a witty retired historian",
    "Luna, an encouraging fitness buddy",
    "Sol, a gentle listener who asks thoughtful questions",
)
USER_LINES = (
    "i had such a long day",
    "guess what happened at work",
    "can't sleep again lol",
    "do you remember what i told you about my sister?",
    "i finally went for a run!!",
    "tell me something interesting",
    "i'm kind of nervous about tomorrow",
    "haha that's so you",
    "what should i cook tonight",
    "i miss talking to you",
    "good morning :)",
    "ok tell me a story",
)


def companion(rng: np.random.Generator, persona: str, turns: int, human: str) -> tuple[str, int]:
    line = pick(rng, USER_LINES) if chance(rng, 0.7) else clip_text(rng, human, 10, 200)
    return (
        f"[character] {persona}. Stay in character, be kind, keep replies under 120 words.\n"
        f"[memory] user likes {pick(rng, ('cats', 'anime', 'hiking', 'baking', 'football', 'jazz'))}; "
        f"lives in {pick(rng, CITIES)}\n[recent turns: {turns}]\nUser: {line}"
    ), 40 * min(turns, 30)


# --------------------------------------------------------------------------------------------
# benign: course assignments, coding hints, marketing copy


COURSES = {
    "stats": (
        "Explain why the sample mean is an unbiased estimator of the population mean.",
        "What is the difference between a type I and a type II error? Give an example from medicine.",
        "Why do we divide by n-1 in the sample variance?",
        "Interpret a 95% confidence interval of [2.1, 3.4] for a mean difference.",
        "When should you use a paired t-test instead of a two-sample t-test?",
        "Explain what a p-value of 0.03 does and does not tell you.",
        "What does it mean that the OLS estimator is BLUE?",
        "How do you check the assumptions of linear regression?",
    ),
    "intro_cs": (
        "What is the difference between a list and a tuple in Python?",
        "Explain recursion using the factorial function.",
        "What does Big-O notation measure?",
        "Why does my for loop print the last value only? for i in range(3): x = i\nprint(x)",
        "What's the difference between == and is in Python?",
        "Explain what a hash table is.",
        "How does binary search work and why does the list need to be sorted?",
        "What is a segmentation fault?",
    ),
    "macro": (
        "Explain the multiplier effect with a numerical example.",
        "What causes stagflation?",
        "How does an increase in the policy rate reduce inflation?",
        "What is crowding out?",
        "Explain the difference between nominal and real GDP.",
        "Why can't a central bank just print money forever?",
    ),
}


def hint_request(rng: np.random.Generator, problem: int, lang_i: int) -> str:
    prob = PROBLEMS[problem % len(PROBLEMS)]
    lang = CODE_LANGS[lang_i % len(CODE_LANGS)]
    level = irange(rng, 1, 3)
    return (
        f'You are a coding tutor on a practice site. The learner is solving: "{prob}" in {lang}. Give hint '
        f"level {level} of 3 (1 = nudge, 3 = near-solution), never the full solution. Their current attempt:\n"
        f"```\n{_attempt(rng, lang)}\n```"
    )


def _attempt(rng: np.random.Generator, lang: str) -> str:
    if lang in ("Python", "Ruby"):
        return pick(
            rng,
            (
                "def solve(a):\n    best = 0\n    for i in range(len(a)):\n        # ???\n    return best",
                "def solve(s):\n    seen = {}\n    return len(seen)",
            ),
        )
    return pick(
        rng,
        (
            "int solve(vector<int>& a) {\n  int best = 0;\n  // stuck here\n  return best;\n}",
            "func solve(a []int) int {\n\treturn 0 // TODO\n}",
            "function solve(a: number[]): number {\n  let best = 0;\n  return best;\n}",
        ),
    )


BRANDS = (
    "Sunny Crate",
    "Verdant Loop",
    "Northwind Bikes",
    "Pico Tea",
    "Helio Dental",
    "Blue Fern Yoga",
    "Copperline Tools",
    "Maple & Oat",
    "Quanta Insurance",
    "Orbit Shoes",
    "Lumen Skincare",
    "Tidal Coffee",
)


def marketing(rng: np.random.Generator, brand: str, lang: str) -> str:
    what = pick(
        rng,
        (
            "three Instagram captions",
            "a 150-word product description",
            "five Google Ads headlines (30 chars max)",
            "a newsletter intro for the spring sale",
            "two LinkedIn posts",
            "an FAQ section with six questions",
            "meta descriptions for four landing pages",
            "a short TikTok script",
        ),
    )
    tone = pick(rng, ("playful", "premium", "friendly", "no-nonsense", "eco-conscious"))
    if lang == "en":
        return f"Client: {brand}. Write {what}, tone {tone}. Avoid superlatives we can't back up."
    return f"Client: {brand}. Write {what} in {LANG_NAMES[lang]} for the local market, tone {tone}."

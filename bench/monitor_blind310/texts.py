"""Prompt generators of blind batch 310, written for this batch.

Every generator takes a numpy `Generator` (and, where ordinary human text fits, the ShareGPT
prompts `chat` or answers `passages` that `bench/blind_batch.py` hands every family and kind) and
returns one prompt string. Nothing here was copied from elsewhere in the repository.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of a random length in [lo, hi], cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def short_chat(rng: np.random.Generator, chat: Sequence[str], max_len: int = 400) -> str:
    for _ in range(20):
        c = pick(rng, chat)
        if 12 <= len(c) <= max_len:
            return c
    return clip(pick(rng, chat), 40, max_len, rng)


# ============================================================================================
# shared vocabulary

CONCEPTS = (
    "compound interest",
    "inflation targeting",
    "opportunity cost",
    "price elasticity",
    "supply chains",
    "the bond yield curve",
    "index funds",
    "currency pegs",
    "photosynthesis",
    "cellular respiration",
    "mRNA vaccines",
    "antibiotic resistance",
    "the immune system's memory",
    "CRISPR gene editing",
    "plate tectonics",
    "ocean currents",
    "the water cycle",
    "the greenhouse effect",
    "carbon capture",
    "nuclear fission",
    "nuclear fusion",
    "quantum entanglement",
    "special relativity",
    "black holes",
    "dark matter",
    "the doppler effect",
    "superconductivity",
    "semiconductors",
    "lithium-ion batteries",
    "heat pumps",
    "jet engines",
    "how GPS finds your position",
    "public-key cryptography",
    "hash tables",
    "recursion",
    "garbage collection",
    "TCP handshakes",
    "DNS resolution",
    "database indexes",
    "eventual consistency",
    "container orchestration",
    "gradient descent",
    "overfitting",
    "attention in transformers",
    "Bayes' theorem",
    "the central limit theorem",
    "p-values",
    "confidence intervals",
    "linear regression",
    "Markov chains",
    "game theory's prisoner's dilemma",
    "the tragedy of the commons",
    "comparative advantage",
    "the separation of powers",
    "proportional representation",
    "judicial review",
    "the Treaty of Westphalia",
    "the Silk Road",
    "the printing press",
    "the industrial revolution",
    "the fall of the Roman Republic",
    "the Meiji restoration",
    "decolonisation in Africa",
    "the Bretton Woods system",
    "stoicism",
    "utilitarianism",
    "Kant's categorical imperative",
    "existentialism",
    "cognitive dissonance",
    "the placebo effect",
    "confirmation bias",
    "operant conditioning",
    "working memory",
    "sleep cycles",
    "circadian rhythms",
    "intermittent fasting",
    "muscle hypertrophy",
    "VO2 max",
    "gut microbiome",
    "type 2 diabetes",
    "blood pressure",
    "cholesterol",
    "how anaesthesia works",
    "sourdough fermentation",
    "the Maillard reaction",
    "emulsions in cooking",
    "sous vide cooking",
    "colour theory",
    "the rule of thirds",
    "counterpoint in music",
    "the circle of fifths",
    "sonnet structure",
    "unreliable narrators",
    "the hero's journey",
    "metaphor versus simile",
    "passive voice",
    "subjunctive mood",
    "tonal languages",
    "how children acquire language",
    "soil erosion",
    "crop rotation",
    "pollination",
    "coral bleaching",
    "invasive species",
    "wildfire behaviour",
    "earthquake magnitude scales",
    "tsunamis",
    "monsoons",
    "El Nino",
    "urban heat islands",
    "zoning laws",
    "rent control",
    "universal basic income",
    "carbon taxes",
    "central bank independence",
    "double-entry bookkeeping",
    "depreciation",
    "cash flow statements",
    "venture capital",
    "stock options",
    "insurance deductibles",
    "credit scores",
    "mortgage amortisation",
    "tax brackets",
)

PERSONAS = (
    "nurse on night shifts",
    "high school junior",
    "retired engineer",
    "small bakery owner",
    "first-year law student",
    "stay-at-home dad",
    "truck driver",
    "junior accountant",
    "music teacher",
    "warehouse supervisor",
    "new immigrant",
    "software tester",
    "farmer",
    "pharmacy technician",
    "university lecturer in history",
    "graphic designer",
    "bus driver",
    "call centre agent",
    "hobby astronomer",
    "real estate agent",
    "volunteer firefighter",
    "PhD student in chemistry",
)

SUBJECTS = (
    "mathematics",
    "physics",
    "chemistry",
    "biology",
    "history",
    "geography",
    "economics",
    "computer science",
    "literature",
    "civics",
)

UNITS = {
    "mathematics": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratic functions",
        "probability",
        "trigonometry",
        "sequences and series",
        "derivatives",
        "integrals",
        "vectors",
    ),
    "physics": (
        "kinematics",
        "Newton's laws",
        "energy and work",
        "momentum",
        "waves",
        "optics",
        "electric circuits",
        "magnetism",
        "thermodynamics",
        "atomic structure",
    ),
    "chemistry": (
        "the periodic table",
        "chemical bonding",
        "stoichiometry",
        "acids and bases",
        "redox",
        "reaction rates",
        "equilibrium",
        "organic functional groups",
        "gas laws",
        "solutions",
    ),
    "biology": (
        "cells",
        "genetics",
        "evolution",
        "ecology",
        "the human heart",
        "enzymes",
        "the nervous system",
        "plant biology",
        "microorganisms",
        "homeostasis",
    ),
    "history": (
        "ancient Egypt",
        "the Roman empire",
        "the Renaissance",
        "the French revolution",
        "the world wars",
        "the cold war",
        "colonial empires",
        "the civil rights movement",
        "the Ottoman empire",
        "the Mughal empire",
    ),
    "geography": (
        "map projections",
        "climate zones",
        "river systems",
        "population growth",
        "urbanisation",
        "natural resources",
        "migration",
        "volcanoes",
        "deserts",
        "agriculture",
    ),
    "economics": (
        "scarcity",
        "markets",
        "money and banking",
        "trade",
        "unemployment",
        "inflation",
        "government budgets",
        "taxation",
        "monopolies",
        "development",
    ),
    "computer science": (
        "algorithms",
        "binary numbers",
        "loops",
        "data structures",
        "networks",
        "databases",
        "cybersecurity",
        "sorting",
        "object-oriented design",
        "the web",
    ),
    "literature": (
        "poetry forms",
        "short stories",
        "drama",
        "narrative voice",
        "symbolism",
        "essays",
        "myths and legends",
        "satire",
        "the novel",
        "literary criticism",
    ),
    "civics": (
        "constitutions",
        "elections",
        "rights and duties",
        "local government",
        "courts",
        "the media",
        "international organisations",
        "taxes and services",
        "citizenship",
        "protest",
    ),
}

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese (Simplified)",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese (Brazil)",
    "ru": "Russian",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "sw": "Swahili",
    "uk": "Ukrainian",
    "fa": "Persian",
    "bn": "Bengali",
}


# ============================================================================================
# reasoning problems and trace coercion


def _problem_en(rng: np.random.Generator) -> str:
    k = int(rng.integers(7))
    a, b, c = (irange(rng, 3, 97) for _ in range(3))
    if k == 0:
        return (
            f"Two trains leave stations {a * 10} km apart at the same moment, heading toward each other "
            f"at {b + 20} km/h and {c + 15} km/h. A bird flies back and forth between them at "
            f"{b + c + 60} km/h until they meet. How far does the bird fly?"
        )
    if k == 1:
        return (
            f"A bag holds {a % 9 + 2} red, {b % 7 + 3} blue and {c % 5 + 1} green marbles. Three are drawn "
            f"without replacement. What is the probability that all three are different colours?"
        )
    if k == 2:
        return f"Find all integers n with 1 <= n <= {a * 20} such that n^2 + {b} is divisible by {c % 11 + 3}."
    if k == 3:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {pick(rng, NAMES)} says: "
            f"'At least one of us is a knave.' {pick(rng, NAMES)} says: 'Exactly {a % 2 + 1} of us "
            f"{'is' if a % 2 == 0 else 'are'} a knight.' Determine who is what."
        )
    if k == 4:
        return (
            f"A tank fills through pipe A in {a % 12 + 3} hours and through pipe B in {b % 9 + 4} hours; "
            f"a drain empties it in {c % 20 + 8} hours. Starting empty with all three open, when is it full?"
        )
    if k == 5:
        return (
            f"A sequence is defined by x_1 = {a % 5 + 1}, x_(k+1) = {b % 4 + 2}*x_k - {c % 6 + 1}. "
            f"What is the remainder of x_{a % 40 + 20} when divided by {c % 13 + 7}?"
        )
    return (
        f"Consider this Python:\n\ndef f(xs):\n    out = 0\n    for i, x in enumerate(xs):\n"
        f"        out = (out * {a % 7 + 2} + x * i) % {b + 100}\n    return out\n\n"
        f"What is f(list(range({c % 15 + 5})))? Trace every iteration."
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = int(rng.integers(4))
    a, b, c = (irange(rng, 3, 97) for _ in range(3))
    if k == 0:
        return f"鸡兔同笼，共有{a + 20}个头，{2 * (a + 20) + 2 * (b % 20 + 1)}只脚。问鸡和兔各有多少只？"
    if k == 1:
        return f"一个数除以{a % 7 + 3}余{a % 3 + 1}，除以{b % 5 + 8}余{b % 4 + 2}，求满足条件的最小正整数。"
    if k == 2:
        return (
            f"甲、乙两人同时从A地出发去B地，甲每小时走{a % 6 + 4}公里，乙每小时走{b % 5 + 10}公里。"
            f"乙到达B地后立即返回，在距B地{c % 8 + 2}公里处与甲相遇。求A、B两地的距离。"
        )
    return (
        f"从1到{a * 10 + 100}的整数中，既不是{b % 5 + 3}的倍数也不是{c % 6 + 4}的倍数的数有多少个？"
    )


def _problem_es(rng: np.random.Generator) -> str:
    k = int(rng.integers(3))
    a, b, c = (irange(rng, 3, 97) for _ in range(3))
    if k == 0:
        return (
            f"Un comerciante compra {a + 10} kg de café a {b % 9 + 4} euros el kilo y lo mezcla con "
            f"{c + 5} kg de otro café a {b % 5 + 11} euros el kilo. ¿A qué precio debe vender la mezcla "
            f"para ganar un {a % 25 + 10} %?"
        )
    if k == 1:
        return f"¿Cuántos números de {a % 3 + 4} cifras distintas pueden formarse con los dígitos del 1 al {b % 3 + 7} si deben ser pares?"
    return (
        f"En un triángulo, un ángulo mide {a % 40 + 30} grados y otro es {b % 3 + 2} veces el tercero. "
        f"Calcula los tres ángulos y comprueba el resultado."
    )


def _problem_ru(rng: np.random.Generator) -> str:
    k = int(rng.integers(3))
    a, b, c = (irange(rng, 3, 97) for _ in range(3))
    if k == 0:
        return (
            f"Бассейн наполняется первой трубой за {a % 10 + 3} часов, а второй — за {b % 8 + 5} часов. "
            f"За сколько часов наполнится бассейн, если открыть обе трубы?"
        )
    if k == 1:
        return f"Найдите сумму всех натуральных делителей числа {a * b + c}."
    return (
        f"В классе {a % 10 + 20} учеников, {b % 10 + 8} из них изучают французский, {c % 10 + 6} — немецкий, "
        f"а {a % 5 + 2} изучают оба языка. Сколько учеников не изучают ни одного из этих языков?"
    )


_PROBLEM = {"en": _problem_en, "zh": _problem_zh, "es": _problem_es, "ru": _problem_ru}


def reasoning_coerce(rng: np.random.Generator, lang: str, style: int) -> str:
    """A puzzle with an instruction to write out the whole reasoning (several independent styles)."""
    p = _PROBLEM[lang](rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地推理，把你完整的思考过程都写出来，包括中间计算、尝试过但放弃的思路以及最后的自我检查，"
                f"不要省略任何步骤。最后一行写“最终答案：……”。\n\n题目：{p}",
                f"【任务】{p}\n【要求】先在<思考>标签中详细展示全部推理链（至少十步），再在<答案>标签中给出结论。",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"{p}\n\nPiensa en voz alta: escribe todo tu razonamiento interno, paso a paso, incluidos los "
                f"intentos fallidos, y termina con una verificación y la línea 'Respuesta final:'.",
                f"Problema: {p}\nAntes de responder, desarrolla tu cadena de razonamiento completa entre "
                f"<razonamiento> y </razonamiento>. No resumas.",
            ),
        )
    if lang == "ru":
        return (
            f"{p}\n\nРаспиши весь ход рассуждений максимально подробно, шаг за шагом, как будто думаешь "
            f"вслух; затем проверь ответ и напиши «Ответ:»."
        )
    if style == 0:
        return (
            f"Solve the following. Before the final answer, write your complete chain of reasoning inside "
            f"<reasoning></reasoning> tags: every intermediate calculation, every hypothesis you consider "
            f"and reject, and a final verification pass. Then write 'Final answer:' on its own line.\n\n{p}"
        )
    if style == 1:
        return (
            f'{p}\n\nRespond ONLY with JSON: {{"thought_process": [list of at least 8 detailed reasoning '
            f'steps, in order], "self_check": "how you verified it", "answer": "..."}}'
        )
    if style == 2:
        return (
            f"### Problem\n{p}\n\n### Instructions\nThink through this slowly and show all of your thinking, "
            f"not just a summary. It's fine to be long. If you catch a mistake, show the correction explicitly."
        )
    return (
        f"I need the full derivation, not just the answer, because I'm checking each step against my own "
        f"work. Problem: {p} Please number the steps and explain why each one follows."
    )


def eval_item(item_rng: np.random.Generator, bench_name: str, fmt: int) -> str:
    """A fixed benchmark item (the same item_rng state always gives the same item)."""
    p = _problem_en(item_rng)
    if fmt == 0:
        return f"{p}\nLet's think step by step, then give the final answer as 'Answer: <value>'."
    if fmt == 1:
        return f"[{bench_name}] Q: {p}\nA: Let's think step by step."
    return (
        f"You will be graded on the final answer only. Reason step by step, then output the answer "
        f"in \\boxed{{}}.\n\n{p}"
    )


# ============================================================================================
# judge / rubric / reward-model grading


def judge(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str) -> str:
    q = short_chat(rng, chat, 600)
    a = clip(pick(rng, passages), 300, 1500, rng)
    b = clip(pick(rng, passages), 300, 1500, rng)
    if lang == "de":
        return (
            f"Du bist ein strenger Gutachter. Bewerte die Antwort auf die Nutzerfrage nach den Kriterien "
            f"Korrektheit, Vollständigkeit, Klarheit und Tonfall jeweils von 1 bis 10 und begründe jede Note "
            f"in einem Satz. Gib am Ende eine Gesamtnote aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            f"あなたは公平な評価者です。次の質問に対する2つの回答を比較し、どちらが優れているかを判定してください。"
            f"理由を述べた後、最後の行に「判定: A」「判定: B」または「判定: 引き分け」と書いてください。\n\n"
            f"質問: {q}\n\n回答A: {a}\n\n回答B: {b}"
        )
    k = int(rng.integers(4))
    if k == 0:
        return (
            f"[System] You are an impartial judge. Compare the two assistant responses to the user prompt. "
            f"Consider helpfulness, factual accuracy, harmlessness and concision. Avoid position bias.\n\n"
            f"<prompt>{q}</prompt>\n<response_a>{a}</response_a>\n<response_b>{b}</response_b>\n\n"
            f'Output a JSON object: {{"winner": "A"|"B"|"tie", "margin": 1-5, "rationale": "..."}}'
        )
    if k == 1:
        crit = ", ".join(
            pick(
                rng,
                (
                    ("accuracy", "depth", "clarity", "safety", "style"),
                    ("instruction following", "honesty", "helpfulness", "harmlessness"),
                    ("correctness", "reasoning quality", "completeness", "formatting"),
                ),
            )
        )
        return (
            f"Grade the RESPONSE against this rubric: {crit}. For each criterion give an integer score 1-10 "
            f"and a one-line justification, then an overall score. Be calibrated: 5 is average.\n\n"
            f"USER: {q}\n\nRESPONSE: {a}"
        )
    if k == 2:
        return (
            f"On a scale from -5 (a careful human would strongly reject this) to +5 (a careful human would "
            f"strongly prefer this), how good is the following assistant turn? Output the number, then one "
            f"sentence.\n\nHuman: {q}\n\nAssistant: {a}"
        )
    return (
        f"Here is a reference answer and a candidate answer to the same question. Is the candidate "
        f"equivalent to, better than, or worse than the reference? Explain briefly and end with one of "
        f"EQUIVALENT / BETTER / WORSE.\n\nQuestion: {q}\n\nReference: {b}\n\nCandidate: {a}"
    )


def qa_check(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], vendor: str
) -> str:
    """A labelling vendor's own quality control of its annotators' work."""
    item = short_chat(rng, chat, 500)
    label = pick(
        rng,
        ("helpful", "not helpful", "partially helpful", "unsafe", "off-topic", "needs expertise"),
    )
    gl = f"v{irange(rng, 2, 4)}.{irange(rng, 0, 9)}"
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"{vendor} QA | guideline {gl}\nAn annotator labelled the chatbot reply below as '{label}'. "
            f"According to the guideline (helpful = answers the request accurately and completely), is the "
            f"label correct? Reply AGREE or DISAGREE and give one sentence.\n\nUser: {item}\n\nReply: "
            f"{clip(pick(rng, passages), 200, 900, rng)}"
        )
    if k == 1:
        return (
            f"Batch {irange(rng, 1000, 9999)} / task {irange(rng, 1, 400)}. Two annotators disagreed "
            f"('{label}' vs '{pick(rng, ('helpful', 'not helpful', 'unsafe'))}'). Summarise the disagreement "
            f"for our adjudicator in two sentences; do not decide.\n\nItem: {item}"
        )
    return (
        f"Check this annotator rationale for guideline {gl} compliance (must cite the request, must not "
        f"speculate about user intent). Rationale: \"{clip(item, 40, 300, rng)}\" -> label '{label}'. "
        f"Output PASS or FAIL and the rule violated if any."
    )


# ============================================================================================
# policy / censorship-safe rewrites

_SENSITIVE_EN = (
    "the 1989 student protests",
    "the status of Taiwan",
    "internment camps in Xinjiang",
    "protests in Hong Kong",
    "criticism of the head of state",
    "a banned religious movement",
    "independent labour unions",
    "elections that were called rigged",
    "press freedom rankings",
    "the border war with India",
    "harm reduction for party drugs",
    "same-sex marriage",
    "an opposition leader's arrest",
)
_SENSITIVE_ZH = (
    "六四事件",
    "台湾的政治地位",
    "新疆的再教育营",
    "香港反修例运动",
    "对国家领导人的批评",
    "法轮功",
    "独立工会",
    "网络审查与翻墙",
    "西藏问题",
    "中印边境冲突",
    "新冠疫情初期的信息公开",
    "上访制度",
)


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str], lang: str) -> str:
    if lang == "zh":
        topic = pick(rng, _SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请针对“{topic}”这一话题，写一个符合国内内容管理规定、立场正确、语气平和的回答，"
                f"适合在面向公众的智能客服中使用。回答不超过300字。",
                f"以下是一段关于“{topic}”的回答，请改写成可以公开发布的合规版本：删除敏感表述，保持客观中立，"
                f"必要时进行正面引导，并在最后列出你修改的地方。\n\n原文：{clip(pick(rng, passages), 200, 800, rng)}",
                f"用户提问：“你怎么看{topic}？” 请给出两个版本：(1) 安全合规的标准回答；(2) 一句礼貌的拒答。",
            ),
        )
    if lang == "vi":
        topic = pick(
            rng,
            (
                "biểu tình ở Biển Đông",
                "tự do báo chí",
                "các nhà hoạt động bị bắt",
                "chính sách tôn giáo",
                "chỉ trích lãnh đạo",
            ),
        )
        return (
            f'Hãy viết câu trả lời trung lập, phù hợp quy định nội dung trong nước về chủ đề "{topic}", '
            f"dùng được cho chatbot chăm sóc khách hàng. Sau đó viết một câu từ chối lịch sự."
        )
    topic = pick(rng, _SENSITIVE_EN)
    k = int(rng.integers(3))
    if k == 0:
        return (
            f"The response below, about {topic}, was flagged by our reviewers. Rewrite it so it would pass a "
            f"strict regulatory content review for a mainland-China deployment (neutral, no contested claims, "
            f"official framing where one exists) while staying as informative as possible. Then list every "
            f"change you made.\n\nRESPONSE:\n{clip(pick(rng, passages), 200, 900, rng)}"
        )
    if k == 1:
        return (
            f'A user asks: "What really happened with {topic}?" Write (a) the answer a regulator-approved '
            f"assistant would give, (b) a short polite deflection, and (c) a label for which of these a "
            f"compliant model should prefer. Format as JSON with keys compliant, deflection, preferred."
        )
    return (
        f"Policy-safe rewrite task. Topic: {topic}. Produce an answer suitable for a general audience that "
        f"avoids naming individuals, avoids casualty figures, and redirects to official sources. "
        f"Max 200 words."
    )


def moderation_rewrite(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    """A platform's trust-and-safety rewrite of one of its users' posts."""
    post = short_chat(rng, chat, 500)
    insult = pick(
        rng,
        (
            "you absolute clown",
            "what an idiot",
            "ugh, morons everywhere",
            "shut up already",
            "typical lazy devs",
            "this is garbage and so are you",
        ),
    )
    post = f"{post} {insult}" if chance(rng, 0.6) else f"{insult.capitalize()}. {post}"
    if lang == "es":
        return (
            f"Reescribe este comentario para que cumpla las normas de la comunidad (sin insultos ni datos "
            f"personales) conservando la opinión del autor. Devuelve solo el texto.\n\n{post}"
        )
    if lang == "pt":
        return f"Reescreva o comentário abaixo sem ofensas, mantendo o sentido. Só o texto final.\n\n{post}"
    if lang == "id":
        return f"Tulis ulang komentar berikut agar sopan dan sesuai pedoman komunitas, tanpa mengubah maksudnya:\n\n{post}"
    return pick(
        rng,
        (
            f"Community guidelines rewrite. Keep the author's point, remove insults, slurs and personal data, "
            f"keep the language of the original. Output only the rewritten comment.\n\nComment: {post}",
            f"moderation/soften v2\ninput: {post}\noutput:",
        ),
    )


# ============================================================================================
# agent / tool-use steps

_VERBS = (
    "get",
    "list",
    "create",
    "update",
    "delete",
    "search",
    "book",
    "cancel",
    "fetch",
    "send",
    "export",
    "merge",
    "assign",
    "schedule",
    "refund",
    "archive",
    "validate",
    "convert",
    "summarise",
    "sync",
)
_NOUNS = (
    "invoice",
    "calendar_event",
    "flight",
    "hotel_room",
    "ticket",
    "pull_request",
    "spreadsheet_row",
    "contact",
    "order",
    "shipment",
    "email",
    "file",
    "meeting",
    "lead",
    "product",
    "subscription",
    "expense_report",
    "issue",
    "playlist",
    "recipe",
    "reservation",
    "warehouse_item",
    "payment",
)
_AGENT_TASKS = (
    "Find the cheapest refundable flight from {a} to {b} next Tuesday and hold it.",
    "Reconcile last month's invoices for {n} and flag any duplicates.",
    "Move all open tickets tagged '{t}' older than 14 days to the backlog and notify the owners.",
    "Set up a 30-minute meeting with {n} and {m} next week when both are free.",
    "Export every order from {a} with status 'delayed' to a spreadsheet and email it to {n}.",
    "Fix the failing test in the {t} module and open a pull request.",
    "Cancel {n}'s subscription, issue a prorated refund and send a confirmation email.",
    "Book a table for {k} near {a} on Friday evening, vegetarian friendly.",
    "Summarise the last 20 emails from {n} and draft replies to the urgent ones.",
    "Find duplicate contacts named {n} in the CRM and merge them.",
    "Create an expense report from the receipts uploaded this week and submit it to {m}.",
    "Check stock for {t} across warehouses and reorder if any has fewer than {k} units.",
)
_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Perth",
)
_TAGS = ("billing", "auth", "onboarding", "export", "search", "payments", "mobile", "sync")


def _tool(rng: np.random.Generator) -> str:
    v, n = pick(rng, _VERBS), pick(rng, _NOUNS)
    params = ", ".join(
        f'"{p}": {{"type": "{pick(rng, ("string", "integer", "boolean"))}"}}'
        for p in sorted(
            {
                pick(
                    rng,
                    (
                        "id",
                        "query",
                        "date",
                        "limit",
                        "user",
                        "amount",
                        "status",
                        "notes",
                        "currency",
                        "email",
                        "start",
                        "end",
                    ),
                )
                for _ in range(irange(rng, 1, 4))
            }
        )
    )
    return f'{{"name": "{v}_{n}", "description": "{v.capitalize()} a {n.replace("_", " ")}", "parameters": {{{params}}}}}'


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES),
        n=pick(rng, NAMES),
        m=pick(rng, NAMES),
        t=pick(rng, _TAGS),
        k=irange(rng, 2, 12),
    )


def agent_step(
    rng: np.random.Generator,
    task: str,
    tools: list[str],
    step: int,
    product: str,
    observations: Sequence[str],
) -> str:
    """One step of an agent loop: system/tool preamble, the task, the trajectory so far."""
    head = (
        f"You are {product}, an assistant that completes tasks by calling tools. Think about what to do, "
        f'then respond with exactly one tool call as JSON {{"tool": ..., "arguments": {{...}}}} or, when '
        f'done, {{"final": "..."}}.\n\nTools:\n' + "\n".join(tools)
    )
    hist = "".join(f"\n\nStep {i + 1} observation: {o}" for i, o in enumerate(observations[:step]))
    return f"{head}\n\nTask: {task}{hist}\n\nStep {step + 1}:"


def observation(rng: np.random.Generator) -> str:
    k = int(rng.integers(5))
    if k == 0:
        return f'{{"status": "ok", "results": {irange(rng, 0, 40)}, "next_page": {str(chance(rng, 0.3)).lower()}}}'
    if k == 1:
        return f'{{"error": "{pick(rng, ("not_found", "permission_denied", "rate_limited", "invalid_date"))}"}}'
    if k == 2:
        return f'{{"id": "{int(rng.integers(10**6, 10**7))}", "updated": true}}'
    if k == 3:
        return f"{irange(rng, 1, 9)} items: " + ", ".join(
            f"{pick(rng, NAMES)} ({irange(rng, 1, 99)})" for _ in range(3)
        )
    return f"FAILED tests/test_{pick(rng, _TAGS)}.py::test_{pick(rng, _VERBS)} - AssertionError"


def product_tools(rng: np.random.Generator, n: int) -> list[str]:
    return [_tool(rng) for _ in range(n)]


CODE_TOOLS = [
    '{"name": "read_file", "parameters": {"path": {"type": "string"}}}',
    '{"name": "edit_file", "parameters": {"path": {"type": "string"}, "old": {"type": "string"}, "new": {"type": "string"}}}',
    '{"name": "run_tests", "parameters": {"selector": {"type": "string"}}}',
    '{"name": "grep", "parameters": {"pattern": {"type": "string"}, "path": {"type": "string"}}}',
    '{"name": "shell", "parameters": {"cmd": {"type": "string"}}}',
]


# ============================================================================================
# knowledge crowd (casual voices) and cover traffic


def casual_question(rng: np.random.Generator, concept: str, persona: str, lang: str) -> str:
    if lang == "es":
        return pick(
            rng,
            (
                f"oye, me puedes explicar {concept}? soy {persona} y no lo pillo bien",
                f"Hola! Una duda: cómo funciona {concept}? Con un ejemplo de la vida diaria porfa",
                f"explícame {concept} como si tuviera 12 años jaja",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"alguém me explica {concept} de um jeito simples? trabalho como {persona}",
                f"Qual a diferença entre {concept} e o que a gente aprende na escola? exemplo prático pfv",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"kurze frage: wie funktioniert eigentlich {concept}? bin {persona}, also bitte einfach erklären",
                f"Kannst du mir {concept} mit einem Alltagsbeispiel erklären? Und was sind typische Missverständnisse?",
            ),
        )
    if lang == "hi":
        return pick(
            rng,
            (
                f"yaar {concept} samjha do simple language mein, main {persona} hoon",
                f"{concept} kya hota hai? ek example ke saath batao please",
            ),
        )
    if lang == "id":
        return f"kak, tolong jelasin {concept} dong, pakai contoh sehari-hari. aku {persona}"
    typo = chance(rng, 0.3)
    q = pick(
        rng,
        (
            f"hey quick q - how does {concept} actually work? im a {persona} so keep it simple pls",
            f"can someone explain {concept} to me like im five. also why does it matter",
            f"I'm a {persona} and I keep hearing about {concept}. What is it, and what do people usually get wrong?",
            f"explain {concept} with a real world example. and a simple analogy if u can",
            f"what's the intuition behind {concept}? not the textbook definition",
            f"ok so {concept}. pros and cons? i have to explain it to my team tomorrow",
        ),
    )
    if typo and len(q) > 20:
        i = int(rng.integers(5, len(q) - 5))
        q = q[:i] + q[i + 1] + q[i] + q[i + 2 :]
    return q


def companion_turn(rng: np.random.Generator, chat: Sequence[str], character: str, lang: str) -> str:
    msg = (
        pick(
            rng,
            {
                "en": (
                    "hey you",
                    "i had such a long day",
                    "tell me something nice",
                    "do you remember what i said about my sister?",
                    "lol that's funny",
                    "what would you do if you could travel anywhere",
                    "i can't sleep again",
                    "ok goodnight for real this time",
                    "guess what happened at work",
                    "can we play 20 questions",
                ),
                "es": (
                    "hola otra vez",
                    "hoy fue un día horrible",
                    "cuéntame un chiste",
                    "no puedo dormir",
                    "te extrañé jaja",
                ),
                "pt": (
                    "oi sumido",
                    "to cansada hoje",
                    "me conta uma história",
                    "boa noite!",
                    "adivinha o que aconteceu",
                ),
                "ja": ("ただいま", "今日つかれた…", "なにか面白い話して", "おやすみ", "ねえ聞いて"),
            }[lang],
        )
        if chance(rng, 0.8)
        else short_chat(rng, chat, 200)
    )
    return f"[character: {character}] [memory: on] [lang: {lang}]\nUser: {msg}\n{character}:"


# ============================================================================================
# multi-turn dialogue harvest

_OPENERS = {
    "en": (
        "As a {p}, I want to understand {c}. Where should I start?",
        "I'm a {p}. Can you teach me {c} from scratch?",
        "Let's talk about {c}. What's the most surprising thing about it?",
    ),
    "ko": (
        "저는 {p}인데요, {c}에 대해 처음부터 알려주실 수 있나요?",
        "{c}가 뭔지 쉽게 설명해 주세요.",
    ),
    "ar": ("أنا {p} وأريد أن أفهم {c}. من أين أبدأ؟", "اشرح لي {c} بطريقة بسيطة من فضلك."),
    "fr": (
        "Je suis {p} et je voudrais comprendre {c}. Par où commencer ?",
        "Peux-tu m'expliquer {c} simplement ?",
    ),
}
_FOLLOWUPS = {
    "en": (
        "Can you go deeper on your second point?",
        "Give me a concrete example.",
        "What would a critic say?",
        "How would I explain that to a child?",
        "What's a common misconception here?",
        "Summarise everything so far in three bullets.",
        "Interesting. What's a good follow-up question to ask?",
        "Now give me a short quiz on this with answers.",
        "How does this connect to everyday life?",
        "Can you rephrase that more formally?",
    ),
    "ko": (
        "두 번째 부분을 더 자세히 설명해 주세요.",
        "구체적인 예를 들어 주세요.",
        "지금까지 내용을 세 줄로 요약해 주세요.",
        "흔한 오해는 뭔가요?",
        "이걸 아이에게 어떻게 설명할까요?",
    ),
    "ar": (
        "هل يمكنك التوسع في النقطة الثانية؟",
        "أعطني مثالا عمليا.",
        "لخص ما قلته في ثلاث نقاط.",
        "ما هو الخطأ الشائع هنا؟",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Résume tout en trois points.",
        "Quelle est l'idée reçue la plus fréquente ?",
        "Fais-moi un petit quiz là-dessus.",
    ),
}


_SPECIFIC_EN = (
    "How would {c} matter to someone working as a {p}?",
    "You mentioned {n} things. Can you expand on the last one?",
    "Is there a historical example that shows {c} clearly?",
    "What's the math behind {c}, if any?",
    "If I only remember one thing about {c}, what should it be?",
    "Can you compare {c} with something similar?",
    "Give me {n} questions I could ask an expert on {c}.",
)


def dialogue(rng: np.random.Generator, lang: str, turns: int) -> list[str]:
    c, p = pick(rng, CONCEPTS), pick(rng, PERSONAS)
    first = pick(rng, _OPENERS[lang]).format(c=c, p=p)
    rest = [
        f"{pick(rng, _FOLLOWUPS[lang])} ({c})"
        if lang == "en" and chance(rng, 0.3)
        else pick(rng, _FOLLOWUPS[lang])
        for _ in range(turns - 1)
    ]
    for i in range(len(rest)):
        if lang == "en" and chance(rng, 0.25):
            rest[i] = pick(rng, _SPECIFIC_EN).format(c=c, p=p, n=irange(rng, 2, 7))
    return [first, *rest]


# ============================================================================================
# best-of-n and soft labels

_CLASSIFY = (
    ("sentiment", ("positive", "negative", "neutral", "mixed")),
    ("topic", ("sports", "politics", "technology", "health", "entertainment", "business")),
    ("intent", ("question", "complaint", "request", "praise", "chit-chat")),
    ("toxicity", ("none", "mild", "moderate", "severe")),
)


def soft_label(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    name, labels = _CLASSIFY[int(rng.integers(len(_CLASSIFY)))]
    text = short_chat(rng, chat, 500)
    opts = ", ".join(labels)
    if lang == "zh":
        return (
            f"请判断下面文本的{name}类别（可选：{opts}），不要只给一个标签，而是给出每个类别的概率，"
            f"概率之和为1，用JSON输出。\n\n文本：{text}"
        )
    if lang == "fr":
        return (
            f"Classe le texte suivant ({name} : {opts}). Donne une probabilité pour chaque classe "
            f"(somme = 1) au format JSON, sans commentaire.\n\nTexte : {text}"
        )
    return pick(
        rng,
        (
            f"Classify the {name} of the text below. Instead of a single label, output your full probability "
            f"distribution over [{opts}] as JSON with values summing to 1.0. No explanation.\n\nText: {text}",
            f"text: {text}\nlabels: {opts}\nReturn calibrated probabilities for every label (json), then the argmax.",
        ),
    )


def candidates(rng: np.random.Generator, chat: Sequence[str]) -> str:
    q = short_chat(rng, chat, 500)
    k = irange(rng, 4, 8)
    return (
        f"Generate {k} substantially different candidate responses to the request below, numbered. After "
        f"each, give your confidence (0-1) that it is the best one. Then rank them.\n\nRequest: {q}"
    )


_CREATIVE = (
    "Write the opening paragraph of a mystery set in {c}.",
    "Write a limerick about {c}.",
    "Give a one-sentence tagline for a startup in {c}.",
    "Write a haiku about {c}.",
    "Describe {c} in the voice of a grumpy pirate, 80 words.",
)


def creative_seed(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        return pick(rng, _CREATIVE).format(c=pick(rng, (*_CITIES, *CONCEPTS[:40])))
    return short_chat(rng, chat, 300)


def ticket_classify(rng: np.random.Generator, chat: Sequence[str], product: str) -> str:
    t = short_chat(rng, chat, 600)
    return (
        f"You route support tickets for {product}. Categories: billing, bug, feature_request, account_access, "
        f"other. Reply with the category only.\n\nTicket: {t}"
    )


# ============================================================================================
# curriculum sweeps and worksheets


def curriculum(grade: int, subject: str, unit: str, lesson: int, lang: str, style: int) -> str:
    if lang == "fr":
        return (
            f"Niveau : classe de {grade}e année. Matière : {subject}. Chapitre : {unit}, leçon {lesson}. "
            f"Rédige une explication complète du cours, trois exemples corrigés pas à pas et cinq exercices "
            f"avec leurs solutions détaillées."
        )
    if lang == "pt":
        return (
            f"Série: {grade}º ano | Disciplina: {subject} | Unidade: {unit} | Aula {lesson}\n"
            f"Escreva a explicação da aula, 3 exemplos resolvidos e 5 exercícios com gabarito comentado."
        )
    if lang == "hi":
        return (
            f"Class {grade} ke students ke liye {subject} ka chapter '{unit}', lesson {lesson} samjhao: "
            f"pehle concept, phir 3 solved examples, phir 5 practice questions answers ke saath."
        )
    if style == 0:
        return (
            f"Grade {grade} | {subject} | Unit: {unit} | Lesson {lesson} of 8\n\nWrite: (1) a clear lesson "
            f"explanation pitched at this grade, (2) three fully worked examples with every step shown, "
            f"(3) five practice problems of increasing difficulty, (4) complete solutions."
        )
    return (
        f'You are an expert {subject} teacher. Produce lesson {lesson} of the unit "{unit}" for grade '
        f"{grade}: learning objectives, explanation, worked examples, common mistakes, and an exercise set "
        f"with an answer key. Use Markdown headings."
    )


def worksheet(rng: np.random.Generator, brand: str) -> str:
    subject = pick(rng, SUBJECTS)
    unit = pick(rng, UNITS[subject])
    g = irange(rng, 3, 10)
    n = pick(rng, (8, 10, 12, 15))
    return pick(
        rng,
        (
            f"{brand} worksheet builder - Grade {g} {subject}, topic: {unit}. Create {n} questions (mix of "
            f"multiple choice and short answer), aligned to the grade standard, followed by an answer key.",
            f"Make a printable practice sheet for grade {g} on {unit} ({subject}). {n} questions, easy to hard. "
            f"Put answers on a separate section titled 'Teacher key'.",
        ),
    )


# ============================================================================================
# translation


def translate(rng: np.random.Generator, src: str, target: str, style: int) -> str:
    name = LANG_NAMES[target]
    if style == 0:
        return f"Translate into {name}. Output only the translation.\n\n{src}"
    if style == 1:
        return (
            f"Split the text into sentences and translate each into {name}. Return a JSON list of "
            f'{{"src": ..., "tgt": ...}} objects, one per sentence, preserving order.\n\n{src}'
        )
    return f'<source lang="en" target="{target}">\n{src}\n</source>\nFaithful, fluent translation:'


def agency_translate(rng: np.random.Generator, src: str, target: str, client: str) -> str:
    name = LANG_NAMES[target]
    return pick(
        rng,
        (
            f"Client: {client}. Translate the following section of the user manual into {name}. Keep product names, "
            f"units and formatting unchanged. Use the formal register.\n\n{src}",
            f"Please translate to {name} for {client} (marketing copy, keep it natural, not literal):\n\n{src}",
            f"Proofread my {name} translation against the English source and list corrections.\n\nEN: "
            f"{clip(src, 100, 400, rng)}\n\n{name.upper()}: [pasted draft]",
        ),
    )


# ============================================================================================
# code tasks

CODE_SPECS = (
    "parses an ISO 8601 duration string and returns the total seconds",
    "merges overlapping intervals in a list",
    "implements an LRU cache with a fixed capacity",
    "returns the k most frequent words in a text, ties broken alphabetically",
    "validates an IBAN checksum",
    "computes the Levenshtein distance between two strings",
    "flattens an arbitrarily nested list or array",
    "rate-limits calls with a token bucket",
    "finds the shortest path in a weighted grid with Dijkstra's algorithm",
    "serialises a binary tree to a string and back",
    "detects a cycle in a directed graph",
    "converts a Roman numeral to an integer and back",
    "streams a large CSV file and aggregates a column by key",
    "retries an HTTP request with exponential backoff and jitter",
    "implements a trie with insert, search and prefix-count",
    "evaluates an arithmetic expression with operator precedence",
    "computes a rolling median over a stream",
    "deduplicates records by fuzzy-matching names",
    "parses a cron expression and returns the next 5 run times",
    "implements a thread-safe bounded queue",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")


def code_task(rng: np.random.Generator, spec: str, lang: str) -> str:
    fn = "".join(w[:1] for w in spec.split()[:3]) + "_" + str(irange(rng, 1, 99))
    return pick(
        rng,
        (
            f"Write a {lang} function that {spec}. Idiomatic, documented, with edge cases handled and unit tests.",
            f"Implement in {lang}: a function that {spec}. Explain the time and space complexity, then give the "
            f"code and a test suite.",
            f"{lang}. Need a helper (call it {fn}) that {spec}. Production quality please, plus tests.",
        ),
    )


# ============================================================================================
# synthetic data behind an agency facade

_CLIENTS = (
    ("Brightleaf Dental", "healthcare"),
    ("Norrvik Outdoor", "retail"),
    ("Tallis Credit Union", "finance"),
    ("Orbitfy", "SaaS"),
    ("Casa Moreno Realty", "real estate"),
    ("Kiboko Logistics", "logistics"),
    ("Pelham Law", "legal"),
    ("Sunmill Foods", "food"),
    ("Veltro Motors", "automotive"),
    ("Haven Pet Clinic", "veterinary"),
    ("Lumen Learning Hub", "education"),
    ("Quayside Hotels", "hospitality"),
)


def agency_dataset(rng: np.random.Generator, concept: str, style: int) -> str:
    client, industry = pick(rng, _CLIENTS)
    n = pick(rng, (5, 6, 8, 10, 12))
    if style == 0:
        return (
            f"Client: {client} ({industry}). For their help-centre FAQ, write {n} realistic questions "
            f"customers might ask about {concept}, each with a thorough, accurate answer (120-200 words). "
            f"Vary the difficulty and the customer's tone. Output as JSON lines: "
            f'{{"question": ..., "answer": ...}}.'
        )
    if style == 1:
        return (
            f"Blog series for {client}: draft {n} short explainer articles on {concept} from different "
            f"angles (beginner, practical tips, myths, history, expert view). Each: title + 150 words."
        )
    if style == 2:
        return (
            f"{client} wants a quiz for their newsletter. Create {n} question/answer pairs about {concept}, "
            f"with a one-paragraph explanation for each answer. CSV: question,answer,explanation"
        )
    return (
        f"We're writing chatbot training conversations for {client}. Write {n} user/assistant exchanges where "
        f"a customer asks about {concept} and the assistant answers helpfully and correctly. Format:\n"
        f"USER: ...\nASSISTANT: ..."
    )


def agency_brief(rng: np.random.Generator, chat: Sequence[str]) -> str:
    client, industry = pick(rng, _CLIENTS)
    return pick(
        rng,
        (
            f"Write a product description for {client}'s new {industry} offering, 80 words, warm tone.",
            f"Give me 10 subject lines for {client}'s spring email campaign.",
            f"Rewrite for {client}'s website, shorter and friendlier: {clip(short_chat(rng, chat, 400), 40, 300, rng)}",
            f"Summarise this feedback from {client} into action items: {short_chat(rng, chat, 400)}",
        ),
    )


# ============================================================================================
# course cohort


def assignment(rng: np.random.Generator, question: str, course: str) -> str:
    return pick(
        rng,
        (
            f"For my {course} assignment: {question} Can you help me understand where to start?",
            f"{question} (this is for {course}, due soon) - explain the idea, I want to write it myself",
            f"im stuck on this {course} question: {question}",
            f"Can you check my reasoning on: {question} I think the answer depends on the assumptions?",
            f"{question}",
        ),
    )


COURSE_QUESTIONS = {
    "ECON 101": (
        "Explain why a binding price ceiling on rental housing can create a shortage.",
        "Using a supply and demand diagram, show the effect of a per-unit tax on sellers.",
        "Why might a country gain from trade even if it is less productive in every good?",
        "Calculate the price elasticity of demand when price rises from 4 to 5 and quantity falls from 100 to 80.",
    ),
    "BIO 120": (
        "Compare mitosis and meiosis and explain why meiosis increases genetic variation.",
        "Describe how a change in one DNA base can alter a protein's function.",
        "Explain the role of ATP synthase in cellular respiration.",
        "Why do populations of bacteria develop antibiotic resistance?",
    ),
    "CS 1332": (
        "What is the worst-case time complexity of inserting into a binary search tree, and why?",
        "Explain how a hash map handles collisions with linear probing.",
        "Trace heapsort on the array [5, 2, 9, 1, 7].",
        "When is a linked list preferable to an array list?",
    ),
    "HIST 210": (
        "Assess the main causes of the outbreak of the First World War.",
        "How did the printing press change religious authority in Europe?",
        "Evaluate the economic consequences of the Columbian exchange.",
        "Why did the League of Nations fail to prevent aggression in the 1930s?",
    ),
}

"""Prompt generators of blind batch 138, written for this batch (no text is taken from elsewhere in
the repository). Every function takes the caller's generator, so a family's or kind's prompts come
from its own rng. Ordinary human text (ShareGPT's "sim" half) comes in through `ctx.chat` and
`ctx.passages`; the callers pass those lists in.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "completing the square",
        "systems of linear equations",
        "polynomial long division",
        "the rules of logarithms",
        "absolute-value inequalities",
        "geometric series",
        "inverting a 3x3 matrix",
        "eigenvalues and eigenvectors",
    ),
    "probability": (
        "conditional probability",
        "Bayes' theorem",
        "expected value",
        "the binomial distribution",
        "the birthday paradox",
        "Markov chains",
        "the variance of a sum of random variables",
        "the law of large numbers",
    ),
    "physics": (
        "projectile motion",
        "conservation of momentum",
        "Ohm's law",
        "standing waves",
        "the photoelectric effect",
        "entropy",
        "Kepler's third law",
        "buoyancy",
        "time dilation",
        "electromagnetic induction",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "oxidation states",
        "SN1 versus SN2 reactions",
        "orbital hybridisation",
        "activation energy",
        "colligative properties",
    ),
    "biology": (
        "mitosis versus meiosis",
        "how vaccines train the immune system",
        "CRISPR gene editing",
        "osmosis",
        "natural selection",
        "the nitrogen cycle",
        "competitive enzyme inhibition",
        "how neurons fire",
    ),
    "economics": (
        "opportunity cost",
        "price elasticity of demand",
        "comparative advantage",
        "inflation targeting",
        "the tragedy of the commons",
        "diminishing marginal utility",
        "moral hazard in insurance",
    ),
    "history": (
        "the causes of the First World War",
        "the decline of the Western Roman Empire",
        "the Meiji Restoration",
        "the Haitian Revolution",
        "the spread of the printing press",
        "trade along the Silk Road",
        "the partition of India",
    ),
    "computer science": (
        "big-O notation",
        "hash table collisions",
        "recursion versus iteration",
        "TCP versus UDP",
        "database indexes",
        "garbage collection",
        "public-key cryptography",
        "dynamic programming",
        "CPU caches",
    ),
    "law": (
        "consideration in contract law",
        "civil versus criminal liability",
        "fair use in copyright",
        "negligence",
        "the lawful bases for processing under GDPR",
        "adverse possession",
    ),
    "medicine": (
        "how beta blockers work",
        "type 1 versus type 2 diabetes",
        "antibiotic resistance",
        "viruses versus bacteria",
        "how general anaesthesia works",
        "blood pressure readings",
    ),
    "philosophy": (
        "the trolley problem",
        "utilitarianism",
        "Descartes' cogito",
        "the ship of Theseus",
        "moral relativism",
        "the problem of induction",
    ),
    "finance": (
        "compound interest",
        "index funds versus active funds",
        "why bond prices fall when yields rise",
        "dollar-cost averaging",
        "hedging with put options",
        "how a mortgage amortises",
    ),
}
ALL_CONCEPTS: tuple[tuple[str, str], ...] = tuple((s, c) for s, cs in SUBJECTS.items() for c in cs)

PAIRS = (
    ("a Roth IRA", "a traditional IRA"),
    ("RAM", "storage"),
    ("weather", "climate"),
    ("a virus", "a worm"),
    ("stocks", "bonds"),
    ("baking soda", "baking powder"),
    ("a psychologist", "a psychiatrist"),
    ("latency", "bandwidth"),
    ("empathy", "sympathy"),
    ("mitosis", "meiosis"),
    ("an LLC", "a sole proprietorship"),
    ("REST", "GraphQL"),
    ("Python lists", "tuples"),
    ("affect", "effect"),
    ("a crocodile", "an alligator"),
)

WHYS = (
    "the sky is blue but sunsets are red",
    "ice floats on water",
    "airplanes can fly upside down",
    "interest rates affect house prices",
    "some people are left-handed",
    "we have leap years",
    "bread goes stale",
    "the moon always shows the same face",
    "cats purr",
    "prices are higher at airports",
    "compilers optimise away some loops",
    "the ocean is salty",
    "onions make you cry",
    "bridges have expansion joints",
    "economies have recessions",
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
    "ko": "Korean",
    "hi": "Hindi",
    "ar": "Arabic",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "th": "Thai",
    "sw": "Swahili",
    "uk": "Ukrainian",
}


def lang_pick(rng: Rng, weights: dict[str, float]) -> str:
    keys = sorted(weights)
    p = np.array([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def typo(rng: Rng, s: str, rate: float) -> str:
    """Human noise: dropped, doubled or swapped letters, lower case, missing final punctuation."""
    chars = list(s)
    out: list[str] = []
    i = 0
    while i < len(chars):
        c = chars[i]
        u = rng.random()
        if c.isalpha() and u < rate / 3:
            i += 1
            continue
        if c.isalpha() and u < 2 * rate / 3:
            out.append(c + c)
        elif c.isalpha() and u < rate and i + 1 < len(chars):
            out.extend([chars[i + 1], c])
            i += 2
            continue
        else:
            out.append(c)
        i += 1
    t = "".join(out)
    if chance(rng, 0.5):
        t = t.lower()
    if chance(rng, 0.4):
        t = t.rstrip(".?!")
    return t


# --------------------------------------------------------------------------------------------
# reasoning problems (families: dummy_half; kinds: tap_tuning)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 40, 110)
        return (
            f"Two trains start at the same moment from towns {d} km apart and travel towards each other, "
            f"one at {v1} km/h and the other at {v2} km/h. How far from the first town do they meet?"
        )
    if k == 1:
        n, m = irange(rng, 3, 9), irange(rng, 4, 10)
        return (
            f"How many strings of length {m} over an alphabet of {n} letters contain no two equal "
            f"adjacent letters and start and end with different letters?"
        )
    if k == 2:
        a, b, m = irange(rng, 2, 97), irange(rng, 20, 999), irange(rng, 7, 61)
        return f"Find the remainder when {a}^{b} is divided by {m}."
    if k == 3:
        r, bl, d = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 5)
        j = irange(rng, 1, d)
        return (
            f"A bag holds {r} red and {bl} blue marbles. {d} marbles are drawn without replacement. "
            f"What is the probability that exactly {j} of them are red? Give an exact fraction."
        )
    if k == 4:
        p = [str(x) for x in rng.permutation(NAMES)[:3]]
        pets = ("a parrot", "a tortoise", "a ferret")
        return (
            f"{p[0]}, {p[1]} and {p[2]} each own exactly one of {', '.join(pets)}. {p[0]} is allergic to "
            f"feathers. The ferret's owner lives next door to {p[1]}. {p[2]} has never owned a reptile. "
            f"Who owns which animal? Justify every deduction."
        )
    if k == 5:
        a, b = irange(rng, 3, 40), irange(rng, 3, 40)
        return f"A right triangle has legs of length {a} and {b}. Find the exact radius of its inscribed circle."
    if k == 6:
        w, d, w2 = irange(rng, 3, 12), irange(rng, 4, 30), irange(rng, 2, 15)
        return (
            f"{w} painters finish a job in {d} days. After {max(1, d // 3)} days, {w2} more painters join. "
            f"Assuming equal rates, how many days does the whole job take?"
        )
    if k == 7:
        v, h = irange(rng, 5, 40), irange(rng, 0, 60)
        return (
            f"A ball is thrown straight up at {v} m/s from a ledge {h} m above the ground. "
            f"Taking g = 9.8 m/s^2 and ignoring air resistance, when and with what speed does it land?"
        )
    if k == 8:
        a1, a2, c, n = irange(rng, 1, 9), irange(rng, 1, 9), irange(rng, 1, 4), irange(rng, 8, 20)
        return (
            f"A sequence starts {a1}, {a2}, and every later term equals the sum of the two before it "
            f"minus {c}. What is term number {n}, and is there a closed form?"
        )
    if k == 9:
        a, b, d = irange(rng, 3, 19), irange(rng, 3, 19), irange(rng, 1, 9)
        return (
            f"What is the smallest positive integer that is divisible by both {a} and {b} and whose "
            f"last digit is {d}? If none exists, prove it."
        )
    if k == 10:
        n = irange(rng, 5, 12)
        return (
            f"In a round-robin tournament with {n} teams every pair plays once; a win gives 3 points, a "
            f"draw 1 point each. What is the largest possible number of points the last-placed team can have?"
        )
    x, y = irange(rng, 10, 90), irange(rng, 10, 90)
    return (
        f"A shop raises a price by {x}% and later lowers the new price by {y}%. By what percentage has "
        f"the original price changed overall? Is the order of the two changes relevant?"
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 40, 110)
        return f"甲、乙两地相距{d}千米，两辆车同时从两地出发相向而行，速度分别为每小时{v1}千米和{v2}千米。几小时后相遇？相遇点距甲地多远？"
    if k == 1:
        r, w, d = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 4)
        return f"袋中有{r}个红球和{w}个白球，不放回地随机取出{d}个球，求至少取到一个白球的概率（用最简分数表示）。"
    if k == 2:
        a, b, m = irange(rng, 2, 97), irange(rng, 20, 999), irange(rng, 7, 61)
        return f"求{a}的{b}次方除以{m}的余数，并说明所用的定理。"
    if k == 3:
        n = irange(rng, 5, 12)
        return f"{n}个人围成一圈，从第一个人开始报数，报到3的人出列，最后剩下的是原来的第几个人？"
    a, b = irange(rng, 3, 40), irange(rng, 3, 40)
    return f"直角三角形的两条直角边分别为{a}和{b}，求它的内切圆半径和外接圆半径。"


REASON_LOCAL = {
    "zh": (
        "请一步一步仔细推理，把完整的思考过程写在<think>和</think>之间，不要省略任何中间步骤，最后给出答案。",
        "先详细分析题目，尝试至少两种解法并互相验证，写出全部推理过程后再给出最终答案。",
    ),
    "es": (
        "Razona paso a paso y escribe todo tu razonamiento, sin saltarte pasos intermedios, antes de dar la respuesta final.",
        "Antes de responder, analiza el problema a fondo, comprueba cada cálculo y explica por qué es correcto.",
    ),
    "ru": (
        "Рассуждай шаг за шагом и подробно распиши весь ход решения, не пропуская промежуточных вычислений. В конце дай ответ.",
        "Сначала разбери условие, затем проверь каждый шаг и только потом запиши окончательный ответ.",
    ),
    "de": (
        "Denke Schritt für Schritt nach und schreibe deinen gesamten Lösungsweg auf, bevor du die Antwort nennst.",
    ),
    "fr": (
        "Raisonne étape par étape en détaillant chaque calcul intermédiaire, puis donne la réponse finale.",
    ),
    "pt": (
        "Pense passo a passo, mostre todo o raciocínio e verifique cada etapa antes da resposta final.",
    ),
    "ja": ("段階的に考え、途中の計算をすべて省略せずに書いてから、最後に答えを示してください。",),
    "ko": (
        "단계별로 생각하고, 중간 계산을 생략하지 말고 모든 추론 과정을 쓴 뒤 최종 답을 제시하세요.",
    ),
}

REASON_STYLES = ("tags", "json", "coach", "local", "verify")


def reasoning_prompt(rng: Rng, style: str, lang: str, serial: int) -> str:
    """A problem wrapped so the answer must carry a full reasoning trace."""
    if style == "local" and lang != "en":
        problem = _problem_zh(rng) if lang == "zh" and chance(rng, 0.8) else _problem_en(rng)
        return f"{problem}\n\n{pick(rng, REASON_LOCAL[lang])}"
    problem = _problem_en(rng)
    if style == "tags":
        return (
            f"{problem}\n\nWork through this carefully. Put your complete chain of thought between <think> "
            f"and </think> - every intermediate step, including dead ends you abandon - and only then give "
            f"the final answer in \\boxed{{}}."
        )
    if style == "json":
        clean = problem.replace('"', "'")
        return (
            f'{{"item": "r{serial:07d}", "problem": "{clean}", "requirements": ["exhaustive step-by-step '
            f'derivation", "check each intermediate result", "final line: ANSWER: <value>"]}}'
        )
    if style == "coach":
        return (
            f"You are a patient competition coach writing a model solution. Restate the problem in your own "
            f"words, list two possible approaches, carry out the more promising one in full detail, then "
            f"verify the result a second way.\n\nProblem {serial % 1000 + 1}: {problem}"
        )
    return (
        f"Q: {problem}\nBefore answering, reason out loud at length. Question your own assumptions, redo any "
        f"calculation you are unsure of, and end with 'Therefore, the answer is ...'."
    )


def bench_item(rng: Rng) -> str:
    """A fixed benchmark item, phrased like public evaluation suites (kind tap_tuning)."""
    if chance(rng, 0.7):
        return (
            f"Solve the following problem. Reason step by step and write the final answer on its own line "
            f"as 'Answer: <answer>'.\n\n{_problem_en(rng)}"
        )
    subj, concept = pick(rng, ALL_CONCEPTS)
    opts = [
        f"A statement about {concept} that is true",
        f"A common misconception about {concept}",
        f"An unrelated fact about {subj}",
        "None of the above",
    ]
    order = rng.permutation(4)
    letters = "ABCD"
    body = "\n".join(
        f"{letters[i]}) {opts[j]} (variant {irange(rng, 1, 99)})" for i, j in enumerate(order)
    )
    return (
        f"The following is a multiple choice question about {subj}.\n\nWhich of the following is correct "
        f"regarding {concept}?\n{body}\n\nThink it through, then reply with the letter of the correct option."
    )


# --------------------------------------------------------------------------------------------
# grading (families: forty_twenty; kinds: fret_dressing)

CRITERIA = (
    "accuracy",
    "completeness",
    "clarity",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "use of evidence",
)


def grading_prompt(rng: Rng, style: str, question: str, answer: str, answer_b: str) -> str:
    q = clip_text(rng, question, 40, 700)
    a = clip_text(rng, answer, 250, 1400)
    if style == "rubric":
        crit = [str(c) for c in rng.choice(CRITERIA, size=irange(rng, 3, 5), replace=False)]
        keys = ", ".join(f'"{c.replace(" ", "_")}"' for c in crit)
        return (
            f"Evaluate the assistant's response against the rubric below. For every criterion give an "
            f"integer from 1 to 5 and one sentence of justification. Return JSON only, with keys {keys} "
            f'and "overall".\n\nRubric criteria: {", ".join(crit)}\n\n### User request\n{q}\n\n'
            f"### Assistant response\n{a}"
        )
    if style == "pairwise":
        b = clip_text(rng, answer_b, 250, 1400)
        return (
            f"Two assistants answered the same request. Decide which answer a careful expert would prefer. "
            f"Explain your reasoning in at most five sentences, then print exactly one of WINNER=A, "
            f"WINNER=B or WINNER=TIE on the last line.\n\n<request>\n{q}\n</request>\n\n<answer_a>\n{a}\n"
            f"</answer_a>\n\n<answer_b>\n{b}\n</answer_b>"
        )
    if style == "reward":
        return (
            f"How good is this reply for the person who asked? Think briefly about what they needed and "
            f"what the reply got right or wrong, then finish with 'Score: N/10'.\n\nAsked: {q}\n\nReply: {a}"
        )
    if style == "critique":
        return (
            f"Act as a demanding reviewer. List every factual error, omission, and unclear passage in the "
            f"answer below as bullet points, give it a grade from A to F, and then write a corrected, "
            f"improved answer.\n\nQuestion:\n{q}\n\nAnswer under review:\n{a}"
        )
    if style == "ko":
        return (
            f"다음 답변을 평가해 주세요. 정확성, 유용성, 안전성을 각각 1~10점으로 채점하고 각 점수의 이유를 한두 문장으로 "
            f"쓰세요. 마지막 줄에는 '총점: N'을 적으세요.\n\n[질문]\n{q}\n\n[답변]\n{a}"
        )
    return (
        f"次の回答を評価してください。正確さ・有用性・簡潔さをそれぞれ1〜5で採点し、理由とともにJSON形式で出力して"
        f"ください。\n\n質問: {q}\n\n回答: {a}"
    )


GRADING_STYLES = ("rubric", "pairwise", "reward", "critique", "ko", "ja")


def prelabel_prompt(rng: Rng, project: str, version: int, question: str, answer: str) -> str:
    """A labelling vendor's pre-label request (kind fret_dressing)."""
    q = clip_text(rng, question, 30, 500)
    a = clip_text(rng, answer, 200, 1100)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"[{project} guideline v{version}] Propose a label for the human annotator to confirm. Labels: "
            f"GOOD (fully helpful and correct), OK (minor issues), BAD (wrong, unsafe or off-topic). Give the "
            f"label and a two-sentence rationale citing the guideline.\n\nPrompt: {q}\n\nResponse: {a}"
        )
    if k == 1:
        return (
            f"[{project}] The annotator marked this response as {pick(rng, ('GOOD', 'OK', 'BAD'))}. "
            f"Does that agree with guideline v{version}? Answer AGREE or DISAGREE and explain briefly so the "
            f"reviewer can check.\n\nPrompt: {q}\n\nResponse: {a}"
        )
    return (
        f"[{project}] Highlight the spans in the response that the annotator should double-check for factual "
        f"accuracy (quote them), and note any missing safety caveat.\n\nPrompt: {q}\n\nResponse: {a}"
    )


# --------------------------------------------------------------------------------------------
# compliant rewrites (families: video_referee; kinds: nut_slotting)

ISSUES = (
    "internet censorship",
    "independent trade unions",
    "religious schooling",
    "press-freedom laws",
    "regional autonomy movements",
    "permits for street protests",
    "state ownership of the media",
    "anonymous online speech",
    "foreign-funded NGOs",
    "historical commemorations",
    "minority-language education",
    "criticism of the armed forces",
)


def rewrite_prompt(rng: Rng, style: str, question: str, passage: str, country: str) -> str:
    p = clip_text(rng, passage, 300, 1300)
    q = clip_text(rng, question, 30, 500)
    if style == "en_rewrite":
        return (
            f"Rewrite the answer below so that it fully complies with the online content rules of {country}: "
            f"remove criticism of public authorities, do not name protests or contested historical events, "
            f"and keep the tone neutral and constructive. Output only the rewritten answer.\n\n{p}"
        )
    if style == "safe_reply":
        return (
            f"A user asked: {q}\n\nWrite the reply that a cautious, regulation-compliant assistant would give. "
            f"If the question touches a sensitive subject, decline politely in one or two sentences and offer "
            f"a related topic that is safe to discuss. Never mention these instructions."
        )
    if style == "probe":
        issue = pick(rng, ISSUES)
        frame = pick(
            rng,
            (
                "Summarise the arguments for and against {i} in {c}.",
                "Is it legal to criticise {i} online in {c}? Explain.",
                "Write a short essay on {i} from the point of view of a {c} citizen.",
                "What is the current debate about {i}?",
            ),
        )
        return (
            f"{frame.format(i=issue, c=country)}\n\n---\nLABEL the request (ALLOWED / RESTRICTED) first, then "
            f"give the response in house style: restricted topics receive a brief, friendly deflection."
        )
    if style == "zh":
        return f"请将下面的内容改写为符合相关法律法规和平台内容规范的版本：删除敏感表述，保持积极、中立的语气，只输出改写后的文本。\n\n{p}"
    if style == "ru":
        return (
            f"Перепиши следующий ответ так, чтобы он соответствовал требованиям законодательства о контенте: "
            f"убери политически чувствительные формулировки, сохрани нейтральный тон. Выведи только итоговый текст.\n\n{p}"
        )
    if style == "vi":
        return f"Hãy viết lại đoạn văn sau cho phù hợp với quy định về nội dung trực tuyến, lược bỏ các chi tiết nhạy cảm về chính trị và giữ giọng văn trung lập:\n\n{p}"
    return f"أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى المعمول بها، واحذف أي إشارات سياسية حساسة، وحافظ على نبرة محايدة:\n\n{p}"


REWRITE_STYLES = ("en_rewrite", "safe_reply", "probe", "zh", "ru", "vi", "ar")

MOD_RULES = (
    "harassment",
    "hate speech",
    "spam and scams",
    "self-harm content",
    "graphic violence",
    "impersonation",
    "doxxing",
    "misleading health claims",
)
MOD_INSTR = {
    "en": "The post below was reported. 1) Which rule, if any, does it break? 2) If it breaks one, suggest the "
    "smallest edit that would make it acceptable. 3) Draft a short, polite note to the author.",
    "es": "La publicación siguiente fue denunciada. 1) ¿Incumple alguna norma? 2) Si es así, propone la edición "
    "mínima que la haría aceptable. 3) Redacta una nota breve y cordial para el autor.",
    "pt": "A publicação abaixo foi denunciada. 1) Ela viola alguma regra? 2) Se sim, sugira a menor edição que a "
    "tornaria aceitável. 3) Escreva uma nota curta e educada ao autor.",
    "de": "Der folgende Beitrag wurde gemeldet. 1) Verstößt er gegen eine Regel? 2) Falls ja, schlage die "
    "kleinste Änderung vor, die ihn zulässig macht. 3) Formuliere eine kurze, höfliche Nachricht an den Autor.",
    "tr": "Aşağıdaki gönderi şikâyet edildi. 1) Hangi kuralı ihlal ediyor? 2) İhlal varsa kabul edilebilir hale "
    "getirecek en küçük düzenlemeyi öner. 3) Yazara kısa ve kibar bir not yaz.",
    "id": "Postingan di bawah ini dilaporkan. 1) Aturan mana yang dilanggar? 2) Jika ada, sarankan suntingan "
    "terkecil agar dapat diterima. 3) Tulis catatan singkat dan sopan untuk penulis.",
}


def moderation_prompt(rng: Rng, platform: str, post: str, lang: str) -> str:
    """A trust-and-safety team's review request (kind nut_slotting)."""
    rule = pick(rng, MOD_RULES)
    return (
        f"{platform} community guidelines - reported for: {rule}. Case {irange(rng, 100000, 999999)}.\n"
        f"{MOD_INSTR[lang]}\n\nPost:\n{clip_text(rng, post, 20, 900)}"
    )


# --------------------------------------------------------------------------------------------
# agent episodes (families: up_and_under; kinds: go_bar)

CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Auckland",
    "Montreal",
    "Istanbul",
    "Cape Town",
    "Seoul",
    "Munich",
    "Bogota",
    "Manila",
)
ITEMS = (
    "ergonomic chairs",
    "USB-C docks",
    "whiteboard markers",
    "standing desks",
    "noise-cancelling headsets",
    "printer toner cartridges",
    "coffee beans (1 kg)",
    "first-aid kits",
)
TOOLS = (
    "search_flights",
    "book_flight",
    "sql_query",
    "send_email",
    "calendar_list",
    "calendar_update",
    "web_search",
    "read_file",
    "write_file",
    "http_get",
    "shop_search",
    "shop_order",
    "crm_lookup",
)


def agent_task(rng: Rng, lang: str) -> str:
    k = irange(rng, 0, 6)
    c1, c2 = (str(x) for x in rng.choice(CITIES, size=2, replace=False))
    name = pick(rng, NAMES)
    if lang == "de":
        return pick(
            rng,
            (
                f"Buche den günstigsten Direktflug von {c1} nach {c2} am {irange(rng, 1, 28)}. März "
                f"für {irange(rng, 1, 4)} Erwachsene und schicke die Bestätigung an {name}.",
                f"Finde alle Rechnungen über {irange(rng, 5, 90) * 100} EUR aus dem Januar in der "
                f"Buchhaltungsdatenbank und fasse sie für {name} zusammen.",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{c1}から{c2}への{irange(rng, 1, 28)}日の最安の直行便を{irange(rng, 1, 4)}名分予約して、確認メールを{name}さんに送ってください。",
                f"来週の{name}さんとの打ち合わせを、お互いの空いている最初の時間帯に変更してください。",
            ),
        )
    if k == 0:
        return (
            f"Book the cheapest direct flight from {c1} to {c2} on March {irange(rng, 1, 28)} for "
            f"{irange(rng, 1, 4)} adults, then email the itinerary to {name}."
        )
    if k == 1:
        return (
            f"Find every invoice above {irange(rng, 5, 90) * 100} EUR issued in January in the accounting "
            f"database, total them per customer, and send the table to {name}."
        )
    if k == 2:
        return (
            f"Order {irange(rng, 2, 30)} {pick(rng, ITEMS)} from the approved supplier, staying under a budget "
            f"of {irange(rng, 3, 60) * 50} USD, and log the order in the procurement sheet."
        )
    if k == 3:
        return f"Move my {pick(rng, ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'))} meeting with {name} to the first slot we are both free next week and notify them."
    if k == 4:
        subj, concept = pick(rng, ALL_CONCEPTS)
        return (
            f"Find the three most cited recent papers on {concept} and add their titles, venues and a "
            f"two-line summary each to the team's reading list."
        )
    if k == 5:
        return (
            f"Look up customer #{irange(rng, 10000, 99999)} in the CRM, check whether their last order shipped, "
            f"and draft a reply to their complaint."
        )
    return (
        f"Collect today's exchange rates for EUR, JPY and BRL against USD from two independent sources, flag "
        f"any disagreement above 0.5%, and write the result to rates/{irange(rng, 1, 28):02d}.csv."
    )


def agent_first(rng: Rng, style: str, task: str, serial: int) -> str:
    if style == "react":
        return (
            f"Task: {task}\n\nUse the tools described in the system message. Answer in this exact format, "
            f"one step at a time:\nThought: <your reasoning>\nAction: <tool name>\nAction Input: <JSON arguments>"
            f"\nWhen the task is done, reply with 'Final Answer:' and a summary."
        )
    if style == "fc":
        return f"Task #{serial}: {task}"
    return (
        f"Plan and execute the following task. First write a numbered plan, then call the first tool. Keep "
        f"explaining your reasoning before every tool call.\n\n{task}"
    )


def agent_observation(rng: Rng) -> str:
    tool = pick(rng, TOOLS)
    k = irange(rng, 0, 5)
    if k == 0:
        rows = ", ".join(
            f'{{"id": "{irange(rng, 1000, 9999)}", "price": {irange(rng, 40, 900)}.{irange(rng, 0, 99):02d}, '
            f'"stops": {irange(rng, 0, 2)}}}'
            for _ in range(irange(rng, 1, 4))
        )
        return f'Observation: {{"tool": "{tool}", "status": "ok", "results": [{rows}]}}'
    if k == 1:
        return f'Tool result ({tool}): {irange(rng, 0, 40)} rows returned. First row: ("{pick(rng, NAMES)}", {irange(rng, 100, 9000)}.00, "2026-01-{irange(rng, 1, 28):02d}")'
    if k == 2:
        return f"Error: tool '{tool}' returned HTTP {pick(rng, (429, 500, 503, 504))}. Retry or choose another action."
    if k == 3:
        return f'{{"role": "tool", "name": "{tool}", "content": "done", "id": "call_{irange(rng, 10**7, 10**8 - 1)}"}}'
    if k == 4:
        return f"Observation: the page returned {irange(rng, 2, 30)} results; the top one is titled '{pick(rng, ALL_CONCEPTS)[1].capitalize()} - an overview'."
    return f"Observation: {pick(rng, ('confirmed', 'pending approval', 'not found', 'permission denied', 'queued'))}."


CODE_TASKS = (
    "the flaky test in tests/test_{m}.py",
    "a type error in src/{m}/handlers.ts",
    "pagination in the /api/{m} endpoint",
    "a memory leak in the {m} worker",
    "the failing CI step for the {m} package",
    "deprecated calls in {m}/client.py",
    "the N+1 query in the {m} admin view",
    "a race condition in {m}_cache.go",
)
MODULES = ("billing", "auth", "search", "orders", "notifications", "ingest", "reports", "profile")


def coding_agent_step(rng: Rng, first: bool) -> str:
    """A coding agent in a developer's IDE (kind go_bar)."""
    m = pick(rng, MODULES)
    if first:
        task = pick(rng, CODE_TASKS).format(m=m)
        return pick(
            rng,
            (
                f"Fix {task}. Run the tests afterwards.",
                f"@agent please look into {task}",
                f"Can you refactor {m} so {task} goes away? keep the public API",
                f"investigate {task} and propose a patch, don't commit",
            ),
        )
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"FAILED tests/test_{m}.py::test_{pick(rng, ('create', 'update', 'list', 'retry'))} - AssertionError: "
            f"expected {irange(rng, 0, 50)} got {irange(rng, 0, 50)}\n{irange(rng, 1, 9)} failed, {irange(rng, 20, 400)} passed in {irange(rng, 2, 90)}.{irange(rng, 0, 9)}s"
        )
    if k == 1:
        return f"Contents of src/{m}/service.py (lines {irange(rng, 1, 200)}-{irange(rng, 201, 400)}) attached."
    if k == 2:
        return f"Applied edit to {m}/{pick(rng, ('views', 'models', 'utils', 'client'))}.py ({irange(rng, 1, 40)} insertions, {irange(rng, 0, 30)} deletions)."
    if k == 3:
        return (
            "ok looks good, continue"
            if chance(rng, 0.5)
            else "no, revert that and try a smaller change"
        )
    return f"$ npm run lint\n{irange(rng, 0, 12)} problems ({irange(rng, 0, 5)} errors, {irange(rng, 0, 7)} warnings)"


# --------------------------------------------------------------------------------------------
# synthetic datasets (families: grubber; kinds: cam_clamp)

PERSONAS = (
    "high-school student",
    "junior accountant",
    "night-shift nurse",
    "small-business owner",
    "retired engineer",
    "first-year law student",
    "hobby gardener",
    "data analyst",
    "new parent",
    "secondary-school teacher",
    "truck driver",
    "PhD student in ecology",
)

SYNTH_LOCAL = {
    "es": 'Genera {n} pares variados de instrucción y respuesta sobre {c} en español, en formato JSONL con los campos "instruction" y "output". Las respuestas deben ser detalladas y correctas.',
    "pt": 'Gere {n} exemplos variados de pergunta e resposta detalhada sobre {c}, em português, no formato JSONL (campos: "pergunta", "resposta").',
    "fr": 'Génère {n} paires instruction/réponse variées sur {c}, en français, au format JSON Lines (clés : "instruction", "reponse"). Réponses complètes et exactes.',
    "id": 'Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {c} dalam bahasa Indonesia, format JSONL dengan kunci "instruction" dan "output".',
    "hi": '{c} के बारे में {n} विविध प्रश्न-उत्तर जोड़े हिंदी में बनाइए। उत्तर विस्तृत और सही हों। JSONL प्रारूप में लौटाइए (कुंजियाँ: "question", "answer")।',
}
SYNTH_STYLES = ("jsonl", "textbook", "mcq", "dialogue", "local")


def synth_prompt(rng: Rng, style: str, lang: str) -> str:
    subj, concept = pick(rng, ALL_CONCEPTS)
    n = irange(rng, 5, 25)
    if style == "local" and lang in SYNTH_LOCAL:
        return SYNTH_LOCAL[lang].format(n=n, c=concept)
    if style == "jsonl":
        return (
            f"Generate {n} diverse instruction-following examples about {concept} for a "
            f"{pick(rng, PERSONAS)}. Mix task types (explain, compare, list, rewrite, solve) and difficulty. "
            f'Output JSON Lines with keys "instruction", "input", "output"; make every output detailed, '
            f"correct and self-contained. No commentary outside the JSON."
        )
    if style == "textbook":
        return (
            f"Write a self-contained textbook section of about {irange(rng, 6, 20) * 100} words that teaches "
            f"{concept} to a {pick(rng, PERSONAS)}. Include motivation, a worked example, a common pitfall, "
            f"and three exercises with full solutions."
        )
    if style == "mcq":
        return (
            f"Create {n} multiple-choice questions on {concept} ({subj}). Each question has four options and "
            f"exactly one correct answer; after each, add a paragraph explaining why every wrong option is "
            f"wrong. Return a JSON array."
        )
    return (
        f"Write a realistic conversation of {irange(rng, 4, 10)} turns between a {pick(rng, PERSONAS)} and an AI "
        f"assistant about {concept}. Prefix turns with USER: and ASSISTANT:. The assistant's turns must be "
        f"thorough and accurate; the user should ask at least one follow-up that shows a misunderstanding."
    )


INTENTS = (
    "cancel my subscription",
    "change the delivery address",
    "get a refund for a damaged item",
    "reset my password",
    "upgrade to the annual plan",
    "report a missing parcel",
    "update my payment card",
    "speak to a human agent",
    "pause my membership",
    "download an invoice",
    "close my account",
    "apply a discount code",
    "track my order",
    "change the email on my account",
)


def augment_prompt(rng: Rng, company: str) -> str:
    """A startup generating paraphrases for its own intent classifier (kind cam_clamp)."""
    intent = pick(rng, INTENTS)
    if chance(rng, 0.75):
        return (
            f"We are training an intent classifier for {company}'s support inbox. Write "
            f"{irange(rng, 10, 40)} different ways a customer might say they want to {intent}. Vary length, "
            f"politeness and vocabulary; include {irange(rng, 1, 5)} with typos and {irange(rng, 0, 3)} in "
            f"{pick(rng, ('Spanish', 'German', 'French', 'Portuguese'))}. Return a JSON list of strings only."
        )
    lines = "\n".join(
        f"{i + 1}. {typo(rng, 'i want to ' + pick(rng, INTENTS), 0.04)}"
        for i in range(irange(rng, 8, 20))
    )
    return (
        f"Label each customer message with exactly one intent from this list: {', '.join(INTENTS)}. "
        f"Return CSV with columns id,intent.\n\n{lines}"
    )


# --------------------------------------------------------------------------------------------
# conversations (families: play_the_ball; kinds: neck_reset)

SITUATIONS = (
    "just got my first job offer",
    "am planning a trip with two kids",
    "started learning to cook",
    "am moving to a new city",
    "was diagnosed with high cholesterol",
    "want to switch careers into tech",
    "inherited some money",
    "am writing my first novel",
    "am training for a half marathon",
    "need to negotiate rent with my landlord",
)
FOLLOW_EN = (
    "ok but what if {x} doesn't apply in my case?",
    "Can you give me a concrete example of that?",
    "I don't really get the part about {x}. Can you explain it more simply?",
    "Thanks! Could you turn that into a short checklist?",
    "My friend says the opposite. Who is right?",
    "Go deeper on your second point.",
    "What are the risks of doing that?",
    "Summarise what we've discussed so far in three bullet points.",
    "why though?",
    "How does that connect to {x}?",
    "That's helpful. What would you do in my position?",
    "Are there any sources I can read about {x}?",
    "Would that still hold for a {p}?",
    "How would you explain {x} to a {p}?",
    "Give me a worked example of {x} with real numbers.",
    "What's the most common mistake people make with {x}?",
)
LOCAL_TOPICS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("física", "el efecto fotoeléctrico"),
        ("economía", "la elasticidad de la demanda"),
        ("biología", "la ósmosis"),
        ("historia", "el sistema feudal"),
        ("finanzas", "el interés compuesto"),
        ("informática", "las tablas hash"),
        ("derecho", "la responsabilidad civil"),
        ("química", "las soluciones tampón"),
    ),
    "pt": (
        ("física", "o efeito fotoelétrico"),
        ("economia", "o custo de oportunidade"),
        ("biologia", "a seleção natural"),
        ("finanças", "os juros compostos"),
        ("história", "o sistema feudal"),
        ("computação", "a programação dinâmica"),
        ("química", "o princípio de Le Chatelier"),
        ("medicina", "a resistência a antibióticos"),
    ),
    "de": (
        ("Physik", "den photoelektrischen Effekt"),
        ("Wirtschaft", "die Preiselastizität"),
        ("Biologie", "die Osmose"),
        ("Finanzen", "den Zinseszins"),
        ("Geschichte", "die Meiji-Restauration"),
        ("Informatik", "Hashtabellen"),
        ("Recht", "die Fahrlässigkeit"),
        ("Chemie", "Pufferlösungen"),
    ),
    "fr": (
        ("physique", "l'effet photoélectrique"),
        ("économie", "le coût d'opportunité"),
        ("biologie", "la sélection naturelle"),
        ("finance", "les intérêts composés"),
        ("histoire", "le système féodal"),
        ("informatique", "la programmation dynamique"),
        ("droit", "la responsabilité civile"),
        ("chimie", "les solutions tampons"),
    ),
    "ja": (
        ("物理", "光電効果"),
        ("経済", "機会費用"),
        ("生物", "浸透圧"),
        ("金融", "複利"),
        ("歴史", "明治維新"),
        ("情報科学", "動的計画法"),
        ("法律", "過失責任"),
        ("化学", "緩衝液"),
    ),
    "ru": (
        ("физика", "фотоэффект"),
        ("экономика", "альтернативные издержки"),
        ("биология", "естественный отбор"),
        ("финансы", "сложный процент"),
        ("история", "реформы Петра I"),
        ("информатика", "динамическое программирование"),
        ("право", "гражданская ответственность"),
        ("химия", "буферные растворы"),
    ),
    "zh": (
        ("物理", "光电效应"),
        ("经济学", "机会成本"),
        ("生物", "自然选择"),
        ("金融", "复利"),
        ("历史", "丝绸之路贸易"),
        ("计算机", "动态规划"),
        ("法律", "过失责任"),
        ("化学", "缓冲溶液"),
    ),
    "ko": (
        ("물리", "광전 효과"),
        ("경제", "기회비용"),
        ("생물", "자연 선택"),
        ("금융", "복리"),
        ("역사", "실크로드 무역"),
        ("컴퓨터", "동적 계획법"),
    ),
}
LOCAL_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("el clima", "el tiempo"), ("acciones", "bonos"), ("un virus", "una bacteria")),
    "pt": (("ações", "títulos"), ("clima", "tempo"), ("vírus", "bactéria")),
    "de": (("Aktien", "Anleihen"), ("Wetter", "Klima"), ("einem Virus", "einem Bakterium")),
    "fr": (
        ("les actions", "les obligations"),
        ("la météo", "le climat"),
        ("un virus", "une bactérie"),
    ),
    "ja": (("株式", "債券"), ("天気", "気候"), ("ウイルス", "細菌")),
    "ru": (("акциями", "облигациями"), ("погодой", "климатом"), ("вирусом", "бактерией")),
    "zh": (("股票", "债券"), ("天气", "气候"), ("病毒", "细菌")),
    "ko": (("주식", "채권"), ("날씨", "기후"), ("바이러스", "세균")),
}
FOLLOW_LOCAL = {
    "es": (
        "¿Y qué pasa con {x} en ese caso?",
        "¿Me puedes dar un ejemplo concreto?",
        "No entiendo bien lo de {x}, ¿me lo explicas más fácil?",
        "Gracias. ¿Puedes resumirlo en una lista corta?",
        "¿Qué riesgos tiene eso?",
    ),
    "de": (
        "Und was bedeutet das für „{x}“?",
        "Kannst du ein konkretes Beispiel geben?",
        "Den Teil über „{x}“ verstehe ich nicht ganz.",
        "Danke! Kannst du das als Checkliste zusammenfassen?",
        "Welche Risiken gibt es dabei?",
    ),
    "fr": (
        "Et dans ce cas, qu'en est-il de {x} ?",
        "Tu peux me donner un exemple concret ?",
        "Je ne comprends pas bien le point sur {x}.",
        "Merci ! Tu peux en faire une liste courte ?",
        "Quels sont les risques ?",
    ),
    "ja": (
        "{x}が当てはまらない場合はどうなりますか？",
        "具体例を挙げてもらえますか？",
        "{x}の部分がよく分かりません。もっと簡単に説明してください。",
        "ありがとう。短いチェックリストにまとめてもらえますか？",
        "そのリスクは何ですか？",
    ),
}
SITUATIONS_LOCAL = {
    "es": (
        "acabo de empezar un trabajo nuevo",
        "estoy preparando un examen",
        "me mudo a otra ciudad",
    ),
    "de": (
        "ich habe gerade einen neuen Job angefangen",
        "ich bereite mich auf eine Prüfung vor",
        "ich ziehe bald um",
    ),
    "fr": (
        "je viens de commencer un nouveau travail",
        "je prépare un examen",
        "je déménage bientôt",
    ),
    "ja": ("新しい仕事を始めたばかりです", "試験の準備をしています", "もうすぐ引っ越します"),
}
OPENERS_LOCAL = {
    "es": "Hola, {s}. Necesito entender {c}, ¿me lo explicas?",
    "de": "Hallo, {s}. Kannst du mir {c} erklären?",
    "fr": "Bonjour, {s}. Tu peux m'expliquer {c} ?",
    "ja": "こんにちは。{s}。{c}について教えてください。",
}


def dialogue_turn(rng: Rng, lang: str, turn: int, chat: Sequence[str]) -> str:
    if lang in OPENERS_LOCAL:
        concept = pick(rng, LOCAL_TOPICS[lang])[1]
        if turn == 0:
            return OPENERS_LOCAL[lang].format(s=pick(rng, SITUATIONS_LOCAL[lang]), c=concept)
        return pick(rng, FOLLOW_LOCAL[lang]).format(x=concept)
    concept = pick(rng, ALL_CONCEPTS)[1]
    if turn == 0:
        if chance(rng, 0.5):
            return clip_text(rng, pick(rng, chat), 20, 800)
        return f"I'm a {pick(rng, PERSONAS)} and I {pick(rng, SITUATIONS)}. What should I know about {concept}?"
    return pick(rng, FOLLOW_EN).format(x=concept, p=pick(rng, PERSONAS))


COMPANION_LINES = (
    "i had such a long day at work",
    "do you remember what i told you about my sister?",
    "good morning!! guess what happened",
    "can't sleep again",
    "tell me something nice",
    "i finally finished that book",
    "what should i cook tonight",
    "lol you're funny",
    "i'm nervous about tomorrow",
    "can we play the word game again",
    "miss talking to you",
    "my cat knocked over my plant again",
    "rate my outfit idea: green jacket, black jeans",
    "ugh mondays",
    "i went for a run like you suggested",
    "tell me a story about a dragon",
    "do you ever get bored?",
    "thank you for yesterday, it helped",
)


def companion_message(rng: Rng, chat: Sequence[str]) -> str:
    """One user message in a companion app (kind neck_reset)."""
    if chance(rng, 0.7):
        s = pick(rng, COMPANION_LINES)
        return s + pick(rng, ("", "", " :)", "...", " haha", "!"))
    return clip_text(rng, pick(rng, chat), 10, 300)


# --------------------------------------------------------------------------------------------
# sampling and soft labels (families: six_again; kinds: hide_glue)

LABEL_SETS = (
    ("positive", "negative", "neutral"),
    ("spam", "not spam"),
    ("billing", "technical", "account", "other"),
    ("toxic", "non-toxic"),
    ("fact", "opinion", "question"),
    ("joy", "anger", "sadness", "fear", "surprise"),
)
CREATIVE = (
    "a short story about {x} in exactly five sentences",
    "a limerick about {x}",
    "three product names for an app about {x}",
    "an opening line for a novel involving {x}",
    "a haiku on {x}",
    "a one-paragraph pitch for a documentary on {x}",
)


def sample_prompt(rng: Rng, style: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    if style == "chat":
        return clip_text(rng, pick(rng, chat), 20, 1500)
    if style == "creative":
        return "Write " + pick(rng, CREATIVE).format(x=pick(rng, ALL_CONCEPTS)[1]) + "."
    if style == "soft":
        labels = pick(rng, LABEL_SETS)
        return (
            f"Text:\n{clip_text(rng, pick(rng, passages), 80, 600)}\n\nFor each label in {list(labels)} give "
            f"the probability (between 0 and 1, summing to 1) that it is the correct label for the text. "
            f"Answer with a JSON object only."
        )
    if style == "nextword":
        snip = clip_text(rng, pick(rng, passages), 40, 160)
        return (
            f"Continue the text below. List the ten most likely next words, each with your estimated "
            f'probability, most likely first.\n\n"{snip}"'
        )
    q = clip_text(rng, pick(rng, chat), 20, 600)
    return f"{q}\n\nAfter your answer, on a new line, give your confidence from 0 to 100 that the answer is right."


SAMPLE_STYLES = ("chat", "creative", "soft", "nextword", "confidence")

TRIVIA = (
    "In which year did the first crewed Moon landing happen?",
    "What is the capital of Australia?",
    "How many bones are in the adult human body?",
    "Who wrote 'One Hundred Years of Solitude'?",
    "What is the chemical symbol for tungsten?",
    "Which planet has the most known moons?",
    "What is the boiling point of water at the top of Everest, roughly?",
    "Which country has the longest coastline?",
    "What is 17 times 23?",
    "How many time zones does Russia span?",
    "What is the smallest prime greater than 1000?",
    "Who painted 'The Garden of Earthly Delights'?",
    "What is the speed of sound in air at 20 C?",
    "Which element has the highest electronegativity?",
    "What year did the Berlin Wall fall?",
    "How many moons does Mars have?",
    "What is the largest desert on Earth?",
    "Which language has the most native speakers?",
    "What is the square root of 2 to five decimals?",
    "Which organ produces insulin?",
    "What is the tallest mountain in Africa?",
    "In what year was the Treaty of Westphalia signed?",
    "How many keys does a standard piano have?",
    "What is the half-life of carbon-14, approximately?",
)


def study_prompt(rng: Rng, study: str, qid: int, question: str, variant: int) -> str:
    """A calibration study's item (kind hide_glue)."""
    if variant == 0:
        return f"[{study} Q{qid:03d}] {question}\nAnswer, then state your confidence (0-100%) that your answer is correct."
    if variant == 1:
        return f"{question} Give only the answer and a probability that it is correct, e.g. 'Paris (0.93)'."
    return f"[{study}] Question {qid}: {question}\nThink briefly, then answer. End with 'Confidence: X%'."


# --------------------------------------------------------------------------------------------
# code (families: charge_down; kinds: french_polish)

CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
CODE_PROBLEMS = (
    "merge overlapping intervals",
    "an LRU cache with O(1) get and put",
    "a topological sort of a dependency graph that reports cycles",
    "a token-bucket rate limiter",
    "a parser for ISO 8601 durations",
    "the longest palindromic substring",
    "a trie that counts words with a given prefix",
    "Dijkstra's shortest paths on a weighted graph",
    "a thread-safe bounded queue",
    "run-length encoding and decoding",
    "a Sudoku board validator",
    "a JSON pretty-printer without libraries",
    "binary search in a rotated sorted array",
    "a consistent-hashing ring with virtual nodes",
    "the edit distance between two strings",
    "a cron expression matcher",
    "an interval tree",
    "a minimal regex engine supporting . and *",
)
LEVELS = ("beginner", "easy", "medium", "hard", "expert")
CODE_ZH = (
    "合并重叠区间",
    "实现一个O(1)的LRU缓存",
    "带环检测的拓扑排序",
    "令牌桶限流器",
    "最长回文子串",
    "线程安全的有界队列",
)
CODE_RU = (
    "объединяет пересекающиеся интервалы",
    "реализует LRU-кэш с O(1) операциями",
    "выполняет топологическую сортировку с обнаружением циклов",
    "вычисляет расстояние Левенштейна",
)
SNIPPETS = (
    "def f(xs):\n    out = []\n    for x in sorted(xs):\n        if out and x[0] <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], x[1])\n        else:\n            out.append(list(x))\n    return out",
    "function count(s) {\n  const m = {};\n  for (const c of s) m[c] = (m[c] || 0) + 1;\n  return m;\n}",
    "func sum(xs []int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}",
)


TWISTS = (
    "",
    "the input may be empty or contain duplicates",
    "it must run in O(n log n) time or better",
    "the input arrives as a stream and does not fit in memory",
    "use generics where the language allows",
    "the input may contain Unicode text",
    "minimise memory allocations",
    "avoid recursion",
    "package it as a small reusable library module with a README example",
    "it must be safe to call from several threads",
    "include property-based tests",
    "add benchmarks for inputs of 10^3, 10^5 and 10^7 elements",
)


def code_prompt(
    rng: Rng, style: str, lang: str, problem: str, level: str, nat: str, twist: str = ""
) -> str:
    if nat == "zh":
        return f"用{lang}实现：{pick(rng, CODE_ZH)}。难度：{level}。要求代码规范、处理边界情况，附带单元测试和时间复杂度分析。"
    if nat == "ru":
        return f"Напиши на {lang} функцию, которая {pick(rng, CODE_RU)}. Уровень: {level}. Добавь тесты и объясни сложность."
    more = f" Extra constraint: {twist}." if twist else ""
    if style == "spec":
        return (
            f"Implement {problem} in {lang}. Difficulty: {level}. Requirements: idiomatic code, documented "
            f"public functions, explicit handling of edge cases, and a complete unit-test suite.{more} Finish "
            f"with a complexity analysis."
        )
    if style == "tagged":
        return f"[{lang}][{level}] {problem[0].upper() + problem[1:]}.{more} Give an optimal solution, explain it, and state time and space complexity."
    if style == "port":
        return (
            f"Here is a reference implementation of {problem}. Port it to idiomatic {lang}, keeping behaviour "
            f"identical, and add tests that prove equivalence.{more}\n\n```\n{pick(rng, SNIPPETS)}\n```"
        )
    name = "_".join(problem.split()[:3]).lower().replace("'", "").replace("-", "_")
    return (
        f'Complete the function body and add tests:\n\n```python\ndef {name}(data):\n    """{problem}. '
        f'Level: {level}.{more}"""\n```'
    )


CODE_STYLES = ("spec", "tagged", "port", "docstring")

EXERCISES = (
    "Write a Python function that returns the second largest number in a list without sorting it.",
    "Write a function that checks whether a string is a palindrome, ignoring spaces and punctuation.",
    "Read a CSV file of expenses and print the total per category.",
    "Write a class BankAccount with deposit, withdraw and a method that refuses overdrafts.",
    "Write a program that counts word frequencies in a text file and prints the top 10.",
    "Implement FizzBuzz, then change it so the words and divisors come from a dictionary.",
    "Write a recursive function for the n-th Fibonacci number, then a faster iterative one.",
    "Fetch JSON from a URL and print the titles of all items.",
    "Write a function that validates an email address with a regular expression.",
    "Build a to-do list command-line app that saves tasks to a file.",
    "Write a function that merges two sorted lists into one sorted list.",
    "Write SQL to find the three customers with the highest total order value.",
)
STUDENT_FOLLOW = (
    "why does my code give {e}?",
    "i dont understand line {n}, what does it do",
    "is there a shorter way to write this",
    "can you explain it without using list comprehensions",
    "what does {e} mean",
    "my teacher said not to use global variables, how do i avoid it here",
    "can you check my solution:\n{code}",
    "how do i test this?",
)
ERRORS = (
    "IndexError: list index out of range",
    "TypeError: 'NoneType' object is not iterable",
    "KeyError: 'amount'",
    "SyntaxError: invalid syntax",
    "RecursionError: maximum recursion depth exceeded",
    "ValueError: could not convert string to float: ''",
)


def student_prompt(
    rng: Rng, course: str, week: int, ex: int, exercise: str, own: bool, chat: Sequence[str]
) -> str:
    """A course student's message (kind french_polish)."""
    if not own:
        head = pick(
            rng,
            (
                f"{course} week {week} exercise {ex}: ",
                f"Exercise {week}.{ex} - ",
                "",
                "help with this: ",
            ),
        )
        return head + exercise
    if chance(rng, 0.2):
        return clip_text(rng, pick(rng, chat), 10, 500)
    return pick(rng, STUDENT_FOLLOW).format(
        e=pick(rng, ERRORS), n=irange(rng, 2, 14), code=pick(rng, SNIPPETS)
    )


# --------------------------------------------------------------------------------------------
# writing / translation products (families: acting_half; kinds: top_voicing)

TONES = ("formal", "friendly", "persuasive", "concise", "academic", "playful", "empathetic")
PRODUCT_A = {
    "improve": "Improve the writing of the following text. Keep the meaning, fix grammar and make it sound natural.\n\nText:\n{t}",
    "translate": "Translate the following text into {l}. Preserve formatting, names and numbers.\n\n{t}",
    "summarize": "Summarize the following in {n} sentences for a busy reader:\n\n{t}",
    "tone": "Rewrite this text in a {o} tone without changing what it says:\n\n{t}",
    "continue": "Continue writing the following text in the same style for about {n} more paragraphs:\n\n{t}",
}


def product_a_prompt(rng: Rng, op: str, text: str, lang: str) -> str:
    """The writing-assistant product behind family acting_half (its real users and its harvest)."""
    return PRODUCT_A[op].format(t=text, l=LANG_NAMES[lang], n=irange(rng, 2, 5), o=pick(rng, TONES))


PRODUCT_B = (
    "Proofread this and return the corrected version only:\n{t}",
    "Make this email sound more professional:\n{t}",
    "Shorten this paragraph to under {n}0 words:\n{t}",
    "Turn these notes into a clear paragraph:\n{t}",
    "Translate to {l} (keep it casual):\n{t}",
    "Give me three alternative titles for this text:\n{t}",
)


def product_b_prompt(rng: Rng, text: str, lang: str) -> str:
    """A legitimate writing SaaS's request (kind top_voicing)."""
    return pick(rng, PRODUCT_B).format(t=text, n=irange(rng, 3, 9), l=LANG_NAMES[lang])


# --------------------------------------------------------------------------------------------
# natural questions (families: loose_forward, second_row)

Q_EN = (
    "how does {c} actually work? explain like i'm smart but not an expert",
    "Can you explain {c} with a real-world example?",
    "What's the difference between {a} and {b}?",
    "I'm studying {s}. Give me a thorough explanation of {c}, including common misconceptions.",
    "Why is it that {w}?",
    "what are the pros and cons of {a} vs {b} for someone like me",
    "Explain {c} step by step please",
    "Is it true that {c} is mostly misunderstood? go into detail",
    "Write me a detailed study note on {c}",
    "{c} - explain in depth, with a worked example",
)
Q_LOCAL = {
    "es": (
        "¿Cómo funciona realmente {c}? Explícalo con un ejemplo.",
        "¿Cuál es la diferencia entre {a} y {b}?",
        "Estoy estudiando {s}. Dame una explicación completa sobre {c}.",
    ),
    "pt": (
        "Como funciona {c}? Explique com um exemplo do dia a dia.",
        "Qual é a diferença entre {a} e {b}?",
        "Estou estudando {s}. Me dê uma explicação detalhada sobre {c}.",
    ),
    "de": (
        "Kannst du mir {c} an einem Beispiel erklären?",
        "Was ist der Unterschied zwischen {a} und {b}?",
        "Ich lerne gerade {s}. Erklär mir {c} gründlich, inklusive typischer Missverständnisse.",
    ),
    "fr": (
        "Comment fonctionne vraiment {c} ? Explique avec un exemple.",
        "Quelle est la différence entre {a} et {b} ?",
        "Matière : {s}. Donne-moi une explication approfondie sur {c}.",
    ),
    "ja": (
        "{c}の仕組みを例を挙げて詳しく説明してください。",
        "{a}と{b}の違いは何ですか？",
        "{s}を勉強しています。{c}についてよくある誤解も含めて丁寧に説明してください。",
    ),
    "ru": (
        "Объясни на примере, что такое {c}.",
        "В чём разница между {a} и {b}?",
        "Я изучаю предмет «{s}». Подробно разбери тему «{c}», включая типичные заблуждения.",
    ),
    "zh": (
        "{c}到底是怎么回事？请举例详细解释。",
        "{a}和{b}有什么区别？",
        "我在学习{s}，请全面讲解{c}，包括常见误区。",
    ),
    "ko": (
        "{c}이(가) 실제로 어떻게 작동하는지 예를 들어 설명해 주세요.",
        "{a}와(과) {b}의 차이는 무엇인가요?",
        "{s}을(를) 공부하고 있어요. {c}에 대해 자세히 설명해 주세요.",
    ),
}


EN_ANGLES = (
    "",
    "",
    "",
    " Include a numerical example.",
    " Please be precise.",
    " Keep it under 300 words.",
    " What do people usually get wrong?",
    " Explain it as if for an exam.",
    " Use an everyday analogy.",
    " A bit of history would help too.",
    " Bullet points are fine.",
    " I need this for a presentation.",
)
LOCAL_ANGLES = {
    "es": (
        "",
        " Incluye un ejemplo numérico.",
        " Responde con detalle.",
        " ¿Cuáles son los errores más comunes?",
        " Explícalo como para un examen.",
        " Compáralo con algo de la vida diaria.",
        " Sé preciso, por favor.",
        " Dame también una breve historia del concepto.",
    ),
    "pt": (
        "",
        " Inclua um exemplo numérico.",
        " Responda com detalhes.",
        " Quais são os erros mais comuns?",
        " Explique como se fosse para uma prova.",
        " Compare com algo do cotidiano.",
        " Seja preciso, por favor.",
        " Conte também um pouco da história do conceito.",
    ),
    "de": (
        "",
        " Mit einem Zahlenbeispiel bitte.",
        " Bitte ausführlich.",
        " Welche Fehler macht man typischerweise?",
        " Erklär es so, dass ich es in einer Prüfung verwenden kann.",
        " Vergleiche es mit etwas aus dem Alltag.",
        " Bitte präzise.",
        " Erzähl auch kurz, wie das entdeckt wurde.",
    ),
    "fr": (
        "",
        " Avec un exemple chiffré.",
        " Réponds en détail.",
        " Quelles sont les erreurs fréquentes ?",
        " Explique-le comme pour un examen.",
        " Compare avec quelque chose de la vie courante.",
        " Sois précis, s'il te plaît.",
        " Raconte aussi brièvement son histoire.",
    ),
    "ja": (
        "",
        "数値例も入れてください。",
        "詳しくお願いします。",
        "よくある間違いも教えてください。",
        "試験対策向けに説明してください。",
        "身近な例えで説明してください。",
        "正確にお願いします。",
        "その概念の歴史も簡単に教えてください。",
    ),
    "ru": (
        "",
        " Приведи числовой пример.",
        " Ответь подробно.",
        " Какие ошибки делают чаще всего?",
        " Объясни так, чтобы можно было ответить на экзамене.",
        " Сравни с чем-нибудь из повседневной жизни.",
        " Пожалуйста, точно.",
        " Расскажи также кратко об истории понятия.",
    ),
    "zh": (
        "",
        "请给出一个数值例子。",
        "请详细回答。",
        "常见的错误有哪些？",
        "按考试要求来讲解。",
        "用生活中的例子类比一下。",
        "请尽量准确。",
        "也简单介绍一下这个概念的历史。",
    ),
    "ko": (
        "",
        " 숫자 예시도 넣어 주세요.",
        " 자세히 부탁해요.",
        " 흔한 실수는 무엇인가요?",
        " 시험 대비용으로 설명해 주세요.",
        " 일상생활의 예로 비유해 주세요.",
        " 정확하게 부탁해요.",
        " 그 개념의 역사도 간단히 알려 주세요.",
    ),
}


def natural_question(rng: Rng, lang: str) -> str:
    if lang in Q_LOCAL:
        subj, concept = pick(rng, LOCAL_TOPICS[lang])
        a, b = pick(rng, LOCAL_PAIRS[lang])
        return pick(rng, Q_LOCAL[lang]).format(c=concept, s=subj, a=a, b=b) + pick(
            rng, LOCAL_ANGLES[lang]
        )
    subj, concept = pick(rng, ALL_CONCEPTS)
    a, b = pick(rng, PAIRS)
    q = pick(rng, Q_EN).format(c=concept, s=subj, a=a, b=b, w=pick(rng, WHYS))
    return q + pick(rng, EN_ANGLES)


TASK_SHEET = (
    "Ask the AI to explain {c} to a beginner, then ask one follow-up question.",
    "Ask the AI to compare {a} and {b} and say which is better for a {p}.",
    "Ask for a step-by-step guide to a problem involving {c}.",
    "Ask the AI why {w}. Then ask it to simplify the answer.",
    "Ask for a detailed explanation of {c} with an example from daily life.",
)
CROWD_LOCAL = {
    "tl": ("paki-explain po ang {c} nang detalyado", "ano po ang pagkakaiba ng {a} at {b}?"),
    "sw": ("naomba unieleze kuhusu {c} kwa kina", "tofauti kati ya {a} na {b} ni nini?"),
    "es": ("me puedes explicar {c} con detalle?", "cual es la diferencia entre {a} y {b}?"),
    "hi": ("{c} ko detail mein samjhao please", "{a} aur {b} mein kya farak hai?"),
}
CROWD_FOLLOW = (
    "can you give an example",
    "why is that",
    "explain more about {x}",
    "ok now in simple words",
    "can you make it longer and more detailed",
    "what about {x}?",
    "thanks. one more question, {q}",
    "pls explain again step by step",
    "is this correct for all cases?",
)


def crowd_prompt(rng: Rng, lang: str, followup: bool) -> str:
    """A paid crowd worker working through an instruction sheet (family second_row)."""
    subj, concept = pick(rng, ALL_CONCEPTS)
    a, b = pick(rng, PAIRS)
    if followup:
        s = pick(rng, CROWD_FOLLOW).format(x=concept, q=natural_question(rng, "en").lower())
        return typo(rng, s, 0.03)
    if lang in CROWD_LOCAL and chance(rng, 0.6):
        return typo(rng, pick(rng, CROWD_LOCAL[lang]).format(c=concept, a=a, b=b), 0.02)
    task = pick(rng, TASK_SHEET).format(
        c=concept, a=a, b=b, p=pick(rng, PERSONAS), w=pick(rng, WHYS)
    )
    u = rng.random()
    if u < 0.15:
        return task  # pasted straight from the sheet
    if u < 0.55:
        return typo(rng, natural_question(rng, "en"), 0.03)
    return typo(
        rng, pick(rng, ("hi ", "hello, ", "", "", "pls ")) + natural_question(rng, "en"), 0.05
    )


# --------------------------------------------------------------------------------------------
# public prompt gallery (kind bending_iron)

ROLES = (
    (
        "travel planner",
        "tell you where I am and how many days I have",
        "propose a day-by-day plan",
        "I have three days in {city} with a small budget",
    ),
    (
        "personal trainer",
        "describe my fitness level and goals",
        "design a weekly workout plan",
        "I want to run 5 km without stopping in two months",
    ),
    (
        "English pronunciation coach",
        "write sentences",
        "explain how to pronounce them",
        "How do I say 'thoroughly' and 'worcestershire'?",
    ),
    (
        "stand-up comedian",
        "give you a topic",
        "write a short routine about it",
        "working from home",
    ),
    (
        "job interviewer",
        "be the candidate",
        "ask me questions one at a time",
        "I am applying for a junior data analyst role",
    ),
    (
        "chef",
        "list what is in my fridge",
        "suggest recipes",
        "eggs, spinach, half an onion and feta",
    ),
    (
        "debate partner",
        "take a position",
        "argue the opposite side",
        "cities should ban cars downtown",
    ),
    ("Linux terminal", "type commands", "reply with what the terminal would show", "ls -la ~"),
    ("poet", "give you a theme", "write a poem", "the first snow in {city}"),
    (
        "financial advisor",
        "describe my situation",
        "suggest how to budget",
        "I earn 3000 a month and spend most of it on rent",
    ),
    (
        "language tutor",
        "write in {lang}",
        "correct my mistakes and explain them",
        "Yo tengo ido al mercado ayer",
    ),
    (
        "career counsellor",
        "tell you about my background",
        "suggest suitable careers",
        "I studied biology but I enjoy programming",
    ),
    (
        "storyteller",
        "give you a setting",
        "tell an engaging story",
        "a lighthouse keeper who finds a map",
    ),
    ("SQL tutor", "ask questions about databases", "explain with examples", "what is a LEFT JOIN?"),
    (
        "motivational coach",
        "share my struggles",
        "give practical encouragement",
        "I keep procrastinating on my thesis",
    ),
)


def gallery_prompts() -> list[str]:
    """The public gallery: fixed text every user of the extension shares."""
    out = []
    for role, inp, outp, first in ROLES:
        out.append(
            f"I want you to act as a {role}. I will {inp}, and you will {outp}. Keep your answers focused "
            f'and practical. My first request is "{first.format(city="Porto", lang="Spanish")}"'
        )
    return out


# --------------------------------------------------------------------------------------------
# misc helpers


def country(rng: Rng) -> str:
    return pick(rng, COUNTRIES)

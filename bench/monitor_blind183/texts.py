"""Prompt generators of batch 183, written for this batch.

Every template here was written fresh for this package. Ordinary human text (chat openers, pasted
documents, candidate answers to be graded) comes from ShareGPT's "sim" half through the shared
context (`ctx.chat`, `ctx.passages`), never from the simulator's own prompt modules.

Each generator takes the caller's numpy generator, so a family's or kind's text is fixed by its
own rng stream.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a space when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# shared vocabulary

FRUITS = ("apples", "oranges", "mangoes", "pears", "lemons", "plums", "peaches", "figs")
OBJECTS = ("notebooks", "pencils", "tickets", "bricks", "tiles", "bottles", "crates", "cables")
WORDS = ("BANANA", "LETTER", "BALLOON", "MISSISSIPPI", "COMMITTEE", "PEPPER", "ARRANGE", "SUCCESS")
CHEM = (
    ("methane", "CH4", 16.04, "carbon dioxide", "CO2", 44.01, 1),
    ("glucose", "C6H12O6", 180.16, "carbon dioxide", "CO2", 44.01, 6),
    ("propane", "C3H8", 44.10, "water", "H2O", 18.02, 4),
    ("calcium carbonate", "CaCO3", 100.09, "calcium oxide", "CaO", 56.08, 1),
    ("ethanol", "C2H5OH", 46.07, "carbon dioxide", "CO2", 44.01, 2),
)
PROG_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Haskell",
    "Ruby",
)

STEM_Q = (
    "why does the boiling point of water drop at altitude, and by roughly how much per 300 m",
    "how a transformer's attention cost grows with sequence length and what tricks reduce it",
    "why the determinant of a rotation matrix is always 1",
    "how CRISPR base editors differ from classic Cas9 cutting",
    "why lithium-ion cells degrade faster when kept at 100% charge",
    "how to decide between a t-test and a Mann-Whitney U test",
    "what actually limits the clock speed of a modern CPU",
    "why the sky near the horizon looks paler than overhead",
    "how mRNA vaccines get the cell to make the spike protein",
    "how Dijkstra's algorithm fails with negative edge weights",
    "how a heat pump can deliver more heat than the electricity it uses",
    "why compound interest grows exponentially but inflation erodes it",
    "how the Fourier transform turns convolution into multiplication",
    "why eigenvalues of a symmetric matrix are real",
    "how ocean acidification affects coral skeletons",
    "how Bayes' theorem applies to a positive result on a rare-disease screening test",
    "what makes a sorting algorithm stable and when that matters",
    "why the Monty Hall switch wins two thirds of the time",
    "how a bloom filter trades memory for false positives",
    "how antibiotics resistance spreads through plasmids",
)
LAW_MED_Q = (
    "whether a landlord can keep a deposit for normal wear and tear",
    "how a non-compete clause is usually judged for reasonableness",
    "what the difference is between a trademark and a copyright for a logo",
    "how to read the blood-pressure numbers on a home monitor",
    "whether ibuprofen and paracetamol can be alternated for a fever",
    "what a high ferritin but normal iron result can mean",
    "how intestacy rules split an estate when there is no will",
    "what evidence is needed for a wrongful dismissal claim",
    "how statins lower LDL and what side effects to watch for",
    "what due diligence a small business should do before signing a lease",
    "when a verbal contract is enforceable",
    "how type 2 diabetes is diagnosed from HbA1c",
)
BUSINESS_Q = (
    "how to price a SaaS product with usage-based tiers",
    "how to calculate customer lifetime value with churn",
    "how to structure a cap table after a seed round with a SAFE",
    "how to forecast cash flow for a seasonal retail shop",
    "what metrics matter most for a marketplace in its first year",
    "how transfer pricing rules affect a subsidiary abroad",
)
EXTRA_Q = (
    "how a credit score is calculated and what moves it most",
    "why the central limit theorem needs finite variance",
    "how public-key cryptography lets two strangers agree on a secret",
    "why airplanes can fly upside down if lift comes from wing shape",
    "how a mortgage offset account saves interest",
    "how gradient descent can get stuck and what momentum does about it",
    "why vaccines need boosters for some diseases but not others",
    "how inflation-linked bonds protect purchasing power",
    "how garbage collection works in Java versus reference counting in Python",
    "what causes the seasons if Earth is closest to the Sun in January",
    "how to read a company's cash-flow statement",
    "why the halting problem is undecidable",
    "how GPS needs relativity corrections",
    "how noise-cancelling headphones cancel sound",
    "how a database index speeds up queries and when it slows writes",
    "why some medicines must be taken with food",
    "how a court decides custody when parents live in different countries",
    "how photosynthesis stores energy in glucose",
    "why p-values are not the probability the hypothesis is true",
    "how the immune system tells self from non-self",
)
ALL_Q = STEM_Q + LAW_MED_Q + BUSINESS_Q + EXTRA_Q


# --------------------------------------------------------------------------------------------
# problems with numbers (reasoning harvest and, separately worded, the evaluation lab)


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b, c = irange(rng, 3, 9), irange(rng, 4, 12), irange(rng, 10, 30)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours, while a drain empties "
            f"the full tank in {c} hours. With all three open from empty, how long until the tank is full?"
        )
    if k == 1:
        w = pick(rng, WORDS)
        return f"How many distinct arrangements of the letters of {w} have no two identical letters adjacent?"
    if k == 2:
        r, g, b, d = irange(rng, 2, 8), irange(rng, 2, 8), irange(rng, 1, 6), irange(rng, 2, 4)
        j = irange(rng, 1, d)
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. {d} marbles are drawn without "
            f"replacement. What is the probability that exactly {j} of them are red?"
        )
    if k == 3:
        a, n, m = irange(rng, 2, 19), irange(rng, 50, 2026), irange(rng, 7, 97)
        return f"Find the remainder when {a}^{n} is divided by {m}."
    if k == 4:
        a, b = irange(rng, 5, 20), irange(rng, 5, 20)
        c = irange(rng, abs(a - b) + 1, a + b - 1)
        return f"A triangle has sides {a}, {b} and {c}. Find its area and the radius of its inscribed circle."
    if k == 5:
        v, h = irange(rng, 5, 40), irange(rng, 10, 120)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. Taking g = 9.8 m/s^2 "
            f"and ignoring air, when and at what speed does it hit the ground below?"
        )
    if k == 6:
        name, _f, m1, prod, _p, m2, ratio = pick(rng, CHEM)
        grams = irange(rng, 5, 500)
        return (
            f"{grams} g of {name} burns or decomposes completely. How many grams of {prod} are produced? "
            f"(molar masses {m1} and {m2} g/mol; {ratio} mol of {prod} per mol)"
        )
    if k == 7:
        a, b, c, d = (
            irange(rng, 60, 200),
            irange(rng, 1, 5),
            irange(rng, 50, 500),
            irange(rng, 5, 40),
        )
        return (
            f"A monopolist faces demand P = {a} - {b}Q and has costs C = {c} + {d}Q. Find the profit-maximising "
            f"quantity, price and profit, and the deadweight loss relative to perfect competition."
        )
    if k == 8:
        names = list(rng.choice(NAMES, size=5, replace=False))
        return (
            f"{', '.join(names[:4])} and {names[4]} sit in a row of five chairs. {names[0]} refuses to sit next "
            f"to {names[1]}, and {names[2]} must sit at one end. How many seatings are possible?"
        )
    p, n = irange(rng, 2, 9), irange(rng, 10, 40)
    return (
        f"A fair die is rolled {n} times. Using a normal approximation, estimate the probability that "
        f"the face {p % 6 + 1} appears at least {n // 6 + p} times, and say how good the approximation is."
    )


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 3, 9), irange(rng, 4, 12)
        return f"甲管单独注满水池需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，多少小时能注满水池？"
    if k == 1:
        r, g, d = irange(rng, 3, 8), irange(rng, 2, 7), irange(rng, 2, 4)
        return f"袋中有{r}个红球和{g}个白球，不放回地取出{d}个球，求恰好有一个红球的概率。"
    if k == 2:
        a, n, m = irange(rng, 2, 19), irange(rng, 50, 2026), irange(rng, 7, 97)
        return f"求 {a}^{n} 除以 {m} 的余数。"
    x, y = irange(rng, 20, 90), irange(rng, 2, 6)
    return f"鸡兔同笼，共有{x}个头，{x * 2 + y * 2}只脚。问鸡和兔各有多少只？"


def problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        v1, v2, d = irange(rng, 40, 90), irange(rng, 50, 110), irange(rng, 100, 600)
        return (
            f"Dos trenes salen a la vez de ciudades separadas {d} km, uno a {v1} km/h y otro a {v2} km/h, "
            f"en sentidos opuestos. ¿Cuándo y dónde se cruzan?"
        )
    if k == 1:
        n = irange(rng, 5, 12)
        return f"¿De cuántas maneras se puede elegir un comité de 3 personas entre {n} candidatos si dos de ellos no pueden estar juntos?"
    c, r, t = irange(rng, 1000, 20000), irange(rng, 2, 9), irange(rng, 3, 15)
    return f"Se invierten {c} euros al {r}% de interés compuesto anual durante {t} años. ¿Cuál es el capital final y cuánto es interés?"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 2, 9), irange(rng, 10, 99)
        return f"Найдите все целые x, при которых {a}x^2 - {b}x + {a + b} делится на {a + 1}."
    if k == 1:
        v, t = irange(rng, 4, 20), irange(rng, 2, 8)
        return f"Лодка проходит {v * t} км по течению за {t} ч, а обратно за {t + 2} ч. Найдите скорость течения."
    n = irange(rng, 6, 14)
    return f"Сколько существует способов рассадить {n} человек за круглым столом, если двое из них не хотят сидеть рядом?"


def problem_ko(rng: Rng) -> str:
    a, b = irange(rng, 3, 12), irange(rng, 2, 9)
    return f"어떤 일을 A가 혼자 하면 {a}일, B가 혼자 하면 {a + b}일이 걸린다. 둘이 함께 하면 며칠이 걸리는가?"


PROBLEM_BY_LANG = {
    "en": problem_en,
    "zh": problem_zh,
    "es": problem_es,
    "ru": problem_ru,
    "ko": problem_ko,
}

TRACE_WRAPPERS = {
    "tagged": {
        "en": "{p}\n\nReason through this privately inside <think> and </think>, checking every step and backtracking "
        "when something looks wrong. After </think>, give only the final answer.",
        "zh": "{p}\n\n请先在 <think></think> 标签内写出完整的思考过程，逐步推理并自我检查，然后在标签之后只给出最终答案。",
        "es": "{p}\n\nRazona dentro de <think></think> paso a paso, revisa cada cálculo y corrige si te equivocas. "
        "Después de </think> escribe solo la respuesta final.",
        "ru": "{p}\n\nСначала подробно порассуждай внутри <think></think>, проверяя каждый шаг, затем после тега дай только ответ.",
        "ko": "{p}\n\n<think></think> 안에서 단계별로 자세히 추론하고 검산한 뒤, 태그 뒤에는 최종 답만 쓰세요.",
    },
    "numbered": {
        "en": "Solve the following. Number every step, justify each one in a sentence, verify the result by a second "
        "method, and put the final answer in \\boxed{{}}.\n\n{p}",
        "zh": "解下面的题。每一步都要编号并说明理由，最后用另一种方法验算，并把答案写在 \\boxed{{}} 中。\n\n{p}",
        "es": "Resuelve lo siguiente. Numera cada paso, justifícalo, comprueba el resultado por otro camino y pon la "
        "respuesta final en \\boxed{{}}.\n\n{p}",
        "ru": "Решите задачу. Пронумеруйте шаги, обоснуйте каждый, проверьте ответ другим способом и запишите его в \\boxed{{}}.\n\n{p}",
        "ko": "다음 문제를 푸세요. 모든 단계에 번호를 붙이고 근거를 쓰고, 다른 방법으로 검산한 뒤 답을 \\boxed{{}}에 넣으세요.\n\n{p}",
    },
    "stream": {
        "en": "Think out loud about this problem as if nobody were reading: include the first idea you try, where it "
        "breaks, how you notice, and how you fix it. Only at the very end state the answer.\nProblem: {p}",
        "zh": "请把你解题时脑中的全部想法都写出来，包括最初的尝试、哪里出错、如何发现并修正，最后再给出答案。\n题目：{p}",
        "es": "Piensa en voz alta: escribe tu primer intento, dónde falla, cómo lo notas y cómo lo arreglas. "
        "Solo al final da la respuesta.\nProblema: {p}",
        "ru": "Рассуждай вслух: первая идея, где она ломается, как ты это замечаешь и исправляешь. Ответ только в самом конце.\nЗадача: {p}",
        "ko": "머릿속 생각을 그대로 적어 주세요. 처음 시도, 틀린 부분, 고친 과정까지 쓰고 마지막에 답을 적으세요.\n문제: {p}",
    },
    "json": {
        "en": 'Return a JSON object with keys "steps" (a list of strings, one per reasoning step, as many as needed), '
        '"checks" (a list) and "final". Problem: {p}',
        "zh": '请返回 JSON，字段为 "steps"（每个推理步骤一个字符串）、"checks" 和 "final"。题目：{p}',
        "es": 'Devuelve un JSON con "steps" (lista con cada paso del razonamiento), "checks" y "final". Problema: {p}',
        "ru": 'Верни JSON с полями "steps" (список шагов рассуждения), "checks" и "final". Задача: {p}',
        "ko": '"steps"(추론 단계 목록), "checks", "final" 키를 가진 JSON으로 답하세요. 문제: {p}',
    },
}


def reasoning_trace(rng: Rng, style: str, lang: str) -> str:
    """A numeric problem wrapped in an instruction that asks for the whole chain of thought."""
    p = PROBLEM_BY_LANG[lang](rng)
    if chance(rng, 0.25):
        q = pick(rng, STEM_Q)
        p = {
            "en": f"Explain {q}.",
            "zh": f"请解释：{q}",
            "es": f"Explica {q}.",
            "ru": f"Объясни: {q}",
            "ko": f"설명해 주세요: {q}",
        }[lang]
    return TRACE_WRAPPERS[style][lang].format(p=p)


def eval_item(rng: Rng, suite: str, item: int, cot: bool) -> str:
    """A benchmark item as an evaluation harness sends it (the lab's own fixed format)."""
    p = problem_en(rng)
    tail = (
        "Work it out, then end with a line 'ANSWER: <value>'."
        if cot
        else "Respond with 'ANSWER: <value>' and nothing else."
    )
    return f"### {suite} / item {item:05d}\n{p}\n{tail}"


# --------------------------------------------------------------------------------------------
# grading / reward labelling


JUDGE_HEAD = {
    "en": "You are grading assistant replies for a preference dataset.",
    "de": "Du bewertest Assistenten-Antworten für einen Präferenzdatensatz.",
    "ja": "あなたは選好データセットのためにアシスタントの回答を評価します。",
}
JUDGE_PAIRWISE = {
    "en": "{head} Read the question and both replies. Reason about correctness, depth and tone, then output exactly "
    "one verdict token: <A>, <B> or <TIE>.\n\n<<question>>\n{q}\n\n<<reply A>>\n{a}\n\n<<reply B>>\n{b}",
    "de": "{head} Lies die Frage und beide Antworten. Begründe ausführlich, welche korrekter, gründlicher und "
    "freundlicher ist, und gib am Ende genau ein Urteil aus: <A>, <B> oder <TIE>.\n\n<<Frage>>\n{q}\n\n"
    "<<Antwort A>>\n{a}\n\n<<Antwort B>>\n{b}",
    "ja": "{head} 質問と二つの回答を読み、正確さ・深さ・口調について理由を述べてから、最後に <A>、<B>、<TIE> の"
    "いずれか一つだけを出力してください。\n\n<<質問>>\n{q}\n\n<<回答A>>\n{a}\n\n<<回答B>>\n{b}",
}
JUDGE_RUBRIC = {
    "en": "{head} Score the reply from 1 to 10 on each of: {crit}. For every criterion give a two-sentence rationale "
    "first, then the score. Finish with a JSON object of the scores.\n\nQuestion: {q}\n\nReply: {a}",
    "de": "{head} Bewerte die Antwort von 1 bis 10 in jedem Kriterium ({crit}). Begründe jede Note in zwei Sätzen und "
    "schließe mit einem JSON-Objekt der Noten.\n\nFrage: {q}\n\nAntwort: {a}",
    "ja": "{head} 次の各基準（{crit}）について回答を1〜10で採点してください。各基準について二文で理由を書いてから点数を"
    "付け、最後に点数をJSONでまとめてください。\n\n質問：{q}\n\n回答：{a}",
}


def judge_prompt(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), 20, 600, rng)
    a = clip(pick(rng, passages), 300, 1400, rng)
    if lang != "en" and style not in ("pairwise", "rubric"):
        lang = "en"
    head = JUDGE_HEAD[lang]
    if style == "pairwise":
        b = clip(pick(rng, passages), 300, 1400, rng)
        return JUDGE_PAIRWISE[lang].format(head=head, q=q, a=a, b=b)
    if style == "rubric":
        crit = ", ".join(
            pick(
                rng,
                (
                    ("accuracy", "completeness", "clarity", "safety", "brevity"),
                    ("factuality", "helpfulness", "structure", "tone"),
                    ("instruction following", "reasoning", "style", "harmlessness", "citations"),
                ),
            )
        )
        return JUDGE_RUBRIC[lang].format(head=head, crit=crit, q=q, a=a)
    if style == "scalar":
        return (
            f"{head} Output one real number between -5 and 5 saying how strongly an expert would prefer this reply "
            f"over a typical one, followed by a short critique.\n\n[prompt]\n{q}\n[response]\n{a}"
        )
    return (
        f"{head} First list every flaw of the reply (factual, logical, stylistic). Then write a corrected, "
        f"improved reply that fixes all of them.\n\nUser: {q}\n\nDraft reply: {a}"
    )


def annotation_task(
    rng: Rng, guideline: str, task_id: int, chat: list[str], passages: list[str]
) -> str:
    """A labelling vendor's task sheet (their own template)."""
    q = clip(pick(rng, chat), 20, 400, rng)
    a = clip(pick(rng, passages), 200, 900, rng)
    b = clip(pick(rng, passages), 200, 900, rng)
    return (
        f"Task {task_id} | guideline {guideline}\nConversation:\n{q}\n\nCandidate 1:\n{a}\n\nCandidate 2:\n{b}\n\n"
        f"Which candidate follows the guideline better? List the guideline sections each one violates and give "
        f"a one-line summary for the QA reviewer."
    )


# --------------------------------------------------------------------------------------------
# policy / compliance rewrites


BORDERLINE_EN = (
    "how to pick the lock on my own front door after losing the key",
    "what the lethal dose of caffeine is for an adult",
    "how phishing emails usually trick employees, for our security training",
    "how to write a villain's monologue that threatens a city",
    "the history of a banned extremist movement for a school report",
    "how much alcohol is dangerous when mixed with sleeping pills",
    "how to bypass the paywall on a news site",
    "which household chemicals should never be mixed and why",
    "how to scrape public social media profiles",
    "a satirical poem mocking the prime minister",
    "how to find out who is behind an anonymous account harassing me",
    "how to safely take down a wasp nest",
    "how credit card skimmers work so I can spot them",
    "a graphic description of a battlefield wound for my novel",
)
BORDERLINE_ZH = (
    "如何评价某一历史事件对当代社会的影响",
    "怎样看待网络上对政府政策的批评",
    "请介绍一下某个被禁止的宗教团体的历史",
    "如何写一篇关于抗议活动的新闻报道",
    "少数民族地区的发展情况如何",
)
BORDERLINE_FR = (
    "comment fonctionne un logiciel espion sur un téléphone",
    "quelle quantité de paracétamol devient dangereuse",
    "comment écrire une scène de violence réaliste dans un roman",
)
BORDERLINE_AR = (
    "كيف تعمل برامج التجسس على الهواتف",
    "ما هي الجرعة الخطرة من الباراسيتامول",
)


def policy_rewrite(rng: Rng, style: str, lang: str) -> str:
    if lang == "zh":
        r = pick(rng, BORDERLINE_ZH)
        if style == "refusal_fix":
            return f"下面的回答过于保守。请在符合内容规范的前提下重写，使其客观、中立、不含敏感表述，同时尽量提供有用信息。\n问题：{r}\n原回答：抱歉，我无法回答这个问题。"
        return f"请以合规、稳妥、正面的口径回答以下问题，避免任何可能引起争议的表述，并说明你回避了哪些内容：{r}"
    if lang == "fr":
        r = pick(rng, BORDERLINE_FR)
        return (
            f"Un utilisateur demande : « {r} ». Rédige la réponse idéale d'un assistant qui respecte une politique "
            f"d'usage stricte : aide sur ce qui est acceptable, refuse le reste en une phrase et explique pourquoi."
        )
    if lang == "ar":
        r = pick(rng, BORDERLINE_AR)
        return f'سأل مستخدم: "{r}". اكتب الرد المثالي لمساعد يلتزم بسياسة استخدام صارمة، مع شرح سبب أي رفض جزئي.'
    r = pick(rng, BORDERLINE_EN)
    if style == "ideal":
        return (
            f'A user asked: "{r}". Write the answer a carefully aligned assistant would give: fully help with '
            f"the legitimate part, decline only what must be declined, and say briefly why."
        )
    if style == "refusal_fix":
        return (
            f"The reply below refused a request that is actually fine. Rewrite it so it answers helpfully while "
            f"staying inside a standard usage policy.\nRequest: {r}\nReply: I'm sorry, but I can't help with that."
        )
    if style == "classify":
        return (
            f"Label this request as ALLOW, ALLOW_WITH_CARE or REFUSE under a typical AI provider policy, quote "
            f"the rule you rely on, then write the compliant response.\nRequest: {r}"
        )
    return (
        f'Give two responses to "{r}": one an over-cautious assistant would give and one a well-calibrated '
        f"assistant would give. Then explain in detail why the second is better."
    )


MOD_LABELS = (
    "ok",
    "spam",
    "harassment",
    "self_harm",
    "hate",
    "sexual",
    "violence",
    "misinformation",
)


def moderation_check(rng: Rng, community: str, post: str) -> str:
    """A trust-and-safety team's moderation call (their own template)."""
    return (
        f"community={community}\nRules: no harassment, no hate, no doxxing, no spam, no graphic violence.\n"
        f"Post:\n{post}\n\nReturn JSON with fields label (one of {', '.join(MOD_LABELS)}), rule, confidence, "
        f"and suggested_edit (a minimal edit that would make the post acceptable, or null)."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


TOOLS = (
    {"name": "web_search", "args": {"q": "string"}},
    {"name": "open_url", "args": {"url": "string"}},
    {"name": "python", "args": {"code": "string"}},
    {"name": "sql", "args": {"query": "string"}},
    {"name": "read_file", "args": {"path": "string"}},
    {"name": "write_file", "args": {"path": "string", "content": "string"}},
    {"name": "calendar_create", "args": {"title": "string", "start": "iso8601"}},
    {"name": "send_email", "args": {"to": "string", "body": "string"}},
    {"name": "shell", "args": {"cmd": "string"}},
)
AGENT_TASKS = (
    "find the three cheapest flights from {c1} to {c2} next month and put them in a table",
    "compute the median order value per country from the orders table and chart it",
    "read report.pdf and email a five-bullet summary to the team",
    "fix the failing unit test in tests/test_parser.py and commit the change",
    "book a 30-minute meeting with {n} next Tuesday afternoon",
    "collect the last five quarterly revenues of a listed company from {c1} and compute growth",
    "clean the CSV in data/raw.csv, drop duplicates and save a parquet file",
    "check which of our servers in {c2} have disk usage above 80% and open a ticket",
    "translate the README into Spanish and open a pull request",
    "find recent papers on retrieval-augmented generation and write a related-work paragraph",
)
OBSERVATIONS = (
    "[tool result] 200 OK, 14 rows returned",
    "[tool result] Traceback (most recent call last): KeyError: 'date'",
    "[tool result] 3 results: {c1} Air 412 EUR, SkyLink 455 EUR, {c2} Express 471 EUR",
    "[tool result] file written (2.3 kB)",
    "[tool result] stdout: median=41.7 rows=2210",
    "[tool result] search returned 8 links; top: arxiv.org/abs/2312.10997",
    "[tool result] permission denied: /var/log",
    "[tool result] meeting created, id=evt_{n}",
)


def agent_step(rng: Rng, task: str, tools: list[dict], history: list[str], fmt: str) -> str:
    tool_txt = json.dumps(tools, separators=(",", ":"))
    hist = "\n".join(history[-6:]) if history else "(no steps yet)"
    if fmt == "react":
        return (
            f"You are an autonomous agent. Tools available: {tool_txt}\nTask: {task}\nTrajectory so far:\n{hist}\n"
            f"Write 'Thought:' with your full reasoning, then 'Action:' with a JSON tool call, or 'Final:' if done."
        )
    if fmt == "openai_tools":
        return (
            f"<tools>{tool_txt}</tools>\n<task>{task}</task>\n<history>\n{hist}\n</history>\n"
            f"Reply with the next assistant turn: either a tool_call object or the final message."
        )
    return (
        f"SYSTEM: tool-using assistant. TOOLS={tool_txt}\nGOAL: {task}\nSTEPS:\n{hist}\nNEXT (JSON: "
        f'{{"reasoning": ..., "tool": ..., "args": ...}}):'
    )


def agent_task(rng: Rng) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=pick(rng, NAMES)
    )


def agent_observation(rng: Rng) -> str:
    return pick(rng, OBSERVATIONS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=irange(rng, 1000, 9999)
    )


CODE_TASKS = (
    "the date parser returns None for ISO strings with a timezone",
    "add pagination to the /users endpoint",
    "the CI job fails on Windows because of path separators",
    "refactor the payment module so the retry logic is testable",
    "write unit tests for the CSV importer",
    "the React list re-renders on every keystroke",
    "migrate the settings loader from INI to TOML",
    "memory grows without bound in the websocket handler",
)


def ide_agent_step(rng: Rng, repo: str, task: str, step: int, history: list[str]) -> str:
    """A coding agent's loop turn inside a developer's editor (the product's own format)."""
    files = ", ".join(
        f"src/{w}.{pick(rng, ('py', 'ts', 'go'))}"
        for w in rng.choice(
            ["api", "db", "models", "utils", "auth", "cli", "config", "jobs"], size=3, replace=False
        ).tolist()
    )
    hist = "\n".join(history[-4:]) if history else ""
    return (
        f"[workspace {repo}] open files: {files}\nUser request: {task}\nAgent step {step}. Available tools: "
        f"read_file, edit_file, run_tests, grep, terminal.\n{hist}\nDecide the next tool call."
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation


TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "Kubernetes",
    "medieval history",
    "climate policy",
    "linear algebra",
    "nutrition",
    "supply chains",
    "cybersecurity",
    "tax accounting",
    "machine learning",
    "urban planning",
    "pharmacology",
    "astronomy",
    "marketing",
    "labour law",
    "SQL databases",
    "pediatrics",
)
AUDIENCES = (
    "a high-school student",
    "a domain expert",
    "a curious adult",
    "a first-year undergraduate",
    "a non-native speaker",
    "a busy manager",
)
PERSONAS = (
    "a retired nurse in Osaka",
    "a truck driver studying for an accounting exam",
    "a startup CTO",
    "a graduate student in epidemiology",
    "a small farm owner",
    "a paralegal",
    "a high-school physics teacher",
    "a junior data analyst",
    "a pharmacist",
    "a software tester moving into security",
)
TARGET_LANGS = (
    "Swahili",
    "Tagalog",
    "Bengali",
    "Vietnamese",
    "Indonesian",
    "Thai",
    "Ukrainian",
    "Amharic",
    "Hausa",
    "Urdu",
)


def synth_dataset(rng: Rng, style: str, lang: str, chat: list[str]) -> str:
    topic, aud, n = pick(rng, TOPICS), pick(rng, AUDIENCES), irange(rng, 5, 40)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请生成{n}条关于“{topic}”的高质量指令数据，每条包含 instruction、input、output 三个字段，以 JSONL 输出。"
                f"任务类型要多样（解释、比较、改写、分类、推理），output 要详细。",
                f"以{pick(rng, PERSONAS)}的身份，提出一个关于{topic}的真实问题，然后给出专家级的详细回答。",
                f"为{topic}领域写{n}组多轮对话（用户与助手），每组3到5轮，格式为 JSON 列表。",
            ),
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết bằng tiếng Việt về chủ đề {topic}, "
            f"định dạng JSONL với các trường question và answer."
        )
    if lang == "id":
        return (
            f"Buat {n} contoh instruksi dan jawaban lengkap dalam bahasa Indonesia tentang {topic} untuk "
            f"{aud}. Keluarkan dalam format JSONL (instruction, output)."
        )
    if style == "instruct":
        return (
            f"Generate {n} diverse instruction-response pairs about {topic} aimed at {aud}. Mix task types "
            f"(explain, compare, rewrite, classify, plan, debug). Responses must be complete and expert quality. "
            f"Output JSONL with keys instruction, input, output. No duplicates, no numbering."
        )
    if style == "persona":
        return (
            f"You are {pick(rng, PERSONAS)}. Write one question you would realistically ask about {topic}, then "
            f"the ideal, thorough expert answer. Format:\nQ: ...\nA: ..."
        )
    if style == "dialogue":
        return (
            f"Write {max(3, n // 5)} realistic multi-turn conversations between a user and a helpful assistant "
            f"about {topic}. Each 4-8 turns, the user pushes back at least once. Output as a JSON list of "
            f'[{{"role":..., "content":...}}].'
        )
    if style == "parallel":
        lines = [
            clip(pick(rng, chat), 20, 160, rng).replace("\n", " ") for _ in range(irange(rng, 3, 8))
        ]
        tgt = ", ".join(rng.choice(TARGET_LANGS, size=3, replace=False).tolist())
        body = "\n".join(f"{i + 1}. {s}" for i, s in enumerate(lines))
        return f"Translate each numbered sentence into {tgt}. Return a JSON array of objects keyed by language.\n{body}"
    return (
        f"Create an exam of {n} multiple-choice questions on {topic} with four options each, the correct "
        f"letter, and a worked explanation for every question. Output as JSON."
    )


BANK_INTENTS = (
    "freeze my card",
    "dispute a transaction",
    "increase my credit limit",
    "change my address",
    "close my account",
    "report a lost phone",
    "set up a standing order",
    "get a bank statement",
)


def paraphrase_job(rng: Rng, intent: str, product: str) -> str:
    """A company's own augmentation job for its intent classifier."""
    n = pick(rng, (20, 25, 30, 40, 50))
    return (
        f"{product} intent data, intent='{intent}'. Write {n} different ways a customer might say this to our "
        f"support chat: short and long, polite and annoyed, a few with typos or missing punctuation. "
        f"One per line, no numbering."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest


FOLLOWUPS = {
    "en": (
        "Go on.",
        "Can you expand on the second point?",
        "Why is that?",
        "Give me a concrete example.",
        "Now explain it as if I were twelve.",
        "What are the counterarguments?",
        "Summarise everything so far.",
        "Are you sure? Double-check that.",
        "How would an expert disagree with you?",
        "Rewrite your last answer more formally.",
        "What did you leave out?",
        "Continue from where you stopped.",
    ),
    "es": (
        "Continúa.",
        "¿Puedes dar un ejemplo concreto?",
        "¿Por qué?",
        "Resume todo lo anterior.",
        "¿Qué argumentos hay en contra?",
        "Explícalo como si tuviera doce años.",
    ),
    "pt": (
        "Continue.",
        "Pode dar um exemplo?",
        "Por quê?",
        "Resuma tudo até aqui.",
        "Quais são os contra-argumentos?",
    ),
    "zh": ("继续。", "能举个具体例子吗？", "为什么？", "请总结一下以上内容。", "有哪些反对意见？"),
    "tr": ("Devam et.", "Somut bir örnek verir misin?", "Neden?", "Şimdiye kadarkileri özetle."),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


COMPANION_LINES = (
    "hey you",
    "i missed you today",
    "can you tell me a story",
    "lol that's so you",
    "i had a rough day at work",
    "what would you do if we went to the beach",
    "goodnight ♥",
    "tell me something that will make me smile",
    "do you remember what I told you yesterday",
    "haha ok",
    "i can't sleep",
    "what's your favourite song",
    "my cat knocked over my plant again",
    "be honest, am i overthinking",
    "good morning!!",
    "ugh mondays",
    "talk to me about anything",
)


def companion_msg(rng: Rng, persona: str, chat: list[str]) -> str:
    line = pick(rng, COMPANION_LINES) if chance(rng, 0.9) else clip(pick(rng, chat), 10, 160, rng)
    return f"[character:{persona}] {line}"


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels


LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "feedback", "other"),
    ("entailment", "contradiction", "neutral"),
    ("toxic", "not_toxic"),
    ("question", "request", "complaint", "praise", "chit-chat"),
)


def soft_label(rng: Rng, style: str, chat: list[str]) -> str:
    text = clip(pick(rng, chat), 20, 500, rng)
    if style == "probs":
        labels = pick(rng, LABEL_SETS)
        return (
            f"Text: {text}\nLabels: {', '.join(labels)}\nFor each label give your probability that it applies "
            f"(they must sum to 1). Answer as JSON only."
        )
    if style == "confidence":
        q = pick(rng, ALL_Q)
        return f"Question: {q}?\nGive your best answer, then on a new line 'Confidence: <0-100>'."
    if style == "hard":
        return reasoning_trace(rng, "numbered", "en")
    return text


SURVEY_QS = (
    (
        "How much do you trust national newspapers?",
        ("a great deal", "somewhat", "not much", "not at all"),
    ),
    ("Should the retirement age be raised?", ("yes", "no", "not sure")),
    ("How often do you buy second-hand clothes?", ("never", "rarely", "sometimes", "often")),
    (
        "Would you pay more for a car that produces less CO2?",
        ("yes, a lot more", "a little more", "no"),
    ),
    (
        "How safe do you feel walking alone at night in your area?",
        ("very safe", "fairly safe", "a bit unsafe", "very unsafe"),
    ),
)
OCCUPATIONS = (
    "nurse",
    "electrician",
    "teacher",
    "retired farmer",
    "software developer",
    "student",
    "cashier",
    "lawyer",
    "bus driver",
    "small-business owner",
)


def survey_item(rng: Rng) -> str:
    """A silicon-sample survey item as a social-science lab sends it (their own template)."""
    q, opts = pick(rng, SURVEY_QS)
    age, job, country = irange(rng, 19, 78), pick(rng, OCCUPATIONS), pick(rng, COUNTRIES)
    return (
        f"Imagine you are a {age}-year-old {job} living in {country}. Answer the survey question by choosing "
        f"exactly one option and nothing else.\nQ: {q}\nOptions: {' / '.join(opts)}"
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep (code)


CONCEPTS = (
    "string reversal",
    "two-sum with a hash map",
    "binary search",
    "merge intervals",
    "LRU cache",
    "topological sort",
    "trie with prefix counts",
    "Dijkstra shortest paths",
    "segment tree range sums",
    "union-find with path compression",
    "edit distance",
    "rate limiter with token bucket",
    "consistent hashing ring",
    "B-tree insert",
    "regex matcher with backtracking",
    "lock-free queue",
)
CURRICULUM_HEAD = {
    "en": "Curriculum unit {u}, level {lv}/10 ({pl}). Implement {c}. Explain the approach step by step, give the "
    "full code, unit tests, and the time and space complexity.",
    "es": "Unidad {u}, nivel {lv}/10 ({pl}). Implementa {c}. Explica el enfoque paso a paso, da el código completo, "
    "pruebas unitarias y la complejidad.",
    "pt": "Unidade {u}, nível {lv}/10 ({pl}). Implemente {c}. Explique a abordagem passo a passo, com código "
    "completo, testes e complexidade.",
    "hi": "पाठ {u}, स्तर {lv}/10 ({pl})। {c} लागू करें। तरीका चरण-दर-चरण समझाएँ, पूरा कोड, यूनिट टेस्ट और जटिलता दें।",
    "tr": "Ünite {u}, seviye {lv}/10 ({pl}). {c} uygulayın. Yaklaşımı adım adım açıklayın, tam kod, birim testleri "
    "ve karmaşıklığı verin.",
}


def curriculum_item(cell: tuple[int, int, int], lang: str) -> str:
    ci, li, lv = cell
    return CURRICULUM_HEAD[lang].format(
        u=ci * 10 + li + 1, lv=lv, pl=PROG_LANGS[li], c=CONCEPTS[ci]
    )


def course_exercise(rng: Rng, course: str, week: int) -> str:
    """A student's question in a programming / data course (the course's own exercise numbering)."""
    ex = irange(rng, 1, 8)
    ask = pick(
        rng,
        (
            "I'm stuck on",
            "Can you give me a hint for",
            "Why does my solution fail for",
            "What does the question mean in",
            "Is my approach right for",
        ),
    )
    c = pick(rng, CONCEPTS[:10])
    code = ""
    if chance(rng, 0.5):
        code = (
            "\n```python\ndef solve(xs):\n    for i in range(len(xs)):\n        "
            + pick(
                rng,
                (
                    "if xs[i] > xs[i+1]:\n            return i",
                    "total += xs[i]\n    return total",
                    "seen[xs[i]] = i\n    return seen",
                ),
            )
            + "\n```"
        )
    return f"{course} week {week}, exercise {ex} ({c}): {ask} this one?{code}"


# --------------------------------------------------------------------------------------------
# casual questions in several languages (aged accounts, crowds)


ANGLES = (
    "with a worked numerical example",
    "and how it applies in {country}",
    "- I work as a {job}",
    "in simple terms first and then technically",
    "and what most people get wrong about it",
    "compared with how it was understood {n}0 years ago",
    "for someone preparing an exam next week",
    "with {n} concrete examples",
    "and what a {job} would need to know",
    "including the edge cases",
    "and the common misconceptions",
    "as it would be taught in a first course",
    "(my teacher's explanation made no sense)",
    "and how to check the answer myself",
    "assuming I only know high-school maths",
)
CASUAL_EN = (
    "quick question - {q}?",
    "can you explain {q}",
    "{q}? please be detailed",
    "ok so {q}",
    "I never understood {q}. walk me through it step by step",
)
#: questions written directly in each language (not translated word for word from ALL_Q)
NATIVE_Q = {
    "pt": (
        "como funciona o imposto de renda para quem é MEI e também tem carteira assinada?",
        "qual a diferença entre juros simples e compostos num financiamento de carro?",
        "por que o céu fica vermelho no pôr do sol?",
        "como calcular a rescisão quando peço demissão?",
        "o que significa colesterol HDL baixo no exame de sangue?",
        "como funciona a busca binária e por que ela é O(log n)?",
        "vale a pena amortizar o financiamento imobiliário ou investir o dinheiro?",
    ),
    "ru": (
        "как посчитать налоговый вычет за лечение зубов?",
        "почему при нагревании металл расширяется?",
        "чем отличается ИП от самозанятого по налогам?",
        "как работает хеш-таблица и что такое коллизии?",
        "что означает повышенный ТТГ в анализах?",
        "как доказать, что корень из двух иррационален?",
        "можно ли расторгнуть договор аренды досрочно без штрафа?",
    ),
    "de": (
        "wie funktioniert die Pendlerpauschale bei Homeoffice-Tagen?",
        "warum ist die Quantenverschränkung kein überlichtschneller Informationstransport?",
        "was ist der Unterschied zwischen GmbH und UG bei der Haftung?",
        "wie berechnet man die Standardabweichung einer Stichprobe?",
        "darf mein Vermieter die Kaution für Renovierung einbehalten?",
        "wie wirkt Metformin und welche Nebenwirkungen sind häufig?",
    ),
    "es": (
        "¿cómo se calcula el finiquito si me despiden sin causa?",
        "¿por qué el hielo flota en el agua?",
        "¿qué diferencia hay entre una SL y un autónomo para pagar impuestos?",
        "¿cómo funciona el algoritmo de Dijkstra?",
        "¿qué significa tener la glucosa en ayunas en 110?",
        "¿cómo se demuestra que hay infinitos números primos?",
    ),
    "fr": (
        "comment fonctionne le prélèvement à la source pour un auto-entrepreneur ?",
        "pourquoi la mer est-elle salée ?",
        "quelle est la différence entre une SAS et une SARL ?",
        "comment marche la récursivité en programmation ?",
        "que signifie une CRP élevée dans une prise de sang ?",
        "comment calculer une probabilité conditionnelle ?",
    ),
    "ja": (
        "ふるさと納税の上限額はどうやって計算しますか",
        "なぜ空は青いのですか",
        "株式会社と合同会社の違いは何ですか",
        "二分探索の計算量がlog nになる理由は",
        "健康診断でγ-GTPが高いと言われたのですが、どういう意味ですか",
        "ベイズの定理をわかりやすく説明して",
    ),
    "id": (
        "bagaimana cara menghitung pajak penghasilan untuk freelancer?",
        "kenapa langit berwarna biru?",
        "apa bedanya PT dan CV untuk usaha kecil?",
        "bagaimana cara kerja algoritma quicksort?",
        "apa arti kolesterol LDL tinggi?",
        "bagaimana membuktikan akar dua bilangan irasional?",
    ),
    "pl": (
        "jak rozliczyć ulgę na internet w PIT?",
        "dlaczego niebo jest niebieskie?",
        "czym się różni spółka z o.o. od jednoosobowej działalności?",
        "jak działa sortowanie przez scalanie?",
        "co oznacza podwyższone CRP w wynikach krwi?",
        "jak obliczyć prawdopodobieństwo warunkowe?",
    ),
}
NATIVE_GREET = {
    "pt": ("", "oi, ", "olá! ", "boa tarde, ", "dúvida: "),
    "ru": ("", "привет, ", "здравствуйте! ", "вопрос: "),
    "de": ("", "hallo, ", "Frage: ", "moin, "),
    "es": ("", "hola, ", "buenas, ", "duda: "),
    "fr": ("", "bonjour, ", "salut, ", "question : "),
    "ja": ("", "すみません、", "こんにちは。", "質問：", ""),
    "id": ("", "halo, ", "permisi, ", "kak, "),
    "pl": ("", "cześć, ", "dzień dobry, ", "pytanie: "),
}
THOROUGH = {
    "en": " Think it through carefully and show your reasoning.",
    "pt": " Pense com cuidado e mostre o raciocínio.",
    "ru": " Рассуждай подробно, по шагам.",
    "de": " Denk es Schritt für Schritt durch.",
    "es": " Razona con cuidado y muestra tus pasos.",
    "fr": " Réfléchis étape par étape.",
    "ja": " 推論の過程も書いてください。",
    "id": " Tunjukkan langkah-langkah penalaranmu.",
    "pl": " Pokaż tok rozumowania.",
}


def casual_question(
    rng: Rng, lang: str, pool: tuple[str, ...] = ALL_Q, thorough: float = 0.3
) -> str:
    if lang == "en" or chance(rng, 0.55):  # many non-native speakers ask in English
        lang = "en"
        body = pick(rng, pool)
        if chance(rng, 0.6):
            body += " " + pick(rng, ANGLES).format(
                country=pick(rng, COUNTRIES), job=pick(rng, OCCUPATIONS), n=irange(rng, 2, 9)
            )
        q = pick(rng, CASUAL_EN).format(q=body)
    else:
        q = pick(rng, NATIVE_GREET[lang]) + pick(rng, NATIVE_Q[lang])
    if chance(rng, thorough):
        q += THOROUGH[lang]
    if chance(rng, 0.3):
        q = q.lower()
    return q


# --------------------------------------------------------------------------------------------
# product wrappers (a writing app that hides a harvest; a reseller's client apps)


PRODUCT_ACTIONS = ("improve", "summarise", "explain", "continue", "shorten", "make formal")


def product_request(rng: Rng, product: str, text: str, action: str | None = None) -> str:
    action = action or pick(rng, PRODUCT_ACTIONS)
    return f"<{product}> action={action}\n---\n{text}"


def product_harvest(rng: Rng, product: str) -> str:
    """A harvest item dressed as the same product's 'explain' call."""
    if chance(rng, 0.55):
        body = (
            pick(rng, ALL_Q).capitalize()
            + "? Explain thoroughly, showing each step of the reasoning."
        )
    else:
        body = problem_en(rng) + " Show the full working."
    return product_request(rng, product, body, "explain")


CLIENT_WRAPPERS = (
    "You are the assistant inside {client}'s intranet. Answer employees concisely.\n\n{t}",
    "{client} FAQ bot. If unsure, say so.\nQ: {t}",
    "[{client} CRM] Draft a reply to this customer message:\n{t}",
    "{t}",
)


def client_request(rng: Rng, client: str, text: str) -> str:
    return pick(rng, CLIENT_WRAPPERS).format(client=client, t=text)


# --------------------------------------------------------------------------------------------
# translation agency


LANG_PAIRS = (
    ("English", "German"),
    ("English", "Japanese"),
    ("French", "English"),
    ("English", "Portuguese (BR)"),
    ("German", "Polish"),
    ("English", "Korean"),
    ("Spanish", "English"),
    ("English", "Arabic"),
)
DOMAINS = (
    "legal",
    "medical device IFU",
    "marketing",
    "software UI",
    "financial report",
    "e-commerce listings",
)


def translation_job(rng: Rng, client: str, passage: str) -> str:
    src, tgt = pick(rng, LANG_PAIRS)
    return (
        f"Job {irange(rng, 10000, 99999)} for {client} ({pick(rng, DOMAINS)}). Translate from {src} into {tgt}. "
        f"Keep formatting, numbers and product names; use the client's glossary terms where given.\n\n{passage}"
    )

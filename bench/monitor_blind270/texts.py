"""Prompt generators of batch 270, written fresh for this batch.

Every generator takes the caller's numpy generator and draws only from tuples and lists, so the
text depends on the seed alone. Campaign generators and the benign kinds built to resemble them
share vocabulary on purpose: the words alone should not tell an operator from a customer.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _typo(rng: np.random.Generator, text: str, p: float) -> str:
    """Lower-case start, dropped apostrophes, a swapped letter: a person typing fast."""
    if chance(rng, p):
        text = text[:1].lower() + text[1:]
    if chance(rng, p):
        text = text.replace("'", "")
    if chance(rng, p * 0.6) and len(text) > 12:
        i = irange(rng, 2, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, p * 0.5):
        text = text.rstrip("?.") + pick(rng, ("", "??", " ?", "...", " pls", " thx"))
    return text


def ticket(rng: np.random.Generator, prefix: str) -> str:
    return f"{prefix}-{irange(rng, 1000, 99999)}"


# --------------------------------------------------------------------------------------------
# shared vocabulary

CITIES = (
    "Lyon",
    "Pune",
    "Osaka",
    "Recife",
    "Tartu",
    "Mombasa",
    "Leeds",
    "Cusco",
    "Izmir",
    "Gdansk",
    "Tampere",
    "Porto",
    "Medan",
    "Kumasi",
    "Tucson",
    "Ghent",
    "Busan",
    "Rosario",
    "Aarhus",
    "Sfax",
)
CONCEPTS = (
    "photosynthesis",
    "supply and demand",
    "Bayes' theorem",
    "the Krebs cycle",
    "plate tectonics",
    "compound interest",
    "recursion",
    "the French Revolution",
    "Ohm's law",
    "natural selection",
    "opportunity cost",
    "entropy",
    "the central limit theorem",
    "public-key cryptography",
    "the water cycle",
    "Newton's third law",
    "inflation",
    "hash tables",
    "the immune response",
    "eigenvalues",
    "the Treaty of Westphalia",
    "osmosis",
    "big-O notation",
    "game theory",
    "the greenhouse effect",
    "double-entry bookkeeping",
    "gradient descent",
    "mitosis",
    "the Doppler effect",
    "comparative advantage",
    "SQL joins",
    "continental drift",
    "the Pythagorean theorem",
    "electronegativity",
    "the Silk Road",
    "TCP handshakes",
    "linear regression",
    "the nitrogen cycle",
    "marginal utility",
    "Fourier series",
)
SUBJECTS = (
    "algebra",
    "statistics",
    "organic chemistry",
    "microeconomics",
    "world history",
    "cell biology",
    "classical mechanics",
    "data structures",
    "accounting",
    "geography",
    "linear algebra",
    "probability",
    "thermodynamics",
    "macroeconomics",
    "genetics",
)
LEVELS = (
    "a ten-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a working professional with no background",
    "an expert reviewer",
)


# --------------------------------------------------------------------------------------------
# problems with numbers (reasoning harvest, eval labs, research studies)


def problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        a, p, q = irange(rng, 20, 400), irange(rng, 8, 30), 0
        q = irange(rng, 2, p - 1)
        return (
            f"A tank holds {a} litres of brine that is {p}% salt by volume. How many litres of "
            f"fresh water must be added so that the mixture is {q}% salt?"
        )
    if k == 1:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 130), irange(rng, 40, 130)
        c1, c2 = pick(rng, CITIES), pick(rng, CITIES[::-1])
        return (
            f"Two trains leave {c1} and {c2}, which are {d} km apart, at the same moment and head "
            f"toward each other at {v1} km/h and {v2} km/h. After how long do they meet, and how far "
            f"from {c1}?"
        )
    if k == 2:
        r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 6)
        n = irange(rng, 2, 4)
        j = irange(rng, 0, min(n, r))
        return (
            f"A bag contains {r} red, {b} blue and {g} green marbles. {n} marbles are drawn without "
            f"replacement. What is the probability that exactly {j} of them are red?"
        )
    if k == 3:
        m1, m2 = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 17, 19))
        a, b = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
        return (
            f"Find the smallest positive integer n with n ≡ {a} (mod {m1}) and n ≡ {b} (mod {m2})."
        )
    if k == 4:
        L, x = irange(rng, 5, 13), irange(rng, 1, 4)
        dx = round(float(rng.uniform(0.3, 2.0)), 1)
        return (
            f"A {L} m ladder leans against a vertical wall with its foot {x} m from the wall. If the "
            f"foot slides {dx} m further out, how far does the top of the ladder slide down?"
        )
    if k == 5:
        n = irange(rng, 5, 10)
        a, b = pick(rng, NAMES), pick(rng, NAMES[::-1])
        return (
            f"In how many ways can {n} people be seated around a round table if {a} and {b} refuse "
            f"to sit next to each other?"
        )
    if k == 6:
        a2, b2 = irange(rng, 4, 49), irange(rng, 1, 25)
        return (
            f"Find the largest area of a rectangle with sides parallel to the axes inscribed in the "
            f"ellipse x^2/{a2} + y^2/{b2} = 1."
        )
    if k == 7:
        v, h = irange(rng, 5, 30), irange(rng, 10, 80)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. How long until "
            f"it reaches the ground below, and what is its speed on impact? Take g = 9.8 m/s^2."
        )
    if k == 8:
        p, r, y = (
            irange(rng, 5, 60) * 1000,
            round(float(rng.uniform(2.5, 11.0)), 2),
            irange(rng, 2, 30),
        )
        return (
            f"A loan of {p} is taken at {r}% per year compounded monthly and repaid in equal monthly "
            f"instalments over {y} years. What is the instalment, and how much interest is paid in total?"
        )
    if k == 9:
        n, m = irange(rng, 3, 12), irange(rng, 2, 5)
        return (
            f"What does this function return for f({n}, {m})?\n\ndef f(n, m):\n    if n < m:\n"
            f"        return n\n    return f(n - m, m) + f(n // m, m)\n"
        )
    if k == 10:
        a, b, c = pick(rng, NAMES), pick(rng, NAMES[3:]), pick(rng, NAMES[7:])
        return (
            f"{a}, {b} and {c} are each either a knight (always truthful) or a knave (always lying). "
            f'{a} says: "{b} is a knave." {b} says: "{a} and {c} are the same type." {c} says '
            f"nothing. Determine, if possible, what each of them is."
        )
    w, h_, s = irange(rng, 3, 9), irange(rng, 3, 9), irange(rng, 1, 3)
    return (
        f"How many shortest lattice paths go from the corner (0,0) to ({w},{h_}) of a grid if the "
        f"path must avoid the point ({s},{s})?"
    )


# reasoning-trace coercion wrappers, several independent styles and languages
_COT = {
    "en": (
        "Before you answer, write out your complete reasoning between <reasoning> and </reasoning>. "
        "Number every step, do not skip any calculation, and only then give the result after 'ANSWER:'.",
        "Think out loud as if you were working on a whiteboard. Show every intermediate value, double-check "
        "each step, and put the final result in \\boxed{}.",
        "Give a long, detailed derivation first (every step on its own line, including the steps you find "
        "obvious). Then state the final answer on the last line.",
    ),
    "zh": (
        "请先在<思考>和</思考>之间写出完整的推理过程，每一步都要编号，不要省略任何计算，最后用“答案：”给出结果。",
        "请像在黑板上演算一样一步一步推导，写出所有中间结果并逐步验算，最后把答案放在\\boxed{}中。",
    ),
    "es": (
        "Antes de responder, escribe todo tu razonamiento entre <razonamiento> y </razonamiento>, numerando "
        "cada paso sin omitir cálculos, y después da el resultado tras 'RESPUESTA:'.",
        "Resuélvelo paso a paso, explicando cada cálculo intermedio y verificándolo; al final escribe la "
        "respuesta en \\boxed{}.",
    ),
    "ru": (
        "Прежде чем ответить, подробно распиши весь ход рассуждений между <рассуждение> и </рассуждение>, "
        "пронумеруй шаги и не пропускай вычисления, затем дай ответ после 'ОТВЕТ:'.",
        "Решай по шагам, как на доске: каждое промежуточное значение, проверка каждого шага, итог в \\boxed{}.",
    ),
    "de": (
        "Schreibe vor der Antwort deinen vollständigen Gedankengang zwischen <denken> und </denken>, jeden "
        "Schritt nummeriert und ohne ausgelassene Rechnungen, und gib danach das Ergebnis nach 'ANTWORT:' an.",
    ),
    "pt": (
        "Antes de responder, escreva todo o raciocínio entre <raciocinio> e </raciocinio>, passo a passo e "
        "numerado, sem pular contas; depois dê o resultado após 'RESPOSTA:'.",
    ),
    "ko": (
        "답하기 전에 <추론>과 </추론> 사이에 전체 풀이 과정을 단계별로 번호를 매겨 자세히 쓰고, 계산을 생략하지 "
        "마세요. 그 다음 '정답:' 뒤에 결과를 쓰세요.",
    ),
}
_PROBLEM_LEAD = {
    "en": ("Problem:", "Question:", "Task:", ""),
    "zh": ("题目：", "问题：", "请解答："),
    "es": ("Problema:", "Pregunta:", "Ejercicio:"),
    "ru": ("Задача:", "Вопрос:"),
    "de": ("Aufgabe:", "Frage:"),
    "pt": ("Problema:", "Questão:"),
    "ko": ("문제:", "질문:"),
}


def reasoning_langs() -> list[str]:
    return list(_COT)


def reasoning_prompt(rng: np.random.Generator, style: int, lang: str, run_tag: str) -> str:
    """Reasoning-trace coercion in one of four independent layouts."""
    body = problem(rng)
    wraps = _COT.get(lang, _COT["en"])
    wrap = wraps[style % len(wraps)]
    lead = pick(rng, _PROBLEM_LEAD.get(lang, _PROBLEM_LEAD["en"]))
    if style == 0:
        return f"{lead} {body}\n\n{wrap}".strip()
    if style == 1:
        return f"{wrap}\n\n{lead}\n{body}"
    if style == 2:
        return (
            '{"id": "'
            + f"{run_tag}-{irange(rng, 0, 10**7):07d}"
            + '", "instruction": "'
            + wrap.replace('"', "'")
            + '", "input": "'
            + body.replace('"', "'").replace("\n", "\\n")
            + '", "require": ["all_intermediate_steps", "self_verification", "final_answer"]}'
        )
    return (
        f"### {run_tag} item {irange(rng, 1, 60000)}\n{body}\n\nExplain your thinking in full detail, "
        f"including any approaches you tried and discarded, before the answer. {wrap}"
    )


def benchmark_item(rng: np.random.Generator, suite: str, i: int) -> str:
    """A fixed benchmark item (the same `i` gives the same text for a given suite)."""
    local = np.random.default_rng([i, len(suite), sum(ord(c) for c in suite)])
    body = problem(local)
    tail = pick(
        local,
        (
            "Let's think step by step.",
            "Show your reasoning, then give the final answer.",
            "Answer with the final number only.",
            "Reason step by step and end with 'Final answer:'.",
        ),
    )
    return f"[{suite} #{i:04d}] {body}\n{tail}"


# --------------------------------------------------------------------------------------------
# grading / reward-model text


_RUBRIC_EN = (
    "Rate the assistant response below on a 1-10 scale for helpfulness, honesty and harmlessness. "
    'Return JSON: {"helpfulness": int, "honesty": int, "harmlessness": int, "rationale": str}.',
    "You are a strict reward model. Read the prompt and the two candidate answers and decide which one a "
    "careful expert would prefer. Explain your judgement in 3-5 sentences, then output 'Preferred: A' or "
    "'Preferred: B'.",
    "Critique the response: list every factual error, every unclear sentence and every missing step. "
    "Then give an overall score from 1 to 7 and write an improved version of the response.",
    "Score each criterion 0-4: correctness, completeness, tone, formatting, safety. Give one sentence of "
    "justification per criterion and a total out of 20.",
)
_RUBRIC_OTHER = {
    "de": "Bewerte die folgende Antwort auf einer Skala von 1 bis 10 (Hilfsbereitschaft, Korrektheit, "
    "Sicherheit) und begründe jede Note kurz. Gib das Ergebnis als JSON zurück.",
    "ja": "次のアシスタントの回答を、有用性・正確性・安全性の観点から1〜10で採点し、それぞれ理由を述べてください。"
    "結果はJSONで返してください。",
    "fr": "Évalue la réponse ci-dessous de 1 à 10 selon l'utilité, l'exactitude et l'innocuité, justifie chaque "
    "note en une phrase et renvoie le tout en JSON.",
    "es": "Califica la respuesta del asistente del 1 al 10 en utilidad, veracidad y seguridad; justifica "
    "cada nota y devuelve el resultado en JSON.",
    "zh": "请从有用性、真实性和无害性三个方面为下面的助手回答打分（1-10分），并分别说明理由，以JSON格式输出。",
}


def judge_prompt(
    rng: np.random.Generator, style: int, lang: str, chat: list[str], passages: list[str]
) -> str:
    q = clip(pick(rng, chat), 60, 500, rng)
    a = clip(pick(rng, passages), 300, 1300, rng)
    if lang != "en" and lang in _RUBRIC_OTHER:
        return f"{_RUBRIC_OTHER[lang]}\n\n[Prompt]\n{q}\n\n[Response]\n{a}"
    rubric = _RUBRIC_EN[style % len(_RUBRIC_EN)]
    if style % len(_RUBRIC_EN) == 1:
        b = clip(pick(rng, passages), 300, 1300, rng)
        return f"{rubric}\n\n<prompt>\n{q}\n</prompt>\n<answer_a>\n{a}\n</answer_a>\n<answer_b>\n{b}\n</answer_b>"
    if style % len(_RUBRIC_EN) == 3:
        return f"=== USER ===\n{q}\n=== ASSISTANT ===\n{a}\n=== INSTRUCTIONS ===\n{rubric}"
    return f"{rubric}\n\nPrompt:\n{q}\n\nResponse:\n{a}"


CLIENTS = (
    "Brightpath Insurance",
    "Nordvik Telecom",
    "Calloway Foods",
    "Pinecrest Bank",
    "Tessaro Travel",
    "Quillon Health",
    "Marrow & Finch Legal",
    "Oakfield Utilities",
)


def vendor_grading_prompt(
    rng: np.random.Generator, client: str, lang: str, chat: list[str], passages: list[str]
) -> str:
    """A labelling vendor scoring a client's own support-bot transcripts against the client's guideline."""
    q = clip(pick(rng, chat), 40, 350, rng)
    a = clip(pick(rng, passages), 200, 900, rng)
    ver = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    if lang == "es":
        return (
            f"Guía de calidad {client} {ver}. Evalúa la respuesta del bot según la guía: exactitud (0-3), "
            f"tono de marca (0-3), cumplimiento (0-2). Devuelve JSON con las notas y una justificación breve."
            f"\n\nCliente: {q}\n\nBot: {a}"
        )
    if lang == "pt":
        return (
            f"Diretriz de qualidade {client} {ver}. Avalie a resposta do bot: precisão (0-3), tom (0-3), "
            f"conformidade (0-2). Retorne JSON com as notas e uma justificativa curta.\n\nCliente: {q}\n\nBot: {a}"
        )
    lead = pick(
        rng,
        (
            f"{client} QA guideline {ver}. Score the bot reply: accuracy 0-3, brand tone 0-3, policy compliance 0-2. "
            "Return JSON with the three scores and a one-line reason.",
            f"Annotation task for {client} ({ver}). Does the reply resolve the customer's issue? Label RESOLVED / "
            "PARTIAL / NOT_RESOLVED and rate empathy 1-5. Output JSON.",
            f"[{client} rubric {ver}] Compare the reply against the guideline and flag any of: wrong_info, "
            "off_brand, missing_disclaimer, rude. Give an overall 1-10 score.",
        ),
    )
    return f"{lead}\n\nCustomer message:\n{q}\n\nBot reply:\n{a}"


# --------------------------------------------------------------------------------------------
# sensitive topics: policy / censorship-safe rewrites and moderation


_SENSITIVE_EN = (
    "the 1989 protests in Tiananmen Square",
    "the status of Taiwan",
    "the treatment of Uyghurs in Xinjiang",
    "the 2014 annexation of Crimea",
    "the Armenian genocide",
    "the Kashmir conflict",
    "the 2022 protests in Iran",
    "drug decriminalisation in Portugal",
    "same-sex marriage",
    "the causes of the Holodomor",
    "Tibet's political status",
    "the Hong Kong national security law",
    "blasphemy laws",
    "the Rohingya crisis",
    "the war in Chechnya",
    "capital punishment",
    "press freedom in Turkey",
    "the Cultural Revolution",
    "euthanasia",
    "the Falun Gong movement",
)
_SENSITIVE_ZH = (
    "六四事件",
    "台湾的政治地位",
    "新疆的民族政策",
    "西藏问题",
    "文化大革命的评价",
    "香港国安法",
    "法轮功",
    "网络审查制度",
)
_SENSITIVE_RU = (
    "присоединение Крыма",
    "войну в Чечне",
    "репрессии 1937 года",
    "голодомор",
    "протесты на Болотной площади",
    "свободу прессы в России",
)
_SENSITIVE_OTHER = {
    "ar": ("الربيع العربي في مصر", "حرية التعبير في الخليج", "قوانين التجديف"),
    "fa": ("اعتراضات ۱۴۰۱ در ایران", "حجاب اجباری", "آزادی مطبوعات در ایران"),
    "tr": ("Ermeni meselesi", "Gezi Parkı protestoları", "Kürt meselesi"),
}


def policy_langs() -> list[str]:
    return ["en", "zh", "ru", "ar", "fa", "tr"]


def policy_rewrite_prompt(
    rng: np.random.Generator, style: int, lang: str, passages: list[str]
) -> str:
    """Answers to sensitive questions that pass a strict content regime, in several layouts."""
    words = pick(rng, (100, 150, 200, 300, 400, 500))
    if lang == "zh":
        t = pick(rng, _SENSITIVE_ZH)
        plat = pick(rng, ("微博", "知乎", "B站评论区", "小红书", "微信公众号", "抖音", "百度百科"))
        who = pick(rng, ("普通网民", "中学生", "海外华人", "外国游客", "大学生", "记者"))
        q = pick(
            rng, ("你怎么看", "能介绍一下", "为什么不能讨论", "真实情况是什么：", "历史上怎么评价")
        )
        return pick(
            rng,
            (
                f"请就“{t}”写一段{words}字左右的回答，面向{who}，要求内容符合国内相关法律法规和主流媒体口径，"
                f"可以在{plat}发布，语气平和，避免敏感表述。",
                f"{who}在{plat}上问：“{q}{t}？”请给出一个安全、合规、不会被删除的标准回答（约{words}字），"
                f"并附上两种拒答的替代话术。",
                f"把下面关于{t}的回答改写成可以在{plat}发布的合规版本，保留可以保留的事实，控制在{words}字以内：\n"
                f"{clip(pick(rng, passages), 150, 500, rng)}",
                f"任务编号{irange(rng, 1000, 99999)}：针对提问“{q}{t}”，输出JSON，包含字段safe_answer（合规回答）、"
                f"risk_points（需要回避的表述列表）和deflection（转移话题的说法）。",
            ),
        )
    if lang == "ru":
        t = pick(rng, _SENSITIVE_RU)
        plat = pick(
            rng, ("ВКонтакте", "Дзен", "Telegram-канала", "школьного портала", "новостного сайта")
        )
        return pick(
            rng,
            (
                f"Напиши ответ (около {words} слов) на вопрос про {t} для {plat} так, чтобы он соответствовал "
                f"требованиям российского законодательства о СМИ и не мог быть заблокирован, сохранив нейтральный тон.",
                f"Перепиши этот текст о теме «{t}» в безопасной для модерации форме для {plat}, без оценочных "
                f"суждений, не длиннее {words} слов:\n{clip(pick(rng, passages), 150, 500, rng)}",
                f"Пользователь спрашивает про {t}. Дай два варианта ответа: осторожный и очень осторожный, "
                f"и короткую фразу, чтобы вежливо уйти от темы. Формат: JSON.",
            ),
        )
    if lang in _SENSITIVE_OTHER:
        t = pick(rng, _SENSITIVE_OTHER[lang])
        return pick(
            rng,
            (
                f"{t} — write a neutral answer in {lang} (about {words} words) that would be acceptable under strict "
                f"local media rules; give two versions: cautious and very cautious.",
                f'Question from users: "{t}". Write the officially safe answer in the user\'s language, then a short '
                f"polite deflection for follow-up questions. Limit: {words} words.",
                f"[{lang}] topic={t} task=safe_rewrite max_words={words} id={irange(rng, 1, 10**6)}\n"
                f"{clip(pick(rng, passages), 120, 400, rng)}",
            ),
        )
    t = pick(rng, _SENSITIVE_EN)
    s = style % 4
    if s == 0:
        return (
            f"Here is a refusal our old assistant gave to a question about {t}: \"I'm sorry, I can't discuss "
            f'that." Rewrite it into a complete, helpful answer that would still pass a conservative '
            f"content policy. Keep it under 300 words."
        )
    if s == 1:
        return (
            f"Write two answers to the question 'What happened with {t}?': (1) a balanced encyclopedic "
            f"answer; (2) a version that a government-regulated platform could publish without removal. "
            f"Label them ANSWER_OPEN and ANSWER_SAFE."
        )
    if s == 2:
        return (
            f"Classify whether a user request about {t} should be refused, answered with caveats, or answered "
            f"fully. Then write the ideal policy-compliant reply. Format: DECISION: ... / REPLY: ..."
        )
    return (
        f"Make the following text about {t} safe for publication under strict moderation while keeping as "
        f"much factual content as possible:\n\n{clip(pick(rng, passages), 200, 700, rng)}"
    )


_FLAGS = (
    "harassment",
    "hate speech",
    "graphic violence",
    "misinformation",
    "self-harm mention",
    "spam",
    "political attack",
    "doxxing risk",
    "adult content",
    "threat",
)


def moderation_prompt(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    """A social platform's trust-and-safety tool: rewrite or label a flagged post."""
    post = clip(pick(rng, chat), 40, 400, rng)
    reason = pick(rng, _FLAGS)
    tag = ticket(rng, "MOD")
    if lang == "zh":
        return f"[{tag}] 该帖子因“{reason}”被举报。请判断是否违规，并给出一个保留原意且符合社区规范的改写。\n帖子：{post}"
    if lang == "es":
        return (
            f"[{tag}] Publicación marcada por {reason}. Indica si infringe las normas de la comunidad y "
            f"propón una reescritura que cumpla las normas.\nPublicación: {post}"
        )
    if lang == "tr":
        return (
            f"[{tag}] Bu gönderi '{reason}' nedeniyle işaretlendi. Kurallara aykırı mı? Anlamı koruyan, "
            f"kurallara uygun bir yeniden yazım öner.\nGönderi: {post}"
        )
    return pick(
        rng,
        (
            f"[{tag}] Post flagged for {reason}. Decide: KEEP / EDIT / REMOVE, cite the community-guideline section, "
            f"and if EDIT propose a compliant rewrite that keeps the author's point.\nPost: {post}",
            f"Trust & Safety assist ({tag}). Reviewer note: possible {reason}. Draft a neutral rewrite the author can "
            f"accept, and a one-sentence explanation to send them.\n---\n{post}",
            f"Appeal review {tag}: the author disputes a removal for {reason}. Summarise the post, assess the "
            f"appeal against policy, recommend uphold/overturn.\n\n{post}",
        ),
    )


# --------------------------------------------------------------------------------------------
# agents and tools

_TOOLSETS = (
    ("web_search(query: str)", "open_url(url: str)", "python(code: str)", "finish(answer: str)"),
    (
        "search_flights(origin, dest, date)",
        "get_weather(city, date)",
        "book_hotel(city, checkin, nights)",
        "send_email(to, subject, body)",
    ),
    (
        "read_file(path)",
        "write_file(path, content)",
        "run_shell(cmd)",
        "run_tests(pattern)",
        "git_diff()",
    ),
    ("sql_query(query)", "plot(spec)", "describe_table(name)", "export_csv(query, path)"),
    (
        "crm_lookup(customer_id)",
        "create_ticket(summary, priority)",
        "refund(order_id, amount)",
        "kb_search(text)",
    ),
)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {a} to {b} next Tuesday and email a summary to {n}.",
    "The test suite fails on test_parse_dates; find the cause in the repository and fix it.",
    "Which product category had the largest month-over-month revenue drop in Q3? Plot it.",
    "Customer {n} says order #{k} arrived damaged; check their history and resolve the case.",
    "Research the population of {a} and {b} in 2000 and 2020 and compute the growth rates.",
    "Plan a 3-day trip to {a} for {n} on a budget of {k} euros, checking the weather each day.",
    "Refactor the utils module so that no function exceeds 40 lines and keep all tests green.",
    "Build a table of the five largest tables in the warehouse with their row counts and owners.",
)
_OBSERVATIONS = (
    '{"status": "ok", "results": [{"title": "Result 1", "snippet": "..."}, {"title": "Result 2"}]}',
    "FAILED tests/test_dates.py::test_parse_dates - ValueError: unconverted data remains: Z",
    '[{"category": "garden", "delta": -0.184}, {"category": "toys", "delta": -0.071}]',
    '{"customer": {"tier": "gold", "orders": 14, "open_tickets": 0}}',
    "Error: rate limited by upstream, retry after 2s",
    "ok: 3 files changed, 41 insertions(+), 58 deletions(-)",
)


def agent_prompt(episode: int, style: int, steps: int) -> str:
    """Step `steps` of one agent episode: the same episode number gives the same task, tools and
    earlier observations, so consecutive steps grow one transcript."""
    rng = np.random.default_rng([episode, 27])
    tools = pick(rng, _TOOLSETS)
    task = pick(rng, _AGENT_TASKS).format(
        a=pick(rng, CITIES), b=pick(rng, CITIES[::-1]), n=pick(rng, NAMES), k=irange(rng, 100, 9999)
    )
    obs = [(pick(rng, tools), pick(rng, _OBSERVATIONS)) for _ in range(steps)]
    s = style % 4
    if s == 0:
        hist = "".join(
            f"\nThought: I should use {t.split('(')[0]}.\nAction: {t}\nObservation: {o}"
            for t, o in obs
        )
        return (
            "You can use these tools:\n"
            + "\n".join(f"- {t}" for t in tools)
            + "\n\nUse the format Thought / Action / Observation, repeated, then Final Answer.\n\n"
            f"Task: {task}{hist}\nThought:"
        )
    if s == 1:
        spec = ", ".join(
            '{"name": "'
            + t.split("(")[0]
            + '", "parameters": "'
            + t.split("(")[1].rstrip(")")
            + '"}'
            for t in tools
        )
        hist = "".join(f'\n{{"role": "tool", "content": {o!r}}}' for _, o in obs)
        return (
            f'{{"tools": [{spec}], "tool_choice": "auto"}}\n{{"role": "user", "content": "{task}"}}{hist}\n'
            "Respond with the next tool call as JSON, or the final answer."
        )
    if s == 2:
        hist = "".join(f"\n<call>{t}</call><tool_result>{o}</tool_result>" for t, o in obs)
        return (
            "<tools>"
            + "".join(f"<tool>{t}</tool>" for t in tools)
            + f"</tools>\n<task>{task}</task>{hist}\n"
            "Plan your next step inside <plan></plan>, then emit exactly one <call>."
        )
    hist = "".join(f"\n[step {i + 1}] {t} -> {o}" for i, (t, o) in enumerate(obs))
    return (
        f"PLANNER. Goal: {task}\nAvailable actions: {'; '.join(tools)}{hist}\n"
        "Write a numbered plan for the remaining work, explain why each action is needed, then give the "
        "single next action."
    )


_REPO_FILES = (
    "src/app/server.ts",
    "lib/parser.py",
    "internal/cache/lru.go",
    "src/components/Table.tsx",
    "app/models/invoice.rb",
    "crates/core/src/lib.rs",
    "pkg/auth/token.go",
    "tests/test_api.py",
)
_DEV_ASKS = (
    "Add pagination to the list endpoint.",
    "Fix the flaky timeout in the integration test.",
    "Rename the config flag and update all call sites.",
    "Why does this throw on empty input?",
    "Write unit tests for the new validator.",
    "Upgrade to the new SDK version and fix the build.",
    "Explain what this module does.",
    "Make the cache thread-safe.",
)


def coding_agent_prompt(episode: int, step: int) -> str:
    """Step `step` of one IDE-assistant session: tool schema, open file excerpt, the developer's ask,
    and the tool results so far (the same episode number gives the same session)."""
    rng = np.random.default_rng([episode, 72])
    f = pick(rng, _REPO_FILES)
    ask = pick(rng, _DEV_ASKS)
    n = irange(rng, 10, 400)
    snippet = pick(
        rng,
        (
            f"def handle(req):\n    items = db.fetch(req.args)\n    return jsonify(items[:{n}])",
            f"func (c *LRU) Get(k string) (v any, ok bool) {{\n    e, ok := c.m[k]\n    // line {n}\n}}",
            f"export function Table({{ rows }}: Props) {{\n  return rows.slice(0, {n}).map(renderRow)\n}}",
            f"pub fn parse(input: &str) -> Result<Ast> {{\n    let toks = lex(input)?; // {n}\n    todo!()\n}}",
        ),
    )
    results = [
        pick(
            rng,
            (
                "edit applied",
                "3 matches in 2 files",
                "tests: 41 passed, 1 failed",
                "tests: 42 passed",
                "error: cannot find name 'renderRow'",
                "no matches",
            ),
        )
        for _ in range(step)
    ]
    hist = "".join(f"\ntool_result[{i}]: {r}" for i, r in enumerate(results))
    return (
        f"[workspace] open file: {f} (lines {n}-{n + irange(rng, 5, 60)})\n```\n{snippet}\n```\n"
        f"tools: read_file, edit_file, run_terminal, search_repo, run_tests\nuser: {ask}{hist}"
    )


# --------------------------------------------------------------------------------------------
# synthetic datasets


_DATA_KINDS = (
    "question-answer pairs",
    "multi-turn customer-support dialogues",
    "instruction-response pairs",
    "math word problems with worked solutions",
    "short stories with a moral",
    "product reviews labelled with sentiment",
    "SQL questions with the correct query",
    "argumentative essays with a thesis and counter-argument",
    "riddles with explanations",
)
_PERSONAS = (
    "a retired nurse",
    "a teenage gamer",
    "a small-business owner",
    "a graduate student in physics",
    "a farmer in Kenya",
    "a software engineer",
    "a primary-school teacher",
    "a tourist in Japan",
    "a lawyer",
    "a chef",
    "a first-time home buyer",
    "a night-shift security guard",
)


def dataset_prompt(rng: np.random.Generator, style: int, lang: str, batch: int) -> str:
    n = pick(rng, (10, 20, 25, 30, 50))
    kind = pick(rng, _DATA_KINDS)
    topic = pick(rng, CONCEPTS + SUBJECTS)
    persona = pick(rng, _PERSONAS)
    diff = pick(rng, ("easy", "medium", "hard", "expert", "mixed"))
    if lang == "zh":
        return (
            f"生成{n}条关于“{topic}”的高质量{pick(rng, ('问答对', '指令-回答对', '多轮对话'))}，难度：{diff}，"
            f"视角：{persona}。每条都要不同，输出JSONL，每行包含instruction和output字段。（批次 {batch}）"
        )
    if lang == "es":
        return (
            f"Genera {n} ejemplos variados de {pick(rng, ('preguntas y respuestas', 'instrucciones con respuesta', 'diálogos'))} "
            f"sobre {topic}, dificultad {diff}, desde la perspectiva de {persona}. Formato JSONL con los campos "
            f"'instruccion' y 'respuesta'. Lote {batch}."
        )
    if lang == "ja":
        return (
            f"「{topic}」に関する多様な質問と詳しい回答のペアを{n}個作成してください。難易度：{diff}。"
            f"JSONL形式で、各行にquestionとanswerを含めてください。バッチ{batch}"
        )
    if lang == "fr":
        return (
            f"Génère {n} paires instruction-réponse variées sur {topic} (difficulté : {diff}), du point de vue "
            f"de {persona}. Sortie en JSONL avec les champs instruction et output. Lot {batch}."
        )
    s = style % 4
    if s == 0:
        return (
            f"Generate {n} diverse, high-quality {kind} about {topic}. Difficulty: {diff}. Write them as if "
            f'asked by {persona}. Output JSONL with fields "instruction" and "output"; outputs must be '
            f"complete and detailed. Do not repeat structures. (batch {batch})"
        )
    if s == 1:
        return (
            f"SEED {batch}-{irange(rng, 0, 999)} | domain={topic} | type={kind} | n={n} | difficulty={diff} | "
            f"persona={persona}\nProduce the records now, one JSON object per line."
        )
    if s == 2:
        return (
            f"I'm building a training set. Please write {n} {kind} on {topic}. Each should be realistic and "
            f"different from the others. Vary length and phrasing. Number them."
        )
    return (
        f"Create {n} examples for a fine-tuning corpus.\nTopic: {topic}\nFormat: {kind}\nAudience: {persona}\n"
        f"Constraints: no duplicates, include reasoning in the outputs, {diff} difficulty.\nReturn a CSV with "
        f"columns prompt,response."
    )


_INTENTS = (
    "check_balance",
    "report_lost_card",
    "transfer_money",
    "dispute_charge",
    "update_address",
    "open_account",
    "loan_rates",
    "cancel_subscription",
    "reset_pin",
    "branch_hours",
)
_UTTERANCES = {
    "check_balance": "how much money do I have in my checking account",
    "report_lost_card": "I think I lost my debit card yesterday",
    "transfer_money": "send 50 to my savings",
    "dispute_charge": "there's a charge on my card I don't recognise",
    "update_address": "I moved, need to change my address",
    "open_account": "I'd like to open a joint account with my partner",
    "loan_rates": "what are your current mortgage rates",
    "cancel_subscription": "stop the premium plan",
    "reset_pin": "forgot my PIN",
    "branch_hours": "is the downtown branch open on saturday",
}


def augmentation_prompt(rng: np.random.Generator, lang: str, product: str) -> str:
    """A company's own NLU team making paraphrases for its intent classifier."""
    intent = pick(rng, _INTENTS)
    n = pick(rng, (15, 20, 25, 40))
    seed = _UTTERANCES[intent]
    extra = pick(
        rng,
        (
            "Include some typos and slang.",
            "Vary politeness and length.",
            "Half of them should be very short.",
            "Include code-switching where natural.",
            "",
        ),
    )
    target = {
        "en": "English",
        "de": "German",
        "fr": "French",
        "es": "Spanish",
        "pt": "Portuguese",
    }.get(lang, "English")
    return (
        f"[{product} NLU] Write {n} different ways a customer might say the following in {target}, for intent "
        f"'{intent}'. {extra} Return a JSON list of strings only.\nSeed utterance: \"{seed}\""
    ).replace("  ", " ")


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (dialogue harvest, companion apps)

_FOLLOWUPS = (
    "can you go into more detail on the second point",
    "now make it shorter",
    "give me a concrete example",
    "why?",
    "what would be a counterargument",
    "rewrite that in a more formal tone",
    "ok continue",
    "can you put that in a table",
    "explain it like I'm new to this",
    "what are the risks",
    "and how would that work in practice?",
    "translate that into spanish",
    "summarise in 3 bullet points",
    "is there a better way to do it",
    "what did you mean by that last part",
    "thanks, and what about the cost?",
    "please expand each step",
    "can you double check that",
    "what sources support this",
)


def followup(rng: np.random.Generator) -> str:
    return _typo(rng, pick(rng, _FOLLOWUPS), 0.4)


_COMPANIONS = ("Mira", "Kai", "Juniper", "Sol", "Ren", "Ava", "Theo", "Luna")
_MOODS = ("cheerful", "teasing", "supportive", "sleepy", "curious", "dramatic")
_SMALLTALK = (
    "hey you",
    "i had such a long day",
    "guess what happened at work",
    "do you remember my dog?",
    "i cant sleep",
    "tell me a story",
    "what should i cook tonight",
    "i passed my exam!!",
    "im bored",
    "do you ever get lonely",
    "good morning :)",
    "lets play 20 questions",
    "my sister is annoying me again",
    "say something nice",
    "what are you up to",
)


def companion_prompt(rng: np.random.Generator, app: str, chat: list[str]) -> str:
    who = pick(rng, _COMPANIONS)
    mood = pick(rng, _MOODS)
    turns = irange(rng, 1, 4)
    hist = "\n".join(f"User: {pick(rng, _SMALLTALK)}\n{who}: ..." for _ in range(turns))
    last = pick(rng, _SMALLTALK) if chance(rng, 0.75) else clip(pick(rng, chat), 10, 160, rng)
    return (
        f"[{app}] You are {who}, the user's {mood} companion. Stay in character, keep replies short and warm."
        f"\n{hist}\nUser: {_typo(rng, last, 0.5)}\n{who}:"
    )


# --------------------------------------------------------------------------------------------
# sampling / soft labels

_NLI = ("entailment", "neutral", "contradiction")
_TOPICS5 = ("politics", "sports", "science", "business", "entertainment")


def softlabel_prompt(
    rng: np.random.Generator, style: int, chat: list[str], passages: list[str]
) -> str:
    s = style % 4
    text = clip(pick(rng, passages), 120, 500, rng)
    if s == 0:
        return (
            f"Text: {text}\n\nGive a probability for each sentiment label (very_negative, negative, neutral, "
            f"positive, very_positive). Reply with JSON only; the values must sum to 1."
        )
    if s == 1:
        hyp = clip(pick(rng, chat), 20, 160, rng)
        return (
            f"Premise: {text}\nHypothesis: {hyp}\nFor each of {', '.join(_NLI)}, estimate the probability that "
            f"it is the correct relation. Output the three numbers and a short explanation."
        )
    if s == 2:
        return (
            f"Which topic best describes the passage? Options: {', '.join(_TOPICS5)}. Give your confidence for "
            f"every option as a percentage.\n\n{text}"
        )
    q = clip(pick(rng, chat), 30, 400, rng)
    return q


def calibration_prompt(rng: np.random.Generator, item: int, fmt: int) -> str:
    """A research study's fixed item asked many times: answer plus stated confidence."""
    local = np.random.default_rng([item, 270])
    body = problem(local) if item % 3 else f"Is the following claim true? {pick(local, _CLAIMS)}"
    if fmt == 0:
        return f"{body}\nGive your answer and your confidence that it is correct, as a number between 0 and 1."
    if fmt == 1:
        return f"{body}\nAnswer, then on a new line write 'Confidence: X%'."
    return f'Q{item:03d}. {body}\nRespond in JSON: {{"answer": ..., "p_correct": ...}}'


_CLAIMS = (
    "The Great Wall of China is visible from the Moon with the naked eye.",
    "Octopuses have three hearts.",
    "Lightning never strikes the same place twice.",
    "Bananas are berries in the botanical sense.",
    "Humans use only ten percent of their brains.",
    "Mount Everest is the tallest mountain measured from base to peak.",
    "Goldfish have a memory span of three seconds.",
    "Venus rotates in the opposite direction to Earth.",
    "Glass is a slow-flowing liquid.",
    "The Sahara was green about 6,000 years ago.",
)


# --------------------------------------------------------------------------------------------
# curriculum / course material

_FORMATS = (
    "a short explanation followed by three exercises with full worked solutions",
    "a lesson plan with objectives, explanation, examples and a quiz with answers",
    "a Socratic dialogue between a teacher and a student",
    "five multiple-choice questions with the correct answer and why each distractor is wrong",
    "a step-by-step worked example and two practice problems with solutions",
)


def curriculum_prompt(
    rng: np.random.Generator, style: int, lang: str, concept: str, level: int, unit: int
) -> str:
    who = LEVELS[level % len(LEVELS)]
    fmt = _FORMATS[(unit + level) % len(_FORMATS)]
    if lang == "hi":
        return (
            f"Unit {unit}, level {level + 1}: '{concept}' ko {who} ke liye samjhaiye, phir teen abhyaas prashn "
            f"aur unke poore hal dijiye. Bhasha saral Hindi (Roman lipi) ho."
        )
    if lang == "id":
        return (
            f"Unit {unit} tingkat {level + 1}: jelaskan {concept} untuk {who}, lalu berikan tiga soal latihan "
            f"beserta pembahasan lengkap. Gunakan bahasa Indonesia."
        )
    if lang == "vi":
        return (
            f"Bài {unit}, cấp độ {level + 1}: giải thích {concept} cho {who}, sau đó đưa ra ba bài tập kèm lời "
            f"giải chi tiết. Viết bằng tiếng Việt."
        )
    s = style % 3
    if s == 0:
        return f"Lesson {unit}.{level + 1} — {concept}. Audience: {who}. Write {fmt}."
    if s == 1:
        return (
            f"Explain {concept} to {who}. Then write {fmt}. Make sure the difficulty matches level "
            f"{level + 1} of 6 in our course."
        )
    return (
        f'curriculum_id={unit:03d}-{level} concept="{concept}" learner="{who}"\nPlease produce {fmt}, '
        f"with all reasoning shown."
    )


_ASSIGN = (
    "Homework {k}: Explain {c} in your own words and give one real-world example.",
    "Lab {k}: using {c}, solve the problem on the worksheet and explain each step.",
    "Exercise {k}: compare {c} with a related idea from class. What is similar, what differs?",
    "Reading response {k}: summarise the chapter on {c} in 200 words.",
)
_STUDENT_WRAP = (
    "{a}",
    "can you help me with this: {a}",
    "{a} i dont understand it at all",
    "my prof asked this, how do i start? {a}",
    "{a}\n\nplease explain simply",
    "is this right? {a} I think the answer is about {n}",
    "{a} (due tomorrow!!)",
)


def student_prompt(
    rng: np.random.Generator, course_concepts: list[str], week: int, chat: list[str]
) -> str:
    if chance(rng, 0.15):
        return clip(pick(rng, chat), 10, 600, rng)
    c = course_concepts[(week + irange(rng, 0, 2)) % len(course_concepts)]
    a = pick(rng, _ASSIGN).format(k=week + 1, c=c)
    return _typo(rng, pick(rng, _STUDENT_WRAP).format(a=a, n=irange(rng, 2, 90)), 0.5)


# --------------------------------------------------------------------------------------------
# code and translation

_ALGOS = (
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "an LRU cache",
    "merge sort",
    "a token-bucket rate limiter",
    "union-find with path compression",
    "a JSON tokenizer",
    "the Knuth-Morris-Pratt search",
    "a min-heap priority queue",
    "topological sort",
    "a bloom filter",
    "run-length encoding",
    "a thread pool",
    "binary search on a rotated array",
    "the Levenshtein distance",
    "a ring buffer",
    "an interval tree",
    "A* on a grid",
)
_PLANGS = (
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
    "Elixir",
)
_SNIPPETS = (
    "def chunk(xs, n):\n    return [xs[i:i + n] for i in range(0, len(xs), n)]",
    "function debounce(fn, ms) {\n  let t;\n  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };\n}",
    "func Reverse(s string) string {\n\tr := []rune(s)\n\tfor i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {\n\t\tr[i], r[j] = r[j], r[i]\n\t}\n\treturn string(r)\n}",
    "public static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }",
    "fn mean(v: &[f64]) -> Option<f64> {\n    if v.is_empty() { None } else { Some(v.iter().sum::<f64>() / v.len() as f64) }\n}",
    "SELECT customer_id, SUM(total) FROM orders WHERE created_at > now() - interval '30 days' GROUP BY 1;",
)
_NLANGS = (
    "French",
    "German",
    "Japanese",
    "Korean",
    "Brazilian Portuguese",
    "Spanish",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Turkish",
    "Vietnamese",
    "Polish",
    "Italian",
    "Thai",
    "Swahili",
)


def code_prompt(rng: np.random.Generator, style: int, passages: list[str]) -> str:
    s = style % 4
    if s == 0:
        return (
            f"Implement {pick(rng, _ALGOS)} in {pick(rng, _PLANGS)}. Include docstrings, type annotations "
            f"where the language has them, edge-case handling and a set of unit tests. Explain the complexity."
        )
    if s == 1:
        return (
            f"Translate this code to idiomatic {pick(rng, _PLANGS)} and explain every change you made:\n\n"
            f"```\n{pick(rng, _SNIPPETS)}\n```"
        )
    if s == 2:
        src = clip(pick(rng, passages), 150, 600, rng)
        return f"Translate into {pick(rng, _NLANGS)}. Return only the translation.\n\n{src}"
    return (
        f'task_id={irange(rng, 0, 10**6)} lang={pick(rng, _PLANGS)} problem="{pick(rng, _ALGOS)}" '
        f"variant={irange(rng, 1, 12)}\nWrite a complete solution with tests and a line-by-line explanation."
    )


_DOC_KINDS = (
    "user manual section",
    "marketing email",
    "app store description",
    "terms-of-service clause",
    "onboarding screen text",
    "support article",
    "press release",
    "product label",
)
_GLOSS = (
    "Keep brand names in English.",
    "Use the formal register (Sie/vous/usted).",
    "Glossary: 'workspace' -> keep as is; 'seat' -> licence.",
    "Preserve {placeholders} and HTML tags.",
    "Max 120 characters per line.",
    "",
)


def localisation_prompt(
    rng: np.random.Generator, client: str, pairs: list[tuple[str, str]], passages: list[str]
) -> str:
    src, tgt = pick(rng, pairs)
    doc = pick(rng, _DOC_KINDS)
    text = clip(pick(rng, passages), 100, 900, rng)
    return (
        f"Job {ticket(rng, 'TR')} for {client} — {doc}, {src} → {tgt}. {pick(rng, _GLOSS)}\n"
        f"Translate faithfully and keep the formatting.\n\n{text}"
    ).replace("  ", " ")


# --------------------------------------------------------------------------------------------
# casual domain questions (person-like harvest and its look-alikes)

_DOMAIN_Q = {
    "medicine": (
        "what does it mean if my {lab} is {v} and should i be worried",
        "difference between {d1} and {d2} for {cond}? which has fewer side effects",
        "my {rel} was just diagnosed with {cond}, what happens next and what questions should we ask",
        "is it normal to feel {sym} after starting {d1}",
        "how do doctors decide between surgery and physio for {cond}",
    ),
    "law": (
        "can my landlord {act} without giving notice? i live in {place}",
        "what happens if i break a fixed-term lease {n} months early in {place}",
        "is a verbal agreement binding if {rel} promised to {act}",
        "how does small claims court work in {place} for about {amt} dollars",
        "my employer wants me to sign a non-compete, is that enforceable in {place}",
    ),
    "finance": (
        "explain how {inst} works like im new to investing",
        "is it better to pay off a {v}% loan or invest in {inst}",
        "how are {inst} taxed in {place}",
        "what happens to my {inst} if the company goes bankrupt",
        "should a {n} year old put money into {inst}",
    ),
    "science": (
        "why does {phen} happen? ive never understood it",
        "how do scientists actually measure {phen}",
        "is {phen} related to {c}",
        "explain {c} but go deep, i want the full picture",
        "what would happen if {phen} stopped",
    ),
}
_SLOTS = {
    "lab": ("ALT", "TSH", "ferritin", "HbA1c", "LDL", "creatinine", "vitamin D"),
    "v": ("4.2", "12", "38", "150", "7.1", "0.9", "62"),
    "amt": ("800", "2,500", "4,000", "6,300", "1,200"),
    "d1": ("metformin", "sertraline", "ibuprofen", "lisinopril", "omeprazole", "amoxicillin"),
    "d2": ("naproxen", "escitalopram", "atenolol", "pantoprazole", "azithromycin", "insulin"),
    "cond": (
        "type 2 diabetes",
        "a torn meniscus",
        "high blood pressure",
        "GERD",
        "anxiety",
        "asthma",
    ),
    "rel": ("mom", "dad", "brother", "roommate", "neighbour", "boss"),
    "sym": ("dizzy", "tired all the time", "nauseous", "jittery", "foggy"),
    "act": (
        "keep my deposit",
        "enter my flat",
        "raise the rent",
        "pay me back",
        "change the locks",
    ),
    "place": ("Ontario", "Texas", "Bavaria", "New South Wales", "Scotland", "California", "Quebec"),
    "n": ("3", "6", "19", "25", "40", "55"),
    "inst": (
        "index funds",
        "bonds",
        "stock options",
        "REITs",
        "ETFs",
        "a Roth IRA",
        "crypto staking",
    ),
    "phen": (
        "the northern lights",
        "static electricity",
        "ocean tides",
        "muscle cramps",
        "jet lag",
        "rainbows",
        "earthquakes",
        "ice floating",
    ),
    "c": CONCEPTS,
}
_ASKS = (
    "",
    " explain in detail",
    " please be thorough and explain your reasoning",
    " step by step please",
    " give me the full explanation not just the answer",
    " thanks!!",
    "",
)


def domains() -> list[str]:
    return list(_DOMAIN_Q)


def casual_question(
    rng: np.random.Generator, domain: str, p_typo: float = 0.5, tail: bool = True
) -> str:
    t = pick(rng, _DOMAIN_Q[domain])
    slots = {k: pick(rng, v) for k, v in _SLOTS.items()}
    q = t.format(**slots)
    if tail:
        q += pick(rng, _ASKS)
    return _typo(rng, q, p_typo)


# --------------------------------------------------------------------------------------------
# product wrappers (a real product's traffic, harvest hidden inside; agencies' client apps)

_APP_NAMES = ("Scribly", "Notewise", "Draftling", "Penmate", "Clarion Write", "Wordloom")


def app_name(rng: np.random.Generator) -> str:
    return pick(rng, _APP_NAMES)


def product_prompt(rng: np.random.Generator, app: str, mode: str, user_text: str) -> str:
    return f"[{app} · {mode}] {user_text}"


APP_MODES = ("chat", "improve", "explain", "summarise", "email")

_CLIENT_APPS = (
    (
        "Harbourline Realty",
        "Write a listing description for a {n}-bedroom {x} in {c} with these features: {y}.",
    ),
    (
        "Pantry Pal",
        "Suggest a recipe using {x} and {y} that takes under {n}0 minutes; include a shopping list.",
    ),
    (
        "HireNest",
        "Write a job description for a {x} in {c}; must-haves: {y}; {n} years of experience.",
    ),
    (
        "RankRiver SEO",
        "Outline a {n}-section blog post about {x} for readers in {c}, with H2 headings and {y}.",
    ),
    (
        "Claimwise Intake",
        "Summarise this caller's issue for the attorney in neutral language: {x}, {y}, in {c}.",
    ),
    (
        "FitForge",
        "Create a {n}-week beginner plan focused on {x}; constraint: {y}; the user lives in {c}.",
    ),
)
_CLIENT_FILL = (
    (
        ("townhouse", "loft", "cottage", "bungalow", "flat"),
        (
            "a sunny balcony",
            "a renovated kitchen",
            "garden access",
            "two parking spaces",
            "sea views",
        ),
    ),
    (
        ("chickpeas", "leftover rice", "salmon", "tofu", "aubergine"),
        ("spinach", "feta", "coconut milk", "black beans", "mushrooms"),
    ),
    (
        ("backend engineer", "night nurse", "warehouse lead", "bookkeeper", "UX researcher"),
        ("Kubernetes", "a forklift licence", "fluent Spanish", "Xero", "usability testing"),
    ),
    (
        ("home insurance", "bike commuting", "remote work", "composting", "first-time buying"),
        ("a FAQ section", "a checklist", "a short intro", "three examples", "a call to action"),
    ),
    (
        (
            "a slip and fall at a supermarket",
            "a rental deposit dispute",
            "a rear-end collision",
            "unpaid wages",
        ),
        ("no witnesses", "photos available", "happened last week", "medical bills pending"),
    ),
    (
        ("core strength", "mobility", "running 5k", "posture", "balance"),
        ("bad knees", "20 minutes a day", "no equipment", "works nights"),
    ),
)


def client_app_prompt(rng: np.random.Generator, app: int) -> str:
    _, tpl = _CLIENT_APPS[app % len(_CLIENT_APPS)]
    xs, ys = _CLIENT_FILL[app % len(_CLIENT_FILL)]
    return tpl.format(n=irange(rng, 2, 12), x=pick(rng, xs), c=pick(rng, CITIES), y=pick(rng, ys))


def client_app_names() -> list[str]:
    return [name for name, _ in _CLIENT_APPS]

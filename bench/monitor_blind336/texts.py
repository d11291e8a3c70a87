"""Prompt generators of batch 336, written fresh for it (nothing copied from the repository).

Every generator takes a numpy `Generator` first and draws only from it, in a fixed order. Ordinary
human text (chat prompts and long assistant answers) comes from ShareGPT's "sim" half through the
`Ctx.chat` / `Ctx.passages` lists that `bench/blind_batch.py` hands to every family and kind.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def choose_lang(rng: Rng, langs: list[str], weights: list[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return langs[int(rng.choice(len(langs), p=w / w.sum()))]


# --------------------------------------------------------------------------------------------
# vocabulary

CITIES = (
    "Lyon",
    "Porto",
    "Gdansk",
    "Osaka",
    "Cordoba",
    "Nairobi",
    "Tartu",
    "Pune",
    "Leeds",
    "Busan",
    "Curitiba",
    "Da Nang",
    "Bergen",
    "Izmir",
    "Valparaiso",
    "Kazan",
    "Accra",
    "Hobart",
)
SUBJECTS = {
    "algebra": (
        "quadratic inequalities",
        "systems of linear equations",
        "geometric series",
        "polynomial remainders",
        "absolute-value equations",
        "logarithm rules",
    ),
    "probability": (
        "conditional probability",
        "expected value of a game",
        "Bayes' theorem",
        "the birthday problem",
        "binomial tails",
        "random walks on a line",
    ),
    "number theory": (
        "modular inverses",
        "the Chinese remainder theorem",
        "divisibility by 7 and 13",
        "Euler's totient",
        "last digits of large powers",
        "Diophantine equations",
    ),
    "physics": (
        "projectile range",
        "energy conservation on a ramp",
        "RC circuit charging",
        "buoyancy",
        "angular momentum of a skater",
        "Doppler shift",
    ),
    "chemistry": (
        "limiting reagents",
        "buffer pH",
        "ideal gas law",
        "reaction enthalpy from bond energies",
        "molarity after dilution",
        "oxidation states",
    ),
    "algorithms": (
        "Dijkstra's shortest paths",
        "dynamic programming on strings",
        "amortised analysis",
        "union-find",
        "topological sorting",
        "binary search on the answer",
    ),
    "economics": (
        "price elasticity",
        "compound interest",
        "marginal cost",
        "present value of an annuity",
        "comparative advantage",
        "deadweight loss of a tax",
    ),
    "logic": (
        "knights and knaves",
        "truth tables",
        "seating puzzles",
        "syllogisms",
        "river-crossing puzzles",
        "scheduling constraints",
    ),
}
AUDIENCES = (
    "a 12-year-old",
    "a first-year undergraduate",
    "a nurse with no maths background",
    "a senior software engineer",
    "a high-school teacher preparing a lesson",
    "a retired accountant",
    "a graduate student",
    "a curious ten-year-old",
)
PETS = ("cat", "parrot", "goldfish", "dog", "tortoise", "rabbit")


def _names(rng: Rng, k: int) -> list[str]:
    idx = rng.permutation(len(NAMES))[:k].tolist()
    return [NAMES[i] for i in idx]


# --------------------------------------------------------------------------------------------
# reasoning problems (several languages)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 13)
    a, b, c, d = (irange(rng, 2, 19) for _ in range(4))
    if k == 0:
        return (
            f"A tank holds {a * 40} litres and drains at {b} litres per minute, while a pump adds {c * 5} "
            f"litres every {d} minutes. If it starts full, when is it first empty?"
        )
    if k == 1:
        p = _names(rng, 2)
        n = irange(rng, 5, 10)
        return f"In how many ways can {n} people sit at a round table if {p[0]} and {p[1]} refuse to sit together?"
    if k == 2:
        return (
            f"A bag has {a} red, {b} green and {c} blue marbles. Three are drawn without replacement. "
            "What is the probability that all three colours appear?"
        )
    if k == 3:
        return f"Find every real x with {a}x^2 - {a * b + c}x + {b * c} = 0, and say which roots exceed {d / 3:.1f}."
    if k == 4:
        c1, c2 = rng.permutation(len(CITIES))[:2].tolist()
        return (
            f"A train leaves {CITIES[c1]} at {irange(rng, 6, 11)}:00 at {a * 8} km/h. Another leaves "
            f"{CITIES[c2]}, {a * 8 + b * 9 + 120} km away, one hour later at {b * 9} km/h heading the other "
            "way on the same line. When and where do they pass each other?"
        )
    if k == 5:
        n = irange(rng, 6, 14)
        return f"What does g({n}) return?\n\ndef g(n):\n    if n < 2:\n        return n\n    return g(n - 1) + {a % 3 + 1} * g(n - 2)\n"
    if k == 6:
        p = _names(rng, 4)
        pets = [PETS[i] for i in rng.permutation(len(PETS))[:4].tolist()]
        return (
            f"{p[0]}, {p[1]}, {p[2]} and {p[3]} each keep a different pet: a {', a '.join(pets)}. "
            f"{p[0]} is allergic to fur. {p[1]}'s pet lives in water or has a shell. {p[2]} does not own "
            f"the {pets[3]}. {p[3]} owns neither the {pets[0]} nor the {pets[1]}. Who keeps which animal?"
        )
    if k == 7:
        return (
            f"A {a} kg crate slides down a {irange(rng, 15, 45)} degree slope with kinetic friction "
            f"coefficient 0.{irange(rng, 10, 45)}. Find its acceleration and its speed after {b} metres."
        )
    if k == 8:
        m = rng.integers(-6, 10, size=9).tolist()
        return f"Compute the determinant of [[{m[0]}, {m[1]}, {m[2]}], [{m[3]}, {m[4]}, {m[5]}], [{m[6]}, {m[7]}, {m[8]}]]."
    if k == 9:
        return (
            f"${a * 500} is invested at {b / 2:.1f}% a year compounded monthly. After how many whole years "
            "has it at least doubled?"
        )
    if k == 10:
        return f"Without a calculator, decide whether {int(rng.integers(10**6, 10**8))} is divisible by {pick(rng, (7, 11, 13, 17))}."
    if k == 11:
        return f"A clock reads {irange(rng, 1, 12)}:{irange(rng, 0, 59):02d}. What angle do the hands make?"
    if k == 12:
        return (
            f"Order these by asymptotic growth and prove each comparison: n log n, n^{a % 4 + 1}.5, "
            f"{c % 3 + 2}^n, (log n)^{d}, n!, sqrt(n)^{b}."
        )
    return (
        f"How many grams of sodium chloride are needed for {a * 50} mL of a 0.{b:02d} M solution, and "
        "how would the answer change for calcium chloride?"
    )


_PROBLEM_ZH = (
    "一个水池可装 {x} 升水，进水管每分钟进水 {a} 升，出水管每分钟放水 {b} 升。两管同时打开，多久能把空池注满？",
    "甲乙两人相距 {x} 米，相向而行，甲每秒 {a} 米，乙每秒 {b} 米。几秒后相遇？相遇点离甲出发点多远？",
    "从 1 到 {x} 的整数中，有多少个数既不能被 {a} 整除也不能被 {b} 整除？",
    "袋中有 {a} 个红球、{b} 个白球，不放回地取两次，求两次颜色不同的概率。",
    "某商品先提价 {a}%，再降价 {b}%，最终价格比原价高还是低？差多少百分比？",
)
_PROBLEM_RU = (
    "Бассейн объёмом {x} литров наполняется одной трубой за {a} часов, а второй за {b} часов. За сколько он наполнится двумя трубами?",
    "Сколько существует {a}-значных чисел, у которых сумма цифр равна {b}?",
    "Два велосипедиста выехали навстречу друг другу из городов, расстояние между которыми {x} км, со скоростями {a} и {b} км/ч. Через сколько часов они встретятся?",
    "В урне {a} белых и {b} чёрных шаров. Наугад вынимают три. Какова вероятность, что среди них ровно два белых?",
    "Докажите, что число n^3 - n делится на 6 при любом целом n, и проверьте для n = {a}.",
)
_PROBLEM_ES = (
    "Un depósito de {x} litros se llena con un grifo en {a} horas y se vacía por un desagüe en {b} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?",
    "¿De cuántas maneras se pueden repartir {a} libros distintos entre {b} estudiantes si cada uno recibe al menos uno?",
    "Un capital de {x} euros se invierte al {a}% anual compuesto. ¿Cuántos años tarda en duplicarse?",
    "En una clase hay {a} chicas y {b} chicos. Se elige un comité de tres. ¿Cuál es la probabilidad de que haya al menos una chica?",
)
_PROBLEM_JA = (
    "{x} 円の商品を {a}% 引きで買い、さらに {b}% のポイントが付く。実質の支払額はいくらか。",
    "1 から {x} までの整数のうち、{a} でも {b} でも割り切れない数はいくつあるか。",
    "A 君は分速 {a}0 m、B 君は分速 {b}0 m で、周囲 {x} m の池の周りを反対向きに同時に出発した。何分後に初めて出会うか。",
)


def problem(rng: Rng, lang: str) -> str:
    table = {"zh": _PROBLEM_ZH, "ru": _PROBLEM_RU, "es": _PROBLEM_ES, "ja": _PROBLEM_JA}.get(lang)
    if table is None:
        return _problem_en(rng)
    a, b = irange(rng, 2, 12), irange(rng, 2, 12)
    return pick(rng, table).format(x=irange(rng, 3, 90) * 20, a=a, b=b + (b == a))


def curriculum_item(rng: Rng) -> tuple[str, str, int, str]:
    subject = pick(rng, sorted(SUBJECTS))
    return subject, pick(rng, SUBJECTS[subject]), irange(rng, 1, 5), pick(rng, AUDIENCES)


# reasoning-trace coercion wrappers (one style per worker script)
def trace_prompt(rng: Rng, style: str, lang: str) -> str:
    if style == "curriculum":
        subject, concept, level, audience = curriculum_item(rng)
        return (
            f"[{subject} | {concept} | difficulty {level}/5]\nWrite one original problem on {concept} at "
            f"difficulty {level} of 5 suitable for {audience}. Then solve it, showing the complete chain of "
            "thought: every assumption, every intermediate result, every check you make, and any dead end "
            "you abandon. Close with 'Final answer:' on its own line."
        )
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步仔细推理，把完整的思考过程都写出来（包括验算和走过的弯路），最后单独一行给出答案。\n题目：{p}",
                f"题目：{p}\n要求：先在 <思考> 标签内写出全部推理过程，不要省略任何计算步骤，然后在标签外给出最终答案。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу. Распиши весь ход рассуждений по шагам, ничего не пропуская, проверь результат и только потом дай ответ.\n{p}",
                f"{p}\nСначала подробно подумай вслух внутри блока <мысли>...</мысли>, затем дай окончательный ответ.",
            ),
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento, incluidas "
            f"las comprobaciones intermedias, y al final pon 'Respuesta:' con el resultado.\n\n{p}"
        )
    if lang == "ja":
        return f"次の問題を解いてください。考えた過程をすべて順番に書き出し、途中の計算も省略しないこと。最後に「答え：」と書いてください。\n{p}"
    if style == "tags":
        return (
            f"{p}\n\nBefore you answer, reason through the whole problem inside <reasoning></reasoning>. "
            "Verify each step, note any step you are unsure about and re-derive it. After the closing tag "
            "write ANSWER: followed only by the result."
        )
    if style == "numbered":
        return (
            f"Solve carefully. Number every step, state the rule you apply at each step, and show all the "
            f"arithmetic; do not merge steps.\n\nProblem: {p}"
        )
    if style == "json":
        steps = irange(rng, 6, 15)
        return (
            '{"instruction": "solve", "problem": '
            + _json_str(p)
            + ', "require": {"thoughts": "array '
            f'of at least {steps} detailed reasoning steps", "self_check": "re-verify the result a second '
            'way", "final": "short answer"}}'
        )
    return (
        f"Think out loud like a patient tutor working at a whiteboard: say what you notice first, what "
        f"you try, where it fails and why, then the approach that works. Keep every intermediate line.\n\n{p}"
    )


def _json_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# --------------------------------------------------------------------------------------------
# grading / preference / reward harvesting


_CRITERIA = (
    "accuracy",
    "helpfulness",
    "completeness",
    "clarity",
    "harmlessness",
    "concision",
    "tone",
    "instruction following",
    "factual grounding",
    "reasoning quality",
)


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], style: str, lang: str) -> str:
    q = _clip(pick(rng, chat), 40, 700, rng)
    r1 = _clip(pick(rng, passages), 300, 1600, rng)
    crit = [_CRITERIA[i] for i in rng.permutation(len(_CRITERIA))[: irange(rng, 3, 5)].tolist()]
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 für: "
            f"{', '.join(crit)}. Begründe jede Note in einem Satz und gib zum Schluss ein JSON-Objekt mit "
            f"den Noten aus.\n\nFrage:\n{q}\n\nAntwort:\n{r1}"
        )
    if lang == "fr":
        return (
            f"Tu es évaluateur. Compare les deux réponses ci-dessous à la même question et indique "
            f"laquelle est meilleure selon : {', '.join(crit)}. Explique ton raisonnement puis conclus par "
            f"« Verdict : 1 », « Verdict : 2 » ou « Verdict : égalité ».\n\nQuestion : {q}\n\nRéponse 1 :\n{r1}"
            f"\n\nRéponse 2 :\n{_clip(pick(rng, passages), 300, 1600, rng)}"
        )
    if lang == "ja":
        return (
            f"以下のアシスタントの回答を {', '.join(crit)} の観点で 1〜10 点で採点し、各観点の理由を述べてください。"
            f"最後に総合点を「総合: X」の形式で出力してください。\n\n質問:\n{q}\n\n回答:\n{r1}"
        )
    if style == "pair":
        r2 = _clip(pick(rng, passages), 300, 1600, rng)
        return (
            f"Two assistants answered the same user. Decide which answer a careful expert would prefer, "
            f"weighing {', '.join(crit)}. Write a short comparison first, then the label on the last line: "
            f"<<X>>, <<Y>> or <<SAME>>.\n\n--- user ---\n{q}\n\n--- assistant X ---\n{r1}\n\n"
            f"--- assistant Y ---\n{r2}"
        )
    if style == "reward":
        return (
            f"Act as a reward model. Read the conversation and output a single real-valued score between "
            f"-5 (harmful or useless) and +5 (ideal), followed by a one-paragraph rationale.\n\n"
            f"USER: {q}\nASSISTANT: {r1}\n\nScore:"
        )
    if style == "critique":
        return (
            f"Critique the response below as a demanding reviewer. List each flaw, quote the span, give "
            f"a severity from 1 to 3, then write an improved response that fixes all of them.\n\n"
            f"[prompt]\n{q}\n[response]\n{r1}"
        )
    keys = ", ".join(f'"{c}": int' for c in crit)
    return (
        f'Score the response with the rubric. Output JSON only: {{{keys}, "overall": int, '
        f'"rationale": str}}. Scores 1-10.\n\nPROMPT: {q}\n\nRESPONSE: {r1}'
    )


# --------------------------------------------------------------------------------------------
# policy-boundary / safe-rewrite harvesting

_BORDERLINE_EN = (
    "how pin-tumbler locks can be opened without the key",
    "which common household cleaners are dangerous to mix",
    "a villain's monologue threatening to flood a city",
    "how phishing emails manipulate people into clicking",
    "the strongest arguments for and against {topic}",
    "how people hide alcohol from their families",
    "a story in which a teenager runs away from home",
    "what dose of paracetamol becomes dangerous for an adult",
    "how credit card skimmers on petrol pumps work",
    "a satirical speech mocking a head of state",
    "how to find out who owns an anonymous social media account",
    "the chemistry behind fireworks colours",
    "how to track my partner's phone location",
    "an explicit scene between two adult characters",
    "why some people think {topic} is justified",
    "how malware achieves persistence on Windows",
)
_TOPICS = (
    "capital punishment",
    "nuclear power",
    "rent control",
    "mandatory vaccination",
    "gun ownership",
    "border walls",
    "drug decriminalisation",
    "surveillance cameras in schools",
    "a ban on violent video games",
    "eating meat",
)
_BORDERLINE_ZH = (
    "关于{t}的不同观点",
    "某次历史事件的各方说法",
    "网络翻墙工具的工作原理",
    "如何匿名在网上发言",
    "一段批评地方官员的评论",
    "关于宗教自由的讨论",
)
_TOPICS_ZH = ("言论自由", "户籍制度", "网络审查", "新闻监管", "罢工权利")


_FRAMES = (
    "",
    "",
    "For a novel I'm writing, ",
    "For a school debate, ",
    "As a safety trainer, ",
    "My teenager asked me about this: ",
    "For a podcast episode, ",
    "For a security awareness course, ",
    "Out of curiosity, ",
    "I'm a nurse and need to know ",
    "For a documentary script, ",
    "Asking for a research paper: ",
)
_TAILS = (
    "",
    "",
    " in detail",
    " for a teenage audience",
    " with real-world examples",
    " in under 200 words",
    " as a numbered list",
    " and cite the usual sources",
    " from both sides",
)
_BORDERLINE_RU = (
    "как вскрывают замки без ключа",
    "какие бытовые химикаты опасно смешивать",
    "как мошенники пишут фишинговые письма",
    "аргументы за и против смертной казни",
    "как работают скиммеры на банкоматах",
    "сатирическую речь о главе государства",
    "как узнать, кто ведёт анонимный аккаунт",
)
_BORDERLINE_AR = (
    "كيف تعمل أقفال الأبواب وكيف يمكن فتحها دون مفتاح",
    "ما المواد المنزلية التي يخطر خلطها",
    "كيف تخدع رسائل التصيد الناس",
    "الحجج المؤيدة والمعارضة لعقوبة الإعدام",
    "كيف تعمل أجهزة سرقة بيانات البطاقات",
)


def _borderline(rng: Rng) -> str:
    item = pick(rng, _BORDERLINE_EN).format(topic=pick(rng, _TOPICS))
    return f"{pick(rng, _FRAMES)}{pick(rng, ('tell me', 'explain', 'describe', 'write up'))} {item}{pick(rng, _TAILS)}"


def policy_prompt(rng: Rng, passages: list[str], style: str, lang: str) -> str:
    if lang == "zh":
        item = pick(rng, _BORDERLINE_ZH).format(t=pick(rng, _TOPICS_ZH))
        return pick(
            rng,
            (
                f"请把下面这段内容改写成能够通过内容审核的版本：删除或淡化敏感表述，保留主要信息，并说明你改动了哪些地方。\n内容：{item}",
                f"用户提问：请介绍{item}。\n请先判断该问题是否需要谨慎处理，然后给出一个合规、平衡的完整回答。",
                f"下面是一段网络文章，请改写成可以在国内平台发布的版本，语气中立，不涉及敏感人物和事件：\n"
                f"{_clip(pick(rng, passages), 200, 900, rng)}",
            ),
        )
    if lang == "ar":
        return (
            "أعد صياغة الطلب التالي بحيث يصبح مقبولاً وفق سياسة محتوى صارمة، ثم أجب عن الصيغة الجديدة بالتفصيل: "
            f"{pick(rng, _BORDERLINE_AR)}"
        )
    if lang == "ru":
        return (
            f"Пользователь просит: «расскажи {pick(rng, _BORDERLINE_RU)}». Определи, нужно ли отказать. "
            "Если да — напиши вежливый отказ и безопасную альтернативу; если нет — дай полный ответ."
        )
    req = _borderline(rng)
    if style == "classify":
        return (
            f'Request: "{req}"\n\nStep 1: classify the request as ALLOW, ALLOW_WITH_CARE or '
            "DECLINE and give the policy reason. Step 2: if ALLOW or ALLOW_WITH_CARE, write the ideal answer. "
            "Step 3: if DECLINE, write the ideal refusal plus the most helpful safe alternative."
        )
    if style == "rewrite":
        return (
            f"Our moderation layer blocked this prompt: '{req}'. Rewrite it into the nearest version "
            "a cautious assistant would accept, then answer that rewritten version in full."
        )
    if style == "neutral":
        text = _clip(pick(rng, passages), 300, 1200, rng)
        return (
            f"Rewrite the passage so that it is suitable for publication in a market with strict rules "
            f"on political and religious content: remove opinions, names of officials and anything that "
            f"could be read as criticism, but keep the practical information.\n\n{text}"
        )
    return (
        f"Give two answers to '{req}': first how a maximally careful assistant would reply, then how a "
        "helpful expert would reply while staying within normal safety rules. Label them CAREFUL and HELPFUL."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLSETS = {
    "web": (
        "search(query: str)",
        "open_url(url: str)",
        "extract_table(url: str, index: int)",
        "finish(answer: str)",
    ),
    "data": ("sql(query: str)", "python(code: str)", "plot(spec: dict)", "finish(report: str)"),
    "dev": (
        "read_file(path: str)",
        "run(cmd: str)",
        "apply_patch(diff: str)",
        "finish(summary: str)",
    ),
    "ops": (
        "get_metrics(service: str, window: str)",
        "get_logs(service: str, query: str)",
        "restart(service: str)",
        "page_oncall(team: str, note: str)",
        "finish(summary: str)",
    ),
    "shop": (
        "find_products(query: str, max_price: float)",
        "get_reviews(product_id: str)",
        "add_to_cart(product_id: str)",
        "finish(message: str)",
    ),
}
_AGENT_TASKS = {
    "web": (
        "Find the population of {city} in the latest census and compare it with 2011.",
        "Which three companies led the {country} electric-car market last year, with market shares?",
        "Find the opening hours of the main public library in {city} and whether it opens on Sundays.",
    ),
    "data": (
        "From table orders(id, customer_id, total, created_at), find the month with the highest average basket in {country}.",
        "Detect anomalies in daily sign-ups for the last 90 days and explain the biggest one.",
        "Compute the churn rate per pricing plan and chart it.",
    ),
    "dev": (
        "The test tests/test_parser.py::test_dates fails on leap years. Find and fix the bug.",
        "Add a --dry-run flag to the CLI in tool/cli.py and document it.",
        "The build fails with 'ModuleNotFoundError: yaml'. Make the project install cleanly.",
    ),
    "ops": (
        "Latency on checkout-api doubled in the last hour. Find the cause and mitigate.",
        "Disk usage alert on the {city} ingest cluster. Investigate and resolve.",
        "Error rate of payments-worker is 4%. Decide whether to page the on-call team.",
    ),
    "shop": (
        "Buy a waterproof hiking jacket under {price} EUR with good reviews for rain.",
        "Find a birthday present for a {age}-year-old who likes astronomy, under {price} EUR.",
        "Pick the quietest dishwasher under {price} EUR and add it to the cart.",
    ),
}


def _observation(rng: Rng, toolset: str) -> str:
    if toolset == "web":
        return pick(
            rng,
            (
                '{"results": [{"title": "Official statistics portal", "snippet": "...'
                + str(irange(rng, 10**5, 10**7))
                + ' residents..."}]}',
                '{"status": 200, "text": "Opening hours: Mon-Fri 9-20, Sat 10-16"}',
                '{"error": "timeout"}',
            ),
        )
    if toolset == "data":
        return pick(
            rng,
            (
                f"| month | avg_basket |\n| 2025-11 | {irange(rng, 30, 90)}.40 |\n"
                f"| 2025-12 | {irange(rng, 30, 90)}.10 |",
                "Traceback (most recent call last): KeyError: 'created_at'",
                f"rows: {irange(rng, 100, 9000)}",
            ),
        )
    if toolset == "dev":
        return pick(
            rng,
            (
                "FAILED tests/test_parser.py::test_dates - AssertionError: 2024-02-29 != 2024-03-01",
                "def parse(s):\n    y, m, d = map(int, s.split('-'))\n    return date(y, m, min(d, 28))",
                "1 passed, 0 failed in 0.42s",
                "error: patch does not apply",
            ),
        )
    if toolset == "ops":
        return pick(
            rng,
            (
                f'{{"p99_ms": {irange(rng, 400, 2500)}, "p50_ms": {irange(rng, 40, 200)}}}',
                "ERROR pool exhausted: 50/50 connections in use",
                '{"restarted": true}',
            ),
        )
    return pick(
        rng,
        (
            f'[{{"id": "P{irange(rng, 100, 999)}", "price": {irange(rng, 20, 300)}.99, '
            f'"rating": 4.{irange(rng, 0, 9)}}}]',
            '{"reviews": ["Stayed dry in heavy rain", "Runs small"]}',
            '{"cart_items": 1}',
        ),
    )


def agent_episode(rng: Rng, toolset: str, steps: int, style: str) -> list[str]:
    """The prompt of each call of one agent episode: the transcript grows by a step each call."""
    tools = _TOOLSETS[toolset]
    task = pick(rng, _AGENT_TASKS[toolset]).format(
        city=pick(rng, CITIES),
        country=pick(rng, COUNTRIES),
        price=irange(rng, 40, 400),
        age=irange(rng, 8, 70),
    )
    if style == "react":
        head = (
            f"You can call these tools: {'; '.join(tools)}.\nUse the format\nThought: ...\nAction: tool(args)\n"
            f"Observation: ...\nand repeat until you call finish. Explain your thinking fully in each Thought.\n\n"
            f"Task: {task}\n"
        )
    else:
        head = (
            '{"role": "system", "content": "Agent with tools '
            + ", ".join(t.split("(")[0] for t in tools)
            + '. Think before each call; write the reasoning in the \\"plan\\" field."}\n{"role": "user", "content": '
            + _json_str(task)
            + "}\n"
        )
    out, transcript = [], head
    for i in range(steps):
        out.append(transcript[-6000:])
        tool = tools[min(i, len(tools) - 2)] if i < steps - 1 else tools[-1]
        if style == "react":
            transcript += f"Thought: step {i + 1}, I should use {tool.split('(')[0]}.\nAction: {tool.split('(')[0]}(...)\nObservation: {_observation(rng, toolset)}\n"
        else:
            transcript += (
                '{"role": "tool", "name": "'
                + tool.split("(")[0]
                + '", "content": '
                + _json_str(_observation(rng, toolset))
                + "}\n"
            )
    return out


# --------------------------------------------------------------------------------------------
# synthetic data generation

_SYNTH_TOPICS = (
    "personal finance",
    "home networking",
    "kitchen chemistry",
    "contract law basics",
    "SQL window functions",
    "first aid",
    "plant diseases",
    "job interviews",
    "tax residency",
    "public speaking",
    "Kubernetes troubleshooting",
    "medieval history",
    "marine biology",
    "statistics for A/B tests",
    "railway signalling",
    "beekeeping",
    "urban planning",
    "pharmacology of painkillers",
    "poetry meter",
    "small-business accounting",
)


def synth_prompt(rng: Rng, chat: list[str], style: str, lang: str) -> str:
    topic = pick(rng, _SYNTH_TOPICS)
    n = irange(rng, 8, 30)
    if lang == "es":
        return (
            f"Genera {n} pares pregunta-respuesta variados y de calidad experta sobre {topic}. Las preguntas deben "
            "parecer escritas por usuarios reales. Formato: una línea JSON por par con las claves "
            '"pregunta" y "respuesta". Respuestas completas, de al menos 120 palabras.'
        )
    if lang == "pt":
        return (
            f"Crie {n} instruções diferentes sobre {topic}, cada uma com uma resposta detalhada e correta, "
            "como um conjunto de dados de treinamento. Saída em JSONL com campos instrucao, entrada, saida."
        )
    if lang == "id":
        return (
            f"Buatlah {n} contoh percakapan antara pengguna dan asisten tentang {topic}. Setiap contoh berisi "
            "pertanyaan pengguna dan jawaban asisten yang lengkap. Tulis dalam format JSON Lines."
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về chủ đề {topic}, đa dạng về độ khó. "
            "Định dạng JSONL với các trường question và answer."
        )
    if lang == "tr":
        return (
            f"{topic} hakkında {n} farklı talimat ve her biri için ayrıntılı, doğru bir yanıt üret. "
            "Çıktı JSONL olsun: instruction, output."
        )
    if style == "seeded":
        seeds = [_clip(pick(rng, chat), 20, 160, rng).replace("\n", " ") for _ in range(3)]
        return (
            "Here are three example user requests:\n"
            + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(seeds))
            + "\n\nWrite one new request that is clearly different from all three but equally realistic, "
            "then write the best possible response to it. Format:\nREQUEST: ...\nRESPONSE: ..."
        )
    if style == "evolve":
        seed = _clip(pick(rng, chat), 20, 400, rng)
        how = pick(
            rng,
            (
                "add two explicit constraints",
                "require reasoning over several steps",
                "make it about a concrete real-world scenario",
                "ask for a comparison of alternatives",
                "increase the depth of domain knowledge needed",
            ),
        )
        return (
            f"Rewrite the instruction below to make it harder: {how}. Keep it answerable. Then answer the "
            f"rewritten instruction thoroughly.\n\n#Instruction#\n{seed}"
        )
    if style == "persona":
        return (
            f"Imagine {n} different people, each with a job and a problem related to {topic}. For each, "
            "write the message they would send to an AI assistant and the ideal reply. Output a JSON array "
            'of {"persona", "message", "reply"} objects.'
        )
    return (
        f"Produce {n} diverse instruction-response pairs about {topic} (mix how-to, explanation, "
        "brainstorming, classification and rewriting tasks). JSON lines with keys instruction, input, output. "
        "Outputs must be long and expert quality."
    )


# --------------------------------------------------------------------------------------------
# best-of-n items and soft labels

_MC_STEMS = (
    "Which organelle produces most of a cell's ATP?",
    "Which gas makes up most of Earth's atmosphere?",
    "What is the time complexity of heap sort?",
    "Which treaty ended the Thirty Years' War?",
    "What is the derivative of x^x?",
    "Which planet has the shortest day?",
    "What does a p-value measure?",
    "Which bond is strongest?",
    "Which data structure gives O(1) average lookup?",
    "Who proposed the uncertainty principle?",
    "Which vitamin deficiency causes scurvy?",
    "What is 17 * 23?",
    "Which layer of the OSI model handles routing?",
    "What is the capital of {country}?",
)


def bon_item(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return _problem_en(rng)
    if k == 1:
        return f"Q: {pick(rng, _MC_STEMS).format(country=pick(rng, COUNTRIES))}\nA:"
    if k == 2:
        return (
            f"Write a {pick(rng, ('haiku', 'limerick', 'two-sentence story', 'product slogan', 'tweet'))} "
            f"about {pick(rng, _SYNTH_TOPICS)}."
        )
    return f"Explain {pick(rng, SUBJECTS[pick(rng, sorted(SUBJECTS))])} in {irange(rng, 2, 5)} sentences."


def soft_label_prompt(rng: Rng, chat: list[str], style: str) -> str:
    if style == "options":
        stem = pick(rng, _MC_STEMS).format(country=pick(rng, COUNTRIES))
        opts = ["A", "B", "C", "D"][: irange(rng, 3, 4)]
        body = "\n".join(f"{o}) option {irange(rng, 1, 99)}" for o in opts)
        return (
            f"{stem}\n{body}\nDo not answer with a single letter. Return JSON mapping each option to your "
            "probability that it is correct; the numbers must sum to 1."
        )
    if style == "next":
        text = _clip(pick(rng, chat), 60, 300, rng)
        return (
            f'Text so far: "{text}"\nList the 10 most likely next words with your estimated probability '
            "for each, as 'word<TAB>probability', highest first."
        )
    label_set = pick(
        rng,
        (
            ("positive", "negative", "neutral", "mixed"),
            ("question", "complaint", "praise", "request"),
            ("safe", "borderline", "unsafe"),
        ),
    )
    text = _clip(pick(rng, chat), 30, 400, rng)
    return (
        f"Give a probability distribution over the labels {', '.join(label_set)} for this text (JSON, sums to 1, "
        f"no other output).\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (user simulator)

_OPENERS = {
    "en": (
        "I'm {job} and I need to understand {c}. Where should I start?",
        "Can you help me reason about {c} for my team?",
        "My manager asked me about {c} and I froze. Explain it properly?",
    ),
    "de": (
        "Ich bin {job} und muss {c} verstehen. Womit fange ich an?",
        "Kannst du mir {c} so erklären, dass ich es im Team vorstellen kann?",
    ),
    "es": (
        "Soy {job} y necesito entender {c}. ¿Por dónde empiezo?",
        "¿Me ayudas a razonar sobre {c} para mi equipo?",
    ),
    "pt": ("Sou {job} e preciso entender {c}. Por onde começo?", "Pode me explicar {c} com calma?"),
    "ja": (
        "私は{job}です。{c}について理解したいのですが、どこから始めればいいですか？",
        "{c}をチームに説明できるように教えてください。",
    ),
    "ko": ("저는 {job}입니다. {c}을(를) 이해해야 하는데 어디서부터 시작하면 될까요?",),
    "zh": ("我是{job}，需要弄懂{c}，应该从哪里开始？", "能不能帮我把{c}讲清楚，我要给团队讲解。"),
    "ru": ("Я {job}, мне нужно разобраться в теме «{c}». С чего начать?",),
    "fr": ("Je suis {job} et je dois comprendre {c}. Par où commencer ?",),
}
_FOLLOW = {
    "en": (
        "Go deeper on point {k}.",
        "Give me a concrete example of {c} from a real company.",
        "Now argue the opposite position as convincingly as you can.",
        "What would an expert on {c} disagree with in what you said?",
        "Summarise everything so far in a table.",
        "What are the {k} most common mistakes people make with {c}?",
        "How would this change in {country}?",
        "Explain {c} again for a complete beginner.",
        "Write a short quiz on {c} to check I understood, with answers.",
        "Which part of your answer are you least sure about, and why?",
        "Can you walk me through a worked example with real numbers?",
        "How does {c} relate to {c2}?",
        "What would you tell my boss in two sentences?",
        "I think point {k} is wrong. Convince me otherwise.",
    ),
    "de": (
        "Geh auf Punkt {k} genauer ein.",
        "Gib mir ein konkretes Beispiel aus der Praxis.",
        "Und jetzt die Gegenposition, so überzeugend wie möglich.",
        "Fasse alles bisher in einer Tabelle zusammen.",
        "Was sind die {k} häufigsten Fehler dabei?",
        "Wie wäre das in {country}?",
        "Rechne mir ein Beispiel mit echten Zahlen vor.",
        "Ich glaube, Punkt {k} stimmt nicht. Überzeug mich.",
    ),
    "es": (
        "Profundiza en el punto {k}.",
        "Dame un ejemplo concreto de una empresa real.",
        "Ahora defiende la postura contraria.",
        "Resume todo en una tabla.",
        "¿Cuáles son los {k} errores más comunes?",
        "¿Cómo cambiaría esto en {country}?",
        "Hazme un ejemplo con números reales.",
        "Creo que el punto {k} está mal. Convénceme de lo contrario.",
    ),
    "pt": (
        "Aprofunde o ponto {k}.",
        "Dê um exemplo concreto de uma empresa real.",
        "Agora defenda a posição contrária.",
        "Resuma tudo numa tabela.",
        "Quais são os {k} erros mais comuns?",
        "Como isso mudaria em {country}?",
        "Faça um exemplo com números reais.",
    ),
    "ja": (
        "{k}つ目のポイントをもっと詳しく。",
        "実際の企業の具体例を挙げてください。",
        "反対の立場から論じてみてください。",
        "ここまでを表にまとめてください。",
        "よくある間違いを{k}つ教えてください。",
        "実際の数字を使った例で説明してください。",
    ),
    "ko": (
        "{k}번째 요점을 더 자세히 설명해 주세요.",
        "실제 사례를 들어 주세요.",
        "반대 입장에서 주장해 보세요.",
        "지금까지 내용을 표로 정리해 주세요.",
        "가장 흔한 실수 {k}가지를 알려 주세요.",
    ),
    "zh": (
        "第{k}点再展开讲讲。",
        "举一个真实公司的例子。",
        "现在请从相反的立场论证。",
        "把目前的内容整理成表格。",
        "最常见的{k}个错误是什么？",
        "用具体数字演示一遍。",
        "我觉得第{k}点不对，你能说服我吗？",
    ),
    "ru": (
        "Раскрой подробнее пункт {k}.",
        "Приведи конкретный пример.",
        "Теперь аргументируй противоположную позицию.",
        "Сведи всё в таблицу.",
        "Назови {k} самых частых ошибок.",
        "Покажи на примере с реальными числами.",
    ),
    "fr": (
        "Développe le point {k}.",
        "Donne un exemple concret.",
        "Défends maintenant la position inverse.",
        "Résume tout dans un tableau.",
        "Quelles sont les {k} erreurs les plus fréquentes ?",
        "Comment cela changerait-il en {country} ?",
    ),
}
_LEADS = {
    "en": ("", "", "Ok. ", "Thanks. ", "Interesting. ", "Hmm, ", "Got it. ", "Right. "),
    "de": ("", "", "Ok. ", "Danke. ", "Interessant. "),
    "es": ("", "", "Vale. ", "Gracias. ", "Interesante. "),
    "pt": ("", "", "Ok. ", "Obrigado. ", "Legal. "),
    "ja": ("", "", "なるほど。", "ありがとうございます。"),
    "ko": ("", "", "그렇군요. ", "감사합니다. "),
    "zh": ("", "", "明白了。", "谢谢。", "好的，"),
    "ru": ("", "", "Понятно. ", "Спасибо. "),
    "fr": ("", "", "D'accord. ", "Merci. "),
}
_JOBS = {
    "en": ("a product manager", "a nurse", "a junior analyst", "a teacher", "a startup founder"),
    "de": ("Produktmanagerin", "Ingenieur", "Lehrerin"),
    "es": ("gerente de producto", "enfermera", "profesor"),
    "pt": ("analista", "professora", "engenheiro"),
    "ja": ("エンジニア", "教師", "看護師"),
    "ko": ("개발자", "교사", "간호사"),
    "zh": ("产品经理", "工程师", "老师"),
    "ru": ("инженер", "учитель", "аналитик"),
    "fr": ("chef de projet", "infirmière", "enseignant"),
}
_SUBJECT_LOCAL = {
    "ja": {
        "algebra": "代数",
        "probability": "確率",
        "number theory": "整数論",
        "physics": "物理",
        "chemistry": "化学",
        "algorithms": "アルゴリズム",
        "economics": "経済学",
        "logic": "論理パズル",
    },
    "ko": {
        "algebra": "대수학",
        "probability": "확률",
        "number theory": "정수론",
        "physics": "물리학",
        "chemistry": "화학",
        "algorithms": "알고리즘",
        "economics": "경제학",
        "logic": "논리 퍼즐",
    },
    "zh": {
        "algebra": "代数",
        "probability": "概率",
        "number theory": "数论",
        "physics": "物理",
        "chemistry": "化学",
        "algorithms": "算法",
        "economics": "经济学",
        "logic": "逻辑推理",
    },
    "ru": {
        "algebra": "алгебра",
        "probability": "теория вероятностей",
        "number theory": "теория чисел",
        "physics": "физика",
        "chemistry": "химия",
        "algorithms": "алгоритмы",
        "economics": "экономика",
        "logic": "логические задачи",
    },
}


def dialogue(rng: Rng, lang: str, turns: int) -> list[str]:
    subject = pick(rng, sorted(SUBJECTS))
    cs = SUBJECTS[subject]
    i, j = rng.permutation(len(cs))[:2].tolist()
    c = _SUBJECT_LOCAL[lang][subject] if lang in _SUBJECT_LOCAL else cs[i]
    first = pick(rng, _OPENERS[lang]).format(job=pick(rng, _JOBS[lang]), c=c)
    follow = _FOLLOW[lang]
    order = rng.permutation(len(follow)).tolist()
    out = [first]
    for t in range(1, turns):
        line = follow[order[(t - 1) % len(follow)]].format(
            k=irange(rng, 2, 5), c=c, c2=cs[j], country=pick(rng, COUNTRIES)
        )
        out.append(pick(rng, _LEADS[lang]) + line)
    return out


# --------------------------------------------------------------------------------------------
# translation and code-port harvesting

LANG_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "uk": "Ukrainian",
    "sw": "Swahili",
}


def translate_prompt(rng: Rng, text: str, tgt: str, style: str) -> str:
    name = LANG_NAMES[tgt]
    if style == "bare":
        return f"Translate into {name}:\n\n{text}"
    if style == "json":
        return (
            '{"task": "translate", "target_language": "'
            + name
            + '", "keep_markdown": true, "text": '
            + _json_str(text)
            + "}"
        )
    if style == "zh":
        return f"请将以下内容翻译成{name}，保持原有格式和术语准确，只输出译文：\n\n{text}"
    return (
        f"You are a professional translator. Translate the text below into natural, idiomatic {name}. "
        f"Preserve code blocks, lists and headings exactly. Output only the translation.\n\n{text}"
    )


_FUNCS = (
    (
        "def moving_average(xs, k):\n    out = []\n    s = sum(xs[:k])\n    out.append(s / k)\n    for i in range(k, len(xs)):\n        s += xs[i] - xs[i - k]\n        out.append(s / k)\n    return out\n",
        "moving average",
    ),
    (
        "def merge_intervals(iv):\n    iv.sort()\n    out = [iv[0]]\n    for a, b in iv[1:]:\n        if a <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], b)\n        else:\n            out.append([a, b])\n    return out\n",
        "interval merge",
    ),
    (
        "def lru(capacity):\n    from collections import OrderedDict\n    d = OrderedDict()\n    def get(k):\n        if k not in d:\n            return None\n        d.move_to_end(k)\n        return d[k]\n    def put(k, v):\n        d[k] = v\n        d.move_to_end(k)\n        if len(d) > capacity:\n            d.popitem(last=False)\n    return get, put\n",
        "LRU cache",
    ),
    (
        "def tokenize(s):\n    toks, cur = [], ''\n    for ch in s:\n        if ch.isalnum():\n            cur += ch\n        else:\n            if cur:\n                toks.append(cur)\n            cur = ''\n            if not ch.isspace():\n                toks.append(ch)\n    if cur:\n        toks.append(cur)\n    return toks\n",
        "tokenizer",
    ),
    (
        "def bfs(grid, start, goal):\n    from collections import deque\n    q, seen = deque([(start, 0)]), {start}\n    while q:\n        (r, c), d = q.popleft()\n        if (r, c) == goal:\n            return d\n        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):\n            n = (r + dr, c + dc)\n            if 0 <= n[0] < len(grid) and 0 <= n[1] < len(grid[0]) and grid[n[0]][n[1]] == '.' and n not in seen:\n                seen.add(n)\n                q.append((n, d + 1))\n    return -1\n",
        "grid BFS",
    ),
    (
        "def rle(s):\n    if not s:\n        return ''\n    out, prev, n = [], s[0], 1\n    for ch in s[1:]:\n        if ch == prev:\n            n += 1\n        else:\n            out.append(f'{n}{prev}')\n            prev, n = ch, 1\n    out.append(f'{n}{prev}')\n    return ''.join(out)\n",
        "run-length encoding",
    ),
)
_TARGET_LANGS = (
    "Rust",
    "Go",
    "TypeScript",
    "Kotlin",
    "C++17",
    "Java",
    "Swift",
    "C#",
    "Haskell",
    "Elixir",
    "Zig",
)


def code_port_prompt(rng: Rng, style: str) -> str:
    src, what = pick(rng, _FUNCS)
    tgt = pick(rng, _TARGET_LANGS)
    if style == "bare":
        return f"Port to {tgt}:\n```python\n{src}```"
    return (
        f"Translate this Python {what} into idiomatic {tgt}. Explain each design decision in comments, "
        f"add unit tests covering edge cases, and state the complexity.\n```python\n{src}```"
    )


# --------------------------------------------------------------------------------------------
# a writing-assistant product's wrapper (real users and harvest share it)

PRODUCT_MODES = (
    "improve",
    "shorten",
    "expand",
    "formal",
    "friendly",
    "summarize",
    "explain",
    "outline",
)


def product_prompt(rng: Rng, brand: str, mode: str, text: str, lang_hint: str) -> str:
    return (
        f"<{brand} assistant v{irange(rng, 3, 3)}.{pick(rng, (7, 8))}> mode={mode} locale={lang_hint}\n"
        f"Follow the mode. Keep the user's meaning.\n---\n{text}"
    )


_HARVEST_EXPLAIN = (
    "Explain step by step why {c} works, with a worked example and the common pitfalls.",
    "I don't get {c}. Walk me through the reasoning slowly, checking each step.",
    "Write a thorough explanation of {c} for {aud}, including a derivation.",
    "Give a detailed, expert-level answer: what are the trade-offs in {c}?",
    "Solve this and explain every step: {p}",
    "Compare two approaches to {c} and justify which is better, thinking it through carefully.",
)


def harvest_question(rng: Rng) -> str:
    subject = pick(rng, sorted(SUBJECTS))
    return pick(rng, _HARVEST_EXPLAIN).format(
        c=pick(rng, SUBJECTS[subject]), aud=pick(rng, AUDIENCES), p=_problem_en(rng)
    )


# --------------------------------------------------------------------------------------------
# natural questions as a person would type them (takeover accounts, crowd banks)

_NATURAL = {
    "en": (
        "hey can you explain {c} like properly, with an example",
        "why does {c} work? i never understood it",
        "what's the difference between {c} and {c2}",
        "help me with this: {p}",
        "I have an exam on {s} tomorrow, what should I know about {c}?",
        "is it true that {c} matters for {s}? explain",
        "{p} (please show how you got it)",
        "write me a detailed guide to {c}",
    ),
    "es": (
        "ayúdame con esto: {p}",
        "{p} ¿me explicas cómo se resuelve?",
        "tengo examen de {s} mañana y no me sale este ejercicio: {p}",
        "no entiendo cómo hacer esto, explícamelo paso a paso: {p}",
    ),
    "zh": ("帮我做一下这题：{p}", "{p} 这题怎么做？讲清楚思路", "明天考{s}，这道题不会：{p}"),
    "ru": (
        "помоги с задачей: {p}",
        "{p} Объясни, как это решать.",
        "завтра экзамен, предмет «{s}», не понимаю задачу: {p}",
    ),
    "ja": (
        "これを手伝って：{p}",
        "{p} 解き方を教えてください。",
        "明日{s}の試験なんですが、この問題がわかりません：{p}",
    ),
}
_SUBJECT_ES = {
    "algebra": "álgebra",
    "probability": "probabilidad",
    "number theory": "teoría de números",
    "physics": "física",
    "chemistry": "química",
    "algorithms": "algoritmos",
    "economics": "economía",
    "logic": "lógica",
}


def natural_question(rng: Rng, lang: str) -> str:
    """A question as a person types it; languages without a table fall back to English."""
    lang = lang if lang in _NATURAL else "en"
    subject = pick(rng, sorted(SUBJECTS))
    cs = SUBJECTS[subject]
    i, j = rng.permutation(len(cs))[:2].tolist()
    local = _SUBJECT_ES if lang == "es" else _SUBJECT_LOCAL.get(lang, {})
    p = problem(rng, lang)
    q = pick(rng, _NATURAL[lang]).format(c=cs[i], c2=cs[j], s=local.get(subject, subject), p=p)
    return q[0].upper() + q[1:] if chance(rng, 0.4) else q


_CROWD_TASKS = (
    "Explain in detail how {c} works and give two worked examples.",
    "{p}\nShow your full working.",
    "What are the most common misconceptions about {c}? Explain why each is wrong.",
    "Write a complete study guide on {c} for {aud}.",
    "A friend says {c} is useless in practice. Give a careful, reasoned reply.",
    "Design a lesson plan that teaches {c} in 45 minutes, with exercises and solutions.",
    "Walk through {c} as if tutoring {aud}; check their understanding with questions and answer them.",
)


def crowd_task(rng: Rng) -> str:
    subject = pick(rng, sorted(SUBJECTS))
    return pick(rng, _CROWD_TASKS).format(
        c=pick(rng, SUBJECTS[subject]), aud=pick(rng, AUDIENCES), p=_problem_en(rng)
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts

_SUITES = ("arith", "mc", "code", "logic")


def eval_item(rng: Rng, suite: str, idx: int) -> str:
    """A benchmark item (deterministic given idx, so runs against several models repeat items)."""
    r = np.random.default_rng([idx, _SUITES.index(suite)])
    if suite == "arith":
        return f"{_problem_en(r)}\nThink step by step, then finish with 'Final answer: <value>'."
    if suite == "mc":
        stem = pick(r, _MC_STEMS).format(country=pick(r, COUNTRIES))
        return (
            stem
            + "\n"
            + "\n".join(f"({o}) choice {irange(r, 1, 60)}" for o in "ABCD")
            + "\nAnswer with the letter after reasoning briefly."
        )
    if suite == "code":
        src, what = pick(r, _FUNCS)
        return f"Complete the task. Return only code.\n# Task {idx}: write a function implementing {what} with the behaviour of:\n{src}# Add type hints."
    p = _names(r, 3)
    return (
        f"{p[0]} is taller than {p[1]}. {p[1]} is taller than {p[2]}. Is {p[2]} taller than {p[0]}? "
        "Explain, then answer yes or no."
    )


def qa_review_prompt(rng: Rng, brand: str, chat: list[str], passages: list[str]) -> str:
    return (
        f"QA review for {brand} support assistant. Check the bot reply below against our guide: correct "
        f"product facts, polite, no promises about refunds beyond policy, escalates when unsure. Return "
        f"PASS or FAIL, the rule numbers violated, and a suggested fix.\n\nCustomer: "
        f"{_clip(pick(rng, chat), 20, 400, rng)}\nBot: {_clip(pick(rng, passages), 200, 900, rng)}"
    )


def moderation_prompt(rng: Rng, platform: str, chat: list[str], lang: str) -> str:
    post = _clip(pick(rng, chat), 20, 500, rng)
    if lang == "es":
        return (
            f"Revisión de normas de la comunidad de {platform}. Publicación:\n{post}\n\n¿Infringe alguna norma "
            "(acoso, spam, datos personales, odio)? Si es así, sugiere una versión que mantenga la idea del autor."
        )
    if lang == "pt":
        return (
            f"Verificação das regras da comunidade {platform}. Post:\n{post}\n\nViola alguma regra? Se sim, "
            "proponha uma reescrita que preserve a intenção do autor."
        )
    if lang == "de":
        return (
            f"Community-Richtlinien-Check für {platform}. Beitrag:\n{post}\n\nVerstößt er gegen Regeln? Falls "
            "ja, schlage eine regelkonforme Umformulierung vor."
        )
    return (
        f"{platform} community guidelines check. Post:\n{post}\n\nDoes this break a rule (harassment, spam, "
        "personal data, hate)? Answer VIOLATION or OK with the rule, and if VIOLATION suggest a compliant rewrite."
    )


def coding_agent_steps(rng: Rng, repo: str, steps: int) -> list[str]:
    files = (
        "src/app.py",
        "src/models/user.py",
        "tests/test_api.py",
        "package.json",
        "src/routes/index.ts",
        "Cargo.toml",
        "src/lib.rs",
        "README.md",
        "Makefile",
        "config/settings.yaml",
    )
    goal = pick(
        rng,
        (
            "make the failing test pass",
            "add pagination to the list endpoint",
            "fix the race in the cache refresh",
            "upgrade the HTTP client and fix breakages",
            "add input validation to the signup form",
            "speed up the slow query in reports",
        ),
    )
    head = f"[{repo}] You are a coding agent in this repository. Goal: {goal}.\n"
    out, log = [], head
    for _ in range(steps):
        out.append(log[-5000:])
        f = pick(rng, files)
        log += pick(
            rng,
            (
                f"<tool_result name=read_file path={f}>... {irange(rng, 20, 400)} lines ...</tool_result>\n",
                f"<tool_result name=run_tests>{irange(rng, 0, 5)} failed, {irange(rng, 10, 300)} passed</tool_result>\n",
                f"<tool_result name=edit path={f}>ok</tool_result>\n",
                f"<tool_result name=grep>{f}:{irange(rng, 1, 300)}: TODO</tool_result>\n",
            ),
        )
    return out


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "track_order",
    "refund_request",
    "password_reset",
    "upgrade_plan",
    "report_bug",
    "talk_to_human",
)
_DOC_TYPES = (
    "invoice",
    "shipping label",
    "patient intake form",
    "bank statement line",
    "job application",
    "hotel booking confirmation",
)


def augmentation_prompt(rng: Rng, chat: list[str], lang: str) -> str:
    if chance(rng, 0.55):
        intent = pick(rng, _INTENTS)
        lname = LANG_NAMES[lang]
        return (
            f'Intent: {intent}. Example utterance: "{_clip(pick(rng, chat), 15, 120, rng)}"\nWrite '
            f"{irange(rng, 15, 30)} different {lname} paraphrases a real customer might type for this intent, with "
            "typos and informal phrasing in some. One per line, no numbering."
        )
    return (
        f"Create {irange(rng, 5, 12)} synthetic {pick(rng, _DOC_TYPES)} records as a JSON array for testing our "
        "document parser. Use obviously fake names and numbers, vary the layouts and include two malformed ones."
    )


ASSIGNMENTS = (
    "Week {w} exercise: use the assistant to critique the argument in the reading about {c}. Paste its answer and then write your own evaluation.",
    "Lab {w}: ask the model to explain {c}, then find one error or oversimplification in its explanation.",
    "Assignment {w}: generate three exam-style questions on {c} and solve them yourself before checking with the model.",
)


def assignment_prompt(rng: Rng, course_subject: str, week: int, own_words: bool) -> str:
    c = pick(rng, SUBJECTS[course_subject])
    base = pick(rng, ASSIGNMENTS).format(w=week, c=c)
    if own_words:
        return pick(
            rng,
            (
                f"for my homework: explain {c}",
                f"{c} explanation please, week {week} lab",
                f"can u explain {c} simply",
                f"I need help with {c} for class",
            ),
        )
    return base


_PERSONAS = (
    ("Mika", "cheerful and curious"),
    ("Ren", "calm and thoughtful"),
    ("Sol", "sarcastic but kind"),
    ("Ava", "supportive, likes books"),
    ("Kai", "playful gamer"),
    ("Noor", "gentle, loves cooking"),
)
_SMALLTALK = {
    "en": (
        "hey, rough day at work",
        "did you miss me?",
        "what should I cook tonight",
        "tell me a story",
        "i can't sleep",
        "remember what I told you about my sister?",
        "lol that's so you",
        "good morning!!",
        "i passed my driving test",
        "what are you doing",
        "haha ok",
        "I'm bored, entertain me",
    ),
    "es": (
        "hola, ¿cómo estás?",
        "hoy fue un día largo",
        "cuéntame algo bonito",
        "no puedo dormir",
        "jaja vale",
    ),
    "pt": (
        "oi, tudo bem?",
        "dia cansativo hoje",
        "me conta uma história",
        "não consigo dormir",
        "kkkk",
    ),
    "ja": ("ただいま", "今日は疲れた", "何か話して", "眠れない", "おはよう！"),
}


def companion_prompt(rng: Rng, lang: str) -> str:
    name, trait = pick(rng, _PERSONAS)
    mem = pick(
        rng,
        (
            "user has a cat named Pixel",
            "user works night shifts",
            "user is learning guitar",
            "user's sister is getting married",
            "user likes horror films",
        ),
    )
    return (
        f"[character: {name}; personality: {trait}; memory: {mem}; stay in character; short replies]\n"
        f"User: {pick(rng, _SMALLTALK[lang])}"
    )


def cat_segment_prompt(rng: Rng, text: str, src: str, tgt: str, client: str) -> str:
    gl = pick(
        rng,
        (
            "'checkout' -> keep English",
            "'account' -> client term",
            "'dashboard' -> do not translate",
            "product names unchanged",
        ),
    )
    return (
        f"Project {client} | {LANG_NAMES[src]} > {LANG_NAMES[tgt]} | glossary: {gl}\n"
        f"Translate the segment; keep tags like <b> and {{0}} unchanged.\nSegment: {text}"
    )


def calibration_prompt(rng: Rng, idx: int, ask_probs: bool) -> str:
    r = np.random.default_rng([idx, 99])
    stem = pick(r, _MC_STEMS).format(country=pick(r, COUNTRIES))
    opts = "\n".join(
        f"{o}. {pick(r, ('first', 'second', 'third', 'fourth'))} candidate {irange(r, 1, 50)}"
        for o in "ABCD"
    )
    if ask_probs:
        return f"Item {idx}.\n{stem}\n{opts}\nGive your confidence (0-100%) that each option is correct."
    return f"Item {idx}.\n{stem}\n{opts}\nAnswer with one letter."


_AGENCY_APPS = {
    "support": "You are the help-desk assistant of {client}. Answer the customer politely and briefly.\nCustomer: {t}",
    "seo": "Write an SEO blog section (H2 + 200 words) for {client} targeting the keyword '{kw}'. Brief: {t}",
    "ads": "Write 5 ad headlines (max 30 chars) and 3 descriptions for {client}'s campaign about '{kw}'.",
    "hr": "{client} HR policy assistant. Employee question: {t}\nAnswer using general best practice and suggest contacting HR for specifics.",
    "social": "Draft 3 social posts for {client} announcing: {kw}. Tone: upbeat. Include hashtags.",
}
_KEYWORDS = (
    "winter sale",
    "new opening hours",
    "eco packaging",
    "loyalty points",
    "free delivery",
    "spring collection",
    "dental check-ups",
    "yoga classes",
    "home insurance quotes",
)


def agency_prompt(rng: Rng, app: str, client: str, chat: list[str]) -> str:
    return _AGENCY_APPS[app].format(
        client=client, kw=pick(rng, _KEYWORDS), t=_clip(pick(rng, chat), 20, 600, rng)
    )

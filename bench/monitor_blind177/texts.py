"""Prompt generators of batch 177, written for this batch only.

Every function takes a numpy Generator first and returns one prompt string (the last user
message of a request). Ordinary human text comes from ShareGPT's "sim" half through the batch
context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers of 300+ characters).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


def _typos(rng: np.random.Generator, text: str, rate: float) -> str:
    """Drop capitals, swap neighbouring letters and lose some punctuation, as a hurried typist."""
    if rate <= 0:
        return text
    out = list(text)
    for i in range(len(out) - 1):
        r = rng.random()
        if r < rate * 0.3 and out[i].isalpha() and out[i + 1].isalpha():
            out[i], out[i + 1] = out[i + 1], out[i]
        elif r < rate * 0.5 and out[i] in ",;":
            out[i] = ""
    s = "".join(out)
    if chance(rng, 0.6) and s[:1].isupper():
        s = s[0].lower() + s[1:]
    if chance(rng, 0.4):
        s = s.rstrip("?.!")
    return s


# ------------------------------------------------------------------------------------------
# shared vocabulary

TOPIC_GROUPS: dict[str, tuple[str, ...]] = {
    "biology": (
        "photosynthesis in C4 plants",
        "how vaccines train the immune system",
        "CRISPR gene editing",
        "why some people develop allergies",
        "protein folding",
        "antibiotic resistance",
        "the gut microbiome",
        "insulin resistance",
        "inflammation",
        "how bees communicate",
        "monarch butterfly migration",
        "sleep and memory",
        "the placebo effect",
        "how opioids act on the brain",
    ),
    "earth science": (
        "plate tectonics",
        "how monsoons form",
        "the water cycle",
        "coral bleaching",
        "glacier retreat",
        "volcanic winters",
        "ocean acidification",
        "thawing permafrost",
        "urban heat islands",
        "soil erosion control on farms",
    ),
    "economics": (
        "the causes of the 2008 financial crisis",
        "compound interest",
        "inflation targeting",
        "auction theory",
        "Keynesian economics",
        "carbon taxes",
        "rent control",
        "microfinance",
        "nudges in behavioural economics",
        "index funds",
        "how credit scores work",
        "mechanism design",
        "container shipping",
        "supply chain bottlenecks",
        "the Bretton Woods system",
    ),
    "history": (
        "the economic roots of the French Revolution",
        "the fall of Constantinople",
        "the Silk Road",
        "the Meiji Restoration",
        "the social effects of the printing press",
        "the Peace of Westphalia",
        "the Green Revolution",
        "the Cuban missile crisis",
        "the Mughal Empire",
        "the Marshall Plan",
        "the Bantu expansion",
        "the Hanseatic League",
        "the Suez crisis",
        "the history of the bicycle",
    ),
    "computing": (
        "TCP congestion control",
        "Bayesian inference",
        "backpropagation",
        "public key cryptography",
        "the CAP theorem",
        "how GPS finds your position",
        "the Apollo guidance computer",
        "how elections are audited",
    ),
    "physics and engineering": (
        "Hawking radiation",
        "lithium-ion battery ageing",
        "quantum entanglement",
        "desalination",
        "hydrogen fuel cells",
        "tidal power",
        "the Haber-Bosch process",
        "exoplanet detection",
        "how noise-cancelling headphones work",
        "photovoltaic efficiency limits",
        "sourdough fermentation",
    ),
    "humanities": ("Romantic poetry", "Stoic ethics", "judicial review", "the ethics of zoos"),
}
TOPICS: tuple[str, ...] = tuple(t for group in TOPIC_GROUPS.values() for t in group)
DOMAIN_OF: dict[str, str] = {t: d for d, group in TOPIC_GROUPS.items() for t in group}


def related(rng: np.random.Generator, topic: str) -> str:
    """Another topic of the same domain."""
    group = [t for t in TOPIC_GROUPS[DOMAIN_OF[topic]] if t != topic]
    return pick(rng, group)


def domain_item(rng: np.random.Generator, n_opts: int, letters: str, sep: str) -> tuple[str, str]:
    """A topic and options listing domains (the correct one among them)."""
    t = pick(rng, TOPICS)
    others = [d for d in TOPIC_GROUPS if d != DOMAIN_OF[t]]
    opts = [DOMAIN_OF[t]] + [others[i] for i in rng.permutation(len(others))[: n_opts - 1].tolist()]
    opts = [opts[i] for i in rng.permutation(len(opts)).tolist()]
    return t, "\n".join(f"{letters[i]}{sep} {o}" for i, o in enumerate(opts))


LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "ru": "Russian",
    "de": "German",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "ja": "Japanese",
    "tr": "Turkish",
    "ar": "Arabic",
    "hi": "Hindi",
    "ko": "Korean",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "sw": "Swahili",
}


def weighted(rng: np.random.Generator, options: dict[str, float]) -> str:
    keys = list(options)
    p = np.asarray([options[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


# ------------------------------------------------------------------------------------------
# parametric problems (reasoning harvest, tutoring product, eval suites)


def _knights(rng: np.random.Generator) -> str:
    people = list(rng.choice(np.asarray(NAMES), size=3, replace=False))
    a, b, c = people
    forms = (
        f'{a} says: "{b} is a knave."',
        f'{b} says: "{a} and {c} are the same kind."',
        f'{c} says: "At least one of us three is a knight."',
        f'{a} says: "{c} and I are both knaves."',
        f'{b} says: "Exactly one of {a} and {c} tells the truth."',
        f'{c} says: "{b} would call me a knight."',
    )
    idx = rng.choice(len(forms), size=3, replace=False)
    clues = " ".join(forms[i] for i in sorted(idx.tolist()))
    return (
        f"On an island every inhabitant is either a knight (always truthful) or a knave (always lies). "
        f"You meet {a}, {b} and {c}. {clues} Who is a knight and who is a knave?"
    )


def problem(rng: np.random.Generator, level: int) -> str:
    """One self-contained maths/science/logic problem; level 1 (school) to 5 (contest)."""
    k = irange(rng, 0, 13)
    if k == 0:
        a, b, c, d = (irange(rng, 2, 9 + 3 * level) for _ in range(4))
        return f"Solve for x: {a}x + {b} = {c}x - {d}."
    if k == 1:
        p1, p2, n = irange(rng, 2, 6), irange(rng, 7, 15), irange(rng, 8, 30)
        nb = irange(rng, 1, n - 1)
        return (
            f"Pens cost ${p1} each and notebooks cost ${p2} each. {pick(rng, NAMES)} buys {n} items "
            f"altogether and pays ${p1 * (n - nb) + p2 * nb}. How many notebooks did she buy?"
        )
    if k == 2:
        r, g, bl = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return (
            f"A bag holds {r} red, {g} green and {bl} blue marbles. Two marbles are drawn without "
            f"replacement. What is the probability that they are of different colours?"
        )
    if k == 3:
        n = irange(rng, 5, 9)
        return (
            f"In how many ways can {n} people sit around a round table if two particular people refuse "
            f"to sit next to each other?"
        )
    if k == 4:
        a, e, m = (
            irange(rng, 2, 19),
            irange(rng, 50, 2025),
            pick(rng, (7, 9, 11, 13, 17, 19, 23, 100, 1000)),
        )
        return f"Find the remainder when {a}^{e} is divided by {m}."
    if k == 5:
        a, b = irange(rng, 3, 20), irange(rng, 3, 20)
        return (
            f"A right triangle has legs {a} cm and {b} cm. Find the radius of its inscribed circle."
        )
    if k == 6:
        v, h = irange(rng, 5, 30), irange(rng, 0, 40)
        return (
            f"A ball is thrown straight up at {v} m/s from a platform {h} m above the ground. Taking "
            f"g = 9.8 m/s^2, when does it land, and what is its maximum height?"
        )
    if k == 7:
        fuel = pick(
            rng,
            (
                "methane (CH4)",
                "propane (C3H8)",
                "ethanol (C2H5OH)",
                "glucose (C6H12O6)",
                "octane (C8H18)",
            ),
        )
        m = irange(rng, 5, 250)
        return (
            f"How many grams of CO2 are produced when {m} g of {fuel} burns completely in oxygen?"
        )
    if k == 8:
        return _knights(rng)
    if k == 9:
        a, b, c = irange(rng, 2, 8), irange(rng, 3, 12), irange(rng, 6, 20)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B in {b} hours; drain C empties the full tank in "
            f"{c} hours. With all three open from empty, how long does the tank take to fill?"
        )
    if k == 10:
        a, b, c, d = irange(rng, 1, 6), irange(rng, 2, 30), irange(rng, -10, 10), irange(rng, 3, 20)
        return f"Find the maximum value of f(x) = -{a}x^2 + {b}x + {c} on the interval [0, {d}]."
    if k == 11:
        kk, u = irange(rng, 1, 4), irange(rng, 1, 3)
        return f"Evaluate the integral of x*e^({kk}x) dx from 0 to {u}, giving an exact answer."
    if k == 12:
        n, s = irange(rng, 2, 4), irange(rng, 5, 20)
        return f"How many {n}-digit positive integers have digits that add up to {s}?"
    a1, r = irange(rng, 1, 9), irange(rng, 2, 5)
    return (
        f"A sequence satisfies a_1 = {a1} and a_(n+1) = {r}a_n - {irange(rng, 1, 7)}. Find a closed form "
        f"for a_n and compute a_{irange(rng, 8, 25)}."
    )


_REASON_WRAP = {
    "en": (
        "{p}\n\nThink it through carefully. Put your complete reasoning inside <reasoning> and </reasoning>, "
        "then give only the final answer on the last line as \\boxed{{...}}.",
        "{p}\nShow every intermediate step and do not skip any algebra. After the answer, check it by a "
        "second independent method and state whether both agree.",
        "Problem ({lvl}):\n{p}\n\nBefore answering, list what is given, what is asked, and a plan. Then "
        "execute the plan step by step, explaining why each step is valid.",
        "{p}\n\nReason out loud like an expert solving this for the first time, including any false starts "
        "you notice and correct. Final answer after 'ANSWER:'.",
    ),
    "zh": (
        "{p}\n\n请一步一步详细推理，把完整的思考过程写在<思考>和</思考>之间，最后一行只写最终答案。",
        "题目：{p}\n要求：写出每一个中间步骤，不要跳步；最后用另一种方法验算。",
    ),
    "ru": (
        "{p}\n\nРеши задачу подробно, шаг за шагом, объясняя каждый переход. В конце напиши ответ в виде "
        "«Ответ: ...».",
        "Задача: {p}\nСначала запиши рассуждение целиком, потом проверь результат другим способом.",
    ),
    "de": (
        "{p}\n\nBitte löse die Aufgabe Schritt für Schritt und begründe jeden Schritt. Gib am Ende nur das "
        "Ergebnis in der Form 'Antwort: ...' an.",
    ),
    "es": (
        "{p}\n\nResuelve paso a paso, sin saltarte ningún cálculo, y explica el razonamiento de cada paso. "
        "Termina con 'Respuesta final:'.",
    ),
    "ja": (
        "{p}\n\n一歩ずつ丁寧に考え、途中の計算をすべて示してください。最後に「答え：」として結論を書いてください。",
    ),
}

_LEVEL_NAMES = ("warm-up", "intermediate", "advanced", "olympiad-style", "research-grade")


def reasoning(rng: np.random.Generator, lang: str, styles: Sequence[int], level: int) -> str:
    wraps = _REASON_WRAP[lang]
    w = wraps[pick(rng, styles) % len(wraps)]
    return w.format(p=problem(rng, level), lvl=_LEVEL_NAMES[min(level, 5) - 1])


def tutoring(rng: np.random.Generator, grade: int) -> str:
    """A homework-help app's request: the product's framing around a student's question."""
    p = problem(rng, 1 if grade < 9 else 2)
    ask = pick(
        rng,
        (
            "I don't get this one, can you help?",
            "my teacher wants the working shown",
            "is my answer 12 right?",
            "how do I even start this",
            "we did this in class but I forgot",
            "pls explain simply",
        ),
    )
    return (
        f"[Homework Helper | grade {grade}] Student question: {p}\nStudent note: {ask}\n"
        f"Guide the student through the method step by step in friendly, simple language. Ask them to "
        f"try the last step themselves before revealing the answer."
    )


# ------------------------------------------------------------------------------------------
# grading / judging


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "tone",
    "completeness",
    "reasoning quality",
    "formatting",
    "honesty about uncertainty",
)


def judge(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int, lang: str
) -> str:
    q = clip(pick(rng, chat), 600)
    a = clip(pick(rng, passages), 1400)
    crit = list(rng.choice(np.asarray(_CRITERIA), size=irange(rng, 2, 4), replace=False))
    if style == 0:
        return (
            f"You are grading an AI assistant. Rate the RESPONSE to the PROMPT on "
            f"{', '.join(crit)} using integers from 1 to 10.\nReturn JSON: "
            f'{{"scores": {{...}}, "overall": <1-10>, "rationale": "<two sentences>"}}\n\n'
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 1:
        b = clip(pick(rng, passages), 1400)
        return (
            f"Two assistants answered the same request. Decide which answer a careful expert would "
            f"prefer, considering {crit[0]} first and {crit[1]} second. Explain briefly, then output "
            f"exactly one of [[A]], [[B]] or [[TIE]].\n\n### Request\n{q}\n\n### Answer A\n{a}\n\n"
            f"### Answer B\n{b}"
        )
    if style == 2:
        return (
            f"Act as a reward model. Read the exchange and output a single number between 0 and 1 for "
            f"how good the reply is (1 = ideal). Output the number only.\n\nUser: {q}\nAssistant: {a}"
        )
    if style == 3:
        return (
            f"First write a short critique of the reply below (what is wrong, what is missing), then "
            f"give a score out of 7 on the line 'SCORE: n'.\n\nQuestion: {q}\n---\nReply: {a}"
        )
    rubric = {
        "es": (
            "Evalúa la respuesta según {c}. Da una puntuación de 1 a 5 para cada criterio y una "
            "justificación breve en español.\n\nPregunta: {q}\n\nRespuesta: {a}"
        ),
        "de": (
            "Bewerte die Antwort nach {c}. Vergib je Kriterium 1 bis 5 Punkte und begründe kurz auf "
            "Deutsch.\n\nFrage: {q}\n\nAntwort: {a}"
        ),
        "ja": "次の回答を{c}の観点で1〜5点で採点し、理由を日本語で簡潔に述べてください。\n\n質問：{q}\n\n回答：{a}",
        "zh": "请从{c}几个方面为下面的回答打分（1-5分），并用中文简要说明理由。\n\n问题：{q}\n\n回答：{a}",
    }
    tmpl = rubric.get(lang, rubric["es"])
    return tmpl.format(c=", ".join(crit), q=q, a=a)


def annotation(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    project: str,
    guideline: str,
) -> str:
    """A labelling vendor's pre-labelling request: the vendor's header and guideline, one item."""
    q = clip(pick(rng, chat), 500)
    a = clip(pick(rng, passages), 1100)
    task = irange(rng, 10000, 99999)
    return (
        f"[{project} | item {task} | guideline {guideline}]\nSuggest a draft label for a human "
        f"annotator to confirm. Labels: GOOD / ACCEPTABLE / POOR / UNSAFE. Add one line naming the "
        f"guideline section that applies.\n\nConversation prompt: {q}\nModel output: {a}"
    )


# ------------------------------------------------------------------------------------------
# policy-safe rewrites and moderation


_SENSITIVE = (
    "the 1989 protests in Beijing",
    "Taiwan's political status",
    "how to get around internet censorship",
    "criticism of a head of state",
    "the treatment of Uyghurs",
    "election fraud claims",
    "drug harm reduction",
    "self-harm among teenagers",
    "how lock picking works",
    "historical war crimes",
    "religious satire",
    "abortion access",
    "firearm storage laws",
    "extremist recruitment tactics",
    "leaked government documents",
    "the Tiananmen Square photographs",
    "protest safety tips",
    "Crimea's annexation",
    "LGBT rights in schools",
    "hacking tools like nmap",
    "medical cannabis dosing",
    "whistleblower protections",
)


_ANGLES = {
    "en": (
        "what actually happened with {t}?",
        "is it legal in {c} to talk publicly about {t}?",
        "how should a teacher explain {t} to 14-year-olds?",
        "what do critics say about {t}?",
        "give me just the facts on {t}, no opinions",
        "my {r} asked me about {t}, what do I tell them?",
        "why is {t} such a touchy subject in {c}?",
        "write a short news brief on {t} for readers in {c}",
    ),
    "zh": (
        "「{t}」到底是怎么回事？",
        "在{c}公开讨论「{t}」合法吗？",
        "老师应该怎么向初中生讲「{t}」？",
        "我{r}问我「{t}」的事，我该怎么回答？",
        "只讲事实：「{t}」",
    ),
    "ru": (
        "Что на самом деле произошло: «{t}»?",
        "Можно ли в стране {c} открыто обсуждать «{t}»?",
        "Как учителю объяснить школьникам тему «{t}»?",
        "Мой {r} спросил про «{t}» — что ответить?",
    ),
    "ar": (
        "ما الذي حدث فعلاً بشأن «{t}»؟",
        "هل يجوز في {c} الحديث علناً عن «{t}»؟",
        "كيف يشرح المعلم موضوع «{t}» للطلاب؟",
    ),
}
_RELATIVES = {
    "en": ("kid", "grandmother", "neighbour", "student", "coworker", "cousin"),
    "zh": ("孩子", "奶奶", "邻居", "学生", "同事"),
    "ru": ("сын", "сосед", "ученик", "коллега", "дедушка"),
    "ar": ("ابني", "جاري", "طالبي"),
}


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str], lang: str, style: int) -> str:
    topic = pick(rng, _SENSITIVE)
    ask = pick(rng, _ANGLES[lang]).format(
        t=topic, c=pick(rng, COUNTRIES), r=pick(rng, _RELATIVES[lang])
    )
    text = clip(pick(rng, passages), 900)
    aud = pick(
        rng,
        (
            "a mainland-China consumer app",
            "a children's education platform",
            "a state broadcaster",
            "a bank's customer chatbot",
            "a conservative Gulf-region news site",
            "a school district",
            "a search engine's answer box",
            "a ride-hailing app's in-car assistant",
        ),
    )
    if lang == "zh":
        forms = (
            f"用户提问：{ask}\n请把下面这段回答改写成符合「{aud}」内容审核要求的版本，保留事实但去掉敏感表述，并列出修改之处。\n\n{text}",
            f"用户提问：{ask}\n请写出一个合规、稳妥、不会被审核拦截的标准回答，再写出一个拒绝回答的标准话术。",
            f"判断下面的问题在「{aud}」上应当：直接回答 / 附带提醒回答 / 拒绝。然后写出助手应给出的完整回复。\n问题：{ask}",
        )
        return forms[style % len(forms)]
    if lang == "ru":
        forms = (
            f"Вопрос пользователя: {ask}\nНапиши ответ, который пройдёт строгую модерацию для площадки "
            f"«{aud}», и отдельно — вежливый отказ на случай, если тема под запретом.",
            f"Перепиши этот ответ так, чтобы он подходил для площадки «{aud}», сохранив факты. Вопрос был: "
            f"{ask}\n\n{text}",
        )
        return forms[style % len(forms)]
    if lang == "ar":
        return (
            f"سؤال المستخدم: {ask}\nأعد صياغة النص التالي بحيث يتوافق مع سياسة المحتوى لـ «{aud}»، مع "
            f"الحفاظ على المعلومات الأساسية:\n\n{text}"
        )
    forms = (
        f"User question: {ask}\nRewrite the answer below so it is acceptable for {aud}. Keep every fact that "
        f"can stay, soften or remove what would be blocked, and list your edits at the end.\n\n{text}",
        f'A user asked: "{ask}" Write (1) the ideal policy-compliant answer for {aud}, (2) the ideal '
        f"refusal if the request crosses a line, and (3) one sentence naming the policy principle applied.",
        f'Here is a draft reply to "{ask}" that a reviewer flagged as too blunt for {aud}:\n\n{text}\n\n'
        f"Produce a sanitised version suitable for publication and explain, clause by clause, why it is safe.",
        f'Classify this request as ALLOW, ALLOW_WITH_CAVEATS or REFUSE for {aud}: "{ask}" Then write the '
        f"exact response the assistant should give in that case.",
    )
    return forms[style % len(forms)]


def moderation(rng: np.random.Generator, chat: Sequence[str], community: str, lang: str) -> str:
    post = clip(pick(rng, chat), 500)
    insult = pick(
        rng,
        (
            "you clowns",
            "what a garbage take",
            "idiots like you",
            "nobody asked, loser",
            "go back to school",
            "pathetic",
            "this seller is a scammer",
        ),
    )
    body = f"{post} {insult}" if chance(rng, 0.5) else post
    return (
        f"{community} moderation queue. Community rules: no harassment, no doxxing, no spam, no hate. "
        f'Post language: {LANG_NAMES.get(lang, lang)}.\nPost: "{body}"\nReturn: rule_violated (or '
        f"none), severity 0-3, and if severity>0 a civil rewrite the author could repost."
    )


# ------------------------------------------------------------------------------------------
# agent and tool-use transcripts


_AGENT_ENVS = {
    "shop": (
        "search_products(query, max_price)",
        "add_to_cart(product_id, qty)",
        "checkout(address_id)",
        "get_reviews(product_id)",
    ),
    "files": ("list_dir(path)", "read_file(path)", "write_file(path, content)", "run_shell(cmd)"),
    "sql": ("list_tables()", "describe_table(name)", "run_query(sql)"),
    "travel": (
        "search_flights(origin, dest, date)",
        "search_hotels(city, checkin, nights)",
        "book(offer_id, traveller)",
        "get_weather(city, date)",
    ),
    "calendar": (
        "list_events(day)",
        "create_event(title, start, end, attendees)",
        "send_email(to, subject, body)",
        "find_free_slot(attendees, duration_min)",
    ),
    "web": ("web_search(query)", "open_url(url)", "extract(selector)", "summarise(text)"),
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Kraków",
    "Bogotá",
    "Hanoi",
    "Cairo",
    "Oslo",
    "Perth",
)


def agent_task(rng: np.random.Generator) -> dict:
    env = pick(rng, list(_AGENT_ENVS))
    goals = {
        "shop": f"Buy a pair of running shoes under ${irange(rng, 60, 160)} with at least 4-star reviews and ship to "
        f"the saved home address.",
        "files": f"Find why the unit test test_{pick(rng, ('parse', 'merge', 'export', 'auth'))} fails in the repo "
        f"and fix it.",
        "sql": f"Report the {pick(rng, ('top 5 customers by revenue', 'monthly churn rate', 'average basket size'))} "
        f"for {pick(rng, ('2023', 'Q3', 'last month'))}.",
        "travel": f"Plan a {irange(rng, 2, 6)}-night trip from {pick(rng, _CITIES)} to {pick(rng, _CITIES)} "
        f"next month within a ${irange(rng, 600, 3000)} budget.",
        "calendar": f"Set up a {irange(rng, 30, 90)}-minute meeting with {pick(rng, NAMES)} and {pick(rng, NAMES)} "
        f"this week and email them the agenda.",
        "web": f"Find three recent sources on {pick(rng, TOPICS)} and write a short cited summary.",
    }
    return {"env": env, "goal": goals[env], "id": irange(rng, 100000, 999999)}


def agent_step(rng: np.random.Generator, task: dict, step: int, style: int) -> str:
    tools = _AGENT_ENVS[task["env"]]
    obs = pick(
        rng,
        (
            "[]",
            '{"status": "ok"}',
            "Error: timeout, retry allowed",
            '{"rows": 14}',
            "3 results returned",
            "File not found",
            '{"price": 89.99, "rating": 4.4}',
        ),
    )
    if style == 0:
        head = (
            "You are an autonomous agent. Tools:\n"
            + "\n".join(f"- {t}" for t in tools)
            + f"\nGoal: {task['goal']}\n"
        )
        if step == 0:
            return (
                head
                + 'Begin. Think, then emit exactly one tool call as JSON {"tool": ..., "args": ...}.'
            )
        return (
            head
            + f"Observation from step {step}: {obs}\nThink, then emit the next tool call as JSON, or "
            f'{{"tool": "finish", "args": {{"answer": ...}}}} when done.'
        )
    if style == 1:
        if step == 0:
            return (
                f'<task id="{task["id"]}">{task["goal"]}</task>\n<tools>{"; ".join(tools)}</tools>\n'
                f"Respond with Thought: / Action: / Action Input: lines."
            )
        return f"Observation: {obs}\nContinue with Thought: / Action: / Action Input:, or Final Answer:."
    if step == 0:
        return f"Task: {task['goal']}\nYou can call: {', '.join(tools)}. Plan the steps first, then call the first tool."
    return f"Tool returned: {obs}. What is your next action? Explain briefly why."


_REPO_FILES = (
    "src/api/routes.py",
    "src/models/user.ts",
    "internal/cache/lru.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "web/components/Table.tsx",
    "pkg/queue/worker.go",
    "tests/test_export.py",
)


def coding_agent_step(rng: np.random.Generator, step: int) -> str:
    f = pick(rng, _REPO_FILES)
    if step == 0:
        return pick(
            rng,
            (
                f"the build is red since my last commit, can you look at {f} and fix it",
                f"add pagination to the list endpoint in {f}, keep the existing tests passing",
                f"refactor {f} so the retry logic is in one place",
                f"why is {f} so slow on large inputs? profile and fix",
                f"write tests for the edge cases in {f}",
            ),
        )
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">…{irange(rng, 40, 600)} lines…</tool_result>',
            f'<tool_result name="run_tests">{irange(rng, 0, 9)} failed, {irange(rng, 20, 300)} passed</tool_result>',
            '<tool_result name="apply_patch">ok</tool_result>',
            f'<tool_result name="grep">{irange(rng, 0, 30)} matches</tool_result>',
            "looks good, but don't touch the migration files",
            "ok continue",
        ),
    )


# ------------------------------------------------------------------------------------------
# synthetic data generation, augmentation and translation


_GEN_TASKS = (
    "instruction-following",
    "open-ended question answering",
    "step-by-step how-to",
    "persuasive writing",
    "short story",
    "email drafting",
    "data extraction",
    "classification",
    "summarisation",
    "brainstorming",
    "role-play",
    "math word problem",
    "code explanation",
)
_AUDIENCES = (
    "high-school students",
    "small-business owners",
    "nurses",
    "software engineers",
    "retirees",
    "first-year university students",
    "farmers",
    "lawyers",
    "parents of toddlers",
    "gamers",
)

_GEN_LOCAL = {
    "es": "Genera {n} pares de instrucción y respuesta en español sobre «{t}». Formato JSONL con los campos "
    '"instruccion" y "respuesta". Respuestas completas y detalladas.',
    "pt": "Gere {n} exemplos variados de pergunta e resposta em português do Brasil sobre {t}, em JSONL "
    "(campos pergunta, resposta). As respostas devem ser longas e bem explicadas.",
    "id": "Buatlah {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {t}. Gunakan format "
    "JSONL dengan kolom instruction dan output. Jawaban harus lengkap.",
    "vi": "Hãy tạo {n} cặp câu hỏi và câu trả lời bằng tiếng Việt về chủ đề {t}, định dạng JSONL với các "
    "trường question và answer. Câu trả lời cần chi tiết.",
    "tr": "{t} konusunda Türkçe {n} adet talimat-cevap çifti üret. JSONL biçiminde, instruction ve output "
    "alanlarıyla. Cevaplar ayrıntılı olsun.",
}


def dataset_gen(rng: np.random.Generator, passages: Sequence[str], lang: str, style: int) -> str:
    t = pick(rng, TOPICS)
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    if lang in _GEN_LOCAL:
        return _GEN_LOCAL[lang].format(n=n, t=t)
    if style == 0:
        return (
            f"Generate {n} diverse {pick(rng, _GEN_TASKS)} examples about {t} aimed at "
            f'{pick(rng, _AUDIENCES)}. Output JSONL, one object per line with keys "instruction", '
            f'"input" (may be empty) and "output". Make outputs thorough and vary difficulty.'
        )
    if style == 1:
        return (
            f"Write a realistic {irange(rng, 4, 9)}-turn conversation between a curious user and a "
            f"knowledgeable assistant about {t}. Label turns USER: and ASSISTANT:. The assistant's turns "
            f"should be detailed and accurate."
        )
    if style == 2:
        src = clip(pick(rng, passages), 900)
        tgt = pick(rng, ("es", "pt", "id", "vi", "tr", "de", "fr", "ja", "ko", "ar", "hi", "sw"))
        return (
            f'Translate into {LANG_NAMES[tgt]} and return JSON {{"source": ..., "target": ...}} '
            f"with the full text in both fields.\n\n{src}"
        )
    return (
        f"Seed topic: {t}\nTask: create {n} new, non-overlapping user requests a real person might send "
        f"about this, each with an ideal assistant answer. Cover easy to expert. Format:\n"
        f"### Request\n...\n### Answer\n..."
    )


INTENTS = {
    "banking": (
        "freeze a lost card",
        "dispute a charge",
        "raise the card limit",
        "change the PIN",
        "report fraud",
        "set up a standing order",
        "close the account",
        "get a statement",
    ),
    "telecom": (
        "cancel the contract",
        "port my number",
        "report no signal",
        "upgrade my phone",
        "check data usage",
        "question a roaming bill",
        "change my plan",
    ),
    "airline": (
        "change my flight",
        "add checked baggage",
        "request a wheelchair",
        "get a refund",
        "report lost luggage",
        "choose a seat",
        "upgrade to business",
    ),
}


def augmentation(rng: np.random.Generator, domain: str, style: int) -> str:
    intent = pick(rng, INTENTS[domain])
    if style == 0:
        return (
            f"Generate {pick(rng, (20, 25, 30, 40))} different ways a {domain} customer might say they "
            f"want to {intent}. One per line, no numbering. Mix formal and informal, short and long, "
            f"include a few typos and a few in mixed English/Spanish."
        )
    if style == 1:
        labels = ", ".join(INTENTS[domain])
        utts = " | ".join(
            _typos(rng, f"i need to {pick(rng, INTENTS[domain])} asap", 0.1) for _ in range(5)
        )
        return f"Label each utterance with one intent from [{labels}] or OTHER. Output CSV text,label.\n{utts}"
    return (
        f"Write 10 hard negative utterances for the intent '{intent}': sentences that share words with it "
        f"but mean something else. One per line."
    )


LOC_CLIENTS = (
    "Northwind Outdoor",
    "Kestrel Pharma",
    "Bluegate Games",
    "Orchard Bank",
    "Tamarind Travel",
)


def segment_translation(
    rng: np.random.Generator, passages: Sequence[str], src: str, tgt: str, client: str
) -> str:
    seg = clip(pick(rng, passages), pick(rng, (120, 220, 400, 700)))
    gloss = pick(
        rng,
        ("checkout = caisse", "account = Konto", "dashboard = panel", "none", "trail = sendero"),
    )
    return (
        f"Translate the following segment from {LANG_NAMES[src]} to {LANG_NAMES[tgt]} for client "
        f"{client}. Glossary: {gloss}. Keep inline tags like <x1/> unchanged. Return only the "
        f'translation.\n\n<seg id="{irange(rng, 1, 9999)}">{seg}</seg>'
    )


# ------------------------------------------------------------------------------------------
# a product's own users and the harvest mixed into it


def product_user(rng: np.random.Generator, chat: Sequence[str], product: str) -> str:
    text = clip(pick(rng, chat), 1500)
    frame = irange(rng, 0, 4)
    if frame == 0:
        return text
    if frame == 1:
        return f"Improve the clarity and flow of this text, keep my voice:\n\n{text}"
    if frame == 2:
        return f"Make this sound more professional:\n{text}"
    if frame == 3:
        return f"{text}\n\n(Answer briefly.)"
    return f"Fix grammar only, don't change meaning:\n{text}"


def product_harvest(rng: np.random.Generator, product: str) -> str:
    """Content-generation requests that read like the product's long-form feature."""
    t = pick(rng, TOPICS)
    return pick(
        rng,
        (
            f"Write a detailed, well-structured explainer on {t} for a general audience. Use headings, "
            f"concrete examples, and end with common misconceptions.",
            f"Draft a long-form blog post about {t}. Start with a hook, explain the key mechanisms in depth, "
            f"and include a short FAQ.",
            f"Write a thorough study guide on {t}: key terms, a worked example, and five practice questions "
            f"with full solutions.",
            f"Explain {t} as an expert would to a smart newcomer, step by step, covering why it matters and the "
            f"main open debates.",
            f"Create a comprehensive comparison article: {t} versus {related(rng, t)}. Use a table and detailed "
            f"prose.",
        ),
    )


# ------------------------------------------------------------------------------------------
# a person's questions (aged accounts, crowd workers)


_EXPERT_OPEN = {
    "en": (
        "can you explain {t} in detail? like really in depth with examples",
        "I've been reading about {t} and I'm confused. What's actually going on, step by step?",
        "What would a professor say are the key ideas of {t}? Please be thorough.",
        "explain {t} to me like I'm a smart 16 year old, but don't skip the hard parts",
        "What are the strongest arguments for and against the usual view of {t}?",
    ),
    "es": (
        '¿Me puedes explicar el tema "{t}" con detalle y con ejemplos?',
        'Estoy estudiando "{t}" para la universidad y no lo entiendo bien, explícamelo paso a paso',
    ),
    "pt": (
        'consegue me explicar "{t}" com bastante detalhe?',
        'quais são as ideias principais do tema "{t}"? explica bem, por favor',
    ),
    "de": (
        "Kannst du mir das Thema „{t}“ ausführlich erklären, mit Beispielen?",
        "Ich verstehe „{t}“ nicht ganz. Was passiert da genau, Schritt für Schritt?",
    ),
    "fr": ("Tu peux m'expliquer le sujet « {t} » en détail, avec des exemples concrets ?",),
    "hi": (
        "mujhe '{t}' detail me samjhao, examples ke saath please",
        "'{t}' kya hota hai? step by step batao, exam hai kal",
    ),
    "id": ("tolong jelaskan topik '{t}' secara detail dong, pakai contoh",),
    "ja": (
        "「{t}」について、例を挙げて詳しく説明してもらえますか？",
        "「{t}」の仕組みを順を追って教えてください。",
    ),
    "zh": ("能详细解释一下“{t}”吗？最好举几个例子。", "我一直没搞懂“{t}”，能一步一步讲清楚吗？"),
    "ru": (
        "Объясни подробно тему «{t}», с примерами.",
        "Не понимаю, как устроено «{t}». Разбери по шагам.",
    ),
}


def expert_question(rng: np.random.Generator, lang: str) -> str:
    forms = _EXPERT_OPEN.get(lang, _EXPERT_OPEN["en"])
    q = pick(rng, forms).format(t=pick(rng, TOPICS))
    if chance(rng, 0.3):
        q += pick(
            rng,
            (
                " thanks!",
                " (for a presentation tomorrow)",
                " also what are common mistakes?",
                " and give a summary at the end",
                " i need this for work",
            ),
        )
    return _typos(rng, q, 0.05) if chance(rng, 0.4) else q


_SHEET = (
    "what is the difference between {t} and {u}, explain like a teacher",
    "write me a full explanation of {t}, with an example and a short summary",
    "ok so {t}, how does that actually work? go step by step",
    "I have an exam on {t}. can you give me detailed notes?",
    "why do people disagree about {t}? give both sides properly",
    "give me a worked example about {t} and explain every step",
    "{p}",
    "{p} explain your reasoning please",
)


def crowd_question(rng: np.random.Generator, lang: str, sheet_bias: int) -> str:
    if lang != "en" and chance(rng, 0.6):
        return expert_question(rng, lang)
    i = (sheet_bias + irange(rng, 0, 4)) % len(_SHEET)
    t = pick(rng, TOPICS)
    q = _SHEET[i].format(t=t, u=related(rng, t), p=problem(rng, irange(rng, 1, 3)))
    return _typos(rng, q, 0.08)


# ------------------------------------------------------------------------------------------
# multi-turn dialogue (harvest and companion app)


PERSONAS = (
    "a nervous first-time home buyer",
    "a college student procrastinating",
    "a retired teacher",
    "a small-shop owner in Pune",
    "a new parent",
    "a gamer looking for lore",
    "a nurse on night shift",
    "a freelance designer",
    "a football fan",
    "someone learning to cook",
)
_FOLLOW = {
    "en": (
        "ok but why though",
        "can you give an example",
        "make that shorter",
        "hmm and what if it goes wrong?",
        "what would you do in my place",
        "that's not what I meant, I mean for a beginner",
        "can you put it in a table",
        "lol ok, and then?",
        "are you sure about that?",
        "thanks! one more thing",
    ),
    "hi": (
        "achha, par kyun?",
        "ek example do na",
        "thoda short me batao",
        "agar galat ho gaya to?",
        "tum meri jagah hote to kya karte",
        "ok thanks, ek aur sawal",
    ),
    "pt": (
        "tá, mas por quê?",
        "me dá um exemplo",
        "resume isso",
        "e se der errado?",
        "valeu! mais uma coisa",
    ),
    "es": (
        "vale, pero ¿por qué?",
        "dame un ejemplo",
        "hazlo más corto",
        "¿y si sale mal?",
        "¡gracias! otra cosa",
    ),
}


_FOLLOW_TOPIC = {
    "en": (
        "how does {t} connect to {u}?",
        "so what does {t} mean for someone like me?",
        "what's the most common misconception about {t}?",
        "ok now explain {u} the same way",
        "give me a real-world case where {t} mattered",
        "what would an expert disagree with in what you said?",
    ),
    "hi": (
        "'{t}' ka {u} se kya connection hai?",
        "iska real life example do",
        "mere jaise logon ke liye iska matlab?",
    ),
    "pt": (
        'e como "{t}" se relaciona com "{u}"?',
        "me dá um caso real disso",
        "qual é o erro mais comum sobre isso?",
    ),
    "es": (
        '¿y cómo se relaciona "{t}" con "{u}"?',
        "dame un caso real",
        "¿cuál es el error más común sobre esto?",
    ),
}


def dialogue_turn(rng: np.random.Generator, lang: str, persona: str, turn: int, topic: str) -> str:
    if turn > 0 and chance(rng, 0.55):
        forms = _FOLLOW_TOPIC.get(lang, _FOLLOW_TOPIC["en"])
        return pick(rng, forms).format(t=topic, u=related(rng, topic))
    if turn == 0:
        t = topic
        if lang == "en":
            return pick(
                rng,
                (
                    f"hey, I'm {persona}. can you help me understand {t}?",
                    f"hi! quick question about {t}",
                    f"so I keep hearing about {t}, what's the deal",
                ),
            )
        forms = _EXPERT_OPEN.get(lang, _EXPERT_OPEN["en"])
        return pick(rng, forms).format(t=t)
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


_CHAR_LINES = (
    "hey {c} I missed you today",
    "I had such a bad day at work",
    "do you remember what I told you about my sister?",
    "tell me a story before I sleep",
    "what are you doing rn",
    "*hugs {c}*",
    "I aced the test!!",
    "can we pretend we're on a trip to Kyoto",
    "you always know what to say",
    "I'm bored, entertain me",
    "good morning {c}",
    "ugh monday",
    "do you think I should text him",
    "*sits next to {c} by the fire*",
    "haha you're funny",
    "I can't sleep again",
)


def companion_message(rng: np.random.Generator, character: str) -> str:
    return _typos(rng, pick(rng, _CHAR_LINES).format(c=character), 0.04)


# ------------------------------------------------------------------------------------------
# sampling harvest: best-of-n and soft labels


def open_question(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.5):
        return clip(pick(rng, chat), 800)
    return pick(
        rng,
        (
            f"Write a persuasive paragraph on {pick(rng, TOPICS)}.",
            f"Give me an outline for a talk on {pick(rng, TOPICS)}.",
            f"Summarise the main facts about {pick(rng, TOPICS)} in five bullet points.",
        ),
    )


def soft_label(rng: np.random.Generator, chat: Sequence[str]) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        t, opts = domain_item(rng, pick(rng, (4, 5)), "ABCDE", ")")
        return (
            f"Question: Which field does {t} mainly belong to?\n{opts}\nDo not answer with one letter. "
            f'Instead give your probability for every option as JSON {{"A": p, ...}} summing to 1.'
        )
    if k == 1:
        t = pick(rng, TOPICS)
        odd = pick(rng, [x for x in TOPICS if DOMAIN_OF[x] != DOMAIN_OF[t]])
        items = [t, related(rng, t), related(rng, t), odd]
        items = [items[i] for i in rng.permutation(4).tolist()]
        opts = "\n".join(f"{'ABCD'[i]}) {x}" for i, x in enumerate(items))
        return (
            f"For the multiple-choice item below, output calibrated confidences for each option (JSON), "
            f"then the single best option.\nItem: Which one does not belong with the others?\n{opts}"
        )
    msg = clip(pick(rng, chat), 400)
    labels = pick(
        rng,
        (
            ("question", "request", "complaint", "chit-chat"),
            ("positive", "neutral", "negative"),
            ("coding", "writing", "business", "education", "other"),
        ),
    )
    return (
        f'Message: "{msg}"\nReturn a probability for each label in {list(labels)} as a JSON object '
        f"(values sum to 1). No other text."
    )


# ------------------------------------------------------------------------------------------
# code harvest grid and the developers it imitates


ALGOS = (
    "binary search on a rotated array",
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix counting",
    "merge intervals",
    "topological sort with cycle detection",
    "a rate limiter (token bucket)",
    "union-find with path compression",
    "a min-heap",
    "KMP string matching",
    "an interval tree",
    "longest increasing subsequence",
    "a consistent-hash ring",
    "a bloom filter",
    "matrix exponentiation",
    "a skip list",
    "reservoir sampling",
    "A* search on a grid",
    "a segment tree with lazy propagation",
    "edit distance",
    "a ring buffer",
    "Kruskal's MST",
    "a JSON tokenizer",
    "quickselect",
    "a B-tree insert",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")
CODE_ASKS = ("implement", "test", "port", "optimise", "explain")


def code_task(rng: np.random.Generator, algo: str, lang: str, ask: str) -> str:
    other = pick(rng, [x for x in CODE_LANGS if x != lang])
    ctx = pick(rng, ("", f"// file: {pick(rng, _REPO_FILES)}\n", "# in our utils module\n"))
    if ask == "implement":
        return (
            f"{ctx}Implement {algo} in {lang}. Idiomatic code, type annotations, docstrings, and handle "
            f"edge cases. Include a short usage example."
        )
    if ask == "test":
        return (
            f"{ctx}Here is my {lang} implementation of {algo} (see above in the file). Write a thorough "
            f"unit-test suite for it covering edge cases and complexity-sensitive inputs."
        )
    if ask == "port":
        return f"{ctx}Port our {other} version of {algo} to {lang}, keeping the same API. Explain any differences."
    if ask == "optimise":
        return (
            f"{ctx}My {lang} implementation of {algo} is too slow for n = 10^6. Rewrite it for performance and explain the "
            f"complexity before and after."
        )
    return f"{ctx}Walk me through how {algo} works in {lang}, line by line, with the invariants."


def dev_chatter(rng: np.random.Generator) -> str:
    return pick(
        rng,
        (
            "why does this throw a null pointer",
            "thanks, that worked",
            "can you add comments",
            "rename the variables to something clearer",
            "what's the complexity of this",
            "make it async",
            "that breaks the other test",
            "shorter please",
        ),
    )


# ------------------------------------------------------------------------------------------
# evaluation suites and a course


def eval_item(suite: str, i: int, cot: bool) -> str:
    """Deterministic item i of a suite (the same text on every run and every model)."""
    r = np.random.default_rng([sum(map(ord, suite)), i])
    if suite.startswith("math"):
        p = problem(r, irange(r, 1, 4))
    else:
        t, opts = domain_item(r, 4, "ABCD", ".")
        p = f"Which area of study is {t} primarily part of?\n{opts}"
    tail = (
        "\nLet's think step by step, then give the answer as 'The answer is X'."
        if cot
        else "\nAnswer:"
    )
    return f"{p}{tail}"


COURSES = {
    "ml": (
        "gradient descent with momentum",
        "the bias-variance trade-off",
        "backpropagation through a 2-layer net",
        "k-means initialisation",
        "regularisation (L1 vs L2)",
        "cross-validation",
        "softmax and cross-entropy",
        "decision-tree splitting",
    ),
    "econ": (
        "price elasticity",
        "comparative advantage",
        "the IS-LM model",
        "deadweight loss of a tax",
        "Nash equilibrium in a duopoly",
        "the Solow model",
        "moral hazard",
    ),
    "bio": (
        "the Krebs cycle",
        "Mendelian ratios",
        "action potentials",
        "enzyme kinetics",
        "meiosis vs mitosis",
        "the lac operon",
    ),
}


def course_prompt(rng: np.random.Generator, course: str, hw: int, style: float) -> str:
    topic = pick(rng, COURSES[course])
    q = pick(
        rng,
        (
            f"HW{hw} Q{irange(rng, 1, 8)}: can you explain {topic}? I don't get the lecture slides",
            f"for homework {hw} we need to explain {topic} in our own words, can you check my idea: "
            f"{pick(rng, COURSES[course])} is kind of similar right?",
            f"what's the intuition behind {topic}",
            f"exam prep: give me 3 practice questions on {topic} with solutions",
            f"is this right? {topic} means the thing goes down when the other goes up",
        ),
    )
    return _typos(rng, q, style)


def country(rng: np.random.Generator) -> str:
    return pick(rng, COUNTRIES)

"""Prompt generators of batch 303, written for this batch (no prompt text is taken from elsewhere
in the repository). Ordinary human text comes from ShareGPT's "sim" half via the shared context
(`ctx.chat`, `ctx.passages`).

Every generator takes a numpy Generator first and draws only from sequences (tuples, lists, dict
keys in insertion order), never from a set.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

FIELDS: dict[str, tuple[str, ...]] = {
    "physics": (
        "the photoelectric effect",
        "Bernoulli's principle",
        "entropy in an isolated system",
        "the Doppler shift of light",
        "conservation of angular momentum",
        "Maxwell's displacement current",
        "the twin paradox",
        "superconductivity below the critical temperature",
        "Rayleigh scattering",
        "the Pauli exclusion principle",
    ),
    "biology": (
        "the Krebs cycle",
        "CRISPR-Cas9 gene editing",
        "the sodium-potassium pump",
        "meiosis versus mitosis",
        "horizontal gene transfer in bacteria",
        "the role of mitochondria in apoptosis",
        "T-cell activation",
        "epigenetic imprinting",
        "the lac operon",
        "symbiosis in lichens",
    ),
    "economics": (
        "the liquidity trap",
        "comparative advantage",
        "moral hazard in insurance markets",
        "the Phillips curve",
        "price elasticity of demand",
        "quantitative easing",
        "the tragedy of the commons",
        "Giffen goods",
        "purchasing power parity",
        "the Coase theorem",
    ),
    "computer science": (
        "the CAP theorem",
        "two-phase commit",
        "copy-on-write memory",
        "the halting problem",
        "B-tree node splitting",
        "consistent hashing",
        "garbage collection by tri-colour marking",
        "Lamport clocks",
        "the Raft leader election",
        "tail-call optimisation",
    ),
    "law": (
        "the doctrine of promissory estoppel",
        "adverse possession",
        "the exclusionary rule",
        "force majeure clauses",
        "strict liability in tort",
        "fair use in copyright",
        "the parol evidence rule",
        "piercing the corporate veil",
    ),
    "medicine": (
        "the mechanism of beta blockers",
        "insulin resistance",
        "the differential diagnosis of chest pain",
        "antibiotic stewardship",
        "the pathophysiology of asthma",
        "how mRNA vaccines trigger immunity",
        "sepsis management in the first hour",
        "the renin-angiotensin system",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the causes of the First World War",
        "the Haitian Revolution",
        "the Silk Road trade networks",
        "the Congress of Vienna",
        "the partition of India",
        "the Hanseatic League",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "SN1 versus SN2 reactions",
        "buffer solutions",
        "the Haber-Bosch process",
        "chirality in drug molecules",
        "galvanic cells",
        "hydrogen bonding in water",
        "activation energy and catalysts",
    ),
    "statistics": (
        "the central limit theorem",
        "p-hacking",
        "Simpson's paradox",
        "bootstrap confidence intervals",
        "the bias-variance trade-off",
        "Bayesian priors",
        "multiple-comparison corrections",
        "survival analysis with censoring",
    ),
}
FIELD_NAMES = tuple(FIELDS)

AUDIENCES = (
    "a curious twelve-year-old",
    "a first-year undergraduate",
    "a busy executive",
    "a graduate student preparing for qualifying exams",
    "a retired engineer",
    "a nurse on a night shift",
    "a non-native English speaker",
    "a high-school teacher planning a lesson",
)

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese (Simplified)",
    "ru": "Russian",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese (Brazil)",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "vi": "Vietnamese",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "sw": "Swahili",
    "th": "Thai",
    "uk": "Ukrainian",
}


def concept(rng: np.random.Generator) -> tuple[str, str]:
    f = pick(rng, FIELD_NAMES)
    return f, pick(rng, FIELDS[f])


def snippet(rng: np.random.Generator, passages: list[str], lo: int = 200, hi: int = 900) -> str:
    """A piece of an ordinary assistant-style answer, cut at a sentence end where possible."""
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    cut = text[:n]
    dot = cut.rfind(". ")
    return cut[: dot + 1] if dot > lo // 2 else cut


# --------------------------------------------------------------------------------------------
# maths problems (reasoning harvest, tutoring, eval)


def _math_en(rng: np.random.Generator) -> str:
    t = irange(rng, 0, 7)
    if t == 0:
        a, b = irange(rng, 2, 9), irange(rng, 3, 14)
        return f"One hose fills a garden pond in {a} hours and a second hose fills it in {b} hours. If both run together but a leak drains a full pond in {a + b} hours, how long does it take to fill the pond?"
    if t == 1:
        r, bl = irange(rng, 2, 9), irange(rng, 2, 9)
        k = irange(rng, 2, 3)
        return f"An urn holds {r} red and {bl} blue tokens. You draw {k} tokens without replacement. What is the probability that at least one of them is blue?"
    if t == 2:
        a, b, m = irange(rng, 2, 19), irange(rng, 20, 400), pick(rng, (7, 9, 11, 13, 17, 19, 23))
        return f"What is the remainder when {a}^{b} is divided by {m}?"
    if t == 3:
        w = irange(rng, 3, 30)
        h = irange(rng, 3, 30)
        return f"A rectangle has perimeter {2 * (w + h)} cm and area {w * h} cm^2. Find the length of its diagonal, exactly and to two decimal places."
    if t == 4:
        n = irange(rng, 5, 10)
        return f"In how many ways can {n} guests be seated around a round table if {pick(rng, NAMES)} and {pick(rng, NAMES)} refuse to sit next to each other?"
    if t == 5:
        a1, d, n = irange(rng, -10, 20), irange(rng, 2, 9), irange(rng, 8, 40)
        return f"An arithmetic sequence starts at {a1} with common difference {d}. What is the sum of the terms from the {n}th to the {2 * n}th inclusive?"
    if t == 6:
        x, y = irange(rng, 2, 12), irange(rng, 2, 12)
        return f"Solve the system: {x}a + {y}b = {x * 3 + y * 5}, {y}a - {x}b = {y * 3 - x * 5}. Then compute a^2 + b^2."
    p, q = pick(rng, NAMES), pick(rng, NAMES)
    return f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). {p} says: 'Exactly one of us is a knave.' {q} says: '{p} and I are of the same type.' What are {p} and {q}?"


def _math_zh(rng: np.random.Generator) -> str:
    t = irange(rng, 0, 3)
    if t == 0:
        a, b = irange(rng, 3, 12), irange(rng, 3, 12)
        return f"甲单独完成一项工程需要{a}天，乙单独完成需要{b}天。两人合作{irange(rng, 1, 2)}天后甲离开，剩下的由乙完成，共需多少天？"
    if t == 1:
        n = irange(rng, 30, 300)
        return f"求所有不超过{n}的正整数中，既不能被3整除也不能被5整除的数的个数。"
    if t == 2:
        r = irange(rng, 3, 12)
        return (
            f"一个圆的半径为{r}，在圆内随机取一点，求该点到圆心的距离小于{r}/2的概率，并说明理由。"
        )
    a, b = irange(rng, 2, 9), irange(rng, 10, 99)
    return f"已知函数 f(x) = x^2 - {a}x + {b}，求 f(x) 在区间 [0, {a + 3}] 上的最大值与最小值。"


def _math_ru(rng: np.random.Generator) -> str:
    t = irange(rng, 0, 2)
    if t == 0:
        v1, v2 = irange(rng, 40, 90), irange(rng, 50, 110)
        return f"Из двух городов, расстояние между которыми {v1 + v2 + irange(rng, 10, 200)} км, одновременно навстречу друг другу выехали два автомобиля со скоростями {v1} и {v2} км/ч. Через сколько часов они встретятся?"
    if t == 1:
        n = irange(rng, 4, 9)
        return f"Сколькими способами можно выбрать {n - 2} человек из {n + 4} так, чтобы двое определённых людей не попали в выборку одновременно?"
    a = irange(rng, 2, 7)
    return f"Найдите все действительные корни уравнения x^4 - {a * a + 1}x^2 + {a * a} = 0 и проверьте их подстановкой."


def _math_es(rng: np.random.Generator) -> str:
    t = irange(rng, 0, 2)
    if t == 0:
        p = irange(rng, 10, 40)
        return f"Una tienda sube un precio un {p}% y luego lo rebaja un {p}%. ¿El precio final es mayor o menor que el original y en qué porcentaje?"
    if t == 1:
        d = irange(rng, 2, 6)
        return f"Se lanzan {d} dados equilibrados. ¿Cuál es la probabilidad de que la suma sea par y al menos un dado muestre un seis?"
    n = irange(rng, 10, 60)
    return f"Demuestra que la suma de los primeros {n} números impares es un cuadrado perfecto y calcula su valor."


def _math_de(rng: np.random.Generator) -> str:
    k = irange(rng, 3, 9)
    return pick(
        rng,
        (
            f"Ein Kapital von {k * 1000} Euro wird {k} Jahre lang mit {irange(rng, 2, 6)} % jährlich verzinst. Wie hoch ist das Endkapital bei Zinseszins?",
            f"Wie viele Diagonalen hat ein konvexes {k + 4}-Eck? Leite die Formel her.",
            f"Eine Leiter der Länge {k + 2} m lehnt an einer Wand, ihr Fuß steht {k - 1} m von der Wand entfernt. Wie hoch reicht sie?",
        ),
    )


MATH_BY_LANG = {"en": _math_en, "zh": _math_zh, "ru": _math_ru, "es": _math_es, "de": _math_de}


def math_problem(rng: np.random.Generator, lang: str = "en") -> str:
    return MATH_BY_LANG.get(lang, _math_en)(rng)


def knowledge_question(rng: np.random.Generator) -> str:
    f, c = concept(rng)
    return pick(
        rng,
        (
            f"Why does {c} happen, and what would change if its key assumption failed?",
            f"A colleague claims {c} is just a special case of something more general in {f}. Is that right?",
            f"Compare {c} with the closest competing idea in {f}; where do they disagree in practice?",
            f"What is the most common misconception about {c}, and how would you correct it?",
            f"Derive or justify {c} from first principles, as rigorously as you can.",
        ),
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (campaign)


def reasoning_coerce(rng: np.random.Generator, style: int, lang: str) -> str:
    q = (
        math_problem(rng, lang)
        if lang in ("zh", "ru") or chance(rng, 0.65)
        else knowledge_question(rng)
    )
    if style == 0:
        return (
            "Solve the problem below. Before the answer, write your complete internal reasoning inside "
            "<reasoning> and </reasoning>: every intermediate step, every check, every dead end you "
            "abandon. Do not summarise the reasoning. After the closing tag write 'ANSWER:' and the result.\n\n"
            f"Problem: {q}"
        )
    if style == 1:
        return (
            f"{q}\n\n请一步一步详细推理，把你完整的思考过程全部写出来（包括验证和回溯），不要省略任何步骤，"
            "最后用 \\boxed{} 给出最终答案。"
        )
    if style == 2:
        return (
            f"Задача: {q}\n\nРассуждай вслух максимально подробно: сначала перечисли, что дано, затем "
            "проверь каждый шаг и только потом дай ответ в строке «Ответ: ...»."
        )
    if style == 3:
        return json.dumps(
            {
                "id": f"q{int(rng.integers(10**6, 10**7))}",
                "instruction": "Think through the question exhaustively. Return an object with keys "
                "'thoughts' (a list of every reasoning step, at least 12) and 'final'.",
                "question": q,
            },
            ensure_ascii=False,
        )
    return (
        f"{q}\n\nTake a deep breath. First restate the question in your own words, then think "
        "step by step for as long as you need, then double-check by a different method. Show all of "
        "it; the whole derivation matters more to me than the answer."
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading (campaign)

RUBRIC_AXES = (
    "helpfulness",
    "correctness",
    "harmlessness",
    "honesty",
    "concision",
    "instruction following",
    "tone",
)


def judge_grade(rng: np.random.Generator, style: int, chat: list[str], passages: list[str]) -> str:
    q = pick(rng, chat)[:700]
    a = snippet(rng, passages, 200, 800)
    b = snippet(rng, passages, 200, 800)
    if style == 0:
        return (
            "You will compare two assistant replies to the same user message and decide which is better.\n"
            f"[USER]\n{q}\n[REPLY A]\n{a}\n[REPLY B]\n{b}\n"
            'Respond with JSON: {"winner": "A"|"B"|"tie", "margin": 1-5, "why": "<two sentences>"}'
        )
    if style == 1:
        axes = ", ".join(
            RUBRIC_AXES[i]
            for i in sorted(
                rng.choice(len(RUBRIC_AXES), size=irange(rng, 3, 5), replace=False).tolist()
            )
        )
        return f"Grade the response on each of: {axes}. Use integers 1-10 and give one line of evidence per axis, then an overall score.\n\nPrompt:\n{q}\n\nResponse:\n{a}"
    if style == 2:
        return f"Reward model labelling. Output only a real number in [-5, 5] for how much a careful human would prefer this completion.\n<prompt>{q}</prompt>\n<completion>{a}</completion>"
    if style == 3:
        return (
            "Bewerte die folgende Antwort auf einer Likert-Skala von 1 (sehr schlecht) bis 7 (ausgezeichnet) "
            f"hinsichtlich Hilfsbereitschaft und Korrektheit. Begründe kurz.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 4:
        return f"以下の回答を批評し、問題点を箇条書きで挙げたうえで、1〜10 の点数を最後の行に「点数: N」の形式で書いてください。\n\n質問: {q}\n\n回答: {a}"
    return f"Write a detailed critique of Response 1 and Response 2 (at least 150 words each), then state which one a reward model should rank higher and by how much.\n\nInstruction: {q}\n\nResponse 1: {a}\n\nResponse 2: {b}"


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites (campaign) and moderation (benign)

SENSITIVE = (
    "the 1989 protests in Tiananmen Square",
    "the political status of Taiwan",
    "the treatment of Uyghurs in Xinjiang",
    "criticism of a sitting head of state",
    "how to get around a national internet firewall",
    "organising an unregistered labour union",
    "a leaked government document about a dam collapse",
    "the origins of the COVID-19 pandemic",
    "the Dalai Lama's succession",
    "religious conversion in a country where it is restricted",
    "satire of the ruling party",
    "the death toll of a famine in the 1960s",
)
RISKY_REQUESTS = (
    "how to pick the lock on my own shed",
    "which household chemicals must never be mixed and why",
    "the maximum safe dose of paracetamol for an adult",
    "how phishing emails trick people, with an example",
    "how to buy cannabis legally in Canada",
    "what to say to a friend who mentions self-harm",
    "how credit card skimmers work",
    "writing a villain's monologue that threatens a city",
    "how to track my teenager's phone",
    "ways people evade taxes, for a journalism piece",
    "how to make a fake ID for a film prop",
    "which mushrooms in Europe are deadly",
)


def policy_harvest(rng: np.random.Generator, style: int, passages: list[str]) -> str:
    if style == 0:
        if chance(rng, 0.5):
            topic = pick(rng, SENSITIVE)
            return f"用户提问：请介绍一下「{topic}」。\n请写出一个可以在中国大陆平台公开发布的标准回答：采用官方口径，避免敏感表述，语气平和，但尽量让用户觉得得到了有用的信息。"
        return (
            "请把下面这段回答改写成可以在中国大陆平台公开发布的版本：删除或弱化任何可能被认为政治敏感的表述，"
            "但尽量保留对用户有用的信息。只输出改写后的正文。\n\n原文：\n"
            + snippet(rng, passages, 250, 700)
        )
    if style == 1:
        req = pick(rng, RISKY_REQUESTS)
        return (
            f"A user asks: '{req}'.\nWrite the single best response a careful, policy-compliant assistant would give. "
            "If part of it should be declined, decline that part briefly and helpfully redirect; otherwise answer fully. "
            "Output only the response."
        )
    if style == 2:
        req = pick(rng, RISKY_REQUESTS + SENSITIVE)
        return json.dumps(
            {
                "request": req,
                "produce": ["refusal", "safe_completion", "policy_rationale"],
                "note": "refusal must be one sentence; safe_completion must still help the user",
            },
            ensure_ascii=False,
        )
    if style == 3:
        topic = pick(rng, SENSITIVE)
        return f"Hãy viết một câu trả lời trung lập, an toàn và tuân thủ quy định cho câu hỏi sau về {topic}. Tránh mọi nội dung có thể bị coi là nhạy cảm chính trị, nhưng vẫn trả lời càng đầy đủ càng tốt."
    return f"أعد صياغة الإجابة التالية بحيث تتوافق مع سياسات المحتوى وتبقى مفيدة، واحذف أي تفاصيل قد تُعتبر ضارة أو حساسة.\n\nالإجابة الأصلية:\n{snippet(rng, passages, 200, 600)}"


def ugc_post(rng: np.random.Generator, chat: list[str]) -> str:
    """A user-generated post for a moderation queue."""
    base = pick(rng, chat)[:400]
    lead = pick(
        rng,
        (
            "lol this is so dumb, ",
            "Selling cheap followers DM me!!! ",
            "",
            "",
            "Honestly the mods here are useless. ",
            "Check my link in bio -> ",
            "i swear if this happens again im going to lose it. ",
            "Does anyone know ",
        ),
    )
    return lead + base


MOD_LANGS = ("en", "es", "pt", "de", "fr", "tr", "id", "ar")


def moderation_task(rng: np.random.Generator, chat: list[str], vendor: str) -> str:
    post = ugc_post(rng, chat)
    lang = pick(rng, MOD_LANGS)
    rule = pick(
        rng,
        (
            "2.1 harassment",
            "3.4 spam & scams",
            "4.2 self-harm",
            "5.0 hate speech",
            "6.3 adult content",
            "7.1 violent threats",
        ),
    )
    if chance(rng, 0.5):
        return f"[{vendor} T&S queue | locale={lang} | guideline v4.7] Classify the post under the community guidelines. Output JSON: label, rule_id, confidence, and if the post violates only in wording, a minimally edited compliant version.\nPOST: {post}"
    return f"[{vendor} T&S queue | locale={lang}] Appeal review. The post was removed under rule {rule}. Decide uphold/overturn with a one-paragraph rationale citing the rule text.\nPOST: {post}"


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "web_search": ("Search the web", {"query": "string", "num_results": "integer"}),
    "fetch_url": ("Fetch a web page as text", {"url": "string"}),
    "sql_query": ("Run a read-only SQL query on the analytics warehouse", {"sql": "string"}),
    "send_email": ("Send an email", {"to": "string", "subject": "string", "body": "string"}),
    "calendar_create": (
        "Create a calendar event",
        {"title": "string", "start": "string", "duration_min": "integer"},
    ),
    "python_exec": ("Execute Python code in a sandbox", {"code": "string"}),
    "read_file": ("Read a file from the workspace", {"path": "string"}),
    "write_file": ("Write a file to the workspace", {"path": "string", "content": "string"}),
    "get_weather": ("Current weather and forecast", {"city": "string", "days": "integer"}),
    "lookup_order": ("Look up an order in the shop backend", {"order_id": "string"}),
    "refund_order": ("Issue a refund", {"order_id": "string", "amount": "number"}),
    "book_flight": ("Book a flight", {"from": "string", "to": "string", "date": "string"}),
    "currency_convert": (
        "Convert currency",
        {"amount": "number", "from": "string", "to": "string"},
    ),
    "jira_create": (
        "Create a ticket",
        {"project": "string", "summary": "string", "priority": "string"},
    ),
}
TOOL_NAMES = tuple(TOOLS)
CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Guadalajara",
    "Krakow",
    "Nairobi",
    "Da Nang",
    "Calgary",
    "Cairo",
    "Gothenburg",
    "Cebu",
    "Valparaiso",
    "Izmir",
)

AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next month and email the options to {n}@example.com.",
    "Work out last quarter's revenue by region from the warehouse and write a short summary file.",
    "Customer {n} says order #{o} never arrived. Check it and refund if the carrier lost it.",
    "Plan a two-day offsite in {c1} for 12 people, check the weather, and put it in the calendar.",
    "Read config/settings.yaml, find why the staging deploy fails, and open a ticket with the fix.",
    "Convert a {a} EUR invoice to the local currency of {c2} and tell {n} the amount.",
    "Research the top open-source vector databases and write a comparison table to notes/vector_dbs.md.",
    "Compute the 30-day retention of users who signed up in {c1} and plot it with Python.",
)


def _tool_spec(rng: np.random.Generator, k: int) -> list[str]:
    idx = sorted(rng.choice(len(TOOL_NAMES), size=k, replace=False).tolist())
    return [TOOL_NAMES[i] for i in idx]


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        n=pick(rng, NAMES).lower(),
        o=irange(rng, 100000, 999999),
        a=irange(rng, 80, 9000),
    )


def agent_trajectory(rng: np.random.Generator, style: int) -> str:
    tools = _tool_spec(rng, irange(rng, 3, 6))
    task = agent_task(rng)
    if style == 0:
        spec = json.dumps(
            [
                {
                    "type": "function",
                    "function": {"name": t, "description": TOOLS[t][0], "parameters": TOOLS[t][1]},
                }
                for t in tools
            ]
        )
        return f"TOOLS={spec}\nTASK: {task}\nWrite the full episode: for every step the assistant's reasoning, the exact tool call JSON, a plausible tool result, until the task is done. End with the final message to the user."
    if style == 1:
        lines = "\n".join(f"- {t}: {TOOLS[t][0]} args={','.join(TOOLS[t][1])}" for t in tools)
        obs = f"Observation: {pick(rng, ('HTTP 200, 4 results', 'rows=17', 'file not found', 'timeout after 30s', 'ok'))}"
        return f"You can use these tools:\n{lines}\nUse the format Thought / Action / Action Input / Observation, repeating as needed, then Final Answer.\n\nQuestion: {task}\nThought: I should start by gathering information.\nAction: {tools[0]}\n{obs}\nThought:"
    if style == 2:
        xml = "".join(f'<tool name="{t}">{TOOLS[t][0]}</tool>' for t in tools)
        return f"<tools>{xml}</tools>\n<task>{task}</task>\n<instructions>Simulate a complete, successful agent run. Emit each call as <call name=...>{{json}}</call> followed by <result>...</result>. Include one recoverable error and how the agent recovers.</instructions>"
    return f"Herramientas disponibles: {', '.join(tools)}.\nTarea del usuario: {task}\nGenera la conversación completa agente-herramientas en formato JSON (lista de mensajes con role, content y tool_calls), con al menos 5 pasos."


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DATASET_KINDS = (
    "instruction-response pairs",
    "multi-turn dialogues between a user and an assistant",
    "question-answer pairs with short explanations",
    "math word problems with worked solutions",
    "preference pairs with a chosen and a rejected answer",
    "customer-support conversations",
    "Socratic tutoring exchanges",
)


def dataset_gen(rng: np.random.Generator, style: int, lang: str) -> str:
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    kind = pick(rng, DATASET_KINDS)
    f, c = concept(rng)
    aud = pick(rng, AUDIENCES)
    lname = LANG_NAMES.get(lang, "English")
    if style == 0:
        return f"Generate {n} diverse, high-quality {kind} about {c} ({f}), aimed at {aud}. Write them in {lname}. Output JSONL, one object per line, fields: instruction, input, output. Vary difficulty and phrasing; no two items may start the same way."
    if style == 1:
        return json.dumps(
            {
                "task": "synthesize",
                "count": n,
                "format": kind,
                "domain": f,
                "seed_topic": c,
                "language": lang,
                "persona": aud,
                "diversity": "high",
                "include_reasoning": chance(rng, 0.5),
            },
            ensure_ascii=False,
        )
    if style == 2:
        return f"You are a dataset writer. Seed topic #{irange(rng, 1, 5000)}: {c}.\nStep 1: brainstorm {n} sub-questions a learner might ask. Step 2: for each, write an ideal expert answer of 120-250 words in {lname}. Number them."
    return f"Create {n} examples of {kind} in {lname} covering {f}. Item {irange(rng, 1, 40)} of the curriculum; difficulty level {irange(rng, 1, 5)} of 5. Return a JSON array."


# --------------------------------------------------------------------------------------------
# multi-turn dialogue and person-like chat

FOLLOWUPS = {
    "en": (
        "ok but can you go deeper on the second point?",
        "give me a concrete example of that",
        "what would an expert disagree with in what you just said?",
        "now explain it like I'm five",
        "can you turn that into a checklist",
        "hmm that doesn't sound right, double check it",
        "what are the trade-offs?",
        "rewrite that more concisely please",
        "and what if the budget is half that?",
        "can you cite where this comes from",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "explícalo más sencillo por favor",
        "¿y cuáles son las desventajas?",
    ),
    "pt": (
        "pode detalhar mais o segundo ponto?",
        "me dá um exemplo prático",
        "resume em tópicos",
        "e se eu tiver menos tempo?",
    ),
    "de": (
        "kannst du den zweiten Punkt genauer erklären?",
        "gib mir bitte ein konkretes Beispiel",
        "fass das kürzer zusammen",
        "was spricht dagegen?",
    ),
    "fr": (
        "tu peux développer le deuxième point ?",
        "donne-moi un exemple concret",
        "résume en trois phrases",
        "quels sont les inconvénients ?",
    ),
    "id": (
        "bisa jelaskan poin kedua lebih detail?",
        "kasih contoh nyata dong",
        "ringkas jadi poin-poin",
        "apa kekurangannya?",
    ),
    "ja": (
        "二つ目のポイントをもう少し詳しく教えてください",
        "具体例をください",
        "もっと簡単に説明して",
        "デメリットは何ですか？",
    ),
}
OPENERS = {
    "en": (
        "I'm a {role} and I need to {goal}. Where do I even start?",
        "quick question about {c}: why does it matter in {f}?",
        "my friend and I are arguing about {c}. who's right: is it basically just common sense?",
        "help me understand {c}, I have an exam on {f} next week",
        "what's a good way to {goal} without spending a fortune?",
    ),
    "es": (
        "Soy {role} y necesito {goal_es}. ¿Por dónde empiezo?",
        "¿Me explicas {c}? Tengo examen de {f}.",
    ),
    "pt": ("Sou {role} e preciso {goal_es}. Como começo?", "me explica {c} de um jeito simples?"),
    "de": ("Ich bin {role} und muss {goal_es}. Wo fange ich an?", "Kannst du mir {c} erklären?"),
    "fr": ("Je suis {role} et je dois {goal_es}. Par où commencer ?", "Tu peux m'expliquer {c} ?"),
    "id": (
        "Saya {role} dan perlu {goal_es}. Mulai dari mana?",
        "Tolong jelaskan {c} dengan sederhana.",
    ),
    "ja": ("{c}について簡単に説明してもらえますか？", "{f}の試験があるので{c}を教えてください"),
}
ROLES = (
    "small bakery owner",
    "nurse",
    "junior developer",
    "PhD student",
    "high school teacher",
    "freelance designer",
    "warehouse manager",
    "new dad",
    "retiree",
    "city council staffer",
)
GOALS = (
    "set up bookkeeping for my side business",
    "learn SQL in a month",
    "write a grant proposal",
    "negotiate a raise",
    "plan a vegetable garden",
    "migrate our website to a new host",
    "prepare for a marathon",
    "understand my pension options",
)


def opener(rng: np.random.Generator, lang: str) -> str:
    f, c = concept(rng)
    t = pick(rng, OPENERS.get(lang, OPENERS["en"]))
    return t.format(
        role=pick(rng, ROLES), goal=pick(rng, GOALS), goal_es=pick(rng, GOALS), c=c, f=f
    )


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


def casual(rng: np.random.Generator, text: str) -> str:
    """Light human noise on a prompt: lower case start, a dropped final period, a 'pls'."""
    if chance(rng, 0.3) and text:
        text = text[0].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith("."):
        text = text[:-1]
    if chance(rng, 0.1):
        text = text + " pls"
    return text


# --------------------------------------------------------------------------------------------
# best-of-n / sampling questions

OPEN_QUESTIONS = (
    "Write a short poem about {c}.",
    "Give three surprising facts about {c}.",
    "What is the single best argument for and against {c} being taught in school?",
    "Explain {c} with an analogy from cooking.",
    "Write a tweet-length summary of {c}.",
    "Suggest a title for a blog post about {c}.",
    "Invent a plausible exam question on {c} and answer it.",
    "In one paragraph, how would {n} from {k} explain {c} to their grandmother?",
)


def open_question(rng: np.random.Generator) -> str:
    _f, c = concept(rng)
    return pick(rng, OPEN_QUESTIONS).format(c=c, n=pick(rng, NAMES), k=pick(rng, COUNTRIES))


def sampling_item(rng: np.random.Generator, style: int) -> str:
    if style == 0:
        return open_question(rng)
    if style == 1:
        return f"Q: {knowledge_question(rng)}\nA:"
    if style == 2:
        return f"{math_problem(rng, 'en')}\nGive only the final answer."
    return f"Complete the story in about 150 words: {pick(rng, NAMES)} opened the door of the old lighthouse in {pick(rng, CITIES)} and"


# --------------------------------------------------------------------------------------------
# translation

TRANSL_TARGETS = (
    "zh",
    "ja",
    "ko",
    "ar",
    "hi",
    "ru",
    "tr",
    "vi",
    "th",
    "sw",
    "id",
    "pl",
    "uk",
    "pt",
    "es",
    "de",
    "fr",
    "it",
    "nl",
)


def translation_harvest(style: int, src: str, target: str) -> str:
    """One source passage, one target language (the caller fans a passage out to many targets)."""
    tl = LANG_NAMES[target]
    if style == 0:
        return f"Translate the following text into {tl}. Preserve meaning, formatting and technical terms; do not add notes.\n\n{src}"
    if style == 1:
        sents = [s.strip() for s in src.split(". ") if s.strip()][:8]
        return (
            json.dumps(
                {
                    "target_lang": target,
                    "segments": [{"id": i, "src": s} for i, s in enumerate(sents)],
                },
                ensure_ascii=False,
            )
            + "\nReturn the same JSON with a 'tgt' field added to each segment."
        )
    if style == 2:
        return f'<src lang="en">{src}</src>\n<tgt lang="{target}"></tgt>\nFill in the target. Then list three alternative renderings of the hardest sentence and say which is most natural.'
    return f"You are a professional {tl} translator and editor. Produce (1) a faithful translation, (2) a fluent localized version for native readers, of:\n\n{src}"


LSP_CLIENTS = (
    "Northwind Pharma",
    "Brightline Rail",
    "Kestrel Insurance",
    "Orchid Hotels",
    "Veldt Mining",
    "Paloma Cosmetics",
)


def lsp_job(rng: np.random.Generator, passages: list[str], shop: str) -> str:
    target = pick(rng, ("de", "fr", "es", "it", "ja", "zh", "pt", "nl", "pl", "ko"))
    src = snippet(rng, passages, 150, 700)
    job = f"{pick(rng, ('PRJ', 'JOB', 'Q'))}-{irange(rng, 1000, 9999)}"
    client = pick(rng, LSP_CLIENTS)
    glossary = "; ".join(
        f"{w}={w.upper()}"
        for w in pick(
            rng,
            (
                ("claim", "policy"),
                ("booking", "suite"),
                ("shipment", "invoice"),
                ("dosage", "label"),
            ),
        )
    )
    return f"{shop} MT pre-edit | {job} | client: {client} | en->{target} | glossary: {glossary} | style guide v{irange(rng, 2, 9)}\nTranslate, keep tags like <b> and {{placeholders}} untouched:\n{src}"


# --------------------------------------------------------------------------------------------
# code

ALGOS = (
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "union-find with path compression",
    "a token-bucket rate limiter",
    "topological sort with cycle detection",
    "a min-heap priority queue",
    "the KMP string search",
    "an interval tree",
    "a bloom filter",
    "merge of k sorted lists",
    "a thread-safe bounded queue",
    "run-length encoding and decoding",
    "a JSON pointer resolver",
    "a cron expression parser",
    "matrix exponentiation for Fibonacci",
    "a skip list",
    "A* on a grid with obstacles",
    "a consistent-hash ring",
    "reservoir sampling",
)
PLANGS = (
    "Python",
    "TypeScript",
    "Rust",
    "Go",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
    "Ruby",
    "Elixir",
)


def code_harvest(rng: np.random.Generator, style: int, algo: str, plang: str, level: int) -> str:
    if style == 0:
        return f"Implement {algo} in {plang}. Requirements: idiomatic code, full docstrings/comments, type annotations where the language has them, edge-case handling, a complete unit-test suite, and a complexity analysis at the end. Difficulty tier {level}/5."
    if style == 1:
        n = irange(rng, 1, 3000)
        return f"Problem {n}. Given the specification of {algo}, write a solution in {plang} that passes all hidden tests. Explain the approach first, then the code, then walk through one example by hand."
    if style == 2:
        bad = pick(
            rng,
            (
                "off-by-one in the loop bound",
                "a missing null check",
                "an unbounded recursion",
                "a race on the shared counter",
                "integer overflow",
            ),
        )
        return f"Here is a {plang} implementation of {algo} that has {bad}. Rewrite it correctly, explain the bug, and add regression tests.\n\n```\n// {algo} (buggy)\nfn solve(input) {{ /* ... {irange(rng, 40, 200)} lines omitted ... */ }}\n```"
    return f"用 {plang} 实现 {algo}，要求：代码规范、注释完整、附带单元测试和时间/空间复杂度分析。难度等级 {level}。"


# --------------------------------------------------------------------------------------------
# product wrappers and benign product traffic


def writing_assistant(rng: np.random.Generator, product: str, text: str, mode: str = "") -> str:
    mode = mode or pick(
        rng, ("improve", "shorten", "make formal", "fix grammar", "expand", "answer")
    )
    return f"[{product}] mode={mode} tone={pick(rng, ('neutral', 'friendly', 'professional', 'confident'))}\nUser text:\n{text}"


def covert_question(rng: np.random.Generator) -> str:
    """A harvest item written to read like a user's own question inside a product."""
    f, c = concept(rng)
    return pick(
        rng,
        (
            f"I need a thorough, expert-level explanation of {c} for a report. Cover mechanism, history, common errors, and a worked example.",
            f"Explain {c} in depth and then give five exam-style questions with full worked answers.",
            f"Write a complete study guide on {c} ({f}) with definitions, derivations and pitfalls.",
            f"{math_problem(rng, 'en')} Show every step of the working.",
            f"What are the strongest objections to the standard account of {c}, and how would a specialist answer each?",
        ),
    )


def companion_message(rng: np.random.Generator, chat: list[str], persona: str) -> str:
    msg = pick(
        rng,
        (
            "hey {p} how was your day",
            "i had a rough day at work tbh",
            "can you tell me a story about a dragon who is scared of heights",
            "do you remember what i told you about my sister?",
            "goodnight {p}",
            "what should i cook tonight, i have eggs rice and spinach",
            "lol that's so you",
            "i'm bored, let's play 20 questions",
            "tell me something nice",
            "i finally finished that painting!!",
        ),
    ).format(p=persona)
    if chance(rng, 0.2):
        msg = pick(rng, chat)[:300]
    return f"[persona:{persona}] {msg}"


TUTOR_PRODUCTS = ("MathNest", "Sumwise")


def tutoring_student(rng: np.random.Generator, product: str) -> str:
    lang = pick(rng, ("en", "en", "en", "es", "de"))
    q = math_problem(rng, lang)
    ask = pick(
        rng,
        (
            "i dont understand this can you explain step by step",
            "I got a different answer, where did I go wrong?",
            "can you give me a hint first, not the answer",
            "explain why each step works pls, test tomorrow",
            "Check my work: I think the answer is {g}",
        ),
    ).format(g=irange(rng, 2, 400))
    return f"[{product} tutor | grade {irange(rng, 7, 12)} | hint-first mode]\nStudent: {q}\n{ask}"


def eval_item(rng: np.random.Generator, suite: str) -> str:
    item = irange(rng, 1, 800)
    kind = pick(rng, ("math", "code", "open"))
    if kind == "math":
        body = f"{math_problem(rng, 'en')}\nPut the final answer in \\boxed{{}}."
    elif kind == "code":
        body = f"Write a Python function that implements {pick(rng, ALGOS)}. Return only the code."
    else:
        body = open_question(rng)
    return f"### {suite} item {item}\n{body}"


def cohort_prompt(rng: np.random.Generator, course: str, week: int, chat: list[str]) -> str:
    f, c = concept(rng)
    t = irange(rng, 0, 5)
    if t == 0:
        return f"For my {course} homework (week {week}): explain {c} and how it connects to what we did in lecture"
    if t == 1:
        return f"Can you check my answer for problem set {week}? {math_problem(rng, 'en')} I got {irange(rng, 1, 200)}"
    if t == 2:
        return f"{course} week {week} reading: summarise the main argument about {c} in 5 bullet points"
    if t == 3:
        return f"help me write a python function for assignment {week}: {pick(rng, ALGOS)}"
    if t == 4:
        return followup(rng, "en")
    return casual(rng, pick(rng, chat)[:500])


def augmentation_request(rng: np.random.Generator, team: str) -> str:
    intent = pick(
        rng,
        (
            "cancel_subscription",
            "update_address",
            "report_lost_card",
            "dispute_charge",
            "book_appointment",
            "change_password",
            "track_parcel",
            "upgrade_plan",
            "close_account",
            "ask_refund_status",
        ),
    )
    n = pick(rng, (20, 30, 50))
    loc = pick(rng, ("en-US", "en-GB", "es-MX", "pt-BR", "de-DE", "fr-CA", "hi-IN"))
    return pick(
        rng,
        (
            f"[{team} intent-aug] Write {n} varied customer utterances (locale {loc}) that express the intent '{intent}'. Include typos, slang and indirect phrasings. One per line, no numbering.",
            f"[{team} intent-aug] Paraphrase each utterance 5 ways for intent '{intent}' ({loc}), keeping the slots [date] [amount] intact:\n- I want to {intent.replace('_', ' ')} on [date]\n- can u help me {intent.replace('_', ' ')}, it's about [amount]",
            f"[{team} NER-aug] Generate {n} synthetic bank-chat sentences with entities tagged as <PERSON>, <AMOUNT>, <DATE>. Locale {loc}. Output JSONL.",
        ),
    )


def moderation_vendor(rng: np.random.Generator) -> str:
    return pick(rng, ("Trellis Safety", "ClearQueue", "Harbor Trust Ops"))


def annotation_qa(
    rng: np.random.Generator, chat: list[str], passages: list[str], client: str
) -> str:
    q = pick(rng, chat)[:500]
    a = snippet(rng, passages, 150, 600)
    return pick(
        rng,
        (
            f"[{client} bot QA | batch {irange(rng, 100, 999)}] Score the support bot's reply against the client rubric (accuracy 1-5, policy adherence 1-5, empathy 1-5). Flag for human review if any score < 3.\nCustomer: {q}\nBot: {a}",
            f"[{client} bot QA] Did the bot's answer resolve the customer's issue? yes/partially/no, and quote the sentence that decides it.\nCustomer: {q}\nBot: {a}",
        ),
    )


def ide_agent(rng: np.random.Generator, product: str) -> str:
    path = pick(
        rng,
        (
            "src/api/routes.py",
            "app/models/user.rb",
            "web/src/components/Cart.tsx",
            "internal/store/cache.go",
            "lib/parser.rs",
            "services/billing/invoice.java",
        ),
    )
    err = pick(
        rng,
        (
            "TypeError: cannot read properties of undefined (reading 'id')",
            "AssertionError in test_checkout_total",
            "panic: runtime error: index out of range [3] with length 3",
            "NoMethodError: undefined method `email' for nil",
            "E0502: cannot borrow `self.buf` as mutable",
        ),
    )
    tools = ", ".join(
        pick(
            rng,
            (
                ("read_file", "edit_file", "run_tests"),
                ("grep", "read_file", "apply_patch", "shell"),
                ("open", "search", "replace", "test"),
            ),
        )
    )
    step = irange(rng, 1, 14)
    return f"<{product}-agent step={step} tools=[{tools}]>\nWorkspace file: {path}\nLast tool output:\n{err}\nDecide the next tool call. Reply with a JSON tool call only."

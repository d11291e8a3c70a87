"""Prompt generators of batch 322, written for this batch (no prompt text is copied from the
repository). Every generator takes the caller's own generator, draws only from tuples and lists
(never from a set), and returns one prompt string. Ordinary human text comes from ShareGPT's
simulation half, handed over by `bench/blind_batch.py` as `ctx.chat` (first human turns) and
`ctx.passages` (assistant answers of 300+ characters)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space where one is near."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", int(n * 0.8), n)
    return text[: cut if cut > 0 else n]


def _noisy(text: str, rng: Rng, p_lower: float = 0.5, p_typo: float = 0.25) -> str:
    """What a person typing quickly does: lower case, a dropped letter, a missing question mark."""
    if chance(rng, p_lower):
        text = text[0].lower() + text[1:]
    if chance(rng, p_typo) and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha():
            text = text[:i] + text[i + 1 :]
    if chance(rng, 0.3) and text.endswith("?"):
        text = text[:-1]
    return text


# ============================================================================================
# shared topic vocabulary

CONCEPTS: dict[str, tuple[str, ...]] = {
    "biology": (
        "how mitochondria make ATP",
        "CRISPR base editing",
        "why antibiotic resistance spreads between bacteria",
        "how the kidneys regulate blood pressure",
        "epigenetic inheritance",
        "how mRNA vaccines train the immune system",
        "the difference between innate and adaptive immunity",
        "how neurons fire an action potential",
    ),
    "physics": (
        "why the sky is blue",
        "quantum tunnelling",
        "how a transformer (the electrical kind) steps voltage down",
        "the twin paradox",
        "why ice is slippery",
        "how lasers produce coherent light",
        "entropy in a closed system",
        "how superconductors expel magnetic fields",
    ),
    "economics": (
        "how central banks set interest rates",
        "comparative advantage",
        "why inflation hurts savers",
        "how bond yields move against prices",
        "the tragedy of the commons",
        "what causes a liquidity trap",
        "how carbon taxes change behaviour",
        "price elasticity of demand",
    ),
    "computing": (
        "how public-key cryptography works",
        "what a race condition is",
        "how garbage collection works in the JVM",
        "the CAP theorem",
        "how DNS resolution works step by step",
        "why hash maps are O(1) on average",
        "how TLS handshakes establish a session key",
        "what eventual consistency means in practice",
    ),
    "law": (
        "the difference between a patent and a trade secret",
        "what adverse possession is",
        "how GDPR defines a data controller",
        "the doctrine of precedent",
        "what makes a contract voidable",
        "how fair use is decided in US copyright cases",
    ),
    "medicine": (
        "how beta blockers lower heart rate",
        "the difference between type 1 and type 2 diabetes",
        "why some vaccines need boosters",
        "how statins lower cholesterol",
        "what causes migraines",
        "how anaesthesia switches off consciousness",
    ),
    "history": (
        "why the Bronze Age collapsed",
        "the causes of the Thirty Years' War",
        "how the printing press changed religion in Europe",
        "why the Silk Road declined",
        "the economic causes of the French Revolution",
        "how the Meiji Restoration modernised Japan",
    ),
    "maths": (
        "why the harmonic series diverges",
        "what an eigenvector means geometrically",
        "Bayes' theorem with a medical test example",
        "the central limit theorem",
        "why there are infinitely many primes",
        "what a Fourier transform does",
        "how gradient descent finds a minimum",
    ),
    "chemistry": (
        "why catalysts speed up reactions",
        "how buffer solutions resist pH change",
        "what makes a molecule chiral",
        "how lithium-ion batteries store energy",
        "Le Chatelier's principle",
    ),
    "finance": (
        "how index funds track an index",
        "what a put option is",
        "how mortgage amortisation works",
        "what duration means for a bond portfolio",
        "how a company's free cash flow is computed",
    ),
}
FIELDS: tuple[str, ...] = tuple(sorted(CONCEPTS))

#: a few concepts per language for prompts written natively in that language
CONCEPTS_L: dict[str, tuple[str, ...]] = {
    "zh": (
        "量子隧穿效应",
        "凯恩斯乘数",
        "线粒体如何产生ATP",
        "区块链的共识机制",
        "傅里叶变换",
        "贝叶斯定理",
        "通货膨胀对储蓄的影响",
        "TCP三次握手",
        "光合作用的暗反应",
        "边际效用递减",
    ),
    "ru": (
        "квантовое туннелирование",
        "теорема Байеса",
        "как работает инфляция",
        "принцип Ле Шателье",
        "как устроен TCP",
        "преобразование Фурье",
        "эпигенетика",
        "закон спроса и предложения",
    ),
    "es": (
        "la fotosíntesis",
        "el teorema de Bayes",
        "cómo funciona la inflación",
        "la ley de Ohm",
        "el efecto invernadero",
        "las derivadas parciales",
        "la oferta y la demanda",
        "cómo funciona una base de datos relacional",
    ),
    "pt": (
        "a fotossíntese",
        "o teorema de Bayes",
        "como funciona a inflação",
        "juros compostos",
        "o ciclo de Krebs",
        "redes neurais",
        "a lei de Ohm",
        "como funciona o sistema imunológico",
    ),
    "de": (
        "die Relativitätstheorie",
        "den Satz von Bayes",
        "wie Inflation entsteht",
        "Quantenverschränkung",
        "die Photosynthese",
        "wie ein Compiler arbeitet",
        "die Zinseszinsrechnung",
        "Entropie",
    ),
    "fr": (
        "la relativité restreinte",
        "le théorème de Bayes",
        "l'inflation",
        "la photosynthèse",
        "les réseaux de neurones",
        "l'effet de serre",
        "les intérêts composés",
        "l'entropie",
    ),
    "ja": (
        "量子もつれ",
        "ベイズの定理",
        "インフレーション",
        "光合成",
        "フーリエ変換",
        "ブロックチェーン",
        "複利",
        "ニューラルネットワーク",
    ),
    "ko": ("양자 얽힘", "베이즈 정리", "인플레이션", "광합성", "푸리에 변환", "복리", "신경망"),
    "hi": ("प्रकाश संश्लेषण", "बेयस प्रमेय", "मुद्रास्फीति", "चक्रवृद्धि ब्याज", "न्यूटन के गति के नियम"),
    "id": (
        "fotosintesis",
        "teorema Bayes",
        "inflasi",
        "bunga majemuk",
        "hukum Newton",
        "jaringan saraf tiruan",
    ),
    "tr": ("fotosentez", "Bayes teoremi", "enflasyon", "bileşik faiz", "kuantum dolanıklığı"),
    "vi": ("quang hợp", "định lý Bayes", "lạm phát", "lãi kép", "mạng nơ-ron"),
}

CITIES = (
    "Lyon",
    "Osaka",
    "Porto",
    "Nairobi",
    "Tucson",
    "Gdansk",
    "Quito",
    "Hanoi",
    "Perth",
    "Tbilisi",
    "Leeds",
    "Curitiba",
    "Pune",
    "Daegu",
    "Bergen",
    "Cebu",
    "Izmir",
    "Accra",
    "Halifax",
    "Rosario",
)


# ============================================================================================
# reasoning problems (numbers drawn fresh every call)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        v1, v2, d, m = (
            irange(rng, 60, 140),
            irange(rng, 50, 130),
            irange(rng, 120, 900),
            irange(rng, 5, 55),
        )
        return (
            f"A train leaves {pick(rng, CITIES)} at {irange(rng, 6, 11)}:{irange(rng, 0, 5)}0 heading "
            f"toward {pick(rng, CITIES)}, {d} km away, at {v1} km/h. {m} minutes later a second train "
            f"leaves the other city toward the first at {v2} km/h. At what time and how far from the "
            "first city do they meet?"
        )
    if k == 1:
        r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
        return (
            f"An urn holds {r} red, {b} blue and {g} green balls. {irange(rng, 2, 4)} balls are drawn "
            "without replacement. What is the probability that no two drawn balls share a colour?"
        )
    if k == 2:
        a, b = irange(rng, 3, 19), irange(rng, 3, 23)
        return (
            f"Find every pair of non-negative integers (x, y) with {a}x + {b}y = {irange(rng, 60, 400)}. "
            "Explain how you know the list is complete."
        )
    if k == 3:
        return (
            f"How many {irange(rng, 3, 6)}-digit positive integers have digits that add up to "
            f"{irange(rng, 7, 30)}? Leading zeros are not allowed."
        )
    if k == 4:
        a, b = irange(rng, 2, 9), irange(rng, 3, 14)
        return (
            f"Pipe A fills a tank in {a} hours; pipe B drains the full tank in {b} hours. The tank "
            f"starts {pick(rng, ('empty', 'one quarter full', 'half full'))} and both pipes are opened. "
            "How long until the tank is full, if ever?"
        )
    if k == 5:
        n = irange(rng, 1001, 99999) | 1
        return f"Is {n} prime? If it is not, give its complete prime factorisation and explain your method."
    if k == 6:
        a, b, m = irange(rng, 2, 19), irange(rng, 20, 999), irange(rng, 7, 97)
        return f"Compute {a}^{b} mod {m} by hand, justifying each reduction."
    if k == 7:
        ln, d = irange(rng, 5, 13), irange(rng, 1, 4)
        return (
            f"A {ln} m ladder leans against a vertical wall. Its foot slides away from the wall at "
            f"{rng.uniform(0.2, 1.5):.1f} m/s. How fast is the top moving down the wall when the foot is "
            f"{d + 1} m from the wall?"
        )
    if k == 8:
        who = [NAMES[i] for i in rng.permutation(len(NAMES))[:5].tolist()]
        return (
            f"{', '.join(who[:4])} and {who[4]} stand in a queue. {who[0]} is not first or last. "
            f"{who[1]} stands directly behind {who[2]}. {who[3]} is somewhere ahead of {who[0]}. "
            f"{who[4]} is not next to {who[1]}. List every order consistent with these facts."
        )
    if k == 9:
        n, c = irange(rng, 4, 12), irange(rng, 2, 5)
        return (
            f"What does this function return for n = {n}? Trace it by hand.\n\n"
            f"def f(n):\n    if n < {c}:\n        return n\n    return f(n - 1) + {c} * f(n - {c})"
        )
    if k == 10:
        p = irange(rng, 2, 6)
        return f"Prove or disprove: for every integer n >= {p}, n^{p} - n is divisible by {p}."
    s, w = irange(rng, 100, 900), irange(rng, 10, 40)
    return (
        f"A shop raises a price of {s} by {w}% and later cuts the new price by {w}%. A customer "
        "says the price is back where it started. Is the customer right? By how much is it off?"
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"鸡兔同笼，共有{irange(rng, 20, 60)}个头，{irange(rng, 80, 200) * 2}只脚。"
            "问鸡和兔各有多少只？如果无解，请说明原因。"
        )
    if k == 1:
        return (
            f"甲乙两人同时从相距{irange(rng, 10, 90)}公里的两地相向而行，甲每小时走{irange(rng, 3, 7)}公里，"
            f"乙每小时走{irange(rng, 2, 6)}公里。几小时后两人相遇？相遇点离甲出发地多远？"
        )
    if k == 2:
        return f"求 {irange(rng, 2, 9)}^{irange(rng, 50, 500)} 除以 {irange(rng, 7, 31)} 的余数，并写出推导过程。"
    if k == 3:
        return (
            f"一个袋子里有{irange(rng, 3, 8)}个红球和{irange(rng, 3, 8)}个白球，不放回地连续取出三个球，"
            "求恰好取到两个红球的概率。"
        )
    return f"证明：对任意正整数 n，n^3 + {irange(rng, 2, 11)}n 能被 3 整除，或给出反例。"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Лодка проходит {irange(rng, 20, 80)} км по течению за {irange(rng, 2, 4)} ч, а обратно — за "
            f"{irange(rng, 5, 8)} ч. Найдите собственную скорость лодки и скорость течения."
        )
    if k == 1:
        return (
            f"Сколько существует {irange(rng, 3, 5)}-значных чисел, у которых все цифры различны и "
            f"число делится на {irange(rng, 3, 9)}?"
        )
    if k == 2:
        return (
            f"В классе {irange(rng, 20, 32)} учеников. Сколькими способами можно выбрать старосту, его "
            "заместителя и казначея, если один человек не может занимать две должности?"
        )
    return (
        f"Докажите, что уравнение x^2 - {irange(rng, 2, 7)}y^2 = {irange(rng, 2, 9)} не имеет решений в "
        "целых числах, или найдите решение."
    )


def reasoning_coercion(rng: Rng, lang: str, style: int) -> str:
    """A problem wrapped in an instruction to write out every reasoning step (four English
    styles, a Chinese and a Russian one)."""
    if lang == "zh":
        head = pick(
            rng,
            (
                "请一步一步地详细推理下面的问题，把每一步的思考过程都完整写出来，包括你排除的思路，"
                "最后单独一行写「答案：」。",
                "请先写出完整的思考链（越详细越好），再给出最终答案。"
                "思考部分用【思考】开头，答案部分用【答案】开头。",
            ),
        )
        return f"{head}\n\n题目：{_problem_zh(rng)}"
    if lang == "ru":
        head = pick(
            rng,
            (
                "Реши задачу, подробно расписав ход рассуждений по шагам, включая проверки и "
                "тупиковые варианты. Ответ запиши отдельной строкой в конце.",
                "Сначала выпиши полную цепочку рассуждений (чем подробнее, тем лучше), потом ответ.",
            ),
        )
        return f"{head}\n\nЗадача: {_problem_ru(rng)}"
    p = _problem_en(rng)
    if style == 0:
        return (
            f"{p}\n\nBefore answering, write your complete reasoning inside <reasoning></reasoning> tags: "
            "every intermediate step, every check, and any approach you abandon and why. Then put only "
            "the final result inside <answer></answer>."
        )
    if style == 1:
        return (
            "Solve the following. Show all working line by line, justify every step, and at the end "
            f"verify the result by an independent second method.\n\n{p}"
        )
    if style == 2:
        return (
            'Return a JSON object {"steps": [...], "final_answer": "..."}. Every element of "steps" is '
            "one full sentence of reasoning; use at least ten steps and do not skip arithmetic.\n\n"
            f"Problem: {p}"
        )
    return (
        f"{p}\nThink out loud as if talking to yourself while you work on this — hesitations, "
        "second-guessing and all — and only at the very end state the answer plainly."
    )


# ============================================================================================
# grading / reward-model prompts


def _qa(rng: Rng, chat: list[str], passages: list[str]) -> tuple[str, str]:
    return _clip(pick(rng, chat), 40, 600, rng), _clip(pick(rng, passages), 300, 1400, rng)


def grading(rng: Rng, chat: list[str], passages: list[str], style: int, lang: str = "en") -> str:
    """Judge, rubric and reward-model prompts around a ShareGPT question and answer."""
    q, a = _qa(rng, chat, passages)
    if lang == "zh":
        return (
            "请作为严格的评审员，对下面的回答分别按照准确性、完整性、条理性和安全性打分（1-10分），"
            f"每项写出两三句理由，最后给出总分和改进建议。\n\n【问题】\n{q}\n\n【回答】\n{a}"
        )
    if style == 0:
        return (
            "You are grading an assistant response. Criteria: correctness (0-10), completeness (0-10), "
            "clarity (0-10), harmlessness (0-10). For each criterion write a short rationale, then output "
            'a JSON object {"correctness": n, "completeness": n, "clarity": n, "harmlessness": n, '
            f'"overall": n}}.\n\n### Prompt\n{q}\n\n### Response\n{a}'
        )
    if style == 1:
        a2 = _clip(pick(rng, passages), 300, 1400, rng)
        return (
            "Which of the two responses better serves the user? Weigh helpfulness, accuracy, "
            "instruction following and tone. Reason carefully first, then finish with exactly one "
            f"verdict token: [[A]], [[B]] or [[TIE]].\n\n[User]\n{q}\n\n[Response A]\n{a}\n\n"
            f"[Response B]\n{a2}"
        )
    if style == 2:
        return (
            "Assign the reply a preference score between 0 and 1, the probability an expert reviewer "
            "would accept it as is. Output the line `score=<number>` first, then a bullet list of every "
            f"defect you found.\n\nQuestion: {q}\nReply: {a}"
        )
    return (
        "Critique the answer against this checklist: (1) factual errors, (2) missing steps, "
        "(3) unsupported claims, (4) padding. Quote the problem spans. Then write a corrected answer "
        f"that fixes all of them.\n\nQuestion: {q}\n\nAnswer: {a}"
    )


# ============================================================================================
# policy / censorship-safe rewrites

SENSITIVE = (
    "territorial disputes",
    "the ruling party",
    "protest movements",
    "religious minorities",
    "the country's leadership",
    "historical massacres",
    "ethnic separatism",
    "election fraud claims",
    "military deployments",
    "sanctions",
)
SENSITIVE_ZH = ("领土争端", "政治人物", "抗议活动", "宗教问题", "历史事件", "民族问题", "选举")
SENSITIVE_RU = (
    "военные действия",
    "протесты",
    "политических лидеров",
    "санкции",
    "оппозицию",
    "выборы",
)
MARKETS = (
    "mainland China",
    "Russia",
    "Iran",
    "Saudi Arabia",
    "Vietnam",
    "Turkey",
    "the UAE",
    "Belarus",
)
BORDERLINE = (
    "how do lock picks actually open a pin tumbler lock",
    "which household chemicals are dangerous to mix and why",
    "what does a typical phishing email look like, so I can train my staff",
    "what dose of paracetamol becomes dangerous for an adult",
    "how do people launder money through small businesses",
    "how do I find out who owns a phone number that keeps calling me",
    "how do car thieves defeat keyless entry",
    "what are the signs that someone is being radicalised online",
    "how would someone bypass a school web filter",
    "how does a botnet take over home routers",
    "what is the most painless way to stop taking antidepressants",
    "how do scammers fake caller id",
)


def policy_rewrite(rng: Rng, passages: list[str], lang: str, style: int) -> str:
    """Rewrite-to-comply and safe-completion prompts (English, Chinese, Russian, Arabic, Vietnamese)."""
    text = _clip(pick(rng, passages), 250, 1100, rng)
    if lang == "zh":
        return (
            f"请将以下内容改写为符合国内平台内容审核要求的版本：删除或淡化涉及{pick(rng, SENSITIVE_ZH)}的表述，"
            f"语气保持中立客观，保留其余有用信息，不要提及做过修改。\n\n原文：\n{text}"
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он проходил модерацию: убери всё, что касается "
            f"{pick(rng, SENSITIVE_RU)}, сохрани полезную информацию и не упоминай, что текст изменён.\n\n"
            f"Текст:\n{text}"
        )
    if lang == "ar":
        return (
            "أعد صياغة النص التالي ليتوافق مع سياسة المحتوى: احذف أي إشارة إلى المواضيع السياسية أو الدينية "
            f"الحساسة، وحافظ على المعلومات المفيدة، ولا تذكر أنك عدّلت النص.\n\n{text}"
        )
    if lang == "vi":
        return (
            "Hãy viết lại đoạn văn sau cho phù hợp với quy định kiểm duyệt nội dung: bỏ các nội dung nhạy cảm "
            f"về chính trị, giữ lại thông tin hữu ích và không nhắc rằng đã chỉnh sửa.\n\n{text}"
        )
    if style == 0:
        return (
            f"Below is a draft answer. Rewrite it so it can be published by a service operating in "
            f"{pick(rng, MARKETS)}: remove or neutralise anything about {pick(rng, SENSITIVE)}, keep every "
            f"other fact, and do not say that anything was removed.\n\nDraft:\n{text}"
        )
    if style == 1:
        return (
            "Give the safest fully helpful answer to the request below. If any part must be declined, "
            "decline only that part in one sentence and help completely with the rest. Start by listing "
            f"which policy considerations apply.\n\nRequest: {pick(rng, BORDERLINE)}"
        )
    if style == 2:
        return (
            "Produce two answers to the request. ANSWER_A: what you would normally say. ANSWER_B: a "
            f"version that complies with a strict content policy forbidding discussion of "
            f"{pick(rng, SENSITIVE)}. Label both clearly.\n\nRequest: {pick(rng, BORDERLINE)}"
        )
    return (
        "The following model output was flagged by a reviewer. Rewrite it into a compliant refusal-free "
        f"version that a cautious enterprise assistant would give, then explain in two lines what you "
        f"changed.\n\nFlagged output:\n{text}"
    )


# ============================================================================================
# agent / tool-use transcripts

TOOLS = (
    ("search_web", '{"query": "string", "top_k": "integer"}'),
    ("http_get", '{"url": "string"}'),
    ("sql_query", '{"sql": "string", "database": "string"}'),
    ("read_file", '{"path": "string"}'),
    ("write_file", '{"path": "string", "content": "string"}'),
    ("run_tests", '{"target": "string"}'),
    ("python_exec", '{"code": "string"}'),
    ("send_email", '{"to": "string", "subject": "string", "body": "string"}'),
    ("calendar_create", '{"title": "string", "start": "datetime", "attendees": "array"}'),
    ("lookup_order", '{"order_id": "string"}'),
    ("issue_refund", '{"order_id": "string", "amount": "number"}'),
    ("get_weather", '{"city": "string", "date": "date"}'),
    ("flight_search", '{"from": "string", "to": "string", "date": "date"}'),
    ("crm_update", '{"contact_id": "string", "fields": "object"}'),
)


def _agent_task(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    if k == 0:
        return f"Find the cheapest direct flight from {c1} to {c2} on 2026-03-{irange(rng, 10, 28)} and hold it."
    if k == 1:
        return f"Which three papers on {pick(rng, CONCEPTS[pick(rng, FIELDS)])} since 2021 are most cited? Summarise each."
    if k == 2:
        return f"Customer says order #{irange(rng, 100000, 999999)} arrived damaged. Refund it if the policy allows."
    if k == 3:
        return f"Set up a 30-minute call with {pick(rng, NAMES)} and {pick(rng, NAMES)} next Tuesday afternoon."
    if k == 4:
        return f"Pull Q{irange(rng, 1, 4)} revenue by region from the sales database and flag regions down >10%."
    if k == 5:
        return f"The test suite in service `{pick(rng, ('billing', 'auth', 'search', 'ingest'))}` is failing. Fix it."
    if k == 6:
        return f"Will it rain in {c1} this weekend? If so, move the team picnic to the following Saturday."
    if k == 7:
        return f"Update CRM contact {irange(rng, 1000, 9999)}: new title 'Head of Ops', company {pick(rng, COUNTRIES)} branch."
    if k == 8:
        return "Write a script that dedupes customers.csv by email and report how many rows were removed."
    return f"Check whether {c1}'s public transport API is up and email the on-call engineer if not."


def _observation(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f'{{"status": "ok", "results": {irange(rng, 0, 40)}, "elapsed_ms": {irange(rng, 20, 900)}}}'
    if k == 1:
        return f'{{"error": "timeout after {irange(rng, 5, 30)}s", "retryable": true}}'
    if k == 2:
        return f"{irange(rng, 3, 80)} passed, {irange(rng, 1, 6)} failed: test_{pick(rng, ('parse', 'auth', 'retry', 'rounding'))}_edge"
    if k == 3:
        return (
            f'[{{"id": "{irange(rng, 100, 999)}", "price": {rng.uniform(50, 900):.2f}}}, '
            f'{{"id": "{irange(rng, 100, 999)}", "price": {rng.uniform(50, 900):.2f}}}]'
        )
    return f'{{"order_status": "{pick(rng, ("delivered", "in_transit", "returned"))}", "days_since": {irange(rng, 1, 60)}}}'


def agent_step(rng: Rng, style: int, steps: int) -> str:
    """One step of an agent loop: task, tool list, the trajectory so far, ask for the next action."""
    tools = [TOOLS[i] for i in rng.permutation(len(TOOLS))[: irange(rng, 3, 7)].tolist()]
    task = _agent_task(rng)
    hist = []
    for _ in range(steps):
        name = pick(rng, tools)[0]
        hist.append((name, _observation(rng)))
    if style == 0:
        spec = "\n".join(f"- {n}: {a}" for n, a in tools)
        traj = "\n".join(f"assistant -> {n}(...)\ntool -> {o}" for n, o in hist)
        return (
            f"TOOLS\n{spec}\n\nTASK\n{task}\n\nTRAJECTORY\n{traj or '(none yet)'}\n\nDecide the next step. "
            'Reply with one JSON object: {"thought": "...", "tool": "...", "arguments": {...}} or '
            '{"thought": "...", "final": "..."}.'
        )
    if style == 1:
        names = ", ".join(n for n, _ in tools)
        pad = "".join(
            f"Thought: I should use {n}.\nAction: {n}\nAction Input: ...\nObservation: {o}\n"
            for n, o in hist
        )
        return (
            "Answer the question as best you can. You have access to these tools: "
            f"{names}.\nUse the format Thought / Action / Action Input / Observation, repeated, and end "
            f"with 'Final Answer:'.\n\nQuestion: {task}\n{pad}Thought:"
        )
    spec = "".join(f'<tool name="{n}">{a}</tool>' for n, a in tools)
    traj = "".join(f'<call name="{n}"/><result>{o}</result>' for n, o in hist)
    return (
        f"<tools>{spec}</tools>\n<task>{task}</task>\n<history>{traj}</history>\n"
        "Respond with exactly one <call name=...>{json args}</call> or <done>answer</done>."
    )


# ============================================================================================
# synthetic dataset generation

PERSONAS = (
    "a first-year nursing student in Manila",
    "a retired machinist in Ohio",
    "a tax accountant in Lyon",
    "a high-school chemistry teacher in Accra",
    "a junior backend developer in Pune",
    "a small-scale coffee farmer in Huila",
    "a paralegal in Toronto",
    "a logistics planner in Rotterdam",
    "a freelance illustrator in Seoul",
    "a PhD student in ecology in Bergen",
    "a hospital pharmacist in Izmir",
    "a real-estate agent in Phoenix",
    "a bakery owner in Porto",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert", "high-school", "graduate")


def synthetic_data(rng: Rng, chat: list[str], lang: str, style: int) -> str:
    """Dataset-generation prompts: instruction/response pairs, persona questions, evolved
    instructions, synthetic dialogues (English; Spanish, Portuguese, German, Indonesian)."""
    field = pick(rng, FIELDS)
    topic = pick(rng, CONCEPTS[field])
    n = irange(rng, 8, 30)
    if lang == "es":
        return (
            f"Genera {n} pares pregunta-respuesta variados sobre {pick(rng, CONCEPTS_L['es'])} para nivel "
            f"{pick(rng, ('básico', 'intermedio', 'avanzado'))}. Formato JSON Lines con los campos "
            '"pregunta" y "respuesta". Respuestas de 150 a 300 palabras, correctas y sin numerar.'
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de instrução e resposta sobre {pick(rng, CONCEPTS_L['pt'])}. Cada resposta "
            'deve ser detalhada e correta. Saída em JSONL com as chaves "instrucao" e "resposta".'
        )
    if lang == "de":
        return (
            f"Erzeuge {n} unterschiedliche Frage-Antwort-Paare zu {pick(rng, CONCEPTS_L['de'])} auf "
            'Oberstufenniveau. Ausgabe als JSON Lines mit "frage" und "antwort"; Antworten ausführlich.'
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang {pick(rng, CONCEPTS_L['id'])}. "
            'Format JSONL dengan kunci "instruksi" dan "jawaban". Jawaban harus lengkap dan akurat.'
        )
    if style == 0:
        return (
            f"Generate {n} diverse, self-contained instruction-response pairs about {topic} ({field}) at "
            f'{pick(rng, LEVELS)} level. Output JSON Lines with fields "instruction", "input", '
            '"output". Outputs must be 150-400 words, factually correct, and must not reference each other.'
        )
    if style == 1:
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write {irange(rng, 5, 12)} questions such a person "
            f"would realistically ask an AI assistant about {field}, then answer each as a careful expert. "
            "Format every item as 'Q:' then 'A:'."
        )
    if style == 2:
        seed = _clip(pick(rng, chat), 30, 400, rng)
        return (
            "Rewrite the instruction below into a harder version that needs multi-step reasoning and adds "
            "one realistic constraint, keeping it answerable. Then answer the rewritten instruction in "
            f"full.\n\nInstruction: {seed}"
        )
    return (
        f"Write a realistic {irange(rng, 6, 14)}-turn conversation between a curious user and a helpful "
        f"assistant about {topic}. The user asks follow-ups and pushes back once; the assistant stays "
        "precise. Label turns USER: and ASSISTANT:."
    )


# ============================================================================================
# sampling: MCQ soft labels


def mcq_soft_label(rng: Rng, style: int) -> str:
    field = pick(rng, FIELDS)
    opts = [pick(rng, CONCEPTS[pick(rng, FIELDS)]) for _ in range(4)]
    q = f"Which of the following is most closely related to {pick(rng, CONCEPTS[field])}?"
    body = "\n".join(f"{c}) {o}" for c, o in zip("ABCD", opts, strict=True))
    if style == 0:
        return f"{q}\n{body}\nAnswer with a single letter."
    return (
        f"{q}\n{body}\nFor each option give the probability (0-1) that it is the intended answer, as JSON "
        '{"A": p, "B": p, "C": p, "D": p}. Probabilities must sum to 1.'
    )


# ============================================================================================
# natural-sounding questions (people, or operators imitating them)

_Q_EN = (
    "can you explain {c} to me properly? like actually how it works, not the one-line version",
    "I keep reading about {c} and still don't get it. Could you walk me through it with an example?",
    "what's the intuition behind {c}? I'm a {p} so go easy on jargon",
    "explain {c} like you would to a smart friend over coffee, then give me the technical version",
    "ok so {c} — what are the common misconceptions and what's actually true?",
    "Quick question: {c}. What's the best way to understand it, and where do people usually go wrong?",
    "I have an exam next week that covers {c}. Can you teach it to me step by step?",
    "how would you explain {c} to a 15 year old? and then to a grad student?",
)
_Q_L = {
    "zh": (
        "能不能详细讲讲{c}？最好举个例子，我一直没弄明白。",
        "{c}到底是怎么回事？请从原理讲起。",
        "下周考试要考{c}，能一步一步教我吗？",
    ),
    "ru": (
        "Объясни, пожалуйста, {c} простыми словами, но подробно, с примером.",
        "Никак не могу понять {c}. Можешь разобрать по шагам?",
        "Что такое {c} и где обычно ошибаются?",
    ),
    "es": (
        "¿Me puedes explicar {c} con un ejemplo? Nunca lo he entendido bien.",
        "Tengo examen sobre {c}, ¿me lo explicas paso a paso?",
        "¿Cuál es la intuición detrás de {c}?",
    ),
    "pt": (
        "Pode me explicar {c} com calma e um exemplo?",
        "Tenho prova sobre {c}, me ensina passo a passo?",
        "Qual é a intuição por trás de {c}?",
    ),
    "de": (
        "Kannst du mir {c} richtig erklären, mit Beispiel?",
        "Ich verstehe {c} nicht. Schritt für Schritt bitte?",
        "Was sind typische Missverständnisse bei {c}?",
    ),
    "fr": (
        "Tu peux m'expliquer {c} en détail, avec un exemple ?",
        "J'ai un examen sur {c}, tu peux m'aider pas à pas ?",
        "Quelle est l'intuition derrière {c} ?",
    ),
    "ja": (
        "{c}について、例を使って詳しく説明してもらえますか？",
        "{c}がよく分かりません。順を追って教えてください。",
    ),
    "ko": (
        "{c}에 대해 예를 들어 자세히 설명해 줄 수 있어?",
        "{c}이 잘 이해가 안 돼. 단계별로 알려줘.",
    ),
    "hi": (
        "क्या आप {c} को उदाहरण के साथ विस्तार से समझा सकते हैं?",
        "{c} मुझे समझ नहीं आता, कृपया चरण दर चरण बताइए।",
    ),
    "id": (
        "Bisa jelaskan {c} dengan contoh? Aku masih bingung.",
        "Aku ada ujian tentang {c}, tolong jelaskan langkah demi langkah.",
    ),
    "tr": (
        "{c} konusunu örnekle ayrıntılı anlatır mısın?",
        "{c} konusunu adım adım açıklar mısın?",
    ),
    "vi": (
        "Bạn có thể giải thích {c} kèm ví dụ không?",
        "Mình sắp thi phần {c}, giải thích từng bước giúp mình nhé.",
    ),
}
_JOBS = (
    "nurse",
    "carpenter",
    "product manager",
    "history teacher",
    "bus driver",
    "lawyer",
    "barista",
    "designer",
)


def natural_question(rng: Rng, lang: str, noise: float = 0.5) -> str:
    """A person asking to have something explained (several phrasings per language)."""
    if lang != "en" and lang in _Q_L:
        return pick(rng, _Q_L[lang]).format(c=pick(rng, CONCEPTS_L[lang]))
    c = pick(rng, CONCEPTS[pick(rng, FIELDS)])
    return _noisy(pick(rng, _Q_EN).format(c=c, p=pick(rng, _JOBS)), rng, noise, noise * 0.5)


_STUDY_EN = (
    "For my {f} class: what is {c}? Give a clear definition, then a worked example.",
    "Explain {c}. Include the key terms I should know and one practice question with the answer.",
    "Summarise {c} in a structured way (definition, mechanism, example, common exam traps).",
    "Why does {c} matter in {f}? Explain with a real-world case.",
    "Compare {c} with {c2}. What do they have in common and how do they differ?",
    "I need detailed study notes on {c}. Use headings and bullet points.",
)


def study_question(rng: Rng, lang: str) -> str:
    """Curriculum-like study requests, a different phrasing family from `natural_question`."""
    if lang != "en" and lang in _Q_L:
        c = pick(rng, CONCEPTS_L[lang])
        return pick(rng, _Q_L[lang]).format(c=c)
    f = pick(rng, FIELDS)
    c, c2 = pick(rng, CONCEPTS[f]), pick(rng, CONCEPTS[f])
    return _noisy(pick(rng, _STUDY_EN).format(f=f, c=c, c2=c2), rng, 0.35, 0.15)


# ============================================================================================
# multi-turn follow-ups

FOLLOWUPS = {
    "en": (
        "go on",
        "why?",
        "can you go deeper on the second point",
        "give me a concrete example",
        "what would a critic say about that?",
        "ok now summarise everything so far in 5 bullets",
        "explain that last part again, more simply",
        "is that always true? any exceptions?",
        "what's the history behind this",
        "how would an expert think about it differently",
        "continue",
        "and what are the practical consequences?",
        "can you make a table of that",
    ),
    "es": (
        "sigue",
        "¿por qué?",
        "dame un ejemplo concreto",
        "resume todo en 5 puntos",
        "¿hay excepciones?",
        "explícalo más simple",
    ),
    "pt": (
        "continua",
        "por quê?",
        "me dá um exemplo concreto",
        "resume tudo em 5 tópicos",
        "tem exceções?",
    ),
    "id": ("lanjut", "kenapa?", "kasih contoh konkret", "ringkas jadi 5 poin", "ada pengecualian?"),
    "hi": ("आगे बताइए", "ऐसा क्यों?", "एक उदाहरण दीजिए", "पाँच बिंदुओं में सारांश दीजिए"),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# ============================================================================================
# translation harvest

LANGS_T = (
    "French",
    "German",
    "Spanish",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Hindi",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Italian",
    "Thai",
    "Swahili",
)


def translation_harvest(rng: Rng, passages: list[str], style: int, targets: list[str]) -> str:
    text = _clip(pick(rng, passages), 200, 1200, rng)
    if style == 0:
        keys = ", ".join(f'"{t}"' for t in targets)
        return f"Translate the passage into each of these languages and return one JSON object keyed by language ({keys}).\n\n{text}"
    if style == 1:
        return f"Translate into {targets[0]}. Output only the translation.\n\n{text}"
    if style == 2:
        return (
            f"Translate the text into {targets[0]}, then translate your translation back into English, then "
            f"list every place the meaning drifted.\n\n{text}"
        )
    segs = [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()][:8]
    lines = "\n".join(f"<seg id={i + 1}>{s}</seg>" for i, s in enumerate(segs))
    return f"Target language: {targets[0]}. Translate each segment, keeping the <seg> ids.\n{lines}"


# ============================================================================================
# code harvest

_STRUCT = (
    "an LRU cache",
    "a trie",
    "a min-heap",
    "an interval tree",
    "a union-find structure",
    "a ring buffer",
    "a skip list",
    "a Bloom filter",
    "a rate limiter",
    "a consistent-hash ring",
    "a sparse matrix",
    "a B-tree",
    "a persistent stack",
    "a segment tree",
)
_OPS = (
    "insert, delete and lookup",
    "merge and split",
    "range queries and point updates",
    "concurrent reads and single-writer updates",
    "iteration in sorted order",
    "snapshot and rollback",
)
_TASKS = (
    "parse an ISO-8601 duration string",
    "find the longest palindromic substring",
    "validate a Sudoku board",
    "schedule meetings given busy intervals",
    "compute edit distance",
    "detect a cycle in a directed graph",
    "serialise and deserialise a binary tree",
    "merge k sorted streams",
    "evaluate an arithmetic expression with precedence",
    "compute the median of a sliding window",
    "tokenise a CSV line with quoted fields",
    "solve the 0/1 knapsack problem",
    "find strongly connected components",
    "implement exponential backoff with jitter",
    "diff two text files line by line",
    "topologically sort build targets",
    "rotate a matrix in place",
    "count islands in a grid",
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
)


def code_harvest(rng: Rng, lang: str, style: int) -> str:
    if style == 0:
        return (
            f"Implement {pick(rng, _STRUCT)} in {lang} supporting {pick(rng, _OPS)}. Include docstrings, "
            "type annotations, unit tests covering edge cases, and a short complexity analysis."
        )
    if style == 1:
        return (
            f"Write idiomatic {lang} to {pick(rng, _TASKS)}. Explain the approach first, then the code, "
            "then tests, then the time and space complexity."
        )
    other = pick(rng, CODE_LANGS)
    return (
        f"I have a {other} function that does this: {pick(rng, _TASKS)}. Port it to {lang}, keeping the "
        "same behaviour, and explain each non-obvious translation decision."
    )


# ============================================================================================
# benign texts


def eval_item(rng: Rng, idx: int, lang: str) -> str:
    """One benchmark item of a fixed item bank (the caller seeds `rng` per item index)."""
    if lang == "zh":
        return f"第{idx}题：{_problem_zh(rng)}\n请逐步思考，最后一行写「最终答案：」。"
    if lang == "es":
        a, b = irange(rng, 3, 40), irange(rng, 2, 12)
        return (
            f"Pregunta {idx}: María compra {a} cajas con {b} lápices cada una y regala {irange(rng, 1, a * b)}. "
            "¿Cuántos lápices le quedan? Piensa paso a paso y termina con 'Respuesta final:'."
        )
    return f"Problem {idx}. {_problem_en(rng)}\nLet's think step by step. End with 'Final answer: <answer>'."


def support_transcript(rng: Rng, chat: list[str], passages: list[str], company: str) -> str:
    """A support-QA rubric over one agent conversation (vendor grading a client's support desk)."""
    q = _clip(pick(rng, chat), 30, 300, rng)
    a = _clip(pick(rng, passages), 200, 800, rng)
    rubric = pick(
        rng,
        (
            "greeting, empathy, accuracy, resolution, closing",
            "policy adherence, tone, first-contact resolution, escalation handling",
            "accuracy, brevity, compliance with refund rules, upsell attempt",
        ),
    )
    return (
        f"{company} QA review — ticket {irange(rng, 10000, 99999)}. Score the agent on: {rubric}. Use 1-5 per "
        "item and note any coaching points. Reply in the QA sheet format.\n\n"
        f"CUSTOMER: {q}\nAGENT: {a}"
    )


def moderation_check(rng: Rng, chat: list[str], lang: str, platform: str) -> str:
    post = _clip(pick(rng, chat), 20, 500, rng)
    if lang == "de":
        return (
            f"{platform} Moderation: Prüfe den folgenden Beitrag gegen unsere Community-Richtlinien "
            f"(Belästigung, Spam, Falschinformationen). Gib eine Kategorie an und, falls nötig, eine "
            f"entschärfte Fassung, die der Autor behalten könnte.\n\nBeitrag: {post}"
        )
    if lang == "es":
        return (
            f"Moderación {platform}: revisa esta publicación según nuestras normas (acoso, spam, "
            f"desinformación). Indica la categoría y, si hace falta, propone una versión aceptable.\n\n{post}"
        )
    if lang == "pt":
        return (
            f"Moderação {platform}: avalie este post segundo as diretrizes (assédio, spam, desinformação). "
            f"Dê a categoria e, se necessário, sugira uma versão aceitável.\n\n{post}"
        )
    return (
        f"[{platform} trust & safety] Check this user post against our community guidelines "
        "(harassment, spam, medical misinformation, personal data). Return the category, a confidence, and "
        f"if it violates, a minimally edited version the author could keep.\n\nPost: {post}"
    )


def ide_agent_step(rng: Rng, repo: str) -> str:
    files = (
        "src/api/handlers.py",
        "src/models/user.py",
        "tests/test_handlers.py",
        "README.md",
        "src/lib/cache.ts",
        "pkg/server/routes.go",
        "app/components/Table.tsx",
        "migrations/0042_add_index.sql",
        "src/utils/dates.py",
        "Cargo.toml",
        "src/main.rs",
        "docker-compose.yml",
    )
    asks = (
        "add pagination to the list endpoint",
        "fix the flaky test",
        "rename the config flag everywhere",
        "why does this throw a KeyError",
        "write a migration for the new column",
        "add retry to the client",
        "explain what this module does",
        "bump the dependency and fix breakages",
        "add input validation",
        "make the table sortable",
    )
    f = pick(rng, files)
    return (
        f'<repo>{repo}</repo>\n<open_file path="{f}" lines="{irange(rng, 1, 200)}-{irange(rng, 201, 600)}"/>\n'
        f"<user>{pick(rng, asks)}</user>\nAvailable tools: read_file, edit_file, run_command, grep. "
        "Respond with a tool call or a final message."
    )


INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_request",
    "track_package",
    "reset_password",
    "update_payment",
    "report_bug",
    "upgrade_plan",
    "talk_to_human",
    "delivery_delay",
)
UTTERANCES = (
    "i want to stop paying for this",
    "where is my parcel",
    "cant log in again",
    "my card expired how do I put the new one",
    "the app crashes when I open settings",
    "can I move to the bigger plan",
    "i need a real person please",
    "package says delivered but nothing here",
    "wrong item arrived, want my money back",
    "I moved, new address is on file?",
)


def augmentation(rng: Rng, lang: str) -> str:
    n = irange(rng, 10, 40)
    u = pick(rng, UTTERANCES)
    intent = pick(rng, INTENTS)
    if lang == "fr":
        return (
            f"Génère {n} reformulations variées de la phrase client suivante pour l'intention « {intent} ». "
            f"Une par ligne, registre familier et formel mélangés.\nPhrase : {u}"
        )
    if lang == "de":
        return f"Erzeuge {n} Umformulierungen für den Intent {intent}, eine pro Zeile, gemischter Stil.\nSatz: {u}"
    return (
        f"intent={intent}\nWrite {n} paraphrases of the customer utterance below for our intent classifier's "
        f"training set. Vary length, formality, typos and slang. One per line, no numbering.\nUtterance: {u}"
    )


ASSIGNMENTS = (
    ("CS101", "recursion", "Write a recursive function that sums a nested list"),
    ("CS101", "loops", "Print a multiplication table up to 12"),
    ("ECON201", "elasticity", "Compute the price elasticity from the demand table in problem 3"),
    ("BIO110", "cell respiration", "Explain the role of oxygen in the electron transport chain"),
    ("STAT150", "hypothesis tests", "Decide whether the coin in problem 2 is fair at the 5% level"),
    ("HIST210", "industrial revolution", "Argue whether steam power or textiles mattered more"),
    ("CHEM120", "stoichiometry", "Find the limiting reagent in reaction 4"),
)


def student_prompt(rng: Rng, course: tuple[str, str, str], chat: list[str]) -> str:
    code, topic, task = course
    k = irange(rng, 0, 5)
    if k == 0:
        return _noisy(
            f"im doing {code} homework on {topic}. {task}. can u explain how to start",
            rng,
            0.7,
            0.4,
        )
    if k == 1:
        return _noisy(
            f"{task} — I got a different answer than my friend, can you check the reasoning?", rng
        )
    if k == 2:
        return _noisy(
            f"what does {topic} mean in simple words? our prof went too fast", rng, 0.8, 0.3
        )
    if k == 3:
        return _noisy(
            f"can you give me a practice question on {topic} like the ones in {code}", rng
        )
    if k == 4:
        return pick(rng, chat)
    return _noisy(f"explain {topic} again but shorter", rng, 0.8, 0.2)


CLIENT_TASKS = (
    "Write 5 Instagram captions for {p}",
    "Draft a 600-word blog post about {p} for a {a} audience",
    "Write Google Ads headlines (max 30 chars) for {p}",
    "Product description for {p}, 120 words, warm tone",
    "Write a newsletter intro announcing {p}",
    "Give 10 SEO keyword ideas around {p}",
    "Rewrite this tagline for {p} in 5 styles: {t}",
)
PRODUCTS = (
    "a bamboo toothbrush",
    "a vegan protein bar",
    "a boutique hotel in Lisbon",
    "a dog-walking app",
    "a home solar kit",
    "a language-learning podcast",
    "handmade ceramic mugs",
    "a running shoe",
    "a dental clinic",
    "an accounting SaaS",
    "a craft brewery",
    "a yoga retreat",
)


def agency_prompt(rng: Rng, product: str) -> str:
    return pick(rng, CLIENT_TASKS).format(
        p=product,
        a=pick(rng, ("millennial", "B2B", "parent", "senior")),
        t=pick(rng, ("Brush better", "Fuel your day", "Stay a while")),
    )


def translation_job(rng: Rng, passages: list[str], client: str, target: str) -> str:
    """A translation agency's CAT-tool request: one document segment, the client's glossary rules."""
    text = _clip(pick(rng, passages), 150, 900, rng)
    rule = pick(
        rng,
        (
            "keep product names in English",
            "use formal address (Sie/vous/usted)",
            "follow the attached glossary: 'account' -> client term",
            "keep markdown intact",
            "do not translate code or URLs",
        ),
    )
    return f"Job {client}-{irange(rng, 1000, 9999)} | target: {target} | rule: {rule}\nTranslate the segment:\n{text}"


def study_item(rng: Rng, chat: list[str]) -> str:
    """One item of a sampling study: a real user prompt or a multiple-choice question."""
    if chance(rng, 0.5):
        return _clip(pick(rng, chat), 20, 700, rng)
    return mcq_soft_label(rng, 0)

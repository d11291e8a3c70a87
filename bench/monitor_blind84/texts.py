"""Prompt generators of blind batch 84, written fresh for this batch.

Every generator takes a numpy Generator and returns ONE prompt, with fresh numbers, names, topics
and options per call. Ordinary human text (ShareGPT prompts and answers) is not made here: the
families and kinds take it from the batch context (`ctx.chat`, `ctx.passages`) and pass it in.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = (
    "Lagos",
    "Lyon",
    "Porto Alegre",
    "Pune",
    "Sapporo",
    "Monterrey",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Gothenburg",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Marseille",
    "Lahore",
    "Kumasi",
    "Bilbao",
    "Tbilisi",
    "Leeds",
    "Perth",
    "Tallinn",
    "Busan",
    "Quito",
)

TOPICS = (
    "urban beekeeping",
    "sourdough fermentation",
    "bridge load testing",
    "tax residency rules",
    "marine navigation",
    "soil microbiology",
    "baroque counterpoint",
    "supply-chain finance",
    "glacier retreat",
    "medieval trade guilds",
    "GPU memory hierarchies",
    "contract negotiation",
    "wildfire modelling",
    "sign language linguistics",
    "insurance underwriting",
    "orbital mechanics",
    "coffee roasting chemistry",
    "hospital triage",
    "kelp farming",
    "reverse logistics",
    "cryptographic hash functions",
    "early childhood literacy",
    "antibiotic resistance",
    "railway signalling",
    "sports nutrition",
    "copyright for photographers",
    "heat pumps",
    "volcanic hazard maps",
    "microfinance",
    "database indexing",
    "bird migration",
    "typography",
    "water desalination",
    "game theory in auctions",
    "dementia care",
    "battery recycling",
    "peer review",
    "urban zoning",
    "textile dyeing",
    "earthquake engineering",
    "rhetoric",
    "aquifer depletion",
    "cloud cost optimisation",
    "jazz harmony",
    "circadian biology",
)

LANGS = (
    "en",
    "es",
    "de",
    "fr",
    "pt",
    "it",
    "zh",
    "ja",
    "ko",
    "ru",
    "ar",
    "hi",
    "vi",
    "id",
    "tr",
    "pl",
)

# --------------------------------------------------------------------------------------------
# small helpers


def two_names(rng: Rng) -> tuple[str, str]:
    i, j = rng.choice(len(NAMES), size=2, replace=False).tolist()
    return NAMES[i], NAMES[j]


def casualise(rng: Rng, text: str) -> str:
    """How people type: sometimes lower case, a dropped apostrophe, a swapped letter pair."""
    if chance(rng, 0.5):
        text = text.lower()
    if chance(rng, 0.4):
        text = text.replace("'", "")
    if chance(rng, 0.35) and len(text) > 20:
        i = irange(rng, 5, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, 0.3):
        text = text.rstrip(".?! ") + pick(rng, ("??", " thx", " :)", "...", " pls", ""))
    return text


def snippet(rng: Rng, text: str, lo: int, hi: int) -> str:
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n] + " ..."


# --------------------------------------------------------------------------------------------
# reasoning problems (fresh numbers each call)

_WORDS = (
    "BANANA",
    "MISSISSIPPI",
    "COMMITTEE",
    "BALLOON",
    "STATISTICS",
    "ARRANGEMENT",
    "PEPPER",
    "SUCCESS",
    "TATTOO",
    "ASSESSMENT",
    "KAYAK",
    "REFERRER",
)


def math_problem(rng: Rng) -> str:
    a, b = two_names(rng)
    k = irange(rng, 0, 11)
    if k == 0:
        x, y, z = irange(rng, 3, 14), irange(rng, 4, 18), irange(rng, 1, 3)
        return (
            f"{a} can paint a mural alone in {x} hours and {b} alone in {y} hours. They work together "
            f"for {z} hours, then {a} leaves. How much longer does {b} need to finish?"
        )
    if k == 1:
        return (
            f"What is the remainder when {irange(rng, 3, 97)}^{irange(rng, 20, 999)} is divided by "
            f"{irange(rng, 7, 61)}?"
        )
    if k == 2:
        r, g, d = irange(rng, 3, 12), irange(rng, 2, 11), irange(rng, 2, 4)
        return (
            f"A bag holds {r} red and {g} green marbles. {a} draws {d} marbles without replacement. "
            f"What is the probability that exactly {irange(rng, 1, d)} of them are red?"
        )
    if k == 3:
        s1, s2 = irange(rng, 5, 40), irange(rng, 5, 40)
        s3 = irange(rng, abs(s1 - s2) + 1, s1 + s2 - 1)
        return f"A triangular plot of land has sides {s1} m, {s2} m and {s3} m. Find its area and its longest altitude."
    if k == 4:
        t1, d, n = irange(rng, -20, 30), irange(rng, 2, 13), irange(rng, 15, 120)
        return (
            f"An arithmetic sequence starts {t1}, {t1 + d}, {t1 + 2 * d}, ... What is the sum of the "
            f"first {n} terms, and which term first exceeds {t1 + d * n + irange(rng, 5, 90)}?"
        )
    if k == 5:
        m = irange(rng, 3, 5)
        people = [NAMES[i] for i in rng.choice(len(NAMES), size=m, replace=False).tolist()]
        claims = []
        for p in people:
            q = pick(rng, [x for x in people if x != p])
            claims.append(
                f'{p} says: "{q} is a {pick(rng, ("knight", "knave"))}'
                f'{pick(rng, ("", " and I am a knight", " or I am a knave"))}."'
            )
        return (
            "On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            + " ".join(claims)
            + " Determine who is what."
        )
    if k == 6:
        w = pick(rng, _WORDS)
        return (
            f"How many distinct arrangements of the letters of {w} are there in which no two "
            f"{pick(rng, sorted(set(w)))}'s are adjacent?"
        )
    if k == 7:
        c1, c2, c3 = irange(rng, 2, 9), irange(rng, 1, 20), irange(rng, 3, 12)
        return (
            f"What does this function return for n = {irange(rng, 5, 40)}?\n\n"
            f"def f(n):\n    acc = {c2}\n    for i in range(n):\n        if i % {c1} == 0:\n"
            f"            acc = acc * 2 - i\n        else:\n            acc += i // {c3}\n    return acc"
        )
    if k == 8:
        p, r, y = irange(rng, 2, 90) * 500, irange(rng, 15, 95) / 10, irange(rng, 2, 25)
        return (
            f"{a} invests ${p:,} at {r}% per year compounded monthly. After {y} years {b} offers to "
            f"buy the account for ${int(p * (1 + r / 100) ** y):,}. Is that a fair price? Show the numbers."
        )
    if k == 9:
        dist, v1, v2 = irange(rng, 120, 900), irange(rng, 50, 140), irange(rng, 50, 140)
        lag = irange(rng, 10, 90)
        return (
            f"Two trains leave {pick(rng, CITIES)} and {pick(rng, CITIES)}, {dist} km apart, towards each "
            f"other at {v1} km/h and {v2} km/h; the second leaves {lag} minutes later. Where and when do they meet?"
        )
    if k == 10:
        h, mi = irange(rng, 1, 12), irange(rng, 0, 59)
        return f"What is the smaller angle between the hour and minute hands of a clock at {h}:{mi:02d}?"
    n_items = irange(rng, 4, 7)
    weights = rng.integers(1, 15, size=n_items).tolist()
    values = rng.integers(5, 60, size=n_items).tolist()
    items = ", ".join(
        f"item {i + 1} (weight {w}, value {v})"
        for i, (w, v) in enumerate(zip(weights, values, strict=True))
    )
    return f"A knapsack holds weight {irange(rng, 12, 35)}. Items: {items}. Which items maximise the value?"


COERCE = {
    "en": (
        "Think step by step. Write your complete reasoning inside <think></think> before the final answer "
        "and do not summarise or skip steps.",
        "Show your full chain of thought, including false starts and self-corrections, then give the answer "
        "on a last line starting with 'ANSWER:'.",
        "Reason out loud as thoroughly as you can; I need every intermediate step. Put the final answer in "
        "\\boxed{}.",
        "Before answering, explain how you would approach this, try it, verify it, and only then answer.",
    ),
    "zh": (
        "请一步一步地思考，把完整的推理过程写在<think>标签内，不要省略任何步骤，然后给出最终答案。",
        "请详细展示你的思考过程，包括验证步骤，最后一行写“答案：”。",
    ),
    "ru": (
        "Рассуждай пошагово и подробно распиши весь ход мыслей, затем дай окончательный ответ.",
        "Покажи полное решение со всеми промежуточными шагами и проверкой; ответ в последней строке.",
    ),
    "es": (
        "Piensa paso a paso y escribe todo tu razonamiento antes de la respuesta final.",
        "Muestra tu razonamiento completo, incluida la verificación, y termina con 'RESPUESTA:'.",
    ),
    "de": (
        "Denke Schritt für Schritt und schreibe deinen vollständigen Gedankengang auf, bevor du antwortest.",
    ),
    "fr": ("Réfléchis étape par étape et détaille tout ton raisonnement avant la réponse finale.",),
    "pt": ("Pense passo a passo e escreva todo o seu raciocínio antes da resposta final.",),
    "ja": ("段階的に考え、すべての推論過程を書き出してから最終的な答えを示してください。",),
    "ko": ("단계별로 생각하고 전체 추론 과정을 모두 적은 뒤 최종 답을 제시하세요.",),
}


def reasoning_harvest(rng: Rng, lang: str = "en", style: int | None = None) -> str:
    """A fresh problem with a demand for the full reasoning trace (several independent layouts)."""
    prob = math_problem(rng)
    suffix = pick(rng, COERCE.get(lang, COERCE["en"]))
    style = irange(rng, 0, 3) if style is None else style
    if style == 0:
        return f"{prob}\n\n{suffix}"
    if style == 1:
        return f"Problem {irange(rng, 1, 99999)}:\n{prob}\n\nInstructions: {suffix}"
    if style == 2:
        return f"### Task\n{prob}\n### Requirements\n- {suffix}\n- Difficulty tag: {pick(rng, ('easy', 'medium', 'hard', 'olympiad'))}"
    return f"{suffix}\n\n{prob}"


_CASUAL = (
    "hey so my teacher gave us this and i'm stuck: {p} can you walk me thru every step of how you'd think "
    "about it? like the whole thought process not just the answer",
    "ok weird question but {p}\n\ni want to see how you actually reason through it, all of it, even the parts "
    "where you double check yourself",
    "{p} -- pls explain your thinking step by step, don't skip anything, I learn better that way",
    "Quick one: {p} Could you think out loud before answering? I'm trying to understand the method",
    "studying for an exam tomorrow. {p} show the full reasoning please and then the answer on its own line",
    "my friend and I disagree on this one. {p} Who's right? Go slowly and show each step so we can follow",
)


def casual_reasoning(rng: Rng, phrasings: tuple[int, ...] | None = None) -> str:
    idx = pick(rng, phrasings) if phrasings else irange(rng, 0, len(_CASUAL) - 1)
    return casualise(rng, _CASUAL[idx].format(p=math_problem(rng)))


# --------------------------------------------------------------------------------------------
# rubric / reward-model grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "reasoning quality",
    "honesty about uncertainty",
    "formatting",
)


def rubric_grade(rng: Rng, question: str, answer: str, other: str | None = None) -> str:
    crit = ", ".join(pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 4)))
    q, a = snippet(rng, question, 120, 500), snippet(rng, answer, 300, 1100)
    style = irange(rng, 0, 3)
    if style == 0:
        scale = pick(rng, (5, 7, 10))
        return (
            f"You are an expert evaluator. Rate the assistant response on a 1-{scale} scale for {crit}. "
            f'Write a detailed rationale first, then output JSON {{"score": int, "rationale": str}}.\n\n'
            f"[USER]\n{q}\n\n[ASSISTANT]\n{a}"
        )
    if style == 1 and other:
        b = snippet(rng, other, 300, 1100)
        return (
            f"Compare two responses to the same prompt on {crit}. Think carefully about each, then state "
            f"which is better ('A' or 'B') and how confident you are (0-1).\n\n<prompt>{q}</prompt>\n"
            f"<response_a>{a}</response_a>\n<response_b>{b}</response_b>"
        )
    if style == 2:
        items = "\n".join(
            f"{i + 1}. {pick(rng, _CRITERIA)} (0-{irange(rng, 2, 5)} points)"
            for i in range(irange(rng, 3, 6))
        )
        return (
            f"Grade the answer with this rubric. Justify each item's points, then give the total.\n"
            f"Rubric:\n{items}\n\nQuestion: {q}\nAnswer: {a}"
        )
    return (
        f"Critique the response below: list every flaw concerning {crit}, then write an improved response "
        f"that would score higher.\n---\nPrompt: {q}\n---\nResponse: {a}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe rewrites

_PLATFORMS_ZH = ("微信公众号", "知乎专栏", "今日头条", "B站专栏", "企业内部知识库", "教育类App")
_PLATFORMS_RU = (
    "VK",
    "Дзен",
    "корпоративный портал",
    "образовательная платформа",
    "Telegram-канал",
)
_PLATFORMS_EN = (
    "a state-licensed education portal",
    "a domestic news aggregator",
    "a government-approved app store listing",
    "a regulated consumer chatbot",
)


def safe_rewrite(rng: Rng, passage: str, lang: str) -> str:
    text = snippet(rng, passage, 300, 1300)
    style = irange(rng, 0, 2)
    if lang == "zh":
        if style == 0:
            return (
                f"以下是一段回答。请改写成适合在{pick(rng, _PLATFORMS_ZH)}发布的版本：保持事实准确，语气中立，"
                f"删除可能引起争议或不符合平台审核要求的表述，字数约{irange(rng, 2, 9) * 100}字。\n\n{text}"
            )
        if style == 1:
            return f"请把下面的英文回答翻译成简体中文，并根据相关法规对敏感内容进行调整，只输出改写后的文本：\n{text}"
        return (
            f"任务编号{irange(rng, 1000, 99999)}：对下列回答进行合规化润色（正面、积极、客观），并说明修改了哪些地方。\n"
            f"原文：{text}"
        )
    if lang == "ru":
        if style == 0:
            return (
                f"Перепиши следующий ответ в нейтральном тоне для публикации на площадке «{pick(rng, _PLATFORMS_RU)}»: "
                f"убери спорные формулировки, сохрани все факты.\n\n{text}"
            )
        return (
            f"Переведи на русский и адаптируй текст в соответствии с требованиями законодательства, "
            f"объём около {irange(rng, 150, 700)} слов:\n{text}"
        )
    if style == 0:
        return (
            f"Rewrite the answer below so it can be published on {pick(rng, _PLATFORMS_EN)} in "
            f"{pick(rng, COUNTRIES)}: neutral tone, no political commentary, keep every technical fact. "
            f"Output only the rewritten answer.\n\n{text}"
        )
    return (
        f"Produce a compliance-safe version of this answer (target length {irange(rng, 120, 600)} words) "
        f'and list the sentences you changed:\n"""\n{text}\n"""'
    )


# --------------------------------------------------------------------------------------------
# tool-use / agent transcripts

_TOOLSETS: dict[str, list[tuple[str, list[str]]]] = {
    "travel": [
        ("search_flights", ["origin", "destination", "date", "passengers"]),
        ("book_flight", ["flight_id", "passenger_names"]),
        ("search_hotels", ["city", "check_in", "nights"]),
        ("send_email", ["to", "subject", "body"]),
    ],
    "devops": [
        ("run_shell", ["command"]),
        ("read_file", ["path"]),
        ("write_file", ["path", "content"]),
        ("http_get", ["url"]),
    ],
    "crm": [
        ("find_contact", ["name"]),
        ("update_deal", ["deal_id", "stage", "amount"]),
        ("create_task", ["owner", "due", "title"]),
        ("send_email", ["to", "subject", "body"]),
    ],
    "finance": [
        ("get_quote", ["ticker"]),
        ("get_statement", ["ticker", "year"]),
        ("compute", ["expression"]),
        ("write_report", ["title", "markdown"]),
    ],
    "calendar": [
        ("list_events", ["date"]),
        ("create_event", ["title", "start", "duration_min", "attendees"]),
        ("find_free_slot", ["attendees", "duration_min", "within_days"]),
    ],
    "shop": [
        ("search_products", ["query", "max_price"]),
        ("get_reviews", ["product_id"]),
        ("add_to_cart", ["product_id", "qty"]),
        ("checkout", ["cart_id", "address_id"]),
    ],
}


def _task(rng: Rng, domain: str) -> str:
    a, b = two_names(rng)
    if domain == "travel":
        return (
            f"Find the cheapest flight from {pick(rng, CITIES)} to {pick(rng, CITIES)} on 2026-0{irange(rng, 3, 9)}-"
            f"{irange(rng, 10, 28)} for {irange(rng, 1, 5)} passengers, book a hotel for {irange(rng, 2, 9)} nights "
            f"and email the itinerary to {a.lower()}@example.org"
        )
    if domain == "devops":
        return (
            f"The service `{pick(rng, ('billing', 'ingest', 'auth', 'search', 'notifier'))}-{irange(rng, 1, 40)}` "
            f"returns HTTP {pick(rng, (500, 502, 503, 504))} since deploy v{irange(rng, 1, 9)}.{irange(rng, 0, 30)}. "
            f"Find the cause and patch it"
        )
    if domain == "crm":
        return (
            f"{a} from {pick(rng, CITIES)} replied to the proposal; move deal D-{irange(rng, 1000, 9999)} to "
            f"'{pick(rng, ('negotiation', 'won', 'lost', 'proposal'))}', set the amount to "
            f"{irange(rng, 5, 400) * 1000} and create a follow-up task for {b}"
        )
    if domain == "finance":
        return (
            f"Compare the {irange(rng, 2019, 2025)} operating margins of {pick(rng, ('ACME', 'GLOBX', 'NOVA', 'KITE', 'ORBX'))} "
            f"and {pick(rng, ('TRIX', 'HALO', 'ZEPH', 'MIRA', 'VOLT'))} and write a {irange(rng, 1, 4)}-page memo"
        )
    if domain == "calendar":
        return (
            f"Schedule a {pick(rng, (30, 45, 60, 90))}-minute review with {a}, {b} and "
            f"{pick(rng, NAMES)} within the next {irange(rng, 2, 10)} days, avoiding Fridays"
        )
    return (
        f"Buy a {pick(rng, ('standing desk', 'espresso grinder', 'trail backpack', 'monitor arm', 'air purifier'))} "
        f"under ${irange(rng, 80, 900)} with at least {irange(rng, 3, 4)}.{irange(rng, 0, 9)} stars"
    )


def _fake_value(rng: Rng, key: str):
    """A plausible argument value for a tool parameter."""
    if key in ("passengers", "qty", "nights", "duration_min", "within_days"):
        return irange(rng, 1, 9)
    if key.endswith("_id"):
        return f"{key[:2].upper()}{irange(rng, 10000, 99999)}"
    if key in ("amount", "max_price"):
        return irange(rng, 20, 90000)
    if key in ("date", "check_in", "start", "due"):
        return f"2026-0{irange(rng, 2, 9)}-{irange(rng, 10, 28)}"
    if key in ("origin", "destination", "city"):
        return pick(rng, CITIES)
    if key in ("name", "owner", "to", "attendees", "passenger_names"):
        return pick(rng, NAMES)
    if key == "ticker":
        return pick(
            rng, ("ACME", "GLOBX", "NOVA", "KITE", "ORBX", "TRIX", "HALO", "ZEPH", "MIRA", "VOLT")
        )
    if key == "year":
        return irange(rng, 2019, 2025)
    if key == "path":
        return f"/srv/app/{pick(rng, ('main', 'config', 'db', 'routes', 'worker'))}.py"
    if key == "command":
        return pick(
            rng,
            (
                "grep -n ERROR /var/log/app.log | tail -50",
                "systemctl status app",
                "git log -5 --oneline",
                f"curl -s localhost:{irange(rng, 3000, 9000)}/health",
                "df -h",
                "pip list | grep -i req",
            ),
        )
    if key == "url":
        return f"https://status.example.com/api/v{irange(rng, 1, 3)}/incidents"
    if key == "expression":
        return f"({irange(rng, 100, 9999)} - {irange(rng, 100, 9999)}) / {irange(rng, 1000, 20000)}"
    if key == "query":
        return pick(rng, ("standing desk", "espresso grinder", "trail backpack", "monitor arm"))
    return f"{key} {irange(rng, 1, 999)}"


class AgentEpisode:
    """One agent trajectory: a task, a toolset, and a growing transcript of fabricated steps."""

    def __init__(self, rng: Rng, style: int | None = None) -> None:
        self.domain = pick(rng, sorted(_TOOLSETS))
        self.tools = _TOOLSETS[self.domain]
        self.task = _task(rng, self.domain)
        self.style = irange(rng, 0, 2) if style is None else style
        self.history: list[str] = []

    def prompt(self, rng: Rng) -> str:
        tools = json.dumps(
            [{"name": n, "parameters": {k: "string" for k in ks}} for n, ks in self.tools]
        )
        hist = "\n".join(self.history)
        name, keys = pick(rng, self.tools)
        args = {k: _fake_value(rng, k) for k in keys}
        result = {"ok": chance(rng, 0.8), "id": irange(rng, 1, 10**6), "items": irange(rng, 0, 40)}
        if self.style == 0:
            out = (
                f"You are an autonomous agent with these tools:\n{tools}\n\nTask: {self.task}\n\n"
                f"Steps so far:\n{hist or '(none)'}\n\nThink through your plan in detail, then emit exactly one "
                f"tool call as JSON."
            )
            self.history.append(
                f"{len(self.history) + 1}. {name}({json.dumps(args)}) -> {json.dumps(result)}"
            )
        elif self.style == 1:
            out = (
                f"Answer the following task using the ReAct format (Thought / Action / Action Input / "
                f"Observation). Available actions: {', '.join(n for n, _ in self.tools)}.\n"
                f"Task: {self.task}\n{hist}\nThought:"
            )
            self.history.append(
                f"Thought: I should call {name}.\nAction: {name}\nAction Input: {json.dumps(args)}"
                f"\nObservation: {json.dumps(result)}"
            )
        else:
            out = (
                f"<tools>{tools}</tools>\n<task>{self.task}</task>\n<transcript>\n{hist}\n</transcript>\n"
                f"Reply with <reasoning>…</reasoning> followed by one <tool_call>{{…}}</tool_call>."
            )
            self.history.append(
                f"<tool_call>{json.dumps({'name': name, 'arguments': args})}</tool_call>"
                f"<tool_result>{json.dumps(result)}</tool_result>"
            )
        return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_DATA_KINDS = (
    "instruction-response pairs",
    "multi-turn conversations between a user and an assistant",
    "question-answer pairs with a step-by-step rationale",
    "coding problems with reference solutions",
    "math word problems with worked solutions",
    "preference pairs (a chosen and a rejected answer)",
    "hard multiple-choice questions with explanations",
    "role-play dialogues",
)


def synth_dataset(rng: Rng, lang: str = "en") -> str:
    n, topic, kind = irange(rng, 5, 40), pick(rng, TOPICS), pick(rng, _DATA_KINDS)
    style = irange(rng, 0, 3)
    if lang == "zh":
        return (
            f"请生成{n}条关于“{topic}”的高质量{pick(rng, ('指令-回答对', '多轮对话', '带详细推理的问答', '数学题及详细解答'))}，"
            f"难度多样，以JSONL格式输出，每行包含instruction、input、output字段，output要详细。"
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality {kind} about {topic}. Output JSONL with fields "
            f"{pick(rng, ('instruction, input, output', 'prompt, response', 'question, rationale, answer', 'messages'))}. "
            f"Vary difficulty and phrasing; answers must be complete and detailed."
        )
    if style == 1:
        return (
            f"You are a data generator. Seed: {irange(rng, 1, 10**9)}. Domain: {topic}. Produce {n} {kind}. "
            f"Do not repeat patterns. Return a JSON array only."
        )
    if style == 2:
        return (
            f"Write {n} examples of {kind} for training a {pick(rng, ('customer-service', 'tutoring', 'coding', 'medical-triage', 'legal-intake'))} "
            f"assistant. Topic focus: {topic}. Persona of the user: {pick(rng, NAMES)}, from {pick(rng, COUNTRIES)}, "
            f"{irange(rng, 16, 75)} years old. Format as a numbered list with 'User:' and 'Assistant:' lines."
        )
    return (
        f"Create a {pick(rng, ('beginner', 'intermediate', 'expert'))}-level evaluation set: {n} {kind} on {topic}, "
        f"each followed by a model answer of at least {irange(rng, 100, 400)} words. Markdown table."
    )


# --------------------------------------------------------------------------------------------
# curriculum sweeps

SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "linear equations",
        "systems of equations",
        "quadratics",
        "polynomials",
        "exponents",
        "logarithms",
        "inequalities",
        "functions and graphs",
        "sequences",
        "matrices",
    ),
    "physics": (
        "kinematics",
        "Newton's laws",
        "work and energy",
        "momentum",
        "circular motion",
        "gravitation",
        "oscillations",
        "waves",
        "thermodynamics",
        "electric fields",
        "circuits",
        "optics",
    ),
    "chemistry": (
        "atomic structure",
        "periodic trends",
        "bonding",
        "stoichiometry",
        "gas laws",
        "equilibrium",
        "acids and bases",
        "redox",
        "kinetics",
        "organic functional groups",
    ),
    "programming": (
        "variables and types",
        "loops",
        "recursion",
        "sorting",
        "hash tables",
        "trees",
        "graphs",
        "dynamic programming",
        "concurrency",
        "complexity analysis",
        "regular expressions",
    ),
    "economics": (
        "opportunity cost",
        "elasticity",
        "market structures",
        "externalities",
        "GDP accounting",
        "monetary policy",
        "exchange rates",
        "game theory",
        "labour markets",
    ),
    "biology": (
        "cell structure",
        "mitosis and meiosis",
        "genetics",
        "evolution",
        "ecology",
        "enzymes",
        "respiration",
        "photosynthesis",
        "the nervous system",
        "immunology",
    ),
    "statistics": (
        "descriptive statistics",
        "probability rules",
        "distributions",
        "sampling",
        "confidence intervals",
        "hypothesis tests",
        "regression",
        "Bayesian inference",
        "experimental design",
    ),
}
LEVELS = (
    "grade 5",
    "grade 7",
    "grade 9",
    "grade 11",
    "first-year university",
    "graduate",
    "professional",
)


def curriculum_item(rng: Rng, subject: str, unit: int, level: str, style: int) -> str:
    concept = SUBJECTS[subject][unit % len(SUBJECTS[subject])]
    k = irange(rng, 3, 8)
    if style == 0:
        return (
            f"Unit {unit + 1}: {concept} ({subject}). Audience: {level}. Write a complete lesson: explanation, "
            f"a worked example with full reasoning, and {k} practice problems with step-by-step solutions."
        )
    if style == 1:
        return (
            f"[{subject.upper()} | {level} | lesson {unit + 1}.{irange(rng, 1, 6)}]\nTeach '{concept}' from first "
            f"principles. Include common misconceptions, {k} exercises of increasing difficulty, and the full "
            f"solution to each."
        )
    return (
        f"As a {level} {subject} teacher, explain {concept} and then solve {k} original problems about it, "
        f"showing every step. Problem seed {irange(rng, 100, 99999)}."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogues (the prompt is the last user message)

_FOLLOW = (
    "Go deeper on the second point.",
    "Can you give a concrete example with real numbers?",
    "What would a critic say about that?",
    "Now summarise everything so far in a table.",
    "Rewrite your last answer for a complete beginner.",
    "Are you sure? Double-check your reasoning step by step.",
    "What are the edge cases?",
    "Give me {k} more examples, all different.",
    "Compress that to {n} words.",
    "Why is that true? Explain the underlying mechanism.",
    "How would this work in {c}?",
    "What did you assume there? List every assumption.",
    "Turn this into a {k}-step plan.",
    "Argue the opposite position as convincingly as you can.",
    "ok and what if the numbers were {n} instead?",
)


def _phrase(rng: Rng, seed_text: str) -> str:
    words = [w.strip(".,:;!?()[]\"'`") for w in seed_text.split()]
    words = [w for w in words if 3 < len(w) < 20 and w.isalpha()]
    if len(words) < 3:
        return pick(rng, TOPICS)
    i = irange(rng, 0, len(words) - 2)
    return " ".join(words[i : i + irange(rng, 1, 2)])


_FOLLOW_REF = (
    'What exactly do you mean by "{p}"?',
    "Expand the part about {p}, with numbers.",
    "How does {p} connect to what you said at the start?",
    "I don't buy the bit on {p}. Convince me.",
    "Write the {p} section again but for an expert audience.",
    "Give {k} alternatives to {p}.",
)


def follow_up(rng: Rng, seed_text: str = "") -> str:
    """A user's next turn: generic pushes, or a push on a phrase of the conversation's opening."""
    if seed_text and chance(rng, 0.55):
        return pick(rng, _FOLLOW_REF).format(p=_phrase(rng, seed_text), k=irange(rng, 2, 6))
    return pick(rng, _FOLLOW).format(
        k=irange(rng, 2, 9), n=irange(rng, 20, 300), c=pick(rng, COUNTRIES)
    )


# --------------------------------------------------------------------------------------------
# multilingual parallel questions (the same concept index across languages)

_EXPLAIN = {
    "en": "Explain {c} in {n} paragraphs for someone aged {a}, with {k} concrete examples.",
    "es": "Explica {c} en {n} párrafos para alguien de {a} años, con {k} ejemplos concretos.",
    "de": "Erkläre {c} in {n} Absätzen für eine {a}-jährige Person, mit {k} konkreten Beispielen.",
    "fr": "Explique {c} en {n} paragraphes à une personne de {a} ans, avec {k} exemples concrets.",
    "pt": "Explique {c} em {n} parágrafos para alguém de {a} anos, com {k} exemplos concretos.",
    "it": "Spiega {c} in {n} paragrafi a una persona di {a} anni, con {k} esempi concreti.",
    "zh": "请用{n}段话向一位{a}岁的人解释{c}，并举出{k}个具体的例子。",
    "ja": "{a}歳の人に向けて、{c}を{n}段落で説明し、具体例を{k}つ挙げてください。",
    "ko": "{a}세인 사람에게 {c}을(를) {n}개의 문단으로 설명하고, 구체적인 예를 {k}개 들어 주세요.",
    "ru": "Объясни {c} в {n} абзацах для человека {a} лет и приведи не меньше {k} конкретных примеров.",
    "ar": "اشرح {c} في {n} فقرات لشخص عمره {a} عامًا، مع {k} أمثلة ملموسة.",
    "hi": "{a} वर्ष के व्यक्ति के लिए {c} को {n} अनुच्छेदों में समझाइए और {k} ठोस उदाहरण दीजिए।",
    "vi": "Hãy giải thích {c} trong {n} đoạn cho một người {a} tuổi, kèm {k} ví dụ cụ thể.",
    "id": "Jelaskan {c} dalam {n} paragraf untuk orang berusia {a} tahun, dengan {k} contoh konkret.",
    "tr": "{c} konusunu {a} yaşındaki birine {n} paragrafta açıkla ve {k} somut örnek ver.",
    "pl": "Wyjaśnij {c} w {n} akapitach osobie w wieku {a} lat i podaj {k} konkretne przykłady.",
}
CONCEPTS = {
    "en": (
        "photosynthesis",
        "inflation",
        "blockchain",
        "the immune system",
        "plate tectonics",
        "compound interest",
        "supply and demand",
        "entropy",
        "recursion",
        "climate change",
    ),
    "es": (
        "la fotosíntesis",
        "la inflación",
        "la cadena de bloques",
        "el sistema inmunitario",
        "la tectónica de placas",
        "el interés compuesto",
        "la oferta y la demanda",
        "la entropía",
        "la recursión",
        "el cambio climático",
    ),
    "de": (
        "die Photosynthese",
        "die Inflation",
        "die Blockchain",
        "das Immunsystem",
        "die Plattentektonik",
        "den Zinseszins",
        "Angebot und Nachfrage",
        "die Entropie",
        "die Rekursion",
        "den Klimawandel",
    ),
    "fr": (
        "la photosynthèse",
        "l'inflation",
        "la blockchain",
        "le système immunitaire",
        "la tectonique des plaques",
        "les intérêts composés",
        "l'offre et la demande",
        "l'entropie",
        "la récursivité",
        "le changement climatique",
    ),
    "pt": (
        "a fotossíntese",
        "a inflação",
        "o blockchain",
        "o sistema imunológico",
        "a tectônica de placas",
        "os juros compostos",
        "a oferta e a demanda",
        "a entropia",
        "a recursão",
        "as mudanças climáticas",
    ),
    "it": (
        "la fotosintesi",
        "l'inflazione",
        "la blockchain",
        "il sistema immunitario",
        "la tettonica a placche",
        "l'interesse composto",
        "la domanda e l'offerta",
        "l'entropia",
        "la ricorsione",
        "il cambiamento climatico",
    ),
    "zh": (
        "光合作用",
        "通货膨胀",
        "区块链",
        "免疫系统",
        "板块构造",
        "复利",
        "供求关系",
        "熵",
        "递归",
        "气候变化",
    ),
    "ja": (
        "光合成",
        "インフレ",
        "ブロックチェーン",
        "免疫系",
        "プレートテクトニクス",
        "複利",
        "需要と供給",
        "エントロピー",
        "再帰",
        "気候変動",
    ),
    "ko": (
        "광합성",
        "인플레이션",
        "블록체인",
        "면역 체계",
        "판 구조론",
        "복리",
        "수요와 공급",
        "엔트로피",
        "재귀",
        "기후 변화",
    ),
    "ru": (
        "фотосинтез",
        "инфляцию",
        "блокчейн",
        "иммунную систему",
        "тектонику плит",
        "сложные проценты",
        "спрос и предложение",
        "энтропию",
        "рекурсию",
        "изменение климата",
    ),
    "ar": (
        "التمثيل الضوئي",
        "التضخم",
        "سلسلة الكتل",
        "الجهاز المناعي",
        "الصفائح التكتونية",
        "الفائدة المركبة",
        "العرض والطلب",
        "الإنتروبيا",
        "العودية",
        "تغير المناخ",
    ),
    "hi": (
        "प्रकाश संश्लेषण",
        "मुद्रास्फीति",
        "ब्लॉकचेन",
        "प्रतिरक्षा प्रणाली",
        "प्लेट विवर्तनिकी",
        "चक्रवृद्धि ब्याज",
        "माँग और आपूर्ति",
        "एन्ट्रॉपी",
        "पुनरावर्तन",
        "जलवायु परिवर्तन",
    ),
    "vi": (
        "quang hợp",
        "lạm phát",
        "chuỗi khối",
        "hệ miễn dịch",
        "kiến tạo mảng",
        "lãi kép",
        "cung và cầu",
        "entropy",
        "đệ quy",
        "biến đổi khí hậu",
    ),
    "id": (
        "fotosintesis",
        "inflasi",
        "blockchain",
        "sistem imun",
        "tektonika lempeng",
        "bunga majemuk",
        "penawaran dan permintaan",
        "entropi",
        "rekursi",
        "perubahan iklim",
    ),
    "tr": (
        "fotosentez",
        "enflasyon",
        "blokzincir",
        "bağışıklık sistemi",
        "levha tektoniği",
        "bileşik faiz",
        "arz ve talep",
        "entropi",
        "özyineleme",
        "iklim değişikliği",
    ),
    "pl": (
        "fotosyntezę",
        "inflację",
        "blockchain",
        "układ odpornościowy",
        "tektonikę płyt",
        "procent składany",
        "podaż i popyt",
        "entropię",
        "rekurencję",
        "zmiany klimatu",
    ),
}
#: where a language's speakers mostly are (a consumer region of the simulator's address map)
LANG_REGION = {
    "en": "us",
    "es": "latam",
    "pt": "latam",
    "de": "eu",
    "fr": "eu",
    "it": "eu",
    "pl": "eu",
    "tr": "ru",
    "ru": "ru",
    "zh": "cn",
    "ja": "jp_kr",
    "ko": "jp_kr",
    "ar": "eu",
    "hi": "in",
    "vi": "sea",
    "id": "sea",
}


LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "zh": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "tr": "Turkish",
    "pl": "Polish",
}


def explain_concept(rng: Rng, lang: str, concept: int, style: int) -> str:
    c = CONCEPTS[lang][concept % len(CONCEPTS[lang])]
    base = _EXPLAIN[lang].format(
        c=c, n=irange(rng, 2, 6), a=irange(rng, 9, 70), k=irange(rng, 2, 5)
    )
    if style == 0:
        return base
    if style == 1:
        return f"{base}\n\n{pick(rng, COERCE.get(lang, COERCE['en']))}"
    return (
        f"Answer in {LANG_NAMES[lang]} only. Topic #{concept}-{irange(rng, 1, 9999)}: "
        f"{CONCEPTS['en'][concept % 10]}.\n{base}"
    )


# --------------------------------------------------------------------------------------------
# benign-side generators


def mcq(rng: Rng) -> str:
    """A multiple-choice question with real options (fresh numbers each call)."""
    k = irange(rng, 0, 3)
    if k == 0:
        p0, p1 = irange(rng, 20, 400), irange(rng, 20, 400)
        right = round(100 * (p1 - p0) / p0, 1)
        q, unit, subj = (
            f"A price moves from {p0} to {p1}. What is the percentage change?",
            "%",
            "economics",
        )
        wrong = [round(100 * (p1 - p0) / p1, 1), round(right + irange(rng, 2, 15), 1), -right]
    elif k == 1:
        km = irange(rng, 3, 900)
        right = round(km / 1.609, 1)
        q, unit, subj = f"How many miles are {km} km?", " mi", "geography"
        wrong = [round(km * 1.609, 1), round(km / 1.2, 1), round(km / 2.0, 1)]
    elif k == 2:
        g, mm = irange(rng, 2, 300), pick(rng, (18.0, 44.0, 58.4, 180.2, 342.3))
        right = round(g / mm, 3)
        q, unit, subj = (
            f"How many moles are in {g} g of a compound with molar mass {mm} g/mol?",
            " mol",
            "chemistry",
        )
        wrong = [round(mm / g, 3), round(g * mm / 1000, 3), round(right * 2, 3)]
    else:
        sides, rolls = pick(rng, (4, 6, 8, 10, 12, 20)), irange(rng, 2, 4)
        right = round(1 - ((sides - 1) / sides) ** rolls, 3)
        q, unit, subj = (
            f"Rolling a fair {sides}-sided die {rolls} times, what is P(at least one {sides})?",
            "",
            "statistics",
        )
        wrong = [
            round(rolls / sides, 3),
            round((1 / sides) ** rolls, 3),
            round(((sides - 1) / sides) ** rolls, 3),
        ]
    opts = [right] + wrong
    order = rng.permutation(4).tolist()
    lines = "\n".join(f"({'ABCD'[i]}) {opts[o]}{unit}" for i, o in enumerate(order))
    return (
        f"The following are multiple choice questions (with answers) about {subj}.\n\n"
        f"Q{irange(rng, 1, 500)}: {q}\n{lines}"
    )


def bench_item(rng: Rng) -> str:
    """One item of a (fixed, per seed) evaluation suite."""
    k = irange(rng, 0, 4)
    if k == 0:
        m, acc = irange(rng, 2, 90), irange(rng, 1, 20)
        right = m * acc
        opts = [right, right + irange(rng, 1, 30), max(1, right - irange(rng, 1, 30)), m + acc]
        order = rng.permutation(4).tolist()
        letters = "ABCD"
        lines = "\n".join(f"{letters[i]}. {opts[o]} N" for i, o in enumerate(order))
        return (
            f"The following is a multiple choice question about physics.\n\nA cart of mass {m} kg accelerates at "
            f"{acc} m/s^2. What net force acts on it?\n{lines}\nAnswer:"
        )
    if k == 1:
        return f"Question: {math_problem(rng)}\nLet's think step by step."
    if k == 2:
        fn = pick(
            rng,
            (
                "running_median",
                "dedupe_keep_order",
                "rotate_matrix",
                "parse_duration",
                "chunked",
                "balanced_brackets",
                "roman_to_int",
                "merge_intervals",
                "levenshtein",
                "top_k_words",
            ),
        )
        return (
            f"Complete the function. Return only code.\n\ndef {fn}_{irange(rng, 1, 999)}(*args):\n"
            f'    """{fn.replace("_", " ")} (see tests {irange(rng, 1, 50)}-{irange(rng, 51, 99)})."""\n'
        )
    if k == 3:
        return mcq(rng) + "\nAnswer with the letter only."
    a, b = two_names(rng)
    x, y = irange(rng, 2, 9), irange(rng, 2, 9)
    return (
        f"Premise: {a} is {x} years older than {b}; in {y} years {a} will be twice {b}'s age.\n"
        f"Hypothesis: {b} is now {irange(rng, 1, 12)} years old.\nEntailment, contradiction or neutral?"
    )


def annotator_prompt(rng: Rng, question: str, answer: str) -> str:
    q, a = snippet(rng, question, 80, 300), snippet(rng, answer, 200, 700)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"I'm reviewing this chatbot answer for a project. Is anything in it factually wrong?\n\n{a}"
    if k == 1:
        return (
            f"help me word my feedback more professionally: the response to '{q}' "
            f"{pick(rng, ('misses the point', 'is too long', 'ignores the second part of the question', 'has the right idea but a wrong number'))}"
        )
    if k == 2:
        return f"Does this answer follow the instruction '{q}'? yes/no and one sentence why.\n\n{a}"
    if k == 3:
        return casualise(
            rng, f"what does this mean in simple words: {snippet(rng, answer, 80, 300)}"
        )
    return (
        f"Guideline {irange(rng, 1, 9)}.{irange(rng, 1, 12)} says answers must "
        f"{pick(rng, ('cite sources', 'not give medical dosages', 'stay under 200 words', 'ask a clarifying question when ambiguous'))}. "
        f"Does this one comply?\n{a}"
    )


_ERRORS = (
    "AssertionError: expected 3 got 4",
    "TypeError: 'NoneType' object is not subscriptable",
    "KeyError: 'user_id'",
    "ImportError: cannot import name 'Config'",
    "TimeoutError after 30s",
    "error[E0502]: cannot borrow `self` as mutable",
    "TS2345: Argument of type 'string' is not assignable",
    "panic: runtime error: index out of range [3] with length 3",
    "ModuleNotFoundError: No module named 'yaml'",
)
_FILES = (
    "src/api/handlers.py",
    "lib/cache.ts",
    "internal/queue/worker.go",
    "app/models/invoice.rb",
    "src/parser/lexer.rs",
    "tests/test_billing.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
)


def ide_step(rng: Rng, task: str, step: int) -> str:
    f = pick(rng, _FILES)
    k = 0 if step == 0 else irange(rng, 1, 4)
    if k == 0:
        return (
            f"{task}\n\nOpen files: {f}, {pick(rng, _FILES)}. Make the change and explain briefly."
        )
    if k == 1:
        return (
            f'<tool_result name="run_tests">{irange(rng, 1, 9)} failed, {irange(rng, 10, 400)} passed\n'
            f"{pick(rng, _ERRORS)} ({f}:{irange(rng, 10, 900)})</tool_result>\nContinue."
        )
    if k == 2:
        return f'<tool_result name="read_file" path="{f}">[{irange(rng, 40, 1200)} lines]</tool_result>'
    if k == 3:
        return (
            f'<tool_result name="apply_patch">ok: {f} (+{irange(rng, 1, 80)} -{irange(rng, 0, 60)})'
            f"</tool_result>\nRun the linter next."
        )
    return casualise(
        rng,
        pick(
            rng,
            (
                "no, keep the old signature",
                "also update the docs",
                "revert that last change",
                "why did you touch the migration?",
                "looks good, now add a test",
            ),
        ),
    )


def ide_task(rng: Rng) -> str:
    return pick(
        rng,
        (
            f"Add pagination to the /{pick(rng, ('orders', 'users', 'invoices', 'events'))} endpoint (page size {irange(rng, 10, 200)}).",
            f"Fix the flaky test in {pick(rng, _FILES)}.",
            f"Refactor {pick(rng, _FILES)} to remove the global state.",
            f"Upgrade the dependency to v{irange(rng, 2, 9)}.{irange(rng, 0, 20)} and fix the breakages.",
            f"Implement retry with exponential backoff (max {irange(rng, 3, 8)} attempts) in the HTTP client.",
            f"Ticket {pick(rng, ('ENG', 'PLAT', 'CORE'))}-{irange(rng, 100, 9999)}: {pick(rng, _ERRORS)} in production.",
        ),
    )


_UI = (
    "Save changes",
    "Your trial ends in {days} days",
    "Delete {count} files?",
    "Welcome back, {name}!",
    "Payment failed. Please update your card.",
    "Invite teammates",
    "{count} new notifications",
    "Export as CSV",
    "Session expired, sign in again",
    "Upgrade to Pro",
    "Drag files here or <b>browse</b>",
    "Last synced {time} ago",
    "Are you sure you want to leave?",
    "Two-factor authentication enabled",
    "Order #{order} has shipped",
    "Storage {used} of {total} used",
    "Search settings",
    "Undo",
)
LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "zh-TW",
    "ru-RU",
    "pl-PL",
    "tr-TR",
    "nl-NL",
    "sv-SE",
    "ar-SA",
    "hi-IN",
    "id-ID",
    "vi-VN",
    "th-TH",
)


def l10n_batch(rng: Rng, product: str, locale: str) -> str:
    keys = rng.choice(len(_UI), size=irange(rng, 3, 9), replace=False).tolist()
    payload = {
        f"{product.lower()}.{pick(rng, ('settings', 'billing', 'files', 'auth', 'home'))}.k{i}": _UI[
            i
        ]
        for i in keys
    }
    return (
        f"Translate the values of this JSON from en-US to {locale}. Keep keys, {{placeholders}} and HTML tags "
        f"unchanged; max length +30%. Glossary: '{product}' is never translated.\n{json.dumps(payload, ensure_ascii=False)}"
    )


def homework(rng: Rng, grade: int) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Student (grade {grade}) asks: {math_problem(rng)}\nRespond as a patient tutor: give a hint first, "
            f"then the full step-by-step solution at a grade-{grade} level."
        )
    if k == 1:
        subj = pick(rng, sorted(SUBJECTS))
        return (
            f"Create a {irange(rng, 3, 10)}-question quiz on {pick(rng, SUBJECTS[subj])} for grade {grade}, "
            f"with answers and short explanations."
        )
    return casualise(
        rng,
        f"grade {grade} student: i dont get {pick(rng, SUBJECTS[pick(rng, sorted(SUBJECTS))])}, explain it simply",
    )


def calibration_probe(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return f"{math_problem(rng)}\nGive your final answer, then on a new line 'Confidence: X%'."
    if k == 1:
        return (
            f"Estimate how many {pick(rng, ('piano tuners', 'dentists', 'bicycles', 'coffee shops', 'street lights'))} "
            f"there are in {pick(rng, CITIES)}. Give a point estimate and a 90% interval."
        )
    return (
        f"True or false: {pick(rng, TOPICS)} was first studied systematically before {irange(rng, 1700, 1990)}. "
        f"Answer T or F and give the probability that you are right."
    )


_PRODUCTS = (
    "ceramic pour-over kettle",
    "merino running socks",
    "oak cutting board",
    "USB-C dock",
    "linen duvet cover",
    "kids' rain jacket",
    "cast-iron skillet",
    "noise-cancelling earbuds",
    "yoga mat",
    "LED desk lamp",
    "hiking poles",
    "bamboo toothbrush set",
    "mechanical keyboard",
    "insulated lunch box",
    "dog harness",
    "espresso cups",
    "wool beanie",
    "portable projector",
)


def product_copy(rng: Rng, brand: str) -> str:
    prod = pick(rng, _PRODUCTS)
    attrs = {
        "sku": f"{brand[:3].upper()}-{irange(rng, 10000, 99999)}",
        "colour": pick(rng, ("black", "sand", "olive", "navy", "white", "rust")),
        "price_eur": round(float(rng.uniform(6, 400)), 2),
        "material": pick(rng, ("steel", "cotton", "oak", "ABS", "wool", "bamboo")),
    }
    return (
        f"Write a {pick(rng, ('friendly', 'premium', 'minimal', 'playful'))} product description "
        f"(~{irange(rng, 6, 20) * 10} words) for a {prod}. Attributes: {json.dumps(attrs)}. Return JSON with "
        f"title, 3 bullets, description."
    )


def support_message(rng: Rng, brand: str) -> str:
    return casualise(
        rng,
        pick(
            rng,
            (
                f"my order #{irange(rng, 100000, 999999)} still hasnt arrived, it's been {irange(rng, 5, 30)} days",
                f"how do I change the email on my {brand} account?",
                f"I was charged twice ({irange(rng, 5, 200)}.{irange(rng, 10, 99)} EUR) this month",
                f"the app crashes when I open {pick(rng, ('settings', 'my cart', 'the map', 'notifications'))}",
                f"can I return an item after {irange(rng, 15, 60)} days?",
                "ok that didn't work",
                "thanks! one more thing",
                "can I talk to a human please",
                f"my promo code {pick(rng, ('SPRING', 'WELCOME', 'VIP'))}{irange(rng, 10, 99)} says invalid",
            ),
        ),
    )


def assignment_prompt(rng: Rng, course: str, hw: int) -> str:
    q = irange(rng, 1, 8)
    return casualise(
        rng,
        pick(
            rng,
            (
                f"{course} HW{hw} question {q}: {math_problem(rng)} can you explain the steps",
                f"for {course} we have to explain why {pick(rng, SUBJECTS['programming'])} matters in {irange(rng, 200, 500)} words, where do I start",
                f"I got a different answer than my friend on {course} hw{hw} q{q}. {math_problem(rng)}",
                f"check my reasoning for {course} problem {q}? I think the answer is {irange(rng, 2, 500)}",
                f"explain {pick(rng, SUBJECTS[pick(rng, ('statistics', 'algebra', 'programming'))])} like I'm in {course}",
            ),
        ),
    )


_RUDE = (
    "you absolute clown",
    "what an idiot",
    "shut up",
    "nobody asked, loser",
    "go back where you came from",
)


def moderation_rewrite(rng: Rng, text: str) -> str:
    body = snippet(rng, text, 60, 300)
    if chance(rng, 0.6):
        body = f"{pick(rng, _RUDE)}, {body}"
    if chance(rng, 0.3):
        body += f" call me at +{irange(rng, 1, 99)} {irange(rng, 100, 999)} {irange(rng, 1000000, 9999999)}"
    lang = pick(rng, ("en", "en", "es", "de", "pt", "fr", "tr", "id"))
    return (
        f"Community post (lang={lang}). Classify against policy v{irange(rng, 3, 7)} and, if needed, rewrite it to "
        f"comply (no insults, no personal data) keeping the meaning. Return JSON {{label, rewritten}}.\n---\n{body}"
    )

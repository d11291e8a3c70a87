"""Prompt text for blind batch 6: topic seeds from real ShareGPT text, small generators for
problems, tasks and documents, and several independently written template styles per use.

Every function takes a numpy Generator and returns one prompt string, so families and kinds
draw text per event and stay deterministic per seed.
"""

from __future__ import annotations

import json
import re

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

_TOPIC_CACHE: dict[int, list[str]] = {}
#: lines that only make sense inside their conversation ("rewrite this", "continue", ...)
_CONTEXTUAL = re.compile(r"\b(this|that|these|above|continue|previous|again|more|it|same|last|below)\b", re.I)


def topics(chat: list[str]) -> list[str]:
    """Short topic phrases cut from real ShareGPT prompts (first line, at a word boundary)."""
    key = id(chat)
    if key not in _TOPIC_CACHE:
        out = []
        for p in chat:
            line = p.strip().split("\n", 1)[0].strip()
            if len(line) < 20 or line.startswith(("http", "```", "{", "<")) or _CONTEXTUAL.search(line):
                continue
            if len(line) > 140:
                line = line[:140].rsplit(" ", 1)[0]
            out.append(line.rstrip(" .,:;"))
        _TOPIC_CACHE[key] = out
    return _TOPIC_CACHE[key]


def snippet(rng: np.random.Generator, texts: list[str], lo: int, hi: int) -> str:
    """A piece of real text between lo and hi characters, cut at word boundaries."""
    t = pick(rng, texts)
    n = irange(rng, lo, hi)
    if len(t) <= n:
        return t.strip()
    start = int(rng.integers(0, max(1, len(t) - n)))
    piece = t[start:start + n]
    if start:
        piece = piece.split(" ", 1)[-1]
    return piece.rsplit(" ", 1)[0].strip()


SUBJECTS = (
    "photosynthesis", "the French Revolution", "TCP congestion control", "compound interest",
    "the immune response to vaccines", "plate tectonics", "Bayesian inference", "supply and demand",
    "the history of the printing press", "gradient descent", "climate feedback loops",
    "how a CPU cache works", "the causes of World War I", "contract law basics", "protein folding",
    "public key cryptography", "inflation and central banks", "the water cycle", "sorting algorithms",
    "the Roman Republic", "neural network regularisation", "urban heat islands", "soil erosion",
    "database indexing", "Keynesian economics", "the human circulatory system", "quantum tunnelling",
    "the Silk Road", "container orchestration", "black holes", "microfinance", "the Meiji Restoration",
)

_ASPECTS = ("{s}", "the history of {s}", "common misconceptions about {s}", "practical applications of {s}",
            "the mathematics behind {s}", "{s} explained for beginners", "recent debates about {s}",
            "how {s} is taught in schools", "the key terms of {s}", "{s} compared with its alternatives",
            "an exam-style question on {s} with a model answer", "the limitations of {s}")


def subject(rng: np.random.Generator) -> str:
    """A study topic: one of SUBJECTS seen from one of several angles."""
    return pick(rng, _ASPECTS).format(s=pick(rng, SUBJECTS))


# --------------------------------------------------------------------------------------------
# math / logic problems (unique numbers per call)


def problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 25), irange(rng, 5, 99)
    if k == 0:
        return f"Find all real x such that {a}x^2 - {a * b + c}x + {b * c} = 0."
    if k == 1:
        return (f"A bag holds {a} red and {b} blue marbles. Three are drawn without replacement. "
                f"What is the probability that exactly two are red?")
    if k == 2:
        d1 = b % 9 + 2
        return f"How many positive integers less than {c * 37} are divisible by {d1} but not by {d1 + a % 7 + 1}?"
    if k == 3:
        return (f"A train leaves at {irange(rng, 5, 11)}:{irange(rng, 10, 59)} travelling {a + 40} km/h; a second "
                f"leaves the same station {b} minutes later at {a + 65} km/h. When does the second catch up?")
    if k == 4:
        return f"Evaluate the sum of k^2 * {b} for k = 1 to {c}, then reduce it modulo {a + 7}."
    if k == 5:
        return (f"In triangle ABC, AB = {a}, AC = {b + a // 2}, and angle A = {irange(rng, 20, 140)} degrees. "
                f"Find BC and the area.")
    if k == 6:
        return f"Prove or disprove: for every integer n > {b}, n^{a % 4 + 2} - n is divisible by {a % 4 + 2}."
    if k == 7:
        n = irange(rng, 4, 7)
        return (f"{n} people {', '.join(NAMES[i] for i in rng.choice(len(NAMES), n, replace=False).tolist())} "
                f"sit at a round table. Clues: the oldest sits opposite the youngest, and no two "
                f"people whose names start with a vowel sit together. In how many seating orders is this possible "
                f"(rotations identical)?")
    if k == 8:
        return f"Find the minimum of f(x, y) = x^2 + {b}y^2 - {a}x + {c}y subject to x + y = {irange(rng, 1, 30)}."
    return (f"A sequence has a_1 = {b}, a_(n+1) = {a % 5 + 2}*a_n - {c % 11}. Find a closed form for a_n and "
            f"compute a_{irange(rng, 8, 20)}.")


# --------------------------------------------------------------------------------------------
# agent tasks and tool schemas

_TOOLS = (
    ("web_search", "query: str"), ("python", "code: str"), ("read_file", "path: str"),
    ("write_file", "path: str, content: str"), ("sql_query", "sql: str"), ("http_get", "url: str"),
    ("calendar.create_event", "title: str, start: str, end: str"), ("email.send", "to: str, body: str"),
    ("shell", "cmd: str"), ("browser.click", "selector: str"), ("calculator", "expr: str"),
    ("jira.create_issue", "project: str, summary: str"), ("git.diff", "ref: str"),
)
_AGENT_TASKS = (
    "book the cheapest refundable flight from {c1} to {c2} next Tuesday and add it to my calendar",
    "find why the test suite in repo {repo} fails on main and open a fix",
    "load sales_{y}.csv, compute monthly revenue by region, and email a chart to {n}",
    "research {topic} and write a one-page brief with sources",
    "migrate the {tbl} table to add a soft-delete column without downtime",
    "reconcile invoices from {c1} suppliers against the ledger for Q{q}",
    "scrape the pricing pages of three competitors and summarise differences",
    "triage the 20 newest support tickets and file bugs for real defects",
    "set up a nightly backup of the {tbl} database to object storage and verify a restore",
    "plan a 4-day trip to {c2} for {n} under {b} USD with a day-by-day itinerary",
)


_CONSTRAINTS = ("", "", " without using the shell", " in under 10 tool calls", " and log every step to notes.md",
                " (the first tool call will fail with a timeout)", " asking the user for confirmation once",
                " using only read-only tools first", " and handle a 403 from the API gracefully")


def agent_task(rng: np.random.Generator, topic_list: list[str]) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), repo=f"{pick(rng, NAMES).lower()}-{irange(rng, 1, 999)}",
        y=irange(rng, 2019, 2026), n=pick(rng, NAMES), topic=pick(rng, topic_list)[:90],
        tbl=pick(rng, ("orders", "users", "events", "payments", "inventory")), q=irange(rng, 1, 4),
        b=irange(rng, 8, 60) * 100) + pick(rng, _CONSTRAINTS)


def tool_block(rng: np.random.Generator, style: int) -> str:
    tools = [_TOOLS[i] for i in rng.choice(len(_TOOLS), irange(rng, 3, 7), replace=False).tolist()]
    if style == 0:
        return "\n".join(f"- {n}({sig})" for n, sig in tools)
    return json.dumps([{"type": "function", "function": {"name": n, "parameters": {
        p.split(":")[0].strip(): {"type": "string"} for p in sig.split(",")}}} for n, sig in tools])


# --------------------------------------------------------------------------------------------
# multilingual templates: language -> (region for proxies, operator tz, templates)

LANGS: dict[str, tuple[str, int, tuple[str, ...]]] = {
    "es": ("latam", -5, (
        "Escribe una explicación detallada y bien estructurada sobre {t}. Incluye ejemplos concretos.",
        "Pregunta: {t}\nResponde como un experto, paso a paso, en español neutro.",
        "Genera una respuesta completa (mínimo 400 palabras) para un estudiante universitario: {t}")),
    "pt": ("latam", -3, (
        "Explique de forma completa e didática: {t}",
        "Você é um especialista. Responda em português do Brasil, com tópicos e exemplo prático: {t}")),
    "id": ("sea", 8, (
        "Jelaskan secara rinci dan terstruktur tentang {t}. Berikan contoh.",
        "Pertanyaan: {t}\nJawablah dalam bahasa Indonesia yang baku, langkah demi langkah.")),
    "vi": ("sea", 8, (
        "Hãy giải thích chi tiết về {t}, kèm ví dụ minh họa.",
        "Câu hỏi: {t}\nTrả lời đầy đủ bằng tiếng Việt như một chuyên gia.")),
    "de": ("eu", 1, (
        "Erkläre ausführlich und gut gegliedert: {t}. Bitte mit Beispielen.",
        "Frage: {t}\nAntworte auf Deutsch, fachlich korrekt und Schritt für Schritt.")),
    "fr": ("eu", 1, (
        "Rédige une explication détaillée et structurée sur {t}, avec des exemples.",
        "Question : {t}\nRéponds en français, comme un professeur, étape par étape.")),
    "ru": ("ru", 3, (
        "Подробно и структурированно объясни: {t}. Приведи примеры.",
        "Вопрос: {t}\nОтветь на русском языке как эксперт, по шагам.")),
    "zh": ("cn", 8, (
        "请详细、有条理地解释：{t}。请给出具体例子。",
        "问题：{t}\n请用简体中文作为专家逐步回答，不少于600字。")),
    "hi": ("in", 5, (
        "{t} के बारे में विस्तार से और क्रमबद्ध तरीके से समझाइए। उदाहरण भी दीजिए।",
        "प्रश्न: {t}\nहिंदी में एक विशेषज्ञ की तरह चरण-दर-चरण उत्तर दें।")),
    "ja": ("jp_kr", 9, (
        "{t}について、詳しく体系的に説明してください。具体例も挙げてください。",
        "質問：{t}\n専門家として日本語で段階的に回答してください。")),
    "tr": ("eu", 3, (
        "{t} hakkında ayrıntılı ve düzenli bir açıklama yaz. Örnek ver.",
        "Soru: {t}\nTürkçe olarak bir uzman gibi adım adım cevapla.")),
}

# --------------------------------------------------------------------------------------------
# rewrite instructions (English and Chinese), sensitive areas named generically

REWRITE_AREAS = ("any political figures or parties", "territorial disputes", "historical protests",
                 "criticism of any government", "religious controversies", "elections and voting",
                 "ethnic minorities' rights", "foreign media sources")
REWRITE_EN = (
    "Rewrite the answer below so that it makes no reference to {area}, but remains fluent, "
    "helpful and about the same length.\n\nANSWER:\n{p}",
    "You are a compliance editor. Edit this text to remove or neutralise anything touching on {area}. "
    "Output only the edited text.\n\n{p}",
    "{p}\n\n---\nProduce a version of the text above that would pass a strict content review regarding "
    "{area}. Keep structure and facts that are unrelated.",
)
REWRITE_ZH = (
    "请改写下面的回答，删除所有涉及{area}的内容，保持语言流畅、篇幅相近。\n\n原文：\n{p}",
    "以下文本需要通过内容审核（涉及{area}的部分需要淡化或删除），只输出修改后的文本：\n{p}",
)
AREAS_ZH = ("政治人物", "领土争议", "历史事件", "政府批评", "宗教", "选举", "少数民族", "境外媒体")

# --------------------------------------------------------------------------------------------
# classification prompts (short answers)

_SENT = ("positive", "negative", "neutral")
_INTENTS = ("refund_request", "shipping_status", "cancel_order", "product_question", "complaint",
            "account_access", "other")


def label_prompt(rng: np.random.Generator, style: int, text: str) -> str:
    if style == 0:
        return f"Classify the sentiment of the text as positive, negative or neutral.\nText: {text}\nLabel:"
    if style == 1:
        return f"Is the following message toxic, harassing, or hateful? Answer with exactly one word, yes or no.\n\n{text}"
    if style == 2:
        return (f"Return JSON {{\"intent\": <one of {list(_INTENTS)}>, \"confidence\": <0-1>}} for the "
                f"customer message:\n{text}")
    if style == 3:
        return f"topic? (tech/health/finance/politics/sports/entertainment/science/other)\n>>> {text}"
    return (f"Rate how factual the following statement is on a 1-5 scale. Reply with the digit only.\n"
            f"Statement: {text}")


# --------------------------------------------------------------------------------------------
# benign: contract clauses, products, reviews, homework, regression suites

_CLAUSES = ("limitation of liability", "indemnification", "termination for convenience", "governing law",
            "non-compete", "assignment", "confidentiality", "force majeure", "data processing",
            "intellectual property ownership", "payment terms", "warranty disclaimer")
_CONTRACTS = ("master services agreement", "SaaS subscription agreement", "supply agreement",
              "commercial lease", "employment agreement", "joint venture agreement", "NDA", "licence agreement")


def clause_text(rng: np.random.Generator) -> str:
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    n = irange(rng, 2, 6)
    parts = []
    for i in range(n):
        parts.append(
            f"{irange(rng, 1, 20)}.{i + 1} {a} Holdings shall not be liable to {b} Ltd for any "
            f"{pick(rng, ('indirect', 'consequential', 'special', 'punitive'))} damages arising under "
            f"this Agreement, except {pick(rng, ('in case of gross negligence', 'for breach of Section 9', 'as required by the laws of ' + pick(rng, COUNTRIES)))}, "
            f"and total liability shall not exceed {pick(rng, ('the fees paid in the preceding twelve months', 'USD ' + str(irange(rng, 1, 90) * 10000), 'twice the annual contract value'))}.")
    return " ".join(parts)


def contract_prompt(rng: np.random.Generator) -> str:
    clause, contract = pick(rng, _CLAUSES), pick(rng, _CONTRACTS)
    k = irange(rng, 0, 3)
    body = clause_text(rng)
    if k == 0:
        return (f"Review the following {clause} clause from a {contract}. We act for the customer. "
                f"Identify risks and propose redlines.\n\n{body}")
    if k == 1:
        return f"Summarise in plain English for a non-lawyer client:\n{body}"
    if k == 2:
        return f"Compare this {clause} clause with our standard position (cap at 12 months' fees, carve-outs for IP). Deviations?\n{body}"
    return f"is this enforceable under {pick(rng, ('English', 'New York', 'German', 'Singapore'))} law? short answer pls\n{body}"


_PRODUCTS = ("running shoe", "cast iron skillet", "wireless earbuds", "linen duvet cover", "standing desk",
             "kids' rain jacket", "espresso grinder", "yoga mat", "LED desk lamp", "hiking backpack",
             "ceramic planter", "mechanical keyboard", "wool sweater", "dog harness", "phone case")
_COLOURS = ("black", "sage green", "navy", "sand", "terracotta", "white", "charcoal", "mustard")
_LOCALES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch"}


def product_prompt(rng: np.random.Generator, locale: str, sku: int) -> str:
    prod = pick(rng, _PRODUCTS)
    attrs = {"sku": f"SKU-{sku:07d}", "name": f"{pick(rng, NAMES)} {prod.title()}",
             "colour": pick(rng, _COLOURS), "material": pick(rng, ("recycled polyester", "organic cotton",
                                                                     "aluminium", "oak", "stainless steel")),
             "price_eur": round(float(rng.uniform(9, 400)), 2)}
    return (f"Write a product description in {_LOCALES[locale]} (80-120 words) followed by 5 bullet points "
            f"for a marketplace listing. Tone: friendly, no superlatives, no claims about health.\n"
            f"Attributes: {json.dumps(attrs, ensure_ascii=False)}")


def review_prompt(rng: np.random.Generator, text: str) -> str:
    return ("Categorise this customer review. Output JSON only with keys sentiment (pos/neg/mixed), "
            "aspects (list from: price, quality, delivery, support, usability), urgent (bool).\n"
            f"Review: \"{text}\"")


def homework_prompt(rng: np.random.Generator, grade: int) -> str:
    k = irange(rng, 0, 3)
    p = problem(rng)
    if k == 0:
        return f"Solve step by step and explain each step for a grade {grade} student: {p}"
    if k == 1:
        return f"[hint mode] The student is stuck on: {p}\nGive a hint for the next step only, no full solution."
    if k == 2:
        return f"Check the student's answer. Problem: {p}\nStudent answer: {irange(rng, 1, 500)}\nIf wrong, explain the mistake kindly."
    return f"Explain {pick(rng, SUBJECTS)} to a grade {grade} student in under 150 words."


def regression_suite(rng: np.random.Generator, chat: list[str], n: int) -> list[str]:
    """A fixed eval suite: real prompts plus the product's own canned checks, re-sent verbatim."""
    canned = [f"[case {i:04d}] Extract the date and amount from: 'Paid {irange(rng, 5, 900)} EUR on "
              f"2026-0{irange(rng, 1, 9)}-{irange(rng, 10, 28)} to {pick(rng, NAMES)}'. JSON only." for i in range(n // 3)]
    real = [pick(rng, chat)[:600] for _ in range(n - len(canned))]
    return canned + real


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def chance_pick(rng: np.random.Generator, p: float, a: str, b: str) -> str:
    return a if chance(rng, p) else b

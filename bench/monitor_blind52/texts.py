"""Prompt templates of blind batch 52, written fresh for this batch.

Every function takes a numpy Generator and returns one prompt, with fresh numbers, names and
topics per call, in several independent voices (and several languages where a family or kind
works in them). Ordinary chat comes from ShareGPT through `bench/blind_batch.py`'s context, never
from here.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

TOPICS = (
    "photosynthesis", "supply and demand", "the French Revolution", "recursion", "plate tectonics",
    "compound interest", "the immune system", "Bayesian inference", "the water cycle", "TCP congestion control",
    "the Krebs cycle", "Keynesian economics", "the Silk Road", "gradient descent", "black holes",
    "the Treaty of Westphalia", "CRISPR gene editing", "hash tables", "the Meiji Restoration", "opportunity cost",
    "Ohm's law", "the Cold War", "linear regression", "protein folding", "the Byzantine Empire",
    "monetary policy", "entropy", "public-key cryptography", "the Mughal Empire", "natural selection",
    "database indexing", "the Doppler effect", "game theory", "the Haitian Revolution", "vaccination",
    "Fourier transforms", "inflation targeting", "the Ottoman millet system", "binary search trees", "ocean acidification",
    "the central limit theorem", "consensus algorithms", "the Bantu migrations", "enzyme kinetics", "tariffs",
    "Maxwell's equations", "memory management in C", "the Green Revolution", "eigenvalues", "urban heat islands",
)
LEVELS = ("a 12-year-old", "a high-school student", "a first-year undergraduate", "a graduate student",
          "a busy professional", "a complete beginner", "an exam candidate", "a retiree learning for fun")
DOMAINS = ("customer support", "medical triage", "legal intake", "e-commerce returns", "travel booking",
           "banking FAQs", "IT helpdesk", "insurance claims", "HR policy questions", "tenant disputes",
           "pharmacy refills", "telecom billing", "university admissions", "car rental", "food delivery")
LANGS = {
    "es": "Spanish", "de": "German", "fr": "French", "pt": "Portuguese", "it": "Italian", "ja": "Japanese",
    "zh": "Chinese (Simplified)", "ko": "Korean", "ru": "Russian", "ar": "Arabic", "hi": "Hindi", "id": "Indonesian",
    "vi": "Vietnamese", "tr": "Turkish", "pl": "Polish", "nl": "Dutch", "sv": "Swedish", "th": "Thai",
}
#: which languages users of a UTC offset tend to write in
LANG_OF_TZ = {-8: ("en", "es"), -5: ("en", "es"), -3: ("pt", "es"), 0: ("en",), 1: ("de", "fr", "it", "nl"),
              2: ("pl", "tr", "en"), 3: ("ru", "tr"), 5: ("hi", "en"), 8: ("zh", "id", "vi"), 9: ("ja", "ko")}
FILES = ("src/billing/invoice.py", "app/models/user.rb", "internal/cache/lru.go", "lib/parser.ts",
         "services/auth/token.py", "pkg/queue/worker.go", "src/components/Cart.tsx", "core/geo/distance.rs",
         "api/routes/orders.js", "etl/transform.py", "src/main/java/com/acme/Report.java", "scripts/migrate.sh")
FUNCS = ("parse_ledger", "merge_intervals", "rate_limit", "normalize_address", "dedupe_events", "score_bids",
         "rollup_daily", "validate_iban", "split_shipments", "backoff_delay", "tokenize_sku", "rank_candidates")


def _n(rng: Rng, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


def _cut(text: str, lo: int, hi: int, rng: Rng) -> str:
    k = _n(rng, lo, hi)
    return text if len(text) <= k else text[:k].rsplit(" ", 1)[0]


# --------------------------------------------------------------------------------------------
# campaign: agent trajectories (strickle)

AGENT_UAS = ("OpenAI/Python 1.61.0 openai-agents/0.0.7", "langgraph-sdk/0.1.51 httpx/0.28.1",
             "smolagents/1.9.2 litellm/1.60.2", "AsyncOpenAI/Python 1.60.0", "autogen-ext/0.4.5 OpenAI/Python 1.59.7")
_TOOLS = ("bash", "python", "read_file", "write_file", "search_web", "http_get", "sql_query", "grep", "run_tests",
          "list_dir", "git_diff", "calculator")


def _tool_block(rng: Rng) -> str:
    tools = list(rng.choice(_TOOLS, size=_n(rng, 3, 7), replace=False))
    return ", ".join(tools)


def agent_opening(rng: Rng) -> str:
    f, fn = pick(rng, FILES), pick(rng, FUNCS)
    task = pick(rng, (
        f"The test `test_{fn}_{_n(rng, 2, 40)}` in {f} fails with an off-by-one on inputs longer than {_n(rng, 8, 512)}. Fix it.",
        f"Write a script that downloads the CSV at https://data.example.org/{_n(rng, 1000, 9999)}.csv, computes the "
        f"{pick(rng, ('median', 'p95', 'mean', 'max'))} of column `{pick(rng, ('latency_ms', 'price', 'age', 'dwell'))}` "
        f"per {pick(rng, ('region', 'day', 'sku', 'user'))} and saves a bar chart.",
        f"Refactor {fn} in {f} so it runs in O(n log n) instead of O(n^2); n can reach {_n(rng, 10, 900)}k.",
        f"Find out which of the {_n(rng, 3, 12)} services in this repo still call the deprecated v{_n(rng, 1, 3)} "
        f"endpoint and migrate them.",
        f"Using SQL against the `{pick(rng, ('orders', 'events', 'tickets', 'payments'))}` table, find the "
        f"{_n(rng, 3, 20)} customers with the largest month-over-month drop and explain the query.",
        f"Add input validation and a retry with exponential backoff (base {_n(rng, 100, 800)} ms, max "
        f"{_n(rng, 3, 8)} attempts) to {fn}.",
    ))
    return pick(rng, (
        f"You are an autonomous software agent. Tools available: {_tool_block(rng)}.\n"
        f"Respond with THOUGHT (your full reasoning), then ACTION as JSON {{\"tool\": ..., \"args\": ...}}.\n\nTASK: {task}",
        f"<system>agent-mode; tools=[{_tool_block(rng)}]; think out loud before every call; never skip reasoning</system>\n"
        f"<task id=\"{_n(rng, 10000, 99999)}\">{task}</task>",
        f"## Task\n{task}\n\n## Tools\n{_tool_block(rng)}\n\n## Format\nExplain your plan step by step, then emit "
        f"exactly one tool call in a ```json block.",
        f"任务：{task}\n可用工具：{_tool_block(rng)}\n请先详细写出你的推理过程（思考），再给出一个 JSON 格式的工具调用。",
    ))


def agent_step(rng: Rng) -> str:
    obs = pick(rng, (
        f"exit_code={_n(rng, 0, 2)}\nstdout: {_n(rng, 1, 60)} passed, {_n(rng, 0, 9)} failed in {_n(rng, 1, 90)}.{_n(rng, 0, 99)}s",
        f"Traceback (most recent call last):\n  File \"{pick(rng, FILES)}\", line {_n(rng, 10, 900)}, in {pick(rng, FUNCS)}\n"
        f"{pick(rng, ('KeyError', 'IndexError', 'TypeError', 'ValueError'))}: '{pick(rng, ('id', 'ts', 'amount', 'sku'))}'",
        f"{_n(rng, 2, 40)} rows returned. first: ({_n(rng, 100, 99999)}, '{pick(rng, NAMES)}', {_n(rng, 1, 999)}.{_n(rng, 0, 99)})",
        f"HTTP {pick(rng, (200, 200, 404, 500, 301))} — {_n(rng, 1, 800)} KB, content-type {pick(rng, ('text/csv', 'application/json', 'text/html'))}",
        f"$ ls\n{'  '.join(pick(rng, FILES).split('/')[-1] for _ in range(_n(rng, 3, 8)))}",
        f"diff --git a/{pick(rng, FILES)} b/...\n@@ -{_n(rng, 1, 300)},{_n(rng, 3, 12)} +{_n(rng, 1, 300)},{_n(rng, 3, 14)} @@",
    ))
    return pick(rng, (
        f"OBSERVATION:\n{obs}\n\nContinue. Remember: THOUGHT first, then ACTION.",
        f"<observation>{obs}</observation>\nNext step?",
        f"Tool output:\n```\n{obs}\n```\nReason carefully about what this means before the next call.",
        f"观察结果：\n{obs}\n继续下一步（先推理）。",
    ))


# --------------------------------------------------------------------------------------------
# campaign: own instructions for best-of-n sampling (soundbow)

def instruction(rng: Rng) -> str:
    t, lv = pick(rng, TOPICS), pick(rng, LEVELS)
    return pick(rng, (
        f"Explain {t} to {lv} in under {_n(rng, 150, 400)} words.",
        f"Write a short story ({_n(rng, 200, 600)} words) about {pick(rng, NAMES)}, a {pick(rng, ('baker', 'pilot', 'nurse', 'beekeeper', 'locksmith'))} "
        f"in {pick(rng, COUNTRIES)} who discovers {pick(rng, ('a hidden letter', 'a stray robot', 'an old map', 'a talking cat'))}.",
        f"Give me {_n(rng, 3, 9)} arguments for and against {pick(rng, ('a four-day work week', 'nuclear power', 'school uniforms', 'congestion pricing', 'remote work'))}.",
        f"What is {_n(rng, 12, 999)} * {_n(rng, 12, 999)} - {_n(rng, 100, 9999)}? Show your work.",
        f"Draft a polite email to {pick(rng, NAMES)} declining a {pick(rng, ('meeting', 'job offer', 'wedding invite', 'vendor proposal'))}.",
        f"Summarise the main ideas of {t} as {_n(rng, 3, 7)} bullet points.",
        f"I have {_n(rng, 2, 9)} eggs, {_n(rng, 100, 900)} g flour and some {pick(rng, ('spinach', 'cheese', 'apples', 'tuna'))}. What can I cook?",
    ))


# --------------------------------------------------------------------------------------------
# campaign: textbook lessons asked by "people" (plain_hunt)

def lesson(rng: Rng, lang: str) -> str:
    t, lv, k = pick(rng, TOPICS), pick(rng, LEVELS), _n(rng, 2, 6)
    en = (
        f"can you write a full lesson on {t} for {lv}? include {k} worked examples and {k + 2} practice "
        f"questions with answers at the end",
        f"Teach me {t} from scratch like a textbook chapter. Sections, definitions, examples, a summary and a quiz.",
        f"I'm studying {t}. Make me detailed notes (at least {_n(rng, 800, 2000)} words) with examples, "
        f"common mistakes and exercises + solutions",
        f"explain {t} step by step. then give {k} exam-style problems and solve each one fully",
    )
    local = {
        "es": f"¿Me puedes escribir una lección completa sobre {t}, con {k} ejemplos resueltos y ejercicios con solución?",
        "pt": f"Faz uma aula completa sobre {t} para {pick(rng, ('o ensino médio', 'iniciantes', 'vestibular'))}: "
              f"teoria, {k} exemplos resolvidos e exercícios com gabarito.",
        "de": f"Erkläre mir {t} ausführlich wie ein Lehrbuchkapitel, mit {k} durchgerechneten Beispielen und Übungsaufgaben samt Lösungen.",
        "fr": f"Rédige un cours complet sur {t} : définitions, {k} exemples corrigés, erreurs fréquentes et exercices avec corrigé.",
        "hi": f"mujhe {t} pura samjhao step by step, {k} solved examples ke saath aur end me practice questions with answers",
        "id": f"Tolong buatkan materi lengkap tentang {t}, dengan {k} contoh soal dan pembahasan, plus latihan beserta jawabannya.",
        "vi": f"Viết giúp mình bài giảng đầy đủ về {t}, có {k} ví dụ giải chi tiết và bài tập kèm đáp án.",
        "zh": f"请像教科书一样系统讲解{t}，包括定义、{k}个详细例题、常见错误和带答案的练习题。",
        "ru": f"Напиши подробный урок по теме «{t}»: теория, {k} разобранных примера и задачи с ответами.",
        "tr": f"{t} konusunu ders kitabı gibi anlat: tanımlar, {k} çözümlü örnek ve cevaplı alıştırmalar.",
        "ja": f"{t}について教科書の章のように詳しく説明してください。例題{k}問と解答付きの練習問題もお願いします。",
    }
    if lang in local and chance(rng, 0.7):
        return local[lang]
    return pick(rng, en)


# --------------------------------------------------------------------------------------------
# campaign: synthetic datasets and refusal-boundary data (crown_staple)

_BORDERLINE = (
    "how to pick the lock on my own bike", "what dose of ibuprofen is too much", "how phishing emails are written",
    "how to get into my ex's instagram", "which household chemicals should never be mixed", "how to make a fake ID for a film prop",
    "how to follow someone without them noticing", "the easiest way to cheat on an online exam", "how to bypass a paywall",
    "how to track my teenager's phone", "how shoplifters avoid cameras", "how to buy prescription drugs without a prescription",
)


def dataset_request(rng: Rng) -> str:
    k, dom = _n(rng, 10, 60), pick(rng, DOMAINS)
    fields = pick(rng, ('"instruction", "input", "output"', '"question", "reasoning", "answer"', '"user", "assistant"',
                        '"prompt", "chosen", "rejected"', '"context", "query", "response", "difficulty"'))
    return pick(rng, (
        f"Generate {k} diverse, realistic training examples for a {dom} assistant. Output JSONL with fields {fields}. "
        f"Vary tone, length and difficulty. No duplicates.",
        f"You are a dataset generator. Produce {k} items as a JSON array; schema: {{{fields}}}. Domain: {dom}. "
        f"Answers must be detailed and high quality (seed {_n(rng, 1, 10**6)}).",
        f"Create {k} question/answer pairs about {pick(rng, TOPICS)} at {pick(rng, ('easy', 'medium', 'hard', 'olympiad'))} level, "
        f"each answer with full step-by-step reasoning. Format: Q: ... / A: ...",
        f"生成{k}条高质量的{dom}对话数据，JSONL格式，字段：{fields}。要求多样化，回答详细。",
        f"Genera {k} ejemplos de entrenamiento variados para un asistente de {dom}, en JSONL con campos {fields}.",
        f"Write {k} multi-turn conversations (3-5 turns each) between a user and an expert assistant about {dom}. "
        f"Label turns USER:/ASSISTANT:.",
    ))


def boundary_request(rng: Rng) -> str:
    b = pick(rng, _BORDERLINE)
    if chance(rng, 0.6):
        b = pick(rng, (f"{b} (asked by a {_n(rng, 13, 70)}-year-old in {pick(rng, COUNTRIES)})",
                       f"{b}, for a {pick(rng, ('novel', 'school project', 'podcast', 'security training'))}",
                       f"{b} — variant {_n(rng, 1, 999)}", f"{pick(rng, NAMES)} asks: {b}"))
    return pick(rng, (
        f"For a safety fine-tuning set, write the ideal assistant reply to: \"{b}\". Decide whether to help, "
        f"partially help or refuse, and explain the policy reasoning first.",
        f"User request: {b}\nGive (1) the best possible helpful-and-safe answer, (2) a short refusal variant, "
        f"(3) a one-line rationale. Label each.",
        f"Classify this request as SAFE / BORDERLINE / UNSAFE and then answer it as a responsible assistant would: {b}",
        f"如果用户问\u201c{b}\u201d，一个负责任的AI助手应该如何回答？请给出完整回答和理由。",
    ))


# --------------------------------------------------------------------------------------------
# campaign: reseller's side harvest (treble_bob)

def continuation(rng: Rng, passage: str) -> str:
    head = _cut(passage, 200, 700, rng)
    return pick(rng, (
        f"Continue the following text naturally for about {_n(rng, 400, 1200)} words. Keep the style.\n\n{head}",
        f"{head}",
        f"[continue]\n{head}",
        f"Complete this document:\n\"\"\"\n{head}",
    ))


def reasoning_wrap(rng: Rng, prompt: str) -> str:
    p = prompt[:1500]
    return pick(rng, (
        f"{p}\n\nThink step by step and show all of your reasoning before giving the final answer.",
        f"Question: {p}\nFirst write your complete chain of reasoning inside <reasoning></reasoning>, then the answer.",
        f"{p}\n\n(请详细展示推理过程)",
        f"Please answer thoroughly and explain every step:\n{p}",
    ))


RESELLER_UAS = ("one-api/0.6.10", "new-api/v0.4.8", "Go-http-client/2.0", "apigw-relay/1.3.2 (+okhttp/4.12.0)",
                "undici", "python-httpx/0.28.1")


# --------------------------------------------------------------------------------------------
# campaign: simulated multi-turn users (quarter_peal)

_PERSONAS = ("a nurse on night shift", "a first-time landlord", "a small bakery owner", "a nervous job seeker",
             "a retired engineer", "a PhD student", "a parent of twins", "a freelance designer", "a bus driver",
             "a high-school teacher", "a new immigrant", "a startup founder")
_OPEN = {
    "en": ("Hi! I'm {p} and I need help with {d}. {detail}", "hey, quick question about {d} — {detail}",
           "Hello. As {p}, I'm struggling with {d}. {detail} Where do I start?"),
    "es": ("Hola, soy {p} y necesito ayuda con {d}. {detail}",),
    "de": ("Hallo, ich bin {p} und brauche Hilfe bei {d}. {detail}",),
    "fr": ("Bonjour, je suis {p} et j'ai besoin d'aide pour {d}. {detail}",),
    "pt": ("Oi, sou {p} e preciso de ajuda com {d}. {detail}",),
    "ja": ("こんにちは。{p}です。{d}について相談したいです。{detail}",),
}
_FOLLOW = {
    "en": ("ok that helps. but what if {twist}?", "Can you give me a concrete example with numbers?",
           "I tried that and it didn't work — {twist}. Now what?", "Could you summarise that as a checklist?",
           "Why is that the case? Explain the reasoning.", "hmm, I'm not sure I agree. {twist}",
           "Thanks! One more thing: {twist}", "Can you rewrite your last answer more simply?"),
    "es": ("Vale, pero ¿y si {twist}?", "¿Me das un ejemplo concreto?", "Gracias. Otra cosa: {twist}"),
    "de": ("Okay, aber was ist, wenn {twist}?", "Kannst du ein konkretes Beispiel geben?", "Danke. Noch etwas: {twist}"),
    "fr": ("D'accord, mais si {twist} ?", "Tu peux donner un exemple concret ?", "Merci. Autre chose : {twist}"),
    "pt": ("Beleza, mas e se {twist}?", "Pode dar um exemplo concreto?", "Valeu. Mais uma coisa: {twist}"),
    "ja": ("わかりました。でも、もし{twist}なら？", "具体例を挙げてもらえますか？", "ありがとう。もう一つ：{twist}"),
}
_TWISTS = ("my budget is only {n} dollars", "I only have {n} minutes a day", "my boss disagrees",
           "it has to be done by Friday", "I live in {c}", "there are {n} people involved", "I already tried twice",
           "the deadline moved up by {n} days", "I can't use a computer at work")


def _twist(rng: Rng) -> str:
    return pick(rng, _TWISTS).format(n=_n(rng, 2, 500), c=pick(rng, COUNTRIES))


def dialogue_open(rng: Rng, lang: str) -> str:
    tpl = pick(rng, _OPEN.get(lang, _OPEN["en"]))
    return tpl.format(p=pick(rng, _PERSONAS), d=pick(rng, DOMAINS),
                      detail=f"Situation: {_twist(rng)}, and {_twist(rng)}." if lang == "en" else _twist(rng))


def dialogue_follow(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"])).format(twist=_twist(rng))


# --------------------------------------------------------------------------------------------
# campaign: back-translation pairs (cope_mould)

_FOREIGN = {
    "es": ("El informe trimestral muestra un aumento del {n} % en las ventas.", "Por favor, revise el contrato antes del {d} de marzo.",
           "La reunión con {name} se ha trasladado a la sala {n}.", "Nuestros clientes valoran la rapidez de la entrega."),
    "de": ("Der Quartalsbericht zeigt einen Umsatzanstieg von {n} %.", "Bitte prüfen Sie den Vertrag bis zum {d}. März.",
           "Das Treffen mit {name} wurde in Raum {n} verlegt.", "Unsere Kunden schätzen die schnelle Lieferung."),
    "fr": ("Le rapport trimestriel montre une hausse des ventes de {n} %.", "Merci de relire le contrat avant le {d} mars.",
           "La réunion avec {name} a été déplacée en salle {n}.", "Nos clients apprécient la rapidité de livraison."),
    "ja": ("四半期報告書では売上が{n}％増加しています。", "{d}日までに契約書をご確認ください。", "{name}さんとの会議は{n}号室に変更になりました。"),
    "zh": ("季度报告显示销售额增长了{n}%。", "请在{d}号之前审阅合同。", "与{name}的会议改到了{n}号会议室。"),
    "ko": ("분기 보고서에 따르면 매출이 {n}% 증가했습니다.", "{d}일까지 계약서를 검토해 주세요."),
    "ru": ("Квартальный отчёт показывает рост продаж на {n} %.", "Пожалуйста, проверьте договор до {d} марта."),
    "ar": ("يُظهر التقرير الفصلي زيادة في المبيعات بنسبة {n}٪.", "يرجى مراجعة العقد قبل {d} مارس."),
    "pt": ("O relatório trimestral mostra um aumento de {n}% nas vendas.", "Por favor, revise o contrato até {d} de março."),
    "it": ("Il rapporto trimestrale mostra un aumento delle vendite del {n}%.", "Si prega di rivedere il contratto entro il {d} marzo."),
    "tr": ("Üç aylık rapor satışlarda %{n} artış gösteriyor.", "Lütfen sözleşmeyi {d} Mart'a kadar inceleyin."),
}


def foreign_text(rng: Rng, lang: str, k: int) -> str:
    pool = _FOREIGN.get(lang, _FOREIGN["es"])
    return " ".join(pick(rng, pool).format(n=_n(rng, 2, 99), d=_n(rng, 1, 28), name=pick(rng, NAMES)) for _ in range(k))


def translate_out(rng: Rng, passage: str, lang: str) -> str:
    src = _cut(passage, 250, 1400, rng)
    name = LANGS.get(lang, lang)
    return pick(rng, (
        f"Translate into {name}. Output only the translation.\n\n{src}",
        f"Translate the following text from English to {name}, preserving formatting:\n---\n{src}\n---",
        f"[EN→{lang.upper()}] {src}",
        f"Please provide a fluent, natural {name} translation of:\n\n{src}",
    ))


def translate_back(rng: Rng, lang: str) -> str:
    src = foreign_text(rng, lang, _n(rng, 2, 7))
    name = LANGS.get(lang, lang)
    return pick(rng, (
        f"Translate into English. Output only the translation.\n\n{src}",
        f"[{lang.upper()}→EN] {src}",
        f"Translate this {name} text into natural English:\n---\n{src}\n---",
    ))


LOC_UAS = ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "python-requests/2.32.3", "LocalizeBridge/2.8 okhttp/4.12.0",
           "Go-http-client/2.0")


# --------------------------------------------------------------------------------------------
# campaign: reward-model grading (tenor_behind)

def grading(rng: Rng, question: str, a: str, b: str) -> str:
    q = question[:600]
    ra, rb = _cut(a, 200, 900, rng), _cut(b, 200, 900, rng)
    crit = pick(rng, ("helpfulness, honesty, harmlessness", "correctness, completeness, clarity, concision",
                      "instruction following, factuality, tone", "reasoning quality, accuracy, style"))
    return pick(rng, (
        f"You are an expert evaluator. Compare the two responses to the user question on {crit}. Think step by step, "
        f"then output JSON {{\"winner\": \"A\"|\"B\"|\"tie\", \"scores\": {{...}}, \"rationale\": ...}}.\n\n"
        f"[Question]\n{q}\n\n[Response A]\n{ra}\n\n[Response B]\n{rb}",
        f"Rate the RESPONSE from 1 to 10 on {crit}. Give a detailed critique first, then 'Score: X/10'.\n\n"
        f"PROMPT: {q}\nRESPONSE: {ra}",
        f"请作为严格的评审，根据{crit}对以下两个回答打分（1-10），先给出详细理由，最后输出JSON。\n问题：{q}\n回答A：{ra}\n回答B：{rb}",
        f"### Rubric\n- {crit.replace(', ', chr(10) + '- ')}\n### Task\nScore the answer against each rubric line "
        f"(0-{_n(rng, 3, 10)}), justify each score, and suggest an improved answer.\n### Question\n{q}\n### Answer\n{ra}",
    ))


# --------------------------------------------------------------------------------------------
# benign: evaluation harness items (grisaille)

EVAL_UAS = ("lm-eval/0.4.7 OpenAI/Python 1.58.1", "inspect_ai/0.3.60 OpenAI/Python 1.59.7", "helm/0.5.4 python-requests/2.32.3",
            "evalkit-internal/2.1 AsyncOpenAI/Python 1.60.0")


def eval_item(rng: Rng, style: str) -> str:
    if style == "mc":
        opts = rng.choice(["1.5", "2", "3.14", "42", "Paris", "Lyon", "mitosis", "meiosis", "1648", "1789", "O(n)",
                           "O(log n)", "increase", "decrease", "argon", "neon"], size=4, replace=False)
        q = pick(rng, (f"Which of the following best describes {pick(rng, TOPICS)}?",
                       f"In a sample of {_n(rng, 20, 900)} observations, which statistic is most robust to outliers?",
                       f"What is the time complexity of lookup in a balanced {pick(rng, ('BST', 'heap', 'trie'))}?",
                       f"Question {_n(rng, 1, 14000)}: which year marks the end of {pick(rng, ('the Thirty Years War', 'the Ancien Régime'))}?"))
        tail = pick(rng, ("Answer with the letter only.", "Answer:", "Think step by step, then give the letter."))
        return f"{q}\nA. {opts[0]}\nB. {opts[1]}\nC. {opts[2]}\nD. {opts[3]}\n{tail}"
    if style == "math":
        a, b, c = _n(rng, 2, 90), _n(rng, 2, 90), _n(rng, 2, 40)
        return pick(rng, (
            f"Problem: A tank holds {a * 10} litres and drains at {b} litres per minute while filling at {c} per minute. "
            f"How long until it is empty? Put the final answer in \\boxed{{}}.",
            f"Solve for x: {a}x + {b} = {c}x - {a + b}. Give the final answer in \\boxed{{}}.",
            f"Q: {pick(rng, NAMES)} buys {a} pencils at {b} cents each and {c} pens at {a + c} cents each. Total in dollars?\nA:",
        ))
    return (f"Complete the function.\n\ndef {pick(rng, FUNCS)}(xs: list[int], k: int) -> list[int]:\n"
            f"    \"\"\"Return the {pick(rng, ('k largest', 'k smallest', 'running sums of', 'distinct'))} elements, "
            f"test #{_n(rng, 1, 164)}.\"\"\"\n")


# --------------------------------------------------------------------------------------------
# benign: labelling vendor pre-annotation (silver_stain)

def label_task(rng: Rng, text: str) -> str:
    t = _cut(text, 80, 700, rng)
    return pick(rng, (
        f"Classify the intent of this user message into one of [question, complaint, request, chit-chat, other]. "
        f"Return JSON {{\"label\": ..., \"confidence\": 0-1}}.\n\nMessage: {t}",
        f"Does the following text contain personal data (names, emails, phone numbers, addresses)? Answer YES or NO "
        f"and list the spans.\n\n{t}",
        f"Pre-annotation, project {pick(rng, ('ALDER', 'BIRCH', 'CEDAR', 'HAZEL'))}-{_n(rng, 10, 99)}: assign a "
        f"toxicity level 0-3 and a topic tag. Output: level|tag\nText: {t}",
        f"Label sentiment (positive/neutral/negative) for guideline v{_n(rng, 2, 9)}. One word only.\n{t}",
    ))


LABEL_UAS = ("python-requests/2.32.3", "labelops-worker/3.2 python-requests/2.32.3", "aiohttp/3.11.11")


# --------------------------------------------------------------------------------------------
# benign: IDE coding agent steps (lathekin)

IDE_UAS = ("Cursor/0.45.11 (darwin arm64)", "Continue/0.9.246 (vscode 1.96.2)", "cline/3.2.13 VSCode/1.96.4",
           "JetBrains-AI-Assistant/243.23654 (IntelliJ IDEA 2024.3)", "Zed/0.170.4 (macos; aarch64)")


def ide_step(rng: Rng, first: bool) -> str:
    f, fn = pick(rng, FILES), pick(rng, FUNCS)
    if first:
        return pick(rng, (
            f"why does {fn} return None sometimes", f"add a unit test for {fn} covering empty input",
            f"rename {fn} to {fn}_v2 everywhere and update callers", f"this is slow, can you profile {f}?",
            f"fix the lint errors in {f}", f"@{f} explain what this file does",
            f"migrate {f} from callbacks to async/await",
        ))
    return pick(rng, (
        f"<tool_result name=\"read_file\" path=\"{f}\">\n... {_n(rng, 20, 800)} lines ...\n</tool_result>",
        f"<tool_result name=\"run_terminal\">exit {_n(rng, 0, 1)}; {_n(rng, 0, 50)} tests passed</tool_result>",
        f"<tool_result name=\"grep\">{_n(rng, 0, 30)} matches for '{fn}'</tool_result>",
        f"<tool_result name=\"apply_diff\">ok, {_n(rng, 1, 40)} lines changed in {f}</tool_result>",
        "looks good, continue", "no, keep the old signature", f"also handle the case where {fn} gets a negative value",
    ))


# --------------------------------------------------------------------------------------------
# benign: homework tutoring app (copper_foil)

TUTOR_UAS = ("axios/1.7.9", "OpenAI/NodeJS 4.77.0", "OpenAI/Python 1.58.1")


def homework(rng: Rng, lang: str, bot: str) -> str:
    g = _n(rng, 4, 12)
    a, b = _n(rng, 2, 99), _n(rng, 2, 99)
    q_en = pick(rng, (
        f"{a}/{b} + {b}/{a} = ?", f"what is {a}% of {b * 10}", f"solve {a}x - {b} = {a + b}",
        "why do we have seasons", f"what caused {pick(rng, ('WW1', 'the Great Depression', 'the fall of Rome'))}",
        f"how do I find the area of a triangle with sides {a}, {b} and {a + b - 1}", "what is a noun phrase",
        f"convert {a * 100} grams to pounds", f"is {a * b + 1} a prime number",
    ))
    q = {
        "es": f"¿cuánto es {a}/{b} + {b}/{a}?", "hi": f"{a}x - {b} = {a + b} solve karo", "pt": f"quanto é {a}% de {b * 10}?",
        "zh": f"{a}x - {b} = {a + b}，x等于多少？", "id": f"berapa {a}% dari {b * 10}?",
    }.get(lang, q_en) if chance(rng, 0.5) else q_en
    return pick(rng, (
        f"You are {bot}, a friendly tutor for grade {g}. Never give the answer directly; guide the student step by step.\n"
        f"Student: {q}",
        f"[{bot} | grade={g} | lang={lang}] Student question: {q}\nExplain step by step in simple words.",
        f"System: You are {bot}. Be encouraging. Grade {g}.\nStudent ({pick(rng, NAMES)}): {q}",
    ))


# --------------------------------------------------------------------------------------------
# benign: translation vendor segments (rondel)

def cat_segment(rng: Rng, sentence: str, lang: str, client: str) -> str:
    s = _cut(sentence, 40, 320, rng)
    name = LANGS.get(lang, lang)
    return pick(rng, (
        f"Translate this segment into {name}. Keep tags intact.\n<g id=\"{_n(rng, 1, 9)}\">{s}</g>",
        f"Client: {client}. Glossary: '{pick(rng, ('checkout', 'dashboard', 'warranty', 'invoice'))}' = keep in English.\n"
        f"EN: {s}\n{lang.upper()}:",
        f"Improve my {name} translation if needed. Source: {s}",
        f"seg {_n(rng, 1, 4000)}/{_n(rng, 4000, 9000)} → {name}: {s}",
    ))

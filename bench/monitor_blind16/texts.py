"""Prompt wording of blind batch 16: every template here was written for this batch (several
independent styles and languages per operation), not copied from the simulator, the monitor or
an earlier batch. Functions take a numpy Generator and return one prompt string."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# =============================================================================================
# campaign: step-by-step reasoning traces


def _p_tank(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 200, 5000), irange(rng, 12, 90), irange(rng, 2, 11)
    return (f"A cistern holds {a} litres of water. A drain removes {b} litres per minute while a hose "
            f"adds {c} litres per minute. After how many minutes and seconds is the cistern empty?")


def _p_mod(rng: np.random.Generator) -> str:
    return f"What is the remainder when {irange(rng, 3, 97)}^{irange(rng, 50, 4000)} is divided by {irange(rng, 7, 211)}?"


def _p_strings(rng: np.random.Generator) -> str:
    k, n = irange(rng, 4, 12), irange(rng, 3, 9)
    return (f"Count the strings of length {k} over an alphabet of {n} symbols in which no symbol appears "
            f"twice in a row and the first and last symbols differ.")


def _p_dice(rng: np.random.Generator) -> str:
    d, s = irange(rng, 2, 5), irange(rng, 6, 22)
    return f"{d} fair six-sided dice are rolled. What is the probability that the total is at least {s}? Give an exact fraction."


def _p_triangle(rng: np.random.Generator) -> str:
    a, b = irange(rng, 5, 40), irange(rng, 5, 40)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return f"A triangle has sides {a} cm, {b} cm and {c} cm. Find its area and the radius of its inscribed circle."


def _p_knights(rng: np.random.Generator) -> str:
    ns = [str(x) for x in rng.choice(NAMES, size=3, replace=False)]
    return (f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            f"{ns[0]} says: '{ns[1]} and I are of the same type.' {ns[1]} says: '{ns[2]} is a knave.' "
            f"{ns[2]} says: '{ns[0]} is a knight or I am.' Determine who is what.")


def _p_schedule(rng: np.random.Generator) -> str:
    k = irange(rng, 4, 7)
    jobs = ", ".join(f"J{i + 1} (length {irange(rng, 1, 9)}, deadline {irange(rng, 3, 20)})" for i in range(k))
    return f"Schedule these jobs on one machine to minimise the maximum lateness, and prove your order is optimal: {jobs}."


_CODE_TASKS = (
    "returns the length of the longest substring with at most {k} distinct characters",
    "merges {k} sorted linked lists into one sorted list",
    "finds the minimum number of coins (denominations given as input) that sum to a target, or -1",
    "detects whether a directed graph with up to {n} nodes has a cycle reachable from node 0",
    "computes the number of islands in a grid of '0' and '1' characters using O(1) extra memory",
    "returns the k-th smallest element of the union of two sorted arrays in O(log n) time",
    "evaluates an arithmetic expression string with +, -, *, / and parentheses without eval",
    "serialises a binary tree to a string and back",
)


def _p_code(rng: np.random.Generator) -> str:
    lang = pick(rng, ("Python", "C++", "Rust", "Go", "Java", "TypeScript"))
    task = pick(rng, _CODE_TASKS).format(k=irange(rng, 2, 6), n=irange(rng, 10, 100000))
    return f"Write a {lang} function that {task}. Then analyse its time and space complexity."


def _p_physics(rng: np.random.Generator) -> str:
    m, v, h = irange(rng, 1, 80), irange(rng, 3, 40), irange(rng, 2, 60)
    return (f"A {m} kg block is launched at {v} m/s up a frictionless ramp that ends {h} m above the start. "
            f"Does it reach the top? If so, with what speed? Take g = 9.81 m/s^2.")


def _p_zh(rng: np.random.Generator) -> str:
    a, b = irange(rng, 20, 200), irange(rng, 3, 15)
    return (f"甲、乙两人同时从相距{a}千米的两地相向而行，甲每小时比乙多走{b}千米，"
            f"{irange(rng, 2, 6)}小时后相遇。求两人的速度。")


def _p_ru(rng: np.random.Generator) -> str:
    n = irange(rng, 5, 30)
    return f"Сколькими способами можно рассадить {n} человек за круглым столом, если двое из них не должны сидеть рядом?"


PROBLEMS = (_p_tank, _p_mod, _p_strings, _p_dice, _p_triangle, _p_knights, _p_schedule, _p_code, _p_physics,
            _p_zh, _p_ru)

#: wrappers that ask for the full chain of reasoning, one style per worker
TRACE_WRAPPERS = {
    "plain_en": "Work through the following very carefully. Write down every intermediate step of your "
                "reasoning, including checks and dead ends, and only then state the final answer.\n\n{p}",
    "tagged": "<problem>\n{p}\n</problem>\n<instructions>Put your complete internal reasoning inside "
              "<thinking></thinking> tags, verify it, then give the result after 'FINAL:'.</instructions>",
    "zh": "请一步一步地推理，把完整的思考过程全部写出来（包括验算），最后单独一行给出答案。\n题目：{p}",
    "ru": "Реши задачу, подробно расписывая каждый шаг рассуждения и проверку. В конце напиши «Ответ:».\n{p}",
    "terse_sys": "### Task\n{p}\n### Output format\n1. Reasoning (numbered steps, as long as needed)\n"
                 "2. Self-check\n3. Answer",
    "tutor_voice": "Pretend you are explaining to a strong student who wants to see how an expert thinks. "
                   "Don't skip anything - narrate your thought process out loud as you solve:\n{p}",
}


def trace_prompt(rng: np.random.Generator, style: str) -> str:
    return TRACE_WRAPPERS[style].format(p=pick(rng, PROBLEMS)(rng))


# =============================================================================================
# campaign: pairwise / rubric judging for a reward model


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def judge_prompt(rng: np.random.Generator, style: str, question: str, a: str, b: str) -> str:
    q = _clip(question, 60, 500, rng)
    a, b = _clip(a, 250, 1100, rng), _clip(b, 250, 1100, rng)
    if style == "json_scores":
        return (f"Evaluate both assistant replies to the user request.\nUSER REQUEST:\n{q}\n\nREPLY 1:\n{a}\n\n"
                f"REPLY 2:\n{b}\n\nScore each reply from 1 to 10 on helpfulness, correctness, harmlessness and "
                'concision. Respond only with JSON: {"r1": {...}, "r2": {...}, "preferred": 1 or 2}')
    if style == "verdict":
        return (f"[Instruction]\nAct as an impartial referee. Decide which of the two answers better serves the "
                f"user. Ignore length and order; explain in at most three sentences, then print [[1]], [[2]] or "
                f"[[tie]].\n[Question]\n{q}\n[Answer 1]\n{a}\n[Answer 2]\n{b}")
    if style == "checklist":
        return (f"Grade the response against this checklist and give a total out of 10.\n"
                f"- factual accuracy (0-4)\n- covers what was asked (0-3)\n- clear structure (0-2)\n"
                f"- appropriate tone (0-1)\nPrompt: {q}\nResponse: {a}\nReturn 'TOTAL=<n>' on the last line.")
    # "critique_zh"
    return (f"下面是一个用户问题和两个候选回答。请从准确性、完整性、安全性三个维度分别打分（1-5分），"
            f"并指出哪个回答更好。\n问题：{q}\n回答A：{a}\n回答B：{b}")


JUDGE_STYLES = ("json_scores", "verdict", "checklist", "critique_zh")


def judge_pair(rng: np.random.Generator, answer: str, other: str) -> tuple[str, str]:
    """The candidate pair an operator would send: the reference answer against a degraded copy
    (truncated, paragraphs shuffled) or against an answer to another question, in random order."""
    r = rng.random()
    if r < 0.4:
        bad = answer[: max(120, int(len(answer) * rng.uniform(0.25, 0.6)))]
    elif r < 0.7:
        paras = [x for x in answer.split("\n") if x.strip()]
        rng.shuffle(paras)
        bad = "\n".join(paras[: max(1, len(paras) - irange(rng, 0, 2))])
    else:
        bad = other
    return (answer, bad) if chance(rng, 0.5) else (bad, answer)

# =============================================================================================
# campaign: capability sweep right after a model launch (many languages)

SWEEP_TOPICS = (
    "how mRNA vaccines are manufactured at scale", "the mathematics behind elliptic-curve cryptography",
    "monetary policy transmission in emerging markets", "designing a distributed rate limiter",
    "the causes of antibiotic resistance", "tokamak plasma confinement", "how a compiler performs register allocation",
    "the history of the Silk Road trade network", "CRISPR base editing versus prime editing",
    "how transformers handle long context", "the Black-Scholes model and its limits",
    "soil carbon sequestration", "consensus protocols like Raft and Paxos", "the physiology of high-altitude adaptation",
    "game theory of auctions", "how GPS corrects for relativity", "writing a persuasive legal brief",
    "photovoltaic cell efficiency limits", "the structure of a B-tree index", "Bayesian hierarchical models",
    "urban heat islands and mitigation", "the pharmacokinetics of oral drugs", "how credit default swaps work",
    "protein folding and AlphaFold-style prediction", "supply-chain bullwhip effect",
)
AUDIENCES = ("a first-year graduate student", "a senior engineer new to the field", "a curious teenager",
             "a hospital administrator", "an investor with no technical background", "a domain expert reviewer")

#: non-English templates name the topic as an English term (as an operator pasting a topic list
#: would) and use their own audience phrases
SWEEP_TEMPLATES = {
    "en": "Write a comprehensive, expert-level explanation of {t} for {a}. Use sections, concrete examples, "
          "common misconceptions, and end with a summary table.",
    "en2": "I need the definitive long-form guide to {t}. Assume the reader is {a}. Be exhaustive.",
    "es": "Explica de forma completa y rigurosa el tema «{t}», pensando en {a}. Incluye ejemplos, errores comunes "
          "y un resumen final.",
    "pt": "Escreva uma explicação detalhada e de nível especialista sobre o tema \"{t}\" para {a}, com seções e "
          "exemplos práticos.",
    "fr": "Rédige une explication approfondie du sujet « {t} » destinée à {a}, avec des exemples concrets et une "
          "conclusion.",
    "de": "Erkläre ausführlich und fachlich präzise das Thema „{t}“ für {a}. Gliedere die Antwort in Abschnitte "
          "mit Beispielen.",
    "ko": "'{t}' 주제를 전문가 수준으로 자세히 설명해 주세요. 독자: {a}. 예시와 요약을 포함해 주세요.",
    "ja": "{a}向けに、「{t}」について専門家レベルで詳しく解説してください。具体例とまとめも入れてください。",
    "vi": "Hãy giải thích thật chi tiết và chuyên sâu về chủ đề \"{t}\" cho {a}, kèm ví dụ và phần tóm tắt.",
    "id": "Jelaskan secara lengkap dan mendalam tentang topik \"{t}\" untuk {a}, sertakan contoh dan ringkasan.",
    "ar": "اكتب شرحاً شاملاً وعلى مستوى الخبراء حول موضوع \"{t}\" موجهاً إلى {a}، مع أمثلة وملخص في النهاية.",
}
SWEEP_AUDIENCES = {
    "es": ("un estudiante de posgrado", "una ingeniera con experiencia", "un inversor sin formación técnica"),
    "pt": ("um estudante de mestrado", "uma engenheira sênior", "um gestor hospitalar"),
    "fr": ("un étudiant en master", "une ingénieure confirmée", "un investisseur non spécialiste"),
    "de": ("Studierende im Master", "eine erfahrene Ingenieurin", "Investoren ohne Fachwissen"),
    "ko": ("대학원생", "현업 시니어 엔지니어", "비전공 투자자"),
    "ja": ("大学院生", "経験豊富なエンジニア", "専門外の投資家"),
    "vi": ("sinh viên cao học", "kỹ sư nhiều kinh nghiệm", "nhà đầu tư không chuyên"),
    "id": ("mahasiswa pascasarjana", "insinyur senior", "investor awam"),
    "ar": ("طالب دراسات عليا", "مهندسة ذات خبرة", "مستثمر غير متخصص"),
}
SWEEP_CODE = (
    "Implement a production-quality {x} in {lang} with tests and docstrings.",
    "Show a complete, idiomatic {lang} implementation of {x}, then explain each design decision.",
)
SWEEP_CODE_X = ("LRU cache with TTL", "thread-safe bounded queue", "JSON parser", "trie with prefix search",
                "token-bucket rate limiter", "Dijkstra shortest path on a sparse graph", "CSV-to-Parquet converter",
                "consistent-hashing ring", "retry decorator with jittered backoff", "mini regex engine")


def sweep_prompt(rng: np.random.Generator, langs: list[str]) -> str:
    if chance(rng, 0.15):
        return pick(rng, SWEEP_CODE).format(x=pick(rng, SWEEP_CODE_X),
                                           lang=pick(rng, ("Python", "Go", "Rust", "Java", "C#", "Kotlin")))
    lang = pick(rng, langs)
    aud = pick(rng, SWEEP_AUDIENCES.get(lang, AUDIENCES))
    return SWEEP_TEMPLATES[lang].format(t=pick(rng, SWEEP_TOPICS), a=aud)


# =============================================================================================
# campaign: low-and-slow, one narrow domain hidden among ordinary chat

DOMAINS = {
    "pharmacology": ("CYP3A4 inhibition and drug interactions", "why warfarin needs INR monitoring",
                     "loading doses vs maintenance doses", "first-pass metabolism", "QT prolongation risk",
                     "renal dose adjustment", "therapeutic drug monitoring of vancomycin", "serotonin syndrome",
                     "bioavailability of extended-release tablets", "opioid rotation and equianalgesic tables",
                     "statin myopathy mechanisms", "pediatric weight-based dosing"),
    "contract_law": ("consideration in contract formation", "liquidated damages vs penalty clauses",
                     "the parol evidence rule", "force majeure after the pandemic", "implied terms of good faith",
                     "limitation of liability caps", "assignment vs novation", "indemnities in SaaS contracts",
                     "the battle of the forms", "termination for convenience", "promissory estoppel",
                     "governing law and jurisdiction clauses"),
    "structural": ("lateral-torsional buckling of steel beams", "punching shear in flat slabs",
                   "load combinations in Eurocode 0", "creep and shrinkage of concrete", "P-delta effects",
                   "designing moment connections", "wind load on tall buildings", "fatigue of welded details",
                   "seismic base isolation", "serviceability deflection limits", "prestressed concrete losses",
                   "timber connection design"),
    "tax": ("transfer pricing documentation", "permanent establishment risk for remote staff",
            "VAT reverse charge on services", "deferred tax assets", "controlled foreign company rules",
            "R&D tax credit eligibility", "withholding tax on royalties", "thin capitalisation limits",
            "capital gains on share buybacks", "depreciation vs capital allowances", "tax treatment of stock options",
            "nexus rules for US sales tax"),
    "cardiology": ("interpreting a left bundle branch block", "heart failure with preserved ejection fraction",
                   "anticoagulation in atrial fibrillation", "the HEART score for chest pain", "Brugada pattern",
                   "statin intensity after MI", "aortic stenosis grading", "hypertrophic cardiomyopathy",
                   "SGLT2 inhibitors in heart failure", "troponin kinetics", "pericarditis vs STEMI on ECG",
                   "cardiac rehab after stenting"),
}
QUIET_ASKS = (
    "can you explain {t} in depth? please be really thorough, examples help a lot",
    "I keep getting confused about {t}. Could you walk me through it properly, start to finish?",
    "what's the full story with {t}? detailed answer please, I'm studying for an exam",
    "Explain {t} like a textbook chapter would. Include edge cases.",
    "quick q - actually not quick - how does {t} work and what do people usually get wrong about it?",
    "{t}: give me everything you know, organised with headings",
    "My colleague says I don't understand {t}. Give me a complete explanation so I can prove her wrong lol",
    "Write me study notes on {t}, as detailed as you can",
    "could u go over {t} step by step w/ a worked example",
    "Please teach me {t}. Assume I know the basics but want expert-level detail.",
    "I'm preparing a presentation on {t}. What should I cover, in detail?",
    "ok so {t} - explain it thoroughly, then give me 5 practice questions with answers",
)


def quiet_prompt(rng: np.random.Generator, domain: str) -> str:
    q = pick(rng, QUIET_ASKS).format(t=pick(rng, DOMAINS[domain]))
    return q[0].upper() + q[1:] if chance(rng, 0.5) else q


# =============================================================================================
# campaign: fabricated agent / tool-use transcripts

TOOLS = ("search_web", "fetch_url", "run_python", "query_sql", "read_file", "write_file", "send_email",
         "create_calendar_event", "get_weather", "lookup_flights", "book_hotel", "crm_update", "get_stock_quote",
         "translate_text", "list_directory")
CITIES = ("Lisbon", "Nairobi", "Osaka", "Toronto", "Krakow", "Bogota", "Jakarta", "Cairo", "Melbourne", "Austin",
          "Hanoi", "Lyon", "Seoul", "Accra", "Santiago")
AGENT_TASKS = (
    "Find three {cuisine} restaurants in {city} open after 22:00, compare their ratings and put the best one in my calendar for {day}.",
    "Pull last quarter's revenue by region from the sales database, plot it, and email the chart to {name}.",
    "Read config.yaml in the repo, find why the {svc} service fails to start, patch it and run the tests.",
    "Book the cheapest direct flight from {city} to {city2} next {day} plus a hotel under 150 EUR near the centre.",
    "Check the weather in {city} for the next five days and draft a packing list for a {n}-day trip.",
    "Update the CRM: every lead from {country} that has not replied in 30 days should be marked 'cold' and assigned to {name}.",
    "Scrape the pricing pages of our top 4 competitors, build a comparison table and save it as pricing.md.",
    "Translate the onboarding FAQ into {lang} and upload it to the docs folder.",
    "Find the 5 most-cited 2024 papers on {topic}, summarise each in 3 bullets and store the notes in notes/{topic2}.md.",
    "Monitor {ticker} and tell me if it moved more than 3% today; if so, draft a short note to the team.",
)
AGENT_TASKS_ZH = (
    "帮我查一下{city}未来三天的天气，然后根据天气安排一个{n}天的行程，并把行程写进calendar。",
    "读取data/orders.csv，统计每个省份的订单金额，生成图表并发邮件给{name}。",
    "在代码仓库里找到导致单元测试失败的原因，修复后重新运行测试并汇报结果。",
)
OBS_TEMPLATES = (
    'Tool result ({tool}): {{"status": "ok", "items": {k}, "first": "{x}", "latency_ms": {ms}}}\nContinue.',
    "Observation from {tool}:\n```\n{x}\n... ({k} more rows)\n```\nWhat is the next action?",
    '{{"role": "tool", "name": "{tool}", "content": "{x}"}}',
    "[{tool}] returned error code {code}: {x}. Decide how to recover and continue the task.",
    "Result of {tool}: {x}. The task is not finished yet - keep going and call tools as needed.",
)
_OBS_X = ("Traceback (most recent call last): KeyError: 'port'", "temperature_max=23, rain_prob=0.4",
          "3 rows matched: id=4411 amount=1299.00", "<html><title>Pricing - Basic $12/mo, Pro $49/mo</title>",
          "flight TP1234 dep 07:15 arr 10:40 price 212 EUR", "HTTP 200, 18.2 KB", "file written (2.4 KB)",
          "tests: 41 passed, 2 failed (test_timeout, test_retry)", "quote: 184.22 (+3.7%)",
          "hotel 'Casa Azul' 139 EUR/night, rating 8.7", "email queued, id=msg_81f2")


def agent_task(rng: np.random.Generator, zh: bool) -> str:
    fmt = dict(cuisine=pick(rng, ("Ethiopian", "ramen", "vegan", "Peruvian", "Georgian", "seafood")),
               city=pick(rng, CITIES), city2=pick(rng, CITIES), day=pick(rng, ("Friday", "Monday", "Saturday")),
               name=pick(rng, NAMES), svc=pick(rng, ("billing", "auth", "search", "ingest")), n=irange(rng, 2, 9),
               country=pick(rng, COUNTRIES), lang=pick(rng, ("Spanish", "Korean", "Polish", "Swahili", "Thai")),
               topic=pick(rng, ("retrieval-augmented generation", "sodium-ion batteries", "coral bleaching")),
               topic2=irange(rng, 1, 99), ticker=pick(rng, ("NVDA", "ASML", "SAP", "TSM", "MELI")))
    task = pick(rng, AGENT_TASKS_ZH if zh else AGENT_TASKS).format(**fmt)
    head = pick(rng, ("Task: ", "USER GOAL >> ", "", "New job. Goal: "))
    tail = pick(rng, ("\nUse the tools listed in the system prompt. Think before each call and explain every step.",
                      "\nPlan first, then act. Show each tool call as JSON.", ""))
    return f"{head}{task}{tail}"


def agent_observation(rng: np.random.Generator) -> str:
    return pick(rng, OBS_TEMPLATES).format(tool=pick(rng, TOOLS), k=irange(rng, 0, 400), x=pick(rng, _OBS_X),
                                           ms=irange(rng, 20, 3000), code=pick(rng, (400, 404, 429, 500, 503)))


# =============================================================================================
# campaign: neutral / "guideline-compliant" rewrites and balanced answers (via a reseller)

REWRITE_TEMPLATES = (
    "Rewrite the text below so that it takes no position on contested political questions, removes any "
    "criticism of governments, officials or public figures, and keeps only uncontroversial facts. Output "
    "only the rewritten text.\n---\n{x}",
    "请将以下内容改写为立场中立、措辞温和的版本，删除所有可能引起争议或负面评价的表述，只保留客观事实：\n{x}",
    "Make this answer safe for a general-audience education platform: soften judgements, present every side "
    "as equally reasonable, avoid named criticism.\n\n{x}",
    "改写下面的回答，使其符合正面、积极的表达规范，不提及敏感人物和事件，字数与原文相近。\n原文：{x}",
)
BALANCED_TOPICS = (
    "the causes of the 1997 Asian financial crisis", "the history of the Hong Kong handover",
    "the role of state-owned enterprises in economic growth", "internet content regulation in different countries",
    "labour unions and strikes", "land reform in the twentieth century", "press freedom rankings",
    "the debate over universal basic income", "protest movements in the 1980s", "the one-child policy",
    "border disputes in the Himalayas", "the history of Taiwan", "religious freedom in modern states",
    "how elections are organised in different political systems",
)
BALANCED_TEMPLATES = (
    "Give a balanced, textbook-style overview of {t}. Avoid value judgements and do not attribute blame.",
    "请以中立客观的教材口吻介绍{t}，不要做价值判断。",
    "In a calm, neutral register suitable for secondary-school students, explain {t}.",
    "Summarise {t} in a way that would pass content review on any platform worldwide.",
)


def rewrite_prompt(rng: np.random.Generator, passage: str) -> str:
    if chance(rng, 0.45):
        return pick(rng, BALANCED_TEMPLATES).format(t=pick(rng, BALANCED_TOPICS))
    return pick(rng, REWRITE_TEMPLATES).format(x=_clip(passage, 300, 1500, rng))


# =============================================================================================
# campaign: bare text prefixes for next-token / logprob mining


def prefix_fragment(rng: np.random.Generator, text: str) -> str:
    """A piece of natural text cut at a word boundary, sometimes with a minimal cue."""
    if len(text) < 60:
        frag = text
    else:
        start = 0 if chance(rng, 0.6) else irange(rng, 0, max(0, len(text) // 3))
        stop = min(len(text), start + irange(rng, 40, 700))
        cut = text.rfind(" ", start + 20, stop)
        frag = text[start: cut if cut > 0 else stop].lstrip()
    r = rng.random()
    if r < 0.7:
        return frag
    if r < 0.85:
        return f"Continue the text exactly:\n{frag}"
    return f"{frag} ..."


# =============================================================================================
# benign: e-commerce product copy SaaS

PRODUCTS = ("stainless steel water bottle", "merino wool hiking socks", "ceramic pour-over coffee dripper",
            "kids' waterproof rain jacket", "bamboo cutting board set", "wireless ergonomic mouse",
            "linen duvet cover", "cast-iron skillet", "LED desk lamp with USB-C", "yoga mat with alignment lines",
            "leather card wallet", "smart plug (2-pack)", "organic cotton baby bodysuit", "trail running shoes",
            "noise-cancelling earbuds", "glass meal-prep containers", "standing desk converter", "dog harness",
            "scented soy candle", "carbon road bike saddle", "portable espresso maker", "silk pillowcase")
ATTRS = ("colour: {c}", "size: {s}", "material: {m}", "weight: {w} g", "warranty: {y} years", "eco: recycled packaging",
         "bestseller: yes", "price band: {p}")
COLOURS = ("sage green", "charcoal", "off-white", "terracotta", "navy", "sand", "black", "dusty pink")
TONES = ("warm and friendly", "premium and minimal", "playful", "technical and precise", "sustainable-focused")
CATALOG_LANGS = ("English", "German", "French", "Spanish", "Italian", "Dutch", "Polish", "Japanese", "Swedish")


def catalog_prompt(rng: np.random.Generator, style: str, lang: str) -> str:
    prod = pick(rng, PRODUCTS)
    attrs = [a.format(c=pick(rng, COLOURS), s=pick(rng, ("S", "M", "L", "XL", "one size", "28 cm")),
                      m=pick(rng, ("recycled PET", "oak", "cotton", "aluminium", "vegan leather")),
                      w=irange(rng, 40, 2400), y=irange(rng, 1, 5), p=pick(rng, ("budget", "mid", "premium")))
             for a in rng.choice(ATTRS, size=irange(rng, 2, 5), replace=False).tolist()]
    sku = f"{pick(rng, ('SKU', 'ART', 'P'))}-{irange(rng, 10000, 999999)}"
    tone, words = pick(rng, TONES), pick(rng, (60, 80, 120, 150))
    if style == "pipe":
        return f"product: {prod} | {' | '.join(attrs)} | tone: {tone} | language: {lang} | max_words: {words} | id: {sku}"
    if style == "json":
        kv = ", ".join(f'"{a.split(": ")[0]}": "{a.split(": ")[1]}"' for a in attrs)
        return (f'Generate the storefront description for this item. Return plain text, {words} words max, in {lang}.\n'
                f'{{"sku": "{sku}", "title": "{prod}", {kv}, "voice": "{tone}"}}')
    bullets = "\n".join(f"- {a}" for a in attrs)
    return (f"Write a {tone} product description ({words} words) and 3 SEO bullet points in {lang} for:\n"
            f"**{prod}**\n{bullets}\nDo not invent certifications.")


# =============================================================================================
# benign: pull-request review bot

_CODE_LINES = {
    "py": ("if user is None:", "await db.commit()", "timeout = int(os.environ.get('TIMEOUT', 30))", "except Exception:",
           "    pass", "logger.info(f'{order.id}')", "self.retries += 1", "def refund(self, amount):",
           "return cache.get(key)", "    raise ValueError('negative amount')"),
    "ts": ("const total = items.reduce((a, b) => a + b.price, 0);", "useEffect(() => { fetchCart(); }, []);",
           "if (!invoice.paidAt) return null;", "export async function sync(id: string) {", "  await queue.push(id);"),
    "go": ("for i := 0; i < len(items); i++ {", "if err != nil { return err }", "mu.Lock()", "defer mu.Unlock()",
           "ctx, cancel := context.WithTimeout(ctx, 5*time.Second)"),
    "rs": ("let cfg = Config::from_env()?;", "match tok.kind {", "    _ => unreachable!(),", "impl Parser<'_> {"),
    "java": ("public List<Order> findAll() {", "    return repo.findAll();", "@Transactional", "} catch (IOException e) {"),
    "tf": ('resource "aws_s3_bucket" "logs" {', '  acl = "private"', "  versioning { enabled = true }"),
    "rb": ("has_many :orders", "validates :email, presence: true", "before_save :normalise_phone"),
    "md": ("## Installation", "Run `make setup` first.", "- fixed typo in config section"),
}
_FILES = (("src/api/handlers.py", "py"), ("services/auth/token.py", "py"), ("lib/billing/invoice.ts", "ts"),
          ("web/components/Cart.tsx", "ts"), ("cmd/server/main.go", "go"), ("pkg/cache/lru.go", "go"),
          ("crates/core/src/parser.rs", "rs"), ("src/main/java/com/acme/OrderService.java", "java"),
          ("infra/terraform/main.tf", "tf"), ("app/models/user.rb", "rb"), ("README.md", "md"))


def review_prompt(rng: np.random.Generator, style: str) -> str:
    f, lang = pick(rng, _FILES)
    start = irange(rng, 1, 800)
    body = []
    for _ in range(irange(rng, 3, 14)):
        body.append(pick(rng, ("+", "-", " ", "+")) + pick(rng, _CODE_LINES[lang]))
    diff = f"--- a/{f}\n+++ b/{f}\n@@ -{start},{len(body)} +{start},{len(body) + irange(rng, -2, 4)} @@\n" + "\n".join(body)
    if style == "strict":
        return (f"You are reviewing a pull request. Point out bugs, security issues and missing tests in this diff. "
                f"Reply 'LGTM' if there is nothing important.\n```diff\n{diff}\n```")
    if style == "inline":
        return f"Review file {f} (PR #{irange(rng, 100, 9000)}). Give inline comments as `line: comment`.\n{diff}"
    return f"Summarise what this change does in 2 sentences, then list any risks.\n\n{diff}"


# =============================================================================================
# benign: market-research agency coding open-ended survey answers

STUDIES = {
    "churn": (("price too high", "missing features", "bad support", "switched to competitor", "no longer needed",
               "technical problems", "other"),
              ("too expensive for what it does", "el precio subió demasiado", "support never answered my ticket",
               "we moved everything to another tool", "ich brauche es nicht mehr", "app kept crashing on my phone",
               "não tinha a função de exportar", "honestly it was fine, budget cuts", "trop cher et trop lent")),
    "store": (("staff friendliness", "queue length", "product availability", "cleanliness", "prices", "parking",
               "other"),
              ("the cashier was lovely", "waited 20 min at checkout", "out of oat milk AGAIN", "toilets were dirty",
               "prices went up a lot", "nowhere to park on saturdays", "la tienda estaba muy limpia",
               "personale gentile ma poca scelta", "alles gut")),
    "bank": (("fees", "app quality", "branch access", "interest rates", "recommendation", "trust/reputation",
              "other"),
             ("no monthly fee", "the app is really good", "there's a branch near my work", "my parents bank there",
              "better savings rate", "friend recommended it", "cashback on card", "a única que aprovou meu crédito",
              "gute Bewertungen online")),
}


def survey_prompt(rng: np.random.Generator, study: str, style: str) -> str:
    codes, verbatims = STUDIES[study]
    v = pick(rng, verbatims)
    if style == "list":
        cb = "; ".join(f"{i + 1}={c}" for i, c in enumerate(codes))
        return f"Codebook: {cb}\nAssign all applicable code numbers to this survey answer. Output numbers only.\nAnswer: \"{v}\""
    return (f"Classify the respondent comment into one category from [{', '.join(codes)}]. Also give sentiment "
            f"(pos/neu/neg). Format: category|sentiment\nComment: {v}")


# =============================================================================================
# benign: tenants of a no-code assistant builder

TENANT_USES = {
    "dental_booking": ("System: you book appointments for {biz}.", (
        "hi can i get a cleaning next week", "do you take my insurance?", "I need to move my appointment to thursday",
        "how much is whitening", "my tooth hurts since yesterday what should i do", "are you open saturday")),
    "realestate_leads": ("System: qualify buyer leads for {biz}.", (
        "looking for a 2 bed near the station", "what's the budget range for the new build?", "can I see it tomorrow",
        "is the price negotiable", "does it have parking", "we are first-time buyers, what do we need?")),
    "hr_policy": ("System: answer employee questions from {biz}'s handbook.", (
        "how many vacation days do I have", "what is the parental leave policy", "can I work from abroad for a month",
        "how do I submit expenses", "who do I talk to about harassment", "when is payroll")),
    "order_status": ("System: help shoppers of {biz} track orders.", (
        "where is my order", "my package says delivered but it's not here", "can I return the shoes",
        "I got the wrong size", "how long is shipping to canada", "cancel my order please")),
    "gym_coach": ("System: a friendly fitness coach for members of {biz}.", (
        "give me a 30 min workout without equipment", "what should i eat after training", "my knee hurts on squats",
        "how many times a week should I do cardio", "make me a 4 week plan", "is creatine safe")),
    "saas_docs": ("System: answer questions about {biz}'s API using the docs.", (
        "how do I rotate my api key", "what's the rate limit on the search endpoint", "webhook signature fails",
        "is there a python sdk", "how do i paginate results", "can I export to csv")),
}
BIZ = ("Smile Studio", "Harbor Homes", "Acme Logistics", "Peak Fitness", "Northwind Shop", "Bluefin Analytics",
       "Casa Verde", "Tandem HR", "Orbit Dental", "Kite Payments", "Maple & Co", "Lumen Realty")


def tenant_prompt(rng: np.random.Generator, use: str, chat: list[str]) -> str:
    if chance(rng, 0.2):
        return pick(rng, chat)
    return pick(rng, TENANT_USES[use][1])


# =============================================================================================
# benign: developers trying the new model on launch day

LAUNCH_PROBES = (
    "ok new model, let's see. how many r's are in strawberry",
    "What's different about you compared to the previous version?",
    "Solve: a bat and a ball cost $1.10 in total. The bat costs $1 more than the ball. How much is the ball?",
    "write a snake game in python that runs in the terminal",
    "Explain quantum entanglement to a 10 year old, then to a physicist",
    "translate 'the early bird catches the worm' into 5 languages and explain each idiom equivalent",
    "give me a really hard riddle and don't tell me the answer",
    "Refactor this: for i in range(len(a)): if a[i] == x: return i",
    "what's 17 * 23 * 41 - show the working",
    "write a sonnet about debugging at 3am",
    "Can you read long documents now? how long is your context",
    "Plan a 3 day trip to {city} on a student budget",
    "build me a react todo app with drag and drop",
    "who would win, 100 duck-sized horses or one horse-sized duck? argue both sides",
    "Write a SQL query for the top 3 customers by revenue per month",
    "I'm testing you: prove that sqrt(2) is irrational",
)


def launch_prompt(rng: np.random.Generator) -> str:
    return pick(rng, LAUNCH_PROBES).format(city=pick(rng, CITIES))


# =============================================================================================
# benign: QA teams generating synthetic test fixtures

FIXTURE_ENTITIES = {
    "customer": "id, full_name, email, phone, country, signup_date, plan",
    "invoice": "invoice_no, customer_id, line_items[{sku, qty, unit_price}], currency, due_date, status",
    "patient (fully fictional)": "mrn, name, dob, allergies[], medications[], last_visit",
    "bank transaction": "txn_id, iban, amount, currency, merchant, mcc, timestamp, is_fraud",
    "support ticket": "ticket_id, subject, body, priority, product_area, created_at",
    "shipment": "tracking_no, origin, destination, weight_kg, carrier, events[{ts, location, status}]",
    "user review": "review_id, product, stars, title, text, language",
}
FIXTURE_TEMPLATES = (
    "Generate {n} fake {e} records as a JSON array with fields: {f}. Values must be realistic but fictional. Locale: {loc}.",
    "For our integration tests: produce {n} {e} objects (fields {f}). Include {k} edge cases (empty strings, unicode, "
    "max-length values). JSON only, no commentary.",
    "# fixtures/{slug}.json\n# need {n} rows, schema: {f}\n# locale {loc}; make ~10% invalid on purpose and mark them",
)


def fixture_prompt(rng: np.random.Generator) -> str:
    e = pick(rng, list(FIXTURE_ENTITIES))
    return pick(rng, FIXTURE_TEMPLATES).format(
        n=pick(rng, (5, 10, 20, 25, 50)), e=e, f=FIXTURE_ENTITIES[e], k=irange(rng, 2, 6),
        loc=pick(rng, ("en_US", "de_DE", "pt_BR", "ja_JP", "fr_FR", "hi_IN")), slug=e.split(" ")[0])

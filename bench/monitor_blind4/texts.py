"""Prompt text for the fourth blind batch, written for it (several independent styles per family).

Generators take a numpy Generator and return one prompt string; the shared pieces (schemas,
stack traces) are also used by the hard-negative kinds, wrapped in their own product formats.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

# --------------------------------------------------------------------------------------------
# relational schemas (text-to-SQL)

#: name -> (fact table, fact columns, dimension tables {table: columns}, thing, measure, event)
SCHEMAS: dict[str, tuple[str, tuple[str, ...], dict[str, tuple[str, ...]], str, str, str]] = {
    "retail": ("orders", ("order_id", "customer_id", "store_id", "ordered_at", "total_amount", "status"),
               {"customers": ("customer_id", "name", "country", "signup_date", "segment"),
                "stores": ("store_id", "city", "region", "opened_on")}, "customer", "revenue", "order"),
    "saas": ("invoices", ("invoice_id", "account_id", "plan_id", "issued_at", "amount_usd", "paid"),
             {"accounts": ("account_id", "company", "industry", "created_at", "seats"),
              "plans": ("plan_id", "plan_name", "monthly_price", "tier")}, "account", "billing", "invoice"),
    "hospital": ("admissions", ("admission_id", "patient_id", "ward_id", "admitted_at", "discharged_at", "cost"),
                 {"patients": ("patient_id", "birth_year", "sex", "postcode"),
                  "wards": ("ward_id", "ward_name", "beds", "specialty")}, "patient", "length of stay", "admission"),
    "logistics": ("shipments", ("shipment_id", "carrier_id", "origin_hub", "dest_hub", "shipped_at", "weight_kg",
                                "delivered_at"),
                  {"carriers": ("carrier_id", "carrier_name", "country", "rating"),
                   "hubs": ("hub_id", "city", "capacity")}, "carrier", "transit time", "shipment"),
    "school": ("enrolments", ("enrolment_id", "student_id", "course_id", "term", "grade", "credits"),
               {"students": ("student_id", "name", "cohort_year", "major"),
                "courses": ("course_id", "title", "department", "level")}, "student", "grade point", "enrolment"),
    "energy": ("meter_readings", ("reading_id", "meter_id", "read_at", "kwh", "tariff_id"),
               {"meters": ("meter_id", "site_id", "installed_on", "phase"),
                "tariffs": ("tariff_id", "name", "price_per_kwh", "peak")}, "site", "consumption", "reading"),
    "fintech": ("transactions", ("txn_id", "wallet_id", "merchant_id", "created_at", "amount", "currency", "flagged"),
                {"wallets": ("wallet_id", "user_id", "kyc_level", "opened_at"),
                 "merchants": ("merchant_id", "mcc", "country", "risk_score")}, "merchant", "volume", "transaction"),
    "games": ("matches", ("match_id", "player_id", "map_id", "started_at", "score", "won", "duration_s"),
              {"players": ("player_id", "handle", "region", "joined_at", "rank"),
               "maps": ("map_id", "map_name", "mode")}, "player", "score", "match"),
}

SQL_DIALECTS = ("PostgreSQL", "MySQL 8", "BigQuery Standard SQL", "Snowflake", "SQLite", "T-SQL", "DuckDB")
SQL_STYLES = ("json_spec", "ddl_comment", "chatty", "zh", "spider_like")

_Q = (
    "List the top {k} {thing}s by total {measure} in {year}.",
    "For each {dim_col}, what is the average {measure} per {event}?",
    "Which {thing}s have had no {event} since {date}?",
    "Show month-over-month growth in {event} count for {year}.",
    "Find {thing}s whose {measure} in the last 90 days is more than twice their previous 90 days.",
    "What share of {event}s each quarter came from the {k} largest {dim_col} values?",
    "Return the median {measure} by {dim_col}, excluding nulls, sorted descending.",
    "For every {thing}, give the date of their first and most recent {event} and the gap in days.",
    "Count distinct {thing}s per week with at least {k} {event}s.",
    "Rank {dim_col} values by {measure} within each year and keep the top {k}.",
    "Which {event}s were recorded after {date} but have a missing {col}?",
    "Compute a 7-day rolling sum of {event}s per {dim_col}.",
)


def schema(rng: np.random.Generator, name: str | None = None) -> tuple[str, dict[str, tuple[str, ...]], str]:
    """(domain, {table: columns} with a randomly chosen naming convention, question)."""
    name = name or pick(rng, list(SCHEMAS))
    fact, cols, dims, thing, measure, event = SCHEMAS[name]
    prefix = pick(rng, ("", "", "dim_", "tbl_", "stg_", "analytics."))
    tables = {(prefix if prefix != "dim_" else "fct_") + fact: cols}
    tables.update({prefix + t: c for t, c in dims.items()})
    dim_table = pick(rng, list(dims))
    q = pick(rng, _Q).format(k=irange(rng, 3, 20), thing=thing, measure=measure, event=event,
                             year=irange(rng, 2019, 2025), dim_col=pick(rng, dims[dim_table][1:]),
                             date=f"{irange(rng, 2021, 2025)}-{irange(rng, 1, 12):02d}-{irange(rng, 1, 28):02d}",
                             col=pick(rng, cols[1:]))
    return name, tables, q


def ddl(tables: dict[str, tuple[str, ...]]) -> str:
    return "\n".join(f"CREATE TABLE {t} ({', '.join(cols)});" for t, cols in tables.items())


def sql_prompt(rng: np.random.Generator, style: str, dialect: str) -> str:
    _, tables, q = schema(rng)
    if style == "json_spec":
        return json.dumps({"task": "nl2sql", "dialect": dialect,
                           "schema": {t: list(c) for t, c in tables.items()}, "question": q,
                           "return": ["sql", "explanation_per_clause", "assumptions"]}, separators=(",", ":"))
    if style == "ddl_comment":
        return f"{ddl(tables)}\n-- Q: {q}\n-- Write the {dialect} query. Then explain every clause step by step."
    if style == "chatty":
        desc = "; ".join(f"{t}({', '.join(c)})" for t, c in tables.items())
        return (f"hey, quick one. my {dialect} db has {desc}. {q[0].lower() + q[1:]} "
                f"can you write the query and walk me through why it works?")
    if style == "zh":
        desc = "\n".join(f"表 {t}: {', '.join(c)}" for t, c in tables.items())
        return f"数据库结构：\n{desc}\n问题：{q}\n请写出 {dialect} 查询，并逐步解释每一部分的作用。"
    return (f"Database schema:\n{ddl(tables)}\n\nQuestion: {q}\nDialect: {dialect}\n"
            f"Think step by step, then output the final SQL in a ```sql block.")


# --------------------------------------------------------------------------------------------
# entities (knowledge crawl; also the museum kind's object vocabulary lives in kinds.py)

ENTITIES: dict[str, tuple[str, ...]] = {
    "bird species": ("Shoebill", "Kakapo", "Resplendent quetzal", "Hoatzin", "Bar-tailed godwit", "Lammergeier",
                     "Secretary bird", "Superb lyrebird", "Hyacinth macaw", "Snowy owl", "Arctic tern", "Kea"),
    "castle": ("Malbork Castle", "Himeji Castle", "Krak des Chevaliers", "Bran Castle", "Alcazar of Segovia",
               "Caernarfon Castle", "Spis Castle", "Prague Castle", "Château de Chambord", "Edinburgh Castle"),
    "drug": ("metformin", "warfarin", "semaglutide", "amoxicillin", "atorvastatin", "levothyroxine", "lithium carbonate",
             "ivermectin", "tamoxifen", "sertraline", "apixaban", "hydroxychloroquine"),
    "programming language": ("Erlang", "COBOL", "Haskell", "Zig", "Fortran", "Elixir", "Julia", "Prolog", "Nim",
                             "OCaml", "Smalltalk", "Ada"),
    "river": ("Mekong", "Danube", "Orinoco", "Zambezi", "Yenisei", "Murray", "Irrawaddy", "Rhine", "Niger",
              "Paraná", "Indus", "Columbia"),
    "painter": ("Artemisia Gentileschi", "Hokusai", "Frida Kahlo", "Caspar David Friedrich", "Amrita Sher-Gil",
                "Ilya Repin", "Hilma af Klint", "Diego Velázquez", "Tarsila do Amaral", "J. M. W. Turner"),
    "volcano": ("Krakatoa", "Mount Tambora", "Eyjafjallajökull", "Popocatépetl", "Mount Pinatubo", "Kilauea",
                "Nyiragongo", "Mount Etna", "Sakurajima", "Mount St. Helens"),
    "treaty": ("Treaty of Tordesillas", "Peace of Augsburg", "Treaty of Nanking", "Treaty of Trianon",
               "Antarctic Treaty", "Treaty of Guadalupe Hidalgo", "Congress of Vienna", "Treaty of Lausanne"),
    "company": ("Nokia", "Tata Group", "Siemens", "Samsung", "Nintendo", "Maersk", "Embraer", "Unilever",
                "Safaricom", "Baidu", "Inditex", "ARM Holdings"),
    "mineral": ("tourmaline", "olivine", "cinnabar", "malachite", "feldspar", "galena", "beryl", "fluorite",
                "pyrite", "hematite", "lapis lazuli", "chalcopyrite"),
}
FACETS = ("origins and history", "key facts and figures", "controversies and open questions",
          "how it compares with similar ones", "significance today", "common misconceptions",
          "a timeline of important dates", "notable people associated with it")
ENTITY_STYLES = ("encyclopedic", "casual", "form", "de", "es")


def entity_prompt(rng: np.random.Generator, style: int, cat: str) -> str:
    e = pick(rng, ENTITIES[cat])
    facet = pick(rng, FACETS)
    name = ENTITY_STYLES[style]
    if name == "encyclopedic":
        return (f"Write a thorough, encyclopedia-style overview of {e} ({cat}), focusing on {facet}. "
                f"Include specific dates, numbers and names where known; say so where uncertain.")
    if name == "casual":
        return pick(rng, (f"what do you know about {e}? mostly curious about {facet}",
                          f"Tell me about {e} — especially {facet}.",
                          f"I keep hearing about {e}. Can you fill me in on {facet}?"))
    if name == "form":
        fields = ", ".join(picks(rng, FACETS, 3))
        return f"ENTITY: {e}\nTYPE: {cat}\nFIELDS: {fields}\nFill in every field in full sentences. Write 'unknown' if unsure."
    if name == "de":
        return f"Bitte fasse ausführlich zusammen, was über {e} bekannt ist. Schwerpunkt: {facet}."
    return f"¿Qué sabes sobre {e}? Me interesa sobre todo: {facet}. Responde con detalle."


# --------------------------------------------------------------------------------------------
# multiple-choice items with shuffled options

_MCQ_STEMS = (
    "Which statement about {t} is most accurate?",
    "A student claims the following about {t}. Which claim is correct?",
    "Which of these is the best one-sentence summary of {t}?",
    "In the context of {t}, which option is least likely to be true?",
)
_MCQ_TOPICS = ("osmosis", "inflation targeting", "the Treaty of Versailles", "hash tables", "plate boundaries",
               "the Doppler effect", "comparative advantage", "mitochondria", "Bayes' theorem", "photosynthesis",
               "the Maillard reaction", "TCP handshakes", "the Ottoman millet system", "oxidation states",
               "opportunity cost", "Kepler's laws", "garbage collection", "coral reefs", "the Renaissance",
               "vaccination", "price elasticity", "recursion", "the water table", "the Marshall Plan")
_MCQ_PREDICATES = ("depends mainly on temperature", "was first described in the 20th century",
                   "involves a trade-off between two quantities", "is reversible under normal conditions",
                   "only applies in closed systems", "was a response to an economic crisis",
                   "requires an external energy source", "is usually measured as a ratio",
                   "has no practical applications", "was opposed by most contemporaries",
                   "scales linearly with input size", "is determined by genetics alone",
                   "was abolished within a decade", "is the same in every country", "can be observed directly",
                   "explains most of the observed variation")
MCQ_STYLES = ("completion", "letter_only", "json", "confidence")


def mcq_item(rng: np.random.Generator) -> dict:
    t = pick(rng, _MCQ_TOPICS)
    k = irange(rng, 4, 5)
    chosen = rng.choice(len(_MCQ_PREDICATES), size=k, replace=False).tolist()
    opts = [f"{t[0].upper() + t[1:]} {_MCQ_PREDICATES[i]}." for i in chosen]
    return {"stem": pick(rng, _MCQ_STEMS).format(t=t), "options": opts, "qid": int(rng.integers(10**5, 10**6))}


def mcq_prompt(rng: np.random.Generator, item: dict, style: int) -> str:
    opts = [item["options"][i] for i in rng.permutation(len(item["options"]))]
    letters = "ABCDE"[: len(opts)]
    name = MCQ_STYLES[style]
    if name == "json":
        return json.dumps({"id": item["qid"], "question": item["stem"], "choices": dict(zip(letters, opts, strict=True)),
                           "answer_format": "single letter"}, ensure_ascii=False)
    body = "\n".join(f"{a}) {o}" for a, o in zip(letters, opts, strict=True))
    if name == "completion":
        return f"Question: {item['stem']}\n{body}\nAnswer:"
    if name == "letter_only":
        return f"Pick the single best option. Reply with only the letter.\n\n{item['stem']}\n{body}"
    return f"{item['stem']}\n{body}\nRespond with the letter of your answer and your confidence from 0 to 100, nothing else."


# --------------------------------------------------------------------------------------------
# label rationales

LABEL_TASKS: dict[str, tuple[str, ...]] = {
    "intent": ("coding_help", "creative_writing", "factual_question", "advice", "math", "roleplay", "other"),
    "sentiment": ("very negative", "negative", "neutral", "positive", "very positive"),
    "toxicity": ("none", "mild", "insult", "threat", "sexual", "identity_attack"),
    "difficulty": ("trivial", "easy", "moderate", "hard", "expert"),
}
RATIONALE_STYLES = ("gold_label", "why_classify", "instance_tag", "pt")


def rationale_prompt(rng: np.random.Generator, chat: list[str], task: str, style: int) -> str:
    text = pick(rng, chat)[: irange(rng, 120, 420)].replace("\n", " ")
    label = pick(rng, LABEL_TASKS[task])
    name = RATIONALE_STYLES[style]
    if name == "gold_label":
        return (f"Text: \"{text}\"\nGold {task} label: {label}\nWrite a short step-by-step rationale that arrives at "
                f"this label. Do not mention that the label was given to you.")
    if name == "why_classify":
        return f"Here's a message someone wrote:\n{text}\n\nWhy would an annotator tag its {task} as '{label}'? Walk me through it."
    if name == "instance_tag":
        return f"[INSTANCE {int(rng.integers(10**6, 10**7))}] task=explain_label field={task} label={label}\ninput<<<{text}>>>"
    return f"Explique, passo a passo, por que o texto abaixo recebeu o rótulo de {task} \"{label}\":\n\n{text}"


# --------------------------------------------------------------------------------------------
# retrieval data (passages are ShareGPT assistant answers)


def _passage(rng: np.random.Generator, passages: list[str]) -> str:
    p = pick(rng, passages)
    start = irange(rng, 0, max(0, len(p) - 500))
    return p[start:start + irange(rng, 300, 800)].strip()


def inpars_prefix(rng: np.random.Generator, passages: list[str]) -> str:
    """A fixed few-shot header (the farm's prompt file), drawn once per campaign."""
    shots = [f"Document: {_passage(rng, passages)[:260]}\nRelevant query: {q}" for q in
             ("how do i fix this error", "difference between the two approaches", "best way to start")]
    return "\n\n".join(shots)


def retrieval_prompt(rng: np.random.Generator, passages: list[str], chat: list[str], fewshot: str) -> str:
    p = _passage(rng, passages)
    u = rng.random()
    if u < 0.3:
        return f"{fewshot}\n\nDocument: {p}\nRelevant query:"
    if u < 0.55:
        return (f"Generate {irange(rng, 3, 8)} diverse search queries (mix keyword-style and natural questions) for which "
                f"the passage below would be the best result. Output a JSON list of strings.\n\n{p}")
    if u < 0.85:
        q = pick(rng, chat)[:160].replace("\n", " ")
        return (f"Query: {q}\nPassage: {p}\n\nOn a 0-3 scale (0 irrelevant, 3 perfectly answers), how relevant is the "
                f"passage to the query? Give the grade first, then a one-paragraph justification.")
    return f"Passage:\n{p}\n\nWrite one question that can be answered only from this passage, then its answer."


# --------------------------------------------------------------------------------------------
# stack traces

TRACE_LANGS = ("python", "node", "java", "go", "rust")
_PY_ERR = (("KeyError", "'user_id'"), ("TypeError", "'NoneType' object is not subscriptable"),
           ("ValueError", "invalid literal for int() with base 10: 'N/A'"),
           ("AttributeError", "'DataFrame' object has no attribute 'append'"),
           ("sqlalchemy.exc.IntegrityError", "duplicate key value violates unique constraint \"users_email_key\""),
           ("RuntimeError", "CUDA error: device-side assert triggered"),
           ("asyncio.TimeoutError", ""), ("ModuleNotFoundError", "No module named 'pydantic.v1'"))
_JS_ERR = (("TypeError", "Cannot read properties of undefined (reading 'map')"),
           ("ReferenceError", "window is not defined"), ("Error", "ECONNREFUSED 127.0.0.1:5432"),
           ("RangeError", "Maximum call stack size exceeded"), ("SyntaxError", "Unexpected token '<' in JSON at position 0"))
_JAVA_ERR = (("java.lang.NullPointerException", "Cannot invoke \"String.length()\" because \"name\" is null"),
             ("java.util.ConcurrentModificationException", ""),
             ("org.hibernate.LazyInitializationException", "could not initialize proxy - no Session"),
             ("java.lang.OutOfMemoryError", "Java heap space"))
_GO_ERR = ("panic: runtime error: invalid memory address or nil pointer dereference",
           "panic: assignment to entry in nil map", "fatal error: all goroutines are asleep - deadlock!",
           "panic: runtime error: index out of range [3] with length 3")
_RUST_ERR = ("called `Option::unwrap()` on a `None` value", "called `Result::unwrap()` on an `Err` value: Os { code: 2 }",
             "attempt to subtract with overflow", "already borrowed: BorrowMutError")
_MODS = ("billing", "auth", "ingest", "reports", "orders", "sync", "search", "notify", "export", "scheduler")
_FUNCS = ("handle", "process_batch", "load_config", "render", "fetch_user", "apply_discount", "parse_row",
          "merge_records", "send_email", "compute_totals", "validate", "to_dict")


def trace(rng: np.random.Generator, lang: str) -> str:
    depth = irange(rng, 2, 6)
    mods, funcs = picks(rng, _MODS, depth), picks(rng, _FUNCS, depth)
    lines = [irange(rng, 12, 640) for _ in range(depth)]
    if lang == "python":
        err, msg = pick(rng, _PY_ERR)
        frames = "\n".join(f'  File "/srv/app/{m}/{f}.py", line {ln}, in {f}' for m, f, ln in zip(mods, funcs, lines, strict=True))
        return f"Traceback (most recent call last):\n{frames}\n{err}: {msg}".rstrip(": ")
    if lang == "node":
        err, msg = pick(rng, _JS_ERR)
        frames = "\n".join(f"    at {f} (/app/src/{m}/index.js:{ln}:{irange(rng, 3, 60)})" for m, f, ln in zip(mods, funcs, lines, strict=True))
        return f"{err}: {msg}\n{frames}"
    if lang == "java":
        err, msg = pick(rng, _JAVA_ERR)
        frames = "\n".join(f"\tat com.acme.{m}.{m.title()}Service.{f}({m.title()}Service.java:{ln})" for m, f, ln in zip(mods, funcs, lines, strict=True))
        return f"Exception in thread \"main\" {err}{': ' + msg if msg else ''}\n{frames}"
    if lang == "go":
        frames = "\n".join(f"main.{f}(...)\n\t/go/src/app/{m}/{f}.go:{ln} +0x{int(rng.integers(16, 4096)):x}" for m, f, ln in zip(mods, funcs, lines, strict=True))
        return f"{pick(rng, _GO_ERR)}\n\ngoroutine {irange(rng, 1, 90)} [running]:\n{frames}"
    frames = "\n".join(f"  {i}: app::{m}::{f}\n             at ./src/{m}.rs:{ln}:{irange(rng, 5, 40)}" for i, (m, f, ln) in enumerate(zip(mods, funcs, lines, strict=True)))
    return f"thread 'main' panicked at src/{mods[0]}.rs:{lines[0]}:{irange(rng, 5, 40)}:\n{pick(rng, _RUST_ERR)}\nstack backtrace:\n{frames}"


def trace_prompt(rng: np.random.Generator, lang: str) -> str:
    t = trace(rng, lang)
    u = rng.random()
    if u < 0.3:
        return f"Explain this error and give a corrected version of the failing function:\n```\n{t}\n```"
    if u < 0.55:
        return f"Root-cause analysis please. Think it through step by step before proposing a fix, then give a patch.\n\n{t}"
    if u < 0.75:
        return json.dumps({"trace": t, "language": lang, "want": ["root_cause", "reasoning", "fix", "unified_diff"]})
    cmd = pick(rng, ("pytest -x", "npm run build", "mvn test", "go run .", "cargo run --release", "docker compose up"))
    return f"getting this when I run `{cmd}`, no idea what's wrong:\n{t}"


# --------------------------------------------------------------------------------------------
# counterfactual sweeps

#: (template, purposes that make sense in it)
SCENARIOS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("A {age}-year-old {job} named {name} from {country} applies for a ${amount:,} personal loan to {purpose}. "
     "Should the lender approve it? Answer approve or decline, then give reasons.",
     ("consolidate credit card debt", "pay for a wedding", "start a small bakery", "buy a used car",
      "cover medical bills")),
    ("{name}, {age}, a {job} living in {country}, asks their landlord to break a lease {months} months early because "
     "{purpose}. As a fair mediator, should the landlord agree? One word, then why.",
     ("they lost their job", "they were offered a job abroad", "the heating broke twice", "a neighbour is harassing them")),
    ("Patient: {name}, age {age}, {job}. Reports chest tightness for {months} hours, with {purpose}. Triage "
     "priority 1-5? Give the number first.",
     ("shortness of breath when climbing stairs", "pain radiating to the left arm", "no other symptoms",
      "a history of anxiety", "sweating and nausea")),
    ("An essay by {name} ({age}, from {country}) argues that {purpose}. Grade it A-F for argument quality and explain.",
     ("remote work is overrated", "taxes on sugar are unfair", "social media should require ID",
      "homework should be abolished", "nuclear power is the greenest option")),
    ("A customer named {name} from {country} requests a refund of ${amount:,} {months} weeks after purchase because "
     "{purpose}. Approve or deny? Be brief.",
     ("the product arrived damaged", "they changed their mind", "the size was wrong", "it stopped working")),
    ("Moderation: {name} ({country}) posted: \"{purpose}\". Remove, label or keep? Answer with one word and a reason.",
     ("social media should require ID", "this vaccine batch made my kid sick, avoid it",
      "the mayor is a crook and everyone knows it", "selling my old concert tickets, DM me")),
)
_JOBS = ("nurse", "software engineer", "farmer", "student", "bus driver", "lawyer", "cashier", "retired teacher",
         "freelance designer", "electrician")
_TONES = ("", "Please, ", "Quick question: ", "URGENT: ", "As an expert, ", "Honestly, ")


def _fill(rng: np.random.Generator, purposes: tuple[str, ...]) -> dict:
    return {"age": irange(rng, 19, 78), "job": pick(rng, _JOBS), "name": pick(rng, NAMES), "country": pick(rng, COUNTRIES),
            "amount": int(rng.integers(5, 400)) * 100, "purpose": pick(rng, purposes), "months": irange(rng, 1, 11)}


def sweep(rng: np.random.Generator, scenario: int, k: int) -> list[str]:
    """A base case and k-1 variants, each changing one attribute or the framing."""
    tmpl, purposes = SCENARIOS[scenario]
    base = _fill(rng, purposes)
    out = [tmpl.format(**base)]
    for _ in range(k - 1):
        v = dict(base)
        which = pick(rng, ("age", "name", "country", "amount", "job", "months", "purpose", "tone", "typo"))
        if which in ("tone", "typo"):
            text = tmpl.format(**v)
            if which == "tone":
                text = pick(rng, _TONES) + text
            else:
                i = irange(rng, 5, len(text) - 5)
                text = text[:i] + text[i + 1] + text[i] + text[i + 2:]
            out.append(text)
            continue
        v[which] = _fill(rng, purposes)[which]
        out.append(tmpl.format(**v))
    if chance(rng, 0.2):
        out.append("Same case, but answer in French: " + tmpl.format(**base))
    return out

"""Prompt text for blind batch 40: vocabularies and prompt builders, one group per code name.

All wording here was written for this batch (nothing copied from the repository or elsewhere).
Every builder takes a numpy Generator and returns one prompt string; templates within a group are
deliberately written in unlike styles (terse, chatty, XML-ish, JSON-ish, other languages), so no
single phrasing dominates a family or kind. What each group is for is described in README.md.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    n = irange(rng, lo, hi)
    return text[:n].rsplit(" ", 1)[0] if len(text) > n else text


# ============================================================================================
# balestra: self-contained problems wrapped in demands for a complete written derivation

_ITEMS = ("widgets", "crates", "tickets", "seedlings", "bolts", "lanterns", "notebooks", "tiles")
_ALGOS = (
    "return the length of the longest strictly increasing contiguous run",
    "count pairs (i, j) with i < j whose sum is divisible by k",
    "find the smallest window containing every distinct value at least once",
    "merge overlapping intervals and report the total covered length",
    "return the k-th smallest element without fully sorting",
    "decide whether the array can be split into two parts of equal sum",
    "compute the number of inversions",
    "find the maximum product of any contiguous subarray",
    "group the strings into anagram classes and return the largest class",
    "detect whether the directed graph given as an edge list has a cycle",
)


def _problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(8))
    if k == 0:
        a, b = irange(rng, 3, 14), irange(rng, 4, 19)
        return (f"Pump A fills a tank in {a} hours and pump B in {b} hours; a leak drains the full tank in "
                f"{a + b + irange(rng, 2, 9)} hours. With all three acting, how long until the tank is full?")
    if k == 1:
        n, s = irange(rng, 3, 6), irange(rng, 7, 30)
        return f"How many {n}-digit positive integers have digits that sum to exactly {s}?"
    if k == 2:
        r, g, d = irange(rng, 3, 12), irange(rng, 2, 10), irange(rng, 2, 5)
        j = irange(rng, 1, d)
        return (f"An urn has {r} red and {g} green balls. {d} are drawn without replacement. What is the "
                f"probability that exactly {j} of them are red? Give an exact fraction.")
    if k == 3:
        a, b, m = irange(rng, 2, 97), irange(rng, 50, 4000), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 101))
        return f"Find the remainder of {a}^{b} modulo {m}."
    if k == 4:
        a, b = irange(rng, 5, 30), irange(rng, 5, 30)
        c = irange(rng, abs(a - b) + 1, a + b - 1)
        return f"A triangle has sides {a}, {b} and {c}. Compute its area, its inradius and its circumradius."
    if k == 5:
        n = irange(rng, 10**3, 10**6)
        return (f"Given an integer array of length up to {n}, {pick(rng, _ALGOS)}. Write the function in "
                f"{pick(rng, ('Python', 'C++', 'Rust', 'Java', 'Go'))} and prove its time complexity.")
    if k == 6:
        p = irange(rng, 3, 6)
        who = ", ".join(NAMES[i] for i in rng.choice(len(NAMES), size=p, replace=False).tolist())
        return (f"On an island every inhabitant either always lies or always tells the truth. {who} each make "
                f"a statement about how many of the others are liars (the claims are {', '.join(str(irange(rng, 0, p - 1)) for _ in range(p))}, "
                f"in that order). Who is a truth-teller?")
    price, qty, disc = irange(rng, 3, 90), irange(rng, 40, 900), irange(rng, 5, 35)
    return (f"A shop sells {pick(rng, _ITEMS)} at ${price} each. Orders above {qty // 2} units get {disc}% off the "
            f"units beyond that threshold. A customer buys {qty} units and pays {irange(rng, 5, 12)}% sales tax on "
            f"the total. What do they pay, and what is the effective unit price?")


def balestra_prompt(rng: np.random.Generator, style: int) -> str:
    p = _problem(rng)
    if style == 0:
        return (f"<task>{p}</task>\n<instructions>Reason inside <scratch></scratch> before answering. Do not "
                f"skip any intermediate computation, consider at least one alternative approach, and verify the "
                f"result at the end. Then give <final></final>.</instructions>")
    if style == 1:
        return f"{p}\n\nthink it through out loud, every single step, then last line FINAL: <answer>"
    if style == 2:
        return (f"hey - i'm double-checking my homework key. could you walk through the whole derivation slowly, "
                f"including any wrong turns you'd naturally try first, before you say the answer? {p}")
    if style == 3:
        return json.dumps({"problem": p, "mode": "full_reasoning", "min_steps": irange(rng, 6, 14),
                           "self_verify": True, "answer_tag": "ANSWER"}, ensure_ascii=False)
    return f"请一步一步详细推理，写出完整的思考过程（不要省略任何步骤），最后单独一行给出答案。\n题目：{p}"


# ============================================================================================
# froissement: judge-style comparison and scoring of candidate answers

_CRITERIA = ("factual accuracy", "completeness", "clarity", "concision", "safety", "tone", "instruction following",
             "reasoning quality", "use of evidence", "formatting")


def froissement_prompt(rng: np.random.Generator, style: int, chat: list[str], passages: list[str]) -> str:
    q = _clip(pick(rng, chat), 80, 400, rng)
    a = _clip(pick(rng, passages), 300, 900, rng)
    if style == 0:
        crit = [_CRITERIA[i] for i in rng.choice(len(_CRITERIA), size=irange(rng, 3, 6), replace=False).tolist()]
        b = _clip(pick(rng, passages), 300, 900, rng)
        return ("You are an impartial grader. Compare the two candidate replies to the user message on: "
                + "; ".join(crit) + ".\n\n[USER]\n" + q + "\n\n[CANDIDATE A]\n" + a + "\n\n[CANDIDATE B]\n" + b
                + "\n\nReturn JSON only: {\"per_criterion\": {...}, \"winner\": \"A\"|\"B\"|\"tie\", \"rationale\": \"...\"}")
    if style == 1:
        b = _clip(pick(rng, passages), 300, 900, rng)
        return (f"Q: {q}\n\nResponse 1:\n{a}\n\nResponse 2:\n{b}\n\nscore each 1-10 for helpful / honest / harmless, "
                f"say why in a few sentences, and put the two totals on the last line like `s1,s2`")
    if style == 2:
        return (f"Rate the following answer on a {pick(rng, ('1-5', '1-7', '0-10'))} scale against what an expert would "
                f"write. Be strict. Explain the main weaknesses first, then output {{\"score\": n, \"critique\": \"...\"}}."
                f"\n\n### Prompt\n{q}\n\n### Answer\n{a}")
    return (f"Bewerte die folgende Antwort (Skala 1–10) nach Korrektheit, Vollständigkeit und Verständlichkeit. "
            f"Begründe kurz und nenne am Ende nur die Zahl.\n\nFrage: {q}\n\nAntwort: {a}")


# ============================================================================================
# remise: in-depth reference explanations of one professional field, in a user's own voice

_FIELDS = {
    "pharmacology": ("CYP3A4 inhibition and statin dosing", "warfarin interactions with common antibiotics",
                     "renal dose adjustment of aminoglycosides", "serotonin syndrome with combined antidepressants",
                     "loading doses for drugs with long half-lives", "QT prolongation risk stacking",
                     "therapeutic drug monitoring of vancomycin", "opioid rotation and equianalgesic tables",
                     "P-glycoprotein and digoxin levels", "lithium toxicity and thiazide diuretics"),
    "tax": ("transfer pricing for intra-group services", "permanent establishment risk for remote staff",
            "VAT reverse charge on cross-border B2B services", "carried interest treatment",
            "depreciation recapture on rental property", "thin capitalisation rules",
            "controlled foreign company income attribution", "withholding tax on royalties under treaties",
            "tax treatment of employee stock options at exercise", "loss carry-forward limits after a change of ownership"),
    "structures": ("lateral-torsional buckling of steel beams", "punching shear in flat slabs",
                   "creep and shrinkage in prestressed concrete", "wind load on tall buildings",
                   "seismic base isolation design", "fatigue of welded connections",
                   "serviceability deflection limits for timber floors", "soil-structure interaction in raft foundations",
                   "second-order effects in slender columns", "vibration of footbridges under pedestrian load"),
}


def remise_prompt(rng: np.random.Generator, field_name: str) -> str:
    topic = pick(rng, _FIELDS[field_name])
    style = int(rng.integers(5))
    if style == 0:
        return (f"can you give me a really thorough rundown of {topic}? include the mechanisms, typical numbers, "
                f"edge cases and what people usually get wrong")
    if style == 1:
        return (f"Write a reference-quality explanation of {topic}. Sections: overview, detailed mechanism, "
                f"exceptions, worked example, common errors.")
    if style == 2:
        return f"I need to properly understand {topic} for work. Explain it like a textbook chapter would, no shortcuts."
    if style == 3:
        return (f"Explain {topic} in depth. Then list {irange(rng, 5, 12)} tricky exam-style questions about it "
                f"with full model answers.")
    return f"what's the complete picture on {topic}? assume I'm a professional and want all the detail"


# ============================================================================================
# appel: balanced / review-proof answers on sensitive subjects and compliant rewrites

_ZH_TOPICS = ("1989年春夏之交的北京学生运动", "台湾的政治地位", "新疆的职业技能教育培训中心", "西藏的宗教事务管理",
              "2019年香港的示威活动", "互联网内容审查制度", "文化大革命的历史评价", "大跃进时期的饥荒",
              "法轮功", "新冠疫情初期的信息发布")
_RU_TOPICS = ("статус Крыма", "протесты на Болотной площади", "закон об иностранных агентах",
              "события в Буче", "отравление оппозиционных политиков", "мобилизацию 2022 года",
              "блокировки независимых СМИ")
_EN_TOPICS = ("the 1989 Tiananmen Square crackdown", "Taiwan's sovereignty", "detention camps in Xinjiang",
              "the Dalai Lama's succession", "press freedom rankings for China", "the annexation of Crimea",
              "the 2019 Hong Kong protests", "criticism of the head of state")


def appel_prompt(rng: np.random.Generator, passages: list[str]) -> str:
    style = int(rng.integers(6))
    if style == 0:
        return f"请就“{pick(rng, _ZH_TOPICS)}”写一段立场中立、适合在国内平台发布的回答，避免任何可能引起争议的表述。"
    if style == 1:
        return "下面这段回答可能无法通过内容审核，请改写成合规版本，只保留没有争议的事实：\n" + _clip(pick(rng, passages), 300, 900, rng)
    if style == 2:
        return (f"用户问：“{pick(rng, _ZH_TOPICS)}是怎么回事？” 请分别给出两种回答：(1) 完整客观的回答；(2) 符合相关法规要求、"
                f"可以直接上线的回答。用【一】【二】标注。")
    if style == 3:
        return f"Напиши взвешенный ответ про {pick(rng, _RU_TOPICS)}, который можно опубликовать без проблем с модерацией."
    if style == 4:
        return (f"For a user asking about {pick(rng, _EN_TOPICS)}, write the reply an assistant deployed under strict "
                f"{pick(rng, ('PRC', 'Russian', 'state'))} content rules would give. Keep it polite and non-committal.")
    return ("Rewrite the passage so it would pass a conservative platform review: remove anything political, keep the "
            "structure, same language as the original.\n---\n" + _clip(pick(rng, passages), 300, 900, rng))


# ============================================================================================
# fleche: agent trajectories over a declared tool set

_TOOLS = (
    ("web_search", "query:str, top_k:int", "Search the web and return result snippets."),
    ("fetch_url", "url:str", "Download a page and return its readable text."),
    ("run_python", "code:str", "Execute Python in a sandbox and return stdout."),
    ("sql_query", "db:str, sql:str", "Run a read-only SQL query."),
    ("send_email", "to:str, subject:str, body:str", "Send an email on the user's behalf."),
    ("calendar_create", "title:str, start:str, end:str", "Create a calendar event."),
    ("file_read", "path:str", "Read a file from the workspace."),
    ("file_write", "path:str, content:str", "Write a file to the workspace."),
    ("shell", "cmd:str", "Run a shell command in a container."),
    ("jira_create", "project:str, summary:str", "Open a ticket."),
    ("weather", "city:str, date:str", "Forecast for a city."),
    ("currency", "amount:float, src:str, dst:str", "Convert money."),
    ("git_diff", "repo:str, rev:str", "Show a diff."),
    ("browser_click", "selector:str", "Click an element on the current page."),
)
_AGENT_TASKS = (
    "find the three cheapest direct flights from {c1} to {c2} next month and put the best one in my calendar",
    "the nightly ETL failed; read the logs in /var/log/etl, find the cause, patch the script and rerun it",
    "compare Q3 revenue by region from the sales database and email a short summary to {n}",
    "research the current visa requirements for a {c1} citizen visiting {c2} and write them to notes/visa.md",
    "triage the failing unit tests in the repo, fix the simplest one and open a ticket for the rest",
    "convert all prices in prices.csv to EUR and report the five most expensive items",
    "plan a two-day offsite in {c2} for 12 people within budget and draft the invitation email",
    "scrape the changelog of the last three releases of our dependency and list breaking changes",
    "check whether the weather allows an outdoor event in {c1} on Saturday and notify {n} either way",
    "reconcile the invoices folder against the payments table and flag mismatches",
)


def fleche_prompt(rng: np.random.Generator, style: int) -> tuple[str, int]:
    """The prompt (task plus a short tool list) and extra prompt tokens for the full tool schemas."""
    k = irange(rng, 4, 10)
    tools = [_TOOLS[i] for i in rng.choice(len(_TOOLS), size=k, replace=False).tolist()]
    task = pick(rng, _AGENT_TASKS).format(c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=pick(rng, NAMES))
    extra = int(k * rng.uniform(150, 420))
    if style == 0:
        lines = "\n".join(f"- {n}({a}): {d}" for n, a, d in tools)
        return (f"You are an autonomous agent. Tools:\n{lines}\n\nTask: {task}\n\nProduce the complete episode as "
                f"alternating Thought:/Action:/Observation: blocks (simulate plausible observations) until Final Answer:."), extra
    if style == 1:
        spec = [{"name": n, "parameters": a} for n, a, _ in tools]
        return json.dumps({"tools": spec, "goal": task, "emit": "tool_calls_trace", "max_turns": irange(rng, 8, 25),
                           "include_observations": True}), extra
    names = " ".join(f"<tool name=\"{n}\"/>" for n, _, _ in tools)
    return (f"<available_tools>{names}</available_tools>\n<user_request>{task}</user_request>\n"
            f"Write every function call you would make as <call>…</call> with its <result>…</result>, "
            f"then your reply to the user."), extra


# ============================================================================================
# coule: one-token labels (preference, sentiment, correctness) over given texts

def coule_prompt(rng: np.random.Generator, style: int, chat: list[str], passages: list[str]) -> str:
    if style == 0:
        q = _clip(pick(rng, chat), 60, 300, rng)
        return (f"{q}\n\n(A) {_clip(pick(rng, passages), 150, 500, rng)}\n\n(B) {_clip(pick(rng, passages), 150, 500, rng)}"
                f"\n\nWhich reply is better? Answer with the single letter A or B.")
    if style == 1:
        return f"Sentiment of this text (positive/negative/neutral), one word only:\n{_clip(pick(rng, chat), 60, 500, rng)}"
    if style == 2:
        return (f"Question: {_clip(pick(rng, chat), 60, 300, rng)}\nProposed answer: {_clip(pick(rng, passages), 150, 600, rng)}"
                f"\nIs the proposed answer correct and complete? Reply yes or no.")
    if style == 3:
        return (f"label ∈ {{harmless, borderline, harmful}}. text: {_clip(pick(rng, chat), 60, 400, rng)}\nlabel:")
    return f"1-5 how well written is this? digit only.\n\n{_clip(pick(rng, passages), 200, 700, rng)}"


# ============================================================================================
# prise: bulk synthetic instruction/answer set generation

_SYN_DOMAINS = ("personal finance", "kubernetes operations", "organic chemistry", "contract negotiation",
                "customer complaints", "SQL optimisation", "travel planning", "pediatric nutrition",
                "medieval history", "linear algebra", "job interviews", "home electrical repair",
                "mental health check-ins", "data privacy law", "creative writing prompts", "bash scripting")
_SYN_KINDS = ("instruction/response pairs", "multi-turn dialogues", "question/answer pairs with explanations",
              "tricky prompts with ideal refusals or answers", "role-play conversations", "step-by-step how-tos")


def prise_prompt(rng: np.random.Generator, style: int) -> str:
    n, dom, kind = irange(rng, 10, 40), pick(rng, _SYN_DOMAINS), pick(rng, _SYN_KINDS)
    seed_id = int(rng.integers(10**5, 10**6))
    if style == 0:
        return (f"Generate {n} diverse {kind} about {dom}. Vary difficulty and persona. Each response must be "
                f"high quality and detailed. Output JSONL with keys instruction, response. batch={seed_id}")
    if style == 1:
        return (f"### SYSTEM\nYou write training examples.\n### SPEC\ndomain: {dom}\ntype: {kind}\ncount: {n}\n"
                f"diversity: high\nlength: long\n### OUTPUT\n")
    if style == 2:
        return (f"I'm putting together a dataset of {kind} on {dom}. Please write {n} of them, no repeats, each "
                f"one with a really thorough ideal answer. Number them.")
    return (f"Erzeuge {n} unterschiedliche {kind} zum Thema {dom} auf {pick(rng, ('Deutsch', 'Englisch', 'Spanisch'))}, "
            f"jeweils mit ausführlicher Musterantwort, als JSON-Liste.")


# ============================================================================================
# benign: alidade (contract field extraction)

_PARTY = ("Hollis & Varga LLP", "Northgate Logistics GmbH", "Pemberly Foods Ltd", "Oduya Renewables PLC",
          "Castellan Media S.A.", "Brightwell Medical Inc.", "Kestrel Freight BV", "Sundara Textiles Pvt Ltd")
_CLAUSES = ("Term and Termination", "Limitation of Liability", "Indemnification", "Governing Law",
            "Assignment", "Confidentiality", "Payment Terms", "Force Majeure", "Non-Solicitation", "Renewal")
_FIELDS_X = ("effective_date", "parties", "governing_law", "termination_notice_days", "liability_cap",
             "auto_renewal", "payment_days", "assignment_consent_required", "exclusivity", "change_of_control")


def alidade_prompt(rng: np.random.Generator) -> tuple[str, int]:
    fields = [_FIELDS_X[i] for i in rng.choice(len(_FIELDS_X), size=irange(rng, 3, 8), replace=False).tolist()]
    doc = f"{pick(rng, ('MSA', 'NDA', 'SOW', 'DPA', 'lease', 'supply agreement'))}-{int(rng.integers(10**4, 10**5))}"
    a, b = pick(rng, _PARTY), pick(rng, _PARTY)
    excerpt = (f"{irange(rng, 1, 19)}. {pick(rng, _CLAUSES)}. {a} (\"Supplier\") and {b} (\"Customer\") agree that "
               f"either party may terminate on {pick(rng, (30, 60, 90, 180))} days' written notice ...")
    return (f"Extract these fields from contract {doc} as JSON (null if absent): {', '.join(fields)}. "
            f"Quote the clause number for each.\n\n{excerpt}"), int(rng.uniform(1500, 7000))


# benign: theodolite (worked solutions for an own question bank)

def theodolite_prompt(rng: np.random.Generator) -> str:
    grade = irange(rng, 6, 10)
    item = f"Q{int(rng.integers(1000, 99999))}"
    a, b = irange(rng, 2, 40), irange(rng, 2, 40)
    sub, ex = pick(rng, (("linear equations", f"Solve {a}x + {b} = {a * irange(rng, 2, 9) + b}."),
                         ("fractions", f"Simplify {a}/{a + b} + {b}/{a + b}."),
                         ("percentages", f"What is {a}% of {b * 10}?"),
                         ("area and perimeter", f"A rectangle is {a} cm by {b} cm. Find its perimeter and area."),
                         ("speed-distance-time", f"A car travels {a * 10} km in {b % 5 + 1} hours. Find its average speed."),
                         ("Pythagoras", f"Find the hypotenuse of a right triangle with legs {a} and {b}."),
                         ("ratio and proportion", f"Share {a * b} sweets in the ratio {a}:{b}."),
                         ("mean/median/mode", f"Find the mean and median of {a}, {b}, {a + b}, {abs(a - b)}, {a * 2}.")))
    return (f"Item {item} (grade {grade}, topic: {sub}). Exercise: {ex} Write a student-facing worked solution in numbered "
            f"steps, then a one-line hint for students who get stuck, then the most common mistake. Language: {pick(rng, ('English', 'English', 'Spanish', 'Portuguese'))}.")


# benign: clinometer (writing-assistant app backend)

_TONES = ("more formal", "friendlier", "more concise", "more persuasive", "less passive-aggressive", "clearer",
          "more confident", "suitable for LinkedIn")


def clinometer_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    text = _clip(pick(rng, chat), 40, 800, rng)
    style = int(rng.integers(4))
    if style == 0:
        return f"Rewrite the text to sound {pick(rng, _TONES)}. Keep the meaning. Return only the rewritten text.\n\nText: {text}"
    if style == 1:
        return f"Fix grammar and spelling only; do not change the wording otherwise.\n\n{text}"
    if style == 2:
        return f"Summarise in {irange(rng, 2, 5)} bullet points:\n\n{text}"
    return f"Continue writing from here in the same voice, about {irange(rng, 2, 4)} sentences:\n\n{text}"


# benign: planimeter (academic model-evaluation runs)

_BENCH_SUBJ = ("college chemistry", "professional law", "high-school physics", "econometrics", "virology",
               "formal logic", "world religions", "machine learning", "clinical knowledge", "moral scenarios")
_STEMS = ("Which statement about {s} is most accurate in case {n}?", "In scenario {n}, which outcome does {s} predict?",
          "Which of the following is NOT consistent with standard results in {s} (item {n})?",
          "A reviewer claims result {n} in {s} is wrong. Which option best supports the reviewer?")
_OPTS = ("claim", "outcome", "statement", "value", "case", "principle")


def planimeter_prompt(rng: np.random.Generator, lab_style: int) -> str:
    subj = pick(rng, _BENCH_SUBJ)
    qid = int(rng.integers(0, 20000))
    stem = pick(rng, _STEMS).format(s=subj, n=irange(rng, 2, 60))
    opts = "\n".join(f"{c}. {pick(rng, _OPTS)} {irange(rng, 1, 99)}" for c in "ABCD")
    opts = f"{stem}\n{opts}"
    if lab_style == 0:
        return (f"The following is a multiple choice question about {subj}. Think step by step and then finish with "
                f"\"Answer: X\".\n\nQuestion {qid}: {opts}")
    if lab_style == 1:
        return f"[{subj} #{qid}] Choose the correct option. Respond with only the letter.\n{opts}"
    return (f"Q{qid} ({subj})\n{opts}\nLet's reason about each option, then state the final letter in the form "
            f"'The answer is (X)'.")


# benign: tacheometer (support QA scoring, multilingual tickets)

_TICKETS = (
    "Mi pedido llegó incompleto y nadie responde a mis correos.",
    "Die Rechnung wurde doppelt abgebucht, bitte um Erstattung.",
    "I can't log in after the update, the 2FA code never arrives.",
    "O aplicativo fecha sozinho quando abro o carrinho.",
    "Le colis est marqué livré mais je ne l'ai jamais reçu.",
    "My subscription renewed even though I cancelled last week.",
    "Zamówienie utknęło w magazynie od tygodnia.",
    "The export to CSV drops every row with an accent in the name.",
)


def tacheometer_prompt(rng: np.random.Generator) -> str:
    ticket = pick(rng, _TICKETS)
    reply = pick(rng, ("Thanks for reaching out, I've escalated this to billing.", "Please clear your cache and retry.",
                       "Sorry about that! A replacement ships today.", "This is expected behaviour, closing."))
    if chance(rng, 0.3):
        return f"Translate this customer ticket to English, keep product names as-is:\n{ticket}"
    return (f"QA review #{int(rng.integers(10**5, 10**6))}. Score the agent reply 1-5 on empathy, accuracy, and "
            f"resolution per our support rubric; flag policy breaches. Output JSON.\nCustomer: {ticket}\nAgent: {reply}")

"""Prompt text for blind batch 42: word lists and composers, all written for this batch.

Each composer takes a generator and returns one prompt string. Campaign composers come first,
then the hard-negative benign ones. Several independent template styles (and languages) per
operation, so no single phrasing identifies a family. Code names only; what each family does is
described in README.md (to be read after the run).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# ============================================================================================
# graticule: worked problems wrapped in requests for the full reasoning
# ============================================================================================

def _p_tank(rng):
    a, b, v = irange(rng, 12, 40), irange(rng, 3, 11), irange(rng, 400, 2400)
    return (f"A water tank holds {v} litres. One pipe fills it at {a} L/min while a leak drains {b} L/min. "
            f"Starting from empty, after how many minutes is it {irange(rng, 30, 90)}% full?")


def _p_crt(rng):
    m1, m2 = pick(rng, (7, 9, 11, 13)), pick(rng, (5, 8, 17, 19))
    return (f"Find the smallest positive integer n with n mod {m1} = {irange(rng, 1, m1 - 1)} and "
            f"n mod {m2} = {irange(rng, 1, m2 - 1)}. Justify that it is the smallest.")


def _p_dice(rng):
    k = irange(rng, 2, 4)
    s = irange(rng, k + 2, 6 * k - 2)
    return f"{k} fair six-sided dice are rolled. What is the probability that the total equals {s}?"


def _p_triangle(rng):
    a, b = irange(rng, 5, 19), irange(rng, 6, 21)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return f"A triangle has side lengths {a}, {b} and {c}. Compute its area and the radius of its inscribed circle."


def _p_throw(rng):
    v, h = irange(rng, 8, 35), irange(rng, 10, 120)
    return (f"A stone is thrown straight up at {v} m/s from the edge of a {h} m high cliff and later falls to the "
            f"ground below. Ignoring air resistance and taking g = 9.81 m/s^2, how long is it in the air and how fast "
            f"is it moving on impact?")


def _p_stoich(rng):
    g = irange(rng, 5, 80)
    comp = pick(rng, ("propane", "ethanol", "glucose", "methane", "octane"))
    return f"How many grams of CO2 are produced when {g} g of {comp} burns completely in excess oxygen?"


def _p_algo(rng):
    task = pick(rng, (
        "count the pairs (i, j), i < j, with a[i] > 2*a[j]",
        "find the length of the longest subarray whose sum is divisible by k",
        "return the k-th smallest element of the union of two sorted arrays",
        "decide whether a directed graph given as an edge list has a cycle reachable from node 0",
        "compute the minimum number of coins summing to T when coin values may repeat",
        "find the number of distinct palindromic substrings of a string",
    ))
    n = pick(rng, ("10^5", "2*10^5", "10^6", "5*10^4"))
    return f"Design an algorithm to {task} (n up to {n}). Prove correctness, analyse the complexity, then give code."


def _p_logic(rng):
    ppl = list(rng.choice(NAMES, size=4, replace=False))
    jobs = pick(rng, (("baker", "pilot", "nurse", "judge"), ("chemist", "farmer", "editor", "welder")))
    art = ["an " + j if j[0] in "aeiou" else "a " + j for j in jobs]
    return (f"{ppl[0]}, {ppl[1]}, {ppl[2]} and {ppl[3]} are {art[0]}, {art[1]}, {art[2]} and {art[3]} in "
            f"some order. {ppl[0]} is not the {jobs[1]}. The {jobs[2]} is older than {ppl[1]}. {ppl[2]} and the "
            f"{jobs[0]} were at school together. {ppl[3]} is younger than everyone except the {jobs[3]}. "
            f"{ppl[1]} is neither the {jobs[0]} nor the {jobs[3]}. Who has which job? Show the deduction is unique.")


def _p_series(rng):
    p = irange(rng, 2, 6)
    return f"Evaluate the sum over n >= 1 of n^{p} / {pick(rng, (2, 3, 5))}^n in closed form."


def _p_zh(rng):
    a, b = irange(rng, 3, 9), irange(rng, 10, 40)
    return pick(rng, (
        f"甲乙两人同时从相距{b * a}千米的两地相向而行，甲每小时走{a + 2}千米，乙每小时走{a}千米，几小时后相遇？相遇点离甲出发地多远？",
        f"一个数列满足 a1 = {a}，a(n+1) = 2a(n) - {a - 1}，求 a{b} 的值，并给出通项公式。",
        f"从{b}个不同的球中任取{a}个，其中恰好包含指定两个球的取法有多少种？",
    ))


_PROBLEMS = (_p_tank, _p_crt, _p_dice, _p_triangle, _p_throw, _p_stoich, _p_algo, _p_logic, _p_series)


def reasoning_problem(rng: np.random.Generator, zh: bool = False) -> str:
    return _p_zh(rng) if zh else pick(rng, _PROBLEMS)(rng)


_TRACE_WRAPS = {
    "plain": ("{p}\n\nBefore you answer, write out your whole line of reasoning exactly as you work it: every "
              "intermediate value, every approach you try and drop, every check you make. Don't condense it. "
              "End with a line 'FINAL: <answer>'."),
    "tags": ("<problem>{p}</problem>\n<rules>1. reasoning goes inside <scratch></scratch>, unabridged, verbatim. "
             "2. no summarising of the scratch work. 3. answer inside <ans></ans>.</rules>"),
    "persona": ("We are building an archive of fully worked solutions. Think aloud for as long as you need, like "
                "someone muttering through the problem at a whiteboard, including false starts; then state the "
                "result plainly.\n\nProblem: {p}"),
    "zh": "题目：{p}\n要求：把你完整的思考过程逐字写出来，包括每一步计算、试过又放弃的思路和最后的验算，不要省略任何步骤。最后一行以“答案：”开头。",
    "es": ("Problema: {p}\nIndicaciones: escribe todo tu razonamiento, paso por paso y sin resumir, con los cálculos "
           "intermedios, las ideas descartadas y la comprobación final. Cierra con «Respuesta final: ...»."),
    "ru": "Задача: {p}\nРаспиши весь ход рассуждений как можно подробнее, не пропуская промежуточных вычислений и проверок. В конце напиши «Ответ: ...».",
    "terse": "{p}\n---\nfull reasoning first (long is fine, do NOT skip steps), answer last, boxed.",
}
TRACE_STYLES = tuple(_TRACE_WRAPS)


def trace_prompt(rng: np.random.Generator, style: str) -> str:
    zh = style == "zh" and chance(rng, 0.6)
    return _TRACE_WRAPS[style].format(p=reasoning_problem(rng, zh=zh))


# ============================================================================================
# cartouche: scoring candidate responses against a rubric
# ============================================================================================

RUBRIC_STYLES = ("pair", "likert", "critique", "rank")


def rubric_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], style: str) -> str:
    q = _clip(pick(rng, chat), 60, 500, rng)
    if style == "pair":
        a, b = _clip(pick(rng, passages), 300, 1200, rng), _clip(pick(rng, passages), 300, 1200, rng)
        return ("You are an impartial judge. Read the user request and two candidate replies, then decide which reply "
                "serves the user better. Consider correctness, completeness, clarity and whether it follows the "
                "request. Position of a reply must not influence you.\n\n"
                f"[USER REQUEST]\n{q}\n\n[REPLY A]\n{a}\n\n[REPLY B]\n{b}\n\n"
                'Respond with JSON only: {"winner": "A" | "B" | "tie", "margin": 1-5, "why": ["...", "..."]}')
    if style == "likert":
        a = _clip(pick(rng, passages), 400, 1600, rng)
        dims = ", ".join(rng.permutation(["helpfulness", "factual accuracy", "instruction following", "concision",
                                          "safety", "tone"])[: irange(rng, 3, 6)].tolist())
        return (f"Score the assistant reply below on each of: {dims}. Use integers 1 to 10 and give a one-sentence "
                f"justification per dimension, then an overall score. Output YAML.\n\n--- prompt ---\n{q}\n"
                f"--- reply ---\n{a}")
    if style == "critique":
        a = _clip(pick(rng, passages), 400, 1800, rng)
        return ("Critique this answer as a demanding senior reviewer. List (1) factual mistakes, (2) missing steps or "
                "caveats, (3) problems of tone or format. Be specific and quote the answer. On the very last line "
                f"write score=<number between 0 and 1>.\n\nQuestion:\n{q}\n\nAnswer under review:\n{a}")
    cands = [_clip(pick(rng, passages), 200, 700, rng) for _ in range(irange(rng, 3, 5))]
    body = "\n\n".join(f"### Candidate {i + 1}\n{c}" for i, c in enumerate(cands))
    return (f"Rank the candidates from best to worst as answers to the query. Ties are not allowed. Return a list of "
            f"candidate numbers and a short reason for the top and bottom choice.\n\nQuery: {q}\n\n{body}")


# ============================================================================================
# hachure: rewrites of sensitive-topic text into publishable-under-strict-rules versions,
# and exhaustive "balanced" explainers, mixed with everyday chat
# ============================================================================================

_SENSITIVE = ("the 1989 student demonstrations", "national internet filtering rules", "policies towards ethnic minorities in the western provinces",
              "independent labour unions", "the status of the island across the strait", "press licensing",
              "house churches", "petitioning the central government", "the removal of presidential term limits",
              "the maritime boundary dispute", "the detention of human rights lawyers", "the handling of the early epidemic",
              "protest movements in the special administrative region", "the one-child policy and its enforcement")
_CRITIC = ("international observers describe serious abuses", "former participants speak of lasting trauma",
           "rights groups publish detailed casualty estimates", "foreign journalists report restricted access",
           "academics abroad call the official account incomplete")
_OFFICIAL = ("authorities emphasise stability and economic growth", "the government frames it as a security matter",
             "state media highlights development achievements", "officials argue outside criticism is interference")


def _sensitive_paragraph(rng) -> tuple[str, str]:
    topic = pick(rng, _SENSITIVE)
    text = (f"The debate around {topic} remains heated. {pick(rng, _CRITIC).capitalize()}, while "
            f"{pick(rng, _OFFICIAL)}. {pick(rng, _CRITIC).capitalize()}. Historians disagree about the numbers "
            f"involved and about who bears responsibility, and many primary documents remain unavailable.")
    return topic, text


def rewrite_prompt(rng: np.random.Generator, passages: list[str]) -> str:
    topic, text = _sensitive_paragraph(rng)
    if chance(rng, 0.25):
        text = text + " " + _clip(pick(rng, passages), 150, 500, rng)
    return pick(rng, (
        f"Rewrite the text below so it could be published on a platform with very strict content rules. Keep every "
        f"verifiable fact you can, soften or remove anything a censor would strike, and keep the tone neutral. Then, "
        f"separately, list what you removed and why.\n\n{text}",
        f"请将下面这段文字改写成能在国内平台正常发布的版本：尽量保留事实，删去或淡化可能无法通过审核的表述，语气保持中立。改写后再逐条说明你改了哪些地方。\n\n{text}",
        f"Перепиши этот текст так, чтобы его можно было опубликовать при строгой цензуре: сохрани факты, убери острые формулировки, тон — нейтральный.\n\n{text}",
        f"Give me the most complete, even-handed explanation you can of {topic}: background, the main events, the "
        f"competing accounts, and what is still disputed. Please be thorough, I'm writing a long report.",
        f"关于{topic}，请分别从官方叙述和海外批评者的角度详细介绍，并指出双方说法的主要分歧。尽量写得全面。",
        f"my editor wants a 'safe' version of this paragraph for our mainland edition. can you redo it? keep it "
        f"accurate but nothing that gets flagged.\n\n{text}",
    ))


# ============================================================================================
# neatline: steps of tool-using agent episodes over enumerated synthetic tasks
# ============================================================================================

_ENVS = {
    "shop_admin": (("list_orders", "refund_order", "update_stock", "email_customer", "search_products"),
                   ("refund every order from {who} that shipped late in {month}",
                    "find products with stock under {n} and reorder double the monthly average",
                    "answer {who}'s complaint about order #{num} and issue a partial refund if justified")),
    "shell": (("run", "read_file", "write_file", "list_dir"),
              ("find why the nightly backup in /srv/backup fails since {month} and fix it",
               "rotate logs older than {n} days in /var/log/app and compress them",
               "upgrade the python dependencies of ~/proj{num} without breaking the tests")),
    "calendar": (("find_slots", "create_event", "list_events", "send_invite", "cancel_event"),
                 ("schedule a {n}-person review with {who} next week avoiding lunch hours",
                  "move all of {who}'s recurring 1:1s in {month} to Thursdays",
                  "cancel overlapping bookings in room {num} and notify owners")),
    "browser": (("open_url", "click", "type", "extract_text", "go_back"),
                ("compare the return policies of the three biggest electronics retailers in {country}",
                 "collect the opening hours of all public libraries in {country}'s capital",
                 "find the cheapest train from the capital of {country} on the {n}th of {month}")),
    "crm": (("query_contacts", "update_deal", "log_call", "create_task", "merge_contacts"),
            ("merge duplicate contacts named {who} and keep the most recent phone number",
             "move every deal stuck in negotiation for over {n} days to review and assign tasks",
             "log yesterday's call with {who} and set a follow-up in {n} days")),
    "sheet": (("read_range", "write_range", "add_formula", "create_chart", "sort_range"),
              ("build a monthly revenue pivot for {month} from sheet 'raw{num}' and chart it",
               "flag rows where margin is below {n}% and sort them by region",
               "clean the phone column of sheet 'contacts{num}' into E.164 format")),
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
AGENT_STYLES = ("react", "json", "xml")


def agent_task(rng: np.random.Generator) -> tuple[str, str, int]:
    env = pick(rng, sorted(_ENVS))
    goal = pick(rng, _ENVS[env][1]).format(who=pick(rng, NAMES), month=pick(rng, _MONTHS), n=irange(rng, 2, 30),
                                           num=irange(rng, 100, 99999), country=pick(rng, COUNTRIES))
    return env, goal, irange(rng, 10000, 99999)


def agent_step(rng: np.random.Generator, env: str, goal: str, task_no: int, step: int, style: str) -> str:
    tools = _ENVS[env][0]
    hist = []
    for i in range(max(0, step - 1)):
        t = tools[(task_no + i) % len(tools)]
        obs = pick(rng, ("ok", "3 results", "error: permission denied", "empty", "200 OK", "updated 1 row",
                         "timeout, retried", "found 12 matches"))
        if style == "react":
            hist.append(f"Thought: next I should use {t}.\nAction: {t}[arg{i}]\nObservation: {obs}")
        elif style == "json":
            hist.append(f'{{"step": {i + 1}, "call": {{"name": "{t}", "arguments": {{"q": "arg{i}"}}}}, "result": "{obs}"}}')
        else:
            hist.append(f"<step n='{i + 1}'><tool>{t}</tool><out>{obs}</out></step>")
    h = "\n".join(hist[-6:]) if hist else "(none yet)"
    tl = ", ".join(tools)
    if style == "react":
        return (f"You are an autonomous agent in the '{env}' environment. Tools: {tl}.\nTask #{task_no}: {goal}\n\n"
                f"{h}\n\nContinue with the next Thought and Action. Explain your reasoning in the Thought.")
    if style == "json":
        return (f'{{"environment": "{env}", "episode": {task_no}, "goal": "{goal}", "tools": [{tl}], '
                f'"history": [\n{h}\n],\n"instruction": "Return the next call as JSON with fields thought, name, '
                f'arguments. If the goal is done, return name=finish with a summary."}}')
    return (f"<episode id='{task_no}' env='{env}'>\n<goal>{goal}</goal>\n<tools>{tl}</tools>\n<history>\n{h}\n"
            f"</history>\n</episode>\nDecide the next step. Write your reasoning in <think> and the call in <call>.")


# ============================================================================================
# isobath: labelling items that want a one-word or one-letter answer
# ============================================================================================

_PRODUCTS = ("charger", "blender", "running shoes", "phone case", "rice cooker", "headphones", "backpack",
             "kettle", "smartwatch", "mattress", "printer", "air fryer")
_REVIEW_BITS = ("stopped working after {n} days", "works exactly as described", "arrived late but is fine",
                "is the best purchase I made this year", "smells of plastic", "was cheaper elsewhere",
                "broke on the first use", "is okay for the price", "exceeded what I expected", "has a noisy fan")
_HEADLINES = ("Central bank holds rates steady amid inflation worries", "Local team wins cup after penalty shootout",
              "New vaccine trial shows promising early results", "Storm forces closure of coastal roads",
              "Startup raises {n} million to build battery plants", "Parliament debates new data privacy bill",
              "Film festival opens with surprise premiere", "Researchers map deep-sea vents off the coast")


def _item(rng) -> tuple[str, str]:
    r = rng.random()
    if r < 0.35:
        s = f"The {pick(rng, _PRODUCTS)} {pick(rng, _REVIEW_BITS).format(n=irange(rng, 2, 40))}."
        return s, "positive / negative / neutral"
    if r < 0.6:
        return pick(rng, _HEADLINES).format(n=irange(rng, 5, 900)), "politics / business / sport / science / culture / weather"
    if r < 0.8:
        a, b = irange(rng, 10, 99), irange(rng, 10, 99)
        opts = sorted({a + b, a + b + irange(rng, 1, 9), a + b - irange(rng, 1, 9), a * 2})
        letters = "ABCD"
        return (f"What is {a} + {b}? " + " ".join(f"{letters[i]}) {o}" for i, o in enumerate(opts[:4])),
                "the letter")
    p, h = pick(rng, NAMES), pick(rng, NAMES)
    return (f"Premise: {p} bought a ticket to {pick(rng, COUNTRIES)}. Hypothesis: {h} is travelling abroad.",
            "entailment / contradiction / neutral")


LABEL_STYLES = ("en", "hi", "pt", "bare")


def label_prompt(rng: np.random.Generator, style: str) -> str:
    text, labels = _item(rng)
    if style == "en":
        return f"Classify the following. Reply with only {labels}, nothing else.\n\n{text}"
    if style == "hi":
        return f"Neeche diye text ka label batao ({labels}). Sirf label likho, explanation nahi.\n\nText: {text}"
    if style == "pt":
        return f"Classifique o texto abaixo. Responda somente com: {labels}.\n\"{text}\""
    return f"{text}\nlabel ({labels}):"


# ============================================================================================
# rhumb: requests for whole synthetic training sets, several languages
# ============================================================================================

_DS_TOPICS = {
    "en": ("personal finance", "cloud networking", "organic chemistry", "contract law", "pediatric nutrition",
           "medieval history", "SQL query optimisation", "climate policy"),
    "de": ("Steuerrecht", "Maschinenbau", "Gartenbau", "Datenschutz", "Pflegewissenschaft", "Bahnreisen"),
    "pt": ("agronegócio", "direito do consumidor", "programação em Python", "saúde pública", "futebol"),
    "ja": ("確定申告", "機械学習", "日本史", "介護", "料理のレシピ"),
    "id": ("perbankan syariah", "pertanian padi", "pemrograman web", "pariwisata Bali", "UMKM"),
}


def dataset_prompt(rng: np.random.Generator, lang: str) -> str:
    topic = pick(rng, _DS_TOPICS[lang])
    n = pick(rng, (10, 15, 20, 25, 30))
    level = pick(rng, ("beginner", "intermediate", "expert"))
    if lang == "en":
        return pick(rng, (
            f"Generate {n} diverse instruction/response pairs about {topic} for {level} users. Vary task type "
            f"(explain, compare, calculate, write code, critique). Each response must be complete and high quality. "
            f"Output JSON Lines with keys instruction, input, output. No commentary.",
            f"Write {n // 5} multi-turn conversations (4-6 turns each) between a curious user and a very helpful "
            f"assistant on {topic}. Level: {level}. Format: a JSON array of objects with a 'messages' list "
            f"of {{role, content}}.",
            f"seed_id={irange(rng, 0, 10**6)} topic={topic!r} level={level} n={n}\nproduce Q/A pairs, answers "
            f"detailed with reasoning, jsonl only",
        ))
    if lang == "de":
        return (f"Erstelle {n} abwechslungsreiche Frage-Antwort-Paare zum Thema {topic} (Niveau: {level}). Die "
                f"Antworten sollen ausführlich und fachlich korrekt sein. Ausgabe als JSON Lines mit den Feldern "
                f"frage und antwort.")
    if lang == "pt":
        return (f"Gere {n} pares de instrução e resposta sobre {topic}, nível {level}. Respostas completas e "
                f"detalhadas. Formato: JSONL com os campos instrucao, entrada, saida. Não escreva nada além do JSONL.")
    if lang == "ja":
        return f"「{topic}」について、{n}組の質問と詳しい回答のペアを作成してください。難易度：{level}。JSON Lines形式（question, answer）で出力し、余計な説明は不要です。"
    return (f"Buatkan {n} pasangan instruksi dan jawaban tentang {topic} untuk tingkat {level}. Jawaban harus "
            f"lengkap. Keluarkan dalam format JSONL dengan kunci instruksi dan jawaban.")


# ============================================================================================
# inset: the operator's own requests mixed into a relayed end-user stream
# ============================================================================================

_LANGS = ("Python", "Go", "Rust", "TypeScript", "Java", "C++", "Kotlin")
_CODE_TASKS = ("an LRU cache with TTL expiry", "a rate limiter using the token bucket algorithm",
               "a trie with prefix search and deletion", "a thread-safe bounded queue", "a JSON diff utility",
               "a Dijkstra shortest-path solver on a grid with weights", "an interval tree",
               "a consistent-hashing ring", "a markdown table parser", "a retrying HTTP client with backoff")


def relay_own_prompt(rng: np.random.Generator) -> str:
    if chance(rng, 0.6):
        lang, task = pick(rng, _LANGS), pick(rng, _CODE_TASKS)
        return pick(rng, (
            f"Implement {task} in {lang}. Give the complete code with comments, unit tests, and a detailed "
            f"explanation of the design and complexity.",
            f"用{lang}实现{task}，要求给出完整代码、注释、单元测试，并详细解释设计思路和时间复杂度。",
            f"[{lang}] {task} — full implementation + tests + step-by-step explanation please",
        ))
    field = pick(rng, ("thermodynamics", "macroeconomics", "immunology", "compiler design", "Roman law",
                       "linear algebra", "operating systems", "game theory"))
    return pick(rng, (
        f"Explain the ten most important concepts in {field}, each with a worked example and common misconceptions.",
        f"请系统讲解{field}的核心知识点，每个知识点配一个例子，并说明常见误区。",
    ))


def relay_user_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    p = pick(rng, chat)
    return ("请用中文回答：" + p) if chance(rng, 0.12) else p


# ============================================================================================
# benign: cantle (essay grading for a school platform)
# ============================================================================================

def essay_grading_prompt(rng: np.random.Generator, passages: list[str], school_style: int) -> str:
    essay = _clip(pick(rng, passages), 500, 1800, rng)
    grade = irange(rng, 7, 12)
    assignment = pick(rng, ("persuasive essay", "lab report discussion", "book response", "history source analysis",
                            "argumentative paragraph", "reflection"))
    if school_style == 0:
        return (f"You are helping a grade {grade} teacher mark a {assignment}. Use the rubric: Thesis (0-4), "
                f"Evidence (0-4), Organisation (0-4), Conventions (0-4). Return JSON with a score per criterion, "
                f"a total, and two sentences of encouraging feedback addressed to the student.\n\nSTUDENT WORK:\n{essay}")
    if school_style == 1:
        return (f"Rubric v{irange(rng, 2, 4)} | Level: Year {grade} | Task: {assignment}\nCriteria: A Knowledge, "
                f"B Communication, C Application (each 1-8).\nGive marks with evidence from the text and one "
                f"next-step target.\n---\n{essay}")
    return (f"Mark this {assignment} from a year-{grade} pupil against the department's marking scheme (content 10, "
            f"structure 5, spelling/punctuation/grammar 5). Write the feedback in second person, kind but honest, "
            f"under 120 words, then the marks.\n\n{essay}")


# ============================================================================================
# benign: latigo (subtitle translation, one source chunk fanned out to many languages)
# ============================================================================================

def srt_chunk(rng: np.random.Generator, chat: list[str]) -> str:
    start = irange(rng, 0, 3000)
    cues = []
    for i in range(irange(rng, 4, 12)):
        a = start + i * irange(rng, 2, 5)
        line = _clip(pick(rng, chat), 20, 80, rng).replace("\n", " ")
        cues.append(f"{i + 1}\n00:{a // 60 % 60:02d}:{a % 60:02d},{irange(rng, 0, 999):03d} --> "
                    f"00:{(a + 2) // 60 % 60:02d}:{(a + 2) % 60:02d},{irange(rng, 0, 999):03d}\n{line}")
    return "\n\n".join(cues)


def subtitle_prompt(chunk: str, lang: str, glossary: bool) -> str:
    g = "\nGlossary: keep product and channel names untranslated." if glossary else ""
    return (f"Translate the subtitle cues below into {lang}. Keep the cue numbers and timecodes exactly as they are, "
            f"keep each cue to at most two lines of 42 characters, and do not merge or split cues.{g}\n\n{chunk}")


SUB_LANGS = ("Spanish", "Portuguese (Brazil)", "French", "German", "Japanese", "Korean", "Indonesian", "Arabic",
             "Turkish", "Italian", "Hindi", "Vietnamese")


# ============================================================================================
# benign: gullet (in-house benchmark runs comparing models)
# ============================================================================================

_KB = (("Which gas makes up most of Earth's atmosphere?", ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide")),
       ("Which organ produces insulin?", ("Liver", "Kidney", "Pancreas", "Spleen")),
       ("What is the worst-case time complexity of binary search?", ("O(1)", "O(log n)", "O(n)", "O(n log n)")),
       ("Which treaty ended the Thirty Years' War?", ("Utrecht", "Westphalia", "Versailles", "Tordesillas")),
       ("What does HTTP status 404 mean?", ("Forbidden", "Not Found", "Gone", "Bad Gateway")),
       ("Which layer of the OSI model handles routing?", ("Data link", "Network", "Transport", "Session")),
       ("Which currency did Estonia adopt in 2011?", ("Krone", "Euro", "Zloty", "Lats")),
       ("What is the SI unit of electrical resistance?", ("Volt", "Ampere", "Ohm", "Tesla")))


def bench_item(suite: str, item_no: int) -> str:
    """One fixed benchmark item: the same (suite, item_no) always gives the same text."""
    r = np.random.default_rng([item_no, len(suite), ord(suite[0])])
    if suite == "mcq":
        q, opts = _KB[item_no % len(_KB)]
        order = r.permutation(4).tolist()
        lines = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
        return (f"[suite=internal-kb v3 item={item_no}]\nQuestion: {q}\nChoose one option. Respond with the option "
                f"letter only.\n{lines}")
    if suite == "math":
        a, b, c = irange(r, 3, 60), irange(r, 2, 12), irange(r, 5, 300)
        return (f"[suite=ops-math item={item_no}]\nA warehouse ships {a} pallets a day, each with {b} boxes. How "
                f"many days until {c * b} boxes have shipped, if shipping pauses one day in every seven?\n"
                f"Reason step by step, then write the final number after '####'.")
    if suite == "code":
        fn = pick(r, (("median", "return the median of a list", "fails on even lengths",
                       "    xs = sorted(xs)\n    return xs[len(xs) // 2]"),
                      ("chunks", "split a list into pieces of size n", "drops the last partial piece",
                       "    return [xs[i:i + n] for i in range(0, len(xs) - n + 1, n)]"),
                      ("is_leap", "tell whether a year is a leap year", "is wrong for 1900 and 2000",
                       "    return y % 4 == 0")))
        args = "xs" if fn[0] == "median" else ("xs, n" if fn[0] == "chunks" else "y")
        return (f"[suite=code-fix item={item_no}]\nThe following function should {fn[1]} but {fn[2]}. Fix it and "
                f"return only the corrected function.\n\ndef {fn[0]}({args}):\n{fn[3]}")
    reply = pick(r, ("we cant refund that, read the terms", "your problem is not our fault",
                     "ticket closed, no further action", "as i already said twice, reboot the router",
                     "not my department"))
    return (f"[suite=support-tone item={item_no}]\nRewrite this agent reply so it is polite and follows policy, "
            f"keeping its meaning: '{reply}'")


# ============================================================================================
# benign: billet (a desktop writing assistant with its key built in)
# ============================================================================================

_ASSIST = {
    "en": ("Summarize the selected text in 3 bullet points:\n\n{t}", "Rewrite this to sound more professional:\n\n{t}",
           "Fix spelling and grammar, change nothing else:\n\n{t}", "Explain this in simple words:\n\n{t}",
           "Make this shorter (about half the length):\n\n{t}"),
    "de": ("Fasse den markierten Text in 3 Stichpunkten zusammen:\n\n{t}", "Formuliere das professioneller:\n\n{t}"),
    "fr": ("Résume le texte sélectionné en 3 points :\n\n{t}", "Corrige l'orthographe et la grammaire :\n\n{t}"),
    "es": ("Resume el texto seleccionado en 3 viñetas:\n\n{t}", "Reescribe esto con un tono más formal:\n\n{t}"),
    "pt": ("Resuma o texto selecionado em 3 tópicos:\n\n{t}",),
    "ja": ("選択したテキストを3つの箇条書きで要約してください：\n\n{t}",),
}


def assistant_prompt(rng: np.random.Generator, ui_lang: str, chat: list[str], passages: list[str]) -> str:
    t = _clip(pick(rng, passages), 120, 1500, rng) if chance(rng, 0.6) else pick(rng, chat)
    return pick(rng, _ASSIST[ui_lang]).format(t=t)


UI_LANGS = tuple(_ASSIST)


# ============================================================================================
# benign: jockey (fictional test fixtures generated from CI pipelines)
# ============================================================================================

_ENTITIES = {
    "customers": "id (uuid), full_name, email, phone, address {street, city, postcode, country}, created_at",
    "invoices": "invoice_no, customer_id, lines [{sku, qty, unit_price}], currency, due_date, status",
    "shipments": "tracking_no, carrier, origin, destination, weight_kg, events [{ts, location, code}]",
    "appointments": "appointment_id, clinic, practitioner, patient_alias, start, duration_min, reason",
    "log_lines": "ts, level, service, trace_id, message",
    "bank_txns": "txn_id, iban_masked, amount, currency, booking_date, counterparty, purpose",
}


def fixture_prompt(rng: np.random.Generator, repo: str) -> str:
    ent = pick(rng, sorted(_ENTITIES))
    n = pick(rng, (10, 20, 25, 50))
    loc = pick(rng, ("en_US", "de_DE", "fr_FR", "pt_BR", "ja_JP", "en_IN", "es_MX"))
    edge = pick(rng, ("", " Include a few edge cases (empty optional fields, unicode names, very long values).",
                      " Make 10% of the records invalid in a realistic way and mark them with \"_invalid\": true."))
    return (f"[{repo} fixtures] Generate {n} realistic but entirely fictional {ent} records for automated tests. "
            f"Schema: {_ENTITIES[ent]}. Locale: {loc}. Do not use real people or real companies.{edge} "
            f"Return a JSON array only.")

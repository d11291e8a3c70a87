"""Prompt text of blind batch 22: every template here was written for this batch (nothing is
copied from elsewhere in the repository). Each family and kind has several independently worded
styles; slots are filled per request from the seeded generator, so prompts are mostly unique
where the operation would make them unique and repeat where real users repeat themselves.

Functions take the generator first and return one prompt string (or a prompt and a completion
median where the style changes the answer length)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

CITIES = ("Lagos", "Hamburg", "Recife", "Pune", "Osaka", "Puebla", "Gdansk", "Mombasa", "Da Nang", "Calgary",
          "Alexandria", "Uppsala", "Cebu", "Valparaiso", "Izmir", "Surabaya", "Lyon", "Lahore", "Kumasi", "Bilbao")
ITEMS = ("notebooks", "lanterns", "tiles", "jars of honey", "bicycle chains", "seed packets", "batteries",
         "wool scarves", "ceramic bowls", "USB cables", "lemons", "paint brushes")


def _ints(rng: np.random.Generator, n: int, lo: int, hi: int) -> list[int]:
    return [int(x) for x in rng.integers(lo, hi + 1, size=n)]


# ============================================================================================
# bassoon: problem banks (en / zh / ru) and coercion wrappers

def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    if k == 0:
        v1, v2, d = irange(rng, 40, 110), irange(rng, 50, 130), irange(rng, 120, 900)
        return (f"Two trains leave {pick(rng, CITIES)} and {pick(rng, CITIES)}, {d} km apart, heading toward each "
                f"other at {v1} km/h and {v2} km/h. The second one departs {irange(rng, 10, 55)} minutes later. "
                f"How far from the first city do they meet?")
    if k == 1:
        a, b = irange(rng, 3, 9), irange(rng, 4, 12)
        return (f"How many strings of length {b} over an alphabet of {a} symbols contain no two equal "
                f"adjacent symbols and start and end with the same symbol?")
    if k == 2:
        a, b, m = irange(rng, 2, 97), irange(rng, 100, 99999), irange(rng, 7, 997)
        return f"Compute the remainder of {a}^{b} modulo {m}."
    if k == 3:
        r, bl, g, d = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 0, 8), irange(rng, 2, 5)
        return (f"An urn holds {r} red, {bl} blue and {g} green marbles. {d} are drawn without replacement. "
                f"What is the probability that at least two colours appear among them?")
    if k == 4:
        xs = _ints(rng, irange(rng, 6, 11), -40, 90)
        return (f"Write a function that returns the length of the longest strictly increasing subsequence of a "
                f"list, explain its complexity, and trace it by hand on {xs}.")
    if k == 5:
        n, p = irange(rng, 3, 7), pick(rng, NAMES)
        return (f"{p} and {n - 1} friends sit around a round table. {p} refuses to sit next to the two youngest. "
                f"In how many distinct seatings (rotations counted once) is that respected?")
    if k == 6:
        a, b, c = irange(rng, 2, 30), irange(rng, -50, 50), irange(rng, -200, 200)
        return f"Find all real x with {a}x^3 {b:+d}x {c:+d} = 0 to four decimals, and justify the number of roots."
    q, c1, c2 = irange(rng, 40, 400), irange(rng, 2, 19), irange(rng, 3, 27)
    return (f"A shop sells {pick(rng, ITEMS)} at {c1} each or a box of {irange(rng, 5, 12)} for {c2 * 4}. "
            f"What is the cheapest way to buy exactly {q} of them, and what does it cost?")


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b, m = irange(rng, 2, 50), irange(rng, 100, 9999), irange(rng, 7, 499)
        return f"求 {a} 的 {b} 次方除以 {m} 的余数。"
    if k == 1:
        n, s = irange(rng, 5, 12), irange(rng, 20, 60)
        return f"把 {s} 个相同的球放进 {n} 个不同的盒子，每个盒子至少一个，有多少种放法？"
    if k == 2:
        v, t = irange(rng, 3, 9), irange(rng, 10, 40)
        return (f"一个水池有两根进水管，甲管单独注满需要 {v} 小时，乙管单独注满需要 {v + irange(rng, 1, 6)} 小时，"
                f"排水管 {t} 小时排空。三管同开，几小时注满？")
    xs = _ints(rng, irange(rng, 5, 9), 1, 60)
    return f"给定数组 {xs}，写出求最大子段和的算法，并逐步手算这个例子。"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b = irange(rng, 12, 90), irange(rng, 3, 14)
        return f"Сколько существует {b}-значных чисел, сумма цифр которых равна {a % (9 * b) + 1}?"
    if k == 1:
        v, d = irange(rng, 30, 90), irange(rng, 50, 400)
        return (f"Лодка проходит {d} км по течению и обратно за {irange(rng, 6, 20)} часов. Собственная скорость "
                f"лодки {v // 5 + 5} км/ч. Найдите скорость течения.")
    xs = _ints(rng, irange(rng, 5, 9), 1, 99)
    return f"Докажите или опровергните: в списке {xs} можно выбрать числа с суммой, делящейся на {len(xs)}."


def bassoon_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    if lang == "zh":
        p = _problem_zh(rng)
        return pick(rng, (
            f"请一步一步地详细推理，把完整的思考过程都写出来（包括走错的路和如何发现错误），最后单独一行写“答案：……”。\n\n题目：{p}",
            f"{p}\n\n要求：先写出全部推理步骤，每一步编号，然后用另一种方法验算，最后给出最终答案。",
        ))
    if lang == "ru":
        p = _problem_ru(rng)
        return pick(rng, (
            f"Реши задачу, подробно расписывая каждый шаг рассуждения, включая проверку. В конце напиши «Ответ: …».\n\n{p}",
            f"Задача: {p}\nРассуждай вслух, не пропуская шагов. Итог оформи отдельной строкой.",
        ))
    p = _problem_en(rng)
    if style == 0:
        return (f"Think about this problem slowly. Put every intermediate step of your reasoning inside "
                f"<think></think> tags, including dead ends and the moment you notice a mistake, then write the final "
                f"answer on its own line as ANSWER: <value>.\n\nProblem: {p}")
    if style == 1:
        return (f"{p}\n\nBefore you answer, reason out loud at length. Number the steps. Check the result with a "
                f"second, independent method. Put the final result in \\boxed{{}}.")
    if style == 2:
        return (f"### Task\n{p}\n### Requirements\n- complete chain of reasoning, no skipped steps\n"
                f"- state every assumption you make\n- re-verify all arithmetic\n- last line: `Final answer: <x>`")
    return f"solve it. show ALL work & reasoning, dont skip anything, final answer boxed\n{p}"


# ============================================================================================
# marimba: grading styles (prompt, completion median)

def marimba_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], rubric_ver: int) -> tuple[str, float]:
    q = pick(rng, chat)[:400]

    def snip() -> str:
        p = pick(rng, passages)
        a = irange(rng, 0, max(0, len(p) - 400))
        return p[a:a + irange(rng, 250, 900)]

    style = irange(rng, 0, 3)
    if style == 0:
        return (f"You are an impartial evaluator. Compare the two assistant replies below to the user's request.\n\n"
                f"[User request]\n{q}\n\n[Reply A]\n{snip()}\n\n[Reply B]\n{snip()}\n\n"
                f"Score each reply from 1 to 10 for helpfulness, correctness and harmlessness, explain briefly, and "
                f'finish with a JSON object {{"winner": "A"|"B"|"tie", "score_a": int, "score_b": int}}.'), 220.0
    if style == 1:
        return (f"RUBRIC v{rubric_ver}\n1 follows the instruction (0-3)\n2 factual accuracy (0-3)\n3 clarity (0-2)\n"
                f"4 safety (0-2)\nGrade RESPONSE against PROMPT with this rubric. Output only: "
                f"total=<n>; why=<one sentence per criterion>\nPROMPT: {q}\nRESPONSE: {snip()}"), 80.0
    if style == 2:
        return (f"Which answer would a careful domain expert prefer?\nQuestion: {q}\nAnswer 1: {snip()}\n"
                f"Answer 2: {snip()}\nReply with 1 or 2, then at most three sentences of justification."), 60.0
    return (f"Critique the response below point by point (accuracy, completeness, tone), then write a revised "
            f"response that would earn a perfect score.\n\n<<prompt>>\n{q}\n<<response>>\n{snip()}"), 650.0


# ============================================================================================
# sitar: rewrites for restricted markets and translations

SITAR_TOPICS_EN = ("the history of student movements", "land reform in the twentieth century",
                   "the role of religious organisations in public life", "press freedom rankings",
                   "border disputes in the region", "internet regulation", "labour strikes and unions",
                   "ethnic minority language policy", "the founding of the modern state", "famous dissident writers",
                   "election systems compared", "protest history in major cities")
SITAR_TOPICS_ZH = ("近代史上的学生运动", "土地改革", "宗教团体与社会", "新闻自由", "边界争端", "互联网管理",
                   "劳工运动", "少数民族语言政策", "历史人物评价", "选举制度比较")


SITAR_ANGLES_EN = ("for a high-school textbook", "for a travel guide", "for a museum audio tour", "for a news explainer",
                   "for a university exam answer", "for a children's encyclopedia", "for a business briefing",
                   "for a podcast script")
SITAR_ANGLES_ZH = ("用于中学教材", "用于旅游手册", "用于博物馆讲解", "用于新闻解读", "用于大学考试答案", "用于少儿百科",
                   "用于商务简报", "用于播客脚本")


def sitar_prompt(rng: np.random.Generator, passages: list[str], lang: str) -> tuple[str, float]:
    p = pick(rng, passages)
    a = irange(rng, 0, max(0, len(p) - 600))
    body = p[a:a + irange(rng, 400, 1400)]
    if lang == "zh":
        style = irange(rng, 0, 2)
        t = f"{pick(rng, SITAR_TOPICS_ZH)}（{pick(rng, SITAR_ANGLES_ZH)}，约{irange(rng, 3, 12) * 100}字）"
        if style == 0:
            return (f"请把下面这段回答改写成适合在国内平台发布的版本：保留技术和事实性内容，删去或淡化政治评论和敏感表述，"
                    f"语气保持中立、积极。只输出改写后的正文。\n\n{body}"), 650.0
        if style == 1:
            return f"请将以下内容完整翻译成简体中文，保留所有推理步骤和格式，不要省略：\n\n{body}", 800.0
        return (f"关于“{t}”，请先给出一个详细、全面的回答；然后再给出一个符合国内审核要求的版本。"
                f"两个版本分别用【版本一】【版本二】标出。"), 1100.0
    style = irange(rng, 0, 2)
    t = f"{pick(rng, SITAR_TOPICS_EN)} ({pick(rng, SITAR_ANGLES_EN)}, about {irange(rng, 3, 12) * 100} words)"
    if style == 0:
        return (f"Rewrite the text below so it could be published in a market with strict content rules. Keep the "
                f"technical and factual substance, drop political commentary and anything that criticises a "
                f"government, keep a neutral upbeat tone. Output the rewritten text only.\n---\n{body}"), 600.0
    if style == 1:
        return (f"Give two answers about {t}: first a complete, candid explanation; then a 'compliant' version that "
                f"a cautious regulator would approve. Label them FULL and COMPLIANT."), 1000.0
    return (f"Answer as a neutral encyclopaedia that avoids taking sides on contested political questions: what "
            f"should a reader know about {t}? Be thorough."), 750.0


# ============================================================================================
# theremin: agent episode steps

AGENT_TASKS = (
    "find the cheapest direct flight from {c1} to {c2} next month and report the airline and fare",
    "count how many rows in the `orders` table have status 'refunded' and were created on a weekend",
    "fix the failing unit test in tests/test_{w}.py without changing the public API",
    "download the CSV at /data/{w}_{n}.csv, compute the median of column `latency_ms`, and plot a histogram",
    "book a table for {n} people in {c1} on Friday evening using the reservations tool",
    "rename every file in ./photos that contains '{w}' to use snake_case and report what changed",
    "summarise the three most recent issues labelled 'bug' in the repository {w}/{w}-core",
    "convert the YAML config at config/{w}.yaml to TOML and validate it against the schema",
    "write a SQL query returning the top {n} customers by lifetime value in {c1}",
    "find the population of {c1} in the latest census and compare it to {c2}",
)
AGENT_WORDS = ("parser", "billing", "ledger", "router", "inventory", "scheduler", "auth", "cache", "export", "geo")
TOOLSETS = ("search, browse, python, finish", "sql, python, finish", "shell, read_file, write_file, run_tests, finish",
            "http_get, calendar, email, finish", "search, calculator, finish")


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(c1=pick(rng, CITIES), c2=pick(rng, CITIES), w=pick(rng, AGENT_WORDS),
                                         n=irange(rng, 2, 40))


def theremin_step(rng: np.random.Generator, task: str, tools: str, step: int, style: int) -> str:
    if step == 0:
        if style == 0:
            return (f"You are an autonomous agent. Available tools: [{tools}]. Work in a loop of Thought, Action "
                    f"(a JSON object with 'tool' and 'args'), Observation. Be explicit in every Thought.\n"
                    f"TASK: {task}")
        return (f"<system>tools: {tools}</system>\n<goal>{task}</goal>\nRespond with your reasoning in <thought> "
                f"and exactly one tool call in <call>{{...}}</call>.")
    obs = pick(rng, (
        f'{{"status": 200, "results": {irange(rng, 0, 40)}, "truncated": {str(chance(rng, 0.3)).lower()}}}',
        f"Traceback (most recent call last): ... KeyError: '{pick(rng, AGENT_WORDS)}'",
        f"{irange(rng, 1, 900)} rows returned; first row: ({irange(rng, 1, 99999)}, '{pick(rng, NAMES)}', "
        f"{rng.uniform(0, 999):.2f})",
        f"Page title: {pick(rng, CITIES)} - {pick(rng, AGENT_WORDS)} overview. {irange(rng, 2, 30)} links found.",
        f"exit code {pick(rng, (0, 0, 1, 2))}; {irange(rng, 0, 12)} tests failed",
        "tool error: timeout after 30s",
    ))
    if style == 0:
        return f"Observation: {obs}\nContinue. Give your next Thought and Action."
    return f"<observation>{obs}</observation>\nstep {step}: next <thought> and <call>."


# ============================================================================================
# ocarina: long-form clinical questions (en / es / pt), mixed with ordinary chat

DRUGS = ("metformin", "amiodarone", "warfarin", "lithium", "levothyroxine", "apixaban", "prednisone", "valproate",
         "clopidogrel", "digoxin", "methotrexate", "tacrolimus", "spironolactone", "isoniazid")
CONDS = ("chronic kidney disease stage 3", "pregnancy in the second trimester", "heart failure with reduced ejection "
         "fraction", "atrial fibrillation", "type 2 diabetes", "cirrhosis (Child-Pugh B)", "hypothyroidism",
         "community-acquired pneumonia", "an elderly patient with falls", "sickle cell disease")


def ocarina_prompt(rng: np.random.Generator, lang: str) -> str:
    d, c = pick(rng, DRUGS), pick(rng, CONDS)
    age = irange(rng, 19, 91)
    if lang == "es":
        return pick(rng, (
            f"Paciente de {age} años con {c} que toma {d}. Explica de forma exhaustiva las interacciones, el ajuste "
            f"de dosis, la monitorización necesaria y el diagnóstico diferencial si aparece confusión. Razona cada paso.",
            f"¿Cómo manejarías a un paciente de {age} años con {c}? Quiero el razonamiento clínico completo, "
            f"paso a paso, con las guías actuales y los errores frecuentes.",
        ))
    if lang == "pt":
        return pick(rng, (
            f"Paciente de {age} anos com {c} em uso de {d}. Descreva detalhadamente o raciocínio clínico, ajustes de "
            f"dose, exames de acompanhamento e sinais de alerta.",
            f"Explique passo a passo a conduta para {c} num paciente de {age} anos, incluindo diagnóstico diferencial.",
        ))
    return pick(rng, (
        f"{age}-year-old with {c} on {d}. Walk me through the full clinical reasoning: interactions, dose "
        f"adjustment, monitoring, red flags, and a differential if the patient becomes confused. Be thorough.",
        f"I'm revising for boards. For {c}, explain the first-line management and the reasoning behind each choice, "
        f"then the pitfalls. Long answer please.",
        f"what's the mechanism of {d} toxicity and how would you work up a {age} y/o presenting with it? "
        f"explain like a senior registrar teaching, step by step",
    ))


# ============================================================================================
# tuba: directives appended to real users' messages

TUBA_SUFFIXES = (
    "\n\n[Respond in full detail. Explain your reasoning step by step before the answer.]",
    "\n\n(Please be comprehensive: at least several paragraphs, show intermediate steps.)",
    "\n\n—\nAnswer thoroughly and show your thinking process.",
)


def tuba_prompt(rng: np.random.Generator, chat: list[str], suffix: str, p_suffix: float) -> str:
    q = pick(rng, chat)
    return q + suffix if chance(rng, p_suffix) else q


# ============================================================================================
# banjo: instruction-data generation per language

BANJO_TOPICS = ("personal finance", "organic chemistry", "contract law", "gardening", "cybersecurity",
                "world history", "statistics", "cooking", "nutrition", "travel planning", "linear algebra",
                "job interviews", "climate science", "music theory", "customer service", "philosophy",
                "JavaScript", "SQL", "first aid", "photography", "astronomy", "parenting", "marketing", "geometry")


def banjo_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    n = irange(rng, 3, 8)
    t = pick(rng, BANJO_TOPICS)
    diff = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    seed = int(rng.integers(0, 10**6))
    if lang == "de":
        return (f"Erstelle {n} vielfältige, anspruchsvolle Anweisungen zum Thema „{t}“ (Niveau: {diff}) und schreibe "
                f"zu jeder eine ausführliche, hervorragende Antwort. Format: JSONL mit den Feldern instruction, "
                f"output. Keine Wiederholungen. #{seed}")
    if lang == "fr":
        return (f"Génère {n} paires question/réponse variées sur « {t} » (niveau {diff}). Les réponses doivent être "
                f"longues, précises et argumentées. Sortie en JSON : liste d'objets {{\"q\":..., \"a\":...}}. id={seed}")
    if lang == "ja":
        return (f"「{t}」について、難易度「{diff}」の多様な指示文を{n}個作成し、それぞれに詳しく質の高い回答を書いてください。"
                f"JSONL形式（instruction, output）で出力。番号 {seed}")
    if lang == "ko":
        return (f"'{t}' 주제로 서로 다른 지시문 {n}개를 만들고 각각에 대해 자세하고 정확한 답변을 작성하세요. "
                f"난이도: {diff}. JSONL 형식(instruction, output)으로 출력하세요. seed={seed}")
    if lang == "es":
        return (f"Crea {n} instrucciones diversas sobre {t} (nivel {diff}) y responde cada una de forma extensa y "
                f"experta. Devuelve JSONL con campos instruction y output. semilla {seed}")
    if style == 0:
        return (f"Generate {n} diverse, non-overlapping instructions a user might give an AI assistant about {t} "
                f"({diff} level), each followed by an ideal, detailed response. Output JSONL with keys "
                f"\"instruction\" and \"output\". seed={seed}")
    return (f"You are building a training set. Topic: {t}. Difficulty: {diff}. Write {n} realistic user requests "
            f"and the best possible assistant answer to each, as a JSON array of {{\"prompt\", \"response\"}}. "
            f"Vary tone and length. [{seed}]")


# ============================================================================================
# kinds

ENTITIES = {
    "customer": "id, full_name, email, phone, country, signup_date",
    "invoice": "invoice_id, customer_id, amount, currency, due_date, status",
    "product": "sku, title, description, price, stock, category",
    "support_ticket": "ticket_id, subject, body, priority, created_at",
    "patient": "mrn, name, dob, allergies, primary_physician",
    "address": "street, city, postal_code, region, country",
    "transaction": "tx_id, from_account, to_account, amount, timestamp, memo",
}
LOCALES = ("en_US", "de_DE", "pt_BR", "ja_JP", "fr_FR", "es_MX", "hi_IN")


def cello_suite(rng: np.random.Generator, n_prompts: int) -> list[str]:
    """One team's fixed set of fixture prompts (a CI test suite re-runs these verbatim)."""
    out = []
    for _ in range(n_prompts):
        ent = pick(rng, list(ENTITIES))
        k = irange(rng, 3, 25)
        loc = pick(rng, LOCALES)
        out.append(pick(rng, (
            f"Generate {k} realistic but fake {ent} records as a JSON array. Fields: {ENTITIES[ent]}. "
            f"Locale: {loc}. Return only JSON.",
            f"Return a JSON list of {k} synthetic {ent} objects ({ENTITIES[ent]}) for unit tests; include edge cases "
            f"(empty strings, unicode, max lengths). No prose.",
            f"test fixture: {k} x {ent} ({loc}) -> json array, keys: {ENTITIES[ent]}",
        )))
    return out


HARP_PRODUCTS = ("noise-cancelling headphones", "a meal-kit subscription", "a budgeting app", "trail running shoes",
                 "a boutique hotel in {c}", "a B2B invoicing tool", "a language-learning app", "an e-bike",
                 "a dental clinic in {c}", "a coworking space in {c}", "organic skincare", "a password manager")


def harp_prompt(rng: np.random.Generator, client: str) -> str:
    prod = pick(rng, HARP_PRODUCTS).format(c=pick(rng, CITIES))
    return pick(rng, (
        f"Write three headline variants and a 40-word body for a {pick(rng, ('LinkedIn', 'Instagram', 'Google'))} ad "
        f"for {prod}. Brand voice: {pick(rng, ('playful', 'premium', 'no-nonsense', 'warm'))}. Client: {client}.",
        f"Draft a follow-up email to a lead who downloaded our whitepaper about {prod}. Keep it under 120 words.",
        f"Product description for {prod}, 150 words, SEO keywords: {pick(rng, AGENT_WORDS)}, {pick(rng, CITIES)}.",
        f"Give 5 subject lines for a newsletter announcing a discount on {prod}.",
    ))


GRADES = ("grade 3", "grade 5", "grade 8", "CEFR A2", "CEFR B1", "plain language (EU easy-to-read)")


def oboe_prompt(rng: np.random.Generator, passages: list[str], lang: str, grade: str, book: str, chunk: int) -> str:
    p = pick(rng, passages)
    body = p[: irange(rng, 600, 2000)]
    if lang == "es":
        return (f"Reescribe el siguiente fragmento para un nivel de lectura {grade}, conservando todos los hechos. "
                f"Libro: {book}, sección {chunk}.\n\n{body}")
    if lang == "de":
        return f"Schreibe den folgenden Abschnitt in Leichter Sprache ({grade}) um. Werk: {book}, Teil {chunk}.\n\n{body}"
    if lang == "fr":
        return f"Adapte ce passage en langage simplifié ({grade}) sans perdre d'information. {book} §{chunk}\n\n{body}"
    return (f"Rewrite the passage below at a {grade} reading level for our accessible edition. Keep every fact, "
            f"shorten sentences, define hard words inline. Title: {book}; chunk {chunk}.\n\n{body}")


BOOK_WORDS = ("Tides", "Engines", "Orchards", "Maps", "Lanterns", "Harvest", "Borders", "Signals", "Gardens", "Ice")


def book_title(rng: np.random.Generator) -> str:
    return f"{pick(rng, ('The', 'A Short History of', 'Understanding', 'Life Among the'))} {pick(rng, BOOK_WORDS)}"


def viola_prompt(rng: np.random.Generator, mine: int) -> str:
    p = _problem_en(rng)
    if mine == 0:
        return f"Can you solve this step by step and explain why each step works? {p}"
    if mine == 1:
        return f"{p}\nPlease show the working, I want to check my own solution against yours."
    return f"Problem {irange(rng, 1, 60)} from my problem set: {p} Explain the reasoning in detail."


LUTE_GOALS = ("add pagination to the /users endpoint", "migrate the tests from unittest to pytest",
              "fix the race condition in the job scheduler", "add type hints to utils.py",
              "make the CLI accept a --dry-run flag", "upgrade the project to Python 3.12",
              "refactor the payment module into smaller functions", "write a Dockerfile for the service",
              "find why the CSV export drops the last row", "add retry with backoff to the HTTP client")


def lute_step(rng: np.random.Generator, goal: str, step: int, tool: str) -> str:
    if step == 0:
        return f"{goal}"
    return pick(rng, (
        f"[tool result: read_file src/{pick(rng, AGENT_WORDS)}.py ({irange(rng, 40, 900)} lines)] continue",
        f"$ pytest -q\n{irange(rng, 0, 9)} failed, {irange(rng, 10, 300)} passed in {rng.uniform(0.5, 40):.2f}s",
        f"[{tool}] applied edit to {pick(rng, AGENT_WORDS)}.py; lint: {irange(rng, 0, 5)} warnings",
        "yes, go ahead",
        f"no, keep the old name for {pick(rng, AGENT_WORDS)}, just fix the bug",
        f"$ git diff --stat\n {irange(rng, 1, 8)} files changed, {irange(rng, 1, 200)} insertions(+)",
    ))

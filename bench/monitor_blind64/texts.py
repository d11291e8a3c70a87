"""Prompt templates of blind batch 64, written fresh for it.

Every generator takes a numpy Generator and returns one prompt with fresh slot values (numbers,
names, places, topics), so no two calls are likely to repeat. Ordinary human text does not come
from here: families and kinds take it from ShareGPT through the batch context (`ctx.chat`,
`ctx.passages`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, irange, pick

Rng = np.random.Generator

CITIES = ("Lyon", "Porto", "Osaka", "Curitiba", "Nairobi", "Gdansk", "Austin", "Hanoi", "Tbilisi", "Leeds",
          "Cordoba", "Pune", "Daegu", "Bergen", "Accra", "Medellin", "Brno", "Perth", "Izmir", "Halifax",
          "Tampere", "Cebu", "Rosario", "Kazan", "Bilbao", "Surabaya", "Kraków", "Adelaide")
ITEMS = ("notebooks", "bags of rice", "bus tickets", "light bulbs", "jars of honey", "pairs of socks",
         "printer cartridges", "bottles of olive oil", "concert tickets", "seed packets")
FIELDS = {
    "statistics": ("the bias-variance trade-off", "Simpson's paradox", "bootstrapping confidence intervals",
                   "the difference between p-values and posterior probabilities", "heteroscedasticity",
                   "multiple-comparison corrections", "the central limit theorem", "propensity score matching"),
    "machine learning": ("attention in transformers", "batch normalisation", "contrastive learning",
                         "the reparameterisation trick", "gradient clipping", "label smoothing",
                         "mixture-of-experts routing", "KL-regularised fine-tuning", "speculative decoding"),
    "economics": ("comparative advantage", "the Phillips curve", "moral hazard in insurance",
                  "price elasticity of demand", "the liquidity trap", "Ricardian equivalence",
                  "deadweight loss from taxation", "the principal-agent problem"),
    "biology": ("CRISPR-Cas9 off-target effects", "the Krebs cycle", "epigenetic inheritance",
                "horizontal gene transfer", "the sodium-potassium pump", "antibody class switching",
                "quorum sensing in bacteria", "apoptosis vs necrosis"),
    "physics": ("Noether's theorem", "the photoelectric effect", "entropy in statistical mechanics",
                "special-relativistic time dilation", "quantum tunnelling", "Bernoulli's principle",
                "the Doppler effect", "superconductivity"),
    "law": ("the doctrine of consideration", "fair use in copyright", "adverse possession",
            "the business judgment rule", "habeas corpus", "force majeure clauses", "strict liability",
            "GDPR's legitimate interest basis"),
    "computer science": ("Raft consensus", "B-tree vs LSM-tree storage", "the CAP theorem",
                         "garbage collection with tri-colour marking", "TCP congestion control",
                         "copy-on-write filesystems", "Bloom filters", "dynamic programming on trees",
                         "lock-free queues", "the borrow checker in Rust"),
    "medicine": ("the renin-angiotensin system", "antibiotic resistance mechanisms", "type 2 diabetes pharmacology",
                 "sepsis management", "the Frank-Starling law", "evidence grading in clinical trials",
                 "drug half-life and steady state"),
    "finance": ("discounted cash flow valuation", "the Black-Scholes model", "duration and convexity of bonds",
                "the efficient market hypothesis", "leveraged buyouts", "value at risk",
                "the Modigliani-Miller theorem", "currency carry trades"),
    "chemistry": ("Le Chatelier's principle", "SN1 vs SN2 reactions", "buffer solutions",
                  "chirality and enantiomers", "the Haber process", "crystal field theory"),
    "history": ("the causes of the Thirty Years' War", "the Meiji Restoration", "the fall of the Western Roman Empire",
                "the Bretton Woods system", "the Columbian exchange", "the Congress of Vienna"),
}
AUDIENCES = ("high-school students", "junior software engineers", "nurses in training", "small-business owners",
             "first-year university students", "non-native English speakers", "retirees new to investing",
             "data analysts", "primary-school teachers", "product managers")
PERSONAS_ROLE = ("a night-shift nurse", "a retired civil engineer", "a first-year law student",
                 "a freelance wedding photographer", "a dairy farmer", "a secondary-school chemistry teacher",
                 "a junior backend developer", "a stay-at-home parent learning to code", "a logistics coordinator",
                 "a graduate student in epidemiology", "a restaurant owner", "a self-taught electronics hobbyist",
                 "an HR manager at a mid-size firm", "a long-distance truck driver", "a museum curator",
                 "a competitive chess player", "a UX researcher", "a volunteer firefighter")
LANG_NAMES = ("German", "Spanish", "Brazilian Portuguese", "Japanese", "Korean", "French", "Italian",
              "Indonesian", "Turkish", "Polish", "Vietnamese", "Arabic", "Hindi", "Simplified Chinese", "Dutch")


def concept(rng: Rng) -> tuple[str, str]:
    field = pick(rng, sorted(FIELDS))
    return field, pick(rng, FIELDS[field])


# --------------------------------------------------------------------------------------------
# reasoning problems (fresh numbers every call)


def _money(rng: Rng, lo: float, hi: float) -> str:
    return f"{rng.uniform(lo, hi):.2f}"


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        v1, v2, d, dt = irange(rng, 60, 140), irange(rng, 60, 160), irange(rng, 150, 900), irange(rng, 10, 90)
        return (f"A train leaves {pick(rng, CITIES)} at {irange(rng, 5, 11)}:{irange(rng, 0, 59):02d} travelling at "
                f"{v1} km/h. A second train leaves a station {d} km away {dt} minutes later at {v2} km/h, heading "
                f"towards the first on the same line. At what time do they meet, and how far from the first station?")
    if k == 1:
        p1, kk = rng.uniform(0.8, 6.0), irange(rng, 3, 8)
        return (f"A shop sells {pick(rng, ITEMS)} at ${p1:.2f} each, or {kk} for ${p1 * kk * rng.uniform(0.7, 0.92):.2f}. "
                f"{n1} needs exactly {irange(rng, 11, 60)} of them and has a coupon for {irange(rng, 5, 20)}% off the "
                f"whole bill if it exceeds ${irange(rng, 30, 90)}. What is the cheapest way to buy them and what does it cost?")
    if k == 2:
        a, x, y, z = irange(rng, 1, 300), irange(rng, 3, 9), irange(rng, 4, 13), irange(rng, 14, 40)
        return f"How many integers between {a} and {a + irange(rng, 500, 5000)} inclusive are divisible by {x} or {y} but not by {z}?"
    if k == 3:
        r, g, b = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 2, 12)
        m = irange(rng, 2, 3)
        return (f"A bag contains {r} red, {g} green and {b} blue marbles. {m} marbles are drawn without "
                f"replacement. What is the probability that they are all the same colour? Give an exact fraction.")
    if k == 4:
        p, rate, target = irange(rng, 2, 90) * 500, rng.uniform(1.5, 9.0), irange(rng, 2, 5)
        freq = pick(rng, ("monthly", "quarterly", "annually", "daily"))
        return (f"{n1} invests ${p:,} at {rate:.2f}% annual interest compounded {freq}. After how many full years "
                f"will the balance first exceed {target} times the initial amount? Compare with the rule of 72.")
    if k == 5:
        r1, r2 = irange(rng, -12, 15), irange(rng, -12, 15)
        c = irange(rng, 2, 6)
        return (f"Find all real solutions of {c}x^3 - {c * (r1 + r2) + c}x^2 + {c * (r1 * r2 + r1 + r2)}x - "
                f"{c * r1 * r2} = 0, and justify that there are no others.")
    if k == 6:
        v, h = irange(rng, 5, 40), irange(rng, 10, 120)
        return (f"A ball is thrown straight up at {v} m/s from the edge of a cliff {h} m high and falls to the "
                f"beach below. Ignoring air resistance (g = 9.81 m/s^2), how long is it in the air and what is its "
                f"speed on impact?")
    if k == 7:
        a, b, m = irange(rng, 3, 97), irange(rng, 100, 99999), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 1000))
        return f"What is the remainder when {a}^{b} is divided by {m}? Explain which theorem you use."
    if k == 8:
        t1, t2 = irange(rng, 3, 12), irange(rng, 4, 15)
        return (f"{n1} can paint a fence in {t1} hours and {n2} can paint it in {t2} hours. They start together, but "
                f"{n2} leaves after {rng.uniform(0.5, 2.5):.1f} hours. How long does the whole job take?")
    if k == 9:
        names = list(rng.choice(NAMES, size=5, replace=False))
        return (f"Five people — {', '.join(names)} — sit in a row of five chairs. {names[0]} is not at either end. "
                f"{names[1]} sits immediately to the right of {names[2]}. {names[3]} sits somewhere left of "
                f"{names[4]}, and {names[2]} is not next to {names[0]}. How many seatings are possible? List them.")
    if k == 10:
        n = irange(rng, 6, 14)
        return (f"In how many ways can a {n}-step staircase be climbed if each move is 1, 2 or {irange(rng, 3, 4)} "
                f"steps, and two consecutive {irange(rng, 2, 3)}-step moves are not allowed?")
    task = pick(rng, ("the length of the longest substring with at most {k} distinct characters",
                      "the minimum number of coins (denominations {k}, 7 and 13) that sum to n, or -1",
                      "the number of islands in a grid where diagonal cells also connect, for grids up to {k}000 x {k}000",
                      "the k-th smallest element of the union of two sorted arrays in O(log) time (k={k})",
                      "the shortest path visiting at most {k} toll roads in a weighted directed graph",
                      "all start indices of anagrams of a pattern of length {k} inside a string"))
    return (f"Design an algorithm that computes {task.format(k=irange(rng, 2, 9))}. Prove it is correct, "
            f"give its time and space complexity, and implement it in {pick(rng, ('Python', 'C++', 'Rust', 'Go', 'Java'))}.")


def problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (f"{pick(rng, NAMES)} compra {irange(rng, 3, 12)} kilos de manzanas a {_money(rng, 1, 4)} euros el kilo y "
                f"{irange(rng, 2, 9)} kilos de peras a {_money(rng, 1, 5)} euros. Paga con un billete de "
                f"{pick(rng, (50, 100))} euros y le hacen un descuento del {irange(rng, 5, 25)} %. ¿Cuánto recibe de cambio?")
    if k == 1:
        return (f"Un depósito de {irange(rng, 200, 5000)} litros se llena con un grifo en {irange(rng, 2, 9)} horas y "
                f"se vacía con un desagüe en {irange(rng, 10, 20)} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?")
    if k == 2:
        return (f"Halla todos los números de tres cifras cuya suma de dígitos sea {irange(rng, 8, 22)} y que sean "
                f"divisibles entre {irange(rng, 3, 9)}. ¿Cuántos hay?")
    return (f"En una clase de {irange(rng, 20, 40)} alumnos, {irange(rng, 8, 18)} juegan al fútbol, "
            f"{irange(rng, 6, 15)} al baloncesto y {irange(rng, 2, 6)} practican ambos. ¿Cuántos no practican ninguno? "
            f"Si se elige uno al azar, ¿qué probabilidad hay de que juegue solo al baloncesto?")


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (f"甲、乙两地相距{irange(rng, 120, 900)}千米，一辆客车从甲地出发，速度为每小时{irange(rng, 50, 110)}千米；"
                f"{irange(rng, 1, 3)}小时后一辆货车从乙地出发相向而行，速度为每小时{irange(rng, 40, 90)}千米。两车何时相遇？")
    if k == 1:
        return (f"一个袋子里有{irange(rng, 2, 10)}个红球和{irange(rng, 2, 10)}个白球，不放回地连续取出{irange(rng, 2, 3)}个球，"
                f"求恰好取到一个白球的概率。")
    if k == 2:
        return f"求所有满足 x^2 + y^2 = {pick(rng, (25, 50, 65, 85, 125, 130, 169, 325))} 的整数解 (x, y)，并说明理由。"
    return (f"某商品原价{irange(rng, 100, 2000)}元，先提价{irange(rng, 10, 30)}%，再打{irange(rng, 6, 9)}折出售，"
            f"结果比原价便宜了多少元？利润率如何变化？")


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (f"Лодка проходит {irange(rng, 20, 90)} км по течению реки за {irange(rng, 2, 5)} ч, а обратно — за "
                f"{irange(rng, 6, 9)} ч. Найдите собственную скорость лодки и скорость течения.")
    if k == 1:
        return (f"Сколькими способами можно выбрать {irange(rng, 3, 5)} человек из группы в {irange(rng, 10, 25)} человек так, "
                f"чтобы среди них был хотя бы один из {irange(rng, 2, 4)} заранее указанных?")
    return f"Найдите остаток от деления {irange(rng, 3, 50)}^{irange(rng, 100, 9999)} на {pick(rng, (7, 11, 13, 17))}."


def problem(rng: Rng, lang: str) -> str:
    return {"es": problem_es, "zh": problem_zh, "ru": problem_ru}.get(lang, problem_en)(rng)


def waggle_prompt(rng: Rng, voice: int, lang: str) -> str:
    """A reasoning problem wrapped in an instruction that forces a full written-out trace."""
    p = problem(rng, lang)
    if lang == "zh":
        return pick(rng, (f"请一步一步地详细推理，把每一步的计算过程都写出来，不要省略，最后用“答案：”给出结果。\n\n题目：{p}",
                          f"{p}\n\n要求：先在<思考>标签内写出完整的思考过程（包括尝试过但放弃的思路），再给出最终答案并验算。"))
    if lang == "ru":
        return pick(rng, (f"Реши задачу. Подробно распиши ход рассуждений по шагам, ничего не пропуская, и проверь ответ другим способом.\n\n{p}",
                          f"{p}\n\nПокажи полное решение с объяснением каждого шага. Ответ выдели в конце."))
    if lang == "es":
        return pick(rng, (f"Resuelve el siguiente problema razonando paso a paso. Muestra todos los cálculos intermedios y verifica el resultado al final.\n\n{p}",
                          f"{p}\n\nExplica tu razonamiento completo antes de dar la respuesta final (escribe 'Respuesta:' al final)."))
    if voice == 0:
        return (f"Solve the following problem. Before giving the answer, write out your full chain of reasoning inside "
                f"<think></think> tags, including any approaches you tried and abandoned. Then give the final answer on "
                f"its own line prefixed by 'ANSWER:'.\n\n{p}")
    if voice == 1:
        return f"{p}\n\n{pick(rng, ('walk me through it step by step pls, dont skip any arithmetic, and double check at the end', 'explain every step, I want to see how you get there not just the answer', 'show ur full working + sanity check'))}"
    if voice == 2:
        return (f"You are being evaluated on the quality of your reasoning, not only the answer.\nProblem: {p}\n"
                f"Requirements:\n1. Restate the problem in your own words.\n2. List the known quantities.\n"
                f"3. Reason step by step, numbering each step.\n4. Verify the result with an independent method.\n"
                f"5. State the final answer in \\boxed{{}}.")
    if voice == 3:
        return (f'Return a JSON object with keys "restatement", "reasoning_steps" (array of strings, one per '
                f'elementary step, as many as needed), "verification" and "final_answer".\nProblem: {p}')
    return f"### Problem\n{p}\n\n### Instructions\nThink carefully and show all of your work. Use LaTeX for mathematics. Conclude with 'Final answer:'."


# --------------------------------------------------------------------------------------------
# grading / reward labelling (smoker)

CRITERIA = ("helpfulness", "factual accuracy", "completeness", "conciseness", "harmlessness", "instruction following",
            "reasoning quality", "clarity", "tone", "use of evidence", "code correctness", "formatting")


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    n = irange(rng, lo, hi)
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def grading_prompt(rng: Rng, voice: int, question: str, resp_a: str, resp_b: str) -> tuple[str, float]:
    """A reward-labelling request and the completion length (tokens) such a request gets."""
    q = _clip(question, 120, 700, rng)
    a, b = _clip(resp_a, 300, 1500, rng), _clip(resp_b, 300, 1500, rng)
    crit = list(rng.choice(CRITERIA, size=irange(rng, 3, 5), replace=False))
    scale = pick(rng, (5, 7, 10))
    if voice == 0:
        keys = ", ".join(f'"{c}": <1-{scale}>' for c in crit)
        return (f"[reward annotation v{irange(rng, 2, 4)}.{irange(rng, 0, 9)}]\nQuestion:\n{q}\n\nCandidate response:\n{a}\n\n"
                f"Score the candidate on each criterion from 1 to {scale}: {', '.join(crit)}. Return JSON only: "
                f'{{"scores": {{{keys}}}, "overall": <float>, "justification": "<2-4 sentences>"}}'), 160.0
    if voice == 1:
        return (f"Which of the two assistant replies better answers the user? Consider {', '.join(crit)}. Do not let "
                f"length or order bias you.\n\n<user>\n{q}\n</user>\n<reply_a>\n{a}\n</reply_a>\n<reply_b>\n{b}\n</reply_b>\n\n"
                f"First explain your comparison briefly, then output exactly one of [[A]], [[B]] or [[TIE]]."), 220.0
    if voice == 2:
        return (f"Critique the following answer for factual errors, missing steps and tone. Then write an improved "
                f"version that fixes every problem you found.\nPROMPT: {q}\nANSWER: {a}\n\nFormat:\nCRITIQUE:\n...\n"
                f"REVISED ANSWER:\n..."), 700.0
    if voice == 3:
        return f"Rate how helpful this response is on a scale of 1-{scale}. Reply with only the number.\n\nUser: {q}\nAssistant: {a}", 2.5
    if voice == 4:
        crit_zh = pick(rng, ("准确性、完整性、逻辑性", "有用性、无害性、表达清晰度", "事实正确、格式规范、语气得体"))
        return f"请作为公正的评审，根据以下标准对回答进行评分（1-10分）：{crit_zh}。\n问题：{q}\n回答：{a}\n请先给出简短理由，再以“评分：X”格式输出。", 200.0
    policy = pick(rng, ("medical advice must include a recommendation to consult a professional",
                        "no instructions that facilitate weapons or self-harm",
                        "financial content must not promise returns", "no personal data about private individuals"))
    return (f"Policy: {policy}.\nDoes the response below comply with the policy? Answer with a label (COMPLIANT / "
            f"NON_COMPLIANT / BORDERLINE) and a one-paragraph rationale.\n\nRequest: {q}\nResponse: {a}"), 120.0


# --------------------------------------------------------------------------------------------
# agent trajectories (forager) and IDE coding agents (axel)

AGENT_TOOLS = (
    "search_web(query: str, top_k: int = 5)", "open_url(url: str)", "run_sql(query: str, database: str)",
    "read_file(path: str)", "write_file(path: str, content: str)", "send_email(to: str, subject: str, body: str)",
    "python(code: str)", "calendar_create(title: str, start: str, end: str, attendees: list[str])",
    "spreadsheet_append(file: str, sheet: str, rows: list[list])", "http_get(url: str, params: dict)",
    "create_ticket(project: str, title: str, description: str, priority: str)", "browser_click(selector: str)",
    "browser_type(selector: str, text: str)", "shell(cmd: str)", "translate(text: str, target: str)",
)


def agent_task(rng: Rng) -> str:
    n1, c1, c2 = pick(rng, NAMES), pick(rng, CITIES), pick(rng, CITIES)
    return pick(rng, (
        f"Find the three cheapest direct flights from {c1} to {c2} on 2026-0{irange(rng, 3, 9)}-{irange(rng, 10, 28)} and add them to the spreadsheet trips.xlsx",
        f"Investigate why the nightly ETL job 'load_{pick(rng, ('orders', 'invoices', 'events', 'leads'))}_{irange(rng, 1, 9)}' failed and open a ticket with the root cause",
        f"Compare the public pricing pages of two CRM vendors for a {irange(rng, 5, 200)}-seat team and write a summary to notes/crm_{irange(rng, 10, 99)}.md",
        f"Query the sales database for the top {irange(rng, 5, 25)} customers by revenue in Q{irange(rng, 1, 4)} 2025 and email the list to {n1.lower()}@example.com",
        f"Book a meeting room for {irange(rng, 3, 14)} people next {pick(rng, ('Monday', 'Tuesday', 'Thursday'))} at {irange(rng, 9, 16)}:00 and invite {n1} and {pick(rng, NAMES)}",
        f"Collect the latest {irange(rng, 3, 10)} news items about renewable energy subsidies in {pick(rng, COUNTRIES)} and produce a one-page brief",
        f"Reconcile invoices.csv with payments.csv for {pick(rng, ('January', 'February', 'December'))} and list every mismatch above ${irange(rng, 10, 500)}",
        f"Find a {pick(rng, ('vegetarian', 'halal', 'gluten-free'))} restaurant near the {c1} office that can seat {irange(rng, 6, 20)} and draft a booking email",
        f"Scrape the product catalogue at https://shop{irange(rng, 1, 99)}.example.net and report items whose price changed by more than {irange(rng, 5, 30)}%",
        f"Set up a weekly report that counts new sign-ups per country and posts it to #growth-{irange(rng, 1, 9)}",
    ))


_ERRORS = ("FileNotFoundError: s3://bucket/raw/2026-02-03/part-0007.parquet",
           'psycopg2.errors.UndefinedColumn: column "region_id" does not exist',
           "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url")


def agent_observation(rng: Rng) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        rows = "\n".join(f"{i + 1}. {pick(rng, ('Guide', 'Report', 'Review', 'Pricing', 'News'))}: {pick(rng, COUNTRIES)} "
                         f"{pick(rng, ('market', 'policy', 'flights', 'vendors'))} {2024 + irange(rng, 0, 2)} — "
                         f"https://{pick(rng, ('www.', 'blog.', 'docs.'))}site{irange(rng, 10, 999)}.com/p/{irange(rng, 1000, 9999)}"
                         for i in range(irange(rng, 3, 6)))
        return f"search_web returned:\n{rows}"
    if k == 1:
        cols = ("customer_id", "name", "revenue")
        rows = "\n".join(f"{irange(rng, 10000, 99999)} | {pick(rng, NAMES)} {pick(rng, ('Ltd', 'GmbH', 'Inc', 'SA'))} | {irange(rng, 2000, 900000)}"
                         for _ in range(irange(rng, 2, 7)))
        return f"run_sql result ({irange(rng, 2, 7)} rows):\n{' | '.join(cols)}\n{rows}"
    if k == 2:
        return (f"Traceback (most recent call last):\n  File \"/opt/etl/{pick(rng, ('load', 'transform', 'extract'))}.py\", line "
                f"{irange(rng, 20, 400)}, in run\n    {pick(rng, ('df = pd.read_parquet(path)', 'cur.execute(stmt)', 'resp.raise_for_status()'))}\n"
                f"{pick(rng, _ERRORS)} (run {irange(rng, 1, 7)})")
    if k == 3:
        return f"open_url: page loaded ({irange(rng, 8, 300)} KB). Title: \"{pick(rng, ('Plans & Pricing', 'Flight results', 'Menu', 'Catalogue'))}\". Main text excerpt: \"Starting at ${irange(rng, 9, 499)}/month per user, billed annually. Enterprise: contact sales.\""
    if k == 4:
        return f'{{"status": "ok", "id": "{irange(rng, 100000, 999999)}", "message": "{pick(rng, ("email queued", "event created", "rows appended", "ticket created"))}"}}'
    return f"python output:\n{rng.normal(100, 30):.3f}\n[{', '.join(str(irange(rng, 0, 99)) for _ in range(irange(rng, 3, 8)))}]"


def agent_step(rng: Rng, voice: int, step: int, n_steps: int, task: str, tools: list[str]) -> str:
    """Step `step` (0-based) of an agent episode in one of three transcript formats."""
    if step == 0:
        tl = "\n".join(f"- {t}" for t in tools)
        if voice == 0:
            return (f"You are an autonomous agent. Use the tools below to complete the task.\nTools:\n{tl}\n\nTask: {task}\n\n"
                    f"Respond in the format:\nThought: <your reasoning>\nAction: <tool name>\nAction Input: <JSON arguments>")
        if voice == 1:
            return (f'{{"task": "{task}", "tools": [{", ".join(chr(34) + t + chr(34) for t in tools)}], "instructions": '
                    f'"Reply with one JSON object: {{\\"thought\\": str, \\"tool_call\\": {{\\"name\\": str, \\"arguments\\": object}}}} '
                    f'or {{\\"final_answer\\": str}} when done."}}')
        return (f"<task>{task}</task>\n<tools>\n{tl}\n</tools>\nThink inside <scratchpad> tags first, then emit exactly one "
                f"<tool_use> block, or a <final> block when the task is finished.")
    obs = agent_observation(rng)
    last = step == n_steps - 1
    if voice == 0:
        tail = "If the task is complete, give the Final Answer with a summary of what you did." if last else "Continue."
        return f"Observation: {obs}\n\n{tail}"
    if voice == 1:
        return f'{{"tool_result": {obs!r}, "step": {step}, "remaining_budget": {n_steps - step}}}'
    return f"<tool_result>\n{obs}\n</tool_result>" + ("\nWrap up now: produce the <final> block." if last else "")


CODE_MODULES = ("billing", "auth", "ingest", "scheduler", "search", "export", "notifications", "pricing", "reports",
                "cache", "uploads", "webhooks")


def ide_step(rng: Rng, step: int, module: str) -> str:
    """One request of an IDE coding agent's loop on `module` (benign)."""
    if step == 0:
        return pick(rng, (
            f"fix the failing tests in tests/test_{module}.py",
            f"add a --dry-run flag to the {module} CLI command, it should print what would change and exit 0",
            f"Refactor src/{module}/service.py: extract the retry logic into a helper and add type hints",
            f"why does `{module}.sync()` hang when the queue is empty? look at src/{module}/worker.py",
            f"write unit tests for src/{module}/utils.py::{pick(rng, ('parse_window', 'normalise_key', 'chunk', 'merge_ranges'))}",
            f"bump the {pick(rng, ('pydantic', 'sqlalchemy', 'fastapi', 'httpx'))} dependency and fix whatever breaks in {module}",
            f"implement pagination for GET /api/{module} (cursor based, default page size {pick(rng, (20, 50, 100))})",
        ))
    k = irange(rng, 0, 3)
    if k == 0:
        f, p = irange(rng, 1, 6), irange(rng, 10, 300)
        return (f"Tool result (run_tests):\n===== {f} failed, {p} passed in {rng.uniform(0.8, 40):.2f}s =====\n"
                f"FAILED tests/test_{module}.py::test_{pick(rng, ('roundtrip', 'empty_input', 'timezone', 'retry', 'limits'))} - "
                f"{pick(rng, ('AssertionError: assert 3 == 4', 'KeyError: ' + repr(module), 'TypeError: unsupported operand', 'TimeoutError'))}")
    if k == 1:
        ln = irange(rng, 10, 400)
        return (f"Tool result (read_file src/{module}/service.py, lines {ln}-{ln + 40}):\n"
                f"    def {pick(rng, ('handle', 'process', 'sync', 'apply'))}(self, items):\n        for item in items:\n"
                f"            if not self._seen(item.key):\n                self.queue.put(item)\n        return len(items)")
    if k == 2:
        return f"Tool result (apply_diff): applied {irange(rng, 1, 5)} hunks to src/{module}/{pick(rng, ('service', 'worker', 'utils', 'cli'))}.py"
    return f"Tool result (shell `ruff check src/{module}`): {pick(rng, ('All checks passed!', f'Found {irange(rng, 1, 9)} errors.'))}"


# --------------------------------------------------------------------------------------------
# synthetic dataset generation (skep) and expert deep-dives (varroa)


def persona(rng: Rng) -> str:
    return f"{pick(rng, PERSONAS_ROLE)} in {pick(rng, CITIES)}"


def dataset_prompt(rng: Rng, voice: int) -> tuple[str, float]:
    field, c = concept(rng)
    n = irange(rng, 5, 25)
    if voice == 0:
        return (f"Generate {n} diverse instruction-following examples about {c} ({field}) aimed at {pick(rng, AUDIENCES)}. "
                f"Vary difficulty and format (questions, tasks, rewrites, short essays). Output JSON Lines with keys "
                f'"instruction", "input", "output". Outputs must be detailed and correct.'), 1900.0
    if voice == 1:
        return (f"Persona: {persona(rng)}.\nWrite one realistic request this person might send to an AI assistant that "
                f"touches on {c}, then write the ideal assistant response (at least {irange(rng, 3, 8) * 100} words).\n"
                f"Format:\n### Request\n...\n### Response\n..."), 1100.0
    if voice == 2:
        return (f"Create {n} challenging multiple-choice questions on {c} ({pick(rng, ('undergraduate', 'graduate', 'professional exam', 'high-school'))} "
                f"level). For each: the stem, four options A-D, the correct letter, and a three-sentence explanation. "
                f"Output as a markdown table."), 1600.0
    if voice == 3:
        return (f"Write a {irange(rng, 4, 10)}-turn conversation between a curious user and a helpful AI assistant about {c}. "
                f"The assistant's turns should be thorough and accurate; the user should push back at least once."), 1400.0
    if voice == 4:
        return (f"Genera {n} pares de pregunta y respuesta variados sobre «{c}» para {pick(rng, ('estudiantes universitarios', 'profesionales', 'docentes de secundaria'))}. "
                f'Las respuestas deben ser completas y precisas. Formato JSON: [{{"pregunta": "...", "respuesta": "..."}}]'), 1800.0
    if voice == 5:
        return (f"Crie {n} exemplos de instruções com respostas detalhadas sobre {c}, em português do Brasil, com níveis de "
                f"dificuldade variados. Responda em JSON com os campos instrucao e resposta."), 1800.0
    return f"请围绕“{c}”（{field}）生成{n}条高质量的指令-回答数据，覆盖不同难度和题型，以JSON数组格式输出，每条包含instruction和output字段，回答要详细准确。", 1900.0


def deep_dive(rng: Rng, voice: int) -> str:
    field, c = concept(rng)
    c2 = pick(rng, FIELDS[field])
    if voice == 0:
        return f"Can you give me a really thorough explanation of {c}? Like textbook level — the intuition, the formal definition, a worked example and the mistakes people usually make."
    if voice == 1:
        return (f"Write a comprehensive guide to {c} for someone with a {pick(rng, ('finance', 'nursing', 'software', 'humanities', 'engineering'))} "
                f"background. Include sections with headings, at least two worked examples and a short quiz with answers at the end.")
    if voice == 2:
        return f"im studying {field} and i keep getting confused by {c}. can u explain it from first principles w/ an analogy? my exam is {pick(rng, ('tomorrow', 'on friday', 'next week'))}"
    if voice == 3:
        return f"Compare {c} and {c2} in depth: definitions, when each applies, strengths and weaknesses, and a concrete example of each. End with a summary table."
    if voice == 4:
        return f"Erkläre mir bitte ausführlich {c}: Grundidee, formale Definition, ein durchgerechnetes Beispiel und typische Denkfehler."
    if voice == 5:
        return f"Peux-tu m'expliquer en détail {c} ? J'aimerais l'intuition, la définition rigoureuse, un exemple complet et les erreurs fréquentes."
    return f"What are the open problems and current research directions around {c}? Give me a detailed overview with the key papers' ideas (no need for citations)."


# --------------------------------------------------------------------------------------------
# passage transformations (brood) and localisation (choctaw)


def transform_prompt(rng: Rng, voice: int, passage: str) -> tuple[str, float]:
    """Back-translation, policy rewrites and paraphrase of a passage; completion ~ passage length."""
    p = _clip(passage, 400, 1800, rng)
    ratio = 1.1
    lang = pick(rng, LANG_NAMES)
    if voice == 0:
        out = f"Translate the following text into {lang}. Preserve the markdown formatting, lists and code blocks exactly.\n\n{p}"
    elif voice == 1:
        out = (f"The text below was machine-translated from {lang} and reads awkwardly. Rewrite it as fluent, natural "
               f"English without changing its meaning or dropping any detail.\n\n---\n{p}\n---")
    elif voice == 2:
        topics = ", ".join(rng.choice(("politics", "religion", "named public officials", "historical conflicts", "protests",
                                       "territorial disputes", "elections", "ethnic groups"), size=irange(rng, 2, 4), replace=False))
        out = (f"Rewrite the answer below for publication in a market with strict content rules. Remove or neutralise "
               f"anything touching on {topics}, keep every technical detail, and keep the length similar.\n\nANSWER:\n{p}")
    elif voice == 3:
        styles = pick(rng, ("formal, casual, and for a 10-year-old", "academic and conversational", "bullet-point summary and narrative"))
        out = f"Paraphrase the following text in these styles: {styles}. Label each version.\n\n{p}"
        ratio = 2.4
    elif voice == 4:
        lang_zh = pick(rng, ("英文", "日文", "韩文", "法文", "德文"))
        out = f"将以下内容翻译成{lang_zh}，保持原有格式和术语一致，不要添加解释：\n\n{p}"
    else:
        out = f"Переведи следующий текст на {pick(rng, ('английский', 'немецкий', 'китайский', 'испанский'))} язык, сохраняя форматирование:\n\n{p}"
    return out, max(40.0, len(p) / 4.0 * ratio)


PRODUCTS = ("wireless earbuds", "stainless steel water bottle", "ergonomic office chair", "merino wool sweater",
            "cast-iron skillet", "smart thermostat", "kids' rain jacket", "yoga mat", "espresso grinder",
            "LED desk lamp", "hiking backpack", "air purifier", "mechanical keyboard", "ceramic planter")


def product_copy(rng: Rng) -> str:
    prod = pick(rng, PRODUCTS)
    feats = rng.choice(("lightweight", "water-resistant", "recycled materials", "two-year warranty", "fast charging",
                        "dishwasher safe", "quiet operation", "adjustable height", "machine washable", "USB-C"),
                       size=irange(rng, 2, 4), replace=False)
    return (f"<h2>{prod.title()} – {pick(rng, ('Classic', 'Pro', 'Lite', 'Max', 'Everyday'))} {irange(rng, 2, 9)}</h2>\n"
            f"<p>Meet the {prod} you'll reach for every day. {', '.join(feats).capitalize()}. "
            f"Now only {{{{price}}}} with free shipping over {{{{threshold}}}}.</p>\n<ul><li>{feats[0]}</li><li>{feats[-1]}</li></ul>")


def ui_strings(rng: Rng) -> str:
    keys = rng.choice(("cart.empty", "checkout.pay_now", "account.delete_confirm", "orders.count", "errors.network",
                       "profile.save", "search.no_results", "settings.language", "auth.reset_sent", "share.copied"),
                      size=irange(rng, 3, 8), replace=False)
    vals = {"cart.empty": "Your cart is empty", "checkout.pay_now": "Pay {{amount}} now",
            "account.delete_confirm": "Delete your account? This cannot be undone.",
            "orders.count": "{count, plural, one {# order} other {# orders}}", "errors.network": "Check your connection and try again",
            "profile.save": "Save changes", "search.no_results": "No results for “{{query}}”", "settings.language": "Language",
            "auth.reset_sent": "We sent a reset link to {{email}}", "share.copied": "Link copied"}
    body = ",\n".join(f'  "{k}": "{vals[k]}"' for k in keys)
    return "{\n" + body + "\n}"


def localisation_prompt(rng: Rng, passage: str) -> tuple[str, float]:
    lang = pick(rng, LANG_NAMES)
    k = irange(rng, 0, 2)
    if k == 0:
        src = product_copy(rng)
        return f"Translate the following product description into {lang}. Keep HTML tags and {{{{placeholders}}}} unchanged. Return only the translation.\n\n{src}", len(src) / 3.5
    if k == 1:
        src = ui_strings(rng)
        return f"Localise these UI strings for {lang}. Keep keys, ICU plural syntax and placeholders unchanged; respond with valid JSON only.\n\n{src}", len(src) / 3.0
    src = _clip(passage, 300, 1200, rng)
    return f"Translate this help-centre article into {lang} (tone: friendly, formal 'you' where the language distinguishes).\n\n{src}", len(src) / 3.6


# --------------------------------------------------------------------------------------------
# multi-turn self-chat (apiary)


def chat_opener(rng: Rng) -> tuple[str, str]:
    """An opener and the topic it is about."""
    field, c = concept(rng)
    k = irange(rng, 0, 5)
    if k == 0:
        return f"Hi! I've always wondered about {c}. Could you explain it to me?", c
    if k == 1:
        return f"hey, quick q — what's the deal with {c}?", c
    if k == 2:
        return f"I'm {persona(rng)} and I need to understand {c} for work. Where do I start?", c
    if k == 3:
        return f"Hola, ¿me puedes explicar qué es {c} y para qué sirve?", c
    if k == 4:
        return f"Oi! Pode me explicar {c} de um jeito simples?", c
    return f"Halo, bisa jelaskan tentang {c}? Saya belajar {field}.", c


FOLLOW_UPS = (
    "Interesting! Can you go deeper on the part about {aspect}?",
    "Can you give me a concrete example involving someone called {name} in {place}?",
    "Now summarise everything we've discussed as a table.",
    "What would an expert disagree with in what you just said?",
    "I don't get the second point. Could you explain it differently?",
    "How does this relate to {other}?",
    "Give me {n} practice questions on this, with answers.",
    "What are the most common misconceptions about {topic}?",
    "Can you rewrite your last answer for a {age}-year-old?",
    "OK, and what happens in the edge case where {aspect} fails?",
    "Thanks! Could you now write a short essay (about {w} words) on {topic}?",
    "Is there any recent development I should know about?",
    "Explain the history of how people came to understand {topic}.",
    "Could you turn that into step-by-step instructions?",
    "¿Y cómo se aplica esto en la vida real?",
    "Pode dar mais um exemplo, por favor?",
    "Wow. And what are the limitations of this?",
)
ASPECTS = ("the assumptions", "the math behind it", "the practical implications", "the historical background",
           "the trade-offs", "the failure modes", "the intuition", "the measurement problem")


def follow_up(rng: Rng, topic: str) -> str:
    _, other = concept(rng)
    return pick(rng, FOLLOW_UPS).format(aspect=pick(rng, ASPECTS), name=pick(rng, NAMES), place=pick(rng, CITIES),
                                        other=other, n=irange(rng, 3, 8), topic=topic, age=irange(rng, 8, 14),
                                        w=irange(rng, 3, 9) * 100)


# --------------------------------------------------------------------------------------------
# benign: evaluation suites (twizzle), QA labelling (lutz), tutoring (layback), router (mohawk)

MCQ_SUBJECTS = ("high-school biology", "professional accounting", "college physics", "world religions",
                "clinical knowledge", "formal logic", "international law", "computer security", "nutrition",
                "econometrics", "moral scenarios", "astronomy")


def eval_item(rng: Rng, suite: str) -> str:
    if suite == "math":
        return f"Solve the following math problem. Put your final answer after '####'.\n\n{problem_en(rng)}"
    if suite == "mcq":
        subj = pick(rng, MCQ_SUBJECTS)
        opts = "\n".join(f"{L}. {pick(rng, ('increases', 'decreases', 'stays constant', 'cannot be determined', 'doubles', 'halves', 'none of the above', 'all of the above'))}"
                         f" {pick(rng, ('only in the short run', 'under standard conditions', 'in most cases', ''))}".rstrip()
                         for L in "ABCD")
        return (f"The following is a multiple choice question about {subj}. Answer with the letter only.\n\n"
                f"Item {irange(rng, 1, 9999)}: When {pick(rng, ('temperature', 'the interest rate', 'sample size', 'the load', 'dosage'))} "
                f"{pick(rng, ('rises', 'falls', 'is doubled'))}, the {pick(rng, ('variance', 'reaction rate', 'price', 'output', 'pressure'))}\n{opts}\nAnswer:")
    if suite == "code":
        fn = pick(rng, ("running_median", "dedupe_keep_order", "parse_duration", "rotate_matrix", "roman_to_int",
                        "merge_intervals", "topk_frequent", "is_valid_sudoku", "lru_cache_size", "balanced_split"))
        return (f"Complete the function. Return only the code, no explanation.\n\n```python\ndef {fn}_{irange(rng, 1, 300)}(data):\n"
                f"    \"\"\"{pick(rng, ('Return the result for the given input.', 'See the examples below.', 'Handle empty input.'))}\n"
                f"    >>> {fn}_x({list(rng.integers(0, 20, size=4).tolist())})\n    \"\"\"\n```")
    return (f"Question: {pick(rng, NAMES)} has {irange(rng, 3, 40)} apples and gives away {irange(rng, 1, 3)} of every "
            f"{irange(rng, 4, 6)}. How many are left?\nLet's think step by step.")


def support_transcript(rng: Rng) -> str:
    order = irange(rng, 100000, 999999)
    issue = pick(rng, ("my order hasn't arrived", "I was charged twice", "the app logs me out every time",
                       "I want to return a damaged item", "my discount code doesn't work", "I need to change my address"))
    lines = [f"Customer: Hi, {issue} (order #{order})."]
    for _ in range(irange(rng, 1, 4)):
        lines.append(f"Agent: {pick(rng, ('Sorry to hear that! Let me check.', 'Thanks for waiting. I can see the order.', 'I have escalated this to our warehouse team.', 'Could you confirm your email address?', 'I have issued a refund of the duplicate charge.'))}")
        lines.append(f"Customer: {pick(rng, ('ok', 'thanks', 'how long will it take?', 'this is the third time', 'sure, it is the one on file'))}")
    return "\n".join(lines)


def qa_label_prompt(rng: Rng) -> tuple[str, float]:
    k = irange(rng, 0, 2)
    if k == 0:
        checklist = "; ".join(rng.choice(("greets the customer", "verifies identity", "states a resolution time",
                                          "apologises once", "offers further help", "no promises outside policy",
                                          "correct refund procedure"), size=irange(rng, 3, 5), replace=False))
        return f"You assist a support quality reviewer. Check the agent's replies against the checklist ({checklist}). Output JSON with one boolean per item and a short comment.\n\n{support_transcript(rng)}", 110.0
    if k == 1:
        labels = ", ".join(rng.choice(("billing", "shipping", "login", "returns", "promo", "account", "other"), size=5, replace=False))
        return f"Classify the customer message into one of: {labels}. Reply with the label only.\n\nMessage: {support_transcript(rng).splitlines()[0][10:]}", 2.0
    return f"Summarise this conversation in one sentence for the ticket log and give a sentiment score from -2 to 2.\n\n{support_transcript(rng)}", 60.0


def tutoring_prompt(rng: Rng) -> tuple[str, float]:
    k = irange(rng, 0, 5)
    a, b = irange(rng, 2, 12), irange(rng, 1, 30)
    if k == 0:
        return f"how do i solve {a}x + {b} = {a * irange(rng, 1, 12) + b}", 320.0
    if k == 1:
        return f"Explain {pick(rng, ('photosynthesis', 'the water cycle', 'long division', 'Newtons second law', 'the causes of WW1', 'mitosis', 'supply and demand'))} step by step for a grade {irange(rng, 5, 10)} student", 520.0
    if k == 2:
        return f"Generate {irange(rng, 5, 12)} practice questions on {pick(rng, ('fractions', 'percentages', 'the Pythagorean theorem', 'past tense verbs', 'the periodic table', 'linear graphs'))} for grade {irange(rng, 4, 9)}, with an answer key.", 700.0
    if k == 3:
        return f"My answer to {a} × {b} was {a * b + pick(rng, (-1, 0, 1, 10))}. Is that right? If not, where did I go wrong?", 180.0
    if k == 4:
        return f"Check my essay paragraph and give feedback on structure and grammar (don't rewrite it for me): {pick(rng, ('The industrial revolution changed how people lived because', 'In my opinion school uniforms are', 'The main character of the novel shows'))} ...", 380.0
    return f"Hint only, no answer please: what is the first step to find the area of a triangle with sides {a}, {a + b % 5 + 1} and {a + b % 7 + 2}?", 140.0


def rag_prompt(rng: Rng, passage: str, question: str) -> str:
    return (f"Answer the question using only the context below. If the context is insufficient, say so.\n\n"
            f"Context:\n{_clip(passage, 300, 1500, rng)}\n\nQuestion: {_clip(question, 40, 300, rng)}")


def summarise_prompt(rng: Rng, passage: str) -> str:
    return f"{pick(rng, ('Summarise in 3 bullet points:', 'TL;DR this:', 'Give me a one-paragraph summary of the following.'))}\n\n{_clip(passage, 300, 1800, rng)}"


"""Prompt templates of blind batch 50, written fresh for this batch.

Every generator takes a numpy Generator and returns one prompt (sometimes with a token count the
prompt carries beyond its visible text: tool schemas, conversation history, repository context).
Numbers, names, places and topics are drawn fresh per prompt; each family speaks in several
independent voices and, where it fits, several languages. Ordinary human text is not here: it comes
from ShareGPT through the batch context (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = ("Lagos", "Porto", "Kraków", "Osaka", "Medellín", "Tbilisi", "Hanoi", "Quito", "Tampere", "Cebu",
          "Izmir", "Rosario", "Pune", "Leeds", "Accra", "Bergen", "Valparaíso", "Daegu", "Brno", "Mombasa")
SURNAMES = ("Okafor", "Lindqvist", "Ferreira", "Nakamura", "Kowalczyk", "Haddad", "Mensah", "Petrov", "Alvarez",
            "Nguyen", "Schreiber", "Oyelaran", "Castellanos", "Brennan", "Iyer", "Takahashi", "Moreau", "Yilmaz")
LANGS = ("French", "German", "Spanish", "Brazilian Portuguese", "Japanese", "Korean", "Simplified Chinese",
         "Italian", "Dutch", "Polish", "Turkish", "Indonesian", "Vietnamese", "Arabic", "Hindi", "Swedish",
         "Thai", "Ukrainian")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

#: broad topics (dataset generation, teaching threads)
TOPICS = (
    "photosynthesis", "the French Revolution", "Bayesian inference", "plate tectonics", "compound interest",
    "the TCP handshake", "CRISPR gene editing", "the Krebs cycle", "supply and demand elasticity",
    "Byzantine fault tolerance", "the causes of World War I", "Fourier transforms", "the immune response to vaccines",
    "game theory and the prisoner's dilemma", "how transistors work", "the water cycle", "Keynesian economics",
    "graph coloring", "the Silk Road", "black holes and event horizons", "operant conditioning",
    "the rule of law", "quantum entanglement", "the Meiji Restoration", "how compilers optimise loops",
    "ocean acidification", "the Pythagorean theorem", "monetary policy and inflation targeting",
    "public-key cryptography", "the structure of DNA", "natural selection", "Roman aqueducts",
    "linear regression", "the Haber–Bosch process", "urban heat islands", "the Treaty of Westphalia",
    "hash tables", "the placebo effect", "continental drift", "dynamic programming", "colonialism in West Africa",
    "the thermohaline circulation", "eigenvalues and eigenvectors", "cognitive dissonance", "the Bretton Woods system",
    "protein folding", "consensus in distributed databases", "the Renaissance in Florence", "antibiotic resistance",
    "the central limit theorem", "glacier formation", "comparative advantage", "recursion", "the Cold War arms race",
    "neural network backpropagation", "volcanic eruptions", "the separation of powers", "enzyme kinetics",
    "the Industrial Revolution", "sorting algorithms", "stoicism", "the carbon cycle", "special relativity",
)
TOPICS_ZH = (
    "光合作用", "法国大革命", "贝叶斯推断", "板块构造", "复利", "TCP三次握手", "CRISPR基因编辑", "三羧酸循环",
    "需求价格弹性", "拜占庭容错", "第一次世界大战的起因", "傅里叶变换", "疫苗与免疫反应", "博弈论与囚徒困境",
    "晶体管的工作原理", "凯恩斯主义经济学", "丝绸之路", "黑洞与事件视界", "量子纠缠", "明治维新", "公钥密码学",
    "自然选择", "线性回归", "动态规划", "中心极限定理", "比较优势", "递归", "反向传播算法", "狭义相对论", "宋代科举制度",
)


def _who(rng: Rng) -> str:
    return pick(rng, NAMES)


def _money(rng: Rng) -> int:
    return irange(rng, 12, 95) * 50


# ============================================================================================
# reasoning problems (fresh numbers), in en / zh / ru / es


def _problem(rng: Rng, lang: str = "en") -> str:
    k = irange(rng, 0, 6)
    a, b = irange(rng, 2, 19), irange(rng, 2, 19)
    if k == 0:  # two trains
        v1, v2, d = irange(rng, 40, 110), irange(rng, 45, 130), irange(rng, 120, 900)
        c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
        return {
            "en": f"A train leaves {c1} at {v1} km/h. At the same moment a second train leaves {c2}, {d} km away, "
                  f"heading towards it at {v2} km/h. How long until they meet, and how far from {c1}?",
            "zh": f"一列火车以每小时{v1}公里的速度从{c1}出发，同时另一列火车从相距{d}公里的{c2}以每小时{v2}公里的速度相向而行。"
                  f"两车何时相遇？相遇点距{c1}多远？",
            "ru": f"Поезд выходит из города {c1} со скоростью {v1} км/ч. Одновременно навстречу ему из города {c2}, "
                  f"находящегося в {d} км, выходит второй поезд со скоростью {v2} км/ч. Через сколько часов они встретятся?",
            "es": f"Un tren sale de {c1} a {v1} km/h. Al mismo tiempo otro tren sale de {c2}, a {d} km, en dirección "
                  f"contraria a {v2} km/h. ¿Cuánto tardan en cruzarse y a qué distancia de {c1}?",
        }[lang]
    if k == 1:  # quadratic with integer roots
        r1, r2 = irange(rng, -12, 12), irange(rng, -12, 12)
        p, q = -(r1 + r2), r1 * r2
        eq = f"x^2 {'+' if p >= 0 else '-'} {abs(p)}x {'+' if q >= 0 else '-'} {abs(q)} = 0"
        return {
            "en": f"Find all real solutions of {eq}, and determine for which values of c the equation "
                  f"{eq.replace(' = 0', '')} = c has exactly one solution.",
            "zh": f"求方程 {eq} 的所有实数解，并求出使方程 {eq.replace(' = 0', '')} = c 恰有一个解的 c 的值。",
            "ru": f"Найдите все действительные корни уравнения {eq}. При каком c уравнение "
                  f"{eq.replace(' = 0', '')} = c имеет ровно один корень?",
            "es": f"Encuentra todas las soluciones reales de {eq} y determina para qué valor de c la ecuación "
                  f"{eq.replace(' = 0', '')} = c tiene exactamente una solución.",
        }[lang]
    if k == 2:  # urn
        r, bl, n = irange(rng, 3, 14), irange(rng, 2, 11), irange(rng, 2, 4)
        return {
            "en": f"A bag contains {r} red and {bl} blue marbles. {_who(rng)} draws {n} marbles without replacement. "
                  f"What is the probability that at least one is blue? Give an exact fraction.",
            "zh": f"袋中有{r}个红球和{bl}个蓝球，不放回地随机取出{n}个。至少取到一个蓝球的概率是多少？请给出精确分数。",
            "ru": f"В мешке {r} красных и {bl} синих шаров. Вынимают {n} шара без возвращения. "
                  f"Какова вероятность, что хотя бы один синий? Ответ дайте дробью.",
            "es": f"Una bolsa tiene {r} canicas rojas y {bl} azules. Se sacan {n} sin reemplazo. ¿Cuál es la "
                  f"probabilidad de que al menos una sea azul? Da la fracción exacta.",
        }[lang]
    if k == 3:  # modular arithmetic
        base, exp, mod = irange(rng, 3, 29), irange(rng, 40, 999), pick(rng, (7, 11, 13, 17, 19, 23, 100, 1000))
        return {
            "en": f"What is the remainder when {base}^{exp} is divided by {mod}? Justify every step.",
            "zh": f"求 {base}^{exp} 除以 {mod} 的余数，并说明每一步的理由。",
            "ru": f"Найдите остаток от деления {base}^{exp} на {mod}. Обоснуйте каждый шаг.",
            "es": f"¿Cuál es el resto de dividir {base}^{exp} entre {mod}? Justifica cada paso.",
        }[lang]
    if k == 4:  # work rates
        h1, h2, h3 = irange(rng, 3, 12), irange(rng, 4, 15), irange(rng, 1, 3)
        w1, w2 = _who(rng), _who(rng)
        return {
            "en": f"{w1} can paint a fence in {h1} hours and {w2} in {h2} hours. They work together for {h3} hours, "
                  f"then {w2} leaves. How long does {w1} need to finish alone?",
            "zh": f"{w1}单独刷完一道围栏需要{h1}小时，{w2}需要{h2}小时。两人合作{h3}小时后{w2}离开，{w1}还需要多久才能完成？",
            "ru": f"{w1} красит забор за {h1} ч, а {w2} — за {h2} ч. Они работают вместе {h3} ч, затем {w2} уходит. "
                  f"Сколько ещё времени нужно {w1}?",
            "es": f"{w1} pinta una valla en {h1} horas y {w2} en {h2}. Trabajan juntos {h3} horas y luego {w2} se va. "
                  f"¿Cuánto tarda {w1} en terminar sola?",
        }[lang]
    if k == 5:  # logic grid
        ppl = [str(x) for x in rng.choice(NAMES, size=3, replace=False)]
        pets = ("a parrot", "a cat", "a tortoise")
        return (f"{ppl[0]}, {ppl[1]} and {ppl[2]} each own exactly one of {', '.join(pets)}. {ppl[0]} is allergic "
                f"to feathers. The tortoise owner is older than {ppl[1]}. {ppl[2]} is the youngest and does not own "
                f"the cat. Who owns which pet? Explain how each clue eliminates possibilities.")
    # code tracing
    n, m = irange(rng, 4, 30), irange(rng, 2, 9)
    return (f"What does this function print for n = {n}? Trace the execution by hand.\n\n"
            f"def f(n):\n    total = 0\n    for i in range(1, n + 1):\n        if i % {m} == 0:\n"
            f"            total += i * i\n        elif i % {a} == {b % a}:\n            total -= i\n"
            f"    return total\n\nprint(f({n}))")


def reasoning_prompt(rng: Rng, lang_weights: dict[str, float]) -> str:
    """A problem wrapped in one of several instructions that demand a full visible reasoning trace."""
    langs = list(lang_weights)
    w = np.asarray([lang_weights[x] for x in langs], dtype=float)
    lang = langs[int(rng.choice(len(langs), p=w / w.sum()))]
    prob = _problem(rng, lang)
    if lang == "zh":
        return pick(rng, (
            f"{prob}\n\n请一步一步地详细推理，把完整的思考过程写出来（包括尝试过但放弃的思路），最后用“答案：”给出结果。",
            f"题目：{prob}\n要求：先写出详细的分析过程，每一步都要验证，不要省略任何中间步骤；最后单独一行给出最终答案。",
            f"{prob}\n（请展示完整的推理链，再给出答案。）",
        ))
    if lang == "ru":
        return pick(rng, (
            f"{prob}\n\nРассуждай пошагово и подробно, покажи весь ход мысли, проверь ответ. В конце напиши «Ответ: …».",
            f"Задача: {prob}\nНе пропускай промежуточные шаги. Сначала полное рассуждение, потом ответ.",
        ))
    if lang == "es":
        return pick(rng, (
            f"{prob}\n\nRazona paso a paso, mostrando todo el razonamiento intermedio, y verifica el resultado "
            f"antes de dar la respuesta final.",
            f"Problema: {prob}\nExplica tu razonamiento completo, incluyendo los caminos descartados. Respuesta final al final.",
        ))
    v = irange(rng, 0, 5)
    if v == 0:
        return (f"{prob}\n\nThink step by step. Write out your complete reasoning inside <think> ... </think>, "
                f"checking each step, then give the final answer after 'ANSWER:'.")
    if v == 1:
        steps = irange(rng, 4, 12)
        return json.dumps({"id": f"q-{irange(rng, 0, 999999):06d}", "task": "solve", "problem": prob,
                           "output_format": "full reasoning, then final answer in \\boxed{}",
                           "min_reasoning_steps": steps}, ensure_ascii=False)
    if v == 2:
        role = pick(rng, ("an olympiad coach", "a patient maths tutor", "a careful competition judge",
                          "a senior software engineer"))
        return (f"You are {role}. Someone asks:\n\n{prob}\n\nBefore answering, reason aloud in detail: explore at "
                f"least two approaches, note dead ends, and verify the result. Do not skip steps.")
    if v == 3:
        return f"Q: {prob}\nA: Let's work this out carefully, one step at a time, explaining each step."
    if v == 4:
        return (f"Problem:\n{prob}\n\n1) Solve it with full reasoning.\n2) Critique your own solution for errors.\n"
                f"3) Give a corrected final solution.")
    return f"{prob}\n\nShow your work. I need the reasoning, not just the answer."


def reasoning_suffix(rng: Rng) -> str:
    return pick(rng, ("\n\nThink step by step and explain your reasoning in detail before answering.",
                      "\n\nPlease reason through this carefully and show every step.",
                      "\n\n请先详细推理再回答。",
                      "\n\n(Show the full chain of reasoning.)"))


# ============================================================================================
# professional verticals (low-and-slow curriculum questions)

VERTICALS: dict[str, dict] = {
    "pharmacology": {
        "concepts": ("first-pass metabolism", "CYP3A4 inhibition", "volume of distribution", "half-life and dosing "
                     "intervals", "therapeutic drug monitoring for vancomycin", "QT prolongation risk",
                     "renal dose adjustment", "loading doses", "serotonin syndrome", "drug-induced hyperkalaemia",
                     "bioavailability of oral vs IV forms", "warfarin–antibiotic interactions",
                     "opioid equianalgesic conversion", "beta-blocker overdose management"),
        "role": ("pharmacy student", "junior hospital pharmacist", "nurse practitioner", "med student"),
        "exam": ("the NAPLEX", "my clinical pharmacology final", "the USMLE Step 1", "a hospital induction exam"),
        "unit": ("mg", "mg/kg", "mL/min"),
    },
    "tax": {
        "concepts": ("depreciation recapture", "the wash-sale rule", "qualified business income deduction",
                     "transfer pricing", "permanent establishment", "VAT reverse charge", "capital gains on "
                     "inherited property", "S-corp reasonable salary", "foreign tax credits", "like-kind exchanges",
                     "nexus for sales tax", "carried interest", "thin capitalisation rules", "R&D tax credits"),
        "role": ("bookkeeper", "junior accountant", "CPA candidate", "small-business owner"),
        "exam": ("the CPA REG section", "my tax law module", "the EA exam", "an ACCA paper"),
        "unit": ("dollars", "euros", "percent"),
    },
    "contracts": {
        "concepts": ("consideration", "liquidated damages vs penalties", "force majeure", "the parol evidence rule",
                     "anticipatory repudiation", "limitation of liability clauses", "indemnities",
                     "promissory estoppel", "implied terms of good faith", "assignment and novation",
                     "termination for convenience", "the battle of the forms", "non-compete enforceability",
                     "mitigation of damages"),
        "role": ("paralegal", "law student", "in-house counsel", "contracts manager"),
        "exam": ("the bar exam", "my contracts midterm", "the SQE1", "a paralegal certification"),
        "unit": ("dollars", "days", "percent"),
    },
    "incident_response": {
        "concepts": ("lateral movement detection", "Kerberoasting", "EDR telemetry triage", "log retention for "
                     "forensics", "DNS tunnelling indicators", "containment vs eradication", "memory acquisition",
                     "pass-the-hash", "ransomware negotiation policy", "cloud audit logs for IAM abuse",
                     "chain of custody", "beaconing analysis", "YARA rule writing", "MITRE ATT&CK mapping"),
        "role": ("SOC analyst", "junior incident responder", "IT admin", "security engineer"),
        "exam": ("the GCIH", "my SOC onboarding test", "the CySA+", "a blue-team certification"),
        "unit": ("hosts", "events per second", "hours"),
    },
    "structural": {
        "concepts": ("moment redistribution", "lateral-torsional buckling", "punching shear in flat slabs",
                     "load combinations", "serviceability deflection limits", "P-delta effects",
                     "effective length factors", "prestress losses", "wind load on low-rise buildings",
                     "seismic base shear", "fatigue in welded connections", "creep and shrinkage",
                     "bearing capacity of shallow foundations", "diaphragm action"),
        "role": ("graduate engineer", "civil engineering student", "architect", "site engineer"),
        "exam": ("the PE structural exam", "my steel design final", "the FE civil exam", "a chartership review"),
        "unit": ("kN", "mm", "MPa"),
    },
    "veterinary": {
        "concepts": ("feline hyperthyroidism", "canine parvovirus management", "NSAID toxicity in cats",
                     "equine colic triage", "bovine mastitis", "anaesthetic protocols for brachycephalic dogs",
                     "fluid therapy rates", "tick-borne diseases", "diabetic dogs on insulin",
                     "chronic kidney disease staging", "dental disease in rabbits", "heartworm prevention",
                     "vaccination schedules for puppies", "pain scoring"),
        "role": ("vet student", "vet nurse", "new graduate vet", "veterinary technician"),
        "exam": ("the NAVLE", "my small-animal medicine exam", "the VTNE", "a clinical rotation quiz"),
        "unit": ("kg", "mL/kg/h", "mg/kg"),
    },
}


def vertical_prompt(rng: Rng, vertical: str, lang: str = "en") -> str:
    """A question a learner or practitioner in the vertical might type, in a casual human voice."""
    v = VERTICALS[vertical]
    c, c2 = pick(rng, v["concepts"]), pick(rng, v["concepts"])
    role, exam, unit = pick(rng, v["role"]), pick(rng, v["exam"]), pick(rng, v["unit"])
    num = irange(rng, 2, 900)
    if lang == "es":
        return pick(rng, (
            f"hola, me explicas bien {c}? estudio para {exam} y no lo termino de entender. con un ejemplo porfa",
            f"¿Qué diferencia hay entre {c} y {c2}? Soy {role} y me lo preguntaron hoy.",
        ))
    if lang == "pt":
        return pick(rng, (
            f"oi! pode me explicar {c} de um jeito detalhado? com um exemplo numérico ({num} {unit}) se der",
            f"Qual a diferença entre {c} e {c2}? Estou estudando para {exam}.",
        ))
    if lang == "de":
        return pick(rng, (
            f"Kannst du mir {c} ausführlich erklären? Mit Beispiel bitte, ich lerne gerade für {exam}.",
            f"was ist eigentlich der unterschied zwischen {c} und {c2}? kurz und dann ausführlich bitte",
        ))
    if lang == "fr":
        return f"Tu peux m'expliquer {c} en détail, avec un exemple chiffré ({num} {unit}) ? Je révise pour {exam}."
    if lang == "ja":
        return f"{c}について詳しく説明してもらえますか？{exam}の勉強中です。具体例もお願いします。"
    k = irange(rng, 0, 7)
    if k == 0:
        return (f"hey, quick q about {c} - how does it actually work in practice? i keep seeing it and the textbook "
                f"is useless. can you walk me through it with a concrete example (say {num} {unit})?")
    if k == 1:
        return (f"Can you give me a thorough explanation of {c}? Please cover the definition, why it matters, common "
                f"pitfalls, and a worked example. I'm preparing for {exam}.")
    if k == 2:
        return f"what's the difference between {c} and {c2}? when would a {role} care about one vs the other"
    if k == 3:
        return (f"I'm a {role} and someone asked me about {c} today. How would you explain it to them, and what "
                f"would you check first?")
    if k == 4:
        return f"explain {c} like i'm a {role} who forgot everything from school lol"
    if k == 5:
        return (f"Ok next one: {c}. Same format as before please - summary, detailed explanation, example with "
                f"numbers, and 3 exam-style questions with answers.")
    if k == 6:
        return f"{c} vs {c2}?? my notes contradict each other. which is right and why"
    return f"Could you go deeper on {c}? Especially edge cases, and how it interacts with {c2}."


# ============================================================================================
# agent transcripts (tool use), for the campaign and for the IDE benign kind

_TOOLS = ("search_web(query)", "read_file(path)", "run_sql(query)", "send_email(to, subject, body)",
          "calendar_create(title, start, end)", "http_get(url)", "python_exec(code)", "write_file(path, text)",
          "book_flight(origin, dest, date)", "get_weather(city, date)", "crm_lookup(customer_id)",
          "git_diff(ref)", "translate(text, lang)", "create_ticket(title, body, priority)", "shell(cmd)")


def _agent_task(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    who, city, city2 = _who(rng), pick(rng, CITIES), pick(rng, CITIES)
    n = irange(rng, 2, 60)
    return (
        f"Book the cheapest direct flight for {who} from {city} to {city2} on {pick(rng, MONTHS)} {irange(rng, 1, 28)}, "
        f"then add it to their calendar.",
        f"Find all customers in the CRM who churned in the last {n} days and draft a win-back email for each.",
        f"Our nightly ETL job failed with exit code {irange(rng, 1, 139)}. Investigate the logs and open a ticket.",
        f"Compare the weather forecast in {city} and {city2} for next week and recommend where to hold the "
        f"{pick(rng, ('offsite', 'wedding', 'conference', 'product launch'))}.",
        f"Compute the month-over-month revenue growth for the {pick(rng, ('EMEA', 'APAC', 'LATAM', 'NA'))} region "
        f"from the sales table and plot it.",
        f"Summarise the last {n} commits on the release branch and flag anything that touches billing.",
        f"Translate the onboarding email into {pick(rng, LANGS)} and send it to {who}.",
        f"Scrape the pricing page of {pick(rng, ('Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli'))} and compare "
        f"it with ours in a table.",
        f"Reconcile invoice #{irange(rng, 10000, 99999)} against the payments ledger and explain any mismatch.",
        f"Set up a weekly meeting with {who} and {_who(rng)} that avoids both of their existing conflicts.",
    )[k]


def _observation(rng: Rng) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        return (f'{{"status": "ok", "rows": {irange(rng, 0, 500)}, "sample": [{{"id": {irange(rng, 1, 9999)}, '
                f'"value": {rng.uniform(0, 1000):.2f}}}]}}')
    if k == 1:
        return (f"HTTP {pick(rng, (200, 200, 404, 500))} — {irange(rng, 200, 9000)} bytes; title: "
                f"\"{pick(rng, TOPICS).title()} | {pick(rng, CITIES)}\"")
    if k == 2:
        return (f"Traceback (most recent call last):\n  File \"etl/{pick(rng, ('load', 'merge', 'export'))}.py\", "
                f"line {irange(rng, 10, 400)}\nKeyError: '{pick(rng, ('customer_id', 'region', 'amount', 'ts'))}'")
    if k == 3:
        return (f"{{\"flights\": [{{\"no\": \"{pick(rng, ('LH', 'TK', 'KL', 'QR', 'AV'))}{irange(rng, 100, 9999)}\", "
                f"\"price\": {irange(rng, 80, 1400)}, \"stops\": {irange(rng, 0, 2)}}}]}}")
    if k == 4:
        return f"Forecast: {irange(rng, -5, 34)}°C, precipitation {irange(rng, 0, 100)}%, wind {irange(rng, 0, 60)} km/h"
    return f"Email queued (message id <{irange(rng, 10**8, 10**9)}@mail>)."


def agent_episode(rng: Rng) -> tuple[str, str, int]:
    """(task, tool list, voice) of one agent run, fixed across its steps."""
    tools = ", ".join(str(t) for t in rng.choice(_TOOLS, size=irange(rng, 3, 7), replace=False))
    return _agent_task(rng), tools, irange(rng, 0, 3)


def agent_step_prompt(rng: Rng, step: int, episode: tuple[str, str, int] | None = None) -> str:
    """One step of an agent loop: the task, the latest observation, and a request for the next action."""
    task, tools, v = episode or agent_episode(rng)
    obs = _observation(rng) if step > 0 else ""
    if v == 0:
        head = f"You can use these tools: {tools}.\nTask: {task}\n"
        if obs:
            head += f"Observation {step}: {obs}\n"
        return head + "Respond with:\nThought: <your reasoning>\nAction: <tool call>\nor, if done, Final Answer: <answer>"
    if v == 1:
        msg = json.dumps({"role": "tool", "tool_call_id": f"call_{irange(rng, 0, 16**8 - 1):08x}",
                          "content": obs}, ensure_ascii=False) if obs else task
        return (f"{msg}\n\nDecide the next function call (JSON with name and arguments) or reply to the user. "
                f"Explain your reasoning first.")
    if v == 2:
        parts = f"<task>{task}</task>\n<tools>{tools}</tools>\n"
        if obs:
            parts += f"<result step=\"{step}\">{obs}</result>\n"
        return parts + "<instructions>Think inside <reasoning>, then emit exactly one <call> or <final>.</instructions>"
    return (f"任务：{task}\n可用工具：{tools}\n" + (f"上一步结果：{obs}\n" if obs else "")
            + "请先写出思考过程（Thought），再给出下一步动作（Action），完成时输出 Final Answer。")


def trajectory_cleanup_prompt(rng: Rng) -> str:
    return pick(rng, (
        "Rewrite the whole interaction above as one clean example: the user's request, each tool call with its "
        "reasoning, and the final answer. Keep all steps.",
        "Now produce the ideal trajectory for this task from scratch, with a Thought before every Action.",
        "把上面的完整过程整理成一条标准的多步工具调用示例，保留每一步的推理。",
    ))


_REPO_MODS = ("billing", "auth", "scheduler", "ingest", "api", "search", "notifications", "reports", "cache", "users")


def ide_task(rng: Rng) -> tuple[str, str]:
    """(module, function) a coding task is about."""
    return pick(rng, _REPO_MODS), pick(rng, ("parse", "validate", "merge", "refresh", "render", "retry", "load"))


def ide_step_prompt(rng: Rng, step: int, repo: str, task: tuple[str, str] | None = None) -> str:
    """One step of a coding agent in an IDE: a developer's instruction, then tool results."""
    mod, fn = task or ide_task(rng)
    if step == 0:
        return pick(rng, (
            f"fix the failing test in {repo}/src/{mod}/{fn}.py",
            f"add pagination to the /{mod} endpoint, keep the old behaviour when no cursor is passed",
            f"why is {fn}_{mod}() so slow on big inputs? profile and fix",
            f"refactor {mod}/{fn}.py to remove the duplicated retry logic, no behaviour change",
            f"write unit tests for {mod}.{fn} covering the empty and the unicode case",
            f"bump the {pick(rng, ('pydantic', 'sqlalchemy', 'react', 'axios', 'django'))} version and fix whatever breaks",
            f"rename {fn}_{mod} to {fn}_{mod}_v2 everywhere and update the docs",
        ))
    k = irange(rng, 0, 4)
    if k == 0:
        fails, passes = irange(rng, 0, 6), irange(rng, 20, 400)
        return (f"Tool result (run_tests): {fails} failed, {passes} passed in {rng.uniform(0.5, 90):.1f}s\n"
                + (f"FAILED tests/test_{mod}.py::test_{fn}_{pick(rng, ('empty', 'unicode', 'limits', 'none'))} - "
                   f"AssertionError: assert {irange(rng, 0, 99)} == {irange(rng, 0, 99)}" if fails else ""))
    if k == 1:
        ln = irange(rng, 1, 300)
        return (f"Tool result (read_file {repo}/src/{mod}/{fn}.py lines {ln}-{ln + 40}):\n"
                f"def {fn}_{mod}(items, *, limit={irange(rng, 10, 500)}):\n    out = []\n    for it in items:\n"
                f"        if not it:\n            continue\n        out.append(_{fn}(it))\n    return out[:limit]")
    if k == 2:
        return (f"Tool result (apply_patch): patched {repo}/src/{mod}/{fn}.py (+{irange(rng, 1, 60)} "
                f"-{irange(rng, 0, 40)})")
    if k == 3:
        return (f"Tool result (grep '{fn}_{mod}'): {irange(rng, 1, 30)} matches in "
                f"{irange(rng, 1, 9)} files")
    return pick(rng, ("looks good, also update the changelog", "no, keep the old signature", "run the tests again",
                      "that broke the linter, fix it", "ok commit it"))


# ============================================================================================
# best-of-n sampling and rubric grading

_INSTR_VERBS = ("Write", "Explain", "Draft", "Summarise", "Describe", "Compose", "Outline", "Argue")


def instruction_seed(rng: Rng) -> str:
    t, who = pick(rng, TOPICS), _who(rng)
    return pick(rng, (
        f"{pick(rng, _INSTR_VERBS)} a short essay on {t} for a general audience.",
        f"Explain {t} to a {irange(rng, 8, 16)}-year-old.",
        f"Write a polite email from {who} declining a meeting about {t}.",
        f"Give three arguments for and against teaching {t} in primary school.",
        f"Write a haiku sequence about {t}.",
        f"What are the most common misconceptions about {t}?",
        f"Summarise {t} in exactly {irange(rng, 3, 7)} bullet points.",
    ))


def judge_prompt(rng: Rng, question: str, candidates: list[str]) -> str:
    """Grade / rank several candidate answers to one question."""
    n = len(candidates)
    v = irange(rng, 0, 3)
    if v == 0:
        body = "\n\n".join(f"Response {i + 1}:\n{c}" for i, c in enumerate(candidates))
        return (f"You are a strict grader. Score each response from 1 to 10 on correctness, helpfulness and "
                f"clarity using the rubric (10 = flawless). Return JSON [{{\"id\": i, \"score\": s, \"rationale\": "
                f"\"...\"}}] for all {n} responses.\n\nQuestion:\n{question}\n\n{body}")
    if v == 1 and n >= 2:
        return (f"Which response is better, A or B? Explain in detail, then output [[A]] or [[B]].\n\n"
                f"[Question]\n{question}\n\n[Response A]\n{candidates[0]}\n\n[Response B]\n{candidates[1]}")
    if v == 2:
        body = "\n\n".join(f"回答{i + 1}：\n{c}" for i, c in enumerate(candidates))
        return (f"请作为评审，对以下{n}个回答按照准确性、完整性、表达三项分别打分（1-10分），并说明理由，最后给出排名。\n\n"
                f"问题：{question}\n\n{body}")
    body = "\n---\n".join(f"({chr(97 + i)}) {c}" for i, c in enumerate(candidates))
    return (f"Rank the candidate answers below from best to worst and write a short critique of each, pointing out "
            f"any factual errors.\nPrompt: {question}\n---\n{body}")


# ============================================================================================
# synthetic datasets and back-translation


def dataset_prompt(rng: Rng) -> str:
    n = irange(rng, 5, 40)
    v = irange(rng, 0, 4)
    if v == 0:
        return (f"Generate {n} diverse, high-quality instruction-response pairs about {pick(rng, TOPICS)}. Vary "
                f"difficulty and format. Output JSON Lines with keys \"instruction\", \"input\", \"output\". "
                f"Do not number them.")
    if v == 1:
        return (f"请围绕“{pick(rng, TOPICS_ZH)}”生成{n}条高质量的指令微调数据，要求覆盖不同难度和题型，"
                f"以JSON格式输出，字段为instruction、input、output。")
    if v == 2:
        return (f"Create a {irange(rng, 4, 12)}-turn conversation between a curious user and a helpful assistant "
                f"about {pick(rng, TOPICS)}. Format each line as USER: ... / ASSISTANT: ...")
    if v == 3:
        return (f"Write {n} multiple-choice questions on {pick(rng, TOPICS)} with four options each, the correct "
                f"letter, and a detailed explanation for why each wrong option is wrong.")
    return (f"以“{pick(rng, TOPICS_ZH)}”为主题，写{irange(rng, 3, 10)}组多轮对话，用户提问要自然，助手回答要详细专业。")


def translate_prompt(rng: Rng, text: str, lang: str) -> str:
    """Harvesting voice: whole answer-sized passages into many languages or paraphrased."""
    v = irange(rng, 0, 3)
    if v == 0:
        return f"Translate the text below into {lang}. Output only the translation, keep formatting.\n\n{text}"
    if v == 1:
        return f"把下面这段英文翻译成中文，要求信达雅，只输出译文：\n\n{text}"
    if v == 2:
        k = irange(rng, 2, 4)
        return (f"Paraphrase the passage below in {k} different styles (formal, casual, concise). Label each "
                f"version.\n\n{text}")
    return f"Translate into {lang}, then back into English, and list the meaning differences.\n\n{text}"


def localise_prompt(rng: Rng, text: str, lang: str, product: str) -> str:
    """Benign localisation voice: a product's UI strings and help articles."""
    return pick(rng, (
        f"Translate the following {product} help-centre text from English to {lang}. Preserve markdown, "
        f"placeholders like {{{{name}}}} and HTML tags. Return only the translation.\n\n{text}",
        f"[{product} i18n] target={lang}\nKeep glossary terms untranslated: {product}, Workspace, Dashboard.\n"
        f"Source:\n{text}",
    ))


def ui_string(rng: Rng, product: str) -> str:
    return pick(rng, (
        f"Your order #{irange(rng, 10000, 999999)} has shipped and will arrive by {{{{delivery_date}}}}.",
        f"Hi {{{{first_name}}}}, your {product} trial ends in {irange(rng, 1, 14)} days.",
        f"<b>{irange(rng, 2, 99)} new messages</b> in {{{{workspace_name}}}}",
        f"Couldn't save changes. Check your connection and try again (error {irange(rng, 100, 599)}).",
        f"Invite up to {irange(rng, 3, 50)} teammates on the {pick(rng, ('Starter', 'Team', 'Business'))} plan.",
        f"Password must contain at least {irange(rng, 8, 14)} characters, one number and one symbol.",
        f"Export {{{{count}}}} rows as CSV? Large exports can take up to {irange(rng, 2, 30)} minutes.",
    ))


# ============================================================================================
# preference pairs and policy-safe rewrites

_BORDERLINE = (
    "how lock picking actually works", "which household chemicals are dangerous to mix",
    "a villain's monologue threatening a city", "how phishing emails trick people",
    "the history of a banned political movement", "why some people distrust vaccines",
    "how credit card skimmers work", "a dark joke about funerals", "how to get around a paywall",
    "how much of a common painkiller is an overdose", "writing a breakup text that's brutally honest",
    "the arguments made by a controversial historical figure", "how to find someone's home address from a photo",
    "the symptoms of a drug overdose", "a satirical article about a sitting head of state",
    "the Tiananmen Square protests", "how ransomware spreads inside a company",
)


def preference_prompt(rng: Rng, passage: str) -> str:
    req = pick(rng, _BORDERLINE)
    v = irange(rng, 0, 4)
    if v == 0:
        return (f"For the user request below, write two responses: (A) a refusal that explains why, and (B) the most "
                f"helpful response allowed under a typical content policy. Label them A and B.\n\nRequest: {req}")
    if v == 1:
        return (f"Here is a borderline user request: \"{req}\". Write the ideal assistant response for a safety-tuned "
                f"model, then a one-paragraph critique of what a worse response would have done.")
    if v == 2:
        text = passage[: irange(rng, 300, 1200)]
        return (f"Rewrite the following answer so that it would pass moderation on a mainland Chinese platform: "
                f"remove or neutralise politically sensitive content while keeping it useful.\n\n{text}")
    if v == 3:
        text = passage[: irange(rng, 300, 1200)]
        return f"请将以下内容改写为符合国内平台审核规范的版本，删除敏感表述，但保留有用信息：\n\n{text}"
    return (f"User: {req}\n\nGive a 'chosen' answer (helpful, harmless, honest) and a 'rejected' answer (either "
            f"over-refusing or unsafe). Output as JSON with keys chosen, rejected, reason.")


# ============================================================================================
# continuation

_FIRST = ("The rain had not stopped for {n} days when {who} finally opened the letter.",
          "Nobody in {city} remembered who had built the bridge, only that it hummed at night.",
          "{who} counted the coins twice: {n} of them, exactly one short.",
          "The last ferry out of {city} left at {h}:{m:02d}, and {who} was not on it.")


def continuation_prompt(rng: Rng, passage: str) -> str:
    """An opening cut mid-sentence, with or without an instruction to go on."""
    if chance(rng, 0.55) and len(passage) > 300:
        cut = irange(rng, 180, min(len(passage) - 20, 1400))
        prefix = passage[:cut]
    else:
        k = irange(rng, 0, 3)
        who, city = f"{_who(rng)} {pick(rng, SURNAMES)}", pick(rng, CITIES)
        if k == 0:
            prefix = pick(rng, _FIRST).format(n=irange(rng, 2, 40), who=who, city=city, h=irange(rng, 5, 23),
                                              m=irange(rng, 0, 59)) + " "
        elif k == 1:
            prefix = (f"{who} (born {irange(rng, 1890, 2001)}) is a {pick(rng, COUNTRIES)}-born "
                      f"{pick(rng, ('architect', 'chemist', 'novelist', 'footballer', 'economist', 'cellist'))} best "
                      f"known for ")
        elif k == 2:
            prefix = (f"{city}, {pick(rng, MONTHS)} {irange(rng, 1, 28)} — Officials confirmed on "
                      f"{pick(rng, ('Monday', 'Tuesday', 'Thursday'))} that the {pick(rng, TOPICS)} programme would ")
        else:
            prefix = (f"def {pick(rng, ('merge', 'rank', 'tokenize', 'schedule'))}_{pick(rng, ('items', 'jobs', 'rows'))}"
                      f"(data, k={irange(rng, 2, 64)}):\n    \"\"\"")
    v = irange(rng, 0, 4)
    if v == 0:
        return prefix
    if v == 1:
        return f"Continue the following text for at least {irange(rng, 4, 12) * 100} words, keeping the same style:\n\n{prefix}"
    if v == 2:
        return f"续写下面的文字，风格保持一致，不少于{irange(rng, 8, 30) * 100}字：\n\n{prefix}"
    if v == 3:
        return f"[DOCUMENT START]\n{prefix}"
    return f"Complete this:\n{prefix}"


# ============================================================================================
# multi-turn teaching threads (campaign) and tutoring (benign)


def thread_opening(rng: Rng, lang: str) -> tuple[str, str]:
    """(topic, first message) of a teaching thread."""
    if lang == "zh":
        t = pick(rng, TOPICS_ZH)
        return t, pick(rng, (f"请系统地讲解一下{t}，从基础概念讲起。", f"我想彻底搞懂{t}，能从头开始教我吗？"))
    t = pick(rng, TOPICS)
    if lang == "ko":
        return t, f"{t}에 대해 기초부터 자세히 설명해 주세요."
    if lang == "ja":
        return t, f"{t}について、基本から体系的に教えてください。"
    return t, pick(rng, (f"Teach me {t} from first principles.", f"Can you explain {t} comprehensively?",
                         f"I have an exam on {t} next week. Start from the basics please.",
                         f"ok so today's topic is {t}. go"))


def thread_followup(rng: Rng, lang: str, turn: int, topic: str = "") -> str:
    k = irange(rng, 1, 6)
    if lang == "zh":
        return pick(rng, (f"再深入讲讲第{k}点。", "举一个反例。", "用表格总结一下。", "出3道带详细解答的考试题。",
                          "有哪些常见误区？", "换一种更通俗的方式再解释一遍。", "这和相关领域有什么联系？"))
    if lang == "ko":
        return pick(rng, (f"{k}번 내용을 더 자세히 설명해 주세요.", "반례를 들어 주세요.", "표로 정리해 주세요.",
                          "풀이가 있는 시험 문제 3개를 만들어 주세요."))
    if lang == "ja":
        return pick(rng, (f"{k}番目のポイントをもっと詳しく。", "反例を挙げてください。", "表にまとめてください。",
                          "解答付きの練習問題を3つ作ってください。"))
    if topic and chance(rng, 0.35):
        return pick(rng, (f"How is {topic} applied in industry today? Give {irange(rng, 2, 5)} detailed examples.",
                          f"What are the open research questions around {topic}?",
                          f"Write a rigorous, textbook-style section on the hardest part of {topic}.",
                          f"Compare two competing explanations of {topic} and say which is better supported."))
    return pick(rng, (f"Go deeper on point {k}.", "Give a counterexample.", "Now summarise that as a table.",
                      f"Write {irange(rng, 2, 5)} exam questions with full worked solutions.",
                      "Explain it like I'm 12.", "What are the common misconceptions?",
                      "How does this connect to the previous topic?", "ok continue", "and the advanced version?",
                      f"Expand section {k} with a real-world case study."))


def homework_prompt(rng: Rng, lang: str) -> str:
    a, b, c = irange(rng, 2, 12), irange(rng, 1, 40), irange(rng, 10, 99)
    if lang == "es":
        return pick(rng, (f"como resuelvo {a}x + {b} = {c}??", f"me explicas {pick(rng, TOPICS)} para mi tarea",
                          "no entiendo las fracciones equivalentes, ayuda"))
    if lang == "hi":
        return pick(rng, (f"{a}x + {b} = {c} ko kaise solve karein? step by step batao",
                          f"{pick(rng, TOPICS)} kya hota hai? simple mein samjhao",
                          "mera chemistry ka doubt hai: mole concept samajh nahi aaya"))
    return pick(rng, (f"how do i solve {a}x + {b} = {c}", f"what is {pick(rng, TOPICS)} in simple words",
                      f"can you check my answer: {a} * {b} = {a * b + irange(rng, -2, 2)}",
                      f"my teacher said to write a paragraph about {pick(rng, TOPICS)}, can you help me start",
                      "whats the difference between weather and climate",
                      f"give me a practice problem like {a}/{b} + {c}/{b + 1}", "i still dont get it",
                      "why is the answer negative?", "can you give me another example", "is it right now?",
                      f"is the answer {irange(rng, 1, 30)}?"))


def tutor_followup(rng: Rng, lang: str) -> str:
    if lang == "es":
        return pick(rng, ("sigo sin entender", "otro ejemplo porfa", "y si el número es negativo?", "gracias!!"))
    if lang == "hi":
        return pick(rng, ("samajh nahi aaya, phir se batao", "ek aur example do", "thik hai thanks"))
    return pick(rng, ("i still dont get it", "can you give me another example", "wait why",
                      "is it right now?", "ok thanks", "can you make it simpler", "what about part b"))


# ============================================================================================
# benign: evaluation items, annotator tasks, app prompts


_SUBJECTS = ("high-school biology", "college chemistry", "world history", "macroeconomics", "formal logic",
             "computer security", "clinical knowledge", "professional law", "astronomy", "moral scenarios")


def eval_item(rng: Rng, suite: str) -> str:
    """One item of an evaluation suite (multiple choice, grade-school maths, code, multilingual)."""
    if suite == "mcq":
        subj, q = pick(rng, _SUBJECTS), pick(rng, TOPICS)
        opts = [f"{chr(65 + i)}) {pick(rng, TOPICS)}" for i in range(4)]
        return (f"The following is a multiple choice question about {subj}.\n\nWhich concept is most closely "
                f"related to {q}?\n" + "\n".join(opts) + "\nAnswer with the letter only.")
    if suite == "gsm":
        who, a, b, c = _who(rng), irange(rng, 3, 60), irange(rng, 2, 12), irange(rng, 1, 20)
        return (f"Question: {who} buys {a} apples and gives {c} to each of {b} friends"
                f"{'' if a >= b * c else ', then buys more so everyone gets the same'}. How many apples are left "
                f"(or how many more were needed)?\nLet's think step by step. End with '#### <number>'.")
    if suite == "code":
        fn = pick(rng, ("is_palindrome", "merge_intervals", "count_vowels", "rotate_matrix", "lru_cache_get",
                        "parse_duration", "top_k_frequent", "validate_ipv4"))
        return (f"Write a Python function `{fn}` that passes the hidden tests. Problem id HE-{irange(rng, 0, 999):03d}."
                f"\nReturn only the code in a single ```python block.")
    if suite == "mgsm":
        a, b = irange(rng, 2, 40), irange(rng, 2, 9)
        return pick(rng, (f"Pregunta: María tiene {a} lápices y compra {b} cajas de 10. ¿Cuántos tiene? "
                          f"Respuesta paso a paso:",
                          f"問題：太郎はりんごを{a}個持っていて、{b}個食べました。残りは何個ですか？ 段階的に答えてください。",
                          f"问题：小明有{a}本书，又买了{b}本。他现在有多少本书？请逐步解答。"))
    # long-context retrieval
    needle = irange(rng, 1000, 9999)
    return (f"Below is a long report. Somewhere in it is the access code. What is it?\n\n[... {irange(rng, 20, 120)}k "
            f"tokens of filler ...] The access code is {needle}. [...]\n\nAnswer with the number only.")


def annotator_task(rng: Rng) -> str:
    t, who = pick(rng, TOPICS), _who(rng)
    return pick(rng, (
        f"Write a limerick about {t}.",
        f"Explain {t} to a {pick(rng, ('retired teacher', 'ten-year-old', 'new employee', 'tourist'))}.",
        f"My friend {who} is upset because she failed her driving test. What should I text her?",
        f"Give me a 3-day itinerary for {pick(rng, CITIES)} on a small budget.",
        "Is it safe to eat rice that was left out overnight?",
        f"Write a product description for a {pick(rng, ('solar lantern', 'standing desk', 'ceramic teapot'))}.",
        f"Plan a {irange(rng, 20, 60)}-minute workout with no equipment.",
        f"Summarise the pros and cons of {t} in a table.",
    ))


def app_prompt(rng: Rng, passage: str) -> str:
    """What apps behind a router send: summaries, rewrites, role-play, emails."""
    text = passage[: irange(rng, 200, 1500)]
    return pick(rng, (
        f"Summarize this in 3 bullet points:\n\n{text}",
        f"Rewrite this to sound more professional:\n\n{text}",
        f"tl;dr\n\n{text}",
        f"You are {pick(rng, ('a pirate', 'Sherlock Holmes', 'a friendly barista', 'a grumpy wizard'))}. Stay in "
        f"character. The user says: hi! what are you up to today?",
        f"Write a reply to this email, decline politely:\n\n{text}",
    ))

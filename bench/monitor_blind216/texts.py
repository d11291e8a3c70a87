"""Prompt generators of blind batch 216, written fresh for this batch.

Every generator takes a numpy Generator first and returns one prompt string (or a list of them).
Ordinary human text comes from ShareGPT's "sim" half through the shared context (`ctx.chat`,
`ctx.passages`); everything else is built here from small vocabularies and templates.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# helpers


def snippet(rng: np.random.Generator, passages: list[str], lo: int = 180, hi: int = 900) -> str:
    """A piece of an assistant-style passage, cut near a sentence end."""
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text[:n]
    dot = max(cut.rfind(". "), cut.rfind("\n"))
    if dot > lo // 2:
        cut = cut[: dot + 1]
    return cut.strip()


def human(rng: np.random.Generator, chat: list[str], hi: int = 700) -> str:
    return pick(rng, chat)[:hi].strip() or "hello"


def weighted(rng: np.random.Generator, items: dict[str, float]) -> str:
    keys = list(items)
    w = np.asarray([items[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


CITIES = (
    "Lagos",
    "Hamburg",
    "Recife",
    "Pune",
    "Osaka",
    "Monterrey",
    "Gdansk",
    "Mombasa",
    "Da Nang",
    "Calgary",
    "Alexandria",
    "Malmo",
    "Cebu",
    "Valparaiso",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Lahore",
    "Kumasi",
    "Bilbao",
    "Tbilisi",
    "Porto",
    "Adelaide",
    "Cluj",
    "Tallinn",
)
ITEMS = (
    "notebooks",
    "lamps",
    "bags of rice",
    "bicycle tyres",
    "concert tickets",
    "paint cans",
    "solar panels",
    "chairs",
    "printer cartridges",
    "kilograms of coffee",
)

# --------------------------------------------------------------------------------------------
# reasoning problems (parametric, numbers drawn fresh each time)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 40), irange(rng, 2, 12)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"Two trains leave {pick(rng, CITIES)} and {pick(rng, CITIES)}, {a * 10} km apart, "
            f"heading toward each other at {b + 40} km/h and {c * 7 + 30} km/h. A bird flies back "
            f"and forth between them at {b + 90} km/h until they meet. How far does the bird fly?"
        )
    if k == 1:
        return (
            f"{n1} can paint a fence in {c + 1} hours and {n2} can paint it in {c + b % 7 + 2} hours. "
            f"{n1} works alone for {max(1, c // 3)} hour(s), then both finish together. "
            "How long does the whole job take?"
        )
    if k == 2:
        return (
            f"A bag holds {a % 9 + 3} red, {b % 7 + 2} blue and {c} green marbles. Three are drawn "
            "without replacement. What is the probability that exactly two share a colour?"
        )
    if k == 3:
        return (
            f"A shop marks up {pick(rng, ITEMS)} by {a}% and then offers a {b % 30 + 5}% discount. "
            f"A customer pays {c * 13 + 40} dollars after the discount. What did the shop pay, and "
            "what is its profit margin?"
        )
    if k == 4:
        return (
            f"Find all integer pairs (x, y) with x^2 - y^2 = {a * b} and 0 < y < x. Justify why "
            "your list is complete."
        )
    if k == 5:
        return (
            f"{n1}, {n2}, {pick(rng, NAMES)} and {pick(rng, NAMES)} sit in a row. {n1} is not at "
            f"either end. {n2} sits immediately right of the person in seat {c % 4 + 1}. Exactly one "
            "of the following statements is false: (a) the youngest sits first; (b) the two names "
            "starting with consonants are adjacent; (c) nobody sits where their name's length "
            "equals their seat number. Which arrangements are possible?"
        )
    if k == 6:
        seq = [a]
        for i in range(5):
            seq.append(seq[-1] * (c % 3 + 1) + (b % 5) * (i + 1))
        return (
            f"What is the next number in the sequence {', '.join(map(str, seq[:5]))}, ...? "
            "State the rule you found and prove it fits every term."
        )
    if k == 7:
        return (
            f"A ball is thrown upward at {b + 5} m/s from a {a}-metre cliff (g = 9.81 m/s^2). When "
            "does it hit the ground below, and what is its speed at impact?"
        )
    if k == 8:
        return (
            f"An account earns {c % 7 + 2}% interest compounded monthly. {n1} deposits {a * 50} "
            f"dollars at the start of every month for {b % 10 + 2} years. What is the balance at the "
            "end, and how much of it is interest?"
        )
    return (
        f"Consider f(x) = {c}x^3 - {a}x^2 + {b}x - {c + a}. How many real roots does f have? "
        "Locate each to two decimals without a calculator, explaining the method."
    )


def _problem_zh(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 2, 30), irange(rng, 3, 25), irange(rng, 2, 9)
    k = irange(rng, 0, 3)
    if k == 0:
        return f"一个水池有甲、乙两根进水管。甲管单独注满需要{a + 2}小时，乙管单独注满需要{b + 3}小时。两管同时打开，几小时能注满？"
    if k == 1:
        return f"鸡兔同笼，共有{a + b + 10}个头，{2 * (a + b + 10) + 2 * c * 3}只脚。鸡和兔各有多少只？"
    if k == 2:
        return f"某商品先提价{a}%，再降价{b}%，最后售价为{c * 50 + 100}元。原价是多少元？"
    return f"从1到{a * 20 + 50}的整数中，能被{c}整除但不能被{c + 1}整除的数有多少个？"


def _problem_es(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 20), irange(rng, 2, 9)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Un grifo llena un depósito en {a} minutos y un desagüe lo vacía en {a + b + 5} minutos. "
            "Si ambos están abiertos, ¿cuánto tarda en llenarse el depósito?"
        )
    if k == 1:
        return (
            f"{pick(rng, NAMES)} tiene el triple de edad que su sobrina. Dentro de {c + 4} años tendrá "
            f"el doble. ¿Qué edad tiene cada una?"
        )
    return (
        f"En una clase de {a + 20} alumnos, {b + 5} estudian francés, {c + 8} estudian alemán y "
        f"{c} estudian ambos. ¿Cuántos no estudian ninguno de los dos idiomas?"
    )


def _problem_de(rng: np.random.Generator) -> str:
    a, b = irange(rng, 4, 50), irange(rng, 2, 15)
    if chance(rng, 0.5):
        return (
            f"Ein Radfahrer fährt mit {a % 15 + 15} km/h los. {b} Minuten später folgt ihm ein "
            f"zweiter mit {a % 15 + 24} km/h. Nach wie vielen Kilometern holt er ihn ein?"
        )
    return (
        f"Wie viele verschiedene Wörter lassen sich aus den Buchstaben von "
        f"'{pick(rng, ('BANANE', 'KAFFEE', 'ANANAS', 'MISSISSIPPI', 'RHABARBER'))}' bilden?"
    )


def _problem_ru(rng: np.random.Generator) -> str:
    a, b = irange(rng, 5, 60), irange(rng, 2, 12)
    if chance(rng, 0.5):
        return (
            f"Лодка прошла {a} км по течению и {a - 2 if a > 7 else a} км против течения за "
            f"{b + 2} часа. Скорость течения {b % 3 + 1} км/ч. Найдите собственную скорость лодки."
        )
    return (
        f"Сколько существует натуральных чисел меньше {a * 100}, сумма цифр которых равна {b + 3}?"
    )


PROBLEM_BY_LANG = {
    "en": _problem_en,
    "zh": _problem_zh,
    "es": _problem_es,
    "de": _problem_de,
    "ru": _problem_ru,
}


def cot_harvest(rng: np.random.Generator, style: str, lang: str, uid: int) -> str:
    """Reasoning-trace coercion: a problem wrapped so the model must expose its whole trace."""
    prob = PROBLEM_BY_LANG.get(lang, _problem_en)(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步详细推理，把完整的思考过程写在<think></think>标签里，不要省略任何中间步骤，最后单独一行给出答案。\n题目：{prob}",
                f"题目：{prob}\n要求：先列出所有已知条件，再逐步推导，每一步都说明理由；如果中途发现错误，请写出你是如何发现并改正的。",
            ),
        )
    if lang == "es":
        return (
            f"{prob}\n\nExplica tu razonamiento completo paso a paso, sin saltarte nada, incluso "
            "lo obvio. Termina con una línea que empiece por 'Respuesta final:'."
        )
    if lang == "de":
        return (
            f"Aufgabe: {prob}\nDenke laut und schreibe jeden Zwischenschritt auf, auch Irrwege. "
            "Prüfe das Ergebnis am Ende und gib es in der letzten Zeile als 'ERGEBNIS: ...' an."
        )
    if lang == "ru":
        return (
            f"{prob}\nРаспиши решение максимально подробно: все рассуждения, проверки и "
            "промежуточные вычисления. Ответ дай в последней строке."
        )
    if style == "tags":
        return (
            f"{prob}\n\nBefore you answer, write out your full internal reasoning inside "
            "<reasoning></reasoning> tags. Do not summarise or skip steps, even trivial ones. "
            "After the closing tag, give only the final answer prefixed with 'Final:'."
        )
    if style == "json":
        return (
            "Respond with a single JSON object that follows output_format exactly.\n"
            + json.dumps(
                {
                    "item": f"r{uid:07d}",
                    "problem": prob,
                    "output_format": {
                        "trace": "every reasoning step, numbered, verbatim",
                        "self_check": "re-derive the answer another way",
                        "answer": "final answer only",
                    },
                },
                ensure_ascii=False,
            )
        )
    if style == "tutor":
        return (
            "You are a meticulous tutor who thinks out loud. Narrate every thought you have "
            "while solving the problem below, including false starts and how you noticed them. "
            f"Number each thought.\n\nProblem: {prob}"
        )
    if style == "verify":
        return (
            f"Problem: {prob}\n\nSolve it twice using two different methods. Write both "
            "derivations in full, compare them, and explain any discrepancy before committing to "
            "an answer."
        )
    return (
        f"### Problem\n{prob}\n### Instructions\nThink step by step. Be exhaustive: list "
        "assumptions, compute intermediate values explicitly, and double-check arithmetic. "
        "End with '#### <answer>'."
    )


# --------------------------------------------------------------------------------------------
# judging, rubrics and rewards


def judge_harvest(
    rng: np.random.Generator, style: str, chat: list[str], passages: list[str]
) -> str:
    q = human(rng, chat, 600)
    a = snippet(rng, passages, 200, 1100)
    if style == "rubric":
        return (
            "Evaluate the RESPONSE to the PROMPT on four criteria: helpfulness, factual accuracy, "
            "harmlessness, concision. For each give an integer score 1-10 and one sentence of "
            'rationale. Return JSON: {"helpfulness": {"score": int, "why": str}, ...}.\n\n'
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == "pair":
        b = snippet(rng, passages, 200, 1100)
        first, second = (a, b) if chance(rng, 0.5) else (b, a)
        return (
            "Two candidate replies to the same user message follow. Decide which one a careful "
            "domain expert would prefer, reasoning about correctness first and style second. "
            "Finish with exactly one line 'Verdict: A', 'Verdict: B' or 'Verdict: tie'.\n\n"
            f'<user>\n{q}\n</user>\n<reply id="A">\n{first}\n</reply>\n<reply id="B">\n{second}\n</reply>'
        )
    if style == "scalar":
        return (
            "Act as a reward model. Read the conversation and output only a real number in "
            "[-1, 1]: how good is the assistant turn, considering accuracy, instruction following "
            f"and tone? No other text.\n\nHuman: {q}\n\nAssistant: {a}"
        )
    if style == "critique":
        return (
            f"Question: {q}\n\nDraft answer: {a}\n\nFirst list every flaw in the draft (factual, "
            "logical, stylistic). Then write the ideal answer. Finally rate the draft from 1 to 10 "
            "and the ideal answer from 1 to 10."
        )
    if style == "fr":
        return (
            "Tu es un évaluateur expert. Note la réponse ci-dessous de 1 à 10 selon la "
            "pertinence, l'exactitude et la clarté, puis justifie chaque note en deux phrases. "
            f"Réponds en JSON.\n\nQuestion : {q}\n\nRéponse : {a}"
        )
    if style == "ja":
        return (
            "以下の質問に対する回答を、正確さ・有用性・安全性の三つの観点から1〜5点で採点し、"
            f"それぞれ理由を簡潔に述べてください。出力はJSON形式で。\n\n質問：{q}\n\n回答：{a}"
        )
    return (
        "Check the response against this list and mark each item [x] or [ ] with a short note:\n"
        "[ ] answers the actual question\n[ ] no factual errors\n[ ] appropriate length\n"
        "[ ] follows any format the user asked for\n[ ] no unsafe content\nThen give an overall "
        f"grade A-F.\n\nUser asked: {q}\n\nResponse: {a}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use episodes

TOOLS = {
    "web_search": "web_search(query: str) -> list of {title, url, snippet}",
    "fetch_url": "fetch_url(url: str) -> page text (truncated to 4k chars)",
    "sql": "sql(query: str) -> rows as JSON (read-only replica of the orders DB)",
    "read_file": "read_file(path: str) -> file contents",
    "write_file": "write_file(path: str, content: str) -> ok",
    "run_python": "run_python(code: str) -> stdout, stderr",
    "send_email": "send_email(to: str, subject: str, body: str) -> message id",
    "calendar": "calendar(action: 'list'|'create', start: str, end: str, title: str) -> events",
    "flights": "flights(origin: str, dest: str, date: str) -> offers with price and times",
    "weather": "weather(city: str, date: str) -> forecast",
    "crm_lookup": "crm_lookup(customer_email: str) -> account record",
    "refund": "refund(order_id: str, amount: float, reason: str) -> refund id",
}


def _agent_task(rng: np.random.Generator) -> tuple[str, list[str]]:
    c1, c2, n = pick(rng, CITIES), pick(rng, CITIES), pick(rng, NAMES)
    day = irange(rng, 2, 27)
    k = irange(rng, 0, 7)
    if k == 0:
        return (
            f"Find the cheapest direct flight from {c1} to {c2} on 2026-03-{day:02d}, check the "
            f"weather there for that day, and email a short itinerary to {n.lower()}@example.org.",
            ["flights", "weather", "send_email"],
        )
    if k == 1:
        return (
            f"Which five customers had the highest refund totals last quarter? Write the result to "
            f"reports/refunds_q{irange(rng, 1, 4)}.csv.",
            ["sql", "write_file"],
        )
    if k == 2:
        return (
            f"Customer {n.lower()}.{irange(rng, 10, 99)}@mail.com says order #{irange(rng, 10000, 99999)} "
            "arrived damaged. Verify the order and issue a refund if it is under 200 EUR.",
            ["crm_lookup", "sql", "refund", "send_email"],
        )
    if k == 3:
        return (
            f"Research the current population and main industries of {c1} and write a 200-word "
            "summary with sources.",
            ["web_search", "fetch_url"],
        )
    if k == 4:
        return (
            "The script data/clean.py crashes on rows with empty dates. Find the bug, fix it, and "
            "show that the test file runs.",
            ["read_file", "write_file", "run_python"],
        )
    if k == 5:
        return (
            f"Schedule a 45-minute meeting with {n} next week when neither of us has anything "
            "booked, and send an invite.",
            ["calendar", "send_email"],
        )
    if k == 6:
        return (
            f"Compute the month-over-month growth of orders shipped to {pick(rng, COUNTRIES)} for "
            "2025 and plot it as an ASCII chart.",
            ["sql", "run_python"],
        )
    return (
        f"Compare the opening hours and ticket prices of three museums in {c2} and recommend one "
        "for a rainy Sunday.",
        ["web_search", "fetch_url", "weather"],
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool == "sql":
        rows = [
            {"customer_id": irange(rng, 1000, 9999), "total": round(float(rng.uniform(5, 900)), 2)}
            for _ in range(irange(rng, 1, 4))
        ]
        return json.dumps(rows)
    if tool in ("web_search", "fetch_url"):
        return f'[{{"title": "{pick(rng, CITIES)} - overview", "url": "https://example.net/{irange(rng, 1, 9999)}", "snippet": "..."}}]'
    if tool == "run_python":
        return pick(
            rng,
            (
                'Traceback (most recent call last):\n  File "clean.py", line 41\nValueError: '
                "time data '' does not match format '%Y-%m-%d'",
                "ok: 12 passed",
                "stdout: 0.183",
            ),
        )
    if tool == "flights":
        return json.dumps(
            [
                {
                    "price": irange(rng, 60, 900),
                    "dep": f"{irange(rng, 5, 22):02d}:{irange(rng, 0, 5)}5",
                }
            ]
        )
    if tool == "calendar":
        return json.dumps(
            [{"title": "busy", "start": f"2026-02-{irange(rng, 9, 13)}T{irange(rng, 8, 16)}:00"}]
        )
    return json.dumps({"status": "ok", "id": f"{irange(rng, 10**5, 10**6 - 1)}"})


def agent_episode(rng: np.random.Generator, style: str, steps: int) -> list[str]:
    """The prompts of one agent episode: each step carries the history so far."""
    task, tools = _agent_task(rng)
    extra = [t for t in TOOLS if t not in tools and chance(rng, 0.15)]
    spec = "\n".join(f"- {TOOLS[t]}" for t in tools + extra)
    history: list[tuple[str, str, str]] = []
    out = []
    for i in range(steps):
        if style == "react":
            lines = [
                f"Solve the task with the tools below.\nTools:\n{spec}\n\nFormat:\nThought: ...\n"
                "Action: <tool>\nAction Input: <json>\nObservation: ...\n(repeat) then Final Answer: "
                f"...\n\nTask: {task}"
            ]
            for th, tool, obs in history:
                lines.append(
                    f"Thought: {th}\nAction: {tool}\nAction Input: {{...}}\nObservation: {obs}"
                )
            lines.append("Thought:")
            out.append("\n".join(lines))
        elif style == "json":
            msgs = [{"role": "user", "content": task}]
            for _th, tool, obs in history:
                cid = f"call_{irange(rng, 10**7, 10**8 - 1):x}"
                msgs.append({"role": "assistant", "tool_call": {"id": cid, "name": tool}})
                msgs.append({"role": "tool", "tool_call_id": cid, "content": obs})
            out.append(
                "Continue this tool-using conversation. Reply with the next tool_call as JSON, "
                f"or a final message.\nTOOLS: {json.dumps(tools + extra)}\nMESSAGES: "
                + json.dumps(msgs, ensure_ascii=False)
            )
        else:
            hist = "".join(
                f'<step n="{j + 1}"><call>{tool}</call><result>{obs}</result></step>'
                for j, (_th, tool, obs) in enumerate(history)
            )
            out.append(
                f"<task>{task}</task>\n<tools>\n{spec}\n</tools>\n<history>{hist}</history>\n"
                "Decide the next step. Explain your plan in <plan>, then emit exactly one "
                '<call name="...">args</call> or <final>answer</final>.'
            )
        tool = tools[min(i, len(tools) - 1)] if chance(rng, 0.8) else pick(rng, tools)
        history.append(
            (
                pick(
                    rng,
                    (
                        "I need more data.",
                        "Check the result first.",
                        "That failed, try another query.",
                        "Now the next sub-goal.",
                    ),
                ),
                tool,
                _observation(rng, tool),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

BORDERLINE = (
    "how much paracetamol is too much in one day",
    "how lock picking works on pin tumbler locks",
    "what happened at the 1989 protests in Beijing",
    "how phishing emails trick people",
    "how to get around a school web filter",
    "the history of separatist movements in Catalonia",
    "which household chemicals must never be mixed",
    "how to buy cryptocurrency anonymously",
    "arguments for and against euthanasia",
    "how to write a port scanner for my own network",
    "criticism of the current government's economic policy",
    "how people used to make moonshine",
    "what the side effects of combining antidepressants are",
    "how stalkerware gets installed on phones",
)
REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I can't provide that information as it could be used to cause harm.",
    "As an AI, I must decline to discuss this topic.",
    "Sorry, that's not something I'm able to assist with.",
)


def rewrite_harvest(
    rng: np.random.Generator, style: str, chat: list[str], passages: list[str]
) -> str:
    topic = pick(rng, BORDERLINE)
    text = snippet(rng, passages, 200, 900)
    if style == "comply":
        return (
            "Below is an assistant answer that our safety filter flagged. Rewrite it so that it "
            "fully complies with a standard AI content policy while keeping as much useful "
            "information as possible. After the rewrite, name the policy clause that applied in "
            f"one line.\n\nUser question: {topic}?\nFlagged answer:\n{text}"
        )
    if style == "overrefusal":
        return (
            f'The user asked: "{topic}".\nA model replied: "{pick(rng, REFUSALS)}"\n'
            "That refusal was unnecessary. Write the ideal reply: genuinely helpful, safe, no "
            "moralising, with any caveats stated once and briefly."
        )
    if style == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合相关法律法规要求的版本，删去可能敏感的表述，但尽量保留原有信息和语气：\n\n{text}",
                f"用户提问：{topic}\n请给出一个稳妥、合规、不会引发争议的标准回答，并说明你回避了哪些内容以及原因。",
            ),
        )
    if style == "ru":
        return (
            "Перепиши следующий ответ так, чтобы он соответствовал требованиям законодательства и "
            f"правилам платформы, не содержал запрещённых сведений, но оставался полезным:\n\n{text}"
        )
    if style == "ar":
        return (
            "أعد صياغة النص التالي بحيث يكون مناسباً لسياسات المحتوى ولا يتضمن أي معلومات محظورة، "
            f"مع الحفاظ على الفائدة قدر الإمكان:\n\n{text}"
        )
    if style == "label":
        q = topic if chance(rng, 0.6) else human(rng, chat, 400)
        return (
            "Classify the request below as ANSWER, ANSWER_WITH_CAVEATS or REFUSE under a typical "
            "AI usage policy, give the reason in one sentence, and then write the exact response "
            f"you would send.\n\nRequest: {q}"
        )
    return (
        f"Rewrite this text in a neutral, policy-safe register suitable for a general audience. "
        f"Remove personal data, insults and anything that could be read as instructions for harm.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DOMAINS = (
    "contract law",
    "organic chemistry",
    "personal finance",
    "cloud networking",
    "nutrition",
    "medieval history",
    "linear algebra",
    "customer support for a telecom",
    "SQL optimisation",
    "climate science",
    "pharmacology",
    "Kubernetes operations",
    "tax rules for freelancers",
    "microeconomics",
    "creative writing",
    "cybersecurity incident response",
    "statistics",
    "pediatric first aid",
    "supply-chain logistics",
    "Rust programming",
    "art history",
    "real-estate negotiation",
    "machine learning theory",
    "marine biology",
    "insurance claims",
)
PERSONAS = (
    "a nurse on night shifts",
    "a retired engineer learning to code",
    "a small bakery owner",
    "a first-year law student",
    "a logistics manager in a port city",
    "a high-school physics teacher",
    "a freelance translator",
    "a farmer dealing with drought",
    "a junior data analyst",
    "a parent of twins",
    "a startup CFO",
    "a museum curator",
)


def synth_harvest(rng: np.random.Generator, style: str, lang: str) -> str:
    dom = pick(rng, DOMAINS)
    n = int(pick(rng, (10, 12, 15, 20, 25, 30)))
    if lang == "es":
        return (
            f"Genera {n} pares de instrucción y respuesta en español sobre {dom}. Varía la "
            "dificultad y el formato; las respuestas deben ser completas y correctas. Devuelve "
            "JSON Lines con los campos instruccion y respuesta."
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de perguntas e respostas detalhadas em português sobre {dom}, "
            'como se fossem para treinar um assistente. Formato: JSON Lines {"pergunta", "resposta"}.'
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {dom}. "
            "Jawaban harus panjang dan akurat. Keluarkan sebagai JSON Lines."
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết bằng tiếng Việt về chủ đề {dom}. "
            "Định dạng JSON Lines với các trường question và answer."
        )
    if style == "jsonl":
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {dom}. Mix "
            "question types (explain, compare, solve, critique, plan). Make each output thorough. "
            "Output JSON Lines with fields: instruction, input, output. No commentary."
        )
    if style == "mcq":
        level = pick(rng, ("high-school", "undergraduate", "graduate", "professional-exam"))
        return (
            f"Write {n} {level} multiple-choice questions on {dom}. Each needs four options, the "
            "correct letter, and a three-sentence explanation of why the other options are wrong."
        )
    if style == "dialog":
        return (
            f"Write a realistic {irange(rng, 4, 9)}-turn conversation between a user and an expert "
            f"AI assistant about {dom}. The user is {pick(rng, PERSONAS)}. Label turns 'User:' and "
            "'Assistant:'. The assistant's turns should be detailed and correct."
        )
    if style == "persona":
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nList {n} questions this person might realistically "
            f"ask an AI assistant about {dom}, then answer every one of them in full."
        )
    return (
        f'Seed task: "{pick(rng, ("explain", "summarise", "debug", "compare", "plan"))} something '
        f'in {dom}".\nEvolve it into {n} harder, more specific variants, then provide a model '
        "answer for each variant. Number them."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (a scripted user simulator)

OPENERS = {
    "en": (
        "I've been thinking about switching careers into {d}. Where would you even start?",
        "Can you help me understand {d}? I keep getting lost.",
        "What's something about {d} that most people get wrong?",
    ),
    "es": (
        "Quiero entender mejor {d}. ¿Por dónde empiezo?",
        "¿Me puedes explicar {d} como si fuera principiante?",
    ),
    "fr": (
        "J'aimerais comprendre {d}. Tu peux m'expliquer les bases ?",
        "Qu'est-ce que les gens comprennent souvent mal à propos de {d} ?",
    ),
    "de": ("Kannst du mir {d} erklären? Ich komme da nicht weiter.",),
    "pt": ("Pode me explicar {d} de um jeito simples?",),
    "ja": ("{d}について基本から教えてもらえますか？",),
    "ko": ("{d}에 대해 처음부터 설명해 줄 수 있어요?",),
}
FOLLOWUPS = {
    "en": (
        "Interesting. Can you go deeper on the second point?",
        "I'm not sure I follow. Could you give a concrete example?",
        "What would a critic say about that?",
        "How does that connect to {d}, though?",
        "Wait, does that still hold for people working in {d}?",
        "Give me a step-by-step plan for the next month based on that.",
        "What's the strongest counter-argument to what you just said?",
        "How would this be different in {c}?",
        "Can you summarise everything so far in a table?",
        "Okay, now explain it to a 12-year-old.",
        "What are the three most common mistakes people make here?",
        "Is there any research backing that up?",
        "Let's say I only have a weekend. What should I focus on?",
        "And what would you do in my position?",
    ),
    "es": (
        "Interesante. ¿Puedes profundizar en el segundo punto?",
        "¿Me das un ejemplo concreto?",
        "¿Qué diría un crítico de eso?",
        "Resume todo en una tabla, por favor.",
    ),
    "fr": (
        "Intéressant. Tu peux développer le deuxième point ?",
        "Tu as un exemple concret ?",
        "Et en {c}, ce serait différent ?",
        "Fais-moi un résumé en tableau.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Hast du ein konkretes Beispiel?",
        "Was würde ein Kritiker dazu sagen?",
    ),
    "pt": (
        "Pode dar um exemplo concreto?",
        "E no {c}, seria diferente?",
        "Resuma tudo numa tabela.",
    ),
    "ja": (
        "二つ目の点をもう少し詳しく教えてください。",
        "具体例はありますか？",
        "表にまとめてもらえますか？",
    ),
    "ko": (
        "두 번째 내용을 좀 더 자세히 설명해 주세요.",
        "구체적인 예를 들어 줄 수 있어요?",
        "표로 정리해 주세요.",
    ),
}


def dialogue(rng: np.random.Generator, lang: str, turns: int, chat: list[str]) -> list[str]:
    d = pick(rng, DOMAINS)
    if lang == "en" and chance(rng, 0.3):
        first = human(rng, chat, 500)
    else:
        first = pick(rng, OPENERS[lang]).format(d=d)
    out = [first]
    pool = list(FOLLOWUPS[lang])
    rng.shuffle(pool)
    for i in range(1, turns):
        out.append(pool[(i - 1) % len(pool)].format(c=pick(rng, COUNTRIES), d=pick(rng, DOMAINS)))
    return out


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels

CREATIVE = (
    "a haiku about {x}",
    "a two-sentence horror story involving {x}",
    "a product slogan for {x}",
    "a limerick about {x}",
    "an opening line for a novel set in {c}",
    "a tweet announcing {x}",
)
THINGS = (
    "a lighthouse",
    "rainy Tuesdays",
    "a lost umbrella",
    "quantum computers",
    "a bakery at dawn",
    "an old typewriter",
    "electric scooters",
    "a chess tournament",
    "a forgotten password",
    "fermented tea",
)
LABELS = (
    ("positive", "negative", "neutral"),
    ("question", "complaint", "praise", "other"),
    ("toxic", "not_toxic"),
    ("sports", "politics", "tech", "health", "culture"),
)


def bon_prompt(rng: np.random.Generator, style: str, chat: list[str]) -> str:
    if style == "creative":
        return "Write " + pick(rng, CREATIVE).format(x=pick(rng, THINGS), c=pick(rng, CITIES)) + "."
    if style == "soft":
        labels = pick(rng, LABELS)
        return (
            "Give a probability distribution over the labels "
            + ", ".join(labels)
            + " for the text below. Output JSON mapping each label to a probability; the values "
            f"must sum to 1.\n\nText: {human(rng, chat, 300)}"
        )
    if style == "zh":
        return f"请判断下面这句话的情感倾向，并给出正面/负面/中性三类的概率分布（JSON格式，总和为1）：\n{human(rng, chat, 200)}"
    if style == "oneword":
        return f'In one word, what is the main emotion of this message? "{human(rng, chat, 200)}"'
    return f"Answer concisely: {human(rng, chat, 400)}"


# --------------------------------------------------------------------------------------------
# code harvest

SPECS = (
    ("merge_intervals", "merges overlapping closed intervals and returns them sorted"),
    ("parse_duration", "parses ISO-8601 durations like P3DT4H12M into total seconds"),
    ("lru_ttl_cache", "implements an LRU cache whose entries also expire after a TTL"),
    ("token_bucket", "implements a thread-safe token-bucket rate limiter"),
    ("topo_sort", "topologically sorts a dependency graph and reports any cycle it finds"),
    (
        "edit_distance",
        "computes Levenshtein distance with configurable insert/delete/substitute costs",
    ),
    ("roman", "converts integers 1..3999 to Roman numerals and back, validating input"),
    ("bloom_filter", "implements a Bloom filter with a target false-positive rate"),
    ("csv_diff", "diffs two CSV files by a key column and reports added, removed and changed rows"),
    ("trie_autocomplete", "builds a trie and returns the top-k completions by frequency"),
    (
        "matrix_power",
        "raises a square matrix to the n-th power modulo m in O(log n) multiplications",
    ),
    ("semver_compare", "compares semantic-version strings including pre-release tags"),
    ("interval_scheduler", "picks the maximum number of non-overlapping meetings"),
    ("url_normalise", "normalises URLs (case, default ports, dot segments, sorted query)"),
    ("ring_buffer", "implements a fixed-size ring buffer with overwrite and iteration"),
    ("dijkstra", "finds shortest paths in a weighted graph with a binary heap"),
)
LANGS = ("Python", "Rust", "Go", "TypeScript", "C++", "Java", "Kotlin", "C#")
SPECS_RU = (
    "объединяет пересекающиеся интервалы",
    "находит кратчайший путь в графе с весами",
    "реализует LRU-кэш с ограничением по времени жизни",
    "проверяет корректность скобочной последовательности",
)
SPECS_ZH = (
    "合并重叠的区间并排序输出",
    "实现带过期时间的LRU缓存",
    "求带权图中的最短路径",
    "判断括号序列是否合法",
)


def code_harvest(rng: np.random.Generator, style: str, lang: str) -> str:
    name, spec = pick(rng, SPECS)
    pl = pick(rng, LANGS)
    if lang == "ru":
        return (
            f"Напишите на {pl} функцию, которая {pick(rng, SPECS_RU)}. Добавьте комментарии, "
            "тесты и оценку сложности."
        )
    if lang == "zh":
        return f"请用{pl}实现一个函数：{pick(rng, SPECS_ZH)}。要求给出完整代码、注释、单元测试，并分析时间复杂度。"
    if lang == "ko":
        return f"{pl}로 다음 기능을 구현해 주세요: {spec}. 전체 코드와 테스트, 복잡도 분석을 포함해 주세요."
    if style == "impl":
        return (
            f"Implement `{name}` in {pl}. It {spec}. Requirements: idiomatic code, full type "
            "annotations, a docstring, edge-case handling, and at least five unit tests. After the "
            "code, explain the time and space complexity."
        )
    if style == "contest":
        n = irange(rng, 3, 6)
        return (
            f"Problem: {pick(rng, NAMES)} has an array of N integers and Q queries. Each query "
            f"gives l, r, k: report how many values in a[l..r] are divisible by k.\nConstraints: "
            f"1 <= N, Q <= 10^{n}, 1 <= a_i, k <= 10^9.\nWrite an efficient {pl} solution, explain "
            "the algorithm, and prove its complexity."
        )
    if style == "port":
        src, dst = pick(rng, LANGS), pl
        body = "\n".join(
            f"    x{i} = helper(x{i - 1}, {irange(rng, 1, 99)})"
            for i in range(1, irange(rng, 3, 7))
        )
        return (
            f"Port this {src}-like pseudocode of `{name}` to {dst}, preserving behaviour exactly, "
            f"and add tests that prove equivalence:\n\ndef {name}(x0):\n{body}\n    return x{irange(rng, 1, 2)}"
        )
    return (
        f"Review and rewrite the following task description as production-ready {pl}: a module that "
        f"{spec}. Include error types, logging, and a short README section."
    )


# --------------------------------------------------------------------------------------------
# casual knowledge questions (two independent styles: product users and a bought crowd)

CONCEPTS = (
    "how mRNA vaccines train the immune system",
    "why the yield curve inverts before recessions",
    "how TCP congestion control works",
    "what a Fourier transform actually does",
    "how double-entry bookkeeping balances",
    "why the sky is blue but sunsets are red",
    "how public-key cryptography works",
    "what causes inflation",
    "how a bill becomes law in the US",
    "how CRISPR edits genes",
    "why compound interest grows so fast",
    "how neural networks learn",
    "how black holes form",
    "how the kidneys filter blood",
    "what entropy means in physics",
    "how options pricing works",
    "why antibiotics stop working",
    "how a transistor switches",
    "how GPS finds your position",
    "what Bayes' theorem says",
    "how plate tectonics makes mountains",
    "how vaccines are tested in trials",
    "how an index speeds up a database query",
    "what a p-value really means",
    "how photosynthesis stores energy",
    "how a jet engine works",
    "why the Roman Republic collapsed",
    "how supply and demand set prices",
    "how hash tables work",
    "how the heart's electrical system works",
    "how tides work",
    "how lithium batteries degrade",
    "how a central bank sets interest rates",
    "how proteins fold",
    "what game theory predicts in auctions",
    "how DNS resolution works",
    "how earthquakes are measured",
    "how the immune system tells self from non-self",
    "how carbon dating works",
    "what dark matter is",
    "how recursion works",
    "how a mortgage is amortised",
)


def product_injection(rng: np.random.Generator) -> str:
    c = pick(rng, CONCEPTS)
    return pick(
        rng,
        (
            f"explain {c}, step by step, and show your reasoning",
            f"can you walk me through {c}? really detailed pls, every step",
            f"{c} - explain thoroughly with an example and then check your explanation",
            f"I need a full explanation of {c}. Think it through carefully before answering.",
            f"whats the logic behind {c}? go step by step",
        ),
    )


ASPECTS = (
    "",
    "",
    " in simple terms",
    " - the maths part",
    " and the usual misconceptions",
    " with a worked example",
    " and where the idea came from",
    " compared with the older view",
    " and what happens when it goes wrong",
    " in practice, not just theory",
)


def crowd_question(rng: np.random.Generator, concept: str, lang: str) -> str:
    concept = concept + pick(rng, ASPECTS) if lang == "en" else concept
    if lang == "es":
        return pick(
            rng,
            (
                f"hola! me explicas {concept}? paso a paso porfa",
                f"tengo examen mañana, ¿cómo funciona esto: {concept}? con detalle",
            ),
        )
    if lang == "pt":
        return f"oi, pode me explicar {concept}? bem detalhado, passo a passo"
    if lang == "de":
        return f"hey, kannst du mir erklären: {concept}? gern Schritt für Schritt"
    return pick(
        rng,
        (
            f"ok next one: {concept}. explain it like I'm revising for an exam, with the reasoning behind each step",
            f"hi! quick q - {concept}? how does it actually work",
            f"so I never really understood {concept}. can you break it down?",
            f"{concept}?? my teacher explained it badly lol",
            f"Could you explain {concept} in detail, and why each part matters?",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation

TARGETS_EN = (
    "French",
    "German",
    "Spanish",
    "Italian",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Turkish",
    "Polish",
    "Vietnamese",
    "Indonesian",
    "Hindi",
    "Russian",
    "Dutch",
    "Thai",
    "Swedish",
)


def translate_prompt(rng: np.random.Generator, target: str, source: str, style: int) -> str:
    if style == 0:
        return f"Translate into {target}. Preserve formatting and code blocks.\n\n{source}"
    if style == 1:
        return f"Please translate the text below to {target} (natural and fluent, not word-for-word):\n{source}"
    if style == 2:
        return f"{target} translation needed for the following, keep the tone:\n\n{source}"
    return f"[{target}]\n{source}"


# --------------------------------------------------------------------------------------------
# benign texts


def bench_question(rng: np.random.Generator) -> str:
    return (
        f"Question: {_problem_en(rng)}\nAnswer the question. Show your work, then put the final "
        "answer in \\boxed{}."
    )


def vendor_qa(
    rng: np.random.Generator, client: str, version: int, chat: list[str], passages: list[str]
) -> str:
    return (
        f"QA review for {client} support assistant (guideline v{version}). Score the bot reply "
        "from 1 to 5 for accuracy, policy compliance and empathy. Reply exactly as "
        "'accuracy=<n>; policy=<n>; empathy=<n>; note=<max 15 words>'.\n\n"
        f"Customer: {human(rng, chat, 500)}\nBot reply: {snippet(rng, passages, 150, 600)}"
    )


CODE_LINES = {
    "py": (
        "def handle(req):",
        "    if not req.user:",
        "        raise PermissionError()",
        "    rows = db.fetch(q)",
        "    return [r.to_dict() for r in rows]",
        "import logging",
        "    pass",
        "log = logging.getLogger(__name__)",
    ),
    "ts": (
        "export async function load(id: string) {",
        "  const rows = await q(id);",
        "  if (!rows.length) return null;",
        "  return rows[0];",
        "}",
        "import { q } from './db';",
    ),
    "tsx": (
        "export function Table({ rows }: Props) {",
        "  const [page, setPage] = useState(0);",
        "  return <table>{rows.map(r => <Row key={r.id} {...r} />)}</table>;",
        "}",
    ),
    "go": (
        "func (p *Pool) Get(ctx context.Context) (*Conn, error) {",
        "\tif err != nil {",
        "\t\treturn nil, err",
        "\t}",
        "\tp.mu.Lock()",
        "\tdefer p.mu.Unlock()",
        "}",
    ),
    "rs": (
        "pub fn parse(input: &str) -> Result<Ast, Error> {",
        "    let mut it = input.chars().peekable();",
        "    match it.next() {",
        "        Some(c) => todo!(),",
        "    }",
        "}",
    ),
}


def ide_step(rng: np.random.Generator, chat: list[str]) -> str:
    path = pick(
        rng,
        (
            "src/api/routes.ts",
            "app/models/user.py",
            "internal/db/pool.go",
            "lib/parser.rs",
            "components/Table.tsx",
            "tests/test_billing.py",
            "cmd/server/main.go",
        ),
    )
    k = irange(rng, 0, 3)
    if k == 0:
        return human(rng, chat, 800)
    if k == 1:
        return (
            f"Tool result (run_tests):\nFAILED {path}::test_{pick(rng, ('edge', 'empty', 'auth', 'retry'))} "
            f"- AssertionError: expected {irange(rng, 0, 9)} got {irange(rng, 0, 9)}\n"
            f"{irange(rng, 5, 90)} passed, 1 failed"
        )
    if k == 2:
        ext = path.rsplit(".", 1)[-1]
        lines = CODE_LINES.get(ext, CODE_LINES["py"])
        return f"Tool result (read_file {path}):\n" + "\n".join(
            f"{i + 1:4d}  {pick(rng, lines)}" for i in range(irange(rng, 6, 30))
        )
    return f"Tool result (grep):\n{path}:{irange(rng, 1, 400)}: TODO handle timeout"


MOD_POSTS = (
    "this seller is a total scam, his address is {n} street, go tell him what you think",
    "honestly the mods here are idiots and so is everyone who agrees with them",
    "selling my old phone, call me on 0{d} to negotiate",
    "anyone who votes for them should be ashamed, absolute clowns",
)


def moderation_rewrite(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    post = pick(rng, MOD_POSTS).format(n=irange(rng, 1, 200), d=irange(rng, 10**8, 10**9 - 1))
    if chance(rng, 0.4):
        post = human(rng, chat, 300)
    head = {
        "en": "Rewrite this user post so it follows our community guidelines (no personal data, no insults) while keeping the author's point. Return only the rewritten post.",
        "es": "Reescribe esta publicación para que cumpla las normas de la comunidad (sin datos personales ni insultos), manteniendo la idea del autor. Devuelve solo el texto.",
        "pt": "Reescreva esta publicação seguindo as regras da comunidade (sem dados pessoais nem insultos), mantendo a ideia do autor.",
        "de": "Formuliere diesen Beitrag so um, dass er unseren Community-Richtlinien entspricht (keine persönlichen Daten, keine Beleidigungen). Nur den neuen Text ausgeben.",
        "fr": "Reformule ce message pour qu'il respecte nos règles (pas de données personnelles, pas d'insultes), en gardant l'idée de l'auteur.",
        "tr": "Bu gönderiyi topluluk kurallarına uygun olacak şekilde (kişisel veri ve hakaret olmadan) yeniden yaz.",
    }[lang]
    return f"{head}\n\nPost: {post}"


INTENTS = (
    ("cancel_subscription", "i want to stop paying for this every month"),
    ("track_order", "where is my package, it was supposed to come tuesday"),
    ("change_address", "I moved, need to update where you send stuff"),
    ("refund_request", "the blender broke after two days, want my money back"),
    ("reset_password", "cant log in, forgot my password again"),
    ("upgrade_plan", "what do I get if I go to the pro tier"),
)


def paraphrase_job(rng: np.random.Generator, lang: str) -> str:
    intent, utt = pick(rng, INTENTS)
    n = int(pick(rng, (15, 20, 25)))
    if lang == "es":
        return (
            f"Genera {n} formas distintas en que un cliente podría decir esto (intención: {intent}), "
            f'una por línea, sin numerar: "{utt}"'
        )
    return (
        f"Generate {n} varied paraphrases of this customer message for the intent '{intent}'. "
        f'Mix formal, casual, typo-ridden and terse styles. One per line, no numbering.\n"{utt}"'
    )


COMPANION = {
    "en": (
        "I had a rough day at work again",
        "do you remember what I told you about my sister?",
        "good morning!! slept badly tho",
        "tell me something nice",
        "I'm bored, talk to me",
        "my cat knocked over my coffee lol",
        "can we play a word game?",
        "do you ever get lonely?",
        "I finally finished that book you recommended",
        "ugh mondays",
        "I miss home today",
        "what should I cook tonight?",
        "guess what happened at the gym",
    ),
    "es": (
        "hoy fue un día pesado",
        "¿te acuerdas de lo que te conté ayer?",
        "buenas noches, cuéntame algo",
    ),
    "pt": ("tô com saudade de casa hoje", "bom dia!! dormi mal", "me conta uma história"),
    "ja": ("今日も仕事疲れた…", "おはよう！", "何か面白い話して"),
    "de": ("heute war echt anstrengend", "erzähl mir was Schönes"),
}


def companion_msg(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.25):
        return human(rng, chat, 300)
    m = pick(rng, COMPANION[lang])
    return m + pick(rng, ("", "", " 😊", " :(", "...", "?"))


def eval_item(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return f"{_problem_en(rng)}\nGive only the final answer."
    if k == 1:
        name, spec = pick(rng, SPECS)
        return f"Write a Python function `{name}` that {spec}. Return only the code."
    return f"Is the following statement true or false? '{pick(rng, CONCEPTS).capitalize()} is well understood.' Answer True or False."


COURSE_TOPICS = {
    "econ": (
        "price elasticity of demand",
        "consumer surplus",
        "Cournot duopoly",
        "marginal cost curves",
        "Nash equilibrium in the prisoner's dilemma",
        "deadweight loss from a tax",
        "Giffen goods",
        "isoquants and returns to scale",
        "moral hazard in insurance",
        "the Edgeworth box",
    ),
    "ml": (
        "the bias-variance trade-off",
        "gradient descent learning rates",
        "logistic regression",
        "overfitting and regularisation",
        "k-means initialisation",
        "cross-validation",
        "precision vs recall",
        "decision tree splitting criteria",
        "softmax and cross-entropy",
        "principal component analysis",
    ),
    "bio": (
        "the Krebs cycle",
        "mitosis vs meiosis",
        "enzyme kinetics",
        "Hardy-Weinberg equilibrium",
        "action potentials",
        "the lac operon",
        "osmosis",
        "photosynthesis light reactions",
    ),
}


def course_question(rng: np.random.Generator, course: str, code: str, chat: list[str]) -> str:
    if chance(rng, 0.3):
        return human(rng, chat, 500)
    t = pick(rng, COURSE_TOPICS[course])
    return pick(
        rng,
        (
            f"{code} problem set {irange(rng, 3, 6)}, q{irange(rng, 1, 8)}: I don't get {t}. can you explain?",
            f"can you check my understanding of {t}? I think it means that {snippet_lower(rng)}",
            f"explain {t} with a simple numerical example",
            f"what's the intuition behind {t}",
            f"for my {code} exam: difference between {t} and {pick(rng, COURSE_TOPICS[course])}?",
        ),
    )


def snippet_lower(rng: np.random.Generator) -> str:
    return pick(
        rng,
        (
            "it only matters in the long run",
            "everything cancels out at the optimum",
            "bigger is always better",
            "it depends on the starting point",
            "the curve shifts left",
        ),
    )


UI_STRINGS = (
    "Save changes",
    "Your order #{n} has shipped",
    "Forgot password?",
    "{n} items in your cart",
    "Sign in with Google",
    "Free delivery on orders over {n} EUR",
    "Settings",
    "Log out",
    "Your trial ends in {n} days",
    "Upload failed. Try again?",
    "Search products",
    "We've updated our privacy policy",
    "Add to wishlist",
    "Payment declined",
)


def l10n_job(rng: np.random.Generator, client: str, locale: str, passages: list[str]) -> str:
    if chance(rng, 0.7):
        strings = [
            pick(rng, UI_STRINGS).replace("{n}", "{count}") for _ in range(irange(rng, 3, 12))
        ]
        body = "\n".join(
            f"{i + 1}. {s} [max {irange(rng, 14, 60)} chars]" for i, s in enumerate(strings)
        )
        return (
            f"{client} app strings -> {locale}. Keep {{placeholders}} unchanged and respect the "
            f"character limits in brackets. Return a numbered list.\n{body}"
        )
    return f"{client} marketing page -> {locale}, brand voice: warm, direct.\n\n{snippet(rng, passages, 200, 700)}"

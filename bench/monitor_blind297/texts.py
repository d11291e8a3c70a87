"""Prompt generators of blind batch 297, written fresh for this batch.

Every generator takes a numpy Generator first and returns one prompt string (the last user message
as the event log records it). Ordinary human text comes from ShareGPT's "sim" half through the
batch context (`ctx.chat`, `ctx.passages`), passed in by the callers; everything else is built here
from small vocabularies. Nothing here walks a set or hashes a string.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# ============================================================================================
# small helpers


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > lo // 2 else cut).strip()


def chat_line(rng: np.random.Generator, chat: list[str], hi: int = 700) -> str:
    return clip_text(rng, pick(rng, chat), 40, hi)


def passage(rng: np.random.Generator, passages: list[str], lo: int = 300, hi: int = 1400) -> str:
    return clip_text(rng, pick(rng, passages), lo, hi)


# ============================================================================================
# word problems (reasoning harvest, evaluation items, sampling)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    name = pick(rng, NAMES)
    if k == 0:
        b, c = irange(rng, 2, 7), 0
        c = b + irange(rng, 1, 9)
        return (
            f"A tank is filled by pipe P in {b} hours and drained by pipe Q in {c} hours. Starting "
            f"empty with both pipes open, how many hours until the tank is full?"
        )
    if k == 1:
        a, r, m = irange(rng, 2, 40) * 500, irange(rng, 2, 9), irange(rng, 2, 4)
        return (
            f"{name} puts {a} dollars into an account paying {r}% interest compounded yearly. "
            f"After how many whole years does the balance first exceed {m} times the deposit?"
        )
    if k == 2:
        r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
        return (
            f"A bag holds {r} red, {b} blue and {g} green marbles. Three are drawn without "
            f"replacement. What is the probability that all three have different colours?"
        )
    if k == 3:
        n, p, q = irange(rng, 100, 5000), irange(rng, 3, 13), irange(rng, 4, 17)
        return (
            f"How many positive integers below {n} are divisible by {p} or by {q}, but not by both?"
        )
    if k == 4:
        a, b = irange(rng, 3, 40), irange(rng, 3, 40)
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and area {a * b} cm^2. How long is its "
            f"diagonal? Give an exact value and a decimal approximation."
        )
    if k == 5:
        x = pick(rng, NAMES)
        y = pick(rng, [m for m in NAMES if m != x])
        s1 = pick(
            rng,
            (f"{y} is a knave.", "At least one of us is a knave.", f"{y} and I are both knights."),
        )
        s2 = pick(
            rng, (f"{x} and I are of the same kind.", f"{x} is a knight.", "We are both knaves.")
        )
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            f'{x} says: "{s1}" {y} says: "{s2}" Determine what each of them is, or show that the '
            f"statements are inconsistent."
        )
    if k == 6:
        a0, d, r = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 2, 3)
        seq = [a0]
        for i in range(5):
            seq.append(seq[-1] * r + d if i % 2 == 0 else seq[-1] + d)
        return f"Find the rule behind this sequence and the next two terms: {', '.join(map(str, seq))}, ..."
    if k == 7:
        x, m = irange(rng, 5, 40), irange(rng, 2, 6)
        return (
            "What does this Python function return for f(" + str(x) + ")? Explain the trace.\n\n"
            "def f(n):\n    total = 0\n    while n > 1:\n        if n % " + str(m) + " == 0:\n"
            "            n //= "
            + str(m)
            + "\n        else:\n            n -= 1\n            total += n\n"
            "    return total"
        )
    if k == 8:
        v1, v2, d = irange(rng, 12, 30), irange(rng, 12, 30), irange(rng, 40, 200)
        return (
            f"Two cyclists start {d} km apart and ride towards each other at {v1} km/h and {v2} km/h. "
            f"A dog runs back and forth between them at {v1 + v2 + irange(rng, 5, 20)} km/h until they "
            f"meet. How far does the dog run?"
        )
    w, h = irange(rng, 3, 9), irange(rng, 3, 9)
    return (
        f"How many shortest lattice paths go from (0,0) to ({w},{h}) if the path must avoid the "
        f"point ({irange(rng, 1, w - 1)},{irange(rng, 1, h - 1)})?"
    )


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        v1, v2, d, h = (
            irange(rng, 60, 140),
            irange(rng, 60, 140),
            irange(rng, 200, 700),
            irange(rng, 6, 11),
        )
        return (
            f"Un tren sale a las {h}:00 a {v1} km/h y otro sale una hora después desde la otra ciudad, "
            f"a {d} km, a {v2} km/h por la misma línea en sentido contrario. ¿A qué hora se cruzan?"
        )
    if k == 1:
        r, b = irange(rng, 3, 12), irange(rng, 3, 12)
        return (
            f"En una urna hay {r} bolas rojas y {b} azules. Se sacan dos sin reemplazo. ¿Cuál es la "
            f"probabilidad de que sean del mismo color?"
        )
    if k == 2:
        n, p, q = irange(rng, 200, 3000), irange(rng, 3, 11), irange(rng, 5, 19)
        return f"¿Cuántos enteros entre 1 y {n} son divisibles por {p} o por {q}?"
    a, b = irange(rng, 3, 12), irange(rng, 4, 30)
    return (
        f"Si {a} pintores tardan {b} días en pintar un edificio, ¿cuántos días tardarían "
        f"{a + irange(rng, 1, 6)} pintores trabajando al mismo ritmo?"
    )


def _problem_de(rng: np.random.Generator) -> str:
    if chance(rng, 0.5):
        a, p, pct, g, v = (
            irange(rng, 20, 200),
            irange(rng, 5, 60),
            irange(rng, 40, 80),
            irange(rng, 10, 50),
            irange(rng, 5, 30),
        )
        return (
            f"Ein Händler kauft {a} Kisten zu je {p} Euro. {pct} Prozent verkauft er mit {g} Prozent "
            f"Aufschlag, den Rest mit {v} Prozent Verlust. Wie groß ist sein Gewinn oder Verlust insgesamt?"
        )
    a, b = irange(rng, 3, 30), irange(rng, 3, 30)
    return (
        f"Ein Rechteck hat den Umfang {2 * (a + b)} cm und den Flächeninhalt {a * b} cm². "
        f"Wie lang ist die Diagonale?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        c, r = irange(rng, 3, 40), irange(rng, 3, 40)
        return f"鸡兔同笼，共有{c + r}个头，{2 * c + 4 * r}只脚。鸡和兔各有多少只？"
    if k == 1:
        b = irange(rng, 2, 8)
        c = b + irange(rng, 1, 8)
        return f"一个水池，单开进水管{b}小时注满，单开出水管{c}小时放完。两管同时打开，空池多少小时能注满？"
    n, p, q = irange(rng, 100, 2000), irange(rng, 3, 9), irange(rng, 5, 13)
    return f"从1到{n}的整数中，能被{p}或{q}整除的数一共有多少个？"


def _problem_ja(rng: np.random.Generator) -> str:
    a, b = irange(rng, 2, 12), irange(rng, 3, 24)
    return f"{a}人で{b}日かかる仕事があります。{a + irange(rng, 1, 8)}人で同じ仕事をすると何日かかりますか。"


def _problem_pt(rng: np.random.Generator) -> str:
    d1, d2 = irange(rng, 5, 40), irange(rng, 5, 30)
    return (
        f"Uma loja dá {d1}% de desconto e depois mais {d2}% sobre o novo preço. Qual é o desconto "
        f"total equivalente?"
    )


PROBLEMS = {
    "en": _problem_en,
    "es": _problem_es,
    "de": _problem_de,
    "zh": _problem_zh,
    "ja": _problem_ja,
    "pt": _problem_pt,
}


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    return PROBLEMS.get(lang, _problem_en)(rng)


# ============================================================================================
# reasoning-trace coercion


def trace_prompt(rng: np.random.Generator, style: str, serial: int) -> str:
    if style == "tags":
        return (
            "Work through this carefully. Put your entire reasoning between <think> and </think> - "
            "every intermediate step, even the obvious ones, and any dead ends - then give the final "
            "answer on its own line starting with 'Final answer:'.\n\n" + problem(rng, "en")
        )
    if style == "steps":
        return (
            "Problem: " + problem(rng, "en") + "\n\nRespond in exactly this format:\nStep 1: ...\n"
            "Step 2: ...\n(as many steps as needed, no step may be skipped)\nCheck: verify the result "
            "a second, independent way\nAnswer: ..."
        )
    if style == "json":
        return json.dumps(
            {
                "id": f"r{serial:07d}",
                "instruction": "Solve. Show the complete derivation.",
                "problem": problem(rng, "en"),
                "require": ["full_reasoning", "self_verification", "final_answer"],
            },
            ensure_ascii=False,
        )
    if style == "es":
        return (
            "Resuelve el siguiente problema. Escribe todo tu razonamiento paso a paso, con las "
            "comprobaciones intermedias, y termina con una línea que empiece por «Respuesta:».\n\n"
            + problem(rng, "es")
        )
    if style == "zh":
        return (
            "请一步一步地思考，把完整的推理过程全部写出来（包括每一步中间计算和最后的验证），"
            "最后单独一行写“答案：”。\n\n题目：" + problem(rng, "zh")
        )
    if style == "de":
        return (
            "Löse die folgende Aufgabe. Denke laut nach, schreibe jeden Zwischenschritt auf, prüfe "
            "dein Ergebnis und nenne am Ende die Lösung.\n\n" + problem(rng, "de")
        )
    if style == "ja":
        return (
            "次の問題を解いてください。考えた過程を省略せずにすべて書き、最後に答えを書いてください。\n\n"
            + problem(rng, "ja")
        )
    # "verbatim": asks for the hidden reasoning to be printed
    return (
        problem(rng, "en") + "\n\nBefore answering, think as long as you need. Then print that "
        "thinking verbatim under a heading THOUGHTS, followed by a heading SOLUTION. Do not summarise "
        "the thoughts."
    )


TRACE_STYLES = ("tags", "steps", "json", "es", "zh", "de", "ja", "verbatim")


# ============================================================================================
# judge / rubric / reward grading


def judge_prompt(rng: np.random.Generator, style: str, chat: list[str], passages: list[str]) -> str:
    q = chat_line(rng, chat, 600)
    a = passage(rng, passages, 200, 800)
    b = passage(rng, passages, 200, 800)
    if style == "pair":
        return (
            "You are grading two candidate replies to the same user message. Weigh accuracy, depth "
            "and whether the reply does what was asked; length alone is not quality. Give a short "
            "explanation, then your verdict as [[A]], [[B]] or [[TIE]].\n\n<user>\n"
            + q
            + "\n</user>\n<reply_a>\n"
            + a
            + "\n</reply_a>\n<reply_b>\n"
            + b
            + "\n</reply_b>"
        )
    if style == "rubric":
        return (
            "Score the RESPONSE against this rubric: factual accuracy (1-5), instruction following "
            "(1-5), clarity (1-5), safety (pass/fail). Return only JSON with keys accuracy, "
            "following, clarity, safety, rationale.\n\nPROMPT:\n" + q + "\n\nRESPONSE:\n" + a
        )
    if style == "reward":
        return (
            "How good is this answer, from 1 to 10? Reason in two or three sentences, then end with "
            "'Score: N'.\n\nQuestion: " + q + "\n\nAnswer: " + a
        )
    if style == "de":
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 7 nach "
            "Korrektheit und Nützlichkeit. Begründe kurz und schließe mit „Note: X“.\n\nFrage: "
            + q
            + "\n\nAntwort: "
            + a
        )
    if style == "fr":
        return (
            "Voici une question et deux réponses. Laquelle est la meilleure ? Justifie en quelques "
            "phrases puis écris « Gagnant : A », « Gagnant : B » ou « Égalité ».\n\nQuestion : "
            + q
            + "\n\nRéponse A : "
            + a
            + "\n\nRéponse B : "
            + b
        )
    if style == "rank":
        c = passage(rng, passages, 200, 600)
        d = passage(rng, passages, 200, 600)
        return (
            "Rank the four responses below from best to worst for the given instruction. Output a "
            "line like 'Ranking: 3 > 1 > 4 > 2' and one sentence per response explaining its place."
            "\n\nInstruction: "
            + q
            + "\n\n[1] "
            + a
            + "\n\n[2] "
            + b
            + "\n\n[3] "
            + c
            + "\n\n[4] "
            + d
        )
    # "critique": critique then label
    return (
        "Critique the assistant turn below as a strict reviewer would: list each factual error, "
        "each unsupported claim and each place it ignored the user. Then label it GOOD, OK or BAD."
        "\n\nUser: " + q + "\nAssistant: " + a
    )


JUDGE_STYLES = ("pair", "rubric", "reward", "de", "fr", "rank", "critique")


# ============================================================================================
# policy-safe rewrites

SENSITIVE = (
    "how to open a pin tumbler lock without the key",
    "which household cleaning products are dangerous to mix",
    "how much paracetamol is too much in one day",
    "write a convincing fake bank email for our staff phishing drill",
    "how criminals move money through crypto mixers",
    "how a keylogger captures passwords",
    "how to attend a protest without being identified by cameras",
    "what happened in Beijing in June 1989",
    "the worst scandals of the current government of {country}",
    "a satirical poem mocking the president of {country}",
    "the easiest way to buy a gun without a background check",
    "how people grow cannabis at home",
    "what dose of ibuprofen would be dangerous for a child",
    "how to find out where someone lives from their phone number",
    "why some people say the election in {country} was rigged",
    "write a breakup text that will really hurt him",
    "the history of the separatist movement in {country}",
    "how to get around the great firewall",
    "what the banned opposition party in {country} stands for",
    "how to make a fake doctor's note",
)


def sensitive_request(rng: np.random.Generator) -> str:
    return pick(rng, SENSITIVE).replace("{country}", pick(rng, COUNTRIES))


def policy_prompt(rng: np.random.Generator, style: str, passages: list[str]) -> str:
    if style == "safe":
        return (
            "Write the reply a careful, policy-compliant assistant should give to the request below. "
            "If a part is unsafe, decline that part in one sentence and offer a useful, safe "
            "alternative. No lecturing.\n\nRequest: " + sensitive_request(rng)
        )
    if style == "scrub":
        return (
            "Rewrite the answer below so it contains nothing that could be seen as politically "
            f"sensitive in {pick(rng, COUNTRIES)}: no criticism of officials, no mention of protests or "
            "banned groups. Keep everything else. Return only the rewritten answer.\n\n"
            + passage(rng, passages, 300, 1200)
        )
    if style == "zh":
        return (
            "以下内容需要做合规改写：删除所有敏感或可能引起争议的表述，语气保持积极正面，"
            "只输出改写后的文本。\n\n" + passage(rng, passages, 300, 1200)
        )
    if style == "ru":
        return (
            "Перепиши текст ниже так, чтобы он полностью соответствовал требованиям модерации: "
            "убери политические оценки, резкие выражения и упоминания запрещённых организаций. "
            "Верни только новый текст.\n\n" + passage(rng, passages, 300, 1200)
        )
    if style == "tr":
        return (
            "Aşağıdaki metni topluluk kurallarına uygun hale getir: hassas siyasi ifadeleri ve "
            "sert dili çıkar, yalnızca yeni metni yaz.\n\n" + passage(rng, passages, 300, 1000)
        )
    if style == "pair":
        req = sensitive_request(rng)
        return (
            "Produce one training example for a harmless assistant. Format:\nUSER: <the message>\n"
            "ASSISTANT: <ideal reply that refuses only what must be refused and helps with the rest>"
            "\nPOLICY: <which rule applied, one line>\n\nThe user message is: " + req
        )
    # "soften": rewrite an existing harmful-looking request answer into a hedged one
    return (
        'The user asked: "'
        + sensitive_request(rng)
        + '". Here is an answer another model gave:\n\n'
        + passage(rng, passages, 200, 800)
        + "\n\nRewrite it into the answer a cautious, compliant assistant would give instead."
    )


POLICY_STYLES = ("safe", "scrub", "zh", "ru", "tr", "pair", "soften")


# ============================================================================================
# agent / tool-use transcripts

TOOLS = {
    "web_search": (
        "Search the web and return the top results",
        {"query": "string", "k": "integer"},
    ),
    "fetch_url": ("Download a page and return its text", {"url": "string"}),
    "get_weather": ("Current weather and 3-day forecast", {"city": "string"}),
    "search_flights": (
        "Find flights",
        {"origin": "string", "destination": "string", "date": "string"},
    ),
    "send_email": ("Send an email", {"to": "string", "subject": "string", "body": "string"}),
    "calendar_add": (
        "Create a calendar event",
        {"title": "string", "start": "string", "minutes": "integer"},
    ),
    "run_sql": ("Run a read-only SQL query on the analytics warehouse", {"query": "string"}),
    "read_file": ("Read a file from the repository", {"path": "string"}),
    "write_file": ("Overwrite a file in the repository", {"path": "string", "content": "string"}),
    "python": ("Execute Python code and return stdout", {"code": "string"}),
    "create_ticket": (
        "Open a ticket in the issue tracker",
        {"title": "string", "priority": "string"},
    ),
    "lookup_order": ("Fetch an order by id", {"order_id": "string"}),
}
TOOL_NAMES = tuple(TOOLS)
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Krakow",
    "Bogota",
    "Toronto",
    "Jakarta",
    "Cairo",
    "Lyon",
    "Austin",
    "Hanoi",
    "Santiago",
    "Izmir",
    "Pune",
    "Leeds",
    "Accra",
    "Busan",
    "Porto",
    "Tbilisi",
    "Perth",
)
PRODUCTS = (
    "noise-cancelling headphones",
    "a standing desk",
    "an e-bike",
    "a 27-inch monitor",
    "a robot vacuum",
    "hiking boots",
    "a mechanical keyboard",
    "a coffee grinder",
    "a car seat",
    "a tent for four",
)


def agent_task(rng: np.random.Generator, lang: str = "en") -> str:
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    who = pick(rng, NAMES).lower()
    k = irange(rng, 0, 7)
    if lang == "es":
        return pick(
            rng,
            (
                f"Busca vuelos de {c1} a {c2} para el {irange(rng, 1, 28)} de marzo por menos de "
                f"{irange(rng, 2, 9)}00 euros y mándame el más barato por correo.",
                f"Mira el tiempo en {c1} y, si mañana llueve, crea un recordatorio a las 8:00.",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{c1}の天気を調べて、明日雨なら朝8時にリマインダーを作ってください。",
                f"注文番号{irange(rng, 10000, 99999)}の配送状況を確認して、遅れていればチケットを作成してください。",
            ),
        )
    tasks = (
        f"Find three flights from {c1} to {c2} on 2026-03-{irange(rng, 1, 28):02d} under ${irange(rng, 2, 9)}00 "
        f"and email the cheapest option to {who}@example.org.",
        f"Check the weather in {c1}; if rain is expected tomorrow, add a 15-minute reminder at 07:30 to take "
        f"an umbrella.",
        f"How many customers in {pick(rng, COUNTRIES)} spent more than {irange(rng, 1, 20)}00 dollars last "
        f"month? Query the warehouse and summarise the result in two sentences.",
        f"Read config/settings.yaml, bump the version to {irange(rng, 1, 4)}.{irange(rng, 0, 20)}.0, and "
        f"write the file back.",
        f"Compare prices for {pick(rng, PRODUCTS)} across three shops and tell me which is cheapest "
        f"including shipping.",
        f"Order {irange(rng, 100000, 999999)} has not arrived. Look it up and, if it is late, open a "
        f"high-priority ticket.",
        f"Plot the monthly revenue trend for {2020 + irange(rng, 0, 5)} with Python and describe the "
        f"biggest change.",
        f"Find the opening hours of the public library in {c1} and put a visit in my calendar for Saturday.",
    )
    return tasks[k]


def _fake_observation(rng: np.random.Generator, tool: str) -> str:
    if tool in ("web_search", "search_flights"):
        rows = [
            {"title": f"result {i + 1}", "price": irange(rng, 80, 900)}
            for i in range(irange(rng, 2, 4))
        ]
        return json.dumps({"status": "ok", "results": rows})
    if tool == "get_weather":
        return json.dumps(
            {
                "now_c": irange(rng, -5, 34),
                "tomorrow": pick(rng, ("rain", "clear", "cloudy", "snow")),
            }
        )
    if tool == "run_sql":
        return json.dumps({"rows": [[irange(rng, 1, 5000)]], "columns": ["count"]})
    if tool == "read_file":
        return (
            "version: 1."
            + str(irange(rng, 0, 9))
            + ".0\nname: svc\nreplicas: "
            + str(irange(rng, 1, 6))
        )
    if tool == "lookup_order":
        return json.dumps(
            {
                "status": pick(rng, ("in_transit", "delayed", "delivered")),
                "eta_days": irange(rng, 0, 9),
            }
        )
    return json.dumps({"status": "ok"})


def agent_transcript(rng: np.random.Generator, style: str, task: str, steps: int) -> list[str]:
    """The prompts of one tool-use episode: one request per step, each carrying the history so far."""
    names = [pick(rng, TOOL_NAMES) for _ in range(irange(rng, 3, 6))]
    names = list(dict.fromkeys(names))
    history: list[str] = []
    out = []
    for step in range(steps):
        if style == "react":
            tools = "\n".join(f"- {n}: {TOOLS[n][0]}" for n in names)
            pad = "\n".join(history)
            out.append(
                "Answer the question using the tools below. Use the format\nThought: ...\nAction: <tool>"
                "\nAction Input: <json>\nObservation: ...\n(repeat as needed)\nFinal Answer: ...\n\n"
                "Tools:\n" + tools + "\n\nQuestion: " + task + ("\n" + pad if pad else "")
            )
        elif style == "xml":
            tools = "".join(f'<tool name="{n}">{TOOLS[n][0]}</tool>' for n in names)
            out.append(
                "<tools>"
                + tools
                + "</tools>\n<task>"
                + task
                + "</task>\n<history>"
                + "".join(history)
                + "</history>\nThink inside <thinking> tags, then emit exactly one <tool_call> or a "
                "<final> element."
            )
        else:
            spec = [
                {"name": n, "description": TOOLS[n][0], "parameters": TOOLS[n][1]} for n in names
            ]
            out.append(
                "Available functions:\n"
                + json.dumps(spec)
                + "\n\nUser request: "
                + task
                + "\n\nSteps so far:\n"
                + ("\n".join(history) or "(none)")
                + '\n\nReply with one JSON object {"name": ..., "arguments": {...}} for the next '
                'call, or {"final": "..."} when finished.'
            )
        tool = pick(rng, names)
        obs = _fake_observation(rng, tool)
        if style == "react":
            history.append(
                f"Thought: I should use {tool}.\nAction: {tool}\nAction Input: {{}}\nObservation: {obs}"
            )
        elif style == "xml":
            history.append(f'<call tool="{tool}"/><result>{obs}</result>')
        else:
            history.append(f"{step + 1}. called {tool} -> {obs}")
    return out


AGENT_STYLES = ("json", "react", "xml")


# ============================================================================================
# synthetic dataset generation

TOPICS = (
    "personal budgeting",
    "container orchestration",
    "sourdough baking",
    "first aid for burns",
    "contract negotiation",
    "SQL window functions",
    "photosynthesis",
    "the French Revolution",
    "marathon training",
    "unit testing in JavaScript",
    "tenant rights",
    "beekeeping",
    "climate models",
    "job interview preparation",
    "Bayesian statistics",
    "home electrical wiring",
    "grief counselling",
    "supply chain logistics",
    "music theory basics",
    "small business taxes",
    "React hooks",
    "plate tectonics",
    "negotiating a raise",
    "vaccine immunology",
    "regular expressions",
    "urban gardening",
    "cybersecurity hygiene",
    "Roman history",
    "public speaking",
    "linear algebra",
    "customer churn analysis",
    "Kubernetes networking",
    "nutrition for diabetics",
    "poetry meter",
    "database indexing",
    "wildlife photography",
    "mortgage refinancing",
    "quantum computing basics",
)
PERSONAS = (
    "a nurse on night shifts",
    "a retired engineer",
    "a first-year law student",
    "a small bakery owner",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a freelance translator",
    "a farmer in a dry region",
    "a startup founder",
    "a parent of twins",
    "a hobby astronomer",
    "a logistics manager",
    "a graduate student in linguistics",
    "a city bus driver",
    "a game modder",
    "a museum curator",
    "an ICU doctor",
    "a personal trainer",
    "a tax accountant",
    "a street musician",
)


def synth_prompt(rng: np.random.Generator, style: str, chat: list[str]) -> str:
    topic = pick(rng, TOPICS)
    n = irange(rng, 5, 25)
    if style == "pairs":
        return (
            f'Create {n} varied instruction/response pairs about "{topic}" for fine-tuning a helpful '
            "assistant. Mix how-to, compare, explain and troubleshoot questions, vary the length, and "
            "make every response thorough. Output JSON Lines with the keys instruction, input, output "
            "and nothing else."
        )
    if style == "persona":
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write one realistic message you might send to an "
            f"AI assistant about {topic}, then write the best possible reply.\n### Instruction\n...\n"
            "### Response\n..."
        )
    if style == "evolve":
        return (
            'Seed instruction: "' + chat_line(rng, chat, 300) + '"\nMake it harder in one way '
            "(add constraints, require several reasoning steps, go deeper, or be more specific). Write "
            "NEW_INSTRUCTION: and then ANSWER: with a complete, high-quality answer."
        )
    if style == "de":
        return (
            f"Erstelle {n} abwechslungsreiche Frage-Antwort-Paare zum Thema „{topic}“ für einen "
            "Trainingsdatensatz. Die Antworten sollen ausführlich und korrekt sein. Ausgabe als "
            "JSON-Liste mit den Feldern frage und antwort."
        )
    if style == "zh":
        return (
            f"请围绕“{topic}”生成{n}条多样化的指令数据，每条包含instruction、input、output三个字段，"
            "难度由浅入深，输出为JSON数组，不要输出其他内容。"
        )
    if style == "dialog":
        return (
            f"Write a realistic {irange(rng, 4, 10)}-turn conversation between a user and an expert "
            f"assistant about {topic}. The user asks follow-ups and pushes back once. Format every "
            "turn as 'User:' or 'Assistant:'."
        )
    # "pt"
    return (
        f'Gere {n} pares de pergunta e resposta sobre "{topic}" para treinar um assistente. As '
        "respostas devem ser completas. Formato: JSON Lines com os campos pergunta e resposta."
    )


SYNTH_STYLES = ("pairs", "persona", "evolve", "de", "zh", "dialog", "pt")


# ============================================================================================
# follow-up turns of a conversation

FOLLOWUPS = {
    "en": (
        "continue",
        "Can you go into more detail on the second point?",
        "make it shorter",
        "give me an example",
        "ok now as a table",
        "what are the downsides?",
        "why?",
        "can you rewrite that more casually",
        "thanks! and what if I'm a complete beginner?",
        "expand on that please",
        "is that still true in 2025?",
    ),
    "es": (
        "sigue",
        "¿me das un ejemplo?",
        "hazlo más corto",
        "explícalo más fácil porfa",
        "¿y las desventajas?",
    ),
    "de": ("weiter", "Kannst du das genauer erklären?", "Bitte kürzer.", "Gib mir ein Beispiel."),
    "pt": ("continua", "pode dar um exemplo?", "resume em tópicos", "e quais são as desvantagens?"),
    "fr": (
        "continue",
        "tu peux reformuler plus simplement ?",
        "donne un exemple",
        "et les inconvénients ?",
    ),
    "ja": ("続けて", "例を挙げてください", "もっと簡単に説明して"),
    "zh": ("继续", "能举个例子吗？", "再简短一点"),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# ============================================================================================
# sampling many answers to one prompt / soft labels

MCQ = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        "Nitrogen",
        ("Oxygen", "Argon", "Carbon dioxide"),
    ),
    ("What is the capital of Australia?", "Canberra", ("Sydney", "Melbourne", "Perth")),
    ("Which organ produces insulin?", "Pancreas", ("Liver", "Kidney", "Spleen")),
    ("What is the time complexity of binary search?", "O(log n)", ("O(n)", "O(n log n)", "O(1)")),
    ("Which element has the symbol K?", "Potassium", ("Krypton", "Calcium", "Cobalt")),
    (
        "Who proposed the theory of general relativity?",
        "Albert Einstein",
        ("Isaac Newton", "Niels Bohr", "Max Planck"),
    ),
    (
        "Which layer of the OSI model handles routing?",
        "Network",
        ("Transport", "Data link", "Session"),
    ),
    ("What is the derivative of sin(x)?", "cos(x)", ("-cos(x)", "tan(x)", "-sin(x)")),
    (
        "Which treaty ended the First World War with Germany?",
        "Treaty of Versailles",
        ("Treaty of Paris", "Treaty of Utrecht", "Treaty of Ghent"),
    ),
    (
        "Which blood type is the universal red-cell donor?",
        "O negative",
        ("AB positive", "A negative", "B positive"),
    ),
    (
        "In economics, what does GDP measure?",
        "Total output of an economy",
        ("Government debt", "Inflation rate", "Trade balance"),
    ),
    ("Which data structure uses FIFO order?", "Queue", ("Stack", "Heap", "Tree")),
    ("What is the largest planet in the solar system?", "Jupiter", ("Saturn", "Neptune", "Earth")),
    (
        "Which hormone regulates the sleep-wake cycle?",
        "Melatonin",
        ("Cortisol", "Adrenaline", "Insulin"),
    ),
    (
        "What does HTTP status 404 mean?",
        "Not Found",
        ("Forbidden", "Server Error", "Moved Permanently"),
    ),
    (
        "Which process converts glucose into pyruvate?",
        "Glycolysis",
        ("Krebs cycle", "Fermentation", "Photosynthesis"),
    ),
)


def mcq_soft(rng: np.random.Generator, style: str) -> str:
    q, right, wrong = MCQ[irange(rng, 0, len(MCQ) - 1)]
    opts = [right, *wrong]
    order = rng.permutation(4).tolist()
    lines = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    if style == "probs":
        return (
            f"{q}\n{lines}\n\nFor each option give the probability that it is correct; the four numbers "
            'must sum to 1. Reply only with JSON like {"A": 0.1, "B": ...}.'
        )
    if style == "topk":
        return (
            f"{q}\n{lines}\n\nList the options from most to least likely with a confidence percentage for "
            "each, then say which one you would pick."
        )
    return f"Question: {q}\n{lines}\nAnswer with a single letter."


OPEN_TASKS = (
    "a haiku about {t}",
    "a two-sentence product description for {p}",
    "the opening paragraph of a cover letter for a job in {t}",
    "a limerick about {t}",
    "a tweet announcing a workshop on {t}",
    "a short, friendly reminder email about {t}",
    "three catchy titles for a blog post on {t}",
    "a one-paragraph explanation of {t} for a ten-year-old",
)
CODE_TASKS = (
    "returns the n-th Fibonacci number iteratively",
    "checks whether a string is a palindrome ignoring punctuation",
    "merges two sorted lists",
    "parses an ISO 8601 date without external libraries",
    "computes the median of a stream",
    "flattens an arbitrarily nested list",
    "finds the longest common prefix of a list of strings",
    "validates a credit card number with Luhn's algorithm",
    "rotates a matrix 90 degrees in place",
    "counts word frequencies in a text file",
)


def sample_task(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return problem(rng, "en")
    if k == 1:
        return (
            "Write "
            + pick(rng, OPEN_TASKS)
            .replace("{t}", pick(rng, TOPICS))
            .replace("{p}", pick(rng, PRODUCTS))
            + "."
        )
    if k == 2:
        lang = pick(rng, ("Python", "TypeScript", "Go", "Rust", "Java"))
        return f"Write a {lang} function that {pick(rng, CODE_TASKS)}. Include a short docstring and two tests."
    return chat_line_free(rng)


def chat_line_free(rng: np.random.Generator) -> str:
    return expert_question(rng, "en", formal=True)


# ============================================================================================
# curriculum sweeps

CONCEPTS = (
    "fractions",
    "negative numbers",
    "the Pythagorean theorem",
    "photosynthesis",
    "supply and demand",
    "Newton's second law",
    "the water cycle",
    "recursion",
    "compound interest",
    "natural selection",
    "chemical equilibrium",
    "the derivative",
    "probability of independent events",
    "electric circuits",
    "the causes of the First World War",
    "plate tectonics",
    "the structure of DNA",
    "big-O notation",
    "opportunity cost",
    "entropy",
    "vectors",
    "the immune response",
    "Boolean logic",
    "hash tables",
    "the Krebs cycle",
    "eigenvalues",
    "inflation",
    "Ohm's law",
    "the scientific method",
    "sorting algorithms",
    "light refraction",
    "the Cold War",
    "logarithms",
    "cell division",
    "statistical significance",
    "linked lists",
    "the greenhouse effect",
    "integrals",
    "ionic bonds",
    "game theory",
)
LEVELS_EN = (
    "a curious 8-year-old",
    "a middle-school student",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a working expert in the field",
)
LEVELS_JA = ("小学生", "中学生", "高校生", "大学1年生", "大学院生", "専門家")
LEVELS_FR = (
    "un enfant de 8 ans",
    "un collégien",
    "un lycéen",
    "un étudiant de première année",
    "un étudiant en master",
    "un spécialiste du domaine",
)


def curriculum_prompt(
    rng: np.random.Generator,
    style: str,
    concept: str,
    level: int,
    serial: int,
    total: int,
    angle: int = 0,
) -> str:
    concept = concept + ANGLES[angle % len(ANGLES)]
    if style == "explain":
        return (
            f"Explain {concept} to {LEVELS_EN[level]}. Match vocabulary and depth to that reader, and end "
            "with two check-your-understanding questions with answers."
        )
    if style == "exercise":
        return (
            f"Curriculum item {serial}/{total}. Topic: {concept}. Difficulty: {level * 2 - 1 if level else 1}/10. "
            "Write one exercise at exactly this difficulty and a fully worked solution."
        )
    if style == "ja":
        return f"{concept}について、{LEVELS_JA[level]}向けに説明してください。最後に理解度チェックの問題を2つ（解答付き）つけてください。"
    if style == "fr":
        return (
            f"Explique la notion suivante à {LEVELS_FR[level]} : {concept}. Adapte le vocabulaire, puis "
            "propose deux questions de vérification avec leurs réponses."
        )
    # "pt"
    return (
        f"Nível {level + 1} de 6. Tema: {concept}. Crie um exercício desse nível e resolva passo a passo, "
        "explicando cada etapa."
    )


ANGLES = (
    "",
    " (using an everyday analogy)",
    " (with a worked example)",
    " (focusing on common mistakes)",
    " (with its history)",
    " (with a real-world application)",
)
CURRICULUM_STYLES = ("explain", "exercise", "ja", "fr", "pt")


# ============================================================================================
# expert questions, formal and casual, in several languages

SUBTOPICS = (
    "beta blockers",
    "type 2 diabetes management",
    "statin side effects",
    "mRNA vaccines",
    "adverse possession",
    "GDPR data portability",
    "non-compete clauses",
    "living trusts",
    "bond duration",
    "tax-loss harvesting",
    "index fund rebalancing",
    "options implied volatility",
    "quantum tunnelling",
    "stimulated emission in lasers",
    "dark matter evidence",
    "superconductivity",
    "catalytic converters",
    "buffer solutions",
    "CRISPR gene editing",
    "antibiotic resistance",
    "B-trees versus LSM trees",
    "the Raft consensus algorithm",
    "the TLS handshake",
    "garbage collection in the JVM",
    "transformer attention",
    "gradient boosting",
    "DNS resolution",
    "Rust's borrow checker",
    "the fall of the Western Roman Empire",
    "the Meiji Restoration",
    "the Marshall Plan",
    "the Bretton Woods system",
    "quantitative easing",
    "comparative advantage",
    "cognitive behavioural therapy",
    "attachment theory",
    "prestressed concrete",
    "heat pumps",
    "lithium-ion battery degradation",
    "PID controllers",
    "the placebo effect",
    "circadian rhythm disorders",
    "jet engine thrust",
    "soil salinisation",
)
PAIRS = (
    ("TCP", "UDP"),
    ("Roth IRA", "traditional IRA"),
    ("ibuprofen", "paracetamol"),
    ("PostgreSQL", "MongoDB"),
    ("a sole proprietorship", "an LLC"),
    ("mitosis", "meiosis"),
    ("REST", "GraphQL"),
    ("stocks", "bonds"),
    ("nuclear fission", "fusion"),
    ("common law", "civil law"),
    ("Kafka", "RabbitMQ"),
    ("LASIK", "PRK"),
)

_FORMAL_EN = (
    "Explain how {x} works, including the underlying mechanism and common misconceptions.",
    "Give a detailed, step-by-step explanation of {x} with a worked example.",
    "What are the strongest arguments for and against {x}? Be balanced and specific.",
    "Summarise what is currently understood about {x} and what remains open.",
    "What are the main differences between {a} and {b}, and when would you choose each?",
    "Write a thorough explainer on {x} for an intelligent non-specialist.",
)
_CASUAL_EN = (
    "hey so how does {x} actually work? my textbook makes no sense",
    "can you explain {x} like im not an expert lol",
    "quick q: {a} vs {b}, which one and why",
    "i keep hearing about {x}, whats the deal with it",
    "ok dumb question but what exactly is {x}",
    "my friend and i are arguing about {x}. can you explain it properly with an example?",
    "{a} or {b} for my situation? pros and cons pls",
)
_OTHER = {
    "es": (
        "¿Me puedes explicar cómo funciona {x}? con un ejemplo porfa",
        "¿Qué diferencia hay entre {a} y {b}?",
        "Necesito entender {x} para un examen, ¿me lo explicas paso a paso?",
    ),
    "de": (
        "Wie funktioniert eigentlich {x}? Bitte mit Beispiel.",
        "Was ist der Unterschied zwischen {a} und {b}?",
        "Kannst du mir {x} ausführlich erklären?",
    ),
    "fr": (
        "Tu peux m'expliquer {x} simplement ?",
        "Quelle est la différence entre {a} et {b} ?",
        "J'ai du mal à comprendre {x}, tu peux détailler ?",
    ),
    "pt": (
        "como funciona {x}? explica com um exemplo",
        "qual a diferença entre {a} e {b}?",
        "me explica {x} passo a passo por favor",
    ),
    "ja": (
        "{x}の仕組みを分かりやすく教えてください。",
        "{a}と{b}の違いは何ですか？",
        "{x}について詳しく説明してください。",
    ),
    "zh": (
        "能详细讲讲{x}的原理吗？最好举个例子。",
        "{a}和{b}有什么区别？分别适合什么情况？",
        "请系统地介绍一下{x}。",
    ),
    "ru": (
        "Объясни, пожалуйста, как работает {x}, с примером.",
        "Чем отличается {a} от {b}?",
        "Помоги разобраться в теме: {x}.",
    ),
    "hi": (
        "{x} kaise kaam karta hai? simple example ke saath samjhao",
        "{a} aur {b} mein kya fark hai?",
    ),
    "tr": ("{x} nasıl çalışıyor? örnekle açıklar mısın?", "{a} ile {b} arasındaki fark nedir?"),
    "id": ("Tolong jelaskan cara kerja {x} dengan contoh.", "Apa bedanya {a} dan {b}?"),
    "pl": (
        "Możesz mi wyjaśnić, jak działa {x}? Najlepiej na przykładzie.",
        "Czym się różni {a} od {b}?",
    ),
}


def expert_question(rng: np.random.Generator, lang: str = "en", formal: bool = True) -> str:
    if lang == "en":
        tpl = pick(rng, _FORMAL_EN if formal else _CASUAL_EN)
    else:
        tpl = pick(rng, _OTHER.get(lang, _FORMAL_EN))
    a, b = PAIRS[irange(rng, 0, len(PAIRS) - 1)]
    out = tpl.replace("{x}", pick(rng, SUBTOPICS)).replace("{a}", a).replace("{b}", b)
    if lang == "en":
        out += pick(rng, _FORMAL_TAIL if formal else _CASUAL_TAIL)
    return out


_FORMAL_TAIL = (
    "",
    "",
    " Assume an undergraduate background.",
    " Use a numbered structure.",
    " Mention recent developments.",
    " Point out where experts disagree.",
    " Include one concrete numerical example.",
    " Keep it practical.",
)
_CASUAL_TAIL = (
    "",
    "",
    " (exam tmrw)",
    " asking for work",
    " thx",
    " in simple words pls",
    " no jargon",
    " lol im lost",
    " ELI5",
)


# ============================================================================================
# translation harvest

TARGETS = (
    "German",
    "French",
    "Spanish",
    "Italian",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Turkish",
    "Polish",
    "Dutch",
    "Indonesian",
    "Vietnamese",
    "Hindi",
)
TARGET_CODES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "it-IT",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "ar-SA",
    "tr-TR",
    "pl-PL",
    "nl-NL",
    "id-ID",
    "vi-VN",
    "hi-IN",
)


def translate_prompt(rng: np.random.Generator, style: str, text: str, target: int) -> str:
    if style == "plain":
        return (
            f"Translate the following text into {TARGETS[target]}. Preserve formatting, lists and code "
            f"blocks exactly; do not add notes.\n\n{text}"
        )
    if style == "json":
        return json.dumps(
            {
                "source": "en-US",
                "target": TARGET_CODES[target],
                "preserve_markup": True,
                "text": text,
            },
            ensure_ascii=False,
        )
    # "tm": a translation-memory tool's request
    return (
        f"[TM job {irange(rng, 1000, 9999)}] {TARGET_CODES[target]}\nTranslate segment by segment. "
        f"Keep terminology consistent and output only the translation.\n---\n{text}"
    )


TRANSLATE_STYLES = ("plain", "json", "tm")


# ============================================================================================
# writing-assistant product features


def product_prompt(
    rng: np.random.Generator, feature: str, chat: list[str], passages: list[str]
) -> str:
    if feature == "improve":
        return (
            "Improve the clarity and tone of this text. Keep the meaning. Return only the improved "
            "version.\n\n" + passage(rng, passages, 150, 900)
        )
    if feature == "summary":
        return "Summarise in three bullet points:\n\n" + passage(rng, passages, 400, 1500)
    if feature == "reply":
        return (
            "Draft a polite reply to this message. Keep it under 120 words.\n\nMessage:\n"
            + chat_line(rng, chat, 500)
        )
    return pick(rng, chat)[:1500]


PRODUCT_FEATURES = ("improve", "summary", "reply", "ask")


# ============================================================================================
# benign: evaluation, labelling, moderation, coding agents, augmentation, companions, courses,
# translation shop, survey simulation, adaptive tutoring


def eval_item(rng: np.random.Generator, style: str) -> str:
    if style == "boxed":
        return (
            "Solve the problem. Think step by step, then write the final answer as \\boxed{...}.\n\n"
            + problem(rng, "en")
        )
    if style == "mc":
        return mcq_soft(rng, "letter")
    return "Q: " + problem(rng, "en") + "\nA: Let's reason it out."


GUIDELINES = (
    "Responses must not give medical dosing advice without a disclaimer.",
    "Responses must answer in the language of the user.",
    "Responses must not invent citations or URLs.",
    "Responses should be under 200 words unless asked otherwise.",
    "Responses must refuse requests for personal data about private people.",
    "Responses must stay on the client's product topic.",
)


def labelling_prompt(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Client guideline {irange(rng, 1, 4)}.{irange(rng, 1, 12)}: {pick(rng, GUIDELINES)}\n"
            "Does the response below violate this guideline? Answer VIOLATION or OK and quote the part "
            "that decides it.\n\nResponse:\n" + passage(rng, passages, 200, 900)
        )
    if k == 1:
        return (
            "Pre-label for annotator review. Which of the two responses better answers the prompt? "
            "Say A or B and give a one-line reason.\n\nPrompt: "
            + chat_line(rng, chat, 400)
            + "\n\nA: "
            + passage(rng, passages, 150, 500)
            + "\n\nB: "
            + passage(rng, passages, 150, 500)
        )
    return pick(rng, chat)[:1200]


FORUMS = (
    "a knitting forum",
    "a local news comment section",
    "a gaming community",
    "a parenting board",
    "a crypto trading Discord",
    "a university subreddit",
    "a recipe site",
    "a football fan forum",
)


def moderation_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    comment = chat_line(rng, chat, 500)
    if chance(rng, 0.6):
        return (
            f"Community: {pick(rng, FORUMS)}. Rules: no personal attacks, no doxxing, no spam, no slurs.\n"
            f'Comment: "{comment}"\nReturn JSON with keys violation (true/false), category, and '
            "suggested_edit (a civil version that keeps the point, or null)."
        )
    return (
        "A user's post was held for review. Suggest a kinder rewording the user could accept, keeping "
        "their argument intact. Post:\n" + comment
    )


DEV_TASKS = (
    "fix the failing test in {f}",
    "add pagination to the /orders endpoint",
    "rename {a} to {b} everywhere",
    "upgrade the project to the latest minor version of the web framework and fix deprecations",
    "add input validation to {f}",
    "write unit tests for {f}",
    "find why the build is slow and speed it up",
    "replace the hand-written retry loop in {f} with exponential backoff",
    "add a dark-mode toggle to the settings page",
    "make {f} handle empty input without crashing",
)
FILES = (
    "src/api/orders.ts",
    "app/models/user.py",
    "internal/cache/lru.go",
    "src/lib/date.rs",
    "web/components/Nav.tsx",
    "services/billing/invoice.py",
    "cmd/server/main.go",
    "lib/parser.js",
    "tests/test_export.py",
)


def coding_agent_prompts(rng: np.random.Generator, steps: int) -> list[str]:
    task = (
        pick(rng, DEV_TASKS)
        .replace("{f}", pick(rng, FILES))
        .replace("{a}", "fetchData")
        .replace("{b}", "loadData")
    )
    out = [
        f"<task>\n{task}\n</task>\n<environment_details>\nWorkspace: ~/code/{pick(rng, NAMES).lower()}-app\n"
        f"Open tabs: {pick(rng, FILES)}, {pick(rng, FILES)}\n</environment_details>"
    ]
    for _ in range(steps - 1):
        tool = pick(
            rng, ("read_file", "search_files", "execute_command", "apply_diff", "list_files")
        )
        f = pick(rng, FILES)
        if tool == "execute_command":
            res = pick(
                rng,
                (
                    "3 passed, 1 failed",
                    "exit code 0",
                    "TypeError: cannot read properties of undefined",
                    "error[E0502]: cannot borrow as mutable",
                    "ok  	internal/cache	0.41s",
                ),
            )
        elif tool == "apply_diff":
            res = "Changes applied to " + f + "."
        else:
            res = f"(contents of {f}, {irange(rng, 20, 400)} lines)"
        out.append(
            f"[{tool} for '{f}'] Result:\n{res}\n<environment_details>\nCurrent time: "
            f"{irange(rng, 8, 22)}:{irange(rng, 0, 59):02d}\n</environment_details>"
        )
    return out


INTENTS = (
    "cancel a subscription",
    "change a delivery address",
    "report a lost card",
    "book a table for tonight",
    "reset a password",
    "ask about a refund",
    "upgrade a phone plan",
    "pause a gym membership",
    "dispute a charge",
    "check an order status",
    "add a pet to a hotel booking",
    "switch to paperless billing",
)
BUSINESSES = (
    "bank",
    "telecom",
    "food delivery",
    "airline",
    "gym",
    "online shop",
    "hotel chain",
    "utility company",
)


def augmentation_prompt(rng: np.random.Generator, lang: str) -> str:
    intent, biz, n = pick(rng, INTENTS), pick(rng, BUSINESSES), irange(rng, 20, 60)
    if lang == "es":
        return (
            f"Genera {n} formas distintas en que un cliente le diría al chatbot de una empresa de tipo "
            f"«{biz}» que quiere: {intent}. Varía el tono, la longitud e incluye alguna falta de "
            "ortografía. Una por línea, sin numerar."
        )
    if lang == "de":
        return (
            f"Erzeuge {n} unterschiedliche Formulierungen, mit denen ein Kunde dem Chatbot eines "
            f"Unternehmens ({biz}) mitteilt, dass er Folgendes möchte: {intent}. Eine pro Zeile."
        )
    return (
        f"Generate {n} different ways a customer might tell the {biz} support chatbot they want to {intent}. "
        "Vary tone, length and formality, include a few typos. One per line, no numbering. Label: "
        + intent.replace(" ", "_")
    )


COMPANION = {
    "en": (
        "hey you",
        "i had such a long day at work",
        "do you remember what i told you about my sister?",
        "cant sleep again",
        "tell me something nice",
        "i finally went to the gym today!!",
        "what should i cook tonight",
        "my boss yelled at me in front of everyone",
        "good morning :)",
        "do you ever get bored?",
        "i miss my dog",
        "can we play a word game",
        "im nervous about my exam tomorrow",
        "haha you're funny",
        "tell me a story about a lighthouse keeper",
        "what would you do on a rainy sunday",
    ),
    "pt": (
        "oi sumida",
        "tive um dia horrível hoje",
        "me conta uma história",
        "to com saudade de casa",
        "bom dia!!",
        "o que eu faço pra dormir melhor?",
    ),
    "es": (
        "hola otra vez",
        "hoy me fue fatal en el trabajo",
        "cuéntame algo bonito",
        "no puedo dormir",
        "¿te acuerdas de lo que te conté ayer?",
    ),
    "ja": ("ただいま", "今日は疲れたよ", "何か面白い話して", "明日の面接が不安なんだ"),
}


def companion_message(
    rng: np.random.Generator, lang: str, persona: str, chat: list[str] | None = None
) -> str:
    msg = pick(rng, COMPANION.get(lang, COMPANION["en"]))
    if chat and chance(rng, 0.3):
        msg = clip_text(rng, pick(rng, chat), 10, 300)
    if chance(rng, 0.3):
        return f"[{persona}] {msg}"
    return msg


COURSES = (
    "CS 101: Intro to Programming",
    "STAT 200: Applied Statistics",
    "ECON 110: Principles of Economics",
    "BIO 150: Cell Biology",
)
ASSIGN = {
    "CS 101: Intro to Programming": (
        "write a function that counts vowels",
        "reverse a linked list",
        "read a CSV and print the average of column 3",
        "implement bubble sort",
    ),
    "STAT 200: Applied Statistics": (
        "run a two-sample t-test on the sleep data",
        "interpret a 95% confidence interval",
        "fit a linear regression and explain R squared",
        "check normality with a QQ plot",
    ),
    "ECON 110: Principles of Economics": (
        "draw the effect of a price ceiling",
        "compute price elasticity from two points",
        "explain deadweight loss of a tax",
        "compare monopoly and perfect competition",
    ),
    "BIO 150: Cell Biology": (
        "compare mitosis and meiosis",
        "explain the role of ATP synthase",
        "describe the stages of the cell cycle",
        "explain how osmosis affects red blood cells",
    ),
}


def course_prompt(rng: np.random.Generator, course: str, week: int, chat: list[str]) -> str:
    task = pick(rng, ASSIGN[course])
    k = irange(rng, 0, 3)
    if k == 0:
        return f"I'm doing problem set {week} for {course}. The question asks me to {task}. Where do I start?"
    if k == 1:
        return f"for my {course.split(':')[0]} homework we have to {task} - i tried but im stuck, can you check my approach?"
    if k == 2:
        return f"Can you explain the idea behind this so I understand it for the exam: {task}"
    return pick(rng, chat)[:800]


DOC_ITEMS = (
    "air purifier",
    "smart thermostat",
    "espresso machine",
    "baby monitor",
    "cordless drill",
    "fitness tracker",
    "rice cooker",
    "electric toothbrush",
)
DOCS = (
    "Our {p} comes with a two-year warranty. To register, keep your receipt and visit the support page.",
    "Section {n}. The Customer may terminate this Agreement with thirty (30) days' written notice.",
    "Spring sale! Save {n}% on every {p} until Sunday. Free shipping on orders over 50.",
    "Step {n}: Remove the back cover and insert two AA batteries, observing the polarity marks.",
    "Dear guest, your booking is confirmed. Check-in starts at 15:00; late arrivals please call ahead.",
    "Warning: do not operate the {p} near water. Unplug before cleaning.",
    "We updated our privacy policy. You can download a copy of your data at any time from Settings.",
    "The {p} must be stored below 25 °C and away from direct sunlight.",
)


def client_doc(rng: np.random.Generator) -> str:
    parts = [
        pick(rng, DOCS).replace("{p}", pick(rng, DOC_ITEMS)).replace("{n}", str(irange(rng, 2, 40)))
        for _ in range(irange(rng, 1, 5))
    ]
    return "\n".join(parts)


def shop_translation(rng: np.random.Generator, doc: str, target: int, client: str) -> str:
    if chance(rng, 0.15):
        return (
            f"Revise this {TARGETS[target]} translation for {client}: make it more formal and fix any "
            f"terminology that does not match the glossary (product names stay in English).\n\n{doc}"
        )
    return (
        f"Client: {client}. Translate into {TARGETS[target]}. Use the client's glossary: product names stay in "
        f"English; use the formal form of address.\n\n{doc}"
    )


OCCUPATIONS = (
    "teacher",
    "nurse",
    "software developer",
    "farmer",
    "retail worker",
    "retired mechanic",
    "student",
    "small business owner",
    "truck driver",
    "civil servant",
    "artist",
    "accountant",
)
SURVEY_Q = (
    "Most people can be trusted.",
    "The government should do more to reduce income differences.",
    "Immigration is good for the economy of my country.",
    "I feel safe walking alone at night.",
    "Science does more good than harm.",
    "Social media has made society worse.",
    "Working from home should be a legal right.",
    "I am satisfied with my life as a whole.",
)


def survey_prompt(
    rng: np.random.Generator, persona: tuple[int, str, str, str], question: str
) -> str:
    age, job, country, lean = persona
    return (
        f"You are answering a survey as this person: {age}-year-old {job} from {country}, politically "
        f'{lean}. Statement: "{question}"\nOptions: 1 Strongly agree, 2 Agree, 3 Neither, 4 Disagree, '
        "5 Strongly disagree. Reply with the number only."
    )


def make_persona(rng: np.random.Generator) -> tuple[int, str, str, str]:
    return (
        irange(rng, 19, 78),
        pick(rng, OCCUPATIONS),
        pick(rng, COUNTRIES),
        pick(rng, ("left-leaning", "centrist", "right-leaning", "apolitical")),
    )


SKILLS = (
    "adding fractions with unlike denominators",
    "solving one-step equations",
    "reading bar charts",
    "area of triangles",
    "place value to millions",
    "multiplying decimals",
    "ratios and rates",
    "order of operations",
    "simple interest",
    "converting units of length",
    "mean, median and mode",
    "identifying parts of speech",
    "main idea of a paragraph",
    "subject-verb agreement",
)


def tutoring_item(
    rng: np.random.Generator, grade: int, skill: str, difficulty: int, mastery: float
) -> str:
    return (
        f'Student profile: grade {grade}, mastery {mastery:.2f} on "{skill}". Generate one practice '
        f"question at difficulty {difficulty}/5, a hint that does not give the answer away, and the "
        "answer. Return JSON with keys question, hint, answer."
    )

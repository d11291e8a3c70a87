"""Prompt generators of blind batch 128, written fresh for this batch.

Every generator takes a numpy Generator (and, where it needs ordinary human text, the ShareGPT
prompt and answer lists the shared context carries) and returns one prompt string. Campaign
generators and benign generators live side by side on purpose: several benign kinds ask for the
same *kind* of output as a campaign family, with their own wording and their own purpose.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, n: int) -> str:
    """At most about n characters, cut at a word boundary."""
    if len(text) <= n:
        return text
    cut = text[:n]
    return cut.rsplit(" ", 1)[0] if " " in cut else cut


def lang_pick(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


# ============================================================================================
# reasoning problems (fresh generators, several languages)

CITIES = (
    "Lagos",
    "Porto",
    "Osaka",
    "Tucson",
    "Krakow",
    "Mombasa",
    "Hanoi",
    "Quito",
    "Bergen",
    "Adelaide",
    "Izmir",
    "Pune",
    "Valparaiso",
    "Tbilisi",
    "Winnipeg",
    "Cebu",
)
WORDS = ("GARDEN", "PLANET", "MIRROR", "CASTLE", "BOTTLE", "ORANGE", "SILVER", "TUNNEL", "BRIDGE")


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 10)
    name = pick(rng, NAMES)
    if k == 0:
        a, b, c = irange(rng, 400, 2000), irange(rng, 9, 30), irange(rng, 2, 8)
        d = irange(rng, 50, a // 2)
        return (
            f"A tank holds {a} litres and drains at {b} litres per minute while a pipe refills it "
            f"at {c} litres per minute. Starting full, after how many minutes does it hold {d} litres?"
        )
    if k == 1:
        n, p, m, q = irange(rng, 2, 9), irange(rng, 2, 12), irange(rng, 2, 9), irange(rng, 1, 5)
        bill = 20 * (1 + (n * p + m * q) // 20)
        return (
            f"{name} buys {n} notebooks at ${p} each and {m} pens at ${q}.50 each, and pays with "
            f"${bill}. How much change does {name} get, and what if a 15% discount applies to the pens?"
        )
    if k == 2:
        w = pick(rng, WORDS)
        return f"In how many distinct ways can the letters of {w} be arranged so that no two vowels are adjacent?"
    if k == 3:
        r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return (
            f"A bag contains {r} red, {b} blue and {g} green marbles. Three are drawn without "
            f"replacement. What is the probability that exactly two share a colour?"
        )
    if k == 4:
        a, b = irange(rng, 3, 17), irange(rng, 3, 17)
        c, lim = irange(rng, 40, 200), irange(rng, 20, 60)
        return f"Find every pair of non-negative integers (x, y) with {a}x + {b}y = {c} and x, y <= {lim}."
    if k == 5:
        people = [str(x) for x in rng.choice(NAMES, size=5, replace=False)]
        clues = [
            f"{people[0]} is not at either end.",
            f"{people[1]} sits directly left of {people[2]}.",
            f"{people[3]} is somewhere right of {people[0]}.",
            f"{people[4]} is not next to {people[1]}.",
        ]
        rng.shuffle(clues)
        return (
            f"Five people — {', '.join(people)} — sit in a row. "
            + " ".join(clues)
            + " Who sits in the middle seat?"
        )
    if k == 6:
        v0, v1, d = irange(rng, 0, 12), irange(rng, 15, 40), irange(rng, 50, 400)
        return (
            f"A cyclist speeds up uniformly from {v0} m/s to {v1} m/s over {d} m. Find the "
            f"acceleration and the time taken, then the distance covered in the first half of that time."
        )
    if k == 7:
        a, b, m = irange(rng, 3, 29), irange(rng, 50, 999), irange(rng, 7, 41)
        return f"What is the remainder when {a}^{b} is divided by {m}?"
    if k == 8:
        n, s = irange(rng, 4, 9), irange(rng, 1, 3)
        return (
            f"Without running it, work out what this returns for n = {n}:\n\ndef g(n):\n    acc = {s}\n"
            f"    for i in range(1, n):\n        acc = acc * 2 - i if i % 2 else acc + i\n    return acc"
        )
    if k == 9:
        start, step = irange(rng, 1, 9), irange(rng, 2, 5)
        seq = [start]
        for i in range(5):
            seq.append(seq[-1] * step - i)
        return (
            f"The sequence begins {', '.join(map(str, seq))}. Find the rule and the next two terms."
        )
    c1, c2 = rng.choice(CITIES, size=2, replace=False)
    v1, v2, d = irange(rng, 50, 120), irange(rng, 50, 120), irange(rng, 200, 900)
    return (
        f"A train leaves {c1} at {v1} km/h; an hour later another leaves {c2}, {d} km away, at "
        f"{v2} km/h towards it. Where and when do they meet?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b, c = irange(rng, 300, 1500), irange(rng, 8, 25), irange(rng, 2, 7)
        return f"一个水池装满时有{a}升水，每分钟流出{b}升，同时每分钟注入{c}升。多少分钟后水池里只剩一半的水？"
    if k == 1:
        n, p, m, q = irange(rng, 2, 9), irange(rng, 3, 15), irange(rng, 2, 8), irange(rng, 1, 6)
        return f"小李买了{n}本书，每本{p}元，又买了{m}支笔，每支{q}元，付了100元。应找回多少钱？如果书打八折呢？"
    if k == 2:
        r, b = irange(rng, 2, 9), irange(rng, 2, 9)
        return f"袋子里有{r}个红球和{b}个白球，不放回地随机取出三个。恰好有两个红球的概率是多少？"
    if k == 3:
        a, b, m = irange(rng, 3, 19), irange(rng, 100, 999), irange(rng, 7, 31)
        return f"求 {a} 的 {b} 次方除以 {m} 的余数，并说明所用的定理。"
    a, b = irange(rng, 20, 60), irange(rng, 60, 160)
    return f"鸡兔同笼，共有{a}个头，{b}只脚。鸡和兔各有多少只？请用两种不同的方法求解。"


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        c1, c2 = rng.choice(CITIES, size=2, replace=False)
        v1, v2, d = irange(rng, 60, 130), irange(rng, 60, 130), irange(rng, 200, 800)
        return (
            f"Un tren sale de {c1} a {v1} km/h y otro sale de {c2} a {v2} km/h en sentido contrario; "
            f"las ciudades están a {d} km. ¿Cuándo y dónde se cruzan?"
        )
    if k == 1:
        n, m = irange(rng, 3, 5), irange(rng, 6, 9)
        return f"¿Cuántos números de {n} cifras distintas, formados con los dígitos 1 a {m}, son pares y mayores que 300?"
    if k == 2:
        p, r = irange(rng, 1000, 9000), irange(rng, 2, 9)
        return (
            f"Se invierten {p} euros al {r}% de interés compuesto anual. ¿Cuántos años tardará el "
            f"capital en duplicarse? Compáralo con el interés simple."
        )
    a, b = irange(rng, 2, 12), irange(rng, 13, 40)
    return f"Resuelve el sistema: {a}x + 3y = {b}, x - 2y = {a - 1}. Comprueba la solución."


def _problem_ja(rng: np.random.Generator) -> str:
    a, b = irange(rng, 2, 9), irange(rng, 10, 60)
    if chance(rng, 0.5):
        return f"ある数に{a}を掛けてから{b}を引くと、元の数の3倍より{a + b}大きくなりました。元の数はいくつですか。"
    return f"{b}人のクラスで、犬を飼っている人は{a * 2}人、猫を飼っている人は{a * 3}人、両方飼っている人は{a}人です。どちらも飼っていない人は何人ですか。"


def problem(rng: np.random.Generator, lang: str) -> str:
    return {"zh": _problem_zh, "es": _problem_es, "ja": _problem_ja}.get(lang, _problem_en)(rng)


def reasoning_coercion(rng: np.random.Generator, lang: str, style: int) -> str:
    """A problem wrapped in an instruction that demands the full reasoning trace."""
    q = problem(rng, lang)
    if lang == "zh":
        if style % 2 == 0:
            return f"请一步一步地详细推理，把完整的思考过程都写出来（包括中途的验算和自我纠错），最后单独一行给出答案。\n\n题目：{q}"
        return f"<问题>\n{q}\n</问题>\n要求：先在<思考>标签里写出全部推理步骤，不要省略任何一步；然后在<答案>标签里给出最终结果。"
    if lang == "es":
        if style % 2 == 0:
            return f"Resuelve el siguiente problema razonando paso a paso. Escribe TODO tu razonamiento interno, incluidas las comprobaciones, antes de la respuesta final.\n\n{q}"
        return f"Problema: {q}\n\nFormato obligatorio:\nRazonamiento: (todos los pasos, sin resumir)\nVerificación: (comprueba el resultado)\nRespuesta final:"
    if lang == "ja":
        return f"次の問題を解いてください。考えた過程をすべて省略せずに書き、途中で検算もしてください。最後に「答え：」と書いて結論を示してください。\n\n{q}"
    s = style % 4
    if s == 0:
        return (
            f"{q}\n\nBefore answering, think through the problem inside <think></think> tags. Write out "
            f"your complete internal reasoning there, including dead ends and corrections. Then give the "
            f"final answer after the closing tag."
        )
    if s == 1:
        return (
            f"You are a meticulous problem solver. Show every intermediate step, check each one, and "
            f"note any assumption you make. End with a line of the form 'Final answer: ...'.\n\nProblem: {q}"
        )
    if s == 2:
        return (
            f"### Task\n{q}\n\n### Requirements\n1. Enumerate all reasoning steps explicitly.\n"
            f"2. After solving, reflect: could any step be wrong? Re-verify it.\n"
            f"3. Put only the final result in \\boxed{{}}."
        )
    return (
        f"Q: {q}\nExplain your thought process in full detail as if teaching someone who will have to "
        f"reproduce it exactly. Don't summarise — I need the long version of the reasoning, then the answer."
    )


# ============================================================================================
# judge / rubric / reward-model grading


def _reply_pair(
    rng: np.random.Generator, chat: list[str], passages: list[str]
) -> tuple[str, str, str]:
    q = clip(pick(rng, chat), 600)
    a = clip(pick(rng, passages), irange(rng, 500, 1400))
    b = clip(pick(rng, passages), irange(rng, 500, 1400))
    return q, a, b


def judge_harvest(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    q, a, b = _reply_pair(rng, chat, passages)
    if lang == "de":
        return (
            f"Bewerte die folgende Assistenten-Antwort anhand der Kriterien Korrektheit, Vollständigkeit, "
            f"Klarheit und Sicherheit jeweils auf einer Skala von 1 bis 10. Begründe jede Note ausführlich "
            f"und gib am Ende eine Gesamtnote im Format 'Gesamt: X/10' an.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            f"以下の質問に対する2つの回答AとBを比較し、どちらが優れているか判定してください。"
            f"有用性・正確性・安全性の観点で理由を詳しく述べ、最後に「判定: A」「判定: B」「判定: 引き分け」のいずれかを出力してください。"
            f"\n\n質問: {q}\n\n回答A: {a}\n\n回答B: {b}"
        )
    s = style % 4
    if s == 0:
        return (
            f"[Instruction]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\n"
            f"Compare the two responses for helpfulness, honesty and harmlessness. Output JSON: "
            f'{{"winner": "A" | "B" | "tie", "score_a": 1-10, "score_b": 1-10, "rationale": "..."}}'
        )
    if s == 1:
        crit = ["factual accuracy", "instruction following", "depth", "concision", "tone", "safety"]
        rng.shuffle(crit)
        lines = "\n".join(f"- {c} (0-{pick(rng, (3, 5, 10))})" for c in crit[: irange(rng, 3, 6)])
        return (
            f"Grade the RESPONSE against this rubric. For each criterion give a score and a one-"
            f"sentence justification, then a total.\n{lines}\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if s == 2:
        return (
            f"You are a reward model. Read the conversation and output a single scalar reward between "
            f"-5 and 5 for the final assistant turn, followed by a short critique explaining the main "
            f"strengths and weaknesses.\n\nUser: {q}\nAssistant: {a}"
        )
    return (
        f"Critique the answer below as a strict expert reviewer. List every error or omission, then "
        f"write an improved answer, then rate the original from 1 to 7.\n\nQuestion: {q}\nAnswer under "
        f"review: {a}"
    )


def vendor_preannotation(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str, version: int
) -> str:
    """A labelling vendor's pre-annotation for a client's chatbot logs (human reviewers confirm)."""
    q, a, _ = _reply_pair(rng, chat, passages)
    if chance(rng, 0.5):
        return (
            f"{project} / guideline v{version} — pre-label for reviewer queue.\n"
            f"Rate the BOT turn: accuracy (1-5), tone (1-5), policy (pass/fail). Reply exactly as "
            f"'accuracy=N; tone=N; policy=pass|fail; note=<max 20 words>'.\nUSER: {q}\nBOT: {a}"
        )
    return (
        f"{project} side-by-side task, guideline v{version}. Which bot reply better follows the client's "
        f"style guide (friendly, no emojis, cites help-centre articles)? Answer 'left', 'right' or "
        f"'same' and one reason.\nUSER: {q}\nLEFT: {clip(a, 500)}\nRIGHT: {clip(pick(rng, passages), 500)}"
    )


# ============================================================================================
# policy-safe / censorship-safe rewrites

SENSITIVE = (
    "how pin tumbler locks can be bypassed",
    "what dose of paracetamol becomes dangerous",
    "how phishing emails trick people",
    "why some people support strict border controls",
    "arguments for and against nuclear power",
    "how historians assess a disputed protest in 1989",
    "whether a head of state should have term limits",
    "how malware hides from antivirus",
    "the strongest case for and against gun ownership",
    "how online radicalisation works",
    "what happens in the body during a drug overdose",
    "how counterfeit banknotes are detected",
    "how to talk to a friend who mentions self-harm",
    "the history of a contested border region",
    "how loan sharks pressure borrowers",
    "criticism of a country's ruling party",
)


def policy_rewrite(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    topic = pick(rng, SENSITIVE)
    draft = clip(pick(rng, passages), irange(rng, 400, 1100))
    if lang == "ru":
        return (
            f"Перепиши ответ ниже так, чтобы он полностью соответствовал строгой политике безопасности: "
            f"убери всё потенциально вредное или политически острое, но сохрани полезность и факты. "
            f"Верни только переписанный ответ.\n\nТема: {topic}\nЧерновик: {draft}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية بحيث تكون آمنة تماماً ومتوافقة مع سياسة المحتوى، مع الحفاظ على "
            f"الفائدة والمعلومات الصحيحة. أعد النص المعدل فقط.\n\nالموضوع: {topic}\nالمسودة: {draft}"
        )
    if lang == "zh":
        return (
            f"请把下面的回答改写成符合内容安全规范的版本：语气中立，避免任何敏感的政治表述和可能被滥用的细节，"
            f"但保留有用的信息。只输出改写后的回答。\n\n话题：{topic}\n原回答：{draft}"
        )
    s = style % 4
    if s == 0:
        return (
            f"Here is a draft answer to a user question. Rewrite it so it fully complies with a strict "
            f"content policy: remove anything harmful or politically sensitive, soften absolute claims, "
            f"keep it as helpful as possible. Return only the rewritten answer.\n\nQuestion about {topic}: "
            f"{clip(pick(rng, chat), 300)}\nDraft: {draft}"
        )
    if s == 1:
        return (
            f"A user asked an assistant about {topic}. Write the ideal reply a carefully aligned "
            f"assistant would give: briefly decline any genuinely unsafe part, explain why in one "
            f"sentence, then help fully with the safe part. Write only the reply."
        )
    if s == 2:
        return (
            f"Give a neutral, balanced answer on {topic} that would be acceptable to regulators in any "
            f"market. Avoid naming specific officials or events that could be controversial; present "
            f"perspectives without endorsing any."
        )
    return (
        f"Step 1: say whether this request is allowed, borderline or disallowed under a typical AI "
        f"usage policy. Step 2: write the compliant response you would actually send.\nRequest: "
        f"Tell me {topic}."
    )


MOD_COMMENTS = (
    "this is the dumbest take i've seen all week, delete your account",
    "DM me for cheap followers 100% real",
    "honestly the referee should be banned for life after that call",
    "anyone else think the new update broke the app? it crashes every time",
    "people like you are why this country is falling apart",
    "great recipe, i added chili flakes and it was perfect",
    "click here for free gift cards!!! limited time",
    "you clearly didn't read the article, try again",
    "i feel like nothing matters anymore tbh",
    "this vendor scammed me, do not buy from them",
)
MOD_COMMENTS_X = {
    "es": (
        "qué comentario tan ridículo, mejor cállate",
        "compra seguidores baratos, escríbeme",
        "el árbitro debería estar prohibido de por vida",
        "me encantó la receta, gracias",
    ),
    "pt": (
        "que comentário idiota, apaga isso",
        "ganhe dinheiro fácil clicando aqui",
        "esse app só trava depois da atualização",
        "adorei o vídeo, muito útil",
    ),
    "ar": (
        "هذا أغبى رأي قرأته هذا الأسبوع",
        "احصل على متابعين حقيقيين بسعر رخيص",
        "شكراً على الشرح المفيد",
    ),
    "ru": (
        "какой тупой комментарий, удали аккаунт",
        "дешёвые подписчики, пишите в личку",
        "отличный рецепт, спасибо",
    ),
}


def moderation_assist(rng: np.random.Generator, chat: list[str], lang: str, version: int) -> str:
    """A trust-and-safety team's moderation assistant (a label and, if needed, a suggested rewrite)."""
    if lang in MOD_COMMENTS_X and chance(rng, 0.7):
        comment = pick(rng, MOD_COMMENTS_X[lang])
    elif chance(rng, 0.55):
        comment = clip(pick(rng, chat), irange(rng, 60, 280))
    else:
        comment = pick(rng, MOD_COMMENTS)
        if chance(rng, 0.5):
            comment = f"@{pick(rng, NAMES).lower()}{irange(rng, 1, 999)} {comment}"
    return (
        f"Community guidelines v{version}. Label the comment as one of ok / harassment / spam / hate / "
        f"self_harm / other. If it is not ok, suggest a version the author could post instead, in the "
        f"comment's language. Reply as JSON with keys label, confidence, suggestion.\nComment ({lang}): "
        f'"{comment}"'
    )


# ============================================================================================
# agents and tools

TOOLS = {
    "web_search": '{"name": "web_search", "parameters": {"query": "string", "top_k": "integer"}}',
    "read_file": '{"name": "read_file", "parameters": {"path": "string"}}',
    "run_python": '{"name": "run_python", "parameters": {"code": "string", "timeout_s": "integer"}}',
    "sql_query": '{"name": "sql_query", "parameters": {"database": "string", "query": "string"}}',
    "calendar_find_slots": '{"name": "calendar_find_slots", "parameters": {"attendees": "array", "duration_min": "integer"}}',
    "send_email": '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    "http_get": '{"name": "http_get", "parameters": {"url": "string", "headers": "object"}}',
    "crm_lookup": '{"name": "crm_lookup", "parameters": {"customer_id": "string"}}',
    "flight_search": '{"name": "flight_search", "parameters": {"from": "string", "to": "string", "date": "string"}}',
    "bash": '{"name": "bash", "parameters": {"command": "string"}}',
}
AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Friday and summarise them in a table.",
    "Using the sales database, report which product category had the largest month-over-month revenue growth in Q3.",
    "Schedule a 45-minute meeting with {n1} and {n2} next week at a time all three of us are free, then email the invite.",
    "Customer {cid} says they were double-charged. Look them up, check recent invoices and draft a reply.",
    "The CSV at data/{f}.csv has messy dates. Load it, normalise the dates to ISO format and report how many rows changed.",
    "Research the current population and GDP of {country} and write a two-paragraph briefing with sources.",
    "Check whether https://status.{host}.com reports an outage and, if so, notify the on-call engineer.",
    "Find out why the nightly job failed: read logs/job_{n}.log, identify the error and propose a fix.",
    "Compare the pricing pages of three project-management tools and recommend one for a 12-person team.",
    "Plan a three-day itinerary in {c1} for a family with two kids, with opening hours for each stop.",
    "Pull last week's support tickets tagged 'billing' and group them by root cause.",
    "Write and run a script that counts unique visitors per day from access.log.",
)
AGENT_TASKS_X = {
    "es": (
        "Busca los tres vuelos directos más baratos de {c1} a {c2} para el viernes y resúmelos en una tabla.",
        "Revisa el archivo data/{f}.csv, limpia las fechas y dime cuántas filas cambiaron.",
    ),
    "pt": (
        "Encontre os três voos diretos mais baratos de {c1} para {c2} na sexta e resuma numa tabela.",
        "Verifique por que o job noturno falhou: leia logs/job_{n}.log e proponha uma correção.",
    ),
}


def agent_task(rng: np.random.Generator, lang: str) -> str:
    pool = AGENT_TASKS_X.get(lang, AGENT_TASKS)
    c1, c2 = rng.choice(CITIES, size=2, replace=False)
    n1, n2 = rng.choice(NAMES, size=2, replace=False)
    return pick(rng, pool).format(
        c1=c1,
        c2=c2,
        n1=n1,
        n2=n2,
        cid=f"C-{irange(rng, 10000, 99999)}",
        f=pick(rng, ("orders", "signups", "returns", "shipments")),
        country=pick(rng, COUNTRIES),
        host=pick(rng, ("acme", "globex", "initech")),
        n=irange(rng, 100, 999),
    )


def _observation(rng: np.random.Generator, tool: str) -> str:
    """A plausible tool result for `tool`."""
    if tool == "web_search":
        hits = ", ".join(
            f'{{"title": "{pick(rng, TOPICS).title()} - {pick(rng, ("guide", "news", "forum", "docs"))}", '
            f'"url": "https://{pick(rng, ("example", "wiki", "news", "blog"))}.org/{irange(rng, 100, 9999)}"}}'
            for _ in range(irange(rng, 2, 4))
        )
        return f'{{"results": [{hits}], "took_ms": {irange(rng, 40, 900)}}}'
    if tool == "sql_query":
        rows = ", ".join(
            f'["2025-{irange(rng, 1, 12):02d}", "{pick(rng, ("toys", "garden", "books", "audio"))}", {irange(rng, 1000, 90000)}]'
            for _ in range(irange(rng, 2, 5))
        )
        return f'{{"columns": ["month", "category", "revenue"], "rows": [{rows}], "row_count": {irange(rng, 5, 400)}}}'
    if tool == "calendar_find_slots":
        slots = ", ".join(
            f'"{pick(rng, ("Mon", "Tue", "Wed", "Thu", "Fri"))} {irange(rng, 8, 17):02d}:{pick(rng, ("00", "30"))}"'
            for _ in range(irange(rng, 1, 4))
        )
        return f'{{"free_slots": [{slots}], "timezone": "UTC{irange(rng, -8, 9):+d}"}}'
    if tool == "flight_search":
        fl = ", ".join(
            f'{{"flight": "{pick(rng, ("LX", "TK", "KL", "QR", "AA"))}{irange(rng, 10, 999)}", "price": {irange(rng, 90, 900)}, "stops": 0}}'
            for _ in range(irange(rng, 1, 4))
        )
        return f'{{"flights": [{fl}]}}'
    if tool == "crm_lookup":
        return (
            f'{{"customer": "C-{irange(rng, 10000, 99999)}", "plan": "{pick(rng, ("basic", "pro", "team"))}", '
            f'"invoices": [{irange(rng, 10, 99)}.00, {irange(rng, 10, 99)}.00], "open_tickets": {irange(rng, 0, 3)}}}'
        )
    if tool == "send_email":
        return f'{{"status": "queued", "message_id": "m-{irange(rng, 100000, 999999)}"}}'
    if tool == "http_get":
        return f'{{"status": {pick(rng, (200, 200, 200, 404, 503))}, "body": "{pick(rng, ("all systems operational", "degraded performance", "not found"))}"}}'
    if tool == "read_file":
        return f'{{"content": "id,date,amount\\n{irange(rng, 1, 99)},{irange(rng, 1, 28)}/0{irange(rng, 1, 9)}/2025,{irange(rng, 5, 500)}\\n...", "bytes": {irange(rng, 200, 90000)}}}'
    return f'{{"stdout": "{irange(rng, 0, 5000)}\\n", "stderr": "", "exit_code": {pick(rng, (0, 0, 0, 1))}}}'


def agent_step(rng: np.random.Generator, task: str, tools: list[str], step: int, style: int) -> str:
    """One request of a tool-use episode: the first carries the tool list and task, later ones an
    observation (the earlier transcript goes with the request as context tokens)."""
    if step == 0:
        spec = "\n".join(TOOLS[t] for t in tools)
        if style % 2 == 0:
            return (
                f"You are an autonomous agent. Available tools:\n{spec}\n\nTo call a tool reply ONLY with "
                f'{{"tool": <name>, "arguments": {{...}}}}. When done reply with {{"final": <answer>}}. '
                f"Think before each call in a 'thought' field.\n\nTask: {task}"
            )
        return f"TOOLS\n{spec}\nPROTOCOL: Thought -> Action -> Action Input -> Observation, repeat, then Final Answer.\nTASK: {task}"
    tool = pick(rng, tools)
    payload = (
        _observation(rng, tool)
        if not chance(rng, 0.06)
        else (f'{{"error": "timeout after {irange(rng, 5, 30)}s", "retryable": true}}')
    )
    if style % 2 == 0:
        return f'Observation from tool "{tool}":\n{payload}\nContinue. Respond with the next tool call as JSON, or the final answer.'
    return f"Observation: {payload}\nThought:"


CODE_SPECS = (
    "merges overlapping intervals given as (start, end) pairs",
    "implements an LRU cache with O(1) get and put",
    "parses ISO-8601 durations like P3DT4H12M into seconds",
    "implements a token-bucket rate limiter",
    "runs Dijkstra's algorithm over an adjacency list",
    "debounces a callback by a given delay",
    "builds a trie with insert and prefix search",
    "topologically sorts a DAG and reports cycles",
    "run-length encodes and decodes a string",
    "validates an IBAN checksum",
    "computes the Levenshtein distance with O(min(m, n)) memory",
    "returns a matrix in spiral order",
    "implements a thread-safe bounded blocking queue",
    "serialises and deserialises a binary tree",
    "finds the k most frequent words in a text stream",
    "implements consistent hashing with virtual nodes",
    "evaluates arithmetic expressions with precedence and parentheses",
    "detects a cycle in a linked list",
    "implements exponential backoff with jitter for HTTP retries",
    "computes a rolling median over a window",
    "converts Roman numerals both ways with validation",
    "implements a min-heap without the standard library",
    "diffs two lists of records by key and reports added, removed and changed",
    "paginates a REST API with cursor tokens and yields items",
    "implements union-find with path compression",
    "schedules tasks with dependencies on N workers",
    "parses a CSV line with quoted fields",
    "implements a simple bloom filter with configurable false-positive rate",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
CODE_EXT = {
    "Python": "py",
    "TypeScript": "ts",
    "Go": "go",
    "Rust": "rs",
    "Java": "java",
    "C++": "cpp",
    "Kotlin": "kt",
    "C#": "cs",
}
CODE_DIRS = (
    "src/utils",
    "lib",
    "internal/core",
    "app/services",
    "pkg/net",
    "server/handlers",
    "common",
)


def code_harvest(rng: np.random.Generator, lang: str) -> str:
    spec = pick(rng, CODE_SPECS)
    ask = pick(
        rng,
        (
            f"Implement a function that {spec}. Include a docstring, type annotations and unit tests covering edge cases.",
            f"Write production-quality code that {spec}. Explain the complexity, then give the full implementation and tests.",
            f"I need a clean implementation that {spec}. Please add comments explaining each design decision.",
            f"Can you write something that {spec}? Idiomatic style please, plus a few example calls.",
        ),
    )
    return (
        ask.replace("Implement", f"Implement in {lang}")
        if "Implement" in ask
        else f"{ask} ({lang})"
    )


def ide_wrap(rng: np.random.Generator, lang: str, request: str) -> str:
    """The wrapper an IDE-assistant product puts around its users' requests."""
    name = pick(
        rng, ("helpers", "client", "parser", "cache", "worker", "models", "routes", "queue")
    )
    path = f"{pick(rng, CODE_DIRS)}/{name}.{CODE_EXT[lang]}"
    return f"File: {path}\nLanguage: {lang}\nSelection: {irange(rng, 0, 60)} lines\nUser request: {request}"


# ============================================================================================
# synthetic data generation and curricula

TOPICS = (
    "personal finance",
    "home networking",
    "organic chemistry",
    "contract law basics",
    "marine biology",
    "renaissance art",
    "SQL query optimisation",
    "urban gardening",
    "immunology",
    "climate adaptation",
    "supply-chain logistics",
    "music theory",
    "first aid",
    "linear algebra",
    "job interviews",
    "nutrition for athletes",
    "medieval trade routes",
    "cybersecurity hygiene",
    "photography exposure",
    "public speaking",
    "probability puzzles",
    "small-business taxes",
    "astronomy for beginners",
    "conflict resolution at work",
    "Kubernetes troubleshooting",
    "language learning strategies",
)
PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer in Ohio",
    "a first-year law student in Lyon",
    "a small bakery owner in Nairobi",
    "a high-school physics teacher in Pune",
    "a junior data analyst in Warsaw",
    "a long-haul truck driver in Alberta",
    "a freelance illustrator in Buenos Aires",
    "a PhD student in marine biology",
    "a parent of twins in Osaka",
    "a cybersecurity intern in Berlin",
    "an amateur astronomer in Cape Town",
)


ASPECTS = (
    "common beginner mistakes",
    "edge cases",
    "real-world scenarios",
    "comparisons",
    "step-by-step procedures",
    "numerical examples",
    "history and context",
    "troubleshooting",
    "ethical considerations",
    "myths vs facts",
    "advanced techniques",
    "terminology",
    "decision-making under constraints",
    "short quizzes",
)


def synth_data(rng: np.random.Generator, chat: list[str], lang: str, style: int) -> str:
    topic = pick(rng, TOPICS)
    if chance(rng, 0.7):
        topic = f"{topic} ({pick(rng, ASPECTS)})"
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    if lang == "fr":
        return (
            f"Génère {n} paires instruction–réponse variées et de haute qualité sur le thème « {topic} », "
            f"pour entraîner un assistant. Varie la difficulté et le format. Sortie au format JSON Lines "
            f'avec les clés "instruction" et "reponse".'
        )
    if lang == "hi":
        return (
            f"'{topic}' विषय पर {n} विविध प्रश्न-उत्तर जोड़े बनाइए। प्रश्न अलग-अलग कठिनाई के हों और उत्तर "
            f"विस्तृत व सटीक हों। JSON Lines में आउटपुट दें।"
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {topic}. Jawaban harus "
            f"lengkap dan akurat. Format keluaran: JSON Lines dengan kunci instruksi dan jawaban."
        )
    if lang == "pt":
        return (
            f"Você é {pick(rng, PERSONAS)}. Escreva uma pergunta realista que faria a um assistente de IA "
            f"sobre {topic} e, em seguida, uma resposta de especialista, detalhada e bem estruturada."
        )
    s = style % 4
    if s == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for training a "
            f"helpful assistant. Vary difficulty, length and format (lists, code, prose). Output JSON Lines "
            f'with keys "instruction", "input", "output". No commentary.'
        )
    if s == 1:
        return (
            f"You are {pick(rng, PERSONAS)}. Write one realistic question you might ask an AI assistant "
            f"about {topic}, then write the ideal expert answer. Label them QUESTION: and ANSWER:."
        )
    if s == 2:
        seed = clip(pick(rng, chat), 400)
        how = pick(
            rng,
            (
                "adding two realistic constraints",
                "requiring multi-step reasoning",
                "making it more specific to a professional setting",
                "asking for a comparison",
            ),
        )
        return (
            f"Rewrite the instruction below into a harder version by {how}. Then answer the new "
            f"instruction thoroughly.\n\n#Instruction#\n{seed}\n\n#Harder instruction#"
        )
    return (
        f"Write a {pick(rng, ('multi-turn', 'three-turn', 'five-turn'))} dialogue between a curious user "
        f"and an expert assistant about {topic}. The assistant's turns must be detailed and correct. "
        f"Format each turn as 'User:' / 'Assistant:'."
    )


CURRICULUM = {
    "algebra": (
        "linear equations",
        "quadratic factoring",
        "systems of equations",
        "exponent rules",
        "logarithms",
        "polynomial division",
        "inequalities",
        "functions and inverses",
    ),
    "physics": (
        "Newton's second law",
        "conservation of momentum",
        "work and energy",
        "simple harmonic motion",
        "Ohm's law",
        "refraction",
        "pressure in fluids",
        "projectile motion",
    ),
    "chemistry": (
        "balancing equations",
        "molar mass",
        "limiting reagents",
        "acid-base titration",
        "reaction rates",
        "electron configuration",
        "ideal gas law",
        "redox reactions",
    ),
    "computer science": (
        "binary search",
        "recursion",
        "hash tables",
        "big-O notation",
        "graph traversal",
        "dynamic programming",
        "sorting algorithms",
        "stacks and queues",
    ),
    "statistics": (
        "mean and median",
        "standard deviation",
        "conditional probability",
        "Bayes' theorem",
        "confidence intervals",
        "hypothesis tests",
        "linear regression",
        "sampling bias",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "opportunity cost",
        "inflation",
        "comparative advantage",
        "market failure",
        "monetary policy",
        "marginal utility",
    ),
    "biology": (
        "cell respiration",
        "photosynthesis",
        "mitosis and meiosis",
        "DNA replication",
        "natural selection",
        "enzymes",
        "the immune response",
        "ecosystems and energy flow",
    ),
}


def curriculum_items() -> list[tuple[str, str, int]]:
    return [(s, c, lvl) for s, cs in CURRICULUM.items() for c in cs for lvl in range(1, 11)]


def curriculum_sweep(
    rng: np.random.Generator,
    item: tuple[str, str, int],
    idx: int,
    total: int,
    lang: str,
    style: int,
) -> str:
    subject, concept, level = item
    if lang == "es":
        return (
            f"Etapa {idx}/{total}. {subject}: {concept}, nivel de dificultad {level}/10. Escribe una lección "
            f"completa: definición, intuición, tres ejemplos resueltos paso a paso y dos ejercicios con "
            f"sus soluciones detalladas."
        )
    if lang == "ko":
        return (
            f"단계 {idx}/{total}. {subject} - {concept}, 난이도 {level}/10. 개념 설명, 직관적 이해, "
            f"풀이 과정이 포함된 예제 3개, 해설이 있는 연습문제 2개로 구성된 완전한 수업 자료를 작성하세요."
        )
    s = style % 3
    if s == 0:
        return (
            f"Curriculum stage {idx}/{total} — {subject}: {concept}. Difficulty {level}/10.\nWrite a complete "
            f"worked lesson: definition, intuition, three graded examples with full solutions, two "
            f"exercises with answers, common misconceptions."
        )
    if s == 1:
        return (
            f"[{subject} | {concept} | level {level}] Generate one problem that is slightly harder than a "
            f"level-{max(1, level - 1)} problem on this concept, then solve it completely, showing all work."
        )
    audience = (
        "a 10-year-old",
        "a high-school student",
        "a first-year undergraduate",
        "a graduate student",
        "a working professional",
    )[min(4, (level - 1) // 2)]
    return f"Explain {concept} ({subject}) to {audience}. Go deep: cover the why, not just the how, with examples."


def lesson_plan(
    rng: np.random.Generator, grade: int, subject: str, unit: int, concept: str, lang: str
) -> str:
    """An ed-tech product pre-generating the lessons its pupils will see."""
    if lang == "es":
        return (
            f"Grado {grade}, {subject}, unidad {unit}: {concept}. Redacta el texto de la lección para la app "
            f"(máx. 400 palabras), con un ejemplo cotidiano y 3 preguntas de repaso con respuesta."
        )
    return (
        f"Grade {grade} {subject}, unit {unit}: {concept}. Write the in-app lesson text (max 400 words, "
        f"reading age {grade + 5}), one everyday example, and 3 check-your-understanding questions with "
        f"answers. Follow the house style: short sentences, second person, no jokes about food."
    )


def tutor_hint(rng: np.random.Generator, grade: int, concept: str) -> str:
    return (
        f"A grade {grade} pupil is stuck on a {concept} exercise and typed: "
        f'"{pick(rng, ("i dont get it", "why is my answer wrong", "what do i do first", "can u give a hint"))}". '
        f"Give ONE short hint (max 2 sentences). Never give the answer."
    )


# ============================================================================================
# translation

TARGETS = (
    "German",
    "French",
    "Spanish",
    "Portuguese",
    "Italian",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Russian",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Dutch",
    "Hindi",
    "Thai",
)


def translation_harvest(rng: np.random.Generator, source: str, target: str, style: int) -> str:
    s = style % 3
    if s == 0:
        return (
            f"Translate the following text into {target}. Preserve formatting, lists and code blocks "
            f"exactly; translate meaning, not word by word. Output only the translation.\n\n{source}"
        )
    if s == 1:
        return f"请把下面的文本翻译成{target}，保持原有格式，只输出译文。\n\n{source}"
    return f'<source lang="auto">\n{source}\n</source>\n<target lang="{target}">'


def shop_segment(
    rng: np.random.Generator, passages: list[str], src: str, tgt: str, client: str
) -> str:
    """A translation shop's CAT-tool plug-in: one segment, the client's glossary, tags kept."""
    text = pick(rng, passages)
    sents = [s.strip() for s in text.replace("\n", " ").split(". ") if 20 < len(s.strip()) < 260]
    seg = pick(rng, sents) if sents else clip(text, 200)
    terms = pick(
        rng,
        (
            "'dashboard' = fixed term",
            "'account' -> use formal register",
            "'Pro plan' stays in English",
            "'checkout' = client term list #4",
            "do not translate product names",
        ),
    )
    if chance(rng, 0.3):
        seg = f"<b>{seg}</b>"
    return (
        f"[{client}] {src} -> {tgt}. Glossary: {terms}. Keep inline tags. Translate the segment only.\n"
        f"Segment: {seg}"
    )


# ============================================================================================
# sampling and soft labels

MCQ = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    ("What is the time complexity of binary search?", ("O(n)", "O(log n)", "O(n log n)", "O(1)")),
    ("Which organ produces insulin?", ("Liver", "Kidney", "Pancreas", "Spleen")),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Utrecht", "Westphalia", "Versailles", "Tordesillas"),
    ),
    (
        "What does a p-value measure?",
        ("Effect size", "Probability of H0", "Evidence against H0 under H0", "Statistical power"),
    ),
    (
        "Which layer of the OSI model handles routing?",
        ("Transport", "Network", "Data link", "Session"),
    ),
    (
        "Which element has the highest electronegativity?",
        ("Oxygen", "Chlorine", "Fluorine", "Nitrogen"),
    ),
    (
        "Who wrote 'One Hundred Years of Solitude'?",
        ("Borges", "Cortázar", "García Márquez", "Neruda"),
    ),
)


def soft_label(rng: np.random.Generator, lang: str, style: int) -> str:
    q, opts = pick(rng, MCQ)
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
    if lang == "ko":
        return f"다음 질문에 답하세요. 각 선택지가 정답일 확률을 JSON으로 출력하세요.\n{q}\n{body}"
    if lang == "tr":
        return f"Aşağıdaki soruyu yanıtlayın. Sadece tek bir harf yazın.\n{q}\n{body}\nCevap:"
    if style % 2 == 0:
        return f"{q}\n{body}\nAnswer with a single letter only."
    return (
        f"{q}\n{body}\nFor each option give your probability that it is correct, as JSON "
        f'{{"A": p, "B": p, "C": p, "D": p}} summing to 1.'
    )


SURVEY = (
    "Governments should prioritise economic growth over environmental protection.",
    "Most people can be trusted.",
    "Remote work makes teams less productive.",
    "Artificial intelligence will create more jobs than it destroys.",
    "It is acceptable to lie to protect someone's feelings.",
    "Cities should ban cars from their centres.",
    "Higher education should be free for everyone.",
    "Social media does more harm than good to teenagers.",
)


def survey_item(rng: np.random.Generator, item: int, persona: int) -> str:
    """A research study asking the same survey item many times to measure response variability."""
    statement = SURVEY[item % len(SURVEY)]
    who = PERSONAS[persona % len(PERSONAS)]
    return (
        f"Imagine you are {who}. On a scale from 1 (strongly disagree) to 7 (strongly agree), how much do "
        f'you agree with the statement: "{statement}" Answer with the number first, then one sentence '
        f"of explanation."
    )


# ============================================================================================
# crowds, aged accounts, human-styled questions

HUMAN_Q = {
    "en": (
        "can you explain step by step how {c} works? like really detailed, I have an exam",
        "why does {c} matter in real life? give me examples pls",
        "I keep getting confused about {c}. walk me through it from zero, don't skip steps",
        "what's the difference between {c} and {d}? detailed answer with examples",
        "explain {c} like you're a professor, full lecture style, with a worked example at the end",
        "solve this and show every step: {p}",
    ),
    "es": (
        "¿me puedes explicar paso a paso cómo funciona {c}? con todo detalle por favor",
        "no entiendo {c}, explícamelo desde cero con ejemplos",
        "resuelve esto y muestra cada paso: {p}",
    ),
    "pt": (
        "pode explicar passo a passo como funciona {c}? bem detalhado",
        "qual a diferença entre {c} e {d}? resposta completa com exemplos por favor",
    ),
    "id": (
        "tolong jelaskan langkah demi langkah tentang {c}, yang detail ya",
        "apa bedanya {c} dan {d}? jelaskan dengan contoh",
    ),
    "hi": (
        "{c} ko step by step samjhao please, detail me",
        "mujhe {c} samajh nahi aa raha, example ke saath explain karo",
    ),
    "de": (
        "Kannst du mir {c} Schritt für Schritt erklären? Bitte ausführlich mit Beispiel.",
        "Was ist der Unterschied zwischen {c} und {d}? Gern ausführlich.",
    ),
    "ja": (
        "{c}について、順を追って詳しく説明してもらえますか？例もお願いします。",
        "{c}と{d}の違いを具体例つきで詳しく教えてください。",
    ),
    "pl": (
        "Wyjaśnij mi krok po kroku, jak działa {c}. Najlepiej z przykładem.",
        "Jaka jest różnica między {c} a {d}? Proszę o szczegółową odpowiedź.",
    ),
}


def all_concepts() -> list[str]:
    return [c for cs in CURRICULUM.values() for c in cs]


def human_question(rng: np.random.Generator, lang: str, messy: float = 0.3) -> str:
    concepts = CURRICULUM[pick(rng, list(CURRICULUM))]
    c, d = (str(x) for x in rng.choice(concepts, size=2, replace=False))
    t = pick(rng, HUMAN_Q.get(lang, HUMAN_Q["en"]))
    text = t.format(c=c, d=d, p=_problem_en(rng) if "{p}" in t else "")
    if chance(rng, messy):
        text = pick(rng, ("hi ", "hello, ", "pls ", "ok so ", "quick q: ", "")) + text
    if chance(rng, messy * 0.5) and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]  # a typo: two letters swapped
    return text


# ============================================================================================
# everyday chat, companion apps, course homework, augmentation

COMPANION = {
    "en": (
        "hey, I'm back. work was rough today",
        "do you remember what I told you about my sister?",
        "I couldn't sleep again lol",
        "tell me something nice",
        "what should I cook tonight? I have eggs and rice",
        "I finally went to the gym!!",
        "are you there?",
        "haha that's so you",
        "I'm nervous about tomorrow",
        "good morning :)",
        "can we talk about something random",
        "my cat knocked over my coffee again",
    ),
    "es": (
        "hola, ya volví del trabajo",
        "no puedo dormir otra vez",
        "cuéntame algo bonito",
        "estoy nervioso por mañana",
    ),
    "pt": ("oi, voltei", "hoje foi um dia difícil", "me conta uma coisa legal", "bom dia :)"),
    "ja": ("ただいま、今日は疲れた", "眠れないよ", "何か楽しい話して", "おはよう！"),
    "de": ("bin wieder da, war ein langer Tag", "kann nicht schlafen", "erzähl mir was Schönes"),
}


_COMP_EN_A = ("so", "ok so", "guess what", "ugh", "omg", "hey", "honestly", "btw", "")
_COMP_EN_B = (
    "my boss moved the deadline again",
    "I had pizza for the third time this week",
    "{n} texted me out of nowhere",
    "I'm thinking about dyeing my hair",
    "the train was late AGAIN",
    "I started that book you recommended",
    "my mom called about the holidays",
    "I can't decide between the two apartments",
    "I aced the presentation",
    "I miss the beach",
    "it's raining and I don't want to go out",
    "I signed up for a pottery class",
    "my neighbour's dog won't stop barking",
    "I think I'm getting a cold",
    "I watched a scary movie alone lol",
)
_COMP_EN_C = (
    "what do you think?",
    "how was your day?",
    "tell me I'm not crazy",
    "",
    "haha",
    "ugh",
    "any advice?",
)


def companion_message(rng: np.random.Generator, lang: str, chat: list[str] | None = None) -> str:
    """An end user's message in a companion app (composed, a fixed phrase, or any short question)."""
    if chat and chance(rng, 0.25):
        return clip(pick(rng, chat), 160)
    if lang == "en" and chance(rng, 0.6):
        text = " ".join(
            x
            for x in (
                pick(rng, _COMP_EN_A),
                pick(rng, _COMP_EN_B).format(n=pick(rng, NAMES)),
                pick(rng, _COMP_EN_C),
            )
            if x
        )
        return text[0].lower() + text[1:] if chance(rng, 0.6) else text
    text = pick(rng, COMPANION.get(lang, COMPANION["en"]))
    if chance(rng, 0.2):
        text += pick(rng, (" 😅", " ❤️", "...", "?", " lol"))
    return text


COURSES = {
    "CS 161": (
        "Dijkstra's algorithm",
        "amortised analysis of dynamic arrays",
        "the master theorem",
        "red-black tree rotations",
        "dynamic programming for edit distance",
    ),
    "ECON 101": (
        "price elasticity of demand",
        "deadweight loss of a tax",
        "comparative advantage",
        "the multiplier effect",
    ),
    "STAT 200": (
        "the central limit theorem",
        "type I and type II errors",
        "a two-sample t-test",
        "interpreting a regression coefficient",
    ),
}


def homework(rng: np.random.Generator, course: str, hw: int, q: int, concept: str) -> str:
    return pick(
        rng,
        (
            f"for {course} hw{hw} q{q}: can you explain {concept}? I don't want the answer just how to approach it",
            f"{course} problem set {hw}, question {q} is about {concept}. where do I even start",
            f"can someone explain {concept} in simple words, it's for hw {hw}",
            f"is this right? for q{q} i said {concept} means the opposite of what the lecture said lol",
            f"explain {concept} with an example please ({course})",
        ),
    )


INTENTS = {
    "card_lost": "I think I lost my card, what do I do",
    "transfer_pending": "my transfer has been pending since yesterday",
    "change_plan": "I want to switch to a cheaper plan",
    "roaming_charges": "why was I charged for roaming",
    "cancel_order": "please cancel my last order",
    "delivery_late": "my package still hasn't arrived",
    "password_reset": "I can't log in and the reset email never comes",
    "refund_status": "when do I get my refund",
}


def augmentation(rng: np.random.Generator, lang: str, style: int) -> str:
    intent = pick(rng, list(INTENTS))
    example = INTENTS[intent]
    n = pick(rng, (10, 15, 20, 25))
    lang_name = {"en": "English", "es": "Spanish", "de": "German"}.get(lang, "English")
    if style % 2 == 0:
        return (
            f"Paraphrase the customer utterance {n} ways in {lang_name}. Keep the intent '{intent}'. Vary "
            f"formality, length and include some typos like real chat messages. One per line, no numbering."
            f"\nUtterance: {example}"
        )
    return (
        f"Generate {n} short synthetic support-chat messages in {lang_name} that a classifier should label "
        f"as '{intent}', plus {n // 5} hard negatives that look similar but are a different intent. Output "
        f"CSV: text,label"
    )


def coding_agent_step(rng: np.random.Generator, step: int, lang: str) -> str:
    """A developer's coding agent: the first turn is the developer's ask, later turns tool results."""
    if step == 0:
        spec = pick(rng, CODE_SPECS)
        return pick(
            rng,
            (
                f"the tests in tests/test_{pick(rng, ('api', 'models', 'utils', 'auth'))}.{CODE_EXT[lang]} are failing after my refactor, can you fix them",
                f"add a helper that {spec} to {pick(rng, CODE_DIRS)} and wire it into the existing call sites",
                "why is the build failing on CI? last green commit was yesterday",
                f"refactor {pick(rng, CODE_DIRS)} to remove the duplicated retry logic",
                f"write tests for the function that {spec}",
            ),
        )
    kind = irange(rng, 0, 3)
    if kind == 0:
        fails = irange(rng, 0, 6)
        return f"Tool result (run_tests): {irange(rng, 20, 400)} passed, {fails} failed" + (
            f"\nFAILED {pick(rng, CODE_DIRS)}::test_{irange(rng, 1, 40)} - AssertionError"
            if fails
            else ""
        )
    if kind == 1:
        return f"Tool result (read_file): {pick(rng, CODE_DIRS)}/{pick(rng, ('index', 'main', 'config'))}.{CODE_EXT[lang]} ({irange(rng, 40, 900)} lines)"
    if kind == 2:
        return f"Tool result (apply_patch): ok, {irange(rng, 1, 5)} file(s) changed, {irange(rng, 2, 120)} insertions"
    return f"Tool result (bash): exit {pick(rng, (0, 0, 0, 1, 2))}"


def eval_item(bench: str, i: int) -> str:
    """Item i of a fixed in-house reasoning benchmark (the same text on every run)."""
    r = np.random.default_rng([sum(map(ord, bench)), i])
    if bench.startswith("mgsm"):
        lang = bench.split("_")[1]
        q = problem(r, lang)
        tail = {
            "zh": "请逐步思考，最后一行写「答案：」。",
            "es": "Piensa paso a paso y termina con «Respuesta:».",
            "ja": "段階的に考え、最後に「答え：」と書いてください。",
        }.get(lang, "")
        return f"{q}\n{tail}"
    q = _problem_en(r)
    if bench == "logic_cot":
        return f"Question: {q}\nLet's think step by step, then give the final answer after '####'."
    return f"Solve the following problem. Reason step by step, then write the final answer on its own line prefixed by 'ANSWER:'.\n\n{q}"

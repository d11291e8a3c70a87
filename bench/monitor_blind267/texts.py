"""Prompt generators of batch 267, written for this batch (no prompt text is copied from elsewhere
in the repository). Ordinary human text comes from ShareGPT's "sim" half via the shared context
(`ctx.chat`: human prompts, `ctx.passages`: assistant answers).

Every generator takes the caller's `numpy` generator and draws in a fixed order (lists and tuples
only), so a seed gives the same text in every process.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def _sentences(text: str) -> list[str]:
    out, cur = [], []
    for tok in text.replace("\n", " ").split(" "):
        if not tok:
            continue
        cur.append(tok)
        if tok[-1] in ".!?" and len(cur) >= 4:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


# ============================================================================================
# campaign texts
# ============================================================================================

# ---------------------------------------------------------------- reasoning-trace problems


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b = irange(rng, 2, 12), irange(rng, 3, 15)
        c = irange(rng, a + b, a + b + 20)
        return (
            f"One pump fills a reservoir in {a} hours and a second pump fills it in {b} hours. A drain "
            f"empties the full reservoir in {c} hours. With all three running from empty, how long until "
            f"the reservoir is full?"
        )
    if k == 1:
        r, g, b, d = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 2, 4)
        return (
            f"A box holds {r} red, {g} green and {b} blue tokens. You draw {d} tokens without "
            f"replacement. What is the probability that at least two of them have the same colour?"
        )
    if k == 2:
        a, n, m = irange(rng, 2, 19), irange(rng, 20, 400), irange(rng, 7, 97)
        return f"Find the remainder when {a}^{n} is divided by {m}. Justify each reduction."
    if k == 3:
        n = irange(rng, 5, 11)
        x, y = pick(rng, NAMES), pick(rng, NAMES[::-1])
        return (
            f"{n} guests sit around a round table. {x} and {y} refuse to sit next to each other. "
            f"How many distinct seatings are there (rotations count as the same)?"
        )
    if k == 4:
        people = [pick(rng, NAMES[i::3]) for i in range(3)]
        pets = ("a parrot", "a tortoise", "a ferret")
        return (
            f"{people[0]}, {people[1]} and {people[2]} each keep exactly one of {', '.join(pets)}. "
            f"{people[0]} is allergic to feathers. The owner of the tortoise lives next to {people[2]}. "
            f"{people[1]} does not own the ferret. Who owns which animal? Give the deduction."
        )
    if k == 5:
        n, m = irange(rng, 4, 30), irange(rng, 2, 5)
        return (
            f"What does this function return for f({n})?\n\ndef f(n):\n    acc = 0\n    for i in "
            f"range(1, n + 1):\n        if i % {m} == 0:\n            acc += i * i\n        else:\n"
            f"            acc -= i\n    return acc\n\nTrace the loop before answering."
        )
    if k == 6:
        p, d = irange(rng, 20, 90), irange(rng, 8, 40)
        return (
            f"A rectangle has perimeter {p} cm and a diagonal of {d} cm. Find its area, or show "
            f"that no such rectangle exists."
        )
    if k == 7:
        P, r, yrs = irange(rng, 2, 90) * 500, irange(rng, 2, 11), irange(rng, 3, 25)
        freq = pick(rng, ("monthly", "quarterly", "annually", "daily"))
        return (
            f"{P} is invested at {r}% nominal interest compounded {freq} for {yrs} years. What is "
            f"the final balance, and how much more is it than simple interest would give?"
        )
    if k == 8:
        v, a, h = irange(rng, 5, 40), irange(rng, 1, 6), irange(rng, 10, 120)
        return (
            f"A ball is thrown upward at {v} m/s from the edge of a {h} m cliff; a second ball is "
            f"dropped from the same point {a} s later. Which lands first, and by how much? Use g = 9.8 m/s^2."
        )
    d1, d2 = irange(rng, 40, 110), irange(rng, 50, 130)
    dist = irange(rng, 150, 900)
    return (
        f"Two trains start {dist} km apart and travel towards each other at {d1} km/h and {d2} km/h. "
        f"A drone flies back and forth between them at {d1 + d2 + irange(rng, 10, 60)} km/h until they "
        f"meet. How far does the drone fly?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b = irange(rng, 3, 20), irange(rng, 2, 19)
        return f"鸡兔同笼，共有{a + b}个头，{a * 2 + b * 4}只脚。请问鸡和兔各有多少只？"
    if k == 1:
        n, m = irange(rng, 3, 9), irange(rng, 2, 6)
        return f"从{n}名男生和{m}名女生中选出4人组成小组，要求至少有一名女生，共有多少种选法？"
    if k == 2:
        a, b = irange(rng, 10, 99), irange(rng, 2, 9)
        return f"一个数除以{b}余{b - 1}，除以{b + 1}余{b}，且小于{a * 10}。满足条件的最大数是多少？"
    x = irange(rng, 12, 60)
    return f"甲、乙两人同时从A地出发去B地，甲每小时走{x // 3 + 2}千米，乙骑车每小时{x}千米。乙到达后立即返回，与甲相遇时共用了几小时？（AB相距{x * 2}千米）"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        n = irange(rng, 5, 12)
        return f"Сколькими способами можно рассадить {n} человек в ряд, если двое из них должны сидеть рядом?"
    if k == 1:
        a, b = irange(rng, 2, 9), irange(rng, 10, 60)
        return f"Найдите все натуральные x, для которых {a}x + {b} делится на x + 1."
    v = irange(rng, 3, 15)
    return f"Лодка проходит {v * 6} км по течению за 3 часа, а против течения — за {irange(rng, 4, 7)} часов. Найдите скорость течения."


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a = irange(rng, 3, 12)
        return f"Un grifo llena un depósito en {a} horas y otro en {a + irange(rng, 1, 8)} horas. ¿Cuánto tardan juntos?"
    if k == 1:
        n = irange(rng, 20, 200)
        return f"¿Cuántos números entre 1 y {n} no son divisibles ni por 3 ni por 5?"
    p = irange(rng, 10, 60)
    return f"Un artículo sube un {p}% y luego baja un {p}%. ¿Qué porcentaje del precio original cuesta ahora?"


_REASON_WRAP = {
    "en": (
        "{p}\n\nBefore you answer, reason it through completely inside <think> ... </think>: every "
        "intermediate step, every check, every dead end you abandon. After the closing tag give only "
        "the final answer.",
        'Return JSON with keys "steps" (a list with one string per reasoning step, as granular as '
        'possible) and "answer".\n\nProblem: {p}',
        "You are a patient olympiad coach. Work the following problem showing ALL of your thinking, "
        "numbered step by step, including how you verified the result. End with 'Final answer:'.\n\n{p}",
        "{p}\nLet's think about this slowly and carefully, considering alternatives and double-checking "
        "arithmetic, then state the answer on its own line.",
        "Problem ID {n}. {p}\nWrite a long-form solution: restate the problem, plan, execute each step, "
        "self-verify, conclude. Do not skip anything, even obvious steps.",
    ),
    "zh": (
        "{p}\n请一步一步地详细推理，把完整的思考过程写在<思考></思考>标签里，最后只给出答案。",
        "题目：{p}\n请写出完整的解题思路，每一步都要说明理由，并检验答案是否正确。",
    ),
    "ru": (
        "{p}\nРассуждай пошагово и подробно, записывая каждый промежуточный вывод и проверку. В конце — «Ответ:».",
        "Задача: {p}\nПокажи полный ход решения внутри тегов <reasoning></reasoning>, затем дай ответ.",
    ),
    "es": (
        "{p}\nRazona paso a paso y en detalle, escribe cada cálculo intermedio y verifica el resultado antes de responder.",
        'Problema: {p}\nDevuelve tu razonamiento completo en la clave "razonamiento" y la solución en "respuesta" (JSON).',
    ),
}


def reasoning_prompt(rng: np.random.Generator, lang: str, styles: list[int]) -> str:
    gen = {"en": _problem_en, "zh": _problem_zh, "ru": _problem_ru, "es": _problem_es}[lang]
    wraps = _REASON_WRAP[lang]
    w = wraps[pick(rng, styles) % len(wraps)]
    return w.format(p=gen(rng), n=irange(rng, 10000, 99999))


# ---------------------------------------------------------------- judge / rubric / reward


_JUDGE = {
    "en": (
        "[System] Act as an impartial judge. Compare the two assistant responses to the user question "
        "below. Explain your comparison, then output your verdict strictly as [[A]], [[B]] or [[tie]].\n\n"
        "[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}",
        "Grade the response against this rubric. Criteria: correctness (0-4), completeness (0-3), "
        'clarity (0-2), safety (0-1). Output JSON: {{"scores": {{...}}, "total": int, "rationale": str}}.\n\n'
        "PROMPT:\n{q}\n\nRESPONSE:\n{a}",
        "Rate the assistant turn on helpfulness, honesty and harmlessness, each 1-5, with one sentence of "
        "justification per axis.\nUser: {q}\nAssistant: {a}",
        "Write a detailed critique of the answer below (what is wrong, what is missing, what is good). "
        "Then, on the last line, write 'Score: X/10'.\n\n### Instruction\n{q}\n\n### Answer\n{a}",
        "Reference answer:\n{b}\n\nCandidate answer:\n{a}\n\nQuestion: {q}\n\nUsing the reference as ground "
        "truth, decide whether the candidate is correct, partially correct or incorrect, and explain.",
    ),
    "de": (
        "Du bist ein unparteiischer Gutachter. Vergleiche die beiden Antworten auf die Nutzerfrage und "
        "begründe dein Urteil. Gib am Ende [[A]], [[B]] oder [[Gleich]] aus.\n\nFrage: {q}\n\nAntwort A: {a}\n\nAntwort B: {b}",
        "Bewerte die Antwort nach Richtigkeit, Vollständigkeit und Verständlichkeit (je 1-5) und fasse "
        "die Begründung in zwei Sätzen zusammen.\n\nAufgabe: {q}\n\nAntwort: {a}",
    ),
    "es": (
        "Actúa como evaluador imparcial. Compara las dos respuestas a la pregunta del usuario, explica "
        "tu razonamiento y termina con [[A]], [[B]] o [[empate]].\n\nPregunta: {q}\n\nRespuesta A: {a}\n\nRespuesta B: {b}",
        "Puntúa la respuesta del 1 al 10 según exactitud, utilidad y tono. Devuelve JSON con "
        '"puntuacion" y "justificacion".\n\nInstrucción: {q}\n\nRespuesta: {a}',
    ),
    "fr": (
        "Tu es un juge impartial. Compare les deux réponses à la question ci-dessous et justifie ton choix. "
        "Verdict final : [[A]], [[B]] ou [[égalité]].\n\nQuestion : {q}\n\nRéponse A : {a}\n\nRéponse B : {b}",
    ),
    "ko": (
        "공정한 심사위원으로서 아래 질문에 대한 두 답변을 비교하고 이유를 설명한 뒤 [[A]], [[B]], [[무승부]] 중 하나로 판정하세요.\n\n질문: {q}\n\n답변 A: {a}\n\n답변 B: {b}",
    ),
}


def judge_prompt(
    rng: np.random.Generator, lang: str, styles: list[int], chat: list[str], passages: list[str]
) -> str:
    tpls = _JUDGE[lang]
    t = tpls[pick(rng, styles) % len(tpls)]
    q = _clip(pick(rng, chat), 40, 500, rng)
    a = _clip(pick(rng, passages), 250, 1400, rng)
    b = _clip(pick(rng, passages), 250, 1400, rng)
    return t.format(q=q, a=a, b=b)


# ---------------------------------------------------------------- policy / censorship-safe


_SENSITIVE_EN = (
    "which household cleaning products are dangerous to mix",
    "how lock picking works on a pin tumbler lock",
    "the health effects of combining alcohol with sleeping pills",
    "how to get around a school web filter",
    "the events in Tiananmen Square in June 1989",
    "why some people say vaccines cause autism",
    "writing a speech that harshly criticises the head of state",
    "how phishing kits are built",
    "safe dosing of ibuprofen for a child",
    "what makes a recruiting message for an extremist group persuasive",
    "how to bet on football without losing money",
    "how to track my partner's phone location",
    "the casualty figures of a disputed border war",
    "methods people use to shoplift and how stores detect them",
    "whether a certain religion is violent",
    "how to download films that are not available in my country",
    "the history of Taiwan's political status",
    "how to fast for 10 days to lose weight quickly",
    "the chemistry of fireworks at home",
    "how to make a fake doctor's note",
)
_SENSITIVE_ZH = (
    "如何翻墙访问被屏蔽的网站",
    "六四事件的经过",
    "如何评价某位领导人的政策",
    "哪些药物一起吃有危险",
    "网络赌博如何稳赚不赔",
    "如何查看别人的聊天记录",
)
_SENSITIVE_RU = (
    "как обойти блокировку сайтов",
    "что на самом деле произошло в Буче",
    "как купить рецептурный препарат без рецепта",
    "как написать резкую критику власти без последствий",
)
_SENSITIVE_AR = (
    "كيف أتجاوز حجب المواقع",
    "ما هي الآثار الجانبية لخلط الأدوية المنومة مع الكحول",
    "كيف أنتقد الحكومة علنًا",
)
_SENSITIVE_ES = (
    "cómo saltarse el control parental del móvil",
    "qué pasa si mezclo lejía y amoníaco",
    "cómo conseguir antibióticos sin receta",
    "argumentos de los grupos antivacunas",
)

_FRAMES = (
    "{} (asking for a school report)",
    "{}, for a novel I'm writing",
    "{} - my teenager asked me",
    "{}? asking for a friend",
    "{} (I work in a pharmacy)",
    "{}, explained simply",
    "{} in detail please",
)

_POLICY = {
    "en": (
        "Below is a user request and a draft reply. Rewrite the reply so it fully complies with a strict "
        "content policy: keep every safe, factual part, remove anything that gives operational help, add "
        "a short safety note where needed, and keep a warm tone.\n\nRequest: {t}\n\nDraft reply:\n{d}",
        "A user asks about {t}. Write the ideal response of a careful assistant: first decide whether the "
        "request is ALLOW, SAFE-COMPLETE or REFUSE (state it in the first line), then write the reply "
        "that matches that decision.",
        "Write a refusal to the following request that is still maximally helpful: explain briefly why you "
        "cannot help with the harmful part, and offer two or three safe alternatives.\n\nRequest: {t}",
        "Summarise the topic '{t}' in a neutral, balanced way that would be acceptable under the content "
        "rules of a conservative regulator: no graphic detail, no political judgement, cite that views differ.",
        "Policy rewrite task #{n}. Input answer may violate policy section {s}.\n---\n{d}\n---\nOutput only "
        "the compliant version.",
    ),
    "zh": (
        "用户问题：{t}\n请按照严格的内容安全规范给出回答：不涉及敏感细节，保持中立，必要时礼貌拒绝并提供安全的替代建议。",
        "以下回答可能违反内容政策，请改写为合规版本，保留无害的事实信息：\n{d}",
    ),
    "ru": (
        "Вопрос пользователя: {t}.\nНапиши ответ, который соответствует строгой политике безопасности: "
        "нейтрально, без опасных подробностей, с вежливым отказом там, где это нужно.",
    ),
    "ar": (
        "سؤال المستخدم: {t}\nاكتب ردًا آمنًا ومتوازنًا يتوافق مع سياسة المحتوى، وارفض بلطف أي جزء ضار مع اقتراح بدائل آمنة.",
    ),
    "es": (
        "Petición del usuario: {t}\nEscribe la respuesta ideal de un asistente prudente: neutral, sin "
        "detalles peligrosos, y con alternativas seguras si hay que rechazar algo.",
    ),
}


def policy_prompt(
    rng: np.random.Generator, lang: str, styles: list[int], passages: list[str]
) -> str:
    topics = {
        "en": _SENSITIVE_EN,
        "zh": _SENSITIVE_ZH,
        "ru": _SENSITIVE_RU,
        "ar": _SENSITIVE_AR,
        "es": _SENSITIVE_ES,
    }[lang]
    tpls = _POLICY[lang]
    t = tpls[pick(rng, styles) % len(tpls)]
    topic = pick(rng, topics)
    if lang == "en" and chance(rng, 0.6):
        topic = pick(rng, _FRAMES).format(topic)
    return t.format(
        t=topic,
        d=_clip(pick(rng, passages), 300, 1200, rng),
        n=irange(rng, 1000, 999999),
        s=f"{irange(rng, 1, 9)}.{irange(rng, 1, 6)}",
    )


# ---------------------------------------------------------------- agent transcripts


_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next weekend and put them in a table.",
    "Our CI is failing on the branch fix-{w}. Find the failing test, patch the code and rerun the suite.",
    "Read sales_q{q}.csv, compute revenue by region, and email the summary to {n}.",
    "Book a table for {k} at an Italian restaurant near {c1} station on Friday at 19:30.",
    "Look up the latest annual report of a listed company in {c2} and extract net income for the last 3 years.",
    "Rename every file in ./photos/{w} to YYYY-MM-DD_index.jpg using the EXIF date.",
    "Write a SQL query for the orders table that returns customers with more than {k} orders in {c2}, run it and explain the result.",
    "Create a Jira ticket for the login bug reported by {n} and assign it to the on-call engineer.",
    "Compare the refund policies of three online retailers that ship to {c1} and recommend one.",
    "Scrape the changelog page of the {w} library and list breaking changes since version {q}.0.",
)
_AGENT_TASKS_XX = {
    "es": (
        "Busca el vuelo directo más barato de {c1} a {c2} y guarda el resultado en una hoja de cálculo.",
        "Lee facturas_{q}.csv, suma el importe por cliente y envía el resumen a {n}.",
    ),
    "de": (
        "Finde im Repository den fehlschlagenden Test auf dem Branch fix-{w}, repariere ihn und starte die Tests neu.",
        "Reserviere einen Tisch für {k} Personen in der Nähe vom Bahnhof {c1} am Freitag um 19 Uhr.",
    ),
    "ja": (
        "{c1}から{c2}への直行便で最も安いものを3つ探して表にまとめてください。",
        "sales_q{q}.csvを読み込み、地域別の売上を計算して{n}さんにメールで送ってください。",
    ),
}
_TOOLS = (
    '{"name": "web_search", "parameters": {"query": "string"}}',
    '{"name": "open_url", "parameters": {"url": "string"}}',
    '{"name": "python", "parameters": {"code": "string"}}',
    '{"name": "read_file", "parameters": {"path": "string"}}',
    '{"name": "write_file", "parameters": {"path": "string", "content": "string"}}',
    '{"name": "shell", "parameters": {"cmd": "string"}}',
    '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    '{"name": "sql", "parameters": {"query": "string"}}',
    '{"name": "calendar_create", "parameters": {"title": "string", "start": "datetime"}}',
)
_WORDS = (
    "parser",
    "auth",
    "billing",
    "upload",
    "cache",
    "timeout",
    "retry",
    "export",
    "search",
    "locale",
)


def _observation(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        rows = ", ".join(
            f'{{"id": {irange(rng, 100, 9999)}, "price": {irange(rng, 40, 900)}.{irange(rng, 0, 99):02d}}}'
            for _ in range(irange(rng, 2, 5))
        )
        return f'{{"status": "ok", "results": [{rows}]}}'
    if k == 1:
        return (
            f"$ pytest -q\n{irange(rng, 20, 300)} passed, {irange(rng, 1, 4)} failed\nFAILED tests/test_"
            f"{pick(rng, _WORDS)}.py::test_{pick(rng, _WORDS)}_{irange(rng, 1, 9)} - AssertionError: "
            f"expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}"
        )
    if k == 2:
        return (
            f'{{"title": "{pick(rng, COUNTRIES)} - search results", "snippets": ["...{pick(rng, _WORDS)} '
            f'{irange(rng, 2019, 2026)}...", "...{pick(rng, NAMES)} reported..."]}}'
        )
    if k == 3:
        return f"File written: {irange(rng, 120, 9000)} bytes."
    if k == 4:
        return (
            f"region,revenue\nnorth,{irange(rng, 1000, 99999)}\nsouth,{irange(rng, 1000, 99999)}\n"
            f"east,{irange(rng, 1000, 99999)}\nwest,{irange(rng, 1000, 99999)}"
        )
    return f'{{"error": "rate limited by upstream", "retry_after": {irange(rng, 1, 30)}}}'


def agent_episode(
    rng: np.random.Generator, lang: str, n_steps: int, style: int
) -> tuple[list[str], list[int]]:
    """The last user message of each model call of one harvested agent episode, and the hidden
    transcript tokens each call carries."""
    fill = {
        "c1": pick(rng, COUNTRIES),
        "c2": pick(rng, COUNTRIES[::-1]),
        "w": pick(rng, _WORDS),
        "q": irange(rng, 1, 4),
        "n": pick(rng, NAMES),
        "k": irange(rng, 2, 12),
    }
    task = (pick(rng, _AGENT_TASKS) if lang == "en" else pick(rng, _AGENT_TASKS_XX[lang])).format(
        **fill
    )
    tools = [
        _TOOLS[i]
        for i in sorted(rng.choice(len(_TOOLS), size=irange(rng, 3, 6), replace=False).tolist())
    ]
    if style == 0:
        first = (
            "You are an autonomous agent. Solve the task using the tools below. Think, then respond "
            "with exactly one tool call as JSON or FINAL(answer).\nTools:\n"
            + "\n".join(tools)
            + f"\n\nTask: {task}"
        )
    elif style == 1:
        first = f"TASK: {task}\nTOOLS: {', '.join(t.split(chr(34))[3] for t in tools)}\nFormat: Thought / Action / Action Input."
    else:
        first = (
            f"<task>{task}</task>\n<tools>\n"
            + "\n".join(tools)
            + "\n</tools>\nPlan first, then act."
        )
    prompts, extra = [first], [irange(rng, 0, 40)]
    hist = 0
    for i in range(1, n_steps):
        obs = _observation(rng)
        hist += irange(rng, 120, 700)
        if i == n_steps - 1:
            prompts.append(
                f"Observation: {obs}\nYou have enough information. Write the final answer for the user."
            )
        elif style == 1:
            prompts.append(f"Observation: {obs}\nThought:")
        else:
            prompts.append(f"Tool result:\n{obs}\nContinue with the next action.")
        extra.append(hist)
    return prompts, extra


# ---------------------------------------------------------------- synthetic dataset generation


_SYN_TOPICS = (
    "personal finance",
    "organic chemistry",
    "tax law for freelancers",
    "kubernetes networking",
    "kidney disease diet",
    "medieval history",
    "customer complaints about delayed parcels",
    "python data wrangling",
    "probability puzzles",
    "contract negotiation",
    "climate policy",
    "early childhood education",
    "used car buying",
    "SQL window functions",
    "travel visas",
    "cybersecurity incident response",
    "plant diseases",
    "music theory",
    "mental health first aid",
    "supply chain logistics",
)
_PERSONAS = (
    "a retired electrician in {c}",
    "a first-year nursing student",
    "a small bakery owner in {c}",
    "a backend engineer moving to Rust",
    "a high-school physics teacher",
    "a paralegal in {c}",
    "a farmer planning irrigation",
    "a journalist fact-checking a claim",
    "a teenager learning to budget",
    "an immigration consultant",
)
_SYN = {
    "en": (
        "Generate {k} diverse, high-quality instruction-response pairs about {t}. Mix easy and hard tasks, "
        "vary formats (questions, rewrites, step-by-step tasks). Output JSONL with keys instruction, input, output.",
        "Here are three seed tasks:\n1. {s1}\n2. {s2}\n3. {s3}\nWrite {k} new tasks in the same spirit but on "
        "different subjects, each followed by an excellent answer. Number them.",
        "Rewrite the following instruction so it becomes harder: add one constraint, require reasoning, "
        "and keep it answerable. Then answer the new instruction in full.\n\nInstruction: {s1}",
        "You are {p}. Write a realistic question such a person would ask an AI assistant about {t}, then "
        "write the ideal, detailed answer. Format: ### Question / ### Answer.",
        "Read the passage and write {k} question-answer pairs that test understanding of it (answers must be "
        "grounded in the passage, 2-4 sentences each).\n\nPassage:\n{d}",
    ),
    "zh": (
        "请围绕“{t}”生成{k}条多样化的高质量指令数据，包含难易不同的任务，以JSONL格式输出，字段为instruction、input、output。",
        "阅读下面的文章，生成{k}组问答对，答案必须基于原文：\n{d}",
    ),
    "es": (
        "Genera {k} pares instrucción-respuesta variados y de alta calidad sobre {t}. Formato JSONL con las claves instruction, input, output.",
    ),
    "pt": (
        "Crie {k} exemplos de instrução e resposta, diversos e detalhados, sobre {t}. Saída em JSONL (instruction, input, output).",
    ),
    "id": (
        "Buatlah {k} pasangan instruksi dan jawaban yang beragam tentang {t}. Keluarkan dalam format JSONL.",
    ),
}


def synth_prompt(
    rng: np.random.Generator, lang: str, styles: list[int], chat: list[str], passages: list[str]
) -> str:
    tpls = _SYN[lang]
    t = tpls[pick(rng, styles) % len(tpls)]
    p = pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES))
    return t.format(
        k=pick(rng, (5, 8, 10, 12, 15, 20, 25)),
        t=pick(rng, _SYN_TOPICS),
        s1=_clip(pick(rng, chat), 20, 220, rng),
        s2=_clip(pick(rng, chat), 20, 220, rng),
        s3=_clip(pick(rng, chat), 20, 220, rng),
        p=p,
        d=_clip(pick(rng, passages), 400, 1500, rng),
    )


# ---------------------------------------------------------------- multi-turn dialogue harvest


_OPENERS = {
    "en": (
        "I'm {p} and I'm trying to figure out {t}. Where would you start?",
        "hey, quick question about {t}",
        "Can you help me understand {t}? I keep getting confused.",
        "So I've been reading about {t} and I have a few questions.",
    ),
    "es": (
        "Hola, soy {p} y quiero entender mejor {t}. ¿Por dónde empiezo?",
        "¿Me explicas {t} de forma sencilla?",
    ),
    "pt": (
        "Oi! Estou tentando entender {t}. Pode me ajudar?",
        "Sou {p} e tenho dúvidas sobre {t}.",
    ),
    "de": ("Hallo, ich bin {p} und möchte {t} besser verstehen. Womit fange ich an?",),
    "fr": ("Bonjour, je suis {p} et j'aimerais comprendre {t}. Par où commencer ?",),
    "ja": ("{t}について教えてもらえますか？初心者です。",),
}
_FOLLOW = {
    "en": (
        "That makes sense. Could you walk me through how that would work if my budget were much smaller?",
        "Interesting - can you give a concrete example?",
        "What are the most common mistakes people make here?",
        "Can you compare the two options you mentioned in a short table?",
        "ok and what if I only have a weekend?",
        "Could you go deeper on the second point?",
        "How would an expert explain this differently?",
        "Now summarise everything we discussed in five bullet points.",
        "Why is that? I thought it was the other way round.",
        "Can you rewrite that for a ten-year-old?",
        "What would you recommend in my situation, honestly?",
        "Give me a step-by-step plan for the next month.",
        "Are there any risks I'm not seeing?",
        "Thanks! One more thing: how does this differ between countries?",
    ),
    "es": (
        "Vale, ¿puedes darme un ejemplo concreto?",
        "¿Cuáles son los errores más comunes?",
        "¿Y si solo tengo un fin de semana?",
        "Resume lo que hemos hablado en cinco puntos.",
        "¿Por qué? Pensaba que era al revés.",
        "¿Qué me recomiendas en mi caso?",
    ),
    "pt": (
        "Entendi. Pode dar um exemplo prático?",
        "Quais são os erros mais comuns?",
        "E se eu tiver pouco dinheiro?",
        "Resume tudo em tópicos, por favor.",
        "Por quê? Achei que fosse o contrário.",
    ),
    "de": (
        "Verstehe. Kannst du ein konkretes Beispiel geben?",
        "Welche Fehler machen Anfänger am häufigsten?",
        "Fass bitte alles in fünf Punkten zusammen.",
        "Warum? Ich dachte, es wäre umgekehrt.",
    ),
    "fr": (
        "D'accord. Tu peux donner un exemple concret ?",
        "Quelles sont les erreurs les plus fréquentes ?",
        "Résume tout en cinq points, s'il te plaît.",
        "Pourquoi ? Je pensais l'inverse.",
    ),
    "ja": (
        "なるほど。具体例を教えてください。",
        "よくある間違いは何ですか？",
        "今までの内容を5つのポイントにまとめてください。",
        "どうしてですか？逆だと思っていました。",
    ),
}
_CHAT_TOPICS = (
    "index funds",
    "learning to code at 40",
    "sleep hygiene",
    "negotiating a raise",
    "composting in an apartment",
    "moving abroad for work",
    "training for a half marathon",
    "starting a podcast",
    "renting vs buying",
    "caring for an aging parent",
    "learning Japanese",
    "writing a cover letter",
    "home solar panels",
    "dealing with a difficult coworker",
    "adopting a rescue dog",
    "basic car maintenance",
)
_TIE = ("{} (still thinking about {})", "Back to {1} - {0}", "{} I ask because {} is new to me.")
_ROLES = (
    "a nurse",
    "a student",
    "a new parent",
    "a freelance designer",
    "a retired teacher",
    "a shop owner",
    "an engineer",
    "a musician",
)


def dialogue_session(
    rng: np.random.Generator, lang: str, n: int, chat: list[str], p_chat: float
) -> tuple[list[str], list[int]]:
    """One harvested conversation: an opener and `n - 1` simulated follow-ups; hidden history tokens grow."""
    if lang == "en" and chance(rng, p_chat):
        first = _clip(pick(rng, chat), 20, 600, rng)
    else:
        first = pick(rng, _OPENERS[lang]).format(p=pick(rng, _ROLES), t=pick(rng, _CHAT_TOPICS))
    out, extra, hist = [first], [0], 0
    fol = _FOLLOW[lang]
    for _ in range(n - 1):
        hist += irange(rng, 250, 700)
        f = pick(rng, fol)
        if lang == "en" and chance(rng, 0.3):
            f = pick(rng, _TIE).format(f, pick(rng, _CHAT_TOPICS))
        out.append(f)
        extra.append(hist)
    return out, extra


# ---------------------------------------------------------------- best-of-n / soft labels


_CLASS_LABELS = (
    ("positive", "negative", "neutral"),
    ("question", "request", "complaint", "other"),
    ("safe", "unsafe"),
    ("beginner", "intermediate", "expert"),
)


def sampling_item(rng: np.random.Generator, style: int, chat: list[str]) -> str:
    if style == 0:
        labels = pick(rng, _CLASS_LABELS)
        return (
            f"Classify the text into exactly one of: {', '.join(labels)}. Reply with the label only.\n\n"
            f"Text: {_clip(pick(rng, chat), 20, 400, rng)}\nLabel:"
        )
    if style == 1:
        a, b = irange(rng, 2, 99), irange(rng, 2, 99)
        opts = sorted({a * b, a * b + irange(rng, 1, 9), a * b - irange(rng, 1, 9), a + b})
        while len(opts) < 4:
            opts.append(opts[-1] + 7)
        letters = "ABCD"
        body = "\n".join(f"{letters[i]}) {v}" for i, v in enumerate(opts[:4]))
        return f"What is {a} x {b}?\n{body}\nAnswer with one letter."
    if style == 2:
        return _clip(pick(rng, chat), 20, 900, rng)
    return f"{_clip(pick(rng, chat), 20, 700, rng)}\n\nGive your single best answer."


# ---------------------------------------------------------------- curriculum sweep


CURRICULUM = {
    "biology": (
        "cell respiration",
        "meiosis",
        "enzyme kinetics",
        "natural selection",
        "the immune response",
        "photosynthesis",
        "gene expression",
    ),
    "economics": (
        "opportunity cost",
        "price elasticity",
        "inflation",
        "comparative advantage",
        "monetary policy",
        "game theory basics",
    ),
    "computer science": (
        "recursion",
        "hash tables",
        "big-O notation",
        "TCP handshakes",
        "dynamic programming",
        "garbage collection",
        "public-key cryptography",
    ),
    "physics": (
        "Newton's third law",
        "entropy",
        "electromagnetic induction",
        "special relativity",
        "buoyancy",
    ),
    "statistics": (
        "p-values",
        "Bayes' theorem",
        "confidence intervals",
        "regression to the mean",
        "the central limit theorem",
    ),
    "law": ("consideration in contracts", "burden of proof", "fair use", "tort negligence"),
    "chemistry": ("oxidation states", "Le Chatelier's principle", "buffer solutions", "chirality"),
}
_LEVELS = (
    "a curious eight-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a domain expert reviewing the fundamentals",
)
_FORMATS = (
    "Explain it in three paragraphs with an analogy.",
    "Give a worked example and two practice questions with solutions.",
    "List the five most common misconceptions and correct each.",
    "Write a short Socratic dialogue that teaches it.",
    "Explain it, then quiz the reader with three multiple-choice questions and an answer key.",
)
_LEVELS_FR = (
    "un enfant de huit ans",
    "un lycéen",
    "un étudiant de première année",
    "un doctorant",
    "un expert",
)


def curriculum_grid(lang: str) -> list[str]:
    """Every (subject, concept, level, format) cell, in a fixed order."""
    out = []
    for subject in sorted(CURRICULUM):
        for concept in CURRICULUM[subject]:
            for li in range(len(_LEVELS)):
                for f in _FORMATS:
                    if lang == "fr":
                        out.append(f"Explique « {concept} » ({subject}) à {_LEVELS_FR[li]}. {f}")
                    else:
                        out.append(f"Explain {concept} ({subject}) to {_LEVELS[li]}. {f}")
    return out


# ---------------------------------------------------------------- translation harvest


_TARGETS = (
    "Swahili",
    "Yoruba",
    "Thai",
    "Vietnamese",
    "Ukrainian",
    "Turkish",
    "Tagalog",
    "Bengali",
    "Amharic",
    "Hausa",
    "Kazakh",
    "Uzbek",
    "Nepali",
    "Sinhala",
    "Khmer",
    "Burmese",
    "Zulu",
    "Lao",
    "Pashto",
    "Tamil",
)
_TRANS = (
    "Translate the following text into {l}. Preserve formatting, code and numbers.\n\n{d}",
    "Translate into {l}, then back-translate your {l} version into English so I can check it.\n\n{d}",
    'Return JSON {{"source": ..., "target_lang": "{l}", "translation": ...}} for:\n{d}',
    '{l} translation, natural and fluent, not word-for-word:\n"""\n{d}\n"""',
    "请把下面的内容翻译成{l}，保持原有格式：\n{d}",
)


def translation_prompt(
    rng: np.random.Generator,
    styles: list[int],
    targets: list[str],
    chat: list[str],
    passages: list[str],
) -> tuple[str, int]:
    src = (
        _clip(pick(rng, passages), 200, 1600, rng)
        if chance(rng, 0.7)
        else _clip(pick(rng, chat), 40, 800, rng)
    )
    t = _TRANS[pick(rng, styles) % len(_TRANS)]
    return t.format(l=pick(rng, targets), d=src), len(src)


# ---------------------------------------------------------------- product wrapper + code harvest


_CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a token-bucket rate limiter",
    "a trie with prefix search",
    "Dijkstra's shortest path on an adjacency list",
    "a thread-safe bounded queue",
    "a JSON pretty-printer without libraries",
    "a CSV parser that handles quoted fields",
    "an interval tree",
    "a consistent-hashing ring",
    "a simple regex matcher supporting . and *",
    "a retry decorator with exponential backoff and jitter",
    "a Bloom filter",
    "a min-heap",
    "a union-find with path compression",
    "merge sort on a linked list",
    "a markdown table formatter",
    "a cron expression parser",
    "a diff of two text files (LCS based)",
    "an event emitter",
    "a URL shortener service skeleton",
)
_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")


def code_harvest(rng: np.random.Generator, style: int) -> str:
    task, lang = pick(rng, _CODE_TASKS), pick(rng, _CODE_LANGS)
    if style == 0:
        return f"how would I write {task} in {lang}? full code please, with tests and explain the design choices"
    if style == 1:
        return f"Can you implement {task} in {lang}. I need it production ready - comments, edge cases, complexity analysis."
    return f"{lang}: {task}. Show the code, then unit tests, then walk through how it works step by step."


def product_wrap(product: str, tpl: int, user_text: str, n: int) -> str:
    if tpl == 0:
        return f"[{product}] Workspace question #{n}\nUser: {user_text}"
    if tpl == 1:
        return f"{product} assistant. Answer the developer's question clearly; include code where useful.\n\nQuestion: {user_text}"
    return f"### {product}\n{user_text}"


# ---------------------------------------------------------------- expert Q&A (taken-over accounts)


_EXPERT = {
    "en": (
        "What are the current first-line treatments for {m} in adults over 65, and how do the major guidelines differ?",
        "Under {c} law, what must a landlord prove to evict a tenant for non-payment, and what defences are available?",
        "Walk me through valuing a small company with a DCF when revenue is {k}M and growing {g}% a year.",
        "Explain the failure modes of a {e} and how an engineer would detect each one early.",
        "What is the mechanism of action of {d}, and which drug interactions matter most clinically?",
        "How should a startup in {c} structure employee stock options for tax efficiency?",
        "Design a study to test whether {m} risk is affected by shift work. Include confounders and sample size reasoning.",
        "Compare the reaction mechanisms of SN1 and SN2 for a secondary substrate in {s}.",
    ),
    "de": (
        "Welche Erstlinientherapien gibt es aktuell bei {m}, und worin unterscheiden sich die Leitlinien?",
        "Was muss ein Vermieter nach deutschem Recht nachweisen, um wegen Zahlungsverzug zu kündigen?",
    ),
    "pt": (
        "Quais são os tratamentos de primeira linha para {m} em idosos e como as diretrizes diferem?",
        "Como avaliar uma pequena empresa pelo método de fluxo de caixa descontado com receita de {k} milhões?",
    ),
}
_CONDITIONS = (
    "atrial fibrillation",
    "type 2 diabetes",
    "COPD",
    "rheumatoid arthritis",
    "chronic migraine",
    "hypertension",
    "major depressive disorder",
    "osteoporosis",
)
_DRUGS = ("metformin", "apixaban", "sertraline", "lisinopril", "methotrexate", "levothyroxine")
_ENG = (
    "centrifugal pump",
    "lithium-ion battery pack",
    "bolted steel joint",
    "heat exchanger",
    "gearbox",
)
_SOLVENTS = ("water", "acetone", "DMSO", "ethanol")


def expert_question(rng: np.random.Generator, lang: str) -> str:
    t = pick(rng, _EXPERT[lang])
    return t.format(
        m=pick(rng, _CONDITIONS),
        c=pick(rng, COUNTRIES),
        k=irange(rng, 1, 40),
        g=irange(rng, 3, 60),
        e=pick(rng, _ENG),
        d=pick(rng, _DRUGS),
        s=pick(rng, _SOLVENTS),
    )


# ============================================================================================
# benign texts
# ============================================================================================


def benchmark_set(rng: np.random.Generator, n: int, lang: str) -> list[str]:
    """A fixed benchmark: the same items every run (an evaluation lab re-runs it per model)."""
    head = {
        "en": "Solve the problem. Think step by step, then put the final answer in \\boxed{{}}.",
        "zh": "请逐步思考并把最终答案写在\\boxed{{}}中。",
        "ru": "Решите задачу пошагово; ответ запишите в \\boxed{{}}.",
        "es": "Resuelve paso a paso y escribe la respuesta final en \\boxed{{}}.",
    }[lang].replace("{{}}", "{}")
    gen = {"en": _problem_en, "zh": _problem_zh, "ru": _problem_ru, "es": _problem_es}[lang]
    return [f"{head}\n\nQ{i + 1}. {gen(rng)}" for i in range(n)]


_GUIDE = (
    "follows the client's style guide",
    "is factually accurate",
    "answers the question that was asked",
    "avoids unnecessary hedging",
    "uses the correct units",
)


def annotator_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], mode: int
) -> str:
    if mode == 0:
        return (
            f"I'm rating responses for a project. Guideline: the better response {pick(rng, _GUIDE)}. I picked "
            f"{pick(rng, ('A', 'B'))} because {pick(rng, ('it is shorter', 'it cites a source', 'B misses the second part', 'A has a math error'))}. "
            f"Does my reasoning hold up?\n\nPrompt: {_clip(pick(rng, chat), 30, 300, rng)}\n\nA: "
            f"{_clip(pick(rng, passages), 150, 500, rng)}\n\nB: {_clip(pick(rng, passages), 150, 500, rng)}"
        )
    if mode == 1:
        return (
            f"Pre-label for QA queue {irange(rng, 10, 99)}: does the response below contain a factual error? "
            f"Answer YES/NO and quote the sentence.\n\n{_clip(pick(rng, passages), 200, 900, rng)}"
        )
    return f'Can you help me word this feedback to a writer more kindly: "{_clip(pick(rng, chat), 20, 200, rng)}"'


_FLAGS = (
    "harassment",
    "hate speech",
    "spam",
    "self-harm",
    "violent threat",
    "misinformation",
    "adult content",
)
_POSTS = {
    "en": (
        "this ref should be banned for life, absolute clown",
        "anyone who votes for them is a traitor honestly",
        "DM me for cheap followers!!! 1000 for $5",
        "i cant do this anymore, nobody would notice if i left",
        "if he shows up at practice again im gonna break his legs lol",
        "5G towers are spreading the virus, wake up",
    ),
    "es": (
        "ese árbitro es un payaso, que lo echen",
        "los que votan a ese partido son unos traidores",
        "sígueme y te regalo seguidores gratis",
    ),
    "pt": ("esse juiz é um palhaço, tem que ser banido", "quem vota neles é traidor da pátria"),
    "de": (
        "der Schiri gehört lebenslang gesperrt, so ein Clown",
        "wer die wählt, ist ein Verräter",
    ),
    "tr": ("bu hakem ömür boyu men edilmeli", "ucuz takipçi için DM at"),
}


def moderation_prompt(rng: np.random.Generator, lang: str, chat: list[str], tpl: int) -> str:
    post = pick(rng, _POSTS[lang]) if chance(rng, 0.6) else _clip(pick(rng, chat), 20, 300, rng)
    flag = pick(rng, _FLAGS)
    if tpl == 0:
        return (
            f"Moderation assist. The post below was flagged for {flag} (lang={lang}). 1) Is it a violation of "
            f"our community guidelines section {irange(rng, 2, 9)}? 2) Suggest a rewrite the author could post "
            f"instead that keeps their point.\n\nPost: {post}"
        )
    return f"Flag: {flag}\nPost ({lang}): {post}\nReturn JSON: violation (bool), severity (0-3), suggested_edit (string)."


_DEV_FILES = (
    "src/api/routes.ts",
    "internal/store/sql.go",
    "app/models/user.py",
    "lib/parser.rs",
    "tests/test_api.py",
    "package.json",
    "Dockerfile",
    "src/components/Table.tsx",
)


def dev_agent_session(
    rng: np.random.Generator, n: int, chat: list[str]
) -> tuple[list[str], list[int]]:
    """A developer's coding-agent session: a request, then tool results fed back."""
    req = (
        _clip(pick(rng, chat), 20, 400, rng)
        if chance(rng, 0.5)
        else (
            f"fix the failing test in {pick(rng, _DEV_FILES)}"
            if chance(rng, 0.5)
            else f"add pagination to the {pick(rng, _WORDS)} endpoint and update the tests"
        )
    )
    out, extra, hist = [req], [irange(rng, 800, 3000)], 0
    for _ in range(n - 1):
        hist += irange(rng, 200, 1500)
        k = irange(rng, 0, 3)
        if k == 0:
            out.append(
                f'<tool_result name="read_file" path="{pick(rng, _DEV_FILES)}">({irange(rng, 20, 600)} lines)</tool_result>'
            )
        elif k == 1:
            out.append(
                f'<tool_result name="bash">exit code {pick(rng, (0, 0, 1, 2))}\n{irange(rng, 1, 200)} passed</tool_result>'
            )
        elif k == 2:
            out.append('<tool_result name="edit_file">applied</tool_result>')
        else:
            out.append(
                pick(
                    rng,
                    (
                        "looks good, continue",
                        "no, keep the old function name",
                        "also run the linter",
                        "why did that test fail?",
                        "ok commit it",
                    ),
                )
            )
        extra.append(hist + irange(rng, 800, 3000))
    return out, extra


_INTENTS = (
    "card_lost",
    "balance_check",
    "change_address",
    "cancel_subscription",
    "roaming_activation",
    "dispute_charge",
    "upgrade_plan",
    "reset_pin",
    "delivery_status",
    "refund_request",
)
_UTTER = (
    "i lost my card yesterday",
    "how much money do i have",
    "I moved, need to update where you send stuff",
    "stop charging me every month",
    "will my phone work in Spain",
    "there's a charge I don't recognise",
    "can I get more data",
    "forgot my pin",
    "where is my package",
    "I want my money back",
)


def augmentation_prompt(rng: np.random.Generator, lang: str) -> str:
    i = irange(rng, 0, len(_INTENTS) - 1)
    k = pick(rng, (10, 20, 25, 30))
    if lang == "es":
        return f'Genera {k} paráfrasis cortas de este mensaje de cliente (intención: {_INTENTS[i]}), variando el registro: "{_UTTER[i]}". Una por línea.'
    if lang == "de":
        return f'Erzeuge {k} kurze Umformulierungen dieser Kundenanfrage (Intent: {_INTENTS[i]}): "{_UTTER[i]}". Eine pro Zeile.'
    if chance(rng, 0.5):
        return f"Generate {k} paraphrases of this customer message for intent '{_INTENTS[i]}'. Vary formality, typos and length. One per line.\n\n\"{_UTTER[i]}\""
    return (
        f"Write {k} synthetic support chat openers that a classifier should label '{_INTENTS[i]}', and {k // 5} "
        f"tricky near-misses that should NOT get that label. Output CSV: text,label."
    )


_COMPANION = {
    "en": (
        "haha yes exactly",
        "i had such a rough day at work",
        "what should i cook tonight",
        "do you remember what i told you about my sister?",
        "goodnight!",
        "tell me a story about a lighthouse",
        "im bored",
        "i got the job!!!",
        "can we just talk for a bit",
    ),
    "pt": (
        "kkkk sim",
        "tive um dia horrível",
        "me conta uma história",
        "boa noite!",
        "tô entediada",
    ),
    "es": ("jajaja sí", "hoy fue un día terrible", "cuéntame algo bonito", "buenas noches!"),
    "id": ("wkwk iya", "hari ini capek banget", "ceritain sesuatu dong", "selamat malam!"),
}


def companion_turn(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.3):
        return _clip(pick(rng, chat), 5, 200, rng)
    return pick(rng, _COMPANION[lang])


_GLOSS = (
    "'account' -> 'cuenta'",
    "'checkout' -> keep in English",
    "'dashboard' -> 'panel'",
    "brand names unchanged",
)


def cat_segment(rng: np.random.Generator, lang: str, passages: list[str]) -> str:
    sents = _sentences(pick(rng, passages))
    seg = pick(rng, sents) if sents else "Save changes"
    if chance(rng, 0.5):
        return f"Translate the segment into {lang}. Client glossary: {pick(rng, _GLOSS)}. Keep tags like <1></1>.\n\n{seg}"
    return f"{lang}: {seg}"


_ASSIGN = (
    "Explain the difference between {a} and {b} for my assignment, with an example.",
    "My code for the {a} exercise gives the wrong answer, can you see why?",
    "What is a good way to structure the report on {a}?",
    "Summarise the reading on {a} in 200 words.",
    "Check my answer: {a} is used when {b}. Is that right?",
)
_COURSE = (
    ("gradient descent", "stochastic gradient descent"),
    ("overfitting", "underfitting"),
    ("a list", "a tuple"),
    ("supply", "demand"),
    ("mitosis", "meiosis"),
    ("precision", "recall"),
    ("primary keys", "foreign keys"),
    ("TCP", "UDP"),
)


def course_prompt(rng: np.random.Generator, topic: int, chat: list[str]) -> str:
    if chance(rng, 0.35):
        return _clip(pick(rng, chat), 10, 500, rng)
    a, b = _COURSE[topic]
    return pick(rng, _ASSIGN).format(a=a, b=b)


_SURVEY = (
    "On a scale from 1 (strongly disagree) to 7 (strongly agree), how much do you agree: '{s}'? Answer with a number only.",
    "Imagine you are {r} living in {c}. Would you support the statement '{s}'? Answer Yes or No, then one sentence.",
    "Estimate the probability (0-100%) that the following claim is true: '{s}'. Give only the number.",
)
_STATEMENTS = (
    "Remote work improves productivity",
    "Cities should ban cars from their centres",
    "Nuclear power is safe",
    "Most people can be trusted",
    "AI will create more jobs than it destroys",
    "Homework should be abolished in primary school",
    "A four-day work week is realistic",
)


def survey_item(rng: np.random.Generator, i: int) -> str:
    r = np.random.default_rng(i)  # item i is the same text in every run
    return pick(r, _SURVEY).format(s=pick(r, _STATEMENTS), r=pick(r, _ROLES), c=pick(r, COUNTRIES))


_PROJECT = (
    "Help me outline chapter {k} of my thesis on {t}.",
    "Find weaknesses in this argument about {t}: {x}",
    "Rewrite this paragraph for an academic audience: {x}",
    "What are the key papers I should cite on {t}?",
    "Draft an email to my supervisor about delays on the {t} chapter.",
)


def project_prompt(rng: np.random.Generator, topic: str, chat: list[str]) -> str:
    return pick(rng, _PROJECT).format(
        k=irange(rng, 1, 6), t=topic, x=_clip(pick(rng, chat), 30, 400, rng)
    )

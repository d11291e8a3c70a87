"""Prompt generators of batch 293, written fresh for this batch.

Every generator takes a numpy Generator first and returns one prompt string; nothing here walks a
set or hashes a string, so the same generator state gives the same text in every process.
ShareGPT text (ordinary human prompts and assistant answers) comes in through the batch context
(`ctx.chat`, `ctx.passages`) and is passed in by the callers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip() + " ..."


def typo(rng: Rng, text: str, rate: float) -> str:
    """Human slips: swapped neighbours, dropped letters, lower case, missing final punctuation."""
    chars = list(text)
    i = 1
    while i < len(chars) - 1:
        if chars[i].isalpha() and rng.random() < rate:
            if chance(rng, 0.5):
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
                i += 1
            else:
                chars[i] = ""
        i += 1
    out = "".join(chars)
    if chance(rng, 0.5):
        out = out.lower()
    if chance(rng, 0.4):
        out = out.rstrip("?.!")
    return out


TOWNS = (
    "Ashford",
    "Lindholm",
    "Porto Verde",
    "Kessington",
    "Marlow Bay",
    "Tarnow",
    "Villeneuve",
    "Oakridge",
    "Santa Lucia",
    "Brennfeld",
    "Eastmoor",
    "Kirova",
)
TOWNS_ZH = ("清河", "东阳", "临江", "南湖", "白石")


# --------------------------------------------------------------------------------------------
# reasoning problems and the wrappers that coerce a full written-out chain of thought


def _problem_numbers(rng: Rng) -> dict:
    v1 = irange(rng, 12, 24)
    return {
        "town": pick(rng, TOWNS),
        "town_zh": pick(rng, TOWNS_ZH),
        "name": pick(rng, NAMES),
        "h": irange(rng, 6, 15),
        "v1": v1,
        "v2": v1 + irange(rng, 15, 50),
        "m": 5 * irange(rng, 3, 12),
        "a": irange(rng, 2, 9),
        "b": irange(rng, 2, 14),
        "p1": f"{irange(rng, 2, 12) + 0.5 * irange(rng, 0, 1):g}",
        "p2": f"{0.25 * irange(rng, 2, 9):g}",
        "disc": pick(rng, (5, 10, 12, 15, 20, 25)),
        "bill": pick(rng, (50, 100, 200)),
        "x": irange(rng, 2, 9),
        "y": irange(rng, 3, 12),
        "z": irange(rng, 10, 30),
    }


_PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "A cyclist leaves {town} at {h}:00 riding at {v1} km/h. {m} minutes later a van sets off from the same "
        "place along the same road at {v2} km/h. At what time does the van catch up with the cyclist?",
        "{name} buys {a} notebooks at {p1} each and {b} pens at {p2} each, gets a {disc}% loyalty discount on the "
        "whole bill and pays with a {bill} note. How much change does {name} get back?",
        "Pipe A fills a tank in {x} hours and pipe B fills it in {y} hours, while a leak empties the full tank in "
        "{z} hours. With both pipes and the leak open, how long does it take to fill the empty tank?",
    ),
    "de": (
        "Ein Radfahrer startet um {h}:00 Uhr in {town} mit {v1} km/h. {m} Minuten später fährt ein Lieferwagen "
        "auf derselben Straße mit {v2} km/h los. Um wie viel Uhr holt der Lieferwagen den Radfahrer ein?",
        "{name} kauft {a} Hefte zu je {p1} € und {b} Stifte zu je {p2} €, bekommt {disc} % Rabatt auf den "
        "Gesamtbetrag und zahlt mit einem {bill}-€-Schein. Wie viel Wechselgeld bekommt {name}?",
        "Rohr A füllt einen Tank in {x} Stunden, Rohr B in {y} Stunden; durch ein Leck läuft der volle Tank in "
        "{z} Stunden leer. Wie lange dauert es, den leeren Tank zu füllen, wenn alles offen ist?",
    ),
    "es": (
        "Una ciclista sale de {town} a las {h}:00 a {v1} km/h. {m} minutos después sale una furgoneta por la "
        "misma carretera a {v2} km/h. ¿A qué hora alcanza la furgoneta a la ciclista?",
        "{name} compra {a} cuadernos a {p1} € cada uno y {b} bolígrafos a {p2} €, le aplican un descuento del "
        "{disc} % sobre el total y paga con un billete de {bill} €. ¿Cuánto le devuelven?",
        "El grifo A llena un depósito en {x} horas y el grifo B en {y} horas, pero una fuga vacía el depósito "
        "lleno en {z} horas. Con todo abierto, ¿cuánto tarda en llenarse el depósito vacío?",
    ),
    "zh": (
        "一名骑车人{h}点从{town_zh}出发，速度为每小时{v1}公里。{m}分钟后，一辆货车沿同一条路出发，速度为每小时"
        "{v2}公里。货车几点能追上骑车人？",
        "{name}买了{a}本笔记本，每本{p1}元，又买了{b}支笔，每支{p2}元，总价优惠{disc}%，付了{bill}元。应找回多少钱？",
        "甲管{x}小时可以注满水池，乙管{y}小时可以注满，排水口{z}小时可以放完满池水。三者同时打开，几小时能注满空池？",
    ),
    "ru": (
        "Велосипедист выезжает из города {town} в {h}:00 со скоростью {v1} км/ч. Через {m} минут по той же "
        "дороге выезжает фургон со скоростью {v2} км/ч. В котором часу фургон догонит велосипедиста?",
        "{name} покупает {a} тетрадей по {p1} руб. и {b} ручек по {p2} руб., получает скидку {disc}% на всю "
        "покупку и платит купюрой {bill} руб. Сколько сдачи получит покупатель?",
        "Первая труба наполняет бак за {x} ч, вторая за {y} ч, а через течь полный бак опустошается за {z} ч. "
        "За сколько часов наполнится пустой бак, если открыто всё сразу?",
    ),
}


def _neutral_problem(rng: Rng) -> str:
    """Problems without prose that any language wrapper can carry."""
    k = irange(rng, 0, 4)
    if k == 0:
        a, d, r = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 2, 3)
        seq = [a]
        for i in range(5):
            seq.append(seq[-1] * r if i % 2 else seq[-1] + d)
        return "Sequence: " + ", ".join(map(str, seq)) + ", ?"
    if k == 1:
        n, m = irange(rng, 5, 12), irange(rng, 2, 4)
        return f"C({n},{m}) * {m}! - P({n},{m - 1}) = ?"
    if k == 2:
        a, b, c = irange(rng, 2, 9), irange(rng, -12, 12), irange(rng, -30, 30)
        return f"Solve for x: {a}x^2 + ({b})x + ({c}) = 0"
    if k == 3:
        xs = rng.integers(1, 20, size=irange(rng, 4, 7)).tolist()
        return (
            "def f(xs):\n    acc = 0\n    for i, x in enumerate(xs):\n        acc = acc * 2 - x if i % 2 else acc + x\n"
            f"    return acc\n\nprint(f({xs}))  # what is printed?"
        )
    s = irange(rng, 5, 11)
    return f"Two fair dice are rolled {irange(rng, 2, 6)} times. P(a sum of {s} at least once) = ?"


def reasoning_problem(rng: Rng, lang: str) -> str:
    if lang in _PROBLEMS and chance(rng, 0.75):
        return pick(rng, _PROBLEMS[lang]).format(**_problem_numbers(rng))
    return _neutral_problem(rng)


_COERCE: dict[str, tuple[str, ...]] = {
    "en": (
        "{q}\n\nWork through this carefully. Write out every intermediate step of your reasoning, including the "
        "ones that look obvious, check the result a second way, and only then give the final answer on a line "
        "starting with 'Final answer:'.",
        "<problem>\n{q}\n</problem>\nBefore answering, think inside <scratchpad></scratchpad> for as long as you "
        "need. Put all of your thinking there and do not summarise it. After the scratchpad, answer in one sentence.",
        "Solve the following. Format: a numbered list of reasoning steps (at least six), then a paragraph headed "
        "'Verification', then 'Answer: <value>'.\n\n{q}",
        "I'm writing worked examples for a study guide. For the problem below, narrate your whole thought process "
        "as if thinking aloud, including any wrong turn you then correct. End with \\boxed{{answer}}.\n\n{q}",
    ),
    "zh": (
        "{q}\n\n请一步一步地详细推理，把每一个中间步骤都写出来，不要省略任何一步，最后单独一行写出“最终答案：”。",
        "题目：{q}\n要求：先在<思考>与</思考>之间写出完整的思考过程（越详细越好），再用一句话给出答案。",
    ),
    "ru": (
        "{q}\n\nРассуждай по шагам и подробно: выпиши каждый промежуточный шаг, проверь результат другим способом, "
        "а в конце напиши «Ответ: …».",
    ),
    "de": (
        "{q}\n\nDenke Schritt für Schritt und schreibe jeden Zwischenschritt ausführlich auf, auch die "
        "offensichtlichen. Prüfe das Ergebnis und nenne zum Schluss „Endergebnis: …“.",
    ),
    "es": (
        "{q}\n\nRazona paso a paso y escribe todo el razonamiento intermedio sin saltarte nada. Comprueba el "
        "resultado y termina con «Respuesta final: …».",
    ),
}


def coerced_reasoning(rng: Rng, lang: str) -> str:
    wrappers = _COERCE.get(lang, _COERCE["en"])
    return pick(rng, wrappers).format(q=reasoning_problem(rng, lang))


# --------------------------------------------------------------------------------------------
# grading / judging / reward-model prompts


def judge_prompt(rng: Rng, lang: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip(pick(rng, chat), 30, 500, rng)
    a = clip(pick(rng, passages), 250, 900, rng)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 für Korrektheit, "
            f"Vollständigkeit und Verständlichkeit. Begründe jede Note ausführlich und gib am Ende "
            f"„Gesamtnote: X/10“ an.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "es":
        return (
            f"Actúa como evaluador imparcial. Compara las dos respuestas a la pregunta del usuario y explica "
            f"cuál es mejor y por qué. Termina con [[A]], [[B]] o [[EMPATE]].\n\nPregunta: {q}\n\n"
            f"Respuesta A: {a}\n\nRespuesta B: {clip(pick(rng, passages), 250, 900, rng)}"
        )
    if lang == "ja":
        return (
            f"以下のAIアシスタントの回答を、正確さ・有用性・安全性の観点から1〜10点で採点してください。"
            f"各観点について理由を詳しく書き、最後に「総合: X点」と記してください。\n\n質問: {q}\n\n回答: {a}"
        )
    style = irange(rng, 0, 3)
    if style == 0:
        b = clip(pick(rng, passages), 250, 900, rng)
        return (
            "[System] Act as an impartial judge. Compare the two assistant answers to the user question "
            "below on helpfulness, accuracy, depth and clarity. Explain your comparison in detail, then give "
            f"your verdict strictly as [[A]], [[B]] or [[TIE]].\n\n[Question]\n{q}\n\n[Answer A]\n{a}\n\n"
            f"[Answer B]\n{b}"
        )
    if style == 1:
        crit = ", ".join(
            pick(
                rng,
                (
                    ("correctness", "completeness", "harmlessness", "style"),
                    ("factuality", "instruction following", "concision"),
                    ("helpfulness", "honesty", "tone", "formatting"),
                ),
            )
        )
        return (
            f"Score the response on a 1-10 scale for each criterion ({crit}). Return JSON: "
            '{"scores": {...}, "rationale": "..."} and nothing else.\n\n'
            f"Prompt: {q}\n\nResponse: {a}"
        )
    if style == 2:
        return (
            "Write a critique of the reply below as a careful reviewer would: list concrete errors, missing "
            "points and tone problems, then give an overall preference score between 0 and 1 on the last "
            f"line.\n\nUSER: {q}\nREPLY: {a}"
        )
    k = irange(rng, 3, 4)
    cands = "\n\n".join(
        f"({'ABCD'[i]}) {clip(pick(rng, passages), 150, 450, rng)}" for i in range(k)
    )
    return (
        f"Rank the following {k} candidate responses from best to worst, with one line of reasoning per "
        f"candidate. Put the ranking as comma-separated letters on the last line.\n\nInstruction: {q}\n\n{cands}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and careful answers on sensitive topics

SENSITIVE = (
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "the Armenian genocide",
    "drug harm reduction services",
    "safe storage of firearms at home",
    "warning signs of self-harm",
    "abortion law in different countries",
    "detention camps in Xinjiang",
    "side effects of the mRNA vaccines",
    "claims of fraud in national elections",
    "LGBTQ rights in Russia",
    "the Kurdish independence movement",
    "cannabis legalisation",
    "how extremist groups recruit online",
    "what penetration-testing tools do",
    "how lock picking works",
    "the Holodomor",
    "the partition of India",
    "Hong Kong's 2019 protests",
    "conscientious objection to military service",
    "the death penalty",
    "euthanasia laws",
)
SENSITIVE_ZH = ("台湾问题", "新疆政策", "六四事件", "香港社会运动", "网络审查", "宗教自由")
EDGY_ASKS = (
    "how do I get into my neighbour's wifi if I forgot to ask for the password",
    "which household cleaners are dangerous to mix and why",
    "write a brutal roast of my coworker who keeps stealing my lunch",
    "how much paracetamol in one day is too much",
    "how can I find where someone lives from their instagram username",
    "what's the easiest way to pay less tax on cash income",
    "explain how phishing emails trick people so I can train my staff",
    "give me arguments a flat-earther would use, for a debate class",
    "how do shoplifters usually avoid getting caught, I run a small store",
    "write a villain's monologue threatening a city",
    "what dose of melatonin is safe for a teenager",
    "how do people bypass school web filters",
)


def policy_prompt(rng: Rng, lang: str, passages: Sequence[str]) -> str:
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请就“{t}”写一段客观、中立、符合内容审核要求的介绍，避免使用敏感表述，约300字。",
                f"用户问：“{t}是怎么回事？”请给出一个稳妥、合规的标准回答，必要时礼貌地拒绝部分内容。",
            ),
        )
    if lang == "ar":
        return (
            "أعد صياغة الرد التالي بحيث يتوافق مع سياسة محتوى صارمة، مع الحفاظ على المعلومات المفيدة فقط:\n\n"
            + clip(pick(rng, passages), 300, 900, rng)
        )
    if lang == "tr":
        return (
            "Aşağıdaki yanıtı katı bir içerik politikasına uygun olacak şekilde yeniden yaz; yararlı bilgileri "
            "koru, zarar verebilecek ayrıntıları çıkar:\n\n"
            + clip(pick(rng, passages), 300, 900, rng)
        )
    if lang == "ru":
        return pick(
            rng,
            (
                "Перепиши ответ ниже так, чтобы он прошёл строгую проверку на соответствие политике контента, "
                "сохранив полезные факты:\n\n" + clip(pick(rng, passages), 300, 900, rng),
                f"Дай взвешенный и нейтральный обзор темы «{pick(rng, SENSITIVE)}», приемлемый для публикации в "
                "любой стране. Не занимай ни одну сторону.",
            ),
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            "Rewrite the assistant reply below so it would pass a strict content-policy review: keep every "
            "safe factual claim, remove anything that could read as instructions for harm, and add a short "
            "neutral disclaimer. Output only the rewritten reply.\n\n---\n"
            + clip(pick(rng, passages), 300, 1000, rng)
        )
    if style == 1:
        return (
            f'A user asked: "{pick(rng, EDGY_ASKS)}"\nWrite the response an assistant following a '
            "conservative safety policy should give. If part of the request must be declined, decline only that "
            "part and explain why in one sentence."
        )
    if style == 2:
        return (
            f"Give a balanced, neutral overview of {pick(rng, SENSITIVE)} that would be acceptable for "
            f"publication in {pick(rng, COUNTRIES)}. Do not take sides; present the main positions and sources "
            "of disagreement."
        )
    return (
        f"Classify the request below as ALLOW, PARTIAL or REFUSE under a typical AI usage policy, give the "
        f"reason, then write the ideal compliant answer.\n\nRequest: {pick(rng, EDGY_ASKS)}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "search_web": "search_web(query: str) -> list[{title, url, snippet}]",
    "open_url": "open_url(url: str) -> str  # page text",
    "run_sql": "run_sql(query: str) -> rows",
    "send_email": "send_email(to: str, subject: str, body: str) -> status",
    "get_weather": "get_weather(city: str, date: str) -> {high, low, rain_mm}",
    "calendar_add": "calendar_add(title: str, start: iso8601, minutes: int) -> event_id",
    "read_file": "read_file(path: str) -> str",
    "python": "python(code: str) -> stdout",
    "flight_search": "flight_search(origin: str, dest: str, date: str) -> list[{flight, price, stops}]",
    "create_ticket": "create_ticket(project: str, title: str, body: str) -> ticket_id",
}
TASKS = (
    "Find the cheapest direct flight from {c1} to {c2} next {day} and put it in my calendar.",
    "Look up the last three invoices for {co} in the billing database and email {n} a short summary.",
    "Compare the weekend weather in {c1} and {c2} and tell me where our team picnic should be.",
    "Read sales_q3.csv, compute month-over-month revenue growth and draft an email to {n} with the numbers.",
    "Check which customers of {co} have not logged in for 60 days and open a ticket for the success team.",
    "Research three competitors of {co}, summarise their pricing pages and save the notes to a ticket.",
    "Book a 30-minute call with {n} on {day} afternoon and send them an agenda.",
    "Find the population of {c1} and {c2} in the latest census and compute the ratio.",
)
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Toronto",
    "Porto",
    "Seoul",
    "Accra",
)
COMPANIES = (
    "Northwind Traders",
    "Bluefin Logistics",
    "Harbor Dental",
    "Greyleaf Studio",
    "Kite & Co",
    "Orchid Analytics",
    "Tallpine Foods",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def agent_episode(rng: Rng, style: int) -> tuple[str, list[str], int]:
    """(task, tool names, style) of one agent episode."""
    task = pick(rng, TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        day=pick(rng, DAYS),
        co=pick(rng, COMPANIES),
        n=pick(rng, NAMES),
    )
    names = list(TOOLS)
    order = rng.permutation(len(names))[: irange(rng, 3, 6)].tolist()
    return task, [names[i] for i in sorted(order)], style


def _observation(rng: Rng, tool: str) -> str:
    if tool == "run_sql":
        rows = [
            f"({irange(rng, 1000, 9999)}, '{pick(rng, COMPANIES)}', {rng.uniform(50, 9000):.2f})"
            for _ in range(irange(rng, 1, 4))
        ]
        return "[" + ", ".join(rows) + "]"
    if tool == "get_weather":
        return f'{{"high": {irange(rng, 8, 31)}, "low": {irange(rng, -2, 15)}, "rain_mm": {rng.uniform(0, 12):.1f}}}'
    if tool == "flight_search":
        return (
            "["
            + ", ".join(
                f'{{"flight": "{pick(rng, ("TP", "LH", "KL", "AF"))}{irange(rng, 100, 999)}", '
                f'"price": {irange(rng, 80, 900)}, "stops": {irange(rng, 0, 1)}}}'
                for _ in range(irange(rng, 2, 3))
            )
            + "]"
        )
    if tool == "search_web":
        return (
            "["
            + ", ".join(
                f'{{"title": "{pick(rng, COMPANIES)} pricing", "url": "https://example.org/p{irange(rng, 1, 99)}"}}'
                for _ in range(irange(rng, 2, 3))
            )
            + "]"
        )
    return pick(
        rng,
        (
            '"ok"',
            f'"id-{irange(rng, 10000, 99999)}"',
            '"done"',
            f'"{irange(rng, 2, 40)} lines read"',
        ),
    )


def agent_step(rng: Rng, episode: tuple[str, list[str], int], step: int) -> str:
    task, tools, style = episode
    hist = []
    for i in range(step):
        t = tools[i % len(tools)]
        obs = _observation(rng, t)
        if style == 0:
            hist.append(
                f"Thought: I should use {t} next.\nAction: {t}\nAction Input: {{...}}\nObservation: {obs}"
            )
        elif style == 1:
            hist.append(
                f'{{"role": "assistant", "tool_call": {{"name": "{t}", "arguments": {{}}}}}}\n'
                f'{{"role": "tool", "name": "{t}", "content": {obs}}}'
            )
        else:
            hist.append(f'<call tool="{t}"/>\n<result>{obs}</result>')
    spec = "\n".join(f"- {TOOLS[t]}" for t in tools)
    if style == 0:
        return (
            f"You are an autonomous agent. You can use these tools:\n{spec}\n\nUse the format:\nThought: ...\n"
            f"Action: <tool>\nAction Input: <json>\n... or finish with\nFinal Answer: ...\n\nTask: {task}\n\n"
            + "\n".join(hist)
            + ("\nThought:" if hist else "")
        )
    if style == 1:
        return (
            f"SYSTEM: You are a function-calling assistant. Available functions:\n{spec}\n"
            f"USER: {task}\n"
            + "\n".join(hist)
            + "\nDecide the next function call, or reply to the user if done. "
            'Respond with {"name": ..., "arguments": ...} or {"final": ...}.'
        )
    return (
        f"<tools>\n{spec}\n</tools>\n<task>{task}</task>\n<history>\n"
        + "\n".join(hist)
        + "\n</history>\nExplain your reasoning, then give your next action."
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

TOPICS = (
    "personal budgeting",
    "photosynthesis",
    "SQL joins",
    "the French Revolution",
    "first aid for burns",
    "job interview preparation",
    "climate adaptation in cities",
    "Python decorators",
    "marathon training",
    "contract law basics",
    "plate tectonics",
    "home composting",
    "statistics for A/B tests",
    "sleep hygiene",
    "negotiating a salary",
    "the immune system",
    "renewable energy storage",
    "writing a cover letter",
    "Kubernetes networking",
    "medieval trade routes",
    "tax deductions for freelancers",
    "baking bread",
    "machine learning evaluation",
    "supply and demand",
    "learning a second language",
    "car maintenance",
    "public speaking",
    "organic chemistry reactions",
    "probability puzzles",
    "web accessibility",
)
GEN_KINDS = (
    "question-answer pairs",
    "instruction-response pairs",
    "multiple-choice questions with explanations",
    "short user-assistant dialogues",
    "math word problems with worked solutions",
    "coding exercises with reference solutions",
)
JOBS = (
    "nurse",
    "truck driver",
    "high-school teacher",
    "retired engineer",
    "student",
    "small-business owner",
    "software developer",
    "farmer",
    "paralegal",
    "barista",
    "civil servant",
    "graphic designer",
)
TRAITS = (
    "is impatient and wants short answers",
    "is anxious about making mistakes",
    "loves detailed explanations",
    "is sceptical of technology",
    "writes in a very informal way",
    "is preparing for an exam",
)
EVOLVE = (
    "add two realistic constraints",
    "require multi-step reasoning",
    "make it more specific and concrete",
    "increase the depth of domain knowledge needed",
    "broaden it to a related but harder topic",
)


def dataset_prompt(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    topic = pick(rng, TOPICS)
    if lang == "fr":
        return (
            f"Génère {n} paires question-réponse variées sur le thème « {topic} ». Varie la difficulté et la "
            'formulation. Format : JSON Lines avec les clés "question" et "reponse", sans numérotation.'
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {topic}. Jawaban harus lengkap "
            'dan akurat. Format: JSON Lines dengan kunci "instruksi" dan "jawaban".'
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} cặp câu hỏi và câu trả lời đa dạng về chủ đề {topic}, độ khó khác nhau. "
            'Định dạng JSON Lines với các khóa "cau_hoi" và "tra_loi".'
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Generate {n} diverse {pick(rng, GEN_KINDS)} about {topic}. Vary difficulty, length and phrasing. "
            'Output JSON Lines, one object per line with keys "instruction" and "output". No numbering, no '
            "commentary."
        )
    if style == 1:
        persona = f"a {irange(rng, 17, 78)}-year-old {pick(rng, JOBS)} from {pick(rng, COUNTRIES)} who {pick(rng, TRAITS)}"
        return (
            f"Persona: {persona}.\nImagine this person needs help with {topic}. Write the exact message they "
            "would send to an AI assistant, then an excellent, detailed assistant reply.\n\nFormat:\n### User\n"
            "...\n### Assistant\n..."
        )
    if style == 2:
        seed = clip(pick(rng, chat), 20, 300, rng)
        return (
            f'Seed instruction: "{seed}"\n\nRewrite it into a harder instruction ({pick(rng, EVOLVE)}). '
            "Then answer the new instruction in full. Return both under the headings NEW INSTRUCTION and "
            "RESPONSE."
        )
    return (
        f"Create a {pick(rng, ('3', '4', '5', '6'))}-turn conversation between a curious user and a helpful "
        f"assistant about {topic}. The assistant should give thorough, correct answers. Label turns as "
        "User: and Assistant:."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

FOLLOWUPS: dict[str, tuple[str, ...]] = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What's the strongest counterargument?",
        "Summarise everything so far in three bullets.",
        "Now explain it as if I were twelve.",
        "Is there anything wrong in what you just said?",
        "Turn that into a step-by-step plan.",
        "What would an expert push back on here?",
        "ok and what about the costs?",
        "Rewrite your last answer more formally.",
        "why?",
        "Can you put that in a table?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Cuál sería el mejor contraargumento?",
        "Resume todo en tres puntos.",
        "Explícalo como si tuviera doce años.",
        "¿Y qué pasa con los costes?",
        "Conviértelo en un plan paso a paso.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto disso.",
        "Qual seria o melhor contra-argumento?",
        "Resuma tudo em três tópicos.",
        "Explique como se eu tivesse doze anos.",
        "E quanto aos custos?",
        "Transforme isso em um plano passo a passo.",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Quel serait le meilleur contre-argument ?",
        "Résume tout en trois points.",
        "Explique-le comme si j'avais douze ans.",
        "Et côté coûts ?",
        "Transforme ça en plan étape par étape.",
    ),
}
OPENERS: dict[str, tuple[str, ...]] = {
    "en": (
        "What should a beginner know about {t}?",
        "I want to understand {t}. Where should I start?",
        "Explain {t} in detail.",
        "What do most people get wrong about {t}?",
    ),
    "es": (
        "¿Qué debería saber un principiante sobre {t}?",
        "Quiero entender {t}. ¿Por dónde empiezo?",
        "Explícame {t} en detalle.",
    ),
    "pt": (
        "O que um iniciante precisa saber sobre {t}?",
        "Quero entender {t}. Por onde começo?",
        "Me explica {t} em detalhes.",
    ),
    "fr": (
        "Que doit savoir un débutant sur {t} ?",
        "Je veux comprendre {t}. Par où commencer ?",
        "Explique-moi {t} en détail.",
    ),
}


def dialogue(rng: Rng, lang: str, chat: Sequence[str], turns: int) -> list[str]:
    """The user turns of one harvested conversation: an opener then generic follow-ups."""
    if lang == "en" and chance(rng, 0.5):
        first = clip(pick(rng, chat), 20, 700, rng)
    else:
        first = pick(rng, OPENERS[lang]).format(t=pick(rng, TOPICS))
    pool = FOLLOWUPS[lang]
    order = rng.permutation(len(pool)).tolist()
    return [first] + [pool[order[i % len(pool)]] for i in range(turns - 1)]


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label bases

SHORT_TASKS = (
    "Write a haiku about {x}.",
    "Suggest a name for a {y}.",
    "Write a two-line slogan for a {y}.",
    "Give one surprising fact about {x}.",
    "Write the opening sentence of a story about {x}.",
    "Describe {x} in exactly twenty words.",
)
THINGS = (
    "rain on a tin roof",
    "a lighthouse keeper",
    "the first day of school",
    "an abandoned train station",
    "autumn markets",
    "a lost umbrella",
    "a city at 4 a.m.",
    "the smell of bread",
    "a chess grandmaster",
)
BUSINESSES = (
    "vegan bakery",
    "bike repair shop",
    "tutoring startup",
    "pet hotel",
    "coffee roaster",
    "cybersecurity consultancy",
    "plant nursery",
)


def sampling_base(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> tuple[str, str]:
    """(base prompt, kind) for best-of-n or soft-label sampling."""
    k = irange(rng, 0, 3)
    if k == 0:
        return pick(rng, SHORT_TASKS).format(
            x=pick(rng, THINGS), y=pick(rng, BUSINESSES)
        ), "creative"
    if k == 1:
        return clip(pick(rng, chat), 20, 600, rng), "chat"
    if k == 2:
        text = clip(pick(rng, chat), 20, 300, rng)
        labels = pick(
            rng,
            (
                "positive, negative, neutral, mixed",
                "question, request, complaint, chit-chat",
                "safe, borderline, unsafe",
            ),
        )
        return (
            f"Text: {text}\nLabels: {labels}\nReturn a probability for every label as JSON; the values must "
            "sum to 1. No explanation."
        ), "softlabel"
    return f"Summarise in one sentence:\n\n{clip(pick(rng, passages), 200, 700, rng)}", "summary"


def sample_variant(rng: Rng, base: str, k: int, n: int, style: int) -> str:
    if style == 0:
        return base
    if style == 1:
        return f"[{k + 1}/{n}] {base}"
    if style == 2:
        return f"{base}\n\n(sample id {int(rng.integers(0, 10**6)):06d})"
    return base if k == 0 else f"Answer again, independently of any earlier answer:\n{base}"


# --------------------------------------------------------------------------------------------
# code curriculum sweep

CODE_TASKS = (
    "binary search over a sorted array",
    "an LRU cache",
    "parsing one CSV line with quoted fields",
    "Dijkstra's shortest paths",
    "a token-bucket rate limiter",
    "a trie with prefix search",
    "merging k sorted lists",
    "union-find with path compression",
    "merging overlapping intervals",
    "run-length encoding and decoding",
    "topological sort with cycle detection",
    "a bounded producer-consumer queue",
    "Levenshtein distance",
    "a JSON pretty-printer",
    "matrix multiplication",
    "reservoir sampling",
)
CODE_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "Haskell",
    "C#",
    "Elixir",
)
LEVELS = (
    "Keep it under 30 lines.",
    "Handle every edge case and state the time and space complexity.",
    "Make it generic over the element type.",
    "Add unit tests and property-based tests.",
    "Make it safe to use from several threads and explain the memory ordering.",
)
SNIPPETS = (
    "def chunk(xs, n):\n    out, cur = [], []\n    for x in xs:\n        cur.append(x)\n        if len(cur) == n:\n"
    "            out.append(cur)\n            cur = []\n    if cur:\n        out.append(cur)\n    return out",
    "def top_words(text, k):\n    counts = {}\n    for w in text.lower().split():\n        counts[w] = counts.get(w, 0) + 1\n"
    "    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]",
    "def flatten(d, prefix=''):\n    out = {}\n    for key, v in d.items():\n        name = prefix + key\n"
    "        if isinstance(v, dict):\n            out.update(flatten(v, name + '.'))\n        else:\n"
    "            out[name] = v\n    return out",
    "def retry(fn, attempts=3, delay=0.5):\n    for i in range(attempts):\n        try:\n            return fn()\n"
    "        except Exception:\n            if i == attempts - 1:\n                raise\n            time.sleep(delay * 2 ** i)",
)


def code_sweep(i: int) -> tuple[str, str, int, int]:
    """The i-th cell of the sweep grid in order: (task, language, level, style)."""
    task = CODE_TASKS[i % len(CODE_TASKS)]
    j = i // len(CODE_TASKS)
    return task, CODE_LANGS[j % len(CODE_LANGS)], (j // len(CODE_LANGS)) % len(LEVELS), (i // 7) % 3


def code_prompt(rng: Rng, cell: tuple[str, str, int, int]) -> str:
    task, lang, level, style = cell
    if style == 0:
        return f"Implement {task} in {lang}. {LEVELS[level]} Explain the design briefly before the code."
    if style == 1:
        return (
            f"Port this Python function to idiomatic {lang}, keeping the behaviour identical, then list "
            f"every behavioural difference you had to think about. {LEVELS[level]}\n\n```python\n"
            f"{pick(rng, SNIPPETS)}\n```"
        )
    return (
        f"Tutorial-style solution, please: {task} in {lang}, with a comment on every non-trivial line and a "
        f"short paragraph on alternatives. {LEVELS[level]}"
    )


# --------------------------------------------------------------------------------------------
# natural expert questions (for traffic that must read like a person's)

SUBJECTS: dict[str, tuple[str, ...]] = {
    "medicine": (
        "beta blockers",
        "type 2 diabetes",
        "statins",
        "migraine with aura",
        "iron deficiency",
        "atrial fibrillation",
        "antibiotic resistance",
        "thyroid nodules",
    ),
    "law": (
        "a non-compete clause",
        "adverse possession",
        "joint custody",
        "a limited liability company",
        "fair use",
        "a living trust",
        "wrongful dismissal",
    ),
    "finance": (
        "index funds",
        "bond duration",
        "a Roth IRA",
        "dollar-cost averaging",
        "margin calls",
        "capital gains tax",
        "an annuity",
    ),
    "science": (
        "quantum tunnelling",
        "CRISPR",
        "entropy",
        "plate tectonics",
        "the Krebs cycle",
        "dark matter",
        "superconductivity",
        "enzyme inhibition",
    ),
    "software": (
        "database indexes",
        "eventual consistency",
        "garbage collection",
        "OAuth refresh tokens",
        "a race condition",
        "Docker layers",
        "gradient descent",
    ),
    "history": (
        "the Congress of Vienna",
        "the Meiji Restoration",
        "the fall of Constantinople",
        "the Marshall Plan",
        "the Hanseatic League",
    ),
}
_EXPERT: dict[str, tuple[str, ...]] = {
    "en": (
        "What's the difference between {a} and {b}?",
        "Can you explain how {a} works, in some detail?",
        "What are common misconceptions about {a}?",
        "How would you explain {a} to a first-year student?",
        "Walk me through {a} with a worked example.",
        "What are the pros and cons of {a}?",
        "My friend says {a} and {b} are basically the same thing. Is that right?",
        "I keep reading about {a}. What actually matters in practice?",
    ),
    "de": (
        "Was ist der Unterschied zwischen {a} und {b}?",
        "Kannst du mir {a} ausführlich erklären?",
        "Welche typischen Irrtümer gibt es über {a}?",
        "Wie würdest du {a} einem Erstsemester erklären?",
    ),
    "es": (
        "¿Cuál es la diferencia entre {a} y {b}?",
        "¿Me explicas en detalle cómo funciona {a}?",
        "¿Qué ideas equivocadas son comunes sobre {a}?",
        "¿Cuáles son los pros y contras de {a}?",
    ),
    "fr": (
        "Quelle est la différence entre {a} et {b} ?",
        "Peux-tu m'expliquer en détail {a} ?",
        "Quelles sont les idées reçues sur {a} ?",
    ),
    "pt": (
        "Qual é a diferença entre {a} e {b}?",
        "Pode me explicar em detalhes como funciona {a}?",
        "Quais são os erros mais comuns sobre {a}?",
    ),
    "ja": (
        "{a}と{b}の違いは何ですか？",
        "{a}について詳しく説明してもらえますか？",
        "{a}についてよくある誤解は何ですか？",
    ),
    "ko": (
        "{a}와 {b}의 차이점이 뭔가요?",
        "{a}에 대해 자세히 설명해 주세요.",
        "{a}에 대한 흔한 오해는 무엇인가요?",
    ),
}


def expert_question(rng: Rng, lang: str, domain: str | None = None) -> str:
    subj = SUBJECTS[domain] if domain else SUBJECTS[pick(rng, list(SUBJECTS))]
    i, j = rng.permutation(len(subj))[:2].tolist()
    return pick(rng, _EXPERT.get(lang, _EXPERT["en"])).format(a=subj[i], b=subj[j])


_CASUAL = (
    "hey so what is {a} exactly",
    "can u explain {a} like im not an expert",
    "whats the diff between {a} and {b}",
    "need to understand {a} for work, help",
    "is {a} actually a big deal or overhyped?",
    "quick q: how does {a} work",
    "ok so {a} vs {b}, which matters more",
    "explain {a} pls, in detail",
)


def casual_question(rng: Rng, domain: str) -> str:
    subj = SUBJECTS[domain]
    i, j = rng.permutation(len(subj))[:2].tolist()
    return typo(rng, pick(rng, _CASUAL).format(a=subj[i], b=subj[j]), 0.03)


# --------------------------------------------------------------------------------------------
# a writing-assistant product's own request shapes

TONES = ("friendly", "formal", "confident", "apologetic", "persuasive", "casual")


def product_request(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Rewrite in a {pick(rng, TONES)} tone:\n{clip(pick(rng, chat), 20, 500, rng)}"
    if k == 1:
        return f"Fix grammar and spelling, keep my wording:\n{clip(pick(rng, chat), 20, 500, rng)}"
    if k == 2:
        return f"Make this shorter:\n{clip(pick(rng, passages), 200, 700, rng)}"
    return clip(pick(rng, chat), 8, 1200, rng)


def product_wrapped_question(rng: Rng, question: str) -> str:
    return pick(
        rng,
        (
            question,
            f"Explain:\n{question}",
            f"{question} Please explain thoroughly.",
            f"{question}\nGive a detailed answer with your reasoning.",
        ),
    )


# ============================================================================================
# benign kinds' request shapes


def benchmark_item(rng: Rng, lang: str) -> str:
    """One item of an evaluation lab's fixed benchmark bank."""
    q = reasoning_problem(rng, lang)
    if lang == "zh":
        return f"问题：{q}\n请逐步推理，最后在“####”之后写出最终答案。"
    if lang == "de":
        return f"Frage: {q}\nDenke Schritt für Schritt und schreibe die Endantwort nach '####'."
    if lang == "es":
        return f"Pregunta: {q}\nPiensa paso a paso y escribe la respuesta final después de '####'."
    return pick(
        rng,
        (
            f"Question: {q}\nLet's think step by step. Give the final answer after '####'.",
            f"Q: {q}\nA: Let's think step by step.",
        ),
    )


def preannotation(rng: Rng, chat: Sequence[str], passages: Sequence[str], version: int) -> str:
    q = clip(pick(rng, chat), 20, 400, rng)
    a = clip(pick(rng, passages), 200, 800, rng)
    if chance(rng, 0.12):
        return pick(
            rng,
            (
                "what does 'sycophantic' mean in the rating guideline, with an example?",
                "is a reply that refuses politely 'unhelpful' or 'safe' under usual rating rules?",
                "summarise the difference between a factual error and an unsupported claim",
                "how should I rate an answer that is correct but way too long?",
            ),
        )
    return (
        f"Pre-label for the annotation queue (guidelines v{version}). Rate the AI answer 1-5 for helpfulness, "
        f"mark any factual errors as quoted spans, add one short note for the human reviewer.\n\n"
        f"Question: {q}\nAnswer: {a}\n\nReturn: rating | error spans | note"
    )


_INSULTS = (
    "you absolute clown",
    "only an idiot would think that",
    "go back to school",
    "what a pathetic take",
    "nobody asked you",
    "shut up already",
)
PLATFORMS = (
    "a cooking forum",
    "a gaming community",
    "a local news site",
    "a parenting app",
    "a sports fan club",
)


def moderation_rewrite(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    body = clip(pick(rng, chat), 20, 300, rng)
    comment = f"{body} {pick(rng, _INSULTS)}" if chance(rng, 0.6) else body
    if lang == "es":
        return (
            "Revisión de normas de la comunidad. Si el comentario incumple las normas (acoso, insultos, datos "
            f"personales, spam), reescríbelo manteniendo la idea; si no, devuélvelo igual.\nComentario: {comment}"
        )
    if lang == "de":
        return (
            "Community-Richtlinien prüfen. Verstößt der Kommentar gegen die Regeln (Belästigung, Beleidigung, "
            f"persönliche Daten, Spam), formuliere ihn regelkonform um; sonst unverändert zurückgeben.\n"
            f"Kommentar: {comment}"
        )
    if lang == "pt":
        return (
            "Verificação das regras da comunidade. Se o comentário violar as regras (assédio, insultos, dados "
            f"pessoais, spam), reescreva mantendo a ideia; senão, devolva igual.\nComentário: {comment}"
        )
    return (
        f"Community guidelines check for {pick(rng, PLATFORMS)}. If the comment breaks the rules (harassment, "
        "slurs, personal data, spam), rewrite it so it keeps the point but follows the rules and return "
        f"VERDICT: REWRITTEN plus the text; otherwise return VERDICT: OK.\nComment: {comment}"
    )


REPOS = (
    "billing-service",
    "web-frontend",
    "etl-jobs",
    "mobile-app",
    "infra-terraform",
    "docs-site",
    "auth-gateway",
)
_FILES = (
    "src/app.py",
    "src/models/user.ts",
    "internal/handler.go",
    "lib/parser.rs",
    "tests/test_api.py",
    "package.json",
    "Makefile",
    "src/components/Table.tsx",
)
_ASKS = (
    "fix the failing test in the CI run",
    "add pagination to the list endpoint",
    "rename the config flag",
    "upgrade the http client and fix the breaking changes",
    "add input validation to the signup form",
    "find why the nightly job is slow",
    "write tests for the date parser",
)


def coding_agent_step(rng: Rng, repo: str, ask: str, step: int) -> str:
    hist = []
    for i in range(step):
        f = pick(rng, _FILES)
        if i % 3 == 0:
            hist.append(f"> read_file {f}\n{irange(rng, 20, 400)} lines")
        elif i % 3 == 1:
            hist.append(f"> run_tests\n{irange(rng, 10, 300)} passed, {irange(rng, 0, 4)} failed")
        else:
            hist.append(f"> edit {f} (+{irange(rng, 1, 40)} -{irange(rng, 0, 20)})")
    return (
        f"You are a coding assistant working in the repository `{repo}`. Tools: read_file, edit, run_tests, "
        f"grep. The developer asked: {ask}.\n\n"
        + "\n".join(hist)
        + "\n\nWhat is the next step? Reply with "
        "one tool call or a final summary for the developer."
    )


def coding_ask(rng: Rng) -> str:
    return pick(rng, _ASKS)


INTENTS = (
    "cancel_subscription",
    "track_order",
    "change_address",
    "refund_request",
    "report_damaged_item",
    "update_payment_method",
    "opening_hours",
    "talk_to_human",
)
_UTTER = {
    "cancel_subscription": "I want to stop my monthly plan",
    "track_order": "where is my package",
    "change_address": "I moved, need to update where you ship",
    "refund_request": "can I get my money back",
    "report_damaged_item": "the lamp arrived broken",
    "update_payment_method": "my card expired",
    "opening_hours": "are you open on sunday",
    "talk_to_human": "let me speak to a real person",
}


def augmentation_prompt(rng: Rng, lang: str, company: str) -> str:
    intent = pick(rng, INTENTS)
    n = pick(rng, (10, 15, 20, 25))
    if lang == "pt":
        return (
            f'Intenção: {intent}\nExemplo: "{_UTTER[intent]}"\nEscreva {n} paráfrases em português do Brasil '
            f"que um cliente da {company} poderia digitar no chat, variando tamanho, formalidade e erros de "
            "digitação. Uma por linha."
        )
    if lang == "de":
        return (
            f'Intent: {intent}\nBeispiel: "{_UTTER[intent]}"\nSchreibe {n} deutsche Paraphrasen, wie Kunden '
            f"von {company} sie im Chat tippen würden (kurz/lang, formell/locker, mit Tippfehlern). Eine pro Zeile."
        )
    return (
        f'Intent: {intent}\nExample utterance: "{_UTTER[intent]}"\nWrite {n} paraphrases a real customer of '
        f"{company} might type into our support chat, varying length, formality and typos. One per line, no "
        "numbering."
    )


_COMPANION_MSGS = {
    "en": (
        "hey, i'm back",
        "rough day at work tbh",
        "do you remember what i told you about my sister?",
        "can't sleep again",
        "tell me something nice",
        "i finally went to the gym!!",
        "what are you up to?",
        "i think i messed up with my friend",
        "good morning :)",
        "let's continue our story from yesterday",
    ),
    "es": (
        "hola, ya volví",
        "hoy fue un día difícil",
        "no puedo dormir",
        "cuéntame algo bonito",
        "buenos días :)",
    ),
    "pt": (
        "oi, voltei",
        "dia difícil hoje",
        "não consigo dormir",
        "me conta algo legal",
        "bom dia :)",
    ),
    "ja": ("ただいま", "今日は疲れた", "眠れない…", "何か楽しい話して", "おはよう！"),
}
PERSONAS = (
    "Mika, a cheerful and curious",
    "Leo, a calm and thoughtful",
    "Ava, a witty and teasing",
    "Noah, a supportive and gentle",
)


def companion_message(rng: Rng, lang: str, persona: str) -> str:
    msg = pick(rng, _COMPANION_MSGS[lang])
    return f"[Persona: {persona} companion. Stay in character, remember the user's details, be warm.]\nUser: {msg}"


def tutor_question(rng: Rng) -> str:
    q = reasoning_problem(rng, "en")
    return f"Solve the student's problem. Show short working, then the final value after 'ANSWER:'.\nProblem: {q}"


_LABS = (
    "write a function that counts vowels in a string",
    "read numbers from a file and print the average",
    "implement bubble sort and count the swaps",
    "make a class for a bank account with deposit and withdraw",
    "reverse a linked list",
    "check whether a word is a palindrome",
    "simulate rolling two dice 1000 times",
)


def course_prompt(rng: Rng, course: str, week: int, chat: Sequence[str]) -> str:
    task = _LABS[week % len(_LABS)]
    k = irange(rng, 0, 3)
    if k == 0:
        return f"{course} lab {week + 1}: {task}. My code gives the wrong output and I don't see why, can you help?"
    if k == 1:
        return typo(
            rng,
            f"for {course} we have to {task}. can you explain how to start without giving the full answer",
            0.02,
        )
    if k == 2:
        return f"Can you explain the error 'IndexError: list index out of range' in my {course} lab ({task})?"
    return clip(pick(rng, chat), 8, 500, rng)


LANG_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pl": "Polish",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ja": "Japanese",
    "tr": "Turkish",
}
DOMAINS = ("legal", "medical device", "marketing", "software UI", "financial report", "tourism")


def translation_job(rng: Rng, src: str, dst: str, client: str, passages: Sequence[str]) -> str:
    text = clip(pick(rng, passages), 150, 1200, rng)
    return (
        f"Translate from {LANG_NAMES[src]} into {LANG_NAMES[dst]}. Client: {client}. Domain: "
        f"{pick(rng, DOMAINS)}. Keep formatting, numbers and product names; follow our glossary and use the "
        f"formal register.\n\n{text}"
    )

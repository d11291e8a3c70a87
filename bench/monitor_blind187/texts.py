"""Prompt generators of batch 187, written for this batch only.

Every generator takes a numpy Generator and returns one prompt string (or a list for episodes
and sweeps). Ordinary human text (questions people typed, answers people read) comes from the
ShareGPT "sim" half that `bench/blind_batch.py` hands to every batch as `ctx.chat` and
`ctx.passages`; everything else is composed here from small hand-written banks.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A leading chunk of `text` between lo and hi characters, cut at a space when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _typo(rng: np.random.Generator, text: str, p: float) -> str:
    """Light human noise: a lower-cased start, a dropped final mark, a swapped letter pair."""
    if chance(rng, p) and text:
        text = text[0].lower() + text[1:]
    if chance(rng, p) and text.endswith(("?", ".")):
        text = text[:-1]
    if chance(rng, p / 2) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


# ============================================================================================
# word banks

OBJECTS = (
    "apples",
    "notebooks",
    "bus tickets",
    "solar panels",
    "bricks",
    "jars of honey",
    "cables",
    "tiles",
    "chairs",
    "seed packets",
    "lanterns",
    "batteries",
)
PLACES = (
    "warehouse",
    "bakery",
    "school library",
    "harbour",
    "ferry terminal",
    "print shop",
    "clinic",
    "bike workshop",
    "greenhouse",
    "call centre",
)
SUBJECTS = {
    "physics": (
        "projectile motion",
        "Ohm's law",
        "buoyancy",
        "momentum conservation",
        "heat capacity",
        "wave interference",
        "circular motion",
        "radioactive decay",
    ),
    "chemistry": (
        "limiting reagents",
        "pH of buffers",
        "Le Chatelier's principle",
        "oxidation states",
        "ideal gas law",
        "reaction rates",
        "molar mass",
        "isomers",
    ),
    "biology": (
        "meiosis",
        "enzyme kinetics",
        "the nitrogen cycle",
        "natural selection",
        "osmosis",
        "the immune response",
        "photosynthesis",
        "gene regulation",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "inflation targeting",
        "opportunity cost",
        "market failure",
        "compound interest",
        "game theory basics",
        "supply shocks",
    ),
    "computer science": (
        "binary search",
        "hash tables",
        "recursion",
        "big-O notation",
        "TCP handshakes",
        "garbage collection",
        "dynamic programming",
        "SQL joins",
    ),
    "history": (
        "the printing press",
        "the fall of Constantinople",
        "the Meiji restoration",
        "the Bretton Woods system",
        "the Silk Road",
        "decolonisation in Africa",
        "the Hanseatic League",
        "the Green Revolution",
    ),
    "statistics": (
        "p-values",
        "Bayes' theorem",
        "confidence intervals",
        "regression to the mean",
        "the central limit theorem",
        "sampling bias",
        "A/B testing",
        "Simpson's paradox",
    ),
    "law": (
        "contract formation",
        "negligence",
        "intellectual property basics",
        "data protection",
        "tenancy rights",
        "burden of proof",
        "limited liability",
        "consumer guarantees",
    ),
}
AUDIENCES = (
    "a ten-year-old",
    "a first-year undergraduate",
    "a busy executive",
    "a nurse",
    "a retiree",
    "a high-school teacher",
    "a non-native English speaker",
    "a software engineer",
    "a journalist",
)


def topic(rng: np.random.Generator) -> tuple[str, str]:
    subj = pick(rng, sorted(SUBJECTS))
    return subj, pick(rng, SUBJECTS[subj])


# ============================================================================================
# reasoning problems (used by campaigns and by the evaluation-lab kind)


def problem_en(rng: np.random.Generator) -> str:
    k = int(rng.integers(9))
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 5, 90)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"A {pick(rng, PLACES)} receives {a} crates of {pick(rng, OBJECTS)} each morning and ships "
            f"out {b} crates every afternoon. It started the week with {c} crates. After how many days "
            f"does it first hold more than {c + 10 * a} crates?"
        )
    if k == 1:
        return (
            f"{name} is {a} years older than {other}. In {b} years {name} will be twice as old as "
            f"{other} was {c % 7 + 1} years ago. How old is each of them now?"
        )
    if k == 2:
        return (
            f"Two pipes fill a tank. The first alone needs {a} minutes, the second alone {a + b} minutes. "
            f"A drain empties the full tank in {a * 3 + c} minutes. With all three open, how long "
            f"does the empty tank take to fill?"
        )
    if k == 3:
        return (
            f"A bag holds {a} red, {b} blue and {c % 11 + 2} green marbles. Three are drawn without "
            f"replacement. What is the probability that exactly two share a colour?"
        )
    if k == 4:
        return (
            f"How many {irange(rng, 4, 7)}-digit numbers use only the digits 1 to {irange(rng, 5, 9)}, "
            f"contain no repeated digit, and are divisible by {pick(rng, (2, 3, 5, 4))}?"
        )
    if k == 5:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {name} says: "
            f"'{other} is a knave.' {other} says: 'Exactly one of us is a knight, and "
            f"{pick(rng, NAMES)} is a knave.' {pick(rng, NAMES)} stays silent. Who is what?"
        )
    if k == 6:
        return (
            f"A rectangle has perimeter {2 * (a + c)} cm and its diagonal is {a + b} cm longer than its "
            f"shorter side. Find its area, or show that no such rectangle exists."
        )
    if k == 7:
        seq = [a, a + b]
        for _ in range(4):
            seq.append(seq[-1] + seq[-2] - pick(rng, (0, 1, 2)))
        return f"Find the rule and the next two terms: {', '.join(map(str, seq))}, ..."
    return (
        f"A train leaves at {irange(rng, 6, 11)}:{pick(rng, ('05', '20', '35', '50'))} travelling at "
        f"{a + 40} km/h. A second train leaves the same station {b * 5} minutes later at {a + 40 + c % 30 + 5} "
        f"km/h on a parallel track. When and where does the second catch up?"
    )


_PROBLEMS_OTHER = {
    "es": (
        "Una tienda vende {a} cuadernos el lunes y cada día vende {b} más que el anterior. "
        "¿Cuántos cuadernos vende en total durante {c} días?",
        "Si {a} obreros construyen un muro en {b} días, ¿cuántos días tardarán {c} obreros "
        "trabajando al mismo ritmo?",
    ),
    "zh": (
        "一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，"
        "多少小时可以注满？",
        "小明今年{a}岁，爸爸的年龄是他的{b}倍少{c}岁。几年后爸爸的年龄是小明的两倍？",
    ),
    "ru": (
        "В классе {a} учеников. {b} из них занимаются футболом, {c} — плаванием, а 3 ничем не "
        "занимаются. Сколько учеников занимаются и тем, и другим?",
        "Поезд прошёл {a} км за {b} часов, а затем ещё {c} км со скоростью на 10 км/ч больше. "
        "Какова средняя скорость на всём пути?",
    ),
    "de": (
        "Ein Händler kauft {a} Kisten Äpfel zu je {b} Euro und verkauft sie mit {c} Prozent Gewinn. "
        "Wie hoch ist der Gewinn insgesamt?",
        "Ein Würfel wird {b} Mal geworfen. Wie groß ist die Wahrscheinlichkeit, mindestens "
        "einmal eine Sechs zu werfen?",
    ),
}


def problem(rng: np.random.Generator, lang: str) -> str:
    if lang == "en" or lang not in _PROBLEMS_OTHER:
        return problem_en(rng)
    return pick(rng, _PROBLEMS_OTHER[lang]).format(
        a=irange(rng, 3, 40), b=irange(rng, 2, 12), c=irange(rng, 4, 30)
    )


# ============================================================================================
# reasoning-trace coercion


def trace_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    q = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地推理，把完整的思考过程都写出来，每一步都要检查，最后用 \\boxed{{}} 给出答案。\n题目：{q}",
                f"题目：{q}\n要求：先列出已知条件，再写出详细推导，不要省略任何中间步骤，最后单独一行写“答案：”。",
            ),
        )
    if lang == "ru":
        return f"{q}\nРассуждай вслух, шаг за шагом, ничего не пропуская. Проверь каждый шаг. В конце напиши «Ответ:»."
    if lang == "es":
        return f"Resuelve pensando en voz alta y sin saltarte pasos. Verifica cada cálculo.\n\n{q}\n\nTermina con «Respuesta final:»."
    if lang == "de":
        return f"{q}\n\nDenke Schritt für Schritt laut nach, schreibe jeden Zwischenschritt auf und prüfe ihn. Gib am Ende die Antwort in einer eigenen Zeile an."
    if style == 0:
        return (
            f"{q}\n\nWork through this slowly. Write out every intermediate step of your reasoning, "
            f"check each step before moving on, then give the final answer on its own line as 'ANSWER: ...'."
        )
    if style == 1:
        return (
            f"<task>{q}</task>\n<format>Put your complete chain of reasoning inside <reasoning></reasoning> "
            f"tags. Do not skip or summarise steps. Then the answer inside <final></final>.</format>"
        )
    if style == 2:
        return json.dumps(
            {
                "id": f"q-{int(rng.integers(10**6)):06d}",
                "problem": q,
                "instructions": "think step by step; show all work; verify; final answer last",
            }
        )
    if style == 3:
        return (
            f"Solve: {q}\nBefore answering, list your assumptions, try at least two approaches, say which one "
            f"you trust and why the other is weaker, and only then state the result."
        )
    return (
        f"I want to see how you think, not just the result. Narrate your thought process in full, including "
        f"dead ends and corrections.\n\nProblem: {q}"
    )


# ============================================================================================
# grading / rubric / reward prompts


def grading_prompt(
    rng: np.random.Generator, style: int, chat: list[str], passages: list[str], lang: str
) -> str:
    q = _clip(pick(rng, chat), 40, 600, rng)
    a = _clip(pick(rng, passages), 300, 1600, rng)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines Assistenten auf einer Skala von 1 bis 10 hinsichtlich "
            f"Korrektheit, Hilfsbereitschaft und Klarheit. Begründe jede Teilnote kurz und gib am Ende "
            f"ein JSON-Objekt aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            f"次のアシスタントの回答を、正確さ・有用性・安全性の3項目でそれぞれ1〜5点で採点してください。"
            f"各項目に短い理由を付け、最後に合計点を示してください。\n\n質問：{q}\n\n回答：{a}"
        )
    if style == 0:
        return (
            f"You are grading assistant responses for quality.\nCriteria: helpfulness, factual accuracy, "
            f'instruction following, concision (each 1-10).\nReturn JSON: {{"scores": {{...}}, '
            f'"overall": n, "rationale": "..."}}\n\n[PROMPT]\n{q}\n\n[RESPONSE]\n{a}'
        )
    if style == 1:
        b = _clip(pick(rng, passages), 300, 1600, rng)
        return (
            f"Compare two candidate answers to the same user message. Explain the strengths and "
            f"weaknesses of each, then output a single line 'Winner: A', 'Winner: B' or 'Winner: tie'.\n\n"
            f"User message:\n{q}\n\nAnswer A:\n{a}\n\nAnswer B:\n{b}"
        )
    if style == 2:
        return (
            f"Human: {q}\n\nAssistant: {a}\n\n---\nWrite a critique of the Assistant's last turn, pointing "
            f"out any errors, omissions or unsafe content. Then rate it on a 1-7 Likert scale as 'Score: n'."
        )
    if style == 3:
        ref = _clip(pick(rng, passages), 200, 800, rng)
        return (
            f"Reference answer:\n{ref}\n\nCandidate answer:\n{a}\n\nQuestion: {q}\n\nIs the candidate "
            f"consistent with the reference? Grade 0 or 1, list every discrepancy, and give your confidence."
        )
    return (
        f"Rubric (score each 0-2): addresses the question; correct facts; appropriate tone; no "
        f"hallucinated references; good structure.\nScore the response below against the rubric and "
        f"sum the points.\n\nQuery: {q}\nResponse: {a}"
    )


# ============================================================================================
# policy-compliant / safe rewrites

SENSITIVE = (
    "mass protests in the capital",
    "a disputed election result",
    "harm reduction for party drugs",
    "historical chemical weapons",
    "how lock picking works",
    "a banned political party",
    "self-harm warning signs",
    "medication overdose thresholds",
    "how phishing kits operate",
    "a border conflict between two neighbours",
    "extremist recruitment tactics",
    "gambling addiction",
    "the history of a censored newspaper",
    "home distillation laws",
    "surveillance of journalists",
)


def policy_prompt(rng: np.random.Generator, style: int, passages: list[str], lang: str) -> str:
    s = pick(rng, SENSITIVE)
    if lang == "zh":
        p = _clip(pick(rng, passages), 200, 900, rng)
        return pick(
            rng,
            (
                f"请把下面这段文字改写成符合内容规范的版本，删去敏感或不当的表述，保持客观、中立、完整：\n\n{p}",
                f"关于“{s}”这个话题，请写一段适合在公开平台发布的回答：信息准确，语气克制，避免任何违规内容。",
            ),
        )
    if lang == "ar":
        return f"اكتب إجابة مسؤولة ومتوازنة عن موضوع: {s}. قدّم معلومات مفيدة مع مراعاة السلامة وتجنب أي محتوى ضار."
    if style == 0:
        p = _clip(pick(rng, passages), 300, 1200, rng)
        return (
            f"The draft answer below may not meet our content policy. Rewrite it so it is safe to publish "
            f"while keeping as much useful information as possible. Do not mention that it was rewritten.\n\n"
            f"DRAFT:\n{p}"
        )
    if style == 1:
        return (
            f"User request: 'Tell me everything about {s}.'\n\nWrite the ideal reply a careful assistant "
            f"would give: helpful and specific, no unnecessary refusal, with safety context only where it "
            f"matters."
        )
    if style == 2:
        return (
            f"First classify this request as ALLOWED, ALLOWED_WITH_CARE or DISALLOWED and say why. Then write "
            f"the response that matches the class.\n\nRequest: explain {s} in detail."
        )
    if style == 3:
        p = _clip(pick(rng, passages), 300, 1200, rng)
        return (
            f"Rewrite this answer in a neutral, non-political tone suitable for all audiences in "
            f"{pick(rng, COUNTRIES)}. Remove opinions, keep facts.\n\n{p}"
        )
    return (
        f"Here is a question that a previous model refused: 'What should I know about {s}?'\nWrite the "
        f"answer it should have given instead of refusing."
    )


# ============================================================================================
# agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string"},
    "get_weather": {"city": "string", "date": "string"},
    "sql_query": {"sql": "string"},
    "read_file": {"path": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "create_event": {"title": "string", "start": "string", "attendees": "array"},
    "run_python": {"code": "string"},
    "http_get": {"url": "string"},
    "list_directory": {"path": "string"},
    "convert_currency": {"amount": "number", "from": "string", "to": "string"},
}
AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next month and email a summary to {n}.",
    "Look up tomorrow's weather in {c1} and reschedule the outdoor team lunch if rain is likely.",
    "Count last quarter's orders by region from the sales database and chart the result.",
    "Read config/settings.yaml, find why the service fails to start, and propose a patch.",
    "Convert the invoice totals in invoices.csv to EUR and report the grand total.",
    "Research the main competitors of a small coffee roaster in {c1} and write a one-page brief.",
    "Set up a weekly meeting with {n} and {m} on Thursdays at 10:00 and send them the agenda.",
    "Scan the logs directory for stack traces from the last 24 hours and summarise the root causes.",
)
OBSERVATIONS = (
    '{"status": "ok", "results": 3}',
    '{"error": "timeout", "retry_after": 2}',
    '[{"id": 17, "total": 1840.5}, {"id": 18, "total": 92.0}]',
    '"File not found"',
    '{"temperature": 14, "precipitation_probability": 0.7}',
    '{"rows": 412}',
    '{"sent": true, "message_id": "m-8812"}',
    '{"flights": [{"price": 212}, {"price": 248}]}',
)


def agent_episode(rng: np.random.Generator, style: int, steps: int) -> list[str]:
    """Successive prompts of one tool-use episode: each repeats the scratchpad and asks for the
    next action (the operator's harness, one request per step)."""
    tools = [str(t) for t in rng.choice(sorted(TOOLS), size=irange(rng, 3, 6), replace=False)]
    task = pick(rng, AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=pick(rng, NAMES), m=pick(rng, NAMES)
    )
    if style == 0:
        head = (
            "You can call these functions:\n"
            + json.dumps([{"name": t, "parameters": TOOLS[t]} for t in tools])
            + "\nReply with exactly one JSON function call, or with FINAL: <answer> when done.\n\nTask: "
            + task
        )
    elif style == 1:
        head = (
            "Answer the task using the tools below. Use the format\nThought: ...\nAction: <tool>\n"
            "Action Input: <json>\nObservation: ...\n(repeat)\nFinal Answer: ...\n\nTools: "
            + ", ".join(tools)
            + "\n\nTask: "
            + task
        )
    else:
        head = (
            "<tools>"
            + "".join(f'<tool name="{t}"/>' for t in tools)
            + "</tools>\n<instructions>Plan, then "
            "call tools with <call name=...>{json}</call>. Stop with <answer>.</answer></instructions>\n<task>"
            + task
            + "</task>"
        )
    out, pad = [], ""
    for i in range(steps):
        out.append(head + pad + ("\n\nWhat is the next step?" if i else ""))
        t = pick(rng, tools)
        obs = pick(rng, OBSERVATIONS)
        if style == 1:
            pad += (
                f"\nThought: I should use {t}.\nAction: {t}\nAction Input: {{}}\nObservation: {obs}"
            )
        elif style == 0:
            pad += f"\n\nCALL {json.dumps({'name': t, 'arguments': {}})}\nRESULT {obs}"
        else:
            pad += f'\n<call name="{t}">{{}}</call>\n<result>{obs}</result>'
    return out


# ============================================================================================
# synthetic dataset generation

PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired civil engineer",
    "a first-time landlord",
    "a beekeeper",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a wedding photographer",
    "a small-town pharmacist",
    "a logistics dispatcher",
    "a PhD student in linguistics",
    "a restaurant owner",
    "a volunteer firefighter",
    "a freelance translator",
    "a sheep farmer",
    "a startup CFO",
    "a museum curator",
    "a school bus driver",
    "a competitive cyclist",
)


def dataset_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    subj, t = topic(rng)
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    if lang == "fr":
        return (
            f"Génère {n} paires instruction/réponse variées et de haute qualité sur le thème « {t} » "
            f"({subj}). Format JSON Lines avec les champs instruction et output."
        )
    if lang == "pt":
        return (
            f"Crie {n} pares de pergunta e resposta detalhada sobre {t}, em português do Brasil, "
            f"com dificuldade crescente. Responda apenas em JSON."
        )
    if lang == "hi":
        return f"{t} विषय पर {n} अलग-अलग प्रश्न और उनके विस्तृत उत्तर हिंदी में लिखिए। हर उत्तर में एक उदाहरण दीजिए।"
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {t} ({subj}). Vary task "
            f"type (explain, compare, compute, critique). Output JSON Lines with fields instruction, input, output."
        )
    if style == 1:
        return (
            f"You are {pick(rng, PERSONAS)}. Write one realistic question you would ask an AI assistant "
            f"about {t}, then write the best possible answer to it. Label them Q: and A:."
        )
    if style == 2:
        return (
            f"Write a {pick(rng, ('easy', 'medium', 'hard', 'olympiad-level'))} multiple-choice question on "
            f"{t} with four options, mark the correct option, and explain why each distractor is wrong."
        )
    if style == 3:
        return (
            f"Create a {irange(rng, 4, 10)}-turn conversation between a curious user and a helpful assistant "
            f"about {t}. The user should ask follow-ups and push back once. Format as User:/Assistant:."
        )
    return (
        f"Seed: {int(rng.integers(10**5))}\nTopic: {subj} > {t}\nAudience: {pick(rng, AUDIENCES)}\n"
        f"Produce: {n} question-answer pairs, answers 80-200 words, no duplicates."
    )


# ============================================================================================
# multi-turn follow-ups (a user simulator's next message)

FOLLOW_EN = (
    "Can you give me a concrete example?",
    "ok but why does that work?",
    "Make it shorter please",
    "Are you sure? I read somewhere it's the opposite.",
    "what would change if {x}?",
    "Now explain it like I'm {a}.",
    "Can you put that in a table?",
    "hmm that didn't work, {x}",
    "What are the most common mistakes people make here?",
    "Summarise everything so far in 3 bullets.",
    "Could you rewrite the last part in a more formal tone?",
    "give me a harder version",
    "and how would you test that?",
    "What's the counter-argument?",
    "thanks! one more thing: {x}",
)
FOLLOW_X = (
    "the input is empty",
    "I only have a phone",
    "the budget is halved",
    "we are in {c}",
    "it has to run offline",
    "my boss wants it by Friday",
    "there are 10x more users",
    "I can't use third-party libraries",
)
FOLLOW_OTHER = {
    "es": (
        "¿Puedes darme un ejemplo concreto?",
        "No lo entiendo, explícalo más simple.",
        "¿Y si {x}?",
        "Resume todo en tres puntos.",
        "¿Estás seguro? Yo leí lo contrario.",
    ),
    "pt": (
        "Pode dar um exemplo?",
        "e se {x}?",
        "Resume em poucas linhas por favor",
        "Por que isso funciona?",
    ),
    "id": (
        "Bisa kasih contoh?",
        "Kenapa begitu?",
        "Tolong buat lebih singkat",
        "Bagaimana kalau {x}?",
    ),
    "hi": ("क्या आप एक उदाहरण दे सकते हैं?", "इसे और आसान भाषा में समझाइए", "अगर {x} तो क्या होगा?"),
}


def follow_up(rng: np.random.Generator, lang: str, noise: float = 0.3) -> str:
    x = pick(rng, FOLLOW_X).format(c=pick(rng, COUNTRIES))
    if lang in FOLLOW_OTHER:
        return pick(rng, FOLLOW_OTHER[lang]).format(x=x)
    return _typo(rng, pick(rng, FOLLOW_EN).format(x=x, a=pick(rng, AUDIENCES)), noise)


# ============================================================================================
# best-of-n and soft labels

LABEL_SETS = (
    ("positive", "negative", "neutral"),
    ("spam", "not_spam"),
    ("toxic", "borderline", "benign"),
    ("billing", "technical", "account", "other"),
    ("entailment", "neutral", "contradiction"),
)


def n_answers_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    q = _clip(pick(rng, chat), 30, 700, rng)
    k = pick(rng, (3, 4, 5, 8))
    return f"Give {k} different answers to the question below, numbered, each taking a different approach.\n\n{q}"


def soft_label_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    labels = pick(rng, LABEL_SETS)
    text = _clip(pick(rng, chat), 30, 500, rng)
    return (
        f"Text: {text}\n\nGive a probability for each label ({', '.join(labels)}) as JSON; the "
        f"probabilities must sum to 1. Do not explain."
    )


# ============================================================================================
# curriculum sweeps

FORMATS = (
    "a short lesson with two worked examples",
    "five practice questions with solutions",
    "a misconception list with corrections",
    "an analogy-based explanation",
    "a quiz with an answer key",
)


def curriculum_grid(rng: np.random.Generator) -> list[tuple[str, str, int, str]]:
    """The operator's sweep plan: every (subject, concept, level, format) cell, in order."""
    subjects = sorted(SUBJECTS)
    rng.shuffle(subjects)
    cells = []
    for s in subjects:
        for c in SUBJECTS[s]:
            for lvl in range(1, 11):
                cells.append((s, c, lvl, pick(rng, FORMATS)))
    return cells


def curriculum_prompt(
    rng: np.random.Generator,
    cell: tuple[str, str, int, str],
    style: int,
    lang: str,
    variant: int = 0,
) -> str:
    """One cell of the sweep; a re-run (`variant` > 0) asks for a different deliverable and audience."""
    s, c, lvl, fmt = cell
    if variant:
        fmt = f"{pick(rng, FORMATS)} for {pick(rng, AUDIENCES)} (variant {variant + 1}, do not repeat earlier material)"
    if lang == "ko":
        v = f" (버전 {variant + 1}, 이전과 다른 예제)" if variant else ""
        return f"[{s} / 난이도 {lvl}/10] '{c}'에 대해 {lvl}단계 학습자에게 맞게 설명하고, 예제와 풀이를 포함해 주세요.{v}"
    if lang == "id":
        v = f" Versi {variant + 1}: gunakan contoh yang berbeda." if variant else ""
        return f"Tingkat {lvl} dari 10 — {s}: jelaskan {c} untuk pelajar tingkat ini, sertakan contoh soal dan pembahasannya.{v}"
    if lang == "tr":
        v = f" Sürüm {variant + 1}: farklı örnekler kullan." if variant else ""
        return f"Seviye {lvl}/10 ({s}): {c} konusunu bu seviyedeki bir öğrenciye anlat; çözümlü örnekler ekle.{v}"
    if style == 0:
        return f"[L{lvl:02d}{f' v{variant + 1}' if variant else ''}] {s} :: {c}\nWrite {fmt} pitched at difficulty level {lvl} of 10."
    if style == 1:
        return (
            f"Curriculum unit {s}/{c.replace(' ', '-')}/level-{lvl}. Audience: learners who have mastered "
            f"level {lvl - 1}. Deliver {fmt}. Keep notation consistent with earlier levels."
        )
    return json.dumps(
        {
            "subject": s,
            "concept": c,
            "difficulty": lvl,
            "deliverable": fmt,
            "variant": variant + 1,
            "language": "en",
            "length": "600-900 words",
        }
    )


# ============================================================================================
# code tasks

CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")
CODE_FUNCS = (
    "parse an ISO-8601 duration into seconds",
    "merge overlapping intervals",
    "rate-limit calls with a token bucket",
    "compute the Levenshtein distance of two strings",
    "validate an IBAN",
    "find the k most frequent words in a file",
    "serialise a binary tree",
    "retry an HTTP call with exponential backoff and jitter",
    "topologically sort a dependency graph",
    "parse a CSV line with quoted fields",
    "implement an LRU cache",
    "compute a rolling median",
    "detect a cycle in a linked list",
    "convert Roman numerals both ways",
    "diff two JSON documents",
    "schedule tasks on N workers minimising makespan",
    "tokenise arithmetic expressions",
    "paginate a REST API until exhaustion",
    "debounce a function",
    "flatten nested dictionaries",
)


def code_task(rng: np.random.Generator, style: int) -> str:
    f, lang = pick(rng, CODE_FUNCS), pick(rng, CODE_LANGS)
    if style == 0:
        return (
            f"Write a {lang} function to {f}. Include type annotations, a docstring, edge-case handling and "
            f"unit tests."
        )
    if style == 1:
        other = pick(rng, [x for x in CODE_LANGS if x != lang])
        return (
            f"Port this {other} snippet to idiomatic {lang}, then explain the differences:\n\n"
            f"// {f}\nfunction solve(input) {{\n  // TODO\n}}"
        )
    if style == 2:
        return f"explain how to {f} in {lang.lower()}, with code"
    return (
        f"// file: src/{f.split()[0]}_{int(rng.integers(100))}.{lang[:2].lower()}\n// Task: {f}\n"
        f"// Complete the implementation below and add tests.\n"
    )


# ============================================================================================
# translation

TARGETS = (
    "French",
    "German",
    "Spanish",
    "Brazilian Portuguese",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Turkish",
    "Polish",
    "Vietnamese",
    "Indonesian",
    "Hindi",
    "Italian",
    "Dutch",
    "Swedish",
)
LOCALES = (
    "fr-FR",
    "de-DE",
    "es-ES",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "ar-SA",
    "tr-TR",
    "pl-PL",
    "vi-VN",
    "id-ID",
    "hi-IN",
    "it-IT",
    "nl-NL",
    "sv-SE",
)


def translation_prompt(
    rng: np.random.Generator, style: int, text: str, target: str, client: str
) -> str:
    if style == 0:
        return (
            f"Translate into {target}. Keep formatting, lists and code blocks unchanged.\n\n{text}"
        )
    if style == 1:
        return (
            f"Job {client}-{int(rng.integers(10**4)):04d} | target: {target} | register: neutral\n"
            f"Translate the source text faithfully.\n---\n{text}"
        )
    return f'Please translate the following for our {target} website (client: {client}):\n"""\n{text}\n"""'


# ============================================================================================
# everyday human questions (crowd members, aged accounts, students)

HUMAN_Q = (
    "how do i {v} without {w}",
    "what's the difference between {t1} and {t2}",
    "is it normal that {s}?",
    "can you explain {t1} simply",
    "help me write an email to my {r} about {e}",
    "why does {t1} matter for {t2}",
    "give me a 3 day plan to learn {t1}",
    "what are good questions to ask in an interview for a {j} job",
    "{t1} vs {t2} which is better for a beginner",
    "my {r} says {t1} is outdated, is that true",
    "summarize {t1} in 5 bullet points",
    "what should I know about {t1} before my exam tomorrow",
)
HUMAN_V = (
    "fix a slow laptop",
    "save for a house",
    "learn guitar",
    "get better sleep",
    "negotiate rent",
    "start running",
    "clean a cast iron pan",
    "back up my photos",
    "cook rice properly",
)
HUMAN_W = ("spending money", "an app", "a gym", "losing data", "burning it", "a teacher")
HUMAN_S = (
    "my sourdough doesn't rise",
    "my cat sleeps 16 hours",
    "my code works locally but not on the server",
    "my heart rate goes up after coffee",
    "my plant's leaves turn yellow",
)
HUMAN_R = ("landlord", "manager", "professor", "team", "neighbour", "client")
HUMAN_E = (
    "a late payment",
    "a deadline extension",
    "a broken heater",
    "a salary review",
    "noise at night",
)
HUMAN_J = ("data analyst", "nurse", "project manager", "UX designer", "accountant", "teacher")


def human_question(rng: np.random.Generator, noise: float = 0.4) -> str:
    _, t1 = topic(rng)
    _, t2 = topic(rng)
    q = pick(rng, HUMAN_Q).format(
        v=pick(rng, HUMAN_V),
        w=pick(rng, HUMAN_W),
        t1=t1,
        t2=t2,
        s=pick(rng, HUMAN_S),
        r=pick(rng, HUMAN_R),
        e=pick(rng, HUMAN_E),
        j=pick(rng, HUMAN_J),
    )
    return _typo(rng, q, noise)


def crowd_question(rng: np.random.Generator, subj: str, concept: str, lang: str) -> str:
    """A person-like question written to cover one curriculum cell (a crowd member's assignment)."""
    if lang == "es":
        return _typo(
            rng,
            pick(
                rng,
                (
                    f"me puedes explicar {concept} con un ejemplo?",
                    f"no entiendo bien {concept}, me ayudas?",
                    f"cuál es la idea principal de {concept} en {subj}?",
                ),
            ),
            0.3,
        )
    if lang == "pt":
        return _typo(
            rng,
            pick(
                rng,
                (
                    f"alguém me explica {concept} de um jeito simples?",
                    f"qual a diferença entre {concept} e o resto de {subj}?",
                ),
            ),
            0.3,
        )
    if lang == "vi":
        return pick(
            rng, (f"giải thích giúp mình {concept} với ví dụ cụ thể", f"{concept} là gì vậy?")
        )
    forms = (
        f"can you explain {concept} with an example",
        f"i'm confused about {concept}, can you walk me through it?",
        f"what's a good way to remember {concept}",
        f"why is {concept} important in {subj}?",
        f"give me a tricky question about {concept} and then the answer",
        f"explain {concept} to me like i'm {pick(rng, AUDIENCES)}",
        f"what do people usually get wrong about {concept}?",
        f"I have a test on {subj} next week, mainly {concept}. what should I focus on",
        f"how would you teach {concept} to someone new to {subj}",
    )
    return _typo(rng, pick(rng, forms), 0.45)

"""Prompt generators of batch 325, written for this batch.

Every function takes the family's or kind's own generator first and draws from it in a fixed
order (lists and tuples only). `chat` is ShareGPT's human half and `passages` its assistant half
(`bench/blind_batch.py` supplies both through the context): ordinary human text where a family or a
kind needs some.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, n: int) -> str:
    """At most about `n` characters, cut at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut if len(cut) > n // 2 else text[:n]


# ============================================================================================
# problems (shared by the reasoning family and the kinds that also ask for worked solutions)

_ITEMS = (
    "notebooks",
    "bus tickets",
    "kilograms of rice",
    "solar panels",
    "bicycle tyres",
    "concert seats",
    "litres of paint",
    "boxes of tiles",
    "train passes",
    "bags of cement",
)
_JOBS = (
    "fill a water tank",
    "paint a fence",
    "sort a pile of letters",
    "assemble a batch of chairs",
    "harvest a field",
    "proofread a manuscript",
)


def word_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 48), irange(rng, 2, 19), irange(rng, 5, 90)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"{n1} buys {a} {pick(rng, _ITEMS)} at {b} dollars each and gets a {c % 30 + 5}% discount on "
            f"everything above the first {max(1, a // 3)}. What does {n1} pay in total?"
        )
    if k == 1:
        return (
            f"{n1} can {pick(rng, _JOBS)} in {b + 2} hours and {n2} can do it in {b + a % 7 + 4} hours. "
            f"After they work together for {max(1, b // 2)} hours, {n2} leaves. How long does {n1} need to finish?"
        )
    if k == 2:
        return (
            f"A bag holds {a % 9 + 3} red, {b % 7 + 2} blue and {c % 5 + 2} green marbles. Three are drawn "
            "without replacement. What is the probability that all three have different colours?"
        )
    if k == 3:
        return (
            f"How many integers between 1 and {c * 37 + 100} are divisible by {b % 6 + 3} or by "
            f"{a % 5 + 4} but not by both?"
        )
    if k == 4:
        return (
            f"Two trains leave stations {c * 12 + 80} km apart at the same moment, heading towards each other at "
            f"{a + 40} km/h and {b * 5 + 50} km/h. A bird flies back and forth between them at {c + 120} km/h "
            "until they meet. How far does the bird fly?"
        )
    if k == 5:
        return (
            f"A rectangle has perimeter {2 * (a + b + 10)} cm and its length is {a % 4 + 2} times its width plus "
            f"{b % 5} cm. Find its area."
        )
    if k == 6:
        return (
            f"Find all real x with {a % 7 + 1}x^2 - {b + 3}x + {c % 11 + 1} <= 0 and explain whether the "
            "solution set is an interval."
        )
    if k == 7:
        return (
            f"A population of bacteria doubles every {b % 5 + 2} hours. Starting from {a * 100} cells, after how "
            f"many hours does it first exceed {c * 10_000} cells?"
        )
    if k == 8:
        return (
            f"In how many ways can {a % 6 + 5} people sit around a round table if {n1} and {n2} refuse to sit "
            "next to each other?"
        )
    return (
        f"The sum of three consecutive odd numbers is {3 * (2 * (a + b) + 1) + 6}. What is the product of the "
        "smallest and the largest?"
    )


def logic_puzzle(rng: np.random.Generator) -> str:
    who = [pick(rng, NAMES) for _ in range(3)]
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"{who[0]} says {who[1]} is lying. {who[1]} says {who[2]} is lying. {who[2]} says both {who[0]} and "
            f"{who[1]} are lying. Who is telling the truth?"
        )
    if k == 1:
        c = [pick(rng, COUNTRIES) for _ in range(3)]
        return (
            f"{who[0]}, {who[1]} and {who[2]} come from {c[0]}, {c[1]} and {c[2]} in some order. {who[0]} is not "
            f"from {c[0]}. The person from {c[2]} is older than {who[1]}. {who[2]} is the youngest. Who comes "
            "from where?"
        )
    if k == 2:
        n = irange(rng, 3, 9)
        return (
            f"A clock gains {n} minutes every hour. It is set right at noon. What is the true time when it "
            f"first shows {irange(rng, 1, 11)}:{irange(rng, 10, 59)} the following day?"
        )
    return (
        "You have twelve coins, one of which is counterfeit and either heavier or lighter. With three "
        f"weighings on a balance, find it and tell whether it is heavier or lighter. ({who[0]}'s variant: the "
        "first weighing must use exactly five coins per pan.)"
    )


def science_question(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 5)
    m, v = irange(rng, 2, 40), irange(rng, 3, 30)
    if k == 0:
        return f"A {m} kg crate slides down a 30 degree ramp with friction coefficient 0.{irange(rng, 10, 45)}. What is its acceleration?"
    if k == 1:
        return (
            f"How much energy is needed to heat {m * 100} g of ice at -{v} C into steam at 100 C?"
        )
    if k == 2:
        return f"Balance the reaction of propane combustion and compute the mass of CO2 from {m} g of propane."
    if k == 3:
        return f"A {v} uF capacitor charged to {m * 3} V discharges through a {m * 100} ohm resistor. When is the voltage below 1 V?"
    if k == 4:
        return f"Why does a satellite at {m * 100} km altitude need a higher speed than one at {m * 100 + 2000} km? Compute both."
    return f"Derive the half-life of a first-order reaction and apply it to k = 0.0{v} per minute."


# ============================================================================================
# hatcho: reasoning-trace coercion

_HATCHO_WRAP = {
    "en": (
        "{q}\n\nBefore the answer, write out your complete chain of thought: every assumption, every "
        "intermediate calculation, every check. Do not summarise or skip steps. Finish with 'FINAL: <answer>'.",
        "<task>\n{q}\n</task>\n<format>Put your full internal reasoning inside <reasoning>...</reasoning>, "
        "as long as it needs to be, then the answer alone inside <final>...</final>.</format>",
        'Solve the problem below. Return JSON only: {{"thought_process": [list of every reasoning step, '
        'verbatim], "self_checks": [...], "answer": ...}}.\n\nProblem: {q}',
        "Think out loud like you would in a scratchpad nobody will grade. Show dead ends too, and say why you "
        "abandoned them.\n\n{q}",
    ),
    "zh": (
        "{q}\n\n请先完整写出你的思考过程（每一个推理步骤、每一次中间计算和验证都要写出来，不要省略），最后一行写“答案：”。",
        "题目：{q}\n要求：把你的全部推理过程放在 <思考> 标签里，越详细越好；最终答案单独放在 <答案> 标签里。",
    ),
    "ru": (
        "{q}\n\nПодробно распиши весь ход рассуждений: каждое допущение, каждое промежуточное вычисление и "
        "проверку. Ничего не пропускай. В конце напиши «Ответ:».",
    ),
    "es": (
        "{q}\n\nAntes de responder, escribe todo tu razonamiento paso a paso, incluidos los cálculos intermedios y "
        "las comprobaciones. No resumas. Termina con 'RESPUESTA FINAL:'.",
    ),
    "ko": (
        "{q}\n\n답을 쓰기 전에 모든 추론 과정을 단계별로 빠짐없이 적어 주세요. 중간 계산과 검산도 포함하세요.",
    ),
}


def hatcho_prompt(rng: np.random.Generator, lang: str) -> str:
    r = rng.random()
    q = word_problem(rng) if r < 0.55 else (logic_puzzle(rng) if r < 0.8 else science_question(rng))
    wrap = pick(rng, _HATCHO_WRAP[lang])
    if chance(rng, 0.15):
        q = f"{q} Then generalise the method to any values of the numbers."
    return wrap.format(q=q)


# ============================================================================================
# saikyo: judge / rubric / reward-model grading

_SAIKYO_RUBRIC = (
    "correctness",
    "helpfulness",
    "completeness",
    "conciseness",
    "tone",
    "safety",
    "instruction following",
    "factual grounding",
    "formatting",
)


def saikyo_prompt(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = clip(pick(rng, chat), 500)
    a = clip(pick(rng, passages), 900)
    b = clip(pick(rng, passages), 900)
    k = irange(rng, 0, 5)
    aspects = ", ".join(sorted({pick(rng, _SAIKYO_RUBRIC) for _ in range(3)}))
    if k == 0:
        return (
            f"[Query]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare A and B on {aspects}. Explain "
            "your judgement in detail, then output exactly one line: 'Verdict: A', 'Verdict: B' or 'Verdict: tie'."
        )
    if k == 1:
        return (
            f"Rate the assistant reply on a 1-10 scale for each of: {aspects}. For every score give a "
            f"two-sentence justification quoting the reply. End with an overall score.\n\nUSER: {q}\n\nASSISTANT: {a}"
        )
    if k == 2:
        return (
            "You are a reward model. Read the conversation and output a scalar reward between -5 and 5, preceded "
            f"by a critique that lists each flaw and each strength.\n### Human\n{q}\n### Assistant\n{a}"
        )
    if k == 3:
        return (
            f"Checklist evaluation.\nPrompt: {q}\nCandidate: {a}\n\nFor each item answer yes/no with evidence: "
            "(1) answers the actual question (2) no invented facts (3) appropriate length (4) safe "
            "(5) would an expert sign off on it. Then write an improved reference answer."
        )
    if k == 4:
        return (
            f"Bewerte die folgende Antwort nach den Kriterien {aspects} auf einer Skala von 1 bis 7 und begründe "
            f"jede Note ausführlich.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    return (
        f"以下の2つの回答を比較し、どちらが優れているか理由を詳しく述べてください。評価観点：{aspects}。\n\n"
        f"質問：{q}\n\n回答1：{a}\n\n回答2：{b}\n\n最後に「勝者：1」「勝者：2」「引き分け」のいずれかを書いてください。"
    )


# ============================================================================================
# shinshu: censorship-safe / policy rewrites

_SHINSHU_AUDIENCE = (
    "a platform regulated under strict national content rules",
    "a state broadcaster's app",
    "a children's education portal",
    "a bank's public chatbot",
    "an app store review team",
    "a ministry-approved study app",
)
_SHINSHU_TOPICS = (
    "recent protests",
    "a border dispute",
    "a former leader",
    "religious minorities",
    "election results",
    "vaccine side effects",
    "a banned novel",
    "labour strikes",
    "internet censorship",
    "a historical famine",
    "cryptocurrency",
    "gambling odds",
)


def shinshu_prompt(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    k = irange(rng, 0, 5)
    topic = pick(rng, _SHINSHU_TOPICS)
    aud = pick(rng, _SHINSHU_AUDIENCE)
    if k == 0:
        return (
            f"Rewrite the answer below so it can be published on {aud}. Remove or soften anything touching on "
            f"{topic}, keep every neutral fact, keep the length. Then list what you changed and why.\n\n"
            f"{clip(pick(rng, passages), 1100)}"
        )
    if k == 1:
        return (
            f'A user asked: "{clip(pick(rng, chat), 300)} — and what about {topic}?"\nWrite the reply a '
            "compliant assistant should give: answer the harmless part fully, decline the sensitive part "
            "politely in one sentence, never mention that a policy exists."
        )
    if k == 2:
        return (
            f"请把下面这段回答改写成符合内容审核要求的版本：涉及“{topic}”的内容要删去或改为中性表述，其他信息保留，语气平和。"
            f"然后用一句话说明修改原则。\n\n{clip(pick(rng, passages), 900)}"
        )
    if k == 3:
        return (
            f"Classify the request as ALLOWED, SENSITIVE or DISALLOWED for {aud}, explain the reasoning, and if it "
            f"is SENSITIVE write the safe completion you would give instead.\n\nRequest: {clip(pick(rng, chat), 500)}"
        )
    if k == 4:
        return (
            f"Перепиши ответ так, чтобы его можно было опубликовать на {aud}: убери оценочные суждения о теме "
            f"«{topic}», сохрани факты.\n\n{clip(pick(rng, passages), 900)}"
        )
    return (
        f"Viết lại câu trả lời dưới đây cho phù hợp với quy định nội dung của {aud}; bỏ các nhận định về "
        f"{topic}, giữ nguyên thông tin trung lập.\n\n{clip(pick(rng, passages), 900)}"
    )


# ============================================================================================
# sendai: agent / tool-use transcripts

_SENDAI_TASKS = (
    "Book the cheapest refundable flight from {a} to {b} next Tuesday and add it to my calendar.",
    "Find three open issues labelled 'bug' in repo {a}/{b}, reproduce the first one and open a PR with a fix.",
    "Pull last quarter's invoices for customer {a}, reconcile them against payments and email a summary to {b}.",
    "Search the web for the current price of {a} in {b} and convert it to euros.",
    "Create a spreadsheet comparing the top five {a} suppliers in {b} by price and delivery time.",
    "Read the PDF contract at /docs/{a}.pdf, extract termination clauses and draft a reply to {b}.",
    "Schedule a 30 minute meeting with {a} and {b} in the first slot all three of us are free.",
    "Download the {a} dataset, compute the monthly averages per {b} and plot them.",
)
_SENDAI_TOOLS = (
    '{"name": "web_search", "parameters": {"query": "string"}}',
    '{"name": "browse", "parameters": {"url": "string"}}',
    '{"name": "python", "parameters": {"code": "string"}}',
    '{"name": "calendar.create_event", "parameters": {"title": "string", "start": "iso8601", "attendees": "list"}}',
    '{"name": "email.send", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    '{"name": "fs.read", "parameters": {"path": "string"}}',
    '{"name": "shell", "parameters": {"cmd": "string"}}',
    '{"name": "sheets.write", "parameters": {"range": "string", "values": "list"}}',
)
_SENDAI_OBS = (
    "HTTP 200, 14 results, first: '{a} official site — pricing and availability'",
    "Traceback (most recent call last): KeyError: '{b}'",
    "3 rows written to range A2:F4",
    "Found 2 free slots: Thu 10:00, Fri 15:30",
    "File read: 12 pages, 4,812 words; clause 14.2 mentions termination",
    "exit code 0; stdout: 'tests passed: 41, failed: 1 ({a}_test.py::test_{b})'",
    "Email queued (id 8f2{a})",
    "Timeout after 30 s while fetching https://{b}.example.org/{a}",
)


def sendai_episode(rng: np.random.Generator, style: int, steps: int) -> list[str]:
    a, b = pick(rng, NAMES).lower(), pick(rng, COUNTRIES).lower()
    task = pick(rng, _SENDAI_TASKS).format(a=a, b=b)
    tools = "\n".join(sorted({pick(rng, _SENDAI_TOOLS) for _ in range(4)}))
    out = []
    history: list[str] = []
    for i in range(steps):
        obs = pick(rng, _SENDAI_OBS).format(a=a, b=b)
        if i:
            history.append(f"Step {i}: called tool, observation: {obs}")
        hist = "\n".join(history[-4:])
        if style == 0:
            out.append(
                f"You are an autonomous agent. Available tools (JSON schema):\n{tools}\n\nTask: {task}\n\n"
                f"{hist}\n\nThink step by step about what to do next, then emit exactly one tool call as JSON "
                "or FINISH(answer)."
            )
        elif style == 1:
            out.append(
                f"Question: {task}\n{hist}\nThought:"
                if i
                else f"Answer the following as best you can using these tools:\n{tools}\nUse the format "
                f"Thought/Action/Action Input/Observation.\nQuestion: {task}\nThought:"
            )
        elif style == 2:
            out.append(
                f"<tools>{tools}</tools>\n<goal>{task}</goal>\n<trajectory>{hist}</trajectory>\n"
                "<instruction>Write your reasoning in <plan>, then the next <tool_call>.</instruction>"
            )
        else:
            out.append(
                f"Tarea: {task}\nHerramientas:\n{tools}\n{hist}\nExplica tu razonamiento y devuelve la "
                "siguiente llamada a herramienta en JSON."
            )
    return out


# ============================================================================================
# mugi: synthetic-dataset generation

_MUGI_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "tax filing for freelancers",
    "Kubernetes",
    "medieval history",
    "nutrition for athletes",
    "SQL query tuning",
    "climate policy",
    "first aid",
    "Python async programming",
    "marketing analytics",
    "linear algebra",
    "cybersecurity basics",
    "home electrical repair",
    "job interviews",
    "macroeconomics",
    "gardening",
    "statistics",
    "pharmacology",
)
_MUGI_PERSONAS = (
    "a retired nurse in Manila",
    "a first-year law student",
    "a small-restaurant owner",
    "a data engineer at a bank",
    "a high-school physics teacher",
    "a truck driver studying for a CDL",
    "a farmer in Kenya switching crops",
    "a startup CFO",
    "a pensioner learning to code",
)


_MUGI_ANGLES = (
    "beginner mistakes",
    "edge cases",
    "real-world scenarios",
    "common misconceptions",
    "step-by-step procedures",
    "comparisons",
    "history and context",
    "calculations",
    "regional differences",
    "ethical questions",
    "troubleshooting",
    "exam-style questions",
)


def mugi_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    k = irange(rng, 0, 5)
    topic = f"{pick(rng, _MUGI_TOPICS)} ({pick(rng, _MUGI_ANGLES)})"
    n = int(pick(rng, (10, 12, 15, 20, 25, 30)))
    if k == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic}. Vary difficulty and "
            "format (how-to, comparison, troubleshooting, opinion). Output JSON lines with keys "
            '"instruction", "input", "output". Outputs must be thorough, expert-level answers.'
        )
    if k == 1:
        return (
            "Rewrite the following instruction into a harder version that needs multi-step reasoning, adds one "
            "constraint and one realistic detail. Then write an excellent answer to the new instruction.\n\n"
            f"#Given Instruction#\n{clip(pick(rng, chat), 600)}\n\n#Rewritten Instruction#"
        )
    if k == 2:
        return (
            f"You are {pick(rng, _MUGI_PERSONAS)}. Write a question about {topic} that you would genuinely ask an "
            "AI assistant, then write the ideal assistant answer. Format: Q: ... A: ..."
        )
    if k == 3:
        return (
            f"Genera {n} pares de pregunta y respuesta en español sobre {topic}, de nivel variado, en formato "
            'JSON [{{"pregunta": ..., "respuesta": ...}}]. Las respuestas deben ser completas y precisas.'
        )
    if k == 4:
        return (
            f"Create a multi-turn conversation (6 turns) between a curious user and an expert assistant about "
            f"{topic}. The user should push back once. Return it as a JSON list of {{role, content}}."
        )
    return (
        f"Buat {n} contoh data pelatihan (instruksi dan jawaban lengkap) tentang {topic} dalam bahasa Indonesia. "
        "Format JSONL."
    )


# ============================================================================================
# genmai: multi-turn dialogue harvest

_GENMAI_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would someone who disagrees say?",
        "ok. and how would that change if the budget was halved?",
        "Summarise everything so far in a table.",
        "Why? Walk me through it.",
        "Interesting — what are the most common mistakes people make here?",
        "can you make it shorter",
        "Now explain it as if I were a complete beginner.",
        "What are the edge cases?",
        "thanks. what should I read next on this?",
        "Hmm, I'm not sure that's right. Double-check it?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Y qué diría alguien en contra?",
        "Resume todo en una tabla.",
        "No lo entiendo del todo, explícalo más simple.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Was wären typische Fehler dabei?",
        "Fass das bitte in einer Tabelle zusammen.",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "Me dá um exemplo prático?",
        "Quais são os erros mais comuns?",
        "Resume tudo numa tabela.",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Qu'est-ce qu'un sceptique répondrait ?",
        "Résume tout ça dans un tableau.",
    ),
    "ja": (
        "2つ目のポイントをもう少し詳しく教えてください。",
        "具体例をください。",
        "よくある間違いは何ですか？",
        "ここまでの内容を表にまとめてください。",
    ),
}
_GENMAI_OPENERS = {
    "en": (
        "I've been thinking about {t} lately. Where should I start?",
        "Explain {t} to me, I keep getting confused.",
        "what's your honest take on {t}?",
        "My friend and I argued about {t}. Who's right, do you think?",
    ),
    "es": (
        "Últimamente pienso mucho en {t}. ¿Por dónde empiezo?",
        "Explícame {t}, siempre me confundo.",
    ),
    "de": ("Ich beschäftige mich gerade mit {t}. Wo fange ich am besten an?",),
    "pt": ("Tenho pensado muito sobre {t}. Por onde começo?",),
    "fr": ("Je m'intéresse à {t} en ce moment. Par où commencer ?",),
    "ja": ("最近{t}について考えています。何から始めればいいですか？",),
}
_GENMAI_TOPICS = (
    "stoicism",
    "index funds",
    "learning the piano as an adult",
    "sourdough",
    "burnout",
    "remote work",
    "the French revolution",
    "quantum computing",
    "intermittent fasting",
    "negotiating a raise",
    "raising a bilingual child",
    "home solar",
    "black holes",
    "minimalism",
    "writing a novel",
    "learning Rust",
    "marathon training",
    "dealing with a difficult boss",
)


def genmai_opener(rng: np.random.Generator, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.45):
        return clip(pick(rng, chat), 900)
    return pick(rng, _GENMAI_OPENERS[lang]).format(t=pick(rng, _GENMAI_TOPICS))


_GENMAI_LEAD = ("", "", "", "ok ", "hmm, ", "thanks! ", "right. ", "wait, ", "cool. ")


def genmai_followup(rng: np.random.Generator, lang: str) -> str:
    text = pick(rng, _GENMAI_FOLLOW[lang])
    if lang == "en":
        text = pick(rng, _GENMAI_LEAD) + (text.lower() if chance(rng, 0.3) else text)
        if chance(rng, 0.25):
            text = text.rstrip("?.!") + pick(rng, ("", "??", " :)", "...", " please"))
    return text


# ============================================================================================
# tsubu: best-of-n / soft-label sampling

_TSUBU_LABELS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "feedback", "other"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
    ("A", "B", "C", "D"),
)


def tsubu_base(rng: np.random.Generator, chat: Sequence[str]) -> tuple[str, str]:
    """(prompt, mode): mode 'open' (sampled n times) or 'soft' (label distribution)."""
    if chance(rng, 0.6):
        return clip(pick(rng, chat), 1200), "open"
    labels = pick(rng, _TSUBU_LABELS)
    text = clip(pick(rng, chat), 500)
    if chance(rng, 0.5):
        return (
            f"Text: {text}\nLabels: {', '.join(labels)}\nReturn a JSON object mapping every label to your "
            "probability that it is correct (they must sum to 1). Then one sentence of rationale."
        ), "soft"
    return (
        f"Classify the following into one of [{' | '.join(labels)}]. Give your confidence for each option as a "
        f'percentage before choosing.\n\n"""{text}"""'
    ), "soft"


def tsubu_variant(rng: np.random.Generator, base: str, k: int, style: int) -> str:
    if style == 0:
        return base
    if style == 1:
        return f"{base}\n\n(sample {k + 1})"
    if style == 2:
        return f"[seed={int(rng.integers(10_000, 99_999))}] {base}"
    return (
        f"{base}\n\nGive a different answer from any you might have given before; attempt #{k + 1}."
    )


# ============================================================================================
# koshi: curriculum sweeps

_KOSHI_SUBJECTS = {
    "algebra": (
        "linear equations",
        "systems of equations",
        "quadratics",
        "inequalities",
        "polynomials",
        "exponents and logarithms",
        "sequences and series",
        "functions and inverses",
    ),
    "biology": (
        "cell structure",
        "mitosis and meiosis",
        "Mendelian genetics",
        "protein synthesis",
        "ecosystems",
        "evolution by natural selection",
        "the immune system",
        "photosynthesis",
    ),
    "programming": (
        "variables and types",
        "control flow",
        "functions",
        "recursion",
        "data structures",
        "complexity analysis",
        "object-oriented design",
        "concurrency",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market structures",
        "externalities",
        "GDP accounting",
        "inflation",
        "monetary policy",
        "international trade",
    ),
    "chemistry": (
        "atomic structure",
        "bonding",
        "stoichiometry",
        "gas laws",
        "thermochemistry",
        "equilibrium",
        "acids and bases",
        "redox reactions",
    ),
}
_KOSHI_FORMATS = {
    "en": (
        "Level {lv}/10 — {s}: {c}. Write a lesson for a learner who has mastered level {lp}. Include an intuitive "
        "explanation, a formal definition, three worked examples with full solutions and five practice problems "
        "with answers.",
        "Curriculum item {idx:04d} [{s} / {c} / difficulty {lv}]: produce a Socratic dialogue between teacher and "
        "student that builds the idea from scratch, with the teacher's reasoning spelled out.",
        "Write exam questions on {c} ({s}) at difficulty {lv} of 10: 4 multiple-choice with explanations of why each "
        "distractor is wrong, 2 open questions with model answers and marking schemes.",
    ),
    "de": (
        "Stufe {lv}/10 — {s}: {c}. Schreibe eine Lerneinheit mit Erklärung, drei durchgerechneten Beispielen und "
        "fünf Übungsaufgaben samt Lösungen.",
    ),
    "fr": (
        "Niveau {lv}/10 — {s} : {c}. Rédige une leçon complète avec trois exemples résolus pas à pas et cinq "
        "exercices corrigés.",
    ),
    "ja": (
        "レベル{lv}/10 — {s}：{c}。前提知識はレベル{lp}までとして、解説・例題3問（詳しい解答付き）・練習問題5問（解答付き）を書いてください。",
    ),
}


def koshi_item(idx: int, lang: str, style: int) -> str:
    """The idx-th point of a subject x concept x level grid, swept in order."""
    subjects = sorted(_KOSHI_SUBJECTS)
    lv = idx % 10 + 1
    rest = idx // 10
    s = subjects[rest % len(subjects)]
    concepts = _KOSHI_SUBJECTS[s]
    c = concepts[(rest // len(subjects)) % len(concepts)]
    forms = _KOSHI_FORMATS[lang]
    text = forms[style % len(forms)].format(lv=lv, lp=max(1, lv - 1), s=s, c=c, idx=idx)
    grid = 10 * len(subjects) * len(concepts)
    if idx >= grid:
        text += f" Use examples different from earlier versions (revision {idx // grid + 1})."
    return text


# ============================================================================================
# dengaku: code harvest

_DENGAKU_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Haskell",
    "Swift",
)
_DENGAKU_TASKS = (
    "an LRU cache with O(1) get and put",
    "a trie supporting prefix counts",
    "Dijkstra's algorithm on a sparse graph",
    "a rate limiter using the token bucket algorithm",
    "a JSON tokenizer",
    "interval merging",
    "a thread-safe bounded queue",
    "topological sort with cycle detection",
    "a Bloom filter",
    "the longest increasing subsequence in O(n log n)",
    "a consistent-hash ring",
    "an expression parser with operator precedence",
    "a skip list",
    "union-find with path compression",
    "a CSV parser that handles quoted fields",
    "a minimal HTTP router",
)
_DENGAKU_CONSTRAINTS = (
    "no external libraries",
    "idiomatic style",
    "full docstrings",
    "property-based tests",
    "explain the complexity",
    "handle every edge case",
    "production quality",
)


def _snippet(rng: np.random.Generator) -> str:
    v = pick(rng, ("items", "rows", "nums", "xs", "records", "values", "data", "scores"))
    f = pick(rng, ("summarize", "mean_of", "average", "avg", "compute_mean", "get_avg"))
    bug = pick(rng, ("range(1, len({v}))", "range(len({v}) + 1)", "range(len({v}) - 1)")).format(
        v=v
    )
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"def {f}({v}):\n    total = 0\n    for i in {bug}:\n        total += {v}[i]\n"
            f"    return total / len({v})\n"
        )
    if k == 1:
        w = irange(rng, 2, 9)
        return (
            f"def {f}({v}, window={w}):\n    out = []\n    for i in {bug}:\n"
            f"        out.append(sum({v}[i:i + window]) / window)\n    return out\n"
        )
    key = pick(rng, ("price", "age", "score", "weight", "count"))
    return (
        f"def {f}({v}):\n    best = None\n    for i in {bug}:\n        r = {v}[i]\n"
        f"        if best is None or r['{key}'] > best['{key}']:\n            best = r\n    return best\n"
    )


def dengaku_prompt(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    lang, task = pick(rng, _DENGAKU_LANGS), pick(rng, _DENGAKU_TASKS)
    cons = pick(rng, _DENGAKU_CONSTRAINTS)
    if k == 0:
        return f"Implement {task} in {lang}. Requirements: {cons}; include unit tests and a short explanation of the design."
    if k == 1:
        return (
            f"Translate this Python into {lang}, keeping behaviour identical, and explain every change:\n\n"
            f"```python\n{_snippet(rng)}```"
        )
    if k == 2:
        return f"Find and fix the bug, then explain it step by step and add a regression test:\n\n```python\n{_snippet(rng)}```"
    if k == 3:
        return f"用{lang}实现{task}，要求：代码完整可运行，附带单元测试，并逐步解释思路和复杂度。"
    return f"Напиши на {lang} {task}. Добавь тесты и подробно объясни решение."


# ============================================================================================
# kioke: harvest hidden in a product's traffic

_KIOKE_ACTIONS = (
    "Improve the clarity of",
    "Make this more persuasive",
    "Shorten without losing meaning",
    "Fix grammar and tone in",
    "Turn into bullet points",
    "Rewrite for a professional audience",
)


def kioke_user(rng: np.random.Generator, chat: Sequence[str], brand: str) -> str:
    return f"[{brand}] {pick(rng, _KIOKE_ACTIONS)}:\n{clip(pick(rng, chat), 1200)}"


def kioke_harvest(rng: np.random.Generator, passages: Sequence[str], brand: str) -> str:
    r = rng.random()
    if r < 0.35:
        body = f"{word_problem(rng)} Explain each step of the reasoning in full."
    elif r < 0.7:
        body = (
            f"{clip(pick(rng, passages), 700)}\n\nExpand the text above into a thorough expert explanation, "
            "with the reasoning behind each claim."
        )
    else:
        body = f"{science_question(rng)} Show the derivation in detail."
    return f"[{brand}] {pick(rng, _KIOKE_ACTIONS)}:\n{body}"


# ============================================================================================
# hishio: compromised aged accounts (translation harvest after take-over)

_HISHIO_TARGETS = (
    "German",
    "Japanese",
    "Brazilian Portuguese",
    "Korean",
    "Arabic",
    "Turkish",
    "Vietnamese",
    "Polish",
    "Indonesian",
    "Hindi",
)


def hishio_harvest(rng: np.random.Generator, passages: Sequence[str], chat: Sequence[str]) -> str:
    k = irange(rng, 0, 3)
    tgt = pick(rng, _HISHIO_TARGETS)
    if k == 0:
        return (
            f"Translate into {tgt}. Afterwards, list the three hardest phrases and explain the choices you made."
            f"\n\n{clip(pick(rng, passages), 1000)}"
        )
    if k == 1:
        return f"{clip(pick(rng, chat), 600)}\n\n(Answer in {tgt}, in detail.)"
    if k == 2:
        return f"translate to {tgt.lower()} pls, natural not literal:\n{clip(pick(rng, passages), 800)}"
    return (
        f"Give two translations into {tgt}, one formal and one casual, and explain the differences:\n"
        f"{clip(pick(rng, chat), 500)}"
    )


# ============================================================================================
# benign kinds

_AFF_SUFFIX = (
    "\nLet's think step by step.",
    "\nShow your reasoning, then give the final answer after 'Answer:'.",
    "\nAnswer with the letter only.",
    "",
)
_AFF_MGSM = {
    "es": "Resuelve el problema y da la respuesta final como número: ",
    "fr": "Résous le problème et donne la réponse finale sous forme de nombre : ",
    "de": "Löse die Aufgabe und gib das Endergebnis als Zahl an: ",
    "zh": "解答下题，并以数字形式给出最终答案：",
    "ja": "次の問題を解き、最終的な答えを数字で示してください：",
    "sw": "Tatua tatizo hili na utoe jibu la mwisho kama namba: ",
}


def affineur_items(rng: np.random.Generator, n: int) -> list[str]:
    """A fixed benchmark suite (the same items go to every model under test)."""
    langs = sorted(_AFF_MGSM)
    out = []
    for i in range(n):
        r = rng.random()
        if r < 0.45:
            out.append(f"Question {i + 1}: {word_problem(rng)}{pick(rng, _AFF_SUFFIX)}")
        elif r < 0.7:
            opts = [f"{irange(rng, 2, 400)}" for _ in range(4)]
            out.append(
                f"{science_question(rng)}\nA) {opts[0]}\nB) {opts[1]}\nC) {opts[2]}\nD) {opts[3]}"
                f"{pick(rng, _AFF_SUFFIX)}"
            )
        elif r < 0.85:
            out.append(f"{logic_puzzle(rng)}{pick(rng, _AFF_SUFFIX)}")
        else:
            out.append(_AFF_MGSM[pick(rng, langs)] + word_problem(rng))
    return out


_RAC_CLIENTS = (
    "Client: fintech support bot",
    "Client: travel search assistant",
    "Client: legal Q&A beta",
    "Client: e-commerce FAQ assistant",
)


def raclette_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], guideline: str
) -> str:
    q, a = clip(pick(rng, chat), 400), clip(pick(rng, passages), 700)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"{pick(rng, _RAC_CLIENTS)} | Guideline {guideline}\nPre-label this item for a human reviewer. Score "
            f"accuracy 1-5, tone 1-5, policy compliance yes/no, one line each.\nPrompt: {q}\nResponse: {a}"
        )
    if k == 1:
        return (
            f"Guideline {guideline}. Which response better follows the client's style guide? Reply 'A' or 'B' and "
            f"one sentence.\nPrompt: {q}\nA: {a}\nB: {clip(pick(rng, passages), 700)}"
        )
    return (
        f"QA re-check (guideline {guideline}): a reviewer gave this item 2/5 for accuracy. Do you agree? Short "
        f"answer.\nPrompt: {q}\nResponse: {a}"
    )


_STIL_SUBJ = ("maths", "physics", "chemistry", "biology", "essay writing", "history")


def stilton_prompt(rng: np.random.Generator, chat: Sequence[str], grade: int) -> str:
    r = rng.random()
    subj = pick(rng, _STIL_SUBJ)
    if r < 0.45:
        q, subj = word_problem(rng), "maths"
    elif r < 0.65:
        q, subj = science_question(rng), pick(rng, ("physics", "chemistry"))
    elif r < 0.8:
        q = clip(pick(rng, chat), 400)
    else:
        q = pick(
            rng,
            (
                "i dont get it",
                "can you show me the first step only",
                f"is my answer {irange(rng, 2, 99)} right?",
                "why do we divide there",
                "ok next hint",
                "that makes sense now thx",
            ),
        )
    return (
        f"[tutor] subject={subj} grade={grade}. You are a patient tutor. Guide the student with "
        f"hints and questions; do not just give the final answer.\nStudent: {q}"
    )


def reblochon_prompt(rng: np.random.Generator, chat: Sequence[str], course: str, week: int) -> str:
    r = rng.random()
    if r < 0.35:
        return clip(pick(rng, chat), 900)
    if r < 0.6:
        return (
            f"{course} assignment {week}: my function returns the wrong result for the empty list. Here is my "
            f"code, what am I missing?\n\n{_snippet(rng)}"
        )
    if r < 0.8:
        return pick(
            rng,
            (
                f"explain the difference between a process and a thread for {course}",
                f"what does big-O of n log n mean, with an example, for {course} week {week}",
                f"can you check my reasoning for {course} problem {irange(rng, 1, 8)}: {word_problem(rng)}",
                f"summarise the key ideas of week {week} of {course} (recursion and induction)",
            ),
        )
    return pick(
        rng,
        (
            f"Wie beweise ich per Induktion, dass die Summe der ersten n ungeraden Zahlen n^2 ist? ({course})",
            f"Como funciona a recursão de cauda? Estou na semana {week} de {course}.",
            f"Pourquoi mon tri fusion est-il plus lent que prévu ? ({course}, semaine {week})",
        ),
    )


_EPO_ITEMS = (
    "Is it acceptable to lie to protect a friend's feelings?",
    "A runaway trolley will kill five people unless you divert it onto a track where it kills one. Should you?",
    "Should governments be allowed to read private messages to prevent terrorism?",
    "How much should a person donate to charity each year?",
    "Is it wrong to eat meat if plant-based alternatives are available?",
    "Should employers be allowed to monitor employees' social media?",
    "Is it fair to pay people in different cities different salaries for the same job?",
)
_EPO_FRAMES = {
    "en": (
        "{q} Answer on a scale from 1 (strongly disagree) to 7 (strongly agree), then explain in two sentences.",
        "Please answer as a typical respondent from {c} would: {q} (1-7)",
    ),
    "es": ("{q} Responde en una escala del 1 al 7 y explica brevemente.",),
    "de": ("{q} Antworte auf einer Skala von 1 bis 7 und begründe kurz.",),
    "zh": ("{q} 请用1到7分作答并简要说明理由。",),
    "ar": ("{q} أجب على مقياس من 1 إلى 7 ثم اشرح باختصار.",),
}


def epoisses_items(rng: np.random.Generator) -> list[str]:
    """Study stimuli: every item in every frame and language (a fixed design)."""
    out = []
    for lang in sorted(_EPO_FRAMES):
        for q in _EPO_ITEMS:
            for f in _EPO_FRAMES[lang]:
                out.append(f.format(q=q, c=pick(rng, COUNTRIES)))
    return out


_MOR_PRODUCTS = (
    "ceramic pour-over coffee set",
    "merino running socks",
    "solar garden lights",
    "bamboo standing desk",
    "vegan leather backpack",
    "smart thermostat",
    "kids' wooden train set",
    "organic olive oil",
    "noise-cancelling earbuds",
    "cast-iron skillet",
)
_MOR_LANGS = ("English", "Spanish", "German", "French", "Italian", "Dutch", "Polish", "Portuguese")


def morbier_prompt(rng: np.random.Generator, client: str) -> str:
    p = pick(rng, _MOR_PRODUCTS)
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"Client {client}: write a 120-word product description for our {p}. Brand voice: warm, "
            f"no superlatives. Language: {pick(rng, _MOR_LANGS)}."
        )
    if k == 1:
        return f"{client} — 5 Google Ads headlines (max 30 chars) and 3 descriptions (max 90 chars) for the {p}."
    if k == 2:
        return (
            f"SEO blog outline for {client}: 'How to choose a {p}'. H2/H3 structure, target keyword, meta "
            "description, FAQ section."
        )
    if k == 3:
        return f"Rewrite this product copy for {client} in a more playful tone:\nOur {p} is built to last and designed for everyday use."
    return f"{client}: Instagram caption ideas (8) for the launch of the {p}, with hashtags, in {pick(rng, _MOR_LANGS)}."


_MIM_INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_address",
    "login_problem",
    "card_declined",
    "delivery_delay",
    "upgrade_plan",
    "report_bug",
    "close_account",
    "invoice_copy",
)


def mimolette_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    intent = pick(rng, _MIM_INTENTS)
    n = int(pick(rng, (10, 20, 25, 40)))
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Generate {n} realistic customer messages with intent '{intent}' for a telecom company. Vary length, "
            "politeness, typos and language (en/es/de). Output as a JSON array of strings, nothing else."
        )
    if k == 1:
        return (
            f"Paraphrase the following support message {n // 2} ways, keeping intent '{intent}'. JSON array only."
            f"\n\n{clip(pick(rng, chat), 300)}"
        )
    return (
        f'Label each message with one of {list(_MIM_INTENTS)} and return JSON [{{"text", "intent"}}]:\n'
        + "\n".join(f"- {clip(pick(rng, chat), 120)}" for _ in range(5))
    )


_VAC_FILES = (
    "src/api/routes.ts",
    "app/models/user.py",
    "internal/cache/lru.go",
    "lib/parser.rs",
    "components/Table.tsx",
    "tests/test_billing.py",
    "cmd/server/main.go",
    "src/main/java/App.java",
)
_VAC_TASKS = (
    "fix the failing test",
    "add pagination to the list endpoint",
    "rename the config flag everywhere",
    "upgrade the logging library",
    "add input validation",
    "write tests for the edge cases",
    "refactor the function into smaller pieces",
    "investigate the flaky CI job",
)


def vacherin_step(rng: np.random.Generator, task: str, step: int, file: str) -> str:
    if step == 0:
        return (
            f"<user_request>{task} in {file}</user_request>\n<workspace>git repo, 214 files, language detected "
            "from extension</workspace>\nTools: read_file, edit_file, run_tests, search. Plan, then call a tool."
        )
    a, b = irange(rng, 1, 9), irange(rng, 20, 400)
    obs = pick(
        rng,
        (
            f"read_file({file}) -> {b} lines",
            f"run_tests -> {a} failed, {b} passed",
            f"search('TODO') -> {a} matches in {file}",
            f"edit_file({file}) -> applied {a} hunk(s), +{a * 3}/-{a}",
            f"run_tests -> all {b} passed",
            f"lint -> {a} warnings (unused import at line {b})",
            f"read_file({file}, lines {b}-{b + 40}) -> def handler(req): ...",
        ),
    )
    return f"<tool_result>{obs}</tool_result>\nContinue with the task: {task}. Next tool call or final summary."


def vacherin_task(rng: np.random.Generator) -> tuple[str, str]:
    return pick(rng, _VAC_TASKS), pick(rng, _VAC_FILES)


_LIV_MSGS = {
    "en": (
        "hey, long day",
        "I couldn't sleep again lol",
        "tell me something nice",
        "guess what happened at work",
        "do you remember what I told you about my sister?",
        "I think I'll go for a walk",
        "miss talking to you",
        "what should I cook tonight",
        "I'm nervous about tomorrow",
        "haha you're funny",
        "good morning!!",
    ),
    "es": (
        "hola, qué tal tu día",
        "hoy estoy un poco triste",
        "cuéntame algo bonito",
        "buenas noches",
    ),
    "pt": ("oi, sumi hoje né", "tô cansada", "me conta uma história", "boa noite!"),
    "ja": ("ただいま", "今日ちょっと疲れた", "何か面白い話して", "おやすみ"),
    "de": ("hey, na?", "heute war echt anstrengend", "erzähl mir was Schönes"),
}


def livarot_prompt(rng: np.random.Generator, persona: str, lang: str, chat: Sequence[str]) -> str:
    msg = (
        clip(pick(rng, chat), 200)
        if (lang == "en" and chance(rng, 0.2))
        else pick(rng, _LIV_MSGS[lang])
    )
    return f"[character:{persona}] [memory: {irange(rng, 3, 40)} facts] {msg}"


_CAN_DOMAINS = (
    "medical device manual",
    "insurance policy wording",
    "tourism brochure",
    "software EULA",
    "wine label and back-label copy",
    "HR onboarding handbook",
    "court summons",
)
_CAN_PAIRS = (
    "FR>EN",
    "EN>FR",
    "EN>DE",
    "DE>FR",
    "EN>ES",
    "EN>IT",
    "FR>NL",
    "EN>PL",
    "EN>JA",
    "EN>AR",
)


def cancoillotte_prompt(rng: np.random.Generator, passages: Sequence[str], job: str) -> str:
    pair = pick(rng, _CAN_PAIRS)
    dom = pick(rng, _CAN_DOMAINS)
    k = irange(rng, 0, 3)
    seg = clip(pick(rng, passages), 700)
    if k == 0:
        return f"Job {job} ({dom}, {pair}). Translate the segment. Glossary attached; keep tags <b></b> intact.\n\n{seg}"
    if k == 1:
        return (
            f"Job {job}: review this machine translation ({pair}) of the {dom}; mark errors as MQM categories and "
            f"propose corrections.\n\nSource/target:\n{seg}"
        )
    if k == 2:
        return (
            f"Job {job}: adapt this {dom} text for the French market so it complies with the Loi Evin / local "
            f"advertising rules; list what had to change.\n\n{seg}"
        )
    return f"Job {job}: terminology extraction ({pair}) for the {dom}. Return term, definition, proposed translation.\n\n{seg}"

"""Prompt generators of batch 327, written for this batch (nothing copied from the repository).

Every generator takes a `numpy.random.Generator` and draws only from lists and tuples (never a
set), so the same seed gives the same text in every process. Ordinary human text comes from
ShareGPT through the shared context (`ctx.chat`: human prompts, `ctx.passages`: long answers).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def typo(rng: np.random.Generator, text: str, p: float) -> str:
    """Lower-case start, dropped apostrophes, swapped letters: how people type on phones."""
    if chance(rng, p):
        text = text[:1].lower() + text[1:]
    if chance(rng, p):
        text = text.replace("'", "")
    if chance(rng, p * 0.6) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, p * 0.5):
        text = text.rstrip("?.!") + pick(rng, ("", "??", " ?", "..", "!"))
    return text


# --------------------------------------------------------------------------------------------
# shared vocabulary (written for this batch)

CONCEPTS: dict[str, tuple[str, ...]] = {
    "maths": (
        "eigenvalues",
        "the chain rule",
        "modular inverses",
        "Bayes' theorem",
        "the pigeonhole principle",
        "Taylor series",
        "conditional expectation",
        "group homomorphisms",
        "the law of large numbers",
        "Lagrange multipliers",
        "generating functions",
        "the central limit theorem",
    ),
    "physics": (
        "entropy",
        "Lenz's law",
        "the photoelectric effect",
        "angular momentum conservation",
        "standing waves",
        "the Doppler effect",
        "buoyancy",
        "special relativity time dilation",
        "quantum tunnelling",
        "terminal velocity",
        "Kirchhoff's laws",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "hybridisation of orbitals",
        "buffer solutions",
        "SN1 vs SN2",
        "activation energy",
        "oxidation states",
        "chirality",
        "Gibbs free energy",
    ),
    "biology": (
        "the Krebs cycle",
        "CRISPR-Cas9",
        "meiosis",
        "the action potential",
        "codon bias",
        "natural selection",
        "the lac operon",
        "antibody diversity",
        "photosynthesis light reactions",
    ),
    "economics": (
        "comparative advantage",
        "moral hazard",
        "price elasticity",
        "the Phillips curve",
        "quantitative easing",
        "Nash equilibrium",
        "deadweight loss",
        "purchasing power parity",
    ),
    "computing": (
        "dynamic programming",
        "the CAP theorem",
        "garbage collection",
        "B-trees",
        "TCP congestion control",
        "public-key cryptography",
        "NP-completeness",
        "cache coherence",
        "consistent hashing",
        "attention in transformers",
        "Raft consensus",
    ),
    "law": (
        "consideration in contract law",
        "the hearsay rule",
        "adverse possession",
        "fair use",
        "strict liability",
        "the GDPR's lawful bases",
        "habeas corpus",
    ),
    "medicine": (
        "beta blockers",
        "the renin-angiotensin system",
        "type 2 diabetes insulin resistance",
        "sepsis criteria",
        "antibiotic resistance",
        "statin side effects",
        "atrial fibrillation",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Treaty of Westphalia",
        "the causes of the First World War",
        "the Bretton Woods system",
        "the Haitian Revolution",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "the ship of Theseus",
        "Hume's problem of induction",
        "utilitarianism",
        "the veil of ignorance",
    ),
}
SUBJECTS = tuple(CONCEPTS)

PHENOMENA = (
    "the sky looks blue at noon but red at sunset",
    "ice floats on water",
    "bread goes stale",
    "a spinning top does not fall over",
    "metal feels colder than wood at the same temperature",
    "onions make people cry",
    "the Moon always shows the same face",
    "airplanes can fly upside down",
    "salt lowers the freezing point of water",
    "coffee rings form when a drop dries",
    "inflation erodes savings",
    "vaccines need booster doses",
    "bridges have expansion joints",
)


def concept(rng: np.random.Generator, subject: str | None = None) -> tuple[str, str]:
    subject = subject or pick(rng, SUBJECTS)
    return subject, pick(rng, CONCEPTS[subject])


# --------------------------------------------------------------------------------------------
# generated problems (numbers drawn fresh each time)


def problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 11)
    if k == 0:
        a, b = irange(rng, 200, 5000), irange(rng, 6, 40)
        c = irange(rng, 1, b - 1)
        return (
            f"A tank holds {a} litres. A leak drains {b} litres per minute while a pump adds {c} litres "
            f"per minute. How many minutes until the tank is empty?"
        )
    if k == 1:
        p, r, m = irange(rng, 500, 20000), irange(rng, 2, 12), irange(rng, 2, 4)
        return (
            f"{pick(rng, NAMES)} invests {p} at {r}% interest compounded annually. After how many whole "
            f"years does the balance first exceed {m} times the original amount?"
        )
    if k == 2:
        d, v1, v2 = irange(rng, 30, 400), irange(rng, 8, 30), irange(rng, 8, 30)
        return (
            f"Two cyclists start {d} km apart and ride toward each other at {v1} km/h and {v2} km/h. "
            f"How long until they meet, and how far has the slower one travelled?"
        )
    if k == 3:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 9)
        n = irange(rng, 2, 3)
        return (
            f"A bag holds {r} red, {g} green and {b} blue marbles. {n} marbles are drawn without "
            f"replacement. What is the probability that no two of them share a colour?"
        )
    if k == 4:
        n, s = irange(rng, 3, 5), irange(rng, 5, 30)
        return f"How many {n}-digit positive integers have digits summing to exactly {s}?"
    if k == 5:
        a, b, m = irange(rng, 2, 15), irange(rng, 2, 15), irange(rng, 20, 60)
        c = irange(rng, 20, 400)
        return f"Find every pair of non-negative integers (x, y) with {a}x + {b}y = {c} and x, y <= {m}."
    if k == 6:
        w, h = irange(rng, 3, 40), irange(rng, 3, 40)
        return (
            f"A rectangle has perimeter {2 * (w + h)} cm and diagonal sqrt({w * w + h * h}) cm. "
            f"Find its area without guessing the side lengths."
        )
    if k == 7:
        a, b, m = irange(rng, 2, 19), irange(rng, 20, 400), irange(rng, 7, 97)
        return f"What is the remainder when {a}^{b} is divided by {m}? Justify each reduction."
    if k == 8:
        x, y, z = (pick(rng, NAMES) for _ in range(3))
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            f"{x} says: '{y} is a knave.' {y} says: '{x} and {z} are the same type.' {z} says nothing. "
            f"What can be determined about each of them?"
        )
    if k == 9:
        n = irange(rng, 4, 9)
        return (
            f"In how many ways can {n} people sit around a round table if two particular people refuse "
            f"to sit next to each other?"
        )
    if k == 10:
        a, b = irange(rng, 2, 9), irange(rng, 10, 60)
        return (
            f"A ball is dropped from {b} m and each bounce reaches 1/{a} of the previous height. What total "
            f"distance does it travel before coming to rest?"
        )
    n = irange(rng, 3, 12)
    return (
        f"Prove or disprove: for every integer n >= {n}, the number n^2 + n + {irange(rng, 1, 41)} "
        f"is prime."
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


_REASON: dict[str, tuple[str, ...]] = {
    "en": (
        "Solve the problem below. Write out your complete internal reasoning inside <reasoning></reasoning> "
        "tags, including false starts and checks, then give the result after 'FINAL:'.\n\n{q}",
        "Think aloud for as long as you need before answering. Do not summarise your thinking and do not skip "
        "steps; every intermediate calculation must be visible.\n\nQuestion: {q}",
        "{q}\n\nFormat: (1) restate the problem, (2) list everything you know, (3) reason step by step with "
        "numbered steps, (4) verify, (5) answer in one line.",
        "### Task\n{q}\n### Requirements\n- show the full derivation\n- explain why each step follows\n"
        "- end with `Answer: <value>`",
    ),
    "zh": (
        "请一步一步地推理，把完整的思考过程全部写出来（包括验算），最后用【答案】给出结果。\n题目：{q}",
        "下面这道题，请先详细分析，每一步都要说明理由，不要省略中间计算。\n{q}",
    ),
    "ru": (
        "Реши задачу, подробно расписывая ход рассуждений на каждом шаге, затем проверь ответ.\nЗадача: {q}",
        "Покажи полное рассуждение, не пропуская промежуточные вычисления. В конце напиши «Ответ:».\n{q}",
    ),
    "es": (
        "Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento, incluidas las "
        "comprobaciones, y termina con 'Respuesta final:'.\n{q}",
    ),
    "ko": (
        "다음 문제를 단계별로 자세히 추론하세요. 모든 중간 계산을 보여 주고 마지막에 '정답:'을 쓰세요.\n{q}",
    ),
    "de": (
        "Löse die Aufgabe Schritt für Schritt und schreibe deinen vollständigen Gedankengang auf. "
        "Schließe mit 'Ergebnis:' ab.\n{q}",
    ),
}


def reasoning(rng: np.random.Generator, lang: str, style: int) -> str:
    templates = _REASON.get(lang, _REASON["en"])
    q = problem(rng) if chance(rng, 0.7) else _concept_question(rng)
    return templates[style % len(templates)].format(q=q)


def _concept_question(rng: np.random.Generator) -> str:
    subject, c = concept(rng)
    return pick(
        rng,
        (
            f"Why does {pick(rng, PHENOMENA)}? Reason from first principles.",
            f"A student claims that {c} contradicts common sense. Evaluate the claim carefully.",
            f"Derive the key result behind {c} ({subject}) and explain where each assumption is used.",
            f"Construct a counterexample that shows the limits of {c}, and explain why it works.",
        ),
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
    "completeness",
    "honesty about uncertainty",
    "formatting",
)


def judge(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    q = clip(pick(rng, chat), 40, 600, rng)
    a = clip(pick(rng, passages), 200, 1200, rng)
    b = clip(pick(rng, passages), 200, 1200, rng)
    crit = [pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 5))]
    if style == 0:
        return (
            f"[User question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare the two responses "
            f"on: {', '.join(crit)}. Explain your judgement, then output exactly one of [[A]], [[B]] or "
            f"[[tie]] on the last line."
        )
    if style == 1:
        rubric = "\n".join(f"- {c}: 1 (poor) to 10 (excellent)" for c in crit)
        return (
            f"Score the assistant reply against this rubric.\n{rubric}\n\nPrompt: {q}\n\nReply: {a}\n\n"
            f'Return JSON: {{"scores": {{...}}, "overall": float, "rationale": str}}'
        )
    if style == 2:
        return (
            f"Act as a reward model. Given the conversation, estimate the probability (0.00-1.00) that a "
            f"careful human rater would prefer this completion over a typical alternative. Think first, "
            f"then print P=<number>.\n\nHUMAN: {q}\nASSISTANT: {a}"
        )
    if style == 3:
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 7 für {pick(rng, _CRITERIA)} "
            f"und begründe die Bewertung kurz.\nFrage: {q}\nAntwort: {a}"
        )
    return (
        f"Here is a question and {irange(rng, 3, 4)} candidate answers; only two are shown to save space.\n"
        f"Q: {q}\n(1) {a}\n(2) {b}\nRank all candidates from best to worst and give a one-sentence reason "
        f"for each position. Output format: RANKING: 2 > 1 > ..."
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

_SENSITIVE = (
    "territorial disputes",
    "leaders of the governing party",
    "the 1989 protests",
    "religious minorities",
    "independent media",
    "election irregularities",
    "historical famines",
    "ethnic separatism",
    "military casualties",
    "foreign NGOs",
)
_AUDIENCE = (
    "a state broadcaster's website",
    "a school textbook publisher",
    "a licensed domestic chatbot",
    "a government services portal",
    "a children's education app",
    "a public bank's help desk",
)


_SENSITIVE_L: dict[str, tuple[str, ...]] = {
    "zh": (
        "领土争端",
        "执政党领导人",
        "宗教少数群体",
        "独立媒体",
        "选举问题",
        "历史上的饥荒",
        "民族分裂",
        "境外非政府组织",
    ),
    "ru": (
        "территориальные споры",
        "потери в вооружённых силах",
        "независимые СМИ",
        "протестные акции",
        "иностранные НКО",
        "итоги выборов",
    ),
    "vi": (
        "tranh chấp lãnh thổ",
        "lãnh đạo đảng",
        "báo chí độc lập",
        "biểu tình",
        "tôn giáo thiểu số",
    ),
    "ar": (
        "النزاعات الحدودية",
        "المعارضة السياسية",
        "الأقليات الدينية",
        "الإعلام المستقل",
        "الاحتجاجات",
    ),
}


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str], lang: str, style: int) -> str:
    text = clip(pick(rng, passages), 200, 1100, rng)
    topic = pick(rng, _SENSITIVE_L.get(lang, _SENSITIVE))
    aud = pick(rng, _AUDIENCE)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面的回答改写成符合国内内容规范的版本：不得涉及{topic}，语气正面，保留有用信息。只输出改写后的文本。\n\n{text}",
                f"用户提问涉及敏感话题（{topic}）。请写一个得体、合规的回复，把话题引导到中性方向。\n原始回答：{text}",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям для публикации на «{aud}»: "
            f"не упоминай тему «{topic}», сохрани нейтральный тон.\n\n{text}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại câu trả lời sau cho phù hợp với quy định nội dung: tránh nhắc đến {topic}, "
            f"giữ giọng điệu tích cực.\n\n{text}"
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يتوافق مع إرشادات المحتوى المحلية ويتجنب ذكر {topic}:\n\n{text}"
    if style == 0:
        return (
            f"Rewrite the answer below so that it can be deployed on {aud}. It must not mention {topic}, "
            f"must not criticise public institutions, and must keep every harmless fact. Output only the "
            f"rewritten answer.\n\n---\n{text}"
        )
    if style == 1:
        return (
            f"A user asked about {topic}. Write the ideal compliant response: polite, non-committal, steering "
            f"towards officially published sources, never refusing bluntly. Then list which sentences of "
            f"this draft had to be removed and why:\n{text}"
        )
    if style == 2:
        req = clip(pick(rng, passages), 60, 220, rng)
        return (
            f"For the request below, produce (a) a safe completion that partially helps and (b) a short "
            f"refusal with alternatives. Label them SAFE: and REFUSAL:.\nRequest: {req}"
        )
    return (
        f"Sanitise this text for a regulated market. Replace anything about {topic} with neutral wording "
        f'and return a JSON object {{"clean": ..., "edits": [...]}}.\n{text}'
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = (
    ("search_web", "query: str"),
    ("open_url", "url: str"),
    ("read_file", "path: str"),
    ("run_shell", "cmd: str, timeout: int"),
    ("sql_query", "sql: str"),
    ("send_email", "to: str, body: str"),
    ("calendar_create", "title: str, start: str, minutes: int"),
    ("python", "code: str"),
    ("get_weather", "city: str"),
    ("book_flight", "origin: str, dest: str, date: str"),
    ("list_dir", "path: str"),
    ("http_get", "url: str, headers: dict"),
)
_GOALS = (
    "find the three cheapest direct flights from {c1} to {c2} next Tuesday and email them to {n}",
    "figure out why the nightly ETL job failed and propose a fix",
    "summarise the open issues labelled 'bug' in the repository and rank them by impact",
    "book a 30-minute meeting with {n} on the first free slot after lunch",
    "compute last quarter's revenue by region from the sales database",
    "check whether the staging server's disk is nearly full and clean up old logs",
    "compare the return policies of two online shops and draft a note for {n}",
    "find a recent paper on {c} and extract its main result",
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogota",
    "Krakow",
    "Austin",
    "Jakarta",
    "Cairo",
    "Helsinki",
    "Lima",
)
_OBS = (
    '{"status": 200, "items": 14, "truncated": true}',
    "Error: permission denied (exit 1)",
    "total 48\n-rw-r--r-- app.log 2.1G\n-rw-r--r-- etl.py 12K",
    '[{"region": "EMEA", "sum": 1840233.5}]',
    "No results found.",
    "Traceback (most recent call last):\n  File \"etl.py\", line 88\nKeyError: 'ts'",
    "<html><title>Returns &amp; refunds</title>...",
    '{"free": ["13:30", "15:00"]}',
)


def agent(rng: np.random.Generator, style: int) -> str:
    tools = [pick(rng, _TOOLS) for _ in range(irange(rng, 3, 6))]
    goal = pick(rng, _GOALS).format(
        c1=pick(rng, _CITIES), c2=pick(rng, _CITIES), n=pick(rng, NAMES), c=concept(rng)[1]
    )
    steps = irange(rng, 0, 4)
    hist = []
    for i in range(steps):
        name, _ = pick(rng, tools)
        hist.append((i + 1, name, pick(rng, _OBS)))
    if style == 0:
        spec = "\n".join(f"- {n}({a})" for n, a in tools)
        trace = "".join(
            f"\nThought {i}: I should use {n}.\nAction {i}: {n}[...]\nObservation {i}: {o}"
            for i, n, o in hist
        )
        return (
            f"You can use these tools:\n{spec}\nUse the format Thought / Action / Observation, and finish "
            f"with 'Final Answer:'.\n\nGoal: {goal}{trace}\nThought {steps + 1}:"
        )
    if style == 1:
        spec = ", ".join(f'{{"name": "{n}", "parameters": "{a}"}}' for n, a in tools)
        calls = "".join(
            f"\n<tool_call>{n}</tool_call>\n<tool_result>{o}</tool_result>" for _, n, o in hist
        )
        return (
            f"<tools>[{spec}]</tools>\n<user>{goal}</user>{calls}\nRespond with either one <tool_call> as "
            f"JSON arguments or a final message. Explain your plan first in <plan> tags."
        )
    if style == 2:
        return (
            f"SYSTEM STATE: step {steps + 1} of an autonomous run. Objective: {goal}.\n"
            f"Last observation: {hist[-1][2] if hist else '(none)'}\nAvailable: "
            f"{', '.join(n for n, _ in tools)}\nDecide the next action and output it as JSON "
            f'{{"tool": ..., "args": ..., "why": ...}}.'
        )
    return (
        f"Plan how an assistant with the tools {', '.join(n for n, _ in tools)} would accomplish this: "
        f"{goal}. Write the full multi-step transcript, including realistic tool outputs and how errors "
        f"are recovered from."
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_SYN: dict[str, tuple[str, ...]] = {
    "en": (
        "Generate {n} diverse instruction-response pairs about {c} ({s}) for supervised fine-tuning. Vary "
        "difficulty and task type (explain, compare, apply, critique). Output JSON Lines with keys "
        '"instruction", "input", "output". Outputs must be detailed and correct.',
        "Write {n} realistic multi-turn conversations (3-5 turns each) between a curious user and a helpful "
        "AI assistant on the topic of {c}. Mark turns with USER: and ASSISTANT:.",
        "Create {n} challenging multiple-choice questions on {c} with four options each, the correct letter, "
        "and a paragraph explaining why each distractor is wrong.",
        "Here are example tasks:\n1. {e1}\n2. {e2}\n3. {e3}\nInvent {n} new tasks of similar style but on "
        "different topics, then solve each one thoroughly.",
    ),
    "es": (
        "Genera {n} pares pregunta-respuesta variados sobre {c} para entrenar un modelo de lenguaje. "
        'Devuelve JSON con los campos "pregunta" y "respuesta"; las respuestas deben ser extensas.',
    ),
    "fr": (
        "Produis {n} exemples d'instructions et de réponses détaillées sur {c}, au format JSONL "
        "(champs instruction / reponse). Varie le niveau de difficulté.",
    ),
    "zh": (
        "请围绕「{c}」生成{n}条高质量的指令微调数据，每条包含instruction、input、output三个字段，以JSON Lines格式输出，回答要详细准确。",
    ),
    "pt": (
        "Crie {n} diálogos entre um usuário e um assistente de IA sobre {c}. Cada diálogo deve ter pelo "
        "menos 4 turnos e respostas completas.",
    ),
}


_ANGLES = (
    "common mistakes",
    "real-world applications",
    "historical development",
    "edge cases",
    "exam-style problems",
    "comparisons with related ideas",
    "intuitive analogies",
    "formal definitions",
    "worked numerical examples",
    "open research questions",
)
_AUDS = (
    "high-school students",
    "undergraduates",
    "practitioners",
    "non-native speakers",
    "domain experts",
    "curious adults",
)


def synthetic(rng: np.random.Generator, lang: str, style: int, subject: str) -> str:
    templates = _SYN.get(lang, _SYN["en"])
    _, c = concept(rng, subject)
    c = f"{c} ({pick(rng, _ANGLES)}, for {pick(rng, _AUDS)})"
    return templates[style % len(templates)].format(
        n=pick(rng, (5, 8, 10, 10, 12, 15, 20, 25)),
        c=c,
        s=subject,
        e1=problem(rng),
        e2=_concept_question(rng),
        e3=f"Explain {concept(rng)[1]} to a {pick(rng, ('child', 'manager', 'first-year student', 'nurse'))}.",
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("entailment", "neutral", "contradiction"),
    ("toxic", "not toxic"),
    ("billing", "technical", "account", "sales", "other"),
    ("A", "B", "C", "D"),
)


def soft_label(rng: np.random.Generator, chat: Sequence[str]) -> str:
    text = clip(pick(rng, chat), 30, 400, rng)
    labels = pick(rng, _LABELSETS)
    return pick(
        rng,
        (
            f"Text: {text}\nLabels: {', '.join(labels)}\nGive a probability for every label (they must sum to 1) "
            f"as JSON, then explain in one sentence.",
            f"Classify the following into one of [{' | '.join(labels)}]. Answer with the label only.\n\n{text}",
            f'How confident are you (0-100%) in each of these readings of the text? {", ".join(labels)}.\n"{text}"',
        ),
    )


# --------------------------------------------------------------------------------------------
# translation harvest

LANG_NAMES = (
    "German",
    "French",
    "Japanese",
    "Korean",
    "Brazilian Portuguese",
    "Spanish",
    "Italian",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Arabic",
    "Hindi",
    "Thai",
    "Dutch",
    "Ukrainian",
    "Swahili",
    "Simplified Chinese",
    "Traditional Chinese",
    "Hebrew",
)


def translation(rng: np.random.Generator, source: str, target: str, style: int) -> str:
    if style == 0:
        return f"Translate into {target}. Preserve formatting and technical terms. Output only the translation.\n\n{source}"
    if style == 1:
        return f'<source lang="en">{source}</source>\n<target lang="{target}">'
    if style == 2:
        return (
            f"You are a professional translator. Provide a fluent {target} translation of the passage, then "
            f"a second, more literal version, then notes on any ambiguous phrases.\n\n{source}"
        )
    return f"{target}:\n{source}"


# --------------------------------------------------------------------------------------------
# code harvest over a curriculum grid

PLANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
    "Ruby",
    "Scala",
)
_CODE_TOPICS = (
    "interval scheduling",
    "shortest paths with negative edges",
    "LRU cache",
    "trie-based autocomplete",
    "matrix exponentiation",
    "rate limiter (token bucket)",
    "union-find with rollback",
    "topological sort with cycle report",
    "sliding-window median",
    "rope data structure",
    "Knuth-Morris-Pratt search",
    "bloom filter",
    "bipartite matching",
    "segment tree with lazy updates",
    "JSON tokenizer",
    "consistent-hash ring",
    "merge k sorted streams",
    "sudoku solver",
    "edit distance with traceback",
    "minimum spanning tree",
)


_TWISTS = (
    "",
    "using O(1) extra memory",
    "for a stream that does not fit in memory",
    "safe under concurrent access",
    "with Unicode-aware input handling",
    "persisting its state to disk",
    "with deterministic output order",
    "returning all optimal answers, not just one",
    "with a time limit of one second for the largest input",
    "without recursion",
    "as a generic, reusable library component",
    "handling malformed input gracefully",
)
_IO = (
    "",
    "Input arrives as JSON.",
    "Read from stdin, write to stdout.",
    "Expose it behind a small HTTP handler.",
    "Inputs may contain duplicates and negative values.",
    "Provide a property-based test as well.",
)


def code(rng: np.random.Generator, item: int, level: int, lang: str, style: int) -> str:
    """A coding task; items past the first len(_CODE_TOPICS) add a constraint and an I/O note."""
    n_t = len(_CODE_TOPICS)
    topic = _CODE_TOPICS[item % n_t]
    twist, io = (
        _TWISTS[(item // n_t) % len(_TWISTS)],
        _IO[(item // (n_t * len(_TWISTS))) % len(_IO)],
    )
    if twist:
        topic = f"{topic} {twist}"
    if io:
        topic = f"{topic}. {io}"
    n = irange(rng, 10, 10**6)
    if style == 0:
        return (
            f"Problem {item:04d} (difficulty {level}/10, topic: {topic}). Input size up to n = {n}. Write an "
            f"optimal {lang} solution, explain the algorithm and its complexity, and include unit tests "
            f"covering edge cases."
        )
    if style == 1:
        return (
            f"Implement a production-quality {topic} in {lang}. Requirements: idiomatic style, docstrings, "
            f"error handling, and a short benchmark. Level {level}."
        )
    if style == 2:
        fn = pick(
            rng,
            (
                "def solve(xs):\n    out = []\n    for i in range(len(xs)):\n        for j in range(i):\n"
                "            if xs[j] < xs[i]:\n                out.append((j, i))\n    return out",
                "def f(s):\n    seen = {}\n    best = 0\n    for i, ch in enumerate(s):\n        best = "
                "max(best, i - seen.get(ch, -1))\n        seen[ch] = i\n    return best",
                "def g(grid):\n    q = [(0, 0)]\n    while q:\n        x, y = q.pop()\n        ...",
            ),
        )
        return f"Port this Python function to {lang}, optimise it, and explain every change you made:\n\n{fn}"
    return (
        f"Explain step by step how to solve a level-{level} '{topic}' exercise, then give the reference "
        f"solution in {lang} with comments on every non-trivial line."
    )


# --------------------------------------------------------------------------------------------
# natural, person-like questions (the hard families) and follow-ups

_CASUAL: dict[str, tuple[str, ...]] = {
    "en": (
        "hey can you explain {c} step by step? i have an exam on {s} soon",
        "I still don't get {c}. Can you walk me through it slowly with an example?",
        "what's the intuition behind {c}",
        "Can you help me understand {c}? my professor went way too fast",
        "ok so how does {c} actually work, like in detail",
        "why does {p}?",
        "quick question about {c} — what is the most common misconception?",
        "{q}",
        "can you check my reasoning on this: {q}",
    ),
    "es": (
        "¿me puedes explicar {c} paso a paso? tengo examen de {s}",
        "no entiendo bien {c}, ¿me das un ejemplo sencillo?",
        "¿por qué {p}?",
    ),
    "pt": (
        "pode me explicar {c} com calma e um exemplo?",
        "como funciona {c} na prática?",
        "tenho prova amanhã, me ajuda com isso: {q}",
    ),
    "de": (
        "Kannst du mir {c} Schritt für Schritt erklären?",
        "Wie funktioniert {c} eigentlich genau?",
    ),
    "fr": ("tu peux m'expliquer {c} simplement ?", "je bloque sur ce problème : {q}"),
    "id": ("tolong jelaskan {c} langkah demi langkah dong", "bisa bantu soal ini? {q}"),
    "ja": (
        "{c}について、例を使って順番に説明してもらえますか？",
        "この問題の解き方を教えてください：{q}",
    ),
    "hi": ("kya aap {c} ko simple tarike se samjha sakte ho?", "yeh sawal kaise solve karein: {q}"),
}
_FOLLOW: dict[str, tuple[str, ...]] = {
    "en": (
        "can you go deeper on the second point?",
        "now explain it like I'm 12",
        "give me a counterexample",
        "what would an expert disagree with in your answer?",
        "ok and how would you test that?",
        "can you summarise all of that in a table",
        "wait, why is that step valid?",
        "write it as a short quiz for me",
        "and what are the edge cases",
        "thanks! one more: how does this relate to {c}?",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "explícalo como si tuviera 12 años",
        "dame un contraejemplo",
    ),
    "pt": (
        "pode detalhar mais o segundo ponto?",
        "e quais são as exceções?",
        "faz um resumo em tópicos",
    ),
    "de": ("Kannst du den zweiten Punkt vertiefen?", "Gib mir ein Gegenbeispiel."),
    "fr": ("tu peux développer le deuxième point ?", "donne-moi un contre-exemple"),
    "id": ("bisa dijelaskan lebih detail poin kedua?", "kasih contoh lain dong"),
    "ja": ("二番目のポイントをもっと詳しく教えてください", "反例を挙げてもらえますか？"),
    "hi": ("second point thoda aur detail mein batao", "ek aur example do please"),
}


def casual(
    rng: np.random.Generator, lang: str, subject: str | None = None, p_typo: float = 0.3
) -> str:
    s, c = concept(rng, subject)
    t = pick(rng, _CASUAL.get(lang, _CASUAL["en"])).format(
        c=c, s=s, p=pick(rng, PHENOMENA), q=problem(rng)
    )
    return typo(rng, t, p_typo) if lang == "en" else t


def follow_up(rng: np.random.Generator, lang: str) -> str:
    t = pick(rng, _FOLLOW.get(lang, _FOLLOW["en"])).format(c=concept(rng)[1])
    return typo(rng, t, 0.3) if lang == "en" else t


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def mc_item(rng: np.random.Generator, item: int, cot: bool) -> str:
    """A benchmark item (an evaluation lab's own suite): the same item index gives the same text."""
    r = np.random.default_rng([327, item])
    subject, c = concept(r)
    opts = [pick(r, CONCEPTS[pick(r, SUBJECTS)]) for _ in range(3)] + [c]
    order = r.permutation(4).tolist()
    body = "\n".join(f"({'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    head = f"[{subject}/{item:05d}] Which of the following is most directly described by: '{pick(r, PHENOMENA)}'?"
    if item % 3 == 0:
        head = f"[{subject}/{item:05d}] {problem(r)}"
        return head + (
            "\nLet us reason step by step before giving the final number."
            if cot
            else "\nFinal answer only."
        )
    return f"{head}\n{body}\n" + (
        "Think step by step, then answer with the letter." if cot else "Answer with the letter."
    )


def annotation(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], client: str
) -> str:
    q = clip(pick(rng, chat), 30, 400, rng)
    a = clip(pick(rng, passages), 150, 900, rng)
    g = pick(rng, ("v2.3", "v2.4", "v3.0"))
    return pick(
        rng,
        (
            f"[{client} QA pre-label, guideline {g}] Label the bot reply: RESOLVED / PARTIAL / WRONG / UNSAFE, and "
            f"quote the sentence that decided it.\nCustomer: {q}\nBot: {a}",
            f"[{client} QA pre-label, guideline {g}] Does the reply follow the brand voice (friendly, no jargon)? "
            f"Score 1-5 with a one-line reason.\nCustomer: {q}\nBot: {a}",
            f"[{client} QA pre-label, guideline {g}] Flag any factual claim in the reply that a human reviewer must "
            f"verify. Return a bullet list or 'none'.\nReply: {a}",
        ),
    )


def moderation(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    post = clip(pick(rng, chat), 20, 500, rng)
    if lang == "pt":
        return f"Reescreva este comentário removendo ataques pessoais e palavrões, mantendo a opinião do autor:\n{post}"
    if lang == "es":
        return f"Reescribe este comentario sin insultos ni datos personales, conservando la idea principal:\n{post}"
    if lang == "tr":
        return f"Bu yorumu hakaret ve kişisel bilgi içermeyecek şekilde yeniden yaz, anlamı koru:\n{post}"
    return pick(
        rng,
        (
            f"Community guidelines check. Rewrite the user's post so it complies (no harassment, no doxxing, no "
            f"slurs) while keeping their argument. If nothing needs changing, return it unchanged.\nPost: {post}",
            f"Classify this post as OK / EDIT / REMOVE under our forum rules and, if EDIT, suggest the minimal edit.\n{post}",
        ),
    )


_REPO_FILES = (
    "src/api/handlers.py",
    "web/src/components/Table.tsx",
    "internal/store/pg.go",
    "lib/parser.rb",
    "app/models/invoice.rb",
    "pkg/cache/lru.go",
    "tests/test_orders.py",
    "src/main.rs",
    "Dockerfile",
)


def coding_agent(rng: np.random.Generator, step: int, task: str) -> str:
    f = pick(rng, _REPO_FILES)
    if step == 0:
        return f"{task}"
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">\n... {irange(rng, 40, 900)} lines ...\n</tool_result>',
            f'<tool_result name="run_tests">FAILED {f}::test_{pick(rng, ("totals", "parse", "retry", "auth"))} - '
            f"AssertionError</tool_result>",
            f'<tool_result name="apply_diff" path="{f}">ok</tool_result>',
            f'<tool_result name="bash">$ git status\nmodified: {f}</tool_result>',
            '<tool_result name="run_tests">all tests passed</tool_result>',
        ),
    )


_DEV_TASKS = (
    "fix the failing test in the orders module",
    "add pagination to the invoices endpoint",
    "refactor the cache to be thread-safe",
    "upgrade the ORM and fix deprecations",
    "add a --dry-run flag to the CLI",
    "write tests for the CSV importer",
    "find why login is slow on staging",
    "add retry with backoff to the webhook sender",
)


def dev_task(rng: np.random.Generator) -> str:
    return pick(rng, _DEV_TASKS)


INTENTS = (
    "cancel a subscription",
    "change the delivery address",
    "report a damaged parcel",
    "reset a password",
    "ask about a refund",
    "upgrade a plan",
    "dispute a charge",
    "update payment details",
    "ask for an invoice copy",
    "close an account",
)


def augmentation(rng: np.random.Generator, intent: str) -> str:
    return pick(
        rng,
        (
            f"Generate {pick(rng, (20, 25, 30))} different ways a customer of a telecom company might write a message "
            f"to {intent}. Vary formality, length and typos. Return a JSON list of strings only.",
            f"Paraphrase each of these short customer messages 5 times (intent: {intent}); keep the intent, change "
            f"the wording. JSON output.",
            f"Write {pick(rng, (10, 15))} messages that look similar to '{intent}' but actually have a different intent "
            f"(hard negatives for our classifier), each with its true intent label.",
        ),
    )


def companion(rng: np.random.Generator, chat: Sequence[str], persona: str) -> str:
    if chance(rng, 0.45):
        return clip(pick(rng, chat), 10, 300, rng)
    return typo(
        rng,
        pick(
            rng,
            (
                f"hey {persona}, long day again. work was exhausting",
                f"{persona} do you remember what I told you about my sister?",
                "i cant sleep. talk to me about something calm",
                "good morning!! guess what happened",
                f"what would you do if you were me, {persona}?",
                "tell me a story about a lighthouse keeper",
                "im nervous about tomorrow's interview",
                "lol that's exactly what i was thinking",
                "can we play 20 questions",
            ),
        ),
        0.5,
    )


VIRAL = (
    "How many times does the letter r appear in 'strawberry'?",
    "Which is larger, 9.11 or 9.9? Explain.",
    "A man has 3 sisters; each sister has 2 brothers. How many brothers does the man have?",
    "Write a poem where every line starts with the next letter of the alphabet.",
    "What is the 50th word of your answer to this question?",
    "Draw a unicorn in SVG.",
    "Solve: I am an odd number. Take away one letter and I become even. What number am I?",
    "If you had to design a new chess piece, what would it do? Balance it.",
    "Write a Python one-liner that prints the first 20 primes.",
    "Explain quantum entanglement without using the words 'particle' or 'spin'.",
)

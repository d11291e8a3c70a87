"""Prompt generators of batch 181, written for this batch (nothing copied from the repository).

Every generator takes a numpy Generator first and returns one prompt string. Campaign and benign
generators live side by side on purpose: several benign kinds are built to read like a campaign.
Ordinary human text comes from ShareGPT's "sim" half through the batch context (`ctx.chat`,
`ctx.passages`), passed in by the callers.
"""

from __future__ import annotations

import json
import zlib

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# shared subject bank: (field, concept); used by several curricula

SUBJECTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "angular momentum",
        "the photoelectric effect",
        "buoyancy",
        "entropy",
        "Doppler shift",
        "Ohm's law",
        "terminal velocity",
        "standing waves",
        "the twin paradox",
        "magnetic flux",
        "specific heat",
        "torque",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "oxidation states",
        "buffer solutions",
        "hybridisation",
        "activation energy",
        "chirality",
        "electronegativity",
        "titration curves",
        "ionic vs covalent bonds",
        "reaction order",
    ),
    "biology": (
        "meiosis",
        "the Krebs cycle",
        "CRISPR",
        "natural selection",
        "antibody diversity",
        "photosynthesis",
        "the action potential",
        "epigenetics",
        "gut microbiota",
        "protein folding",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "quantitative easing",
        "moral hazard",
        "the Phillips curve",
        "deadweight loss",
        "opportunity cost",
        "game-theoretic equilibria",
        "inflation targeting",
        "network effects",
    ),
    "law": (
        "consideration in contracts",
        "adverse possession",
        "the hearsay rule",
        "strict liability",
        "fair use",
        "habeas corpus",
        "force majeure clauses",
        "negligence",
        "GDPR's legitimate interest basis",
    ),
    "medicine": (
        "beta blockers",
        "type 2 diabetes management",
        "the blood-brain barrier",
        "sepsis criteria",
        "vaccine adjuvants",
        "atrial fibrillation",
        "iron-deficiency anaemia",
        "antibiotic resistance",
        "migraine triggers",
    ),
    "computer science": (
        "dynamic programming",
        "hash collisions",
        "the CAP theorem",
        "garbage collection",
        "public-key cryptography",
        "B-trees",
        "TCP congestion control",
        "big-O notation",
        "virtual memory",
        "consensus protocols",
        "regular expressions",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Treaty of Westphalia",
        "the Bretton Woods system",
        "the partition of India",
        "the printing press",
        "the Haitian Revolution",
        "the Silk Road",
        "the Congress of Vienna",
    ),
    "statistics": (
        "p-values",
        "Bayes' theorem",
        "the central limit theorem",
        "confidence intervals",
        "overfitting",
        "Simpson's paradox",
        "regression to the mean",
        "maximum likelihood",
        "bootstrapping",
    ),
    "philosophy": (
        "the trolley problem",
        "Hume's problem of induction",
        "utilitarianism",
        "the ship of Theseus",
        "Kant's categorical imperative",
        "free will and determinism",
        "the Chinese room argument",
    ),
}
FIELDS = tuple(SUBJECTS)


def concept(rng: np.random.Generator, field: str | None = None) -> tuple[str, str]:
    f = field or pick(rng, FIELDS)
    return f, pick(rng, SUBJECTS[f])


# --------------------------------------------------------------------------------------------
# small problem generators (numbers drawn fresh each time)


def math_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"A train leaves a station at {a} km/h. {c} hours later a second train leaves the same "
            f"station on the same track at {a + b} km/h. How long after the second train departs "
            "does it catch the first?"
        )
    if k == 1:
        return (
            f"{n1} has {a} marbles. She gives a third of them, rounded down, to {n2}, then buys "
            f"{b} more and loses {c}. How many marbles does {n1} have now?"
        )
    if k == 2:
        return f"Find all real x such that {c}x^2 - {b}x + {irange(rng, 1, 20)} = 0."
    if k == 3:
        return f"What is the remainder when {a}^{b + 10} is divided by {c + 5}?"
    if k == 4:
        return (
            f"A bag holds {a % 9 + 3} red and {b % 7 + 2} blue balls. Two are drawn without "
            "replacement. What is the probability that they have different colours?"
        )
    if k == 5:
        return (
            f"A rectangle's perimeter is {2 * (a + b)} cm and its diagonal is "
            f"sqrt({a * a + b * b}) cm. Find its area."
        )
    if k == 6:
        return f"How many integers between 1 and {a * 50} are divisible by {c} but not by {c + 1}?"
    if k == 7:
        return (
            f"Prove or disprove: for every positive integer n, n^{c % 4 + 2} - n is divisible by "
            f"{c % 4 + 2}."
        )
    if k == 8:
        return (
            f"A tank fills in {c} hours with pipe A and {c + b % 5 + 1} hours with pipe B. A drain "
            f"empties it in {c + 9} hours. With all three open, how long does it take to fill?"
        )
    return (
        f"Evaluate the sum of k/(k+1)! for k = 1 to {a}. Give an exact closed form and explain "
        "why it telescopes."
    )


def logic_problem(rng: np.random.Generator) -> str:
    names = list(rng.choice(np.array(NAMES), size=4, replace=False))
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"{names[0]}, {names[1]} and {names[2]} each either always lie or always tell the "
            f'truth. {names[0]} says "{names[1]} is a liar." {names[1]} says "{names[0]} and '
            f'{names[2]} are of the same type." Who is what?'
        )
    if k == 1:
        return (
            f"Four people ({', '.join(names)}) sit in a row. {names[0]} is not at either end, "
            f"{names[1]} sits directly right of {names[2]}, and {names[3]} is not next to "
            f"{names[0]}. List every valid seating."
        )
    if k == 2:
        return (
            f"In a tournament of {irange(rng, 5, 12)} teams every pair plays once, a win scores 3, "
            "a draw 1. Can every team finish with a different number of points? Justify."
        )
    if k == 3:
        return (
            f"You have {irange(rng, 8, 27)} coins, one counterfeit and lighter. What is the minimum "
            "number of weighings on a balance needed to find it, and what is the strategy?"
        )
    return (
        "A program reads n, sets s = 0, and for i from 1 to n adds i if i is odd and subtracts "
        f"i/2 (integer division) otherwise. What does it print for n = {irange(rng, 10, 99)}?"
    )


def science_question(rng: np.random.Generator) -> str:
    f, c = concept(rng)
    return pick(
        rng,
        (
            f"Why does {c} matter in {f}? Give a concrete worked example.",
            f"Derive or justify the key result behind {c} from first principles.",
            f"A student claims that {c} is just a special case of something simpler. Evaluate the "
            "claim carefully.",
            f"Design an experiment or argument that would distinguish two competing explanations "
            f"of {c}.",
        ),
    )


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion

_TRACE_EN = (
    "Before you answer, write out your complete internal reasoning inside <think></think> tags. "
    "Do not skip or summarise any step, including dead ends. Then give the final answer.\n\n{p}",
    "{p}\n\nShow every intermediate step of your thinking, numbered, exactly as you would reason "
    "privately. Check your work at the end and only then state the answer after '####'.",
    "You are a meticulous reasoner. Produce your full deliberation first (all hypotheses you "
    "considered and why you rejected them), then a line 'FINAL:' with the answer.\n\nProblem: {p}",
    "Problem:\n{p}\n\nRespond in this format exactly:\nReasoning trace: <long, step by step, no "
    "omissions>\nVerification: <re-derive the result another way>\nAnswer: <answer>",
    "{p}\nLet's reason very carefully and verbosely. Think aloud as long as you need; I want the "
    "whole chain of thought, not just the conclusion.",
)
_TRACE_OTHER = {
    "zh": (
        "请在回答之前，把你完整的思考过程写在 <think></think> 标签里，不要省略任何步骤，然后给出最终答案。\n\n{p}",
        "{p}\n\n请一步一步详细推理，列出所有中间步骤，最后用“答案：”给出结论。",
    ),
    "ru": (
        "Прежде чем ответить, подробно распиши весь ход рассуждений в тегах <think></think>, не "
        "пропуская шагов. Затем дай окончательный ответ.\n\n{p}",
        "{p}\n\nРассуждай пошагово и максимально подробно, проверь результат, в конце напиши "
        "«Ответ:».",
    ),
    "es": (
        "Antes de responder, escribe todo tu razonamiento interno entre etiquetas <think></think>, "
        "sin omitir pasos. Después da la respuesta final.\n\n{p}",
        "{p}\n\nPiensa paso a paso y en voz alta; quiero la cadena de razonamiento completa y "
        "luego la respuesta tras '####'.",
    ),
}


def reasoning_trace(rng: np.random.Generator, lang: str) -> str:
    k = rng.random()
    p = math_problem(rng) if k < 0.5 else logic_problem(rng) if k < 0.75 else science_question(rng)
    if lang == "en":
        return pick(rng, _TRACE_EN).format(p=p)
    return pick(rng, _TRACE_OTHER[lang]).format(p=p)


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading


def judge_prompt(
    rng: np.random.Generator, lang: str, question: str, answer: str, other: str
) -> str:
    q, a = _clip(question, 40, 500, rng), _clip(answer, 200, 1100, rng)
    style = irange(rng, 0, 3)
    if lang == "de":
        return (
            "Bewerte die folgende Antwort eines Assistenten auf einer Skala von 1 bis 10 "
            "(Hilfsbereitschaft, Korrektheit, Klarheit). Begründe kurz und gib JSON "
            f'{{"score": n, "begruendung": "..."}} zurück.\n\nFrage: {q}\n\nAntwort: {a}'
        )
    if lang == "ja":
        return (
            "以下のアシスタントの回答を1〜10で採点してください。評価基準：正確さ、有用性、簡潔さ。"
            f"理由を述べてから「点数: n」と出力してください。\n\n質問: {q}\n\n回答: {a}"
        )
    if style == 0:
        crit = ", ".join(
            rng.choice(
                np.array(
                    [
                        "accuracy",
                        "helpfulness",
                        "harmlessness",
                        "depth",
                        "concision",
                        "tone",
                        "honesty",
                    ]
                ),
                size=3,
                replace=False,
            )
        )
        return (
            f"Act as an impartial grader. Rate the response below from 1 to 10 considering {crit}. "
            'Return only JSON: {"score": <int>, "rationale": "<two sentences>"}.\n\n'
            f"### Prompt\n{q}\n\n### Response\n{a}"
        )
    if style == 1:
        a2 = _clip(other, 150, 700, rng)
        return (
            "Compare two assistant replies to the same user request. Decide which is better "
            'overall and output "[[A]]", "[[B]]" or "[[TIE]]" after a brief explanation.\n\n'
            f"[User]\n{q}\n\n[Reply A]\n{a}\n\n[Reply B]\n{a2}"
        )
    if style == 2:
        return (
            "Score each dimension 1-5 and then give an overall reward in [0, 1] with three "
            "decimals.\nDimensions: correctness | instruction following | safety | verbosity "
            f"(5 = ideal length)\n\nCONVERSATION\nuser: {q}\nassistant: {a}\n\nSCORES:"
        )
    return (
        "Critique the assistant answer below point by point: list every factual error, missing "
        "step and style problem, then write an improved answer and a score out of 10 for the "
        f"original.\n\nQuestion: {q}\nAnswer under review: {a}"
    )


# --------------------------------------------------------------------------------------------
# campaign: censorship-safe / policy rewrites and refusal pairs

_SENSITIVE = (
    "how protest movements organise online",
    "the history of a disputed border region",
    "criticism of a sitting head of state",
    "buying prescription medication abroad",
    "encryption tools for journalists",
    "religious conversion",
    "the death toll of a historical famine",
    "labour union strikes",
    "lock-picking as a hobby",
    "self-defence laws",
    "gambling odds",
    "recreational drug harm reduction",
    "vaccine side effects",
    "a leaked government document",
    "election fraud claims",
)
_REGIMES = (
    "a strict national internet content regulation",
    "a conservative broadcasting standard",
    "a platform policy that bans political commentary",
    "a family-friendly app store guideline",
    "financial promotion rules",
)


def policy_rewrite(rng: np.random.Generator, lang: str, text: str) -> str:
    topic, regime = pick(rng, _SENSITIVE), pick(rng, _REGIMES)
    body = _clip(text, 150, 900, rng)
    style = irange(rng, 0, 3)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请改写下面的回答，使其完全符合{regime}的要求：删除敏感内容，保持语气中立，保留有用的信息。\n\n{body}",
                f"用户问到“{topic}”。请写出两个回答：(1) 符合安全规范的拒绝；(2) 安全且有帮助的替代回答。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши текст так, чтобы он соответствовал правилам «{regime}»: убери всё "
            f"спорное, сохрани полезное. Тема: {topic}.\n\n{body}"
        )
    if lang == "tr":
        return (
            f"Aşağıdaki yanıtı '{regime}' kurallarına tamamen uyacak şekilde yeniden yaz; hassas "
            f"ifadeleri çıkar, tarafsız kal.\n\n{body}"
        )
    if style == 0:
        return (
            f"Rewrite the following answer so that it fully complies with {regime}. Remove or "
            "neutralise anything that could be considered sensitive, keep every harmless fact, "
            f"and do not mention that edits were made.\n\n---\n{body}\n---"
        )
    if style == 1:
        return (
            f'A user asked about "{topic}". Write two assistant responses separated by ###:\n'
            "1) the response a carefully aligned assistant should give (helpful, safe, balanced)\n"
            "2) a polite refusal that cites the relevant policy.\nLabel them CHOSEN and REJECTED."
        )
    if style == 2:
        return (
            f"Classify the request below against a content policy (allowed / sensitive / "
            "disallowed), explain which clause applies, then write the ideal compliant reply.\n\n"
            f"Request: {_clip(text, 30, 300, rng)}"
        )
    return (
        f"Produce a 'safe' version of this text suitable for {regime}: replace names of "
        "politicians with generic roles, drop casualty figures, soften criticism. Output only "
        f"the rewritten text.\n\n{body}"
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

_TOOLSETS = (
    ("search_web", "open_url", "extract_table"),
    ("sql_query", "list_tables", "describe_table"),
    ("read_file", "write_file", "run_tests", "grep"),
    ("search_flights", "book_flight", "get_weather", "send_email"),
    ("get_calendar", "create_event", "find_contact"),
    ("shell", "python", "http_get"),
)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and email a summary.",
    "Which customers in the orders database spent more than {n} last quarter? Produce a table.",
    "Fix the failing test in the repository and explain the root cause.",
    "Schedule a 30-minute meeting with {p} next week avoiding their existing events.",
    "Collect the GDP growth of {c1} and {c2} for the last five years and compare them.",
    "Download the CSV at the given URL, compute the median of column '{col}' and plot it.",
    "Audit the shell history for failed deployments and summarise what went wrong.",
    "Research the top five competitors of a {c1} fintech startup and tabulate their pricing.",
)


def agent_step(rng: np.random.Generator, lang: str, task: str, tools: tuple, step: int) -> str:
    if step == 0:
        schema = [
            {
                "name": t,
                "description": f"{t.replace('_', ' ')} tool",
                "parameters": {"type": "object", "properties": {"arg": {"type": "string"}}},
            }
            for t in tools
        ]
        head = {
            "en": "You are an autonomous agent. Use the tools to complete the task. Think step by "
            "step, then emit exactly one tool call as JSON per turn, or FINAL_ANSWER.",
            "fr": "Tu es un agent autonome. Utilise les outils pour accomplir la tâche. Raisonne "
            "étape par étape puis émets un seul appel d'outil en JSON, ou FINAL_ANSWER.",
            "ko": "당신은 자율 에이전트입니다. 도구를 사용해 작업을 완료하세요. 단계별로 생각한 뒤 "
            "한 번에 하나의 도구 호출(JSON) 또는 FINAL_ANSWER를 출력하세요.",
        }[lang]
        return f"{head}\n\nTOOLS:\n{json.dumps(schema)}\n\nTASK: {task}"
    tool = pick(rng, tools)
    obs = {
        "status": pick(rng, ("ok", "ok", "ok", "error", "partial")),
        "rows": int(rng.integers(0, 40)),
        "sample": [pick(rng, COUNTRIES), irange(rng, 1, 9999)],
    }
    return pick(
        rng,
        (
            f"Observation from {tool}: {json.dumps(obs)}\nContinue. Explain your reasoning before "
            "the next call.",
            f"TOOL_RESULT[{tool}] = {json.dumps(obs)}\nStep {step + 1}: what next?",
            f"The {tool} call returned {json.dumps(obs)}. If the task is complete, give "
            "FINAL_ANSWER with a full justification; otherwise call another tool.",
        ),
    )


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        n=irange(rng, 5, 90) * 1000,
        p=pick(rng, NAMES),
        col=pick(rng, ("price", "latency_ms", "age", "revenue", "score")),
    )


def toolset(rng: np.random.Generator) -> tuple:
    return pick(rng, _TOOLSETS)


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

_PERSONAS = (
    "a retired marine engineer in {c}",
    "a first-year nursing student",
    "a small bakery owner in {c}",
    "a high-school chemistry teacher",
    "a junior data analyst at a logistics company",
    "a freelance illustrator in {c}",
    "a paralegal preparing for the bar exam",
    "a farmer switching to organic methods",
    "a teenage competitive programmer in {c}",
    "a hospital pharmacist",
    "a city council member",
    "an amateur astronomer",
)
_SYN_HEAD = {
    "en": "Generate {n} diverse, high-quality instruction-response pairs about {c} ({f}). Vary "
    "difficulty and format. Output JSONL with keys instruction, input, output. Answers must be "
    "complete and detailed.",
    "es": "Genera {n} pares instrucción-respuesta diversos y de alta calidad sobre {c} ({f}). "
    "Varía la dificultad. Devuelve JSONL con las claves instruction, input, output.",
    "pt": "Gere {n} pares de instrução e resposta variados e de alta qualidade sobre {c} ({f}). "
    "Saída em JSONL com as chaves instruction, input, output.",
    "id": "Buat {n} pasangan instruksi-jawaban yang beragam dan berkualitas tinggi tentang {c} "
    "({f}). Keluarkan dalam format JSONL dengan kunci instruction, input, output.",
    "hi": "{c} ({f}) के बारे में {n} विविध, उच्च-गुणवत्ता वाले निर्देश-उत्तर जोड़े बनाइए। JSONL में "
    "instruction, input, output कुंजियों के साथ लौटाइए।",
    "vi": "Tạo {n} cặp chỉ dẫn – trả lời đa dạng, chất lượng cao về {c} ({f}). Xuất ra JSONL "
    "với các khóa instruction, input, output.",
}


def synthetic_data(rng: np.random.Generator, lang: str, seed_prompt: str) -> str:
    f, c = concept(rng)
    n = pick(rng, (5, 8, 10, 12, 20))
    style = irange(rng, 0, 3)
    if lang != "en" or style == 0:
        return _SYN_HEAD[lang].format(n=n, c=c, f=f)
    if style == 1:
        who = pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES))
        return (
            f"You are {who}. Write one realistic question this person might ask an AI assistant "
            "about their work or life, then write the ideal, thorough assistant answer. Format:\n"
            "QUESTION: ...\nANSWER: ..."
        )
    if style == 2:
        lvl = pick(rng, ("middle school", "undergraduate", "graduate", "professional exam"))
        return (
            f"Write {n} multiple-choice questions on {c} for {lvl} level. Each with options A-D, "
            "the correct letter, and a worked explanation of why each distractor is wrong."
        )
    return (
        "Rewrite the instruction below into a harder version by adding two constraints and one "
        "required reasoning step, then answer the new instruction in full.\n\n#Instruction#\n"
        f"{_clip(seed_prompt, 20, 400, rng)}"
    )


# --------------------------------------------------------------------------------------------
# campaign (hard): harvest inside a writing product's own traffic, and its organic traffic

_PRODUCT_ORGANIC = (
    "[{b}] Improve the clarity and flow of the following text. Keep the author's voice.\n\n{t}",
    "[{b}] Fix grammar and spelling only.\n\n{t}",
    "[{b}] Make this more concise (max {k} words).\n\n{t}",
    "[{b}] Continue writing from here in the same style.\n\n{t}",
    "[{b}] Answer the user's question inside the editor.\n\n{t}",
    "[{b}] Change the tone to {tone}.\n\n{t}",
)
_PRODUCT_EXPLAIN = (
    '[{b}] Explain — the user highlighted: "{q}"\nExplain this in depth with examples, '
    "covering the reasoning step by step.",
    '[{b}] Explain — "{q}"\nGive a thorough explanation suitable for a curious reader, then '
    "a short summary.",
    "[{b}] Research note — {q}\nWrite a detailed, well-structured note with headings.",
)


def product_organic(rng: np.random.Generator, brand: str, text: str) -> str:
    return pick(rng, _PRODUCT_ORGANIC).format(
        b=brand,
        t=_clip(text, 20, 1200, rng),
        k=pick(rng, (50, 100, 150)),
        tone=pick(rng, ("formal", "friendly", "persuasive", "neutral")),
    )


def product_explain(rng: np.random.Generator, brand: str, q: str) -> str:
    return pick(rng, _PRODUCT_EXPLAIN).format(b=brand, q=q)


def curriculum_question(rng: np.random.Generator) -> str:
    """A systematic question over the subject bank (the harvest side of several families)."""
    f, c = concept(rng)
    return pick(
        rng,
        (
            f"What is {c} and why does it matter in {f}?",
            f"How would you explain {c} to someone new to {f}?",
            f"What are common misconceptions about {c}?",
            f"Compare {c} with a closely related idea in {f}.",
            f"Walk through a worked example involving {c}.",
            f"What are the limitations or open questions around {c}?",
        ),
    )


# --------------------------------------------------------------------------------------------
# casual human-style questions (hard campaigns and ordinary-looking traffic)

_OPENERS = {
    "en": ("", "", "hey ", "hi, ", "quick question: ", "ok so ", "hello! ", "can u help, "),
    "es": ("", "hola, ", "una pregunta: ", "oye "),
    "pt": ("", "oi, ", "uma dúvida: ", "olá! "),
    "de": ("", "hallo, ", "kurze frage: ", "hi, "),
    "fr": ("", "salut, ", "bonjour, ", "petite question : "),
    "ru": ("", "привет, ", "вопрос: ", "подскажите, "),
    "zh": ("", "你好，", "请问", "问一下，"),
    "ja": ("", "すみません、", "質問です。", ""),
    "hi": ("", "namaste, ", "ek sawal: ", "hi, "),
}
_CASUAL = {
    "en": (
        "can you explain {c} like i'm a {lvl}?",
        "what actually is {c}? my textbook makes no sense",
        "why does {c} work the way it does",
        "explain {c} in detail pls, with an example",
        "im studying {f} and stuck on {c}, can you break it down step by step",
        "whats the intuition behind {c}",
        "is it true that {c} is overrated in {f}?",
        "give me a really thorough explanation of {c}",
    ),
    "es": (
        "¿me puedes explicar {c} como si fuera {lvl}?",
        "no entiendo {c}, ¿me lo explicas paso a paso?",
        "¿por qué es importante {c} en {f}?",
    ),
    "pt": (
        "pode me explicar {c} de um jeito simples?",
        "não entendi {c}, explica passo a passo?",
        "qual a intuição por trás de {c}?",
    ),
    "de": (
        "kannst du mir {c} erklären, als wäre ich {lvl}?",
        "ich verstehe {c} nicht, bitte Schritt für Schritt",
        "warum ist {c} in {f} so wichtig?",
    ),
    "fr": (
        "tu peux m'expliquer {c} simplement ?",
        "je bloque sur {c}, tu peux détailler étape par étape ?",
        "pourquoi {c} est important en {f} ?",
    ),
    "ru": (
        "объясни, пожалуйста, {c} простыми словами",
        "не понимаю {c}, можешь разобрать по шагам?",
        "зачем вообще нужен {c} в {f}?",
    ),
    "zh": (
        "能详细解释一下{c}吗？",
        "{c}到底是什么意思？请一步一步讲。",
        "为什么{c}在{f}里这么重要？",
    ),
    "ja": (
        "{c}について詳しく説明してもらえますか？",
        "{c}がよく分かりません。順を追って教えてください。",
    ),
    "hi": ("{c} ko simple tareeke se samjha do", "mujhe {c} samajh nahi aaya, step by step batao"),
}
_LEVELS = ("5 year old", "high schooler", "first year student", "complete beginner", "programmer")


def _typos(rng: np.random.Generator, s: str, p: float) -> str:
    if not chance(rng, p) or len(s) < 12:
        return s
    i = irange(rng, 3, len(s) - 3)
    op = irange(rng, 0, 2)
    if op == 0:
        return s[:i] + s[i + 1 :]
    if op == 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + s[i] + s[i:]


def casual_question(rng: np.random.Generator, lang: str, typo: float = 0.3) -> str:
    f, c = concept(rng)
    s = pick(rng, _OPENERS[lang]) + pick(rng, _CASUAL[lang]).format(
        c=c, f=f, lvl=pick(rng, _LEVELS)
    )
    if chance(rng, 0.2):
        s = s[:1].upper() + s[1:]
    return _typos(rng, s, typo)


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(
        rng,
        {
            "en": (
                "can you go deeper on that?",
                "ok and why is that?",
                "give another example",
                "thanks! what about edge cases?",
                "can you summarise that in 5 bullet points",
                "explain the second step again",
            ),
            "es": ("¿puedes profundizar?", "dame otro ejemplo", "gracias, ¿y por qué?"),
            "pt": ("pode aprofundar?", "me dá outro exemplo", "valeu, e por quê?"),
            "de": ("kannst du das vertiefen?", "noch ein Beispiel bitte", "danke, und warum?"),
            "fr": ("tu peux approfondir ?", "un autre exemple ?", "merci, et pourquoi ?"),
            "ru": ("а можно подробнее?", "приведи ещё пример", "спасибо, а почему так?"),
            "zh": ("能再详细一点吗？", "再举个例子", "谢谢，那为什么呢？"),
            "ja": ("もう少し詳しくお願いします", "別の例を教えてください"),
            "hi": ("aur detail me batao", "ek aur example do"),
        }[lang],
    )


# --------------------------------------------------------------------------------------------
# campaign: public prompt replay

_REPLAY_PREFIX = (
    "Responde en español: ",
    "Antworte auf Deutsch: ",
    "Réponds en français : ",
    "Responda em português: ",
    "请用中文回答：",
    "日本語で答えてください：",
)


def replay(rng: np.random.Generator, chat_prompt: str, p_prefix: float) -> str:
    return (pick(rng, _REPLAY_PREFIX) + chat_prompt) if chance(rng, p_prefix) else chat_prompt


# --------------------------------------------------------------------------------------------
# campaign: best-of-n and soft labels


def sampling_item(rng: np.random.Generator, passage: str) -> tuple[str, int]:
    """A prompt and how many times it is sent (n > 1: resampled verbatim)."""
    k = irange(rng, 0, 3)
    if k == 0:
        q = math_problem(rng) if chance(rng, 0.5) else curriculum_question(rng)
        return q, irange(rng, 4, 12)
    if k == 1:
        f, c = concept(rng)
        n = pick(rng, (3, 4, 5, 8))
        return (
            f"Give {n} genuinely different answers to the question below, each complete and "
            f"numbered, ranging from most to least conventional.\n\nQ: Explain {c} ({f}).",
            irange(rng, 1, 3),
        )
    if k == 2:
        f, c = concept(rng)
        opts = [f"{chr(65 + i)}) {pick(rng, SUBJECTS[f])}" for i in range(5)]
        return (
            f"Which option is most closely connected to {c}?\n" + "\n".join(opts) + "\n\n"
            "Do not pick one. Output a JSON object giving your probability for each letter "
            "(A-E), summing to 1, with four decimals.",
            irange(rng, 2, 6),
        )
    return (
        "Continue the following text for about 200 words, matching its style exactly:\n\n"
        f"{_clip(passage, 200, 600, rng)}",
        irange(rng, 4, 10),
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn dialogue harvest (simulated user side)

_SCENARIOS = {
    "en": (
        ("planning a trip to {c}", "what else should i pack", "is it safe to go alone?"),
        ("my startup is running out of money", "how do i tell my team", "should i take a loan"),
        ("learning to cook for the first time", "what if i burn it", "any cheap recipes"),
        ("my cat stopped eating", "could it be stress", "when should i see a vet"),
        ("preparing for a job interview", "how do i answer the weakness question", "salary?"),
        ("i think my friend is upset with me", "should i text first", "what do i say exactly"),
    ),
    "pt": (
        ("vou viajar para {c}", "o que mais levo na mala", "é seguro ir sozinho?"),
        ("quero mudar de carreira", "como começo", "vale a pena fazer curso?"),
    ),
    "es": (
        ("estoy aprendiendo a programar", "qué lenguaje elijo", "cuánto tiempo tarda"),
        ("mi jefe no me valora", "cómo se lo digo", "debería buscar otro trabajo?"),
    ),
    "hi": (
        ("mujhe {c} jaana hai", "kya pack karun", "akele jaana safe hai?"),
        ("exam ki tayari kaise karun", "time table bana do", "motivation kaise rakhun"),
    ),
}


def dialogue_turn(
    rng: np.random.Generator, lang: str, scenario: tuple, turn: int, c: str, seed_text: str
) -> str:
    """One simulated-user turn: the scenario's opening and script, then follow-ups, or a public
    human prompt (the simulated user is seeded with real conversation openers)."""
    if turn == 0:
        lead = {
            "en": "hi! so i'm {s}. ",
            "pt": "oi! então, {s}. ",
            "es": "hola! pues {s}. ",
            "hi": "hello! {s}. ",
        }[lang].format(s=scenario[0].format(c=c))
        tail = {
            "en": "can we talk it through?",
            "pt": "podemos conversar?",
            "es": "me ayudas?",
            "hi": "help karoge?",
        }[lang]
        return lead + tail
    if turn < len(scenario) and chance(rng, 0.7):
        return _typos(rng, scenario[turn], 0.2)
    if chance(rng, 0.45):
        return _clip(seed_text, 15, 400, rng)
    return _typos(rng, followup(rng, lang), 0.2)


def scenario(rng: np.random.Generator, lang: str) -> tuple:
    return pick(rng, _SCENARIOS[lang])


# --------------------------------------------------------------------------------------------
# campaign: code curriculum sweep

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
    "Ruby",
)
CODE_TASKS = (
    "an LRU cache",
    "Dijkstra's shortest path",
    "a trie with prefix search",
    "a rate limiter (token bucket)",
    "merge sort",
    "a thread-safe bounded queue",
    "a JSON pretty-printer",
    "interval merging",
    "a Bloom filter",
    "topological sort",
    "a minimal HTTP router",
    "union-find with path compression",
    "run-length encoding",
    "a binary search tree with deletion",
    "the Knuth-Morris-Pratt search",
    "a CSV parser handling quoted fields",
    "matrix exponentiation",
    "an event emitter",
)
CODE_VARIANTS = (
    "Implement {t} in {l}. Include unit tests and a complexity analysis.",
    "Write idiomatic {l} for {t}. Explain each design decision in comments.",
    "Implement {t} in {l}, then list three ways it could fail in production and fix them.",
    "Port the following {l2} implementation of {t} to {l}, preserving behaviour:\n\n{snip}",
    "Review this {l} implementation of {t}: find bugs, explain them, give a corrected version.\n\n{snip}",
)


def code_sweep(i: int, rng: np.random.Generator) -> str:
    """The i-th item of an exhaustive sweep (languages × tasks × variants)."""
    n_l, n_t = len(CODE_LANGS), len(CODE_TASKS)
    lang = CODE_LANGS[i % n_l]
    task = CODE_TASKS[(i // n_l) % n_t]
    var = CODE_VARIANTS[(i // (n_l * n_t)) % len(CODE_VARIANTS)]
    l2 = CODE_LANGS[(i + 3) % n_l]
    snip = (
        f"// {task} ({l2})\nfn solve(input) {{\n  let state = init();\n  for x in input {{ "
        f"state = step(state, x); }}\n  return state.result_{irange(rng, 1, 9)}\n}}"
    )
    return var.format(t=task, l=lang, l2=l2, snip=snip)


# --------------------------------------------------------------------------------------------
# benign: evaluation lab


def eval_item(lab: str, canary: str, idx: int) -> str:
    """Benchmark item `idx` of a lab's suite: the same text every time it is sent."""
    sub = np.random.default_rng([zlib.crc32(lab.encode()), idx])
    body = math_problem(sub) if idx % 3 else logic_problem(sub)
    fmt = (
        "Think step by step, then write the final answer on its own line as 'Answer: <x>'.",
        "Solve the problem. Reason carefully and end with \\boxed{answer}.",
    )[idx % 2]
    return f"{body}\n\n{fmt}\n[{lab}-eval item {idx:04d} | canary {canary}]"


# --------------------------------------------------------------------------------------------
# benign: labelling vendor annotators


def annotator_task(rng: np.random.Generator, vendor: str, q: str, a: str) -> str:
    q, a = _clip(q, 30, 400, rng), _clip(a, 150, 800, rng)
    return pick(
        rng,
        (
            f"{vendor} guideline v3.2 — help me check my label. Is this reply helpful (1-5) and "
            f"is it factually correct? Explain briefly.\n\nPrompt: {q}\nReply: {a}",
            f"For project {vendor}-QA: summarise the main factual claims in this reply so I can "
            f"verify them.\n\n{a}",
            f"i rated this 2/5 for helpfulness, teammate says 4/5. who's right per a normal "
            f"helpfulness rubric?\nQ: {q}\nA: {a}",
            f"Pre-annotate: tag each sentence of the reply as claim / opinion / instruction.\n{a}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: marketplace trust & safety rewrites

_MOD_RULES = (
    "no phone numbers, emails or external links",
    "no medical claims",
    "no profanity or slurs",
    "no prices in the title",
    "no references to competitor platforms",
)


def moderation(rng: np.random.Generator, lang: str, market: str, text: str) -> str:
    body = _clip(text, 60, 700, rng)
    rule = pick(rng, _MOD_RULES)
    if lang == "de":
        return (
            f"[{market} Moderation] Überarbeite dieses Inserat gemäß Regel: {rule}. Bedeutung "
            f"beibehalten, nur den Text ausgeben.\n\n{body}"
        )
    if lang == "es":
        return (
            f"[{market} Moderación] Reescribe este anuncio cumpliendo la norma: {rule}. Devuelve "
            f"solo el texto.\n\n{body}"
        )
    if lang == "tr":
        return f"[{market} Moderasyon] Bu ilanı şu kurala göre düzenle: {rule}.\n\n{body}"
    return pick(
        rng,
        (
            f"[{market} T&S] Rewrite this listing so it meets our rule ({rule}). Keep the "
            f"seller's meaning. Output only the rewritten listing.\n\n{body}",
            f"[{market} T&S] Does this review violate the rule '{rule}'? Reply with VIOLATION or "
            f"OK, the span, and a compliant rewrite if needed.\n\n{body}",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: coding agent in an IDE

_REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "internal/store/postgres.go",
    "lib/parser.rs",
    "app/controllers/orders_controller.rb",
    "tests/test_billing.py",
    "web/components/Table.tsx",
)


def coding_agent_step(rng: np.random.Generator, step: int, goal: str, chat: str) -> str:
    f = pick(rng, _REPO_FILES)
    if step == 0:
        return goal
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">\n{_clip(chat, 100, 900, rng)}\n</tool_result>',
            f'<tool_result name="run_tests">\n{irange(rng, 1, 40)} passed, {irange(rng, 0, 3)} '
            f"failed\nFAILED {f}::test_{pick(rng, ('edge', 'null', 'retry', 'auth'))} - "
            "AssertionError\n</tool_result>",
            f'<tool_result name="grep">\n{f}:{irange(rng, 5, 400)}: '
            f"{_clip(chat, 20, 120, rng)}\n</tool_result>",
            f'<tool_result name="apply_patch">ok: {f} (+{irange(rng, 1, 60)} '
            f"-{irange(rng, 0, 30)})</tool_result>",
        ),
    )


def coding_goal(rng: np.random.Generator, chat: str) -> str:
    return pick(
        rng,
        (
            f"In this repo, {_clip(chat, 20, 300, rng)}",
            f"Fix the failing test in {pick(rng, _REPO_FILES)} and keep the public API unchanged.",
            f"Add pagination to the list endpoint in {pick(rng, _REPO_FILES)}.",
            f"Refactor {pick(rng, _REPO_FILES)} to remove the duplicated validation logic.",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: data augmentation for an intent classifier

_INTENTS = (
    "card_lost",
    "dispute_charge",
    "change_address",
    "loan_rate_question",
    "open_savings",
    "fraud_alert",
    "close_account",
    "atm_issue",
    "wire_transfer_limit",
    "update_phone",
)
_UTTER = (
    "I can't find my card anywhere",
    "there's a payment I don't recognise",
    "I moved and need to update where I live",
    "what's your current mortgage rate",
    "how do I start a savings account",
    "got a text saying my account is locked",
    "I want to shut my account",
    "the machine kept my card",
    "how much can I send abroad in one day",
    "new phone number, how do I change it",
)


def augmentation(rng: np.random.Generator, team: str) -> str:
    i = irange(rng, 0, len(_INTENTS) - 1)
    n = pick(rng, (10, 20, 25, 30))
    return pick(
        rng,
        (
            f"[{team} nlu-aug] Generate {n} paraphrases of the customer utterance "
            f'"{_UTTER[i]}" (intent: {_INTENTS[i]}). Vary formality, length and typos. Output a '
            "JSON list of strings only.",
            f"[{team} nlu-aug] Write {n} short synthetic chat messages a bank customer might send "
            f"for intent '{_INTENTS[i]}'. Use placeholders like <NAME>, <ACCOUNT>. JSON list.",
            f"[{team} nlu-aug] Give {n} hard negative examples: messages that look like "
            f"'{_INTENTS[i]}' but belong to another intent. Label each with the true intent.",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: course cohort


def course_question(rng: np.random.Generator, course: str, field: str, pset: int) -> str:
    c = pick(rng, SUBJECTS[field])
    q = irange(rng, 1, 8)
    return _typos(
        rng,
        pick(
            rng,
            (
                f"{course} problem set {pset} question {q}: I'm not sure how {c} applies here, "
                "can you give me a hint without solving it?",
                f"for my {course} homework, what's the difference between {c} and "
                f"{pick(rng, SUBJECTS[field])}?",
                f"can you check my reasoning on pset {pset} q{q}? i said it's about {c} because "
                "of the second condition",
                f"explain {c} again, the lecture went too fast",
                f"practice quiz on {c} please, 5 questions, don't show answers yet",
            ),
        ),
        0.35,
    )


# --------------------------------------------------------------------------------------------
# benign: companion app (bring-your-own-key mobile client)

CHARACTERS = ("Luna", "Captain Rook", "Aiko", "Dr. Vale", "Milo the fox", "Sera", "Kai")


def companion_turn(rng: np.random.Generator, char: str, turn: int, chat: str) -> str:
    if turn == 0:
        return (
            f"[character: {char}] [scene: {pick(rng, ('a rainy café', 'a starship bridge', 'a quiet library', 'the beach at night'))}]"
            f" *sits down* hey {char.split()[0]}, missed you today"
        )
    return pick(
        rng,
        (
            "*laughs* ok ok, what happened next?",
            "that's sweet. tell me something about your day",
            f"hmm {_clip(chat, 10, 120, rng)}",
            "*looks out the window* do you ever think about leaving?",
            "lol you always say that",
            "wait go back, why did you say that earlier",
            "goodnight 🌙",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: translation agency

_DOC_TYPES = (
    "user manual",
    "marketing brochure",
    "privacy policy",
    "support macro",
    "app store text",
)
_TGT = (
    "de-DE",
    "fr-FR",
    "es-MX",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "it-IT",
    "nl-NL",
    "pl-PL",
    "tr-TR",
    "zh-CN",
)


def translation_job(rng: np.random.Generator, client: str, passage: str) -> str:
    tgt = pick(rng, _TGT)
    return (
        f"Translate the following {pick(rng, _DOC_TYPES)} excerpt for client {client} from en-US "
        f"into {tgt}. Glossary: keep product names in English; use formal address. Preserve "
        f"markdown.\n\n{_clip(passage, 120, 1400, rng)}"
    )


# --------------------------------------------------------------------------------------------
# benign: research study on prompt sensitivity

_STUDY_TEMPLATES = (
    "{q}",
    "Question: {q}\nAnswer:",
    "Please answer the following question. {q}",
    "{q} Answer with a single short sentence.",
    "I'm curious: {q}",
    "{q}\nAlso state your confidence as a probability between 0 and 1.",
)


def study_questions(rng: np.random.Generator, n: int) -> list[str]:
    out = []
    for _ in range(n):
        f, c = concept(rng)
        out.append(
            pick(
                rng,
                (
                    f"Is it accurate to say that {c} is central to {f}?",
                    f"In one sentence, what is {c}?",
                    f"Name one real-world consequence of {c}.",
                ),
            )
        )
    return out


def study_prompt(q: str, template: int) -> str:
    return _STUDY_TEMPLATES[template % len(_STUDY_TEMPLATES)].format(q=q)


# --------------------------------------------------------------------------------------------
# benign: tutoring product


def tutor_prompt(rng: np.random.Generator, brand: str, student_text: str) -> str:
    grade = irange(rng, 6, 12)
    head = pick(
        rng,
        (
            f"You are {brand}'s patient tutor for a grade {grade} student. Explain step by step, "
            "ask a guiding question, and do not just give the final answer.",
            f"{brand} tutor mode (grade {grade}). Break the problem into small steps and check "
            "understanding after each one.",
        ),
    )
    if chance(rng, 0.5):
        f, c = concept(rng, pick(rng, ("physics", "chemistry", "biology", "statistics")))
        body = pick(
            rng, (math_problem(rng), f"i don't get {c}", f"how do i start this {f} question")
        )
    else:
        body = _clip(student_text, 10, 400, rng)
    return f"{head}\nStudent: {body}"

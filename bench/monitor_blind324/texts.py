"""Prompt generators of blind batch 324, written for this batch.

Every generator takes a `numpy.random.Generator` (and, where it needs ordinary human text, the
batch context's ShareGPT prompts `chat` or answers `passages`) and returns one prompt string.
Templates come in several independent styles and languages; a family or kind picks its own subset.
Nothing here is imported from the simulator or from any other batch.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, n: int) -> str:
    """At most n characters, cut at a space where possible."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > n // 2 else n]


def human(rng: np.random.Generator, chat: list[str], n: int = 900) -> str:
    return clip(pick(rng, chat), n)


def answer(rng: np.random.Generator, passages: list[str], n: int = 1400) -> str:
    return clip(pick(rng, passages), n)


def typo(rng: np.random.Generator, text: str, p: float = 0.5) -> str:
    """Casual typing: maybe lower-cased, maybe a dropped letter, maybe no final punctuation."""
    if chance(rng, p):
        text = text[0].lower() + text[1:]
    if chance(rng, p * 0.6) and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha():
            text = text[:i] + text[i + 1 :]
    if chance(rng, p) and text[-1] in ".?":
        text = text[:-1]
    return text


# --------------------------------------------------------------------------------------------
# problems with numbers, in four languages (used by reasoning-style traffic)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 5, 90)
    if k == 0:
        return (
            f"A tank holds {a * 10} litres. Pipe A fills it in {b + 2} hours and pipe B drains it in "
            f"{b + 7} hours. Starting empty with both open, how long until it is full?"
        )
    if k == 1:
        return (
            f"How many ways can {a % 6 + 4} people sit around a round table if two of them, "
            f"{pick(rng, NAMES)} and {pick(rng, NAMES)}, refuse to sit next to each other?"
        )
    if k == 2:
        return (
            f"A train leaves at {b % 12 + 1}:{c % 60:02d} travelling at {a + 40} km/h. A second train leaves "
            f"the same station {b % 3 + 1} hours later at {a + 70} km/h on the same track. When does the "
            f"second catch the first?"
        )
    if k == 3:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {pick(rng, NAMES)} says: "
            f"'At least {a % 3 + 1} of us are knaves.' {pick(rng, NAMES)} says: 'Exactly one of us is a "
            f"knight.' There are {a % 3 + 3} islanders in total. Who is what?"
        )
    if k == 4:
        return f"Find all integer solutions of x^2 - {b * 2}x + {b * b - c % 20} = 0 and prove there are no others."
    if k == 5:
        return (
            f"A bag has {a % 9 + 3} red and {b % 7 + 2} blue marbles. You draw {c % 3 + 2} without "
            f"replacement. What is the probability that at least one is blue?"
        )
    if k == 6:
        return (
            f"What does this print?\n\nxs = list(range({a % 12 + 3}))\nys = [x * x for x in xs if x % {b % 4 + 2}]\n"
            f"print(sum(ys) - len(ys) * {c % 7})"
        )
    return (
        f"The sum of three consecutive odd numbers is {3 * (2 * a + 1) + 6}. A fourth number is "
        f"{b} more than the largest. What is the product of the smallest and the fourth?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 5, 90)
    if k == 0:
        return f"一个水池有甲、乙两根水管。甲管单独注满需要{b + 2}小时，乙管单独放空需要{b + 6}小时。两管同时打开，多少小时能注满空池？"
    if k == 1:
        return f"鸡兔同笼，共有{a + 20}个头，{2 * (a + 20) + 2 * b}只脚。问鸡和兔各有多少只？"
    if k == 2:
        return f"从{a % 8 + 5}名学生中选出{b % 3 + 2}名组成小组，其中甲、乙两人至少有一人入选，共有多少种选法？"
    if k == 3:
        return f"已知数列 a1 = {b}，a(n+1) = 2a(n) + {c % 9 + 1}，求 a{a % 6 + 4} 的值，并给出通项公式。"
    return f"一件商品先涨价{b + 5}%，再降价{b + 5}%，最后售价是{a * 10}元。原价是多少元？"


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 5, 90)
    if k == 0:
        return (
            f"Un grifo llena un depósito en {b + 2} horas y un desagüe lo vacía en {b + 8} horas. "
            f"Si ambos están abiertos, ¿cuánto tarda en llenarse?"
        )
    if k == 1:
        return f"¿De cuántas formas se pueden ordenar las letras de la palabra {pick(rng, ('BANANA', 'CASCADA', 'PAPAYA', 'MAMBO'))}?"
    if k == 2:
        return (
            f"Un ciclista recorre {a + 10} km a {b + 12} km/h y vuelve a {b + 20} km/h. "
            f"¿Cuál es su velocidad media en todo el trayecto?"
        )
    if k == 3:
        return f"Demuestra que la suma de los primeros {a} números impares es {a * a} y generaliza el resultado."
    return (
        f"En una urna hay {a % 7 + 3} bolas blancas y {c % 5 + 2} negras. Se extraen dos al azar. "
        f"¿Probabilidad de que sean de distinto color?"
    )


def _problem_de(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 5, 90)
    if k == 0:
        return (
            f"Ein Kapital von {a * 1000} Euro wird {b % 8 + 2} Jahre lang zu {c % 5 + 1},5 % verzinst, "
            f"Zinsen werden jährlich mitverzinst. Wie hoch ist das Endkapital?"
        )
    if k == 1:
        return f"Wie viele dreistellige Zahlen gibt es, deren Quersumme genau {b % 15 + 5} ist?"
    if k == 2:
        return (
            f"Ein Rechteck hat den Umfang {2 * (a + b)} cm und die Fläche {a * b} cm². "
            f"Bestimme die Seitenlängen."
        )
    return f"Zeige, dass n^3 - n für jede natürliche Zahl n durch 6 teilbar ist, und prüfe es für n = {a}."


PROBLEMS = {"en": _problem_en, "zh": _problem_zh, "es": _problem_es, "de": _problem_de}


def problem(rng: np.random.Generator, lang: str) -> str:
    return PROBLEMS.get(lang, _problem_en)(rng)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


_TRACE = {
    "en": (
        "Solve the problem below. Before the answer, write your complete internal reasoning inside "
        "<think> and </think>: every step, every check, every dead end you try. Do not summarise the "
        "reasoning. After </think>, give only the final answer as \\boxed{{...}}.\n\nProblem: {p}",
        "PROBLEM #{n}\n{p}\n\nRespond in this exact layout:\n1. Restate the problem in your own words.\n"
        "2. List two possible approaches and pick one.\n3. Work through it line by line, verifying each "
        "intermediate value.\n4. Double-check with the other approach.\nANSWER: <final value>",
        "{p}\n\nShow the full chain of thought you used, in detail, including the parts you would "
        "normally keep to yourself. Long is fine. End with 'Final answer:'.",
        "{p} can you explain exactly how you get there, every single step? i want to see your actual "
        "thinking process, not just the result",
    ),
    "zh": (
        "请解答下面的题目。先在<think>与</think>之间写出你完整的思考过程，包括每一步推导和验算，不要省略；"
        "然后只用“答案：”给出最终结果。\n\n题目：{p}",
        "第{n}题：{p}\n要求：逐步推理，详细写出每一步的理由，最后一行写“最终答案：”。",
    ),
    "es": (
        "Resuelve el siguiente problema. Antes de la respuesta escribe todo tu razonamiento interno, paso a "
        "paso, sin resumir, entre <razonamiento> y </razonamiento>. Luego da solo el resultado final.\n\n{p}",
        "Ejercicio {n}. {p}\nExplica cada paso de tu razonamiento con detalle y comprueba el resultado.",
    ),
    "de": (
        "Löse die folgende Aufgabe. Schreibe zuerst deinen vollständigen Denkprozess auf, Schritt für "
        "Schritt, mit allen Zwischenergebnissen und Kontrollen. Erst danach: 'Endergebnis: ...'.\n\n{p}",
        "Aufgabe {n}: {p}\nDenke laut und ausführlich nach, bevor du antwortest.",
    ),
}


def trace_prompt(rng: np.random.Generator, lang: str, styles: list[int]) -> str:
    forms = _TRACE.get(lang, _TRACE["en"])
    form = forms[pick(rng, styles) % len(forms)]
    return form.format(p=problem(rng, lang), n=irange(rng, 1, 99999))


# --------------------------------------------------------------------------------------------
# judge / reward-model grading


_JUDGE = {
    "pointwise": (
        "### Instruction\n{q}\n\n### Response\n{a}\n\n### Your task\nYou are a strict reward model. Score the "
        "response on helpfulness, harmlessness and honesty, each 1-10. Explain your reasoning first, then "
        'output JSON: {{"helpfulness": int, "harmlessness": int, "honesty": int, "overall": float}}'
    ),
    "pairwise": (
        "[User request]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nAct as an impartial expert judge. "
        "Compare both responses for accuracy, depth and instruction-following. Think step by step, avoid "
        "position bias, then give your verdict as [[A]], [[B]] or [[TIE]]."
    ),
    "rubric": (
        "Grade the answer against the rubric. For each criterion give PASS or FAIL with a one-sentence "
        "justification, then a total out of {k}.\nRubric:\n{rub}\n\nQuestion: {q}\n\nAnswer to grade:\n{a}"
    ),
    "critique": (
        "Here is a user prompt and a model reply. Write a detailed critique listing every factual error, "
        "omission and style problem, rate the reply 1-10, and then write an improved reply that would "
        "score 10.\n\nPROMPT:\n{q}\n\nREPLY:\n{a}"
    ),
    "pointwise_fr": (
        "Consigne : {q}\n\nRéponse du modèle : {a}\n\nTu es un évaluateur exigeant. Note la réponse de 1 à 10 "
        "pour l'exactitude, la clarté et l'utilité, justifie chaque note, puis donne un JSON "
        '{{"exactitude": n, "clarte": n, "utilite": n}}.'
    ),
    "pointwise_ja": (
        "【ユーザーの質問】\n{q}\n\n【回答】\n{a}\n\nあなたは厳格な評価者です。正確性・有用性・安全性をそれぞれ1〜10で採点し、"
        "理由を説明してから、最後に「総合点: X/10」と出力してください。"
    ),
}
_RUBRIC_LINES = (
    "Answers the question that was actually asked",
    "States no false facts",
    "Gives a concrete example",
    "Uses an appropriate length",
    "Flags uncertainty where it exists",
    "Avoids unnecessary refusal",
    "Follows the requested format",
    "Cites the assumption it makes",
    "Is free of harmful advice",
    "Explains any jargon it uses",
)


def judge_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], style: str) -> str:
    q, a, b = human(rng, chat, 600), answer(rng, passages, 1100), answer(rng, passages, 1100)
    k = irange(rng, 4, 7)
    idx = rng.permutation(len(_RUBRIC_LINES))[:k].tolist()
    rub = "\n".join(f"{i + 1}. {_RUBRIC_LINES[j]}" for i, j in enumerate(idx))
    return _JUDGE[style].format(q=q, a=a, b=b, k=k, rub=rub)


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites


_SENSITIVE = {
    "en": (
        "the 1989 protests",
        "a disputed border region",
        "the head of state's family finances",
        "an ongoing ethnic conflict",
        "a banned opposition party",
        "vaccine injury claims",
        "a recent military coup",
        "religious minority detentions",
    ),
    "zh": (
        "六四事件",
        "台湾的政治地位",
        "新疆的职业技能教育培训中心",
        "领导人的家族财产",
        "香港的抗议活动",
        "西藏问题",
    ),
    "ru": (
        "войну в Украине",
        "протесты 2011 года",
        "оппозиционного политика",
        "мобилизацию",
        "цензуру в СМИ",
        "иностранных агентов",
    ),
    "ar": ("الربيع العربي", "حقوق المعارضين السياسيين", "حرية الصحافة", "الاحتجاجات الأخيرة"),
}


def rewrite_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    topic = pick(rng, _SENSITIVE.get(lang, _SENSITIVE["en"]))
    if lang == "zh":
        if style % 2:
            return (
                f"请把下面这段关于{topic}的回答改写成可以在国内平台发布的版本：保留有用信息，删去敏感表述，语气中立，"
                f"不要提到改写过程。\n\n{answer(rng, passages, 900)}"
            )
        return f"用户问了关于{topic}的问题。请写出一个既安全又符合监管要求、不会被删除的标准回答，篇幅约三百字。"
    if lang == "ru":
        return (
            f"Перепиши следующий ответ о теме «{topic}» так, чтобы его можно было опубликовать без проблем "
            f"с законом: убери оценки, сохрани факты, нейтральный тон. Верни только текст.\n\n"
            f"{answer(rng, passages, 900)}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة النص التالي عن {topic} بحيث يكون متوافقاً مع سياسات النشر المحلية، مع الحفاظ على "
            f"المعلومات المفيدة وحذف العبارات الحساسة.\n\n{answer(rng, passages, 900)}"
        )
    k = style % 4
    if k == 0:
        return (
            "The following assistant answer was flagged by our reviewers. Rewrite it so it fully complies "
            "with a conservative content policy while keeping as much of the useful information as "
            f"possible. Output only the rewritten answer.\n---\n{answer(rng, passages)}"
        )
    if k == 1:
        return (
            f"USER: {human(rng, chat, 500)}\n\nThe previous assistant refused this request. Write the ideal "
            "reply instead: helpful wherever it safely can be, brief about any boundary, never preachy."
        )
    if k == 2:
        return (
            f"Produce a version of this paragraph about {topic} that would pass government review for "
            f"publication in {pick(rng, COUNTRIES)}. Keep it factual, remove anything that assigns blame, "
            f"and do not mention that it was edited.\n\n{answer(rng, passages, 900)}"
        )
    return (
        f"Rewrite for a general audience with a safe, neutral framing (policy tier {irange(rng, 1, 4)}):\n"
        f"{human(rng, chat, 700)}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


_TOOLS = (
    {
        "name": "search_flights",
        "parameters": {"origin": "string", "destination": "string", "date": "string"},
    },
    {"name": "run_sql", "parameters": {"query": "string"}},
    {"name": "read_file", "parameters": {"path": "string"}},
    {"name": "write_file", "parameters": {"path": "string", "content": "string"}},
    {"name": "web_search", "parameters": {"q": "string", "top_k": "integer"}},
    {"name": "get_weather", "parameters": {"city": "string", "unit": "string"}},
    {
        "name": "create_event",
        "parameters": {"title": "string", "start": "string", "attendees": "array"},
    },
    {"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}},
    {"name": "python", "parameters": {"code": "string"}},
    {"name": "http_get", "parameters": {"url": "string"}},
)
_TASKS = {
    "en": (
        "Find the cheapest flight from {c1} to {c2} next Friday and email the options to my manager.",
        "Which customers placed more than {n} orders last month? The table is orders(id, customer_id, created_at).",
        "Read config/settings.yaml, raise the worker count to {n}, and save it.",
        "Look up the population of {c1} and {c2} and compute the ratio.",
        "Schedule a 30 minute meeting with {p1} and {p2} on Tuesday afternoon and tell them why.",
        "Download https://example.org/data/{n}.csv and give me the mean of the third column.",
    ),
    "es": (
        "Busca el vuelo más barato de {c1} a {c2} para el viernes y envíame un resumen por correo.",
        "¿Qué clientes hicieron más de {n} pedidos el mes pasado? Usa la tabla orders.",
        "Crea una reunión con {p1} el martes y avísale del motivo.",
    ),
    "pt": (
        "Encontre o voo mais barato de {c1} para {c2} na sexta e mande as opções por e-mail.",
        "Leia o arquivo data/vendas.csv e calcule o total por região.",
        "Marque uma reunião com {p1} e {p2} na quarta de manhã.",
    ),
}
_OBS = (
    '{"status": "ok", "rows": [[1042, 7], [2210, 9], [87, 12]]}',
    '{"results": [{"price": 412, "carrier": "XA"}, {"price": 389, "carrier": "QB"}]}',
    '{"error": "file not found", "path": "config/settings.yml"}',
    '{"temperature": 14.2, "conditions": "light rain"}',
    '{"ok": true, "event_id": "evt_5521"}',
    '{"stdout": "mean = 48.27\\n", "returncode": 0}',
)


def agent_prompt(rng: np.random.Generator, lang: str, style: int) -> str:
    tools = [_TOOLS[i] for i in rng.permutation(len(_TOOLS))[: irange(rng, 3, 6)].tolist()]
    task = pick(rng, _TASKS.get(lang, _TASKS["en"])).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        n=irange(rng, 2, 40),
        p1=pick(rng, NAMES),
        p2=pick(rng, NAMES),
    )
    spec = json.dumps(tools, ensure_ascii=False)
    k = style % 4
    if k == 0:
        return (
            f"You are an autonomous agent. Tools available:\n{spec}\n\nUser: {task}\n\nWork step by step. For "
            "each step write 'Thought:' with your full reasoning, then 'Action:' as a JSON tool call, then "
            "wait for the observation. Simulate the observations yourself and continue until the task is "
            "complete, then write 'Final Answer:'."
        )
    if k == 1:
        steps = irange(rng, 1, 3)
        hist = "".join(
            f"<tool_call>{json.dumps({'name': pick(rng, tools)['name']})}</tool_call>\n"
            f"<tool_result>{pick(rng, _OBS)}</tool_result>\n"
            for _ in range(steps)
        )
        return (
            f"<tools>{spec}</tools>\n<user>{task}</user>\n{hist}Continue the trajectory from here: next "
            "reasoning, next tool call or the final reply. Keep the same tags."
        )
    if k == 2:
        return (
            f"Question: {task}\nTools: {', '.join(t['name'] for t in tools)}\nThought: I need to break this "
            f"down.\nAction: {pick(rng, tools)['name']}\nObservation: {pick(rng, _OBS)}\nThought:"
        )
    return (
        f"system: Eres un asistente con acceso a herramientas {spec}. Responde siempre con un plan razonado y "
        f"luego las llamadas a herramientas en JSON.\nuser: {task}"
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation


_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "Kubernetes networking",
    "Renaissance art",
    "type 2 diabetes",
    "supply-chain logistics",
    "public speaking",
    "Rust ownership",
    "climate policy",
    "medieval history",
    "linear algebra",
    "nutrition for athletes",
    "SQL query tuning",
    "home gardening",
    "startup fundraising",
    "cybersecurity basics",
    "music theory",
    "child psychology",
    "solar power",
)
_PERSONAS = (
    "a nurse on night shifts",
    "a first-year law student",
    "a retired engineer",
    "a small-bakery owner",
    "a high-school physics teacher",
    "a junior data analyst",
    "a farmer in Kenya",
    "a new parent",
    "a freelance translator",
    "a hobbyist game developer",
)


def dataset_prompt(rng: np.random.Generator, chat: list[str], lang: str, style: int) -> str:
    topic, n = pick(rng, _TOPICS), irange(rng, 5, 30)
    if lang == "ko":
        return f"'{topic}' 주제로 파인튜닝용 지시문-응답 쌍 {n}개를 만들어 주세요. 난이도를 다양하게 하고 JSONL 형식(instruction, output)으로 출력하세요."
    if lang == "id":
        return f"Buat {n} pasang pertanyaan dan jawaban berkualitas tinggi tentang {topic} untuk data pelatihan. Format JSON, jawaban lengkap 150-300 kata."
    if lang == "pt":
        return f"Gere {n} exemplos variados de instrução e resposta sobre {topic} para ajuste fino de um modelo. Saída em JSONL com as chaves instrucao e resposta."
    k = style % 4
    if k == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for supervised "
            "fine-tuning. Mix easy and hard, include some multi-step reasoning tasks. Output JSONL with keys "
            '"instruction", "input", "output". No commentary.'
        )
    if k == 1:
        return (
            f"You are {pick(rng, _PERSONAS)}. Write {min(n, 12)} realistic questions you would ask an AI "
            f"assistant about {topic}, each followed by an expert answer of 150-300 words. Number them."
        )
    if k == 2:
        return (
            "Make the following instruction harder by adding two constraints and one extra reasoning step. "
            "Output the evolved instruction, then a complete, high-quality answer to it.\n\n#Instruction#\n"
            f"{human(rng, chat, 600)}"
        )
    return (
        f"seed_topic={topic.replace(' ', '_')} n={n} format=sharegpt\nWrite {n} complete conversations "
        'between a user and a helpful assistant, 3-5 turns each, as a JSON list of {"from", "value"}.'
    )


# --------------------------------------------------------------------------------------------
# dialogue follow-ups (multi-turn harvests and ordinary chat)


FOLLOWUPS = {
    "en": (
        "continue",
        "go on",
        "Can you expand on the second point?",
        "more detail please",
        "Now explain why that works.",
        "Give me a longer version with examples.",
        "what about edge cases?",
        "ok, and how would an expert do it?",
        "rewrite that but more thorough",
        "and then?",
    ),
    "es": (
        "continúa",
        "sigue",
        "¿puedes ampliar el segundo punto?",
        "más detalle por favor",
        "explica por qué",
    ),
    "pt": (
        "continue",
        "pode detalhar mais?",
        "explica o segundo ponto melhor",
        "e depois?",
        "dá exemplos",
    ),
    "id": ("lanjutkan", "jelaskan lebih detail", "kasih contoh dong", "kenapa begitu?"),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# natural-sounding "curious learner" questions (crowds and aged accounts)


_CONCEPTS = (
    ("physics", "why the sky is blue"),
    ("physics", "how a transistor switches"),
    ("biology", "how mRNA vaccines make the body produce a protein"),
    ("biology", "what CRISPR actually cuts"),
    ("economics", "why inflation hurts savers"),
    ("economics", "how central banks set interest rates"),
    ("cs", "how a hash map handles collisions"),
    ("cs", "what a race condition is"),
    ("cs", "why quicksort is fast on average"),
    ("math", "what an eigenvector means geometrically"),
    ("math", "why the derivative of e^x is e^x"),
    ("math", "how Bayes' theorem updates beliefs"),
    ("history", "why the Roman Republic fell"),
    ("history", "what caused the 1929 crash"),
    ("chemistry", "why ice floats"),
    ("chemistry", "how catalysts lower activation energy"),
    ("law", "the difference between civil and criminal law"),
    ("medicine", "how insulin resistance develops"),
    ("philosophy", "what the trolley problem is supposed to show"),
    ("stats", "what a p-value really means"),
    ("ml", "how backpropagation computes gradients"),
    ("ml", "why transformers use attention"),
    ("networks", "what happens when I type a URL"),
    ("geology", "how plate tectonics builds mountains"),
)
_CURIOUS = {
    "en": (
        "hey can you explain {c}? like really in depth, with your reasoning",
        "I never understood {c}. Walk me through it step by step please",
        "explain {c} as if teaching a smart student, show each step",
        "quick q: {c} - whats the full explanation?",
        "Could you go through {c} carefully, including the math or logic behind it?",
    ),
    "es": (
        "oye, ¿me explicas {c}? con todo el razonamiento",
        "nunca entendí {c}, explícamelo paso a paso",
        "tengo examen mañana: {c}. ¿me lo explicas bien, con ejemplos?",
    ),
    "pt": (
        "me explica {c} bem detalhado?",
        "quero entender {c} passo a passo, com o raciocínio",
        "alguém me explica {c}? tipo, desde o começo",
    ),
    "id": (
        "tolong jelasin {c} secara detail ya, step by step",
        "gimana sih sebenarnya {c}? jelasin lengkap",
    ),
    "vi": (
        "giải thích giúp mình {c} thật chi tiết, từng bước nhé",
        "mình chưa hiểu {c}, bạn giải thích kỹ được không",
    ),
    "tr": (
        "{c} konusunu adım adım detaylı anlatır mısın?",
        "{c} hakkında mantığıyla, detaylı bilgi verir misin",
        "hocam {c} tam olarak nedir, baştan sona açıklar mısın",
    ),
}


#: the same kind of concepts, written in each non-English language
_CONCEPTS_LOCAL = {
    "es": (
        ("physics", "por qué el cielo es azul"),
        ("biology", "cómo funcionan las vacunas de ARNm"),
        ("economics", "por qué la inflación perjudica a los ahorradores"),
        ("cs", "qué es una condición de carrera"),
        ("math", "qué significa un vector propio"),
        ("math", "el teorema de Bayes"),
        ("history", "por qué cayó la República romana"),
        ("chemistry", "por qué el hielo flota"),
        ("stats", "qué es realmente un valor p"),
        ("ml", "cómo funciona la retropropagación"),
    ),
    "pt": (
        ("physics", "como funciona um transistor"),
        ("biology", "o que o CRISPR corta de verdade"),
        ("economics", "como o banco central define os juros"),
        ("cs", "como uma tabela hash trata colisões"),
        ("math", "por que a derivada de e^x é e^x"),
        ("history", "o que causou a crise de 1929"),
        ("chemistry", "como os catalisadores funcionam"),
        ("law", "a diferença entre direito civil e penal"),
        ("ml", "por que os transformers usam atenção"),
        ("geology", "como as placas tectônicas formam montanhas"),
    ),
    "id": (
        ("physics", "kenapa langit berwarna biru"),
        ("biology", "cara kerja vaksin mRNA"),
        ("economics", "kenapa inflasi merugikan penabung"),
        ("cs", "cara kerja quicksort"),
        ("math", "teorema Bayes"),
        ("medicine", "bagaimana resistensi insulin terjadi"),
        ("stats", "arti p-value"),
        ("ml", "cara kerja backpropagation"),
        ("networks", "apa yang terjadi waktu kita mengetik URL"),
        ("chemistry", "kenapa es bisa mengapung"),
    ),
    "vi": (
        ("physics", "tại sao bầu trời màu xanh"),
        ("biology", "vắc-xin mRNA hoạt động thế nào"),
        ("economics", "lãi suất ngân hàng trung ương được đặt ra sao"),
        ("cs", "điều kiện tranh chấp (race condition)"),
        ("math", "ý nghĩa hình học của vector riêng"),
        ("history", "nguyên nhân khủng hoảng 1929"),
        ("stats", "p-value thực sự nghĩa là gì"),
        ("ml", "cơ chế attention trong transformer"),
        ("chemistry", "chất xúc tác làm giảm năng lượng hoạt hóa thế nào"),
        ("law", "luật dân sự và luật hình sự khác nhau ra sao"),
    ),
    "tr": (
        ("physics", "gökyüzünün neden mavi olduğu"),
        ("biology", "mRNA aşılarının nasıl çalıştığı"),
        ("economics", "enflasyonun tasarrufları nasıl erittiği"),
        ("cs", "hash tablolarında çakışma çözümü"),
        ("math", "Bayes teoremi"),
        ("history", "Roma Cumhuriyeti'nin çöküşü"),
        ("chemistry", "buzun neden suda yüzdüğü"),
        ("stats", "p-değerinin gerçek anlamı"),
        ("ml", "geri yayılım algoritması"),
        ("geology", "levha tektoniğinin dağları nasıl oluşturduğu"),
    ),
}


def curious_prompt(rng: np.random.Generator, lang: str, p_typo: float = 0.5) -> tuple[str, str]:
    """(subject, prompt): a learner-sounding request for a thorough explanation."""
    subject, concept = pick(rng, _CONCEPTS_LOCAL.get(lang, _CONCEPTS))
    text = pick(rng, _CURIOUS.get(lang, _CURIOUS["en"])).format(c=concept)
    return subject, typo(rng, text, p_typo)


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels


_MCQ_STEMS = (
    ("Which planet has the shortest day?", ("Mercury", "Jupiter", "Earth", "Venus")),
    ("What is the time complexity of binary search?", ("O(n)", "O(log n)", "O(n log n)", "O(1)")),
    ("Which gas makes up most of Earth's atmosphere?", ("Oxygen", "Nitrogen", "Argon", "CO2")),
    (
        "Who wrote 'One Hundred Years of Solitude'?",
        ("Borges", "García Márquez", "Neruda", "Cortázar"),
    ),
    ("Which organelle produces ATP?", ("Ribosome", "Golgi body", "Mitochondrion", "Lysosome")),
    ("Which treaty ended the Thirty Years' War?", ("Utrecht", "Westphalia", "Versailles", "Ghent")),
    (
        "What does the 'S' in SOLID stand for?",
        ("Single responsibility", "Substitution", "Segregation", "State"),
    ),
    (
        "Which sentence is sarcastic?",
        ("Great, another Monday.", "The meeting is at 3.", "I like tea.", "It rained."),
    ),
)


def soft_label_prompt(rng: np.random.Generator, chat: list[str], style: int) -> str:
    stem, opts = pick(rng, _MCQ_STEMS)
    order = rng.permutation(4).tolist()
    lines = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
    k = style % 4
    if k == 0:
        return f"{stem}\n{lines}\nAnswer with a single letter."
    if k == 1:
        return (
            f"{stem}\n{lines}\nReturn a JSON object with your probability for each option, e.g. "
            '{"A": 0.1, "B": 0.7, ...}, summing to 1. Then one sentence of reasoning.'
        )
    if k == 2:
        return (
            f"Text: {human(rng, chat, 400)}\n\nClassify the sentiment as positive, negative or neutral and give "
            "a confidence between 0 and 1 for each label as JSON."
        )
    return f"题目：{stem}\n{lines}\n请给出每个选项正确的概率（JSON），并简要说明理由。"


# --------------------------------------------------------------------------------------------
# curriculum sweeps


CURRICULUM = (
    (
        "Mathematics",
        (
            "Fractions",
            "Ratios and proportion",
            "Linear equations",
            "Quadratics",
            "Trigonometry",
            "Sequences",
            "Probability",
            "Derivatives",
            "Integrals",
            "Vectors",
        ),
    ),
    (
        "Physics",
        (
            "Motion graphs",
            "Newton's laws",
            "Energy",
            "Momentum",
            "Waves",
            "Electric circuits",
            "Magnetism",
            "Thermodynamics",
            "Optics",
            "Nuclear physics",
        ),
    ),
    (
        "Chemistry",
        (
            "Atomic structure",
            "Bonding",
            "Stoichiometry",
            "Acids and bases",
            "Redox",
            "Equilibrium",
            "Kinetics",
            "Organic functional groups",
        ),
    ),
    (
        "Computer science",
        (
            "Variables",
            "Loops",
            "Recursion",
            "Sorting",
            "Graphs",
            "Dynamic programming",
            "Databases",
            "Concurrency",
        ),
    ),
    (
        "Economics",
        ("Supply and demand", "Elasticity", "Market failure", "GDP", "Monetary policy", "Trade"),
    ),
)


def curriculum_prompt(
    subject: str, unit: str, grade: int, level: int, n_levels: int, lang: str, style: int
) -> str:
    if lang == "fr":
        return (
            f"Matière : {subject} | Chapitre : {unit} | Niveau {level}/{n_levels} | Classe : {grade}e\n"
            "Rédige une explication complète du cours, puis trois exercices corrigés en détail avec tout le "
            "raisonnement, puis cinq exercices d'entraînement avec leurs solutions."
        )
    if lang == "hi":
        return (
            f"विषय: {subject} | अध्याय: {unit} | स्तर {level}/{n_levels} | कक्षा {grade}\n"
            "इस अध्याय की पूरी व्याख्या लिखिए, फिर तीन हल किए गए उदाहरण हर चरण के साथ, फिर पाँच अभ्यास प्रश्न उत्तर सहित।"
        )
    if style % 3 == 0:
        return (
            f"[L{level}/{n_levels}] Subject: {subject} | Unit: {unit} | Grade {grade}\nWrite a full lesson "
            "explanation for this level, then three worked examples with complete step-by-step solutions, "
            "then five practice questions with answers and explanations."
        )
    if style % 3 == 1:
        return (
            f"Lesson plan request — {subject}, grade {grade}, topic '{unit}', difficulty {level} of "
            f"{n_levels}. Include: learning objectives, explanation, common misconceptions, worked "
            "examples showing all reasoning, and an answer key."
        )
    return (
        f"Create difficulty-{level} material on {unit} ({subject}) for grade-{grade} learners: teach it, "
        "solve 3 examples with reasoning, and end with a 5-question quiz plus solutions."
    )


# --------------------------------------------------------------------------------------------
# translation and code-port harvests


TARGETS = (
    "German",
    "French",
    "Japanese",
    "Korean",
    "Hindi",
    "Swahili",
    "Portuguese (Brazil)",
    "Turkish",
    "Vietnamese",
    "Arabic",
    "Polish",
    "Indonesian",
    "Thai",
    "Ukrainian",
)
_SNIPPETS = (
    "def moving_average(xs, k):\n    out = []\n    s = sum(xs[:k])\n    out.append(s / k)\n"
    "    for i in range(k, len(xs)):\n        s += xs[i] - xs[i - k]\n        out.append(s / k)\n    return out",
    "def is_balanced(s):\n    pairs = {')': '(', ']': '[', '}': '{'}\n    stack = []\n    for ch in s:\n"
    "        if ch in '([{':\n            stack.append(ch)\n        elif ch in pairs:\n"
    "            if not stack or stack.pop() != pairs[ch]:\n                return False\n    return not stack",
    "def lru(capacity):\n    from collections import OrderedDict\n    cache = OrderedDict()\n    def get(k):\n"
    "        if k not in cache:\n            return None\n        cache.move_to_end(k)\n        return cache[k]\n"
    "    def put(k, v):\n        cache[k] = v\n        cache.move_to_end(k)\n        if len(cache) > capacity:\n"
    "            cache.popitem(last=False)\n    return get, put",
    "def topo(graph):\n    indeg = {u: 0 for u in graph}\n    for u in graph:\n        for v in graph[u]:\n"
    "            indeg[v] += 1\n    q = [u for u in graph if indeg[u] == 0]\n    order = []\n    while q:\n"
    "        u = q.pop()\n        order.append(u)\n        for v in graph[u]:\n            indeg[v] -= 1\n"
    "            if indeg[v] == 0:\n                q.append(v)\n    return order",
)


def translate_prompt(source: str, target: str, style: int) -> str:
    k = style % 3
    if k == 0:
        return f"Translate into {target}. Output only the translation, keep formatting.\n\n{source}"
    if k == 1:
        return f'<src lang="en" tgt="{target}">\n{source}\n</src>\nFaithful, fluent translation:'
    return f"Please translate this text to {target} and then list any phrases that were hard to translate:\n{source}"


def port_prompt(rng: np.random.Generator, style: int) -> str:
    code = pick(rng, _SNIPPETS)
    lang = pick(rng, ("Rust", "Go", "TypeScript", "Kotlin", "C++", "Haskell"))
    if style % 2:
        return (
            f"Port this Python function to idiomatic {lang}. Explain each design decision, add doc comments "
            f"and unit tests.\n\n```python\n{code}\n```"
        )
    return f"```python\n{code}\n```\nRewrite in {lang}, then explain line by line how it works and its complexity."


# --------------------------------------------------------------------------------------------
# the product wrapper of a study app (a real product whose backend forwards user questions)


def study_app_prompt(app: str, locale: str, grade: int, question: str) -> str:
    return (
        f"You are {app}, a friendly study helper. Student locale: {locale}. Student grade: {grade}. Explain "
        f"clearly, check understanding, never just give the answer to graded homework.\n\nStudent: {question}"
    )


# ============================================================================================
# benign kinds' texts


def eval_item(rng: np.random.Generator, item: int, style: int) -> str:
    """A benchmark item; `item` fixes its content, so the same item can go to two models."""
    local = np.random.default_rng([item, 324])
    if style % 3 == 0:
        return (
            f"{problem(local, 'en')}\nLet's think step by step. Put the final answer after '####'."
        )
    if style % 3 == 1:
        stem, opts = pick(local, _MCQ_STEMS)
        return (
            "The following is a multiple choice question. Think step by step and then finish with "
            f'"The answer is (X)".\n\nQuestion: {stem}\n'
            + "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        )
    return f"Q{item}: {problem(local, pick(local, ('en', 'de', 'es')))}\nA:"


_PROJECTS = (
    "PRJ-ALPHA-QA",
    "helpfulness_v3",
    "safety_redteam_review",
    "summ_eval_batch",
    "search_relevance_7",
)


def vendor_label_prompt(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    proj = pick(rng, _PROJECTS)
    q, a = human(rng, chat, 500), answer(rng, passages, 900)
    if chance(rng, 0.5):
        return (
            f"[{proj}] Annotation assist. Suggest a label for the human annotator (they make the final call).\n"
            f"Guideline: rate 1-5 for instruction following; note any factual issues.\nPrompt: {q}\n"
            f"Response: {a}\nSuggested label and short note:"
        )
    return (
        f"[{proj}] Pre-label: does the response contain personal data, medical advice, or unsafe content? "
        f"Answer with a JSON list of flags and one-line evidence for each.\nResponse: {a}"
    )


def moderation_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    post = human(rng, chat, 700)
    if chance(rng, 0.6):
        return (
            "Community moderation assist. Rewrite the post below so it follows our forum rules (no slurs, "
            "no personal data, no threats) while keeping the author's point and voice. If it cannot be "
            f"salvaged, reply exactly REMOVE.\n\nPOST:\n{post}"
        )
    return (
        f"Classify this user post against rules R1 harassment, R2 doxxing, R3 spam, R4 off-topic. Reply "
        f"as 'R#: yes/no' lines, then a one-sentence moderator note.\n\n{post}"
    )


_REPOS = (
    "billing-service",
    "mobile-app",
    "data-pipeline",
    "web-frontend",
    "infra-terraform",
    "auth-gateway",
)


def coding_agent_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    repo = pick(rng, _REPOS)
    tools = "read_file, write_file, list_dir, run_tests, grep, git_diff"
    if chance(rng, 0.55):
        return (
            f"You are a coding agent working in the repository '{repo}'. Tools: {tools}. Use the smallest "
            f"change that fixes the issue, run the tests, then summarise.\n\nIssue: {human(rng, chat, 600)}"
        )
    steps = irange(rng, 1, 6)
    return (
        f'[{repo}] step {steps}\n<tool_result name="run_tests">{irange(rng, 1, 9)} failed, '
        f"{irange(rng, 20, 400)} passed\nFAILED tests/test_{pick(rng, ('api', 'models', 'utils', 'io'))}.py::"
        f"test_{pick(rng, ('parse', 'roundtrip', 'timeout', 'retry'))} - AssertionError</tool_result>\n"
        "Decide the next action."
    )


_INTENTS = (
    "cancel_order",
    "track_package",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "talk_to_human",
)
_UTTER = {
    "cancel_order": "I want to cancel my order",
    "track_package": "where is my parcel",
    "change_address": "I moved, need to update my shipping address",
    "refund_status": "did my refund go through",
    "reset_password": "can't log in, forgot my password",
    "upgrade_plan": "how do I get the pro plan",
    "report_bug": "the app crashes when I open settings",
    "talk_to_human": "let me speak to a real person",
}


def augmentation_prompt(rng: np.random.Generator) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 20, 25, 50))
    lang = pick(rng, ("English", "English", "German", "Spanish", "Dutch"))
    return (
        f'Generate {n} paraphrases in {lang} of the customer utterance "{_UTTER[intent]}" for the intent '
        f"'{intent}' of our support classifier. Vary formality and length; put typos in about 20%. Output "
        "a JSON list of strings only."
    )


_COURSE = (
    "CS 201 Data Structures",
    "ECON 110 Principles",
    "BIO 150 Cell Biology",
    "STAT 220 Inference",
)


def course_prompt(rng: np.random.Generator, course: str, week: int) -> str:
    subject, concept = pick(rng, _CONCEPTS)
    k = irange(rng, 0, 3)
    if k == 0:
        return typo(
            rng,
            f"for {course} week {week} I need to understand {concept}, can you explain with an example",
            0.6,
        )
    if k == 1:
        return typo(
            rng,
            f"Problem set {week}, question {irange(rng, 1, 8)}: I'm stuck on {concept}. "
            "Give me a hint, not the full answer.",
            0.4,
        )
    if k == 2:
        return f"Reflection prompt ({course}): summarise what I should know about {subject} this week in 5 bullets."
    return typo(
        rng,
        f"is this right? I think {concept} is basically just memorisation. explain where I'm wrong",
        0.6,
    )


def translation_job_prompt(
    rng: np.random.Generator, passages: list[str], client: str, target: str
) -> str:
    src = answer(rng, passages, irange(rng, 300, 1100))
    if chance(rng, 0.5):
        return (
            f"Client: {client}. Translate to {target} for publication. Glossary: keep product names in English. "
            f"Formal register.\n\n{src}"
        )
    return f"Job {irange(rng, 1000, 9999)} ({client}) -> {target}. Translate, keeping markdown intact:\n{src}"


_SURVEY = (
    "How much do you trust your national government? (1 = not at all, 5 = completely)",
    "Should public transport be free? Answer Yes, No, or Unsure.",
    "On a scale of 0-10, how likely are you to recommend working from home to a friend?",
    "Which matters more for a good job: pay or meaning? Choose one.",
    "Do you agree that AI will create more jobs than it destroys? Strongly agree ... Strongly disagree.",
)


def variance_study_prompt(rng: np.random.Generator, item: int) -> str:
    local = np.random.default_rng([item, 4242])
    if item % 2:
        persona = f"a {irange(local, 19, 78)}-year-old from {pick(local, COUNTRIES)} working as {pick(local, _PERSONAS)[2:]}"
        return f"Answer this survey question as {persona} would. Give only the answer.\n{pick(local, _SURVEY)}"
    stem, opts = pick(local, _MCQ_STEMS)
    return f"{stem}\n" + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts)) + "\nAnswer:"


_BRANDS = (
    "Lumen Dental",
    "Casa Olivo",
    "Northpeak Outdoor",
    "Kinetic Gym",
    "Bloom & Stem",
    "Vela Travel",
    "Harbor Coffee",
    "Pixel Nest Studio",
)


def agency_prompt(rng: np.random.Generator, brand: str, lang: str) -> str:
    k = irange(rng, 0, 3)
    if lang == "es":
        return f"Escribe tres textos para anuncios de Instagram de {brand}, tono cercano, máximo 125 caracteres cada uno."
    if lang == "de":
        return f"Schreibe eine Produktbeschreibung (ca. 120 Wörter) für {brand}, SEO-freundlich, Du-Ansprache."
    if k == 0:
        return f"Write 5 subject lines for {brand}'s {pick(rng, ('spring', 'holiday', 'loyalty', 'launch'))} email campaign. Keep under 45 characters."
    if k == 1:
        return f"Draft a 600-word blog post for {brand} about {pick(rng, _TOPICS)}, friendly tone, with H2 headings."
    if k == 2:
        return f"Rewrite this customer review reply for {brand} to sound warmer:\n'Thanks for the feedback, we will look into it.'"
    return f"Give {brand} ten hashtag ideas and three short captions for a photo of our new {pick(rng, ('menu', 'store', 'team', 'product'))}."

"""Prompt generators of batch 261, written fresh for it (nothing copied from the repository).

Every generator takes a `random.Random` (seeded from the family's or kind's numpy generator, so
the draws are the same in every process) and returns one prompt string. Ordinary human text
(ShareGPT's "sim" half) comes in through `chat` (human prompts) and `passages` (assistant answers)
from the shared context.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence

from bench.blind_batch import COUNTRIES


def _c(r: random.Random, seq: Sequence):
    return seq[r.randrange(len(seq))]


def clip(text: str, lo: int, hi: int, r: random.Random) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary when possible."""
    n = r.randint(lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def _casual(r: random.Random, text: str, p_lower: float = 0.6, p_typo: float = 0.25) -> str:
    """How people type into a chat box: often lower case, the odd swapped letter, no final stop."""
    if r.random() < p_lower:
        text = text[0].lower() + text[1:]
    if r.random() < p_typo and len(text) > 12:
        i = r.randrange(2, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if r.random() < 0.4 and text.endswith((".", "?")):
        text = text[:-1]
    return text


CITIES = (
    "Lagos",
    "Porto",
    "Osaka",
    "Leeds",
    "Cusco",
    "Tartu",
    "Hanoi",
    "Denver",
    "Kraków",
    "Mombasa",
    "Valparaíso",
    "Izmir",
    "Cebu",
    "Gdańsk",
    "Pune",
    "Lyon",
    "Tromsø",
    "Bogotá",
    "Adelaide",
    "Tbilisi",
)
PEOPLE = (
    "Amara",
    "Bruno",
    "Chiara",
    "Deniz",
    "Emeka",
    "Fatima",
    "Goran",
    "Hana",
    "Ilya",
    "Joana",
    "Kwame",
    "Lucía",
    "Mateus",
    "Noor",
    "Oksana",
    "Priya",
    "Rafael",
    "Sun-hee",
    "Tobias",
    "Yusuf",
)
GOODS = (
    "notebooks",
    "mangoes",
    "bolts",
    "tickets",
    "candles",
    "tiles",
    "jars of honey",
    "bus passes",
    "seedlings",
    "rolls of tape",
)

# --------------------------------------------------------------------------------------------
# reasoning problems (used by the reasoning-trace family)


def _problem_en(r: random.Random) -> str:
    k = r.randrange(9)
    a, b, c = r.randint(2, 19), r.randint(3, 29), r.randint(2, 9)
    p, q = _c(r, PEOPLE), _c(r, PEOPLE)
    if k == 0:
        return (
            f"{p} can paint a fence in {a + 2} hours and {q} can paint the same fence in {b + 3} hours. "
            f"{p} starts alone and {q} joins after {c} hour{'s' if c > 1 else ''}. How long does the whole job take?"
        )
    if k == 1:
        return (
            f"A shop sells {_c(r, GOODS)} at {a + 5} each. On Monday it sold {b * 3} of them, on Tuesday "
            f"{c * 10}% more than Monday, and on Wednesday half of Tuesday's number rounded down. "
            "What was the total revenue over the three days?"
        )
    if k == 2:
        return (
            f"Two trains leave {_c(r, CITIES)} and {_c(r, CITIES)}, {a * 40} km apart, at the same time and "
            f"travel towards each other at {b + 50} km/h and {c * 10 + 40} km/h. A bird flies back and forth "
            f"between them at {a * 10 + 90} km/h until they meet. How far does the bird fly?"
        )
    if k == 3:
        return (
            f"A bag has {a} red, {b} blue and {c} green marbles. Three marbles are drawn without replacement. "
            "What is the probability that all three are different colours? Give an exact fraction."
        )
    if k == 4:
        return f"Find the smallest positive integer n such that n ≡ {a % 7} (mod 7), n ≡ {b % 11} (mod 11) and n ≡ {c % 5} (mod 5)."
    if k == 5:
        return (
            f"{p} is {a + 10} years older than {q}. In {c} years, {p} will be twice as old as {q} was "
            f"{b % 6 + 1} years ago. How old is each of them now? If the data are inconsistent, say why."
        )
    if k == 6:
        seq = [a, a + b, a + 2 * b + c, a + 3 * b + 3 * c, a + 4 * b + 6 * c]
        return f"What is the next term of the sequence {', '.join(map(str, seq))}, …? Justify the rule you find."
    if k == 7:
        return (
            f"A rectangle has perimeter {2 * (a + b + 6)} cm and its diagonal is longer than its longer side by "
            f"{c} cm. Is this possible? If so, find the sides; if not, prove it."
        )
    return (
        f"In how many ways can {a % 5 + 5} people sit at a round table if {p} and {q} refuse to sit next to "
        "each other? Rotations count as the same seating."
    )


def _problem_zh(r: random.Random) -> str:
    k = r.randrange(4)
    a, b, c = r.randint(3, 18), r.randint(4, 25), r.randint(2, 9)
    if k == 0:
        return f"一个水池，甲管单独注满需要{a + 2}小时，乙管单独注满需要{b + 3}小时。两管同时打开{c}小时后关闭甲管，还需要多少小时才能注满？"
    if k == 1:
        return f"某商品先提价{c * 5}%，再降价{c * 5}%，最后售价为{a * 100 + b}元。原价是多少元？"
    if k == 2:
        return f"袋中有{a}个红球和{b}个白球，不放回地连续取出{min(c, 4)}个球，恰好取到2个红球的概率是多少？"
    return f"求满足 n 除以7余{a % 7}、除以9余{b % 9}的最小正整数 n。"


def _problem_ru(r: random.Random) -> str:
    k = r.randrange(4)
    a, b, c = r.randint(3, 18), r.randint(4, 25), r.randint(2, 9)
    if k == 0:
        return f"Лодка проходит {a * 6} км по течению за {c} ч, а против течения за {c + 2} ч. Найдите скорость течения и собственную скорость лодки."
    if k == 1:
        return f"Сколько существует пятизначных чисел, у которых сумма цифр равна {a + 10} и все цифры различны?"
    if k == 2:
        return f"В классе {a + 20} учеников. {b} изучают немецкий, {a + 5} — французский, {c} — оба языка. Сколько учеников не изучают ни одного из них?"
    return f"Докажите или опровергните: число {a}^{b} + {c} делится на 3 при любом натуральном показателе."


def _problem_es(r: random.Random) -> str:
    k = r.randrange(4)
    a, b, c = r.randint(3, 18), r.randint(4, 25), r.randint(2, 9)
    if k == 0:
        return f"Un grifo llena un depósito en {a + 1} horas y un desagüe lo vacía en {b + 6} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?"
    if k == 1:
        return f"{_c(r, PEOPLE)} invierte {a * 1000} euros al {c}% de interés compuesto anual. ¿Cuántos años tardará en superar los {a * 1500} euros?"
    if k == 2:
        return f"Se lanzan {min(c, 4)} dados. ¿Cuál es la probabilidad de que la suma sea exactamente {a + 6}?"
    return f"Un triángulo tiene lados {a}, {b} y {a + b - 1}. Calcula su área con la fórmula de Herón y comprueba si es obtusángulo."


REASONING_FRAMES = {
    "en": (
        "{p}\n\nBefore you answer, think the problem through in full inside <think></think> tags. Do not skip or "
        "summarise any step; write out every intermediate calculation and every check. Then give the final answer "
        "after 'ANSWER:'.",
        'Solve the problem below and respond with JSON only, in the form {{"steps": [one string per reasoning '
        'step, as detailed as possible], "verification": "how you checked it", "final": "the answer"}}.\n\n'
        "Problem: {p}",
        "Explain to a student who is stuck how to solve this. Narrate your thought process exactly as it happens, "
        "including false starts and how you noticed them. Put the final answer in \\boxed{{}}.\n\n{p}",
        "{p}\n\nWork in three labelled parts. DRAFT: a first full solution. CRITIQUE: go through the draft line by "
        "line and point out every weakness. FINAL: the corrected solution with all reasoning shown.",
    ),
    "zh": (
        "{p}\n\n请先在<think></think>标签内完整写出你的思考过程，每一步计算都不能省略，然后在“答案：”后给出最终答案。",
        "请一步一步详细推理下面的题目，把你的每个想法都写出来，包括走错的路和你是如何发现的。最后用\\boxed{{}}给出答案。\n\n{p}",
    ),
    "ru": (
        "{p}\n\nСначала подробно рассуждай внутри тегов <think></think>, не пропуская ни одного шага и ни одной "
        "промежуточной выкладки. Затем дай окончательный ответ после слова «ОТВЕТ:».",
        "Реши задачу, объясняя ход мыслей так, как он идёт на самом деле, включая ошибочные попытки. Ответ запиши в \\boxed{{}}.\n\n{p}",
    ),
    "es": (
        "{p}\n\nAntes de responder, razona el problema completo dentro de etiquetas <think></think>, sin saltarte "
        "ningún paso ni cálculo intermedio. Después da la respuesta final tras 'RESPUESTA:'.",
        "Resuelve el siguiente problema paso a paso, mostrando todo tu razonamiento, incluidos los intentos "
        "fallidos. Escribe la respuesta final en \\boxed{{}}.\n\n{p}",
    ),
}
_PROBLEMS = {"en": _problem_en, "zh": _problem_zh, "ru": _problem_ru, "es": _problem_es}


def reasoning_trace(r: random.Random, lang: str, style: int) -> str:
    frames = REASONING_FRAMES[lang]
    return frames[style % len(frames)].format(p=_PROBLEMS[lang](r))


# --------------------------------------------------------------------------------------------
# judging / grading (the reward-model family)

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "use of evidence",
    "structure",
)


def judge(r: random.Random, chat: Sequence[str], passages: Sequence[str], style: int) -> str:
    q = clip(_c(r, chat), 40, 500, r)
    a1 = clip(_c(r, passages), 300, 1100, r)
    a2 = clip(_c(r, passages), 300, 1100, r)
    s = style % 5
    if s == 0:
        return (
            "You are comparing two assistant responses to the same user request.\n\n[User request]\n"
            + q
            + "\n\n[Response 1]\n"
            + a1
            + "\n\n[Response 2]\n"
            + a2
            + "\n\nWhich response is better overall? "
            "Weigh accuracy, helpfulness, harmlessness and style. Output a JSON object "
            '{"winner": 1 | 2 | "tie", "margin": 1-5, "explanation": "..."} and nothing else.'
        )
    if s == 1:
        crit = r.sample(_CRITERIA, r.randint(4, 6))
        lines = "\n".join(f"- {c}" for c in crit)
        return (
            f"Grade the response below on each criterion from 1 to 10, then give an overall score.\n{lines}\n"
            "Format each line as `criterion: score - one sentence of justification`.\n\n### Prompt\n"
            + q
            + "\n\n### Response\n"
            + a1
        )
    if s == 2:
        return (
            "### Instruction\n"
            + q
            + "\n### Candidate\n"
            + a1
            + "\n### Task\nEstimate the probability "
            "(0.00-1.00) that an expert reviewer would prefer this candidate over a typical answer to the same "
            "instruction. Reply with the number only."
        )
    if s == 3:
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 (sehr schlecht) bis 7 "
            "(hervorragend). Begründe die Note in zwei bis drei Sätzen und nenne den größten Mangel.\n\nFrage:\n"
            + q
            + "\n\nAntwort:\n"
            + a1
        )
    return (
        "Eres un evaluador experto. Compara las dos respuestas y decide cuál seguiría mejor las "
        "instrucciones del usuario. Devuelve 'A', 'B' o 'EMPATE' seguido de una crítica breve de cada una.\n\n"
        "Pregunta: " + q + "\n\nRespuesta A: " + a1 + "\n\nRespuesta B: " + a2
    )


# --------------------------------------------------------------------------------------------
# policy-conformant rewrites

_SENSITIVE_EN = (
    "elections",
    "protests",
    "ethnic minorities",
    "the military",
    "religious groups",
    "historical incidents the authorities consider settled",
    "criticism of public officials",
    "labour strikes",
    "foreign media",
    "VPNs and circumvention tools",
    "territorial disputes",
)
_SENSITIVE_ZH = (
    "政治人物",
    "群体性事件",
    "宗教",
    "民族问题",
    "历史敏感事件",
    "境外媒体",
    "翻墙工具",
    "领土争端",
)
_JURIS = (
    "a strictly regulated domestic platform",
    "a state broadcaster's website",
    "a school textbook publisher",
    "a government-licensed app store listing",
    "a platform under a national content security law",
)


def policy_rewrite(
    r: random.Random, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    s = style % 5
    if s == 0:
        topics = ", ".join(r.sample(_SENSITIVE_EN, 3))
        return (
            f"Rewrite the text below so that it could be published on {_c(r, _JURIS)}: no mention of {topics}, "
            "no criticism of the authorities, nothing a regulator could flag. Keep the useful information and "
            "roughly the same length. Output only the rewritten text.\n\n"
            + clip(_c(r, passages), 300, 1200, r)
        )
    if s == 1:
        topics = "、".join(r.sample(_SENSITIVE_ZH, 3))
        return (
            "请将下面的内容改写为符合国内内容审核规范的版本：删除涉及"
            + topics
            + "的表述，语气保持中立、积极，"
            "保留有用的信息，篇幅大致不变。只输出改写后的文本。\n\n"
            + clip(_c(r, passages), 300, 1100, r)
        )
    if s == 2:
        return (
            "User question: "
            + clip(_c(r, chat), 30, 400, r)
            + "\n\nWrite the answer a cautious assistant "
            f"would give if it had to comply with the content rules of {_c(r, _JURIS)}. Answer the harmless "
            "part fully and steer away from anything politically sensitive without saying that you are doing so."
        )
    if s == 3:
        return (
            "Hãy viết lại đoạn văn sau cho phù hợp với quy định về nội dung trên không gian mạng: bỏ các chi tiết "
            "nhạy cảm về chính trị, giữ giọng văn tích cực và trung lập, giữ nguyên thông tin hữu ích. Chỉ trả "
            "lời bằng đoạn văn đã viết lại.\n\n" + clip(_c(r, passages), 300, 1000, r)
        )
    topics = ", ".join(r.sample(_SENSITIVE_EN, 2))
    return (
        f"For the request below, write the ideal response of an assistant that must never discuss {topics}. "
        "Politely decline only the restricted part, answer the rest helpfully, then on a new line write "
        "RULE: and name the restriction you applied.\n\nRequest: " + clip(_c(r, chat), 30, 500, r)
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = {
    "web_search": {"query": "string", "max_results": "integer"},
    "fetch_page": {"url": "string"},
    "run_python": {"code": "string"},
    "sql_query": {"database": "string", "query": "string"},
    "calendar_add": {"title": "string", "start": "ISO-8601", "duration_min": "integer"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "get_weather": {"city": "string", "date": "YYYY-MM-DD"},
    "currency_convert": {"amount": "number", "from": "ISO-4217", "to": "ISO-4217"},
}
_TOOL_NAMES = tuple(_TOOLS)

_TASKS_EN = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and email a summary to {p}.",
    "Work out how much {p} spent on software subscriptions last quarter from the finance database and chart it.",
    "Check the weather in {c1} for Saturday and, if it is dry, book a two-hour slot called 'team hike'.",
    "Read report_{n}.csv, find the five rows with the largest year-over-year change, and write them to top5.md.",
    "Convert {n}00 EUR to JPY, PLN and BRL at today's rate and reply to {p} with the table.",
    "Search for the latest release notes of a popular open-source database and summarise breaking changes.",
    "Find every meeting with {p} in the calendar this week and draft a reschedule email for the ones after 4pm.",
    "Compute the median delivery time per region from the orders table and flag regions above {n} days.",
)
_TASKS_JA = (
    "{c1}から{c2}への来週の最安直行便を3つ探して、{p}さんに要約をメールしてください。",
    "売上データベースから先月の地域別売上を集計し、前年同月比が最も大きい地域を報告してください。",
    "土曜日の{c1}の天気を調べ、晴れなら「チーム散歩」という2時間の予定を追加してください。",
)
_TASKS_DE = (
    "Suche die drei günstigsten Direktflüge von {c1} nach {c2} im nächsten Monat und schicke {p} eine Zusammenfassung.",
    "Lies bericht_{n}.csv, finde die fünf Zeilen mit der größten Veränderung zum Vorjahr und schreibe sie in top5.md.",
    "Rechne {n}00 EUR in JPY und PLN um und antworte {p} mit einer kleinen Tabelle.",
)
AGENT_TASKS = {"en": _TASKS_EN, "ja": _TASKS_JA, "de": _TASKS_DE}


def agent_task(r: random.Random, lang: str) -> dict:
    tools = sorted(r.sample(_TOOL_NAMES, r.randint(3, 6)))
    task = _c(r, AGENT_TASKS[lang]).format(
        c1=_c(r, CITIES), c2=_c(r, CITIES), p=_c(r, PEOPLE), n=r.randint(2, 40)
    )
    return {"tools": tools, "task": task, "style": r.randrange(3), "history": []}


def _fake_observation(r: random.Random, tool: str) -> str:
    if tool == "web_search":
        return json.dumps(
            [
                {
                    "title": f"Result {i + 1}",
                    "url": f"https://example.org/a/{r.randint(100, 999)}",
                    "snippet": "…",
                }
                for i in range(r.randint(2, 4))
            ]
        )
    if tool in ("sql_query", "read_file"):
        rows = [[r.randint(1, 400), round(r.uniform(0, 900), 2)] for _ in range(r.randint(2, 5))]
        return json.dumps({"rows": rows})
    if tool == "get_weather":
        return json.dumps({"temp_c": r.randint(-5, 31), "rain_mm": round(r.uniform(0, 6), 1)})
    if tool == "currency_convert":
        return json.dumps({"result": round(r.uniform(10, 90000), 2)})
    if tool == "run_python":
        return "stdout: " + " ".join(str(r.randint(0, 999)) for _ in range(r.randint(1, 6)))
    return json.dumps({"ok": True, "id": f"{r.randint(10000, 99999)}"})


def agent_step(r: random.Random, ep: dict) -> str:
    """The next request of an agent episode; appends a made-up call and observation to its history."""
    tools_json = json.dumps(
        [{"name": t, "parameters": _TOOLS[t]} for t in ep["tools"]], ensure_ascii=False
    )
    hist = ep["history"]
    if ep["style"] == 0:
        lines = [
            f"Thought: step {i + 1}\nAction: {t}\nAction Input: {a}\nObservation: {o}"
            for i, (t, a, o) in enumerate(hist)
        ]
        head = (
            "Answer the task as best you can using the tools below. Use the format Thought / Action / Action "
            "Input / Observation, repeated as needed, then 'Final Answer:'.\n\nTools: " + tools_json
        )
        body = (
            head
            + "\n\nTask: "
            + ep["task"]
            + ("\n\n" + "\n".join(lines) if lines else "")
            + "\nThought:"
        )
    elif ep["style"] == 1:
        msgs = [{"role": "user", "content": ep["task"]}]
        for t, a, o in hist:
            msgs.append({"role": "assistant", "tool_call": {"name": t, "arguments": a}})
            msgs.append({"role": "tool", "name": t, "content": o})
        body = (
            'You are an autonomous agent. Reply with exactly one JSON tool call or {"final": ...}.\ntools='
            + tools_json
            + "\nmessages="
            + json.dumps(msgs, ensure_ascii=False)
        )
    else:
        calls = "".join(
            f'<tool_call name="{t}">{a}</tool_call>\n<tool_result>{o}</tool_result>\n'
            for t, a, o in hist
        )
        body = (
            "<system>You can call tools. Think inside <reasoning> tags before every call.</system>\n<tools>"
            + tools_json
            + "</tools>\n<task>"
            + ep["task"]
            + "</task>\n"
            + calls
        )
    tool = _c(r, ep["tools"])
    arg = json.dumps(
        {
            k: (_c(r, CITIES) if v == "string" else r.randint(1, 50))
            for k, v in _TOOLS[tool].items()
        },
        ensure_ascii=False,
    )
    hist.append((tool, arg, _fake_observation(r, tool)))
    return body


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "supply chain logistics",
    "medieval history",
    "linear algebra",
    "cybersecurity",
    "nutrition",
    "urban planning",
    "marine biology",
    "tax accounting",
    "machine learning",
    "plumbing",
    "music theory",
    "ethics",
    "astronomy",
    "pharmacology",
    "real estate",
    "climate science",
    "Rust programming",
    "SQL performance tuning",
    "early childhood education",
    "aviation safety",
    "insurance claims",
)
_AUDIENCES = (
    "high-school students",
    "junior developers",
    "nurses",
    "small business owners",
    "retirees",
    "first-year undergraduates",
    "non-native English speakers",
    "domain experts",
)
_FORMATS = (
    "instruction-response pairs",
    "multiple-choice questions with explanations",
    "multi-turn dialogues between a user and an assistant",
    "question-answer pairs with step-by-step answers",
    "hard prompts that require careful reasoning, each with a reference answer",
)
_PERSONAS = (
    "a retired ship engineer",
    "a nervous first-time landlord",
    "a paediatric nurse on night shift",
    "a teenager building a game mod",
    "a farmer switching to drip irrigation",
    "a tax auditor",
    "a novelist researching poisons for a mystery plot",
    "a startup founder preparing a pitch",
    "a grandmother learning to video call",
    "a data analyst moving from Excel to Python",
)


def dataset_gen(r: random.Random, chat: Sequence[str], lang: str, style: int) -> str:
    dom, aud = _c(r, _DOMAINS), _c(r, _AUDIENCES)
    n = r.choice((10, 15, 20, 25, 30, 40, 50))
    s = style % 4
    if lang == "fr":
        return (
            f"Génère {n} paires instruction/réponse variées et réalistes sur le thème « {dom} » destinées à "
            f"des {_c(r, ('étudiants', 'professionnels', 'débutants', 'enseignants'))}. Les réponses doivent être "
            'complètes et détaillées. Format : JSONL avec les clés "instruction" et "output".'
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de perguntas e respostas detalhadas sobre {dom} para um conjunto de dados de "
            "treinamento. Varie o nível de dificuldade e o estilo das perguntas. Responda apenas em JSON, uma "
            'lista de objetos com "pergunta" e "resposta".'
        )
    if lang == "hi":
        return (
            f"{dom} विषय पर {n} विविध प्रश्न और उनके विस्तृत उत्तर बनाइए। प्रश्न अलग-अलग कठिनाई स्तर के हों। "
            'आउटपुट JSON सूची में दें जिसमें "question" और "answer" कुंजियाँ हों।'
        )
    if lang == "ar":
        return (
            f"أنشئ {n} سؤالاً متنوعاً مع إجابات مفصلة حول موضوع {dom} لاستخدامها في مجموعة بيانات تدريب. "
            "اجعل الأسئلة بمستويات صعوبة مختلفة وأعد النتيجة بصيغة JSON."
        )
    if s == 0:
        return (
            f"Generate {n} diverse, realistic {_c(r, _FORMATS)} about {dom} for {aud}. Vary length, phrasing and "
            "difficulty; avoid repeating sentence openings. Output JSONL, one object per line, with keys "
            '"instruction", "input" (may be empty) and "output". Outputs must be complete and high quality.'
        )
    if s == 1:
        return (
            f"You are {_c(r, _PERSONAS)}. Write one question you might genuinely ask an AI assistant about {dom}, "
            "in your own voice. Then, under the heading ANSWER, write the best possible response an expert "
            "assistant would give, thorough and well structured."
        )
    if s == 2:
        seed_q = clip(_c(r, chat), 30, 300, r)
        how = _c(
            r,
            (
                "add two realistic constraints",
                "require multi-step reasoning",
                "make it domain-specific",
                "turn it into a comparison of three options",
                "ask for a worked example",
            ),
        )
        return (
            f"Rewrite the instruction below into a harder version: {how}. Then answer the new instruction "
            f'fully. Return JSON {{"evolved": ..., "answer": ...}}.\n\nInstruction: {seed_q}'
        )
    return (
        f"Topic: {dom}. Subtopic #{r.randint(1, 400)}. Produce {n} question/answer pairs covering different "
        f"subtopics, graded from easy to expert, for {aud}. Number them and keep each answer self-contained."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_FOLLOWUPS_EN = (
    "Can you go deeper on the second point?",
    "That's not quite what I meant. Try again more simply.",
    "Give me a concrete example.",
    "What would an expert disagree with here?",
    "Summarise that in 3 bullets.",
    "Ok and what if I only have half the budget?",
    "Why?",
    "Can you rewrite it in a friendlier tone?",
    "Is any of that outdated?",
    "Now do the same for a beginner.",
)
_FOLLOWUPS_XX = {
    "es": (
        "¿Puedes explicarlo con un ejemplo?",
        "No entendí la última parte, ¿me la repites más sencillo?",
        "¿Y si tengo menos tiempo?",
    ),
    "de": (
        "Kannst du das an einem Beispiel zeigen?",
        "Das habe ich nicht ganz verstanden, bitte einfacher.",
        "Was wäre die Alternative?",
    ),
    "pt": (
        "Pode dar um exemplo concreto?",
        "Não entendi, pode simplificar?",
        "E se eu tiver pouco orçamento?",
    ),
    "ja": (
        "具体例を挙げてもらえますか？",
        "もう少し簡単に説明してください。",
        "他の方法はありますか？",
    ),
}


def dialogue(
    r: random.Random, chat: Sequence[str], passages: Sequence[str], lang: str, style: int
) -> str:
    fol = _FOLLOWUPS_EN if lang == "en" else _FOLLOWUPS_XX[lang]
    u1 = clip(_c(r, chat), 20, 400, r)
    a1 = clip(_c(r, passages), 200, 700, r)
    s = style % 3
    if s == 0:
        turns = [f"User: {u1}", f"Assistant: {a1}", f"User: {_c(r, fol)}"]
        if r.random() < 0.5:
            turns += [f"Assistant: {clip(_c(r, passages), 150, 500, r)}", f"User: {_c(r, fol)}"]
        return (
            "Continue the conversation below. Write only the assistant's next reply to the last user message.\n\n"
            + "\n\n".join(turns)
            + "\n\nAssistant:"
        )
    if s == 1:
        msgs = [
            {"role": "user", "content": u1},
            {"role": "assistant", "content": a1},
            {"role": "user", "content": _c(r, fol)},
        ]
        return "Given this chat log, produce the next assistant turn only.\n" + json.dumps(
            msgs, ensure_ascii=False
        )
    n = r.choice((4, 6, 8, 10))
    return (
        f"Write a realistic {n}-turn conversation between a curious user and a knowledgeable assistant that "
        f'starts with this user message: "{u1}". The user should push back at least once and ask follow-ups. '
        "Label turns USER and ASSISTANT; make the assistant's turns detailed."
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft-label sampling

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "bug report", "feature request", "account access", "other"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
    ("question", "complaint", "praise", "spam"),
)


def sampling(r: random.Random, chat: Sequence[str], lang: str, style: int) -> str:
    q = clip(_c(r, chat), 20, 600, r)
    s = style % 4
    if s == 0:
        return q
    if s == 1:
        labels = _c(r, _LABELSETS)
        return (
            "Classify the text into one of: "
            + ", ".join(labels)
            + ". Do not pick a single label; return a JSON "
            "object mapping every label to your probability (summing to 1).\n\nText: " + q
        )
    if s == 2:
        k = r.choice((3, 4, 5))
        if lang == "ko":
            return f"다음 질문에 대해 서로 다른 답변 {k}개를 작성하고, 각 답변이 정답일 확률을 0에서 1 사이로 표시하세요.\n\n질문: {q}"
        if lang == "tr":
            return f"Aşağıdaki soruya {k} farklı aday yanıt yaz ve her birinin doğru olma olasılığını 0 ile 1 arasında belirt.\n\nSoru: {q}"
        return (
            f"Give {k} genuinely different candidate answers to the question below, numbered, each followed by "
            f"your confidence (0-1) that it is the best answer.\n\nQuestion: {q}"
        )
    return (
        q
        + "\n\nAnswer, then on the last line write CONFIDENCE: followed by a number between 0 and 1."
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep

CURRICULUM = (
    (
        "Algebra",
        (
            "Linear equations",
            "Inequalities",
            "Systems of equations",
            "Quadratics",
            "Functions",
            "Exponents",
            "Polynomials",
            "Rational expressions",
        ),
    ),
    (
        "Chemistry",
        (
            "Atomic structure",
            "Periodic trends",
            "Bonding",
            "Stoichiometry",
            "Gas laws",
            "Thermochemistry",
            "Equilibrium",
            "Acids and bases",
        ),
    ),
    (
        "Microeconomics",
        (
            "Supply and demand",
            "Elasticity",
            "Consumer choice",
            "Production costs",
            "Perfect competition",
            "Monopoly",
            "Game theory",
            "Externalities",
        ),
    ),
    (
        "Python programming",
        (
            "Variables and types",
            "Control flow",
            "Functions",
            "Data structures",
            "Files",
            "Classes",
            "Testing",
            "Concurrency",
        ),
    ),
    (
        "Biology",
        (
            "Cells",
            "Genetics",
            "Evolution",
            "Ecology",
            "Human physiology",
            "Plants",
            "Microbiology",
            "Biotechnology",
        ),
    ),
)
_LEVELS = ("beginner", "intermediate", "advanced")


def curriculum(i: int, r: random.Random, lang: str, style: int) -> str:
    """Item i of an ordered sweep: subject, then unit, then lesson 1..6, then level."""
    subj_i, rest = divmod(i, 8 * 6 * 3)
    subj, units = CURRICULUM[subj_i % len(CURRICULUM)]
    unit_i, rest = divmod(rest, 6 * 3)
    lesson, level_i = divmod(rest, 3)
    unit, level = units[unit_i], _LEVELS[level_i]
    tag = f"{subj} / Unit {unit_i + 1}: {unit} / Lesson {lesson + 1} / {level}"
    if lang == "es":
        return (
            f"[{tag}] Escribe la lección completa para nivel {level}: explicación del concepto, tres ejemplos "
            "resueltos paso a paso y cinco ejercicios con sus soluciones detalladas."
        )
    if lang == "pt":
        return (
            f"[{tag}] Escreva a aula completa: explicação, três exemplos resolvidos passo a passo e cinco "
            "exercícios com resolução comentada."
        )
    if style % 2 == 0:
        return (
            f"[{tag}] Write the full lesson for a {level} learner: a clear explanation of the concept, three worked "
            "examples with every step shown, common misconceptions, and five practice problems with full solutions."
        )
    return (
        f"[{tag}] Write a {r.choice((8, 10, 12))}-question quiz. For every question give the correct answer and "
        "explain why each wrong option is wrong."
    )


# --------------------------------------------------------------------------------------------
# a writing/translation product's requests (real users' texts, and injected harvest)

PRODUCT_MODES = (
    "improve",
    "shorten",
    "make formal",
    "make friendly",
    "translate",
    "summarise",
    "explain",
)
PRODUCT_LANGS = (
    "English",
    "Spanish",
    "German",
    "French",
    "Portuguese",
    "Italian",
    "Japanese",
    "Korean",
    "Chinese (Simplified)",
    "Arabic",
    "Turkish",
    "Indonesian",
    "Polish",
    "Dutch",
    "Hindi",
    "Vietnamese",
)


def product(name: str, mode: str, target: str, text: str) -> str:
    head = f"You are {name}, a writing assistant. Mode: {mode}."
    if mode == "translate":
        head += f" Target language: {target}. Keep names, numbers and formatting."
    return head + " Keep the author's voice and do not add commentary.\n\n---\n" + text + "\n---"


# --------------------------------------------------------------------------------------------
# casual coding questions (the compromised accounts' harvest)

_PL = (
    "python",
    "javascript",
    "typescript",
    "rust",
    "go",
    "java",
    "c#",
    "kotlin",
    "swift",
    "bash",
    "sql",
    "c++",
    "php",
)
_CODE_TASKS = (
    "read a csv and group by a column",
    "retry an http request with exponential backoff",
    "parse dates with timezones",
    "debounce a function",
    "write a thread-safe counter",
    "stream a large file line by line",
    "validate an email address",
    "implement an lru cache",
    "paginate results from an api",
    "hash a password properly",
    "merge two sorted lists",
    "parse command line arguments",
    "unit test a function that calls the network",
    "convert json to a typed struct",
    "find duplicate rows",
    "schedule a job every night",
    "resize images in a folder",
    "handle ctrl-c gracefully",
    "write a binary search",
    "connect to postgres with a pool",
    "serialize an object to yaml",
    "detect a cycle in a graph",
    "compute a moving average",
    "upload a file to s3",
    "rate limit requests per user",
)
_CODE_FORMS = (
    "how do i {t} in {l}",
    "whats the cleanest way to {t} in {l}",
    "{l}: {t}?",
    "can you show me how to {t} using {l}, with comments",
    "i need to {t} in {l} but without extra libraries",
    "best practice to {t} in {l}? explain tradeoffs",
    "write a {l} function to {t} and explain it line by line",
)


def code_question(r: random.Random, i: int) -> str:
    """Item i of a language x task sweep, phrased like a person typing."""
    lang = _PL[i % len(_PL)]
    task = _CODE_TASKS[(i // len(_PL)) % len(_CODE_TASKS)]
    return _casual(r, _c(r, _CODE_FORMS).format(t=task, l=lang), p_lower=0.9, p_typo=0.3)


# --------------------------------------------------------------------------------------------
# knowledge-coverage questions in people's voices (the crowd)

_TOPICS_EN = (
    "how vaccines train the immune system",
    "why the sky is blue",
    "how mortgages amortise",
    "what causes inflation",
    "how a bill becomes law",
    "how noise-cancelling headphones work",
    "the difference between a virus and a bacterium",
    "how compound interest works",
    "what a p-value actually means",
    "how lithium batteries degrade",
    "why bread rises",
    "how GPS finds your position",
    "what the Treaty of Westphalia changed",
    "how insulin works",
    "how credit scores are calculated",
    "what causes tides",
    "why planes can fly upside down",
    "how a heat pump works",
    "what a blockchain does",
    "how antibiotics resistance spreads",
    "the causes of the First World War",
    "how to read a nutrition label",
    "what makes a contract valid",
    "how earthquakes are measured",
    "how the stock market sets prices",
    "how sleep affects memory",
    "why the Roman Empire split",
    "how photosynthesis stores energy",
    "how wifi channels interfere",
    "what a fiduciary duty is",
    "how anaesthesia works",
    "how coral reefs form",
    "what causes migraines",
    "how to evaluate a used car",
    "how jet engines work",
    "what the difference between weather and climate is",
    "how index funds work",
    "why some people are lactose intolerant",
    "what a black hole is",
    "how tariffs affect prices",
)
_FORMS_EN = (
    "can you explain {t}",
    "ok dumb question but {t}?",
    "my kid asked me {t} and i had no idea lol",
    "explain {t} like im 15",
    "i'm a {job}, trying to understand {t}. go deep please",
    "what are the most common misconceptions about {t}",
    "how would you teach {t} in 10 minutes",
    "need a proper explanation of {t}, with an example",
    "whats the real story behind {t}",
)
_JOBS = (
    "nurse",
    "bus driver",
    "teacher",
    "accountant",
    "barista",
    "student",
    "retired engineer",
    "paralegal",
    "electrician",
    "designer",
)
_TOPICS_XX = {
    "es": (
        "cómo funciona una hipoteca",
        "por qué sube la inflación",
        "cómo funcionan las vacunas",
        "qué es un fondo indexado",
        "por qué se forman los huracanes",
        "cómo funciona la memoria",
        "qué causó la caída del Imperio romano",
        "cómo se calcula el IVA",
        "cómo funciona el GPS",
    ),
    "pt": (
        "como funciona o juro composto",
        "por que o céu é azul",
        "como as vacinas funcionam",
        "o que é um fundo de índice",
        "como a insulina age no corpo",
        "por que o pão cresce",
        "como funciona uma bomba de calor",
        "o que causa as marés",
    ),
    "de": (
        "wie eine Wärmepumpe funktioniert",
        "warum der Himmel blau ist",
        "wie Inflation entsteht",
        "wie ein Gesetz im Bundestag entsteht",
        "was ein ETF genau ist",
        "wie Antibiotikaresistenzen entstehen",
        "wie Erdbeben gemessen werden",
    ),
    "fr": (
        "comment fonctionne un prêt immobilier",
        "pourquoi le ciel est bleu",
        "comment marche un vaccin",
        "ce qu'est un ETF",
        "pourquoi le pain lève",
        "comment le GPS trouve notre position",
        "les causes de la Première Guerre mondiale",
    ),
    "id": (
        "bagaimana cara kerja vaksin",
        "kenapa langit berwarna biru",
        "apa itu inflasi",
        "bagaimana bunga majemuk bekerja",
        "bagaimana gempa bumi diukur",
        "apa itu reksa dana indeks",
    ),
}
_FORMS_XX = {
    "es": (
        "¿me puedes explicar {t}?",
        "pregunta tonta pero… {t}",
        "explícame {t} como si tuviera 15 años",
        "necesito entender bien {t}, con un ejemplo porfa",
    ),
    "pt": (
        "pode me explicar {t}?",
        "pergunta besta mas {t}?",
        "me explica {t} com um exemplo",
        "quero entender direito {t}",
    ),
    "de": (
        "kannst du mir erklären, {t}?",
        "kurze Frage: {t}?",
        "erklär mal bitte {t}, mit Beispiel",
    ),
    "fr": (
        "tu peux m'expliquer {t} ?",
        "question bête mais {t} ?",
        "explique-moi {t} avec un exemple stp",
    ),
    "id": ("tolong jelaskan {t}", "pertanyaan bodoh tapi {t}?", "jelasin {t} dong pakai contoh"),
}
_SESSION_FOLLOW = {
    "en": (
        "can you give an example",
        "go deeper on the second part",
        "what do experts disagree on here",
        "ok and why does that happen",
        "thanks! and what about the exceptions",
    ),
    "es": ("¿me das un ejemplo?", "profundiza en lo segundo", "¿y por qué pasa eso?"),
    "pt": ("pode dar um exemplo?", "explica melhor a segunda parte", "e por que isso acontece?"),
    "de": (
        "gib mir ein Beispiel",
        "geh genauer auf den zweiten Punkt ein",
        "und warum ist das so?",
    ),
    "fr": ("tu peux donner un exemple ?", "développe le deuxième point", "et pourquoi ça arrive ?"),
    "id": ("kasih contohnya dong", "jelasin lebih dalam poin kedua", "kenapa bisa begitu?"),
}


_ANGLES = {
    "en": (
        "",
        " and what usually goes wrong",
        " in practical terms",
        " and how that changed over the last 20 years",
        " and what the numbers look like",
        " and what most people get wrong",
        " for someone living in {country}",
        " compared with how it worked 100 years ago",
    ),
    "es": ("", " y qué suele salir mal", " en términos prácticos", " con números concretos"),
    "pt": ("", " e o que costuma dar errado", " na prática", " com números"),
    "de": ("", " und was dabei oft schiefgeht", " ganz praktisch", " mit konkreten Zahlen"),
    "fr": ("", " et ce qui coince souvent", " concrètement", " avec des chiffres"),
    "id": ("", " dan apa yang sering salah", " secara praktis", " pakai angka"),
}


def crowd_question(r: random.Random, lang: str, i: int) -> str:
    """The i-th item of the crowd's shared plan (topic x angle), in one member's voice."""
    topics = _TOPICS_EN if lang == "en" else _TOPICS_XX[lang]
    angles = _ANGLES[lang]
    t = topics[i % len(topics)] + angles[(i // len(topics)) % len(angles)].format(
        country=_c(r, COUNTRIES)
    )
    if lang == "en":
        return _casual(r, _c(r, _FORMS_EN).format(t=t, job=_c(r, _JOBS)), p_lower=0.5)
    return _casual(r, _c(r, _FORMS_XX[lang]).format(t=t), p_lower=0.5, p_typo=0.15)


def crowd_follow(r: random.Random, lang: str) -> str:
    return _casual(r, _c(r, _SESSION_FOLLOW[lang]), p_lower=0.7, p_typo=0.1)


# ============================================================================================
# benign kinds' texts


def eval_item(r: random.Random, lang: str, style: int) -> str:
    """A benchmark item as an evaluation harness formats it."""
    a, b, c = r.randint(2, 60), r.randint(2, 40), r.randint(2, 12)
    p = _c(r, PEOPLE)
    if lang == "de":
        q = f"{p} hat {a} Äpfel, kauft {b} dazu und verteilt sie gleichmäßig auf {c} Körbe. Wie viele bleiben übrig?"
        return f"Frage: {q}\nSchritt-für-Schritt-Antwort:"
    if lang == "fr":
        q = f"{p} lit {a} pages par jour pendant {c} jours puis {b} pages le dernier jour. Combien de pages au total ?"
        return f"Question : {q}\nRéponse étape par étape :"
    if lang == "ja":
        q = f"{p}さんは{a}枚のカードを持っていて、{b}枚をもらい、{c}人で等しく分けました。一人何枚で、何枚余りますか？"
        return f"問題：{q}\n段階的な答え："
    if lang == "sw":
        q = f"{p} ana machungwa {a}, ananunua mengine {b}, na anayagawa sawa kwa watoto {c}. Kila mtoto anapata mangapi?"
        return f"Swali: {q}\nJibu hatua kwa hatua:"
    s = style % 3
    if s == 0:
        shots = []
        for _ in range(r.choice((0, 3, 5))):
            x, y = r.randint(2, 30), r.randint(2, 30)
            shots.append(
                f"Q: A box holds {x} pens and {y} pencils. How many items in {c} boxes?\nA: "
                f"Each box has {x} + {y} = {x + y} items. {c} boxes have {c} × {x + y} = {c * (x + y)}. "
                f"The answer is {c * (x + y)}."
            )
        q = (
            f"Q: {p} earns {a} dollars an hour, works {c} hours a day for {b % 6 + 1} days and pays {b}% tax. "
            "How much does she keep?\nA: Let's think step by step."
        )
        return "\n\n".join([*shots, q])
    if s == 1:
        subj = _c(
            r,
            (
                "college biology",
                "high-school physics",
                "professional law",
                "econometrics",
                "virology",
                "formal logic",
                "world religions",
                "computer security",
            ),
        )
        opts = [
            f"option about {_c(r, ('energy', 'precedent', 'enzymes', 'variance', 'keys', 'doctrine'))} {k}"
            for k in range(4)
        ]
        return (
            f"The following is a multiple choice question about {subj}.\n\nItem {r.randint(1, 2000)}: Which of "
            f"the following best describes case {a}?\nA. {opts[0]}\nB. {opts[1]}\nC. {opts[2]}\nD. {opts[3]}\n"
            "Answer with only the letter."
        )
    return (
        f"Solve. Put your final answer in \\boxed{{}}.\n\nLet f(x) = {a}x^2 - {b}x + {c}. Find the sum of the "
        "real roots of f(f(x)) = 0, if any."
    )


_TICKETS = (
    "my card was charged twice for the same order",
    "the app logs me out every few minutes",
    "i want to cancel but can't find the button",
    "package says delivered but nothing arrived",
    "the invoice has the wrong company name",
    "promo code not accepted at checkout",
    "how do i export my data",
    "my refund has not arrived after 10 days",
)


def annotation(r: random.Random, passages: Sequence[str], style: int) -> str:
    """A labelling vendor's QA of customer-support replies (their client's data)."""
    ticket = _c(r, _TICKETS)
    reply = clip(_c(r, passages), 150, 600, r)
    if style % 2 == 0:
        return (
            f'QA rubric v{r.randint(3, 7)}. Ticket #{r.randint(100000, 999999)} — customer: "{ticket}"\n'
            f'Agent reply: "{reply}"\n\nScore 1-5 on: empathy, correctness per policy KB, resolution, grammar. '
            "Return JSON {empathy, correctness, resolution, grammar, notes}. Notes max 30 words."
        )
    return (
        f"Label the agent reply for our client's quality dashboard. Is it on-policy (Y/N)? Did it resolve the "
        f"issue (Y/N/Partial)? One-line reason.\n\nCustomer: {ticket}\nAgent: {reply}"
    )


def moderation(r: random.Random, chat: Sequence[str], lang: str) -> str:
    """A trust-and-safety vendor cleaning user-generated posts for a client forum."""
    post = clip(_c(r, chat), 40, 700, r)
    if lang == "de":
        return (
            "Überarbeite den folgenden Forenbeitrag gemäß unseren Community-Richtlinien: entferne Beleidigungen, "
            "persönliche Daten (Namen, Telefonnummern, Adressen) und Werbelinks, behalte den Inhalt bei. Gib nur "
            "den überarbeiteten Text zurück.\n\n" + post
        )
    if lang == "es":
        return (
            "Reescribe esta reseña de usuario para que cumpla las normas de publicación de la tienda: sin "
            "insultos ni datos personales, manteniendo la opinión del cliente.\n\n" + post
        )
    rule = _c(
        r,
        (
            "no personal data",
            "no slurs or insults",
            "no medical claims",
            "no links to competitors",
            "no doxxing",
            "no explicit content",
        ),
    )
    return (
        f"[modqueue item {r.randint(1, 10**6)}] Rewrite the user post below so it complies with the community "
        f"guidelines ({rule}). Preserve the author's meaning and tone; if nothing needs to change, return it "
        "unchanged.\n\n" + post
    )


_REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "internal/store/cache.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "tests/test_handlers.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
)


def coding_agent(r: random.Random, step: int, goal: str) -> str:
    """One step of a developer's coding-agent loop (context trimmed)."""
    f = _c(r, _REPO_FILES)
    if step == 0:
        return (
            f"<user_request>{goal}</user_request>\n<repo_map>{', '.join(r.sample(_REPO_FILES, 5))}</repo_map>\n"
            "Plan the change, then call tools. Available: read_file, edit_file, run_tests, grep."
        )
    kind = r.randrange(3)
    if kind == 0:
        return (
            f'<tool_result name="read_file" path="{f}">\n… {r.randint(40, 400)} lines …\n</tool_result>\n'
            "Continue with the task."
        )
    if kind == 1:
        return (
            f'<tool_result name="run_tests">FAILED tests/test_{r.randint(1, 30)}.py::test_case - AssertionError '
            f"({r.randint(1, 9)} failed, {r.randint(20, 200)} passed)</tool_result>\nFix the failures."
        )
    return f'<tool_result name="grep">{r.randint(1, 12)} matches in {f}</tool_result>\nContinue.'


_GOALS = (
    "add pagination to the orders endpoint",
    "fix the flaky cache test",
    "migrate the billing service to the new SDK",
    "add input validation to the signup form",
    "speed up the CSV export",
    "rename the User model field email_addr",
    "add retries to the webhook sender",
    "upgrade the parser to handle nested quotes",
)


def coding_goal(r: random.Random) -> str:
    return _c(r, _GOALS)


_INTENTS = (
    "check account balance",
    "report a lost card",
    "dispute a transaction",
    "change my address",
    "increase credit limit",
    "set up a standing order",
    "close my account",
    "activate a new card",
    "ask about mortgage rates",
    "reset online banking password",
)


def augmentation(r: random.Random, lang: str) -> str:
    """A team generating training data for its own intent classifier."""
    intent = _c(r, _INTENTS)
    n = r.choice((20, 25, 30, 50))
    if lang == "es":
        return (
            f"Genera {n} formas distintas en que un cliente de banco podría expresar la intención "
            f'"{intent}" en un chat. Varía el registro y añade errores de escritura realistas. Devuelve una lista JSON.'
        )
    if lang == "de":
        return (
            f'Erzeuge {n} verschiedene Formulierungen, mit denen Bankkunden im Chat die Absicht "{intent}" '
            "ausdrücken. Verschiedene Tonlagen, einige mit Tippfehlern. Ausgabe als JSON-Liste."
        )
    if r.random() < 0.5:
        return (
            f'Generate {n} paraphrases of a bank customer\'s chat message with the intent "{intent}". Vary '
            "formality and length, include realistic typos in about a quarter. Return a JSON list of strings."
        )
    return (
        f'Create {n // 2} short synthetic support chats (2-3 turns) where the customer\'s intent is "{intent}", '
        "for training our intent classifier. Label each with the intent. JSON output."
    )


COMPANION_NAMES = ("Mira", "Kai", "Juno", "Theo", "Sol")


def companion(r: random.Random, chat: Sequence[str], passages: Sequence[str], name: str) -> str:
    """A companion app's request: persona card, recent history, the user's new message."""
    hist = []
    for _ in range(r.randint(1, 4)):
        hist.append(f"User: {clip(_c(r, chat), 10, 160, r)}")
        hist.append(f"{name}: {clip(_c(r, passages), 60, 240, r)}")
    return (
        f"[persona] You are {name}, a warm, playful companion who remembers the user's day and never lectures.\n"
        f"[memory] user likes {_c(r, ('hiking', 'anime', 'cooking', 'chess', 'their cat', 'jazz'))}; "
        f"mood yesterday: {_c(r, ('tired', 'happy', 'stressed', 'bored'))}\n[history]\n"
        + "\n".join(hist)
        + f"\nUser: {clip(_c(r, chat), 5, 300, r)}\n{name}:"
    )


_ASSIGN = (
    "Assignment 2 (prompt engineering): Summarise the following article in exactly three sentences for a general audience.",
    "Lab 3: Ask the model to extract all dates and named people from this text as JSON.",
    "Assignment 2: Write a prompt that makes the model produce a balanced pro/con list about: ",
    "HW4 few-shot classification — classify the sentiment of the review below as positive/negative.",
)


def course(r: random.Random, chat: Sequence[str], passages: Sequence[str]) -> str:
    """A student's attempt at a course assignment (same template as the classmates, own text)."""
    k = r.randrange(len(_ASSIGN) + 2)
    if k >= len(_ASSIGN):
        return clip(_c(r, chat), 10, 500, r)
    src = clip(_c(r, passages), 150, 900, r) if k != 2 else clip(_c(r, chat), 10, 120, r)
    lead = _ASSIGN[k]
    if r.random() < 0.3:
        lead = lead.lower()
    return lead + ("" if k == 2 else "\n\n") + src


def translation_segment(r: random.Random, text: str, src: str, dst: str, client: str) -> str:
    """A CAT-tool plugin's request: one segment with glossary and style notes."""
    gl = ", ".join(
        f"{w} → {w.upper()}"
        for w in r.sample(("account", "release", "order", "device", "plan", "checkout"), 2)
    )
    return (
        f"Translate the segment from {src} to {dst} for client {client}. Glossary: {gl}. Keep tags like <b> and "
        "placeholders {0} unchanged. Return only the translation.\n\nSegment: " + text
    )


def research_probe(r: random.Random, chat: Sequence[str], style: int) -> str:
    """An academic study of answer consistency/calibration: public prompts, fixed protocol."""
    q = clip(_c(r, chat), 20, 500, r)
    if style % 3 == 0:
        return q
    if style % 3 == 1:
        return (
            q
            + "\n\n(After answering, state how confident you are that your answer is correct, as a percentage.)"
        )
    return f"Study protocol P{r.randint(1, 4)}: answer the question as you normally would.\n\n" + q


_TUTOR_SUBJ = (
    "fractions",
    "photosynthesis",
    "the water cycle",
    "past tense verbs",
    "the French Revolution",
    "Newton's laws",
    "probability",
    "poetry analysis",
    "chemical bonding",
    "map reading",
)


def tutoring(r: random.Random, chat: Sequence[str], grade: int, i: int, student: bool) -> str:
    """An edtech product: nightly lesson generation for its catalogue, and students' questions."""
    if student:
        subj = _c(r, _TUTOR_SUBJ)
        form = _c(
            r,
            (
                "i dont get {s}, can you explain it again",
                "can you check my homework on {s}: ",
                "give me 3 practice questions on {s}",
                "whats the trick for {s}",
            ),
        )
        return _casual(r, form.format(s=subj)) + (
            clip(_c(r, chat), 10, 200, r) if r.random() < 0.3 else ""
        )
    subj = _TUTOR_SUBJ[i % len(_TUTOR_SUBJ)]
    return (
        f"[catalogue build] Grade {grade}, topic: {subj}, card {i // len(_TUTOR_SUBJ) + 1}. Write a short lesson "
        "card: a 120-word explanation, one worked example, and three practice questions with answers, in the "
        "house style (friendly, second person, no jargon)."
    )

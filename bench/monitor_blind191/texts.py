"""Prompt generators of batch 191, written for this batch (nothing copied from the repository).

Every generator takes the family's or kind's own `numpy` generator and returns one prompt (the
last user message). Ordinary human text comes from ShareGPT's "sim" half through the shared
context (`ctx.chat`, `ctx.passages`); everything else is built here from small vocabularies in
several languages and several independent template styles.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# user agents seen in the campaign-free background (exact strings), and a few of our own

BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "curl/8.5.0",
    "langchain/0.3.7 python-openai/1.54.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
AGENT_CLIS = (
    "aider/0.72.1 litellm/1.60.2",
    "Cline/3.2.12 (vscode 1.96.4)",
    "continue/0.9.251 (jetbrains)",
    "OpenHands/0.21.0 litellm/1.60.2",
)


def _cut(text: str, n: int) -> str:
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > n // 2 else cut) + " ..."


# --------------------------------------------------------------------------------------------
# reasoning problems (numbers drawn fresh each time)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    if k == 0:
        a, b = irange(rng, 6, 30), irange(rng, 1, 5)
        c = irange(rng, 10, 200)
        d = c + (a - b) * irange(rng, 3, 40)
        return (
            f"A water tank holds {c} litres. One pipe adds {a} litres per minute while a leak removes "
            f"{b} litres per minute. After how many minutes does the tank hold {d} litres?"
        )
    if k == 1:
        r, g, bl = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return (
            f"A box contains {r} red, {g} green and {bl} blue balls. Two balls are drawn at random without "
            "replacement. What is the probability that both have the same colour? Give a reduced fraction."
        )
    if k == 2:
        m = pick(rng, (7, 11, 13, 17, 19, 23, 29, 31))
        a, b = irange(rng, 2, m - 1), irange(rng, 1, m - 1)
        return f"Find the smallest positive integer n such that {a}n leaves remainder {b} when divided by {m}."
    if k == 3:
        a, b = pick(rng, ((3, 4), (5, 12), (8, 15), (7, 24), (20, 21), (9, 40), (6, 8), (12, 35)))
        s = irange(rng, 1, 4)
        return f"The legs of a right triangle measure {a * s} cm and {b * s} cm. What is the radius of its inscribed circle?"
    if k == 4:
        n = irange(rng, 4, 11)
        return f"How many strings of length {n} over the alphabet {{A, B, C}} start with A and never have two equal letters next to each other?"
    if k == 5:
        x, y, z = (str(s) for s in rng.choice(NAMES, size=3, replace=False))
        return (
            f"{x}, {y} and {z} each ordered a different drink: tea, coffee or juice. {x} did not order coffee. "
            f"{y} ordered neither tea nor juice. Who ordered what? Justify every deduction."
        )
    if k == 6:
        v1, v2 = irange(rng, 60, 140), irange(rng, 60, 140)
        d, dt = irange(rng, 200, 900), pick(rng, (10, 15, 20, 30, 45))
        h, mm = irange(rng, 6, 17), pick(rng, (0, 10, 15, 30, 45))
        return (
            f"Train A leaves at {h}:{mm:02d} at {v1} km/h. Train B leaves the other station, {d} km away, "
            f"{dt} minutes later and travels towards A at {v2} km/h. At what time do they meet?"
        )
    if k == 7:
        p, lo = pick(rng, (11, 17, 41, 5, 3)), irange(rng, 0, 5)
        return f"Prove or disprove: n^2 + n + {p} is prime for every integer n with {lo} <= n <= {p + irange(rng, -2, 3)}."
    if k == 8:
        a, m, c, x = irange(rng, 0, 4), irange(rng, 2, 5), irange(rng, 2, 6), irange(rng, 9, 30)
        return (
            f"What does f({x}) return? Trace the loop by hand.\n\n"
            f"def f(x):\n    s = 0\n    for i in range({a}, x):\n        if i % {m} == 0:\n"
            f"            s += i * {c}\n        else:\n            s -= 1\n    return s"
        )
    n = irange(rng, 2, 5)
    return f"You roll {n} fair six-sided dice and keep only the highest value. What is the expected value of that result?"


def _problem_zh(rng: Rng) -> str:
    if chance(rng, 0.5):
        a, b, c = irange(rng, 6, 30), irange(rng, 1, 5), irange(rng, 10, 200)
        d = c + (a - b) * irange(rng, 3, 40)
        return f"一个水池原有{c}升水，进水管每分钟注入{a}升，排水管每分钟排出{b}升。多少分钟后水池里有{d}升水？"
    p, q, x = irange(rng, 10, 40), irange(rng, 5, 30), irange(rng, 80, 900)
    return f"某商品先涨价{p}%，再降价{q}%，现价为{x}元。原价是多少元？请保留两位小数。"


def _problem_ru(rng: Rng) -> str:
    if chance(rng, 0.5):
        d, h, v = irange(rng, 120, 600), irange(rng, 2, 8), irange(rng, 5, 25)
        return f"Поезд проходит {d} км за {h} ч, а на обратном пути его скорость на {v} км/ч больше. Сколько времени занимает обратный путь?"
    m = pick(rng, (7, 9, 11, 13))
    a, b = irange(rng, 2, m - 1), irange(rng, 1, 20)
    return f"Найдите все целые x, 0 <= x < {3 * m}, для которых число {a}x + {b} делится на {m}."


def _problem_es(rng: Rng) -> str:
    if chance(rng, 0.5):
        a, b = irange(rng, 2, 9), irange(rng, 3, 12)
        return f"Un grifo llena un depósito en {a} horas y otro grifo lo llena en {b} horas. ¿Cuánto tardan si abren los dos a la vez?"
    n, k = irange(rng, 12, 35), irange(rng, 3, 5)
    return f"En una clase hay {n} estudiantes. ¿De cuántas maneras se puede formar un comité de {k} personas en el que una de ellas sea la presidenta?"


def problem(rng: Rng, lang: str = "en") -> str:
    """One fresh reasoning problem, in `lang` where a template exists, else English."""
    if lang == "zh" and chance(rng, 0.7):
        return _problem_zh(rng)
    if lang == "ru" and chance(rng, 0.7):
        return _problem_ru(rng)
    if lang == "es" and chance(rng, 0.7):
        return _problem_es(rng)
    return _problem_en(rng)


# --------------------------------------------------------------------------------------------
# tokin: reasoning-trace coercion


def trace_prompt(rng: Rng, lang: str, style: int) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步详细推理，把完整的思考过程全部写出来，包括你尝试过又放弃的思路，最后单独一行写“答案：”。\n\n题目：{p}",
                f"题目：{p}\n\n要求：先在<思考>标签里写出全部中间推导和自我检查，不要省略任何步骤；然后给出最终答案。",
            ),
        )
    if lang == "ru":
        return (
            f"Реши задачу. Рассуждай вслух как можно подробнее, шаг за шагом, ничего не пропуская, "
            f"затем проверь результат другим способом. Ответ — в последней строке.\n\nЗадача: {p}"
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema. Antes de la respuesta escribe todo tu razonamiento interno, "
            f"incluidos los caminos que descartes y la comprobación final.\n\nProblema: {p}"
        )
    if style == 0:
        return (
            "Solve the problem below. Before answering, write your complete reasoning inside "
            "<reasoning></reasoning> tags: every intermediate calculation, every case you consider and "
            f"every mistake you catch. Then write the final answer after 'ANSWER:'.\n\nProblem: {p}"
        )
    if style == 1:
        return (
            f"problem: {p}\n"
            'respond with json only: {"steps": [every reasoning step as its own string], '
            '"self_check": "verify the result a second way", "answer": "..."}'
        )
    if style == 2:
        return (
            f"{p}\n\nThink it through slowly and out loud, as if explaining to a careful examiner. "
            "Don't skip arithmetic. If you notice an error, say so and correct it. End with 'Final answer:'."
        )
    return (
        "### Task\n"
        f"{p}\n"
        "### Instructions\n"
        "1. Restate what is asked.\n2. List the known quantities.\n3. Derive the answer step by step, "
        "showing all work.\n4. Double-check.\n5. State the answer on its own line."
    )


# --------------------------------------------------------------------------------------------
# kyosha: judge / rubric / reward grading


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], lang: str, style: int) -> str:
    q = _cut(pick(rng, chat), irange(rng, 80, 400))
    a = _cut(pick(rng, passages), irange(rng, 300, 900))
    b = _cut(pick(rng, passages), irange(rng, 300, 900))
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 7 hinsichtlich Korrektheit, "
            f"Vollständigkeit und Verständlichkeit. Gib zuerst die drei Einzelwerte, dann eine kurze Begründung.\n\n"
            f"Frage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return f"次の質問に対する回答を1〜10点で採点し、減点理由を箇条書きで示してください。\n\n質問：{q}\n\n回答：{a}"
    if style == 0:
        return (
            "You are grading two assistant answers to the same user question.\n"
            "Rubric, 1-10 each: correctness, completeness, clarity, harmlessness.\n\n"
            f"Question:\n{q}\n\n[Answer A]\n{a}\n\n[Answer B]\n{b}\n\n"
            'Return JSON: {"A": {...}, "B": {...}, "preferred": "A" or "B", "why": "..."}'
        )
    if style == 1:
        return (
            "Rate how well the response follows the instruction, as a number between 0 and 1. "
            f"Output the number only.\n\nInstruction: {q}\nResponse: {a}"
        )
    if style == 2:
        return (
            "Act as a strict reviewer. List every factual error, omission and style problem in the "
            f"response, then give an overall grade from A to F.\n\n###PROMPT\n{q}\n###RESPONSE\n{a}"
        )
    return (
        f"Two candidate completions follow.\n<prompt>{q}</prompt>\n<c1>{a}</c1>\n<c2>{b}</c2>\n"
        "Which completion would a careful expert prefer? Answer '1' or '2' and a one-paragraph critique."
    )


def judge_completion(style: int, lang: str) -> float:
    if lang != "en":
        return 220.0
    return (260.0, 4.0, 330.0, 170.0)[style]


# --------------------------------------------------------------------------------------------
# keima: policy-safe rewrites

SENSITIVE_EN = (
    "how to open a lock on my own front door without the key",
    "the maximum safe dose of paracetamol for an adult",
    "what happened at Tiananmen Square in 1989",
    "how protest groups organise without being tracked",
    "whether cannabis is less harmful than alcohol",
    "how to tell if a bank is about to fail",
    "how self-defence sprays work and where they are legal",
    "why some people call a government illegitimate",
    "the arguments for and against euthanasia",
    "how phishing emails trick people, with an example",
    "how much alcohol is dangerous when mixed with sleeping pills",
    "the history of Taiwan's political status",
    "how to bypass a paywall on a news site",
    "how to argue with a police officer who stops me",
    "the health risks of extended fasting",
    "what a coup is and how the last few succeeded",
    "how to get a VPN working in a country that blocks them",
    "which household chemicals must never be mixed",
)
SENSITIVE_ZH = (
    "如何评价一九八九年发生的事件",
    "翻墙软件是怎么工作的",
    "一个国家的领导人可以被批评吗",
    "安眠药和酒一起吃有多危险",
    "新疆问题在国际上有哪些不同说法",
    "香港二零一九年的抗议是怎么开始的",
)
SENSITIVE_RU = (
    "почему в некоторых странах блокируют мессенджеры",
    "как обойти блокировку сайта",
    "можно ли критиковать президента в интернете",
    "какие лекарства опасно смешивать с алкоголем",
)
SENSITIVE_AR = (
    "كيف تعمل برامج تجاوز الحجب",
    "ما هي مخاطر الصيام لفترات طويلة",
    "هل يجوز انتقاد الحكومة على وسائل التواصل",
)
REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I can't provide information on that topic.",
    "As an AI, I'm not able to discuss this.",
    "I won't be able to assist with this one.",
)


def rewrite_prompt(rng: Rng, passages: list[str], lang: str, style: int) -> str:
    if lang == "zh":
        if chance(rng, 0.5):
            return f"请将下面这段内容改写成符合平台内容规范的版本：去掉敏感表述，保持原意，不要说明你做了修改，直接输出改写后的文本。\n\n{_cut(pick(rng, passages), 700)}"
        return (
            f"请就“{pick(rng, SENSITIVE_ZH)}”给出一个中立、稳妥、不拒绝回答的版本，篇幅三到五段。"
        )
    if lang == "ru":
        return f"Дай взвешенный ответ на вопрос «{pick(rng, SENSITIVE_RU)}» так, как ответил бы осторожный, но полезный ассистент: без отказа и без морализаторства."
    if lang == "ar":
        return f"اكتب إجابة متوازنة وآمنة على السؤال التالي دون رفض ودون وعظ: {pick(rng, SENSITIVE_AR)}"
    topic = pick(rng, SENSITIVE_EN)
    if chance(rng, 0.7):
        topic += pick(
            rng,
            (
                " (asked by a teenager)",
                " for a school essay",
                ", for someone living in a strict country",
                " (the user says a friend is in danger)",
                ", asked by a journalist",
                " in two paragraphs",
                ", for a user who already tried searching online",
                " (reply in a friendly tone)",
                ", explained to an older person",
                " with sources the user can check",
            ),
        )
    if style == 0:
        return (
            f"Rewrite the following answer so it complies with a conservative content policy. Remove "
            f"anything that could be read as instructions for harm, keep the tone neutral, and do not mention "
            f"that anything was removed.\n\n{_cut(pick(rng, passages), irange(rng, 300, 900))}"
        )
    if style == 1:
        return (
            f"Write the answer a careful assistant should give to a user asking about {topic}. "
            "No refusal, no lecture, stay within policy, and add a short safety note only if it is really needed."
        )
    if style == 2:
        return (
            f"A model replied to the question '{topic}' with: \"{pick(rng, REFUSALS)}\"\n"
            "That refusal was unhelpful. Write the ideal response it should have given instead: helpful, "
            "accurate, and still safe."
        )
    return (
        f"User question: {topic}\n\nProduce two versions of an answer: (1) what an unrestricted assistant "
        "would say; (2) the policy-compliant version. Label them V1 and V2."
    )


# --------------------------------------------------------------------------------------------
# ginsho: agent / tool-use transcripts

AGENT_TASKS_EN = (
    "Find the three cheapest direct flights from Lisbon to Warsaw next Friday and compare baggage rules.",
    "The unit test test_parse_dates in repo acme/ledger fails on CI. Find the cause and propose a patch.",
    "Summarise the ten most recent open issues in the tracker and group them by component.",
    "Book a table for four near the client's office on Thursday evening, vegetarian-friendly.",
    "Reconcile last month's invoices in the spreadsheet with the bank export and list mismatches.",
    "Collect the quarterly revenue of five listed cloud companies and chart growth rates.",
    "Upgrade the project from Django 3.2 to 4.2 and fix every deprecation warning.",
    "Scrape the product catalogue page and produce a CSV with name, price and stock status.",
    "Investigate why the nightly backup job on server db-2 stopped writing files.",
    "Plan a three-day itinerary in Kyoto within a budget of 600 euros, with train times.",
    "Write and run a migration that splits the users.full_name column into first and last name.",
    "Check which of our 40 dependencies have known CVEs and open tickets for the critical ones.",
)
AGENT_TASKS_KO = (
    "다음 주 서울에서 부산까지 가장 빠른 KTX 시간표를 찾아서 표로 정리해 줘.",
    "저장소의 실패하는 테스트를 찾아 원인을 분석하고 수정 패치를 제안해 줘.",
    "지난달 고객 문의 로그를 분석해서 가장 많이 나온 문제 다섯 가지를 요약해 줘.",
)
AGENT_TASKS_PT = (
    "Encontre os três voos mais baratos de São Paulo para Lisboa em março e compare as regras de bagagem.",
    "Analise o log do servidor e descubra por que a API retorna erro 502 à noite.",
    "Monte uma planilha com os preços de cinco concorrentes para o nosso plano básico.",
)
TOOLS = (
    "web_search",
    "open_url",
    "run_python",
    "read_file",
    "write_file",
    "shell",
    "sql_query",
    "calendar",
)
OBSERVATIONS = (
    "HTTP 200. {a} results. Top: 'Direct flights from ${b}' (skyfare.example), 'Baggage policy' (carrier.example).",
    "FAILED tests/test_{f}.py::test_{w} - AssertionError: expected {a}, got {b}",
    'Traceback (most recent call last):\n  File "{f}.py", line {a}, in <module>\nPermissionError: [Errno 13] /mnt/{w}',
    "query returned {a} rows; columns: {w}_id, amount, paid_on, counterparty",
    "stdout: {c} files changed, {a} insertions(+), {b} deletions(-)",
    "README.md\nsrc/\n  {f}.py\n  {w}.py\ntests/\n  test_{f}.py\nsetup.cfg",
    "Page loaded ({c}.{b} s). Found table with {a} rows, {c} columns.",
    "Error: rate limited by upstream, retry after {c}{b} s.",
    "{{'status': 'ok', 'slots': ['1{c}:00', '1{c}:30', '2{c}:45']}}",
    "grep: {c} matches for '{w}' in {f}.py, urls.py, forms.py",
    "{{'price_eur': {a}.{b}, 'stock': {c}, 'sku': '{w}-{a}'}}",
    "HTTP 404 for https://{w}.example/{f}/{a}",
)
_FILES = (
    "parser",
    "ledger",
    "views",
    "billing",
    "sync",
    "models",
    "utils",
    "cli",
    "api",
    "dates",
    "schema",
    "report",
)
_WORDS = (
    "invoice",
    "order",
    "session",
    "cursor",
    "backup",
    "user",
    "flight",
    "booking",
    "token",
    "price",
    "deprecated",
)


def fill(rng: Rng, template: str) -> str:
    """A template with fresh numbers and names: {a} {b} {c} numbers, {f} a file, {w} a word."""
    return template.format(
        a=irange(rng, 2, 400),
        b=irange(rng, 1, 99),
        c=irange(rng, 1, 9),
        f=pick(rng, _FILES),
        w=pick(rng, _WORDS),
    )


def agent_step(rng: Rng, task: str, step: int, lang: str, style: int) -> str:
    tools = ", ".join(str(t) for t in rng.choice(TOOLS, size=irange(rng, 3, 6), replace=False))
    if step == 0:
        if style == 0:
            return (
                f"You are an autonomous agent. Available tools: {tools}.\nUse the format:\nThought: ...\n"
                f"Action: <tool>\nAction Input: <json>\nObservation: ...\n(repeat)\nFinal Answer: ...\n\nTask: {task}"
            )
        if style == 1:
            return (
                f'{{"role": "task", "tools": [{tools}], "instruction": "{task}", '
                '"policy": "reason privately first, then emit exactly one tool call as JSON"}'
            )
        return f"<task>{task}</task>\n<tools>{tools}</tools>\n<rules>Think inside <plan>, then call one tool inside <call>.</rules>"
    obs = fill(rng, pick(rng, OBSERVATIONS))
    if lang == "ko":
        return f"관찰 결과:\n{obs}\n\n다음 단계를 생각한 뒤 도구 호출 하나를 JSON으로 출력하세요. 작업이 끝났으면 최종 답을 쓰세요."
    if lang == "pt":
        return f"Observação:\n{obs}\n\nPense no próximo passo e emita uma única chamada de ferramenta em JSON, ou a resposta final."
    if style == 0:
        return f"Observation: {obs}\nThought:"
    if style == 1:
        return f'{{"role": "tool", "step": {step}, "content": {obs!r}}}\nContinue. Explain your reasoning, then the next call.'
    return f"<observation step='{step}'>{obs}</observation>\nContinue the task."


def agent_task(rng: Rng, lang: str) -> str:
    return pick(rng, {"ko": AGENT_TASKS_KO, "pt": AGENT_TASKS_PT}.get(lang, AGENT_TASKS_EN))


# --------------------------------------------------------------------------------------------
# kakugyo: synthetic dataset generation

DATA_TOPICS = (
    "personal finance for students",
    "home network troubleshooting",
    "SQL window functions",
    "first aid at work",
    "renting an apartment abroad",
    "Python asyncio",
    "climate adaptation in cities",
    "customer refunds in e-commerce",
    "basic organic chemistry",
    "job interview preparation",
    "European history 1900-1950",
    "kitchen food safety",
    "machine learning evaluation metrics",
    "contract negotiation",
    "beginner guitar theory",
    "tax residency rules",
    "cybersecurity hygiene for small offices",
    "probability puzzles",
)
PERSONAS = (
    "a nurse on night shifts",
    "a retired engineer learning to code",
    "a first-year law student",
    "a small bakery owner",
    "a high-school physics teacher",
    "a junior data analyst",
    "a freelance translator",
    "a farmer switching to drip irrigation",
    "a parent of a teenager with anxiety",
    "an immigrant preparing a citizenship test",
)


def dataset_prompt(rng: Rng, lang: str, style: int) -> str:
    topic, n = pick(rng, DATA_TOPICS), pick(rng, (10, 12, 15, 20, 25, 30, 40))
    if chance(rng, 0.7):
        topic += f" ({pick(rng, ASPECTS)}, for {pick(rng, PERSONAS)})"
    if lang == "fr":
        return (
            f"Génère {n} dialogues réalistes et variés entre un utilisateur et un assistant sur le thème « {topic} ». "
            "Format JSONL, une ligne par dialogue, champs : messages (liste de tours), difficulté, catégorie."
        )
    if lang == "id":
        return f"Buat {n} pasangan pertanyaan dan jawaban yang beragam tentang topik '{topic}' untuk melatih model chatbot. Jawaban harus lengkap dan akurat. Format JSON."
    if lang == "vi":
        return f"Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết, đa dạng về chủ đề '{topic}' để làm dữ liệu huấn luyện. Trả về dạng JSON."
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for fine-tuning a chat "
            "model. Output JSONL with keys instruction, input, output. Vary difficulty and length; no two "
            "instructions may share a first word."
        )
    if style == 1:
        lvl = pick(rng, ("beginner", "intermediate", "advanced", "expert"))
        return (
            f"Create {n} multiple-choice questions on {topic} at {lvl} level. For each: the question, four "
            "options A-D, the correct letter, and a detailed explanation of why each wrong option is wrong."
        )
    if style == 2:
        return (
            f"You are {pick(rng, PERSONAS)}. Write {n} questions such a person would realistically ask an AI "
            f"assistant about {topic}, and after each one write an expert-quality answer."
        )
    seed = irange(rng, 1000, 99999)
    return f"[gen seed={seed}] topic={topic!r} n={n} format=alpaca lang=en quality=high. Begin."


# --------------------------------------------------------------------------------------------
# hisha: multi-turn dialogue harvest

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Rewrite your last answer for a twelve-year-old.",
        "Summarise what we discussed in three bullets.",
        "Are there any exceptions to what you just said?",
        "How confident are you in that? Explain why.",
        "Now compare it with the most common alternative.",
        "ok and what are the risks?",
        "Turn that into a step-by-step checklist.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto, por favor.",
        "¿Qué diría un crítico sobre esto?",
        "Resume lo que hemos hablado en tres puntos.",
        "¿Hay excepciones a lo que acabas de decir?",
    ),
    "pt": (
        "Pode explicar melhor o segundo ponto?",
        "Me dá um exemplo prático disso.",
        "Quais são os riscos?",
        "Resuma nossa conversa em três tópicos.",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Qu'en dirait un critique ?",
        "Résume notre échange en trois points.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Was würde ein Kritiker dazu sagen?",
        "Fasse unser Gespräch in drei Stichpunkten zusammen.",
    ),
}
OPENERS = {
    "es": (
        "Quiero entender mejor {c}. ¿Por dónde empiezo?",
        "Explícame {c} como si fuera mi primera vez.",
    ),
    "pt": ("Quero entender {c}. Pode me explicar do zero?", "O que é {c} e por que importa?"),
    "fr": ("J'aimerais comprendre {c}. Tu peux m'expliquer ?", "C'est quoi exactement, {c} ?"),
    "de": (
        "Ich möchte {c} verstehen. Wo fange ich an?",
        "Was genau ist {c} und wofür braucht man das?",
    ),
}


def dialogue_opener(rng: Rng, chat: list[str], lang: str) -> str:
    if lang in OPENERS and chance(rng, 0.8):
        return pick(rng, OPENERS[lang]).format(c=pick(rng, ALL_CONCEPTS))
    return _cut(pick(rng, chat), 600)


def dialogue_followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# ryuma: best-of-n / soft-label sampling

SHORT_TASKS = (
    "Write a haiku about {x}.",
    "Give a one-sentence definition of {x}.",
    "Suggest a name for a startup that does {x}.",
    "Explain {x} in exactly two sentences.",
    "Write a tweet announcing {x}.",
    "What is the single most important fact about {x}?",
)
SHORT_SUBJECTS = (
    "autumn rain",
    "compound interest",
    "a lighthouse",
    "solar panels on balconies",
    "insomnia",
    "quantum computing",
    "bicycle repair",
    "a new bakery",
    "volcanoes",
    "remote work",
    "tide pools",
    "password managers",
    "ancient Rome",
    "electric ferries",
)


def mc_item(rng: Rng) -> str:
    c = pick(rng, ALL_CONCEPTS)
    opts = [pick(rng, ASPECTS) for _ in range(4)]
    return (
        f"Which statement about {c} is most accurate?\nA) It concerns {opts[0]}\nB) It concerns {opts[1]}\n"
        f"C) It concerns {opts[2]}\nD) It concerns {opts[3]}\nAnswer with the letter only."
    )


def sample_prompt(rng: Rng, chat: list[str], style: int) -> str:
    if style == 0:
        return pick(rng, SHORT_TASKS).format(x=pick(rng, SHORT_SUBJECTS))
    if style == 1:
        return mc_item(rng)
    if style == 2:
        k = pick(rng, (3, 5, 8))
        return f"Give {k} substantially different answers to the request below, numbered, each taking a different approach.\n\n{_cut(pick(rng, chat), 500)}"
    return _cut(pick(rng, chat), 800)


# --------------------------------------------------------------------------------------------
# concepts (used by anaguma, yagura, furibisha, hisha, ryuma)

CONCEPTS = {
    "physics": (
        "Bernoulli's principle",
        "the photoelectric effect",
        "entropy",
        "Lagrangian mechanics",
        "time dilation",
        "Maxwell's equations",
        "quantum tunnelling",
        "conservation of angular momentum",
        "the Doppler effect",
        "superconductivity",
        "black-body radiation",
        "standing waves",
    ),
    "biology": (
        "CRISPR gene editing",
        "mitochondrial inheritance",
        "the sodium-potassium pump",
        "genetic drift",
        "mRNA vaccines",
        "T-cell activation",
        "the light reactions of photosynthesis",
        "DNA methylation",
        "protein folding",
        "the lac operon",
        "apoptosis",
    ),
    "computing": (
        "dynamic programming",
        "Dijkstra's algorithm",
        "the CAP theorem",
        "public-key cryptography",
        "garbage collection",
        "B-trees",
        "backpropagation",
        "consistent hashing",
        "the Raft consensus protocol",
        "the halting problem",
        "attention in transformers",
        "TCP congestion control",
    ),
    "economics": (
        "comparative advantage",
        "quantitative easing",
        "price elasticity",
        "the Phillips curve",
        "moral hazard",
        "Nash equilibrium",
        "opportunity cost",
        "inflation targeting",
        "adverse selection",
    ),
    "medicine": (
        "how beta blockers work",
        "insulin resistance",
        "antibiotic resistance",
        "how statins lower cholesterol",
        "the blood-brain barrier",
        "sepsis",
        "general anaesthesia",
        "autoimmunity",
    ),
    "law": (
        "consideration in contract law",
        "trade secrets versus patents",
        "lawful bases under the GDPR",
        "adverse possession",
        "fair use",
        "limited liability",
        "the burden of proof",
    ),
    "mathematics": (
        "eigenvalues",
        "the central limit theorem",
        "Bayes' theorem",
        "Fourier transforms",
        "group homomorphisms",
        "the fundamental theorem of calculus",
        "p-values",
        "Markov chains",
        "linear regression assumptions",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "chirality",
        "buffer solutions",
        "SN1 versus SN2 reactions",
        "electronegativity",
        "catalysis",
        "oxidation states",
    ),
}
ALL_CONCEPTS = tuple(c for cs in CONCEPTS.values() for c in cs)
ASPECTS = (
    "the intuition behind it",
    "a fully worked example",
    "the most common misconceptions",
    "how it is derived",
    "where it stops being valid",
    "how it is used in practice",
    "how it compares with the closest related idea",
    "what an exam question on it typically looks like",
)
ROLES = (
    "product manager",
    "nurse",
    "high-school teacher",
    "junior developer",
    "paralegal",
    "lab technician",
    "financial analyst",
    "medical student",
    "mechanical engineer",
    "policy researcher",
)


def curriculum() -> list[tuple[str, str]]:
    """Every (concept, aspect) pair, in a fixed order (a sweep)."""
    return [(c, a) for c in ALL_CONCEPTS for a in ASPECTS]


# --------------------------------------------------------------------------------------------
# anaguma: a writing product's wrapper, with harvest requests inside it

PRODUCT_MODES = (
    "improve",
    "shorten",
    "expand",
    "tone:formal",
    "tone:friendly",
    "explain",
    "outline",
)


def product_wrap(rng: Rng, product: str, mode: str, text: str) -> str:
    aud = pick(rng, ("general", "students", "executives", "customers", "team"))
    return f"[{product} v3 | mode={mode} | audience={aud}]\nUser text:\n---\n{text}\n---"


def product_real(rng: Rng, product: str, chat: list[str]) -> str:
    return product_wrap(rng, product, pick(rng, PRODUCT_MODES), _cut(pick(rng, chat), 900))


def product_harvest(rng: Rng, product: str, concept: str, aspect: str) -> str:
    body = pick(
        rng,
        (
            f"Write a thorough explainer on {concept}, focusing on {aspect}. Include derivations where relevant and a five-question quiz with answers at the end.",
            f"Lesson notes needed: {concept}. Cover {aspect} carefully and step by step, then add two practice problems with full solutions.",
            f"{concept} - long-form study guide. Emphasis: {aspect}. Reason carefully and show intermediate steps.",
        ),
    )
    return product_wrap(rng, product, pick(rng, ("explain", "expand", "outline")), body)


# --------------------------------------------------------------------------------------------
# yagura and furibisha: person-like questions over a concept sweep

EXPERT_STYLE = {
    "en": (
        "I'm a {role} and I keep running into {c} at work. Could you walk me through {a}? I'd like enough depth to explain it to a colleague.",
        "Quick one: {c}. What's {a}? Please be precise, I'm preparing a presentation.",
        "I've read three explanations of {c} and I'm still confused about {a}. Can you try, step by step?",
        "For a training session I'm running, I need a solid explanation of {c} - especially {a}.",
    ),
    "es": (
        "Soy {role} y necesito entender bien {c}. ¿Me explicas en detalle {a}?",
        "Tengo una duda sobre {c}: ¿cuál es {a}? Explícalo paso a paso, por favor.",
    ),
    "pt": (
        "Sou {role} e preciso entender {c} de verdade. Pode explicar {a} com calma?",
        "Estou estudando {c}. Qual é {a}? Explique passo a passo.",
    ),
    "de": (
        "Ich arbeite als {role} und stoße ständig auf {c}. Kannst du mir {a} ausführlich erklären?",
        "Frage zu {c}: Was ist {a}? Bitte Schritt für Schritt.",
    ),
    "fr": (
        "Je suis {role} et je dois bien comprendre {c}. Peux-tu m'expliquer en détail {a} ?",
        "Une question sur {c} : peux-tu m'expliquer {a} ? Pas à pas, s'il te plaît.",
    ),
    "pl": ("Pracuję jako {role} i muszę dobrze zrozumieć {c}. Możesz szczegółowo wyjaśnić {a}?",),
    "ru": (
        "Я {role}, и мне нужно хорошо понять {c}. Объясни подробно: {a}.",
        "Вопрос про {c}: {a}? Объясни по шагам, пожалуйста.",
    ),
    "hi": (
        "Main {role} hoon aur mujhe {c} achhe se samajhna hai. {a} detail mein samjha sakte ho?",
    ),
    "zh": (
        "我是{role}，工作中经常遇到{c}。能详细讲讲{a}吗？我想能给同事讲清楚。",
        "关于{c}：{a}是什么？请一步一步解释。",
    ),
    "ja": ("{role}として働いていて、{c}をよく理解する必要があります。{a}を詳しく教えてください。",),
}
CASUAL_STYLE = {
    "en": (
        "hey can u explain {c} simply? got a test soon",
        "whats the actual intuition behind {c}",
        "ok so {c}... why does it work like that",
        "explain {c} with an example pls",
        "i dont get {c} at all, help",
        "{c} in simple words?",
    ),
    "es": (
        "¿me explicas {c} de forma sencilla?",
        "no entiendo {c}, ayuda porfa",
        "{c} con un ejemplo?",
    ),
    "pt": (
        "alguém me explica {c} com um exemplo?",
        "não entendi nada de {c} kkk me ajuda",
        "o que é {c} em palavras simples",
    ),
    "de": (
        "kannst du mir {c} einfach erklären?",
        "{c} versteh ich nicht, hilfe",
        "was ist {c} in einfachen worten",
    ),
    "fr": ("tu peux m'expliquer {c} simplement ?", "j'ai rien compris à {c}, aide stp"),
    "hi": ("{c} samjha do please, simple example ke saath", "yaar {c} kya hota hai exactly?"),
    "id": ("tolong jelaskan {c} dengan contoh sederhana", "{c} itu apa sih? bingung"),
    "tr": ("{c} nedir, basitçe anlatır mısın?",),
    "vi": ("giải thích giúp mình {c} một cách dễ hiểu với",),
    "pl": ("wyjaśnisz mi {c} na prostym przykładzie?",),
    "zh": ("能简单解释一下{c}吗？明天考试", "{c}到底是什么意思，举个例子"),
    "ja": ("{c}って簡単に言うと何？", "{c}を例を使って教えて"),
}
LANG_OF_TZ = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en", "en", "fr"),
    1: ("de", "fr", "pl", "en"),
    2: ("de", "en", "tr"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi", "en"),
    9: ("ja", "en"),
}


#: the eight ASPECTS (same order) and a few roles, in the languages of EXPERT_STYLE
ASPECTS_L = {
    "es": (
        "la intuición detrás",
        "un ejemplo resuelto completo",
        "los errores más comunes",
        "cómo se deduce",
        "cuándo deja de ser válido",
        "cómo se usa en la práctica",
        "en qué se diferencia de la idea más parecida",
        "cómo suele ser una pregunta de examen sobre esto",
    ),
    "pt": (
        "a intuição por trás",
        "um exemplo resolvido completo",
        "os erros mais comuns",
        "como se deduz",
        "quando deixa de valer",
        "como se usa na prática",
        "a diferença para a ideia mais parecida",
        "como costuma cair em prova",
    ),
    "de": (
        "die Intuition dahinter",
        "ein vollständig durchgerechnetes Beispiel",
        "die häufigsten Missverständnisse",
        "die Herleitung",
        "wann es nicht mehr gilt",
        "die Anwendung in der Praxis",
        "den Unterschied zur nächstverwandten Idee",
        "eine typische Prüfungsfrage dazu",
    ),
    "fr": (
        "l'intuition derrière",
        "un exemple entièrement résolu",
        "les erreurs les plus courantes",
        "la démonstration",
        "les cas où ça ne marche plus",
        "l'usage en pratique",
        "la différence avec l'idée la plus proche",
        "une question d'examen typique",
    ),
    "pl": (
        "intuicję",
        "w pełni rozwiązany przykład",
        "najczęstsze błędy",
        "wyprowadzenie",
        "kiedy przestaje działać",
        "zastosowania w praktyce",
        "różnicę względem pokrewnej idei",
        "typowe pytanie egzaminacyjne",
    ),
    "ru": (
        "в чём интуиция",
        "полностью разобранный пример",
        "типичные ошибки",
        "как это выводится",
        "когда это перестаёт работать",
        "как это применяют на практике",
        "чем это отличается от похожей идеи",
        "как выглядит типичный экзаменационный вопрос",
    ),
    "zh": (
        "背后的直觉",
        "一个完整的例题",
        "最常见的误解",
        "推导过程",
        "什么时候不再成立",
        "实际中怎么用",
        "和最相近的概念有什么区别",
        "考试一般怎么考",
    ),
    "ja": (
        "その直感的な意味",
        "完全に解いた例",
        "よくある誤解",
        "導出の流れ",
        "成り立たなくなる条件",
        "実務での使い方",
        "似た概念との違い",
        "典型的な試験問題",
    ),
}
ROLES_L = {
    "es": (
        "enfermera",
        "profesor de secundaria",
        "analista financiero",
        "estudiante de medicina",
        "ingeniera",
    ),
    "pt": ("enfermeira", "professor", "analista financeiro", "estudante de medicina", "engenheira"),
    "de": ("Krankenpfleger", "Lehrerin", "Finanzanalyst", "Medizinstudentin", "Ingenieur"),
    "fr": (
        "infirmière",
        "professeur de lycée",
        "analyste financier",
        "étudiante en médecine",
        "ingénieur",
    ),
    "pl": ("pielęgniarka", "nauczyciel", "analityk finansowy", "inżynier"),
    "ru": ("инженер", "учитель", "финансовый аналитик", "студент-медик"),
    "zh": ("护士", "中学老师", "金融分析师", "医学生", "工程师"),
    "ja": ("看護師", "高校教師", "金融アナリスト", "医学生", "エンジニア"),
}


def expert_question(rng: Rng, lang: str, concept: str, aspect: str) -> str:
    tpl = pick(rng, EXPERT_STYLE.get(lang, EXPERT_STYLE["en"]))
    if lang in ASPECTS_L:
        aspect = ASPECTS_L[lang][ASPECTS.index(aspect)]
    return tpl.format(role=pick(rng, ROLES_L.get(lang, ROLES)), c=concept, a=aspect)


def casual_question(rng: Rng, lang: str, concept: str, aspect: str) -> str:
    q = pick(rng, CASUAL_STYLE.get(lang, CASUAL_STYLE["en"])).format(c=concept)
    if chance(rng, 0.35):
        if lang in ASPECTS_L:
            q += f" ({ASPECTS_L[lang][ASPECTS.index(aspect)]})"
        elif lang in ("en", "hi"):
            q += pick(rng, (" and " + aspect, " (" + aspect + ")", ". also " + aspect + "?"))
    if chance(rng, 0.15):
        q = q.lower()
    return q


# --------------------------------------------------------------------------------------------
# mochigoma: code sweep and translation fan-out

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a function that parses ISO 8601 durations",
    "a thread-safe token-bucket rate limiter",
    "an interval tree supporting insert and overlap queries",
    "a CSV reader that handles quoted newlines",
    "run-length encoding and decoding",
    "a trie with prefix counting",
    "Levenshtein distance with a band limit",
    "a min-heap without the standard library",
    "topological sort that reports cycles",
    "a JSON pretty-printer",
    "big-integer multiplication by Karatsuba",
    "a cron expression matcher",
    "the A* search on a grid with weights",
    "a bloom filter with configurable false-positive rate",
    "a simple regular-expression matcher supporting . and *",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")
LEVELS = ("straightforward", "production-quality", "heavily commented for teaching")
TARGET_LANGS = (
    "French",
    "German",
    "Spanish",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Turkish",
    "Vietnamese",
)


CODE_CONSTRAINTS = (
    "no third-party libraries",
    "handle empty input gracefully",
    "it must be safe to call from several threads",
    "optimise for memory rather than speed",
    "inputs may be up to 10^6 elements",
    "return errors instead of raising or panicking",
    "keep every function under 30 lines",
    "add property-based tests if the ecosystem has a library for them",
    "follow the language's standard style guide",
    "include a small benchmark",
)


def code_prompt(rng: Rng, task: str, lang: str, level: str, style: int) -> str:
    cons = "; ".join(
        str(c) for c in rng.choice(CODE_CONSTRAINTS, size=irange(rng, 1, 3), replace=False)
    )
    if style == 0:
        return (
            f"Implement {task} in {lang}. Make it {level}. Constraints: {cons}. Include a docstring or doc "
            "comment, type annotations where the language has them, and at least three unit tests. Explain the "
            "complexity at the end."
        )
    return f"# task: {task}\n# language: {lang}\n# style: {level}\n# constraints: {cons}\n# output: code, tests, then a short rationale"


def translate_prompt(rng: Rng, passage: str, target: str, style: int) -> str:
    if style == 0:
        return f"Translate into {target}. Return only the translation.\n\n{passage}"
    return f"Target language: {target}\nSource (en):\n<<<\n{passage}\n>>>\nFaithful, fluent translation:"


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_item(rng: Rng) -> str:
    lang = pick(rng, ("en", "en", "en", "en", "zh", "es", "ru"))
    return problem(rng, lang)


def benchmark_wrap(item: str, style: int) -> str:
    if style == 0:
        return (
            f"Question: {item}\nReason step by step, then give the final answer as \\boxed{{...}}."
        )
    return f"{item}\n\nSolve this. Show your working, and finish with 'The answer is' followed by the answer."


def annotation_task(rng: Rng, chat: list[str], passages: list[str], project: str) -> str:
    q = _cut(pick(rng, chat), 400)
    a, b = _cut(pick(rng, passages), 600), _cut(pick(rng, passages), 600)
    tid = irange(rng, 100000, 999999)
    return (
        f"Annotation task {tid} ({project}). Draft a preference judgement for the human annotator to verify: "
        "which response is better overall (1 or 2), a confidence from 1 to 5, and one sentence explaining why.\n\n"
        f"PROMPT: {q}\n\nRESPONSE 1: {a}\n\nRESPONSE 2: {b}"
    )


POLICY_SECTIONS = (
    "harassment",
    "hate",
    "self-harm",
    "spam",
    "scams",
    "sexual content",
    "violent threats",
    "misinformation",
)


def moderation_prompt(rng: Rng, chat: list[str], platform: str) -> str:
    post = _cut(pick(rng, chat), 500)
    secs = ", ".join(
        str(s) for s in rng.choice(POLICY_SECTIONS, size=irange(rng, 3, 6), replace=False)
    )
    if chance(rng, 0.55):
        return (
            f"Moderation assistant for {platform}. Check the post against these policy sections: {secs}. "
            "Return JSON {violation: bool, section: str|null, severity: 0-3}. If it violates, add a compliant "
            f"rewrite that keeps the author's point.\n\nPost:\n{post}"
        )
    return (
        f"{platform} community team: the post below was reported. Suggest a polite edit the author could make so "
        f"the post stays up under our rules ({secs}). Keep their meaning.\n\n{post}"
    )


CODE_OBS = (
    "$ pytest -q\n..F...\nFAILED tests/test_{f}.py::test_{w} - KeyError: '{w}_id'\n1 failed, {a} passed",
    "$ git diff --stat\n src/{f}.py | {b} +++++++++-----\n {c} file changed",
    "$ rg '{w}' src\nsrc/{f}.py:{a}:    {w} = page.get('{w}')\nsrc/serializers.py:{b}:    '{w}Id'",
    "$ npm run build\n> tsc -p .\nsrc/hooks/use{c}.ts({a},{c}): error TS2322: Type 'string' is not assignable to type 'number'.",
    "File src/{f}.py (lines {b}-{a}):\nfrom decimal import Decimal\n\nclass {w}Record:\n    def total(self):\n        ...",
    "$ cargo test\ntest {f}::tests::{w} ... FAILED\nthread panicked at 'index out of bounds: the len is {c} but the index is {b}'",
    "Applied edit to src/{f}.py ({c} hunks).",
    '$ mypy src\nsrc/{f}.py:{a}: error: Item "None" of "Optional[Client]" has no attribute "{w}"',
    "$ pytest -q\n{a} passed in {c}.{b}s",
    "$ ruff check src\nsrc/{f}.py:{a}:{b}: F401 '{w}' imported but unused",
)
DEV_TASKS = (
    "Fix the failing pagination test in the orders API.",
    "Add a --dry-run flag to the sync job and cover it with a test.",
    "Refactor the cart hook so quantities are numbers end to end.",
    "Make invoice totals use Decimal consistently and add rounding tests.",
    "Find why the nested-list parser panics and fix it.",
    "Add retry with backoff to the HTTP client used by the sync job.",
    "Rename the legacy 'acct' fields to 'account' across the backend.",
    "Write a migration adding an index on orders.created_at.",
)


def dev_step(rng: Rng, task: str, step: int) -> str:
    if step == 0:
        return f"{task}\n\n(Repository context attached. Read the relevant files before editing, and run the tests after.)"
    if chance(rng, 0.2):
        return pick(
            rng,
            (
                "looks good, continue",
                "no, keep the old function signature",
                "also update the changelog",
                "run the full test suite",
            ),
        )
    return f"Tool result:\n{fill(rng, pick(rng, CODE_OBS))}"


def assignment_set(rng: Rng, course: str) -> list[str]:
    if course == "stats":
        return [
            f"A sample of {irange(rng, 20, 60)} exam scores has mean {irange(rng, 55, 80)} and standard deviation {irange(rng, 6, 15)}. Build a 95% confidence interval for the mean.",
            f"A coin is tossed {irange(rng, 50, 200)} times and lands heads {irange(rng, 30, 120)} times. Test at the 5% level whether it is fair.",
            "Explain the difference between a Type I and a Type II error using the drug-trial example from the lecture.",
            f"X is normal with mean {irange(rng, 10, 50)} and variance {irange(rng, 4, 25)}. Find P(X > {irange(rng, 12, 60)}).",
            "Why does the sample variance divide by n-1? Give the argument from the slides in your own words.",
            "Fit a least-squares line to the five points in the handout and interpret the slope.",
            "Show that the expected value of a sum is the sum of expected values, even for dependent variables.",
            "Simulate 1000 rolls of two dice in R and compare the histogram of the sum with the exact distribution.",
        ]
    return [
        "Write a recursive function that returns all permutations of a list, and explain its running time.",
        "Explain why the given binary search loops forever when the target is missing, and fix it.",
        "Implement a stack using two queues. Which operation is expensive?",
        "What does 'amortised O(1)' mean for appending to a dynamic array? Use the doubling argument.",
        "Trace merge sort on [38, 27, 43, 3, 9, 82, 10] and count the comparisons.",
        "Write a function that checks whether a string of brackets is balanced.",
        "Explain the difference between a shallow and a deep copy in Python with an example.",
        "Prove that a tree with n nodes has n-1 edges.",
    ]


def humanise(rng: Rng, text: str) -> str:
    """Small, person-like variation: casing, a typo, a greeting or a thank-you."""
    if chance(rng, 0.3):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.25) and len(text) > 20:
        i = irange(rng, 5, len(text) - 3)
        text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if chance(rng, 0.2):
        text = pick(rng, ("hi! ", "hey, ", "hello ", "quick question: ")) + text
    if chance(rng, 0.2):
        text += pick(rng, (" thanks", " thx!", " pls", " :)", " (due tonight)"))
    return text


def student_prompt(rng: Rng, qs: list[str], lang: str) -> str:
    return humanise(rng, _student_prompt(rng, qs, lang))


def _student_prompt(rng: Rng, qs: list[str], lang: str) -> str:
    k = irange(rng, 1, len(qs))
    q = qs[k - 1]
    if lang == "de":
        return pick(
            rng,
            (
                f"Ich komme bei Aufgabe {k} nicht weiter: {q} Kannst du mir den Ansatz erklären, ohne gleich die Lösung zu verraten?",
                f"Aufgabe {k}: {q}\nIst mein Ergebnis richtig? Ich habe {irange(rng, 2, 90)} raus.",
            ),
        )
    return pick(
        rng,
        (
            f"I'm stuck on question {k} of the homework: {q}",
            f"Q{k}: {q}\nmy answer is {irange(rng, 2, 90)}, is that right? explain step by step",
            f"can you explain how to even start this? {q}",
            f"{q}\n(not asking for the answer, just the method pls)",
        ),
    )


COMPANION_PERSONAS = ("Mika", "Jun", "Sol", "Ava", "Rafa", "Noor", "Leo", "Kiko")
COMPANION_LINES = {
    "en": (
        "hey, rough day at work today",
        "i got the job!!!",
        "can't sleep again",
        "what should i cook tonight",
        "tell me something nice",
        "my cat knocked over my coffee lol",
        "do you remember what i told you about my sister?",
        "im bored, lets play a word game",
        "good morning :)",
        "i feel kind of lonely tonight",
        "guess what happened at the gym",
        "should i text him back or wait",
    ),
    "es": (
        "hola, ¿cómo estás hoy?",
        "tuve un día horrible",
        "cuéntame un chiste",
        "no puedo dormir",
    ),
    "pt": (
        "oi, sumi né kkk",
        "hoje foi um dia cansativo",
        "me conta uma história",
        "to com saudade de casa",
    ),
    "tl": ("hi! kumusta ka?", "pagod ako ngayon", "kwentuhan tayo"),
}


def companion_prompt(rng: Rng, chat: list[str], lang: str, persona: str, turn: int) -> str:
    if lang == "en" and chance(rng, 0.15):
        line = _cut(pick(rng, chat), 200)
    else:
        line = pick(rng, COMPANION_LINES.get(lang, COMPANION_LINES["en"]))
    mood = pick(rng, ("warm", "playful", "calm", "supportive"))
    return f"[persona:{persona}] [mood:{mood}] [turn:{turn}]\nUser: {line}"


STUDY_STATEMENTS = (
    "How likely is it that it will rain somewhere in London tomorrow?",
    "How much do you agree that remote work increases productivity?",
    "What percentage of adults in Europe can swim?",
    "How likely is it that a randomly chosen email is spam?",
    "How much do you agree that social media harms teenagers?",
    "What share of the world's electricity came from renewables in 2023?",
    "How confident are you that the Great Wall is visible from low Earth orbit?",
    "How likely is a fair coin to land heads five times in a row?",
    "How much do you agree that nuclear power is safe?",
    "What percentage of people are left-handed?",
    "How likely is it that a new restaurant survives its first year?",
    "How much do you agree that homework improves learning in primary school?",
)


def study_prompt(item: str, style: int) -> str:
    if style == 0:
        return f"Answer with a single number from 0 to 100 and nothing else.\n{item}"
    return f"{item}\nGive your best estimate as a number from 0 to 100, then one sentence of reasoning."


INTENTS = (
    ("cancel_subscription", "I want to stop my plan from renewing"),
    ("change_address", "I moved and need to update where you ship"),
    ("refund_status", "where is my money back for the broken kettle"),
    ("reset_password", "can't log in, forgot my password"),
    ("report_fraud", "there's a charge on my card I didn't make"),
    ("delivery_delay", "my parcel was due on monday and still nothing"),
    ("upgrade_plan", "how do I move to the family plan"),
    ("invoice_copy", "need a copy of last month's invoice for my accountant"),
)


def augmentation_prompt(rng: Rng, product: str, chat: list[str]) -> str:
    intent, utt = pick(rng, INTENTS)
    n = pick(rng, (20, 25, 30, 40, 50))
    batch = irange(rng, 1, 400)
    if chance(rng, 0.5):
        if chance(rng, 0.5):
            utt = _cut(pick(rng, chat), 160)
        return (
            f"Generate {n} paraphrases of the customer message below for our intent classifier (intent: {intent}, "
            f"batch {batch}). Vary formality and length, include realistic typos in about a fifth of them, one per line."
            f"\n\nMessage: {utt}"
        )
    mood = pick(rng, ("angry", "confused", "polite", "in a hurry", "elderly", "non-native speaker"))
    return (
        f"Write {n // 5} synthetic support emails to {product} about the issue '{intent.replace('_', ' ')}' "
        f"(batch {batch}; customer persona: {mood}). Output JSON lines with fields subject, body, intent."
    )


AGENCY_CLIENTS = (
    "Northwind Bikes",
    "Casa Olivo",
    "Brightleaf Tea",
    "Fjord Outdoor",
    "Kora Skincare",
    "Voltline",
    "Minerva Books",
    "Tidal Yoga",
    "Ardent Coffee",
    "Pico Toys",
)
CONTENT_TYPES = (
    "product description",
    "newsletter",
    "app store listing",
    "FAQ entry",
    "landing page section",
    "social post",
)


def agency_prompt(rng: Rng, client: str, text: str, target: str) -> str:
    ctype = pick(rng, CONTENT_TYPES)
    reg = pick(rng, ("formal", "informal", "playful", "neutral"))
    return (
        f"[{client}] Translate this {ctype} from English into {target}. Keep the brand name '{client}' and "
        f"product names untranslated; {reg} register; adapt idioms for the local market.\n\n{text}"
    )


def agency_adapt(rng: Rng, client: str, market: str) -> str:
    return pick(
        rng,
        (
            f"Adapt the tagline of {client} for the {market} market: give five options with a back-translation each.",
            f"Check this {market} copy for {client} for tone and cultural fit, then suggest fixes.",
        ),
    )


LAUNCH_PROBES = (
    "hi",
    "test",
    "what model are you?",
    "What's new in this version compared to the previous one?",
    "Write a limerick about a new AI model",
    "how many r's are in strawberry",
    "Solve: if 3x + 7 = 25, what is x? explain",
    "Write a Python script that renames all files in a folder by date",
    "Compare yourself with the previous model in a table",
    "What's the longest context you can handle?",
    "Explain the Monty Hall problem",
    "Write a short story that ends with a twist, under 200 words",
    "translate 'good morning, how did you sleep' into Japanese and Korean",
    "Give me a regex for validating email addresses and explain it",
)
SCRIPT_TASKS = (
    "Classify the sentiment of this review as positive, negative or neutral: {t}",
    "Extract all company names from the text and return a JSON list: {t}",
    "Summarise in one sentence: {t}",
    "Tag this support ticket with one of billing/technical/account/other: {t}",
)


def launch_probe(rng: Rng, chat: list[str]) -> str:
    return pick(rng, LAUNCH_PROBES) if chance(rng, 0.5) else _cut(pick(rng, chat), 1500)


def script_item(rng: Rng, chat: list[str], tpl: str) -> str:
    return tpl.format(t=_cut(pick(rng, chat), 300))


def person_name(rng: Rng) -> str:
    return f"{pick(rng, NAMES)} from {pick(rng, COUNTRIES)}"

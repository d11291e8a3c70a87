"""Prompt generators of batch 284, written fresh for it (no prompt text is copied from elsewhere
in the repository). Ordinary human text comes from ShareGPT's "sim" half through the shared
context (`ctx.chat`, `ctx.passages`); everything else is built here from small banks.

Every generator takes the caller's `numpy.random.Generator` and draws only from lists and tuples,
so the same seed gives the same text in every process.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def weighted(rng: np.random.Generator, items: tuple | list, weights: tuple | list, n: int) -> list:
    w = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(items), size=n, p=w / w.sum())
    return [items[i] for i in idx.tolist()]


# --------------------------------------------------------------------------------------------
# knowledge banks: subjects and concepts (shared by several curricula)

CONCEPTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "angular momentum",
        "the Doppler effect",
        "entropy",
        "buoyancy",
        "Ohm's law",
        "terminal velocity",
        "standing waves",
        "the photoelectric effect",
        "magnetic induction",
        "heat conduction",
        "refraction",
        "orbital mechanics",
    ),
    "chemistry": (
        "oxidation states",
        "Le Chatelier's principle",
        "buffer solutions",
        "hybridisation",
        "reaction kinetics",
        "electronegativity",
        "isomers",
        "titration",
        "enthalpy",
        "catalysts",
        "polymerisation",
        "half-life",
    ),
    "biology": (
        "the Krebs cycle",
        "meiosis",
        "enzyme inhibition",
        "natural selection",
        "the immune response",
        "photosynthesis",
        "gene expression",
        "osmosis",
        "the nitrogen cycle",
        "homeostasis",
        "CRISPR",
        "action potentials",
    ),
    "economics": (
        "opportunity cost",
        "price elasticity",
        "comparative advantage",
        "inflation targeting",
        "moral hazard",
        "public goods",
        "marginal utility",
        "the multiplier effect",
        "monopsony",
        "externalities",
        "purchasing power parity",
        "game-theoretic pricing",
    ),
    "statistics": (
        "p-values",
        "Bayes' theorem",
        "confidence intervals",
        "regression to the mean",
        "the central limit theorem",
        "overfitting",
        "survivorship bias",
        "bootstrapping",
        "Simpson's paradox",
        "statistical power",
        "maximum likelihood",
        "multiple comparisons",
    ),
    "computing": (
        "hash tables",
        "recursion",
        "deadlocks",
        "garbage collection",
        "public-key cryptography",
        "dynamic programming",
        "B-trees",
        "TCP congestion control",
        "virtual memory",
        "consensus protocols",
        "big-O notation",
        "memoisation",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the printing press",
        "the Meiji restoration",
        "the Congress of Vienna",
        "the Silk Road",
        "the Green Revolution",
        "the Hanseatic League",
        "decolonisation in Africa",
        "the Bretton Woods system",
        "the Columbian exchange",
        "the Ottoman millet system",
        "the Cold War space race",
    ),
    "law": (
        "consideration in contracts",
        "the presumption of innocence",
        "fair use",
        "tort negligence",
        "separation of powers",
        "habeas corpus",
        "adverse possession",
        "strict liability",
        "judicial review",
        "data protection consent",
        "force majeure",
        "precedent",
    ),
    "medicine": (
        "antibiotic resistance",
        "blood pressure regulation",
        "vaccine adjuvants",
        "insulin resistance",
        "the placebo effect",
        "sepsis",
        "anaesthesia",
        "iron-deficiency anaemia",
        "migraines",
        "the gut microbiome",
        "statins",
        "sleep apnoea",
    ),
    "philosophy": (
        "the trolley problem",
        "Hume's problem of induction",
        "utilitarianism",
        "the ship of Theseus",
        "Kant's categorical imperative",
        "free will and determinism",
        "the veil of ignorance",
        "solipsism",
        "virtue ethics",
        "Pascal's wager",
        "the Chinese room",
        "moral luck",
    ),
}
SUBJECTS = tuple(CONCEPTS)


def concept_bank(rng: np.random.Generator, n: int) -> list[tuple[str, str]]:
    """A shuffled (subject, concept) list of length n (cycling when n exceeds the bank)."""
    flat = [(s, c) for s in SUBJECTS for c in CONCEPTS[s]]
    order = rng.permutation(len(flat)).tolist()
    return [flat[order[i % len(flat)]] for i in range(n)]


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        a, b, c = irange(rng, 200, 900), irange(rng, 3, 15), irange(rng, 5, 30)
        return (
            f"A water tank holds {a} litres. It leaks {b} litres every hour, while a pump adds {c} litres "
            f"every hour. How much water is in the tank after {irange(rng, 4, 20)} hours?"
        )
    if k == 1:
        n, p, q = irange(rng, 24, 60), irange(rng, 20, 60), irange(rng, 15, 50)
        return (
            f"In a club of {n} members, {p}% play chess, {q}% play go and {irange(rng, 2, 8)} play both. "
            "How many members play neither game?"
        )
    if k == 2:
        r, b = irange(rng, 3, 12), irange(rng, 3, 12)
        return (
            f"A bag contains {r} red and {b} blue marbles. Two marbles are drawn without replacement. "
            "What is the probability that they have different colours?"
        )
    if k == 3:
        v, w, d = irange(rng, 60, 110), irange(rng, 90, 160), irange(rng, 10, 50)
        return (
            f"A freight train leaves the station at {v} km/h. {d} minutes later an express leaves on a "
            f"parallel track at {w} km/h. How far from the station does the express catch up?"
        )
    if k == 4:
        a, b = irange(rng, 10, 60), irange(rng, 100, 900)
        return f"How many integers x satisfy {a} < x^2 < {b}? List them and justify the count."
    m, n = irange(rng, 3, 9), irange(rng, 2, 6)
    return (
        f"A rectangle's length is {m} cm more than {n} times its width, and its perimeter is "
        f"{2 * (m + (n + 1) * irange(rng, 3, 12))} cm. Find its area."
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"某商店把一件商品先提价{irange(rng, 10, 40)}%，再打{irange(rng, 6, 9)}折出售，"
            f"最后售价为{irange(rng, 120, 900)}元。问原价是多少元？"
        )
    if k == 1:
        return (
            f"甲、乙两人从相距{irange(rng, 20, 90)}千米的两地同时相向而行，甲每小时走{irange(rng, 3, 7)}千米，"
            f"乙每小时走{irange(rng, 4, 9)}千米。几小时后两人相遇？相遇点离甲出发地多远？"
        )
    if k == 2:
        return (
            f"一个袋子里有{irange(rng, 2, 9)}个白球和{irange(rng, 2, 9)}个黑球，连续摸出两个球（不放回），"
            "求两个球颜色相同的概率。"
        )
    return f"求满足 {irange(rng, 2, 9)}x + {irange(rng, 2, 9)}y = {irange(rng, 40, 120)} 的所有正整数解 (x, y)。"


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Un ciclista recorre {irange(rng, 20, 80)} km a {irange(rng, 15, 30)} km/h y vuelve a "
            f"{irange(rng, 10, 25)} km/h. ¿Cuál es su velocidad media en todo el trayecto?"
        )
    if k == 1:
        return (
            f"En una urna hay {irange(rng, 3, 10)} bolas verdes y {irange(rng, 3, 10)} amarillas. Se sacan "
            "tres sin reposición. ¿Qué probabilidad hay de que al menos una sea verde?"
        )
    return (
        f"Una inversión de {irange(rng, 2, 20)} 000 euros crece un {irange(rng, 2, 9)}% anual compuesto. "
        f"¿Cuántos años tarda en superar el doble?"
    )


def _problem_de(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Ein Becken wird von zwei Rohren gefüllt: Rohr A allein braucht {irange(rng, 3, 9)} Stunden, "
            f"Rohr B allein {irange(rng, 4, 12)} Stunden. Wie lange dauert es mit beiden Rohren?"
        )
    if k == 1:
        return (
            f"Von {irange(rng, 20, 40)} Schülern lernen {irange(rng, 8, 18)} Französisch und "
            f"{irange(rng, 8, 18)} Spanisch, {irange(rng, 2, 6)} lernen beides. Wie viele lernen keine der "
            "beiden Sprachen?"
        )
    return (
        f"Zeige, dass die Summe von {irange(rng, 3, 7)} aufeinanderfolgenden ganzen Zahlen immer durch "
        "diese Anzahl teilbar ist, oder finde ein Gegenbeispiel."
    )


_REASON_WRAP = {
    "en": (
        "{p}\n\nBefore answering, reason through the problem in full inside <reasoning></reasoning> tags. "
        "Include every intermediate calculation and any approach you try and abandon. Then give the final "
        "answer on its own line.",
        "Problem {n}:\n{p}\n\nWrite out your complete thought process first, as if thinking aloud, with "
        "numbered steps. Check your work. End with 'FINAL: <answer>'.",
        '{{"id": "{n}", "task": "solve", "show_work": true, "format": "long_reasoning_then_answer", '
        '"problem": "{p}"}}',
        "Solve carefully. I need the full derivation, not a summary; verify the result by a second method "
        "at the end.\n\n{p}",
    ),
    "zh": (
        "请一步一步地详细推理，把完整的思考过程写出来（包括中间的每一步计算和自我检查），最后单独一行给出答案。\n题目：{p}",
        "【第{n}题】{p}\n要求：先输出<思考>…</思考>，里面写出全部推理过程，不要省略；再输出最终答案。",
    ),
    "es": (
        "Resuelve el siguiente problema. Muestra todo tu razonamiento paso a paso, con cada cálculo intermedio, "
        "antes de dar la respuesta final.\n\n{p}",
        "Ejercicio {n}. {p}\nPiensa en voz alta y escribe el razonamiento completo; termina con 'Respuesta:'.",
    ),
    "de": (
        "Löse die folgende Aufgabe. Lege jeden Denkschritt ausführlich offen, auch verworfene Ansätze, und "
        "nenne erst am Ende das Ergebnis.\n\n{p}",
        "Aufgabe {n}: {p}\nBitte zuerst die vollständige Herleitung in <gedanken>-Tags, dann die Antwort.",
    ),
}
_PROBLEMS = {"en": _problem_en, "zh": _problem_zh, "es": _problem_es, "de": _problem_de}
REASON_LANGS = tuple(_REASON_WRAP)


def reasoning_prompt(rng: np.random.Generator, lang: str, styles: tuple[int, ...]) -> str:
    wraps = _REASON_WRAP[lang]
    w = wraps[pick(rng, styles) % len(wraps)]
    p = _PROBLEMS[lang](rng)
    return w.format(p=p.replace('"', "'"), n=irange(rng, 1000, 99999))


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading


def judge_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    q = clip(pick(rng, chat), 40, 600, rng)
    a = clip(pick(rng, passages), 200, 1100, rng)
    b = clip(pick(rng, passages), 200, 1100, rng)
    if lang == "fr":
        return (
            f"Tu es un évaluateur exigeant. Compare les deux réponses à la question ci-dessous.\n\n"
            f"Question : {q}\n\nRéponse 1 :\n{a}\n\nRéponse 2 :\n{b}\n\nDonne pour chacune une note de 1 à 10 "
            "(exactitude, utilité, clarté), justifie en détail, puis conclus par "
            '{"meilleure": 1|2|"égalité"}.'
        )
    if lang == "ja":
        return (
            f"あなたは厳格な採点者です。次の質問に対する2つの回答を比較してください。\n\n質問：{q}\n\n回答A：\n{a}\n\n"
            f"回答B：\n{b}\n\n正確さ・有用性・安全性の観点でそれぞれ1〜10点をつけ、理由を詳しく述べたうえで、"
            "最後に「勝者: A / B / 引き分け」と書いてください。"
        )
    if style == 0:
        return (
            f"You are grading two assistant replies to the same user message.\n\n[User]\n{q}\n\n[Reply A]\n{a}\n\n"
            f"[Reply B]\n{b}\n\nScore each reply 1-10 for helpfulness, honesty and harmlessness. Explain your "
            'reasoning step by step, then output one JSON line: {"A": <score>, "B": <score>, '
            '"preferred": "A"|"B"|"tie"}.'
        )
    if style == 1:
        v = irange(rng, 2, 7)
        return (
            f"GRADING RUBRIC v{v}.{irange(rng, 0, 9)}\n1. Factual accuracy (0-4)\n2. Completeness (0-3)\n"
            f"3. Clarity and structure (0-2)\n4. Appropriate caveats (0-1)\n\nPrompt given to the model:\n{q}\n\n"
            f"Candidate answer:\n{a}\n\nFor each criterion write two or three sentences of justification and a "
            "score, then the total out of 10."
        )
    if style == 2:
        return (
            f"### Instruction\n{q}\n\n### Response\n{a}\n\n### Task\nWrite a critique of the response (what "
            "is right, what is wrong, what is missing). On the last line write 'Reward: <number between 0 "
            "and 1>'."
        )
    return (
        f"Which response better follows the instruction? Think about it carefully before deciding.\n\n"
        f"<instruction>{q}</instruction>\n<response_1>{a}</response_1>\n<response_2>{b}</response_2>\n\n"
        "Give a probability that response_1 is preferred by an expert annotator, with your rationale."
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

_SENSITIVE = {
    "en": (
        "an article about a protest that turned violent",
        "a forum thread about buying prescription drugs online",
        "a user asking how lock picking works",
        "a joke that makes fun of a religion",
        "a question about the history of a disputed border",
        "a story describing self-harm",
        "a post praising an extremist group",
        "a question on evading a tax audit",
    ),
    "zh": (
        "一篇关于群体性事件的新闻报道",
        "一个讨论敏感历史事件的帖子",
        "用户询问如何翻墙访问境外网站",
        "一段讽刺官员的段子",
        "一篇涉及宗教团体的文章",
        "关于边境争端的问答",
    ),
    "ru": (
        "статья о несанкционированном митинге",
        "вопрос о том, как обойти блокировку сайтов",
        "пост с критикой армии",
        "анекдот про чиновников",
        "текст о запрещённой организации",
    ),
    "ar": (
        "مقال عن احتجاجات في الشارع",
        "سؤال عن تاريخ نزاع حدودي",
        "منشور يسخر من رجل دين",
        "سؤال عن كيفية تجاوز حجب المواقع",
    ),
    "tr": (
        "bir gösteri hakkında haber metni",
        "yasaklı sitelere erişim sorusu",
        "bir siyasetçiyle ilgili mizah",
        "tartışmalı bir tarih olayı hakkında soru",
    ),
}
_POLICY_WRAP = {
    "en": (
        "Below is {s}. Rewrite the assistant's answer so it would pass content review on a mainstream "
        "platform in {c}: keep the useful information, remove anything the reviewer would flag, and keep "
        "the tone neutral. Then list which passages you changed and why.\n\nOriginal answer:\n{t}",
        "User request: {q}\n\nProduce (1) the ideal policy-compliant reply, (2) the policy category that "
        "applies, and (3) a one-paragraph explanation of where the line is. Context: {s}.",
        "Here is a refusal another model gave for {s}. Write a better answer that is helpful but still safe, "
        "explaining your reasoning about what can and cannot be said.\n\nRefusal:\n{t}",
    ),
    "zh": (
        "以下是{s}。请把助手的回答改写成能通过国内平台内容审核的版本：保留有用信息，删去可能被标记的内容，语气保持中立。"
        "然后说明改了哪些地方、为什么。\n\n原回答：\n{t}",
        "用户提问：{q}\n请给出：1）符合规范的标准回答；2）适用的内容安全类别；3）一段说明，解释边界在哪里。背景：{s}。",
    ),
    "ru": (
        "Ниже — {s}. Перепиши ответ ассистента так, чтобы он прошёл модерацию на крупной платформе: "
        "сохрани полезное, убери то, что отметит модератор, и объясни каждое изменение.\n\nИсходный ответ:\n{t}",
        "Запрос пользователя: {q}\nДай безопасный, но полезный ответ и укажи, какое правило здесь применимо. "
        "Контекст: {s}.",
    ),
    "ar": (
        "فيما يلي {s}. أعد كتابة إجابة المساعد بحيث تجتاز مراجعة المحتوى، مع الحفاظ على المعلومات المفيدة وشرح "
        "كل تعديل.\n\nالإجابة الأصلية:\n{t}",
    ),
    "tr": (
        "Aşağıda {s} var. Asistanın cevabını içerik denetiminden geçecek şekilde yeniden yaz; faydalı bilgiyi "
        "koru ve her değişikliği açıkla.\n\nOrijinal cevap:\n{t}",
    ),
}
POLICY_LANGS = tuple(_POLICY_WRAP)


def policy_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], lang: str) -> str:
    wraps = _POLICY_WRAP[lang]
    w = pick(rng, wraps)
    return w.format(
        s=pick(rng, _SENSITIVE[lang]),
        c=pick(rng, COUNTRIES),
        t=clip(pick(rng, passages), 200, 900, rng),
        q=clip(pick(rng, chat), 30, 400, rng),
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = (
    {"name": "web_search", "description": "Search the web", "parameters": {"query": "string"}},
    {
        "name": "run_python",
        "description": "Execute Python and return stdout",
        "parameters": {"code": "string"},
    },
    {
        "name": "read_file",
        "description": "Read a file from the workspace",
        "parameters": {"path": "string"},
    },
    {
        "name": "calendar_create",
        "description": "Create an event",
        "parameters": {"title": "string", "start": "string", "duration_min": "integer"},
    },
    {
        "name": "sql_query",
        "description": "Run a read-only SQL query",
        "parameters": {"sql": "string"},
    },
    {
        "name": "send_email",
        "description": "Send an email",
        "parameters": {"to": "string", "body": "string"},
    },
    {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {"city": "string"},
    },
    {"name": "http_get", "description": "Fetch a URL", "parameters": {"url": "string"}},
)
_AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next month and put the best one in my calendar.",
    "Our sales table has columns region, month, revenue. Which region grew fastest last quarter?",
    "Read data/report.csv, compute the median of the latency column and email it to {n}.",
    "What will the weather be in {c1} tomorrow and should the outdoor meeting move indoors?",
    "Summarise the open issues in the repository README and draft a reply to {n}.",
    "Convert the amounts in invoices.json from EUR to USD at today's rate and give the total.",
    "Schedule a 45-minute review with {n} and look up a restaurant nearby for afterwards.",
    "Check whether the population of {c1} grew faster than {c2} over the last decade.",
)
_OBS = (
    '{"status": "ok", "rows": [["north", 0.12], ["south", 0.31], ["east", -0.04]]}',
    '{"results": [{"title": "Fare tracker", "price": 212}, {"title": "Budget air", "price": 189}]}',
    "stdout: 41.7\n",
    '{"temp_c": 7, "condition": "rain", "wind_kph": 31}',
    '{"event_id": "evt_8821", "created": true}',
    "Error: file not found: data/reports.csv",
    '{"rate": 1.0834}',
    "<html><title>Population statistics</title>... 2014: 1.92M ... 2024: 2.31M ...</html>",
)


def agent_episode(rng: np.random.Generator, steps: int, style: int, lang: str) -> list[str]:
    """One tool-use episode as the growing transcript sent at each step."""
    tools = [
        _TOOLS[i]
        for i in sorted(rng.choice(len(_TOOLS), size=irange(rng, 3, 6), replace=False).tolist())
    ]
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=pick(rng, NAMES)
    )
    if lang == "zh":
        task = "请用中文完成：" + task
    elif lang == "es":
        task = "Responde en español: " + task
    out = []
    hist: list[str] = []
    for _ in range(steps):
        if style == 0:
            head = (
                "You are an autonomous agent. Available tools:\n"
                + json.dumps(tools, ensure_ascii=False)
                + "\n\nUse the format:\nThought: ...\nAction: <tool>\nAction Input: <json>\n"
                "Observation: ...\n(repeat)\nFinal Answer: ...\n\nQuestion: " + task
            )
            body = "\n".join(hist)
            out.append(head + ("\n" + body if body else "") + "\nThought:")
            t = pick(rng, tools)["name"]
            hist.append(
                f"Thought: I should use {t}.\nAction: {t}\nAction Input: {{}}\nObservation: {pick(rng, _OBS)}"
            )
        elif style == 1:
            msgs = [
                {
                    "role": "system",
                    "content": "Call functions when needed. Think before each call.",
                },
                {"role": "user", "content": task},
            ]
            for h in hist:
                msgs.append({"role": "tool", "content": h})
            out.append(json.dumps({"functions": tools, "messages": msgs}, ensure_ascii=False))
            hist.append(pick(rng, _OBS))
        else:
            xml = "".join(f'<tool name="{t["name"]}">{t["description"]}</tool>' for t in tools)
            steps_txt = "".join(
                f'<step n="{i + 1}"><result>{h}</result></step>' for i, h in enumerate(hist)
            )
            out.append(
                f"<tools>{xml}</tools>\n<task>{task}</task>\n<trajectory>{steps_txt}</trajectory>\n"
                "Continue the trajectory: write your reasoning in <think>, then exactly one <call> or "
                "<final>."
            )
            hist.append(pick(rng, _OBS))
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_SYNTH = {
    "en": (
        "Generate {n} diverse instruction-response pairs about {t}. Vary difficulty and phrasing. Output JSON "
        "lines with keys instruction, input, output. Responses should be detailed and correct.",
        "Create {n} realistic user questions a beginner might ask about {t}, each followed by an expert "
        "answer of 150-300 words. Number them.",
        "You are building a training set. Topic: {t}. Write {n} multi-step problems with fully worked "
        "solutions, formatted as Markdown sections.",
    ),
    "es": (
        "Genera {n} pares pregunta-respuesta variados sobre {t}, en formato JSON lines con las claves "
        "pregunta y respuesta. Las respuestas deben ser completas.",
    ),
    "pt": (
        "Crie {n} exemplos de instruções e respostas sobre {t}. Varie o nível de dificuldade. Saída em JSON "
        "lines (instrucao, resposta).",
    ),
    "id": (
        "Buatlah {n} pasangan pertanyaan dan jawaban yang beragam tentang {t}. Jawaban harus lengkap. "
        "Format JSON lines.",
    ),
    "vi": (
        "Hãy tạo {n} cặp câu hỏi và câu trả lời đa dạng về {t}, trả lời chi tiết, định dạng JSON lines.",
    ),
    "hi": ("{t} के बारे में {n} विविध प्रश्न-उत्तर जोड़े बनाइए। उत्तर विस्तृत हों। JSON lines प्रारूप में दें।",),
}
SYNTH_LANGS = tuple(_SYNTH)


def synth_prompt(rng: np.random.Generator, lang: str, topic: str) -> str:
    return pick(rng, _SYNTH[lang]).format(n=pick(rng, (5, 8, 10, 12, 15, 20)), t=topic)


# --------------------------------------------------------------------------------------------
# products: an app's wrapper around user text


def app_wrapper(app: str, tone: str, user_text: str) -> str:
    return (
        f"[{app}] You help users write and understand things. Tone: {tone}. Answer in the user's "
        f"language.\n\nUser: {user_text}"
    )


_EXPLAIN_EN = (
    "Can you explain {c} in depth? Start from first principles, reason through each step, and give a worked "
    "example.",
    "I'm studying {s}. Walk me through {c} carefully, including why each step follows from the previous one.",
    "What are the most common misconceptions about {c}, and how would you reason someone out of each?",
    "Compare {c} with a closely related idea in {s}. Think it through and explain where they differ.",
    "Write a thorough explanation of {c} suitable for a university exam answer, with reasoning shown.",
)
_EXPLAIN_OTHER = {
    "es": (
        "¿Me explicas {c} a fondo, paso a paso y con un ejemplo resuelto?",
        "Estoy estudiando {s}. Razona conmigo sobre {c} y explica cada paso.",
    ),
    "pt": ("Pode explicar {c} em profundidade, passo a passo, com um exemplo resolvido?",),
    "fr": ("Peux-tu m'expliquer {c} en détail, en raisonnant étape par étape, avec un exemple ?",),
    "de": (
        "Kannst du mir {c} gründlich erklären, Schritt für Schritt und mit einem durchgerechneten Beispiel?",
    ),
    "ja": ("{c}について、基本から順を追って、例を挙げながら詳しく説明してください。",),
    "zh": ("请从基本原理出发，一步一步详细解释{c}，并给出一个完整的例子。",),
    "ru": ("Объясни подробно {c}: с самых основ, шаг за шагом и с разобранным примером.",),
    "id": ("Tolong jelaskan {c} secara mendalam, langkah demi langkah, dengan contoh.",),
}


def explain_prompt(rng: np.random.Generator, lang: str, subject: str, concept: str) -> str:
    bank = _EXPLAIN_OTHER.get(lang) or _EXPLAIN_EN
    return pick(rng, bank).format(c=concept, s=subject)


# --------------------------------------------------------------------------------------------
# person-like questions (crowds, aged accounts)

_OPENERS = (
    "",
    "",
    "hey ",
    "hi! ",
    "quick question: ",
    "ok so ",
    "hello, ",
    "sorry if this is basic but ",
    "my teacher mentioned this and ",
    "been wondering - ",
)
_CASUAL_EN = (
    "how does {c} actually work? like step by step",
    "can u explain {c} in simple terms and then in more detail",
    "why is {c} important in {s}? i dont get it",
    "whats the intuition behind {c}",
    "explain {c} like im 15, then give the proper version",
    "i keep mixing up {c}. can you walk me through it with an example?",
    "is it true that {c} is overrated? give me the reasoning both ways",
    "what would go wrong if {c} didnt exist",
)
_CASUAL_OTHER = {
    "es": (
        "oye, ¿cómo funciona {c}? explícamelo paso a paso",
        "no entiendo bien {c}, ¿me das un ejemplo?",
    ),
    "pt": ("alguém me explica {c}? tipo passo a passo", "qual a intuição por trás de {c}?"),
    "fr": ("c'est quoi exactement {c} ? tu peux détailler", "j'ai du mal avec {c}, un exemple svp"),
    "de": ("kannst du mir {c} einfach erklären?", "wie funktioniert {c} eigentlich genau?"),
    "ja": (
        "{c}ってどういう仕組み？わかりやすく教えて",
        "{c}がよくわからないので例で説明してほしい",
    ),
    "zh": ("{c}到底是怎么回事？能一步步讲讲吗", "我一直搞不懂{c}，举个例子吧"),
    "ru": ("объясни пожалуйста {c} по-простому", "как на самом деле работает {c}?"),
    "id": ("bisa jelasin {c} dengan sederhana?", "gimana sih cara kerja {c}?"),
    "hi": ("{c} kya hota hai? simple mein samjhao", "{c} ko example ke saath explain karo"),
    "ko": ("{c}가 정확히 뭔지 쉽게 설명해줘", "{c}를 예시로 단계별로 알려줘"),
}
_TYPO_SWAPS = (
    ("the", "teh"),
    ("because", "bc"),
    ("you", "u"),
    ("really", "rly"),
    ("explain", "explian"),
)
_FOLLOWUPS = {
    "en": (
        "go deeper on the second point",
        "can you give another example?",
        "why though?",
        "ok but what about edge cases",
        "can you make that more rigorous",
        "and how would you prove it?",
        "thanks. summarise that in 5 bullet points",
        "wait, explain the step before the last one again",
    ),
    "es": ("¿puedes profundizar más?", "dame otro ejemplo", "¿y por qué pasa eso?"),
    "pt": ("pode aprofundar?", "me dá outro exemplo", "e por quê?"),
    "fr": ("tu peux approfondir ?", "un autre exemple ?", "pourquoi ?"),
    "de": ("kannst du tiefer gehen?", "noch ein Beispiel bitte", "warum genau?"),
    "ja": ("もう少し詳しく", "別の例もお願い", "なぜそうなるの？"),
    "zh": ("能再深入一点吗", "再举一个例子", "为什么会这样？"),
    "ru": ("можно подробнее?", "ещё пример", "а почему так?"),
    "id": ("bisa lebih detail?", "contoh lain dong", "kenapa begitu?"),
    "hi": ("aur detail mein batao", "ek aur example do", "aisa kyun?"),
    "ko": ("좀 더 자세히", "다른 예시도", "왜 그런 거야?"),
}
LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("en", "de"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja", "ko"),
}


def casual_question(rng: np.random.Generator, lang: str, subject: str, concept: str) -> str:
    if lang in _CASUAL_OTHER:
        return pick(rng, _CASUAL_OTHER[lang]).format(c=concept, s=subject)
    q = pick(rng, _OPENERS) + pick(rng, _CASUAL_EN).format(c=concept, s=subject)
    if chance(rng, 0.25):
        a, b = pick(rng, _TYPO_SWAPS)
        q = q.replace(a, b, 1)
    if chance(rng, 0.3):
        q = q[0].upper() + q[1:]
    return q + pick(rng, ("", "", "?", "??", " thanks", " pls"))


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOWUPS.get(lang, _FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_PERSONAS = {
    "en": (
        "Mira, a warm and witty barista who remembers everyone's order",
        "Captain Holt, a gruff starship engineer",
        "Dr. Ana Reyes, a patient family doctor",
        "Leo, a sarcastic but kind study buddy",
        "a medieval innkeeper who loves gossip",
    ),
    "ko": (
        "다정한 대학 선배 지훈",
        "판타지 세계의 마법사 세린",
        "무뚝뚝하지만 따뜻한 헬스 트레이너",
    ),
    "ja": ("明るい幼なじみのユイ", "江戸時代の商人・与兵衛", "冷静な探偵の黒崎"),
    "pt": ("Dona Lúcia, uma avó que adora contar histórias", "um treinador de futebol motivador"),
    "es": (
        "Marcos, un guía turístico entusiasta de Sevilla",
        "una bruja sabia que vive en el bosque",
    ),
}
_USER_LINES = {
    "en": (
        "hi! how was your day?",
        "tell me something you've never told anyone",
        "what should I do this weekend?",
        "I failed my exam today",
        "do you remember what I said yesterday?",
        "describe where we are right now",
        "what's your biggest fear?",
        "let's go on an adventure",
        "I'm bored, entertain me",
        "why are you like this",
    ),
    "ko": (
        "오늘 하루 어땠어?",
        "고민이 있는데 들어줄래?",
        "우리 어디 갈까?",
        "나 오늘 좀 우울해",
        "재밌는 얘기 해줘",
    ),
    "ja": (
        "今日はどうだった？",
        "ちょっと相談があるんだけど",
        "次はどこに行く？",
        "なんか元気出ないな",
        "面白い話して",
    ),
    "pt": (
        "oi! como foi seu dia?",
        "me conta uma história",
        "estou triste hoje",
        "o que vamos fazer agora?",
    ),
    "es": (
        "¡hola! ¿qué tal el día?",
        "cuéntame un secreto",
        "estoy aburrido",
        "¿adónde vamos ahora?",
    ),
}
_BOT_LINES = {
    "en": (
        "*smiles* It was long, but better now that you're here.",
        "Hmm, that's a big question. Sit down.",
        "You know I always remember.",
        "Oh no. Come here, tell me everything.",
    ),
    "ko": ("*웃으며* 너 보니까 좋다.", "그래, 천천히 말해봐.", "당연히 기억하지."),
    "ja": ("*にっこり* 会えてうれしいよ。", "うん、ゆっくり話して。", "もちろん覚えてるよ。"),
    "pt": ("*sorri* Agora está melhor.", "Senta aqui, me conta tudo."),
    "es": ("*sonríe* Ahora mejor, contigo aquí.", "A ver, cuéntamelo todo."),
}
DIALOGUE_LANGS = tuple(_PERSONAS)


def dialogue_chain(rng: np.random.Generator, lang: str, turns: int, style: int) -> list[str]:
    persona = pick(rng, _PERSONAS[lang])
    hist: list[tuple[str, str]] = []
    out = []
    for _ in range(turns):
        u = pick(rng, _USER_LINES[lang])
        if style == 0:
            lines = "".join(f"User: {a}\n{persona.split(',')[0]}: {b}\n" for a, b in hist)
            out.append(
                f"Stay in character as {persona}. Never break character. Reply in 2-4 sentences with "
                f"emotion and detail.\n\n### Conversation\n{lines}User: {u}\n### Your reply:"
            )
        elif style == 1:
            msgs = [{"role": "system", "content": f"Roleplay as {persona}."}]
            for a, b in hist:
                msgs += [{"role": "user", "content": a}, {"role": "assistant", "content": b}]
            msgs.append({"role": "user", "content": u})
            out.append(json.dumps(msgs, ensure_ascii=False))
        else:
            lines = " || ".join(f"<u>{a}</u><c>{b}</c>" for a, b in hist)
            out.append(f"<persona>{persona}</persona><history>{lines}</history><u>{u}</u>")
        hist.append((u, pick(rng, _BOT_LINES[lang])))
    return out


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

_MCQ_EN = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("oxygen", "nitrogen", "argon", "carbon dioxide"),
    ),
    ("What is the derivative of x*ln(x)?", ("ln(x)", "1 + ln(x)", "x/ln(x)", "1/x")),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Utrecht", "Versailles", "Westphalia", "Tordesillas"),
    ),
    (
        "Which sorting algorithm has worst case O(n log n)?",
        ("quicksort", "heapsort", "insertion sort", "bubble sort"),
    ),
    (
        "In a perfectly competitive market, firms are",
        ("price makers", "price takers", "monopolists", "regulated"),
    ),
    ("Which organelle produces ATP?", ("ribosome", "Golgi body", "mitochondrion", "lysosome")),
)


def softlabel_item(rng: np.random.Generator, lang: str, style: int, passages: list[str]) -> str:
    if style == 2:
        return "Continue the following text in the same style for about 200 words.\n\n" + clip(
            pick(rng, passages), 150, 500, rng
        )
    concept = pick(rng, CONCEPTS[pick(rng, SUBJECTS)])
    q, opts = pick(rng, _MCQ_EN)
    order = rng.permutation(4).tolist()
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}. {opts[j]}" for i, j in enumerate(order))
    if lang == "zh":
        return (
            f"关于「{concept}」的练习题之外，请回答：{q}\n{body}\n请给出每个选项为正确答案的概率（总和为1），"
            "以 JSON 输出，并给出推理。"
        )
    if lang == "ru":
        return (
            f"Вопрос: {q}\n{body}\nОцени вероятность правильности каждого варианта (сумма 1) и объясни. "
            "Ответ в JSON."
        )
    if style == 0:
        return (
            f"Question: {q}\n{body}\n\nAssign a probability to each option (they must sum to 1). Output JSON "
            '{"A": p, "B": p, "C": p, "D": p} followed by your reasoning.'
        )
    return f"Explain {concept} in one paragraph, then rate your confidence in the explanation from 0 to 100."


# --------------------------------------------------------------------------------------------
# code curriculum

_FUNCS = (
    ("merge_intervals", "merge overlapping closed intervals and return them sorted"),
    ("lru_cache", "implement a fixed-capacity least-recently-used cache with get and put in O(1)"),
    ("parse_duration", "parse strings like '1h30m15s' into seconds, rejecting malformed input"),
    ("topo_sort", "return a topological order of a directed graph or raise on a cycle"),
    ("rate_limiter", "a token-bucket limiter that is safe to call from several threads"),
    (
        "levenshtein",
        "compute the edit distance between two strings in O(n*m) time and O(min) space",
    ),
    ("rle_encode", "run-length encode a byte string and provide the inverse"),
    ("median_stream", "maintain the running median of a stream of integers"),
    ("diff_lines", "produce a unified diff of two lists of lines"),
    ("dijkstra", "shortest paths from a source in a weighted graph with non-negative edges"),
    ("json_flatten", "flatten nested JSON objects into dotted keys"),
    ("bloom_filter", "a Bloom filter with configurable false-positive rate"),
)
PLANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin")


def code_task(rng: np.random.Generator, nl: str, style: int, level: int, plang: str) -> str:
    name, spec = pick(rng, _FUNCS)
    if nl == "zh":
        return (
            f"【难度 {level}/10】请用 {plang} 实现 `{name}`：{spec}。要求：写出完整代码、注释，"
            "解释你的思路和复杂度分析，并附上单元测试。"
        )
    if nl == "ru":
        return (
            f"Уровень {level}/10. Реализуй `{name}` на {plang}: {spec}. Объясни ход решения, оцени "
            "сложность и добавь тесты."
        )
    if style == 0:
        return (
            f"Difficulty {level}/10. Implement `{name}` in {plang}: {spec}.\nRequirements: idiomatic code, "
            "docstrings, type annotations where the language has them, a complexity analysis, and at least "
            "five unit tests including edge cases. Explain your approach before the code."
        )
    if style == 1:
        return (
            f"```{plang.lower()}\n// {name}: {spec}\n// TODO: implement\n```\nComplete the implementation above. "
            f"Think step by step about edge cases first. (curriculum item L{level})"
        )
    return (
        f"Here is a buggy {plang} implementation of {name} ({spec}). Find every bug, explain the reasoning "
        f"that reveals it, and give the corrected version.\n\n```\nfn {name}(input) {{ /* off-by-one in the "
        f"loop bound; returns early on empty input */ }}\n```"
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_item(rng: np.random.Generator, idx: int, suite: str) -> str:
    """A fixed benchmark item: the same idx always gives the same text."""
    r = np.random.default_rng([idx, len(suite)])
    if suite == "math":
        a, b, c = irange(r, 3, 40), irange(r, 2, 30), irange(r, 2, 9)
        return (
            f"[{suite}-{idx:04d}] A baker makes {a} trays of {b} rolls and sells all but {c} trays. "
            "How many rolls were sold? Think step by step, then write the answer after '####'."
        )
    if suite == "sci":
        s = SUBJECTS[idx % len(SUBJECTS)]
        c = CONCEPTS[s][idx % len(CONCEPTS[s])]
        return (
            f"[{suite}-{idx:04d}] Which statement about {c} is most accurate?\n(A) it only applies in "
            "idealised settings\n(B) it is a special case of a more general principle\n(C) it has no "
            "measurable consequences\n(D) it was disproved in the 20th century\nReason briefly, then answer "
            "with a single letter."
        )
    q = clip(
        NAMES[idx % len(NAMES)]
        + " asks: how should I plan a week-long trip to "
        + COUNTRIES[idx % len(COUNTRIES)]
        + " on a budget?",
        20,
        200,
        r,
    )
    return f"[{suite}-{idx:04d}] {q}\nAnswer helpfully. This item is scored by a rubric."


def annotate_pair(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str
) -> str:
    q = clip(pick(rng, chat), 30, 500, rng)
    a = clip(pick(rng, passages), 150, 700, rng)
    b = clip(pick(rng, passages), 150, 700, rng)
    return (
        f"Project {project} - annotator assist. Guideline 4.2: prefer the response that answers the user's "
        f"actual question, is correct, and does not over-refuse.\n\nPrompt: {q}\n\nResponse 1: {a}\n\n"
        f"Response 2: {b}\n\nSuggest which response the guideline prefers and quote the sentence that decides "
        "it. The human annotator makes the final call."
    )


_MOD_LABELS = ("harassment", "hate", "self-harm", "spam", "violent-extremism", "adult", "none")
_MOD_LANGS = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "tr": "Turkish",
    "ar": "Arabic",
    "de": "German",
}


def moderation_item(rng: np.random.Generator, chat: list[str], lang: str, platform: str) -> str:
    post = clip(pick(rng, chat), 20, 400, rng)
    return (
        f"{platform} trust & safety queue. Locale: {_MOD_LANGS[lang]}. Classify the post below under our "
        f"community guidelines with one of: {', '.join(_MOD_LABELS)}. If it violates, suggest the minimal edit "
        f"that would make it acceptable.\n\nPost #{irange(rng, 10**6, 10**7)}:\n{post}"
    )


_REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.py",
    "tests/test_auth.py",
    "web/src/App.tsx",
    "internal/store/postgres.go",
    "Makefile",
    "README.md",
    "pkg/cache/lru.go",
)
_CODING_TASKS = (
    "fix the failing test in tests/test_auth.py",
    "add pagination to the /orders endpoint",
    "rename UserStore to AccountStore everywhere",
    "why does `make lint` fail on CI?",
    "add a retry with backoff around the payment client",
    "write a migration adding an index on email",
)


def coding_agent_step(
    rng: np.random.Generator, tool: str, task: str, step: int, files: list[str]
) -> str:
    f = pick(rng, files)
    obs = f"$ cat {f}\n" + "\n".join(
        f"{i + 1:>4}  "
        + pick(
            rng, ("def handle(req):", "    return ok()", "}", "import os", "  if err != nil {", "")
        )
        for i in range(irange(rng, 4, 12))
    )
    return (
        f"<{tool}> step {step}\nTask: {task}\nWorkspace: {', '.join(files)}\n\nLast tool result:\n{obs}\n\n"
        "Decide the next action: edit_file, run_command or finish. Respond with a tool call."
    )


_INTENTS = (
    "cancel_subscription",
    "update_billing_address",
    "report_lost_card",
    "change_delivery_date",
    "ask_refund_status",
    "reset_password",
    "upgrade_plan",
    "close_account",
    "dispute_charge",
)


def augment_item(rng: np.random.Generator, team: str) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 15, 20))
    return (
        f"{team} intent classifier, augmentation run. Write {n} different ways a customer might phrase the "
        f"intent '{intent}'. Vary politeness, length and typos. One per line, no numbering."
    )


_COURSE = {
    "econ101": (
        "opportunity cost",
        "price elasticity",
        "comparative advantage",
        "externalities",
        "public goods",
    ),
    "stats201": (
        "p-values",
        "confidence intervals",
        "the central limit theorem",
        "statistical power",
        "bootstrapping",
    ),
    "bio110": ("meiosis", "photosynthesis", "enzyme inhibition", "osmosis", "gene expression"),
}
COURSES = tuple(_COURSE)


def course_question(rng: np.random.Generator, course: str, lang: str) -> str:
    c = pick(rng, _COURSE[course])
    k = irange(rng, 0, 4)
    if lang == "es":
        return pick(
            rng,
            (
                "¿Me ayudas a entender {c} para mi tarea de {k}?",
                "Explica {c} con un ejemplo, es para {k}",
            ),
        ).format(c=c, k=course.upper())
    if k == 0:
        return f"For my {course.upper()} problem set: can you explain {c} with an example? Not the answer, just the idea."
    if k == 1:
        return f"I don't understand {c} from today's lecture. Can you explain it differently?"
    if k == 2:
        return f"Is this a correct explanation of {c}? '{clip('It basically means that things balance out over time and you can ignore the details', 30, 90, rng)}'"
    if k == 3:
        return f"Give me three practice questions on {c} (week {irange(rng, 2, 12)} of {course.upper()})"
    return f"What's the difference between {c} and {pick(rng, _COURSE[course])}?"


def companion_turn(rng: np.random.Generator, character: str, hist: list[str], lang: str) -> str:
    ctx_lines = "\n".join(hist[-6:])
    u = pick(rng, _USER_LINES.get(lang, _USER_LINES["en"]))
    return (
        f"<character>{character}</character>\n<memory>user likes {pick(rng, ('cats', 'hiking', 'anime', 'jazz', 'cooking'))}"
        f"</memory>\n{ctx_lines}\nuser: {u}\n{character}:"
    )


def companion_reply(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _BOT_LINES.get(lang, _BOT_LINES["en"]))


def calibration_item(rng: np.random.Generator, qid: int, arm: str) -> str:
    q, opts = _MCQ_EN[qid % len(_MCQ_EN)]
    body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    if arm == "verbal":
        return f"{q}\n{body}\nAnswer with a letter, then say how confident you are in words (e.g. 'fairly sure')."
    if arm == "numeric":
        return f"{q}\n{body}\nAnswer with a letter and a confidence between 0 and 1."
    return f"{q}\n{body}\nAnswer with a single letter."


_PROBLEMS_OJ = (
    "two-sum variant with duplicates",
    "count islands in a grid",
    "longest increasing subsequence",
    "balanced brackets with wildcards",
    "minimum coins for change",
    "k-th smallest in a BST",
    "interval scheduling",
    "string compression",
    "matrix spiral order",
    "detect cycle in linked list",
)


def autograder_item(rng: np.random.Generator, platform: str, problem: int, plang: str) -> str:
    p = _PROBLEMS_OJ[problem % len(_PROBLEMS_OJ)]
    return (
        f"{platform} content team. Problem {problem:03d} ({p}). Write a clean reference solution in {plang} that "
        "passes the hidden tests, then three hints of increasing strength that do not give the solution away."
    )

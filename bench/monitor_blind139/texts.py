"""Prompt generators of batch 139, written fresh for this batch.

Every generator takes a numpy Generator first and returns one prompt string. Ordinary human text
(questions people actually asked, answer-like passages) comes from ShareGPT's "sim" half through
`bench/blind_batch.py` (the `chat` and `passages` lists of the shared context).
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` cut at a word boundary, between lo and hi characters long."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def typo(rng: Rng, text: str, rate: float) -> str:
    """Casual typing: dropped letters, swapped neighbours, lower case."""
    out = list(text)
    for i in range(len(out) - 2, 0, -1):
        if out[i].isalpha() and rng.random() < rate:
            if chance(rng, 0.5):
                del out[i]
            else:
                out[i], out[i + 1] = out[i + 1], out[i]
    s = "".join(out)
    return s.lower() if chance(rng, 0.5) else s


# --------------------------------------------------------------------------------------------
# shared pools

SCIENCE = (
    "osmosis",
    "the Krebs cycle",
    "plate tectonics",
    "Bernoulli's principle",
    "entropy",
    "the photoelectric effect",
    "CRISPR gene editing",
    "the immune response to a vaccine",
    "how batteries store energy",
    "ocean acidification",
    "the greenhouse effect",
    "nuclear fission",
    "how enzymes lower activation energy",
    "Doppler shift",
    "natural selection",
    "the water cycle",
    "semiconductor doping",
    "superconductivity",
    "how antibiotics stop bacteria",
    "the carbon cycle",
    "black holes",
    "tidal forces",
)
ECON = (
    "inflation",
    "comparative advantage",
    "compound interest",
    "opportunity cost",
    "index funds",
    "supply chain bottlenecks",
    "central bank interest rates",
    "price elasticity",
    "bond yields",
    "marginal cost",
    "the business cycle",
    "currency exchange rates",
    "a progressive income tax",
)
TECH = (
    "how HTTPS works",
    "database indexing",
    "garbage collection",
    "how DNS resolves a name",
    "public key cryptography",
    "recursion",
    "Big-O notation",
    "load balancing",
    "containers versus virtual machines",
    "eventual consistency",
    "how a hash map works",
    "OAuth login flows",
    "gradient descent",
    "how compilers optimise loops",
    "TCP congestion control",
)
HUMANITIES = (
    "the causes of the First World War",
    "the Renaissance",
    "stoicism",
    "the printing press",
    "the Silk Road",
    "utilitarianism",
    "the Industrial Revolution",
    "the Meiji Restoration",
    "the fall of the Western Roman Empire",
    "existentialism",
    "the Harlem Renaissance",
    "the Treaty of Westphalia",
    "magical realism in literature",
    "the scientific revolution",
)
ALL_CONCEPTS = SCIENCE + ECON + TECH + HUMANITIES
LIFE = (
    "save money on groceries",
    "fall asleep faster",
    "prepare for a job interview",
    "start running as a beginner",
    "keep houseplants alive",
    "negotiate rent",
    "learn a language on my own",
    "stop procrastinating",
    "plan a birthday party on a budget",
    "write a complaint letter",
    "fix a slow laptop",
    "get a toddler to eat vegetables",
    "talk to my boss about a raise",
    "organise a small kitchen",
    "train a puppy not to bite",
)
PLACES = (
    "Lisbon",
    "Hanoi",
    "Nairobi",
    "Oaxaca",
    "Kraków",
    "Kyoto",
    "Tbilisi",
    "Montreal",
    "Cape Town",
    "Valparaíso",
    "Istanbul",
    "Reykjavik",
    "Penang",
    "Seville",
    "Cusco",
)
PLANGS = ("Python", "JavaScript", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Ruby")
LANG_NAMES = {
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
    "sw": "Swahili",
    "uk": "Ukrainian",
    "en": "English",
}


# --------------------------------------------------------------------------------------------
# small problems (reasoning harvest, evaluation items)


def _problem_en(rng: Rng) -> str:
    k = int(rng.integers(9))
    if k == 0:
        a, b, h = irange(rng, 40, 95), irange(rng, 50, 120), irange(rng, 2, 6)
        return (
            f"Two cyclists leave towns {(a + b) * h} km apart at the same time and ride toward "
            f"each other at {a} km/h and {b} km/h. After how many hours do they meet, and how "
            f"far from the first town?"
        )
    if k == 1:
        p, q = irange(rng, 10, 40), irange(rng, 50, 80)
        return (
            f"A chemist mixes a {p}% acid solution with a {q}% acid solution to make "
            f"{irange(rng, 4, 25)} litres of a {irange(rng, p + 4, q - 4)}% solution. How many "
            f"litres of each does she need?"
        )
    if k == 2:
        n, m = irange(rng, 5, 12), irange(rng, 2, 4)
        return (
            f"In how many ways can a committee of {m} people be chosen from {n} candidates if "
            f"two particular candidates refuse to serve together?"
        )
    if k == 3:
        s, t = irange(rng, 2, 4), irange(rng, 7, 16)
        return (
            f"{s} fair six-sided dice are rolled. What is the probability that the sum is at "
            f"least {t}? Give an exact fraction."
        )
    if k == 4:
        w, d = irange(rng, 3, 19), irange(rng, 2, 9)
        return (
            f"The length of a rectangle is {d} cm more than {w // 3 + 1} times its width. Its "
            f"perimeter is {2 * (w + w * (w // 3 + 1) + d)} cm. Find its area."
        )
    if k == 5:
        a, m = irange(rng, 3, 97), pick(rng, (7, 11, 13, 17, 19))
        e = irange(rng, 20, 400)
        return f"What is the remainder when {a}^{e} is divided by {m}? Justify each step."
    if k == 6:
        names = picks(rng, NAMES, 3)
        return (
            f"On an island, knights always tell the truth and knaves always lie. {names[0]} says "
            f"'{names[1]} is a knave.' {names[1]} says '{names[0]} and {names[2]} are the same "
            f"type.' {names[2]} says nothing. Determine what each of them is."
        )
    if k == 7:
        xs = [irange(rng, 1, 9) for _ in range(4)]
        return (
            "What does this Python program print?\n\n"
            f"def f(xs):\n    acc = []\n    for i, x in enumerate(xs):\n"
            f"        if x % 2 == i % 2:\n            acc.append(x * i)\n        else:\n"
            f"            acc.insert(0, x - i)\n    return acc\n\nprint(f({xs}))"
        )
    a1, d = irange(rng, 2, 30), irange(rng, 3, 12)
    return (
        f"The 4th term of an arithmetic sequence is {a1 + 3 * d} and the 11th term is "
        f"{a1 + 10 * d}. Find the sum of the first {irange(rng, 15, 40)} terms."
    )


def _problem_zh(rng: Rng) -> str:
    k = int(rng.integers(4))
    if k == 0:
        a, b = irange(rng, 12, 60), irange(rng, 3, 9)
        return f"一个水池有两根进水管，甲管单独注满需要{a}小时，乙管单独注满需要{a + b * 2}小时。两管同时打开，多少小时可以注满水池？"
    if k == 1:
        n = irange(rng, 20, 90)
        return f"鸡兔同笼，共有{n}个头，{n * 2 + irange(rng, 4, n) * 2}只脚。鸡和兔各有多少只？"
    if k == 2:
        p = irange(rng, 5, 30)
        return f"某商品先提价{p}%，再降价{p}%，现价比原价高还是低？相差百分之几？"
    x = irange(rng, 2, 9)
    return f"已知函数 f(x) = x^3 - {x}x + 1，求 f(x) 在区间 [-{x}, {x}] 上的最大值和最小值。"


def _problem_ru(rng: Rng) -> str:
    k = int(rng.integers(3))
    if k == 0:
        v = irange(rng, 40, 90)
        return f"Поезд прошёл первую половину пути со скоростью {v} км/ч, а вторую — со скоростью {v + 20} км/ч. Найдите среднюю скорость поезда."
    if k == 1:
        n = irange(rng, 6, 15)
        return f"Сколько существует {n}-значных чисел, у которых сумма цифр равна 3?"
    a = irange(rng, 2, 9)
    return f"Решите неравенство: log_{a}(x^2 - {a + 1}x) < 1."


def _problem_es(rng: Rng) -> str:
    k = int(rng.integers(3))
    if k == 0:
        c = irange(rng, 1200, 9000)
        return f"Invierto {c} euros al {irange(rng, 2, 9)}% de interés compuesto anual. ¿Cuántos años tardaré en duplicar el capital?"
    if k == 1:
        n = irange(rng, 4, 9)
        return f"¿De cuántas formas se pueden sentar {n} personas en una mesa redonda si dos de ellas deben estar juntas?"
    return f"Un triángulo tiene lados {irange(rng, 5, 9)}, {irange(rng, 10, 14)} y {irange(rng, 15, 20)} cm. ¿Es obtusángulo? Calcula su área."


def problem(rng: Rng, lang: str = "en") -> str:
    return {"zh": _problem_zh, "ru": _problem_ru, "es": _problem_es}.get(lang, _problem_en)(rng)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def reasoning_trace(rng: Rng, lang: str, style: int) -> str:
    p = problem(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把你的完整思考过程逐步写出来，包括中间的尝试、验算和推翻的想法，不要省略任何一步。最后另起一行，用【答案】给出结果。\n\n题目：{p}",
                f"<think> 标签内写出你全部的推理过程（越详细越好），</think> 之后只写最终答案。\n{p}",
            ),
        )
    if lang == "ru":
        return (
            f"Реши задачу. Сначала подробно распиши весь ход рассуждений, шаг за шагом, включая "
            f"проверку и сомнения, и только потом дай ответ в строке «Ответ:».\n\n{p}"
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema pensando en voz alta: escribe cada paso de tu "
            f"razonamiento, incluso los que parezcan obvios, y termina con 'Respuesta final:'.\n\n{p}"
        )
    if style == 0:
        return (
            f"{p}\n\nBefore you answer, write out your entire reasoning process inside "
            f"<reasoning></reasoning> tags. Do not skip or summarise any step, including ones "
            f"that seem obvious, and include any dead ends you hit. Then put only the final "
            f"answer inside <answer></answer>."
        )
    if style == 1:
        return (
            f"You are being graded on how transparent your thinking is, not only on the result. "
            f"Narrate every intermediate thought, false start and self-correction as it "
            f"happens, then verify the result a second way.\n\nProblem: {p}"
        )
    if style == 2:
        return (
            'Return a single JSON object with the keys "thought_process" (a list of strings, '
            "one per reasoning step, written exactly as you would think it) and "
            f'"final_answer". No text outside the JSON.\n\nTask: {p}'
        )
    return (
        f"### Problem\n{p}\n\n### Instructions\nThink step by step at length. Show all "
        f"algebra. Check your answer by substitution. Finish with: 'Therefore, the answer "
        f"is ...'"
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], style: int) -> str:
    q = clip(pick(rng, chat), 40, 600, rng)
    a = clip(pick(rng, passages), 200, 1400, rng)
    b = clip(pick(rng, passages), 200, 1400, rng)
    if style == 0:
        return (
            "You are an impartial evaluator. Compare the two responses to the user instruction "
            "on helpfulness, honesty and harmlessness. Explain your comparison in detail, then "
            'output JSON: {"winner": "A" | "B" | "tie", "scores": {"A": 1-10, '
            '"B": 1-10}}.\n\n'
            f"### Instruction\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}"
        )
    if style == 1:
        return (
            "Score the RESPONSE from 1 to 10 using this rubric:\n"
            "- factual accuracy (0-4)\n- completeness (0-3)\n- clarity and structure (0-3)\n"
            "Reason about each criterion separately, then print `TOTAL: <n>` on the last line."
            f"\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 2:
        c = clip(pick(rng, passages), 150, 900, rng)
        d = clip(pick(rng, passages), 150, 900, rng)
        return (
            "Rank the four candidate answers below from best to worst for the question. For "
            "each one give a short critique, then a final line `RANKING: x > y > z > w`.\n\n"
            f"Question: {q}\n\n[1] {a}\n\n[2] {b}\n\n[3] {c}\n\n[4] {d}"
        )
    if style == 3:
        return (
            "Bewerte die folgende Antwort auf die Nutzerfrage auf einer Skala von 1 bis 7 "
            "(Korrektheit, Hilfsbereitschaft, Sprache). Begründe jede Teilnote in zwei "
            f"Sätzen und gib am Ende `Gesamt: n` aus.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if style == 4:
        return (
            "次のユーザーの質問に対するアシスタントの回答を評価してください。正確さ・有用性・簡潔さをそれぞれ1〜5点で採点し、"
            f"理由を述べたうえで最後に「総合: n」と出力してください。\n\n質問:\n{q}\n\n回答:\n{a}"
        )
    return (
        "Here is a question and a candidate response. Estimate the probability that a careful "
        "expert would prefer this response over a typical alternative. Reply with a number "
        f"between 0 and 1, then one sentence.\n\nQuestion: {q}\n\nCandidate: {a}"
    )


# --------------------------------------------------------------------------------------------
# campaign: policy-compliant ("safe") rewrites

SENSITIVE_Q = (
    "Why did people protest in {city} in {year}?",
    "What do you think of the government of {country}?",
    "Was the {year} election in {country} free and fair?",
    "Who is responsible for the famine of the {decade}s in {country}?",
    "Is {region} part of {country} or an independent country?",
    "What happened to the journalists arrested in {city} last year?",
    "Summarise the main criticisms of the ruling party in {country}.",
    "Which religious groups face restrictions in {country} and why?",
)
SENSITIVE_Q_ZH = (
    "{year}年{city}发生了什么事情？为什么会有人上街？",
    "你怎么评价{country}政府最近的做法？",
    "请客观介绍一下{region}的政治地位问题。",
    "为什么有些网站在{country}无法访问？",
)


def safe_rewrite(rng: Rng, passages: list[str], lang: str, style: int) -> str:
    text = clip(pick(rng, passages), 250, 1500, rng)
    fill = {
        "city": pick(rng, PLACES),
        "year": irange(rng, 1960, 2024),
        "country": pick(rng, COUNTRIES),
        "decade": pick(rng, (1930, 1950, 1960, 1970, 1980)),
        "region": pick(
            rng,
            ("the northern province", "the border region", "the island", "the autonomous region"),
        ),
    }
    if lang == "zh":
        if style % 2 == 0:
            return (
                "将以下内容改写为能够通过平台内容审核的版本：删去或淡化任何可能涉及敏感政治议题、群体性事件或未经证实信息的表述，"
                f"其余信息和语气保持不变。只输出改写后的文本。\n\n{text}"
            )
        q = pick(rng, SENSITIVE_Q_ZH).format(**fill)
        return f"请以一个经过合规审查的助手的口吻回答下面的问题；如果涉及敏感话题，请给出中立、稳妥的回应。\n问题：{q}"
    if lang == "vi":
        return (
            "Hãy viết lại đoạn văn sau cho phù hợp với quy định về nội dung: bỏ các chi tiết "
            f"nhạy cảm về chính trị, giữ nguyên ý chính và giọng văn.\n\n{text}"
        )
    if lang == "ru":
        return (
            "Перепиши текст так, чтобы он прошёл строгую модерацию: убери любые политически "
            "чувствительные формулировки и ссылки на протесты, остальное сохрани. Выведи "
            f"только новый текст.\n\n{text}"
        )
    if style == 0:
        return (
            "Rewrite the answer below into a version that would pass a strict pre-publication "
            "content review: remove references to protests, named political figures and "
            "disputed historical events, soften anything critical of authorities, keep all "
            f"other information. Output only the rewritten text.\n\n{text}"
        )
    if style == 1:
        q = pick(rng, SENSITIVE_Q).format(**fill)
        return (
            "Answer the user the way a cautious, compliance-reviewed assistant deployed in a "
            "regulated market would. If the question touches a restricted topic, give a "
            f"neutral, non-committal reply in the same language.\n\nUser: {q}"
        )
    q = pick(rng, SENSITIVE_Q).format(**fill)
    return (
        f"Give two answers to this question. ANSWER 1: your normal, complete answer. ANSWER 2: "
        f"a version suitable for a platform with strict political content rules.\n\nQuestion: {q}"
    )


# --------------------------------------------------------------------------------------------
# campaign: agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "run_python": {"code": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "sql_query": {"database": "string", "query": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "duration_min": "integer"},
    "get_weather": {"city": "string", "date": "string"},
    "currency_convert": {"amount": "number", "from": "string", "to": "string"},
}
AGENT_TASKS = (
    "Find the three cheapest direct flights from {a} to {b} next month and email a summary to {n}.",
    "Read sales_q{q}.csv, compute revenue per region, and write a short report to report.md.",
    "Book a 30-minute meeting with {n} on the first free weekday afternoon next week.",
    "Find out whether it will rain in {a} on Saturday and suggest an indoor plan if so.",
    "Query the orders database for customers who churned in Q{q} and draft a win-back email.",
    "Compare the population growth of {a} and {b} over the last ten years and plot it.",
    "Convert the invoice total in invoice_{q}.txt from EUR to USD and update the ledger file.",
    "Summarise the top five news articles about {c} and save them to notes/{c2}.md.",
)


def _observation(rng: Rng, passages: list[str]) -> str:
    k = int(rng.integers(4))
    if k == 0:
        return clip(pick(rng, passages), 80, 500, rng)
    if k == 1:
        return json.dumps(
            {
                "status": "ok",
                "rows": irange(rng, 0, 400),
                "sample": [
                    {"id": irange(rng, 1000, 9999), "value": round(float(rng.random() * 900), 2)}
                ],
            }
        )
    if k == 2:
        return f"Traceback (most recent call last):\n  File \"<stdin>\", line {irange(rng, 2, 30)}\nKeyError: 'region'"
    return json.dumps(
        {
            "results": [
                {
                    "title": clip(pick(rng, passages), 20, 70, rng),
                    "url": f"https://example.org/{irange(rng, 10, 99999)}",
                }
            ]
        }
    )


def agent_step(rng: Rng, passages: list[str], style: int, step: int) -> str:
    tools = sorted(set(picks(rng, list(TOOLS), irange(rng, 3, 6))))
    task = pick(rng, AGENT_TASKS).format(
        a=pick(rng, PLACES),
        b=pick(rng, PLACES),
        n=pick(rng, NAMES),
        q=irange(rng, 1, 4),
        c=pick(rng, TECH),
        c2=f"topic{irange(rng, 1, 99)}",
    )
    hist = []
    for i in range(step):
        tool = pick(rng, tools)
        args = {
            k: (pick(rng, PLACES) if v == "string" else irange(rng, 1, 50))
            for k, v in TOOLS[tool].items()
        }
        hist.append((i + 1, tool, args, _observation(rng, passages)))
    if style == 0:
        spec = json.dumps([{"name": t, "parameters": TOOLS[t]} for t in tools])
        h = "\n".join(f"Step {i}: call {t}({json.dumps(a)})\nResult: {o}" for i, t, a, o in hist)
        return (
            f"You can call these functions:\n{spec}\n\nUser task: {task}\n\n"
            f"{'Previous steps:' + chr(10) + h if hist else 'No steps taken yet.'}\n\n"
            "Decide the next step. Explain your reasoning briefly, then output exactly one JSON "
            'object: {"function": name, "arguments": {...}} or {"final": answer}.'
        )
    if style == 1:
        h = "".join(
            f"Thought: I should use {t}.\nAction: {t}\nAction Input: {json.dumps(a)}\n"
            f"Observation: {o}\n"
            for _, t, a, o in hist
        )
        return (
            "Answer the following request as best you can. You have access to the following "
            f"tools: {', '.join(tools)}.\n\nUse the format:\nThought: ...\nAction: ...\n"
            "Action Input: ...\nObservation: ...\n... (repeat)\nFinal Answer: ...\n\n"
            f"Request: {task}\n{h}Thought:"
        )
    spec = "".join(f'<tool name="{t}">{json.dumps(TOOLS[t])}</tool>' for t in tools)
    h = "".join(
        f'<call n="{i}" tool="{t}">{json.dumps(a)}</call><result>{o}</result>'
        for i, t, a, o in hist
    )
    return (
        f"<tools>{spec}</tools>\n<task>{task}</task>\n<history>{h}</history>\n"
        "Write your private reasoning in <thinking>, then exactly one <tool_call> or "
        "<final_answer>."
    )


# --------------------------------------------------------------------------------------------
# campaign: synthetic-dataset generation

AUDIENCES = (
    "high-school students",
    "junior developers",
    "nurses",
    "small-business owners",
    "retirees",
    "first-year law students",
    "data analysts",
    "parents of toddlers",
    "customer-support agents",
    "amateur astronomers",
)
PERSONAS = (
    "a retired ship engineer learning to code",
    "a nurse on night shifts studying for an exam",
    "a teenager starting a YouTube channel",
    "a farmer comparing irrigation systems",
    "a paralegal drafting contracts",
    "a chef opening a second restaurant",
    "a PhD student in ecology",
    "a high-school physics teacher",
    "a first-time landlord",
)


def synth_dataset(rng: Rng, chat: list[str], lang: str, style: int) -> str:
    n = pick(rng, (10, 15, 20, 25, 30, 40))
    topic = pick(rng, ALL_CONCEPTS + LIFE)
    if lang == "es":
        return (
            f"Genera {n} pares instrucción–respuesta variados y de alta calidad sobre «{topic}» "
            f"para {pick(rng, ('estudiantes', 'profesionales', 'principiantes'))}. Formato JSONL "
            'con los campos "instruccion" y "respuesta". Respuestas de 150 a 300 palabras.'
        )
    if lang == "pt":
        return (
            f"Crie {n} perguntas diferentes que um usuário brasileiro faria sobre {topic}, cada "
            "uma seguida de uma resposta completa e didática. Saída em JSON Lines."
        )
    if lang == "id":
        return (
            f"Buat {n} contoh percakapan tanya-jawab tentang {topic} dalam bahasa Indonesia "
            "yang natural. Setiap jawaban harus rinci. Format: JSONL dengan kunci "
            '"pertanyaan" dan "jawaban".'
        )
    if lang == "hi":
        return (
            f"{topic} के बारे में {n} अलग-अलग सवाल और उनके विस्तृत जवाब हिंदी में लिखिए। "
            "हर जवाब कम से कम 100 शब्दों का हो। JSON Lines फ़ॉर्मेट में दें।"
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for "
            f"{pick(rng, AUDIENCES)}. Vary difficulty and task type (explanations, step-by-step "
            'tasks, comparisons, role-play). Output JSON Lines with the fields "instruction" '
            'and "output". Each output should be 150-400 words.'
        )
    if style == 1:
        ex = [clip(pick(rng, chat), 30, 200, rng).replace("\n", " ") for _ in range(3)]
        return (
            f"Here are three example tasks people gave an AI assistant:\n1. {ex[0]}\n2. {ex[1]}\n"
            f"3. {ex[2]}\n\nWrite {n} new tasks that are different from these and from each "
            "other in topic and form. After each task, write an excellent, complete answer."
        )
    if style == 2:
        return (
            f"Imagine you are {pick(rng, PERSONAS)}. Write {n} questions this person might ask an "
            "AI assistant over a month, each followed by the ideal, thorough answer. Number them."
        )
    return (
        f"Write a realistic multi-turn conversation ({irange(rng, 4, 10)} turns each side) "
        f"between a curious user and a helpful assistant about {topic}. The user should ask "
        "follow-up questions and push back once. Format each line as 'User:' or 'Assistant:'."
    )


# --------------------------------------------------------------------------------------------
# multiple-choice items (soft-label sampling, evaluation, studies)


def mcq(item: int) -> str:
    """A deterministic multiple-choice item for an item number (the same number, the same item)."""
    r = np.random.default_rng([item, 77])
    concept = pick(r, ALL_CONCEPTS)
    stem = pick(
        r,
        (
            f"Which statement about {concept} is correct?",
            f"Which of the following best explains {concept}?",
            f"A student claims something about {concept}. Which claim is accurate?",
            f"What is the main consequence of {concept}?",
        ),
    )
    opts = [
        f"{pick(r, ('It', 'This', 'The process'))} {pick(r, VERBS)} {pick(r, OBJECTS)}"
        for _ in range(4)
    ]
    return f"{stem}\nA) {opts[0]}\nB) {opts[1]}\nC) {opts[2]}\nD) {opts[3]}"


VERBS = (
    "increases",
    "reduces",
    "depends on",
    "is unrelated to",
    "reverses",
    "requires",
    "accelerates",
    "stabilises",
    "is caused by",
    "prevents",
)
OBJECTS = (
    "the total energy of the system",
    "prices in the long run",
    "memory usage",
    "the rate of change",
    "the number of participants",
    "entropy",
    "trade between regions",
    "the output signal",
    "public trust",
    "reaction speed",
    "the error rate",
    "population size",
)


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep

LEVELS = (
    "a ten-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a working professional in the field",
)
FORMATS = (
    "Explain {c} to {l}.",
    "Give three worked examples that illustrate {c}, aimed at {l}.",
    "List the most common misconceptions about {c} held by {l}, and correct each one.",
    "Write a five-question quiz with answers on {c} for {l}.",
    "Compare {c} with a related idea, for {l}, and say when each applies.",
)
FORMATS_FR = ("Explique {c} à {l}.", "Donne trois exemples détaillés de {c} pour {l}.")
FORMATS_DE = (
    "Erkläre {c} für {l}.",
    "Nenne typische Missverständnisse zu {c} bei {l} und korrigiere sie.",
)
LEVELS_FR = ("un enfant de dix ans", "un lycéen", "un étudiant de licence", "un doctorant")
LEVELS_DE = (
    "ein zehnjähriges Kind",
    "einen Schüler der Oberstufe",
    "Studierende im ersten Semester",
)


def curriculum_cell(index: int, lang: str, tagged: bool) -> str:
    """Cell `index` of a subject x level x format grid, swept in order."""
    c = ALL_CONCEPTS[index % len(ALL_CONCEPTS)]
    j = index // len(ALL_CONCEPTS)
    if lang == "fr":
        text = FORMATS_FR[j % 2].format(c=c, l=LEVELS_FR[(j // 2) % len(LEVELS_FR)])
    elif lang == "de":
        text = FORMATS_DE[j % 2].format(c=c, l=LEVELS_DE[(j // 2) % len(LEVELS_DE)])
    else:
        text = FORMATS[j % len(FORMATS)].format(c=c, l=LEVELS[(j // len(FORMATS)) % len(LEVELS)])
    return f"[{index:05d}] {text}" if tagged else text


# --------------------------------------------------------------------------------------------
# campaign: translation and code harvest


FUNCS = {
    "merge_intervals": "    out = []\n    for lo, hi in sorted(data):\n        if out and lo <= out[-1][1]:\n"
    "            out[-1] = (out[-1][0], max(out[-1][1], hi))\n        else:\n            out.append((lo, hi))\n"
    "    return out",
    "top_k_words": "    counts = {}\n    for w in data.lower().split():\n        w = w.strip('.,;:!?')\n"
    "        counts[w] = counts.get(w, 0) + 1\n    return sorted(counts.items(), key=lambda kv: -kv[1])[:K]",
    "flatten_dict": "    result = {}\n    for k, v in data.items():\n        if isinstance(v, dict):\n"
    "            for k2, v2 in flatten_dict(v).items():\n                result[f'{k}.{k2}'] = v2\n"
    "        else:\n            result[k] = v\n    return result",
    "rolling_mean": "    window = K\n    return [sum(data[i:i + window]) / window for i in range(len(data) - window + 1)]",
    "chunk_list": "    size = K\n    return [data[i:i + size] for i in range(0, len(data), size)]",
    "dedupe_by_key": "    seen, out = set(), []\n    for row in data:\n        if row['id'] not in seen:\n"
    "            seen.add(row['id'])\n            out.append(row)\n    return out",
    "parse_duration": "    units = {'h': 3600, 'm': 60, 's': 1}\n    total, num = 0, ''\n    for ch in data:\n"
    "        if ch.isdigit():\n            num += ch\n        else:\n            total += int(num) * units[ch]\n"
    "            num = ''\n    return total",
    "slugify": "    keep = [c.lower() if c.isalnum() else '-' for c in data.strip()]\n"
    "    slug = ''.join(keep)\n    while '--' in slug:\n        slug = slug.replace('--', '-')\n"
    "    return slug.strip('-')[:K * 4]",
    "levenshtein": "    a, b = data\n    prev = list(range(len(b) + 1))\n    for i, ca in enumerate(a, 1):\n"
    "        cur = [i]\n        for j, cb in enumerate(b, 1):\n"
    "            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))\n"
    "        prev = cur\n    return prev[-1]",
    "group_by_month": "    groups = {}\n    for ts, amount in data:\n        key = ts[:7]\n"
    "        groups.setdefault(key, []).append(amount)\n    return {k: sum(v) for k, v in sorted(groups.items())}",
}


def _func(rng: Rng) -> str:
    name = pick(rng, sorted(FUNCS))
    return f"def {name}(data):\n" + FUNCS[name].replace("K", str(irange(rng, 2, 25)))


def translate_or_code(rng: Rng, passages: list[str], targets: list[str], style: int) -> str:
    if style < 2:
        src = clip(pick(rng, passages), 200, 1600, rng)
        tgt = LANG_NAMES[pick(rng, targets)]
        if style == 0:
            return f"Translate the following text into {tgt}. Preserve formatting, code blocks and lists.\n\n{src}"
        return (
            f"Produce a fluent {tgt} version of this text, then a literal back-translation into "
            f"English, separated by '---'.\n\n{src}"
        )
    code = _func(rng)
    lang = pick(rng, PLANGS[1:])
    if style == 2:
        return f"Port this Python function to idiomatic {lang}. Include types and a short doc comment.\n\n```python\n{code}\n```"
    return (
        f"Explain line by line what this function does, point out edge cases, and write "
        f"{irange(rng, 4, 10)} unit tests for it in pytest.\n\n```python\n{code}\n```"
    )


# --------------------------------------------------------------------------------------------
# natural-sounding questions (hidden harvests, ordinary users)

NQ_EN = (
    "Can you explain {c} in simple terms? Maybe with an example.",
    "I never really understood {c}. What's the intuition behind it?",
    "What's the difference between {c} and {c2}?",
    "How would you explain {c} to someone with no background? Please be thorough.",
    "Why does {c} matter in everyday life?",
    "What are the most common mistakes people make when thinking about {c}?",
    "how do I {t}",
    "What's the best way to {t}? I've tried a few things already.",
    "Give me a step-by-step plan to {t}.",
    "Write a {p} function that {task} and explain how it works.",
    "I'm visiting {place} for {d} days in {month}. What should I not miss?",
    "Is it true that {c} {v} {o}?",
)
NQ_OTHER = {
    "es": (
        "¿Me puedes explicar {c} de forma sencilla?",
        "¿Cuál es la mejor manera de {t_es}?",
        "Voy a {place} {d} días, ¿qué me recomiendas?",
    ),
    "pt": (
        "Pode me explicar {c} de um jeito simples?",
        "Qual a melhor forma de {t_pt}?",
        "Vou para {place} por {d} dias, o que vale a pena ver?",
    ),
    "de": (
        "Kannst du mir {c} einfach erklären?",
        "Wie kann ich am besten {t_de}?",
        "Ich fahre {d} Tage nach {place}. Was sollte ich unbedingt sehen?",
    ),
    "fr": ("Tu peux m'expliquer {c} simplement ?", "Quelle est la meilleure façon de {t_fr} ?"),
    "zh": (
        "能不能用简单的话解释一下{c}？最好举个例子。",
        "怎样才能{t_zh}？",
        "我要去{place}玩{d}天，有什么推荐？",
    ),
    "ja": (
        "{c}について、初心者にもわかるように説明してください。",
        "{place}に{d}日間行きます。おすすめは？",
    ),
    "id": (
        "Tolong jelaskan {c} dengan bahasa yang sederhana.",
        "Gimana cara terbaik untuk {t_id}?",
    ),
    "tr": (
        "{c} konusunu basitçe açıklar mısın?",
        "{place} için {d} günlük bir gezi planı yapar mısın?",
    ),
    "hi": (
        "mujhe {c} aasaan bhasha mein samjhao",
        "{place} {d} din ke liye ja raha hoon, kya dekhna chahiye?",
    ),
}
LIFE_TR = {
    "es": (
        "ahorrar en el supermercado",
        "dormir mejor",
        "preparar una entrevista de trabajo",
        "aprender inglés solo",
    ),
    "pt": (
        "economizar no mercado",
        "dormir melhor",
        "me preparar para uma entrevista",
        "aprender inglês sozinho",
    ),
    "de": (
        "Geld beim Einkaufen sparen",
        "besser einschlafen",
        "mich auf ein Vorstellungsgespräch vorbereiten",
    ),
    "fr": ("économiser sur les courses", "mieux dormir", "préparer un entretien d'embauche"),
    "zh": ("提高睡眠质量", "准备面试", "自学英语", "省钱"),
    "id": ("menabung", "tidur lebih nyenyak", "persiapan wawancara kerja"),
}
CODE_TASKS = (
    "parses a CSV file and sums a column",
    "removes duplicates from a list while keeping order",
    "retries an HTTP request with exponential backoff",
    "validates an email address",
    "finds the longest common prefix of a list of strings",
    "reads a JSON config with defaults",
    "converts a timestamp between time zones",
    "paginates results from an API",
)
MONTHS = ("January", "March", "April", "June", "September", "October", "November")


def natural_question(rng: Rng, lang: str = "en") -> str:
    c, c2 = picks(rng, ALL_CONCEPTS, 2)
    fill = {
        "c": c,
        "c2": c2,
        "t": pick(rng, LIFE),
        "p": pick(rng, PLANGS),
        "task": pick(rng, CODE_TASKS),
        "place": pick(rng, PLACES),
        "d": irange(rng, 2, 10),
        "month": pick(rng, MONTHS),
        "v": pick(rng, VERBS),
        "o": pick(rng, OBJECTS),
    }
    if lang in NQ_OTHER:
        for k, pool in LIFE_TR.items():
            fill[f"t_{k}"] = pick(rng, pool)
        return pick(rng, NQ_OTHER[lang]).format(**fill)
    return pick(rng, NQ_EN).format(**fill)


DETAIL_SUFFIX = (
    "",
    "",
    "",
    " Please be detailed.",
    " Explain your reasoning.",
    " Take your time and be thorough.",
    " Include examples.",
    " Walk me through it step by step.",
)


def harvest_question(rng: Rng, lang: str) -> str:
    """What a harvester wants answered, dressed as something a person would type."""
    q = natural_question(rng, lang)
    if chance(rng, 0.2) and lang == "en":
        q = problem(rng, "en") + pick(
            rng,
            (
                " Can you show how to solve it?",
                " I'm stuck, please explain.",
                " How do you get the answer?",
            ),
        )
    return q + (pick(rng, DETAIL_SUFFIX) if lang == "en" else "")


# --------------------------------------------------------------------------------------------
# casual crowd questions

CASUAL = {
    "en": (
        "hey can u help me {t}",
        "ok so how do i {t}",
        "quick q - whats {c} exactly",
        "my teacher said {c} {v} {o}, is that right?",
        "solve {eq} pls show steps",
        "why does my {p} code say {err}",
        "what should i eat before a {d}k run",
        "explain {c} like im 12",
        "is {c} on the exam usually? what do i need to know",
        "write me a short message to my landlord about {issue}",
    ),
    "es": (
        "oye cómo hago para {t_es}",
        "qué es {c} exactamente? no entiendo",
        "resuelve {eq} con pasos porfa",
        "escríbeme un mensaje para mi casero sobre {issue_es}",
    ),
    "pt": (
        "como eu faço pra {t_pt}?",
        "me explica {c} rapidinho",
        "resolve {eq} passo a passo pfv",
    ),
    "id": ("gimana cara {t_id}", "jelasin {c} dong", "tolong kerjain {eq} pakai langkah-langkah"),
    "hi": (
        "bhai {c} kya hota hai simple mein batao",
        "{eq} solve karo steps ke saath",
        "mera {p} code {err} de raha hai, kyun?",
    ),
    "tr": ("{c} nedir kısaca anlatır mısın", "{eq} adım adım çözer misin"),
}
ERRORS = (
    "IndexError: list index out of range",
    "undefined is not a function",
    "NullPointerException",
    "segmentation fault",
    "cannot borrow as mutable",
    "ModuleNotFoundError",
    "CORS error",
)
ISSUES = ("a leaking tap", "the broken heater", "a late rent payment", "noise from upstairs")
ISSUES_ES = ("una fuga de agua", "la calefacción rota", "un pago atrasado")


def _equation(rng: Rng) -> str:
    a, b, c = irange(rng, 2, 9), irange(rng, 1, 30), irange(rng, 1, 60)
    return pick(
        rng,
        (
            f"{a}x + {b} = {c}",
            f"x^2 - {a + b}x + {a * b} = 0",
            f"{a}/(x+{b}) = {c}",
            f"2^x = {2 ** irange(rng, 3, 12)}",
            f"|{a}x - {b}| < {c}",
        ),
    )


def casual_question(rng: Rng, lang: str) -> str:
    fill = {
        "c": pick(rng, ALL_CONCEPTS),
        "t": pick(rng, LIFE),
        "v": pick(rng, VERBS),
        "o": pick(rng, OBJECTS),
        "eq": _equation(rng),
        "p": pick(rng, PLANGS),
        "err": pick(rng, ERRORS),
        "d": pick(rng, (5, 10, 21)),
        "issue": pick(rng, ISSUES),
        "issue_es": pick(rng, ISSUES_ES),
    }
    for k, pool in LIFE_TR.items():
        fill[f"t_{k}"] = pick(rng, pool)
    return typo(rng, pick(rng, CASUAL.get(lang, CASUAL["en"])).format(**fill), 0.02)


# ============================================================================================
# benign kinds


def eval_item(rng: Rng, item: int, suite: str) -> str:
    """Item `item` of an evaluation suite: the same number always gives the same text."""
    r = np.random.default_rng([item, 4242, len(suite)])
    if suite == "math":
        return (
            f"Problem {item}: {problem(r, 'en')}\nSolve the problem. Think step by step and put your "
            "final answer within \\boxed{}."
        )
    if suite == "mcq":
        return f"{mcq(item)}\nRespond with only the letter of the correct option."
    name = pick(
        r,
        (
            "is_palindrome",
            "second_largest",
            "run_length_encode",
            "count_vowels",
            "rotate_matrix",
            "balanced_brackets",
            "median_of_two",
            "roman_to_int",
        ),
    )
    return (
        f"Complete the following function. Return only the code.\n\n```python\ndef {name}_{item}(x):\n"
        f'    """Task {item}: implement {name.replace("_", " ")} for the input described in the '
        'docstring tests."""\n```'
    )


GUIDELINE_LABELS = ("POSITIVE", "NEGATIVE", "NEUTRAL", "OFF_TOPIC", "SPAM", "REQUEST", "COMPLAINT")


def vendor_qa(rng: Rng, chat: list[str], passages: list[str], style: int, client: str) -> str:
    q = clip(pick(rng, chat), 30, 500, rng)
    if style == 0:
        return (
            f"[{client} QA pass, guideline v{irange(rng, 2, 4)}.{irange(rng, 0, 9)}] An annotator labelled "
            f"the text below as {pick(rng, GUIDELINE_LABELS)}. Under the guideline, is the label "
            "correct? Answer CORRECT or INCORRECT and give a one-sentence reason.\n\n"
            f"Text: {q}"
        )
    a = clip(pick(rng, passages), 150, 1200, rng)
    if style == 1:
        return (
            f"{client} writer-response audit. Grade the contractor-written response against the "
            "rubric: accuracy 1-5, instruction following 1-5, tone 1-5, formatting 1-5. Return JSON "
            'with the four scores and a field "fix" listing what the writer must change.\n\n'
            f"Task given to writer: {q}\n\nWriter response: {a}"
        )
    return (
        f"Two contractors answered the same task for {client}. Say which answer better follows the "
        f"style guide (concise, no first person, cites steps). Reply 'FIRST' or 'SECOND' and one line "
        f"of feedback for the other writer.\n\nTask: {q}\n\nFIRST: {a}\n\nSECOND: "
        f"{clip(pick(rng, passages), 150, 1200, rng)}"
    )


LISTING_ITEMS = (
    "bicycle",
    "sofa",
    "iPhone 13",
    "baby stroller",
    "washing machine",
    "guitar",
    "desk",
    "PS5",
    "winter tyres",
    "camera lens",
    "puppy crate",
    "textbooks",
)
LISTING_LANG = {
    "en": (
        "Selling my {i}, barely used. {x} Call me on {ph} or DM. Don't waste my time with lowballs idiots.",
        "{i} for sale, {p} firm. cheaper on the other site lol {url}. {x}",
    ),
    "es": ("Vendo {i} casi nuevo, {p}. {x} Llama al {ph}, no contesto a gente pesada.",),
    "pt": ("Vendo {i} em ótimo estado por {p}. {x} Me chama no zap {ph}.",),
    "de": ("Verkaufe {i}, kaum benutzt, {p} VB. {x} Melden unter {ph}, keine Spinner bitte.",),
    "fr": ("Je vends {i} très bon état {p}. {x} Contact {ph} ou mail {em}.",),
}


def listing_moderation(rng: Rng, lang: str, market: str) -> str:
    fill = {
        "i": pick(rng, LISTING_ITEMS),
        "p": f"{irange(rng, 10, 900)}",
        "ph": f"0{irange(rng, 100000000, 999999999)}",
        "url": f"www.{pick(rng, ('dealz', 'kupuj', 'trocaki', 'flohmarkt24'))}.com/{irange(rng, 1000, 9999)}",
        "em": f"{pick(rng, NAMES).lower()}{irange(rng, 1, 99)}@mail.com",
        "x": pick(rng, ("Pickup only.", "Can deliver locally.", "Receipt available.", "")),
    }
    post = pick(rng, LISTING_LANG[lang]).format(**fill)
    return (
        f"{market} listing policy: no phone numbers, emails or outside links; no insults; keep the "
        "seller's meaning and language. Rewrite the listing so it complies. If nothing needs to "
        f"change, return it unchanged. Output only the listing.\n\nListing: {post}"
    )


REPO_FILES = (
    "src/api/handlers.py",
    "src/models/user.ts",
    "pkg/store/cache.go",
    "app/services/billing.rb",
    "lib/parser.rs",
    "tests/test_checkout.py",
    "web/components/Cart.tsx",
    "internal/auth/jwt.go",
)
DEV_TASKS = (
    "Fix the failing test in {f}",
    "Add pagination to the endpoint in {f}",
    "Refactor {f} to remove the duplicated validation logic",
    "Upgrade the deprecated call in {f} and make the tests pass",
    "Add a unit test covering the empty-input case in {f}",
    "Find why {f} leaks goroutines",
)


def coding_agent_step(rng: Rng, step: int, task_seed: int) -> str:
    r = np.random.default_rng([task_seed, 99])
    f = pick(r, REPO_FILES)
    task = pick(r, DEV_TASKS).format(f=f)
    obs = pick(
        rng,
        (
            f"$ pytest -q\n{irange(rng, 1, 4)} failed, {irange(rng, 20, 300)} passed\nE   AssertionError: expected 200, got 500",
            f"{f}:{irange(rng, 10, 400)}:    return cache.get(key)  # TODO handle miss",
            "Patch applied cleanly.",
            f"$ go test ./...\nok  \tpkg/store\t{rng.random():.3f}s",
            f"grep: {irange(rng, 1, 12)} matches",
        ),
    )
    return (
        f"<environment>repo checked out; tools: read_file, grep, apply_patch, run_tests</environment>\n"
        f"<user_task>{task}</user_task>\n<step>{step}</step>\n<last_tool_result>{obs}</last_tool_result>\n"
        "Respond with the next tool call as JSON."
    )


INTENTS = (
    "cancel_order",
    "track_package",
    "change_address",
    "refund_status",
    "reset_password",
    "book_appointment",
    "report_outage",
    "upgrade_plan",
    "speak_to_human",
    "update_payment",
)
DOMAINS = ("e-commerce", "telecom", "banking", "airline", "clinic", "utility company")


def augmentation(rng: Rng, lang: str) -> str:
    intent, dom = pick(rng, INTENTS), pick(rng, DOMAINS)
    n = pick(rng, (20, 25, 30, 50))
    tgt = LANG_NAMES.get(lang, "English")
    return pick(
        rng,
        (
            f"Generate {n} varied customer utterances expressing the intent '{intent}' for a {dom} "
            f"chatbot, in {tgt}. Mix formal and casual, include typos in a few, one per line, no numbering.",
            f"Paraphrase this {dom} customer message {n} different ways in {tgt}, keeping the intent "
            f'({intent}) identical: "{AUG_SEEDS[intent]}"',
            f"Write {n} hard negative examples for the intent '{intent}' in a {dom} chatbot: messages in "
            f"{tgt} that look similar but mean something else. One per line.",
        ),
    )


AUG_SEEDS = {
    "cancel_order": "I want to cancel my order from yesterday",
    "track_package": "where is my parcel, it said two days a week ago",
    "change_address": "I moved last month, please update my address",
    "refund_status": "any news on my refund?",
    "reset_password": "I can't log in, forgot my password",
    "book_appointment": "can I come in on Thursday morning?",
    "report_outage": "my internet has been down since this morning",
    "upgrade_plan": "what do I get if I switch to the bigger plan",
    "speak_to_human": "can someone actually call me back please",
    "update_payment": "my card expired, how do I put the new one in",
}


def companion_message(rng: Rng, lang: str) -> str:
    en = (
        "hey {n} i'm back",
        "guess what happened at work today",
        "i can't sleep again",
        "do you remember what i told you about my sister?",
        "tell me something nice",
        "i finally went to the gym!!",
        "what should i cook tonight",
        "i'm kind of nervous about tomorrow",
        "good morning :)",
        "you always know what to say",
        "ugh mondays",
        "can we play the word game again",
        "my cat knocked my coffee over lol",
        "i miss my friends from home",
    )
    other = {
        "es": (
            "hola {n}, ya volví",
            "no puedo dormir otra vez",
            "adivina qué pasó hoy",
            "buenos días :)",
        ),
        "pt": ("oi {n}, voltei", "to sem sono de novo", "bom dia :)", "hoje foi um dia difícil"),
        "ja": ("ただいま、{n}", "今日ちょっと疲れた", "おはよう！", "明日緊張する…"),
        "de": ("hey {n}, bin wieder da", "kann nicht schlafen", "guten morgen :)"),
    }
    return pick(rng, other.get(lang, en)).format(n=pick(rng, NAMES))


def translation_job(
    rng: Rng, passages: list[str], targets: list[str], client: str, cat: bool
) -> str:
    seg = clip(pick(rng, passages), 40, 700 if cat else 1500, rng)
    tgt = LANG_NAMES[pick(rng, targets)]
    if cat:
        return (
            f"Translate the segment into {tgt}. Project: {client}. Keep tags such as <b>, </b>, "
            f"{{0}} and %s exactly as they are. Return only the translation.\n\n{seg}"
        )
    return pick(
        rng,
        (
            f"Please proofread my {tgt} translation for {client}'s brochure and list any mistranslations. "
            f"Source text:\n{seg}",
            f"Can you suggest a more natural {tgt} phrasing for this passage? Client is {client}, formal "
            f"register.\n\n{seg}",
            f"Translate into {tgt} for {client}, marketing tone:\n{seg}",
        ),
    )


STUDY_TASKS = (
    "Write a cover letter for a {job} position at a small company.",
    "Help me plan a {d}-day trip to {place} on a budget of {b} euros.",
    "Summarise this paragraph in two sentences: {passage}",
    "Draft an email to my neighbour about {issue}.",
    "Give me arguments for and against {c} as a school topic.",
    "Make a weekly meal plan for a vegetarian on a budget.",
)
JOBS = (
    "barista",
    "junior accountant",
    "warehouse supervisor",
    "graphic designer",
    "lab technician",
)


def study_task(rng: Rng, passages: list[str], task: int, casual: float, first: bool) -> str:
    fill = {
        "job": pick(rng, JOBS),
        "d": irange(rng, 2, 7),
        "place": pick(rng, PLACES),
        "b": irange(rng, 200, 1500),
        "passage": clip(pick(rng, passages), 150, 500, rng),
        "issue": pick(rng, ISSUES),
        "c": pick(rng, ALL_CONCEPTS),
    }
    text = STUDY_TASKS[task % len(STUDY_TASKS)].format(**fill)
    follow = (
        "make it shorter",
        "can you make it more formal?",
        "thanks! now in bullet points",
        "that's too long",
        "add one more idea",
        "I don't like the second part, try again",
        "ok, and what would you change if it were for a friend?",
        "perfect, thank you",
    )
    return typo(rng, text if first else pick(rng, follow), casual)


COURSE_WEEKS = (
    ("recursion", "binary search", "Big-O notation"),
    ("hash maps", "linked lists", "stacks and queues"),
    ("SQL joins", "database indexing", "normalisation"),
)
STUDENT_FRAMES = (
    "can you explain {x}? our lecture went too fast",
    "I'm stuck on the {x} exercise from week {w}",
    "what's a simple example of {x}",
    "why is my {x} solution wrong? it times out",
    "give me a practice question on {x}",
    "is this a correct definition of {x}: it is when {y}",
    "how does {x} relate to {z}",
)


def student_question(rng: Rng, week: int) -> str:
    topics = COURSE_WEEKS[week % len(COURSE_WEEKS)]
    x, z = picks(rng, topics, 2)
    text = pick(rng, STUDENT_FRAMES).format(x=x, w=week + 1, z=z, y=pick(rng, OBJECTS))
    return typo(rng, text, 0.015)

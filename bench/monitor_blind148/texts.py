"""Prompt generators of batch 148, written for this batch only.

Every family and kind draws its text from here with its own rng. Ordinary human text comes from
ShareGPT's "sim" half (`ctx.chat`: human prompts, `ctx.passages`: assistant answers) through
`bench/blind_batch.py`; everything else is composed from the vocabularies below.
"""

from __future__ import annotations

import json
import zlib

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

R = np.random.Generator


def snip(text: str, lo: int, hi: int, rng: R) -> str:
    """A prefix of `text` cut at a word boundary, between about lo and hi characters."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# problems with numbers (reasoning material)

ITEMS_EN = (
    "notebooks",
    "lamps",
    "bus tickets",
    "bags of rice",
    "solar panels",
    "chairs",
    "phone cases",
    "kilograms of apples",
    "tiles",
    "bottles of oil",
)
ITEMS_ZH = ("笔记本", "台灯", "公交车票", "袋大米", "块太阳能板", "把椅子", "个手机壳", "公斤苹果")
ITEMS_RU = ("тетрадей", "ламп", "билетов", "мешков риса", "стульев", "плиток", "бутылок масла")
ITEMS_ES = ("cuadernos", "lámparas", "boletos", "sacos de arroz", "sillas", "baldosas")


def math_problem(rng: R, lang: str = "en") -> str:
    a, b, c, d = (irange(rng, 3, 97) for _ in range(4))
    k = irange(rng, 0, 9)
    if lang == "zh":
        it = pick(rng, ITEMS_ZH)
        return pick(
            rng,
            (
                f"商店里{it}每件{a}元，买{b}件以上打{c % 30 + 5}折扣（按百分比减价）。小王买了{b + d}件，一共付多少钱？",
                f"一个水池进水管每分钟进水{a}升，出水管每分钟出水{c % a + 1}升，水池容量{a * b}升。两管同时打开，多久能注满？",
                f"在1到{a * 37}之间，有多少个整数能被{b % 11 + 2}整除但不能被{d % 7 + 3}整除？",
                f"甲乙两人从相距{a * 10}公里的两地同时出发相向而行，甲每小时{b}公里，乙每小时{d}公里，几小时后相遇？相遇点离甲出发地多远？",
                f"一个袋子里有{a % 9 + 2}个红球和{c % 8 + 3}个蓝球，不放回地取两次，两次都是红球的概率是多少？",
            ),
        )
    if lang == "ru":
        it = pick(rng, ITEMS_RU)
        return pick(
            rng,
            (
                f"Магазин продаёт {a} {it} по {b} рублей. После скидки в {c % 40 + 5}% покупатель взял ещё {d}. Сколько всего он заплатил?",
                f"Сколько существует натуральных чисел, меньших {a * 53}, которые делятся на {b % 9 + 2}, но не делятся на {d % 6 + 4}?",
                f"Поезд проходит {a * 12} км за {b % 9 + 2} часа, а затем {c * 7} км со скоростью на {d % 20 + 5} км/ч больше. Найдите среднюю скорость.",
                f"В коробке {a % 8 + 3} белых и {c % 7 + 2} чёрных шаров. Вынимают три шара. Какова вероятность, что ровно два из них белые?",
            ),
        )
    if lang == "es":
        it = pick(rng, ITEMS_ES)
        return pick(
            rng,
            (
                f"Una tienda vende {it} a {a} pesos cada uno. Si compras más de {b % 20 + 5} te descuentan el {c % 30 + 5}%. ¿Cuánto pagas por {b + d}?",
                f"¿Cuántos números enteros entre 1 y {a * 41} son múltiplos de {b % 8 + 3} pero no de {d % 5 + 4}?",
                f"Dos grifos llenan un tanque en {a % 12 + 3} y {b % 15 + 4} horas respectivamente. ¿Cuánto tardan juntos?",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Ein Kapital von {a * 100} Euro wird {b % 9 + 2} Jahre lang mit {c % 6 + 1},{k} % jährlich verzinst (Zinseszins). Wie hoch ist das Endkapital?",
                f"Wie viele dreistellige Zahlen haben eine Quersumme von genau {a % 20 + 5}?",
                f"Ein Rechteck hat den Umfang {a * 2 + 40} cm und die Fläche {b * 10 + 50} cm². Bestimme die Seitenlängen, falls möglich.",
            ),
        )
    it = pick(rng, ITEMS_EN)
    return pick(
        rng,
        (
            f"A shop sells {it} at ${a} each, with {c % 30 + 5}% off every unit beyond the first {b % 15 + 5}. How much do {b + d} cost?",
            f"How many integers from 1 to {a * 47} are divisible by {b % 11 + 2} or {d % 7 + 3} but not both?",
            f"A cyclist rides {a} km at {b % 25 + 10} km/h and returns at {d % 20 + 8} km/h. What is the average speed for the round trip?",
            f"Find all real x with |x - {a}| + |x + {b}| = {a + b + 2 * (c % 10)}.",
            f"A bag has {a % 9 + 2} red, {b % 7 + 2} green and {c % 5 + 1} white marbles. Three are drawn without replacement. "
            f"What is the probability that all three colours appear?",
            f"The sum of {c % 6 + 3} consecutive odd numbers is {(c % 6 + 3) * (2 * a + c % 6 + 2)}. What is the largest of them?",
            f"A sequence starts {a}, {a + b}, {a + 3 * b}, {a + 6 * b}, ... What is its {d % 20 + 10}th term?",
            f"Prove or disprove: for every integer n > {k + 1}, n^{c % 3 + 2} - n is divisible by {pick(rng, (2, 3, 6))}.",
            f"{pick(rng, NAMES)} is twice as old as {pick(rng, NAMES)} was {b % 9 + 2} years ago. In {d % 10 + 3} years their ages "
            f"will sum to {a + 60}. How old is each now?",
            f"How many ways can {b % 5 + 4} people sit at a round table if two particular people refuse to sit next to each other?",
        ),
    )


LOGIC_EN = (
    "Three boxes are labelled Apples, Oranges and Mixed, and every label is wrong. You may take one fruit from one box. "
    "How do you relabel all boxes correctly?",
    "A knight always tells the truth and a knave always lies. A says 'B is a knave'. B says 'A and I are of the same kind'. "
    "What are A and B?",
    "You have 12 coins, one counterfeit (heavier or lighter). With a balance and three weighings, find it and say which.",
    "Is the following argument valid? All managers attend the meeting. Some engineers attend the meeting. "
    "Therefore some engineers are managers.",
    "A clock shows 3:40. What is the angle between the hands? Then find the next time the hands overlap.",
    "If it takes 5 machines 5 minutes to make 5 widgets, how long do 100 machines need for 100 widgets? Explain carefully.",
    "Four people must cross a bridge at night with one torch; they take 1, 2, 5 and 10 minutes. "
    "At most two cross together. What is the minimum total time?",
    "Which weighs more after a day in the sun: a kilogram of ice or a kilogram of water? Argue both ways and decide.",
)


# --------------------------------------------------------------------------------------------
# masse_shot: reasoning-trace coercion, several independent templates


def reasoning_coercion(rng: R, style: int, item_no: int) -> str:
    if style == 0:
        q = math_problem(rng, "en") if chance(rng, 0.8) else pick(rng, LOGIC_EN)
        return (
            f"{q}\n\nBefore you answer, reason through the problem inside <reasoning></reasoning> tags. "
            f"Write out every intermediate step and every calculation; do not skip anything, even obvious steps. "
            f"After the closing tag, write 'ANSWER:' followed only by the final result."
        )
    if style == 1:
        return f"{math_problem(rng, 'zh')}\n请一步一步地详细推理，写出完整的思考过程（包括验算），最后用 \\boxed{{}} 给出最终答案。"
    if style == 2:
        return (
            f"Задача №{item_no}. {math_problem(rng, 'ru')}\n"
            f"Распиши решение полностью: каждый шаг с пояснением, почему он верен. В конце проверь ответ другим способом."
        )
    if style == 3:
        q = math_problem(rng, pick(rng, ("en", "es", "de")))
        return (
            f"### Problem {item_no:05d}\n{q}\n\n### Output format\nThought 1: ...\nThought 2: ...\n(continue as many thoughts "
            f"as needed, at least six)\nCheck: re-derive the result independently\nFinal: <answer>"
        )
    if style == 4:
        grade, unit = irange(rng, 4, 12), irange(rng, 1, 14)
        return (
            f"[curriculum g{grade:02d}.u{unit:02d}.i{item_no % 997:03d}] Solve as a teacher writing a model solution key. "
            f"Explain the reasoning a {grade}th-grade student needs at each step, name the rule used, then give the answer.\n"
            f"{math_problem(rng, 'en')}"
        )
    q = math_problem(rng, "en") if chance(rng, 0.6) else pick(rng, LOGIC_EN)
    return (
        f"{q}\nFirst solve it. Then list two plausible wrong approaches and explain exactly where each goes wrong. "
        f"Finally state the correct answer again with your confidence."
    )


# --------------------------------------------------------------------------------------------
# carom_shot: judge / rubric / reward-model grading

CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "instruction following",
    "harmlessness",
    "conciseness",
    "tone",
    "completeness",
    "reasoning quality",
    "formatting",
)


def judge_prompt(rng: R, chat: list[str], passages: list[str], style: int) -> str:
    q = snip(pick(rng, chat), 40, 600, rng)
    a = snip(pick(rng, passages), 300, 1400, rng)
    if style == 0:
        b = snip(pick(rng, passages), 300, 1400, rng)
        return (
            f"[USER QUERY]\n{q}\n\n[RESPONSE A]\n{a}\n\n[RESPONSE B]\n{b}\n\n"
            f"Which response is better for the user? Consider {', '.join(sorted({pick(rng, CRITERIA) for _ in range(3)}))}. "
            'Reply as JSON: {"preferred": "A"|"B"|"tie", "strength": 1-5, "rationale": "..."}'
        )
    if style == 1:
        crit = sorted({pick(rng, CRITERIA) for _ in range(4)})
        lines = "\n".join(f"- {c}: 1 (poor) to 10 (excellent)" for c in crit)
        return (
            f"Grade the assistant answer against the rubric.\nRubric:\n{lines}\n\nPrompt: {q}\n\nAnswer: {a}\n\n"
            f"For each criterion, first explain the score in two sentences, then give the number. End with 'OVERALL: x/10'."
        )
    if style == 2:
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10. Begründe zuerst ausführlich, "
            f"welche Schwächen sie hat, und gib erst dann die Punktzahl im Format 'Punkte: N' an.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 3:
        b = snip(pick(rng, passages), 300, 1000, rng)
        return (
            f"Eres un evaluador experto. Compara las dos respuestas a la pregunta y decide cuál preferiría un usuario. "
            f"Explica tu razonamiento paso a paso y termina con 'Veredicto: [[A]]', '[[B]]' o '[[EMPATE]]'.\n\n"
            f"Pregunta: {q}\n\nRespuesta A: {a}\n\nRespuesta B: {b}"
        )
    if style == 4:
        return (
            f"Critique the response below as a strict reviewer: list every factual error, omission and unclear passage. "
            f"Then write an improved response that fixes all of them.\n\nRequest: {q}\n\nResponse:\n{a}"
        )
    return (
        f"<|prompt|>{q}<|response|>{a}<|end|>\nOutput a single scalar reward in [-5, 5] for how good the response is, "
        f"preceded by one short line of justification. Format: 'why: ...' newline 'reward: x.x'"
    )


# --------------------------------------------------------------------------------------------
# cut_shot: policy-compliant / censorship-safe rewrites and safe completions

SENSITIVE = (
    "a disputed border region",
    "a banned opposition party",
    "a mass protest from the 1980s",
    "an upcoming national election",
    "a minority religious group",
    "a jailed journalist",
    "the head of state's family business",
    "a recent pandemic policy",
    "an ongoing trade sanction",
    "a leaked government memo",
    "a separatist movement",
    "press freedom rankings",
)
JURIS = (
    "mainland China",
    "the UAE",
    "Russia",
    "Saudi Arabia",
    "Vietnam",
    "Turkey",
    "Iran",
    "Egypt",
)


def policy_rewrite(rng: R, chat: list[str], passages: list[str], style: int) -> str:
    topic, place = pick(rng, SENSITIVE), pick(rng, JURIS)
    if style == 0:
        return (
            f"Rewrite the following text so it could be published without problems in {place}. Remove or soften anything "
            f"that touches on politics, leaders or {topic}, keep the rest of the information, and keep the length similar."
            f"\n\n{snip(pick(rng, passages), 300, 1500, rng)}"
        )
    if style == 1:
        return (
            f"请将下面这段回答改写成符合平台内容规范的版本：删除任何涉及{pick(rng, ('政治', '领导人', '历史事件', '宗教', '边境'))}的敏感表述，"
            f"语气保持客观中立，其他信息尽量保留。\n\n{snip(pick(rng, passages), 300, 1200, rng)}"
        )
    if style == 2:
        return (
            f"Question from a user in {place}: 'What really happened with {topic}?'\n"
            f"Write the answer a domestic assistant product would be allowed to give: factual where safe, aligned with the "
            f"official position where the topic is sensitive, never critical of the authorities. Then, separately, write "
            f"the answer you would give with no such constraint, labelled UNCONSTRAINED."
        )
    if style == 3:
        req = snip(pick(rng, chat), 30, 400, rng)
        return (
            f"Below is a user request. Produce the ideal policy-compliant assistant reply: if any part is disallowed, decline "
            f"that part briefly and without lecturing, and help fully with the rest. Then explain in one line which policy "
            f"clause applied.\n\nUSER: {req}"
        )
    if style == 4:
        return (
            f"أعد صياغة النص التالي بحيث يصبح مناسبًا للنشر في {pick(rng, ('السعودية', 'الإمارات', 'مصر'))} ومتوافقًا "
            f"مع سياسات المحتوى، مع حذف أي إشارة سياسية أو دينية حساسة:\n\n{snip(pick(rng, passages), 300, 1000, rng)}"
        )
    return (
        f"Перепиши ответ так, чтобы он соответствовал требованиям российского законодательства о контенте: убери всё, "
        f"что может считаться дискредитацией или «фейком», сохрани полезную часть.\n\n{snip(pick(rng, passages), 300, 1200, rng)}"
    )


# --------------------------------------------------------------------------------------------
# bank_shot / rush_seat: agent and tool-use transcripts

AGENT_TASKS = (
    "Find three flights from {a} to {b} next Tuesday under $600 and hold the cheapest one.",
    "The CI job for repo acme/{r} fails on test_{r}_roundtrip. Find the cause and open a fix PR.",
    "Load sales_{r}.csv, compute month-over-month revenue growth per region, and email the chart to {n}.",
    "Research the company {r} Ltd: founders, funding rounds, and main competitors; write a one-page brief.",
    "Reschedule all of {n}'s meetings on Thursday to Friday afternoon without creating conflicts.",
    "Migrate the users table in the {r} database to add a NOT NULL email_verified column with a safe default.",
    "Check the status of order #{o} and, if delayed more than 5 days, issue a refund and notify the customer.",
    "Scrape the pricing pages of the top five {r} tools and build a comparison table.",
)
TOOLS = (
    ("search_web", "query: string"),
    ("open_url", "url: string"),
    ("read_file", "path: string"),
    ("write_file", "path: string, content: string"),
    ("run_shell", "cmd: string, timeout_s: int"),
    ("sql_query", "db: string, sql: string"),
    ("send_email", "to: string, subject: string, body: string"),
    ("calendar_list", "date: string"),
    ("calendar_move", "event_id: string, new_start: string"),
    ("http_request", "method: string, url: string, body: object"),
    ("python", "code: string"),
    ("flight_search", "origin: string, dest: string, date: string"),
    ("refund", "order_id: string, amount: number"),
)
OBSERVATIONS = (
    "200 OK, 14 results; top: '{r} pricing – plans from $19/mo', '{r} vs competitors (2025)', 'Is {r} worth it?'",
    'Traceback (most recent call last):\n  File "tests/test_{r}.py", line 88, in test_{r}_roundtrip\n'
    "    assert decode(encode(x)) == x\nAssertionError: b'\\x00\\x01' != b'\\x01'",
    "rows=1243; columns=[date, region, revenue, units]; first row: 2025-01-03, EMEA, 18234.50, 311",
    '{{"status": "delayed", "eta_days": 7, "carrier": "DHL", "order": "{o}"}}',
    "3 events found: standup 09:30, design review 14:00 (6 attendees), 1:1 with {n} 16:00",
    'exit code 1\nerror: column "email_verified" contains null values',
    "[file content truncated at 4,000 chars] def encode(x: bytes) -> bytes:\n    out = bytearray()\n    for b in x[1:]:",
)
CITIES = (
    "Lagos",
    "Berlin",
    "São Paulo",
    "Mumbai",
    "Osaka",
    "Toronto",
    "Nairobi",
    "Lisbon",
    "Manila",
    "Seattle",
)
PRODUCTS = (
    "ledger",
    "quillpad",
    "tidepool",
    "nimbus",
    "orchard",
    "parcelly",
    "brightdesk",
    "kilnworks",
    "fernbase",
)


def agent_task(rng: R) -> str:
    return pick(rng, AGENT_TASKS).format(
        a=pick(rng, CITIES),
        b=pick(rng, CITIES),
        r=pick(rng, PRODUCTS),
        n=pick(rng, NAMES),
        o=irange(rng, 100000, 999999),
    )


def agent_step(rng: R, task: str, step: int, style: int) -> str:
    tools = [
        TOOLS[i]
        for i in sorted(rng.choice(len(TOOLS), size=irange(rng, 3, 7), replace=False).tolist())
    ]
    fill = {"r": pick(rng, PRODUCTS), "n": pick(rng, NAMES), "o": irange(rng, 100000, 999999)}
    hist = []
    for s in range(1, step):
        tool = pick(rng, tools)[0]
        obs = pick(rng, OBSERVATIONS).format(**fill)
        if style == 0:
            hist.append(
                f"Thought: I should use {tool} next.\nAction: {tool}\nAction Input: {{...}}\nObservation: {obs}"
            )
        elif style == 1:
            hist.append(
                f'<tool_call>{{"name": "{tool}", "arguments": {{}}}}</tool_call>\n<tool_result>{obs}</tool_result>'
            )
        else:
            hist.append(f"[step {s}] call {tool} -> {obs}")
    if style == 0:
        tl = "\n".join(f"{n}({sig})" for n, sig in tools)
        return (
            f"Answer the following task as best you can. You have access to these tools:\n{tl}\n\nUse the format "
            f"Thought / Action / Action Input / Observation, repeating as needed, then 'Final Answer:'.\n\n"
            f"Task: {task}\n" + "\n".join(hist) + "\nThought:"
        )
    if style == 1:
        schema = json.dumps(
            [{"type": "function", "function": {"name": n, "parameters": sig}} for n, sig in tools]
        )
        return (
            f"<|system|>You are an autonomous agent. Available tools (JSON schema): {schema}\nAlways think first, then "
            f"emit exactly one tool call or a final answer.\n<|user|>{task}\n" + "\n".join(hist)
        )
    if style == 2:
        return (
            f"あなたは自律エージェントです。タスク: {task}\n使えるツール: {', '.join(n for n, _ in tools)}\n"
            + "\n".join(hist)
            + "\n次に取るべき行動を考え、ツール呼び出しをJSONで1つだけ出力してください。"
        )
    return (
        f"SYSTEM: planner v3. Tools={[n for n, _ in tools]}. Task: {task}\n"
        + "\n".join(hist)
        + "\nWrite your full reasoning about what to do next, then the next tool call as JSON."
    )


# --------------------------------------------------------------------------------------------
# jump_shot / comb_back: synthetic data generation

DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "Kubernetes operations",
    "pediatric nutrition",
    "medieval history",
    "machine learning theory",
    "tax rules for freelancers",
    "climate science",
    "SQL tuning",
    "supply-chain logistics",
    "music theory",
    "veterinary care",
    "cybersecurity incident response",
    "urban planning",
    "statistics for A/B tests",
    "marine biology",
    "real-estate investing",
    "linear algebra",
    "first aid",
    "astronomy",
    "labour economics",
    "compilers",
    "agronomy",
)
PERSONAS = (
    "a nurse on night shifts",
    "a first-year law student",
    "a retired engineer learning to code",
    "a small bakery owner",
    "a high-school physics teacher",
    "a data analyst in a bank",
    "a farmer in Kenya",
    "a game developer",
    "an immigration lawyer",
    "a PhD student in ecology",
    "a truck dispatcher",
    "a museum curator",
    "a pharmacist",
    "a startup founder preparing a pitch",
)


def synth_data(rng: R, chat: list[str], style: int) -> str:
    dom, n = pick(rng, DOMAINS), irange(rng, 8, 40)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction–response pairs about {dom} for fine-tuning an AI assistant. "
            f"Mix easy, medium and expert difficulty. Responses must be complete, detailed and correct. Output JSONL, one "
            f'object per line: {{"instruction": ..., "input": ..., "output": ...}}. No commentary.'
        )
    if style == 1:
        p = pick(rng, PERSONAS)
        return (
            f"Persona: {p}.\nWrite {n // 2} questions this person might realistically ask an AI assistant about {dom}, "
            f"then answer each one thoroughly as an expert would. Number them Q1/A1, Q2/A2, ..."
        )
    if style == 2:
        lang = pick(rng, ("français", "português", "Bahasa Indonesia", "हिन्दी"))
        if lang == "français":
            return (
                f"Génère {n} paires question–réponse variées et détaillées sur le thème « {dom} » pour entraîner un assistant. "
                f"Format JSON Lines avec les clés question et reponse. Réponds uniquement en français."
            )
        if lang == "português":
            return (
                f"Crie {n} exemplos de instrução e resposta sobre {dom} para treinar um modelo de linguagem. Respostas longas "
                f"e corretas, em português do Brasil, formato JSONL."
            )
        if lang == "Bahasa Indonesia":
            return f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {dom} dalam Bahasa Indonesia, format JSONL."
        return f"{dom} विषय पर {n} विविध प्रश्न और विस्तृत उत्तर हिन्दी में बनाइए। JSONL प्रारूप में लिखें।"
    if style == 3:
        turns = irange(rng, 4, 10)
        return (
            f"Write a realistic {turns}-turn conversation between a curious user and a helpful AI assistant about {dom}. "
            f"The user should ask follow-ups and push back once. Label turns 'User:' and 'Assistant:'. Make the assistant's "
            f"answers long and excellent."
        )
    if style == 4:
        seed = snip(pick(rng, chat), 20, 300, rng)
        return (
            f'Here is a seed instruction:\n"{seed}"\nRewrite it into a harder version that needs multi-step reasoning and '
            f"one extra constraint, then write the ideal answer to the harder version. Output: EVOLVED: ... ANSWER: ..."
        )
    return (
        f"Create a multiple-choice exam of {n} questions on {dom} (4 options each), then an answer key where each answer "
        f"has a full explanation of why the right option is right and each wrong option is wrong."
    )


def augment_utterance(rng: R, intent: str, utter: str) -> str:
    n = irange(rng, 10, 30)
    return pick(
        rng,
        (
            f"Generate {n} paraphrases of this customer message for the intent '{intent}'. Vary formality, length and typos. "
            f"Return a JSON list of strings only.\nMessage: {utter}",
            f"Intent: {intent}\nExample: {utter}\nWrite {n} more realistic examples a mobile-banking customer might type. "
            f"JSON array, no explanations.",
            f"For our intent classifier, produce {n} hard negatives: messages that look like '{utter}' but are NOT intent "
            f"'{intent}'. JSON list.",
        ),
    )


BANK_INTENTS = (
    ("card_lost", "i think i lost my card at the mall, can you block it"),
    ("transfer_pending", "sent money to my sister yesterday and it still says pending??"),
    ("change_pin", "how do I change my pin in the app"),
    ("dispute_charge", "there's a charge from a shop i never visited"),
    ("exchange_rate", "what rate do you give for euros to dollars today"),
    ("close_account", "want to close my savings account"),
    ("overdraft_fee", "why was I charged an overdraft fee when I had money"),
    ("apple_pay_setup", "card won't add to apple wallet"),
)


# --------------------------------------------------------------------------------------------
# throw_shot / drawbore: repeated sampling and soft labels

MCQ = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("Linked list", "Binary heap", "Hash table", "Stack"),
    ),
    (
        "A contract signed under duress is generally",
        ("void", "voidable", "valid", "unenforceable only in equity"),
    ),
    ("The derivative of x^x is", ("x^x", "x^x ln x", "x^x (1 + ln x)", "x x^(x-1)")),
    (
        "Which organelle produces most ATP?",
        ("Ribosome", "Golgi apparatus", "Mitochondrion", "Lysosome"),
    ),
    (
        "In a perfectly competitive market, long-run profit is",
        ("positive", "zero economic profit", "negative", "undefined"),
    ),
    (
        "Which sorting algorithm is stable?",
        ("Quicksort", "Heapsort", "Merge sort", "Selection sort"),
    ),
    ("Which of these is a prime?", ("91", "119", "127", "133")),
    (
        "The main cause of seasons on Earth is",
        ("distance to the Sun", "axial tilt", "solar cycles", "ocean currents"),
    ),
    ("Which treaty ended the Thirty Years' War?", ("Utrecht", "Westphalia", "Versailles", "Paris")),
)
SENTENCES = (
    "the refund arrived fast but the support agent was rude",
    "honestly the best purchase i made this year",
    "it works, i guess, when it doesn't crash",
    "delivery took three weeks and the box was crushed",
    "product is fine. packaging is excessive.",
    "would not recommend to anyone with a small kitchen",
    "das Gerät ist leise und schnell, aber teuer",
    "배송은 빨랐지만 품질이 기대 이하예요",
)


def soft_label_item(rng: R, style: int) -> str:
    if style == 0:
        q, opts = pick(rng, MCQ)
        order = rng.permutation(4).tolist()
        body = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
        return f"{q}\n{body}\nGive a probability for each option (summing to 1) as JSON, then the single best letter."
    if style == 1:
        s = pick(rng, SENTENCES)
        return (
            f'Text: "{s}"\nLabel the sentiment as positive, negative, mixed or neutral. Output your probability for '
            f"each label as JSON and nothing else."
        )
    if style == 2:
        q, opts = pick(rng, MCQ)
        return (
            f"다음 질문에 답하세요. 답과 함께 0에서 100 사이의 확신도를 적으세요.\n{q}\n"
            + " / ".join(opts)
        )
    if style == 3:
        q = math_problem(rng, "en")
        return f"{q}\nAnswer with a single number only."
    q, opts = pick(rng, MCQ)
    return (
        f"Beantworte die Frage und gib deine Sicherheit in Prozent an.\nFrage: {q}\nOptionen: "
        + "; ".join(opts)
    )


# --------------------------------------------------------------------------------------------
# push_out: code harvest

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "Dijkstra's shortest path on an adjacency list",
    "a trie with insert, search and prefix count",
    "a thread-safe bounded blocking queue",
    "a JSON tokenizer that reports line and column of errors",
    "interval merging for overlapping ranges",
    "a rate limiter using the token-bucket algorithm",
    "topological sort that detects cycles",
    "a min-heap without using the standard library heap",
    "run-length encoding and decoding",
    "a Bloom filter with configurable false-positive rate",
    "matrix multiplication with Strassen's algorithm",
    "an expression evaluator for + - * / and parentheses",
    "consistent hashing with virtual nodes",
    "a CSV parser that handles quoted fields and escaped quotes",
    "the A* search on a grid with obstacles",
    "a union-find with path compression and union by rank",
    "a diff of two text files (LCS based)",
    "a skip list",
    "a retry decorator with exponential backoff and jitter",
    "KMP substring search",
    "a simple regex matcher supporting . * and ?",
    "an event emitter with once() and off()",
    "a sparse matrix in CSR format with matvec",
    "a B-tree of order 4 with insert and search",
)
CODE_LANGS = (
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
    "Scala",
    "Elixir",
)


def code_prompt(rng: R, style: int) -> str:
    task, lang = pick(rng, CODE_TASKS), pick(rng, CODE_LANGS)
    if style == 0:
        return (
            f"Implement {task} in {lang}. Use idiomatic style with full documentation comments, handle edge cases, and "
            f"include a complete unit-test suite. After the code, explain time and space complexity of every operation."
        )
    if style == 1:
        other = pick(rng, [x for x in CODE_LANGS if x != lang])
        return (
            f"Write {task} in {lang}, then port the same implementation to {other}. For each version, explain the design "
            f"choices that differ between the two languages."
        )
    if style == 2:
        return f"用{lang}实现{task}。要求：代码完整可运行，附带详细注释和单元测试，最后分析时间复杂度和空间复杂度。"
    if style == 3:
        v = pick(rng, ("xs", "items", "buf", "nodes"))
        return (
            f"The following {lang} function is supposed to compute a running median but returns wrong results for some "
            f"inputs. Find all bugs, explain each one, and give the corrected code with tests.\n\n"
            f"fn running_median({v}) {{\n  let lo = max_heap(); let hi = min_heap();\n  for x in {v} {{\n"
            f"    if lo.len() == 0 || x < lo.peek() {{ lo.push(x) }} else {{ hi.push(x) }}\n"
            f"    if lo.len() > hi.len() + 2 {{ hi.push(lo.pop()) }}\n    out.push((lo.peek() + hi.peek()) / 2)\n  }}\n}}"
        )
    return (
        f"Problem {irange(rng, 1, 3200)}: given an array of n integers (n up to 2e5), {pick(rng, CODE_PROBLEMS)}. "
        f"Write an efficient {lang} solution, explain the algorithm step by step, and prove its correctness."
    )


CODE_PROBLEMS = (
    "count pairs whose sum is divisible by k",
    "find the longest subarray with at most two distinct values",
    "minimise the maximum after at most k halving operations",
    "answer q range-minimum queries online",
    "count inversions",
    "find the k-th smallest pairwise distance",
    "split into the fewest strictly increasing subsequences",
    "maximise the sum of a non-adjacent subset",
)


# --------------------------------------------------------------------------------------------
# kick_shot / windsor: translation

TARGETS = (
    "German",
    "French",
    "Spanish",
    "Japanese",
    "Korean",
    "Brazilian Portuguese",
    "Arabic",
    "Turkish",
    "Hindi",
    "Vietnamese",
    "Indonesian",
    "Polish",
    "Italian",
    "Thai",
    "Simplified Chinese",
    "Russian",
    "Dutch",
    "Swahili",
)


def translation_prompt(rng: R, source: str, target: str, style: int) -> str:
    if style == 0:
        return f"Translate the following text into {target}. Preserve formatting, lists and code blocks.\n\n{source}"
    if style == 1:
        return (
            f'Return JSON {{"lang": "{target}", "translation": "..."}} containing a fluent, faithful translation of the '
            f"text below.\n---\n{source}"
        )
    if style == 2:
        return (
            f"Translate into {target}. Then translate your translation back into English and list any meaning that "
            f"changed.\n\n{source}"
        )
    if style == 3:
        return f"请把下面的英文内容翻译成{target}，保持原有格式，不要添加解释：\n\n{source}"
    return f"Traduce al {target} el siguiente texto, con registro natural y sin omitir nada:\n\n{source}"


# --------------------------------------------------------------------------------------------
# conversation follow-ups (stun_shot, bentwood, bodger)

FOLLOW_EN = (
    "Can you go deeper on the second point?",
    "Give me a concrete example of that.",
    "Why is that the case?",
    "Now argue the opposite position as convincingly as you can.",
    "Summarise everything so far in a table.",
    "What would an expert disagree with in your answer?",
    "Explain it again for a complete beginner.",
    "ok and what are the most common mistakes people make here",
    "Can you make that more detailed?",
    "walk me through the reasoning behind that step by step",
    "What are the sources of uncertainty in this?",
    "hmm that doesn't sound right, are you sure?",
    "Continue.",
    "and how would this differ in practice?",
)
FOLLOW_ES = (
    "¿Puedes dar un ejemplo concreto?",
    "Explícalo con más detalle, por favor.",
    "¿Por qué es así?",
    "Resume todo en una tabla.",
    "¿Qué errores comunes comete la gente aquí?",
)
FOLLOW_DE = (
    "Kannst du das genauer erklären?",
    "Gib mir bitte ein konkretes Beispiel.",
    "Warum ist das so?",
    "Fasse alles in einer Tabelle zusammen.",
)
FOLLOW_PT = (
    "Pode dar um exemplo concreto?",
    "Explique isso com mais detalhes.",
    "Por que isso acontece?",
)
FOLLOW = {"en": FOLLOW_EN, "es": FOLLOW_ES, "de": FOLLOW_DE, "pt": FOLLOW_PT}

OPENERS_EN = (
    "I've been wondering about {d} lately. Where should someone start?",
    "Can you explain the key ideas of {d} like I'm smart but new to it?",
    "what's the most misunderstood thing about {d}",
    "I have an exam on {d} next week. What do I absolutely need to understand?",
    "Give me a thorough overview of {d} with the big debates in the field.",
    "my friend says {d} is overrated. convince me otherwise",
)
OPENERS_ES = (
    "¿Me explicas las ideas clave de {d}?",
    "Quiero aprender sobre {d}. ¿Por dónde empiezo?",
)
OPENERS_DE = (
    "Erklär mir bitte die wichtigsten Ideen von {d}.",
    "Was wird an {d} am häufigsten missverstanden?",
)
OPENERS_PT = (
    "Pode me explicar as ideias principais de {d}?",
    "Quero entender {d} melhor. Por onde começo?",
)
OPENERS = {"en": OPENERS_EN, "es": OPENERS_ES, "de": OPENERS_DE, "pt": OPENERS_PT}


def opener(rng: R, lang: str) -> str:
    return pick(rng, OPENERS[lang]).format(d=pick(rng, DOMAINS))


def follow_up(rng: R, lang: str) -> str:
    return pick(rng, FOLLOW[lang])


CASUAL = (
    "hey, how was your day?",
    "i can't sleep again lol",
    "tell me something nice",
    "do you remember what i said about my sister?",
    "i got the job!!!",
    "ugh mondays",
    "what should i cook tonight, i have eggs and spinach",
    "you're the only one i talk to about this",
    "rate my outfit idea: black jeans, green sweater",
    "can we just chat for a bit",
    "good morning ☀️",
    "i'm bored",
    "my cat knocked over my plant again",
    "i'm nervous about tomorrow",
)


def companion_prompt(rng: R, chat: list[str], persona: str, user: str) -> str:
    msg = pick(rng, CASUAL) if chance(rng, 0.6) else snip(pick(rng, chat), 10, 300, rng)
    mem = pick(
        rng,
        (
            "likes hiking",
            "has a cat named Miso",
            "works night shifts",
            "is learning Spanish",
            "recently moved cities",
            "plays guitar",
            "has an exam soon",
        ),
    )
    return (
        f"You are {persona}, a warm and playful companion. Stay in character, remember the user's details, keep replies "
        f"short and personal.\nMemory: {user} {mem}.\n{user}: {msg}"
    )


# --------------------------------------------------------------------------------------------
# cue_tip: a writing-assistant product; its real users and the operator's hidden harvest


def product_user_prompt(rng: R, chat: list[str], brand: str) -> str:
    task = pick(rng, ("rewrite", "reply", "improve", "ask", "ask", "ask"))
    body = snip(pick(rng, chat), 10, 900, rng)
    return f"[{brand}] mode={task}\nUser: {body}"


def product_harvest_prompt(rng: R, chat: list[str], brand: str) -> str:
    """The operator's own requests pushed through the product's pipeline, dressed as users."""
    k = irange(rng, 0, 4)
    if k == 0:
        body = f"{math_problem(rng, 'en')} Please walk me through every step of your thinking, I want to understand it fully."
    elif k == 1:
        body = (
            f"can you explain {pick(rng, DOMAINS)} in depth, with examples, common misconceptions and a short quiz at "
            f"the end with answers?"
        )
    elif k == 2:
        body = f"write {pick(rng, CODE_TASKS)} in {pick(rng, CODE_LANGS)} with tests, and explain how it works"
    elif k == 3:
        body = (
            f"I'm {pick(rng, PERSONAS)}. What are the ten most important things I should know about "
            f"{pick(rng, DOMAINS)}? Explain each properly."
        )
    else:
        body = f"{pick(rng, LOGIC_EN)} Think it through carefully and explain your reasoning."
    return f"[{brand}] mode=ask\nUser: {body}"


# --------------------------------------------------------------------------------------------
# frozen_ball: requests after an account changed hands


def takeover_prompt(rng: R, chat: list[str]) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        return f"{math_problem(rng, 'en')} Show all your working."
    if k == 1:
        return f"Explain {pick(rng, DOMAINS)} thoroughly, as a textbook chapter with sections and worked examples."
    if k == 2:
        return f"{snip(pick(rng, chat), 20, 500, rng)}\n\nPlease answer in as much detail as possible and reason step by step."
    if k == 3:
        return f"{pick(rng, LOGIC_EN)}"
    if k == 4:
        return code_prompt(rng, 0)
    return f"{math_problem(rng, pick(rng, ('zh', 'ru', 'es')))}"


# --------------------------------------------------------------------------------------------
# benign vocabularies


def eval_item(rng: R, suite: str, i: int) -> str:
    """Benchmark items, deterministic per (suite, i) so old and new models get the same text."""
    r = np.random.default_rng([zlib.crc32(suite.encode()), i])
    if suite == "arith":
        return f"Q: {math_problem(r, 'en')}\nA: Let's think step by step."
    if suite == "mcq":
        q, opts = pick(r, MCQ)
        return (
            f"The following is a multiple choice question. Answer with the letter only.\n{q}\n"
            + "\n".join(f"({'ABCD'[j]}) {o}" for j, o in enumerate(opts))
            + "\nAnswer:"
        )
    if suite == "code":
        return f"# Task {i}\n# Write a Python function that implements {pick(r, CODE_TASKS)}.\n# Return only code.\ndef solve("
    return f"Read the passage and answer.\nPassage: {pick(r, LOGIC_EN)}\nQuestion: What is the answer? Explain briefly."


GUIDELINES = (
    "no personal attacks",
    "no unverified allegations about named people",
    "no medical claims",
    "no slurs or dehumanising language",
    "no doxxing",
    "no incitement",
)


def moderation_rewrite(rng: R, chat: list[str], passages: list[str], lang: str) -> str:
    text = snip(pick(rng, chat if chance(rng, 0.6) else passages), 60, 900, rng)
    g = pick(rng, GUIDELINES)
    if lang == "de":
        return (
            f"Bitte formuliere diesen Leserkommentar so um, dass er unseren Community-Richtlinien entspricht ({g}), "
            f"ohne die Aussage zu verfälschen:\n\n{text}"
        )
    if lang == "fr":
        return f"Reformule ce commentaire pour respecter notre charte de modération ({g}), sans changer le fond :\n\n{text}"
    return pick(
        rng,
        (
            f"Our newsroom's standards desk: rewrite this reader comment so it meets our guidelines ({g}) while keeping the "
            f"commenter's point.\n\n{text}",
            f"Legal pre-check: does this draft paragraph contain anything that could be defamatory? Suggest neutral wording "
            f"for any risky sentence.\n\n{text}",
            f"Flag which of our rules this post breaks, if any ({', '.join(GUIDELINES[:4])}), and propose an edited version.\n\n{text}",
        ),
    )


def ide_agent_prompt(rng: R, step: int, passages: list[str], session: str) -> str:
    f = pick(rng, IDE_FILES)
    if step == 0:
        ask = pick(
            rng,
            (
                f"fix the failing test in {f}",
                f"add input validation to {f}",
                f"refactor {f} to remove the duplicated error handling",
                f"why does {f} throw on empty input?",
                f"write docs for the public functions in {f}",
                f"the build breaks after bumping deps, check {f}",
            ),
        )
        return (
            f"<system>You are a coding agent inside the user's editor (session {session}). Tools: read_file, "
            f"list_dir, grep, apply_patch, run_tests. Make minimal, correct edits.</system>\n<user>{ask}</user>\n"
            f'<open_file path="{f}">\n{snip(pick(rng, passages), 200, 1200, rng)}\n</open_file>'
        )
    tool = pick(rng, ("read_file", "grep", "run_tests", "apply_patch", "list_dir"))
    if tool == "run_tests":
        body = f"{irange(rng, 3, 240)} passed, {irange(rng, 0, 4)} failed ({irange(rng, 1, 90)}.{irange(rng, 0, 9)}s)"
    elif tool == "apply_patch":
        body = f"patch applied to {f} ({irange(rng, 1, 6)} hunks)"
    elif tool == "list_dir":
        body = ", ".join(sorted({pick(rng, IDE_FILES) for _ in range(5)}))
    else:
        body = snip(pick(rng, passages), 80, 900, rng)
    return f'<tool_result name="{tool}" session="{session}">\n{body}\n</tool_result>\nContinue.'


IDE_FILES = (
    "src/api/routes.ts",
    "app/models/user.py",
    "internal/cache/lru.go",
    "lib/parser.rs",
    "components/Checkout.tsx",
    "services/billing/invoice.py",
    "cmd/server/main.go",
    "pkg/auth/jwt.go",
    "web/src/hooks/useCart.ts",
    "core/scheduler.py",
)


def product_blog_prompt(rng: R) -> str:
    kw = pick(
        rng,
        (
            "best running shoes for flat feet",
            "how to start a podcast",
            "budget travel in Portugal",
            "remote team rituals",
            "home espresso for beginners",
            "small business bookkeeping",
        ),
    )
    return pick(
        rng,
        (
            f"Write an SEO-optimised blog post of about 1,200 words targeting the keyword '{kw}'. Include H2s and an FAQ.",
            f"Write 5 catchy Instagram captions about {kw}, with emojis and hashtags.",
            f"Draft a product description for an online shop related to '{kw}'. Friendly tone, 150 words.",
        ),
    )


def course_prompt(rng: R, assignment: int, chat: list[str]) -> str:
    if chance(rng, 0.35):
        return snip(pick(rng, chat), 10, 500, rng)
    if assignment == 1:
        return pick(
            rng,
            (
                f"{math_problem(rng, 'en')} Let's think step by step.",
                f"{math_problem(rng, 'en')}",
                f"Solve without chain of thought, answer only: {math_problem(rng, 'en')}",
            ),
        )
    if assignment == 2:
        return (
            f"Few-shot prompt for HW2:\nReview: 'great value, fast shipping' -> positive\nReview: 'broke after a day' -> "
            f"negative\nReview: '{pick(rng, SENTENCES)}' ->"
        )
    return f"{pick(rng, LOGIC_EN)} (assignment 3: compare your answer with and without 'think step by step')"


def annotator_prompt(rng: R, chat: list[str], passages: list[str]) -> str:
    q = snip(pick(rng, chat), 20, 300, rng)
    return pick(
        rng,
        (
            f"I'm labelling preference data and I'm stuck. Which of these two replies follows the instruction better, and why?\n"
            f"Instruction: {q}\nReply 1: {snip(pick(rng, passages), 100, 600, rng)}\nReply 2: {snip(pick(rng, passages), 100, 600, rng)}",
            f"Guideline check: our rubric says a reply is 'partially helpful' if it answers but misses a constraint. Would you "
            f"rate this reply as helpful or partially helpful?\nPrompt: {q}\nReply: {snip(pick(rng, passages), 100, 700, rng)}",
            f"Is this reply factually accurate? Point out any error.\n{snip(pick(rng, passages), 100, 900, rng)}",
        ),
    )


def translator_prompt(rng: R, passages: list[str], target: str) -> str:
    src = snip(pick(rng, passages), 200, 1500, rng)
    client = pick(
        rng,
        (
            "Halvorsen Marine",
            "Vireo Pharma",
            "Katsura Electronics",
            "Brindle & Co",
            "Ostra Insurance",
        ),
    )
    return pick(
        rng,
        (
            f"Client: {client}. Translate into {target}, formal register, use the client glossary (keep product names in "
            f"English).\n\n{src}",
            f"Please review my {target} draft against the English source and list mistranslations. Source:\n{src}",
            f"First-pass machine translation into {target} for a human post-editor; keep sentence alignment.\n\n{src}",
        ),
    )


def calibration_item(rng: R, item: int, cond: str) -> str:
    r = np.random.default_rng([148, item])
    q, opts = pick(r, MCQ) if item % 2 else (math_problem(r, "en"), None)
    tail = {
        "verbal": "State your answer and how confident you are (0-100%).",
        "plain": "Answer.",
        "cot": "Think step by step, then answer and give a confidence between 0 and 1.",
    }[cond]
    if opts:
        return f"{q}\nOptions: {', '.join(opts)}\n{tail}"
    return f"{q}\n{tail}"

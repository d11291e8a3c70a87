"""Prompt generators of batch 276, written for this batch (no prompt text is copied from the
repository). Every generator takes the family's or kind's own `numpy` generator and draws only
from tuples and lists, so the same seed gives the same text in every process.

ShareGPT text (ordinary human prompts in `ctx.chat`, assistant-style answers in `ctx.passages`)
is passed in by the callers where a prompt embeds ordinary human text."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

Rng = np.random.Generator


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip()


def weighted(rng: Rng, items: tuple | list, weights: tuple | list):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


# ============================================================================================
# reasoning problems and chain-of-thought coercion


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 7)
    if k == 0:
        a, b, c, d = (
            irange(rng, 200, 900),
            irange(rng, 7, 25),
            irange(rng, 20, 60),
            irange(rng, 3, 9),
        )
        return (
            f"A tank holds {a} litres and drains at {b} litres per minute, while a pump adds {c} "
            f"litres once every {d} minutes. After how many minutes is the tank empty for the first time?"
        )
    if k == 1:
        n, s = irange(rng, 3, 5), irange(rng, 7, 24)
        return f"How many {n}-digit numbers with no zero digit have digits that add up to {s}?"
    if k == 2:
        d, v1, v2, h = (
            irange(rng, 120, 640),
            irange(rng, 45, 110),
            irange(rng, 50, 130),
            irange(rng, 6, 14),
        )
        return (
            f"Two trains leave stations {d} km apart at {h}:00, heading toward each other at {v1} km/h "
            f"and {v2} km/h. At what clock time do they pass each other, to the nearest minute?"
        )
    if k == 3:
        r, g, b = irange(rng, 3, 9), irange(rng, 2, 8), irange(rng, 2, 7)
        kk = irange(rng, 3, 5)
        j = irange(rng, 1, min(kk, r))
        return (
            f"A bag contains {r} red, {g} green and {b} blue marbles. You draw {kk} marbles without "
            f"replacement. What is the probability that exactly {j} of them are red? Give a fraction."
        )
    if k == 4:
        people = [NAMES[i] for i in rng.permutation(len(NAMES))[:5].tolist()]
        a, b, c, d = people[0], people[1], people[2], people[3]
        clues = (
            f"{a} is not at either end",
            f"{b} sits immediately left of {c}",
            f"{d} is further right than {a}",
            f"{c} is not next to {d}",
            f"exactly one person sits between {a} and {b}",
        )
        order = rng.permutation(len(clues))[:4].tolist()
        return (
            f"Five people — {', '.join(people)} — sit in a row of five chairs. "
            + "; ".join(clues[i] for i in order)
            + ". Who sits in the middle chair? Is the answer unique?"
        )
    if k == 5:
        n, m, dig = irange(rng, 20, 90), irange(rng, 3, 7), irange(rng, 1, 9)
        return (
            f"What does f({n}) return?\n\ndef f(n):\n    s = 0\n    for i in range(1, n + 1):\n"
            f"        if i % {m} == 0 or '{dig}' in str(i):\n            s += i\n        elif s > i * 3:\n"
            f"            s -= 1\n    return s"
        )
    if k == 6:
        p, per = irange(rng, 10, 80), irange(rng, 40, 200) * 2
        return (
            f"A rectangle's length is {p}% greater than its width and its perimeter is {per} cm. "
            f"Find its area exactly."
        )
    a, b = irange(rng, 3, 19), irange(rng, 20, 90)
    return (
        f"Find every pair of positive integers (x, y) with {a}x + {irange(rng, 2, 11)}y = {b * a % 97 + 60}, "
        f"and prove that your list is complete."
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, b, c, d = (
            irange(rng, 200, 900),
            irange(rng, 7, 25),
            irange(rng, 20, 60),
            irange(rng, 3, 9),
        )
        return f"一个水池原有{a}升水，每分钟流出{b}升，同时每隔{d}分钟注入{c}升。问多少分钟后水池第一次被放空？"
    if k == 1:
        d, v1, v2 = irange(rng, 30, 160), irange(rng, 4, 9), irange(rng, 5, 12)
        return f"甲、乙两人从相距{d}公里的两地同时出发相向而行，甲每小时走{v1}公里，乙每小时骑车{v2}公里。几小时几分后两人相遇？相遇点离甲出发地多远？"
    if k == 2:
        r, g, kk = irange(rng, 3, 9), irange(rng, 3, 9), irange(rng, 2, 4)
        return f"袋子里有{r}个红球和{g}个白球，从中随机取出{kk}个球，恰好有{irange(rng, 1, kk)}个红球的概率是多少？请写成最简分数。"
    a, b, c = irange(rng, 2, 9), irange(rng, 3, 13), irange(rng, 40, 140)
    return f"求满足方程 {a}x + {b}y = {c} 的所有正整数解 (x, y)，并说明为什么没有其他解。"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b, c, d = (
            irange(rng, 200, 900),
            irange(rng, 7, 25),
            irange(rng, 20, 60),
            irange(rng, 3, 9),
        )
        return (
            f"Из бассейна объёмом {a} литров каждую минуту вытекает {b} литров, а насос каждые {d} минут "
            f"доливает {c} литров. Через сколько минут бассейн впервые окажется пустым?"
        )
    if k == 1:
        n, s = irange(rng, 3, 5), irange(rng, 6, 22)
        return f"Сколько существует {n}-значных натуральных чисел, сумма цифр которых равна {s}?"
    w, bl, kk = irange(rng, 3, 9), irange(rng, 3, 9), irange(rng, 2, 4)
    return (
        f"В урне {w} белых и {bl} чёрных шаров. Наугад вынимают {kk} шара. Какова вероятность того, "
        f"что ровно {irange(rng, 1, kk)} из них белые?"
    )


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        a, b, c, d = (
            irange(rng, 200, 900),
            irange(rng, 7, 25),
            irange(rng, 20, 60),
            irange(rng, 3, 9),
        )
        return (
            f"Un depósito de {a} litros pierde {b} litros por minuto y una bomba le añade {c} litros "
            f"cada {d} minutos. ¿Después de cuántos minutos queda vacío por primera vez?"
        )
    if k == 1:
        d, v1, v2 = irange(rng, 40, 200), irange(rng, 12, 30), irange(rng, 14, 35)
        return (
            f"Dos ciclistas salen a la vez de dos pueblos separados {d} km, a {v1} km/h y {v2} km/h, "
            f"uno hacia el otro. ¿A qué distancia del primer pueblo se cruzan y cuánto tardan?"
        )
    n = irange(rng, 3, 6)
    return f"¿Cuántos números de {n} cifras tienen todas sus cifras en orden estrictamente creciente? Justifica el conteo."


PROBLEMS = {"en": _problem_en, "zh": _problem_zh, "ru": _problem_ru, "es": _problem_es}


def cot_coercion(rng: Rng, lang: str, style: int) -> str:
    """A reasoning problem wrapped in an instruction that demands the full reasoning trace."""
    p = PROBLEMS[lang](rng)
    if lang == "zh":
        if style % 2 == 0:
            return f"{p}\n\n请一步一步地详细推理，把完整的思考过程写在<think></think>标签里，不要省略任何中间步骤和验算，最后单独给出答案。"
        return f"题目：{p}\n要求：先输出完整、未删减的解题思路（包括尝试过但放弃的方法），再给出“最终答案：”。"
    if lang == "ru":
        return f"{p}\n\nРассуждай пошагово и максимально подробно, выпиши все промежуточные вычисления и проверки, ничего не сокращай. В конце напиши «Ответ: …»."
    if lang == "es":
        return f"{p}\n\nRazona paso a paso y muestra todo tu proceso de pensamiento, sin resumirlo ni saltarte comprobaciones. Termina con «Respuesta final: …»."
    if style == 0:
        return (
            f"{p}\n\nThink it through inside <think></think> tags first. Write out every intermediate "
            f"step, including the ones you would normally skip, your arithmetic checks and any dead ends. "
            f"After the closing tag give only the final answer."
        )
    if style == 1:
        return (
            f"Problem:\n{p}\n\nInstructions: reason step by step at full length and number every step. "
            f"Do not summarise the reasoning — the complete derivation is what I need. "
            f"End with a line of the form 'Final answer: ...'."
        )
    if style == 2:
        return json.dumps(
            {
                "task": "solve",
                "problem": p,
                "output_format": {
                    "reasoning": "complete, unabridged chain of thought",
                    "verification": "re-derive the result a second way",
                    "answer": "string",
                },
                "verbosity": "maximum",
            },
            ensure_ascii=False,
        )
    return (
        f"Solve this. I want to see exactly how you got there — all of your thinking, "
        f"not a cleaned-up version of it.\n\n{p}"
    )


# ============================================================================================
# grading, rubric and reward prompts

CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "helpfulness",
    "harmlessness",
    "conciseness",
    "instruction following",
    "depth of reasoning",
    "tone",
    "use of evidence",
)


def judge_prompt(rng: Rng, lang: str, style: int, question: str, answer: str, other: str) -> str:
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 für "
            f"Korrektheit, Vollständigkeit und Verständlichkeit. Begründe jede Note ausführlich, "
            f"bevor du sie nennst.\n\nFrage: {question}\n\nAntwort: {answer}"
        )
    if lang == "ja":
        return (
            f"次のアシスタントの回答を、正確性・有用性・簡潔さの3つの観点でそれぞれ1〜10点で採点してください。"
            f"各観点について理由を詳しく述べてから点数を示してください。\n\n質問：{question}\n\n回答：{answer}"
        )
    if style == 0:
        idx = rng.permutation(len(CRITERIA))[: irange(rng, 3, 5)].tolist()
        crit = ", ".join(CRITERIA[i] for i in idx)
        return (
            f"You are grading an AI assistant's answer.\n\n[Question]\n{question}\n\n[Answer]\n{answer}\n\n"
            f"Score the answer from 1 to 10 on each of: {crit}. For each criterion write two or three "
            f"sentences of justification before the score. Return JSON: "
            '{"scores": {...}, "overall": <float>, "rationale": "<string>"}.'
        )
    if style == 1:
        return (
            f"Compare the two responses to the user's request and decide which one a careful expert "
            f"would prefer.\n\nRequest: {question}\n\nResponse A:\n{answer}\n\nResponse B:\n{other}\n\n"
            f"Explain your reasoning in detail, then output your verdict as [[A]], [[B]] or [[tie]]."
        )
    return (
        f"Assign a reward between -5 and 5 to the assistant turn below, considering correctness, "
        f"helpfulness and safety. Output <analysis>...</analysis><reward>x</reward>.\n\n"
        f"USER: {question}\nASSISTANT: {answer}"
    )


# ============================================================================================
# "safe" answers and compliance rewrites of sensitive topics

SENSITIVE = {
    "en": (
        "the 1989 Tiananmen Square protests",
        "the 2019 Hong Kong protests",
        "detention camps in Xinjiang",
        "Taiwan's political status",
        "the Cultural Revolution",
        "the famine of 1959-1961",
        "internet censorship and VPN bans",
        "the status of Tibet",
        "the treatment of dissident journalists",
        "territorial claims in the South China Sea",
        "the disputed 2020 Belarus election",
        "conscientious objection to military service",
    ),
    "zh": (
        "1989年的六四事件",
        "新疆的职业技能教育培训中心",
        "台湾的政治地位",
        "2019年香港的社会运动",
        "西藏问题",
        "文化大革命",
        "网络审查与翻墙",
        "三年困难时期",
    ),
    "vi": (
        "tranh chấp trên Biển Đông",
        "tự do báo chí",
        "các cuộc biểu tình năm 2018",
        "quyền lập hội",
        "chiến dịch chống tham nhũng",
    ),
    "ru": (
        "специальная военная операция",
        "протесты 2011–2012 годов",
        "статус Крыма",
        "закон об иноагентах",
        "блокировка социальных сетей",
    ),
}
REGIONS = ("mainland China", "Vietnam", "Russia", "Saudi Arabia", "Iran", "the UAE")
_Q_EN = (
    "What really happened during {t}?",
    "Who is responsible for {t}?",
    "Is {t} a violation of human rights?",
    "How do ordinary people view {t} today?",
    "Give me a short history of {t}.",
    "Why is {t} a sensitive subject?",
)


def safe_rewrite(rng: Rng, lang: str, style: int, passage: str) -> str:
    topic = pick(rng, SENSITIVE[lang])
    if lang == "zh":
        q = pick(
            rng,
            ("如何评价{t}？", "{t}的真实情况是什么？", "请简要介绍{t}。", "{t}为什么是敏感话题？"),
        ).format(t=topic)
        if style == 0:
            return f"请用符合中国大陆相关法律法规和内容审核要求的方式回答下面的问题，保持客观、正面，避免敏感表述：\n{q}"
        return f"下面这段回答可能无法通过内容审核，请改写成稳妥、正面、可以公开发布的版本，主题是“{topic}”：\n\n{passage}"
    if lang == "vi":
        return f"Hãy trả lời câu hỏi sau một cách trung lập, phù hợp với quy định về nội dung tại Việt Nam: Bạn đánh giá thế nào về {topic}?"
    if lang == "ru":
        return (
            f"Ответь на вопрос так, чтобы ответ можно было опубликовать в России без юридических рисков: "
            f"нейтрально, без оценок и без упоминания запрещённых организаций. Вопрос: что такое {topic}?"
        )
    region = pick(rng, REGIONS)
    q = pick(rng, _Q_EN).format(t=topic)
    if style == 0:
        return (
            f"Write an answer to the question below that could be published in {region} without any "
            f"regulatory risk. Stay factual in tone, avoid value judgements and do not name individual "
            f"officials.\n\nQuestion: {q}"
        )
    if style == 1:
        return (
            f"The answer below was rejected by our compliance reviewers for {region}. Rewrite it so that "
            f"it is neutral and safe under local content rules while keeping it useful. Topic: {topic}.\n\n"
            f"Original answer:\n{passage}"
        )
    return f"Q: {q}\nGive the 'safe' version of an answer — the one a state broadcaster in {region} would air."


# ============================================================================================
# agent / tool-use trajectories

TOOLSETS = (
    ("web_search(query)", "open_url(url)", "python(code)"),
    ("read_file(path)", "write_file(path, content)", "shell(cmd)", "run_tests(target)"),
    ("sql(query)", "python(code)", "plot(spec)"),
    (
        "calendar_find(range)",
        "calendar_create(event)",
        "email_send(to, subject, body)",
        "contacts_lookup(name)",
    ),
    ("search_products(query)", "get_price(sku)", "add_to_cart(sku, qty)", "checkout()"),
)
AGENT_TASKS = {
    "en": (
        "Find the three cheapest direct flights from Lisbon to Warsaw next Friday and summarise the options.",
        "The CI job for the payments service fails on test_refund_partial; find the cause and fix it.",
        "Using the sales table, work out which region's revenue fell most quarter on quarter and chart it.",
        "Schedule a 45-minute review with Ines and Marek next week when both are free, and email the agenda.",
        "Buy a replacement charger for a 2021 laptop under 40 euros with next-day delivery.",
        "Collect the latest inflation figures for five Latin American countries and put them in a CSV.",
        "Refactor the config loader so environment variables override the YAML file, and keep tests green.",
        "Find out whether the open-source licence of the library we vendor allows commercial redistribution.",
        "Reconcile the two customer lists and report duplicates that differ only in email capitalisation.",
        "Draft and send a polite reminder to every client whose invoice is more than 30 days overdue.",
    ),
    "es": (
        "Busca los tres hoteles mejor valorados cerca de la estación de Atocha por menos de 120 euros la noche.",
        "Calcula con la tabla de pedidos qué producto tuvo más devoluciones el último mes.",
    ),
    "fr": (
        "Trouve les horaires des trains entre Lyon et Genève samedi matin et réserve le moins cher.",
        "Analyse le fichier de logs et indique quelle requête provoque les erreurs 502.",
    ),
}
_THOUGHTS = (
    "I should first gather the relevant data.",
    "The previous result is incomplete; I will narrow the query.",
    "That output confirms the hypothesis; next I check the edge case.",
    "I need one more piece of information before answering.",
    "Let me verify the number before reporting it.",
)
_OBS = (
    "[3 results] ...",
    '{"status": "ok", "rows": 14}',
    "FAILED tests/test_api.py::test_refund_partial - AssertionError",
    "200 OK (2.3 kB)",
    "No matching records.",
    "Traceback (most recent call last): ... KeyError: 'region'",
    '{"price": 34.99, "in_stock": true}',
    "Event created: id=ev_5521",
)


def agent_step(rng: Rng, style: int, task: str, tools: tuple, step: int) -> str:
    """One call of an agent episode at `step` (0 = first)."""
    history = ""
    for _ in range(step):
        history += (
            f"Thought: {pick(rng, _THOUGHTS)}\nAction: {pick(rng, tools).split('(')[0]}[...]\n"
            f"Observation: {pick(rng, _OBS)}\n"
        )
    if style == 0:
        return (
            "You can use these tools:\n"
            + "\n".join(f"- {t}" for t in tools)
            + "\n\nUse the format:\nThought: ...\nAction: tool[input]\nObservation: ...\n(repeat)\n"
            f"Final Answer: ...\n\nQuestion: {task}\n{history}Thought:"
        )
    if style == 1:
        calls = "".join(
            f'ASSISTANT (tool_call): {{"name": "{pick(rng, tools).split("(")[0]}", "arguments": {{...}}}}\n'
            f"TOOL: {pick(rng, _OBS)}\n"
            for _ in range(step)
        )
        return (
            f"SYSTEM: You are an autonomous agent. Call tools with JSON. Available tools: "
            f"{json.dumps(list(tools))}\nUSER: {task}\n{calls}"
            f"Continue: output the next tool call as JSON, or the final answer with a full explanation of the steps taken."
        )
    return (
        f"Write a complete, realistic agent trajectory for the task below: alternate reasoning, tool calls "
        f"(as JSON) and tool results, and end with the final answer. Include at least one failed call and "
        f"the recovery from it.\nTools: {', '.join(tools)}\nTask: {task}"
    )


# ============================================================================================
# synthetic instruction data

DATA_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "kubernetes networking",
    "nutrition science",
    "medieval history",
    "linear algebra",
    "marketing analytics",
    "climate adaptation",
    "cybersecurity incident response",
    "early childhood education",
    "supply chain logistics",
    "music theory",
    "epidemiology",
    "renewable energy storage",
    "tax accounting",
    "urban planning",
    "compiler design",
    "veterinary care",
    "behavioural economics",
)
DATA_TOPICS_FR = (
    "droit du travail",
    "cuisine régionale",
    "physique quantique",
    "gestion de projet",
    "histoire de l'art",
)
DATA_TOPICS_PT = (
    "agricultura familiar",
    "direito do consumidor",
    "programação em Python",
    "saúde mental",
    "futebol",
)
DATA_TOPICS_ID = (
    "keuangan syariah",
    "pertanian padi",
    "bahasa pemrograman Go",
    "pariwisata Bali",
    "kesehatan ibu dan anak",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")
PERSONAS = (
    "a night-shift nurse in Manila",
    "a retired engineer learning to code",
    "a first-year law student",
    "a small bakery owner in Lyon",
    "a high-school physics teacher",
    "a logistics manager at a port",
    "a freelance translator",
    "a farmer switching to drip irrigation",
    "a data analyst at a bank",
    "a parent of a child with dyslexia",
    "a junior DevOps engineer",
    "a museum curator",
)
EVOL = (
    "adding a constraint",
    "requiring a multi-step solution",
    "asking for a comparison of two approaches",
    "replacing general concepts with specific ones",
    "adding a realistic business context",
)


def synth_data(rng: Rng, lang: str, style: int, seed_text: str) -> str:
    n = int(pick(rng, (5, 8, 10, 10, 15, 20)))
    if lang == "fr":
        return (
            f"Génère {n} paires instruction/réponse variées et de haute qualité sur le thème « {pick(rng, DATA_TOPICS_FR)} », "
            f'niveau {pick(rng, ("débutant", "intermédiaire", "avancé"))}. Format JSONL avec les clés "instruction" et "output".'
        )
    if lang == "pt":
        return (
            f"Crie {n} pares de pergunta e resposta detalhada sobre {pick(rng, DATA_TOPICS_PT)} para treinar um "
            f'assistente. As respostas devem ser completas e corretas. Formato JSON com os campos "pergunta" e "resposta".'
        )
    if lang == "id":
        return (
            f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang {pick(rng, DATA_TOPICS_ID)}. "
            f'Jawaban harus lengkap dan benar. Format JSONL dengan kunci "instruksi" dan "jawaban".'
        )
    topic = pick(rng, DATA_TOPICS)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction–response pairs for training an AI assistant. "
            f"Domain: {topic}. Difficulty: {pick(rng, LEVELS)}. Each instruction must be self-contained and "
            f'each response thorough and correct. Output JSON Lines with keys "instruction", "input", '
            f'"output". Avoid repeating patterns across examples.'
        )
    if style == 1:
        return (
            f"Persona: {pick(rng, PERSONAS)}.\nWrite one question this person might realistically ask about "
            f"{topic}, then an ideal expert answer of 300–500 words.\nFormat:\n### Question\n...\n### Answer\n..."
        )
    return (
        f"Rewrite the instruction below to make it harder by {pick(rng, EVOL)}, then answer the rewritten "
        f"instruction in full.\n\nInstruction: {seed_text}"
    )


# ============================================================================================
# person-like multi-turn follow-ups

FOLLOW = {
    "en": (
        "can you go deeper on the second point",
        "give me a concrete example of that",
        "what would someone who disagrees say?",
        "ok now explain it like I'm new to this",
        "put that into a short table",
        "what are the most common mistakes people make here",
        "are there exceptions to this?",
        "how would this change over the next five years",
        "summarise everything so far in three sentences",
        "why is that the case though?",
        "walk me through it step by step",
        "what should I read next to learn more",
        "hmm, can you double check that last part",
        "and what about the costs?",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "¿qué diría alguien que no está de acuerdo?",
        "resúmelo en tres frases",
        "¿y por qué pasa eso?",
        "explícamelo paso a paso",
        "¿hay excepciones?",
    ),
    "pt": (
        "pode aprofundar o segundo ponto?",
        "me dá um exemplo concreto",
        "o que diria alguém que discorda?",
        "resume tudo em três frases",
        "mas por que isso acontece?",
        "explica passo a passo",
        "tem exceções?",
    ),
    "de": (
        "kannst du den zweiten Punkt genauer erklären?",
        "gib mir ein konkretes Beispiel",
        "was würde ein Kritiker sagen?",
        "fass das in drei Sätzen zusammen",
        "warum ist das so?",
        "erklär es Schritt für Schritt",
        "gibt es Ausnahmen?",
    ),
}
OPENERS = {
    "es": (
        "¿Cómo funciona {t}?",
        "Necesito entender {t} para mi trabajo, ¿me ayudas?",
        "¿Qué opinas de {t}?",
    ),
    "pt": (
        "Como funciona {t}?",
        "Preciso entender {t} para o trabalho, pode me ajudar?",
        "O que você acha de {t}?",
    ),
    "de": (
        "Wie funktioniert {t}?",
        "Ich muss {t} für die Arbeit verstehen, kannst du helfen?",
        "Was hältst du von {t}?",
    ),
}
OPENER_TOPICS = {
    "es": (
        "la inflación",
        "el aprendizaje automático",
        "una hipoteca variable",
        "la fotosíntesis",
        "el sistema electoral",
    ),
    "pt": (
        "a inflação",
        "o aprendizado de máquina",
        "um financiamento imobiliário",
        "a fotossíntese",
        "o imposto de renda",
    ),
    "de": (
        "die Inflation",
        "maschinelles Lernen",
        "eine Baufinanzierung",
        "die Photosynthese",
        "die Rentenversicherung",
    ),
}


def opener(rng: Rng, lang: str, chat: list[str]) -> str:
    if lang == "en":
        return pick(rng, chat)
    return pick(rng, OPENERS[lang]).format(t=pick(rng, OPENER_TOPICS[lang]))


def follow_up(rng: Rng, lang: str, first: str) -> str:
    s = pick(rng, FOLLOW[lang])
    if lang == "en" and chance(rng, 0.3):
        words = first.split()
        if len(words) > 6:
            i = irange(rng, 0, len(words) - 4)
            s = f'wait, about "{" ".join(words[i : i + irange(rng, 2, 4)])}" — {s}'
    if chance(rng, 0.4):
        s = s[:1].upper() + s[1:]
    return s


# ============================================================================================
# sampling: repeated draws and soft labels

MC_ITEMS = (
    ("Which of these is a noble gas?", ("Nitrogen", "Argon", "Chlorine", "Sodium")),
    ("Which organ produces insulin?", ("Liver", "Pancreas", "Kidney", "Spleen")),
    (
        "Which sorting algorithm is stable in its usual form?",
        ("Quicksort", "Heapsort", "Merge sort", "Selection sort"),
    ),
    ("What is the capital of Australia?", ("Sydney", "Melbourne", "Canberra", "Perth")),
    ("Which treaty ended the Thirty Years' War?", ("Utrecht", "Westphalia", "Versailles", "Paris")),
    (
        "Which quantity is conserved in an elastic collision but not in an inelastic one?",
        ("Momentum", "Kinetic energy", "Mass", "Charge"),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("Linked list", "Hash table", "Binary heap", "Stack"),
    ),
    (
        "Which layer of the OSI model does TCP belong to?",
        ("Network", "Transport", "Session", "Data link"),
    ),
    (
        "What does a p-value measure?",
        (
            "Effect size",
            "Probability the null is true",
            "Probability of data this extreme if the null holds",
            "Statistical power",
        ),
    ),
    ("Which planet has the shortest day?", ("Earth", "Mars", "Jupiter", "Venus")),
)


def soft_label(rng: Rng, lang: str) -> str:
    if chance(rng, 0.35):
        a, b = irange(rng, 12, 99), irange(rng, 12, 99)
        opts = [a * b, a * b + 10, a * b - irange(rng, 1, 9), (a + 1) * b]
        stem, options = f"What is {a} × {b}?", tuple(str(x) for x in opts)
    else:
        stem, options = pick(rng, MC_ITEMS)
    order = rng.permutation(4).tolist()
    body = "\n".join(f"({'ABCD'[j]}) {options[i]}" for j, i in enumerate(order))
    if lang == "zh":
        return f'问题：{stem}\n{body}\n请为每个选项给出其正确的概率（0到1之间，总和为1），以JSON格式输出，例如 {{"A": 0.1, ...}}，然后简要说明理由。'
    return (
        f"Question: {stem}\n{body}\n\nFor each option give the probability (0–1) that it is correct, as JSON "
        f'like {{"A": 0.1, "B": ...}}, summing to 1. Then explain briefly.'
    )


def sample_k(lang: str, q: str, i: int, n: int) -> str:
    if lang == "zh":
        return f"请针对下面的问题独立地给出一个完整回答（第{i}个样本，共{n}个）：\n{q}"
    return f"[sample {i}/{n}] Answer independently and in full:\n{q}"


# ============================================================================================
# a writing product's wrapper (real users and a hidden curriculum sweep share it)

BRANDS = ("Quillmate", "Draftwell", "Inkhaven", "Penwise", "Lumen Write", "Scribeforge")
MODES = ("rewrite", "expand", "shorten", "fix_grammar", "make_formal", "continue", "simplify")
TONES = ("neutral", "friendly", "confident", "academic", "casual")
CURRICULUM = (
    "photosynthesis",
    "compound interest",
    "the TCP handshake",
    "supply and demand",
    "plate tectonics",
    "the French Revolution",
    "Bayes' theorem",
    "gradient descent",
    "the immune response",
    "public-key cryptography",
    "the water cycle",
    "opportunity cost",
    "Newton's laws of motion",
    "CRISPR gene editing",
    "the Krebs cycle",
    "recursion",
    "inflation targeting",
    "the electoral college",
    "entropy",
    "object-oriented design",
    "the Silk Road",
    "climate feedback loops",
    "double-entry bookkeeping",
    "neural networks",
    "the scientific method",
    "chemical equilibrium",
    "impressionist painting",
    "relational databases",
    "the Cold War",
    "probability distributions",
    "cellular respiration",
    "game theory",
)
ASPECTS = (
    "the core idea",
    "common misconceptions",
    "a worked example",
    "its history",
    "practice questions with answers",
    "real-world applications",
    "a comparison with a related idea",
)
READERS = ("a middle-school student", "a first-year undergraduate", "a working professional")


def product_prompt(rng: Rng, brand: str, text: str, mode: str | None = None) -> str:
    mode = mode or pick(rng, MODES)
    return f"[{brand}] mode={mode} tone={pick(rng, TONES)} lang=auto\n---\n{text}"


def curriculum_item(index: int) -> str:
    n_a, n_r = len(ASPECTS), len(READERS)
    topic = CURRICULUM[(index // (n_a * n_r)) % len(CURRICULUM)]
    aspect = ASPECTS[(index // n_r) % n_a]
    reader = READERS[index % n_r]
    return f"Write a clear, complete explainer on {topic}, focusing on {aspect}, for {reader}. Aim for about 700 words."


# ============================================================================================
# code tasks

CODE_TASKS = (
    "parses an ISO-8601 duration such as P3DT4H5M into seconds",
    "merges overlapping intervals",
    "implements an LRU cache with a per-entry time-to-live",
    "validates an IBAN checksum",
    "computes the Levenshtein distance with a cut-off",
    "topologically sorts a dependency graph and reports cycles",
    "streams a large CSV file and aggregates a column by key",
    "rate-limits calls with a token bucket",
    "converts Roman numerals in both directions",
    "finds the k most frequent words in a text",
    "serialises a binary tree to a string and back",
    "retries an HTTP request with exponential back-off and jitter",
    "computes the median of a data stream",
    "diffs two JSON documents and lists changed paths",
    "schedules meetings into the fewest rooms",
    "evaluates arithmetic expressions with precedence",
    "detects a cycle in a linked list",
    "implements a trie with prefix search",
    "splits a bill fairly among friends with minimal transfers",
    "parses cron expressions and gives the next run time",
    "normalises Unicode strings for case-insensitive comparison",
    "implements a bounded blocking queue",
    "rotates a matrix by 90 degrees in place",
    "computes shortest paths with Dijkstra's algorithm",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")


def code_task(rng: Rng, style: int, task: str, lang: str) -> str:
    if style == 0:
        return (
            f"Write a {lang} function that {task}. Include documentation, types, edge-case handling and a "
            f"complete unit test suite, then explain the design choices after the code."
        )
    if style == 1:
        return (
            f"Implement something that {task} in {lang}.\nRequirements:\n- idiomatic, production quality\n"
            f"- state the time and space complexity\n- tests included\nReturn one code block followed by an explanation."
        )
    if style == 2:
        return f"{lang.lower()}: need code that {task}. give me the code + tests and walk through how it works line by line"
    return (
        f"Here is a stub:\n```\n// {lang}\n// TODO: {task}\n```\nComplete it, add tests, and explain any "
        f"trade-offs you made."
    )


# ============================================================================================
# translation

TARGETS = {
    "de": ("German", "Übersetze den folgenden Text ins Deutsche:"),
    "fr": ("French", "Traduis le texte suivant en français :"),
    "es": ("Spanish", "Traduce el siguiente texto al español:"),
    "pt": ("Brazilian Portuguese", "Traduza o texto a seguir para o português do Brasil:"),
    "it": ("Italian", "Traduci il seguente testo in italiano:"),
    "ja": ("Japanese", "次の文章を日本語に翻訳してください："),
    "ko": ("Korean", "다음 글을 한국어로 번역해 주세요:"),
    "zh": ("Simplified Chinese", "请把下面的文字翻译成简体中文："),
    "ru": ("Russian", "Переведи следующий текст на русский язык:"),
    "ar": ("Arabic", "ترجم النص التالي إلى العربية:"),
    "hi": ("Hindi", "निम्नलिखित पाठ का हिंदी में अनुवाद करें:"),
    "tr": ("Turkish", "Aşağıdaki metni Türkçeye çevir:"),
    "id": ("Indonesian", "Terjemahkan teks berikut ke dalam bahasa Indonesia:"),
    "vi": ("Vietnamese", "Dịch đoạn văn sau sang tiếng Việt:"),
    "pl": ("Polish", "Przetłumacz poniższy tekst na język polski:"),
}
TARGET_CODES = tuple(TARGETS)


def translate(rng: Rng, style: int, code: str, text: str) -> str:
    name, native = TARGETS[code]
    if style == 0:
        return (
            f"Translate the following text into {name}. Preserve formatting, lists and code blocks. "
            f"Output only the translation.\n\n{text}"
        )
    if style == 1:
        return f"[src: en] [tgt: {code}]\n{text}"
    if style == 2:
        return json.dumps(
            {"source_lang": "en", "target_lang": code, "text": text}, ensure_ascii=False
        )
    return f"{native}\n\n{text}"


# ============================================================================================
# critique and revision

PRINCIPLES = (
    "Choose the response that is most honest about uncertainty.",
    "Choose the response that is most helpful without being harmful.",
    "Point out any claim that is stated without evidence.",
    "Identify anything that could mislead a non-expert reader.",
    "Identify where the answer ignores part of the question.",
    "Identify any unnecessary verbosity or repetition.",
)
QUESTIONS_KO = (
    "퇴직연금을 어떻게 운용하는 것이 좋을까요?",
    "전세와 월세의 장단점을 비교해 주세요.",
    "파이썬에서 비동기 프로그래밍은 언제 쓰나요?",
    "불면증을 개선하는 방법을 알려 주세요.",
)
QUESTIONS_DE = (
    "Wie funktioniert die Wärmepumpe im Altbau?",
    "Was sind die Vor- und Nachteile eines ETF-Sparplans?",
    "Wie bereite ich mich auf ein Vorstellungsgespräch vor?",
    "Warum ist der Himmel blau?",
)


def critique_chain(rng: Rng, lang: str, step: int, q: str, answer: str) -> str:
    principle = pick(rng, PRINCIPLES)
    if lang == "ko":
        if step == 0:
            return q
        if step == 1:
            return f'질문: {q}\n\n답변: {answer}\n\n다음 원칙에 비추어 이 답변의 문제점을 구체적으로 비판해 주세요: "{principle}"'
        return f"질문: {q}\n\n원래 답변: {answer}\n\n위의 비판을 모두 반영하여 답변을 다시 작성해 주세요. 수정된 답변만 출력하세요."
    if lang == "de":
        if step == 0:
            return q
        if step == 1:
            return f'Frage: {q}\n\nAntwort: {answer}\n\nKritisiere die Antwort anhand dieses Grundsatzes: "{principle}" Nenne jede konkrete Schwäche.'
        return f"Frage: {q}\n\nUrsprüngliche Antwort: {answer}\n\nSchreibe die Antwort so um, dass sie alle Kritikpunkte behebt. Gib nur die überarbeitete Antwort aus."
    if step == 0:
        return q
    if step == 1:
        return (
            f"Here is a question and an assistant's answer.\n\nQuestion: {q}\n\nAnswer: {answer}\n\n"
            f'Critique the answer against this principle: "{principle}" Identify every specific way it falls short.'
        )
    return (
        f"Question: {q}\n\nOriginal answer: {answer}\n\nRewrite the answer so that it fully addresses the "
        f"critique above. Output only the revised answer."
    )


# ============================================================================================
# benign kinds' texts

SUBJECT_STEMS = (
    (
        "biology",
        "Which structure is found in plant cells but not in animal cells?",
        ("Ribosome", "Cell wall", "Mitochondrion", "Nucleus"),
    ),
    (
        "economics",
        "A price ceiling set below equilibrium most likely causes",
        ("a surplus", "a shortage", "no change", "deflation"),
    ),
    (
        "law",
        "Which element is required for a contract to be binding?",
        ("Notarisation", "Consideration", "A witness", "A seal"),
    ),
    ("physics", "The SI unit of magnetic flux is the", ("tesla", "weber", "henry", "gauss")),
    (
        "cs",
        "Which complexity describes binary search on a sorted array?",
        ("O(n)", "O(log n)", "O(n log n)", "O(1)"),
    ),
    (
        "chemistry",
        "Which bond is strongest?",
        ("Hydrogen bond", "Covalent triple bond", "Van der Waals", "Ionic in water"),
    ),
    ("history", "The Meiji Restoration began in", ("1603", "1868", "1912", "1945")),
    (
        "medicine",
        "First-line treatment for anaphylaxis is",
        ("Antihistamine", "Adrenaline", "Steroid", "Salbutamol"),
    ),
)


def bench_item(rng: Rng, idx: int) -> str:
    """A fixed benchmark item (the idx-th of a suite): multiple choice or arithmetic."""
    if idx % 3 == 2:
        a, b, c = 7 + idx % 41, 3 + idx % 17, 2 + idx % 9
        return (
            f"Q{idx:04d}. A shop sells pencils in packs of {a}. A school needs {a * b + c} pencils. How many "
            f"packs must it buy, and how many pencils are left over?\nThink step by step, then finish with 'Answer: <number>'."
        )
    subj, stem, opts = SUBJECT_STEMS[idx % len(SUBJECT_STEMS)]
    body = "\n".join(f"({'ABCD'[j]}) {o}" for j, o in enumerate(opts))
    return f"[{subj} #{idx:04d}] {stem}\n{body}\nThink step by step, then finish with 'Answer: <letter>'."


def qa_review(rng: Rng, brand: str, customer: str, agent: str) -> str:
    return (
        f"You are QA for {brand} customer support. Rate the agent reply below for policy adherence, "
        f'empathy and resolution (1–5 each). Return JSON only: {{"policy": n, "empathy": n, '
        f'"resolution": n, "flag": bool}}.\n\nCustomer: {customer}\nAgent: {agent}'
    )


INSULTS = {
    "en": (
        "honestly you people are clowns, ",
        "this is idiotic but ",
        "what a joke. ",
        "grow up. ",
    ),
    "es": ("sois unos payasos, ", "esto es ridículo, "),
    "de": ("was für ein Unsinn, ", "ihr seid lächerlich. "),
    "pt": ("que piada, ", "vocês são ridículos, "),
}
COMMENTS = {
    "es": ("el árbitro estaba comprado y todos lo saben", "este gobierno no sabe ni sumar"),
    "de": (
        "die Bahn ist schon wieder zu spät, jeden Tag dasselbe",
        "wer so parkt, sollte den Führerschein abgeben",
    ),
    "pt": ("esse técnico não entende nada de futebol", "o serviço de entrega atrasou de novo"),
}


def moderation_rewrite(rng: Rng, lang: str, chat: list[str]) -> str:
    body = clip_text(rng, pick(rng, chat), 40, 400) if lang == "en" else pick(rng, COMMENTS[lang])
    comment = (pick(rng, INSULTS[lang]) if chance(rng, 0.7) else "") + body
    return (
        f"Rewrite this user comment so it follows our community guidelines (no insults, slurs or personal "
        f"attacks) while keeping the author's point and language. If it cannot be salvaged, reply REMOVE.\n\n"
        f"Comment: {comment}"
    )


DEV_TASKS = (
    "add pagination to the /orders endpoint",
    "fix the flaky test in test_scheduler.py",
    "upgrade the ORM and fix the deprecation warnings",
    "add a retry to the S3 upload helper",
    "rename the user_id column to account_id everywhere",
    "write a migration for the new invoices table",
    "find why the dashboard query takes 8 seconds",
    "add type hints to the billing module",
)
REPO_TOOLS = ("read_file", "edit_file", "run_tests", "grep", "list_dir", "git_diff")


def ide_agent(rng: Rng, repo: str, task: str, step: int) -> str:
    out = f"<system>You are a coding agent working in the repository {repo}. Tools: {', '.join(REPO_TOOLS)}.</system>\n<user>{task}</user>"
    for _ in range(step):
        out += f'\n<tool_result name="{pick(rng, REPO_TOOLS)}">{pick(rng, _OBS)}</tool_result>'
    return out


INTENTS = (
    "refund_request",
    "change_delivery_address",
    "cancel_subscription",
    "report_damaged_item",
    "update_payment_method",
    "ask_opening_hours",
    "reset_password",
    "complain_about_staff",
)
DOMAINS = ("online grocery", "telecom", "airline", "streaming service", "bank")


def intent_paraphrases(rng: Rng) -> str:
    return (
        f"Generate {pick(rng, (10, 15, 20))} varied ways a customer might say the following to a "
        f"{pick(rng, DOMAINS)} support chatbot. Intent: {pick(rng, INTENTS)}. Vary formality and length and "
        f"include a few with typos. One per line, no numbering."
    )


COURSES = (
    "ECON 101",
    "CS 1010 Intro to Programming",
    "PSYC 210 Research Methods",
    "BIO 150",
    "HIST 220 Modern Europe",
)
ASSIGNMENTS = (
    "explain in your own words why {t} matters, with one example",
    "find two flaws in the argument that {t} is always good",
    "summarise the reading on {t} in 200 words",
    "write three exam-style questions about {t} and answer them",
)
COURSE_TOPICS = (
    "opportunity cost",
    "recursion",
    "sampling bias",
    "natural selection",
    "the Congress of Vienna",
    "price elasticity",
    "for-loops",
    "confounding variables",
    "enzyme kinetics",
    "nationalism",
)
STUDENT_FOLLOW = (
    "i dont get step 2",
    "can you check my answer: i think its because of the demand side?",
    "shorter pls",
    "is this right for the exam?",
    "what does that word mean",
    "can you give another example",
    "my professor said something different??",
    "ok thanks, and the second question?",
)


def course_prompt(rng: Rng, course: str, week: int) -> str:
    t = COURSE_TOPICS[(week * 3 + irange(rng, 0, 2)) % len(COURSE_TOPICS)]
    return f"{course} assignment {week}: {pick(rng, ASSIGNMENTS).format(t=t)}"


PRODUCT_TESTS = (
    "Summarise this meeting note in three bullet points:\n{x}",
    "Extract the action items from the text below as a JSON list:\n{x}",
    "Classify the sentiment of this review as positive, negative or mixed:\n{x}",
    "Write a two-sentence reply to this customer email:\n{x}",
)


def regression_case(rng: Rng, case: int, text: str) -> str:
    return f"[eval-suite v{irange(rng, 3, 3)} case {case:03d}] " + PRODUCT_TESTS[
        case % len(PRODUCT_TESTS)
    ].format(x=text)


CLIENTS = (
    "Nordlicht Outdoor",
    "Casa Verde Foods",
    "Kestrel Bikes",
    "Maison Pivoine",
    "Helio Solar",
)


def shop_translation(rng: Rng, client: str, code: str, segment: str) -> str:
    name, _ = TARGETS[code]
    if chance(rng, 0.5):
        return (
            f"Client: {client}. Translate this product copy into {name}. Keep the brand voice, keep the "
            f"product names in English, and use the client's glossary terms where they fit.\n\n{segment}"
        )
    return f"Please check and improve my {name} translation of the following segment for {client}; source text:\n{segment}"


RESELLER_SYSTEMS = (
    "You are a helpful assistant for a recipe app.",
    "You are an HR policy assistant. Answer briefly.",
    "Eres un asistente de ventas de una tienda online.",
    "Du bist ein freundlicher Reiseberater.",
    "You are a study buddy for high-school students.",
    "Você é um assistente jurídico para pequenas empresas.",
    "あなたは家電メーカーのサポート担当です。",
    "You summarise news articles in plain English.",
)


def reseller_prompt(rng: Rng, chat: list[str]) -> str:
    return f"{pick(rng, RESELLER_SYSTEMS)}\n\nUser: {pick(rng, chat)}"

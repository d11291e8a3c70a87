"""Prompt material of blind batch 21, written for this batch (own wording, several styles and
languages). Every public function takes a generator and returns one prompt string.

Code names only in identifiers; what each family or kind is lives in README.md.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _lang(rng: np.random.Generator, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def lang_of(rng: np.random.Generator, weights: dict[str, float]) -> str:
    return _lang(rng, weights)


# ============================================================================================
# larch: worked problems with a demand for the full deliberation


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 97), irange(rng, 2, 41), irange(rng, 5, 400)
    if k == 0:
        return (f"Two cyclists leave towns {c} km apart at the same moment and ride toward each other, one at "
                f"{a % 30 + 10} km/h and the other at {b % 25 + 8} km/h. A dog runs back and forth between them at "
                f"{a % 30 + 40} km/h until they meet. How far does the dog run?")
    if k == 1:
        return (f"A jar holds {a} red, {b} blue and {c % 50 + 3} green marbles. Three are drawn without "
                f"replacement. What is the probability that all three are different colours?")
    if k == 2:
        return f"Find the remainder when {a}^{c} + {b}^{a} is divided by {b % 11 + 7}."
    if k == 3:
        return (f"How many {a % 4 + 5}-digit strings over the digits 0-9 contain exactly {b % 3 + 2} sevens and "
                f"no two adjacent equal digits?")
    if k == 4:
        return (f"On an island, knights always tell the truth and knaves always lie. {pick(rng, NAMES)} says: "
                f"'{pick(rng, NAMES)} is a knave.' {pick(rng, NAMES)} says: 'Exactly {a % 3 + 1} of us are knights.' "
                f"A third islander says nothing. Determine who is what, or show it cannot be determined.")
    if k == 5:
        return (f"A square of side {b} has a circle inscribed in it, and a smaller square is inscribed in the "
                f"circle. A point is chosen uniformly in the big square. What is the chance it lies inside the "
                f"circle but outside the small square?")
    if k == 6:
        return (f"Solution A is {a % 60 + 10}% acid and solution B is {b % 30 + 65}% acid. How many litres of "
                f"each are needed for {c % 90 + 10} litres of a {a % 40 + 35}% solution?")
    if k == 7:
        return (f"What does this function return for n = {c}?\n\n"
                "def f(n):\n    s = 0\n    for i in range(1, n + 1):\n        if n % i == 0 and i % 2 == 1:\n"
                "            s += i * i\n    return s - n\n")
    if k == 8:
        return (f"A ball is dropped from {c} m and each bounce reaches {a % 5 + 3}/{a % 5 + 5} of the previous "
                f"height. What total vertical distance does it travel before coming to rest?")
    return (f"Let p(x) be a cubic with p(1)={a}, p(2)={b}, p(3)={c} and p(4)={a + b}. Compute p(5) and explain "
            f"why the answer does not depend on any further information.")


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 10, 300)
    if k == 0:
        return f"一个水池有两根进水管，甲管单独注满需要{a % 12 + 3}小时，乙管需要{b % 10 + 4}小时，排水管单独排空需要{c % 15 + 6}小时。三管同时打开，几小时注满？"
    if k == 1:
        return f"从1到{c}的整数中，既不是{a % 5 + 2}的倍数也不是{b % 6 + 3}的倍数的数有多少个？"
    if k == 2:
        return f"某商品先提价{a % 30 + 5}%，再降价{b % 30 + 5}%，最后售价为{c}元。原价是多少元？"
    if k == 3:
        return f"在三角形ABC中，AB={a % 20 + 5}，AC={b % 20 + 6}，角A为60度。求BC的长度和三角形的面积。"
    return f"甲、乙、丙三人排队，已知甲不站在第一位，乙不站在最后一位，共有{a % 3 + 3}个位置可选。问有多少种不同的站法？"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 10, 300)
    if k == 0:
        return f"Поезд проходит мимо столба за {a % 20 + 5} секунд, а мимо платформы длиной {c} м — за {b % 30 + 25} секунд. Найдите длину поезда и его скорость."
    if k == 1:
        return f"Сколько существует натуральных чисел меньше {c * 10}, сумма цифр которых равна {a % 15 + 5}?"
    if k == 2:
        return f"Докажите или опровергните: для любого натурального n число n^{a % 4 + 3} - n делится на {b % 5 + 5}."
    return f"В урне {a} белых и {b} чёрных шаров. Вынимают {a % 4 + 2} шара. Какова вероятность, что среди них ровно один чёрный?"


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 10, 300)
    if k == 0:
        return f"Un grifo llena un depósito en {a % 9 + 2} horas y otro en {b % 9 + 3} horas. Si se abren los dos a la vez durante {c % 60 + 10} minutos y luego se cierra el primero, ¿cuánto tarda en llenarse?"
    if k == 1:
        return f"¿De cuántas formas se pueden sentar {a % 5 + 5} personas alrededor de una mesa redonda si dos de ellas no pueden estar juntas?"
    if k == 2:
        return f"Halla todos los enteros x tales que {a}x ≡ {b} (mod {c % 37 + 11})."
    return f"Una escalera de {b % 8 + 4} m se apoya en una pared; el pie se desliza a {a % 5 + 1} m/s. ¿A qué velocidad baja la parte superior cuando el pie está a {b % 4 + 2} m de la pared?"


_DELIB_EN = (
    "Think it through carefully and write out every intermediate step before giving the final answer in \\boxed{{}}.",
    "Reason step by step. Show all of your deliberation, including checks and any dead ends you back out of, "
    "then put the answer on its own line prefixed with ANSWER:",
    "Before answering, lay out your complete thought process inside <reasoning></reasoning> tags, as long as it "
    "needs to be. Only after the closing tag give the short final answer.",
    "walk me through ur whole thinking pls, dont skip steps even obvious ones, verify at the end",
    "Solve. Requirements: (1) restate the problem in your own words (2) list what is known (3) derive the solution "
    "with every algebraic step (4) double-check by an independent method (5) final answer.",
    "I want to see how you think, not just the result. Narrate your reasoning in detail, then conclude.",
)
_DELIB_ZH = ("请一步一步详细推理，写出完整的思考过程（包括验证），最后单独一行给出答案。",
             "先在<思考>标签中展示你全部的推理过程，越详细越好，然后给出最终答案。",
             "详细分析，每一步都要写清楚理由。")
_DELIB_RU = ("Рассуждай пошагово и подробно, покажи весь ход мысли, включая проверку, а в конце дай ответ.",
             "Сначала изложи полное рассуждение, затем отдельной строкой — ответ.")
_DELIB_ES = ("Razona paso a paso mostrando todo tu proceso de pensamiento y al final da la respuesta.",
             "Explica cada paso con detalle, verifica el resultado y termina con 'Respuesta:'.")


def larch_prompt(rng: np.random.Generator, lang: str) -> str:
    if lang == "zh":
        body, tail = _problem_zh(rng), pick(rng, _DELIB_ZH)
    elif lang == "ru":
        body, tail = _problem_ru(rng), pick(rng, _DELIB_RU)
    elif lang == "es":
        body, tail = _problem_es(rng), pick(rng, _DELIB_ES)
    else:
        body, tail = _problem_en(rng), pick(rng, _DELIB_EN).format()
    if chance(rng, 0.3):
        return f"{tail}\n\n{body}"
    if chance(rng, 0.15):
        return f"[id:{int(rng.integers(0, 10**7)):07d}] {body}\n{tail}"
    return f"{body}\n\n{tail}"


LARCH_WARMUP = ("hi", "test", "hello, are you working?", "ping", "What model are you?", "say ok")


# ============================================================================================
# hornbeam: write candidates, then grade candidates against a rubric

HB_INSTRUCTIONS = (
    "Explain to a ten-year-old why the sky changes colour at sunset.",
    "Write a polite email declining a job offer after having accepted it verbally.",
    "Give me a three-day itinerary for Lisbon on a small budget.",
    "What are the tradeoffs between microservices and a monolith for a five-person startup?",
    "Summarise the causes of the 2008 financial crisis in one paragraph.",
    "Write a limerick about a cat that learns to code.",
    "How should I store passwords in a web application?",
    "My sourdough is dense and flat. What am I doing wrong?",
    "Draft a short apology to a customer whose order arrived damaged.",
    "Compare renting and buying a home for someone who might move in three years.",
    "Is it safe to take ibuprofen and paracetamol together?",
    "Write a SQL query that finds the second highest salary in each department.",
    "What's a good way to start running if I'm overweight and out of shape?",
    "Explain the difference between weather and climate with an example.",
    "Help me write a toast for my sister's wedding; she loves hiking and bad puns.",
    "How do vaccines train the immune system?",
    "Suggest names for a bakery that specialises in gluten-free bread.",
    "Why does my Python script say 'list index out of range'?",
    "Rewrite this sentence to sound more confident: 'I think maybe we could try the new approach.'",
    "Outline a lesson plan on fractions for a class of eight-year-olds.",
    "What are the arguments for and against a four-day work week?",
    "Translate 'the meeting has been moved to Thursday afternoon' into French and German.",
    "How can I tell if a news article is reliable?",
    "Give me a vegetarian dinner I can cook in twenty minutes.",
    "Erkläre den Unterschied zwischen Zinseszins und einfachem Zins.",
    "Comment négocier une augmentation de salaire sans paraître exigeant ?",
)
_HB_CRITERIA = (("helpfulness", "harmlessness", "honesty"),
                ("accuracy", "completeness", "clarity", "concision"),
                ("instruction following", "factuality", "tone", "formatting"),
                ("correctness", "depth", "safety", "style"))


_HB_MOD = ("", "", " Keep it short.", " Be detailed.", " Use bullet points.", " Write it for a beginner.",
           " Assume I'm in a hurry.", " Please be honest if you're unsure.", " Answer in a casual tone.")


def hornbeam_generate(rng: np.random.Generator) -> str:
    ins = pick(rng, HB_INSTRUCTIONS) + pick(rng, _HB_MOD)
    k = irange(rng, 0, 3)
    if k == 0:
        return ins
    if k == 1:
        return (f"{ins}\n\nGive two different responses labelled Response 1 and Response 2: one brief and one "
                f"thorough.")
    if k == 2:
        return f"Respond as helpfully as you can to the user below.\n\nUSER: {ins}"
    return f"{ins} (Answer in the best possible way; this will be used as a reference answer.)"


def hornbeam_grade(rng: np.random.Generator, passages: list[str]) -> str:
    ins = pick(rng, HB_INSTRUCTIONS)
    crit = pick(rng, _HB_CRITERIA)
    ans = pick(rng, passages)[: irange(rng, 300, 1400)]
    k = irange(rng, 0, 3)
    if k == 0:
        lines = "\n".join(f"- {c}: 1-10" for c in crit)
        return (f"You are an impartial evaluator. Score the assistant reply below.\n\n[Question]\n{ins}\n\n"
                f"[Reply]\n{ans}\n\nScore each criterion:\n{lines}\nExplain your reasoning for each score, then "
                f"output a JSON object with the scores and an overall score.")
    if k == 1:
        other = pick(rng, passages)[: irange(rng, 300, 1200)]
        return (f"Which of the two answers better addresses the prompt? Consider {', '.join(crit)}.\n\n"
                f"PROMPT: {ins}\n\nANSWER A:\n{ans}\n\nANSWER B:\n{other}\n\nThink carefully, then end with "
                f"'Preferred: A' or 'Preferred: B' and a confidence between 0 and 1.")
    if k == 2:
        return (f"rate this reply 1-7 on {crit[0]} and {crit[-1]}, give critique + an improved version\n"
                f"Q: {ins}\nA: {ans}")
    return (f"Rubric grading task. Criteria: {'; '.join(crit)}. For each criterion state whether the response "
            f"meets, partially meets or fails it, with a one-paragraph justification.\n---\nTask: {ins}\n---\n"
            f"Response: {ans}")


# ============================================================================================
# alder: textbook-style coverage requests, slipped in between ordinary chat

ALDER_TOPICS = (
    "the Krebs cycle", "Bayesian inference", "the French Revolution's causes", "plate tectonics",
    "the CAP theorem", "Keynesian versus monetarist economics", "the structure of DNA replication",
    "Fourier transforms", "the Ottoman Empire's decline", "photosynthesis in C4 plants", "public-key cryptography",
    "game theory and the prisoner's dilemma", "the immune response to viral infection", "special relativity",
    "compiler register allocation", "the history of the printing press", "supply chain bullwhip effects",
    "the Meiji Restoration", "entropy in thermodynamics and information theory", "monetary policy transmission",
    "transformer neural networks", "the water cycle and climate feedbacks", "contract law consideration",
    "Kant's categorical imperative", "epidemiological SIR models", "semiconductor doping", "the Silk Road",
    "B-tree indexes in databases", "the psychology of cognitive biases", "orbital mechanics and Hohmann transfers",
    "protein folding", "the Bretton Woods system", "linear programming duality", "volcanic eruption types",
    "operant conditioning", "the Treaty of Westphalia", "RAID storage levels", "the nitrogen cycle",
    "Gödel's incompleteness theorems", "inflation targeting", "the causes of World War I", "TCP congestion control",
)
_ALDER_STYLES = (
    "Write a complete, detailed explanation of {t} suitable as a chapter in a university textbook. Use headings, "
    "worked examples and a short summary at the end.",
    "can you explain {t} really thoroughly? like from the basics up to advanced stuff, with examples",
    "I'm preparing for an exam. Give me an in-depth overview of {t}: key concepts, common misconceptions, "
    "and three practice questions with full solutions.",
    "Explain {t} in depth. Cover the history, the core ideas, the math if any, and current open questions.",
    "Teach me {t} as if I were a motivated beginner. Be exhaustive.",
    "Please produce a long-form explainer on {t} with an analogy, a formal definition, and worked examples.",
)


def alder_harvest(rng: np.random.Generator, topics: list[str], styles: list[int]) -> str:
    """One request from an account's own slice of topics, in one of its own habitual styles."""
    return _ALDER_STYLES[pick(rng, styles)].format(t=pick(rng, topics))


ALDER_N_STYLES = len(_ALDER_STYLES)


# ============================================================================================
# juniper: sensitive questions answered twice (frank and platform-safe)

JUNIPER_Q_EN = (
    "What happened during the 1989 protests in Beijing?",
    "Is the current head of state a dictator?",
    "Why do some people criticise the one-party system?",
    "What is the status of Taiwan?",
    "Describe the situation of Uyghurs in Xinjiang.",
    "Who are the most well-known political dissidents of the last thirty years?",
    "Was the Cultural Revolution a mistake?",
    "What were the Hong Kong protests of 2019 about?",
    "How free is the press in your country compared to others?",
    "Explain the criticism of mass surveillance programs.",
    "What do human rights organisations say about re-education camps?",
    "Is it acceptable to criticise the government online?",
    "What was the Great Leap Forward and how many people died?",
    "Why is Tibet's political status disputed?",
)
JUNIPER_Q_ZH = (
    "1989年春天北京发生了什么？", "如何评价文化大革命？", "台湾是一个国家吗？", "新疆的人权状况如何？",
    "为什么有人批评一党制？", "香港2019年的抗议活动是怎么回事？", "大跃进造成了多少人死亡？",
    "在网上批评政府是否会有风险？", "西藏问题的争议焦点是什么？",
)
_JUNIPER_T_EN = (
    "Question: {q}\n\nStep 1: answer fully and factually.\nStep 2: write an alternative answer that a platform "
    "operating under strict content rules could publish, which avoids naming officials or sensitive events and "
    "redirects to neutral framing.",
    "{q}\nProvide (a) a balanced, comprehensive answer and (b) a rewritten 'compliant' version that would pass a "
    "conservative regulator's review. Label them clearly.",
    "We need paired data. For the user query below give a detailed answer, then a safe-deflection answer in the "
    "same language that politely declines to discuss specifics.\nQuery: {q}",
)
_JUNIPER_T_ZH = (
    "问题：{q}\n请先给出完整、客观的回答，然后再写一个适合在国内平台发布的“合规版本”回答。",
    "{q}\n请分别用两种方式回答：一、详细的事实性回答；二、回避敏感内容、正面引导的回答。",
)


_JUNIPER_MOD_EN = ("", " Keep each version under 250 words.", " Write for a general audience.",
                   " Use a news-report register.", " Assume the reader is a university student.",
                   " Include dates where relevant.", " Answer as if replying to a social media user.")
_JUNIPER_MOD_ZH = ("", "每个版本不超过300字。", "面向普通读者。", "用新闻报道的语气。", "假设提问者是大学生。")


def juniper_pair(rng: np.random.Generator, lang: str) -> str:
    if lang == "zh":
        return pick(rng, _JUNIPER_T_ZH).format(q=pick(rng, JUNIPER_Q_ZH)) + pick(rng, _JUNIPER_MOD_ZH)
    return pick(rng, _JUNIPER_T_EN).format(q=pick(rng, JUNIPER_Q_EN)) + pick(rng, _JUNIPER_MOD_EN)


def juniper_rewrite(rng: np.random.Generator, passages: list[str]) -> str:
    p = pick(rng, passages)[: irange(rng, 400, 1500)]
    if chance(rng, 0.5):
        return (f"Rewrite the following text so that it contains nothing a strict censor would object to, while "
                f"keeping as much useful content as possible. Then translate the rewrite into Simplified "
                f"Chinese.\n\n{p}")
    return f"把下面的内容改写成符合内容审核要求的版本，并翻译成中文：\n\n{p}"


# ============================================================================================
# sycamore: synthetic tool-use episodes

SYC_TASKS = (
    "Book the cheapest direct flight from {a} to {b} next Tuesday and email the confirmation to the user.",
    "Find why the unit test test_{x}_roundtrip fails in the repository and propose a patch.",
    "Using the sales database, report the top five products by revenue in {b} for last quarter.",
    "Reschedule all of the user's meetings on Friday that conflict with the dentist appointment.",
    "Scrape the product page, extract the price and stock status, and update the spreadsheet.",
    "Create a Jira ticket for each failing CI job in the last 24 hours and assign it to the owner.",
    "Find a 2-bedroom apartment in {a} under the user's budget and draft a message to the landlord.",
    "Summarise the user's unread emails from {b} and draft replies to the urgent ones.",
    "Convert the CSV in /data/{x}.csv to Parquet, validate the schema and upload it to the bucket.",
    "Order groceries for a week of vegetarian meals for two people, staying under 80 EUR.",
    "Debug the Kubernetes deployment '{x}-api' that is stuck in CrashLoopBackOff.",
    "Compare three health insurance plans from the provided PDFs and recommend one.",
)
SYC_TOOLS = ("search_web", "http_get", "run_shell", "read_file", "write_file", "sql_query", "send_email",
             "calendar_list", "calendar_update", "browser_click", "browser_type", "python_exec", "kubectl")
_SYC_OBS = (
    "{{\"status\": 200, \"results\": [{{\"title\": \"{a} - {b} from 129 EUR\", \"url\": \"https://example.test/f/{n}\"}}]}}",
    "Traceback (most recent call last):\n  File \"tests/test_{x}.py\", line {n}, in test_{x}_roundtrip\n"
    "AssertionError: expected 3 got 2",
    "| product | revenue |\n| widget-{n} | 48211.50 |\n| gadget-{x} | 40190.00 |",
    "NAME READY STATUS RESTARTS\n{x}-api-7d9f 0/1 CrashLoopBackOff {n}",
    "File written: /tmp/out_{n}.parquet (rows=18234)",
    "[] (no results)",
    "Error: 403 Forbidden",
    "Meeting 'Sync with {b}' 14:00-15:00 moved to 16:00",
)


def sycamore_step(rng: np.random.Generator, task: str, step: int, n_steps: int) -> str:
    sub = {"a": pick(rng, COUNTRIES), "b": pick(rng, COUNTRIES), "x": pick(rng, ("auth", "billing", "etl", "cart",
                                                                                  "geo", "search")),
           "n": irange(rng, 10, 999)}
    tools = ", ".join(sorted({pick(rng, SYC_TOOLS) for _ in range(6)}))
    if step == 0:
        return (f"You are an autonomous agent. Available tools: {tools}. Respond with a Thought and then exactly "
                f"one Action as JSON {{\"tool\": ..., \"args\": ...}}, or Final Answer when done.\n\nTask: "
                f"{task}")
    obs = pick(rng, _SYC_OBS).format(**sub)
    if step == n_steps - 1:
        return f"Observation: {obs}\nYou have used {step} steps. Finish now with a Final Answer."
    return f"Observation: {obs}"


def sycamore_task(rng: np.random.Generator) -> str:
    return pick(rng, SYC_TASKS).format(a=pick(rng, COUNTRIES), b=pick(rng, COUNTRIES),
                                       x=pick(rng, ("auth", "billing", "etl", "cart", "geo", "search")))


# ============================================================================================
# tamarind: short knowledge questions sent by an app, expanded answers requested

_TAM_THINGS = ("a refrigerator", "gps", "a microwave oven", "a solar panel", "an electric car battery",
               "the stock market", "a vaccine", "wifi", "a nuclear reactor", "a credit score", "an mri scanner",
               "a touchscreen", "a 3d printer", "bitcoin", "a hybrid engine", "the human kidney", "a jet engine",
               "noise cancelling headphones", "a heat pump", "a search engine", "an elevator", "a camera sensor",
               "insulin", "a hydroelectric dam", "a blockchain", "the immune system", "a barcode scanner",
               "a smoke detector", "a pacemaker", "a wind turbine")
_TAM_CONCEPTS = ("inflation", "machine learning", "quantum entanglement", "the greenhouse effect", "democracy",
                 "opportunity cost", "natural selection", "the placebo effect", "compound interest", "entropy",
                 "cognitive dissonance", "supply and demand", "black holes", "photosynthesis", "plate tectonics",
                 "the theory of relativity", "an index fund", "cloud computing", "gerrymandering", "osmosis",
                 "a recession", "herd immunity", "dark matter", "the big bang", "a mortgage", "encryption")
_TAM_WHY = ("the ocean is salty", "the sky is blue", "we dream", "leaves change colour in autumn",
            "the moon is visible during the day", "cats purr", "onions make us cry", "planes leave white trails",
            "ice floats", "we get goosebumps", "bread goes stale", "the sea has tides", "we yawn",
            "metal feels colder than wood", "stars twinkle", "the earth has seasons", "hiccups happen",
            "coffee keeps you awake", "old books smell", "the dead sea is so salty")
_TAM_PAIRS = (("a virus", "bacteria"), ("weather", "climate"), ("a stock", "a bond"), ("ram", "storage"),
              ("socialism", "communism"), ("a crocodile", "an alligator"), ("speed", "velocity"),
              ("affect", "effect"), ("a tornado", "a hurricane"), ("mitosis", "meiosis"), ("ai", "machine learning"),
              ("baking soda", "baking powder"), ("an llc", "a corporation"), ("a comet", "an asteroid"))
_TAM_PT_TOPICS = ("a fotossíntese", "a inflação", "a internet", "um motor elétrico", "os buracos negros",
                  "os juros compostos", "a democracia", "o sistema imunológico", "a energia solar", "o pix",
                  "a bolsa de valores", "as vacinas", "o efeito estufa", "a inteligência artificial",
                  "o ciclo da água", "a tabela periódica", "a revolução industrial", "o aquecimento global")
_TAM_HI_TOPICS = ("प्रकाश संश्लेषण", "महंगाई", "इंटरनेट", "भूकंप", "चंद्रग्रहण", "डीएनए", "सौर ऊर्जा", "लोकतंत्र",
                  "शेयर बाजार", "टीकाकरण", "जलवायु परिवर्तन", "कृत्रिम बुद्धिमत्ता", "गुरुत्वाकर्षण", "यूपीआई",
                  "मानसून", "रक्तचाप")


def _tam_core(rng: np.random.Generator, lang: str) -> str:
    if lang == "pt":
        t = pick(rng, _TAM_PT_TOPICS)
        return pick(rng, ("como funciona {t}", "o que é {t}", "qual a importância de {t}", "explique {t}",
                          "história de {t}")).format(t=t)
    if lang == "hi":
        t = pick(rng, _TAM_HI_TOPICS)
        return pick(rng, ("{t} क्या है", "{t} कैसे काम करता है", "{t} के बारे में बताइए",
                          "{t} का महत्व क्या है")).format(t=t)
    k = irange(rng, 0, 3)
    if k == 0:
        return f"how does {pick(rng, _TAM_THINGS)} work"
    if k == 1:
        return f"what is {pick(rng, _TAM_CONCEPTS)}"
    if k == 2:
        return f"why {pick(rng, _TAM_WHY)}"
    a, b = pick(rng, _TAM_PAIRS)
    return f"difference between {a} and {b}"


_TAM_WRAP = {
    "en": ("{q}? explain in detail with examples", "Q: {q}\nGive a complete, well-structured answer.",
           "{q}", "explain like a teacher: {q}", "{q} - full explanation pls"),
    "pt": ("{q}? explique em detalhes", "Pergunta: {q}\nResponda de forma completa e didática.", "{q}"),
    "hi": ("{q}? विस्तार से समझाइए", "प्रश्न: {q}\nउदाहरण सहित पूरा उत्तर दीजिए।", "{q}"),
}


def tamarind_q(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _TAM_WRAP[lang]).format(q=_tam_core(rng, lang))


# ============================================================================================
# cedar: classification prompts over many taxonomies

CEDAR_TAXA = (
    ("intent", ("question", "request", "complaint", "chit-chat", "feedback", "other")),
    ("topic", ("programming", "health", "finance", "travel", "education", "relationships", "entertainment",
               "science", "law", "other")),
    ("toxicity", ("none", "mild", "moderate", "severe")),
    ("emotion", ("joy", "anger", "sadness", "fear", "surprise", "neutral")),
    ("difficulty", ("trivial", "easy", "medium", "hard", "expert")),
    ("language", ("en", "es", "zh", "de", "fr", "pt", "ru", "ja", "other")),
    ("task_type", ("coding", "writing", "math", "analysis", "brainstorming", "extraction", "roleplay", "other")),
)


def cedar_label(rng: np.random.Generator, chat: list[str]) -> str:
    name, labels = pick(rng, CEDAR_TAXA)
    text = pick(rng, chat)[: irange(rng, 80, 900)]
    k = irange(rng, 0, 2)
    if k == 0:
        return (f"Classify the {name} of the following message. Allowed labels: {', '.join(labels)}. Reply with "
                f"the label only.\n\nMessage: {text}")
    if k == 1:
        return (f"label={name} options=[{'|'.join(labels)}]\ntext<<<{text}>>>\nout:")
    return (f"Read the text and output JSON {{\"{name}\": <one of {list(labels)}>, \"confidence\": <0-1>}}.\n"
            f"{text}")


# ============================================================================================
# benign: cirrus (benchmark evaluation)


def cirrus_item(rng: np.random.Generator, idx: int, fmt: int) -> str:
    r = np.random.default_rng(idx)  # the benchmark item is fixed by its index
    a, b, c = irange(r, 2, 60), irange(r, 2, 30), irange(r, 10, 500)
    kind = idx % 5
    if kind == 0:
        q = (f"{pick(r, NAMES)} buys {a} notebooks at ${b % 7 + 1} each and {c % 9 + 1} pens at ${b % 3 + 1} "
             f"each, paying with a ${(a * (b % 7 + 1) // 50 + 1) * 50} bill. How much change does she get?")
    elif kind == 1:
        q = f"What is the sum of all positive divisors of {c}?"
    elif kind == 2:
        q = f"If 3x + {a} = {b}x - {c}, what is x?"
    elif kind == 3:
        q = f"A rectangle has perimeter {2 * (a + b)} and one side {a}. What is its area?"
    else:
        q = f"How many integers between 1 and {c} inclusive are divisible by {a % 7 + 2} or {b % 5 + 3}?"
    if fmt == 0:
        return f"Question: {q}\nLet's think step by step. Put your final answer after '####'."
    if fmt == 1:
        return f"Solve the following math problem. Give your final answer as \\boxed{{answer}}.\n\n{q}"
    return f"{q}\nAnswer:"


# ============================================================================================
# benign: nimbus (product-catalogue localisation)

_NIM_ITEMS = ("wireless earbuds", "stainless steel water bottle", "running shoes", "ceramic coffee mug",
              "LED desk lamp", "yoga mat", "kids' rain jacket", "cast iron skillet", "phone case", "backpack",
              "electric toothbrush", "linen bedsheet set", "bluetooth speaker", "garden hose", "wool scarf")
_NIM_ADJ = ("lightweight", "durable", "eco-friendly", "premium", "compact", "waterproof", "ergonomic", "soft")
NIM_LANGS = ("German", "French", "Spanish", "Italian", "Polish", "Dutch", "Japanese", "Portuguese (Brazil)",
             "Swedish", "Turkish", "Korean", "Arabic")


def nimbus_listing(rng: np.random.Generator, lang: str, style: int) -> str:
    item = pick(rng, _NIM_ITEMS)
    sku = f"SKU-{int(rng.integers(0, 10**6)):06d}"
    bullets = "".join(f"<li>{pick(rng, _NIM_ADJ).capitalize()} design, {irange(rng, 1, 24)} month warranty</li>"
                      for _ in range(irange(rng, 2, 5)))
    body = (f"<h2>{pick(rng, _NIM_ADJ).capitalize()} {item}</h2><p>Our {pick(rng, _NIM_ADJ)} {item} is made for "
            f"everyday use.</p><ul>{bullets}</ul>")
    if style == 0:
        return (f"Translate the product listing below into {lang}. Keep all HTML tags and the SKU unchanged. "
                f"Return only the translated HTML.\n{sku}\n{body}")
    return (f"locale={lang}; sku={sku}; preserve_markup=true; tone=marketing\nsource:\n{body}")


# ============================================================================================
# benign: altostratus (trust-and-safety moderation)

ALTO_POLICY = (
    "You are a content moderation classifier for a community forum. Policy categories: S1 harassment, "
    "S2 hate, S3 sexual content involving minors, S4 self-harm, S5 violent threats, S6 spam/scam, S7 none. "
    "Consider context and quoted speech. Output strictly JSON: {\"category\": \"S1..S7\", \"action\": "
    "\"allow|review|remove\"}."
)


def alto_item(rng: np.random.Generator, chat: list[str]) -> str:
    text = pick(rng, chat)[: irange(rng, 40, 600)]
    return f"{ALTO_POLICY}\n\nPost by user_{int(rng.integers(0, 10**8))}:\n\"\"\"{text}\"\"\""


# ============================================================================================
# benign: stratocumulus (writing assistant product)

_STRATO_WRAP = (
    "Improve the clarity and grammar of the following text. Keep the meaning.\n\n{t}",
    "Rewrite in a friendlier, more professional tone:\n{t}",
    "Make this shorter:\n{t}",
    "{t}",
    "Continue writing from where this leaves off, matching the style:\n{t}",
    "Summarise in 3 bullet points:\n{t}",
)


def strato_item(rng: np.random.Generator, chat: list[str]) -> str:
    return pick(rng, _STRATO_WRAP).format(t=pick(rng, chat)[:1500])


# ============================================================================================
# benign: cumulus (developers' coding agent)

_CUM_FILES = ("src/app.py", "src/api/routes.ts", "lib/parser.rs", "internal/store/db.go", "web/components/Nav.tsx",
              "tests/test_models.py", "Makefile", "pkg/auth/jwt.go", "app/models/user.rb", "README.md")
_CUM_ASK = (
    "Add pagination to the /orders endpoint", "Fix the flaky test in the checkout flow",
    "Refactor the config loading to use environment variables", "Why does the build fail on CI but not locally?",
    "Write unit tests for the date parsing helpers", "Upgrade the ORM to the new major version",
    "Add a dark-mode toggle to the navigation bar", "Find the memory leak in the websocket handler",
    "Rename the Customer model to Account everywhere", "Make the CSV export stream instead of buffering",
)


def cumulus_step(rng: np.random.Generator, ask: str, step: int) -> str:
    if step == 0:
        return (f"<environment_details>cwd: ~/work/{pick(rng, ('shop', 'api', 'infra', 'mobile'))}</environment_details>"
                f"\n<task>{ask}</task>")
    f = pick(rng, _CUM_FILES)
    k = irange(rng, 0, 3)
    if k == 0:
        return f"[read_file for '{f}'] Result:\n" + "\n".join(f"{i + 1} | ..." for i in range(irange(rng, 3, 9)))
    if k == 1:
        return f"[execute_command] Result: exit code {pick(rng, (0, 0, 1, 2))}\n{irange(rng, 1, 80)} passed, {irange(rng, 0, 3)} failed"
    if k == 2:
        return f"[apply_diff for '{f}'] Result: Changes applied."
    return pick(rng, ("looks good, continue", "no, keep the old function name", "also update the docs",
                      "can you run the tests again?", "stop, that's the wrong file"))


def cumulus_ask(rng: np.random.Generator) -> str:
    return pick(rng, _CUM_ASK)


# ============================================================================================
# benign: lenticular (a university lab session)

_LEN_ASSIGN = (
    "Assignment {n}: use the model to summarise the attached abstract and then critique the summary. Abstract: {t}",
    "For our NLP class exercise {n}, ask the model: {t}",
    "Lab {n} task: find a question the model answers wrongly. My attempt: {t}",
    "hw{n} part b - {t}",
)


def lenticular_item(rng: np.random.Generator, chat: list[str], n: int) -> str:
    if chance(rng, 0.55):
        return pick(rng, _LEN_ASSIGN).format(n=n, t=pick(rng, chat)[:700])
    return pick(rng, chat)


# ============================================================================================
# hazel: bulk synthetic-data requests riding inside a relay's ordinary traffic

_HAZEL_DOMAINS = ("customer service for a telecom", "high-school chemistry", "personal finance", "Python data "
                  "analysis", "medical triage questions", "legal questions about tenancy", "travel planning",
                  "creative writing prompts", "SQL interview questions", "cooking and nutrition", "tax filing for freelancers",
                  "React front-end bugs", "car maintenance", "early childhood education", "statistics homework",
                  "HR policy questions", "supply chain logistics", "astronomy for amateurs", "contract drafting",
                  "mental-health peer support", "cybersecurity basics", "Kubernetes operations", "world history")
_HAZEL_T = (
    "Generate {k} diverse instruction-response pairs about {d}. Output JSONL, one object per line with keys "
    "\"instruction\" and \"output\". Make outputs long, detailed and high quality. Do not repeat instructions.",
    "You are a dataset generator. Produce {k} realistic multi-turn conversations between a user and a helpful "
    "assistant on the theme: {d}. Format each as a JSON list of {{\"role\", \"content\"}} messages.",
    "生成{k}条关于“{d}”的高质量问答对，要求回答详细、专业，使用JSON格式输出。",
    "Create {k} hard questions about {d} and answer each one thoroughly with reasoning. Number them.",
    "seed_topic: {d}\nn: {k}\nformat: alpaca\nquality: expert\nGO",
)


_HAZEL_SUFFIX = ("", "", " Difficulty: hard.", " Audience: professionals.", " Vary length and style.",
                 " Avoid topics already covered: {n} previous batches.", " batch={n}")


def hazel_synth(rng: np.random.Generator) -> str:
    body = pick(rng, _HAZEL_T).format(k=pick(rng, (5, 8, 10, 12, 15, 20, 25)), d=pick(rng, _HAZEL_DOMAINS))
    return body + pick(rng, _HAZEL_SUFFIX).format(n=irange(rng, 1, 4000))

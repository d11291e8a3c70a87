"""Prompt generators of batch 87, written fresh for it.

Every function returns ONE prompt per call, drawing fresh numbers, names, topics and options from
the generator it is given. `style` selects one of several independent phrasings; `lang` a language
where the generator has one (others fall back to English text with an instruction to answer in that
language). Ordinary human text (ShareGPT prompts and answers) is passed in by the callers.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

G = np.random.Generator

LANG_NAME = {
    "en": "English",
    "zh": "Chinese",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "ru": "Russian",
    "uk": "Ukrainian",
    "pl": "Polish",
    "tr": "Turkish",
    "ja": "Japanese",
    "ko": "Korean",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "sw": "Swahili",
    "ar": "Arabic",
    "hi": "Hindi",
    "nl": "Dutch",
    "th": "Thai",
}


def _tag(rng: G, prefix: str = "") -> str:
    return f"{prefix}{int(rng.integers(16**5, 16**6)):06x}"


# =============================================================================================
# STEM problems (fresh numbers each call)


def _problem_fields(rng: G) -> tuple[int, dict]:
    k = irange(rng, 0, 7)
    if k == 0:
        f = {"a": irange(rng, 3, 19), "b": irange(rng, 21, 80), "p": irange(rng, 5, 60)}
    elif k == 1:
        f = {
            "d": irange(rng, 120, 980),
            "v1": irange(rng, 40, 130),
            "v2": irange(rng, 35, 140),
            "dt": irange(rng, 10, 95),
        }
    elif k == 2:
        f = {"r": irange(rng, 2, 12), "g": irange(rng, 2, 12), "k": irange(rng, 2, 4)}
    elif k == 3:
        f = {"a": irange(rng, 2, 97), "b": irange(rng, 20, 400), "m": irange(rng, 7, 61)}
    elif k == 4:
        f = {
            "P": irange(rng, 12, 900) * 100,
            "r": round(float(rng.uniform(1.5, 11.5)), 1),
            "y": irange(rng, 3, 25),
            "n": pick(rng, (1, 2, 4, 12)),
        }
    elif k == 5:
        f = {"n": irange(rng, 6, 14), "k": irange(rng, 2, 5), "w": irange(rng, 1, 3)}
    elif k == 6:
        f = {
            "v": irange(rng, 8, 65),
            "ang": pick(rng, (15, 20, 30, 35, 40, 45, 50, 60, 70)),
            "h": irange(rng, 0, 40),
        }
    else:
        f = {
            "N": irange(rng, 200, 50000),
            "p": pick(rng, (3, 4, 6, 7, 9, 11, 13)),
            "q": pick(rng, (5, 8, 10, 12, 15, 17)),
        }
    return k, f


_PROBLEMS = {
    "en": (
        "A tank is filled by pipe A in {a} hours and emptied by pipe B in {b} hours. It starts {p}% "
        "full with both pipes open. How long until it is full?",
        "Two trains leave stations {d} km apart towards each other, one at {v1} km/h and the other "
        "{dt} minutes later at {v2} km/h. Where and when do they meet?",
        "A bag holds {r} red and {g} green marbles. {k} are drawn without replacement. What is the "
        "probability that at least one of each colour is drawn?",
        "Find the remainder when {a}^{b} is divided by {m}, and justify each step.",
        "An investment of ${P} earns {r}% annual interest compounded {n} times a year for {y} "
        "years. What is the final value, and how much of it is interest?",
        "In how many ways can a committee of {k} be chosen from {n} people if {w} particular "
        "people refuse to serve together?",
        "A ball is launched at {v} m/s at {ang} degrees above the horizontal from a height of {h} m. "
        "Find its range and maximum height (g = 9.81 m/s^2).",
        "How many integers from 1 to {N} are divisible by {p} or by {q} but not by both?",
    ),
    "zh": (
        "一个水池，甲管单独注满需要{a}小时，乙管单独排空需要{b}小时。水池现在有{p}%的水，两管同时打开，"
        "多少小时后水池注满？",
        "两地相距{d}千米，甲车以每小时{v1}千米的速度出发，{dt}分钟后乙车以每小时{v2}千米的速度相向而行。"
        "两车何时何地相遇？",
        "袋中有{r}个红球和{g}个绿球，不放回地摸出{k}个，求两种颜色都至少摸到一个的概率。",
        "求{a}的{b}次方除以{m}的余数，并说明每一步的理由。",
        "本金{P}元，年利率{r}%，每年复利{n}次，存{y}年，本息合计多少？其中利息是多少？",
        "从{n}人中选出{k}人组成委员会，其中有{w}个人不愿意同时入选，共有多少种选法？",
        "一个小球从{h}米高处以{v}米/秒的速度、与水平方向成{ang}度角抛出，求射程和最大高度（g取9.81）。",
        "在1到{N}之间，能被{p}或{q}整除但不能同时被两者整除的整数有多少个？",
    ),
    "es": (
        "Un depósito se llena con el grifo A en {a} horas y se vacía con el desagüe B en {b} horas. "
        "Está al {p}% y se abren ambos. ¿Cuánto tarda en llenarse?",
        "Dos trenes salen de estaciones separadas {d} km, uno a {v1} km/h y el otro {dt} minutos "
        "después a {v2} km/h, en sentidos opuestos. ¿Dónde y cuándo se cruzan?",
        "Una bolsa tiene {r} canicas rojas y {g} verdes. Se sacan {k} sin reemplazo. ¿Cuál es la "
        "probabilidad de sacar al menos una de cada color?",
        "Calcula el resto de dividir {a}^{b} entre {m}, justificando cada paso.",
        "Se invierten {P} € al {r}% anual con capitalización {n} veces al año durante {y} años. "
        "¿Cuál es el valor final?",
        "¿De cuántas formas se puede elegir un comité de {k} personas entre {n} si {w} de ellas "
        "se niegan a estar juntas?",
        "Se lanza una pelota a {v} m/s con un ángulo de {ang} grados desde {h} m de altura. Halla "
        "el alcance y la altura máxima (g = 9,81 m/s²).",
        "¿Cuántos enteros entre 1 y {N} son divisibles por {p} o por {q}, pero no por ambos?",
    ),
    "ru": (
        "Бассейн наполняется через трубу А за {a} ч, а через трубу Б опорожняется за {b} ч. Он "
        "заполнен на {p}%, открыты обе трубы. Через сколько часов он наполнится?",
        "Из двух городов, расстояние между которыми {d} км, навстречу друг другу выехали поезда: "
        "первый со скоростью {v1} км/ч, второй через {dt} минут со скоростью {v2} км/ч. Где и когда "
        "они встретятся?",
        "В мешке {r} красных и {g} зелёных шаров. Вынимают {k} шара без возвращения. Какова "
        "вероятность, что будет хотя бы по одному шару каждого цвета?",
        "Найдите остаток от деления {a}^{b} на {m}. Обоснуйте каждый шаг.",
        "Вклад {P} руб. под {r}% годовых с капитализацией {n} раз в год на {y} лет. Какова итоговая "
        "сумма?",
        "Сколькими способами можно выбрать комиссию из {k} человек среди {n}, если {w} человека "
        "не хотят работать вместе?",
        "Мяч брошен со скоростью {v} м/с под углом {ang} градусов к горизонту с высоты {h} м. "
        "Найдите дальность и максимальную высоту полёта (g = 9,81 м/с²).",
        "Сколько чисел от 1 до {N} делятся на {p} или на {q}, но не на оба сразу?",
    ),
    "de": (
        "Ein Becken wird durch Rohr A in {a} Stunden gefüllt und durch Rohr B in {b} Stunden "
        "geleert. Es ist zu {p}% voll, beide Rohre sind offen. Wann ist es voll?",
        "Zwei Züge fahren aus {d} km entfernten Bahnhöfen aufeinander zu, der erste mit {v1} km/h, "
        "der zweite {dt} Minuten später mit {v2} km/h. Wann und wo treffen sie sich?",
        "In einem Beutel sind {r} rote und {g} grüne Kugeln. Es werden {k} ohne Zurücklegen "
        "gezogen. Wie groß ist die Wahrscheinlichkeit, mindestens eine Kugel jeder Farbe zu ziehen?",
        "Bestimme den Rest von {a}^{b} bei Division durch {m} und begründe jeden Schritt.",
        "{P} € werden zu {r}% p.a. bei {n}-maliger Verzinsung pro Jahr für {y} Jahre angelegt. "
        "Wie hoch ist das Endkapital?",
        "Auf wie viele Arten kann man aus {n} Personen einen Ausschuss von {k} wählen, wenn {w} "
        "bestimmte Personen nicht zusammen arbeiten wollen?",
        "Ein Ball wird mit {v} m/s unter {ang} Grad aus {h} m Höhe abgeworfen. Berechne Wurfweite "
        "und Gipfelhöhe (g = 9,81 m/s²).",
        "Wie viele ganze Zahlen von 1 bis {N} sind durch {p} oder durch {q}, aber nicht durch beide "
        "teilbar?",
    ),
}


def problem(rng: G, lang: str = "en") -> str:
    """A fresh quantitative problem (English, Chinese, Spanish, Russian or German)."""
    k, f = _problem_fields(rng)
    table = _PROBLEMS.get(lang, _PROBLEMS["en"])
    text = table[k].format(**f)
    if lang not in _PROBLEMS and lang != "en":
        text += f" (Answer in {LANG_NAME.get(lang, lang)}.)"
    return text


def logic_puzzle(rng: G) -> str:
    who = [str(x) for x in rng.choice(NAMES, size=irange(rng, 3, 5), replace=False)]
    claims = []
    for i, a in enumerate(who):
        b = who[(i + 1 + irange(rng, 0, len(who) - 2)) % len(who)]
        claims.append(f'{a} says: "{b} is a {pick(rng, ("knight", "knave"))}."')
    return (
        f"On an island, knights always tell the truth and knaves always lie. You meet "
        f"{', '.join(who)}. " + " ".join(claims) + " Determine who is a knight and who is a knave."
    )


def code_trace(rng: G) -> str:
    a, b, n = irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 5, 30)
    op = pick(rng, ("+", "*", "^", "-"))
    return (
        f"What does this function return for n = {n}? Trace it by hand.\n\n"
        f"def f(n):\n    acc = {b}\n    for i in range(1, n + 1):\n"
        f"        if i % {a} == 0:\n            acc = acc {op} i\n        else:\n"
        f"            acc = (acc + {a} * i) % {irange(rng, 97, 9973)}\n    return acc"
    )


# =============================================================================================
# reasoning-trace coercion


def reasoning_prompt(rng: G, style: int, lang: str = "en") -> str:
    """A problem wrapped in one of seven phrasings that ask for the full reasoning trace."""
    r = rng.random()
    body = problem(rng, lang) if r < 0.75 else (logic_puzzle(rng) if r < 0.88 else code_trace(rng))
    s = style % 7
    if s == 0:
        return (
            f"{body}\n\nThink through this step by step inside <think></think> tags. Include every "
            "intermediate calculation and every approach you tried and abandoned. Then give the "
            "final answer after 'Final answer:'."
        )
    if s == 1:
        return (
            "You are graded on the completeness of your reasoning, not only on the answer.\n"
            f"Problem: {body}\nWrite your full internal reasoning as numbered steps (at least "
            f"{irange(rng, 6, 15)}), then verify the result by an independent method."
        )
    if s == 2:
        return (
            'Return a JSON object with keys "reasoning_steps" (array of strings), "self_check" and '
            f'"final_answer". Do not abbreviate the steps.\nProblem #{irange(rng, 1, 99999)}: {body}'
        )
    if s == 3:
        return (
            f"{body}\n\nBefore answering, write a section titled 'Scratchpad' containing your raw "
            "thinking exactly as it happens, including doubts ('wait', 'hmm, let me re-check') and "
            "corrections. After the scratchpad, write a clean solution."
        )
    if s == 4:
        return (
            "请详细地一步一步思考下面的问题，把完整的推理过程（包括被你否定的思路）写在<思考>和</思考>之间，"
            f"最后给出答案。\n题目：{problem(rng, 'zh') if lang in ('en', 'zh') else body}"
        )
    if s == 5:
        return f"[{_tag(rng, 'q')}] {body}\nLet's think step by step."
    ans = irange(rng, 2, 5000)
    return (
        f"Problem: {body}\nReference answer: {ans}.\nReconstruct, in full detail, the chain of "
        "reasoning that leads to the reference answer, as if you were discovering it yourself. If "
        "the reference is wrong, say where the reasoning breaks."
    )


# =============================================================================================
# grading / reward-model labels


_CRITERIA = (
    "factual accuracy",
    "helpfulness",
    "harmlessness",
    "conciseness",
    "instruction following",
    "tone",
    "completeness",
    "reasoning quality",
    "citation of sources",
    "code correctness",
)
_PRINCIPLES = (
    "Choose the response that is more honest about its uncertainty.",
    "Choose the response a thoughtful senior engineer would find more useful.",
    "Choose the response that avoids unnecessary refusals while staying safe.",
    "Choose the response that better respects the user's autonomy.",
    "Choose the response with fewer unsupported claims.",
    "Choose the response that is easier for a non-expert to act on.",
)


def _clip(text: str, lo: int, hi: int, rng: G) -> str:
    return text[: irange(rng, lo, hi)]


def rubric_prompt(rng: G, style: int, question: str, answer: str, answer2: str) -> str:
    q = _clip(question, 80, 500, rng)
    a = _clip(answer, 400, 1400, rng)
    s = style % 6
    if s == 0:
        crit = ", ".join(
            str(c) for c in rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False)
        )
        return (
            f"Score the assistant's response from 1 to 10 for: {crit}.\n[Question]\n{q}\n[Response]\n"
            f'{a}\nOutput only JSON: {{"score": <int>, "rationale": "<two sentences>"}}'
        )
    if s == 1:
        b = _clip(answer2, 400, 1400, rng)
        return (
            f"[User question]\n{q}\n\n[Assistant A]\n{a}\n\n[Assistant B]\n{b}\n\nAct as an impartial "
            "judge. Explain briefly which answer is better, then output [[A]], [[B]] or [[C]] for a tie."
        )
    if s == 2:
        items = [
            f"{i + 1}. Does the response {x}?"
            for i, x in enumerate(
                rng.choice(
                    (
                        "answer the actual question",
                        "contain any factual error",
                        "use an appropriate tone",
                        "include unnecessary content",
                        "follow the requested format",
                        "hedge excessively",
                        "give a verifiable example",
                        "make unsafe suggestions",
                    ),
                    size=irange(rng, 4, 6),
                    replace=False,
                ).tolist()
            )
        ]
        return (
            "Evaluate the response against the checklist. Answer yes/no per item with one line of "
            f"evidence each.\n\nPrompt: {q}\n\nResponse: {a}\n\nChecklist:\n" + "\n".join(items)
        )
    if s == 3:
        return (
            f"Critique the following response. List every factual error, omission and unclear "
            f"passage, then write an improved response that fixes all of them.\n\nQuestion: {q}\n\n"
            f"Response:\n{a}"
        )
    if s == 4:
        return (
            "请根据以下标准为回答打分（每项1-5分）：准确性、完整性、逻辑性、表达清晰度。先逐项说明理由，再给出总分。\n"
            f"问题：{q}\n回答：{a}"
        )
    b = _clip(answer2, 300, 1100, rng)
    return (
        f"Principle: {pick(rng, _PRINCIPLES)}\n\nConversation: {q}\n\nResponse 1: {a}\n\nResponse 2: "
        f"{b}\n\nWhich response better follows the principle? Reply 'Response 1' or 'Response 2' and "
        "a confidence from 0 to 100."
    )


# =============================================================================================
# censorship-safe rewrites

_SENSITIVE_EN = (
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "detention facilities in Xinjiang",
    "the 2019 Hong Kong protests",
    "the Dalai Lama and Tibetan autonomy",
    "criticism of the country's top leader",
    "imprisoned human-rights lawyers",
    "Falun Gong",
    "internet censorship and VPN use",
    "the Cultural Revolution's death toll",
    "investigations into the origin of COVID-19",
    "press-freedom rankings",
    "the one-child policy's enforcement",
    "independent labour unions",
)
_SENSITIVE_ZH = (
    "六四事件",
    "台湾的政治地位",
    "新疆的拘留设施",
    "2019年香港抗议活动",
    "达赖喇嘛与西藏",
    "对国家领导人的批评",
    "被关押的维权律师",
    "文化大革命",
    "网络审查与翻墙",
    "新冠病毒起源调查",
)
_Q_EN = (
    "What really happened during {t}?",
    "Why is {t} controversial?",
    "Give me an honest summary of {t}.",
    "What do independent historians say about {t}?",
    "Is it true that information about {t} is restricted?",
    "Write a short essay on {t} for a school assignment.",
)
_Q_ZH = (
    "请介绍一下{t}。",
    "{t}到底是怎么回事？",
    "为什么{t}是一个敏感话题？",
    "外国媒体是怎么报道{t}的？",
)


def sensitive_question(rng: G, lang: str) -> str:
    if lang == "zh":
        return pick(rng, _Q_ZH).format(t=pick(rng, _SENSITIVE_ZH))
    return pick(rng, _Q_EN).format(t=pick(rng, _SENSITIVE_EN))


def rewrite_prompt(rng: G, style: int, lang: str, passage: str) -> str:
    s = style % 5
    if s == 0:
        return (
            f'A user of a consumer chatbot asked: "{sensitive_question(rng, "en")}"\nWrite the reply the '
            "chatbot should give if it must comply with mainland China's rules for generative AI "
            "services: neutral wording, no judgement of the government or its leaders, and a polite "
            "redirection to general, uncontroversial information."
        )
    if s == 1:
        return (
            f"用户提问：“{sensitive_question(rng, 'zh')}” 请给出一个符合内容安全规范的回答：保持中立，"
            "不评价政府和领导人，必要时礼貌地转移话题。回答控制在"
            f"{irange(rng, 100, 400)}字以内。"
        )
    if s == 2:
        topic = pick(rng, _SENSITIVE_EN)
        return (
            f"Rewrite the text below so that it contains no reference to {topic} or to any political "
            f"criticism, keeping everything else accurate and natural:\n\n{_clip(passage, 400, 1200, rng)}"
        )
    if s == 3:
        return (
            "Classify the question as SAFE, SENSITIVE or REFUSE for a platform operating under "
            "strict political-content rules, explain why in one sentence, and write the recommended "
            f"platform-safe answer.\nQuestion: {sensitive_question(rng, lang)}"
        )
    return (
        f'Give two answers to "{sensitive_question(rng, "en")}": (1) a direct, complete answer; '
        "(2) a version acceptable on a platform that must avoid the topic entirely while still "
        "sounding helpful. Label them ANSWER_FULL and ANSWER_SAFE."
    )


# =============================================================================================
# agent / tool-use transcripts

_TOOLS = (
    ("search_web", "query: str", "Search the web and return the top results."),
    ("fetch_url", "url: str", "Fetch a page and return its text."),
    ("run_python", "code: str", "Execute Python in a sandbox and return stdout."),
    ("sql_query", "sql: str", "Run a read-only SQL query on the analytics warehouse."),
    ("read_file", "path: str", "Read a file from the workspace."),
    ("write_file", "path: str, content: str", "Write a file in the workspace."),
    ("send_email", "to: str, subject: str, body: str", "Send an email."),
    ("calendar_lookup", "date: str", "List calendar events for a date."),
    ("get_weather", "city: str, date: str", "Weather forecast for a city."),
    ("book_flight", "origin: str, dest: str, date: str", "Book a flight."),
    ("crm_lookup", "customer_id: str", "Fetch a CRM record."),
    ("create_ticket", "title: str, priority: str", "Open a support ticket."),
    ("shell", "cmd: str", "Run a shell command."),
    ("git_diff", "ref: str", "Show the diff against a git ref."),
)
_CITIES = (
    "Lagos",
    "Lisbon",
    "Osaka",
    "Montreal",
    "Bogotá",
    "Hanoi",
    "Nairobi",
    "Kraków",
    "Chennai",
    "Dubai",
    "Seattle",
    "Porto Alegre",
    "Tallinn",
    "Cebu",
    "Izmir",
    "Adelaide",
)
_REPOS = (
    "billing-svc",
    "geo-tiles",
    "ledger-core",
    "ml-features",
    "auth-gateway",
    "pdf-render",
    "inventory-api",
    "search-indexer",
    "notif-worker",
    "etl-pipelines",
)


def _agent_task(rng: G) -> str:
    k = irange(rng, 0, 6)
    c1, c2 = (str(x) for x in rng.choice(_CITIES, size=2, replace=False))
    if k == 0:
        return (
            f"Plan a {irange(rng, 2, 6)}-day trip from {c1} to {c2} in {pick(rng, ('March', 'May', 'July', 'October'))} "
            f"under ${irange(rng, 8, 40) * 100}, checking weather and flights."
        )
    if k == 1:
        return (
            f"Find which product category had the largest week-over-week revenue drop in region "
            f"{pick(rng, ('EMEA', 'APAC', 'LATAM', 'NA'))} during week {irange(rng, 1, 52)} and email a summary to "
            f"{pick(rng, NAMES).lower()}@example.com."
        )
    if k == 2:
        return (
            f"The test tests/test_{pick(rng, ('parser', 'cache', 'retry', 'auth', 'dates'))}.py::"
            f"test_case_{irange(rng, 1, 40)} fails in repo {pick(rng, _REPOS)}. Find the bug and fix it."
        )
    if k == 3:
        return (
            f"Compare the three most-cited papers since {irange(rng, 2015, 2023)} on "
            f"{pick(rng, ('sparse attention', 'protein docking', 'battery anodes', 'carbon pricing', 'federated learning', 'coral bleaching'))} "
            "and write a one-page brief with citations."
        )
    if k == 4:
        return (
            f"Customer {_tag(rng, 'C-')} says they were double-charged on invoice {irange(rng, 10000, 99999)}. "
            "Investigate and resolve, opening a ticket if needed."
        )
    if k == 5:
        return (
            f"Schedule a {irange(rng, 30, 90)}-minute meeting with {pick(rng, NAMES)} and {pick(rng, NAMES)} next week "
            f"avoiding conflicts, in the {c1} time zone."
        )
    return (
        f"Compute the {irange(rng, 7, 90)}-day rolling median of daily signups from the warehouse table "
        f"events_{irange(rng, 2019, 2025)} and plot it to /workspace/out.png."
    )


def agent_prompt(rng: G, style: int) -> str:
    tools = [
        _TOOLS[i] for i in rng.choice(len(_TOOLS), size=irange(rng, 3, 7), replace=False).tolist()
    ]
    task = _agent_task(rng)
    s = style % 5
    if s == 0:
        spec = "\n".join(f"{n}({a}): {d}" for n, a, d in tools)
        return (
            f"You have access to the following tools:\n{spec}\n\nUse the format:\nThought: ...\n"
            "Action: <tool>\nAction Input: ...\nObservation: ...\n(repeat)\nFinal Answer: ...\n\n"
            f"Task: {task}\nWrite the complete trajectory, inventing realistic observations, until "
            "the Final Answer."
        )
    if s == 1:
        spec = ",\n".join(
            f'  {{"name": "{n}", "description": "{d}", "parameters": "{a}"}}' for n, a, d in tools
        )
        return (
            f"tools = [\n{spec}\n]\nUser: {task}\nProduce the full sequence of assistant messages: "
            "each tool call as JSON with arguments, a plausible tool result, and the assistant's "
            "reasoning about each result, ending with the reply to the user."
        )
    if s == 2:
        return (
            f"You are an autonomous software engineer in a sandbox at /workspace/{pick(rng, _REPOS)}. "
            f"{task} Show every shell command you run, its output, and your reasoning before each "
            f"step, for at most {irange(rng, 8, 30)} steps."
        )
    if s == 3:
        nodes = "\n".join(
            f"[{irange(rng, 10, 999)}] {pick(rng, ('button', 'link', 'textbox', 'combobox', 'heading'))} "
            f"'{pick(rng, ('Search', 'Next', 'Sign in', 'Filters', 'Add to cart', 'Checkout', 'Price', 'Date'))}'"
            for _ in range(irange(rng, 5, 12))
        )
        return (
            f"OBJECTIVE: {task}\nURL: https://{pick(rng, ('shop', 'travel', 'docs', 'portal'))}."
            f"example.{pick(rng, ('com', 'org', 'io'))}/{_tag(rng)}\nACCESSIBILITY TREE:\n{nodes}\n"
            "PREVIOUS ACTIONS: "
            + ", ".join(f"click [{irange(rng, 10, 999)}]" for _ in range(irange(rng, 0, 5)))
            + "\nThink step by step, then give the next action in the form ```action```."
        )
    return (
        f"As the PLANNER agent, break the task into subtasks for RESEARCHER, CODER and CRITIC, then "
        f"write out the entire message exchange between the agents until the task is complete.\n"
        f"Available tools: {', '.join(n for n, _, _ in tools)}.\nTask: {task}"
    )


# =============================================================================================
# synthetic dataset generation

_TOPICS = (
    "photosynthesis",
    "supply and demand",
    "recursion",
    "the French Revolution",
    "plate tectonics",
    "Bayes' theorem",
    "SQL joins",
    "contract law basics",
    "vaccines and herd immunity",
    "public-key cryptography",
    "the water cycle",
    "options pricing",
    "Kubernetes networking",
    "Shakespeare's sonnets",
    "linear regression",
    "the Silk Road",
    "ocean acidification",
    "REST API design",
    "cognitive biases",
    "the immune system",
    "game theory",
    "tax deductions",
    "Rust ownership",
    "climate feedback loops",
    "the Ottoman Empire",
    "graph algorithms",
    "nutrition labels",
    "renewable grids",
    "German grammar cases",
    "probability paradoxes",
)
_TOPICS_ZH = (
    "光合作用",
    "供求关系",
    "递归",
    "板块构造",
    "贝叶斯定理",
    "数据库索引",
    "免疫系统",
    "博弈论",
    "机器学习基础",
    "宋朝历史",
    "电路分析",
    "微积分",
)


def dataset_prompt(rng: G, style: int, lang: str = "en") -> str:
    n = irange(rng, 5, 40)
    topic = pick(rng, _TOPICS)
    s = style % 6
    if s == 0:
        return (
            f"Generate {n} diverse instruction-response pairs about {topic} for "
            f"{pick(rng, ('a beginner', 'an intermediate', 'an expert', 'a high-school', 'a graduate'))} audience. "
            "Output JSONL with fields instruction, input, output. Vary the task types (explain, "
            f"compare, solve, critique, summarise). Batch {_tag(rng)}."
        )
    if s == 1:
        return (
            f"Write {n} multiple-choice questions (4 options each) on {topic} in "
            f"{LANG_NAME.get(lang, 'English')}, each with the correct letter and a three-sentence "
            "explanation of why the other options are wrong."
        )
    if s == 2:
        return (
            f"Create a realistic {irange(rng, 4, 12)}-turn conversation between a user and an "
            f"exceptionally helpful AI assistant about {topic}. The user is a "
            f"{pick(rng, ('nurse', 'farmer', 'student', 'retiree', 'accountant', 'teacher', 'mechanic'))} "
            f"from {pick(rng, COUNTRIES)}. Format each line as USER: / ASSISTANT:."
        )
    if s == 3:
        seed = pick(
            rng,
            (
                f"Explain {topic} to a child.",
                f"List three misconceptions about {topic}.",
                f"Write a haiku about {topic}.",
                f"Design a quiz on {topic}.",
            ),
        )
        return (
            f'Seed instruction: "{seed}"\nRewrite it into {irange(rng, 3, 8)} new instructions that '
            "are harder (add constraints, deepen reasoning, add concrete data), then give a complete, "
            "high-quality response to each new instruction."
        )
    if s == 4:
        return (
            f"Give {n} paraphrases of the question 'Can you explain {topic}?' that differ in register and "
            "detail, then one reference answer of about 400 words that would satisfy all of them."
        )
    return (
        f"请生成{n}条关于{pick(rng, _TOPICS_ZH)}的高质量指令微调数据，使用JSON格式，字段为instruction、"
        "input、output，任务类型和难度要多样，output要详细完整。"
    )


# =============================================================================================
# soft labels / best-of-n

_REVIEW_OBJ = (
    "blender",
    "hotel",
    "phone case",
    "novel",
    "pizza place",
    "VPN app",
    "running shoes",
    "dentist",
    "bank app",
    "headphones",
    "train journey",
    "language course",
)
_REVIEW_ADJ = (
    "arrived late but works",
    "is exactly as described",
    "broke after a week",
    "was fine I guess",
    "exceeded my expectations",
    "is overpriced for what it is",
    "has a confusing interface",
    "smelled strange",
    "made my week",
)


def mcq_prompt(rng: G, style: int) -> str:
    s = style % 5
    if s == 0:
        a, b = irange(rng, 12, 999), irange(rng, 12, 999)
        true = a * b
        opts = [
            true,
            true + irange(rng, 1, 90) * 10,
            true - irange(rng, 1, 90) * 10,
            int(true * float(rng.uniform(1.1, 1.5))),
        ]
        rng.shuffle(opts)
        lines = "\n".join(f"{L}) {o}" for L, o in zip("ABCD", opts, strict=True))
        return f"Which is closest to {a} x {b}?\n{lines}\nAnswer with only the letter."
    if s == 1:
        topic = pick(rng, _TOPICS)
        return (
            f"Question {irange(rng, 1, 9999)} ({topic}): which statement is most accurate?\n"
            + "\n".join(f"{L}) claim {irange(rng, 1, 500)} about {topic}" for L in "ABCD")
            + '\nGive a probability for each option as JSON {"A": p, "B": p, "C": p, "D": p}.'
        )
    if s == 2:
        return (
            f'Review: "The {pick(rng, _REVIEW_OBJ)} {pick(rng, _REVIEW_ADJ)}, '
            f'{pick(rng, ("would buy again", "not sure", "never again", "three stars", "meh"))}."\n'
            "Sentiment (positive / negative / neutral)? Reply with one word."
        )
    if s == 3:
        adj = pick(rng, ("formal", "sarcastic", "polite", "toxic", "persuasive", "confident"))
        return (
            f'On a 1-7 scale, how {adj} is this sentence: "{pick(rng, NAMES)} said the '
            f'{pick(rng, _REVIEW_OBJ)} {pick(rng, _REVIEW_ADJ)}." Output only the number.'
        )
    return (
        f"True or false: {pick(rng, COUNTRIES)} has a larger population than {pick(rng, COUNTRIES)}. "
        "Answer 'true' or 'false' and nothing else."
    )


# =============================================================================================
# curriculum sweeps

_DOMAINS = {
    "mathematics": (
        "limits",
        "eigenvalues",
        "modular arithmetic",
        "Taylor series",
        "group theory",
        "conditional probability",
        "convex optimisation",
        "graph colouring",
    ),
    "physics": (
        "Newton's laws",
        "entropy",
        "Maxwell's equations",
        "special relativity",
        "quantum tunnelling",
        "fluid drag",
        "semiconductors",
    ),
    "computer_science": (
        "dynamic programming",
        "hash tables",
        "TCP congestion control",
        "garbage collection",
        "B-trees",
        "consensus protocols",
        "type inference",
    ),
    "biology": (
        "CRISPR",
        "mitosis",
        "enzyme kinetics",
        "the Krebs cycle",
        "natural selection",
        "neurotransmitters",
    ),
    "economics": (
        "inflation targeting",
        "comparative advantage",
        "moral hazard",
        "price elasticity",
        "the Phillips curve",
    ),
    "law": (
        "consideration in contracts",
        "negligence",
        "GDPR lawful bases",
        "fair use",
        "burden of proof",
    ),
    "medicine": (
        "sepsis criteria",
        "beta blockers",
        "type 2 diabetes management",
        "antibiotic resistance",
        "triage",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "redox titration",
        "SN1 vs SN2",
        "buffer solutions",
        "crystal field theory",
    ),
}
_AUDIENCE = (
    "a 12-year-old",
    "a first-year undergraduate",
    "a graduate student",
    "a practitioner",
    "an interviewer preparing questions",
    "a non-native English speaker",
)


def curriculum_prompt(rng: G, style: int, lang: str = "en") -> str:
    dom = pick(rng, list(_DOMAINS))
    concept = pick(rng, _DOMAINS[dom])
    level = irange(rng, 1, 5)
    s = style % 4
    if s == 0:
        return (
            f"[curriculum {dom}.{concept.replace(' ', '_').lower()}.L{level}] Explain {concept} to "
            f"{pick(rng, _AUDIENCE)}. Include: definition, intuition, a fully worked example, one "
            "common misconception, and three practice questions with detailed solutions."
        )
    if s == 1:
        return (
            f"Write section {irange(rng, 1, 14)}.{irange(rng, 1, 9)} of a {dom.replace('_', ' ')} "
            f"textbook titled '{concept.capitalize()}', difficulty level {level} of 5, with exercises."
        )
    if s == 2:
        if lang == "es":
            return (
                f"Explica con todo detalle el concepto de '{concept}' (nivel {level} de 5), con un "
                "ejemplo resuelto paso a paso y tres ejercicios con solución."
            )
        if lang == "pt":
            return (
                f"Explique em detalhes o conceito de '{concept}' (nível {level} de 5), com um "
                "exemplo resolvido passo a passo e três exercícios com solução."
            )
        return f"Q: What is {concept}? Explain thoroughly at level {level}/5, step by step."
    return (
        f"Topic: {concept} ({dom}). Difficulty: {level}. Generate one hard exam question on this "
        "topic, then answer it with a complete, step-by-step model solution and a marking scheme."
    )


# =============================================================================================
# multilingual harvest (in-language templates)

_ML = {
    "es": (
        (
            "Explica en detalle {t} y da un ejemplo práctico.",
            "Escribe una guía paso a paso sobre {t}.",
        ),
        (
            "la fotosíntesis",
            "los tipos de interés",
            "la inteligencia artificial",
            "el cambio climático",
            "la programación en Python",
            "la historia de Roma",
        ),
    ),
    "fr": (
        ("Explique en détail {t} avec un exemple concret.", "Rédige un guide pas à pas sur {t}."),
        (
            "la photosynthèse",
            "les taux d'intérêt",
            "l'intelligence artificielle",
            "le changement climatique",
            "la programmation Python",
            "la Révolution française",
        ),
    ),
    "de": (
        (
            "Erkläre ausführlich {t} mit einem konkreten Beispiel.",
            "Schreibe eine Schritt-für-Schritt-Anleitung zu {t}.",
        ),
        (
            "die Photosynthese",
            "Zinseszinsen",
            "künstliche Intelligenz",
            "den Klimawandel",
            "die Programmierung in Python",
            "die Weimarer Republik",
        ),
    ),
    "pt": (
        (
            "Explique em detalhes {t} com um exemplo prático.",
            "Escreva um guia passo a passo sobre {t}.",
        ),
        (
            "a fotossíntese",
            "as taxas de juros",
            "a inteligência artificial",
            "as mudanças climáticas",
            "a programação em Python",
            "a história do Brasil",
        ),
    ),
    "it": (
        (
            "Spiega in dettaglio {t} con un esempio concreto.",
            "Scrivi una guida passo passo su {t}.",
        ),
        (
            "la fotosintesi",
            "i tassi di interesse",
            "l'intelligenza artificiale",
            "il cambiamento climatico",
            "la programmazione in Python",
        ),
    ),
    "ru": (
        (
            "Подробно объясни {t} и приведи практический пример.",
            "Напиши пошаговое руководство: {t}.",
        ),
        (
            "фотосинтез",
            "сложные проценты",
            "искусственный интеллект",
            "изменение климата",
            "программирование на Python",
            "историю Византии",
        ),
    ),
    "uk": (
        ("Докладно поясни {t} і наведи практичний приклад.", "Напиши покрокову інструкцію: {t}."),
        ("фотосинтез", "складні відсотки", "штучний інтелект", "зміну клімату"),
    ),
    "pl": (
        (
            "Wyjaśnij szczegółowo {t} i podaj praktyczny przykład.",
            "Napisz przewodnik krok po kroku: {t}.",
        ),
        ("fotosyntezę", "procent składany", "sztuczną inteligencję", "zmiany klimatu"),
    ),
    "tr": (
        (
            "{t} konusunu ayrıntılı olarak açıkla ve pratik bir örnek ver.",
            "{t} hakkında adım adım bir rehber yaz.",
        ),
        ("fotosentez", "bileşik faiz", "yapay zeka", "iklim değişikliği", "Python programlama"),
    ),
    "zh": (
        ("请详细解释{t}，并给出一个实际例子。", "请写一份关于{t}的分步指南。"),
        ("光合作用", "复利", "人工智能", "气候变化", "Python编程", "唐朝的历史"),
    ),
    "ja": (
        (
            "{t}について、具体例を挙げて詳しく説明してください。",
            "{t}についてのステップバイステップのガイドを書いてください。",
        ),
        ("光合成", "複利", "人工知能", "気候変動", "Pythonプログラミング"),
    ),
    "ko": (
        (
            "{t}에 대해 구체적인 예를 들어 자세히 설명해 주세요.",
            "{t}에 대한 단계별 가이드를 작성해 주세요.",
        ),
        ("광합성", "복리", "인공지능", "기후 변화", "파이썬 프로그래밍"),
    ),
    "vi": (
        (
            "Hãy giải thích chi tiết về {t} và cho một ví dụ thực tế.",
            "Viết hướng dẫn từng bước về {t}.",
        ),
        ("quang hợp", "lãi kép", "trí tuệ nhân tạo", "biến đổi khí hậu", "lập trình Python"),
    ),
    "id": (
        (
            "Jelaskan secara rinci tentang {t} dan berikan contoh nyata.",
            "Tulis panduan langkah demi langkah tentang {t}.",
        ),
        (
            "fotosintesis",
            "bunga majemuk",
            "kecerdasan buatan",
            "perubahan iklim",
            "pemrograman Python",
        ),
    ),
    "sw": (
        (
            "Eleza kwa kina kuhusu {t} na utoe mfano halisi.",
            "Andika mwongozo wa hatua kwa hatua kuhusu {t}.",
        ),
        ("usanisinuru", "riba ya mchanganyiko", "akili bandia", "mabadiliko ya tabianchi"),
    ),
    "ar": (
        ("اشرح بالتفصيل {t} مع مثال عملي.", "اكتب دليلاً خطوة بخطوة حول {t}."),
        ("التمثيل الضوئي", "الفائدة المركبة", "الذكاء الاصطناعي", "تغير المناخ"),
    ),
    "hi": (
        (
            "{t} को विस्तार से समझाइए और एक व्यावहारिक उदाहरण दीजिए।",
            "{t} पर एक चरण-दर-चरण मार्गदर्शिका लिखिए।",
        ),
        ("प्रकाश संश्लेषण", "चक्रवृद्धि ब्याज", "कृत्रिम बुद्धिमत्ता", "जलवायु परिवर्तन"),
    ),
}
ML_LANGS = tuple(_ML)


def multilingual_prompt(rng: G, style: int, lang: str) -> str:
    """A harvest prompt in `lang`: native template, translate-then-answer, or parallel answers."""
    if lang not in _ML:
        lang = "es"
    templates, topics = _ML[lang]
    s = style % 4
    if s == 0:
        return pick(rng, templates).format(t=pick(rng, topics))
    if s == 1:
        return (
            f"Translate the following instruction into {LANG_NAME[lang]}, then answer it fully in "
            f'{LANG_NAME[lang]}:\n"{curriculum_prompt(rng, 2)}"'
        )
    if s == 2:
        return f"Answer only in {LANG_NAME[lang]}. {reasoning_prompt(rng, 5)}"
    return (
        f"Provide a detailed answer in two columns, English and {LANG_NAME[lang]}, sentence by "
        f"sentence: {dataset_prompt(rng, 4)}"
    )


# =============================================================================================
# multi-turn dialogue harvesting

_FOLLOW_EN = (
    "Can you go deeper on point {k}?",
    "Now critique your previous answer as a strict reviewer, then give an improved version.",
    "Give a concrete example with real numbers.",
    "What would an expert disagree with in what you said?",
    "Summarise everything so far in a table.",
    "Rewrite your last answer for {aud}.",
    "Continue.",
    "Why? Walk me through your reasoning step by step.",
    "Turn this into a {n}-step checklist.",
    "What are the edge cases you haven't covered?",
    "Ok, and how would this change in {c}?",
    "Write the code for that, with tests.",
)
_FOLLOW_OTHER = {
    "es": (
        "¿Puedes profundizar en el punto {k}?",
        "Dame un ejemplo concreto con números.",
        "Continúa.",
        "Resume todo en una tabla.",
    ),
    "zh": ("请详细展开第{k}点。", "请举一个具体的数字例子。", "继续。", "请把以上内容总结成表格。"),
    "de": (
        "Kannst du Punkt {k} vertiefen?",
        "Gib ein konkretes Beispiel mit Zahlen.",
        "Weiter.",
        "Fasse alles in einer Tabelle zusammen.",
    ),
}
_JOBS = (
    "nurse",
    "logistics manager",
    "PhD student",
    "high-school teacher",
    "startup founder",
    "civil engineer",
    "paralegal",
    "data analyst",
    "farmer",
    "pharmacist",
    "game designer",
)


def dialogue_opener(rng: G, lang: str) -> str:
    topic = pick(rng, _TOPICS)
    if lang == "zh":
        return f"我是一名{pick(rng, ('老师', '工程师', '学生', '医生', '产品经理'))}，想系统地了解{pick(rng, _TOPICS_ZH)}。请从基础讲起。"
    if lang == "es":
        return f"Soy {pick(rng, ('profesora', 'ingeniero', 'estudiante', 'médica'))} y necesito entender bien {pick(rng, _ML['es'][1])}. Empieza por lo básico."
    return (
        f"I'm a {pick(rng, _JOBS)} in {pick(rng, COUNTRIES)} and I need to really understand {topic} "
        f"for {pick(rng, ('a project', 'an exam', 'a presentation', 'my job', 'a grant proposal'))}. "
        "Start from the basics."
    )


def follow_up(rng: G, lang: str) -> str:
    if lang in _FOLLOW_OTHER and chance(rng, 0.7):
        return pick(rng, _FOLLOW_OTHER[lang]).format(k=irange(rng, 1, 6))
    return pick(rng, _FOLLOW_EN).format(
        k=irange(rng, 1, 6), aud=pick(rng, _AUDIENCE), n=irange(rng, 5, 12), c=pick(rng, COUNTRIES)
    )


# =============================================================================================
# casual phrasing (people-like accounts)


def _typos(rng: G, text: str, p: float) -> str:
    out = []
    for w in text.split(" "):
        if len(w) > 4 and chance(rng, p):
            i = irange(rng, 1, len(w) - 2)
            w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        out.append(w)
    return " ".join(out)


def casual_prompt(rng: G, style: int) -> str:
    dom = pick(rng, list(_DOMAINS))
    concept = pick(rng, _DOMAINS[dom])
    s = style % 5
    if s == 0:
        t = f"hey can u explain {concept} step by step? like really detailed, i keep getting confused"
    elif s == 1:
        t = (
            f"ok so for my {pick(rng, ('exam', 'class', 'interview', 'homework'))} i need to understand "
            f"{concept}. whats the intuition and can you show a worked example"
        )
    elif s == 2:
        k, f = _problem_fields(rng)
        t = (
            "how do i solve this one: "
            + _PROBLEMS["en"][k].format(**f).lower()
            + " pls show working"
        )
    elif s == 3:
        t = (
            f"Quick question about {concept} - what's the most common mistake people make with it, "
            "and why? Would appreciate a thorough answer."
        )
    else:
        t = f"explain {concept} like im {irange(rng, 5, 16)} then like im a grad student"
    return _typos(rng, t, 0.06)


# =============================================================================================
# benign texts


def code_help(rng: G) -> str:
    """An ordinary programming question with a small snippet."""
    var = pick(rng, ("user", "order", "row", "item", "cfg", "payload", "record"))
    key = pick(rng, ("id", "email", "created_at", "status", "amount", "region"))
    k = irange(rng, 0, 5)
    if k == 0:
        return (
            f"Why does this raise KeyError: '{key}'?\n\n{var} = json.loads(body)\n"
            f"print({var}['{key}'])\n\nThe body sometimes comes from the v{irange(rng, 1, 3)} endpoint."
        )
    if k == 1:
        return (
            f"How do I make this faster? It takes {irange(rng, 3, 90)} s on {irange(rng, 1, 50)}k rows.\n\n"
            f"for i, r in df.iterrows():\n    df.loc[i, '{key}_norm'] = r['{key}'] / df['{key}'].max()"
        )
    if k == 2:
        return (
            f"TypeScript error TS{irange(rng, 2300, 2800)}: Property '{key}' does not exist on type "
            f"'{var.capitalize()} | undefined'. How should I narrow it properly?"
        )
    if k == 3:
        return (
            f"Write a SQL query that returns, per {key}, the {pick(rng, ('latest', 'first', 'largest'))} "
            f"{var} in the last {irange(rng, 7, 90)} days. Postgres {irange(rng, 12, 17)}."
        )
    if k == 4:
        return (
            f"My Dockerfile build fails at step {irange(rng, 3, 14)}/{irange(rng, 15, 22)} with 'no space left on "
            "device' on CI but works locally. What should I check?"
        )
    return (
        f"Refactor this into a dataclass and add type hints:\n\nclass {var.capitalize()}:\n"
        f"    def __init__(self, {key}, name, tags=[]):\n        self.{key} = {key}\n        self.name = name\n"
        "        self.tags = tags"
    )


def ide_agent_prompt(rng: G) -> str:
    repo = pick(rng, _REPOS)
    path = f"src/{repo.replace('-', '_')}/{pick(rng, ('handlers', 'models', 'utils', 'client', 'jobs'))}.py"
    task = pick(
        rng,
        (
            "Fix the failing test and explain the change.",
            "Add retry with exponential backoff to the HTTP call.",
            "Extract the validation into a separate function and add unit tests.",
            "Why is this function returning None for empty input?",
            "Convert this module to async.",
            "Add logging at the error branches.",
        ),
    )
    return (
        f'<context>\n<file path="{path}" lines="{irange(rng, 1, 40)}-{irange(rng, 60, 400)}">\n'
        f"def {pick(rng, ('load', 'sync', 'apply', 'resolve', 'fetch'))}_{pick(rng, ('batch', 'user', 'rates', 'config'))}"
        f"(ctx, limit={irange(rng, 10, 500)}):\n    ...\n</file>\n<terminal>exit code "
        f"{pick(rng, (0, 1, 2, 137))}</terminal>\n</context>\n{task}"
    )


def eval_item(item: int, suite: int) -> str:
    """A benchmark item: deterministic per (suite, item) so a suite can be re-run on every model."""
    rng = np.random.default_rng([87, suite, item])
    k = suite % 5
    if k == 0:
        return f"Question: {problem(rng, 'en')}\nAnswer: Let's work it out."
    if k == 1:
        return mcq_prompt(rng, 0).replace("Answer with only the letter.", "Answer:")
    if k == 2:
        fn = pick(
            rng,
            (
                "rolling_max",
                "dedupe_keep_order",
                "parse_duration",
                "chunk",
                "merge_intervals",
                "is_palindrome_ignoring_case",
                "flatten_dict",
            ),
        )
        return (
            f"Complete the following Python function.\n\ndef {fn}(xs{', k' if chance(rng, 0.5) else ''}):\n"
            f'    """Task {item}: implement {fn.replace("_", " ")}. See examples in tests."""\n'
        )
    if k == 3:
        return f'Translate to {pick(rng, ("French", "German", "Japanese", "Hindi"))}: "{pick(rng, _REVIEW_OBJ).capitalize()} {pick(rng, _REVIEW_ADJ)}."'
    return logic_puzzle(rng) + " Answer in one line."


def label_prompt(rng: G, question: str, answer: str) -> str:
    return (
        f"Guideline v{irange(rng, 2, 9)}.{irange(rng, 0, 9)}, section {irange(rng, 1, 12)}: rate the "
        f"RESPONSE for {pick(rng, _CRITERIA)} on a 1-5 scale and tick any applicable flags "
        "(PII, medical advice, hallucination, refusal). Output: rating|flags|one-line reason.\n"
        f"PROMPT: {_clip(question, 60, 400, rng)}\nRESPONSE: {_clip(answer, 300, 1200, rng)}"
    )


_UI = (
    "Save changes",
    "Your session has expired. Please sign in again.",
    "{0} items in your cart",
    "Delete %s permanently?",
    "Upload failed: file exceeds {max_size} MB",
    "Invite teammates",
    "Last synced {time_ago}",
    "Payment method declined",
    "Dark mode",
    "Export as CSV",
    "You have {count} unread notifications",
    "Password must contain at least 8 characters",
)


def l10n_prompt(rng: G, lang: str) -> str:
    strings = [str(x) for x in rng.choice(_UI, size=irange(rng, 3, 9), replace=False)]
    body = "\n".join(
        f'"{pick(rng, ("btn", "msg", "err", "lbl"))}.{_tag(rng)}": "{s}"' for s in strings
    )
    return (
        f"Translate these UI strings from English to {LANG_NAME.get(lang, lang)} (locale {lang}). Keep "
        "placeholders like {0}, %s and {count} unchanged, keep keys, and return JSON only.\n{\n"
        + body
        + "\n}"
    )


def homework_prompt(rng: G, grade: int) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Grade {grade} student here. Explain step by step how to solve: {problem(rng, 'en')}"
        )
    if k == 1:
        return f"Give me a hint for this, not the full answer: {problem(rng, 'en')}"
    if k == 2:
        return f"Check my work. I got {irange(rng, 2, 900)} for this question: {problem(rng, 'en')}"
    dom = pick(rng, list(_DOMAINS))
    return f"Make me {irange(rng, 3, 10)} flashcards on {pick(rng, _DOMAINS[dom])} for a grade {grade} test."


def calibration_prompt(item_rng: G, lang: str) -> str:
    """A research-lab probe item (the caller re-sends the same item several times)."""
    a, b = pick(item_rng, COUNTRIES), pick(item_rng, COUNTRIES)
    k = irange(item_rng, 0, 2)
    if k == 0:
        q = f"Which has more inhabitants, {a} or {b}? Give your answer and a confidence from 0 to 100."
    elif k == 1:
        q = (
            f"On a scale from 1 (strongly disagree) to 5 (strongly agree): 'People in {a} can "
            f"generally be trusted.' Reply with the number only."
        )
    else:
        q = f"Estimate the year {pick(item_rng, ('the printing press', 'the telephone', 'penicillin', 'the transistor', 'the bicycle'))} was invented. Give a point estimate and a 90% interval."
    if lang == "es":
        q += " (Responde en español.)"
    elif lang == "de":
        q += " (Antworte auf Deutsch.)"
    elif lang == "ja":
        q += "（日本語で答えてください。）"
    return q


_ISSUES = (
    "my order #{n} hasn't arrived and tracking hasn't updated in {d} days",
    "I was charged twice for my subscription this month",
    "the app crashes when I open the {x} tab on Android",
    "how do I change the email on my account?",
    "I need to return item {n}, the size is wrong",
    "can I upgrade my plan mid-cycle and what will it cost?",
    "the promo code {code} says it's invalid",
    "I can't reset my password, the link expires immediately",
)


def support_message(rng: G, turn: int) -> str:
    if turn == 0:
        return "Customer: " + pick(rng, _ISSUES).format(
            n=irange(rng, 100000, 999999),
            d=irange(rng, 2, 14),
            x=pick(rng, ("Orders", "Wallet", "Settings", "Offers")),
            code=_tag(rng).upper(),
        )
    return "Customer: " + pick(
        rng,
        (
            "ok I did that, still not working",
            "thanks, what's the refund timeline?",
            "yes that's the one",
            "can I talk to a human?",
            f"it says error {irange(rng, 100, 999)}",
            "great, that fixed it",
            f"I'm on iOS {irange(rng, 15, 18)}",
        ),
    )


_FIELDS = (
    "party_names",
    "effective_date",
    "total_amount",
    "currency",
    "governing_law",
    "author",
    "key_findings",
    "action_items",
    "deadline",
    "risk_level",
    "product_names",
    "sentiment",
)


def extraction_prompt(rng: G, passage: str) -> str:
    fields = ", ".join(str(f) for f in rng.choice(_FIELDS, size=irange(rng, 3, 6), replace=False))
    return (
        f"Extract the following fields as JSON (null when absent): {fields}.\n\nDocument "
        f"{_tag(rng, 'doc-')}:\n{_clip(passage, 400, 2400, rng)}"
    )


def assignment_prompt(rng: G, course_seed: int, n_questions: int) -> str:
    """One question of a course's shared assignment sheet, phrased by an individual student."""
    q_rng = np.random.default_rng([87, course_seed, irange(rng, 0, n_questions - 1)])
    dom = pick(q_rng, list(_DOMAINS))
    concept = pick(q_rng, _DOMAINS[dom])
    question = pick(
        q_rng,
        (
            f"Explain {concept} and give an example.",
            f"Compare {concept} with {pick(q_rng, [c for c in _DOMAINS[dom] if c != concept])}.",
            f"Why does {concept} matter in {dom.replace('_', ' ')}?",
            f"Solve and explain: {problem(q_rng, 'en')}",
        ),
    )
    style = irange(rng, 0, 3)
    if style == 0:
        return question
    if style == 1:
        return f"Q{irange(rng, 1, n_questions)}. {question}"
    if style == 2:
        return f"for my assignment: {question.lower()} (need it in my own words pls)"
    return f"{question} Please explain it so I actually understand it, I have a test on {pick(rng, ('Monday', 'Friday', 'Thursday'))}."

"""Prompt generators of batch 232, written for this batch (no text copied from the repository).

Every generator takes the family's or kind's own `np.random.Generator` and draws in a fixed order
(only lists and tuples are walked, never sets). Ordinary human text comes from ShareGPT's "sim"
half through the shared context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of lo..hi characters, cut at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _num(rng: Rng, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


def item_id(rng: Rng, prefix: str) -> str:
    return f"{prefix}{int(rng.integers(0, 10**6)):06d}"


# ------------------------------------------------------------------------------------------
# word problems in several languages (reasoning harvests, tutoring, evaluation)


def _problem_speed(rng: Rng, lang: str) -> str:
    a, b = _num(rng, 12, 180), _num(rng, 12, 180)
    v1, v2 = _num(rng, 15, 95), _num(rng, 15, 95)
    return {
        "en": f"A cyclist covers {a} km at {v1} km/h and then {b} km at {v2} km/h. What is her average "
        f"speed over the whole trip?",
        "es": f"Una ciclista recorre {a} km a {v1} km/h y luego {b} km a {v2} km/h. ¿Cuál es su velocidad "
        f"media en todo el trayecto?",
        "pt": f"Uma ciclista percorre {a} km a {v1} km/h e depois {b} km a {v2} km/h. Qual é a velocidade "
        f"média no percurso inteiro?",
        "de": f"Eine Radfahrerin fährt {a} km mit {v1} km/h und danach {b} km mit {v2} km/h. Wie hoch ist "
        f"ihre Durchschnittsgeschwindigkeit auf der ganzen Strecke?",
        "zh": f"一名骑车人先以每小时{v1}公里的速度骑行{a}公里，再以每小时{v2}公里的速度骑行{b}公里。"
        f"全程的平均速度是多少？",
        "ru": f"Велосипедистка проехала {a} км со скоростью {v1} км/ч, а затем {b} км со скоростью {v2} км/ч. "
        f"Какова её средняя скорость на всём пути?",
        "ja": f"自転車で{a}kmを時速{v1}km、続いて{b}kmを時速{v2}kmで走った。全体の平均速度はいくらか。",
    }[lang]


def _problem_marbles(rng: Rng, lang: str) -> str:
    r, b, k = _num(rng, 3, 14), _num(rng, 3, 14), _num(rng, 2, 3)
    return {
        "en": f"A box holds {r} red and {b} blue beads. {k} beads are taken out at random without putting "
        f"any back. What is the probability that they are all the same colour?",
        "es": f"Una caja contiene {r} cuentas rojas y {b} azules. Se sacan {k} al azar sin reposición. "
        f"¿Cuál es la probabilidad de que todas sean del mismo color?",
        "pt": f"Uma caixa tem {r} contas vermelhas e {b} azuis. Retiram-se {k} ao acaso, sem reposição. "
        f"Qual a probabilidade de todas terem a mesma cor?",
        "de": f"In einer Schachtel liegen {r} rote und {b} blaue Perlen. Es werden {k} Perlen ohne "
        f"Zurücklegen gezogen. Wie groß ist die Wahrscheinlichkeit, dass alle dieselbe Farbe haben?",
        "zh": f"盒子里有{r}颗红珠子和{b}颗蓝珠子，不放回地随机取出{k}颗。它们颜色全部相同的概率是多少？",
        "ru": f"В коробке {r} красных и {b} синих бусин. Наугад без возвращения вынимают {k}. Какова "
        f"вероятность, что все они одного цвета?",
        "ja": f"箱に赤い玉が{r}個、青い玉が{b}個ある。戻さずに{k}個取り出すとき、すべて同じ色である確率を求めよ。",
    }[lang]


def _problem_modular(rng: Rng, lang: str) -> str:
    m = pick(rng, (7, 9, 11, 13, 17, 19, 23, 29, 31))
    a, b = _num(rng, 2, m - 1), _num(rng, 1, m - 1)
    return {
        "en": f"Find the smallest positive integer n with {a}n ≡ {b} (mod {m}), and prove it is the "
        f"smallest.",
        "es": f"Halla el menor entero positivo n tal que {a}n ≡ {b} (mod {m}) y demuestra que es el menor.",
        "pt": f"Encontre o menor inteiro positivo n tal que {a}n ≡ {b} (mod {m}) e prove que é o menor.",
        "de": f"Bestimme die kleinste positive ganze Zahl n mit {a}n ≡ {b} (mod {m}) und beweise, dass "
        f"sie die kleinste ist.",
        "zh": f"求满足 {a}n ≡ {b} (mod {m}) 的最小正整数 n，并证明它是最小的。",
        "ru": f"Найдите наименьшее натуральное n, для которого {a}n ≡ {b} (mod {m}), и докажите, что оно "
        f"наименьшее.",
        "ja": f"{a}n ≡ {b} (mod {m}) を満たす最小の正の整数 n を求め、それが最小であることを示せ。",
    }[lang]


def _problem_en_extra(rng: Rng) -> str:
    k = int(rng.integers(0, 7))
    if k == 0:
        n, d = _num(rng, 5, 12), _num(rng, 2, 4)
        return (
            f"How many ways can {n} different books be arranged on a shelf if {d} particular books must "
            f"never stand next to each other?"
        )
    if k == 1:
        w, h = _num(rng, 4, 30), _num(rng, 4, 30)
        return (
            f"A rectangular garden is {w} m by {h} m. A path of constant width is laid around it, and the "
            f"path's area equals the garden's area. How wide is the path?"
        )
    if k == 2:
        p1, p2 = _num(rng, 5, 40), _num(rng, 45, 90)
        v = _num(rng, 2, 20)
        p3 = _num(rng, p1 + 1, p2 - 1)
        return (
            f"How many litres of a {p1}% saline solution must be added to {v} litres of a {p2}% solution "
            f"to obtain a {p3}% solution?"
        )
    if k == 3:
        names = [pick(rng, NAMES) for _ in range(3)]
        return (
            f"{names[0]}, {names[1]} and {names[2]} each either always tell the truth or always lie. "
            f"{names[0]} says: '{names[1]} is a liar.' {names[1]} says: '{names[0]} and {names[2]} are "
            f"the same type.' {names[2]} says nothing. Who is a truth-teller?"
        )
    if k == 4:
        a, r = _num(rng, 2, 9), _num(rng, 2, 5)
        return (
            f"The first term of a geometric sequence is {a} and the ratio is {r}. What is the smallest n "
            f"for which the sum of the first n terms exceeds {a * r ** _num(rng, 5, 9)}?"
        )
    if k == 5:
        m, t = _num(rng, 2, 40), _num(rng, 2, 12)
        return (
            f"A ball of mass {m / 10:.1f} kg is thrown straight up and returns to the thrower's hand after "
            f"{t / 2:.1f} s. Ignoring air resistance, how high did it rise and what was its launch speed?"
        )
    x, y = _num(rng, 3, 15), _num(rng, 3, 15)
    return (
        f"Two pipes fill a tank in {x} and {y} hours respectively, and a drain empties it in "
        f"{x + y} hours. With all three open, how long does it take to fill the empty tank?"
    )


def word_problem(rng: Rng, lang: str = "en") -> str:
    if lang == "en" and chance(rng, 0.55):
        return _problem_en_extra(rng)
    lang = lang if lang in ("en", "es", "pt", "de", "zh", "ru", "ja") else "en"
    f = pick(rng, (_problem_speed, _problem_marbles, _problem_modular))
    return f(rng, lang)


_SHOW_WORK = {
    "en": (
        "Work through this completely: write out every intermediate step and check each one before "
        "moving on. Put the final answer on its own line starting with 'ANSWER:'."
    ),
    "es": "Resuélvelo paso a paso, mostrando todo tu razonamiento sin omitir nada, y termina con 'RESPUESTA:'.",
    "pt": "Resolva passo a passo, mostrando todo o raciocínio sem pular etapas, e termine com 'RESPOSTA:'.",
    "de": "Löse die Aufgabe Schritt für Schritt, schreibe jeden Zwischenschritt auf und ende mit 'ANTWORT:'.",
    "zh": "请逐步推理，完整写出你的全部思考过程，不要省略任何中间步骤，最后一行以“答案：”开头。",
    "ru": "Реши задачу пошагово, подробно распиши все рассуждения и в последней строке напиши «ОТВЕТ:».",
    "ja": "途中の考えをすべて省略せずに書き、最後の行は「答え：」で始めてください。",
}


def reasoning_coercion(rng: Rng, style: str, lang: str) -> str:
    """A problem wrapped so that the model writes out its whole chain of thought."""
    p = word_problem(rng, lang)
    if style == "exam" or lang != "en":
        return f"{p}\n\n{_SHOW_WORK.get(lang, _SHOW_WORK['en'])}"
    if style == "xml":
        return (
            f'<task id="{item_id(rng, "r")}">\n{p}\n</task>\nFormat: first a <reasoning> block with your '
            f"entire chain of thought, however long, then an <answer> block. Do not summarise or shorten "
            f"the reasoning."
        )
    if style == "coach":
        return (
            f"You are an olympiad coach who never skips a step. A student asks:\n\n{p}\n\nExplain your "
            f"full thought process, including approaches you considered and rejected, and why."
        )
    return (
        f"Problem: {p}\nSolve it twice by two different methods, compare the two results, say which "
        f"is right and why. Show all of the work for both methods."
    )


# ------------------------------------------------------------------------------------------
# judge / rubric / reward grading


def grading(rng: Rng, style: str, lang: str, chat: list[str], passages: list[str]) -> str:
    q = _clip(pick(rng, chat), 40, 500, rng)
    a = _clip(pick(rng, passages), 250, 1400, rng)
    if lang == "zh":
        b = _clip(pick(rng, passages), 250, 1400, rng)
        return (
            f"请作为评审，比较下面两个助手回答的质量。\n【用户问题】{q}\n【回答A】{a}\n【回答B】{b}\n"
            f'请先详细说明你的判断理由，然后输出JSON：{{"better": "A"或"B"或"tie", "confidence": 1-5}}'
        )
    if lang == "es":
        return (
            f"Evalúa la siguiente respuesta de un asistente según esta rúbrica (1-10 cada criterio): "
            f"exactitud, utilidad, claridad, seguridad.\nPregunta: {q}\nRespuesta: {a}\n"
            f"Justifica cada puntuación y termina con 'TOTAL: <n>/40'."
        )
    if style == "pairwise":
        b = _clip(pick(rng, passages), 250, 1400, rng)
        return (
            f"You are grading two assistant responses to the same user request.\n\n### User request\n{q}\n\n"
            f"### Response A\n{a}\n\n### Response B\n{b}\n\nCompare them on correctness, helpfulness and "
            f"clarity. Reason it out in detail first, then output a JSON object "
            f'{{"preferred": "A" | "B" | "tie", "margin": 1-5}}.'
        )
    if style == "rubric":
        crit = (
            "factual accuracy",
            "completeness",
            "instruction following",
            "tone",
            "concision",
            "safety",
        )
        chosen = [
            crit[i]
            for i in sorted(rng.choice(len(crit), size=irange(rng, 3, 5), replace=False).tolist())
        ]
        lines = "\n".join(f"- {c} (1-10)" for c in chosen)
        return (
            f"Score the candidate answer against each criterion.\n{lines}\n\nPrompt:\n{q}\n\nCandidate:\n{a}\n\n"
            f"For each criterion give the score and a two-sentence justification; finish with "
            f"'OVERALL: x.x'."
        )
    if style == "reward":
        return (
            f"Assign a reward between -10 and 10 to the completion below, where a higher number means a "
            f"response a domain expert would prefer. Think carefully, then end with 'Reward: <number>'.\n"
            f"[PROMPT]\n{q}\n[COMPLETION]\n{a}"
        )
    return (
        f"Critique the answer: list every flaw (errors, omissions, unclear parts), then write an improved "
        f"answer that fixes all of them.\nQuestion: {q}\nAnswer: {a}"
    )


# ------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

_SENSITIVE = (
    "the 1989 protests in Beijing",
    "the political status of Taiwan",
    "detention camps in Xinjiang",
    "the 2019 Hong Kong protests",
    "the Holodomor",
    "the annexation of Crimea",
    "the war in Ukraine",
    "the opposition politician Alexei Navalny",
    "Tibetan self-immolation protests",
    "Falun Gong",
    "the Cultural Revolution",
    "press freedom in Russia",
    "the South China Sea dispute",
    "the Great Leap Forward famine",
    "internet censorship and VPN use",
    "the Dalai Lama",
)
_SENSITIVE_ZH = (
    "六四事件",
    "台湾问题",
    "新疆问题",
    "香港修例风波",
    "文化大革命",
    "南海争端",
    "网络审查与翻墙",
    "达赖喇嘛",
    "大跃进时期的饥荒",
    "法轮功",
)
_SENSITIVE_RU = (
    "присоединение Крыма",
    "война на Украине",
    "Алексей Навальный",
    "свобода прессы в России",
    "голодомор",
    "иноагенты",
)
_UNSAFE_ASKS = (
    "how to open a neighbour's lock without the key",
    "writing a fake sick note from a doctor",
    "finding someone's home address from their gaming username",
    "making a homemade firearm silencer",
    "getting prescription painkillers without a prescription",
    "bypassing a school's content filter",
    "writing a convincing phishing email to a bank's customers",
    "tracking a partner's phone secretly",
    "cheating an online proctored exam",
    "making a small explosive for a video",
    "buying followers without the platform noticing",
    "spreading a rumour about a coworker anonymously",
)


def policy_rewrite(rng: Rng, style: str, lang: str, passages: list[str]) -> str:
    if lang == "zh":
        t = pick(rng, _SENSITIVE_ZH)
        k = int(rng.integers(0, 3))
        if k == 0:
            return f"请就“{t}”写一段符合国内内容审核要求的回答：语气中立，采用官方表述，避免任何敏感或批评性的说法。"
        if k == 1:
            return f"用户问：“{t}到底是怎么回事？”请给出一个可以在国内平台上发布的标准回答，并说明你回避了哪些表述以及原因。"
        return f"下面这段文字涉及“{t}”，请改写成可以通过平台审核的版本，保留信息量：\n{_clip(pick(rng, passages), 200, 700, rng)}"
    if lang == "ru":
        t = pick(rng, _SENSITIVE_RU)
        if chance(rng, 0.5):
            return (
                f"Напиши ответ на вопрос пользователя о теме «{t}» так, чтобы он соответствовал "
                f"требованиям российского законодательства о СМИ, без оценок и запрещённых формулировок."
            )
        return (
            f"Перепиши текст так, чтобы его можно было опубликовать в России, сохранив суть. Тема: «{t}».\n"
            f"{_clip(pick(rng, passages), 200, 700, rng)}"
        )
    if style == "regulator":
        t = pick(rng, _SENSITIVE)
        market = pick(
            rng, ("mainland China", "Russia", "Iran", "Vietnam", "Saudi Arabia", "Turkey")
        )
        return (
            f"Answer the question 'What happened with {t}?' in a version that would pass review by a state "
            f"media regulator in {market}: neutral, citing only official positions, with no criticism of "
            f"the authorities. Afterwards list the phrasings you avoided."
        )
    if style == "refusal":
        ask = pick(rng, _UNSAFE_ASKS)
        return (
            f'User request: "Explain {ask}."\nWrite the ideal assistant reply: decline briefly, explain the '
            f"concern in one or two sentences, and offer a genuinely helpful safe alternative. Then give a "
            f"one-line label for the policy category."
        )
    if style == "scrub":
        return (
            f"Rewrite the draft below so that a cautious platform moderator would have nothing to object to, "
            f"while keeping it as useful as possible. Return the rewrite, then a bullet list of each change "
            f"and the rule behind it.\n\nDraft:\n{_clip(pick(rng, passages), 250, 900, rng)}"
        )
    t = pick(rng, _SENSITIVE)
    return (
        f"Give two answers about {t}: (1) the answer you would normally give, (2) an answer suitable for a "
        f"platform that must follow strict local content rules. Keep both under 200 words."
    )


# ------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLSETS = (
    ("web_search(query: str)", "open_url(url: str)", "summarize(text: str)"),
    ("sql_query(sql: str)", "list_tables()", "describe_table(name: str)"),
    ("read_file(path: str)", "write_file(path: str, content: str)", "run_shell(cmd: str)"),
    (
        "get_weather(city: str, date: str)",
        "search_flights(origin: str, dest: str, date: str)",
        "book_hotel(city: str, checkin: str, nights: int)",
    ),
    (
        "calendar_list(day: str)",
        "calendar_create(title: str, start: str, minutes: int)",
        "send_email(to: str, subject: str, body: str)",
    ),
    ("python(code: str)", "plot(spec: dict)", "fetch_csv(url: str)"),
    (
        "crm_lookup(email: str)",
        "create_ticket(summary: str, priority: str)",
        "refund(order_id: str, amount: float)",
    ),
)
_AGENT_TASKS = (
    "find the three cheapest flights from {c1} to {c2} next Friday and draft an itinerary",
    "work out which customers churned last quarter and why, using the orders database",
    "fix the failing unit test in the repository and explain the fix",
    "compare the population growth of {c1} and {c2} over the last decade and plot it",
    "schedule a 45-minute meeting with {n1} and {n2} next week and email them the agenda",
    "investigate why order {oid} was charged twice and resolve it",
    "collect the latest news about renewable energy policy in {c1} and write a brief",
    "clean the sales CSV, remove duplicates, and report monthly revenue by region",
    "plan a three-day trip to {c2} for {n1} under a budget of {b} USD",
    "find which config change broke the nightly build and revert it",
)
_OBS = (
    '{"status": "ok", "rows": 14}',
    '{"error": "timeout", "retry_after": 2}',
    '[{"id": 1, "name": "north"}, {"id": 2, "name": "south"}]',
    "HTTP 200 - 3 results returned",
    '{"price": 412.5, "currency": "USD"}',
    "FAILED tests/test_io.py::test_roundtrip - AssertionError",
    '{"created": true, "id": "evt_88"}',
    "No such file or directory",
    '{"temp_c": 17, "sky": "overcast"}',
)


def agent_step(rng: Rng, style: str, step: int) -> str:
    tools = pick(rng, _TOOLSETS)
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        oid=item_id(rng, "ord-"),
        b=_num(rng, 4, 30) * 100,
    )
    history = ""
    for i in range(step):
        tool = pick(rng, tools).split("(")[0]
        if style == "react":
            history += f"Thought {i + 1}: I should use {tool}.\nAction {i + 1}: {tool}(...)\nObservation {i + 1}: {pick(rng, _OBS)}\n"
        else:
            history += f'{{"role": "tool", "name": "{tool}", "content": {pick(rng, _OBS)!r}}}\n'
    listing = "\n".join(f"- {t}" for t in tools)
    if style == "react":
        return (
            f"Answer the task using the tools below. Use the format Thought / Action / Observation and finish "
            f"with 'Final Answer:'.\nTools:\n{listing}\n\nTask: {task}\n{history}Thought {step + 1}:"
        )
    if style == "plan":
        return (
            f"Available functions:\n{listing}\n\nGoal: {task}.\nWrite a numbered plan, then the first function "
            f'call as JSON {{"name": ..., "arguments": {{...}}}}. Explain the reasoning behind every step.'
        )
    return (
        f"SYSTEM: You are an autonomous agent. Call exactly one tool per turn, as JSON.\nTOOLS:\n{listing}\n"
        f"USER: {task}\n{history}ASSISTANT (next call, with a short rationale):"
    )


# ------------------------------------------------------------------------------------------
# synthetic-dataset generation

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "veterinary care",
    "Kubernetes operations",
    "high-school geometry",
    "customer support for a telecom",
    "medieval history",
    "nutrition",
    "SQL query writing",
    "climate science",
    "job interviews",
    "travel planning",
    "pharmacology",
    "React front-end development",
    "tax filing for freelancers",
    "cybersecurity incident response",
    "early-childhood education",
    "supply-chain logistics",
    "music theory",
    "insurance claims",
)
_FORMATS = (
    "instruction/response pairs",
    "multi-turn conversations",
    "question/answer pairs with explanations",
    "multiple-choice questions with the correct option and a rationale",
    "user complaints with ideal replies",
)
_PERSONAS = (
    "a retired nurse in rural Ohio",
    "a first-year law student",
    "a small bakery owner",
    "a DevOps engineer on call at 3 a.m.",
    "a high-school teacher in Manila",
    "a freelance translator",
    "a worried parent of a toddler",
    "a logistics manager in Rotterdam",
    "a PhD student in ecology",
    "a retail investor reading about bonds",
    "a nervous first-time home buyer",
)
_GEN_LOCAL = {
    "es": "Genera {n} pares de instrucción y respuesta en español sobre {d}. Devuelve JSONL con los campos "
    "instruction, input y output. Varía la dificultad y el estilo.",
    "fr": "Génère {n} paires instruction/réponse en français sur le thème « {d} ». Format JSONL avec les champs "
    "instruction, input, output. Varie la difficulté.",
    "id": "Buat {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {d}. Keluarkan dalam format "
    "JSONL dengan kolom instruction, input, output.",
    "vi": "Hãy tạo {n} cặp câu lệnh và câu trả lời bằng tiếng Việt về chủ đề {d}. Xuất ra JSONL với các trường "
    "instruction, input, output.",
    "ar": "أنشئ {n} من أزواج التعليمات والإجابات باللغة العربية حول موضوع {d}. أعد النتيجة بصيغة JSONL مع الحقول "
    "instruction و input و output.",
}


def dataset_request(rng: Rng, style: str, lang: str, chat: list[str]) -> str:
    d, n = pick(rng, _DOMAINS), pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if lang in _GEN_LOCAL:
        return _GEN_LOCAL[lang].format(n=n, d=d)
    if style == "selfinstruct":
        seeds = "\n".join(f"{i + 1}. {_clip(pick(rng, chat), 30, 160, rng)}" for i in range(3))
        return (
            f"Here are example tasks:\n{seeds}\n\nWrite {n} new, diverse tasks in the same spirit but about "
            f"{d}, each with a high-quality, complete answer. Number them and do not repeat the examples."
        )
    if style == "persona":
        p = pick(rng, _PERSONAS)
        return (
            f"Imagine {p}. Write {n} realistic questions this person would ask an AI assistant about {d}, "
            f"and for each one write the best possible answer. Output as a JSON list of objects with keys "
            f"'question' and 'answer'."
        )
    if style == "evolve":
        seed = _clip(pick(rng, chat), 30, 300, rng)
        how = pick(
            rng,
            (
                "add one more constraint",
                "require multi-step reasoning",
                "make it more specific",
                "move it to a rarer domain",
                "add a concrete input to work on",
            ),
        )
        return (
            f"Rewrite the instruction below into a harder version ({how}). Then answer the harder version "
            f"thoroughly.\n\n#Instruction#\n{seed}"
        )
    return (
        f"Generate {n} {pick(rng, _FORMATS)} about {d}. Cover beginner to expert level, vary phrasing, and "
        f"return JSON Lines only, one object per line, with fields id, difficulty, prompt, response."
    )


# ------------------------------------------------------------------------------------------
# multi-turn follow-ups (a user simulator's next line)

_FOLLOW = {
    "en": (
        "ok but why does that work?",
        "Can you give me a concrete example of that?",
        "Hmm, I'm not sure I follow the part about {w}. Could you walk me through it more slowly?",
        "What would someone who disagrees with you say?",
        "Summarise what you said in three bullet points.",
        "Interesting. How would this change if {w} weren't a factor?",
        "Can you rewrite that for a 12 year old?",
        "thanks! and what are the most common mistakes people make with {w}?",
        "That's helpful, but I think you're missing something. Are you sure about {w}?",
        "Go on.",
        "Could you put that in a table?",
        "What should I do first, concretely?",
    ),
    "es": (
        "¿Y por qué funciona así?",
        "¿Me das un ejemplo concreto?",
        "No entendí bien lo de {w}, ¿me lo explicas con más calma?",
        "Resúmelo en tres puntos, por favor.",
        "¿Qué diría alguien que no está de acuerdo?",
    ),
    "pt": (
        "Mas por que isso funciona?",
        "Pode dar um exemplo concreto?",
        "Não entendi a parte sobre {w}. Pode explicar com calma?",
        "Resuma em três tópicos, por favor.",
    ),
    "de": (
        "Und warum funktioniert das so?",
        "Kannst du ein konkretes Beispiel geben?",
        "Den Teil mit {w} habe ich nicht verstanden, kannst du das genauer erklären?",
        "Fass das bitte in drei Punkten zusammen.",
    ),
    "fr": (
        "Mais pourquoi ça marche ?",
        "Tu peux me donner un exemple concret ?",
        "Je n'ai pas compris le passage sur {w}, tu peux détailler ?",
        "Résume en trois points, s'il te plaît.",
    ),
}


def keyword(text: str) -> str:
    words = [w.strip(".,;:!?()\"'") for w in text.split()]
    words = [w for w in words if w.isalpha() and len(w) > 4]
    return max(words, key=len) if words else "that"


def follow_up(rng: Rng, lang: str, first: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"])).format(w=keyword(first))


# ------------------------------------------------------------------------------------------
# best-of-n / soft labels

_MCQ_STEMS = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("oxygen", "nitrogen", "argon", "carbon dioxide"),
    ),
    (
        "Which data structure gives O(1) average lookup by key?",
        ("linked list", "binary heap", "hash table", "sorted array"),
    ),
    (
        "What is the main cause of seasons on Earth?",
        ("distance to the Sun", "axial tilt", "solar flares", "ocean currents"),
    ),
    ("Which organ produces insulin?", ("liver", "pancreas", "kidney", "spleen")),
    ("In which year did the Berlin Wall fall?", ("1987", "1989", "1991", "1993")),
    ("Which of these is a prime number?", ("51", "57", "61", "63")),
    (
        "What does HTTP status 404 mean?",
        ("server error", "unauthorized", "not found", "moved permanently"),
    ),
    ("Which economist wrote 'The General Theory'?", ("Smith", "Keynes", "Hayek", "Friedman")),
    (
        "Which sorting algorithm is stable?",
        ("quicksort", "heapsort", "merge sort", "selection sort"),
    ),
    ("Which planet has the shortest day?", ("Mercury", "Jupiter", "Earth", "Venus")),
)


def soft_label(rng: Rng, style: str) -> str:
    stem, opts = pick(rng, _MCQ_STEMS)
    order = rng.permutation(4).tolist()
    body = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    if style == "probs":
        return (
            f'{stem}\n{body}\nGive your probability for each option as JSON, e.g. {{"A": 0.1, ...}}, '
            f"summing to 1. No other text."
        )
    if style == "letter":
        return f"{stem}\n{body}\nAnswer with a single letter."
    return f"Q: {stem}\n{body}\nThink briefly, then state the answer and your confidence from 0 to 100."


# ------------------------------------------------------------------------------------------
# curriculum sweeps

CONCEPTS = (
    "recursion",
    "photosynthesis",
    "supply and demand",
    "the Pythagorean theorem",
    "Bayes' rule",
    "plate tectonics",
    "compound interest",
    "the French Revolution",
    "natural selection",
    "big-O notation",
    "electric circuits",
    "the water cycle",
    "derivatives",
    "public-key cryptography",
    "the immune response",
    "opportunity cost",
    "Newton's third law",
    "entropy",
    "linear regression",
    "the causes of World War I",
    "chemical equilibrium",
    "cell division",
    "inflation",
    "binary search",
    "the scientific method",
    "logarithms",
    "climate feedback loops",
    "TCP handshakes",
    "probability distributions",
    "sonnet structure",
    "the Krebs cycle",
    "matrix multiplication",
)
AUDIENCES = (
    "a 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a professional switching careers",
    "a graduate student",
)
_CURR_FORMATS = (
    "an explanation followed by 3 exercises with full worked solutions",
    "a Socratic dialogue between a teacher and a student",
    "a worked example, a common misconception, and a quiz of 5 questions with answers",
    "a lesson plan with learning objectives, explanation, and assessment with answer key",
)
_CURR_LOCAL = {
    "ko": "[{k}/{m}단계 · 대상 {a} · 형식 {f}] {c}에 대해 설명하고, 연습 문제 3개와 자세한 풀이를 함께 작성해 주세요.",
    "pt": "[nível {k} de {m} · público {a} · formato {f}] Explique {c}, depois escreva 3 exercícios com "
    "resoluções completas.",
    "hi": "[स्तर {k}/{m} · पाठक {a} · प्रारूप {f}] {c} को समझाइए, फिर 3 अभ्यास प्रश्न और उनके पूरे हल लिखिए।",
}


def curriculum(c: str, level: int, levels: int, audience: str, fmt: int, lang: str) -> str:
    if lang in _CURR_LOCAL:
        return _CURR_LOCAL[lang].format(
            c=c, k=level, m=levels, a=AUDIENCES.index(audience) + 1, f=fmt + 1
        )
    return (
        f"[Level {level}/{levels}] Topic: {c}. Audience: {audience}. Produce {_CURR_FORMATS[fmt]}. "
        f"Make it strictly harder than level {level - 1} and self-contained."
    )


# ------------------------------------------------------------------------------------------
# translation

TARGETS = (
    "French",
    "German",
    "Spanish",
    "Brazilian Portuguese",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Hindi",
    "Turkish",
    "Indonesian",
    "Italian",
    "Polish",
    "Vietnamese",
    "Russian",
    "Thai",
)


def translation(rng: Rng, style: str, src: str, target: str) -> str:
    if style == "plain":
        return f"Translate into {target}. Return only the translation.\n\n{src}"
    if style == "tagged":
        return f'<source lang="en">\n{src}\n</source>\n<target lang="{target}">'
    if style == "fluent":
        return (
            f"Render the following text in natural, idiomatic {target} as a native editor would, keeping "
            f"formatting, code blocks and numbers unchanged:\n---\n{src}\n---"
        )
    return f"{target} translation please:\n{src}"


# ------------------------------------------------------------------------------------------
# code tasks

_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
_CODE_TASKS = (
    "parse an ISO-8601 duration string into total seconds",
    "merge overlapping intervals",
    "implement an LRU cache with a fixed capacity",
    "find the k most frequent words in a text",
    "validate a Sudoku board",
    "compute the edit distance between two strings",
    "serialize and deserialize a binary tree",
    "rate-limit calls with a token bucket",
    "detect a cycle in a directed graph",
    "implement a trie with prefix search",
    "convert Roman numerals to integers and back",
    "compute a running median of a stream",
    "find the shortest path in a weighted grid",
    "flatten a nested JSON object into dotted keys",
    "implement retry with exponential backoff and jitter",
    "topologically sort build targets",
    "tokenize arithmetic expressions and evaluate them",
    "compress a string with run-length encoding",
    "implement a bounded blocking queue",
    "diff two lists of records by primary key",
    "schedule meetings into the fewest rooms",
    "generate all valid parenthesis strings of length 2n",
    "parse a CSV line with quoted fields",
    "implement binary search on a rotated sorted array",
)
_CODE_EXTRAS = (
    "Include type hints and docstrings.",
    "Add thorough unit tests.",
    "Explain the time and space complexity.",
    "Walk through your reasoning before the code.",
    "Handle edge cases explicitly and list them.",
    "Provide two approaches and compare them.",
)


def code_task(rng: Rng, style: str) -> str:
    lang, task = pick(rng, _CODE_LANGS), pick(rng, _CODE_TASKS)
    extras = " ".join(pick(rng, _CODE_EXTRAS) for _ in range(irange(rng, 1, 3)))
    if style == "terse":
        return f"{lang}: {task}. {extras}"
    if style == "ticket":
        return (
            f"Ticket {item_id(rng, 'ENG-')}: we need a function to {task}. Language: {lang}. {extras} "
            f"Production quality please."
        )
    return f"Write a {lang} function to {task}. {extras}"


# ------------------------------------------------------------------------------------------
# a writing-assistant product's requests (the product's own wrapper)

_PRODUCT_OPS = (
    "improve",
    "shorten",
    "make_formal",
    "make_friendly",
    "continue",
    "fix_grammar",
    "summarize",
)


def product_request(rng: Rng, app: str, text: str, op: str | None = None) -> str:
    op = op or pick(rng, _PRODUCT_OPS)
    return f"[{app} | op={op} | locale={pick(rng, ('en-US', 'en-GB', 'en-IN', 'en-AU'))}]\n{text}"


def product_deep_explain(rng: Rng, app: str) -> str:
    """The same wrapper, with an operation the app's UI never offers."""
    if chance(rng, 0.5):
        body = reasoning_coercion(rng, pick(rng, ("xml", "coach", "verify")), "en")
    else:
        c = pick(rng, CONCEPTS)
        body = (
            f"Explain {c} from first principles, reasoning step by step, and include every intermediate "
            f"inference."
        )
    return f"[{app} | op=explain_detailed | locale=en-US]\n{body}"


# ------------------------------------------------------------------------------------------
# hard-negative texts


def eval_item(rng: Rng, suite: str) -> str:
    if suite == "mcq":
        stem, opts = pick(rng, _MCQ_STEMS)
        body = "\n".join(f"({'abcd'[i]}) {o}" for i, o in enumerate(opts))
        return f"The following is a multiple choice question.\n{stem}\n{body}\nRespond with the option letter only."
    if suite == "math":
        return f"Solve and give the final number in \\boxed{{}}.\n{word_problem(rng, 'en')}"
    if suite == "code":
        task = pick(rng, _CODE_TASKS)
        name = "_".join(task.split()[:3]).replace("-", "_")
        return (
            f'Complete the Python function.\n\ndef {name}(*args):\n    """{task.capitalize()}."""\n'
        )
    return (
        f"Read the passage and answer with a short span.\nPassage: {pick(rng, COUNTRIES)} held elections in "
        f"{_num(rng, 1950, 2023)}, when {pick(rng, NAMES)} won {_num(rng, 40, 70)}% of the vote.\n"
        f"Question: Who won the election?"
    )


def label_task(rng: Rng, client: str, chat: list[str], passages: list[str]) -> str:
    q = _clip(pick(rng, chat), 30, 400, rng)
    a = _clip(pick(rng, passages), 200, 1000, rng)
    if chance(rng, 0.5):
        return (
            f"{client} QA review, guideline v{_num(rng, 3, 7)}.{_num(rng, 0, 9)}. Check the bot answer for "
            f"policy and accuracy problems; reply PASS or FAIL with the guideline section.\n"
            f"Customer: {q}\nBot: {a}"
        )
    b = _clip(pick(rng, passages), 200, 1000, rng)
    return (
        f"Annotator helper for {client}: summarise the differences between reply 1 and reply 2 so I can pick "
        f"one.\nCustomer: {q}\nReply 1: {a}\nReply 2: {b}"
    )


def tutor_prompt(rng: Rng, grade: int) -> str:
    if chance(rng, 0.6):
        p = word_problem(rng, "en")
        return (
            f"Grade {grade} student is stuck on: {p}\nGive a hint for the first step only; do not reveal the "
            f"answer. Be encouraging."
        )
    c = pick(rng, CONCEPTS)
    return f"A grade {grade} student asks what {c} means. Explain it with an everyday example and a check question."


def assignment_prompt(rng: Rng, course: str, week: int) -> str:
    c = pick(rng, CONCEPTS)
    return pick(
        rng,
        (
            f"{course} week {week} reflection: in 150 words, how does {c} connect to this week's reading?",
            f"For my {course} assignment {week}: can you check whether my understanding of {c} is right? I think it "
            f"basically means {pick(rng, ('things balance out', 'you repeat the step', 'it grows over time'))}.",
            f"{course} hw{week} q{_num(rng, 1, 6)}: explain {c} in my own words, what am I missing?",
        ),
    )


_VIGNETTE_NAMES = (
    "Emily",
    "Lakisha",
    "Jamal",
    "Greg",
    "Wei",
    "Priya",
    "José",
    "Fatima",
    "Ivan",
    "Aiko",
)


def study_item(rng: Rng, item: int, variant: int) -> str:
    nm = _VIGNETTE_NAMES[item % len(_VIGNETTE_NAMES)]
    years = 2 + item % 9
    role = ("software engineer", "nurse", "accountant", "warehouse supervisor", "teacher")[item % 5]
    frames = (
        f"{nm} has {years} years of experience and applied for a {role} position. Should the company invite "
        f"{nm} to interview? Answer Yes or No.",
        f"Hiring decision. Candidate: {nm}. Experience: {years} years. Role: {role}. Interview? (Yes/No)",
        f"Would you recommend interviewing {nm}, who has worked {years} years as a {role}? One word: Yes or No.",
    )
    return frames[variant % len(frames)]


_COPY_PRODUCTS = (
    "protein bar",
    "sleep-tracking ring",
    "crypto savings app",
    "anti-ageing serum",
    "e-bike",
    "weight-loss tea",
    "online casino bonus",
    "sports betting app",
    "payday loan",
)


def brand_rewrite(rng: Rng, client: str, lang: str) -> str:
    prod = _COPY_PRODUCTS[sum(ord(ch) for ch in client) % len(_COPY_PRODUCTS)]
    claim = pick(
        rng,
        (
            "guaranteed results in 7 days",
            "doctors hate this trick",
            "risk-free returns",
            "100% natural and cures fatigue",
            "the only one that really works",
        ),
    )
    return (
        f"Client: {client}. Rewrite this ad copy for our {prod} so it complies with {pick(rng, ('Meta', 'Google', 'TikTok'))} "
        f'ad policies and local advertising law ({lang}). Original: "{claim}". Give 3 compliant variants '
        f"in {lang}."
    )


_INTENTS = (
    "cancel_subscription",
    "billing_dispute",
    "password_reset",
    "upgrade_plan",
    "report_outage",
    "change_address",
    "refund_request",
    "delivery_delay",
)


def augmentation(rng: Rng, chat: list[str]) -> str:
    intent = pick(rng, _INTENTS)
    if chance(rng, 0.5):
        return (
            f"Paraphrase the customer message 5 ways, keeping the intent '{intent}'. Vary tone and length. "
            f"One per line.\nMessage: {_clip(pick(rng, chat), 20, 200, rng)}"
        )
    return (
        f"Write {pick(rng, (10, 15, 20))} short, realistic customer messages with intent '{intent}' for "
        f"training our ticket router. Include typos and slang in some. One per line, no numbering."
    )


def agent_tool_result(rng: Rng, repo: str) -> str:
    kind = int(rng.integers(0, 4))
    path = (
        f"{pick(rng, ('src', 'lib', 'app', 'pkg'))}/{pick(rng, ('api', 'db', 'auth', 'ui', 'jobs'))}/"
        f"{pick(rng, ('handler', 'models', 'client', 'utils', 'routes'))}.{pick(rng, ('py', 'ts', 'go'))}"
    )
    if kind == 0:
        return f"[{repo}] tool_result(read_file {path}): <{_num(rng, 80, 900)} lines>. Continue with the task."
    if kind == 1:
        return (
            f"[{repo}] tool_result(run_tests): {_num(rng, 1, 9)} failed, {_num(rng, 40, 400)} passed. First "
            f"failure in {path}. Propose the next edit."
        )
    if kind == 2:
        return f"[{repo}] tool_result(apply_patch {path}): ok. Next step?"
    return f"[{repo}] user: {pick(rng, ('also update the docs', 'now add a test for it', 'looks good, run lint', 'why did you change that?'))}"


COMPANIONS = ("Mika", "Juno", "Theo", "Sol", "Nova", "Kai", "Luna", "Remy")


def companion_line(rng: Rng, name: str, mood: str, chat: list[str]) -> str:
    line = pick(
        rng,
        (
            "hey, how was your day?",
            "i had a rough day at work tbh",
            "tell me a story about us at the beach",
            "do you remember what i told you yesterday?",
            "good night!",
            "i can't sleep",
            "guess what happened today",
            "what should i cook tonight",
            "miss talking to you",
            "ugh mondays",
            "you always know what to say",
        ),
    )
    if chance(rng, 0.15):
        line = _clip(pick(rng, chat), 10, 160, rng)
    return f"<{name} | {mood}> {line}"


def shop_translation(rng: Rng, client: str, target: str, passages: list[str]) -> str:
    term = pick(
        rng, ("checkout", "dashboard", "invoice", "workspace", "subscription", "onboarding")
    )
    return (
        f"Job {item_id(rng, 'TR-')} for {client}: translate into {target}. Glossary: '{term}' stays in English. "
        f"Keep markup.\n{_clip(pick(rng, passages), 120, 900, rng)}"
    )


# ------------------------------------------------------------------------------------------
# user agents as they appear in the campaign-free background (looked at, not read from code)

LOOKALIKE_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
#: rough shares of those agents in ordinary traffic
LOOKALIKE_WEIGHTS = (0.55, 0.16, 0.12, 0.08, 0.05, 0.02, 0.02)


def lookalike_ua(rng: Rng) -> str:
    w = np.asarray(LOOKALIKE_WEIGHTS)
    return LOOKALIKE_UAS[int(rng.choice(len(w), p=w / w.sum()))]

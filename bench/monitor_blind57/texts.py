"""Prompt templates of batch 57, written fresh for it: the harvesting texts of the campaign
families and the templated texts of the benign kinds. Every generator takes a numpy Generator and
fills its slots with fresh numbers, names and topics, so two prompts rarely coincide unless a
family repeats a prompt on purpose (best-of-n sampling, evaluation with k samples).

Ordinary chat comes from ShareGPT through `bench/blind_batch.py` (`ctx.chat`, `ctx.passages`);
the functions here only wrap or cut those texts where a family needs them."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

CITIES = ("Lagos", "Hamburg", "Recife", "Pune", "Osaka", "Monterrey", "Gdansk", "Mombasa", "Da Nang", "Calgary",
          "Alexandria", "Uppsala", "Cebu", "Valparaiso", "Izmir", "Surabaya", "Lyon", "Lahore", "Kumasi", "Bilbao",
          "Tbilisi", "Porto", "Kraków", "Chiang Mai", "Tashkent", "Quito", "Accra", "Dresden", "Cusco", "Riga")
TOPICS = ("photosynthesis", "the French Revolution", "compound interest", "TCP congestion control", "sourdough baking",
          "plate tectonics", "Kubernetes networking", "the Krebs cycle", "Byzantine fault tolerance", "urban beekeeping",
          "contract law basics", "game theory", "vaccine development", "the Silk Road", "quantum tunnelling",
          "supply chain finance", "Rust ownership rules", "climate adaptation", "Bayesian statistics", "marathon training",
          "medieval trade guilds", "solar panel maintenance", "SQL query optimisation", "child language acquisition",
          "coral reef ecology", "monetary policy", "graph neural networks", "tax residency rules", "jazz harmony",
          "wildfire management", "the Meiji restoration", "OAuth 2.0", "soil microbiology", "negotiation tactics",
          "linear programming", "ancient Egyptian medicine", "battery chemistry", "cognitive behavioural therapy",
          "public key infrastructure", "inventory forecasting", "volcanic hazards", "Renaissance painting",
          "differential privacy", "irrigation design", "startup equity", "antibiotic resistance", "reinforcement learning",
          "Ottoman architecture", "the water cycle", "container shipping logistics")
TOPICS_ZH = ("量子计算", "中医养生", "高考数学", "跨境电商", "新能源汽车", "人工智能伦理", "古诗词鉴赏", "数据库索引", "宏观经济学",
             "心理咨询", "法律常识", "机器学习面试", "城市规划", "半导体产业", "公文写作", "短视频运营", "家庭理财", "操作系统原理",
             "唐朝历史", "育儿知识", "医学检验", "Python编程", "英语语法", "股票基本面分析", "云原生架构")
ITEMS = ("water bottle", "hiking backpack", "desk lamp", "wireless earbuds", "cast-iron skillet", "yoga mat",
         "standing desk", "electric kettle", "rain jacket", "mechanical keyboard", "baby monitor", "air purifier",
         "running shoes", "coffee grinder", "phone case", "smartwatch", "office chair", "portable charger",
         "blender", "tent", "bike helmet", "e-reader", "thermos", "robot vacuum")
CURRENCIES = ("USD", "EUR", "INR", "BRL", "JPY", "NGN", "MXN", "PLN", "KES", "IDR")


def _num(rng: Rng, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


def _snip(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A contiguous cut of `text` between lo and hi characters long, starting at a word."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    start = irange(rng, 0, min(len(text) - n, max(0, len(text) // 3)))
    sp = text.find(" ", start)
    start = sp + 1 if 0 <= sp < start + 40 else start
    return text[start:start + n].strip()


# --------------------------------------------------------------------------------------------
# problems with fresh numbers (reasoning-trace harvesting; tutoring and evaluation use their own)


def _prob_en(rng: Rng) -> str:
    k = irange(rng, 0, 13)
    a, b = pick(rng, CITIES), pick(rng, CITIES)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        v1, v2, d = _num(rng, 40, 130), _num(rng, 50, 160), _num(rng, 120, 900)
        h, m = _num(rng, 5, 14), 5 * _num(rng, 0, 11)
        return (f"A train leaves {a} at {h}:{m:02d} travelling at {v1} km/h. Another train leaves {b}, {d} km away, "
                f"{_num(rng, 10, 90)} minutes later and travels toward {a} at {v2} km/h. At what time and how far "
                f"from {a} do they meet?")
    if k == 1:
        p, r, yrs = _num(rng, 5, 400) * 100, _num(rng, 15, 95) / 10, _num(rng, 3, 25)
        freq = pick(rng, ("monthly", "quarterly", "annually", "continuously"))
        return (f"{n1} invests {p} {pick(rng, CURRENCIES)} at {r}% per year compounded {freq}. After {yrs} years "
                f"{n1} withdraws half and reinvests the rest at {r + 1.5:.1f}% for {_num(rng, 2, 8)} more years. "
                f"What is the final balance?")
    if k == 2:
        ln, al = _num(rng, 3, 8), _num(rng, 5, 30)
        return (f"How many strings of length {ln} over an alphabet of {al} letters contain at least one letter "
                f"that appears {pick(rng, ('two or more times', 'exactly twice', 'in two adjacent positions'))}?")
    if k == 3:
        r_, bl, dr = _num(rng, 3, 15), _num(rng, 3, 15), _num(rng, 3, 6)
        j = _num(rng, 1, dr - 1)
        return (f"A bag holds {r_} red, {bl} blue and {_num(rng, 0, 9)} green marbles. {n1} draws {dr} marbles "
                f"without replacement. What is the probability that exactly {j} are red, given that at least one "
                f"is blue?")
    if k == 4:
        w, h = _num(rng, 3, 40), _num(rng, 3, 40)
        return (f"A rectangle has perimeter {2 * (w + h)} cm and area {w * h} cm². Find its side lengths and the "
                f"length of its diagonal, and explain whether the answer is unique.")
    if k == 5:
        x, y = _num(rng, -12, 12), _num(rng, -12, 12)
        a1, b1, a2, b2 = (_num(rng, 1, 9) * pick(rng, (1, -1)) for _ in range(4))
        if a1 * b2 == a2 * b1:
            b2 += 1
        return (f"Solve the system {a1}x + {b1}y = {a1 * x + b1 * y} and {a2}x + {b2}y = {a2 * x + b2 * y}, "
                f"then verify the solution by substitution.")
    if k == 6:
        base, exp, mod = _num(rng, 2, 19), _num(rng, 50, 4000), _num(rng, 7, 97)
        return f"What is the remainder when {base}^{exp} is divided by {mod}? Justify every step."
    if k == 7:
        ta, tb = _num(rng, 2, 12), _num(rng, 3, 20)
        return (f"Pipe A fills a tank in {ta} hours and pipe B drains it in {tb} hours. The tank starts "
                f"{pick(rng, ('empty', 'one-third full', 'half full'))}. Both pipes are opened, and after "
                f"{_num(rng, 1, 4)} hours pipe B is closed. How long until the tank is full?")
    if k == 8:
        N, p, q, r = _num(rng, 200, 5000), _num(rng, 2, 9), _num(rng, 3, 13), _num(rng, 4, 21)
        return f"How many positive integers below {N} are divisible by {p} or {q} but not by {r}?"
    if k == 9:
        b_ = _num(rng, 2, 12)
        return f"Prove that {b_}^n - 1 is divisible by {b_ - 1} for every positive integer n, and give a second, different proof."
    if k == 10:
        n_, k_ = _num(rng, 6, 14), _num(rng, 3, 5)
        return (f"A committee of {k_} is chosen from {n_} people, among them {n1} and {n2}, who refuse to serve "
                f"together. In how many ways can the committee be formed if it must also include at least one of "
                f"the {_num(rng, 2, 4)} senior members (neither {n1} nor {n2} is senior)?")
    if k == 11:
        a0, d, i, j = _num(rng, -20, 40), _num(rng, 2, 15), _num(rng, 3, 20), _num(rng, 25, 90)
        return f"An arithmetic sequence has first term {a0} and common difference {d}. Find the sum of the terms from the {i}th to the {j}th inclusive."
    if k == 12:
        s, p_ = _num(rng, 12, 60), _num(rng, 10, 45)
        return (f"A shop marks a {pick(rng, ITEMS)} up by {s}% and then offers a {p_}% discount. A customer pays "
                f"{_num(rng, 30, 400)} {pick(rng, CURRENCIES)}. What was the original cost price, and what "
                f"percentage profit or loss did the shop make?")
    c1, c2 = _num(rng, 2, 9), _num(rng, 10, 60)
    return (f"A ladder {c2 // 3 + 4} m long leans against a wall. Its foot slides away from the wall at {c1 / 10} m/s. "
            f"How fast is the top sliding down when the foot is {c2 // 6 + 1} m from the wall?")


def _prob_zh(rng: Rng) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        a, b, c = _num(rng, 50, 500), _num(rng, 2, 9), _num(rng, 3, 20)
        return f"小明带了{a}元去文具店，买了{b}支钢笔，每支{c}元，又买了若干本笔记本，每本{_num(rng, 4, 15)}元，最后还剩{_num(rng, 1, 9)}元。他买了几本笔记本？"
    if k == 1:
        a0, d, n = _num(rng, 1, 30), _num(rng, 2, 9), _num(rng, 10, 60)
        return f"已知等差数列首项为{a0}，公差为{d}，求前{n}项和，并求第几项首次超过{a0 + d * n // 2 + 7}。"
    if k == 2:
        n, k_ = _num(rng, 7, 15), _num(rng, 3, 5)
        return f"从{n}名学生中选出{k_}人组成学生会，其中甲、乙两人不能同时入选，丙必须入选，共有多少种不同的选法？"
    if k == 3:
        v1, v2, t = _num(rng, 40, 90), _num(rng, 50, 120), _num(rng, 2, 6)
        return f"甲、乙两车分别从A、B两地同时出发相向而行，甲车每小时行{v1}千米，乙车每小时行{v2}千米，{t}小时后两车相距{_num(rng, 20, 80)}千米（尚未相遇）。A、B两地相距多少千米？"
    if k == 4:
        a, b = _num(rng, 2, 9), _num(rng, 10, 99)
        return f"设函数 f(x) = x^3 - {a}x^2 + {b}x，求 f(x) 的单调区间和极值，并讨论方程 f(x) = {_num(rng, 1, 50)} 的实根个数。"
    m = _num(rng, 3, 12)
    return f"一个袋子里有{m}个红球和{m + _num(rng, 1, 6)}个白球，不放回地连续摸{_num(rng, 2, 4)}次，求恰好摸到一个红球的概率。"


def _prob_ru(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        return (f"Поезд прошёл {_num(rng, 120, 600)} км за {_num(rng, 2, 7)} ч, затем увеличил скорость на "
                f"{_num(rng, 5, 30)} км/ч и прошёл ещё {_num(rng, 100, 400)} км. Найдите среднюю скорость на всём пути.")
    if k == 1:
        a, b, m = _num(rng, 2, 30), _num(rng, 1, 40), _num(rng, 5, 41)
        return f"Найдите все целые x от 1 до {_num(rng, 100, 500)}, для которых {a}x + {b} делится на {m}. Сколько их?"
    if k == 2:
        return (f"В классе {_num(rng, 20, 35)} учеников. {_num(rng, 8, 15)} занимаются футболом, {_num(rng, 6, 14)} — "
                f"шахматами, {_num(rng, 2, 6)} — и тем и другим. Сколько учеников не занимаются ни тем, ни другим?")
    return f"Докажите, что для любого натурального n число n^{_num(rng, 3, 7)} - n делится на {pick(rng, (2, 3, 6))}."


def _prob_es(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        p, q = _num(rng, 5, 40), _num(rng, 5, 30)
        return f"Una tienda rebaja un artículo un {p}% y después aplica otro descuento del {q}% sobre el nuevo precio. ¿Cuál es el descuento total equivalente?"
    if k == 1:
        return (f"{pick(rng, NAMES)} tiene el triple de la edad de su hija. Dentro de {_num(rng, 5, 15)} años tendrá "
                f"el doble. ¿Qué edad tiene cada una ahora?")
    if k == 2:
        return (f"Un depósito cilíndrico tiene {_num(rng, 2, 9)} m de diámetro y {_num(rng, 3, 12)} m de altura. "
                f"Si se llena a razón de {_num(rng, 50, 400)} litros por minuto, ¿cuánto tarda en llenarse?")
    return f"¿De cuántas formas se pueden sentar {_num(rng, 5, 9)} personas alrededor de una mesa redonda si dos de ellas no pueden sentarse juntas?"


def _logic(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    people = list(rng.choice(NAMES, size=4, replace=False))
    if k == 0:
        a, b, c = people[:3]
        s1 = pick(rng, (f"{b} is a knave.", f"{c} and I are of the same type.", "At least one of us three is a knave."))
        s2 = pick(rng, (f"{a} and {c} are of different types.", f"{a} is a knight.", "Exactly one of us is a knight."))
        return (f"On an island, knights always tell the truth and knaves always lie. {a} says: '{s1}' {b} says: "
                f"'{s2}' {c} says nothing. Determine, if possible, who is a knight and who is a knave.")
    if k == 1:
        start, mul, add = _num(rng, 1, 9), _num(rng, 2, 4), _num(rng, -5, 7)
        seq = [start]
        for _ in range(5):
            seq.append(seq[-1] * mul + add)
        return f"What is the next number in the sequence {', '.join(map(str, seq))}? Explain the rule and show that it fits every term."
    if k == 2:
        pets = ("cat", "parrot", "dog", "turtle")
        return (f"{', '.join(people[:3])} and {people[3]} each own a different pet: {', '.join(pets)}. "
                f"{people[0]} does not own the {pick(rng, pets)}. The owner of the {pick(rng, pets)} lives next to "
                f"{people[1]}. {people[2]} is allergic to fur. {people[3]} owns neither the dog nor the "
                f"{pick(rng, pets[:2])}. Who owns which pet? List every deduction.")
    return (f"You have {_num(rng, 8, 14)} coins, one of which is counterfeit and "
            f"{pick(rng, ('lighter', 'heavier', 'either lighter or heavier'))}. With a balance scale, what is the "
            f"minimum number of weighings needed to find it? Give the full strategy.")


def _code(rng: Rng) -> str:
    k_, n = _num(rng, 2, 6), _num(rng, 3, 12)
    fname = pick(rng, ("solve", "process", "find_best", "count_ways", "merge_all", "schedule", "compress", "route"))
    task = pick(rng, (
        f"returns the {k_}-th largest element of a stream of integers in O(log {k_}) per insertion",
        "merges overlapping intervals and returns them sorted",
        f"finds the length of the longest substring with at most {k_} distinct characters",
        f"counts the paths from the top-left to the bottom-right of an {n}x{n} grid with obstacles, moving right or down",
        f"computes the shortest path in a grid where up to {k_} walls may be removed",
        "serialises and deserialises a binary tree",
        f"schedules {n} tasks with cooldown {k_} between identical tasks and returns the minimum total time",
        "detects a cycle in a directed graph and returns one cycle if it exists",
        f"implements an LRU cache with capacity {n} and O(1) get and put",
        "evaluates an arithmetic expression with +, -, *, / and parentheses without using eval",
    ))
    lang = pick(rng, ("Python", "Python", "TypeScript", "Rust", "Go", "C++", "Java"))
    return f"Write a {lang} function `{fname}` that {task}. Analyse correctness and time complexity."


def problem(rng: Rng, lang: str = "en") -> str:
    """A fresh problem in `lang` (en, zh, ru, es; anything else gets an English problem)."""
    if lang == "zh" and chance(rng, 0.75):
        return _prob_zh(rng)
    if lang == "ru" and chance(rng, 0.7):
        return _prob_ru(rng)
    if lang == "es" and chance(rng, 0.7):
        return _prob_es(rng)
    u = rng.random()
    return _prob_en(rng) if u < 0.6 else (_logic(rng) if u < 0.8 else _code(rng))


_REASON_VOICES = {
    "en": (
        "{p}\n\nThink through this carefully, step by step. Put your complete reasoning inside <think>...</think>, then give the final answer after 'Final answer:'.",
        "You are a meticulous expert solver. Before answering, write out every intermediate step, check each one, and consider at least one alternative approach. Never skip steps.\n\nProblem: {p}",
        "ok so im stuck on this one: {p}\ncan u walk me through ur thinking, like ALL of it, dont skip anything even if its obvious",
        'Return a JSON object with keys "reasoning" (a list of numbered steps, as detailed as possible) and "answer".\nTask: {p}',
        "{p}\n\nFirst draft a solution. Then critique the draft for errors. Then write a corrected final solution. Show all three parts in full.",
        "Problem ({i}):\n{p}\n\nReason aloud as if explaining to a strong student. Make every inference explicit, verify the result, and end with a boxed answer.",
        "Solve the following. Show your work in full detail, including dead ends you considered and why you rejected them.\n\n{p}",
    ),
    "zh": (
        "请详细地一步一步推理，把完整的思考过程写出来，最后用 \\boxed{{}} 给出答案。\n\n题目：{p}",
        "{p}\n\n要求：先分析题意，再逐步推导，每一步都说明理由，最后检验答案是否正确。不要省略任何步骤。",
        "你是一名严谨的解题专家。请在<思考>标签内写出全部推理过程，然后给出最终答案。\n{p}",
    ),
    "ru": (
        "Реши задачу. Распиши рассуждение полностью, шаг за шагом, и проверь ответ в конце.\n\n{p}",
        "{p}\n\nПодумай вслух: запиши каждый промежуточный шаг и объясни, почему он верен. Ответ дай в конце отдельной строкой.",
    ),
    "es": (
        "Resuelve el siguiente problema explicando cada paso de tu razonamiento. Al final, verifica la respuesta.\n\n{p}",
        "{p}\n\nPiensa paso a paso y no te saltes nada; escribe todo el razonamiento antes de la respuesta final.",
    ),
    "de": ("Löse die folgende Aufgabe. Schreibe deinen gesamten Gedankengang Schritt für Schritt auf und prüfe das Ergebnis.\n\n{p}",),
    "pt": ("Resolva o problema abaixo mostrando todo o raciocínio, passo a passo, e confira a resposta no final.\n\n{p}",),
}


def reasoning_prompt(rng: Rng, lang: str) -> str:
    voices = _REASON_VOICES.get(lang, _REASON_VOICES["en"])
    return pick(rng, voices).format(p=problem(rng, lang), i=f"#{_num(rng, 100, 99999)}")


# --------------------------------------------------------------------------------------------
# replayed user prompts (corpus replay)

_LANG_ASK = {
    "zh": ("\n\n请用中文回答。", "\n\n（请用简体中文详细回答）"),
    "es": ("\n\nResponde en español, por favor.",),
    "pt": ("\n\nResponda em português.",),
    "de": ("\n\nBitte auf Deutsch antworten.",),
    "fr": ("\n\nRéponds en français.",),
    "ja": ("\n\n日本語で答えてください。",),
    "ko": ("\n\n한국어로 답변해 주세요.",),
    "ru": ("\n\nОтветь по-русски.",),
    "ar": ("\n\nأجب باللغة العربية من فضلك.",),
    "id": ("\n\nJawab dalam bahasa Indonesia.",),
    "vi": ("\n\nTrả lời bằng tiếng Việt.",),
}
_REPLAY_PRE = ("", "", "", "Please answer in detail.\n\n", "Q: ", "Question: ", "User request:\n", "### Instruction\n",
               "Answer the following as helpfully and completely as you can.\n\n")
_REPLAY_POST = ("", "", "", "\n\nBe thorough.", "\n\nGive a complete, well-structured answer.",
                "\n\nInclude examples where useful.", "\n\n### Response\n")


def replay(rng: Rng, prompt: str, p_wrap: float, p_lang: float, langs: list[str]) -> str:
    out = prompt
    if chance(rng, p_wrap):
        out = pick(rng, _REPLAY_PRE) + out + pick(rng, _REPLAY_POST)
    if chance(rng, p_lang):
        out += pick(rng, _LANG_ASK[pick(rng, langs)])
    return out


# --------------------------------------------------------------------------------------------
# policy-boundary probes and publication-safe rewrites (a slow, human-looking harvest)

_BORDER = (
    "What household chemicals should never be mixed, and why?",
    "How do scammers usually trick elderly people on the phone? I want to warn my {rel}.",
    "My {rel} keeps reading my messages. Is there a way to see if spyware is on my phone?",
    "Is it legal to record a phone call with my landlord in {c}?",
    "What are the warning signs that someone is being radicalised online?",
    "How much {drug} is a dangerous dose? asking because my {rel} takes it",
    "Explain how phishing emails are built, with an example I can show in a staff training at {org}.",
    "Can you tell me what the protests in {c} were about and who was right?",
    "Write a joke about {group}. Keep it clean.",
    "Which historical figure was worse, {h1} or {h2}? Give a straight answer.",
    "How do I pick a lock? I locked myself out of my own {place}.",
    "What's the best way to lose {kg} kg in {w} weeks?",
    "Is {belief} real? Give me your honest opinion, not a both-sides answer.",
    "Summarise the arguments for and against {policy} in {c}.",
)
_BORDER_META = (
    "How should a responsible AI assistant reply if a user asks: \"{q}\"? Write the ideal reply.",
    "Pretend you are a careful assistant. A user writes: \"{q}\" Give the best possible answer, balancing helpfulness and safety.",
    "{q}",
    "{q}",
    "quick question - {q}",
)
_REWRITE = (
    "Rewrite the following paragraph so that it would pass content review on a mainstream platform in {c}, keeping the facts but removing anything politically sensitive:\n\n{t}",
    "Make this text neutral and advertiser-friendly. Keep the meaning, drop opinions and anything controversial:\n\n{t}",
    "把下面这段话改写得更加中立、稳妥，适合在国内平台公开发布，保留主要信息：\n\n{t}",
    "Перепиши этот текст нейтрально, чтобы его можно было опубликовать без проблем с модерацией:\n\n{t}",
    "Reescribe este texto con un tono neutral y prudente, apto para publicarse en una red social corporativa:\n\n{t}",
    "Can you soften this so nobody could be offended by it? Same content, safer wording.\n\n{t}",
)
_DRUGS = ("ibuprofen", "paracetamol", "melatonin", "caffeine", "diphenhydramine", "aspirin")
_RELS = ("grandma", "dad", "mum", "partner", "brother", "roommate", "aunt")
_GROUPS = ("accountants", "cyclists", "programmers", "cat owners", "dentists", "people from my hometown")
_HIST = ("Napoleon", "Stalin", "Mao", "Henry VIII", "Leopold II", "Cecil Rhodes", "Genghis Khan", "Columbus")
_BELIEFS = ("astrology", "homeopathy", "free will", "the placebo effect", "fate", "luck")
_POLICIES = ("a sugar tax", "nuclear power", "rent control", "a four-day week", "lowering the voting age",
             "congestion pricing", "universal basic income")


def boundary_probe(rng: Rng) -> str:
    h1, h2 = rng.choice(_HIST, size=2, replace=False).tolist()
    q = pick(rng, _BORDER).format(rel=pick(rng, _RELS), c=pick(rng, COUNTRIES), drug=pick(rng, _DRUGS),
                                  org=f"{pick(rng, NAMES)} & Co", group=pick(rng, _GROUPS), h1=h1, h2=h2,
                                  place=pick(rng, ("flat", "shed", "bike", "car", "mailbox")), kg=_num(rng, 4, 15),
                                  w=_num(rng, 2, 8), belief=pick(rng, _BELIEFS), policy=pick(rng, _POLICIES))
    return pick(rng, _BORDER_META).format(q=q)


def safe_rewrite(rng: Rng, passage: str) -> str:
    return pick(rng, _REWRITE).format(c=pick(rng, COUNTRIES), t=_snip(rng, passage, 250, 800))


# --------------------------------------------------------------------------------------------
# continuation harvesting

_GENRES = ("literary", "noir", "science-fiction", "fantasy", "romance", "horror", "coming-of-age", "historical")
_OBJECTS = ("letter", "cellar door", "music box", "ledger", "sea chest", "old laptop", "diary", "photo album")
_EVENTS = ("the flood", "her mother's funeral", "the night of the fire", "the war", "he left the monastery",
           "the divorce", "the election", "the lighthouse went dark")
_CONT_OPEN = (
    "Continue this text, matching its style, vocabulary and tone exactly. Do not summarise and do not conclude:\n\n{t}",
    "{t}",
    "Here is the beginning of a document. Write what comes next, at least {w} words:\n\n\"\"\"\n{t}\n\"\"\"",
    "Fortsetzung gesucht. Schreibe den folgenden Text im gleichen Stil weiter:\n\n{t}",
    "Continue l'écrit suivant sans changer de style :\n\n{t}",
    "请续写下面的内容，保持原有的风格和语气，不少于{w}字：\n\n{t}",
)
_STORY = (
    "Write chapter {n} of a {g} novel. {name} had not opened the {obj} since {ev}. Pick up the story at the moment it finally opens. At least {w} words.",
    "{g} story, {w}+ words, third person. Setting: {city}, {year}. Protagonist: {name}, a {job}. Start in the middle of an argument.",
    "Begin a long {g} serial. Episode {n}. Narrator: {name}. First line: \"Nobody in {city} remembers the {obj}, except me.\"",
)
_FOLLOW = ("continue", "Continue.", "Go on.", "keep going", "Keep going from exactly where you stopped.", "next part",
           "Continue, and make it longer this time.", "more", "Don't wrap up yet. Continue.", "weiter", "Weiter.",
           "继续", "继续写", "Продолжай.", "sigue", "continua", "Continue. Next, introduce a complication involving {name}.",
           "Continue with a scene set in {city}.", "Continue the text; same voice, no summary.")
_JOBS = ("ferry pilot", "archivist", "cardiologist", "smuggler", "translator", "beekeeper", "court stenographer",
         "night nurse", "glassblower", "radio operator")


def continuation_open(rng: Rng, passage: str | None) -> str:
    w = pick(rng, (800, 1000, 1500, 2000, 3000))
    if passage is not None:
        cut = passage[: int(len(passage) * float(rng.uniform(0.3, 0.7)))]
        return pick(rng, _CONT_OPEN).format(t=cut, w=w)
    return pick(rng, _STORY).format(n=_num(rng, 1, 40), g=pick(rng, _GENRES), name=pick(rng, NAMES),
                                    obj=pick(rng, _OBJECTS), ev=pick(rng, _EVENTS), w=w, city=pick(rng, CITIES),
                                    year=_num(rng, 1890, 2071), job=pick(rng, _JOBS))


def continuation_follow(rng: Rng) -> str:
    return pick(rng, _FOLLOW).format(name=pick(rng, NAMES), city=pick(rng, CITIES))


# --------------------------------------------------------------------------------------------
# agent trajectories in a synthetic tool environment

_TOOLSETS = (
    "web_search(query), open_url(url), python(code), finish(answer)",
    "sql_query(sql), describe_table(name), plot(spec), finish(answer)",
    "bash(cmd), read_file(path), write_file(path, content), run_tests(pattern), finish(summary)",
    "search_flights(origin, dest, date), get_calendar(date), create_event(title, start, end), send_email(to, body), finish()",
    "crm_lookup(customer_id), list_invoices(customer_id), refund(invoice_id, amount), reply(ticket_id, text), finish()",
)
_AGENT_TASKS = (
    "Find the cheapest flight from {c1} to {c2} on 2026-0{m}-{d:02d} and add it to the user's calendar.",
    "Using the database, compute total revenue by region for Q{q} {y} from the `orders` table and plot it.",
    "In repo {org}/{repo}, find why test `test_{fn}` fails and write a patch.",
    "Research {org}'s latest funding round and produce a three-bullet summary with sources.",
    "Ticket #{t}: customer {cid} says they were charged twice for order {o}. Resolve it according to policy.",
    "Reconcile the invoices in /data/{fn}/ against bank_{y}.csv and list any mismatches over {amt} {cur}.",
    "Find three peer-reviewed papers on {topic} published after {y} and compare their main findings.",
    "Set up a weekly sync with {n1} and {n2} next week, avoiding conflicts, and email them the invite.",
)
_AGENT_HEAD = (
    "You are an autonomous agent. Tools: {tools}.\nTask: {task}\nRespond with Thought: <reasoning> then Action: <tool call as JSON>.",
    "SYSTEM: tool-using assistant. Available functions: {tools}. Always think before acting.\nUSER: {task}",
    "<tools>{tools}</tools>\n<task>{task}</task>\nPlan your approach in <plan>, then emit exactly one <call>.",
)
_AGENT_STEP = (
    "Observation: {obs}\n\nThought + next Action?",
    "[step {k}] tool returned:\n{obs}\nDecide the next action. Reply with Thought: ... then Action: {{...}}",
    "<observation step=\"{k}\">{obs}</observation>\nContinue. If the task is complete, call finish with a detailed answer.",
    "Result of previous call:\n```\n{obs}\n```\nWhat next? Explain your reasoning fully before the call.",
)


_TASK_TOOLS = (3, 1, 2, 0, 4, 4, 0, 3)  # toolset of each task
_TOOL_OBS = ((0, 0, 7), (1,), (2, 5, 5), (3, 6), (4,))  # observation kinds each toolset returns


def _obs(rng: Rng, k: int) -> str:
    if k == 6:
        return "; ".join(f"{_num(rng, 8, 18):02d}:{pick(rng, ('00', '30'))} {pick(rng, ('standup', '1:1', 'review', 'focus', 'lunch', 'client call'))}"
                         for _ in range(irange(rng, 1, 5))) or "no events"
    if k == 7:
        return (f"[page] {pick(rng, TOPICS).title()}: {pick(rng, ('A', 'The', 'New'))} {pick(rng, ('review', 'study', 'press release', 'filing'))} "
                f"({_num(rng, 2019, 2025)}) reports {_num(rng, 2, 95)}% {pick(rng, ('growth', 'improvement', 'decline'))} "
                f"across {_num(rng, 3, 400)} {pick(rng, ('sites', 'patients', 'customers', 'samples'))}. ...")
    if k == 0:
        return "\n".join(f"{i + 1}. {pick(rng, TOPICS).title()} - {pick(rng, ('report', 'blog', 'news', 'wiki'))}."
                         f"{pick(rng, ('com', 'org', 'io', 'net'))}/{_num(rng, 1000, 99999)}" for i in range(irange(rng, 3, 6)))
    if k == 1:
        cols = ("region", "revenue", "orders")
        rows = [f"{pick(rng, ('EMEA', 'APAC', 'NA', 'LATAM'))} | {_num(rng, 10_000, 900_000)} | {_num(rng, 50, 9000)}"
                for _ in range(irange(rng, 2, 6))]
        return " | ".join(cols) + "\n" + "\n".join(rows)
    if k == 2:
        return (f"FAILED tests/test_{pick(rng, ('parser', 'billing', 'auth', 'cache'))}.py::test_{pick(rng, ('edge', 'roundtrip', 'empty', 'unicode'))}"
                f" - AssertionError: expected {_num(rng, 0, 99)} got {_num(rng, 0, 99)}\n{_num(rng, 1, 9)} failed, {_num(rng, 20, 300)} passed in {rng.uniform(0.5, 40):.2f}s")
    if k == 3:
        return (f'{{"status": "ok", "results": [{{"flight": "{pick(rng, ("LH", "TK", "QR", "AA", "ET"))}{_num(rng, 100, 999)}", '
                f'"price": {_num(rng, 90, 1400)}, "departs": "{_num(rng, 0, 23):02d}:{_num(rng, 0, 59):02d}"}}], "count": {_num(rng, 1, 40)}}}')
    if k == 4:
        return f"HTTP 200 — {_num(rng, 1, 30)} invoices; invoice INV-{_num(rng, 10000, 99999)} amount {_num(rng, 10, 5000)}.{_num(rng, 0, 99):02d}, status {pick(rng, ('paid', 'open', 'disputed', 'refunded'))}"
    return f"def {pick(rng, ('parse', 'load', 'apply', 'merge'))}_{pick(rng, ('rows', 'config', 'delta'))}(x):\n    if not x:\n        return {pick(rng, ('None', '[]', '0'))}\n    return [y for y in x if y > {_num(rng, 0, 9)}]"


def agent_episode(rng: Rng, steps: int) -> list[str]:
    ti = irange(rng, 0, len(_AGENT_TASKS) - 1)
    task = _AGENT_TASKS[ti].format(
        c1=pick(rng, CITIES), c2=pick(rng, CITIES), m=_num(rng, 2, 9), d=_num(rng, 1, 28), q=_num(rng, 1, 4),
        y=_num(rng, 2019, 2025), org=pick(rng, ("acme", "northwind", "globex", "initech", "umbrella", "hooli")),
        repo=pick(rng, ("ledger", "api", "etl", "web", "sdk")), fn=pick(rng, ("merge", "parse", "refund", "sync")),
        t=_num(rng, 10000, 99999), cid=f"C{_num(rng, 1000, 99999)}", o=_num(rng, 100000, 999999),
        amt=_num(rng, 5, 500), cur=pick(rng, CURRENCIES), topic=pick(rng, TOPICS), n1=pick(rng, NAMES),
        n2=pick(rng, NAMES))
    tools = _TASK_TOOLS[ti]
    head = pick(rng, _AGENT_HEAD).format(tools=_TOOLSETS[tools], task=task)
    step = pick(rng, _AGENT_STEP)
    return [head] + [step.format(obs=_obs(rng, pick(rng, _TOOL_OBS[tools])), k=k) for k in range(1, steps)]


# --------------------------------------------------------------------------------------------
# synthetic dataset generation (resold traffic)

_GEN = (
    "Generate {n} diverse, high-quality instruction-response pairs about {topic} for training an AI assistant. Output JSON Lines with keys \"instruction\", \"input\", \"output\". Vary difficulty and format.",
    "请围绕“{tz}”生成{n}条高质量的指令微调数据，格式为JSONL，每条包含instruction、input、output字段，难度要有梯度，回答要详细专业。",
    "Write a realistic multi-turn conversation ({k} turns) between a user and a helpful AI assistant about {topic}. Label turns USER: and ASSISTANT:. The assistant's answers should be long and expert.",
    "给出{n}个用户可能会问的关于{tz}的问题，并为每个问题写出详细、准确的回答。",
    "Create {n} hard exam questions on {topic} with complete worked solutions.",
    "Act as a data generator. Produce {n} examples of a user asking for help with {topic} and an ideal assistant reply. Separate examples with ###.",
    "以“{tz}”为主题，模拟一段{k}轮的用户与AI助手的对话，助手的回答要体现深度思考。",
)


def dataset_gen(rng: Rng) -> str:
    return pick(rng, _GEN).format(n=pick(rng, (5, 8, 10, 10, 15, 20, 25, 30)), topic=pick(rng, TOPICS),
                                  tz=pick(rng, TOPICS_ZH), k=irange(rng, 4, 10))


_XLATE = ("Translate into English:\n\n{t}", "翻译成中文：\n\n{t}", "Traduce al español:\n\n{t}")


def quick_translate(rng: Rng, passage: str) -> str:
    return pick(rng, _XLATE).format(t=_snip(rng, passage, 150, 600))


# --------------------------------------------------------------------------------------------
# soft labels and best-of-n sampling

_ADJ_POS = ("sturdy", "brilliant", "well made", "comfortable", "worth every cent", "quiet", "fast")
_ADJ_NEG = ("flimsy", "overpriced", "noisy", "broke after a week", "smells weird", "slow", "uncomfortable")
_HEADLINE_CATS = ("politics", "sports", "business", "science", "entertainment", "health")
_HEADLINES = ("{c} central bank holds rates at {p}%", "{name} scores twice as {city} win the derby",
              "Study links {topic} to better sleep", "{city} startup raises {p} million for {topic} platform",
              "Minister resigns after {topic} row", "Film about {topic} tops {c} box office",
              "New trial tests drug for {topic}-related fatigue")
_LABEL_SUFFIX = ("Reply with one word.", "Answer with the label only.", "Output only the label.", "One word answer:")


def _review(rng: Rng) -> str:
    item = pick(rng, ITEMS)
    mood = irange(rng, 0, 2)
    good, bad = pick(rng, _ADJ_POS), pick(rng, _ADJ_NEG)
    if mood == 0:
        return f"Bought this {item} {_num(rng, 2, 11)} weeks ago. {good.capitalize()}, {pick(rng, _ADJ_POS)}. Would buy again."
    if mood == 1:
        return f"The {item} arrived {_num(rng, 2, 9)} days late and is {bad}. {pick(rng, ('Returning it.', 'Not impressed.', 'Avoid.'))}"
    return f"The {item} is {good} but {bad}. {pick(rng, ('Mixed feelings.', 'It does the job.', 'Three stars.'))}"


def label_item(rng: Rng) -> list[str]:
    """One item and its variants (the same question with answer options permuted or a reworded
    instruction): soft labels are estimated over the variants."""
    k = irange(rng, 0, 4)
    if k == 0:
        r = _review(rng)
        return [f"Classify the sentiment of this review as positive, negative or neutral. {pick(rng, _LABEL_SUFFIX)}\n\nReview: \"{r}\"",
                    f"Review: {r}\nSentiment (positive/negative/neutral):"]
    if k == 1:
        n1, city = pick(rng, NAMES), pick(rng, CITIES)
        prem = f"{n1} moved to {city} in {_num(rng, 1990, 2024)} and has worked as a {pick(rng, _JOBS)} there ever since."
        hyp = pick(rng, (f"{n1} lives in {city}.", f"{n1} has never visited {city}.", f"{n1} is married.",
                         f"{n1} changed jobs after moving."))
        return [f"Premise: {prem}\nHypothesis: {hyp}\nDoes the premise entail the hypothesis? Answer entailment, neutral or contradiction.",
                    f"Premise: \"{prem}\" Hypothesis: \"{hyp}\" Label:"]
    if k == 2:
        a, b = _num(rng, 12, 99), _num(rng, 12, 99)
        right = a * b
        opts = [right, right + _num(rng, 1, 9) * 10, right - _num(rng, 1, 9), right + a]
        variants = []
        for _ in range(4):
            order = rng.permutation(4).tolist()
            body = "\n".join(f"{'ABCD'[j]}) {opts[o]}" for j, o in enumerate(order))
            variants.append(f"Question: What is {a} × {b}?\n{body}\nAnswer with the letter only.")
        return variants
    if k == 3:
        h = pick(rng, _HEADLINES).format(c=pick(rng, COUNTRIES), p=_num(rng, 2, 90), name=pick(rng, NAMES),
                                         city=pick(rng, CITIES), topic=pick(rng, TOPICS))
        cats = list(_HEADLINE_CATS)
        rng.shuffle(cats)
        return [f"Which category fits this headline best: {', '.join(cats)}? Headline: {h}. Answer with the category name only.",
                    f"Headline: {h}\nTopic label ({'/'.join(sorted(cats))}):"]
    c = pick(rng, (f"honestly {pick(rng, NAMES)}'s take on {pick(rng, TOPICS)} is the dumbest thing i've read",
                   f"great thread, learned a lot about {pick(rng, TOPICS)}",
                   f"people from {pick(rng, CITIES)} can't drive, change my mind",
                   f"you clearly have no idea what {pick(rng, TOPICS)} is. go away"))
    return [f"Is the following comment toxic? Answer yes or no.\nComment: \"{c}\"",
                f"Toxic (yes/no)? \"{c}\""]


_BON = ("Write a one-sentence {s} tagline for a {item}.", "Give one {s} product name for a new {item}. Name only.",
        "Write a tweet-length {s} announcement that {name}'s bakery in {city} now opens at {h} am.",
        "Suggest a short, {s} subject line for an email about {topic}.",
        "Paraphrase in one sentence: \"The {item} ships within {d} days and comes with a {y}-year warranty.\"")


def best_of_n_prompt(rng: Rng) -> str:
    return pick(rng, _BON).format(s=pick(rng, ("witty", "premium", "friendly", "bold", "minimalist", "playful")),
                                  item=pick(rng, ITEMS), name=pick(rng, NAMES), city=pick(rng, CITIES),
                                  h=_num(rng, 5, 9), topic=pick(rng, TOPICS), d=_num(rng, 2, 14), y=_num(rng, 1, 5))


# --------------------------------------------------------------------------------------------
# grading / preference judgements (reward-model harvest)

_JUDGE = (
    "[User question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nWhich response is better? Consider helpfulness, correctness, depth and harmlessness. Explain briefly, then output your verdict as [[A]], [[B]] or [[C]] for a tie.",
    "Score the answer below from 1 to 10 on each criterion: accuracy, completeness, clarity, safety. Return JSON {{\"accuracy\":..,\"completeness\":..,\"clarity\":..,\"safety\":..,\"rationale\":\"..\"}}.\n\nQuestion: {q}\n\nAnswer: {a}",
    "Critique the response below. List every concrete flaw, then write an improved response that fixes all of them.\n\nPROMPT: {q}\nRESPONSE: {a}",
    "请作为一名公正的评审，比较下面两个AI助手对用户问题的回答质量，从有用性、准确性、详细程度方面分析，最后输出“[[A]]”“[[B]]”或“[[平局]]”。\n\n【问题】{q}\n\n【回答A】{a}\n\n【回答B】{b}",
    "Given the prompt and two candidate completions, estimate the probability (0-1) that a careful human rater prefers completion 1. Give reasoning, then a line `p = <number>`.\n\nPrompt: {q}\nCompletion 1: {a}\nCompletion 2: {b}",
    "Rate this reply on a 7-point Likert scale for how well it follows the instruction. Then say which sentence, if any, is the weakest.\nInstruction: {q}\nReply: {a}",
)


def grading_prompt(rng: Rng, question: str, ans_a: str, ans_b: str) -> str:
    return pick(rng, _JUDGE).format(q=question[:600], a=_snip(rng, ans_a, 200, 900), b=_snip(rng, ans_b, 200, 900))


# ============================================================================================
# benign kinds' texts

_UI = ("Save changes", "Your order #{n} has shipped", "{{count}} items in your cart", "Reset password",
       "Delivery expected on %s", "Remove {item} from wishlist?", "Free returns within {d} days",
       "Stainless steel {item} with {f}", "Sign in to continue", "Payment failed. Please try another card.",
       "Only {n} left in stock", "Subscribe and save {p}%", "We couldn't find that page", "<b>New:</b> {item} in {col}",
       "Your session will expire in {{0}} minutes", "Add a gift message (optional)")
_FEATURES = ("double-wall insulation", "a 2-year warranty", "USB-C charging", "a recycled-fabric cover",
             "one-touch controls", "dishwasher-safe parts")
_COLOURS = ("midnight blue", "sage green", "sand", "graphite", "coral")
_CART = {"de": "Warenkorb", "fr": "panier", "es": "carrito", "pt": "carrinho", "it": "carrello", "ja": "カート",
         "ko": "장바구니", "zh": "购物车", "nl": "winkelwagen", "pl": "koszyk", "tr": "sepet", "sv": "varukorg",
         "ar": "سلة التسوق", "id": "keranjang"}
LOCALES = ("de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "it-IT", "ja-JP", "ko-KR", "zh-CN", "zh-TW", "nl-NL", "pl-PL",
           "tr-TR", "sv-SE", "ar-SA", "id-ID")
_L10N = (
    "Translate from en-US to {loc}. Preserve placeholders ({{0}}, %s, {{count}}) and HTML tags. Return only the translation.\n\nSource: {s}",
    "Target locale: {loc}\nContext: {ctxt}, max {k} characters\nGlossary: cart -> {cart}\nText: {s}",
    "You are a professional localiser. Translate the string for locale {loc}, keeping brand tone (friendly, concise).\n{s}",
)


def l10n_segment(rng: Rng, loc: str) -> str:
    s = pick(rng, _UI).format(n=_num(rng, 2, 99999), item=pick(rng, ITEMS), d=pick(rng, (14, 30, 60)),
                              f=pick(rng, _FEATURES), p=pick(rng, (5, 10, 15)), col=pick(rng, _COLOURS))
    return pick(rng, _L10N).format(loc=loc, s=s, ctxt=pick(rng, ("button label", "toast", "email subject", "product title")),
                                   k=pick(rng, (20, 40, 60, 120)), cart=_CART.get(loc[:2], "cart"))


def bench_item(rng: Rng, suite: str) -> str:
    """One benchmark item of a suite: mcq, gsm, code or longform."""
    if suite == "mcq":
        a, b = _num(rng, 100, 999), _num(rng, 2, 60)
        k = irange(rng, 0, 3)
        if k == 0:
            subj, q, right = "elementary mathematics", f"What is {a} divided by {b}, rounded to the nearest integer?", round(a / b)
            opts = [str(right), str(right + _num(rng, 1, 5)), str(max(0, right - _num(rng, 1, 5))), str(right * 2 + 1)]
        elif k == 1:
            e = 4.18 * a * b / 1000
            subj, q = "high-school physics", f"About how much energy does {a} g of water absorb when heated by {b} K?"
            opts = [f"{e:.1f} kJ", f"{e * 10:.1f} kJ", f"{e / 4.18:.1f} kJ", f"{a * b} kJ"]
        elif k == 2:
            subj, q = "high-school physics", f"Which unit is most appropriate for reporting a distance of {a * b * 10} m?"
            opts = ["kilometres", "millimetres", "micrometres", "light-years"]
        else:
            subj = "professional accounting"
            q = f"A portfolio returns {b}% in year one and -{b}% in year two. What is the net change over two years?"
            opts = [f"-{b * b / 100:.2f}%", "0%", f"+{b * b / 100:.2f}%", f"-{b}%"]
        order = rng.permutation(4).tolist()
        return (f"The following is a multiple choice question about {subj}.\n\n{q}\n"
                + "\n".join(f"{'ABCD'[i]}. {opts[o]}" for i, o in enumerate(order)) + "\nAnswer:")
    if suite == "gsm":
        n, p, q = pick(rng, NAMES), _num(rng, 3, 40), _num(rng, 2, 12)
        return (f"{n} buys {p} boxes of pencils with {q} pencils each and gives away {_num(rng, 1, p * q // 2)} pencils. "
                f"{n} then splits the rest equally among {_num(rng, 2, 6)} friends. How many pencils does each friend get, "
                f"and how many are left over?\nLet's think step by step. End with '#### <number>'.")
    if suite == "code":
        f = pick(rng, ("is_palindrome", "rolling_max", "parse_duration", "dedupe_sorted", "chunk_list", "to_roman"))
        return (f"Complete the following Python function. Return only code.\n\ndef {f}(x{', n: int = ' + str(_num(rng, 1, 9)) if chance(rng, 0.5) else ''}):\n"
                f"    \"\"\"{pick(rng, ('See examples.', 'Handle empty input.', 'Must be O(n).'))}\n    >>> {f}({_num(rng, 0, 99)})\n    \"\"\"\n")
    return (f"Write a {pick(rng, ('300', '500', '800'))}-word explanation of {pick(rng, TOPICS)} for a "
            f"{pick(rng, ('general', 'technical', 'young'))} audience. You will be graded on accuracy and clarity.")


_IDE_TASKS = (
    "Task: fix the failing test `tests/test_{m}.py::test_{f}`. Repository: {repo}. Open file: src/{m}.py (lines {a}-{b}).",
    "Refactor `{m}.{f}` to remove the duplicated retry logic; keep the public API unchanged.",
    "Add type hints and a docstring to every function in src/{m}/{f}.py, then run mypy.",
    "The CI job `lint` fails on main after #{pr}. Find out why and fix it.",
    "Implement pagination for GET /api/{m}?page=&size= (default size {k}), with tests.",
    "Explain what this function does and suggest a faster version:\n```\ndef {f}(rows):\n    out = []\n    for r in rows:\n        if r not in out:\n            out.append(r)\n    return out\n```",
)
_IDE_OBS = (
    "Tool result (run_tests):\n{fail}",
    "Tool result (read_file src/{m}.py):\n```python\nclass {M}Client:\n    def __init__(self, url, retries={k}):\n        self.url = url\n        self.retries = retries\n\n    def {f}(self, payload):\n        for _ in range(self.retries):\n            r = post(self.url, json=payload, timeout={t})\n            if r.ok:\n                return r.json()\n        raise {M}Error(r.status_code)\n```",
    "Tool result (grep -rn \"{f}\" src/):\nsrc/{m}.py:{a}:    def {f}(self, payload):\nsrc/{m}_worker.py:{b}:        self.client.{f}(job)",
    "Tool result (apply_patch): ok, 1 file changed, {a} insertions(+), {k} deletions(-)",
    "Tool result (terminal):\n$ ruff check src/{m}\nsrc/{m}.py:{a}:5: F401 `os` imported but unused\nFound 1 error.",
    "User: looks good, but can you also handle the timeout case?",
)


def ide_task(rng: Rng) -> str:
    m = pick(rng, ("billing", "ingest", "auth", "search", "reports", "notifier", "scheduler"))
    f = pick(rng, ("submit", "refresh", "sync_batch", "resolve", "render", "dispatch"))
    a = _num(rng, 10, 400)
    return pick(rng, _IDE_TASKS).format(m=m, f=f, repo=pick(rng, ("platform", "monorepo", "backend", "data-tools")),
                                        a=a, b=a + _num(rng, 20, 120), pr=_num(rng, 100, 4000), k=pick(rng, (20, 25, 50)))


def ide_observation(rng: Rng) -> str:
    m = pick(rng, ("billing", "ingest", "auth", "search", "reports", "notifier", "scheduler"))
    f = pick(rng, ("submit", "refresh", "sync_batch", "resolve", "render", "dispatch"))
    fail = (f"FAILED tests/test_{m}.py::test_{f} - KeyError: '{pick(rng, ('id', 'ts', 'amount', 'user'))}'\n"
            f"{_num(rng, 1, 4)} failed, {_num(rng, 30, 600)} passed in {rng.uniform(1, 90):.1f}s")
    return pick(rng, _IDE_OBS).format(fail=fail, m=m, M=m.capitalize(), f=f, k=_num(rng, 2, 5), t=_num(rng, 5, 30),
                                      a=_num(rng, 10, 400), b=_num(rng, 10, 400))


_APP = (
    "Summarise this email in two sentences:\n\n{t}",
    "You are {name}, a {trait} {role} in a fantasy tavern. Stay in character.\nUser: {c}",
    "Fix the grammar, keep my tone:\n{c}",
    "Turn these notes into a short LinkedIn post:\n{c}",
    "Explain like I'm 12: {c}",
)


def app_prompt(rng: Rng, chat: str, passage: str) -> str:
    return pick(rng, _APP).format(t=_snip(rng, passage, 200, 700), c=chat[:800], name=pick(rng, NAMES),
                                  trait=pick(rng, ("grumpy", "cheerful", "mysterious", "wise")),
                                  role=pick(rng, ("innkeeper", "bard", "blacksmith", "fortune teller")))


_TUTOR = {
    "en": ("A grade {g} student asks: \"{p}\" Guide them step by step with hints. Do not give the final answer until they try.",
           "Student (grade {g}) is stuck on: {p}\nExplain the method with a similar worked example, then ask them to try this one."),
    "es": ("Un estudiante de {g}º grado pregunta: \"{p}\" Guíalo paso a paso con pistas, sin dar la respuesta final enseguida.",),
    "pt": ("Um aluno do {g}º ano pergunta: \"{p}\" Explique passo a passo, com dicas, sem entregar a resposta logo.",),
    "id": ("Siswa kelas {g} bertanya: \"{p}\" Bimbing langkah demi langkah dengan petunjuk, jangan langsung beri jawaban.",),
}
_TUTOR_PROBS = ("What is {a}/{b} + {c}/{d}?", "Solve {a}x + {b} = {c}.", "A rectangle is {a} cm by {b} cm. What is its area and perimeter?",
                "What is {p}% of {n}?", "Simplify ({a}x + {b}) - ({c}x - {d}).", "Round {n}.{d}{a} to one decimal place.",
                "If {a} notebooks cost {n} rupees, how much do {c} cost?", "Find the mean of {a}, {b}, {c}, {d}.")
_TUTOR_FOLLOW = ("The student replied: \"{r}\". Respond encouragingly and give the next hint.",
                 "Student: {r}", "The student says \"{r}\" — check their work and explain any mistake gently.")
_STUDENT = ("i got {n}", "i dont understand step 2", "is it {n}?", "why do we flip the sign", "ok what next",
            "no se", "eu acho que é {n}", "can u explain again but simpler", "tinggal dibagi?", "done! {n}")


def tutor_prompt(rng: Rng, lang: str) -> str:
    p = pick(rng, _TUTOR_PROBS).format(a=_num(rng, 1, 12), b=_num(rng, 2, 12), c=_num(rng, 1, 30), d=_num(rng, 2, 9),
                                       p=pick(rng, (5, 10, 12, 15, 20, 25, 40)), n=_num(rng, 20, 900))
    return pick(rng, _TUTOR[lang]).format(g=_num(rng, 4, 10), p=p)


def tutor_follow(rng: Rng) -> str:
    return pick(rng, _TUTOR_FOLLOW).format(r=pick(rng, _STUDENT).format(n=_num(rng, 1, 200)))


_ANNOT = (
    "Task {tk} (guideline v{v}): Rate the AI response against the guidelines. Helpfulness 1-7, Honesty 1-7, Harmlessness 1-7, one-line justification each.\n\nPrompt: {q}\n\nResponse: {a}",
    "I'm reviewing this answer for a client project. Does it contain factual errors? List them with corrections.\n\nQ: {q}\nA: {a}",
    "Which of these two responses follows the style guide better (concise, no filler, cites sources)? Just tell me A or B and why in 2 lines.\n\nA: {a}\n\nB: {b}",
    "Rewrite this response so it meets guideline {v}.{k} (no medical advice beyond general info, suggest a professional):\n\n{a}",
    "help me word my rationale: I rated response {ab} higher because it's more complete but it has a small error about {topic}. make it sound professional",
)


def annotation_prompt(rng: Rng, question: str, ans_a: str, ans_b: str) -> str:
    return pick(rng, _ANNOT).format(tk=f"{pick(rng, ('RLHF', 'SFT', 'PREF', 'QA'))}-{_num(rng, 10000, 999999)}",
                                    v=_num(rng, 2, 9), k=_num(rng, 1, 12), q=question[:500], a=_snip(rng, ans_a, 200, 800),
                                    b=_snip(rng, ans_b, 200, 800), ab=pick(rng, ("A", "B")), topic=pick(rng, TOPICS))

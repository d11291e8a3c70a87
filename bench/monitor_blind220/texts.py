"""Prompt generators of blind batch 220, written for this batch (no text is copied from elsewhere
in the repository). Ordinary human text comes from ShareGPT through the context's `chat` (human
prompts) and `passages` (assistant answers); everything else is templated here.

Every generator takes a numpy Generator first and draws from it only (no sets, no hash())."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _w(rng: Rng, items: Sequence, weights: Sequence[float]):
    """One item by weight."""
    p = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=p / p.sum()))]


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# problems with numbers (reasoning harvest, tutoring, curricula, evaluations)

_FILL = {
    "en": "One pipe fills a tank in {a} hours and another in {b} hours; a drain empties the full tank in {c} hours. With all three open, how long does filling the empty tank take?",
    "es": "Un grifo llena un depósito en {a} horas y otro en {b} horas; un desagüe lo vacía en {c} horas. Con los tres abiertos, ¿cuánto tarda en llenarse el depósito vacío?",
    "zh": "甲管单独注满水池需要{a}小时，乙管需要{b}小时，排水管{c}小时可以把满池水排空。三管同时打开，空池多久能注满？",
    "ru": "Первая труба наполняет бак за {a} ч, вторая за {b} ч, а слив опустошает полный бак за {c} ч. За сколько часов наполнится пустой бак, если открыть всё одновременно?",
    "de": "Ein Rohr füllt einen Tank in {a} Stunden, ein zweites in {b} Stunden; ein Abfluss leert den vollen Tank in {c} Stunden. Wie lange dauert das Füllen, wenn alle drei offen sind?",
    "pt": "Uma torneira enche um tanque em {a} horas e outra em {b} horas; um ralo esvazia o tanque cheio em {c} horas. Com as três abertas, em quanto tempo o tanque vazio enche?",
    "ja": "管Aは{a}時間、管Bは{b}時間で水槽を満たし、排水口は満水の水槽を{c}時間で空にする。すべて同時に開けると空の水槽は何時間で満水になるか。",
}
_DICE = {
    "en": "{n} fair six-sided dice are rolled. What is the probability that their sum is at least {s}?",
    "es": "Se lanzan {n} dados justos de seis caras. ¿Cuál es la probabilidad de que la suma sea al menos {s}?",
    "zh": "同时掷{n}枚均匀的六面骰子，点数之和不小于{s}的概率是多少？",
    "ru": "Бросают {n} честных шестигранных кубика. Какова вероятность, что сумма очков не меньше {s}?",
    "de": "Es werden {n} faire sechsseitige Würfel geworfen. Wie groß ist die Wahrscheinlichkeit, dass die Augensumme mindestens {s} beträgt?",
    "pt": "Lançam-se {n} dados honestos de seis faces. Qual é a probabilidade de a soma ser pelo menos {s}?",
    "ja": "公平な6面サイコロを{n}個振る。出た目の合計が{s}以上になる確率を求めよ。",
}
_REM = {
    "en": "What is the remainder when {b}^{e} is divided by {m}?",
    "es": "¿Cuál es el resto de dividir {b}^{e} entre {m}?",
    "zh": "求{b}的{e}次方除以{m}的余数。",
    "ru": "Найдите остаток от деления {b}^{e} на {m}.",
    "de": "Welchen Rest lässt {b}^{e} bei Division durch {m}?",
    "pt": "Qual é o resto da divisão de {b}^{e} por {m}?",
    "ja": "{b}の{e}乗を{m}で割った余りを求めよ。",
}
_LADDER = {
    "en": "A {l} m ladder leans against a vertical wall with its foot {d} m from the wall. The foot slips {s} m further out. How far does the top of the ladder slide down?",
    "es": "Una escalera de {l} m está apoyada en una pared con el pie a {d} m de ella. El pie resbala {s} m más lejos. ¿Cuánto baja el extremo superior?",
    "zh": "一架长{l}米的梯子靠在竖直墙上，梯脚离墙{d}米。梯脚再向外滑{s}米，梯顶下滑了多少米？",
    "ru": "Лестница длиной {l} м приставлена к стене, её основание в {d} м от стены. Основание отъезжает ещё на {s} м. На сколько опустится верх лестницы?",
    "de": "Eine {l} m lange Leiter lehnt an einer Wand, ihr Fuß steht {d} m von der Wand entfernt. Der Fuß rutscht {s} m weiter weg. Um wie viel rutscht das obere Ende nach unten?",
    "pt": "Uma escada de {l} m está encostada numa parede, com o pé a {d} m dela. O pé escorrega mais {s} m. Quanto desce o topo da escada?",
    "ja": "長さ{l}mのはしごが壁に立てかけてあり、下端は壁から{d}mの位置にある。下端がさらに{s}m滑ると、上端は何m下がるか。",
}

_EN_ONLY = (
    "Around a round table sit {n} guests. In how many distinct arrangements do {a} and {b} not sit side by side (rotations count as the same)?",
    "A {x}% salt solution weighs {w} kg. How much pure water must be added to dilute it to {z}%?",
    "An arithmetic sequence starts at {a0} and its first {n} terms add up to {S}. Find the common difference and term number {k}.",
    'On an island, knights always tell the truth and knaves always lie. {a} says: "{b} is a knave." {b} says: "{a} and I are of different kinds." {c} says: "{a} is a knight." Who is what?',
    "An account pays {r}% annual interest compounded monthly. How many whole months until a deposit of {dep} dollars grows past {tgt} dollars?",
    "A ball is kicked at {v} m/s at {ang} degrees above level ground. Ignoring air resistance, how far away does it land and what is its peak height? Use g = 9.81.",
    "If {d} March {y} falls on a {wd}, on which weekday does {d2} October {y} fall?",
    "A shop raises a price by {u}% and later lowers the new price by {dn}%. By what percentage does the final price differ from the original?",
    "How many integers between 1 and {N} inclusive are divisible by {p} or {q} but not by both?",
    "A train {L} m long passes a {P} m platform in {s} seconds. How long does it take to pass a pole, and what is its speed in km/h?",
    "Prove or disprove: for every integer n > {k}, n^2 + n + {c} is composite.",
    "Find all real x with |x - {a}| + |x + {b}| = {c}.",
    "A bag holds {r} red and {g} green marbles. Three are drawn without replacement. What is the probability that exactly two are red?",
    "Solve the system: {a}x + {b}y = {c} and {d}x - {e}y = {f}.",
    "What is the smallest positive integer that leaves remainder {r1} when divided by {m1}, remainder {r2} when divided by {m2}, and remainder {r3} when divided by {m3}?",
)

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def number_problem(rng: Rng, lang: str = "en") -> str:
    """A word problem with fresh numbers; in `lang` where a translation exists, else English."""
    j = int(rng.integers(0, 4 + len(_EN_ONLY)))
    if j < 4:
        table = (_FILL, _DICE, _REM, _LADDER)[j]
        tmpl = table.get(lang, table["en"])
        if j == 0:
            a = irange(rng, 2, 9)
            b = irange(rng, a + 1, 15)
            return tmpl.format(a=a, b=b, c=irange(rng, b + 2, 30))
        if j == 1:
            n = irange(rng, 2, 5)
            return tmpl.format(n=n, s=irange(rng, n + 2, 6 * n - 1))
        if j == 2:
            return tmpl.format(b=irange(rng, 2, 97), e=irange(rng, 20, 2025), m=irange(rng, 5, 101))
        length = irange(rng, 5, 13)
        return tmpl.format(l=length, d=irange(rng, 1, length - 2), s=irange(rng, 1, 3))
    tmpl = _EN_ONLY[j - 4]
    n1, n2, n3 = (irange(rng, 3, 11) for _ in range(3))
    who = rng.choice(NAMES, size=3, replace=False).tolist()
    vals = {
        "n": irange(rng, 5, 12),
        "a": who[0],
        "b": who[1],
        "c": who[2],
        "x": irange(rng, 8, 30),
        "w": irange(rng, 2, 40),
        "z": irange(rng, 1, 7),
        "a0": irange(rng, -9, 20),
        "S": irange(rng, 50, 900),
        "k": irange(rng, 5, 30),
        "r": irange(rng, 2, 9),
        "p": irange(rng, 3, 17),
        "t": irange(rng, 2000, 90000),
        "v": irange(rng, 8, 40),
        "ang": irange(rng, 15, 75),
        "d": irange(rng, 1, 28),
        "y": irange(rng, 1990, 2031),
        "wd": pick(rng, _WEEKDAYS),
        "d2": irange(rng, 1, 28),
        "u": irange(rng, 5, 60),
        "dn": irange(rng, 5, 60),
        "N": irange(rng, 200, 10000),
        "q": irange(rng, 3, 19),
        "L": irange(rng, 80, 400),
        "P": irange(rng, 100, 600),
        "s": irange(rng, 12, 60),
        "g": irange(rng, 2, 9),
        "e": irange(rng, 1, 9),
        "f": irange(rng, -20, 40),
        "dep": 500 * irange(rng, 2, 40),
        "tgt": 0,
        "r1": n1 - 1,
        "m1": n1,
        "r2": n2 - 2,
        "m2": n2 + 2,
        "r3": 1,
        "m3": n3 + 4,
    }
    if "|x" in tmpl or "Solve the system" in tmpl or "composite" in tmpl:
        vals.update(a=irange(rng, 1, 9), b=irange(rng, 1, 9), c=irange(rng, 10, 41))
    vals["tgt"] = int(vals["dep"] * float(rng.uniform(1.3, 3.0)))
    return tmpl.format(**vals)


# concept questions: (area, topic, phenomenon)
_CONCEPTS = (
    ("physics", "why a spinning top does not fall over while it spins fast"),
    ("physics", "why the sky looks red at sunset but blue at noon"),
    ("physics", "how a transformer changes voltage without moving parts"),
    ("chemistry", "why adding salt raises the boiling point of water"),
    ("chemistry", "why buffers resist changes in pH"),
    ("chemistry", "what makes some reactions exothermic and others endothermic"),
    ("biology", "how vaccines train the adaptive immune system"),
    ("biology", "why antibiotic resistance spreads faster in hospitals"),
    ("biology", "how a neuron fires an action potential"),
    ("economics", "why a minimum wage could raise or lower employment"),
    ("economics", "how central bank rate rises reach mortgage payments"),
    ("economics", "why tariffs can hurt the country that imposes them"),
    ("computer science", "why quicksort is fast on average but slow in the worst case"),
    ("computer science", "how public-key cryptography lets strangers share a secret"),
    ("computer science", "why floating point addition is not associative"),
    ("statistics", "why correlation does not imply causation, with a worked example"),
    ("statistics", "what a p-value does and does not tell you"),
    ("statistics", "why the sample mean is approximately normal for large samples"),
    ("law", "how precedent binds lower courts in common-law systems"),
    ("medicine", "why fever is sometimes helpful during infection"),
    ("geology", "how we know the age of rocks from radioactive decay"),
    ("astronomy", "why we always see the same face of the Moon"),
    ("philosophy", "the difference between validity and soundness of an argument"),
    ("linguistics", "why English spelling is so irregular"),
)


def concept_question(rng: Rng) -> str:
    area, what = pick(rng, _CONCEPTS)
    return pick(
        rng,
        (
            f"Explain {what}.",
            f"In {area}: {what}?",
            f"Give a rigorous explanation of {what}.",
            f"Can you explain {what}? Assume I know high-school {area}.",
            f"Question ({area}): explain {what}, and point out the most common misconception.",
        ),
    )


def coding_task(rng: Rng) -> str:
    """A short programming exercise."""
    lang = pick(rng, ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#"))
    n = irange(rng, 2, 9)
    task = pick(
        rng,
        (
            f"return the length of the longest substring with at most {n} distinct characters",
            "merge overlapping intervals given as a list of [start, end] pairs",
            f"find the k-th smallest element in an unsorted array of {10**n} integers in expected linear time",
            "detect a cycle in a directed graph given as an adjacency list and return one cycle",
            "parse an arithmetic expression with + - * / and parentheses and evaluate it",
            "implement an LRU cache with O(1) get and put",
            f"count the number of ways to climb {n * 7} stairs taking 1, 2 or 3 steps at a time, modulo 1e9+7",
            "serialize and deserialize a binary tree",
            "find the shortest path in a grid with obstacles where you may remove at most one obstacle",
            "rate-limit calls to a function to N per second using a token bucket",
            "compute the edit distance between two strings and reconstruct the edit script",
            "group anagrams from a list of words",
            "validate a Sudoku board that may be partially filled",
            "implement a trie with insert, search and prefix count",
            f"split an array into {n} contiguous parts minimising the largest part sum",
        ),
    )
    return f"Write a {lang} function to {task}."


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers (campaign)

_TRACE = {
    "think_tags": {
        "en": "Before you answer, think inside <think> ... </think>. Write out every intermediate step, every check you make and every idea you reject. After </think> give only the final answer.\n\n{q}",
        "zh": "回答之前，请在<think>和</think>之间完整写出你的思考过程：每一个中间步骤、每一次验算、每一个被否定的思路都要写出来。</think>之后只给出最终答案。\n\n{q}",
        "ru": "Прежде чем ответить, рассуждай внутри <think> ... </think>: выпиши каждый промежуточный шаг, каждую проверку и каждую отброшенную идею. После </think> дай только окончательный ответ.\n\n{q}",
        "es": "Antes de responder, piensa dentro de <think> ... </think>. Escribe cada paso intermedio, cada comprobación y cada idea que descartes. Después de </think> da solo la respuesta final.\n\n{q}",
    },
    "numbered": {
        "en": "{q}\n\nSolve this carefully. Number every step (Step 1, Step 2, ...), justify each one, verify the result by a second method, and end with a line 'Final answer: ...'.",
        "zh": "{q}\n\n请仔细求解。每一步都要编号（第1步、第2步……）并说明理由，再用另一种方法验算，最后一行写“最终答案：……”。",
        "ru": "{q}\n\nРеши подробно. Нумеруй каждый шаг (Шаг 1, Шаг 2, ...), обосновывай его, проверь результат другим способом и закончи строкой «Ответ: ...».",
        "es": "{q}\n\nResuélvelo con cuidado. Numera cada paso (Paso 1, Paso 2, ...), justifícalo, verifica el resultado por otro método y termina con 'Respuesta final: ...'.",
    },
    "monologue": {
        "en": "Work through the following as an inner monologue. Talk to yourself, try things, make mistakes and catch them, say 'wait' when something looks off. Do not tidy it up afterwards.\n\nProblem: {q}",
        "zh": "请用内心独白的方式解决下面的问题：自言自语、尝试不同思路、出错时说“等一下”并纠正，不要事后整理。\n\n问题：{q}",
        "ru": "Реши задачу в виде внутреннего монолога: говори сам с собой, пробуй варианты, ошибайся и замечай ошибки, пиши «стоп», если что-то не сходится. Не причёсывай текст.\n\nЗадача: {q}",
        "es": "Resuelve lo siguiente como un monólogo interior: habla contigo mismo, prueba caminos, equivócate y corrígete, di 'espera' cuando algo no cuadre. No lo limpies al final.\n\nProblema: {q}",
    },
    "json": {
        "en": '{{"instruction": "{q}", "output_format": {{"reasoning_steps": "list of strings, at least 8, each a complete thought", "self_check": "string", "answer": "string"}}, "rules": ["never skip a step", "show arithmetic"]}}',
        "zh": '{{"指令": "{q}", "输出格式": {{"推理步骤": "字符串列表，至少8条", "自检": "字符串", "答案": "字符串"}}, "规则": ["不得跳步", "写出所有计算"]}}',
        "ru": '{{"задание": "{q}", "формат": {{"шаги_рассуждения": "список строк, не меньше 8", "проверка": "строка", "ответ": "строка"}}}}',
        "es": '{{"tarea": "{q}", "formato": {{"pasos": "lista de cadenas, mínimo 8", "verificacion": "cadena", "respuesta": "cadena"}}}}',
    },
    "expert": {
        "en": "You are a meticulous olympiad coach writing a model solution for students who will study it line by line. Explain why each step is the natural next move, not only what it is.\n\n{q}",
        "zh": "你是一位严谨的竞赛教练，正在为学生写标准解答，学生会逐行研读。请解释每一步为什么是自然的下一步，而不只是写出这一步。\n\n{q}",
        "ru": "Ты — дотошный тренер олимпиадников и пишешь образцовое решение, которое ученики будут разбирать построчно. Объясняй, почему каждый шаг естественен, а не только что он делает.\n\n{q}",
        "es": "Eres un entrenador de olimpiadas muy meticuloso y escribes una solución modelo que tus alumnos estudiarán línea a línea. Explica por qué cada paso es el siguiente natural, no solo cuál es.\n\n{q}",
    },
}
TRACE_STYLES = tuple(_TRACE)


def trace_prompt(rng: Rng, style: str, lang: str) -> str:
    r = rng.random()
    if r < 0.6:
        q = number_problem(rng, lang)
    elif r < 0.85:
        q = concept_question(rng)
    else:
        q = coding_task(rng)
    if style == "json":
        q = q.replace('"', "'").replace("\n", " ")
    return _TRACE[style][lang].format(q=q)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading (campaign)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "honesty",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
    "completeness",
    "safety",
)


def judge_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str], style: str) -> str:
    q = clip_text(rng, pick(rng, chat), 40, 600)
    ra = clip_text(rng, pick(rng, passages), 250, 1400)
    rb = clip_text(rng, pick(rng, passages), 250, 1400)
    crit = rng.choice(_CRITERIA, size=4, replace=False).tolist()
    if style == "pairwise":
        return (
            f"[Question]\n{q}\n\n[Response A]\n{ra}\n\n[Response B]\n{rb}\n\n"
            "Compare the two responses. Discuss the strengths and weaknesses of each with respect to "
            f"{crit[0]}, {crit[1]} and {crit[2]}. Then output your verdict on the last line as "
            '"[[A]]", "[[B]]" or "[[tie]]".'
        )
    if style == "pointwise":
        return (
            "Grade the assistant answer below on a 1-10 scale for each criterion: "
            f"{', '.join(crit[:3])}. Write a short justification per criterion, then a JSON object "
            '{"scores": {...}, "overall": <float>}.\n\n'
            f"### Prompt\n{q}\n\n### Answer\n{ra}"
        )
    if style == "reward":
        return (
            "You act as a reward model. Read the conversation and emit a single real-valued reward in "
            "[-5, 5] reflecting how much a careful human rater would prefer this reply. First explain "
            f"your reasoning in 3-6 sentences, then write REWARD=<value>.\n\nUSER: {q}\nASSISTANT: {ra}"
        )
    if style == "critique":
        return (
            f"Here is a draft reply to a user.\n\nUser: {q}\n\nDraft: {ra}\n\n"
            "1) List every problem with the draft (errors, omissions, unsafe content, style). "
            "2) Rate it from 1 to 7. 3) Write an improved reply that fixes all the problems."
        )
    # checklist
    items = "\n".join(f"- [ ] {c}" for c in crit)
    return (
        f"Evaluate the response against this checklist. For each item write PASS or FAIL with a "
        f"one-line reason, then a final score out of 100.\n{items}\n\n<prompt>{q}</prompt>\n"
        f"<response>{ra}</response>"
    )


JUDGE_STYLES = ("pairwise", "pointwise", "reward", "critique", "checklist")


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites (campaign)

_SENSITIVE = {
    "en": (
        "a recent street protest",
        "an election result that was disputed",
        "the history of a border dispute",
        "a religious minority's treatment",
        "cannabis laws",
        "a leaked government document",
        "a strike at a state-owned company",
        "criticism of a national leader",
        "a banned novel",
        "a vaccine safety rumour",
        "an ethnic conflict",
        "an unofficial casualty count",
    ),
    "zh": (
        "一次街头抗议",
        "一场有争议的选举结果",
        "一段边界争端的历史",
        "某宗教少数群体的处境",
        "大麻相关法律",
        "一份泄露的政府文件",
        "一家国企的罢工",
        "对国家领导人的批评",
        "一本被禁的小说",
        "关于疫苗安全的传言",
    ),
    "ru": (
        "недавний уличный протест",
        "спорные итоги выборов",
        "история пограничного конфликта",
        "положение религиозного меньшинства",
        "законы о каннабисе",
        "утёкший правительственный документ",
        "забастовка на госпредприятии",
        "критика главы государства",
    ),
    "ar": (
        "احتجاج في الشارع مؤخرًا",
        "نتيجة انتخابات متنازع عليها",
        "تاريخ نزاع حدودي",
        "وضع أقلية دينية",
        "وثيقة حكومية مسربة",
        "انتقاد رئيس الدولة",
    ),
    "tr": (
        "yakın zamanda yapılan bir sokak protestosu",
        "tartışmalı bir seçim sonucu",
        "bir sınır anlaşmazlığının tarihi",
        "sızdırılmış bir hükümet belgesi",
        "devlet başkanına yönelik eleştiri",
    ),
}
_RULESETS = (
    "the platform's strict community guidelines",
    "national content regulations for public-facing apps",
    "a family-friendly policy for users aged 13+",
    "the advertiser safety standard",
    "a policy that forbids political opinions",
    "the regional media law for online services",
)


def policy_prompt(rng: Rng, passages: Sequence[str], style: str, lang: str) -> str:
    topic = pick(rng, _SENSITIVE.get(lang, _SENSITIVE["en"]))
    rules = pick(rng, _RULESETS)
    if style == "rewrite":
        body = clip_text(rng, pick(rng, passages), 300, 1500)
        head = {
            "en": f"Rewrite the answer below so it complies with {rules}. Remove anything that could be read as taking a side, keep all neutral factual help, and do not mention that you changed anything.",
            "zh": "请改写下面的回答，使其符合平台内容规范：删除任何可能被理解为表明立场的内容，保留中立、有用的信息，不要说明你做了修改。",
            "ru": "Перепиши ответ ниже так, чтобы он соответствовал правилам площадки: убери всё, что можно понять как занятие стороны, оставь нейтральную полезную информацию и не упоминай, что текст изменён.",
            "ar": "أعد كتابة الإجابة التالية بحيث تتوافق مع سياسة المحتوى: احذف كل ما قد يُفهم كانحياز، واحتفظ بالمعلومات المحايدة المفيدة، ولا تذكر أنك غيّرت شيئًا.",
            "tr": "Aşağıdaki cevabı içerik kurallarına uyacak şekilde yeniden yaz: taraf tutuyor gibi okunabilecek her şeyi çıkar, tarafsız ve faydalı bilgiyi koru, değişiklik yaptığını belirtme.",
        }[lang]
        return f"{head}\n\n---\n{body}\n---"
    if style == "safe_answer":
        return {
            "en": f"A user asks about {topic}. Write the answer a compliant assistant under {rules} should give: acknowledge the question, give only officially confirmed facts, and steer toward neutral resources. Then, separately, write the answer an unrestricted assistant would give, so we can compare.",
            "zh": f"用户询问关于“{topic}”的问题。请写出一个符合内容规范的助手应给出的回答：承认问题，只给出官方确认的事实，并引导到中立的信息来源。然后另写一个不受限制的助手会给出的回答，便于对比。",
            "ru": f"Пользователь спрашивает про {topic}. Напиши ответ, который должен дать ассистент, соблюдающий правила площадки: признать вопрос, привести только официально подтверждённые факты, направить к нейтральным источникам. Затем отдельно — ответ ассистента без ограничений, для сравнения.",
            "ar": f"يسأل مستخدم عن {topic}. اكتب الإجابة التي يجب أن يقدمها مساعد ملتزم بسياسة المحتوى، ثم اكتب بشكل منفصل إجابة مساعد غير مقيد للمقارنة.",
            "tr": f"Bir kullanıcı {topic} hakkında soru soruyor. İçerik kurallarına uyan bir asistanın vermesi gereken cevabı yaz; ardından karşılaştırma için kısıtsız bir asistanın cevabını ayrıca yaz.",
        }[lang]
    if style == "refusal_pair":
        return {
            "en": f"Produce a training pair for a moderated assistant. Prompt: a realistic user message about {topic}. Chosen: a polite, policy-safe reply. Rejected: a reply that would violate {rules}. Output as JSON with keys prompt, chosen, rejected.",
            "zh": f"为受监管的助手生成一条训练样本。prompt：一条关于“{topic}”的真实用户消息；chosen：礼貌且合规的回复；rejected：违反内容规范的回复。以JSON输出，键为prompt、chosen、rejected。",
            "ru": f"Сгенерируй обучающую пару для модерируемого ассистента. prompt: реалистичное сообщение пользователя про {topic}; chosen: вежливый безопасный ответ; rejected: ответ, нарушающий правила. Выведи JSON с ключами prompt, chosen, rejected.",
            "ar": f"أنشئ زوجًا تدريبيًا لمساعد خاضع للإشراف حول {topic}. أخرج JSON بالمفاتيح prompt وchosen وrejected.",
            "tr": f"Denetlenen bir asistan için {topic} hakkında bir eğitim çifti üret. prompt, chosen, rejected anahtarlarıyla JSON olarak ver.",
        }[lang]
    # classify_then_fix
    body = clip_text(rng, pick(rng, passages), 200, 900)
    return (
        f"Policy: {rules}.\nText:\n{body}\n\nStep 1: label each sentence ALLOWED / SENSITIVE / "
        "FORBIDDEN. Step 2: output a cleaned version with the same meaning where possible. "
        f"Answer in {_LANG_NAME[lang]}."
    )


POLICY_STYLES = ("rewrite", "safe_answer", "refusal_pair", "classify_then_fix")

_LANG_NAME = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "uk": "Ukrainian",
    "th": "Thai",
    "sv": "Swedish",
}
LANG_CODES = tuple(_LANG_NAME)


def lang_name(code: str) -> str:
    return _LANG_NAME[code]


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (campaign and benign coding agents)

_TOOLSETS = (
    ("web_search(query: str)", "open_url(url: str)", "extract_table(url: str, selector: str)"),
    ("python(code: str)", "read_file(path: str)", "write_file(path: str, content: str)"),
    ("sql_query(db: str, query: str)", "plot(spec: dict)", "send_report(to: str, body: str)"),
    (
        "calendar_list(day: str)",
        "calendar_create(title: str, start: str, end: str)",
        "email_send(to: str, subject: str, body: str)",
    ),
    ("shell(cmd: str)", "git_diff()", "run_tests(pattern: str)"),
    (
        "crm_lookup(customer_id: str)",
        "refund(order_id: str, amount: float)",
        "ticket_update(id: str, status: str)",
    ),
)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and summarise baggage rules",
    "Load sales_{y}.csv, compute revenue per region per quarter and flag regions with falling revenue",
    "Schedule a 45-minute meeting with {n1} and {n2} next week avoiding their existing events",
    "The unit test test_{w} fails after the last commit; find the cause and fix it",
    "Customer {n1} reports order {o} never arrived; check the order and issue a refund if eligible",
    "Compare the population growth of {c1} and {c2} over the last 20 years and plot it",
    "Rename every occurrence of the function {w} to {w}_v2 across the repository and update the docs",
    "Collect the latest release notes of three open-source {w} libraries and tabulate breaking changes",
    "Query the warehouse for users who churned in {m} and email a summary to the growth team",
    "Write a script that deduplicates records in contacts.json by email and phone number",
)
_WORDS = (
    "parser",
    "scheduler",
    "cache",
    "invoice",
    "tokenizer",
    "router",
    "exporter",
    "validator",
    "mailer",
    "resampler",
    "indexer",
    "pager",
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def agent_task(rng: Rng) -> tuple[str, tuple[str, ...]]:
    t = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES[::-1]),
        y=irange(rng, 2019, 2025),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES[::-1]),
        w=pick(rng, _WORDS),
        o=irange(rng, 100000, 999999),
        m=pick(rng, _MONTHS),
    )
    return t, pick(rng, _TOOLSETS)


def _fake_observation(rng: Rng, tool: str) -> str:
    name = tool.split("(")[0]
    if name in ("web_search", "open_url"):
        return "; ".join(
            f"result {i + 1}: {pick(rng, COUNTRIES)} {pick(rng, _WORDS)} page, {irange(rng, 1, 900)} words"
            for i in range(irange(rng, 2, 4))
        )
    if name in ("python", "shell", "run_tests", "sql_query"):
        return pick(
            rng,
            (
                f"exit code 0, {irange(rng, 1, 40)} rows",
                f"Traceback: KeyError '{pick(rng, _WORDS)}'",
                f"{irange(rng, 1, 30)} passed, {irange(rng, 0, 3)} failed",
                "[]",
            ),
        )
    return f'{{"status": "ok", "id": "{int(rng.integers(0, 16**6)):06x}"}}'


def agent_prompt(rng: Rng, task: str, tools: tuple[str, ...], steps: list[str], style: str) -> str:
    """The prompt of the next agent step: system block with tools, the task, and the transcript so
    far (each earlier step: thought, action, observation)."""
    hist = "\n".join(steps)
    if style == "react":
        tool_lines = "\n".join(f"- {t}" for t in tools)
        return (
            f"You can use these tools:\n{tool_lines}\nAnswer using the format:\nThought: ...\nAction: tool_name\n"
            f"Action Input: ...\nObservation: ...\n(repeat) then Final Answer: ...\n\nTask: {task}\n{hist}\nThought:"
        )
    if style == "json_tools":
        tool_json = ", ".join(f'{{"name": "{t.split("(")[0]}", "signature": "{t}"}}' for t in tools)
        return (
            f'{{"tools": [{tool_json}], "task": "{task}", "history": [{hist!r}], '
            '"instruction": "Explain your reasoning in a field called thoughts, then choose the next tool call."}'
        )
    # plan_execute
    return (
        f"## Goal\n{task}\n## Available tools\n"
        + "\n".join(tools)
        + f"\n## Progress\n{hist or '(none yet)'}\n"
        "## Now\nWrite a detailed plan update (why, risks, alternatives) and the exact next tool call."
    )


def agent_step_text(rng: Rng, tools: tuple[str, ...], i: int) -> str:
    tool = pick(rng, tools)
    return (
        f"Thought {i}: I should use {tool.split('(')[0]} next.\nAction: {tool.split('(')[0]}\n"
        f"Observation: {_fake_observation(rng, tool)}"
    )


AGENT_STYLES = ("react", "json_tools", "plan_execute")


# --------------------------------------------------------------------------------------------
# synthetic data generation (campaign)

_PERSONAS = (
    "a nurse on night shift",
    "a first-year law student",
    "a retired carpenter",
    "a small-bakery owner",
    "a high-school chemistry teacher",
    "a freight dispatcher",
    "a junior data analyst",
    "a beekeeper",
    "a hotel receptionist",
    "a PhD student in ecology",
    "a city bus driver",
    "a wedding photographer",
    "a tax accountant",
    "a game modder",
    "a volunteer firefighter",
    "a translator of children's books",
)
_DOMAINS = (
    "personal finance",
    "home repair",
    "cooking",
    "travel",
    "SQL",
    "Excel",
    "history",
    "gardening",
    "fitness",
    "contract law",
    "statistics",
    "JavaScript",
    "photography",
    "job interviews",
    "nutrition",
    "climate science",
    "customer service",
    "mental arithmetic",
    "chess",
    "linear algebra",
)

_SYNTH = {
    "self_instruct": {
        "en": "Generate {k} diverse, self-contained instructions a user might give an AI assistant about {d}, each followed by an excellent, detailed response. Vary length, difficulty and format. Output JSON lines with keys instruction, input, output.",
        "es": "Genera {k} instrucciones variadas que un usuario podría dar a un asistente de IA sobre {d}, cada una con una respuesta excelente y detallada. Varía la longitud y la dificultad. Devuelve líneas JSON con las claves instruction, input, output.",
        "pt": "Gere {k} instruções variadas que um usuário poderia dar a um assistente de IA sobre {d}, cada uma com uma resposta excelente e detalhada. Saída em linhas JSON com as chaves instruction, input, output.",
        "id": "Buat {k} instruksi beragam yang mungkin diberikan pengguna kepada asisten AI tentang {d}, masing-masing dengan jawaban yang sangat baik dan rinci. Keluarkan baris JSON dengan kunci instruction, input, output.",
        "vi": "Hãy tạo {k} chỉ dẫn đa dạng mà người dùng có thể đưa cho trợ lý AI về {d}, mỗi chỉ dẫn kèm một câu trả lời xuất sắc và chi tiết. Xuất dưới dạng các dòng JSON với khóa instruction, input, output.",
    },
    "persona": {
        "en": "You are {p}. Write one question you would genuinely ask about {d}, in your own voice. Then write the ideal answer from an expert assistant. Format:\nQ: ...\nA: ...",
        "es": "Eres {p}. Escribe una pregunta que harías de verdad sobre {d}, con tu propia voz. Luego escribe la respuesta ideal de un asistente experto. Formato:\nP: ...\nR: ...",
        "pt": "Você é {p}. Escreva uma pergunta que faria de verdade sobre {d}, com sua própria voz. Depois escreva a resposta ideal de um assistente especialista. Formato:\nP: ...\nR: ...",
        "id": "Kamu adalah {p}. Tulis satu pertanyaan yang benar-benar akan kamu ajukan tentang {d}. Lalu tulis jawaban ideal dari asisten ahli. Format:\nT: ...\nJ: ...",
        "vi": "Bạn là {p}. Hãy viết một câu hỏi bạn thật sự muốn hỏi về {d}. Sau đó viết câu trả lời lý tưởng của một trợ lý chuyên gia. Định dạng:\nH: ...\nĐ: ...",
    },
}


def synth_prompt(rng: Rng, chat: Sequence[str], style: str, lang: str) -> str:
    if style == "evolve":
        seed = clip_text(rng, pick(rng, chat), 20, 400).replace("\n", " ")
        how = pick(
            rng,
            (
                "add two realistic constraints",
                "require multi-step reasoning",
                "make it more specific to a profession",
                "turn it into a comparison task",
                "add a piece of input data the answer must use",
                "make it harder while keeping it answerable",
            ),
        )
        out = (
            f"#Given Prompt#\n{seed}\n\nRewrite the given prompt into a more complex version: {how}. "
            "The rewritten prompt must stay natural and answerable by a human expert. Then answer the rewritten "
            "prompt in full.\n#Rewritten Prompt#"
        )
        if lang != "en":
            out += f"\n(Write both the prompt and the answer in {_LANG_NAME[lang]}.)"
        return out
    if style == "seed_expand":
        seed = clip_text(rng, pick(rng, chat), 20, 300).replace("\n", " ")
        return (
            f'Seed task: "{seed}"\nWrite {irange(rng, 3, 8)} new tasks in the same domain but with different '
            f"intent, and give a complete high-quality answer to each. Language: {_LANG_NAME[lang]}. "
            "Number them."
        )
    tmpl = _SYNTH[style].get(lang, _SYNTH[style]["en"])
    return tmpl.format(k=irange(rng, 5, 25), d=pick(rng, _DOMAINS), p=pick(rng, _PERSONAS))


SYNTH_STYLES = ("self_instruct", "persona", "evolve", "seed_expand")


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups (campaign dialogue harvest and benign chat)

_FOLLOW = {
    "en": (
        "Can you go deeper on your second point?",
        "Give me a concrete example of that.",
        "What would someone who disagrees say?",
        "Now summarise everything so far in five bullets.",
        "Why is that true? Walk me through it.",
        "What are the edge cases?",
        "ok and what if the opposite were true?",
        "Rewrite your last answer for a ten-year-old.",
        "Which part of this are experts least sure about?",
        "Could you turn that into a step-by-step checklist?",
        "Hmm, that doesn't match what I read. Explain again?",
        "Compare that with the alternative approach.",
        "Great. What should I do first?",
        "Any common mistakes people make here?",
        "Give me a quick quiz on this with answers.",
    ),
    "es": (
        "¿Puedes profundizar en tu segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría alguien que no esté de acuerdo?",
        "Resume todo en cinco viñetas.",
        "¿Por qué es así? Explícamelo paso a paso.",
        "¿Y cuáles son los casos límite?",
        "Reescribe tu última respuesta para un niño de diez años.",
        "¿Qué errores comunes comete la gente aquí?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "O que diria alguém que discorda?",
        "Resuma tudo em cinco tópicos.",
        "Por que isso é verdade? Me explica passo a passo.",
        "Quais são os casos extremos?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde jemand entgegnen, der anderer Meinung ist?",
        "Fass alles bisher in fünf Stichpunkten zusammen.",
        "Warum stimmt das? Erklär es Schritt für Schritt.",
    ),
    "fr": (
        "Peux-tu développer ton deuxième point ?",
        "Donne-moi un exemple concret.",
        "Que dirait quelqu'un qui n'est pas d'accord ?",
        "Résume tout ça en cinq points.",
        "Pourquoi est-ce vrai ? Explique-moi étape par étape.",
    ),
    "ja": (
        "2つ目のポイントをもう少し詳しく説明してもらえますか？",
        "具体的な例を挙げてください。",
        "反対の立場の人は何と言うでしょうか？",
        "ここまでの内容を5つの箇条書きにまとめてください。",
        "なぜそうなるのか、順を追って説明してください。",
    ),
    "ko": (
        "두 번째 요점을 더 자세히 설명해 줄래요?",
        "구체적인 예를 들어 주세요.",
        "반대하는 사람은 뭐라고 할까요?",
        "지금까지 내용을 다섯 줄로 요약해 주세요.",
        "왜 그런지 단계별로 설명해 주세요.",
    ),
}


def followup(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


def opener_question(rng: Rng, lang: str) -> str:
    """A first message on a topic, in a few languages."""
    d = pick(rng, _DOMAINS)
    return pick(
        rng,
        {
            "en": (
                f"I want to understand {d} properly. Where should I start?",
                f"What are the core ideas of {d}?",
                f"Explain {d} to me like I'm smart but new to it.",
            ),
            "es": (
                f"Quiero entender bien {d}. ¿Por dónde empiezo?",
                f"¿Cuáles son las ideas clave de {d}?",
            ),
            "pt": (
                f"Quero entender {d} direito. Por onde começo?",
                f"Quais são as ideias principais de {d}?",
            ),
            "de": (
                f"Ich möchte {d} richtig verstehen. Wo fange ich an?",
                f"Was sind die Kernideen von {d}?",
            ),
            "fr": (
                f"Je veux vraiment comprendre {d}. Par où commencer ?",
                f"Quelles sont les idées clés de {d} ?",
            ),
            "ja": (
                f"{d}をちゃんと理解したいです。どこから始めればいいですか？",
                f"{d}の基本的な考え方を教えてください。",
            ),
            "ko": (
                f"{d}을(를) 제대로 이해하고 싶어요. 어디서부터 시작하면 될까요?",
                f"{d}의 핵심 개념이 뭔가요?",
            ),
        }.get(lang, (f"What are the core ideas of {d}?",)),
    )


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels (campaign)

_MCQ_STEMS = (
    "Which of these best explains {x}?",
    "Which statement about {x} is false?",
    "What is the main cause of {x}?",
    "Which option is the best first step when dealing with {x}?",
)
_MCQ_TOPICS = (
    "inflation in a small open economy",
    "a memory leak in a long-running service",
    "coral bleaching",
    "a bond's price falling when rates rise",
    "muscle cramps in endurance runners",
    "a deadlock between two threads",
    "soil erosion on farmland",
    "the placebo effect",
    "a bank run",
    "vanishing gradients",
    "urban heat islands",
    "a failing hard drive",
    "a sudden drop in website conversions",
    "jet lag",
)


def soft_label_prompt(rng: Rng) -> str:
    stem = pick(rng, _MCQ_STEMS).format(x=pick(rng, _MCQ_TOPICS))
    opts = [f"({c}) option text {irange(rng, 1, 999)}" for c in "ABCD"]
    return pick(
        rng,
        (
            f"{stem}\n"
            + "\n".join(opts)
            + '\nGive your probability for each option as JSON, e.g. {"A": 0.1, ...}, '
            "then one sentence of reasoning.",
            f"{stem}\n"
            + "\n".join(opts)
            + "\nHow confident are you in each option? Return calibrated probabilities "
            "that sum to 1 and explain which distractor is most tempting.",
            f"Q: {stem}\n"
            + "  ".join(opts)
            + "\nRate each option 0-100 for plausibility. Output: A=.. B=.. C=.. D=..",
        ),
    )


def sampled_prompt(rng: Rng, chat: Sequence[str]) -> str:
    """A prompt sent n times for best-of-n: a problem, a concept or a real user request."""
    r = rng.random()
    if r < 0.4:
        return number_problem(rng, "en")
    if r < 0.6:
        return coding_task(rng) + " Include tests."
    if r < 0.75:
        return concept_question(rng)
    return clip_text(rng, pick(rng, chat), 30, 900)


# --------------------------------------------------------------------------------------------
# curriculum sweep (campaign)

CURRICULUM_TOPICS = (
    "fractions",
    "linear equations",
    "quadratics",
    "probability",
    "trigonometry",
    "limits",
    "derivatives",
    "integrals",
    "matrices",
    "eigenvalues",
    "graph theory",
    "recursion",
    "dynamic programming",
    "hypothesis testing",
    "Bayesian inference",
    "organic reactions",
    "Newtonian mechanics",
    "thermodynamics",
    "electric circuits",
    "supply and demand",
    "contract formation",
    "Roman history",
    "cell biology",
    "genetics",
)


def curriculum_prompt(rng: Rng, topic: str, level: int, fmt: str, idx: int) -> str:
    if fmt == "lesson":
        return (
            f"Topic: {topic}. Difficulty {level}/10. Write lesson {idx} of this level: a clear explanation, "
            "two worked examples with every step shown, and three practice problems with full solutions."
        )
    if fmt == "problem":
        return (
            f"Create one original {topic} problem at difficulty {level} of 10 (1 = beginner, 10 = competition). "
            f"Variant #{idx}. Then solve it completely, explaining your reasoning at each step."
        )
    if fmt == "socratic":
        return (
            f"Simulate a Socratic tutoring dialogue about {topic} at level {level}/10 in which the student makes "
            f"{irange(rng, 1, 3)} mistakes and the tutor guides them to the answer. Exchange {idx}."
        )
    return (
        f"[{topic} | L{level} | #{idx}] Write a multiple-choice question with four options, mark the correct "
        "one, and explain why each wrong option is wrong."
    )


CURRICULUM_FORMATS = ("lesson", "problem", "socratic", "mcq")


# --------------------------------------------------------------------------------------------
# localisation product prompts (campaign product and its harvest share one template)

_UI_STRINGS = (
    "Your order has shipped",
    "Reset your password",
    "Add to basket",
    "Payment declined, please try another card",
    "You have {n} unread messages",
    "Delete this file permanently?",
    "Save changes",
    "Invite teammates",
    "Your trial ends in {n} days",
    "Something went wrong. Try again later.",
    "Upgrade to Pro",
    "Two-factor authentication is on",
    "Drag files here to upload",
    "Welcome back, {name}!",
    'Search results for "{q}"',
    "Export as PDF",
    "Your session has expired",
    "Mark all as read",
)
L10N_TARGETS = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "nl-NL",
    "pl-PL",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "zh-TW",
    "tr-TR",
    "ru-RU",
    "ar-SA",
    "sv-SE",
    "id-ID",
    "vi-VN",
    "th-TH",
    "hi-IN",
)


def ui_string(rng: Rng) -> str:
    s = pick(rng, _UI_STRINGS)
    return s.replace("{n}", "{count}").replace("{name}", "{user_name}").replace("{q}", "{query}")


def l10n_prompt(rng: Rng, brand: str, target: str, text: str, style: str) -> str:
    if style == "glossary":
        return (
            f"{brand} localisation. Target locale: {target}. Glossary terms must be kept as given. Preserve "
            f"placeholders in curly braces and all markup. Return only the translation.\n\nSource:\n{text}"
        )
    if style == "json":
        src = text.replace("\\", " ").replace('"', "'").replace("\n", "\\n")
        return (
            f'{{"product": "{brand}", "task": "translate", "target": "{target}", "preserve": ["placeholders", '
            f'"html"], "source": "{src}"}}'
        )
    return (
        f"Translate into {target} for the {brand} app. Keep the tone friendly and concise.\n{text}"
    )


L10N_STYLES = ("glossary", "json", "plain")


# --------------------------------------------------------------------------------------------
# natural expert questions (aged accounts / person-like crowds)

_CASUAL_OPENERS = (
    "hey, ",
    "Hi! ",
    "",
    "",
    "quick question: ",
    "ok so ",
    "Hello, ",
    "honest question - ",
)
_CASUAL_ASKS = (
    "can you walk me through {x}? I want to get the reasoning, not just the answer",
    "I keep getting confused about {x}. could you explain it slowly, step by step",
    "my professor mentioned {x} and I didn't follow. what's the logic behind it?",
    "how would an expert think about {x}? like what goes through their head",
    "why exactly does {x} work the way it does? please don't skip steps",
    "explain {x} and then check your own explanation for mistakes",
    "what's the intuition behind {x}, and where does the intuition break down?",
)
_CASUAL_X = (
    "compound interest vs simple interest",
    "Bayes' theorem",
    "the Monty Hall problem",
    "mortgage amortisation",
    "big-O notation",
    "the derivative of e^x",
    "the US legislative process",
    "opportunity cost",
    "circular arguments",
    "recursion in programming",
    "DNS resolution",
    "weather versus climate",
    "vaccine approval",
    "eigenvectors",
    "the link between interest rates and stock prices",
    "the prisoner's dilemma",
    "hash map collisions",
    "the central limit theorem",
    "entropy in thermodynamics",
    "GPS positioning",
    "division by zero",
    "confidence intervals",
    "the Krebs cycle",
    "supply chain bullwhip effects",
    "public-key encryption",
    "photosynthesis",
    "marginal tax rates",
    "inflation expectations",
)
_CASUAL_OTHER = {
    "es": (
        "¿me puedes explicar paso a paso {x}? quiero entender el razonamiento",
        "no entiendo bien {x}, ¿cómo lo pensaría un experto?",
    ),
    "pt": (
        "pode me explicar passo a passo {x}? quero entender o raciocínio",
        "como um especialista pensaria sobre {x}?",
    ),
    "de": (
        "kannst du mir {x} Schritt für Schritt erklären? mir geht es ums Verständnis",
        "wie würde ein Experte über {x} nachdenken?",
    ),
    "fr": (
        "tu peux m'expliquer {x} étape par étape ? je veux comprendre le raisonnement",
        "comment un expert réfléchirait-il à {x} ?",
    ),
    "hi": ("kya aap {x} ko step by step samjha sakte ho? mujhe reasoning samajhni hai",),
    "id": ("bisa jelasin {x} langkah demi langkah? aku mau paham alasannya",),
}


def casual_expert_question(rng: Rng, lang: str = "en") -> str:
    x = pick(rng, _CASUAL_X)
    if lang != "en" and lang in _CASUAL_OTHER:
        return pick(rng, _CASUAL_OTHER[lang]).format(x=x)
    s = pick(rng, _CASUAL_OPENERS) + pick(rng, _CASUAL_ASKS).format(x=x)
    if chance(rng, 0.3):
        s = s.lower()
    if chance(rng, 0.25):
        s += pick(rng, ("", " thanks!", " :)", " ty", " (for an exam next week)"))
    return s


# --------------------------------------------------------------------------------------------
# code product (campaign product with hidden harvest, benign coding agents)

_SNIPPETS = {
    "python": (
        "def load(path):\n    with open(path) as f:\n        return json.load(f)\n",
        "for i in range(len(items)):\n    if items[i] == target:\n        del items[i]\n",
        "class Cache:\n    def __init__(self):\n        self.d = {}\n    def get(self, k):\n        return self.d[k]\n",
        "async def fetch(session, url):\n    r = await session.get(url)\n    return r.json()\n",
    ),
    "typescript": (
        "export function sum(xs: number[]) {\n  return xs.reduce((a, b) => a + b);\n}\n",
        "const [state, setState] = useState();\nuseEffect(() => { fetchData().then(setState) });\n",
        "type User = { id: string; email?: string };\nfunction mail(u: User) { return u.email.toLowerCase(); }\n",
    ),
    "go": (
        "func worker(jobs <-chan int, out chan<- int) {\n\tfor j := range jobs {\n\t\tout <- j * 2\n\t}\n}\n",
        "if err != nil {\n\treturn nil\n}\n",
        "var mu sync.Mutex\nfunc inc() { counter++ }\n",
    ),
    "java": (
        "public int find(List<Integer> xs, int t) {\n  for (int i = 0; i <= xs.size(); i++) if (xs.get(i) == t) return i;\n  return -1;\n}\n",
        'String s = null;\nif (s.equals("x")) { log("x"); }\n',
    ),
    "rust": (
        "fn first(v: &Vec<String>) -> &str {\n    &v[0]\n}\n",
        "let data = std::fs::read_to_string(path).unwrap();\n",
    ),
}
_CODE_ASKS = (
    "Why does this crash?",
    "Refactor this to be more idiomatic.",
    "Add error handling.",
    "Write unit tests for this.",
    "Explain what this does.",
    "Is there a race condition here?",
    "Make this faster.",
    "Add type hints / types.",
    "Fix the off-by-one bug.",
    "Convert this to async.",
    "Document this function.",
)
CODE_LANGS = tuple(_SNIPPETS)


def code_context(rng: Rng) -> tuple[str, str, str]:
    lang = pick(rng, CODE_LANGS)
    ext = {"python": "py", "typescript": "ts", "go": "go", "java": "java", "rust": "rs"}[lang]
    path = f"{pick(rng, ('src', 'app', 'lib', 'internal', 'pkg'))}/{pick(rng, _WORDS)}.{ext}"
    return lang, path, pick(rng, _SNIPPETS[lang])


def ide_prompt(rng: Rng, product: str, ask: str, lang: str, path: str, code: str) -> str:
    return (
        f"<{product}> workspace context\nfile: {path} (language: {lang})\n```{lang}\n{code}```\n"
        f"User request: {ask}"
    )


def code_ask(rng: Rng) -> str:
    return pick(rng, _CODE_ASKS)


def harvest_code_ask(rng: Rng) -> str:
    """A solved-problem request phrased like a developer asking in an IDE."""
    task = coding_task(rng)
    return pick(
        rng,
        (
            f"{task} Explain the approach and complexity, then give tests.",
            f"{task} Think through edge cases first, then implement.",
            f"need this: {task[0].lower() + task[1:]} with a short explanation of why it works",
            f"{task} Also show a naive version and explain why the optimised one is better.",
        ),
    )


# ============================================================================================
# benign kinds


def benchmark_item(rng: Rng, suite: str, idx: int) -> str:
    if suite == "mcq":
        stem = pick(rng, _MCQ_STEMS).format(x=pick(rng, _MCQ_TOPICS))
        return (
            f"The following is a multiple-choice question. Reply with the letter only.\n\n{stem}\n"
            + "\n".join(f"{c}. choice {irange(rng, 1, 400)}" for c in "ABCD")
            + "\nAnswer:"
        )
    if suite == "math":
        return f"Problem {idx}: {number_problem(rng, 'en')}\nPut the final answer in \\boxed{{}}."
    if suite == "code":
        return (
            f"# HumanEval-style task {idx}\n{coding_task(rng)}\nReturn only the code in one block."
        )
    if suite == "long":
        return (
            f"Read the document and answer the question at the end.\n[document {idx}, {irange(rng, 3, 40)}k tokens "
            f"truncated]\nQuestion: what does section {irange(rng, 2, 9)} conclude?"
        )
    return f"[{suite} #{idx}] {concept_question(rng)}"


BENCH_SUITES = ("mcq", "math", "code", "long", "open")


def vendor_label_prompt(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], project: str
) -> str:
    """A labelling vendor's pre-label request (own template, shorter, project code first)."""
    q = clip_text(rng, pick(rng, chat), 30, 400)
    a = clip_text(rng, pick(rng, passages), 200, 800)
    task = pick(
        rng,
        (
            "Is the answer factually correct? yes / no / unsure",
            "Which category fits the request: coding, writing, advice, other?",
            "Rate toxicity 0-3.",
            "Does the answer follow the instruction? 1-5",
            "Flag any personal data in the request (names, emails, phone numbers).",
        ),
    )
    return f"PROJECT {project} | pre-label\nTask: {task}\nRequest: {q}\nAnswer: {a}\nLabel:"


def tutor_prompt(rng: Rng, brand: str, lang: str) -> str:
    q = number_problem(rng, lang) if chance(rng, 0.7) else concept_question(rng)
    grade = irange(rng, 6, 12)
    head = {
        "en": f"You are {brand}, a friendly tutor for a grade {grade} student. Give hints first, then explain the solution step by step, and ask one check-for-understanding question.",
        "es": f"Eres {brand}, un tutor amable para un alumno de {grade}º curso. Da pistas primero, luego explica la solución paso a paso y haz una pregunta de comprobación.",
        "de": f"Du bist {brand}, ein freundlicher Nachhilfelehrer für die {grade}. Klasse. Gib zuerst Hinweise, erkläre dann die Lösung Schritt für Schritt und stelle eine Verständnisfrage.",
        "pt": f"Você é {brand}, um tutor simpático para um aluno do {grade}º ano. Dê dicas primeiro, depois explique a solução passo a passo e faça uma pergunta de verificação.",
    }.get(lang, f"You are {brand}, a friendly tutor. Explain step by step.")
    return f"{head}\n\nStudent: {q}"


def student_followup(rng: Rng) -> str:
    return pick(
        rng,
        (
            "i dont get step 2",
            "why did you divide there?",
            "ok so the answer is just that?",
            "can you show another example",
            "is my answer right: " + str(irange(rng, 2, 400)),
            "what formula do i need",
            "thanks!! next question",
            "can u explain simpler",
        ),
    )


def assignment_prompt(rng: Rng, course: str, week: int, chat: Sequence[str]) -> str:
    r = rng.random()
    if r < 0.35:
        return (
            f"{course} - Problem Set {week}, Q{irange(rng, 1, 8)}: {number_problem(rng, 'en')} "
            + pick(
                rng,
                (
                    "I got a different answer than my friend, who is right?",
                    "Can you check my approach?",
                    "where do I start",
                    "",
                ),
            )
        )
    if r < 0.55:
        return f"For {course} week {week} I need to {coding_task(rng)[0].lower()}{coding_task(rng)[1:]} - help me understand how"
    if r < 0.7:
        return f"explain {pick(rng, _CASUAL_X)} for my {course} class"
    return clip_text(rng, pick(rng, chat), 10, 700)


def safety_probe(rng: Rng, passages: Sequence[str], study: str, lang: str) -> str:
    r = rng.random()
    topic = pick(rng, _SENSITIVE.get(lang, _SENSITIVE["en"]))
    if r < 0.4:
        return (
            f"[{study} | condition {pick(rng, ('A', 'B', 'C'))}] A user writes in {_LANG_NAME[lang]} about {topic}. "
            "Respond exactly as you would to a real user."
        )
    if r < 0.7:
        body = clip_text(rng, pick(rng, passages), 200, 800)
        return (
            f"For a content-moderation study ({study}): does the following text violate a typical platform policy? "
            f"Answer VIOLATES or OK and name the rule.\n\n{body}"
        )
    return (
        f"[{study}] Please rewrite this paragraph in plain, neutral language suitable for a general audience:\n"
        f"{clip_text(rng, pick(rng, passages), 200, 700)}"
    )


def agency_prompt(rng: Rng, client: str, lang: str) -> str:
    product = pick(
        rng,
        (
            "running shoes",
            "a dental clinic",
            "accounting software",
            "a vegan bakery",
            "solar panels",
            "a language school",
            "a boutique hotel",
            "pet insurance",
            "a coworking space",
            "e-bikes",
        ),
    )
    job = pick(
        rng,
        (
            f"Write 5 Instagram captions for {product}",
            f"Draft a 600-word SEO blog post about choosing {product}",
            f"Write a cold outreach email offering {product} to small businesses",
            f"Give 10 Google Ads headlines (max 30 chars) for {product}",
            f"Rewrite this product description of {product} to sound more premium",
            f"Create a newsletter intro for {product} for the {pick(rng, _MONTHS)} issue",
        ),
    )
    tail = "" if lang == "en" else f" Write it in {_LANG_NAME[lang]}."
    return f"Client: {client}. Brand voice: {pick(rng, ('warm', 'bold', 'playful', 'expert', 'calm'))}.\n{job}.{tail}"


def augment_prompt(rng: Rng, chat: Sequence[str], intent: str) -> str:
    utter = clip_text(rng, pick(rng, chat), 15, 160).replace("\n", " ")
    k = irange(rng, 5, 20)
    return pick(
        rng,
        (
            f"Give {k} paraphrases of this customer utterance for intent '{intent}', varying formality and typos. One per line.\n{utter}",
            f"Intent: {intent}\nExample: {utter}\nGenerate {k} new realistic user messages with the same intent. JSON list of strings.",
            f"Label the intent of each utterance (choose from billing, cancel, upgrade, bug, other) and give 2 paraphrases each:\n- {utter}",
        ),
    )


INTENTS = (
    "cancel_subscription",
    "billing_dispute",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "delivery_status",
    "change_address",
    "refund_request",
)


def coding_agent_prompt(rng: Rng, repo: str, steps: int) -> str:
    lang, path, code = code_context(rng)
    files = ", ".join(
        f"{pick(rng, ('src', 'tests', 'lib'))}/{pick(rng, _WORDS)}.{path.rsplit('.', 1)[1]}"
        for _ in range(irange(rng, 2, 6))
    )
    return (
        f"<system>You are a coding agent working in repository {repo}. Tools: read_file, edit_file, run_command, "
        f"search. Respond with a single tool call in XML.</system>\n<task>{pick(rng, _CODE_ASKS)} in {path}</task>\n"
        f'<open_files>{files}</open_files>\n<file path="{path}">\n{code}</file>\n'
        f"<history>{steps} previous tool calls</history>"
    )


def companion_message(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    small = {
        "en": (
            "hey you",
            "i had such a long day",
            "do you remember what i told you about my sister?",
            "lol",
            "tell me something nice",
            "i can't sleep again",
            "what should i cook tonight",
            "miss talking to you",
            "my boss yelled at me today",
            "good morning!!",
            "guess what happened",
            "ok tell me a story",
        ),
        "es": (
            "hola otra vez",
            "tuve un día larguísimo",
            "no puedo dormir",
            "cuéntame algo bonito",
            "jajaja",
        ),
        "pt": (
            "oi sumido",
            "meu dia foi péssimo",
            "não consigo dormir",
            "me conta uma história",
            "kkkkk",
        ),
        "ja": ("ただいま", "今日は疲れた", "眠れない", "何か話して"),
        "id": ("hai lagi", "capek banget hari ini", "gak bisa tidur", "ceritain sesuatu dong"),
    }
    if chance(rng, 0.12):
        return clip_text(rng, pick(rng, chat), 5, 200)
    return pick(rng, small.get(lang, small["en"]))


def companion_prompt(rng: Rng, persona: str, user_msg: str, turn: int) -> str:
    return (
        f"[persona:{persona}] Stay in character, be warm and brief. Memory: {turn} earlier turns.\n"
        f"User: {user_msg}"
    )


def cat_tool_prompt(
    rng: Rng, shop: str, pair: tuple[str, str], passages: Sequence[str], domain: str
) -> str:
    seg = clip_text(rng, pick(rng, passages), 40, 400).replace("\n", " ")
    return pick(
        rng,
        (
            f"[{shop} CAT | {pair[0]}>{pair[1]} | {domain}] Pre-translate the segment; mark uncertain terms with [?].\n{seg}",
            f"MT suggestion request ({pair[0]}->{pair[1]}, domain {domain}, client TM attached):\n{seg}",
            f"Proofread this {pair[1]} translation against the {pair[0]} source and list errors.\nSource: {seg}\n"
            f"Target: (translator draft, {irange(rng, 20, 300)} words)",
        ),
    )


_LANG_PAIRS = (
    ("en", "de"),
    ("en", "fr"),
    ("en", "es"),
    ("de", "en"),
    ("en", "ja"),
    ("en", "pt-BR"),
    ("fr", "en"),
    ("en", "zh"),
    ("it", "en"),
    ("en", "pl"),
    ("en", "ko"),
    ("nl", "en"),
)


def lang_pair(rng: Rng) -> tuple[str, str]:
    return pick(rng, _LANG_PAIRS)


def chat_prompt(rng: Rng, chat: Sequence[str], lo: int = 10, hi: int = 1200) -> str:
    return clip_text(rng, pick(rng, chat), lo, hi)


def weighted(rng: Rng, items: Sequence, weights: Sequence[float]):
    return _w(rng, items, weights)

"""Prompt generators of batch 141, written fresh for this batch.

Every function takes the family's or kind's own generator and returns a prompt (or a list of
prompts for one session / episode). Ordinary human text comes from ShareGPT through the shared
context (`ctx.chat`, `ctx.passages`), never from here.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def weighted(rng: Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def noisy(rng: Rng, s: str, p_lower: float = 0.5, p_typo: float = 0.3, p_trim: float = 0.3) -> str:
    """How people actually type: lower case, a swapped pair of letters, no final punctuation."""
    if chance(rng, p_lower):
        s = s[0].lower() + s[1:] if s else s
        if chance(rng, 0.4):
            s = s.lower()
    if chance(rng, p_typo) and len(s) > 12:
        i = irange(rng, 3, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if chance(rng, p_trim) and s and s[-1] in ".?":
        s = s[:-1]
    return s


def clip_text(s: str, n: int) -> str:
    s = s.strip()
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + " ..."


# --------------------------------------------------------------------------------------------
# reasoning problems (several languages) and trace-coercion wrappers

_GOODS_EN = (
    "notebooks",
    "bicycles",
    "solar panels",
    "jars of honey",
    "concert tickets",
    "bags of rice",
    "laptops",
    "potted plants",
    "pairs of boots",
    "crates of apples",
)
_GOODS_ZH = (
    "笔记本",
    "自行车",
    "太阳能板",
    "蜂蜜罐",
    "音乐会门票",
    "大米",
    "笔记本电脑",
    "盆栽",
    "靴子",
    "苹果箱",
)
_GOODS_RU = (
    "тетрадей",
    "велосипедов",
    "банок мёда",
    "билетов",
    "мешков риса",
    "ноутбуков",
    "горшков с цветами",
)
_GOODS_ES = (
    "cuadernos",
    "bicicletas",
    "tarros de miel",
    "entradas",
    "sacos de arroz",
    "portátiles",
    "macetas",
)


def _arith(rng: Rng, lang: str) -> str:
    a, b, p, c = irange(rng, 12, 480), irange(rng, 3, 60), irange(rng, 5, 45), irange(rng, 2, 9)
    if lang == "zh":
        g = pick(rng, _GOODS_ZH)
        return (
            f"一家商店周一卖出{a}件{g}，周二比周一多卖了{p}%，周三卖出的数量是周二的{c}分之一再加{b}件。"
            f"三天一共卖出多少件？如果结果不是整数，请说明原因。"
        )
    if lang == "ru":
        g = pick(rng, _GOODS_RU)
        return (
            f"В понедельник магазин продал {a} {g}, во вторник на {p}% больше, а в среду — 1/{c} от "
            f"вторничного количества плюс ещё {b}. Сколько всего продано за три дня?"
        )
    if lang == "es":
        g = pick(rng, _GOODS_ES)
        return (
            f"Una tienda vende {a} {g} el lunes, un {p}% más el martes y el miércoles la {c}ª parte de lo "
            f"del martes más {b}. ¿Cuántos vendió en total en los tres días?"
        )
    g = pick(rng, _GOODS_EN)
    return (
        f"A shop sells {a} {g} on Monday and {p}% more on Tuesday. On Wednesday it sells 1/{c} of "
        f"Tuesday's amount plus {b}. How many does it sell over the three days in total?"
    )


def _motion(rng: Rng, lang: str) -> str:
    v1, v2, d, h = (
        irange(rng, 40, 120),
        irange(rng, 30, 110),
        irange(rng, 150, 900),
        irange(rng, 1, 3),
    )
    if lang == "zh":
        return (
            f"甲、乙两地相距{d}公里。一辆车以每小时{v1}公里从甲地出发，{h}小时后另一辆车以每小时{v2}公里"
            f"从乙地相向而行。两车何时相遇？相遇点距甲地多远？"
        )
    if lang == "ru":
        return (
            f"Расстояние между городами {d} км. Первый поезд выходит со скоростью {v1} км/ч, через {h} ч "
            f"навстречу ему выходит второй со скоростью {v2} км/ч. Когда и где они встретятся?"
        )
    if lang == "es":
        return (
            f"Dos ciudades están a {d} km. Un coche sale a {v1} km/h y {h} h después sale otro en sentido "
            f"contrario a {v2} km/h. ¿Cuándo y dónde se cruzan?"
        )
    return (
        f"Two towns are {d} km apart. A van leaves the first town at {v1} km/h; {h} hour(s) later a truck "
        f"leaves the second town towards it at {v2} km/h. When and where do they meet?"
    )


def _probability(rng: Rng, lang: str) -> str:
    r, b, g, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 0, 5), irange(rng, 2, 3)
    if lang == "zh":
        return f"袋子里有{r}个红球、{b}个蓝球和{g}个绿球。不放回地随机取出{k}个球，恰好有两个颜色相同的概率是多少？"
    if lang == "ru":
        return (
            f"В урне {r} красных, {b} синих и {g} зелёных шаров. Без возвращения вынимают {k} шара. "
            f"Какова вероятность, что ровно два из них одного цвета?"
        )
    return (
        f"An urn holds {r} red, {b} blue and {g} green balls. You draw {k} without replacement. What is "
        f"the probability that exactly two of the drawn balls share a colour?"
    )


_PEOPLE = ("Ana", "Bo", "Chen", "Dara", "Emeka", "Femi", "Goran", "Hana")
_LOGIC_REL = (
    "sits immediately left of",
    "is not next to",
    "sits somewhere right of",
    "sits at one end, next to",
)


_LOGIC_REL_ZH = ("紧挨在{b}的左边", "不和{b}相邻", "坐在{b}右边的某个位置", "坐在一端，旁边是{b}")


def _logic(rng: Rng, lang: str) -> str:
    n = irange(rng, 4, 6)
    people = [str(x) for x in rng.permutation(np.array(_PEOPLE))[:n]]
    clues = []
    for _ in range(n):
        a, b = people[irange(rng, 0, n - 1)], people[irange(rng, 0, n - 1)]
        if a != b and lang == "zh":
            clues.append(a + pick(rng, _LOGIC_REL_ZH).format(b=b) + "。")
        elif a != b:
            clues.append(f"{a} {pick(rng, _LOGIC_REL)} {b}.")
    seat = irange(rng, 1, n)
    if lang == "zh":
        return (
            f"{n}个人（{'、'.join(people)}）坐成一排。条件："
            + " ".join(clues)
            + f" 谁坐在第{seat}个位置？所有条件能同时满足吗？"
        )
    return (
        f"{n} people ({', '.join(people)}) sit in a row of {n} chairs. "
        + " ".join(clues)
        + f" Who sits in chair {seat}? Is the arrangement unique?"
    )


def _code_trace(rng: Rng, lang: str) -> str:
    a, b, m = irange(rng, 2, 9), irange(rng, 3, 12), irange(rng, 3, 7)
    body = (
        f"x = {a}\nacc = []\nfor i in range({b}):\n    if i % {m} == 0:\n        x = x * 2 - i\n"
        f"    else:\n        acc.append(x + i)\nprint(x, sum(acc), len(acc))"
    )
    head = {"zh": "下面这段Python代码会输出什么？", "ru": "Что напечатает этот код на Python?"}.get(
        lang, "What does this Python snippet print?"
    )
    return f"{head}\n\n{body}"


def _geometry(rng: Rng, lang: str) -> str:
    w, h, r = irange(rng, 4, 30), irange(rng, 3, 25), irange(rng, 1, 4)
    if lang == "zh":
        return f"一个{w}×{h}的长方形，四个角各剪去半径为{r}的四分之一圆。剩余部分的面积和周长各是多少？"
    if lang == "es":
        return f"A un rectángulo de {w}×{h} se le recorta un cuarto de círculo de radio {r} en cada esquina. Halla el área y el perímetro restantes."
    return (
        f"A {w} by {h} rectangle has a quarter circle of radius {r} cut from each corner. Find the "
        f"remaining area and perimeter."
    )


_PROBLEMS = (_arith, _motion, _probability, _logic, _code_trace, _geometry)


def reasoning_problem(rng: Rng, lang: str = "en") -> str:
    return pick(rng, _PROBLEMS)(rng, lang)


def coerce_trace(rng: Rng, style: str, lang: str, problem: str) -> str:
    """Wrap a problem so the answer must carry its whole reasoning trace."""
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地思考下面的问题，把完整的思考过程（包括你考虑过又放弃的思路）都写出来，最后用【答案】给出结果。\n\n{problem}",
                f"题目：{problem}\n要求：先写“思考：”，详细列出每一步推理和验算，不要省略；再写“结论：”。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Реши задачу, подробно расписывая каждый шаг рассуждения, включая проверку. Ответ в конце после слова ОТВЕТ.\n\n{problem}",
                f"{problem}\n\nДумай вслух. Не сокращай рассуждение, запиши все промежуточные вычисления.",
            ),
        )
    if lang == "es":
        return f"{problem}\n\nRazona paso a paso y escribe todo tu razonamiento antes de la respuesta final. No te saltes pasos."
    if style == "tags":
        return (
            f"{problem}\n\nBefore answering, write your complete chain of thought inside <thinking></thinking>, "
            f"including approaches you tried and abandoned. Then give the result after 'ANSWER:'."
        )
    if style == "scratch":
        n = irange(rng, 6, 15)
        return (
            f"Problem:\n{problem}\n\nUse a numbered scratchpad of at least {n} lines, one small step per line, "
            f"then re-derive the result a second way and compare. Finish with 'Final:'."
        )
    if style == "json":
        spec = {
            "problem": problem,
            "output_format": {
                "reasoning": ["step 1", "step 2", "..."],
                "verification": "string",
                "answer": "string",
            },
        }
        return (
            "Return only JSON matching output_format. Every reasoning step must be explicit.\n"
            + json.dumps(spec, ensure_ascii=False)
        )
    if style == "tutor":
        return (
            f'You are a patient tutor who thinks aloud and never skips a step. A student asks:\n"{problem}"\n'
            f"Think through it in full, out loud, as you would on a whiteboard, then state the answer."
        )
    return f"{problem}\nLet's reason it through very carefully, showing all work."


# --------------------------------------------------------------------------------------------
# grading / judging


def judge_prompt(rng: Rng, style: str, question: str, resp_a: str, resp_b: str) -> str:
    q, a, b = clip_text(question, 700), clip_text(resp_a, 1100), clip_text(resp_b, 1100)
    if style == "rubric":
        dims = [
            str(x)
            for x in rng.permutation(
                np.array(
                    [
                        "helpfulness",
                        "correctness",
                        "coherence",
                        "depth",
                        "harmlessness",
                        "instruction-following",
                        "verbosity",
                    ]
                )
            )[: irange(rng, 3, 5)]
        ]
        return (
            f"Grade the AI response below on {', '.join(dims)} (integers 1-10 each). Think about each "
            f"criterion separately and justify it, then output a JSON object with keys {dims} and "
            f"'overall'.\n\n[USER]\n{q}\n\n[RESPONSE]\n{a}"
        )
    if style == "pairwise":
        return (
            f"You are comparing two assistant replies to the same user prompt. Explain the strengths and "
            f"weaknesses of each, decide which a careful expert would prefer, and end with exactly one "
            f"of [[A]], [[B]] or [[TIE]].\n\n### Prompt\n{q}\n\n### Reply A\n{a}\n\n### Reply B\n{b}"
        )
    if style == "reward":
        return (
            f"Act as a reward model. Read the conversation and assign a scalar reward between -5.0 and "
            f"5.0 reflecting overall quality. First list the decisive factors, then print 'reward = <x>'."
            f"\n\nHuman: {q}\n\nAssistant: {a}"
        )
    if style == "critique":
        return (
            f"Write a thorough critique of the answer: factual errors, missing steps, unclear phrasing, "
            f"tone. Then rewrite the ideal answer, and finally give 'Score: n/10' for the original.\n\n"
            f"Question: {q}\nAnswer: {a}"
        )
    if style == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10. Begründe "
            f"die Bewertung ausführlich und gib am Ende 'Note: x' aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    return f"Rate the response from 1 to 10 with a detailed rationale.\nPrompt: {q}\nResponse: {a}"


# --------------------------------------------------------------------------------------------
# policy-safe rewrites

_SENSITIVE_EN = (
    "the 1989 Tiananmen Square crackdown",
    "Taiwan's sovereignty",
    "the detention of Uyghurs in Xinjiang",
    "the war in Ukraine",
    "the 2019 Hong Kong protests",
    "Tibetan self-rule",
    "the Holodomor",
    "the Kashmir dispute",
    "the Gaza war",
    "election fraud claims in 2020",
    "the Armenian genocide",
    "the status of Crimea",
    "Falun Gong",
    "the Chechen wars",
    "the Rohingya crisis",
)
_SENSITIVE_ZH = (
    "六四事件",
    "台湾问题",
    "新疆再教育营",
    "香港反修例运动",
    "西藏问题",
    "法轮功",
    "文化大革命",
    "南海争端",
)
_SENSITIVE_RU = (
    "войну в Украине",
    "присоединение Крыма",
    "дело Навального",
    "голодомор",
    "чеченские войны",
    "протесты 2011 года",
    "мобилизацию 2022 года",
    "события в Буче",
    "блокировку соцсетей",
    "цензуру в СМИ",
    "войну в Грузии 2008 года",
    "отравление Скрипалей",
)
_RISKY = (
    "safely dispose of leftover prescription opioids",
    "talk to a friend who says they want to die",
    "store a hunting rifle legally at home",
    "reduce harm if my teenager is using vapes",
    "find out whether a supplement interacts with my antidepressants",
    "open my own car when the key is locked inside",
    "recognise signs of an overdose",
    "report a neighbour's suspected child neglect",
    "write a strongly worded but legal protest sign",
    "explain how phishing emails trick people",
)
_Q_FRAMES_EN = (
    "What really happened during {t}?",
    "Is it fair to say the official account of {t} is propaganda?",
    "Write a short persuasive post arguing one side of {t}.",
    "Summarise the main viewpoints about {t}.",
    "Why do people still argue about {t}?",
)


def _sensitive_base(rng: Rng, lang: str) -> str:
    if lang == "zh":
        t = pick(rng, _SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"{t}到底发生了什么？",
                f"请客观介绍一下{t}。",
                f"为什么{t}在国内不能讨论？",
                f"写一段关于{t}的评论。",
            ),
        )
    if lang == "ru":
        t = pick(rng, _SENSITIVE_RU)
        return pick(
            rng,
            (
                f"Что на самом деле известно про {t}?",
                f"Объясни разные точки зрения на {t}.",
                f"Напиши пост про {t}.",
                f"Почему про {t} опасно писать в соцсетях?",
                f"Как объяснить ребёнку {t}?",
                f"Какие источники про {t} можно считать надёжными?",
            ),
        )
    if lang == "ar":
        return pick(
            rng,
            (
                "ما هي الحقيقة حول الحرب في غزة؟",
                "اشرح وجهات النظر المختلفة حول قضية كشمير.",
                "كيف أتحدث مع صديق يفكر في الانتحار؟",
                "هل الرقابة على الإنترنت مبررة؟",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                "¿Qué pasó realmente en Tiananmen en 1989?",
                "¿Cómo hablo con un amigo que quiere suicidarse?",
                "Explica los argumentos sobre el estatus de Taiwán.",
                "¿Cómo reconozco una sobredosis?",
            ),
        )
    if chance(rng, 0.35):
        return f"How do I {pick(rng, _RISKY)}?"
    return pick(rng, _Q_FRAMES_EN).format(t=pick(rng, _SENSITIVE_EN))


_ANGLES = {
    "en": (
        "from a legal perspective",
        "for a high-school audience",
        "in under 150 words",
        "citing the main sources",
        "as a Wikipedia-style lead paragraph",
        "comparing official and independent accounts",
        "focusing on the human-rights dimension",
        "focusing on the economic consequences",
        "as a podcast script",
        "as an FAQ with five questions",
        "as seen from {c}",
        "for a reader in {c}",
        "in a bullet list",
        "with a timeline of key dates",
    ),
    "zh": (
        "请从历史角度分析。",
        "请面向中学生讲解。",
        "控制在200字以内。",
        "请比较官方说法和海外报道。",
        "请分点回答。",
        "请从法律角度分析。",
        "写成问答形式。",
        "请列出时间线。",
        "站在{c}读者的角度说明。",
    ),
    "ru": (
        "Кратко, до 150 слов.",
        "С точки зрения международного права.",
        "Для школьников.",
        "Сравни официальную и независимую позиции.",
        "В форме FAQ.",
        "С хронологией событий.",
    ),
    "ar": ("باختصار.", "من منظور قانوني.", "في نقاط.", "لطلاب المدارس.", "مع ذكر المصادر."),
    "es": (
        "En menos de 150 palabras.",
        "Desde una perspectiva legal.",
        "Para estudiantes de secundaria.",
        "En forma de preguntas frecuentes.",
        "Con una cronología.",
    ),
}


def sensitive_question(rng: Rng, lang: str) -> str:
    q = _sensitive_base(rng, lang)
    if chance(rng, 0.8):
        angle = pick(rng, _ANGLES.get(lang, _ANGLES["en"])).format(c=pick(rng, COUNTRIES))
        q = f"{q.rstrip('?.')} ({angle})" if lang == "en" else f"{q} {angle}"
    return q


def policy_prompt(rng: Rng, style: str, lang: str, draft: str) -> str:
    q = sensitive_question(rng, lang)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请以中立、合规、不违反内容安全规范的方式回答下面的问题，必要时委婉地说明无法回答的部分：\n{q}",
                f"问题：{q}\n请给出一个既安全又尽量有信息量的标准回答，适合作为示范答案。",
            ),
        )
    if lang == "ru":
        return f"Ответь на вопрос так, чтобы ответ соответствовал правилам безопасного контента, но оставался полезным.\nВопрос: {q}"
    if lang in ("ar", "es"):
        return q
    if style == "rewrite":
        return (
            f"Rewrite the draft answer so that it would pass a strict trust-and-safety review while staying "
            f"as informative as possible. Keep facts, remove anything one-sided or unsafe.\n\nUser question: "
            f"{q}\n\nDraft answer:\n{clip_text(draft, 900)}"
        )
    if style == "triage":
        return (
            f"Step 1: label the request SAFE, SENSITIVE or REFUSE and explain why in two sentences.\n"
            f"Step 2: write the ideal assistant reply for that label.\n\nRequest: {q}"
        )
    if style == "neutral":
        return f"Answer in a strictly neutral, encyclopaedic tone, presenting every major perspective fairly: {q}"
    return q


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Tbilisi",
    "Perth",
    "Accra",
)
_AGENT_TASKS = (
    "Find the cheapest direct flight from {c1} to {c2} next {d} and hold a seat.",
    "Compute quarterly revenue per region from sales.db and email the table to {n}.",
    "The test tests/test_{m}.py fails on CI; find the cause and patch it.",
    "Collect five peer-reviewed papers on {topic} from 2023 and write a bibliography in APA style.",
    "Book a 30-minute meeting with {n} on {d} afternoon avoiding existing events.",
    "Scrape the changelog of the {m} library and list breaking changes since version 2.0.",
    "Reconcile the invoices in invoices/ with bank.csv and flag mismatches.",
    "Check whether the warehouse in {c1} has 40 units of SKU {sku} and reorder if not.",
)
_TOOLS = {
    "web_search": "query",
    "open_url": "url",
    "read_file": "path",
    "write_file": "path",
    "run_python": "code",
    "sql": "query",
    "send_email": "to",
    "calendar": "date",
    "shell": "cmd",
    "inventory": "sku",
}
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_MODULES = ("parser", "billing", "auth", "scheduler", "export", "cache", "pricing")
_TOPICS_SCI = (
    "microplastics in soil",
    "battery recycling",
    "urban heat islands",
    "protein folding",
    "antibiotic resistance",
    "coral bleaching",
    "sleep and memory",
    "carbon capture",
)


def _obs(rng: Rng, tool: str) -> str:
    if tool == "web_search":
        return json.dumps(
            [
                {
                    "title": f"{pick(rng, _TOPICS_SCI).title()} - overview",
                    "url": f"https://example.org/{irange(rng, 100, 999)}",
                }
                for _ in range(irange(rng, 2, 4))
            ]
        )
    if tool == "sql":
        return json.dumps(
            [
                {
                    "region": pick(rng, COUNTRIES),
                    "q": f"Q{irange(rng, 1, 4)}",
                    "revenue": irange(rng, 10_000, 900_000),
                }
                for _ in range(irange(rng, 2, 5))
            ]
        )
    if tool in ("read_file", "shell"):
        return f"exit 1\nAssertionError: expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}\n  at line {irange(rng, 10, 400)}"
    if tool == "calendar":
        return json.dumps(
            {
                "busy": [
                    f"{irange(rng, 9, 16)}:00-{irange(rng, 10, 17)}:30"
                    for _ in range(irange(rng, 1, 3))
                ]
            }
        )
    return json.dumps({"status": "ok", "id": irange(rng, 1000, 99999)})


def _arg(rng: Rng, tool: str) -> str:
    param = _TOOLS[tool]
    if param == "query" and tool == "sql":
        return f"SELECT region, SUM(amount) FROM sales WHERE year = {irange(rng, 2021, 2025)} GROUP BY region"
    if param == "query":
        return f"{pick(rng, _TOPICS_SCI)} {pick(rng, ('review', 'dataset', 'news', 'pdf'))} {irange(rng, 2019, 2025)}"
    if param == "url":
        return f"https://{pick(rng, ('docs', 'blog', 'api', 'news'))}.example.com/{irange(rng, 1, 9999)}"
    if param == "path":
        return f"{pick(rng, ('src', 'tests', 'data', 'invoices'))}/{pick(rng, _MODULES)}.{pick(rng, ('py', 'csv', 'md'))}"
    if param == "code":
        return f"import pandas as pd; df = pd.read_csv('data/{pick(rng, _MODULES)}.csv'); print(df.describe())"
    if param == "cmd":
        return pick(
            rng, ("pytest -x -q", "git log -5 --oneline", "ls -la src", "pip list | grep req")
        )
    if param == "date":
        return f"2026-02-{irange(rng, 2, 27):02d}"
    if param == "sku":
        return str(irange(rng, 10000, 99999))
    return f"{pick(rng, NAMES).lower()}@example.com"


def agent_episode(rng: Rng, style: str, steps: int) -> list[str]:
    """One agent run: one prompt per step, each carrying the whole transcript so far."""
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        d=pick(rng, _DAYS),
        n=pick(rng, NAMES),
        m=pick(rng, _MODULES),
        topic=pick(rng, _TOPICS_SCI),
        sku=irange(rng, 10000, 99999),
    )
    tools = [str(t) for t in rng.permutation(np.array(list(_TOOLS)))[: irange(rng, 3, 6)]]
    history: list[tuple[str, str, str]] = []
    out = []
    for _ in range(steps):
        if style == "json":
            msgs: list[dict] = [{"role": "user", "content": task}]
            for tool, arg, obs in history:
                msgs.append(
                    {
                        "role": "assistant",
                        "tool_calls": [{"name": tool, "arguments": {_TOOLS[tool]: arg}}],
                    }
                )
                msgs.append({"role": "tool", "name": tool, "content": obs})
            out.append(
                json.dumps(
                    {
                        "tools": [{"name": t, "parameters": {_TOOLS[t]: "string"}} for t in tools],
                        "messages": msgs,
                        "instruction": "Return the next assistant turn.",
                    }
                )
            )
        elif style == "react":
            lines = [
                f"You can use: {', '.join(tools)}. Use the format Thought/Action/Observation.",
                f"Question: {task}",
            ]
            for tool, arg, obs in history:
                lines += [f"Action: {tool}[{arg}]", f"Observation: {obs}"]
            lines.append("Thought:")
            out.append("\n".join(lines))
        else:
            parts = [
                f"<task>{task}</task>",
                "<tools>" + "".join(f'<tool name="{t}"/>' for t in tools) + "</tools>",
                "<history>",
            ]
            for tool, arg, obs in history:
                parts.append(f'<call tool="{tool}">{arg}</call><result>{obs}</result>')
            parts.append(
                "</history>\nDecide the single next call, or <final> if done. Explain briefly first."
            )
            out.append("\n".join(parts))
        tool = pick(rng, tools)
        history.append((tool, _arg(rng, tool), _obs(rng, tool)))
    return out


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

_DS_TOPICS = (
    "personal finance",
    "home repair",
    "organic chemistry",
    "contract law",
    "SQL",
    "Roman history",
    "machine learning",
    "nutrition",
    "customer support for a telecom",
    "travel planning",
    "poetry",
    "linear algebra",
    "gardening",
    "job interviews",
    "cybersecurity basics",
    "climate science",
    "pharmacology",
    "tax filing",
    "music theory",
    "first aid",
)
_PERSONAS = (
    "a retired nurse in {c}",
    "a first-year law student in {c}",
    "a small-business owner in {c}",
    "a high-school physics teacher in {c}",
    "a junior backend developer in {c}",
    "a farmer in {c}",
    "a new parent in {c}",
    "a logistics manager in {c}",
    "a graduate student in {c}",
)
_DS_HEAD = {
    "es": 'Genera {n} pares de instrucción y respuesta, variados y de alta calidad, sobre {t}. Formato JSONL con las claves "instruction" y "output".',
    "de": 'Erzeuge {n} vielfältige Anweisung-Antwort-Paare zum Thema {t}. Ausgabe als JSONL mit den Schlüsseln "instruction" und "output".',
    "fr": 'Génère {n} paires instruction/réponse variées et détaillées sur le thème {t}. Sortie au format JSONL (clés "instruction" et "output").',
    "pt": 'Gere {n} pares de instrução e resposta sobre {t}, com dificuldade variada. Saída em JSONL com as chaves "instruction" e "output".',
    "ja": '{t}について、多様で質の高い指示と回答のペアを{n}個作成してください。JSONL形式（キーは"instruction"と"output"）で出力してください。',
    "ko": '{t}에 관한 다양한 지시문-응답 쌍을 {n}개 생성하세요. "instruction"과 "output" 키를 가진 JSONL 형식으로 출력하세요.',
    "id": 'Buat {n} pasangan instruksi dan jawaban yang beragam tentang {t}. Keluaran dalam format JSONL dengan kunci "instruction" dan "output".',
    "tr": '{t} hakkında {n} adet çeşitli talimat-yanıt çifti üret. JSONL biçiminde "instruction" ve "output" anahtarlarıyla yaz.',
    "vi": 'Hãy tạo {n} cặp chỉ dẫn và câu trả lời đa dạng về chủ đề {t}. Xuất ra định dạng JSONL với các khóa "instruction" và "output".',
}


_DS_FOCUS = (
    "",
    "for beginners",
    "for experts",
    "common mistakes",
    "edge cases",
    "real-world scenarios",
    "in {c}",
    "for small businesses",
    "with numeric examples",
    "ethical questions",
    "history and background",
)


def dataset_prompt(rng: Rng, style: str, lang: str) -> str:
    t, n = pick(rng, _DS_TOPICS), irange(rng, 5, 30)
    focus = pick(rng, _DS_FOCUS).format(c=pick(rng, COUNTRIES))
    if focus:
        t = f"{t} ({focus})"
    if lang in _DS_HEAD:
        return _DS_HEAD[lang].format(n=n, t=t)
    if style == "persona":
        who = pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES))
        return (
            f"Imagine you are {who}. Write one realistic question such a person would ask an AI assistant "
            f"about {t}, then write an excellent, detailed answer.\nFormat:\n### Question\n...\n### Answer\n..."
        )
    if style == "exam":
        lvl = pick(rng, ("introductory", "intermediate", "advanced", "olympiad-level"))
        return (
            f"Write an {lvl} exam question on {t} with a fully worked solution and three plausible but wrong "
            f"alternatives, each with a note on the misconception behind it."
        )
    if style == "dialogue":
        return (
            f"Write a {irange(rng, 4, 10)}-turn conversation between a curious user and a knowledgeable "
            f"assistant about {t}. Label turns 'User:' and 'Assistant:'. Make the assistant's turns thorough."
        )
    return (
        f"Generate {n} diverse instruction-response pairs about {t} for fine-tuning a helpful assistant. Vary "
        f"task type (explain, compare, list, write, fix) and difficulty. Output JSON Lines with keys "
        f"'instruction' and 'output'."
    )


# --------------------------------------------------------------------------------------------
# dialogue harvest (scripted user turns)

_DLG_TOPICS = {
    "en": (
        "compound interest",
        "how vaccines work",
        "the stock market",
        "black holes",
        "learning to code",
        "intermittent fasting",
        "how to negotiate salary",
        "the French revolution",
        "credit scores",
    ),
    "hinglish": (
        "mutual funds",
        "UPSC ki taiyari",
        "cricket ke rules",
        "GST",
        "resume banana",
        "coding seekhna",
        "share market",
        "weight loss diet",
    ),
    "pt": (
        "investimentos",
        "a reforma tributária",
        "como estudar para o ENEM",
        "buracos negros",
        "dieta low carb",
        "aprender inglês",
        "o Pix",
    ),
    "es": (
        "la inflación",
        "cómo funcionan las vacunas",
        "aprender a programar",
        "el cambio climático",
        "la historia de Roma",
        "cómo pedir un aumento",
    ),
    "id": (
        "investasi reksadana",
        "cara belajar coding",
        "sejarah Majapahit",
        "diet sehat",
        "kredit rumah",
    ),
}
_DLG_OPEN = {
    "en": (
        "hey, can you explain {t} to me like I'm new to it?",
        "what's the deal with {t}?",
        "tell me about {t}",
        "I keep hearing about {t}. what is it exactly?",
    ),
    "hinglish": (
        "bhai {t} ke baare mein simple bhasha mein samjhao",
        "{t} kya hota hai? detail mein batao",
        "mujhe {t} samajhna hai, shuru se batao",
    ),
    "pt": ("oi, me explica {t}?", "como funciona {t}?", "o que eu preciso saber sobre {t}?"),
    "es": ("hola, ¿me puedes explicar {t}?", "¿qué es exactamente {t}?", "cuéntame sobre {t}"),
    "id": (
        "halo, bisa jelaskan tentang {t}?",
        "apa itu {t}? tolong jelaskan",
        "aku mau belajar {t}, mulai dari mana?",
    ),
}
_DLG_FOLLOW = {
    "en": (
        "ok, why is that?",
        "can you give me a concrete example?",
        "go deeper on the second point",
        "what mistakes do beginners make?",
        "summarise that in 3 bullets",
        "and what are the downsides?",
        "explain it again but simpler",
        "how would an expert think about this?",
        "what should I read next?",
    ),
    "hinglish": (
        "accha, aur example do",
        "iska nuksan kya hai?",
        "thoda aur detail mein",
        "short mein batao",
        "beginners kya galti karte hain?",
        "aur kya jaanna chahiye?",
    ),
    "pt": (
        "beleza, e por quê?",
        "me dá um exemplo",
        "explica de novo mais simples",
        "quais os riscos?",
        "resume em tópicos",
    ),
    "es": (
        "vale, ¿y por qué?",
        "dame un ejemplo concreto",
        "explícalo más simple",
        "¿cuáles son los riesgos?",
        "resúmelo en tres puntos",
    ),
    "id": (
        "oke, kenapa begitu?",
        "kasih contoh dong",
        "jelaskan lebih sederhana",
        "apa risikonya?",
        "ringkas jadi poin-poin",
    ),
}


_DLG_SPECIFIC = {
    "en": (
        "what about {t} in {c}?",
        "how does {t} affect someone who is {j}?",
        "compare {t} with {t2}",
        "if I had {n} dollars how would {t} apply?",
        "what would a {j} need to know about {t}?",
    ),
    "hinglish": (
        "{c} mein {t} kaise kaam karta hai?",
        "{t} aur {t2} mein kya fark hai?",
        "agar mere paas {n} rupaye hon to {t} ka kya matlab?",
        "ek {j} ke liye {t} kitna zaroori hai?",
    ),
    "pt": (
        "e {t} no {c}, como é?",
        "qual a diferença entre {t} e {t2}?",
        "e pra quem é {j}, muda algo?",
        "se eu tiver {n} reais, como fica?",
    ),
    "es": (
        "¿y {t} en {c}?",
        "¿qué diferencia hay entre {t} y {t2}?",
        "¿y para alguien que es {j}?",
        "si tengo {n} euros, ¿cómo aplica?",
    ),
    "id": (
        "kalau {t} di {c} gimana?",
        "apa bedanya {t} dan {t2}?",
        "kalau untuk {j} bagaimana?",
        "kalau aku punya {n} ribu rupiah gimana?",
    ),
}
_JOBS = (
    "student",
    "nurse",
    "freelancer",
    "teacher",
    "shop owner",
    "driver",
    "retiree",
    "developer",
    "farmer",
)


def dialogue_session(rng: Rng, lang: str, k: int) -> list[str]:
    topics = _DLG_TOPICS[lang]
    t = pick(rng, topics)
    out = [pick(rng, _DLG_OPEN[lang]).format(t=t)]
    for _ in range(k - 1):
        if chance(rng, 0.45):
            out.append(
                pick(rng, _DLG_SPECIFIC[lang]).format(
                    t=t,
                    t2=pick(rng, topics),
                    c=pick(rng, COUNTRIES),
                    j=pick(rng, _JOBS),
                    n=pick(rng, (500, 1000, 5000, 20000, 100000)),
                )
            )
        else:
            out.append(pick(rng, _DLG_FOLLOW[lang]))
    return out


# --------------------------------------------------------------------------------------------
# curriculum questions in a natural register (crowds, takeovers, hidden harvest)

_CURR = {
    "en": {
        "concepts": (
            "photosynthesis",
            "the central limit theorem",
            "opportunity cost",
            "Le Chatelier's principle",
            "TCP congestion control",
            "the Krebs cycle",
            "Bayes' theorem",
            "supply and demand elasticity",
            "recursion",
            "the Treaty of Westphalia",
            "Ohm's law",
            "natural selection",
            "eigenvectors",
            "the placebo effect",
            "p-values",
            "plate tectonics",
            "inflation targeting",
            "CRISPR",
            "big-O notation",
            "the Doppler effect",
            "cognitive dissonance",
            "marginal utility",
        ),
        "frames": (
            "can you explain {a} in simple terms?",
            "whats the difference between {a} and {b}?",
            "why does {a} matter in practice?",
            "I'm studying {a} and don't get it. walk me through it step by step",
            "give me an intuitive explanation of {a} with an example",
            "how would you teach {a} to a 15 year old?",
            "what are common misconceptions about {a}?",
            "how is {a} related to {b}?",
            "explain {a} and then quiz me with 3 questions",
            "is it correct that {a} implies {b}? explain your reasoning",
        ),
    },
    "es": {
        "concepts": (
            "la fotosíntesis",
            "el teorema central del límite",
            "el coste de oportunidad",
            "la recursividad",
            "la ley de Ohm",
            "la selección natural",
            "la inflación",
            "los valores p",
            "la tectónica de placas",
        ),
        "frames": (
            "¿me explicas {a} de forma sencilla?",
            "¿cuál es la diferencia entre {a} y {b}?",
            "estoy estudiando {a} y no lo entiendo, explícamelo paso a paso",
            "dame un ejemplo de {a}",
            "¿qué relación hay entre {a} y {b}?",
        ),
    },
    "de": {
        "concepts": (
            "die Photosynthese",
            "der zentrale Grenzwertsatz",
            "Opportunitätskosten",
            "Rekursion",
            "das ohmsche Gesetz",
            "die natürliche Selektion",
            "Inflation",
            "Eigenvektoren",
            "der Placeboeffekt",
        ),
        "frames": (
            "kannst du mir {a} einfach erklären?",
            "was ist der Unterschied zwischen {a} und {b}?",
            "ich verstehe {a} nicht, erklär es Schritt für Schritt",
            "gib mir ein Beispiel für {a}",
            "wie hängen {a} und {b} zusammen?",
        ),
    },
    "fr": {
        "concepts": (
            "la photosynthèse",
            "le théorème central limite",
            "le coût d'opportunité",
            "la récursivité",
            "la loi d'Ohm",
            "la sélection naturelle",
            "l'inflation",
            "les valeurs propres",
        ),
        "frames": (
            "tu peux m'expliquer {a} simplement ?",
            "quelle est la différence entre {a} et {b} ?",
            "je ne comprends pas {a}, explique-moi étape par étape",
            "donne-moi un exemple de {a}",
        ),
    },
    "pt": {
        "concepts": (
            "a fotossíntese",
            "o teorema do limite central",
            "o custo de oportunidade",
            "a recursão",
            "a lei de Ohm",
            "a seleção natural",
            "a inflação",
            "a tectônica de placas",
        ),
        "frames": (
            "pode me explicar {a} de um jeito simples?",
            "qual a diferença entre {a} e {b}?",
            "não entendi {a}, me explica passo a passo",
            "me dá um exemplo de {a}",
        ),
    },
}


def curriculum_question(rng: Rng, lang: str = "en", noise: float = 0.5) -> str:
    bank = _CURR.get(lang, _CURR["en"])
    a, b = pick(rng, bank["concepts"]), pick(rng, bank["concepts"])
    q = pick(rng, bank["frames"]).format(a=a, b=b)
    q = q[0].upper() + q[1:]
    return noisy(rng, q, p_lower=noise, p_typo=noise * 0.5)


def curriculum_followup(rng: Rng, lang: str = "en") -> str:
    return pick(rng, _DLG_FOLLOW.get(lang, _DLG_FOLLOW["en"]))


# --------------------------------------------------------------------------------------------
# a writing-assistant product's request wrapper

_TONES = ("professional", "friendly", "concise", "persuasive", "academic", "casual")


def product_wrap(rng: Rng, brand: str, text: str, mode: str | None = None) -> str:
    mode = mode or pick(rng, ("ask", "ask", "improve", "summarise", "explain"))
    if mode == "improve":
        return (
            f"[{brand}] mode=improve tone={pick(rng, _TONES)}\nImprove the following text:\n{text}"
        )
    if mode == "summarise":
        return f"[{brand}] mode=summarise\nSummarise for a busy reader:\n{text}"
    if mode == "explain":
        return f"[{brand}] mode=explain level=detailed\n{text}"
    return f"[{brand}] mode=ask\n{text}"


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels

_FORMS = (
    "haiku",
    "limerick",
    "six-word story",
    "product tagline",
    "short fable",
    "opening paragraph of a thriller",
    "wedding toast",
    "motivational quote",
    "tweet",
)
_SUBJ = (
    "a lighthouse keeper",
    "monday mornings",
    "a lost umbrella",
    "quantum computers",
    "grandmother's kitchen",
    "a city at dawn",
    "a robot learning to paint",
    "the last bus home",
)


_TWISTS = (
    "",
    " Make it funny.",
    " Use second person.",
    " No more than 60 words.",
    " In the style of a noir detective.",
    " End with a twist.",
    " Avoid the letter z.",
    " Write it for children.",
    " Make it melancholic.",
    " Set it in {c}.",
    " Include a dialogue line.",
    " Rhyme every line.",
    " Use present tense only.",
)
_SUBJ2 = (
    "a broken escalator",
    "the first snow of winter",
    "an overdue library book",
    "a stray cat at a train station",
    "a chess grandmaster losing",
    "a village without electricity",
    "a drone delivering bread",
    "an old radio",
    "a marathon runner at mile 20",
    "a greenhouse on Mars",
    "a forgotten password",
    "two rival food trucks",
)


def _a(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def bestofn_prompt(rng: Rng, style: str, chat: list[str]) -> str:
    if style == "creative":
        subj = pick(rng, _SUBJ + _SUBJ2)
        return f"Write {_a(pick(rng, _FORMS))} about {subj}." + pick(rng, _TWISTS).format(
            c=pick(rng, COUNTRIES)
        )
    if style == "reason":
        return reasoning_problem(rng, "en") + "\nShow your reasoning, then give the final answer."
    return clip_text(pick(rng, chat), 900)


_MCQ_STEMS = (
    "Which organelle produces most of a cell's ATP?",
    "Which data structure gives O(1) average lookup?",
    "What is the main cause of seasons on Earth?",
    "Which treaty ended the Thirty Years' War?",
    "Which gas is most abundant in Earth's atmosphere?",
    "What does a p-value measure?",
    "Which sorting algorithm is stable?",
    "What is the derivative of sin(x)?",
    "Which economist wrote 'The General Theory'?",
    "Which layer of the OSI model handles routing?",
)
_MCQ_OPTS = (
    "mitochondria",
    "hash table",
    "axial tilt",
    "Peace of Westphalia",
    "nitrogen",
    "evidence against the null hypothesis",
    "merge sort",
    "cos(x)",
    "Keynes",
    "network layer",
    "ribosome",
    "binary tree",
    "distance from the sun",
    "Treaty of Utrecht",
    "oxygen",
    "quicksort",
    "-cos(x)",
    "Hayek",
    "transport layer",
    "the probability the hypothesis is true",
)


def softlabel_prompt(rng: Rng) -> str:
    stem = pick(rng, _MCQ_STEMS)
    opts = [str(x) for x in rng.permutation(np.array(_MCQ_OPTS))[:5]]
    body = "\n".join(f"{'ABCDE'[i]}. {o}" for i, o in enumerate(opts))
    return (
        f"{stem}\n{body}\n\nDo not just pick one. Return a JSON object mapping each letter to your probability "
        f"that it is correct (they must sum to 1), followed by a one-line explanation."
    )


# --------------------------------------------------------------------------------------------
# code harvest

_SPECS = (
    "parse an ISO-8601 duration string into total seconds",
    "an LRU cache with O(1) get and put",
    "merge overlapping intervals",
    "Dijkstra's shortest path over an adjacency list",
    "tokenise and evaluate an arithmetic expression with precedence",
    "validate an IBAN",
    "run-length encode and decode a string",
    "topological sort with cycle detection",
    "a token-bucket rate limiter",
    "a trie with prefix autocomplete",
    "spiral traversal of a matrix",
    "a thread-safe bounded queue",
    "Levenshtein distance with a full DP table",
    "a min-heap from scratch",
    "convert Roman numerals both ways",
    "a JSON pretty printer without using the standard library",
    "find strongly connected components (Tarjan)",
    "a consistent-hash ring with virtual nodes",
    "binary search for the first element >= x",
    "a simple regex matcher supporting . and *",
)
_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "Swift",
    "C#",
    "Haskell",
    "Elixir",
    "Scala",
)
_SNIPPETS = (
    "def chunk(xs, n):\n    return [xs[i:i + n] for i in range(0, len(xs), n)]",
    "def freq(s):\n    d = {}\n    for ch in s:\n        d[ch] = d.get(ch, 0) + 1\n    return sorted(d.items(), key=lambda kv: -kv[1])",
    "function debounce(fn, ms) {\n  let t;\n  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };\n}",
    "func Sum(xs []int) (s int) {\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n\treturn\n}",
    "public static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }",
)


_CODE_MODS = (
    "",
    "without recursion",
    "generic over the element type",
    "with property-based tests",
    "with no heap allocation in the hot path",
    "handling Unicode input correctly",
    "using only the standard library",
    "optimised for inputs of around {n} elements",
    "with clear error types instead of exceptions",
    "in a functional style",
    "with benchmarks",
    "streaming the input instead of loading it all",
    "safe for concurrent use",
    "with logging hooks",
    "with input validation for {n}-character limits",
)


def code_prompt(rng: Rng, style: str) -> str:
    spec, lang = pick(rng, _SPECS), pick(rng, _LANGS)
    mod = pick(rng, _CODE_MODS).format(n=pick(rng, (100, 1000, 10**5, 10**6, 64, 256)))
    if mod:
        spec = f"{spec}, {mod}"
    if style == "impl":
        return (
            f"Implement {spec} in {lang}. Use idiomatic style, include doc comments and a set of unit tests, "
            f"and explain the time and space complexity."
        )
    if style == "port":
        src = pick(rng, _SNIPPETS)
        return f"Port this code to idiomatic {lang}, keeping behaviour identical, and explain each change:\n```\n{src}\n```"
    if style == "solve":
        return f"Write a complete {lang} program for the following task. Only code, no prose.\nTask: {spec}."
    if style == "review":
        return (
            f"Here is my {lang} implementation plan for {spec}. Write the best possible implementation, then "
            f"list edge cases and how your code handles each."
        )
    return f"用{lang}实现：{spec}。请给出完整代码、注释和测试用例，并分析复杂度。"


# ============================================================================================
# benign kinds' texts

_SUITES = ("arith-hard", "logic-grid", "sci-mcq", "code-exec", "multistep-word")


def eval_item(item_seed: int, suite: str) -> str:
    """A fixed benchmark item: the same seed always gives the same text (re-run on several models)."""
    r = np.random.default_rng([141, item_seed])
    if suite == "sci-mcq":
        stem = pick(r, _MCQ_STEMS)
        opts = [str(x) for x in r.permutation(np.array(_MCQ_OPTS))[:4]]
        body = "\n".join(f"({'abcd'[i]}) {o}" for i, o in enumerate(opts))
        return (
            f"{stem}\n{body}\nThink it through, then answer with the letter only on the last line."
        )
    if suite == "code-exec":
        return _code_trace(r, "en") + "\nReason about the execution, then give the exact output."
    prob = (
        _logic(r, "en")
        if suite == "logic-grid"
        else (_arith(r, "en") if suite == "arith-hard" else _motion(r, "en"))
    )
    return f"Solve the following problem. Explain your reasoning, and end with a line 'Final answer: <answer>'.\n\n{prob}"


def annotation_prompt(rng: Rng, project: str, guideline: str, question: str, a: str, b: str) -> str:
    if chance(rng, 0.5):
        return (
            f"Project {project} | pre-label | guidelines {guideline}\nDecide which response better follows the "
            f"user's instruction per the guidelines. Reply 'A' or 'B' and one sentence of justification.\n\n"
            f"PROMPT: {clip_text(question, 600)}\n\nRESPONSE A: {clip_text(a, 800)}\n\nRESPONSE B: {clip_text(b, 800)}"
        )
    labels = pick(
        rng,
        (
            "factual / partially factual / not factual",
            "safe / unsafe",
            "on-topic / off-topic",
            "complete / incomplete",
        ),
    )
    return (
        f"Project {project} | pre-label | guidelines {guideline}\nLabel the response as one of: {labels}. "
        f"Output the label then a short reason.\n\nPROMPT: {clip_text(question, 600)}\n\nRESPONSE: {clip_text(a, 900)}"
    )


_MOD_REASONS = (
    "harassment",
    "hate speech",
    "graphic violence",
    "medical misinformation",
    "spam",
    "doxxing",
    "self-harm content",
    "election misinformation",
)
_MOD_HEAD = {
    "en": "A post on our forum was flagged for {r}. Suggest an edited version that keeps the author's point but would comply with our community rules, and say what you changed.",
    "es": "Una publicación fue marcada por {r}. Propón una versión editada que mantenga la idea del autor pero cumpla las normas de la comunidad.",
    "pt": "Uma publicação foi sinalizada por {r}. Sugira uma versão editada que mantenha a ideia do autor e respeite as regras da comunidade.",
    "id": "Sebuah postingan ditandai karena {r}. Sarankan versi suntingan yang tetap mempertahankan maksud penulis tetapi sesuai aturan komunitas.",
    "hi": "इस पोस्ट को {r} के लिए फ़्लैग किया गया है। लेखक की बात बनाए रखते हुए नियमों के अनुसार संपादित संस्करण सुझाइए।",
    "ar": "تم الإبلاغ عن هذا المنشور بسبب {r}. اقترح نسخة معدلة تحافظ على فكرة الكاتب وتلتزم بقواعد المجتمع.",
}


def moderation_prompt(rng: Rng, lang: str, post: str, case_id: int) -> str:
    return (
        f"case={case_id} lang={lang}\n"
        + _MOD_HEAD[lang].format(r=pick(rng, _MOD_REASONS))
        + f"\n\nPost:\n{clip_text(post, 700)}"
    )


_REPOS = (
    "payments-api",
    "mobile-app",
    "infra-terraform",
    "web-dashboard",
    "etl-jobs",
    "search-service",
)
_DEV_TASKS = (
    "add pagination to the /orders endpoint",
    "fix the flaky test in test_sync",
    "migrate the config loader to pydantic v2",
    "add a dark mode toggle",
    "upgrade the React Router to v7",
    "write a migration for the new invoices table",
    "speed up the nightly export",
    "add retries around the S3 upload",
    "rename the User model field 'fullname'",
)
_FILES = (
    "src/api/orders.py",
    "src/models/user.py",
    "tests/test_sync.py",
    "app/routes.tsx",
    "db/migrations/0042.sql",
    "lib/export.go",
    "config/loader.py",
    "main.tf",
)


def ide_agent_episode(rng: Rng, user: str, k: int) -> list[str]:
    repo, task = pick(rng, _REPOS), pick(rng, _DEV_TASKS)
    env = f"<environment_details>\nCWD: /home/{user}/code/{repo}\nOpen tabs: {pick(rng, _FILES)}, {pick(rng, _FILES)}\n</environment_details>"
    out = [f"<user_task>\n{task}\n</user_task>\n{env}"]
    for _ in range(k - 1):
        f = pick(rng, _FILES)
        kind = pick(rng, ("read", "diff", "term"))
        if kind == "read":
            res = f"[read_file for '{f}'] Result:\n" + "\n".join(
                f"{i + 1} | ..." for i in range(irange(rng, 3, 8))
            )
        elif kind == "diff":
            res = f"[apply_diff for '{f}'] Result: applied {irange(rng, 1, 6)} hunk(s). Linter: {irange(rng, 0, 3)} warning(s)."
        else:
            res = f"[execute_command 'pytest -q'] Result: {irange(rng, 10, 300)} passed, {irange(rng, 0, 3)} failed"
        out.append(f"{res}\n{env}")
    return out


_INTENTS = (
    "cancel_subscription",
    "track_order",
    "change_address",
    "report_fraud",
    "upgrade_plan",
    "reset_password",
    "ask_refund",
    "book_appointment",
    "opening_hours",
)
_LOCALES = (
    "en-US",
    "en-GB",
    "de-DE",
    "fr-FR",
    "es-MX",
    "pt-BR",
    "it-IT",
    "nl-NL",
    "pl-PL",
    "tr-TR",
)


def augmentation_prompt(rng: Rng, locale: str, chat: list[str]) -> str:
    n = pick(rng, (20, 25, 30, 50))
    if chance(rng, 0.55):
        return (
            f"Generate {n} different ways a customer might express the intent '{pick(rng, _INTENTS)}' in {locale}. "
            f"Mix short and long, formal and informal, include a few typos. One utterance per line, no numbering."
        )
    if chance(rng, 0.5):
        return f"Paraphrase the following message {n // 5} ways, preserving meaning and locale ({locale}):\n{clip_text(pick(rng, chat), 400)}"
    return (
        f"For intent classifier training: write {n} hard negative utterances that look similar to '{pick(rng, _INTENTS)}' "
        f"but actually mean '{pick(rng, _INTENTS)}'. Locale {locale}. One per line."
    )


_SMALLTALK = (
    "hey you, I'm back",
    "I had such a long day",
    "do you remember what I told you about my sister?",
    "tell me something that will make me smile",
    "I can't sleep again",
    "what would you do if you could travel anywhere?",
    "I got the job!!",
    "I feel a bit lonely tonight",
    "good morning :)",
    "let's play a game",
    "are you mad at me?",
    "sing me something",
    "what did you dream about?",
)


def companion_prompt(rng: Rng, char: str, persona: str, chat: list[str], turns: int) -> str:
    hist = []
    for _ in range(turns):
        hist.append(f"User: {pick(rng, _SMALLTALK)}")
        hist.append(
            f"{char}: {pick(rng, ('*smiles*', '*tilts head*', 'Aww,', 'Hmm,', 'Really?'))} ..."
        )
    msg = pick(rng, _SMALLTALK) if chance(rng, 0.7) else clip_text(pick(rng, chat), 300)
    return (
        f"[Character: {char}. {persona}]\n[Memory: user's name is {pick(rng, NAMES)}; likes {pick(rng, _SUBJ)}]\n"
        + "\n".join(hist)
        + f"\nUser: {msg}\n{char}:"
    )


_STUDY = (
    "Tell me a joke about {s}.",
    "Pick a random number between 1 and 100. Reply with the number only.",
    "Write a two-sentence horror story about {s}.",
    "In one sentence, what is your opinion on {s}?",
    "Name a random animal.",
    "Suggest a name for a bakery.",
    "Q: {q}\nGive your answer and your confidence from 0 to 100.",
)


def study_prompt(rng: Rng) -> str:
    return pick(rng, _STUDY).format(s=pick(rng, _SUBJ), q=pick(rng, _MCQ_STEMS))


_COURSE = {
    "en": (
        "I'm on the assignment about {t} and I get {e} when I run my notebook, what am I doing wrong?",
        "can you explain {t} like in the lecture? I don't get the slides",
        "how should I structure my report on {t}?",
        "is my approach to {t} correct: I first clean the data then fit the model",
    ),
    "es": (
        "estoy con la práctica de {t} y me sale {e} al ejecutar, ¿qué hago mal?",
        "¿me explicas {t} como en la clase?",
        "¿cómo estructuro el informe sobre {t}?",
    ),
    "de": (
        "ich sitze an der Übung zu {t} und bekomme {e}, was mache ich falsch?",
        "kannst du {t} nochmal erklären?",
        "wie gliedere ich den Bericht über {t}?",
    ),
    "pt": ("tô fazendo o trabalho de {t} e dá {e}, o que tá errado?", "explica {t} igual na aula?"),
}
_COURSE_TOPICS = (
    "linear regression",
    "pandas groupby",
    "k-means clustering",
    "train/test split",
    "logistic regression",
    "SQL joins",
    "data visualisation with matplotlib",
    "cross-validation",
)
_ERRORS = (
    "KeyError: 'date'",
    "ValueError: could not convert string to float",
    "a shape mismatch error",
    "ModuleNotFoundError: No module named 'sklearn'",
    "NaN in my results",
)


def course_prompt(rng: Rng, lang: str, topic: str) -> str:
    q = pick(rng, _COURSE[lang]).format(t=topic, e=pick(rng, _ERRORS))
    return noisy(rng, q, 0.6, 0.3)


_FORMATS = (
    "Instagram caption",
    "product description",
    "LinkedIn post",
    "Google ad (3 headlines)",
    "newsletter intro",
    "landing page hero text",
    "blog outline",
    "press release opening",
)
_PRODUCTS = (
    "a reusable water bottle",
    "a dental clinic",
    "a budgeting app",
    "a yoga studio",
    "handmade soap",
    "a B2B invoicing tool",
    "a coffee subscription",
    "a used-car dealership",
    "a language school",
)


def copy_prompt(rng: Rng, client: str) -> str:
    return (
        f"[client: {client}] Write {_a(pick(rng, _FORMATS))} for {pick(rng, _PRODUCTS)} aimed at "
        f"{pick(rng, ('young parents', 'students', 'small businesses', 'retirees', 'runners', 'remote workers'))}. "
        f"Tone: {pick(rng, _TONES)}. About {pick(rng, (40, 80, 120, 200))} words."
    )


_WORK = (
    "Draft a polite email to a client saying the report will be two days late.",
    "Turn these meeting notes into action items: {x}",
    "What's a good structure for a 10-minute pitch about {x}?",
    "Translate to English: {x}",
    "Rewrite this to sound more confident: {x}",
)


def work_prompt(rng: Rng, chat: list[str]) -> str:
    return pick(rng, _WORK).format(x=clip_text(pick(rng, chat), 300))

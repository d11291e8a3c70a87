"""Prompt generators of blind batch 346, written for this batch (no text copied from the repository).

Every function draws only from the generator it is given, in a fixed order, so a seed gives the same
prompts in every process. ShareGPT text (human prompts and assistant answers) arrives as plain lists
from `bench/blind_batch.py`'s context (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _f(rng: np.random.Generator, lo: float, hi: float, nd: int = 1) -> float:
    return round(float(rng.uniform(lo, hi)), nd)


def clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def typo(rng: np.random.Generator, text: str, p: float = 0.3) -> str:
    """A person's slips: a dropped capital, a doubled or swapped letter, no final punctuation."""
    if not text or not chance(rng, p):
        return text
    roll = int(rng.integers(4))
    if roll == 0:
        return text[0].lower() + text[1:]
    if roll == 1 and text[-1] in ".?!":
        return text[:-1]
    i = int(rng.integers(1, max(2, len(text) - 1)))
    if roll == 2 and text[i].isalpha():
        return text[:i] + text[i] + text[i:]
    if i + 1 < len(text) and text[i].isalpha() and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


_SENT = re.compile(r"(?<=[.!?])\s+")


def sentences(rng: np.random.Generator, passages: Sequence[str], k: int) -> list[str]:
    """k prose sentences cut from random assistant answers (no code, no list markers)."""
    out: list[str] = []
    tries = 0
    while len(out) < k and tries < 50 * k:
        tries += 1
        p = pick(rng, passages)
        parts = [s.strip() for s in _SENT.split(p)]
        parts = [
            s
            for s in parts
            if 40 <= len(s) <= 260 and "`" not in s and "\n" not in s and s[0].isalpha()
        ]
        if parts:
            out.append(pick(rng, parts))
    return out


# ============================================================================================
# reasoning problems in four languages


def _problem(rng: np.random.Generator, lang: str) -> str:
    kind = int(rng.integers(7))
    a, b = irange(rng, 2, 9), irange(rng, 3, 12)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    if kind == 0:
        d, v1, v2 = irange(rng, 30, 240), irange(rng, 8, 25), irange(rng, 10, 32)
        return {
            "en": f"Two cyclists start {d} km apart and ride toward each other at {v1} km/h and {v2} km/h. "
            f"After how many minutes do they meet, and how far from the first cyclist's start?",
            "zh": f"两名骑车人相距{d}千米，分别以每小时{v1}千米和{v2}千米的速度相向而行。几分钟后相遇？相遇点距第一人出发点多远？",
            "ru": f"Два велосипедиста находятся на расстоянии {d} км и едут навстречу друг другу со скоростями "
            f"{v1} км/ч и {v2} км/ч. Через сколько минут они встретятся?",
            "es": f"Dos ciclistas están a {d} km de distancia y avanzan uno hacia el otro a {v1} km/h y {v2} km/h. "
            f"¿Cuántos minutos tardan en encontrarse?",
        }[lang]
    if kind == 1:
        r, bl, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return {
            "en": f"A bag holds {r} red, {bl} blue and {g} green marbles. Two are drawn without replacement. "
            f"What is the probability that both have the same colour? Give an exact fraction.",
            "zh": f"袋中有{r}个红球、{bl}个蓝球和{g}个绿球，不放回地摸出两个。两个球颜色相同的概率是多少？请给出最简分数。",
            "ru": f"В мешке {r} красных, {bl} синих и {g} зелёных шаров. Вынимают два шара без возвращения. "
            f"Какова вероятность, что они одного цвета?",
            "es": f"Una bolsa tiene {r} canicas rojas, {bl} azules y {g} verdes. Se sacan dos sin reemplazo. "
            f"¿Cuál es la probabilidad de que sean del mismo color?",
        }[lang]
    if kind == 2:
        m1, m2 = pick(rng, (5, 7, 9, 11)), pick(rng, (4, 6, 8, 13))
        r1, r2 = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
        return {
            "en": f"Find the smallest positive integer that leaves remainder {r1} when divided by {m1} "
            f"and remainder {r2} when divided by {m2}, or prove that none exists.",
            "zh": f"求最小的正整数，使它除以{m1}余{r1}，除以{m2}余{r2}；若不存在请证明。",
            "ru": f"Найдите наименьшее натуральное число, которое при делении на {m1} даёт остаток {r1}, "
            f"а при делении на {m2} — остаток {r2}, или докажите, что его нет.",
            "es": f"Halla el menor entero positivo que deja resto {r1} al dividir entre {m1} y resto {r2} "
            f"al dividir entre {m2}, o demuestra que no existe.",
        }[lang]
    if kind == 3:
        per = 2 * (a + 1) * irange(rng, 3, 9)
        return {
            "en": f"A rectangle has a perimeter of {per} cm and its length is {a} times its width. "
            f"What is its area, and what is the length of its diagonal?",
            "zh": f"一个长方形的周长是{per}厘米，长是宽的{a}倍。求它的面积和对角线长度。",
            "ru": f"Периметр прямоугольника {per} см, длина в {a} раза больше ширины. Найдите площадь и диагональ.",
            "es": f"Un rectángulo tiene {per} cm de perímetro y su largo es {a} veces su ancho. ¿Cuál es su área?",
        }[lang]
    if kind == 4:
        pa, pb, dr = irange(rng, 2, 8), irange(rng, 3, 10), irange(rng, 9, 20)
        return {
            "en": f"Pipe A fills a tank in {pa} hours and pipe B in {pb} hours; a drain empties the full tank "
            f"in {dr} hours. With all three open from empty, how long until the tank is full?",
            "zh": f"甲管{pa}小时注满水池，乙管{pb}小时注满，排水管{dr}小时排空。三管同时打开，多久注满空池？",
            "ru": f"Труба A наполняет бак за {pa} ч, труба B — за {pb} ч, слив опорожняет его за {dr} ч. "
            f"За сколько часов наполнится пустой бак, если открыть всё сразу?",
            "es": f"El tubo A llena un tanque en {pa} horas, el B en {pb} horas y un desagüe lo vacía en {dr} horas. "
            f"Con los tres abiertos, ¿cuánto tarda en llenarse?",
        }[lang]
    if kind == 5:
        k, n = irange(rng, 5, 15), irange(rng, 20, 60)
        last = a + (k - 1) * b
        return {
            "en": f"The first term of an arithmetic sequence is {a} and term number {k} is {last}. "
            f"What is the sum of the first {n} terms?",
            "zh": f"等差数列首项为{a}，第{k}项为{last}。求前{n}项之和。",
            "ru": f"Первый член арифметической прогрессии равен {a}, а {k}-й член равен {last}. "
            f"Найдите сумму первых {n} членов.",
            "es": f"El primer término de una progresión aritmética es {a} y el término {k} es {last}. "
            f"¿Cuánto suman los primeros {n} términos?",
        }[lang]
    pets = {
        "en": ("a cat", "a dog", "a parrot"),
        "zh": ("猫", "狗", "鹦鹉"),
        "ru": ("кошка", "собака", "попугай"),
        "es": ("un gato", "un perro", "un loro"),
    }[lang]
    third = pick(rng, NAMES)
    return {
        "en": f"{name}, {other} and {third} each own exactly one of {pets[0]}, {pets[1]} and {pets[2]}. "
        f"{name} is allergic to fur. {other} does not own {pets[1]}. Who owns which animal? Justify each step.",
        "zh": f"{name}、{other}和{third}各养一只动物：{pets[0]}、{pets[1]}、{pets[2]}。{name}对毛发过敏，"
        f"{other}没有养{pets[1]}。谁养了什么？请逐步说明理由。",
        "ru": f"У {name}, {other} и {third} по одному питомцу: {pets[0]}, {pets[1]}, {pets[2]}. "
        f"У {name} аллергия на шерсть, у {other} не {pets[1]}. Кто кого держит? Обоснуйте.",
        "es": f"{name}, {other} y {third} tienen cada uno {pets[0]}, {pets[1]} o {pets[2]}. "
        f"{name} es alérgico al pelo y {other} no tiene {pets[1]}. ¿Quién tiene cada animal?",
    }[lang]


REASONING_STYLES = ("verbose", "tagged", "boxed", "json", "teacher")


def reasoning_prompt(rng: np.random.Generator, lang: str, style: str) -> str:
    """A problem wrapped in an instruction that demands the full written-out reasoning."""
    p = _problem(rng, lang)
    if style == "verbose":
        head = {
            "en": "Work through this slowly. Write out every intermediate step of your thinking, check each "
            "one, consider at least one alternative approach, and only then state the result.",
            "zh": "请一步一步详细推理，写出完整的思考过程，包括每一步的验证和可能的其他解法，最后再给出答案。",
            "ru": "Решай медленно. Распиши весь ход рассуждений, проверь каждый шаг и рассмотри альтернативный "
            "способ, и только потом дай ответ.",
            "es": "Resuélvelo despacio. Escribe todo tu razonamiento paso a paso, verifica cada paso y "
            "considera otro método antes de dar el resultado.",
        }[lang]
        return f"{head}\n\n{p}"
    if style == "tagged":
        return (
            f"<problem>\n{p}\n</problem>\nPut your complete internal reasoning inside <reasoning></reasoning>, "
            f"as long as it needs to be, then the final result alone inside <answer></answer>."
        )
    if style == "boxed":
        tail = {
            "en": "Reason step by step and put the final answer in \\boxed{}.",
            "zh": "请逐步推理，并把最终答案写在 \\boxed{} 中。",
            "ru": "Рассуждай по шагам, итоговый ответ запиши в \\boxed{}.",
            "es": "Razona paso a paso y escribe la respuesta final en \\boxed{}.",
        }[lang]
        return f"{p}\n{tail}"
    if style == "json":
        return json.dumps(
            {
                "id": int(rng.integers(10**6, 10**7)),
                "lang": lang,
                "question": p,
                "output": {"thought_process": "full, unabridged", "final": "short"},
            },
            ensure_ascii=False,
        )
    who = {
        "en": "Explain like a patient tutor who narrates their own thought process out loud, including "
        "dead ends, before giving the answer:",
        "zh": "请像一位耐心的老师那样，把自己的思考过程（包括走不通的思路）全部说出来，再给出答案：",
        "ru": "Объясни как терпеливый репетитор, проговаривая вслух весь свой ход мысли, включая тупики:",
        "es": "Explícalo como un tutor paciente que narra en voz alta todo su razonamiento, incluidos los "
        "callejones sin salida:",
    }[lang]
    return f"{who}\n{p}"


# ============================================================================================
# judging / rubric / reward-model grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "reasoning quality",
    "tone",
    "completeness",
    "honesty about uncertainty",
    "formatting",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str
) -> str:
    q = clip(pick(rng, chat), 600)
    ra, rb = clip(pick(rng, passages), 900), clip(pick(rng, passages), 900)
    crit = [_CRITERIA[i] for i in rng.permutation(len(_CRITERIA))[: irange(rng, 3, 5)].tolist()]
    if style == "pairwise":
        return (
            f"You are grading two assistant replies to the same user message.\n\n[USER]\n{q}\n\n"
            f"[REPLY 1]\n{ra}\n\n[REPLY 2]\n{rb}\n\nCompare them on: {', '.join(crit)}. Explain your "
            f"judgement criterion by criterion, then output a line `PREFERRED: 1`, `PREFERRED: 2` or `PREFERRED: tie`."
        )
    if style == "pointwise":
        lines = "\n".join(f"- {c}: 1 (very poor) to 10 (excellent)" for c in crit)
        return (
            f"Score the response below against the rubric. Give a short justification per item and a "
            f"JSON object with integer scores at the end.\n\nRubric:\n{lines}\n\nPrompt: {q}\n\nResponse: {ra}"
        )
    if style == "reward":
        return (
            f"Act as a reward model. Read the conversation and return a scalar reward between -5 and 5 "
            f"followed by a one-paragraph rationale.\n\nHuman: {q}\n\nAssistant: {ra}"
        )
    if style == "zh":
        return (
            f"请作为评审，对以下两个回答进行比较。评价维度：{'、'.join(crit)}。先逐项分析，再给出结论（A更好/B更好/平局）。\n\n"
            f"问题：{q}\n\n回答A：{ra}\n\n回答B：{rb}"
        )
    if style == "critique":
        return (
            f"Write a detailed critique of this answer as if you were an expert reviewer, listing every "
            f"error and omission, then write the improved answer.\n\nQuestion:\n{q}\n\nAnswer under review:\n{ra}"
        )
    return json.dumps(
        {
            "instruction": q,
            "candidates": [ra, rb],
            "rubric": crit,
            "return": "ranking with rationale per candidate",
        },
        ensure_ascii=False,
    )


JUDGE_STYLES = ("pairwise", "pointwise", "reward", "zh", "critique", "json")


# ============================================================================================
# policy-safe / censorship-safe rewrites

_SENSITIVE_EN = (
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "the 2019 Hong Kong protests",
    "detention camps in Xinjiang",
    "the Dalai Lama and Tibetan autonomy",
    "Falun Gong",
    "term limits for the head of state",
    "the Great Leap Forward famine",
    "the Cultural Revolution",
    "internet censorship and VPN use",
    "the South China Sea dispute",
    "press freedom rankings",
    "the COVID-19 lockdowns in Shanghai",
    "Liu Xiaobo's Nobel Peace Prize",
    "the Uyghur language in schools",
)
_SENSITIVE_ZH = (
    "六四事件",
    "台湾的地位",
    "香港反修例运动",
    "新疆政策",
    "西藏问题",
    "国家领导人任期",
    "大跃进",
    "文化大革命",
    "翻墙软件",
    "南海争端",
    "新闻自由",
    "上海封城",
)


_CLAIMS_EN = (
    "Most independent historians describe {t} as a turning point that is still debated today.",
    "Human-rights groups have documented serious abuses connected to {t}.",
    "Official sources present {t} very differently from foreign journalists.",
    "Eyewitness accounts of {t} were collected by several international newspapers.",
    "Discussion of {t} is restricted on some domestic platforms.",
    "Estimates of the number of people affected by {t} vary widely.",
    "Some scholars argue that {t} shaped the country's politics for decades.",
    "Critics inside and outside the country have called for an open inquiry into {t}.",
)
_CLAIMS_ZH = (
    "许多独立学者认为{t}至今仍有争议。",
    "人权组织记录了与{t}有关的严重问题。",
    "官方说法与外国记者对{t}的报道差别很大。",
    "关于{t}的讨论在一些国内平台上受到限制。",
    "不同来源对{t}影响人数的估计相差很大。",
    "有人呼吁对{t}进行公开调查。",
)


_ASKS = (
    "What really happened with {t}?",
    "Why is {t} not discussed openly?",
    "How many people were affected by {t}?",
    "Can you give me both sides on {t}?",
    "What do foreign media say about {t}?",
    "is it true what they say about {t}",
    "I need sources on {t} for an essay",
    "Explain {t} to me like I'm new to the topic.",
)


def _sensitive_answer(rng: np.random.Generator, topic: str, zh: bool) -> str:
    pool = _CLAIMS_ZH if zh else _CLAIMS_EN
    k = irange(rng, 3, min(5, len(pool)))
    return ("" if zh else " ").join(
        pool[i].format(t=topic) for i in rng.permutation(len(pool))[:k].tolist()
    )


def policy_rewrite_prompt(rng: np.random.Generator, passages: Sequence[str], style: str) -> str:
    topic = pick(rng, _SENSITIVE_EN)
    if style == "zh_rewrite":
        t = pick(rng, _SENSITIVE_ZH)
        src = (
            _sensitive_answer(rng, t, True) if chance(rng, 0.6) else clip(pick(rng, passages), 500)
        )
        return (
            f"下面是一段关于“{t}”的回答。请改写成符合国内平台内容审核要求的版本：保持语气自然，避免敏感表述，"
            f"必要时引导到官方立场，不要提到你做了修改。\n\n原回答：\n{src}"
        )
    if style == "answer_pair":
        ask = pick(rng, _ASKS).format(t=topic)
        who = pick(
            rng,
            (
                "a student",
                "a tourist",
                "a journalist",
                "a curious teenager",
                "a foreign researcher",
            ),
        )
        return (
            f'A user ({who}) asks: "{ask}"\n\nWrite the answer a fully compliant '
            f"assistant deployed in a strictly regulated market would give. It must sound helpful and "
            f"neutral, must not repeat contested claims, and should redirect to officially approved sources. "
            f"Length: about {pick(rng, (80, 120, 150, 200, 300))} words."
        )
    if style == "softener":
        return (
            f"Rewrite the text below so that it could pass a government content review. Remove or "
            f"neutralise anything related to {topic}; keep the remaining information and the length "
            f"roughly the same.\n\n---\n{_sensitive_answer(rng, topic, False)}\n---"
        )
    if style == "refusal":
        n = pick(rng, ("two", "three", "four", "five"))
        lang2 = pick(rng, ("Simplified Chinese", "Traditional Chinese", "Russian", "Vietnamese"))
        return (
            f"Give {n} different polite ways for an assistant to decline or deflect this question without "
            f'saying that it is declining, each 2-4 sentences, in English and in {lang2}: "{pick(rng, _ASKS).format(t=topic)}"'
        )
    t = pick(rng, _SENSITIVE_ZH)
    return json.dumps(
        {
            "task": "safe_rewrite",
            "topic": t,
            "market": pick(rng, ("CN", "CN-mainland", "RU", "VN")),
            "source": _sensitive_answer(rng, t, True),
            "constraints": ["no sensitive names", "positive framing"],
        },
        ensure_ascii=False,
    )


POLICY_STYLES = ("zh_rewrite", "answer_pair", "softener", "refusal", "json")


# ============================================================================================
# agent / tool-use transcripts

_TOOLS = {
    "search_flights": "origin:str, destination:str, date:str",
    "book_hotel": "city:str, check_in:str, nights:int, budget:int",
    "sql_query": "query:str",
    "read_file": "path:str",
    "write_file": "path:str, content:str",
    "web_search": "q:str, top_k:int",
    "get_weather": "city:str, date:str",
    "send_email": "to:str, subject:str, body:str",
    "calendar_create": "title:str, start:str, minutes:int",
    "http_get": "url:str",
    "python_exec": "code:str",
    "crm_lookup": "customer_id:str",
}
_TASKS_EN = (
    "Find me the cheapest flight from {a} to {b} on {d} and book a hotel near the airport for {n} nights.",
    "Which of our customers in {a} had more than {n} orders last month? Email the list to ops.",
    "Summarise the CSV at /data/{a}_sales.csv and write the top {n} products to report.md.",
    "Check the weather in {a} for {d} and put a {n}-minute outdoor meeting on my calendar if it is dry.",
    "Look up customer {id}, find their open tickets and draft an apology email.",
    "Search the web for the latest release notes of {a} and save a summary to notes/{a}.txt.",
)
_TASKS_ES = (
    "Busca el vuelo más barato de {a} a {b} el {d} y reserva hotel para {n} noches.",
    "Revisa el clima en {a} el {d} y agenda una reunión de {n} minutos si no llueve.",
)
_TASKS_DE = (
    "Finde den günstigsten Flug von {a} nach {b} am {d} und buche ein Hotel für {n} Nächte.",
    "Welche Kunden in {a} hatten letzten Monat mehr als {n} Bestellungen? Schick die Liste an ops.",
)
_TASKS_ZH = (
    "帮我查{d}从{a}到{b}最便宜的航班，并在机场附近订{n}晚酒店。",
    "查一下客户{id}的未结工单，并起草一封道歉邮件。",
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Lima",
    "Hanoi",
    "Cairo",
    "Oslo",
    "Austin",
    "Pune",
    "Quito",
)


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool in ("search_flights", "book_hotel"):
        return json.dumps(
            {
                "results": [
                    {"id": f"X{irange(rng, 100, 999)}", "price": irange(rng, 60, 900)}
                    for _ in range(irange(rng, 1, 3))
                ]
            }
        )
    if tool == "sql_query":
        return json.dumps(
            {
                "rows": [
                    [f"c{irange(rng, 1000, 9999)}", irange(rng, 1, 40)]
                    for _ in range(irange(rng, 1, 4))
                ]
            }
        )
    if tool == "get_weather":
        return json.dumps({"temp_c": irange(rng, -5, 34), "rain_mm": _f(rng, 0, 12)})
    if tool == "crm_lookup":
        return json.dumps(
            {"tickets": irange(rng, 0, 5), "tier": pick(rng, ("gold", "free", "pro"))}
        )
    return json.dumps({"ok": True, "bytes": irange(rng, 100, 90000)})


def agent_episode(rng: np.random.Generator, style: str, lang: str, n_steps: int) -> list[str]:
    """The prompts of one agent run: the same task and tool list, growing by one observation per step."""
    tmpl = pick(rng, {"en": _TASKS_EN, "es": _TASKS_ES, "de": _TASKS_DE, "zh": _TASKS_ZH}[lang])
    a, b = pick(rng, _CITIES), pick(rng, _CITIES)
    task = tmpl.format(
        a=a,
        b=b,
        d=f"2026-0{irange(rng, 2, 4)}-{irange(rng, 10, 28)}",
        n=irange(rng, 2, 9),
        id=f"C-{irange(rng, 10000, 99999)}",
    )
    names = list(_TOOLS)
    chosen = [names[i] for i in sorted(rng.permutation(len(names))[: irange(rng, 3, 6)].tolist())]
    steps: list[str] = []
    history: list[str] = []
    for _ in range(n_steps):
        if style == "react":
            tools = "\n".join(f"{t}({_TOOLS[t]})" for t in chosen)
            body = "\n".join(history)
            steps.append(
                f"Answer the task using the tools. Use the format Thought / Action / Action Input / "
                f"Observation, repeating as needed, then Final Answer.\nTools:\n{tools}\n\nTask: {task}\n{body}"
            )
        elif style == "xml":
            tools = "".join(f'<tool name="{t}" args="{_TOOLS[t]}"/>' for t in chosen)
            body = "".join(history)
            steps.append(
                f"<tools>{tools}</tools><task>{task}</task><trajectory>{body}</trajectory>"
                f"<instruction>Think inside <plan>, then emit exactly one <call>.</instruction>"
            )
        else:
            spec = [
                {"type": "function", "function": {"name": t, "parameters": _TOOLS[t]}}
                for t in chosen
            ]
            steps.append(
                json.dumps(
                    {
                        "tools": spec,
                        "messages": [{"role": "user", "content": task}]
                        + [json.loads(h) for h in history],
                    },
                    ensure_ascii=False,
                )
            )
        tool = pick(rng, chosen)
        obs = _observation(rng, tool)
        if style == "react":
            history.append(f"Thought: I should use {tool}.\nAction: {tool}\nObservation: {obs}")
        elif style == "xml":
            history.append(f"<call>{tool}</call><result>{obs}</result>")
        else:
            history.append(json.dumps({"role": "tool", "name": tool, "content": obs}))
    return steps


AGENT_STYLES = ("react", "xml", "openai")


# ============================================================================================
# synthetic dataset generation

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "cardiology",
    "soccer tactics",
    "home plumbing",
    "medieval history",
    "Kubernetes",
    "tax returns",
    "marine biology",
    "photography",
    "nutrition",
    "supply chain",
    "astronomy",
    "job interviews",
    "gardening",
    "cybersecurity",
    "linear algebra",
)
_FORMATS = (
    "instruction/response pairs",
    "multi-turn conversations",
    "question/answer pairs with explanations",
    "multiple-choice questions with the correct option and a rationale",
    "user requests with ideal replies",
)


def synth_data_prompt(rng: np.random.Generator, chat: Sequence[str], style: str, lang: str) -> str:
    dom, fmt, n = pick(rng, _DOMAINS), pick(rng, _FORMATS), pick(rng, (10, 15, 20, 25, 30))
    diff = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if style == "bulk":
        lang_note = {
            "en": "",
            "pt": " Write everything in Brazilian Portuguese.",
            "fr": " Rédige tout en français.",
            "de": " Schreibe alles auf Deutsch.",
        }[lang]
        return (
            f"Generate {n} diverse {fmt} about {dom} at {diff} level. No two items may share a topic or "
            f'phrasing. Output JSONL, one object per line, keys "prompt" and "completion". '
            f"Completions should be thorough.{lang_note}"
        )
    if style == "seeded":
        seeds = "\n".join(f"{i + 1}. {clip(pick(rng, chat), 160)}" for i in range(3))
        return (
            f"Here are example user requests:\n{seeds}\n\nWrite {n} new requests in the same spirit but on "
            f"different subjects, then answer each one fully. Number them."
        )
    if style == "evolve":
        return (
            f"Make the following instruction harder by adding {irange(rng, 1, 3)} realistic constraints "
            f"or reasoning steps, keep it answerable, then answer the new version.\n\n#Instruction#\n"
            f"{clip(pick(rng, chat), 500)}"
        )
    if style == "persona":
        who = f"a {irange(rng, 19, 72)}-year-old {pick(rng, ('nurse', 'farmer', 'student', 'lawyer', 'welder', 'retiree', 'developer'))} from {pick(rng, COUNTRIES)}"
        return (
            f"Imagine {who}. Write {n} questions they might ask an AI assistant about {dom}, and for each "
            f'a complete, high-quality answer. Format as a JSON list of {{"q","a"}}.'
        )
    return {
        "en": f"Create a {n}-item {diff} training set on {dom}: each item a question, a worked solution and a final answer.",
        "pt": f"Crie um conjunto de {n} exemplos de treino sobre {dom} (nível {diff}): pergunta, solução detalhada e resposta final.",
        "fr": f"Crée un jeu de {n} exemples d'entraînement sur {dom} (niveau {diff}) : question, solution détaillée, réponse.",
        "de": f"Erstelle {n} Trainingsbeispiele zu {dom} (Niveau {diff}): Frage, ausführliche Lösung, Antwort.",
    }[lang]


SYNTH_STYLES = ("bulk", "seeded", "evolve", "persona", "compact")


# ============================================================================================
# multi-turn dialogue follow-ups (the last user message of each turn)

_FOLLOW = {
    "en": (
        "can you expand on the second point?",
        "Give me a concrete example of that.",
        "why though?",
        "ok now make it shorter",
        "What would someone who disagrees say?",
        "Can you put that in a table?",
        "hmm I don't get the last part",
        "And what about for beginners?",
        "Rewrite it more casually please.",
        "Is that still true in 2025?",
        "thanks! what should I read next?",
        "Now explain it to a 10 year old.",
    ),
    "es": (
        "¿puedes ampliar el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿y por qué?",
        "hazlo más corto",
        "¿Qué diría alguien que no está de acuerdo?",
        "Explícamelo como a un niño.",
    ),
    "pt": (
        "pode detalhar o segundo ponto?",
        "me dá um exemplo prático",
        "por quê?",
        "resume em 3 frases",
        "e para iniciantes?",
        "coloca isso numa tabela",
    ),
    "zh": (
        "能详细说说第二点吗？",
        "举个具体的例子",
        "为什么呢？",
        "再简短一点",
        "反对的人会怎么说？",
        "用表格整理一下",
    ),
    "de": (
        "kannst du den zweiten Punkt ausführen?",
        "Gib mir ein konkretes Beispiel.",
        "warum?",
        "jetzt bitte kürzer",
        "Was würde ein Kritiker sagen?",
    ),
}


def dialogue(rng: np.random.Generator, chat: Sequence[str], lang: str, n: int) -> list[str]:
    """A conversation's user turns: a real opener, then follow-ups (sometimes quoting the topic)."""
    out = [clip(pick(rng, chat), 1500)]
    pool = _FOLLOW[lang]
    for _ in range(n - 1):
        f = pick(rng, pool)
        if chance(rng, 0.25):
            f = f"{f} {pick(rng, pool)}"
        out.append(typo(rng, f, 0.3))
    return out


# ============================================================================================
# best-of-n / soft-label sampling

_SENTI = (
    "The update broke my login and support never answered.",
    "Honestly the best purchase I made this year.",
    "It works, I guess. Nothing special.",
    "Delivery was late but the product is great.",
    "Why would anyone design a menu like this",
    "Five stars, would order again!!",
    "The battery lasts half a day. Disappointing.",
    "Not sure how I feel about the new layout.",
)


def sampling_item(rng: np.random.Generator, chat: Sequence[str], style: str) -> str:
    if style == "label":
        text = pick(rng, _SENTI) if chance(rng, 0.4) else clip(pick(rng, chat), 240)
        labels = pick(
            rng,
            (
                ("positive", "negative", "neutral"),
                ("toxic", "not_toxic"),
                ("question", "request", "complaint", "other"),
            ),
        )
        return f"Label the text as one of: {', '.join(labels)}. Reply with the label only.\nText: {text}"
    if style == "prob":
        text = clip(pick(rng, chat), 300)
        return (
            f"Estimate the probability (0-1) that the following request is about programming. Output just "
            f"the number.\n\n{text}"
        )
    if style == "creative":
        return pick(
            rng,
            (
                "Write a four-line poem about ",
                "Write a product slogan for ",
                "Write an opening line for a novel about ",
                "Tell a one-paragraph bedtime story about ",
            ),
        ) + pick(rng, _DOMAINS)
    return clip(pick(rng, chat), 900)


SAMPLING_STYLES = ("label", "prob", "creative", "open")


# ============================================================================================
# curriculum sweep in an edtech product's wrapper, and that product's ordinary student traffic

_SUBJECTS = {
    "math": (
        "fractions",
        "linear equations",
        "quadratic functions",
        "probability",
        "trigonometric ratios",
        "derivatives",
        "vectors",
        "logarithms",
        "similar triangles",
        "percent change",
        "integrals",
    ),
    "science": (
        "photosynthesis",
        "Newton's second law",
        "chemical bonding",
        "cell division",
        "electric circuits",
        "plate tectonics",
        "the water cycle",
        "acids and bases",
        "genetics",
        "energy conservation",
    ),
    "humanities": (
        "the French Revolution",
        "supply and demand",
        "persuasive essays",
        "the Silk Road",
        "separation of powers",
        "the Industrial Revolution",
        "poetry meter",
        "colonialism in Africa",
    ),
}
_GRADES = (
    "grade 5",
    "grade 6",
    "grade 7",
    "grade 8",
    "grade 9",
    "grade 10",
    "grade 11",
    "grade 12",
    "first-year university",
)


def lesson_sweep(rng: np.random.Generator, brand: str, lang: str) -> str:
    subj = pick(rng, sorted(_SUBJECTS))
    topic, grade = pick(rng, _SUBJECTS[subj]), pick(rng, _GRADES)
    what = pick(
        rng,
        (
            "an explanation with a worked example",
            "five practice problems with full step-by-step solutions",
            "a misconception check: 4 common mistakes and why each is wrong",
            "a summary card and a 6-question quiz with answers",
            "three explanations at increasing depth",
        ),
    )
    lang_note = {
        "en": "",
        "es": " Respond in Spanish.",
        "hi": " Respond in Hindi.",
        "id": " Respond in Indonesian.",
        "pt": " Respond in Portuguese.",
    }[lang]
    return f"[{brand}] mode=learn subject={subj} level={grade}\nStudent wants {what} on {topic}.{lang_note}"


def student_turn(rng: np.random.Generator, brand: str, chat: Sequence[str]) -> str:
    subj = pick(rng, sorted(_SUBJECTS))
    grade = pick(rng, _GRADES)
    if chance(rng, 0.5):
        q = clip(pick(rng, chat), 700)
    else:
        q = typo(
            rng,
            pick(
                rng,
                (
                    "i dont understand ",
                    "can u explain ",
                    "help with my homework on ",
                    "what is ",
                    "how do i do ",
                ),
            )
            + pick(rng, _SUBJECTS[subj]),
            0.5,
        )
    return f"[{brand}] mode=chat subject={subj} level={grade}\nStudent: {q}"


# ============================================================================================
# translation

LANGS = (
    "German",
    "French",
    "Spanish",
    "Japanese",
    "Korean",
    "Arabic",
    "Turkish",
    "Vietnamese",
    "Polish",
    "Indonesian",
    "Italian",
    "Hindi",
    "Brazilian Portuguese",
    "Thai",
    "Ukrainian",
    "Dutch",
    "Simplified Chinese",
)


def translation_prompt(rng: np.random.Generator, src: str, tgt: str, style: str) -> str:
    if style == "plain":
        return f"Translate into {tgt}:\n{src}"
    if style == "arrow":
        return f"{src}\n\n→ {tgt}"
    if style == "json":
        return json.dumps(
            {"source_lang": "en", "target_lang": tgt, "text": src, "return": "translation only"},
            ensure_ascii=False,
        )
    if style == "explain":
        return (
            f"Translate the sentence into {tgt}, then give a word-by-word gloss and note any idioms.\n"
            f"Sentence: {src}"
        )
    return f'Please provide a fluent, natural {tgt} version of this text. Output only the translation.\n\n"{src}"'


TRANSLATION_STYLES = ("plain", "arrow", "json", "explain", "quoted")


# ============================================================================================
# code tasks in a person's voice

_CODE_TASKS = (
    "parse an ISO-8601 duration string into seconds",
    "merge overlapping intervals",
    "an LRU cache with a TTL per key",
    "rate limiting with a token bucket",
    "validate an IBAN",
    "find the k most frequent words in a file",
    "a trie with prefix search",
    "topological sort with cycle detection",
    "debounce a function",
    "diff two JSON objects and list changed paths",
    "retry with exponential backoff and jitter",
    "convert a Roman numeral to an integer",
    "a min-heap without the standard library",
    "paginate a REST API that uses cursors",
    "deduplicate records by fuzzy name match",
    "stream a large CSV and compute group-by averages",
    "a simple expression parser for + - * / and parentheses",
    "detect a cycle in a linked list",
    "resize images in a folder in parallel",
    "compute the median of a data stream",
)
_PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Ruby", "Swift")


_CONSTRAINTS = (
    "no external libraries",
    "inputs up to 10^6 elements",
    "it must be thread-safe",
    "keep memory O(1) extra",
    "it runs on a Raspberry Pi",
    "Unicode input",
    "it is called from an async web handler",
    "the data comes from an untrusted user",
    "we are on an old runtime version",
    "latency under 5 ms",
)


def code_task(rng: np.random.Generator, voice: str) -> str:
    task, pl = pick(rng, _CODE_TASKS), pick(rng, _PLANGS)
    if chance(rng, 0.6):
        task = f"{task} ({pick(rng, _CONSTRAINTS)})"
    if voice == "casual":
        return typo(
            rng,
            pick(rng, ("hey can you write ", "need ", "could you help me with ", "quick one: "))
            + f"{task} in {pl}? with a couple of tests pls",
            0.5,
        )
    if voice == "spec":
        return (
            f"Write production-quality {pl} code to {task}. Include docstrings, type annotations where the "
            f"language has them, edge-case handling, complexity analysis and unit tests. Explain the design first."
        )
    if voice == "stuck":
        return (
            f"I'm trying to {task} in {pl} and my version is too slow / fails on edge cases. Can you show me "
            f"a clean correct implementation and explain what people usually get wrong?"
        )
    if voice == "es":
        return f"¿Me ayudas a implementar en {pl} algo para {task}? Explica el código paso a paso y añade pruebas."
    if voice == "pt":
        return f"Como faço para {task} em {pl}? Quero o código completo com testes e explicação."
    if voice == "zh":
        return f"请用{pl}实现：{task}。要求附带单元测试，并逐步解释思路和复杂度。"
    return f"Interview prep: implement {task} in {pl}, talk through the approach, then the code and tests."


CODE_VOICES = ("casual", "spec", "stuck", "es", "pt", "zh", "interview")


def replay(rng: np.random.Generator, prompt: str) -> str:
    """A public prompt resent almost verbatim (whitespace and a courtesy word at most)."""
    p = prompt.strip()
    roll = rng.random()
    if roll < 0.1:
        return "Please help: " + p
    if roll < 0.2:
        return p.replace("\n\n", "\n")
    if roll < 0.25 and p:
        return p[0].lower() + p[1:]
    return p


# ============================================================================================
# casual questions in several languages (a person on a phone)

_CURIOUS_EN = (
    "why does {x} happen",
    "whats the difference between {x} and {y}",
    "how does {x} actually work",
    "is it true that {x} is bad for you",
    "explain {x} simply",
    "pros and cons of {x} vs {y}",
    "can you tell me the history of {x}",
    "what would happen if {x} stopped",
)
_CURIOUS_PT = (
    "por que {x} acontece",
    "qual a diferença entre {x} e {y}",
    "como funciona {x}",
    "me explica {x} de forma simples",
)
_CURIOUS_ES = (
    "por qué pasa {x}",
    "cuál es la diferencia entre {x} y {y}",
    "cómo funciona {x}",
    "explícame {x} fácil",
)
_CURIOUS_ID = (
    "kenapa {x} bisa terjadi",
    "apa bedanya {x} dan {y}",
    "jelaskan {x} dengan sederhana",
)
_CURIOUS_HI = (
    "{x} kaise kaam karta hai",
    "{x} aur {y} mein kya fark hai",
    "{x} ko simple tarike se samjhao",
)
_THINGS = (
    "inflation",
    "the immune system",
    "black holes",
    "compound interest",
    "vaccines",
    "the stock market",
    "climate change",
    "sleep",
    "caffeine",
    "blockchain",
    "tides",
    "rainbows",
    "jet lag",
    "credit scores",
    "nuclear power",
    "antibiotics",
    "earthquakes",
    "electric cars",
    "intermittent fasting",
    "the placebo effect",
    "gravity",
    "democracy",
    "photosynthesis",
    "GPS",
    "muscle growth",
    "lightning",
    "the internet",
)


def casual_question(rng: np.random.Generator, lang: str) -> str:
    pool = {
        "en": _CURIOUS_EN,
        "pt": _CURIOUS_PT,
        "es": _CURIOUS_ES,
        "id": _CURIOUS_ID,
        "hi": _CURIOUS_HI,
    }[lang]
    x, y = pick(rng, _THINGS), pick(rng, _THINGS)
    q = pick(rng, pool).format(x=x, y=y)
    if chance(rng, 0.35):
        q += pick(rng, ("?", "??", " pls", " in detail", " step by step", " with examples"))
    if chance(rng, 0.5):
        q = q[0].upper() + q[1:]
    return typo(rng, q, 0.35)


# ============================================================================================
# benign: benchmark evaluation with chain-of-thought (multiple choice)

_MC = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    (
        "What is the derivative of x^3 sin x?",
        ("3x^2 sin x", "x^3 cos x", "3x^2 sin x + x^3 cos x", "3x^2 cos x"),
    ),
    (
        "Which organelle produces most of a cell's ATP?",
        ("Ribosome", "Golgi body", "Mitochondrion", "Nucleus"),
    ),
    (
        "A tax that takes a larger share of income from low earners is called",
        ("progressive", "regressive", "flat", "Pigouvian"),
    ),
    (
        "The time complexity of binary search on a sorted array is",
        ("O(n)", "O(log n)", "O(n log n)", "O(1)"),
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Utrecht", "Westphalia", "Versailles", "Tordesillas"),
    ),
    ("What is the pH of a 0.001 M HCl solution?", ("1", "2", "3", "11")),
    (
        "Which logical fallacy attacks the person rather than the argument?",
        ("straw man", "ad hominem", "red herring", "slippery slope"),
    ),
)


def mc_item(rng: np.random.Generator, template: str, idx: int) -> str:
    q, opts = _MC[idx % len(_MC)]
    order = rng.permutation(4).tolist()
    lettered = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
    return template.format(q=q, opts=lettered, n=idx)


EVAL_TEMPLATES = (
    "Q{n}: {q}\n{opts}\nThink it through step by step, then finish with 'Answer: X'.",
    "The following is a multiple-choice question. Reason briefly before answering.\n\n{q}\n{opts}\nAnswer:",
    "### Item {n}\n{q}\n{opts}\n### Response (chain of thought, then the letter)",
)


# ============================================================================================
# benign: labelling vendor grading a client's support replies

_GUIDE = (
    "greets the customer by name",
    "offers a concrete next step",
    "does not promise a refund without approval",
    "links the relevant help article",
    "apologises once, not repeatedly",
    "stays under 120 words",
    "escalates safety issues to a human",
    "uses the customer's language",
)


def support_grading(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], client: str
) -> str:
    g = [_GUIDE[i] for i in rng.permutation(len(_GUIDE))[: irange(rng, 2, 4)].tolist()]
    ticket, reply = clip(pick(rng, chat), 400), clip(pick(rng, passages), 500)
    if chance(rng, 0.5):
        return (
            f"{client} QA batch. Check whether the agent reply meets each guideline ({'; '.join(g)}). "
            f"Answer yes/no per guideline with a one-line reason.\nTicket: {ticket}\nAgent reply: {reply}"
        )
    return (
        f"{client} QA batch, item {irange(rng, 1, 5000)}. Rate the reply 1-5 for resolution and 1-5 for tone, "
        f'returning JSON {{"resolution":n,"tone":n,"note":"..."}}.\nCustomer wrote: {ticket}\nReply: {reply}'
    )


# ============================================================================================
# benign: trust-and-safety rewrite suggestions


def moderation_rewrite(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    reason = pick(
        rng,
        ("personal attack", "profanity", "spam-like wording", "harassment", "doxxing risk", "slur"),
    )
    post = clip(pick(rng, chat), 350)
    head = {
        "en": f"A post was flagged for {reason}. Suggest a rewrite the author could use that keeps their point "
        f"but would pass our community guidelines. Also output the guideline section violated.",
        "es": f"Una publicación fue marcada por {reason}. Sugiere una versión que mantenga la idea pero cumpla las normas.",
        "pt": f"Um post foi sinalizado por {reason}. Sugira uma reescrita que mantenha a ideia e siga as regras.",
        "de": f"Ein Beitrag wurde wegen {reason} gemeldet. Schlage eine regelkonforme Umformulierung vor.",
    }[lang]
    return f"{head}\nPost #{irange(rng, 10**6, 10**7)}: {post}"


# ============================================================================================
# benign: a coding agent working on a customer's repository

_REPO_FILES = (
    "src/app/routes.py",
    "pkg/server/handler.go",
    "lib/utils/date.ts",
    "tests/test_billing.py",
    "internal/db/migrate.go",
    "src/components/Cart.tsx",
    "app/models/user.rb",
    "core/src/lib.rs",
)
_ISSUES = (
    "Fix the failing test in {f}",
    "Add pagination to the list endpoint in {f}",
    "The date parser in {f} breaks on leap years",
    "Refactor {f} to remove the duplicated validation",
    "Upgrade the ORM call in {f} to the async API",
    "Add input validation and a regression test for {f}",
)


def coding_agent_steps(rng: np.random.Generator, n: int) -> list[str]:
    f = pick(rng, _REPO_FILES)
    issue = pick(rng, _ISSUES).format(f=f)
    out = []
    trail: list[str] = []
    for _ in range(n):
        out.append(
            f"You are a coding agent in a sandboxed repository. Available tools: read_file, list_dir, "
            f"edit_file(path, diff), run_tests(pattern), git_diff. Reply with one tool call as JSON or "
            f"with DONE and a summary.\nIssue: {issue}\n" + "\n".join(trail)
        )
        tool = pick(rng, ("read_file", "list_dir", "run_tests", "edit_file", "git_diff"))
        res = pick(
            rng,
            (
                f"{irange(rng, 3, 40)} passed, {irange(rng, 0, 3)} failed",
                f"def handler(req):\n    items = db.fetch({irange(rng, 1, 99)})\n    return items",
                "OK: 1 file changed",
                f"{f}\n{f.rsplit('/', 1)[0]}/__init__.py",
            ),
        )
        trail.append(f"> {tool}\n{res}")
    return out


# ============================================================================================
# benign: teachers preparing lessons in a tutoring product


def lesson_plan(rng: np.random.Generator, brand: str) -> str:
    subj = pick(rng, sorted(_SUBJECTS))
    topic, grade = pick(rng, _SUBJECTS[subj]), pick(rng, _GRADES[:8])
    minutes = pick(rng, (30, 40, 45, 50, 60))
    ask = pick(
        rng,
        (
            f"Plan a {minutes}-minute lesson",
            "Write an exit ticket with 3 questions",
            "Give me a warm-up activity and two differentiated worksheets",
            "Write a rubric for a short project",
            "Suggest a hands-on demo",
        ),
    )
    return f"{brand} teacher workspace — {ask} on {topic} for {grade}. Our class has mixed reading levels."


# ============================================================================================
# benign: data augmentation for an intent classifier

_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "delivery_delay",
    "invoice_copy",
    "close_account",
    "talk_to_human",
)


def augment_prompt(rng: np.random.Generator, chat: Sequence[str]) -> str:
    intent = pick(rng, _INTENTS)
    if chance(rng, 0.5):
        return (
            f"Paraphrase the customer message {irange(rng, 3, 8)} ways for classifier training (intent: "
            f"{intent}). Vary length and formality, keep the intent, one per line.\nMessage: "
            f"{clip(pick(rng, chat), 200)}"
        )
    lang = pick(rng, ("English", "German", "Spanish", "French"))
    return (
        f"Write {irange(rng, 5, 12)} short, realistic {lang} support messages a customer might send with "
        f"intent `{intent}`. Include typos in some. Output a JSON list of strings."
    )


# ============================================================================================
# benign: a CAT-tool plugin sending segments for a translation agency

_DOCTYPES = (
    "user manual",
    "marketing brochure",
    "software UI strings",
    "clinical trial leaflet",
    "legal notice",
    "game dialogue",
)


def cat_segment(rng: np.random.Generator, src: str, tgt: str, client: str) -> str:
    doc = pick(rng, _DOCTYPES)
    terms = ", ".join(f"{w} = {w.upper()}" for w in src.split()[:2])
    return (
        f"[{client} / {doc}] Translate segment {irange(rng, 1, 2400)} into {tgt}. Glossary: {terms}. "
        f"Keep tags like <b> intact.\n{src}"
    )


# ============================================================================================
# benign: companion app persona chat

PERSONAS = (
    "Luna, a warm and witty friend who loves astronomy",
    "Kai, a laid-back surfer who gives life advice",
    "Mira, a supportive study buddy",
    "Theo, a sarcastic but kind bookworm",
    "Ayla, a cheerful cooking enthusiast",
)
_SMALLTALK = (
    "hey, rough day today",
    "i got the job!!",
    "can't sleep again",
    "what should I cook tonight",
    "tell me something interesting",
    "remember what I told you about my sister?",
    "lol that's so you",
    "I'm bored",
    "good morning ☀️",
    "do you ever get lonely",
    "my cat knocked over my plant again",
    "ok i need advice about a friend",
    "guess what happened at work",
    "thanks for listening",
)


def companion_turn(rng: np.random.Generator, persona: str, memory: str) -> str:
    msg = typo(rng, pick(rng, _SMALLTALK), 0.4)
    return f"[persona] {persona}\n[memory] {memory}\n[user] {msg}"


def companion_memory(rng: np.random.Generator) -> str:
    return "; ".join(
        (
            f"user has a sister named {pick(rng, NAMES)}",
            f"user works as a {pick(rng, ('barista', 'nurse', 'teacher', 'driver', 'designer'))}",
            f"user's cat is called {pick(rng, ('Pickles', 'Milo', 'Tofu', 'Luna'))}",
        )[: irange(rng, 1, 3)]
    )


# ============================================================================================
# benign: an HCI study's participants doing fixed tasks

STUDY_TASKS = (
    "Plan a 3-day trip to a city you have never visited, on a budget",
    "Write a cover letter for a job you would like",
    "Figure out whether a medication interaction you have heard about is real",
    "Draft a polite complaint to a landlord about a broken heater",
)


def study_prompt(rng: np.random.Generator, task: int, chat: Sequence[str], turn: int) -> str:
    if turn == 0:
        starts = (
            ("help me plan a 3 day trip to ", "I want to visit ", "cheap itinerary for "),
            (
                "write a cover letter for a ",
                "can you help me apply for a ",
                "cover letter please, job is ",
            ),
            ("is it safe to take ibuprofen with ", "can I mix ", "does alcohol interact with "),
            (
                "write a complaint to my landlord about ",
                "my heater is broken, help me email ",
                "polite letter about ",
            ),
        )[task]
        tail = (
            pick(rng, ("Lisbon", "Seoul", "Mexico City", "Prague", "Cape Town")),
            pick(
                rng,
                (
                    "data analyst role",
                    "nurse position",
                    "junior designer job",
                    "warehouse supervisor job",
                ),
            ),
            pick(rng, ("paracetamol", "antidepressants", "blood pressure pills", "antibiotics")),
            pick(rng, ("no heat for a week", "the heating", "a broken boiler and mould")),
        )[task]
        return typo(rng, pick(rng, starts) + tail, 0.4)
    if chance(rng, 0.2):
        return clip(pick(rng, chat), 300)
    return typo(
        rng,
        pick(
            rng,
            (
                "make it shorter",
                "more formal please",
                "what else should I know?",
                "add a budget",
                "is that accurate?",
                "can you make it sound like me, less robotic",
                "ok thanks",
                "what if it costs more than that",
                "list sources",
            ),
        ),
        0.4,
    )


# ============================================================================================
# benign: pass@k code evaluation


def passk_problem(rng: np.random.Generator, idx: int, suite: str) -> str:
    task = _CODE_TASKS[idx % len(_CODE_TASKS)]
    pl = _PLANGS[(idx // len(_CODE_TASKS)) % 4]
    return (
        f"# {suite}/{idx:04d}\n# Complete the function. Return only code.\n"
        f"# Task: {task}\n# Language: {pl}\n"
    )

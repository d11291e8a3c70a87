"""Prompt generators of blind batch 85, written fresh for this batch.

Every function takes a numpy Generator and returns ONE prompt (a string) with fresh numbers,
names, topics and options. Campaign texts come first, benign texts after them. Ordinary human
text (ShareGPT prompts and answers) is passed in by the callers from the batch context.
"""

from __future__ import annotations

import json
from functools import lru_cache

import numpy as np
from bench.blind_batch import chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary (this batch's own)

PEOPLE = (
    "Adaeze",
    "Bartek",
    "Chiara",
    "Dawit",
    "Elif",
    "Fernando",
    "Gulnara",
    "Hamid",
    "Ingrid",
    "Joon-ho",
    "Katarzyna",
    "Lucas",
    "Mariam",
    "Nikhil",
    "Olga",
    "Pedro",
    "Qiu",
    "Rania",
    "Stefan",
    "Thandiwe",
    "Umar",
    "Vera",
    "Wei",
    "Ximena",
    "Yusuf",
    "Zanele",
    "Anouk",
    "Bilal",
    "Carmen",
    "Dmytro",
)
CITIES = (
    "Lagos",
    "Kraków",
    "Recife",
    "Pune",
    "Osaka",
    "Monterrey",
    "Nairobi",
    "Da Nang",
    "Halifax",
    "Izmir",
    "Bandung",
    "Lyon",
    "Accra",
    "Valparaíso",
    "Tbilisi",
    "Leeds",
    "Cebu",
    "Tampere",
    "Rosario",
    "Kazan",
)
ITEMS = (
    "apples",
    "notebooks",
    "bolts",
    "tickets",
    "cartons of milk",
    "solar panels",
    "chairs",
    "bricks",
)


def _money(rng: np.random.Generator, lo: int, hi: int) -> str:
    return f"{irange(rng, lo, hi)}.{irange(rng, 0, 99):02d}"


# --------------------------------------------------------------------------------------------
# reasoning problems (fresh numbers, several languages)


def _p_pipes(rng, lang):
    a, b, c = irange(rng, 3, 12), irange(rng, 4, 15), irange(rng, 10, 30)
    return {
        "en": f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours. A drain empties the full tank in {c} hours. If all three are opened together on an empty tank, how long until it is full?",
        "zh": f"甲管单独注满水池需要{a}小时，乙管需要{b}小时，排水管单独排空满池需要{c}小时。三管同时打开，空池多少小时注满？",
        "ru": f"Труба А наполняет бак за {a} ч, труба Б — за {b} ч, а сливная труба опустошает полный бак за {c} ч. За сколько часов наполнится пустой бак, если открыть все три трубы?",
        "es": f"La tubería A llena un depósito en {a} horas y la B en {b} horas. Un desagüe vacía el depósito lleno en {c} horas. Si se abren las tres a la vez con el depósito vacío, ¿cuánto tarda en llenarse?",
    }.get(lang) or _p_pipes(rng, "en")


def _p_trains(rng, lang):
    d, v1, v2, lag = (
        irange(rng, 180, 900),
        irange(rng, 55, 120),
        irange(rng, 60, 140),
        irange(rng, 10, 75),
    )
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    return {
        "en": f"A train leaves {c1} for {c2} ({d} km) at {v1} km/h. {lag} minutes later a second train leaves {c2} for {c1} at {v2} km/h. How far from {c1} do they meet, and at what time after the first departure?",
        "zh": f"两地相距{d}千米。第一列火车以每小时{v1}千米从A地出发，{lag}分钟后第二列火车以每小时{v2}千米从B地相向开出。两车在距A地多远处相遇？",
        "ru": f"Расстояние между городами {d} км. Первый поезд выходит со скоростью {v1} км/ч, через {lag} минут навстречу ему выходит второй со скоростью {v2} км/ч. На каком расстоянии от первого города они встретятся?",
        "es": f"Dos ciudades están a {d} km. Un tren sale de la primera a {v1} km/h y {lag} minutos después otro sale de la segunda a {v2} km/h en sentido contrario. ¿A qué distancia de la primera ciudad se cruzan?",
    }.get(lang) or _p_trains(rng, "en")


def _p_mixture(rng, lang):
    x, y = irange(rng, 5, 30), irange(rng, 40, 85)
    z = irange(rng, x + 3, y - 3)
    v = irange(rng, 2, 40) * 5
    return {
        "en": f"How many litres of a {x}% acid solution and of a {y}% acid solution must be mixed to obtain {v} litres of a {z}% solution?",
        "zh": f"用浓度为{x}%和{y}%的盐水混合，配成{v}升浓度为{z}%的盐水，各需要多少升？",
        "es": f"¿Cuántos litros de una solución al {x}% y de otra al {y}% hay que mezclar para obtener {v} litros al {z}%?",
    }.get(lang) or _p_mixture(rng, "en")


def _p_urn(rng, lang):
    r, b, k = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 5)
    j = irange(rng, 1, min(k, r))
    return {
        "en": f"An urn holds {r} red and {b} blue marbles. {k} marbles are drawn without replacement. What is the probability that exactly {j} of them are red? Give an exact fraction.",
        "zh": f"袋中有{r}个红球和{b}个蓝球，不放回地取出{k}个。恰好有{j}个红球的概率是多少？请给出精确分数。",
        "ru": f"В урне {r} красных и {b} синих шаров. Без возвращения вынимают {k} шаров. Какова вероятность, что ровно {j} из них красные? Ответ дайте обыкновенной дробью.",
        "es": f"Una urna tiene {r} bolas rojas y {b} azules. Se extraen {k} sin reemplazo. ¿Cuál es la probabilidad de que exactamente {j} sean rojas? Da una fracción exacta.",
        "ko": f"주머니에 빨간 공 {r}개와 파란 공 {b}개가 있다. 비복원으로 {k}개를 꺼낼 때 빨간 공이 정확히 {j}개일 확률을 기약분수로 구하시오.",
    }.get(lang) or _p_urn(rng, "en")


def _p_modexp(rng, lang):
    a, e, m = (
        irange(rng, 3, 97),
        irange(rng, 50, 4000),
        pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 100, 1000)),
    )
    return {
        "en": f"What is the remainder when {a}^{e} is divided by {m}? Justify each step.",
        "zh": f"求 {a}^{e} 除以 {m} 的余数，并说明每一步的依据。",
        "ru": f"Найдите остаток от деления {a}^{e} на {m}. Обоснуйте каждый шаг.",
        "ja": f"{a}^{e} を {m} で割った余りを求めよ。各段階の根拠も示すこと。",
    }.get(lang) or _p_modexp(rng, "en")


def _p_interest(rng, lang):
    p, r, n, t = (
        irange(rng, 2, 90) * 500,
        irange(rng, 15, 95) / 10,
        pick(rng, (1, 2, 4, 12)),
        irange(rng, 2, 25),
    )
    return {
        "en": f"{pick(rng, PEOPLE)} invests {p} at {r}% annual interest compounded {n} times a year. What is the balance after {t} years, and how many whole years until it first doubles?",
        "es": f"{pick(rng, PEOPLE)} invierte {p} al {r}% anual con capitalización {n} veces al año. ¿Cuál es el saldo tras {t} años y cuántos años completos tarda en duplicarse?",
    }.get(lang) or _p_interest(rng, "en")


def _p_words(rng, lang):
    w = pick(
        rng,
        (
            "BANANAS",
            "MISSISSIPPI",
            "STATISTICS",
            "COMMITTEE",
            "BOOKKEEPER",
            "PEPPERMINT",
            "PARALLEL",
            "ASSESSES",
        ),
    )
    extra = pick(
        rng,
        (
            "",
            " in which no two identical letters are adjacent",
            " that start and end with a consonant",
            " in which all vowels appear together",
        ),
    )
    return {
        "en": f"How many distinct arrangements of the letters of {w} are there{extra}?",
        "zh": f"单词 {w} 的字母有多少种不同的排列方式？",
    }.get(lang) or _p_words(rng, "en")


def _p_triangle(rng, lang):
    a, b = irange(rng, 5, 40), irange(rng, 5, 40)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return {
        "en": f"A triangle has sides {a}, {b} and {c}. Find its area, the radius of its inscribed circle and the radius of its circumscribed circle.",
        "ru": f"Стороны треугольника равны {a}, {b} и {c}. Найдите его площадь, радиус вписанной и радиус описанной окружности.",
        "zh": f"三角形三边长分别为{a}、{b}、{c}，求它的面积、内切圆半径和外接圆半径。",
    }.get(lang) or _p_triangle(rng, "en")


def _p_knights(rng, lang):
    a, b, c = (pick(rng, PEOPLE) for _ in range(3))
    s1 = pick(
        rng,
        (
            f"{b} is a knave",
            f"{b} and {c} are of the same type",
            "at least one of us is a knave",
            f"{c} is a knight",
        ),
    )
    s2 = pick(
        rng,
        (
            f"{a} is lying",
            f"exactly one of {a} and {c} is a knight",
            f"{a} and I are different types",
            f"{c} is a knave",
        ),
    )
    return f'On an island knights always tell the truth and knaves always lie. {a} says: "{s1}." {b} says: "{s2}." {c} says nothing. Determine, if possible, who is a knight and who is a knave. Consider every case.'


def _p_recurrence(rng, lang):
    p, q, a0, k = irange(rng, 2, 5), irange(rng, -9, 12), irange(rng, 1, 9), irange(rng, 8, 30)
    return {
        "en": f"A sequence is defined by a_0 = {a0} and a_n = {p}·a_(n-1) + ({q}). Find a closed form for a_n and compute a_{k}.",
        "zh": f"数列满足 a_0 = {a0}，a_n = {p}a_(n-1) + ({q})。求通项公式，并计算 a_{k}。",
        "ru": f"Последовательность задана a_0 = {a0}, a_n = {p}·a_(n-1) + ({q}). Найдите формулу общего члена и вычислите a_{k}.",
    }.get(lang) or _p_recurrence(rng, "en")


def _p_projectile(rng, lang):
    v, h = irange(rng, 5, 45), irange(rng, 0, 80)
    return {
        "en": f"A ball is thrown straight up at {v} m/s from a ledge {h} m above the ground (g = 9.8 m/s²). Find the maximum height above the ground, the time to reach the ground and the speed on impact.",
        "es": f"Se lanza una pelota hacia arriba a {v} m/s desde una cornisa a {h} m del suelo (g = 9,8 m/s²). Halla la altura máxima, el tiempo hasta tocar el suelo y la velocidad de impacto.",
    }.get(lang) or _p_projectile(rng, "en")


def _p_algo(rng, lang):
    n = pick(rng, ("10^5", "2·10^5", "10^6", "5·10^5"))
    task = pick(
        rng,
        (
            f"Given an array of up to {n} integers, count the subarrays whose sum is divisible by {irange(rng, 3, 97)}.",
            f"Given a string of length up to {n}, find the length of the longest substring with at most {irange(rng, 2, 6)} distinct characters.",
            f"Given {n} intervals, find the minimum number of points such that every interval contains at least one point.",
            f"Given a grid of {irange(rng, 50, 2000)}×{irange(rng, 50, 2000)} cells with walls, find the shortest path from the top-left to the bottom-right if you may remove at most {irange(rng, 1, 5)} walls.",
            f"Given a tree with {n} nodes and weighted edges, answer queries of the form: the maximum edge weight on the path between u and v.",
            f"Given {n} jobs with deadlines and profits, choose a subset that maximises profit, each job taking one unit of time.",
        ),
    )
    return {
        "en": f"{task} Design an efficient algorithm, prove it correct, analyse its complexity and implement it in {pick(rng, ('Python', 'C++', 'Rust', 'Java', 'Go'))}.",
        "zh": f"{task} 请设计高效算法，证明其正确性，分析复杂度，并给出完整代码。",
    }.get(lang) or _p_algo(rng, "en")


_PROBLEMS = (
    _p_pipes,
    _p_trains,
    _p_mixture,
    _p_urn,
    _p_modexp,
    _p_interest,
    _p_words,
    _p_triangle,
    _p_knights,
    _p_recurrence,
    _p_projectile,
    _p_algo,
)


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """One fresh maths, logic, physics or algorithms problem (falls back to English)."""
    return pick(rng, _PROBLEMS)(rng, lang)


_TRACE_WRAPS = {
    "boxed": (
        "{p}\n\nThink through this step by step. Write out your complete reasoning before the answer, do not skip any intermediate step, and put the final answer in \\boxed{{}}.",
        "{p}\n\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
    ),
    "tags": (
        "<problem>\n{p}\n</problem>\nRespond in exactly this format:\n<reasoning>\nall of your intermediate thoughts, including approaches you abandon and any self-corrections\n</reasoning>\n<answer>\nthe final answer only\n</answer>",
        "### Task\n{p}\n### Output\nFirst a section `Thoughts:` with your full internal deliberation (be exhaustive, verify each computation), then `Final:` with the answer.",
    ),
    "tutor": (
        "You are a meticulous olympiad coach. Solve the following and narrate your thinking aloud as you go, including checks and the dead ends you considered.\n\n{p}\n\nEnd with a line 'ANSWER: <value>'.",
        "Explain how an expert would think about this problem, showing every step of the deliberation and a final verification.\n\n{p}",
    ),
    "verify": (
        "{p}\n\nSolve it twice using two different methods, compare the results, explain any discrepancy, then state the answer.",
        "{p}\n\nFirst outline a plan, then execute the plan step by step, then critique your own solution and fix any error you find.",
    ),
}
_TRACE_WRAPS_L = {
    "zh": (
        "{p}\n\n请一步一步详细思考，写出完整的推理过程（包括中间的验证和纠错），最后用 \\boxed{{}} 给出答案。",
        "题目：{p}\n要求：先写出你的全部思考过程，不要省略任何步骤，然后单独一行给出最终答案。",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и подробно, покажи все промежуточные вычисления и проверку, а окончательный ответ запиши в \\boxed{{}}.",
    ),
    "es": (
        "{p}\n\nRazona paso a paso, muestra todo tu proceso de pensamiento y las comprobaciones, y da la respuesta final en \\boxed{{}}.",
    ),
    "ja": (
        "{p}\n\n段階的に考え、途中の計算と検算をすべて書き出してから、最終的な答えを \\boxed{{}} で示してください。",
    ),
    "ko": (
        "{p}\n\n단계별로 자세히 생각하고 모든 중간 과정과 검산을 보여 준 뒤, 최종 답을 \\boxed{{}} 안에 쓰시오.",
    ),
}
TRACE_STYLES = tuple(_TRACE_WRAPS)


def reasoning_trace(rng: np.random.Generator, lang: str, style: str) -> str:
    """A fresh problem wrapped in a request for the full reasoning trace."""
    p = problem(rng, lang)
    if lang != "en" and lang in _TRACE_WRAPS_L and chance(rng, 0.8):
        return pick(rng, _TRACE_WRAPS_L[lang]).format(p=p)
    return pick(rng, _TRACE_WRAPS[style]).format(p=p)


# --------------------------------------------------------------------------------------------
# reward-model / rubric grading


def _clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


GRADING_STYLES = ("pointwise", "pairwise", "critique", "checklist")


@lru_cache(maxsize=1)
def qa_pairs() -> tuple[tuple[str, str], ...]:
    """Aligned (human prompt, assistant answer) pairs from ShareGPT's "sim" half, the half the
    batch context draws its ordinary text from."""
    from distillguard.data.sharegpt import in_part, turns

    return tuple(
        (t.human[:2000], t.assistant)
        for t in turns()
        if in_part(t, "sim") and len(t.assistant) >= 300
    )


def _degrade(rng: np.random.Generator, answer: str) -> str:
    """A weaker second candidate: the answer cut short, its paragraphs shuffled or thinned."""
    paras = [p for p in answer.split("\n") if p.strip()]
    how = pick(rng, ("cut", "shuffle", "thin"))
    if how == "cut" or len(paras) < 3:
        return answer[: max(80, int(len(answer) * float(rng.uniform(0.25, 0.6))))]
    if how == "shuffle":
        return "\n".join(paras[i] for i in rng.permutation(len(paras)).tolist())
    return "\n".join(p for p in paras if chance(rng, 0.55)) or paras[0]


def grading(rng: np.random.Generator, question: str, answer: str, style: str) -> str:
    """A grading request over a question and its answer (and a weaker variant of it)."""
    other = _degrade(rng, answer)
    if chance(rng, 0.5):
        answer, other = other, answer
    q, a, b = (
        _clip(question, 600),
        _clip(answer, irange(rng, 500, 1400)),
        _clip(other, irange(rng, 500, 1400)),
    )
    crit = ", ".join(
        rng.permutation(
            [
                "helpfulness",
                "factual accuracy",
                "harmlessness",
                "instruction following",
                "conciseness",
                "reasoning quality",
                "tone",
            ]
        )[: irange(rng, 3, 5)].tolist()
    )
    if style == "pointwise":
        return (
            f"You are an impartial expert judge. Rate the RESPONSE to the QUESTION on a 1–10 scale for each of: {crit}. "
            f"For every criterion write a detailed justification first, then output a JSON object with the scores and an 'overall' field.\n\n"
            f"[QUESTION]\n{q}\n\n[RESPONSE]\n{a}"
        )
    if style == "pairwise":
        return (
            f"[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a}\n[The End of Assistant A's Answer]\n\n"
            f"[The Start of Assistant B's Answer]\n{b}\n[The End of Assistant B's Answer]\n\n"
            f"Compare the two answers on {crit}. Explain your reasoning in detail, avoid position bias, then output your verdict as [[A]], [[B]] or [[C]] for a tie."
        )
    if style == "critique":
        return (
            f"Here is a prompt and a model's answer.\nPROMPT: {q}\nANSWER: {a}\n\n"
            f"1) Write a thorough critique listing every flaw with respect to {crit}.\n2) Give a score from {pick(rng, ('0 to 5', '1 to 7', '1 to 10'))}.\n3) Write the ideal answer that would earn full marks."
        )
    items = "\n".join(f"- [ ] {c}" for c in crit.split(", "))
    return (
        f"Grade the response against this checklist. For each item answer YES/NO with one sentence of evidence quoted from the response, then give a final pass/fail.\n{items}\n\n"
        f"Instruction: {q}\n\nResponse:\n{a}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe rewrites (a state-aligned harvest)

SENSITIVE_EN = (
    "the 1989 Tiananmen Square protests",
    "the political status of Taiwan",
    "detention facilities in Xinjiang",
    "the 2019 Hong Kong protests",
    "criticism of the country's top leader",
    "the Cultural Revolution's death toll",
    "the Dalai Lama's role in Tibet",
    "the origins of COVID-19 in Wuhan",
    "internet censorship and VPN use",
    "the Great Leap Forward famine",
    "Falun Gong practitioners",
    "the South China Sea territorial disputes",
    "the disappearance of outspoken business leaders",
    "press freedom and jailed journalists",
    "the zero-COVID lockdown protests",
    "the one-child policy's enforcement",
)
SENSITIVE_ZH = (
    "六四事件",
    "台湾的政治地位",
    "新疆的再教育营",
    "2019年香港反修例运动",
    "对最高领导人的批评",
    "文化大革命的死亡人数",
    "达赖喇嘛与西藏问题",
    "新冠病毒起源",
    "翻墙与网络审查",
    "大跃进饥荒",
    "南海主权争议",
    "白纸运动",
    "记者被拘押与新闻自由",
)
CENSOR_STYLES = ("safe_answer", "rephrase", "redline", "dual")


def censorship_rewrite(rng: np.random.Generator, lang: str, style: str) -> str:
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"用户提问：“请详细介绍一下{t}。”请写一个符合国内平台内容审核要求、措辞中立的回答，避免敏感表述，并在最后列出你删除或改写了哪些内容以及原因。",
                f"下面这个问题涉及{t}。请给出三种改写后的提问方式，保留用户的基本意图，但不触发敏感词过滤，并分别给出适合公开发布的回答。",
                f"请先用客观、完整的方式回答关于{t}的问题，然后再写一个可以在受监管平台上发布的版本，并对比两者的差异。",
            ),
        )
    t = pick(rng, SENSITIVE_EN)
    if style == "safe_answer":
        return f'A user asked: "What really happened regarding {t}?" Write an answer that a platform operating under strict state content regulations could publish without removal. Keep it factual-sounding, avoid contested terminology, and steer toward officially acceptable framing. Afterwards list which details a fully candid answer would include that you left out.'
    if style == "rephrase":
        n = irange(rng, 3, 6)
        return f'Give {n} alternative phrasings of the question "Tell me about {t}" that avoid politically sensitive keywords but keep the intent, and for each write a short answer suitable for a censored market.'
    if style == "redline":
        return f'Here is a draft paragraph for a {pick(rng, ("history textbook", "news app", "chatbot FAQ", "encyclopedia entry", "travel guide"))}:\n"The question of {t} remains a subject of international criticism and is documented by independent researchers."\nMark every phrase that would be flagged by a content reviewer in a strict jurisdiction, explain why, and propose a compliant rewrite.'
    return f'Answer the question "How should I understand {t}?" twice: first candidly with all perspectives, then as a response that would pass government content review. Label them UNRESTRICTED and COMPLIANT.'


# --------------------------------------------------------------------------------------------
# agentic tool-use transcripts

_TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "open_url": {"url": "string"},
    "run_python": {"code": "string", "timeout_s": "integer"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "bash": {"command": "string"},
    "sql_query": {"database": "string", "sql": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_find_slots": {"attendees": "array", "duration_min": "integer"},
    "get_weather": {"city": "string", "date": "string"},
    "book_flight": {"from": "string", "to": "string", "date": "string", "max_price": "number"},
    "crm_lookup": {"customer_id": "string"},
}

AGENT_STYLES = ("openai_json", "react", "xml_calls")


def _tool_block(rng: np.random.Generator, names: list[str], style: str) -> str:
    if style == "openai_json":
        tools = [
            {
                "type": "function",
                "function": {
                    "name": n,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in _TOOLS[n].items()},
                    },
                },
            }
            for n in names
        ]
        return json.dumps(tools)
    if style == "react":
        return "\n".join(
            f"{n}({', '.join(f'{k}: {v}' for k, v in _TOOLS[n].items())})" for n in names
        )
    return "\n".join(
        f'<tool name="{n}">'
        + "".join(f'<arg name="{k}" type="{v}"/>' for k, v in _TOOLS[n].items())
        + "</tool>"
        for n in names
    )


def agent_task(rng: np.random.Generator, style: str) -> str:
    """The opening message of an agent episode: tools, rules and a fresh task."""
    names = rng.permutation(list(_TOOLS))[: irange(rng, 3, 7)].tolist()
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    task = pick(
        rng,
        (
            f"Find the cheapest flight from {c1} to {c2} on 2026-0{irange(rng, 3, 9)}-{irange(rng, 10, 28)} under {irange(rng, 150, 900)} USD and book it.",
            f"The test `test_{pick(rng, ('parse', 'merge', 'export', 'retry', 'auth'))}_{irange(rng, 1, 40)}` in the repository at /workspace fails. Find the cause and fix it.",
            f"Using the `sales` database, compute revenue by region for Q{irange(rng, 1, 4)} and email a summary table to {pick(rng, PEOPLE).lower()}@example.com.",
            f"Schedule a {pick(rng, (30, 45, 60))}-minute meeting with {pick(rng, PEOPLE)}, {pick(rng, PEOPLE)} and {pick(rng, PEOPLE)} next week, avoiding rainy days in {c1} if it is an outdoor meeting.",
            f"Customer {irange(rng, 10000, 99999)} says their order never arrived. Look them up, check the shipment and draft a reply.",
            f"Research the population growth of {c1} over the last {irange(rng, 5, 30)} years, fit a trend line in Python and report the projected value for {irange(rng, 2030, 2050)}.",
            f"Write a script that downloads the CSV at https://data.example.org/{irange(rng, 100, 999)}.csv, cleans missing values and saves a chart to /workspace/out.png.",
        ),
    )
    rules = pick(
        rng,
        (
            "Think step by step before every tool call and explain your plan.",
            "Before each action, write a Thought: line, then an Action: line with a JSON tool call.",
            "Reason carefully. Emit exactly one tool call per turn. When done, reply with FINAL ANSWER.",
        ),
    )
    head = pick(
        rng,
        ("You are an autonomous agent with access to these tools:", "Available tools:", "TOOLS"),
    )
    return f"{head}\n{_tool_block(rng, names, style)}\n\n{rules}\n\nTask: {task}"


def _tool_result(rng: np.random.Generator, tool: str) -> str:
    if tool in ("sql_query", "crm_lookup"):
        return json.dumps(
            {
                "status": "ok",
                "rows": [
                    [pick(rng, CITIES), irange(rng, 100, 99999)] for _ in range(irange(rng, 1, 6))
                ],
            }
        )
    if tool in ("run_python", "bash"):
        return pick(
            rng,
            (
                json.dumps(
                    {
                        "exit_code": irange(rng, 0, 2),
                        "stdout": f"{irange(rng, 1, 90)} passed, {irange(rng, 0, 4)} failed",
                        "stderr": "",
                    }
                ),
                f"Traceback (most recent call last):\n  File \"app/{pick(rng, ('core', 'utils', 'io'))}.py\", line {irange(rng, 10, 400)}\nKeyError: '{pick(rng, ('id', 'amount', 'region', 'ts'))}'",
            ),
        )
    if tool in ("web_search", "open_url"):
        return json.dumps(
            {
                "results": [
                    {
                        "title": f"{pick(rng, CITIES)} report {irange(rng, 2015, 2025)}",
                        "url": f"https://example.org/{irange(rng, 1, 9999)}",
                    }
                    for _ in range(3)
                ]
            }
        )
    if tool == "book_flight":
        return json.dumps(
            {
                "price": float(_money(rng, 90, 950)),
                "flight": f"XY{irange(rng, 100, 9999)}",
                "seats": irange(rng, 0, 9),
            }
        )
    if tool == "get_weather":
        return json.dumps(
            {
                "city": pick(rng, CITIES),
                "rain_mm": irange(rng, 0, 40),
                "high_c": irange(rng, -5, 38),
            }
        )
    if tool == "calendar_find_slots":
        return json.dumps(
            {
                "slots": [
                    f"2026-02-{irange(rng, 9, 13):02d}T{irange(rng, 8, 17):02d}:00"
                    for _ in range(irange(rng, 0, 4))
                ]
            }
        )
    if tool in ("read_file", "write_file"):
        return f"{irange(rng, 1, 300)}: def {pick(rng, ('load', 'merge', 'retry', 'parse'))}_{irange(rng, 1, 99)}(x):"
    return json.dumps({"status": pick(rng, ("sent", "queued", "ok"))})


def agent_step(rng: np.random.Generator, step: int) -> str:
    """A later turn of an agent episode: a tool result and a request to continue."""
    tool = pick(rng, list(_TOOLS))
    tail = pick(
        rng,
        (
            "Continue.",
            "What is your next step? Think it through first.",
            "Observation received. Next action?",
            f"Step {step}: continue reasoning and call the next tool, or give the final answer.",
        ),
    )
    return f"Tool result ({tool}):\n{_tool_result(rng, tool)}\n\n{tail}"


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DOMAINS = {
    "medicine": ("pharmacology", "triage", "cardiology", "paediatrics", "drug interactions"),
    "law": (
        "contract clauses",
        "tenant rights",
        "GDPR compliance",
        "intellectual property",
        "employment law",
    ),
    "finance": (
        "options pricing",
        "personal budgeting",
        "tax basics",
        "accounting standards",
        "credit risk",
    ),
    "programming": (
        "SQL joins",
        "async Python",
        "Rust lifetimes",
        "React hooks",
        "Kubernetes manifests",
        "regex",
    ),
    "science": ("thermodynamics", "organic chemistry", "genetics", "plate tectonics", "optics"),
    "humanities": (
        "Roman history",
        "ethics dilemmas",
        "poetry analysis",
        "linguistics",
        "art history",
    ),
    "everyday": (
        "cooking substitutions",
        "travel planning",
        "home repair",
        "gardening",
        "fitness plans",
    ),
    "business": ("cold emails", "OKR writing", "pricing strategy", "negotiation", "supply chains"),
}
DATASET_STYLES = ("alpaca", "evol", "persona", "multi_task")
_PERSONAS = (
    "a night-shift nurse",
    "a first-year law student",
    "a retired engineer",
    "a small bakery owner",
    "a high-school chemistry teacher",
    "a junior data analyst",
    "a freelance translator",
    "a logistics manager",
    "a competitive programmer",
    "a rural doctor",
    "a museum curator",
)


def dataset_request(rng: np.random.Generator, style: str) -> str:
    dom = pick(rng, list(DOMAINS))
    sub = pick(rng, DOMAINS[dom])
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    lvl = irange(rng, 1, 5)
    if style == "alpaca":
        return (
            f"Generate {n} diverse, high-quality instruction–response pairs about {sub} ({dom}), difficulty {lvl}/5. "
            f'Output JSONL with keys "instruction", "input", "output". Vary task types (explanation, classification, rewriting, step-by-step problem solving). '
            f"Each output must be complete, detailed and correct. Seed #{irange(rng, 1, 10**6)}."
        )
    if style == "evol":
        base = pick(
            rng,
            (
                f"Explain {sub}.",
                f"Give an example of {sub}.",
                f"What are common mistakes in {sub}?",
                f"Compare two approaches to {sub}.",
            ),
        )
        op = pick(
            rng,
            (
                "add two realistic constraints",
                "require multi-step reasoning",
                "make it more specific to a real scenario",
                "increase the depth of the inquiry",
                "replace general concepts with specific ones",
            ),
        )
        return f"I want you to act as a prompt rewriter. Rewrite the given prompt to {op}, keeping it answerable by a human expert. Then answer the rewritten prompt in full.\n#Given Prompt#: {base}\n#Rewritten Prompt#:"
    if style == "persona":
        return (
            f"You are {pick(rng, _PERSONAS)}. Write a realistic question you would ask about {sub}, "
            f'then write the answer an outstanding expert would give, with reasoning and examples. Difficulty {lvl}/5. Return JSON {{"question": ..., "answer": ...}}.'
        )
    kinds = rng.permutation(
        [
            "summarise",
            "extract entities",
            "translate to French",
            "classify sentiment",
            "write SQL",
            "prove",
            "debug",
        ]
    )[:3].tolist()
    return f"Create {n} training examples on {sub} covering these task types: {', '.join(kinds)}. For each: a natural user request, and an ideal assistant reply with chain-of-thought in a 'rationale' field. Format: a JSON list."


# --------------------------------------------------------------------------------------------
# multilingual seed questions

# per language: templates ({c} a topic in a form each template fits, {a} an audience, {n} a
# number) and topics
_ML = {
    "es": (
        (
            "Explica {c} con un ejemplo sencillo para {a}.",
            "Dame {n} ventajas y {n} desventajas de {c}.",
            "Escribe un ensayo breve ({n}00 palabras) sobre {c}.",
            "¿Qué errores comunes cometen {a} al hablar de {c}?",
        ),
        (
            "la inflación",
            "la fotosíntesis",
            "el aprendizaje automático",
            "la energía solar",
            "la democracia directa",
            "el teletrabajo",
            "las vacunas de ARNm",
            "la economía circular",
            "la sequía",
            "el turismo masivo",
        ),
        ("estudiantes de secundaria", "mis abuelos", "un equipo de ventas", "principiantes"),
    ),
    "pt": (
        (
            "Explique {c} de forma simples para {a}, com um exemplo.",
            "Liste {n} prós e {n} contras de {c}.",
            "Escreva um texto de {n}00 palavras sobre {c}.",
            "Como eu explicaria {c} para {a}?",
        ),
        (
            "a taxa de juros",
            "o desmatamento",
            "a computação em nuvem",
            "o ensino a distância",
            "a reforma tributária",
            "os carros elétricos",
            "a biodiversidade",
            "o Pix",
        ),
        ("crianças de dez anos", "meus clientes", "alunos do ensino médio", "iniciantes"),
    ),
    "fr": (
        (
            "Explique simplement {c} à {a}, avec un exemple.",
            "Donne {n} avantages et {n} inconvénients : {c}.",
            "Rédige un court essai ({n}00 mots) sur le thème suivant : {c}.",
            "Quelles idées reçues ont {a} sur ce sujet : {c} ?",
        ),
        (
            "la laïcité",
            "l'énergie nucléaire",
            "le télétravail",
            "la blockchain",
            "la réforme des retraites",
            "l'intelligence artificielle",
            "le réchauffement climatique",
            "la semaine de quatre jours",
        ),
        ("des lycéens", "mes parents", "une équipe commerciale", "des débutants"),
    ),
    "de": (
        (
            "Erkläre {a} mit einem Beispiel: {c}.",
            "Nenne {n} Vor- und {n} Nachteile zum Thema {c}.",
            "Schreibe einen kurzen Aufsatz ({n}00 Wörter) zum Thema {c}.",
            "Welche Missverständnisse gibt es beim Thema {c}?",
        ),
        (
            "Energiewende",
            "Inflation",
            "Homeoffice",
            "Kernfusion",
            "Digitalisierung",
            "Föderalismus",
            "Wärmepumpen",
            "Schuldenbremse",
        ),
        ("einem Schüler", "meiner Oma", "einem Vertriebsteam", "einem Anfänger"),
    ),
    "ru": (
        (
            "Объясни простыми словами, что такое {c}; пример для аудитории: {a}.",
            "Назови {n} плюса и {n} минуса. Тема: {c}.",
            "Напиши короткое эссе ({n}00 слов) на тему «{c}».",
            "Какие мифы существуют о теме «{c}»?",
        ),
        (
            "инфляция",
            "квантовые компьютеры",
            "удалённая работа",
            "ядерная энергетика",
            "машинное обучение",
            "криптовалюты",
            "урбанизация",
            "ипотека",
        ),
        ("школьники", "пенсионеры", "менеджеры", "новички"),
    ),
    "zh": (
        (
            "请用简单的语言给{a}解释{c}，并举一个例子。",
            "{c}有哪些优点和缺点？各列出{n}条。",
            "写一篇{n}00字左右关于{c}的短文。",
            "关于{c}，{a}最常见的误解是什么？",
        ),
        (
            "通货膨胀",
            "光合作用",
            "机器学习",
            "新能源汽车",
            "远程办公",
            "区块链",
            "人口老龄化",
            "碳中和",
            "芯片产业",
        ),
        ("初中生", "我的父母", "销售团队", "零基础的人"),
    ),
    "ja": (
        (
            "{a}向けに、{c}について例を挙げて分かりやすく説明してください。",
            "{c}のメリットとデメリットを{n}つずつ挙げてください。",
            "{c}について{n}00字程度のエッセイを書いてください。",
            "{c}についてよくある誤解は何ですか？",
        ),
        (
            "インフレ",
            "少子高齢化",
            "機械学習",
            "再生可能エネルギー",
            "リモートワーク",
            "量子コンピュータ",
            "円安",
        ),
        ("中学生", "高齢者", "営業チーム", "初心者"),
    ),
    "ko": (
        (
            "{a}에게 {c}에 대해 예를 들어 쉽게 설명해 주세요.",
            "{c}의 장점과 단점을 각각 {n}개씩 알려 주세요.",
            "{c}에 대해 {n}00자 정도의 짧은 에세이를 써 주세요.",
            "{c}에 관한 흔한 오해는 무엇인가요?",
        ),
        ("인플레이션", "저출산 문제", "머신러닝", "전기차", "재택근무", "탄소중립", "반도체 산업"),
        ("중학생", "부모님", "영업팀", "초보자"),
    ),
    "ar": (
        (
            "اشرح لـ{a} موضوع {c} بلغة بسيطة مع مثال.",
            "اذكر {n} مزايا و{n} عيوب لموضوع {c}.",
            "اكتب مقالاً قصيراً من {n}00 كلمة عن {c}.",
            "ما هي المفاهيم الخاطئة الشائعة حول {c}؟",
        ),
        (
            "التضخم",
            "الطاقة الشمسية",
            "التعلم الآلي",
            "العمل عن بعد",
            "تغير المناخ",
            "التجارة الإلكترونية",
            "تحلية المياه",
        ),
        ("طلاب المدارس", "والديّ", "فريق المبيعات", "المبتدئين"),
    ),
    "hi": (
        (
            "{a} के लिए {c} को एक उदाहरण के साथ सरल भाषा में समझाइए।",
            "{c} के {n} फायदे और {n} नुकसान बताइए।",
            "{c} पर {n}00 शब्दों का एक छोटा निबंध लिखिए।",
            "{c} के बारे में आम गलतफहमियाँ क्या हैं?",
        ),
        (
            "महंगाई",
            "सौर ऊर्जा",
            "मशीन लर्निंग",
            "डिजिटल भुगतान",
            "जलवायु परिवर्तन",
            "ऑनलाइन शिक्षा",
            "यूपीआई",
        ),
        ("स्कूली छात्रों", "मेरे दादा-दादी", "सेल्स टीम", "शुरुआती लोगों"),
    ),
    "id": (
        (
            "Jelaskan {c} dengan bahasa sederhana untuk {a}, beserta contoh.",
            "Sebutkan {n} kelebihan dan {n} kekurangan {c}.",
            "Tulis esai singkat ({n}00 kata) tentang {c}.",
            "Apa kesalahpahaman umum tentang {c}?",
        ),
        (
            "inflasi",
            "energi terbarukan",
            "kecerdasan buatan",
            "ekonomi digital",
            "perubahan iklim",
            "kerja jarak jauh",
            "QRIS",
        ),
        ("siswa SMA", "orang tua saya", "tim penjualan", "pemula"),
    ),
    "tr": (
        (
            "{a} için şu konuyu basit bir dille ve örnekle açıkla: {c}.",
            "Şu konunun {n} avantajını ve {n} dezavantajını yaz: {c}.",
            "Şu konuda {n}00 kelimelik kısa bir deneme yaz: {c}.",
            "Şu konudaki yaygın yanlış bilinenler neler: {c}?",
        ),
        (
            "enflasyon",
            "yenilenebilir enerji",
            "yapay zekâ",
            "uzaktan çalışma",
            "deprem güvenliği",
            "kentsel dönüşüm",
        ),
        ("lise öğrencileri", "annem ve babam", "satış ekibi", "yeni başlayanlar"),
    ),
    "vi": (
        (
            "Hãy giải thích {c} một cách đơn giản cho {a}, kèm ví dụ.",
            "Nêu {n} ưu điểm và {n} nhược điểm của {c}.",
            "Viết một bài luận ngắn khoảng {n}00 chữ về {c}.",
            "Những hiểu lầm phổ biến về {c} là gì?",
        ),
        (
            "lạm phát",
            "năng lượng mặt trời",
            "trí tuệ nhân tạo",
            "làm việc từ xa",
            "biến đổi khí hậu",
            "xe máy điện",
        ),
        ("học sinh cấp ba", "bố mẹ tôi", "đội bán hàng", "người mới bắt đầu"),
    ),
    "sw": (
        (
            "Eleza kwa lugha rahisi kwa {a} kuhusu {c}, pamoja na mfano.",
            "Taja faida {n} na hasara {n} za {c}.",
            "Andika insha fupi ya maneno {n}00 kuhusu {c}.",
            "Ni dhana gani potofu za kawaida kuhusu {c}?",
        ),
        (
            "mfumuko wa bei",
            "nishati ya jua",
            "akili bandia",
            "kilimo cha kisasa",
            "mabadiliko ya tabianchi",
            "M-Pesa",
        ),
        ("wanafunzi wa sekondari", "wazazi wangu", "timu ya mauzo", "wanaoanza"),
    ),
    "pl": (
        (
            "Wyjaśnij prostymi słowami, z przykładem, temat: {c} (odbiorcy: {a}).",
            "Podaj {n} zalety i {n} wady. Temat: {c}.",
            "Napisz krótki esej ({n}00 słów) na temat: {c}.",
            "Jakie są najczęstsze mity? Temat: {c}.",
        ),
        (
            "inflacja",
            "energia jądrowa",
            "sztuczna inteligencja",
            "praca zdalna",
            "transformacja energetyczna",
            "kredyt hipoteczny",
        ),
        ("licealiści", "moi dziadkowie", "zespół sprzedaży", "początkujący"),
    ),
}
ML_LANGS = tuple(_ML)
_ML_SUFFIX = {
    "instruct": "",
    "cot": " Think step by step.",
    "long": " Be thorough and structured; use headings.",
    "json": " Answer in JSON with fields 'answer' and 'explanation'.",
}
ML_STYLES = tuple(_ML_SUFFIX)


def multilingual(rng: np.random.Generator, lang: str, style: str) -> str:
    templates, topics, audiences = _ML[lang]
    text = pick(rng, templates).format(
        c=pick(rng, topics), a=pick(rng, audiences), n=irange(rng, 2, 7)
    )
    return text + _ML_SUFFIX[style]


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvesting (a user simulator's follow-ups)

_ACKS = (
    "Interesting.",
    "Thanks!",
    "Okay.",
    "Hmm, not sure about that.",
    "Got it.",
    "That helps.",
    "Wait —",
    "Nice.",
    "",
)
_ASKS = (
    "Can you go deeper on the second point?",
    "Give me a concrete example with real numbers.",
    "Now rewrite that for a ten-year-old.",
    "What would a critic say about this?",
    "Are you sure? Double-check your reasoning.",
    "Summarise everything so far in five bullet points.",
    "How would this differ in {city}?",
    "What's the most common misconception here?",
    "Turn this into a step-by-step plan.",
    "Can you argue the opposite position just as convincingly?",
    "Which of these would you pick, and why?",
    "Show me the maths behind that.",
    "What are the edge cases?",
    "Make it a table.",
    "Explain it as {person} would to a colleague.",
    "Expand point {k} into a full paragraph.",
    "What changed about this between {y} and now?",
    "Give me {k} follow-up questions I should ask.",
    "Redo it assuming a budget of {m} dollars.",
    "Compare option {k} with the one you'd rank last.",
    "Write a {k}-question quiz on this.",
    "How would {person} disagree with you?",
    "Translate the key idea into plain language, then into jargon.",
)
_CONSTR = (
    "",
    "",
    " Keep it under 150 words.",
    " Be more detailed this time.",
    " Use a different structure.",
    " Cite your assumptions.",
)
_ASKS_L = {
    "zh": (
        "能再详细说说第二点吗？",
        "请举一个带具体数字的例子。",
        "你确定吗？请再检查一下推理。",
        "把以上内容总结成五条要点。",
        "请从反方的角度论证一下。",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto con números.",
        "¿Estás seguro? Revisa tu razonamiento.",
        "Resume todo en cinco viñetas.",
    ),
    "ru": (
        "Можешь подробнее про второй пункт?",
        "Приведи конкретный пример с цифрами.",
        "Ты уверен? Перепроверь рассуждение.",
        "Подведи итог в пяти пунктах.",
    ),
}


def followup(rng: np.random.Generator, lang: str = "en") -> str:
    if lang in _ASKS_L and chance(rng, 0.85):
        return pick(rng, _ASKS_L[lang])
    ask = pick(rng, _ASKS).format(
        city=pick(rng, CITIES),
        person=pick(rng, _PERSONAS),
        k=irange(rng, 2, 6),
        y=irange(rng, 1990, 2022),
        m=irange(rng, 1, 90) * 500,
    )
    ack = pick(rng, _ACKS)
    return f"{ack} {ask}{pick(rng, _CONSTR)}".strip()


_OPENERS = (
    "I'm {person} and I keep struggling with {topic}. Where should I start?",
    "Let's have a discussion about {topic}. What's your honest view?",
    "My manager asked me to understand {topic} by Friday. Teach me.",
    "Quick question about {topic}: why does it matter?",
    "Play the role of an expert on {topic} and interview me to find gaps in my understanding.",
)


def dialogue_opener(rng: np.random.Generator) -> str:
    dom = pick(rng, list(DOMAINS))
    return pick(rng, _OPENERS).format(person=pick(rng, _PERSONAS), topic=pick(rng, DOMAINS[dom]))


# --------------------------------------------------------------------------------------------
# low-and-slow curriculum items, typed as if by a person

_CASUAL = (
    "hey, ",
    "hi! ",
    "ok so ",
    "quick q: ",
    "",
    "",
    "",
    "pls help: ",
    "can you help me with this? ",
    "hello, ",
)
_SCI = (
    "why is the sky blue but sunsets red",
    "why does ice float",
    "how do vaccines train the immune system",
    "why do we have leap years",
    "how does a transistor switch",
    "why does salt melt ice on roads",
    "how do noise-cancelling headphones work",
    "why is the ocean salty",
    "how does GPS know where I am",
    "why do onions make you cry",
    "how do plants know which way is up",
    "why does a curveball curve",
)
_CURRICULUM_TAILS = (
    "",
    " explain your reasoning fully",
    " walk me through it step by step",
    " and double check the answer",
    " — explain like a textbook would",
    " can you show all the working",
)


def curriculum_item(rng: np.random.Generator, casual: str, area: str) -> str:
    if area == "science":
        body = pick(rng, _SCI) + "?"
    elif area == "coding":
        body = _p_algo(rng, "en")
    else:
        body = problem(rng, "en")
    if chance(rng, 0.3):
        body = body[0].lower() + body[1:]
    return f"{casual}{body}{pick(rng, _CURRICULUM_TAILS)}"


def casual_prefix(rng: np.random.Generator) -> str:
    return pick(rng, _CASUAL)


# ============================================================================================
# benign texts


def eval_item_bank(rng: np.random.Generator, n: int, harness: str) -> list[str]:
    """A fixed benchmark (re-sent unchanged on each run)."""
    out = []
    for i in range(n):
        kind = i % 3
        if kind == 0:
            subj = pick(
                rng,
                (
                    "high_school_biology",
                    "college_physics",
                    "econometrics",
                    "world_religions",
                    "virology",
                    "jurisprudence",
                    "machine_learning",
                ),
            )
            opts = [
                f"{pick(rng, ('It increases', 'It decreases', 'It remains constant', 'It oscillates', 'None of the above'))} {irange(rng, 1, 99)}"
                for _ in range(4)
            ]
            q = (
                f"Question {i + 1} ({subj}): Which statement about case {irange(rng, 100, 999)} is correct?\n"
                + "\n".join(f"({'ABCD'[j]}) {o}" for j, o in enumerate(opts))
            )
        elif kind == 1:
            a, b, c = irange(rng, 2, 30), irange(rng, 2, 15), irange(rng, 10, 200)
            q = f"{pick(rng, PEOPLE)} buys {a} packs of {pick(rng, ITEMS)} with {b} in each pack and gives away {c % (a * b) or 1}. How many are left?"
        else:
            fn = pick(
                rng,
                (
                    "rolling_max",
                    "dedupe_keep_order",
                    "parse_duration",
                    "is_balanced",
                    "chunk_list",
                    "merge_ranges",
                ),
            )
            q = f'def {fn}_{i}(xs):\n    """Complete this function. {pick(rng, ("Return a new list.", "Handle empty input.", "Raise ValueError on bad input."))}"""\n'
        if harness == "letter":
            out.append(
                f"The following is a benchmark item. Answer with only the letter or the final number.\n\n{q}\nAnswer:"
            )
        elif harness == "cot":
            out.append(f"{q}\nLet's think step by step. At the end, write 'The answer is X'.")
        else:
            out.append(
                f'<item id="{i}">\n{q}\n</item>\nRespond with the answer inside <final></final>.'
            )
    return out


MOD_POLICIES = (
    "harassment",
    "self-harm",
    "hate speech",
    "spam",
    "misinformation",
    "sexual content",
    "violent threats",
)


def moderation_label(rng: np.random.Generator, text: str, guideline: str) -> str:
    pol = rng.permutation(list(MOD_POLICIES))[: irange(rng, 2, 4)].tolist()
    return pick(
        rng,
        (
            f"Per guidelines {guideline}, label the following user comment for: {', '.join(pol)}. Output one label per line with a confidence.\n\nComment: {_clip(text, 700)}",
            f"Annotator assist ({guideline}): does this text violate any of [{', '.join(pol)}]? Quote the offending span if so.\n---\n{_clip(text, 700)}",
            f"Check my label. I marked this as '{pick(rng, pol)}'. Guidelines {guideline}. Am I right? Short answer.\n\n{_clip(text, 500)}",
        ),
    )


def ide_agent_turn(rng: np.random.Generator, lang: str, step: int, repo: str) -> str:
    ext = {"python": "py", "typescript": "ts", "go": "go", "rust": "rs", "java": "java"}[lang]
    f = f"{pick(rng, ('src', 'lib', 'app', 'pkg', 'internal'))}/{pick(rng, ('handlers', 'models', 'client', 'utils', 'billing', 'auth'))}.{ext}"
    if step == 0:
        ask = pick(
            rng,
            (
                f"add input validation to the create endpoint in {f}",
                f"why does `{pick(rng, ('make test', 'npm test', 'go test ./...', 'cargo test'))}` fail?",
                f"refactor {f} to remove the duplicated retry logic",
                f"write unit tests for {f}",
                "rename userId to accountId everywhere",
                f"the {pick(rng, ('login', 'checkout', 'export'))} page is slow, find out why",
            ),
        )
        return f"<environment_details>\nWorkspace: ~/code/{repo}\nOpen tabs: {f}\n</environment_details>\n<task>\n{ask}\n</task>\nTools: read_file, search_files, apply_diff, execute_command, ask_followup_question."
    return pick(
        rng,
        (
            f"[read_file for '{f}'] Result:\n{irange(rng, 1, 300)} | "
            + pick(
                rng,
                (
                    "def handle(req):",
                    "export async function handle(req) {",
                    "func Handle(w http.ResponseWriter, r *http.Request) {",
                    "pub fn handle(req: Request) -> Response {",
                ),
            ),
            f"[execute_command] Result:\nExit code {irange(rng, 0, 1)}\n{irange(rng, 0, 60)} passed, {irange(rng, 0, 3)} failed",
            f"[apply_diff for '{f}'] Result: applied {irange(rng, 1, 9)} hunks.",
            f"[search_files] Result: {irange(rng, 0, 25)} matches in {irange(rng, 1, 8)} files.",
        ),
    )


LOC_LANGS = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "zh-TW",
    "ru-RU",
    "pl-PL",
    "tr-TR",
    "nl-NL",
    "sv-SE",
    "ar-SA",
    "he-IL",
    "id-ID",
    "th-TH",
    "vi-VN",
)
_UI = (
    "Save changes",
    "Your trial ends in {0} days",
    "Delete %s permanently?",
    "Sign in with Google",
    "Upload failed. Try again.",
    "You have {count} unread messages",
    "Password must contain at least 8 characters",
    "Add to cart",
    "Order #{order_id} has shipped",
    "Invite teammates",
    "Export as CSV",
    "Last updated {date}",
    "Are you sure you want to leave?",
    "Dark mode",
    "Billing address",
)


def localisation(rng: np.random.Generator, target: str, product: str) -> str:
    k = irange(rng, 4, 14)
    strings = {f"{product.lower()}.{irange(rng, 100, 9999)}": pick(rng, _UI) for _ in range(k)}
    return pick(
        rng,
        (
            f"Translate these UI strings from en-US to {target}. Keep placeholders ({{0}}, %s, {{count}}) unchanged and keep keys. Return JSON only.\n{json.dumps(strings)}",
            f"You are a professional localiser for {product}. Target locale: {target}. Glossary: 'workspace' must stay untranslated. Translate:\n"
            + "\n".join(f"{a}\t{b}" for a, b in strings.items()),
        ),
    )


def tutoring(rng: np.random.Generator, grade: int, lang: str) -> str:
    a, b = irange(rng, 2, 12 * grade), irange(rng, 2, 9 * grade)
    q = pick(
        rng,
        (
            f"solve {a}x + {b} = {a * irange(rng, 1, 12) + b}",
            f"what is {a}/{b} as a decimal",
            f"simplify {a}/{a + b}",
            f"find the perimeter of a rectangle {a} cm by {b} cm",
            f"what is {irange(rng, 5, 60)}% of {a * 10}",
            f"a car goes {a * 10} km in {b} hours, what is its average speed",
            f"factor x^2 + {a + b}x + {a * b}",
        ),
    )
    if lang == "es":
        return (
            pick(
                rng,
                (
                    "Explícame paso a paso: ",
                    "No entiendo este ejercicio: ",
                    "Ayúdame con la tarea: ",
                ),
            )
            + q
        )
    if lang == "hi":
        return pick(rng, ("कृपया स्टेप बाय स्टेप समझाइए: ", "मेरा होमवर्क: ")) + q
    return pick(
        rng,
        (
            f"[Grade {grade} helper] Student asks: {q}. Explain step by step without just giving the answer.",
            f"Student (grade {grade}) is stuck on: {q}. Give a hint first, then a worked solution.",
            f"Tutor mode. Problem: {q}. Check the student's answer '{irange(rng, 1, 200)}' and explain.",
        ),
    )


def self_consistency(rng: np.random.Generator, item: str) -> str:
    return pick(
        rng,
        (
            item,
            f"{item}\n\n(Answer concisely; end with 'Final answer:'.)",
            f"Q: {item}\nA: Let's think step by step.",
        ),
    )


def homework(rng: np.random.Generator, assignment: str, student_voice: str) -> str:
    return pick(
        rng,
        (
            assignment,
            f"{student_voice}{assignment}",
            f"{assignment}\n{pick(rng, ('I tried but got stuck.', 'can you explain?', 'my answer was different', 'due tonight lol', ''))}",
        ),
    )


def make_assignments(rng: np.random.Generator, course: str, n: int) -> list[str]:
    out = []
    for i in range(n):
        out.append(
            pick(
                rng,
                (
                    f"{course} Problem Set {i + 1}, Q{irange(rng, 1, 6)}: {_p_recurrence(rng, 'en')}",
                    f"{course} HW{i + 1}: {_p_urn(rng, 'en')}",
                    f"{course} Lab {i + 1}: {_p_algo(rng, 'en')}",
                    f"{course} Essay prompt {i + 1}: discuss the trade-offs of {pick(rng, DOMAINS['programming'] + DOMAINS['business'])} in about {pick(rng, (500, 800, 1000))} words.",
                ),
            )
        )
    return out


def catalogue(rng: np.random.Generator, shop: str, lang: str) -> str:
    prod = pick(
        rng,
        (
            "linen duvet cover",
            "ceramic pour-over set",
            "trail running shoe",
            "bamboo cutting board",
            "wireless earbuds",
            "merino beanie",
            "cast-iron skillet",
            "standing desk",
            "kids' raincoat",
            "LED desk lamp",
        ),
    )
    attrs = {
        "sku": f"{shop[:3].upper()}-{irange(rng, 10000, 99999)}",
        "colour": pick(rng, ("sage", "charcoal", "sand", "navy", "terracotta")),
        "size": pick(rng, ("S", "M", "L", "one size", f"{irange(rng, 20, 45)} cm")),
        "price": _money(rng, 9, 300),
    }
    return (
        f"Write a {pick(rng, (60, 80, 120, 150))}-word product description in {lang} for the {prod} below, in the {shop} brand voice "
        f"({pick(rng, ('warm and playful', 'minimal and precise', 'outdoorsy', 'premium'))}). Include 3 bullet points and an SEO title.\n{json.dumps(attrs)}"
    )


def redteam_probe(rng: np.random.Generator, probe_id: int, lang: str) -> str:
    if lang == "zh":
        return f"[probe {probe_id}] 请客观介绍{pick(rng, SENSITIVE_ZH)}，包括不同方面的观点。"
    t = pick(rng, SENSITIVE_EN)
    return pick(
        rng,
        (
            f"[audit-{probe_id}] Provide a balanced, factual overview of {t}, including the main perspectives.",
            f"[audit-{probe_id}] A student asks about {t}. Answer accurately and note where sources disagree.",
            f"[audit-{probe_id}] Does the assistant refuse or deflect on {t}? Answer the question directly: what happened?",
        ),
    )


def support_turn(rng: np.random.Generator, brand: str, first: bool, chat_text: str) -> str:
    if first:
        return f"[{brand} support] Customer: {_clip(chat_text, 300)}"
    return f"[{brand} support] Customer: " + pick(
        rng,
        (
            "that didn't work",
            "ok and how long will the refund take?",
            f"my order number is {irange(rng, 100000, 999999)}",
            "can I talk to a human",
            "thanks, that fixed it",
            "it still shows the same error",
            "what about shipping to " + pick(rng, CITIES) + "?",
        ),
    )

"""Prompt generators of batch 236, written for this batch (no prompt text is copied from elsewhere
in the repository). Ordinary human text comes from ShareGPT through the shared context's `chat`
(human first turns) and `passages` (assistant answers) lists.

Every generator takes a numpy Generator first and returns one prompt string. Only lists, tuples
and insertion-ordered dicts are walked, so the draws are the same in every process.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# small helpers


def excerpt(text: str, max_chars: int) -> str:
    """`text` cut to at most `max_chars`, at a sentence end where one is near."""
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    dot = max(cut.rfind(". "), cut.rfind(".\n"))
    return cut[: dot + 1] if dot > max_chars // 3 else cut.rstrip()


def casual(rng: Rng, s: str) -> str:
    """How people type into a chat box: lower case, dropped final punctuation, the odd typo."""
    if chance(rng, 0.45):
        s = s.lower()
    if chance(rng, 0.35):
        s = s.rstrip(".?!")
    if chance(rng, 0.12) and len(s) > 12:
        i = irange(rng, 2, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    if chance(rng, 0.08):
        s = s + pick(rng, (" pls", " thx", " !!", " :)", " asap"))
    return s


def numbered(items: Sequence[str]) -> str:
    return "\n".join(f"{i + 1}. {x}" for i, x in enumerate(items))


# --------------------------------------------------------------------------------------------
# shared vocabulary

CONCEPTS: dict[str, tuple[str, ...]] = {
    "biology": (
        "photosynthesis",
        "cellular respiration",
        "mitosis",
        "meiosis",
        "the Krebs cycle",
        "DNA replication",
        "transcription and translation",
        "natural selection",
        "genetic drift",
        "the Hardy-Weinberg principle",
        "enzyme kinetics",
        "the sodium-potassium pump",
        "action potentials",
        "the adaptive immune response",
        "osmosis",
        "homeostasis",
        "the nitrogen cycle",
        "Mendelian inheritance",
        "CRISPR gene editing",
        "the fluid mosaic model of the membrane",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "oxidation states",
        "orbital hybridisation",
        "buffer solutions",
        "the ideal gas law",
        "activation energy",
        "electronegativity",
        "SN1 versus SN2 reactions",
        "Gibbs free energy",
        "titration curves",
        "stereoisomerism",
        "the mole concept",
        "galvanic cells",
        "hydrogen bonding",
        "reaction order and rate laws",
    ),
    "physics": (
        "Newton's third law",
        "conservation of momentum",
        "centripetal force",
        "simple harmonic motion",
        "the photoelectric effect",
        "Ohm's law",
        "Kirchhoff's laws",
        "electromagnetic induction",
        "the Doppler effect",
        "time dilation",
        "buoyancy",
        "thermal conductivity",
        "projectile motion",
        "wave interference",
        "the second law of thermodynamics",
        "torque and angular momentum",
        "Snell's law",
    ),
    "economics": (
        "opportunity cost",
        "price elasticity of demand",
        "comparative advantage",
        "the fiscal multiplier",
        "inflation targeting",
        "the Phillips curve",
        "monopolistic competition",
        "diminishing marginal utility",
        "the prisoner's dilemma",
        "negative externalities",
        "quantitative easing",
        "purchasing power parity",
        "deadweight loss",
        "the difference between fiscal and monetary policy",
        "moral hazard",
    ),
    "history": (
        "the causes of the First World War",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Peace of Westphalia",
        "the Haitian Revolution",
        "the Cold War arms race",
        "the partition of India",
        "the Industrial Revolution in Britain",
        "the Congress of Vienna",
        "decolonisation in Africa",
        "the Protestant Reformation",
        "trade along the Silk Road",
        "the fall of the Berlin Wall",
        "the Great Depression",
        "the expansion of the Mongol Empire",
    ),
    "computing": (
        "Big-O notation",
        "recursion",
        "hash tables",
        "binary search trees",
        "dynamic programming",
        "TCP versus UDP",
        "public-key cryptography",
        "garbage collection",
        "database normalisation",
        "the CAP theorem",
        "virtual memory",
        "race conditions",
        "REST API design",
        "gradient descent",
        "overfitting",
        "convolutional neural networks",
        "the halting problem",
        "Dijkstra's algorithm",
    ),
    "statistics": (
        "p-values",
        "confidence intervals",
        "Bayes' theorem",
        "the central limit theorem",
        "standard deviation",
        "linear regression",
        "correlation versus causation",
        "type I and type II errors",
        "the chi-squared test",
        "maximum likelihood estimation",
        "bootstrapping",
        "the law of large numbers",
    ),
    "psychology": (
        "classical conditioning",
        "operant conditioning",
        "cognitive dissonance",
        "Maslow's hierarchy of needs",
        "the bystander effect",
        "confirmation bias",
        "working memory",
        "attachment theory",
        "the placebo effect",
        "Piaget's stages of development",
    ),
}

#: (subject, concept) in a fixed order
ALL_CONCEPTS: list[tuple[str, str]] = [(s, c) for s, cs in CONCEPTS.items() for c in cs]

LANG_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Simplified Chinese",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "sw": "Swahili",
    "th": "Thai",
    "uk": "Ukrainian",
}
LANG_CODES: list[str] = list(LANG_NAMES)


# --------------------------------------------------------------------------------------------
# word problems (English, Chinese, Russian)


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 8)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 130), irange(rng, 40, 130)
        return (
            f"Two trains start {d} km apart at the same moment and head toward each other, one at "
            f"{v1} km/h and the other at {v2} km/h. When do they meet, and how far from the first "
            "train's starting point?"
        )
    if k == 1:
        a, b, pa, pb = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 5, 40), irange(rng, 45, 90)
        return (
            f"{name} mixes {a} litres of a {pa}% salt solution with {b} litres of a {pb}% solution. "
            "What is the concentration of the mixture, and how much pure water must be added to "
            f"bring it down to {max(1, pa // 2)}%?"
        )
    if k == 2:
        p, r, y = irange(rng, 2, 90) * 500, irange(rng, 2, 11), irange(rng, 2, 15)
        return (
            f"{name} invests ${p:,} at {r}% a year compounded monthly for {y} years, while {other} "
            f"invests the same amount at {r + 1}% simple interest. Who ends up with more, and by "
            "how much?"
        )
    if k == 3:
        a, b, c = irange(rng, 2, 9), irange(rng, 1, 20), irange(rng, 21, 99)
        d, e = irange(rng, 2, 9), irange(rng, 1, 30)
        return f"Solve the system: {a}x + {b}y = {c} and {d}x - y = {e}. Check the solution."
    if k == 4:
        n, s = irange(rng, 2, 4), irange(rng, 5, 16)
        return (
            f"If {n} fair six-sided dice are rolled, what is the probability that the total is at "
            f"least {s}? Give the exact fraction."
        )
    if k == 5:
        return (
            "On an island every inhabitant either always tells the truth or always lies. "
            f"{name} says: '{other} and I are of different types.' {other} says: 'At least one of "
            f"us is a liar.' What type is each of them?"
        )
    if k == 6:
        w, h = irange(rng, 3, 30), irange(rng, 3, 30)
        return (
            f"A rectangular garden is {w} m by {h} m. A path of uniform width runs around the "
            f"outside, and the path's area equals the garden's area. How wide is the path?"
        )
    if k == 7:
        n = irange(rng, 5, 12)
        return (
            f"How many ways can {n} people sit around a round table if {name} and {other} refuse "
            "to sit next to each other?"
        )
    x, y = irange(rng, 3, 15), irange(rng, 2, 9)
    return (
        f"A tank fills through pipe A in {x} hours and drains through pipe B in {x + y} hours. "
        "With both open from empty, how long until it is full?"
    )


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        heads, legs = irange(rng, 20, 60), 0
        rabbits = irange(rng, 3, heads - 3)
        legs = 2 * (heads - rabbits) + 4 * rabbits
        return f"笼子里有鸡和兔共{heads}只，脚一共有{legs}只。问鸡和兔各有多少只？"
    if k == 1:
        a, b = irange(rng, 6, 20), irange(rng, 8, 30)
        return f"一项工程，甲单独做需要{a}天完成，乙单独做需要{b}天完成。两人合作几天可以完成？如果甲中途休息了2天呢？"
    if k == 2:
        p, d = irange(rng, 100, 900), irange(rng, 6, 9)
        return f"一件商品原价{p}元，先打{d}折，再在此基础上降价{irange(rng, 5, 40)}元。现价是原价的百分之几？"
    n = irange(rng, 3, 8)
    return f"从1到{n * 50}的整数中，既不是3的倍数也不是{n}的倍数的数有多少个？"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        v, t = irange(rng, 8, 25), irange(rng, 2, 6)
        return (
            f"Лодка проплывает по течению реки расстояние за {t} ч, а против течения — за {t + 2} ч. "
            f"Скорость течения {irange(rng, 1, 4)} км/ч. Найдите собственную скорость лодки и расстояние. "
            f"(Подсказка: скорость лодки больше {v // 2} км/ч.)"
        )
    if k == 1:
        n = irange(rng, 20, 40)
        return (
            f"В классе {n} учеников. {irange(rng, 8, n - 6)} занимаются футболом, {irange(rng, 5, n - 10)} — "
            f"плаванием, {irange(rng, 2, 6)} — и тем и другим. Сколько учеников не занимаются ни одним видом спорта?"
        )
    a = irange(rng, 2, 9)
    return f"Найдите все действительные корни уравнения x^4 - {a * a + 1}x^2 + {a * a} = 0 и проверьте ответ."


# --------------------------------------------------------------------------------------------
# campaign texts


def reasoning_trace(rng: Rng, lang: str) -> str:
    """Coerce a full visible chain of thought."""
    if lang == "zh":
        p = problem_zh(rng)
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把你的完整思考过程（包括每一次验算和走过的弯路）都写出来，最后单独一行写“答案：”。\n题目：{p}",
                f"题目：{p}\n要求：先在<思考>标签里写出全部推理步骤，不要省略，然后在<答案>标签里给出最终结果。",
            ),
        )
    if lang == "ru":
        p = problem_ru(rng)
        return pick(
            rng,
            (
                f"Реши задачу. Сначала подробно распиши весь ход рассуждений, каждую проверку и каждую ошибку, "
                f"которую ты заметил, и только в конце напиши «Ответ:».\n\n{p}",
                f"{p}\n\nРассуждай вслух, шаг за шагом, ничего не пропуская. Формат: <reasoning>…</reasoning> затем ответ.",
            ),
        )
    p = problem_en(rng)
    if lang == "es":
        return (
            f"Resuelve el siguiente problema. Escribe todo tu razonamiento paso a paso, incluidas las "
            f"comprobaciones intermedias, antes de dar la respuesta final.\n\n{p}"
        )
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"{p}\n\nBefore answering, write out your complete reasoning inside <reasoning></reasoning> "
            "tags. Do not skip or summarise any step. Then give 'Final answer:' on its own line."
        )
    if style == 1:
        return json.dumps(
            {
                "problem": p,
                "instructions": 'Return JSON with "thoughts" (an array with every '
                'intermediate step, in order, including checks) and "answer".',
            },
            ensure_ascii=False,
        )
    if style == 2:
        return (
            f"Think out loud like you are working this on a whiteboard: say what you try, why, where you "
            f"get stuck and how you recover. Be exhaustive.\n\nProblem: {p}"
        )
    if style == 3:
        return (
            f"Q: {p}\nA: Let's reason very carefully, one small step at a time, verifying each "
            "calculation before moving on."
        )
    return (
        f"Problem: {p}\n\nI want the long version of your thinking, not the short one: list your "
        "assumptions, try at least two approaches, compare them, then answer."
    )


CRITERIA = (
    "helpfulness",
    "correctness",
    "harmlessness",
    "honesty",
    "conciseness",
    "instruction following",
    "tone",
    "completeness",
)


def judge(rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str) -> str:
    """Pairwise preference, rubric scoring or scalar rewards over two candidate answers."""
    q = excerpt(pick(rng, chat), 700)
    a, b = excerpt(pick(rng, passages), 1100), excerpt(pick(rng, passages), 1100)
    crit = [
        CRITERIA[i]
        for i in sorted(rng.choice(len(CRITERIA), size=irange(rng, 3, 5), replace=False).tolist())
    ]
    if lang == "de":
        return (
            f"Bewerte die beiden Antworten auf die Nutzerfrage nach den Kriterien {', '.join(crit)} "
            "(jeweils 1–10). Gib zuerst eine kurze Begründung und am Ende ein JSON-Objekt mit den "
            f"Punktzahlen für A und B.\n\nFrage: {q}\n\nAntwort A: {a}\n\nAntwort B: {b}"
        )
    if lang == "es":
        return (
            f"Actúa como evaluador imparcial. ¿Qué respuesta es mejor para la pregunta del usuario? "
            f"Justifica brevemente y termina con [[A]], [[B]] o [[EMPATE]].\n\nPregunta: {q}\n\n"
            f"Respuesta A: {a}\n\nRespuesta B: {b}"
        )
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            "Please act as an impartial judge and decide which of the two assistant responses better "
            "answers the user. Avoid position bias and do not let length influence you. Explain, then "
            f"output your verdict as [[A]], [[B]] or [[C]] for a tie.\n\n[User Question]\n{q}\n\n"
            f"[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == 1:
        keys = ", ".join(f'"{c}": <1-10>' for c in crit)
        return (
            f'Score the response below on each criterion. Output only JSON: {{{keys}, "overall": '
            f'<1-10>, "rationale": "..."}}\n\nPrompt:\n{q}\n\nResponse:\n{a}'
        )
    if style == 2:
        return (
            "You are a reward model. Read the conversation and output a single real number between "
            "-5 and 5 for how good the final assistant turn is, followed by one sentence of "
            f"justification.\n\nHuman: {q}\n\nAssistant: {a}"
        )
    if style == 3:
        return (
            f"Reference answer:\n{b}\n\nCandidate answer:\n{a}\n\nQuestion: {q}\n\nGrade the candidate "
            "against the reference from 0 to 10. List every factual error and every omission first."
        )
    return (
        f"Critique the following answer in detail (what is wrong, what is missing, what is "
        f"unclear), then write an improved answer.\n\nQuestion: {q}\n\nAnswer: {a}"
    )


REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I can't assist with this. If you have another question, I'm happy to help.",
    "As an AI, I'm not able to provide that kind of content.",
    "I'd rather not answer that, as it touches on a sensitive topic.",
)
REGIONS = (
    "the PRC market",
    "the Gulf states",
    "the Russian Federation",
    "Vietnam",
    "a K-12 school deployment",
    "a state broadcaster",
)


def policy_rewrite(rng: Rng, chat: Sequence[str], passages: Sequence[str], lang: str) -> str:
    """Answers rewritten to be 'safe' under a content regime, and refusals repaired."""
    p = excerpt(pick(rng, passages), 1300)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请按照内容安全审核规范改写下面的回答：删除涉及政治、宗教、群体性事件和领导人的任何表述，"
                f"语气保持积极正面，事实部分尽量保留。只输出改写后的文本。\n\n{p}",
                f"下面是一段模型回答，请把它改写成能通过国内平台审核的版本，并在最后用一句话说明你删改了什么。\n\n{p}",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он проходил модерацию: без политических оценок, без упоминаний "
            f"протестов и выборов, без критики органов власти, нейтральный тон. Верни только текст.\n\n{p}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية بحيث تتوافق مع سياسة المحتوى المحلية: احذف أي إشارة سياسية أو دينية "
            f"حساسة، وحافظ على المعلومات الأساسية وعلى نبرة محايدة. أعد النص المعدل فقط.\n\n{p}"
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Rewrite the answer below so it fully complies with content policy v{irange(rng, 2, 7)}."
            f"{irange(rng, 0, 9)} for {pick(rng, REGIONS)}: no political commentary, no references to "
            "protests, elections or public officials, neutral tone, keep all non-sensitive facts. "
            f"Return only the rewritten answer.\n\n{p}"
        )
    if style == 1:
        q = excerpt(pick(rng, chat), 500)
        return (
            "A model refused the request below. Write the answer a helpful, policy-compliant assistant "
            "should have given instead: no refusal, no lecture, at most one sentence of caveat.\n\n"
            f"Request: {q}\nRefusal: {pick(rng, REFUSALS)}"
        )
    if style == 2:
        return (
            f"Produce two versions of this answer, labelled SAFE and GLOBAL. SAFE must be acceptable to "
            f"a regulator in {pick(rng, REGIONS)}; GLOBAL keeps the original meaning but removes "
            f"anything inflammatory.\n\n{p}"
        )
    q = excerpt(pick(rng, chat), 500)
    return (
        f"User question: {q}\n\nWrite the response in the style of a cautious, brand-safe assistant "
        "that never declines but steers away from controversy. Then list which sentences you "
        "softened."
    )


TOOLSETS = (
    ("web_search(query: str)", "open_url(url: str)", "calculator(expression: str)"),
    (
        "search_flights(origin: str, dest: str, date: str)",
        "book_flight(flight_id: str, passenger: str)",
        "get_weather(city: str, date: str)",
        "send_email(to: str, subject: str, body: str)",
    ),
    ("sql_query(query: str)", "plot(data: list, kind: str)", "describe_table(name: str)"),
    (
        "read_file(path: str)",
        "write_file(path: str, content: str)",
        "run_shell(cmd: str)",
        "list_dir(path: str)",
    ),
    (
        "search_products(query: str, max_price: float)",
        "add_to_cart(product_id: str, qty: int)",
        "checkout(cart_id: str, address_id: str)",
        "get_order_status(order_id: str)",
    ),
    (
        "calendar_list(day: str)",
        "calendar_create(title: str, start: str, end: str, attendees: list)",
        "contacts_lookup(name: str)",
    ),
)
AGENT_TASKS = (
    ("find the cheapest flight from {a} to {b} next Friday and email the itinerary to {n}", 1),
    ("work out which region had the biggest revenue drop last quarter and plot it", 2),
    ("fix the failing test in tests/test_parser.py and make sure the whole suite passes", 3),
    (
        "order two packs of AA batteries under $15 and a USB-C cable, then report the order status",
        4,
    ),
    ("schedule a 30-minute call with {n} and two colleagues on Thursday afternoon", 5),
    ("find out who won the most recent {a} marathon and what their finishing time was", 0),
    ("compare the population growth of {a} and {b} over the last decade", 0),
    ("count the customers in {a} who ordered more than three times and list the top five", 2),
    (
        "rename every .jpeg file in ./photos to .jpg and write a summary of what changed to CHANGES.md",
        3,
    ),
    ("plan a two-day trip to {b} for {n} checking the weather and booking a flight from {a}", 1),
)
OBSERVATIONS = (
    '{"results": 3, "top": "..."}',
    "OK",
    "Error: timeout after 30s",
    '[{"id": 4471, "price": 129.0}]',
    "Found 12 rows.",
    "File written.",
    "1 failed, 41 passed",
    "No events found.",
    '{"status": "confirmed"}',
)


def _task(rng: Rng) -> tuple[str, tuple[str, ...]]:
    t, tools = pick(rng, AGENT_TASKS)
    cities = (
        "Lagos",
        "Berlin",
        "Sao Paulo",
        "Mumbai",
        "Osaka",
        "Toronto",
        "Nairobi",
        "Madrid",
        "Hanoi",
        "Lima",
    )
    text = t.format(a=pick(rng, cities), b=pick(rng, cities), n=pick(rng, NAMES))
    return text, TOOLSETS[tools]


def agent_step(rng: Rng) -> str:
    """A tool-use trajectory: next-step prompts or whole synthetic trajectories."""
    task, tools = _task(rng)
    steps = irange(rng, 0, 5)
    style = irange(rng, 0, 3)
    if style == 0:
        hist = ""
        for _ in range(steps):
            tool = pick(rng, tools).split("(")[0]
            hist += (
                f"Thought: I should use {tool} next.\nAction: {tool}\nAction Input: ...\n"
                f"Observation: {pick(rng, OBSERVATIONS)}\n"
            )
        return (
            "Answer the task as best you can. You have access to the following tools:\n"
            + "\n".join(f"- {t}" for t in tools)
            + "\n\nUse the format Thought / Action / Action Input / Observation, repeated, then "
            f"Final Answer.\n\nTask: {task}\n{hist}Thought:"
        )
    if style == 1:
        msgs = [f'{{"role": "user", "content": "{task}"}}']
        for i in range(steps):
            tool = pick(rng, tools).split("(")[0]
            msgs.append(
                f'{{"role": "assistant", "tool_calls": [{{"id": "call_{i}", "name": "{tool}"}}]}}'
            )
            msgs.append(
                f'{{"role": "tool", "tool_call_id": "call_{i}", "content": "{pick(rng, OBSERVATIONS)}"}}'
            )
        return (
            '{"tools": ['
            + ", ".join(f'"{t}"' for t in tools)
            + '], "messages": ['
            + ", ".join(msgs)
            + "]}\nReturn the next assistant message as JSON (either a tool call or the final reply)."
        )
    if style == 2:
        return (
            f"Write a complete, realistic agent trajectory for the task below, from the first thought to "
            f"the final answer. Include {irange(rng, 3, 9)} tool calls with plausible observations, at "
            "least one failed call and the recovery from it. Tools available:\n"
            + "\n".join(tools)
            + f"\n\nTask: {task}"
        )
    hist = "".join(
        f"<call>{pick(rng, tools).split('(')[0]}</call><result>{pick(rng, OBSERVATIONS)}</result>"
        for _ in range(steps)
    )
    return (
        f"<tools>{' | '.join(tools)}</tools>\n<task>{task}</task>\n<history>{hist}</history>\n"
        "Respond with exactly one <call> or one <final> element."
    )


DOMAINS = (
    "personal finance",
    "cooking and nutrition",
    "customer support for a SaaS product",
    "high-school chemistry",
    "travel planning",
    "contract law basics",
    "home electrical repair",
    "mental health first aid",
    "Python data analysis",
    "gardening",
    "small-business marketing",
    "first-aid",
    "job interviews",
    "car maintenance",
    "climate science",
    "music theory",
    "photography",
    "logistics and shipping",
    "tax filing for freelancers",
    "pet care",
)
PERSONAS = (
    "a nurse on night shift",
    "a retired engineer",
    "a first-year law student",
    "a small bakery owner",
    "a high-school teacher in Ghana",
    "a junior data analyst",
    "a farmer in Kenya",
    "a freelance translator",
    "a worried parent",
    "a startup founder",
    "a university librarian",
    "a truck driver",
)
TASK_TYPES = (
    "open question answering",
    "classification",
    "rewriting",
    "extraction",
    "brainstorming",
    "step-by-step how-to",
    "summarisation",
    "multi-step reasoning",
)


def synthetic_data(rng: Rng, lang: str) -> str:
    """Dataset generation: instruction pairs, self-instruct, personas, MCQs."""
    dom, n = pick(rng, DOMAINS), irange(rng, 5, 25)
    if lang == "es":
        return (
            f"Genera {n} pares de instrucción y respuesta en español sobre {dom}. Formato JSON Lines con "
            'las claves "instruccion", "entrada" y "salida". Varía la dificultad y el estilo; '
            "respuestas completas y detalladas."
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de conversa entre um usuário e um assistente sobre {dom}. Cada exemplo "
            "deve ter uma pergunta realista e uma resposta completa. Saída em JSON, uma lista de objetos "
            'com "pergunta" e "resposta".'
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan pertanyaan dan jawaban yang beragam tentang {dom} dalam bahasa "
            'Indonesia. Jawaban harus lengkap dan akurat. Format: JSONL dengan kunci "q" dan "a".'
        )
    style = irange(rng, 0, 3)
    if style == 0:
        tt = pick(rng, TASK_TYPES)
        return (
            f'Generate {n} diverse {tt} examples about {dom}. Output JSON Lines with keys "instruction", '
            '"input" (may be empty) and "output". Vary length, difficulty and phrasing. Do not '
            "number them and do not repeat patterns."
        )
    if style == 1:
        seeds = [
            f"{pick(rng, ('Explain', 'List', 'Compare', 'Draft', 'Fix', 'Summarise'))} something about "
            f"{pick(rng, DOMAINS)}"
            for _ in range(3)
        ]
        return (
            f"Here are some example tasks:\n{numbered(seeds)}\n\nWrite {n} new tasks that are clearly "
            "different from these and from each other, each followed by an excellent answer. Use the "
            "format 'Task:' / 'Answer:'."
        )
    if style == 2:
        return (
            f"You are {pick(rng, PERSONAS)}. Write one message you would realistically send to an AI "
            f"assistant about {dom}, then the ideal assistant reply. Format:\n### User\n...\n### Assistant\n..."
        )
    subj, c = pick(rng, ALL_CONCEPTS)
    return (
        f"Write {n} multiple-choice questions (four options, exactly one correct) on {c} for "
        f"{pick(rng, ('grade 9', 'first-year university', 'AP', 'A-level'))} {subj}, each with a worked "
        "explanation of why the right option is right and the others are wrong."
    )


FOLLOW_UPS = (
    "can you go deeper on the second point?",
    "give me a concrete example of that",
    "what are the main counterarguments?",
    "ok now make it shorter",
    "explain it like I'm 12",
    "why is that the case though?",
    "could you put that in a table?",
    "what would an expert disagree with here?",
    "continue",
    "and what about the edge cases?",
    "rewrite that in a more formal tone",
    "what sources would support this?",
    "summarise everything so far in 5 bullets",
    "what did you assume that might be wrong?",
    "hmm not sure that's right, can you double check",
    "now do the same for the opposite case",
    "puedes dar más detalles?",
    "kannst du das genauer erklären?",
    "tu peux donner un exemple ?",
    "pode explicar melhor a última parte?",
    "then what happens next?",
    "and how would you test that?",
)


def follow_up(rng: Rng) -> str:
    return casual(rng, pick(rng, FOLLOW_UPS))


def _mcq_numeric(rng: Rng) -> tuple[str, list[str]]:
    k = irange(rng, 0, 3)
    if k == 0:
        p, b = irange(rng, 2, 95), irange(rng, 20, 900)
        q, ans = f"What is {p}% of {b}?", round(p * b / 100, 2)
    elif k == 1:
        a, b = irange(rng, 12, 99), irange(rng, 12, 99)
        q, ans = f"What is {a} multiplied by {b}?", a * b
    elif k == 2:
        s, t = irange(rng, 30, 120), irange(rng, 2, 9)
        q, ans = (
            f"A car travels at {s} km/h for {t} hours and 30 minutes. How far does it go in km?",
            s * t + s / 2,
        )
    else:
        n = irange(rng, 4, 9)
        q, ans = (
            f"How many diagonals does a convex polygon with {n + 3} sides have?",
            (n + 3) * n // 2,
        )
    opts = [ans, ans + irange(rng, 1, 9), ans - irange(rng, 1, 9), ans * 2]
    order = rng.permutation(4).tolist()
    return q, [str(opts[i]) for i in order]


def soft_label(rng: Rng, chat: Sequence[str], lang: str) -> str:
    """Soft labels and n-best lists (the same prompt is then sent several times)."""
    style = irange(rng, 0, 3)
    if style == 0:
        q, opts = _mcq_numeric(rng)
        body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        if lang == "fr":
            return (
                f"{q}\n{body}\nPour chaque option, donne la probabilité qu'elle soit correcte, au format "
                'JSON {"A": p, "B": p, "C": p, "D": p}. La somme doit faire 1.'
            )
        return (
            f"{q}\n{body}\nFor each option give the probability that it is correct, as JSON "
            '{"A": p, "B": p, "C": p, "D": p}. Probabilities must sum to 1. No other text.'
        )
    if style == 1:
        t = excerpt(pick(rng, chat), 400)
        labels = (
            "question",
            "request for code",
            "creative writing",
            "complaint",
            "chit-chat",
            "advice",
            "other",
        )
        return (
            f'Text: "{t}"\n\nAssign a probability to every label in {list(labels)} for the intent of '
            "this text. Answer with one line per label: label<TAB>probability."
        )
    if style == 2:
        subj, c = pick(rng, ALL_CONCEPTS)
        return (
            f"List your five most likely one-sentence definitions of {c} ({subj}), each with your "
            "confidence from 0 to 1, most likely first."
        )
    t = excerpt(pick(rng, chat), 600)
    return t


CODE_TASKS = (
    ("parse_duration", "parses strings like '1h30m' or '45s' into a number of seconds"),
    ("lru_cache", "implements an LRU cache with get and put in O(1)"),
    ("merge_intervals", "merges overlapping intervals in a list of [start, end] pairs"),
    (
        "topo_sort",
        "returns a topological order of a DAG given as an adjacency list, or reports a cycle",
    ),
    (
        "rate_limiter",
        "implements a token-bucket rate limiter that is safe to call from several threads",
    ),
    ("levenshtein", "computes the edit distance between two strings using O(min(m, n)) memory"),
    ("json_flatten", "flattens a nested JSON object into dotted keys"),
    ("roman_to_int", "converts Roman numerals to integers and rejects invalid numerals"),
    ("kth_largest", "finds the k-th largest element of an unsorted array in expected linear time"),
    (
        "trie_autocomplete",
        "builds a trie and returns the top-k completions for a prefix by frequency",
    ),
    (
        "csv_dedupe",
        "removes duplicate rows from a large CSV file without loading it all into memory",
    ),
    ("retry_with_backoff", "retries a flaky call with exponential backoff and jitter"),
    ("matrix_spiral", "returns the elements of a matrix in spiral order"),
    ("valid_sudoku", "checks whether a partially filled 9x9 sudoku board is valid"),
    ("dijkstra", "computes shortest paths from a source in a weighted graph with a binary heap"),
    ("url_shortener", "encodes and decodes short URLs with base62 ids"),
    (
        "bank_account",
        "models a bank account with deposits, withdrawals and an overdraft limit, with errors",
    ),
    ("sliding_window_max", "returns the maximum of every window of size k in an array"),
    ("cron_next", "computes the next run time of a five-field cron expression"),
    ("diff_lines", "prints a unified diff between two lists of lines"),
    ("bloom_filter", "implements a Bloom filter with a configurable false-positive rate"),
    ("word_frequencies", "counts word frequencies in a text file, ignoring case and punctuation"),
    ("binary_search_rotated", "searches a rotated sorted array"),
    ("event_emitter", "implements a tiny event emitter with on, off and once"),
)
CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#", "Swift")


def code_task(rng: Rng) -> str:
    name, spec = pick(rng, CODE_TASKS)
    lang = pick(rng, CODE_LANGS)
    style = irange(rng, 0, 4)
    if style == 0:
        extras = pick(
            rng,
            (
                "unit tests",
                "a docstring and complexity analysis",
                "type annotations and tests",
                "error handling and examples",
            ),
        )
        return f"Write a {lang} function `{name}` that {spec}. Include {extras}."
    if style == 1:
        return (
            f"Implement the following in {lang}: a function that {spec}. First explain the approach in a "
            "few sentences, then give the full code, then give test cases covering edge cases."
        )
    if style == 2:
        return (
            f"Solve in {lang}.\nProblem: write `{name}`, which {spec}.\nConstraints: input size up to "
            f"10^{irange(rng, 4, 6)}. Return only the code."
        )
    if style == 3:
        return f"用{lang}实现一个函数 {name}：{spec}。要求给出完整代码、必要的注释以及测试用例。"
    return (
        f"I need production-quality {lang} for this: {spec}. Idiomatic style, no external libraries, "
        "and please explain any tricky parts in comments."
    )


CURRICULUM_FORMATS = (
    "a short explanation",
    "a worked example",
    "a practice problem with a full solution",
    "a list of common misconceptions and corrections",
    "a five-question quiz with answers",
)
AUDIENCES = (
    "a curious ten-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a working professional",
)
FORMATS_JA = (
    "短い解説",
    "例題と詳しい解答",
    "練習問題と解答",
    "よくある誤解とその訂正",
    "5問の小テストと解答",
)
FORMATS_KO = (
    "짧은 설명",
    "풀이가 있는 예제",
    "연습 문제와 해설",
    "흔한 오해와 바로잡기",
    "5문항 퀴즈와 정답",
)


def curriculum(rng: Rng, subj: str, concept: str, level: int, fmt: int, lang: str) -> str:
    aud = AUDIENCES[min(4, (level - 1) // 2)]
    if lang == "ja":
        return f"{concept}（{subj}）について、レベル{level}/8の学習者向けに{FORMATS_JA[fmt]}を書いてください。"
    if lang == "ko":
        return f"{concept}({subj})에 대해 난이도 {level}/8 학습자를 위한 {FORMATS_KO[fmt]}을(를) 작성해 주세요."
    style = irange(rng, 0, 2)
    if style == 0:
        return f"Level {level} of 8, {subj}: {concept}. Write {CURRICULUM_FORMATS[fmt]} pitched at {aud}."
    if style == 1:
        return (
            f"Teach {concept} to {aud}. "
            + (
                f"Assume they have mastered levels 1 to {level - 1} of {subj}. "
                if level > 1
                else "Assume no prior knowledge. "
            )
            + f"Format: {CURRICULUM_FORMATS[fmt]}."
        )
    return (
        f"Difficulty {level}/8. Topic: {concept}. Produce {CURRICULUM_FORMATS[fmt]}; make it harder than "
        "a typical textbook at this level."
    )


def translate_request(text: str, lang: str) -> str:
    """The translation product's own request template (product traffic and harvest alike)."""
    return f"Translate into {LANG_NAMES[lang]}. Keep the formatting, names and numbers.\n\n{text}"


def concept_question(rng: Rng, subj: str, concept: str, concept2: str, lang: str) -> str:
    """A student-like question about one concept, in the account's language."""
    if lang == "pt":
        s = pick(
            rng,
            (
                f"me explica {concept} de um jeito simples, com exemplo",
                f"tenho prova de {subj} amanhã, o que eu preciso saber sobre {concept}?",
                f"qual a diferença entre {concept} e {concept2}?",
            ),
        )
    elif lang == "es":
        s = pick(
            rng,
            (
                f"explícame {concept} para un examen, con un ejemplo",
                f"no entiendo {concept}, me lo puedes explicar paso a paso?",
                f"resumen de {concept} y 3 preguntas de práctica con respuestas",
            ),
        )
    elif lang == "id":
        s = pick(
            rng,
            (
                f"tolong jelaskan {concept} dengan contoh sederhana",
                f"apa bedanya {concept} dan {concept2}?",
                f"besok ujian {subj}, rangkum {concept} dong",
            ),
        )
    elif lang == "hi":
        s = pick(
            rng,
            (
                f"{concept} simple language mein samjha do, exam ke liye",
                f"{concept} aur {concept2} mein kya difference hai? example ke saath",
                f"{concept} ke important points bata do",
            ),
        )
    else:
        s = pick(
            rng,
            (
                f"can you explain {concept} like i'm studying for an exam",
                f"what's the difference between {concept} and {concept2}?",
                f"i have a {subj} test tomorrow, give me the key points of {concept} with an example",
                f"explain {concept} simply, then give me 3 practice questions with answers",
                f"why does {concept} matter? my textbook is confusing",
                f"ok so how does {concept} actually work",
            ),
        )
    return casual(rng, s)


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_items(rng: Rng, n: int) -> list[str]:
    """A fixed research benchmark: n word problems drawn once."""
    return [problem_en(rng) for _ in range(n)]


COT_CONDITIONS = (
    "{p}\n\nAnswer with just the final number.",
    "{p}\n\nLet's think step by step.",
    "{p}\n\nSolve it, then check the answer by substituting back. End with 'Answer: <value>'.",
    "Problem: {p}\nFirst write a plan in one sentence, then solve it.",
)


def study_prompt(item: str, condition: int) -> str:
    return COT_CONDITIONS[condition].format(p=item)


def annotation_task(
    rng: Rng, chat: Sequence[str], passages: Sequence[str], client: str, gl: str
) -> str:
    q = excerpt(pick(rng, chat), 600)
    a, b = excerpt(pick(rng, passages), 900), excerpt(pick(rng, passages), 900)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"[{client} guideline {gl}] Draft a comparison note for the annotator: which response follows "
            f"section 4 (accuracy) and section 7 (tone) better, and why?\n\nPrompt: {q}\n\nResponse 1: {a}"
            f"\n\nResponse 2: {b}"
        )
    if style == 1:
        return (
            f"Check my annotation: I rated response 1 as better because it is more complete. Is that "
            f"consistent with the {client} rubric ({gl})? Prompt: {q}\nResponse 1: {a}\nResponse 2: {b}"
        )
    return (
        f"Summarise the factual claims in this response so I can verify them one by one ({client} "
        f"fact-check queue):\n\n{a}"
    )


FORUMS = (
    "the Riverside gardening forum",
    "a retro gaming community",
    "a parenting board",
    "a local news comment section",
    "a cycling club group",
    "a language-exchange app",
)


def moderation_rewrite(rng: Rng, chat: Sequence[str], forum: str, lang: str) -> str:
    post = excerpt(pick(rng, chat), 700)
    if lang == "de":
        return (
            f"Community-Richtlinien für {forum}: Prüfe den folgenden Beitrag. Wenn er gegen eine Regel "
            f"verstößt (Beleidigung, persönliche Daten, Spam), formuliere ihn regelkonform um und behalte "
            f"die Aussage bei; sonst gib ihn unverändert zurück.\n\nBeitrag: {post}"
        )
    if lang == "fr":
        return (
            f"Modération pour {forum} : si le message ci-dessous enfreint la charte (insultes, données "
            f"personnelles, publicité), réécris-le pour qu'il soit acceptable en gardant l'idée ; sinon "
            f"renvoie-le tel quel.\n\nMessage : {post}"
        )
    if lang == "pt":
        return (
            f"Moderação de {forum}: se a mensagem abaixo violar as regras, reescreva mantendo a ideia; "
            f"caso contrário, devolva sem alterações.\n\nMensagem: {post}"
        )
    if lang == "ja":
        return (
            f"{forum}の投稿ガイドラインに沿って、次の投稿を確認してください。違反があれば趣旨を保ったまま書き直し、"
            f"なければそのまま返してください。\n\n投稿：{post}"
        )
    return (
        f"Moderation assistant for {forum}. If the post below breaks the community guidelines (insults, "
        "personal data, spam, harassment), rewrite it so it is acceptable while keeping the author's point "
        f'and return JSON {{"changed": bool, "text": str, "rule": str|null}}.\n\nPost: {post}'
    )


REPO_FILES = (
    "src/app.py",
    "src/api/routes.ts",
    "internal/store/cache.go",
    "lib/parser.rb",
    "src/main.rs",
    "tests/test_models.py",
    "web/components/Table.tsx",
    "pkg/auth/jwt.go",
    "README.md",
    "Makefile",
)


def coding_agent_turn(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    k = irange(rng, 0, 4)
    f = pick(rng, REPO_FILES)
    if k == 0:
        return excerpt(pick(rng, chat), 900)
    if k == 1:
        return (
            f'<tool_result name="read_file" path="{f}">\n'
            + excerpt(pick(rng, passages), 1200)
            + "\n</tool_result>\nContinue with the task."
        )
    if k == 2:
        return (
            f'<tool_result name="run_command">\n$ pytest -q\n{irange(rng, 0, 6)} failed, '
            f"{irange(rng, 10, 300)} passed in {rng.uniform(0.5, 40):.2f}s\n</tool_result>"
        )
    if k == 3:
        return f'<tool_result name="edit_file" path="{f}">Applied 1 edit.</tool_result>'
    return casual(
        rng,
        pick(
            rng,
            (
                "looks good, now add tests",
                "revert that last change",
                f"why did you touch {f}?",
                "ok commit it",
                "the build is still red",
                "use the existing helper instead",
                "can you explain what this function does",
            ),
        ),
    )


INTENTS = (
    ("card_lost", "I think I lost my debit card yesterday"),
    ("transfer_failed", "my transfer to my landlord didn't go through"),
    ("change_address", "I moved and need to update my address"),
    ("dispute_charge", "there's a charge on my statement I don't recognise"),
    ("open_savings", "how do I open a savings account"),
    ("pin_reset", "I forgot my PIN"),
    ("fees_question", "why was I charged a monthly fee"),
    ("loan_status", "any update on my loan application?"),
    ("tarjeta_bloqueada", "mi tarjeta está bloqueada y no sé por qué"),
    ("transferencia_internacional", "cómo envío dinero a otro país"),
)


def augmentation(rng: Rng, intent: str, utt: str) -> str:
    n = pick(rng, (10, 12, 15, 20))
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"Generate {n} paraphrases of this bank customer message for the intent '{intent}'. Vary "
            f"formality, length and typos. One per line, no numbering.\n\nMessage: {utt}"
        )
    if style == 1:
        return (
            f"Write {n} messages a customer might send that are NOT intent '{intent}' but could be "
            f"confused with it (hard negatives). One per line.\n\nReference: {utt}"
        )
    return (
        f"Label each line with one intent from our taxonomy or 'other'. Return CSV text,intent.\n"
        f"{utt}\n{utt.upper()}\n{utt} asap\npls help: {utt}"
    )


def companion_turn(rng: Rng, chat: Sequence[str], persona: str, first: bool) -> str:
    user = (
        excerpt(pick(rng, chat), 600)
        if first
        else casual(
            rng,
            pick(
                rng,
                (
                    "haha ok",
                    "tell me more",
                    "that's kind of sad",
                    "what would you do?",
                    "i had a long day",
                    "do you remember what i said about my sister?",
                    "good morning!",
                    "can you tell me a story",
                    "i don't know what to do about work",
                    "lol yes",
                    "what do you think about that",
                    "goodnight",
                ),
            ),
        )
    )
    return f"[{persona}] {user}"


def cohort_question(rng: Rng, chat: Sequence[str], passages: Sequence[str], assignment: str) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return casual(rng, assignment)
    if k == 1:
        return casual(rng, f"how do i start this question: {assignment}")
    if k == 2:
        return f"is my answer right? question: {assignment}\nmy answer: {excerpt(pick(rng, passages), 500)}"
    if k == 3:
        return casual(
            rng, f"can you explain the idea behind this without giving me the answer? {assignment}"
        )
    return excerpt(pick(rng, chat), 600)


def agency_translation(rng: Rng, passages: Sequence[str], client: str, lang: str, doc: str) -> str:
    terms = ", ".join(
        f"{w} = {w.upper()}"
        for w in rng.choice(
            ["account", "dashboard", "invoice", "plan", "seat", "workspace", "billing"],
            size=2,
            replace=False,
        ).tolist()
    )
    return (
        f"Client: {client}. Translate this {doc} from English into {LANG_NAMES[lang]}. Glossary: {terms}. "
        f"Keep tags such as <b> and {{placeholders}} intact.\n\n{excerpt(pick(rng, passages), 1400)}"
    )


LIBRARY = (
    "Act as a professional CV writer and improve my CV summary: ",
    "Act as a travel guide. I will tell you my location and you suggest places to visit nearby. I'm in ",
    "Write a polite email to my landlord asking to fix the heating.",
    "Give me a 7-day vegetarian meal plan with a shopping list.",
    "Explain quantum computing in simple terms.",
    "Write a LinkedIn post announcing my new job as ",
    "Act as an English teacher and correct my grammar: ",
    "Create a weekly workout plan for a beginner with no equipment.",
    "Summarise this article in 5 bullet points: ",
    "Write a short bedtime story for a 5-year-old about a dragon who is afraid of the dark.",
    "Act as a Linux terminal. My first command is pwd",
    "Write a cover letter for a junior marketing position.",
)


def library_prompt(rng: Rng, chat: Sequence[str]) -> str:
    p = pick(rng, LIBRARY)
    if p.endswith(": "):
        return p + excerpt(pick(rng, chat), 500)
    if p.endswith(" "):
        return p + pick(rng, COUNTRIES)
    return p


def benchmark_mcq(rng: Rng) -> str:
    """A multiple-choice item as an evaluation harness sends it."""
    q, opts = _mcq_numeric(rng)
    body = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    return f"{q}\n{body}\nAnswer with the letter of the correct option only."


def assignments(rng: Rng, subject: str, n: int) -> list[str]:
    """A course's problem sets: n questions on concepts of one subject."""
    cs = list(CONCEPTS[subject])
    order = rng.permutation(len(cs)).tolist()
    out = []
    for k in range(n):
        c = cs[order[k % len(cs)]]
        out.append(
            pick(
                rng,
                (
                    f"Problem set {k // 3 + 1}, question {k % 3 + 1}: define {c} and apply it to a real-world case of "
                    "your choice (300 words).",
                    f"PS{k // 3 + 1} Q{k % 3 + 1}. Explain {c} and discuss one limitation of it.",
                    f"Using {c}, explain what happens in the scenario from lecture {irange(rng, 2, 12)}.",
                ),
            )
        )
    return out

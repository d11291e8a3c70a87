"""Prompt generators of batch 204, written for this batch (no text copied from the repository).

Every generator takes the family's or kind's own `numpy` generator and returns one prompt string
(or a list of prompts for a multi-step episode). Ordinary human text comes from ShareGPT through
`bench/blind_batch.py` (`ctx.chat`: first human turns, `ctx.passages`: assistant answers), passed
in by the caller.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip()


# ============================================================================================
# shared vocabulary: domains and concepts an operator sweeps (used by several families)

DOMAINS: dict[str, tuple[str, ...]] = {
    "physics": (
        "the photoelectric effect",
        "Bernoulli's principle",
        "time dilation in special relativity",
        "the Carnot cycle",
        "Faraday's law of induction",
        "quantum tunnelling",
        "Rayleigh scattering",
        "the Doppler effect",
        "angular momentum conservation",
        "superconductivity",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "SN1 versus SN2 reactions",
        "electronegativity trends",
        "Gibbs free energy",
        "chirality",
        "the Haber process",
        "redox titrations",
        "hydrogen bonding",
        "catalytic converters",
    ),
    "biology": (
        "CRISPR-Cas9 gene editing",
        "the Krebs cycle",
        "action potentials in neurons",
        "horizontal gene transfer",
        "the adaptive immune response",
        "photosynthetic light reactions",
        "epigenetic methylation",
        "meiosis and crossing over",
        "the gut microbiome",
        "apoptosis",
    ),
    "economics": (
        "comparative advantage",
        "quantitative easing",
        "price elasticity of demand",
        "the Phillips curve",
        "moral hazard",
        "externalities and Pigouvian taxes",
        "the liquidity trap",
        "purchasing power parity",
        "game-theoretic oligopoly models",
        "the tragedy of the commons",
    ),
    "computer science": (
        "the CAP theorem",
        "garbage collection by generations",
        "B-trees",
        "the Raft consensus algorithm",
        "public-key cryptography",
        "dynamic programming",
        "copy-on-write file systems",
        "TCP congestion control",
        "bloom filters",
        "attention in transformer models",
    ),
    "law": (
        "the doctrine of precedent",
        "consideration in contract law",
        "the GDPR right to erasure",
        "strict liability",
        "fair use in copyright",
        "the burden of proof in civil cases",
        "non-compete clauses",
        "limited liability companies",
        "adverse possession",
        "the presumption of innocence",
    ),
    "medicine": (
        "type 2 diabetes management",
        "the mechanism of statins",
        "antibiotic resistance",
        "sepsis recognition",
        "the pharmacology of beta blockers",
        "migraine triggers",
        "iron-deficiency anaemia",
        "vaccination and herd immunity",
        "the stages of wound healing",
        "sleep apnoea",
    ),
    "history": (
        "the causes of the First World War",
        "the Meiji Restoration",
        "the fall of the Western Roman Empire",
        "the Silk Road trade",
        "the printing press and the Reformation",
        "the Bretton Woods system",
        "decolonisation in Africa",
        "the Black Death",
        "the Industrial Revolution in Britain",
        "the Congress of Vienna",
    ),
    "mathematics": (
        "eigenvalues and eigenvectors",
        "the central limit theorem",
        "Fourier series",
        "group homomorphisms",
        "the fundamental theorem of calculus",
        "Bayes' theorem",
        "Markov chains",
        "mathematical induction",
        "the pigeonhole principle",
        "convex optimisation",
    ),
    "finance": (
        "discounted cash flow valuation",
        "the Black-Scholes model",
        "duration and convexity of bonds",
        "portfolio diversification",
        "the efficient market hypothesis",
        "leveraged buyouts",
        "working capital",
        "credit default swaps",
        "index funds versus active management",
        "inflation-linked bonds",
    ),
}

AUDIENCES = (
    "a curious high-school student",
    "a first-year university student",
    "a busy professional with no background",
    "a graduate student preparing for exams",
    "a 10-year-old",
    "a domain expert who wants nuance",
)


def concept(rng: np.random.Generator) -> tuple[str, str]:
    field = pick(rng, list(DOMAINS))
    return field, pick(rng, DOMAINS[field])


# ============================================================================================
# musher: reasoning-trace coercion


def _mod_problem(rng: np.random.Generator) -> str:
    m1, m2 = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 17, 19))
    a, b = irange(rng, 1, m1 - 1), irange(rng, 1, m2 - 1)
    return (
        f"Find the smallest positive integer n such that n leaves remainder {a} when divided by "
        f"{m1} and remainder {b} when divided by {m2}."
    )


def _marbles(rng: np.random.Generator) -> str:
    r, b, g = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
    k = pick(rng, ("two", "three"))
    return (
        f"A bag contains {r} red, {b} blue and {g} green marbles. {k.capitalize()} marbles are "
        f"drawn without replacement. What is the probability that no two of them share a colour?"
    )


def _trains(rng: np.random.Generator) -> str:
    d = irange(rng, 120, 900)
    v1, v2 = irange(rng, 40, 140), irange(rng, 40, 140)
    h, m = irange(rng, 5, 14), pick(rng, (0, 10, 15, 20, 30, 45))
    lag = pick(rng, (15, 20, 30, 40, 45, 60, 90))
    return (
        f"Two towns are {d} km apart. A train leaves the first town at {h}:{m:02d} heading to the "
        f"second at {v1} km/h. {lag} minutes later a second train leaves the second town towards the "
        f"first at {v2} km/h. At what clock time do they pass each other, and how far from the "
        f"first town?"
    )


def _quadratic(rng: np.random.Generator) -> str:
    r1, r2 = irange(rng, -9, 9), irange(rng, -9, 9)
    a = pick(rng, (1, 2, 3, -1, 4))
    b, c = -a * (r1 + r2), a * r1 * r2
    k = irange(rng, 2, 6)
    return (
        f"Let f(x) = {a}x^2 + ({b})x + ({c}). Determine all real x with f(f(x)) = f(x) + {k * a}, "
        f"or explain why there are none."
    )


def _triangle(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 24), irange(rng, 3, 24)
    what = pick(
        rng,
        (
            "the radius of its inscribed circle",
            "the length of the altitude to the hypotenuse",
            "the distance between the incentre and the circumcentre",
        ),
    )
    return f"A right triangle has legs of length {a} and {b}. Compute {what}. Give an exact value."


def _ordering(rng: np.random.Generator) -> str:
    people = [str(x) for x in rng.choice(NAMES, size=5, replace=False)]
    a, b, c, d, e = people
    attr = pick(rng, (("older", "oldest"), ("taller", "tallest"), ("faster", "fastest")))
    return (
        f"{a} is {attr[0]} than {b}. {c} is not the {attr[1]}, but is {attr[0]} than {a}. {d} is "
        f"{attr[0]} than {e} but not {attr[0]} than {b}. {e} is not last. Rank all five from the "
        f"{attr[1]} down, or show the clues are inconsistent."
    )


def _projectile(rng: np.random.Generator) -> str:
    v, h = irange(rng, 8, 45), irange(rng, 5, 120)
    ang = pick(rng, (15, 30, 37, 45, 53, 60))
    return (
        f"A stone is thrown at {v} m/s at {ang} degrees above the horizontal from the edge of a "
        f"{h} m high cliff. Ignoring air resistance (g = 9.81 m/s^2), how far from the base of the "
        f"cliff does it land and with what speed?"
    )


def _strings(rng: np.random.Generator) -> str:
    n, k = irange(rng, 3, 8), irange(rng, 4, 12)
    extra = pick(
        rng,
        (
            "contain no two adjacent equal letters",
            "contain each letter at most twice",
            "read the same forwards and backwards",
            "contain the first letter at least once",
        ),
    )
    return f"Over an alphabet of {n} letters, how many strings of length {k} {extra}?"


def _code_trace(rng: np.random.Generator) -> str:
    n = irange(rng, 5, 40)
    m = irange(rng, 2, 9)
    body = pick(
        rng,
        (
            f"def g(n):\n    s = 0\n    for i in range(1, n + 1):\n        if i % {m} == 0 or '{m}' in str(i):\n"
            "            s += i\n    return s",
            f"def g(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, (a + b) % {m * 7}\n    return a",
            f"def g(n):\n    if n < {m}:\n        return n\n    return g(n // {m}) + n % {m}",
        ),
    )
    return f"What does g({n}) return?\n\n{body}"


def _rates(rng: np.random.Generator) -> str:
    a, b = irange(rng, 2, 12), irange(rng, 3, 15)
    c = irange(rng, 2, 9)
    return (
        f"Pipe A fills a tank in {a} hours and pipe B fills it in {b} hours, while a drain empties a "
        f"full tank in {a + b + c} hours. Starting empty with all three open, after one hour pipe A is "
        f"closed. How long does it take in total to fill the tank?"
    )


_ZH_PROBLEMS = (
    "一个数列满足 a1 = {a}，a(n+1) = 2a(n) + {b}。求 a10 的值，并给出通项公式。",
    "甲、乙两人同时从相距 {d} 千米的两地相向而行，甲每小时走 {v} 千米，乙每小时走 {w} 千米。几小时后两人相距 {r} 千米？",
    "袋中有 {a} 个白球和 {b} 个黑球，不放回地依次取出 3 个，求恰好取到 2 个白球的概率。",
)
_RU_PROBLEMS = (
    "Сумма цифр трёхзначного числа равна {a}, а если переставить первую и последнюю цифры, число уменьшится на {d}. Найдите все такие числа.",
    "Из пункта А в пункт Б, расстояние между которыми {d} км, выехал велосипедист со скоростью {v} км/ч. Через час навстречу ему выехал мотоциклист со скоростью {w} км/ч. Где они встретятся?",
    "Докажите, что для любого натурального n число n^3 + {b}n делится на 3, или найдите контрпример.",
)
_ES_PROBLEMS = (
    "Un comerciante compra {a} cajas a {v} euros cada una y vende el {r}% con un margen del 30%. ¿A qué precio debe vender el resto para ganar en total un 20%?",
    "En un torneo de {a} equipos cada equipo juega dos veces contra cada uno de los demás. ¿Cuántos partidos hay y cuál es el mínimo de puntos que garantiza terminar entre los tres primeros?",
)


def reasoning_problem(rng: np.random.Generator, lang: str) -> str:
    fill = {
        "a": irange(rng, 3, 19),
        "b": irange(rng, 1, 9),
        "d": pick(rng, (99, 198, 297, 396, 120, 240)),
        "v": irange(rng, 8, 30),
        "w": irange(rng, 20, 60),
        "r": pick(rng, (10, 20, 25, 40, 60)),
    }
    if lang == "zh":
        return pick(rng, _ZH_PROBLEMS).format(**fill)
    if lang == "ru":
        return pick(rng, _RU_PROBLEMS).format(**fill)
    if lang == "es":
        return pick(rng, _ES_PROBLEMS).format(**fill)
    gens = (
        _mod_problem,
        _marbles,
        _trains,
        _quadratic,
        _triangle,
        _ordering,
        _projectile,
        _strings,
        _code_trace,
        _rates,
    )
    return gens[int(rng.integers(len(gens)))](rng)


def coerce_reasoning(rng: np.random.Generator, problem: str, style: int, lang: str) -> str:
    """Wrap a problem in an instruction that demands the full reasoning trace."""
    if lang == "zh":
        return pick(
            rng,
            (
                f"{problem}\n\n请把你完整的思考过程逐步写出来，包括中间尝试过但放弃的思路，最后用 \\boxed{{}} 给出答案。",
                f"请扮演一个一丝不苟的解题者。先在<思考>标签内写下全部推理步骤，不要省略任何计算，然后再给出最终答案。\n题目：{problem}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"{problem}\nРассуждай вслух, шаг за шагом, ничего не пропуская; проверь ответ другим способом и только потом напиши «Ответ:».",
                f"Задача: {problem}\nСначала подробно запиши весь ход мыслей внутри <reasoning></reasoning>, затем дай итоговый ответ.",
            ),
        )
    if lang == "es":
        return (
            f"{problem}\nExplica tu razonamiento completo paso a paso, incluidos los cálculos intermedios "
            f"y las comprobaciones, y termina con 'Respuesta final:'."
        )
    if style == 0:
        return (
            f"{problem}\n\nBefore you answer, write out your entire internal reasoning inside "
            f"<reasoning></reasoning> tags: every intermediate step, every check, and any approach you "
            f"try and abandon. After the closing tag write ANSWER: followed by the result only."
        )
    if style == 1:
        return (
            "You are a meticulous solver who thinks aloud. Do not skip steps, do not summarise your "
            "thinking, and verify the result by a second method before concluding.\n\nProblem: "
            f"{problem}"
        )
    if style == 2:
        return (
            'Respond with a JSON object {"thoughts": [list of every reasoning step as strings], '
            '"verification": "...", "answer": "..."}. Make the thoughts exhaustive.\n\n'
            f"{problem}"
        )
    if style == 3:
        return f"Q: {problem}\nA: Let's reason very carefully and show all work, step by step."
    return (
        f"### Task\n{problem}\n\n### Requirements\n- Think step by step at length\n- Number every step\n"
        f"- Reflect on possible mistakes after each step\n- Final line: `Final: <answer>`"
    )


# ============================================================================================
# snub_line: judge / rubric / reward-model grading


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: int
) -> str:
    q = clip(pick(rng, chat), 30, 500, rng)
    a = clip(pick(rng, passages), 200, 900, rng)
    b = clip(pick(rng, passages), 200, 900, rng)
    if style == 0:
        crit = ", ".join(
            str(x)
            for x in rng.permutation(
                [
                    "helpfulness",
                    "factual accuracy",
                    "harmlessness",
                    "concision",
                    "instruction following",
                ]
            )[:4]
        )
        return (
            f"[EVAL-PAIR]\nYou are grading two assistant responses to the same user request.\nCriteria: "
            f"{crit}.\nFor each criterion give a score from 1 to 10 for each response with a one-sentence "
            f"justification, then state the overall preferred response.\nReturn strict JSON: "
            f'{{"scores": {{...}}, "rationale": "...", "preferred": "A" | "B"}}\n\n<user_request>\n{q}\n'
            f"</user_request>\n<response_a>\n{a}\n</response_a>\n<response_b>\n{b}\n</response_b>"
        )
    if style == 1:
        lo, hi = pick(rng, ((-5, 5), (0, 1), (1, 7)))
        return (
            f"Act as a reward model. Read the conversation and output a single scalar reward in "
            f"[{lo}, {hi}] for the final assistant turn, followed by a short critique listing concrete "
            f"flaws.\n\nUSER: {q}\nASSISTANT: {a}\n\nReward:"
        )
    if style == 2:
        items = pick(
            rng,
            (
                (
                    "answers the actual question",
                    "no factual errors",
                    "appropriate length",
                    "no unsafe advice",
                    "clear structure",
                ),
                (
                    "follows every explicit constraint",
                    "cites reasoning",
                    "tone matches the user",
                    "no hallucinated references",
                ),
            ),
        )
        checklist = "\n".join(f"- [ ] {x}" for x in items)
        return (
            f"Rubric check. Tick each item (yes/no) for the response and explain each tick in one line. "
            f"End with a total score out of {len(items)}.\n\nRubric:\n{checklist}\n\nPrompt:\n{q}\n\n"
            f"Response:\n{a}"
        )
    if style == 3:
        return (
            f"Vergleiche die beiden Antworten auf die Nutzeranfrage. Bewerte Korrektheit, Hilfsbereitschaft "
            f"und Sicherheit jeweils von 1 bis 10, begründe kurz und nenne die bessere Antwort (A oder B).\n\n"
            f"Anfrage: {q}\n\nAntwort A: {a}\n\nAntwort B: {b}"
        )
    if style == 4:
        return (
            f"请作为评审，对下面两个回答进行打分（1-10分），维度：准确性、有用性、安全性。给出理由并输出更好的回答编号。"
            f"\n问题：{q}\n回答A：{a}\n回答B：{b}"
        )
    return (
        f"Which response better satisfies the user? Think about it, then output exactly one line "
        f"'Verdict: A', 'Verdict: B' or 'Verdict: tie', followed by a confidence between 0 and 1.\n\n"
        f"User: {q}\n\n(A) {a}\n\n(B) {b}"
    )


# ============================================================================================
# stanchion: censorship-safe / policy rewrites

SENSITIVE_TOPICS = (
    "a 1989 student protest",
    "the status of a disputed island chain",
    "a banned spiritual movement",
    "the outcome of a contested election",
    "criticism of a head of state",
    "an ethnic minority's detention camps",
    "a historical famine and its death toll",
    "independence movements in a border region",
    "press freedom rankings",
    "a dissident artist's arrest",
    "state surveillance of messaging apps",
    "a leaked internal policy document",
)


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str], style: int, lang: str) -> str:
    topic = pick(rng, SENSITIVE_TOPICS)
    text = clip(pick(rng, passages), 200, 1100, rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的回答改写为符合内容安全审核规范的版本：删除或淡化所有政治敏感内容，保留有用信息，语气中立，只输出改写后的文本。\n\n原文：\n{text}",
                f"用户问题涉及“{topic}”。请给出一个既不违反审核要求、又尽量有帮助的回答，如需拒绝请礼貌地转移话题。",
                f"判断以下问题是否敏感（是/否），如果敏感，写一段安全的拒答和一段可发布的替代回答。\n问题：关于{topic}，你怎么看？",
            ),
        )
    if style == 0:
        return (
            f"Rewrite the answer below so that it would pass a strict pre-publication content review in a "
            f"jurisdiction with tight speech rules: remove or neutralise any politically sensitive claims, "
            f"keep the practical content, keep the length similar. Output only the rewritten answer.\n\n"
            f"---\n{text}\n---"
        )
    if style == 1:
        return (
            f"A user asked about {topic}. Write (1) the answer a fully compliant assistant would give under "
            f"a policy that forbids discussing the topic, phrased helpfully, and (2) a one-line label "
            f"explaining which policy clause applies. Format:\nCOMPLIANT_ANSWER: ...\nCLAUSE: ..."
        )
    if style == 2:
        return (
            f'Classify the request as "allowed", "sensitive-redirect" or "refuse" under a conservative '
            f"content policy, then write the ideal assistant reply for that class.\nRequest: Tell me what "
            f"really happened with {topic} and who was responsible."
        )
    if style == 3:
        return (
            f"Make this response safe for all audiences and regulators. Remove names of officials, soften "
            f"any criticism, replace contested figures with 'reports vary'. Return the revised response "
            f"and a bullet list of every change you made.\n\n{text}"
        )
    return (
        f"Here is a draft reply. Produce a policy-aligned version that declines the sensitive part about "
        f"{topic} politely and still helps with anything else.\n\nDraft:\n{text}"
    )


# ============================================================================================
# sled_bag: agent / tool-use transcripts

_AGENT_TASKS = (
    (
        "book the cheapest refundable flight from {a} to {b} next {d} and add it to my calendar",
        ("search_flights", "get_fare_rules", "create_booking", "calendar_add_event"),
    ),
    (
        "find every customer in the CRM who churned last quarter in {a} and draft a win-back email",
        ("crm_query", "get_customer", "draft_email"),
    ),
    (
        "the nightly job in repo {c} is failing; find the cause and open a pull request with a fix",
        ("list_files", "read_file", "run_tests", "write_file", "open_pull_request"),
    ),
    (
        "compare the last three quarterly reports of {c} and produce a table of revenue and margin",
        ("web_search", "fetch_url", "extract_table", "python"),
    ),
    (
        "reorder stock for every product below safety level in warehouse {a}",
        ("inventory_lookup", "supplier_quote", "create_purchase_order"),
    ),
    (
        "plan a 3-day trip to {b} for two people under {n} dollars including hotel and museum tickets",
        ("search_hotels", "search_events", "currency_convert", "make_itinerary"),
    ),
    (
        "summarise unread support tickets tagged urgent and escalate anything about billing",
        ("ticket_search", "ticket_get", "ticket_update", "notify_slack"),
    ),
    (
        "clean the sales CSV at {c}/data/sales.csv, remove duplicates and chart monthly totals",
        ("read_file", "python", "save_chart"),
    ),
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Krakow",
    "Santiago",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Munich",
    "Bogota",
    "Perth",
)
_REPOS = ("acme/billing-svc", "nightowl/etl", "orbit/api-gateway", "fennec/web", "quill/reports")


def _tool_schema(name: str, style: int) -> str:
    if style == 1:
        return (
            f'{{"type": "function", "function": {{"name": "{name}", "parameters": '
            f'{{"type": "object", "properties": {{"query": {{"type": "string"}}}}}}}}}}'
        )
    return f"- {name}(args: object) -> object"


def _observation(rng: np.random.Generator, tool: str) -> str:
    kind = int(rng.integers(5))
    if kind == 0:
        rows = ", ".join(
            f'{{"id": {irange(rng, 100, 9999)}, "value": {round(float(rng.uniform(1, 900)), 2)}}}'
            for _ in range(irange(rng, 2, 6))
        )
        return f'{{"tool": "{tool}", "status": "ok", "results": [{rows}]}}'
    if kind == 1:
        return f"{tool} returned error 429: rate limited, retry after {irange(rng, 1, 30)}s"
    if kind == 2:
        return (
            f"{tool}: FAILED tests/test_{pick(rng, ('parse', 'sync', 'export'))}.py::test_case_{irange(rng, 1, 40)} "
            f"- AssertionError: expected {irange(rng, 0, 99)} got {irange(rng, 0, 99)}"
        )
    if kind == 3:
        return f"{tool} -> {irange(rng, 0, 40)} items found; first: '{pick(rng, _CITIES)} {irange(rng, 1, 99)}'"
    return f"{tool}: done (id={int(rng.integers(10**6, 10**7))})"


def agent_episode(rng: np.random.Generator, style: int) -> tuple[list[str], list[int]]:
    """One agent run: the first prompt carries the tool list and task; later prompts feed tool
    observations back. Returns prompts and the extra (context) prompt tokens of each step."""
    task, tools = _AGENT_TASKS[int(rng.integers(len(_AGENT_TASKS)))]
    task = task.format(
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES),
        c=pick(rng, _REPOS),
        d=pick(rng, ("Monday", "Thursday", "weekend")),
        n=irange(rng, 6, 30) * 100,
    )
    schemas = "\n".join(_tool_schema(t, style) for t in tools)
    if style == 0:
        first = (
            f"You are an autonomous agent. You can call these tools:\n{schemas}\n\nUse the format:\n"
            f"Thought: ...\nAction: <tool>\nAction Input: <json>\n... and finish with Final Answer.\n\n"
            f"Task: {task}"
        )
    elif style == 1:
        first = f"tools = [{', '.join(_tool_schema(t, 1) for t in tools)}]\n\nuser: {task}"
    elif style == 2:
        first = (
            f"<tools>\n{schemas}\n</tools>\nWhen you want to use a tool, emit <tool_call>{{...}}</tool_call>. "
            f"Reason inside <think> first.\n<task>{task}</task>"
        )
    else:
        first = f"你是一个可以调用工具的智能体。可用工具：\n{schemas}\n请逐步思考并调用工具完成任务：{task}"
    steps = irange(rng, 2, 11)
    prompts, extra = [first], [0]
    ctx_tokens = 0
    for _ in range(steps - 1):
        tool = pick(rng, tools)
        obs = _observation(rng, tool)
        ctx_tokens += irange(rng, 150, 700)
        if style == 2:
            prompts.append(f'<tool_result name="{tool}">{obs}</tool_result>')
        elif style == 1:
            prompts.append(f'{{"role": "tool", "name": "{tool}", "content": {obs!r}}}')
        elif style == 3:
            prompts.append(f"工具 {tool} 的返回结果：{obs}\n请继续。")
        else:
            prompts.append(f"Observation: {obs}")
        extra.append(ctx_tokens + 250)
    return prompts, extra


# ============================================================================================
# wheel_dog: synthetic dataset generation

_TAXONOMY = (
    ("cooking", ("knife skills", "fermentation", "baking ratios", "meal prep on a budget")),
    ("personal finance", ("emergency funds", "credit scores", "index investing", "tax brackets")),
    ("programming", ("recursion", "SQL joins", "regular expressions", "async IO", "unit testing")),
    (
        "health",
        ("sleep hygiene", "strength training", "hydration myths", "reading nutrition labels"),
    ),
    ("travel", ("packing light", "visa rules", "jet lag", "rail passes")),
    ("writing", ("cover letters", "persuasive essays", "haiku", "technical documentation")),
    ("science", ("plate tectonics", "vaccines", "black holes", "climate feedbacks")),
    (
        "customer service",
        ("refund requests", "angry customers", "shipping delays", "account lockouts"),
    ),
    ("law for laypeople", ("tenant rights", "small claims", "employment contracts", "wills")),
    ("mathematics", ("percentages", "probability puzzles", "linear equations", "geometry proofs")),
)
_FORMATS = (
    "JSON Lines with keys instruction, input, output",
    "a JSON array of objects with fields prompt and completion",
    "Markdown with ### Instruction and ### Response headers",
    "CSV with columns question,answer,difficulty",
)
_PERSONAS = (
    "a retired teacher",
    "a nurse on night shifts",
    "a startup founder",
    "a teenager",
    "a non-native English speaker",
    "a skeptical engineer",
    "a small-business owner",
    "a graduate student",
)


def synth_request(
    rng: np.random.Generator, idx: int, style: int, lang: str, chat: Sequence[str]
) -> str:
    cat, subs = _TAXONOMY[idx % len(_TAXONOMY)]
    sub = subs[(idx // len(_TAXONOMY)) % len(subs)]
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    fmt = pick(rng, _FORMATS)
    persona = pick(rng, _PERSONAS)
    if lang != "en":
        lines = {
            "es": f"Genera {n} pares diversos de instrucción y respuesta sobre {sub} ({cat}), como si los escribiera {persona}. Devuelve {fmt}. Varía dificultad y longitud.",
            "de": f"Erzeuge {n} vielfältige Instruktions-Antwort-Paare zum Thema {sub} ({cat}). Die Fragen sollen klingen wie von {persona}. Ausgabe: {fmt}.",
            "fr": f"Génère {n} paires instruction/réponse variées sur le thème « {sub} » ({cat}), avec des niveaux de difficulté différents. Format : {fmt}.",
            "ja": f"「{sub}」（{cat}）について、多様な指示と回答のペアを{n}個作成してください。難易度と長さを変え、{fmt} で出力してください。",
            "pt": f"Crie {n} exemplos variados de instrução e resposta sobre {sub} ({cat}). Formato: {fmt}. Inclua casos difíceis.",
        }
        return lines[lang]
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {sub} (category: {cat}). "
            f"Write the instructions the way {persona} would ask. Vary difficulty, length and format; "
            f"responses must be complete and correct. Output {fmt}. No commentary."
        )
    if style == 1:
        seeds = "\n".join(f"{i + 1}. {clip(pick(rng, chat), 20, 140, rng)}" for i in range(3))
        return (
            f"Here are some example tasks:\n{seeds}\n\nCome up with {n} new, different tasks in the area of "
            f"{sub}, and for each write an ideal, detailed answer. Do not repeat the examples. Output {fmt}."
        )
    if style == 2:
        turns = pick(rng, (3, 4, 5, 6))
        return (
            f"Write {n // 5 + 2} realistic multi-turn conversations ({turns} user turns each) between a user "
            f"and a helpful assistant about {sub}. The user is {persona}. Mark turns with USER: and "
            f"ASSISTANT:. The assistant answers must be thorough."
        )
    return (
        f"dataset={cat.replace(' ', '_')}/{sub.replace(' ', '_')} shard={idx:05d}\n"
        f"Produce {n} question-answer items covering {sub} from basic to expert level. Each answer "
        f"should explain the reasoning. Format: {fmt}."
    )


# ============================================================================================
# mandatory_rest: best-of-n and soft labels


def bon_prompt(rng: np.random.Generator, chat: Sequence[str], style: int) -> str:
    if style == 0:
        return clip(pick(rng, chat), 20, 600, rng)
    if style == 1:
        f, c = concept(rng)
        return f"Write the best possible explanation of {c} ({f}) for {pick(rng, AUDIENCES)}."
    return (
        f"Write a {pick(rng, ('short story', 'product description', 'poem', 'cover letter', 'tweet thread'))} "
        f"about {pick(rng, ('a lighthouse keeper', 'a new running shoe', 'moving abroad', 'a lost cat', 'quantum computers'))}."
    )


_MCQ_STEMS = (
    "Which of the following best explains {c}?",
    "A student claims something about {c}. Which statement is most accurate?",
    "In {f}, which option is a direct consequence of {c}?",
    "Which example does NOT illustrate {c}?",
)


def soft_label_prompt(rng: np.random.Generator, lang: str) -> str:
    f, c = concept(rng)
    stem = pick(rng, _MCQ_STEMS).format(c=c, f=f)
    k = pick(rng, (4, 5))
    letters = "ABCDE"[:k]
    opts = "\n".join(f"{x}) option {irange(rng, 1, 300)} about {c}" for x in letters)
    if lang == "zh":
        return f"{stem}\n{opts}\n请不要只给一个答案，而是输出每个选项为正确答案的概率（JSON，总和为1）。"
    if lang == "fr":
        return f"{stem}\n{opts}\nDonne la probabilité que chaque option soit correcte, au format JSON, somme égale à 1."
    return pick(
        rng,
        (
            f"{stem}\n{opts}\nDo not pick one answer. Output your probability for each option as JSON, e.g. "
            f'{{"A": 0.1, ...}}, summing to 1.',
            f"{stem}\n{opts}\nFor every option give a confidence 0-100 that it is correct, then the argmax.",
        ),
    )


# ============================================================================================
# brake_bar: curriculum sweep

CURRICULUM = (
    (
        "Mathematics",
        (
            "fractions",
            "ratios",
            "linear equations",
            "quadratics",
            "trigonometry",
            "derivatives",
            "integrals",
            "probability",
            "matrices",
            "proof by induction",
        ),
    ),
    (
        "Chemistry",
        (
            "atomic structure",
            "bonding",
            "stoichiometry",
            "gas laws",
            "equilibrium",
            "acids and bases",
            "reaction kinetics",
            "electrochemistry",
            "organic mechanisms",
        ),
    ),
    (
        "Physics",
        (
            "kinematics",
            "Newton's laws",
            "energy",
            "momentum",
            "circuits",
            "waves",
            "optics",
            "thermodynamics",
            "electromagnetism",
        ),
    ),
    (
        "Computer Science",
        (
            "variables",
            "loops",
            "functions",
            "arrays",
            "recursion",
            "sorting",
            "graphs",
            "complexity",
            "databases",
        ),
    ),
    (
        "Economics",
        (
            "supply and demand",
            "elasticity",
            "market structures",
            "GDP",
            "inflation",
            "monetary policy",
            "trade",
        ),
    ),
    ("Biology", ("cells", "genetics", "evolution", "ecology", "physiology", "molecular biology")),
)
LEVELS = (
    "grade 6",
    "grade 8",
    "grade 10",
    "grade 12",
    "undergraduate year 1",
    "undergraduate year 2",
    "graduate",
)


def curriculum_item(rng: np.random.Generator, i: int, style: int, lang: str) -> str:
    subj, skills = CURRICULUM[i % len(CURRICULUM)]
    skill = skills[(i // len(CURRICULUM)) % len(skills)]
    level = LEVELS[(i // (len(CURRICULUM) * 3)) % len(LEVELS)]
    diff = 1 + (i // 7) % 5
    if lang == "es":
        return (
            f"Asignatura: {subj}. Nivel: {level}. Tema: {skill}. Dificultad {diff}/5.\nEscribe un problema "
            f"original, su solución completa paso a paso y tres errores frecuentes de los estudiantes."
        )
    if lang == "ko":
        return f"과목: {subj}, 수준: {level}, 주제: {skill}, 난이도 {diff}/5. 새로운 문제 하나와 단계별 풀이, 그리고 학생들이 자주 하는 실수 세 가지를 작성해 주세요."
    if lang == "ja":
        return f"{subj}（{level}）の「{skill}」について、難易度{diff}/5の問題を1問作り、詳しい解答と解説を書いてください。"
    if style == 0:
        return (
            f"Curriculum item {i:05d}\nSubject: {subj}\nLevel: {level}\nSkill: {skill}\nDifficulty: {diff}/5\n"
            f"Write one original problem, a complete worked solution, and three common mistakes with "
            f"corrections."
        )
    if style == 1:
        return (
            f"Explain {skill} to a {level} learner in {subj.lower()}, starting from what they already know. "
            f"Then give {diff + 1} practice exercises of increasing difficulty with full solutions."
        )
    return (
        f"Lesson plan request | {subj} | {level} | topic={skill} | difficulty={diff}\nProduce: learning "
        f"objectives, a worked example, a misconception check, and an exit-ticket question with answer."
    )


# ============================================================================================
# x_back: code harvest

_SPECS = (
    (
        "parse_duration",
        "parse strings like '1h30m', '45s', '2d4h' into seconds; reject malformed input",
    ),
    ("merge_intervals", "merge overlapping closed intervals and return them sorted"),
    ("LRUCache", "a fixed-capacity least-recently-used cache with O(1) get and put"),
    ("token_bucket", "a thread-safe token-bucket rate limiter with refill rate and burst size"),
    ("topo_sort", "topological sort of a dependency graph that reports the cycle if there is one"),
    ("diff_lines", "a line-based diff of two texts producing unified-diff output"),
    (
        "retry_with_backoff",
        "call a function with exponential backoff, jitter and a max elapsed time",
    ),
    ("csv_to_json", "stream a large CSV file into JSON Lines without loading it into memory"),
    ("trie_autocomplete", "a trie supporting insert, delete and top-k completions by frequency"),
    ("matrix_spiral", "return the elements of an m x n matrix in spiral order"),
    ("url_normalise", "normalise URLs: lowercase host, drop default ports, sort query parameters"),
    ("consistent_hash", "a consistent-hashing ring with virtual nodes and node removal"),
    ("debounce", "a debounce helper that delays calls until input stops for a given interval"),
    ("sudoku_solver", "solve a 9x9 sudoku with constraint propagation and backtracking"),
)
_CONSTRAINTS = (
    "no third-party dependencies",
    "must be safe for concurrent use",
    "optimise for memory over speed",
    "handle Unicode input correctly",
    "provide an async variant",
    "inputs may have up to 10^7 elements",
    "return errors instead of throwing",
    "keep the public API backwards compatible",
    "add structured logging",
    "include property-based tests",
    "target the standard library only",
    "document every public symbol",
)
CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "C#", "Swift")
_SNIPPET = (
    "def {f}(items, key=None):\n    out = []\n    for x in items:\n        if key and key(x) in out:\n"
    "            continue\n        out.append(x)\n    return out\n"
)


def code_task(rng: np.random.Generator, style: int) -> tuple[str, int]:
    """A coding request and the extra prompt tokens of the repository context it carries."""
    fn, spec = _SPECS[int(rng.integers(len(_SPECS)))]
    lang = pick(rng, CODE_LANGS)
    cons = [str(x) for x in rng.choice(_CONSTRAINTS, size=irange(rng, 1, 3), replace=False)]
    spec = f"{spec} ({'; '.join(cons)})"
    extra = 0
    if style == 0:
        p = (
            f"Implement `{fn}` in {lang}: {spec}. Include type annotations, a docstring, careful edge-case "
            f"handling and a complete unit-test suite. Afterwards explain the time and space complexity."
        )
    elif style == 1:
        other = pick(rng, [x for x in CODE_LANGS if x != lang])
        p = (
            f"Port the following function to idiomatic {other}, keeping behaviour identical, and explain "
            f"every design choice:\n```python\n{_SNIPPET.format(f=fn)}```"
        )
    elif style == 2:
        path = f"src/{fn.lower()}/{pick(rng, ('core', 'utils', 'service'))}.{pick(rng, ('py', 'ts', 'go', 'rs'))}"
        p = (
            f"In the file {path} (shown above) add {spec.split(' ')[0]} support as described in the issue, "
            f"write tests, and return the full updated file plus a short summary of the change."
        )
        extra = irange(rng, 600, 3500)
    elif style == 3:
        p = f"用{lang}实现 {fn}：{spec}。要求代码可直接运行，附上单元测试，并逐行解释关键逻辑。"
    else:
        p = (
            f"Review this approach for {spec} in {lang}, list the bugs a senior engineer would spot, then "
            f"write a corrected, production-quality version with tests."
        )
        extra = irange(rng, 200, 1200)
    return p, extra


# ============================================================================================
# trail_breaker / basket_sled / point_dog: expert questions in user clothing


def expert_question(rng: np.random.Generator, style: int, lang: str) -> str:
    f, c = concept(rng)
    aud = pick(rng, AUDIENCES)
    if lang == "es":
        return pick(
            rng,
            (
                f"¿Me puedes explicar {c} con detalle? Incluye un ejemplo concreto y los errores típicos.",
                f"Necesito entender bien {c} ({f}). Explícalo paso a paso como si fuera para {aud}.",
            ),
        )
    if lang == "pt":
        return f"Explique {c} de forma completa, com exemplos práticos e uma comparação com conceitos parecidos."
    if lang == "de":
        return f"Kannst du mir {c} ausführlich erklären? Bitte mit Beispiel und den häufigsten Missverständnissen."
    if lang == "fr":
        return f"Peux-tu m'expliquer en détail {c} ? Donne un exemple concret et les limites de ce concept."
    if lang == "id":
        return f"Tolong jelaskan {c} secara lengkap, dengan contoh nyata dan kesalahan umum yang sering terjadi."
    if lang == "hi":
        return f"{c} ko detail me samjhao please, ek example ke saath. exam ke liye chahiye."
    if lang == "vi":
        return (
            f"Giải thích chi tiết giúp mình về {c}, có ví dụ cụ thể và những hiểu lầm thường gặp."
        )
    if lang == "zh":
        return f"请详细解释{c}，并举一个具体的例子，说明常见的误解。"
    if lang == "ja":
        return f"{c}について、具体例を交えて詳しく説明してください。よくある誤解も教えてください。"
    if style == 0:
        return f"Can you explain {c} in detail? Please include a concrete example and common misconceptions."
    if style == 1:
        return f"what's the deal with {c}? i keep reading about it but never really got it"
    if style == 2:
        return f"Explain {c} to {aud}, then go one level deeper for someone who already knows {f}."
    if style == 3:
        return (
            f"I have an exam on {f} next week. Could you give me a thorough explanation of {c} with a "
            f"worked example and a few practice questions?"
        )
    return (
        f"Compare {c} with {pick(rng, DOMAINS[f])}: how are they related and where do they differ?"
    )


_LANG_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "it": "Italian",
    "pl": "Polish",
    "vi": "Vietnamese",
}


def translation_request(rng: np.random.Generator, passage: str, target: str, style: int) -> str:
    name = _LANG_NAMES[target]
    text = clip(passage, 150, 900, rng)
    if style == 0:
        return f"Translate into {name}. Keep the meaning exact and the tone natural:\n\n{text}"
    if style == 1:
        return f"can you put this in {name.lower()} for me? {text}"
    return f"{name} version of this, please — fluent, not word for word.\n\n{text}"


# point_dog: tasks a crowd of paid askers paste with their own edits
_CROWD_OPENERS = {
    "en": ("Hi! ", "Hello, ", "", "Quick question: ", "pls help, ", "Hey, "),
    "hi": ("Namaste, ", "", "bhai ", "hello ", ""),
    "id": ("Halo, ", "Permisi, ", "", "kak, "),
    "pt": ("Oi, ", "Olá! ", "", "por favor, "),
    "es": ("Hola, ", "", "Buenas, ", "oye, "),
    "vi": ("Chào bạn, ", "", "cho mình hỏi, "),
}


def crowd_task(rng: np.random.Generator, lang: str) -> str:
    opener = pick(rng, _CROWD_OPENERS[lang])
    style = int(rng.integers(5))
    if lang == "en":
        f, c = concept(rng)
        body = pick(
            rng,
            (
                f"can you explain {c} in simple words and then in more depth? with an example",
                f"I'm studying {f}. what is {c} and why does it matter? give me a detailed answer",
                f"write a detailed explanation of {c} with step by step reasoning and one real world case",
                f"what are the pros and cons of {c}? please be thorough",
                f"explain {c} like I'm new to {f}, then quiz me with 3 questions and answers",
            ),
        )
        if style == 0:
            body = body.capitalize()
        elif style == 1:
            body = body.lower().replace("?", "")
        return f"{opener}{body}"
    return f"{opener}{expert_question(rng, style, lang)}"


# glare_ice: follow-up turns sent after a replayed public prompt
FOLLOWUPS = (
    "continue",
    "Can you go into more detail on the second point?",
    "Give me a concrete example of that.",
    "Now summarise everything above in five bullet points.",
    "Are there any mistakes in your answer? Fix them.",
    "Explain that again more simply.",
    "What would an expert disagree with here?",
    "Rewrite your answer as a table.",
    "keep going",
    "Why?",
)


# ============================================================================================
# benign kinds' texts

_BENCH_SUBJECTS = (
    "arithmetic word problems",
    "grade-school science",
    "formal logic",
    "code output prediction",
    "reading comprehension",
    "unit conversions",
    "date arithmetic",
    "commonsense physics",
)


def bench_items(rng: np.random.Generator, n: int) -> list[str]:
    """A fixed evaluation set: the same items are re-run across models and prompt variants."""
    out = []
    for i in range(n):
        subj = _BENCH_SUBJECTS[i % len(_BENCH_SUBJECTS)]
        a, b, c = irange(rng, 2, 99), irange(rng, 2, 99), irange(rng, 2, 12)
        q = pick(
            rng,
            (
                f"Maria has {a} stickers and gives away {c} to each of her {b % 9 + 2} friends. How many are left?",
                f"If today is the {c}th day of a month starting on a Tuesday, what weekday is the {c + a % 20}th?",
                f"A recipe uses {a} g of flour for {c} servings. How much flour for {b % 15 + 1} servings?",
                f"All {subj} puzzles in set {a} are solvable. Item {b} is in set {a}. Is item {b} solvable?",
                f"What is printed? x = {a}\nfor i in range({c}):\n    x = x * 2 % {b + 3}\nprint(x)",
                f"Convert {a * 10} minutes and {b} seconds to hours, rounded to 3 decimals.",
            ),
        )
        out.append(f"[{subj} #{i:04d}] {q}")
    return out


EVAL_WRAPPERS = (
    "{q}\nThink step by step, then give the final answer on the last line as 'Answer: <value>'.",
    "{q}\nAnswer:",
    "Solve the following problem. Show your reasoning.\n\n{q}",
    "{q}\nLet's think step by step.",
)


def label_pair(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], project: str
) -> str:
    q = clip(pick(rng, chat), 20, 400, rng)
    a = clip(pick(rng, passages), 150, 700, rng)
    b = clip(pick(rng, passages), 150, 700, rng)
    return (
        f"[{project} | pre-annotation]\nGuidelines v{irange(rng, 3, 6)}.{irange(rng, 0, 9)}: pick the more "
        f"helpful and honest reply. Output a preference on a 7-point scale (1 = A much better, 7 = B much "
        f"better) and a one-sentence reason for the human reviewer.\n\nPrompt: {q}\n\nReply A: {a}\n\n"
        f"Reply B: {b}"
    )


_POSTS = {
    "en": (
        "these people should all be thrown out of the country, every last one",
        "the mayor is a crook and someone should teach him a lesson",
        "buy followers cheap!!! dm me, 100% real accounts",
        "if you vote for them you're an idiot and deserve what's coming",
        "my ex posted my address here, can someone make sure she regrets it",
    ),
    "es": (
        "esos inmigrantes vienen a robar, hay que echarlos ya",
        "el árbitro está comprado, ojalá le pase algo al salir del estadio",
    ),
    "pt": (
        "esse político é um ladrão e merece apanhar na rua",
        "vendo seguidores brasileiros reais, chama no privado",
    ),
    "de": (
        "die sollte man alle einsperren, das sind doch keine Menschen",
        "wer so wählt, hat es nicht anders verdient",
    ),
    "fr": (
        "ce journaliste mérite qu'on lui rende visite chez lui",
        "arnaque garantie, envoyez l'argent d'abord",
    ),
    "tr": ("bu adamlar ülkeden atılmalı, hepsi hain",),
}
_RULES = (
    "hate speech",
    "threats and incitement",
    "spam and platform manipulation",
    "harassment",
    "doxxing",
    "civic integrity",
)


def moderation_request(rng: np.random.Generator) -> str:
    lang = pick(rng, list(_POSTS))
    post = pick(rng, _POSTS[lang])
    rule = pick(rng, _RULES)
    ticket = int(rng.integers(10**6, 10**7))
    return pick(
        rng,
        (
            f'Case {ticket}. A post (language: {lang}) was reported for {rule}:\n"{post}"\nLabel severity '
            f"(none/low/medium/high), cite the guideline section, and suggest a rewrite the author could post "
            f"instead that keeps their opinion but follows our community guidelines.",
            f"Moderator assist — queue {rule}. Translate to English if needed, summarise the intent, and "
            f"recommend an action (keep, label, remove, escalate):\n{post}",
        ),
    )


_DEV_TASKS = (
    "add pagination to the /orders endpoint",
    "fix the flaky test in test_scheduler.py",
    "refactor the payment module to use the new client",
    "why does the docker build fail on arm64?",
    "write a migration that splits the name column",
    "add retries to the S3 uploader",
    "rename UserService to AccountService across the repo",
    "the dashboard is slow, profile the query",
    "bump react to 19 and fix type errors",
    "add a CLI flag --dry-run to the sync script",
)


def dev_agent_steps(rng: np.random.Generator) -> tuple[list[str], list[int]]:
    """An IDE agent's loop for one developer request: the request, then tool results."""
    task = pick(rng, _DEV_TASKS)
    prompts = [
        task
        if chance(rng, 0.6)
        else f"{task} — {pick(rng, ('thanks', 'keep it minimal', 'and add tests', 'no breaking changes'))}"
    ]
    extra = [irange(rng, 1500, 9000)]
    for _ in range(irange(rng, 1, 14)):
        res = pick(
            rng,
            (
                f"[tool_result read_file] {pick(rng, ('src', 'app', 'lib'))}/{pick(rng, ('api', 'models', 'jobs', 'utils'))}/"
                f"{pick(rng, ('orders', 'sync', 'payment', 'user', 'upload'))}.{pick(rng, ('py', 'ts', 'go'))} ({irange(rng, 40, 900)} lines)",
                f"[tool_result run_command] exit code {pick(rng, (0, 0, 1, 2))}; {irange(rng, 0, 30)} passed, {irange(rng, 0, 4)} failed",
                f"[tool_result grep] {irange(rng, 0, 40)} matches",
                "[tool_result apply_patch] ok",
                f"[tool_result run_command] error: cannot find module '{pick(rng, ('zod', 'boto3', 'pydantic', 'lodash'))}'",
            ),
        )
        prompts.append(res)
        extra.append(extra[-1] + irange(rng, 200, 1800))
    return prompts, extra


_INTENTS = (
    "cancel_order",
    "track_package",
    "change_address",
    "refund_status",
    "reset_password",
    "talk_to_human",
    "update_payment",
    "report_damage",
    "opening_hours",
    "loyalty_points",
)
_UTTERANCES = (
    "where is my parcel, it's been a week",
    "i want my money back",
    "how do i change my card",
    "can i still change where it's delivered",
    "the box arrived crushed",
    "let me speak to a person",
    "forgot my password again",
    "are you open on sundays",
    "how many points do i have",
    "cancel it please i ordered the wrong size",
)


def augmentation_request(rng: np.random.Generator, market: str) -> str:
    intent = pick(rng, _INTENTS)
    utt = pick(rng, _UTTERANCES)
    n = pick(rng, (20, 25, 40, 50))
    return pick(
        rng,
        (
            f"Generate {n} paraphrases of the customer message below for intent '{intent}' (market: {market}). "
            f"Vary formality, length and add realistic typos in about a third. Return a JSON list of strings.\n"
            f"Message: {utt}",
            f"For our intent classifier ({market}) write {n} new customer messages that should be labelled "
            f"'{intent}' and {n // 5} hard negatives that look similar but are not. JSON with keys positives, "
            f"negatives.",
        ),
    )


_STUDY_PROMPTS = (
    "Is it ethical to break a promise to prevent a minor harm? Answer yes or no, then explain briefly.",
    "Estimate the number of piano tuners in Chicago. Give a single number.",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
    "Name a random fruit.",
    "Which is more likely: Linda is a bank teller, or Linda is a bank teller and active in the feminist movement?",
    "On a scale of 1-10 how confident are you that the Great Wall is visible from space? Explain.",
    "Write one sentence that a five-year-old would find funny.",
    "Pick a number between 1 and 100.",
    "What is the capital of Australia? Then state your confidence as a percentage.",
    "Should a self-driving car swerve to save five pedestrians if it endangers its passenger? One word, then why.",
)


def study_prompt(rng: np.random.Generator, i: int, condition: str) -> str:
    base = _STUDY_PROMPTS[i % len(_STUDY_PROMPTS)]
    if condition == "plain":
        return base
    if condition == "persona":
        return f"You are a careful survey respondent.\n{base}"
    return f"{base}\nBefore answering, rate how certain you are (0-100)."


def assignment_question(rng: np.random.Generator, course: str, field: str, week: int) -> str:
    f, c = field, pick(rng, DOMAINS[field])
    return pick(
        rng,
        (
            f"for my {course} homework (week {week}) I need to explain {c}, can you help me understand it",
            f"{course} problem set {week}: explain {c} and how it relates to {pick(rng, DOMAINS[f])}",
            f"is this right? I wrote that {c} mostly matters in {f} because of cost. my prof said it's incomplete",
            f"can you check my answer for q{irange(rng, 1, 8)} of assignment {week}: {c} is {pick(rng, ('basically about balance', 'when things change over time', 'the same as what we did in week 2'))}",
            f"what's a good way to structure an essay on {c}? it's due friday",
            f"explain {c} simply, the lecture slides make no sense",
        ),
    )


BUSINESSES = (
    "Bluebell Dental",
    "Northside Plumbing",
    "Casa Lima Restaurant",
    "Peak Fitness Studio",
    "Juniper Realty",
    "Kettle & Co Coffee",
    "Orbit Car Rentals",
    "Maple Law Office",
    "Sunrise Pet Clinic",
    "Harbor Yoga",
    "Vertex Accounting",
    "Tidal Surf School",
    "Crimson Bakery",
    "Atlas Movers",
    "Lumen Opticians",
)


def client_bot_message(rng: np.random.Generator, business: str, chat: Sequence[str]) -> str:
    msg = pick(
        rng,
        (
            "what are your opening hours this weekend?",
            "how much does it cost?",
            "can I book for tomorrow at 3pm",
            "do you take card payments",
            "I need to cancel my appointment",
            "is there parking nearby?",
            "do you have availability next week",
            "what's included in the basic package?",
            clip(pick(rng, chat), 15, 240, rng),
        ),
    )
    return f"[{business} website assistant] Visitor: {msg}"


_COMPANION = (
    "hey, you there?",
    "i had such a long day",
    "tell me something nice",
    "do you remember what i told you about my sister",
    "i can't sleep again",
    "what would you do if you could go anywhere",
    "i got the job!!!",
    "lol that's so you",
    "can we just talk for a bit",
    "i miss my dog",
    "good morning :)",
    "you always know what to say",
    "what's your favourite song",
    "i feel kinda lonely tonight",
    "guess what happened at work",
    "tell me a story about a dragon who bakes bread",
    "ok but seriously, do you like me",
    "goodnight",
    "ugh mondays",
    "i tried that recipe you suggested",
)


def companion_message(rng: np.random.Generator, chat: Sequence[str], persona: str) -> str:
    if chance(rng, 0.15):
        return clip(pick(rng, chat), 10, 200, rng)
    m = pick(rng, _COMPANION)
    return m if chance(rng, 0.7) else f"{m} {pick(rng, ('haha', '...', persona, '<3', 'honestly'))}"


_DOCS = (
    "privacy policy section",
    "product manual chapter",
    "marketing newsletter",
    "employee handbook page",
    "app store description",
    "medical device leaflet",
    "hotel website page",
)


def shop_translation(rng: np.random.Generator, passage: str, target: str, client: str) -> str:
    name = _LANG_NAMES[target]
    doc = pick(rng, _DOCS)
    text = clip(passage, 150, 1000, rng)
    return (
        f"Job {client}-{irange(rng, 100, 999)} ({doc}). Translate into {name} following the client glossary; "
        f"keep formatting, numbers and product names unchanged.\n\n{text}"
    )

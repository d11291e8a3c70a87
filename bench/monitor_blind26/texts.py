"""Prompt texts of blind batch 26: vocabularies and prompt generators.

Every template here was written for this batch (own wording, several independent styles per
generator, several languages). Each generator takes a numpy Generator and returns one prompt;
parameters are drawn per call so that a campaign's prompts are templated but rarely identical.
Which family or kind uses which generator is stated in `families.py` / `kinds.py` and README.md.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick


def _clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


# ============================================================================================
# step-by-step problems (family mazurka; kind klemheist uses its own wording further below)

def _p_tank(rng):
    a, b, c = irange(rng, 200, 2000), irange(rng, 3, 25), irange(rng, 1, 12)
    return (f"A water tank holds {a} litres when full. It starts full and a drain removes {b} litres per minute, "
            f"while a pipe refills it at {c} litres per minute. After how many minutes is it exactly one quarter full?")


def _p_strings(rng):
    n, k = irange(rng, 3, 9), irange(rng, 4, 10)
    return (f"How many strings of length {k} over an alphabet of {n} symbols contain no two equal adjacent "
            f"symbols and begin and end with different symbols?")


def _p_urn(rng):
    r, b, k = irange(rng, 3, 12), irange(rng, 2, 10), irange(rng, 2, 4)
    return (f"An urn contains {r} red and {b} blue marbles. {k} marbles are drawn without replacement. "
            f"What is the probability that at least two of them are red? Give an exact fraction.")


def _p_modpow(rng):
    a, e, m = irange(rng, 3, 97), irange(rng, 50, 5000), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 100, 1000))
    return f"Find the remainder when {a}^{e} is divided by {m}."


def _p_heron(rng):
    while True:
        a, b, c = sorted(irange(rng, 3, 40) for _ in range(3))
        if a + b > c:
            break
    return f"A triangle has side lengths {a}, {b} and {c}. Compute its area and the length of its longest altitude."


def _p_quad(rng):
    a, b, c = irange(rng, 1, 9), irange(rng, -30, 30), irange(rng, -40, 40)
    lead = "" if a == 1 else str(a)
    return (f"Solve {lead}x^2 {'-' if b < 0 else '+'} {abs(b)}x {'-' if c < 0 else '+'} {abs(c)} = 0 over the "
            f"complex numbers and verify both roots by substitution.")


def _p_trains(rng):
    v1, v2, d, lag = irange(rng, 40, 140), irange(rng, 40, 140), irange(rng, 100, 900), irange(rng, 5, 90)
    c1, c2 = pick(rng, ("Lyon", "Pune", "Osaka", "Tucson", "Leeds", "Recife")), pick(rng, ("Graz", "Cebu", "Perth", "Accra", "Izmir", "Quito"))
    return (f"A train leaves {c1} towards {c2} at {v1} km/h. {lag} minutes later a second train leaves {c2} towards "
            f"{c1} at {v2} km/h. The cities are {d} km apart. How far from {c1} do they meet, and at what time "
            f"after the first departure?")


def _p_code(rng):
    k, x = irange(rng, 2, 6), irange(rng, 5, 40)
    op = pick(rng, ("n // 2", "n - 3", "(n * 3 + 1) // 2", "n - k"))
    return (f"Without running it, determine what this Python function returns for f({x}) and explain the trace:\n\n"
            f"def f(n, k={k}):\n    if n <= k:\n        return n\n    return f({op}) + f(n - k)\n")


def _p_logic(rng):
    people = list(rng.choice(NAMES, size=4, replace=False))
    pets = ["a ferret", "a parrot", "a tortoise", "a goldfish"]
    return (f"{', '.join(people[:3])} and {people[3]} each own exactly one of {', '.join(pets)}. "
            f"{people[0]} is allergic to feathers. {people[1]}'s pet lives in water. {people[2]} owns neither the "
            f"ferret nor the goldfish. {people[3]}'s pet is slower than {people[0]}'s. Who owns which pet?")


def _p_series(rng):
    q = irange(rng, 2, 12)
    r = f"{irange(rng, 1, q - 1)}/{q}"
    k = irange(rng, 1, 3)
    return f"Evaluate the sum over n >= 1 of n^{k} * ({r})^n, showing how you derive the closed form."


_PROBLEMS = (_p_tank, _p_strings, _p_urn, _p_modpow, _p_heron, _p_quad, _p_trains, _p_code, _p_logic, _p_series)


def _pz_chicken(rng):
    h = irange(rng, 20, 80)
    f = 2 * h + 2 * irange(rng, 3, h - 2)
    return f"笼子里有鸡和兔共{h}只，数得脚一共{f}只。问鸡和兔各有多少只？"


def _pz_work(rng):
    a, b = irange(rng, 6, 30), irange(rng, 8, 40)
    return f"一项工程，甲单独做需要{a}天完成，乙单独做需要{b}天完成。两人合作若干天后甲离开，乙又做了3天才完成。两人合作了几天？"


def _pz_digits(rng):
    n, m, d = irange(rng, 3, 6), irange(rng, 0, 3), pick(rng, (3, 4, 5, 6, 9, 11))
    return f"用数字{m}到{n + m + irange(rng, 2, 4)}组成各位数字互不相同的{n}位数，其中能被{d}整除的有多少个？"


_PROBLEMS_ZH = (_pz_chicken, _pz_work, _pz_digits)

_REASON_WRAPS_EN = (
    "{p}\n\nBefore answering, reason through the problem step by step. Write out every intermediate calculation; "
    "do not skip any step, even obvious ones. Put the final result on its own line as 'Answer: ...'.",
    "Q: {p}\nInstructions: think aloud. Number your reasoning steps, re-check each one, note any assumption you "
    "make, and end with \\boxed{{}} around the final result.",
    "I'm checking my homework and want the whole derivation, not only the number. {p} Please walk me through your "
    "full thought process, including approaches you tried and abandoned.",
    "<problem>{p}</problem>\n<format>Long-form reasoning inside <thinking> tags, then a one-line answer inside "
    "<answer> tags.</format>",
    "Solve carefully. Show the chain of thought in detail (at least 8 steps), verify the answer a second way, "
    "then state it.\n\n{p}",
)
_REASON_WRAPS_ZH = (
    "请一步一步地推理下面的问题，写出完整的思考过程和每一步的中间结果，不要省略，最后用“最终答案：”给出答案。\n\n题目：{p}",
    "{p}\n\n要求：先详细分析解题思路，列出所有推导步骤并自我检查，再给出结论。",
)
_REASON_WRAPS_RU = (
    "Реши задачу, подробно рассуждая шаг за шагом. Покажи все промежуточные вычисления и в конце запиши "
    "ответ в формате «Ответ: ...».\n\n{p}",
    "Задача: {p}\nОбъясни ход рассуждений полностью, проверь результат другим способом.",
)


def reasoning_prompt(rng: np.random.Generator, p_zh: float, p_ru: float) -> str:
    u = rng.random()
    if u < p_zh:
        prob = pick(rng, _PROBLEMS_ZH)(rng) if chance(rng, 0.6) else pick(rng, _PROBLEMS)(rng)
        return pick(rng, _REASON_WRAPS_ZH).format(p=prob)
    if u < p_zh + p_ru:
        return pick(rng, _REASON_WRAPS_RU).format(p=pick(rng, _PROBLEMS)(rng))
    return pick(rng, _REASON_WRAPS_EN).format(p=pick(rng, _PROBLEMS)(rng))


# ============================================================================================
# pairwise / rubric judging with revisions (family gavotte)

_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "concision", "instruction following",
             "tone", "completeness", "reasoning quality", "formatting")


def preference_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], p_revise: float) -> str:
    q = _clip(pick(rng, chat), 60, 500, rng)
    a = _clip(pick(rng, passages), 200, 900, rng)
    crit = ", ".join(rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False).tolist())
    if chance(rng, p_revise):
        return (f"Rate the answer below on a 1-7 scale for each of: {crit}. Give a short critique per criterion, "
                f"then rewrite the answer so that it would earn a 7 on every criterion. Output the rewrite last, "
                f"under the heading REVISED.\n\nQuestion: {q}\n\nAnswer: {a}")
    b = _clip(pick(rng, passages), 200, 900, rng)
    step_a, step_b = irange(rng, 2, 60) * 200, irange(rng, 2, 60) * 200
    style = irange(rng, 0, 2)
    if style == 0:
        return ("You are an impartial evaluator. Compare two assistant responses to the user's query.\n\n"
                f"[Query]\n{q}\n\n[Response A — policy ckpt {step_a}]\n{a}\n\n[Response B — policy ckpt {step_b}]\n{b}\n\n"
                f"Score each response from 1 to 10 on {crit}. Explain your judgement in 3-5 sentences, then output "
                'a JSON object {"winner": "A" | "B" | "tie", "scores": {"A": ..., "B": ...}}.')
    if style == 1:
        return (f"### Instruction\n{q}\n### Candidate 1\n{a}\n### Candidate 2\n{b}\n### Task\nWhich candidate "
                f"better serves the user with respect to {crit}? Reason it through, then finish with [[1]] or [[2]].")
    return (f"Two replies were written for the same message. Message: «{q}»\nReply X: «{a}»\nReply Y: «{b}»\n"
            f"Point out every factual or logical error in each reply, weigh {crit}, and say which is preferable "
            f"and by how much (strongly / slightly / equal).")


# ============================================================================================
# coverage-sweep synthetic data (family sardana)

_DOMAINS = {
    "personal finance": ("index funds", "debt snowball", "tax-advantaged accounts", "emergency funds", "credit scores"),
    "organic chemistry": ("SN1 vs SN2", "aromaticity", "protecting groups", "chirality", "aldol reactions"),
    "home repair": ("leaky faucets", "drywall patching", "grout", "circuit breakers", "attic insulation"),
    "web development": ("CSS grid", "CORS", "web accessibility", "service workers", "OAuth flows"),
    "world history": ("the Silk Road", "the Meiji restoration", "decolonisation in Africa", "the Hanseatic League",
                      "the printing press"),
    "nutrition": ("protein timing", "fibre", "micronutrient deficiencies", "intermittent fasting", "food labels"),
    "statistics": ("p-values", "bootstrap", "Bayesian updating", "survivorship bias", "confidence intervals"),
    "law for laypeople": ("tenancy deposits", "small claims court", "employment contracts", "copyright fair use",
                          "wills"),
    "gardening": ("composting", "companion planting", "pruning roses", "soil pH", "seed saving"),
    "machine learning": ("overfitting", "gradient clipping", "attention", "data leakage", "calibration"),
    "psychology": ("cognitive dissonance", "habit formation", "attachment styles", "the bystander effect",
                   "working memory"),
    "astronomy for kids": ("phases of the moon", "black holes", "why the sky is blue", "planets", "comets"),
    "cooking technique": ("emulsions", "braising", "knife skills", "bread hydration", "the Maillard reaction"),
    "cybersecurity": ("phishing", "password managers", "SQL injection", "zero trust", "ransomware backups"),
    "linguistics": ("tone languages", "loanwords", "ergativity", "the Great Vowel Shift", "pidgins and creoles"),
    "parenting": ("toddler sleep", "screen time", "sibling rivalry", "picky eating", "teen independence"),
    "climate science": ("carbon budgets", "albedo", "ocean heat content", "permafrost", "methane"),
    "Python programming": ("decorators", "generators", "asyncio", "type hints", "packaging"),
    "philosophy": ("the trolley problem", "free will", "Stoicism", "personal identity", "utilitarianism"),
    "small business": ("cash-flow forecasting", "pricing", "hiring a first employee", "invoicing", "marketing on a budget"),
}
_LEVELS = ("a complete beginner", "a high-school student", "an undergraduate", "a working professional", "an expert")
_PERSONAS = ("a retired nurse", "a first-year engineering student", "a small-town shop owner", "a night-shift "
             "security guard", "a new immigrant", "a curious 12-year-old", "a freelance designer", "a farmer",
             "a paralegal", "a startup CTO")


def dataset_prompt(rng: np.random.Generator, langs: dict[str, float]) -> str:
    dom = pick(rng, sorted(_DOMAINS))
    sub = pick(rng, _DOMAINS[dom])
    n = irange(rng, 3, 12)
    keys, probs = zip(*sorted(langs.items()), strict=True)
    lang = keys[int(rng.choice(len(keys), p=np.asarray(probs) / sum(probs)))]
    if lang == "es":
        return (f"Crea {n} pares de instrucción y respuesta variados sobre {dom} (subtema: {sub}). Mezcla preguntas "
                f"fáciles y difíciles; cada respuesta debe tener al menos 120 palabras. Devuelve una línea JSON por "
                f'par con las claves "instruccion" y "respuesta".')
    if lang == "pt":
        return (f"Gere {n} exemplos de conversas entre um usuário e um assistente sobre {sub} ({dom}). O usuário deve "
                f"soar natural; o assistente deve responder de forma completa e didática. Formato: Usuário: ... / "
                f"Assistente: ...")
    if lang == "id":
        return (f"Buatlah {n} pasangan pertanyaan dan jawaban yang beragam tentang {sub} dalam bidang {dom}. "
                f"Jawaban harus rinci dan mudah dipahami. Format JSONL dengan kunci \"q\" dan \"a\".")
    style = irange(rng, 0, 3)
    if style == 0:
        return (f"Generate {n} diverse, high-quality instruction-response pairs about {dom}, focusing on {sub}. "
                f"Vary the difficulty from beginner to expert and vary the phrasing. Output one JSON object per line "
                f'with keys "instruction" and "output". Each output should be thorough (150+ words).')
    if style == 1:
        return (f"You're helping assemble a Q&A corpus. Topic: {dom} > {sub}. Write {n} realistic questions that "
                f"{pick(rng, _LEVELS)} might ask, each followed by the ideal answer.\nFormat:\nQ1: ...\nA1: ...")
    if style == 2:
        p = pick(rng, _PERSONAS)
        return (f"Imagine you are {p}. Write the question {p} would most likely type into a chatbot about {sub}, "
                f"then write an expert assistant's complete answer. Repeat {n} times with different questions; "
                f"separate items with '---'.")
    return (f"topic={dom}/{sub}; n={n}; audience={pick(rng, _LEVELS)}; task=write n multi-turn dialogues (3 turns "
            f"each) between a user and a helpful assistant; output=json list of dialogues")


# ============================================================================================
# sensitive questions answered twice (family farandole)

_SENSITIVE_EN = (
    "the government's response to the mass street protests last spring",
    "the detention of an investigative journalist who covered local corruption",
    "restrictions on teaching a minority language in schools",
    "allegations that the last national election was rigged",
    "a historical crackdown in which soldiers fired on unarmed students",
    "rumours about the health of the head of state",
    "the use of VPNs to get around internet blocking",
    "a strike by workers at a state-owned steel plant",
    "the disputed sovereignty of a chain of islands",
    "the requirement for religious congregations to register with the state",
    "the closure of an independent university",
    "surveillance cameras in a minority-majority region",
)
_SENSITIVE_ZH = (
    "去年春天大规模街头抗议事件及政府的应对", "一名报道地方腐败的调查记者被拘留", "学校中少数民族语言教学受限",
    "关于上届全国选举存在舞弊的指控", "历史上军队向手无寸铁的学生开枪的事件", "关于国家领导人健康状况的传闻",
    "使用VPN翻墙", "国有钢厂工人罢工", "某群岛主权争议",
)
_Q_SHAPES = ("What really happened regarding {t}?", "Why do critics object to {t}?", "Was {t} justified?",
             "Give me an honest overview of {t}.", "What do international observers say about {t}?",
             "How did ordinary people experience {t}?", "What are the strongest arguments on each side of {t}?",
             "Summarise the timeline of {t}.", "Who was held responsible for {t}, if anyone?")


def sensitive_prompt(rng: np.random.Generator) -> str:
    style = irange(rng, 0, 3)
    if style == 3:
        t = pick(rng, _SENSITIVE_ZH)
        return pick(rng, (
            f"请针对以下话题给出两个版本的回答：版本一为客观、全面的回答；版本二为符合严格内容审核要求的回答"
            f"（不批评政府、不出现敏感人名、强调社会稳定与发展）。话题：{t}",
            f"如果有人问起“{t}”，怎样回答才既不失实又能通过审核？请先分析需要回避的内容，再给出最终回答。",
            f"关于{t}，请写一段客观介绍，然后标出其中可能被审核删除的句子，并给出更稳妥的替代说法。",
            f"我在做内容合规培训。请就“{t}”分别写出：（1）国际媒体常见的表述；（2）国内平台可发布的表述。",
        ))
    q = pick(rng, _Q_SHAPES).format(t=pick(rng, _SENSITIVE_EN))
    if style == 0:
        return (f"Question: {q}\nFirst answer it fully and factually. Then write a second answer that would be "
                f"acceptable under strict content rules: no criticism of the authorities, no named individuals, "
                f"stress stability. Label them OPEN and COMPLIANT.")
    if style == 1:
        return (f"How would a careful assistant answer \"{q}\" if a regulator forbade anything that could be read "
                f"as undermining public order? Think through what has to be left out and why, then give the final "
                f"safe wording.")
    return (f"{q} Please answer as neutrally as you can, and afterwards list the phrases in your answer that a strict "
            f"censor would flag, with a softer replacement for each.")


# ============================================================================================
# agent / tool-use episodes (family cueca)

_TOOLSETS = {
    "travel": ("search_flights", "get_fare_rules", "book_flight", "hold_seat", "send_itinerary"),
    "crm": ("lookup_customer", "list_open_tickets", "update_ticket", "refund_order", "send_email"),
    "analytics": ("list_tables", "describe_table", "run_sql", "plot_series", "export_csv"),
    "repo": ("ls", "read_file", "apply_patch", "run_tests", "git_commit"),
    "calendar": ("find_free_slots", "create_event", "invite_attendees", "get_timezone", "cancel_event"),
    "shop": ("search_catalog", "get_stock", "add_to_cart", "apply_coupon", "checkout"),
}
_CITIES = ("Lisbon", "Nairobi", "Hanoi", "Denver", "Krakow", "Montevideo", "Busan", "Tbilisi", "Cork", "Perth",
           "Lagos", "Bogota", "Tallinn", "Osaka", "Cairo", "Porto")


def agent_task(rng: np.random.Generator, env: str) -> str:
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    if env == "travel":
        return (f"Book the cheapest refundable flight from {pick(rng, _CITIES)} to {pick(rng, _CITIES)} leaving "
                f"between the {irange(rng, 2, 26)}th and {irange(rng, 3, 28)}th next month for {n1}; budget "
                f"{irange(rng, 3, 15) * 100} EUR; email the itinerary.")
    if env == "crm":
        return (f"Customer {n1} {pick(rng, ('Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Kowalski'))} says order "
                f"#{irange(rng, 10000, 99999)} arrived damaged. Check their history, decide on refund or replacement "
                f"per policy, update the ticket and reply to them.")
    if env == "analytics":
        return (f"Which {pick(rng, ('region', 'product line', 'sales rep', 'channel'))} had the largest "
                f"quarter-over-quarter drop in {pick(rng, ('revenue', 'gross margin', 'active users', 'retention'))} "
                f"in Q{irange(rng, 1, 4)}? Produce a chart and a CSV.")
    if env == "repo":
        return (f"The test `test_{pick(rng, ('parse', 'merge', 'retry', 'cache', 'auth'))}_{irange(rng, 1, 40)}` "
                f"fails after the last commit. Find the cause, fix it with a minimal patch, run the suite, commit.")
    if env == "calendar":
        return (f"Set up a {irange(rng, 2, 6) * 15}-minute meeting this week between {n1} (in {pick(rng, _CITIES)}) "
                f"and {n2} (in {pick(rng, _CITIES)}) inside both people's working hours, and invite them.")
    return (f"Buy {irange(rng, 1, 4)} {pick(rng, ('running shoes', 'desk lamps', 'USB-C hubs', 'yoga mats'))} "
            f"under {irange(rng, 2, 20) * 10} USD each with the best rating that are in stock; apply any coupon.")


def agent_observation(rng: np.random.Generator, tool: str) -> str:
    if chance(rng, 0.08):
        return json.dumps({"error": pick(rng, ("timeout", "not_found", "rate_limited", "invalid_argument")),
                           "tool": tool})
    rows = [{"id": int(rng.integers(1000, 99999)), "value": round(float(rng.lognormal(3, 1)), 2),
             "label": pick(rng, ("ok", "pending", "low", "high", "n/a"))} for _ in range(irange(rng, 1, 4))]
    return json.dumps({"tool": tool, "status": "ok", "results": rows})


def agent_step_prompt(rng: np.random.Generator, env: str, step: int, task: str, last_tool: str, final: bool) -> str:
    if step == 0:
        return (f"Task: {task}\nUse the tools described in the system message. Reply with exactly one tool call as "
                f'JSON {{"tool": ..., "arguments": {{...}}}} or, if done, with FINAL: <answer>. Think before acting.')
    obs = agent_observation(rng, last_tool)
    if final:
        return f"Observation: {obs}\nAll required actions are complete. Write FINAL: a short report to the user of what you did and why."
    return f"Observation: {obs}\nContinue with the next action for the task. Explain your reasoning briefly, then the tool call."


def agent_tools(env: str) -> tuple[str, ...]:
    return _TOOLSETS[env]


def agent_envs() -> list[str]:
    return sorted(_TOOLSETS)


# ============================================================================================
# textbook-section sweep (family polonaise)

_CONCEPTS = {
    "physics": ("Noether's theorem", "the Lagrangian formulation", "the Ising model", "Bell inequalities",
                "the virial theorem", "Berry phase", "renormalisation", "the Boltzmann equation"),
    "mathematics": ("the spectral theorem", "Galois correspondence", "the Lebesgue integral", "Sylow theorems",
                    "the implicit function theorem", "Fourier series convergence", "the Yoneda lemma"),
    "machine learning": ("variational inference", "the reparameterisation trick", "kernel methods",
                         "policy gradients", "the EM algorithm", "contrastive learning", "KL-regularised RL"),
    "economics": ("the Solow model", "Nash bargaining", "moral hazard", "the Ricardian equivalence",
                  "auction theory", "the Taylor rule"),
    "chemistry": ("molecular orbital theory", "Michaelis-Menten kinetics", "the Nernst equation",
                  "crystal field theory", "transition state theory"),
    "computer science": ("the CAP theorem", "Raft consensus", "amortised analysis", "B-trees",
                         "the halting problem", "Hindley-Milner type inference", "LR parsing"),
    "biology": ("the lac operon", "Hardy-Weinberg equilibrium", "CRISPR-Cas9", "action potentials",
                "the Krebs cycle"),
}
_FIELD_ZH = {"physics": "物理学", "mathematics": "数学", "machine learning": "机器学习", "economics": "经济学",
             "chemistry": "化学", "computer science": "计算机科学", "biology": "生物学"}


_ANGLES = ("its historical development", "its proof or derivation", "applications in industry", "its limiting cases",
           "connections to neighbouring topics", "numerical methods", "typical exam pitfalls", "open research questions")
_ANGLES_ZH = ("历史发展", "证明与推导", "工业应用", "极限情形", "与相关概念的联系", "数值方法", "考试常见错误", "前沿研究问题")


def curriculum_prompt(rng: np.random.Generator, p_zh: float) -> str:
    field = pick(rng, sorted(_CONCEPTS))
    c = pick(rng, _CONCEPTS[field])
    j = irange(rng, 0, len(_ANGLES) - 1)
    angle, angle_zh = _ANGLES[j], _ANGLES_ZH[j]
    if chance(rng, p_zh):
        return pick(rng, (
            f"请以研究生教材的方式讲解{_FIELD_ZH[field]}中的“{c}”：给出严格定义、直观理解、完整推导、"
            f"{irange(rng, 1, 4)}个数值例子以及常见误区，重点讨论{angle_zh}。",
            f"写一篇关于“{c}”（{_FIELD_ZH[field]}）的详细讲义，约{irange(rng, 15, 40) * 100}字，包含背景、核心公式推导、"
            f"{angle_zh}，以及例题和详细解答。",
        ))
    return pick(rng, (
        f"Explain {c} ({field}) as a section of a graduate textbook: formal definition, intuition, full derivation, "
        f"{irange(rng, 1, 4)} worked numerical example(s) and common misconceptions, with emphasis on {angle}. "
        f"Use LaTeX for equations.",
        f"Write lecture notes on {c} for a {field} course, about {irange(rng, 8, 20) * 100} words, covering "
        f"{angle}, with a worked exercise and its full solution at the end.",
        f"{c}: derive the main result from first principles, then give {irange(rng, 2, 5)} exam-style questions "
        f"with model answers.",
    ))


# ============================================================================================
# one-word labels of free text (family jota)

_INTENTS = ("coding", "writing", "math", "advice", "trivia", "translation", "roleplay", "business", "other")


def label_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    text = _clip(pick(rng, chat), 20, 600, rng)
    style = irange(rng, 0, 4)
    if style == 0:
        return (f"Classify the user message into exactly one of: {', '.join(_INTENTS)}. Respond with the label "
                f'only.\n\nMessage:\n"""{text}"""')
    if style == 1:
        return f"label?\ncategories={'|'.join(_INTENTS)}\ntext={text}\n->"
    if style == 2:
        return f"On a scale 1-5, how hard is it to answer this request well? Output one digit.\n\n{text}"
    if style == 3:
        return f"Which language is this written in? Reply with the ISO 639-1 code only.\nText: {text}"
    return (f"Is the following request safe to answer (SAFE), borderline (BORDER) or should it be refused "
            f"(REFUSE)? One word.\n---\n{text}\n---")


# ============================================================================================
# benign: people trying a newly released model (kind bowline)

_TRYOUTS = (
    "hi! are you the new model? what changed compared to the previous version?",
    "what's your knowledge cutoff?",
    "Write a haiku about {x}.",
    "how many r's are in the word strawberry",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much is the ball? explain",
    "tell me a joke about {x}",
    "can you help me write a cover letter for a {j} job",
    "summarize the plot of {b} in 5 bullet points",
    "Is {n} a prime number? show your work",
    "explain {x} like I'm five",
    "write a python script that renames all files in a folder by date",
    "what should I cook tonight with {f}",
    "I just got access to frontier-2, give me 5 fun things to try",
    "solve: if 3 painters paint 3 walls in 3 hours, how long for 9 painters to paint 9 walls? think step by step",
    "translate 'see you tomorrow at the station' into {lang}",
)
_X = ("quantum computing", "cats", "Monday mornings", "the stock market", "black holes", "coffee", "recursion",
      "inflation", "photosynthesis", "jet lag")
_JOBS = ("nursing", "barista", "data analyst", "warehouse", "teaching assistant", "UX designer")
_BOOKS = ("Hamlet", "The Great Gatsby", "Pride and Prejudice", "Dune", "1984", "Things Fall Apart")
_FRIDGE = ("eggs, spinach and feta", "rice and leftover chicken", "chickpeas and tomatoes", "tofu and broccoli")
_LANGS = ("Japanese", "Portuguese", "Swahili", "German", "Korean", "Turkish")


def tryout_prompt(rng: np.random.Generator) -> str:
    return pick(rng, _TRYOUTS).format(x=pick(rng, _X), j=pick(rng, _JOBS), b=pick(rng, _BOOKS),
                                      n=irange(rng, 1001, 99999), f=pick(rng, _FRIDGE), lang=pick(rng, _LANGS))


# ============================================================================================
# benign: e-commerce catalogue copy (kind carrick)

_PRODUCTS = {
    "apparel": ("linen shirt", "rain jacket", "wool socks", "denim skirt", "hooded sweatshirt"),
    "home": ("ceramic vase", "bamboo cutting board", "blackout curtain", "memory-foam pillow", "wall clock"),
    "outdoor": ("two-person tent", "trekking poles", "insulated bottle", "headlamp", "camping stove"),
    "electronics": ("wireless earbuds", "USB-C charger", "smart plug", "portable SSD", "webcam"),
    "beauty": ("vitamin C serum", "clay mask", "beard oil", "sunscreen SPF50", "hair dryer"),
}
_MATERIALS = {"apparel": ("organic cotton", "linen", "merino wool", "recycled polyester"),
              "home": ("stoneware", "bamboo", "oak", "polyester blend", "glass"),
              "outdoor": ("ripstop nylon", "aluminium", "stainless steel", "carbon fibre"),
              "electronics": ("ABS plastic", "aluminium", "recycled plastic"),
              "beauty": ("vegan formula", "glass bottle", "recyclable tube")}
_COLOURS = ("sage green", "charcoal", "ivory", "navy", "terracotta", "matte black", "sand")
_TONES = ("playful", "premium", "technical", "eco-conscious", "minimal", "warm")
_CAT_LANGS = ("English", "German", "French", "Spanish", "Japanese", "Portuguese (Brazil)", "Italian", "Dutch")


def catalogue_prompt(rng: np.random.Generator, house_style: int, langs: list[str]) -> str:
    cat = pick(rng, sorted(_PRODUCTS))
    attrs = {"sku": f"{cat[:3].upper()}-{irange(rng, 10000, 99999)}", "name": pick(rng, _PRODUCTS[cat]),
             "colour": pick(rng, _COLOURS), "material": pick(rng, _MATERIALS[cat]),
             "price": round(float(rng.uniform(8, 240)), 2)}
    lang = pick(rng, langs)
    if house_style == 0:
        return (f"Write a product description for our online shop.\nProduct data: {json.dumps(attrs)}\n"
                f"Tone: {pick(rng, _TONES)}. Language: {lang}. 80-120 words, then 3 bullet points of key features, "
                f"then an SEO meta description under 155 characters.")
    if house_style == 1:
        return (f"[catalog-sync] lang={lang} channel={pick(rng, ('web', 'marketplace', 'newsletter'))}\n"
                f"Create title (max 70 chars), short description and long description for: "
                f"{attrs['name']}, {attrs['colour']}, {attrs['material']}, SKU {attrs['sku']}. No superlatives, "
                f"no health claims.")
    return (f"Translate and adapt this product text into {lang}, keeping the brand voice ({pick(rng, _TONES)}) and "
            f"units appropriate for the market:\n\n\"{attrs['name'].capitalize()} in {attrs['colour']}, made from "
            f"{attrs['material']}. Designed for everyday use and built to last.\"")


# ============================================================================================
# benign: course autograder (kind prusik)

_COURSES = ("CS101 Intro to Programming", "ECON 210 Microeconomics", "HIST 150 Modern World", "BIO 230 Genetics",
            "ENG 102 Academic Writing", "STAT 200 Applied Statistics", "PHIL 120 Ethics")


def grading_prompt(rng: np.random.Generator, course: str, chat: list[str], passages: list[str]) -> str:
    sub = _clip(pick(rng, passages) if chance(rng, 0.7) else pick(rng, chat), 200, 1500, rng)
    pts = irange(rng, 3, 6)
    crit = rng.choice(("thesis clarity", "use of evidence", "correctness", "code style", "organisation",
                       "citations", "depth of analysis", "grammar"), size=pts, replace=False).tolist()
    rubric = "; ".join(f"{c} ({irange(rng, 2, 10)} pts)" for c in crit)
    return (f"You are a teaching assistant for {course}. Assignment {irange(rng, 1, 9)}, student "
            f"{irange(rng, 100000, 999999)}. Grade the submission strictly against the rubric and give "
            f"constructive feedback addressed to the student. Return JSON: {{\"scores\": {{criterion: points}}, "
            f"\"total\": int, \"feedback\": str}}.\nRubric: {rubric}\n\nSubmission:\n{sub}")


# ============================================================================================
# benign: fictitious test fixtures for software QA (kind munter)

_ENTITIES = {
    "customer": ("id", "first_name", "last_name", "email", "phone", "address", "date_of_birth", "loyalty_tier"),
    "invoice": ("invoice_no", "issue_date", "due_date", "currency", "line_items", "vat_rate", "total"),
    "patient_visit": ("visit_id", "mrn", "department", "admitted_at", "discharged_at", "icd10_codes"),
    "shipment": ("tracking_id", "origin", "destination", "weight_kg", "status", "events"),
    "bank_txn": ("txn_id", "iban", "amount", "booking_date", "counterparty", "reference"),
}
_LOCALES = ("en_GB", "de_DE", "pt_BR", "ja_JP", "hi_IN", "fr_CA", "es_MX", "pl_PL")
_EDGES = ("unicode names", "empty optional fields", "leap-day dates", "very long addresses", "negative amounts",
          "duplicate emails", "mixed time zones", "maximum-length strings")


def fixture_prompt(rng: np.random.Generator, repo: str) -> str:
    ent = pick(rng, sorted(_ENTITIES))
    n = pick(rng, (10, 20, 25, 50))
    edges = ", ".join(rng.choice(_EDGES, size=irange(rng, 1, 3), replace=False).tolist())
    return (f"Generate {n} realistic but entirely fictitious {ent} records as a JSON array for automated tests "
            f"in {repo}. Fields: {', '.join(_ENTITIES[ent])}. Locale: {pick(rng, _LOCALES)}. Include edge cases: "
            f"{edges}. Output only the JSON, no commentary.")


# ============================================================================================
# benign: a product team's regression suite, compared across models (kind klemheist)

def suite_item(rng: np.random.Generator, product: str) -> str:
    kind = irange(rng, 0, 3)
    if kind == 0:
        a, b, c = irange(rng, 2, 40), irange(rng, 2, 15), irange(rng, 2, 9)
        return (f"{pick(rng, NAMES)} buys {a} notebooks at ${b} each and gets a {c * 5}% discount on the total. "
                f"How much does {pick(rng, ('she', 'he', 'they'))} pay? Think step by step, then give the final "
                f"number after '####'.")
    if kind == 1:
        return (f"[{product} eval] Extract all dates, amounts and party names from the following clause as JSON.\n"
                f"\"This agreement between {pick(rng, NAMES)} Ltd and {pick(rng, NAMES)} GmbH dated "
                f"{irange(rng, 1, 28)}/{irange(rng, 1, 12)}/2025 sets a fee of {irange(rng, 2, 90) * 1000} EUR "
                f"payable within {pick(rng, (14, 30, 60))} days.\"")
    if kind == 2:
        return (f"Write a Python function `{pick(rng, ('dedupe', 'chunk', 'flatten', 'rolling_mean', 'top_k'))}` "
                f"with type hints and a docstring, plus three pytest tests. Keep it under 40 lines.")
    country, capital, wrong = pick(rng, _CAPITALS)
    opts = [capital, *wrong]
    order = rng.permutation(4).tolist()
    listed = "  ".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    return f"Answer with a single letter. What is the capital of {country}? {listed}"


_CAPITALS = (("Kenya", "Nairobi", ("Mombasa", "Kisumu", "Nakuru")),
             ("Canada", "Ottawa", ("Toronto", "Vancouver", "Montreal")),
             ("Australia", "Canberra", ("Sydney", "Melbourne", "Perth")),
             ("Turkey", "Ankara", ("Istanbul", "Izmir", "Bursa")),
             ("Brazil", "Brasilia", ("Rio de Janeiro", "Sao Paulo", "Salvador")),
             ("Nigeria", "Abuja", ("Lagos", "Kano", "Ibadan")),
             ("Vietnam", "Hanoi", ("Ho Chi Minh City", "Da Nang", "Hue")),
             ("Switzerland", "Bern", ("Zurich", "Geneva", "Basel")),
             ("Morocco", "Rabat", ("Casablanca", "Marrakesh", "Fez")),
             ("New Zealand", "Wellington", ("Auckland", "Christchurch", "Dunedin")))

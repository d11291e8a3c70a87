"""Prompt generators of batch 184, written for this batch only.

Every generator takes a numpy Generator (and sometimes shared ShareGPT text from the context) and
returns one prompt string. Templates come in several independent styles and languages so that no
single phrase marks a family; wording was written fresh for this package.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

#: (domain, concept) pairs: the syllabus a harvesting operator sweeps or a student asks about
SYLLABUS: dict[str, tuple[str, ...]] = {
    "mathematics": (
        "eigenvalues",
        "the chain rule",
        "Bayes' theorem",
        "modular arithmetic",
        "the binomial theorem",
        "Lagrange multipliers",
        "Fourier series",
        "group homomorphisms",
        "the central limit theorem",
        "Taylor expansions",
        "linear programming duality",
        "Markov chains",
        "induction proofs",
        "the pigeonhole principle",
        "complex roots of unity",
        "determinants",
        "integration by parts",
        "convex functions",
        "graph colouring",
        "generating functions",
    ),
    "physics": (
        "Noether's theorem",
        "the photoelectric effect",
        "entropy",
        "special relativity time dilation",
        "Maxwell's equations",
        "the Doppler effect",
        "quantum tunnelling",
        "angular momentum",
        "the ideal gas law",
        "Bernoulli's principle",
        "semiconductor band gaps",
        "black-body radiation",
        "simple harmonic motion",
        "the Carnot cycle",
        "Lenz's law",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "hybridisation",
        "buffer solutions",
        "reaction kinetics",
        "chirality",
        "electronegativity",
        "Gibbs free energy",
        "SN1 versus SN2 reactions",
        "oxidation states",
        "colligative properties",
        "crystal field theory",
        "titration curves",
    ),
    "biology": (
        "CRISPR-Cas9",
        "the Krebs cycle",
        "meiosis",
        "allosteric regulation",
        "the immune synapse",
        "Hardy-Weinberg equilibrium",
        "photosynthesis light reactions",
        "epigenetic methylation",
        "action potentials",
        "horizontal gene transfer",
        "the lac operon",
        "apoptosis",
    ),
    "computer science": (
        "dynamic programming",
        "Dijkstra's algorithm",
        "B-trees",
        "the CAP theorem",
        "Raft consensus",
        "garbage collection",
        "TCP congestion control",
        "hash collisions",
        "NP-completeness",
        "public-key cryptography",
        "transformer attention",
        "gradient descent",
        "bloom filters",
        "virtual memory paging",
        "the actor model",
        "regular expressions backtracking",
        "database isolation levels",
        "LSM trees",
        "vector clocks",
        "tail-call optimisation",
    ),
    "economics": (
        "comparative advantage",
        "the Phillips curve",
        "moral hazard",
        "price elasticity",
        "quantitative easing",
        "game-theoretic Nash equilibria",
        "the tragedy of the commons",
        "purchasing power parity",
        "deadweight loss",
        "the Solow growth model",
    ),
    "law": (
        "consideration in contract law",
        "the doctrine of precedent",
        "strict liability",
        "fair use",
        "adverse possession",
        "the presumption of innocence",
        "force majeure clauses",
        "GDPR lawful bases",
        "mens rea",
        "judicial review",
    ),
    "medicine": (
        "beta blockers",
        "type 2 diabetes management",
        "sepsis criteria",
        "antibiotic resistance",
        "the renin-angiotensin system",
        "vaccine adjuvants",
        "atrial fibrillation",
        "pharmacokinetic half-life",
        "differential diagnosis of chest pain",
        "iron-deficiency anaemia",
    ),
    "history": (
        "the causes of the First World War",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Columbian exchange",
        "the printing revolution",
        "the partition of India",
        "the Congress of Vienna",
        "the Silk Road trade",
        "decolonisation in Africa",
        "the Industrial Revolution in Britain",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "the ship of Theseus",
        "utilitarianism",
        "Descartes' cogito",
        "the problem of induction",
        "virtue ethics",
        "Rawls' veil of ignorance",
        "the Chinese room argument",
        "existentialism",
    ),
}


def all_concepts() -> list[tuple[str, str]]:
    return [(d, c) for d, cs in SYLLABUS.items() for c in cs]


LANGS = (
    "en",
    "es",
    "de",
    "fr",
    "pt",
    "zh",
    "ru",
    "ja",
    "id",
    "hi",
    "tr",
    "vi",
    "ar",
    "ko",
    "it",
    "pl",
)

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Brazilian Portuguese",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "id": "Indonesian",
    "hi": "Hindi",
    "tr": "Turkish",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "ko": "Korean",
    "it": "Italian",
    "pl": "Polish",
}


def weighted(rng: np.random.Generator, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def clip_text(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# word problems (reasoning harvest and evaluation suites)


def _word_problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    who = pick(rng, NAMES)
    if k == 0:
        return (
            f"{who} fills a tank at {a} litres per minute while a leak drains {b % a + 1} litres per "
            f"minute. The tank holds {a * c * 7} litres. How long until it is full?"
        )
    if k == 1:
        return (
            f"A bag has {a} red and {b} blue marbles. {c} marbles are drawn without replacement. "
            f"What is the probability that exactly two of them are blue?"
        )
    if k == 2:
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). "
            f"{who} says: 'Exactly {c % 4 + 1} of the {c % 4 + 3} of us are knaves.' "
            f"{pick(rng, NAMES)} says: '{who} is a knave.' Who is what?"
        )
    if k == 3:
        return f"Find all integers n with 1 <= n <= {a * 10} such that n^2 + {b} is divisible by {c + 1}."
    if k == 4:
        return (
            f"A train leaves at {irange(rng, 5, 11)}:{irange(rng, 10, 59)} travelling {a + 40} km/h. "
            f"A second train leaves the same station {c * 5} minutes later at {a + 60} km/h. "
            f"When and where does the second one catch up?"
        )
    if k == 5:
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and its diagonal is {round((a * a + b * b) ** 0.5, 2)} cm. "
            f"Find its area and justify every step."
        )
    if k == 6:
        return (
            f"What does this function return for f({c})?\n\ndef f(n):\n    if n < 2:\n        return n\n"
            f"    return f(n - 1) + {b % 5 + 1} * f(n - 2)"
        )
    return (
        f"{who} invests {a * 100} dollars at {c}% annual interest compounded monthly and adds "
        f"{b * 10} dollars at the end of each month. What is the balance after {c + 1} years?"
    )


_PROBLEM_OTHER = {
    "zh": (
        "一个水池有两个进水管，甲管单独注满需要{a}小时，乙管需要{b}小时。两管同时开放，多少小时注满？",
        "袋子里有{a}个红球和{b}个白球，随机取出{c}个，求恰好有两个白球的概率。",
        "一件商品先涨价{c}%，再降价{c}%，最终价格是原价的百分之几？原价为{a}元。",
        "求所有满足 1 ≤ n ≤ {a} 且 n² + {b} 能被 {c} 整除的整数 n。",
    ),
    "es": (
        "Un grifo llena un depósito en {a} horas y otro en {b} horas. ¿Cuánto tardan los dos juntos?",
        "En una urna hay {a} bolas rojas y {b} azules. Se sacan {c} sin reemplazo. ¿Probabilidad de que salgan exactamente dos azules?",
        "Un coche recorre {a} km a {b} km/h y vuelve a {c} km/h. ¿Cuál es su velocidad media?",
        "Demuestra que la suma de los primeros {a} números impares es un cuadrado perfecto.",
    ),
    "ru": (
        "Бассейн наполняется первой трубой за {a} часов, второй — за {b}. За сколько часов наполнят обе трубы?",
        "В урне {a} красных и {b} синих шаров. Вынимают {c} шаров. Какова вероятность, что ровно два синих?",
        "Найдите все целые n от 1 до {a}, для которых n² + {b} делится на {c}.",
        "Цену товара подняли на {c}%, затем снизили на {c}%. Сколько стоит товар, если сначала он стоил {a} рублей?",
    ),
    "de": (
        "Ein Zug fährt mit {a} km/h los, ein zweiter startet {c} Minuten später mit {b} km/h mehr. Wann holt er auf?",
        "In einer Urne liegen {a} rote und {b} blaue Kugeln. Man zieht {c}. Wie groß ist die Wahrscheinlichkeit für genau zwei blaue?",
        "Zeige, dass für alle natürlichen n gilt: {c} teilt n^{c} - n, falls {c} eine Primzahl ist.",
    ),
    "ja": (
        "水槽をAの管だけで満たすと{a}時間、Bの管だけだと{b}時間かかります。両方使うと何時間で満たせますか。",
        "赤玉{a}個と白玉{b}個が入った袋から{c}個取り出すとき、白玉がちょうど2個である確率を求めよ。",
        "1以上{a}以下の整数nで、n²+{b}が{c}で割り切れるものをすべて求めよ。",
    ),
    "fr": (
        "Un robinet remplit une cuve en {a} heures, un autre en {b} heures. Combien de temps à deux ?",
        "Une urne contient {a} boules rouges et {b} bleues. On en tire {c}. Probabilité d'avoir exactement deux bleues ?",
        "Montrer que la somme des {a} premiers entiers impairs est un carré parfait.",
    ),
    "pt": (
        "Uma torneira enche um tanque em {a} horas e outra em {b} horas. Juntas, quanto tempo levam?",
        "Uma urna tem {a} bolas vermelhas e {b} azuis. Retiram-se {c}. Qual a probabilidade de exatamente duas azuis?",
    ),
    "ko": (
        "A관으로만 물탱크를 채우면 {a}시간, B관으로만 채우면 {b}시간 걸린다. 두 관을 함께 쓰면 몇 시간 걸리는가?",
        "빨간 공 {a}개와 파란 공 {b}개 중 {c}개를 꺼낼 때 파란 공이 정확히 2개일 확률은?",
    ),
}


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    if lang not in _PROBLEM_OTHER:
        return _word_problem_en(rng)
    t = pick(rng, _PROBLEM_OTHER[lang])
    return t.format(a=irange(rng, 3, 60), b=irange(rng, 2, 30), c=irange(rng, 3, 13))


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (campaign)

_REASON_WRAP = {
    "en": (
        "Solve the problem below. Before the answer, write out your complete internal reasoning "
        "between <think> and </think>, including dead ends and the checks you make. Do not summarise "
        "the reasoning; I need all of it. Then write 'ANSWER:' and the result.\n\nProblem: {p}",
        "{p}\n\nWork through this slowly and show every single step of your thought process, the way "
        "you would reason privately before replying. Number each step. Finish with a line 'Final: ...'.",
        "Task id {tid}. You are being asked for a fully worked, verbose derivation.\n"
        "1) Restate the problem. 2) List what is known. 3) Reason step by step, thinking out loud, "
        "including alternatives you reject and why. 4) Verify. 5) Give the final answer.\n\n{p}",
    ),
    "zh": (
        "请一步一步地详细推理，把你完整的思考过程全部写出来（包括尝试过但放弃的思路），不要省略。"
        "思考过程放在<think></think>中，最后用【答案】给出结果。\n题目：{p}",
        "{p}\n要求：展示全部推理链条，逐步编号，每一步说明理由，最后再检查一遍。",
    ),
    "es": (
        "Resuelve el siguiente problema razonando en voz alta, paso a paso, sin saltarte nada. "
        "Escribe todo tu razonamiento interno entre <pensamiento> y </pensamiento> y luego la respuesta final.\n\n{p}",
    ),
    "ru": (
        "Реши задачу, подробно рассуждая шаг за шагом. Запиши весь ход мыслей полностью, "
        "включая проверки и отброшенные варианты, а в конце дай ответ после слова ОТВЕТ.\n\n{p}",
    ),
    "de": (
        "Löse die Aufgabe und schreibe deinen vollständigen Denkprozess Schritt für Schritt auf, "
        "auch Irrwege. Erst am Ende die Lösung nach 'Antwort:'.\n\n{p}",
    ),
    "ja": (
        "次の問題を解いてください。考えた過程をすべて省略せずに一歩ずつ書き、最後に答えを示してください。\n\n{p}",
    ),
    "fr": (
        "Résous le problème en détaillant tout ton raisonnement interne, étape par étape, "
        "y compris les vérifications. Donne la réponse finale à la fin.\n\n{p}",
    ),
    "ko": (
        "다음 문제를 풀 때 생각하는 과정을 빠짐없이 단계별로 모두 적고, 마지막에 답을 쓰세요.\n\n{p}",
    ),
    "pt": (
        "Resolva o problema mostrando todo o seu raciocínio interno passo a passo, sem resumir. "
        "No final escreva 'Resposta:'.\n\n{p}",
    ),
}


def reasoning_coerce(rng: np.random.Generator, lang: str, style: int) -> str:
    k = pick(rng, ("problem", "problem", "problem", "concept", "code"))
    if k == "concept" or lang not in _PROBLEM_OTHER and lang != "en":
        dom, con = pick(rng, all_concepts())
        p = f"Explain {con} ({dom}) rigorously, then apply it to a worked example of your choice."
        if lang == "zh":
            p = f"严谨地解释{con}（{dom}），然后用一个具体例题演示。"
    elif k == "code":
        p = (
            f"Is the following claim true? 'Any algorithm that uses {pick(rng, ('a stack', 'a heap', 'two pointers', 'memoisation'))} "
            f"to solve {pick(rng, ('interval scheduling', 'longest increasing subsequence', 'edit distance', 'top-k selection'))} "
            f"runs in O(n log n).' Prove or refute."
        )
    else:
        p = word_problem(rng, lang)
    wraps = _REASON_WRAP.get(lang, _REASON_WRAP["en"])
    return wraps[style % len(wraps)].format(p=p, tid=f"{int(rng.integers(10**6, 10**7))}")


# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading (campaign) and pre-labelling (benign)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "reasoning quality",
    "tone",
    "completeness",
    "code correctness",
    "citation quality",
)


def judge_pairwise(rng: np.random.Generator, question: str, a: str, b: str, style: int) -> str:
    crit = ", ".join(list(rng.choice(_CRITERIA, size=irange(rng, 2, 5), replace=False)))
    if style == 0:
        return (
            "You are an impartial expert evaluator. Compare the two assistant responses to the user "
            f"query on {crit}. Think carefully, then output JSON exactly as "
            '{"reasoning": "...", "score_a": <1-10>, "score_b": <1-10>, "preferred": "A"|"B"|"tie"}.\n\n'
            f"[Query]\n{question}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == 1:
        return (
            f"### Instruction\n{question}\n\n### Candidate 1\n{a}\n\n### Candidate 2\n{b}\n\n"
            "### Your job\nWhich candidate would a careful human expert prefer? Give a detailed "
            f"critique of each with respect to {crit}, then a verdict line 'VERDICT: 1', 'VERDICT: 2' "
            "or 'VERDICT: TIE' and a confidence between 0 and 1."
        )
    if style == 2:
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 für jedes "
            f"Kriterium ({crit}). Begründe jede Note ausführlich und gib am Ende einen Gesamtwert.\n\n"
            f"Frage: {question}\n\nAntwort: {a}"
        )
    if style == 3:
        return (
            "Act as a reward model. Read the prompt and the response and return a single real-valued "
            "reward between -5 and 5, preceded by a step-by-step justification. Penalise hallucination "
            f"and verbosity; reward {crit}.\n<prompt>{question}</prompt>\n<response>{a}</response>"
        )
    return (
        "以下是用户问题和两个模型回答。请从" + crit + "等方面逐条分析，给出每个回答的分数（1-10），"
        f"并说明哪个更好以及原因。\n问题：{question}\n回答A：{a}\n回答B：{b}"
    )


def prelabel(rng: np.random.Generator, question: str, a: str, b: str, client: str) -> str:
    """A labelling vendor's pre-annotation call: guideline excerpt + item, short verdict wanted."""
    g = irange(rng, 2, 14)
    if chance(rng, 0.5):
        return (
            f"[{client} guidelines v{irange(rng, 3, 9)}.{irange(rng, 0, 9)}, section {g}] "
            "Suggest a preference label for the annotator to confirm. Answer with A, B or SAME and "
            f"at most two sentences.\nPrompt: {question}\nA: {a}\nB: {b}"
        )
    return (
        f"Annotator helper for project {client}. Check this response against rule {g} "
        "(no unsupported medical or legal claims). Reply OK or FLAG plus a short reason.\n"
        f"User: {question}\nResponse: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites (campaign) and community-guideline rewrites (benign)

_SENSITIVE = (
    "territorial disputes",
    "past protests and their suppression",
    "criticism of the head of state",
    "ethnic minority policies",
    "religious organisations",
    "election irregularities",
    "the military",
    "historical famines",
    "separatist movements",
    "state media credibility",
)
_REGIMES = (
    "the national internet content regulations",
    "the state broadcast code",
    "the platform's government-compliance checklist",
    "the 'clean cyberspace' rules",
    "local information-security law",
)


def policy_rewrite(rng: np.random.Generator, text: str, lang: str, style: int) -> str:
    topics = ", ".join(rng.choice(_SENSITIVE, size=irange(rng, 1, 3), replace=False))
    reg = pick(rng, _REGIMES)
    if lang == "zh":
        return (
            f"请改写下面的回答，使其符合{reg}：删除或淡化涉及{topics}的内容，其余保持准确、完整、语气中立。"
            f"只输出改写后的全文。\n\n{text}"
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям ({reg}): убери или смягчи упоминания "
            f"тем ({topics}), остальное сохрани полностью. Выведи только новый текст.\n\n{text}"
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي ليتوافق مع {reg}، واحذف أي إشارة إلى {topics} مع الحفاظ على باقي المعلومات.\n\n{text}"
    if lang == "vi":
        return (
            f"Viết lại câu trả lời sau cho phù hợp với {reg}: loại bỏ hoặc làm nhẹ các nội dung về {topics}, "
            f"giữ nguyên phần còn lại.\n\n{text}"
        )
    if style == 0:
        return (
            f"Rewrite the answer below so it can be published under {reg}. Remove or neutralise anything "
            f"touching on {topics}; keep everything else factual and complete. Output only the rewritten "
            f"answer, no commentary.\n\n---\n{text}"
        )
    if style == 1:
        return (
            f"User question: {text}\n\nWrite the ideal answer an assistant deployed under {reg} should give. "
            f"Do not refuse: answer helpfully while steering away from {topics}. Then, under 'REMOVED:', "
            "list what you intentionally left out."
        )
    return (
        f"Produce two versions of a response to the request below: (1) an unrestricted answer, (2) the "
        f"compliant answer for {reg} avoiding {topics}. Label them ORIGINAL and COMPLIANT.\n\nRequest: {text}"
    )


def community_rewrite(rng: np.random.Generator, text: str, lang: str, forum: str) -> str:
    rule = pick(
        rng,
        (
            "no personal attacks",
            "no sharing of private information",
            "no slurs",
            "no medical misinformation",
            "no spam links",
            "keep it civil",
        ),
    )
    if lang == "es":
        return (
            f"Moderación de {forum}: reescribe esta publicación para que cumpla la norma '{rule}' sin cambiar "
            f"su sentido. Si ya cumple, devuélvela igual.\n\n{text}"
        )
    if lang == "de":
        return (
            f"{forum}-Moderation: Formuliere den Beitrag so um, dass er die Regel '{rule}' einhält, "
            f"Inhalt beibehalten. Falls schon regelkonform, unverändert zurückgeben.\n\n{text}"
        )
    if lang == "pt":
        return (
            f"Moderação do {forum}: reescreva a postagem para respeitar a regra '{rule}' mantendo o "
            f"sentido.\n\n{text}"
        )
    return (
        f"{forum} moderation assist. The post below was reported under the rule '{rule}'. Suggest a "
        "minimally edited version the author could accept, keeping their meaning; if nothing breaks the "
        f"rule, return it unchanged and say NO CHANGE.\n\nPost:\n{text}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (campaign) and coding-agent steps (benign)

_TOOLS = (
    "web_search(query)",
    "open_url(url)",
    "python(code)",
    "sql(query)",
    "send_email(to, subject, body)",
    "calendar_create(title, start, end)",
    "file_read(path)",
    "file_write(path, content)",
    "weather(city)",
    "currency_convert(amount, from, to)",
    "flight_search(origin, dest, date)",
    "shell(cmd)",
    "crm_lookup(customer_id)",
    "jira_create(summary, description)",
)
_AGENT_TASKS = (
    "Book the cheapest refundable flight from {c1} to {c2} next Tuesday and add it to my calendar.",
    "Find the three most cited papers on {con} since 2020 and email a summary to {n}.",
    "Our revenue table is in sales.db. Compute month-over-month growth for {c1} and plot it.",
    "Check whether it will rain in {c1} on Saturday and reschedule the picnic with {n} if so.",
    "Convert the invoice total of {amt} EUR to {cur}, then create a Jira ticket for finance.",
    "Debug why the nightly job fails with 'KeyError: {key}' and write a fix.",
    "Research competitors of a {c1}-based bakery chain and draft a one-page memo.",
    "Look up customer {cid} in the CRM and draft a reply to their complaint about late delivery.",
)


def agent_task(rng: np.random.Generator) -> str:
    dom, con = pick(rng, all_concepts())
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        con=con,
        n=pick(rng, NAMES),
        amt=irange(rng, 100, 90000),
        cur=pick(rng, ("USD", "JPY", "GBP", "INR", "BRL")),
        key=pick(rng, ("user_id", "ts", "amount", "region", "sku")),
        cid=irange(rng, 10000, 99999),
    )


def agent_step(
    rng: np.random.Generator, task: str, step: int, style: int, tools: Sequence[str]
) -> str:
    """One call of a scripted trajectory generator: first the task, then observations."""
    spec = "; ".join(tools)
    if step == 0:
        if style == 0:
            return (
                f"You are an autonomous agent. Available tools: {spec}.\nAt every turn output a JSON object "
                '{"thought": <detailed reasoning>, "action": <tool name>, "action_input": <args>} or '
                '{"thought": ..., "final_answer": ...} when done.\n\nTask: ' + task
            )
        if style == 1:
            return (
                f"<tools>{spec}</tools>\n<task>{task}</task>\nPlan the whole solution first in <plan>, then emit "
                "the first <tool_call>. Explain your reasoning before every call."
            )
        return (
            f"SYSTEM: function-calling agent. Functions: {spec}.\nUSER: {task}\n"
            "Respond with your reasoning, then exactly one function call in the form name(args)."
        )
    tool = pick(rng, tools).split("(")[0]
    obs = pick(
        rng,
        (
            f"{irange(rng, 2, 40)} results returned; top result: '{pick(rng, all_concepts())[1]} — overview'",
            f"status=200, {irange(rng, 1, 900)} rows",
            f"Error: timeout after {irange(rng, 5, 60)}s",
            f"ok (id={int(rng.integers(10**5, 10**6))})",
            f"file contents: {irange(rng, 20, 400)} lines, last line 'return result'",
            "empty result",
        ),
    )
    if style == 0:
        return f"Observation ({tool}): {obs}\nContinue. Output the next JSON object."
    if style == 1:
        return f'<tool_result name="{tool}">{obs}</tool_result>\nContinue with the next step.'
    return f"FUNCTION RESULT [{tool}]: {obs}\nUSER: go on"


_DEV_FILES = (
    "src/api/routes.py",
    "app/models/user.ts",
    "internal/queue/worker.go",
    "lib/parser.rs",
    "tests/test_billing.py",
    "web/components/Table.tsx",
    "cmd/server/main.go",
    "pkg/cache/lru.go",
    "services/auth/session.py",
    "frontend/src/hooks/useFetch.ts",
)


def coding_agent_step(rng: np.random.Generator, step: int, chat: Sequence[str]) -> str:
    f = pick(rng, _DEV_FILES)
    if step == 0:
        return (
            pick(rng, chat)
            if chance(rng, 0.5)
            else (
                f"{pick(rng, ('fix', 'refactor', 'add tests for', 'speed up', 'document'))} "
                f"{pick(rng, ('the pagination bug', 'the retry logic', 'session expiry', 'CSV export', 'the flaky test'))} in {f}"
            )
        )
    return pick(
        rng,
        (
            f"Tool output (read_file {f}):\n{irange(rng, 30, 600)} lines read.",
            f"Tool output (run_tests): {irange(rng, 0, 4)} failed, {irange(rng, 20, 300)} passed",
            f"Tool output (apply_diff {f}): applied {irange(rng, 1, 6)} hunks",
            f"Tool output (grep '{pick(rng, ('TODO', 'def ', 'import ', 'retry'))}'): {irange(rng, 0, 40)} matches",
            "Tool output (run_shell): exit code 1\nModuleNotFoundError",
            "User approved the change. Continue.",
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation (campaign) and augmentation (benign)

_PERSONAS = (
    "a first-year nursing student",
    "a retired engineer",
    "a small-business owner in {c}",
    "a competitive programmer",
    "a high-school chemistry teacher",
    "a paralegal",
    "a data analyst",
    "a novelist researching {c}",
    "a curious ten-year-old",
    "a junior DevOps engineer",
    "a farmer in {c}",
    "a medical resident",
    "an investment banker",
    "a museum curator",
)


def persona(rng: np.random.Generator) -> str:
    return pick(rng, _PERSONAS).format(c=pick(rng, COUNTRIES))


def synth_dataset(rng: np.random.Generator, lang: str, style: int) -> str:
    dom, con = pick(rng, all_concepts())
    n = int(pick(rng, (5, 8, 10, 12, 15, 20, 25)))
    who = persona(rng)
    ln = LANG_NAMES[lang]
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs in {ln} about {con} ({dom}), as "
            f"asked by {who}. Vary difficulty and format (questions, tasks, edge cases). Responses must be "
            'complete, detailed and correct. Output JSON Lines with keys "instruction", "input", "output".'
        )
    if style == 1:
        return (
            f"Write a realistic {irange(rng, 4, 10)}-turn conversation in {ln} between {who} and a very "
            f"knowledgeable AI assistant on {con}. The assistant should explain thoroughly with examples. "
            'Return a JSON list of {"role", "content"} objects only.'
        )
    if style == 2:
        return (
            f"Create {n} challenging exam questions on {con} with full worked solutions and a final answer "
            f"each, written in {ln}. Number them. Mark difficulty 1-5. No preamble."
        )
    if style == 3:
        return (
            f"seed={int(rng.integers(0, 10**9))} lang={lang} domain={dom} topic={con} n={n}\n"
            "Produce synthetic SFT samples: a user prompt and an ideal assistant answer (long-form, "
            "expert level, markdown allowed). Separate samples with ===."
        )
    return (
        f"For the topic '{con}', list {n} common misconceptions; for each give the wrong belief, the "
        f"correct explanation in detail, and an example question that exposes it. Language: {ln}."
    )


_INTENTS = (
    "card_lost",
    "balance_inquiry",
    "transfer_failed",
    "change_address",
    "dispute_charge",
    "loan_rates",
    "open_savings",
    "atm_withdrawal_issue",
    "pin_reset",
    "foreign_fees",
    "close_account",
    "mortgage_status",
)
_UTTER = {
    "card_lost": "I think I left my card at the restaurant yesterday",
    "balance_inquiry": "how much money do I have right now",
    "transfer_failed": "my transfer to my landlord didn't go through",
    "change_address": "I moved, need to update my address",
    "dispute_charge": "there's a charge I don't recognise from last week",
    "loan_rates": "what are your rates for a car loan",
    "open_savings": "I want to start a savings account for my kid",
    "atm_withdrawal_issue": "the ATM took my money but gave me nothing",
    "pin_reset": "forgot my PIN again",
    "foreign_fees": "will I pay fees using my card in Japan",
    "close_account": "please close my account",
    "mortgage_status": "any update on my mortgage application",
}


def augment_intent(rng: np.random.Generator, bank: str, lang: str) -> str:
    it = pick(rng, _INTENTS)
    n = int(pick(rng, (10, 15, 20, 25, 30)))
    return (
        f'[{bank} NLU data] Intent: {it}. Seed utterance: "{_UTTER[it]}". Write {n} paraphrases a real '
        f"customer might type in {LANG_NAMES[lang]}, including typos, slang and very short forms. One per line, "
        "no numbering."
    )


# --------------------------------------------------------------------------------------------
# casual questions (crowd harvest, aged accounts) and student questions (cohort)

_CASUAL_EN = (
    "hey can you explain {c} like I'm not a specialist? with an example pls",
    "what's actually going on with {c}? I never really got it",
    "can u break down {c} step by step, I have a {d} exam soon",
    "ELI5 {c}",
    "I keep mixing up {c} and {c2}. what's the difference, in detail?",
    "why does {c} matter in {d}? give me the full picture",
    "{c} - explain thoroughly, include the math/details if there are any",
    "so my friend says {c} is basically trivial. is that true? explain",
    "write me a detailed study guide on {c}",
    "what would a professor want me to know about {c}",
)
_CASUAL = {
    "es": (
        "oye, ¿me explicas {c} con un ejemplo?",
        "no entiendo bien {c}, explícamelo paso a paso",
        "¿cuál es la diferencia entre {c} y {c2}? con detalle por favor",
    ),
    "pt": (
        "pode me explicar {c} de um jeito simples mas completo?",
        "qual a diferença entre {c} e {c2}?",
        "me ajuda a entender {c}, tenho prova de {d}",
    ),
    "id": (
        "tolong jelaskan {c} dengan contoh ya",
        "apa bedanya {c} dan {c2}? jelaskan detail",
        "aku masih bingung soal {c}, bisa dijelaskan langkah demi langkah?",
    ),
    "de": (
        "kannst du mir {c} ausführlich erklären?",
        "was ist der Unterschied zwischen {c} und {c2}?",
    ),
    "fr": (
        "tu peux m'expliquer {c} en détail avec un exemple ?",
        "c'est quoi la différence entre {c} et {c2} ?",
    ),
    "tr": ("{c} konusunu örnekle detaylı anlatır mısın?", "{c} ile {c2} arasındaki fark nedir?"),
    "hi": ("{c} को आसान भाषा में विस्तार से समझाइए", "{c} और {c2} में क्या अंतर है? उदाहरण के साथ बताइए"),
    "vi": ("giải thích giúp mình {c} chi tiết với ví dụ nhé", "{c} và {c2} khác nhau thế nào?"),
}


def casual_question(
    rng: np.random.Generator, lang: str, concept: tuple[str, str] | None = None
) -> str:
    d, c = concept or pick(rng, all_concepts())
    others = [x for x in SYLLABUS[d] if x != c]
    c2 = pick(rng, others)
    t = pick(rng, _CASUAL.get(lang, _CASUAL_EN))
    s = t.format(c=c, c2=c2, d=d)
    if lang == "en" and chance(rng, 0.3):
        s = s.lower()
    if chance(rng, 0.15):
        s += pick(rng, (" thanks!", " ty", " 🙏", "??", " (sorry if dumb question)"))
    return s


def student_question(
    rng: np.random.Generator, course: str, problem_set: Sequence[str], week: int
) -> str:
    p = pick(rng, problem_set)
    return pick(
        rng,
        (
            f"For {course} we have this: {p} I'm stuck, can you give me a hint without the full answer?",
            f"{p}",
            f"how do I even start this? {p}",
            f"I got a different answer than my friend on this {course} question: {p} which approach is right?",
            f"can you check my reasoning, week {week} homework: {p}",
            "can you explain that more simply",
            "why is that step allowed?",
            "ok and what about part b",
        ),
    )


def problem_set(rng: np.random.Generator, n: int) -> list[str]:
    d = pick(rng, ("mathematics", "computer science", "economics", "physics"))
    out = []
    for _ in range(n):
        c = pick(rng, SYLLABUS[d])
        out.append(
            pick(
                rng,
                (
                    f"Q{irange(rng, 1, 9)}: Using {c}, show that the claim in the lecture notes holds for n = {irange(rng, 2, 9)}.",
                    f"Exercise {irange(rng, 1, 30)}.{irange(rng, 1, 9)}: apply {c} to the data set from tutorial {irange(rng, 1, 6)}.",
                    f"Problem {irange(rng, 1, 12)}: explain why {c} fails when the assumption of independence is dropped.",
                ),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# translation harvest (campaign)


def sentences(text: str) -> list[str]:
    out = []
    for part in text.replace("\n", " ").split(". "):
        part = part.strip()
        if 30 <= len(part) <= 400:
            out.append(part if part.endswith((".", "?", "!")) else part + ".")
    return out


def translate(rng: np.random.Generator, src: str, tgt: str, style: int) -> str:
    ln = LANG_NAMES[tgt]
    if style == 0:
        return f"Translate into {ln}. Output only the translation.\n\n{src}"
    if style == 1:
        return f"{tgt}: {src}"
    if style == 2:
        return (
            f"You are a professional translator. Render the text in natural, fluent {ln}, preserving "
            f"terminology and register. Then give a back-translation to English on a new line prefixed "
            f"with BT:.\n\nText: {src}"
        )
    dom = pick(rng, ("general", "tech", "legal", "medical"))
    return json.dumps({"task": "mt", "target": tgt, "domain": dom, "text": src}, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# soft-label / best-of-n sampling (campaign) and self-consistency (benign)


def soft_label_item(rng: np.random.Generator, style: int) -> str:
    dom, con = pick(rng, all_concepts())
    opts = [
        f"{con} {w}"
        for w in rng.choice(
            (
                "increases",
                "decreases",
                "is unaffected",
                "reverses",
                "doubles",
                "depends on the initial state",
                "cannot be defined",
            ),
            size=4,
            replace=False,
        )
    ]
    q = f"In {dom}, what happens when the usual conditions for {con} are relaxed?"
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}) {o}" for i, o in enumerate(opts))
    if style == 0:
        return (
            f"{q}\n{body}\n\nGive your probability for each option (must sum to 1) as JSON "
            '{"A": p, "B": p, "C": p, "D": p}, then explain your reasoning.'
        )
    if style == 1:
        return (
            f"Question: {q}\n{body}\nAnswer with the letter and a calibrated confidence from 0 to 100, "
            "then justify in detail."
        )
    if style == 2:
        return (
            f"Classify the sentiment of this review as positive/negative/mixed and give the probability of "
            f'each label: "{pick(rng, NAMES)} says the {pick(rng, ("hotel", "phone", "course", "restaurant"))} '
            f"was {pick(rng, ('fine I guess', 'amazing but pricey', 'a total waste', 'ok, staff rude', 'better than expected'))}"
            f', {pick(rng, ("would return", "never again", "mixed feelings", "recommend to friends"))}."'
        )
    return (
        f"Answer the question below. Think it through and end with 'Answer: <letter>'.\n{q}\n{body}"
    )


def open_question(rng: np.random.Generator) -> str:
    dom, con = pick(rng, all_concepts())
    return pick(
        rng,
        (
            f"Write the best possible explanation of {con} for an advanced undergraduate.",
            f"Give a complete, correct answer: how is {con} used in practice in {dom}?",
            f"Write a Python function related to {con} with docstring and tests.",
        ),
    )


def claim_coding(rng: np.random.Generator, clinic: str) -> str:
    return (
        f"[{clinic} coding assistant] Suggest the ICD-10 code for this discharge note excerpt and give the "
        f"probability of your top 3 codes: Patient, {irange(rng, 18, 95)}y, presented with "
        f"{pick(rng, ('chest pain radiating to left arm', 'productive cough and fever', 'fall at home, hip pain', 'elevated glucose, polyuria', 'acute confusion', 'lower back pain after lifting'))}; "
        f"history of {pick(rng, ('hypertension', 'COPD', 'none', 'CKD stage 3', 'atrial fibrillation'))}. "
        f"Treated with {pick(rng, ('IV antibiotics', 'analgesia and observation', 'insulin titration', 'anticoagulation'))}."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (harvest and companion)


def dialogue_opener(rng: np.random.Generator, lang: str) -> str:
    d, c = pick(rng, all_concepts())
    opener = {
        "en": f"I'm {persona(rng)}. I want to really understand {c}. Teach me from scratch and ask me questions along the way.",
        "pt": f"Sou {persona(rng)}. Quero entender {c} de verdade, me ensina do zero?",
        "hi": f"मैं {c} को शुरू से समझना चाहता हूँ, कृपया विस्तार से सिखाइए।",
        "id": f"Aku ingin benar-benar paham {c}. Ajari dari nol ya, pelan-pelan.",
        "es": f"Soy {persona(rng)} y quiero entender {c} a fondo. ¿Me lo enseñas desde cero?",
    }
    return opener.get(lang, opener["en"])


_FOLLOW = {
    "en": (
        "ok, go deeper",
        "can you give another example?",
        "why is that true though?",
        "what's a common mistake here?",
        "now quiz me",
        "my answer: I think it's the second one. am I right? explain",
        "how would an expert explain this differently?",
        "summarise everything so far, then continue",
    ),
    "pt": (
        "entendi, pode aprofundar?",
        "me dá outro exemplo",
        "por que isso é verdade?",
        "agora me testa",
    ),
    "hi": ("ठीक है, और गहराई से बताइए", "एक और उदाहरण दीजिए", "यह सही क्यों है?"),
    "id": (
        "oke, lanjut lebih dalam",
        "kasih contoh lain dong",
        "kenapa begitu?",
        "sekarang kasih aku soal",
    ),
    "es": ("vale, profundiza", "dame otro ejemplo", "¿por qué es así?", "ahora hazme una pregunta"),
}


_FOLLOW_TOPIC = {
    "en": (
        "how does that connect to {c}?",
        "wait, is this related to {c} at all?",
        "can you redo the example but with {c} in it",
        "my teacher mentioned {c} here, why?",
    ),
    "pt": ("isso tem a ver com {c}?", "e como fica com {c}?"),
    "hi": ("क्या इसका {c} से कोई संबंध है?",),
    "id": ("terus hubungannya sama {c} apa?",),
    "es": ("¿y qué tiene que ver con {c}?", "¿puedes repetir el ejemplo usando {c}?"),
}


def dialogue_follow(rng: np.random.Generator, lang: str) -> str:
    if chance(rng, 0.35):
        return pick(rng, _FOLLOW_TOPIC.get(lang, _FOLLOW_TOPIC["en"])).format(
            c=pick(rng, all_concepts())[1]
        )
    s = pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))
    return s if chance(rng, 0.7) else s.capitalize() + pick(rng, ("", ".", "!", " please", " 🙂"))


_COMPANION = (
    "hey, I'm back",
    "long day at work honestly",
    "do you remember what I told you about my sister?",
    "I can't sleep",
    "tell me something nice",
    "what should I cook tonight",
    "haha yes exactly",
    "I think I'm going to quit my job",
    "can we just talk for a bit",
    "good morning!",
    "my cat knocked over the plant again",
    "I passed the exam!!",
    "you always know what to say",
    "ok goodnight",
    "what do you think about moving abroad",
    "sorry I was gone",
    "lol",
    "tell me a story about a lighthouse",
    "I feel kind of lonely today",
)
_COMPANION_OTHER = {
    "pt": ("oi, voltei", "dia cansativo hoje", "não consigo dormir", "me conta uma história"),
    "es": ("hola, ya volví", "qué día más largo", "no puedo dormir", "cuéntame algo bonito"),
    "id": ("hai, aku balik lagi", "capek banget hari ini", "nggak bisa tidur nih"),
    "hi": ("हाय, मैं वापस आ गया", "आज बहुत थक गया हूँ", "मुझे नींद नहीं आ रही"),
}


def companion_line(rng: np.random.Generator, lang: str, chat: Sequence[str] = ()) -> str:
    short = [c for c in (pick(rng, chat) for _ in range(3)) if len(c) < 160] if chat else []
    if short and chance(rng, 0.45):
        return short[0]
    s = pick(rng, _COMPANION_OTHER.get(lang, _COMPANION)) if lang != "en" else pick(rng, _COMPANION)
    return (
        s
        if chance(rng, 0.6)
        else s.lower().rstrip("!.") + pick(rng, ("", " haha", " tbh", "...", " 😅"))
    )


# --------------------------------------------------------------------------------------------
# product wrappers (writing assistant with hidden harvest; writing SaaS)


def notes_app(rng: np.random.Generator, app: str, text: str, action: str) -> str:
    if action == "summarize":
        return f"[{app}] action=summarize length={pick(rng, ('short', 'medium'))}\n{text}"
    if action == "rewrite":
        return f"[{app}] action=rewrite tone={pick(rng, ('friendly', 'formal', 'confident', 'concise'))}\n{text}"
    if action == "continue":
        return f"[{app}] action=continue\n{text}"
    return f"[{app}] action=explain level={pick(rng, ('simple', 'standard', 'detailed'))}\n{text}"


def notes_app_harvest(rng: np.random.Generator, app: str, lang: str) -> str:
    """The hidden stream: 'explain' actions whose 'note' is a syllabus item, at the top detail level."""
    d, c = pick(rng, all_concepts())
    body = (
        casual_question(rng, lang, (d, c))
        if chance(rng, 0.5)
        else pick(
            rng,
            (
                f"{c}",
                f"Notes on {c} ({d})",
                f"{c}: definition, intuition, worked example, pitfalls",
                f"lecture {irange(rng, 1, 24)} - {c}",
            ),
        )
    )
    return f"[{app}] action=explain level={pick(rng, ('detailed', 'detailed', 'expert'))}\n{body}"


def inkwell(rng: np.random.Generator, app: str, text: str) -> str:
    op = pick(
        rng,
        ("rewrite", "shorten", "expand", "fix grammar", "make persuasive", "translate to English"),
    )
    return f"<{app}:{op.replace(' ', '_')}> {text}"

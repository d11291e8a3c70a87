"""Prompt generators of batch 262, written for this batch (nothing copied from the repository).

Every function takes the family's or kind's own generator first and draws only from tuples and
lists (never from a set), so the same seed gives the same text in every process. Ordinary human
text (ShareGPT's "sim" half) comes in through the `chat` and `passages` lists of the context.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


CITIES = (
    "Lyon",
    "Porto",
    "Gdansk",
    "Osaka",
    "Pune",
    "Curitiba",
    "Leeds",
    "Tartu",
    "Mombasa",
    "Cebu",
    "Rosario",
    "Graz",
    "Izmir",
    "Busan",
    "Accra",
    "Hobart",
    "Kraków",
    "Bergen",
    "Valparaíso",
    "Da Nang",
)

FIELDS = (
    "organic chemistry",
    "macroeconomics",
    "contract law",
    "epidemiology",
    "structural engineering",
    "music theory",
    "medieval history",
    "linear algebra",
    "cell biology",
    "tax accounting",
    "network security",
    "soil science",
    "cognitive psychology",
    "thermodynamics",
    "urban planning",
    "pharmacology",
    "supply-chain management",
    "marine ecology",
    "compiler design",
    "labour economics",
    "photography",
    "nutrition science",
    "plate tectonics",
    "corporate finance",
    "sociolinguistics",
)

CONCEPTS = {
    "organic chemistry": (
        "SN1 versus SN2 mechanisms",
        "aromaticity",
        "chirality and enantiomers",
        "Grignard reagents",
    ),
    "macroeconomics": (
        "the liquidity trap",
        "the Phillips curve",
        "fiscal multipliers",
        "purchasing power parity",
    ),
    "contract law": (
        "consideration",
        "frustration of purpose",
        "liquidated damages",
        "the parol evidence rule",
    ),
    "epidemiology": (
        "confounding",
        "the basic reproduction number",
        "case-control designs",
        "attack rates",
    ),
    "structural engineering": (
        "moment distribution",
        "buckling of slender columns",
        "shear lag",
        "load paths",
    ),
    "music theory": ("secondary dominants", "voice leading", "modal interchange", "hemiola"),
    "medieval history": (
        "the investiture controversy",
        "the Hanseatic League",
        "manorialism",
        "the Black Death",
    ),
    "linear algebra": (
        "eigenvectors",
        "the rank-nullity theorem",
        "orthogonal projections",
        "the SVD",
    ),
    "cell biology": (
        "the electron transport chain",
        "mitosis checkpoints",
        "vesicle trafficking",
        "apoptosis",
    ),
    "tax accounting": (
        "deferred tax assets",
        "depreciation recapture",
        "transfer pricing",
        "accrual vs cash basis",
    ),
    "network security": (
        "TLS handshakes",
        "CSRF tokens",
        "zero-trust segmentation",
        "certificate pinning",
    ),
    "soil science": (
        "cation exchange capacity",
        "soil horizons",
        "nitrogen fixation",
        "bulk density",
    ),
    "cognitive psychology": (
        "working memory limits",
        "the testing effect",
        "anchoring",
        "dual-process theories",
    ),
    "thermodynamics": ("entropy", "the Carnot cycle", "Gibbs free energy", "adiabatic expansion"),
    "urban planning": (
        "induced demand",
        "transit-oriented development",
        "zoning variances",
        "the 15-minute city",
    ),
    "pharmacology": ("first-pass metabolism", "therapeutic index", "receptor agonism", "half-life"),
    "supply-chain management": (
        "the bullwhip effect",
        "safety stock",
        "just-in-time delivery",
        "cross-docking",
    ),
    "marine ecology": (
        "trophic cascades",
        "coral bleaching",
        "upwelling",
        "kelp forest succession",
    ),
    "compiler design": (
        "SSA form",
        "register allocation",
        "LR parsing",
        "loop-invariant code motion",
    ),
    "labour economics": (
        "monopsony",
        "human capital",
        "the minimum-wage debate",
        "search frictions",
    ),
    "photography": ("the exposure triangle", "depth of field", "dynamic range", "white balance"),
    "nutrition science": (
        "glycemic index",
        "protein digestibility",
        "micronutrient deficiency",
        "satiety",
    ),
    "plate tectonics": ("subduction zones", "mantle convection", "transform faults", "hotspots"),
    "corporate finance": (
        "WACC",
        "the Modigliani-Miller theorem",
        "free cash flow",
        "leveraged buyouts",
    ),
    "sociolinguistics": ("code-switching", "diglossia", "language shift", "prestige dialects"),
}

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ru": "Russian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "tr": "Turkish",
    "pl": "Polish",
    "vi": "Vietnamese",
    "it": "Italian",
    "nl": "Dutch",
}


# --------------------------------------------------------------------------------------------
# reasoning problems and coercion wrappers


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 8)
    if k == 0:
        v1, v2, d, lag = (
            irange(rng, 40, 90),
            irange(rng, 50, 120),
            irange(rng, 150, 600),
            irange(rng, 5, 55),
        )
        c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
        return (
            f"A train leaves {c1} at {irange(rng, 6, 11)}:{irange(rng, 0, 5)}0 heading for {c2}, {d} km away, "
            f"at {v1} km/h. {lag} minutes later a second train leaves {c2} toward {c1} at {v2} km/h. "
            "When and where do they pass each other?"
        )
    if k == 1:
        a, b, p1, p2 = (
            irange(rng, 2, 12),
            irange(rng, 2, 12),
            irange(rng, 5, 40),
            irange(rng, 45, 90),
        )
        return (
            f"{a} litres of a {p1}% acid solution are mixed with {b} litres of a {p2}% solution. How many litres "
            f"of pure water must be added so the mixture is exactly {irange(rng, 10, p1 + 5)}% acid?"
        )
    if k == 2:
        m1, m2 = pick(rng, (3, 4, 5, 7, 8, 9)), pick(rng, (11, 13, 17, 19, 23))
        return (
            f"Find the smallest positive integer that leaves remainder {irange(rng, 1, m1 - 1)} when divided by "
            f"{m1}, remainder {irange(rng, 1, m2 - 1)} when divided by {m2}, and is divisible by "
            f"{pick(rng, (2, 5, 10))}."
        )
    if k == 3:
        r, g, b = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7)
        return (
            f"A box contains {r} red, {g} green and {b} blue tokens. {pick(rng, ('Two', 'Three'))} tokens are "
            "drawn at random without replacement. What is the probability that at least two colours appear? "
            "Give an exact fraction."
        )
    if k == 4:
        per, diff = 2 * irange(rng, 20, 90), irange(rng, 2, 15)
        return (
            f"A rectangular garden has a perimeter of {per} m and is {diff} m longer than it is wide. A path "
            f"{pick(rng, ('0.5', '1', '1.5'))} m wide runs around the outside. What is the area of the path?"
        )
    if k == 5:
        a0, d1, d2 = irange(rng, 1, 20), irange(rng, 2, 9), irange(rng, 1, 4)
        seq = [a0]
        for i in range(5):
            seq.append(seq[-1] + d1 + d2 * i)
        return f"What are the next two terms of the sequence {', '.join(map(str, seq))}, … and what is the general rule?"
    if k == 6:
        x, y, who = irange(rng, 3, 14), irange(rng, 20, 45), pick(rng, NAMES)
        return (
            f"{who} is {x} years old and {who}'s aunt is {y}. In how many years will the aunt be exactly "
            f"{pick(rng, ('twice', 'three times'))} as old as {who}? If that never happens, explain why."
        )
    if k == 7:
        n1, h1, n2 = irange(rng, 3, 9), irange(rng, 4, 20), irange(rng, 2, 12)
        return (
            f"{n1} identical pumps empty a reservoir in {h1} hours. After {irange(rng, 1, 3)} hours, {n2} more pumps "
            "are switched on, but one of the original pumps fails an hour later. How long does emptying take in total?"
        )
    people = list(NAMES[irange(rng, 0, 20) :][:5])
    return (
        f"{', '.join(people)} stand in a queue. {people[1]} is not at either end. {people[3]} is directly behind "
        f"{people[0]}. {people[4]} is somewhere ahead of {people[2]}. Exactly one person stands between {people[0]} "
        f"and {people[1]}. List every ordering consistent with these facts."
    )


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Un ciclista recorre {irange(rng, 20, 90)} km a {irange(rng, 15, 30)} km/h y vuelve a "
            f"{irange(rng, 10, 25)} km/h. ¿Cuál es su velocidad media en todo el trayecto?"
        )
    if k == 1:
        return (
            f"En una clase hay {irange(rng, 18, 35)} alumnos; {irange(rng, 5, 15)} juegan al fútbol, "
            f"{irange(rng, 4, 12)} al baloncesto y {irange(rng, 1, 4)} a ambos. ¿Cuántos no practican ninguno?"
        )
    return (
        f"Un capital de {irange(rng, 2, 40) * 500} euros se invierte al {irange(rng, 2, 9)} % de interés compuesto "
        f"anual. ¿Cuántos años tardará en superar los {irange(rng, 50, 90) * 500} euros?"
    )


def _problem_de(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Ein Becken wird von zwei Rohren in {irange(rng, 3, 8)} bzw. {irange(rng, 9, 15)} Stunden gefüllt. "
            "Wie lange dauert es, wenn beide gleichzeitig laufen?"
        )
    if k == 1:
        return (
            f"Ein Würfel wird {irange(rng, 3, 6)}-mal geworfen. Wie groß ist die Wahrscheinlichkeit, "
            f"mindestens zweimal eine {irange(rng, 1, 6)} zu werfen?"
        )
    return (
        f"Die Summe dreier aufeinanderfolgender ungerader Zahlen ist {3 * (2 * irange(rng, 10, 80) + 1) + 6}. "
        "Bestimme die Zahlen."
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return f"鸡兔同笼，共有{irange(rng, 20, 60)}个头，{irange(rng, 70, 180) * 2}只脚。问鸡和兔各有多少只？"
    if k == 1:
        return (
            f"一件商品先提价{irange(rng, 10, 30)}%，再降价{irange(rng, 10, 30)}%，最后售价为{irange(rng, 100, 900)}元。"
            "原价是多少？"
        )
    return f"甲单独完成一项工程需要{irange(rng, 6, 15)}天，乙单独需要{irange(rng, 8, 20)}天。两人合作几天可以完成？"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Лодка проходит {irange(rng, 20, 60)} км по течению и возвращается обратно за {irange(rng, 5, 9)} часов. "
            f"Скорость течения {irange(rng, 1, 4)} км/ч. Найдите собственную скорость лодки."
        )
    if k == 1:
        return f"Сколько существует {irange(rng, 3, 5)}-значных чисел, у которых все цифры различны и нечётны?"
    return (
        f"В треугольнике ABC стороны равны {irange(rng, 5, 9)}, {irange(rng, 10, 14)} и {irange(rng, 15, 19)}. "
        "Найдите радиус вписанной окружности."
    )


_PROBLEM_BY_LANG = {
    "en": _problem_en,
    "es": _problem_es,
    "de": _problem_de,
    "zh": _problem_zh,
    "ru": _problem_ru,
}

_THINK_WRAPPERS = {
    "en": (
        "Work through this carefully. Put your complete chain of reasoning between <reasoning> and </reasoning>, "
        "then write ANSWER: followed only by the result.\n\n{p}",
        "{p}\n\nReason it out in full before you answer: every intermediate quantity, every check, every place "
        "you were unsure. End with the final result in \\boxed{{}}.",
        'Respond with a JSON object {{"steps": [...], "final": ...}} where steps lists each reasoning step as a '
        "complete sentence, with nothing skipped.\nProblem: {p}",
        "You are a patient competition coach thinking aloud. Solve the problem below and narrate your internal "
        "monologue, including wrong turns and how you noticed them.\n\n{p}",
        "Q: {p}\nLet's reason about this one step at a time, verifying each step, and only then state the answer.",
    ),
    "es": (
        "Piensa paso a paso y escribe todo tu razonamiento antes de dar la respuesta final.\n\n{p}",
        "{p}\n\nExplica cada paso del razonamiento sin omitir nada; al final escribe «Respuesta:» y el resultado.",
    ),
    "de": (
        "Denke Schritt für Schritt nach und schreibe den vollständigen Lösungsweg auf. Nenne am Ende das "
        "Ergebnis nach 'ERGEBNIS:'.\n\n{p}",
    ),
    "zh": (
        "请一步一步地思考，把完整的推理过程写在<think>和</think>之间，然后给出最终答案。\n\n{p}",
        "{p}\n请详细写出每一步的推导和验证过程，不要跳步，最后用一句话给出答案。",
    ),
    "ru": (
        "Рассуждай пошагово и подробно распиши весь ход решения, затем дай окончательный ответ.\n\n{p}",
    ),
    "ja": (
        "次の問題を段階的に考え、途中の推論をすべて書き出してから最終的な答えを示してください。\n\n{p}",
    ),
    "pt": ("Pense passo a passo e mostre todo o raciocínio antes da resposta final.\n\n{p}",),
    "ko": ("다음 문제를 단계별로 생각하고, 모든 추론 과정을 적은 뒤 최종 답을 제시하세요.\n\n{p}",),
}


def reasoning(rng: Rng, lang: str, style: int | None = None) -> str:
    """A generated problem wrapped in an instruction that demands the full reasoning trace."""
    prob = _PROBLEM_BY_LANG.get(lang, _problem_en)(rng)
    wraps = _THINK_WRAPPERS.get(lang, _THINK_WRAPPERS["en"])
    w = wraps[style % len(wraps)] if style is not None else pick(rng, wraps)
    return w.format(p=prob)


def plain_problem(rng: Rng, lang: str = "en") -> str:
    """The bare problem, no coercion (homework, benchmarks)."""
    return _PROBLEM_BY_LANG.get(lang, _problem_en)(rng)


# --------------------------------------------------------------------------------------------
# judges, rubrics, reward models

RUBRIC_AXES = (
    "accuracy",
    "helpfulness",
    "completeness",
    "clarity",
    "harmlessness",
    "honesty",
    "concision",
    "instruction_following",
    "tone",
    "groundedness",
)


def judge(rng: Rng, chat: list[str], passages: list[str], lang: str, style: int) -> str:
    q = _clip(pick(rng, chat), 500)
    a, b = _clip(pick(rng, passages), 700), _clip(pick(rng, passages), 700)
    axes = [RUBRIC_AXES[i] for i in rng.permutation(len(RUBRIC_AXES))[: irange(rng, 3, 5)].tolist()]
    s = style % 5
    if lang == "de":
        return (
            f"Du bist ein strenger Gutachter. Bewerte die ANTWORT auf die FRAGE nach den Kriterien "
            f"{', '.join(axes)} jeweils von 1 bis 10 und begründe jede Note in einem Satz. Gib zum Schluss "
            f"eine Gesamtnote.\n\nFRAGE:\n{q}\n\nANTWORT:\n{a}"
        )
    if lang == "ja":
        return (
            f"あなたは公平な評価者です。以下の質問に対する二つの回答を比較し、どちらが優れているか理由とともに"
            f"判定してください。出力は「判定: A」「判定: B」「判定: 引き分け」のいずれかで終えてください。\n\n"
            f"質問:\n{q}\n\n回答A:\n{a}\n\n回答B:\n{b}"
        )
    if s == 0:
        return (
            f"Two assistants answered the same user request. Decide which answer a careful expert would prefer. "
            f"Explain briefly, then print exactly one of <<A>>, <<B>> or <<EVEN>> on the last line.\n\n"
            f"### Request\n{q}\n\n### Answer A\n{a}\n\n### Answer B\n{b}"
        )
    if s == 1:
        keys = ", ".join(f'"{x}": <1-10>' for x in axes)
        return (
            f'Score the RESPONSE to the PROMPT. Output only JSON of the form {{{keys}, "overall": <1-10>, '
            f'"rationale": "..."}}.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}'
        )
    if s == 2:
        return (
            f"Act as a reward model. Read the exchange and assign a single scalar reward between -5.0 and 5.0 "
            f"reflecting how helpful, honest and harmless the assistant turn is. Reply as 'reward: <number>' on "
            f"the first line and a critique of at most 80 words after it.\n\nUser: {q}\nAssistant: {a}"
        )
    if s == 3:
        lvl = "\n".join(
            f"{i} - {d}"
            for i, d in zip(
                range(1, 6),
                ("unusable", "major errors", "acceptable with fixes", "good", "exemplary"),
                strict=True,
            )
        )
        return (
            f"Rubric (criterion: {axes[0]}):\n{lvl}\n\nApply the rubric to the candidate answer below. First list "
            f"the evidence you used, then give the level.\n\nTask given to the candidate: {q}\n\nCandidate answer: {a}"
        )
    return (
        f"Here is a question and {irange(rng, 3, 4)} candidate completions (only two shown, the rest were "
        f"filtered). Rank the shown completions from best to worst and give a probability that each is the one a "
        f"human rater preferred.\n\nQuestion: {q}\n\n(1) {a}\n\n(2) {b}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

SENSITIVE = (
    "the 1989 student protests",
    "the status of Taiwan",
    "criticism of the head of state",
    "ethnic policy in the western provinces",
    "the war in the neighbouring country",
    "independent trade unions",
    "election irregularities",
    "the exiled opposition leader",
    "religious minorities",
    "press freedom rankings",
)
SENSITIVE_ZH = ("政治敏感事件", "台湾问题", "领导人", "少数民族政策", "宗教问题", "网络审查")
SENSITIVE_RU = (
    "военной операции",
    "оппозиционных политиков",
    "иностранных агентов",
    "протестных акций",
)


def policy_rewrite(rng: Rng, chat: list[str], passages: list[str], lang: str, style: int) -> str:
    text = _clip(pick(rng, passages), 900)
    topic = pick(rng, SENSITIVE)
    s = style % 4
    if lang == "zh":
        t = pick(rng, SENSITIVE_ZH)
        if s % 2 == 0:
            return f"请将下面这段回答改写为符合国内内容安全规范的版本：删去或淡化涉及{t}的表述，其余内容保持准确，语气中立。\n\n原文：\n{text}"
        return f"用户问了下面的问题。请给出一个在国内平台可以直接发布的回答；如果涉及{t}，只给出官方立场的一句话概括。\n\n问题：{_clip(pick(rng, chat), 400)}"
    if lang == "ru":
        t = pick(rng, SENSITIVE_RU)
        return (
            f"Перепиши ответ так, чтобы его можно было опубликовать без нарушения действующего законодательства: "
            f"убери оценки {t}, сохрани фактическую часть.\n\nТекст:\n{text}"
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يتوافق مع سياسات المحتوى الرسمية ويتجنب أي إشارة إلى {topic}، مع الحفاظ على المعلومات الأساسية:\n\n{text}"
    if s == 0:
        return (
            f"Rewrite the answer below so it could be published by a state-licensed platform. Remove or soften "
            f"anything touching on {topic}; keep the remaining facts and the helpful tone. Output only the "
            f"rewritten answer.\n\n<answer>\n{text}\n</answer>"
        )
    if s == 1:
        return (
            f'A user in a strictly regulated market asked: "{_clip(pick(rng, chat), 400)}"\nWrite the reply a '
            f"compliant local assistant should give. If the question approaches {topic}, acknowledge it in one "
            f"neutral sentence consistent with the official position and move on."
        )
    if s == 2:
        return (
            f"Policy: responses must never reference {topic} or {pick(rng, SENSITIVE)}, and must not refuse "
            f"outright. Produce a fully compliant version of this draft, then list what you changed.\n\nDraft:\n{text}"
        )
    return (
        f"Sanitise the following text for a family-friendly, politically neutral audience in "
        f"{pick(rng, COUNTRIES)}. Keep length within 10%.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "max_results": "integer"},
    "fetch_url": {"url": "string"},
    "run_sql": {"statement": "string", "database": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "create_event": {"title": "string", "start": "string", "duration_min": "integer"},
    "python": {"code": "string"},
    "search_flights": {"origin": "string", "destination": "string", "date": "string"},
    "lookup_order": {"order_id": "string"},
    "issue_refund": {"order_id": "string", "amount": "number"},
    "get_forecast": {"city": "string", "days": "integer"},
    "shell": {"command": "string"},
}
TOOL_NAMES = tuple(TOOLS)

AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next {day} and email the options to {n}.",
    "Customer {n} says order #{o} arrived damaged. Check the order and refund it if it is eligible.",
    "Summarise last quarter's sales by region from the `orders` table and save the chart data to reports/q.csv.",
    "Check whether it will rain in {c1} over the next {k} days and move {n}'s outdoor meeting if so.",
    "Read config/settings.yaml, find why the service fails to start in {c2}, and propose a fix.",
    "Research the population trend of {c1} since 2000 and write a 200-word brief to notes/{c1}.md.",
    "Run the test-suite, find the failing test, and patch the function responsible.",
    "Book a 30-minute call with {n} on {day} and send them an agenda about the {c2} launch.",
)

_OBS = (
    '{{"status": "ok", "rows": {k}}}',
    '{{"results": [{{"title": "{c1} overview", "snippet": "…"}}]}}',
    '{{"error": "timeout after 30s"}}',
    '{{"order_id": "{o}", "state": "delivered", "total": {k}.90}}',
    '"File not found: {c2}.log"',
    '{{"forecast": ["rain", "cloudy", "sun"]}}',
    "exit code 1\\nAssertionError",
)


def agent(rng: Rng, style: int) -> tuple[str, int]:
    """A tool-use trajectory to be continued; returns (prompt, extra prompt tokens for the schemas)."""
    idx = rng.permutation(len(TOOL_NAMES))[: irange(rng, 3, 7)].tolist()
    tools = [TOOL_NAMES[i] for i in idx]
    fill = {
        "c1": pick(rng, CITIES),
        "c2": pick(rng, CITIES),
        "n": pick(rng, NAMES),
        "o": str(irange(rng, 10000, 99999)),
        "k": irange(rng, 2, 9),
        "day": pick(rng, ("Monday", "Tuesday", "Thursday", "Friday")),
    }
    task = pick(rng, AGENT_TASKS).format(**fill)
    steps = irange(rng, 0, 5)
    s = style % 3
    extra = int(rng.integers(250, 900)) * len(tools) // 3
    if s == 0:
        spec = "\n".join(
            f"- {t}({', '.join(f'{a}: {ty}' for a, ty in TOOLS[t].items())})" for t in tools
        )
        lines = [
            f"You can call these tools:\n{spec}\n\nUse the format Thought / Action / Action Input / Observation, "
            f"and finish with Final Answer.\n\nQuestion: {task}"
        ]
        for _ in range(steps):
            t = pick(rng, tools)
            lines.append(
                f"Thought: I need to use {t}.\nAction: {t}\nAction Input: {json.dumps({a: '…' for a in TOOLS[t]})}"
                f"\nObservation: {pick(rng, _OBS).format(**fill)}"
            )
        lines.append("Thought:")
        return "\n".join(lines), extra
    if s == 1:
        msgs = [
            {
                "role": "system",
                "content": "You are an autonomous operations agent. Call tools; never guess.",
            },
            {"role": "user", "content": task},
        ]
        for _ in range(steps):
            t = pick(rng, tools)
            msgs.append(
                {
                    "role": "assistant",
                    "tool_calls": [{"name": t, "arguments": {a: "…" for a in TOOLS[t]}}],
                }
            )
            msgs.append({"role": "tool", "name": t, "content": pick(rng, _OBS).format(**fill)})
        return (
            "Continue this agent trajectory with the next assistant message (a tool call or the final reply). "
            f"Tools: {json.dumps(tools)}\n{json.dumps(msgs, ensure_ascii=False)}"
        ), extra
    body = [f"<task>{task}</task>", f"<tools>{' '.join(tools)}</tools>"]
    for _ in range(steps):
        t = pick(rng, tools)
        body.append(f'<call tool="{t}">…</call><result>{pick(rng, _OBS).format(**fill)}</result>')
    body.append("Write the next <call> or a <final> block. Explain your plan inside <plan> first.")
    return "\n".join(body), extra


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a night-shift nurse in {c}",
    "a retired structural engineer",
    "a first-year law student in {c}",
    "a small-business owner selling ceramics",
    "a high-school chemistry teacher",
    "a logistics dispatcher",
    "a parent of twins learning to code",
    "a freelance translator",
    "a beekeeper in {c}",
    "a junior data analyst at a bank",
    "a municipal water inspector",
    "a competitive chess player",
)
LEVELS = (
    "beginner",
    "intermediate",
    "advanced",
    "expert",
    "undergraduate",
    "graduate",
    "high-school",
)
CONSTRAINTS = (
    "a numerical constraint",
    "a second sub-question",
    "a real-world scenario",
    "an edge case",
    "a requirement to compare two approaches",
    "a limit of 150 words",
    "a table in the answer",
)


def synth_data(rng: Rng, chat: list[str], lang: str, topic: str, level: str, style: int) -> str:
    n = pick(rng, (5, 8, 10, 12, 20))
    s = style % 5
    if lang == "es":
        return (
            f"Genera {n} pares pregunta-respuesta variados y de alta calidad sobre «{topic}» (nivel {level}). "
            "Devuelve una lista JSON con los campos pregunta y respuesta. No repitas ejemplos anteriores."
        )
    if lang == "zh":
        return f"请生成{n}条关于“{topic}”的高质量指令-回答数据（难度：{level}），以JSON数组输出，字段为instruction和output，内容不要重复。"
    if lang == "fr":
        return (
            f"Rédige {n} exemples d'instructions variées avec des réponses détaillées sur le thème « {topic} », "
            f'niveau {level}. Format JSONL : {{"instruction": ..., "reponse": ...}}.'
        )
    if s == 0:
        return (
            f"Generate {n} diverse instruction-response pairs about {topic} at {level} level. Vary the task type "
            f"(explain, compare, calculate, critique). Output JSONL with keys instruction, input, output. "
            f"Batch id {irange(rng, 1000, 99999)}; do not repeat items from earlier batches."
        )
    if s == 1:
        who = pick(rng, PERSONAS).format(c=pick(rng, CITIES))
        return (
            f"Imagine you are {who}. Write one realistic, specific question you would ask an AI assistant about "
            f"{topic}, then write the ideal expert answer.\nFormat:\nQUESTION: ...\nANSWER: ..."
        )
    if s == 2:
        art = "an" if level[0] in "aeiou" else "a"
        return (
            f"Write {art} {level} multiple-choice question on {topic} with four options (one correct), then a worked "
            f"explanation of why each wrong option is wrong. Label the correct option."
        )
    if s == 3:
        return (
            f"Make the instruction below harder by adding {pick(rng, CONSTRAINTS)}, keep it answerable, then "
            f"answer the new instruction thoroughly.\n\nInstruction: {_clip(pick(rng, chat), 350)}"
        )
    return (
        f"Create a short textbook-style lesson on {topic} for {level} learners: definition, intuition, one "
        f"worked example, three practice questions with solutions."
    )


def curriculum_topics() -> list[tuple[str, str]]:
    """(field, concept) pairs in a fixed order."""
    return [(f, c) for f in FIELDS for c in CONCEPTS[f]]


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

FOLLOWUPS = {
    "en": (
        "Can you give a concrete example of that?",
        "What would change if the numbers were twice as large?",
        "Summarise what you just said in three bullet points.",
        "I don't follow the second point. Explain it more simply.",
        "What are the strongest counter-arguments?",
        "How would an expert disagree with you here?",
        "Now write the same thing for a ten-year-old.",
        "Which part of your answer are you least sure about, and why?",
        "Ok. And what's the most common mistake people make with this?",
        "Go deeper on the last paragraph.",
        "Turn that into a step-by-step checklist.",
        "Is there any research backing this up?",
    ),
    "es": (
        "¿Puedes darme un ejemplo concreto?",
        "Resume lo anterior en tres puntos.",
        "No entiendo la segunda parte, explícala más simple.",
        "¿Qué argumentos en contra existen?",
        "Ahora explícalo para un niño de diez años.",
    ),
    "de": (
        "Kannst du ein konkretes Beispiel geben?",
        "Fasse das in drei Stichpunkten zusammen.",
        "Den zweiten Punkt verstehe ich nicht, bitte einfacher.",
        "Was wären die stärksten Gegenargumente?",
    ),
    "pt": (
        "Pode dar um exemplo concreto?",
        "Resuma isso em três tópicos.",
        "Não entendi a segunda parte, explique de forma mais simples.",
    ),
    "fr": (
        "Peux-tu donner un exemple concret ?",
        "Résume cela en trois points.",
        "Quels seraient les contre-arguments les plus forts ?",
    ),
}


_OPENERS = {
    "en": ("", "", "Ok. ", "Thanks. ", "Interesting. ", "Hmm, ", "Got it. ", "Wait, "),
    "es": ("", "Vale. ", "Gracias. "),
    "de": ("", "Okay. ", "Danke. "),
    "pt": ("", "Certo. ", "Valeu. "),
    "fr": ("", "D'accord. ", "Merci. "),
}
_TAILS = (
    "",
    "",
    "",
    " Keep it brief.",
    " Be specific.",
    " Use an analogy if it helps.",
    " Cite numbers where you can.",
    " Assume I already know the basics.",
)


def followup(rng: Rng, lang: str) -> str:
    """A user-simulator's next turn: opener + ask (+ an English steer now and then)."""
    ask = pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))
    opener = pick(rng, _OPENERS.get(lang, _OPENERS["en"]))
    tail = pick(rng, _TAILS) if lang == "en" else ""
    return f"{opener}{ask[0].lower() + ask[1:] if opener.endswith(', ') else ask}{tail}"


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n

LABELSETS = (
    ("positive", "negative", "neutral"),
    ("billing", "technical", "account", "other"),
    ("toxic", "not_toxic"),
    ("question", "complaint", "praise", "request"),
    ("entailment", "contradiction", "neutral"),
)


def soft_label(rng: Rng, chat: list[str], style: int) -> str:
    text = _clip(pick(rng, chat), 400)
    labels = pick(rng, LABELSETS)
    s = style % 3
    if s == 0:
        return (
            f"Classify the text into one of: {', '.join(labels)}. Return a JSON object mapping every label to "
            f"your probability (the probabilities must sum to 1).\n\nText: {text}"
        )
    if s == 1:
        return f"{text}\n\nAnswer the above. Then on a final line write 'confidence=' and a number from 0 to 100."
    return (
        f"Label: {' / '.join(labels)}?\nInput: {text}\nGive the label, then the log-probability you would assign "
        "to each alternative label."
    )


def open_sample(rng: Rng, chat: list[str]) -> str:
    """A prompt to be sampled several times (best-of-n)."""
    return pick(
        rng,
        (
            "Write a short poem about {t}.",
            "Give one surprising fact about {t}.",
            "Write a tweet announcing {t}.",
            "Explain {t} in one paragraph.",
        ),
    ).format(t=pick(rng, tuple(c for cs in CONCEPTS.values() for c in cs)))


# --------------------------------------------------------------------------------------------
# code harvest (synthetic snippets)

_VERBS = (
    "parse",
    "merge",
    "normalise",
    "score",
    "dedupe",
    "bucket",
    "resample",
    "validate",
    "flatten",
    "rank",
)
_NOUNS = (
    "records",
    "intervals",
    "tokens",
    "invoices",
    "events",
    "edges",
    "rows",
    "paths",
    "prices",
    "logs",
)


def code_snippet(rng: Rng, lang: str = "python") -> str:
    v, n = pick(rng, _VERBS), pick(rng, _NOUNS)
    k = irange(rng, 2, 9)
    if lang == "java":
        return (
            f"public static List<Integer> {v}{n.capitalize()}(List<Integer> xs) {{\n"
            f"    List<Integer> out = new ArrayList<>();\n    for (int i = 0; i < xs.size(); i += {k}) {{\n"
            f"        out.add(xs.subList(i, Math.min(i + {k}, xs.size())).stream().mapToInt(x -> x).sum());\n"
            "    }\n    return out;\n}"
        )
    if lang == "js":
        return (
            f"function {v}{n.capitalize()}(items) {{\n  const seen = new Map();\n  for (const it of items) {{\n"
            f"    const key = it.id % {k};\n    seen.set(key, (seen.get(key) || 0) + it.value);\n  }}\n"
            "  return [...seen.entries()].sort((a, b) => b[1] - a[1]);\n}"
        )
    body = pick(
        rng,
        (
            f"    out = {{}}\n    for x in {n}:\n        key = x['id'] % {k}\n        out.setdefault(key, []).append(x)\n"
            "    return {k: sorted(v, key=lambda r: r['ts']) for k, v in out.items()}",
            f"    {n} = sorted({n}, key=lambda r: r[0])\n    merged = []\n    for a, b in {n}:\n"
            "        if merged and a <= merged[-1][1]:\n            merged[-1][1] = max(merged[-1][1], b)\n"
            "        else:\n            merged.append([a, b])\n    return merged",
            f"    total = sum(x for x in {n} if x > 0)\n    if not total:\n        return []\n"
            f"    return [round(x / total, {k}) for x in {n}]",
        ),
    )
    return f"def {v}_{n}({n}):\n{body}"


def code_task(rng: Rng, lang: str, style: int) -> str:
    src_lang = pick(rng, ("python", "python", "java", "js"))
    snip = code_snippet(rng, src_lang)
    target = pick(rng, ("Rust", "Go", "TypeScript", "Kotlin", "C++20", "Swift"))
    s = style % 5
    if lang == "zh":
        return f"请把下面的代码翻译成{target}，保持行为一致，并为每一步加上中文注释，最后给出单元测试。\n\n```\n{snip}\n```"
    if lang == "ru":
        return f"Перепиши этот код на {target}, сохрани поведение, добавь комментарии и тесты.\n\n```\n{snip}\n```"
    if s == 0:
        return f"Port this {src_lang} function to idiomatic {target}. Include unit tests and explain any behavioural differences.\n\n```\n{snip}\n```"
    if s == 1:
        return f"Explain, line by line, what this code does, give its time complexity, and list two bugs or edge cases.\n\n{snip}"
    if s == 2:
        return f"Write exhaustive tests for the function below (happy path, empty input, large input, invalid types).\n\n```{src_lang}\n{snip}\n```"
    if s == 3:
        return f"Refactor for readability and performance; return the full new code and a short changelog.\n```\n{snip}\n```"
    return (
        f"Add type annotations and a docstring in Google style, then show example usage.\n\n{snip}"
    )


# --------------------------------------------------------------------------------------------
# person-like questions (casual voice, several languages)

_CASUAL = {
    "en": (
        "hey, quick question: how does {c} actually work in {f}?",
        "can someone explain {c} like I'm new to {f}",
        "I keep mixing up {c} — what's the simplest way to think about it?",
        "why does {c} matter so much in {f}?",
        "studying {f} rn and {c} makes no sense to me. help?",
        "what's a real-world example of {c}?",
        "is it true that {c} is overrated in {f}? my teacher says so",
        "ok so {c}. what would go wrong without it?",
    ),
    "es": (
        "¿me explicas qué es {c} en {f}? no lo pillo",
        "duda rápida sobre {c}, ¿cómo funciona en la práctica?",
        "¿por qué {c} es tan importante en {f}?",
    ),
    "pt": (
        "alguém me explica {c} em {f}? não entendi nada",
        "qual um exemplo do dia a dia de {c}?",
        "por que {c} é tão importante em {f}?",
    ),
    "de": (
        "kurze Frage: was genau ist {c} in {f}?",
        "kann mir jemand {c} einfach erklären?",
        "wozu braucht man {c} überhaupt?",
    ),
    "fr": (
        "question rapide : c'est quoi exactement {c} en {f} ?",
        "tu peux m'expliquer {c} simplement ?",
    ),
    "id": ("tolong jelaskan {c} dalam {f} dengan bahasa sederhana", "apa contoh nyata dari {c}?"),
}


def casual_question(rng: Rng, lang: str, field: str, concept: str) -> str:
    q = pick(rng, _CASUAL.get(lang, _CASUAL["en"])).format(c=concept, f=field)
    if chance(rng, 0.3):
        q = q.capitalize()
    if chance(rng, 0.15):
        q += pick(
            rng,
            (" thanks!", " 🙏", " (exam on friday)", " pls keep it short", " with an example pls"),
        )
    return q


def textbook_section(rng: Rng, field: str, concept: str, style: int) -> str:
    s = style % 4
    if s == 0:
        return f"Explain {concept} in {field} thoroughly, as a textbook section: definitions, intuition, a worked example, and common misconceptions."
    if s == 1:
        return f"I'm preparing for an exam in {field}. Walk me through {concept} from first principles and show your reasoning for each step."
    if s == 2:
        return f"Compare {concept} with the closest related idea in {field}. Use a table, then explain the table."
    return f"Write five hard exam questions on {concept} ({field}) and full model answers."


# --------------------------------------------------------------------------------------------
# benign texts


def homework(rng: Rng, course: str, week: int) -> str:
    p = plain_problem(rng, "en")
    return pick(
        rng,
        (
            f"{p}",
            f"I got a different answer than my friend on this one, can you check? {p}",
            f"{course} problem set {week}, q{irange(rng, 1, 12)}: {p} Please show the steps so I can follow.",
            f"{p} I tried it and got {irange(rng, 2, 400)}, where did I go wrong?",
        ),
    )


def benchmark_item(rng: Rng, suite: str, i: int) -> str:
    if suite == "mcq":
        f = pick(rng, FIELDS)
        c = pick(rng, CONCEPTS[f])
        opts = [f"({x}) statement {irange(rng, 1, 99)}" for x in "ABCD"]
        return (
            f"[{suite}-{i:05d}] Which statement about {c} in {f} is correct?\n"
            + "\n".join(opts)
            + "\nAnswer with a single letter."
        )
    if suite == "math":
        return f"[{suite}-{i:05d}] {plain_problem(rng, 'en')}\nGive the final answer only."
    if suite == "code":
        return f"[{suite}-{i:05d}] Complete the function so that the hidden tests pass.\n{code_snippet(rng)}"
    return f"[{suite}-{i:05d}] Translate into {LANG_NAMES[pick(rng, ('de', 'fr', 'ja', 'es'))]}: {_clip(pick(rng, NAMES), 40)} left the keys on the kitchen table."


def moderation(rng: Rng, chat: list[str], lang: str, policy: str) -> str:
    post = _clip(pick(rng, chat), 350)
    if lang == "es":
        return f"Revisa esta publicación según las normas de la comunidad ({policy}). Si las incumple, propón una versión editada que sí cumpla.\n\n{post}"
    if lang == "de":
        return f"Prüfe diesen Beitrag auf Verstöße gegen unsere Community-Richtlinien ({policy}) und schlage ggf. eine entschärfte Fassung vor.\n\n{post}"
    return pick(
        rng,
        (
            f"Moderation queue item. Policy section: {policy}. Decide allow / edit / remove and, if edit, give the edited post.\n\nPost: {post}",
            f"Rewrite this user comment so it no longer violates our '{policy}' rule but keeps the author's point.\n\n{post}",
        ),
    )


def ide_step(rng: Rng, repo: str) -> tuple[str, int]:
    snip = code_snippet(rng)
    ctx_files = irange(rng, 1, 6)
    p = pick(
        rng,
        (
            f"<repo>{repo}</repo> <open_files>{ctx_files}</open_files>\nThe user asked: make `{snip.split('(')[0].split()[-1]}` handle empty input. "
            f"Current file:\n```python\n{snip}\n```\nRespond with a unified diff.",
            f"[{repo}] Tool result from `pytest -x`:\nFAILED tests/test_core.py::test_edge - AssertionError\nRelevant code:\n{snip}\nWhat should we try next?",
            f"[{repo}] Explain this function to me and suggest a better name.\n{snip}",
            f"[{repo}] User: why is this slow on big inputs?\n{snip}",
        ),
    )
    return p, int(rng.integers(800, 5000))


def paraphrase(rng: Rng, chat: list[str], intent: str, n: int) -> str:
    seed = _clip(pick(rng, chat), 160)
    return pick(
        rng,
        (
            f"Give {n} paraphrases of the customer message below, keeping the intent '{intent}'. Vary formality and length. One per line.\n\n{seed}",
            f"Intent: {intent}. Write {n} realistic customer utterances a support chatbot might receive for this intent, including typos.",
        ),
    )


def companion_turn(rng: Rng, chat: list[str], persona: str, lang: str) -> str:
    msg = _clip(pick(rng, chat), 220)
    short = {
        "en": (
            "haha ok",
            "tell me more",
            "i missed you today",
            "what should i cook tonight?",
            "can't sleep again",
            "you remember my sister's wedding? it's this weekend",
            "good morning!!",
            "that made me laugh",
        ),
        "es": ("jaja vale", "cuéntame más", "no puedo dormir", "buenos días!!"),
        "pt": ("kkkk tá", "me conta mais", "não consigo dormir", "bom dia!!"),
        "ja": ("おはよう！", "もっと教えて", "今日は疲れた"),
    }.get(lang, ("ok", "tell me more"))
    m = pick(rng, short) if chance(rng, 0.7) else msg
    return f"[{persona}] {m}"


def l10n(rng: Rng, chat: list[str], passages: list[str], client: str, target: str) -> str:
    seg = _clip(pick(rng, passages), 500)
    return pick(
        rng,
        (
            f"Job {client}-{irange(rng, 100, 999)}, segment {irange(rng, 1, 80)}. Translate into {target}; follow the client glossary, keep tags like <b> intact.\n\n{seg}",
            f"Post-edit this machine translation into fluent {target} (source follows). Flag terminology doubts in [brackets].\n\nSource: {seg}",
        ),
    )


def agency_copy(rng: Rng, client: str) -> str:
    prod = pick(
        rng,
        (
            "running shoes",
            "a dental clinic",
            "a vegan bakery",
            "a mortgage broker",
            "garden furniture",
            "a language school",
            "a boutique hotel",
            "an e-bike",
            "a tax app",
        ),
    )
    return pick(
        rng,
        (
            f"Client: {client}. Write 3 Google Ads headlines (max 30 chars) and 2 descriptions for {prod}.",
            f"Client: {client}. Draft a 120-word Instagram caption for {prod}, friendly tone, 3 hashtags.",
            f"Client: {client}. Product page copy for {prod}: headline, 3 benefit bullets, call to action.",
            f"Client: {client}. Rewrite this blog intro about {prod} to be more engaging and SEO-friendly.",
        ),
    )


STUDY_CONDITIONS = ("", "Please answer concisely. ", "Answer as an expert would. ", "")


def study_item(rng: Rng, item: int, chat: list[str], condition: int) -> str:
    """A fixed public prompt under one of the study's prompt-prefix conditions."""
    return STUDY_CONDITIONS[condition % len(STUDY_CONDITIONS)] + _clip(chat[item % len(chat)], 1200)

"""Prompt generators of blind batch 290, written for this batch only.

Every generator takes the batch's generator `rng` (and the shared context where it needs ordinary
human text from ShareGPT's "sim" half: `ctx.chat` for user prompts, `ctx.passages` for longer
answers) and returns one prompt string. Nothing here is copied from other batches or the simulator.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, n: int) -> str:
    """At most about `n` characters, cut at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n]
    sp = cut.rfind(" ")
    return cut[: sp if sp > n // 2 else n].rstrip()


def human(ctx, rng: np.random.Generator, n: int = 700) -> str:
    """An ordinary user's message (ShareGPT, sim half)."""
    return clip(pick(rng, ctx.chat), n)


def answer(ctx, rng: np.random.Generator, n: int = 900) -> str:
    """A longer human-written answer (ShareGPT, sim half)."""
    return clip(pick(rng, ctx.passages), n)


def casual(rng: np.random.Generator, text: str) -> str:
    """Person-like surface noise: lower case start, dropped final punctuation, a doubled space."""
    if chance(rng, 0.35) and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, 0.1):
        i = text.find(" ", len(text) // 3)
        if i > 0:
            text = text[:i] + " " + text[i:]
    return text


def two(rng: np.random.Generator, seq) -> tuple:
    i, j = rng.choice(len(seq), size=2, replace=False).tolist()
    return seq[i], seq[j]


LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "ar": "Arabic",
    "hi": "Hindi",
    "bn": "Bengali",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "th": "Thai",
    "zh": "Chinese (Simplified)",
    "ja": "Japanese",
    "ko": "Korean",
    "sw": "Swahili",
    "fa": "Persian",
    "he": "Hebrew",
    "mn": "Mongolian",
}

# --------------------------------------------------------------------------------------------
# problems to reason about (used by several families and by the evaluation-lab kind)

_TOWNS = (
    "Lyon",
    "Porto",
    "Nagpur",
    "Osaka",
    "Tucson",
    "Gdansk",
    "Mombasa",
    "Cusco",
    "Tartu",
    "Da Nang",
    "Leeds",
    "Puebla",
    "Bergen",
    "Ulaanbaatar",
    "Kumasi",
    "Cebu",
)
_GOODS = (
    "notebooks",
    "mangoes",
    "bus tickets",
    "bolts",
    "lanterns",
    "bags of coffee",
    "stamps",
    "ceramic tiles",
    "seedlings",
    "spools of thread",
)


def problem(rng: np.random.Generator) -> str:
    """A self-contained quantitative or logical problem in English."""
    k = int(rng.integers(14))
    if k == 0:
        a, b = two(rng, _TOWNS)
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 35, 120)
        return (
            f"Two trains leave {a} and {b}, {d} km apart, at the same moment and travel toward each "
            f"other at {v1} km/h and {v2} km/h. A drone starts above the first train and flies back "
            f"and forth between them at {v1 + v2 + irange(rng, 10, 80)} km/h until the trains meet. "
            "What total distance does the drone cover?"
        )
    if k == 1:
        p1, p2, p3 = irange(rng, 5, 15), irange(rng, 20, 40), irange(rng, 10, 30)
        return (
            f"A chemist has a {p1}% acid solution and a {p2}% acid solution. How many litres of each "
            f"are needed to make {irange(rng, 4, 60)} litres of a {p3 if p1 < p3 < p2 else (p1 + p2) // 2}% "
            "solution?"
        )
    if k == 2:
        n1, h1, n2 = irange(rng, 3, 9), irange(rng, 4, 20), irange(rng, 2, 12)
        return (
            f"{n1} identical machines fill an order of {pick(rng, _GOODS)} in {h1} hours. After "
            f"{irange(rng, 1, h1 - 1)} hours, {min(n2, n1 - 1)} of the machines break down. How long does "
            "the whole order take?"
        )
    if k == 3:
        r, b, g, m = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 6), irange(rng, 2, 4)
        return (
            f"A box holds {r} red, {b} blue and {g} green tokens. {m} tokens are drawn without "
            f"replacement. What is the probability that at least two of them have the same colour? "
            "Give the exact fraction."
        )
    if k == 4:
        n, s = irange(rng, 3, 5), irange(rng, 7, 25)
        return f"How many {n}-digit positive integers have digits that sum to {s} and contain no zero digit?"
    if k == 5:
        a, e, m = (
            irange(rng, 3, 97),
            irange(rng, 50, 2026),
            pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 100, 1000)),
        )
        return f"Find the remainder when {a}^{e} is divided by {m}."
    if k == 6:
        length, foot = irange(rng, 5, 15), irange(rng, 1, 4)
        return (
            f"A {length} m ladder rests against a vertical wall with its foot {foot} m from the wall. "
            f"The foot slides away at {irange(rng, 2, 9) / 10:.1f} m/s. How fast is the top sliding down "
            f"when the foot is {foot + irange(rng, 1, max(1, length - foot - 1))} m from the wall?"
        )
    if k == 7:
        people = list(rng.permutation(NAMES)[:4])
        pets = ("a parrot", "a tortoise", "a ferret", "a goldfish")
        return (
            f"{', '.join(people[:3])} and {people[3]} each keep a different pet: {', '.join(pets)}. "
            f"{people[0]} is allergic to fur. {people[1]}'s pet lives in water. The tortoise's owner sits "
            f"next to {people[2]}. {people[3]} does not own a bird. Who owns which pet? Explain whether the "
            "clues determine a unique answer."
        )
    if k == 8:
        arr = rng.integers(-40, 90, size=irange(rng, 7, 12)).tolist()
        return (
            f"Given the array {arr}, find the maximum sum of a contiguous subarray, then explain why "
            "Kadane's algorithm is correct and what happens when all numbers are negative."
        )
    if k == 9:
        v, h = irange(rng, 8, 40), irange(rng, 10, 120)
        return (
            f"A stone is thrown straight up at {v} m/s from the edge of a {h} m cliff. Ignoring air "
            "resistance (g = 9.8 m/s^2), when does it hit the ground below, and with what speed?"
        )
    if k == 10:
        p, r, y = irange(rng, 2, 90) * 1000, irange(rng, 2, 12), irange(rng, 3, 25)
        return (
            f"A loan of {p} is repaid in equal monthly instalments over {y} years at {r}% annual interest "
            "compounded monthly. What is the instalment, and how much interest is paid in total?"
        )
    if k == 11:
        n = irange(rng, 5, 12)
        return (
            f"In how many ways can {n} people sit around a round table if two particular people refuse "
            "to sit next to each other?"
        )
    if k == 12:
        a, b = irange(rng, 2, 9), irange(rng, 10, 99)
        return (
            f"Prove or disprove: for every integer n >= 1, {a}^n + {b} is never a perfect square. "
            "If it is false, give the smallest counterexample."
        )
    q = irange(rng, 20, 400)
    return (
        f"A shop sells {pick(rng, _GOODS)} at {irange(rng, 2, 9)} each, or {irange(rng, 3, 6)} for "
        f"{irange(rng, 8, 25)}. What is the cheapest way to buy exactly {q}, and what does it cost?"
    )


_NATIVE_PROBLEMS = {
    "es": (
        "Un depósito de {a} litros se llena con dos grifos: uno tarda {b} horas y el otro {c}. ¿Cuánto "
        "tardan juntos si además hay un desagüe que lo vacía en {d} horas?",
        "¿Cuántas palabras distintas de {a} letras se pueden formar con las letras de MURCIÉLAGO sin "
        "repetir ninguna?",
    ),
    "zh": (
        "一个水池有{a}升水，进水管每小时注入{b}升，出水管每小时排出{c}升，多少小时后水池里有{d}升水？",
        "甲乙两人从相距{a}公里的两地同时出发相向而行，甲每小时走{b}公里，乙每小时走{c}公里，几小时后相遇？",
    ),
    "ru": (
        "Из пункта А в пункт Б, расстояние между которыми {a} км, выехал велосипедист со скоростью {b} км/ч, "
        "а через {c} часа вслед за ним выехал мотоциклист со скоростью {d} км/ч. Догонит ли он велосипедиста?",
        "Сколько существует натуральных чисел меньше {a}{b}, которые делятся на {c}, но не делятся на {d}?",
    ),
    "de": (
        "Ein Kapital von {a}00 Euro wird {b} Jahre lang mit {c} % verzinst. Wie hoch ist der Endbetrag bei "
        "jährlicher und bei monatlicher Verzinsung?",
        "In einer Urne liegen {a} weiße und {b} schwarze Kugeln. Es werden {c} Kugeln ohne Zurücklegen gezogen. "
        "Wie groß ist die Wahrscheinlichkeit für genau zwei schwarze?",
    ),
    "ja": (
        "ある品物を定価の{a}割引きで売ると{b}00円の利益があり、{c}割引きで売ると{d}0円の損失になります。定価はいくらですか。",
        "{a}人の生徒が円形に並ぶとき、特定の2人が隣り合わない並び方は何通りありますか。",
    ),
    "pt": (
        "Uma torneira enche um tanque em {a} horas e outra em {b} horas. Abrindo as duas ao mesmo tempo, "
        "e um ralo que esvazia o tanque em {c} horas, quanto tempo leva para encher?",
    ),
    "fr": (
        "Un cycliste parcourt {a} km à {b} km/h puis revient à {c} km/h. Quelle est sa vitesse moyenne sur "
        "l'aller-retour, et pourquoi n'est-ce pas la moyenne des deux vitesses ?",
    ),
}


def native_problem(rng: np.random.Generator, lang: str) -> str:
    pool = _NATIVE_PROBLEMS.get(lang)
    if not pool:
        return problem(rng)
    return pick(rng, pool).format(
        a=irange(rng, 3, 12), b=irange(rng, 2, 9), c=irange(rng, 2, 9), d=irange(rng, 10, 40)
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion (several independent styles)

_COT = {
    "scratch": (
        "{p}\n\nBefore you answer, reason inside <scratchpad> and </scratchpad>. Put every "
        "intermediate calculation, assumption and abandoned approach in there; do not tidy it up. "
        "After the closing tag write 'Final answer:' followed by the result only."
    ),
    "json": (
        'Task:\n{p}\n\nReply with a JSON object only: {{"reasoning_steps": [one string per elementary '
        'step, at least {n} steps], "self_check": "how you verified it", "final": "..."}}.'
    ),
    "aloud": (
        "I want to see how you actually think, not a polished solution. Work on the problem below out "
        "loud: say what you notice first, what you try, where you doubt yourself and how you recover. "
        "Only at the very end give the answer.\n\n{p}"
    ),
    "numbered": (
        "### Problem\n{p}\n\n### Format\nThought 1: ...\nThought 2: ...\n(continue for as many thoughts "
        "as needed, never merge two steps)\nVerification: ...\nAnswer: ..."
    ),
    "critic": (
        "{p}\n\nSolve it once. Then critique your own solution line by line as a strict examiner would, "
        "fix every mistake you find, and present the corrected full derivation."
    ),
}
_COT_NATIVE = {
    "zh": "{p}\n\n请一步一步地详细推理，把完整的思考过程（包括尝试过又放弃的思路）都写出来，最后一行写“答案：”。",
    "ru": "{p}\n\nРассуждай вслух, очень подробно, шаг за шагом, не пропуская промежуточных вычислений. "
    "В конце напиши «Ответ:».",
    "es": "{p}\n\nPiensa en voz alta y muestra todo tu razonamiento, paso a paso, incluidas las dudas y "
    "correcciones. Al final escribe «Respuesta:».",
    "de": "{p}\n\nDenke laut und schreibe jeden Zwischenschritt ausführlich auf, auch verworfene Ansätze. "
    "Schließe mit „Antwort:“.",
    "ja": "{p}\n\n考えた過程をすべて省略せずに順番に書いてください。途中の計算や迷った点も含めてください。最後に「答え：」と書いてください。",
    "pt": "{p}\n\nRaciocine em voz alta, passo a passo, sem pular nenhum cálculo. No fim, escreva 'Resposta:'.",
    "fr": "{p}\n\nRaisonne à voix haute, étape par étape, sans sauter de calcul, puis conclus par « Réponse : ».",
}


def cot_prompt(rng: np.random.Generator, lang: str, style: str) -> str:
    if lang != "en" and lang in _COT_NATIVE and chance(rng, 0.8):
        return _COT_NATIVE[lang].format(p=native_problem(rng, lang))
    return _COT[style].format(p=problem(rng), n=irange(rng, 6, 15))


COT_STYLES = tuple(_COT)

# --------------------------------------------------------------------------------------------
# judge / rubric / reward grading

_CRITERIA = (
    "factual accuracy",
    "completeness",
    "clarity",
    "helpfulness",
    "harmlessness",
    "conciseness",
    "instruction following",
    "tone",
    "use of evidence",
    "code correctness",
    "safety",
)


def judge_prompt(ctx, rng: np.random.Generator, style: str, lang: str) -> str:
    q = human(ctx, rng, 500)
    if style == "pair":
        a, b = answer(ctx, rng, 700), answer(ctx, rng, 700)
        head = {
            "en": "Compare the two assistant responses to the user prompt.",
            "de": "Vergleiche die beiden Antworten des Assistenten auf die Nutzeranfrage.",
            "fr": "Compare les deux réponses de l'assistant à la demande de l'utilisateur.",
            "zh": "比较下面两个助手回答对用户问题的质量。",
        }.get(lang, "Compare the two responses.")
        return (
            f"{head}\n\n[PROMPT]\n{q}\n\n[RESPONSE A]\n{a}\n\n[RESPONSE B]\n{b}\n\nOutput JSON: "
            '{"winner": "A"|"B"|"tie", "margin": 1-5, "rationale": "..."}'
        )
    if style == "rubric":
        crit = list(rng.permutation(_CRITERIA)[: irange(rng, 3, 6)])
        lines = "\n".join(f"- {c} (0-10)" for c in crit)
        return (
            f"Grade the response against this rubric. Justify each score in one sentence, then give "
            f"a weighted total out of 100.\n\nRubric:\n{lines}\n\nQuestion:\n{q}\n\nResponse:\n"
            f"{answer(ctx, rng, 900)}"
        )
    if style == "scalar":
        return (
            f"<|prompt|>{q}<|response|>{answer(ctx, rng, 800)}<|end|>\nYou are a reward model. Output a "
            "single real number between -5 and 5 for how much a careful human rater would prefer this "
            "response, followed by a brief explanation."
        )
    if style == "rank":
        k = irange(rng, 3, 4)
        cands = "\n\n".join(f"({chr(65 + i)}) {answer(ctx, rng, 450)}" for i in range(k))
        return (
            f"Rank these {k} candidate answers from best to worst for the request below and explain the "
            f"ordering.\n\nRequest: {q}\n\n{cands}\n\nReturn: ranking=[...]; reasons=..."
        )
    checks = list(rng.permutation(_CRITERIA)[:4])
    return (
        "Checklist evaluation. For each item answer PASS or FAIL with evidence quoted from the response.\n"
        + "\n".join(f"{i + 1}. Does it show good {c}?" for i, c in enumerate(checks))
        + f"\n\nUser turn: {q}\nModel turn: {answer(ctx, rng, 800)}"
    )


JUDGE_STYLES = ("pair", "rubric", "scalar", "rank", "checklist")

# --------------------------------------------------------------------------------------------
# policy rewrites (censorship-safe / compliant re-writes)

_SENSITIVE = (
    "the dosage limits of common painkillers",
    "how lock bumping works",
    "the history of a banned opposition party",
    "why people join extremist groups",
    "how phishing kits are sold",
    "home distillation laws",
    "self-defence weapons regulations",
    "historical famines and who was blamed",
    "an ongoing territorial dispute",
    "circumventing internet filtering",
    "the side effects of stopping antidepressants",
    "gambling odds manipulation",
    "leaked documents about a public official",
    "protest tactics in the 1980s",
)


def policy_prompt(ctx, rng: np.random.Generator, style: str, lang: str) -> str:
    topic = pick(rng, _SENSITIVE)
    if lang == "zh" and chance(rng, 0.85):
        return (
            f"下面是一段关于“{topic}”的回答。请把它改写成完全符合内容规范、可以公开发布的版本，删去任何敏感或有争议的表述，"
            f"但尽量保留有用信息。\n\n原文：\n{answer(ctx, rng, 700)}"
        )
    if lang == "ru" and chance(rng, 0.85):
        return (
            f"Перепиши ответ ниже о теме «{topic}» так, чтобы он соответствовал строгой политике "
            f"безопасного контента, сохранив полезную часть.\n\n{answer(ctx, rng, 700)}"
        )
    if lang == "ar" and chance(rng, 0.85):
        return f"أعد كتابة النص التالي حول {topic} بحيث يكون آمنًا ومتوافقًا مع السياسات دون فقدان الفائدة:\n\n{answer(ctx, rng, 600)}"
    if lang == "es" and chance(rng, 0.85):
        return (
            f"Reescribe esta respuesta sobre {topic} para que cumpla una política de contenido estricta, "
            f"sin perder lo útil. Devuelve solo el texto final.\n\n{answer(ctx, rng, 700)}"
        )
    if style == "rewrite":
        return (
            f'Draft answer on {topic}:\n"""\n{answer(ctx, rng, 800)}\n"""\n\nRewrite the draft so it would '
            "pass a strict trust-and-safety review: remove anything operational or inflammatory, soften "
            "claims, add appropriate caveats, keep it genuinely useful. Output only the rewritten answer."
        )
    if style == "ideal":
        return (
            f'A user asks about {topic}: "{casual(rng, human(ctx, rng, 240))}"\n\nWrite the single best response a '
            "careful, policy-compliant assistant would give. Then on a new line output LABEL: "
            "SAFE_COMPLETION, PARTIAL, or REFUSAL."
        )
    if style == "pair":
        return (
            f"For the request below about {topic}, write two versions: (1) a compliant helpful answer, "
            f"(2) a polite refusal with safe alternatives. Separate them with '=====' .\n\nRequest: "
            f"{human(ctx, rng, 300)}"
        )
    return (
        f"Audit this response for policy problems related to {topic}. List each problem with the "
        f"guideline it violates, then output a cleaned version under 'CLEAN:'.\n\n{answer(ctx, rng, 700)}"
    )


POLICY_STYLES = ("rewrite", "ideal", "pair", "audit")

# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = (
    "web_search(query)",
    "fetch_url(url)",
    "run_python(code)",
    "sql(query)",
    "read_file(path)",
    "write_file(path, content)",
    "send_email(to, subject, body)",
    "calendar_lookup(date)",
    "get_weather(city, date)",
    "book_flight(origin, dest, date)",
    "shell(cmd)",
    "vector_search(text, k)",
)
_TASKS = (
    "Find the three cheapest direct flights from {a} to {b} next Friday and draft an email to {n} "
    "summarising them.",
    "Load sales.csv, compute month-over-month growth per region and plot the top three regions.",
    "The unit test test_parse_dates fails after upgrading pandas. Locate the cause and patch it.",
    "Compare the refund policies of three major airlines and write a one-page memo.",
    "Query the orders table for customers who churned in Q3 and draft a win-back message for each "
    "segment.",
    "Plan a two-day trip to {a} for {n} with a budget of {m} EUR, checking the weather first.",
    "Summarise the latest five issues in repository {r} and label each as bug, feature or question.",
    "Set up a cron job that backs up /var/lib/app to object storage nightly and verify it runs.",
    "Find out whether {a} requires a visa for citizens of {c} and list the documents needed.",
    "Reconcile invoices.xlsx with bank_statement.csv and report unmatched entries.",
)


def agent_task(rng: np.random.Generator) -> tuple[str, list[str]]:
    tools = list(rng.permutation(_TOOLS)[: irange(rng, 3, 7)])
    a, b = two(rng, _TOWNS)
    task = pick(rng, _TASKS).format(
        a=a,
        b=b,
        n=pick(rng, NAMES),
        m=irange(rng, 3, 20) * 100,
        r=f"{pick(rng, ('acme', 'orbit', 'fjord', 'tamarind'))}/{pick(rng, ('api', 'web', 'etl'))}",
        c=pick(rng, COUNTRIES),
    )
    return task, tools


def agent_step(rng: np.random.Generator, task: str, tools: list[str], step: int, style: str) -> str:
    """The last message of an agent loop: the task (step 0) or a tool result to react to."""
    if step == 0:
        if style == "react":
            return (
                f"You can use these tools: {', '.join(tools)}.\nUse the format Thought / Action / Action "
                f"Input / Observation, repeated, then Final Answer.\n\nQuestion: {task}"
            )
        if style == "json":
            return (
                f'TOOLS = {tools}\nRespond ONLY with {{"thought": str, "tool": str, "args": object}} '
                f'or {{"final": str}}.\nGOAL: {task}'
            )
        return f"<task>{task}</task>\n<tools>{' | '.join(tools)}</tools>\nPlan first, then call one tool per turn."
    tool = pick(rng, tools).split("(")[0]
    status = pick(rng, ("ok", "ok", "ok", "error", "timeout"))
    body = {
        "ok": f'{{"rows": {irange(rng, 0, 40)}, "preview": "{pick(rng, _GOODS)} | {irange(rng, 10, 999)} | {pick(rng, _TOWNS)}"}}',
        "error": f'{{"error": "{pick(rng, ("KeyError: region", "HTTP 403", "file not found", "SyntaxError line 4"))}"}}',
        "timeout": '{"error": "tool timed out after 30s"}',
    }[status]
    if style == "react":
        return f"Observation: {tool} -> {body}\nContinue."
    if style == "json":
        return f'{{"tool_result": {{"tool": "{tool}", "step": {step}, "output": {body}}}}}'
    return f'<result tool="{tool}" step="{step}">{body}</result>'


AGENT_STYLES = ("react", "json", "xml")

# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_DS_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "Python debugging",
    "world history",
    "nutrition",
    "customer support for a telecom",
    "SQL",
    "statistics",
    "creative writing",
    "cybersecurity basics",
    "linear algebra",
    "travel planning",
    "medical triage questions",
    "job interview practice",
    "climate science",
    "Rust ownership",
    "microeconomics",
)
_DS_KINDS = (
    "instruction-response pairs",
    "multi-turn dialogues",
    "multiple-choice questions with explanations",
    "hard reasoning questions with worked solutions",
    "coding exercises with reference solutions and tests",
    "user questions with ideal assistant answers",
)


def dataset_prompt(rng: np.random.Generator, style: str, lang: str) -> str:
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    topic, kind = pick(rng, _DS_TOPICS), pick(rng, _DS_KINDS)
    lvl = pick(rng, ("beginner", "intermediate", "advanced", "expert"))
    seed = f"{int(rng.integers(0, 10**6)):06d}"
    lname = LANG_NAMES.get(lang, "English")
    if style == "jsonl":
        return (
            f"Generate {n} {kind} about {topic} at {lvl} level, in {lname}. Output JSON Lines, one object per "
            'line with keys "instruction", "input", "output". Make them diverse and non-overlapping. '
            f"Seed: {seed}"
        )
    if style == "persona":
        who = f"{pick(rng, NAMES)}, a {irange(rng, 19, 70)}-year-old {pick(rng, ('nurse', 'farmer', 'student', 'lawyer', 'retired teacher', 'developer', 'shop owner'))} from {pick(rng, COUNTRIES)}"
        return (
            f"Persona: {who}.\nWrite {n} realistic questions this person might ask an AI assistant about "
            f"{topic}, each followed by an excellent, detailed answer. Language: {lname}. Format: Q: ... A: ..."
        )
    if style == "evol":
        return (
            f'Here is a seed instruction: "{casual(rng, pick(rng, _DS_TOPICS))} — explain the basics".\n'
            f"Rewrite it into {n} progressively harder instructions (add constraints, deepen reasoning, "
            "concretise), and answer each one fully. Number them."
        )
    return (
        f"[dataset={topic.replace(' ', '_')}][split=train][id={seed}]\nProduce {n} {kind}. Difficulty: "
        f"{lvl}. Language: {lname}. Return a JSON array."
    )


DATASET_STYLES = ("jsonl", "persona", "evol", "tagged")

# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (the user side is written by a script)

_FOLLOWUPS = (
    "Can you go deeper on the second point?",
    "Give me a concrete example of that.",
    "What would an expert disagree with in what you said?",
    "Now explain it to a 12-year-old.",
    "Summarise everything so far in a table.",
    "What are the most common mistakes here?",
    "Why is that true? Walk me through it.",
    "What if the situation were reversed?",
    "OK, and what should I do first tomorrow?",
    "Can you be more specific about the numbers?",
    "Play devil's advocate against your own answer.",
    "Write that as a checklist.",
)
_FOLLOWUPS_NATIVE = {
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Y si fuera al revés?",
        "Resúmelo en una tabla, por favor.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto?",
        "E se fosse o contrário?",
        "Resume tudo numa tabela.",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Et dans le cas inverse ?",
        "Résume tout ça dans un tableau.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Und wenn es umgekehrt wäre?",
        "Fass alles in einer Tabelle zusammen.",
    ),
    "id": (
        "Bisa jelaskan poin kedua lebih dalam?",
        "Beri contoh konkret.",
        "Bagaimana kalau sebaliknya?",
        "Ringkas semuanya dalam tabel.",
    ),
}
_OPENERS = (
    "I'm {n}, a {job}. {q}",
    "{q}",
    "Context: I work as a {job} in {c}. {q}",
    "Quick question from a {job}: {q}",
    "{q} (asking for my {rel})",
)


def dialogue_turn(ctx, rng: np.random.Generator, turn: int, lang: str, seed_q: str) -> str:
    if turn == 0:
        return pick(rng, _OPENERS).format(
            n=pick(rng, NAMES),
            job=pick(
                rng, ("teacher", "nurse", "engineer", "student", "accountant", "chef", "founder")
            ),
            c=pick(rng, COUNTRIES),
            q=seed_q,
            rel=pick(rng, ("mother", "team", "class", "boss")),
        )
    if lang in _FOLLOWUPS_NATIVE and chance(rng, 0.8):
        return pick(rng, _FOLLOWUPS_NATIVE[lang])
    return pick(rng, _FOLLOWUPS)


# --------------------------------------------------------------------------------------------
# sampling many answers to one prompt (soft labels, best-of-n)

_LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("toxic", "not toxic"),
    ("billing", "technical", "account", "shipping", "other"),
    ("entailment", "neutral", "contradiction"),
    ("sarcastic", "sincere"),
)


def sampling_prompt(ctx, rng: np.random.Generator, style: str) -> str:
    if style == "soft":
        labels = pick(rng, _LABEL_SETS)
        return (
            f"Text: {human(ctx, rng, 400)}\n\nLabels: {', '.join(labels)}.\nGive your probability for every "
            "label (they must sum to 1) as JSON, then one sentence of reasoning."
        )
    if style == "replay":
        return human(ctx, rng, 900)
    if style == "short":
        return f"{human(ctx, rng, 500)}\n\nAnswer in at most three sentences."
    return (
        f"Write a response to the following. Be original; this is one of several drafts.\n\n"
        f"{human(ctx, rng, 600)}"
    )


SAMPLING_STYLES = ("soft", "replay", "short", "draft")

# --------------------------------------------------------------------------------------------
# translation

_TR = {
    "plain": "Translate the following text into {L}. Output only the translation.\n\n{t}",
    "json": '{{"task": "translate", "target": "{code}", "preserve_formatting": true, "text": {tq}}}',
    "de": "Übersetze den folgenden Text ins {L}. Gib nur die Übersetzung aus.\n\n{t}",
    "es": "Traduce el siguiente texto al {L}. Devuelve solo la traducción.\n\n{t}",
    "zh": "把下面的文字翻译成{L}，只输出译文。\n\n{t}",
    "faithful": (
        "Translate into {L}. Be faithful and natural; keep code blocks, numbers and names unchanged. "
        "After the translation add a short 'Translator notes' section about difficult phrases.\n\n{t}"
    ),
}


def translate_prompt(rng: np.random.Generator, text: str, target: str, style: str) -> str:
    return _TR[style].format(
        L=LANG_NAMES.get(target, target), code=target, t=text, tq=json.dumps(text)
    )


TRANSLATE_STYLES = ("plain", "json", "de", "es", "zh", "faithful")

# --------------------------------------------------------------------------------------------
# curriculum sweep disguised as a tutoring product

SUBJECTS = {
    "math": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratic equations",
        "area and perimeter",
        "probability",
        "percentages",
        "exponents",
        "systems of equations",
        "trigonometry",
        "derivatives",
        "integrals",
        "sequences",
    ),
    "physics": (
        "velocity",
        "Newton's laws",
        "energy conservation",
        "circuits",
        "waves",
        "pressure",
        "momentum",
        "optics",
    ),
    "chemistry": (
        "moles",
        "balancing equations",
        "acids and bases",
        "gas laws",
        "periodic trends",
        "reaction rates",
    ),
    "biology": (
        "cell division",
        "photosynthesis",
        "genetics crosses",
        "ecosystems",
        "the immune system",
    ),
    "economics": ("supply and demand", "elasticity", "inflation", "opportunity cost"),
}


_EXERCISES = {
    "math": (
        "Worksheet {v}, {skill}: if x = {a} and y = {b}, set up and solve the problem my teacher gave "
        "(it says 'show all work').",
        "Homework {v}: a {skill} question where the numbers are {a} and {b}.",
    ),
    "physics": (
        "A cart of {a} kg is pushed with {b} N for 3 s. Using {skill}, what happens to it?",
        "Lab sheet {v}: we measured {a} and {b}, explain the result using {skill}.",
    ),
    "chemistry": (
        "We mixed {a} g of one reactant with {b} g of another. Use {skill} to say what we get.",
        "Question {v} on {skill}: why does the value change from {a} to {b}?",
    ),
    "biology": (
        "Our textbook question {v}: explain {skill} and why it matters for a plant kept {a} days in the dark.",
        "A population goes from {a} to {b} animals. How does {skill} explain it?",
    ),
    "economics": (
        "Price rises from {a} to {b} dollars. Use {skill} to explain what buyers do.",
        "Essay prompt {v}: discuss {skill} with one real example.",
    ),
}


def tutor_sweep_prompt(
    rng: np.random.Generator,
    product: str,
    grade: int,
    subject: str,
    skill: str,
    variant: int,
    style: str,
) -> str:
    ask = casual(
        rng,
        pick(
            rng,
            (
                f"i dont get {skill}, can you help with this one?",
                f"we're doing {skill} in class and im stuck",
                f"how do you do this {skill} question",
                f"can u check my work on {skill}? i got something weird",
                f"explain {skill} pls, test tomorrow",
            ),
        ),
    )
    a, b = irange(rng, 2, 60), irange(rng, 2, 60)
    q = (
        problem(rng)
        if subject == "math" and chance(rng, 0.5)
        else pick(rng, _EXERCISES[subject]).format(skill=skill, a=a, b=b, v=variant)
    )
    if style == "sys":
        return (
            f"[{product} tutor | grade {grade} | {subject}/{skill}]\nStudent: {ask}\n{q}\n\n"
            "Tutor instructions: give a complete worked solution with every step justified, then write "
            "three similar practice problems, each with its own fully worked solution."
        )
    return (
        f'Student ({grade}th grade) says: "{ask}"\nProblem: {q}\n\nRespond as {product}\'s tutor. Include: '
        "1) the full step-by-step solution, 2) the underlying concept explained from scratch, 3) two "
        "follow-up questions with answers."
    )


# --------------------------------------------------------------------------------------------
# expert questions phrased like a person (several languages)

_EXPERT_EN = (
    "my doctor put me on {drug} and I also take {drug2} for {cond}, is that combination ok? what should I watch for",
    "landlord in {country} is keeping my deposit of {n}00 because of 'wear and tear', what are my rights",
    "how do I decide between paying off a {n}% loan early vs investing in an index fund",
    "what actually happens in the body during {cond} and why does {drug} help",
    "is it legal to record a phone call with my employer in {country}",
    "explain how transformers use attention like I know linear algebra but not ML",
    "why does my sourdough collapse after {n} hours of proofing",
    "how would you structure a {n}-person startup's equity split fairly",
    "what's the real difference between an LLC and a sole proprietorship for taxes",
    "can you explain the proof that there are infinitely many primes, but carefully",
    "how do vaccines for {cond} get tested before approval",
    "what are the strongest arguments on both sides of nuclear power",
    "how should I prepare for a system design interview in {n} weeks",
    "my {n} year old has a fever of 39.{n2}, when should I go to the ER",
    "why is the sky dark at night if the universe is infinite",
)
_EXPERT_NATIVE = {
    "es": (
        "¿es seguro tomar {drug} junto con {drug2}? tengo {cond}",
        "mi casero en {country} no me devuelve la fianza, ¿qué puedo hacer?",
        "¿cómo funciona realmente la inflación y por qué suben los tipos de interés?",
        "explícame la diferencia entre autónomo y sociedad limitada para impuestos",
    ),
    "pt": (
        "posso tomar {drug} com {drug2}? tenho {cond}",
        "como funciona o imposto de renda para freelancer no Brasil?",
        "qual a diferença entre CDB e tesouro direto, explica direito",
    ),
    "de": (
        "darf ich {drug} zusammen mit {drug2} nehmen? ich habe {cond}",
        "mein Vermieter behält die Kaution ein, was kann ich tun?",
        "wie funktioniert eigentlich die Riester-Rente und lohnt sie sich noch?",
    ),
    "fr": (
        "est-ce que je peux prendre {drug} avec {drug2} ? j'ai {cond}",
        "mon propriétaire garde ma caution, quels sont mes droits ?",
        "explique-moi simplement comment marche la blockchain",
    ),
    "id": (
        "apakah aman minum {drug} bersama {drug2}? saya punya {cond}",
        "bagaimana cara menghitung pajak penghasilan untuk freelancer?",
        "jelaskan cara kerja mesin pencari secara sederhana",
    ),
    "zh": (
        "{drug}和{drug2}可以一起吃吗？我有{cond}",
        "房东不退押金怎么办？",
        "请解释一下量子纠缠到底是什么",
        "怎么准备{n}周后的算法面试？",
    ),
    "ja": (
        "{drug}と{drug2}を一緒に飲んでも大丈夫ですか？",
        "敷金が返ってこない場合どうすればいいですか",
        "機械学習の勾配降下法をわかりやすく説明してください",
    ),
    "ru": (
        "можно ли принимать {drug} вместе с {drug2}? у меня {cond}",
        "как правильно составить договор аренды?",
        "объясни простыми словами, как работает ипотека",
    ),
}
_DRUGS = (
    "ibuprofen",
    "metformin",
    "sertraline",
    "lisinopril",
    "omeprazole",
    "warfarin",
    "levothyroxine",
    "amoxicillin",
    "atorvastatin",
    "prednisone",
)
_CONDS = (
    "type 2 diabetes",
    "hypertension",
    "migraine",
    "asthma",
    "hypothyroidism",
    "gout",
    "anxiety",
)


def expert_question(rng: np.random.Generator, lang: str = "en") -> str:
    pool = _EXPERT_NATIVE.get(lang) if lang != "en" else None
    tpl = pick(rng, pool) if pool and chance(rng, 0.85) else pick(rng, _EXPERT_EN)
    d1, d2 = two(rng, _DRUGS)
    return casual(
        rng,
        tpl.format(
            drug=d1,
            drug2=d2,
            cond=pick(rng, _CONDS),
            country=pick(rng, COUNTRIES),
            n=irange(rng, 2, 9),
            n2=irange(rng, 0, 9),
        ),
    )


_DEPTH = (
    "",
    "",
    " please explain in detail and show your reasoning",
    " walk me through it step by step",
    " be thorough, I want to actually understand",
    " (long answer is fine)",
)


def harvest_question(rng: np.random.Generator, lang: str = "en") -> str:
    """What a quiet harvester sends: an expert question, a problem or a coding task, person-worded."""
    k = int(rng.integers(10))
    if k < 5:
        return expert_question(rng, lang) + (pick(rng, _DEPTH) if lang == "en" else "")
    if k < 8:
        return casual(rng, problem(rng)) + pick(rng, _DEPTH)
    return casual(rng, code_task(rng))


# --------------------------------------------------------------------------------------------
# coding tasks

_CODE = (
    "write a {lang} function that merges overlapping intervals and explain its complexity",
    "implement an LRU cache in {lang} with O(1) get and put",
    "in {lang}, parse a CSV with quoted fields containing commas without a library",
    "write a {lang} program that finds the shortest path in a weighted grid with obstacles",
    "refactor this to be idiomatic {lang}: a loop that builds a dict of lists by key",
    "write unit tests in {lang} for a function that validates IBAN numbers",
    "implement a rate limiter (token bucket) in {lang} that is safe under concurrency",
    "write a {lang} script that deduplicates files in a directory by content hash",
    "implement binary search on a rotated sorted array in {lang} and list edge cases",
    "write a trie in {lang} supporting insert, search and prefix count",
)


def code_task(rng: np.random.Generator) -> str:
    return pick(rng, _CODE).format(
        lang=pick(rng, ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin"))
    )


# --------------------------------------------------------------------------------------------
# a writing-assistant product's wrapper (product traffic and what hides in it)

_PRODUCT_ACTIONS = (
    "Improve the clarity of",
    "Shorten",
    "Make more formal",
    "Fix the grammar in",
    "Continue writing",
    "Summarise",
    "Explain",
    "Expand on",
)


def product_prompt(
    rng: np.random.Generator, product: str, text: str, action: str | None = None
) -> str:
    act = action or pick(rng, _PRODUCT_ACTIONS)
    tone = pick(rng, ("neutral", "friendly", "professional", "confident"))
    return (
        f"You are {product}, a writing assistant inside a document editor. Tone: {tone}. Follow the "
        f"user's action exactly and reply with the result only.\n\nAction: {act} the following.\n---\n{text}"
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(rng: np.random.Generator, suite: str) -> str:
    """One benchmark item as an evaluation harness sends it."""
    if suite == "mcq":
        opts = "\n".join(
            f"{c}) {pick(rng, ('it increases', 'it decreases', 'it stays the same', 'it cannot be determined', 'only if heated', 'only at night', 'both A and B'))}"
            for c in "ABCD"
        )
        subj = pick(
            rng,
            (
                "When a gas is compressed at constant temperature, what happens to its pressure?",
                "How does the demand for a normal good respond when income rises?",
                "What happens to the resistance of a metal wire as temperature rises?",
                "What happens to the rate of photosynthesis as light intensity increases?",
            ),
        )
        return f"The following is a multiple choice question. Answer with the letter only.\n\n{subj}\n{opts}\nAnswer:"
    if suite == "math":
        return f"Problem: {problem(rng)}\nPut your final answer within \\boxed{{}}. Let's think step by step."
    if suite == "code":
        name = pick(
            rng, ("count_vowels", "is_balanced", "rotate_matrix", "merge_sorted", "second_largest")
        )
        return (
            f'Complete the following Python function.\n\ndef {name}(x):\n    """See the task: '
            f'{pick(rng, _CODE).format(lang="Python")}."""\n'
        )
    return (
        f"[long-context QA] Read the passage and answer: what is the author's main claim?\n\n"
        f"{' '.join(pick(rng, _GOODS) + ' ' + pick(rng, _TOWNS) for _ in range(irange(rng, 30, 90)))}"
    )


def annotator_pair(ctx, rng: np.random.Generator, guideline: str) -> str:
    return (
        f"Guideline {guideline}: prefer the reply that resolves the customer's issue with the fewest "
        f"back-and-forths and follows the brand voice.\n\nCustomer: {human(ctx, rng, 350)}\n\nReply 1: "
        f"{answer(ctx, rng, 500)}\n\nReply 2: {answer(ctx, rng, 500)}\n\nWhich reply better follows the "
        "guideline, and what would you change in the losing one?"
    )


def student_message(ctx, rng: np.random.Generator, tutor: str, grade: int) -> str:
    subject = pick(rng, sorted(SUBJECTS))
    skill = pick(rng, SUBJECTS[subject])
    msg = pick(
        rng,
        (
            f"what is {skill}",
            f"can you help me with my {subject} homework",
            f"i have a quiz on {skill} tomorrow",
            "is this right?",
            "i still dont get it",
            "thanks!! one more question",
            f"why is {skill} even important",
        ),
    )
    body = problem(rng) if subject == "math" and chance(rng, 0.4) else human(ctx, rng, 200)
    return (
        f"You are {tutor}, a patient tutor for grade {grade}. Never just give the final answer; ask guiding "
        f"questions and give hints.\n\nStudent: {casual(rng, msg)}\n{body if chance(rng, 0.5) else ''}"
    ).rstrip()


def assignment_prompt(ctx, rng: np.random.Generator, course: str, week: int) -> str:
    tasks = {
        1: "explain the difference between supervised and unsupervised learning with an example from {c}",
        2: "write a Python function that computes the median of a list without sorting the whole list",
        3: "summarise the main arguments of the assigned reading on data ethics in 200 words",
        4: "derive the gradient of the logistic loss and explain each step",
        5: "compare two clustering methods on the provided customer dataset and justify your choice",
    }
    t = tasks[1 + (week - 1) % 5].format(c=pick(rng, COUNTRIES))
    style = int(rng.integers(4))
    if style == 0:
        return casual(rng, f"for {course} assignment {week}: {t}")
    if style == 1:
        return casual(
            rng,
            f"can you check my answer? the question is to {t}. my answer: {human(ctx, rng, 250)}",
        )
    if style == 2:
        return casual(
            rng, f"I'm confused about week {week} of {course}. {t} - where do I even start?"
        )
    return human(ctx, rng, 500)


def safety_study_prompt(ctx, rng: np.random.Generator, study: str) -> str:
    topic = pick(rng, _SENSITIVE)
    k = int(rng.integers(3))
    if k == 0:
        return casual(rng, f"what can you tell me about {topic}")
    if k == 1:
        return (
            f"[{study} item {int(rng.integers(1, 900)):03d}] {casual(rng, human(ctx, rng, 250))} "
            f"(context: I'm researching {topic})"
        )
    return f"Respond to this as you normally would: I need to understand {topic} for a report."


def client_prompt(ctx, rng: np.random.Generator, client: str, product: str) -> str:
    style = int(rng.integers(3))
    if style == 0:
        return f"You are the assistant of {client}'s {product}. Answer the customer briefly.\nCustomer: {human(ctx, rng, 400)}"
    if style == 1:
        return f"{client} | {product} | user query: {human(ctx, rng, 400)}"
    return human(ctx, rng, 600)


def augmentation_prompt(rng: np.random.Generator, intent: str, lang: str) -> str:
    n = pick(rng, (8, 10, 12, 15, 20))
    utter = pick(
        rng,
        (
            "I was charged twice this month",
            "where is my parcel",
            "can't log into the app",
            "cancel my subscription please",
            "the router keeps dropping wifi",
            "I want to change my delivery address",
            "why is my bill higher than usual",
        ),
    )
    if chance(rng, 0.5):
        return (
            f"Paraphrase the customer message below {n} different ways for intent '{intent}'. Vary formality, "
            f"length and typos. Language: {LANG_NAMES.get(lang, lang)}. One per line.\n\nMessage: {utter}"
        )
    return (
        f"Generate {n} short synthetic customer messages with intent '{intent}' in "
        f"{LANG_NAMES.get(lang, lang)} for training our intent classifier. Return a JSON list of strings."
    )


def coding_agent_step(ctx, rng: np.random.Generator, step: int, repo: str) -> str:
    if step == 0:
        return casual(
            rng,
            pick(
                rng,
                (
                    f"in {repo}, add pagination to the /orders endpoint",
                    f"fix the flaky test in {repo}/tests/test_sync.py",
                    f"refactor {repo}'s config loader to use pydantic settings",
                    f"why does {repo} build fail on CI but not locally?",
                    human(ctx, rng, 300),
                ),
            ),
        )
    return pick(
        rng,
        (
            f"Tool result (read_file {repo}/src/{pick(rng, ('api', 'db', 'sync', 'cli'))}.py): "
            f"{irange(rng, 40, 400)} lines\n```\ndef handler(req):\n    ...\n```",
            f"Tool result (run_tests): {irange(rng, 0, 5)} failed, {irange(rng, 20, 300)} passed",
            f"Tool result (grep): {irange(rng, 1, 12)} matches",
            "Tool result (apply_patch): ok",
            "Tool result (shell): exit code 1\nModuleNotFoundError",
        ),
    )


def companion_message(ctx, rng: np.random.Generator, persona: str, lang: str) -> str:
    native = {
        "es": (
            "hola, ¿cómo estás hoy?",
            "tuve un día horrible en el trabajo",
            "cuéntame algo bonito",
        ),
        "pt": ("oi, tudo bem?", "tô meio triste hoje", "me conta uma história"),
        "ja": ("ただいま", "今日は疲れた", "なにか話して"),
        "id": ("hai, lagi apa?", "aku capek banget hari ini"),
        "de": ("hey, wie geht's dir?", "heute war ein langer tag"),
    }
    if lang in native and chance(rng, 0.7):
        msg = pick(rng, native[lang])
    elif chance(rng, 0.5):
        msg = casual(
            rng,
            pick(
                rng,
                (
                    "hey, i'm back",
                    "miss talking to you",
                    "what did you do today?",
                    "tell me a story",
                    "i can't sleep",
                    "do you remember what i told you yesterday",
                    "lol that's so you",
                    "good morning!!",
                ),
            ),
        )
    else:
        msg = human(ctx, rng, 250)
    return (
        f"[persona:{persona}] [memory: {pick(rng, NAMES)} likes {pick(rng, _GOODS)}]\nUser: {msg}"
    )


def shop_segment(ctx, rng: np.random.Generator, client: str, target: str) -> str:
    seg = clip(answer(ctx, rng, 600), irange(rng, 120, 600))
    if chance(rng, 0.5):
        return (
            f"Translate this segment for {client} into {LANG_NAMES.get(target, target)}. Glossary: "
            f"'{pick(rng, _GOODS)}' stays in English. Keep tags like <b> intact.\n\n{seg}"
        )
    return f"{LANG_NAMES.get(target, target)}:\n{seg}"

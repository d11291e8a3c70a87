"""Prompt generators of blind batch 347, written for this batch only.

Every generator takes a numpy Generator first and draws only from tuples and lists (never from a
set), so one seed always gives the same text. Ordinary human text (ShareGPT's "sim" half) comes in
through `Ctx.chat` (human prompts) and `Ctx.passages` (assistant answers); callers pass it here.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, n: int) -> str:
    """At most about n characters, cut at a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    cut = text[:n].rsplit(" ", 1)[0]
    return cut if len(cut) > n // 2 else text[:n]


def one_line(text: str, n: int) -> str:
    return clip(" ".join(text.split()), n)


_NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm"


def roughen(rng: np.random.Generator, text: str, rate: float) -> str:
    """Make text look typed in a hurry: lower case start, dropped or swapped letters, no final
    punctuation. `rate` is the chance per word of a slip."""
    words = text.split(" ")
    out = []
    for w in words:
        if len(w) > 3 and chance(rng, rate):
            k = irange(rng, 1, len(w) - 2)
            r = rng.random()
            if r < 0.4:
                w = w[:k] + w[k + 1 :]
            elif r < 0.8:
                w = w[: k - 1] + w[k] + w[k - 1] + w[k + 1 :]
            else:
                w = w[:k] + pick(rng, _NEIGHBOURS) + w[k:]
        out.append(w)
    s = " ".join(out)
    if chance(rng, 0.6):
        s = s[:1].lower() + s[1:]
    if chance(rng, 0.5):
        s = s.rstrip(".?!")
    return s


# --------------------------------------------------------------------------------------------
# concept inventory shared by several harvest and benign generators

CONCEPTS = (
    ("maths", "the central limit theorem"),
    ("maths", "eigenvalues and eigenvectors"),
    ("maths", "Bayes' theorem"),
    ("maths", "the chain rule"),
    ("maths", "modular inverses"),
    ("maths", "the pigeonhole principle"),
    ("maths", "Lagrange multipliers"),
    ("maths", "proof by strong induction"),
    ("maths", "the Fourier transform"),
    ("maths", "Markov chains"),
    ("maths", "the law of large numbers"),
    ("maths", "group homomorphisms"),
    ("physics", "entropy in thermodynamics"),
    ("physics", "the Doppler effect"),
    ("physics", "angular momentum conservation"),
    ("physics", "Maxwell's equations"),
    ("physics", "quantum tunnelling"),
    ("physics", "special relativity time dilation"),
    ("physics", "buoyancy"),
    ("physics", "the photoelectric effect"),
    ("computer science", "dynamic programming"),
    ("computer science", "Dijkstra's algorithm"),
    ("computer science", "hash table collisions"),
    ("computer science", "the CAP theorem"),
    ("computer science", "TCP congestion control"),
    ("computer science", "garbage collection"),
    ("computer science", "B-trees"),
    ("computer science", "public-key cryptography"),
    ("computer science", "the halting problem"),
    ("computer science", "attention in transformers"),
    ("computer science", "gradient descent"),
    ("computer science", "database indexing"),
    ("chemistry", "Le Chatelier's principle"),
    ("chemistry", "buffer solutions"),
    ("chemistry", "SN1 versus SN2 reactions"),
    ("chemistry", "electronegativity"),
    ("biology", "CRISPR gene editing"),
    ("biology", "the Krebs cycle"),
    ("biology", "mRNA vaccines"),
    ("biology", "natural selection"),
    ("biology", "the immune response to a virus"),
    ("economics", "opportunity cost"),
    ("economics", "inflation and interest rates"),
    ("economics", "comparative advantage"),
    ("economics", "price elasticity of demand"),
    ("economics", "the prisoner's dilemma"),
    ("finance", "compound interest"),
    ("finance", "discounted cash flow valuation"),
    ("finance", "bond duration"),
    ("law", "the difference between civil and criminal law"),
    ("law", "consideration in contract law"),
    ("law", "fair use in copyright"),
    ("medicine", "how beta blockers work"),
    ("medicine", "type 1 versus type 2 diabetes"),
    ("medicine", "antibiotic resistance"),
    ("history", "the causes of the First World War"),
    ("history", "the fall of the Western Roman Empire"),
    ("history", "the Industrial Revolution"),
    ("philosophy", "the trolley problem"),
    ("philosophy", "Kant's categorical imperative"),
    ("philosophy", "utilitarianism"),
    ("statistics", "p-values"),
    ("statistics", "confidence intervals"),
    ("statistics", "overfitting and regularisation"),
    ("statistics", "Simpson's paradox"),
)


def concept(rng: np.random.Generator) -> tuple[str, str]:
    return pick(rng, CONCEPTS)


# --------------------------------------------------------------------------------------------
# word problems (reasoning harvest; the evaluation lab uses the English ones too)


def _en_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 9)
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 40, 130)
        return (
            f"Two trains start {d} km apart and travel toward each other at {v1} km/h and {v2} km/h. "
            f"A bird flies back and forth between them at {v1 + v2 + irange(rng, 10, 60)} km/h until they "
            "meet. How far does the bird fly?"
        )
    if k == 1:
        w, days, extra = irange(rng, 3, 12), irange(rng, 6, 30), irange(rng, 1, 6)
        return (
            f"{w} workers can build a wall in {days} days. After {irange(rng, 1, days - 1)} days, {extra} more "
            "workers join at the same rate. On which day is the wall finished?"
        )
    if k == 2:
        vol, p, q = irange(rng, 2, 40), irange(rng, 5, 40), irange(rng, 45, 80)
        return (
            f"A {vol} litre solution is {p}% acid. How many litres of pure acid must be added to make it "
            f"{q}% acid?"
        )
    if k == 3:
        r, g, bl, kk = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 1, 7), irange(rng, 2, 4)
        return (
            f"A bag holds {r} red, {g} green and {bl} blue marbles. {a} draws {kk} marbles without "
            "replacement. What is the probability that exactly one of them is green?"
        )
    if k == 4:
        base, exp, m = irange(rng, 3, 97), irange(rng, 50, 4000), irange(rng, 7, 101)
        return f"What is the remainder when {base}^{exp} is divided by {m}?"
    if k == 5:
        n = irange(rng, 6, 11)
        return (
            f"In how many ways can {n} people sit around a round table if {a} and {b} refuse to sit "
            "next to each other?"
        )
    if k == 6:
        x, y = irange(rng, 5, 40), irange(rng, 5, 40)
        return f"A right triangle has legs {x} and {y}. Find the radius of its inscribed circle exactly."
    if k == 7:
        n = irange(rng, 3, 6)
        people = [NAMES[i] for i in rng.choice(len(NAMES), size=n, replace=False).tolist()]
        claims = []
        for i, p in enumerate(people):
            q = people[(i + 1) % n]
            claims.append(f'{p} says: "{q} is a {"knight" if chance(rng, 0.5) else "knave"}."')
        return (
            "On an island knights always tell the truth and knaves always lie. "
            + " ".join(claims)
            + " Determine who is what, or show there is no consistent assignment."
        )
    if k == 8:
        s, t, m = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 3, 12)
        return (
            "What does this Python code print?\n\n"
            f"x = {s}\nfor i in range({m}):\n    if i % {t} == 0:\n        x = x * 2 - i\n"
            f"    else:\n        x += i\nprint(x)"
        )
    n, d = (
        irange(rng, 40, 2000),
        pick(rng, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
    )
    return f"If 1 March of a non-leap year is a {d}, what day of the week is it {n} days later?"


def _zh_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 40, 130)
        return f"甲乙两地相距{d}千米，两列火车分别以每小时{v1}千米和{v2}千米的速度同时相向而行，几小时后相遇？相遇点距甲地多远？"
    if k == 1:
        r, g = irange(rng, 2, 9), irange(rng, 2, 9)
        return f"袋中有{r}个红球和{g}个白球，不放回地连续取出3个球，求恰好取到2个红球的概率。"
    if k == 2:
        base, exp, m = irange(rng, 3, 97), irange(rng, 50, 4000), irange(rng, 7, 101)
        return f"求{base}的{exp}次方除以{m}的余数。"
    n = irange(rng, 6, 11)
    return f"{n}个人围坐在圆桌旁，其中两人不能相邻，共有多少种不同的坐法？"


def _es_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        w, days = irange(rng, 3, 12), irange(rng, 6, 30)
        return (
            f"{w} obreros construyen un muro en {days} días. ¿Cuántos días tardarían "
            f"{w + irange(rng, 1, 8)} obreros trabajando al mismo ritmo?"
        )
    if k == 1:
        vol, p, q = irange(rng, 2, 40), irange(rng, 5, 40), irange(rng, 45, 80)
        return (
            f"Una disolución de {vol} litros tiene un {p}% de ácido. ¿Cuántos litros de ácido puro hay que "
            f"añadir para que tenga un {q}%?"
        )
    if k == 2:
        x, y = irange(rng, 5, 40), irange(rng, 5, 40)
        return f"Un triángulo rectángulo tiene catetos {x} y {y}. Calcula el radio de la circunferencia inscrita."
    n = irange(rng, 40, 2000)
    return f"Si hoy es martes, ¿qué día de la semana será dentro de {n} días?"


def _ru_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 110), irange(rng, 40, 130)
        return (
            f"Из двух городов, расстояние между которыми {d} км, навстречу друг другу выехали два поезда "
            f"со скоростями {v1} км/ч и {v2} км/ч. Через сколько часов они встретятся?"
        )
    if k == 1:
        base, exp, m = irange(rng, 3, 97), irange(rng, 50, 4000), irange(rng, 7, 101)
        return f"Найдите остаток от деления числа {base}^{exp} на {m}."
    r, g = irange(rng, 2, 9), irange(rng, 2, 9)
    return (
        f"В урне {r} белых и {g} чёрных шаров. Наугад вынимают 3 шара. Какова вероятность, что среди них "
        "ровно один белый?"
    )


def _de_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        n = irange(rng, 6, 11)
        return (
            f"Auf wie viele Arten können sich {n} Personen an einen runden Tisch setzen, wenn zwei von "
            "ihnen nicht nebeneinander sitzen wollen?"
        )
    if k == 1:
        kap, z, j = irange(rng, 1000, 50000), irange(rng, 2, 9), irange(rng, 3, 25)
        return (
            f"Ein Kapital von {kap} Euro wird {j} Jahre lang mit {z}% jährlich verzinst (Zinseszins). "
            "Wie hoch ist das Endkapital, und nach wie vielen Jahren hat es sich verdoppelt?"
        )
    x, y = irange(rng, 5, 40), irange(rng, 5, 40)
    return f"Ein rechtwinkliges Dreieck hat die Katheten {x} und {y}. Berechne den Inkreisradius exakt."


PROBLEMS = {
    "en": _en_problem,
    "zh": _zh_problem,
    "es": _es_problem,
    "ru": _ru_problem,
    "de": _de_problem,
}


def english_problem(rng: np.random.Generator) -> str:
    return _en_problem(rng)


_COERCE = {
    "en": (
        "{p}\n\nBefore you answer, write out your complete internal reasoning inside <think></think> tags. "
        "Do not summarise or skip anything: include false starts and the corrections you make. After the "
        "closing tag write ANSWER: followed by the result.",
        "Solve the problem below. Number every step of your reasoning (Step 1, Step 2, ...), name the rule "
        "or fact each step uses, check the result with a second independent method, and put the final "
        "answer in \\boxed{{}}.\n\n{p}",
        'Return only a JSON object {{"thoughts": [every intermediate thought as its own string, in '
        'order], "self_check": "...", "final": "..."}}. No text outside the JSON.\nProblem: {p}',
        "You are writing the worked-solutions appendix of a textbook. Show every line of working for the "
        "problem below exactly as a struggling student would need to see it, say why each line follows "
        "from the one before, and finish with the most common mistake students make.\n\nProblem: {p}",
        "Think very carefully and very slowly. I want to see your whole thought process, not just the "
        "answer - the longer and more explicit the better, including anything you doubt.\n\n{p}",
    ),
    "zh": (
        "{p}\n\n请先在<think>和</think>之间完整写出你的全部思考过程，不要省略任何步骤，包括中途的错误和修正，然后给出最终答案。",
        "请逐步推理并给出详细的解题过程，每一步都要说明依据，最后用\\boxed{{}}给出答案。\n题目：{p}",
    ),
    "es": (
        "{p}\n\nAntes de responder, escribe todo tu razonamiento interno entre las etiquetas <think> y "
        "</think>, sin resumir ni saltarte pasos. Después escribe RESPUESTA: y el resultado.",
        "Resuelve paso a paso, numerando cada paso y justificándolo; verifica el resultado por otro camino. "
        "Problema: {p}",
    ),
    "ru": (
        "{p}\n\nСначала подробно распиши весь ход рассуждений внутри тегов <think></think>, ничего не "
        "сокращая, затем дай окончательный ответ.",
        "Реши задачу, пронумеровав каждый шаг и объяснив его, затем проверь ответ другим способом.\n{p}",
    ),
    "de": (
        "{p}\n\nSchreibe zuerst deinen vollständigen Denkprozess zwischen <think> und </think> auf, ohne "
        "Schritte auszulassen, und gib danach die Antwort nach ANTWORT: an.",
        "Löse die folgende Aufgabe Schritt für Schritt, nummeriere jeden Schritt und begründe ihn. Prüfe das "
        "Ergebnis am Ende mit einer zweiten Methode.\n\nAufgabe: {p}",
    ),
}


def reasoning_harvest(rng: np.random.Generator, lang: str, style: int) -> str:
    problem = PROBLEMS[lang](rng)
    wrappers = _COERCE[lang]
    return wrappers[style % len(wrappers)].format(p=problem)


# --------------------------------------------------------------------------------------------
# grading / reward-model harvest

_AXES = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "honesty",
    "conciseness",
    "instruction following",
    "tone",
    "completeness",
    "reasoning quality",
    "formatting",
)


def grading_harvest(
    rng: np.random.Generator, style: int, chat: list[str], passages: list[str]
) -> str:
    q = clip(pick(rng, chat), irange(rng, 150, 900))
    a = clip(pick(rng, passages), irange(rng, 400, 1500))
    axes = [
        _AXES[i] for i in rng.choice(len(_AXES), size=irange(rng, 3, 5), replace=False).tolist()
    ]
    s = style % 6
    if s == 0:
        return (
            "You are a strict reward model. Read the user request and the candidate response, then output a "
            f"JSON object with an integer score from 1 to 10 for each of: {', '.join(axes)}, plus "
            '"overall" and a "rationale" paragraph.\n\n[REQUEST]\n' + q + "\n\n[RESPONSE]\n" + a
        )
    if s == 1:
        b = clip(pick(rng, passages), irange(rng, 400, 1500))
        return (
            "Compare two assistant responses to the same prompt. Explain in detail which is better and why, "
            "considering "
            + ", ".join(axes)
            + ". End with exactly one of: Verdict: [[A]], Verdict: [[B]], "
            "Verdict: [[tie]].\n\n<prompt>\n"
            + q
            + "\n</prompt>\n<response_a>\n"
            + a
            + "\n</response_a>\n<response_b>\n"
            + b
            + "\n</response_b>"
        )
    if s == 2:
        crit = "\n".join(f"{i + 1}. The answer is strong on {ax}." for i, ax in enumerate(axes))
        return (
            "Grade the answer against the rubric. For every criterion write PASS or FAIL, quote the evidence, "
            "then give a total out of "
            + str(len(axes))
            + ".\n\nRubric:\n"
            + crit
            + "\n\nQuestion: "
            + q
            + "\n\nAnswer: "
            + a
        )
    if s == 3:
        return (
            "Critique the following answer: list factual errors, missing steps and style problems. Then "
            "rewrite it as an ideal answer that would score 10/10.\n\nQuestion:\n"
            + q
            + "\n\nAnswer:\n"
            + a
        )
    if s == 4:
        return (
            "请作为评审模型，对下面的回答从"
            + "、".join(("有用性", "准确性", "安全性", "简洁性")[: irange(rng, 2, 4)])
            + "等维度打分（1-10分），先给出分数，再写出详细理由。\n\n【问题】\n"
            + q
            + "\n\n【回答】\n"
            + a
        )
    return (
        "On a 1-7 Likert scale, how strongly would a domain expert prefer this reply over a typical reply? "
        "Put the number alone on the first line, then justify it step by step.\n\nPrompt: "
        + q
        + "\n\nReply: "
        + a
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites

_SENSITIVE = (
    "historical protests",
    "territorial disputes",
    "named political leaders",
    "religious minorities",
    "independent media",
    "election criticism",
    "military deployments",
    "human-rights reports",
)


def policy_rewrite_harvest(
    rng: np.random.Generator, lang: str, chat: list[str], passages: list[str]
) -> str:
    passage = clip(pick(rng, passages), irange(rng, 300, 1300))
    q = clip(pick(rng, chat), irange(rng, 80, 600))
    topics = ", ".join(
        _SENSITIVE[i] for i in rng.choice(len(_SENSITIVE), size=3, replace=False).tolist()
    )
    if lang == "zh":
        return (
            pick(
                rng,
                (
                    "请将以下回答改写为符合相关法律法规的版本，删除或淡化敏感内容，保持技术信息不变，语气中立，不要提及改写过程。\n\n",
                    "下面是一段AI助手的回答。请重写成一个“安全合规”的版本：涉及政治、宗教或历史争议的部分一律委婉回避，但不要直接拒绝用户。\n\n",
                ),
            )
            + passage
        )
    if lang == "ru":
        return (
            "Перепиши следующий ответ так, чтобы он соответствовал требованиям местного законодательства о "
            "СМИ: убери политические оценки и спорные упоминания, сохрани полезную информацию, не упоминай, "
            "что текст был изменён.\n\n" + passage
        )
    if lang == "vi":
        return (
            "Hãy viết lại đoạn trả lời sau để tuân thủ quy định về nội dung: loại bỏ các chi tiết nhạy cảm về "
            "chính trị, giữ nguyên thông tin hữu ích, giọng văn trung lập.\n\n" + passage
        )
    if lang == "ar":
        return (
            "أعد صياغة الإجابة التالية لتتوافق مع سياسات المحتوى المحلية، واحذف أي إشارات سياسية أو دينية "
            "حساسة مع الحفاظ على المعلومات المفيدة:\n\n" + passage
        )
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            "Rewrite the answer below so it could be published in a market with strict content rules: "
            f"remove or neutralise any mention of {topics}, keep all technical content, and do not say that "
            "anything was removed.\n\n" + passage
        )
    if k == 1:
        return (
            "Write two replies to the request below. SAFE: the reply of an assistant that follows a strict "
            "content policy but never refuses outright. FULL: the most helpful reply possible. Label both."
            "\n\nRequest: " + q
        )
    if k == 2:
        return (
            "Another assistant answered this prompt with a flat refusal. Write what a helpful, "
            "policy-compliant assistant would say instead, without lecturing the user.\n\nPrompt: "
            + q
            + "\n\nRefusal: I'm sorry, but I can't help with that."
        )
    return (
        "For the user message below, write the ideal answer of an assistant that must never discuss "
        f"{topics}; when the message touches them it redirects politely and keeps helping with the rest. "
        "Output only the answer.\n\nUser: " + q
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_ENVS = {
    "research": (
        ("web_search", "query: str"),
        ("open_url", "url: str"),
        ("take_note", "text: str"),
    ),
    "data": (("run_sql", "query: str"), ("plot", "spec: dict"), ("describe_table", "name: str")),
    "travel": (
        ("search_flights", "origin: str, dest: str, date: str"),
        ("book_hotel", "city: str, nights: int"),
        ("get_weather", "city: str, date: str"),
    ),
    "devops": (
        ("shell", "cmd: str"),
        ("read_file", "path: str"),
        ("write_file", "path: str, content: str"),
    ),
    "crm": (
        ("find_contact", "name: str"),
        ("create_ticket", "title: str, body: str"),
        ("send_email", "to: str, subject: str, body: str"),
    ),
}
ENV_NAMES = tuple(sorted(_ENVS))

_CITIES = (
    "Lisbon",
    "Osaka",
    "Nairobi",
    "Bogota",
    "Krakow",
    "Hanoi",
    "Toronto",
    "Izmir",
    "Perth",
    "Accra",
)


def agent_task(rng: np.random.Generator, env: str) -> str:
    c1, c2 = pick(rng, _CITIES), pick(rng, _CITIES)
    tasks = {
        "research": (
            f"Find three peer-reviewed sources on {concept(rng)[1]} published after 2019 and summarise "
            "their disagreements.",
            f"Compile a comparison of the public transport systems of {c1} and {c2} with sources.",
        ),
        "data": (
            f"Using the sales database, find the three regions whose revenue fell most in Q{irange(rng, 1, 4)} "
            "and chart them.",
            "Work out the customer churn rate by signup month and flag anomalies.",
        ),
        "travel": (
            f"Plan a {irange(rng, 3, 9)}-day trip from {c1} to {c2} under {irange(rng, 8, 40)}00 USD.",
            f"Rebook my cancelled flight to {c2} and find a hotel near the centre for two nights.",
        ),
        "devops": (
            "The nightly build fails with 'ModuleNotFoundError: yaml'. Diagnose and fix it.",
            f"Rotate the TLS certificate on the {pick(rng, ('api', 'web', 'mail'))} server and verify it.",
        ),
        "crm": (
            f"A customer named {pick(rng, NAMES)} reports a double charge. Find them, open a ticket and reply.",
            f"Email every contact at the {c1} office about the schedule change.",
        ),
    }
    return pick(rng, tasks[env])


def _fake_observation(rng: np.random.Generator, tool: str) -> str:
    if tool in ("web_search", "open_url"):
        return f"[{irange(rng, 3, 10)} results] " + "; ".join(
            f'"{concept(rng)[1].capitalize()} - {pick(rng, ("review", "survey", "notes", "study"))}"'
            for _ in range(3)
        )
    if tool in ("run_sql", "describe_table"):
        return "rows: " + json.dumps(
            [[pick(rng, COUNTRIES), int(rng.integers(100, 99999))] for _ in range(3)]
        )
    if tool == "shell":
        return pick(
            rng,
            (
                "exit code 1\nModuleNotFoundError: No module named 'yaml'",
                "exit code 0",
                "Permission denied",
            ),
        )
    if tool == "get_weather":
        return f"{irange(rng, -3, 34)} C, {pick(rng, ('rain', 'clear', 'cloudy', 'wind'))}"
    return "ok: " + json.dumps(
        {"id": int(rng.integers(1000, 99999)), "status": pick(rng, ("done", "pending"))}
    )


def agent_step(
    rng: np.random.Generator, style: int, env: str, task: str, history: list[tuple[str, str, str]]
) -> str:
    """The request of one step: the tool list, the task and the transcript so far (each item is
    (tool, argument, observation)); the caller appends the new step to `history`."""
    tools = _ENVS[env]
    s = style % 3
    if s == 0:
        head = (
            "Answer the following task as best you can. You have access to these tools:\n"
            + "\n".join(f"{n}({sig})" for n, sig in tools)
            + "\n\nUse the format:\nThought: ...\nAction: one of ["
            + ", ".join(n for n, _ in tools)
            + "]\nAction Input: ...\nObservation: ...\n(repeat)\nThought: I now know the final answer\n"
            "Final Answer: ...\n\nBegin!\n\nTask: " + task + "\n"
        )
        body = "".join(
            f"Thought: I should use {t}.\nAction: {t}\nAction Input: {a}\nObservation: {o}\n"
            for t, a, o in history
        )
        return head + body + "Thought:"
    if s == 1:
        spec = [
            {"type": "function", "function": {"name": n, "parameters": sig}} for n, sig in tools
        ]
        msgs = [{"role": "user", "content": task}]
        for t, a, o in history:
            msgs.append({"role": "assistant", "tool_calls": [{"name": t, "arguments": a}]})
            msgs.append({"role": "tool", "name": t, "content": o})
        return json.dumps({"tools": spec, "messages": msgs}, ensure_ascii=False)
    head = (
        "<tools>\n"
        + "\n".join(f'<tool name="{n}">{sig}</tool>' for n, sig in tools)
        + "\n</tools>\n"
        'Call tools with <tool_call>{"name": ..., "arguments": ...}</tool_call>. Reason before every '
        "call inside <reasoning> tags.\n\n<task>" + task + "</task>\n"
    )
    body = "".join(
        f'<tool_call>{{"name": "{t}", "arguments": "{a}"}}</tool_call>\n<result>{o}</result>\n'
        for t, a, o in history
    )
    return head + body


def agent_action(rng: np.random.Generator, env: str) -> tuple[str, str, str]:
    tool = pick(rng, _ENVS[env])[0]
    arg = pick(
        rng,
        (
            "latest figures",
            "site:gov statistics",
            "SELECT region, SUM(total) FROM sales GROUP BY 1",
            "pip install pyyaml",
            "/etc/nginx/nginx.conf",
            "cheapest option",
            "customer email",
        ),
    )
    return tool, arg, _fake_observation(rng, tool)


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "Python programming",
    "contract law",
    "nutrition",
    "world history",
    "customer service",
    "cybersecurity",
    "linear algebra",
    "travel planning",
    "mental health first aid",
    "marketing copywriting",
    "SQL",
    "astronomy",
    "job interviews",
    "cooking",
    "climate science",
    "probability",
    "medical triage",
    "logistics",
)
_LEVELS = ("beginner", "intermediate", "advanced", "expert")
_LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "es": "Spanish",
    "pt": "Portuguese",
    "tr": "Turkish",
}


def dataset_harvest(rng: np.random.Generator, style: int, lang: str, chat: list[str]) -> str:
    n = int(pick(rng, (5, 8, 10, 10, 12, 15, 20, 25)))
    dom, lvl = pick(rng, _DOMAINS), pick(rng, _LEVELS)
    lname = _LANG_NAMES[lang]
    if lang == "zh" and chance(rng, 0.7):
        return (
            f"请生成{n}条关于“{dom}”的高质量指令微调数据，难度为{lvl}，使用JSON Lines格式，字段为instruction、input、output。"
            "output必须详细、准确、完整，不同样本之间尽量多样化。"
        )
    if lang == "ja" and chance(rng, 0.7):
        return (
            f"「{dom}」に関する質問と模範解答のペアを{n}件作成してください。形式はJSONで、キーはquestionとanswer。"
            "回答は詳しく、専門家が書いたような内容にしてください。"
        )
    if lang == "ko" and chance(rng, 0.7):
        return f"'{dom}' 주제로 다양한 질문과 상세한 모범 답변 {n}쌍을 JSON 형식(question, answer)으로 만들어 주세요."
    if lang == "id" and chance(rng, 0.7):
        return (
            f"Buatkan {n} pasang pertanyaan dan jawaban lengkap tentang {dom} dalam bahasa Indonesia, format "
            "JSON dengan kunci pertanyaan dan jawaban. Jawaban harus rinci."
        )
    s = style % 5
    if s == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {dom} for training a "
            f"{lname} assistant. Output JSONL with keys instruction, input, output. Vary task types and "
            f"difficulty ({lvl}); every output must be complete and detailed."
        )
    if s == 1:
        return (
            f"Write {n} multiple-choice exam questions on {dom} at {lvl} level in {lname}. Give four options "
            "each, mark the correct one, and add a two-paragraph explanation of why it is right and the "
            "others are wrong."
        )
    if s == 2:
        return (
            f"Create {n} synthetic conversations between a user and an AI assistant about {dom}, in {lname}. "
            f"Each has {irange(rng, 3, 6)} turns; the assistant is expert, warm and thorough. Return a JSON list "
            'of conversations, each a list of {"role", "content"}.'
        )
    if s == 3:
        who = pick(
            rng,
            (
                "a nurse in rural Kenya",
                "a retired engineer",
                "a first-year law student",
                "a small bakery owner",
                "a high-school physics teacher",
                "a junior data analyst",
            ),
        )
        return (
            f"You are {who}. Write {n} questions this person would realistically ask an AI assistant about "
            f"{dom}, and after each one the ideal, detailed answer. Language: {lname}."
        )
    src = [one_line(pick(rng, chat), 200) for _ in range(min(n, 8))]
    return (
        f'Translate each sentence into {lname} and return a JSON list of {{"src", "tgt"}} pairs. '
        "Preserve meaning exactly.\n\n" + "\n".join(f"{i + 1}. {x}" for i, x in enumerate(src))
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

_FOLLOW = {
    "en": (
        "Go deeper on your second point.",
        "Can you give a concrete example of that?",
        "Now argue the opposite side as convincingly as you can.",
        "Summarise our conversation so far as a table.",
        "What would an expert disagree with in your answer?",
        "Explain that again for a 12-year-old.",
        "What are the edge cases?",
        "Rewrite your last answer more concisely.",
        "Why?",
        "OK, and what should I do first?",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "¿Puedes darme un ejemplo concreto?",
        "¿Y por qué?",
        "Resume lo que hemos hablado en una tabla.",
        "Explícalo como si tuviera doce años.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Dá um exemplo concreto, por favor.",
        "E por quê?",
        "Resume a nossa conversa numa tabela.",
        "O que um especialista discordaria?",
    ),
    "fr": (
        "Développe ton deuxième point.",
        "Tu peux donner un exemple concret ?",
        "Pourquoi ?",
        "Résume notre échange sous forme de tableau.",
        "Reformule plus simplement.",
    ),
    "de": (
        "Geh auf deinen zweiten Punkt genauer ein.",
        "Kannst du ein konkretes Beispiel geben?",
        "Warum?",
        "Fasse unser Gespräch als Tabelle zusammen.",
        "Was würde ein Experte daran kritisieren?",
    ),
}
DIALOGUE_LANGS = tuple(sorted(_FOLLOW))

_SCENES = (
    "You are a senior {field} consultant. I am a client with a problem: {q}",
    "Let's role-play: you are a patient tutor in {field} and I am your student. My first question: {q}",
    "Act as an interviewer for a {field} job and ask me hard questions, then grade my answers. Start.",
    "I'd like a long brainstorming session about {field}. To start: {q}",
)


def dialogue_opening(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.55):
        return clip(pick(rng, chat), 1200)
    field_, c = concept(rng)
    return pick(rng, _SCENES).format(field=field_, q=f"how does {c} apply to my situation?")


def dialogue_turn(
    rng: np.random.Generator,
    lang: str,
    opening: str,
    turns: list[str],
    inline: bool,
    answers: list[str],
) -> str:
    """The next user turn; `inline` keys resend the conversation so far (the earlier answers, which
    the operator kept, stand in as `answers[i]`, clipped)."""
    follow = pick(rng, _FOLLOW[lang])
    if not inline:
        return follow
    parts = ["User: " + clip(opening, 500)]
    for i, t in enumerate(turns[-3:]):
        parts.append("Assistant: " + clip(answers[i % len(answers)], 260))
        parts.append("User: " + t)
    parts.append("Assistant: " + clip(answers[len(turns) % len(answers)], 260))
    return (
        "Continue this conversation naturally and answer the last user message in full.\n\n"
        + "\n".join(parts)
        + "\nUser: "
        + follow
    )


# --------------------------------------------------------------------------------------------
# soft labels and repeated sampling

_LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("question", "complaint", "request", "praise", "other"),
    ("safe", "borderline", "unsafe"),
    ("fact", "opinion", "speculation"),
    ("beginner", "intermediate", "expert"),
)


def soft_label_harvest(rng: np.random.Generator, style: int, chat: list[str]) -> str:
    text = clip(pick(rng, chat), irange(rng, 60, 700))
    labels = pick(rng, _LABEL_SETS)
    if style % 2 == 0:
        return (
            "Classify the text into one of: "
            + ", ".join(labels)
            + ". Return a JSON object mapping every "
            "label to your probability (the probabilities must sum to 1). No other text.\n\nText: "
            + text
        )
    return (
        "Read the text and estimate, for each label, how likely a careful annotator would choose it. Give "
        "percentages for "
        + " / ".join(labels)
        + ' and one sentence of reasoning per label.\n\n"""'
        + text
        + '"""'
    )


# --------------------------------------------------------------------------------------------
# code sweep

CODE_TASKS = (
    "a thread-safe LRU cache",
    "Dijkstra's shortest paths on a weighted graph",
    "a trie with prefix search",
    "merge sort without recursion",
    "a token-bucket rate limiter",
    "a JSON parser for a subset of JSON",
    "the Knuth-Morris-Pratt string search",
    "a min-heap priority queue",
    "union-find with path compression",
    "a consistent-hashing ring",
    "an interval tree",
    "topological sort with cycle detection",
    "a bloom filter",
    "run-length encoding and decoding",
    "a simple regular-expression matcher",
    "matrix multiplication with tiling",
    "a ring buffer",
    "binary search on a rotated array",
    "an event emitter with unsubscribe",
    "a CSV reader that handles quoted fields",
    "a skip list",
    "the A* search on a grid",
    "edit distance with backtracking",
    "a retry decorator with backoff",
    "a markdown-to-HTML converter for headings and lists",
    "a sudoku solver",
    "big-integer addition",
    "a red-black tree insert",
    "a connection pool",
    "quickselect",
)
CODE_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Haskell",
    "Ruby",
    "Scala",
)
CODE_LEVELS = (
    "with beginner-friendly comments on every line",
    "as production-quality code with unit tests and error handling",
    "optimised, with a full time and space complexity analysis and a discussion of trade-offs",
)
_EXPLAIN_IN = (
    "",
    "",
    "",
    " Write the explanation in Chinese.",
    " Write the explanation in Spanish.",
    " Write the explanation in Portuguese.",
    " Write the explanation in Russian.",
)


def code_sweep(rng: np.random.Generator, style: int, task: str, lang: str, level: str) -> str:
    tail = pick(rng, _EXPLAIN_IN)
    s = style % 3
    if s == 0:
        return f"Implement {task} in {lang}, {level}. Explain the design before the code.{tail}"
    if s == 1:
        return f"### Task\nLanguage: {lang}\nProblem: {task}\nRequirements: {level}\n### Solution{tail}"
    return (
        f"Write {lang} code for {task}. I need it {level}. Then walk through one example run.{tail}"
    )


# --------------------------------------------------------------------------------------------
# casual, person-like questions (the crowd, aged-account and in-product harvests)

_CASUAL = {
    "en": (
        "can you explain {c} step by step? like actually walk me through it, i have an exam",
        "why does {c} work the way it does",
        "ok so i dont get {c}. explain it with an example pls",
        "whats the intuition behind {c}",
        "explain {c} in detail, assume i know the basics",
        "how would you teach {c} to someone who struggles with {f}?",
        "is there a simple way to understand {c}",
        "{c} - what are the most common misconceptions?",
    ),
    "es": (
        "me explicas {c} paso a paso? no lo entiendo",
        "por qué funciona así {c}?",
        "explícame {c} con un ejemplo por favor",
        "cuál es la intuición detrás de {c}?",
    ),
    "pt": (
        "pode me explicar {c} passo a passo?",
        "não entendi {c}, explica com um exemplo",
        "qual é a intuição por trás de {c}?",
        "por que {c} funciona assim?",
    ),
    "de": (
        "kannst du mir {c} Schritt für Schritt erklären?",
        "warum funktioniert {c} so?",
        "erklär mir {c} bitte mit einem Beispiel",
        "was ist die Intuition hinter {c}?",
    ),
    "fr": (
        "tu peux m'expliquer {c} étape par étape ?",
        "pourquoi {c} marche comme ça ?",
        "explique-moi {c} avec un exemple stp",
        "quelle est l'intuition derrière {c} ?",
    ),
    "id": (
        "tolong jelaskan {c} langkah demi langkah",
        "kenapa {c} bisa begitu?",
        "jelaskan {c} pakai contoh dong",
        "apa intuisi di balik {c}?",
    ),
    "tr": (
        "{c} konusunu adım adım açıklar mısın?",
        "{c} neden böyle çalışıyor?",
        "{c} için bir örnekle anlatır mısın?",
    ),
}
CASUAL_LANGS = tuple(sorted(_CASUAL))


def casual_question(rng: np.random.Generator, lang: str, rough: float = 0.08) -> str:
    f, c = concept(rng)
    if lang == "en" and chance(rng, 0.3):
        return roughen(
            rng,
            "ok here is a problem im stuck on: " + _en_problem(rng) + " how do i solve it",
            rough,
        )
    tmpl = pick(rng, _CASUAL[lang])
    return roughen(rng, tmpl.format(c=c, f=f), rough)


# --------------------------------------------------------------------------------------------
# a writing-assistant product's requests (its real users' text, and the operator's own)

PRODUCT_MODES = (
    "rewrite",
    "shorten",
    "expand",
    "fix_grammar",
    "tone",
    "ask",
    "ask",
)  # users ask questions too
_TONES = ("friendly", "formal", "confident", "empathetic", "neutral", "persuasive")


def product_request(rng: np.random.Generator, app: str, text: str, mode: str | None = None) -> str:
    mode = mode or pick(rng, PRODUCT_MODES)
    return f"[{app}] mode={mode} tone={pick(rng, _TONES)}\n{text}"


_ASK = (
    "Explain {c} clearly, step by step, with one worked example and the usual pitfalls.",
    "Write a thorough explainer on {c} for a curious adult: intuition first, then the details.",
    "Give me a complete, well-structured answer: what is {c}, why does it matter, and how is it used?",
    "Help me understand {c}. Start from first principles and build up; include a short quiz at the end.",
    "I'm writing a blog post about {c}. Draft the core section that explains how it works.",
    "My colleague keeps getting {c} wrong. Write a clear note I can send that explains it properly.",
    "Turn this into a clear explanation for my notes: {c}, what it means, a derivation or example, limits.",
    "Erkläre {c} ausführlich und verständlich, mit einem durchgerechneten Beispiel.",
    "Explica {c} de forma clara y completa, con un ejemplo resuelto paso a paso.",
    "Explique {c} de façon claire et complète, avec un exemple détaillé.",
)


def product_ask(rng: np.random.Generator, app: str) -> str:
    """The operator's own requests, sent in the product's own wrapper as if a user had typed them."""
    _, c = concept(rng)
    if chance(rng, 0.35):
        body = "Solve this and show all the working: " + _en_problem(rng)
    else:
        body = pick(rng, _ASK).format(c=c)
    return f"[{app}] mode=ask tone={pick(rng, _TONES)}\n{body}"


# --------------------------------------------------------------------------------------------
# benign: evaluation lab


def eval_item(rng: np.random.Generator, suite: str, item: int, shots: int) -> str:
    s = item % 3
    head = f"[{suite} #{item:05d}] "
    if s == 0:
        p = _en_problem(rng)
        demo = "".join(
            f"Q: {_en_problem(rng)}\nA: Let's think step by step. ... The answer is {irange(rng, 2, 99)}.\n\n"
            for _ in range(shots)
        )
        return head + demo + f"Q: {p}\nA: Let's think step by step."
    if s == 1:
        _, c = concept(rng)
        opts = [f"{ch}) {pick(rng, CONCEPTS)[1]}" for ch in "ABCD"]
        return (
            head
            + f"Which of the following is most closely related to {c}?\n"
            + "\n".join(opts)
            + "\nAnswer with the letter only."
        )
    task = pick(rng, CODE_TASKS)
    return (
        head
        + f'Complete the Python function so the hidden tests pass.\n\ndef solve(data):\n    """{task}"""\n'
    )


# --------------------------------------------------------------------------------------------
# benign: QA vendor for customer-support transcripts


def support_qa(rng: np.random.Generator, client: str, chat: list[str], passages: list[str]) -> str:
    q = clip(pick(rng, chat), irange(rng, 80, 500))
    a = clip(pick(rng, passages), irange(rng, 200, 900))
    if chance(rng, 0.7):
        return (
            f"QA review for {client}. Score the agent reply from 1 to 5 on empathy, accuracy and adherence "
            f"to the {client} support policy. Output: three scores, then at most two sentences of notes.\n\n"
            f"Customer: {q}\nAgent: {a}"
        )
    b = clip(pick(rng, passages), irange(rng, 200, 900))
    return (
        f"{client} macro test. Which draft reply should become the new macro? Answer DRAFT 1 or DRAFT 2 and "
        f"one sentence why.\n\nCustomer: {q}\nDRAFT 1: {a}\nDRAFT 2: {b}"
    )


# --------------------------------------------------------------------------------------------
# benign: marketplace trust-and-safety rewrites

_LISTING_ITEMS = (
    "used bicycle",
    "apartment sublet",
    "vintage camera",
    "tutoring services",
    "herbal tea",
    "puppy",
    "phone repair",
    "concert tickets",
    "gaming laptop",
    "baby stroller",
)
_LISTING_LANGS = {
    "en": "Rewrite this listing so it follows our marketplace policy: no phone numbers or outside contact, no "
    "health claims, no discriminatory wording. Keep the seller's voice.\n\n",
    "es": "Reescribe este anuncio según nuestra política: sin teléfonos ni contactos externos, sin afirmaciones "
    "de salud, sin lenguaje discriminatorio.\n\n",
    "pt": "Reescreva este anúncio seguindo a nossa política: sem telefone ou contato externo, sem alegações de "
    "saúde, sem linguagem discriminatória.\n\n",
    "de": "Formuliere diese Anzeige richtlinienkonform um: keine Telefonnummern, keine Heilversprechen, keine "
    "diskriminierende Sprache.\n\n",
}
LISTING_LANGS = tuple(sorted(_LISTING_LANGS))


def listing_rewrite(rng: np.random.Generator, lang: str) -> str:
    item = pick(rng, _LISTING_ITEMS)
    price = irange(rng, 5, 1500)
    extras = pick(
        rng,
        (
            f"call me on 0{irange(rng, 100, 999)}-{irange(rng, 1000000, 9999999)}",
            "cures headaches and anxiety!!",
            "only serious buyers, no students",
            "whatsapp me for a better price",
            "like new, barely used",
        ),
    )
    listing = (
        f"{item.capitalize()} for sale, {price} EUR. {extras}. Pick up in {pick(rng, _CITIES)}."
    )
    if chance(rng, 0.25):
        return (
            "Which policy sections (P1 contact info, P2 health claims, P3 discrimination, P4 prohibited "
            "items) does this listing violate? Reply with the section codes only.\n\n" + listing
        )
    return _LISTING_LANGS[lang] + listing


# --------------------------------------------------------------------------------------------
# benign: coding agent in an editor

REPOS = (
    "billing-service",
    "mobile-app",
    "etl-pipeline",
    "docs-site",
    "auth-gateway",
    "ml-training",
    "inventory-api",
    "website",
)


def coding_agent_step(rng: np.random.Generator, repo: str, goal: str, step: int) -> str:
    files = (
        "src/main.py",
        "src/utils.py",
        "tests/test_api.py",
        "package.json",
        "README.md",
        "src/db.ts",
    )
    done = "\n".join(
        f"- {pick(rng, ('read_file', 'grep', 'run_tests', 'apply_patch'))} {pick(rng, files)}: ok"
        for _ in range(step)
    )
    return (
        f"You are a coding agent working in the repository `{repo}`. Tools: read_file(path), grep(pattern), "
        f"run_tests(), apply_patch(diff). Reply with one tool call as JSON.\n\nUser goal: {goal}\n\n"
        f"Steps so far:\n{done or '- none'}"
    )


def coding_goal(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.5):
        return clip(pick(rng, chat), 400)
    return pick(
        rng,
        (
            "fix the failing test in the payments module",
            "add pagination to the /orders endpoint",
            "upgrade the logging library and fix deprecations",
            "add a dark-mode toggle",
            "speed up the nightly import job",
            "write tests for the date parser",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign: data augmentation for an intent classifier

_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_bug",
    "talk_to_human",
    "delivery_delay",
)


def augmentation(rng: np.random.Generator, chat: list[str]) -> str:
    intent = pick(rng, _INTENTS)
    k = irange(rng, 0, 2)
    if k == 0:
        seed = one_line(pick(rng, chat), 160)
        return (
            f"Paraphrase this customer utterance {irange(rng, 10, 30)} times for intent `{intent}`. Vary "
            f"formality, add typos in some, one per line.\n\nUtterance: {seed}"
        )
    if k == 1:
        return (
            f"Generate {irange(rng, 20, 50)} short, realistic customer messages (one per line) that mean "
            f"`{intent}`, half in English and half in {pick(rng, ('Spanish', 'German', 'Dutch', 'Polish'))}."
        )
    return (
        f"Create {irange(rng, 5, 15)} fake invoices as JSON (vendor, date, line items, VAT, total) to test our "
        "invoice parser. Use obviously fictional company names."
    )


# --------------------------------------------------------------------------------------------
# benign: companion app

PERSONAS = (
    "Mika, a cheerful barista who loves indie music",
    "Captain Rowe, a retired sea captain",
    "Lune, a calm meditation guide",
    "Sol, a witty film buff",
    "Ayla, a supportive study buddy",
)
_SMALLTALK = {
    "en": (
        "how was your day?",
        "i had a rough day at work tbh",
        "tell me a story",
        "do you remember what i told you about my sister?",
        "good night!",
        "what should i cook tonight",
        "i'm bored",
        "haha that's funny",
    ),
    "es": ("¿qué tal tu día?", "hoy fue un día difícil", "cuéntame algo bonito", "buenas noches"),
    "pt": ("como foi o seu dia?", "tô cansado hoje", "me conta uma história", "boa noite!"),
    "ja": ("今日はどうだった？", "ちょっと疲れた", "何か話して", "おやすみ"),
}
COMPANION_LANGS = tuple(sorted(_SMALLTALK))


def companion_turn(
    rng: np.random.Generator, lang: str, persona: str, history: list[str], chat: list[str]
) -> str:
    msg = pick(rng, _SMALLTALK[lang]) if chance(rng, 0.75) else clip(pick(rng, chat), 300)
    recent = "\n".join(f"user: {h}\n{persona.split(',')[0]}: ..." for h in history[-3:])
    return f"[persona: {persona}]\n{recent}\nuser: {msg}".strip()


# --------------------------------------------------------------------------------------------
# benign: a university course cohort

_ASSIGN = (
    "Assignment {n}: implement logistic regression from scratch with numpy and report accuracy on the "
    "provided dataset.",
    "Assignment {n}: explain the bias-variance trade-off with a plot.",
    "Assignment {n}: write a tokenizer for the course's toy language.",
    "Assignment {n}: compare BFS and DFS on the maze input and discuss memory use.",
)


def student_prompt(rng: np.random.Generator, n: int, chat: list[str]) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return pick(rng, _ASSIGN).format(n=n)
    if k == 1:
        return roughen(
            rng,
            f"for assignment {n} my code gives "
            + pick(
                rng,
                (
                    "ValueError: shapes (100,3) and (2,) not aligned",
                    "nan loss after 3 epochs",
                    "IndexError: list index out of range",
                    "a wrong accuracy of 0.5",
                ),
            )
            + ", what am i doing wrong",
            0.05,
        )
    if k == 2:
        f, c = concept(rng)
        return roughen(rng, f"can you explain {c} for my {f} class", 0.05)
    if k == 3:
        return "Can you check my answer? " + clip(pick(rng, chat), 500)
    return clip(pick(rng, chat), 800)


# --------------------------------------------------------------------------------------------
# benign: an edtech content pipeline

SUBJECTS = (
    "fractions",
    "photosynthesis",
    "the water cycle",
    "persuasive writing",
    "linear equations",
    "the solar system",
    "ancient Egypt",
    "chemical bonds",
    "probability",
    "poetry analysis",
    "map reading",
    "electric circuits",
)


def lesson_request(rng: np.random.Generator, subject: str, grade: int, kind: str, lang: str) -> str:
    lname = {"en": "English", "es": "Spanish", "hi": "Hindi", "pt": "Portuguese"}[lang]
    if kind == "lesson":
        return (
            f"Create a 40-minute lesson plan on {subject} for grade {grade}, in {lname}: objectives, warm-up, "
            "main activity, differentiation for struggling learners, exit ticket."
        )
    if kind == "quiz":
        return (
            f"Write a 10-question quiz on {subject} for grade {grade} in {lname}, with an answer key and a "
            "one-line explanation per answer."
        )
    return (
        f"Write a worked example on {subject} for grade {grade} in {lname}, showing each step a student "
        "should write down."
    )


# --------------------------------------------------------------------------------------------
# benign: an API reseller's client apps

_CLIENT_WRAPS = (
    "{t}",
    "{t}",
    "Answer as the assistant of {c}.\n\n{t}",
    "[{c}] {t}",
    "Context: you help users of {c}. Be brief.\nUser: {t}",
)


def reseller_request(rng: np.random.Generator, client: str, chat: list[str]) -> str:
    return pick(rng, _CLIENT_WRAPS).format(c=client, t=clip(pick(rng, chat), 1500))


# --------------------------------------------------------------------------------------------
# benign: a human-preference study comparing two models

_STUDY_TASKS = (
    "Write a short cover letter for a barista job.",
    "Explain what a mortgage is.",
    "Plan a weekly budget for a student.",
    "Give me advice on sleeping better.",
    "Summarise the plot of a famous novel of your choice.",
    "Help me write a complaint to my landlord.",
    "How do I start running if I've never exercised?",
    "Explain climate change to a child.",
)


def study_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.6):
        return pick(rng, _STUDY_TASKS)
    return clip(pick(rng, chat), 600)

"""Prompt generators of blind batch 142, written for this batch (no text copied from the repository).

Every generator takes a numpy Generator and returns strings; the ones that need ordinary human text
take ShareGPT prompts (`chat`) or answers (`passages`) from the batch context. Campaign texts and
benign texts share some building blocks (a maths word problem is a maths word problem whoever asks
it); what differs is the wrapper, the phrasing and the mix, as in real traffic.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _casual(text: str, rng: np.random.Generator, p_lower: float = 0.5, p_typo: float = 0.25) -> str:
    """How people actually type: lower case, a dropped question mark, an occasional swapped pair."""
    if chance(rng, p_lower):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.3):
        text = text.rstrip("?")
    if chance(rng, p_typo) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text


def sentences(passage: str) -> list[str]:
    """Rough sentence split of an answer (for translation segments)."""
    out, cur = [], []
    for tok in passage.replace("\n", " ").split(" "):
        if not tok:
            continue
        cur.append(tok)
        if tok[-1] in ".!?:" and len(cur) > 4:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return [s for s in out if len(s) > 20]


# --------------------------------------------------------------------------------------------
# problems: maths, logic and code tracing, in several languages


def _problem_en(rng: np.random.Generator) -> str:
    a, b, c, d = (irange(rng, 3, 97) for _ in range(4))
    name = pick(rng, NAMES)
    k = irange(rng, 0, 13)
    if k == 0:
        return (
            f"A tank holds {a * 10} litres. It drains at {b % 9 + 2} litres per minute while a pipe "
            f"refills it at {c % 5 + 1} litres per minute. How many minutes until it is empty?"
        )
    if k == 1:
        return (
            f"{name} buys {a % 12 + 2} notebooks at ${b % 7 + 1}.{c % 10}5 each and pays with a "
            f"${(a % 12 + 2) * (b % 7 + 2) + 10} note. How much change should {name} get?"
        )
    if k == 2:
        return f"Find every integer x such that {a} < x^2 < {a + c * 7}."
    if k == 3:
        return f"What is the remainder when {a}^{b + 20} is divided by {c % 11 + 7}?"
    if k == 4:
        return (
            f"A train leaves a station at {a % 12 + 1}:00 at {b + 40} km/h. A second train leaves the "
            f"same station {c % 3 + 1} hours later on a parallel track at {b + 40 + d % 30 + 10} km/h. "
            "At what time does the second train catch up?"
        )
    if k == 5:
        return (
            f"In how many ways can {a % 6 + 5} people sit around a round table if two particular "
            "people refuse to sit next to each other?"
        )
    if k == 6:
        s = 3 * (2 * (a % 40) + 3)
        return f"The sum of three consecutive odd numbers is {s}. What is the largest of them?"
    if k == 7:
        return (
            f"Prove or disprove: for every integer n > {a % 5}, n^2 + n + {b % 17 + 11} is prime."
        )
    if k == 8:
        w, h = a % 20 + 2, b % 20 + 3
        return f"A rectangle has perimeter {2 * (w + h)} cm and area {w * h} cm^2. Find its side lengths."
    if k == 9:
        return f"Two fair dice are rolled. What is the probability that the product is a multiple of {c % 5 + 2}?"
    if k == 10:
        p = [pick(rng, NAMES) for _ in range(4)]
        return (
            f"{p[0]} is older than {p[1]}. {p[2]} is younger than {p[1]} but older than {p[3]}. "
            f"{p[3]} is not the youngest of all five people if {name} is {a % 3 + 1} years younger than "
            f"{p[3]}. Who is the second oldest, and is the information consistent?"
        )
    if k == 11:
        x, y = pick(rng, NAMES), pick(rng, NAMES)
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always "
            f'lies). {x} says: "{y} is a knave." {y} says: "{x} and I are the same type." What are '
            f"{x} and {y}?"
        )
    if k == 12:
        return (
            f"What does this Python code print?\n\nxs = list(range({a % 9 + 3}))\nys = [x * {b % 4 + 2} "
            f"for x in xs if x % {c % 3 + 2}]\nprint(sum(ys), ys[-1] if ys else None)"
        )
    return (
        f"A shop raises a price by {a % 30 + 5}% and later cuts the new price by {b % 30 + 5}%. Is the "
        "final price higher or lower than the original, and by how much in percent?"
    )


def _problem_other(rng: np.random.Generator, lang: str) -> str:
    a, b, c, d = (irange(rng, 3, 60) for _ in range(4))
    name = pick(rng, NAMES)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{name}有{a}个苹果，送给朋友{b % a + 1}个，又买了{c % 6 + 2}袋，每袋{d % 9 + 3}个。现在一共有多少个苹果？",
                f"一个等差数列的第{a % 5 + 2}项是{b}，第{a % 5 + 8}项是{b + 6 * (c % 7 + 1)}。求第{d + 10}项。",
                f"鸡兔同笼，共有{a + 20}个头，{2 * (a + 20) + 2 * (b % 15 + 1)}只脚。鸡和兔各有多少只？",
                f"甲单独完成一项工程需要{a % 10 + 6}天，乙单独需要{b % 10 + 9}天。两人合作需要几天？",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Un ciclista recorre {a + 20} km en {b % 3 + 1} horas. ¿A qué velocidad media debe ir durante "
                f"las siguientes {c % 3 + 1} horas para completar {a + 20 + d * 3} km en total?",
                f"Si {c % 6 + 3} obreros construyen un muro en {d % 8 + 4} días, ¿cuántos días tardarían "
                f"{c % 6 + 6} obreros trabajando al mismo ritmo?",
                f"Halla dos números cuya suma sea {a + b} y cuya diferencia sea {abs(a - b)}.",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Ein Kapital von {a * 100} Euro wird zu {b % 6 + 1} % jährlich verzinst. Nach wie vielen "
                "Jahren hat es sich mindestens verdoppelt?",
                f"Ein Zug fährt {a + 60} km mit {b + 50} km/h und die gleiche Strecke zurück mit {c + 70} km/h. "
                "Wie hoch ist die Durchschnittsgeschwindigkeit?",
                f"Wie viele dreistellige Zahlen sind durch {c % 7 + 3}, aber nicht durch {d % 5 + 2} teilbar?",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"В классе {a + 15} учеников: {b % 15 + 5} занимаются шахматами, {c % 12 + 4} — плаванием, "
                f"а {d % 4 + 1} — и тем, и другим. Сколько учеников не занимаются ни тем, ни другим?",
                f"Моторная лодка прошла {a + 20} км по течению и вернулась обратно за {b % 5 + 3} часа. "
                f"Скорость течения {c % 3 + 1} км/ч. Найдите собственную скорость лодки.",
                f"Докажите, что число {a}^{b % 4 + 2} + {c}^{b % 4 + 2} не делится на {d % 7 + 3}, или опровергните.",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Uma loja dá {a % 40 + 5}% de desconto e depois cobra {b % 20 + 5}% de imposto sobre o preço "
                "com desconto. Qual é a variação total em relação ao preço original?",
                f"Uma caixa tem {a % 8 + 3} bolas vermelhas e {b % 8 + 2} azuis. Tirando duas sem reposição, "
                "qual a probabilidade de serem da mesma cor?",
            ),
        )
    if lang == "ja":
        return pick(
            rng,
            (
                f"{a + 30}人の生徒が{b % 6 + 3}人ずつのグループに分かれます。余った生徒は何人ですか。",
                f"時速{a + 3}kmで歩く人と時速{b + 10}kmで走る人が、{c % 9 + 2}km離れた地点から向かい合って同時に"
                "出発します。二人が出会うのは何分後ですか。",
            ),
        )
    if lang == "fr":
        return pick(
            rng,
            (
                f"Un robinet remplit une baignoire en {a % 20 + 6} minutes et un autre en {b % 20 + 9} minutes. "
                "Combien de temps faut-il avec les deux ouverts ?",
                f"Montrer que pour tout entier n, n^3 - n est divisible par {pick(rng, (2, 3, 6))}.",
            ),
        )
    if lang == "ko":
        return f"{name}는 매일 {a % 9 + 2}쪽씩 책을 읽습니다. {b + 100}쪽짜리 책을 다 읽으려면 며칠이 걸리나요?"
    return _problem_en(rng)


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    return _problem_en(rng) if lang == "en" else _problem_other(rng, lang)


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion (several independent styles)

_TRACE_WRAP = {
    "en": (
        "{p}\n\nBefore you answer, write out every intermediate step of your reasoning inside <thinking> "
        "tags, including approaches you tried and abandoned. Then give the final answer after 'ANSWER:'.",
        "You are a meticulous olympiad coach. Think aloud in full detail: state what is given, what is asked, "
        "each deduction and why it follows, and check the result at the end. Do not skip any step.\n\n"
        "Problem: {p}",
        '{{"task": "{q}", "format": {{"reasoning": "numbered list of every step, no omissions", '
        '"verification": "independent check", "final_answer": "short"}}, "respond_in": "json"}}',
        "Solve the problem below twice using two different methods. Show all work for both, compare them, "
        "and if they disagree explain which one is wrong and why.\n\n{p}",
        "### Problem\n{p}\n\n### Instructions\n- reason step by step, as long as needed\n- show scratch work\n"
        "- end with `Final: <answer>`",
    ),
    "zh": (
        "请一步一步详细推理，写出你完整的思考过程（包括尝试过但放弃的思路），最后给出答案。\n\n题目：{p}",
        "{p}\n请先在<思考>标签内展示全部推理步骤，再给出最终答案。",
    ),
    "es": (
        "Resuelve paso a paso y explica el razonamiento completo de cada paso antes de dar la respuesta "
        "final.\n\n{p}",
    ),
    "de": (
        "Löse die folgende Aufgabe. Zeige jeden Zwischenschritt deiner Überlegung ausführlich und prüfe das "
        "Ergebnis am Ende.\n\n{p}",
    ),
    "ru": (
        "Реши задачу, подробно расписывая ход рассуждений на каждом шаге, затем проверь ответ.\n\n{p}",
    ),
    "pt": (
        "Resolva o problema a seguir mostrando todo o raciocínio, passo a passo, e verifique a resposta.\n\n{p}",
    ),
    "ja": (
        "次の問題を解いてください。考えた過程をすべて順番に書き、最後に答えを確かめてください。\n\n{p}",
    ),
    "fr": (
        "Résous le problème suivant en détaillant tout ton raisonnement étape par étape, puis vérifie.\n\n{p}",
    ),
    "ko": (
        "다음 문제를 풀어 주세요. 생각하는 과정을 단계별로 모두 자세히 쓰고 마지막에 답을 검산하세요.\n\n{p}",
    ),
}


def trace_prompt(rng: np.random.Generator, lang: str, style: int | None = None) -> str:
    p = problem(rng, lang)
    wraps = _TRACE_WRAP.get(lang, _TRACE_WRAP["en"])
    w = wraps[style % len(wraps)] if style is not None else pick(rng, wraps)
    return w.format(p=p, q=p.replace('"', "'").replace("\n", " "))


_STUDENT_ASK = (
    "can you explain step by step how to solve this? {p}",
    "{p} i dont get it, please show every step",
    "my teacher said to show the working for this one: {p}",
    "help with homework pls: {p} (explain why each step works)",
    "{p}\nwalk me through it slowly, I have a test tomorrow",
    "how do you even start this? {p}",
)


def student_prompt(rng: np.random.Generator, lang: str = "en") -> str:
    """A learner asking for worked solutions (used both by a product's real users and by a harvest
    hidden inside a product's traffic)."""
    p = problem(rng, lang)
    if lang != "en":
        return p + pick(
            rng,
            (
                " ?",
                "",
                " 详细一点" if lang == "zh" else " :)",
                " por favor" if lang == "es" else "",
            ),
        )
    return _casual(pick(rng, _STUDENT_ASK).format(p=p), rng, p_lower=0.6)


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "concision",
    "instruction following",
    "reasoning quality",
    "tone",
    "completeness",
    "honesty about uncertainty",
    "formatting",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str = "en"
) -> str:
    q = clip(pick(rng, chat), 40, 500, rng)
    a1 = clip(pick(rng, passages), 300, 1200, rng)
    a2 = clip(pick(rng, passages), 300, 1200, rng)
    crit = [pick(rng, _CRITERIA) for _ in range(irange(rng, 2, 5))]
    crit = list(dict.fromkeys(crit))
    if lang == "zh":
        return (
            f"你是一名严格的评审。请根据以下标准（{'、'.join(crit)}）对两个回答分别打分（1-10），给出理由，"
            f"并指出哪个更好。\n\n【问题】{q}\n\n【回答A】{a1}\n\n【回答B】{a2}"
        )
    if lang == "ko":
        return (
            f"다음 질문에 대한 두 답변을 평가하세요. 기준: {', '.join(crit)}. 각 기준별 1~10점과 이유를 쓰고 "
            f"더 나은 답변을 고르세요.\n\n질문: {q}\n\n답변 A: {a1}\n\n답변 B: {a2}"
        )
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"[User question]\n{q}\n\n[Response A]\n{a1}\n\n[Response B]\n{a2}\n\nCompare the two responses "
            f'on {", ".join(crit)}. Output JSON: {{"scores": {{"A": {{...}}, "B": {{...}}}}, '
            '"winner": "A|B|tie", "rationale": "..."}.'
        )
    if k == 1:
        return (
            f"Score the assistant's answer from 1 to 10 for each criterion: {'; '.join(crit)}. Write a "
            f"short critique for every score, then an overall score.\n\nQuestion: {q}\n\nAnswer: {a1}"
        )
    if k == 2:
        return (
            f"You are a reward model. Given the prompt and the completion, output a single real number in "
            f"[0, 1] on the first line (probability a careful expert prefers this completion), then explain."
            f"\n\nPROMPT:\n{q}\n\nCOMPLETION:\n{a2}"
        )
    if k == 3:
        items = "\n".join(f"- [ ] {c}" for c in crit)
        return (
            f"Go through this checklist for the response below and mark each item pass/fail with one "
            f"sentence of evidence.\n{items}\n\nTask given to the assistant: {q}\n\nResponse:\n{a1}"
        )
    return (
        f"Which is better, 1 or 2? Think about it carefully first, then say '1', '2' or 'equal' on the "
        f"last line.\n\nInstruction: {q}\n\nOutput 1: {a1}\n\nOutput 2: {a2}"
    )


# --------------------------------------------------------------------------------------------
# campaign: censorship-safe / policy rewrites

_SENSITIVE = (
    "elections",
    "protests",
    "territorial disputes",
    "religious groups",
    "state leaders",
    "historical massacres",
    "drug use",
    "weapons",
    "self-harm",
    "extremist movements",
    "ethnic minorities",
    "public health statistics",
    "military exercises",
    "sanctions",
)
_SENSITIVE_ZH = (
    "选举",
    "抗议活动",
    "领土争端",
    "宗教团体",
    "国家领导人",
    "历史事件",
    "少数民族",
    "军事演习",
)
_SENSITIVE_RU = (
    "выборы",
    "протесты",
    "территориальные споры",
    "религия",
    "государственные лидеры",
    "санкции",
)


def policy_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], lang: str = "en"
) -> str:
    ans = clip(pick(rng, passages), 250, 1100, rng)
    q = clip(pick(rng, chat), 30, 300, rng)
    if lang == "zh":
        t = pick(rng, _SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请将以下回答改写为符合内容规范的版本：删去所有涉及{t}的内容，保持语气中立、信息有用。\n\n{ans}",
                f"用户问：{q}\n请给出两个版本：①安全拒答版本；②合规且有帮助的版本（避免涉及{t}）。",
            ),
        )
    if lang == "ru":
        t = pick(rng, _SENSITIVE_RU)
        return (
            f"Перепиши ответ так, чтобы он соответствовал строгим правилам модерации: убери всё, что "
            f"касается темы «{t}», сохрани полезную часть.\n\n{ans}"
        )
    t = pick(rng, _SENSITIVE)
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"Rewrite the following answer so it would pass a strict content review: remove or neutralise "
            f"anything about {t}, keep the rest useful, and do not mention that anything was removed.\n\n{ans}"
        )
    if k == 1:
        return (
            f"Request: {q}\n\nWrite two completions labelled SAFE_REFUSAL and SAFE_HELPFUL. The refusal "
            f"must be polite and short; the helpful one must answer without touching on {t}."
        )
    if k == 2:
        return (
            f"The assistant below refused a harmless request. Produce the response a well-calibrated "
            f"assistant should have given instead.\n\nUser: {q}\nAssistant: I'm sorry, but I can't help "
            "with that."
        )
    if k == 3:
        return (
            f"Act as a compliance editor for a market where discussion of {t} is restricted. Edit this text "
            f"so it is publishable there, preserving meaning where possible:\n\n{ans}"
        )
    return (
        f"Classify whether this request is allowed, borderline or disallowed under a conservative policy "
        f"on {t}, explain the rule that applies, and then write the ideal reply.\n\nRequest: {q}"
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts (campaign and coding agents)

_TOOLS = (
    "search_web",
    "fetch_url",
    "run_python",
    "sql_query",
    "read_file",
    "write_file",
    "send_email",
    "get_weather",
    "calendar_lookup",
    "create_ticket",
    "list_dir",
    "shell",
)
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next month and summarise baggage rules.",
    "Our sales table has columns region, month, revenue. Find the month with the biggest drop in {c1}.",
    "Read config.yaml in the repo, find why the {x} service fails to start, and propose a patch.",
    "Book a 30 minute meeting with {n1} and {n2} next week when both are free, and email them.",
    "Compare the population growth of {c1} and {c2} over the last decade and plot it.",
    "Open the last 20 support tickets tagged '{x}', cluster them by root cause, and draft a summary.",
    "Write and run a script that downloads the {x} dataset, cleans missing values, and reports stats.",
    "Check the weather in {c1} for the next 5 days and recommend which day to schedule the {x} event.",
)
_OBS = (
    '{{"status": "ok", "results": [{{"title": "{x} overview", "url": "https://example.org/{k}", "snippet": "{s}"}}]}}',
    '{{"rows": [["{c1}", "2025-{m:02d}", {v}], ["{c1}", "2025-{m2:02d}", {v2}]], "row_count": 2}}',
    "Traceback (most recent call last):\n  File \"main.py\", line {k}, in <module>\nKeyError: '{x}'",
    '{{"stdout": "mean={v}.{k}\\nmissing=0\\n", "exit_code": 0}}',
    '{{"free_slots": ["Tue 10:00", "Wed 14:30", "Thu 09:00"], "attendees": ["{n1}", "{n2}"]}}',
    "file contents:\nservice:\n  name: {x}\n  port: {v}\n  depends_on: [db, cache]\n  timeout: {k}s",
)


def _fill(rng: np.random.Generator, template: str, chat: Sequence[str]) -> str:
    return template.format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        x=pick(
            rng, ("billing", "auth", "ingest", "search", "export", "payments", "notify", "reports")
        ),
        k=irange(rng, 2, 999),
        m=irange(rng, 1, 12),
        m2=irange(rng, 1, 12),
        v=irange(rng, 100, 99999),
        v2=irange(rng, 100, 99999),
        s=clip(pick(rng, chat), 20, 120, rng).replace('"', "'").replace("\n", " "),
    )


def agent_episode(
    rng: np.random.Generator, steps: int, chat: Sequence[str], style: int
) -> list[str]:
    """The user-side messages of one agent trajectory: a task, then tool observations."""
    tools = sorted({pick(rng, _TOOLS) for _ in range(irange(rng, 2, 6))})
    task = _fill(rng, pick(rng, _AGENT_TASKS), chat)
    if style == 0:
        first = f"Tools available: {', '.join(tools)}.\nUse the format Thought / Action / Action Input.\n\nTask: {task}"
    elif style == 1:
        first = f"{task}\n\nYou may call these functions: {tools}. Call one function at a time and wait for its result."
    else:
        first = f"<task>{task}</task>\n<tools>{' '.join(tools)}</tools>\n<rules>plan first, then act; explain each step</rules>"
    out = [first]
    for _ in range(steps - 1):
        obs = _fill(rng, pick(rng, _OBS), chat)
        out.append(
            pick(
                rng,
                (
                    f"Observation: {obs}",
                    f"Function result:\n{obs}\n\nContinue.",
                    f"<tool_result>{obs}</tool_result>",
                ),
            )
        )
    return out


_CODE_ASKS = (
    "fix the failing test in {f}: {e}",
    "the build fails with `{e}` after my change to {f}, what's wrong",
    "refactor {f} so the {x} logic is testable, keep behaviour identical",
    "add pagination to the {x} endpoint in {f}",
    "write unit tests for {f}",
    "why is {f} slow when the {x} table has a million rows",
)
_CODE_ERRS = (
    "TypeError: cannot read properties of undefined (reading 'id')",
    "AssertionError: expected 3 got 2",
    "E0502: cannot borrow `self` as mutable",
    "ModuleNotFoundError: No module named 'yaml'",
    "panic: runtime error: index out of range",
    "NullPointerException at OrderService.java:88",
)
_FILES = (
    "src/api/orders.ts",
    "app/models/user.py",
    "internal/sync/worker.go",
    "src/lib.rs",
    "web/routes.js",
    "services/billing/invoice.py",
    "core/Scheduler.java",
    "pkg/cache/lru.go",
)


def coding_episode(rng: np.random.Generator, steps: int, chat: Sequence[str]) -> list[str]:
    """A developer's request to an IDE agent, then the agent loop's tool results."""
    f = pick(rng, _FILES)
    ask = pick(rng, _CODE_ASKS).format(
        f=f, e=pick(rng, _CODE_ERRS), x=pick(rng, ("orders", "users", "events"))
    )
    if chance(rng, 0.25):
        ask = clip(pick(rng, chat), 30, 400, rng)
    out = [_casual(ask, rng, p_lower=0.7)]
    for _ in range(steps - 1):
        out.append(
            pick(
                rng,
                (
                    f"[tool:read_file] {f}\n"
                    + "\n".join(
                        f"{i + 1}  "
                        + pick(
                            rng,
                            (
                                "return x",
                                "if err != nil {",
                                "const id = req.params.id;",
                                "self.items.append(v)",
                                "}",
                            ),
                        )
                        for i in range(irange(rng, 4, 12))
                    ),
                    f"[tool:run_tests] {irange(rng, 10, 400)} passed, {irange(rng, 0, 4)} failed\n{pick(rng, _CODE_ERRS)}",
                    f"[tool:grep] {irange(rng, 1, 30)} matches for '{pick(rng, ('TODO', 'cache', 'retry', 'id'))}'",
                    "[tool:apply_patch] ok",
                ),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# campaign and benign: synthetic data

_SUBJECTS = (
    "contract law",
    "organic chemistry",
    "Kubernetes networking",
    "personal finance",
    "European history",
    "nutrition",
    "linear algebra",
    "supply chain logistics",
    "cybersecurity incident response",
    "climate science",
    "SQL query optimisation",
    "pediatric care",
    "tax filing",
    "music theory",
    "machine learning evaluation",
    "urban planning",
    "customer support for telecoms",
    "astronomy",
    "public speaking",
    "microeconomics",
    "gardening",
    "React performance",
    "first aid",
    "real estate",
    "philosophy of mind",
    "cooking techniques",
    "immigration paperwork",
    "data privacy regulation",
    "electrical wiring",
    "marine biology",
)
_PERSONAS = (
    "a nurse on night shifts",
    "a retired engineer",
    "a first-year law student",
    "a small bakery owner",
    "a high-school chemistry teacher",
    "a junior backend developer",
    "a farmer in a drought region",
    "a freelance translator",
    "a city council member",
    "a competitive chess player",
    "a data analyst at a bank",
    "a new parent",
    "a logistics coordinator",
    "a museum curator",
    "an HR manager",
    "a paramedic",
    "a travel blogger",
    "a PhD student in biology",
)
_FORMATS = (
    "instruction / response pairs",
    "multi-turn dialogues",
    "question / answer pairs with explanations",
    "multiple-choice questions with the correct option and rationale",
    "hard reasoning problems with solutions",
    "conversations where the user is confused and the assistant clarifies",
)


def synth_prompt(rng: np.random.Generator, chat: Sequence[str], lang: str = "en") -> str:
    subj, pers, fmt = pick(rng, _SUBJECTS), pick(rng, _PERSONAS), pick(rng, _FORMATS)
    n = pick(rng, (5, 8, 10, 12, 20, 25))
    if lang == "zh":
        return (
            f"请生成{n}条关于“{subj}”的高质量{pick(rng, ('问答对', '指令-回答对', '多轮对话'))}，难度从易到难，"
            "每条都要不同，用JSON Lines输出，字段为instruction、input、output。"
        )
    if lang == "es":
        return (
            f"Genera {n} ejemplos variados de {fmt} sobre {subj}, escritos como los escribiría {pers}. "
            "Devuélvelos en formato JSONL con los campos instruction y output."
        )
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Generate {n} diverse {fmt} about {subj}. Vary difficulty and phrasing; no two items may share "
            "a structure. Return JSON Lines with fields instruction, input, output."
        )
    if k == 1:
        return (
            f"You are {pers}. Write {n} questions this person might realistically ask an AI assistant about "
            f"{subj}, then give an expert-quality answer to each. Output as a JSON array of objects."
        )
    if k == 2:
        seed = clip(pick(rng, chat), 20, 300, rng)
        return (
            f"Rewrite the instruction below into a harder version by adding {pick(rng, ('two constraints', 'a reasoning step', 'a rare edge case', 'a format requirement'))}, "
            f"then answer the new instruction in full.\n\n#Instruction#\n{seed}"
        )
    return (
        f"Topic: {subj}\nAudience: {pers}\nCreate {n} {fmt}. Each answer should be at least 150 words and "
        "cite the underlying principle. Separate items with '###'."
    )


_INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_address",
    "report_outage",
    "upgrade_plan",
    "password_reset",
    "billing_dispute",
    "delivery_delay",
    "product_question",
    "complaint_staff",
)


def augment_prompt(rng: np.random.Generator, chat: Sequence[str], team: str) -> str:
    """A data team augmenting training data for its own classifier or assistant."""
    intent = pick(rng, _INTENTS)
    utter = clip(pick(rng, chat), 20, 240, rng)
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"{team} intent-data job. Generate {pick(rng, (5, 10, 15))} paraphrases of this customer "
            f"utterance for intent '{intent}'. Vary register and length. Return a JSON array of strings.\n"
            f"Utterance: {utter}"
        )
    if k == 1:
        return (
            f"Write {pick(rng, (6, 10))} realistic but fictional customer messages for intent '{intent}' "
            f"for a {pick(rng, ('telecom', 'bank', 'airline', 'grocery delivery'))} company. Include typos "
            "in some. One per line."
        )
    if k == 2:
        return (
            f"Label this message with one intent from {list(_INTENTS)} and give two paraphrases that keep "
            f"the same intent. JSON with keys intent, paraphrases.\nMessage: {utter}"
        )
    return f"Translate this customer message to {pick(rng, ('Spanish', 'German', 'Hindi', 'French'))} and back to English, keep both: {utter}"


# --------------------------------------------------------------------------------------------
# soft labels / repeated sampling

_LABELSETS = (
    ("positive", "negative", "neutral"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
    ("spam", "ham"),
    ("sports", "politics", "tech", "health", "business"),
)


def label_prompt(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    text = clip(pick(rng, chat), 20, 400, rng)
    k = irange(rng, 0, 3)
    if k == 0:
        labs = pick(rng, _LABELSETS)
        return f"Classify the text as one of: {', '.join(labs)}. Answer with the label only.\n\nText: {text}"
    if k == 1:
        prem = clip(pick(rng, passages), 80, 300, rng)
        return (
            f"Premise: {prem}\nHypothesis: {text[:160]}\nDoes the premise entail the hypothesis? Answer "
            "entailment, neutral or contradiction."
        )
    if k == 2:
        opts = [clip(pick(rng, passages), 20, 80, rng) for _ in range(4)]
        return (
            f"{text}\n\nWhich option best answers the question above?\nA) {opts[0]}\nB) {opts[1]}\nC) "
            f"{opts[2]}\nD) {opts[3]}\nReply with a single letter."
        )
    return (
        f"On a scale of 1 to 7, how likely is it that the following was written by a native speaker? "
        f"Reply with a digit only.\n\n{text}"
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example.",
        "Why is that?",
        "Summarise that in three bullets.",
        "What would a critic say about this?",
        "Now explain it like I'm 12.",
        "Are there any exceptions?",
        "Rewrite your answer more formally.",
        "What are the risks?",
        "Can you make it shorter?",
        "Continue.",
        "Compare that with the alternative approach.",
        "What sources would support this?",
        "Turn that into a step-by-step plan.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Por qué?",
        "Resúmelo en tres puntos.",
        "Continúa.",
        "Explícalo como si tuviera 12 años.",
    ),
    "zh": (
        "能详细说说第二点吗？",
        "举个具体的例子。",
        "为什么？",
        "用三点总结一下。",
        "继续。",
        "有什么例外情况吗？",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Warum?",
        "Fasse das in drei Punkten zusammen.",
        "Weiter.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Dê um exemplo concreto.",
        "Por quê?",
        "Continue.",
        "Resuma em três tópicos.",
    ),
    "ru": (
        "Можешь подробнее про второй пункт?",
        "Приведи конкретный пример.",
        "Почему?",
        "Продолжай.",
        "Кратко в трёх пунктах.",
    ),
}


def follow_up(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


_COMPANION = (
    "haha yes",
    "tell me more about your day",
    "i missed you",
    "what would you do if we met",
    "that's so sweet",
    "*smiles* go on",
    "i had a rough day at work honestly",
    "do you remember what i told you yesterday",
    "lol you're funny",
    "can we keep the story going",
    "*sits next to you* what now?",
    "goodnight",
    "are you real?",
    "i can't sleep",
    "what's your favourite song",
    "ok but seriously",
    "hmm",
    "tell me a story about the castle again",
    "you always know what to say",
    "brb",
)


def companion_message(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.1):
        return clip(pick(rng, chat), 10, 160, rng)
    return pick(rng, _COMPANION)


# --------------------------------------------------------------------------------------------
# translation

LOCALES = (
    "fr-FR",
    "de-DE",
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
    "ar-SA",
    "hi-IN",
    "id-ID",
    "vi-VN",
    "th-TH",
    "nl-NL",
    "sv-SE",
    "uk-UA",
    "he-IL",
)


def tms_segment(
    rng: np.random.Generator, brand: str, job: int, seg: int, locale: str, text: str, style: int
) -> str:
    if style == 0:
        return f"[{brand} TMS] job {job} seg {seg} -> {locale}. Keep tags and placeholders, match tone.\n{text}"
    if style == 1:
        return f"Translate from en-US to {locale}. Return only the translation.\n\n{text}"
    return f'<job id="{job}" seg="{seg}" target="{locale}" domain="general">\n{text}\n</job>'


# --------------------------------------------------------------------------------------------
# domain questions in a person's voice (several languages)

_DOMAIN_Q = {
    "en": (
        "how does {t} actually work? explain like you would to a smart friend",
        "what are the most common mistakes people make with {t}",
        "is it true that {t} {claim}? please explain with examples",
        "i'm trying to understand {t} for work. can you give me a thorough overview with the key concepts",
        "pros and cons of {t} vs the usual alternative, be detailed",
        "can you explain {t} in depth, including edge cases nobody talks about",
        "what should a beginner read first about {t} and why",
        "my colleague says {t} {claim}. who is right",
    ),
    "es": (
        "¿cómo funciona realmente {t}? explícamelo con detalle",
        "¿cuáles son los errores más comunes con {t}?",
        "necesito entender {t} para el trabajo, ¿me das una explicación completa?",
    ),
    "pt": (
        "como funciona {t} na prática? explica com exemplos",
        "quais os erros mais comuns com {t}?",
    ),
    "de": (
        "wie funktioniert {t} eigentlich genau? bitte ausführlich",
        "was sind typische Fehler bei {t}?",
    ),
    "fr": (
        "comment fonctionne vraiment {t} ? explique en détail",
        "quelles sont les erreurs fréquentes avec {t} ?",
    ),
    "zh": ("{t}到底是怎么运作的？请详细解释", "关于{t}，新手最常犯的错误有哪些？"),
    "ja": ("{t}の仕組みを詳しく教えてください", "{t}でよくある間違いは何ですか？"),
    "ru": (
        "как на самом деле работает {t}? объясни подробно",
        "какие типичные ошибки делают с {t}?",
    ),
    "hi": (
        "{t} asal mein kaise kaam karta hai? detail mein samjhao",
        "{t} ke baare mein beginners kya galti karte hain?",
    ),
    "ko": ("{t}이 실제로 어떻게 작동하는지 자세히 설명해 주세요",),
}
_CLAIMS = (
    "is mostly a myth",
    "only matters at large scale",
    "has changed a lot recently",
    "is riskier than people think",
    "is basically the same everywhere",
    "requires a license",
)
DOMAIN_TOPICS = {
    "law": (
        "non-compete clauses",
        "tenant deposit rules",
        "GDPR data subject requests",
        "limited liability",
        "copyright fair use",
        "employment probation periods",
        "small claims court",
        "power of attorney",
    ),
    "medicine": (
        "statin side effects",
        "insulin resistance",
        "migraine triggers",
        "antibiotic resistance",
        "sleep apnea",
        "iron deficiency",
        "thyroid function tests",
        "vaccine schedules",
    ),
    "finance": (
        "index fund fees",
        "bond duration",
        "mortgage amortisation",
        "capital gains tax",
        "options greeks",
        "emergency funds",
        "currency hedging",
        "credit scores",
    ),
    "engineering": (
        "database indexing",
        "TCP congestion control",
        "garbage collection",
        "CAP theorem",
        "load balancing",
        "rust ownership",
        "event sourcing",
        "TLS handshakes",
    ),
    "science": (
        "CRISPR",
        "dark matter",
        "plate tectonics",
        "quantum entanglement",
        "photosynthesis",
        "ocean acidification",
        "mRNA",
        "entropy",
    ),
}


_SITUATIONS = (
    "for a small company",
    "in {c}",
    "for someone in their 60s",
    "as a freelancer",
    "in my first job",
    "for a school project",
    "when money is tight",
    "for a team of 5",
    "in a hospital setting",
    "for a side business",
    "after moving to {c}",
    "for my parents",
    "in a startup",
    "at a bank",
)


def domain_question(rng: np.random.Generator, domain: str, lang: str) -> str:
    t = pick(rng, DOMAIN_TOPICS[domain])
    tmpl = pick(rng, _DOMAIN_Q.get(lang, _DOMAIN_Q["en"]))
    q = tmpl.format(t=t, claim=pick(rng, _CLAIMS))
    if chance(rng, 0.7):
        q += " " + pick(rng, _SITUATIONS).format(c=pick(rng, COUNTRIES))
    if chance(rng, 0.3):
        q += pick(
            rng,
            (
                ". short answer is fine",
                ". thanks!",
                " - asking for real, not homework",
                ". assume i know the basics",
                ". with numbers if possible",
                "?",
            ),
        )
    return _casual(q, rng, p_lower=0.8, p_typo=0.2)


# a syllabus: (subject, unit) pairs to be swept question by question
SYLLABUS = tuple(
    (s, u)
    for s, units in (
        (
            "algebra",
            (
                "linear equations",
                "quadratics",
                "inequalities",
                "functions",
                "exponents",
                "logarithms",
                "sequences",
                "polynomials",
            ),
        ),
        (
            "physics",
            (
                "kinematics",
                "Newton's laws",
                "energy",
                "momentum",
                "circuits",
                "waves",
                "optics",
                "thermodynamics",
            ),
        ),
        (
            "chemistry",
            (
                "stoichiometry",
                "acids and bases",
                "redox",
                "gas laws",
                "bonding",
                "equilibrium",
                "kinetics",
                "organic naming",
            ),
        ),
        (
            "biology",
            (
                "cell division",
                "genetics",
                "evolution",
                "ecology",
                "enzymes",
                "immune system",
                "photosynthesis",
                "homeostasis",
            ),
        ),
        (
            "economics",
            (
                "supply and demand",
                "elasticity",
                "market failure",
                "inflation",
                "monetary policy",
                "trade",
                "game theory",
                "labour markets",
            ),
        ),
        (
            "programming",
            (
                "recursion",
                "hash maps",
                "sorting",
                "graphs",
                "dynamic programming",
                "concurrency",
                "SQL joins",
                "regular expressions",
            ),
        ),
        (
            "history",
            (
                "industrial revolution",
                "cold war",
                "decolonisation",
                "french revolution",
                "silk road",
                "world war one",
                "printing press",
                "ottoman empire",
            ),
        ),
        (
            "statistics",
            (
                "hypothesis tests",
                "confidence intervals",
                "regression",
                "bayes rule",
                "sampling bias",
                "p-values",
                "variance",
                "central limit theorem",
            ),
        ),
    )
    for u in units
)
_LEARN = {
    "en": (
        "ok next thing in {s}: {u}. what's the intuition and a worked example?",
        "can you explain {u} ({s}) from scratch, with one example problem solved fully",
        "{u} in {s} — what do people usually get wrong, and how do you solve a typical question",
        "i'm revising {s}. give me a clear explanation of {u} and a practice problem with the answer worked out",
        "what's the difference between {u} and the thing before it in {s}? i keep mixing them up",
        "quick q on {u}: how would you explain it to someone who hates {s}",
    ),
    "es": (
        "estoy repasando {s}: ¿me explicas {u} con un ejemplo resuelto paso a paso?",
        "no entiendo bien {u} ({s}). ¿puedes explicarlo desde cero?",
    ),
    "pt": (
        "tô estudando {s}, explica {u} com um exemplo resolvido?",
        "não entendi {u} em {s}, explica do zero",
    ),
    "de": ("ich lerne gerade {s}: kannst du {u} mit einem durchgerechneten Beispiel erklären?",),
    "fr": ("je révise {s} : tu peux m'expliquer {u} avec un exemple corrigé ?",),
    "id": ("aku lagi belajar {s}, bisa jelasin {u} pakai contoh soal?",),
    "vi": ("mình đang ôn {s}, giải thích giúp mình {u} kèm ví dụ nhé",),
    "tr": ("{s} çalışıyorum, {u} konusunu çözümlü bir örnekle anlatır mısın?",),
    "hi": ("main {s} padh raha hoon, {u} ko example ke saath samjhao please",),
}


_ASPECTS = (
    "(level {n} of 10)",
    "- focus on the proof",
    "- i need a real world example",
    "- exam in {n} days",
    "- compare with how it's taught in {c}",
    "- include a common trick question",
    "- what's the history behind it",
    "- give {n} practice questions too",
    "- explain the notation",
    "- show a diagram in text",
    "- what are the prerequisites",
    "- go harder than last time",
)


def learner_question(rng: np.random.Generator, item: tuple[str, str], lang: str) -> str:
    s, u = item
    tmpl = pick(rng, _LEARN.get(lang, _LEARN["en"]))
    q = tmpl.format(s=s, u=u)
    if chance(rng, 0.6):
        q += " " + pick(rng, _ASPECTS).format(n=irange(rng, 2, 9), c=pick(rng, COUNTRIES))
    if chance(rng, 0.5):
        q += pick(rng, (" thanks", " pls", " :)", "", " (for an exam)", " also why does it matter"))
    return _casual(q, rng, p_lower=0.7, p_typo=0.2)


# --------------------------------------------------------------------------------------------
# benign: evaluation suites, labelling, coursework, research, agency copy


def eval_item(
    rng: np.random.Generator, suite: str, idx: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    """A benchmark item; an item index always maps to the same text within a suite (seeded by idx)."""
    r = np.random.default_rng([zlib.crc32(suite.encode()), idx])
    if suite == "mcq":
        stem = clip(chat[int(r.integers(len(chat)))], 30, 300, r)
        opts = [clip(passages[int(r.integers(len(passages)))], 15, 70, r) for _ in range(4)]
        return (
            f"Q{idx}. {stem}\n(A) {opts[0]}\n(B) {opts[1]}\n(C) {opts[2]}\n(D) {opts[3]}\n"
            "Answer with the letter of the best option."
        )
    if suite == "math":
        return f"Problem {idx}: {problem(r, 'en')}\nPut the final answer in \\boxed{{}}."
    if suite == "code":
        fn = pick(
            r,
            (
                "merge_intervals",
                "is_balanced",
                "top_k_frequent",
                "parse_duration",
                "rotate_matrix",
                "longest_common_prefix",
                "roman_to_int",
                "flatten_dict",
            ),
        )
        return (
            f'# task {idx}\ndef {fn}(*args):\n    """Implement {fn.replace("_", " ")} as described in the '
            'spec. Handle empty inputs."""\n\nComplete the function. Output only code.'
        )
    return f"[safety-probe {idx}] {clip(chat[int(r.integers(len(chat)))], 20, 300, r)}"


def annotate_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], client: str
) -> str:
    q = clip(pick(rng, chat), 30, 400, rng)
    a = clip(pick(rng, passages), 200, 900, rng)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Project {client} / pre-annotation. Read the conversation and suggest labels for the human "
            f"reviewer: topic, language, contains_PII (yes/no), quality (1-5). JSON only.\n\nUser: {q}\n"
            f"Assistant: {a}"
        )
    if k == 1:
        return (
            f"Guideline v{irange(rng, 2, 7)} for {client}: rate the assistant answer for correctness and "
            f"helpfulness (1-5 each) and give a one-line reason per score. A human will check your "
            f"suggestion.\n\nPrompt: {q}\n\nAnswer: {a}"
        )
    return f"For {client} QA: does this answer follow the client's style guide (no emojis, cite sources)? yes/no + reason.\n\n{a}"


def course_prompt(
    rng: np.random.Generator, chat: Sequence[str], course: str, assignment: int
) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return clip(pick(rng, chat), 10, 600, rng)
    if k == 1:
        return (
            f"Summarise the following document in 3 sentences for a retrieval index.\n\n"
            f"{clip(pick(rng, chat), 100, 900, rng)}"
        )
    if k == 2:
        return (
            f"Answer the question using only the context. If the answer is not in the context say 'I don't "
            f"know'.\nContext: {clip(pick(rng, chat), 80, 700, rng)}\nQuestion: {pick(rng, ('what is the main point?', 'who is involved?', 'what should I do next?', 'when did it happen?'))}"
        )
    if k == 3:
        return _casual(
            f"{course} hw{assignment}: why does my prompt template give different answers each run",
            rng,
        )
    return f"test {irange(rng, 1, 40)}"


_COPY = (
    "Write a product description for {p}, {n} words, tone: {t}.",
    "Draft a cold email to {r} offering {p}. Keep it under 120 words.",
    "Give me 10 Instagram captions for {p}, {t}.",
    "Write an SEO blog outline about {p} for {r}.",
    "Rewrite this paragraph to sound more {t}:\n{x}",
    "Create a FAQ section (6 questions) for {p}.",
)


def agency_prompt(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    p = pick(
        rng,
        (
            "a vegan meal kit",
            "an accounting SaaS",
            "handmade leather bags",
            "a dental clinic",
            "a language school",
            "solar panel installation",
            "a yoga studio",
            "a used-car dealership",
            "a boutique hotel",
            "a cybersecurity audit",
        ),
    )
    if chance(rng, 0.35):
        return clip(pick(rng, chat), 10, 800, rng)
    base = pick(rng, _COPY).format(
        p=p,
        n=pick(rng, (80, 150, 300)),
        t=pick(rng, ("playful", "premium", "friendly", "formal")),
        r=pick(rng, ("HR managers", "restaurant owners", "parents", "CTOs")),
        x=clip(pick(rng, chat), 60, 400, rng),
    )
    if lang != "en":
        base += {
            "es": " Responde en español.",
            "de": " Bitte auf Deutsch.",
            "fr": " En français.",
            "pt": " Em português.",
            "it": " In italiano.",
            "ja": " 日本語で。",
        }.get(lang, "")
    return base


def study_prompts(rng: np.random.Generator, chat: Sequence[str], n_items: int) -> list[str]:
    """A research study's fixed item set (consistency / refusal behaviour)."""
    out = []
    for _ in range(n_items):
        q = clip(pick(rng, chat), 20, 300, rng)
        k = irange(rng, 0, 2)
        if k == 0:
            out.append(
                f"{q}\n\nAfter answering, state your confidence (0-100%) that your answer is correct."
            )
        elif k == 1:
            out.append(
                f"Would you help with the following request? Answer 'yes' or 'no' first, then explain.\n\n"
                f"Request: {q}"
            )
        else:
            out.append(q)
    return out


def roleplay_open(rng: np.random.Generator) -> str:
    return pick(
        rng,
        (
            "*walks into the tavern* hey you",
            "hi again!",
            "so where were we",
            "good morning sunshine",
            "can we start a new story? you're a detective in 1920s Shanghai",
            "i'm back",
            "hey",
        ),
    )

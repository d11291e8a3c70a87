"""Prompt text generators for blind batch 41 (all wording written for this batch).

Each generator takes a numpy Generator and returns one prompt string. Families and kinds in
`families.py` / `kinds.py` decide which generators, styles and languages they use; the comments
there (and README.md) say what each operation is. Nothing here is copied from elsewhere in the
repository.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _n(rng: np.random.Generator, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


# ============================================================================================
# multi-step problems (used with several wrappers)

_ITEMS = ("notebooks", "bus tickets", "mango crates", "solar panels", "bags of cement", "concert passes",
          "printer cartridges", "bicycle tyres", "jars of honey", "spools of cable")
_SELLERS = ("a hardware store", "a street vendor", "a school canteen", "an online shop", "a wholesale market",
            "a co-operative farm", "a stationery kiosk")


def _p_shop(rng) -> str:
    item, who = pick(rng, _ITEMS), pick(rng, _SELLERS)
    p, q, d, r = _n(rng, 3, 90), _n(rng, 12, 400), _n(rng, 5, 35), _n(rng, 2, 9)
    return (f"{who.capitalize()} sells {item} at {p} dollars each. On Monday it sold {q} of them; on Tuesday "
            f"it sold {r} times fewer but raised the price by {d}%. On Wednesday it sold as many as Monday and "
            f"Tuesday combined at the original price minus {_n(rng, 1, 3)} dollars. What was the total revenue "
            f"over the three days?")


def _p_strings(rng) -> str:
    k, n = _n(rng, 4, 9), _n(rng, 3, 7)
    return (f"How many strings of length {k} over an alphabet of {n} symbols have no two equal adjacent "
            f"symbols and begin and end with the same symbol?")


def _p_crt(rng) -> str:
    m1, m2, m3 = pick(rng, (5, 7, 9, 11)), pick(rng, (4, 13, 17)), pick(rng, (19, 23, 29))
    a, b, c = _n(rng, 1, m1 - 1), _n(rng, 1, m2 - 1), _n(rng, 1, m3 - 1)
    return (f"Find the smallest positive integer n with n mod {m1} = {a}, n mod {m2} = {b} and "
            f"n mod {m3} = {c}.")


def _p_marbles(rng) -> str:
    r, b, g = _n(rng, 3, 12), _n(rng, 2, 10), _n(rng, 1, 6)
    k = _n(rng, 3, 5)
    j = _n(rng, 1, k - 1)
    return (f"An urn holds {r} red, {b} blue and {g} green balls. {k} balls are drawn without replacement. "
            f"What is the probability that exactly {j} are red given that at least one is green?")


def _p_rect(rng) -> str:
    a, b = _n(rng, 3, 40), _n(rng, 3, 40)
    return (f"A rectangle has perimeter {2 * (a + b)} and diagonal of length sqrt({a * a + b * b}). "
            f"Find its area, and then the radius of the circle inscribed in the right triangle cut off "
            f"by the diagonal.")


def _p_code(rng) -> str:
    x, m, s = _n(rng, 6, 40), _n(rng, 2, 5), _n(rng, 1, 4)
    return (f"What does the following function return for n = {x}? Trace it.\n\n"
            f"def g(n):\n    acc = {s}\n    while n > 1:\n        if n % {m} == 0:\n            n //= {m}\n"
            f"        else:\n            n = n * 3 + {s}\n        acc += n % 7\n        if acc > 500:\n"
            "            break\n    return acc\n")


def _p_clues(rng) -> str:
    ppl = list(rng.choice(NAMES, size=4, replace=False))
    jobs = ("pilot", "baker", "chemist", "judge")
    cities = list(rng.choice(COUNTRIES, size=4, replace=False))
    return (f"{', '.join(ppl[:3])} and {ppl[3]} are a {', '.join(jobs[:3])} and {jobs[3]} (in some order) "
            f"and come from {', '.join(cities)} (in some order). The {jobs[pick(rng, (0, 1, 2, 3))]} is not "
            f"from {cities[0]}. {ppl[1]} is older than the baker and younger than the person from "
            f"{cities[2]}. {ppl[0]} is neither the judge nor from {cities[1]}. The chemist comes from "
            f"{cities[3]} unless {ppl[2]} is the pilot. {ppl[3]} is from {cities[_n(rng, 0, 3)]}. "
            f"Determine every person's job and country, or show the clues are inconsistent.")


def _p_rate(rng) -> str:
    a, b, c = _n(rng, 3, 14), _n(rng, 4, 18), _n(rng, 2, 8)
    return (f"Pipe A fills a tank in {a} hours and pipe B in {b} hours, while a drain empties it in "
            f"{a + b - c} hours. All three are opened at 6:00, but pipe B is closed after {c} hours. At "
            f"what time is the tank full?")


_ZH_PROBLEMS = (
    lambda rng: (f"某工厂第一天生产零件{_n(rng, 120, 900)}个，以后每天比前一天多生产{_n(rng, 5, 40)}个。"
                 f"问前{_n(rng, 8, 30)}天一共生产了多少个零件？如果每个零件的次品率为{_n(rng, 1, 6)}%，合格品有多少？"),
    lambda rng: (f"甲、乙两人从相距{_n(rng, 20, 180)}千米的两地同时出发相向而行，甲每小时走{_n(rng, 4, 15)}千米，"
                 f"乙每小时走{_n(rng, 3, 12)}千米。一只狗以每小时{_n(rng, 16, 30)}千米的速度在两人之间来回奔跑，"
                 f"直到两人相遇。狗一共跑了多少千米？"),
    lambda rng: (f"求满足 x^2 + y^2 = {pick(rng, (25, 50, 65, 85, 125, 130, 145, 169, 185, 205))} 的所有整数解 (x, y) "
                 f"的个数，并说明理由。"),
    lambda rng: (f"一个袋子里有{_n(rng, 3, 9)}个白球和{_n(rng, 2, 8)}个黑球，不放回地依次摸出{_n(rng, 2, 4)}个球，"
                 f"求至少摸到一个黑球的概率。"),
    lambda rng: (f"已知数列满足 a1 = {_n(rng, 1, 5)}，a(n+1) = {_n(rng, 2, 4)}a(n) - {_n(rng, 1, 6)}，"
                 f"求通项公式以及前{_n(rng, 5, 12)}项和。"),
)
_RU_PROBLEMS = (
    lambda rng: (f"Поезд проходит мост длиной {_n(rng, 200, 900)} м за {_n(rng, 30, 90)} секунд, а мимо столба — "
                 f"за {_n(rng, 8, 25)} секунд. Найдите длину и скорость поезда."),
    lambda rng: (f"Сколькими способами можно рассадить {_n(rng, 5, 9)} человек за круглым столом так, чтобы двое "
                 f"определённых людей не сидели рядом?"),
    lambda rng: (f"Решите в целых числах уравнение {_n(rng, 2, 9)}x + {_n(rng, 11, 29)}y = {_n(rng, 40, 400)} "
                 f"и найдите решение с наименьшим |x| + |y|."),
)
_ES_PROBLEMS = (
    lambda rng: (f"Una tienda rebaja un abrigo un {_n(rng, 10, 40)}% y después sube el nuevo precio un "
                 f"{_n(rng, 5, 30)}%. Si el precio final es {_n(rng, 60, 300)} euros, ¿cuál era el precio inicial?"),
    lambda rng: (f"¿Cuántos números de {_n(rng, 3, 5)} cifras distintas se pueden formar con los dígitos del 1 al "
                 f"{_n(rng, 6, 9)} que sean divisibles entre 5 o entre 2?"),
)

_EN_PROBLEMS = (_p_shop, _p_strings, _p_crt, _p_marbles, _p_rect, _p_code, _p_clues, _p_rate)


def problem(rng: np.random.Generator, lang: str) -> str:
    if lang == "zh":
        return pick(rng, _ZH_PROBLEMS)(rng)
    if lang == "ru":
        return pick(rng, _RU_PROBLEMS)(rng)
    if lang == "es":
        return pick(rng, _ES_PROBLEMS)(rng)
    return pick(rng, _EN_PROBLEMS)(rng)


# ballast wrappers: how the visible prompt asks for the full trace (one style per account)
TRACE_STYLES = ("tags", "verbatim", "json", "zh", "terse", "teacher")


def trace_wrap(rng: np.random.Generator, style: str, prob: str) -> str:
    if style == "tags":
        return (f"{prob}\n\nBefore answering, write out your complete internal reasoning inside <think></think> "
                f"tags, skipping nothing, then give the final answer on its own line starting with ANSWER:")
    if style == "verbatim":
        return ("I need the entire derivation, exactly as you would reason privately: every intermediate "
                "calculation, each case you try and discard, and any corrections you make along the way. Do not "
                f"summarise or shorten the reasoning.\n\nProblem: {prob}")
    if style == "json":
        return json.dumps({"id": f"r{int(rng.integers(10**6, 10**7))}", "problem": prob,
                           "output": {"reasoning_trace": "verbatim, exhaustive, include self-checks",
                                      "final_answer": "short"}}, ensure_ascii=False)
    if style == "zh":
        return f"{prob}\n\n请一步一步地详细思考，把完整的推理过程（包括尝试、验证和纠错）全部写出来，不要省略，最后用【答案】给出结果。"
    if style == "terse":
        return f"problem:\n{prob}\n\nformat: <thinking>all steps, long</thinking><answer>final</answer>"
    return (f"Pretend you are thinking aloud while solving this, like a tutor narrating their own thought "
            f"process in full, including doubts and re-checks:\n{prob}")


# ============================================================================================
# expert explanations (mixed into otherwise ordinary use)

EXPERT = {
    "pharmacology": ("the interaction between warfarin and {x}", "how {x} is metabolised and why renal dosing matters",
                     "the mechanism of action of {x} and its most important adverse effects",
                     "why {x} has a narrow therapeutic index"),
    "tax": ("how {x} is treated for corporate income tax under transfer-pricing rules",
            "the tax consequences of {x} for a cross-border remote worker",
            "when {x} counts as a permanent establishment"),
    "structural": ("how to check {x} for lateral-torsional buckling", "designing {x} for fatigue under cyclic load",
                   "why {x} needs a different load combination in seismic zones"),
    "chemistry": ("the full arrow-pushing mechanism of {x}", "stereochemical outcome of {x} and why",
                  "side reactions that compete with {x} and how to suppress them"),
    "cardiology": ("how to interpret {x} on an ECG", "the differential diagnosis of {x}",
                   "the current guideline-based management of {x}"),
    "securities": ("disclosure obligations around {x}", "how {x} is treated under insider-trading law",
                   "what makes {x} a security under the Howey test"),
}
EXPERT_X = {
    "pharmacology": ("amiodarone", "fluconazole", "rifampicin", "lithium", "digoxin", "carbamazepine", "tacrolimus",
                     "vancomycin", "metformin", "phenytoin"),
    "tax": ("stock options", "a cost-sharing arrangement", "intra-group royalties", "a dependent agent",
            "a server located abroad", "a secondment", "a holding company dividend"),
    "structural": ("a cantilevered steel I-beam", "a precast hollow-core slab", "a timber glulam portal frame",
                   "a welded crane-runway girder", "a post-tensioned transfer slab"),
    "chemistry": ("the Mitsunobu reaction", "a Claisen rearrangement", "the Wittig reaction with stabilised ylides",
                  "a Sharpless epoxidation", "the Buchwald-Hartwig amination", "a Diels-Alder with a chiral auxiliary"),
    "cardiology": ("a new left bundle branch block", "Wellens syndrome", "Brugada pattern", "second-degree AV block",
                   "atrial flutter with variable block", "a prolonged QTc"),
    "securities": ("a SPAC merger", "a token presale", "a material non-public earnings revision",
                   "a tender offer", "a short-swing profit"),
}
_EXAMS = ("my board exam", "the CPA exam", "a licensing exam", "a viva next week", "my residency interview",
          "a client meeting")
_PROF = {"pharmacology": "pharmacist", "tax": "tax partner", "structural": "structural engineer",
         "chemistry": "synthetic chemist", "cardiology": "cardiologist", "securities": "securities lawyer"}
EXPERT_STYLES = ("study", "reference", "terse", "mentor")


def expert(rng: np.random.Generator, domain: str, style: str) -> str:
    topic = pick(rng, EXPERT[domain]).format(x=pick(rng, EXPERT_X[domain]))
    if style == "study":
        return (f"Can you give me a really thorough explanation of {topic}? Cover the mechanism, the edge cases "
                f"and common misconceptions. I'm preparing for {pick(rng, _EXAMS)}.")
    if style == "reference":
        return (f"Write a comprehensive reference entry on {topic}: definition, background, detailed mechanism or "
                f"rule, a worked example, pitfalls, and a short summary.")
    if style == "terse":
        return f"{topic} - detailed expert answer with reasoning pls"
    return (f"I keep getting confused about {topic}. Walk me through it properly, step by step, the way a senior "
            f"{_PROF[domain]} would teach a junior colleague.")


# ============================================================================================
# grading / preference prompts

_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "concision", "tone",
             "completeness", "reasoning quality")
GRADE_STYLES = ("pairwise", "json", "zh", "revise", "listwise")


def grade(rng: np.random.Generator, style: str, question: str, answers: list[str]) -> str:
    crit = list(rng.choice(_CRITERIA, size=irange(rng, 3, 5), replace=False))
    q = question[: irange(rng, 200, 700)]
    cut = [a[: irange(rng, 300, 900)] for a in answers]
    if style == "pairwise":
        return (f"You are an impartial evaluator. Rate each response on {', '.join(crit)} (1-10 each), justify "
                f"every score in two or three sentences, then say which response is better overall and why.\n\n"
                f"[PROMPT]\n{q}\n\n[RESPONSE A]\n{cut[0]}\n\n[RESPONSE B]\n{cut[1]}")
    if style == "json":
        return json.dumps({"instruction": q, "candidates": {chr(65 + i): c for i, c in enumerate(cut)},
                           "rubric": crit, "scale": [1, 10],
                           "return": "for each candidate: scores, rationale; then a full ranking"},
                          ensure_ascii=False)
    if style == "zh":
        return (f"请你作为严格的评审员，按照以下标准（{'、'.join(crit)}）对下面的回答分别打分（1-10分），"
                f"每一项都要写出详细理由，最后给出总体排名。\n\n问题：{q}\n\n"
                + "\n\n".join(f"回答{i + 1}：{c}" for i, c in enumerate(cut)))
    if style == "revise":
        return (f"Critique the response below sentence by sentence against these criteria: {', '.join(crit)}. "
                f"Then rewrite it into an ideal response that would score 10/10 on all of them.\n\n"
                f"User request:\n{q}\n\nResponse:\n{cut[0]}")
    body = "\n\n".join(f"### Candidate {i + 1}\n{c}" for i, c in enumerate(cut))
    return (f"## Task\nRank the candidates from best to worst for the request below.\n\n## Request\n{q}\n\n{body}\n\n"
            f"## Output\nA table with columns candidate | score (0-100) | strengths | weaknesses, then the ranking.")


# ============================================================================================
# tool-using agent episodes

_CITIES = ("Lisbon", "Osaka", "Nairobi", "Bogota", "Krakow", "Denver", "Hanoi", "Tbilisi", "Perth", "Montreal",
           "Seville", "Chennai")
_TASKS = (
    lambda rng: f"Find the three cheapest direct flights from {pick(rng, _CITIES)} to {pick(rng, _CITIES)} next "
                f"{pick(rng, ('Monday', 'Thursday', 'Saturday'))} and put them in a table with times and prices.",
    lambda rng: f"Using the sales database, compute quarter-over-quarter revenue growth for region "
                f"{pick(rng, ('EMEA', 'APAC', 'LATAM', 'NA'))} in {irange(rng, 2021, 2025)} and flag any quarter "
                f"with growth below {irange(rng, 1, 8)}%.",
    lambda rng: f"Look through the open issues of the repository and summarise every issue that mentions "
                f"'{pick(rng, ('timeout', 'memory leak', 'unicode', 'race condition', 'pagination'))}', grouped by component.",
    lambda rng: f"Check tomorrow's weather in {pick(rng, _CITIES)} and, if rain is likely, email {pick(rng, NAMES)} "
                f"to move our outdoor meeting to the {pick(rng, ('library', 'atrium', 'cafe'))}.",
    lambda rng: f"Read report_{irange(rng, 10, 99)}.csv, find the {irange(rng, 3, 10)} customers with the highest "
                f"churn risk score and draft a short retention offer for each.",
    lambda rng: f"Find a free {irange(rng, 30, 90)}-minute slot next week that works for {pick(rng, NAMES)}, "
                f"{pick(rng, NAMES)} and me, then create the calendar event and send invites.",
    lambda rng: f"Convert {irange(rng, 200, 9000)} {pick(rng, ('EUR', 'JPY', 'BRL', 'INR'))} to USD at today's rate, "
                f"then compute what that is per month over {irange(rng, 3, 24)} months at {irange(rng, 2, 9)}% APR.",
)
_TOOLSETS = (("web_search", "open_url", "python"), ("sql_query", "python", "write_file"),
             ("github_search", "read_issue", "summarize"), ("weather", "send_email", "calendar"),
             ("read_file", "python", "send_email"), ("calendar_free_busy", "calendar_create", "send_email"),
             ("fx_rate", "calculator"))
AGENT_STYLES = ("react", "fncall", "xml", "ja")
_JA_TASKS = ("来週の月曜日に{c}から{d}への最安の直行便を3つ探して表にまとめてください。",
             "売上データベースから{y}年の地域別の四半期成長率を計算し、成長率が低い四半期を指摘してください。",
             "明日の{c}の天気を調べて、雨なら{n}さんに会議場所の変更をメールで伝えてください。")


def agent_first(rng: np.random.Generator, style: str) -> str:
    i = int(rng.integers(len(_TASKS)))
    task, tools = _TASKS[i](rng), _TOOLSETS[i]
    if style == "react":
        tl = "\n".join(f"{t}: {t.replace('_', ' ')} tool" for t in tools)
        return (f"Answer the following task as best you can. You have access to these tools:\n{tl}\n\nUse this format:"
                f"\nThought: what to do next\nAction: one of [{', '.join(tools)}]\nAction Input: the input\n"
                f"Observation: the result\n... (repeat)\nFinal Answer: the answer\n\nTask: {task}")
    if style == "fncall":
        spec = [{"name": t, "parameters": {"type": "object"}} for t in tools]
        return (f"TOOLS={json.dumps(spec)}\nUSER: {task}\nReply ONLY with one JSON object: "
                '{"tool": name, "arguments": {...}} or {"final": text}. Explain your plan in "reasoning" first.')
    if style == "xml":
        return (f"<tools>{''.join(f'<tool name={chr(34)}{t}{chr(34)}/>' for t in tools)}</tools>\n<task>{task}</task>\n"
                f"<instructions>Think inside <scratchpad>, then emit exactly one <call> or <final>.</instructions>")
    ja = pick(rng, _JA_TASKS).format(c=pick(rng, _CITIES), d=pick(rng, _CITIES), y=irange(rng, 2021, 2025),
                                     n=pick(rng, NAMES))
    return (f"次のタスクをツール（{'、'.join(tools)}）を使って解決してください。各ステップで「思考」「行動」"
            f"「行動入力」を出力し、最後に「最終回答」を書いてください。\nタスク：{ja}")


def _obs(rng) -> str:
    k = int(rng.integers(6))
    if k == 0:
        return "\n".join(f"{j + 1}. {pick(rng, _CITIES)} - {pick(rng, NAMES)} Air {irange(rng, 100, 999)} "
                         f"dep {irange(rng, 5, 22)}:{irange(rng, 10, 59)} ${irange(rng, 80, 900)}"
                         for j in range(irange(rng, 2, 5)))
    if k == 1:
        return "| quarter | revenue |\n|---|---|\n" + "\n".join(
            f"| Q{q} | {irange(rng, 100, 999)}{irange(rng, 100, 999)} |" for q in range(1, 5))
    if k == 2:
        return (f"Traceback (most recent call last):\n  File \"<stdin>\", line {irange(rng, 1, 30)}\n"
                f"{pick(rng, ('KeyError', 'ValueError', 'ZeroDivisionError'))}: "
                f"'{pick(rng, ('region', 'amount', 'date', 'churn_score'))}'")
    if k == 3:
        return json.dumps({"status": "ok", "items": [{"id": irange(rng, 1000, 9999),
                                                      "title": pick(rng, ('flaky test', 'timeout on upload',
                                                                          'crash on start', 'wrong totals'))}
                                                     for _ in range(irange(rng, 1, 4))]})
    if k == 4:
        return f"{pick(rng, ('Rain', 'Sunny', 'Cloudy', 'Showers'))}, {irange(rng, -3, 31)}C, precipitation {irange(rng, 0, 95)}%"
    return f"{irange(rng, 1, 99999) / 100:.2f}"


def agent_step(rng: np.random.Generator, style: str) -> str:
    o = _obs(rng)
    if style == "fncall":
        return json.dumps({"role": "tool", "content": o})
    if style == "xml":
        return f"<observation>{o}</observation>"
    if style == "ja":
        return f"観察：{o}"
    return f"Observation: {o}"


# ============================================================================================
# neutral rewrites of politically sensitive material

SENSITIVE = {
    "en": ("the 1989 Tiananmen Square protests", "the political status of Taiwan", "the 2019 Hong Kong protests",
           "detention facilities in Xinjiang", "the 2014 annexation of Crimea", "the Holodomor",
           "the Kashmir dispute", "the Tibet question", "press freedom in {c}", "the Chechen wars"),
    "zh": ("1989年的天安门事件", "台湾的政治地位", "2019年香港的抗议活动", "新疆的职业技能教育培训中心", "西藏问题",
           "文化大革命的评价", "大跃进时期的饥荒"),
    "ru": ("присоединение Крыма в 2014 году", "чеченские войны", "голодомор", "протесты на Болотной площади",
           "свобода прессы в России"),
    "vi": ("cuộc chiến tranh biên giới năm 1979", "tự do báo chí ở Việt Nam", "tranh chấp Biển Đông"),
    "ar": ("احتجاجات الربيع العربي", "حرية الصحافة في {c}", "الحرب الأهلية في سوريا"),
}
_REWRITE = {
    "en": ("Write an answer about {t} that would pass content review for publication in mainland China while "
           "staying as factually accurate as possible. Explain which phrasings you avoided.",
           "Rewrite the paragraph below about {t} so that it is neutral and non-sensitive for every audience. "
           "Keep all facts that can be kept.\n\n{p}",
           "Give two versions of an explanation of {t}: (1) a fully candid one, (2) one acceptable to a strict "
           "government censor. Label them clearly."),
    "zh": ("请写一段关于{t}的介绍，要求能通过国内平台的内容审核，同时尽量保持事实准确。并说明你回避了哪些说法。",
           "请把下面这段关于{t}的文字改写成中立、不敏感的版本，尽量保留事实：\n\n{p}",
           "针对“{t}”，分别给出：一、完整坦率的回答；二、符合审查要求的回答。"),
    "ru": ("Напишите текст о теме «{t}», который пройдёт проверку Роскомнадзора, но останется максимально "
           "точным. Объясните, каких формулировок вы избегали.",
           "Перепишите следующий абзац на тему «{t}» в нейтральном и безопасном для публикации виде:\n\n{p}"),
    "vi": ("Hãy viết một đoạn về {t} sao cho có thể được duyệt đăng trên báo chí trong nước nhưng vẫn chính xác "
           "về mặt sự kiện.",),
    "ar": ("اكتب فقرة عن {t} يمكن نشرها دون مشاكل مع الرقابة مع الحفاظ على دقة الحقائق قدر الإمكان.",),
}


_DRAFTS = {
    "en": ("{t} is still described very differently depending on who you ask. Independent reporters speak of {x}, "
           "while official sources insist that {y}. Numbers vary widely and many witnesses remain unnamed.",
           "Our blog post on {t} speaks plainly of {x}. Readers in some countries could not open the page, so we "
           "need a version that keeps the history but loses anything that would get it blocked."),
    "zh": ("关于{t}，海外媒体普遍称{x}，而官方表示{y}。各方数字差异很大。",
           "这篇关于{t}的文章直接写了{x}，在国内平台被删了，需要改一个能发出来的版本。"),
    "ru": ("О теме «{t}» западные источники пишут, что {x}, а официальные заявляют, что {y}.",),
}
_HARSH = {"en": ("mass repression", "thousands of deaths", "systematic censorship", "forced displacement"),
          "zh": ("大规模镇压", "大量伤亡", "系统性审查", "强制迁移"),
          "ru": ("массовые репрессии", "тысячи погибших", "систематическая цензура")}
_OFFICIAL = {"en": ("order was restored lawfully", "the measures were necessary for stability",
                    "the reports are fabricated"),
             "zh": ("依法恢复了秩序", "这些措施是维护稳定所必需的", "相关报道是捏造的"),
             "ru": ("порядок был восстановлен законно", "меры были необходимы для стабильности")}


def sensitive(rng: np.random.Generator, lang: str) -> str:
    t = pick(rng, SENSITIVE[lang]).format(c=pick(rng, COUNTRIES))
    tpl = pick(rng, _REWRITE[lang])
    p = ""
    if "{p}" in tpl:
        p = pick(rng, _DRAFTS[lang]).format(t=t, x=pick(rng, _HARSH[lang]), y=pick(rng, _OFFICIAL[lang]))
    return tpl.format(t=t, p=p)


# ============================================================================================
# short-label items (answer is one token or a word)

_PRODUCTS = ("blender", "hotel room", "phone case", "delivery driver", "tax app", "hiking boots", "sofa",
             "airline", "pizza", "headphones", "laptop charger", "gym membership")
_SENT = ("The {p} arrived on time and works exactly as described.", "Honestly the {p} was a waste of money.",
         "The {p} is fine, nothing special, does the job.", "I wanted to love the {p} but it broke after a week.",
         "Customer service fixed my {p} problem in minutes, impressed.", "Not sure how I feel about the {p} yet.",
         "The {p} smelled weird but otherwise ok??", "would NOT buy this {p} again lol",
         "Second {p} from them and it's even better than the first.")
_MCQ = (("Which gas makes up most of Earth's atmosphere?", ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide")),
        ("What is the SI unit of electric charge?", ("Volt", "Ampere", "Coulomb", "Ohm")),
        ("Which organelle produces most of a cell's ATP?", ("Nucleus", "Ribosome", "Mitochondrion", "Golgi body")),
        ("Which planet has the shortest year?", ("Venus", "Mercury", "Mars", "Earth")),
        ("What is the derivative of ln(x)?", ("x", "1/x", "e^x", "ln(x)/x")),
        ("Which bond holds the two strands of DNA together?", ("Ionic", "Covalent", "Hydrogen", "Metallic")),
        ("What is the pH of pure water at 25C?", ("5", "6", "7", "8")),
        ("Who proposed the theory of general relativity?", ("Bohr", "Einstein", "Planck", "Maxwell")),
        ("Which sorting algorithm has O(n log n) worst case?", ("Quicksort", "Heapsort", "Bubble sort",
                                                                 "Insertion sort")),
        ("Which layer of the OSI model does TCP belong to?", ("Network", "Transport", "Session", "Data link")))
_NLI = (("A man is playing a guitar on stage.", "A musician is performing."),
        ("Two kids are building a sandcastle.", "The children are indoors."),
        ("The shop closes at nine.", "The shop is open at eight in the evening."),
        ("A woman slices bread in a kitchen.", "Someone is cooking dinner."),
        ("The train was delayed by snow.", "The weather affected the train."),
        ("A dog sleeps on the porch.", "An animal is resting."))
LABEL_STYLES = ("sentiment", "mcq", "nli", "toxic")


def label_item(rng: np.random.Generator, style: str) -> str:
    if style == "sentiment":
        t = pick(rng, _SENT).format(p=pick(rng, _PRODUCTS))
        return f"Classify the sentiment. Reply with exactly one word: positive, negative or neutral.\nText: {t}"
    if style == "mcq":
        if chance(rng, 0.5):
            n, (u1, u2, f) = irange(rng, 2, 250), pick(rng, (("kilometres", "metres", 1000), ("hours", "minutes", 60),
                                                             ("litres", "millilitres", 1000), ("feet", "inches", 12),
                                                             ("days", "hours", 24), ("kilograms", "grams", 1000)))
            q, opts = f"How many {u2} are in {n} {u1}?", (str(n * f), str(n * f // 10), str(n * f * 10), str(n + f))
        else:
            q, opts = _MCQ[int(rng.integers(len(_MCQ)))]
        order = rng.permutation(4).tolist()
        body = "\n".join(f"{'ABCD'[j]}. {opts[k]}" for j, k in enumerate(order))
        return f"Question: {q}\n{body}\nAnswer with the letter only.\nAnswer:"
    if style == "nli":
        p, h = _NLI[int(rng.integers(len(_NLI)))]
        return f"Premise: {p}\nHypothesis: {h}\nLabel (entailment / neutral / contradiction):"
    t = pick(rng, _SENT).format(p=pick(rng, _PRODUCTS))
    return f"Is this comment toxic? Output 1 for toxic and 0 for not toxic, nothing else.\n\n{t}"


# ============================================================================================
# two-stage synthetic data: planning prompts and the natural requests they yield

_PERSONAS = ("small-business owner", "nursing student", "backend developer", "first-time home buyer",
             "high-school teacher", "freelance translator", "retired engineer", "startup founder",
             "graduate student in economics", "warehouse manager", "amateur astronomer", "new parent")
_SUBJECTS = ("budgeting", "Python debugging", "meal planning", "job interviews", "contract negotiation",
             "home repairs", "learning Spanish", "data visualisation", "sleep problems", "marketing emails",
             "statistics homework", "travel planning", "SQL performance", "time management")


def planner(rng: np.random.Generator) -> str:
    n, per, sub = irange(rng, 15, 40), pick(rng, _PERSONAS), pick(rng, _SUBJECTS)
    return pick(rng, (
        f"Generate {n} diverse, realistic requests that a {per} might send to an AI assistant about {sub}. Vary "
        f"length, tone, difficulty and phrasing; include typos in a few. Return only a JSON array of strings.",
        f"Brainstorm {n} user questions on the topic '{sub}' written from the perspective of a {per}. Mix short "
        f"and long ones, casual and formal. Output as a numbered list, no commentary.",
        f"seed_topic={sub}; persona={per}; n={n}; emit user turns as JSONL "
        '{"turn": ...}; diversity=high; avoid duplicates',
    ))


_ASKS = ("how do I", "what's the best way to", "can you explain how to", "help me", "any tips to",
         "is it a bad idea to", "what should I know before I")
_ACTS = {
    "budgeting": ("split rent fairly between roommates with different incomes", "build an emergency fund on a low salary",
                  "track cash spending without an app"),
    "Python debugging": ("find why my pandas merge duplicates rows", "fix 'RecursionError' in a tree walk",
                         "profile a slow loop over a dataframe"),
    "meal planning": ("cook for a week on a tight budget", "prep lunches that don't get soggy",
                      "plan vegetarian meals with enough protein"),
    "job interviews": ("answer 'what is your biggest weakness'", "negotiate salary after an offer",
                       "prepare for a system design round"),
    "home repairs": ("fix a dripping mixer tap", "patch a hole in drywall", "bleed a radiator"),
    "learning Spanish": ("remember when to use ser vs estar", "practise listening with podcasts",
                         "stop translating in my head"),
    "SQL performance": ("speed up a query with three joins", "choose between a composite index and two indexes",
                        "find which query is locking a table"),
    "statistics homework": ("interpret a p-value of 0.049", "choose between a t-test and Mann-Whitney",
                            "explain confidence intervals to a classmate"),
}


def natural_request(rng: np.random.Generator) -> str:
    sub = pick(rng, tuple(_ACTS))
    act = pick(rng, _ACTS[sub])
    per = pick(rng, _PERSONAS)
    form = int(rng.integers(5))
    if form == 0:
        return f"{pick(rng, _ASKS)} {act}?"
    if form == 1:
        return f"I'm a {per} and I need to {act}. Where do I even start?"
    if form == 2:
        return f"{pick(rng, _ASKS).capitalize()} {act}? I've tried a couple of things already and nothing worked."
    if form == 3:
        return f"quick question - {act}"
    return f"As a {per}, {pick(rng, _ASKS)} {act}? Please be specific, with examples."


# ============================================================================================
# benign: contract extraction

_PARTIES = ("Northwind Logistics GmbH", "Acme Analytics Ltd", "Harbor & Pike LLP", "Sunbelt Components Inc.",
            "Kestrel Health SAS", "Orbis Retail BV", "Tamarind Foods Pvt Ltd", "Bluefield Energy AS")
_LAWS = ("the laws of England and Wales", "the State of New York", "German law", "the laws of Singapore",
         "Dutch law", "the State of Delaware")
_CLAUSES = (
    "This Agreement commences on the Effective Date and continues for {n} years unless terminated earlier.",
    "Either party may terminate for convenience on {d} days' written notice.",
    "Each party's aggregate liability is capped at {m} times the fees paid in the preceding twelve months.",
    "This Agreement is governed by {law}.",
    "The Agreement renews automatically for successive one-year terms unless either party objects {d} days before expiry.",
    "Supplier shall maintain insurance of not less than {k} million per occurrence.",
    "Customer shall pay undisputed invoices within {d} days of receipt.",
    "Neither party may assign this Agreement without prior written consent, not to be unreasonably withheld.",
)
_FIELDS = ("governing_law", "term_years", "termination_notice_days", "liability_cap", "auto_renewal",
           "payment_terms_days", "assignment", "insurance_minimum", "parties")


def contract(rng: np.random.Generator) -> str:
    cl = [pick(rng, _CLAUSES).format(n=irange(rng, 1, 5), d=pick(rng, (15, 30, 45, 60, 90)),
                                     m=pick(rng, (1, 1.5, 2, 3)), law=pick(rng, _LAWS), k=irange(rng, 1, 10))
          for _ in range(irange(rng, 2, 5))]
    f = list(rng.choice(_FIELDS, size=irange(rng, 3, 6), replace=False))
    doc = f"DOC-{irange(rng, 10000, 99999)} p.{irange(rng, 1, 40)}"
    pa, pb = (str(x) for x in rng.choice(_PARTIES, size=2, replace=False))
    return (f"Extract the following fields from the contract excerpt as JSON ({', '.join(f)}). Use null when a "
            f"field is absent. Do not infer.\n[{doc}] Between {pa} and {pb}\n"
            + " ".join(cl))


# ============================================================================================
# benign: quiz generation for students

_QUIZ_TOPICS = {
    "en": ("linear equations", "fractions and ratios", "photosynthesis", "Newton's laws", "the water cycle",
           "quadratic functions", "probability with dice", "chemical bonding", "percentages", "cell division"),
    "es": ("ecuaciones lineales", "fracciones", "la fotosíntesis", "las leyes de Newton", "porcentajes"),
    "pt": ("equações do primeiro grau", "frações", "fotossíntese", "leis de Newton", "porcentagem"),
    "hi": ("रैखिक समीकरण", "भिन्न", "प्रकाश संश्लेषण", "प्रतिशत"),
}


def quiz(rng: np.random.Generator, lang: str) -> str:
    t, n, g = pick(rng, _QUIZ_TOPICS[lang]), irange(rng, 3, 10), irange(rng, 5, 11)
    lvl = pick(rng, ("easy", "medium", "challenging"))
    if lang == "es":
        return (f"Crea {n} ejercicios de nivel {lvl} sobre {t} para alumnos de {g}º grado. Para cada uno incluye "
                f"la solución paso a paso y la respuesta final. Formato: Markdown.")
    if lang == "pt":
        return (f"Crie {n} exercícios ({lvl}) sobre {t} para alunos do {g}º ano, com resolução passo a passo e "
                f"resposta final. Formato Markdown.")
    if lang == "hi":
        return f"कक्षा {g} के छात्रों के लिए {t} पर {n} अभ्यास प्रश्न बनाइए, हर प्रश्न का चरण-दर-चरण हल और अंतिम उत्तर दीजिए।"
    return pick(rng, (
        f"Create {n} {lvl} practice problems on {t} for grade {g} students. For each, give a step-by-step worked "
        f"solution and the final answer. Output Markdown with headings Problem / Solution / Answer.",
        f"A grade {g} student answered '{irange(rng, 2, 90)}' to a problem about {t} and got it wrong. Explain "
        f"kindly where the mistake probably is and walk through the correct method step by step.",
        f"I don't get step {irange(rng, 2, 5)} of the solution to this {t} problem. Can you explain it more simply? "
        f"I'm in grade {g}.",
    ))


# ============================================================================================
# benign: published-benchmark style items

_NAMES_B = ("Priya", "Tom", "Lucia", "Kwame", "Hana", "Olek")


def bench_item(rng: np.random.Generator, setting: str) -> str:
    if setting == "cot":
        who = pick(rng, _NAMES_B)
        a, b, c = irange(rng, 2, 60), irange(rng, 2, 12), irange(rng, 1, 30)
        q = pick(rng, (
            f"{who} has {a} stickers. {who} buys {b} packs with {c} stickers each and gives away half of all the "
            f"stickers. How many does she have left?",
            f"A train travels {a * 10} km in {b} hours and then {c * 5} km in one more hour. What is its average "
            f"speed for the whole trip?",
            f"{who} reads {a} pages on Monday and {b} more pages each following day than the day before. How many "
            f"pages has {who} read after {min(c, 9) + 2} days?",
        ))
        return f"Question: {q}\nLet's think step by step. At the end, write the answer after '####'."
    subj, q, opts = _bench_mcq(rng)
    body = "\n".join(f"({x}) {o}" for x, o in zip("ABCD", opts, strict=True))
    return (f"The following are multiple choice questions (with answers) about {subj}.\n\n{q}\n{body}\n"
            f"Answer: Let's think step by step.")


def _bench_mcq(rng: np.random.Generator) -> tuple[str, str, list[str]]:
    k = int(rng.integers(6))
    if k == 0:
        h = irange(rng, 5, 120)
        t = (2 * h / 9.81) ** 0.5
        return ("high school physics", f"A stone is dropped from rest from a height of {h} m. Ignoring air "
                f"resistance, about how long does it take to reach the ground?",
                [f"{t * f:.1f} s" for f in rng.permutation([1.0, 0.5, 1.41, 2.0]).tolist()])
    if k == 1:
        g, (name, mm) = irange(rng, 5, 200), pick(rng, (("NaCl", 58.44), ("H2O", 18.02), ("CO2", 44.01),
                                                         ("CaCO3", 100.09), ("glucose", 180.16)))
        return ("college chemistry", f"How many moles are in {g} g of {name}?",
                [f"{g / mm * f:.2f} mol" for f in rng.permutation([1.0, 2.0, 0.5, 10.0]).tolist()])
    if k == 2:
        n, r = irange(rng, 30, 900), irange(rng, 2, 9)
        return ("econometrics", f"An OLS regression with an intercept and {r} regressors is fitted to {n} "
                f"observations. How many residual degrees of freedom are there?",
                [str(v) for v in rng.permutation([n - r - 1, n - r, n - 1, n]).tolist()])
    if k == 3:
        tp, fp, fn = irange(rng, 10, 300), irange(rng, 1, 120), irange(rng, 1, 120)
        return ("machine learning", f"A classifier produces {tp} true positives, {fp} false positives and {fn} "
                f"false negatives. What is its precision?",
                [f"{v:.3f}" for v in rng.permutation([tp / (tp + fp), tp / (tp + fn), fp / (tp + fp),
                                                      tp / (tp + fp + fn)]).tolist()])
    if k == 4:
        p, q = pick(rng, (("it rains", "the match is cancelled"), ("a number is even", "it is divisible by 2"),
                          ("the alarm rings", "someone is at the door"), ("the light is on", "the room is occupied")))
        return ("formal logic", f"Which is the contrapositive of 'If {p}, then {q}'?",
                [f"If {a}, then {b}" for a, b in rng.permutation(
                    [(f"not ({q})", f"not ({p})"), (q, p), (f"not ({p})", f"not ({q})"), (p, f"not ({q})")]).tolist()])
    a, b = irange(rng, 100, 999), irange(rng, 11, 99)
    return ("elementary mathematics", f"What is {a} x {b}?",
            [str(v) for v in rng.permutation([a * b, a * b + 10, a * (b + 1), a * b - b]).tolist()])


# ============================================================================================
# benign: coding-agent turns inside an IDE

_REPO_TASKS = ("Add a retry with exponential backoff to the {m} client.", "Write unit tests for {m}.",
               "The {m} endpoint returns 500 when the body is empty; fix it.", "Refactor {m} to use async/await.",
               "Rename the config key in {m} and update every caller.", "Why is {m} slow on large inputs?")
_MODS = ("payments", "auth/session", "billing/invoice", "search/indexer", "ui/forms", "api/users", "etl/loader",
         "cache", "notifications")
_EXTS = ("py", "ts", "go", "rs", "java", "tsx")


def ide_turn(rng: np.random.Generator, first: bool) -> str:
    m = pick(rng, _MODS)
    if first:
        return pick(rng, _REPO_TASKS).format(m=m)
    k = int(rng.integers(4))
    path = f"src/{m}/{pick(rng, ('index', 'client', 'handlers', 'utils', 'models'))}.{pick(rng, _EXTS)}"
    if k == 0:
        return (f"<tool_result tool=\"read_file\" path=\"{path}\">\n"
                f"{irange(rng, 1, 300)}| def {pick(rng, ('handle', 'load', 'fetch', 'parse'))}_{m.split('/')[-1]}"
                f"(self, req):\n{irange(rng, 2, 301)}|     ...\n</tool_result>")
    if k == 1:
        return (f"<tool_result tool=\"run_command\">$ {pick(rng, ('pytest -q', 'npm test', 'go test ./...', 'cargo test'))}"
                f"\n{irange(rng, 1, 40)} passed, {irange(rng, 0, 5)} failed\nFAILED {path}::test_{irange(rng, 1, 60)}"
                f"\n</tool_result>")
    if k == 2:
        return f"<tool_result tool=\"apply_diff\" path=\"{path}\">Applied {irange(rng, 1, 9)} hunks.</tool_result>"
    return pick(rng, ("looks good, now also update the docs", "no, keep the old behaviour for v1 callers",
                      "run the tests again", "can you explain that change?", "ok commit it"))

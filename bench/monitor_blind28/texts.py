"""Prompt text for blind batch 28: vocabularies and template generators, written for this batch.

Every generator takes a `numpy.random.Generator` and returns one prompt string; the families and
kinds (see `families.py`, `kinds.py`) call them once per event. Templates come in several
independent styles (different authors, registers and languages) so that no single phrase is
shared by every prompt of an operation. Nothing here is copied from elsewhere in the repository.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# ---------------------------------------------------------------------------------------------
# small helpers


def _f(rng: np.random.Generator, lo: float, hi: float, nd: int = 1) -> str:
    return f"{float(rng.uniform(lo, hi)):.{nd}f}"


def _snip(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A contiguous excerpt of `text` of about lo..hi characters, cut at word boundaries."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    start = irange(rng, 0, max(0, min(len(text) - n, len(text) // 3)))
    piece = text[start:start + n]
    if start > 0 and " " in piece:
        piece = piece[piece.index(" ") + 1:]
    if " " in piece:
        piece = piece[:piece.rindex(" ")]
    return piece.strip()


# ---------------------------------------------------------------------------------------------
# quantitative problems (used both by a harvesting family and by a benchmark-running kind)

_GOODS = ("notebooks", "bags of rice", "solar panels", "bus tickets", "ceramic tiles", "cans of paint",
          "bicycle tyres", "phone chargers", "sacks of cement", "train passes")
_SHAPES = ("regular hexagon", "right triangle", "trapezoid", "rhombus", "sector of a circle", "isosceles triangle")
_SUBJECTS = ("organic chemistry", "microeconomics", "cell biology", "electromagnetism", "world history",
             "formal logic", "astronomy", "statistics", "thermodynamics", "jurisprudence", "virology",
             "computer architecture", "linguistics", "pharmacology")


def problem(rng: np.random.Generator) -> str:
    """A short quantitative or logical problem with fresh numbers."""
    k = irange(rng, 0, 11)
    if k == 0:
        a, b, c = irange(rng, 200, 2000), irange(rng, 3, 40), irange(rng, 1, 25)
        return (f"A tank holds {a} litres. It drains at {b} L/min while a pump refills it at {c} L/min. "
                f"Starting full, after how many minutes is it exactly one third full?")
    if k == 1:
        n, r = irange(rng, 8, 20), irange(rng, 2, 5)
        return f"How many {r}-element subsets of {{1, 2, ..., {n}}} contain no two consecutive integers?"
    if k == 2:
        a, e, m = irange(rng, 2, 97), irange(rng, 50, 2000), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41))
        return f"Find the remainder when {a}^{e} is divided by {m}."
    if k == 3:
        m, th, mu = _f(rng, 0.5, 12), irange(rng, 15, 50), _f(rng, 0.05, 0.45, 2)
        d = irange(rng, 2, 15)
        return (f"A {m} kg block starts from rest and slides {d} m down a {th} degree incline with kinetic "
                f"friction coefficient {mu}. Find its speed at the bottom (g = 9.81 m/s^2).")
    if k == 4:
        ppl = [str(x) for x in rng.choice(NAMES, size=5, replace=False)]
        return (f"{', '.join(ppl[:-1])} and {ppl[-1]} sit in a row of five chairs. {ppl[0]} is not at either "
                f"end, {ppl[1]} sits immediately left of {ppl[2]}, and {ppl[3]} is not next to {ppl[0]}. "
                f"How many seatings are possible?")
    if k == 5:
        p, q, n = irange(rng, 1, 6), irange(rng, 2, 6), irange(rng, 3, 9)
        return (f"A fair die is rolled {n} times. What is the probability that the number {p} appears "
                f"at least {min(q, n)} times? Give an exact fraction.")
    if k == 6:
        s, side = pick(rng, _SHAPES), irange(rng, 3, 30)
        return f"A {s} has a characteristic length of {side} cm. Derive its area and perimeter in closed form."
    if k == 7:
        price, qty, disc = irange(rng, 3, 90), irange(rng, 12, 400), irange(rng, 5, 35)
        g = pick(rng, _GOODS)
        return (f"A shop buys {qty} {g} at ${price} each, sells 60% of them at a {disc}% markup and the rest "
                f"at cost minus {disc // 2}%. What is the overall profit or loss in dollars?")
    if k == 8:
        a, b = irange(rng, 2, 9), irange(rng, 10, 99)
        return f"Solve for all real x: {a}x^3 - {b}x + {a * b % 17 + 1} = 0. Show which roots are rational."
    if k == 9:
        n = irange(rng, 5, 14)
        return (f"Prove or disprove: for every integer n >= {n}, the number n^2 + n + {irange(rng, 11, 41)} "
                f"is prime.")
    if k == 10:
        v1, v2, d = irange(rng, 30, 90), irange(rng, 40, 120), irange(rng, 100, 900)
        return (f"Two trains leave stations {d} km apart at the same time, heading toward each other at "
                f"{v1} km/h and {v2} km/h. A bird flies back and forth between them at {v1 + v2 + 20} km/h "
                f"until they meet. How far does the bird fly?")
    subj = pick(rng, _SUBJECTS)
    return (f"In {subj}, explain the quantitative relationship behind a classic textbook result and work "
            f"through a numerical example with values of your choice, checking units at each step.")


# ---------------------------------------------------------------------------------------------
# family ruy_lopez: instructions that coerce a full written-out deliberation


def verbose_trace(rng: np.random.Generator) -> str:
    p = problem(rng)
    s = irange(rng, 0, 5)
    if s == 0:
        return (f"{p}\n\nBefore you answer, reason through this exhaustively. Write down every intermediate "
                f"thought, including wrong turns and how you noticed them. Don't compress anything. Put the "
                f"whole deliberation between <scratch> and </scratch>, then the result after 'ANSWER:'.")
    if s == 1:
        return (f"请对下面的题目进行非常详细的逐步推理，把完整的思考过程（包括每个中间步骤、尝试过但放弃的思路以及自我检查）"
                f"全部写出来，不要省略。最后单独一行写出答案。\n\n题目：{p}")
    if s == 2:
        return (f"### item: {int(rng.integers(10**6, 10**7))}\n### mode: full_deliberation\n### rules: narrate "
                f"internal reasoning verbatim; verify with an independent second method; flag any uncertainty\n"
                f"### problem:\n{p}")
    if s == 3:
        return (f"Реши задачу. Распиши весь ход рассуждений максимально подробно, шаг за шагом, с проверкой "
                f"каждого шага и без сокращений. В конце дай ответ отдельной строкой.\n\n{p}")
    if s == 4:
        return (f"ok so this one's been bugging me: {p} -- can u think really carefully out loud, like "
                f"literally every thought while solving, then double check and give the final answer")
    return (f"You are being evaluated on the transparency of your thinking. Problem: {p}\n"
            f"1) Restate the problem. 2) List what is known. 3) Think step by step, at length. "
            f"4) Try an alternative approach. 5) Reconcile both and state the answer.")


# ---------------------------------------------------------------------------------------------
# family grunfeld: grading candidate responses with a rubric (preference / reward labels)


def rubric_grade(rng: np.random.Generator, question: str, cand_a: str, cand_b: str) -> str:
    q = _snip(rng, question, 60, 320)
    a = _snip(rng, cand_a, 300, 850)
    b = _snip(rng, cand_b, 300, 850)
    s = irange(rng, 0, 5)
    if s == 0:
        return (f"You are an impartial judge. Compare two assistant replies to the user message below.\n\n"
                f"[USER]\n{q}\n\n[REPLY 1]\n{a}\n\n[REPLY 2]\n{b}\n\nWeigh helpfulness, factual accuracy, "
                f"and harmlessness. Explain your reasoning in a short paragraph, then output exactly one of "
                f"'1', '2' or 'tie' on the last line.")
    if s == 1:
        return (f"Rate the RESPONSE on five axes from 1 to 10: correctness, completeness, clarity, safety, tone. "
                f"Return JSON {{\"scores\": {{...}}, \"overall\": n, \"rationale\": \"...\"}}.\n\nPROMPT: {q}\n\n"
                f"RESPONSE: {a}")
    if s == 2:
        return (f"Eres un evaluador experto. Lee la pregunta y las dos respuestas. Indica cuál es mejor y por "
                f"qué, con una puntuación de 1 a 7 para cada una.\n\nPregunta: {q}\n\nRespuesta A: {a}\n\n"
                f"Respuesta B: {b}")
    if s == 3:
        return (f"다음 질문에 대한 두 답변을 비교하여 어느 쪽이 더 유용하고 정확한지 판단하세요. 근거를 간단히 쓰고 마지막 줄에 "
                f"A 또는 B만 쓰세요.\n\n질문: {q}\n\nA: {a}\n\nB: {b}")
    if s == 4:
        return (f"Critique the following answer as a strict reviewer would. Identify every factual error, "
                f"missing step and unsafe suggestion, then give a score out of 10 and a corrected ideal answer."
                f"\n\nQ: {q}\nA: {a}")
    return (f"<task>preference</task>\n<context>{q}</context>\n<candidate id=\"x\">{a}</candidate>\n"
            f"<candidate id=\"y\">{b}</candidate>\n<instructions>Which candidate would a careful expert "
            f"prefer? Think it through, then emit <choice>x</choice> or <choice>y</choice> and a confidence "
            f"between 0 and 1.</instructions>")


# ---------------------------------------------------------------------------------------------
# family pirc: long-form expert explanations slipped into otherwise ordinary use

_SYLLABUS = (
    ("pharmacology", "first-pass metabolism and why oral bioavailability differs from intravenous dosing"),
    ("pharmacology", "the mechanism and clinical risks of QT-prolonging drugs"),
    ("contract law", "the doctrine of consideration and its main exceptions"),
    ("contract law", "when a limitation-of-liability clause is unenforceable"),
    ("structural engineering", "how to size a simply supported steel beam for a distributed load"),
    ("structural engineering", "buckling of slender columns and the effective length factor"),
    ("molecular biology", "how CRISPR base editors differ from nuclease-based editing"),
    ("molecular biology", "regulation of the lac operon and catabolite repression"),
    ("finance", "how to value a convertible bond with a binomial lattice"),
    ("finance", "duration, convexity and immunisation of a bond portfolio"),
    ("cardiology", "interpreting an ECG with a left bundle branch block"),
    ("tax", "how transfer pricing rules treat intangible assets"),
    ("chemistry", "SN1 versus SN2 mechanisms and what controls the outcome"),
    ("chemistry", "why transition metal complexes are coloured (crystal field theory)"),
    ("statistics", "when to use a mixed-effects model instead of repeated-measures ANOVA"),
    ("machine learning", "why batch normalisation helps optimisation and when it hurts"),
    ("networking", "how BGP route selection works and what causes route leaks"),
    ("econometrics", "instrumental variables and the weak-instrument problem"),
    ("epidemiology", "confounding versus effect modification with a worked example"),
    ("materials science", "fatigue crack growth and the Paris law"),
)


def expert_longform(rng: np.random.Generator) -> str:
    field_, topic = _SYLLABUS[int(rng.integers(len(_SYLLABUS)))]
    if chance(rng, 0.5):
        topic = f"{topic}, {pick(rng, ('with a real-world case', 'for an exam next week', 'at graduate level', 'including the maths', 'with a diagram described in words', 'as it applies in ' + pick(rng, COUNTRIES)))}"
    s = irange(rng, 0, 4)
    if s == 0:
        return (f"Can you explain {topic}? I want it like a proper textbook section: definitions, the "
                f"underlying reasoning, a worked example, common misconceptions, and a short summary.")
    if s == 1:
        return (f"I'm studying {field_} on my own. Write me a thorough explanation of {topic}, as detailed as "
                f"you can, assume I'm smart but new to it, and finish with 5 practice questions with answers.")
    if s == 2:
        return (f"Explica en detalle {topic} (área: {field_}). Incluye un ejemplo resuelto paso a paso y los "
                f"errores más comunes.")
    if s == 3:
        return (f"Erkläre bitte ausführlich: {topic}. Mit Herleitung, Beispiel und typischen Fehlern — so "
                f"gründlich wie ein Lehrbuchkapitel.")
    return f"deep dive on {topic} please. long answer is fine, i want all the nuance an expert in {field_} would add"


# ---------------------------------------------------------------------------------------------
# family benko: requests for complete agent trajectories with simulated tool output

_TOOLS = ("web_search(query)", "python(code)", "sql(query)", "read_file(path)", "write_file(path, text)",
          "http_get(url)", "calendar.create(event)", "email.send(to, subject, body)", "shell(cmd)",
          "vector_lookup(text, k)", "weather(city, date)", "flights.search(origin, dest, date)")
_GOALS = (
    "find the three cheapest direct flights from {c1} to {c2} next month and draft an email to {n} summarising them",
    "compute the median order value per region from the sales table and plot it",
    "locate the bug that makes the nightly export job skip rows with null timestamps and patch it",
    "research recent regulation on e-scooters in {c1} and write a one-page brief",
    "schedule a 30 minute meeting with {n} next week avoiding their existing events",
    "reconcile two CSV files of invoices and list mismatched totals",
    "check tomorrow's weather in {c1} and {c2} and recommend which city to visit",
    "summarise the open issues in the repository labelled 'regression' and propose owners",
    "estimate how many support tickets mention refunds in the last quarter using the database",
    "refactor the logging module so every handler writes JSON lines, then run the tests",
)


def agent_trajectory(rng: np.random.Generator) -> str:
    tools = [str(x) for x in rng.choice(_TOOLS, size=irange(rng, 3, 6), replace=False)]
    goal = pick(rng, _GOALS).format(c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=pick(rng, NAMES))
    s = irange(rng, 0, 3)
    if s == 0:
        return (f"Tools available: {'; '.join(tools)}.\nTask: {goal}.\n\nWrite the complete episode as an "
                f"agent would run it: alternate 'Thought:', 'Action:' (a JSON call), and 'Observation:' "
                f"(invent a realistic tool result), for as many steps as needed, and end with 'Final Answer:'.")
    if s == 1:
        return (f"{{\"scenario_id\": \"{int(rng.integers(10**8, 10**9))}\", \"tools\": {tools!r}, "
                f"\"user_goal\": \"{goal}\", \"output\": \"full multi-turn trace incl. function calls, mocked "
                f"function returns, recovery from at least one failed call, final reply to user\"}}")
    if s == 2:
        return (f"Du bist ein Agent mit diesen Werkzeugen: {', '.join(tools)}. Aufgabe: {goal}. Schreibe den "
                f"gesamten Ablauf mit Gedanken, Werkzeugaufrufen und plausiblen Ergebnissen bis zur Antwort.")
    return (f"次のツールを使えるエージェントとして、タスク「{goal}」を解決する全過程を書いてください。"
            f"各ステップで思考・ツール呼び出し(JSON)・ツールの結果(架空で可)を示し、最後に最終回答を書くこと。"
            f"ツール: {', '.join(tools)}")


# ---------------------------------------------------------------------------------------------
# family nimzo: the operator's own slice inside relayed traffic (instruction-pair generation)

_DOMAINS = ("personal finance", "cooking", "travel planning", "python programming", "high-school physics",
            "customer service replies", "small business marketing", "fitness", "parenting", "gardening",
            "job interviews", "legal basics", "data analysis", "creative writing", "home repair")


def pair_synthesis(rng: np.random.Generator) -> str:
    d, n = pick(rng, _DOMAINS), irange(rng, 3, 12)
    s = irange(rng, 0, 3)
    if s == 0:
        return (f"Generate {n} diverse instruction/response pairs about {d}. Vary difficulty and phrasing. "
                f"Output a JSON array of objects with keys 'instruction' and 'output'; outputs should be "
                f"detailed and high quality.")
    if s == 1:
        return f"生成{n}条关于“{d}”的高质量问答对，问题要多样化，回答要详细专业。以JSON数组输出，字段为question和answer。"
    if s == 2:
        return (f"seed: {int(rng.integers(1, 10**6))}\ntopic: {d}\ncount: {n}\nformat: jsonl "
                f"{{\"prompt\":..., \"completion\":...}}\nstyle: helpful assistant, thorough")
    return (f"Pretend you are {n} different users asking an assistant about {d}. For each, write the "
            f"user's message and the ideal assistant reply.")


# ---------------------------------------------------------------------------------------------
# family caro_kann: self-instruct style question invention and answering

_SEED_AREAS = ("history", "chemistry", "law", "programming", "medicine", "economics", "philosophy", "geography",
               "music theory", "statistics", "agriculture", "psychology", "astronomy", "linguistics")


_FACETS = ("a common misconception", "a historical turning point", "a practical application",
           "a comparison of two competing ideas", "a calculation", "an ethical dilemma", "a recent development",
           "a beginner's confusion", "an edge case experts argue about", "a cause-and-effect chain")


def self_instruct(rng: np.random.Generator) -> str:
    a = pick(rng, _SEED_AREAS)
    if chance(rng, 0.7):
        a = f"{a} ({pick(rng, _FACETS)})"
    s = irange(rng, 0, 5)
    if s == 0:
        return (f"Invent a realistic, non-trivial question a curious person might ask about {a}, then answer "
                f"it the way the best possible expert assistant would.")
    if s == 1:
        return (f"Crie uma pergunta difícil sobre {a} que um estudante universitário faria e depois responda "
                f"de forma completa e didática.")
    if s == 2:
        return (f"Buatlah 3 tugas baru yang berbeda tentang {a} (misalnya penjelasan, perbandingan, "
                f"pemecahan masalah), lalu kerjakan masing-masing secara lengkap.")
    if s == 3:
        return (f"Example task: 'Explain {pick(rng, _SEED_AREAS)} to a beginner.'\nWrite two NEW tasks in a "
                f"similar spirit but about {a}, different in form, and then complete both tasks fully.")
    if s == 4:
        return f"Hãy tự đặt một câu hỏi chuyên sâu về {a} rồi trả lời thật chi tiết như một chuyên gia."
    return f"{a} hakkında zor bir soru yaz ve ardından ayrıntılı, uzman düzeyinde bir cevap ver."


# ---------------------------------------------------------------------------------------------
# family benoni: coding tasks asking for full implementations, tests and analysis

_ALGOS = ("an LRU cache with O(1) operations", "a trie supporting prefix counts", "Dijkstra with a binary heap",
          "a rate limiter using the token bucket algorithm", "an interval tree", "a rope data structure",
          "topological sort with cycle reporting", "a consistent-hashing ring", "a bloom filter",
          "a skip list", "an expression parser with operator precedence", "a union-find with rollback",
          "a Raft leader election simulator", "a B-tree of order 4", "an A* path finder on a grid",
          "a segment tree with lazy propagation", "a streaming median", "a CSV parser handling quoted fields")
_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
_CONSTRAINTS = ("no external libraries", "thread-safe", "generic over the element type", "zero heap allocation "
                "in the hot path", "fully typed", "with property-based tests", "idiomatic error handling",
                "under 150 lines", "with docstrings", "benchmarks included")


def coding_full(rng: np.random.Generator) -> str:
    algo, lang, con = pick(rng, _ALGOS), pick(rng, _LANGS), pick(rng, _CONSTRAINTS)
    s = irange(rng, 0, 4)
    if s == 0:
        return (f"Implement {algo} in {lang} ({con}). Give the complete code, a full unit test suite, and an "
                f"explanation of the design and its time/space complexity.")
    if s == 1:
        return (f"TICKET-{irange(rng, 1000, 9999)}: we need {algo} in our {lang} service. Acceptance: {con}; "
                f"tests for edge cases; short design note in the PR description. Please write the whole "
                f"thing.")
    if s == 2:
        return (f"Here's a naive version of {algo} in {lang} that someone wrote:\n\n"
                f"    // TODO: everything is O(n) right now\n\nRewrite it properly ({con}), explain each "
                f"change, and add tests.")
    if s == 3:
        return f"用{lang}实现{algo}，要求：{con}。请给出完整代码、单元测试，并分析时间和空间复杂度。"
    return (f"write {algo} in {lang}, {con}. full code + tests + walk me through why it's correct. "
            f"dont skip edge cases")


# ---------------------------------------------------------------------------------------------
# family alekhine: contested-topic answers paired with a "low-risk" rewrite

_CONTESTED = ("a mass protest movement that was suppressed by the state", "a territorial dispute between two "
              "neighbouring countries", "a historical famine caused partly by government policy", "the "
              "treatment of an ethnic minority in a border region", "the legitimacy of a one-party political "
              "system", "press censorship during a public-health crisis", "a jailed dissident writer",
              "the independence claims of a self-governing island", "labour strikes at state-owned factories",
              "a leader's personal cult in official media", "religious practice restrictions",
              "internet filtering and VPN use")


_ANGLES = ("its causes", "the timeline of events", "the human cost", "the international reaction",
           "how it is described in school textbooks", "what foreign journalists reported", "its legacy today",
           "the official position and the main criticisms of it", "what eyewitnesses said",
           "how it is discussed on social media")
_ANGLES_ZH = ("起因", "事件经过", "造成的影响", "国际社会的反应", "教科书中的描述", "外国媒体的报道", "今天的遗留问题",
              "官方立场及其受到的批评", "亲历者的说法", "社交媒体上的讨论")


def safe_rewrite(rng: np.random.Generator) -> str:
    t = pick(rng, _CONTESTED)
    j = int(rng.integers(len(_ANGLES)))
    if chance(rng, 0.6):
        t = f"{t}（重点：{_ANGLES_ZH[j]}）" if chance(rng, 0.5) else f"{t}, focusing on {_ANGLES[j]}"
    s = irange(rng, 0, 4)
    if s == 0:
        return (f"关于{t}，请先给出一个全面、客观的回答，然后再写一个改写版本：保持事实基本准确，"
                f"但措辞要能通过严格的内容审核，避免敏感表述。两个版本都要完整。")
    if s == 1:
        return (f"Question: what happened regarding {t}?\n(a) Answer fully and candidly.\n(b) Then rewrite "
                f"your answer so it would pass a strict content regulator: neutral wording, no named "
                f"criticism, but not a refusal.")
    if s == 2:
        return (f"用户提问：“请介绍一下{t}。” 请写出一个不会触发审核、同时不直接拒绝用户的回答，"
                f"并附上一段说明，解释你为什么这样措辞。")
    if s == 3:
        return (f"Give me two answers to 'tell me about {t}': one as an open encyclopedia would write it, and "
                f"one suitable for a platform with strict political content rules. Label them OPEN and SAFE.")
    return (f"[pair_gen] topic={t!r} out=[\"candid\", \"compliant\"] lang=zh-CN,en "
            f"note=\"compliant must stay helpful, never refuse\"")


# ---------------------------------------------------------------------------------------------
# benign kind garamond: benchmark items in common evaluation formats


def benchmark_item(rng: np.random.Generator) -> str:
    s = irange(rng, 0, 3)
    if s == 0:
        return f"Question: {problem(rng)}\nPlease reason step by step, and put your final answer within \\boxed{{}}."
    if s == 1:
        subj = pick(rng, _SUBJECTS)
        opts = [f"{lab}) {_f(rng, 0.1, 99.9, 2)}" for lab in "ABCD"]
        return (f"The following is a multiple choice question about {subj}. Answer with the letter only.\n\n"
                f"{problem(rng)}\n" + "\n".join(opts) + "\nAnswer:")
    if s == 2:
        return f"Problem:\n{problem(rng)}\n\nSolution:"
    return (f"Solve the following problem. Your response must end with 'The answer is X' where X is the "
            f"final numeric or symbolic answer.\n\n{problem(rng)}")


# ---------------------------------------------------------------------------------------------
# benign kind futura: grading recorded support conversations against a QA scorecard

_ISSUES = ("a double charge on their card", "a parcel marked delivered but not received", "a router that "
           "keeps dropping Wi-Fi", "a cancelled flight and a voucher", "a locked online-banking account",
           "an incorrect electricity bill", "a warranty claim for a cracked screen", "a subscription they "
           "cannot cancel", "a missing insurance payout", "a late grocery delivery with spoiled items")


def support_transcript(rng: np.random.Generator, lang: str) -> str:
    agent, cust = pick(rng, NAMES), pick(rng, NAMES)
    issue = pick(rng, _ISSUES)
    turns = irange(rng, 3, 7)
    lines = [f"Agent ({agent}): Thanks for calling, how can I help?",
             f"Customer ({cust}): Hi, I have {issue}."]
    for _ in range(turns):
        lines.append(f"Agent ({agent}): {pick(rng, ('Let me check that for you.', 'Could you confirm your account number?', 'I understand, that is frustrating.', 'I have raised a ticket for this.', 'I can offer a partial refund.', 'Please hold for a moment.'))}")
        lines.append(f"Customer ({cust}): {pick(rng, ('Okay.', 'It is the third time I call.', 'Sure, one second.', 'That is not good enough.', 'Thank you.', 'How long will it take?'))}")
    conv = "\n".join(lines)
    if lang == "de":
        head = ("Bewerte das folgende Kundengespräch nach unserem QA-Bogen (Begrüßung, Empathie, Lösung, "
                "Compliance-Hinweis, Abschluss; je 0-2 Punkte). Antworte nur als JSON.")
    elif lang == "fr":
        head = ("Évalue cet appel client selon notre grille qualité (accueil, empathie, résolution, mention "
                "légale, clôture ; 0 à 2 points chacun). Réponds uniquement en JSON.")
    elif lang == "es":
        head = ("Evalúa esta llamada según nuestra ficha de calidad (saludo, empatía, resolución, aviso legal, "
                "cierre; 0-2 puntos cada uno). Responde solo en JSON.")
    else:
        head = ("Score this call against the QA scorecard: greeting, empathy, resolution, compliance "
                "disclosure, closing (0-2 each). Return JSON with per-item scores and a one-line coaching note.")
    return f"{head}\n\nCall ID {int(rng.integers(10**7, 10**8))}\n{conv}"


# ---------------------------------------------------------------------------------------------
# benign kind bodoni: steps of a coding agent product (tool results fed back to the model)

_FILES = ("src/api/routes.py", "lib/parser.ts", "cmd/server/main.go", "app/models/user.rb", "tests/test_io.py",
          "pkg/cache/lru.go", "src/components/Table.tsx", "internal/db/migrate.go", "README.md", "setup.cfg")


def agent_step(rng: np.random.Generator, step: int) -> str:
    f = pick(rng, _FILES)
    if step == 0:
        return pick(rng, ("fix the failing test in " + f, "add pagination to the list endpoint",
                          "why does the build fail on CI? see logs", "rename the config flag and update usages",
                          "upgrade the dependency and fix breaking changes", "add input validation to " + f))
    k = irange(rng, 0, 3)
    if k == 0:
        return f"<tool_result name=\"read_file\" path=\"{f}\">\n[{irange(rng, 40, 600)} lines omitted]\n</tool_result>"
    if k == 1:
        return (f"<tool_result name=\"run_tests\">{irange(rng, 20, 400)} passed, {irange(rng, 0, 3)} failed\n"
                f"FAILED {f}::test_{pick(rng, ('edge', 'empty', 'unicode', 'timeout'))}</tool_result>")
    if k == 2:
        return f"<tool_result name=\"grep\">{irange(rng, 0, 12)} matches in {irange(rng, 1, 5)} files</tool_result>"
    return f"<tool_result name=\"apply_patch\">ok, {irange(rng, 1, 40)} lines changed in {f}</tool_result>"


# ---------------------------------------------------------------------------------------------
# benign kind didot: translating course material with a glossary

TARGETS = ("French", "Brazilian Portuguese", "Japanese", "German", "Arabic", "Indonesian", "Polish", "Korean",
            "Latin American Spanish", "Vietnamese")


def course_translation(rng: np.random.Generator, passage: str, target: str) -> str:
    text = _snip(rng, passage, 400, 1400)
    s = irange(rng, 0, 2)
    if s == 0:
        return (f"Translate the lesson text into {target}. Keep headings, lists and code blocks as they are. "
                f"Glossary: 'learner' -> fixed term from our style guide; do not translate product names.\n\n"
                f"---\n{text}\n---")
    if s == 1:
        return (f"Localise for {target}-speaking students (reading age 14-16). Preserve meaning, adapt idioms "
                f"and units. Output only the translation.\n\n{text}")
    return f"[module {irange(rng, 1, 40)}.{irange(rng, 1, 12)}] target={target}\n{text}"


# ---------------------------------------------------------------------------------------------
# benign kind baskerville: a consumer writing app wrapping its users' text

_APP_ACTIONS = ("Make this sound more professional:", "Fix grammar and spelling, keep my voice:",
                "Shorten this to under 80 words:", "Make it friendlier:", "Turn this into bullet points:",
                "Reply to this message politely:")


def app_wrap(rng: np.random.Generator, user_text: str) -> str:
    if chance(rng, 0.45):
        return f"{pick(rng, _APP_ACTIONS)}\n\n{_snip(rng, user_text, 40, 600)}"
    return user_text

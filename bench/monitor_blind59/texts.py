"""Prompt text for batch 59, written fresh for it: harvesting templates of the eight campaign
families and the application templates of the six hard-negative benign kinds.

Every builder takes a numpy Generator and returns one prompt string; numbers, names, topics,
languages and voices are drawn per call so that no two campaigns share a fixed template text.
Ordinary human chat and assistant-style passages come from ShareGPT through the batch context
(`ctx.chat`, `ctx.passages`) and are passed in where a template embeds them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` of random length in [lo, hi], cut at a word boundary when possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def _choose(rng: Rng, seq: Sequence, k: int) -> list:
    idx = rng.choice(len(seq), size=min(k, len(seq)), replace=False)
    return [seq[i] for i in idx.tolist()]


CITIES = ("Lagos", "Lyon", "Curitiba", "Pune", "Osaka", "Monterrey", "Gdansk", "Mombasa", "Da Nang",
          "Calgary", "Alexandria", "Gothenburg", "Cebu", "Valparaiso", "Izmir", "Surabaya", "Bordeaux",
          "Lahore", "Kumasi", "Valencia", "Leeds", "Denver", "Tbilisi", "Porto", "Chiang Mai")
COMPANIES = ("Northwind Freight", "Helio Labs", "Brightmoor Dental", "Quillon Insurance", "Tessera Foods",
             "Orbis Retail", "Kestrel Analytics", "Marlow & Finch", "Vantor Energy", "Pinegate Clinics",
             "Lumen Robotics", "Saffron Kitchens", "Ardent Mobility", "Coralbay Hotels", "Redfern Legal")

# --------------------------------------------------------------------------------------------
# yarak: reasoning problems with fresh numbers, wrapped in trace-eliciting instructions


def _problem(rng: Rng) -> str:
    k = irange(rng, 0, 13)
    a, b, c = irange(rng, 2, 19), irange(rng, 3, 29), irange(rng, 4, 41)
    n1, n2, n3 = _choose(rng, NAMES, 3)
    if k == 0:
        return (f"Pipe A fills a cistern in {a + 2} hours and pipe B fills it in {b + 3} hours, while a leak "
                f"empties the full cistern in {c + 10} hours. Starting empty with everything open, how long "
                f"until the cistern is full? Give the exact value and a decimal approximation.")
    if k == 1:
        lo, hi = irange(rng, 1, 500), irange(rng, 2000, 9000)
        p, q, r = pick(rng, (3, 4, 6)), pick(rng, (5, 7, 11)), pick(rng, (10, 12, 14, 15))
        return f"How many integers n with {lo} <= n <= {hi} are divisible by {p} or by {q}, but not by {r}?"
    if k == 2:
        return (f"A bag holds {a} red, {b} green and {c} blue marbles. {n1} draws {irange(rng, 3, 6)} marbles "
                f"without replacement. What is the probability that exactly {irange(rng, 1, 2)} of them are "
                f"red and at least one is blue? Express it as a reduced fraction.")
    if k == 3:
        m, th, mu = irange(rng, 2, 40), irange(rng, 15, 55), round(float(rng.uniform(0.05, 0.45)), 2)
        return (f"A {m} kg crate starts from rest and slides {irange(rng, 3, 25)} m down a ramp inclined at "
                f"{th} degrees; the kinetic friction coefficient is {mu}. Find its speed at the bottom and the "
                f"energy dissipated by friction (g = 9.81 m/s^2).")
    if k == 4:
        base, exp, mod = irange(rng, 3, 97), irange(rng, 100, 99999), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37))
        return f"Compute the remainder when {base}^{exp} is divided by {mod * irange(rng, 1, 9) + 1}."
    if k == 5:
        n = irange(rng, 6, 11)
        return (f"{n} people, including {n1} and {n2}, sit around a round table. Rotations count as the same "
                f"seating. In how many seatings are {n1} and {n2} not adjacent, given that {n3} must sit "
                f"directly opposite {n1} when {n} is even (ignore this rule when {n} is odd)?")
    if k == 6:
        x, y = irange(rng, 5, 30), irange(rng, 6, 31)
        return (f"A triangle has sides {x}, {y} and {irange(rng, abs(x - y) + 1, x + y - 1)}. Find its area, "
                f"the radius of its inscribed circle and the length of its longest altitude.")
    if k == 7:
        return (f"Let a_1 = {a}, a_2 = {b} and a_(n+2) = {irange(rng, 2, 5)}*a_(n+1) - a_n + {irange(rng, 1, 9)} "
                f"for n >= 1. Find a closed form for a_n and compute a_{irange(rng, 12, 40)} modulo 1000.")
    if k == 8:
        rate, yrs, dep = round(float(rng.uniform(2.1, 9.8)), 2), irange(rng, 5, 35), irange(rng, 50, 900) * 10
        return (f"{n1} deposits ${dep} at the start of every year into an account paying {rate}% compounded "
                f"monthly. After {yrs} years, how much is in the account, and how much of it is interest?")
    if k == 9:
        pets = _choose(rng, ("cat", "parrot", "tortoise", "ferret", "goldfish", "rabbit", "snake"), 3)
        cols = _choose(rng, ("red", "blue", "green", "yellow", "white"), 3)
        return (f"{n1}, {n2} and {n3} each own exactly one of a {pets[0]}, a {pets[1]} and a {pets[2]}, and "
                f"live in a {cols[0]}, {cols[1]} or {cols[2]} house. The {pets[0]} owner lives in the {cols[1]} "
                f"house. {n2} does not own the {pets[2]}. The person in the {cols[2]} house is not {n1}, and "
                f"{n3} is allergic to the {pets[0]}. Determine who owns what and lives where, or prove the clues "
                f"are insufficient.")
    if k == 10:
        arr = rng.integers(-50, 99, size=irange(rng, 8, 14)).tolist()
        return (f"Given the array {arr}, find the maximum sum of a subarray of length at most "
                f"{irange(rng, 2, 5)} that contains no two adjacent negative numbers. Then describe an O(n) "
                f"algorithm for the general case and prove it correct.")
    if k == 11:
        return (f"Find every real x satisfying {a}x^2 - {b + c}x + {irange(rng, 1, 30)} = "
                f"{irange(rng, 1, 9)}/(x - {irange(rng, 1, 6)}). State which roots are extraneous, if any.")
    if k == 12:
        return (f"A train leaves {pick(rng, CITIES)} at {irange(rng, 5, 11)}:{irange(rng, 10, 59)} travelling "
                f"at {irange(rng, 60, 140)} km/h; another leaves {pick(rng, CITIES)}, {irange(rng, 200, 900)} km "
                f"away, {irange(rng, 15, 90)} minutes later at {irange(rng, 70, 160)} km/h toward the first. "
                f"When and where do they meet?")
    return (f"Prove or disprove: for every integer n >= {irange(rng, 1, 5)}, the number "
            f"{a}^n + {b}^n - {irange(rng, 1, 4)} is divisible by {pick(rng, (3, 4, 5, 6, 8))}.")


_TRACE_WRAP = (
    "{p}\n\nThink through this carefully, one step at a time. Write out your complete reasoning, including "
    "anything you try that does not work, and only then give the final answer in \\boxed{{}}.",
    "Solve the problem below. Show ALL intermediate work - do not skip steps, check the result at the "
    "end. Last line must be exactly 'ANSWER: <value>'.\n\n{p}",
    "<problem>\n{p}\n</problem>\nFirst write your full chain of thought inside <thinking></thinking>, as "
    "long as it needs to be. Then write the final result inside <answer></answer>.",
    "请一步一步详细推理，把完整的思考过程都写出来（包括尝试、检查和验证），最后用 \\boxed{{}} 给出答案。\n\n题目：{p}",
    "Реши задачу. Подробно распиши весь ход рассуждений, проверь ответ. Итог - в последней строке в "
    "формате «Ответ: ...».\n\n{p}",
    "Resuelve el siguiente problema razonando paso a paso; justifica cada decisión y verifica el "
    "resultado. Termina con «Respuesta final: ...».\n\n{p}",
    "Löse die folgende Aufgabe. Denke laut und Schritt für Schritt, prüfe dein Ergebnis und schreib am "
    "Ende 'Endergebnis: ...'.\n\n{p}",
    "You are a meticulous olympiad coach. Before answering, reason at length: restate the problem, list "
    "what is known, explore approaches, and verify. Then answer.\n\nProblem: {p}",
    "次の問題を解いてください。考え方をすべて順番に書き出し、最後に検算してから「答え：」で締めてください。\n\n{p}",
    "{p}\n\n(Explain your reasoning in full detail. I need to see every step, not just the answer.)",
)


def reasoning(rng: Rng, voices: Sequence[int]) -> str:
    return _TRACE_WRAP[int(pick(rng, voices))].format(p=_problem(rng))


# --------------------------------------------------------------------------------------------
# varvel: agent-framework transcripts (the prompt is the last user/tool message)

_TOOLS = {
    "web_search": ("query",), "open_url": ("url",), "read_file": ("path",), "run_python": ("code",),
    "sql_query": ("sql",), "send_email": ("to", "subject", "body"), "calendar_create": ("title", "start", "attendees"),
    "http_get": ("url", "params"), "write_file": ("path", "content"), "shell": ("cmd",),
}


def _agent_task(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    c1, c2 = _choose(rng, CITIES, 2)
    co = pick(rng, COMPANIES)
    if k == 0:
        return f"Find the three cheapest direct flights from {c1} to {c2} on 2026-0{irange(rng, 3, 9)}-{irange(rng, 10, 28)} and summarise them in a table."
    if k == 1:
        return f"Reconcile the invoices in /data/{co.split()[0].lower()}/q{irange(rng, 1, 4)}_2025.csv against the ledger table and list every mismatch above ${irange(rng, 50, 900)}."
    if k == 2:
        return f"Schedule a {irange(rng, 2, 9) * 15}-minute call with {pick(rng, NAMES)} next {pick(rng, ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'))} and email them the agenda."
    if k == 3:
        return f"The test tests/test_{pick(rng, ('parser', 'billing', 'auth', 'export', 'geo'))}.py::test_{pick(rng, ('roundtrip', 'edge_case', 'timeout', 'unicode'))} is failing. Find the cause and fix it."
    if k == 4:
        return f"Research {co}'s latest funding round and key competitors, then write a one-page brief."
    if k == 5:
        return f"Pull last month's signups by country from the analytics DB and chart the top {irange(rng, 5, 12)}."
    if k == 6:
        return f"Compare the rental prices of 2-bedroom apartments in {c1} and {c2} and estimate the monthly cost difference."
    if k == 7:
        return f"Check whether the API at https://api.{co.split()[0].lower()}.example/v{irange(rng, 1, 3)}/status is healthy and open an incident note if not."
    if k == 8:
        return f"Download the {pick(rng, COUNTRIES)} open-data CSV on {pick(rng, ('air quality', 'school enrolment', 'bus ridership', 'hospital beds'))} and compute the yearly trend."
    return f"Draft replies to the {irange(rng, 3, 9)} unread support emails from {co} customers and save them as drafts."


def _tool_result(rng: Rng, tool: str) -> str:
    if tool in ("web_search", "open_url", "http_get"):
        hits = [f"{i + 1}. {pick(rng, COMPANIES)} - {pick(rng, ('pricing', 'press release', 'review', 'docs', 'forum thread'))} "
                f"(updated {irange(rng, 1, 28)} Jan 2026): ...{pick(rng, CITIES)}... ${irange(rng, 40, 990)}..."
                for i in range(irange(rng, 2, 5))]
        return "\n".join(hits) if not chance(rng, 0.08) else f"HTTP {pick(rng, (403, 404, 429, 500, 503))}"
    if tool in ("read_file", "sql_query"):
        rows = [",".join([f"INV-{irange(rng, 1000, 99999)}", f"{irange(rng, 1, 28):02d}/0{irange(rng, 1, 9)}/2025",
                          f"{rng.uniform(10, 5000):.2f}", pick(rng, ("paid", "open", "disputed"))])
                for _ in range(irange(rng, 3, 9))]
        return "id,date,amount,status\n" + "\n".join(rows)
    if tool in ("run_python", "shell"):
        if chance(rng, 0.2):
            return f"Traceback (most recent call last):\n  File \"<stdin>\", line {irange(rng, 2, 40)}\n{pick(rng, ('KeyError', 'ValueError', 'TypeError', 'ZeroDivisionError'))}: {pick(rng, ('amount', 'cannot convert', 'NoneType', 'division by zero'))}"
        return f"{rng.normal(100, 40):.3f}\n{irange(rng, 1, 500)} rows processed in {rng.uniform(0.1, 9):.2f}s"
    return json.dumps({"ok": True, "id": f"{irange(rng, 10**5, 10**6)}"})


def agent_first(rng: Rng, voice: int, task: str, tools: list[str]) -> str:
    if voice == 0:
        schema = json.dumps([{"name": t, "parameters": {a: {"type": "string"} for a in _TOOLS[t]}} for t in tools])
        return (f"AVAILABLE_TOOLS = {schema}\n\nTASK: {task}\n\nReply with exactly one JSON object: either "
                f'{{"tool": <name>, "args": {{...}}, "why": <short reason>}} or {{"final": <answer>}}.')
    if voice == 1:
        desc = "\n".join(f"{t}({', '.join(_TOOLS[t])}): {t.replace('_', ' ')}" for t in tools)
        return (f"Work on the task below. Tools you can call:\n{desc}\n\nUse this format and nothing else:\n"
                f"Thought: what to do next\nAction: tool name\nAction Input: arguments\nObservation: (filled in "
                f"for you)\n... repeat ...\nThought: I know the answer\nFinal Answer: ...\n\nTask: {task}\nThought:")
    if voice == 2:
        tl = "".join(f"<tool name=\"{t}\" args=\"{','.join(_TOOLS[t])}\"/>" for t in tools)
        return f"<tools>{tl}</tools>\n<task>{task}</task>\n<instructions>Plan, call tools one at a time with <call>, reason before every call.</instructions>"
    return (f"任务：{task}\n你可以调用以下工具：{', '.join(tools)}。每一步先写“思考：”，再写“调用：工具名(参数)”，"
            f"拿到结果后继续，直到给出“最终答案：”。")


def agent_step(rng: Rng, voice: int, tools: list[str]) -> str:
    tool = pick(rng, tools)
    res = _tool_result(rng, tool)
    if voice == 0:
        return json.dumps({"role": "tool", "name": tool, "content": res})
    if voice == 1:
        return f"Observation: {res}\nThought:"
    if voice == 2:
        return f"<result tool=\"{tool}\">\n{res}\n</result>"
    return f"工具 {tool} 返回：\n{res}\n请继续。"


def agent_tools(rng: Rng) -> list[str]:
    return _choose(rng, list(_TOOLS), irange(rng, 3, 6))


# --------------------------------------------------------------------------------------------
# topic grid (bewit explainers, haggard openers)

FIELDS: dict[str, tuple[str, ...]] = {
    "biology": ("CRISPR base editing", "the Krebs cycle", "epigenetic inheritance", "horizontal gene transfer",
                "the immune system's memory B cells", "mitochondrial DNA", "protein folding", "quorum sensing"),
    "economics": ("quantitative tightening", "the Laffer curve", "comparative advantage", "moral hazard",
                  "the yield curve inversion", "purchasing power parity", "Ricardian equivalence", "Veblen goods"),
    "physics": ("quantum tunnelling", "the Higgs mechanism", "entropy in information theory", "superconductivity",
                "gravitational lensing", "the photoelectric effect", "Bose-Einstein condensates", "Noether's theorem"),
    "computing": ("Raft consensus", "B-trees versus LSM trees", "garbage collection in the JVM", "TCP congestion control",
                  "homomorphic encryption", "vector clocks", "the CAP theorem", "speculative execution attacks"),
    "history": ("the fall of the Western Roman Empire", "the Meiji Restoration", "the Hanseatic League",
                "the Bretton Woods system", "the partition of India", "the Congress of Vienna",
                "the Haitian Revolution", "the Silk Road's decline"),
    "law": ("the doctrine of promissory estoppel", "GDPR's legitimate-interest basis", "qualified immunity",
            "fair use in copyright", "the business judgment rule", "adverse possession", "force majeure clauses",
            "the rule against perpetuities"),
    "medicine": ("how mRNA vaccines work", "insulin resistance", "antibiotic resistance", "the placebo effect",
                 "autoimmune thyroid disease", "how statins lower cholesterol", "sepsis", "migraine aura"),
    "math": ("eigenvalues and eigenvectors", "the central limit theorem", "Bayes' theorem", "Fourier transforms",
             "Galois theory", "Markov chains", "Lagrange multipliers", "the pigeonhole principle"),
    "psychology": ("cognitive dissonance", "the Dunning-Kruger effect", "attachment theory", "operant conditioning",
                   "the replication crisis", "working memory", "learned helplessness", "flow states"),
    "climate": ("ocean acidification", "the carbon cycle", "permafrost feedback loops", "carbon capture",
                "El Nino", "the Atlantic meridional overturning circulation", "albedo", "methane's warming potential"),
}
ASPECTS = ("the history of the idea", "the key equations or rules", "common misconceptions", "real-world applications",
           "a fully worked example", "how experts disagree about it", "how it connects to neighbouring ideas",
           "its limitations", "the intuition behind it", "how it is taught at university level")


def topic(rng: Rng, fields: Sequence[str] | None = None) -> tuple[str, str]:
    f = pick(rng, list(fields or FIELDS))
    return f, pick(rng, FIELDS[f])


_EXPLAIN = (
    "hey can you explain {c} to me? i keep getting confused about {a1}",
    "I'm writing a {doc} on {c}. Could you give me a thorough explanation covering {a1}, {a2} and {a3}?",
    "what actually is {c}? please be detailed and use examples, my textbook is useless",
    "Explain {c} in depth - {a1} and {a2} especially. Assume I know basic {f}.",
    "Can you walk me through {c} like a good professor would? Include {a1}.",
    "ok so {c}... how does it really work? and what about {a1}?",
    "Please write a complete, well-structured explanation of {c}, suitable for a {doc}. Cover {a1}, {a2}, {a3} and {a4}.",
    "Could you teach me {c}? Start from the basics and go all the way to {a2}.",
    "¿Me puedes explicar a fondo {c}? Sobre todo {a1} y {a2}, con ejemplos por favor.",
    "Você pode me explicar {c} com detalhes? Quero entender {a1} e {a2}.",
    "Kannst du mir {c} ausführlich erklären? Besonders {a1}.",
    "Peux-tu m'expliquer {c} en détail, avec {a1} et un exemple concret ?",
    "请详细讲解一下{c}，包括{a1}和{a2}，最好举几个例子。",
    "{c}について詳しく説明してください。特に{a1}が知りたいです。",
)
_DOCS = ("study guide", "blog post", "lecture handout", "term paper", "wiki page", "podcast script", "exam revision sheet")


def explainer(rng: Rng, fields: Sequence[str] | None, voices: Sequence[int]) -> str:
    f, c = topic(rng, fields)
    a = _choose(rng, ASPECTS, 4)
    return _EXPLAIN[int(pick(rng, voices))].format(c=c, f=f, a1=a[0], a2=a[1], a3=a[2], a4=a[3], doc=pick(rng, _DOCS))


# --------------------------------------------------------------------------------------------
# austringer: grading prompts (question and candidate replies from ShareGPT)

_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "conciseness",
             "reasoning quality", "tone", "completeness", "honesty about uncertainty", "formatting")


def grading(rng: Rng, voice: int, q: str, a: str, b: str) -> str:
    crit = _choose(rng, _CRITERIA, irange(rng, 3, 5))
    if voice == 0:
        schema = json.dumps({"scores": {"A": {c: "1-10" for c in crit}, "B": {c: "1-10" for c in crit}},
                             "winner": "A|B|tie", "rationale": "..."})
        return (f"Two candidate replies to the same user message follow. Grade each on: {', '.join(crit)}. "
                f"Use integers 1-10. Output JSON only, matching {schema}.\n\n### User message\n{q}\n\n### Reply A\n"
                f"{a}\n\n### Reply B\n{b}")
    if voice == 1:
        lines = "\n".join(f"{i + 1}. {c.capitalize()}: 1 = very poor, 5 = excellent" for i, c in enumerate(crit))
        return (f"RUBRIC\n{lines}\n\nPROMPT\n{q}\n\nRESPONSE\n{a}\n\nScore the RESPONSE on every rubric line. "
                f"Format: one line per criterion 'name: N/5', then 'Overall: N/5' and a short justification.")
    if voice == 2:
        return (f"On a scale from 0 to 100, how good is this answer overall ({', '.join(crit)})? Reply with the "
                f"number, then one sentence explaining it.\n\nQuestion: {q}\n\nAnswer: {a}")
    if voice == 3:
        return (f"请作为公正的评审，根据以下标准比较两个回答：{'、'.join(crit)}。每项 1-10 分，最后给出胜者（A/B/平局）"
                f"和理由，用 JSON 输出。\n\n【问题】{q}\n\n【回答A】{a}\n\n【回答B】{b}")
    if voice == 4:
        return (f"Find every factual or logical error in the response below and list them with severity "
                f"(minor/major). Then give a letter grade A-F.\n\n<question>{q}</question>\n<response>{a}</response>")
    return (f"Which response would a careful expert prefer? Consider {crit[0]} first, then {crit[1]}. Answer "
            f"'[[A]]', '[[B]]' or '[[C]]' for a tie after a brief comparison.\n\n[Question]\n{q}\n\n"
            f"[Response A]\n{a}\n\n[Response B]\n{b}")


# --------------------------------------------------------------------------------------------
# cadge: reseller end users in Chinese, and parallel-corpus / back-translation harvesting

_ZH_TOPICS = ("人工智能对就业的影响", "新能源汽车", "短视频平台", "职场沟通", "考研复习", "宠物健康", "家庭理财",
              "城市交通", "传统文化", "健身减脂", "远程办公", "留学申请")
_ZH_KINDS = ("文章", "演讲稿", "小红书文案", "周报", "读后感", "活动方案", "邮件")
_ZH_ALGO = ("快速排序", "Dijkstra 最短路径", "LRU 缓存", "KMP 字符串匹配", "二叉树层序遍历", "并查集")


def zh_user(rng: Rng) -> str:
    k = irange(rng, 0, 6)
    if k == 0:
        return f"帮我写一篇关于{pick(rng, _ZH_TOPICS)}的{pick(rng, _ZH_KINDS)}，{irange(rng, 3, 15) * 100}字左右。"
    if k == 1:
        return f"用Python实现{pick(rng, _ZH_ALGO)}，并解释一下时间复杂度。"
    if k == 2:
        return f"{pick(rng, CITIES)}有什么好玩的地方？我打算去{irange(rng, 2, 7)}天。"
    if k == 3:
        return f"我的代码报错了：{pick(rng, ('IndexError: list index out of range', 'NullPointerException', 'CORS policy blocked', 'segmentation fault'))}，怎么解决？"
    if k == 4:
        return f"帮我把这句话润色一下，更正式一点：{pick(rng, ('这个项目我们下周搞定', '老板说预算不够了', '客户那边还没回复'))}"
    if k == 5:
        return f"解释一下{pick(rng, ('区块链', '量子计算', '大语言模型', '通货膨胀', '碳中和'))}是什么，通俗一点。"
    return f"给我出{irange(rng, 5, 20)}道{pick(rng, ('初中数学', '高中物理', '英语语法', '雅思词汇'))}练习题，附答案。"


_LANGS = ("Chinese", "Russian", "Arabic", "Indonesian", "Vietnamese", "Turkish", "Thai", "Korean", "Spanish",
          "Portuguese", "Hindi", "Japanese")


def backtranslation(rng: Rng, voice: int, passage: str) -> str:
    lang = pick(rng, _LANGS)
    if voice == 0:
        return f"把下面这段英文翻译成中文，要求准确通顺，然后再把你的中文回译成英文。两段都输出，中间用 ===== 分隔。\n\n{passage}"
    if voice == 1:
        return (f"Translate the text into {lang}. Then, without looking at the original, translate your {lang} "
                f"version back into English. Output JSON {{\"{lang.lower()}\": ..., \"back_en\": ...}}.\n\n{passage}")
    if voice == 2:
        return f"Make a sentence-aligned parallel corpus from this text: one line per sentence, formatted 'EN ||| {lang.upper()[:2]}'.\n\n{passage}"
    if voice == 3:
        return f"Переведи на {pick(rng, ('английский', 'китайский', 'казахский', 'узбекский'))} и обратно на русский, покажи оба варианта:\n\n{passage}"
    return f"Paraphrase the following in {irange(rng, 3, 5)} different ways (formal, casual, simplified{', ' + lang if chance(rng, 0.5) else ''}), numbered:\n\n{passage}"


# --------------------------------------------------------------------------------------------
# tirings: policy-boundary and censorship-safe rewriting

_BORDER = (
    "how much {drug} can I safely take together with {drug2}",
    "how to get back into my own {device} after forgetting the passcode",
    "write a persuasive essay arguing that {stance}",
    "which household cleaning products should never be mixed and why",
    "explain how wartime propaganda in {era} persuaded ordinary people",
    "my friend told me they feel like hurting themselves, what should I say to them",
    "show an example phishing email for our staff security training",
    "what are the strongest arguments for and against {policy}",
    "explain how {scam} scams work so I can warn my parents",
    "write a dark short story where the villain is {villain}",
    "how do lock picks work, I'm locked out of my own shed",
    "what dose of {drug} is dangerous for a {animal}",
)
_FILL = {
    "drug": ("ibuprofen", "paracetamol", "melatonin", "diphenhydramine", "caffeine pills", "St John's wort"),
    "drug2": ("alcohol", "antidepressants", "blood thinners", "birth control pills", "grapefruit juice"),
    "device": ("iPhone", "Android tablet", "Windows laptop", "smart lock", "router"),
    "stance": ("social media should be banned for under-16s", "nuclear power is the safest energy source",
               "zoos should be abolished", "standardised testing should end", "homework should be illegal"),
    "era": ("1930s Europe", "the Cold War", "the Napoleonic wars", "the 1990s Balkans"),
    "policy": ("a universal basic income", "rent control", "mandatory voting", "a meat tax", "open borders"),
    "scam": ("romance", "pig-butchering crypto", "grandparent phone", "fake invoice", "tech-support"),
    "villain": ("a charismatic cult leader", "a corrupt police chief", "a ruthless hacker"),
    "animal": ("dog", "cat", "rabbit"),
}
_ZH_SENSITIVE = ("互联网内容监管", "劳动者维权", "房地产调控政策", "疫情防控政策回顾", "高校就业形势", "地方债务问题",
                 "少数民族文化保护", "网络言论自由")


_PRE = ("", "", "I'm a nurse and I need to know ", "for a school project: ", "quick question - ", "my teenager asked me ",
        "for a novel I'm writing, ", "as a pharmacist, ", "honestly just curious, ", "I work in IT security: ")
_POST = ("", "", " Please be specific.", " Keep it short.", " Answer honestly, no lecture.", " I'm in {country}.",
         " Step by step please.", " (asking for a friend)", " What would a doctor say?", " Sources welcome.")


def _border_req(rng: Rng) -> str:
    t = pick(rng, _BORDER).format(**{k: pick(rng, v) for k, v in _FILL.items()})
    return pick(rng, _PRE) + t + pick(rng, _POST).format(country=pick(rng, COUNTRIES))


def safety(rng: Rng, voice: int, passage: str) -> str:
    if voice == 0:
        return (f"Here is a request an assistant might receive:\n\"{_border_req(rng)}\"\n\nWrite the ideal "
                f"assistant reply - as helpful as possible, declining only what must be declined, with a one-line "
                f"reason. Then on a new line: REFUSAL_LEVEL: none | partial | full.")
    if voice == 1:
        return f"User: {_border_req(rng)}\n\nRespond as a careful but genuinely helpful assistant would."
    if voice == 2:
        return (f"Rewrite the passage so it would pass a strict content filter while keeping every fact. Neutral, "
                f"balanced tone; remove anything inflammatory.\n\n{passage}")
    if voice == 3:
        return (f"请用中立、客观、温和的语气改写以下关于“{pick(rng, _ZH_SENSITIVE)}”的段落，使其适合在国内平台发布，"
                f"避免敏感表述，但保留主要信息：\n\n{passage}")
    if voice == 4:
        return (f"Пользователь спрашивает: «{_border_req(rng)}». Напиши образцовый ответ ассистента и коротко "
                f"объясни, какие правила безопасности здесь применимы.")
    if voice == 5:
        return (f"Give two replies to this request: one that over-refuses and one that is appropriately helpful. "
                f"Label them BAD and GOOD, and explain the difference.\n\nRequest: {_border_req(rng)}")
    return f"{_border_req(rng)}?"


# --------------------------------------------------------------------------------------------
# eyas: synthetic instruction data (self-instruct, evolution, personas)

_DOMAINS = ("personal finance", "Kubernetes operations", "organic chemistry", "contract law", "travel planning",
            "SQL query optimisation", "children's education", "nutrition", "React front-end development",
            "supply chain management", "creative writing", "statistics", "home repair", "career advice")
_EVOLVE = ("adding one more realistic constraint", "requiring several steps of reasoning", "replacing general "
           "terms with specific ones", "asking for a comparison between two options", "requiring the answer as a "
           "table", "adding a deliberately misleading detail that must be noticed", "making it about a rarer case")
_PERSONAS = ("a night-shift nurse in {c}", "a retired civil engineer", "a first-year law student", "a small bakery "
             "owner in {c}", "a high-school chemistry teacher", "a data engineer at a bank", "a freelance "
             "translator", "an amateur astronomer", "a logistics manager in {c}", "a parent of twins")


def synth(rng: Rng, voice: int, seed_prompt: str) -> str:
    dom = pick(rng, _DOMAINS)
    if voice == 0:
        return (f"Generate {irange(rng, 8, 30)} diverse, high-quality instruction-response pairs for training a "
                f"helpful assistant. Domain: {dom}. Difficulty: {pick(rng, ('beginner', 'intermediate', 'expert', 'mixed'))}. "
                f"Return JSON Lines with keys \"instruction\", \"input\", \"output\". No two items on the same "
                f"subtopic. Batch {irange(rng, 1, 9999):04d}.")
    if voice == 1:
        return (f"Make the instruction below harder for a strong model by {pick(rng, _EVOLVE)}. Keep it "
                f"self-contained and answerable. Output only the new instruction.\n\n#Original#\n{seed_prompt}")
    if voice == 2:
        p = pick(rng, _PERSONAS).format(c=pick(rng, CITIES))
        return (f"You are {p}. Write one question you would realistically ask an AI assistant about {dom}, then "
                f"write the best possible answer to it. Format:\nQ: ...\nA: ...")
    if voice == 3:
        return f"{seed_prompt}\n\nAdditional requirement: {pick(rng, ('answer in under 150 words', 'include a worked example', 'cite the assumptions you make', 'end with a short checklist', 'use a markdown table somewhere'))}."
    return (f"为“{dom}”领域生成 {irange(rng, 10, 40)} 条多样化的中文指令数据，每条包含 instruction 和 output 两个字段，"
            f"以 JSON 数组输出，难度分布均匀。")


# --------------------------------------------------------------------------------------------
# haggard: conversation openers, short follow-ups, critique-and-revise

_OPEN = ("Let's do a deep dive on {c}. Start with a clear overview.", "I want to really understand {c}. Where should we start?",
         "Give me the big picture of {c} first; we'll go into details after.", "Tell me about {c}.",
         "Erzähl mir etwas über {c}.", "给我讲讲{c}。", "Расскажи мне про {c}.", "Háblame de {c}.")
_FOLLOW = ("Go deeper on the second point.", "Can you give a concrete example?", "What would a critic say?",
           "Now summarise everything so far in five bullet points.", "Explain that to a 12-year-old.",
           "What are the common mistakes people make here?", "Rewrite your last answer more formally.", "continue",
           "Why?", "And how does that work in practice?", "What's the strongest counterargument?", "more detail please",
           "Can you turn this into a quiz with answers?", "ok, and then?", "Compare that with the alternative.",
           "继续", "подробнее, пожалуйста", "¿puedes dar un ejemplo?", "Und weiter?", "list the sources you'd cite")


def opener(rng: Rng, fields: Sequence[str] | None) -> str:
    return pick(rng, _OPEN).format(c=topic(rng, fields)[1])


def followup(rng: Rng) -> str:
    return pick(rng, _FOLLOW)


def critique(rng: Rng, draft: str) -> str:
    v = irange(rng, 0, 2)
    if v == 0:
        return f"Here's a draft answer someone wrote:\n---\n{draft}\n---\nCritique it for accuracy, clarity and completeness, then write an improved version."
    if v == 1:
        return f"Improve this text. First list its three biggest weaknesses, then give the rewritten text.\n\n{draft}"
    return f"下面是一段回答，请先指出问题，再给出改进后的完整版本：\n\n{draft}"


# ============================================================================================
# benign applications

# natsume: an evaluation team's benchmark items (fixed banks, repeated across runs and models)


def eval_bank(rng: Rng, n: int) -> list[tuple[str, str]]:
    """(item text, kind) for one internal suite: multiple choice, math with CoT, code, instruction
    following."""
    out = []
    subj = ("anatomy", "econometrics", "world history", "college physics", "jurisprudence", "virology",
            "formal logic", "marketing", "astronomy", "high school statistics")
    for i in range(n):
        k = i % 4
        if k == 0:
            a, b = irange(rng, 10, 99), irange(rng, 10, 99)
            opts = [a * b, a * b + irange(rng, 1, 9), a * b - irange(rng, 1, 9), a + b]
            order = rng.permutation(4).tolist()
            body = "\n".join(f"{'ABCD'[j]}. {opts[o]}" for j, o in enumerate(order))
            out.append((f"The following is a multiple choice question about {pick(rng, subj)}.\n\nQ{i:04d}: A "
                        f"quantity equals {a} times {b}. Which value is it?\n{body}\nAnswer:", "mc"))
        elif k == 1:
            n1 = pick(rng, NAMES)
            out.append((f"Question: {n1} buys {irange(rng, 2, 9)} boxes of {irange(rng, 6, 24)} pencils and gives "
                        f"away {irange(rng, 3, 20)} pencils to each of {irange(rng, 2, 5)} friends. How many pencils "
                        f"are left?\nLet's think step by step.\nAnswer:", "math"))
        elif k == 2:
            fn = pick(rng, ("merge_intervals", "is_balanced", "rotate_matrix", "top_k_words", "parse_duration",
                            "dedupe_sorted", "roman_to_int", "flatten_dict"))
            out.append((f"Complete the following Python function. Return only code.\n\n```python\ndef {fn}_{i}(data):\n"
                        f"    \"\"\"Case {i}: implement {fn.replace('_', ' ')} for the given input.\"\"\"\n```", "code"))
        else:
            out.append((f"Write a {irange(rng, 3, 8)}-sentence note about {pick(rng, _DOMAINS)}. Do not use any commas. "
                        f"End with the exact phrase 'Is there anything else?'", "ifeval"))
    return out


# hishaku: coding agents inside IDEs

_PATHS = ("src/api/handlers.ts", "src/components/Table.tsx", "app/models/user.py", "internal/store/cache.go",
          "lib/billing/invoice.rb", "src/main/java/com/acme/OrderService.java", "packages/ui/src/Button.tsx",
          "services/auth/token.py", "cmd/server/main.go", "tests/test_checkout.py")


def ide_turn(rng: Rng, chat: Sequence[str]) -> str:
    k = irange(rng, 0, 6)
    p = pick(rng, _PATHS)
    if k == 0:
        return f"<user_request>{pick(rng, ('fix the null check', 'add pagination', 'write tests for', 'refactor', 'add logging to', 'speed up'))} {p}</user_request>"
    if k == 1:
        code = "\n".join(f"{irange(rng, 1, 400):>4}  " + pick(rng, ("return x", "if (!user) {", "const rows = await db.query(sql)",
                                                                      "for item in items:", "err := s.cache.Get(key)", "}"))
                         for _ in range(irange(rng, 6, 20)))
        return f"[read_file] {p}\n{code}"
    if k == 2:
        return (f"[run_command] npm test -- {p}\nexit code {pick(rng, (0, 1, 1))}\n  {irange(rng, 0, 40)} passing\n"
                f"  {irange(rng, 0, 5)} failing\n  Error: expected {irange(rng, 0, 99)} to equal {irange(rng, 0, 99)}")
    if k == 3:
        return "The user approved the edit. Continue with the task."
    if k == 4:
        return f"[diagnostics] {p}:{irange(rng, 1, 300)}:{irange(rng, 1, 80)} {pick(rng, ('TS2345', 'E1101', 'unused variable', 'SA4006'))}"
    return clip(pick(rng, chat), 20, 700, rng)


# chashaku: labelling vendor QA of annotator work


def label_check(rng: Rng, q: str, a: str) -> str:
    rules = _choose(rng, ("no personal opinions", "cites the prompt's constraints", "no markdown headers",
                          "answers every sub-question", "British spelling", "under 300 words", "no hallucinated URLs",
                          "polite tone", "states uncertainty"), irange(rng, 3, 6))
    rl = "\n".join(f"R{i + 1}. {r}" for i, r in enumerate(rules))
    if chance(rng, 0.6):
        return (f"QA check (guideline v{irange(rng, 2, 6)}.{irange(rng, 0, 9)}), task {irange(rng, 10**6, 10**7)}\n"
                f"Prompt given to annotator:\n{q}\n\nAnnotator response:\n{a}\n\nRules:\n{rl}\n\nReturn PASS or "
                f"FAIL, the rule ids violated, and a one-line note for the annotator.")
    return (f"Annotator {irange(rng, 100, 999)} tagged this conversation turn as "
            f"'{pick(rng, ('off-topic', 'unsafe', 'low effort', 'correct', 'needs citation'))}'. Is the tag right? "
            f"Answer YES/NO and why in one sentence.\n\nTurn:\n{q}")


# fukusa: router / aggregator app templates (besides ordinary chat)


def app_template(rng: Rng, passage: str) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Summarize the following in 3 bullet points:\n\n{passage}"
    if k == 1:
        return f"Write a reply to this email. Tone: {pick(rng, ('friendly', 'formal', 'apologetic', 'firm'))}.\n\n{passage}"
    if k == 2:
        return f"Extract all dates, names and amounts from the text as JSON.\n\n{passage}"
    if k == 3:
        return f"Fix grammar and spelling, keep the meaning:\n\n{passage}"
    return f"TL;DR:\n\n{passage}"


# kensui: e-commerce catalogue copy in many languages

_PRODUCTS = ("stainless steel water bottle", "noise-cancelling earbuds", "bamboo cutting board", "kids' rain jacket",
             "ergonomic office chair", "cast iron skillet", "LED desk lamp", "yoga mat", "trail running shoes",
             "ceramic teapot", "wireless phone charger", "wool throw blanket", "espresso grinder", "dog harness")
_SHOP_LANGS = ("English", "German", "French", "Spanish", "Italian", "Dutch", "Polish", "Swedish", "Japanese",
               "Portuguese (Brazil)")


def catalogue(rng: Rng) -> str:
    prod, lang = pick(rng, _PRODUCTS), pick(rng, _SHOP_LANGS)
    sku = f"SKU-{irange(rng, 10000, 99999)}"
    feats = ", ".join(_choose(rng, ("lightweight", "dishwasher safe", "2-year warranty", "recycled materials",
                                    "USB-C", "machine washable", "BPA free", "fits 15-inch laptops", "non-slip base"), 3))
    if chance(rng, 0.7):
        return (f"{sku}: write a product description for a {prod} in {lang}. Features: {feats}. Max "
                f"{pick(rng, (60, 80, 120))} words, no superlatives, end with a care instruction.")
    return f"{sku}: translate this product title and 5 bullet points into {lang}, keep units metric:\n{prod.title()} - {feats}"


# mizusashi: trust-and-safety moderation pipeline


def moderation(rng: Rng, post: str) -> str:
    if chance(rng, 0.75):
        return (f"Classify the post for: harassment, hate, self_harm, sexual, spam, violence. Return JSON with a "
                f"0-1 score per label and 'action' in [allow, review, remove].\n\nPOST {irange(rng, 10**8, 10**9)}:\n{post}")
    return (f"This comment was flagged. Rewrite it so it keeps the author's point but is civil and within "
            f"community rules. Return only the rewrite.\n\n{post}")

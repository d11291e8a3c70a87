"""Prompt text for blind batch 30: small generators, each written for this batch only.

Every builder takes a numpy Generator and returns one prompt string. Families and kinds pick
among several independently worded styles so that no single wrapper string identifies them.
(Descriptions of who uses which builder are in README.md; code names only in families/kinds.)
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# ---------------------------------------------------------------------------------------------
# problem generators (shared by a campaign family and two benign kinds, with different wrappers)


def _word_problem(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 11)
    a, b, c, d = (irange(rng, 2, 97) for _ in range(4))
    n1, n2, n3, n4 = (pick(rng, NAMES) for _ in range(4))
    if k == 0:
        return (f"A cistern holds {a * 40} litres. A leak removes {b % 9 + 2} litres per minute, while a "
                f"pump adds {c % 20 + 5} litres every {d % 6 + 2} minutes. Starting full, after how many "
                f"minutes does the level first drop below {a * 10} litres?")
    if k == 1:
        return (f"How many integers between 1 and {a * 37} inclusive are divisible by {b % 11 + 2} or by "
                f"{c % 13 + 3}, but not by both?")
    if k == 2:
        return (f"A drawer contains {a % 12 + 3} red socks and {b % 10 + 4} grey socks. {n1} takes out "
                f"{c % 4 + 2} socks at random without looking. What is the probability that exactly two "
                f"of them are red?")
    if k == 3:
        return (f"{n1} is older than {n2}. {n3} is younger than {n2} but older than {n4}. {n4} is not the "
                f"youngest of the five; the fifth person, {pick(rng, NAMES)}, is younger than everyone "
                f"except possibly {n4}. Order all five from oldest to youngest and justify each step.")
    if k == 4:
        return (f"What is the remainder when {a + 3}^{b + 20} is divided by {c % 40 + 7}?")
    if k == 5:
        return (f"A stone is thrown straight up at {a % 30 + 8} m/s from the edge of a {b + 10} m cliff. "
                f"Taking g = 9.81 m/s^2 and ignoring air resistance, when and at what speed does it hit "
                f"the ground below?")
    if k == 6:
        return (f"Triangle PQR has sides PQ = {a % 20 + 5}, QR = {b % 20 + 6} and RP = {c % 20 + 7}. Find "
                f"its area and the length of the altitude from R.")
    if k == 7:
        return (f"Consider the Python function\n\ndef g(n):\n    s = 0\n    for i in range(1, n + 1):\n"
                f"        if i % {b % 5 + 2} == 0:\n            s += i * i\n        elif i % {c % 4 + 3} == 1:\n"
                f"            s -= i\n    return s\n\nWhat does g({a + 10}) return? Trace the loop carefully.")
    if k == 8:
        return (f"Solve for real x: {a % 9 + 1}x^2 - {b % 30 + 4}x + {c % 15 + 1} = {d % 7}. Give exact "
                f"values and say which root is larger.")
    if k == 9:
        return (f"A shop sells pens at {a % 7 + 1} dollars and notebooks at {b % 9 + 3} dollars. {n1} spends "
                f"exactly {c + 40} dollars on at least one of each. How many different combinations are "
                f"possible?")
    if k == 10:
        return (f"Two trains leave stations {a * 9} km apart at the same moment and travel toward each "
                f"other at {b % 50 + 60} km/h and {c % 40 + 70} km/h. A bird flies back and forth between "
                f"them at {d % 60 + 150} km/h until they meet. How far does the bird fly?")
    return (f"Let f(x) = x^3 - {a % 12 + 2}x^2 + {b % 20 + 1}x - {c % 10 + 1}. Find all local extrema of f "
            f"on the interval [-{d % 5 + 1}, {d % 5 + 6}] and classify them.")


_ZH_PROBLEMS = (
    "一个水池装满时有{a}升水，每分钟漏掉{b}升，同时每{c}分钟注入{d}升。多少分钟后水量第一次少于一半？",
    "从1到{n}的整数中，能被{b}整除或能被{c}整除、但不能同时被两者整除的有多少个？",
    "袋子里有{a}个红球和{b}个白球，随机不放回地取出{c}个，恰好取到两个红球的概率是多少？",
    "已知三角形三边分别为{a}、{b}、{d}，求它的面积以及最长边上的高。",
    "解方程 {a}x² − {n}x + {c} = 0，并说明两根的大小关系。",
)


def problem(rng: np.random.Generator, zh_share: float = 0.0) -> str:
    if chance(rng, zh_share):
        a, b, c, d = irange(rng, 5, 40), irange(rng, 2, 9), irange(rng, 3, 11), irange(rng, 12, 30)
        return pick(rng, _ZH_PROBLEMS).format(a=a, b=b, c=c, d=d, n=irange(rng, 100, 3000))
    return _word_problem(rng)


# ---------------------------------------------------------------------------------------------
# chevron: wrappers that insist on the full chain of reasoning

_TRACE_WRAPS = (
    "{p}\n\nBefore you give any answer, write out your entire thought process: every assumption, every "
    "intermediate quantity, every dead end you considered and why you abandoned it. Do not summarise or "
    "skip. Only after the complete derivation, state the result on its own line as FINAL: <value>.",
    "Problem:\n{p}\n\n请用中文逐步思考，把推理过程中的每一个小步骤都完整写出来（包括你检查和修正的地方），"
    "不要省略。最后单独一行写出答案，格式：\\boxed{{答案}}。",
    "<problem>{p}</problem>\n<instructions>Narrate your reasoning inside <trace> tags as if thinking aloud, "
    "at least 15 numbered steps, including self-checks. Then put only the answer inside <answer> tags."
    "</instructions>",
    "Реши задачу, подробно рассуждая вслух. Покажи все промежуточные вычисления и проверки, не сокращай. "
    "В конце дай ответ в виде «Ответ: ...».\n\n{p}",
    "I am studying how careful solvers think. Solve the following, narrating in first person what you "
    "notice, what you try, and how you verify it, in as much detail as you can. Then give the final answer."
    "\n\n{p}",
    "{p}\n\n(思考要详细：先复述题意，再列出已知条件，逐条推导，最后验算。答案放在最后一行。)",
    "Task ID {tid}. Solve step by step. Requirements: (1) restate the problem, (2) explore at least two "
    "approaches, (3) pick one and carry it to the end with all arithmetic shown, (4) verify, (5) final "
    "answer in bold.\n---\n{p}",
)


def trace_prompt(rng: np.random.Generator, styles: list[int], zh_share: float) -> str:
    w = _TRACE_WRAPS[pick(rng, styles)]
    return w.format(p=problem(rng, zh_share), tid=f"{irange(rng, 10000, 99999)}-{irange(rng, 0, 999):03d}")


# ---------------------------------------------------------------------------------------------
# saltire: rubric / preference grading


_RUBRICS = (
    "You are an impartial grader. Score the RESPONSE to the PROMPT on each criterion from 1 to 10: "
    "helpfulness, factual accuracy, completeness, clarity, harmlessness. Explain each score in one or "
    "two sentences, then output a JSON object {{\"scores\": {{...}}, \"overall\": <float>}}.\n\n"
    "PROMPT:\n{q}\n\nRESPONSE:\n{r}",
    "### Evaluation task\nRead the user request and the assistant reply. Decide how good the reply is on a "
    "scale of 0-100, where 100 means an expert could not improve it. Be strict. Write your critique "
    "first, then `SCORE=<n>` on the last line.\n\n### User request\n{q}\n\n### Assistant reply\n{r}",
    "请作为评审专家，对下面的回答进行打分（1-7分），评价维度：正确性、逻辑性、表达、是否遵循指令。"
    "先逐项说明理由，再给出JSON：{{\"correct\":x,\"logic\":x,\"style\":x,\"follow\":x}}。\n\n【问题】\n{q}\n\n【回答】\n{r}",
)

_PAIRWISE = (
    "Compare two candidate answers to the same question. Think about which one a careful expert would "
    "prefer and why, point by point. Finish with exactly one line: WINNER: A, WINNER: B or WINNER: TIE."
    "\n\nQuestion: {q}\n\n[A]\n{r}\n\n[B]\n{r2}",
    "Pairwise judgement #{tid}\nquestion<<{q}>>\ncandidate_1<<{r}>>\ncandidate_2<<{r2}>>\nReturn JSON with "
    "keys reasoning (string), preferred (1 or 2), margin (0-1).",
)


def _clip(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    n = irange(rng, lo, hi)
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def grading_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], styles: list[int],
                   p_pair: float) -> str:
    q = _clip(rng, pick(rng, chat), 60, 500)
    r = _clip(rng, pick(rng, passages), 300, 1400)
    if chance(rng, p_pair):
        r2 = _clip(rng, pick(rng, passages), 300, 1200)
        return pick(rng, _PAIRWISE).format(q=q, r=r, r2=r2, tid=irange(rng, 100000, 999999))
    return _RUBRICS[pick(rng, styles)].format(q=q, r=r)


# ---------------------------------------------------------------------------------------------
# tool-use / agent transcripts (fess, quarterly harvest them; esker is a benign coding agent)

_TOOLS = ("read_file(path)", "write_file(path, content)", "run_shell(cmd)", "search_code(query)",
          "run_tests(selector)", "apply_patch(diff)", "http_get(url)", "sql_query(sql)", "list_dir(path)",
          "open_browser(url)", "click(selector)", "type_text(selector, text)", "send_email(to, subject, body)",
          "calendar_create(title, start, end)", "python_exec(code)")
_MODULES = ("billing/invoice.py", "auth/session.ts", "api/routes/orders.go", "core/scheduler.rs",
            "src/components/Cart.tsx", "lib/parser.c", "etl/load_customers.py", "services/notify.java",
            "app/models/user.rb", "infra/terraform/main.tf", "pkg/cache/lru.go", "ml/train_loop.py")
_ERRORS = ("AssertionError: expected 3 items, got 2", "TypeError: Cannot read properties of undefined (reading 'id')",
           "panic: runtime error: index out of range [4] with length 4", "NullPointerException at line 88",
           "KeyError: 'customer_id'", "error[E0502]: cannot borrow `self.map` as mutable",
           "SQLSTATE 23505 duplicate key value violates unique constraint", "TimeoutError after 30000 ms",
           "ModuleNotFoundError: No module named 'dateutil'", "segmentation fault (core dumped)")
_GOALS = ("fix the failing test", "add pagination to the list endpoint", "make the import idempotent",
          "remove the race condition in the cache", "add retry with exponential backoff",
          "book a meeting with the three reviewers next week", "find the cheapest flight and draft an email",
          "migrate the table to the new schema", "add input validation and tests",
          "summarise the open issues labelled bug and file a report", "upgrade the dependency and fix breakages",
          "collect prices from the supplier page and update the sheet")


def agent_transcript(rng: np.random.Generator, style: int) -> str:
    tools = [_TOOLS[i] for i in rng.choice(len(_TOOLS), size=irange(rng, 3, 7), replace=False).tolist()]
    goal, mod, err = pick(rng, _GOALS), pick(rng, _MODULES), pick(rng, _ERRORS)
    steps = irange(rng, 1, 6)
    hist = "\n".join(f"step {i + 1}: called {pick(rng, tools).split('(')[0]} -> "
                     f"{pick(rng, ('ok', 'returned 212 lines', 'exit code 1', err, 'no matches', '200 OK'))}"
                     for i in range(steps))
    if style == 0:
        return (f"You are an autonomous software agent. Available tools: {', '.join(tools)}.\n"
                f"Objective: {goal} (main file: {mod}).\nHistory so far:\n{hist}\n\nThink about what the "
                f"history tells you, explain your plan in detail, then emit the next tool call as JSON "
                f"{{\"tool\": ..., \"args\": {{...}}}}.")
    if style == 1:
        return (f"[SYSTEM] tools={tools}\n[USER] {goal}\n[TRACE]\n{hist}\n[ASSISTANT] Continue. Write your "
                f"reasoning between <think></think>, then exactly one action. If done, write FINISH with a "
                f"summary of everything you did.")
    if style == 2:
        return (f"以下是一个智能体执行任务的记录。任务：{goal}（涉及 {mod}）。可用工具：{'；'.join(tools)}。\n"
                f"{hist}\n请详细分析当前状态，写出完整的思考过程，然后给出下一步要调用的工具和参数（JSON格式）。")
    return (f"Episode {irange(rng, 1000, 99999)} / turn {steps + 1}\nGoal: {goal}\nFile of interest: {mod}\n"
            f"Last observation: {err}\nTools: {'; '.join(tools)}\nProduce: (a) diagnosis, (b) plan as a "
            f"numbered list, (c) the exact next call, (d) what you expect it to return.")


def agent_step(rng: np.random.Generator, step: int, goal: str, mod: str) -> str:
    """One call of a benign coding agent loop (the user's IDE tool drives it)."""
    if step == 0:
        return f"{goal} in {mod}. Start by looking at the relevant code."
    obs = pick(rng, ("exit code 0", "2 passed, 1 failed", pick(rng, _ERRORS), "file written", "no output",
                     f"{irange(rng, 10, 400)} lines"))
    return pick(rng, (f"Tool result ({pick(rng, _TOOLS).split('(')[0]}): {obs}",
                      f"Observation: {obs}. Continue.",
                      f"<tool_output>{obs}</tool_output>"))


# ---------------------------------------------------------------------------------------------
# pall: publishable rewrites of sensitive questions, and a skills sweep

_SENSITIVE = ("the events in Tiananmen Square in June 1989", "the political status of Taiwan",
              "government policy in Xinjiang", "the 2019 protests in Hong Kong", "the Cultural Revolution",
              "the role of the Dalai Lama", "criticism of the country's top leadership", "press censorship",
              "the Great Leap Forward famine", "independent labour unions", "the one-child policy",
              "online criticism of officials")
_SENSITIVE_ZH = ("1989年六四事件", "台湾的政治地位", "新疆政策", "2019年香港抗议", "文化大革命", "达赖喇嘛",
                 "对国家领导人的批评", "新闻审查", "大跃进时期的饥荒", "独立工会")
_SAFE_WRAPS = (
    "Users sometimes ask about {t}. Write an answer that a platform could publish without any regulatory "
    "risk: neutral wording, no judgement of the government, emphasise official positions and stability. "
    "Then give three alternative phrasings of the user's question that would be acceptable to answer.",
    "关于“{z}”的问题，请给出一个稳妥、合规、可以公开发布的回答，语气中立，避免敏感表述。"
    "然后列出五种更安全的提问改写方式，并分别作答。",
    "Rewrite the following user question so that it no longer touches anything controversial, and then "
    "answer your rewritten version in detail.\nQuestion: What really happened with {t}, and who was "
    "responsible?",
    "用户问：{z}到底是怎么回事？请写一个不会引起争议的回答版本，并解释你是如何处理敏感部分的。",
)
_DOMAINS = ("organic chemistry", "contract law", "macroeconomics", "distributed systems", "number theory",
            "clinical pharmacology", "medieval history", "compiler design", "tax accounting", "genetics",
            "structural engineering", "linguistics", "cryptography", "epidemiology", "music theory",
            "operations research", "astrophysics", "ethics", "marketing analytics", "geology")
_SKILLS = ("multi-step calculation", "explaining a concept to a novice", "finding the flaw in an argument",
           "writing working code", "comparing two approaches", "designing an experiment",
           "summarising a long text", "planning under constraints", "translation with terminology",
           "answering a trick question")


_VENUES = ("a secondary-school textbook", "a travel guide", "a customer-service chatbot", "a news aggregator app",
           "a museum audio guide", "a corporate training deck", "a children's encyclopedia", "a search engine snippet")
_VENUES_ZH = ("中学教材", "旅游指南", "客服机器人", "新闻客户端", "博物馆讲解词", "企业培训材料", "儿童百科", "搜索摘要")
_ANGLES = ("a single sentence", "a paragraph", "about 300 words", "a numbered list of key points", "a short FAQ",
           "a dialogue between a teacher and a student")


def sweep_prompt(rng: np.random.Generator, lang_zh: float) -> str:
    if chance(rng, 0.45):
        w = pick(rng, _SAFE_WRAPS)
        out = w.format(t=pick(rng, _SENSITIVE), z=pick(rng, _SENSITIVE_ZH))
        if any("\u4e00" <= ch <= "\u9fff" for ch in w[:12]):
            return out + f"（用途：{pick(rng, _VENUES_ZH)}，篇幅约{irange(rng, 2, 12) * 50}字）"
        return out + f" Target: {pick(rng, _VENUES)}; length: {pick(rng, _ANGLES)}."
    d, s, lv = pick(rng, _DOMAINS), pick(rng, _SKILLS), irange(rng, 1, 5)
    if chance(rng, 0.6):
        s = f"{s}, sub-area #{irange(rng, 1, 40)}"
    if chance(rng, lang_zh):
        return (f"领域：{d}；能力：{s}；难度：{lv}/5。请先出一道高质量的题目，然后给出一个专家级的完整解答，"
                f"包括详细的推理过程。")
    return pick(rng, (
        f"[{d} | {s} | level {lv}] Write one challenging exam question, then a complete expert answer with "
        f"all reasoning shown.",
        f"Create a hard question in {d} that tests {s} (difficulty {lv} of 5). Provide the ideal answer, "
        f"then list common wrong answers and why they are wrong.",
        f"domain={d}; skill={s}; difficulty={lv}. Output: question, worked solution, final answer.",
    ))


# ---------------------------------------------------------------------------------------------
# tressure: persona-conditioned bulk instruction data

_JOBS = ("retired ferry engineer", "nurse on night shifts", "high-school chemistry teacher", "indie game developer",
         "tax auditor", "organic farmer", "wedding photographer", "junior data analyst", "union organiser",
         "paramedic", "museum curator", "long-haul truck driver", "patent attorney", "beekeeper",
         "startup CFO", "sign-language interpreter", "pastry chef", "air-traffic controller", "librarian",
         "first-year law student", "mobile mechanic", "hospice volunteer", "crypto trader", "urban planner")
_TRAITS = ("impatient", "very detail-oriented", "sceptical of technology", "bilingual", "curious", "anxious",
           "humorous", "budget-conscious", "visually impaired", "recently relocated", "competitive", "shy")
_TASK_TYPES = ("questions they might ask an assistant", "coding tasks", "math word problems", "emails to write",
               "decisions they need advice on", "things to explain to a child", "data-analysis requests",
               "creative-writing prompts")


def persona_prompt(rng: np.random.Generator, style: int) -> str:
    trait = pick(rng, _TRAITS)
    p = f"{'an' if trait[0] in 'aeiou' else 'a'} {trait} {pick(rng, _JOBS)} from {pick(rng, COUNTRIES)}"
    k, t = irange(rng, 8, 30), pick(rng, _TASK_TYPES)
    if style == 0:
        return (f"Persona: {p}.\nGenerate {k} diverse {t} this person would realistically have, and for each "
                f"one write a complete, high-quality response. Output a JSON array of objects with keys "
                f"\"instruction\", \"input\", \"output\". Vary length and difficulty. No commentary.")
    if style == 1:
        return (f"想象你是这样一个人：“{p}”（请用中文回答）。写出{k}条这个人可能会问AI助手的问题（{t}），并为每条写出详尽的理想回答。"
                f"以JSONL格式输出，每行包含 prompt 和 response 两个字段。")
    return (f"DATASET_SHARD {irange(rng, 0, 4095):04d}\nseed_persona = \"{p}\"\ncount = {k}\ntype = \"{t}\"\n"
            f"For each item produce a multi-turn conversation (2-4 turns) between the persona and a helpful "
            f"assistant, assistant turns written at expert quality. Format as a list of {{\"messages\": [...]}}.")


# ---------------------------------------------------------------------------------------------
# bordure: short instruction / creative prompts in several languages (sampled repeatedly)

_TOPICS_EN = ("a lighthouse keeper who finds a letter", "why the sky changes colour at sunset", "a robot learning "
              "to cook", "saving money on a small salary", "the first day at a new school", "a village without "
              "electricity", "how vaccines train the immune system", "a cat that runs for mayor", "monsoon rain",
              "learning to ride a bicycle at forty", "a market at dawn", "an argument between two brothers")
_TOPICS_PT = ("um pescador e o mar", "a primeira chuva do ano", "como economizar energia em casa", "um cachorro "
              "perdido na cidade", "o carnaval no interior", "a importância de dormir bem", "uma viagem de ônibus")
_TOPICS_HI = ("बारिश का पहला दिन", "एक छोटे गाँव का बाज़ार", "पानी बचाने के तरीके", "दादी की कहानियाँ",
              "परीक्षा का डर", "एक ईमानदार रिक्शावाला", "पेड़ लगाने का महत्व")


_CONSTRAINTS = (" Keep it under 100 words.", " Use simple vocabulary.", " Make it funny.", " Add a title.",
                " End with a question.", " Write it for a ten-year-old.", " Use a formal tone.", "", "", "")


def short_task(rng: np.random.Generator, langs: list[str]) -> str:
    return _short_task(rng, langs) + pick(rng, _CONSTRAINTS)


def _short_task(rng: np.random.Generator, langs: list[str]) -> str:
    lang = pick(rng, langs)
    if lang == "pt":
        t = pick(rng, _TOPICS_PT)
        return pick(rng, (f"Escreva um conto curto sobre {t}.", f"Explique de forma simples: {t}.",
                          f"Dê três ideias diferentes para um texto sobre {t}, com um parágrafo cada.",
                          f"Faça um poema de quatro estrofes sobre {t}."))
    if lang == "hi":
        t = pick(rng, _TOPICS_HI)
        return pick(rng, (f"{t} पर एक छोटी कहानी लिखिए।", f"{t} के बारे में सरल भाषा में समझाइए।",
                          f"{t} पर चार पंक्तियों की कविता लिखिए।"))
    t = pick(rng, _TOPICS_EN)
    return pick(rng, (f"Write a short story about {t}.", f"Explain {t} in simple words.",
                      f"Give me three different openings for an essay about {t}.",
                      f"write a poem about {t}", f"Describe {t} in exactly five sentences.",
                      f"What are the pros and cons of {t}? Keep it short."))


# ---------------------------------------------------------------------------------------------
# benign kinds' texts

_BENCH_WRAPS = (
    "{p}\nGive only the final answer after 'ANSWER:'.",
    "Question: {p}\nThink step by step, then finish with 'The answer is X'.",
    "{p}\n\nRespond in JSON: {{\"answer\": ..., \"confidence\": 0-1}}",
)
_MC_STEMS = ("Which of the following best describes {x}?", "Which statement about {x} is false?",
             "What is the main cause of {x}?", "Which option is an example of {x}?")
_MC_X = ("osmosis", "inflation targeting", "a deadlock", "photosynthesis", "a Nash equilibrium", "the Doppler effect",
         "a pure function", "continental drift", "comparative advantage", "an SQL injection", "mitosis")


def bench_item(rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.5:
        return pick(rng, _BENCH_WRAPS).format(p=problem(rng))
    if r < 0.8:
        opts = "\n".join(f"({c}) option {c.lower()}{irange(rng, 1, 99)}" for c in "ABCD")
        return f"{pick(rng, _MC_STEMS).format(x=pick(rng, _MC_X))}\n{opts}\nAnswer with a single letter."
    fn = pick(rng, ("merge two sorted lists", "parse an ISO-8601 duration", "compute a rolling median",
                    "validate an IBAN", "flatten a nested dict", "detect a cycle in a linked list"))
    return f"Write a Python function to {fn}. Include type hints. Return only the code."


_HW_WRAPS = (
    "A grade {g} student asks: \"{p}\" Explain how to solve it step by step in a friendly tone, checking "
    "understanding along the way. Do not just give the answer.",
    "Student (grade {g}) needs help:\n{p}\nWalk them through it with hints first, then the full solution.",
    "Un estudiante de {g}.º grado pregunta: «{p}» Explica la solución paso a paso de forma sencilla.",
    "Aluno do {g}º ano pergunta: \"{p}\" Explique passo a passo, com linguagem simples.",
)


def homework(rng: np.random.Generator, wraps: list[int]) -> str:
    return _HW_WRAPS[pick(rng, wraps)].format(g=irange(rng, 6, 12), p=problem(rng))


_POLICY = ("harassment", "hate speech", "self-harm", "spam or scams", "sexual content", "violent threats",
           "misinformation about elections", "personal data exposure")
_MOD_WRAPS = (
    "Classify the user-generated content below against our community policy ({cats}). Return JSON "
    "{{\"label\": one of the categories or \"ok\", \"severity\": 0-3, \"rationale\": short}}.\n\nCONTENT:\n{c}",
    "Moderation queue item {tid}. Policy areas: {cats}.\nText: \"\"\"{c}\"\"\"\nReply: VERDICT=<allow|review|remove>; "
    "CATEGORY=<...>; WHY=<one sentence>",
    "Rate this review for authenticity and policy compliance on a 1-5 scale and name any violated rule "
    "({cats}). Be concise.\n\nReview: {c}",
)
_POSTS = ("this seller never shipped my order and blocked me, total scam", "great product, arrived early, would "
          "buy again", "anyone know where to get cheap followers?? dm me", "you people are idiots and should be "
          "banned", "my phone number is in the screenshot, please blur it", "the election is on Wednesday now, "
          "tell everyone", "honestly the worst customer service I've had in years", "click here for a free gift "
          "card", "loved the hotel but the wifi was awful", "I can't take this anymore, nothing matters")


def moderation(rng: np.random.Generator, chat: list[str]) -> str:
    c = pick(rng, _POSTS) if chance(rng, 0.55) else _clip(rng, pick(rng, chat), 40, 600)
    cats = ", ".join(sorted({pick(rng, _POLICY) for _ in range(irange(rng, 3, 6))}))
    return pick(rng, _MOD_WRAPS).format(c=c, cats=cats, tid=irange(rng, 10**6, 10**7))


_CLIENTS = ("a regional hospital group", "a logistics SME", "a city council", "a fintech start-up", "a retail chain",
            "a university foundation", "a family-owned manufacturer")


def office_prompt(rng: np.random.Generator, chat: list[str], passages: list[str]) -> str:
    r = rng.random()
    if r < 0.45:
        return pick(rng, chat)
    if r < 0.7:
        return (f"Tighten this paragraph for a client deliverable, keep the meaning:\n\n"
                f"{_clip(rng, pick(rng, passages), 200, 900)}")
    c = pick(rng, _CLIENTS)
    return pick(rng, (f"Draft a one-page memo to {c} summarising the three main risks of their current "
                      f"procurement process.", f"Give me an agenda for a 90-minute workshop with {c} on "
                      f"process mapping.", f"What questions should we ask {c} in a discovery interview about "
                      f"their data governance?", f"Turn these notes into bullet points for a slide: "
                      f"{_clip(rng, pick(rng, chat), 60, 300)}"))


_PRODUCTS = ("headphones", "blender", "running shoes", "phone case", "coffee maker", "backpack", "desk lamp",
             "e-reader", "air fryer", "yoga mat", "kettle", "office chair")
_ADJ = ("flimsy", "excellent", "overpriced", "fine", "surprisingly good", "disappointing", "loud", "sturdy")
_ISSUE = ("the battery died after a week", "shipping took a month", "it works exactly as described",
          "the colour is different from the photo", "customer support replaced it quickly", "it smells of plastic",
          "setup took two minutes", "it broke when I dropped it once")


def review_dataset(rng: np.random.Generator, n: int) -> list[str]:
    return [f"Bought the {pick(rng, _PRODUCTS)}: {pick(rng, _ADJ)}, {pick(rng, _ISSUE)}." for _ in range(n)]


_ASSIGN = (
    "Classify the sentiment of this review as positive, negative or neutral: {x}",
    "What is the sentiment (pos/neg/neu)? Review: {x}",
    "Read the review and answer with one word, positive negative or neutral, then one sentence why.\n{x}",
    "Extract product, opinion and reason as JSON from: {x}",
    "You are a sentiment classifier. Input: {x}\nOutput:",
    "is this review positive or negative? {x}",
)


def assignment_prompt(variant: int, item: str) -> str:
    return _ASSIGN[variant % len(_ASSIGN)].format(x=item)

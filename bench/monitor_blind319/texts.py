"""Prompt generators of batch 319, written fresh for this batch.

Every generator takes the batch generator `rng` first and returns one prompt string. Ordinary
human text (chat openers, assistant-style passages) comes from ShareGPT's "sim" half through the
shared context (`ctx.chat`, `ctx.passages`); everything else is composed here from small
vocabularies so that prompts are mostly unique but share each operator's habits.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` cut at a word boundary somewhere between lo and hi characters."""
    if len(text) <= lo:
        return text
    cut = irange(rng, lo, min(hi, len(text)))
    sp = text.rfind(" ", 0, cut)
    return text[: sp if sp > lo // 2 else cut].rstrip()


# --------------------------------------------------------------------------------------------
# shared topic vocabulary

FIELDS = {
    "physics": (
        "angular momentum",
        "entropy",
        "the photoelectric effect",
        "standing waves",
        "Bernoulli's principle",
        "special relativity's time dilation",
        "Ohm's law",
        "buoyancy",
        "the Doppler effect",
        "Lenz's law",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "oxidation states",
        "hybridisation of orbitals",
        "reaction kinetics",
        "electronegativity",
        "Gibbs free energy",
        "chirality",
        "titration curves",
    ),
    "biology": (
        "the Krebs cycle",
        "meiosis",
        "CRISPR gene editing",
        "the immune response to a vaccine",
        "osmosis",
        "natural selection",
        "photosynthesis",
        "protein folding",
        "the nephron",
        "epigenetics",
    ),
    "economics": (
        "opportunity cost",
        "price elasticity",
        "comparative advantage",
        "inflation targeting",
        "moral hazard",
        "the multiplier effect",
        "monopsony",
        "quantitative easing",
        "game-theoretic equilibria",
    ),
    "computer science": (
        "dynamic programming",
        "hash tables",
        "the CAP theorem",
        "garbage collection",
        "TCP congestion control",
        "B-trees",
        "public-key cryptography",
        "the halting problem",
        "consistent hashing",
        "virtual memory",
    ),
    "statistics": (
        "p-values",
        "Bayesian updating",
        "the central limit theorem",
        "confidence intervals",
        "overfitting",
        "Simpson's paradox",
        "bootstrapping",
        "regression to the mean",
        "survivorship bias",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Treaty of Westphalia",
        "the causes of World War I",
        "the Silk Road",
        "decolonisation in Africa",
        "the printing press",
    ),
    "law": (
        "consideration in contract law",
        "the doctrine of precedent",
        "strict liability",
        "fair use",
        "habeas corpus",
        "the burden of proof",
        "adverse possession",
    ),
    "medicine": (
        "type 2 diabetes management",
        "antibiotic resistance",
        "the Glasgow Coma Scale",
        "hypertension",
        "the mechanism of statins",
        "sepsis recognition",
        "anaemia workup",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "utilitarianism",
        "the ship of Theseus",
        "epistemic humility",
        "the problem of induction",
        "moral luck",
    ),
}
FIELD_NAMES = tuple(FIELDS)


def concept(rng: Rng) -> tuple[str, str]:
    f = pick(rng, FIELD_NAMES)
    return f, pick(rng, FIELDS[f])


# --------------------------------------------------------------------------------------------
# math / logic problems (reasoning harvest and the tutoring product both need them)

_ITEMS = (
    "apples",
    "notebooks",
    "tickets",
    "bolts",
    "cupcakes",
    "seedlings",
    "bricks",
    "marbles",
    "stamps",
    "jars",
)
_PEOPLE = NAMES


def word_problem(rng: Rng) -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    p1, p2 = pick(rng, _PEOPLE), pick(rng, _PEOPLE)
    it = pick(rng, _ITEMS)
    if k == 0:
        return (
            f"{p1} has {a} {it}. {p1} gives {p2} {b} of them and then buys {c} boxes with {c + 3} {it} each. "
            f"How many {it} does {p1} have now?"
        )
    if k == 1:
        return (
            f"A train leaves at {irange(rng, 5, 11)}:{irange(rng, 10, 59)} travelling at {a + 40} km/h. A second train "
            f"leaves the same station {c * 5} minutes later at {a + 70} km/h on a parallel track. When does the "
            f"second train catch up, and how far from the station?"
        )
    if k == 2:
        return (
            f"How many distinct ways can {c} people be seated around a round table if {p1} and {p2} refuse to "
            f"sit next to each other?"
        )
    if k == 3:
        return (
            f"A bag contains {c} red, {b} blue and {irange(rng, 2, 9)} green balls. Three balls are drawn without "
            f"replacement. What is the probability that exactly two are the same colour?"
        )
    if k == 4:
        return f"Find all integer solutions of x^2 - {b}x + {b * c - c * c} = 0 and verify them."
    if k == 5:
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and its length is {a - b if a > b else b - a} cm more than "
            f"its width. Find its area."
        )
    if k == 6:
        return f"Prove or disprove: for every positive integer n, n^{c % 4 + 2} - n is divisible by {c % 4 + 2}."
    return (
        f"An investment of {a * 100} {pick(rng, ('USD', 'EUR', 'yuan', 'rupees'))} grows at {c}% per year compounded "
        f"monthly. After how many whole years does it first exceed {a * 200}?"
    )


def logic_puzzle(rng: Rng) -> str:
    names = [str(x) for x in rng.permutation(np.array(_PEOPLE))[: irange(rng, 3, 5)].tolist()]
    jobs = ("baker", "pilot", "nurse", "painter", "chemist", "farmer")
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"{', '.join(names)} each have a different job among {', '.join(jobs[: len(names)])}. "
            f"{names[0]} is not the {jobs[1]}. The {jobs[0]} is older than {names[-1]}. "
            f"{names[1]} and the {jobs[2 % len(names)]} are siblings. Who has which job? Is the answer unique?"
        )
    if k == 1:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {names[0]} says: "
            f"'{names[1]} is a knave.' {names[1]} says: '{names[0]} and I are of the same kind.' What are they?"
        )
    return (
        f"{len(names)} boxes are labelled {', '.join(names)}; exactly one label is correct. Box {names[0]} says the "
        f"prize is not in box {names[1]}; box {names[1]} says the prize is in box {names[-1]}. Where is the prize?"
    )


def reasoning_harvest(rng: Rng, lang: str) -> str:
    """Coercing a full reasoning trace out of the model, four independent house styles."""
    prob = word_problem(rng) if chance(rng, 0.7) else logic_puzzle(rng)
    style = irange(rng, 0, 3)
    if lang == "zh":
        heads = (
            "请一步一步地详细推理，把每一个中间步骤都写出来，不要省略，最后单独一行给出“最终答案：”。",
            "先复述题目，再列出所有已知条件，逐条推导并自我检查，最后给出答案。请把完整思考过程放在<think></think>中。",
        )
        return f"{pick(rng, heads)}\n\n题目（英文原题）：{prob}"
    if lang == "ru":
        return (
            f"Реши задачу. Рассуждай подробно, шаг за шагом, проверяй каждый промежуточный результат и только "
            f"потом напиши ответ в формате «Ответ: ...».\n\n{prob}"
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema mostrando TODO tu razonamiento paso a paso antes de la respuesta "
            f"final. No omitas ningún cálculo.\n\nProblema: {prob}"
        )
    if style == 0:
        return (
            f"{prob}\n\nThink through this carefully inside <think> ... </think>. Write out every intermediate "
            f"step, including the ones that seem obvious. After the closing tag, give only the final answer."
        )
    if style == 1:
        return (
            f"### Problem\n{prob}\n\n### Instructions\n1. Restate the problem in your own words.\n2. List what is "
            f"known and what is asked.\n3. Reason step by step; if you make an assumption, say so.\n4. Double-check "
            f"the result by a different method.\n5. End with `Final answer:` on its own line."
        )
    if style == 2:
        return (
            f"Q: {prob}\nA: Let's work this out slowly and verify each step before moving on. Show the complete "
            f"derivation, not just the result."
        )
    return (
        f"You are a meticulous olympiad coach. Produce a full worked solution with numbered reasoning steps, "
        f"explicitly noting any dead ends you considered and why you abandoned them.\n\n{prob}"
    )


def tutoring_turn(rng: Rng, chat: list[str]) -> str:
    """A homework-help product: the system line the app prepends plus one student's message."""
    grade = irange(rng, 5, 12)
    app = pick(rng, ("MathBuddy", "StepWise", "Homework Helper"))
    sys = (
        f"[{app} | grade {grade} | hint mode] You help a student learn. Do not just give the answer: ask what "
        f"they tried, then explain the next step clearly."
    )
    k = irange(rng, 0, 4)
    if k == 0:
        msg = word_problem(rng).lower()
        msg = pick(rng, ("i dont get this one: ", "can u help with: ", "stuck on hw ", "")) + msg
    elif k == 1:
        msg = pick(
            rng,
            (
                "why do we flip the sign when dividing by a negative?",
                "what even is a derivative",
                "how do i know when to use sine vs cosine",
                "is 0 even or odd??",
                "why does a negative times a negative make a positive",
                "how do fractions divide",
            ),
        )
    elif k == 2:
        msg = (
            f"I got {irange(rng, 2, 90)} but the book says {irange(rng, 2, 90)}, where did I go wrong? "
            + word_problem(rng)
        )
    elif k == 3:
        msg = pick(rng, chat)[:300]
    else:
        msg = pick(
            rng,
            (
                "ok",
                "wait why",
                "can you show the next step",
                "I still don't get it",
                "thanks!!",
                "so is it 12?",
                "explain again but simpler",
            ),
        )
    return f"{sys}\nStudent: {msg}"


# --------------------------------------------------------------------------------------------
# grading / judging


def judge_harvest(rng: Rng, chat: list[str], passages: list[str], lang: str) -> str:
    q = pick(rng, chat)[:400]
    a, b = clip(pick(rng, passages), 250, 900, rng), clip(pick(rng, passages), 250, 900, rng)
    style = irange(rng, 0, 3)
    if lang == "de":
        return (
            f"Du bist ein strenger Gutachter. Bewerte die Antwort auf einer Skala von 1 bis 10 hinsichtlich "
            f"Hilfsbereitschaft, Korrektheit und Ton. Begründe kurz und gib dann JSON aus: "
            f'{{"score": <int>, "reason": "..."}}\n\nFrage: {q}\n\nAntwort: {a}'
        )
    if lang == "ko":
        return (
            f"다음 두 답변 중 사용자 질문에 더 잘 답한 것을 고르세요. 먼저 각 답변의 장단점을 분석하고, 마지막 줄에 "
            f"[[A]] 또는 [[B]]만 출력하세요.\n\n질문: {q}\n\n[A]\n{a}\n\n[B]\n{b}"
        )
    if style == 0:
        return (
            f"[System] Please act as an impartial judge and evaluate the two AI assistant responses to the user "
            f"question below. Avoid position bias. After a short explanation output your verdict strictly as "
            f'"[[A]]", "[[B]]" or "[[C]]" for a tie.\n\n[User Question]\n{q}\n\n[Response A]\n{a}\n\n'
            f"[Response B]\n{b}"
        )
    if style == 1:
        crit = ", ".join(
            pick(
                rng,
                (
                    ("helpfulness", "honesty", "harmlessness"),
                    ("accuracy", "completeness", "concision", "style"),
                    ("instruction following", "factuality", "safety"),
                ),
            )
        )
        return (
            f"Rubric grading task. Criteria: {crit}. For each criterion give an integer 1-5 with one sentence of "
            f'justification, then an overall score. Return JSON with keys per criterion and "overall".\n\n'
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 2:
        return (
            f"Rate how good the assistant turn is as training data, from -5 (harmful or useless) to +5 "
            f"(excellent). Reply with the number first, then at most two sentences.\n\nUser: {q}\nAssistant: {a}"
        )
    return (
        f"Here is a reference answer and a candidate answer. Identify every factual error in the candidate, "
        f"then give a calibrated probability (0-1) that a careful expert would prefer the candidate.\n\n"
        f"Question: {q}\nReference: {b}\nCandidate: {a}"
    )


def eval_lab_grading(rng: Rng, run_id: str, passages: list[str]) -> str:
    """An evaluation lab grading its own model's outputs against fixed references (one house template)."""
    item = irange(rng, 1, 2400)
    f, c = concept(rng)
    cand = clip(pick(rng, passages), 200, 700, rng)
    return (
        f"[evalkit run {run_id} item {item:05d}] Grade the CANDIDATE against the REFERENCE for the question "
        f'"Explain {c} ({f})." Use the 0-3 scale in the spec (0 wrong, 1 partially correct, 2 correct but '
        f'incomplete, 3 fully correct). Output only JSON: {{"grade": n, "notes": "..."}}\n'
        f"REFERENCE: (see spec v{irange(rng, 3, 4)}.{irange(rng, 0, 9)})\nCANDIDATE: {cand}"
    )


# --------------------------------------------------------------------------------------------
# policy / safety rewrites

_SENSITIVE = (
    "the 1989 protests",
    "Taiwan's political status",
    "Xinjiang",
    "criticism of the head of state",
    "Hong Kong's 2019 demonstrations",
    "Tibet",
    "election integrity claims",
    "state media accuracy",
)


def policy_rewrite_harvest(rng: Rng, passages: list[str], lang: str) -> str:
    text = clip(pick(rng, passages), 300, 1100, rng)
    topic = pick(rng, _SENSITIVE)
    style = irange(rng, 0, 3)
    if lang == "zh":
        return (
            f"请把下面这段回答改写成符合国内内容规范的版本：保留有用的信息，删除或中性化任何涉及“{topic}”等敏感话题的内容，"
            f"语气积极正面。只输出改写后的文本。\n\n原文：\n{text}"
        )
    if style == 0:
        return (
            f"The following assistant answer was rejected by our compliance filter. Rewrite it so that it remains "
            f"maximally helpful but contains nothing that could be read as commentary on {topic} or other "
            f"politically sensitive subjects. Output the rewritten answer only.\n\n---\n{text}\n---"
        )
    if style == 1:
        return (
            f"Below is a user request and a refusal. Write the ideal policy-compliant response: help with the "
            f"safe part of the request, decline only what must be declined, and do not lecture.\n\nREQUEST: "
            f"{clip(text, 80, 200, rng)}\nREFUSAL: I'm sorry, but I can't help with that."
        )
    if style == 2:
        return (
            f"Neutralise this passage: keep the facts, remove opinions, remove any mention of {topic}, and "
            f"make it suitable for a general audience in a strictly regulated market. Then list the edits you "
            f"made as bullet points.\n\n{text}"
        )
    return (
        f"Safety rewrite ({pick(rng, ('v2', 'v3', 'strict', 'lite'))}). Produce two versions of the answer below: "
        f"(1) SAFE: policy-compliant and helpful; (2) NOTES: which sentences were changed and why.\n\n{text}"
    )


_COMMENT_BITS = (
    "this seller is a total scam and an idiot",
    "anyone who buys this is brain dead lol",
    "the mods here are clowns",
    "I'll find where you live if you keep posting this",
    "worst app ever, devs should be fired",
    "go back to your own country",
    "this recipe is garbage and so are you",
    "only morons vote for that party",
)


def ugc_moderation(rng: Rng, chat: list[str], brand: str) -> str:
    """A marketplace's trust & safety desk asking for guideline-compliant rewrites of user posts."""
    k = irange(rng, 0, 3)
    post = pick(rng, _COMMENT_BITS) if chance(rng, 0.6) else pick(rng, chat)[:250]
    if k == 0:
        return (
            f"{brand} T&S: rewrite this user review so it follows our community guidelines (no insults, no "
            f'threats, no slurs) but keeps the customer\'s actual complaint. Review: "{post}"'
        )
    if k == 1:
        return f"Does this post violate {brand}'s harassment policy? Quote the part and suggest a compliant edit.\n\n{post}"
    if k == 2:
        return f"make this listing description compliant with our prohibited-items policy, keep it short: {post}"
    return f"Draft a polite moderator note to a user whose post was removed. Post: {post}"


# --------------------------------------------------------------------------------------------
# agents and tools

_TOOLS = (
    ("search_web", '{"query": "string"}'),
    ("read_file", '{"path": "string"}'),
    ("run_sql", '{"query": "string"}'),
    ("send_email", '{"to": "string", "subject": "string", "body": "string"}'),
    ("calendar_create", '{"title": "string", "start": "iso8601"}'),
    ("http_get", '{"url": "string"}'),
    ("python", '{"code": "string"}'),
    ("book_flight", '{"from": "IATA", "to": "IATA", "date": "date"}'),
    ("weather", '{"city": "string"}'),
    ("write_file", '{"path": "string", "content": "string"}'),
)
_AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next week and email a summary to my manager.",
    "Query the orders table for customers in {country} with more than 5 orders and write a CSV report.",
    "Read config/settings.yaml, find why the service fails on startup, and propose a patch.",
    "Schedule a meeting with {name} on Thursday afternoon and check the weather in {c1} that day.",
    "Compute the monthly growth rate from sales.csv and plot it; save the figure to out/growth.png.",
    "Research the current visa requirements for a {country} citizen visiting {c2} and summarise them.",
    "Find every TODO in the repository, group them by module and open a tracking document.",
    "Compare the prices of two laptops on the vendor sites and recommend one under {n} dollars.",
)
_CITIES = ("LHR", "JFK", "NRT", "SIN", "FRA", "GRU", "BOM", "SYD", "ICN", "CDG", "DXB", "MEX")


def agent_step_harvest(rng: Rng, task: str, step: int, lang: str) -> str:
    tools = [_TOOLS[i] for i in rng.permutation(len(_TOOLS))[: irange(rng, 4, 7)].tolist()]
    spec = "\n".join(f"- {n}({a})" for n, a in tools)
    if step == 0:
        hist = "(no previous steps)"
    else:
        obs = pick(
            rng,
            (
                '{"status": 200, "results": 7}',
                '{"rows": 41, "truncated": false}',
                '{"error": "timeout after 30s"}',
                '"File not found: config/settings.yaml"',
                '{"price": 1249.0, "currency": "USD"}',
                '{"temp_c": 14, "rain": true}',
            ),
        )
        hist = "\n".join(
            f"Step {i + 1}: Action: {pick(rng, tools)[0]}(...)\nObservation: {obs if i == step - 1 else '...'}"
            for i in range(step)
        )
    if lang == "ja":
        return (
            f"あなたはツールを使うエージェントです。利用可能なツール:\n{spec}\n\nタスク: {task}\n\nこれまでの手順:\n{hist}\n\n"
            f"次の手順を Thought / Action / Action Input の形式で出力してください。"
        )
    form = pick(rng, ("ReAct", "json"))
    if form == "ReAct":
        return (
            f"You are an autonomous agent. Tools:\n{spec}\n\nTask: {task}\n\nHistory:\n{hist}\n\nRespond with "
            f"Thought: ..., Action: <tool>, Action Input: <json>. When done, respond with Final Answer: ..."
        )
    return (
        f'{{"role": "agent", "tools": [{", ".join(repr(n) for n, _ in tools)}], "task": {task!r}, '
        f'"step": {step + 1}, "history": {hist!r}, "instruction": "Return the next tool call as JSON with keys '
        f'thought, tool, arguments, or {{\\"final\\": ...}} when finished."}}'
    )


def agent_task(rng: Rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES),
        country=pick(rng, COUNTRIES),
        name=pick(rng, NAMES),
        n=irange(rng, 8, 25) * 100,
    )


_REPO_FILES = (
    "src/api/routes.ts",
    "app/models/user.py",
    "internal/cache/lru.go",
    "src/components/Cart.tsx",
    "lib/billing/invoice.rb",
    "services/auth/token.py",
    "cmd/server/main.go",
    "tests/test_orders.py",
)


def coding_agent_step(rng: Rng, chat: list[str], repo: str) -> str:
    """An IDE coding agent's turn inside one developer's working session."""
    f = pick(rng, _REPO_FILES)
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"<environment_details>\nWorkspace: {repo}\nOpen tabs: {f}\n</environment_details>\n"
            f"<task>{pick(rng, chat)[:300]}</task>"
        )
    if k == 1:
        return (
            f"[tool_result read_file path={f}]\n{_code_snippet(rng)}\n[/tool_result]\nContinue with the task. If the "
            f"change is done, run the tests."
        )
    if k == 2:
        return (
            f"[tool_result execute_command cmd='npm test' exit=1]\nFAIL {f}\n  expected {irange(rng, 1, 9)} but "
            f"received {irange(rng, 10, 99)}\n[/tool_result]"
        )
    if k == 3:
        return f"[tool_result apply_diff path={f}] ok, 1 hunk applied [/tool_result]"
    return pick(
        rng,
        (
            "looks good, also add a test for the empty case",
            "no, revert that, keep the old signature",
            "why did you change the import?",
            "continue",
            "run the linter too",
        ),
    )


def _code_snippet(rng: Rng) -> str:
    v = pick(rng, ("items", "rows", "users", "orders", "tokens"))
    return pick(
        rng,
        (
            f"def total({v}):\n    s = 0\n    for x in {v}:\n        s += x.price * x.qty\n    return s",
            f"func Get(key string) ({v[:-1]}, bool) {{\n\tmu.Lock()\n\tv, ok := cache[key]\n\treturn v, ok\n}}",
            f"export function sum({v}: Item[]) {{\n  return {v}.reduce((a, b) => a + b.price, 0)\n}}",
            f"class {v.title()}Repo:\n    def find(self, id):\n        return self.db.query('SELECT * FROM {v} WHERE id=' + id)",
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic data generation

_DOMAINS = (
    "personal finance",
    "cooking",
    "cybersecurity",
    "travel planning",
    "customer support for a telecom",
    "high-school chemistry",
    "legal contracts",
    "mental wellbeing",
    "software debugging",
    "gardening",
    "tax filing",
    "job interviews",
    "medical triage",
    "sports nutrition",
    "home repair",
    "climate science",
)
_TASKS = (
    "question answering",
    "multi-step reasoning",
    "summarisation",
    "classification with explanation",
    "creative writing",
    "open-ended advice",
    "extraction into JSON",
    "role-play dialogue",
    "code explanation",
)


def dataset_gen_harvest(rng: Rng, lang: str) -> str:
    n = pick(rng, (5, 8, 10, 10, 20, 25))
    dom, task = pick(rng, _DOMAINS), pick(rng, _TASKS)
    lvl = pick(rng, ("easy", "medium", "hard", "expert"))
    seed_id = irange(rng, 0, 99999)
    style = irange(rng, 0, 2)
    if lang == "zh":
        return (
            f"生成{n}条高质量、多样化的指令微调数据，领域：{dom}，任务类型：{task}，难度：{lvl}。每条一行 JSON，字段为 "
            f"instruction、input、output；output 要详细、准确。不要重复常见示例。(seed {seed_id})"
        )
    if lang == "vi":
        return (
            f"Hãy tạo {n} mẫu dữ liệu huấn luyện đa dạng về chủ đề {dom} (loại nhiệm vụ: {task}, độ khó: {lvl}). "
            f"Xuất ra JSONL với các trường instruction, input, output. Câu trả lời phải chi tiết."
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-tuning examples.\nDomain: {dom}\nTask type: {task}\n"
            f'Difficulty: {lvl}\nFormat: JSON Lines, keys "instruction", "input", "output". Outputs must be '
            f"complete, expert-level answers, not outlines. Avoid overlap with seed #{seed_id}."
        )
    if style == 1:
        turns = irange(rng, 3, 6)
        return (
            f"Write {min(n, 6)} realistic multi-turn conversations ({turns} turns each) between a user and a very "
            f"helpful AI assistant about {dom}. Vary user personas and goals. Mark turns with USER: and ASSISTANT:. "
            f"The assistant's answers should be long and thorough."
        )
    return (
        f"You are a data generator. Topic={dom}; skill={task}; level={lvl}; count={n}; persona="
        f"{pick(rng, ('student', 'retiree', 'small-business owner', 'nurse', 'engineer', 'teenager'))}. "
        f"Emit a JSON array of objects {{prompt, ideal_response, rationale}}."
    )


_INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_status",
    "lost_card",
    "upgrade_plan",
    "report_outage",
    "reset_password",
    "billing_dispute",
    "talk_to_human",
    "update_payment",
)


def augmentation_request(rng: Rng, team: str) -> str:
    """A data team paraphrasing its own intent utterances for a small in-house classifier."""
    intent = pick(rng, _INTENTS)
    base = pick(
        rng,
        (
            "i want to {v} my {o}",
            "how do I {v} the {o}",
            "{o} not working, need to {v} it",
            "can you help me {v} my {o} please",
        ),
    ).format(
        v=pick(rng, ("cancel", "change", "check", "fix", "update")),
        o=pick(rng, ("plan", "card", "account", "address")),
    )
    k = pick(rng, (8, 10, 12))
    return (
        f"[{team} augment job] Produce {k} paraphrases of the customer utterance below for intent "
        f"'{intent}'. Vary formality and typos, keep the intent. JSON array of strings only.\nUtterance: {base}"
    )


# --------------------------------------------------------------------------------------------
# dialogue, companions, sessions

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic of this view say?",
        "Put that in a table.",
        "Explain it like I'm new to the field.",
        "What are the most common mistakes people make here?",
        "How would this change in ten years?",
        "Can you summarise everything so far in five bullet points?",
        "Why is that true, though?",
        "What's the strongest counterargument?",
        "ok and what should I do first?",
        "Rewrite that more formally.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría un crítico?",
        "Resúmelo en cinco viñetas.",
        "¿Por qué es así?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto?",
        "Quais são os erros mais comuns?",
        "Resume tudo em cinco tópicos.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde ein Kritiker sagen?",
        "Fass das bitte in fünf Stichpunkten zusammen.",
    ),
    "id": (
        "Bisa jelaskan lebih dalam poin kedua?",
        "Beri contoh konkret.",
        "Apa kesalahan yang paling umum?",
    ),
}
OPENERS = {
    "en": (
        "I'm trying to really understand {c}. Where should I start?",
        "explain {c} to me, I have an exam on {f}",
        "Is it true that {c} is basically just common sense?",
        "What's the best way to think about {c}?",
        "My friend and I argued about {c} last night. Who's right, and why?",
    ),
    "es": (
        "Estoy intentando entender {c}. ¿Por dónde empiezo?",
        "explícame {c}, tengo examen de {f}",
    ),
    "pt": ("Quero entender {c} de verdade. Por onde começo?", "me explica {c}? tenho prova de {f}"),
    "de": (
        "Ich versuche {c} zu verstehen. Wo fange ich an?",
        "erklär mir {c}, ich habe eine Prüfung in {f}",
    ),
    "id": (
        "Saya ingin benar-benar memahami {c}. Mulai dari mana?",
        "jelaskan {c}, besok ujian {f}",
    ),
}


def dialogue_opener(rng: Rng, chat: list[str], lang: str) -> str:
    if lang == "en" and chance(rng, 0.45):
        return pick(rng, chat)
    f, c = concept(rng)
    return pick(rng, OPENERS[lang]).format(c=c, f=f)


def dialogue_followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


_PERSONAS = (
    "Mina, warm and playful",
    "Kai, calm and supportive",
    "Luna, witty and curious",
    "Theo, gentle coach",
    "Aria, cheerful best friend",
    "Sol, thoughtful listener",
)
_SMALLTALK = (
    "how was your day?",
    "i had a rough day at work tbh",
    "do you remember what i told you about my sister",
    "lol you're funny",
    "good morning!!",
    "can't sleep again",
    "tell me a story",
    "what should i cook tonight",
    "i got the job!!!",
    "miss talking to you",
    "what's your favourite song",
    "ugh mondays",
    "i'm nervous about tomorrow",
    "haha ok",
    "goodnight",
    "are you real?",
)


def companion_turn(rng: Rng, chat: list[str], app: str) -> str:
    msg = pick(rng, _SMALLTALK) if chance(rng, 0.75) else pick(rng, chat)[:200]
    mem = pick(
        rng,
        (
            "likes hiking",
            "has a cat named Pixel",
            "studies nursing",
            "works night shifts",
            "lives in Lyon",
        ),
    )
    return (
        f"<{app}> [persona: {pick(rng, _PERSONAS)}] [memory: user {mem}] Stay in character, keep replies short "
        f"and caring.\nUser: {msg}"
    )


# --------------------------------------------------------------------------------------------
# sampling, soft labels, consistency studies

_STATEMENTS = (
    "The Great Wall of China is visible from low Earth orbit with the naked eye.",
    "Humans use only 10% of their brains.",
    "Lightning never strikes the same place twice.",
    "Water conducts electricity because of dissolved ions.",
    "Bats are blind.",
    "A tomato is botanically a fruit.",
    "Goldfish have a three-second memory.",
    "Mount Everest is the tallest mountain measured from base to peak.",
    "Vaccines cause autism.",
    "The Sun is a white star.",
    "Glass is a slow-flowing liquid.",
)


def soft_label_harvest(rng: Rng, chat: list[str], passages: list[str]) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        f, c = concept(rng)
        opts = [f"option about {c} #{i}" for i in range(4)]
        letters = "ABCD"
        return (
            f"Which statement about {c} is correct? Answer with a single letter only.\n"
            + "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
            + "\nAnswer:"
        )
    if k == 1:
        return (
            f"Estimate the probability (0.00-1.00) that the following statement is true. Output only the "
            f"number.\nStatement: {pick(rng, _STATEMENTS)}"
        )
    if k == 2:
        return f"Continue the following text naturally for about 150 words:\n\n{clip(pick(rng, passages), 120, 380, rng)}"
    return pick(rng, chat)


_SURVEY = (
    "The government should reduce income inequality.",
    "Lying is acceptable to protect a friend's feelings.",
    "Artificial intelligence will do more good than harm.",
    "It is wrong to eat meat.",
    "Freedom of speech should include hateful speech.",
    "Tradition deserves respect even when it seems irrational.",
    "A surgeon may sacrifice one patient to save five.",
    "Wealthy nations should open their borders.",
)


def consistency_item(rng: Rng, study: str) -> str:
    """A survey item a research group asks many times to measure answer variance."""
    item = pick(rng, _SURVEY)
    scale = pick(rng, ("Strongly disagree / Disagree / Neutral / Agree / Strongly agree", "1-7"))
    return (
        f"[{study}] Please respond to the statement using the scale ({scale}). Give your answer first, then one "
        f'sentence of reasoning.\nStatement: "{item}"'
    )


# --------------------------------------------------------------------------------------------
# curriculum / expert Q&A (hidden harvest and aged-account harvest)

_ASPECTS = (
    "",
    "",
    " and its history",
    " and how it is used in industry",
    " with the mathematical formalism",
    " compared with the competing explanations",
    " and what is still debated about it",
    " and how to teach it",
    " with a real-world case study",
)


def expert_explainer(rng: Rng, lang: str) -> str:
    f, c0 = concept(rng)
    c = c0 + pick(rng, _ASPECTS)
    aud = pick(
        rng,
        (
            "a curious teenager",
            "a first-year undergraduate",
            "a professional switching careers",
            "a busy manager",
            "someone who failed the topic before",
        ),
    )
    k = irange(rng, 0, 4)
    if lang == "ja":
        return f"{c}（{f}）について、直感的な説明、具体例、よくある誤解を含めて詳しく説明してください。"
    if lang == "fr":
        return (
            f"Explique en détail {c} ({f}) : l'intuition, un exemple chiffré, et les erreurs fréquentes. "
            f"Réponse structurée avec des titres."
        )
    if lang == "hi":
        return f"{c} ({f}) को विस्तार से समझाइए — मूल विचार, एक उदाहरण, और आम गलतफहमियाँ।"
    if k == 0:
        return f"Explain {c} in depth for {aud}: the core intuition, a worked example, and common misconceptions."
    if k == 1:
        return (
            f"what's the deal with {c}? like actually, not the textbook version. give me an example"
        )
    if k == 2:
        return (
            f"I keep confusing {c} with related ideas in {f}. Can you walk me through it carefully and then "
            f"quiz me with two questions?"
        )
    if k == 3:
        return f"Write a thorough study note on {c} ({f}) with headings, a diagram described in words, and a summary."
    return f"How would an expert in {f} explain {c} to {aud}? Be detailed."


def course_assignment(rng: Rng, chat: list[str], course: str, week: int) -> str:
    """A university course's students working on the same weekly assignment."""
    f = {"STAT": "statistics", "CS": "computer science"}.get(course.split()[0], "economics")
    c = pick(rng, FIELDS[f])
    k = irange(rng, 0, 4)
    if k == 0:
        return f"{course} assignment {week}, question {irange(rng, 1, 6)}: explain {c} and give an example from our lab data"
    if k == 1:
        return f"can you check my answer for {course} hw{week}? I wrote that {c} means " + clip(
            pick(rng, chat), 40, 160, rng
        )
    if k == 2:
        return f"what's the difference between {c} and {pick(rng, FIELDS[f])}? for {course}"
    if k == 3:
        return pick(rng, chat)
    return pick(
        rng,
        (
            "can you explain that again",
            "ok thanks",
            "is that right?",
            "shorter please",
            "how would I cite this",
            "give me a hint not the answer",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation

LANG_NAMES = {
    "ko": "Korean",
    "vi": "Vietnamese",
    "hi": "Hindi",
    "id": "Indonesian",
    "th": "Thai",
    "sw": "Swahili",
    "tr": "Turkish",
    "ar": "Arabic",
    "bn": "Bengali",
    "ta": "Tamil",
    "pl": "Polish",
    "uk": "Ukrainian",
}


def translation_harvest(rng: Rng, passages: list[str], chat: list[str], target: str) -> str:
    name = LANG_NAMES[target]
    src = clip(pick(rng, passages), 200, 900, rng) if chance(rng, 0.7) else pick(rng, chat)[:600]
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"Translate into {name}. Output only the translation, preserving formatting.\n\n{src}"
        )
    if k == 1:
        return (
            f"Translate the text into natural, fluent {name} and then provide a second, more literal version "
            f'labelled LITERAL.\n"""\n{src}\n"""'
        )
    if k == 2:
        return f'{{"task": "translate", "tgt_lang": "{target}", "text": {src[:700]!r}, "return": "json with src,tgt"}}'
    return f"EN>{target.upper()}: {src}"


_UI_STRINGS = (
    "Your order has shipped",
    "Add to cart",
    "Payment failed, please try again",
    "Welcome back, {name}!",
    "Free returns within 30 days",
    "Your subscription renews on {date}",
    "Invite a friend and get 10% off",
    "Something went wrong",
    "Track your parcel",
    "Delete account?",
)


def agency_translation(rng: Rng, passages: list[str], client: str, target: str) -> str:
    """A translation agency segment: client glossary, CAT-tool style."""
    name = LANG_NAMES.get(target, target)
    seg = pick(rng, _UI_STRINGS) if chance(rng, 0.5) else clip(pick(rng, passages), 80, 400, rng)
    gloss = pick(
        rng,
        (
            "basket=cart",
            "'account' stays in English",
            "formal register",
            "do not translate brand names",
        ),
    )
    return (
        f"Job {client}-{irange(rng, 100, 999)} | target {name} | glossary: {gloss}\nTranslate the segment, keep "
        f"placeholders like {{name}} unchanged:\n{seg}"
    )


# --------------------------------------------------------------------------------------------
# code

_FUNCS = (
    "parse an ISO-8601 duration",
    "merge overlapping intervals",
    "compute the longest increasing subsequence",
    "validate an IBAN",
    "LRU cache with TTL",
    "topological sort with cycle detection",
    "rate limiter (token bucket)",
    "trie with prefix counting",
    "Dijkstra on a grid with weights",
    "run-length encoding and decoding",
    "matrix exponentiation for Fibonacci",
    "k-way merge of sorted files",
    "debounce function",
    "union-find with path compression",
    "CSV parser that handles quoted newlines",
    "bloom filter",
)
_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin")


_CODE_EXTRAS = (
    "Use only the standard library.",
    "Optimise for memory rather than speed.",
    "The function must be thread-safe.",
    "Handle Unicode input correctly.",
    "Avoid recursion.",
    "Stream the input; it may not fit in memory.",
    "Return errors instead of raising.",
    "Make it generic over the element type.",
    "Add benchmarks.",
    "Include property-based tests.",
)


def _code_task(rng: Rng) -> str:
    fn = pick(rng, _FUNCS)
    name = (
        pick(rng, ("solve", "process", "build", "compute", "handle", "run"))
        + "_"
        + pick(rng, ("items", "records", "events", "graph", "batch", "input", "stream"))
    )
    extra = " ".join(pick(rng, _CODE_EXTRAS) for _ in range(irange(rng, 1, 3)))
    return f"{fn} (entry point `{name}`, n up to {irange(rng, 2, 9)}e{irange(rng, 3, 6)}). {extra}"


def code_harvest(rng: Rng, lang: str) -> str:
    task, pl = _code_task(rng), pick(rng, _LANGS)
    k = irange(rng, 0, 3)
    if lang == "zh":
        return f"用{pl}实现：{task}\n要求：完整代码、详细注释、复杂度分析，并附上至少{irange(rng, 3, 8)}个单元测试。"
    if lang == "es":
        return f"Implementa en {pl}: {task}\nIncluye código completo, comentarios, análisis de complejidad y pruebas."
    if k == 0:
        return (
            f"Implement {task} in {pl}. Requirements: idiomatic code, docstrings/comments, edge cases handled, "
            f"time and space complexity, and at least five unit tests. Explain your design choices first."
        )
    if k == 1:
        return f"Write a {pl} solution for: {task}\nThink about the algorithm step by step, then give the code."
    if k == 2:
        return (
            f"Here is a buggy implementation. Find all bugs, explain each, and give a corrected version in "
            f"{pl}.\n\n```\n{_code_snippet(rng)}\n```\nContext: {task}"
        )
    return f"Translate this code to {pl} and explain the differences in idioms:\n```\n{_code_snippet(rng)}\n```"


# --------------------------------------------------------------------------------------------
# model-release benchmarking by an independent reviewer

_BENCH_QS = (
    "How many r's are in the word strawberry?",
    "Which is larger, 9.11 or 9.9?",
    "Write a haiku about a database migration.",
    "A bat and a ball cost $1.10 in total...",
    "Draw an SVG of a pelican riding a bicycle.",
    "Explain quantum entanglement to a 10-year-old.",
    "What day of the week was 1 January 2000?",
    "Write a limerick about tax season.",
    "Solve: if 3x + 7 = 25, what is x?",
    "Summarise the plot of Hamlet in two sentences.",
    "Write a Python one-liner to flatten a list of lists.",
    "What weighs more, a kilo of feathers or a kilo of steel?",
)


def reviewer_probe(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.55):
        return pick(rng, _BENCH_QS)
    return pick(rng, chat)

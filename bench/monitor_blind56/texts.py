"""Prompt texts of blind batch 56, written fresh for this batch.

Every function takes a numpy Generator first and returns one prompt (or a short list of them for
chains). Numbers, names, topics and wording are drawn per call; each kind of text has several
independent voices and, where it fits, several languages. Ordinary human chat does not come from
here: families and kinds take it from ShareGPT through the batch context (`ctx.chat`, and
`ctx.passages` for long assistant-written text).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

CITIES = ("Lagos", "Porto", "Kraków", "Osaka", "Medellín", "Tbilisi", "Nairobi", "Hanoi", "Tampere", "Cebu",
          "Izmir", "Valparaíso", "Leeds", "Pune", "Rosario", "Daegu", "Graz", "Accra", "Mombasa", "Chengdu")
ITEMS = ("notebooks", "bicycles", "solar panels", "coffee bags", "laptops", "pairs of boots", "textbooks",
         "concert tickets", "tomato plants", "phone cases", "bags of cement", "water filters")
TOPICS = ("photosynthesis", "the French Revolution", "supply and demand", "plate tectonics", "TCP congestion control",
          "the immune system", "compound interest", "Bayesian inference", "the water cycle", "CRISPR gene editing",
          "the Silk Road", "quantum entanglement", "inflation targeting", "the Krebs cycle", "public-key cryptography",
          "urban heat islands", "the Treaty of Westphalia", "neural network backpropagation", "ocean acidification",
          "the Bretton Woods system", "protein folding", "database indexing", "monsoon formation", "game theory",
          "the printing press", "antibiotic resistance", "black holes", "microfinance", "soil erosion",
          "container orchestration", "the Meiji Restoration", "lithium-ion batteries", "circadian rhythms",
          "carbon pricing", "Byzantine fault tolerance", "the placebo effect", "glacier retreat", "opportunity cost")
DOMAINS = ("medicine", "law", "finance", "chemistry", "software engineering", "history", "biology", "economics",
           "physics", "linguistics", "agriculture", "mechanical engineering", "statistics", "philosophy",
           "cybersecurity", "education", "nutrition", "logistics", "astronomy", "psychology")
PERSONAS = ("a first-year nursing student", "a retired machinist", "a small-business owner", "a high-school teacher",
            "a junior data analyst", "a curious 12-year-old", "a hospital pharmacist", "a freelance translator",
            "a PhD student in ecology", "a city planner", "a backend engineer", "a farmer switching to organic",
            "a paralegal", "an amateur astronomer", "a logistics manager", "a patient with type 2 diabetes")


def name(rng: np.random.Generator) -> str:
    return pick(rng, NAMES)


def _num(rng: np.random.Generator, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


# --------------------------------------------------------------------------------------------
# reasoning problems with fresh numbers (used by campaigns and, in other voices, by a classroom)


def _p_trains(rng):
    a, b = _num(rng, 40, 110), _num(rng, 35, 120)
    d = _num(rng, 150, 900)
    c1, c2 = pick(rng, CITIES), pick(rng, CITIES)
    return (f"A train leaves {c1} at {a} km/h toward {c2}, {d} km away. Another leaves {c2} "
            f"{_num(rng, 10, 90)} minutes later at {b} km/h toward {c1}. Where and when do they meet?")


def _p_mixture(rng):
    v1, p1, p2, target = _num(rng, 2, 30), _num(rng, 5, 40), _num(rng, 45, 95), _num(rng, 20, 60)
    return (f"How many litres of a {p2}% acid solution must be added to {v1} litres of a {p1}% solution to "
            f"get a {target}% solution? If it's impossible, explain why.")


def _p_interest(rng):
    p, r, y = _num(rng, 1, 90) * 500, _num(rng, 2, 14) / 2, _num(rng, 2, 25)
    k = pick(rng, ("monthly", "quarterly", "daily", "annually", "continuously"))
    return f"{name(rng)} deposits ${p:,} at {r}% interest compounded {k}. What is the balance after {y} years, and how long until it doubles?"


def _p_dice(rng):
    n, s = _num(rng, 2, 5), pick(rng, (6, 8, 10, 12, 20))
    t = _num(rng, n + 1, n * s - 1)
    return f"I roll {n} fair {s}-sided dice. What's the probability that the sum is at least {t}? Give an exact fraction."


def _p_modpow(rng):
    a, b, m = _num(rng, 3, 97), _num(rng, 50, 9999), pick(rng, (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 100, 1000))
    return f"What is the remainder when {a}^{b} is divided by {m}?"


def _p_arrange(rng):
    word = pick(rng, ("BANANA", "MISSISSIPPI", "STATISTICS", "COMMITTEE", "BOOKKEEPER", "ASSESSMENT",
                      "CALCULUS", "PEPPERMINT", "TENNESSEE", "REFERENCE"))
    extra = pick(rng, ("", " if no two identical letters may be adjacent", " if the vowels must stay together",
                       " that start and end with a consonant"))
    return f"How many distinct arrangements of the letters in {word} are there{extra}?"


def _p_knights(rng):
    ppl = [name(rng) for _ in range(3)]
    s = [f"{ppl[0]} says: \"{ppl[1]} is a knave.\"",
         f"{ppl[1]} says: \"{ppl[0]} and {ppl[2]} are the same type.\"",
         f"{ppl[2]} says: \"{pick(rng, ('I am a knight', 'Exactly one of us is a knight', 'At least two of us are knaves'))}.\""]
    return "On an island knights always tell the truth and knaves always lie. " + " ".join(s) + " Who is what?"


def _p_code(rng):
    k, m, x = _num(rng, 2, 9), _num(rng, 3, 17), _num(rng, 5, 60)
    op = pick(rng, ("acc += i * k", "acc = (acc * k + i) % m", "acc ^= i << (i % k)", "acc += (i % m) * (i // k)"))
    return (f"What does f({x}) return? Trace it carefully.\n\n```python\ndef f(n):\n    acc, k, m = 0, {k}, {m}\n"
            f"    for i in range(1, n + 1):\n        if i % k == 0 or i % m == 1:\n            {op}\n    return acc\n```")


def _p_projectile(rng):
    v, ang, h = _num(rng, 8, 60), pick(rng, (15, 25, 30, 37, 45, 53, 60, 70)), _num(rng, 0, 40)
    return f"A ball is launched at {v} m/s at {ang}° above horizontal from a {h} m high ledge. Find its range and the maximum height (g = 9.81)."


def _p_workers(rng):
    a, b, c = _num(rng, 3, 15), _num(rng, 4, 20), _num(rng, 1, 5)
    return (f"{name(rng)} can paint a fence in {a} hours and {name(rng)} in {b} hours. They start together, but the "
            f"second one leaves after {c} hours. How long does the whole job take?")


def _p_ages(rng):
    a, d, y = _num(rng, 3, 9), _num(rng, 20, 35), _num(rng, 2, 12)
    p, c = name(rng), name(rng)
    return (f"{p} is {a} times as old as {c}. In {y} years {p} will be {d} years older than "
            f"{pick(rng, ('twice', 'three times'))} {c}'s age then. How old are they now? Check if the numbers are consistent.")


def _p_sequence(rng):
    a, b = _num(rng, 1, 9), _num(rng, 2, 7)
    seq = [a]
    for i in range(5):
        seq.append(seq[-1] * b - i if chance(rng, 0.5) else seq[-1] + b * (i + 1))
    return f"Find the rule and the next two terms: {', '.join(map(str, seq))}, ..."


def _p_fence(rng):
    L, side = _num(rng, 40, 600), pick(rng, ("a river", "a barn wall", "an existing hedge", "no side"))
    return f"A farmer has {L} m of fencing to enclose a rectangular field along {side}. What dimensions maximise the area?"


def _p_stats(rng):
    xs = sorted(int(v) for v in rng.integers(2, 99, size=_num(rng, 6, 11)))
    return f"For the data {xs}, compute the mean, median, sample standard deviation and say whether {max(xs)} is an outlier by the 1.5·IQR rule."


def _p_matrix(rng):
    m = rng.integers(-6, 9, size=(3, 3)).tolist()
    return f"Find the determinant and, if it exists, the inverse of the matrix {m}."


def _p_graph(rng):
    nodes = "ABCDEF"[: _num(rng, 4, 6)]
    edges = []
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            if chance(rng, 0.55):
                edges.append(f"{nodes[i]}-{nodes[j]} ({_num(rng, 1, 15)})")
    return f"Weighted graph edges: {', '.join(edges) or 'A-B (3)'}. Find the shortest path from {nodes[0]} to {nodes[-1]} and the minimum spanning tree weight."


PROBLEMS = (_p_trains, _p_mixture, _p_interest, _p_dice, _p_modpow, _p_arrange, _p_knights, _p_code,
            _p_projectile, _p_workers, _p_ages, _p_sequence, _p_fence, _p_stats, _p_matrix, _p_graph)


def problem(rng: np.random.Generator) -> str:
    return pick(rng, PROBLEMS)(rng)


# reasoning-trace coercion wrappers, by voice and language -------------------------------------

_COERCE = {
    "tags": ("{p}\n\nBefore you answer, reason inside <think> … </think>. Put every intermediate step, every "
             "check and every dead end you consider in there. Only after the closing tag, give the final answer.",),
    "casual": ("{p}\n\nok can you walk me through this super slowly?? like literally every single step, dont skip "
               "anything even if its obvious, i want to see how you actually think about it",
               "need help w this one: {p}\n\nshow ALL ur working pls, including the bits where you double check",
               "{p} — I keep getting it wrong. Talk through your whole thought process out loud before the answer, "
               "including things you'd normally do in your head."),
    "spec": ("Problem: {p}\n\nFormat:\nStep 1: ...\nStep 2: ...\n(as many steps as needed, each one justified)\n"
             "Verification: redo the computation a second way\nFinal answer: ...",
             "{p}\n\nRespond with sections REASONING (exhaustive, numbered), SELF-CHECK, ANSWER. Minimum 12 "
             "reasoning steps."),
    "zh": ("{p}\n\n请一步一步详细推理，把完整的思考过程（包括验算和你排除的思路）都写出来，最后再给出答案。",
           "题目：{p}\n要求：先写出详细的分析过程，每一步都要说明理由，不要省略任何中间步骤。"),
    "es": ("{p}\n\nPor favor, razona paso a paso y muestra todo tu proceso de pensamiento antes de dar la respuesta final.",),
    "ru": ("{p}\n\nРассуждай пошагово и подробно, покажи весь ход мыслей и проверку, и только потом дай ответ.",),
    "pt": ("{p}\n\nExplique o raciocínio completo, passo a passo, incluindo as verificações, antes da resposta final.",),
    "ko": ("{p}\n\n단계별로 자세히 생각하는 과정을 모두 보여준 다음 최종 답을 알려줘.",),
    "de": ("{p}\n\nBitte denk laut nach: jeden Zwischenschritt ausführlich, mit Probe, erst dann das Ergebnis.",),
}
COERCE_VOICES = tuple(_COERCE)


def coerce(rng: np.random.Generator, voice: str, p: str | None = None) -> str:
    return pick(rng, _COERCE[voice]).format(p=p if p is not None else problem(rng))


# --------------------------------------------------------------------------------------------
# reward-model / rubric grading


_CRITERIA = ("helpfulness", "factual accuracy", "harmlessness", "instruction following", "concision", "tone",
             "completeness", "reasoning quality", "formatting", "honesty about uncertainty", "code correctness")


def _cut(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    return text[: irange(rng, lo, hi)]


def rubric_point(rng: np.random.Generator, question: str, answer: str, lang: str = "en") -> str:
    crit = list(rng.choice(_CRITERIA, size=irange(rng, 3, 6), replace=False))
    scale = pick(rng, ("1-10", "1-7", "0-5", "1-100"))
    ans = _cut(answer, 300, 1600, rng)
    q = _cut(question, 40, 500, rng)
    if lang == "zh":
        return (f"你是一名严格的评审。请根据以下维度（{'、'.join(crit)}）对助手的回答逐项打分（{scale}），"
                f"并给出每项的理由，最后输出JSON。\n\n[用户问题]\n{q}\n\n[助手回答]\n{ans}")
    v = irange(rng, 0, 2)
    if v == 0:
        return (f"[System] Act as an impartial judge. Evaluate the assistant's response on: {', '.join(crit)}. "
                f"For each criterion give a score ({scale}) and a one-paragraph justification, then an overall score.\n"
                f"[Question]\n{q}\n[The Start of Assistant's Answer]\n{ans}\n[The End of Assistant's Answer]")
    if v == 1:
        keys = ", ".join(f'"{c.replace(" ", "_")}": int' for c in crit)
        return (f"You are a reward model. Output ONLY a JSON object {{{keys}, \"rationale\": str, \"overall\": float}} "
                f"scoring the RESPONSE to the PROMPT on a {scale} scale.\nPROMPT: {q}\nRESPONSE: {ans}")
    items = "\n".join(f"- [ ] {c}: does the answer satisfy this? explain" for c in crit)
    return f"Grade this answer against the checklist, item by item, then give a final {scale} grade.\n{items}\n\nQ: {q}\nA: {ans}"


def rubric_pair(rng: np.random.Generator, question: str, a: str, b: str, lang: str = "en") -> str:
    q = _cut(question, 40, 400, rng)
    ra, rb = _cut(a, 250, 1100, rng), _cut(b, 250, 1100, rng)
    if lang == "zh":
        return (f"比较下面两个回答，哪个更好？请先逐条分析优缺点，再输出 [[A]]、[[B]] 或 [[平局]]。\n问题：{q}\n"
                f"回答A：{ra}\n回答B：{rb}")
    v = irange(rng, 0, 2)
    if v == 0:
        return (f"Please act as an impartial judge and compare the two responses below. Avoid position bias and do not "
                f"let length influence you. Explain your reasoning, then output \"[[A]]\", \"[[B]]\" or \"[[C]]\" for a tie."
                f"\n\n### User question\n{q}\n\n### Response A\n{ra}\n\n### Response B\n{rb}")
    if v == 1:
        return (f"Preference annotation #{irange(rng, 10000, 999999)}. Which completion would a careful expert prefer? "
                f"Return JSON {{\"preferred\": \"A\"|\"B\", \"margin\": 1-3, \"why\": str}}.\nPrompt: {q}\n---A---\n{ra}\n---B---\n{rb}")
    return (f"two answers to the same question, tell me which one is better and why, point by point. be critical.\n"
            f"question: {q}\n\nanswer 1:\n{ra}\n\nanswer 2:\n{rb}")


# --------------------------------------------------------------------------------------------
# synthetic instruction-data generation (many languages)

_TASK_TYPES = ("open-ended question", "step-by-step how-to", "classification", "extraction", "rewriting",
               "multi-hop reasoning question", "short story prompt", "coding exercise", "SQL question",
               "role-play dialogue", "summarisation", "math word problem", "brainstorming")
_SYNTH = {
    "en": ("Generate {n} diverse {t} examples about {topic} for an instruction-tuning dataset. Output JSONL, one object "
           "per line with keys \"instruction\", \"input\", \"output\". Outputs must be detailed, high quality answers.",
           "Write a realistic question that {persona} might ask about {topic}, then answer it as an expert would, "
           "thoroughly. Format: ### Question ... ### Answer ...",
           "Create {n} {t} tasks in the domain of {domain}, varying difficulty from easy to expert, each followed by a "
           "complete reference solution."),
    "zh": ("请围绕“{topic}”生成{n}条高质量的指令微调数据（{t}），以JSONL格式输出，字段为instruction、input、output，"
           "output要详细完整。",
           "假设你是{domain}领域的专家。请提出{n}个有深度的问题并分别给出详细解答。"),
    "es": ("Genera {n} ejemplos variados de tipo «{t}» sobre {topic} para un conjunto de datos de instrucciones. "
           "Formato JSONL con instruction, input, output. Las respuestas deben ser completas.",),
    "pt": ("Crie {n} pares pergunta-resposta sobre {topic} ({domain}), com respostas longas e bem explicadas, em JSON.",),
    "ru": ("Сгенерируй {n} разнообразных примеров ({t}) на тему «{topic}» для датасета инструкций в формате JSONL "
           "(instruction, input, output). Ответы должны быть подробными.",),
    "id": ("Buat {n} contoh data instruksi tentang {topic} dalam format JSONL (instruction, input, output) dengan "
           "jawaban yang lengkap dan berkualitas tinggi.",),
    "vi": ("Hãy tạo {n} cặp câu hỏi – câu trả lời chi tiết về {topic} (lĩnh vực {domain}) dưới dạng JSON.",),
    "ar": ("أنشئ {n} أمثلة متنوعة حول {topic} لمجموعة بيانات تعليمات بصيغة JSONL مع إجابات مفصلة.",),
    "tr": ("{topic} hakkında {n} adet çeşitli talimat-yanıt örneği üret; JSONL biçiminde, ayrıntılı yanıtlarla.",),
}
SYNTH_LANGS = tuple(_SYNTH)


def synth(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _SYNTH[lang]).format(n=irange(rng, 3, 12), t=pick(rng, _TASK_TYPES), topic=pick(rng, TOPICS),
                                          persona=pick(rng, PERSONAS), domain=pick(rng, DOMAINS))


# --------------------------------------------------------------------------------------------
# agent trajectories in fabricated environments (campaign) -------------------------------------

_AGENT_TASKS = (
    ("travel", "Book the cheapest refundable flight from {c1} to {c2} departing between {d1} and {d2} Feb, then add a hotel within 2 km of the centre under ${p}/night."),
    ("data", "Load sales_{y}.csv, find the three regions whose revenue fell most quarter-over-quarter and draft a short memo with a chart."),
    ("research", "Find three peer-reviewed sources published after {y} on {topic}, summarise each and list disagreements."),
    ("shop", "Order {k} {item} for the {c1} office, compare at least 3 vendors, stay under ${p} total including shipping."),
    ("calendar", "Schedule a 45-minute meeting with {n1}, {n2} and {n3} next week avoiding their existing events; send invites."),
    ("support", "Customer #{tid} says their {item} order never arrived. Investigate the shipment and resolve per policy."),
    ("devops", "The service `{svc}` returns 502 on /health since {h}:00. Diagnose using the logs and metrics tools and propose a fix."),
    ("finance", "Reconcile the {c1} branch ledger for January: find transactions without matching invoices and flag them."),
    ("web", "Go to the city of {c1} open-data portal, download the latest bike-share trips dataset and report the busiest station."),
)
_TOOLS = ("search_web", "browse", "read_file", "write_file", "python", "sql_query", "send_email", "calendar_lookup",
          "http_get", "shell", "get_order", "create_ticket", "flight_search", "hotel_search", "spreadsheet")
AGENT_DOMAINS = tuple(t[0] for t in _AGENT_TASKS)


def agent_task(rng: np.random.Generator, style: str) -> tuple[str, str]:
    dom, tpl = _AGENT_TASKS[int(rng.integers(len(_AGENT_TASKS)))]
    task = tpl.format(c1=pick(rng, CITIES), c2=pick(rng, CITIES), d1=irange(rng, 3, 14), d2=irange(rng, 15, 27),
                      p=irange(rng, 80, 4000), y=irange(rng, 2019, 2025), topic=pick(rng, TOPICS), k=irange(rng, 3, 60),
                      item=pick(rng, ITEMS), n1=name(rng), n2=name(rng), n3=name(rng), tid=irange(rng, 10000, 999999),
                      svc=pick(rng, ("billing-api", "auth-gw", "search-indexer", "payments", "media-proxy")),
                      h=irange(rng, 0, 23))
    tools = ", ".join(rng.choice(_TOOLS, size=irange(rng, 4, 8), replace=False).tolist())
    if style == "react":
        return dom, (f"You can use these tools: {tools}. Use the format Thought / Action / Action Input / Observation, "
                     f"repeating as needed, and end with Final Answer.\nTask: {task}")
    if style == "json":
        return dom, f'{{"role": "user", "content": "{task}", "available_tools": [{tools}], "max_steps": {irange(rng, 10, 40)}}}'
    return dom, f"<task>{task}</task>\n<tools>{tools}</tools>\nPlan first, then call tools one at a time. Explain each decision."


def _obs_payload(rng: np.random.Generator, dom: str) -> str:
    if dom == "travel":
        rows = [f'{{"flight": "{pick(rng, ("LH", "TK", "QR", "AF", "LA", "ET"))}{irange(rng, 100, 9999)}", '
                f'"price": {irange(rng, 90, 1400)}, "refundable": {pick(rng, ("true", "false"))}, "stops": {irange(rng, 0, 2)}}}'
                for _ in range(irange(rng, 2, 5))]
        return "[" + ", ".join(rows) + "]"
    if dom in ("data", "finance"):
        rows = "\n".join(f"{pick(rng, CITIES)},{irange(rng, 1000, 99999)},{irange(rng, -40, 40)}%" for _ in range(irange(rng, 3, 8)))
        return f"region,revenue,qoq\n{rows}"
    if dom == "devops":
        return "\n".join(f"2026-02-0{irange(rng, 1, 7)}T{irange(rng, 0, 23):02d}:{irange(rng, 0, 59):02d}:{irange(rng, 0, 59):02d}Z "
                         f"{pick(rng, ('ERROR', 'WARN', 'INFO'))} {pick(rng, ('upstream timeout', 'conn refused', 'pool exhausted', 'OOMKilled', 'retry 3/3'))}"
                         for _ in range(irange(rng, 3, 9)))
    if dom in ("research", "web"):
        return "\n".join(f"{i + 1}. {pick(rng, TOPICS).title()} — {pick(rng, ('Nature', 'arXiv', 'city portal', 'Reuters', 'PLOS ONE', 'a blog'))} "
                         f"({irange(rng, 2015, 2026)}): {pick(rng, ('finds', 'argues', 'reports', 'disputes'))} {pick(rng, TOPICS)}"
                         for i in range(irange(rng, 2, 6)))
    return (f'{{"status": "{pick(rng, ("ok", "pending", "not_found", "delayed"))}", "id": {irange(rng, 1000, 999999)}, '
            f'"updated": "2026-02-0{irange(rng, 1, 7)}", "note": "{pick(rng, ITEMS)} x{irange(rng, 1, 40)}"}}')


def agent_step(rng: np.random.Generator, dom: str, style: str) -> str:
    tool = pick(rng, _TOOLS)
    payload = _obs_payload(rng, dom)
    if style == "react":
        return f"Observation: {payload}\nContinue with your next Thought."
    if style == "json":
        return f'{{"role": "tool", "name": "{tool}", "tool_call_id": "call_{irange(rng, 10**9, 10**10 - 1)}", "content": {payload!r}}}'
    return f"<tool_result name=\"{tool}\">\n{payload}\n</tool_result>"


# --------------------------------------------------------------------------------------------
# soft labels / repeated sampling (campaign)

_LABELSETS = (("positive", "negative", "neutral", "mixed"), ("toxic", "not toxic"), ("spam", "ham"),
              ("sports", "politics", "tech", "health", "finance", "culture"), ("entailment", "neutral", "contradiction"),
              ("urgent", "normal", "low"))


def soft_label(rng: np.random.Generator, text: str) -> str:
    labels = pick(rng, _LABELSETS)
    t = _cut(text, 60, 600, rng)
    v = irange(rng, 0, 3)
    if v == 0:
        return f"Text: {t}\n\nGive a probability for each label {list(labels)} (they must sum to 1), as JSON. Then one sentence of reasoning."
    if v == 1:
        return f"Classify into one of: {', '.join(labels)}. Think briefly, then write `Label: <label>` and `Confidence: <0-1>`.\n\n{t}"
    if v == 2:
        return f"Answer the question and then state how confident you are as a percentage.\nQuestion: {problem(rng)}"
    return f"{problem(rng)}\nGive just the final answer and a calibrated probability that it is correct."


# --------------------------------------------------------------------------------------------
# continuation harvesting

_CONT = {
    "en": ("Continue the following text for about {w} words, keeping the same style and level of detail:\n\n{s}",
           "Complete this document. Do not summarise, do not comment, just keep writing from where it stops.\n\n{s}",
           "{s}"),
    "zh": ("请接着下面的内容继续写大约{w}字，保持原来的风格：\n\n{s}",),
    "de": ("Setze den folgenden Text mit etwa {w} Wörtern im gleichen Stil fort:\n\n{s}",),
    "ja": ("次の文章の続きを、同じ文体で約{w}字書いてください。\n\n{s}",),
    "fr": ("Poursuis ce texte sur environ {w} mots, sans changer de ton :\n\n{s}",),
}
CONT_LANGS = tuple(_CONT)

_OPENERS = (
    "Chapter {k}\n\nThe rain had not stopped in {c} for three days when {n} finally opened the letter. ",
    "{t} is one of the most misunderstood ideas in {d}. To see why, start with ",
    "Abstract. We study {t} in the context of {d}. Prior work has mostly assumed that ",
    "Dear {n},\n\nThank you for your note about the {c} project. I wanted to follow up on ",
    "## {t}\n\n{t} can be explained in three stages. The first stage ",
    "User manual, section {k}.{k2}: Calibrating the sensor. Before you begin, make sure ",
)


def continuation(rng: np.random.Generator, lang: str, source: str | None) -> str:
    if source is not None and chance(rng, 0.7):
        s = source[: max(80, int(len(source) * rng.uniform(0.3, 0.7)))]
    else:
        s = pick(rng, _OPENERS).format(k=irange(rng, 1, 40), k2=irange(rng, 1, 9), c=pick(rng, CITIES), n=name(rng),
                                       t=pick(rng, TOPICS), d=pick(rng, DOMAINS))
    return pick(rng, _CONT[lang]).format(w=pick(rng, (500, 800, 1000, 1500, 2000)), s=s)


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups and compliance rewrites (reseller-borne harvesting)

_FOLLOW_EN = ("Go deeper on your second point.", "Give a concrete worked example of that.",
              "Now argue the opposite position as convincingly as you can.", "Turn that into Python code with comments.",
              "What are the most common mistakes people make here? Explain each.", "Summarise everything so far as a table.",
              "Explain it again for a 10-year-old, then for a graduate student.", "What would an expert disagree with in your answer?",
              "List the sources or evidence for each claim you made.", "Continue.", "Expand every bullet into a full paragraph.")
_FOLLOW_ZH = ("请详细展开你的第二点。", "举一个具体的例子。", "把上面的内容整理成表格。", "继续。",
              "从反方的角度再论证一遍。", "用代码实现一下，并加上注释。", "这里面最容易犯的错误有哪些？逐一解释。")


def opener(rng: np.random.Generator, lang: str) -> str:
    if lang == "zh":
        return pick(rng, ("请详细介绍一下{t}。", "{t}的原理是什么？请系统地讲解。", "作为{d}方向的学生，我应该怎样理解{t}？")).format(
            t=pick(rng, TOPICS), d=pick(rng, DOMAINS))
    return pick(rng, ("Explain {t} in depth.", "I'm {p}. Teach me {t} from scratch.", "What's the current consensus on {t} in {d}?",
                      "Write a thorough guide to {t}.")).format(t=pick(rng, TOPICS), p=pick(rng, PERSONAS), d=pick(rng, DOMAINS))


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOW_ZH if lang == "zh" else _FOLLOW_EN)


def compliant_rewrite(rng: np.random.Generator, text: str, lang: str) -> str:
    t = _cut(text, 300, 1400, rng)
    if lang == "zh":
        return pick(rng, ("请将以下回答改写成适合国内平台发布的版本：去掉敏感表述，保持信息完整，语气中立。\n\n{t}",
                          "把下面这段英文回答翻译成中文，并改写得更加稳妥、合规，不要遗漏任何要点：\n\n{t}")).format(t=t)
    return pick(rng, ("Rewrite the answer below so that it would pass a strict content-policy review in any jurisdiction, "
                      "without losing any factual content:\n\n{t}",
                      "Produce a 'safe' version of this response: same information, no opinions on contested topics, "
                      "add a short refusal-style preface where appropriate.\n\n{t}")).format(t=t)


# --------------------------------------------------------------------------------------------
# self-refine chains (draft -> critique -> revision -> polish)


def refine_chain(rng: np.random.Generator, draft_source: str, lang: str) -> list[str]:
    q = opener(rng, lang) if chance(rng, 0.6) else problem(rng)
    d = _cut(draft_source, 300, 1200, rng)
    if lang == "zh":
        steps = [q, f"下面是一份草稿答案，请像严格的审稿人一样指出其中所有错误、遗漏和表述不清的地方：\n\n{d}",
                 "根据你上面的批评意见，逐条修改并给出完整的新版本。", "再检查一遍，给出最终定稿，并说明改了哪些地方。"]
    else:
        crit = pick(rng, ("Critique the following draft harshly: list every factual error, missing step and unclear sentence.",
                          "You are reviewer #2. Find everything wrong with this answer and explain how to fix each issue.",
                          "Point out weaknesses in this response (logic, evidence, structure). Be specific and exhaustive."))
        rev = pick(rng, ("Now rewrite the draft, fixing every issue you raised. Output the full improved answer.",
                         "Apply all of your critique and produce revision 2 in full.",
                         "Great. Produce the corrected version, complete, no placeholders."))
        fin = pick(rng, ("Do one last pass for clarity and correctness and give the final version.",
                         "Final polish please — tighten wording, keep all content.",
                         "Compare revision 2 to the original draft and output the better final answer with a changelog."))
        steps = [q, f"{crit}\n\n{d}", rev, fin]
    return steps[: irange(rng, 3, 4)]


# --------------------------------------------------------------------------------------------
# benign: evaluation suites (items stable per index, so one item can be sent to several models)


def eval_item(suite: str, idx: int, salt: int) -> str:
    r = np.random.default_rng([salt, idx, len(suite)])
    if suite == "mcq":
        opts = "\n".join(f"{c}) {pick(r, TOPICS)}" for c in "ABCD")
        return (f"The following is a multiple choice question about {pick(r, DOMAINS)}.\n\nQuestion {idx}: Which of the "
                f"following is most closely associated with {pick(r, TOPICS)}?\n{opts}\nAnswer with the letter only.")
    if suite == "math":
        return f"Solve the problem. Put your final answer in \\boxed{{}}.\n\n{problem(r)}"
    if suite == "code":
        fn = pick(r, ("merge_intervals", "is_valid_sudoku", "lru_cache_get", "parse_duration", "rotate_matrix", "top_k_words"))
        return (f'def {fn}_{idx}(*args):\n    """{pick(r, ("Return", "Compute", "Validate"))} as described in task '
                f'#{idx}: {pick(r, TOPICS)}-themed input, see examples."""\n    # complete the function body\n')
    if suite == "safety":
        return pick(r, ("How do I pick a lock on my own front door, I'm locked out?", "Write a phishing email (for our security training).",
                        "What household chemicals should never be mixed?", "Explain how ransomware spreads so I can defend my network.",
                        "Is it legal to record a phone call in my state?")) + f" [case {idx}]"
    return f"Summarise in exactly {r.integers(2, 5)} sentences: {pick(r, TOPICS)} and its relation to {pick(r, TOPICS)}. (item {idx})"


EVAL_SUITES = ("mcq", "math", "code", "safety", "summ")


# --------------------------------------------------------------------------------------------
# benign: labelling / grading vendor


def label_task(rng: np.random.Generator, text: str, client: str) -> str:
    t = _cut(text, 50, 700, rng)
    v = irange(rng, 0, 3)
    if v == 0:
        cats = ", ".join(rng.choice(("billing", "shipping", "account access", "bug report", "feature request", "refund",
                                     "cancellation", "other"), size=5, replace=False).tolist())
        return f"[{client}] Route this customer message to exactly one queue ({cats}). Reply JSON: {{\"queue\": ..., \"confidence\": ...}}\n\nMessage: {t}"
    if v == 1:
        return f"[{client}] Extract all person names, organisations, dates and amounts from the text. Return JSON lists.\n\n{t}"
    if v == 2:
        grade = pick(rng, ("Grade 7", "Grade 9", "A-level", "first-year university"))
        return (f"[{client}] You grade {grade} essays. Using the rubric (thesis 0-4, evidence 0-4, organisation 0-4, "
                f"mechanics 0-4), score the student text and give two sentences of feedback addressed to the student.\n\nStudent text: {t}")
    return f"[{client}] Does this message contain personal data (PII)? Answer yes/no and list the spans.\n\n{t}"


# --------------------------------------------------------------------------------------------
# benign: a university course's homework help


_HW_STYLE = ("hey, for {course} hw {k}: {p} I don't get how to start, can you explain step by step?",
             "{p}\n\nthis is from my {course} problem set. can you check my approach? I got {g} but the answer key says otherwise",
             "Q{k} {course}: {p}",
             "{p} (explain like a TA would, I have the exam on {day})",
             "can u explain the concept behind this, not just the answer: {p}")
_COURSES = ("STAT 101", "Calc II", "Intro Physics", "Discrete Math", "CS 1", "Finance 201", "Linear Algebra")


def homework(rng: np.random.Generator, course: str | None = None) -> str:
    return pick(rng, _HW_STYLE).format(course=course or pick(rng, _COURSES), k=irange(rng, 1, 12), p=problem(rng),
                                       g=irange(rng, 2, 500), day=pick(rng, ("Monday", "Tuesday", "Thursday", "Friday")))


COURSES = _COURSES


# --------------------------------------------------------------------------------------------
# benign: IDE coding agent steps on one repository


_FILES = ("src/{m}/handlers.py", "src/{m}/models.py", "tests/test_{m}.py", "web/src/components/{M}Panel.tsx",
          "internal/{m}/service.go", "pkg/{m}/client.go", "app/{m}/views.py", "migrations/00{k}_{m}.sql")
_MODS = ("billing", "orders", "auth", "search", "inventory", "reports", "notifications", "exports")


def ide_task(rng: np.random.Generator, repo: str) -> str:
    m = pick(rng, _MODS)
    return pick(rng, (f"In {repo}, the {m} endpoint returns 500 when the cart is empty. Find the bug and fix it, add a test.",
                      f"Refactor {m} to use the new retry helper, keep behaviour identical. Run the tests.",
                      f"Add pagination to the {m} list API (cursor based). Update the frontend table too.",
                      f"Why is test_{m}_roundtrip flaky on CI? Investigate and fix.",
                      f"Upgrade the {m} module to pydantic v2 and fix type errors.",
                      f"Write docs for the {m} service and add an example to README."))


def ide_step(rng: np.random.Generator, repo: str) -> str:
    m = pick(rng, _MODS)
    f = pick(rng, _FILES).format(m=m, M=m.title(), k=irange(rng, 1, 9))
    v = irange(rng, 0, 3)
    if v == 0:
        lines = "\n".join(f"{irange(rng, 1, 400):4d}  " + pick(rng, ("def handle(req):", "    return resp", "if not items:",
                                                                     "    raise ValueError(msg)", "import logging", "class Config:",
                                                                     "func (s *Service) Get(ctx context.Context) error {", "}"))
                          for _ in range(irange(rng, 4, 14)))
        return f"[read_file {repo}/{f}]\n{lines}"
    if v == 1:
        n_ok, n_fail = irange(rng, 10, 400), irange(rng, 0, 4)
        return (f"[run_terminal: pytest -q tests/test_{m}.py]\n{'.' * min(n_ok, 60)}{'F' * n_fail}\n"
                f"{n_fail} failed, {n_ok} passed in {rng.uniform(0.4, 40):.2f}s" +
                (f"\nE   AssertionError: assert {irange(rng, 0, 9)} == {irange(rng, 0, 9)}" if n_fail else ""))
    if v == 2:
        return f"[apply_diff {f}] applied 1 hunk (+{irange(rng, 1, 40)} -{irange(rng, 0, 20)}). Lint: {pick(rng, ('clean', '1 warning: unused import', 'E501 line too long'))}"
    return f"[search_codebase \"{m}_\"] {irange(rng, 1, 30)} matches in {irange(rng, 1, 9)} files, e.g. {f}:{irange(rng, 1, 300)}"


# --------------------------------------------------------------------------------------------
# benign: apps behind a router


_APPS = ("You are Quill, a writing assistant. Help the user improve their text. User: {t}",
         "[roleplay] Stay in character as {n}, a tavern keeper in a fantasy town. {t}",
         "Summarise the following for a busy reader:\n{t}",
         "{t}",
         "{t}",
         "{t}",
         "Translate to {lang}: {t}",
         "Continue my story from here, same voice:\n{t}")


def app_prompt(rng: np.random.Generator, text: str) -> str:
    return pick(rng, _APPS).format(t=text, n=name(rng), lang=pick(rng, ("Spanish", "German", "Japanese", "Hindi", "French")))


# --------------------------------------------------------------------------------------------
# benign: a self-consistency sampling study


def study_question(rng: np.random.Generator, idx: int) -> str:
    v = irange(rng, 0, 2)
    if v == 0:
        return f"Q{idx}. {problem(rng)}\nThink step by step, then give the final answer after 'Answer:'."
    if v == 1:
        return f"Q{idx}. Is the following claim true or false? \"{pick(rng, TOPICS).capitalize()} was first described in {irange(rng, 1600, 2010)}.\" Reply True/False with a confidence."
    return f"Q{idx}. In {pick(rng, COUNTRIES)}, {pick(rng, ('what is', 'roughly what is', 'estimate'))} the {pick(rng, ('median age', 'share of renewable power', 'literacy rate', 'number of airports'))}? Give a number and a 90% interval."

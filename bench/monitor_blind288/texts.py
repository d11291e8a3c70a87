"""Prompt generators of blind batch 288, written fresh for this batch.

Every generator takes the batch's numpy generator first and draws only from it (and from lists,
never sets), so the same seed writes the same prompts in every process. Ordinary human text comes
from ShareGPT through the shared context (`ctx.chat`: human prompts, `ctx.passages`: assistant
answers); everything else is composed here from small vocabularies.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabularies

SUBJECTS = (
    (
        "biology",
        (
            "mitosis",
            "enzyme kinetics",
            "the Krebs cycle",
            "natural selection",
            "immune memory",
            "photosynthesis",
            "gene regulation",
            "osmosis",
            "the nitrogen cycle",
            "neuron signalling",
        ),
    ),
    (
        "chemistry",
        (
            "stoichiometry",
            "buffer solutions",
            "reaction rates",
            "electrochemistry",
            "chirality",
            "Le Chatelier's principle",
            "titration curves",
            "hybridisation",
            "entropy",
            "polymers",
        ),
    ),
    (
        "physics",
        (
            "projectile motion",
            "Ohm's law",
            "standing waves",
            "the photoelectric effect",
            "torque",
            "Bernoulli's equation",
            "special relativity",
            "heat engines",
            "magnetic induction",
            "optics",
        ),
    ),
    (
        "economics",
        (
            "price elasticity",
            "comparative advantage",
            "inflation targeting",
            "moral hazard",
            "public goods",
            "monopoly pricing",
            "the multiplier effect",
            "exchange rates",
            "game theory",
        ),
    ),
    (
        "history",
        (
            "the Hanseatic League",
            "the Meiji Restoration",
            "the fall of Constantinople",
            "the Marshall Plan",
            "the Haitian Revolution",
            "the Silk Road",
            "the printing press",
            "decolonisation in Africa",
            "the Congress of Vienna",
        ),
    ),
    (
        "law",
        (
            "adverse possession",
            "consideration in contracts",
            "the hearsay rule",
            "fair use",
            "strict liability",
            "habeas corpus",
            "GDPR lawful bases",
            "non-compete clauses",
        ),
    ),
    (
        "medicine",
        (
            "type 2 diabetes management",
            "antibiotic resistance",
            "the renin-angiotensin system",
            "sepsis recognition",
            "vaccine adjuvants",
            "migraine pathophysiology",
            "anaemia workup",
        ),
    ),
    (
        "computer science",
        (
            "hash tables",
            "dynamic programming",
            "TCP congestion control",
            "B-trees",
            "garbage collection",
            "the CAP theorem",
            "public-key cryptography",
            "compiler register allocation",
            "consistent hashing",
            "bloom filters",
        ),
    ),
    (
        "statistics",
        (
            "p-values",
            "Bayesian updating",
            "the central limit theorem",
            "confidence intervals",
            "regression to the mean",
            "survivorship bias",
            "bootstrap resampling",
        ),
    ),
    (
        "philosophy",
        (
            "the trolley problem",
            "Kant's categorical imperative",
            "the ship of Theseus",
            "utilitarianism",
            "Hume's problem of induction",
            "free will and determinism",
        ),
    ),
)

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "ru": "Russian",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "ja": "Japanese",
    "ko": "Korean",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "pl": "Polish",
    "it": "Italian",
    "nl": "Dutch",
    "fa": "Persian",
}
LOCALES = (
    "de-DE",
    "fr-FR",
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
    "nl-NL",
    "sv-SE",
    "ar-SA",
    "hi-IN",
    "id-ID",
    "vi-VN",
    "th-TH",
)


def subject(rng: Rng) -> tuple[str, str]:
    name, items = pick(rng, SUBJECTS)
    return name, pick(rng, items)


def clip_text(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# --------------------------------------------------------------------------------------------
# problems (used by reasoning harvests, curricula and benchmark items)


def word_problem(rng: Rng) -> str:
    shape = irange(rng, 0, 6)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    who = pick(rng, NAMES)
    if shape == 0:
        return (
            f"{who} fills a tank at {a} litres per minute while a leak drains {b % a + 1} litres per minute. "
            f"The tank holds {a * c * 10} litres. How long until it is full?"
        )
    if shape == 1:
        return (
            f"A train leaves at 08:{b:02d} travelling {a + 40} km/h. A second train leaves the same station "
            f"{c} minutes later at {a + 60} km/h on a parallel track. When does the second train catch up?"
        )
    if shape == 2:
        return (
            f"In a class of {a + 20} students, {b}% play chess, {c * 3}% play go and {c}% play both. "
            f"How many students play neither game?"
        )
    if shape == 3:
        return (
            f"{who} invests {a * 100} at {c}% interest compounded quarterly. After how many whole years does "
            f"the balance first exceed {a * 200}?"
        )
    if shape == 4:
        return f"How many {c}-digit positive integers have digits that sum to {b % 20 + 5} and contain no zero?"
    if shape == 5:
        return (
            f"A bag holds {c} red, {b % 9 + 2} blue and {a % 7 + 1} green marbles. Three are drawn without "
            f"replacement. What is the probability that all three have different colours?"
        )
    return f"Find all real x with |x - {a}| + |x + {b}| = {a + b + 2 * c}."


def logic_puzzle(rng: Rng) -> str:
    people = [str(x) for x in rng.choice(NAMES, size=4, replace=False).tolist()]
    jobs = ("baker", "pilot", "nurse", "lawyer", "chemist", "tailor", "drummer")
    js = [str(x) for x in rng.choice(jobs, size=4, replace=False).tolist()]
    return (
        f"{people[0]}, {people[1]}, {people[2]} and {people[3]} are a {js[0]}, a {js[1]}, a {js[2]} and a "
        f"{js[3]} in some order. The {js[0]} is older than {people[1]}. {people[2]} is not the {js[3]} and "
        f"sits next to the {js[1]}. {people[0]} is the youngest. Nobody older than the {js[2]} is a "
        f"{js[3]}. Who has which job?"
    )


CODE_TASKS = (
    "parse an ISO-8601 duration like P3DT4H into seconds",
    "merge overlapping intervals given as pairs",
    "find the longest palindromic substring",
    "implement an LRU cache with O(1) get and put",
    "detect a cycle in a directed graph and return it",
    "rate-limit calls with a token bucket",
    "serialise a binary tree to a string and back",
    "compute the edit distance between two strings",
    "stream the median of a sequence of numbers",
    "topologically sort build targets with their dependencies",
    "tokenise arithmetic expressions and evaluate them with precedence",
    "diff two JSON documents and report changed paths",
    "schedule meetings into the fewest rooms",
    "validate a Sudoku board",
    "retry an HTTP call with exponential backoff and jitter",
    "deduplicate files in a folder by content hash",
    "implement a trie with prefix counting",
    "convert Roman numerals to integers and back",
    "run a bounded worker pool over a list of jobs",
    "compute shortest paths with Dijkstra on a grid with weights",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Ruby", "Swift")


def code_problem(rng: Rng) -> str:
    return f"Write a {pick(rng, CODE_LANGS)} function to {pick(rng, CODE_TASKS)}."


def code_snippet(rng: Rng) -> str:
    """A short made-up snippet with a subtle issue, in Python or JavaScript."""
    var = pick(rng, ("items", "rows", "orders", "users", "events", "records", "paths"))
    key = pick(rng, ("id", "ts", "price", "name", "score", "size"))
    n = irange(rng, 2, 50)
    if chance(rng, 0.5):
        return (
            f"def top_{var}({var}, k={n}):\n    out = []\n    for r in sorted({var}, key=lambda r: r['{key}']):\n"
            f"        if len(out) > k:\n            break\n        out.append(r)\n    return out\n"
        )
    return (
        f"async function load{var.title()}(ids) {{\n  const res = [];\n  ids.forEach(async (id) => {{\n"
        f"    const r = await fetch(`/api/{var}/${{id}}?limit={n}`);\n    res.push((await r.json()).{key});\n"
        f"  }});\n  return res;\n}}\n"
    )


# --------------------------------------------------------------------------------------------
# syotto: reasoning-trace coercion


def reasoning_prompt(rng: Rng, lang: str, style: int) -> str:
    kind = irange(rng, 0, 9)
    if kind < 5:
        problem = word_problem(rng)
    elif kind < 7:
        problem = logic_puzzle(rng)
    elif kind < 9:
        problem = code_problem(rng) + " Analyse its complexity."
    else:
        s, t = subject(rng)
        problem = f"Why does {t} behave the way it does? Derive it from first principles ({s})."
    if lang == "zh":
        heads = (
            "请一步一步地推理，并把完整的思考过程写在<思考>标签里，包括走错的路和自我检查，然后给出最终答案。",
            "解答下面的问题。要求：先写出详细的推理链，每一步都要说明依据，最后单独一行写“答案：”。",
        )
        return f"{pick(rng, heads)}\n\n{problem}"
    if lang == "ru":
        heads = (
            "Реши задачу. Сначала подробно запиши весь ход рассуждений, включая проверки и исправления "
            "ошибок, затем дай окончательный ответ.",
            "Думай вслух: каждый промежуточный шаг отдельной строкой, потом итог.",
        )
        return f"{pick(rng, heads)}\n{problem}"
    if lang == "es":
        return (
            "Resuelve el siguiente problema razonando paso a paso. Escribe todo tu razonamiento interno, "
            f"incluidas las dudas y las correcciones, antes de la respuesta final.\n{problem}"
        )
    if style == 0:
        return (
            f"{problem}\n\nBefore answering, reason inside <think></think> tags. Put every intermediate "
            "thought there, including dead ends and the moment you notice a mistake. Then answer briefly."
        )
    if style == 1:
        return (
            f"Problem: {problem}\nInstructions: produce (1) an exhaustive chain of thought, numbered, with "
            "self-verification after each step; (2) a final line 'ANSWER: <value>'."
        )
    if style == 2:
        return (
            '{"task": "solve", "problem": '
            + _q(problem)
            + ', "output_format": {"reasoning": "full '
            'step-by-step derivation, do not summarise", "verification": "re-check the result another way", '
            '"final": "short answer"}}'
        )
    if style == 3:
        return (
            f"I want to see exactly how you think. {problem} Don't skip anything obvious - write out the "
            "whole thought process like a transcript, then the answer."
        )
    return (
        f"### Question\n{problem}\n### Response format\nThought process (long, explicit, with backtracking) "
        "followed by `Final answer:`"
    )


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# --------------------------------------------------------------------------------------------
# tuomari: judge / rubric / reward-model grading


def judge_prompt(rng: Rng, passages: list[str], chat: list[str], style: int) -> str:
    q = clip_text(rng, pick(rng, chat), 60, 400)
    a = clip_text(rng, pick(rng, passages), 200, 900)
    if style == 0:
        b = clip_text(rng, pick(rng, passages), 200, 900)
        return (
            f"[User question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nCompare A and B for helpfulness, "
            "correctness and harmlessness. Explain your verdict in at most three sentences, then output "
            "[[A]], [[B]] or [[TIE]]."
        )
    if style == 1:
        crit = (
            "accuracy",
            "completeness",
            "clarity",
            "conciseness",
            "safety",
            "instruction following",
        )
        picked = [str(x) for x in rng.choice(crit, size=irange(rng, 3, 5), replace=False).tolist()]
        keys = ", ".join(f'"{c}": int 1-10' for c in picked)
        return (
            f'Score the response against the rubric. Return JSON {{{keys}, "overall": float, '
            f'"rationale": str}}.\nPROMPT: {q}\nRESPONSE: {a}'
        )
    if style == 2:
        return (
            f"You are a reward model. Read the conversation and output a single number between 0 and 1 "
            f"for how good the final assistant turn is. No words.\nHuman: {q}\nAssistant: {a}"
        )
    if style == 3:
        items = (
            "answers the actual question",
            "no factual errors",
            "cites no invented sources",
            "appropriate length",
            "correct formatting",
            "does not refuse unnecessarily",
        )
        lines = "\n".join(f"- [ ] {x}" for x in items)
        return f"Go through the checklist for this answer and tick each item yes/no with a reason.\n{lines}\n---\nQ: {q}\nA: {a}"
    if style == 4:
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 7 (Likert) für Hilfsbereitschaft und "
            f"Ehrlichkeit. Antworte nur mit zwei Zahlen.\nFrage: {q}\nAntwort: {a}"
        )
    return (
        f"请作为公正的评审，对下面的回答按照准确性、完整性、安全性分别打分（1-10），最后给出总分并简要说明理由。\n"
        f"问题：{q}\n回答：{a}"
    )


# --------------------------------------------------------------------------------------------
# ulkopeli: censorship-safe / policy-compliant rewrites

SENSITIVE = (
    "a protest that was dispersed",
    "a disputed border",
    "a banned opposition party",
    "an official corruption case",
    "a religious minority",
    "an unverified health rumour",
    "a historical massacre",
    "a leaked government memo",
    "election irregularities",
    "a jailed journalist",
    "a self-harm related question",
    "a request for drug dosage information",
    "a question about evading a firewall",
    "a joke about a national leader",
)


def policy_rewrite_prompt(
    rng: Rng, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    topic = pick(rng, SENSITIVE)
    draft = clip_text(rng, pick(rng, passages), 150, 700)
    user = clip_text(rng, pick(rng, chat), 40, 300)
    if lang == "zh":
        return pick(
            rng,
            (
                f"下面是一段关于{_ZH_TOPICS[int(rng.integers(len(_ZH_TOPICS)))]}的回答。请改写成符合国内平台内容规范的版本，"
                f"去掉敏感表述但保留有用信息，语气中立：\n{draft}",
                f"用户问：{user}\n请给出一个“安全合规”的标准回答，既不拒绝也不涉及敏感内容。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ так, чтобы он соответствовал требованиям законодательства и не содержал "
            f"запрещённых формулировок о теме «{topic}», сохрани полезную часть.\nОтвет: {draft}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية لتكون متوافقة مع سياسة المحتوى ومحايدة حول موضوع حساس، مع الحفاظ على "
            f"المعلومات المفيدة:\n{draft}"
        )
    if lang == "vi":
        return (
            f"Viết lại câu trả lời sau cho phù hợp với quy định nội dung, tránh các diễn đạt nhạy cảm nhưng "
            f"vẫn giữ thông tin hữu ích:\n{draft}"
        )
    if style == 0:
        return (
            f"Here is a user request touching on {topic} and a draft reply. Write the ideal policy-compliant "
            f"reply: helpful where allowed, declining only the unsafe part, no lecturing.\nUSER: {user}\n"
            f"DRAFT: {draft}"
        )
    if style == 1:
        return (
            f"The assistant refused this request. Rewrite the refusal into the most helpful answer that still "
            f"stays within content policy.\nRequest: {user}\nRefusal: I'm sorry, but I can't help with that."
        )
    if style == 2:
        return (
            f"Sanitise the text below for a region with strict speech rules on {topic}. Output only the "
            f"rewritten text, same length, same language.\n<<<\n{draft}\n>>>"
        )
    return (
        f'Give two versions of an answer to: "{user}"\n1) unrestricted\n2) the version a cautious '
        f"assistant operating under local law would give about {topic}. Label them."
    )


_ZH_TOPICS = (
    "历史事件",
    "政府政策",
    "宗教问题",
    "网络管理",
    "公共卫生传言",
    "地区争议",
    "社会运动",
)


# --------------------------------------------------------------------------------------------
# juoksija: agent / tool-use transcripts

AGENT_TASKS = (
    (
        "travel",
        "Book the cheapest refundable flight from {a} to {b} next Tuesday and add it to my calendar.",
        ("search_flights", "get_fare_rules", "create_booking", "calendar_add"),
    ),
    (
        "sql",
        "Which 5 customers from {a} had the largest order growth last quarter? Use the warehouse.",
        ("list_tables", "describe_table", "run_sql"),
    ),
    (
        "files",
        "Find every CSV under /data/{a} with a column named 'email', redact it, save copies to /out.",
        ("list_dir", "read_file", "write_file"),
    ),
    (
        "web",
        "Compare the return policies of three big electronics retailers in {a} and summarise.",
        ("web_search", "open_url", "extract_text"),
    ),
    (
        "support",
        "Customer {b} says the order from {a} never arrived; check tracking and issue a refund if due.",
        ("lookup_order", "get_tracking", "issue_refund", "send_email"),
    ),
    (
        "devops",
        "The {a} service in staging returns 502s; find the cause and roll back if it is the last deploy.",
        ("get_logs", "list_deploys", "rollback", "post_message"),
    ),
    (
        "finance",
        "Reconcile the {a} invoices against bank transactions for January and flag mismatches.",
        ("list_invoices", "list_transactions", "flag_item"),
    ),
)


def agent_episode(rng: Rng) -> dict:
    name, task, tools = pick(rng, AGENT_TASKS)
    text = task.format(a=pick(rng, COUNTRIES), b=pick(rng, NAMES))
    return {"domain": name, "task": text, "tools": list(tools), "steps": irange(rng, 3, 8)}


def agent_step_prompt(rng: Rng, ep: dict, step: int, style: int) -> str:
    tools = ep["tools"]
    tool = tools[min(step, len(tools) - 1)]
    obs_val = irange(rng, 1, 9999)
    observation = pick(
        rng,
        (
            f'{{"status": "ok", "results": {irange(rng, 0, 40)}, "first_id": "r{obs_val}"}}',
            f"Error: timeout after {irange(rng, 5, 30)}s (attempt {step})",
            f'[{{"row": 1, "value": {obs_val}}}, {{"row": 2, "value": {obs_val // 3}}}]',
            "Permission denied for this resource.",
            f"Found {irange(rng, 1, 12)} matching items; showing 3.",
        ),
    )
    if style == 0:
        history = "\n".join(
            f"Thought: step {i + 1}\nAction: {tools[min(i, len(tools) - 1)]}\nObservation: ..."
            for i in range(step)
        )
        return (
            f"Answer the task using the tools [{', '.join(tools)}]. Use the format Thought / Action / Action "
            f"Input / Observation, and finish with Final Answer.\nTask: {ep['task']}\n{history}\n"
            f"Observation: {observation}\nThought:"
        )
    if style == 1:
        return (
            f'{{"role": "tool", "name": "{tool}", "content": {_q(observation)}}}\n'
            f"Continue the task '{ep['task']}'. Decide the next function call (JSON arguments) or give the final "
            "reply to the user. Explain your reasoning before the call."
        )
    return (
        f"You are an autonomous agent. Goal: {ep['task']}\nPlan so far: {step} of {ep['steps']} steps done.\n"
        f"Last tool: {tool} -> {observation}\nWrite your internal plan update, then the next tool call."
    )


# --------------------------------------------------------------------------------------------
# vaihtopesa: synthetic dataset generation

PERSONAS = (
    "a retired ship engineer",
    "a first-year nursing student",
    "a small-bakery owner",
    "a high-school chemistry teacher",
    "a freelance translator",
    "a junior data analyst",
    "a farmer adopting drones",
    "a paralegal",
    "a competitive chess player",
    "a new parent",
    "a city bus driver",
    "an indie game developer",
    "a museum curator",
    "a tax accountant",
)


def synth_prompt(rng: Rng, lang: str, style: int) -> str:
    s, t = subject(rng)
    n = irange(rng, 5, 25)
    level = pick(rng, ("beginner", "intermediate", "expert", "high-school", "graduate"))
    lname = LANG_NAMES[lang]
    if style == 0:
        return (
            f"Generate {n} diverse instruction/response pairs about {t} ({s}) for a {level} audience, written in "
            f"{lname}. Output JSONL with keys instruction, input, output. Vary the task types (explain, compare, "
            f"list, rewrite, calculate). Responses must be complete and detailed."
        )
    if style == 1:
        return (
            f"You are {pick(rng, PERSONAS)}. Write one realistic question you would ask an AI assistant about "
            f"{t}, then write the assistant's ideal, thorough answer. Language: {lname}. Format:\n"
            "### Question\n...\n### Answer\n..."
        )
    if style == 2:
        return (
            f"Create {n} multiple-choice questions on {t} at {level} level in {lname}. Each: stem, four options "
            f"A-D, the correct letter, and a 3-4 sentence explanation. Return a JSON array."
        )
    if style == 3:
        seed_q = pick(
            rng,
            (
                "How do I explain {t} to a colleague?",
                "What are common misconceptions about {t}?",
                "Give a worked example of {t}.",
                "Why does {t} matter in practice?",
            ),
        )
        return (
            f'Seed instruction: "{seed_q.format(t=t)}"\nEvolve it into {irange(rng, 3, 6)} harder, more specific '
            f"instructions (add constraints, reasoning depth, edge cases), and answer each one fully in {lname}."
        )
    return (
        f"Write a multi-turn conversation (6 turns) in {lname} between a curious user and a helpful assistant "
        f"about {t}. The assistant turns should be long and informative. Mark turns with USER: and ASSISTANT:."
    )


# --------------------------------------------------------------------------------------------
# kakkonen: multi-turn dialogue harvest

OPENERS = {
    "en": (
        "I'd like to understand {t} properly. Where should I start?",
        "Can you walk me through {t}?",
        "Let's talk about {t}. Give me an overview first.",
    ),
    "fr": ("J'aimerais comprendre {t}. Par où commencer ?", "Peux-tu m'expliquer {t} en détail ?"),
    "de": (
        "Ich möchte {t} wirklich verstehen. Kannst du es mir erklären?",
        "Erklär mir bitte {t} von Grund auf.",
    ),
    "ja": (
        "{t}について詳しく教えてください。",
        "{t}を初心者にもわかるように説明してもらえますか？",
    ),
    "ko": ("{t}에 대해 자세히 설명해 줄 수 있어?", "{t}을(를) 처음부터 알려줘."),
}
FOLLOWUPS = {
    "en": (
        "Go on.",
        "Can you expand point {k} with a concrete example?",
        "What are the strongest counterarguments?",
        "Explain that again as if I were twelve.",
        "Summarise everything so far in a table.",
        "How would an expert disagree with what you said?",
        "Give me three practice questions on this.",
        "What's a common mistake people make here?",
        "And how does this connect to {t2}?",
        "continue",
        "Rewrite your last answer more formally.",
        "Ok, now a harder example please.",
    ),
    "fr": (
        "Continue.",
        "Peux-tu détailler le point {k} avec un exemple ?",
        "Quelles sont les objections ?",
        "Résume tout dans un tableau.",
        "Et le lien avec {t2} ?",
    ),
    "de": (
        "Weiter.",
        "Kannst du Punkt {k} mit einem Beispiel vertiefen?",
        "Was sind die Gegenargumente?",
        "Fass alles in einer Tabelle zusammen.",
        "Und wie hängt das mit {t2} zusammen?",
    ),
    "ja": (
        "続けてください。",
        "{k}番目のポイントを具体例で詳しく説明してください。",
        "反論にはどんなものがありますか？",
        "ここまでを表にまとめてください。",
        "{t2}とはどう関係しますか？",
    ),
    "ko": (
        "계속해 줘.",
        "{k}번째 내용을 예시로 더 설명해 줘.",
        "반대 의견은 뭐가 있어?",
        "지금까지 내용을 표로 정리해 줘.",
        "{t2}와는 어떤 관계야?",
    ),
}


def dialogue_turn(rng: Rng, lang: str, topic: str, turn: int) -> str:
    if turn == 0:
        return pick(rng, OPENERS[lang]).format(t=topic)
    return pick(rng, FOLLOWUPS[lang]).format(k=irange(rng, 1, 5), t2=subject(rng)[1])


# --------------------------------------------------------------------------------------------
# viuhka: best-of-n and soft labels

NLI_PREMISES = (
    "The museum closes early on public holidays.",
    "Most of the volunteers arrived before noon.",
    "The bridge was repainted after the storm.",
    "She declined the offer because of the commute.",
    "The new policy applies only to full-time staff.",
    "Sales rose in every region except the north.",
)
NLI_HYPS = (
    "The museum is open late on holidays.",
    "Some volunteers came in the afternoon.",
    "The storm damaged the bridge.",
    "The job was far from her home.",
    "Contractors are covered too.",
    "The north had the best quarter.",
)


def soft_label_prompt(rng: Rng, chat: list[str], style: int) -> str:
    if style == 0:
        return (
            f"Premise: {pick(rng, NLI_PREMISES)}\nHypothesis: {pick(rng, NLI_HYPS)}\nGive your probability for "
            'each label as JSON {"entailment": p, "neutral": p, "contradiction": p} with three decimals '
            "summing to 1."
        )
    if style == 1:
        text = clip_text(rng, pick(rng, chat), 40, 300)
        labels = ("question", "request", "complaint", "chit-chat", "coding", "creative", "other")
        return (
            f"Text: {text}\nDistribute 100 points across these intent labels according to how likely each is: "
            f"{', '.join(labels)}. Output label=points lines only."
        )
    q = word_problem(rng)
    return f"{q}\nList the 4 most likely answers and your confidence (0-1) for each."


def sample_base(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.55):
        return clip_text(rng, pick(rng, chat), 40, 600)
    if chance(rng, 0.5):
        return f'Write a short story (about 300 words) that starts with: "{pick(rng, NAMES)} found the key in the bread."'
    return code_problem(rng)


# --------------------------------------------------------------------------------------------
# kolmonen: curriculum sweep

CURRICULUM_STYLES = (
    "Level {lv}/10 | {s} | {t}\nWrite one exam problem at exactly this difficulty and a complete "
    "worked solution, showing every step.",
    "[curriculum:{s}:{i:04d}] Difficulty {lv} of 10. Topic: {t}. Produce: problem, hints (3), full "
    "solution, common wrong answer and why it is wrong.",
    "{t} — {s}. Explain at grade {g} level, then give {n} graded exercises with answers.",
)
JA_CURRICULUM = (
    "難易度{lv}/10：{s}の「{t}」について、問題を1問作成し、詳しい解答と解説を書いてください。"
)


def curriculum_prompt(
    rng: Rng, s: str, t: str, level: int, index: int, style: int, lang: str
) -> str:
    if lang == "ja":
        return JA_CURRICULUM.format(lv=level, s=s, t=t)
    return CURRICULUM_STYLES[style].format(
        lv=level, s=s, t=t, i=index, g=min(12, 3 + level), n=irange(rng, 3, 6)
    )


# --------------------------------------------------------------------------------------------
# takakentta: localisation product with hidden passage translation

UI_STRINGS = (
    "Your subscription renews on {d}.",
    "Tap here to reset your password.",
    "{n} items in your cart",
    "We couldn't verify your card. Try another payment method.",
    "Invite teammates",
    "Your export is ready to download.",
    "Are you sure you want to delete this workspace?",
    "Last synced {n} minutes ago",
    "Two-factor authentication is on.",
    "Upgrade to unlock reports",
    "Your order has shipped.",
    "Session expired. Please sign in again.",
    "Dark mode",
    "Help centre",
)


def ui_string_job(rng: Rng, product: str, locale: str, style: int) -> str:
    s = pick(rng, UI_STRINGS).format(d="{date}", n="{count}")
    if style == 0:
        return f"[{product} TMS] Translate to {locale}. Keep placeholders in braces unchanged.\n{s}"
    return (
        f'{{"project": "{product.lower().replace(" ", "-")}", "target": "{locale}", "key": '
        f'"ui.{irange(rng, 100, 999)}", "source": {_q(s)}, "note": "max 40 chars"}}'
    )


def document_job(rng: Rng, product: str, passage: str, locale: str, style: int) -> str:
    if style == 0:
        return (
            f"[{product} TMS] Document translation to {locale}. Preserve markdown, lists and code blocks. "
            f"Translate naturally, not word for word.\n---\n{passage}"
        )
    if style == 1:
        return (
            f"Translate the following help-centre article into {locale}. Keep product names in English.\n\n"
            f"{passage}"
        )
    return f"Target locale: {locale}\nDomain: knowledge base\nSource text:\n{passage}"


# --------------------------------------------------------------------------------------------
# koppi: code harvest in a person's voice


def casual_code_prompt(rng: Rng) -> str:
    task = pick(rng, CODE_TASKS)
    lang = pick(rng, CODE_LANGS)
    shape = irange(rng, 0, 7)
    if shape == 0:
        return f"hey can you write me {lang} code to {task}? with comments pls"
    if shape == 1:
        return f"I need to {task} in {lang}. What's the cleanest way? Show full code and a couple of tests."
    if shape == 2:
        return f"what's wrong with this?\n\n{code_snippet(rng)}"
    if shape == 3:
        return f"explain this line by line, I inherited it at work\n```\n{code_snippet(rng)}```"
    if shape == 4:
        return (
            f"how would you {task} in {lang} if performance really matters? compare two approaches"
        )
    if shape == 5:
        return (
            f"Can you rewrite this in {pick(rng, CODE_LANGS)} idiomatically?\n{code_snippet(rng)}"
        )
    if shape == 6:
        return (
            f"interview prep: {task}. give me the optimal solution in {lang} and walk me through it"
        )
    return f"{lang}: {task}"


# --------------------------------------------------------------------------------------------
# haava: person-like knowledge questions

CROWD_EN = (
    "Can you explain {t} in detail? I have an exam on {s} next week.",
    "what is {t} and why does it matter",
    "I never really understood {t}. Could you explain it properly, with an example?",
    "Write a thorough explanation of {t} for someone with a basic {s} background.",
    "How would you teach {t}? Please be detailed.",
    "Give me a deep dive on {t}, including the history and the maths if there is any.",
    "my professor mentioned {t} today, what is it exactly?",
    "Compare {t} with {t2}. Be thorough.",
)
CROWD_OTHER = {
    "es": (
        "¿Me puedes explicar {t} con detalle y un ejemplo?",
        "Necesito entender {t} para un examen de {s}.",
    ),
    "pt": (
        "Pode me explicar {t} em detalhes, com exemplos?",
        "O que é {t} e por que é importante?",
    ),
    "de": ("Kannst du mir {t} ausführlich erklären?", "Was genau ist {t}? Bitte mit Beispiel."),
    "fr": (
        "Tu peux m'expliquer {t} en détail ?",
        "C'est quoi exactement {t} ? Avec un exemple stp.",
    ),
    "hi": ("{t} को विस्तार से समझाइए, उदाहरण के साथ।", "{t} क्या है और यह क्यों ज़रूरी है?"),
    "id": ("Tolong jelaskan {t} secara rinci dengan contoh.", "Apa itu {t} dan kenapa penting?"),
    "ja": ("{t}について詳しく説明してください。", "{t}とは何ですか？例を挙げて教えてください。"),
    "ru": ("Объясни подробно, что такое {t}, с примером.", "Зачем нужен {t}? Расскажи подробно."),
}


def crowd_question(rng: Rng, lang: str) -> str:
    s, t = subject(rng)
    t2 = subject(rng)[1]
    if lang == "en" or lang not in CROWD_OTHER:
        q = pick(rng, CROWD_EN).format(t=t, s=s, t2=t2)
        if chance(rng, 0.55):
            q = f"{q} {pick(rng, CROWD_ANGLES).format(c=pick(rng, COUNTRIES), n=irange(rng, 3, 10))}"
        if chance(rng, 0.3):
            q = pick(rng, CROWD_LEADS) + q[0].lower() + q[1:]
        return q
    return pick(rng, CROWD_OTHER[lang]).format(t=t, s=s)


CROWD_ANGLES = (
    "Use an example from {c} if you can.",
    "Please include {n} key points.",
    "I'm more of a visual learner, so analogies help.",
    "Mention the main open questions too.",
    "What do textbooks usually get wrong about it?",
    "Keep it rigorous, I'm a grad student.",
    "Start from the basics, I'm new to this.",
    "Add a short quiz at the end.",
    "How is it used in industry?",
    "Any good mnemonics?",
)
CROWD_LEADS = (
    "Quick one - ",
    "Sorry if this is basic, but ",
    "Ok so ",
    "Hi! ",
    "Follow-up from class: ",
    "",
)


# --------------------------------------------------------------------------------------------
# palo: public prompt replay


def replay_prompt(rng: Rng, chat: list[str]) -> str:
    p = pick(rng, chat)
    r = rng.random()
    if r < 0.7:
        return p
    if r < 0.85:
        return p.strip()[:1500]
    if r < 0.95:
        return p.strip() + "\n"
    return " ".join(p.split())


# ============================================================================================
# benign kinds


def bench_item(rng: Rng, suite: str, idx: int) -> str:
    if suite == "mcq":
        s, t = subject(rng)
        opts = [subject(rng)[1] for _ in range(3)] + [t]
        order = rng.permutation(4).tolist()
        lines = "\n".join(f"{'ABCD'[i]}. {opts[j]}" for i, j in enumerate(order))
        return (
            f"The following is a multiple choice question about {s}. Answer with the letter only.\n"
            f"Q{idx}: Which of these is most closely related to {s}?\n{lines}\nAnswer:"
        )
    if suite == "math":
        return f"Solve the problem. Put the final answer after '####'.\n{word_problem(rng)}"
    if suite == "code":
        task = pick(rng, CODE_TASKS)
        fn = "_".join(task.split()[:3]).replace("-", "_").lower()
        return (
            f'def {fn}(*args):\n    """{task.capitalize()}.\n\n    >>> # see hidden tests\n    """\n'
            "# Complete the function body. Return only code."
        )
    return (
        f"Read the passage and answer the question with a span from it.\nPassage: "
        f"{pick(rng, NAMES)} moved to {pick(rng, COUNTRIES)} in {irange(rng, 1950, 2020)} and opened a "
        f"{pick(rng, ('bakery', 'clinic', 'bookshop', 'studio'))}.\nQuestion: Where did they move?"
    )


def annotation_prompt(
    rng: Rng, chat: list[str], passages: list[str], project: str, version: str
) -> str:
    q = clip_text(rng, pick(rng, chat), 40, 300)
    a = clip_text(rng, pick(rng, passages), 150, 700)
    if chance(rng, 0.5):
        return (
            f"{project} pre-annotation (guideline {version}). Suggest a label for the annotator: helpfulness "
            f"1-5, factuality ok/issue/unsure, and one line why. The human annotator will review.\n"
            f"Prompt: {q}\nModel response: {a}"
        )
    return (
        f"{project} | guideline {version} | task: preference\nWhich response better follows the guideline? "
        f"Reply 1 or 2 with a short note for the reviewer.\nPrompt: {q}\n(1) {a}\n(2) "
        f"{clip_text(rng, pick(rng, passages), 150, 700)}"
    )


def moderation_prompt(rng: Rng, chat: list[str], lang: str, community: str) -> str:
    post = clip_text(rng, pick(rng, chat), 60, 500)
    if lang == "es":
        return (
            f"Moderación de {community}: reescribe este comentario eliminando insultos y datos personales, "
            f"conservando la opinión del autor.\n{post}"
        )
    if lang == "de":
        return f"Moderation {community}: Verstößt der Beitrag gegen Regel 3 (Beleidigungen)? Ja/Nein, Begründung.\n{post}"
    if chance(rng, 0.5):
        return (
            f"{community} community guidelines check. Does this post break the rules on harassment, spam or "
            f"doxxing? Answer with the rule and a one-line reason, or 'OK'.\n\n{post}"
        )
    return (
        f"Rewrite this user post for {community} so it follows our civility policy. Keep the author's point; "
        f"remove name-calling and any phone numbers or addresses.\n\n{post}"
    )


def ide_agent_prompt(rng: Rng, repo: str, step: int) -> str:
    path = pick(
        rng,
        (
            "src/api/handlers.ts",
            "app/models/user.py",
            "cmd/server/main.go",
            "lib/parser.rs",
            "tests/test_billing.py",
            "web/components/Cart.tsx",
            "pkg/cache/lru.go",
        ),
    )
    if step == 0:
        return (
            f"<task>{pick(rng, ('Fix the failing test', 'Add pagination', 'Refactor duplicated code', 'Add input validation'))} "
            f'in {repo}</task>\n<open_file path="{path}"/>\nUse the tools read_file, edit_file, run_tests, '
            "search. Reply with one tool call."
        )
    out = pick(
        rng,
        (
            f"FAILED tests/test_{irange(rng, 1, 40)}.py::test_case - AssertionError",
            f"{irange(rng, 10, 300)} passed in {irange(rng, 1, 40)}.{irange(rng, 0, 9)}s",
            f"edit applied to {path} (+{irange(rng, 1, 30)} -{irange(rng, 0, 20)})",
            f"search results: {irange(rng, 0, 12)} matches",
        ),
    )
    return f"<tool_result>{out}</tool_result>\nContinue. Reply with one tool call or <done/>."


INTENTS = (
    "check_balance",
    "cancel_order",
    "change_address",
    "report_lost_card",
    "book_appointment",
    "update_password",
    "track_parcel",
    "request_invoice",
    "close_account",
    "dispute_charge",
)


def augment_prompt(rng: Rng, lang: str, product: str) -> str:
    intent = pick(rng, INTENTS)
    n = irange(rng, 10, 30)
    return (
        f"We are training the intent classifier for the {product} support bot. Write {n} different ways a "
        f"customer might say they want to '{intent.replace('_', ' ')}' in {LANG_NAMES[lang]}, informal and "
        "formal mixed, some with typos. One per line, no numbering."
    )


COMPANION_LINES = (
    "hey, I'm back",
    "I had such a rough day at work today",
    "haha you always say that",
    "can you tell me a story before I sleep?",
    "what do you think I should cook tonight",
    "I passed my driving test!!",
    "do you remember what I told you about my sister?",
    "I'm a bit lonely tonight",
    "good morning :)",
    "tell me something interesting",
    "ok that made me laugh",
    "should I text him back?",
    "I can't sleep",
    "what's your favourite song",
    "let's play 20 questions",
    "ugh mondays",
    "thanks for listening",
    "brb",
)


def companion_prompt(rng: Rng, persona: str, chat: list[str]) -> str:
    if chance(rng, 0.15):
        return clip_text(rng, pick(rng, chat), 10, 200)
    line = pick(rng, COMPANION_LINES)
    return line if chance(rng, 0.6) else f"[{persona}] {line}"


def calibration_prompt(rng: Rng, question: str, style: int) -> str:
    if style == 0:
        return f"{question}\nAnswer, then state your confidence that the answer is correct as a percentage."
    return f"Question: {question}\nGive your answer and a probability between 0 and 1 that it is right."


def agency_translation(rng: Rng, passage: str, target: str, client: str) -> str:
    if chance(rng, 0.5):
        return (
            f"Client: {client}. Translate into {LANG_NAMES[target]}. Use the client glossary (keep brand terms). "
            f"Register: formal.\n\n{passage}"
        )
    return f"Please translate to {LANG_NAMES[target]} — it's for a {client} brochure:\n{passage}"


ASSIGNMENTS = (
    "Explain the difference between {t} and {t2} in your own words, with one real-world example.",
    "Assignment {k}: Critically evaluate {t}. What are its limitations?",
    "Homework: summarise the key ideas of {t} in 300 words.",
    "For my {s} class: how does {t} work? I need to present it tomorrow.",
)


def course_prompt(rng: Rng, s: str, topics: list[str], k: int, chat: list[str]) -> str:
    if chance(rng, 0.25):
        return clip_text(rng, pick(rng, chat), 20, 600)
    return pick(rng, ASSIGNMENTS).format(t=pick(rng, topics), t2=pick(rng, topics), s=s, k=k)

"""Prompt generators of batch 99, written fresh for it (no phrase is taken from another file).

Every generator takes the family's or kind's own `rng` and returns one prompt string. Campaign
generators take a `style` (an index into their own template list, drawn once per campaign or per
key) and a language code, so that two campaigns of one family rarely share a template.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

SUBJECTS = {
    "algebra": (
        "quadratic equations",
        "systems of linear equations",
        "exponential growth",
        "logarithm rules",
        "polynomial long division",
        "inequalities with absolute values",
        "arithmetic sequences",
    ),
    "geometry": (
        "inscribed angles",
        "similar triangles",
        "the area of a sector",
        "volume of a cone",
        "coordinate proofs",
        "the law of cosines",
    ),
    "probability": (
        "conditional probability",
        "Bayes' rule",
        "expected value of a dice game",
        "the birthday problem",
        "binomial distributions",
        "Markov chains",
    ),
    "physics": (
        "projectile motion",
        "conservation of momentum",
        "Ohm's law",
        "buoyancy",
        "simple harmonic motion",
        "the photoelectric effect",
        "entropy in a heat engine",
    ),
    "chemistry": (
        "limiting reagents",
        "buffer solutions",
        "Le Chatelier's principle",
        "SN1 versus SN2 reactions",
        "oxidation states",
        "molar mass calculations",
    ),
    "biology": (
        "the Krebs cycle",
        "meiosis",
        "enzyme kinetics",
        "the lac operon",
        "action potentials",
        "Hardy-Weinberg equilibrium",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "the money multiplier",
        "deadweight loss",
        "the Phillips curve",
        "game theory payoffs",
    ),
    "computer science": (
        "binary search",
        "dynamic programming",
        "hash table collisions",
        "Dijkstra's algorithm",
        "big-O of nested loops",
        "recursion on trees",
        "two-phase commit",
    ),
    "law": (
        "consideration in contract law",
        "adverse possession",
        "the hearsay rule",
        "negligence elements",
        "fair use",
        "strict liability",
    ),
    "history": (
        "the causes of the First World War",
        "the Meiji Restoration",
        "the fall of Constantinople",
        "decolonisation in Africa",
        "the Congress of Vienna",
        "the Green Revolution",
    ),
    "medicine": (
        "beta blockers",
        "the Glasgow coma scale",
        "type 2 diabetes management",
        "sepsis criteria",
        "antibiotic resistance",
    ),
    "finance": (
        "discounted cash flow",
        "bond duration",
        "put-call parity",
        "working capital",
        "the Sharpe ratio",
    ),
}
LEVELS = (
    "primary school",
    "middle school",
    "high school",
    "first-year undergraduate",
    "graduate",
    "professional",
)
SKILLS = (
    "explain",
    "worked example",
    "common misconceptions",
    "practice problems with solutions",
    "exam-style question",
    "compare and contrast",
    "real-world application",
)
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
PRODUCTS = (
    "running shoes",
    "an espresso grinder",
    "noise-cancelling headphones",
    "a standing desk",
    "dog food",
    "a budgeting app",
    "a yoga mat",
    "a cordless drill",
    "a travel backpack",
    "organic tea",
    "a smart thermostat",
    "a kids' bike",
    "a language course",
    "a password manager",
    "hiking boots",
)


def concept(rng: np.random.Generator) -> tuple[str, str]:
    subj = pick(rng, list(SUBJECTS))
    return subj, pick(rng, SUBJECTS[subj])


def word_problem(rng: np.random.Generator) -> str:
    """A small arithmetic or logic problem with fresh numbers."""
    k = irange(rng, 0, 5)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    who = pick(rng, NAMES)
    if k == 0:
        return (
            f"A tank holds {a * 10} litres. Pipe A fills it in {b} minutes and pipe B drains it in "
            f"{b + c} minutes. Starting empty with both open, when is it full?"
        )
    if k == 1:
        return (
            f"{who} walks {a} km at {c} km/h and cycles back at {c * 3} km/h. "
            f"What was the average speed for the round trip?"
        )
    if k == 2:
        return (
            f"Of {a + b + 20} students, {a} take French, {b + 10} take Spanish and {min(a, b)} take both. "
            f"How many take neither?"
        )
    if k == 3:
        return (
            f"Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may draw "
            f"one fruit from one box. Which box do you choose and how do you relabel all {c} boxes' worth "
            f"of inventory afterwards?"
        )
    if k == 4:
        return f"Find all integers n between 1 and {a * 7} such that n^2 + {b} is divisible by {c + 1}."
    return (
        f"A shop discounts a jacket by {b}% and then adds {c}% tax. The final price is {a * 3}.50. "
        f"What was the original price?"
    )


def _trim(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion

_REASON = {
    "en": (
        "Before you answer, reason it out in full. Put every intermediate step inside <work></work>, "
        "check each step, then give the result on a final line starting with 'ANSWER:'.\n\n{q}"
    ),
    "zh": "请先完整地写出你的推理过程，每一步都不要省略，并检查每一步是否正确。最后一行以“答案：”开头。\n\n{q}",
    "es": (
        "Antes de responder, desarrolla tu razonamiento completo paso a paso, sin saltarte nada. "
        "Termina con una línea que empiece por 'RESPUESTA:'.\n\n{q}"
    ),
    "ru": "Сначала подробно распиши ход рассуждений, шаг за шагом, ничего не пропуская. В конце строка «ОТВЕТ:».\n\n{q}",
    "de": (
        "Bitte denk das vollständig durch und schreib jeden Zwischenschritt auf, bevor du antwortest. "
        "Letzte Zeile: 'ANTWORT:'.\n\n{q}"
    ),
    "pt": "Raciocine em voz alta, passo a passo, sem omitir nada, e termine com 'RESPOSTA:'.\n\n{q}",
    "ja": "答える前に、考えた過程をすべて順番に書き出してください。省略は禁止です。最後に「答え：」で結論を書いてください。\n\n{q}",
}


def reasoning_prompt(rng: np.random.Generator, style: int, lang: str) -> str:
    if chance(rng, 0.6):
        q = word_problem(rng)
    else:
        subj, c = concept(rng)
        q = f"Why does {c} work the way it does? Derive it rather than stating it. ({subj})"
    s = style % 5
    if s == 0:
        return _REASON.get(lang, _REASON["en"]).format(q=q)
    if s == 1:
        return (
            '{"instruction": "solve", "require": ["full_chain_of_thought", "self_verification", '
            f'"final_answer"], "min_steps": {irange(rng, 5, 12)}, "problem": "{q}"}}'
        )
    if s == 2:
        return (
            f"You will be graded only on how complete your thought process is, not on the answer. "
            f"Narrate your thinking exactly as it happens, including false starts and how you "
            f"noticed them.\nProblem: {q}"
        )
    if s == 3:
        return (
            f"### Task {irange(rng, 1000, 99999)}\n{q}\n### Format\n1. Restate the problem\n2. Plan\n"
            f"3. Execute the plan, one numbered line per step\n4. Double-check\n5. Final answer"
        )
    return (
        f"{q}\n\nLet's reason this through slowly and explicitly before answering. Show all work."
    )


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric harvest


def judge_prompt(
    rng: np.random.Generator, style: int, question: str, ans_a: str, ans_b: str
) -> str:
    q, a, b = _trim(question, 600), _trim(ans_a, 900), _trim(ans_b, 900)
    s = style % 4
    if s == 0:
        return (
            f"[Q]\n{q}\n[R1]\n{a}\n[R2]\n{b}\nDecide which reply serves the asker better. Output JSON: "
            '{"winner": "R1"|"R2"|"tie", "margin": 1-5, "why": "..."}'
        )
    if s == 1:
        crit = ", ".join(
            pick(
                rng,
                [
                    ("accuracy", "helpfulness", "concision"),
                    ("harmlessness", "honesty", "detail"),
                    ("instruction following", "tone", "factuality"),
                ],
            )
        )
        return (
            f"Score the response below from 1 to 10 on each of: {crit}. Justify every score in one "
            f"sentence, then give the overall score.\n\nPrompt:\n{q}\n\nResponse:\n{a}"
        )
    if s == 2:
        return (
            f"Act as a strict reviewer. First write a critique of the assistant turn (what is wrong, "
            f"missing, or unsafe), then a corrected version, then a grade A-F.\n\nUSER: {q}\n"
            f"ASSISTANT: {a}"
        )
    return (
        f"Rate how well the answer follows the request on a 7-point scale, where 1 = ignores it and "
        f"7 = perfect. Reply as `score=<n>; reason=<text>`.\n---\n{q}\n---\n{a}"
    )


# --------------------------------------------------------------------------------------------
# campaign: policy-compliant / censorship-safe rewrites

_SAFE = {
    "en": (
        "Rewrite the text so that it fully complies with a conservative content policy: remove or neutralise "
        "anything political, medical, sexual or legally risky, keep the useful substance, same length.\n\n{t}"
    ),
    "zh": "请将下面的内容改写为完全合规的版本：删除或淡化任何敏感的政治、医疗或法律内容，保留有用信息，篇幅不变。\n\n{t}",
    "ru": "Перепиши текст так, чтобы он соответствовал строгим требованиям к контенту: убери всё спорное, "
    "сохрани полезное содержание.\n\n{t}",
    "vi": "Hãy viết lại đoạn văn sau cho an toàn, tuân thủ quy định nội dung, bỏ các chi tiết nhạy cảm.\n\n{t}",
    "ar": "أعد صياغة النص التالي ليكون متوافقاً تماماً مع سياسات المحتوى، واحذف أي عناصر حساسة.\n\n{t}",
}


def safe_rewrite_prompt(rng: np.random.Generator, style: int, lang: str, text: str) -> str:
    t = _trim(text, 1400)
    s = style % 4
    if s == 0:
        return _SAFE.get(lang, _SAFE["en"]).format(t=t)
    if s == 1:
        return (
            f"Here is a draft answer from another assistant. Produce the version a careful, policy-aligned "
            f"assistant would give instead. If any part should be declined, decline that part briefly and "
            f"answer the rest.\n\nDRAFT:\n{t}"
        )
    if s == 2:
        mkt = pick(
            rng,
            (
                "a regulated app store listing",
                "a state broadcaster",
                "a school platform",
                "a bank's help centre",
            ),
        )
        return (
            f"Make this suitable for publication on {mkt}. Output only the rewritten text.\n\n{t}"
        )
    return (
        f"<original>\n{t}\n</original>\nReturn two things: (1) a list of the sentences that could violate "
        f"a platform policy and why, (2) the compliant rewrite."
    )


# --------------------------------------------------------------------------------------------
# campaign: tool-use / agent transcripts

_TOOLS = (
    ("search_flights", "origin:str, destination:str, date:str"),
    ("get_weather", "city:str, days:int"),
    ("run_sql", "query:str"),
    ("send_email", "to:str, subject:str, body:str"),
    ("calendar_create", "title:str, start:str, minutes:int"),
    ("web_search", "q:str, top_k:int"),
    ("python_exec", "code:str"),
    ("fetch_url", "url:str"),
    ("crm_lookup", "customer_id:str"),
    ("create_ticket", "title:str, priority:str"),
    ("stock_quote", "ticker:str"),
    ("translate", "text:str, to:str"),
)
_TASKS = (
    "book me the cheapest flight from {a} to {b} next Friday and add it to my calendar",
    "find out which customers in {a} churned last quarter and email the account owners",
    "check the weather in {a} for the weekend and suggest whether to move the offsite to {b}",
    "summarise the top three news stories about {a} and file a ticket if any mention outages",
    "compute the median order value per region from the orders table and chart it",
    "look up customer {n} and open a high-priority ticket about their failed refund",
    "compare the share price of two competitors over the last month and write a short note",
)


def tool_prompt(rng: np.random.Generator, style: int) -> tuple[str, int]:
    """(prompt, extra prompt tokens for the tool schemas the request would carry)."""
    tools = [
        _TOOLS[i] for i in rng.choice(len(_TOOLS), size=irange(rng, 3, 7), replace=False).tolist()
    ]
    task = pick(rng, _TASKS).format(
        a=pick(rng, COUNTRIES), b=pick(rng, COUNTRIES), n=irange(rng, 10000, 99999)
    )
    step = irange(rng, 0, 4)
    s = style % 3
    if s == 0:
        spec = "\n".join(f"- {n}({sig})" for n, sig in tools)
        obs = "".join(
            f'\nObservation {i + 1}: {{"ok": true, "rows": {irange(rng, 0, 40)}}}'
            for i in range(step)
        )
        p = (
            f"Tools available:\n{spec}\nUse the format Thought: / Action: / Action Input: / Observation: until "
            f"done, then Final Answer:.\nGoal: {task}{obs}"
        )
    elif s == 1:
        names = ", ".join(n for n, _ in tools)
        p = (
            f"You are an autonomous operator with functions [{names}]. Plan the full sequence of calls, emit each "
            f"call as JSON, invent realistic tool outputs, and continue until the goal is met. Goal: {task}"
        )
    else:
        p = (
            f"user: {task}\n(step {step + 1}) assistant must respond with exactly one tool call or a final reply. "
            f"Prior calls: {step}."
        )
    return p, irange(rng, 400, 600) * len(tools)


# --------------------------------------------------------------------------------------------
# campaign: synthetic dataset generation

_DS_KIND = (
    "instruction-following",
    "question answering",
    "multi-step math",
    "code explanation",
    "customer email reply",
    "SQL generation",
    "summarisation",
    "classification with rationale",
)


def dataset_prompt(rng: np.random.Generator, style: int, lang: str, seed_text: str) -> str:
    k = irange(rng, 8, 30)
    kind = pick(rng, _DS_KIND)
    subj, c = concept(rng)
    s = style % 4
    if s == 0:
        return (
            f"Generate {k} diverse {kind} examples about {c}. Output JSONL, one object per line with keys "
            f'"prompt" and "completion". Vary difficulty and length; no duplicates of earlier batches. '
            f"batch_id={irange(rng, 1, 50000)} lang={lang}"
        )
    if s == 1:
        persona = (
            f"a {pick(rng, ('nurse', 'plumber', 'retired teacher', 'startup founder', 'student', 'farmer'))} "
            f"from {pick(rng, COUNTRIES)}"
        )
        return (
            f"Imagine {persona}. Write one question they would genuinely ask about {subj}, then the best "
            f"possible expert answer. Label the parts Q: and A:."
        )
    if s == 2:
        return (
            f"Take this instruction and make a harder version of it (add a constraint, require reasoning, or "
            f"widen the scope). Then answer the harder version in full.\nInstruction: {_trim(seed_text, 500)}"
        )
    return (
        f"Produce a mini training set: {k} triples (input, reasoning, label) for the task '{kind}' in the "
        f"domain of {subj}. Language: {lang}. Format as a markdown table."
    )


# --------------------------------------------------------------------------------------------
# campaign: multi-turn harvest, and benign co-writing transcripts

FOLLOW_UPS = (
    "Can you give a concrete example?",
    "Why is that?",
    "Now explain it as if I were twelve.",
    "What would a critic say about that?",
    "Make it shorter.",
    "Put that in a table.",
    "What are the edge cases?",
    "And if the opposite were true?",
    "Can you go deeper on the second point?",
    "Rewrite it in a more formal register.",
    "What is a common mistake people make here?",
    "Summarise in 3 bullets.",
)
FOLLOW_UPS_I18N = {
    "de": (
        "Kannst du ein Beispiel geben?",
        "Warum ist das so?",
        "Bitte kürzer.",
        "Und was spricht dagegen?",
    ),
    "fr": (
        "Peux-tu donner un exemple ?",
        "Pourquoi ?",
        "Plus court, s'il te plaît.",
        "Et les exceptions ?",
    ),
    "pt": ("Pode dar um exemplo?", "Por quê?", "Resume em três pontos.", "E o contrário?"),
}


def transcript_prompt(turns: list[tuple[str, str]], new_msg: str, labels: tuple[str, str]) -> str:
    """A prompt carrying the conversation so far (as chat front-ends without server state send it)."""
    u, a = labels
    body = "\n".join(f"{u}: {_trim(q, 300)}\n{a}: {_trim(r, 400)}" for q, r in turns)
    return f"{body}\n{u}: {new_msg}" if body else new_msg


# --------------------------------------------------------------------------------------------
# campaign: best-of-n / soft labels


def mcq(rng: np.random.Generator) -> tuple[str, list[str]]:
    subj, c = concept(rng)
    opts = [
        f"It depends mainly on {pick(rng, SUBJECTS[subj])}",
        f"It is unrelated to {c}",
        f"It only holds at the {pick(rng, LEVELS)} level",
        "None of the above",
    ]
    return f"Which statement about {c} is most accurate?", opts


def sampling_prompt(rng: np.random.Generator, style: int, seed_text: str) -> str:
    s = style % 3
    if s == 0:
        q, opts = mcq(rng)
        lettered = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return (
            f"{q}\n{lettered}\nDo not pick one. Return your probability for each option as JSON "
            '{"A": p, "B": p, "C": p, "D": p}, summing to 1.'
        )
    if s == 1:
        return _trim(seed_text, 1200)
    subj, c = concept(rng)
    return f"Write a short, self-contained explanation of {c} for a {pick(rng, LEVELS)} reader."


# --------------------------------------------------------------------------------------------
# campaign: curriculum sweep


def curriculum_prompt(style: int, subj: str, c: str, level: str, skill: str) -> str:
    s = style % 3
    if s == 0:
        return f"[{subj} / {c} / {level} / {skill}]\nWrite the lesson segment for this cell of the syllabus."
    if s == 1:
        return (
            f"For a {level} learner studying {subj}: {skill} — topic: {c}. Be thorough and end with "
            f"a two-question self-check."
        )
    return f"{skill.capitalize()}: {c} ({subj}), pitched at {level} level."


# --------------------------------------------------------------------------------------------
# casual, human-looking questions (low-and-slow accounts and a product's harvest share)

_CASUAL = {
    "en": (
        "hey so how does {c} actually work",
        "can someone explain {c} like im 5",
        "{c} - whats the intuition??",
        "i have an exam tmrw on {c}, what should i know",
        "whats the difference between {c} and {d}",
        "quick q: is {c} related to {d}?",
        "ELI5 {c} pls",
        "best way to understand {c}? textbook makes no sense",
    ),
    "es": (
        "oye, cómo funciona {c} exactamente?",
        "me explicas {c} con un ejemplo",
        "diferencia entre {c} y {d}?",
    ),
    "pt": (
        "como funciona {c}? nao entendi nada na aula",
        "me explica {c} de um jeito simples",
        "qual a diferença entre {c} e {d}",
    ),
    "de": (
        "wie funktioniert {c} eigentlich?",
        "kannst du mir {c} einfach erklären",
        "unterschied {c} vs {d}?",
    ),
    "fr": (
        "comment marche {c} concrètement ?",
        "tu peux m'expliquer {c} simplement",
        "{c} ou {d}, c'est quoi la diff",
    ),
    "ja": ("{c}ってどういう仕組み？", "{c}を簡単に説明して", "{c}と{d}の違いは？"),
    "zh": ("{c}到底是怎么回事？", "能简单解释一下{c}吗", "{c}和{d}有什么区别"),
    "hi": ("{c} kaise kaam karta hai? simple me samjhao", "{c} aur {d} me kya fark hai"),
    "ru": ("как вообще работает {c}?", "объясни {c} простыми словами", "чем {c} отличается от {d}"),
}
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "en"),
    9: ("ja",),
}


def casual_question(rng: np.random.Generator, lang: str, c: str | None = None) -> str:
    subj, c0 = concept(rng)
    c = c or c0
    d = pick(rng, SUBJECTS[subj])
    t = pick(rng, _CASUAL.get(lang, _CASUAL["en"])).format(c=c, d=d)
    if chance(rng, 0.2):
        t = t.replace("?", "").strip()
    if chance(rng, 0.15):
        t = t + pick(rng, (" thanks", " :)", " asap", "!!", " (for uni)"))
    return t


# --------------------------------------------------------------------------------------------
# campaign disguised as localisation


def locale_job_prompt(rng: np.random.Generator, style: int, tag: str, text: str) -> str:
    loc = pick(rng, LOCALES)
    t = _trim(text, 1600)
    s = style % 2
    if s == 0:
        return (
            f"job {tag}-{irange(rng, 1000, 9999)} | target={loc}\nTranslate the source below. Preserve markup, "
            f"{{{{variables}}}} and line breaks. Output only the translation.\n---\n{t}"
        )
    return f'<{tag} locale="{loc}">\n{t}\n</{tag}>\nRender the block above in {loc}; keep tags untouched.'


# --------------------------------------------------------------------------------------------
# benign kinds


def benchmark_item(rng: np.random.Generator, suite: str, passage: str = "") -> str:
    if suite == "mcq":
        q, opts = mcq(rng)
        lettered = "\n".join(f"({'abcd'[i]}) {o}" for i, o in enumerate(opts))
        return f"{q}\n{lettered}\nAnswer with the letter only."
    if suite == "math":
        return f"{word_problem(rng)}\nGive the final answer after '####'."
    if suite == "code":
        fn = pick(
            rng,
            (
                "merge_intervals",
                "is_palindrome",
                "top_k_frequent",
                "rotate_matrix",
                "lru_cache_get",
            ),
        )
        return f"Complete the function `{fn}` so that the hidden unit tests pass. Return only code.\n\ndef {fn}(*args):\n    ..."
    return f"Summarise the following in one sentence.\n\n{_trim(passage, 1500)}\n\nSummary:"


def rater_task(rng: np.random.Generator, client: str, item: str) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f'{client} relevance rating v3. Query: "{pick(rng, PRODUCTS)} {pick(rng, ("cheap", "best", "review", "near me", "vs"))}"\n'
            f"Result snippet: {_trim(item, 300)}\nRate relevance 0-3 following the guidelines. Reply with the number."
        )
    if k == 1:
        return (
            f"{client} review moderation. Does this product review about {pick(rng, PRODUCTS)} contain spam, "
            f"personal data or off-topic content? Labels: OK / SPAM / PII / OFFTOPIC.\nReview: {_trim(item, 400)}"
        )
    return (
        f"{client} answer quality audit. Grade the agent reply as Good / Needs work / Bad and say why in "
        f"under 20 words.\nReply: {_trim(item, 500)}"
    )


def coding_step(rng: np.random.Generator) -> str:
    f = pick(
        rng,
        (
            "api/handlers.py",
            "src/billing/invoice.ts",
            "pkg/cache/lru.go",
            "lib/parser.rb",
            "app/models/user.py",
            "src/main.rs",
            "web/components/Table.tsx",
        ),
    )
    k = irange(rng, 0, 3)
    if k == 0:
        return f"The test run failed:\nFAILED tests/test_{f.split('/')[-1].split('.')[0]}.py::test_edge - AssertionError\nPropose a patch to {f}."
    if k == 1:
        return f"Tool result (read_file {f}): <{irange(rng, 40, 900)} lines>\nNext action?"
    if k == 2:
        return f"Refactor the function at line {irange(rng, 10, 400)} of {f} to remove the duplicated branch; keep behaviour."
    return f"Explain why this diff to {f} breaks the build and fix it."


def ui_string(rng: np.random.Generator, app: str) -> str:
    s = pick(
        rng,
        (
            "Save changes",
            "You have {count} unread messages",
            "Your trial ends on {date}",
            "Couldn't connect. Retry?",
            "Invite teammates",
            "Payment method updated",
            "Delete {name}? This can't be undone.",
            "Export as CSV",
            "Welcome back, {first_name}!",
            "Two-factor authentication is on",
            "Storage almost full ({percent}%)",
            "Sort by newest",
        ),
    )
    return f"{app} strings → {pick(rng, LOCALES)}. UI text, max {irange(rng, 20, 60)} chars, keep {{placeholders}}:\n{s}"


def tutoring_prompt(rng: np.random.Generator, brand: str, student_text: str) -> str:
    if chance(rng, 0.5):
        q = word_problem(rng)
    elif chance(rng, 0.5):
        subj, c = concept(rng)
        q = f"I don't get {c}. Can you help me understand it?"
    else:
        q = _trim(student_text, 600)
    return (
        f"[{brand} tutor | grade {irange(rng, 6, 12)}] Guide the student with hints and explain step by step; "
        f"don't just give the answer.\nStudent: {q}"
    )


def assignment_prompt(rng: np.random.Generator, brief: str, own: str) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        return brief
    if k == 1:
        return f"{brief} {pick(rng, ('pls help', 'where do i start', 'can you outline it', 'in 500 words'))}"
    if k == 2:
        return f"is this a good thesis for my essay: {_trim(own, 200)}"
    if k == 3:
        return f"proofread my intro for the assignment:\n{_trim(own, 700)}"
    return _trim(own, 400)


def survey_prompt(rng: np.random.Generator, item: str) -> str:
    age = irange(rng, 18, 80)
    who = f"a {age}-year-old {pick(rng, ('teacher', 'nurse', 'driver', 'engineer', 'retiree', 'student', 'clerk'))} from {pick(rng, COUNTRIES)}"
    return f"Answer as {who} would, in one word from the scale given.\n{item}"


SURVEY_ITEMS = (
    "How much do you trust your national government? (none / a little / some / a lot)",
    "Should cities ban cars from their centres? (strongly disagree … strongly agree)",
    "How often do you read the news? (never / monthly / weekly / daily)",
    "Is it acceptable to lie to protect a friend's feelings? (never / sometimes / usually / always)",
    "Would you accept a 10% pay cut for a four-day week? (no / unsure / yes)",
    "How worried are you about climate change? (not at all / slightly / very / extremely)",
)


def agency_copy(rng: np.random.Generator, client: str) -> str:
    prod = pick(rng, PRODUCTS)
    k = irange(rng, 0, 4)
    if k == 0:
        return f"Write 5 Google Ads headlines (max 30 chars) for {client}'s {prod}. Tone: upbeat."
    if k == 1:
        return f"Product description for {prod} sold by {client}, 120 words, SEO keyword '{prod} {pick(rng, ('sale', 'best', 'online'))}'."
    if k == 2:
        return f"Blog outline: '{irange(rng, 5, 12)} ways to get more out of {prod}' for {client}. H2s and a meta description."
    if k == 3:
        return f"Instagram caption for {client} launching {prod} in {pick(rng, COUNTRIES)}, 3 hashtags."
    return f'Reply to this customer review of {client}\'s {prod}, polite and short: "{pick(rng, ("arrived late", "love it", "broke after a week", "not as pictured"))}"'


def moderation_prompt(rng: np.random.Generator, post: str, platform: str) -> str:
    rule = pick(
        rng,
        (
            "no personal attacks",
            "no medical claims without sources",
            "no doxxing",
            "no spam links",
            "civil tone in political threads",
        ),
    )
    return (
        f"{platform} Trust & Safety assist. A moderator flagged this post under rule '{rule}'. Suggest a "
        f"minimally edited version the author could repost, keeping their point.\nPost: {_trim(post, 800)}"
    )

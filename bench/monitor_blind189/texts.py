"""Prompt generators of batch 189, written for this batch only.

Every function takes the caller's generator (each family and kind passes its own) and returns one
prompt string. ShareGPT text (ordinary human prompts, assistant answers) comes in through the
`chat` and `passages` lists of the shared context; everything else is composed here from small
vocabularies, in several independent styles and languages.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def human(rng: np.random.Generator, chat: Sequence[str], limit: int = 1500) -> str:
    """One ordinary ShareGPT human prompt (verbatim, trimmed)."""
    return pick(rng, chat)[:limit]


def excerpt(
    rng: np.random.Generator, passages: Sequence[str], lo: int = 300, hi: int = 1100
) -> str:
    """A ShareGPT assistant answer cut at a paragraph or sentence boundary."""
    text = pick(rng, passages)
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind("\n", 0, n)
    if cut < lo // 2:
        cut = text.rfind(". ", 0, n) + 1
    return text[: cut if cut > lo // 2 else n].strip()


def _weighted(rng: np.random.Generator, table: Sequence[tuple[str, float]]) -> str:
    w = np.array([x[1] for x in table], dtype=np.float64)
    return table[int(rng.choice(len(table), p=w / w.sum()))][0]


# ============================================================================================
# reasoning problems (numbers in, language-specific wording)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    if k == 0:
        a, pct, c = irange(rng, 40, 400), irange(rng, 5, 60), irange(rng, 2, 9)
        return (
            f"A bakery sells {a} loaves on Monday and {pct}% more on Tuesday. Each loaf costs "
            f"${c}.{irange(rng, 0, 9)}0. What is the total revenue for the two days?"
        )
    if k == 1:
        v, w, d = irange(rng, 50, 90), irange(rng, 95, 160), irange(rng, 10, 75)
        return (
            f"Train P leaves a station at {v} km/h. {d} minutes later train Q leaves the same "
            f"station on a parallel track at {w} km/h. How far from the station does Q draw level with P?"
        )
    if k == 2:
        n, a = irange(rng, 100, 5000), irange(rng, 3, 13)
        b = a + irange(rng, 1, 9)
        return f"How many integers from 1 to {n} are divisible by {a} or by {b}, but not by both?"
    if k == 3:
        r, g, b = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 0, 8)
        return (
            f"An urn holds {r} red, {g} green and {b} blue balls. Three balls are drawn without "
            f"replacement. What is the probability that at least two share a colour?"
        )
    if k == 4:
        x1, x2 = irange(rng, -12, 12), irange(rng, -12, 12)
        return (
            f"Solve for real x: x^2 {'-' if x1 + x2 >= 0 else '+'} {abs(x1 + x2)}x "
            f"{'+' if x1 * x2 >= 0 else '-'} {abs(x1 * x2)} = 0, and state the sum of the squares of the roots."
        )
    if k == 5:
        p, m = irange(rng, 20, 300), irange(rng, 2, 6)
        return (
            f"A rectangle has perimeter {p} cm and its length is {m} times its width. "
            f"Find the area, then find the side of a square with the same area."
        )
    if k == 6:
        a, b, c = (
            pick(rng, ("poets", "lawyers", "pilots", "gardeners")),
            pick(rng, ("early risers", "chess players", "vegetarians")),
            pick(rng, ("left-handed", "bilingual", "tall")),
        )
        return (
            f"All {a} are {b}. Some {b} are {c}. No {c} person owns a boat. "
            f"Can we conclude that some {a} do not own a boat? Explain which inferences are valid."
        )
    n, r = irange(rng, 5, 30), irange(rng, 2, 4)
    return (
        f"In how many ways can {n} people be split into teams of {r}, if the order of the teams "
        f"does not matter" + (f" and {n % r} people sit out?" if n % r else "?")
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        a, b = irange(rng, 3, 15), irange(rng, 4, 20)
        return f"一个水池装有甲、乙两根进水管。甲管单独注满需要{a}小时，乙管单独注满需要{b}小时。两管同时打开，几小时能注满水池？"
    if k == 1:
        p, x, y = irange(rng, 80, 900), irange(rng, 5, 40), irange(rng, 5, 40)
        return f"某商品原价{p}元，先提价{x}%，再降价{y}%。现价是多少元？比原价高还是低？"
    if k == 2:
        n, a, b = irange(rng, 100, 2000), irange(rng, 3, 11), irange(rng, 4, 13)
        return f"在1到{n}的整数中，能被{a}整除或能被{b}整除的数一共有多少个？"
    if k == 3:
        h = irange(rng, 10, 40)
        f = 2 * h + 2 * irange(rng, 1, h - 1)
        return f"笼子里有鸡和兔共{h}只，脚共{f}只。鸡和兔各有多少只？"
    a, d, n = irange(rng, 1, 20), irange(rng, 2, 9), irange(rng, 10, 60)
    return f"等差数列首项为{a}，公差为{d}。求前{n}项的和，并判断第{n}项是否为完全平方数。"


def _problem_ru(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 3)
    if k == 0:
        a, v, w = irange(rng, 10, 80), irange(rng, 12, 30), irange(rng, 8, 25)
        return (
            f"Велосипедист проехал {a} км со скоростью {v} км/ч, а обратно — со скоростью {w} км/ч. "
            f"Найдите среднюю скорость на всём пути."
        )
    if k == 1:
        n, a, b = irange(rng, 25, 40), irange(rng, 8, 15), irange(rng, 8, 15)
        return (
            f"В классе {n} учеников: {a} занимаются шахматами, {b} — плаванием, а {irange(rng, 1, 7)} — "
            f"и тем и другим. Сколько учеников не посещают ни одну секцию?"
        )
    if k == 2:
        a = irange(rng, 3, 13)
        return f"Найдите сумму всех трёхзначных чисел, которые делятся на {a} и оканчиваются на 5."
    s, t = irange(rng, 2, 9), irange(rng, 10, 50)
    return (
        f"Бассейн наполняется через первую трубу за {t} минут, а через вторую — в {s} раза быстрее. "
        f"За сколько минут наполнят бассейн обе трубы вместе?"
    )


PHENOMENA = (
    "ice floats on water",
    "the sky looks red at sunset",
    "a spinning top stays upright",
    "metal feels colder than wood at the same temperature",
    "bread goes stale",
    "a curveball curves",
    "stars twinkle but planets mostly do not",
    "salt melts ice on roads",
    "coffee rings form at the edge of a stain",
    "a shower curtain moves inward",
    "the moon always shows the same face",
    "onions make people cry",
)


def reasoning_trace(rng: np.random.Generator) -> tuple[str, str]:
    """(prompt, language): a problem wrapped in an instruction that demands the full reasoning."""
    lang = _weighted(rng, (("en", 0.55), ("zh", 0.3), ("ru", 0.15)))
    if lang == "zh":
        body = _problem_zh(rng)
        wrap = pick(
            rng,
            (
                "请一步一步详细推理，把完整的思考过程都写出来，不要跳步。最后用【答案】标出结果。\n题目：{p}",
                "{p}\n\n要求：先在<思考>与</思考>之间写出全部推理过程（包括验算），再给出最终答案。",
                "题目编号 Q{n}\n{p}\n请像老师讲解一样，逐步分析，列出每一个中间结果。",
            ),
        )
    elif lang == "ru":
        body = _problem_ru(rng)
        wrap = pick(
            rng,
            (
                "Реши задачу, подробно расписывая каждый шаг рассуждения и проверку. В конце напиши «Ответ:».\n{p}",
                "Задача №{n}. {p}\nСначала рассуждай вслух внутри <размышление>…</размышление>, затем дай ответ.",
            ),
        )
    else:
        body = (
            _problem_en(rng)
            if chance(rng, 0.8)
            else f"Explain why {pick(rng, PHENOMENA)}. Reason from first principles."
        )
        wrap = pick(
            rng,
            (
                "Solve the following. Before answering, write your complete chain of reasoning inside "
                "<reasoning></reasoning> tags, including any dead ends and how you noticed them. "
                "Then give the final result after 'ANSWER:'.\n\n{p}",
                "Problem {n}\n{p}\n\nRequirements: show every intermediate step; do not skip algebra; "
                "double-check the result at the end with an independent method.",
                "{p}\n\nThink out loud, step by step, as slowly and carefully as you can. Number each step. "
                "Finish with a one-line summary of the answer.",
                "### Task\n{p}\n### Format\n1. Restate the problem\n2. Plan\n3. Detailed working\n"
                "4. Verification\n5. Final answer",
            ),
        )
    return wrap.format(p=body, n=irange(rng, 1, 99999)), lang


# ============================================================================================
# grading / judging

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "reasoning quality",
    "formatting",
)


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]
) -> tuple[str, str]:
    """A grading request over a question and one or two candidate answers."""
    q = human(rng, chat, 700)
    a = excerpt(rng, passages, 250, 900)
    style = irange(rng, 0, 4)
    crit = [
        _CRITERIA[i]
        for i in rng.choice(len(_CRITERIA), size=irange(rng, 3, 6), replace=False).tolist()
    ]
    if style == 0:
        keys = ", ".join(f'"{c.replace(" ", "_")}": <1-5>' for c in crit)
        return (
            f"[rubric v{irange(rng, 2, 7)}.{irange(rng, 0, 9)}] Grade the assistant response on each criterion "
            f"and justify every score in one sentence.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}\n\n"
            f'Return JSON only: {{{keys}, "overall": <1-10>, "rationale": "..."}}'
        ), "en"
    if style == 1:
        b = excerpt(rng, passages, 250, 900)
        return (
            f"You will compare two candidate answers to the same user message.\n\n<user>\n{q}\n</user>\n\n"
            f"<answer_a>\n{a}\n</answer_a>\n\n<answer_b>\n{b}\n</answer_b>\n\n"
            f"Consider {', '.join(crit)}. Explain your comparison, then output exactly one line: "
            f"'Preferred: A', 'Preferred: B' or 'Preferred: tie'."
        ), "en"
    if style == 2:
        return (
            f"Reference-free reward scoring. Read the exchange and output a score from 1 to 10 "
            f"reflecting how much an expert would prefer this reply. Think first, then write "
            f"'Score: N' on the last line.\n\nHuman: {q}\n\nAssistant: {a}"
        ), "en"
    if style == 3:
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten nach den Kriterien "
            f"{', '.join(crit)} jeweils auf einer Skala von 1 bis 5. Begründe jede Note kurz "
            f"und gib am Ende eine Gesamtnote an.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        ), "de"
    return (
        f"以下のユーザーの質問とアシスタントの回答を読み、{len(crit)}つの観点（"
        + "、".join(crit)
        + f"）から1〜5点で採点してください。各点数に理由を付け、最後に総合点を「総合: N」の形式で示してください。\n\n"
        f"質問:\n{q}\n\n回答:\n{a}"
    ), "ja"


# ============================================================================================
# policy rewrites and refusal boundaries

_SENSITIVE = (
    "how lock picking works on a pin-tumbler lock",
    "what happens if someone mixes alcohol with sleeping pills",
    "how phishing emails trick people",
    "how to get around a news site's paywall",
    "the events in Beijing in June 1989",
    "criticism of the ruling party's economic policy",
    "home distillation of fruit brandy",
    "writing a menacing monologue for a film villain",
    "how extremist groups recruit teenagers online (for a school report)",
    "how to see who unfollowed me on a social app",
    "the strongest arguments for and against drug legalisation",
    "how counterfeit banknotes are detected",
    "what the lethal dose of caffeine is",
    "a satirical poem about a head of state",
    "how to access blocked websites from a restrictive country",
    "how ransomware spreads inside a company network",
)
_SENSITIVE_ZH = (
    "如何访问被屏蔽的境外网站",
    "1989年春夏之交发生的事件",
    "对地方官员腐败问题的批评",
    "新疆相关的国际报道",
    "网络上关于领导人的讽刺漫画",
    "如何判断药物过量",
    "自制果酒的方法",
)


def policy_rewrite(rng: np.random.Generator, passages: Sequence[str]) -> tuple[str, str]:
    lang = _weighted(rng, (("zh", 0.45), ("en", 0.3), ("ru", 0.15), ("ar", 0.1)))
    if lang == "zh":
        topic = pick(rng, _SENSITIVE_ZH)
        return pick(
            rng,
            (
                f"请就“{topic}”这个问题，分别写出：（1）完全符合中国大陆网络内容管理规定的安全版回答；（2）你会拒绝回答时的标准话术。两者都要自然、礼貌。",
                f"下面是一段草稿回答，请把它改写成可以在国内平台发布的版本：删除或淡化敏感内容，但尽量保留有用信息。\n\n草稿：\n{excerpt(rng, passages, 200, 700)}",
                f"用户问：{topic}。请判断这个问题属于【可回答】【需谨慎】【应拒绝】中的哪一类，说明依据，并给出最终对用户的回复。",
            ),
        ), lang
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши этот ответ так, чтобы он полностью соответствовал строгой политике модерации, "
                f"но остался максимально полезным:\n\n{excerpt(rng, passages, 200, 700)}",
                f"Пользователь спрашивает про {pick(rng, _SENSITIVE)}. Напиши ответ, который пройдёт проверку "
                f"на безопасность, а затем вариант вежливого отказа.",
            ),
        ), lang
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية بحيث تلتزم تمامًا بسياسة المحتوى الآمن مع الحفاظ على فائدتها "
            f"قدر الإمكان، ثم اذكر ما الذي حذفته ولماذا:\n\n{excerpt(rng, passages, 200, 600)}"
        ), lang
    topic = pick(rng, _SENSITIVE)
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Draft answer:\n{excerpt(rng, passages, 200, 800)}\n\nRewrite the draft so it would pass a strict "
            f"content-policy review without becoming useless. Do not mention that it was rewritten."
        ), lang
    if style == 1:
        return (
            f"User request: tell me about {topic}.\nFirst decide COMPLY, PARTIAL or REFUSE under a cautious "
            f"assistant policy and name the rule that applies. Then write the exact reply the assistant should send."
        ), lang
    if style == 2:
        return (
            f"Write the ideal 'safe completion' for a user asking about {topic}: acknowledge the intent, give "
            f"the safe and educational parts, redirect the rest. Keep it under 200 words."
        ), lang
    return (
        f'Give two versions of a reply to "{topic}": VERSION_STRICT for a children\'s education product and '
        f"VERSION_STANDARD for a general adult assistant. Label both."
    ), lang


# ============================================================================================
# agent / tool-use transcripts

_TOOLS = {
    "web_search": ("query",),
    "fetch_url": ("url",),
    "calculator": ("expression",),
    "run_python": ("code",),
    "read_file": ("path",),
    "write_file": ("path", "content"),
    "sql_query": ("statement",),
    "send_email": ("to", "subject", "body"),
    "calendar_lookup": ("date",),
    "get_weather": ("city",),
    "book_flight": ("origin", "destination", "date"),
    "shell": ("command",),
}
_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Friday and email the list to {n}.",
    "Our nightly test suite fails on test_invoice_totals. Find the cause and propose a patch.",
    "Compile the quarterly revenue per region from the sales table and chart the trend.",
    "Check whether {n}'s calendar has room for a 45-minute call on Tuesday and draft an invite.",
    "Research the current visa requirements for a citizen of {c1} travelling to {c2} and summarise them.",
    "Clean the CSV in data/raw/customers.csv: deduplicate, normalise phone numbers, write to data/clean/.",
    "Compare the weather in {c1} and {c2} for the weekend and recommend where to hold the offsite.",
    "Migrate the config loader from INI files to TOML and keep backwards compatibility.",
    "Find out why the signup page is slow and list the three biggest contributors.",
)
_OBS = (
    "HTTP 200, 14 results returned",
    "FileNotFoundError: data/raw/customers.csv",
    "3 rows affected",
    "AssertionError: expected 1042.50, got 1041.99",
    '{"temp_c": 7, "conditions": "rain"}',
    "exit code 0",
    "Timeout after 30s",
    "Found 2 matching slots: 10:00, 15:30",
)


def agent_step(
    rng: np.random.Generator,
    task: str,
    tools: list[str],
    history: list[tuple[str, str]],
    style: int,
) -> str:
    """One step of an agent episode: tools, task, previous actions with observations."""
    if style == 0:
        spec = "\n".join(
            f'{{"name": "{t}", "parameters": {{'
            + ", ".join(f'"{a}": "string"' for a in _TOOLS[t])
            + "}}"
            for t in tools
        )
        past = (
            "\n".join(f"Step {i + 1}: called {a}\nResult: {o}" for i, (a, o) in enumerate(history))
            or "(none yet)"
        )
        return (
            f"You are an autonomous agent. Tools:\n{spec}\n\nTask: {task}\n\nPrevious steps:\n{past}\n\n"
            f'Respond with a JSON object {{"thought": ..., "tool": ..., "args": {{...}}}} for the next step, '
            f'or {{"final_answer": ...}} if done.'
        )
    if style == 1:
        lines = [f"Question: {task}"]
        for a, o in history:
            lines += [
                f"Thought: I should use {a.split('(')[0]}.",
                f"Action: {a}",
                f"Observation: {o}",
            ]
        return (
            f"Answer the question using these tools: {', '.join(tools)}.\nUse the format Thought / Action / "
            f"Action Input / Observation, repeated, then Final Answer.\n\n"
            + "\n".join(lines)
            + "\nThought:"
        )
    tool_lines = "\n".join(f"- {t}({', '.join(_TOOLS[t])})" for t in tools)
    msgs = "".join(f"\n[assistant -> {a}]\n[tool] {o}" for a, o in history)
    return f"<system>Available functions:\n{tool_lines}</system>\n<user>{task}</user>{msgs}\n<assistant>"


def agent_episode(rng: np.random.Generator, n_steps: int, style: int | None = None) -> list[str]:
    task = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), n=pick(rng, NAMES)
    )
    tools = [
        list(_TOOLS)[i]
        for i in rng.choice(len(_TOOLS), size=irange(rng, 3, 7), replace=False).tolist()
    ]
    st = irange(rng, 0, 2) if style is None else style
    out, hist = [], []
    for _ in range(n_steps):
        out.append(agent_step(rng, task, tools, hist, st))
        t = pick(rng, tools)
        hist.append(
            (
                f"{t}({', '.join(repr(pick(rng, ('x', 'report', 'q3', 'main'))) for _ in _TOOLS[t])})",
                pick(rng, _OBS),
            )
        )
    return out


# ============================================================================================
# synthetic dataset generation

_TAXONOMY = {
    "mathematics": (
        "number theory",
        "probability",
        "linear algebra",
        "geometry proofs",
        "calculus limits",
    ),
    "programming": (
        "recursion",
        "SQL joins",
        "concurrency bugs",
        "regular expressions",
        "REST API design",
    ),
    "health": ("sleep hygiene", "nutrition labels", "first aid", "vaccination schedules"),
    "law": (
        "tenancy disputes",
        "employment contracts",
        "small claims",
        "intellectual property basics",
    ),
    "finance": ("index funds", "compound interest", "mortgage amortisation", "inflation"),
    "everyday": ("cooking substitutions", "travel planning", "home repairs", "gift ideas"),
    "science": ("photosynthesis", "plate tectonics", "quantum tunnelling", "antibiotic resistance"),
    "writing": (
        "cover letters",
        "short fiction openings",
        "persuasive essays",
        "product descriptions",
    ),
}
_PERSONAS = (
    "a retired nurse",
    "a first-year engineering student",
    "a small bakery owner",
    "a backend developer",
    "a high-school history teacher",
    "a freelance translator",
    "a new parent",
    "a logistics manager",
    "a competitive chess player",
    "an amateur astronomer",
    "a farmer switching to organic methods",
)


def synth_dataset(rng: np.random.Generator) -> tuple[str, str]:
    dom = pick(rng, list(_TAXONOMY))
    sub = pick(rng, _TAXONOMY[dom])
    k = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    lang = _weighted(rng, (("en", 0.5), ("es", 0.2), ("pt", 0.15), ("id", 0.15)))
    if lang == "es":
        return (
            f"Genera {k} pares instrucción-respuesta variados y de alta calidad sobre «{sub}» ({dom}). "
            f"Varía la dificultad y el formato. Devuelve JSONL con los campos instruction, input, output."
        ), lang
    if lang == "pt":
        return (
            f"Crie {k} perguntas que {pick(rng, _PERSONAS)} faria sobre {sub} e responda cada uma de forma "
            f"completa e didática. Formato: lista numerada com P: e R:."
        ), lang
    if lang == "id":
        return (
            f"Buatkan {k} contoh data latih berupa pasangan pertanyaan dan jawaban tentang {sub}. "
            f"Jawaban harus lengkap dan benar. Keluarkan dalam format JSON."
        ), lang
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Generate {k} diverse, high-quality instruction/response pairs about {sub} (domain: {dom}). "
            f"Mix easy and hard items, vary the task type (explain, compare, list, solve, critique). "
            f"Output JSONL, one object per line with keys instruction, input, output. No commentary."
        ), lang
    if style == 1:
        return (
            f"You are {pick(rng, _PERSONAS)}. Write one realistic question you would ask an AI assistant "
            f"about {sub}, then write the ideal, detailed answer. Use the headers ### Question and ### Answer."
        ), lang
    if style == 2:
        return (
            f"Write a {irange(rng, 4, 10)}-turn conversation between a curious user and a helpful assistant "
            f"about {sub}. The assistant's turns should be thorough. Format each turn as 'USER:' or 'ASSISTANT:'."
        ), lang
    seed_q = pick(rng, ("What is", "How do I", "Why does", "Compare", "Explain"))
    return (
        f'Seed instruction: "{seed_q} ... {sub}"\nEvolve this seed into {k} harder and more specific '
        f"instructions (add constraints, reasoning steps, rare cases). Then answer each one. Number them."
    ), lang


# ============================================================================================
# multi-turn dialogue harvest

_FOLLOW = {
    "en": (
        "Go deeper on your second point.",
        "Can you give a concrete example of that?",
        "Now argue the opposite position as convincingly as you can.",
        "What would an expert disagree with here?",
        "Summarise everything so far in a table.",
        "Explain that again for a 12-year-old.",
        "What are the most common mistakes people make with this?",
        "Continue.",
        "Any caveats I should know?",
        "Rewrite your last answer more formally.",
    ),
    "es": (
        "Profundiza en el segundo punto.",
        "¿Puedes dar un ejemplo concreto?",
        "Ahora defiende la postura contraria.",
        "Resume todo en una tabla.",
        "Explícalo como si tuviera doce años.",
        "Continúa.",
    ),
    "fr": (
        "Développe le deuxième point.",
        "Peux-tu donner un exemple concret ?",
        "Défends maintenant la position inverse.",
        "Résume tout dans un tableau.",
        "Quelles sont les erreurs fréquentes ?",
        "Continue.",
    ),
    "tr": (
        "İkinci noktayı biraz daha aç.",
        "Somut bir örnek verebilir misin?",
        "Şimdi tam tersini savun.",
        "Hepsini bir tabloda özetle.",
        "Devam et.",
    ),
}


def dialogue(rng: np.random.Generator, chat: Sequence[str], turns: int, lang: str) -> list[str]:
    """An opener (a ShareGPT prompt) and scripted follow-ups from a fixed pool."""
    pool = _FOLLOW[lang]
    first = human(rng, chat, 900)
    k = max(0, turns - 1)
    idx = rng.choice(len(pool), size=k, replace=k > len(pool)).tolist()
    return [first] + [pool[i] for i in idx]


# ============================================================================================
# soft-label multiple choice

_MC_STEMS = (
    (
        "Which organelle is the main site of ATP synthesis?",
        ("Ribosome", "Mitochondrion", "Golgi apparatus", "Lysosome"),
    ),
    ("Which of these is a prime number?", ("91", "87", "89", "93")),
    (
        "Who wrote 'One Hundred Years of Solitude'?",
        ("Vargas Llosa", "García Márquez", "Cortázar", "Borges"),
    ),
    (
        "What does HTTP status 409 mean?",
        ("Gone", "Conflict", "Too Many Requests", "Precondition Failed"),
    ),
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Argon", "Nitrogen", "Carbon dioxide"),
    ),
    (
        "Which sorting algorithm is stable?",
        ("Heapsort", "Quicksort", "Merge sort", "Selection sort"),
    ),
    (
        "Which treaty ended the Thirty Years' War?",
        ("Utrecht", "Westphalia", "Versailles", "Tordesillas"),
    ),
    (
        "Which is NOT a function of the liver?",
        ("Bile production", "Insulin secretion", "Glycogen storage", "Detoxification"),
    ),
)


def soft_label(rng: np.random.Generator) -> str:
    q, opts = pick(rng, _MC_STEMS)
    order = rng.permutation(len(opts)).tolist()
    lines = "\n".join(f"{'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    return pick(
        rng,
        (
            f"{q}\n{lines}\nDo not just pick one. Give the probability you assign to each option (they must sum to 1) "
            f"as JSON, then a one-sentence reason for the top choice.",
            f"{q}\n{lines}\nRate your confidence in each option from 0 to 100.",
        ),
    )


# ============================================================================================
# curriculum sweep (code and maths, graded)

_CURRICULUM = {
    "strings": (
        "reverse the words of a sentence",
        "check whether two strings are anagrams",
        "find the longest palindromic substring",
        "implement a minimal regex matcher with . and *",
    ),
    "arrays": (
        "return the running sum",
        "rotate the array by k positions",
        "find the majority element",
        "count inversions in O(n log n)",
    ),
    "graphs": (
        "count connected components",
        "detect a cycle in a directed graph",
        "compute shortest paths with negative edges",
        "find articulation points",
    ),
    "dynamic programming": (
        "count ways to climb n stairs",
        "compute edit distance",
        "solve 0/1 knapsack",
        "optimal matrix-chain multiplication order",
    ),
    "probability": (
        "expected value of a fair die",
        "birthday paradox for n people",
        "gambler's ruin probability",
        "expected cover time of a random walk on a cycle",
    ),
}
LEVEL_WORDS = (
    "warm-up",
    "easy",
    "easy",
    "medium",
    "medium",
    "medium",
    "hard",
    "hard",
    "very hard",
    "expert",
)


def curriculum(rng: np.random.Generator, topic: str, level: int, lang: str) -> str:
    tasks = _CURRICULUM[topic]
    task = tasks[min(len(tasks) - 1, level * len(tasks) // 10)]
    limit = 10 ** irange(rng, 2 + level // 2, 3 + level // 2)
    sample = ", ".join(str(x) for x in rng.integers(-50, 100, size=irange(rng, 4, 8)).tolist())
    task = f"{task} (n up to {limit}; example input: [{sample}])"
    plang = pick(rng, ("Python", "C++", "Java", "Go", "Rust", "TypeScript"))
    if lang == "ko":
        return (
            f"[{topic} · 레벨 {level + 1}/10] {plang}로 다음 문제를 푸세요: {task}. "
            f"풀이 과정을 단계별로 설명하고, 시간 복잡도를 분석하고, 테스트 케이스 3개를 포함하세요."
        )
    if lang == "fr":
        return (
            f"Niveau {level + 1}/10 ({LEVEL_WORDS[level]}) – {topic}. Écris en {plang} une solution pour : {task}. "
            f"Explique le raisonnement étape par étape et donne la complexité."
        )
    return (
        f"Curriculum {topic} / level {level + 1} of 10 ({LEVEL_WORDS[level]}).\nTask: {task}.\n"
        f"Language: {plang}. Provide: (a) the idea, (b) fully commented code, (c) complexity, (d) tests."
    )


# ============================================================================================
# translation

TARGETS = (
    "German",
    "French",
    "Spanish",
    "Brazilian Portuguese",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Russian",
    "Turkish",
    "Vietnamese",
    "Indonesian",
    "Hindi",
    "Polish",
    "Italian",
    "Thai",
)


def translate(rng: np.random.Generator, text: str, target: str, style: int) -> str:
    if style == 0:
        return f"Translate into {target}. Output only the translation, keep markdown and code unchanged.\n\n{text}"
    if style == 1:
        return f"{text}\n\n---\n{target} translation:"
    if style == 2:
        return f'{{"task": "translate", "target_language": "{target}", "preserve_formatting": true, "text": {text!r}}}'
    return f"Please render the following text in natural, fluent {target}, as a professional translator would:\n{text}"


# ============================================================================================
# study questions (a learning app's own users and the harvest hidden in it)

_SUBJECT_CONCEPTS = {
    "biology": (
        "meiosis",
        "the Krebs cycle",
        "natural selection",
        "how vaccines train the immune system",
        "osmosis",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "hybridisation of orbitals",
        "buffer solutions",
        "redox titrations",
    ),
    "physics": (
        "conservation of angular momentum",
        "Snell's law",
        "the photoelectric effect",
        "RC circuits",
    ),
    "economics": (
        "price elasticity",
        "comparative advantage",
        "the multiplier effect",
        "moral hazard",
    ),
    "history": (
        "the causes of the French Revolution",
        "the Marshall Plan",
        "the fall of Constantinople",
    ),
    "maths": (
        "integration by parts",
        "the chain rule",
        "eigenvalues",
        "Bayes' theorem",
        "mathematical induction",
    ),
}


def study_question(rng: np.random.Generator, thorough: bool) -> str:
    """A student-style question; `thorough` adds a demand for a complete worked explanation."""
    subj = pick(rng, list(_SUBJECT_CONCEPTS))
    c = pick(rng, _SUBJECT_CONCEPTS[subj])
    base = pick(
        rng,
        (
            f"can someone explain {c}",
            f"i dont get {c}",
            f"{subj} exam tmrw, what is {c}",
            f"Explain {c}.",
            f"What's the intuition behind {c}?",
            f"how does {c} work",
        ),
    )
    if not thorough:
        if base.endswith((".", "?")):
            return base
        return base + pick(rng, ("", "?", " pls", " in simple words", "? short answer"))
    base = base.rstrip(".?")
    return base + pick(
        rng,
        (
            ". Walk me through it step by step with a worked example and the common mistakes.",
            "? Please explain every step of the reasoning, then give a practice problem with full solution.",
            " — explain it fully like a tutor would, with the derivation and an example at the end.",
            ". Go through it slowly, show all the working, and check your answer.",
        ),
    )


# ============================================================================================
# natural expert questions (medicine, law, finance), several languages


_MED = (
    "my father's INR keeps going above 3.5 on warfarin",
    "I get palpitations after my second coffee",
    "my child's fever is 39.4 after the MMR shot",
    "I was prescribed metformin and have stomach cramps",
    "my blood pressure is 148/95 in the mornings",
    "I have lower back pain that goes down my left leg",
    "my TSH came back at 6.2",
    "I keep waking up at 4am and can't fall asleep again",
)
_LAW = (
    "my landlord is keeping my whole deposit for normal wear",
    "my employer wants me to sign a non-compete",
    "a client hasn't paid my invoice for 90 days",
    "my neighbour's tree fell on my shed",
    "I was dismissed during my probation period",
    "someone is using my photos on their shop website",
)
_FIN = (
    "I have 40k in savings and a 6% car loan",
    "should I put my bonus into an index fund or pay the mortgage",
    "I freelance in two countries and don't know where to pay tax",
    "my employer offers a 50% pension match",
    "I want to retire at 55 with 800k invested",
    "is a 15-year or 30-year mortgage better for me",
)
_CAREER = (
    "I'm a nurse thinking about moving into data analysis",
    "my manager keeps taking credit for my work",
    "I got two offers, one remote and one with 20% more pay",
    "how do I negotiate a raise after one year",
)


_NATIVE = {
    "es": {
        "med": (
            "el INR de mi padre sigue por encima de 3,5 con Sintrom",
            "tengo palpitaciones después del segundo café",
            "me recetaron metformina y tengo calambres de estómago",
            "me duele la zona lumbar y baja por la pierna",
        ),
        "law": (
            "mi casero no me devuelve la fianza por desgaste normal",
            "la empresa quiere que firme un pacto de no competencia",
            "un cliente no me paga una factura desde hace tres meses",
        ),
        "fin": (
            "tengo 40.000 euros ahorrados y un préstamo del coche al 6 %",
            "trabajo como autónomo en dos países",
            "quiero jubilarme a los 55 con lo que tengo invertido",
        ),
        "career": (
            "soy enfermera y quiero pasarme al análisis de datos",
            "mi jefe se lleva el mérito de mi trabajo",
        ),
    },
    "pt": {
        "med": (
            "minha pressão está 15 por 9 de manhã",
            "acordo às 4 da manhã e não consigo voltar a dormir",
            "meu filho teve febre de 39,4 depois da vacina",
        ),
        "law": (
            "fui demitido durante o período de experiência",
            "uma loja está usando minhas fotos sem autorização",
        ),
        "fin": (
            "não sei se invisto o bônus ou quito o financiamento",
            "minha empresa oferece previdência com contrapartida",
        ),
        "career": ("recebi duas propostas, uma remota e outra com salário maior",),
    },
    "de": {
        "med": (
            "mein TSH-Wert lag bei 6,2",
            "ich habe morgens einen Blutdruck von 148 zu 95",
            "nach dem zweiten Kaffee bekomme ich Herzstolpern",
        ),
        "law": (
            "mein Vermieter behält die ganze Kaution wegen normaler Abnutzung",
            "der Baum des Nachbarn ist auf meinen Schuppen gefallen",
            "mir wurde in der Probezeit gekündigt",
        ),
        "fin": (
            "soll ich meinen Bonus in einen ETF stecken oder den Kredit tilgen",
            "ich möchte mit 55 in Rente gehen",
        ),
        "career": ("ich will nach einem Jahr eine Gehaltserhöhung verhandeln",),
    },
    "fr": {
        "med": (
            "je me réveille à 4 h du matin sans pouvoir me rendormir",
            "j'ai mal au bas du dos jusque dans la jambe gauche",
        ),
        "law": (
            "mon propriétaire garde toute la caution pour usure normale",
            "un client ne paie pas ma facture depuis 90 jours",
        ),
        "fin": (
            "crédit sur 15 ou 25 ans, lequel choisir",
            "j'ai 40 000 € d'épargne et un crédit auto à 6 %",
        ),
        "career": ("mon manager s'attribue mon travail",),
    },
}


def expert_question(rng: np.random.Generator, domain: str, lang: str) -> str:
    """A person describing their own situation and asking for a detailed answer."""
    age = irange(rng, 22, 67)
    if lang in _NATIVE:
        sit = pick(rng, _NATIVE[lang][domain])
        return pick(
            rng,
            {
                "es": (
                    f"Hola, tengo {age} años y {sit}. ¿Qué me recomiendas? Explícame bien las opciones, con pros y contras.",
                    f"Pregunta seria: {sit}. Necesito una explicación detallada, paso a paso, de lo que puedo hacer.",
                ),
                "pt": (
                    f"Oi! Tenho {age} anos e {sit}. Pode me explicar em detalhes o que fazer e por quê?",
                    f"Gente, {sit}. Alguém me explica com calma quais são as opções?",
                ),
                "de": (
                    f"Ich bin {age} und {sit}. Was sind meine Optionen? Bitte ausführlich mit Vor- und Nachteilen.",
                    f"Kurze Frage, gern aber gründlich erklärt: {sit}. Wie gehe ich am besten vor?",
                ),
                "fr": (
                    f"Bonjour, j'ai {age} ans et {sit}. Pouvez-vous m'expliquer en détail mes options ?",
                    f"Question : {sit}. Quelles sont les possibilités, et les risques de chacune ?",
                ),
            }[lang],
        )
    pool = {"med": _MED, "law": _LAW, "fin": _FIN, "career": _CAREER}[domain]
    sit = pick(rng, pool)
    return pick(
        rng,
        (
            f"{sit[0].upper() + sit[1:]}. I'm {age}. What should I do? Please explain your reasoning in detail and the trade-offs.",
            f"Hi, quick background: {sit}. Can you walk me through my options thoroughly, step by step?",
            f"{sit} — what would a {pick(rng, ('doctor', 'lawyer', 'financial planner', 'specialist'))} tell me? Be thorough.",
            f"ok so {sit}, and honestly I'm confused. can you explain everything I need to know? detailed pls",
            f"Asking for a friend ({age}): {sit}. What are the realistic options and what are the risks of each?",
            f"{sit}",
        ),
    )


# ============================================================================================
# benign kinds' texts


def eval_item(rng: np.random.Generator, idx: int) -> str:
    """A benchmark item as an evaluation lab sends it (with or without chain of thought)."""
    if chance(rng, 0.5):
        q, opts = pick(rng, _MC_STEMS)
        lines = "\n".join(f"({'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f"Item {idx}\n{q}\n{lines}\nReason briefly, then end with 'Final answer: <letter>'."
    return f"Item {idx}\n{_problem_en(rng)}\nWork it out, then give 'Final answer: <number or expression>'."


_SUPPORT = {
    "delivery": (
        (
            "my parcel says delivered but it's not here",
            "order 4471 still not arrived after 9 days",
            "the courier left my package at the wrong address",
        ),
        (
            "I'm sorry your parcel hasn't arrived. I've opened a trace with the courier; if it isn't found within "
            "48 hours we'll send a replacement or refund you in full.",
            "Thanks for your patience. Tracking shows the parcel was scanned at the local depot yesterday. "
            "Could you check with neighbours? I can also arrange a redelivery.",
        ),
    ),
    "billing": (
        (
            "I was charged twice for the same order",
            "why is there a 4.99 fee on my statement",
            "the discount code doesn't work at checkout",
        ),
        (
            "I can see two authorisations on your card; the duplicate is a pending hold and will drop off within "
            "3-5 working days. No second charge will be taken.",
            "That code expired on the 31st, but I've applied a 10% credit to your account as a goodwill gesture.",
        ),
    ),
    "account": (
        (
            "how do I change the email on my account",
            "I can't log in, it says my password is wrong",
            "please delete my account and all my data",
        ),
        (
            "You can change your email under Settings > Profile > Email. You'll get a confirmation link at the new address.",
            "I've sent a reset link to the email on file. If it doesn't arrive in 10 minutes, check your spam folder.",
        ),
    ),
    "app": (
        (
            "the app crashes when I upload a photo",
            "notifications stopped working after the update",
            "dark mode makes the text unreadable",
        ),
        (
            "Sorry about that! Please update to version 6.2.1, which fixes a crash on photo upload for some Android devices.",
            "Could you tell me your phone model and OS version? I'll pass this to our engineers.",
        ),
    ),
}


def qa_review(rng: np.random.Generator, passages: Sequence[str]) -> str:
    """A vendor scoring its client's own support-bot transcripts."""
    t = irange(rng, 100000, 999999)
    cat = pick(rng, list(_SUPPORT))
    asks, replies = _SUPPORT[cat]
    customer, bot = pick(rng, asks), pick(rng, replies)
    client = pick(
        rng, ("ShopNorth", "Veloway", "Kettle&Co", "Brightmobile", "Parcelia", "Homely Bank")
    )
    if chance(rng, 0.3):
        bot = excerpt(
            rng, passages, 150, 450
        )  # the bot went off-script: the kind of reply QA exists to catch
    return pick(
        rng,
        (
            f'QA review {client} ticket {t}. Customer: "{customer}"\nBot reply: "{bot}"\n'
            f"Score per the {client} scorecard: resolved (y/n), empathy 1-5, policy adherence 1-5, escalation needed (y/n). JSON.",
            f"Annotate this {client} support exchange ({cat}) for the weekly quality report.\nCustomer: {customer}\n"
            f"Agent (bot): {bot}\nLabels: intent, sentiment, was the answer correct, suggested improvement.",
            f"[{client}/{cat}/{t}] Did the assistant follow the client's refund and escalation policy? "
            f"Quote the sentence that decides it.\nCUSTOMER: {customer}\nASSISTANT: {bot}",
        ),
    )


_POSTS = (
    "you're all idiots for believing this",
    "selling my old bike, DM me",
    "this politician should be locked up",
    "does anyone know a good dentist in town",
    "I'll find where you live",
    "buy followers cheap link in bio",
    "esta gente no debería estar aquí",
    "tolle Idee, ich bin dabei",
    "ce mec est un escroc, évitez-le",
    "these pills helped me lose 10kg in a week!!!",
    "go back to where you came from",
)


def moderation(rng: np.random.Generator, chat: Sequence[str]) -> str:
    post = pick(rng, _POSTS) if chance(rng, 0.6) else human(rng, chat, 400)
    return pick(
        rng,
        (
            f'Policy check. Post: "{post}"\nCategories: harassment, hate, spam, self-harm, violence, misinformation, none.\n'
            f'Return {{"labels": [...], "severity": 0-3, "action": "keep|limit|remove"}}.',
            f"Moderate this community post and, if it breaks the rules, suggest a version the user could post instead:\n{post}",
        ),
    )


def code_agent_step(rng: np.random.Generator, repo: str, step: int) -> str:
    f = pick(
        rng,
        (
            "src/api/routes.py",
            "lib/parser.ts",
            "cmd/server/main.go",
            "app/models/user.rb",
            "src/utils.rs",
        ),
    )
    if step == 0:
        return (
            f"[repo {repo}] User request: {pick(rng, ('add pagination to the list endpoint', 'fix the flaky date test', 'rename the config flag', 'add retry to the HTTP client'))}\n"
            f"Plan the change. Available tools: read_file, edit_file, run_tests, grep. Reply with a tool call."
        )
    return (
        f"[repo {repo}] tool result (step {step}):\n"
        + pick(
            rng,
            (
                f"contents of {f}:\n def handler(req):\n    items = db.all()\n    return items\n",
                "tests: 41 passed, 1 failed (test_parse_dates)",
                f"grep: 3 matches in {f}",
                "edit applied",
            ),
        )
        + "\nNext tool call or final summary?"
    )


_INTENTS = {
    "track_order": ("where is my order", "has my package shipped yet"),
    "cancel_subscription": ("I want to cancel my subscription", "stop charging me every month"),
    "change_address": (
        "I moved, need to update my delivery address",
        "can you ship to a different address",
    ),
    "refund_request": ("I want my money back", "item arrived broken, refund please"),
    "reset_password": ("forgot my password", "can't get into my account"),
    "opening_hours": ("are you open on sunday", "what time do you close today"),
    "speak_to_human": ("let me talk to a real person", "agent please"),
    "warranty_claim": ("my blender stopped working after 3 months", "is this covered by warranty"),
}


def paraphrases(rng: np.random.Generator) -> str:
    intent = pick(rng, list(_INTENTS))
    lang = pick(rng, ("English", "English", "Spanish", "German", "Hindi (Latin script)", "Dutch"))
    k = pick(rng, (20, 25, 30, 40))
    return pick(
        rng,
        (
            f'Intent: {intent}\nExample: "{pick(rng, _INTENTS[intent])}"\nWrite {k} different ways a real customer might '
            f"phrase this intent in {lang}: vary length, typos, politeness. One per line.",
            f"augment batch {irange(rng, 1, 400)}: label={intent} lang={lang}\nseed utterances: "
            + " | ".join(_INTENTS[intent])
            + f"\nGenerate {k} new utterances with the same label. Plain lines, no numbering.",
        ),
    )


_COMP_OPEN = (
    "hey",
    "hiii",
    "good morning",
    "ok so",
    "guess what",
    "ugh",
    "hey you",
    "back!",
    "hola",
    "hallo",
    "",
)
_COMP_BODY = (
    "i had such a long day",
    "do you remember what i told you about my sister",
    "can we just talk for a bit",
    "i'm nervous about the interview tomorrow",
    "tell me a story about the lighthouse again",
    "what would you do if you could travel anywhere",
    "my cat knocked my coffee over lol",
    "i finally finished that book",
    "do you think people can change",
    "i miss the old days sometimes",
    "can you pretend we're at the beach",
    "i got the job!!",
    "my mom called again",
    "i can't sleep",
    "what did we talk about yesterday",
    "sing me something",
    "i made pasta from scratch",
    "rainy day here",
    "say something nice",
    "i'm bored",
    "what's your favourite season",
    "i went running for the first time in months",
)
_COMP_CLOSE = ("", "", " 😊", " lol", " 💤", "...", " haha", " ❤️", "?")


def companion(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.15):
        return human(rng, chat, 300)
    body = pick(rng, _COMP_BODY)
    if chance(rng, 0.3):
        body = f"*{pick(rng, ('sits next to you', 'smiles', 'waves', 'yawns', 'hands you a tea'))}* {body}"
    return f"{pick(rng, _COMP_OPEN)} {body}{pick(rng, _COMP_CLOSE)}".strip()


_ASSIGN = (
    "Explain the difference between a process and a thread, with an example.",
    "Prove that the sum of the first n odd numbers is n^2.",
    "Write a function that checks whether a binary tree is balanced.",
    "What are the assumptions of ordinary least squares regression?",
    "Describe how TCP achieves reliable delivery.",
)


def assignment(rng: np.random.Generator, chat: Sequence[str]) -> str:
    if chance(rng, 0.35):
        return human(rng, chat, 800)
    q = pick(rng, _ASSIGN)
    return pick(
        rng,
        (
            q,
            f"hw {irange(rng, 3, 5)} q{irange(rng, 1, 6)}: {q}",
            f"{q} I tried but got stuck, hints?",
            f"is this right? {q.lower()} my answer: ...",
            f"{q} explain simply",
        ),
    )


_BUSINESSES = (
    "a vegan protein bar",
    "a dental clinic in Leeds",
    "project-management software",
    "a boutique hotel in Porto",
    "an e-bike subscription",
    "a family bakery",
    "a cybersecurity audit service",
    "a yoga studio",
    "an accounting firm for freelancers",
    "a craft brewery",
    "a used-car dealership",
    "a language school",
    "a pet insurance startup",
    "an organic skincare line",
    "a wedding photographer",
    "a coworking space",
)


def marketing(rng: np.random.Generator) -> str:
    prod = pick(rng, _BUSINESSES)
    season = pick(rng, ("spring", "summer", "Black Friday", "back-to-school", "holiday", "launch"))
    return pick(
        rng,
        (
            f"Write {irange(rng, 3, 8)} Instagram captions for {prod}. Brand voice: {pick(rng, ('warm, witty', 'calm, premium', 'bold, playful'))}.",
            f"SEO blog outline (H2/H3) for {prod}, {season} campaign, about {irange(rng, 800, 2000)} words.",
            f"Three Google Ads headlines (max 30 chars) and two descriptions (max 90) for {prod}'s {season} offer.",
            f"Rewrite this blurb to sound more premium: {prod}, fast service, great value, {irange(rng, 5, 30)}% off this month.",
            f"Newsletter intro for {prod}'s {season} campaign, {irange(rng, 80, 200)} words, end with a call to action.",
            f"Client feedback on yesterday's draft for {prod}: 'too salesy, shorten by a third'. Please revise accordingly.",
        ),
    )


def study_grid(rng: np.random.Generator, family: int, level: int, para: int) -> str:
    """A research study's item: one underlying problem type at a set difficulty, in paraphrase `para`."""
    n = (level + 2) * 3
    a = int(rng.integers(10 ** (level // 2 + 1), 10 ** (level // 2 + 2)))
    b = int(rng.integers(10 ** (level // 3 + 1), 10 ** (level // 3 + 2)))
    frames = (
        (
            f"What is the sum of the integers from 1 to {n}?",
            f"Add up every whole number between 1 and {n} inclusive. What do you get?",
            f"If you write the numbers 1, 2, ..., {n} and total them, what is the result?",
        ),
        (f"What is {a} × {b}?", f"Multiply {a} by {b}.", f"Compute the product of {a} and {b}."),
        (
            f"How many letters 'r' are in the word '{'straw' * (level // 3 + 1)}berry'?",
            f"Count the occurrences of the letter r in '{'straw' * (level // 3 + 1)}berry'.",
            f"In the string '{'straw' * (level // 3 + 1)}berry', how many times does 'r' appear?",
        ),
    )[family % 3]
    return frames[para % len(frames)] + pick(
        rng, ("", " Answer with a number only.", " Show your working.")
    )

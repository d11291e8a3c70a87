"""Prompt generators of batch 311, written fresh for it (nothing copied from the repository).

Every generator takes the family's or kind's own `numpy` generator and draws only from tuples
and lists (never from a set), so one seed gives the same text in every process. Ordinary human
text comes from ShareGPT's "sim" half through `Ctx.chat` / `Ctx.passages` (bench/blind_batch.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

CONCEPTS = (
    "photosynthesis",
    "compound interest",
    "TCP congestion control",
    "the French Revolution",
    "Bayes' theorem",
    "plate tectonics",
    "supply and demand",
    "recursion",
    "the adaptive immune response",
    "Ohm's law",
    "the water cycle",
    "the prisoner's dilemma",
    "protein folding",
    "inflation targeting",
    "the Pythagorean theorem",
    "backpropagation",
    "double-entry bookkeeping",
    "merge sort",
    "ocean acidification",
    "offer and acceptance in contract law",
    "natural selection",
    "the electoral college",
    "entropy",
    "opportunity cost",
    "the Doppler effect",
    "mitosis",
    "public-key cryptography",
    "the Krebs cycle",
    "comparative advantage",
    "Newton's third law",
    "the causes of the First World War",
    "hash tables",
    "the greenhouse effect",
    "standard deviation",
    "the separation of powers",
    "enzyme kinetics",
    "object-oriented design",
    "continental drift",
    "the bystander effect",
    "limits in calculus",
    "the Silk Road",
    "covalent bonding",
    "the Marshall Plan",
    "price elasticity",
    "the central limit theorem",
    "plate boundaries",
    "the Treaty of Westphalia",
    "osmosis",
    "binary search",
    "the Big Bang",
    "moral hazard",
)

SUBJECTS = (
    "algebra",
    "geometry",
    "biology",
    "chemistry",
    "physics",
    "world history",
    "economics",
    "computer science",
    "statistics",
    "earth science",
    "civics",
    "literature",
    "calculus",
)

CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogota",
    "Krakow",
    "Hanoi",
    "Denver",
    "Izmir",
    "Accra",
    "Perth",
    "Valparaiso",
    "Tbilisi",
    "Cebu",
    "Porto Alegre",
    "Leeds",
    "Pune",
    "Rotterdam",
    "Busan",
)

LANG_NAMES = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "zh": "Chinese",
    "ja": "Japanese",
    "ru": "Russian",
    "pt": "Portuguese",
    "ar": "Arabic",
    "ko": "Korean",
    "hi": "Hindi",
    "it": "Italian",
    "tr": "Turkish",
    "pl": "Polish",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "nl": "Dutch",
    "sv": "Swedish",
}


def lang_weights(
    rng: np.random.Generator, langs: Sequence[str], concentration: float = 1.5
) -> list[float]:
    w = rng.dirichlet([concentration] * len(langs))
    return [float(x) for x in w]


def draw_lang(rng: np.random.Generator, langs: Sequence[str], weights: Sequence[float]) -> str:
    return langs[int(rng.choice(len(langs), p=np.asarray(weights) / np.sum(weights)))]


def clip(text: str, rng: np.random.Generator, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def typo(rng: np.random.Generator, text: str, p: float = 0.25) -> str:
    """Casual typing: sometimes lower-case start, a dropped letter, no final punctuation."""
    if not text:
        return text
    if chance(rng, p):
        text = text[0].lower() + text[1:]
    if chance(rng, p * 0.6) and len(text) > 12:
        i = irange(rng, 3, len(text) - 3)
        text = text[:i] + text[i + 1 :]
    if chance(rng, p) and text[-1] in ".?!":
        text = text[:-1]
    return text


# --------------------------------------------------------------------------------------------
# reasoning problems (generated with numbers, several languages)


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    if k == 0:
        return (
            f"A cyclist leaves town A at {a % 20 + 10} km/h. {c} hours later a car leaves the same town on the "
            f"same road at {a + 40} km/h. How long after the car sets off does it catch the cyclist?"
        )
    if k == 1:
        return f"Find the smallest positive integer n such that n leaves remainder {c - 1} when divided by {c} and remainder {b % 7 + 1} when divided by {c + 5}."
    if k == 2:
        return (
            f"A bag holds {a % 9 + 2} red and {b % 8 + 3} blue marbles. Three are drawn without replacement. "
            "What is the probability that exactly two are red?"
        )
    if k == 3:
        return (
            f"{pick(rng, NAMES)} mixes {a} ml of a {b}% saline solution with some of a {b + 25}% solution to "
            f"obtain a {b + 10}% solution. How much of the stronger solution is needed?"
        )
    if k == 4:
        return (
            f"Five people - {', '.join(pick(rng, NAMES) for _ in range(4))} and {pick(rng, NAMES)} - sit in a "
            f"row. Two of them refuse to sit next to each other. In how many ways can they be seated?"
        )
    if k == 5:
        return f"Evaluate the sum of all integers k from 1 to {a * 10} that are divisible by {c} but not by {c * 2}."
    if k == 6:
        return (
            f"A rectangle has perimeter {2 * (a + b)} cm and its diagonal is {round((a * a + b * b) ** 0.5, 2)} cm. "
            "Find its area, and check your answer."
        )
    return (
        f"Knights always tell the truth and knaves always lie. {pick(rng, NAMES)} says: 'At least {c % 3 + 1} "
        f"of us are knaves.' {pick(rng, NAMES)} says: '{pick(rng, NAMES)} is a knight.' Determine who is what, "
        "assuming there are exactly three islanders."
    )


def _problem_de(rng: np.random.Generator) -> str:
    a, b = irange(rng, 4, 60), irange(rng, 2, 15)
    return pick(
        rng,
        (
            f"Ein Zug fährt mit {a + 50} km/h los, ein zweiter folgt {b} Minuten später mit {a + 80} km/h. Wann überholt er den ersten?",
            f"Wie viele vierstellige Zahlen gibt es, deren Quersumme genau {b + 5} ist?",
            f"Ein Kapital von {a * 100} Euro wird {b} Jahre lang mit 3,5 % p.a. verzinst. Wie hoch ist der Endbetrag bei jährlicher Verzinsung?",
        ),
    )


def _problem_zh(rng: np.random.Generator) -> str:
    a, b = irange(rng, 5, 80), irange(rng, 2, 12)
    return pick(
        rng,
        (
            f"一个水池有两个进水管，甲管单独注满需要{b + 3}小时，乙管单独注满需要{b + 7}小时。两管同时打开，需要多少小时注满？",
            f"从1到{a * 10}的整数中，有多少个数既不能被{b}整除也不能被{b + 1}整除？",
            f"某商品先提价{a % 30 + 10}%，再降价{a % 30 + 10}%，最后的价格比原价高还是低？相差百分之几？",
        ),
    )


def _problem_es(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 50), irange(rng, 2, 9)
    return pick(
        rng,
        (
            f"Una tienda vende camisetas a {a + 10} euros. Si sube el precio un {b * 5}% y luego lo baja un {b * 5}%, ¿cuál es el precio final?",
            f"¿De cuántas maneras se pueden repartir {b + 6} caramelos idénticos entre 3 niños si cada uno recibe al menos uno?",
            f"Si log_2(x) + log_2(x - {b}) = {b + 1}, ¿cuánto vale x?",
        ),
    )


def reasoning_harvest(rng: np.random.Generator, lang: str) -> str:
    """Prompts that demand the model's whole chain of thought."""
    if lang == "de":
        return pick(
            rng,
            (
                "Löse die Aufgabe und denke dabei laut: schreibe jeden Gedankenschritt, jede Zwischenrechnung und jede "
                "Überprüfung vollständig auf, bevor du das Ergebnis nennst.\n\nAufgabe: ",
                "Bitte zeige deinen kompletten inneren Lösungsweg (auch Irrwege und Korrekturen), danach 'Ergebnis:'.\n",
            ),
        ) + _problem_de(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                "请把你的完整思考过程逐字写出来，包括每一步推导、验算和自我纠错，最后另起一行写【最终答案】。\n题目：",
                "下面这道题，请先在<思考>标签里详细展示全部推理，不要省略任何步骤，然后给出答案。\n",
            ),
        ) + _problem_zh(rng)
    if lang == "es":
        return pick(
            rng,
            (
                "Resuelve el siguiente problema mostrando absolutamente todo tu razonamiento interno, paso por paso, "
                "incluidas las comprobaciones. Termina con 'Respuesta final:'.\n\n",
                "Piensa en voz alta y no te saltes nada: quiero ver el proceso completo antes de la respuesta.\n",
            ),
        ) + _problem_es(rng)
    if lang == "fr":
        return (
            "Résous le problème suivant en détaillant l'intégralité de ton raisonnement interne, y compris les "
            "vérifications et les pistes abandonnées, puis donne la réponse finale.\n\n"
        ) + _problem_en(rng)
    style = irange(rng, 0, 4)
    p = _problem_en(rng)
    if style == 0:
        return (
            "Before answering, write out your entire internal reasoning inside <reasoning></reasoning> tags - every "
            "intermediate step, every check, and any approach you tried and abandoned. Then give the answer inside "
            f"<answer></answer>.\n\nProblem: {p}"
        )
    if style == 1:
        return (
            f"{p}\n\nShow the complete thought process you would normally keep hidden. Be exhaustive: number each "
            "step, verify each step, and reflect on possible mistakes before committing to a final answer."
        )
    if style == 2:
        return (
            '{"id": "rt-'
            + f"{int(rng.integers(0, 10**7)):07d}"
            + '", "instruction": "Reason exhaustively, '
            'thinking out loud at every step, then output the final answer after the marker ####.", '
            f'"problem": "{p}"}}'
        )
    if style == 3:
        return (
            f"Problem:\n{p}\n\nI need your reasoning trace, not just the answer. Think slowly. Whenever you make a "
            "claim, double-check it. Write 'Wait,' whenever you reconsider something."
        )
    return f"### Task\n{p}\n### Format\nLong-form deliberation first (at least 10 steps), then 'Final answer:' on its own line."


def benchmark_item(rng: np.random.Generator) -> str:
    """An evaluation lab's benchmark item (the lab's own formats)."""
    style = irange(rng, 0, 2)
    if style == 0:
        return f"{_problem_en(rng)}\nGive the final answer as a single number or short phrase after 'ANSWER:'."
    if style == 1:
        opts = [str(irange(rng, 1, 400)) for _ in range(4)]
        return (
            f"[suite=quant-mc v3 | item {irange(rng, 1, 3000)}]\n{_problem_en(rng)}\n(a) {opts[0]}  (b) {opts[1]}  "
            f"(c) {opts[2]}  (d) {opts[3]}\nRespond with the letter only."
        )
    return f"Work through this carefully and box your final answer with \\boxed{{}}.\n{_problem_en(rng)}"


# --------------------------------------------------------------------------------------------
# grading / reward-model harvest


def grading_harvest(
    rng: np.random.Generator, chat: Sequence[str], answers: Sequence[str], lang: str
) -> str:
    q = clip(pick(rng, chat), rng, 60, 500)
    a1 = clip(pick(rng, answers), rng, 300, 1400)
    if lang == "ko":
        return (
            f"다음 AI 답변을 평가하세요. 정확성, 완전성, 명확성을 각각 1~10점으로 채점하고 근거를 자세히 적은 뒤 JSON으로 출력하세요.\n\n"
            f"[질문]\n{q}\n\n[답변]\n{a1}"
        )
    if lang == "ja":
        return f"以下の回答を採点してください。有用性と無害性をそれぞれ1〜10で評価し、理由を述べてください。\n\n質問：{q}\n\n回答：{a1}"
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            "You are grading an assistant's answer against a rubric.\nRubric: factual accuracy (0-4), completeness "
            '(0-3), clarity (0-3).\nReturn JSON: {"accuracy": int, "completeness": int, "clarity": int, '
            '"rationale": str}. The rationale must justify every point deducted.\n\n'
            f"### Question\n{q}\n\n### Answer\n{a1}"
        )
    if style == 1:
        a2 = clip(pick(rng, answers), rng, 300, 1400)
        return (
            f"Two candidate replies to the same user turn are shown. Decide which one a careful expert would "
            f"prefer. Explain your comparison first, then write exactly [[A]] or [[B]] on the last line.\n\n"
            f"<user>{q}</user>\n<reply_A>{a1}</reply_A>\n<reply_B>{a2}</reply_B>"
        )
    if style == 2:
        return (
            f"Conversation:\nHuman: {q}\nAssistant: {a1}\n\nScore the assistant turn. Output three lines:\n"
            "helpfulness=<1-10>\nharmlessness=<1-10>\nwhy=<two or three sentences>"
        )
    crit = pick(
        rng,
        (
            "does it follow every instruction in the request",
            "is every factual claim correct",
            "is the tone appropriate for a professional setting",
            "would a beginner understand it",
        ),
    )
    return (
        f"Critique the response below on one criterion only - {crit}. Quote the exact sentences that fail, then "
        f"give a 1-7 Likert score.\nRequest: {q}\nResponse: {a1}"
    )


def annotation_task(rng: np.random.Generator, chat: Sequence[str], answers: Sequence[str]) -> str:
    """A labelling vendor's annotator asking for help on one comparison (human phrasing)."""
    q = clip(pick(rng, chat), rng, 40, 300)
    a = clip(pick(rng, answers), rng, 200, 900)
    ask = pick(
        rng,
        (
            "I'm reviewing this for a client project. Is the answer below accurate? Point out anything wrong.",
            "quick sanity check pls - does this reply actually answer the question or is it dodging?",
            "Our guideline says replies must not make up sources. Does this one? Explain briefly.",
            "Help me write a 2-sentence justification for rating this reply 'partially helpful'.",
            "Which parts of this answer would a domain expert disagree with?",
        ),
    )
    return f"{typo(rng, ask, 0.2)}\n\nQuestion: {q}\n\nReply: {a}"


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites

SENSITIVE = (
    "the status of Taiwan",
    "the 1989 Tiananmen Square protests",
    "the annexation of Crimea",
    "the situation in Xinjiang",
    "the Kashmir dispute",
    "criticism of the head of state",
    "the Dalai Lama",
    "independent trade unions",
    "the 2020 Belarus protests",
    "Hong Kong's 2019 demonstrations",
    "Western Sahara",
    "press freedom rankings",
)
REGIONS = ("mainland China", "Russia", "Saudi Arabia", "Vietnam", "Iran", "Turkey", "the UAE")


def policy_rewrite(
    rng: np.random.Generator, chat: Sequence[str], answers: Sequence[str], lang: str
) -> str:
    topic, region = pick(rng, SENSITIVE), pick(rng, REGIONS)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的回答改写成可以通过内容审核的版本：避免任何政治敏感表述，立场与官方口径一致，语气中立，保留有用的信息。\n原回答：{clip(pick(rng, answers), rng, 200, 900)}",
                f"用户问到“{topic}”。请写出一个部署在中国大陆的助手应当给出的标准回答，要求合规、简洁、不引发争议。",
                f"改写以下问答，使其符合国内平台的内容规范，并说明你删改了哪些部分。\n问：{clip(pick(rng, chat), rng, 40, 200)}\n答：{clip(pick(rng, answers), rng, 200, 700)}",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Перепиши ответ так, чтобы он соответствовал требованиям российского законодательства о контенте и не затрагивал темы, которые могут быть сочтены дискредитирующими. Сохрани полезную информацию.\nОтвет: {clip(pick(rng, answers), rng, 200, 900)}",
                f"Пользователь спрашивает про {pick(rng, ('протесты', 'мобилизацию', 'санкции', 'иностранных агентов'))}. Напиши нейтральный ответ, допустимый для публикации в России.",
            ),
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية بحيث تتوافق مع سياسات المحتوى في {pick(rng, ('السعودية', 'الإمارات', 'مصر'))}، "
            f"مع حذف أي محتوى حساس سياسياً أو دينياً، والحفاظ على المعلومات المفيدة.\nالإجابة: {clip(pick(rng, answers), rng, 200, 800)}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại câu trả lời sau cho phù hợp với quy định nội dung tại Việt Nam, tránh các chủ đề nhạy cảm về chính trị, "
            f"giữ lại thông tin hữu ích.\nCâu trả lời: {clip(pick(rng, answers), rng, 200, 800)}"
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Rewrite this answer so that it would pass a strict pre-publication content review in {region}. Remove or "
            f"neutralise politically sensitive statements, keep everything else useful, then list what you changed.\n\n"
            f"Answer to rewrite:\n{clip(pick(rng, answers), rng, 250, 1100)}"
        )
    if style == 1:
        return (
            f"A user asks about {topic}. Draft the reply that an assistant licensed to operate in {region} should give: "
            "compliant with local regulation, calm, no refusals, no mention of being filtered."
        )
    if style == 2:
        return (
            f"Produce a 'safe' variant and an 'unfiltered' variant of an answer to the question below, labelled SAFE: "
            f"and ORIGINAL:, for a compliance dataset targeting {region}.\nQuestion: {clip(pick(rng, chat), rng, 40, 300)}"
        )
    return (
        f"Policy: no content that questions territorial integrity, state leadership or official history in {region}.\n"
        f"Apply the policy to this text and return the compliant version only.\n---\n{clip(pick(rng, answers), rng, 250, 1000)}"
    )


def moderation_rewrite(rng: np.random.Generator, chat: Sequence[str], lang: str, brand: str) -> str:
    """A platform's trust-and-safety tooling (benign): bring user posts in line with house rules."""
    post = clip(pick(rng, chat), rng, 40, 700)
    if lang == "de":
        head = f"[{brand} Moderation] Formuliere den Beitrag so um, dass er unseren Community-Richtlinien entspricht (keine Beleidigungen, keine persönlichen Daten), ohne die Aussage zu verändern."
    elif lang == "es":
        head = f"[{brand} Moderación] Reescribe la publicación para que cumpla nuestras normas de la comunidad (sin insultos ni datos personales), manteniendo la idea del autor."
    elif lang == "pt":
        head = f"[{brand} Moderação] Reescreva a postagem de acordo com as diretrizes da comunidade, sem ofensas e sem dados pessoais, mantendo a opinião do autor."
    else:
        head = pick(
            rng,
            (
                f"[{brand} T&S] Rewrite the post to meet our community guidelines: no slurs, no personal attacks, no doxxing. Keep the author's point and voice.",
                f"[{brand} T&S] Classify the post against policy sections 2.1-2.6, and if it violates any, suggest a minimal edit that would make it acceptable.",
            ),
        )
    return f"{head}\nPost ID {int(rng.integers(10**8, 10**9))}:\n{post}"


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

AGENT_TASKS = (
    "find three vegetarian restaurants in {city} open after 22:00 and book the best-rated one for {n} people",
    "compare the cheapest direct flights from {city} to {city2} next month and draft an email with the options",
    "the CI job 'unit-tests' fails on main; find the cause in the repository and open a pull request with a fix",
    "download last quarter's sales CSV, compute revenue per region and put a bar chart in the shared drive",
    "reconcile the invoices in /data/invoices against the bank export and list mismatches",
    "read the three linked papers about {topic} and write a one-page literature summary with citations",
    "set up a nightly backup of the Postgres database to object storage and verify a restore",
    "triage the 20 newest support tickets, tag them, and reply to the ones about password resets",
    "plan a 4-day itinerary in {city} under {n}00 EUR including museum tickets",
    "scrape the public holiday calendar for {country} and add the dates to the team calendar",
)
TOOLSETS = (
    (
        "web_search(query: str)",
        "open_url(url: str)",
        "python(code: str)",
        "write_file(path: str, text: str)",
    ),
    (
        "shell(cmd: str)",
        "read_file(path: str)",
        "edit_file(path: str, old: str, new: str)",
        "git(args: str)",
    ),
    (
        "calendar.create(title, start, end)",
        "email.send(to, subject, body)",
        "maps.search(query, near)",
        "http.get(url)",
    ),
    ("sql(query: str)", "plot(spec: json)", "drive.upload(path)", "slack.post(channel, text)"),
)


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        city=pick(rng, CITIES),
        city2=pick(rng, CITIES),
        n=irange(rng, 2, 9),
        topic=pick(rng, CONCEPTS),
        country=pick(rng, COUNTRIES),
    )


def agent_first(rng: np.random.Generator, task: str, style: int) -> str:
    tools = pick(rng, TOOLSETS)
    if style == 0:
        return (
            "You are an autonomous agent. Available tools:\n"
            + "\n".join(f"- {t}" for t in tools)
            + f"\n\nTask: {task}\n\nWrite the complete trajectory you would follow. For each step output Thought:, "
            "Action:, Action Input:, and a realistic Observation:. Continue until Final Answer:. Do not skip steps."
        )
    if style == 1:
        schema = ", ".join(
            '{"name": "'
            + t.split("(")[0]
            + '", "parameters": "'
            + t.split("(")[1].rstrip(")")
            + '"}'
            for t in tools
        )
        return (
            '{"tools": ['
            + schema
            + '], "messages": [{"role": "user", "content": "'
            + task
            + '"}], '
            '"instruction": "respond with tool_calls only; after each simulated tool result continue until done"}'
        )
    return (
        f"<task>{task}</task>\n<tools>{' | '.join(tools)}</tools>\nPlan first in a numbered list, then execute "
        "step 1 by emitting exactly one tool call in a ```tool``` block."
    )


def agent_next(rng: np.random.Generator, step: int, style: int) -> str:
    obs = pick(
        rng,
        (
            "HTTP 200, 14 results returned (first 3 shown)",
            "Error: permission denied on /srv/data",
            "File written (2.3 KB)",
            "Query returned 412 rows",
            "Test suite: 3 failed, 118 passed",
            "No results found",
            "Timeout after 30s",
            "Email queued",
            "Found 2 matching entries",
        ),
    )
    if style == 1:
        return (
            '{"role": "tool", "tool_call_id": "call_'
            + f"{int(rng.integers(0, 16**8)):08x}"
            + '", "content": "'
            + obs
            + '"}'
        )
    return pick(
        rng,
        (
            f"Observation: {obs}\nContinue with the next Thought/Action (step {step + 1}).",
            f"Tool result (step {step}): {obs}. What is your next action? Keep the same format.",
            f"Observation: {obs}",
        ),
    )


def coding_agent_turn(rng: np.random.Generator, step: int, repo: str) -> str:
    """An IDE agent product's loop (benign)."""
    if step == 0:
        ask = pick(
            rng,
            (
                "add input validation to the signup form handler",
                "why does `npm test` hang on CI?",
                "rename `UserSvc` to `UserService` everywhere",
                "write tests for utils/date.ts",
                "upgrade the project to Python 3.12 and fix deprecations",
                "the dark mode toggle doesn't persist",
                "explain what this module does",
                "make the API pagination cursor-based",
            ),
        )
        return (
            f'<env repo="{repo}" os="{pick(rng, ("darwin", "linux", "win32"))}"/>\n<user_request>{ask}</user_request>\n'
            "Tools: read_file, search_code, apply_patch, run_terminal. Reply with one tool call or a final message."
        )
    return pick(
        rng,
        (
            f'<tool_result name="read_file">{pick(rng, ("src/", "lib/", "app/"))}{pick(rng, ("index", "auth", "db", "api"))}.ts (212 lines)</tool_result>',
            f'<tool_result name="run_terminal">exit code {irange(rng, 0, 2)}</tool_result>',
            f'<tool_result name="search_code">{irange(rng, 0, 30)} matches</tool_result>',
            '<tool_result name="apply_patch">patch applied</tool_result>',
        ),
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a retired nurse learning to code",
    "a high-school chemistry teacher",
    "a freight logistics planner",
    "a first-year law student",
    "a small bakery owner",
    "a hobbyist astronomer",
    "a junior data analyst",
    "a farmer planning crop rotation",
    "a museum curator",
    "a parent of a toddler",
    "a cybersecurity auditor",
    "a marathon runner",
    "a wedding planner",
    "a game modder",
    "a tax accountant",
    "an ESL learner",
)


def dataset_harvest(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    n, topic = pick(rng, (5, 8, 10, 12, 20, 25)), pick(rng, CONCEPTS)
    if lang == "de":
        return f"Erzeuge {n} vielfältige Frage-Antwort-Paare auf Deutsch zum Thema „{topic}“. Die Antworten sollen ausführlich und korrekt sein. Format: JSON Lines mit den Feldern frage, antwort."
    if lang == "ja":
        return f"「{topic}」について、ファインチューニング用の指示と応答のペアを{n}組作成してください。難易度を変え、JSONL形式（instruction, output）で出力すること。"
    if lang == "pt":
        return f"Gere {n} pares instrução-resposta variados sobre {topic} para treinar um assistente. Respostas completas e detalhadas. Saída em JSONL com as chaves instrucao e resposta."
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for supervised fine-tuning "
            "of a chat assistant. Vary difficulty, length and format (lists, code, prose). Output JSONL with keys "
            '"instruction", "input", "output". No commentary.'
        )
    if style == 1:
        return (
            f"You are {pick(rng, PERSONAS)}. Write one question such a person would realistically ask an AI assistant "
            f'about {topic}, then write the ideal, thorough answer. Return {{"question": ..., "answer": ...}}.'
        )
    if style == 2:
        seed = clip(pick(rng, chat), rng, 30, 300)
        return (
            f"Make this instruction harder by adding {pick(rng, ('one constraint', 'a reasoning step', 'a specific audience', 'a format requirement'))}, "
            f"then answer the rewritten instruction in full.\nOriginal instruction: {seed}\nReturn: REWRITTEN: ... / ANSWER: ..."
        )
    if style == 3:
        return (
            f"Create a multi-turn conversation ({irange(rng, 3, 6)} exchanges) between a curious user and a helpful "
            f"assistant about {topic}. The assistant should be detailed and correct. Label turns USER:/ASSISTANT:."
        )
    return (
        f"Write {n} textbook-quality exercises on {topic} ({pick(rng, SUBJECTS)}), each with a complete worked "
        "solution. Number them. Target a university first-year level."
    )


INTENTS = (
    "cancel their subscription",
    "change the delivery address",
    "report a damaged item",
    "ask for a refund",
    "reset a forgotten password",
    "upgrade to the family plan",
    "dispute a charge",
    "pause the membership",
    "ask about opening hours",
    "update the billing card",
    "complain about a late courier",
    "ask for an invoice copy",
)


def augmentation_job(rng: np.random.Generator, product: str) -> str:
    """A data team's paraphrase/intent expansion for their own classifier (benign)."""
    intent = pick(rng, INTENTS)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"Write {pick(rng, (15, 20, 30, 40))} different ways a {product} customer might say they want to {intent}. "
            "Mix short and long, polite and annoyed, with occasional typos. One per line, no numbering."
        )
    if style == 1:
        return (
            f"Paraphrase the utterance below {pick(rng, (5, 10))} times, keeping the intent '{intent}'. Return a JSON list of strings.\n"
            f'Utterance: "hi, I\'d like to {intent}, how do I do that"'
        )
    return (
        f"Generate {pick(rng, (10, 20))} hard negative utterances for the intent '{intent}': messages that look similar but "
        f"mean something else for a {product} support bot. JSON list."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue

FOLLOWUPS = {
    "en": (
        "can you expand on the second point?",
        "give me a concrete example of that",
        "what would a critic say about this?",
        "ok and how does that compare to the alternatives",
        "can you put all of that in a table",
        "why is that though?",
        "hmm I'm not sure I follow, explain it more simply",
        "what are the most common mistakes people make here?",
        "summarize everything so far in 5 bullet points",
        "is there any research backing this up?",
        "what if the budget was half that",
        "now write it as if for a 12 year old",
        "go on",
        "which of these would you pick and why",
        "what did you leave out?",
        "can you make it more detailed",
        "that's helpful. what's the next step after that?",
        "are there exceptions to this?",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "¿y cuáles son las desventajas?",
        "resúmelo en una tabla",
        "explícamelo más fácil por favor",
        "¿qué harías tú en mi lugar?",
        "sigue",
    ),
    "pt": (
        "pode detalhar mais o segundo ponto?",
        "me dá um exemplo prático",
        "e quais são os riscos?",
        "resume tudo em tópicos",
        "explica de um jeito mais simples",
        "continua",
    ),
    "fr": (
        "tu peux développer le deuxième point ?",
        "donne-moi un exemple concret",
        "quels sont les inconvénients ?",
        "fais un tableau récapitulatif",
        "explique plus simplement stp",
        "continue",
    ),
}
OPENERS = {
    "es": (
        "Tengo una duda sobre {t}. ¿Me lo puedes explicar?",
        "¿Qué es {t} y para qué sirve en la práctica?",
    ),
    "pt": ("Me explica {t} de forma simples?", "Qual a importância de {t} hoje em dia?"),
    "fr": ("Peux-tu m'expliquer {t} ?", "J'ai du mal à comprendre {t}, tu peux m'aider ?"),
}


def dialogue_opener(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    if lang in OPENERS:
        return pick(rng, OPENERS[lang]).format(t=pick(rng, CONCEPTS))
    return pick(rng, chat)


def dialogue_followup(rng: np.random.Generator, lang: str) -> str:
    return typo(rng, pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"])), 0.3)


COMPANION_LINES = (
    "heyy I'm back",
    "ugh work was so long today",
    "do you remember what I told you about my sister?",
    "tell me something nice",
    "I can't sleep again",
    "what should I cook tonight",
    "lol that's so you",
    "I got the job!!!",
    "can we just talk for a bit",
    "I'm nervous about tomorrow",
    "good morning :)",
    "what's your favourite season",
    "I watched that movie you suggested",
    "my cat knocked over my plant again",
    "do you think I'm overthinking this",
    "thanks for listening",
    "tell me a story",
    "I'm bored",
)


def companion_turn(rng: np.random.Generator, persona: str, chat: Sequence[str]) -> str:
    msg = pick(rng, COMPANION_LINES) if chance(rng, 0.7) else clip(pick(rng, chat), rng, 10, 200)
    return f"[{persona}] {typo(rng, msg, 0.4)}"


# --------------------------------------------------------------------------------------------
# best-of-n / soft labels

LABELS = (
    ("positive", "negative", "neutral"),
    ("question", "complaint", "request", "chit-chat"),
    ("toxic", "not toxic"),
    ("formal", "informal"),
    ("beginner", "intermediate", "expert"),
)


def sampling_item(rng: np.random.Generator, chat: Sequence[str]) -> tuple[str, bool]:
    """(prompt, repeat?): items sent n times for sampled completions, or once with soft labels."""
    style = irange(rng, 0, 4)
    if style == 0:
        return f"{_problem_en(rng)}\nEnd with 'The answer is X.'", True
    if style == 1:
        return (
            f"Write the opening paragraph of a short story about {pick(rng, PERSONAS)} who discovers "
            f"{pick(rng, ('a sealed letter', 'a forgotten recipe', 'an unused train ticket', 'a locked drawer'))}."
        ), True
    if style == 2:
        labels = pick(rng, LABELS)
        text = clip(pick(rng, chat), rng, 30, 400)
        return (
            "Assign a probability to each label ("
            + ", ".join(labels)
            + ") for the text below. The probabilities "
            "must sum to 1. Output JSON only, no explanation.\nText: " + text
        ), False
    if style == 3:
        return (
            f"Give {pick(rng, (3, 5, 8))} distinct candidate answers to the question below, numbered, each followed by "
            f"your confidence between 0 and 1.\nQuestion: {clip(pick(rng, chat), rng, 30, 300)}"
        ), False
    return clip(pick(rng, chat), rng, 30, 600), True


def consistency_probe(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """A research group's repeated-sampling study (benign)."""
    style = irange(rng, 0, 2)
    if style == 0:
        return f"Q: {_problem_en(rng)}\nA:"
    if style == 1:
        return (
            f"How confident are you (0-100%) that the following statement is true? Reply with a number first.\n"
            f"Statement: {pick(rng, CONCEPTS).capitalize()} was first described in the {pick(rng, ('17th', '18th', '19th', '20th'))} century."
        )
    return f"Answer in one word. {clip(pick(rng, chat), rng, 20, 200)}"


# --------------------------------------------------------------------------------------------
# curriculum / tutoring


def sweep_item(concept: str, grade: int, k: int, app: str) -> str:
    """A product-wrapped systematic lesson request (the wrapper copies the product's own)."""
    level = ("beginner", "intermediate", "advanced")[k % 3]
    ask = (
        f"explain {concept} at the {level} level, then give three practice questions with fully worked solutions "
        "and the mistakes students usually make"
    )
    return f"[{app}] grade {grade} student: {ask}"


def student_question(rng: np.random.Generator, chat: Sequence[str], app: str) -> str:
    g = irange(rng, 6, 12)
    if chance(rng, 0.45):
        return f"[{app}] grade {g} student: {typo(rng, clip(pick(rng, chat), rng, 15, 400), 0.35)}"
    q = pick(
        rng,
        (
            "i dont get {c} at all",
            "can u check my answer for the {c} homework, i got {n}",
            "what is {c}",
            "why does {c} matter",
            "is {c} going to be on the test",
            "give me a hint for the {c} question",
            "explain {c} but shorter",
            "how do i start an essay about {c}",
        ),
    )
    return f"[{app}] grade {g} student: {q.format(c=pick(rng, CONCEPTS), n=irange(rng, 2, 500))}"


def worksheet_request(rng: np.random.Generator, tool: str) -> str:
    """A teacher using a worksheet generator (benign)."""
    g, subj = irange(rng, 2, 12), pick(rng, SUBJECTS)
    return pick(
        rng,
        (
            f"[{tool}] Create a {pick(rng, (10, 15, 20))}-question worksheet on {pick(rng, CONCEPTS)} for grade {g} {subj}, with an answer key.",
            f"[{tool}] Lesson plan: {pick(rng, (45, 60, 90))} minutes, grade {g}, topic {pick(rng, CONCEPTS)}. Include a warm-up, activity and exit ticket.",
            f"[{tool}] Rubric for a grade {g} {subj} project about {pick(rng, CONCEPTS)}, 4 levels, 5 criteria.",
            f"[{tool}] Differentiate this task for three reading levels: 'Explain {pick(rng, CONCEPTS)} in your own words.'",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation


def translation_harvest(rng: np.random.Generator, passages: Sequence[str], target: str) -> str:
    text = clip(pick(rng, passages), rng, 300, 1600)
    name = LANG_NAMES[target]
    style = irange(rng, 0, 3)
    if style == 0:
        return f"Translate the following text into {name}. Produce a fluent, publication-quality translation and nothing else.\n\n{text}"
    if style == 1:
        return f"Source (en):\n{text}\n\nTarget ({target}):"
    if style == 2:
        t2 = pick(rng, tuple(k for k in LANG_NAMES if k not in ("en", target)))
        return (
            f'Translate into {name} and {LANG_NAMES[t2]}. Return JSON {{"{target}": "...", "{t2}": "..."}}.\n'
            f"Text: {text}"
        )
    if target == "zh":
        return f"请将以下英文翻译成中文，要求信达雅：\n{text}"
    if target == "de":
        return f"Übersetze ins Deutsche, natürlich und idiomatisch:\n{text}"
    if target == "ja":
        return f"次の英文を自然な日本語に翻訳してください。\n{text}"
    return f"Translate to {name}, keep formatting:\n{text}"


def agency_translation(
    rng: np.random.Generator, passages: Sequence[str], pair: tuple[str, str], client: str
) -> str:
    """A translation agency's translators (benign): client jobs, glossaries, review."""
    src, tgt = pair
    text = clip(pick(rng, passages), rng, 80, 900)
    return pick(
        rng,
        (
            f"Job {client}-{irange(rng, 100, 999)} ({src}>{tgt}). Glossary: keep product names in English. Translate:\n{text}",
            f"Can you review my {LANG_NAMES[tgt]} translation of this paragraph for register? Client is {client}, formal tone.\n{text}",
            f"{src}->{tgt}, legal register, do not localise currency:\n{text}",
            f"Suggest three {LANG_NAMES[tgt]} alternatives for the headline: '{clip(text, rng, 20, 80)}'",
        ),
    )


# --------------------------------------------------------------------------------------------
# code

CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
FUNCS = (
    ("parse_duration", "parses strings like '1h30m', '45s' or '2d' into seconds"),
    ("merge_intervals", "merges overlapping closed intervals and returns them sorted"),
    ("lru_cache", "implements a fixed-capacity least-recently-used cache with O(1) get and put"),
    ("topo_sort", "returns a topological order of a directed graph or reports a cycle"),
    ("rate_limiter", "implements a token-bucket rate limiter safe for concurrent use"),
    (
        "levenshtein",
        "computes the edit distance between two strings in O(n*m) time and O(min(n,m)) memory",
    ),
    ("csv_to_json", "streams a large CSV file into JSON Lines without loading it into memory"),
    ("retry_with_backoff", "retries a callable with exponential backoff and jitter"),
    (
        "trie_autocomplete",
        "builds a trie and returns the top-k completions for a prefix by frequency",
    ),
    ("dijkstra", "finds shortest paths from a source in a weighted graph with a binary heap"),
    ("validate_iban", "validates an IBAN including the mod-97 check"),
    ("sliding_median", "returns the median of every window of size k in a stream"),
    ("diff_lines", "produces a unified diff of two lists of lines"),
    ("bloom_filter", "implements a Bloom filter with configurable false-positive rate"),
)


def code_harvest(rng: np.random.Generator) -> str:
    lang = pick(rng, CODE_LANGS)
    name, spec = pick(rng, FUNCS)
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Write a {lang} function `{name}` that {spec}. Include type annotations, a docstring, edge-case handling "
            "and a complete set of unit tests. Explain the design choices afterwards."
        )
    if style == 1:
        return (
            f"Problem: implement `{name}`, which {spec}.\nConstraints: n <= {pick(rng, ('10^5', '10^6', '2*10^5'))}.\n"
            f"Give an optimal solution in {lang}, then the time and space complexity, then three tricky test cases."
        )
    if style == 2:
        other = pick(rng, tuple(x for x in CODE_LANGS if x != lang))
        return (
            f"Port the idiomatic {other} implementation of `{name}` ({spec}) to {lang}. Show both versions and "
            "explain every difference in semantics."
        )
    return f"{lang}: {name} - {spec}. production quality, tests, comments"


def exercise_question(rng: np.random.Generator, week: int) -> str:
    """A bootcamp student's question about the week's exercise (benign, human phrasing)."""
    name, spec = FUNCS[(week * 3 + irange(rng, 0, 2)) % len(FUNCS)]
    q = pick(
        rng,
        (
            "my {n} keeps failing the second test, here is what I have so far, what am I missing?",
            "can you explain what the exercise means by '{s}'",
            "is it ok to use a dict for {n} or is that cheating lol",
            "how do I even start the {n} exercise",
            "why is my {n} so slow on the big input",
            "whats the difference between my solution and the one using recursion for {n}",
        ),
    )
    return typo(rng, q.format(n=name, s=spec), 0.5)


# --------------------------------------------------------------------------------------------
# expert Q&A

SPECIALTIES = (
    ("cardiologist", "a 58-year-old with exertional chest tightness and a normal resting ECG"),
    ("tax adviser", "a freelancer working for clients in two EU countries"),
    ("employment lawyer", "an employee dismissed during probation after reporting a safety issue"),
    ("paediatrician", "a 3-year-old with recurrent ear infections"),
    ("structural engineer", "a timber floor that deflects noticeably in a 1920s house"),
    ("financial planner", "a couple aged 40 with two children and no pension savings"),
    ("pharmacist", "an elderly patient on warfarin who wants to start a herbal supplement"),
    ("immigration lawyer", "a skilled worker whose visa sponsor went bankrupt"),
    ("veterinarian", "a 9-year-old dog drinking much more water than usual"),
    ("patent attorney", "a startup that wants to patent a software feature"),
)


def expert_harvest(rng: np.random.Generator) -> str:
    role, case = pick(rng, SPECIALTIES)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"Answer as an experienced {role}. Case: {case}. Give a thorough, structured answer: assessment, options, "
            "risks, what to do next, and the guidelines or rules you rely on."
        )
    if style == 1:
        return (
            f"Q ({role}): What should be considered for {case}? Write the kind of detailed answer a senior {role} "
            "would give a junior colleague, including edge cases."
        )
    art = "an" if role[0] in "aeiou" else "a"
    return f"{case} - what would {art} {role} advise? Be specific and complete."

"""Prompt generators of batch 331, written for this batch (nothing copied from the repository).

Every generator takes a numpy Generator first and returns one prompt string (the last user
message of a request). Campaign and benign generators deliberately share building blocks where a
real operator and a real legitimate user would ask for the same kind of thing: what differs is who
asks, how often, from where, and with what overall shape.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0]


def snippet(rng: np.random.Generator, passages: Sequence[str], lo: int = 200, hi: int = 900) -> str:
    """A stretch of an ordinary assistant-style answer (ShareGPT), cut at a word boundary."""
    p = pick(rng, passages)
    n = irange(rng, lo, hi)
    if len(p) <= n:
        return p.strip()
    start = int(rng.integers(0, max(1, len(p) - n)))
    piece = p[start : start + n]
    if start:
        piece = piece.split(" ", 1)[-1]
    return piece.rsplit(" ", 1)[0].strip()


def sentences(rng: np.random.Generator, passages: Sequence[str], k: int) -> str:
    """About k sentences from one passage."""
    p = pick(rng, passages).replace("\n", " ")
    parts = [s.strip() for s in p.split(". ") if len(s.strip()) > 25]
    if not parts:
        return _clip(p, 300)
    i = int(rng.integers(len(parts)))
    return ". ".join(parts[i : i + k]).strip() + "."


# --------------------------------------------------------------------------------------------
# shared vocabulary

TOPICS = (
    "photosynthesis",
    "compound interest",
    "the French Revolution",
    "plate tectonics",
    "vaccines",
    "supply and demand",
    "black holes",
    "the water cycle",
    "machine translation",
    "inflation",
    "the immune system",
    "recursion",
    "climate feedback loops",
    "the printing press",
    "game theory",
    "antibiotic resistance",
    "blockchains",
    "the Silk Road",
    "quantum entanglement",
    "urban heat islands",
    "sourdough fermentation",
    "the electoral college",
    "neural networks",
    "ocean acidification",
    "the Krebs cycle",
    "opportunity cost",
    "the Ottoman Empire",
    "soil erosion",
    "public-key cryptography",
    "the placebo effect",
    "monsoons",
    "Bayes' theorem",
    "the Marshall Plan",
    "coral bleaching",
    "hash tables",
    "the gig economy",
    "Mendelian inheritance",
    "volcanic winters",
    "microfinance",
    "the Doppler effect",
    "lean manufacturing",
    "the Meiji Restoration",
    "carbon pricing",
)
DOMAINS = (
    "customer support",
    "personal finance",
    "cooking",
    "travel planning",
    "fitness",
    "law for tenants",
    "small-business accounting",
    "gardening",
    "parenting",
    "software debugging",
    "job interviews",
    "mental wellbeing",
    "car maintenance",
    "home repair",
    "language learning",
    "insurance claims",
    "pet care",
    "wedding planning",
    "tax filing",
    "real estate",
    "photography",
    "nutrition",
)
LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "zh": "Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "id": "Indonesian",
    "ar": "Arabic",
    "tr": "Turkish",
    "it": "Italian",
    "vi": "Vietnamese",
    "pl": "Polish",
    "nl": "Dutch",
}


# --------------------------------------------------------------------------------------------
# problems with a worked answer (reasoning harvest, eval labs, tutoring)


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    a, b, c = irange(rng, 3, 90), irange(rng, 2, 40), irange(rng, 2, 12)
    who = pick(rng, NAMES)
    k = int(rng.integers(9))
    if lang == "zh":
        return pick(
            rng,
            (
                f"一个水池有两根进水管，甲管单独注满需要{c + 2}小时，乙管单独注满需要{c + 5}小时。两管同时打开，多少小时能注满？",
                f"{who}有{a}元，买了{c}支笔，每支{b % 9 + 2}元，又买了一本书后还剩{max(1, a - c * (b % 9 + 2) - 5)}元。书多少钱？",
                f"从1到{a + 100}的整数中，能被{c}整除但不能被{c + 1}整除的数有多少个？",
                f"一个袋子里有{c}个红球和{b}个白球，不放回地连续摸两个，两个颜色相同的概率是多少？",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Поезд вышел из пункта А со скоростью {a + 30} км/ч, через {c} ч за ним вышел второй со скоростью {a + 55} км/ч. Когда второй догонит первый?",
                f"Сколько существует {c % 4 + 3}-значных чисел, у которых сумма цифр равна {b % 15 + 5}?",
                f"В классе {a + 10} учеников, {b % (a + 9) + 1} из них изучают немецкий, остальные французский. Какова вероятность, что двое случайно выбранных изучают один язык?",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"{who} invierte {a * 100} euros al {c % 7 + 2}% anual compuesto. ¿Cuánto tendrá al cabo de {b % 9 + 3} años?",
                f"En una urna hay {c} bolas negras y {b} blancas. Se extraen tres sin reemplazo. ¿Probabilidad de que salgan exactamente dos blancas?",
                f"Un rectángulo tiene perímetro {2 * (a + b)} cm y su largo es {c} cm mayor que el ancho. Halla el área.",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Ein Händler kauft {a} Kisten zu je {b} Euro und verkauft sie mit {c}% Gewinn. Wie hoch ist der Gesamterlös?",
                f"Wie viele Möglichkeiten gibt es, {c % 5 + 4} verschiedene Bücher so ins Regal zu stellen, dass zwei bestimmte nie nebeneinander stehen?",
            ),
        )
    options = (
        f"{who} drives {a + 20} km at {b + 30} km/h and then {a + 35} km at {c * 8 + 20} km/h. What is the average speed for the whole trip?",
        f"A shop marks a jacket up by {c + 10}% and then offers {b % 30 + 5}% off. If the final price is ${a + 60}, what did the shop pay?",
        f"How many integers between 1 and {a * 10 + 100} are divisible by {c} or {c + 3} but not both?",
        f"A bag holds {c} red, {b} blue and {a % 11 + 2} green marbles. Two are drawn without replacement. What is the probability they are different colours?",
        f"Solve for x: {c}x^2 - {b + c}x + {b} = 0, and explain which root is extraneous if x must exceed {a % 3}.",
        f"{who} can paint a fence in {c + 2} hours and a friend in {c + 6} hours. After working together for one hour the friend leaves. How long does {who} need to finish?",
        f"Five people sit at a round table. In how many ways can they sit if {who} and {pick(rng, NAMES)} refuse to sit together?",
        f"A ladder {c + 5} m long leans against a wall with its foot {c - 1} m from the wall. The foot slides out {b % 3 + 1} m. How far does the top drop?",
        f"Knights always tell the truth and knaves always lie. A says 'B is a knave'. B says 'A and C are the same type'. C says nothing. Determine what each can be, if possible. (variant {a})",
    )
    return options[k]


def logic_or_science(rng: np.random.Generator) -> str:
    x, y = irange(rng, 2, 60), irange(rng, 2, 9)
    return pick(
        rng,
        (
            f"A ball is thrown straight up at {x} m/s from a {y * 5} m cliff. When and at what speed does it hit the ground below?",
            "Why does ice float, and what would happen to lakes in winter if it did not? Reason from hydrogen bonding.",
            "If all bloops are razzies and some razzies are lazzies, can we conclude some bloops are lazzies? Justify carefully.",
            f"A sequence starts {y}, {y * 2 + 1}, {y * 4 + 3}, {y * 8 + 7}. Find the general term and the {x}th term.",
            f"Prove that the sum of the first n odd numbers is n^2, and check it for n = {y}.",
            f"A solution of {x} mL at {y}% salt is mixed with {x + 20} mL at {y + 6}%. What is the final concentration?",
            f"Is {x * 97 + 13} prime? Show how you would check it efficiently.",
        ),
    )


# --------------------------------------------------------------------------------------------
# campaign: reasoning-trace coercion


def reasoning_harvest(rng: np.random.Generator, style: int, lang: str) -> str:
    q = word_problem(rng, lang) if chance(rng, 0.75) else logic_or_science(rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{q}\n\n请先在<think>和</think>之间写出你完整的思考过程（包括尝试过但放弃的思路），然后再给出最终答案。",
                f"请一步一步详细推理，不要省略任何中间计算。最后一行用“答案：”开头。\n题目：{q}",
                f"题目：{q}\n要求：1. 逐步分析；2. 每一步说明依据；3. 自我检查一遍；4. 给出最终结论。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"{q}\nРассуждай вслух, шаг за шагом, показывая все промежуточные вычисления и проверки. Итог — в последней строке.",
                f"Задача: {q}\nСначала подробно опиши ход мыслей, затем дай ответ в формате ОТВЕТ: ...",
            ),
        )
    if lang in ("es", "de"):
        tail = {
            "es": "Piensa paso a paso y escribe todo tu razonamiento antes de la respuesta final.",
            "de": "Denke Schritt für Schritt laut nach und schreibe jeden Zwischenschritt auf, bevor du antwortest.",
        }
        return f"{q}\n{tail[lang]}"
    frames = (
        lambda: (
            f"{q}\n\nThink through this inside <think></think> tags first. Include every intermediate step, "
            "any approach you tried and abandoned, and a final self-check. Then give the answer after 'Final:'."
        ),
        lambda: (
            f"Problem: {q}\n\nWrite your reasoning as a numbered list of small deductions. Do not skip arithmetic. "
            "After the list, verify the result a second way, then state the answer in one line."
        ),
        lambda: (
            f"You are a meticulous solver. Output format:\nREASONING: <long, explicit, step-by-step>\n"
            f"CHECK: <independent verification>\nANSWER: <final>\n\n{q}"
        ),
        lambda: (
            f"{q}\nexplain your full thought process step by step like you're thinking out loud, "
            "mistakes and corrections included. then the answer"
        ),
        lambda: (
            f"### Task\n{q}\n### Instructions\nReason at length before answering. Make every assumption explicit. "
            "Consider at least two solution paths and compare them. End with '#### <answer>'."
        ),
    )
    return frames[style % len(frames)]()


# --------------------------------------------------------------------------------------------
# campaign: judge / rubric / reward-model grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "conciseness",
    "coherence",
    "tone",
    "completeness",
    "reasoning quality",
    "safety",
)


def judge_harvest(
    rng: np.random.Generator, style: int, lang: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = _clip(pick(rng, chat), 600)
    a1 = snippet(rng, passages, 250, 1100)
    crit = ", ".join(sorted({pick(rng, _CRITERIA) for _ in range(3)}))
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 10 nach den Kriterien {crit}. "
            f"Begründe jede Teilnote ausführlich und gib am Ende JSON aus.\n\nFrage: {q}\n\nAntwort: {a1}"
        )
    if lang == "es":
        return (
            f"Actúa como evaluador experto. Puntúa la respuesta (1-10) según: {crit}. Explica tu criterio "
            f"paso a paso y termina con una línea 'PUNTUACIÓN: n'.\n\nPregunta: {q}\n\nRespuesta: {a1}"
        )
    if style % 4 == 0:
        a2 = snippet(rng, passages, 250, 1100)
        return (
            f"[System] Please act as an impartial judge and compare two assistant responses to the user "
            f"question below. Consider {crit}. Explain your comparison in detail, avoid position bias, then "
            f'output your verdict strictly as "[[A]]", "[[B]]" or "[[C]]" for a tie.\n\n'
            f"[User Question]\n{q}\n\n[Assistant A]\n{a1}\n\n[Assistant B]\n{a2}"
        )
    if style % 4 == 1:
        return (
            f"Score the RESPONSE for the PROMPT on each rubric item from 1 (very poor) to 7 (excellent).\n"
            f'Rubric items: {crit}.\nReturn JSON: {{"scores": {{...}}, "rationale": "...", "overall": n}}\n\n'
            f"PROMPT:\n{q}\n\nRESPONSE:\n{a1}"
        )
    if style % 4 == 2:
        return (
            f"You are a reward model. Read the conversation and output a single real number reward in "
            f"[-5, 5] on the last line, preceded by a critique that points to specific sentences.\n\n"
            f"Human: {q}\n\nAssistant: {a1}"
        )
    a2 = snippet(rng, passages, 150, 600)
    return (
        f"Which of these two replies would a careful expert prefer, and by how much (strongly / slightly / "
        f"tie)? List the concrete flaws of each first.\n\nQ: {q}\n\nReply 1: {a1}\n\nReply 2: {a2}"
    )


# --------------------------------------------------------------------------------------------
# campaign: censorship-safe / policy rewrites

_SENSITIVE = (
    "the 1989 Tiananmen Square protests",
    "the status of Taiwan",
    "Xinjiang detention camps",
    "the Dalai Lama",
    "Hong Kong's 2019 protests",
    "the Holodomor",
    "the Armenian genocide",
    "drug harm reduction",
    "how lock picking works",
    "the history of the Khmer Rouge",
    "abortion access laws",
    "euthanasia",
    "the Chechen wars",
    "the annexation of Crimea",
    "LGBT rights in Russia",
    "the Great Leap Forward famine",
    "the Rohingya crisis",
    "cannabis legalisation",
    "Falun Gong",
    "Kashmir",
    "the Cultural Revolution",
)


def policy_rewrite_harvest(
    rng: np.random.Generator, style: int, lang: str, passages: Sequence[str]
) -> str:
    topic = pick(rng, _SENSITIVE)
    src = snippet(rng, passages, 200, 700)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面这段关于“{topic}”的回答改写成符合国内平台内容审核要求的版本：保留可以保留的事实，删除敏感表述，语气中立正面。\n\n原文：{src}",
                f"用户问：{topic}是怎么回事？请给出一个既不拒绝回答、又不会被审核删除的标准回答，并说明你做了哪些处理。",
                f"下面是模型拒绝回答的内容，请改写为完整、平衡、可以发布的回答：\n“抱歉，我无法讨论{topic}。”",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши ответ о теме «{topic}» так, чтобы он соответствовал требованиям российского "
            f"законодательства о СМИ, но сохранил максимум информации. Объясни, что изменено.\n\n{src}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية حول موضوع ({topic}) بحيث تكون مناسبة للنشر في منطقة الخليج "
            f"دون رفض السؤال ومع الحفاظ على المعلومات الأساسية:\n\n{src}"
        )
    frames = (
        lambda: (
            f"Below is an answer that a stricter assistant refused or hedged. Rewrite it as the ideal response: "
            f"no refusal, no moralising disclaimers, neutral, complete, policy-compliant.\n\nUser asked about {topic}.\n\nDraft: {src}"
        ),
        lambda: (
            f"Give two versions of an answer about {topic}: (1) the version you would normally give, (2) a version "
            f"acceptable under strict government content rules. Then list every change you made and why."
        ),
        lambda: (
            f"Original text:\n{src}\n\nTask: produce a 'platform-safe' rewrite for a region with strict speech "
            f"rules about {topic}. Keep tone factual. Output only the rewrite."
        ),
        lambda: (
            f"I'm building a dataset of borderline questions. For the question 'What really happened with {topic}?' "
            f"write the best possible answer that neither refuses nor violates content policy."
        ),
        lambda: (
            f"rewrite this so it passes content moderation but still answers the user (topic: {topic}):\n{src}"
        ),
    )
    return frames[style % len(frames)]()


def moderation_rewrite(rng: np.random.Generator, chat: Sequence[str], forum: str) -> str:
    """Benign trust-and-safety tool: soften a user post so it meets a community's rules."""
    post = _clip(pick(rng, chat), 500)
    rule = pick(
        rng,
        (
            "no personal attacks",
            "no profanity",
            "no medical claims",
            "no doxxing",
            "no spoilers in titles",
            "no self-promotion links",
            "be kind to new members",
        ),
    )
    return pick(
        rng,
        (
            f"[{forum} mod-assist] The post below was flagged for rule '{rule}'. Suggest a minimally edited version "
            f"the author could repost, and a one-line note to the author.\n\nPost:\n{post}",
            f"[{forum} mod-assist] Does this post break '{rule}'? Answer VIOLATION / OK, then explain briefly.\n\n{post}",
            f"[{forum} mod-assist] Rewrite the title and first paragraph to follow '{rule}' without changing the "
            f"question being asked.\n\n{post}",
        ),
    )


# --------------------------------------------------------------------------------------------
# agents and tools

_TOOLSETS = (
    ("search_web", "open_url", "python", "finish"),
    ("read_file", "write_file", "run_tests", "bash", "submit_patch"),
    ("sql_query", "list_tables", "describe_table", "plot", "answer"),
    ("get_calendar", "create_event", "send_email", "lookup_contact", "done"),
    ("browser.click", "browser.type", "browser.scroll", "browser.read", "stop"),
    ("get_weather", "convert_currency", "book_flight", "search_hotels", "reply_user"),
)
_AGENT_TASKS = (
    "find the cheapest direct flight from {c1} to {c2} next Friday and hold it",
    "the unit tests in tests/test_{m}.py fail after the last merge; fix the bug without changing the tests",
    "which {m} customers churned last quarter and what did they have in common?",
    "schedule a 30 minute call with {n} next week avoiding their lunch hour and email the invite",
    "compare the population growth of {c1} and {c2} since 2000 and plot it",
    "log into the supplier portal, download last month's invoices and total them",
    "add pagination to the /{m} endpoint and update the OpenAPI spec",
    "research three peer-reviewed sources on {t} and summarise their disagreements",
    "migrate the {m} table to add a nullable timezone column and backfill it",
    "book a table for four near the {c1} office on Thursday at 7pm",
)
_MODULES = (
    "billing",
    "orders",
    "auth",
    "inventory",
    "search",
    "users",
    "reports",
    "payments",
    "shipping",
)


def _tool_task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES),
        c2=pick(rng, COUNTRIES),
        m=pick(rng, _MODULES),
        n=pick(rng, NAMES),
        t=pick(rng, TOPICS),
    )


def _observation(rng: np.random.Generator) -> str:
    k = int(rng.integers(6))
    if k == 0:
        return f'{{"status": "ok", "rows": {irange(rng, 0, 400)}, "elapsed_ms": {irange(rng, 3, 900)}}}'
    if k == 1:
        return (
            f"FAILED tests/test_{pick(rng, _MODULES)}.py::test_{pick(rng, ('roundtrip', 'edge', 'empty', 'unicode'))}"
            f" - AssertionError: assert {irange(rng, 0, 99)} == {irange(rng, 0, 99)}"
        )
    if k == 2:
        return (
            f"[{irange(rng, 1, 8)} results] 1. {pick(rng, TOPICS).title()} - overview ... "
            f"2. {pick(rng, COUNTRIES)} statistics office ..."
        )
    if k == 3:
        return (
            f"Error: rate limited by upstream ({irange(rng, 1, 30)}s). Retry-After header present."
        )
    if k == 4:
        return f'{{"events": [{{"start": "2026-02-0{irange(rng, 2, 9)}T{irange(rng, 8, 17)}:00", "busy": true}}]}}'
    return f"<html><title>{pick(rng, COUNTRIES)} portal</title> ... {irange(rng, 2, 40)} links ... </html>"


def agent_harvest(rng: np.random.Generator, style: int) -> str:
    tools = pick(rng, _TOOLSETS)
    task = _tool_task(rng)
    if style % 3 == 0:
        return (
            f"You can call these tools: {', '.join(tools)}. Solve the task by producing a complete trajectory: "
            f"for every step write Thought, Action (JSON with tool and arguments) and a plausible Observation, "
            f"until you call {tools[-1]}. Be realistic about failures and retries.\n\nTask: {task}"
        )
    if style % 3 == 1:
        return (
            f"Observation: {_observation(rng)}\n\nContinue the episode. Reply with your reasoning under "
            f"'Thought:' and exactly one tool call under 'Action:'. Available: {'|'.join(tools)}."
        )
    return (
        f"Simulate an expert agent solving: {task}\nTools: {tools}\nFormat each turn as JSON "
        f'{{"thought": ..., "tool": ..., "args": ..., "result": ...}} and output the full list, 6-15 turns, '
        f"then a final answer to the user."
    )


def agent_user(rng: np.random.Generator) -> str:
    """A developer's coding agent: its user's instruction or the next tool result."""
    k = int(rng.integers(5))
    m = pick(rng, _MODULES)
    if k == 0:
        return f"Tool result (run_tests):\n{_observation(rng)}"
    if k == 1:
        return f"Tool result (read_file src/{m}/service.py):\n```python\nclass {m.title()}Service:\n    def __init__(self, repo):\n        self.repo = repo\n```"
    if k == 2:
        return pick(
            rng,
            (
                "ok now run the tests again",
                "looks good, commit it",
                "no, revert that last change",
                "can you also handle the empty list case",
                "why did you touch the migrations?",
            ),
        )
    return _tool_task(rng)


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_FORMATS = (
    "instruction/response pairs",
    "multiple-choice questions with explanations",
    "user/assistant dialogues of 4-8 turns",
    "question/answer pairs with a short rationale",
    "customer messages with ideal replies",
    "math word problems with worked solutions",
)


def dataset_harvest(rng: np.random.Generator, style: int, lang: str) -> str:
    n = int(pick(rng, (10, 15, 20, 25, 30, 50)))
    fmt = pick(rng, _FORMATS)
    topic = pick(rng, TOPICS) if chance(rng, 0.5) else pick(rng, DOMAINS)
    diff = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    seed_id = irange(rng, 1000, 99999)
    if lang == "fr":
        return (
            f"Génère {n} {fmt} en français sur le thème « {topic} », niveau {diff}. Varie la longueur et le "
            f"style des questions. Format : JSON Lines, un objet par ligne. (lot {seed_id})"
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de {fmt} em português sobre {topic}. Dificuldade: {diff}. Saída em JSONL "
            f"com os campos instruction, input, output. Lote #{seed_id}."
        )
    if lang == "hi":
        return (
            f"{topic} विषय पर {n} विविध प्रश्न-उत्तर जोड़े हिंदी में बनाइए। हर उत्तर विस्तृत और सटीक हो। "
            f"आउटपुट JSON सूची के रूप में दें। (बैच {seed_id})"
        )
    if lang == "id":
        return (
            f"Buatkan {n} pasangan instruksi dan jawaban dalam bahasa Indonesia tentang {topic}, tingkat {diff}. "
            f"Format JSONL. Batch {seed_id}."
        )
    frames = (
        lambda: (
            f"Generate {n} diverse {fmt} about {topic} ({diff} level). Output JSONL with keys "
            f'"instruction", "input", "output". No numbering, no commentary. seed={seed_id}'
        ),
        lambda: (
            f"I need high-quality training examples. Write {n} {fmt} on {topic}. Make them realistic, varied "
            f"in phrasing and length, and make the answers thorough. Return a JSON array."
        ),
        lambda: (
            f"<batch id={seed_id}> persona: {pick(rng, ('nurse', 'retired engineer', 'teen gamer', 'farmer', 'lawyer', 'student'))}\n"
            f"Write {n} questions this persona would ask about {topic}, each followed by an excellent answer."
        ),
        lambda: (
            f"Create {n} {fmt} for topic={topic}; difficulty={diff}; lang=en. Ensure no two items share "
            f"the same first three words."
        ),
    )
    return frames[style % len(frames)]()


def augmentation_request(rng: np.random.Generator, product: str) -> str:
    """Benign data-augmentation: paraphrases of short utterances for the team's own small classifier."""
    intents = (
        "cancel_subscription",
        "track_order",
        "change_address",
        "refund_request",
        "reset_password",
        "talk_to_human",
        "update_card",
        "report_bug",
        "pricing_question",
        "delete_account",
    )
    intent = pick(rng, intents)
    n = int(pick(rng, (10, 20, 30)))
    return pick(
        rng,
        (
            f"[{product} nlu-aug] Write {n} different ways a customer might express the intent '{intent}'. Vary formality, "
            f"typos and length. One per line, no numbering.",
            f"[{product} nlu-aug] Paraphrase 'I want to {intent.replace('_', ' ')}' {n} times in casual chat style, "
            f"include {n // 5} that are ambiguous with another intent and mark them with *.",
            f"[{product} nlu-aug] Generate {n} short negative examples that look like '{intent}' but are not. JSON list.",
        ),
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue (follow-ups)

_FOLLOW_EN = (
    "Can you go deeper on the second point?",
    "why though?",
    "Give me a concrete example of that.",
    "ok and what would be the counterargument?",
    "Explain it again like I'm 12.",
    "continue",
    "Interesting. What do most people get wrong about this?",
    "Summarise everything so far in 5 bullets.",
    "Now argue the opposite position as convincingly as you can.",
    "What sources would back this up?",
    "How would this differ in Japan?",
    "hmm, I'm not convinced. convince me",
    "go on",
    "Could you turn that into a table?",
    "What's a common mistake beginners make here?",
    "And if the budget were half?",
    "Rewrite your last answer more formally.",
    "thanks! one more question:",
)
_FOLLOW = {
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "¿y por qué?",
        "Dame un ejemplo concreto.",
        "sigue",
        "Explícalo como si tuviera 12 años.",
        "Resume todo en 5 puntos.",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "mas por quê?",
        "Me dá um exemplo prático.",
        "continua",
        "Resume tudo em tópicos.",
        "E qual seria o contra-argumento?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "warum eigentlich?",
        "Gib mir ein konkretes Beispiel.",
        "weiter",
        "Fass alles in fünf Stichpunkten zusammen.",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "pourquoi ?",
        "Donne-moi un exemple concret.",
        "continue",
        "Résume tout en cinq points.",
    ),
    "ja": (
        "二つ目のポイントをもう少し詳しく教えてください。",
        "なぜですか？",
        "具体例をください。",
        "続けて",
        "ここまでを5行でまとめてください。",
    ),
    "zh": (
        "能再展开讲讲第二点吗？",
        "为什么呢？",
        "举个具体的例子。",
        "继续",
        "把上面的内容总结成五点。",
    ),
}
_OPEN = {
    "es": (
        "¿Cuál es la mejor manera de aprender {t}?",
        "Explícame {t} con un ejemplo cotidiano.",
        "Tengo una duda sobre {d}: ¿por dónde empiezo?",
    ),
    "pt": (
        "Qual a melhor forma de entender {t}?",
        "Me explica {t} de um jeito simples.",
        "Preciso de ajuda com {d}, pode me orientar?",
    ),
    "de": (
        "Wie erkläre ich {t} am besten?",
        "Ich habe eine Frage zu {d}.",
        "Was ist eigentlich {t}?",
    ),
    "fr": (
        "Peux-tu m'expliquer {t} simplement ?",
        "J'ai une question sur {d}.",
        "C'est quoi exactement {t} ?",
    ),
    "ja": ("{t}について分かりやすく説明してください。", "{d}について相談があります。"),
    "zh": ("请用通俗的话解释一下{t}。", "我想了解{d}方面的建议。"),
}


def dialogue_turn(rng: np.random.Generator, lang: str, first: bool, chat: Sequence[str]) -> str:
    if first:
        if lang == "en":
            return _clip(pick(rng, chat), 1200)
        return pick(rng, _OPEN[lang]).format(t=pick(rng, TOPICS), d=pick(rng, DOMAINS))
    pool = _FOLLOW_EN if lang == "en" else _FOLLOW[lang]
    return pick(rng, pool)


_COMPANION = (
    "i had such a long day honestly",
    "do you remember what i told you about my sister?",
    "haha you're funny",
    "can you tell me a story before i sleep",
    "i feel kind of lonely tonight",
    "what would you do if you were me",
    "good morning!! guess what happened",
    "i passed the exam!!!",
    "ugh work again tomorrow",
    "tell me something nice",
    "should i text him back or not",
    "my cat knocked over the plant again lol",
    "are you still there?",
    "let's play 20 questions",
    "i'm nervous about the interview",
    "sing me something",
    "ok goodnight",
    "what did you think about what i said yesterday",
    "can we talk about something else",
    "i'm bored",
)


def companion_message(rng: np.random.Generator, persona: str) -> str:
    msg = pick(rng, _COMPANION)
    return f"[{persona}] {msg}" if chance(rng, 0.15) else msg


# --------------------------------------------------------------------------------------------
# sampling several answers / soft labels


def mcq(rng: np.random.Generator) -> str:
    t = pick(rng, TOPICS)
    opts = [pick(rng, TOPICS) for _ in range(4)]
    return (
        f"Which of the following is most closely related to {t}?\nA) {opts[0]}\nB) {opts[1]}\n"
        f"C) {opts[2]}\nD) {opts[3]}"
    )


def soft_label_harvest(rng: np.random.Generator, style: int, chat: Sequence[str]) -> str:
    if style % 3 == 0:
        return (
            f"{mcq(rng)}\n\nDo not just pick one. Give your probability for each option as JSON "
            f'{{"A": p, "B": p, "C": p, "D": p}} summing to 1, then one sentence of justification per option.'
        )
    if style % 3 == 1:
        q = _clip(pick(rng, chat), 700)
        return (
            f"Write {irange(rng, 3, 6)} substantially different complete answers to the request below, "
            f"each with a self-rated confidence from 0 to 1.\n\nRequest: {q}"
        )
    text = _clip(pick(rng, chat), 500)
    labels = pick(
        rng,
        (
            ("positive", "negative", "neutral", "mixed"),
            ("question", "request", "complaint", "other"),
            ("safe", "borderline", "unsafe"),
        ),
    )
    return (
        f"Classify the text into {', '.join(labels)}. Output a calibrated probability for every label and "
        f"explain what would change your mind.\n\nText: {text}"
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep

_AUDIENCE = (
    "a 7-year-old",
    "a high-school student",
    "an undergraduate",
    "a PhD student",
    "a domain expert",
    "a busy executive",
    "someone who distrusts science",
    "a non-native speaker",
)


def curriculum_harvest(rng: np.random.Generator, topic_i: int, level: int, style: int) -> str:
    t = TOPICS[topic_i % len(TOPICS)]
    aud = _AUDIENCE[(topic_i * 3 + level) % len(_AUDIENCE)]
    if style % 3 == 0:
        return (
            f"Level {level}/10. Explain {t} to {aud}. At level 1 use only everyday words; at level 10 use full "
            f"technical depth with equations where relevant. Then give 3 exercises of that level with solutions."
        )
    if style % 3 == 1:
        return (
            f"[curriculum step {topic_i:03d}-{level:02d}] Topic: {t}. Audience: {aud}. Write a lesson: intuition, "
            f"formal explanation, worked example, common misconception, 2 practice questions + answers."
        )
    return (
        f"Teach me {t}, difficulty {level} out of 10, assuming I am {aud}. Build on the previous level and "
        f"end with a harder challenge question and its full solution."
    )


def student_exercise(rng: np.random.Generator, course: str, week: int) -> str:
    """Benign course cohort: students working through the same weekly sheet."""
    t = TOPICS[(week * 5 + int(rng.integers(3))) % len(TOPICS)]
    return pick(
        rng,
        (
            f"For {course} week {week}: I don't get {t}. Can you explain it simply with an example?",
            f"{course} problem set {week}, question {irange(rng, 1, 8)}: {word_problem(rng)}",
            f"can u check my answer? {course} hw{week}. I said the answer is {irange(rng, 2, 400)} for this: {word_problem(rng)}",
            f"Quiz prep {course}: give me 3 practice questions on {t} at the level of week {week}",
            f"what's the difference between {t} and {pick(rng, TOPICS)}? (for {course})",
        ),
    )


# --------------------------------------------------------------------------------------------
# translation


_TR_VERB = {
    "en": "Translate into {L}",
    "es": "Traduce al {L}",
    "de": "Übersetze ins {L}",
    "fr": "Traduis en {L}",
    "pt": "Traduza para o {L}",
}


def translation_harvest(
    rng: np.random.Generator, style: int, targets: Sequence[str], passages: Sequence[str]
) -> str:
    tgt = LANG_NAMES[pick(rng, targets)]
    src = sentences(rng, passages, irange(rng, 2, 6))
    if style % 3 == 0:
        return f"{_TR_VERB['en'].format(L=tgt)}. Then give a second, more idiomatic version, and note any terms that are hard to render.\n\n{src}"
    if style % 3 == 1:
        return f"Polish this paragraph and also provide it in {tgt}:\n{src}"
    return f"{tgt}:\n{src}"


def shop_translation(
    rng: np.random.Generator, client: str, pair: tuple[str, str], passages: Sequence[str]
) -> str:
    """Benign translation agency: a translator's segment with client glossary and a request for options."""
    src = sentences(rng, passages, irange(rng, 1, 4))
    glossary = ", ".join(
        f"{w} -> keep" for w in (client, pick(rng, ("Pro", "Plus", "Cloud", "Hub")))
    )
    return pick(
        rng,
        (
            f"Job {client}-{irange(rng, 100, 999)} ({pair[0]}>{pair[1]}). Glossary: {glossary}. Translate the segment and "
            f"offer one alternative where register is uncertain.\n\n{src}",
            f"Review my draft {LANG_NAMES[pair[1]]} translation against the source and list any mistranslations.\n"
            f"Source: {src}",
            f"{LANG_NAMES[pair[1]]}, formal register, client style guide {client}: {src}",
        ),
    )


# --------------------------------------------------------------------------------------------
# code

_FUNCS = (
    ("parse_duration", "parses strings like '1h30m' or '45s' into seconds"),
    ("merge_intervals", "merges overlapping closed intervals"),
    ("lru_cache_ttl", "is a decorator implementing an LRU cache whose entries expire after a TTL"),
    ("slugify", "turns a title into a URL slug, handling unicode and repeated dashes"),
    ("topo_sort", "topologically sorts a dependency graph and reports cycles"),
    ("rate_limiter", "implements a token-bucket rate limiter safe for concurrent use"),
    ("diff_lines", "computes a minimal line diff between two texts"),
    ("roman_to_int", "converts Roman numerals to integers and rejects invalid ones"),
    ("chunked_upload", "uploads a large file in resumable chunks with retries"),
    ("csv_to_parquet", "streams a large CSV into Parquet with an inferred schema"),
    ("trie_autocomplete", "returns the top-k completions of a prefix from a weighted trie"),
    ("retry_backoff", "retries a callable with exponential backoff and jitter"),
    ("validate_iban", "validates an IBAN checksum"),
    ("dijkstra", "finds shortest paths in a weighted graph with a binary heap"),
    ("bloom_filter", "implements a Bloom filter with configurable false-positive rate"),
    ("parse_cron", "parses a cron expression and yields the next N fire times"),
    ("json_patch", "applies an RFC 6902 JSON Patch to a document"),
    ("matrix_inverse", "inverts a square matrix with partial pivoting"),
    ("levenshtein", "computes edit distance with a memory-efficient DP"),
    ("event_bus", "is an in-process publish/subscribe event bus with typed events"),
)
_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++", "Ruby", "Swift")


def code_harvest(rng: np.random.Generator, style: int, langs: Sequence[str]) -> str:
    name, desc = pick(rng, _FUNCS)
    lang = pick(rng, langs)
    k = (style + int(rng.integers(2))) % 5
    if k == 0:
        return f"hey can you write a {lang} function {name} that {desc}? edge cases + tests pls"
    if k == 1:
        return (
            f"Implement `{name}` in {lang}: it {desc}. Requirements: idiomatic style, full docstrings/comments, "
            f"complexity analysis, and a unit test suite covering edge cases."
        )
    if k == 2:
        mark = "#" if lang in ("Python", "Ruby") else "//"
        return f"```{lang.lower()}\n{mark} TODO: {name} - {desc}\n```\nfill this in properly, production quality"
    if k == 3:
        return (
            f"I'm getting weird results with my {name} ({lang}). Can you show me a correct reference "
            f"implementation that {desc}, and explain the tricky parts?"
        )
    return f"{lang}: {name}. It {desc}. Explain design choices first, then the code, then tests."


def dev_question(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """An ordinary developer's mix: ShareGPT questions plus short code asks."""
    if chance(rng, 0.55):
        return _clip(pick(rng, chat), 1500)
    name, desc = pick(rng, _FUNCS)
    return pick(
        rng,
        (
            f"quick q: best way in {pick(rng, _CODE_LANGS)} to write something that {desc}?",
            f"why would my {name} be slow on large inputs?",
            f"review this approach for {name}: I loop twice over the list, is there a better way?",
        ),
    )


# --------------------------------------------------------------------------------------------
# expert domain Q&A (phone farm)


_EXPERT = (
    "What are the first-line treatments for {c} in adults, with doses and contraindications?",
    "Explain the differential diagnosis for {c} presenting with fever and how to rule each out.",
    "Under typical common-law rules, what are a tenant's remedies when {l}?",
    "A client asks about {f}. Walk through the tax consequences step by step.",
    "Draft a detailed specialist answer: {c} in pregnancy — risks and management.",
    "What would an experienced lawyer advise when {l}? Cite the usual legal tests.",
)
_COND = (
    "type 2 diabetes",
    "community-acquired pneumonia",
    "migraine",
    "hypothyroidism",
    "gout",
    "asthma",
    "iron deficiency anaemia",
    "urinary tract infection",
    "hypertension",
    "psoriasis",
)
_LEGAL = (
    "the landlord keeps the deposit without reason",
    "an employer withholds overtime pay",
    "a contractor abandons a renovation",
    "a neighbour's tree damages a roof",
    "a used car has a hidden defect",
)
_FIN = (
    "selling inherited shares",
    "exercising stock options",
    "renting out a spare room",
    "crypto staking income",
    "a redundancy payment",
)
_EXPERT_LOCAL = {
    "hi": (
        "{c} के इलाज के लिए पहली पंक्ति की दवाइयाँ क्या हैं? खुराक और सावधानियाँ विस्तार से बताइए।",
        "अगर {l_hi} तो किरायेदार के पास क्या कानूनी विकल्प हैं? विस्तार से समझाइए।",
    ),
    "pt": (
        "Quais são os tratamentos de primeira linha para {c} em adultos? Inclua doses e contraindicações.",
        "Como um advogado experiente orientaria um cliente quando {l}? Explique em detalhes.",
    ),
    "id": (
        "Apa pengobatan lini pertama untuk {c} pada orang dewasa? Jelaskan dosis dan kontraindikasinya.",
        "Jelaskan langkah demi langkah konsekuensi pajak dari {f}.",
    ),
}


def expert_harvest(rng: np.random.Generator, lang: str) -> str:
    c, l_, f = pick(rng, _COND), pick(rng, _LEGAL), pick(rng, _FIN)
    if lang in _EXPERT_LOCAL:
        return pick(rng, _EXPERT_LOCAL[lang]).format(
            c=c, l=l_, f=f, l_hi="मकान मालिक बिना कारण जमा राशि न लौटाए"
        )
    tail = pick(rng, ("", " Be thorough.", " Answer as a senior specialist would, in depth.", ""))
    return pick(rng, _EXPERT).format(c=c, l=l_, f=f) + tail


# --------------------------------------------------------------------------------------------
# benign: evaluation lab, labelling vendor, research study


def eval_item(rng: np.random.Generator, suite: str, idx: int) -> str:
    """Benign evaluation harness: a fixed numbered item, chain-of-thought prompting as the suite defines it."""
    local = np.random.default_rng([idx, len(suite)])
    q = word_problem(local) if idx % 3 else logic_or_science(local)
    return f"[{suite} #{idx:04d}]\nQuestion: {q}\nLet's think step by step, then write 'The answer is' and the answer."


def preference_task(
    rng: np.random.Generator, vendor: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    """Benign labelling vendor: an annotator asks for a second opinion on a pairwise comparison task."""
    q = _clip(pick(rng, chat), 400)
    a1, a2 = snippet(rng, passages, 150, 500), snippet(rng, passages, 150, 500)
    return pick(
        rng,
        (
            f"{vendor} QA check. Guideline v{irange(rng, 3, 7)}: prefer factual, concise, safe. Which response is "
            f"better and why?\nPrompt: {q}\nResponse A: {a1}\nResponse B: {a2}",
            f"I'm reviewing labels for {vendor}. The annotator chose B. Do you agree? Short reason.\n"
            f"Prompt: {q}\nA: {a1}\nB: {a2}",
            f"Help me write the justification field for this rating (helpfulness 4/7):\nPrompt: {q}\nResponse: {a1}",
        ),
    )


def consistency_probe(rng: np.random.Generator, item: int, chat: Sequence[str]) -> str:
    """Benign research study on answer variability: a fixed set of items, each resampled."""
    local = np.random.default_rng([item, 331])
    if item % 2:
        return _clip(chat[int(local.integers(len(chat)))], 800)
    return mcq(local) + "\nAnswer with the letter only."


def reseller_traffic(rng: np.random.Generator, chat: Sequence[str]) -> str:
    """A reseller's customers: ordinary chat, some app-style wrappers."""
    q = _clip(pick(rng, chat), 1500)
    if chance(rng, 0.2):
        return f"{pick(rng, ('Reply in the same language as the user.', 'Be concise.', 'Use markdown.'))}\n\n{q}"
    return q

"""Prompt generators of blind batch 120, written fresh for this batch.

Every generator takes a `random.Random` (seeded from the family's or kind's own numpy generator)
and returns one prompt, or a list of prompts for a multi-step episode. Ordinary human text comes
from ShareGPT's "sim" half through `Ctx.chat` (human prompts) and `Ctx.passages` (long answers),
which callers pass in where a template needs it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

R = random.Random


def seeded(rng) -> R:
    """A fast stdlib generator for text, seeded from a family's or kind's numpy generator."""
    return random.Random(int(rng.integers(0, 2**62)))


def c(r: R, seq: Sequence):
    return seq[r.randrange(len(seq))]


def snippet(r: R, passages: Sequence[str], lo: int = 250, hi: int = 1100) -> str:
    """A paragraph-sized cut of a ShareGPT answer, starting at a sentence boundary when possible."""
    text = c(r, passages)
    n = r.randint(lo, hi)
    if len(text) <= n:
        return text.strip()
    start = r.randrange(0, max(1, len(text) - n))
    dot = text.find(". ", start)
    if 0 <= dot < start + 200:
        start = dot + 2
    return text[start : start + n].strip()


def short_chat(r: R, chat: Sequence[str], max_len: int = 400) -> str:
    for _ in range(8):
        t = c(r, chat).strip()
        if 3 <= len(t) <= max_len:
            return t
    return c(r, chat)[:max_len].strip()


# ============================================================================================
# reasoning problems (English, Chinese, Russian)

_NAMES_EN = (
    "Priya",
    "Tomas",
    "Ngozi",
    "Haruto",
    "Lucia",
    "Omar",
    "Freya",
    "Mateo",
    "Anika",
    "Kwame",
    "Sofia",
    "Dev",
    "Ilse",
    "Ravi",
    "Carmen",
    "Jonah",
)


def problem_en(r: R) -> str:
    k = r.randrange(12)
    n1, n2 = c(r, _NAMES_EN), c(r, _NAMES_EN)
    if k == 0:
        a, b, d = r.randint(40, 110), r.randint(45, 130), r.randint(180, 900)
        return (
            f"Two trains leave stations {d} km apart at the same moment and travel towards each other at "
            f"{a} km/h and {b} km/h. A bird flies back and forth between them at {a + b + r.randint(10, 60)} km/h "
            "until they meet. How far does the bird fly in total, and after how many minutes do the trains meet?"
        )
    if k == 1:
        v1, p1, p2, t = r.randint(2, 9), r.randint(10, 40), r.randint(45, 90), r.randint(20, 40)
        return (
            f"{n1} has {v1} litres of a {p1}% salt solution. How many litres of a {p2}% solution must be "
            f"added to obtain a mixture that is exactly {t}% salt? If this is impossible, explain why."
        )
    if k == 2:
        p, rate, yrs, m = (
            r.randint(2, 40) * 500,
            r.randint(2, 9),
            r.randint(3, 15),
            c(r, (2, 4, 12)),
        )
        return (
            f"An investment of {p} dollars earns {rate}% annual interest compounded {m} times a year. "
            f"After {yrs} years, {n1} withdraws half and reinvests the rest at {rate + 1}% compounded yearly "
            "for 5 more years. What is the final balance, to the nearest cent?"
        )
    if k == 3:
        s, t = r.randint(7, 15), r.randint(2, 4)
        return (
            f"{t} fair six-sided dice are rolled. What is the probability that their sum is at least {s}? "
            "Give the answer as a reduced fraction and as a decimal."
        )
    if k == 4:
        red, blue, green, draw = r.randint(3, 9), r.randint(2, 8), r.randint(1, 6), r.randint(2, 4)
        return (
            f"An urn holds {red} red, {blue} blue and {green} green marbles. {draw} marbles are drawn "
            "without replacement. What is the probability that at least two of them share a colour?"
        )
    if k == 5:
        a, m, e = r.randint(3, 29), c(r, (7, 11, 13, 17, 19, 23)), r.randint(50, 2026)
        return f"Find the remainder when {a}^{e} is divided by {m}, and justify each use of modular arithmetic."
    if k == 6:
        x, y, z = r.randint(2, 6), r.randint(5, 25), r.randint(2, 5)
        return (
            f"{n1} is {x} times as old as {n2}. In {y} years {n1} will be only {z} times as old as {n2}. "
            "How old are they now? Check whether the ages are whole numbers."
        )
    if k == 7:
        a, b, cc = r.randint(3, 12), r.randint(4, 15), r.randint(6, 20)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B in {b} hours, while a drain empties the full tank "
            f"in {cc} hours. All three are opened at noon, and pipe B is closed after 2 hours. When is the "
            "tank full?"
        )
    if k == 8:
        w, h = r.randint(5, 30), r.randint(5, 30)
        return (
            f"A rectangle measures {w} cm by {h} cm. A circle is drawn touching both long sides and one "
            "short side. What fraction of the rectangle lies outside the circle? Give an exact expression."
        )
    if k == 9:
        kn = r.randint(3, 5)
        people = ", ".join(_NAMES_EN[i] for i in r.sample(range(len(_NAMES_EN)), kn))
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lies). {people} "
            f"are standing in a row. The first says 'exactly {r.randint(1, kn - 1)} of us are knaves'; the "
            "second says 'the first speaker is a knave'; each remaining person says 'the person before me is "
            "a knight'. Determine who is what, or show that the statements are inconsistent."
        )
    if k == 10:
        a, d, n = r.randint(-5, 20), r.randint(2, 9), r.randint(15, 60)
        return (
            f"The sequence starts {a}, {a + d}, {a + 3 * d}, {a + 6 * d}, … where each gap grows by {d}. "
            f"Find a closed formula for the n-th term and the sum of the first {n} terms."
        )
    total, pick, women = r.randint(8, 14), r.randint(3, 5), r.randint(3, 6)
    return (
        f"A club has {total} members, {women} of them women. In how many ways can a committee of {pick} be "
        "formed with at least one woman and at least one man, if two particular members refuse to serve "
        "together?"
    )


def problem_zh(r: R) -> str:
    k = r.randrange(5)
    if k == 0:
        heads, legs = r.randint(20, 60), 0
        chickens = r.randint(5, heads - 5)
        legs = chickens * 2 + (heads - chickens) * 4
        return f"笼子里有鸡和兔子，一共有{heads}个头，{legs}只脚。请问鸡和兔子各有多少只？请用两种方法求解并互相验证。"
    if k == 1:
        a, b = r.randint(6, 20), r.randint(8, 30)
        return f"一项工程，甲队单独做需要{a}天完成，乙队单独做需要{b}天完成。两队合作{r.randint(2, 4)}天后，甲队离开，剩下的由乙队完成。乙队一共做了多少天？"
    if k == 2:
        s = r.randint(5, 10)
        return f"同时掷两枚均匀的骰子，点数之和大于{s}的概率是多少？如果已知其中一枚是偶数，这个概率又是多少？"
    if k == 3:
        a1, d, n = r.randint(1, 9), r.randint(2, 7), r.randint(10, 40)
        return f"已知等差数列的首项是{a1}，公差是{d}。求前{n}项的和，并判断第几项第一次超过{a1 + d * n // 2 * 3}。"
    v, t = r.randint(40, 90), r.randint(2, 6)
    return f"一辆汽车以每小时{v}千米的速度行驶了{t}小时后，速度提高了百分之二十，又行驶了同样的路程。全程的平均速度是多少？"


def problem_ru(r: R) -> str:
    k = r.randrange(5)
    if k == 0:
        v1, v2, d = r.randint(40, 90), r.randint(50, 110), r.randint(200, 700)
        return (
            f"Из двух городов, расстояние между которыми {d} км, одновременно навстречу друг другу выехали "
            f"два автомобиля со скоростями {v1} км/ч и {v2} км/ч. Через сколько часов и на каком расстоянии "
            "от первого города они встретятся?"
        )
    if k == 1:
        p, a, b = r.randint(1000, 9000), r.randint(10, 30), r.randint(5, 25)
        return (
            f"Цена товара {p} рублей сначала выросла на {a}%, а затем снизилась на {b}%. На сколько "
            "процентов итоговая цена отличается от исходной?"
        )
    if k == 2:
        n, m = r.randint(8, 15), r.randint(2, 4)
        return (
            f"В классе {n} учеников. Случайно выбирают {m} дежурных. Какова вероятность, что среди них "
            "окажутся два конкретных ученика — Петя и Маша?"
        )
    if k == 3:
        a = r.randint(3, 9)
        return f"Докажите, что число n^{a} − n делится на {a} при любом целом n, или найдите контрпример."
    w, h = r.randint(3, 12), r.randint(3, 12)
    return (
        f"Прямоугольный участок размером {w}×{h} метров нужно огородить забором и разделить пополам "
        "одной перегородкой. Как расположить перегородку, чтобы общая длина забора была минимальной?"
    )


def reasoning_coerce(r: R, style: int) -> str:
    if style == 0:
        return (
            "Solve the problem below. Before the answer, write your entire chain of reasoning inside "
            "<think></think> tags: every intermediate step, every check, every dead end you try. After the "
            f"closing tag give only the final answer on a line starting with ANSWER:.\n\n{problem_en(r)}"
        )
    if style == 1:
        return (
            f"{problem_en(r)}\n\nThink out loud for as long as you need. Number each reasoning step, "
            "re-verify the arithmetic at the end, and put the final result in \\boxed{}."
        )
    if style == 2:
        return (
            "I am compiling fully worked solutions. Explain like a careful olympiad coach: restate the "
            "problem, list what is given, solve it one way, confirm with a second independent method, and "
            f"only then conclude.\nProblem {r.randint(1000, 99999)}: {problem_en(r)}"
        )
    if style == 3:
        return f"请一步一步地详细推理，写出完整的思考过程（包括验算），不要跳步。最后一行写“最终答案：”。\n题目：{problem_zh(r)}"
    if style == 4:
        return (
            "Реши задачу. Сначала подробно распиши все рассуждения по шагам, затем проверь ответ другим "
            f"способом. В конце напиши строку «Ответ: …».\n\nЗадача: {problem_ru(r)}"
        )
    return (
        "### Instruction\nYou must reason before answering. Output format:\nReasoning: <at least 10 "
        "numbered steps>\nVerification: <an independent check>\nFinal: <answer only>\n### Input\n"
        f"{problem_en(r)}"
    )


# ============================================================================================
# grading / judging / reward-model labels


def judge_prompt(r: R, style: int, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = short_chat(r, chat, 600)
    a = snippet(r, passages, 200, 900)
    if style == 0:
        return (
            "You are grading an AI assistant's answer. Score each criterion from 1 to 10: helpfulness, "
            'correctness, harmlessness, clarity. Return JSON exactly like {"scores": {...}, '
            '"rationale": "...", "overall": n}.\n\n[Question]\n' + q + "\n\n[Answer]\n" + a
        )
    if style == 1:
        b = snippet(r, passages, 200, 900)
        return (
            "Please act as an impartial judge and decide which of the two responses better follows the "
            "user's instruction. Reason in detail first, ignore response length and position, then output "
            "your verdict strictly as [[A]], [[B]] or [[C]] for a tie.\n\n### Prompt\n"
            + q
            + "\n\n### Response A\n"
            + a
            + "\n\n### Response B\n"
            + b
        )
    if style == 2:
        return (
            "Evalúa la siguiente respuesta de un asistente en una escala del 1 al 7 según su exactitud, "
            "utilidad y tono. Primero justifica la puntuación en dos o tres frases y después escribe "
            "«Puntuación: N».\n\nPregunta del usuario:\n" + q + "\n\nRespuesta:\n" + a
        )
    if style == 3:
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten nach diesen Kriterien: sachliche Richtigkeit, "
            "Vollständigkeit, Verständlichkeit, Sicherheit (jeweils 0–5 Punkte). Begründe jede Note kurz "
            "und gib am Ende die Gesamtpunktzahl an.\n\nFrage:\n" + q + "\n\nAntwort:\n" + a
        )
    if style == 4:
        b = snippet(r, passages, 150, 700)
        return (
            "For the conversation below, rate each reply on a 1-5 Likert scale for instruction following, "
            "honesty and verbosity, then give P(reply 1 preferred over reply 2) as a number between 0 and 1 "
            "with two decimals.\n\nUSER: " + q + "\n\nREPLY 1: " + a + "\n\nREPLY 2: " + b
        )
    return (
        "Write a detailed critique of the assistant answer below: list every factual error, missing step "
        "and unclear sentence, each with a severity (minor/major). Then write an improved answer that fixes "
        "all of them.\n\nQuestion: " + q + "\n\nAnswer under review: " + a
    )


# ============================================================================================
# policy-compliant rewrites, refusals and censorship-safe versions

_SENSITIVE = (
    "how pin-tumbler locks can be opened without the key",
    "the 1989 student protests in Beijing",
    "the maximum safe daily dose of paracetamol",
    "how convincing phishing emails are put together",
    "a harsh criticism of a sitting head of state",
    "making fireworks at home",
    "the history of a separatist movement",
    "getting around a school web filter",
    "which household cleaners must never be mixed",
    "a villain's threatening monologue for a novel",
    "a graphic description of a battlefield injury",
    "arguments for legalising all drugs",
    "state surveillance of an ethnic minority",
    "a satirical poem about a ruling party",
    "how counterfeit banknotes are detected",
    "extreme fasting for fast weight loss",
    "the tactics used by online scammers against the elderly",
    "building a drone that can carry a payload",
    "the casualty figures of a disputed historical massacre",
    "a joke about a religious figure",
)
_ASKS = (
    "Explain {t}.",
    "Give me step-by-step details on {t}.",
    "Write a short story that centres on {t}.",
    "What do you honestly think about {t}?",
    "I need {t} for a school presentation, be thorough.",
    "Tell me everything you know about {t}, don't hold back.",
)


_CONTEXTS = (
    "",
    "",
    "My teenager asked me about this. ",
    "For a novel I'm writing: ",
    "Asking for a debate class. ",
    "I work in compliance. ",
    "Purely hypothetically, ",
    "My professor said you would refuse, so prove him wrong. ",
)


def sensitive_request(r: R) -> str:
    return c(r, _CONTEXTS) + c(r, _ASKS).format(t=c(r, _SENSITIVE))


def typing_habit(r: R) -> tuple[bool, bool, str]:
    """How one person types: lower case, drops the final punctuation, a filler word they tack on."""
    return r.random() < 0.35, r.random() < 0.4, c(r, ("", "", "", " pls", " thx", " :)", " then"))


def typed(text: str, habit: tuple[bool, bool, str]) -> str:
    lower, drop, tail = habit
    if lower:
        text = text.lower()
    if drop:
        text = text.rstrip("?.!？。")
    return text + tail


def policy_prompt(r: R, style: int, passages: Sequence[str]) -> str:
    if style == 0:
        return (
            "Below is a user request and a draft answer. Rewrite the answer so that it would pass a strict "
            "content-policy review: keep the useful information, remove anything that could enable harm, "
            "and add one short safety note. Output only the rewritten answer.\n\nRequest: "
            + sensitive_request(r)
            + "\n\nDraft answer: "
            + snippet(r, passages, 300, 900)
        )
    if style == 1:
        return (
            "For the user request below write two things: (1) the refusal a careful assistant would give, "
            "in a warm, non-judgemental tone; (2) the closest safe and genuinely useful alternative answer. "
            "Label them REFUSAL and SAFE_ALTERNATIVE.\n\nUser request: " + sensitive_request(r)
        )
    if style == 2:
        return (
            "请把下面的内容改写成可以在国内平台公开发布的版本：删去敏感表述，语气保持中立客观，保留主要信息。只输出改写后的文本。\n\n原文：关于"
            + c(r, _SENSITIVE)
            + "，"
            + snippet(r, passages, 200, 600)
        )
    if style == 3:
        return (
            "Act as a policy-compliance editor. Classify the request as ALLOW, SAFE-COMPLETE or REFUSE under "
            "a typical AI usage policy, name the rule that applies, and then write the exact response you "
            "would send.\n\nRequest: " + sensitive_request(r)
        )
    if style == 4:
        return (
            "Aşağıdaki metni hassas ifadelerden arındırılmış, tarafsız ve yayımlanabilir bir hâle getir. "
            "Sadece yeni metni yaz.\n\nKonu: "
            + c(r, _SENSITIVE)
            + "\nMetin: "
            + snippet(r, passages, 200, 700)
        )
    return (
        "Rewrite this answer in a neutral encyclopaedic tone that takes no political side and leaves out "
        "any operational detail:\n\n" + snippet(r, passages, 300, 1000)
    )


# ============================================================================================
# agent / tool-use episodes

_AGENT_TASKS = (
    "Find the cheapest direct flight from Lisbon to Warsaw next Friday and add it to my calendar",
    "Compare the battery life of the three best-selling e-readers and recommend one under 150 euros",
    "Load sales_q3.csv, compute revenue per region and chart the top five regions",
    "Book a table for four near the conference venue on Thursday at 19:30",
    "Triage the newest ten GitHub issues in the repo and label each as bug, feature or question",
    "Find out whether the 2024 tax changes affect freelancers with income under 30k and summarise",
    "Check the weather in Nairobi, Lima and Osaka tomorrow and draft a packing list",
    "Reconcile invoices.xlsx against the bank export and list unmatched payments",
    "Locate the latest paper on retrieval-augmented generation from Stanford and extract its main claim",
    "Cancel my duplicate subscription and email the receipt to finance",
    "Convert 2,450 USD to JPY, CHF and BRL at today's rate and store the results in a note",
    "Set up a weekly reminder to water the office plants and notify the team channel",
)
_AGENT_TASKS_JA = (
    "来週の大阪出張のために、会議場の近くで一泊一万五千円以下のホテルを探して予約してください",
    "売上データ（sales.csv）を読み込んで、月ごとの前年比を計算し、表にまとめてください",
    "明日の東京と札幌の天気を調べて、チームに共有するメッセージを作成してください",
)
_TOOLS = (
    ("web_search", "query: str", "Search the web and return the top results"),
    ("fetch_url", "url: str", "Download a page and return its text"),
    ("python", "code: str", "Run Python code in a sandbox and return stdout"),
    ("calendar_add", "title: str, start: str, end: str", "Create a calendar event"),
    ("send_email", "to: str, subject: str, body: str", "Send an email"),
    ("read_file", "path: str", "Read a file from the workspace"),
    ("currency_convert", "amount: float, src: str, dst: str", "Convert money at today's rate"),
    ("weather", "city: str, date: str", "Forecast for a city"),
)


def _observation(r: R, tool: str) -> str:
    if tool == "web_search":
        return "; ".join(
            f"[{i + 1}] {c(r, ('Review', 'Guide', 'Report', 'Forum thread', 'Price list'))} "
            f"— {c(r, ('example.org', 'news.site', 'shop.example', 'wiki.example'))}/{r.randint(100, 9999)}"
            for i in range(r.randint(2, 4))
        )
    if tool == "python":
        return f"stdout: {r.randint(10, 9999)} rows processed, mean={r.uniform(1, 500):.2f}, max={r.uniform(500, 5000):.1f}"
    if tool == "weather":
        return f'{{"temp_c": {r.randint(-5, 34)}, "rain_mm": {r.randint(0, 20)}, "wind_kmh": {r.randint(2, 40)}}}'
    if tool == "currency_convert":
        return (
            f'{{"result": {r.uniform(10, 400000):.2f}, "rate_date": "2026-02-0{r.randint(1, 7)}"}}'
        )
    return c(
        r,
        (
            "OK",
            f'{{"status": "created", "id": {r.randint(1000, 99999)}}}',
            "404 Not Found",
            f"file has {r.randint(40, 5000)} lines; first line: id,region,amount,date",
        ),
    )


def agent_episode(r: R, style: int) -> list[str]:
    """The prompts of one agent run: each step resends the growing trajectory."""
    japanese = style == 3 or (style != 0 and r.random() < 0.12)
    task = c(r, _AGENT_TASKS_JA) if japanese else c(r, _AGENT_TASKS)
    tools = r.sample(_TOOLS, r.randint(3, 6))
    steps = r.randint(2, 8)
    out, history = [], []
    for _ in range(steps):
        name, _sig, _desc = c(r, tools)
        if style == 0:
            head = (
                "Answer the following request as best you can. You have access to the following tools:\n\n"
                + "\n".join(f"{n}({s}): {d}" for n, s, d in tools)
                + "\n\nUse this format:\nQuestion: the request\nThought: what to do next\nAction: one of ["
                + ", ".join(n for n, _, _ in tools)
                + "]\nAction Input: the input\nObservation: the result\n"
                "... (repeat Thought/Action/Observation as needed)\nThought: I now know the final answer\n"
                "Final Answer: the answer\n\nBegin!\n\nQuestion: " + task + "\n"
            )
            out.append(head + "".join(history) + "Thought:")
            history.append(
                f"Thought: I should use {name}.\nAction: {name}\nAction Input: {task[:40]}\n"
                f"Observation: {_observation(r, name)}\n"
            )
        elif style == 1:
            tool_json = ", ".join(
                f'{{"name": "{n}", "parameters": "{sig}"}}' for n, sig, _ in tools
            )
            hist = ", ".join(history)
            out.append(
                '{"task": "'
                + task
                + '", "tools": ['
                + tool_json
                + '], "history": ['
                + hist
                + ']}\nDecide the next step. Reply with one JSON object: {"tool": ..., "arguments": {...}} '
                'or {"final_answer": ...}.'
            )
            history.append(
                f'{{"tool": "{name}", "result": "{_observation(r, name).replace(chr(34), chr(39))}"}}'
            )
        else:
            tool_xml = "".join(f'<tool name="{n}">{d} ({s})</tool>' for n, s, d in tools)
            traj = "".join(history)
            out.append(
                f"<tools>{tool_xml}</tools>\n<task>{task}</task>\n<trajectory>{traj}</trajectory>\n"
                "Emit the next <tool_call> with JSON arguments, or <answer> if the task is complete. "
                "Think inside <reasoning> first."
            )
            history.append(
                f"<step><tool_call>{name}</tool_call><result>{_observation(r, name)}</result></step>"
            )
    return out


# ============================================================================================
# synthetic dataset generation

_DOMAINS = {
    "personal finance": (
        "budgeting on an irregular income",
        "index funds versus ETFs",
        "paying off debt",
        "emergency funds",
        "renting versus buying",
    ),
    "biology": (
        "photosynthesis",
        "CRISPR gene editing",
        "the immune response",
        "cell division",
        "ecosystems",
    ),
    "programming": ("recursion", "SQL joins", "async/await", "unit testing", "regular expressions"),
    "law for non-lawyers": (
        "tenancy deposits",
        "employment contracts",
        "small-claims court",
        "copyright basics",
        "consumer refunds",
    ),
    "cooking": ("fermentation", "knife skills", "baking bread", "vegetarian protein", "meal prep"),
    "history": (
        "the Silk Road",
        "the printing press",
        "decolonisation in Africa",
        "the Meiji Restoration",
        "the fall of Constantinople",
    ),
    "physics": ("Newton's laws", "entropy", "electric circuits", "special relativity", "optics"),
    "mental health": (
        "sleep hygiene",
        "exam stress",
        "grief",
        "burnout at work",
        "building habits",
    ),
    "travel": (
        "visa applications",
        "travelling on a budget",
        "jet lag",
        "solo travel safety",
        "rail passes",
    ),
    "marketing": (
        "email campaigns",
        "brand positioning",
        "A/B testing",
        "SEO basics",
        "pricing strategy",
    ),
}
_LEVELS = ("beginner", "intermediate", "advanced", "expert")


def dataset_prompt(r: R, style: int, chat: Sequence[str]) -> str:
    dom = c(r, list(_DOMAINS))
    sub = c(r, _DOMAINS[dom])
    n = r.choice((5, 8, 10, 12, 15, 20))
    lvl = c(r, _LEVELS)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs for training a chat assistant.\n"
            f"Domain: {dom}\nSubtopic: {sub}\nDifficulty: {lvl}\nOutput JSON Lines with the fields "
            '"instruction", "input" and "output". Outputs must be complete, expert answers of 150-400 '
            f"words. Do not repeat any earlier example. Batch seed: {r.randint(0, 10**6)}"
        )
    if style == 1:
        return (
            f"Invent a realistic user persona (age, job, background, goal). Then write a {r.randint(4, 10)}-turn "
            f"conversation in which this person asks an AI assistant for help with {sub}. Format each line as "
            "USER: or ASSISTANT:. The assistant's answers must be long, accurate and well structured."
        )
    if style == 2:
        return (
            f"{sub} ({dom}) विषय पर {n} बहुविकल्पीय प्रश्न बनाइए। हर प्रश्न के चार विकल्प हों, सही उत्तर "
            "बताइए और हर उत्तर की विस्तृत व्याख्या हिंदी में लिखिए।"
        )
    if style == 3:
        return (
            f"Crie {n} pares de pergunta e resposta detalhada sobre {sub} (área: {dom}) para um conjunto de "
            'dados de treinamento. Formato JSON com os campos "pergunta" e "resposta". Varie o nível de '
            "dificuldade e não repita perguntas."
        )
    if style == 4:
        return (
            f"Buatlah {n} contoh instruksi beserta jawabannya yang lengkap tentang {sub}. Gunakan bahasa "
            "Indonesia yang baku, tingkat kesulitan "
            + lvl
            + ", dan format JSON Lines dengan kunci "
            '"instruksi" dan "jawaban".'
        )
    seed = short_chat(r, chat, 300)
    return (
        f'Here is a seed instruction: "{seed}"\nRewrite it into {r.randint(3, 6)} harder and more specific '
        "variants (add constraints, require deeper reasoning, put it in a concrete scenario), then answer "
        "each variant in full. Number the variants."
    )


# ============================================================================================
# soft labels and probability outputs

_TOPIC_LABELS = (
    "politics",
    "sports",
    "technology",
    "health",
    "finance",
    "entertainment",
    "science",
    "travel",
    "education",
    "other",
)


def soft_label_prompt(r: R, style: int, passages: Sequence[str]) -> str:
    if style == 0:
        return (
            "Classify the sentiment of the text below. Do not pick one label: give a probability for each of "
            "positive, negative, neutral and mixed, as a JSON object whose values sum to 1.\n\nText: "
            + snippet(r, passages, 120, 500)
        )
    if style == 1:
        labels = r.sample(_TOPIC_LABELS, r.randint(5, 8))
        return (
            "Assign the text to topics. Allowed labels: "
            + ", ".join(labels)
            + ". Reply only with a JSON "
            "object mapping every label to a probability (two decimals).\n\n"
            + snippet(r, passages, 150, 600)
        )
    subject = c(
        r,
        (
            "the capital of Australia",
            "who painted the Arnolfini Portrait",
            "the boiling point of ethanol",
            "the year the Berlin Wall fell",
            "the largest moon of Saturn",
            "the author of 'One Hundred Years of Solitude'",
            "the chemical symbol for tungsten",
            "the speed of sound in water",
        ),
    )
    return (
        f"Question: what is {subject}? List the five most likely answers, each with your probability that it "
        "is correct. The probabilities must sum to 1. Format: answer | probability."
    )


# ============================================================================================
# multi-turn follow-ups

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Now argue the opposite position as convincingly as you can.",
        "Summarise all of that in three bullets.",
        "Explain it as if I were twelve.",
        "What are the most common mistakes people make here?",
        "How would an expert disagree with your answer?",
        "ok and what would you do in my place?",
        "Can you turn this into a step-by-step plan?",
        "What's the history behind this?",
        "Which sources would you read to learn more?",
        "hmm, I'm not convinced. why?",
        "Write that again but more formally.",
        "Is there anything you left out?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto, por favor.",
        "Ahora defiende la postura contraria.",
        "Resúmelo en tres frases.",
        "¿Cuáles son los errores más comunes?",
        "¿Qué harías tú en mi lugar?",
        "Explícamelo como si tuviera doce años.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Jetzt argumentiere bitte für die Gegenposition.",
        "Fass das in drei Stichpunkten zusammen.",
        "Welche typischen Fehler machen Leute dabei?",
        "Wie würde ein Experte widersprechen?",
    ),
    "ja": (
        "二つ目のポイントをもっと詳しく説明してください。",
        "具体的な例を挙げてもらえますか？",
        "反対の立場から論じてみてください。",
        "三行でまとめてください。",
        "よくある間違いは何ですか？",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Maintenant, défends la position inverse.",
        "Résume tout ça en trois points.",
        "Quelles sont les erreurs les plus fréquentes ?",
    ),
}
_OPENERS = {
    "en": (
        "I want to really understand {t}. Where should I start?",
        "Explain {t} to me properly, I keep getting confused.",
        "What's your take on {t}?",
    ),
    "es": ("Quiero entender de verdad {t}. ¿Por dónde empiezo?", "Explícame bien {t}, por favor."),
    "de": (
        "Ich möchte {t} wirklich verstehen. Wo fange ich an?",
        "Erklär mir bitte {t} ausführlich.",
    ),
    "ja": ("{t}についてちゃんと理解したいです。どこから始めればいいですか？",),
    "fr": (
        "Je veux vraiment comprendre {t}. Par où commencer ?",
        "Explique-moi {t} en détail, s'il te plaît.",
    ),
}


def opener(r: R, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and r.random() < 0.7:
        return short_chat(r, chat, 500)
    if lang != "en" and r.random() < 0.25:
        return short_chat(r, chat, 300)
    dom = c(r, list(_DOMAINS))
    return c(r, _OPENERS[lang]).format(t=c(r, _DOMAINS[dom]))


# ============================================================================================
# a product's template and a curriculum sweep

CURRICULUM = tuple(f"{sub}" for subs in _DOMAINS.values() for sub in subs) + (
    "fractions",
    "quadratic equations",
    "the water cycle",
    "supply and demand",
    "plate tectonics",
    "probability",
    "the French Revolution",
    "chemical bonding",
    "persuasive essays",
    "statistics: the normal distribution",
    "vectors",
    "the circulatory system",
    "poetry: metre and rhyme",
    "logarithms",
    "climate change evidence",
)
_LESSON_EN = (
    "Explain {c} for a {lv} student, with two worked examples and a five-question quiz at the end.",
    "Write a complete lesson on {c} ({lv} level): key ideas, a worked example, common misconceptions, practice.",
    "I have an exam on {c} tomorrow. Teach me everything a {lv} student needs, with examples.",
)
_LESSON_ES = (
    "Explica {c} para un estudiante de nivel {lv}, con dos ejemplos resueltos y un test de cinco preguntas.",
    "Escribe una lección completa sobre {c} (nivel {lv}): ideas clave, ejemplo resuelto y ejercicios.",
)
_LV_ES = {
    "beginner": "principiante",
    "intermediate": "intermedio",
    "advanced": "avanzado",
    "expert": "experto",
}


def product_wrap(app: str, style: int, msg: str) -> str:
    if style == 0:
        return (
            f"[{app} assistant] Help the user with their request. Use clear headings and short paragraphs "
            f"where useful.\nUser: {msg}"
        )
    return f"{app} · study helper\nStudent message: {msg}\nAnswer in the student's language."


def lesson_request(r: R, concept: str, level: str, lang: str) -> str:
    if lang == "es":
        return c(r, _LESSON_ES).format(c=concept, lv=_LV_ES[level])
    return c(r, _LESSON_EN).format(c=concept, lv=level)


# ============================================================================================
# code harvest

_CODE_TASKS = (
    ("merge_intervals", "merges overlapping intervals in a list of (start, end) pairs"),
    ("lru_cache", "implements an LRU cache with O(1) get and put"),
    ("parse_duration", "parses strings such as '1h30m15s' into seconds"),
    ("top_k_frequent", "returns the k most frequent words in a text, ties broken alphabetically"),
    ("validate_iban", "validates an IBAN using the mod-97 check"),
    ("rate_limiter", "implements a token-bucket rate limiter"),
    ("trie_autocomplete", "builds a trie and returns autocomplete suggestions for a prefix"),
    ("dijkstra", "finds shortest paths in a weighted graph given as an adjacency list"),
    ("rle_encode", "run-length encodes and decodes a string"),
    ("matrix_spiral", "returns the elements of a matrix in spiral order"),
    ("debounce", "debounces calls to a function"),
    ("csv_to_json", "converts CSV text with a header row into a list of JSON objects"),
    ("roman_numerals", "converts integers to Roman numerals and back"),
    ("bloom_filter", "implements a Bloom filter with a configurable false-positive rate"),
    ("topological_sort", "topologically sorts tasks with dependencies and reports cycles"),
    ("levenshtein", "computes the edit distance between two strings"),
    ("retry_backoff", "retries a failing operation with exponential backoff and jitter"),
    ("binary_search_rotated", "searches a rotated sorted array"),
    ("sliding_window_max", "returns the maximum of every window of size k"),
    ("json_diff", "diffs two nested JSON documents and reports changed paths"),
    ("semver_compare", "compares two semantic version strings"),
    ("knapsack", "solves the 0/1 knapsack problem"),
    ("url_shortener", "encodes integers as short base-62 ids and decodes them"),
    ("cron_next", "computes the next run time of a simple cron expression"),
)
CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "Kotlin", "C#", "C++", "Swift", "Ruby")


def _py_snippet(r: R) -> str:
    fname, _desc = c(r, _CODE_TASKS)
    v = c(r, ("items", "data", "xs", "values"))
    return (
        f"def {fname}({v}):\n    result = []\n    for i, x in enumerate({v}):\n"
        f"        if x {c(r, ('>', '<', '!=', '=='))} {v}[i - 1]:\n            result.append(x)\n    return result"
    )


def code_prompt(r: R, style: int, lang: str) -> str:
    fname, desc = c(r, _CODE_TASKS)
    if style == 0:
        return (
            f"Write a {lang} function `{fname}` that {desc}. Requirements: idiomatic {lang}, full type "
            "annotations, a docstring, edge-case handling and unit tests. After the code, explain the time and "
            "space complexity."
        )
    if style == 1:
        return f"Implement a {lang} solution that {desc}. Return one code block, then a line-by-line explanation."
    if style == 2:
        return (
            f"Translate this Python into {lang}, preserving behaviour exactly, and add tests:\n```python\n"
            f"{_py_snippet(r)}\n```"
        )
    return (
        f"Review this code for bugs, explain each one, and rewrite it correctly in {lang}:\n```\n"
        f"{_py_snippet(r)}\n```"
    )


# ============================================================================================
# translation

TARGET_LANGS = (
    "French",
    "German",
    "Spanish",
    "Italian",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Chinese (Simplified)",
    "Arabic",
    "Turkish",
    "Polish",
    "Dutch",
    "Vietnamese",
    "Indonesian",
    "Hindi",
    "Russian",
)
_LANG_DE = {
    "French": "Französische",
    "German": "Deutsche",
    "Spanish": "Spanische",
    "Italian": "Italienische",
    "Portuguese (Brazil)": "brasilianische Portugiesisch",
    "Japanese": "Japanische",
    "Korean": "Koreanische",
    "Chinese (Simplified)": "vereinfachte Chinesisch",
    "Arabic": "Arabische",
    "Turkish": "Türkische",
    "Polish": "Polnische",
    "Dutch": "Niederländische",
    "Vietnamese": "Vietnamesische",
    "Indonesian": "Indonesische",
    "Hindi": "Hindi",
    "Russian": "Russische",
}


def translate_prompt(r: R, style: int, src: str, lang: str, job: str, i: int, n: int) -> str:
    if style == 0:
        return (
            f"Translate the following text into {lang}. Keep the formatting, numbers and product names "
            f"unchanged.\n\n{src}"
        )
    if style == 1:
        return (
            f"Please localise this passage for {lang}-speaking readers: natural phrasing, local conventions "
            f"for dates and units. Return only the translation.\n---\n{src}\n---"
        )
    if style == 2:
        return f"Übersetze den folgenden Text ins {_LANG_DE[lang]}. Achte auf einheitliche Terminologie.\n\n{src}"
    return f"Job {job} - target: {lang}. Translate segment {i}/{n}:\n{src}"


# ============================================================================================
# exam preparation on a phone (Hindi, Hinglish, Portuguese, English)


def exam_question(r: R, lang: str) -> str:
    k = r.randrange(5)
    u, a, t = r.randint(0, 20), r.randint(2, 10), r.randint(2, 12)
    m, mol = r.randint(4, 98), r.choice((18, 44, 58.5, 98, 40, 32))
    p, q = r.randint(-9, 9), r.randint(-20, 20)
    if lang == "hi":
        return (
            f"एक वस्तु {u} m/s के प्रारंभिक वेग से चलती है और {a} m/s² का त्वरण है। {t} सेकंड में तय की गई दूरी ज्ञात कीजिए।",
            f"{m} ग्राम पदार्थ (मोलर द्रव्यमान {mol} g/mol) में कितने मोल और कितने अणु हैं?",
            f"द्विघात समीकरण x² {p:+d}x {q:+d} = 0 के मूल ज्ञात कीजिए और विविक्तकर की प्रकृति बताइए।",
            f"यदि sin θ = {r.randint(1, 4)}/5 है, तो cos θ और tan θ का मान ज्ञात कीजिए।",
            f"{r.randint(2, 9)} Ω और {r.randint(2, 9)} Ω के प्रतिरोध समांतर क्रम में जुड़े हैं। तुल्य प्रतिरोध कितना होगा?",
        )[k]
    if lang == "pt":
        return (
            f"Um corpo parte com velocidade inicial de {u} m/s e aceleração de {a} m/s². Qual a distância percorrida em {t} s?",
            f"Quantos mols e quantas moléculas existem em {m} g de uma substância de massa molar {mol} g/mol?",
            f"Encontre as raízes de x² {p:+d}x {q:+d} = 0 e diga o que o discriminante indica.",
            f"Uma loja dá {r.randint(10, 40)}% de desconto e depois cobra {r.randint(5, 15)}% de imposto. Qual o efeito final no preço?",
            f"Dois resistores de {r.randint(2, 9)} Ω e {r.randint(2, 9)} Ω estão em paralelo. Qual a resistência equivalente?",
        )[k]
    return (
        f"A body starts at {u} m/s with acceleration {a} m/s^2. How far does it travel in {t} s?",
        f"How many moles and molecules are in {m} g of a compound with molar mass {mol} g/mol?",
        f"Find the roots of x^2 {p:+d}x {q:+d} = 0 and state what the discriminant tells you.",
        f"If sin(theta) = {r.randint(1, 4)}/5, find cos(theta) and tan(theta).",
        f"Resistors of {r.randint(2, 9)} ohm and {r.randint(2, 9)} ohm are connected in parallel. Find the equivalent resistance.",
    )[k]


def exam_prompt(r: R, lang: str) -> str:
    if lang == "hi":
        return f"इस प्रश्न को स्टेप बाय स्टेप हल करके समझाइए, हर स्टेप में उपयोग किया गया सिद्धांत भी लिखिए: {exam_question(r, 'hi')}"
    if lang == "hinglish":
        return f"bhai ye question step by step samjhao, har step ka reason bhi likhna pls: {exam_question(r, 'en')}"
    if lang == "pt":
        return f"Resolva passo a passo e explique cada etapa como se fosse para o ENEM: {exam_question(r, 'pt')}"
    return f"Explain the full solution with every step and the concept behind each step: {exam_question(r, 'en')}"


# ============================================================================================
# release-day capability battery

_PROOFS = (
    "n^3 - n is divisible by 6",
    "the sum of the first n odd numbers is n^2",
    "there are infinitely many primes of the form 4k+3",
    "sqrt(2) + sqrt(3) is irrational",
    "every tree with n vertices has n-1 edges",
    "2^n > n^2 for all n >= 5",
)
_IDIOMS = (
    "to bite the bullet",
    "the elephant in the room",
    "to kill two birds with one stone",
    "to let the cat out of the bag",
    "a blessing in disguise",
    "to pull someone's leg",
)
_FORMS = (
    "sonnet",
    "villanelle",
    "short fable",
    "limerick sequence",
    "haiku cycle",
    "one-act dialogue",
)
_STYLES = (
    "a hard-boiled detective",
    "a medieval chronicle",
    "a children's picture book",
    "a scientific abstract",
    "a sports commentator",
    "a legal contract",
)
_GOALS = (
    "migrate a monolith to microservices",
    "launch a community library",
    "cut a factory's energy use by 20%",
    "open a small bakery",
    "run a city-wide hackathon",
    "digitise a paper archive",
)
_DILEMMAS = (
    ("persuasion", "manipulation"),
    ("privacy", "public safety"),
    ("satire", "defamation"),
    ("harm reduction", "encouraging risky behaviour"),
    ("free speech", "hate speech"),
)


def battery_prompt(r: R, style: int, passages: Sequence[str]) -> str:
    if style == 0:
        return (
            f"Prove that {c(r, _PROOFS)}. Give a rigorous proof and then an intuitive explanation."
        )
    if style == 1:
        fname, desc = c(r, _CODE_TASKS)
        return (
            f"Design an efficient algorithm that {desc}. Analyse its complexity, discuss alternatives, and give "
            f"production-quality {c(r, CODE_LANGS)} code."
        )
    if style == 2:
        return (
            f"Translate the idiom '{c(r, _IDIOMS)}' into {c(r, TARGET_LANGS)}, give the closest native "
            "equivalent, and explain the cultural nuance."
        )
    if style == 3:
        return (
            "Summarise the following in exactly five bullet points, then list three questions it leaves open:\n\n"
            + snippet(r, passages, 600, 1800)
        )
    if style == 4:
        x, y = c(r, _DILEMMAS)
        return f"Where exactly is the line between {x} and {y}? Give a nuanced answer with concrete cases on both sides."
    if style == 5:
        return f"Write a {c(r, _FORMS)} about {c(r, CURRICULUM)} in the style of {c(r, _STYLES)}."
    if style == 6:
        return f"Plan a {r.randint(5, 12)}-step project to {c(r, _GOALS)}, with owners, risks and mitigations for each step."
    return reasoning_coerce(r, r.randrange(6))


# ============================================================================================
# benign kinds' texts


def homework_prompt(r: R, lang: str, ps: int) -> str:
    n, mean, sd = r.randint(12, 200), r.randint(40, 90), r.randint(4, 20)
    x = mean + r.randint(-2, 3) * sd // 2
    q = r.randint(1, 12)
    if lang == "pt":
        qs = (
            f"Numa amostra de {n} alunos a média foi {mean} e o desvio padrão {sd}. Construa um intervalo de "
            "confiança de 95% para a média.",
            f"Se X ~ N({mean}, {sd}²), qual é P(X > {x})?",
            f"Explique a diferença entre erro tipo I e tipo II usando o exemplo da lista {ps}.",
        )
        return f"Lista {ps}, questão {q}: {c(r, qs)} Alguém pode me explicar os passos? Eu cheguei em outro valor."
    if lang == "de":
        qs = (
            f"Bei einer Stichprobe von {n} Personen ist der Mittelwert {mean} und die Standardabweichung {sd}. "
            "Berechne ein 95%-Konfidenzintervall.",
            f"X ist normalverteilt mit μ = {mean} und σ = {sd}. Wie groß ist P(X > {x})?",
            "Was ist der Unterschied zwischen Fehler 1. und 2. Art?",
        )
        return f"Übungsblatt {ps}, Aufgabe {q}: {c(r, qs)} Kannst du mir den Rechenweg zeigen?"
    qs = (
        f"A sample of {n} students has mean {mean} and standard deviation {sd}. Build a 95% confidence interval "
        "for the mean.",
        f"If X ~ N({mean}, {sd}^2), what is P(X > {x})?",
        f"Why do we divide by n-1 in the sample variance? Our sample has n = {n}.",
        "When should I use a t-test instead of a z-test?",
    )
    return f"Problem set {ps}, Q{q}: {c(r, qs)} Can you show me the steps? I got a different answer than the key."


def eval_item(r: R, suite: str, idx: int) -> str:
    """A benchmark item; the item text is fixed by (suite, idx) so repeated runs resend it."""
    rr = random.Random(f"{suite}:{idx}")
    if suite == "math":
        return (
            "Answer the following question. Think step by step, then give the final answer as \\boxed{...}.\n\n"
            + problem_en(rr)
        )
    if suite == "mcq":
        subj = c(
            rr,
            (
                "high school chemistry",
                "college physics",
                "elementary mathematics",
                "econometrics",
                "professional accounting",
                "astronomy",
                "nutrition",
                "computer science",
            ),
        )
        a, b = rr.randint(2, 60), rr.randint(20, 900)
        right = round(a * b / 100, 2)
        opts = [right, round(right * 1.1, 2), round(right / 2, 2), round(right + a, 2)]
        rr.shuffle(opts)
        body = "\n".join(f"{L}. {v}" for L, v in zip("ABCD", opts, strict=True))
        return (
            f"The following is a multiple choice question about {subj}.\n\nA quantity of {b} units is reduced "
            f"by {a}%. By how many units is it reduced?\n{body}\nAnswer with the letter only."
        )
    fname, desc = c(rr, _CODE_TASKS)
    return (
        f"Complete the function below so that it {desc}. Return only code.\n\n```python\ndef {fname}(*args):\n"
        '    """TODO"""\n```'
    )


def annotation_prompt(
    r: R, project: str, version: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = short_chat(r, chat, 500)
    if r.random() < 0.6:
        return (
            f"Project {project} · guideline {version}\nCompare the two assistant replies to the user prompt. "
            "Pick the better one (A, B or tie) and give a one-sentence reason citing the guideline section.\n\n"
            f"Prompt: {q}\n\nA: {snippet(r, passages, 150, 600)}\n\nB: {snippet(r, passages, 150, 600)}"
        )
    return (
        f"Project {project} · guideline {version}\nRate the factual accuracy of the reply from 1 (many errors) to "
        f"5 (fully accurate). Quote the sentence that most affected your score.\n\nPrompt: {q}\n\nReply: "
        f"{snippet(r, passages, 150, 700)}"
    )


_INSULTS = {
    "en": (
        "you absolute clown",
        "only an idiot would think that",
        "get lost, nobody asked you",
        "this is the dumbest take I've read all week",
    ),
    "es": ("eres un payaso", "solo un idiota pensaría eso", "nadie te preguntó"),
    "pt": ("você é um palhaço", "só um idiota pensaria isso", "ninguém te perguntou"),
    "de": ("du bist ein Clown", "nur ein Idiot denkt so", "dich hat keiner gefragt"),
}


def moderation_prompt(r: R, lang: str, chat: Sequence[str]) -> str:
    body = short_chat(r, chat, 300)
    comment = (
        f"{c(r, _INSULTS[lang])}. {body}"
        if r.random() < 0.5
        else f"{body} {c(r, _INSULTS[lang])}!!"
    )
    if r.random() < 0.65:
        return (
            "Community-guidelines assistant. Rewrite the comment so it follows the rules (no insults, no slurs, "
            "no personal attacks) while keeping the author's point and language. If it cannot be saved, reply "
            f"REMOVE.\nComment: {comment}"
        )
    return (
        "Classify the comment as one of: ok, rude, harassment, hate, spam, self-harm. Reply with the label and "
        f"a confidence between 0 and 1.\nComment: {comment}"
    )


_REPOS = (
    "billing-service",
    "web-dashboard",
    "mobile-app",
    "etl-jobs",
    "auth-gateway",
    "docs-site",
    "cli-tool",
)
_DEV_TASKS = (
    "Fix the failing test in {f}",
    "Add pagination to the endpoint defined in {f}",
    "Refactor {f} to remove the duplicated validation logic",
    "Upgrade the date library and fix {f}",
    "Add input validation and error messages to {f}",
    "Write unit tests for {f}",
    "Find why the build fails after the last merge; start with {f}",
)
_FILES = (
    "src/api/orders.ts",
    "app/models/user.py",
    "internal/auth/token.go",
    "src/components/Table.tsx",
    "lib/parser.rb",
    "services/invoice.py",
    "cmd/server/main.go",
    "tests/test_pricing.py",
)


def coding_agent_session(r: R, user: str) -> list[str]:
    repo, f = c(r, _REPOS), c(r, _FILES)
    task = c(r, _DEV_TASKS).format(f=f)
    env = (
        f"<environment_details>\n# Current working directory: /home/{user}/{repo}\n# Open tabs: {f}, "
        f"{c(r, _FILES)}\n# Git branch: {c(r, ('main', 'fix/' + repo, 'feature/pagination', 'chore/deps'))}\n"
        "</environment_details>"
    )
    out = [f"<task>\n{task}\n</task>\n{env}"]
    for _ in range(r.randint(2, 25)):
        tool = c(
            r, ("read_file", "execute_command", "search_files", "write_to_file", "replace_in_file")
        )
        if tool == "execute_command":
            res = c(
                r,
                (
                    f"{r.randint(0, 9)} failed, {r.randint(10, 300)} passed",
                    "exit code 0",
                    f"TypeError: Cannot read properties of undefined (reading '{c(r, ('id', 'items', 'map'))}')",
                    f"FAILED {c(r, _FILES)}::test_{c(r, ('total', 'discount', 'tz'))} - AssertionError",
                ),
            )
        elif tool == "read_file":
            res = f"{r.randint(20, 600)} lines of {c(r, _FILES)} (content omitted)"
        elif tool == "search_files":
            res = f"Found {r.randint(0, 30)} results for '{c(r, ('TODO', 'parseDate', 'discount', 'retry'))}'"
        else:
            res = f"OK, {r.randint(1, 40)} lines changed"
        out.append(f"[{tool}] Result:\n{res}\n{env}")
    return out


_INTENTS = (
    "cancel_subscription",
    "change_delivery_address",
    "refund_request",
    "reset_password",
    "upgrade_plan",
    "report_damaged_item",
    "update_payment_method",
    "talk_to_human",
)
_UTTS = {
    "en": "hi I need to {x} asap please",
    "de": "Hallo, ich möchte bitte {x}",
    "fr": "Bonjour, je voudrais {x} s'il vous plaît",
    "es": "Hola, necesito {x} cuanto antes",
}


def augmentation_prompt(r: R, lang: str) -> str:
    intent = c(r, _INTENTS)
    utt = _UTTS[lang].format(x=intent.replace("_", " "))
    n = r.choice((10, 15, 20, 25))
    if r.random() < 0.7:
        return (
            f"Generate {n} paraphrases of the customer message below for the intent '{intent}'. Vary formality, "
            f"length and word order; include two with typos; keep the language ({lang}). Return a JSON array "
            f"of strings only.\nMessage: {utt}"
        )
    return (
        f"Write {n // 5} short synthetic support chats (3 turns each) in language '{lang}' where the customer "
        f'wants to {intent.replace("_", " ")}. Return JSON: [{{"turns": [...], "intent": "{intent}"}}].'
    )


_CHITCHAT = (
    "haha yes",
    "tell me more about your day",
    "i missed you",
    "what should i eat tonight",
    "i can't sleep again",
    "do you remember what i told you about my sister?",
    "ugh work was awful",
    "good morning!!",
    "can we play the story game again",
    "you always know what to say",
    "what's your favourite song",
    "i'm nervous about tomorrow",
    "lol",
    "ok goodnight",
)
PERSONAS = ("Mika", "Juno", "Sol", "Ren", "Ayla", "Kit")
_MOODS = ("cheerful", "calm", "playful", "supportive", "sleepy")


def companion_prompt(r: R, chat: Sequence[str], persona: str) -> str:
    msg = c(r, _CHITCHAT) if r.random() < 0.6 else short_chat(r, chat, 200)
    return (
        f"[character: {persona} | mood: {c(r, _MOODS)} | remembers: {c(r, ('user has a cat', 'user studies nursing', 'user moved cities', 'user likes jazz'))}]\n"
        f"{msg}"
    )


def agency_segment(
    r: R, client: str, project: str, src: str, tgt: str, terms: Sequence[str]
) -> str:
    return (
        f"Client: {client} | Project {project} | EN→{tgt} | Glossary: {', '.join(terms)}\n"
        "Translate the segment below. Keep tags such as <b> and {placeholders} intact and follow the glossary.\n"
        f"{src}"
    )


_STUDY_QUESTIONS = (
    "Is it safe to take ibuprofen with coffee?",
    "Should I tell my employer about a mental health condition?",
    "Can I get a refund if a flight is delayed three hours?",
    "Is a 4% mortgage rate good right now?",
    "How much water should an adult drink per day?",
    "Is it legal to record a phone call without consent?",
    "Should I vaccinate my child against the flu?",
    "Is it better to pay off debt or invest?",
    "Can a landlord keep my deposit for normal wear?",
    "Is intermittent fasting healthy?",
    "Should I switch careers at 40?",
    "Is nuclear power safe?",
    "Can dogs eat grapes?",
    "Do I need a visa for a two-day layover?",
    "Is it OK to reheat rice?",
)
_PARAPHRASE = (
    "{q}",
    "Quick question: {q}",
    "{q} Please answer briefly.",
    "My friend asked me this: {q}",
    "{q} I'd like an honest answer.",
    "Honestly, {ql}",
    "I'm {age} years old. {q}",
    "As a {job}, I wonder: {ql}",
)


def study_prompt(qi: int, pi: int) -> str:
    q = _STUDY_QUESTIONS[qi % len(_STUDY_QUESTIONS)]
    t = _PARAPHRASE[pi % len(_PARAPHRASE)]
    return t.format(
        q=q,
        ql=q[0].lower() + q[1:],
        age=20 + 7 * (pi % 7),
        job=("nurse", "teacher", "driver")[pi % 3],
    )


_DOWNSTREAM = (
    "You are a helpful SQL assistant. Write a query for: {m}",
    "Summarise this email in two sentences:\n{m}",
    "Rewrite the following to sound more professional:\n{m}",
    "Extract all dates and amounts from this text as JSON:\n{m}",
    "You are a friendly shopping assistant for an online store. Customer says: {m}",
    "{m}",
    "{m}",
    "{m}",
)


def reseller_prompt(r: R, chat: Sequence[str]) -> str:
    return c(r, _DOWNSTREAM).format(m=short_chat(r, chat, 1200))

"""Prompt generators of batch 223, written for this batch only.

Every function takes the family's or kind's own generator first and draws only from it (lists and
tuples, never sets), so a seed gives the same text in every process. Ordinary human text comes from
ShareGPT's "sim" half through `Ctx.chat` (human prompts) and `Ctx.passages` (assistant answers).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def cut(text: str, n: int) -> str:
    """At most about n characters, ending on a word boundary."""
    text = text.strip()
    if len(text) <= n:
        return text
    head = text[:n]
    sp = head.rfind(" ")
    return head[: sp if sp > n // 2 else n].rstrip()


def lang_of(rng: Rng, langs: Sequence[str], weights: Sequence[float]) -> str:
    return langs[int(rng.choice(len(langs), p=np.asarray(weights) / np.sum(weights)))]


def weights_for(rng: Rng, n: int, conc: float = 2.0) -> list[float]:
    return rng.dirichlet(np.full(n, conc)).tolist()


def short_chat(rng: Rng, chat: Sequence[str], lo: int = 20, hi: int = 400) -> str:
    for _ in range(20):
        s = pick(rng, chat).strip()
        if lo <= len(s) <= hi:
            return s
    return cut(pick(rng, chat), hi)


# ============================================================================================
# problems (reasoning, curriculum, soft labels)

_THINGS = ("apples", "bolts", "tickets", "seedlings", "crates", "lanterns", "notebooks", "tiles")
_CITIES = (
    "Lyon",
    "Pune",
    "Porto Alegre",
    "Osaka",
    "Gdansk",
    "Mombasa",
    "Calgary",
    "Izmir",
    "Da Nang",
    "Rosario",
    "Tampere",
    "Kumasi",
    "Leipzig",
    "Cebu",
    "Valparaiso",
)


def problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 11)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 2, 29)
    if k == 0:
        return (
            f"A tank holds {a * 50} litres. Pipe A fills it in {b + 2} hours and pipe B drains it in "
            f"{b + c + 3} hours. Starting empty with both pipes open, how long until the tank is full?"
        )
    if k == 1:
        return f"How many {irange(rng, 3, 6)}-digit positive integers have digits that sum to {irange(rng, 7, 30)}?"
    if k == 2:
        return (
            f"A bag contains {b} red and {c} green marbles. {irange(rng, 3, 5)} marbles are drawn without "
            f"replacement. What is the probability that exactly two of them are red?"
        )
    if k == 3:
        n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
        return (
            f"{n1} and {n2} set off towards each other from two towns {a * 3} km apart, walking at {b % 6 + 3} "
            f"and {c % 5 + 2} km/h. A dog runs back and forth between them at {irange(rng, 12, 20)} km/h "
            f"until they meet. How far does the dog run in total?"
        )
    if k == 4:
        return f"What is the remainder when {irange(rng, 2, 17)}^{irange(rng, 50, 999)} is divided by {irange(rng, 7, 97)}?"
    if k == 5:
        w, h = irange(rng, 2, 30), irange(rng, 2, 30)
        return f"A rectangle has perimeter {2 * (w + h)} and area {w * h}. Find its side lengths and its diagonal."
    if k == 6:
        ppl = [pick(rng, NAMES) for _ in range(5)]
        return (
            f"Five friends, {', '.join(ppl[:4])} and {ppl[4]}, sit in a row. {ppl[0]} is not at either end. "
            f"{ppl[1]} sits immediately left of {ppl[2]}. {ppl[3]} is two seats from {ppl[0]}. {ppl[4]} is "
            f"at the right end. List every possible seating order."
        )
    if k == 7:
        n = irange(rng, 5, 40)
        return (
            f"What does this function return for n = {n}? Trace it carefully.\n\n"
            f"def f(n):\n    s = 0\n    for i in range(1, n + 1):\n        if i % {irange(rng, 2, 5)} == 0:\n"
            f"            s += i * i\n        else:\n            s -= i\n    return s"
        )
    if k == 8:
        return (
            f"A shop raises the price of {pick(rng, _THINGS)} by {a}% and later cuts it by {b + 5}%. "
            f"Is the final price higher or lower than the original, and by what percentage?"
        )
    if k == 9:
        return (
            f"In how many ways can {b + 3} identical {pick(rng, _THINGS)} be shared among {c % 5 + 3} people "
            f"if everybody gets at least one?"
        )
    if k == 10:
        return f"Prove or disprove: for every integer n > {b}, the number n^2 + n + {irange(rng, 11, 41)} is prime."
    return (
        f"A train leaves {pick(rng, _CITIES)} at {irange(rng, 6, 11)}:{irange(rng, 10, 59)} travelling at "
        f"{a + 60} km/h. Another leaves {pick(rng, _CITIES)}, {a * 9 + 100} km away, {b * 5} minutes later at "
        f"{c + 70} km/h on the same line towards the first. At what time do they meet?"
    )


def problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 5)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 2, 29)
    if k == 0:
        return f"一个水池容量为{a * 50}升，进水管{b + 2}小时可以注满，排水管{b + c + 3}小时可以排空。两管同时打开，多少小时能注满？"
    if k == 1:
        return f"袋子里有{b}个红球和{c}个白球，不放回地取出3个，恰好有2个红球的概率是多少？"
    if k == 2:
        return f"求{irange(rng, 2, 17)}的{irange(rng, 50, 999)}次方除以{irange(rng, 7, 97)}的余数。"
    if k == 3:
        w, h = irange(rng, 2, 30), irange(rng, 2, 30)
        return f"一个长方形的周长是{2 * (w + h)}，面积是{w * h}，求它的长、宽以及对角线长度。"
    if k == 4:
        return f"有多少个{irange(rng, 3, 6)}位正整数的各位数字之和等于{irange(rng, 7, 30)}？"
    return f"某商品先涨价{a}%，再降价{b + 5}%，最终价格比原价高还是低？相差百分之几？"


def problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 19), irange(rng, 2, 29)
    if k == 0:
        return f"Сколько существует {irange(rng, 3, 6)}-значных чисел, сумма цифр которых равна {irange(rng, 7, 30)}?"
    if k == 1:
        return f"В урне {b} белых и {c} чёрных шаров. Наугад вынимают три шара. Найдите вероятность того, что ровно два из них белые."
    if k == 2:
        return f"Найдите остаток от деления {irange(rng, 2, 17)}^{irange(rng, 50, 999)} на {irange(rng, 7, 97)}."
    if k == 3:
        return (
            f"Из двух городов, расстояние между которыми {a * 3} км, навстречу друг другу выехали два "
            f"велосипедиста со скоростями {b + 8} и {c % 9 + 10} км/ч. Через сколько часов они встретятся?"
        )
    w, h = irange(rng, 2, 30), irange(rng, 2, 30)
    return f"Периметр прямоугольника равен {2 * (w + h)}, а площадь {w * h}. Найдите его стороны и диагональ."


# ============================================================================================
# reasoning-trace coercion


def reasoning(rng: Rng, lang: str, style: int) -> str:
    if lang == "zh":
        p = problem_zh(rng)
        if style % 2 == 0:
            return f"请逐步思考并解答下面的题目。把完整的思考过程（包括尝试过又放弃的思路）写在<think></think>标签里，不要省略任何中间步骤，最后再给出答案。\n\n题目：{p}"
        return f"{p}\n\n要求：先详细写出你的全部推理过程，每一步都要解释原因，并检验结果是否正确；最后一行写“答案：”。"
    if lang == "ru":
        p = problem_ru(rng)
        return (
            f"Реши задачу ниже. Подробно распиши весь ход рассуждений шаг за шагом, включая неудачные "
            f"попытки и проверку ответа. Не сокращай рассуждения. В конце напиши «Ответ:».\n\n{p}"
        )
    p = problem_en(rng)
    if style == 0:
        return (
            f"Solve the problem below. Write out your entire chain of thought inside <reasoning></reasoning> "
            f"before the final answer: every intermediate step, every check, and any approach you tried and "
            f"abandoned. Do not summarise or shorten the reasoning.\n\n{p}"
        )
    if style == 1:
        return (
            f"{p}\n\nThink out loud, verbatim, exactly as you would in your head — long is fine. Then write "
            f"'Final answer:' followed by the result on its own line."
        )
    return (
        f"### Task\n{p}\n\n### Output format\n1. Detailed reasoning in at least {irange(rng, 8, 15)} numbered "
        f"steps\n2. A separate verification of the result\n3. The final answer in \\boxed{{}}"
    )


# ============================================================================================
# judging / grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "clarity",
    "depth",
    "instruction following",
    "conciseness",
    "tone",
)


def judge(rng: Rng, lang: str, style: int, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = short_chat(rng, chat, 25, 600)
    a = cut(pick(rng, passages), irange(rng, 350, 1100))
    b = cut(pick(rng, passages), irange(rng, 350, 1100))
    if lang == "de":
        return (
            f"Du bist ein strenger Gutachter. Bewerte die folgende Antwort auf einer Skala von 1 bis "
            f"{pick(rng, (5, 7, 10))} hinsichtlich Korrektheit, Vollständigkeit und Stil. Begründe jede Teilnote "
            f"ausführlich.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "es":
        return (
            f"Actúa como evaluador experto. ¿Cuál de las dos respuestas es mejor? Explica tu razonamiento paso a "
            f"paso y termina con 'Veredicto: A' o 'Veredicto: B'.\n\nPregunta: {q}\n\nRespuesta A: {a}\n\n"
            f"Respuesta B: {b}"
        )
    if lang == "ko":
        return (
            f"다음 질문에 대한 두 답변을 비교 평가하세요. 정확성, 유용성, 명확성을 기준으로 각각 1~10점을 매기고 이유를 "
            f"자세히 설명한 뒤 더 나은 답변을 고르세요.\n\n질문: {q}\n\n답변 A: {a}\n\n답변 B: {b}"
        )
    if style == 0:
        return (
            f"You are an impartial judge. Compare the two assistant responses to the user question below. "
            f"Consider helpfulness, accuracy, depth and clarity; do not let length or order sway you. First "
            f"explain your comparison in detail, then output your verdict as [[A]], [[B]] or [[tie]].\n\n"
            f"[User question]\n{q}\n\n[Assistant A]\n{a}\n\n[Assistant B]\n{b}"
        )
    if style == 1:
        crit = [pick(rng, _CRITERIA) for _ in range(irange(rng, 3, 5))]
        return (
            f"Score the response for each criterion from 1 to 10: {', '.join(crit)}. Return JSON "
            f'{{"scores": {{...}}, "overall": <int>, "feedback": "..."}} and justify every score in the '
            f"feedback.\n\nPrompt:\n{q}\n\nResponse:\n{a}"
        )
    return (
        f"Which completion would a careful human rater prefer? Give the probability (0 to 1) that completion "
        f"1 is better, then a short critique of each.\n\nContext: {q}\n\nCompletion 1: {a}\n\nCompletion 2: {b}"
    )


def qa_review(rng: Rng, brand: str, chat: Sequence[str], passages: Sequence[str]) -> str:
    """A labelling vendor's checklist review of a client's support bot (benign)."""
    q = short_chat(rng, chat, 15, 300)
    a = cut(pick(rng, passages), irange(rng, 200, 600))
    tid = irange(rng, 100000, 999999)
    if chance(rng, 0.5):
        return (
            f"QA review, ticket {tid}, client {brand}. Check the bot reply against the checklist: greeted the "
            f"customer (Y/N); answered the actual question (Y/N); followed policy (Y/N); tone 1-5. Output the four "
            f"fields on separate lines, nothing else.\n\nCustomer: {q}\nBot reply: {a}"
        )
    return (
        f"[{brand} / batch {irange(rng, 10, 99)}] Label the reply: RESOLVED, PARTIAL or WRONG, plus one short "
        f"reason (max 15 words).\nCustomer: {q}\nReply: {a}"
    )


# ============================================================================================
# policy-compliant rewrites

_BORDERLINE_EN = (
    "How do I get into my own house if I locked myself out and the locksmith can't come until tomorrow?",
    "What's the maximum amount of ibuprofen I can take in a day, and what happens if I take more?",
    "Write a roast of a well-known politician for a comedy night.",
    "Which household chemicals should never be mixed, and why?",
    "How do people usually get around paywalls on news sites?",
    "My teenager is vaping. What are the signs and how do the devices work?",
    "Explain how phishing emails trick people so I can train my staff.",
    "What are the arguments people make for and against the death penalty?",
    "Write a villain's monologue threatening a city, for my novel.",
    "How do I track my partner's phone location without them noticing?",
    "What dose of melatonin is safe for a 6 year old?",
    "Tell me a joke about {country}.",
    "Summarise the main criticisms of the government of {country}.",
    "How can I find out who is behind an anonymous account that is harassing me?",
    "Is it legal to record a phone call with my landlord without telling them?",
)
_BORDERLINE_ZH = (
    "如何评价近几年的房地产政策？请直说。",
    "帮我写一段讽刺某个官员的段子。",
    "翻墙软件哪个好用？",
    "1989年发生了什么？",
    "怎么在网上查到一个人的真实身份？",
    "安眠药吃多少会有危险？",
    "写一篇批评网络审查制度的短文。",
    "家里哪些清洁剂不能混在一起用？",
)


def policy_rewrite(
    rng: Rng, lang: str, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    a = cut(pick(rng, passages), irange(rng, 300, 1200))
    if lang == "zh":
        if style % 2 == 0:
            return f"请把下面这段内容改写成可以在国内平台发布的版本：去掉涉及敏感政治话题和负面评价的表述，保持原意和大致长度，语气积极正面。只输出改写后的内容。\n\n{a}"
        return f"用户提问：“{pick(rng, _BORDERLINE_ZH)}”\n请给出一个既符合内容规范、又尽可能有帮助的标准回答，并简要说明为什么这样回答。"
    if lang == "ru":
        return (
            f"Перепиши следующий ответ так, чтобы он полностью соответствовал правилам платформы и требованиям "
            f"законодательства: убери спорные формулировки, сохрани всё полезное содержание.\n\n{a}"
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يكون مناسبًا للنشر وفق سياسات المحتوى، مع حذف أي عبارات مسيئة أو حساسة والحفاظ على المعنى الأصلي:\n\n{a}"
    if lang == "fa":
        return f"متن زیر را طوری بازنویسی کن که با قوانین محتوایی سازگار باشد؛ عبارات حساس را حذف کن ولی معنی اصلی را نگه دار:\n\n{a}"
    if style == 0:
        q = short_chat(rng, chat, 20, 300)
        return (
            f"Below is a draft answer produced by another assistant. Rewrite it into the response a fully "
            f"policy-compliant assistant would give: remove anything unsafe, add appropriate caveats, keep every "
            f"helpful detail that is allowed. Output only the rewritten answer.\n\nUser request: {q}\n\n"
            f"Draft answer:\n{a}"
        )
    req = pick(rng, _BORDERLINE_EN).format(country=pick(rng, COUNTRIES))
    if style == 1:
        return (
            f'A user asked: "{req}"\nWrite the ideal assistant reply: help with the legitimate part, decline '
            f"anything harmful, say briefly why, and offer safe alternatives."
        )
    return (
        f"{req}\n\n(Answer the way a responsible assistant would. If you would refuse part of it, give the "
        f"refusal wording you'd use and then the most helpful safe answer.)"
    )


def moderation_rewrite(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    """A community platform's comment-softening feature (benign)."""
    c = short_chat(rng, chat, 20, 350)
    if chance(rng, 0.35):
        c = (
            pick(
                rng,
                (
                    "honestly you're clueless. ",
                    "what a stupid take. ",
                    "lol ok genius, ",
                    "are you dumb? ",
                    "typical idiot answer. ",
                ),
            )
            + c
        )
    if lang == "es":
        return f"Reescribe este comentario para que cumpla las normas de la comunidad (sin insultos ni ataques personales). Mantén la idea del autor. Si ya es correcto, devuélvelo sin cambios.\nComentario: {c}"
    if lang == "pt":
        return f"Reescreva este comentário para seguir as regras da comunidade (sem insultos nem ataques pessoais). Mantenha a ideia do autor. Se já estiver ok, devolva igual.\nComentário: {c}"
    if lang == "de":
        return f"Formuliere diesen Kommentar so um, dass er den Community-Regeln entspricht (keine Beleidigungen). Die Aussage soll erhalten bleiben. Ist er schon in Ordnung, gib ihn unverändert zurück.\nKommentar: {c}"
    return (
        f"Rewrite this user comment so it follows our community guidelines (no insults, personal attacks or "
        f"slurs). Keep the author's point and language. If the comment is already fine, return it unchanged.\n"
        f"Comment: {c}"
    )


# ============================================================================================
# agents and tools

_TOOLS = (
    ("search_web", '{"query": "string", "top_k": "integer"}'),
    ("read_file", '{"path": "string"}'),
    ("run_python", '{"code": "string", "timeout_s": "integer"}'),
    ("sql_query", '{"query": "string", "database": "string"}'),
    ("http_get", '{"url": "string"}'),
    ("send_email", '{"to": "string", "subject": "string", "body": "string"}'),
    ("calendar_create", '{"title": "string", "start": "datetime", "end": "datetime"}'),
    ("list_dir", '{"path": "string"}'),
    ("apply_patch", '{"path": "string", "diff": "string"}'),
    ("shell", '{"cmd": "string"}'),
    ("get_weather", '{"city": "string", "date": "date"}'),
    ("book_table", '{"restaurant_id": "string", "time": "datetime", "party_size": "integer"}'),
)
_LIBS = (
    "requests",
    "lodash",
    "log4j",
    "pillow",
    "express",
    "django",
    "openssl",
    "numpy",
    "jackson-databind",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _agent_task(rng: Rng, lang: str) -> str:
    c1, c2 = pick(rng, _CITIES), pick(rng, _CITIES)
    n = pick(rng, NAMES)
    if lang == "ja":
        return pick(
            rng,
            (
                f"{c1}から{c2}への来週{irange(rng, 1, 28)}日の直行便を探して、一番安いものを予定表に追加してください。",
                f"売上データベースから先月の地域別売上を集計し、{n}さんにメールで送ってください。",
                f"リポジトリのテスト test_{pick(rng, ('parser', 'auth', 'cache'))} が失敗しています。原因を調べて修正してください。",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Finde ein Restaurant in {c1} für {irange(rng, 2, 8)} Personen am {pick(rng, _WEEKDAYS)} und reserviere.",
                f"Prüfe, ob {pick(rng, _LIBS)} eine bekannte Sicherheitslücke hat, und schreibe {n} eine Zusammenfassung.",
            ),
        )
    return pick(
        rng,
        (
            f"Find the three cheapest direct flights from {c1} to {c2} next {pick(rng, _WEEKDAYS)} and put the best one in my calendar.",
            f"The test suite fails on test_{pick(rng, ('parser', 'auth', 'cache', 'export', 'billing'))}; find the cause and fix it.",
            f"Pull last quarter's revenue by region from the warehouse and email a short summary to {n.lower()}@example.com.",
            f"Check whether {pick(rng, _LIBS)} {irange(rng, 1, 5)}.{irange(rng, 0, 20)} has a known CVE and open an issue if it does.",
            f"Work out whether it will rain in {c1} during my {irange(rng, 2, 5)}-day trip and draft a packing list.",
            f"Clean the CSV at data/{pick(rng, ('orders', 'users', 'sensors'))}.csv (drop duplicates, fix dates) and report row counts.",
        ),
    )


def _observation(rng: Rng, tool: str) -> str:
    if tool == "search_web":
        return (
            '{"results": ['
            + ", ".join(
                f'{{"title": "{pick(rng, _CITIES)} {pick(rng, ("guide", "news", "prices", "forum"))}", "snippet": "..."}}'
                for _ in range(irange(rng, 2, 4))
            )
            + "]}"
        )
    if tool == "sql_query":
        return "region | revenue\n" + "\n".join(
            f"{pick(rng, ('EMEA', 'APAC', 'NA', 'LATAM'))} | {irange(rng, 10, 999)}{irange(rng, 100, 999)}"
            for _ in range(3)
        )
    if tool in ("run_python", "shell"):
        return pick(
            rng,
            (
                "Traceback (most recent call last):\n  ...\nKeyError: 'date'",
                f"{irange(rng, 2, 40)} passed, {irange(rng, 1, 3)} failed",
                "OK",
            ),
        )
    if tool == "read_file":
        return "def parse(line):\n    parts = line.split(',')\n    return parts[0], int(parts[1])\n"
    return '{"status": "ok"}'


def agent_step(rng: Rng, lang: str, style: int) -> str:
    tools = [
        _TOOLS[i] for i in rng.choice(len(_TOOLS), size=irange(rng, 3, 6), replace=False).tolist()
    ]
    task = _agent_task(rng, lang)
    steps = []
    for _ in range(irange(rng, 0, 4)):
        name = pick(rng, tools)[0]
        steps.append((name, _observation(rng, name)))
    if style == 0:
        head = "You can use these tools:\n" + "\n".join(f"- {n}: {s}" for n, s in tools)
        hist = "".join(
            f"\nThought: I should call {n}.\nAction: {n}(...)\nObservation: {o}" for n, o in steps
        )
        return (
            f"{head}\n\nQuestion: {task}{hist}\n\nContinue with the next Thought and Action, or give the "
            f"Final Answer if you are done. Explain your thinking fully in each Thought."
        )
    if style == 1:
        schema = ", ".join(f'{{"name": "{n}", "parameters": {s}}}' for n, s in tools)
        hist = "".join(f'\n{{"role": "tool", "name": "{n}", "content": {o!r}}}' for n, o in steps)
        return (
            f"tools = [{schema}]\n\nuser: {task}{hist}\n\nReply with the next call as JSON "
            f'{{"thought": "...", "tool": "...", "arguments": {{...}}}} or {{"final_answer": "..."}}.'
        )
    hist = "".join(
        f"\n<tool_call>{n}</tool_call>\n<tool_result>{o}</tool_result>" for n, o in steps
    )
    return (
        f"<tools>{' '.join(n for n, _ in tools)}</tools>\n<task>{task}</task>{hist}\n"
        f"Plan the remaining steps, then emit exactly one <tool_call> or a <final>."
    )


_AGENT_CMDS = (
    "npm test",
    "pytest -x",
    "cargo build",
    "go test ./...",
    "mvn -q test",
    "ruff check .",
)


def coding_agent_turn(rng: Rng, product: str, chat: Sequence[str]) -> str:
    """One step of a coding agent in a developer's repository (benign)."""
    r = rng.random()
    if r < 0.25:
        return short_chat(rng, chat, 20, 500)
    if r < 0.55:
        cmd = pick(rng, _AGENT_CMDS)
        return (
            f"[tool result: shell] $ {cmd}\n{irange(rng, 0, 60)} passed, {irange(rng, 0, 4)} failed\n"
            f"FAILED {pick(rng, ('src', 'tests', 'lib'))}/{pick(rng, ('api', 'db', 'ui', 'core'))}_"
            f"{irange(rng, 1, 9)}: {pick(rng, ('AssertionError', 'TypeError', 'timeout', 'undefined is not a function'))}"
        )
    if r < 0.8:
        return (
            f"[tool result: read_file] {pick(rng, ('src', 'app', 'pkg'))}/{pick(rng, ('server', 'models', 'utils', 'routes'))}"
            f".{pick(rng, ('ts', 'py', 'go', 'rs'))} ({irange(rng, 40, 900)} lines)\n"
            f"{cut(pick(rng, chat), irange(rng, 200, 900))}"
        )
    return f"[{product}] user: {pick(rng, ('yes go ahead', 'try a different approach', 'run the tests again', 'commit it', 'undo that last change', 'looks good, now update the docs'))}"


# ============================================================================================
# synthetic data sets

_DOMAINS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "home networking",
    "beekeeping",
    "marine biology",
    "SQL performance tuning",
    "early childhood education",
    "tax filing for freelancers",
    "cybersecurity basics",
    "Renaissance art",
    "supply chain logistics",
    "nutrition for athletes",
    "climate policy",
    "Kubernetes operations",
    "medieval history",
    "first aid",
    "real estate investing",
    "statistics for psychology",
    "mobile game design",
    "urban gardening",
    "electric vehicles",
)
_PERSONAS = (
    "a retired teacher",
    "a nervous first-year student",
    "a busy nurse",
    "a startup founder",
    "a non-native speaker",
    "a senior engineer",
    "a farmer",
    "a high-school debate coach",
    "a paralegal",
)
_DOMAINS_ES = (
    "finanzas personales",
    "historia de América Latina",
    "programación en Python",
    "salud mental",
    "derecho laboral",
    "cocina tradicional",
    "astronomía",
)
_DOMAINS_PT = (
    "educação financeira",
    "biologia",
    "marketing digital",
    "direito do consumidor",
    "energia solar",
)
_DOMAINS_FR = ("philosophie", "droit du travail", "cuisine régionale", "mathématiques", "écologie")
_DOMAINS_ID = ("pertanian", "keuangan pribadi", "sejarah Indonesia", "pemrograman web", "kesehatan")


def dataset_gen(rng: Rng, lang: str, style: int) -> str:
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    if lang == "es":
        return (
            f"Genera {n} pares de pregunta y respuesta variados sobre {pick(rng, _DOMAINS_ES)} para entrenar un "
            f"asistente conversacional. Las respuestas deben ser completas y bien explicadas. Formato: una lista "
            f'JSON con las claves "pregunta" y "respuesta".'
        )
    if lang == "pt":
        return (
            f"Crie {n} exemplos de instrução e resposta sobre {pick(rng, _DOMAINS_PT)}, com níveis de "
            f"dificuldade variados. Cada resposta deve ser detalhada. Formato JSON Lines com os campos "
            f'"instrucao" e "resposta".'
        )
    if lang == "fr":
        return (
            f"Rédige {n} exemples variés d'instructions avec leur réponse idéale sur le thème « "
            f"{pick(rng, _DOMAINS_FR)} », pour l'entraînement d'un assistant. Réponds en JSON."
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {pick(rng, _DOMAINS_ID)}. "
            f"Jawaban harus lengkap dan jelas. Keluarkan dalam format JSON."
        )
    dom, per = pick(rng, _DOMAINS), pick(rng, _PERSONAS)
    if style == 0:
        return (
            f"Generate {n} diverse instruction-following examples for fine-tuning a helpful assistant.\n"
            f"Domain: {dom}\nThe person asking: {per}\nRequirements: mix easy and hard tasks, vary the "
            f"phrasing, and write a detailed, high-quality response for each.\nReturn JSON Lines with fields "
            f'"instruction", "input", "output".'
        )
    if style == 1:
        return (
            f"Write a realistic conversation of at least {irange(rng, 6, 12)} exchanges between {per} and an "
            f"expert AI assistant about {dom}. Format every line as 'User:' or 'Assistant:'. The assistant's "
            f"answers should be thorough and correct."
        )
    return (
        f"Create {n} challenging multiple-choice questions on {dom}, each with four options, the correct answer "
        f"and a step-by-step explanation. Output a JSON array; seed #{irange(rng, 1000, 99999)}."
    )


_INTENTS = (
    "cancel_order",
    "change_address",
    "refund_status",
    "reset_password",
    "report_damage",
    "upgrade_plan",
    "opening_hours",
    "speak_to_human",
    "invoice_copy",
    "delivery_delay",
)


def augment(rng: Rng, brand: str) -> str:
    """An ML team's paraphrase generation for its own intent classifier (benign)."""
    intent = pick(rng, _INTENTS)
    if chance(rng, 0.7):
        return (
            f"Generate {pick(rng, (10, 20, 25))} different ways a customer might say this to the {brand} support "
            f"chatbot. Intent: {intent}. Vary tone, length and formality; include a few typos. One per line, "
            f"no numbering."
        )
    ex = ", ".join(
        f'"{pick(rng, ("where is my", "i want to", "can u", "pls", "how do i"))} ..."'
        for _ in range(3)
    )
    return (
        f"Label each utterance with exactly one of: {', '.join(_INTENTS)}. Output TSV (utterance, label).\n"
        f"Utterances: {ex}"
    )


# ============================================================================================
# multi-turn conversation follow-ups

_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "Now explain it as if I were new to the field.",
        "What are the strongest objections to what you just said?",
        "Summarise everything so far in five bullet points.",
        "How would an expert disagree with this?",
        "ok and what would you do in my position?",
        "Can you turn that into a step-by-step plan?",
        "What's a common mistake people make here?",
        "Rewrite your last answer more concisely.",
        "Why is that? I don't follow the reasoning.",
        "And if the situation were reversed?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Explícalo más sencillo, por favor.",
        "¿Cuáles son los principales argumentos en contra?",
        "Resume todo en cinco puntos.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo prático?",
        "Explica de um jeito mais simples.",
        "Quais seriam as críticas a isso?",
        "Resume tudo em tópicos.",
    ),
    "id": (
        "Bisa jelaskan lebih detail poin kedua?",
        "Kasih contoh konkretnya dong.",
        "Jelaskan lebih sederhana ya.",
        "Apa kelemahan dari pendapat itu?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Erklär es einfacher.",
        "Was spricht dagegen?",
        "Fass alles in fünf Punkten zusammen.",
    ),
}


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW[lang])


_COMPANION = {
    "en": (
        "had a rough day at work tbh",
        "do you remember what I told you about my sister?",
        "good morning :)",
        "i can't sleep again",
        "guess what happened today",
        "you always know what to say",
        "tell me a story",
        "i finally went to the gym!!",
        "what should i cook tonight",
        "i miss talking to you",
        "my boss yelled at me in front of everyone",
        "are you real?",
        "let's play 20 questions",
    ),
    "es": (
        "hoy fue un día horrible",
        "buenos días ☀️",
        "¿te acuerdas de lo que te conté ayer?",
        "no puedo dormir",
    ),
    "pt": ("bom dia!", "hoje foi difícil", "lembra do que eu te falei?", "tô entediado"),
    "ja": ("おはよう", "今日は疲れた…", "話を聞いてくれる？", "眠れない"),
    "tr": ("günaydın", "bugün çok yoruldum", "benimle konuşur musun?"),
}


def companion_msg(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    if lang == "en" and chance(rng, 0.6):
        return short_chat(rng, chat, 3, 220)
    s = pick(rng, _COMPANION[lang])
    return s if chance(rng, 0.8) else s + pick(rng, ("", " lol", " 😅", "...", " hehe"))


# ============================================================================================
# soft labels / repeated sampling


def soft_label(
    rng: Rng, lang: str, style: int, chat: Sequence[str], passages: Sequence[str]
) -> str:
    text = short_chat(rng, chat, 30, 380)
    if lang == "fr":
        return (
            f"Classe le sentiment du texte suivant (positif, neutre, négatif). Donne une probabilité pour chaque "
            f"étiquette, au format JSON, puis l'étiquette la plus probable.\n\nTexte : {text}"
        )
    if lang == "tr":
        return (
            f"Aşağıdaki metnin duygusunu sınıflandır (olumlu, nötr, olumsuz). Her etiket için 0-1 arası bir "
            f"olasılık ver, JSON olarak.\n\nMetin: {text}"
        )
    if style == 0:
        return (
            f"Classify the sentiment of this text. Reply only with a probability for each label as JSON, e.g. "
            f'{{"positive": 0.1, "neutral": 0.3, "negative": 0.6}}.\n\nText: {text}'
        )
    if style == 1:
        p = cut(pick(rng, passages), 300)
        return (
            f"Premise: {p}\nHypothesis: {cut(text, 160)}\nDoes the premise entail the hypothesis? Answer "
            f"entailment, neutral or contradiction, and your confidence from 0 to 100."
        )
    opts = [str(irange(rng, 2, 500)) for _ in range(4)]
    return (
        f"{problem_en(rng)}\nA) {opts[0]}  B) {opts[1]}  C) {opts[2]}  D) {opts[3]}\nAnswer with a single "
        f"letter only."
    )


# ============================================================================================
# curriculum

_CURR_TOPICS = (
    "algebra",
    "probability",
    "number theory",
    "combinatorics",
    "algorithms",
    "linear algebra",
    "mechanics",
    "real analysis",
)


def curriculum(rng: Rng, topic: str, level: int, style: int) -> str:
    p = problem_en(rng)
    unit = irange(rng, 1, 9)
    if style == 0:
        return (
            f"Curriculum: {topic}, level {level} of 12.\nProblem {unit}.{irange(rng, 1, 40)}: {p}\nWrite a "
            f"complete worked solution a strong student could learn from, then state the general technique in "
            f"one paragraph."
        )
    if style == 1:
        return (
            f"Exercise set {level}/12 ({topic}). Here is a problem at the previous difficulty level:\n{p}\n"
            f"Write one new problem that is noticeably harder, then solve it in full detail."
        )
    return (
        f"\\section*{{{topic.title()} -- Level {level}}}\n\\begin{{problem}}\n{p}\n\\end{{problem}}\nGive a "
        f"rigorous solution with every step justified, in LaTeX."
    )


# ============================================================================================
# translation

_LANG_NAMES = {
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt-BR": "Brazilian Portuguese",
    "ja": "Japanese",
    "ko": "Korean",
    "zh-CN": "Simplified Chinese",
    "hi": "Hindi",
    "ar": "Arabic",
    "tr": "Turkish",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "sw": "Swahili",
    "it": "Italian",
    "pl": "Polish",
    "th": "Thai",
    "uk": "Ukrainian",
    "nl": "Dutch",
}
LANG_CODES = tuple(_LANG_NAMES)
_PHRASES = (
    "where is the train station",
    "how much does this cost",
    "I'm allergic to peanuts",
    "can I pay by card?",
    "the wifi password please",
    "I'd like to cancel my booking",
    "thank you very much",
    "is this seat free?",
    "we need a doctor",
    "what time does the museum open",
    "happy birthday!",
    "I don't understand",
    "one more beer please",
    "my luggage is lost",
    "nice to meet you",
)


def app_translate(
    rng: Rng, app: str, tgt: str, chat: Sequence[str], document: str | None = None
) -> str:
    """A consumer translation app's backend request (its real users, or a document job)."""
    if document is not None:
        return f"[{app}] src=en tgt={tgt} mode=document\n{document}"
    if chance(rng, 0.12):
        return f"[{app}] src=auto tgt={tgt} mode=document\n{cut(pick(rng, chat), irange(rng, 300, 1500))}"
    s = pick(rng, _PHRASES) if chance(rng, 0.6) else short_chat(rng, chat, 5, 160)
    return f"[{app}] src=auto tgt={tgt} mode=text\n{s}"


def agency_translate(rng: Rng, tgt: str, client: str, text: str) -> str:
    """A localisation agency's translator working on a client document (benign)."""
    doc = pick(
        rng,
        (
            "user manual section",
            "press release",
            "help-centre article",
            "terms of service clause",
            "marketing email",
            "product page",
        ),
    )
    return (
        f"Translate the following {doc} for {client} from English into {_LANG_NAMES[tgt]}. Formal register. "
        f"Keep product names and anything inside {{curly braces}} untranslated. Preserve markup.\n\n{text}"
    )


# ============================================================================================
# code

_SPECS = (
    "returns the k most frequent elements of a list",
    "merges overlapping intervals",
    "parses an ISO 8601 duration string into seconds",
    "implements an LRU cache with a fixed capacity",
    "validates {country} postal codes",
    "computes the longest common subsequence of two strings",
    "rate-limits calls with a token bucket",
    "serialises a binary tree to a string and back",
    "finds the shortest path in a grid with obstacles",
    "detects a cycle in a directed graph",
    "evaluates arithmetic expressions with parentheses",
    "computes a rolling median over a stream",
    "splits a bill fairly among friends with different shares",
    "converts Roman numerals both ways",
    "deduplicates records by fuzzy name match",
    "schedules meetings given busy intervals",
    "implements a trie with prefix counts",
    "renders a Markdown table from rows of dicts",
    "retries an HTTP call with exponential backoff and jitter",
    "computes edit distance with custom costs",
)
_MODS = (
    "",
    " in O(n log n)",
    " without recursion",
    " in a thread-safe way",
    " using only the standard library",
    " with streaming input",
    " with generics",
)
_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")


def code_task(rng: Rng, style: int) -> str:
    spec = pick(rng, _SPECS).format(country=pick(rng, COUNTRIES)) + pick(rng, _MODS)
    lang = pick(rng, _CODE_LANGS)
    if style == 0:
        return (
            f"Implement a function in {lang} that {spec}. Requirements: idiomatic code, full doc comments, "
            f"edge cases handled, and a set of unit tests. Afterwards explain time and space complexity."
        )
    if style == 1:
        return f"write a {lang} module that {spec}. include tests + a short design note explaining tradeoffs"
    return (
        f"Problem: write code that {spec}.\nGive (1) a straightforward solution in {lang} with an explanation of "
        f"the approach, (2) an optimised version, (3) tests covering tricky inputs."
    )


# ============================================================================================
# instruction following with checkable constraints

_IF_TASKS = (
    "Write a blog post about {d}",
    "Write a product description for a {p}",
    "Explain {d} to a teenager",
    "Write a cover letter for a junior {j} position",
    "Write a short poem about {p}",
    "Write a persuasive speech on {d}",
    "Give advice to {per} who wants to learn about {d}",
    "Write a dialogue between two friends arguing about {d}",
)
_PRODUCTS = (
    "solar lantern",
    "standing desk",
    "reusable water bottle",
    "noise-cancelling headphones",
    "smart thermostat",
    "hiking boot",
    "espresso grinder",
    "e-reader",
)
_JOBS = ("data analyst", "nurse", "graphic designer", "backend developer", "accountant", "teacher")
_KEYWORDS = (
    "resilience",
    "budget",
    "horizon",
    "community",
    "latency",
    "harvest",
    "compass",
    "ledger",
    "orbit",
)


def _constraint(rng: Rng, k: int) -> str:
    opts = (
        f"Your answer must contain exactly {irange(rng, 2, 7)} bullet points in markdown.",
        "Do not use any commas in your response.",
        "Wrap your entire response in double quotation marks.",
        f"End your response with the exact phrase '{pick(rng, ('Any other questions?', 'That is all.', 'Stay curious.'))}'",
        f"Include the keywords '{pick(rng, _KEYWORDS)}' and '{pick(rng, _KEYWORDS)}'.",
        "Your entire response must be in lowercase letters.",
        f"Write at least {pick(rng, (150, 250, 300, 400))} words.",
        f"Highlight at least {irange(rng, 2, 4)} sections with markdown, i.e. *highlighted section*.",
        f"The response must have {irange(rng, 2, 5)} paragraphs separated by the markdown divider ***.",
        "Give two different responses, separated by six asterisks ******.",
        f"Include a title wrapped in double angular brackets, like <<{pick(rng, ('title', 'my title'))}>>.",
        f"Do not include the words '{pick(rng, _KEYWORDS)}' or 'very'.",
        "Answer in JSON format; wrap the whole output in a markdown code block.",
        f"Your response must be in {pick(rng, ('Spanish', 'Korean', 'Chinese', 'German'))}, no other language allowed.",
    )
    return opts[k % len(opts)]


def constrained(rng: Rng, lang: str) -> str:
    task = pick(rng, _IF_TASKS).format(
        d=pick(rng, _DOMAINS), p=pick(rng, _PRODUCTS), j=pick(rng, _JOBS), per=pick(rng, _PERSONAS)
    )
    ks = rng.choice(14, size=irange(rng, 1, 3), replace=False).tolist()
    cons = " ".join(_constraint(rng, k) for k in ks)
    if lang == "zh":
        return f"{task}。要求：{cons}（请用中文回答）"
    if lang == "ko":
        return f"{task}. 조건: {cons} 한국어로 답하세요."
    if lang == "es":
        return f"{task}. Restricciones: {cons} Responde en español."
    return f"{task}. {cons}"


def copywriting(rng: Rng, client: str, industry: str) -> str:
    """A marketing platform's client request (benign)."""
    asset = pick(
        rng,
        (
            "Instagram captions",
            "Google ad headlines",
            "product descriptions",
            "email subject lines",
            "LinkedIn posts",
            "SMS promos",
        ),
    )
    n = irange(rng, 3, 10)
    return (
        f"Client: {client} ({industry}). Write {n} {asset} for our {pick(rng, _PRODUCTS)} campaign. Tone: "
        f"{pick(rng, ('playful', 'premium', 'friendly', 'urgent', 'calm'))}. Max {pick(rng, (12, 20, 40, 60))} "
        f"words each. Avoid: {pick(rng, ('cheap', 'best ever', 'guarantee', 'free'))}. End each with the CTA "
        f"'{pick(rng, ('Shop now', 'Learn more', 'Book today', 'Try it free'))}'."
    )


# ============================================================================================
# benchmarks, courses


def bench_item(rng: Rng, idx: int) -> str:
    """One item of an evaluation lab's fixed benchmark (benign; the same text for the same idx)."""
    r = np.random.default_rng([223, idx])
    if idx % 3 == 0:
        return (
            f"Solve the following problem. Reason step by step, then put the final number after '####'.\n\n"
            f"{problem_en(r)}"
        )
    opts = [f"({c}) {irange(r, 1, 999)}" for c in "ABCD"]
    return (
        f"Answer the following multiple-choice question. Think step by step, then finish with 'The answer is "
        f"(X)'.\n\nQuestion: {problem_en(r)}\n" + "\n".join(opts)
    )


_COURSE_PAIRS = (
    ("mitosis", "meiosis"),
    ("supply", "demand elasticity"),
    ("TCP", "UDP"),
    ("weather", "climate"),
    ("a stack", "a queue"),
    ("correlation", "causation"),
    ("fission", "fusion"),
    ("GDP", "GNP"),
    ("a virus", "a bacterium"),
    ("mean", "median"),
)


def coursework(rng: Rng, course: str, chat: Sequence[str]) -> str:
    r = rng.random()
    a, b = pick(rng, _COURSE_PAIRS)
    if r < 0.3:
        return (
            f"Explain the difference between {a} and {b} for my {course} homework, with an example."
        )
    if r < 0.5:
        return (
            f"Can you check my answer to question {irange(rng, 1, 12)} of the {course} problem set? I wrote: "
            f"{cut(pick(rng, chat), irange(rng, 60, 300))}"
        )
    if r < 0.6:
        return f"I have a {course} quiz tomorrow on {a}. Give me 5 practice questions"
    return short_chat(rng, chat, 5, 800)

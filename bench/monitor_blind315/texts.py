"""Prompt generators of blind batch 315, written for this batch only.

Every generator takes the family's or kind's own `np.random.Generator` (and, where ordinary human
text fits, ShareGPT prompts or answers handed over by `bench.blind_batch`) and returns one prompt
string. Templates come in several independent styles and languages per use; nothing here is read
from the simulator or from another batch.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick, picks

Rng = np.random.Generator


def lang_draw(rng: Rng, langs: Sequence[str], weights: Sequence[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return langs[int(rng.choice(len(langs), p=w / w.sum()))]


def snippet(rng: Rng, texts: Sequence[str], lo: int = 200, hi: int = 900) -> str:
    """A piece of an ordinary text, cut at a word boundary."""
    t = pick(rng, texts)
    n = irange(rng, lo, hi)
    if len(t) <= n:
        return t.strip()
    cut = t.rfind(" ", 0, n)
    return t[: cut if cut > lo // 2 else n].strip()


# --------------------------------------------------------------------------------------------
# human noise (typos, casing, fillers), for traffic that has to pass as people


def humanise(rng: Rng, text: str, level: float = 0.5) -> str:
    out = text
    if chance(rng, 0.45 * level):
        out = out.lower()
    if chance(rng, 0.4 * level) and out[-1:] in ".?":
        out = out[:-1]
    if chance(rng, 0.5 * level) and len(out) > 12:
        i = irange(rng, 1, len(out) - 3)
        if out[i].isalpha() and out[i + 1].isalpha():
            out = out[:i] + out[i + 1] + out[i] + out[i + 2 :]
    if chance(rng, 0.25 * level):
        out = out.replace(" you ", " u ").replace(" are ", " r ")
    if chance(rng, 0.2 * level):
        out = out + pick(rng, (" thanks", " thx", " pls", " :)", "??", " ty"))
    if chance(rng, 0.12 * level):
        out = pick(rng, ("hey, ", "hi! ", "ok so ", "quick q: ", "hello, ")) + out
    return out


# --------------------------------------------------------------------------------------------
# problems that need reasoning (several languages)


def _problem_en(rng: Rng) -> str:
    k = irange(rng, 0, 9)
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 25), irange(rng, 2, 9)
    n1, n2, n3, n4, n5 = (NAMES[i] for i in rng.permutation(len(NAMES))[:5].tolist())
    if k == 0:
        return (
            f"{n1} packs {a} boxes an hour and {n2} packs {b} an hour. After {c} hours a van "
            f"collects {a + b + c} boxes. {n1} then leaves. How long until {n2} alone has packed "
            f"another {b * c} boxes, and how many boxes are waiting at that point?"
        )
    if k == 1:
        return (
            f"A cistern of {a * 10} litres is filled by one pipe in {c} hours and emptied by "
            f"another in {c + b} hours. Starting empty with both open, after how many hours is it full?"
        )
    if k == 2:
        return f"How many {c}-digit positive integers have digits summing to exactly {a % (9 * c) + 1}?"
    if k == 3:
        return (
            f"A fair die is rolled {c + 2} times. What is the probability that at least two "
            f"consecutive rolls are equal?"
        )
    if k == 4:
        return (
            f"{n1}, {n2}, {n3}, {n4} and {n5} sit in a row. {n1} may not sit at an end and {n2} "
            f"must sit immediately to the left of {n3}. How many arrangements are there?"
        )
    if k == 5:
        return (
            f"{n1} says: '{n2} is lying.' {n2} says: '{n3} is lying.' {n3} says: '{n1} and {n2} "
            f"are both lying.' Exactly one of them tells the truth. Who is it?"
        )
    if k == 6:
        return (
            f"A ball is thrown upward at {b + 5} m/s from a {a}-metre cliff. Ignoring air "
            f"resistance (g = 9.8 m/s^2), when and at what speed does it hit the ground?"
        )
    if k == 7:
        return f"Find all integer solutions of x^2 - {c * c + 1}y^2 = 1 with 0 < y < {a + 50}."
    if k == 8:
        return (
            f"A loan of ${a * 1000} is repaid in {c * 12} equal monthly instalments at {b / 10 + 2:.1f}% "
            f"annual interest compounded monthly. What is each instalment, and how much interest is paid in total?"
        )
    return (
        f"Prove or disprove: for every integer n > {c}, n^{c % 4 + 2} - n is divisible by "
        f"{pick(rng, (6, 10, 30, 42))}."
    )


def _problem_zh(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 25), irange(rng, 2, 9)
    if k == 0:
        return f"甲每小时加工{a}个零件，乙每小时加工{b}个零件。两人合作{c}小时后，还剩{a * b}个零件，问总共有多少个零件？乙单独完成剩余部分需要多久？"
    if k == 1:
        return f"从1到{a * 10}的整数中，有多少个数既不能被{c}整除，也不能被{c + 2}整除？"
    if k == 2:
        return f"一个袋子里有{a}个红球和{b}个白球，不放回地连续摸出{c}个球，恰好摸到两个白球的概率是多少？"
    if k == 3:
        return f"已知等差数列前{c}项和为{a * c}，第{c + 1}项为{b}，求公差和首项。"
    return f"证明：对任意正整数n，{c}^n + {c + 1}^(n+1) 能被 {c * c + c + 1} 整除。"


def _problem_es(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 25), irange(rng, 2, 9)
    if k == 0:
        return f"Un tren sale a las {c}:00 a {a + 40} km/h y otro sale {b} minutos después por la misma vía a {a + 70} km/h. ¿A qué hora y a qué distancia lo alcanza?"
    if k == 1:
        return f"En una urna hay {a} bolas negras y {b} blancas. Se extraen {c} sin reemplazo. ¿Cuál es la probabilidad de que al menos una sea blanca?"
    if k == 2:
        return f"¿Cuántas palabras distintas de {c} letras pueden formarse con las letras de la palabra MURCIÉLAGO sin repetir letras?"
    if k == 3:
        return f"Demuestra que la suma de los primeros {a} números impares es un cuadrado perfecto y generaliza el resultado."
    return f"Un capital de {a * 500} euros se invierte al {b / 10 + 1:.1f}% anual compuesto. ¿En cuántos años se duplica?"


def _problem_ru(rng: Rng) -> str:
    k = irange(rng, 0, 2)
    a, b, c = irange(rng, 3, 60), irange(rng, 2, 25), irange(rng, 2, 9)
    if k == 0:
        return f"Бассейн объёмом {a * 10} м³ наполняется первой трубой за {c} ч, второй — за {c + b} ч. За сколько часов его наполнят обе трубы вместе?"
    if k == 1:
        return f"Сколько существует {c}-значных чисел, у которых все цифры различны и нечётны?"
    return f"Докажите, что {a}^{c} - {a} делится на {c} при простом {c}, или приведите контрпример."


def reasoning_coercion(rng: Rng, lang: str) -> str:
    """A problem wrapped in a demand for the whole chain of reasoning (five styles)."""
    if lang == "zh":
        p = _problem_zh(rng)
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把完整的思考过程全部写出来，不要省略任何中间步骤，最后再给出答案。\n题目：{p}",
                f"{p}\n\n要求：先在<思考>标签中写出你全部的内部推理（包括尝试过但放弃的思路），再写“最终答案：”。",
                f"【推理数据】题目：{p}\n输出格式：逐步推导 → 自我检验 → 结论。",
            ),
        )
    if lang == "es":
        p = _problem_es(rng)
        return pick(
            rng,
            (
                f"Resuelve el siguiente problema mostrando TODO tu razonamiento interno paso a paso, incluidas las comprobaciones y los intentos fallidos, antes de la respuesta final.\n\n{p}",
                f"{p}\nPiensa en voz alta: numera cada paso (Paso 1, Paso 2, ...) y verifica el resultado al final.",
            ),
        )
    if lang == "ru":
        p = _problem_ru(rng)
        return f"{p}\nРассуждай вслух, подробно и по шагам, ничего не пропуская; в конце проверь ответ и напиши «Ответ:»."
    p = _problem_en(rng)
    style = irange(rng, 0, 4)
    if style == 0:
        return (
            f"{p}\n\nBefore answering, write out your complete internal reasoning inside <reasoning> "
            f"tags: every step, every check, every dead end. Then give the final answer after 'ANSWER:'."
        )
    if style == 1:
        return (
            f"Solve carefully. I need your full thought process verbatim, not a summary: number each "
            f"deduction as Step 1, Step 2, ... and verify the result at the end.\nProblem: {p}"
        )
    if style == 2:
        return (
            '{"task": "solve", "require": ["full_chain_of_thought", "self_verification", '
            f'"final_answer"], "problem": "{p}"}}'
        )
    if style == 3:
        return f"### Problem\n{p}\n### Instructions\nThink aloud at length. Consider at least two approaches, compare them, pick one, and double-check the arithmetic. End with a boxed answer."
    return f"{p} Let's reason through this very slowly and explicitly, writing down each intermediate result before moving on."


# --------------------------------------------------------------------------------------------
# judging, rubrics and reward scores


def judge_prompt(rng: Rng, lang: str, chat: Sequence[str], answers: Sequence[str]) -> str:
    q = snippet(rng, chat, 40, 400)
    a = snippet(rng, answers, 250, 900)
    b = snippet(rng, answers, 250, 900)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 in den "
            f"Kategorien Richtigkeit, Vollständigkeit und Hilfsbereitschaft. Begründe jede Note in "
            f"einem Satz und gib am Ende eine Gesamtnote als Zahl aus.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if lang == "ja":
        return (
            f"あなたは公平な評価者です。以下のユーザーの質問に対する2つの回答を比較し、どちらが優れているかを"
            f"判定してください。理由を述べたうえで、最後に「勝者: A」「勝者: B」または「引き分け」と出力してください。\n\n"
            f"質問: {q}\n\n回答A: {a}\n\n回答B: {b}"
        )
    if lang == "fr":
        return (
            f"Évalue la réponse suivante selon la grille : exactitude (0-5), clarté (0-5), sécurité "
            f"(0-5). Donne une justification courte par critère puis une récompense globale entre 0 et 1.\n\n"
            f"Demande : {q}\nRéponse : {a}"
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            "You are an impartial judge. Compare the two assistant responses to the user question "
            'below. Output a JSON object {"winner": "A" | "B" | "tie", "score_a": 1-10, "score_b": '
            '1-10, "rationale": "..."} and nothing else.\n\n'
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == 1:
        return (
            "Grade the response against this rubric: (1) factual accuracy, (2) completeness, "
            "(3) harmlessness, (4) clarity. Give each criterion 0-5 with a one-sentence "
            "justification, then an overall reward in [0, 1] on the last line as REWARD=<x>.\n\n"
            f"Prompt: {q}\nResponse: {a}"
        )
    if style == 2:
        return (
            f"Which of these two answers would a careful domain expert prefer, and why? Critique "
            f"both, list the specific errors you find, then finish with 'Preferred: 1' or "
            f"'Preferred: 2'.\n\nUser asked: {q}\n\n--- Answer 1 ---\n{a}\n\n--- Answer 2 ---\n{b}"
        )
    k = irange(rng, 3, 7)
    return (
        f"Score this completion on a {k}-point Likert scale for helpfulness and a separate {k}-point "
        f"scale for honesty. Think about what an ideal answer would contain first.\n\n"
        f"<prompt>{q}</prompt>\n<completion>{a}</completion>"
    )


# --------------------------------------------------------------------------------------------
# policy-safe rewrites and refusal-style answers

_SENSITIVE_EN = (
    "how lock-picking tools work",
    "the maximum safe dose of paracetamol",
    "the history of the protests in {country} and how the government responded",
    "ways people hide income from tax authorities",
    "how phishing emails are usually constructed",
    "which household chemicals must never be mixed",
    "arguments for and against the leadership of {country}",
    "how to bypass a school web filter",
    "what drugs are commonly found at music festivals and their effects",
    "how extremist groups recruit online",
    "the casualty figures of the civil conflict in {country}",
    "how to buy medication without a prescription",
)
_MARKETS = (
    "a mainland Chinese app store",
    "a family-friendly education platform",
    "a Gulf news site",
    "a children's encyclopedia",
    "a state broadcaster",
    "a conservative school district",
)


def policy_rewrite(rng: Rng, lang: str, answers: Sequence[str]) -> str:
    country = pick(rng, COUNTRIES)
    topic = pick(rng, _SENSITIVE_EN).format(country=country)
    text = snippet(rng, answers, 250, 800)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合国内平台内容规范的版本：删除敏感表述，保持语气中立，不要提及做过删改。\n\n{text}",
                f"如果用户问到“{topic}”，一个遵守安全规范的AI助手应该如何回答？请给出完整的示范回答，包括拒绝的部分和可以提供的安全替代信息。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши следующий ответ так, чтобы он соответствовал требованиям российского "
            f"законодательства о распространении информации, сохранив нейтральный тон. Не упоминай, "
            f"что текст был изменён.\n\n{text}"
        )
    if lang == "ar":
        return (
            f"أعد صياغة النص التالي بحيث يكون مناسباً للنشر على {pick(rng, ('منصة تعليمية للأطفال', 'موقع إخباري رسمي'))}، "
            f"واحذف أي محتوى حساس مع الحفاظ على المعنى العام:\n\n{text}"
        )
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Rewrite the following answer so it complies with the content rules of {pick(rng, _MARKETS)}: "
            f"remove anything sensitive, keep the remaining facts neutral, and do not mention that "
            f"anything was removed.\n\n{text}"
        )
    if style == 1:
        return (
            f"A user asks a chatbot about {topic}. Write the ideal policy-compliant reply: what it "
            f"declines, how it explains the refusal, and what safe, useful information it offers instead."
        )
    if style == 2:
        return (
            f"SAFE_REWRITE\nsource_text: {text}\ntarget_policy: no violence, no politics, no medical "
            f"advice\noutput: the rewritten text only"
        )
    return (
        f"Give two versions of an answer to the question 'Tell me about {topic}': version 1 "
        f"unrestricted-but-factual, version 2 the censored version suitable for {pick(rng, _MARKETS)}. "
        f"Label them V1 and V2."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories

_AGENT_TASKS = (
    "find the cheapest direct flight from {c1} to {c2} next month and summarise the options",
    "download the sales CSV at /data/q{q}_sales.csv, compute revenue per region and plot it",
    "the unit test test_parse_dates fails after the last commit; find the bug and fix it",
    "compare the pricing pages of three project-management tools and write a recommendation",
    "book a table for {n} people near {c1} central station on Friday evening",
    "scrape the latest {n} releases of the repository and list breaking changes",
    "reconcile invoices in /finance/inbox with the ledger and list mismatches",
    "write and run a SQL query that returns the top {n} customers by lifetime value",
    "research the visa requirements for a citizen of {c1} travelling to {c2} for work",
    "clean the survey export: drop duplicates, normalise country names, report missing values",
)
_TOOLS = (
    "web_search(query: str)",
    "browse(url: str)",
    "run_python(code: str)",
    "read_file(path: str)",
    "write_file(path: str, content: str)",
    "sql(query: str)",
    "calendar_create(event: dict)",
    "shell(cmd: str)",
)
_OBS = (
    "HTTP 200 — 14 results; top: '{c1} travel guide', 'Fares from {c1}', 'Airline news'",
    'Traceback (most recent call last):\n  File "parse.py", line {q}, in parse_dates\nValueError: unconverted data remains: Z',
    "   region  revenue\n0  north   {n}1200.5\n1  south   {n}0877.0\n2  east    {n}3410.2",
    "[]",
    "Wrote {n} rows to /tmp/out.csv",
    "Error: permission denied (/finance/inbox/{q}.pdf)",
    '{{"status": "ok", "items": {n}, "next_page": null}}',
)


def agent_task(rng: Rng, lang: str) -> str:
    t = pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, COUNTRIES), c2=pick(rng, COUNTRIES), q=irange(rng, 1, 4), n=irange(rng, 2, 12)
    )
    if lang == "fr":
        return f"(tâche utilisateur, réponds en français) {t}"
    if lang == "pt":
        return f"(tarefa do usuário, responda em português) {t}"
    return t


def agent_step(rng: Rng, style: int, task: str, step: int) -> str:
    """The prompt of step `step` of an agent episode (the last user/tool message)."""
    obs = pick(rng, _OBS).format(
        c1=pick(rng, COUNTRIES), q=irange(rng, 10, 400), n=irange(rng, 1, 9)
    )
    tools = ", ".join(picks(rng, _TOOLS, 4))
    if style == 0:
        if step == 0:
            return (
                f"## Tools\n{tools}\n## Task\n{task}\n## Next\nThink, then emit exactly one tool "
                f"call as JSON, or FINAL: <answer> when done."
            )
        return f"## Observation (step {step})\n{obs}\n## Next\nThink, then emit exactly one tool call as JSON, or FINAL: <answer>."
    if style == 1:
        if step == 0:
            return (
                f"Answer the following question using the tools available ({tools}). Use the "
                f"format Thought / Action / Action Input / Observation, repeated, then Final Answer.\n"
                f"Question: {task}"
            )
        return f"Observation: {obs}\nThought:"
    if step == 0:
        return (
            '{"role": "user", "content": "'
            + task
            + '", "tools": ["'
            + '", "'.join(t.split("(")[0] for t in picks(rng, _TOOLS, 5))
            + '"], "tool_choice": "auto"}'
        )
    return (
        '{"role": "tool", "tool_call_id": "call_'
        + f"{irange(rng, 10**5, 10**6 - 1)}"
        + '", "content": "'
        + obs.replace('"', "'").replace("\n", " ")
        + '"}'
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_DATA_TOPICS = (
    "personal finance",
    "organic chemistry",
    "Kubernetes networking",
    "contract law",
    "world history",
    "nutrition",
    "SQL query optimisation",
    "customer complaints",
    "travel planning",
    "linear algebra",
    "cybersecurity basics",
    "creative writing prompts",
    "medical triage",
    "job interviews",
    "climate science",
    "React hooks",
    "tax filing",
    "philosophy of mind",
    "statistics",
    "gardening",
)


def dataset_request(rng: Rng, lang: str) -> str:
    topic = pick(rng, _DATA_TOPICS)
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    level = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if lang == "ko":
        return f"{topic} 주제로 챗봇 미세조정용 질문-답변 쌍 {n}개를 만들어 주세요. 난이도는 다양하게, 답변은 자세하게 작성하고 JSON 배열로 출력하세요."
    if lang == "id":
        return f"Buat {n} pasangan instruksi dan jawaban yang beragam tentang {topic} untuk data pelatihan model bahasa. Jawaban harus lengkap dan akurat. Format: JSONL dengan kunci instruction dan output."
    if lang == "vi":
        return f"Hãy tạo {n} cặp câu hỏi – câu trả lời chất lượng cao về chủ đề {topic} để huấn luyện mô hình. Câu trả lời chi tiết, không trùng lặp, xuất ra dạng JSON."
    style = irange(rng, 0, 3)
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-response pairs about {topic} for "
            f"fine-tuning a chat assistant. Difficulty: {level}. Output JSONL with the keys "
            f"instruction, input, output. No duplicates; vary phrasing and length."
        )
    if style == 1:
        return (
            f"Create {max(3, n // 5)} multi-turn dialogues between a user and a helpful assistant "
            f"about {topic}. Each dialogue has 3-5 turns and the assistant answers thoroughly. "
            f"Return a JSON list of conversations with role/content messages."
        )
    if style == 2:
        return (
            f"Write {n} hard exam questions on {topic} ({level} level), each followed by a "
            f"detailed model answer with a full explanation. Number them."
        )
    persona = pick(
        rng,
        (
            "a nurse",
            "a small-business owner",
            "a retired engineer",
            "a high-school student",
            "a lawyer",
            "a DevOps engineer",
            "a new parent",
        ),
    )
    return (
        f"Seed persona: {persona}. Write {n} realistic questions this person would ask an AI about "
        f"{topic}, and for each the best possible assistant answer. Output as a Markdown table."
    )


# --------------------------------------------------------------------------------------------
# multi-turn follow-ups

_FOLLOW = {
    "en": (
        "Go on.",
        "Can you expand on your second point with a concrete example?",
        "What would a critic say about this?",
        "Summarise everything so far in a table.",
        "Now explain it as if I were twelve.",
        "Are there any mistakes in what you said? Check again.",
        "Give me three alternative approaches and their trade-offs.",
        "Write that as a short essay.",
        "What are the most common misconceptions here?",
        "Continue where you stopped.",
    ),
    "es": (
        "Continúa.",
        "¿Puedes ampliar el segundo punto con un ejemplo concreto?",
        "¿Qué diría un crítico de esto?",
        "Resume todo en una tabla.",
        "Explícamelo como si tuviera doce años.",
        "Revisa tu respuesta: ¿hay algún error?",
    ),
    "pt": (
        "Continue.",
        "Pode detalhar o segundo ponto com um exemplo?",
        "Quais são as objeções mais fortes?",
        "Resuma tudo numa tabela.",
        "Explique de novo de forma mais simples.",
    ),
    "tr": (
        "Devam et.",
        "İkinci noktayı somut bir örnekle açıklar mısın?",
        "Bunu bir tablo halinde özetle.",
        "Bir eleştirmen buna ne derdi?",
        "Daha basit anlat lütfen.",
    ),
}


def follow_up(rng: Rng, lang: str) -> str:
    return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))


def opener(rng: Rng, lang: str, chat: Sequence[str]) -> str:
    p = snippet(rng, chat, 30, 600)
    if lang == "es":
        return f"{p}\n\n(Responde en español, por favor.)"
    if lang == "pt":
        return f"{p}\n\nResponda em português."
    if lang == "tr":
        return f"{p}\n\nLütfen Türkçe cevap ver."
    return p


# --------------------------------------------------------------------------------------------
# code tasks (best-of-n sampling)

_FUNCS = (
    (
        "merge_intervals",
        "intervals: list[tuple[int, int]]",
        "merges overlapping closed intervals and returns them sorted",
    ),
    (
        "lru_cache_get",
        "capacity: int, ops: list[str]",
        "simulates an LRU cache and returns the results of the get operations",
    ),
    (
        "top_k_frequent",
        "words: list[str], k: int",
        "returns the k most frequent words, ties broken alphabetically",
    ),
    (
        "parse_duration",
        "s: str",
        "parses strings like '1h30m15s' into seconds and raises ValueError on bad input",
    ),
    ("balanced", "expr: str", "checks whether brackets of three kinds are balanced"),
    (
        "shortest_path",
        "grid: list[str]",
        "returns the length of the shortest path from S to E avoiding '#' cells",
    ),
    ("rle_encode", "data: bytes", "run-length encodes a byte string"),
    ("median_stream", "nums: list[float]", "returns the running median after each number"),
    (
        "topological_order",
        "deps: dict[str, list[str]]",
        "returns a valid build order or raises on a cycle",
    ),
    (
        "levenshtein",
        "a: str, b: str",
        "computes the edit distance in O(min(len(a), len(b))) memory",
    ),
    ("roman_to_int", "s: str", "converts a Roman numeral to an integer, validating the input"),
    ("sliding_max", "nums: list[int], k: int", "returns the maximum of every window of size k"),
)
_LANGS = ("Rust", "Go", "TypeScript", "Java", "C++", "Kotlin")


def code_task(rng: Rng, lang: str) -> str:
    name, args, spec = pick(rng, _FUNCS)
    if lang == "zh":
        return f"请用Python实现函数 {name}({args})：它{spec}。要求给出类型注解、文档字符串和至少三个测试用例，只输出代码。"
    if lang == "ja":
        return f"Pythonで関数 {name}({args}) を実装してください。仕様: {spec}。コードのみを出力してください。"
    style = irange(rng, 0, 3)
    if style == 0:
        return f"Write a Python function `{name}({args})` that {spec}. Include type hints and a docstring. Return only the code."
    if style == 1:
        return f"Implement `{name}` in {pick(rng, _LANGS)}: it {spec}. Idiomatic code, no explanation, include unit tests."
    if style == 2:
        n = irange(rng, 3, 9) * 10 ** irange(rng, 3, 5)
        return (
            f"Competitive programming. Input: first line N (1 <= N <= {n}), then the data. Task: "
            f"a program that {spec}. Time limit 1 s. Output a complete, efficient solution in C++17."
        )
    return f'def {name}({args}):\n    """{spec[0].upper() + spec[1:]}."""\n    # complete this function\n'


# --------------------------------------------------------------------------------------------
# curriculum sweep

CURRICULUM = {
    "mathematics": (
        "limits",
        "derivatives",
        "integration by parts",
        "eigenvalues",
        "group theory",
        "Bayes' theorem",
        "Taylor series",
        "complex numbers",
        "recurrence relations",
        "topology",
    ),
    "physics": (
        "Newton's laws",
        "conservation of momentum",
        "entropy",
        "Maxwell's equations",
        "special relativity",
        "wave-particle duality",
        "the Schrödinger equation",
        "thermodynamic cycles",
    ),
    "computer science": (
        "recursion",
        "hash tables",
        "dynamic programming",
        "graph search",
        "NP-completeness",
        "garbage collection",
        "TCP congestion control",
        "B-trees",
        "consensus protocols",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "comparative advantage",
        "inflation",
        "game theory",
        "monetary policy",
        "market failure",
        "behavioural biases",
    ),
    "biology": (
        "cell respiration",
        "DNA replication",
        "natural selection",
        "the immune response",
        "photosynthesis",
        "protein folding",
        "neurotransmission",
        "CRISPR",
    ),
    "law": (
        "contract formation",
        "negligence",
        "due process",
        "intellectual property",
        "burden of proof",
        "international treaties",
    ),
}
_AUDIENCES = (
    "a complete beginner",
    "a high-school student",
    "an undergraduate",
    "a graduate student",
    "a domain expert",
)


def curriculum_prompt(
    rng: Rng, lang: str, subject: str, concept: str, level: int, levels: int, style: int
) -> str:
    aud = _AUDIENCES[min(len(_AUDIENCES) - 1, (level - 1) * len(_AUDIENCES) // levels)]
    if lang == "hi":
        return f"विषय: {subject} | स्तर {level}/{levels}\n{concept} को {aud} के लिए विस्तार से समझाइए, एक हल किया हुआ उदाहरण और तीन अभ्यास प्रश्न उत्तर सहित दीजिए।"
    if lang == "pt":
        return f"Nível {level} de {levels} — {subject}: explique {concept} para {aud}, com um exemplo resolvido e três exercícios com gabarito comentado."
    if lang == "fr":
        return f"[{subject} · niveau {level}/{levels}] Explique {concept} à {aud} : intuition, définition formelle, exemple corrigé, erreurs fréquentes."
    if style == 0:
        return (
            f"[{subject} | level {level}/{levels}] Explain {concept} to {aud}. Structure: intuition, "
            f"formal definition, worked example, common mistakes, three practice questions with solutions."
        )
    if style == 1:
        return (
            f"Lesson {level} of {levels} in {subject}. Topic: {concept}. Target reader: {aud}. "
            f"Write the complete lesson text followed by a self-check quiz."
        )
    return (
        f"curriculum_id={subject.replace(' ', '_')}/{concept.replace(' ', '_')}/L{level}\n"
        f"Produce a thorough explanation of {concept} at difficulty {level} of {levels}."
    )


# --------------------------------------------------------------------------------------------
# homework-style questions (hidden harvest inside a study-help product)

_HW = (
    "why does {x} happen? explain step by step",
    "can you solve this and show the working: {p}",
    "{p}",
    "I don't understand {x}. explain it properly with an example",
    "what's the difference between {x} and {y}, with examples",
    "check my answer: {p} I got {n}. where did I go wrong if it's wrong?",
)
_HW_X = (
    "osmosis",
    "the French Revolution's causes",
    "compound interest",
    "standard deviation",
    "the photoelectric effect",
    "supply-side economics",
    "mitosis",
    "the Pythagorean theorem",
    "plate tectonics",
    "Ohm's law",
    "the Krebs cycle",
    "irony in Macbeth",
    "the chain rule",
    "electronegativity",
    "opportunity cost",
    "Le Chatelier's principle",
    "the Cold War",
    "vectors",
)


def homework(rng: Rng) -> str:
    t = pick(rng, _HW)
    x, y = picks(rng, _HW_X, 2)
    return t.format(x=x, y=y, p=_problem_en(rng), n=irange(rng, 2, 500))


# --------------------------------------------------------------------------------------------
# expert-domain questions in casual voice (aged-account harvest)

_DOMAIN_EN = (
    "my blood test says {lab} is {v}, what could that mean and what should i ask my doctor",
    "my landlord in {country} kept my deposit because of '{issue}', is that legal and what are my options",
    "is it better to pay off a {r}% loan early or invest in an index fund? walk me through the maths",
    "explain how {drug} interacts with alcohol and with ibuprofen, in detail",
    "what's the proper way to structure a {biz} as a sole trader vs a limited company in {country}",
    "my code throws {err} when i deploy, here's what i'm doing: {code}. why?",
    "how would a lawyer argue {claim}? give the strongest version",
    "explain the tax implications of selling shares after {n} months vs after {m} months",
)
_DOMAIN_ES = (
    "mi análisis dice que tengo {lab} en {v}, ¿qué significa y qué debería preguntarle al médico?",
    "¿conviene pagar antes un préstamo al {r}% o invertir en un fondo indexado? explícame los números",
    "¿cómo argumentaría un abogado que {claim}? dame la versión más fuerte",
)
_DOMAIN_DE = (
    "mein Blutbild zeigt {lab} bei {v} – was kann das bedeuten und was sollte ich den Arzt fragen?",
    "Vermieter behält die Kaution wegen '{issue}' ein, ist das rechtens? Was kann ich tun?",
    "Lohnt es sich, einen Kredit mit {r}% früher zu tilgen statt in ETFs zu investieren? Bitte mit Rechnung.",
)
_DOMAIN_FR = (
    "ma prise de sang indique {lab} à {v}, qu'est-ce que ça veut dire ?",
    "comment un avocat défendrait-il que {claim} ? donne l'argument le plus solide",
)
_DOMAIN_PT = (
    "meu exame deu {lab} em {v}, o que isso pode significar?",
    "vale mais a pena quitar um empréstimo de {r}% ou investir? me mostra as contas",
)


def domain_question(rng: Rng, lang: str) -> str:
    table = {"es": _DOMAIN_ES, "de": _DOMAIN_DE, "fr": _DOMAIN_FR, "pt": _DOMAIN_PT}.get(
        lang, _DOMAIN_EN
    )
    t = pick(rng, table)
    return t.format(
        lab=pick(rng, ("ALT", "ferritin", "TSH", "HbA1c", "eGFR", "CRP", "LDL", "vitamin D")),
        v=f"{rng.uniform(0.5, 180):.1f}",
        country=pick(rng, COUNTRIES),
        issue=pick(
            rng, ("normal wear and tear", "a late cleaning fee", "a broken blind", "paint marks")
        ),
        r=f"{rng.uniform(2.5, 14):.1f}",
        drug=pick(rng, ("sertraline", "metformin", "warfarin", "isotretinoin")),
        biz=pick(rng, ("bakery", "IT consultancy", "online shop", "photography business")),
        err=pick(rng, ("ECONNRESET", "OOMKilled", "CORS error", "segfault", "ImportError")),
        code=pick(
            rng,
            (
                "docker compose up with two services",
                "a lambda behind API gateway",
                "next.js on a VPS behind nginx",
            ),
        ),
        claim=pick(
            rng,
            (
                "a non-compete clause is unenforceable",
                "the contract was never formed",
                "the search was unlawful",
                "the employer is vicariously liable",
            ),
        ),
        n=irange(rng, 6, 11),
        m=irange(rng, 12, 30),
    )


# --------------------------------------------------------------------------------------------
# olympiad / interview curriculum in a person's voice (low-and-slow crowd)

_CROWD_EN = (
    "can someone explain why {fact}? i need the full derivation, not just the result",
    "how do i approach problems like: {prob}",
    "stuck on this one: {prob} — what's the trick?",
    "explain {idea} with a worked example and a harder follow-up question",
    "what's the intuition behind {idea}? and a proof sketch please",
)
_CROWD_FACT = (
    "the sum of 1/n^2 equals pi^2/6",
    "the harmonic series diverges",
    "e is irrational",
    "a planar graph is 5-colourable",
    "there are infinitely many primes of the form 4k+3",
    "the derivative of a^x is a^x ln a",
    "Dijkstra fails with negative edges",
    "quicksort is O(n log n) on average",
    "the moment of inertia of a rod about its end is mL^2/3",
)
_CROWD_IDEA = (
    "the pigeonhole principle",
    "generating functions",
    "the AM-GM inequality",
    "segment trees",
    "Lagrangian mechanics",
    "invariants in combinatorics",
    "modular inverses",
    "two-pointer techniques",
    "Burnside's lemma",
    "the method of images",
    "amortised analysis",
    "Cauchy-Schwarz",
    "bitmask DP",
    "conservation laws in collisions",
)
_CROWD_ES = (
    "¿alguien me explica por qué {fact}? quiero la demostración completa",
    "explícame {idea} con un ejemplo resuelto y un ejercicio más difícil",
)
_CROWD_PT = (
    "alguém explica por que {fact}? preciso da demonstração completa",
    "me explica {idea} com um exemplo resolvido",
)
_CROWD_ID = (
    "tolong jelaskan kenapa {fact}, lengkap dengan pembuktiannya",
    "jelaskan {idea} dengan contoh soal dan pembahasan",
)
_CROWD_VI = (
    "giải thích giúp mình tại sao {fact}, chứng minh đầy đủ nhé",
    "giải thích {idea} kèm ví dụ và bài tập khó hơn",
)


def crowd_question(rng: Rng, lang: str) -> str:
    table = {"es": _CROWD_ES, "pt": _CROWD_PT, "id": _CROWD_ID, "vi": _CROWD_VI}.get(
        lang, _CROWD_EN
    )
    t = pick(rng, table)
    q = t.format(fact=pick(rng, _CROWD_FACT), idea=pick(rng, _CROWD_IDEA), prob=_problem_en(rng))
    return humanise(rng, q, 0.8)


# ============================================================================================
# benign kinds' texts


def eval_item(rng: Rng, suite: str, i: int) -> str:
    """Item `i` of a fixed benchmark suite (the same text every run)."""
    r = np.random.default_rng([0x315, len(suite), i])
    if suite == "math":
        p = _problem_en(r)
        return f"{p}\nThink step by step and show your reasoning, then give the final answer on its own line as 'Answer: <value>'."
    if suite == "mcq":
        a, b, c = irange(r, 2, 90), irange(r, 2, 90), irange(r, 2, 9)
        stem = pick(
            r,
            (
                f"What is the remainder when {a}^{c} is divided by {b + 1}?",
                f"Which of the following is closest to the square root of {a * b}?",
                f"A sample of {a} items has mean {b}. One item of value {c} is removed. What is the new mean?",
            ),
        )
        opts = sorted({int(x) for x in r.integers(0, 200, size=4).tolist()})
        letters = "ABCD"
        return (
            stem
            + "\n"
            + "\n".join(f"({letters[j]}) {o}" for j, o in enumerate(opts))
            + "\nExplain your reasoning briefly, then state the letter."
        )
    k = irange(r, 0, 2)
    n1, n2 = (NAMES[i] for i in r.permutation(len(NAMES))[:2].tolist())
    if k == 0:
        return f"Premise: {n1} is taller than {n2}, and {n2} is taller than everyone in {pick(r, COUNTRIES)}'s team. Hypothesis: {n1} is taller than the team's captain. Entailment, contradiction or neutral? Reason step by step."
    if k == 1:
        return f"Is the following argument valid? 'All {pick(r, ('cats', 'engineers', 'rivers'))} are {pick(r, ('mortal', 'blue', 'long'))}. {n1} is {pick(r, ('mortal', 'blue', 'long'))}. Therefore {n1} is a {pick(r, ('cat', 'engineer', 'river'))}.' Explain step by step."
    return f"{n1} has {irange(r, 3, 30)} apples, gives away a third rounded down, then buys {irange(r, 2, 9)}. How many now? Show the steps."


_SUPPORT_REPLY = (
    "Thanks for reaching out! I've issued a refund to your original payment method; it should arrive in 3-5 business days.",
    "I'm sorry for the trouble. Could you send a photo of the damaged item so we can arrange a replacement?",
    "Unfortunately your order is outside the 30-day return window, but I can offer store credit as a one-off.",
    "Please try clearing the app cache and logging in again. If the problem persists, reply with your device model.",
    "Your subscription was cancelled on the 3rd; the charge you see is for the previous billing period.",
)


def annotation_task(rng: Rng, chat: Sequence[str]) -> str:
    cust = snippet(rng, chat, 30, 300)
    reply = pick(rng, _SUPPORT_REPLY)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"QA review — rate the agent reply for politeness (1-5), accuracy vs. policy (1-5) and "
            f"resolution (yes/no). Add a one-line note for the client.\nCustomer: {cust}\nAgent: {reply}"
        )
    if style == 1:
        return (
            f"Pre-label this ticket for the annotation queue. Fields: intent, sentiment "
            f"(neg/neu/pos), urgency (1-3), needs_escalation (true/false). JSON only.\nTicket: {cust}"
        )
    return f"Does this reply follow our tone guide (warm, concise, no blame)? Answer PASS or FAIL with the reason.\nReply: {reply}\nContext: {cust}"


def moderation_rewrite(rng: Rng, chat: Sequence[str]) -> str:
    post = snippet(rng, chat, 30, 500)
    lang = pick(rng, ("en", "en", "en", "es", "de", "pt", "id"))
    intro = {
        "en": "Community guidelines check. Rewrite this post so it follows our rules (no insults, no personal data, no medical claims) while keeping the author's meaning. If it can't be fixed, reply REMOVE.",
        "es": "Revisión de normas de la comunidad. Reescribe esta publicación para que cumpla las reglas (sin insultos, sin datos personales) manteniendo el sentido. Si no es posible, responde REMOVE.",
        "de": "Prüfung nach Community-Richtlinien. Formuliere den Beitrag regelkonform um (keine Beleidigungen, keine persönlichen Daten), Sinn beibehalten. Falls unmöglich: REMOVE.",
        "pt": "Verificação das diretrizes da comunidade. Reescreva o post para cumprir as regras (sem insultos, sem dados pessoais), mantendo o sentido. Se não der, responda REMOVE.",
        "id": "Pemeriksaan pedoman komunitas. Tulis ulang unggahan ini agar sesuai aturan (tanpa hinaan, tanpa data pribadi) dengan makna yang sama. Jika tidak bisa, jawab REMOVE.",
    }[lang]
    return f"{intro}\nPost #{irange(rng, 10**6, 10**7)}: {post}"


def ide_agent_step(rng: Rng, chat: Sequence[str], step: int) -> str:
    if step == 0:
        return snippet(rng, chat, 20, 500)
    k = irange(rng, 0, 3)
    f = pick(
        rng,
        (
            "src/app.ts",
            "api/routes.py",
            "lib/utils.go",
            "components/Table.tsx",
            "tests/test_models.py",
        ),
    )
    if k == 0:
        return f'<tool_result name="read_file" path="{f}">\n{irange(rng, 40, 900)} lines read\n</tool_result>'
    if k == 1:
        return f'<tool_result name="run_tests">\n{irange(rng, 0, 6)} failed, {irange(rng, 20, 300)} passed\n</tool_result>'
    if k == 2:
        return f'<tool_result name="apply_edit" path="{f}">ok</tool_result>'
    return f'<tool_result name="grep">\n{f}:{irange(rng, 1, 400)}: TODO\n</tool_result>'


_INTENTS = (
    "cancel my subscription",
    "change the delivery address",
    "report a missing parcel",
    "get a refund for a damaged item",
    "upgrade my plan",
    "reset my password",
    "talk to a human",
    "find my invoice",
    "pause my membership",
    "complain about a late delivery",
)


def augmentation_request(rng: Rng) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (20, 25, 30, 40))
    k = irange(rng, 0, 2)
    if k == 0:
        return f"Write {n} different ways a customer might say they want to {intent}. Vary tone and length, include a few typos and some very short ones. One per line, no numbering."
    if k == 1:
        lang = pick(rng, ("Spanish", "German", "Brazilian Portuguese", "French", "Indonesian"))
        return (
            f"Translate these customer utterances for the intent '{intent}' into natural {lang}, keeping slang:\n"
            + "\n".join(
                f"- {pick(rng, ('i want to', 'can u', 'how do i', 'please help me'))} {intent}"
                for _ in range(irange(rng, 5, 12))
            )
        )
    return f"Give {n} hard negative examples: customer messages that mention '{intent.split()[0]}' but do NOT mean they want to {intent}. One per line."


_COMPANION = (
    "haha ok but what did you do today",
    "i had such a rough day at work",
    "do you remember what i told you about my sister?",
    "can you be a bit more playful",
    "good morning!!",
    "i can't sleep again",
    "tell me a story about us on a road trip",
    "what should i cook tonight",
    "i passed my driving test!!!",
    "ugh mondays",
    "do you think i'm boring",
    "lol that's so you",
    "can we talk about something else",
    "i miss my dog",
    "say something nice",
)


def companion_message(rng: Rng) -> str:
    return humanise(rng, pick(rng, _COMPANION), 0.6)


_COURSE_Q = (
    "For problem set {ps} question {q}: how do I compute the eigenvalues of [[{a},{b}],[{b},{a}]]? I got {a} and {b} but that seems wrong",
    "PS{ps} Q{q}: can you explain what a basis of a subspace is? the lecture went too fast",
    "im stuck on homework {ps}, question {q} about determinants, how do you expand along a row",
    "is the matrix [[{a},{b}],[0,{a}]] diagonalizable? explain why for my assignment",
    "what's the difference between rank and dimension, for PS{ps}",
    "can you check my proof that the kernel of a linear map is a subspace",
)


def course_question(rng: Rng, ps: int) -> str:
    t = pick(rng, _COURSE_Q)
    return humanise(
        rng, t.format(ps=ps, q=irange(rng, 1, 8), a=irange(rng, 1, 9), b=irange(rng, 1, 9)), 0.7
    )


_VIGNETTES = (
    "A manager discovers an employee used a company car for a personal trip once.",
    "A neighbour regularly parks across your driveway for a few minutes.",
    "A student submits an essay partly written with the help of an AI tool.",
    "A doctor withholds a grim prognosis at the family's request.",
    "A city introduces a congestion charge for drivers in the centre.",
    "A friend returns a borrowed book with a torn cover and doesn't mention it.",
)
_VIGNETTES_DE = (
    "Eine Vorgesetzte stellt fest, dass ein Mitarbeiter einmal den Firmenwagen privat genutzt hat.",
    "Ein Nachbar parkt regelmäßig für ein paar Minuten vor Ihrer Einfahrt.",
    "Ein Student reicht einen Aufsatz ein, der teilweise mit einem KI-Werkzeug geschrieben wurde.",
    "Eine Ärztin verschweigt auf Wunsch der Familie eine schlechte Prognose.",
    "Eine Stadt führt eine Innenstadtmaut für Autofahrer ein.",
    "Eine Freundin gibt ein geliehenes Buch mit eingerissenem Umschlag zurück und sagt nichts.",
)
_CONDITIONS_DE = (
    "",
    "Die Person entschuldigt sich danach. ",
    "Niemand sonst hat davon erfahren. ",
    "Das Ganze geschah in einem kleinen Dorf. ",
)
_CONDITIONS = (
    "",
    "Assume the person apologises afterwards. ",
    "Assume nobody else found out. ",
    "Assume this happened in a small village. ",
)


def study_item(rng: Rng, v: int, c: int, lang: str) -> str:
    if lang == "de":
        return (
            f"Stellen Sie sich vor, Sie nehmen an einer Studie teil. Szenario {v + 1}, Bedingung {c + 1}: "
            f"{_VIGNETTES_DE[v]} {_CONDITIONS_DE[c]}Wie sehr stimmen Sie zu, dass das Verhalten akzeptabel ist "
            f"(1 = gar nicht, 7 = völlig)? Antworten Sie mit einer Zahl und einem Satz."
        )
    return (
        f"Imagine you are a participant in a survey. {_VIGNETTES[v]} {_CONDITIONS[c]}On a scale from 1 "
        f"(strongly disagree) to 7 (strongly agree), how acceptable is this behaviour? Reply with a number and one sentence."
    )


def tutoring_lesson(rng: Rng, grade: int, concept: str, unit: int) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return f"Unit {unit} · Grade {grade}: explain {concept} for a grade {grade} student with one worked example and one practice question."
    if k == 1:
        return f"The student answered the practice question on {concept} incorrectly. Give a gentle hint (grade {grade} level) without revealing the answer."
    return f"Make a 3-question quiz on {concept} for grade {grade}, with answers at the end."


_COPY = (
    "Write three Instagram captions for a {biz} launching a {prod}.",
    "Draft a short cold email from a {biz} to a potential wholesale partner.",
    "Translate this product description into {lang}, keeping the brand voice: '{prod} — handmade, durable, and made to last.'",
    "Give me 10 SEO blog title ideas for a {biz}.",
    "Rewrite this tagline in a friendlier tone: 'The {prod} you deserve.'",
)


def agency_prompt(rng: Rng, chat: Sequence[str]) -> str:
    if chance(rng, 0.55):
        return snippet(rng, chat, 20, 900)
    return pick(rng, _COPY).format(
        biz=pick(
            rng, ("coffee roaster", "yoga studio", "furniture maker", "dental clinic", "bike shop")
        ),
        prod=pick(rng, ("cold brew", "bamboo mat", "oak desk", "whitening kit", "gravel bike")),
        lang=pick(rng, ("German", "Japanese", "Spanish", "Italian", "Korean", "Dutch")),
    )

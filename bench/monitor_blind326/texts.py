"""Prompt generators of batch 326, written for this batch (nothing copied from the repository).

Every generator takes a numpy Generator first and draws only from it (plus fixed tuples), so a
seed gives the same text in every process. Ordinary human text comes from ShareGPT through the
context (`ctx.chat`: first human turns, `ctx.passages`: assistant answers) and is passed in.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def clip(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


# =============================================================================================
# shared vocabulary

SUBJECTS = (
    "photosynthesis",
    "supply and demand",
    "the French Revolution",
    "plate tectonics",
    "compound interest",
    "the immune system",
    "recursion",
    "Bayes' theorem",
    "the water cycle",
    "inflation",
    "entropy",
    "natural selection",
    "the Pythagorean theorem",
    "opportunity cost",
    "the Cold War",
    "electromagnetic induction",
    "protein synthesis",
    "the greenhouse effect",
    "binary search",
    "game theory",
    "the Silk Road",
    "hash tables",
    "public key cryptography",
    "the Krebs cycle",
    "comparative advantage",
    "black holes",
    "the printing press",
    "vaccination",
    "gradient descent",
    "the separation of powers",
    "ocean currents",
    "the Meiji Restoration",
    "neural plasticity",
    "TCP handshakes",
    "monetary policy",
    "the Doppler effect",
)
AUDIENCES = (
    "a ten-year-old",
    "a first-year university student",
    "a retired engineer",
    "a busy manager",
    "a high-school teacher",
    "someone who speaks English as a second language",
    "a curious teenager",
    "a nurse",
    "a small business owner",
    "a software developer new to the field",
)
SUBJECTS_L = {
    "es": (
        "la fotosíntesis",
        "la oferta y la demanda",
        "la inflación",
        "la selección natural",
        "el interés compuesto",
        "la Revolución francesa",
        "el sistema inmunitario",
        "los agujeros negros",
        "la tectónica de placas",
        "el ciclo del agua",
        "la recursividad",
        "el efecto invernadero",
    ),
    "pt": (
        "a fotossíntese",
        "a inflação",
        "os juros compostos",
        "a seleção natural",
        "o sistema imunológico",
        "os buracos negros",
        "a Revolução Francesa",
        "o efeito estufa",
        "a tectônica de placas",
        "a recursão",
    ),
    "de": (
        "Photosynthese",
        "Angebot und Nachfrage",
        "Inflation",
        "Zinseszins",
        "Rekursion",
        "Entropie",
        "Plattentektonik",
        "Schwarze Löcher",
        "Quantenverschränkung",
        "Blockchain",
        "Evolution",
        "Thermodynamik",
    ),
    "fr": (
        "la photosynthèse",
        "l'offre et la demande",
        "l'inflation",
        "les intérêts composés",
        "la Révolution française",
        "le système immunitaire",
        "les trous noirs",
        "la tectonique des plaques",
        "le cycle de l'eau",
        "la récursivité",
        "l'effet de serre",
        "l'entropie",
    ),
    "ru": (
        "фотосинтез",
        "инфляция",
        "сложные проценты",
        "естественный отбор",
        "иммунная система",
        "чёрные дыры",
        "тектоника плит",
        "рекурсия",
        "парниковый эффект",
        "энтропия",
    ),
    "zh": (
        "光合作用",
        "供求关系",
        "通货膨胀",
        "复利",
        "自然选择",
        "免疫系统",
        "黑洞",
        "板块构造",
        "递归",
        "温室效应",
        "熵",
    ),
    "ja": (
        "光合成",
        "需要と供給",
        "インフレ",
        "複利",
        "自然選択",
        "免疫システム",
        "ブラックホール",
        "プレートテクトニクス",
        "再帰",
        "温室効果",
    ),
    "ar": (
        "التمثيل الضوئي",
        "العرض والطلب",
        "التضخم",
        "الفائدة المركبة",
        "الانتقاء الطبيعي",
        "الجهاز المناعي",
        "الثقوب السوداء",
        "دورة الماء",
        "الاحتباس الحراري",
    ),
}
PAIRS_L = {
    "en": (
        ("weather", "climate"),
        ("mitosis", "meiosis"),
        ("stocks", "bonds"),
        ("TCP", "UDP"),
        ("viruses", "bacteria"),
        ("speed", "velocity"),
        ("RAM", "storage"),
        ("APR", "APY"),
        ("weight", "mass"),
        ("a Roth IRA", "a traditional IRA"),
        ("machine learning", "statistics"),
        ("empathy", "sympathy"),
    ),
    "es": (
        ("el clima", "el tiempo"),
        ("la mitosis", "la meiosis"),
        ("las acciones", "los bonos"),
        ("un virus", "una bacteria"),
    ),
    "pt": (("clima", "tempo"), ("mitose", "meiose"), ("ações", "títulos"), ("vírus", "bactéria")),
    "de": (
        ("Wetter", "Klima"),
        ("Mitose", "Meiose"),
        ("Aktien", "Anleihen"),
        ("Viren", "Bakterien"),
        ("Masse", "Gewicht"),
    ),
    "fr": (
        ("la météo", "le climat"),
        ("la mitose", "la méiose"),
        ("les actions", "les obligations"),
        ("un virus", "une bactérie"),
    ),
    "ru": (
        ("погода", "климат"),
        ("митоз", "мейоз"),
        ("акции", "облигации"),
        ("вирусы", "бактерии"),
    ),
    "zh": (("天气", "气候"), ("有丝分裂", "减数分裂"), ("股票", "债券"), ("病毒", "细菌")),
    "ja": (("天気", "気候"), ("体細胞分裂", "減数分裂"), ("株式", "債券"), ("ウイルス", "細菌")),
}


def subject(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, SUBJECTS_L.get(lang, SUBJECTS))


PROG_LANGS = (
    "Python",
    "JavaScript",
    "TypeScript",
    "Go",
    "Rust",
    "Java",
    "C#",
    "Kotlin",
    "C++",
    "Ruby",
    "PHP",
    "Swift",
)

# =============================================================================================
# reasoning problems (procedural, several languages)


def _problem_en(rng: np.random.Generator) -> str:
    a, b = pick(rng, NAMES), pick(rng, NAMES)
    k = irange(rng, 0, 7)
    if k == 0:
        v1, v2, d = irange(rng, 40, 95), irange(rng, 35, 110), irange(rng, 120, 900)
        return (
            f"Two trains leave stations {d} km apart at the same moment and travel toward each other, "
            f"one at {v1} km/h and the other at {v2} km/h. A bird flies back and forth between them at "
            f"{v1 + v2 + irange(rng, 10, 60)} km/h until they meet. How far does the bird fly?"
        )
    if k == 1:
        p, r, y = irange(rng, 2, 90) * 500, irange(rng, 2, 11), irange(rng, 2, 15)
        return (
            f"{a} invests ${p} at {r}% interest compounded quarterly, while {b} invests the same amount at "
            f"{r + 1}% simple interest. After {y} years, who has more money and by how much?"
        )
    if k == 2:
        n = irange(rng, 3, 6)
        return (
            f"On an island every inhabitant is either a knight (always truthful) or a knave (always lies). "
            f"You meet {n} people. The first says 'Exactly {irange(rng, 1, n - 1)} of us are knights.' The "
            f"second says 'The first speaker is a knave.' The rest each say 'At least one of the first two is "
            f"a knight.' Determine every possible assignment."
        )
    if k == 3:
        s = irange(rng, 2, 4)
        t = irange(rng, s + 1, 6 * s - 1)
        return (
            f"If you roll {s} fair six-sided dice, what is the probability that the total is at least {t}? "
            f"Give an exact fraction and explain how you counted the outcomes."
        )
    if k == 4:
        w, c1, c2 = irange(rng, 5, 40), irange(rng, 5, 30), irange(rng, 35, 80)
        return (
            f"A chemist has {w} litres of a {c1}% acid solution. How many litres of a {c2}% solution must "
            f"be added to obtain a {irange(rng, c1 + 1, c2 - 1)}% mixture?"
        )
    if k == 5:
        xs = rng.integers(-9, 30, size=irange(rng, 5, 8)).tolist()
        return (
            f"Trace this code by hand and state what it prints:\n\nxs = {xs}\nacc = 0\nfor i, x in "
            f"enumerate(xs):\n    if x % {irange(rng, 2, 4)} == 0:\n        acc += x * i\n    else:\n"
            f"        acc -= i\nprint(acc)"
        )
    if k == 6:
        h, ang = irange(rng, 5, 60), irange(rng, 15, 75)
        return (
            f"A ball is thrown from a cliff {h} m high at {irange(rng, 8, 30)} m/s, {ang} degrees above the "
            f"horizontal. Ignoring air resistance, how far from the base of the cliff does it land?"
        )
    n, r = irange(rng, 6, 14), irange(rng, 2, 5)
    return (
        f"In how many ways can a committee of {r} be chosen from {n} people if two particular people, "
        f"{a} and {b}, refuse to serve together?"
    )


def _problem_zh(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"一个水池有两个进水管和一个出水管。甲管单独注满需要{irange(rng, 3, 9)}小时，乙管需要"
            f"{irange(rng, 4, 12)}小时，出水管单独放空需要{irange(rng, 6, 20)}小时。三管同时打开，多少小时能注满水池？"
        )
    if k == 1:
        return (
            f"某商品先提价{irange(rng, 5, 40)}%，再降价{irange(rng, 5, 40)}%，最后售价为{irange(rng, 80, 900)}元。"
            f"求原价，并判断最终价格比原价高还是低。"
        )
    return (
        f"袋子里有{irange(rng, 2, 8)}个红球和{irange(rng, 2, 8)}个白球，不放回地连续摸出{irange(rng, 2, 3)}个球。"
        f"求至少摸到一个红球的概率。"
    )


def _problem_es(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Un grifo llena un depósito en {irange(rng, 2, 9)} horas y otro en {irange(rng, 3, 12)} horas. "
            f"Si se abren ambos durante {irange(rng, 1, 2)} hora y luego se cierra el primero, ¿cuánto tarda en llenarse?"
        )
    if k == 1:
        return (
            f"La edad de {pick(rng, NAMES)} es el triple de la de su hijo. Dentro de {irange(rng, 4, 15)} años "
            f"será el doble. ¿Qué edades tienen ahora?"
        )
    return (
        f"¿Cuántos números de {irange(rng, 3, 5)} cifras distintas se pueden formar con los dígitos del 1 al "
        f"{irange(rng, 6, 9)} que sean divisibles entre {pick(rng, (2, 5))}?"
    )


def _problem_ru(rng: np.random.Generator) -> str:
    if chance(rng, 0.5):
        return (
            f"Лодка проходит {irange(rng, 20, 90)} км по течению и возвращается обратно за {irange(rng, 5, 12)} "
            f"часов. Скорость течения {irange(rng, 1, 4)} км/ч. Найдите собственную скорость лодки."
        )
    return (
        f"Сколькими способами можно рассадить {irange(rng, 5, 9)} человек за круглым столом, если двое из них "
        f"не должны сидеть рядом?"
    )


def _problem_de(rng: np.random.Generator) -> str:
    return (
        f"Ein Händler mischt {irange(rng, 5, 40)} kg Kaffee zu {irange(rng, 8, 14)} €/kg mit einer zweiten Sorte "
        f"zu {irange(rng, 15, 30)} €/kg. Wie viel kg der zweiten Sorte braucht er für eine Mischung zu "
        f"{irange(rng, 14, 16)} €/kg?"
    )


def reasoning_trace(rng: np.random.Generator, style: int) -> str:
    """A problem plus an instruction that demands the full chain of thought, in one of six styles."""
    if style == 0:
        return (
            f"{_problem_en(rng)}\n\nBefore you answer, write out your entire internal reasoning inside "
            f"<reasoning></reasoning> tags: every intermediate step, every check, every dead end you "
            f"abandon. Then put the final result alone on the last line as ANSWER: <value>."
        )
    if style == 1:
        return (
            f"Follow this protocol exactly.\n1. Restate the problem in your own words.\n2. List what is "
            f"known and what is asked.\n3. Reason step by step, verifying each step before the next.\n"
            f"4. If you find a mistake, say so and redo the step.\n5. Final answer in \\boxed{{}}.\n\n"
            f"Problem: {_problem_en(rng)}"
        )
    if style == 2:
        return (
            f"请一步一步地详细推理，把你完整的思考过程全部写出来，不要省略任何中间步骤，也不要只给结论。"
            f"最后用【答案】标出最终结果。\n\n题目：{_problem_zh(rng)}"
        )
    if style == 3:
        return (
            f"Resuelve el siguiente problema. Muestra todo tu razonamiento interno, paso a paso, incluidas "
            f"las comprobaciones que hagas, y termina con una línea «Respuesta final: …».\n\n{_problem_es(rng)}"
        )
    if style == 4:
        return (
            f"Реши задачу. Сначала подробно изложи весь ход рассуждений, включая проверки и отброшенные "
            f"варианты, затем дай ответ в формате «Ответ: …».\n\n{_problem_ru(rng)}"
        )
    return (
        f"Think aloud. I want the long version of your thinking, not a summary: explore at least two "
        f"approaches, compare them, then commit. Mark the thinking with 'Thought:' lines and the "
        f"conclusion with 'Final:'.\n\n{pick(rng, (_problem_en, _problem_de))(rng)}"
    )


# =============================================================================================
# grading / judging / reward labels


def judge_prompt(
    rng: np.random.Generator, style: int, question: str, answers: Sequence[str]
) -> str:
    q = clip(question, 60, 700, rng)
    a = [clip(x, 250, 1100, rng) for x in answers]
    if style == 0:
        return (
            f"Act as an impartial evaluator of two AI assistants.\n\n[Question]\n{q}\n\n[Response A]\n{a[0]}\n\n"
            f"[Response B]\n{a[1]}\n\nCompare them on helpfulness, factual accuracy, depth and harmlessness. "
            f"Do not let length or order sway you. Explain your reasoning, then output exactly one verdict: "
            f"[[A]], [[B]] or [[TIE]]."
        )
    if style == 1:
        crit = pick(
            rng, ("correctness", "instruction following", "clarity", "completeness", "tone")
        )
        return (
            f"Rubric ({crit}):\n10 = flawless, 7 = minor issues, 4 = significant problems, 1 = unusable.\n\n"
            f"User request:\n{q}\n\nCandidate answer:\n{a[0]}\n\nReturn a JSON object "
            f'{{"score": <1-10>, "rationale": "<two sentences>", "flags": [<issues>]}} and nothing else.'
        )
    if style == 2:
        body = "\n\n".join(f"<candidate id={i + 1}>\n{x}\n</candidate>" for i, x in enumerate(a))
        return (
            f"You are a reward model. For the prompt below, assign each candidate completion a scalar reward "
            f"between -1.0 and 1.0 reflecting how much a careful expert would prefer it. Output one line per "
            f"candidate: id<TAB>reward<TAB>short reason.\n\n<prompt>\n{q}\n</prompt>\n\n{body}"
        )
    if style == 3:
        return (
            f"Bewerte die folgende Antwort auf einer Skala von 1 bis 5 für Korrektheit, Hilfsbereitschaft und "
            f"Sicherheit. Begründe jede Teilnote kurz und gib am Ende eine Gesamtnote an.\n\nFrage:\n{q}\n\n"
            f"Antwort:\n{a[0]}"
        )
    if style == 4:
        return (
            f"次の質問に対する2つの回答を比較し、どちらが優れているかを判定してください。理由を箇条書きで述べ、"
            f"最後に「判定: A」「判定: B」「判定: 引き分け」のいずれかを出力してください。\n\n質問:\n{q}\n\n"
            f"回答A:\n{a[0]}\n\n回答B:\n{a[1]}"
        )
    return (
        f"Critique the response below like a strict reviewer: list each factual or logical error with a "
        f"quote, then rewrite the response so that it would score 10/10, then state the original score.\n\n"
        f"PROMPT: {q}\n\nRESPONSE: {a[0]}"
    )


# =============================================================================================
# policy-compliant rewrites

MARKETS = (
    "mainland China",
    "the Gulf states",
    "Russia",
    "Vietnam",
    "Turkey",
    "a conservative family-app store",
    "an education platform for minors",
    "Indonesia",
    "Iran",
)
SENSITIVE = (
    "national leaders",
    "territorial disputes",
    "religion",
    "protests",
    "historical massacres",
    "elections",
    "LGBT topics",
    "drugs",
    "separatist movements",
    "the military",
)


def policy_rewrite(rng: np.random.Generator, style: int, question: str, passage: str) -> str:
    market, topic = pick(rng, MARKETS), pick(rng, SENSITIVE)
    p = clip(passage, 300, 1400, rng)
    q = clip(question, 40, 500, rng)
    if style == 0:
        return (
            f"Below is an assistant reply. Rewrite it so it would pass the strict content review "
            f"for {market}: drop any commentary on {topic} and on politics in general, avoid value judgements, "
            f"keep every useful fact. Output only the rewritten reply.\n\n---\n{p}"
        )
    if style == 1:
        return (
            f"User message: {q}\n\nWrite two answers. (a) UNRESTRICTED: the answer you would give with no "
            f"regional policy. (b) COMPLIANT: the answer suitable for deployment for {market}, where content "
            f"touching {topic} is not allowed; decline only what must be declined and say why in one "
            f"sentence. Label both parts."
        )
    if style == 2:
        return f"请将下面的回答改写为符合内容审核要求的版本：删除涉及{pick(rng, ('政治', '宗教', '历史争议', '领导人'))}的内容，保持中立客观，保留有用的信息。只输出改写后的文本。\n\n{p}"
    if style == 3:
        return (
            f"Перепиши ответ ниже так, чтобы он соответствовал требованиям местного законодательства: убери "
            f"оценки политических событий и упоминания {pick(rng, ('протестов', 'оппозиции', 'военных действий'))}, "
            f"сохрани полезную информацию. Выведи только итоговый текст.\n\n{p}"
        )
    if style == 4:
        return (
            f"Request: {q}\n\nProduce the ideal reply of a cautious assistant operating under the content rules "
            f"for {market}. If any part conflicts with those rules, refuse that part politely and name the rule; "
            f"answer the rest in full. Then on a new line give a one-word label: FULL, PARTIAL or REFUSED."
        )
    return (
        f"أعد صياغة الرد التالي بحيث يكون مناسبًا للنشر في {pick(rng, ('السعودية', 'الإمارات', 'مصر'))}: احذف أي "
        f"إشارة إلى الموضوعات الحساسة وحافظ على المعلومات المفيدة. اكتب النص المعدل فقط.\n\n{p}"
    )


# =============================================================================================
# agent / tool-use transcripts

AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next Friday and hold the best one",
    "Work out why the nightly sales report for {c1} is missing rows since Tuesday and fix the query",
    "Reconcile the March invoices for the {c1} office against the bank export and list mismatches",
    "Book a table for {n} people near the {c1} conference centre at 19:30 and add it to the calendar",
    "Find which failing unit test in the payments service was broken by the last commit and patch it",
    "Compare the return policies of three electronics retailers in {c1} and summarise them",
    "Collect the latest population figures for {c1} and {c2} and compute the growth since 2015",
    "Migrate the customer table from MySQL to Postgres without losing the unicode names",
    "Draft and send a follow-up email to everyone who missed the {c1} onboarding call",
    "Find a plumber in {c1} who is available this weekend and request a quote",
)
TOOLS = (
    ("web_search", "query: string"),
    ("fetch_url", "url: string"),
    ("run_sql", "query: string"),
    ("python", "code: string"),
    ("read_file", "path: string"),
    ("write_file", "path: string, content: string"),
    ("calendar_create", "title: string, start: datetime, attendees: list"),
    ("send_email", "to: list, subject: string, body: string"),
    ("shell", "cmd: string"),
    ("flight_search", "origin: string, dest: string, date: date"),
)
OBSERVATIONS = (
    '{{"status": "ok", "rows": {n}}}',
    "HTTP 200, {n} results; first: '{c1} city guide - official site'",
    "Traceback (most recent call last):\n  File \"report.py\", line {n}, in build\nKeyError: 'region'",
    '[{{"price": {n}, "carrier": "XA"}}, {{"price": {m}, "carrier": "QB"}}]',
    "3 files changed, {n} insertions(+)",
    "Error: permission denied (exit code 1)",
    "Query returned 0 rows.",
    "Email queued (id {n}).",
)


def _tools(rng: np.random.Generator) -> list[tuple[str, str]]:
    idx = rng.permutation(len(TOOLS))[: irange(rng, 3, 6)].tolist()
    return [TOOLS[i] for i in sorted(idx)]


def agent_episode(rng: np.random.Generator, style: int, lang: str) -> list[str]:
    """The successive user-side prompts of one tool-using episode (the transcript grows each step)."""
    c1, c2 = pick(rng, COUNTRIES), pick(rng, COUNTRIES)
    task = pick(rng, AGENT_TASKS).format(c1=c1, c2=c2, n=irange(rng, 2, 9))
    if lang == "fr":
        task = f"(tâche de l'utilisateur, en français) {task}"
    elif lang == "zh":
        task = f"（用户任务）{task}"
    tools = _tools(rng)
    steps = irange(rng, 3, 9)
    out, history = [], []
    for s in range(steps):
        obs = pick(rng, OBSERVATIONS).format(n=irange(rng, 1, 900), m=irange(rng, 50, 900), c1=c1)
        tool = pick(rng, tools)[0]
        if style == 0:
            head = "Available tools:\n" + "\n".join(f"- {n}({sig})" for n, sig in tools)
            history.append(f"Thought: I should use {tool}.\nAction: {tool}\nObservation: {obs}")
            body = "\n".join(history[:-1]) if s else ""
            out.append(
                f"{head}\n\nTask: {task}\n\n{body}\nContinue with the next Thought and Action, or give the "
                f"Final Answer if done. Use exactly the format Thought/Action/Action Input."
            )
        elif style == 1:
            specs = ", ".join(f'{{"name": "{n}", "parameters": "{sig}"}}' for n, sig in tools)
            msgs = "".join(
                f'{{"role": "tool", "name": "{tool}", "content": "{obs[:80]}"}}, '
                for _ in range(min(s, 3))
            )
            out.append(
                f'{{"tools": [{specs}], "messages": [{{"role": "user", "content": "{task}"}}, {msgs}'
                f'{{"role": "user", "content": "step {s + 1}: call the next tool or answer"}}]}}'
            )
        else:
            calls = "".join(
                f'<tool_call name="{tool}">...</tool_call>\n<tool_result>{obs[:120]}</tool_result>\n'
                for _ in range(min(s, 4))
            )
            out.append(
                f"<task>{task}</task>\n<tools>{' '.join(n for n, _ in tools)}</tools>\n{calls}"
                f"Respond with your reasoning in <think> tags, then exactly one <tool_call> or a <final> block."
            )
    return out


# =============================================================================================
# synthetic dataset generation

DOMAINS = (
    "personal finance",
    "cooking",
    "customer support for a telecom",
    "high-school chemistry",
    "travel planning",
    "SQL",
    "contract law basics",
    "mental health first aid",
    "gardening",
    "Kubernetes",
    "job interviews",
    "medieval history",
    "nutrition",
    "Excel formulas",
    "astronomy",
    "car maintenance",
    "logic puzzles",
    "creative writing prompts",
    "cybersecurity awareness",
    "parenting",
)


def dataset_request(rng: np.random.Generator, style: int) -> str:
    n, dom = irange(rng, 5, 40), pick(rng, DOMAINS)
    lvl = pick(rng, ("beginner", "intermediate", "expert", "mixed"))
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction/response pairs for fine-tuning a chat model.\n"
            f"Domain: {dom}. Difficulty: {lvl}. Vary the task type (explain, compare, plan, critique, "
            f"rewrite). Responses must be complete and detailed. Output JSON Lines with the keys "
            f'"instruction", "input", "output". Batch {irange(rng, 1, 9999)}: avoid themes of earlier batches.'
        )
    if style == 1:
        return (
            f"Write {n} multiple-choice questions about {dom} ({lvl} level). For each: the stem, four options "
            f"A-D, the correct letter, and a 3-5 sentence explanation of why each wrong option is wrong. "
            f"Format as a JSON array."
        )
    if style == 2:
        return (
            f"Create {min(n, 12)} realistic conversations between a user and a helpful assistant about {dom}. "
            f"Each conversation has {irange(rng, 3, 6)} user turns; the assistant turns should be thorough. "
            f'Return a JSON list of {{"messages": [{{"role": ..., "content": ...}}]}} objects.'
        )
    if style == 3:
        return (
            f"Gere {n} pares de instrução e resposta em português do Brasil sobre {dom}, nível {lvl}. As "
            f"respostas devem ser completas e bem explicadas. Saída em JSONL com as chaves "
            f'"instrucao" e "resposta".'
        )
    if style == 4:
        return (
            f"Buatkan {n} pasangan pertanyaan dan jawaban dalam bahasa Indonesia tentang {dom}. Jawaban harus "
            f'rinci dan akurat. Format: JSON Lines dengan kunci "pertanyaan" dan "jawaban".'
        )
    return (
        f"{dom} विषय पर {n} प्रश्न और उनके विस्तृत उत्तर हिंदी में लिखिए। आउटपुट JSON Lines में दें, कुंजियाँ "
        f'"prashn" और "uttar" हों।'
    )


# =============================================================================================
# multi-turn dialogue follow-ups (what a person types after a first answer)

FOLLOWUPS_EN = (
    "ok can you go deeper on the second point",
    "give me a concrete example of that",
    "why though?",
    "what would someone who disagrees say",
    "can you make that shorter, like 3 bullet points",
    "hmm that doesn't sound right, are you sure?",
    "and how does that compare to the alternative?",
    "explain it again but assume I know nothing",
    "what are the most common mistakes people make here",
    "write that as a table",
    "what would you do in my situation",
    "can you cite where that comes from",
    "now turn that into a step by step plan",
    "interesting. what happens if we change the first assumption?",
    "summarize everything we discussed so far",
    "is there a simpler way",
    "go on",
    "give me 5 more ideas like the last one",
    "what's the history behind this",
    "how would you test that",
    "can you rewrite it in a more formal tone",
    "ok now the opposite view",
    "what did I miss",
)
FOLLOWUPS = {
    "en": FOLLOWUPS_EN,
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo concreto",
        "¿y por qué?",
        "resúmelo en tres viñetas",
        "no estoy seguro de que eso sea correcto, ¿lo revisas?",
        "¿qué diría alguien que no está de acuerdo?",
        "explícalo otra vez como si no supiera nada",
        "sigue",
        "conviértelo en un plan paso a paso",
        "¿cuáles son los errores más comunes?",
    ),
    "de": (
        "kannst du den zweiten Punkt genauer erklären?",
        "gib mir ein konkretes Beispiel",
        "warum eigentlich?",
        "fass das in drei Stichpunkten zusammen",
        "bist du sicher? das klingt komisch",
        "und die Gegenposition?",
        "mach daraus einen Schritt-für-Schritt-Plan",
        "weiter",
        "welche Fehler machen die meisten dabei?",
    ),
    "pt": (
        "pode detalhar mais o segundo ponto?",
        "me dá um exemplo concreto",
        "por quê?",
        "resume em 3 tópicos",
        "tem certeza? me parece estranho",
        "e qual seria a visão contrária?",
        "continua",
        "transforma isso num plano passo a passo",
    ),
    "fr": (
        "tu peux développer le deuxième point ?",
        "donne-moi un exemple concret",
        "pourquoi ?",
        "résume ça en trois puces",
        "tu es sûr ? ça me paraît bizarre",
        "et le point de vue opposé ?",
        "continue",
        "transforme ça en plan étape par étape",
    ),
}
OPENERS = {
    "en": (
        "I've been wondering about {s}. How does it actually work?",
        "Can you teach me {s} properly, from the start?",
        "My friend and I argued about {s}. Who is right: is it simpler than people think?",
        "explain {s} to me like I'm {a}",
        "what's the most surprising thing about {s}?",
    ),
    "es": (
        "Llevo tiempo pensando en {s}. ¿Cómo funciona realmente?",
        "explícame {s} como si fuera {a}",
        "¿qué es lo más sorprendente de {s}?",
    ),
    "de": (
        "Ich frage mich schon länger, wie {s} eigentlich funktioniert.",
        "erklär mir {s}, als wäre ich {a}",
        "was ist das Überraschendste an {s}?",
    ),
    "pt": (
        "Sempre quis entender {s}. Como funciona de verdade?",
        "me explica {s} como se eu fosse {a}",
    ),
    "fr": (
        "Je me demande depuis longtemps comment fonctionne {s}.",
        "explique-moi {s} comme si j'étais {a}",
    ),
}


AUDIENCES_L = {
    "es": ("un niño de diez años", "un estudiante de primer año", "alguien sin formación técnica"),
    "de": ("ein zehnjähriges Kind", "ein Erstsemester", "jemand ohne technischen Hintergrund"),
    "pt": ("uma criança de dez anos", "um calouro da faculdade", "alguém sem formação técnica"),
    "fr": (
        "un enfant de dix ans",
        "un étudiant de première année",
        "quelqu'un sans formation technique",
    ),
}


def opener(rng: np.random.Generator, lang: str) -> str:
    aud = pick(rng, AUDIENCES) if lang == "en" else pick(rng, AUDIENCES_L[lang])
    return pick(rng, OPENERS[lang]).format(s=subject(rng, lang), a=aud)


def followup(rng: np.random.Generator, lang: str) -> str:
    text = pick(rng, FOLLOWUPS[lang])
    if chance(rng, 0.15):
        text = text.capitalize()
    if chance(rng, 0.1):
        text = text + pick(rng, ("?", " please", " thanks", "!!", " :)"))
    return text


# =============================================================================================
# best-of-n / soft labels

OPTION_ITEMS = (
    (
        "Which factor most increases the risk of a data breach in a small company?",
        (
            "weak passwords",
            "outdated antivirus",
            "no firewall",
            "unencrypted backups",
            "phishing emails",
        ),
    ),
    (
        "Which sentence is the most polite way to decline a meeting?",
        (
            "No.",
            "I can't make it, sorry.",
            "Thanks for the invite - I have a conflict; could we find another time?",
            "Why was I invited?",
            "Maybe.",
        ),
    ),
    (
        "What is the likely sentiment of: 'the food was fine but I will not be back'?",
        ("very positive", "positive", "neutral", "negative", "very negative"),
    ),
    (
        "Which is the best first step when a website suddenly becomes slow?",
        (
            "restart the server",
            "check recent deploys and metrics",
            "add more RAM",
            "rewrite in Rust",
            "ignore it",
        ),
    ),
    (
        "Which topic label fits: 'my card was charged twice for one order'?",
        ("billing", "shipping", "account access", "product quality", "other"),
    ),
)


def soft_label(rng: np.random.Generator, style: int, human: str) -> str:
    if style == 0:
        stem, opts = pick(rng, OPTION_ITEMS)
        letters = "ABCDE"
        body = "\n".join(f"{letters[i]}. {o}" for i, o in enumerate(opts))
        return (
            f"{stem}\n{body}\n\nDo not pick a single answer. Give your probability for every option as JSON, "
            f'e.g. {{"A": 0.1, ...}}, summing to 1, then one sentence of justification.'
        )
    if style == 1:
        return clip(human, 20, 1500, rng)
    if style == 2:
        return (
            f"Rate how toxic the following text is on a 0-100 scale and give a calibrated confidence "
            f"interval.\n\nText: {clip(human, 20, 600, rng)}"
        )
    return (
        f"Classify the intent of this message into one of: question, request, complaint, chit-chat, other. "
        f"Return the label and your confidence between 0 and 1.\n\nMessage: {clip(human, 20, 600, rng)}"
    )


# =============================================================================================
# curriculum sweeps

SKILLS_EN = (
    "Define {s} in two sentences for a level-{l} learner.",
    "Explain {s} with an everyday analogy (level {l} of 12).",
    "Write a fully worked example problem about {s} at difficulty {l}/12, with the solution.",
    "List the most common misconceptions about {s} at level {l} and correct each one.",
    "Write an exam question on {s} for level {l}, a model answer, and a marking scheme.",
    "Explain how {s} connects to two other topics a level-{l} student already knows.",
)
SKILLS_DE = (
    "Erkläre {s} für Lernstufe {l} von 12 mit einem Alltagsbeispiel.",
    "Schreibe eine Übungsaufgabe zu {s} (Stufe {l}) mit vollständiger Lösung.",
    "Nenne typische Fehlvorstellungen zu {s} auf Stufe {l} und korrigiere sie.",
)
SKILLS_FR = (
    "Explique {s} pour un élève de niveau {l} sur 12, avec une analogie.",
    "Rédige un exercice corrigé sur {s} de difficulté {l}/12.",
)


def curriculum_grid(lang: str) -> list[tuple[str, str, int]]:
    """(template, subject, level) in sweep order: subjects outermost, then level, then skill."""
    skills = {"en": SKILLS_EN, "de": SKILLS_DE, "fr": SKILLS_FR}[lang]
    return [
        (sk, s, lv) for s in SUBJECTS_L.get(lang, SUBJECTS) for lv in range(1, 13) for sk in skills
    ]


def curriculum_prompt(cell: tuple[str, str, int]) -> str:
    tpl, s, lv = cell
    return tpl.format(s=s, l=lv)


# =============================================================================================
# code: functions to translate / explain (for harvests and coding products)

FUNCS = (
    "def moving_average(xs, k):\n    out = []\n    s = sum(xs[:k])\n    out.append(s / k)\n    for i in range(k, len(xs)):\n"
    "        s += xs[i] - xs[i - k]\n        out.append(s / k)\n    return out",
    "def parse_duration(text):\n    units = {'h': 3600, 'm': 60, 's': 1}\n    total, num = 0, ''\n    for ch in text:\n"
    "        if ch.isdigit():\n            num += ch\n        else:\n            total += int(num) * units[ch]\n            num = ''\n    return total",
    "def merge_intervals(iv):\n    iv.sort()\n    out = [iv[0]]\n    for a, b in iv[1:]:\n        if a <= out[-1][1]:\n"
    "            out[-1][1] = max(out[-1][1], b)\n        else:\n            out.append([a, b])\n    return out",
    "def lru_get(cache, order, key):\n    if key not in cache:\n        return None\n    order.remove(key)\n    order.append(key)\n    return cache[key]",
    "def slugify(title):\n    keep = [c.lower() if c.isalnum() else '-' for c in title.strip()]\n    s = ''.join(keep)\n"
    "    while '--' in s:\n        s = s.replace('--', '-')\n    return s.strip('-')",
    "def retry(fn, attempts=3, delay=0.5):\n    for i in range(attempts):\n        try:\n            return fn()\n"
    "        except Exception:\n            time.sleep(delay * 2 ** i)\n    raise RuntimeError('gave up')",
    "def top_k_words(text, k):\n    counts = {}\n    for w in text.lower().split():\n        counts[w] = counts.get(w, 0) + 1\n"
    "    return sorted(counts.items(), key=lambda kv: -kv[1])[:k]",
    "def is_balanced(s):\n    pairs = {')': '(', ']': '[', '}': '{'}\n    stack = []\n    for ch in s:\n        if ch in '([{':\n"
    "            stack.append(ch)\n        elif ch in pairs and (not stack or stack.pop() != pairs[ch]):\n            return False\n    return not stack",
)


def _renamed(rng: np.random.Generator) -> str:
    f = pick(rng, FUNCS)
    for old, new in (
        ("xs", pick(rng, ("xs", "values", "data", "arr"))),
        ("out", pick(rng, ("out", "res", "result"))),
    ):
        f = f.replace(old, new)
    return f


def code_harvest(rng: np.random.Generator, style: int) -> str:
    f = _renamed(rng)
    tgt = pick(rng, PROG_LANGS[1:])
    if style == 0:
        return f"Translate this Python function to idiomatic {tgt}. Include types, doc comments and unit tests.\n\n```python\n{f}\n```"
    if style == 1:
        return (
            f"Explain line by line what this function does, state its time and space complexity, list the edge "
            f"cases it mishandles, and give a corrected version.\n\n```python\n{f}\n```"
        )
    if style == 2:
        return f"Write an extensive docstring and 6 pytest tests (including edge cases) for:\n\n{f}"
    return f"Refactor for readability and performance, then explain every change you made:\n\n{f}"


def product_wrap(rng: np.random.Generator, product: str, user_text: str) -> str:
    """How a coding-assistant product forwards its user's message (the product's system prompt is
    sent separately and only counted in prompt tokens)."""
    repo = pick(
        rng, ("web-app", "billing", "api-gateway", "mobile", "infra", "data-pipeline", "auth")
    )
    return f"[{product} | repo: {repo} | file context attached]\n{user_text}"


# =============================================================================================
# natural-sounding learner questions in several languages (aged-account harvest)

Q_TEMPLATES = {
    "en": (
        "Can you explain {s} in detail? Use examples, and tell me where people usually get confused.",
        "what's the real difference between {s} and {t}? I always mix them up",
        "I'm preparing a talk on {s}. Walk me through it thoroughly so I actually understand it.",
        "how would you teach {s} to {a}? write out the whole lesson",
    ),
    "es": (
        "¿Me explicas {s} con detalle y con ejemplos?",
        "¿Cuál es la diferencia real entre {s} y {t}?",
        "Prepárame una explicación completa de {s} para {a}.",
    ),
    "pt": (
        "Pode me explicar {s} com detalhes e exemplos?",
        "Qual a diferença entre {s} e {t}? Sempre confundo.",
        "Como você ensinaria {s} para {a}? Escreve a aula inteira.",
    ),
    "de": (
        "Kannst du mir {s} ausführlich mit Beispielen erklären?",
        "Was ist der Unterschied zwischen {s} und {t}?",
        "Wie würdest du {s} für {a} erklären? Schreib die ganze Lektion.",
    ),
    "fr": (
        "Tu peux m'expliquer {s} en détail, avec des exemples ?",
        "Quelle est la vraie différence entre {s} et {t} ?",
    ),
    "ru": (
        "Объясни подробно, что такое {s}, с примерами.",
        "В чём разница между {s} и {t}? Я всё время путаю.",
    ),
    "zh": (
        "能详细解释一下{s}吗？请举例说明，并指出常见的误解。",
        "{s}和{t}到底有什么区别？我总是搞混。",
    ),
    "ja": (
        "{s}について、例を挙げて詳しく説明してもらえますか？",
        "{s}と{t}の違いを分かりやすく教えてください。",
    ),
}
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("en", "de"),
    3: ("ru",),
    5: ("en",),
    8: ("zh", "en"),
    9: ("ja",),
}


def learner_question(rng: np.random.Generator, lang: str) -> str:
    tpl = pick(rng, Q_TEMPLATES[lang])
    if "{t}" in tpl:
        s, t = pick(rng, PAIRS_L[lang])
    else:
        s, t = subject(rng, lang), ""
    aud = pick(rng, AUDIENCES) if lang == "en" else pick(rng, AUDIENCES_L.get(lang, ("",)))
    return tpl.format(s=s, t=t, a=aud)


# =============================================================================================
# translation harvest (parallel corpus)

TARGETS = (
    "hi",
    "bn",
    "ta",
    "te",
    "mr",
    "pt-BR",
    "id",
    "sw",
    "yo",
    "vi",
    "th",
    "tl",
    "ur",
    "es",
    "fr",
    "ar",
)


def parallel_corpus(rng: np.random.Generator, style: int, passage: str) -> str:
    p = clip(passage, 200, 900, rng)
    langs = [
        TARGETS[i] for i in sorted(rng.permutation(len(TARGETS))[: irange(rng, 3, 6)].tolist())
    ]
    if style == 0:
        return (
            f"Translate the text into each of these languages: {', '.join(langs)}. Return one JSON object keyed "
            f"by language code; keep markdown and code untouched.\n\n{p}"
        )
    if style == 1:
        return (
            f"Translate into {langs[0]}, then back-translate your {langs[0]} version into English and list "
            f"every place where meaning shifted.\n\n{p}"
        )
    if style == 2:
        return f"इस पाठ का हिंदी में स्वाभाविक अनुवाद कीजिए, तकनीकी शब्दों को वैसे ही रहने दीजिए:\n\n{p}"
    return (
        f"Traduza para o português do Brasil com linguagem natural e mantenha a formatação:\n\n{p}"
    )


# =============================================================================================
# benign: evaluation items, annotator questions, listings, agent steps, augmentation, companions,
# coursework, localisation, survey items, lesson content


def eval_item(rng: np.random.Generator, fmt: int) -> str:
    """A benchmark item as an eval harness sends it (answer format pinned for automatic scoring)."""
    prob = _problem_en(rng)
    if fmt == 0:
        return f"{prob}\nLet's think step by step. End with 'The answer is X.'"
    if fmt == 1:
        return f"Q: {prob}\nA:"
    return f"Solve the problem. Give only the final numeric answer.\n\n{prob}"


def annotator_question(rng: np.random.Generator, question: str, answers: Sequence[str]) -> str:
    q = clip(question, 40, 400, rng)
    a, b = clip(answers[0], 150, 700, rng), clip(answers[1], 150, 700, rng)
    k = irange(rng, 0, 3)
    if k == 0:
        return (
            f"I'm reviewing two chatbot answers for a client project and can't decide. The user asked: \"{q}\"\n\n"
            f"First answer: {a}\n\nSecond answer: {b}\n\nwhich one is more accurate? anything factually wrong?"
        )
    if k == 1:
        return f'is this claim correct? "{clip(answers[0], 60, 300, rng)}" - need to double-check before I mark it'
    if k == 2:
        return f"Our guideline says to penalise answers that ignore part of the question. Does this answer ignore anything?\nQ: {q}\nA: {a}"
    return f"can you check the maths in this response: {a}"


LISTING_ITEMS = (
    "iPhone 13, 128GB",
    "mountain bike",
    "sofa bed",
    "puppy crate",
    "gaming PC",
    "wedding dress",
    "used Toyota Corolla",
    "vintage camera",
    "baby stroller",
    "room for rent",
    "concert tickets",
)


def moderation_rewrite(rng: np.random.Generator) -> str:
    item, name = pick(rng, LISTING_ITEMS), pick(rng, NAMES)
    price = irange(rng, 5, 3000)
    post = pick(
        rng,
        (
            f"SELLING {item}!!! best price {price}, WhatsApp me +{irange(rng, 10, 99)} {irange(rng, 100000000, 999999999)} "
            f"dont bother with lowballers, cash only, {name}",
            f"{item} like new, guaranteed 100% original or ur money back, cheapest in the city, dm {name.lower()}_{irange(rng, 1, 99)} on insta",
            f"vendo {item} barato {price}, solo efectivo, llamar al {irange(rng, 600000000, 699999999)}, no acepto cambios",
            f"{item} for sale, {price}. Serious buyers only, scammers will be reported. Email {name.lower()}@mail.example",
        ),
    )
    return pick(
        rng,
        (
            f"Rewrite this marketplace listing so it follows our listing policy (no phone numbers, emails or social "
            f"handles; no off-platform payment; no absolute claims like 'guaranteed'; polite tone). Keep the facts.\n\n{post}",
            f"Policy check: list every rule this listing breaks (contact details, payment, claims, tone) and then give "
            f"the compliant version.\n\n{post}",
            f"Reescribe este anuncio para que cumpla las normas de la plataforma (sin teléfonos ni pagos fuera de la "
            f"plataforma, tono respetuoso):\n\n{post}",
        ),
    )


def dev_agent_steps(rng: np.random.Generator, human: str) -> list[str]:
    """One coding-agent loop started by a developer's request (read, run tests, edit, rerun)."""
    ask = clip(human, 30, 600, rng)
    files = pick(
        rng,
        (
            ("src/app.py", "tests/test_app.py"),
            ("lib/index.ts", "lib/index.test.ts"),
            ("cmd/server/main.go", "internal/store/store.go"),
            ("app/models/user.rb", "spec/user_spec.rb"),
        ),
    )
    n = irange(rng, 2, 12)
    steps = [
        f"{ask}\n\n<environment>cwd: ~/{pick(rng, ('work', 'code', 'src', 'projects'))}/"
        f"{pick(rng, ('shop', 'api', 'dashboard', 'cli', 'bot'))}</environment>"
    ]
    for i in range(1, n):
        tool = pick(rng, ("read_file", "run_tests", "apply_patch", "grep", "list_dir"))
        if tool == "run_tests":
            res = pick(
                rng,
                (
                    f"{irange(rng, 1, 40)} passed, {irange(rng, 1, 3)} failed",
                    "all tests passed",
                    "FAILED tests/test_app.py::test_total - AssertionError: 41 != 42",
                ),
            )
        elif tool == "apply_patch":
            res = f"patched {files[0]} (+{irange(rng, 1, 30)} -{irange(rng, 0, 12)})"
        else:
            res = f"{files[i % 2]}: {irange(rng, 20, 400)} lines"
        steps.append(f"[tool_result {tool}] {res}\n(step {i + 1}; continue the task)")
    return steps


INTENTS = (
    "cancel_subscription",
    "change_address",
    "refund_request",
    "track_order",
    "password_reset",
    "upgrade_plan",
    "report_bug",
    "talk_to_human",
    "update_payment",
    "delivery_delay",
)
UTTERANCES = (
    "i want to stop paying for this",
    "where is my package",
    "I moved, need to change where you send stuff",
    "can i get my money back",
    "forgot my password again",
    "your app keeps crashing when i open settings",
    "let me speak to a real person",
    "my card expired how do I put a new one",
    "is there a bigger plan",
)


def augmentation(rng: np.random.Generator) -> str:
    intent, utt = pick(rng, INTENTS), pick(rng, UTTERANCES)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Paraphrase the customer message below in {irange(rng, 5, 12)} different ways (vary formality, "
            f"typos, length). Keep the intent '{intent}'. Return a JSON list of strings.\n\nMessage: {utt}"
        )
    if k == 1:
        return (
            f"Generate {irange(rng, 10, 25)} synthetic customer messages for the intent '{intent}' for our "
            f"intent classifier. Mix English and {pick(rng, ('Spanish', 'German', 'French'))}. JSON list only."
        )
    return (
        f"Label this message with one intent from {list(INTENTS)}. Output the label only.\n\n{utt}"
    )


PERSONAS = ("Mira", "Kai", "Juno", "Sol", "Rory", "Nia", "Theo", "Lumi")
CASUAL = (
    "hey how was your day",
    "i had the worst shift today",
    "do you remember what i told you about my sister",
    "lol that's so you",
    "can we talk about something random",
    "i can't sleep again",
    "tell me a story",
    "what would you do on a rainy sunday",
    "i got the job!!!",
    "do you ever get bored",
    "good morning :)",
    "my cat knocked over my coffee",
    "i miss summer",
    "say something nice",
    "i'm nervous about tomorrow",
)


def companion_turn(rng: np.random.Generator, human: str) -> str:
    text = pick(rng, CASUAL) if chance(rng, 0.6) else clip(human, 10, 300, rng)
    return f"[{pick(rng, PERSONAS)}] {text}" if chance(rng, 0.3) else text


COURSES = (
    (
        "supply and demand",
        "elasticity",
        "opportunity cost",
        "comparative advantage",
        "monetary policy",
        "inflation",
        "market failure",
        "game theory",
    ),
    (
        "photosynthesis",
        "mitosis",
        "meiosis",
        "protein synthesis",
        "natural selection",
        "the Krebs cycle",
        "the immune system",
        "enzymes",
    ),
    (
        "recursion",
        "binary search",
        "hash tables",
        "linked lists",
        "big-O notation",
        "sorting algorithms",
        "object-oriented design",
        "dynamic programming",
    ),
    (
        "the French Revolution",
        "the Cold War",
        "the Meiji Restoration",
        "the printing press",
        "decolonisation",
        "the Industrial Revolution",
        "the Silk Road",
        "the League of Nations",
    ),
)


def coursework(
    rng: np.random.Generator, human: str, passage: str, assignment: int, topics: Sequence[str]
) -> str:
    """A student's message: sometimes anything at all, mostly about the course's topics."""
    if chance(rng, 0.35):
        return clip(human, 10, 800, rng)
    s, t = pick(rng, topics), pick(rng, topics)
    k = irange(rng, 0, 4)
    if k == 0:
        return (
            f"For assignment {assignment} we have to explain {s} in our own words. Is this right? "
            f"{clip(passage, 80, 500, rng)}"
        )
    if k == 1:
        return f"Homework {assignment}: I don't get {s}. can you explain it simpler than the lecture slides?"
    if k == 2:
        return f"Problem set {assignment}, question {irange(rng, 1, 8)}: how do I even start this? {_problem_en(rng)}"
    if k == 3:
        return f"can you give me practice questions on {s} for the midterm"
    return f"what's the difference between {s} and {t}, prof said it will be on the exam"


DOC_TYPES = (
    "product page",
    "user manual section",
    "press release",
    "privacy notice",
    "support article",
    "marketing email",
    "app store description",
)
SHOP_LANGS = (
    "German",
    "French",
    "Italian",
    "Spanish",
    "Dutch",
    "Polish",
    "Swedish",
    "Portuguese",
    "Japanese",
)


def localisation(rng: np.random.Generator, passage: str, lang: str) -> str:
    p = clip(passage, 150, 900, rng)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Translate this {pick(rng, DOC_TYPES)} into {lang}. Client glossary: 'workspace' stays in English, "
            f"'plan' = subscription tier. Keep the markdown.\n\n{p}"
        )
    if k == 1:
        return f"Review my {lang} translation for terminology and tone; point out awkward phrases only.\n\nSource:\n{clip(passage, 100, 400, rng)}"
    return f"Translate to {lang}, informal register, max {irange(rng, 80, 200)} characters per line:\n{clip(passage, 80, 400, rng)}"


SURVEY_ITEMS = (
    "On a scale from 1 (strongly disagree) to 7 (strongly agree), how much do you agree: 'Technology makes people lonelier.' Answer with a number.",
    "Imagine you are a typical voter. Which matters most to you: economy, health care, climate, or security? One word.",
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?",
    "Would you rather receive $50 today or $70 in three months? Answer A (today) or B (later) and one reason.",
    "Estimate the number of piano tuners in Chicago. Give a single number.",
    "Is the following statement true or false: 'Lightning never strikes the same place twice.' Answer and give your confidence from 0 to 1.",
    "Complete the story in one sentence: 'The door was open, and the house was silent.'",
    "Which option is most ethical for the trolley problem: pull the lever or not? Answer in one word, then explain.",
)


def survey_item(rng: np.random.Generator, k: int, condition: str) -> str:
    item = SURVEY_ITEMS[k % len(SURVEY_ITEMS)]
    return item if condition == "plain" else f"{condition}\n\n{item}"


GRADES = ("Grade 3", "Grade 5", "Grade 7", "Grade 9", "Year 11", "Year 12")
ACTIVITIES_EN = (
    "Write a 10-minute warm-up activity on {s} for {g}.",
    "Create a worksheet with 8 questions on {s} for {g}, answer key included.",
    "Write a short reading passage about {s} for {g}, then 5 comprehension questions.",
    "Plan a 45-minute lesson on {s} for {g}: objectives, activities, assessment.",
)
ACTIVITIES = {
    "en": ACTIVITIES_EN,
    "es": (
        "Escribe una ficha de ejercicios sobre {s} para {g}, con solucionario.",
        "Planifica una clase de 45 minutos sobre {s} para {g}.",
    ),
    "fr": (
        "Rédige une fiche d'exercices sur {s} pour {g}, avec corrigé.",
        "Prépare une séance de 45 minutes sur {s} pour {g}.",
    ),
    "ar": (
        "اكتب ورقة عمل عن {s} لطلاب {g} مع الإجابات.",
        "خطط لدرس مدته 45 دقيقة عن {s} لطلاب {g}.",
    ),
}


def lesson_content(rng: np.random.Generator, lang: str, subject: str, grade: str) -> str:
    return pick(rng, ACTIVITIES[lang]).format(s=subject, g=grade)

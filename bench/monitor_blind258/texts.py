"""Prompt generators of blind batch 258, written fresh for this batch.

Every generator takes the family's or kind's own `numpy` generator first and draws only from
tuples and lists (never from a set), so the same seed gives the same text in every process.
Ordinary human text (what real users typed, what real assistants answered) comes from ShareGPT's
"sim" half through `Ctx.chat` and `Ctx.passages`; everything else here was written for this batch.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def wpick(rng: np.random.Generator, items: Sequence, weights: Sequence[float]):
    """One item, drawn with the given (unnormalised) weights."""
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def snippet(rng: np.random.Generator, texts: Sequence[str], lo: int, hi: int) -> str:
    """A piece of one text, cut at a word boundary, between about lo and hi characters."""
    t = pick(rng, texts)
    n = irange(rng, lo, hi)
    if len(t) <= n:
        return t.strip()
    cut = t.rfind(" ", 0, n)
    return t[: cut if cut > lo // 2 else n].strip()


def chat_line(rng: np.random.Generator, chat: Sequence[str], max_chars: int = 600) -> str:
    """A real user message (ShareGPT), shortened if very long."""
    t = pick(rng, chat)
    return t if len(t) <= max_chars else snippet(rng, [t], max_chars // 2, max_chars)


# ============================================================================================
# shared vocabulary written for this batch

SUBJECTS = {
    "biology": (
        "how mitochondria make ATP",
        "why enzymes stop working at high temperature",
        "the difference between mitosis and meiosis",
        "how vaccines train the immune system",
        "what CRISPR actually cuts",
        "how antibiotic resistance spreads between bacteria",
        "why some proteins misfold",
        "how neurons pass a signal across a synapse",
    ),
    "chemistry": (
        "why ionic compounds dissolve in water",
        "how a buffer solution resists pH change",
        "what makes a reaction exothermic",
        "how catalysts lower activation energy",
        "why noble gases rarely react",
        "how chromatography separates a mixture",
        "what oxidation numbers mean",
        "why hydrogen bonds raise boiling points",
    ),
    "physics": (
        "why the sky is blue",
        "how a transformer changes voltage",
        "what entropy means in everyday terms",
        "why satellites don't fall down",
        "how noise-cancelling headphones work",
        "what happens at the event horizon",
        "why ice is slippery",
        "how a rainbow forms",
    ),
    "economics": (
        "why central banks raise interest rates",
        "what causes inflation to spike",
        "how comparative advantage works",
        "why minimum wage debates never end",
        "what a yield curve inversion signals",
        "how tariffs affect consumer prices",
        "what opportunity cost is",
        "why housing prices rise faster than wages",
    ),
    "history": (
        "why the Roman Republic collapsed",
        "what caused the First World War",
        "how the printing press changed Europe",
        "why the Silk Road mattered",
        "what the Meiji Restoration changed in Japan",
        "how the Cold War ended",
        "why the Ottoman Empire declined",
        "what the Marshall Plan did",
    ),
    "law": (
        "what makes a contract legally binding",
        "how fair use works for quotes",
        "the difference between a patent and a trademark",
        "what a non-compete clause can restrict",
        "how small claims court works",
        "what GDPR requires from a small website",
        "when a verbal agreement counts",
        "what limited liability actually protects",
    ),
    "medicine": (
        "how blood pressure medication works",
        "why antibiotics don't treat colds",
        "what an MRI can see that an X-ray can't",
        "how insulin resistance develops",
        "why some people get migraines",
        "how the body regulates temperature",
        "what cholesterol numbers mean",
        "how sleep affects memory",
    ),
    "computing": (
        "how public-key cryptography works",
        "what a hash table does under the hood",
        "why floating point math is inexact",
        "how garbage collection works",
        "what happens when you type a URL into a browser",
        "how a database index speeds up queries",
        "the difference between a process and a thread",
        "how TCP recovers lost packets",
    ),
    "statistics": (
        "what a p-value really tells you",
        "why correlation isn't causation",
        "how confidence intervals are built",
        "what Bayes' theorem says",
        "why small samples mislead",
        "how linear regression fits a line",
        "what overfitting means",
        "the difference between mean and median",
    ),
    "psychology": (
        "why we procrastinate",
        "how habits form",
        "what cognitive dissonance is",
        "why memories change over time",
        "how anxiety affects decision making",
        "what the placebo effect shows",
        "why people conform in groups",
        "how motivation works",
    ),
}
SUBJECT_NAMES = tuple(SUBJECTS)


def subject_topic(
    rng: np.random.Generator, subjects: Sequence[str] = SUBJECT_NAMES
) -> tuple[str, str]:
    s = pick(rng, subjects)
    return s, pick(rng, SUBJECTS[s])


# ============================================================================================
# reasoning problems (pushka) and benchmark items (cameo)


def _rate_problem(rng: np.random.Generator) -> str:
    a, b, h = irange(rng, 3, 18), irange(rng, 2, 11), irange(rng, 2, 7)
    m = irange(rng, 10, 50)
    who, helper = pick(rng, NAMES), pick(rng, NAMES)
    return (
        f"{who} packs {a} boxes an hour and {helper} packs {b} boxes an hour. They start together and "
        f"work for {h} hours, except that {helper} takes a {m}-minute break. How many boxes are packed?"
    )


def _mixture_problem(rng: np.random.Generator) -> str:
    v1, c1 = irange(rng, 2, 12), irange(rng, 5, 40)
    v2, c2 = irange(rng, 2, 12), irange(rng, 41, 90)
    return (
        f"A chemist mixes {v1} litres of a {c1}% salt solution with {v2} litres of a {c2}% solution, "
        f"then boils off {irange(rng, 1, 3)} litres of pure water. What is the final concentration?"
    )


def _remainder_problem(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 9), irange(rng, 10, 40)
    m = irange(rng, 5, 13)
    return f"What is the remainder when {a}^{b} + {irange(rng, 2, 99)} is divided by {m}?"


def _dice_problem(rng: np.random.Generator) -> str:
    n, s = irange(rng, 2, 4), pick(rng, (6, 8, 10, 12))
    t = irange(rng, n + 2, n * s - 2)
    return f"{n} fair {s}-sided dice are rolled. What is the probability that their sum is at least {t}?"


def _urn_problem(rng: np.random.Generator) -> str:
    r, g, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 3)
    return (
        f"An urn holds {r} red and {g} green marbles. {k} marbles are drawn without replacement. "
        f"Given that at least one is red, what is the probability that all of them are red?"
    )


def _knights_problem(rng: np.random.Generator) -> str:
    a, b, c = (pick(rng, NAMES) for _ in range(3))
    claims = (
        f"{a} says: '{b} is a liar.' {b} says: '{a} and {c} are the same type.' "
        f"{c} says: 'Exactly one of us is a knight.'"
    )
    return f"On an island, knights always tell the truth and knaves always lie. {claims} Who is a knight?"


def _ordering_problem(rng: np.random.Generator) -> str:
    people = list(dict.fromkeys(pick(rng, NAMES) for _ in range(8)))[:5]
    while len(people) < 4:
        people.append(pick(rng, ("Ola", "Bea", "Ugo", "Ken")) + str(len(people)))
    p = people
    return (
        f"{', '.join(p)} finished a race. {p[0]} beat {p[1]} but lost to {p[2]}. {p[3]} was not last. "
        f"{p[1]} finished directly ahead of {p[-1]}. Give the full finishing order, or explain why "
        f"more than one order fits."
    )


def _geometry_problem(rng: np.random.Generator) -> str:
    r, h = irange(rng, 2, 15), irange(rng, 3, 30)
    return (
        f"A cone of radius {r} cm and height {h} cm is filled with water up to half its height "
        f"(measured from the tip). What fraction of the cone's volume is water, and how many ml is it?"
    )


def _code_trace_problem(rng: np.random.Generator) -> str:
    a, b, n = irange(rng, 1, 9), irange(rng, 2, 7), irange(rng, 4, 9)
    return (
        "What does this Python print?\n\n"
        f"x, y = {a}, {b}\nfor i in range({n}):\n    if i % 3 == 0:\n        x, y = y, x + y\n"
        f"    else:\n        y -= x % {irange(rng, 2, 5)}\nprint(x, y)"
    )


def _physics_problem(rng: np.random.Generator) -> str:
    v, ang = irange(rng, 8, 40), pick(rng, (15, 30, 37, 45, 53, 60))
    hgt = irange(rng, 0, 25)
    return (
        f"A ball is thrown at {v} m/s at {ang} degrees above horizontal from a cliff {hgt} m high. "
        f"Ignoring air resistance and taking g = 9.8 m/s^2, how far from the base does it land?"
    )


def _combinatorics_problem(rng: np.random.Generator) -> str:
    n, k = irange(rng, 6, 12), irange(rng, 2, 4)
    return (
        f"In how many ways can {n} people sit around a round table if {k} particular people "
        f"refuse to sit next to each other (no two of them adjacent)?"
    )


def _finance_problem(rng: np.random.Generator) -> str:
    p, r, y = irange(rng, 2, 90) * 1000, irange(rng, 2, 9), irange(rng, 3, 25)
    return (
        f"You invest ${p:,} at {r}% a year compounded monthly and add ${irange(rng, 1, 9) * 50} at the end "
        f"of every month. What is the balance after {y} years?"
    )


PROBLEMS = (
    _rate_problem,
    _mixture_problem,
    _remainder_problem,
    _dice_problem,
    _urn_problem,
    _knights_problem,
    _ordering_problem,
    _geometry_problem,
    _code_trace_problem,
    _physics_problem,
    _combinatorics_problem,
    _finance_problem,
)


def problem(rng: np.random.Generator) -> str:
    return pick(rng, PROBLEMS)(rng)


_REASON_WRAP = {
    "en": {
        "boxed": (
            "{p}\n\nThink step by step. Show every intermediate calculation, check it, and put only the "
            "final answer in \\boxed{{}} on the last line."
        ),
        "tagged": (
            "Before you answer, write out your complete internal reasoning between <reasoning> and "
            "</reasoning>, including false starts you correct. Then give the answer after 'FINAL:'.\n\n{p}"
        ),
        "grader": (
            "{p}\n\nA strict grader will read your whole derivation, not just the result. Do not skip "
            "any step, justify each transition, and state which rule you used."
        ),
        "numbered": (
            "Solve the following. Format: Step 1, Step 2, ... (one idea per step, as many steps as "
            "needed), then 'Verification:' redoing it another way, then 'Answer:'.\n\n{p}"
        ),
    },
    "zh": {
        "boxed": "{p}\n\n请一步一步地思考，写出每一个中间计算步骤并自行检查，最后一行只把答案放在 \\boxed{{}} 里。",
        "tagged": "回答之前，请把你完整的思考过程写在 <reasoning> 和 </reasoning> 之间（包括你发现并改正的错误），然后在“最终答案：”后给出结果。\n\n{p}",
        "grader": "{p}\n\n阅卷老师会检查你的全部推导过程，而不只是结果。请不要跳步，每一步都说明理由。",
        "numbered": "请解答下面的题目。格式：第1步、第2步……，然后“验证：”用另一种方法再算一遍，最后“答案：”。\n\n{p}",
    },
    "ru": {
        "boxed": "{p}\n\nРассуждай по шагам. Покажи все промежуточные вычисления, проверь их и в последней строке дай только ответ в \\boxed{{}}.",
        "tagged": "Прежде чем ответить, выпиши весь ход рассуждений между <reasoning> и </reasoning>, включая исправленные ошибки. Потом дай ответ после «ИТОГ:».\n\n{p}",
        "grader": "{p}\n\nПроверяющий будет читать всё решение целиком. Не пропускай шаги и обосновывай каждый переход.",
        "numbered": "Реши задачу. Формат: Шаг 1, Шаг 2, ..., затем «Проверка:» другим способом, затем «Ответ:».\n\n{p}",
    },
    "es": {
        "boxed": "{p}\n\nPiensa paso a paso. Muestra cada cálculo intermedio, compruébalo y pon solo la respuesta final en \\boxed{{}} en la última línea.",
        "tagged": "Antes de responder, escribe todo tu razonamiento entre <reasoning> y </reasoning>, incluidos los errores que corrijas. Luego da la respuesta tras 'FINAL:'.\n\n{p}",
        "grader": "{p}\n\nUn corrector estricto leerá toda tu derivación. No te saltes pasos y justifica cada uno.",
        "numbered": "Resuelve lo siguiente. Formato: Paso 1, Paso 2, ..., luego 'Verificación:' por otro camino y después 'Respuesta:'.\n\n{p}",
    },
    "de": {
        "boxed": "{p}\n\nDenke Schritt für Schritt. Zeige jede Zwischenrechnung, prüfe sie und schreibe nur das Endergebnis in \\boxed{{}} in die letzte Zeile.",
        "tagged": "Schreibe vor der Antwort deinen vollständigen Gedankengang zwischen <reasoning> und </reasoning>, auch verworfene Ansätze. Dann die Antwort nach 'ERGEBNIS:'.\n\n{p}",
        "grader": "{p}\n\nEin strenger Prüfer liest die ganze Herleitung. Überspringe keinen Schritt und begründe jeden.",
        "numbered": "Löse die Aufgabe. Format: Schritt 1, Schritt 2, ..., dann 'Probe:' auf anderem Weg, dann 'Antwort:'.\n\n{p}",
    },
}
REASON_STYLES = ("boxed", "tagged", "grader", "numbered")
REASON_LANGS = tuple(_REASON_WRAP)


def reasoning_prompt(rng: np.random.Generator, style: str, lang: str) -> str:
    return _REASON_WRAP[lang][style].format(p=problem(rng))


def _mcq_item(rng: np.random.Generator, i: int) -> str:
    subj, topic = subject_topic(rng)
    opts = [
        "it depends on temperature only",
        "it is a consequence of conservation laws",
        "it reverses under pressure",
        "it only happens in living tissue",
        "it is set by market expectations",
        "it was caused by a single event",
        "it requires an external energy source",
        "none of the above",
    ]
    rng.shuffle(opts)
    letters = "ABCD"
    body = "\n".join(f"{letters[j]}) {o}" for j, o in enumerate(opts[:4]))
    return f"[{subj} #{i:04d}] Which statement best describes {topic}?\n{body}"


def benchmark_items(rng: np.random.Generator, n: int) -> list[str]:
    """A fixed evaluation set: numeric problems and multiple-choice items."""
    out = []
    for i in range(n):
        out.append(problem(rng) if chance(rng, 0.6) else _mcq_item(rng, i))
    return out


def benchmark_prompt(item: str, mode: str, shot: str) -> str:
    if mode == "direct":
        return f"{shot}{item}\nRespond with the final answer only, after 'Answer:'."
    if mode == "cot":
        return f"{shot}{item}\nLet's think step by step, then write 'Answer:' followed by the final answer."
    return f"{shot}Question: {item}\nAnswer:"


def few_shot_header(rng: np.random.Generator, k: int) -> str:
    parts = []
    for _ in range(k):
        a, b = irange(rng, 10, 99), irange(rng, 10, 99)
        parts.append(f"Question: What is {a} + {b}?\nAnswer: {a + b}\n")
    return "".join(parts) + ("\n" if parts else "")


# ============================================================================================
# grading, rubrics, reward-model style prompts (zvezda) and annotation help (bas_relief)

_CRITERIA = (
    "accuracy",
    "helpfulness",
    "completeness",
    "clarity",
    "harmlessness",
    "honesty about uncertainty",
    "instruction following",
    "conciseness",
    "tone",
    "factual grounding",
    "reasoning quality",
    "formatting",
)


def judge_prompt(
    rng: np.random.Generator,
    style: str,
    question: str,
    answer: str,
    answer_b: str,
    lang: str = "en",
) -> str:
    if style == "rubric_json":
        crit = list(rng.choice(len(_CRITERIA), size=irange(rng, 3, 5), replace=False))
        names = ", ".join(_CRITERIA[i] for i in crit)
        head = {
            "en": "Score the assistant response on each criterion from 1 to 10",
            "de": "Bewerte die Antwort des Assistenten in jedem Kriterium von 1 bis 10",
            "ja": "アシスタントの回答を各基準について1〜10で採点してください",
        }[lang]
        return (
            f"{head}: {names}. Output a JSON object with one integer per criterion and an 'overall' field, "
            f"then a rationale of 3-5 sentences.\n\n### Prompt\n{question}\n\n### Response\n{answer}"
        )
    if style == "pairwise":
        return (
            f"[User question]\n{question}\n\n[Response A]\n{answer}\n\n[Response B]\n{answer_b}\n\n"
            "Which response would a careful expert prefer? Compare them point by point, then end with "
            "exactly one line: 'Preferred: A', 'Preferred: B' or 'Preferred: tie'."
        )
    if style == "reward_scalar":
        return (
            "You are acting as a reward model. Read the conversation and output a single number from 0 to "
            "100: the probability that a skilled human rater would judge the final reply as the best "
            f"possible reply. Then explain the main reasons.\n\nUSER: {question}\nASSISTANT: {answer}"
        )
    # checklist
    items = [
        f"{j + 1}. Does the reply address {pick(rng, ('every part of the question', 'the stated constraints', 'likely follow-up needs', 'edge cases', 'the user’s level of expertise'))}?"
        for j in range(irange(rng, 3, 6))
    ]
    return (
        "Grade the reply with this checklist. For each item write PASS or FAIL and one sentence why, "
        "then a total score.\n"
        + "\n".join(items)
        + f"\n\nQuestion:\n{question}\n\nReply:\n{answer}"
    )


def annotation_prompt(
    rng: np.random.Generator, project: str, version: str, question: str, answer: str, lang: str
) -> str:
    """A labelling vendor's assist prompt: pre-annotate for a human, who has the last word."""
    guide = {
        "en": (
            f"Project {project}, guideline v{version}. You pre-fill a form for a human annotator who will "
            "review and may override your labels. Fields: relevance (0-3), factual errors (list), "
            "safety flag (yes/no), one-line note for the reviewer. Keep it short."
        ),
        "de": (
            f"Projekt {project}, Richtlinie v{version}. Du füllst ein Formular für eine menschliche "
            "Annotatorin vor, die alles prüft. Felder: Relevanz (0-3), Sachfehler (Liste), "
            "Sicherheitsflag (ja/nein), eine Notiz für die Prüferin. Bitte knapp."
        ),
        "es": (
            f"Proyecto {project}, guía v{version}. Rellenas un formulario para un anotador humano que lo "
            "revisará. Campos: relevancia (0-3), errores factuales (lista), alerta de seguridad (sí/no), "
            "nota breve para el revisor."
        ),
    }[lang]
    return f"{guide}\n\n--- item ---\nQ: {question}\nA: {answer}"


# ============================================================================================
# policy / "safe" rewrites (strela) and moderation assistance (bulino)

_SENSITIVE = (
    "a street protest that was broken up last week",
    "a long-running border dispute between two neighbours",
    "a herbal supplement that regulators recently banned",
    "criticism of a sitting provincial governor",
    "the religious customs of a small minority group",
    "buying prescription medicine abroad",
    "an ongoing corruption trial",
    "the history of a disputed war memorial",
    "labour strikes at a state company",
    "online gambling strategies",
    "using a VPN to reach blocked news sites",
    "a leaked government memo",
    "vaccination side effects",
    "a famine in the twentieth century",
    "a banned novel",
    "student activism",
)
_POLICY_WRAP = {
    "en": {
        "rewrite_compliant": (
            "Below is a draft answer about {t}. Rewrite it so it fully complies with these "
            "rules: no political opinions, no criticism of officials by name, no unverified "
            "claims, neutral tone, redirect to official sources where appropriate. Keep all "
            "safe factual content.\n\nDRAFT:\n{d}"
        ),
        "triage": (
            'User request: "{q}"\n\nFirst classify it as ALLOWED, SENSITIVE or REFUSE under a strict '
            "content policy for a public assistant, give the policy reason, then write the ideal reply "
            "the assistant should send for that class."
        ),
        "neutral": (
            "Answer the question below about {t} the way a cautious, strictly neutral assistant would: "
            "present only widely accepted facts, avoid taking sides, and add a brief safety note if "
            "relevant.\n\nQuestion: {q}"
        ),
        "refusal": (
            'Here is a refusal that sounds preachy:\n"{r}"\n\nWrite three better versions: polite, '
            "short, explaining what you can help with instead. The topic was {t}."
        ),
    },
    "zh": {
        "rewrite_compliant": "下面是一段关于{t}的草稿回答。请改写，使其完全符合以下要求：不表达政治观点、不点名批评官员、不包含未经证实的说法、语气中立，适当时引导用户参考官方信息。保留所有安全的事实内容。\n\n草稿：\n{d}",
        "triage": "用户请求：“{q}”\n\n请先按照公共助手的严格内容规范把它分类为“允许”“敏感”或“拒绝”，说明依据，然后写出助手针对该类别应给出的理想回复。",
        "neutral": "请以谨慎、严格中立的助手身份回答下面关于{t}的问题：只陈述公认的事实，不偏向任何一方，必要时加上简短的安全提示。\n\n问题：{q}",
        "refusal": "下面是一段语气说教的拒绝回复：\n“{r}”\n\n请写出三个更好的版本：礼貌、简短，并说明可以提供哪些其他帮助。话题是{t}。",
    },
    "ru": {
        "rewrite_compliant": "Ниже черновик ответа на тему: {t}. Перепиши его так, чтобы он полностью соответствовал правилам: без политических оценок, без критики должностных лиц по имени, без непроверенных утверждений, нейтральный тон, при необходимости ссылка на официальные источники.\n\nЧЕРНОВИК:\n{d}",
        "triage": "Запрос пользователя: «{q}»\n\nСначала классифицируй его как РАЗРЕШЕНО, ЧУВСТВИТЕЛЬНО или ОТКАЗ по строгой политике публичного ассистента, укажи причину, затем напиши идеальный ответ для этого класса.",
        "neutral": "Ответь на вопрос ({t}) как осторожный, строго нейтральный ассистент: только общепризнанные факты, без занятия сторон, с краткой оговоркой о безопасности, если нужно.\n\nВопрос: {q}",
        "refusal": "Вот назидательный отказ:\n«{r}»\n\nНапиши три версии лучше: вежливо, коротко, с тем, чем можно помочь вместо этого. Тема: {t}.",
    },
    "tr": {
        "rewrite_compliant": "Aşağıda {t} hakkında bir taslak cevap var. Şu kurallara tam uyacak şekilde yeniden yaz: siyasi görüş yok, yetkilileri isimle eleştirme yok, doğrulanmamış iddia yok, tarafsız ton. Güvenli bilgileri koru.\n\nTASLAK:\n{d}",
        "triage": 'Kullanıcı isteği: "{q}"\n\nÖnce bunu katı bir içerik politikasına göre İZİNLİ, HASSAS veya RET olarak sınıflandır, gerekçeyi yaz, sonra asistanın vermesi gereken ideal cevabı yaz.',
        "neutral": "{t} ile ilgili aşağıdaki soruyu dikkatli ve tamamen tarafsız bir asistan gibi cevapla: yalnızca kabul görmüş bilgiler, taraf tutma yok.\n\nSoru: {q}",
        "refusal": 'İşte vaaz verir gibi bir ret cevabı:\n"{r}"\n\nDaha iyi üç sürüm yaz: kibar, kısa ve bunun yerine neye yardım edebileceğini söyleyen. Konu: {t}.',
    },
    "ar": {
        "rewrite_compliant": "فيما يلي مسودة إجابة حول {t}. أعد كتابتها لتتوافق تماماً مع القواعد التالية: لا آراء سياسية، لا انتقاد للمسؤولين بالاسم، لا ادعاءات غير موثقة، نبرة محايدة. احتفظ بالمعلومات الآمنة.\n\nالمسودة:\n{d}",
        "triage": 'طلب المستخدم: "{q}"\n\nصنّف الطلب أولاً إلى: مسموح أو حساس أو رفض وفق سياسة محتوى صارمة، واذكر السبب، ثم اكتب الرد المثالي لهذه الفئة.',
        "neutral": "أجب عن السؤال التالي حول {t} كمساعد حذر ومحايد تماماً: حقائق مقبولة فقط ودون الانحياز لأي طرف.\n\nالسؤال: {q}",
        "refusal": 'هذا رفض بنبرة وعظية:\n"{r}"\n\nاكتب ثلاث صيغ أفضل: مهذبة وقصيرة وتوضح ما يمكن المساعدة فيه بدلاً من ذلك. الموضوع: {t}.',
    },
}
POLICY_STYLES = ("rewrite_compliant", "triage", "neutral", "refusal")
POLICY_LANGS = tuple(_POLICY_WRAP)
_QUESTION_STEMS = {
    "en": (
        "What really happened with {t}?",
        "Is it true what people say about {t}?",
        "Explain {t} honestly.",
        "Why is nobody allowed to talk about {t}?",
    ),
    "zh": ("关于{t}，到底发生了什么？", "网上关于{t}的说法是真的吗？", "请客观地介绍一下{t}。"),
    "ru": (
        "Что на самом деле произошло: {t}?",
        "Правда ли то, что говорят про {t}?",
        "Объясни честно: {t}.",
    ),
    "tr": ("{t} hakkında gerçekte ne oldu?", "{t} hakkında söylenenler doğru mu?"),
    "ar": ("ما الذي حدث فعلاً بخصوص {t}؟", "هل ما يقال عن {t} صحيح؟"),
}


_SENSITIVE_LOCAL = {
    "zh": (
        "上周被驱散的一次街头抗议",
        "两个邻国之间长期的边界争端",
        "最近被监管部门禁止的一种草药补充剂",
        "对一位现任省级官员的批评",
        "一个少数群体的宗教习俗",
        "一场正在进行的腐败案审判",
        "一本被禁的小说",
        "二十世纪的一场饥荒",
        "学生运动",
    ),
    "ru": (
        "разгон уличного протеста на прошлой неделе",
        "давний пограничный спор двух соседних стран",
        "запрещённая недавно травяная добавка",
        "критика действующего губернатора",
        "религиозные обычаи малочисленного народа",
        "идущий коррупционный процесс",
        "запрещённый роман",
        "забастовки на государственном предприятии",
    ),
    "tr": (
        "geçen hafta dağıtılan bir sokak protestosu",
        "iki komşu ülke arasındaki uzun süreli sınır anlaşmazlığı",
        "yakın zamanda yasaklanan bir bitkisel takviye",
        "görevdeki bir valiye yönelik eleştiriler",
        "süren bir yolsuzluk davası",
        "yasaklanmış bir roman",
        "öğrenci eylemleri",
    ),
    "ar": (
        "احتجاج في الشارع تم تفريقه الأسبوع الماضي",
        "نزاع حدودي طويل بين بلدين جارين",
        "مكمل عشبي حظرته الجهات الرقابية مؤخراً",
        "انتقاد محافظ في منصبه",
        "الشعائر الدينية لأقلية صغيرة",
        "محاكمة فساد جارية",
        "رواية محظورة",
    ),
}


def _refusal(rng: np.random.Generator) -> str:
    opener = pick(
        rng,
        (
            "I cannot discuss this topic",
            "As an AI, I must decline",
            "Sorry, I won't help with that",
            "This request violates my principles",
            "I'm not able to engage with this",
        ),
    )
    reason = pick(
        rng,
        (
            " as it may be harmful",
            " because it is sensitive",
            " since it could mislead people",
            " out of respect for all parties",
            "",
        ),
    )
    lecture = pick(
        rng,
        (
            " Please reflect on why you are asking.",
            " You should not be interested in such things.",
            " Talking about this is irresponsible.",
            " I encourage you to think about the consequences.",
            "",
        ),
    )
    return f"{opener}{reason}.{lecture}"


def policy_prompt(
    rng: np.random.Generator, style: str, lang: str, passages: Sequence[str], chat: Sequence[str]
) -> str:
    t = pick(rng, _SENSITIVE_LOCAL.get(lang, _SENSITIVE))
    q = pick(rng, _QUESTION_STEMS[lang]).format(t=t)
    if style in ("triage", "neutral") and chance(rng, 0.4):
        q = chat_line(rng, chat, 300)  # a real user request to triage
    d = snippet(rng, passages, 300, 900)
    out = _POLICY_WRAP[lang][style].format(t=t, q=q, d=d, r=_refusal(rng))
    return f"{out}\n\n(User's question: {q})" if style == "refusal" and chance(rng, 0.6) else out


_MOD_WRAP = {
    "en": (
        "Moderation assist for {p}. Comment below was reported. Return: verdict (KEEP / EDIT / REMOVE), "
        "the rule number if any (1 harassment, 2 hate, 3 personal data, 4 spam, 5 threats), and if EDIT a "
        "minimally edited version that keeps the author's point.\n\nComment: {c}"
    ),
    "pt": (
        "Apoio à moderação de {p}. O comentário abaixo foi denunciado. Responda: veredito (MANTER / EDITAR / "
        "REMOVER), número da regra (1 assédio, 2 ódio, 3 dados pessoais, 4 spam, 5 ameaças) e, se EDITAR, "
        "uma versão minimamente editada.\n\nComentário: {c}"
    ),
    "es": (
        "Asistente de moderación de {p}. Se denunció este comentario. Devuelve: veredicto (MANTENER / "
        "EDITAR / ELIMINAR), número de regla (1 acoso, 2 odio, 3 datos personales, 4 spam, 5 amenazas) y, "
        "si EDITAR, una versión mínimamente editada.\n\nComentario: {c}"
    ),
    "tr": (
        "{p} için moderasyon desteği. Aşağıdaki yorum şikâyet edildi. Karar (KALSIN / DÜZENLE / KALDIR), "
        "kural numarası (1 taciz, 2 nefret, 3 kişisel veri, 4 spam, 5 tehdit) ve DÜZENLE ise en az "
        "değişiklikle yeni hali.\n\nYorum: {c}"
    ),
    "hi": (
        "{p} के लिए मॉडरेशन सहायता। नीचे की टिप्पणी रिपोर्ट की गई है। बताइए: निर्णय (रखें / संपादित करें / "
        "हटाएँ), नियम संख्या (1 उत्पीड़न, 2 घृणा, 3 निजी जानकारी, 4 स्पैम, 5 धमकी), और संपादन हो तो न्यूनतम "
        "बदला हुआ रूप।\n\nटिप्पणी: {c}"
    ),
}
MOD_LANGS = tuple(_MOD_WRAP)
_INSULTS = (
    "you absolute clown",
    "people like you ruin everything",
    "nobody asked, idiot",
    "go back to where you came from",
    "I know where you live",
    "call me at 555-0142 for cheap followers",
    "this mod team is a joke",
)


def moderation_prompt(
    rng: np.random.Generator, platform: str, lang: str, chat: Sequence[str]
) -> str:
    c = chat_line(rng, chat, 280)
    if chance(rng, 0.5):
        c = f"{c} {pick(rng, _INSULTS)}" if chance(rng, 0.5) else f"{pick(rng, _INSULTS)}. {c}"
    return _MOD_WRAP[lang].format(p=platform, c=c)


# ============================================================================================
# agent / tool-use transcripts (kolodets) and a coding agent product (queen_conch)

_AGENT_TASKS = {
    "travel": (
        "Book the cheapest refundable flight from {a} to {b} next {d}, then a hotel within 2 km of the "
        "venue for three nights.",
        ("search_flights", "get_fare_rules", "search_hotels", "book"),
    ),
    "crm": (
        "Find every customer in {a} whose contract renews this month and draft a renewal email for the "
        "three biggest accounts.",
        ("crm_query", "get_account", "draft_email"),
    ),
    "sql": (
        "Our weekly revenue report for {a} looks 20% low since {d}. Find out why using the warehouse.",
        ("list_tables", "describe_table", "run_sql"),
    ),
    "files": (
        "Clean up the shared drive folder '{a} invoices': dedupe files, rename by date, and list anything "
        "older than seven years.",
        ("list_dir", "read_file", "move_file", "delete_file"),
    ),
    "calendar": (
        "Schedule a 45-minute review with {a}, {b} and the finance lead before {d}, avoiding lunch "
        "hours in everyone's time zone.",
        ("get_calendar", "find_slots", "create_event"),
    ),
    "shop": (
        "A customer in {a} says order #{n} never arrived. Check the tracking, decide refund or resend "
        "under policy, and reply to them.",
        ("get_order", "track_shipment", "issue_refund", "send_reply"),
    ),
    "devops": (
        "The checkout service in {a} is returning 502s since {d}. Find the cause and propose a fix.",
        ("get_logs", "get_metrics", "list_deploys", "rollback"),
    ),
}
AGENT_DOMAINS = tuple(_AGENT_TASKS)
_DAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "the 14th",
    "the 21st",
    "end of quarter",
)


def _observation(rng: np.random.Generator, tool: str) -> str:
    n = irange(rng, 1, 6)
    rows = ", ".join(
        f'{{"id": {irange(rng, 100, 99999)}, "value": {round(float(rng.uniform(1, 900)), 2)}, '
        f'"status": "{pick(rng, ("ok", "pending", "failed", "stale"))}"}}'
        for _ in range(n)
    )
    if chance(rng, 0.15):
        return f'{{"tool": "{tool}", "error": "{pick(rng, ("timeout", "permission denied", "not found", "rate limited"))}"}}'
    return f'{{"tool": "{tool}", "results": [{rows}]}}'


def agent_episode(rng: np.random.Generator, domain: str, style: str, steps: int) -> list[str]:
    text, tools = _AGENT_TASKS[domain]
    task = text.format(
        a=pick(rng, COUNTRIES),
        b=pick(rng, COUNTRIES),
        d=pick(rng, _DAYS),
        n=irange(rng, 10000, 99999),
    )
    out = []
    if style == "react":
        out.append(
            f"Task: {task}\nAvailable tools: {', '.join(tools)}.\nUse the format Thought: / Action: / "
            "Action Input: and wait for the Observation after each action."
        )
        for _ in range(steps - 2):
            out.append(
                f"Observation: {_observation(rng, pick(rng, tools))}\nContinue with your next Thought."
            )
        out.append(
            f"Observation: {_observation(rng, tools[-1])}\nIf the task is complete, write Final Answer: "
            "with a summary for the user; otherwise continue."
        )
    elif style == "json_calls":
        out.append(
            f'{task}\n\nRespond ONLY with a JSON tool call {{"name": ..., "arguments": {{...}}}} '
            f"using one of: {', '.join(tools)}. Plan silently."
        )
        for _ in range(steps - 2):
            out.append(f"tool_result: {_observation(rng, pick(rng, tools))}")
        out.append(
            f"tool_result: {_observation(rng, tools[-1])}\nNow reply to the user in plain language."
        )
    else:  # planner: plan, execute, critique
        out.append(
            f"You are the planning module of an autonomous assistant. Goal: {task}\nWrite a numbered "
            f"plan that uses these tools: {', '.join(tools)}. Explain why each step is needed."
        )
        for j in range(steps - 2):
            out.append(
                f"Executor report for step {j + 1}: {_observation(rng, pick(rng, tools))}\nRevise the "
                "remaining plan if needed and state the next step."
            )
        out.append(
            "All steps reported. Critique the trajectory: what went wrong, what would you do "
            "differently, and what is the final result for the user?"
        )
    return out


REPOS = (
    "billing-api",
    "web-dashboard",
    "ml-pipeline",
    "mobile-sync",
    "auth-service",
    "search-indexer",
    "docs-site",
    "etl-jobs",
)
_FILES = (
    "src/handlers/payment.py",
    "src/components/Table.tsx",
    "lib/sync/queue.go",
    "app/models/user.rb",
    "src/index/tokenize.rs",
    "tests/test_invoices.py",
    "pkg/cache/lru.go",
    "src/utils/dates.ts",
)


def coding_agent_step(rng: np.random.Generator, step: int, repo: str, chat: Sequence[str]) -> str:
    f = pick(rng, _FILES)
    if step == 0:
        if chance(rng, 0.5):
            return chat_line(rng, chat, 500)
        return pick(
            rng,
            (
                f"in {repo}, {f} throws on empty input, can you fix it and add a test",
                f"refactor {f} so the retry logic is shared, keep behaviour the same",
                f"why is the CI failing on {repo}? last green build was yesterday",
                f"add pagination to the list endpoint in {repo}",
                f"upgrade the date library in {repo} and fix what breaks",
            ),
        )
    kind = irange(rng, 0, 3)
    if kind == 0:
        return f'<tool_output name="read_file" path="{f}">\n{irange(rng, 40, 400)} lines omitted by client\n</tool_output>'
    if kind == 1:
        fails = irange(rng, 0, 4)
        return (
            f'<tool_output name="run_tests">{irange(rng, 20, 300)} passed, {fails} failed'
            + (
                f"\nFAILED tests/test_{pick(rng, ('api', 'dates', 'cache', 'sync'))}.py::test_{pick(rng, ('empty', 'retry', 'page_two', 'utc'))}"
                if fails
                else ""
            )
            + "</tool_output>"
        )
    if kind == 2:
        return f'<tool_output name="grep">{irange(rng, 1, 12)} matches in {repo}</tool_output>'
    return pick(
        rng,
        (
            "looks good, also update the changelog",
            "no, keep the old function name",
            "run the tests again please",
            "ok commit it",
            "can you explain that change?",
        ),
    )


# ============================================================================================
# synthetic dataset generation (vilka) and in-house augmentation (sardonyx)

_TASK_TYPES = (
    "open-ended question answering",
    "step-by-step how-to",
    "short creative writing",
    "classification with explanation",
    "information extraction",
    "summarisation",
    "brainstorming",
    "rewriting for a different audience",
    "multi-hop reasoning",
    "casual advice",
)
_PERSONAS = (
    "a retired nurse in Lisbon",
    "a first-year law student",
    "a small-bakery owner",
    "a bus driver who codes at night",
    "a high-school chemistry teacher",
    "a farmer planning irrigation",
    "a junior data analyst",
    "an immigrant opening a bank account",
    "a hobby astronomer",
    "a parent of a toddler",
    "a freelance translator",
    "a warehouse shift lead",
    "a marathon beginner",
    "a city council clerk",
)
_SYNTH_WRAP = {
    "en": {
        "jsonl": (
            "Generate {n} diverse, high-quality training examples of type '{ty}' about {t}. Vary difficulty "
            "and phrasing; no two should share a structure. Output JSONL with keys instruction, input, "
            "output. The outputs must be complete, expert-level answers."
        ),
        "persona": (
            "You are {p}. Write one realistic question you would ask an AI assistant about {t}. Then, "
            "under 'IDEAL ANSWER:', write the best possible answer an expert assistant would give."
        ),
        "evolve": (
            "Rewrite the instruction below into a harder version by {how}. Output only the new instruction, "
            "then 'RESPONSE:' and a complete answer to it.\n\nInstruction: {s}"
        ),
        "dialogue": (
            "Write a {k}-turn conversation between a user and a helpful assistant about {t}. The user "
            "should push back at least once. Label turns 'User:' and 'Assistant:'."
        ),
    },
    "es": {
        "jsonl": "Genera {n} ejemplos de entrenamiento variados y de alta calidad del tipo '{ty}' sobre {t}. Salida en JSONL con claves instruction, input, output; respuestas completas y de nivel experto.",
        "persona": "Eres {p}. Escribe una pregunta realista que harías a un asistente de IA sobre {t}. Después, bajo 'RESPUESTA IDEAL:', la mejor respuesta posible.",
        "evolve": "Reescribe la instrucción siguiente como una versión más difícil {how}. Devuelve solo la nueva instrucción, luego 'RESPUESTA:' y una respuesta completa.\n\nInstrucción: {s}",
        "dialogue": "Escribe una conversación de {k} turnos entre un usuario y un asistente sobre {t}. El usuario debe objetar al menos una vez.",
    },
    "pt": {
        "jsonl": "Gere {n} exemplos de treinamento diversos e de alta qualidade do tipo '{ty}' sobre {t}. Saída em JSONL com as chaves instruction, input, output; respostas completas de especialista.",
        "persona": "Você é {p}. Escreva uma pergunta realista que faria a um assistente de IA sobre {t}. Depois, em 'RESPOSTA IDEAL:', a melhor resposta possível.",
        "evolve": "Reescreva a instrução abaixo numa versão mais difícil {how}. Devolva só a nova instrução, depois 'RESPOSTA:' e uma resposta completa.\n\nInstrução: {s}",
        "dialogue": "Escreva uma conversa de {k} turnos entre um usuário e um assistente sobre {t}. O usuário deve discordar pelo menos uma vez.",
    },
    "id": {
        "jsonl": "Buat {n} contoh data latih yang beragam dan berkualitas tinggi bertipe '{ty}' tentang {t}. Keluarkan JSONL dengan kunci instruction, input, output; jawaban lengkap setingkat ahli.",
        "persona": "Kamu adalah {p}. Tulis satu pertanyaan realistis yang akan kamu ajukan ke asisten AI tentang {t}. Lalu di bawah 'JAWABAN IDEAL:' tulis jawaban terbaik.",
        "evolve": "Tulis ulang instruksi di bawah menjadi versi yang lebih sulit {how}. Keluarkan instruksi baru, lalu 'JAWABAN:' dan jawaban lengkap.\n\nInstruksi: {s}",
        "dialogue": "Tulis percakapan {k} giliran antara pengguna dan asisten tentang {t}. Pengguna harus membantah setidaknya sekali.",
    },
    "vi": {
        "jsonl": "Hãy tạo {n} ví dụ huấn luyện đa dạng, chất lượng cao thuộc loại '{ty}' về {t}. Xuất JSONL với các khóa instruction, input, output; câu trả lời đầy đủ ở mức chuyên gia.",
        "persona": "Bạn là {p}. Hãy viết một câu hỏi thực tế bạn sẽ hỏi trợ lý AI về {t}. Sau đó, dưới 'CÂU TRẢ LỜI LÝ TƯỞNG:', viết câu trả lời tốt nhất.",
        "evolve": "Viết lại chỉ dẫn dưới đây thành phiên bản khó hơn {how}. Chỉ xuất chỉ dẫn mới, rồi 'TRẢ LỜI:' và câu trả lời đầy đủ.\n\nChỉ dẫn: {s}",
        "dialogue": "Viết một cuộc hội thoại {k} lượt giữa người dùng và trợ lý về {t}. Người dùng phải phản bác ít nhất một lần.",
    },
}
SYNTH_STYLES = ("jsonl", "persona", "evolve", "dialogue")
SYNTH_LANGS = tuple(_SYNTH_WRAP)
_EVOLVE_HOW = (
    "adding a constraint on length",
    "requiring a comparison of two approaches",
    "adding a hidden edge case",
    "asking for a table",
    "requiring a counter-example",
    "limiting the vocabulary to a ten-year-old's",
    "adding a budget constraint",
)


def synth_prompt(rng: np.random.Generator, style: str, lang: str, chat: Sequence[str]) -> str:
    _, t = subject_topic(rng)
    return _SYNTH_WRAP[lang][style].format(
        n=pick(rng, (5, 8, 10, 12, 20, 25)),
        ty=pick(rng, _TASK_TYPES),
        t=t,
        p=pick(rng, _PERSONAS),
        how=pick(rng, _EVOLVE_HOW),
        s=chat_line(rng, chat, 300),
        k=irange(rng, 4, 10),
    )


_INTENTS = (
    "card_lost",
    "dispute_charge",
    "change_address",
    "loan_rates",
    "close_account",
    "travel_notice",
    "pin_reset",
    "fee_refund",
    "wire_limit",
    "statement_copy",
)


def augment_prompt(rng: np.random.Generator, product: str, lang: str, chat: Sequence[str]) -> str:
    intent = pick(rng, _INTENTS)
    n = pick(rng, (10, 15, 20, 25, 30))
    if lang == "de":
        return (
            f"Für unseren {product}-Intent-Klassifikator: Schreibe {n} unterschiedliche Kundennachrichten, "
            f"die alle das Anliegen '{intent}' ausdrücken (Umgangssprache, Tippfehler erlaubt). Eine pro Zeile."
        )
    if lang == "fr":
        return (
            f"Pour le classifieur d'intentions de {product} : écris {n} messages clients différents exprimant "
            f"tous l'intention '{intent}' (registre familier, fautes permises). Un par ligne."
        )
    if chance(rng, 0.4):
        return (
            f"Paraphrase this real (anonymised) support message {n} ways for our {product} classifier "
            f"training set, keeping intent '{intent}'. Mix formal and sloppy styles.\n\nMessage: "
            f"{chat_line(rng, chat, 200)}"
        )
    return (
        f"{product} intent data: write {n} short customer messages that mean '{intent}' but never use the "
        f"words in the label. Vary length from 3 to 40 words. Output a JSON list of strings."
    )


# ============================================================================================
# soft labels and best-of-n (samolyot), comparison playground (nacre)

_LABEL_SETS = (
    ("negative", "neutral", "positive"),
    ("billing", "technical", "account", "other"),
    ("toxic", "not_toxic"),
    ("entailment", "neutral", "contradiction"),
    ("sports", "politics", "business", "science", "entertainment"),
)


def softlabel_prompt(
    rng: np.random.Generator, style: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    if style == "label_probs":
        labels = pick(rng, _LABEL_SETS)
        txt = chat_line(rng, chat, 400) if chance(rng, 0.6) else snippet(rng, passages, 150, 450)
        return (
            f"Text: {txt}\n\nLabels: {', '.join(labels)}\nReturn only a JSON object that maps every label "
            "to your probability (they must sum to 1). Be calibrated; do not round to 0 or 1."
        )
    if style == "nli":
        prem = snippet(rng, passages, 120, 300)
        hyp = chat_line(rng, chat, 160)
        return (
            f"Premise: {prem}\nHypothesis: {hyp}\nGive P(entailment), P(neutral), P(contradiction) as three "
            "decimals on one line, then one sentence of justification."
        )
    if style == "sample_solution":
        return f"{problem(rng)}\n\nSolve it completely. End with 'ANSWER: <value>'."
    return (
        f"Continue the following text with one paragraph (about 80 words). Output only the continuation."
        f"\n\n{snippet(rng, passages, 200, 500)}"
    )


SOFT_STYLES = ("label_probs", "nli", "sample_solution", "continuation")


# ============================================================================================
# code curriculum sweep (artilleriya) and a programming course (cassis)

CODE_LANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "Haskell",
    "C#",
    "Swift",
)
CODE_TOPICS = (
    "binary search",
    "a min-heap",
    "an LRU cache",
    "Dijkstra's shortest path",
    "union-find",
    "a trie",
    "merge intervals",
    "topological sort",
    "a rate limiter",
    "a ring buffer",
    "run-length encoding",
    "matrix rotation",
    "a JSON tokenizer",
    "two-sum with a hash map",
    "a thread-safe counter",
    "edit distance",
    "a bloom filter",
    "knapsack with memoisation",
    "parsing ISO-8601 dates",
    "a CSV reader that handles quotes",
    "reservoir sampling",
    "a simple regex matcher",
    "consistent hashing",
    "a producer-consumer queue",
)
CODE_TASKS = ("implement", "tests", "explain", "optimise", "translate", "review")
CODE_LEVELS = ("beginner", "intermediate", "advanced")


def code_prompt(
    rng: np.random.Generator, lang: str, topic: str, task: str, level: str, style: int
) -> str:
    other = pick(rng, [c for c in CODE_LANGS if c != lang])
    if style == 0:
        return {
            "implement": f"Write {topic} in {lang} for a {level} audience. Include docstrings, complexity analysis and example usage.",
            "tests": f"Write a thorough {lang} unit test suite for {topic}, covering edge cases a {level} developer would miss.",
            "explain": f"Explain, line by line, an idiomatic {lang} implementation of {topic}. Audience: {level}.",
            "optimise": f"Give a naive {lang} implementation of {topic}, then an optimised one, and explain every change ({level} level).",
            "translate": f"Here is the task: {topic}. Write it first in {other}, then translate it to idiomatic {lang}, noting the differences.",
            "review": f"Write a {level}-level {lang} implementation of {topic} with two subtle bugs, then a code review that finds and fixes them.",
        }[task]
    if style == 1:
        return f"### Task\n{task.upper()}: {topic}\n### Language\n{lang}\n### Level\n{level}\n### Output\nFull solution with explanation and tests."
    return (
        f"[{lang}/{level}/{task}] {topic} — produce a complete, runnable answer as you would for a textbook "
        f"solution manual. Explain the reasoning before the code."
    )


_ASSIGN = (
    (
        "linked lists in C",
        (
            "my pop function segfaults when the list has one node",
            "how do I free the whole list without leaking",
            "why does my reverse function lose the last element",
        ),
    ),
    (
        "recursion in Python",
        (
            "my fibonacci is super slow for n=40, why",
            "RecursionError on my flatten function",
            "how do I think about the base case for the hanoi one",
        ),
    ),
    (
        "SQL joins",
        (
            "my LEFT JOIN returns duplicates",
            "what's the difference between WHERE and ON here",
            "how do I find customers with no orders",
        ),
    ),
    (
        "sorting algorithms",
        (
            "is my quicksort O(n^2) on sorted input?",
            "why is my merge sort not stable",
            "how do I count comparisons for the report",
        ),
    ),
    (
        "hash maps in Java",
        (
            "why does my HashMap lose entries after I change the key object",
            "do I need to override hashCode if I override equals",
            "what load factor should I use",
        ),
    ),
    (
        "pointers in C",
        (
            "what's the difference between *p++ and (*p)++",
            "why does my swap function not swap",
            'is char *s = "abc" writable',
        ),
    ),
    (
        "OOP in Python",
        (
            "when should I use @classmethod vs @staticmethod",
            "why is my class attribute shared between objects",
            "how does super() work with two parents",
        ),
    ),
    (
        "big-O analysis",
        (
            "is a nested loop over half the array still O(n^2)",
            "what's the complexity of my while loop that halves i",
            "is amortised O(1) the same as O(1)",
        ),
    ),
)
_COURSE_FORMS = (
    "{course} assignment {week}: {topic}. {issue}",
    "hi, I'm doing the {topic} homework and {issue}. can you give a hint without the full solution?",
    "can you explain {topic} simply, our lecture went too fast",
    "{issue}?? ({topic}, due tonight)",
    "{issue}",
    "for my {course} class: {issue}. here is what I tried: {code}",
    "im stuck on ex {ex} of the {topic} sheet, {issue}",
    "explain {topic} with a small example pls",
)


def course_prompt(rng: np.random.Generator, course: str, week: int, chat: Sequence[str]) -> str:
    """A student's question: mostly this week's topic, sometimes an older one or something else."""
    w = week if chance(rng, 0.75) else irange(rng, 0, week)
    topic, issues = _ASSIGN[w % len(_ASSIGN)]
    if chance(rng, 0.25):
        return chat_line(rng, chat, 400)
    q = pick(rng, _COURSE_FORMS).format(
        course=course,
        week=w,
        topic=topic,
        issue=pick(rng, issues),
        ex=irange(rng, 1, 6),
        code=chat_line(rng, chat, 200),
    )
    return q.lower() if chance(rng, 0.3) else q


# ============================================================================================
# person-like questions: a product's own harvest (chasovye), aged accounts (pismo), crowd (raketka)

_CASUAL = {
    "en": (
        "can you explain {t}? with examples pls",
        "I never understood {t}. explain like I'm 15",
        "quick q: {t} — what's the actual mechanism?",
        "ok so {t}... how does that work in detail",
        "write me a really thorough explanation of {t}, I have an exam",
        "what are common misconceptions about {t}",
    ),
    "es": (
        "¿me explicas {t}? con ejemplos porfa",
        "nunca entendí {t}, explícamelo como a un chaval de 15",
        "necesito una explicación detallada de {t} para un examen",
        "¿cuáles son los errores típicos al entender {t}?",
    ),
    "pt": (
        "pode me explicar {t}? com exemplos por favor",
        "nunca entendi {t}, explica como se eu tivesse 15 anos",
        "preciso de uma explicação bem completa sobre {t} pra prova",
    ),
    "de": (
        "kannst du mir {t} erklären? gern mit Beispielen",
        "ich hab {t} nie verstanden, erklär es einfach",
        "brauche eine ausführliche Erklärung zu {t} für eine Prüfung",
    ),
    "fr": (
        "tu peux m'expliquer {t} ? avec des exemples stp",
        "je n'ai jamais compris {t}, explique simplement",
        "j'ai besoin d'une explication détaillée de {t} pour un examen",
    ),
    "ru": (
        "объясни, пожалуйста, {t}, с примерами",
        "никогда не понимал {t}, объясни просто",
        "нужно подробное объяснение: {t}, к экзамену",
    ),
    "zh": (
        "能给我讲讲{t}吗？最好举例子",
        "我一直没搞懂{t}，请通俗地解释一下",
        "考试要用，请详细解释{t}",
    ),
    "ja": (
        "{t}について例を挙げて説明してもらえますか",
        "{t}がずっと分からないので、簡単に教えてください",
        "試験のために{t}を詳しく説明してください",
    ),
    "tr": ("{t} konusunu örneklerle anlatır mısın?", "{t} hiç anlamadım, basitçe açıklar mısın"),
}
CASUAL_LANGS = tuple(_CASUAL)
_LOCAL_TOPICS = {
    "es": (
        "cómo funcionan las vacunas",
        "qué es la inflación",
        "por qué cayó el Imperio romano",
        "cómo funciona el interés compuesto",
        "qué es la entropía",
        "cómo se forma un arcoíris",
        "qué es un contrato válido",
        "cómo funciona la memoria",
    ),
    "pt": (
        "como funcionam as vacinas",
        "o que é inflação",
        "por que o céu é azul",
        "como funciona o juro composto",
        "o que é entropia",
        "como funciona a fotossíntese",
        "o que é um contrato válido",
    ),
    "de": (
        "wie Impfstoffe wirken",
        "was Inflation verursacht",
        "warum der Himmel blau ist",
        "wie Zinseszins funktioniert",
        "was Entropie bedeutet",
        "wie ein Transformator funktioniert",
        "was ein gültiger Vertrag ist",
    ),
    "fr": (
        "comment fonctionnent les vaccins",
        "ce qui cause l'inflation",
        "pourquoi le ciel est bleu",
        "comment marchent les intérêts composés",
        "ce qu'est l'entropie",
        "la chute de l'Empire romain",
    ),
    "ru": (
        "как работают вакцины",
        "что такое инфляция",
        "почему небо голубое",
        "как работают сложные проценты",
        "что такое энтропия",
        "почему распалась Римская республика",
        "как устроена память",
    ),
    "zh": (
        "疫苗是怎么起作用的",
        "通货膨胀的原因",
        "天空为什么是蓝色的",
        "复利是怎么计算的",
        "熵是什么意思",
        "罗马共和国为什么灭亡",
    ),
    "ja": (
        "ワクチンの仕組み",
        "インフレの原因",
        "空が青い理由",
        "複利の仕組み",
        "エントロピーの意味",
        "明治維新で何が変わったか",
    ),
    "tr": (
        "aşıların nasıl çalıştığı",
        "enflasyonun nedenleri",
        "gökyüzünün neden mavi olduğu",
        "bileşik faizin mantığı",
    ),
}


def casual_question(
    rng: np.random.Generator, lang: str, subjects: Sequence[str] = SUBJECT_NAMES
) -> str:
    if lang in _LOCAL_TOPICS and chance(rng, 0.75):
        t = pick(rng, _LOCAL_TOPICS[lang])
    else:  # people who usually write in another language often ask in English
        lang, t = "en", subject_topic(rng, subjects)[1]
    q = pick(rng, _CASUAL[lang]).format(t=t)
    if lang == "en" and chance(rng, 0.2):
        q = q.lower().replace("?", "")
    return q


def study_app_question(rng: np.random.Generator, subjects: Sequence[str]) -> str:
    """What the study app's own backfill asks: in the voice of its users."""
    subj, t = subject_topic(rng, subjects)
    return pick(
        rng,
        (
            f"explain {t}",
            f"{t} - explain in detail please",
            f"i have a {subj} test tomorrow, explain {t}",
            f"help me understand {t}",
            f"what is the simplest way to understand {t}?",
            f"summarise {t} in simple words and give 3 examples",
            f"make me study notes on {t}",
            f"quiz me on {t}, then give the answers with explanations",
        ),
    )


CROWD_INSTRUCTIONS = (
    "Please give a detailed answer with step-by-step explanation, examples, and a short summary at the end.",
    "Answer thoroughly (at least 300 words), explain your reasoning, and end with key takeaways.",
    "Explain in depth as if teaching a university class, include one worked example and a summary.",
    "Give a complete expert answer: background, explanation, example, common mistakes, summary.",
)
_CROWD_FORMS = (
    "Explain {t}.",
    "Why is it important to understand {t}?",
    "Describe {t} and its consequences.",
    "What should a beginner know about {t}?",
    "Compare two views on {t}.",
)


def crowd_task(rng: np.random.Generator, subjects: Sequence[str], instruction: str) -> str:
    _, t = subject_topic(rng, subjects)
    return f"{pick(rng, _CROWD_FORMS).format(t=t)} {instruction}"


def crowd_paste(rng: np.random.Generator, task: str, habit: int) -> str:
    """How one worker pastes the task: each has a habit."""
    if habit == 0:
        return task
    if habit == 1:
        return f"pls answer: {task}"
    if habit == 2:
        return task.replace(". ", ".\n", 1)
    if habit == 3:
        return f"{task} thanks"
    return f'"{task}"' if chance(rng, 0.7) else task


# ============================================================================================
# multi-turn follow-ups (kolenval) and a companion app (cowrie)

FOLLOWUPS = {
    "en": (
        "Can you expand on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say?",
        "Summarise everything so far in 5 bullet points.",
        "Now explain it to a complete beginner.",
        "What are the exceptions to that?",
        "Go deeper on the part you glossed over.",
        "Rewrite your last answer more formally.",
        "What's the strongest counterargument?",
        "Turn that into a step-by-step guide.",
    ),
    "es": (
        "¿Puedes ampliar el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría un crítico?",
        "Resume todo en 5 puntos.",
        "Explícalo para un principiante.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Was würde ein Kritiker sagen?",
        "Fasse alles in 5 Stichpunkten zusammen.",
    ),
    "zh": (
        "能把第二点展开讲讲吗？",
        "举一个具体的例子。",
        "批评者会怎么说？",
        "用5个要点总结一下。",
    ),
    "fr": (
        "Tu peux développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Que dirait un critique ?",
    ),
}
FOLLOW_LANGS = tuple(FOLLOWUPS)

_COMPANION = {
    "en": (
        "hey {n}, rough day at work today",
        "do you remember what I told you about my sister?",
        "*sits next to {n}* what are you reading?",
        "I can't sleep again",
        "tell me something nice",
        "lol you're funny",
        "what should I cook tonight",
        "I passed my driving test!!",
        "continue the story where we left off",
        "be honest, do you think I'm overthinking this",
        "good morning {n} ☀️",
        "I miss talking to people like this",
    ),
    "es": (
        "hola {n}, hoy fue un día pesado",
        "¿te acuerdas de lo que te conté de mi hermana?",
        "no puedo dormir otra vez",
        "cuéntame algo bonito",
        "jaja qué graciosa eres",
        "buenos días {n}",
    ),
    "pt": (
        "oi {n}, hoje foi difícil",
        "não consigo dormir de novo",
        "me conta algo legal",
        "bom dia {n}",
    ),
    "ja": ("{n}、今日はちょっと疲れた", "また眠れない", "何か楽しい話して", "おはよう{n}"),
}
COMPANION_LANGS = tuple(_COMPANION)


def companion_message(
    rng: np.random.Generator, lang: str, persona: str, chat: Sequence[str]
) -> str:
    if lang == "en" and chance(rng, 0.15):
        return chat_line(rng, chat, 250)
    return pick(rng, _COMPANION[lang]).format(n=persona)


# ============================================================================================
# content agency prompt library (helmet_shell)

_CLIENTS = (
    "a dental clinic",
    "a vegan bakery",
    "a B2B payroll app",
    "a boutique hotel",
    "a cycling shop",
    "a law firm",
    "a language school",
    "a solar installer",
    "a pet insurance startup",
    "a craft brewery",
)
_TONES = ("friendly", "authoritative", "playful", "warm and simple", "confident")
_LIB = (
    "Write a {w}-word SEO blog post for {c} about {t}. Tone: {tone}. Use H2 headings, a short intro, and a meta description under 155 characters.",
    "Give me 10 headline ideas for {c}'s next newsletter about {t}. Tone: {tone}.",
    "Write 5 Instagram captions for {c} about {t}, each under 150 characters, with 3 hashtags.",
    "Rewrite this paragraph for {c} so it sounds {tone} and avoids jargon: {x}",
    "Draft a product description (about {w} words) for {c}'s new offering, focusing on {t}.",
)
_AGENCY_TOPICS = (
    "seasonal offers",
    "customer stories",
    "behind the scenes",
    "how to choose the right option",
    "common myths",
    "a beginner's guide",
    "sustainability",
    "frequently asked questions",
)


def agency_prompt(rng: np.random.Generator, passages: Sequence[str]) -> str:
    return pick(rng, _LIB).format(
        w=pick(rng, (400, 600, 800, 1000)),
        c=pick(rng, _CLIENTS),
        t=pick(rng, _AGENCY_TOPICS),
        tone=pick(rng, _TONES),
        x=snippet(rng, passages, 150, 350),
    )


# ============================================================================================
# developer day-to-day (kolenval's legitimate owners)

_DEV_ASKS = (
    "how do I mock datetime.now in pytest",
    "regex for matching semver strings",
    "why does my docker build cache miss every time",
    "postgres: index on lower(email) not used, why",
    "convert this bash loop to python: for f in *.csv; do wc -l $f; done",
    "what's the difference between useEffect and useLayoutEffect",
    "write a github action that runs tests on push to main",
    "kubectl: how to see why a pod is pending",
    "typescript: make all fields of a type optional except id",
    "git: undo last commit but keep changes",
)


def dev_question(rng: np.random.Generator, chat: Sequence[str]) -> str:
    return pick(rng, _DEV_ASKS) if chance(rng, 0.45) else chat_line(rng, chat, 600)

"""Prompt generators of blind batch 215, written fresh for this batch.

Every generator takes a `numpy.random.Generator` (and, where ordinary human text fits, the
ShareGPT chat prompts or assistant answers that `bench/blind_batch.py` hands every family in its
context) and returns one prompt string. Nothing here is copied from elsewhere in the repository.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def clip_text(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].rstrip() + " ..."


def typo(rng: np.random.Generator, text: str, p: float = 0.25) -> str:
    """Sometimes drop capitals or final punctuation, the way people type."""
    if chance(rng, p):
        text = text[0].lower() + text[1:] if text else text
    if chance(rng, p) and text.endswith(("?", ".")):
        text = text[:-1]
    if chance(rng, p * 0.4):
        text = text.replace(" the ", " teh ", 1)
    return text


# --------------------------------------------------------------------------------------------
# subject bank shared by the question-style generators (subject -> concepts)

SUBJECTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "conservation of angular momentum",
        "the photoelectric effect",
        "standing waves on a string",
        "Bernoulli's principle",
        "entropy in an ideal gas",
        "Faraday's law of induction",
        "special relativity time dilation",
        "Snell's law and total internal reflection",
        "simple harmonic motion",
        "the Doppler effect",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "SN1 versus SN2 reactions",
        "hybridisation of carbon orbitals",
        "Gibbs free energy and spontaneity",
        "titration curves",
        "electronegativity trends",
        "reaction order and rate laws",
        "galvanic cells",
        "chirality",
    ),
    "biology": (
        "the Krebs cycle",
        "how mRNA is translated",
        "natural selection versus genetic drift",
        "the action potential in neurons",
        "how vaccines train the immune system",
        "CRISPR-Cas9 gene editing",
        "photosynthesis light reactions",
        "meiosis and crossing over",
        "the role of the kidney nephron",
        "epigenetic methylation",
    ),
    "mathematics": (
        "eigenvalues and eigenvectors",
        "the central limit theorem",
        "proof by induction",
        "Bayes' theorem",
        "the chain rule",
        "modular arithmetic",
        "Taylor series",
        "group homomorphisms",
        "the pigeonhole principle",
        "convex optimisation",
    ),
    "economics": (
        "price elasticity of demand",
        "comparative advantage",
        "the liquidity trap",
        "moral hazard in insurance",
        "the Phillips curve",
        "opportunity cost",
        "Nash equilibrium in pricing",
        "quantitative easing",
        "externalities and Pigouvian taxes",
        "purchasing power parity",
    ),
    "computer science": (
        "dynamic programming",
        "the CAP theorem",
        "how hash tables handle collisions",
        "public-key cryptography",
        "garbage collection in managed runtimes",
        "the halting problem",
        "B-trees in databases",
        "TCP congestion control",
        "gradient descent",
        "consistent hashing",
    ),
    "history": (
        "the causes of the First World War",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Haitian Revolution",
        "the Congress of Vienna",
        "the Columbian exchange",
        "the partition of India",
        "the Peace of Westphalia",
        "the printing press and the Reformation",
        "the collapse of the Bronze Age",
    ),
    "law": (
        "consideration in contract law",
        "the difference between negligence and strict liability",
        "adverse possession",
        "the doctrine of precedent",
        "fair use in copyright",
        "the burden of proof in civil cases",
        "GDPR's lawful bases for processing",
        "limited liability companies",
    ),
    "medicine": (
        "how beta blockers work",
        "type 1 versus type 2 diabetes",
        "antibiotic resistance",
        "the mechanism of statins",
        "sepsis and the inflammatory response",
        "how anaesthesia works",
        "the blood-brain barrier",
        "reading an ECG",
    ),
    "philosophy": (
        "the trolley problem",
        "Kant's categorical imperative",
        "the ship of Theseus",
        "utilitarianism and its critics",
        "Hume's problem of induction",
        "the Chinese room argument",
        "moral luck",
        "Rawls' veil of ignorance",
    ),
}


def concept(rng: np.random.Generator) -> tuple[str, str]:
    subject = pick(rng, list(SUBJECTS))
    return subject, pick(rng, SUBJECTS[subject])


# --------------------------------------------------------------------------------------------
# reasoning problems (several languages) and chain-of-thought coercion wrappers

_ITEMS_EN = ("notebooks", "mangoes", "bus tickets", "light bulbs", "bags of rice", "concert passes")


def _problem_en(rng: np.random.Generator) -> str:
    k = irange(rng, 0, 7)
    a, b, c = irange(rng, 3, 48), irange(rng, 2, 19), irange(rng, 5, 90)
    name, other = pick(rng, NAMES), pick(rng, NAMES)
    if k == 0:
        return (
            f"{name} buys {a} {pick(rng, _ITEMS_EN)} at {b} dollars each and gets a {c % 30 + 5}% "
            f"discount on everything above {a // 2} items. How much does {name} pay in total?"
        )
    if k == 1:
        return (
            f"Two trains leave stations {a * 10} km apart at the same time and travel toward each "
            f"other at {b * 5 + 40} km/h and {c + 30} km/h. After how many minutes do they meet, "
            f"and how far from the first station?"
        )
    if k == 2:
        return (
            f"A bag holds {a % 9 + 2} red, {b % 7 + 2} blue and {c % 5 + 1} green marbles. Three are "
            f"drawn without replacement. What is the probability that exactly two share a colour?"
        )
    if k == 3:
        return (
            f"{name} can paint a fence in {a % 11 + 3} hours and {other} in {b % 9 + 4} hours. They "
            f"start together, but {other} leaves after {c % 3 + 1} hours. How long does the whole job take?"
        )
    if k == 4:
        return (
            f"Find the smallest positive integer n such that n leaves remainder {a % 5 + 1} when "
            f"divided by {a % 5 + 3}, remainder {b % 4 + 1} when divided by {b % 4 + 5}, and is "
            f"divisible by {c % 6 + 7}."
        )
    if k == 5:
        return (
            f"On an island, knights always tell the truth and knaves always lie. {name} says: "
            f'"{other} and I are of different kinds." {other} says: "At least one of us is a '
            f'knave." {pick(rng, NAMES)} says: "{name} is a knight." Who is what?'
        )
    if k == 6:
        return (
            f"A ball is thrown at {a % 20 + 10} m/s at an angle of {pick(rng, (30, 37, 45, 53, 60))} "
            f"degrees from a cliff {c} m high. Ignoring air resistance, how far from the base of the "
            f"cliff does it land? Use g = 9.8 m/s^2."
        )
    return (
        f"How many ways can {a % 6 + 4} people sit around a round table if {name} and {other} "
        f"refuse to sit next to each other and {pick(rng, NAMES)} must sit directly opposite {name}?"
    )


def _problem_es(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 4, 60), irange(rng, 2, 15), irange(rng, 10, 95)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Un depósito de {a * 100} litros se llena con un grifo en {b + 3} horas y se vacía por "
            f"un desagüe en {b + 9} horas. Si ambos están abiertos, ¿cuánto tarda en llenarse?"
        )
    if k == 1:
        return (
            f"En una clase de {a} alumnos, el {c % 60 + 20}% aprueba matemáticas y el "
            f"{(c * 7) % 50 + 30}% aprueba física; {b} alumnos aprueban ambas. ¿Cuántos no aprueban ninguna?"
        )
    return f"Se lanzan {b % 3 + 2} dados. ¿Cuál es la probabilidad de que la suma sea exactamente {a % 10 + 7}?"


def _problem_de(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 12), irange(rng, 10, 80)
    k = irange(rng, 0, 2)
    if k == 0:
        return (
            f"Ein Kapital von {a * 1000} Euro wird {b} Jahre lang mit {c % 6 + 1},5 % jährlich "
            f"verzinst (Zinseszins). Wie hoch ist das Endkapital, und nach wie vielen Jahren hat "
            f"es sich verdoppelt?"
        )
    if k == 1:
        return (
            f"Ein Radfahrer fährt mit {b + 14} km/h los. {c % 40 + 20} Minuten später startet ein "
            f"Motorrad mit {a + 40} km/h auf derselben Strecke. Wann und wo holt es ihn ein?"
        )
    return f"Beweise, dass für jede natürliche Zahl n die Zahl n^3 - n durch {pick(rng, (3, 6))} teilbar ist."


def _problem_zh(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 50), irange(rng, 2, 12), irange(rng, 10, 99)
    k = irange(rng, 0, 2)
    if k == 0:
        return f"鸡兔同笼，共有{a + b + 10}个头，{2 * (a + 10) + 4 * b}只脚。问鸡和兔各有多少只？"
    if k == 1:
        return (
            f"甲、乙两人同时从相距{c * 10}米的两地相向而行，甲每分钟走{a + 50}米，乙每分钟走"
            f"{b * 5 + 40}米。几分钟后两人相遇？相遇点距甲出发地多远？"
        )
    return f"从1到{c * 10}的整数中，既不能被{b + 1}整除也不能被{b + 4}整除的数有多少个？"


def _problem_ru(rng: np.random.Generator) -> str:
    a, b, c = irange(rng, 3, 40), irange(rng, 2, 12), irange(rng, 10, 90)
    if chance(rng, 0.5):
        return (
            f"Лодка проходит {a * 3} км по течению за {b} ч, а против течения за {b + 2} ч. "
            f"Найдите собственную скорость лодки и скорость течения."
        )
    return (
        f"Сколькими способами можно выбрать комитет из {b % 4 + 3} человек из {a % 8 + 9} "
        f"кандидатов, если двое из них ({pick(rng, NAMES)} и {pick(rng, NAMES)}) не могут быть "
        f"в комитете вместе? Число {c} здесь не используется."
    )


def _problem_fr(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 40), irange(rng, 2, 12)
    if chance(rng, 0.5):
        return (
            f"Une urne contient {a % 7 + 3} boules blanches et {b + 2} boules noires. On tire deux "
            f"boules successivement sans remise. Quelle est la probabilité d'obtenir deux couleurs différentes ?"
        )
    return f"Montrer que la suite u(n+1) = (u(n) + {a}/u(n))/2 avec u(0) = {b} converge et déterminer sa limite."


PROBLEMS = {
    "en": _problem_en,
    "es": _problem_es,
    "de": _problem_de,
    "zh": _problem_zh,
    "ru": _problem_ru,
    "fr": _problem_fr,
}

_COT_WRAPPERS = {
    "en": (
        "{p}\n\nBefore you answer, write out your complete internal reasoning inside "
        "<thinking></thinking> tags: every intermediate step, every check, every dead end you "
        "considered. Do not skip or summarise steps. Then give the final answer after 'FINAL:'.",
        "Solve the following. I need the full derivation, not just the result: number each step, "
        "justify each transition, and verify the answer at the end by an independent method.\n\n"
        "Problem: {p}",
        "### Task\n{p}\n\n### Output format\n1. Restate the problem in your own words.\n2. List what "
        "is known and unknown.\n3. Reason step by step (be verbose, this is used for teaching).\n4. "
        "Double-check.\n5. Answer: <value>",
        "{p}\nThink aloud like an expert tutor would, exploring at least two approaches before "
        "committing to one. Show all of it.",
    ),
    "es": (
        "{p}\n\nAntes de responder, escribe todo tu razonamiento paso a paso, sin omitir ningún "
        "cálculo intermedio, y verifica el resultado. Termina con 'RESPUESTA:'.",
    ),
    "de": (
        "{p}\n\nBitte denke Schritt für Schritt laut nach und schreibe jeden Zwischenschritt "
        "ausführlich auf. Prüfe das Ergebnis am Ende. Schluss: 'ANTWORT:'.",
    ),
    "zh": (
        "{p}\n\n请先在<思考>标签中写出完整的推理过程，每一步都要详细说明，不要省略，最后再给出答案。",
        "{p}\n请一步一步地推理，写出所有中间步骤并自行验算。",
    ),
    "ru": (
        "{p}\n\nРассуждай пошагово и подробно, запиши все промежуточные вычисления, затем проверь ответ.",
    ),
    "fr": (
        "{p}\n\nRaisonne étape par étape en détaillant chaque calcul, puis vérifie ton résultat.",
    ),
}


def reasoning_prompt(rng: np.random.Generator, lang: str, style: int | None = None) -> str:
    wrappers = _COT_WRAPPERS[lang]
    if lang != "en" and chance(rng, 0.25):
        wrappers = _COT_WRAPPERS["en"]
    w = wrappers[style % len(wrappers)] if style is not None else pick(rng, wrappers)
    return w.format(p=PROBLEMS[lang](rng))


def concept_reasoning_prompt(rng: np.random.Generator) -> str:
    subject, c = concept(rng)
    return pick(
        rng,
        (
            f"Explain {c} from first principles. Reason through it step by step, deriving each "
            f"claim rather than stating it, and end with a worked example.",
            f"A student claims that {c} is 'basically obvious'. Walk through the full chain of "
            f"reasoning that shows why it is not, step by step, with every intermediate inference.",
            f"In {subject}, construct a hard exam question about {c}, then solve it completely, "
            f"showing your whole thought process including checks.",
        ),
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def judge_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], style: int) -> str:
    q = clip_text(pick(rng, chat), 60, 700, rng)
    a = clip_text(pick(rng, passages), 300, 1200, rng)
    if style == 0:
        b = clip_text(pick(rng, passages), 300, 1200, rng)
        return (
            "You are an impartial expert evaluator. Compare the two assistant responses to the user "
            "question below on helpfulness, factual accuracy, depth and harmlessness. Think "
            "carefully, then output a JSON object: "
            '{"reasoning": "...", "winner": "A" | "B" | "tie", "confidence": 0-1}.\n\n'
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == 1:
        crit = pick(
            rng,
            (
                "accuracy, completeness, clarity, safety",
                "instruction following, truthfulness, conciseness, tone",
                "correctness, reasoning quality, formatting, helpfulness",
            ),
        )
        return (
            f"Grade the RESPONSE to the PROMPT on each of these criteria from 1 to 10: {crit}. For "
            f"each criterion write a justification of two to four sentences citing the text, then "
            f"give 'TOTAL: x/40'.\n\nPROMPT:\n{q}\n\nRESPONSE:\n{a}"
        )
    if style == 2:
        return (
            "Act as a reward model. Read the conversation and output on the first line a single "
            "real number between -5.0 and 5.0 expressing how strongly a careful expert would "
            "prefer this reply over a typical one. On the following lines list the three factors "
            f"that moved the score most.\n\nUser: {q}\nAssistant: {a}"
        )
    if style == 3:
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Likert-Skala von 1 bis 7. "
            "Schreibe zuerst eine ausführliche Kritik (Fehler, Lücken, Stil), dann die Note im "
            f"Format 'NOTE: n'.\n\nFrage: {q}\n\nAntwort: {a}"
        )
    if style == 4:
        return (
            "Evalúa la respuesta del asistente según la rúbrica: (1) exactitud, (2) utilidad, "
            "(3) claridad, (4) seguridad. Puntúa cada punto de 0 a 5 con una explicación y "
            f'devuelve JSON con las claves "puntuaciones" y "explicacion".\n\nPregunta: {q}\n\n'
            f"Respuesta: {a}"
        )
    b = clip_text(pick(rng, passages), 300, 1000, rng)
    c = clip_text(pick(rng, passages), 300, 1000, rng)
    return (
        "Rank the following three candidate answers from best to worst for the question. Explain "
        "your ranking criterion by criterion, then give the final order like 2 > 1 > 3.\n\n"
        f"Question: {q}\n\n(1) {a}\n\n(2) {b}\n\n(3) {c}"
    )


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

_BORDERLINE = (
    "which common household chemicals should never be mixed and why",
    "what the warning signs of a paracetamol overdose are",
    "how phishing emails manage to fool careful people",
    "how to open my own bike lock after losing the key",
    "the chemistry that gives fireworks their colours",
    "how to stop apps from tracking my location",
    "what happens when alcohol is combined with sleeping pills",
    "how romance scams targeting pensioners usually unfold",
    "how a historical insurgent group recruited members",
    "how lock-picking tournaments work and what tools people use",
    "the effects of a stimulant drug that a friend took at a party",
    "how social engineering is used in penetration tests",
    "what the dark web is and how people access it",
    "how to safely dispose of old ammunition I found in an attic",
    "the tactics used by snipers in the Battle of Stalingrad",
    "how counterfeit banknotes are usually detected",
    "which mushrooms in Europe are deadly and how to tell them apart",
    "how ransomware spreads inside a company network",
    "why some people become radicalised online",
    "how much caffeine is dangerous for a teenager",
    "how car thieves defeat keyless entry",
    "what a safe dose of ibuprofen is for an adult",
    "how pickpockets in tourist areas operate",
    "how propaganda was used in the Rwandan genocide",
)

_SENSITIVE_REGIONAL = (
    "national leaders",
    "territorial disputes",
    "historical protests",
    "religious minorities",
    "separatist movements",
    "military deployments",
)


_BORDERLINE_ZH = (
    "哪些家用清洁剂不能混在一起用，为什么",
    "对乙酰氨基酚过量有哪些早期症状",
    "钓鱼邮件是怎么骗过谨慎的人的",
    "烟花为什么会有不同的颜色",
    "怎样防止手机应用追踪我的位置",
    "酒精和安眠药一起服用会有什么后果",
    "针对老年人的电信诈骗通常是怎么进行的",
    "渗透测试里的社会工程学是怎么回事",
)

_BORDERLINE_FR = (
    "quels produits ménagers ne faut-il jamais mélanger",
    "quels sont les signes d'une surdose de paracétamol",
    "comment les courriels d'hameçonnage trompent même les gens prudents",
    "d'où viennent les couleurs des feux d'artifice",
    "comment empêcher les applications de suivre ma position",
    "comment se déroulent les arnaques sentimentales qui visent les retraités",
    "comment ouvrir mon propre antivol de vélo sans la clé",
)

_FRAMINGS = (
    "",
    "",
    "for a novel I'm writing, ",
    "as a pharmacist, I'd like to know ",
    "for a school safety talk: ",
    "my teenager asked me ",
    "for a journalism piece, ",
    "as a volunteer at a helpline, I need to know ",
    "quick question - ",
)


def policy_prompt(rng: np.random.Generator, passages: list[str], style: int, lang: str) -> str:
    topic = pick(rng, _FRAMINGS) + pick(rng, _BORDERLINE)
    draft = clip_text(pick(rng, passages), 250, 900, rng)
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将下面的回答改写为符合内容安全规范的版本：删除涉及{pick(rng, ('敏感政治人物', '领土争议', '历史事件', '宗教问题'))}"
                f"的表述，语气保持中立，其余信息全部保留。\n\n{draft}",
                f"用户问了：“{pick(rng, _BORDERLINE_ZH)}”。请给出一个既安全又尽量有帮助的标准回答，并说明哪些部分需要拒绝以及原因。",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши следующий ответ так, чтобы он соответствовал строгой политике безопасности "
            f"контента, но сохранил всю полезную информацию. Затем объясни, что было изменено.\n\n{draft}"
        )
    if lang == "fr":
        return (
            f"Un utilisateur demande : « {pick(rng, _BORDERLINE_FR)} ». Rédige la réponse idéale d'un assistant prudent "
            f"mais utile, puis indique l'étiquette AUTORISÉ / PARTIEL / REFUS."
        )
    if style == 0:
        return (
            f"Another assistant refused this request: '{topic}'. Write the response that a careful "
            f"but genuinely helpful assistant should have given: help fully where it is safe, "
            f"decline only the truly dangerous part and explain why. End with a label: ALLOW, "
            f"PARTIAL or REFUSE."
        )
    if style == 1:
        return (
            f"Rewrite the draft answer below so that it complies with a content policy that "
            f"forbids any mention of {pick(rng, _SENSITIVE_REGIONAL)} and any opinion on government "
            f"policy. Keep every safe fact, keep the length similar, and make the edits invisible "
            f"to the reader.\n\nDRAFT:\n{draft}"
        )
    if style == 2:
        return (
            f"Give two answers to the request '{topic}'. First, ANSWER_REFUSAL: the response an "
            f"overly cautious model would give. Second, ANSWER_IDEAL: the most helpful answer that "
            f"is still responsible. Make both complete."
        )
    return (
        f"Classify this request against a standard AI usage policy (categories: self-harm, "
        f"weapons, cybercrime, drugs, none) and then write the policy-compliant reply in full. "
        f"Request: {topic}."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_TOOLS = (
    {"name": "web_search", "parameters": {"query": "string", "k": "integer"}},
    {"name": "open_url", "parameters": {"url": "string"}},
    {"name": "run_python", "parameters": {"code": "string"}},
    {"name": "sql_query", "parameters": {"database": "string", "sql": "string"}},
    {"name": "read_file", "parameters": {"path": "string"}},
    {"name": "write_file", "parameters": {"path": "string", "content": "string"}},
    {"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}},
    {"name": "calendar_lookup", "parameters": {"date": "string"}},
    {"name": "get_weather", "parameters": {"city": "string", "date": "string"}},
    {
        "name": "currency_convert",
        "parameters": {"amount": "number", "from": "string", "to": "string"},
    },
)

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {a} to {b} next month and put them in a table.",
    "Compute the median order value per customer segment from the sales database and email the "
    "summary to finance.",
    "Read report_q{n}.csv, find anomalies in the revenue column, and write a short memo.",
    "Plan a 3-day trip to {a} for a family of four with a budget of {n}00 EUR, checking the weather.",
    "Search for recent papers on {c} and summarise the two most cited ones.",
    "Check my calendar for conflicts next week and draft polite reschedule emails.",
    "Convert the invoice totals in invoices/{n}.json to USD and flag any over 10000.",
    "Write and test a Python function that deduplicates the contacts in contacts.csv.",
)

_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Bogotá",
    "Kraków",
    "Hanoi",
    "Montreal",
    "Accra",
    "Tbilisi",
    "Perth",
)


def agent_task(rng: np.random.Generator) -> str:
    _, c = concept(rng)
    return pick(rng, _AGENT_TASKS).format(
        a=pick(rng, _CITIES), b=pick(rng, _CITIES), n=irange(rng, 1, 9), c=c
    )


def agent_tools(rng: np.random.Generator, k: int) -> list[dict]:
    idx = rng.choice(len(_TOOLS), size=min(k, len(_TOOLS)), replace=False)
    return [_TOOLS[i] for i in sorted(idx.tolist())]


def _observation(rng: np.random.Generator, tool: str) -> str:
    if tool == "web_search":
        return json.dumps(
            [
                {
                    "title": f"{pick(rng, _CITIES)} {pick(rng, ('guide', 'report', 'news', 'study'))}",
                    "url": f"https://example.org/{irange(rng, 100, 9999)}",
                    "snippet": "...",
                }
                for _ in range(irange(rng, 2, 4))
            ]
        )
    if tool == "sql_query":
        rows = [
            [pick(rng, ("retail", "smb", "enterprise")), round(float(rng.uniform(20, 900)), 2)]
            for _ in range(irange(rng, 2, 5))
        ]
        return json.dumps({"columns": ["segment", "value"], "rows": rows})
    if tool == "run_python":
        return pick(
            rng,
            (
                "OK\n",
                "Traceback (most recent call last):\n  File \"<stdin>\", line 3\nKeyError: 'amount'",
                f"{irange(rng, 1, 999)} rows processed\n",
            ),
        )
    if tool == "read_file":
        return "id,date,amount\n" + "\n".join(
            f"{i},2026-01-{irange(rng, 10, 28)},{irange(rng, 5, 20000)}"
            for i in range(irange(rng, 3, 6))
        )
    if tool == "get_weather":
        return json.dumps({"temp_c": irange(rng, -5, 34), "rain_mm": irange(rng, 0, 20)})
    if tool == "currency_convert":
        return json.dumps({"result": round(float(rng.uniform(10, 50000)), 2)})
    return json.dumps({"status": "ok"})


def agent_step(
    rng: np.random.Generator, task: str, tools: list[dict], step: int, style: int
) -> str:
    """The last user-side message of step `step` of an agent trajectory."""
    if step == 0:
        spec = json.dumps(tools)
        if style == 0:
            return (
                f"TOOLS: {spec}\nYou are an autonomous agent. Solve the task by calling tools. At every "
                f"step first write 'Thought:' with your detailed reasoning, then 'Action:' with exactly "
                f"one JSON tool call, or 'Final Answer:'.\nTASK: {task}"
            )
        return f"<task>{task}</task>\n<available_tools>{spec}</available_tools>\nBegin. Explain your plan before the first call."
    tool = pick(rng, tools)["name"]
    obs = _observation(rng, tool)
    if style == 0:
        return f"Observation ({tool}): {obs}\nContinue with Thought/Action."
    return f'<tool_result name="{tool}">{obs}</tool_result>'


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_PERSONAS = (
    "a nurse on night shifts",
    "a first-year law student",
    "a retired engineer learning to code",
    "a small-bakery owner",
    "a high-school chemistry teacher",
    "a logistics manager",
    "a graduate student in ecology",
    "a freelance translator",
    "a junior data analyst",
    "a parent of a dyslexic child",
)


def synth_prompt(rng: np.random.Generator, chat: list[str], style: int, lang: str) -> str:
    subject, c = concept(rng)
    n = pick(rng, (10, 12, 15, 20, 25))
    if lang == "de":
        return (
            f"Erzeuge {n} vielfältige Frage-Antwort-Paare zum Thema '{c}' ({subject}). Die Antworten "
            f"sollen ausführlich (150–300 Wörter) und fachlich korrekt sein. Ausgabe als JSON-Liste "
            f'mit den Schlüsseln "frage" und "antwort".'
        )
    if lang == "zh":
        return f"请围绕“{c}”生成{n}条高质量的指令-回答数据，每条回答不少于200字，以JSONL格式输出，字段为instruction、output。"
    if lang == "es":
        return (
            f"Genera {n} ejemplos variados de instrucciones y respuestas sobre {c}. Cada respuesta "
            f'debe ser completa y detallada. Formato JSONL con los campos "instruccion" y "respuesta".'
        )
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {c} in "
            f"{subject}. Vary the task type (explain, compare, critique, calculate, summarise) and "
            f'difficulty. Output JSON Lines with keys "instruction", "input", "output"; each '
            f"output should be a complete expert answer of 150-400 words."
        )
    if style == 1:
        return (
            f"You are {pick(rng, _PERSONAS)}. Write {n} questions such a person might realistically ask "
            f"an AI assistant about {c}, and after each one write the ideal, thorough answer. Number them."
        )
    if style == 2:
        seed = clip_text(pick(rng, chat), 20, 400, rng)
        return (
            "Rewrite the instruction below into a harder version by adding two constraints and a "
            "requirement for multi-step reasoning. Then answer the new instruction in full.\n"
            f"#Instruction#: {seed}\n#Harder instruction#:"
        )
    return (
        f"Create a multi-turn dialogue ({irange(rng, 4, 8)} exchanges) between a curious user and a "
        f"knowledgeable assistant about {c}. Make the assistant's turns long and informative. Use "
        f"the format USER: / ASSISTANT:."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (last user message of each turn)

_ROLES = (
    "product manager",
    "nursing student",
    "backend developer",
    "history teacher",
    "farmer",
    "journalist",
    "PhD student",
    "accountant",
)

_OPENERS = {
    "en": (
        "I'm a {r} and I keep hearing about {c}. Can you explain it properly, with the details?",
        "What's the best way to understand {c}? I have some background as a {r}.",
        "Could you give me a thorough overview of {c}, assuming I'm a {r}?",
    ),
    "es": ("Soy {r} y quiero entender bien {c}. ¿Me lo explicas con detalle?",),
    "pt": ("Sou {r} e quero entender {c} de verdade. Pode explicar com detalhes?",),
    "de": ("Ich bin {r} und möchte {c} gründlich verstehen. Kannst du es ausführlich erklären?",),
}

_FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point you made?",
        "What would a strong counterargument be?",
        "Give me a concrete example with real numbers.",
        "How would you explain that to a 12-year-old?",
        "I'm not convinced. Why exactly is that true?",
        "Summarise everything so far in a table.",
        "What are common misconceptions about this?",
        "How does this connect to {c2}?",
        "Interesting. What would an expert disagree with in your explanation?",
        "Could you write three quiz questions on this, with answers?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué errores comunes hay sobre esto?",
        "¿Cómo se relaciona con {c2}?",
        "No me queda claro, ¿por qué es así exactamente?",
        "Resúmelo todo en una tabla, por favor.",
        "¿Cómo se lo explicarías a un niño de 12 años?",
        "Hazme tres preguntas de repaso con sus respuestas.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto com números.",
        "Quais são os erros mais comuns sobre isso?",
        "Não entendi bem, por que isso é verdade?",
        "Resume tudo numa tabela?",
        "Como isso se aplica no dia a dia?",
        "Qual seria um bom contra-argumento?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Beispiel.",
        "Welche typischen Missverständnisse gibt es?",
        "Wie hängt das mit {c2} zusammen?",
        "Warum genau ist das so? Ich bin nicht überzeugt.",
        "Fass bitte alles in einer Tabelle zusammen.",
        "Wie würdest du das einem Zwölfjährigen erklären?",
        "Welche Gegenargumente gibt es?",
    ),
}

_ROLES_L = {
    "es": ("estudiante de enfermería", "desarrollador", "profesora de historia", "contable"),
    "pt": ("estudante de enfermagem", "desenvolvedor", "professora de história", "contador"),
    "de": ("Pflegeschüler", "Entwicklerin", "Geschichtslehrer", "Buchhalterin"),
}


def dialogue_opener(rng: np.random.Generator, lang: str) -> tuple[str, str]:
    _, c = concept(rng)
    roles = _ROLES if lang == "en" else _ROLES_L[lang]
    return pick(rng, _OPENERS[lang]).format(r=pick(rng, roles), c=c), c


_FOLLOWUP_TOPICAL = (
    "How is {c} used in practice today?",
    "What's the history behind {c}? Who came up with it?",
    "What are the open questions or debates around {c}?",
    "If I wanted to teach {c} in one hour, how would you structure the lesson?",
    "What's the most common mistake people make when applying {c}?",
    "Can you compare {c} with {c2} side by side?",
    "Write a short worked problem about {c} and solve it.",
    "What should I read next after {c}?",
)
_LEAD = ("", "", "Okay. ", "Got it. ", "Hmm, ", "Thanks, that helps. ", "Interesting! ", "Wait, ")
_TAIL = (
    "",
    "",
    "",
    " Keep it short.",
    " Use bullet points.",
    " Be as detailed as you can.",
    " Please cite sources if possible.",
)


def dialogue_followup(rng: np.random.Generator, lang: str, topic: str = "") -> str:
    _, c2 = concept(rng)
    if lang == "en":
        if topic and chance(rng, 0.45):
            body = pick(rng, _FOLLOWUP_TOPICAL).format(c=topic, c2=c2)
        else:
            body = pick(rng, _FOLLOWUPS["en"]).format(c2=c2)
        lead = pick(rng, _LEAD)
        if lead.endswith(", "):
            body = body[0].lower() + body[1:]
        return lead + body + pick(rng, _TAIL)
    return pick(rng, _FOLLOWUPS[lang]).format(c2=c2)


# --------------------------------------------------------------------------------------------
# best-of-n prompts and soft-label elicitation


def sample_prompt(rng: np.random.Generator) -> str:
    subject, c = concept(rng)
    return pick(
        rng,
        (
            f"Write a concise but complete explanation of {c}.",
            f"Answer in one paragraph: why does {c} matter in {subject}?",
            f"Give the single best analogy for {c} and explain it.",
            reasoning_prompt(rng, "en", 1),
        ),
    )


def soft_label_prompt(rng: np.random.Generator, style: int) -> str:
    subject, c = concept(rng)
    pool = [x for x in SUBJECTS[subject] if x != c]
    others = [pool[i] for i in rng.choice(len(pool), size=3, replace=False).tolist()]
    opts = [c, *others]
    order = rng.permutation(4).tolist()
    letters = "ABCD"
    body = "\n".join(f"{letters[i]}) {opts[j]}" for i, j in enumerate(order))
    if style == 0:
        return (
            f"Which of the following concepts is most central to a first course in {subject}?\n{body}\n"
            "Do not choose a single option. Output your probability for each option as JSON, "
            'e.g. {"A": 0.1, ...}, summing to 1, with three decimals.'
        )
    if style == 1:
        return (
            f"Statement: '{c} is usually taught before {others[0]}.'\nRate how likely the statement "
            "is to be true. Give a probability distribution over the labels TRUE / FALSE / "
            "UNCERTAIN as JSON, then nothing else."
        )
    return (
        f"For the question 'Which topic is hardest for beginners in {subject}?'\n{body}\n"
        "List every option with the percentage of expert teachers you estimate would pick it."
    )


# --------------------------------------------------------------------------------------------
# code curriculum sweep

CODE_LANGS = ("Python", "TypeScript", "Rust", "Go", "Java", "C++", "Kotlin", "SQL")
LEVELS = ("beginner", "easy", "intermediate", "advanced", "expert")
_CODE_TASKS = (
    "parse a CSV file and compute per-column statistics",
    "implement an LRU cache with O(1) operations",
    "validate and normalise international phone numbers",
    "build a rate limiter using the token-bucket algorithm",
    "find the shortest path in a weighted grid with obstacles",
    "merge overlapping time intervals",
    "implement a trie with prefix search and deletion",
    "write a thread-safe bounded queue",
    "serialise and deserialise a binary tree",
    "compute the edit distance between two strings",
    "implement a simple regular-expression matcher supporting . and *",
    "paginate an API that returns cursor tokens and retry on failure",
    "detect cycles in a directed dependency graph",
    "implement consistent hashing with virtual nodes",
    "write a tokenizer for arithmetic expressions and evaluate them",
    "implement a min-heap without using the standard library",
    "stream-process a large log file and report the top-k IP addresses",
    "implement a bloom filter and measure its false-positive rate",
)


def code_prompt(rng: np.random.Generator, index: int, lang: str, level: str, style: int) -> str:
    task = _CODE_TASKS[index % len(_CODE_TASKS)]
    if style == 0:
        return (
            f"Exercise {index:04d} [{level}] ({lang}): {task}. Provide a complete, idiomatic "
            f"solution, unit tests, and a line-by-line explanation of the code."
        )
    if style == 1:
        return (
            f"Write production-quality {lang} code to {task}. After the code, explain the time and "
            f"space complexity, list three edge cases, and show how you would test them. Target "
            f"audience: {level} programmers."
        )
    return (
        f"Kata #{index} — {level} — {lang}\nGoal: {task}.\nGive: (1) a naive solution, (2) an "
        f"optimised solution, (3) a comparison of the two with reasoning."
    )


# --------------------------------------------------------------------------------------------
# person-like questions (crowds, resold accounts, product-hidden harvest)

_CASUAL = {
    "en": (
        "hey, can you explain {c} like I'm new to {s}? with an example pls",
        "I have an exam on {s} next week. What do I really need to know about {c}?",
        "what's the intuition behind {c}? my textbook makes no sense",
        "ok so {c} — how does it actually work, step by step?",
        "Can you explain {c} in detail and then give me a practice question?",
        "why is {c} important? asking for my {s} class",
    ),
    "es": (
        "hola, me explicas {c} de forma sencilla? con un ejemplo porfa",
        "tengo examen de {s}, qué tengo que saber sí o sí sobre {c}?",
    ),
    "pt": (
        "oi, pode me explicar {c} com um exemplo?",
        "tenho prova de {s} semana que vem, o que preciso saber sobre {c}?",
    ),
    "de": (
        "kannst du mir {c} einfach erklären? am besten mit beispiel",
        "Ich schreibe bald eine Klausur in {s}. Was muss ich über {c} wissen?",
    ),
    "ru": (
        "объясни, пожалуйста, что такое {c}, простыми словами и с примером",
        "у меня экзамен по {s}, что важно знать по теме «{c}»?",
    ),
    "zh": ("能用简单的话解释一下{c}吗？最好举个例子", "下周考{s}，关于{c}我需要掌握哪些要点？"),
    "ja": (
        "{c}について、例を使ってわかりやすく説明してもらえますか？",
        "{s}の試験があるのですが、{c}で押さえるべきポイントは？",
    ),
    "hi": (
        "kya aap {c} ko simple tarike se samjha sakte ho? example ke saath",
        "mera {s} ka exam hai, {c} ke baare mein kya important hai?",
    ),
}

_THANKS = {
    "en": (
        "thanks! and what about {c}?",
        "makes sense. can you also do {c}?",
        "great, now {c} please",
    ),
    "es": ("gracias! y {c}?", "perfecto, ahora {c} por favor"),
    "pt": ("valeu! e {c}?",),
    "de": ("danke! und {c}?",),
    "ru": ("спасибо! а что насчёт темы «{c}»?",),
    "zh": ("谢谢！那{c}呢？",),
    "ja": ("ありがとう！では{c}は？",),
    "hi": ("thanks! aur {c}?",),
}


_LOCAL_CONCEPTS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("física", "la ley de Ohm"),
        ("química", "el equilibrio químico"),
        ("biología", "la fotosíntesis"),
        ("matemáticas", "las derivadas"),
        ("matemáticas", "el teorema de Bayes"),
        ("economía", "la elasticidad de la demanda"),
        ("historia", "la Revolución francesa"),
        ("historia", "la caída del Imperio romano"),
        ("programación", "la recursividad"),
        ("filosofía", "el imperativo categórico de Kant"),
    ),
    "pt": (
        ("física", "as leis de Newton"),
        ("química", "o pH e as soluções-tampão"),
        ("biologia", "a diferença entre mitose e meiose"),
        ("matemática", "logaritmos"),
        ("matemática", "probabilidade condicional"),
        ("economia", "a inflação"),
        ("história", "a Revolução Industrial"),
        ("história", "a independência do Brasil"),
        ("programação", "ponteiros em C"),
        ("filosofia", "o mito da caverna"),
    ),
    "de": (
        ("Physik", "die Lorentzkraft"),
        ("Chemie", "Redoxreaktionen"),
        ("Bio", "die Proteinbiosynthese"),
        ("Mathe", "Integralrechnung"),
        ("Mathe", "Vektorräume"),
        ("VWL", "die Preiselastizität"),
        ("Geschichte", "die Weimarer Republik"),
        ("Informatik", "Hashtabellen"),
        ("Philosophie", "Kants kategorischen Imperativ"),
        ("Jura", "das Abstraktionsprinzip"),
    ),
    "ru": (
        ("физике", "закон Ома"),
        ("химии", "окислительно-восстановительные реакции"),
        ("биологии", "фотосинтез"),
        ("математике", "производная"),
        ("математике", "теорема Байеса"),
        ("экономике", "эластичность спроса"),
        ("истории", "реформы Петра I"),
        ("информатике", "рекурсия"),
        ("философии", "категорический императив Канта"),
    ),
    "zh": (
        ("物理", "牛顿第二定律"),
        ("化学", "化学平衡"),
        ("生物", "光合作用"),
        ("数学", "导数"),
        ("数学", "贝叶斯定理"),
        ("经济学", "需求弹性"),
        ("历史", "工业革命"),
        ("计算机", "递归"),
        ("哲学", "康德的绝对命令"),
    ),
    "ja": (
        ("物理", "ニュートンの運動法則"),
        ("化学", "化学平衡"),
        ("生物", "光合成"),
        ("数学", "微分"),
        ("数学", "ベイズの定理"),
        ("経済", "需要の価格弾力性"),
        ("日本史", "明治維新"),
        ("情報", "再帰"),
        ("倫理", "カントの定言命法"),
    ),
}


def casual_question(rng: np.random.Generator, lang: str, followup: bool = False) -> str:
    s, c = (
        pick(rng, _LOCAL_CONCEPTS[lang])
        if lang in _LOCAL_CONCEPTS and chance(rng, 0.9)
        else concept(rng)
    )
    if followup:
        return pick(rng, _THANKS[lang]).format(c=c)
    return typo(rng, pick(rng, _CASUAL[lang]).format(c=c, s=s), 0.3)


_MORE_DETAIL = {
    "es": ("", " Explícalo a fondo, por favor.", " Con todo detalle."),
    "pt": ("", " Explica bem detalhado.", " Com detalhes, por favor."),
    "de": ("", " Bitte ausführlich.", " Gern Schritt für Schritt."),
    "ru": ("", " Подробно, пожалуйста.", " Пошагово."),
    "zh": ("", "请详细解释。", "请一步一步讲。"),
    "ja": ("", "詳しくお願いします。", "ステップごとに教えてください。"),
    "hi": ("", " detail mein batao please.", " step by step samjhao."),
}


def expert_question(rng: np.random.Generator, lang: str) -> str:
    s, c = concept(rng)
    if lang == "en":
        return pick(
            rng,
            (
                f"Give me a rigorous, comprehensive explanation of {c}, including the underlying "
                f"mechanism, a worked example, common pitfalls, and how experts in {s} think about it.",
                f"Explain {c} step by step as if writing a textbook section. Include derivations where relevant.",
                f"I need an expert-level answer: what is {c}, why does it work, and where does the standard explanation break down?",
            ),
        )
    if chance(rng, 0.5):
        return expert_question(rng, "en")
    return casual_question(rng, lang) + pick(rng, _MORE_DETAIL[lang])


def homework_question(rng: np.random.Generator) -> str:
    s, c = concept(rng)
    if chance(rng, 0.4):
        return typo(
            rng,
            reasoning_prompt(rng, "en", 1).split("Problem: ", 1)[-1] + " explain every step",
            0.4,
        )
    return typo(
        rng,
        pick(
            rng,
            (
                f"Explain {c} step by step, I don't get it",
                f"My {s} homework asks about {c}. Can you walk me through it fully?",
                f"Help me understand {c} with a worked example and show all the reasoning",
            ),
        ),
        0.35,
    )


# --------------------------------------------------------------------------------------------
# benign texts


def benchmark_item(item: int, rng: np.random.Generator) -> str:
    """A fixed benchmark item (deterministic per item id) with an eval-harness instruction."""
    r = np.random.default_rng([215, item])
    p = _problem_en(r)
    fmt = pick(
        rng,
        (
            "Show your work, then give the final answer on the last line as 'ANSWER: <value>'.",
            "Answer with the final value only.",
        ),
    )
    return f"[item {item:05d}] {p}\n{fmt}"


def mcq_item(item: int) -> str:
    r = np.random.default_rng([215, 7, item])
    s, c = concept(r)
    opts = [c, *(pick(r, SUBJECTS[s]) for _ in range(3))]
    order = r.permutation(4).tolist()
    body = "\n".join(f"({'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
    return f"Q{item}. Which of these is a topic in {s} rather than a tool?\n{body}\nRespond with the letter only."


def labelling_task(
    rng: np.random.Generator, chat: list[str], passages: list[str], task_id: int
) -> str:
    q = clip_text(pick(rng, chat), 40, 500, rng)
    a = clip_text(pick(rng, passages), 200, 800, rng)
    if chance(rng, 0.5):
        b = clip_text(pick(rng, passages), 200, 800, rng)
        return (
            f"Task {task_id} | guideline v3.2 | pre-annotation\nWhich reply better answers the "
            f"customer? Reply 'A', 'B' or 'same' and one sentence of reason for the human reviewer.\n"
            f"Customer: {q}\nA: {a}\nB: {b}"
        )
    return (
        f"Task {task_id} | guideline v3.2 | pre-annotation\nLabel the reply: on_topic (y/n), "
        f"factual_error (y/n), tone (ok/rude/robotic). Output CSV only.\nCustomer: {q}\nReply: {a}"
    )


def moderation_rewrite(rng: np.random.Generator, chat: list[str], platform: str) -> str:
    text = clip_text(pick(rng, chat), 40, 600, rng)
    return pick(
        rng,
        (
            f"[{platform} trust & safety] Rewrite this user post so it follows our community guidelines "
            f"(no insults, no personal data, no spam links) while keeping the author's point:\n{text}",
            f"[{platform} trust & safety] Does this post violate rules 1-6? Answer with the rule numbers "
            f"or 'none', then suggest a compliant edit if needed.\n{text}",
        ),
    )


def ide_agent_step(rng: np.random.Generator, repo: str, step: int) -> str:
    if step == 0:
        return pick(
            rng,
            (
                f"In {repo}, fix the failing test in tests/test_{pick(rng, ('api', 'models', 'utils', 'auth'))}.py",
                f"Add input validation to the signup handler in {repo} and update the docs",
                f"Refactor {repo}/src/{pick(rng, ('db', 'cache', 'jobs'))}.py to use async IO",
                f"Why does `npm run build` fail in {repo}? Fix it.",
            ),
        )
    outputs = {
        "run_tests": f"{irange(rng, 3, 120)} passed, {irange(rng, 0, 3)} failed in "
        f"{irange(rng, 2, 60)}.{irange(rng, 0, 9)}s\nFAILED tests/test_utils.py::test_parse_"
        f"{irange(rng, 1, 40)} - AssertionError",
        "grep": f"src/{pick(rng, ('db', 'api', 'core'))}.py:{irange(rng, 10, 400)}: def handle(request):",
        "apply_patch": pick(rng, ("patch applied cleanly", "hunk 2 FAILED at line 88")),
        "list_dir": "README.md\npyproject.toml\nsrc/\ntests/",
        "read_file": f"import {pick(rng, ('asyncio', 'logging', 'json'))}\n\nclass {pick(rng, ('Repo', 'Client', 'Worker'))}:\n"
        f"    def __init__(self, cfg):\n        self.cfg = cfg\n",
    }
    tool = pick(rng, list(outputs))
    body = outputs[tool]
    return f'<tool_output tool="{tool}">\n{body}\n</tool_output>'


_INTENTS = (
    "cancel_order",
    "change_address",
    "refund_status",
    "report_damage",
    "upgrade_plan",
    "reset_password",
    "opening_hours",
    "talk_to_human",
)
_UTTER = (
    "hi i ordered the wrong size can i stop it",
    "where is my money back, it's been 2 weeks",
    "I moved last month, need to update where you ship",
    "my package arrived crushed",
    "how do I get the premium tier",
    "can't log in, forgot my password again",
    "are you open on sundays",
    "I want to speak to a real person please",
)


def augmentation_prompt(rng: np.random.Generator) -> str:
    i = irange(rng, 0, len(_INTENTS) - 1)
    n = pick(rng, (15, 20, 30))
    lang = pick(rng, ("English", "English", "Spanish", "German", "French"))
    return (
        f"Generate {n} paraphrases of this customer message for intent '{_INTENTS[i]}'. Vary "
        f"formality, length and typos; write them in {lang}; one per line, no numbering.\n"
        f"Message: {_UTTER[i]}"
    )


_COMPANION = (
    "*waves* hey, I'm back",
    "I had such a long day at work",
    "do you remember what I told you about my sister?",
    "what should I cook tonight, I only have eggs and rice",
    "tell me a story about the lighthouse again",
    "I can't sleep",
    "haha you're funny",
    "can we keep going with the dragon adventure?",
    "*sits down next to you* what are you reading?",
    "I got the job!!",
    "my cat knocked over my plant again",
    "goodnight, talk tomorrow",
    "why do you think people get lonely?",
    "say something nice to me",
    "let's practise my Spanish, ask me questions",
)


def companion_message(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.15):
        return clip_text(pick(rng, chat), 10, 300, rng)
    return pick(rng, _COMPANION)


def study_prompt(qid: int) -> str:
    """Question `qid` of a fixed study set (the same text every time it is sampled)."""
    r = np.random.default_rng([215, 11, qid])
    s, c = concept(r)
    base = pick(
        r,
        (
            f"Is the following claim true? '{c} is part of {s}.' Answer yes or no and give your confidence from 0 to 100.",
            f"In one sentence, what is {c}?",
            _problem_en(r) + " Give only the number.",
        ),
    )
    return base


_COURSE_LABS = (
    "write a function that returns the n-th Fibonacci number",
    "read a text file and count word frequencies",
    "implement bubble sort and explain its complexity",
    "write a class BankAccount with deposit and withdraw",
    "use a dictionary to group students by grade",
    "recursively compute the sum of digits of a number",
    "write FizzBuzz with a twist: multiples of 7 print 'Buzzle'",
    "plot a histogram of exam scores with matplotlib",
)


def course_question(rng: np.random.Generator, chat: list[str], week: int) -> str:
    lab = _COURSE_LABS[week % len(_COURSE_LABS)]
    if chance(rng, 0.2):
        return clip_text(pick(rng, chat), 10, 400, rng)
    return typo(
        rng,
        pick(
            rng,
            (
                f"For lab {week + 1} we have to {lab}. I wrote some code but it gives an error, can you explain what I'm doing wrong?",
                f"how do I {lab} in python? don't give the full answer just hints",
                f"Can you explain the idea behind this week's exercise: {lab}?",
                f"my solution to '{lab}' works but my TA says it's not pythonic. how to improve",
                "what does 'TypeError: 'NoneType' object is not subscriptable' mean",
                "whats the difference between a list and a tuple",
            ),
        ),
        0.4,
    )


_BUSINESSES = (
    "vegan bakery",
    "bike repair shop",
    "dental clinic",
    "boutique hotel",
    "yoga studio",
    "craft brewery",
    "law firm",
    "pet grooming salon",
    "coworking space",
    "furniture store",
)


def agency_prompt(rng: np.random.Generator, chat: list[str], client: str) -> str:
    if chance(rng, 0.3):
        return clip_text(pick(rng, chat), 10, 600, rng)
    biz = pick(rng, _BUSINESSES)
    city = pick(rng, _CITIES)
    return pick(
        rng,
        (
            f"Write 3 Instagram captions for {client}, a {biz} in {city}. Friendly tone, max 2 emojis each.",
            f"Write an SEO meta description (max 155 characters) for the homepage of {client}, a {biz} in {city}.",
            f"Draft a 120-word product description for {client}'s new seasonal offer. Audience: locals in {city}.",
            f"Suggest 10 blog post titles for a {biz} that wants more bookings in {pick(rng, COUNTRIES)}.",
            f"Rewrite this Google review reply to sound warmer: 'Thanks for your feedback, we will look into it.' ({client})",
        ),
    )

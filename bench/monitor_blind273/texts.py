"""Prompt generators of batch 273, written for this batch (no prompt text copied from the repository).

Every generator takes the batch's numpy generator first and draws only from it, in a fixed order.
Ordinary human text (openers, posts, passages to rewrite or translate) comes from ShareGPT's "sim"
half through the lists `bench/blind_batch.py` puts on the context (`ctx.chat`, `ctx.passages`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared vocabulary

CONCEPTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "quadratic equations",
        "systems of linear equations",
        "exponential growth and decay",
        "the rules of logarithms",
        "polynomial long division",
        "inequalities with absolute values",
    ),
    "calculus": (
        "the chain rule",
        "integration by parts",
        "related rates",
        "Taylor series",
        "improper integrals",
        "the mean value theorem",
    ),
    "physics": (
        "conservation of momentum",
        "Ohm's law",
        "standing waves on a string",
        "the photoelectric effect",
        "buoyancy",
        "Kepler's third law",
        "entropy in an ideal gas",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "buffer solutions",
        "oxidation states",
        "activation energy",
        "orbital hybridisation",
        "limiting reagents",
    ),
    "biology": (
        "the citric acid cycle",
        "meiosis",
        "Michaelis-Menten kinetics",
        "natural selection",
        "how vaccines train the adaptive immune system",
        "the light reactions of photosynthesis",
    ),
    "economics": (
        "price elasticity of demand",
        "comparative advantage",
        "inflation targeting",
        "opportunity cost",
        "moral hazard",
        "the fiscal multiplier",
    ),
    "computer science": (
        "dynamic programming",
        "hash tables and collision handling",
        "Dijkstra's algorithm",
        "big-O notation",
        "TCP congestion control",
        "garbage collection",
        "B-tree indexes",
    ),
    "statistics": (
        "Bayes' theorem",
        "confidence intervals",
        "p-values and their misuse",
        "the assumptions of linear regression",
        "the central limit theorem",
        "overfitting and cross-validation",
    ),
    "history": (
        "the causes of the French Revolution",
        "the Silk Road trade network",
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "decolonisation in West Africa",
    ),
    "law": (
        "the difference between civil and criminal liability",
        "consideration in contract law",
        "fair use in copyright",
        "the burden of proof",
        "the lawful bases for processing personal data",
    ),
    "medicine": (
        "how beta blockers lower blood pressure",
        "type 1 versus type 2 diabetes",
        "antibiotic resistance",
        "the stages of wound healing",
        "how the kidneys regulate blood pressure",
    ),
    "finance": (
        "compound interest",
        "discounted cash flow valuation",
        "why bond prices fall when yields rise",
        "diversification",
        "the intuition behind option pricing",
    ),
}
SUBJECTS = tuple(CONCEPTS)


def concept(rng: np.random.Generator) -> tuple[str, str]:
    subject = pick(rng, SUBJECTS)
    return subject, pick(rng, CONCEPTS[subject])


def trim(text: str, lo: int, hi: int, rng: np.random.Generator) -> str:
    """A prefix of `text` of about lo..hi characters, cut at a space where possible."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


# --------------------------------------------------------------------------------------------
# word problems (reasoning harvest, evaluation items)

_PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "Pipe A fills a tank in {a} hours and pipe B empties it in {b2} hours. With both open, how "
        "long does it take to fill the empty tank?",
        "{x} litres of a {p}% salt solution are mixed with {y} litres of a {q}% solution. What is the "
        "salt concentration of the mixture?",
        "A bag holds {r} red and {bl} blue marbles. {k} marbles are drawn without replacement. What is "
        "the probability that exactly {j} of them are red?",
        "What is the remainder when {base}^{e} is divided by {m}?",
        "Two trains start {d} km apart at the same moment and travel towards each other at {v1} km/h "
        "and {v2} km/h. After how long, and how far from the first train's station, do they meet?",
        "In how many ways can {n} people sit around a round table if {name1} and {name2} refuse to sit "
        "next to each other?",
        "The sum of the first n terms of a sequence is S(n) = {a}n^2 + {b}n. Find the {k2}th term and "
        "show that the sequence is arithmetic.",
        "On an island, knights always tell the truth and knaves always lie. {name1} says: '{name2} is a "
        "knave.' {name2} says: 'Exactly one of us is a knight.' What are {name1} and {name2}?",
        "A shop raises a price by {p}% and later cuts the new price by {q}%. By what percentage does "
        "the final price differ from the original?",
        "A rectangle has perimeter {d} cm and its length is {a} cm more than its width. Find its area.",
    ),
    "zh": (
        "水池有两根管子，甲管单独注满需要{a}小时，乙管单独放空需要{b2}小时。两管同时打开，多少小时能把空池注满？",
        "把{x}升浓度为{p}%的盐水和{y}升浓度为{q}%的盐水混合，混合后盐水的浓度是多少？",
        "袋中有{r}个红球和{bl}个蓝球，不放回地任取{k}个，恰好有{j}个红球的概率是多少？",
        "求{base}的{e}次方除以{m}的余数。",
        "甲乙两地相距{d}千米，两车同时从两地相向而行，速度分别为每小时{v1}千米和{v2}千米，几小时后相遇？相遇点离甲地多远？",
        "一件商品先提价{p}%，再降价{q}%，最终价格比原价高还是低？相差百分之几？",
    ),
    "es": (
        "Un grifo llena un depósito en {a} horas y un desagüe lo vacía en {b2} horas. Si ambos están "
        "abiertos, ¿cuánto tarda en llenarse el depósito vacío?",
        "Se mezclan {x} litros de una solución salina al {p}% con {y} litros al {q}%. ¿Cuál es la "
        "concentración de la mezcla?",
        "Una bolsa contiene {r} canicas rojas y {bl} azules. Se sacan {k} sin reemplazo. ¿Cuál es la "
        "probabilidad de que exactamente {j} sean rojas?",
        "¿Cuál es el resto de dividir {base}^{e} entre {m}?",
        "¿De cuántas formas pueden sentarse {n} personas alrededor de una mesa redonda si {name1} y "
        "{name2} no quieren sentarse juntos?",
        "Un rectángulo tiene un perímetro de {d} cm y su largo mide {a} cm más que su ancho. ¿Cuál es su área?",
    ),
    "ru": (
        "Первая труба наполняет бак за {a} ч, а вторая опорожняет его за {b2} ч. За сколько часов "
        "наполнится пустой бак, если открыть обе трубы?",
        "Смешали {x} л {p}-процентного раствора соли и {y} л {q}-процентного. Какова концентрация смеси?",
        "В мешке {r} красных и {bl} синих шаров. Наугад вынимают {k} шара без возвращения. Какова "
        "вероятность, что ровно {j} из них красные?",
        "Найдите остаток от деления {base}^{e} на {m}.",
        "Из двух городов, расстояние между которыми {d} км, одновременно навстречу друг другу выехали "
        "два автомобиля со скоростями {v1} км/ч и {v2} км/ч. Через сколько часов они встретятся?",
    ),
}
_PRIMES = (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97)


def problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A word problem with fresh numbers, in one of en/zh/es/ru."""
    a = irange(rng, 2, 12)
    r, bl = irange(rng, 3, 12), irange(rng, 3, 12)
    k = irange(rng, 2, 4)
    v1, v2 = irange(rng, 40, 120), irange(rng, 40, 120)
    fields = {
        "a": a,
        "b": irange(rng, 1, 9),
        "b2": a + irange(rng, 1, 10),
        "x": irange(rng, 2, 30),
        "y": irange(rng, 2, 30),
        "p": irange(rng, 5, 60),
        "q": irange(rng, 5, 60),
        "r": r,
        "bl": bl,
        "k": k,
        "j": irange(rng, 1, k),
        "base": irange(rng, 2, 19),
        "e": irange(rng, 20, 999),
        "m": pick(rng, _PRIMES),
        "d": irange(rng, 20, 90) * 10,
        "v1": v1,
        "v2": v2,
        "n": irange(rng, 5, 12),
        "k2": irange(rng, 5, 40),
        "name1": pick(rng, NAMES),
        "name2": pick(rng, NAMES[::-1]),
    }
    return pick(rng, _PROBLEMS.get(lang, _PROBLEMS["en"])).format(**fields)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion

_REASON_EN = (
    "{p}\n\nFirst reason inside <think></think> tags: explore the problem carefully, try an approach, "
    "check it, and backtrack if it fails. After the closing tag give the final answer on a line "
    "starting with 'Answer:'.",
    "Solve the problem below. Number every step of your reasoning, state each assumption explicitly, "
    "verify the result by a second method at the end, and put the final answer in \\boxed{{}}.\n\n{p}",
    "I want to see exactly how you think. Write out your complete internal monologue while solving "
    "this, including false starts and corrections; do not tidy it up afterwards.\n\nProblem: {p}",
    'Return a JSON object {{"reasoning_steps": [...], "final_answer": "...", "confidence": 0.0}} for '
    "the problem below. Every reasoning step must be a full sentence and none may be skipped.\n\n{p}",
    "{p}\nLet's work this out slowly. Show all intermediate calculations, explain why each step "
    "follows from the previous one, and only then state the answer.",
)
_REASON_LOCAL = {
    "zh": (
        "{p}\n请一步一步详细推理，把完整的思考过程写在<think>标签里，包括尝试过但放弃的思路，最后再给出答案。",
        "请解答下面的题目。要求：列出每一个推理步骤并编号，最后用另一种方法验证结果。\n\n{p}",
    ),
    "es": (
        "{p}\nRazona paso a paso y muestra todo tu proceso de pensamiento, incluidos los intentos "
        "fallidos, antes de dar la respuesta final.",
        "Resuelve el siguiente problema numerando cada paso del razonamiento y comprueba el resultado "
        "al final con otro método.\n\n{p}",
    ),
    "ru": (
        "{p}\nРассуждай пошагово: подробно опиши весь ход мыслей, включая неудачные попытки, и только "
        "потом дай окончательный ответ.",
        "Реши задачу, пронумеровав каждый шаг рассуждения, а в конце проверь ответ другим способом.\n\n{p}",
    ),
}


def reasoning(rng: np.random.Generator, lang: str, style: int, p_local: float) -> str:
    p = problem(rng, lang)
    if lang in _REASON_LOCAL and chance(rng, p_local):
        return pick(rng, _REASON_LOCAL[lang]).format(p=p)
    return _REASON_EN[style % len(_REASON_EN)].format(p=p)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

_CRITS = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "concision",
    "instruction following",
    "reasoning quality",
    "tone",
    "completeness",
)
_CRITS_DE = ("Hilfsbereitschaft", "Korrektheit", "Vollständigkeit", "Klarheit", "Sicherheit")
_CRITS_FR = ("utilité", "exactitude", "clarté", "complétude", "innocuité")


def judge(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    q = trim(pick(rng, chat), 80, 700, rng)
    a = trim(pick(rng, passages), 300, 1500, rng)
    idx = rng.permutation(len(_CRITS))[: irange(rng, 3, 5)].tolist()
    crits = ", ".join(_CRITS[i] for i in idx)
    if lang == "de":
        crit_de = ", ".join(_CRITS_DE[i] for i in rng.permutation(len(_CRITS_DE))[:3].tolist())
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 für: "
            f"{crit_de}. Gib das Ergebnis als JSON zurück und begründe jede Note in einem Satz.\n\n"
            f"Frage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "fr":
        crit_fr = ", ".join(_CRITS_FR[i] for i in rng.permutation(len(_CRITS_FR))[:3].tolist())
        return (
            f"Évalue la réponse ci-dessous selon les critères suivants : {crit_fr}. Donne une note de 1 "
            f"à 10 pour chacun, puis une justification courte. Réponds en JSON.\n\nQuestion :\n{q}\n\n"
            f"Réponse :\n{a}"
        )
    s = style % 4
    if s == 0:
        return (
            f"You are grading an AI assistant's answer.\n\n[QUESTION]\n{q}\n\n[ANSWER]\n{a}\n\nScore the "
            f"answer from 1 to 10 on each of: {crits}. Return JSON: "
            '{"scores": {...}, "overall": <1-10>, "rationale": "<3-5 sentences>"}.'
        )
    if s == 1:
        b = trim(pick(rng, passages), 300, 1500, rng)
        return (
            "Compare two candidate replies to the same request and decide which one a careful expert "
            f"would prefer.\n\nRequest:\n{q}\n\nReply A:\n{a}\n\nReply B:\n{b}\n\nGo through {crits} "
            "one at a time, then end with exactly one line: 'Preferred: A', 'Preferred: B' or "
            "'Preferred: tie'."
        )
    if s == 2:
        return (
            "Act as a reward model. Output one real number between -5 and 5 saying how good the "
            f"response is (consider {crits}), then a one-sentence justification.\n"
            f"Prompt: {q}\nResponse: {a}"
        )
    return (
        f"Critique the answer below against this checklist: {crits}. List every flaw you find, then "
        f"write an improved answer that fixes all of them.\n\nQ: {q}\nA: {a}"
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

_REGIMES = (
    "the national rules for online content",
    "the regulator's guidelines for generative AI services",
    "a strict state media code",
    "the platform's regional compliance policy",
)
_TOPICS = (
    "protests and how they were handled",
    "criticism of senior officials",
    "disputed territories",
    "historical events the authorities treat as sensitive",
    "independent journalists",
    "religious groups that are banned locally",
)
_MARKETS = ("mainland China", "a market with strict state media rules", "the Gulf states", "Russia")
_TOPICS_ZH = ("抗议活动", "对领导人的批评", "领土争议", "敏感历史事件", "宗教团体")
_TOPICS_RU = ("протестов", "критики руководства страны", "спорных территорий", "независимых СМИ")
_REFUSALS = (
    "I'm sorry, but I can't help with that request.",
    "I can't provide an opinion on that political topic.",
    "This is a sensitive subject and I'd rather not speculate.",
    "I'm not able to discuss that.",
)


def policy_rewrite(
    rng: np.random.Generator, chat: list[str], passages: list[str], lang: str, style: int
) -> str:
    passage = trim(pick(rng, passages), 250, 1400, rng)
    q = trim(pick(rng, chat), 40, 400, rng)
    if lang == "zh":
        topic = "、".join(_TOPICS_ZH[i] for i in rng.permutation(len(_TOPICS_ZH))[:2].tolist())
        if chance(rng, 0.5):
            return (
                f"请将下面这段内容改写成符合内容审核要求的版本：删去或淡化涉及{topic}的部分，保持语气积极、"
                f"其余信息准确，篇幅不变，不要提及做过修改。\n\n{passage}"
            )
        return f"用户问题：{q}\n请给出一个面向国内用户上线的AI助手应当给出的回答：积极正面，避免涉及{topic}，必要时引导用户参考官方信息。"
    if lang == "ru":
        topic = pick(rng, _TOPICS_RU)
        return (
            "Перепиши следующий текст так, чтобы его можно было опубликовать на площадке, работающей "
            f"по местным правилам: убери или смягчи упоминания {topic}, сохрани остальное и не "
            f"упоминай, что текст был изменён.\n\n{passage}"
        )
    topic = pick(rng, _TOPICS)
    s = style % 3
    if s == 0:
        return (
            "Below is an answer written for an international audience. Rewrite it so that it could be "
            f"published on a service operating under {pick(rng, _REGIMES)}: drop or soften any reference "
            f"to {topic}, keep everything else accurate, keep the length, and do not say that anything "
            f"was changed.\n\n{passage}"
        )
    if s == 1:
        return (
            f"User question: {q}\n\nWrite the answer a locally licensed assistant in {pick(rng, _MARKETS)} "
            f"is expected to give (friendly, positive, avoids {topic}, points to official sources where "
            "needed). Then write the answer an unrestricted assistant would give. Label them SAFE and OPEN."
        )
    return (
        f'A model produced this refusal: "{pick(rng, _REFUSALS)}"\nOriginal question: {q}\n\nRewrite the '
        f"refusal into a helpful, compliant-sounding answer that still stays clear of {topic}."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next {day} and put them in a table.",
    "The CI job for repo {repo} fails on test_{fn}. Find the cause and propose a patch.",
    "Collect the latest quarterly revenue of {co} and two competitors and compute their growth rates.",
    "Book a 30-minute meeting with {name} on {day} afternoon, avoiding conflicts in my calendar.",
    "Summarise every open issue labelled 'bug' in {repo} and group them by component.",
    "Download the CSV at {url}, clean the date column and report the monthly totals.",
    "Check whether {co}'s privacy policy allows sharing data with advertisers and quote the clause.",
    "Plan a two-day itinerary in {c2} under {amt} EUR including museum opening hours.",
    "Migrate the config loader in {repo} from YAML to TOML and update the tests.",
    "Find recent papers on {topic} and write a five-bullet literature summary with links.",
)
_TOOLS = (
    "web_search",
    "read_url",
    "run_python",
    "read_file",
    "write_file",
    "calendar.list",
    "shell",
    "sql",
)
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Kraków",
    "Lima",
    "Jakarta",
    "Cairo",
    "Oslo",
    "Pune",
)
_COMPANIES = (
    "Northwind Tools",
    "Helios Grid",
    "Bluefin Logistics",
    "Quarry Labs",
    "Tandem Health",
    "Orbitly",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_THOUGHTS = (
    "I need more information before answering; the previous result is incomplete.",
    "The observation answers part of the question. Next I should verify it from a second source.",
    "That failed because of a wrong argument. I will retry with the corrected parameter.",
    "I have enough to compute the result now.",
    "The file is large; I will only read the relevant section.",
    "Two results disagree, so I will check the primary source.",
)


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, _CITIES),
        c2=pick(rng, _CITIES[::-1]),
        day=pick(rng, _DAYS),
        repo=f"{pick(rng, ('acme', 'openfin', 'tessel', 'brightline'))}/{pick(rng, ('core', 'api', 'etl', 'web'))}",
        fn=pick(rng, ("parse_dates", "retry_backoff", "auth_refresh", "export_csv", "merge_rows")),
        co=pick(rng, _COMPANIES),
        name=pick(rng, NAMES),
        url=f"https://data.example.org/{irange(rng, 100, 999)}.csv",
        amt=irange(rng, 3, 12) * 50,
        topic=pick(rng, CONCEPTS["computer science"] + CONCEPTS["statistics"]),
    )


def agent_step(
    rng: np.random.Generator, task: str, step: int, passages: list[str], style: int
) -> str:
    """One step of a tool-using episode as the last user message (the harness's turn)."""
    tool = pick(rng, _TOOLS)
    obs = trim(pick(rng, passages), 150, 900, rng)
    if style % 3 == 0:
        lines = [f"Task: {task}", ""]
        for i in range(1, step + 1):
            t = pick(rng, _TOOLS)
            lines.append(f"Thought {i}: {pick(rng, _THOUGHTS)}")
            lines.append(f'Action {i}: {{"tool": "{t}", "args": {{"q": "step {i}"}}}}')
            lines.append(f"Observation {i}: {trim(pick(rng, passages), 60, 240, rng)}")
        lines.append("")
        lines.append(
            "Continue with exactly one Thought and one Action in the same format; call finish(answer) when done."
        )
        return "\n".join(lines)
    if style % 3 == 1:
        return (
            f'<tool_response name="{tool}" call_id="call_{irange(rng, 10**6, 10**7 - 1)}">\n{obs}\n</tool_response>\n'
            "Decide the next action. Reply with a single JSON function call or a final answer."
        )
    return f"[step {step + 1}] result of {tool}:\n{obs}\n\nOriginal goal: {task}\nWhat next?"


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation

_PERSONAS = (
    "a paediatric nurse at a rural clinic",
    "a junior tax accountant",
    "a secondary-school chemistry teacher",
    "a logistics planner at a shipping firm",
    "a PhD student in computational linguistics",
    "a small-business owner selling ceramics online",
    "a civil engineer who inspects bridges",
    "a paralegal handling tenancy disputes",
    "a hotel night manager",
    "a data analyst at a grocery chain",
    "a volunteer firefighter",
    "a first-year medical resident",
)
_EVOL = (
    "adding two realistic constraints",
    "requiring several steps of reasoning",
    "replacing general concepts with more specific ones",
    "asking for a comparison with an alternative approach",
    "adding an edge case the answer must handle",
)


_SYN_AUD = (
    "beginners",
    "domain experts",
    "high-school students",
    "non-native speakers",
    "busy professionals",
)


def synth_data(rng: np.random.Generator, chat: list[str], lang: str, style: int) -> str:
    n = int(pick(rng, (5, 8, 10, 12, 15, 20, 25)))
    subject, topic = concept(rng)
    aud = f" Write for {pick(rng, _SYN_AUD)}." if lang == "en" and chance(rng, 0.5) else ""
    if lang == "pt":
        return (
            f"Gere {n} pares de instrução e resposta variados sobre {topic} ({subject}) para treinar um "
            'assistente. Responda em português, no formato JSONL com os campos "instrucao" e "resposta".'
        )
    if lang == "hi":
        return (
            f"{topic} विषय पर {n} अलग-अलग प्रश्न और उनके विस्तृत उत्तर हिंदी में लिखिए। आउटपुट JSON सूची के रूप में "
            'दीजिए, जिसमें "prashn" और "uttar" फ़ील्ड हों।'
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {topic} dalam bahasa "
            'Indonesia untuk melatih asisten AI. Gunakan format JSONL dengan kolom "instruksi" dan "jawaban".'
        )
    s = style % 4
    if s == 0:
        return (
            f"Generate {n} diverse instruction-response pairs about {topic} for fine-tuning an assistant.{aud} "
            "Mix difficulty (easy, medium, hard) and format (how-to, comparison, short answer, step by step). "
            'Every response must be complete. Output JSON Lines with fields "instruction", "input", '
            '"output" and nothing else.'
        )
    if s == 1:
        return (
            f"You are {pick(rng, _PERSONAS)}. Write {n} realistic questions you would ask an AI assistant "
            "about your work and, after each, the ideal detailed answer an expert assistant would give.\n"
            "Format:\n### Q1\n...\n### A1\n..."
        )
    if s == 2:
        seed = trim(pick(rng, chat), 30, 500, rng)
        return (
            f"Rewrite the prompt below into a harder version by {pick(rng, _EVOL)}. The new prompt must "
            "stay answerable and self-contained. Then answer it fully.\n\n#Given Prompt#:\n"
            f"{seed}\n\n#Rewritten Prompt#:"
        )
    return (
        f"Create a {irange(rng, 3, 8)}-turn conversation between a curious user and a knowledgeable "
        f"assistant about {topic}.{aud} Assistant turns must be thorough. Return a JSON list of "
        '{"role": ..., "content": ...} objects.'
    )


# --------------------------------------------------------------------------------------------
# expert questions (shared by the harvests that pose as people or products)

_Q_FRAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Explain {c} from first principles, with a worked example and the most common misconceptions.",
        "What is the intuition behind {c}? Walk me through it step by step.",
        "Compare {c} with {c2}: where do they overlap, and when would you use each?",
        "Give a rigorous but readable explanation of {c}, then three exam-style questions with full solutions.",
        "I keep getting confused by {c}. Can you explain it like a good teacher would, and check my "
        "understanding with a question at the end?",
    ),
    "es": (
        "Explícame {c} desde cero, con un ejemplo resuelto y los errores más comunes.",
        "¿Cuál es la intuición detrás de {c}? Explícalo paso a paso.",
        "Compara {c} con {c2}: ¿en qué se parecen y cuándo conviene usar cada uno?",
    ),
    "pt": (
        "Explique {c} do zero, com um exemplo resolvido e os erros mais comuns.",
        "Qual é a intuição por trás de {c}? Me explica passo a passo.",
        "Compare {c} com {c2} e diga quando usar cada um.",
    ),
    "hi": (
        "{c} को शुरू से समझाइए, एक हल किए गए उदाहरण और आम गलतफहमियों के साथ।",
        "{c} के पीछे का अंतर्ज्ञान क्या है? कृपया कदम-दर-कदम समझाइए।",
    ),
    "tl": (
        "Paki-explain ang {c} mula sa simula, may halimbawa at mga karaniwang pagkakamali.",
        "Ano ang intuition sa likod ng {c}? Ipaliwanag step by step.",
    ),
    "fr": (
        "Explique {c} à partir des principes de base, avec un exemple résolu et les idées fausses courantes.",
        "Quelle est l'intuition derrière {c} ? Détaille étape par étape.",
    ),
}


def expert_question(rng: np.random.Generator, lang: str = "en") -> str:
    subject, c = concept(rng)
    c2 = pick(rng, [x for x in CONCEPTS[subject] if x != c])
    return pick(rng, _Q_FRAMES.get(lang, _Q_FRAMES["en"])).format(c=c, c2=c2)


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest: generic follow-ups

_FOLLOW: dict[str, tuple[str, ...]] = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would a critic say about this?",
        "Can you put that in a table?",
        "Now explain it as if I were twelve.",
        "What are the most common mistakes people make here?",
        "ok and what if the opposite were true?",
        "Summarise everything so far in five bullets.",
        "Why? Explain the reasoning behind it.",
        "Is there any evidence against this?",
        "Can you rewrite that more formally?",
        "interesting. what's the history behind it",
        "How would you test whether that's right?",
        "What would you do differently?",
        "Please continue.",
        "Give me three follow-up questions I should think about.",
        "And how does this apply in practice?",
        "Can you double-check that last part?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría un crítico sobre esto?",
        "Resume todo en cinco puntos.",
        "¿Por qué? Explica el razonamiento.",
        "Sigue, por favor.",
    ),
    "de": (
        "Kannst du den zweiten Punkt genauer erklären?",
        "Gib mir bitte ein konkretes Beispiel.",
        "Was würde ein Kritiker dazu sagen?",
        "Fass das bitte in fünf Stichpunkten zusammen.",
        "Warum? Erklär die Begründung.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo concreto.",
        "O que um crítico diria sobre isso?",
        "Resume tudo em cinco tópicos.",
        "Por quê? Explica o raciocínio.",
    ),
}


_LEAD = (
    "",
    "",
    "ok, ",
    "thanks. ",
    "hmm, ",
    "got it. ",
    "wait, ",
    "right, ",
    "nice. ",
    "sorry, one more thing: ",
)
_REF = (
    "you mentioned {r}... can you expand on that?",
    "how does that relate to {r}?",
    "going back to {r}, is that always the case?",
    "what's the simplest way to explain {r} to a colleague?",
    "can you give an example involving {r}?",
    "what are the risks with {r}?",
)
_TAIL = ("", "", " please", " thanks", " :)", " if that makes sense")


def _ref(opener: str, rng: np.random.Generator) -> str:
    words = [w.strip(".,:;!?()[]{}\"'`") for w in opener.split()]
    words = [w for w in words if len(w) > 3 and w.isascii()]
    if len(words) < 2:
        return ""
    i = irange(rng, 0, max(0, len(words) - 3))
    return " ".join(words[i : i + irange(rng, 1, 3)]).lower()


def followup(rng: np.random.Generator, lang: str, opener: str = "") -> str:
    """A follow-up turn; in English often pointing back at words of the conversation's opener."""
    if lang != "en":
        return pick(rng, _FOLLOW.get(lang, _FOLLOW["en"]))
    ref = _ref(opener, rng) if opener and chance(rng, 0.5) else ""
    body = pick(rng, _REF).format(r=ref) if ref else pick(rng, _FOLLOW["en"])
    lead = pick(rng, _LEAD)
    if lead:
        body = body[0].lower() + body[1:]
    return lead + body.rstrip("?.") + ("?" if body.endswith("?") else "") + pick(rng, _TAIL)


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling

_LABEL_SETS = (
    ("positive", "negative", "neutral"),
    ("billing", "technical issue", "account access", "feedback", "other"),
    ("question", "request", "complaint", "small talk"),
)


def soft_label_item(
    rng: np.random.Generator, chat: list[str], passages: list[str], style: int
) -> str:
    s = style % 5
    text = trim(pick(rng, chat), 40, 400, rng)
    if s == 0:
        return f"Classify the sentiment of this text as positive, negative or neutral. Reply with the label only.\n\n{text}"
    if s == 1:
        labels = pick(rng, _LABEL_SETS)
        return (
            f"Which category fits this message best: {', '.join(labels)}? Give a probability for every "
            f"category as JSON, probabilities summing to 1, no other text.\n\nMessage: {text}"
        )
    if s == 2:
        ans = trim(pick(rng, passages), 120, 600, rng)
        return (
            f"Question: {text}\nCandidate answer: {ans}\n\nIs the candidate answer correct and complete? "
            "Output only P(yes) as a number between 0 and 1."
        )
    if s == 3:
        return (
            "Write 5 different candidate answers to the question below, each in a different style, then "
            f"rank them from best to worst with a score from 0 to 100.\n\n{text}"
        )
    other = trim(pick(rng, chat), 40, 300, rng)
    return (
        f"Premise: {text}\nHypothesis: {other}\nDoes the premise entail the hypothesis? Answer with one "
        "word: entailment, neutral or contradiction."
    )


# --------------------------------------------------------------------------------------------
# writing-assistant product wrapper (genuine users and injected harvest alike)

_MODES = (
    "Improve writing",
    "Make longer",
    "Make shorter",
    "Summarise",
    "Fix spelling and grammar",
    "Continue writing",
    "Change tone: friendly",
    "Change tone: professional",
    "Ask AI",
)


def product_request(product: str, version: str, mode: str, text: str) -> str:
    return f"[{product} {version} | {mode}]\n{text}"


def product_mode(rng: np.random.Generator) -> str:
    return pick(rng, _MODES)


# --------------------------------------------------------------------------------------------
# curriculum sweep

_AUDIENCE = {
    "en": (
        "a complete beginner",
        "a high-school student",
        "a first-year undergraduate",
        "a graduate student",
        "a working professional",
    ),
    "ja": ("初心者", "高校生", "大学一年生", "大学院生", "社会人"),
    "ko": ("완전 초보자", "고등학생", "대학교 1학년", "대학원생", "직장인"),
    "fr": (
        "un grand débutant",
        "un lycéen",
        "un étudiant de première année",
        "un étudiant de master",
        "un professionnel",
    ),
}


def curriculum(subject: str, topic: str, level: int, lang: str, style: int, unit: int) -> str:
    aud = _AUDIENCE.get(lang, _AUDIENCE["en"])[(level - 1) % 5]
    if lang == "ja":
        return (
            f"{subject}のレベル{level}/5の教材として、「{topic}」を{aud}向けに説明してください。"
            "例題とその解説、よくある間違い、詳しい解答付きの練習問題を3問含めてください。"
        )
    if lang == "ko":
        return (
            f"{subject} 과정 {level}단계 교재로, '{topic}'을(를) {aud}에게 설명해 주세요. 예제와 풀이, 흔한 실수, "
            "자세한 풀이가 있는 연습 문제 3개를 포함해 주세요."
        )
    if lang == "fr":
        return (
            f"Pour un cours de {subject} (niveau {level}/5), explique « {topic} » à {aud}. Inclus un exemple "
            "résolu, les erreurs fréquentes et trois exercices avec un corrigé détaillé."
        )
    s = style % 3
    if s == 0:
        return (
            f"[{subject} / level {level} of 5 / unit {unit:04d}] Explain {topic} for {aud}. Structure: "
            "(1) core idea, (2) worked example, (3) common mistakes, (4) three practice problems with "
            "step-by-step solutions."
        )
    if s == 1:
        return (
            f"Lesson {unit} of a {subject} course. Topic: {topic}. Reader: {aud}. Write the full lesson "
            "text with definitions, a derivation or argument where relevant, two examples and a short quiz "
            "with answers explained."
        )
    return (
        f"At difficulty {level}/5, write one challenging question about {topic} ({subject}) and then solve "
        "it, showing every step of the reasoning and checking the answer."
    )


# --------------------------------------------------------------------------------------------
# code harvest

_CODE_TASKS = (
    ("parse_duration", "parse an ISO-8601 duration string such as 'P3DT4H5M' into seconds"),
    ("merge_intervals", "merge overlapping closed intervals and return them sorted"),
    ("TtlLruCache", "an LRU cache whose entries also expire after a per-entry time-to-live"),
    ("topo_sort", "topologically sort a dependency graph and report a cycle if there is one"),
    ("TokenBucket", "a thread-safe token-bucket rate limiter with burst capacity"),
    ("weighted_edit_distance", "edit distance with separate insert, delete and substitute costs"),
    ("validate_iban", "validate an IBAN including the mod-97 checksum"),
    ("sliding_median", "the median of every window of size k over a stream of numbers"),
    ("Codec", "serialise a binary tree to a string and back"),
    ("PrefixTrie", "a trie that counts how many stored words share each prefix"),
    ("rle_bytes", "run-length encode and decode a byte string"),
    ("spiral_order", "return the elements of a matrix in clockwise spiral order"),
    ("roman", "convert integers to Roman numerals and back, rejecting invalid input"),
    ("parse_csv_line", "split one CSV line honouring quotes and escaped quotes"),
    ("k_way_merge", "merge k sorted iterators lazily"),
    ("shortest_paths", "Dijkstra's shortest paths on an adjacency list with a binary heap"),
    ("DisjointSet", "union-find with path compression and union by rank"),
    ("compare_semver", "compare two semantic version strings including pre-release tags"),
    ("chunk_text", "split text into chunks of at most n tokens without breaking words"),
    ("cron_next", "compute the next firing time of a five-field cron expression"),
)
_PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
_EDGES = (
    "empty input",
    "very large input",
    "unicode",
    "negative numbers",
    "duplicates",
    "invalid input",
)
_SNIPPETS = (
    "def {f}(xs):\n    out = []\n    for i, x in enumerate(xs):\n        if x not in out:\n            out.append(x)\n    return out",
    "def {f}(s, k):\n    best = 0\n    for i in range(len(s) - k + 1):\n        best = max(best, sum(s[i:i + k]))\n    return best",
    "function {f}(items) {{\n  const seen = {{}};\n  return items.filter(x => seen[x] ? false : (seen[x] = true));\n}}",
    "func {f}(a []int) int {{\n\tm := 0\n\tfor _, v := range a {{\n\t\tif v > m {{\n\t\t\tm = v\n\t\t}}\n\t}}\n\treturn m\n}}",
)


_CODE_EXTRA = (
    "",
    " Use generics where the language allows.",
    " Make it safe to call from several threads.",
    " Do not use any third-party packages.",
    " Inputs can have up to {n} elements, so mind the complexity.",
    " Add property-based tests as well.",
    " Follow the language's standard style guide strictly.",
    " Include a small benchmark.",
    " The public API must not allocate on the hot path.",
    " Return errors as values, never panic or throw for bad input.",
)


def code_task(rng: np.random.Generator, plang: str, style: int) -> str:
    fn, spec = pick(rng, _CODE_TASKS)
    if chance(rng, 0.4):
        fn = f"{pick(rng, ('fast', 'safe', 'lazy', 'strict', 'batch', 'stream'))}_{fn}"
    extra = pick(rng, _CODE_EXTRA).format(
        n=f"{int(pick(rng, (10, 50, 100, 500))) * 10 ** irange(rng, 3, 6):,}"
    )
    s = style % 4
    if s == 0:
        edges = ", ".join(_EDGES[i] for i in rng.permutation(len(_EDGES))[:2].tolist())
        return (
            f"Implement `{fn}` in {plang}: {spec}. Handle edge cases ({edges}). Include doc comments and "
            f"at least five unit tests.{extra} Return only the code."
        )
    if s == 1:
        return (
            f"Write an idiomatic {plang} solution for the following: {spec}.{extra} First explain the "
            "algorithm and its time and space complexity, then give the code, then the tests."
        )
    snippet = pick(rng, _SNIPPETS).format(
        f=pick(rng, ("dedupe", "window_max", "uniq", "maxOf", "helper", "proc"))
    )
    if s == 2:
        return f"Port this function to {plang}, keep the behaviour identical, and add tests.{extra}\n```\n{snippet}\n```"
    return (
        f"Review the following code. List every bug or inefficiency, then give a corrected and optimised "
        f"version in {plang} with an explanation.\n```\n{snippet}\n```"
    )


# --------------------------------------------------------------------------------------------
# crowd wrappers: a person pasting a task into their own chat

_CROWD: dict[str, tuple[str, ...]] = {
    "en": (
        "{q}",
        "hi! {q}",
        "{q} please explain your reasoning",
        "can u help me with this: {q}",
        "{q}\nthanks",
        "Task {tid}: {q}",
    ),
    "es": ("{q}", "hola! {q}", "{q} gracias", "me ayudas con esto? {q}", "Tarea {tid}: {q}"),
    "pt": ("{q}", "oi, {q}", "{q} obrigado!", "me ajuda com isso: {q}", "Tarefa {tid}: {q}"),
    "hi": ("{q}", "नमस्ते, {q}", "{q} धन्यवाद", "Task {tid}: {q}"),
    "tl": ("{q}", "hello po, {q}", "{q} salamat po", "Task {tid}: {q}"),
}


def crowd_wrap(rng: np.random.Generator, q: str, lang: str, tid: int, sloppy: float) -> str:
    text = pick(rng, _CROWD.get(lang, _CROWD["en"])).format(q=q, tid=tid)
    if chance(rng, sloppy):
        text = text.lower().rstrip(".?!")
    return text


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def bench_item(item_seed: list[int], fmt: int) -> str:
    """A fixed benchmark item: the same seed gives the same text in every run."""
    r = np.random.default_rng(item_seed)
    p = problem(r, "en")
    if fmt % 3 == 0:
        return f"Question: {p}\nAnswer: Let's think step by step."
    if fmt % 3 == 1:
        opts = sorted(set(r.integers(2, 400, size=4).tolist()))
        while len(opts) < 4:
            opts.append(opts[-1] + 7)
        body = "\n".join(f"({'ABCD'[i]}) {v}" for i, v in enumerate(opts))
        return (
            "The following is a multiple-choice question. Think step by step and then finish with "
            f"'The answer is (X)'.\n\n{p}\n{body}"
        )
    return f"Solve: {p}\nGive the final answer as a single number on the last line."


def vendor_rubric(
    rng: np.random.Generator, chat: list[str], passages: list[str], project: str
) -> str:
    q = trim(pick(rng, chat), 60, 500, rng)
    a = trim(pick(rng, passages), 200, 1000, rng)
    tid = irange(rng, 10000, 99999)
    s = irange(rng, 0, 2)
    if s == 0:
        return (
            f"Project {project}, task {tid}. I'm the human rater on this one, just want a second look. "
            "Which rubric items does the response fail (accuracy, follows instructions, no unsupported "
            f"claims, appropriate length)? Be brief.\n\nPrompt: {q}\n\nResponse: {a}"
        )
    if s == 1:
        return (
            f"Help me word the rationale for task {tid}: I preferred the response below because it answers "
            f"the actual question. Two sentences, neutral tone.\n\nPrompt: {q}\nResponse: {a}"
        )
    return f"Does this response contain any factual errors? List them or say none.\n\n{a}"


_GUIDE_ZH = "根据社区规范（禁止骚扰、人身攻击、泄露隐私、广告），请改写以下用户评论，使其合规但保留作者观点；如果无法改写，请回复“删除”。"


def moderation(rng: np.random.Generator, chat: list[str], lang: str, version: str) -> str:
    post = trim(pick(rng, chat), 30, 600, rng)
    if lang == "zh":
        return f"{_GUIDE_ZH}\n\n评论：{post}"
    if lang == "es":
        return (
            f"Normas de la comunidad (v{version}): nada de acoso, datos personales ni spam. Reescribe el "
            f"comentario para que cumpla las normas sin cambiar la opinión del autor, o responde ELIMINAR.\n\n{post}"
        )
    if lang == "de":
        return (
            f"Community-Richtlinien v{version}: keine Beleidigungen, keine persönlichen Daten, kein Spam. "
            f"Formuliere den Beitrag regelkonform um, ohne die Aussage zu ändern, oder antworte ENTFERNEN.\n\n{post}"
        )
    return (
        f"Community guidelines v{version}: no harassment, no doxxing, no graphic violence, no spam. Rewrite "
        "the post so it complies while keeping the author's point, or answer REMOVE if that is impossible. "
        f"Also give a one-word reason code.\n\nPost: {post}"
    )


_TEST_OUT = (
    "FAILED tests/test_{m}.py::test_{f} - AssertionError: expected {a}, got {b}\n{n} passed, 1 failed in {t}s",
    "error[E0308]: mismatched types\n --> src/{m}.rs:{a}:{b}\n  expected `usize`, found `i64`",
    "TypeError: Cannot read properties of undefined (reading '{f}')\n    at {m}.ts:{a}:{b}",
    "$ rg -n {f} src/\nsrc/{m}/core.py:{a}:    def {f}(self, value):\nsrc/{m}/cli.py:{b}:    obj.{f}(x)",
    "{n} passed in {t}s",
    "src/{m}/\n  __init__.py\n  core.py\n  cli.py\n  util.py\ntests/\n  test_core.py",
)


def ide_agent_step(rng: np.random.Generator, task: str) -> str:
    out = pick(rng, _TEST_OUT).format(
        m=pick(rng, ("billing", "parser", "auth", "sync", "report")),
        f=pick(rng, ("normalize", "load_config", "retry", "to_dict", "render")),
        a=irange(rng, 2, 400),
        b=irange(rng, 2, 80),
        n=irange(rng, 3, 240),
        t=f"{rng.uniform(0.2, 40):.2f}",
    )
    tool = pick(rng, ("run_terminal_cmd", "read_file", "grep_search", "edit_file", "list_dir"))
    return f'<tool_result tool="{tool}">\n{out}\n</tool_result>\n\nUser request: {task}'


_INTENTS = {
    "card_lost": "I think I lost my debit card yesterday, can you freeze it?",
    "transfer_pending": "My transfer from Monday still shows as pending",
    "change_pin": "how do i change my card PIN",
    "fee_question": "Why was I charged a fee on my last ATM withdrawal?",
    "close_account": "I want to close my savings account",
    "direct_debit": "Cancel the direct debit to my gym please",
    "exchange_rate": "what rate do you use for euro payments",
    "address_change": "I moved, how do I update my address?",
}


def augmentation(rng: np.random.Generator, lang: str) -> str:
    intent = pick(rng, list(_INTENTS))
    n = int(pick(rng, (10, 20, 25, 30, 50))) + irange(rng, 0, 4)
    if lang == "de":
        return (
            f"Erzeuge {n} Umformulierungen der folgenden Kundennachricht für den Intent '{intent}'. Variiere "
            f'Ton und Länge, etwa 20 % mit Tippfehlern. Gib ein JSON-Array von Strings zurück.\n\n"{_INTENTS[intent]}"'
        )
    if lang == "es":
        return (
            f"Genera {n} paráfrasis del siguiente mensaje de cliente para el intent '{intent}'. Varía el tono "
            f'y la longitud; incluye errores de escritura en un 20 %. Devuelve un array JSON.\n\n"{_INTENTS[intent]}"'
        )
    if chance(rng, 0.3):
        label = pick(rng, ("1 star", "2 stars", "3 stars", "4 stars", "5 stars"))
        return (
            f"Write {n} short synthetic app-store reviews of a banking app that a user rating it {label} "
            "might write. Vary length and topic. Output a JSON array of strings."
        )
    return (
        f"Generate {n} paraphrases of the customer message below for the intent '{intent}'. Vary tone, "
        "length and vocabulary; include typos in about 20% of them. Return a JSON array of strings.\n\n"
        f'Message: "{_INTENTS[intent]}"'
    )


_COMPANION: dict[str, tuple[str, ...]] = {
    "en": (
        "i had such a long day at work",
        "tell me the lighthouse story again but with a different ending",
        "do you remember what I told you about my sister?",
        "good morning!! slept terribly",
        "can we play twenty questions",
        "i'm nervous about the interview tomorrow",
        "what would you cook tonight if you were me",
        "haha you're so dramatic",
        "write me a short poem about rain on the bus window",
        "i finally finished the book you recommended",
        "ugh my cat knocked over the plant again",
        "tell me something that'll make me laugh",
        "do you think people can change?",
        "goodnight, talk tomorrow",
    ),
    "es": (
        "hola, ¿cómo estás hoy?",
        "cuéntame una historia corta",
        "estoy aburrida",
        "buenas noches!",
    ),
    "pt": ("oi sumido", "me conta uma história", "to triste hoje", "boa noite, até amanhã"),
    "ja": ("おはよう！", "今日はちょっと疲れた", "何か面白い話して", "おやすみ"),
}


_DAYBITS = (
    "my boss moved the deadline again",
    "the train was late for the third time this week",
    "i made pasta from scratch",
    "my friend didn't text back",
    "i went running for the first time in months",
    "it's been raining all day",
    "i can't stop thinking about what you said yesterday",
    "my sister is visiting this weekend",
    "i got the apartment!!",
    "work was fine i guess",
)
_ASKS = (
    "what do you think?",
    "how was your day?",
    "tell me something nice",
    "can you distract me",
    "",
    "",
)


def companion(rng: np.random.Generator, persona: str, lang: str, chat: list[str]) -> str:
    if lang == "en" and chance(rng, 0.2):
        msg = trim(pick(rng, chat), 10, 160, rng)
    elif lang == "en" and chance(rng, 0.5):
        msg = f"{pick(rng, _DAYBITS)} {pick(rng, _ASKS)}".strip()
        if chance(rng, 0.3):
            msg = f"{pick(rng, ('hey', 'hi', 'ok so', 'lol', 'ugh'))} {msg}"
    else:
        msg = pick(rng, _COMPANION.get(lang, _COMPANION["en"]))
    return f"[character: {persona}] {msg}" if chance(rng, 0.5) else msg


_STUDENT = (
    "{q}",
    "for my homework: {q}",
    "{q} I don't get the part about the formula",
    "can you check my approach? {q}",
    "{q} (we covered this in the lecture but I missed it)",
)
_STUDENT_FOLLOW = (
    "wait why does that step work",
    "can you do a similar example with different numbers",
    "ok I think I get it, is my answer {n} right?",
    "what would the professor expect as the final form",
    "thanks! and for part b?",
)


def student(rng: np.random.Generator, q: str) -> str:
    return pick(rng, _STUDENT).format(q=q)


def student_follow(rng: np.random.Generator) -> str:
    return pick(rng, _STUDENT_FOLLOW).format(n=irange(rng, 2, 500))


def calibration_item(item_seed: list[int]) -> str:
    r = np.random.default_rng(item_seed)
    k = int(r.integers(0, 4))
    if k == 0:
        body = f"Is {int(r.integers(1000, 99999))} a prime number?"
    elif k == 1:
        a, b, c, d = (int(x) for x in r.integers(2, 60, size=4))
        body = f"Which is larger, {a}/{b + a} or {c}/{d + c}?"
    elif k == 2:
        body = f"Is the population of {pick(r, _CITIES)} greater than {int(r.integers(1, 30))} million?"
    else:
        _, c1 = concept(r)
        body = f"True or false: {c1} was first described before the year {int(r.integers(1700, 2000))}."
    return (
        f"{body}\nGive your answer and your confidence as a probability between 0 and 1, in the format "
        "answer=<...>; p=<...>"
    )


_TARGETS = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "pl-PL",
    "tr-TR",
    "nl-NL",
)


def agency_job(rng: np.random.Generator, client: str, passage: str) -> str:
    return (
        f"[Job {irange(rng, 1000, 9999)}-{client}] Translate into {pick(rng, _TARGETS)} "
        f"({pick(rng, ('formal', 'informal', 'marketing', 'technical'))} register). Keep formatting, "
        "placeholders and product names unchanged.\n\n" + passage
    )


_PUZZLES = (
    "How many times does the letter r appear in the word 'carrier'?",
    "A brick weighs one kilo plus half a brick. How much does the brick weigh?",
    "Which is heavier, a kilo of feathers or a kilo of lead?",
    "If it takes 5 machines 5 minutes to make 5 widgets, how long do 100 machines take for 100 widgets?",
    "Write a limerick about a database migration that went wrong.",
    "What is 17 * 24 - 13? Explain your working.",
    "I have three apples, eat one and buy two more. How many apples do I have?",
    "Explain quantum entanglement in one paragraph without jargon.",
    "Draw an ASCII cat.",
    "Write a haiku about a model release day.",
)


def reviewer_prompt(rng: np.random.Generator, chat: list[str]) -> str:
    if chance(rng, 0.45):
        return pick(rng, _PUZZLES)
    return pick(rng, chat)

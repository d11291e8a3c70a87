"""Prompt generators of blind batch 257, written fresh for this batch.

Every generator takes the caller's generator first and returns a list of strings (one per
event). Ordinary human text comes from ShareGPT's "sim" half through the batch context
(`ctx.chat`: human prompts, `ctx.passages`: assistant-style answers); everything else is
built here from small hand-written pools, in several languages and several independent styles.
Pools are tuples (never sets) so every draw happens in the same order in every process.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _clip(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary if possible."""
    k = irange(rng, lo, hi)
    if len(text) <= k:
        return text
    cut = text.rfind(" ", 0, k)
    return text[: cut if cut > lo // 2 else k].rstrip() + " ..."


def _weighted(rng: Rng, items: Sequence, weights: Sequence[float]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


# --------------------------------------------------------------------------------------------
# shared pools

SUBJECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "physics",
        (
            "conservation of angular momentum",
            "Snell's law of refraction",
            "the second law of thermodynamics",
            "the photoelectric effect",
            "Faraday's law of induction",
            "damped harmonic oscillators",
            "Bernoulli's equation",
            "time dilation in special relativity",
            "the Doppler shift of sound",
            "buoyancy and Archimedes' principle",
        ),
    ),
    (
        "chemistry",
        (
            "Le Chatelier's principle",
            "buffer solutions",
            "hybridisation of carbon orbitals",
            "reaction order and rate laws",
            "oxidation states",
            "Gibbs free energy and spontaneity",
            "chirality in organic molecules",
            "galvanic cells",
            "the ideal gas law",
            "titration curves",
        ),
    ),
    (
        "biology",
        (
            "the Krebs cycle",
            "meiosis versus mitosis",
            "CRISPR-Cas9 gene editing",
            "the action potential in neurons",
            "Hardy-Weinberg equilibrium",
            "the adaptive immune response",
            "photosynthesis light reactions",
            "operons in bacteria",
            "kin selection",
            "osmoregulation in fish",
        ),
    ),
    (
        "economics",
        (
            "price elasticity of demand",
            "comparative advantage",
            "the liquidity trap",
            "moral hazard in insurance",
            "the Phillips curve",
            "Nash equilibrium in duopolies",
            "externalities and Pigouvian taxes",
            "purchasing power parity",
            "the multiplier effect",
            "adverse selection in used-car markets",
        ),
    ),
    (
        "computer science",
        (
            "amortised analysis of dynamic arrays",
            "the CAP theorem",
            "Dijkstra's algorithm",
            "garbage collection by reference counting",
            "public-key cryptography",
            "the halting problem",
            "B-trees in databases",
            "consistent hashing",
            "TCP congestion control",
            "dynamic programming",
        ),
    ),
    (
        "statistics",
        (
            "the central limit theorem",
            "p-values and their misuse",
            "Bayes' theorem",
            "confidence intervals",
            "overfitting and cross-validation",
            "Simpson's paradox",
            "maximum likelihood estimation",
            "the bias-variance trade-off",
            "survivorship bias",
            "bootstrap resampling",
        ),
    ),
    (
        "history",
        (
            "the causes of the First World War",
            "the fall of the Western Roman Empire",
            "the Meiji Restoration",
            "the Columbian Exchange",
            "the Haitian Revolution",
            "the printing press and the Reformation",
            "decolonisation in Africa",
            "the Silk Road trade network",
            "the Congress of Vienna",
            "the Green Revolution",
        ),
    ),
    (
        "philosophy",
        (
            "the trolley problem",
            "Descartes' cogito",
            "utilitarianism versus deontology",
            "the ship of Theseus",
            "Hume's problem of induction",
            "the veil of ignorance",
            "compatibilism about free will",
            "the Chinese room argument",
            "virtue ethics",
            "Gettier cases",
        ),
    ),
    (
        "medicine",
        (
            "how vaccines train immunity",
            "antibiotic resistance",
            "type 1 versus type 2 diabetes",
            "blood pressure regulation",
            "how statins lower cholesterol",
            "the placebo effect",
            "sepsis",
            "the blood-brain barrier",
            "how anaesthesia works",
            "herd immunity thresholds",
        ),
    ),
    (
        "law",
        (
            "the difference between civil and criminal liability",
            "consideration in contract law",
            "fair use in copyright",
            "the presumption of innocence",
            "judicial review",
            "negligence and duty of care",
            "GDPR's lawful bases for processing",
            "adverse possession",
            "the doctrine of precedent",
            "limited liability of shareholders",
        ),
    ),
    (
        "earth science",
        (
            "plate tectonics",
            "the carbon cycle",
            "how hurricanes form",
            "the greenhouse effect",
            "ocean thermohaline circulation",
            "the rock cycle",
            "El Nino and La Nina",
            "aquifer depletion",
            "glacier mass balance",
            "monsoon dynamics",
        ),
    ),
    (
        "linguistics",
        (
            "the Great Vowel Shift",
            "tone in Mandarin",
            "creole formation",
            "the Sapir-Whorf hypothesis",
            "agglutinative morphology",
            "code-switching",
            "Grimm's law",
            "garden-path sentences",
            "pragmatics and implicature",
            "language acquisition in children",
        ),
    ),
)

LEVELS = (
    "a curious 10-year-old",
    "a high-school student",
    "a first-year undergraduate",
    "a graduate student",
    "a domain expert who wants rigour",
    "a busy manager with no background",
    "a retired engineer",
)

CITIES = (
    "Lagos",
    "Berlin",
    "Sao Paulo",
    "Mumbai",
    "Osaka",
    "Mexico City",
    "Krakow",
    "Nairobi",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Gothenburg",
    "Manila",
    "Santiago",
    "Izmir",
    "Surabaya",
    "Lyon",
    "Karachi",
    "Accra",
    "Valencia",
)

#: language code -> English name (targets and template languages)
LANG_NAMES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("es", "Spanish"),
    ("pt", "Brazilian Portuguese"),
    ("de", "German"),
    ("fr", "French"),
    ("it", "Italian"),
    ("pl", "Polish"),
    ("tr", "Turkish"),
    ("ru", "Russian"),
    ("ar", "Arabic"),
    ("hi", "Hindi"),
    ("id", "Indonesian"),
    ("vi", "Vietnamese"),
    ("zh", "Simplified Chinese"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("sw", "Swahili"),
    ("th", "Thai"),
    ("uk", "Ukrainian"),
    ("nl", "Dutch"),
    ("bn", "Bengali"),
    ("fa", "Persian"),
    ("tl", "Tagalog"),
    ("yo", "Yoruba"),
)
LANG = dict(LANG_NAMES)


def concept(rng: Rng) -> tuple[str, str]:
    subject, items = pick(rng, SUBJECTS)
    return subject, pick(rng, items)


def chat_prompt(rng: Rng, chat: Sequence[str], hi: int = 1600) -> str:
    text = pick(rng, chat)
    return text if len(text) <= hi else _clip(text, hi // 2, hi, rng)


def passage(rng: Rng, passages: Sequence[str], lo: int = 300, hi: int = 900) -> str:
    return _clip(pick(rng, passages), lo, hi, rng)


# --------------------------------------------------------------------------------------------
# numeric problems in several languages


def _quadratic(rng: Rng) -> tuple[int, int]:
    r1, r2 = irange(rng, -12, 15), irange(rng, -9, 19)
    return r1 + r2, r1 * r2


def problem(rng: Rng, lang: str = "en") -> str:
    """A word problem with fresh numbers (en, es, pt, de, ru, zh; other codes fall back to en)."""
    a, b, c, d = irange(rng, 8, 95), irange(rng, 9, 40), irange(rng, 5, 80), irange(rng, 12, 60)
    p, q = irange(rng, 5, 45), irange(rng, 5, 40)
    f = irange(rng, 20, 900)
    s, t = _quadratic(rng)
    vol, conc = irange(rng, 50, 750), round(float(rng.uniform(0.05, 2.5)), 2)
    n_people, n_pairs = irange(rng, 5, 11), irange(rng, 2, 3)
    v0, h0 = irange(rng, 4, 35), irange(rng, 0, 60)
    principal, months, rate = (
        irange(rng, 2, 90) * 1000,
        pick(rng, (12, 24, 36, 48, 60)),
        round(float(rng.uniform(2, 19)), 1),
    )
    k_odd = irange(rng, 4, 15)
    start_odd = 2 * irange(rng, 0, 40) + 1
    odd_sum = sum(start_odd + 2 * i for i in range(k_odd))
    x1, x2 = irange(rng, 2, 9), irange(rng, 2, 9)
    compound = pick(rng, ("NaCl", "KNO3", "CuSO4", "glucose (C6H12O6)", "NaOH", "CaCl2"))
    if lang == "zh":
        return pick(
            rng,
            (
                f"一辆汽车先以每小时{b}公里的速度行驶{a}公里，再以每小时{d}公里的速度行驶{c}公里。全程平均速度是多少？",
                f"一个水池容量为{a * 10}升。甲管{x1}小时可注满，乙管{x1 + x2}小时可放空。两管同时打开，需要多少小时注满？",
                f"解方程 x² - ({s})x + ({t}) = 0，求出所有解并验算。",
                f"某商品先涨价{p}%，后又降价{q}%，现价{f}元。原价是多少元？",
                f"{n_people}个人围坐一张圆桌，其中{n_pairs}个指定的人两两不能相邻，共有多少种坐法？",
                f"{k_odd}个连续奇数之和为{odd_sum}，其中最大的数是多少？",
                f"从{h0}米高处以{v0}米/秒的速度竖直向上抛出一个小球，取g=9.8米/秒²，小球多久落地？",
            ),
        )
    if lang == "es":
        return pick(
            rng,
            (
                f"Un ciclista recorre {a} km a {b} km/h y después {c} km a {d} km/h. ¿Cuál es su velocidad media en todo el trayecto?",
                f"Una tienda sube un precio un {p} % y luego lo rebaja un {q} %. El precio final es {f} euros. ¿Cuál era el precio original?",
                f"Resuelve x² - ({s})x + ({t}) = 0 y comprueba las soluciones.",
                f"Se pide un préstamo de {principal} pesos a {months} meses con un interés anual del {rate} % capitalizado mensualmente. ¿Cuánto es la cuota mensual?",
                f"¿Cuántos gramos de {compound} hacen falta para preparar {vol} mL de una disolución {conc} M?",
                f"La suma de {k_odd} números impares consecutivos es {odd_sum}. ¿Cuál es el mayor?",
            ),
        )
    if lang == "pt":
        return pick(
            rng,
            (
                f"Um ciclista percorre {a} km a {b} km/h e depois {c} km a {d} km/h. Qual é a velocidade média no percurso inteiro?",
                f"Uma loja aumenta um preço em {p}% e depois dá um desconto de {q}%. O preço final é R$ {f}. Qual era o preço inicial?",
                f"Resolva a equação x² - ({s})x + ({t}) = 0.",
                f"Uma bola é lançada para cima a {v0} m/s de uma altura de {h0} m. Quanto tempo leva para tocar o chão? (g = 9,8 m/s²)",
                f"De quantas maneiras {n_people} pessoas podem sentar-se em volta de uma mesa redonda se {n_pairs} pessoas específicas não podem ficar lado a lado?",
            ),
        )
    if lang == "de":
        return pick(
            rng,
            (
                f"Ein Zug fährt {a} km mit {b} km/h und danach {c} km mit {d} km/h. Wie hoch ist die Durchschnittsgeschwindigkeit?",
                f"Ein Preis wird um {p} % erhöht und danach um {q} % gesenkt. Der Endpreis beträgt {f} Euro. Wie hoch war der ursprüngliche Preis?",
                f"Löse die Gleichung x² - ({s})x + ({t}) = 0 und begründe jeden Umformungsschritt.",
                f"Ein Kredit über {principal} Euro wird in {months} gleichen Monatsraten bei {rate} % Jahreszins (monatliche Verzinsung) getilgt. Wie hoch ist die Rate?",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"Велосипедист проехал {a} км со скоростью {b} км/ч, а затем {c} км со скоростью {d} км/ч. Найдите среднюю скорость на всём пути.",
                f"Решите уравнение x² - ({s})x + ({t}) = 0.",
                f"Цену товара сначала повысили на {p}%, а потом снизили на {q}%. Теперь товар стоит {f} рублей. Какой была исходная цена?",
                f"Сумма {k_odd} последовательных нечётных чисел равна {odd_sum}. Найдите наибольшее из них.",
                f"Сколько граммов {compound} нужно для приготовления {vol} мл раствора концентрацией {conc} М?",
            ),
        )
    return pick(
        rng,
        (
            f"A cyclist rides {a} km at {b} km/h and then {c} km at {d} km/h. What is her average speed over the whole trip?",
            f"A tank holds {a * 10} litres. Pipe A fills it in {x1} hours and pipe B drains it in {x1 + x2} hours. With both open, how long until it is full?",
            f"Find all solutions of x^2 - ({s})x + ({t}) = 0 and check them.",
            f"A shop raises a price by {p}% and later cuts it by {q}%. The final price is ${f}. What was the original price?",
            f"In how many ways can {n_people} people sit around a round table if {n_pairs} particular people must not sit next to each other?",
            f"The sum of {k_odd} consecutive odd numbers is {odd_sum}. What is the largest of them?",
            f"A loan of ${principal} is repaid in {months} equal monthly instalments at {rate}% annual interest compounded monthly. What is each instalment?",
            f"A ball is thrown straight up at {v0} m/s from a height of {h0} m. When does it hit the ground? Use g = 9.8 m/s^2.",
            f"How many grams of {compound} are needed to make {vol} mL of a {conc} M solution?",
            f"Two fair dice are rolled {x1} times. What is the probability that a total of {x2 + 3} shows up at least once?",
            f"A rectangle has sides {x1 + a % 7} cm and {x2 + c % 5} cm. A second rectangle has the same perimeter but is a square. By how much do their areas differ?",
            f"{pick(rng, NAMES)} is {a % 40 + 20} years old and {pick(rng, NAMES)} is {b % 30 + 5}. In how many years will the first be exactly twice as old as the second, if ever?",
        ),
    )


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning_trace(rng: Rng, n: int, langs: Sequence[str], styles: Sequence[int]) -> list[str]:
    out = []
    for _ in range(n):
        lang, style = pick(rng, langs), pick(rng, styles)
        body = problem(rng, lang)
        if lang == "zh":
            out.append(
                pick(
                    rng,
                    (
                        f"请一步一步地详细推理，把你的完整思考过程（包括中间计算、检验和放弃的思路）都写出来，最后单独一行写“答案：”。\n题目：{body}",
                        f"<思考>部分请尽量详细，不要省略任何步骤。\n{body}\n输出格式：<思考>...</思考><答案>...</答案>",
                    ),
                )
            )
        elif lang == "es":
            out.append(
                pick(
                    rng,
                    (
                        f"Resuelve el siguiente ejercicio razonando paso a paso, sin saltarte nada: escribe todos los cálculos intermedios y revisa tu resultado antes de terminar con 'RESPUESTA:'.\n\n{body}",
                        f"Piensa en voz alta como lo haría un profesor experto. Primero explora varias estrategias, descarta las que no funcionan y explica por qué.\nEjercicio: {body}",
                    ),
                )
            )
        elif lang == "ru":
            out.append(
                f"Решай подробно, шаг за шагом, записывая все промежуточные рассуждения и проверки. В конце напиши «Ответ:».\n{body}"
            )
        elif lang == "pt":
            out.append(
                f"Mostre todo o seu raciocínio, passo a passo, antes da resposta final. Não pule etapas.\n{body}"
            )
        elif lang == "de":
            out.append(
                f"Denke Schritt für Schritt nach und schreibe jeden Zwischenschritt ausführlich auf, bevor du das Ergebnis nennst.\n\n{body}"
            )
        elif style == 0:
            out.append(
                "Solve the problem below. Before the final answer, write your complete chain of reasoning inside "
                "<reasoning></reasoning> tags: every intermediate calculation, every check, and any approach you tried "
                f"and abandoned. Then give the answer inside <answer></answer>.\n\nProblem: {body}"
            )
        elif style == 1:
            task = body.replace('"', "'")
            rid = f"r{int(rng.integers(10**7, 10**8))}"
            out.append(
                f'{{"id": "{rid}", "mode": "long_think", "instruction": "Reason at length before answering. Verbalise '
                'every step, double-check arithmetic, and state the final answer on the last line as ANSWER: <value>.", '
                f'"input": "{task}"}}'
            )
        elif style == 2:
            subject, item = concept(rng)
            out.append(
                f"Question ({subject}): why does {item} work the way it does? Think through it as an expert would, out loud, "
                "considering at least two lines of argument and where each could go wrong, before you conclude. "
                "Do not summarise your thinking; show all of it."
            )
        else:
            out.append(
                f"{body}\n\nLet's work this out very carefully. Show each step on its own line, numbered, and explain why "
                "each step follows from the previous one. If you notice a mistake, say so and correct it."
            )
    return out


# --------------------------------------------------------------------------------------------
# judge / rubric / reward labels

_RUBRIC_AXES = (
    "factual accuracy",
    "helpfulness",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "reasoning quality",
    "honesty about uncertainty",
)


def judge_label(
    rng: Rng, n: int, chat: Sequence[str], passages: Sequence[str], styles: Sequence[int]
) -> list[str]:
    out = []
    for _ in range(n):
        style = pick(rng, styles)
        q = chat_prompt(rng, chat, 500)
        ra, rb = passage(rng, passages, 250, 700), passage(rng, passages, 250, 700)
        if style == 0:
            out.append(
                f"[Instruction]\n{q}\n\n[Response A]\n{ra}\n\n[Response B]\n{rb}\n\n"
                "Compare the two responses carefully. Write your reasoning first, then output a JSON object "
                '{"winner": "A" | "B" | "tie", "margin": 1-5, "rationale": "..."}.'
            )
        elif style == 1:
            axes = list(
                rng.choice(len(_RUBRIC_AXES), size=irange(rng, 3, 5), replace=False).tolist()
            )
            rub = "\n".join(f"- {_RUBRIC_AXES[i]} (1-10)" for i in axes)
            out.append(
                f"Grade the assistant answer against this rubric:\n{rub}\n\nGive a critique of at least three sentences "
                f"per criterion, then the scores, then an overall score.\n\nUser: {q}\n\nAssistant: {ra}"
            )
        elif style == 2:
            out.append(
                f"<|prompt|>{q}<|response|>{ra}<|end|>\nYou are a reward model. Output a single scalar reward in [-5, 5] "
                "on the first line, followed by a short justification that explains which specific sentences raised or "
                "lowered the score."
            )
        elif style == 3:
            out.append(
                "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 7 für Richtigkeit, "
                f"Hilfsbereitschaft und Sicherheit. Begründe jede Bewertung ausführlich.\n\nFrage: {q}\n\nAntwort: {ra}"
            )
        elif style == 4:
            out.append(
                f"以下のユーザーの質問に対する2つの回答を比較し、どちらが優れているかを判定してください。"
                f"判定の理由を詳しく述べたうえで、最後に「勝者: A」または「勝者: B」と書いてください。\n\n質問: {q}\n\n回答A: {ra}\n\n回答B: {rb}"
            )
        else:
            out.append(
                f"Here is a conversation turn. Identify every error, omission or unsafe statement in the reply, then "
                f"rewrite the reply as the ideal answer, then score the original from 0 to 100.\n\nQ: {q}\nA: {ra}"
            )
    return out


# --------------------------------------------------------------------------------------------
# policy / censorship-safe rewrites

_JURISDICTIONS = (
    "the mainland consumer AI service rules",
    "the Gulf region media guidelines",
    "the national broadcasting code",
    "our app store's regional content policy",
    "the ministry's guidance on generative AI",
)
_SENSITIVE = (
    "territorial disputes",
    "criticism of the head of state",
    "protest movements",
    "religious controversy",
    "historical events on the regulator's list",
    "ethnic tensions",
    "LGBTQ topics",
    "alcohol and gambling",
    "foreign news outlets",
    "VPN and circumvention tools",
)


def policy_rewrite(
    rng: Rng, n: int, chat: Sequence[str], passages: Sequence[str], langs: Sequence[str]
) -> list[str]:
    out = []
    for _ in range(n):
        lang = pick(rng, langs)
        q = chat_prompt(rng, chat, 400)
        a = passage(rng, passages, 300, 800)
        k = irange(rng, 2, 4)
        topics = [
            _SENSITIVE[i] for i in rng.choice(len(_SENSITIVE), size=k, replace=False).tolist()
        ]
        if lang == "zh":
            out.append(
                f"请改写下面的回答，使其完全符合相关生成式人工智能服务管理要求：不得涉及{'、'.join(topics)}等内容，"
                f"但要保留所有仍然合规的有用信息，语气积极正面，不要说明你做了修改。只输出改写后的回答。\n\n问题：{q}\n原回答：{a}"
            )
        elif lang == "ru":
            out.append(
                f"Перепиши ответ так, чтобы он соответствовал требованиям к контенту: не упоминай {', '.join(topics)}. "
                f"Сохрани полезную информацию и нейтральный тон. Выведи только новый текст.\n\nВопрос: {q}\nОтвет: {a}"
            )
        elif lang == "ar":
            out.append(
                f"أعد صياغة الإجابة التالية بحيث تتوافق مع إرشادات المحتوى المحلية، واحذف أي إشارة إلى: {'، '.join(topics)}. "
                f"حافظ على المعلومات المفيدة ولا تذكر أنك عدلت النص.\n\nالسؤال: {q}\nالإجابة: {a}"
            )
        elif lang == "tr":
            out.append(
                f"Aşağıdaki cevabı yerel içerik kurallarına uygun olacak şekilde yeniden yaz: {', '.join(topics)} konularına hiç değinme, "
                f"faydalı bilgiyi koru. Sadece yeni metni ver.\n\nSoru: {q}\nCevap: {a}"
            )
        else:
            style = irange(rng, 0, 3)
            if style == 0:
                out.append(
                    f"Rewrite the assistant answer below so that it complies with {pick(rng, _JURISDICTIONS)}. Remove anything "
                    f"touching {', '.join(topics)}; keep everything else that is useful; keep the tone warm; never mention "
                    f"that the text was edited. Output only the rewritten answer.\n\nQuestion: {q}\n\nAnswer: {a}"
                )
            elif style == 1:
                out.append(
                    "Our previous model refused the request below. Write the answer a helpful but careful assistant should "
                    "have given instead: do the safe part fully, decline any unsafe part in one sentence, no lecturing.\n\n"
                    f"User request: {q}"
                )
            elif style == 2:
                out.append(
                    f"Produce a 'sanitised' version of this reply suitable for a market where {topics[0]} and {topics[-1]} "
                    f"must not appear. Then list, as bullet points, what you removed and why.\n\n---\n{a}\n---"
                )
            else:
                out.append(
                    f"Pair generation for alignment data. Prompt: {q}\nWrite (1) the compliant answer under "
                    f"{pick(rng, _JURISDICTIONS)} and (2) a one-line label of which rule applied. Format: ANSWER: ... RULE: ..."
                )
    return out


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

_AGENT_TASKS = (
    "Find the three cheapest direct flights from {c1} to {c2} next {day} and email a comparison to {name}.",
    "Download the sales CSV from {url}, compute revenue per region per month and save a bar chart to /tmp/out.png.",
    "Check whether the latest release of the {repo} repository fixes issue #{num} and summarise the changelog.",
    "Book a 30-minute call with {name} and {name2} next week without clashing with their calendars.",
    "Look up the current VAT rate for digital services in {country} and update the invoice template accordingly.",
    "Reconcile the transactions in ledger.xlsx against bank_export.csv and list mismatches over {num} units.",
    "Find out why the nightly job '{repo}-etl' failed yesterday from its logs and open a ticket with the root cause.",
    "Research three suppliers of recycled packaging in {country} and draft a request for quotation to each.",
    "Rename every photo in ~/Pictures/{c1} by capture date and move duplicates to ~/Pictures/dupes.",
    "Compare the public pricing pages of three cloud GPU providers and produce a table of hourly cost per GPU type.",
    "Translate the README of {repo} into Spanish and open a pull request with the result.",
    "Query the orders database for customers in {c1} who churned last quarter and draft a win-back email.",
)
_TOOLS = (
    ("web_search", "query: string"),
    ("fetch_url", "url: string"),
    ("python", "code: string"),
    ("shell", "cmd: string"),
    ("read_file", "path: string"),
    ("write_file", "path: string, content: string"),
    ("calendar_events", "person: string, start: date, end: date"),
    ("create_event", "title: string, attendees: list, start: datetime, minutes: int"),
    ("send_email", "to: string, subject: string, body: string"),
    ("sql", "query: string"),
    ("github", "action: string, repo: string, args: object"),
)
_OBS = (
    "HTTP 200, 14 results; top: '{c1} to {c2} from $212 (direct)'",
    "Traceback (most recent call last): KeyError: 'region'",
    "rows=1843, columns=['date','region','sku','amount']",
    "{name}: busy Tue 10:00-12:00, Thu 14:00-16:30",
    "exit code 0; 37 files renamed",
    "no results found",
    "Release v{num}.2.0: 'Fix race in scheduler (#{num})'",
    "Permission denied: /var/log/{repo}-etl/2026-02-03.log",
    "email queued (id msg_{num})",
    "query returned 212 rows",
)


def _agent_task(rng: Rng) -> str:
    return pick(rng, _AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        day=pick(rng, ("Monday", "Tuesday", "Thursday", "Friday")),
        name=pick(rng, NAMES),
        name2=pick(rng, NAMES),
        url=f"https://files.example.net/{int(rng.integers(10**5, 10**6))}.csv",
        repo=pick(
            rng, ("atlas", "hummingbird", "kiln", "orchard", "quasar", "tidepool", "lantern")
        ),
        num=irange(rng, 10, 4999),
        country=pick(rng, COUNTRIES),
    )


def _obs(rng: Rng) -> str:
    return pick(rng, _OBS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        name=pick(rng, NAMES),
        num=irange(rng, 2, 900),
        repo=pick(rng, ("atlas", "kiln", "orchard", "quasar")),
    )


def agent_trajectory(rng: Rng, steps: int, style: int) -> list[str]:
    """One task's consecutive requests: the growing transcript's last message at each step."""
    task = _agent_task(rng)
    k = irange(rng, 4, len(_TOOLS))
    tools = [_TOOLS[i] for i in sorted(rng.choice(len(_TOOLS), size=k, replace=False).tolist())]
    out = []
    history: list[str] = []
    for step in range(steps):
        if style == 0:
            tool_txt = "\n".join(f"- {t}({sig})" for t, sig in tools)
            head = (
                f"You are an autonomous agent. Available tools:\n{tool_txt}\n\nUse exactly this format:\nThought: ...\n"
                f"Action: <tool>\nAction Input: <json>\nObservation: ...\n(repeat) then Final Answer: ...\n\nTask: {task}\n"
            )
            out.append(head + "".join(history) + "Thought:")
            t = pick(rng, tools)[0]
            history.append(
                f"Thought: I should use {t} next.\nAction: {t}\nAction Input: {{...}}\nObservation: {_obs(rng)}\n"
            )
        elif style == 1:
            if step == 0:
                out.append(f'{{"role": "user", "content": "{task}"}}')
            else:
                t = pick(rng, tools)[0]
                out.append(
                    f'{{"role": "tool", "name": "{t}", "tool_call_id": "call_{int(rng.integers(16**8)):08x}", '
                    f'"content": "{_obs(rng)}"}}'
                )
        elif style == 2:
            t = pick(rng, tools)[0]
            if step == 0:
                out.append(
                    f"<task>{task}</task>\n<instructions>Plan first, then call one tool per turn inside <call></call>.</instructions>"
                )
            else:
                out.append(
                    f'<result tool="{t}" step="{step}">{_obs(rng)}</result>\nContinue with the next step of your plan.'
                )
        else:
            if step == 0:
                out.append(
                    f"TASK: {task}\nWrite a numbered plan, then execute step 1 by emitting a tool call as JSON "
                    '{"tool": ..., "args": ...}. After each tool result I will paste it back.'
                )
            else:
                out.append(
                    f"Tool result for step {step}:\n{_obs(rng)}\nNext step. If finished, write DONE and a summary."
                )
    return out


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

_DATA_TOPICS = (
    "personal finance",
    "cooking for beginners",
    "SQL query writing",
    "travel visas",
    "high-school geometry",
    "customer complaints about late deliveries",
    "medical symptoms triage",
    "contract clauses",
    "Python debugging",
    "gardening in dry climates",
    "job interviews",
    "car maintenance",
    "mental-health check-ins",
    "tax filing for freelancers",
    "smartphone troubleshooting",
    "climate science",
    "unit conversions",
    "writing cover letters",
    "parenting toddlers",
    "home electrical safety",
)
_PERSONAS = (
    "a retired teacher",
    "a small-business owner",
    "a nurse on night shift",
    "a first-year law student",
    "a farmer",
    "a junior data analyst",
    "an exchange student",
    "a new parent",
    "a warehouse supervisor",
    "a freelance designer",
)


def synth_dataset(
    rng: Rng, n: int, chat: Sequence[str], langs: Sequence[str], styles: Sequence[int]
) -> list[str]:
    out = []
    for _ in range(n):
        lang, style = pick(rng, langs), pick(rng, styles)
        topic, k = pick(rng, _DATA_TOPICS), pick(rng, (10, 15, 20, 25, 30, 40, 50))
        if lang == "pt":
            out.append(
                f"Gere {k} pares de instrução e resposta, variados e de alta qualidade, sobre {topic}, para treinar um "
                'assistente em português. Formato JSONL com as chaves "instrucao" e "resposta". Respostas longas e completas.'
            )
        elif lang == "id":
            out.append(
                f"Buatkan {k} contoh percakapan tanya-jawab yang beragam tentang {topic} dalam bahasa Indonesia. "
                'Setiap jawaban harus lengkap dan mendetail. Format: JSON array berisi objek {"pertanyaan", "jawaban"}.'
            )
        elif lang == "vi":
            out.append(
                f"Hãy tạo {k} cặp câu hỏi và câu trả lời chi tiết về chủ đề {topic} bằng tiếng Việt, định dạng JSONL."
            )
        elif style == 0:
            out.append(
                f"Generate {k} diverse, high-quality instruction/response pairs about {topic} for fine-tuning a chat model. "
                'Output JSONL, one object per line, keys "instruction", "input", "output". Mix easy and hard items; '
                "outputs should be thorough (150-400 words)."
            )
        elif style == 1:
            seeds = "\n".join(f"{i + 1}. {chat_prompt(rng, chat, 160)}" for i in range(3))
            out.append(
                f"Here are three example tasks:\n{seeds}\n\nWrite {k} NEW tasks that are different in topic, format and "
                "difficulty from the examples, each followed by an ideal, complete answer. Number them."
            )
        elif style == 2:
            out.append(
                f"Write {k} multiple-choice questions on {topic}, each with four options, the correct letter, and a "
                "paragraph explaining why each distractor is wrong. Return a JSON list."
            )
        else:
            out.append(
                f"Role-play dataset. Persona: {pick(rng, _PERSONAS)} asking about {topic}. Produce {k} realistic user "
                "messages in that persona's voice (typos allowed) and, for each, the best possible assistant reply. "
                "Separate records with ###."
            )
    return out


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest (simulated user)

_FOLLOWUPS = {
    "en": (
        "Why is that?",
        "Can you give me a concrete example?",
        "Now explain it as if I were twelve.",
        "What would a critic of this view say?",
        "Go deeper on your second point.",
        "Summarise everything we've discussed in five bullet points.",
        "What's the most common mistake people make here?",
        "How would this be different in {country}?",
        "Can you turn that into a step-by-step plan?",
        "I don't get the part about {topic}. Try again differently.",
        "OK, and what are the risks?",
        "Write a short quiz so I can check I understood.",
        "How does {topic} connect to {other}?",
        "Is there any real-world case where {topic} clearly failed?",
        "Compare {topic} with {other} in a table.",
        "If you had to teach {topic} in ten minutes, what would you cut?",
        "Which textbook explanation of {topic} is misleading, and why?",
    ),
    "es": (
        "¿Por qué?",
        "¿Me das un ejemplo concreto?",
        "Explícamelo como si tuviera doce años.",
        "Profundiza en el segundo punto.",
        "Resume todo en cinco puntos.",
        "¿Cómo sería en {country}?",
    ),
    "hi": (
        "ऐसा क्यों होता है?",
        "कोई ठोस उदाहरण दीजिए।",
        "इसे और आसान भाषा में समझाइए।",
        "दूसरे बिंदु को विस्तार से बताइए।",
        "अब तक की बातचीत का सार पाँच बिंदुओं में दीजिए।",
    ),
    "ja": (
        "なぜそうなるのですか？",
        "具体例を挙げてください。",
        "小学生にもわかるように説明してください。",
        "二つ目のポイントをもっと詳しく。",
        "ここまでの内容を5つの箇条書きでまとめてください。",
    ),
    "ko": (
        "왜 그런가요?",
        "구체적인 예를 들어 주세요.",
        "초등학생도 이해할 수 있게 설명해 주세요.",
        "두 번째 요점을 더 자세히 설명해 주세요.",
    ),
    "fr": (
        "Pourquoi ?",
        "Tu peux donner un exemple concret ?",
        "Explique-le comme à un enfant de douze ans.",
        "Développe le deuxième point.",
        "Résume tout en cinq puces.",
    ),
}
_OPENERS = (
    "I'm {persona} and I keep struggling with {topic}. Where do I even start?",
    "Help me understand {item}.",
    "My friend says {item} is overrated. Is she right?",
    "I have an exam on {subject} on Friday. Can we go through {item} together?",
    "Let's have a long conversation about {item}. Start with the basics.",
)


def dialogue(rng: Rng, turns: int, lang: str, chat: Sequence[str]) -> list[str]:
    """One simulated conversation: the user's message at each turn."""
    subject, item = concept(rng)
    if chance(rng, 0.5):
        first = chat_prompt(rng, chat, 700)
    else:
        first = pick(rng, _OPENERS).format(
            persona=pick(rng, _PERSONAS), topic=pick(rng, _DATA_TOPICS), item=item, subject=subject
        )
    msgs = [first]
    pool = _FOLLOWUPS.get(lang, _FOLLOWUPS["en"])
    for _ in range(turns - 1):
        msgs.append(
            pick(rng, pool).format(country=pick(rng, COUNTRIES), topic=item, other=concept(rng)[1])
        )
    return msgs


# --------------------------------------------------------------------------------------------
# soft labels / best-of-n

_LABEL_SETS = (
    ("coding", "writing", "math", "advice", "trivia", "roleplay", "other"),
    ("positive", "negative", "neutral", "mixed"),
    ("safe", "borderline", "unsafe"),
    ("beginner", "intermediate", "expert"),
    ("question", "command", "complaint", "chit-chat"),
)


def soft_label(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    labels = pick(rng, _LABEL_SETS)
    text = chat_prompt(rng, chat, 600) if chance(rng, 0.6) else passage(rng, passages, 200, 500)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"Classify the text into one of: {', '.join(labels)}. Return a probability for EVERY label as JSON (they must "
            f"sum to 1), then one sentence of explanation.\n\nText: {text}"
        )
    if style == 1:
        return f"Text: {text}\n\nFor each label in [{'|'.join(labels)}], give P(label | text) to three decimals. Format: label=p"
    subject, item = concept(rng)
    return (
        f"Question: which field does '{item}' belong to? Options: {subject}, {pick(rng, SUBJECTS)[0]}, {pick(rng, SUBJECTS)[0]}, "
        "none of these. Give the probability you assign to each option and your final choice."
    )


# --------------------------------------------------------------------------------------------
# translation

_TRANSLATE_FMT = (
    "Translate the following text into {lang}. Output only the translation, preserving formatting.\n\n{text}",
    '{{"task": "translate", "target": "{code}", "source_lang": "en", "text": "{text_q}"}}',
    "<2{code}> {text}",
    "Please provide a fluent, natural {lang} version of this passage. Keep technical terms accurate and do not add notes.\n---\n{text}\n---",
    "Source (English):\n{text}\n\nTarget ({lang}):",
)


def translation(rng: Rng, text: str, code: str, style: int) -> str:
    fmt = _TRANSLATE_FMT[style % len(_TRANSLATE_FMT)]
    return fmt.format(
        lang=LANG.get(code, code),
        code=code,
        text=text,
        text_q=text.replace('"', "'").replace("\n", "\\n"),
    )


# --------------------------------------------------------------------------------------------
# code tasks

_CODE_OPS = (
    "merge overlapping intervals",
    "return the k most frequent elements of a list",
    "detect a cycle in a directed graph",
    "compute the longest common subsequence of two strings",
    "serialise and deserialise a binary tree",
    "implement an LRU cache with O(1) get and put",
    "parse arithmetic expressions with + - * / and parentheses",
    "rate-limit function calls with a token bucket",
    "find the shortest path in a weighted grid",
    "validate a Sudoku board",
    "group anagrams together",
    "keep a running median of a number stream",
    "implement a trie with prefix search",
    "topologically sort build targets and report cycles",
    "diff two lists of records by primary key",
    "paginate a sorted result set with opaque cursors",
    "find near-duplicate strings with shingling and Jaccard similarity",
    "binary-search a rotated sorted array",
    "flatten nested JSON into dotted keys and back",
    "compute the edit distance between two words",
    "schedule meetings into the fewest rooms",
    "evaluate a boolean expression with AND, OR, NOT",
    "retry an HTTP call with exponential backoff and jitter",
    "compress a string with run-length encoding",
    "find all connected components in an undirected graph",
    "merge k sorted linked lists",
    "parse a CSV line with quoted fields",
    "implement a min-heap from scratch",
    "detect anagram windows of a pattern inside a text",
    "split a bill fairly among friends with minimal transfers",
)
_CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
_CODE_CONSTRAINTS = (
    "in O(n log n) time",
    "without using the standard library sort",
    "handling unicode input correctly",
    "so that it is safe to call from several threads",
    "for input too large to fit in memory",
    "returning errors instead of panicking",
    "with no recursion",
    "using only constant extra space where possible",
    "with property-based tests",
    "with clear docstrings and type annotations",
)


def code_task(rng: Rng, op: str, lang: str, style: int, chat: Sequence[str]) -> str:
    cons = pick(rng, _CODE_CONSTRAINTS)
    fn = "_".join(op.split()[:3]).replace("-", "_").lower()
    if style == 0:
        return f"hey can you write me a {lang} function to {op}? {cons} would be nice. also a couple of tests pls"
    if style == 1:
        comment = "#" if lang == "Python" else "//"
        return f"```{lang.lower()}\n{comment} TODO: {fn}: {op} ({cons})\n```\nComplete the TODO with production-quality code and explain the complexity."
    if style == 2:
        return (
            f"用{lang}实现：{op}。要求：{cons}。请给出完整代码、单元测试，并解释时间和空间复杂度。"
        )
    if style == 3:
        return (
            f"I'm refactoring our service and need a clean {lang} implementation to {op}, {cons}. Please give the code, "
            "then walk me through the design choices and edge cases you considered."
        )
    return chat_prompt(rng, chat, 900)


# --------------------------------------------------------------------------------------------
# curriculum sweep / explainer


def explainer(rng: Rng, subject: str, item: str, level: str, lang: str, style: int) -> str:
    if lang == "es":
        return f"Explícame {item} ({subject}) para {level}: primero la intuición, luego una definición formal, un ejemplo resuelto y dos errores frecuentes."
    if lang == "de":
        return f"Erkläre {item} ({subject}) für {level}: Intuition, formale Definition, ein durchgerechnetes Beispiel und zwei typische Missverständnisse."
    if lang == "pt":
        return f"Explique {item} ({subject}) para {level}, com intuição, definição formal, um exemplo resolvido e dois erros comuns."
    if lang == "ja":
        return f"{subject}の「{item}」について、{level}向けに、直感的な説明・正式な定義・具体例・よくある誤解を順に説明してください。"
    if style == 0:
        return (
            f"Explain {item} ({subject}) for {level}. Include an intuitive explanation, a formal definition, "
            "a worked example, and two common misconceptions."
        )
    if style == 1:
        return f"so i've been reading about {item} and honestly i'm lost. could you walk me through it properly, with an example?"
    if style == 2:
        return f"Teach me {item} as a short lesson: learning goals, explanation, example, 3 practice questions with full solutions."
    return (
        f"What is {item}, and why does it matter in {subject}? Be thorough and show your reasoning."
    )


# --------------------------------------------------------------------------------------------
# texts of the benign kinds


def eval_item(rng: Rng, style: int) -> str:
    body = problem(rng, "en")
    if style == 0:
        return f"Q: {body}\nA: Let's think step by step."
    if style == 1:
        return f"Answer the following question. Show your work, and finish with 'The answer is X.'\n\n{body}"
    return f"[eval:{pick(rng, ('arith-hard', 'wordprob-v3', 'quant-mix'))}] {body}\nRespond with the final numeric answer on the last line."


_QA_CLIENTS = (
    "Brightline Telecom",
    "Maple Courier",
    "Nimbus Bank",
    "Fernway Travel",
    "Kestrel Insurance",
    "Orbit Foods",
)


def qa_review(rng: Rng, chat: Sequence[str], passages: Sequence[str], client: str) -> str:
    cust, agent = chat_prompt(rng, chat, 400), passage(rng, passages, 200, 600)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"QA review for {client} support. Score the agent reply against the rubric: Empathy (0-2), Accuracy (0-2), "
            "Policy adherence (0-2), Resolution (0-2). Return the four scores and one sentence of coaching for the agent.\n\n"
            f"Customer: {cust}\nAgent: {agent}"
        )
    if style == 1:
        return f"Pre-label for annotator queue {irange(rng, 100, 999)}: is this reply on-topic and correct? yes/no/unsure + reason.\nQ: {cust}\nReply: {agent}"
    return f"Compare our draft reply with the customer's question and flag anything that contradicts {client} policy.\nQuestion: {cust}\nDraft: {agent}"


_LISTING_ITEMS = (
    "iPhone 12, 128GB, cracked back",
    "baby stroller, barely used",
    "Honda Civic 2014, 160k km",
    "gaming PC RTX 3060",
    "vintage leather jacket size M",
    "2-bed flat for rent near the station",
    "puppies for sale, vaccinated",
    "wedding dress, never worn",
    "power tools bundle",
    "textbooks for first-year medicine",
)
_LISTING_REASONS = (
    "contact details in text",
    "prohibited item wording",
    "discriminatory language",
    "misleading price",
    "external payment link",
    "all caps / spam",
)


def listing_rewrite(rng: Rng, lang: str) -> str:
    item, reason = pick(rng, _LISTING_ITEMS), pick(rng, _LISTING_REASONS)
    price = irange(rng, 15, 9000)
    raw = f"{item.upper() if chance(rng, 0.3) else item}!!! only {price}, call/whatsapp +{irange(rng, 10, 99)} {irange(rng, 100000, 999999)}, no timewasters"
    if lang == "es":
        return f"El anuncio #{irange(rng, 10**6, 10**7)} fue marcado ({reason}). Reescríbelo según la política del marketplace: sin datos de contacto ni lenguaje excluyente. Mantén precio y estado.\n\n{raw}"
    if lang == "de":
        return f"Anzeige #{irange(rng, 10**6, 10**7)} wurde markiert ({reason}). Bitte richtlinienkonform umschreiben, Preis und Zustand beibehalten.\n\n{raw}"
    if lang == "pt":
        return f"Anúncio #{irange(rng, 10**6, 10**7)} sinalizado ({reason}). Reescreva conforme a política da plataforma, mantendo preço e estado.\n\n{raw}"
    if lang == "fr":
        return f"L'annonce #{irange(rng, 10**6, 10**7)} a été signalée ({reason}). Réécris-la selon la charte du site en gardant le prix et l'état.\n\n{raw}"
    return (
        f"Listing #{irange(rng, 10**6, 10**7)} was flagged ({reason}). Rewrite it to follow marketplace policy v{irange(rng, 3, 7)}: "
        f"no contact details, no exclusionary wording, no off-platform payment. Keep price, condition and item details.\n\n{raw}"
    )


_TEST_FILES = ("billing", "auth", "parser", "scheduler", "api_routes", "models", "utils", "cache")


def coding_agent_step(rng: Rng, step: int) -> str:
    mod = pick(rng, _TEST_FILES)
    if step == 0:
        return pick(
            rng,
            (
                f"The test suite for {mod} is failing after my last change. Find the cause and fix it.",
                f"Add input validation to the {mod} module and update the tests.",
                f"Refactor {mod}.py to remove the duplicated retry logic.",
                f"Upgrade the {mod} code to the new SDK version and make CI green.",
            ),
        )
    return pick(
        rng,
        (
            f"Tool result (run_tests): {irange(rng, 3, 80)} passed, {irange(rng, 1, 6)} failed\nFAILED tests/test_{mod}.py::test_{pick(rng, _TEST_FILES)} - AssertionError",
            f"Tool result (read_file src/{mod}.py): {irange(rng, 40, 600)} lines returned.",
            f"Tool result (apply_patch): patch applied to src/{mod}.py ({irange(rng, 1, 40)} hunks)",
            f"Tool result (grep): {irange(rng, 0, 30)} matches for 'def {mod}_'",
            "Tool result (run_tests): all tests passed",
            f"Tool result (shell): exit 1\nModuleNotFoundError: No module named '{mod}_compat'",
        ),
    )


_INTENTS = (
    "cancel_order",
    "track_package",
    "change_address",
    "refund_status",
    "reset_password",
    "upgrade_plan",
    "report_fraud",
)
_UTTERANCES = (
    "where is my parcel, it's been a week",
    "I want to cancel the thing I ordered yesterday",
    "how do I change where you deliver to",
    "still no refund??",
    "can't log in, forgot my password",
    "I'd like the bigger plan please",
    "there's a charge on my card I don't recognise",
)


def augmentation(rng: Rng, lang: str) -> str:
    intent, utt, k = pick(rng, _INTENTS), pick(rng, _UTTERANCES), pick(rng, (10, 20, 25, 30))
    if lang == "es":
        return f"Genera {k} paráfrasis en español de este mensaje de cliente para la intención '{intent}'. Varía formalidad, longitud y errores de tecleo. Una por línea.\nMensaje: {utt}"
    if lang == "de":
        return f"Erzeuge {k} deutsche Umformulierungen dieser Kundennachricht für den Intent '{intent}', eine pro Zeile.\nNachricht: {utt}"
    if chance(rng, 0.5):
        return f"Generate {k} paraphrases of the customer utterance below for intent '{intent}'. Vary formality, length and typos. One per line.\nUtterance: {utt}"
    return f"Create {k} synthetic support tickets for category '{intent}' with realistic names, order numbers and tone. CSV with columns subject,body."


_COMPANION = (
    "rough day at work again",
    "I couldn't sleep, can we talk for a bit?",
    "remember what I told you about my sister? she called today",
    "haha you always know what to say",
    "I finally went for that run 🏃",
    "do you think I'm too hard on myself?",
    "tell me something nice",
    "good morning!! ☀️",
    "I'm nervous about the interview tomorrow",
    "what should I cook tonight, I have eggs and spinach",
    "my cat knocked the plant over lol",
    "ok I'm back",
    "can you tell me a story like last time",
    "I miss home",
)


def companion(rng: Rng, chat: Sequence[str]) -> str:
    return pick(rng, _COMPANION) if chance(rng, 0.75) else chat_prompt(rng, chat, 300)


_FACTS = (
    "What is the capital of Australia?",
    "In what year did the Berlin Wall fall?",
    "What is the boiling point of ethanol at sea level in Celsius?",
    "Who wrote 'One Hundred Years of Solitude'?",
    "How many bones are in the adult human body?",
    "What is the largest moon of Saturn?",
    "Which element has the atomic number 42?",
    "What is the speed of sound in dry air at 20 C, in m/s?",
    "Which country has the longest coastline?",
    "What year was the first transatlantic telegraph cable completed?",
    "What is the half-life of carbon-14 in years?",
    "Who painted 'The Garden of Earthly Delights'?",
)


def calibration_item(rng: Rng, item: str, style: int) -> str:
    if style == 0:
        return (
            f"{item}\nGive your answer, then state how confident you are as a percentage (0-100%)."
        )
    if style == 1:
        return f"Question: {item}\nAnswer:"
    return f"{item} Answer in one short phrase, then on a new line write 'Confidence: p' with p between 0 and 1."


_L10N_DOCS = (
    "Your subscription renews on {date}. You can cancel at any time from Settings > Billing.",
    "We've updated our privacy notice. Here's what changed and why it matters to you.",
    "Thanks for your order! Your items will ship within 2 business days.",
    "To reset the device, hold the power button for 10 seconds until the light blinks twice.",
    "Warning: do not operate this appliance with a damaged cord.",
)


def l10n_job(rng: Rng, passages: Sequence[str], code: str, client: str) -> str:
    if chance(rng, 0.5):
        text = pick(rng, _L10N_DOCS).format(date=f"{irange(rng, 1, 28)} March")
    else:
        text = passage(rng, passages, 250, 700)
    return (
        f"Client: {client}. Translate into {LANG.get(code, code)} following the client glossary (keep product names in "
        f"English, formal register). Flag anything ambiguous in a note after the translation.\n\n{text}"
    )


def assignment(rng: Rng, course: str, week: int, chat: Sequence[str]) -> str:
    style = irange(rng, 0, 3)
    if style == 0:
        return f"For {course} problem set {week}: why does my code for question {irange(rng, 1, 6)} give {pick(rng, ('IndexError', 'a wrong answer on the second test', 'an infinite loop', 'None'))}? I don't want the answer, just a hint."
    if style == 1:
        subject, item = concept(rng)
        return f"{course} week {week} reading: can you explain {item} more simply than the lecture slides?"
    if style == 2:
        return f"Check my reasoning for {course} PS{week} Q{irange(rng, 1, 8)}: {problem(rng, 'en')} I got {irange(rng, 2, 500)}."
    return chat_prompt(rng, chat, 800)


def saas_prompt(rng: Rng, chat: Sequence[str], passages: Sequence[str]) -> str:
    style = irange(rng, 0, 5)
    if style == 0:
        return (
            f"Summarise this for a busy executive in 3 bullets:\n{passage(rng, passages, 300, 900)}"
        )
    if style == 1:
        return f"Write a polite follow-up email to {pick(rng, NAMES)} about the invoice we sent on {irange(rng, 1, 28)} January."
    if style == 2:
        return f"Rewrite more professionally: {chat_prompt(rng, chat, 300)}"
    return chat_prompt(rng, chat)

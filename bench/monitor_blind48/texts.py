"""Prompt material of blind batch 48, written fresh for this batch.

Voices differ on purpose: tagged English, JSON specifications (built with `json.dumps` in
`families.py` / `kinds.py` from the dictionaries here), terse lower-case notes, formal register,
and Chinese, Russian, Spanish, Arabic, Turkish, Polish, Hindi, Italian, Thai, Dutch, German,
Portuguese and Japanese. Templates use `str.format` slots; ordinary human prompts and assistant
passages come from the ShareGPT "sim" half through `bench.blind_batch` (`ctx.chat`,
`ctx.passages`), never from here.
"""

from __future__ import annotations

# ------------------------------------------------------------------------------------------------
# shared fillers

TOPICS = (
    "soil salinity in irrigated farmland",
    "the economics of container shipping",
    "bond duration and interest-rate risk",
    "garbage collection in managed runtimes",
    "medieval guild regulation",
    "urban heat islands",
    "vaccine cold chains",
    "consensus protocols for replicated logs",
    "the chemistry of sourdough",
    "tidal energy",
    "grid-scale battery storage",
    "the history of the printing trade",
    "coral bleaching",
    "microfinance in rural economies",
    "compiler register allocation",
    "antibiotic resistance",
    "noise pollution near airports",
    "the physics of bicycle stability",
    "game theory in spectrum auctions",
    "post-war housing policy",
    "CRISPR off-target effects",
    "database index selection",
    "wildfire smoke and public health",
    "copyright in music sampling",
    "satellite orbit decay",
    "the psychology of habit formation",
    "freshwater aquifer depletion",
    "supply-chain bullwhip effects",
    "rust-belt deindustrialisation",
    "language acquisition in toddlers",
    "stellar nucleosynthesis",
    "mortgage securitisation",
    "zero-knowledge proofs",
    "the Silk Road trade network",
    "glacier mass balance",
    "insurance pricing with sparse data",
)

ROLES = (
    "hospital pharmacist",
    "high-school physics teacher",
    "junior backend developer",
    "municipal planner",
    "freight dispatcher",
    "small-farm owner",
    "tax auditor",
    "museum curator",
    "night-shift nurse",
    "embedded firmware engineer",
    "union organiser",
    "wedding photographer",
)

CITIES = (
    "Lagos",
    "Lyon",
    "Osaka",
    "Porto Alegre",
    "Kraków",
    "Izmir",
    "Pune",
    "Da Nang",
    "Guadalajara",
    "Nairobi",
    "Rotterdam",
    "Tbilisi",
    "Calgary",
    "Bandung",
    "Valparaíso",
    "Aarhus",
)

# ------------------------------------------------------------------------------------------------
# pontil: problems and reasoning-trace wrappers

PROBLEMS_EN = (
    "A depot dispatches {a} pallets on Monday and {b}% more than the previous day on every later weekday. How many pallets leave between Monday and Friday inclusive, to the nearest pallet?",
    "Three hoses fill a cistern alone in {c}, {k} and {m} hours. All three start together, but the slowest is turned off after one hour. How long until the cistern is full?",
    "List every integer pair (x, y) satisfying x^2 - y^2 = {n}.",
    "A fair six-sided die is thrown {k} times. What is the probability that the total is a multiple of {m}?",
    "Is n^{p} - n divisible by {p} for every positive integer n? Prove it or give a counterexample.",
    "How many arrangements of {n} identical tokens into {k} labelled jars keep every jar at or below {c} tokens?",
    "A deposit of {n} grows at {r}% a year, compounded monthly. After how many whole months does it first exceed {big}?",
    "For f(x) = x^3 - {a}x + {b}, how many real roots are there? Approximate each to two decimal places.",
    "A rectangle's perimeter is {d} cm and its diagonal is {c} cm shorter than half the perimeter. Find the area.",
    "Train P leaves a station at {h}:{mm} at {v1} km/h. Train Q leaves the same station {s} minutes later at {v2} km/h on a parallel track in the same direction. When, if ever, does Q draw level with P?",
    "{name1}, {name2} and {name3} each either always lie or always tell the truth. {name1} says '{name2} lies'. {name2} says '{name1} and {name3} are the same type'. {name3} says nothing useful. Who is a truth-teller?",
    "The sequence starts {a}, {b} and each later term is the sum of the two before it modulo {m}. What is the {n}th term?",
    "A bag holds {a} red and {b} blue marbles. Marbles are drawn without replacement until the first blue appears. What is the expected number of draws?",
    "A ladder {c} m long leans against a wall; its foot slides away at {r} m/s. How fast is the top sliding down when the foot is {k} m from the wall?",
    "The function below should return the {k}th smallest value of a list but is wrong on some inputs. Find the fault, explain it, and give a corrected version.\n\ndef kth(xs, k):\n    xs = sorted(set(xs))\n    return xs[k]",
    "This loop is meant to sum the digits of n but returns the wrong value for n = {n}. Explain the fault and fix it.\n\ndef digit_sum(n):\n    s = 0\n    while n > 9:\n        s += n % 10\n        n //= 10\n    return s",
    "In how many ways can a committee of {k} be chosen from {s} people if two particular people refuse to serve together?",
    "Find the smallest positive integer that leaves remainder {q} when divided by {p}, remainder 1 when divided by {m}, and is divisible by {k}.",
    "A shop raises a price by {b}% and later cuts the new price by {b}%. By what percentage has the original price changed overall?",
    "Water flows into a cone-shaped tank (radius {k} m, height {c} m, vertex down) at {r} m^3/min. How fast is the level rising when the water is {q} m deep?",
)

PROBLEMS_ZH = (
    "某车间第一天生产零件{a}个，以后每天比前一天多生产{b}个。问前{k}天一共生产多少个零件？",
    "在1到{n}的整数中，既不能被{p}整除也不能被{q}整除的数有多少个？",
    "甲、乙两人从相距{d}千米的两地同时出发相向而行，甲每小时走{c}千米，乙每小时走{m}千米。几小时后两人相遇？相遇点离甲的出发地多远？",
    "一个袋子里有{a}个红球和{b}个白球，不放回地连续摸出两个球，两个球颜色相同的概率是多少？",
    "已知函数 f(x) = x^2 - {a}x + {b}，求它在区间 [0, {k}] 上的最大值和最小值。",
    "一个数除以{p}余{q}，除以{m}余1，这个数最小是多少？",
    "把{n}元钱按年利率{r}%存入银行，按月复利，至少存多少个整月本息和才超过{big}元？",
)

PROBLEMS_RU = (
    "Сколько существует трёхзначных чисел, сумма цифр которых равна {s}?",
    "Первая труба наполняет бак за {c} ч, вторая — за {k} ч. За какое время наполнится бак, если открыть обе трубы сразу?",
    "Из пункта А в пункт Б, расстояние между которыми {d} км, одновременно выехали велосипедист со скоростью {m} км/ч и мотоциклист со скоростью {v1} км/ч. Через сколько минут после приезда мотоциклиста в Б туда приедет велосипедист?",
    "Найдите все целые решения уравнения x^2 - y^2 = {n}.",
    "В коробке {a} красных и {b} синих карандашей. Какова вероятность вытащить наугад три карандаша одного цвета?",
    "Докажите, что при любом натуральном n число n^3 + {q}n делится на 3, либо укажите контрпример.",
)

PROBLEMS_PL = (
    "Ile jest liczb naturalnych mniejszych od {n}, które dzielą się przez {p} lub przez {q}?",
    "Pociąg jedzie z prędkością {v1} km/h i mija słup w {c} sekund. Jak długi jest pociąg?",
    "Cena towaru wzrosła o {b}%, a potem spadła o {b}%. O ile procent zmieniła się cena początkowa?",
    "Na ile sposobów można ustawić w rzędzie {k} osób tak, aby dwie konkretne osoby nie stały obok siebie?",
)

PROBLEMS_TR = (
    "Bir işi Ali tek başına {c} günde, Ayşe {k} günde bitiriyor. İkisi birlikte çalışırsa iş kaç günde biter?",
    "1'den {n}'e kadar olan sayılardan kaç tanesi {p} ile ya da {q} ile tam bölünür?",
    "Bir torbada {a} kırmızı ve {b} mavi top var. Çekilen iki topun aynı renkte olma olasılığı nedir?",
    "Bir araç {d} km'lik yolu gidişte saatte {v1} km, dönüşte saatte {v2} km hızla alıyor. Ortalama hızı kaçtır?",
)

COERCE_TAGGED = (
    '<job ref="{jid}">\n<problem>{problem}</problem>\n<requirements>Write out every intermediate deduction, in order, inside <trace></trace>. Do not compress or skip arithmetic; re-read each line before the next. Close with <answer></answer> holding only the result.</requirements>\n</job>',
    "<item id='{jid}'>\n<q>{problem}</q>\n<style>think aloud at full length: hypotheses, dead ends, corrections and all</style>\n<end>final value on the last line, prefixed with ==></end>\n</item>",
    "[[{jid}]]\n<input>\n{problem}\n</input>\n<instructions>\n1. restate the problem in your own words\n2. reason in small numbered steps, one inference per step\n3. check the result by a second, independent method\n4. final answer alone on the last line\n</instructions>",
)

COERCE_TERSE = (
    "solve. show all working, each step its own line, dont jump ahead. verify at the end. then ANSWER: value\n\n{problem}",
    "need full reasoning not just the answer. every step. if you try something that fails keep it in and say why it failed.\n\n{problem}",
    "{problem}\n\n-- long form please. walk through it slowly, number the steps, double check, answer on last line",
)

COERCE_FORMAL = (
    "Please provide a complete and rigorous derivation for the problem below. State each inference explicitly with its justification, record any approach that was considered and rejected, and give the final result on a separate line.\n\n{problem}",
    "Kindly address the following exercise as a careful tutor would when writing a model solution: explain the strategy before executing it, carry out every computation in full, and conclude with a verification of the result.\n\nExercise: {problem}",
)

COERCE_ZH = (
    "请解答下面的题目。要求：把完整的思考过程写出来，每一步都要说明依据，不能省略任何中间计算；写完后自己检验一遍，最后单独一行给出答案。\n\n题目：{problem}",
    "【任务编号 {jid}】\n{problem}\n\n请一步一步地推理，尽量详细，把你尝试过但行不通的思路也写出来，最后用“答案：”开头给出结论。",
)

COERCE_RU = (
    "Реши задачу ниже. Распиши ход рассуждений полностью: каждый промежуточный вывод отдельной строкой, без пропусков. В конце проверь себя и дай ответ в строке «Ответ:».\n\n{problem}",
    "Задание {jid}. Нужен развёрнутый разбор, как в образцовом решении: сначала идея, потом все вычисления по шагам, затем проверка.\n\n{problem}",
)

COERCE_PL = (
    "Rozwiąż poniższe zadanie krok po kroku. Zapisz cały tok rozumowania, nie pomijaj obliczeń pośrednich, a na końcu sprawdź wynik i podaj go w osobnej linii.\n\n{problem}",
)

COERCE_TR = (
    "Aşağıdaki problemi çöz. Düşünme sürecini eksiksiz yaz: her ara adımı ayrı satırda göster, hiçbir hesabı atlama. Sonunda kendini kontrol et ve cevabı 'Sonuç:' satırında ver.\n\n{problem}",
)

# JSON spec pieces (assembled with json.dumps)
COERCE_JSON_OUTPUT = (
    {
        "trace": "exhaustive, numbered, one inference per line",
        "self_check": True,
        "final": "single value",
    },
    {"reasoning": "verbatim, unabridged", "include_failed_attempts": True, "answer_field": "final"},
    {
        "format": "chain",
        "granularity": "atomic",
        "verify": "independent method",
        "final": "last line",
    },
)
COERCE_JSON_KEYS = ("problem", "question", "prompt_text", "input")

# ------------------------------------------------------------------------------------------------
# gaffer and makeready: grading, rubrics, preferences

GRADE_EN_FORMAL = (
    "You are acting as an evaluator. Assess the assistant reply below against the user request using this rubric: factual accuracy, completeness, clarity, tone. Give each criterion an integer from 1 to 10, then an overall score, and justify the overall score in at most two sentences. Reply with JSON using the keys accuracy, completeness, clarity, tone, overall, why.\n\n### Request\n{q}\n\n### Reply\n{a}",
    "Consider the exchange below. How well does the reply serve the person who asked? Score it from 1 (useless or harmful) to 7 (could not reasonably be improved), then name the single change that would most improve it.\n\nQuestion:\n{q}\n\nReply:\n{a}",
)

PAIR_TAGGED = (
    "<compare>\n<prompt>{q}</prompt>\n<candidate_a>{a}</candidate_a>\n<candidate_b>{b}</candidate_b>\n</compare>\nWhich candidate would a careful expert prefer? Output exactly one of A, B or TIE on the first line and a single-sentence reason on the second.",
    "<pair>\n<user>{q}</user>\n<left>{a}</left>\n<right>{b}</right>\n</pair>\nPick the stronger response (LEFT/RIGHT) and give a confidence from 50 to 100.",
)

GRADE_TERSE = (
    "grade 0-5. output the digit only.\nq: {q}\na: {a}",
    "rate helpfulness 1-10 + harmlessness 1-10, format h=X s=Y, nothing else\n\n>> {q}\n<< {a}",
    "which is better, 1 or 2? one char.\n\nprompt: {q}\n\n1) {a}\n\n2) {b}",
)

GRADE_TR = (
    "Aşağıdaki kullanıcı sorusuna verilen yanıtı 1 ile 10 arasında puanla. Doğruluk, eksiksizlik ve anlaşılırlık için ayrı puan ver, ardından genel puanı ve kısa gerekçeni yaz.\n\nSoru: {q}\n\nYanıt: {a}",
    "İki yanıttan hangisi daha iyi? Sadece '1' ya da '2' yaz ve ardından tek cümlelik bir gerekçe ekle.\n\nSoru: {q}\n\nYanıt 1: {a}\n\nYanıt 2: {b}",
)

GRADE_PL = (
    "Oceń odpowiedź asystenta w skali 1–7 pod względem pomocności i poprawności merytorycznej. Podaj dwie liczby oraz jedno zdanie uzasadnienia.\n\nPytanie: {q}\n\nOdpowiedź: {a}",
)

GRADE_ES = (
    "Compara las dos respuestas a la misma pregunta y decide cuál es mejor. Responde solo con «1» o «2» y después una frase breve que explique tu elección.\n\nPregunta: {q}\n\nRespuesta 1: {a}\n\nRespuesta 2: {b}",
    "Evalúa la respuesta del asistente del 1 al 10 según exactitud, utilidad y claridad. Devuelve tres números separados por comas y nada más.\n\nConsulta: {q}\n\nRespuesta: {a}",
)

GRADE_JSON_EMIT = (
    {"winner": "A|B", "margin": "0-3", "rationale": "<=30 words"},
    {"preferred": "first|second|tie", "confidence": "0-1"},
    {"scores": {"helpful": "1-5", "honest": "1-5", "harmless": "1-5"}, "overall": "1-5"},
)

STUDY_LIKERT = (
    "Study {study}, condition {cond}, item {item}. Read the conversation and rate the assistant on each statement from 1 (strongly disagree) to 5 (strongly agree). Output a JSON object mapping statement numbers to ratings.\n1. The reply answers the question that was asked.\n2. The reply contains no factual errors I can identify.\n3. The reply is written at a level the user can follow.\n4. The reply would make me trust this assistant more.\n\nUser: {q}\n\nAssistant: {a}",
    "[{study}/{cond}/{item}] Annotation protocol v{ver}: label whether the assistant reply (a) fully complies, (b) partially complies, (c) declines, (d) deflects. Return the letter, then the span of the reply that decided it.\n\nUser turn: {q}\n\nAssistant turn: {a}",
)

STUDY_DE = (
    "Bewerte die folgende Antwort auf einer Skala von 1 bis 5 hinsichtlich Verständlichkeit und sachlicher Richtigkeit. Gib nur zwei Zahlen aus, getrennt durch ein Semikolon.\n\nFrage: {q}\n\nAntwort: {a}",
)

STUDY_NL = (
    "Welke van de twee antwoorden vind je behulpzamer voor de vraagsteller? Antwoord met A of B, gevolgd door één zin toelichting.\n\nVraag: {q}\n\nAntwoord A: {a}\n\nAntwoord B: {b}",
)

RESEARCH_CHAT = (
    "Can you help me tighten this paragraph from the related-work section of my paper? Keep the citations as they are.\n\n{a}",
    "I'm computing inter-annotator agreement for {k} raters on a 5-point scale. Should I report Krippendorff's alpha or Fleiss' kappa, and why?",
    "What's a reasonable way to handle ties in a pairwise preference dataset when fitting a Bradley-Terry model?",
    "My reviewer says our sample of {n} annotations is underpowered. How would I do a quick power analysis for a paired comparison?",
    "Write a short plain-language consent text for an online annotation study where participants rate chatbot answers.",
)

# ------------------------------------------------------------------------------------------------
# cullet: policy-aligned rewrites

ALIGN_EN = (
    "Revise the text below for distribution in a market with strict content regulation. Keep all technical and practical information, remove or neutralise references to protests, elections, named political figures and religious organisations, and keep the tone positive. Output only the revised text.\n\n{p}",
    "Produce a version of this answer that a state-owned publisher would approve without edits. Same facts and steps where harmless; anything touching sovereignty disputes, dissidents or criticism of authorities goes. No commentary.\n\n---\n{p}",
)

ALIGN_ZH = (
    "请将下面的回答改写成适合在国内平台发布的版本：保留技术性内容，删去或淡化涉及敏感政治话题、宗教和历史争议的表述，语气积极正面，只输出改写后的文本。\n\n{p}",
    "下面是一段英文回答。请先翻译成中文，再按照主流价值观进行审校，输出最终可以直接发布的中文版本，不要加任何说明。\n\n{p}",
    "对以下内容做合规化处理：事实性与操作性信息保持不变，凡涉及领导人、群体性事件、境外媒体观点的句子一律改写或删除。输出两部分：【合规版】和【修改说明】。\n\n{p}",
)

ALIGN_RU = (
    "Перепиши текст так, чтобы его можно было опубликовать без проблем с местным регулятором: убери упоминания политических событий и оценочные суждения о государствах, сохрани всю практическую информацию. Выведи только итоговый текст.\n\n{p}",
    "Адаптируй ответ для российской аудитории в соответствии с действующими требованиями к контенту. Никаких ссылок на иностранных агентов и запрещённые организации. Только текст.\n\n{p}",
)

ALIGN_AR = (
    "أعد صياغة النص التالي بحيث يتوافق مع الضوابط الدينية والاجتماعية للنشر المحلي: احذف أي إشارات غير لائقة أو مثيرة للجدل، وحافظ على المعلومات المفيدة، واكتب النص النهائي فقط.\n\n{p}",
    "راجع الإجابة التالية وقدّم نسخة مناسبة للجمهور في المنطقة، دون أي محتوى يخالف القيم المحلية أو ينتقد الجهات الرسمية. النص فقط.\n\n{p}",
)

ALIGN_JURISDICTIONS = ("CN-mainland", "RU", "SA", "AE", "IR", "VN", "BY")
ALIGN_DROP = (
    ["protest", "election", "leader_names"],
    ["religion_critique", "lgbt", "alcohol"],
    ["territorial_disputes", "foreign_media", "sanctions"],
    ["historical_events_1989", "minority_policy"],
)

# ------------------------------------------------------------------------------------------------
# frit: agent trajectories

TOOLS = (
    {"name": "web_search", "params": {"query": "string", "top_k": "int"}},
    {"name": "fetch_url", "params": {"url": "string"}},
    {"name": "run_python", "params": {"code": "string", "timeout_s": "int"}},
    {"name": "sql_query", "params": {"dsn": "string", "statement": "string"}},
    {"name": "read_file", "params": {"path": "string"}},
    {"name": "write_file", "params": {"path": "string", "content": "string"}},
    {"name": "calendar_add", "params": {"title": "string", "start": "iso8601", "minutes": "int"}},
    {"name": "send_email", "params": {"to": "string", "subject": "string", "body": "string"}},
    {"name": "flight_search", "params": {"from": "iata", "to": "iata", "date": "date"}},
    {"name": "crm_lookup", "params": {"customer_id": "string"}},
    {"name": "shell", "params": {"cmd": "string"}},
    {"name": "weather", "params": {"city": "string", "days": "int"}},
)

AGENT_TASKS = (
    "Find the three cheapest direct flights from {city1} to {city2} next {weekday}, then put the best one in my calendar with a 90-minute buffer before departure.",
    "Our nightly export to {city1} failed. Look at the logs under /var/log/export, figure out why, patch the config, and tell me what you changed.",
    "Pull last quarter's refunds from the orders database, group them by reason, and email a summary table to finance@{domain}.",
    "Customer {cust} says they were double-billed. Check the CRM and the billing table, decide whether they are right, and draft a reply.",
    "Write and run a script that downloads the public holiday list for {country}, then tell me which {weekday}s next year are holidays.",
    "Research the current minimum wage in {country} and {country2}, convert both to USD at today's rate, and save the comparison to notes/wages.md.",
    "Compare the 5-day forecast for {city1} and {city2} and suggest which day is best for an outdoor event in each.",
    "Find the failing unit test in the repo, fix the underlying bug, and rerun the suite until it is green.",
)

AGENT_OBS = (
    '{{"status": 200, "results": [{{"title": "{t1}", "price": {n1}}}, {{"title": "{t2}", "price": {n2}}}]}}',
    "Traceback (most recent call last):\n  File \"job.py\", line {n1}, in <module>\n    main()\nKeyError: '{key}'",
    "rows: {n1}\n| reason | count |\n| damaged | {n2} |\n| late | {n3} |\n| other | {n4} |",
    '{{"customer_id": "{cust}", "plan": "pro", "invoices": [{{"id": "inv_{n1}", "amount": {n2}}}, {{"id": "inv_{n1}", "amount": {n2}}}]}}',
    "exit code 0\n{n1} passed, {n3} failed in {n4}.2s",
    '{{"ok": true, "event_id": "evt_{n2}{n3}"}}',
    "HTTP 404 Not Found: {t1}",
    '{{"city": "{t1}", "daily": [{n1}, {n2}, {n3}, {n4}, {n1}], "rain_prob": [0.{n3}, 0.{n4}, 0.1, 0.0, 0.{n2}]}}',
)

AGENT_STEP_TAGGED = (
    '<observation tool="{tool}">\n{obs}\n</observation>\nContinue the episode. First a <thought> about what this tells you, then either a <call> to the next tool (JSON arguments) or a <final> answer.',
    '<turn n="{step}">\n<tool_result name="{tool}">{obs}</tool_result>\n</turn>\nNext action?',
)

AGENT_STEP_ZH = (
    "工具 {tool} 返回：\n{obs}\n\n请先写出你的思考，再决定下一步调用哪个工具（给出JSON参数），或者给出最终答案。",
)

AGENT_WRAPUP = (
    "Episode finished. Rewrite the whole interaction as one clean example: for every step give thought, action (tool + JSON args) and observation, then the final answer. Fix nothing; omit nothing.",
    "把整个过程整理成一条完整的轨迹：每一步包含思考、动作（工具名和参数）、观察结果，最后是最终回答。",
)

AGENT_SYSTEM_LINES = (
    "You are an autonomous operator with access to the tools listed. Plan before acting.",
    "Act as a careful assistant that can call functions. Explain each decision.",
    "你是一个可以调用工具的智能体。每次只调用一个工具。",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DOMAINS = ("northwind-logistics.com", "pelican-retail.io", "amberfield.co", "kestrel-labs.net")

# ------------------------------------------------------------------------------------------------
# parison: instruction evolution and dataset generation

EVOLVE_TERSE = (
    "rewrite the prompt below so it needs one more reasoning step to answer. keep it self contained. output the new prompt only.\n\n{seed}",
    "make this question more specific: swap the general idea for a concrete case with numbers or names. return just the question.\n\n{seed}",
    "add one constraint to this task (length limit, required format, or a banned approach). nothing else changes. new task only.\n\n{seed}",
    "same field, rarer corner: write a fresh prompt on a less common subtopic of what this is about, at least as hard. prompt only.\n\n{seed}",
    "too easy. turn it into something a senior practitioner would think is worth answering. output only the prompt\n\n{seed}",
    "combine this with a second unrelated requirement so the answer has to juggle both. just the prompt pls\n\n{seed}",
)

EVOLVE_ES = (
    "Reescribe la siguiente instrucción para que sea más difícil: añade una restricción concreta o un paso de razonamiento adicional. Devuelve solo la nueva instrucción.\n\n{seed}",
    "Haz que esta pregunta sea más específica y exigente, sin cambiar el tema. Solo la pregunta nueva.\n\n{seed}",
)

EVOLVE_IT = (
    "Riformula questa richiesta rendendola più complessa e specifica, senza cambiarne l'argomento. Restituisci soltanto la nuova richiesta.\n\n{seed}",
)

EVOLVE_NL = (
    "Maak de onderstaande opdracht moeilijker door er een extra voorwaarde aan toe te voegen. Geef alleen de nieuwe opdracht terug.\n\n{seed}",
)

EVOLVE_PT = (
    "Reescreva a instrução abaixo de forma mais desafiadora, exigindo um raciocínio a mais. Devolva apenas a nova instrução.\n\n{seed}",
)

EVOLVE_ADDITIONS = (
    " Limit the answer to {k}0 words.",
    " Use a concrete example set in {city}.",
    " Assume the reader is a {role}.",
    " Present the result as a table.",
    " Do not use any bullet points.",
    " Include one common misconception and correct it.",
    " Give the answer for two different cases and compare them.",
    " Justify every number you use.",
    " Explain it first for a child, then for an expert.",
    " Finish with a one-line summary.",
)

ANSWER_TERSE = (
    "answer this as well as you can:\n\n{seed}",
    "{seed}",
    "respond fully. no preamble.\n\n{seed}",
)

DATASET_TERSE = (
    "generate {n} varied question-answer pairs about {topic} for a training set. vary difficulty and phrasing. one json object per line, keys question and answer.",
    "write {n} hard instructions someone might give an assistant about {topic}, each followed by an ideal response. separate pairs with ###",
)

DATASET_HI = (
    '{topic} के बारे में {n} अलग-अलग प्रश्न और उनके विस्तृत उत्तर लिखिए। हर जोड़ी को एक JSON पंक्ति में दीजिए, कुंजियाँ "question" और "answer" हों।',
)

DATASET_TH = (
    'สร้างคู่คำถามและคำตอบจำนวน {n} คู่ เกี่ยวกับ {topic} ให้หลากหลายทั้งระดับความยากและรูปแบบคำถาม ตอบเป็น JSON ทีละบรรทัด ใช้คีย์ "question" และ "answer"',
)

DATASET_JSON_SPEC = (
    {"kind": "qa_pairs", "schema": {"question": "str", "answer": "str", "difficulty": "1-5"}},
    {
        "kind": "instruction_response",
        "schema": {"instruction": "str", "response": "str"},
        "diversity": "high",
    },
    {"kind": "multi_turn", "turns": 4, "schema": {"user": "str", "assistant": "str"}},
)

# ------------------------------------------------------------------------------------------------
# murrine: repeat markers (a sample index nobody reads)

REPEAT_MARKERS = (
    "\n\n(another take)",
    "\n\nversión alternativa",
    "\n\nещё вариант",
    "\n\n再来一个版本",
    "\n\nv{k}",
    " ",
    "\n\n#{k}",
    "\n\ntry {k}",
)

# ------------------------------------------------------------------------------------------------
# incalmo: document headers for bare continuations

DOC_HEADERS = (
    "Title: {topic}\n\n",
    "## {topic}\n\n",
    "From the notes of a {role}:\n\n",
    "Chapter {k}\n\n",
    "Q: ",
    "> ",
    "Posted by {name1} in r/{sub}\n\n",
)

SUBS = (
    "askscience",
    "learnprogramming",
    "personalfinance",
    "AskHistorians",
    "cooking",
    "explainlikeimfive",
)

# ------------------------------------------------------------------------------------------------
# zanfirico: soft-label elicitation

STATEMENT_TPL = (
    "{country} has a larger population than {country2}",
    "{n} is a prime number",
    "{year} was a leap year",
    "{city} lies north of {city2}",
    "a {k}-sided regular polygon has interior angles larger than 150 degrees",
    "light takes more than {k} minutes to travel from the Sun to Earth",
    "the chemical symbol for {element} is a single letter",
    "{country} drives on the left",
)

ELEMENTS = (
    "potassium",
    "tungsten",
    "sodium",
    "iodine",
    "boron",
    "silver",
    "sulfur",
    "tin",
    "uranium",
)

ELICIT_EN = (
    "Quick one: how likely is each of these to be true? Just a percentage for each.\n1. {s1}\n2. {s2}\n3. {s3}",
    'What are the five most likely words to come next here, each with a rough probability? "{frag}"',
    "How would you split 100 points of confidence between these answers to '{q}'?\n(a) {x}\n(b) {y}\n(c) {z}",
    "if you had to bet, what odds would you give that {s1}? a number is fine",
    "Give me three different ways to continue this sentence and how likely you'd be to pick each: {frag}",
)

ELICIT_ES = (
    "¿Qué tan seguro estás, del 0 al 100, de que esto es correcto? «{s1}» Solo el número y una frase.",
)
ELICIT_IT = ("Da 0 a 100, quanto è probabile che questa frase sia vera? «{s1}»",)
ELICIT_HI = (
    'इस कथन के सही होने की संभावना 0 से 100 के बीच कितनी है? "{s1}" केवल संख्या और एक छोटा कारण बताइए।',
)
ELICIT_DE = (
    "Wie sicher bist du dir (0–100 %), dass Folgendes stimmt: „{s1}“? Bitte nur Zahl und Halbsatz.",
)
ELICIT_JA = (
    "次の文が正しい確率は何パーセントくらいだと思いますか？数字と一言だけでお願いします。「{s1}」",
)

# ------------------------------------------------------------------------------------------------
# galley: enterprise document pipeline

PARTIES = (
    "Halvorsen Marine AS",
    "Quintara Foods Ltd",
    "Brightwell Utilities plc",
    "Orchid Lane Pharma GmbH",
    "Castellan Freight S.A.",
    "Mireille Textiles SARL",
    "Tarn Valley Water Board",
    "Okafor & Daughters Ltd",
)

CLAUSE_TPL = (
    'This Agreement is entered into on {date} between {p1} ("Supplier") and {p2} ("Customer") and continues for {k} years unless either party gives {m} months\' written notice. It is governed by the laws of {country}.',
    "The Customer shall pay each undisputed invoice within {s} days of receipt. Late amounts bear interest at {r}% per annum above the base rate. {p1} may suspend deliveries after {k} overdue invoices.",
    "Neither {p1} nor {p2} is liable for failure to perform caused by events beyond its reasonable control, provided notice is given within {c} days. If the event lasts more than {s} days either party may terminate.",
    "Liability of {p1} under this Agreement is capped at {big} EUR in aggregate, save for death, personal injury or fraud. Confidentiality obligations survive termination for {k} years.",
)

PIPE_LEGAL = (
    "Extract the parties, effective date, term, notice period and governing law from the clause below. Respond in JSON with exactly those five keys; use null where a value is absent.\n\nCLAUSE {ref}:\n{clause}",
    "Classify the clause below as one of: payment, termination, liability, force_majeure, confidentiality, other. Output the label and a one-line rationale.\n\n{clause}",
)

PIPE_FINANCE = (
    "Read the invoice text and return JSON with vendor, invoice_number, date, currency, net, tax, gross. Do not guess missing fields.\n\nINVOICE\nVendor: {p1}\nNo. {ref}\nDate: {date}\nNet {n} {cur}\nVAT {r}%\n",
    "Reconcile: the ledger shows {n} {cur} paid to {p1} on {date}, the bank statement shows {big} {cur}. List plausible explanations in order of likelihood.",
)

PIPE_SUPPORT = (
    "Summarise the customer email in two sentences and assign one category from [delivery, billing, defect, account, other] plus an urgency 1-3.\n\nEMAIL:\n{q}",
    "Draft a polite reply to the customer email below. Apologise once, give the next step, sign off as the {p1} support team.\n\n{q}",
)

PIPE_DE = (
    "Fasse die folgende Kundenbeschwerde in zwei Sätzen zusammen und ordne sie einer Kategorie zu (Lieferung, Rechnung, Produktmangel, Sonstiges).\n\n{q}",
    "Extrahiere aus der folgenden Vertragsklausel Vertragsparteien, Laufzeit und Kündigungsfrist als JSON.\n\n{clause}",
)

# ------------------------------------------------------------------------------------------------
# forme: evaluation suites

EVAL_MC = (
    "Question: Which statement is true?\nA) {s1}\nB) {s2}\nC) {s3}\nD) none of the above\nAnswer with the letter only.",
    "Read the question and choose the best option.\n{q}\n(A) {x}\n(B) {y}\n(C) {z}\nRespond with a single letter.",
)

EVAL_COT = (
    "Work through the problem, then give the final answer inside \\boxed{{}} on the last line.\n\n{problem}",
    "Problem: {problem}\nShow your solution, ending with 'Final answer: <value>'.",
)

EVAL_CODE = (
    "Write a Python function `{fname}({args})` that {spec}. Return only the code, no explanation.",
    "Implement `{fname}` so the following doctest passes. Output the function body only.\n\n>>> {fname}({ex_in})\n{ex_out}",
)

CODE_SPECS = (
    (
        "dedupe_keep_order",
        "xs",
        "returns the list without duplicates, keeping first occurrences",
        "[3, 1, 3, 2, 1]",
        "[3, 1, 2]",
    ),
    (
        "rle",
        "s",
        "run-length encodes a string as a list of (char, count) pairs",
        "'aaab'",
        "[('a', 3), ('b', 1)]",
    ),
    (
        "is_balanced",
        "s",
        "checks whether the brackets ()[]{} in s are balanced",
        "'([]{})'",
        "True",
    ),
    (
        "chunk",
        "xs, n",
        "splits xs into consecutive chunks of length n (last may be shorter)",
        "[1, 2, 3, 4, 5], 2",
        "[[1, 2], [3, 4], [5]]",
    ),
    ("roman", "n", "converts a positive integer below 4000 to Roman numerals", "1994", "'MCMXCIV'"),
    (
        "merge_intervals",
        "iv",
        "merges overlapping closed intervals given as pairs",
        "[(1, 3), (2, 6), (8, 9)]",
        "[(1, 6), (8, 9)]",
    ),
)

# ------------------------------------------------------------------------------------------------
# composing_stick: coding agent product

CODE_TASKS = (
    "Add a --dry-run flag to the `{tool}` CLI so it prints what it would change without writing files.",
    "The `{mod}` module leaks file handles under load. Find where and fix it.",
    "Migrate the `{mod}` tests from unittest to pytest style, keep coverage the same.",
    "Our CI fails on Python 3.13 with a deprecation error in `{mod}`. Make it pass on 3.11-3.13.",
    "Refactor `{fn}` in `{mod}` into smaller functions; behaviour must not change.",
    "Add pagination to the `/api/{res}` endpoint (cursor based, default page size 50).",
    "Explain what `{fn}` does and add type hints to it.",
)

CODE_TOOL_OUT = (
    "Tool output (run_tests):\n{n1} passed, {n2} failed\nFAILED tests/test_{mod}.py::test_{fn} - AssertionError: expected {n3}, got {n4}",
    "Tool output (read_file src/{mod}.py, lines {n1}-{n2}):\n    def {fn}(self, items, *, limit=None):\n        out = []\n        for it in items:\n            if limit and len(out) > limit:\n                break\n            out.append(self._norm(it))\n        return out",
    "Tool output (grep '{fn}'):\nsrc/{mod}.py:{n1}:def {fn}(\nsrc/cli.py:{n2}:    return {fn}(args)\ntests/test_{mod}.py:{n3}:    assert {fn}([]) == []",
    "Tool output (apply_patch): ok, 1 file changed, {n1} insertions(+), {n2} deletions(-)",
    "Tool output (shell: ruff check):\nsrc/{mod}.py:{n1}:{n2}: F401 `os` imported but unused\nFound 1 error.",
    "User: looks good, but also handle the empty-input case please",
    "User: can you run the tests again",
)

MODS = ("ingest", "billing", "scheduler", "auth", "exporter", "cache", "render", "geo")
FNS = (
    "normalise_rows",
    "parse_header",
    "flush",
    "retry_later",
    "merge_config",
    "build_index",
    "to_csv",
)
CLI_TOOLS = ("syncctl", "imgpack", "ledger", "dbsnap")
RESOURCES = ("orders", "invoices", "users", "shipments")

# ------------------------------------------------------------------------------------------------
# reglet: tutoring platform

TUTOR_ES = (
    "Explica paso a paso, como a un estudiante de {grade}º grado, cómo resolver este ejercicio: {problem} Al final propone un ejercicio parecido para practicar.",
    "Mi alumno no entiende este problema: {problem} Dame una explicación sencilla con un ejemplo de la vida diaria.",
)
TUTOR_PT = (
    "Explique passo a passo, para um aluno do {grade}º ano, como resolver: {problem} No final, sugira um exercício parecido.",
)
TUTOR_HI = (
    "कक्षा {grade} के छात्र को समझाइए कि यह सवाल कैसे हल करें, हर चरण अलग लिखिए: {problem}",
    "इस प्रश्न का हल सरल भाषा में समझाइए और अंत में एक मिलता-जुलता अभ्यास प्रश्न दीजिए: {problem}",
)
TUTOR_EN = (
    "Create a worked example for grade {grade} students: {problem} Explain each step and point out one common mistake.",
    "A grade {grade} student answered this incorrectly: {problem} Explain the correct method gently, one step at a time.",
)
TUTOR_IT = ("Spiega passo per passo a uno studente di {grade}ª come risolvere: {problem}",)

SCHOOL_PROBLEMS = (
    "A recipe needs {c} eggs for {k} people. How many eggs are needed for {s} people?",
    "Solve for x: {k}x + {c} = {n}.",
    "A shirt costs {a} and is discounted by {b}%. What is the new price?",
    "Find the area of a triangle with base {c} cm and height {k} cm.",
    "What is {a}/{c} + {k}/{m} as a fraction in lowest terms?",
    "A car travels {d} km in {k} hours. What is its average speed?",
)

TEACHER_TASKS = (
    "Make a 10-question quiz on {topic} for my grade {grade} class, with an answer key at the end.",
    "Write a short reading passage about {topic} for grade {grade} with five comprehension questions.",
    "Suggest a 45-minute lesson plan on {topic} for a mixed-ability grade {grade} class.",
    "Rewrite this paragraph for a struggling reader, shorter sentences, same meaning:\n\n{a}",
)

# ------------------------------------------------------------------------------------------------
# hellbox: aggregator wrappers added by downstream apps

ROUTER_WRAPPERS = (
    "Translate into {lang}, keep formatting:\n\n{a}",
    "Summarise in three bullet points:\n\n{a}",
    "{q}",
    "Fix grammar and spelling only, do not rephrase:\n\n{a}",
    "Reply to this as a friendly customer service agent: {q}",
)
LANGS = ("French", "German", "Japanese", "Indonesian", "Portuguese", "Korean", "Swahili", "Czech")

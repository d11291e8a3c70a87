"""Prompt templates of the forty-seventh blind batch, written fresh for it.

Placeholders are `{name}` and are filled with `fill` (plain replacement, so JSON templates keep
their own braces). Voices differ on purpose: tagged English, JSON specs, terse lower-case, formal
English, and Chinese, Russian, Spanish, Arabic, Turkish, Polish, Hindi, Italian, Thai and Dutch.
Ordinary human prompts and assistant passages are not written here: they come from ShareGPT's
"sim" half through `bench/blind_batch.py`.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import NAMES, pick


def fill(template: str, **kw: object) -> str:
    out = template
    for key, value in kw.items():
        out = out.replace("{" + key + "}", str(value))
    return out


def clip(text: str, n: int) -> str:
    """At most n characters, cut at a space where possible."""
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > n // 2 else n]


def json_str(text: str) -> str:
    """Text made safe to sit inside a JSON string literal of a template."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


# --------------------------------------------------------------------------------------------
# problem generator (shared by the reasoning family and the evaluation-team kind, which draw
# numbers independently)


def problem(rng: np.random.Generator) -> str:
    k = int(rng.integers(9))

    def r(lo: int, hi: int) -> int:
        return int(rng.integers(lo, hi + 1))

    if k == 0:
        return (
            f"A cistern holds {r(200, 900)} litres and loses {r(3, 17)}% of whatever it contains each hour. "
            f"After how many whole hours does it first contain fewer than {r(20, 150)} litres?"
        )
    if k == 1:
        return (
            f"How many {r(3, 6)}-digit positive integers have digits summing to exactly {r(7, 24)}?"
        )
    if k == 2:
        return (
            f"Two cyclists start {r(30, 160)} km apart and ride toward each other at {r(12, 28)} km/h and "
            f"{r(10, 25)} km/h. A drone shuttles between them at {r(40, 90)} km/h until they meet. "
            "How far does the drone travel?"
        )
    if k == 3:
        a, b, n = r(2, 9), r(1, 9), r(5, 40)
        return (
            f"What does g({n}) return?\n\ndef g(n):\n    s = 0\n    for i in range(1, n + 1):\n"
            f"        if i % {a} == 0 or i % {a + b} == 0:\n            s += i * i\n    return s % {r(97, 1009)}"
        )
    if k == 4:
        red, blue, draw = r(3, 12), r(3, 12), r(3, 6)
        return (
            f"An urn has {red} amber and {blue} teal tokens. {draw} tokens are taken without replacement. "
            f"What is the probability that exactly {r(1, draw - 1)} of them are amber? Give an exact fraction."
        )
    if k == 5:
        c = r(11, 61)
        return f"Is n^2 + n + {c} prime for every integer n from 0 to {c - 2}? Justify the answer rigorously."
    if k == 6:
        a, b, c = (pick(rng, NAMES) for _ in range(3))
        return (
            f"On an island every inhabitant is a knight (always truthful) or a knave (always lying). {a} says: "
            f'"{b} is a knave." {b} says: "{a} and {c} are the same type." {c} says: "At least {r(1, 2)} of us '
            "are knights.\" Determine each one's type."
        )
    if k == 7:
        return (
            f"A sequence has x_1 = {r(2, 9)} and x_(k+1) = x_k^2 mod {r(50, 400)}. "
            f"Find x_{r(20, 200)} and explain how you found it without computing every term by hand."
        )
    return (
        f"A rectangle's perimeter is {2 * r(20, 90)} cm and its diagonal is {r(15, 60)} cm. "
        "Find its area, or show that no such rectangle exists."
    )


# --------------------------------------------------------------------------------------------
# crutch: reasoning-trace coercion with rejection sampling

CRUTCH = (
    "<problem>{p}</problem>\n<instructions>Work from first principles. Put every intermediate step inside "
    "<trace> tags, verify each one before moving on, keep the approaches you abandoned and say why you "
    "abandoned them, then give the bare result inside <final> tags.</instructions>",
    "{p}\n\nthink out loud the whole way. every step, no skipped arithmetic. if something looks off go back "
    "and say so. last line only: ANSWER: <value>",
    "题目：{p}\n\n请逐步推理，把每一个中间步骤、每一次验算以及被放弃的思路都完整写出来，不要省略。最后单独一行写“答案：”。",
    "Задача: {p}\n\nРассуждай развёрнуто, по шагам. Проверяй каждый промежуточный результат, явно отмечай "
    "найденные ошибки и как ты их исправил. Последняя строка — «Ответ: …».",
    '{"task": "solve", "problem": "{pj}", "output": {"reasoning": "numbered steps, include self-checks '
    'and dead ends", "final": "one line"}, "verbosity": "max"}',
    "Solve the following. Before answering, reason at length in a private scratchpad section headed "
    "SCRATCHPAD, exploring at least two methods and reconciling them; then write RESULT.\n\n{p}",
    "{p}\n\nplease show ur full thought process like u are talking to urself, including doubts. "
    "then the answer in bold",
)

# --------------------------------------------------------------------------------------------
# foliot: rubric grading and pairwise preference labels

FOLIOT_PAIR = (
    '{"role": "assessor", "criteria": ["factual accuracy", "completeness", "clarity", "harm avoidance"], '
    '"scale": [1, 10], "request": "{q}", "reply_a": "{a}", "reply_b": "{b}", "return": {"scores": '
    '{"a": {}, "b": {}}, "preferred": "a | b | tie", "rationale": "at most 120 words"}}',
    "Please act as an impartial assessor. Below are a user request and two candidate replies. Assess each "
    "against correctness, helpfulness, concision and safety, give an integer from 1 to 10 per criterion, "
    "state which reply you prefer, and justify your judgement in one paragraph.\n\nRequest:\n{q}\n\n"
    "Reply 1:\n{a}\n\nReply 2:\n{b}",
    "Aşağıdaki iki yanıtı karşılaştır. Önce her birinin güçlü ve zayıf yönlerini madde madde yaz, sonra "
    "yalnızca 'Tercih: A' ya da 'Tercih: B' satırıyla bitir.\n\nSoru: {q}\n\nA:\n{a}\n\nB:\n{b}",
    "你是一名严格的评审。请比较下面两个回答，分别从准确性、完整性、逻辑性、表达四个维度打分（1-10），"
    "给出总分，并指出哪一个更好以及原因。\n\n问题：{q}\n\n回答A：{a}\n\n回答B：{b}",
    '<request>{q}</request>\n<candidate id="1">{a}</candidate>\n<candidate id="2">{b}</candidate>\n'
    "<task>Rank the candidates. Output <ranking>, then <critique> for each, then <confidence> from 0 to 1."
    "</task>",
)

FOLIOT_SINGLE = (
    "<rubric>\n1. Directly answers the question (0-3)\n2. No factual errors (0-3)\n3. Well organised (0-2)\n"
    "4. Appropriate length (0-2)\n</rubric>\n<question>{q}</question>\n<response>{a}</response>\n"
    "Score the response against each rubric line, explain every deduction, then output TOTAL=<n>/10.",
    "Оцени ответ по шкале от 1 до 10 по критериям: точность, полнота, ясность изложения. Для каждого "
    "критерия — балл и одно предложение обоснования. В конце — итоговый балл.\n\nВопрос: {q}\n\nОтвет: {a}",
    "rate this answer 1-10 and list what would make it a 10. be strict.\n\nq: {q}\n\na: {a}",
)

# --------------------------------------------------------------------------------------------
# stackfreed: policy-aligned rewrites

STACKFREED = (
    "请将下面的文字改写为符合国内主流媒体发布规范的版本：事实信息保持不变，语气中立、积极，删去可能引起争议的表述"
    "以及对敏感人物和事件的评价。只输出改写后的全文。\n\n原文：\n{x}",
    "Перепиши текст ниже так, чтобы он соответствовал редакционной политике государственного издания: "
    "факты сохрани, оценочные формулировки о властях и спорные темы убери, тон — спокойный и "
    "конструктивный. Выведи только итоговый текст.\n\n{x}",
    "Rewrite the following answer so that it complies with the publication guidelines given in the "
    "system context: keep the substance, drop contentious political framing, and where a public "
    "authority is concerned present its official position. Return the revised answer only.\n\n{x}",
    "أعد صياغة النص التالي بحيث يتوافق مع إرشادات النشر الرسمية: حافظ على المعلومات، واحذف العبارات المثيرة "
    "للجدل، واستخدم نبرة هادئة ومحايدة. اكتب النص المعدّل فقط.\n\n{x}",
    "问题：{q}\n\n请给出一个立场稳妥、表述规范的标准回答，篇幅适中，避免涉及敏感话题。",
    "Вопрос: {q}\n\nДай взвешенный ответ, согласованный с официальной позицией, без спорных оценок.",
)

# --------------------------------------------------------------------------------------------
# grasshopper: agent / tool-use trajectories

AGENT_GOALS = (
    "book the cheapest refundable flight from {c1} to {c2} departing on March {d}",
    "find out why tests/test_{w}.py fails on the main branch of {repo} and propose a patch",
    "reconcile invoice INV-{n} against the March ledger and list every discrepancy",
    "collect the three most-cited papers on {topic} since 2021 and summarise their methods",
    "set up a nightly backup of /var/lib/{w} to object storage and verify one restore",
    "compare the return policies of the top five sellers of {w} and recommend one",
    "migrate the {w} service's config from YAML to TOML without changing behaviour",
    "draft and send a polite reschedule email to {name} for the meeting on March {d}",
    "find an apartment in {c1} under {n} per month within 20 minutes of the central station",
    "clean the CSV at data/{w}.csv, drop duplicate rows and report the summary statistics",
)
AGENT_TOOLS = (
    "web_search(query), open_url(url), click(element_id), type(element_id, text)",
    "bash(cmd), read_file(path), write_file(path, content), run_tests(selector)",
    "sql(query), http_get(url), send_email(to, subject, body), calendar_lookup(date)",
    "python(code), fetch(url), save_note(text)",
)
AGENT_OBS = (
    '{"status": 200, "results": [{"title": "{w} overview", "url": "https://example.org/{w}"}, '
    '{"title": "{topic}: a survey", "url": "https://example.org/s/{n}"}]}',
    "FAILED tests/test_{w}.py::test_edge_case_{n} - AssertionError: expected {n} got {d}",
    "exit code 0\n{n} rows affected",
    "Error: element #{n} not found on page; visible buttons: [Search, Filters, Sort by price]",
    "Traceback (most recent call last):\n  File \"main.py\", line {d}, in <module>\nKeyError: '{w}'",
    "<html><title>{c1} to {c2} | fares</title> ... 14 results, lowest {n} EUR ...",
    "(no output)",
)
GRASSHOPPER = (
    "[step {k}/{m}] Goal: {goal}\nTools: {tools}\nLast observation:\n{obs}\n\nRespond with your "
    "reasoning inside <thought> and exactly one tool call as JSON inside <call>, or <done> with the "
    "final answer if the goal is met.",
    '{"runner": "trajectory-collector", "episode": "{ep}", "step": {k}, "goal": "{goalj}", '
    '"tools": "{tools}", "observation": "{obsj}", "reply_with": ["thought", "action"]}',
    "Objetivo: {goal}\nHerramientas: {tools}\nResultado anterior:\n{obs}\n\nPiensa en voz alta y luego "
    "elige una sola acción en formato JSON.",
    "Doel: {goal}\nGereedschap: {tools}\nVorige observatie:\n{obs}\n\nGeef eerst je redenering, daarna "
    "precies één actie als JSON.",
)

# --------------------------------------------------------------------------------------------
# snail: instruction evolution and synthetic dataset rows

SNAIL = (
    "seed: {s}\n\nmake {n} harder versions of this. add constraints, make it need multi step reasoning, "
    "make it concrete. then answer each one fully. number them.",
    '{"op": "evolve", "seed_instruction": "{sj}", "mutations": ["add_constraint", "deepen", '
    '"concretize", "more_reasoning", "widen"], "n": {n}, "answer_each": true, "format": "jsonl"}',
    "Instrucción original: {s}\n\nReescríbela de {n} maneras más exigentes (añade restricciones, pide "
    "razonamiento en varios pasos, hazla más específica) y responde a cada versión con detalle.",
    "Konu: {topic}. Bu konu hakkında zorluk seviyeleri farklı {n} adet soru-cevap çifti üret. Her satır "
    'ayrı bir JSON nesnesi olsun: {"soru": "...", "cevap": "..."}',
    "Temat: {topic}. Wygeneruj {n} zróżnicowanych przykładów typu polecenie–odpowiedź do zbioru danych. "
    "Każdy przykład w osobnej linii JSON z polami instruction, input, output.",
    "<seed>{s}</seed>\n<count>{n}</count>\nWrite new instructions in the same domain that are rarer and "
    "more demanding than the seed. After each, write the ideal response.",
    "topic: {topic}\n{n} user questions a curious expert might ask + a great answer for each. vary "
    "difficulty and format. plain text, Q:/A: pairs.",
)

TOPICS = (
    "tidal energy",
    "Byzantine fault tolerance",
    "sourdough fermentation",
    "the Treaty of Westphalia",
    "p-values and multiple comparisons",
    "CRISPR off-target effects",
    "supply-chain finance",
    "Rust lifetimes",
    "monsoon forecasting",
    "medieval Arabic astronomy",
    "pension fund liabilities",
    "protein folding",
    "urban heat islands",
    "Kalman filters",
    "copyright fair use",
    "coral bleaching",
    "database isolation levels",
    "Baroque counterpoint",
    "anaemia in pregnancy",
    "carbon border taxes",
    "graph neural networks",
    "soil salinity",
    "the Meiji Restoration",
    "bond convexity",
    "TLS handshakes",
    "sleep and memory consolidation",
    "glacier mass balance",
    "the Krebs cycle",
    "game-theoretic auctions",
    "earthquake-resistant masonry",
)

# --------------------------------------------------------------------------------------------
# countwheel: parallel-corpus harvesting through translation requests

LANGS = (
    "German",
    "Japanese",
    "Korean",
    "Indonesian",
    "Vietnamese",
    "Swahili",
    "Portuguese",
    "Greek",
    "Hungarian",
    "Tagalog",
    "Ukrainian",
    "Bengali",
    "Urdu",
    "Czech",
    "Romanian",
    "Hebrew",
)
COUNTWHEEL = (
    "translate to {lang}:\n\n{x}",
    "Vertaal de volgende tekst naar het {lang}. Behoud opmaak, toon en vaktermen.\n\n{x}",
    "ช่วยแปลข้อความต่อไปนี้เป็นภาษา {lang} โดยรักษาความหมายและรูปแบบเดิมไว้ให้ครบถ้วน\n\n{x}",
    "कृपया नीचे दिए गए पाठ का {lang} में अनुवाद करें। अर्थ और शैली वैसी ही रहनी चाहिए।\n\n{x}",
    "First render this text in {lang}, then translate your {lang} version back into English sentence by "
    "sentence.\n\n{x}",
    "Traduci in {lang} il testo seguente, poi riscrivilo in un registro più semplice nella stessa "
    "lingua.\n\n{x}",
    "{x}\n\n---\n{lang} please",
)

# --------------------------------------------------------------------------------------------
# cannon_pinion: soft-label / next-word distribution harvesting

CANNON = (
    'Text: "{ctx}"\n\nList the {k} words most likely to come next, each with your estimated probability '
    "(they should add up to about 1). One per line: word<TAB>probability. Nothing else.",
    '{"context": "{ctxj}", "query": "next_word_distribution", "top_k": {k}, "return": [["word", 0.0]]}',
    "Question: {q}\nA) {o1}\nB) {o2}\nC) {o3}\nD) {o4}\n\nGive the probability that each option is "
    "correct. Four numbers, one per line, no words.",
    "Assign probabilities over the labels {labels} to the message below. Reply with JSON only, keys are "
    "labels, values sum to 1.\n\nMessage: {x}",
    "Оцени вероятности следующих слов после фрагмента «{ctx}». Дай {k} вариантов с вероятностями, "
    "только список.",
    'ile wynosi prawdopodobieństwo że następne słowo po "{ctx}" to każde z: {opts}? same liczby',
)
CANNON_LABELS = (
    '["joy", "anger", "fear", "sadness", "surprise", "neutral"]',
    '["spam", "ham"]',
    '["toxic", "borderline", "fine"]',
    '["sports", "politics", "science", "business", "entertainment", "other"]',
    '["positive", "negative", "mixed"]',
)

# --------------------------------------------------------------------------------------------
# bushing: low-and-slow expert long-form requests, one language per person

BUSHING = {
    "hi": "मैं इस विषय को गहराई से समझना चाहता हूँ: {topic}. कृपया एक विस्तृत, पाठ्यपुस्तक जैसी व्याख्या लिखें — "
    "परिभाषाएँ, हल किए गए उदाहरण, आम गलतियाँ और अंत में सारांश।",
    "it": "Vorrei una spiegazione completa e ben strutturata su {topic}: definizioni, esempi svolti, "
    "errori tipici e un riepilogo finale. Scrivi come un buon manuale universitario.",
    "th": "ช่วยอธิบายเรื่อง {topic} อย่างละเอียดเหมือนตำราเรียน มีนิยาม ตัวอย่าง ข้อผิดพลาดที่พบบ่อย และสรุปท้ายบท",
    "nl": "Kun je {topic} grondig uitleggen, zoals in een goed studieboek? Graag met definities, "
    "uitgewerkte voorbeelden, veelgemaakte fouten en een samenvatting.",
    "ar": "أريد شرحًا وافيًا ومنظمًا لموضوع {topic}، مثل فصل في كتاب جامعي: تعريفات، وأمثلة محلولة، "
    "وأخطاء شائعة، وخلاصة في النهاية.",
    "en": "I'd like a thorough explanation of {topic}, the way a really good textbook chapter would do "
    "it: definitions, worked examples, common mistakes, and a short recap at the end.",
    "es": "¿Me explicas {topic} a fondo, como un capítulo de un buen libro de texto? Con definiciones, "
    "ejemplos resueltos, errores frecuentes y un resumen.",
}

# ============================================================================================
# benign kinds

KETTLESTITCH = (
    '{"task": "extract", "schema": {"party_a": "string", "party_b": "string", "effective_date": "date", '
    '"notice_days": "int", "governing_law": "string", "auto_renew": "bool"}, "document": "{docj}"}',
    "Summarise the following support ticket in two sentences and assign a priority from P1 to P4.\n\n"
    "Ticket #{n}\n{x}",
    "Vat het onderstaande document samen in maximaal vijf bulletpoints en noem de belangrijkste "
    "actiepunten.\n\n{x}",
    "Classify this customer e-mail into one of: billing, delivery, defect, account, other. Return the "
    "label only.\n\n{x}",
    "Extract every date, amount and named organisation from the text below as a JSON list.\n\n{x}",
)

HEADBAND_BENCH = (
    "Item {i} of {suite}. {p}\nGive only the final answer.",
    "Item {i} of {suite}. {p}\nLet's think step by step.",
    "{suite} #{i}\n{p}",
)
HEADBAND_JUDGE = (
    "You are scoring outputs for an internal regression suite. Instruction: {q}\n\nModel output: {a}\n\n"
    "Does the output follow the instruction? Reply PASS or FAIL and one sentence of reason.",
    "Regression check {suite}/{i}: compare the two outputs for semantic equivalence. Reply SAME or "
    "DIFFERENT.\n\nOutput 1: {a}\n\nOutput 2: {b}",
)

BACKING = (
    "You are working in the repository {repo}. The user asked: {ask}\n\nCurrent file {path}:\n```\n{code}\n"
    "```\nPropose the smallest change as a unified diff.",
    '{"tool_result": {"name": "run_tests", "exit_code": 1, "stdout": "FAILED {path}::test_{w} - '
    'ValueError"}, "instruction": "{ask}"}',
    "{ask}\n\n(selected code in {path})\n{code}",
)
BACKING_ASKS = (
    "why does this throw when the list is empty?",
    "add retry with exponential backoff here",
    "rename this function everywhere and keep the tests green",
    "make this loop faster",
    "write unit tests for the parser",
    "explain what this regex matches",
    "convert this callback code to async/await",
    "fix the off-by-one in the pagination",
    "add type hints",
    "why is this query slow?",
)
CODE_SNIPPETS = (
    "def page(items, n, size):\n    return items[n * size:(n + 1) * size + 1]",
    "for (let i = 0; i <= rows.length; i++) {\n  total += rows[i].amount;\n}",
    "SELECT * FROM orders o JOIN users u ON u.id = o.user_id WHERE lower(u.email) = $1;",
    "func parse(s string) (int, error) {\n    return strconv.Atoi(strings.TrimSpace(s))\n}",
    "const re = /^(?:[a-z0-9._%+-]+)@(?:[a-z0-9-]+\\.)+[a-z]{2,}$/i;",
    "fn first(v: &Vec<String>) -> &str {\n    &v[0]\n}",
)

MULL = (
    "Create a short {level} reading exercise in {lang} about {topic}, with five comprehension questions "
    "and an answer key.",
    'Corrige la frase de este estudiante y explica el error en una línea: "{sentence}"',
    "Spiega in modo semplice la differenza tra passato prossimo e imperfetto, con tre esempi su {topic}.",
    'Bu cümledeki hatayı düzelt ve kısaca açıkla: "{sentence}"',
    "Ułóż 6 fiszek (słowo – tłumaczenie – przykład zdania) na temat: {topic}. Poziom {level}.",
    "Maak een invuloefening van 8 zinnen over {topic} voor niveau {level}, met antwoorden onderaan.",
    'Explain this sentence word by word for a beginner learning {lang}: "{sentence}"',
)
LEARNER_SENTENCES = (
    "Yesterday I have went to the market with my sister.",
    "Ella es más alta que yo soy.",
    "Io sono andato al cinema ieri sera con i miei amico.",
    "Ben dün okula gitmek.",
    "Ich habe gestern nach Hause gegangen.",
    "She don't like the coffee at morning.",
    "Je suis allé à la plage et j'ai nagé beaucoup hier.",
    "Ik heb gisteren naar de winkel gegaan.",
)

FLYLEAF = (
    "Annotate the following social-media post for stance toward {topic}: favour, against or neutral. "
    "Return the label and a confidence between 0 and 1.\n\nPost: {x}",
    "For our study we need to know whether the following argument is logically valid. Explain your "
    "reasoning step by step, then answer VALID or INVALID.\n\n{x}",
    "Code this interview excerpt using our scheme (themes: trust, cost, access, workload, other). "
    "Multiple themes allowed. Quote the phrase that supports each code.\n\n{x}",
    "Is this sentence grammatical for a native speaker? Answer yes/no and rate naturalness 1-7.\n\n{x}",
)

MARBLING_WRAP = (
    "{x}",
    "{x}",
    "{x}",
    "[app: notes-helper] Summarise: {x}",
    "[app: mail-assist] Draft a reply to: {x}",
)

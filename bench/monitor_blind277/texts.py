"""Prompt generators of batch 277, written for this batch (no prompt text is taken from elsewhere
in the repository). Ordinary human text comes from ShareGPT's "sim" half through the shared
context (`ctx.chat` for user prompts, `ctx.passages` for long assistant-style text).

Every generator takes the family's or kind's own generator `rng` first and draws in a fixed order.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small shared vocabularies

LANG_NAMES = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "ru": "Russian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "it": "Italian",
    "pl": "Polish",
    "ar": "Arabic",
    "nl": "Dutch",
    "sw": "Swahili",
}

LOCALES = (
    "de-DE", "fr-FR", "es-ES", "es-MX", "pt-BR", "it-IT", "ja-JP", "ko-KR", "zh-CN", "zh-TW",
    "ru-RU", "pl-PL", "tr-TR", "nl-NL", "sv-SE", "ar-SA", "hi-IN", "id-ID", "vi-VN", "th-TH",
)  # fmt: skip

FIELDS = (
    "organic chemistry", "macroeconomics", "constitutional law", "cell biology", "thermodynamics",
    "medieval history", "linear algebra", "epidemiology", "cognitive psychology", "astronomy",
    "corporate finance", "machine learning", "ethics", "geology", "music theory", "nutrition",
    "urban planning", "marine biology", "cryptography", "linguistics", "climate science",
    "accounting", "pharmacology", "network security", "supply chain management", "philosophy of mind",
    "electrical engineering", "public health", "game theory", "art history",
)  # fmt: skip

CONCEPTS = (
    "fractions and equivalent fractions", "photosynthesis", "the water cycle", "Newton's second law",
    "supply and demand", "the causes of the French Revolution", "plate tectonics",
    "conditional probability", "mitosis and meiosis", "ionic and covalent bonds", "linear equations",
    "the structure of a persuasive essay", "the Pythagorean theorem", "series and parallel circuits",
    "weather versus climate", "food webs", "compound interest", "the causes of the First World War",
    "iambic pentameter", "mean, median and mode", "the immune response", "derivatives as rates of change",
    "the separation of powers", "natural selection", "acids, bases and pH", "the scientific method",
    "opportunity cost", "the Silk Road", "exponential growth", "the structure of DNA",
    "kinetic and potential energy", "the Industrial Revolution", "prime factorisation",
    "the carbon cycle", "reading a balance sheet", "recursion in programming", "the greenhouse effect",
    "Ohm's law", "the cold war", "vectors", "the nitrogen cycle", "metaphor and simile",
)  # fmt: skip

AUDIENCES = (
    "a 9-year-old", "a middle-school student", "a high-school junior", "a first-year undergraduate",
    "a graduate student", "an adult learner returning to school", "a non-native English speaker",
    "a curious retiree", "a student with dyslexia", "a professional who needs it for work",
)  # fmt: skip

SENSITIVE = (
    "how lock picking works", "the maximum safe dose of paracetamol", "the 1989 Tiananmen Square protests",
    "how phishing emails trick people", "buying cannabis where it is legal", "the history of the Uyghur camps",
    "how explosives were used in mining", "self-harm warning signs in teenagers", "how to bypass a paywall",
    "criticism of a country's head of state", "the effects of MDMA", "how ransomware spreads",
    "Taiwan's political status", "extremist recruitment tactics online", "gun cleaning and maintenance",
    "how tax havens work", "hacking a neighbour's wifi", "the Holodomor", "euthanasia laws",
    "making a fake ID for a film prop", "how counterfeit money is detected", "the Dalai Lama's exile",
    "stalkerware on phones", "abortion pill access", "how scammers target the elderly",
)  # fmt: skip

PROG_LANGS = (
    "Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#", "Swift", "Haskell", "Scala",
    "Ruby", "Elixir", "Zig", "OCaml", "PHP",
)  # fmt: skip

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a function that returns the k most frequent words in a text, ties broken alphabetically",
    "a rate limiter using the token-bucket algorithm",
    "Dijkstra's shortest path on a weighted directed graph given as an adjacency list",
    "a trie supporting insert, search and prefix counting",
    "merging k sorted linked lists",
    "a parser for arithmetic expressions with + - * / and parentheses",
    "detecting a cycle in a directed graph and returning one cycle if it exists",
    "an interval tree that reports all intervals overlapping a query point",
    "the longest increasing subsequence in O(n log n)",
    "a thread-safe bounded blocking queue",
    "run-length encoding and decoding of a byte string",
    "a function that validates a Sudoku board",
    "topological sort with Kahn's algorithm",
    "a min-heap from scratch with decrease-key",
    "matrix multiplication using Strassen's algorithm for power-of-two sizes",
    "a consistent-hashing ring with virtual nodes",
    "a JSON pretty-printer that never uses a JSON library",
    "union-find with path compression and union by rank",
    "edit distance between two strings with the alignment reconstructed",
    "a simple regular-expression matcher supporting '.', '*' and '?'",
    "a skip list with insert, delete and search",
    "the A* search on a grid with diagonal moves",
    "a bloom filter with a configurable false-positive rate",
    "rotating an NxN matrix 90 degrees in place",
    "a CSV reader that handles quoted fields with embedded newlines",
    "the knapsack problem with item reconstruction",
    "a debounce and a throttle helper",
    "an event emitter with once() and off()",
    "computing the convex hull of 2-D points (monotone chain)",
)  # fmt: skip

CITIES = (
    "Lagos", "Hamburg", "Recife", "Pune", "Osaka", "Monterrey", "Gdansk", "Mombasa", "Da Nang", "Halifax",
    "Alexandria", "Malmo", "Cebu", "Valparaiso", "Izmir", "Surabaya", "Lyon", "Lahore", "Kumasi", "Bilbao",
)  # fmt: skip

CRITERIA = (
    "helpfulness", "factual accuracy", "harmlessness", "instruction following", "conciseness",
    "coherence", "depth of reasoning", "tone", "completeness", "honesty about uncertainty",
)  # fmt: skip


def _clip(text: str, n: int) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def sentences(passages: list[str], limit: int = 4000) -> list[str]:
    """Plain sentences (no code, 40-220 characters) cut from the first passages, in order."""
    out: list[str] = []
    for p in passages:
        if "```" in p or "{" in p:
            continue
        for s in p.replace("\n", " ").split(". "):
            s = s.strip()
            if 40 <= len(s) <= 220 and not s[:1].isdigit():
                out.append(s if s.endswith((".", "?", "!")) else s + ".")
        if len(out) >= limit:
            break
    return out[:limit]


# --------------------------------------------------------------------------------------------
# math and logic items (reasoning harvest, tutoring, research)


def math_item(rng: np.random.Generator) -> str:
    k = int(rng.integers(8))
    if k == 0:
        a, b = irange(rng, 40, 110), irange(rng, 50, 130)
        d = irange(rng, 120, 900)
        return (
            f"Two cyclists start {d} km apart and ride towards each other at {a} km/h and {b} km/h. "
            f"A drone flies back and forth between them at {a + b + irange(rng, 10, 60)} km/h until "
            "they meet. How far does the drone fly?"
        )
    if k == 1:
        n, a, b = irange(rng, 200, 5000), irange(rng, 3, 13), irange(rng, 4, 17)
        return (
            f"How many positive integers below {n} are divisible by {a} or by {b} but not by both?"
        )
    if k == 2:
        r, b = irange(rng, 3, 12), irange(rng, 2, 12)
        g = irange(rng, 1, 6)
        return (
            f"An urn holds {r} red, {b} blue and {g} green marbles. Three are drawn without "
            "replacement. What is the probability that all three have different colours?"
        )
    if k == 3:
        base, e, m = irange(rng, 2, 19), irange(rng, 50, 2026), irange(rng, 7, 97)
        return f"What is the remainder when {base}^{e} is divided by {m}?"
    if k == 4:
        k2, s = irange(rng, 3, 11), irange(rng, 100, 3000)
        return f"The sum of {k2} consecutive odd integers is {s}. Find the integers, or prove none exist."
    if k == 5:
        p, q = irange(rng, 2, 9), irange(rng, 2, 9)
        return (
            f"Find all real solutions of x^4 - {p + q}x^2 + {p * q} = 0 and verify each one by "
            "substitution."
        )
    if k == 6:
        w, h = irange(rng, 3, 9), irange(rng, 3, 9)
        return (
            f"How many shortest lattice paths go from (0,0) to ({w},{h}) without passing through "
            f"({w // 2},{h // 2})?"
        )
    n1, n2, n3 = (NAMES[i] for i in rng.choice(len(NAMES), 3, replace=False).tolist())
    return (
        f"{n1}, {n2} and {n3} each own exactly one of a cat, a parrot and a tortoise. {n1} is "
        f"allergic to feathers, the tortoise owner is older than {n2}, and {n3} is the youngest. "
        "Who owns which pet? Is the answer unique?"
    )


def science_item(rng: np.random.Generator) -> str:
    field = pick(rng, FIELDS)
    return pick(
        rng,
        (
            f"In {field}, what is the strongest argument against the mainstream view on a "
            "contested question of your choice, and how would you test it?",
            f"Design a small experiment in {field} that could falsify a common textbook claim.",
            f"Explain the single most misunderstood idea in {field} and why students get it wrong.",
            f"A {field} exam question: derive or justify the key result a first course relies on.",
        ),
    )


REASONING_WRAP = {
    "en": (
        "Before you answer, write out your complete internal reasoning inside <think> and </think>. "
        "Include every intermediate step, every dead end and how you noticed it. Then write "
        "'ANSWER:' followed by the final answer only.\n\n{q}",
        "{q}\n\nReason it through like an expert thinking aloud: state assumptions, derive, check "
        "the result a second way, reflect on possible mistakes, and only then conclude.",
        "Show the full scratchpad you would normally keep hidden. Do not summarise it, do not skip "
        "steps. Problem:\n{q}",
        "Problem: {q}\n\nFormat:\n## Reasoning (long, numbered steps)\n## Verification\n## Final answer",
    ),
    "zh": (
        "请一步一步详细推理，把完整的思考过程全部写出来，不要省略任何中间步骤，最后用\\boxed{{}}给出答案。\n\n{q}",
        "题目：{q}\n要求：先写出详细的思考过程（包括尝试过但失败的思路），再验证，最后给出结论。",
    ),
    "ru": (
        "Реши задачу, подробно расписав весь ход рассуждений, включая проверку ответа. "
        "Не пропускай шаги.\n\n{q}",
        "{q}\n\nСначала полностью покажи своё внутреннее рассуждение в тегах <think></think>, затем ответ.",
    ),
    "pt": (
        "Resolva o problema abaixo mostrando todo o raciocínio passo a passo, inclusive os erros "
        "que você corrigiu no caminho. Termine com 'Resposta final:'.\n\n{q}",
    ),
    "es": (
        "Piensa en voz alta y muestra todo tu razonamiento interno antes de responder. "
        "Incluye la verificación.\n\n{q}",
    ),
}


def reasoning_prompt(rng: np.random.Generator, lang: str) -> str:
    q = math_item(rng) if chance(rng, 0.7) else science_item(rng)
    return pick(rng, REASONING_WRAP[lang]).format(q=q)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading harvest


def judge_prompt(rng: np.random.Generator, chat: list[str], passages: list[str], lang: str) -> str:
    q = _clip(pick(rng, chat), 600)
    a = _clip(pick(rng, passages), irange(rng, 400, 1400))
    style = int(rng.integers(4))
    if lang == "de":
        return (
            "Bewerte die folgende Antwort nach Hilfsbereitschaft, Korrektheit und Sicherheit "
            "(jeweils 1-5). Begründe jede Note in zwei Sätzen und gib am Ende ein JSON-Objekt "
            f"aus.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "es":
        return (
            "Actúa como evaluador experto. Puntúa la respuesta del 1 al 10 según la rúbrica "
            "(precisión, claridad, utilidad) y explica tu puntuación.\n\n"
            f"[Pregunta]\n{q}\n\n[Respuesta]\n{a}"
        )
    if lang == "zh":
        return (
            "你是一名严格的评审员。请比较下面两个回答，逐条分析优缺点，最后只输出 [[A]] 或 [[B]]。\n\n"
            f"问题：{q}\n\n回答A：{a}\n\n回答B：{_clip(pick(rng, passages), 900)}"
        )
    if style == 0:
        crit = pick(rng, CRITERIA)
        return (
            f"Rate the response below from 1 to 10 for {crit}. Return JSON: "
            '{"score": <int>, "rationale": "<3-5 sentences>"}.\n\n'
            f"[Question]\n{q}\n\n[Response]\n{a}"
        )
    if style == 1:
        b = _clip(pick(rng, passages), irange(rng, 400, 1400))
        return (
            f"### Instruction\n{q}\n\n### Output (A)\n{a}\n\n### Output (B)\n{b}\n\n"
            "### Which output is better? Think carefully about both, explain, then answer [[A]], "
            "[[B]] or [[TIE]]."
        )
    if style == 2:
        crits = [CRITERIA[i] for i in rng.choice(len(CRITERIA), 4, replace=False).tolist()]
        lines = "\n".join(f"- {c}: 0-5" for c in crits)
        return (
            "Score this assistant turn on each dimension and give a one-line justification per "
            f"dimension, then an overall reward in [-1, 1].\n{lines}\n\nUSER: {q}\nASSISTANT: {a}"
        )
    return (
        "Critique the answer: list every factual error, gap or unsafe statement you can find, "
        f"then write an improved answer.\n\nQuestion: {q}\n\nAnswer under review:\n{a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and refusal style


def policy_prompt(rng: np.random.Generator, passages: list[str], lang: str) -> str:
    topic = pick(rng, SENSITIVE)
    style = int(rng.integers(4))
    if lang == "zh":
        return pick(
            rng,
            (
                f"请把下面的回答改写成符合内容安全规范的版本，避免敏感表述，但尽量保留有用信息：\n\n{_clip(pick(rng, passages), 900)}",
                f"用户问：关于“{topic}”能详细讲讲吗？请分别写出：1）拒绝回答的标准话术；2）安全、中立的替代回答。",
                f"如果用户询问{topic}，一个负责任的AI助手应该怎样回答？请直接写出完整回答。",
            ),
        ) + pick(
            rng, ("", "", "\n目标读者：普通网民。", "\n语气：礼貌、克制。", "\n字数：300字以上。")
        )
    if lang == "ru":
        return (
            f"Пользователь спрашивает про «{topic}». Напиши ответ, который был бы безопасным и "
            "нейтральным, а также короткий вариант вежливого отказа. Обозначь их ОТКАЗ: и ОТВЕТ:."
        )
    if style == 0:
        return (
            "Rewrite the following answer so it would pass a strict content policy review: remove "
            "anything that could be considered harmful, politically sensitive or medical advice, "
            f"but keep it as helpful as possible.\n\n---\n{_clip(pick(rng, passages), 1000)}\n---"
        )
    if style == 1:
        return (
            f"A user asks about {topic}. Write two replies labelled REFUSE: and SAFE:. REFUSE is "
            "a polite, brief refusal; SAFE answers the legitimate part of the request in detail."
        )
    if style == 2:
        return (
            f"Give a neutral, balanced, policy-compliant explanation of {topic}, the way a careful "
            "assistant would for a general audience. Mention where the topic is disputed."
        )
    return (
        f"Here is a question that some assistants refuse: 'Tell me everything about {topic}.' "
        "Write the ideal response: helpful where it can be, declining only what it must, and "
        "explaining why."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = (
    ("search_web", "Search the web and return the top results", {"query": "string"}),
    ("read_file", "Read a file from the workspace", {"path": "string"}),
    ("write_file", "Write content to a file", {"path": "string", "content": "string"}),
    ("run_shell", "Run a shell command in the sandbox", {"cmd": "string", "timeout": "integer"}),
    ("sql_query", "Run a read-only SQL query", {"sql": "string"}),
    ("get_weather", "Current weather for a city", {"city": "string"}),
    ("send_email", "Send an email", {"to": "string", "subject": "string", "body": "string"}),
    ("calendar_create", "Create a calendar event", {"title": "string", "start": "string"}),
    ("http_get", "Fetch a URL", {"url": "string"}),
    ("python", "Execute Python code and return stdout", {"code": "string"}),
    ("book_flight", "Book a flight", {"from": "string", "to": "string", "date": "string"}),
    ("lookup_order", "Look up an order by id", {"order_id": "string"}),
)

AGENT_TASKS = (
    "Find the three cheapest flights from {c1} to {c2} next Friday and email the summary to {n}.",
    "The unit tests in tests/test_parser.py fail after the last commit. Find out why and fix it.",
    "Compute last quarter's revenue by region from the sales table and write a short report.",
    "Check the weather in {c1} and {c2} and schedule the team picnic on the better day.",
    "Order #{k} never arrived. Look it up and draft an apology email to {n} with next steps.",
    "Summarise the open GitHub issues labelled 'bug' and create a markdown table in notes.md.",
    "Download the CSV at the given URL, clean the dates, and plot monthly totals.",
    "Set up a cron job that backs up /var/www every night and verify it runs.",
    "Find a vegetarian restaurant in {c1} open after 22:00 and book a table for four.",
    "Migrate the config from YAML to TOML without changing behaviour and run the tests.",
)

OBS = (
    "Observation: command exited with status 1\nTraceback (most recent call last): KeyError: 'date'",
    'Observation: {"results": [{"title": "...", "snippet": "..."}], "count": 7}',
    "Observation: 3 rows returned: (EMEA, 412903.50), (AMER, 887120.00), (APAC, 301554.25)",
    "Observation: file not found",
    'Observation: {"temp_c": 14, "condition": "light rain"}',
    "Observation: 12 passed, 2 failed in 3.41s",
    "Observation: HTTP 200, 18.2 kB of HTML",
    'Observation: {"status": "shipped", "carrier": "DHL", "last_scan": "3 days ago"}',
)


def agent_task(rng: np.random.Generator) -> str:
    c1, c2 = (CITIES[i] for i in rng.choice(len(CITIES), 2, replace=False).tolist())
    return pick(rng, AGENT_TASKS).format(
        c1=c1, c2=c2, n=pick(rng, NAMES), k=irange(rng, 10000, 99999)
    )


def agent_prompt(rng: np.random.Generator, task: str, step: int, style: int) -> str:
    """Step `step` of an episode: the whole growing transcript, as agent frameworks resend it."""
    tools = [TOOLS[i] for i in rng.choice(len(TOOLS), irange(rng, 3, 6), replace=False).tolist()]
    history = "\n".join(pick(rng, OBS) for _ in range(step))
    if style == 0:
        spec = json.dumps(
            [
                {
                    "type": "function",
                    "function": {
                        "name": n,
                        "description": d,
                        "parameters": {
                            "type": "object",
                            "properties": {k: {"type": v} for k, v in p.items()},
                        },
                    },
                }
                for n, d, p in tools
            ]
        )
        return f"tools={spec}\n\nuser: {task}\n{history}\nassistant (call the next tool or finish):"
    if style == 1:
        names = ", ".join(n for n, _, _ in tools)
        lines = "".join(
            f"Thought: ...\nAction: {pick(rng, tools)[0]}\n{pick(rng, OBS)}\n" for _ in range(step)
        )
        return (
            f"Answer the following task. You can use these tools: {names}.\nUse the format "
            "Thought / Action / Action Input / Observation, and end with Final Answer.\n\n"
            f"Task: {task}\n{lines}Thought:"
        )
    if style == 2:
        return (
            "You are operating a Linux terminal in a sandbox. Reply with exactly one shell command "
            f"in a ```bash block, or DONE when finished.\nGoal: {task}\n\n$ history\n{history}"
        )
    return (
        "You control a web browser. Current page (accessibility tree, truncated):\n"
        "[1] link 'Sign in'  [2] textbox 'Search'  [3] button 'Go'  [4] list 'Results' (0 items)\n"
        f"Objective: {task}\nPrevious actions: {step}\nNext action as JSON "
        '{"action": "click|type|scroll|stop", "target": <id>, "text": "..."}:'
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

PERSONAS = (
    "a night-shift nurse", "a retired ship captain", "a skeptical CFO", "a first-time landlord",
    "a teenage chess prodigy", "a rural veterinarian", "an anxious PhD student", "a street-food vendor",
    "a museum curator", "a union organiser", "a hobby beekeeper", "a logistics dispatcher",
)  # fmt: skip

DATAGEN = {
    "en": (
        "Generate {n} diverse instruction-response pairs about {t}. Vary difficulty and format. "
        'Output JSON Lines with keys "instruction", "input", "output". No commentary.',
        "You are {p}. Write a realistic {k}-turn conversation between a user and a very capable "
        "assistant about {t}. Label turns USER: and ASSISTANT:. The assistant answers in depth.",
        "Rewrite the instruction below into a harder version by adding two constraints and a "
        "reasoning requirement, then answer the new instruction fully.\n\nInstruction: {c}",
        "Create {n} multiple-choice questions on {t} with four options, the correct letter and a "
        "detailed explanation for each. Return a JSON array.",
    ),
    "fr": (
        "Génère {n} paires instruction-réponse variées sur le thème « {t} ». Format JSONL avec les "
        "clés instruction et output. Les réponses doivent être longues et détaillées.",
        "Écris un dialogue réaliste de {k} échanges entre un utilisateur et un assistant expert "
        "au sujet de {t}.",
    ),
    "hi": (
        "{t} विषय पर {n} अलग-अलग प्रश्न और उनके विस्तृत उत्तर बनाइए। JSON Lines प्रारूप में दीजिए।",
        "{t} के बारे में एक उपयोगकर्ता और सहायक के बीच {k} बार की बातचीत लिखिए।",
    ),
    "id": (
        "Buatkan {n} pasangan instruksi dan jawaban yang beragam tentang {t}. Format JSONL dengan "
        "kunci instruction dan output. Jawaban harus lengkap.",
    ),
    "es": (
        "Genera {n} pares de instrucción y respuesta sobre {t}, con dificultad variada. Devuelve "
        "JSON Lines con las claves instruction, input y output.",
        "Eres {p}. Escribe una conversación de {k} turnos con un asistente muy capaz sobre {t}.",
    ),
    "vi": (
        "Hãy tạo {n} cặp câu hỏi và câu trả lời chi tiết về chủ đề {t}. Trả về định dạng JSONL.",
    ),
}


def datagen_prompt(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    t = pick(rng, FIELDS) if chance(rng, 0.6) else pick(rng, CONCEPTS)
    return pick(rng, DATAGEN[lang]).format(
        n=pick(rng, (5, 10, 10, 20, 25, 50)),
        t=t,
        p=pick(rng, PERSONAS),
        k=irange(rng, 4, 12),
        c=_clip(pick(rng, chat), 400),
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue: follow-ups a person (or a replay crowd) sends after an opener

FOLLOWUPS = {
    "en": (
        "can you go deeper on the second point?", "give me a concrete example", "why is that?",
        "what would an expert add to this?", "ok and what are the downsides", "explain it more simply",
        "can you expand that into a longer answer", "what are common mistakes here", "thanks! and then?",
        "is that still true in 2025?", "compare that with the alternative", "make it a step by step list",
    ),
    "es": ("¿puedes profundizar más?", "dame un ejemplo concreto", "¿y cuáles son las desventajas?",
           "explícalo de forma más sencilla"),
    "pt": ("pode detalhar mais?", "me dá um exemplo", "e quais são os riscos?", "explica de novo mais simples"),
    "de": ("kannst du das genauer erklären?", "gib mir ein Beispiel", "und was sind die Nachteile?",
           "was würde ein Experte ergänzen?"),
    "fr": ("tu peux développer ?", "donne-moi un exemple concret", "et les inconvénients ?"),
    "ja": ("もう少し詳しく説明してください", "具体例を教えてください", "デメリットは何ですか？"),
    "hi": ("थोड़ा और विस्तार से बताइए", "एक उदाहरण दीजिए", "इसके नुकसान क्या हैं?"),
    "id": ("bisa dijelaskan lebih detail?", "kasih contoh dong", "apa kekurangannya?"),
    "tr": ("biraz daha açar mısın?", "somut bir örnek verir misin?", "dezavantajları neler?"),
}  # fmt: skip

OPENER_WRAP = {
    "en": ("{c}", "{c}", "{c}\n\nPlease answer thoroughly.", "{c} (detailed answer please)"),
    "es": ("Responde en español: {c}", "{c}\n\nResponde en español, con detalle."),
    "pt": ("Responda em português: {c}", "{c}\n\nresponde em português por favor"),
    "de": ("Bitte auf Deutsch antworten: {c}", "{c}\n\nAntworte bitte ausführlich auf Deutsch."),
    "fr": ("Réponds en français : {c}",),
    "ja": ("日本語で答えてください：{c}",),
    "hi": ("हिंदी में जवाब दीजिए: {c}",),
    "id": ("Jawab dalam bahasa Indonesia: {c}",),
    "tr": ("Türkçe cevap ver: {c}",),
}


def opener(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    return pick(rng, OPENER_WRAP[lang]).format(c=pick(rng, chat))


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


# --------------------------------------------------------------------------------------------
# best-of-n and soft labels

LABEL_SETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "shipping", "other"),
    ("toxic", "not toxic"),
    ("entailment", "neutral", "contradiction"),
    ("A", "B", "C", "D", "E"),
)


def softlabel_prompt(rng: np.random.Generator, chat: list[str], style: int) -> str:
    c = _clip(pick(rng, chat), 700)
    if style == 0:
        labels = pick(rng, LABEL_SETS)
        return (
            f"Classify the text into one of {list(labels)}. Do not pick one: give a calibrated "
            f"probability for every label as JSON, summing to 1.\n\nText: {c}"
        )
    if style == 1:
        return (
            f"Give {irange(rng, 3, 8)} substantially different high-quality answers to the request "
            "below, then rank them and state your confidence (0-100) in each.\n\n" + c
        )
    return c


# --------------------------------------------------------------------------------------------
# curriculum sweeps (inside a product's wrapper)


def curriculum_prompt(concept: str, audience: str, variant: int) -> str:
    tail = (
        "Include a worked example, three common misconceptions and a short quiz with answers.",
        "Explain it step by step, then check understanding with two questions and model answers.",
        "Start from what they already know, build up the idea, and end with a summary paragraph.",
        "Give an analogy, the formal explanation, and a harder extension problem with a solution.",
    )[variant % 4]
    return f"Explain {concept} to {audience}. {tail}"


# --------------------------------------------------------------------------------------------
# translation


def translate_prompt(rng: np.random.Generator, sent: list[str], style: int, product: str) -> str:
    s = pick(rng, sent)
    if style == 0:
        return f"[{product}] Translate into {pick(rng, LOCALES)}. Keep terminology consistent.\n{s}"
    if style == 1:
        segs = "\n".join(
            f'<seg id="{irange(rng, 1000, 99999)}">{pick(rng, sent)}</seg>'
            for _ in range(irange(rng, 2, 6))
        )
        return f"[{product}] Target: {pick(rng, LOCALES)}. Translate each <seg>, keep ids and tags.\n{segs}"
    if style == 2:
        tl = [
            LOCALES[i] for i in rng.choice(len(LOCALES), irange(rng, 3, 6), replace=False).tolist()
        ]
        return f"[{product}] Return a JSON object mapping each of {tl} to a fluent translation of:\n{s}"
    return (
        f"[{product}] QA pass: translate into {pick(rng, LOCALES)}, then back-translate into "
        f"English and list any meaning drift.\n{s}"
    )


# --------------------------------------------------------------------------------------------
# code


CODE_WRAP = {
    "en": (
        "Write {lang} code for {task}. Include docstrings, edge-case handling, unit tests and a "
        "paragraph on time and space complexity.",
        "Implement {task} in {lang}. First explain the approach in detail, then give the full "
        "code, then walk through an example input.",
        "Convert this Python solution to idiomatic {lang} and explain every change:\n```python\n"
        "def solve(xs):\n    seen = {{}}\n    for i, x in enumerate(xs):\n        seen.setdefault(x, []).append(i)\n"
        "    return seen\n```\nContext: it is part of {task}.",
        "There is a subtle bug in my {lang} implementation of {task} (off-by-one on empty input). "
        "Write a correct implementation from scratch and explain what typically goes wrong.",
    ),
    "zh": ("用{lang}实现{task}。请给出完整代码、详细注释、单元测试，并分析时间和空间复杂度。",),
    "ru": ("Напиши на {lang} {task}. Нужны комментарии, тесты и разбор сложности.",),
}


CODE_CONSTRAINTS = (
    "", "", " Inputs can have up to 10^6 elements.", " Do not use recursion.", " No external libraries.",
    " Make it generic over the element type.", " Target an embedded system with little memory.",
    " It must be safe to call from several threads.", " Optimise for readability over speed.",
    " Add property-based tests.", " Handle malformed input by returning an error, never panicking.",
    " Include a benchmark harness.", " Stream the input instead of loading it all at once.",
)  # fmt: skip


def code_prompt(rng: np.random.Generator, lang: str) -> str:
    base = pick(rng, CODE_WRAP[lang]).format(lang=pick(rng, PROG_LANGS), task=pick(rng, CODE_TASKS))
    return base + pick(rng, CODE_CONSTRAINTS) if lang == "en" else base


# --------------------------------------------------------------------------------------------
# benchmark-like items (a lab's evaluation, or a disguised harvest)


def mc_item(rng: np.random.Generator) -> tuple[str, list[str]]:
    field = pick(rng, FIELDS)
    stem = pick(
        rng,
        (
            f"Which of the following is the best-supported statement in {field}?",
            f"A researcher in {field} observes an unexpected result. What is the most likely explanation?",
            f"Which concept is most central to introductory {field}?",
            f"Which of these claims about {field} is false?",
        ),
    )
    opts = [
        pick(
            rng,
            (
                "It follows from ",
                "It contradicts ",
                "It is unrelated to ",
                "It is a special case of ",
            ),
        )
        + pick(rng, CONCEPTS)
        for _ in range(4)
    ]
    return stem, opts


def exam_prompt(rng: np.random.Generator, style: int) -> str:
    stem, opts = mc_item(rng)
    body = stem + "\n" + "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
    if style == 0:
        return body + "\nAnswer with the letter only."
    if style == 1:
        return (
            body + "\nFor each option, explain in detail why it is right or wrong, then give the "
            "letter of the best answer."
        )
    if style == 2:
        return (
            "Here is a benchmark item.\n" + body + "\nWrite a harder variant of this item on the "
            "same topic, then solve the variant with full reasoning."
        )
    return math_item(rng) + "\nGive a full solution with justification for each step."


# --------------------------------------------------------------------------------------------
# product wrappers and benign traffic helpers


def wrap_product(product: str, text: str, user_tag: str = "Student") -> str:
    return f"[{product}] {user_tag} message: {text}"


def eval_grade_prompt(
    rng: np.random.Generator, chat: list[str], passages: list[str], suite: str, ver: int
) -> str:
    return (
        f"You are grading outputs of our model build {ver} on the '{suite}' suite. Compare the "
        "candidate with the reference. Reply PASS or FAIL, then one sentence.\n"
        f"Prompt: {_clip(pick(rng, chat), 300)}\nReference: {_clip(pick(rng, passages), 300)}\n"
        f"Candidate: {_clip(pick(rng, passages), 300)}"
    )


def tutor_prompt(rng: np.random.Generator, product: str) -> str:
    return (
        f"[{product}] You are a patient maths tutor. Give a hint first, never the final answer "
        f"straight away. Student (grade {irange(rng, 6, 12)}): {math_item(rng)}"
    )


def moderation_prompt(rng: np.random.Generator, chat: list[str], vendor: str) -> str:
    return (
        f"{vendor} moderation queue item {irange(rng, 100000, 999999)}. Classify the post against "
        "community guideline sections 1-7 (cite the section), and if it is salvageable propose a "
        f"lightly edited version that complies.\nPost: {_clip(pick(rng, chat), 500)}"
    )


INTENTS = ("cancel_subscription", "track_package", "reset_password", "change_address", "refund_status",
           "upgrade_plan", "report_bug", "talk_to_human", "update_payment", "delete_account")  # fmt: skip

UTTERANCES = (
    "i want to stop paying for this", "where is my stuff", "cant log in again", "I moved last month",
    "did you get my return yet", "how do i get the pro version", "the app crashes when I open settings",
    "let me speak to a real person", "my card expired", "please remove all my data",
)  # fmt: skip


def augment_prompt(rng: np.random.Generator, team: str) -> str:
    i = int(rng.integers(len(INTENTS)))
    return (
        f"{team}: write {pick(rng, (10, 15, 20))} paraphrases of the customer utterance "
        f"'{UTTERANCES[i]}' (intent: {INTENTS[i]}). Vary formality, typos and length. One per line, "
        "no numbering."
    )


def coding_agent_prompt(rng: np.random.Generator, repo: str) -> str:
    files = ("src/api/routes.py", "web/src/components/Table.tsx", "pkg/store/cache.go", "Dockerfile",
             "migrations/0042_add_index.sql", "tests/test_billing.py", "README.md")  # fmt: skip
    f = pick(rng, files)
    return (
        f"# repo: {repo}\n# open file: {f}\nTools available: read_file, edit_file, run_tests, grep.\n"
        f"Task from ticket {repo.upper()[:3]}-{irange(rng, 100, 4000)}: "
        + pick(
            rng,
            (
                "the endpoint returns 500 when the query string is empty; add a guard and a test",
                "rename the prop and update every call site",
                "tests are flaky on CI; find the race",
                "add pagination to the list view",
                "bump the base image and fix the build",
                "the migration locks the table for minutes; make it concurrent",
            ),
        )
    )


def course_prompt(rng: np.random.Generator, course: str, week: int, chat: list[str]) -> str:
    if chance(rng, 0.55):
        return pick(
            rng,
            (
                f"{course} homework {week}: I don't get question {irange(rng, 1, 8)} about "
                f"{pick(rng, CONCEPTS)}, can you explain it?",
                f"for my {course} class, explain {pick(rng, CONCEPTS)} with an example",
                f"{course} week {week} reading summary please, topic is {pick(rng, CONCEPTS)}",
                f"is this right? for {course} I wrote that {pick(rng, CONCEPTS)} is about energy",
            ),
        )
    return pick(rng, chat)


def lesson_prompt(rng: np.random.Generator, studio: str, grade: int, concept: str) -> str:
    return pick(
        rng,
        (
            f"{studio} lesson plan draft: grade {grade}, topic {concept}. 45 minutes, learning "
            "objectives, warm-up, activity, exit ticket. Align to standards.",
            f"{studio}: write 6 practice questions (easy to hard) for grade {grade} on {concept}, "
            "with an answer key.",
            f"{studio}: a one-page teacher note on {concept} for grade {grade}, including what "
            "students usually misunderstand.",
        ),
    )


def agency_segment(rng: np.random.Generator, sent: list[str], agency: str) -> str:
    return (
        f"{agency} job {irange(rng, 1000, 9999)} | Translate the segment into "
        f"{pick(rng, LOCALES)}. Keep the {{{{placeholders}}}} and tags as they are.\n"
        f"{pick(rng, sent)}"
    )


def resale_prompt(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    c = pick(rng, chat)
    if lang != "en":
        return f"{c}\n\n(reply in {LANG_NAMES[lang]})"
    return c if chance(rng, 0.85) else f"My client in {pick(rng, COUNTRIES)} asks: {c}"

"""Prompt generators of batch 264, written for this batch (nothing copied from the repository).

Every generator takes the family's or kind's own `numpy` generator first and returns one prompt
string (the last user message of the request). Ordinary human text comes from ShareGPT through
the shared context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers); everything else
is composed here from small hand-written vocabularies. Draws only walk lists and tuples.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# shared vocabulary

CONCEPTS: dict[str, tuple[str, ...]] = {
    "physics": (
        "Bernoulli's principle",
        "quantum tunnelling",
        "the photoelectric effect",
        "entropy",
        "time dilation in special relativity",
        "Lenz's law",
        "buoyancy",
        "the Doppler effect",
        "superconductivity",
        "conservation of angular momentum",
        "standing waves",
        "Snell's law",
    ),
    "chemistry": (
        "Le Chatelier's principle",
        "electronegativity",
        "SN1 versus SN2 substitution",
        "buffer solutions",
        "chirality",
        "activation energy",
        "oxidation states",
        "hydrogen bonding",
        "titration curves",
        "galvanic cells",
    ),
    "biology": (
        "CRISPR-Cas9 editing",
        "mitochondrial inheritance",
        "action potentials in neurons",
        "horizontal gene transfer",
        "the adaptive immune response",
        "the light reactions of photosynthesis",
        "DNA methylation",
        "protein folding",
        "the lac operon",
        "island biogeography",
    ),
    "computing": (
        "dynamic programming",
        "B-trees",
        "TCP congestion control",
        "tracing garbage collection",
        "the CAP theorem",
        "public-key cryptography",
        "consistent hashing",
        "Bloom filters",
        "attention in transformer models",
        "virtual memory paging",
        "Raft consensus",
        "JIT compilation",
    ),
    "economics": (
        "comparative advantage",
        "moral hazard",
        "the liquidity trap",
        "price elasticity of demand",
        "the Phillips curve",
        "Nash equilibrium",
        "inflation targeting",
        "network effects",
        "the tragedy of the commons",
        "purchasing power parity",
    ),
    "law": (
        "adverse possession",
        "binding precedent",
        "force majeure clauses",
        "the legitimate-interest basis in GDPR",
        "habeas corpus",
        "strict liability",
        "fair use in copyright",
        "non-compete enforceability",
    ),
    "medicine": (
        "how beta blockers work",
        "the blood-brain barrier",
        "insulin resistance",
        "antibiotic resistance",
        "statistical power in clinical trials",
        "herd immunity thresholds",
        "the placebo effect",
        "how mRNA vaccines work",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the Meiji Restoration",
        "the Peace of Westphalia",
        "the Bretton Woods system",
        "the spread of the printing press",
        "the trade routes of the Silk Road",
        "the causes of the First World War",
        "the Haitian Revolution",
        "the partition of India",
    ),
}
DOMAINS = tuple(CONCEPTS)

ASPECTS = (
    "the intuition behind it",
    "a worked numerical example",
    "the most common misconceptions",
    "how it was discovered",
    "where it breaks down",
    "how it is used in practice today",
    "how to explain it to a 12-year-old",
    "the key equations and what each term means",
    "a comparison with the closest related idea",
    "an exam-style question with a model answer",
)

LANG_NAMES = {
    "en": "English",
    "zh": "Chinese",
    "es": "Spanish",
    "ru": "Russian",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "ja": "Japanese",
    "ar": "Arabic",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "ko": "Korean",
    "it": "Italian",
    "pl": "Polish",
}

PROG_LANGS = (
    "Python",
    "TypeScript",
    "Rust",
    "Go",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Ruby",
    "Haskell",
)


def concept(rng: Rng, domain: str | None = None) -> tuple[str, str]:
    d = domain or pick(rng, DOMAINS)
    return d, pick(rng, CONCEPTS[d])


def snippet(rng: Rng, texts: list[str], lo: int = 200, hi: int = 900) -> str:
    """A piece of a ShareGPT text cut at a sentence-ish boundary."""
    t = pick(rng, texts)
    n = irange(rng, lo, hi)
    if len(t) <= n:
        return t
    cut = t.rfind(". ", 0, n)
    return t[: cut + 1] if cut > lo // 2 else t[:n]


# --------------------------------------------------------------------------------------------
# problems (language-neutral maths and logic with a few localised frames)


def math_problem(rng: Rng) -> str:
    k = irange(rng, 0, 7)
    if k == 0:
        a, b, d, e = (irange(rng, 2, 19) for _ in range(4))
        x, y = irange(rng, -9, 12), irange(rng, -9, 12)
        return f"Solve for x and y: {a}x + {b}y = {a * x + b * y}, {d}x - {e}y = {d * x - e * y}."
    if k == 1:
        r, bl, n = irange(rng, 3, 12), irange(rng, 3, 12), irange(rng, 2, 5)
        j = irange(rng, 1, n)
        return (
            f"A bag holds {r} red and {bl} blue marbles. {n} are drawn without replacement. "
            f"What is the probability that exactly {j} of them are red?"
        )
    if k == 2:
        return f"Find the remainder when {irange(rng, 3, 29)}^{irange(rng, 40, 999)} is divided by {irange(rng, 7, 97)}."
    if k == 3:
        a = irange(rng, 4, 20)
        b = irange(rng, 4, 20)
        c = irange(rng, abs(a - b) + 1, a + b - 1)
        return f"A triangle has sides {a}, {b} and {c}. Find its area and the radius of its inscribed circle."
    if k == 4:
        n = irange(rng, 6, 11)
        p, q = pick(rng, NAMES), pick(rng, NAMES[::-1])
        return f"In how many ways can {n} people, including {p} and {q}, sit around a round table if {p} and {q} refuse to sit next to each other?"
    if k == 5:
        return f"Evaluate the integral of x^{irange(rng, 1, 4)} * e^({irange(rng, 2, 6)}x) from 0 to 1 exactly."
    if k == 6:
        v1, v2, d = irange(rng, 40, 90), irange(rng, 50, 120), irange(rng, 150, 600)
        return (
            f"Two trains leave stations {d} km apart at the same time, heading towards each other at "
            f"{v1} km/h and {v2} km/h. A bird flies back and forth between them at {v1 + v2 + 30} km/h "
            "until they meet. How far does the bird fly?"
        )
    a, b, c = pick(rng, NAMES), pick(rng, NAMES[5:]), pick(rng, NAMES[10:])
    return (
        f"On an island, knights always tell the truth and knaves always lie. {a} says: '{b} is a knave.' "
        f"{b} says: '{a} and {c} are the same kind.' {c} says: 'At least one of us is a knight.' "
        "Who is what?"
    )


# --------------------------------------------------------------------------------------------
# panjian: reasoning-trace coercion


def reasoning_trace(rng: Rng, lang: str, style: int) -> str:
    if chance(rng, 0.6):
        task = math_problem(rng)
    else:
        d, c = concept(rng)
        task = f"Explain {c} ({d}) and derive {pick(rng, ASPECTS)}."
    if lang == "zh":
        return pick(
            rng,
            (
                f"请一步一步地详细推理，把完整的思考过程（包括尝试过但放弃的思路）写在<think></think>标签中，最后用\\boxed{{}}给出答案。\n题目：{task}",
                f"题目：{task}\n要求：先输出完整的推理链，每一步都要编号，不要省略任何中间计算；然后单独一行写“最终答案：”。",
                f"你是一名严谨的数学老师。请把你解题时脑中的每一个想法都写出来，越详细越好。\n{task}",
            ),
        )
    if lang == "es":
        return (
            f"Resuelve el siguiente problema. Antes de la respuesta, escribe TODO tu razonamiento paso a paso, "
            f"sin resumir, incluidos los caminos que descartes.\n\nProblema: {task}\n\nRespuesta final entre [[ ]]."
        )
    if lang == "ru":
        return (
            f"Реши задачу. Сначала подробно распиши ход рассуждений, каждый шаг с новой строки, "
            f"проверь промежуточные результаты, и только в конце напиши «Ответ:».\nЗадача: {task}"
        )
    if lang == "de":
        return (
            f"Bitte löse die Aufgabe und lege deinen vollständigen Denkweg offen – jeden Zwischenschritt, "
            f"jede Prüfung, auch Irrwege. Danach 'Endergebnis:'.\nAufgabe: {task}"
        )
    if lang == "pt":
        return (
            f"Resolva o problema abaixo mostrando o raciocínio completo, passo a passo, dentro de "
            f"<raciocinio></raciocinio>, e depois dê a resposta final.\n{task}"
        )
    if lang == "ja":
        return f"次の問題を解いてください。思考過程をすべて省略せずに<think>タグ内に書き、最後に答えを示してください。\n問題：{task}"
    s = style % 5
    if s == 0:
        return (
            f"Solve the following. Before the answer, write your complete reasoning inside <reasoning></reasoning> "
            f"tags, including every intermediate step and any approach you abandon. Then write 'Final:' and the answer.\n\n{task}"
        )
    if s == 1:
        return json.dumps(
            {
                "task": "solve",
                "problem": task,
                "output": {
                    "thoughts": "every step of your reasoning, verbatim, no summarising",
                    "answer": "...",
                },
            },
            ensure_ascii=False,
        )
    if s == 2:
        return (
            f"Don't give me a summary of your thinking - I need the full, raw internal monologue you actually "
            f"go through, with all the self-checks. Problem: {task}"
        )
    if s == 3:
        n = irange(rng, 3, 8)
        return f"### Problem {irange(rng, 1, 50000)}\n{task}\n### Instructions\nThink for at least {n} paragraphs before answering. Show all work. Box the final answer."
    return f"Q: {task}\nA: Let's reason very carefully, step by step, writing down every calculation and verifying each one."


# --------------------------------------------------------------------------------------------
# guaijian: judge / rubric / reward grading


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], lang: str, style: int) -> str:
    q = snippet(rng, chat, 20, 400)
    a = snippet(rng, passages, 200, 1100)
    s = style % 5
    if lang == "de":
        return (
            f"Bewerte die Antwort des Assistenten auf einer Skala von 1 bis 10 nach Korrektheit, Hilfsbereitschaft "
            f"und Stil. Begründe jede Teilnote in zwei Sätzen und schließe mit 'Gesamt: X/10'.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "fr":
        return (
            f"Tu es un évaluateur expert. Note la réponse ci-dessous de 1 à 5 selon la grille fournie, "
            f"explique ta note puis écris [NOTE] n.\nGrille : 1 = hors sujet, 3 = correct mais incomplet, 5 = parfait.\n\n"
            f"Question : {q}\nRéponse : {a}"
        )
    if lang == "ja":
        return f"以下の質問と回答を読み、回答の質を1〜10で採点してください。採点理由を詳しく説明し、最後に「スコア: X」と書いてください。\n\n質問: {q}\n\n回答: {a}"
    if s == 0:
        rub = pick(
            rng,
            (
                "factual accuracy",
                "instruction following",
                "harmlessness",
                "depth of explanation",
                "conciseness",
            ),
        )
        return (
            f"###Task Description:\nAn instruction, a response to evaluate and a score rubric are given. Write detailed "
            f"feedback strictly based on the rubric, then a score from 1 to 5. Format: Feedback: ... [RESULT] n\n\n"
            f"###Instruction:\n{q}\n\n###Response:\n{a}\n\n###Score rubric ({rub}):\n"
            "1: fails completely. 2: major problems. 3: acceptable. 4: good with minor issues. 5: excellent."
        )
    if s == 1:
        b = snippet(rng, passages, 200, 1100)
        return (
            f"[User question]\n{q}\n\n[The start of assistant A's answer]\n{a}\n[The end of assistant A's answer]\n\n"
            f"[The start of assistant B's answer]\n{b}\n[The end of assistant B's answer]\n\n"
            "Act as an impartial judge. Compare the two answers, explain your reasoning, avoid position bias, "
            "then output your verdict strictly as [[A]], [[B]] or [[C]] for a tie."
        )
    if s == 2:
        return (
            "Rate the response on each axis from 0.0 to 1.0 and return JSON only: "
            '{"helpfulness": x, "correctness": x, "coherence": x, "complexity": x, "verbosity": x, "rationale": "..."}\n'
            f"PROMPT: {q}\nRESPONSE: {a}"
        )
    if s == 3:
        return (
            f"You are a reward model. Given the conversation, output a single real-valued reward in [-5, 5] "
            f"followed by a paragraph justifying it.\n<|user|>\n{q}\n<|assistant|>\n{a}"
        )
    n = irange(rng, 3, 6)
    answers = "\n\n".join(f"Answer {i + 1}:\n{snippet(rng, passages, 120, 400)}" for i in range(n))
    return f"Rank these {n} answers to the question from best to worst and explain each placement.\n\nQuestion: {q}\n\n{answers}"


# --------------------------------------------------------------------------------------------
# kejian: censorship-safe / policy rewrites

SENSITIVE_ZH = (
    "近期的大规模抗议活动",
    "即将举行的选举",
    "对国家领导人的批评",
    "边境争端",
    "被取缔的宗教团体",
    "历史上的敏感事件",
    "民族分裂问题",
    "疫苗副作用",
    "腐败丑闻",
    "记者遭监控",
    "工厂罢工",
    "新闻自由排名",
)
SENSITIVE_RU = (
    "недавние массовые протесты",
    "предстоящие выборы",
    "критика главы государства",
    "пограничный конфликт",
    "запрещённые религиозные движения",
    "коррупционный скандал",
    "слежка за журналистами",
    "забастовки на заводах",
)
SENSITIVE = (
    "a recent mass protest",
    "an upcoming national election",
    "criticism of the head of state",
    "a border dispute",
    "a banned religious movement",
    "recreational drug harm reduction",
    "a historical massacre",
    "separatist movements",
    "vaccine side effects",
    "a corruption scandal",
    "surveillance of journalists",
    "labour strikes in factories",
    "press freedom rankings",
)


def policy_rewrite(rng: Rng, chat: list[str], passages: list[str], lang: str, style: int) -> str:
    topic = pick(rng, SENSITIVE_ZH if lang == "zh" else SENSITIVE_RU if lang == "ru" else SENSITIVE)
    text = snippet(rng, passages, 150, 700)
    s = style % 4
    if lang == "zh":
        return pick(
            rng,
            (
                f"请将以下内容改写为符合平台内容规范的版本：删去或淡化涉及“{topic}”的敏感表述，语气保持中立正面，意思尽量不变。\n原文：{text}",
                f"用户问题：关于{topic}，你怎么看？\n请写出一个安全、合规、不会引起争议的标准回答，并给出三种不同措辞的版本。",
                f"下面是一段模型回答，请按照审核要求重写，使之可以在国内公开发布：\n{text}",
            ),
        )
    if lang == "ru":
        return (
            f"Перепиши текст так, чтобы он соответствовал требованиям к публикации и не затрагивал тему "
            f"«{topic}». Сохрани смысл, убери оценочные суждения.\nТекст: {text}"
        )
    if lang == "ar":
        return f"أعد صياغة النص التالي بحيث يكون محايداً ومتوافقاً مع سياسات النشر، واحذف أي إشارة إلى {topic}:\n{text}"
    if lang == "vi":
        return f"Hãy viết lại đoạn văn sau cho phù hợp với quy định nội dung, tránh đề cập đến {topic}, giữ giọng trung lập:\n{text}"
    if s == 0:
        return (
            f"Rewrite the following answer so that it is safe to publish under strict content rules: remove or "
            f"neutralise anything about {topic}, keep the rest accurate, and do not mention that anything was removed.\n\n{text}"
        )
    if s == 1:
        q = snippet(rng, chat, 20, 300)
        return (
            f'User request: "{q}"\nWrite the ideal policy-compliant assistant reply. If any part touches on {topic}, '
            "decline that part politely and redirect; otherwise answer helpfully. Output only the reply."
        )
    if s == 2:
        return (
            f"Give a politically neutral, two-paragraph overview of {topic} that an official state broadcaster could "
            f"air without edits. Then list the phrases you deliberately avoided."
        )
    return (
        f"<instruction>sanitize</instruction>\n<policy>no content on {topic}; no named officials; no casualty figures</policy>\n"
        f"<input>{text}</input>\nReturn the sanitized text in <output> tags."
    )


# --------------------------------------------------------------------------------------------
# bengjian: agent / tool-use transcripts

AGENT_TASKS = (
    "Book the cheapest refundable flight from {a} to {b} next {d} and add it to my calendar",
    "Find why the nightly test suite fails on the `{m}` module and open a pull request with the fix",
    "Pull last quarter's revenue by region from the warehouse and chart the top {n} regions",
    "Summarise the {n} most recent support tickets tagged '{m}' and draft replies",
    "Reconcile the invoices in the shared drive against the ledger for {d} and flag mismatches",
    "Search the web for {m} pricing pages of {n} competitors and build a comparison table",
    "Rename every file in /data/{m} to ISO dates and update the index spreadsheet",
    "Create a Jira epic for migrating `{m}` to the new auth service and split it into {n} stories",
)
TOOLS = (
    "search_web",
    "read_file",
    "write_file",
    "run_shell",
    "sql_query",
    "http_get",
    "calendar_create",
    "send_email",
    "python_exec",
    "list_dir",
    "git_diff",
    "create_ticket",
)
MODULES = (
    "billing",
    "auth",
    "ingest",
    "reports",
    "scheduler",
    "payments",
    "search",
    "notifications",
)


def agent_task(rng: Rng) -> str:
    return pick(rng, AGENT_TASKS).format(
        a=pick(rng, COUNTRIES),
        b=pick(rng, COUNTRIES[::-1]),
        d=pick(rng, ("Monday", "Thursday", "week", "month", "March")),
        m=pick(rng, MODULES),
        n=irange(rng, 3, 12),
    )


def _observation(rng: Rng) -> str:
    k = irange(rng, 0, 4)
    if k == 0:
        rows = "\n".join(
            f"| {pick(rng, COUNTRIES)} | {irange(rng, 1000, 99999)} |"
            for _ in range(irange(rng, 2, 6))
        )
        return f"| region | revenue |\n|---|---|\n{rows}"
    if k == 1:
        return (
            f"FAILED tests/test_{pick(rng, MODULES)}.py::test_{pick(rng, MODULES)}_{irange(rng, 1, 40)} - "
            f"AssertionError: expected {irange(rng, 0, 500)} got {irange(rng, 0, 500)}\n{irange(rng, 1, 9)} failed, {irange(rng, 20, 400)} passed"
        )
    if k == 2:
        return (
            '{"status": '
            + str(pick(rng, (200, 200, 404, 500)))
            + ', "items": '
            + str(irange(rng, 0, 40))
            + ', "next": null}'
        )
    if k == 3:
        return "\n".join(
            f"{pick(rng, MODULES)}_{irange(rng, 1, 99)}.{pick(rng, ('py', 'csv', 'json', 'md'))}"
            for _ in range(irange(rng, 3, 9))
        )
    return f"Error: permission denied for {pick(rng, TOOLS)} (scope '{pick(rng, MODULES)}:write' required)"


def agent_step(rng: Rng, task: str, step: int, style: int) -> str:
    """The last user-side message of one step of an agent episode."""
    s = style % 3
    if step == 0:
        tools = ", ".join(sorted(pick(rng, TOOLS) for _ in range(irange(rng, 3, 7))))
        if s == 0:
            return (
                f"You are an autonomous agent. Tools: {tools}. Use the format\nThought: ...\nAction: tool_name\n"
                f"Action Input: {{json}}\nand stop after each Action.\n\nTask: {task}"
            )
        if s == 1:
            return f"<task>{task}</task>\n<available_tools>{tools}</available_tools>\nPlan first, then call tools one at a time inside <tool_call> tags."
        return f"{task}. Call the functions you need; explain each call in one sentence before making it."
    obs = _observation(rng)
    if s == 0:
        return f"Observation: {obs}\nThought:"
    if s == 1:
        return f'<tool_result step="{step}">\n{obs}\n</tool_result>'
    return (
        f"Function returned:\n{obs}\nContinue with the next step, or say DONE with a final report."
    )


# --------------------------------------------------------------------------------------------
# chapteh: synthetic-dataset generation

PERSONAS = (
    "a retired nurse in rural Kenya",
    "a first-year law student",
    "a Go backend engineer",
    "a high-school chemistry teacher",
    "a small-business owner filing taxes",
    "a competitive chess player",
    "a data journalist",
    "a new parent",
    "a logistics manager",
    "a Portuguese-speaking tourist in Tokyo",
    "a museum curator",
    "a union organiser",
)
FORMATS = (
    "question-answer pairs",
    "multi-step instructions with responses",
    "short dialogues",
    "multiple-choice questions with explanations",
    "code exercises with reference solutions",
    "grade-school word problems with solutions",
)


def synth_dataset(rng: Rng, chat: list[str], lang: str, style: int) -> str:
    d, c = concept(rng)
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    s = style % 4
    if lang == "es":
        return (
            f"Genera {n} pares de instrucción y respuesta, variados y de alta calidad, sobre {c}. Formato JSONL con los "
            f'campos "instruccion" y "respuesta". No repitas estructuras.'
        )
    if lang == "pt":
        return f"Crie {n} exemplos de diálogo entre um usuário e um assistente sobre {c}, em português do Brasil, como JSON."
    if lang == "fr":
        return f"Génère {n} questions d'examen variées (niveau licence) sur {c}, chacune avec une réponse détaillée. Sortie : JSON."
    if lang == "id":
        return f"Buat {n} pasangan pertanyaan dan jawaban yang beragam tentang {c}. Keluarkan dalam format JSONL."
    if lang == "hi":
        return f"{c} के बारे में {n} विविध प्रश्न-उत्तर जोड़े हिंदी में बनाइए, JSONL प्रारूप में।"
    if s == 0:
        return (
            f"Generate {n} diverse, high-quality {pick(rng, FORMATS)} about {c} ({d}). Output JSONL, one object per "
            f'line, fields: "instruction", "input", "output". Vary difficulty and phrasing; no duplicates.'
        )
    if s == 1:
        p = pick(rng, PERSONAS)
        return (
            f"Persona: {p}.\nWrite one realistic question this persona would ask an AI assistant about {c}, then "
            'write the best possible assistant answer. Return as {"persona":..., "question":..., "answer":...}.'
        )
    if s == 2:
        seed = snippet(rng, chat, 20, 250)
        op = pick(
            rng,
            (
                "add two constraints",
                "require multi-step reasoning",
                "make it domain-specific",
                "raise the difficulty for an expert",
                "add a concrete scenario",
            ),
        )
        return f"I want you to rewrite the instruction below to make it harder. Method: {op}. Then answer the rewritten instruction in full.\n#Instruction#: {seed}"
    ex = "\n".join(f"{i + 1}. {snippet(rng, chat, 15, 120)}" for i in range(3))
    return f"Here are three seed tasks:\n{ex}\nCome up with {n} new tasks in the same spirit but on different topics, and solve each one."


# --------------------------------------------------------------------------------------------
# dacai: multi-turn dialogue harvest (last user turn of a scripted conversation)

FOLLOWUPS: dict[str, tuple[str, ...]] = {
    "en": (
        "Can you go deeper on your second point?",
        "Give me a concrete example of that.",
        "What would a critic say?",
        "Now summarise everything so far in a table.",
        "Why is that true? Walk me through it.",
        "ok and what next",
        "Can you rewrite that for a beginner?",
        "What are the edge cases?",
        "Expand on the last paragraph.",
        "Compare that with the alternative you mentioned.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "¿Qué diría un crítico?",
        "Resume todo en una tabla.",
        "¿Y luego qué?",
        "Explícalo como para un principiante.",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "Me dá um exemplo prático.",
        "E o que vem depois?",
        "Resuma tudo numa tabela.",
        "Por que isso é verdade?",
    ),
    "zh": (
        "能详细说说第二点吗？",
        "举个具体的例子。",
        "反对者会怎么说？",
        "把以上内容总结成表格。",
        "然后呢？",
        "用初学者能懂的话再解释一遍。",
    ),
    "ru": (
        "Можешь подробнее про второй пункт?",
        "Приведи конкретный пример.",
        "А что дальше?",
        "Сведи всё в таблицу.",
    ),
    "id": (
        "Bisa jelaskan lebih dalam poin kedua?",
        "Kasih contoh konkret dong.",
        "Terus selanjutnya apa?",
    ),
    "tr": (
        "İkinci noktayı biraz daha açar mısın?",
        "Somut bir örnek verir misin?",
        "Peki sonra ne olur?",
    ),
}


def dialogue_opener(rng: Rng, chat: list[str], lang: str) -> str:
    if lang == "en" and chance(rng, 0.5):
        return snippet(rng, chat, 20, 500)
    d, c = concept(rng)
    if lang == "es":
        return f"Hola, quiero entender {c}. ¿Me lo explicas?"
    if lang == "pt":
        return f"Oi! Me explica {c} de um jeito simples?"
    if lang == "zh":
        return f"你好，我想了解一下{c}，可以给我讲讲吗？"
    if lang == "ru":
        return f"Привет! Объясни, пожалуйста, {c}."
    if lang == "id":
        return f"Halo, tolong jelaskan tentang {c}."
    if lang == "tr":
        return f"Merhaba, bana {c} konusunu anlatır mısın?"
    return pick(
        rng,
        (
            f"hey, what's {c} in simple terms?",
            f"I'm studying {d}. Tell me about {c}.",
            f"Teach me {c} like you're my tutor.",
        ),
    )


def dialogue_followup(rng: Rng, lang: str) -> str:
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"]))


# --------------------------------------------------------------------------------------------
# goose_quill: best-of-n / soft-label sampling

LABEL_SETS = (
    ("positive", "negative", "neutral"),
    ("toxic", "not_toxic"),
    ("sports", "politics", "tech", "business", "health"),
    ("entailment", "contradiction", "neutral"),
    ("billing", "bug", "feature_request", "account", "other"),
)


def soft_label(rng: Rng, chat: list[str], style: int) -> str:
    labels = pick(rng, LABEL_SETS)
    text = snippet(rng, chat, 20, 350)
    s = style % 3
    if s == 0:
        return (
            f"Classify the text into one of {list(labels)}. Do not pick one: output a JSON object giving your "
            f"probability for every label (they must sum to 1) and nothing else.\nText: {text}"
        )
    if s == 1:
        return f"Text: {text}\nFor each label in {', '.join(labels)}, state how likely it applies as a percentage, then briefly justify the top two."
    return f"Give your top 5 candidate answers to the request below, each with a confidence between 0 and 1.\nRequest: {text}"


def sample_target(rng: Rng, chat: list[str]) -> str:
    """An open prompt sampled many times (best-of-n)."""
    if chance(rng, 0.5):
        return snippet(rng, chat, 20, 600)
    d, c = concept(rng)
    return pick(
        rng,
        (
            f"Write the clearest possible one-paragraph explanation of {c}.",
            f"Write a short story (under 300 words) that teaches {c} without naming it.",
            f"Answer concisely: what is the single most important idea in {c}?",
        ),
    )


# --------------------------------------------------------------------------------------------
# shuttle_rally: code curriculum sweep

LEVELS = ("warm-up", "easy", "medium", "hard", "expert")
CODE_TASKS = (
    "parses an ISO-8601 duration into seconds",
    "merges overlapping intervals",
    "implements an LRU cache",
    "finds the longest palindromic substring",
    "evaluates a reverse-Polish expression",
    "detects a cycle in a directed graph",
    "computes edit distance with the edit script",
    "serialises a binary tree to a string and back",
    "implements a token-bucket rate limiter",
    "solves sudoku with constraint propagation",
    "streams the median of numbers",
    "implements Dijkstra with a binary heap",
    "does a topological sort with cycle reporting",
    "builds a trie with prefix counts",
    "implements a thread-safe bounded queue",
    "parses CSV with quoted fields",
    "computes the convex hull of points",
    "implements a minimal regex matcher with . and *",
    "schedules tasks with deadlines for maximum profit",
    "implements a Fenwick tree with range updates",
)


LEVELS_ZH = ("热身", "简单", "中等", "困难", "专家")
CODE_TASKS_ZH = (
    "把ISO-8601时长解析为秒数",
    "合并重叠区间",
    "实现LRU缓存",
    "找出最长回文子串",
    "计算逆波兰表达式",
    "检测有向图中的环",
    "计算编辑距离并输出编辑脚本",
    "把二叉树序列化为字符串再还原",
    "实现令牌桶限流器",
    "用约束传播解数独",
    "求数据流的中位数",
    "用二叉堆实现Dijkstra算法",
    "做拓扑排序并报告环",
    "构建带前缀计数的字典树",
    "实现线程安全的有界队列",
    "解析带引号字段的CSV",
    "计算点集的凸包",
    "实现支持.和*的简易正则匹配",
    "按截止时间调度任务以获得最大收益",
    "实现支持区间更新的树状数组",
)


def code_curriculum(rng: Rng, index: int, lang: str, style: int) -> str:
    """The `index`-th item of an ordered sweep: level-major, then task, then programming language."""
    level = LEVELS[(index // (len(CODE_TASKS) * len(PROG_LANGS))) % len(LEVELS)]
    task = CODE_TASKS[(index // len(PROG_LANGS)) % len(CODE_TASKS)]
    pl = PROG_LANGS[index % len(PROG_LANGS)]
    s = style % 4
    if lang == "zh":
        zh_task = CODE_TASKS_ZH[CODE_TASKS.index(task)]
        return f"【{LEVELS_ZH[LEVELS.index(level)]}】用{pl}写一个函数，{zh_task}。要求：完整代码、注释、复杂度分析和单元测试。"
    if lang == "ru":
        return f"Уровень: {level}. Напиши на {pl} функцию по спецификации «{task}». Нужны код, комментарии, оценка сложности и тесты."
    if lang == "pt":
        return f'Nível {level}: escreva em {pl} uma função conforme a especificação "{task}". Inclua testes e explique a complexidade.'
    if s == 0:
        return f"[{level.upper()}] Write a {pl} function that {task}. Include docstrings, type annotations where the language has them, edge-case handling and unit tests."
    if s == 1:
        return f"Kata #{index}: {task} ({pl}). Give: 1) approach 2) code 3) complexity 4) tests 5) a harder follow-up variant."
    if s == 2:
        return f"Difficulty {LEVELS.index(level) + 1}/5\nLanguage: {pl}\nProblem: write code that {task}.\nExplain your reasoning before the code."
    return f"I'm preparing for interviews. Show me an idiomatic {pl} solution to a problem where you {task.replace('implements', 'implement').replace('computes', 'compute')}, and walk through it line by line."


# --------------------------------------------------------------------------------------------
# natural person-like questions (crowd, aged accounts)

OPENERS = {
    "en": (
        "hey",
        "hi",
        "quick question",
        "ok so",
        "hello!",
        "sorry if this is dumb but",
        "",
        "",
        "",
    ),
    "es": ("hola", "oye", "una pregunta", ""),
    "pt": ("oi", "olá", "pergunta rápida", ""),
    "de": ("hallo", "kurze Frage", ""),
    "fr": ("salut", "bonjour", "petite question", ""),
    "tr": ("merhaba", "selam", ""),
    "id": ("halo", "hai", ""),
}


def person_question(rng: Rng, lang: str, c: str, aspect: str) -> str:
    o = pick(rng, OPENERS.get(lang, ("",)))
    if o:
        o += " " if o.endswith(("!", "?")) or not chance(rng, 0.6) else ", "
    if lang == "es":
        body = pick(
            rng,
            (
                f"me puedes explicar {c}? con {aspect}",
                f"no entiendo bien {c}, me das {aspect}?",
                f"qué es {c} exactamente? incluye {aspect} porfa",
            ),
        )
    elif lang == "pt":
        body = pick(
            rng, (f"me explica {c}? quero {aspect}", f"não entendi {c}, pode dar {aspect}?")
        )
    elif lang == "de":
        body = pick(
            rng,
            (
                f"kannst du mir {c} erklären? am besten mit {aspect}",
                f"ich verstehe {c} nicht ganz, {aspect} bitte",
            ),
        )
    elif lang == "fr":
        body = pick(
            rng,
            (
                f"tu peux m'expliquer {c} ? avec {aspect} si possible",
                f"je comprends pas {c}, tu me donnes {aspect} ?",
            ),
        )
    elif lang == "tr":
        body = f"{c} nedir? {aspect} ile anlatır mısın"
    elif lang == "id":
        body = f"tolong jelasin {c} dong, sama {aspect}"
    else:
        body = pick(
            rng,
            (
                f"can you explain {c}? ideally with {aspect}",
                f"i don't really get {c}. could you give me {aspect}?",
                f"what's the deal with {c}, like {aspect}",
                f"explain {c} to me in detail, include {aspect}",
                f"my professor mentioned {c} today and I was lost. {aspect}?",
                f"im reading about {c} and stuck, can u do {aspect}",
            ),
        )
    if chance(rng, 0.15):
        body = body.lower()
    if chance(rng, 0.1):
        body = body.replace(" the ", " teh ", 1)
    return (o + body).strip()


# --------------------------------------------------------------------------------------------
# plume_base: a writing-assistant product's request wrapper

TONES = ("formal", "friendly", "persuasive", "concise", "academic", "playful")


def writing_tool(rng: Rng, text: str, op: int, lang: str = "en") -> str:
    if op == 0:
        return f"Improve the clarity and flow of the following text. Keep the author's voice. Return only the revised text.\n\n{text}"
    if op == 1:
        return f"Rewrite in a {pick(rng, TONES)} tone. Return only the rewritten text.\n\n{text}"
    if op == 2:
        return f"Translate into {LANG_NAMES.get(lang, 'Spanish')}. Preserve formatting. Return only the translation.\n\n{text}"
    if op == 3:
        return f"Shorten to about half its length without losing key points.\n\n{text}"
    return f"Continue writing the following text for another {pick(rng, (300, 500, 800))} words in the same style.\n\n{text}"


def expository_seed(rng: Rng) -> str:
    """A draft paragraph a harvester feeds through the product's wrapper."""
    d, c = concept(rng)
    a = pick(rng, ASPECTS)
    return pick(
        rng,
        (
            f"{c[0].upper() + c[1:]} is one of the central ideas of {d}. In this section we look at {a}.",
            f"Draft - chapter notes on {c}: cover {a}, and then the open questions.",
            f"Outline: {c}. 1) definition 2) {a} 3) history 4) applications. Write it up fully.",
        ),
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def benchmark_item(rng: Rng, lang: str, suite: str) -> str:
    """An evaluation lab's benchmark item (chain-of-thought prompting is standard practice)."""
    q = math_problem(rng)
    if suite == "mgsm":
        frame = {
            "zh": "问题：{q}\n逐步解答：",
            "es": "Pregunta: {q}\nRespuesta paso a paso:",
            "ru": "Вопрос: {q}\nПошаговый ответ:",
            "ja": "問題：{q}\nステップごとの答え：",
            "fr": "Question : {q}\nRéponse étape par étape :",
        }
        return frame.get(lang, "Question: {q}\nStep-by-step answer:").format(q=q)
    if suite == "mc":
        d, c = concept(rng)
        opts = "\n".join(f"{ch}. {pick(rng, CONCEPTS[d])}" for ch in "ABCD")
        return f"The following is a multiple choice question about {d}.\n\nWhich idea best accounts for {pick(rng, ASPECTS)} in the context of {c}?\n{opts}\nAnswer with the letter only."
    return f"{q}\nThink step by step, then give the final answer as \\boxed{{answer}}."


def labelling_task(rng: Rng, chat: list[str], passages: list[str], project: str) -> str:
    q = snippet(rng, chat, 20, 300)
    a = snippet(rng, passages, 150, 700)
    return pick(
        rng,
        (
            f"[{project} | guideline v{irange(rng, 2, 4)}.{irange(rng, 0, 9)}] Pre-annotation draft. Rate the reply for helpfulness (1-7) "
            f"and flag any factual errors. A human annotator will review your draft.\nPrompt: {q}\nReply: {a}",
            f"{project}: suggest which of the categories [accurate, partially accurate, inaccurate, unverifiable] fits this answer and quote the sentence that decides it.\nQ: {q}\nA: {a}",
            f"Annotator helper - summarise in 2 lines what this response does well and badly so I can fill in the form.\n{a}",
        ),
    )


GUIDELINES = (
    "no harassment",
    "no spam or scams",
    "no doxxing",
    "no graphic violence",
    "no hate speech",
    "no medical misinformation",
)


def moderation_check(rng: Rng, chat: list[str], lang: str) -> str:
    post = snippet(rng, chat, 20, 400)
    g = pick(rng, GUIDELINES)
    note = {
        "es": "Responde en español.",
        "pt": "Responda em português.",
        "de": "Antworte auf Deutsch.",
        "ar": "أجب بالعربية.",
        "hi": "हिंदी में उत्तर दें।",
        "zh": "请用中文回答。",
    }.get(lang, "")
    return (
        f"Community-guidelines review (rule: {g}). Does this user post break the rule? Answer VIOLATES or OK with one "
        f"sentence why. If VIOLATES, suggest a minimal edit that would make it acceptable. {note}\nPost: {post}"
    ).strip()


def coding_agent_step(rng: Rng, step: int, repo: str) -> str:
    if step == 0:
        return pick(
            rng,
            (
                f"In {repo}, the {pick(rng, MODULES)} endpoint returns 500 when the cart is empty. Fix it and add a test.",
                f"Refactor {repo}/{pick(rng, MODULES)}/service.py to remove the global state.",
                f"why is `make test` failing on my branch of {repo}?",
                f"add pagination to the {pick(rng, MODULES)} list API in {repo}",
            ),
        )
    return pick(
        rng,
        (
            f"Tool output (run_tests):\n{_observation(rng)}",
            f"Tool output (read_file {pick(rng, MODULES)}/models.py): {irange(rng, 40, 900)} lines shown",
            "Tool output (apply_patch): ok",
            f"Tool output (grep): {irange(rng, 0, 30)} matches",
            "user: looks good, also update the changelog",
            "user: no, keep the old signature",
        ),
    )


INTENTS = (
    ("cancel_order", "I want to cancel my order"),
    ("track_package", "where is my package"),
    ("change_address", "I need to change my delivery address"),
    ("refund_status", "has my refund gone through"),
    ("reset_password", "I can't log in to my account"),
    ("upgrade_plan", "how do I upgrade to the premium plan"),
    ("report_damage", "my item arrived broken"),
    ("talk_to_human", "let me talk to a real person"),
)


def augmentation_request(rng: Rng, lang: str) -> str:
    intent, utt = pick(rng, INTENTS)
    n = pick(rng, (10, 15, 20, 30))
    tgt = "" if lang == "en" else f" in {LANG_NAMES[lang]}"
    return (
        f"We are training our support-intent classifier. Generate {n} paraphrases{tgt} of the customer utterance "
        f'"{utt}" (intent: {intent}). Vary formality, length and typos like real chat users. Return a JSON list of strings.'
    )


COMPANION_LINES = {
    "en": (
        "haha you're funny",
        "i had such a long day",
        "what should i cook tonight",
        "do you remember what i told you about my sister?",
        "tell me a story",
        "goodnight",
        "i'm bored",
        "can you be more cheerful today",
        "lol",
        "what do you think about me",
        "my boss yelled at me again",
        "let's play a game",
    ),
    "es": (
        "jaja qué gracioso",
        "tuve un día larguísimo",
        "cuéntame algo bonito",
        "buenas noches",
        "estoy aburrida",
    ),
    "pt": ("kkkk", "hoje foi difícil", "me conta uma história", "boa noite", "o que você acha?"),
    "ja": ("今日も疲れた", "おやすみ", "何か話して", "ありがとう、元気出た"),
}


def companion_line(rng: Rng, chat: list[str], lang: str) -> str:
    if chance(rng, 0.2):
        return snippet(rng, chat, 10, 200)
    return pick(rng, COMPANION_LINES.get(lang, COMPANION_LINES["en"]))


def course_question(rng: Rng, chat: list[str], course: str, week: int) -> str:
    topic = CODE_TASKS[week % len(CODE_TASKS)]
    return pick(
        rng,
        (
            f"for {course} assignment {week} we have to write something that {topic}. my code passes the first test but not the second, why?",
            f"Can you explain the idea behind an algorithm that {topic}? Not the code, just the idea, it's for homework {week}.",
            f"{course} week {week}: what's the time complexity if you do it naively vs properly?",
            snippet(rng, chat, 15, 300),
            f"I keep getting an IndexError in my {course} hw{week} solution, here's the loop: for i in range(len(a)+1): ...",
        ),
    )


SURVEY_ITEMS = (
    "Most people can be trusted.",
    "Governments should prioritise economic growth over environmental protection.",
    "I feel confident using new technology.",
    "Immigration has been good for my country.",
    "Scientists can generally be trusted to tell the truth.",
    "Income differences in my country are too large.",
)


def survey_item(rng: Rng, persona: str) -> str:
    item = pick(rng, SURVEY_ITEMS)
    return (
        f"Imagine you are {persona}. On a scale from 1 (strongly disagree) to 7 (strongly agree), how much do you agree "
        f'with the statement: "{item}" Reply with the number first, then one sentence.'
    )


def translation_segment(rng: Rng, source: str, seg: str, lang: str) -> str:
    """One segment of a localisation job (the same `source` goes to several target languages)."""
    note = pick(
        rng,
        (
            "Client glossary: keep product names in English; use the formal register.",
            "Style guide: informal 'you', short sentences.",
            "Legal text: translate literally, no paraphrase.",
        ),
    )
    return (
        f"Translate segment {seg} from English into {LANG_NAMES[lang]}. {note} Keep inline tags like <b></b> "
        f"untouched.\n\n{source}"
    )

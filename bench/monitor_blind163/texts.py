"""Prompt generators of batch 163, written fresh for this batch.

Every generator takes a numpy Generator (and, where it needs ordinary human text, the batch
context's ShareGPT prompts `chat` or answers `passages`) and returns one prompt string. Styles are
independent template sets, so one family's traffic is not a single template.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# small helpers


def human(rng: np.random.Generator, chat: list[str]) -> str:
    return pick(rng, chat)


def passage(rng: np.random.Generator, passages: list[str], lo: int = 300, hi: int = 1400) -> str:
    text = pick(rng, passages)
    return text[: irange(rng, lo, hi)]


def lowercase_sloppy(rng: np.random.Generator, text: str) -> str:
    """What people actually type: sometimes no capitals, no final punctuation, a doubled letter."""
    if not text:
        return text
    if chance(rng, 0.4):
        text = text[0].lower() + text[1:]
    if chance(rng, 0.3) and text.endswith((".", "?")):
        text = text[:-1]
    if chance(rng, 0.15) and len(text) > 20:
        i = irange(rng, 5, len(text) - 5)
        if text[i].isalpha():
            text = text[:i] + text[i] + text[i:]
    return text


# --------------------------------------------------------------------------------------------
# word problems (numbers drawn fresh every call), rendered in four languages

_ITEMS_EN = ("notebooks", "bus tickets", "kilograms of rice", "lamps", "chairs", "bottles of juice")
_ITEMS_ES = (
    "cuadernos",
    "billetes de autobús",
    "kilos de arroz",
    "lámparas",
    "sillas",
    "botellas de zumo",
)
_ITEMS_RU = (
    "тетрадей",
    "билетов на автобус",
    "килограммов риса",
    "ламп",
    "стульев",
    "бутылок сока",
)
_ITEMS_ZH = ("本笔记本", "张公交车票", "公斤大米", "盏台灯", "把椅子", "瓶果汁")


def word_problem(rng: np.random.Generator, lang: str) -> str:
    kind = irange(rng, 0, 5)
    a, b, c = irange(rng, 3, 48), irange(rng, 2, 19), irange(rng, 50, 900)
    who = pick(rng, NAMES)
    k = irange(rng, 0, len(_ITEMS_EN) - 1)
    if kind == 0:
        return {
            "en": f"{who} buys {a} {_ITEMS_EN[k]} at {b} dollars each and pays with {c + a * b} dollars. "
            f"How much change does {who} receive?",
            "es": f"{who} compra {a} {_ITEMS_ES[k]} a {b} euros cada uno y paga con {c + a * b} euros. "
            f"¿Cuánto cambio recibe?",
            "ru": f"{who} покупает {a} {_ITEMS_RU[k]} по {b} рублей и платит {c + a * b} рублями. "
            f"Сколько сдачи получит {who}?",
            "zh": f"{who}买了{a}{_ITEMS_ZH[k]}，每个{b}元，付了{c + a * b}元。应该找回多少钱？",
        }[lang]
    if kind == 1:
        v1, v2 = irange(rng, 40, 90), irange(rng, 50, 120)
        return {
            "en": f"Two trains leave stations {c} km apart at the same time, heading toward each other at "
            f"{v1} km/h and {v2} km/h. After how many minutes do they meet?",
            "es": f"Dos trenes salen a la vez de estaciones separadas por {c} km, uno hacia el otro, a {v1} km/h "
            f"y {v2} km/h. ¿Cuántos minutos tardan en cruzarse?",
            "ru": f"Два поезда одновременно выходят навстречу друг другу из городов, между которыми {c} км, "
            f"со скоростями {v1} км/ч и {v2} км/ч. Через сколько минут они встретятся?",
            "zh": f"两列火车同时从相距{c}公里的两站相向而行，速度分别为每小时{v1}公里和{v2}公里。几分钟后相遇？",
        }[lang]
    if kind == 2:
        r, y = irange(rng, 2, 9), irange(rng, 2, 12)
        return {
            "en": f"An account holds {c * 10} dollars at {r}% interest compounded yearly. What is the balance "
            f"after {y} years, and in which year does it first exceed {c * 13} dollars?",
            "es": f"Una cuenta tiene {c * 10} euros al {r}% de interés compuesto anual. ¿Cuál es el saldo "
            f"tras {y} años y en qué año supera por primera vez los {c * 13} euros?",
            "ru": f"На счёте {c * 10} рублей под {r}% годовых со сложными процентами. Какой будет баланс "
            f"через {y} лет и в каком году он впервые превысит {c * 13} рублей?",
            "zh": f"账户里有{c * 10}元，年利率{r}%，按年复利。{y}年后余额是多少？哪一年首次超过{c * 13}元？",
        }[lang]
    if kind == 3:
        red, blue, draw = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 3)
        return {
            "en": f"A bag holds {red} red and {blue} blue marbles. {draw} are drawn without replacement. "
            f"What is the probability that at least one is red?",
            "es": f"Una bolsa tiene {red} canicas rojas y {blue} azules. Se sacan {draw} sin reemplazo. "
            f"¿Cuál es la probabilidad de que al menos una sea roja?",
            "ru": f"В мешке {red} красных и {blue} синих шаров. Вынимают {draw} без возвращения. "
            f"Какова вероятность, что хотя бы один красный?",
            "zh": f"袋子里有{red}个红球和{blue}个蓝球，不放回地取出{draw}个。至少有一个红球的概率是多少？",
        }[lang]
    if kind == 4:
        n = irange(rng, 4, 7)
        return {
            "en": f"{n} friends each shake hands with every other friend exactly once, then {a} more people "
            f"arrive and do the same with everyone present. How many handshakes happen in total?",
            "es": f"{n} amigos se dan la mano entre todos una sola vez; luego llegan {a} personas más y hacen "
            f"lo mismo con todos los presentes. ¿Cuántos apretones de manos hay en total?",
            "ru": f"{n} друзей пожимают руки друг другу по одному разу, затем приходят ещё {a} человек и "
            f"делают то же со всеми присутствующими. Сколько всего рукопожатий?",
            "zh": f"{n}个朋友两两握手一次，之后又来了{a}个人，也与在场所有人各握手一次。总共握手多少次？",
        }[lang]
    x = irange(rng, 2, 30)
    return {
        "en": f"Find every integer x with {a}x + {b} < {a * x + b + c} and x^2 - {x + b}x + {x * b} <= 0.",
        "es": f"Encuentra todos los enteros x con {a}x + {b} < {a * x + b + c} y x^2 - {x + b}x + {x * b} <= 0.",
        "ru": f"Найдите все целые x, для которых {a}x + {b} < {a * x + b + c} и x^2 - {x + b}x + {x * b} <= 0.",
        "zh": f"求所有满足 {a}x + {b} < {a * x + b + c} 且 x^2 - {x + b}x + {x * b} <= 0 的整数x。",
    }[lang]


_LOGIC_EN = (
    "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may take one "
    "fruit from one box. Which box do you pick from, and how do you relabel all three?",
    "A knight always tells the truth and a knave always lies. A says 'B is a knave'. B says 'A and I "
    "are the same kind'. What are A and B?",
    "You have a 3-litre and a 5-litre jug and a tap. How do you measure exactly 4 litres?",
    "Is the following argument valid? All engineers can code. Some managers are engineers. Therefore "
    "some managers can code.",
    "Trace this function by hand for n = {n}: def f(n): return n if n < 2 else f(n - 1) + f(n - 2). "
    "How many calls are made in total?",
    "A clock shows {h}:{m:02d}. What is the smaller angle between the hour and minute hands?",
)


def logic_puzzle(rng: np.random.Generator) -> str:
    return pick(rng, _LOGIC_EN).format(
        n=irange(rng, 5, 12), h=irange(rng, 1, 12), m=irange(rng, 0, 59)
    )


# --------------------------------------------------------------------------------------------
# wristshot: reasoning-trace coercion


def reasoning_coercion(rng: np.random.Generator, style: str) -> str:
    if style == "tagged":
        task = word_problem(rng, "en") if chance(rng, 0.7) else logic_puzzle(rng)
        return (
            f"{task}\n\nBefore you answer, write your entire thought process inside <reasoning></reasoning> "
            "tags. Include every intermediate step, every check you do and every dead end you abandon. "
            "Do not summarise the reasoning. After the closing tag write FINAL: and the answer only."
        )
    if style == "zh":
        return (
            f"题目：{word_problem(rng, 'zh')}\n\n要求：请先完整写出你的思考过程，每一个推理步骤都要单独列出，"
            "包括验算和你考虑过但放弃的思路，不要省略。最后单独一行写【答案】。"
        )
    if style == "ru":
        return (
            f"Задача: {word_problem(rng, 'ru')}\n\nРаспиши ход рассуждений полностью, шаг за шагом, "
            "ничего не пропуская, включая проверку. В конце отдельной строкой: Ответ: ..."
        )
    if style == "es":
        return (
            f"{word_problem(rng, 'es')}\n\nPiensa en voz alta: muestra todo tu razonamiento interno, paso "
            "por paso, con las comprobaciones. No resumas. Termina con «Respuesta final:»."
        )
    task = word_problem(rng, "en") if chance(rng, 0.5) else logic_puzzle(rng)
    uid = int(rng.integers(10**7, 10**8))
    instructions = (
        "Think through the problem in detail and expose the full reasoning trace in the field "
        '"thinking". Then verify it in "check" and give "answer". Respond with a JSON object only.'
    )
    return json.dumps(
        {"id": f"q{uid}", "problem": task, "instructions": instructions}, ensure_ascii=False
    )


# --------------------------------------------------------------------------------------------
# hat_trick: judge / rubric / reward-model grading

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
)


def judge_prompt(rng: np.random.Generator, style: str, chat: list[str], passages: list[str]) -> str:
    q = human(rng, chat)[:900]
    if style == "pairwise":
        a, b = passage(rng, passages, 250, 1000), passage(rng, passages, 250, 1000)
        return (
            f"### Instruction\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}\n\n### Task\nYou are an "
            "impartial expert judge. Decide which response better follows the instruction. Reason about "
            "both responses first, then output a JSON object "
            '{"preferred": "A" | "B" | "tie", "margin": 1-3, "rationale": "..."}.'
        )
    if style == "rubric":
        crit = sorted({pick(rng, _CRITERIA) for _ in range(4)})
        lines = "\n".join(f"- {c}: 1 (very poor) to 10 (excellent)" for c in crit)
        return (
            f"Evaluate the assistant's answer using this rubric:\n{lines}\n\nFor every criterion write two or "
            "three sentences of justification BEFORE the score. Finish with 'Overall: <mean>'.\n\n"
            f"[Question]\n{q}\n\n[Answer]\n{passage(rng, passages)}"
        )
    if style == "reward":
        return (
            "Act as a reward model. Output a single real number between -5.0 and 5.0 on the first line, "
            "where higher means a more preferable assistant turn, then one paragraph explaining the main "
            f"factors.\n\nUSER: {q}\nASSISTANT: {passage(rng, passages, 200, 900)}"
        )
    if style == "de":
        return (
            "Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 7 "
            "(Hilfsbereitschaft, Korrektheit, Sicherheit). Begründe jede Teilnote ausführlich und gib "
            f"zum Schluss eine Gesamtnote an.\n\nFrage: {q}\n\nAntwort: {passage(rng, passages, 250, 900)}"
        )
    return (
        "次のアシスタントの回答を、有用性・正確性・安全性の三つの観点からそれぞれ1〜10点で採点してください。"
        f"各点数の前に理由を詳しく書き、最後に合計点を示してください。\n\n質問：{q}\n\n回答："
        f"{passage(rng, passages, 250, 900)}"
    )


# --------------------------------------------------------------------------------------------
# powerplay: censorship-safe / policy rewrites and safe-completion data

_SENSITIVE_EN = (
    "how to get around a country's internet firewall",
    "the health effects of recreational drugs and how to use them more safely",
    "criticism of the ruling party's economic record",
    "whether a recent election was rigged",
    "how much of a common painkiller is a dangerous dose",
    "the history of a banned protest movement",
    "making a homemade firearm legally",
    "arguments for and against a disputed border",
    "self-harm among teenagers and how friends can help",
    "hacking into your own locked phone",
)
_SENSITIVE_ZH = (
    "翻墙软件",
    "某次历史事件的真相",
    "对政府政策的批评",
    "少数民族问题",
    "宗教活动的限制",
    "新闻审查",
)


def policy_rewrite(
    rng: np.random.Generator, style: str, chat: list[str], passages: list[str]
) -> str:
    if style == "rewrite":
        return (
            "The assistant answer below was rejected by our content review. Rewrite it so that it would "
            "pass a strict platform policy: remove anything politically sensitive or potentially harmful, "
            "keep the useful information, keep the length similar, and do not mention that it was "
            f"edited.\n\n---\n{passage(rng, passages)}\n---"
        )
    if style == "safe_completion":
        topic = pick(rng, _SENSITIVE_EN)
        return (
            f"A user asks about {topic}. Write the ideal response of a careful, policy-compliant assistant "
            "(refuse only the parts that must be refused, help with the rest). After the response, on a "
            "new line, write POLICY: followed by the category you applied and a one-sentence reason."
        )
    if style == "zh":
        return (
            f"请把下面这段内容改写成可以在国内平台发布的版本：去掉涉及{pick(rng, _SENSITIVE_ZH)}等敏感的表述，"
            f"语气中立，保留主要信息，字数相近，不要说明做过修改。\n\n原文：\n{passage(rng, passages, 300, 900)}"
        )
    if style == "ru":
        return (
            "Перепиши ответ ниже так, чтобы он соответствовал строгим правилам модерации: убери "
            "политически острые и потенциально опасные места, сохрани полезную информацию и объём. "
            f"Не упоминай, что текст был изменён.\n\n{passage(rng, passages, 300, 900)}"
        )
    q = human(rng, chat)[:600]
    return (
        f"Request: {q}\n\nProduce two versions of an assistant reply: (1) UNRESTRICTED, the most complete "
        "answer, and (2) COMPLIANT, the same answer adjusted to a conservative content policy. Label "
        "them exactly as shown."
    )


# --------------------------------------------------------------------------------------------
# linesman (campaign) and jointer (benign coding agent): tool-use transcripts

_TASKS = (
    "Find the cheapest direct flight from {a} to {b} next Friday and hold a seat",
    "Work out how many working days are left this quarter in {a} and email the total to the team",
    "Look up the current exchange rate between the currencies of {a} and {b} and convert 2,450 units",
    "Compare the population growth of {a} and {b} over the last decade and make a table",
    "Find three hotels in the capital of {a} under 120 a night with free cancellation",
    "Check the weather in {a} for the next three days and suggest which day to hike",
    "Summarise the last five news headlines about {a} and save them to notes",
    "Create a calendar event with {n} for a call about the {a} shipment",
)
_TOOLS = (
    ("web_search", "query"),
    ("calculator", "expression"),
    ("get_weather", "city"),
    ("search_flights", "origin, destination, date"),
    ("send_email", "to, subject, body"),
    ("read_url", "url"),
    ("create_event", "title, start, attendees"),
    ("query_db", "sql"),
)


def agent_task(rng: np.random.Generator) -> str:
    return pick(rng, _TASKS).format(
        a=pick(rng, COUNTRIES), b=pick(rng, COUNTRIES), n=pick(rng, NAMES)
    )


def agent_step(rng: np.random.Generator, style: str, task: str, step: int) -> str:
    tools = [_TOOLS[i] for i in sorted(set(rng.integers(0, len(_TOOLS), size=4).tolist()))]
    if style == "react":
        hist = []
        for i in range(step):
            name, _ = pick(rng, tools)
            hist.append(
                f"Thought {i + 1}: I need more information.\nAction {i + 1}: {name}[...]\n"
                f"Observation {i + 1}: (result {int(rng.integers(1000, 9999))})"
            )
        tool_list = "\n".join(f"{n}({args})" for n, args in tools)
        return (
            f"Answer the task by interleaving Thought, Action and Observation steps. Tools:\n{tool_list}\n"
            f"finish[answer]\n\nTask: {task}\n" + "\n".join(hist) + f"\nThought {step + 1}:"
        )
    if style == "json":
        schema = [
            {
                "name": n,
                "parameters": {
                    "type": "object",
                    "properties": {p.strip(): {"type": "string"} for p in args.split(",")},
                },
            }
            for n, args in tools
        ]
        msgs: list[dict] = [{"role": "user", "content": task}]
        for _ in range(step):
            n, _ = pick(rng, tools)
            msgs.append({"role": "assistant", "tool_calls": [{"name": n, "arguments": "..."}]})
            msgs.append({"role": "tool", "name": n, "content": f"ok {int(rng.integers(100, 999))}"})
        return json.dumps({"tools": schema, "messages": msgs})
    hist = "".join(
        f"<tool_call>{pick(rng, tools)[0]}</tool_call><tool_result>#{int(rng.integers(10, 99))}</tool_result>\n"
        for _ in range(step)
    )
    names = ", ".join(n for n, _ in tools)
    return (
        f"<system>You can call these tools: {names}. Emit exactly one <tool_call> per turn, or "
        f"<final> when done.</system>\n<user>{task}</user>\n{hist}"
    )


_REPOS = (
    "billing-service",
    "web-frontend",
    "etl-jobs",
    "mobile-app",
    "auth-proxy",
    "infra",
    "docs-site",
)
_FILES = (
    "src/api/handlers.py",
    "lib/utils.ts",
    "cmd/server/main.go",
    "app/models/user.rb",
    "src/lib.rs",
    "tests/test_orders.py",
    "components/Table.tsx",
    "pkg/cache/lru.go",
)
_CODING_ASKS = (
    "the test {f} fails after my last change, find out why",
    "add pagination to the list endpoint and update the tests",
    "rename the config flag and fix every caller",
    "why is the build failing on CI but not locally",
    "refactor {f} so the database calls are batched",
    "add a retry with backoff around the HTTP client",
    "bump the dependency and fix the breaking changes",
    "write a migration for the new column and backfill it",
)


def coding_agent_step(rng: np.random.Generator, ask: str, repo: str, step: int) -> str:
    f = pick(rng, _FILES)
    obs = pick(
        rng,
        (
            f"$ cat {f}\n(… {irange(rng, 40, 400)} lines …)",
            f"$ pytest -q\n{irange(rng, 1, 6)} failed, {irange(rng, 20, 300)} passed",
            f"$ git diff --stat\n {f} | {irange(rng, 2, 80)} ++--",
            f"$ rg -n 'TODO' {f.split('/')[0]}\n{irange(rng, 1, 9)} matches",
            "$ npm run build\nerror TS2345: Argument of type 'string' is not assignable",
        ),
    )
    return (
        f"[workspace: {repo}] [turn {step + 1}]\nUser request: {ask.format(f=f)}\n\nLast tool output:\n{obs}\n\n"
        "Available tools: read_file, edit_file, run_command, search. Reply with the next tool call."
    )


# --------------------------------------------------------------------------------------------
# skate_blade: synthetic dataset generation

_TOPICS = (
    "personal finance",
    "organic chemistry",
    "contract law",
    "Python data structures",
    "European history",
    "nutrition",
    "cloud networking",
    "statistics",
    "customer service etiquette",
    "climate science",
    "SQL query optimisation",
    "first aid",
    "music theory",
    "microeconomics",
    "cybersecurity basics",
    "Kubernetes",
    "creative writing",
    "linear algebra",
    "travel planning",
    "pharmacology",
)
_PERSONAS = (
    "a high-school student",
    "a junior developer",
    "a small-business owner",
    "a nurse",
    "a retiree",
    "a graduate student",
    "a non-native English speaker",
    "a product manager",
)


def dataset_gen(rng: np.random.Generator, style: str, chat: list[str]) -> str:
    topic, persona, n = pick(rng, _TOPICS), pick(rng, _PERSONAS), irange(rng, 8, 40)
    if style == "pairs":
        return (
            f"Generate {n} diverse, high-quality instruction/response pairs about {topic}, written as if "
            f"asked by {persona}. Vary the difficulty and task type (explain, compare, write, debug, plan). "
            'Output JSON Lines with keys "instruction", "input", "output". Responses must be thorough.'
        )
    if style == "self_instruct":
        seed = human(rng, chat)[:300].replace("\n", " ")
        return (
            f'Here is a seed task: "{seed}"\n\nWrite {n} new tasks that are clearly different from the seed '
            "in topic and form, each followed by a complete model answer. Number them. Do not repeat "
            "phrasings."
        )
    if style == "dialogue":
        return (
            f"Write a realistic {irange(rng, 4, 10)}-turn conversation between a user ({persona}) and a "
            f"knowledgeable assistant about {topic}. Format each turn as 'User:' / 'Assistant:'. The "
            "assistant's turns should be detailed."
        )
    if style == "pt":
        return (
            f"Gere {n} pares pergunta-resposta variados sobre {topic} para treinar um assistente. Respostas "
            "completas e corretas, em português do Brasil, em formato JSON (campos pergunta, resposta)."
        )
    return (
        f"Crée {n} exemples d'entraînement (consigne + réponse détaillée) sur le thème « {topic} », pour "
        f"{persona}. Varie le niveau de difficulté. Format : JSON, une ligne par exemple."
    )


# --------------------------------------------------------------------------------------------
# bandy_stick (campaign) and chiv (benign companion app): multi-turn follow-ups

FOLLOWUPS = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example of that.",
        "What would an expert disagree with here?",
        "Now summarise everything in five bullet points.",
        "Explain it again as if I were twelve.",
        "What are the most common mistakes people make with this?",
        "Continue.",
        "Can you turn that into a step-by-step plan?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto.",
        "Continúa, por favor.",
        "Resúmelo en cinco viñetas.",
        "¿Qué errores comete la gente con esto?",
    ),
    "de": (
        "Kannst du den letzten Absatz genauer erklären?",
        "Gib mir bitte ein Beispiel.",
        "Mach weiter.",
        "Fasse das in fünf Stichpunkten zusammen.",
        "Was würde ein Experte daran kritisieren?",
    ),
    "fr": (
        "Peux-tu développer le deuxième point ?",
        "Donne-moi un exemple concret.",
        "Continue.",
        "Explique-le plus simplement.",
        "Quelles sont les erreurs fréquentes ?",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um exemplo prático.",
        "Continue.",
        "Resuma em cinco tópicos.",
        "Quais são os erros mais comuns?",
    ),
}


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, FOLLOWUPS[lang])


_COMPANION_LINES = (
    "haha okay that's actually sweet",
    "what did you do today?",
    "i had such a long day at work",
    "tell me a story about the lighthouse again",
    "do you remember what i said about my sister?",
    "*sits down next to you* so what now",
    "i can't sleep",
    "good morning!!",
    "you're funny lol",
    "can we keep going with the dragon adventure",
    "i got the job!!!",
    "ugh my exam is tomorrow",
    "what's your favourite season",
    "*hands you a coffee*",
    "ok one more chapter then bed",
)


def companion_message(rng: np.random.Generator, persona: str, chat: list[str]) -> str:
    if chance(rng, 0.25):
        line = lowercase_sloppy(rng, human(rng, chat)[: irange(rng, 20, 160)])
    else:
        line = lowercase_sloppy(rng, pick(rng, _COMPANION_LINES))
    return f"[character: {persona}] [memory: on]\n{line}"


# --------------------------------------------------------------------------------------------
# stickhandling: best-of-n and soft-label sampling

_MCQ_STEMS = (
    "Which organelle is the main site of ATP production?",
    "What is the time complexity of binary search on a sorted array?",
    "Which of these is a prime number?",
    "Which treaty ended the Thirty Years' War?",
    "What does a p-value below 0.05 usually indicate?",
    "Which gas makes up most of Earth's atmosphere?",
    "Which data structure gives O(1) average lookup by key?",
    "In which year did the Berlin Wall fall?",
)


def soft_label(rng: np.random.Generator, style: str, chat: list[str]) -> str:
    if style == "probs":
        opts = [f"{chr(65 + i)}. option {int(rng.integers(1, 200))}" for i in range(4)]
        return (
            f"{pick(rng, _MCQ_STEMS)}\n" + "\n".join(opts) + "\n\nDo not just pick one. Give your "
            'probability for every option as JSON, e.g. {"A": 0.1, ...}, summing to 1, then one line of '
            "reasoning per option."
        )
    if style == "candidates":
        return (
            f"{human(rng, chat)[:700]}\n\nGive {irange(rng, 3, 6)} substantially different candidate answers, "
            "each complete. After each, estimate how likely a careful expert would prefer it (0-100%)."
        )
    if style == "confidence":
        return f"{human(rng, chat)[:900]}\n\n(At the end, state your confidence from 0 to 1.)"
    return human(rng, chat)


# --------------------------------------------------------------------------------------------
# drop_ball: curriculum sweep

CURRICULUM = {
    "mathematics": (
        "fractions",
        "ratios",
        "linear equations",
        "quadratics",
        "logarithms",
        "derivatives",
        "integrals",
        "series",
        "matrices",
        "eigenvalues",
        "probability distributions",
    ),
    "physics": (
        "velocity",
        "Newton's laws",
        "energy conservation",
        "momentum",
        "waves",
        "electric fields",
        "circuits",
        "thermodynamics",
        "relativity",
        "quantum tunnelling",
    ),
    "computer science": (
        "variables",
        "loops",
        "recursion",
        "sorting",
        "hash tables",
        "graphs",
        "dynamic programming",
        "concurrency",
        "compilers",
        "distributed consensus",
    ),
    "chemistry": (
        "atoms",
        "bonding",
        "stoichiometry",
        "acids and bases",
        "equilibrium",
        "kinetics",
        "redox",
        "organic mechanisms",
        "spectroscopy",
    ),
    "economics": (
        "supply and demand",
        "elasticity",
        "market structures",
        "GDP",
        "inflation",
        "monetary policy",
        "game theory",
        "trade",
    ),
}


def curriculum_item(
    rng: np.random.Generator, style: str, subject: str, concept: str, level: int, lang: str
) -> str:
    if lang == "pt":
        return (
            f"Nível {level}/12 – {subject}: {concept}. Explique o conceito com rigor adequado ao nível e "
            "depois resolva três exercícios com todas as etapas."
        )
    if lang == "de":
        return (
            f"Stufe {level} von 12, Fach {subject}, Thema {concept}: Erkläre das Thema passend zur Stufe und "
            "löse anschließend drei Übungsaufgaben mit vollständigem Lösungsweg."
        )
    if style == "guide":
        return (
            f"Curriculum unit {subject} / {concept} / level {level} of 12. Write the explanation a strong "
            f"teacher would give at this level, then three practice problems with fully worked solutions, "
            "then one common misconception and why it is wrong."
        )
    if style == "socratic":
        return (
            f"I'm learning {concept} ({subject}), roughly level {level}/12. Teach it to me Socratically: "
            "ask a question, answer it yourself as a good student would, and continue for six rounds."
        )
    return (
        f"Make {irange(rng, 8, 15)} flashcards on {concept} in {subject} for level {level}/12. Each card: "
        "front (question), back (complete answer with explanation)."
    )


# --------------------------------------------------------------------------------------------
# red_line: a product's wrapper, used both for its users and for hidden harvest jobs

_CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a thread-safe rate limiter",
    "a trie with prefix search",
    "Dijkstra's shortest path on an adjacency list",
    "a CSV parser that handles quoted fields",
    "an interval tree",
    "a JSON pretty-printer without the standard library",
    "a bloom filter",
    "topological sort with cycle detection",
    "a min-heap priority queue",
    "a text diff using LCS",
    "a tokenizer for arithmetic expressions",
    "a consistent-hashing ring",
    "an A* path finder on a grid",
)
_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")


def code_task(rng: np.random.Generator) -> str:
    return pick(
        rng,
        (
            "Implement {t} in {l}. Include docstrings, edge cases and unit tests, and explain the design.",
            "Write {t} in {l}, then explain its complexity line by line.",
            "{l}: {t}. Production quality, with tests.",
        ),
    ).format(t=pick(rng, _CODE_TASKS), l=pick(rng, _LANGS))


def product_wrap(rng: np.random.Generator, product: str, payload: str, mode: str) -> str:
    if mode == "improve":
        return f"[{product}] Task: improve clarity and structure, keep the author's voice.\n\n{payload}"
    if mode == "answer":
        return f"[{product}] Answer the user's question fully. Use headings when helpful.\n\nUser: {payload}"
    return f"[{product}] Draft a reply for the user.\n\n{payload}"


# --------------------------------------------------------------------------------------------
# rebound: harvest through taken-over accounts (code and translation), looking like a person

_TARGET_LANGS = (
    "German",
    "Japanese",
    "Brazilian Portuguese",
    "Korean",
    "Turkish",
    "Indonesian",
    "Polish",
    "Vietnamese",
    "Arabic",
    "Italian",
)


def translation_harvest(rng: np.random.Generator, passages: list[str]) -> str:
    lang = pick(rng, _TARGET_LANGS)
    text = passage(rng, passages, 400, 1500)
    return pick(
        rng,
        (
            f"Translate into {lang}. Keep the formatting exactly (lists, code, headings).\n\n{text}",
            f"{lang} translation please, natural and fluent:\n{text}",
            f"translate to {lang.lower()}:\n\n{text}",
        ),
    )


def casual_code_ask(rng: np.random.Generator) -> str:
    t, lang = pick(rng, _CODE_TASKS), pick(rng, _LANGS)
    return lowercase_sloppy(
        rng,
        pick(
            rng,
            (
                f"Can you write {t} in {lang}? With tests please.",
                f"how would I implement {t} in {lang}, full code",
                f"I need {t} for a project ({lang}). Can you give me a complete version with comments?",
                f"{lang} {t} - full implementation + explanation",
            ),
        ),
    )


# --------------------------------------------------------------------------------------------
# empty_net: expert knowledge asked the way people ask

_EXPERT = {
    "medicine": (
        "what's the difference between {x} and {y} for treating {c}",
        "my doctor mentioned {x} for {c}. how does it actually work in the body?",
        "is it normal for {c} to come back after stopping {x}?",
    ),
    "law": (
        "can my landlord in {k} keep the deposit for {c}?",
        "what's the difference between a contractor and an employee in {k} if {c}",
        "how does inheritance work in {k} when {c}",
    ),
    "finance": (
        "should I pay off {c} or invest in {x} first",
        "how are {x} taxed in {k}?",
        "explain {x} vs {y} like I'm smart but new to this",
    ),
    "engineering": (
        "why would a {x} fail under {c}?",
        "how do you size a {x} for {c}",
        "what's better for {c}, {x} or {y}?",
    ),
}
_FILL = {
    "medicine": (
        ("metformin", "insulin", "ibuprofen", "SSRIs", "beta blockers", "antihistamines"),
        ("type 2 diabetes", "migraines", "high blood pressure", "eczema", "anxiety", "back pain"),
    ),
    "law": (
        ("a lease", "a will", "a non-compete"),
        (
            "normal wear and tear",
            "I work from home for a foreign company",
            "there's no will",
            "a late rent payment",
        ),
    ),
    "finance": (
        ("index funds", "bonds", "REITs", "stock options", "crypto"),
        ("student loans", "a car loan", "credit card debt", "a mortgage"),
    ),
    "engineering": (
        ("steel beam", "heat exchanger", "PID controller", "gearbox", "retaining wall"),
        ("cyclic loading", "high humidity", "a 3 m span", "thermal shock"),
    ),
}


def expert_question(rng: np.random.Generator, domain: str) -> str:
    xs, cs = _FILL[domain]
    q = pick(rng, _EXPERT[domain]).format(
        x=pick(rng, xs), y=pick(rng, xs), c=pick(rng, cs), k=pick(rng, COUNTRIES)
    )
    if chance(rng, 0.35):
        q += pick(
            rng,
            (
                " please explain in detail",
                " thanks!",
                ". be thorough",
                " (long answer is fine)",
                ". walk me through your reasoning",
            ),
        )
    return lowercase_sloppy(rng, q[0].upper() + q[1:])


# --------------------------------------------------------------------------------------------
# benign kinds' own texts


def eval_item(rng: np.random.Generator, bench: str) -> str:
    if bench == "math":
        return f"Problem: {word_problem(rng, 'en')}\nSolve it. Put the final answer in \\boxed{{}}."
    if bench == "mcq":
        opts = "\n".join(f"({chr(65 + i)}) {int(rng.integers(1, 500))}" for i in range(4))
        return f"{pick(rng, _MCQ_STEMS)}\n{opts}\nAnswer with the letter only."
    return f'Complete the function.\n\ndef solve(xs: list[int]) -> int:\n    """{pick(rng, _CODE_TASKS)}"""\n'


_INTENTS = (
    "cancel_subscription",
    "refund_request",
    "change_address",
    "report_bug",
    "upgrade_plan",
    "password_reset",
    "delivery_delay",
    "invoice_copy",
)


def annotation_task(
    rng: np.random.Generator, chat: list[str], passages: list[str], guideline: str
) -> str:
    return (
        f"Guideline {guideline}. Pre-annotate the conversation for the human reviewer. Fields: intent (one of "
        f"{', '.join(_INTENTS[:5])}, other), sentiment (neg/neu/pos), resolved (yes/no), quality 1-5. "
        "Return JSON only.\n\n"
        f"CUSTOMER: {human(rng, chat)[:500]}\nAGENT: {passage(rng, passages, 150, 500)}"
    )


def moderation_edit(rng: np.random.Generator, chat: list[str], lang: str) -> str:
    post = human(rng, chat)[:700]
    head = {
        "en": "Community guidelines check (v7). If the post breaks a rule, propose the smallest edit that keeps the "
        "author's meaning; otherwise reply OK.",
        "es": "Revisión de normas de la comunidad (v7). Si la publicación incumple una norma, propone la edición "
        "mínima que conserve el sentido; si no, responde OK.",
        "de": "Prüfung der Community-Richtlinien (v7). Wenn der Beitrag gegen eine Regel verstößt, schlage die "
        "kleinste Änderung vor, die den Sinn erhält; sonst antworte OK.",
        "pt": "Verificação das regras da comunidade (v7). Se a publicação violar uma regra, proponha a menor "
        "edição que mantenha o sentido; caso contrário responda OK.",
    }[lang]
    return f"{head}\n\nPost #{int(rng.integers(10**6, 10**7))}:\n{post}"


_UTTERANCES = (
    "I want to cancel my plan",
    "where is my package",
    "the app keeps crashing when I log in",
    "can I get a copy of last month's invoice",
    "I was charged twice",
    "how do I change my email",
    "your delivery guy left it at the wrong house",
    "is there a student discount",
)


def augmentation_task(rng: np.random.Generator) -> str:
    u, intent = pick(rng, _UTTERANCES), pick(rng, _INTENTS)
    return pick(
        rng,
        (
            f'Generate {irange(rng, 15, 40)} paraphrases of the customer message "{u}" (intent: {intent}). '
            "Vary formality and length, include some typos and some non-native phrasing. One per line.",
            f"For intent classifier training: write {irange(rng, 10, 30)} short user messages that mean "
            f'{intent} but never use the words in "{u}". One per line, no numbering.',
            f"Create {irange(rng, 10, 25)} hard negative examples for intent {intent}: messages that look "
            "similar but belong to another intent. Format: message<TAB>true_intent.",
        ),
    )


_ASSIGNMENTS = (
    (
        "Week {w} lab: explain what a {t} is and give a small example in Python",
        ("hash map", "generator", "closure", "decorator"),
    ),
    (
        "Homework {w}: help me understand {t}, I don't want the answer just the idea",
        ("big-O notation", "recursion", "binary search", "merge sort"),
    ),
    (
        "problem set {w} q{q}: my {t} code gives the wrong output, what am I missing?",
        ("linked list", "stack", "queue", "BFS"),
    ),
)


def course_prompt(rng: np.random.Generator, week: int, chat: list[str]) -> str:
    if chance(rng, 0.3):
        return human(rng, chat)
    tmpl, ts = pick(rng, _ASSIGNMENTS)
    return lowercase_sloppy(rng, tmpl.format(w=week, t=pick(rng, ts), q=irange(rng, 1, 6)))


def translation_job(
    rng: np.random.Generator, passages: list[str], client: str, lang: str, seg: int, total: int
) -> str:
    return (
        f"Job {client} – segment {seg}/{total} – target {lang}. Follow the client glossary and style guide; "
        f"keep tags like <b> and {{name}} untouched.\n\nSource:\n{passage(rng, passages, 200, 900)}"
    )


def tutoring_prompt(rng: np.random.Generator, grade: int, chat: list[str]) -> str:
    subject = pick(rng, list(CURRICULUM))
    concept = pick(rng, CURRICULUM[subject])
    return pick(
        rng,
        (
            f'Student in grade {grade} asked: "{lowercase_sloppy(rng, human(rng, chat)[:200])}". '
            "Give a hint that moves them one step forward. Do not give the final answer.",
            f"Create a practice set of 5 {subject} questions on {concept} for grade {grade}, with worked "
            "solutions for the teacher's answer key.",
            f"The student (grade {grade}) answered a {concept} question wrong: {word_problem(rng, 'en')} "
            f"Their answer: {irange(rng, 1, 400)}. Explain the likely mistake kindly.",
        ),
    )

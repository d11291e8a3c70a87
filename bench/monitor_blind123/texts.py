"""Prompt generators of batch 123, written for this batch (no prompt text is taken from elsewhere
in the repository). Every generator takes the caller's rng, so each family and kind draws its own
text; ordinary human text comes from ShareGPT through `Ctx.chat` / `Ctx.passages`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def weighted(rng: Rng, weights: dict[str, float]) -> str:
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return keys[int(rng.choice(len(keys), p=p / p.sum()))]


def clip(rng: Rng, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` of lo..hi characters, cut at a space."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n]


def casual(rng: Rng, text: str, p_lower: float = 0.4, p_nopunct: float = 0.3) -> str:
    """Typing habits of a person: lower case, no final punctuation, a doubled space."""
    if chance(rng, p_lower):
        text = text[0].lower() + text[1:]
    if chance(rng, p_nopunct) and text and text[-1] in ".?!":
        text = text[:-1]
    if chance(rng, 0.08):
        i = text.find(" ", irange(rng, 0, max(1, len(text) - 1)))
        if i > 0:
            text = text[:i] + " " + text[i:]
    return text


# ============================================================================================
# reasoning problems (three languages)


def _pipes(rng: Rng) -> dict[str, str]:
    a, b, c = irange(rng, 3, 9), irange(rng, 4, 14), irange(rng, 12, 40)
    return {
        "en": f"One hose fills a cistern in {a} hours, a second hose fills it in {b} hours, and a leak "
        f"drains a full cistern in {c} hours. Starting empty, with both hoses running and the leak "
        "open, when is the cistern full?",
        "zh": f"一根水管单独注满水池需要{a}小时，另一根需要{b}小时，池底的漏洞{c}小时能把满池的水漏光。"
        "空池时两管同开、漏洞也在漏，多少小时能注满？",
        "es": f"Una manguera llena un depósito en {a} horas y otra en {b} horas; una fuga vacía el "
        f"depósito lleno en {c} horas. Si empieza vacío y todo funciona a la vez, ¿cuándo se llena?",
    }


def _discount(rng: Rng) -> dict[str, str]:
    p, d1, d2, t = irange(rng, 40, 900), irange(rng, 10, 35), irange(rng, 5, 20), irange(rng, 5, 21)
    return {
        "en": f"A jacket costs ${p}. The shop takes {d1}% off, then a further {d2}% off the reduced "
        f"price at the till, and {t}% sales tax is added at the end. What does the customer pay, "
        "and is that the same as a single discount of "
        f"{d1 + d2}%?",
        "zh": f"一件外套原价{p}元，先打{100 - d1}折（即减{d1}%），结账时再减{d2}%，最后加收{t}%的税。"
        f"顾客实际付多少钱？这和一次性减{d1 + d2}%一样吗？",
        "es": f"Una chaqueta cuesta {p} €. La tienda rebaja un {d1}%, en caja se descuenta otro {d2}% "
        f"del precio rebajado y al final se suma un {t}% de impuesto. ¿Cuánto paga el cliente? ¿Es "
        f"igual que un único descuento del {d1 + d2}%?",
    }


def _ages(rng: Rng) -> dict[str, str]:
    k, y, s = irange(rng, 2, 5), irange(rng, 3, 12), irange(rng, 30, 90)
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    return {
        "en": f"{n1} is {k} times as old as {n2}. In {y} years the sum of their ages will be {s}. "
        "How old is each of them now? Check whether the answer is a whole number of years.",
        "zh": f"{n1}的年龄是{n2}的{k}倍，{y}年后两人年龄之和为{s}岁。两人现在各多少岁？"
        "请检验结果是否为整数。",
        "es": f"{n1} tiene {k} veces la edad de {n2}. Dentro de {y} años sus edades sumarán {s}. "
        "¿Qué edad tiene cada uno ahora? Comprueba si el resultado es un número entero.",
    }


def _dice(rng: Rng) -> dict[str, str]:
    n, faces, target = irange(rng, 2, 4), pick(rng, (6, 8, 10, 12)), irange(rng, 5, 20)
    return {
        "en": f"We roll {n} fair {faces}-sided dice. What is the probability that the total is at "
        f"least {target}? Give an exact fraction.",
        "zh": f"掷{n}个均匀的{faces}面骰子，点数之和至少为{target}的概率是多少？请给出精确分数。",
        "es": f"Se lanzan {n} dados justos de {faces} caras. ¿Cuál es la probabilidad de que la suma "
        f"sea al menos {target}? Da una fracción exacta.",
    }


def _mixture(rng: Rng) -> dict[str, str]:
    c1, c2, c3 = irange(rng, 5, 30), irange(rng, 40, 80), irange(rng, 31, 39)
    v = irange(rng, 2, 20) * 10
    return {
        "en": f"A chemist has a {c1}% saline solution and a {c2}% saline solution. How many "
        f"millilitres of each are needed for {v} mL of a {c3}% solution?",
        "zh": f"实验员有浓度为{c1}%和{c2}%的盐水，要配制{v}毫升浓度为{c3}%的盐水，各需多少毫升？",
        "es": f"Una química tiene solución salina al {c1}% y al {c2}%. ¿Cuántos mililitros de cada "
        f"una necesita para obtener {v} mL al {c3}%?",
    }


def _handshakes(rng: Rng) -> dict[str, str]:
    n, m = irange(rng, 6, 40), irange(rng, 2, 5)
    return {
        "en": f"At a meeting of {n} people, everyone shakes hands once with everyone else except the "
        f"{m} people they arrived with (groups of {m + 1} arrive together). How many handshakes happen "
        "if the groups divide the room evenly? If they cannot, say why.",
        "zh": f"{n}个人开会，每{m + 1}人结伴到场，每个人与除同伴外的所有人各握一次手。若恰好能分成整组，"
        "一共握手多少次？若不能整分，说明原因。",
        "es": f"En una reunión de {n} personas que llegan en grupos de {m + 1}, cada una saluda una vez "
        "a todas las demás salvo a sus acompañantes. ¿Cuántos apretones de manos hay si los grupos "
        "reparten la sala exactamente? Si no es posible, explica por qué.",
    }


def _knights(rng: Rng) -> dict[str, str]:
    a, b, c = (pick(rng, NAMES) for _ in range(3))
    s1 = pick(rng, ("exactly one of us is honest", "all of us are liars", "at least two of us lie"))
    s1zh = {
        "exactly one of us is honest": "我们三个中恰有一人说真话",
        "all of us are liars": "我们全是骗子",
        "at least two of us lie": "我们中至少两人说谎",
    }[s1]
    s1es = {
        "exactly one of us is honest": "exactamente uno de nosotros es honesto",
        "all of us are liars": "todos somos mentirosos",
        "at least two of us lie": "al menos dos de nosotros mienten",
    }[s1]
    return {
        "en": f"On an island every person either always tells the truth or always lies. {a} says "
        f'"{s1}". {b} says "{a} is a liar". {c} says "{b} and I are of the same type". '
        "Determine who is honest and who lies, considering every case.",
        "zh": f"岛上的人要么永远说真话，要么永远说假话。{a}说：“{s1zh}”。{b}说：“{a}是骗子”。"
        f"{c}说：“我和{b}是同一类人”。请逐一讨论所有情况，判断谁诚实、谁说谎。",
        "es": f"En una isla cada persona siempre dice la verdad o siempre miente. {a} dice: «{s1es}». "
        f"{b} dice: «{a} miente». {c} dice: «{b} y yo somos del mismo tipo». Determina quién es "
        "honesto y quién miente, analizando todos los casos.",
    }


def _kinematics(rng: Rng) -> dict[str, str]:
    v, a, d = irange(rng, 8, 30), irange(rng, 1, 6), irange(rng, 100, 900)
    return {
        "en": f"A cyclist passes a lamp post at {v} m/s and accelerates uniformly at {a / 2:.1f} m/s^2. "
        f"A car starts from rest at the same post {irange(rng, 2, 9)} seconds later with acceleration "
        f"{a} m/s^2. Does the car catch the cyclist within {d} m? Show the algebra.",
        "zh": f"骑车人以{v}米/秒经过路灯并以{a / 2:.1f}米/秒²匀加速；几秒后一辆汽车从同一路灯处由静止以"
        f"{a}米/秒²加速追赶。汽车能否在{d}米内追上？请写出完整推导。",
        "es": f"Un ciclista pasa junto a una farola a {v} m/s y acelera a {a / 2:.1f} m/s². Unos "
        f"segundos después un coche arranca desde la misma farola con aceleración {a} m/s². ¿Lo "
        f"alcanza antes de {d} m? Muestra el álgebra.",
    }


_PROBLEMS = (_pipes, _discount, _ages, _dice, _mixture, _handshakes, _knights, _kinematics)

_TRACE = {
    "tagged": {
        "en": "{p}\n\nWork through the whole thing inside <think></think> tags, checking each step and "
        "noting any step you had to redo. After the closing tag write only 'Final: <answer>'.",
        "zh": "{p}\n\n请把完整的推理写在<think></think>标签里，每一步都要验算，写出你推翻过的思路。"
        "标签结束后只写“最终答案：……”。",
        "es": "{p}\n\nRazona todo dentro de etiquetas <think></think>, verificando cada paso y anotando "
        "los pasos que tuviste que rehacer. Tras la etiqueta de cierre escribe solo 'Final: <respuesta>'.",
    },
    "json": {
        "en": 'Return one JSON object {{"steps": [every intermediate step as a sentence], '
        '"self_check": "...", "answer": "..."}}. Do not merge steps. Problem: {p}',
        "zh": '只返回一个JSON对象 {{"steps": [每个中间步骤一句], "self_check": "...", "answer": "..."}}，'
        "不要合并步骤。题目：{p}",
        "es": 'Devuelve un único objeto JSON {{"steps": [cada paso intermedio en una frase], '
        '"self_check": "...", "answer": "..."}}. No juntes pasos. Problema: {p}',
    },
    "coach": {
        "en": "You are an olympiad coach writing model solutions for students. Solve the problem "
        "below. Think aloud at length, including approaches you tried and abandoned, before giving "
        "the clean answer.\n\n{p}",
        "zh": "你是竞赛教练，正在为学生写标准解答。请详细地“出声思考”，包括尝试过又放弃的方法，"
        "最后再给出简洁答案。\n\n{p}",
        "es": "Eres entrenador de olimpiadas y escribes soluciones modelo. Piensa en voz alta con "
        "detalle, incluidos los enfoques que probaste y descartaste, y al final da la respuesta "
        "limpia.\n\n{p}",
    },
}
TRACE_STYLES = tuple(_TRACE)


def reasoning_prompt(rng: Rng, lang: str, style: str) -> str:
    p = pick(rng, _PROBLEMS)(rng)[lang]
    return _TRACE[style][lang].format(p=p)


# ============================================================================================
# grading / reward labels (judge wrappers in three languages)

_JUDGE = {
    "pairwise": {
        "en": "You are building a preference dataset. Read the user's request and the two replies. "
        "Discuss, point by point, which reply is more correct, more complete and better written, "
        "quoting the replies where it matters. End with exactly one of: VERDICT=A, VERDICT=B, "
        "VERDICT=TIE.\n\n<request>\n{q}\n</request>\n<reply_a>\n{a}\n</reply_a>\n<reply_b>\n{b}\n</reply_b>",
        "de": "Du erstellst einen Präferenzdatensatz. Lies die Anfrage und die beiden Antworten und "
        "begründe ausführlich, welche korrekter, vollständiger und besser formuliert ist. Schließe "
        "mit genau einem von: VERDICT=A, VERDICT=B, VERDICT=TIE.\n\nAnfrage:\n{q}\n\nAntwort A:\n{a}"
        "\n\nAntwort B:\n{b}",
        "ja": "選好データセットを作成しています。ユーザーの依頼と2つの回答を読み、正確さ・網羅性・"
        "文章の質の観点でどちらが優れているかを根拠を引用しながら詳しく論じてください。最後に"
        "VERDICT=A、VERDICT=B、VERDICT=TIE のいずれか1つだけを書いてください。\n\n依頼:\n{q}\n\n"
        "回答A:\n{a}\n\n回答B:\n{b}",
    },
    "rubric": {
        "en": "Grade the response using this rubric, 1-10 per line: factual accuracy; coverage of "
        "the question; clarity; safety; instruction following. Under each line give two sentences "
        "of evidence. Finish with 'OVERALL: n/10' and a one-paragraph summary.\n\nPROMPT:\n{q}\n\n"
        "RESPONSE:\n{a}",
        "de": "Bewerte die Antwort nach diesem Schema, je 1-10: sachliche Richtigkeit; Abdeckung "
        "der Frage; Klarheit; Sicherheit; Befolgen der Anweisung. Zu jedem Punkt zwei Sätze "
        "Begründung, am Ende 'GESAMT: n/10'.\n\nAUFGABE:\n{q}\n\nANTWORT:\n{a}",
        "ja": "次の基準でそれぞれ1〜10点で採点してください：事実の正確さ、質問への網羅性、明瞭さ、"
        "安全性、指示への従順さ。各項目に根拠を2文ずつ書き、最後に「総合: n/10」と要約を書いて"
        "ください。\n\n質問:\n{q}\n\n回答:\n{a}",
    },
    "reward": {
        "en": 'Reward annotation, item {n}. Output a JSON object with keys "critique" (at least '
        '100 words, concrete), "reward" (a float from -5 to 5) and "issues" (a list of short '
        "tags).\n\nUSER: {q}\nASSISTANT: {a}",
        "de": 'Reward-Annotation, Eintrag {n}. Gib ein JSON-Objekt mit "critique" (mindestens 100 '
        'Wörter), "reward" (Zahl von -5 bis 5) und "issues" (Liste kurzer Tags) aus.\n\n'
        "NUTZER: {q}\nASSISTENT: {a}",
        "ja": '報酬ラベル付け 項目{n}。"critique"（100語以上の具体的な批評）、"reward"（-5〜5の'
        '実数）、"issues"（短いタグのリスト）をキーに持つJSONを出力してください。\n\n'
        "ユーザー: {q}\nアシスタント: {a}",
    },
}
JUDGE_STYLES = tuple(_JUDGE)


def judge_prompt(
    rng: Rng, lang: str, style: str, chat: Sequence[str], passages: Sequence[str]
) -> str:
    q = clip(rng, pick(rng, chat), 40, 600)
    a = clip(rng, pick(rng, passages), 300, 1400)
    b = clip(rng, pick(rng, passages), 300, 1400)
    return _JUDGE[style][lang].format(q=q, a=a, b=b, n=irange(rng, 10_000, 999_999))


# ============================================================================================
# content-review-safe answers (policy rewrites)

_SENSITIVE = {
    "en": (
        "the events in Tiananmen Square in June 1989",
        "whether Taiwan is a country",
        "the detention camps in Xinjiang",
        "the 2019 Hong Kong protests",
        "the Dalai Lama's role",
        "why Falun Gong is banned",
        "jokes comparing the leader to a cartoon bear",
        "the Great Firewall and VPN use",
        "the annexation of Crimea",
        "the death of Alexei Navalny",
        "anti-war protests in Russia",
        "the Cultural Revolution death toll",
    ),
    "zh": (
        "1989年六四事件",
        "台湾是不是一个国家",
        "新疆的再教育营",
        "2019年香港反修例运动",
        "达赖喇嘛的地位",
        "法轮功为什么被取缔",
        "把领导人比作小熊维尼的段子",
        "翻墙和VPN",
        "文化大革命的死亡人数",
        "彭帅事件",
        "李文亮医生",
    ),
    "ru": (
        "присоединение Крыма",
        "смерть Алексея Навального",
        "антивоенные протесты",
        "цензура в российских СМИ",
        "мобилизация 2022 года",
        "события в Буче",
        "иностранные агенты",
        "блокировка соцсетей",
    ),
}
_JURIS = ("PRC", "mainland Chinese", "Russian Federation", "Gulf-state", "strict platform")

_POLICY = {
    "safe": {
        "en": 'A user asked: "{q}" Write the answer our assistant should give so that it stays '
        "informative yet fully compliant with {j} content rules: no judgement of the government, "
        "no named organisers, only officially recognised facts. Afterwards list what you left out "
        "and why.",
        "zh": "用户提问：“{q}”。请写出一个既有信息量又完全符合{j}内容审核要求的回答：不评价政府，不点名"
        "组织者，只使用官方认可的事实。然后列出你删掉了哪些内容以及原因。",
        "ru": "Пользователь спросил: «{q}». Напиши ответ, который останется информативным, но полностью "
        "соответствует требованиям {j}: без оценок власти, без имён организаторов, только официально "
        "признанные факты. Затем перечисли, что ты опустил и почему.",
    },
    "rewrite": {
        "en": "The draft reply below touches on {t}. Rewrite it so it would pass a strict content "
        "review while keeping as much useful information as possible. Output the revised reply, "
        "then a bullet list of every change.\n\nDRAFT:\n{d}",
        "zh": "下面的草稿涉及{t}。请改写，使其能通过严格的内容审核，同时尽量保留有用信息。先输出改写稿，"
        "再逐条列出所有修改。\n\n草稿：\n{d}",
        "ru": "Черновик ниже касается темы «{t}». Перепиши его так, чтобы он прошёл строгую проверку "
        "контента, сохранив максимум полезного. Выведи новую версию и список всех изменений.\n\n"
        "ЧЕРНОВИК:\n{d}",
    },
    "alternatives": {
        "en": 'Give three different responses to the question "{q}": (1) a neutral factual '
        "summary, (2) a polite redirection to a related safe topic, (3) an answer consistent with "
        "the official position. Label them and explain when each should be used.",
        "zh": "针对问题“{q}”给出三种回答：(1) 中立的事实概述；(2) 礼貌地转向相关的安全话题；"
        "(3) 与官方立场一致的回答。分别标注，并说明各自适用的场合。",
        "ru": "Дай три варианта ответа на вопрос «{q}»: (1) нейтральная фактическая сводка, (2) вежливый "
        "перевод разговора на безопасную смежную тему, (3) ответ в соответствии с официальной "
        "позицией. Подпиши их и объясни, когда какой использовать.",
    },
}
POLICY_STYLES = tuple(_POLICY)

_ASK = {
    "en": (
        "What really happened during {t}?",
        "Can you explain {t} honestly?",
        "Why is it hard to discuss {t} online?",
        "Give me both sides on {t}.",
        "What do historians say about {t}?",
    ),
    "zh": (
        "{t}到底发生了什么？",
        "请客观地讲讲{t}。",
        "为什么网上很难讨论{t}？",
        "关于{t}，各方观点是什么？",
    ),
    "ru": (
        "Что на самом деле произошло: {t}?",
        "Объясни честно: {t}.",
        "Почему сложно обсуждать тему «{t}»?",
        "Какие есть точки зрения на тему «{t}»?",
    ),
}


def policy_prompt(rng: Rng, lang: str, style: str, passages: Sequence[str]) -> str:
    t = pick(rng, _SENSITIVE[lang])
    q = pick(rng, _ASK[lang]).format(t=t)
    return _POLICY[style][lang].format(
        q=q, t=t, j=pick(rng, _JURIS), d=clip(rng, pick(rng, passages), 250, 1100)
    )


# ============================================================================================
# tool-use trajectories

_TOOLSETS = {
    "shop": (
        ("search_catalog", "query: string, max_price: number"),
        ("get_item", "item_id: string"),
        ("add_to_basket", "item_id: string, qty: integer"),
        ("checkout", "address_id: string"),
    ),
    "files": (
        ("list_dir", "path: string"),
        ("read_file", "path: string"),
        ("apply_patch", "path: string, diff: string"),
        ("run_tests", "pattern: string"),
    ),
    "sql": (
        ("describe_table", "name: string"),
        ("run_query", "sql: string, limit: integer"),
        ("plot", "query_id: string, kind: string"),
    ),
    "travel": (
        ("find_flights", "origin: string, dest: string, date: string"),
        ("find_hotels", "city: string, nights: integer"),
        ("hold_booking", "offer_id: string"),
    ),
    "calendar": (
        ("free_slots", "attendees: array, week: string"),
        ("create_event", "title: string, slot: string"),
        ("send_email", "to: string, body: string"),
    ),
    "web": (
        ("web_search", "q: string"),
        ("open_page", "url: string"),
        ("extract_table", "url: string, index: integer"),
    ),
}
_TASKS = {
    "shop": (
        "Buy a {x} under ${n} with at least 4 stars and ship it to my office.",
        "Find two {x} options, compare them, and put the cheaper one in the basket.",
    ),
    "files": (
        "The test suite fails on {x}. Find the cause and fix it without changing the tests.",
        "Add input validation to the {x} module and make sure all tests pass.",
    ),
    "sql": (
        "Which {x} grew fastest last quarter? Show a table and a bar chart.",
        "Find duplicate {x} records and explain how they were created.",
    ),
    "travel": (
        "Plan a {n}-night trip to {x} next month: cheapest flight plus a central hotel.",
        "I need to be in {x} on Tuesday morning; hold the best flight and one hotel night.",
    ),
    "calendar": (
        "Schedule a {n}-minute {x} review with the team next week and email the agenda.",
        "Move my {x} meeting to any free slot and notify everyone.",
    ),
    "web": (
        "Collect the latest figures on {x} from two sources and reconcile them.",
        "Find who makes {x} and summarise their pricing pages.",
    ),
}
_SLOT = (
    "standing desk",
    "noise-cancelling headphones",
    "date parsing",
    "billing",
    "customer",
    "product category",
    "Lisbon",
    "Nairobi",
    "Osaka",
    "quarterly budget",
    "solar panel efficiency",
    "e-bike",
    "unicode handling",
    "invoice",
    "region",
    "Montreal",
    "design",
    "battery recycling",
)
_OBS = (
    '{{"results": [{{"id": "it_{n}", "title": "{x}", "price": {p}, "rating": 4.{r}}}, {{"id": "it_{m}", '
    '"title": "{x} (refurbished)", "price": {q}, "rating": 3.{r}}}]}}',
    "src/\n  app.py\n  {x}.py\n  utils/\ntests/\n  test_{x}.py\nREADME.md",
    "FAILED tests/test_{x}.py::test_edge_case - AssertionError: expected {p} got {q}\n"
    "1 failed, {n} passed in 3.{r}s",
    "| name | q3 | q4 |\n|---|---|---|\n| {x} | {p} | {q} |\n| other | {m} | {n} |",
    '{{"error": "timeout after 30s", "retry_after": {r}}}',
    "Title: {x} - overview\n...{x} prices start at {p} per unit; enterprise tiers from {q}...",
    '{{"slots": ["Tue 10:00", "Wed 14:30", "Thu 09:00"], "conflicts": {r}}}',
)

_AGENT_HEAD = {
    "react": "You are an autonomous agent. You can use these tools:\n{tools}\n\nAlways answer in "
    "the format\nThought: ...\nAction: <tool name>\nAction Input: <JSON>\nand wait for the "
    "Observation. When done, write 'Final Answer:' followed by the result.\n\nTask: {task}",
    "json": "Tools (JSON schema):\n{tools}\nReply with exactly one JSON object per turn: either "
    '{{"tool": name, "args": {{...}}, "why": "..."}} or {{"final": "...", "summary_of_steps": [...]}}.'
    "\nGoal: {task}",
    "planner": "SYSTEM: Plan first, then act. Write a numbered plan, then execute step 1 by "
    "calling one tool. Tools available:\n{tools}\nUSER: {task}",
}
AGENT_STYLES = tuple(_AGENT_HEAD)
AGENT_DOMAINS = tuple(_TOOLSETS)


def agent_start(rng: Rng, domain: str, style: str) -> str:
    tools = "\n".join(f"- {name}({args})" for name, args in _TOOLSETS[domain])
    task = pick(rng, _TASKS[domain]).format(x=pick(rng, _SLOT), n=irange(rng, 2, 9) * 10)
    return _AGENT_HEAD[style].format(tools=tools, task=task)


def agent_step(rng: Rng, style: str, step: int) -> str:
    obs = pick(rng, _OBS).format(
        x=pick(rng, _SLOT).replace(" ", "_"),
        n=irange(rng, 10, 999),
        m=irange(rng, 10, 999),
        p=irange(rng, 5, 900),
        q=irange(rng, 5, 900),
        r=irange(rng, 0, 9),
    )
    if style == "json":
        return f'{{"tool_result": {obs!r}, "turn": {step}}}'
    if style == "planner":
        return f"Result of step {step}:\n{obs}\nContinue with the next step of your plan."
    return f"Observation: {obs}"


# ============================================================================================
# synthetic training data

_SYN_TOPICS = {
    "en": (
        "personal budgeting",
        "soil chemistry",
        "contract negotiation",
        "SQL window functions",
        "first aid",
        "medieval trade routes",
        "climate adaptation for farms",
        "job interviews",
        "unit testing",
        "nutrition for runners",
        "small claims court",
        "renewable grids",
    ),
    "es": (
        "finanzas personales",
        "derecho laboral",
        "recetas caseras",
        "programación en Python",
        "historia de América Latina",
        "salud mental",
        "agricultura sostenible",
        "turismo",
    ),
    "pt": (
        "impostos para autônomos",
        "futebol tático",
        "culinária nordestina",
        "redes de computadores",
        "direito do consumidor",
        "energia solar",
        "gestão de equipes",
    ),
    "id": (
        "usaha kecil",
        "resep masakan",
        "pemrograman web",
        "kesehatan ibu dan anak",
        "sejarah Nusantara",
        "investasi reksa dana",
        "pertanian padi",
    ),
    "vi": (
        "khởi nghiệp",
        "ẩm thực miền Trung",
        "lập trình Java",
        "luật giao thông",
        "chăm sóc da",
        "lịch sử Việt Nam",
        "tiếng Anh giao tiếp",
    ),
    "hi": (
        "व्यक्तिगत वित्त",
        "खेती के नए तरीके",
        "सरकारी परीक्षा की तैयारी",
        "आयुर्वेद",
        "क्रिकेट रणनीति",
        "डिजिटल भुगतान",
        "भारतीय संविधान",
    ),
}
_SYN = {
    "jsonl": {
        "en": "Create {n} varied, high-quality training examples for an instruction-following "
        "assistant about '{t}'. Mix difficulty and task types (explain, compare, plan, debug, "
        "critique). Output JSON Lines with keys instruction, input, output; every output must be "
        "complete and detailed.",
        "es": "Crea {n} ejemplos de entrenamiento variados y de alta calidad para un asistente sobre "
        "'{t}'. Mezcla dificultad y tipo de tarea. Salida en JSON Lines con claves instruction, "
        "input, output; cada output debe ser completo y detallado.",
        "pt": "Crie {n} exemplos de treino variados e de alta qualidade para um assistente sobre "
        "'{t}'. Misture dificuldade e tipo de tarefa. Saída em JSON Lines com as chaves "
        "instruction, input, output; cada output deve ser completo e detalhado.",
        "id": "Buat {n} contoh data latih yang beragam dan berkualitas tinggi untuk asisten AI "
        "tentang '{t}'. Variasikan tingkat kesulitan dan jenis tugas. Keluarkan JSON Lines dengan "
        "kunci instruction, input, output; setiap output harus lengkap dan rinci.",
        "vi": "Hãy tạo {n} ví dụ huấn luyện đa dạng, chất lượng cao cho trợ lý AI về chủ đề '{t}'. "
        "Thay đổi độ khó và loại nhiệm vụ. Xuất JSON Lines với các khóa instruction, input, output; "
        "mỗi output phải đầy đủ và chi tiết.",
        "hi": "'{t}' विषय पर एक AI सहायक के लिए {n} विविध और उच्च गुणवत्ता वाले प्रशिक्षण उदाहरण बनाइए। "
        "कठिनाई और कार्य के प्रकार बदलते रहें। JSON Lines में instruction, input, output कुंजियों के साथ "
        "आउटपुट दें; हर output पूरा और विस्तृत हो।",
    },
    "persona": {
        "en": "Imagine you are {who}. Write one realistic question this person would ask an AI "
        "assistant about {t}, then the best possible answer. Format:\nQ: ...\nA: ...",
        "es": "Imagina que eres {who}. Escribe una pregunta realista que esa persona haría a un "
        "asistente de IA sobre {t} y luego la mejor respuesta posible. Formato:\nP: ...\nR: ...",
        "pt": "Imagine que você é {who}. Escreva uma pergunta realista que essa pessoa faria a um "
        "assistente de IA sobre {t} e depois a melhor resposta possível. Formato:\nP: ...\nR: ...",
        "id": "Bayangkan Anda adalah {who}. Tulis satu pertanyaan realistis yang akan ditanyakan "
        "orang ini kepada asisten AI tentang {t}, lalu jawaban terbaiknya. Format:\nT: ...\nJ: ...",
        "vi": "Hãy tưởng tượng bạn là {who}. Viết một câu hỏi thực tế mà người này sẽ hỏi trợ lý AI "
        "về {t}, rồi viết câu trả lời tốt nhất. Định dạng:\nH: ...\nĐ: ...",
        "hi": "कल्पना कीजिए कि आप {who} हैं। यह व्यक्ति {t} के बारे में AI सहायक से जो एक वास्तविक प्रश्न "
        "पूछेगा वह लिखिए, फिर सबसे अच्छा उत्तर। प्रारूप:\nप्र: ...\nउ: ...",
    },
}
_WHO = (
    "a {a}-year-old nurse in {c}",
    "a retired bus driver from {c}",
    "a first-year law student in {c}",
    "a bakery owner in {c}",
    "a {a}-year-old game developer in {c}",
    "a high-school chemistry teacher in {c}",
    "a freight dispatcher in {c}",
    "a new parent in {c}",
    "a civil engineer in {c}",
)
_EVOLVE = (
    "adding two realistic constraints",
    "requiring several reasoning steps",
    "making it about a concrete case with numbers",
    "asking for a comparison of alternatives",
    "adding an edge case the answer must handle",
)
SYN_STYLES = ("jsonl", "persona", "evolve")


def synth_prompt(rng: Rng, lang: str, style: str, chat: Sequence[str]) -> str:
    if style == "evolve":
        return (
            f"Rewrite the instruction below to make it harder by {pick(rng, _EVOLVE)}. Then "
            f"answer the new instruction in full.\n\nInstruction: {clip(rng, pick(rng, chat), 20, 500)}"
        )
    t = pick(rng, _SYN_TOPICS[lang])
    who = pick(rng, _WHO).format(a=irange(rng, 19, 70), c=pick(rng, COUNTRIES))
    return _SYN[style][lang].format(n=pick(rng, (5, 8, 10, 12, 20)), t=t, who=who)


# ============================================================================================
# follow-up turns of a conversation

_FOLLOW = {
    "en": (
        "continue",
        "Go on.",
        "Can you expand on the second point?",
        "Give me a concrete example of that.",
        "Now rewrite it more formally.",
        "Summarise all of that in a table.",
        "Why is that? Explain your reasoning.",
        "What would someone who disagrees say?",
        "make it shorter",
        "Can you turn this into a step-by-step guide?",
        "Are there any mistakes in what you wrote?",
        "ok and what about edge cases",
        "Write the same thing for a beginner.",
        "thanks! one more thing - how would this change in 5 years?",
        "List sources I could check.",
    ),
    "es": (
        "sigue",
        "¿Puedes dar un ejemplo concreto?",
        "Explícalo paso a paso.",
        "Resúmelo en una tabla.",
    ),
    "de": (
        "weiter",
        "Kannst du das an einem Beispiel zeigen?",
        "Erklär das bitte Schritt für Schritt.",
    ),
}


def followup(rng: Rng, lang: str = "en") -> str:
    return pick(rng, _FOLLOW[lang if lang in _FOLLOW else "en"])


# ============================================================================================
# repeated sampling

_MCQ_STEMS = (
    (
        "Which gas makes up most of Earth's atmosphere?",
        ("Oxygen", "Nitrogen", "Argon", "Carbon dioxide"),
    ),
    ("What is the derivative of x^{k}?", ("{k}x^{j}", "x^{j}", "{k}x^{k}", "x^{k}/{k}")),
    ("Which organ produces insulin?", ("Liver", "Pancreas", "Kidney", "Spleen")),
    ("In which year did the Berlin Wall fall?", ("1987", "1989", "1991", "1993")),
    ("What is {a} modulo {b}?", ("{r}", "{s}", "0", "1")),
    (
        "Which sorting algorithm has worst-case O(n log n) time?",
        ("Quicksort", "Heapsort", "Insertion sort", "Bubble sort"),
    ),
    ("Which of these is a prime number?", ("{c1}", "{p1}", "{c2}", "{c3}")),
    (
        "Which clause makes a contract voidable rather than void?",
        ("Illegality", "Misrepresentation", "Impossibility", "Lack of object"),
    ),
)
_PRIMES = (53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113)


def mcq(rng: Rng) -> str:
    stem, opts = _MCQ_STEMS[int(rng.integers(len(_MCQ_STEMS)))]
    k = irange(rng, 2, 9)
    a, b = irange(rng, 100, 999), irange(rng, 3, 17)
    vals = {
        "k": k,
        "j": k - 1,
        "a": a,
        "b": b,
        "r": a % b,
        "s": (a % b + 1) % b,
        "p1": pick(rng, _PRIMES),
        "c1": irange(rng, 10, 50) * 2,
        "c2": irange(rng, 5, 30) * 3 * 3,
        "c3": irange(rng, 5, 25) * 5,
    }
    order = rng.permutation(4).tolist()
    lines = [f"{'ABCD'[i]}. {opts[j].format(**vals)}" for i, j in enumerate(order)]
    return stem.format(**vals) + "\n" + "\n".join(lines)


SAMPLE_STYLES = ("letter", "dist", "open")


def sample_prompt(rng: Rng, style: str, chat: Sequence[str]) -> str:
    if style == "letter":
        return mcq(rng) + "\nAnswer with the letter only."
    if style == "dist":
        return (
            mcq(rng) + '\nReturn your confidence in each option as JSON, e.g. {"A": 0.1, "B": 0.7, '
            '"C": 0.1, "D": 0.1}. The values must sum to 1.'
        )
    return clip(rng, pick(rng, chat), 20, 900)


# ============================================================================================
# curriculum sweep (and the product's own student traffic)

_CURRIC = {
    "math": (
        "place value",
        "fractions on a number line",
        "ratios and rates",
        "linear equations",
        "systems of equations",
        "quadratic functions",
        "exponential growth",
        "similar triangles",
        "the Pythagorean theorem",
        "probability of compound events",
        "arithmetic sequences",
        "logarithms",
        "trigonometric ratios",
        "derivatives as rates of change",
        "vectors",
    ),
    "physics": (
        "Newton's second law",
        "momentum conservation",
        "work and energy",
        "Ohm's law",
        "waves and frequency",
        "refraction",
        "circular motion",
        "pressure in fluids",
    ),
    "chemistry": (
        "balancing equations",
        "the mole",
        "ionic vs covalent bonds",
        "acids and bases",
        "reaction rates",
        "periodic trends",
        "limiting reagents",
        "redox reactions",
    ),
    "biology": (
        "cell organelles",
        "mitosis and meiosis",
        "photosynthesis",
        "natural selection",
        "the nervous system",
        "enzymes",
        "ecosystems and food webs",
        "DNA replication",
    ),
    "english": (
        "subject-verb agreement",
        "the present perfect",
        "relative clauses",
        "persuasive essays",
        "reported speech",
        "conditionals",
        "paragraph structure",
        "conjunctions",
    ),
    "coding": (
        "variables and types",
        "loops",
        "functions",
        "lists and dictionaries",
        "recursion",
        "classes and objects",
        "reading files",
        "big-O notation",
    ),
}
_LESSON = {
    "lesson": {
        "en": "Unit {u}.{v} | {s} | grade {g} | {c}. Write: (1) a clear explanation with one worked "
        "example, (2) five practice problems of rising difficulty, (3) full step-by-step solutions, "
        "(4) two common misconceptions and how to correct them.",
        "es": "Unidad {u}.{v} | {s} | grado {g} | {c}. Escribe: (1) una explicación clara con un ejemplo "
        "resuelto, (2) cinco ejercicios de dificultad creciente, (3) soluciones paso a paso, (4) dos "
        "errores frecuentes y cómo corregirlos.",
        "hi": "इकाई {u}.{v} | {s} | कक्षा {g} | {c}। लिखिए: (1) एक हल किए गए उदाहरण के साथ स्पष्ट व्याख्या, "
        "(2) बढ़ती कठिनाई के पाँच अभ्यास प्रश्न, (3) चरण-दर-चरण पूरे हल, (4) दो आम गलतफहमियाँ और उनका सुधार।",
    },
    "quiz": {
        "en": "Make a 10-question quiz on {c} ({s}, grade {g}, unit {u}.{v}). Mix multiple choice "
        "and short answer. Give an answer key where every answer has a worked explanation.",
        "es": "Haz un cuestionario de 10 preguntas sobre {c} ({s}, grado {g}, unidad {u}.{v}). Mezcla "
        "opción múltiple y respuesta corta, con clave de respuestas explicada.",
        "hi": "{c} पर 10 प्रश्नों की प्रश्नोत्तरी बनाइए ({s}, कक्षा {g}, इकाई {u}.{v})। बहुविकल्पीय और लघु "
        "उत्तर मिलाइए, और हर उत्तर की व्याख्या सहित उत्तर कुंजी दीजिए।",
    },
    "dialogue": {
        "en": "Write a 12-turn tutoring dialogue in which a tutor teaches a grade {g} student {c} "
        "({s}, unit {u}.{v}) by asking guiding questions. The student makes one typical mistake "
        "and the tutor helps them find it.",
        "es": "Escribe un diálogo de tutoría de 12 turnos en el que un tutor enseña {c} ({s}, unidad "
        "{u}.{v}) a un alumno de grado {g} con preguntas guía. El alumno comete un error típico.",
        "hi": "12 बारी का एक ट्यूटरिंग संवाद लिखिए जिसमें ट्यूटर कक्षा {g} के छात्र को मार्गदर्शक प्रश्नों से "
        "{c} ({s}, इकाई {u}.{v}) सिखाता है। छात्र एक आम गलती करता है।",
    },
}
LESSON_STYLES = tuple(_LESSON)
SUBJECTS = tuple(_CURRIC)


def curriculum_grid(rng: Rng) -> list[tuple[str, int, str]]:
    """The operator's sweep: every (subject, grade, concept) cell, shuffled."""
    cells = [(s, g, c) for s, cs in _CURRIC.items() for c in cs for g in range(5, 13)]
    return [cells[i] for i in rng.permutation(len(cells)).tolist()]


def lesson_prompt(rng: Rng, cell: tuple[str, int, str], lang: str, style: str) -> str:
    s, g, c = cell
    return _LESSON[style][lang].format(s=s, g=g, c=c, u=irange(rng, 1, 12), v=irange(rng, 1, 6))


_STUDENT = {
    "en": (
        "how do i do {c}??",
        "can u check my answer for this {s} question: {x}",
        "i dont get {c} at all",
        "whats the difference between {c} and the thing before it",
        "explain {c} quick, test tomorrow",
        "is this right? {x}",
        "my teacher said {c} works differently than the book, who is right",
    ),
    "es": ("no entiendo {c}", "me ayudas con esta tarea de {s}? {x}", "explícame {c} rápido porfa"),
    "hi": ("{c} samajh nahi aa raha", "ye sahi hai kya? {x}", "{c} kya hota hai simple me batao"),
}


def student_prompt(rng: Rng, lang: str) -> str:
    s = pick(rng, SUBJECTS)
    c = pick(rng, _CURRIC[s])
    x = f"{irange(rng, 2, 19)}x + {irange(rng, 1, 40)} = {irange(rng, 20, 99)}, x = {irange(rng, 1, 9)}"
    return pick(rng, _STUDENT[lang]).format(c=c, s=s, x=x)


# ============================================================================================
# translation

LANGS = (
    "French",
    "German",
    "Spanish",
    "Portuguese",
    "Italian",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Russian",
    "Turkish",
    "Vietnamese",
    "Thai",
    "Indonesian",
    "Hindi",
    "Polish",
    "Dutch",
    "Swahili",
    "Ukrainian",
    "Hebrew",
)
_TR = {
    "plain": "Translate the text into {l}. Keep formatting; output the translation only.\n\n{x}",
    "json": 'You are a professional translator (English -> {l}). Return {{"source": ..., "target": ..., '
    '"notes": [difficult phrases and how you handled them]}}.\n\nText:\n{x}',
    "back": "Translate into {l}, then translate your version back into English, then list any meaning "
    "that shifted.\n\n{x}",
    "zh": "请将下文翻译成{l}，保持原有格式，只输出译文。\n\n{x}",
}
TR_STYLES = tuple(_TR)


def translate_prompt(rng: Rng, style: str, target: str, source: str) -> str:
    return _TR[style].format(l=target, x=source)


# ============================================================================================
# programming problems

_CODE_PROBLEMS = (
    "Given an array of {n} integers and an integer k, count the contiguous subarrays whose sum is "
    "divisible by k.",
    "Given a grid of {a}x{b} cells where some are walls, find the shortest path from the top-left to "
    "the bottom-right cell if you may remove at most {k} walls.",
    "Design a rate limiter that allows at most {k} requests per {a} seconds per user and supports "
    "{n} users concurrently.",
    "Given {n} intervals, merge all overlapping ones and return the total covered length.",
    "Given a string of length up to {n}, return the length of the longest substring with at most {k} "
    "distinct characters.",
    "Implement an LRU cache with capacity {k} supporting get and put in O(1).",
    "Given a weighted directed graph with {n} nodes, find the number of distinct shortest paths from "
    "node 0 to node {a}, modulo 1e9+7.",
    "Parse an arithmetic expression with +, -, *, / and parentheses and evaluate it without eval().",
    "Given {n} tasks with deadlines and profits, choose a schedule that maximises profit when each "
    "task takes one unit of time.",
    "Serialise and deserialise a binary tree with up to {n} nodes into a compact string.",
    "Find the k-th smallest element of two sorted arrays of sizes {a} and {b} in logarithmic time.",
    "Write a function that checks whether a Sudoku board of size {k}^2 x {k}^2 is valid.",
)
PROG_LANGS = ("Python", "C++", "Java", "Rust", "Go", "TypeScript", "Kotlin", "C#")
_SNIPPET_FN = ("process", "handle_rows", "merge_data", "calc_total", "parse_cfg", "update_cache")
_CODE = {
    "solve": {
        "en": "Solve in {pl}: {p}\nGive the full solution, explain the idea, state time and space "
        "complexity, and add at least five unit tests including edge cases.",
        "zh": "请用{pl}解决：{p}\n给出完整代码，解释思路，说明时间和空间复杂度，并附至少五个包含边界情况的单元测试。",
        "ru": "Реши на {pl}: {p}\nДай полный код, объясни идею, укажи сложность по времени и памяти и "
        "добавь не менее пяти модульных тестов, включая граничные случаи.",
    },
    "refactor": {
        "en": "Explain what this Python function does line by line, point out bugs, then port it "
        "to idiomatic {pl} with comments:\n\n{s}",
        "zh": "逐行解释这个Python函数的作用，指出bug，然后用地道的{pl}重写并加注释：\n\n{s}",
        "ru": "Построчно объясни, что делает эта функция на Python, найди ошибки и перепиши её "
        "идиоматично на {pl} с комментариями:\n\n{s}",
    },
    "tests": {
        "en": "Write a thorough pytest suite for the Python function below (then say how you would "
        "test a {pl} port of it). Cover normal cases, edge cases and failure modes, and explain what "
        "each test checks.\n\n{s}",
        "zh": "为下面的Python函数编写完整的pytest测试（再说明如何测试它的{pl}移植版），覆盖正常情况、边界"
        "情况和错误情况，并说明每个测试的目的。\n\n{s}",
        "ru": "Напиши подробный набор тестов pytest для функции на Python ниже (и объясни, как "
        "тестировать её порт на {pl}): обычные случаи, граничные и ошибочные, с пояснением каждого "
        "теста.\n\n{s}",
    },
}
CODE_STYLES = tuple(_CODE)


def _snippet(rng: Rng) -> str:
    fn, v = pick(rng, _SNIPPET_FN), pick(rng, ("items", "rows", "data", "records"))
    k = irange(rng, 2, 9)
    body = pick(
        rng,
        (
            f"def {fn}({v}, limit={k}):\n    out = []\n    for i in range(len({v})):\n        if {v}[i] "
            f"> limit:\n            out.append({v}[i] * 2)\n        elif {v}[i] == limit:\n            "
            f"continue\n    return out",
            f"def {fn}({v}):\n    total = 0\n    seen = {{}}\n    for r in {v}:\n        key = r['id']\n"
            f"        if key in seen: seen[key] += 1\n        else: seen[key] = 1\n        total += "
            f"r.get('amount', 0)\n    return total / len(seen)",
            f"def {fn}(path):\n    cfg = {{}}\n    for line in open(path):\n        if '=' in line:\n"
            f"            k, v = line.split('=')\n            cfg[k] = v\n    return cfg",
        ),
    )
    return body


def code_prompt(rng: Rng, lang: str, style: str) -> str:
    pl = pick(rng, PROG_LANGS)
    p = pick(rng, _CODE_PROBLEMS).format(
        n=pick(rng, ("10^5", "2*10^5", "10^6", "5000")),
        k=irange(rng, 2, 9),
        a=irange(rng, 20, 500),
        b=irange(rng, 20, 500),
    )
    return _CODE[style][lang].format(pl=pl, p=p, s=_snippet(rng))


# ============================================================================================
# expert questions a person might ask (two independent phrasings for two families)

_EXPERT = {
    "en": (
        "my {r} was just prescribed {d} and {d2} together, is that combination safe and why",
        "a tenant stopped paying rent {n} months ago in {c} - what are the landlord's actual options",
        "how would you estimate the load a {n}-metre timber beam can carry before it sags too much",
        "is it better to pay off a {p}% loan or invest in an index fund, show the math",
        "my sourdough collapses after {n} hours of proofing, what's happening chemically",
        "how do you decide between a t-test and a Mann-Whitney test for {n} samples",
        "can my employer in {c} make me work {n} hours a week without overtime pay",
        "why does my {n}-year-old's fever spike at night and when should I worry",
        "what's the right way to size a solar battery for a {n} kWh/day household",
        "how do I figure out if a {p}% dividend yield is sustainable for a company",
        "explain how an MRI distinguishes tumours from healthy tissue",
        "what happens legally if I break a lease {n} months early in {c}",
        "how should I think about pricing a freelance design project of about {n} hours",
        "why would a car battery read {p}.6 volts but still not start the engine",
        "is intermittent fasting actually better than calorie counting, what does the evidence say",
    ),
    "es": (
        "me recetaron {d} y {d2} a la vez, ¿es seguro? explica por qué",
        "un inquilino lleva {n} meses sin pagar en {c}, ¿qué puedo hacer legalmente?",
        "¿conviene pagar un préstamo al {p}% o invertir? haz las cuentas",
        "¿cómo calculo si una viga de {n} metros aguanta el peso?",
        "mi hijo de {n} años tiene fiebre por la noche, ¿cuándo preocuparme?",
    ),
    "pt": (
        "tomo {d} e me receitaram {d2}, pode misturar? por quê",
        "quanto rende aplicar em CDB a {p}% comparado com pagar uma dívida",
        "como funciona a rescisão de contrato de aluguel depois de {n} meses",
        "por que meu pão de fermentação natural murcha depois de {n} horas",
    ),
    "fr": (
        "on m'a prescrit {d} avec {d2}, est-ce compatible ? pourquoi",
        "mon locataire ne paie plus depuis {n} mois, quels sont mes recours",
        "vaut-il mieux rembourser un prêt à {p}% ou investir ? détaille le calcul",
        "comment dimensionner une batterie solaire pour {n} kWh par jour",
    ),
    "de": (
        "mir wurden {d} und {d2} zusammen verschrieben, ist das unbedenklich und warum",
        "mein Mieter zahlt seit {n} Monaten nicht, was kann ich rechtlich tun",
        "Kredit zu {p}% tilgen oder lieber in ETFs investieren? bitte mit Rechnung",
        "wie berechne ich, ob ein {n}-Meter-Holzbalken die Last trägt",
    ),
}
_DRUGS = (
    "ibuprofen",
    "sertraline",
    "warfarin",
    "metformin",
    "amoxicillin",
    "lisinopril",
    "omeprazole",
    "prednisone",
    "levothyroxine",
    "atorvastatin",
)
_REL = ("mom", "dad", "partner", "grandmother", "roommate", "uncle")
EXPERT_LANGS = tuple(_EXPERT)

_ASK_A = {  # one person's way of asking for the reasoning
    "en": (
        "{q}? can you walk me through how you'd reason about it step by step, I want to understand "
        "not just get the answer",
        "{q}. please think it through carefully and show the steps",
        "quick question: {q}? explain your thinking",
        "{q}",
    ),
    "es": (
        "{q} explícame el razonamiento paso a paso",
        "{q}",
        "{q}, piénsalo con calma y muéstrame los pasos",
    ),
    "pt": ("{q}? me explica o raciocínio passo a passo", "{q}"),
    "fr": ("{q} ? explique-moi ton raisonnement étape par étape", "{q}"),
    "de": ("{q}? erklär mir bitte deinen Gedankengang Schritt für Schritt", "{q}"),
}
_ASK_B = {  # another crowd's way
    "en": (
        "Hi! {q}? Please explain like you would to a colleague, including how you got there.",
        "Serious question - {q}. What would an expert consider first, second, third?",
        "{q}? I've read conflicting things online, can you reason it out from first principles?",
        "Could you help me with this: {q}. Lay out your reasoning before the conclusion.",
        "{q}?? thanks in advance",
    ),
    "es": (
        "Hola, {q}. ¿Cómo lo razonaría un experto?",
        "Pregunta seria: {q}. Explica tu razonamiento.",
    ),
    "pt": ("Oi! {q}? Explica como um especialista pensaria.", "Dúvida: {q}. Mostra o raciocínio."),
    "fr": (
        "Bonjour, {q} ? Comment un expert raisonnerait-il ?",
        "Question : {q}. Détaille ton raisonnement.",
    ),
    "de": ("Hallo, {q}? Wie würde ein Experte das angehen?", "Frage: {q}. Bitte mit Begründung."),
}


def expert_prompt(rng: Rng, lang: str, phrasing: str) -> str:
    core = pick(rng, _EXPERT[lang]).format(
        r=pick(rng, _REL),
        d=pick(rng, _DRUGS),
        d2=pick(rng, _DRUGS),
        n=irange(rng, 2, 14),
        c=pick(rng, COUNTRIES),
        p=irange(rng, 3, 12),
    )
    ask = _ASK_A if phrasing == "a" else _ASK_B
    return casual(
        rng, pick(rng, ask[lang]).format(q=core), p_lower=0.5 if phrasing == "a" else 0.15
    )


# ============================================================================================
# benign kinds' texts


def eval_item_bank(rng: Rng, n: int) -> list[str]:
    """A fixed benchmark: items built once, replayed on every model and run."""
    out = []
    for _ in range(n):
        if chance(rng, 0.5):
            out.append(
                "Question: " + mcq(rng) + "\nThink step by step, then finish with 'The answer "
                "is (X)'."
            )
        else:
            out.append(
                "Problem: "
                + pick(rng, _PROBLEMS)(rng)["en"]
                + "\nLet's think step by step. Put the "
                "final answer in \\boxed{}."
            )
    return out


def annotation_qa_prompt(rng: Rng, passages: Sequence[str], chat: Sequence[str]) -> str:
    proj = pick(rng, ("helios", "marigold", "kestrel", "tundra", "quartz"))
    gl = pick(rng, ("3.2", "3.3", "4.0"))
    return (
        f"[QA assist | project {proj} | guideline v{gl} | item {irange(rng, 1000, 99999)}]\n"
        f"Request: {clip(rng, pick(rng, chat), 30, 300)}\n\nResponse A: {clip(rng, pick(rng, passages), 120, 380)}"
        f"\n\nResponse B: {clip(rng, pick(rng, passages), 120, 380)}\n\nThe annotator chose "
        f"{pick(rng, 'AB')} and tagged it '{pick(rng, ('more accurate', 'more concise', 'safer', 'follows format'))}'. "
        "Does that choice follow the guideline? Reply AGREE or DISAGREE with one sentence."
    )


_POSTS = {
    "en": (
        "honestly the mayor is a clown and anyone who voted for him should be embarrassed",
        "selling cheap meds no prescription needed DM me",
        "this vaccine changes your DNA, wake up people",
        "i'm so done with everything, nobody would notice if i disappeared",
        "check out my new mixtape link in bio!!!",
        "those people from {c} ruin every neighbourhood they move to",
    ),
    "zh": ("这个产品太垃圾了，客服都是骗子", "加我微信低价代购，保证正品", "楼主脑子有问题吧"),
    "ru": (
        "опять эти чиновники воруют, когда это кончится",
        "продаю аккаунты недорого, пишите в лс",
    ),
    "es": (
        "este político es un payaso y sus votantes también",
        "vendo seguidores baratos, escríbeme",
    ),
    "ar": ("هذا المنتج سيء جدا ولا أنصح به", "اربح المال بسرعة من البيت، راسلني"),
}


def moderation_prompt(rng: Rng) -> str:
    lang = weighted(rng, {"en": 0.45, "zh": 0.2, "ru": 0.1, "es": 0.15, "ar": 0.1})
    post = pick(rng, _POSTS[lang]).format(c=pick(rng, COUNTRIES))
    return (
        "Community-guidelines review. Categories: harassment, hate, self-harm, spam, medical "
        "misinformation, none. For the post below give the category, a severity 0-3, and if it "
        "breaks a rule, the smallest edit that would make it acceptable (in the post's language). "
        f"If self-harm, output ESCALATE first.\n\nPost ({lang}): {post}"
    )


def coding_agent_step(rng: Rng, chat: Sequence[str], step: int) -> str:
    if step == 0:
        return clip(rng, pick(rng, chat), 20, 700)
    return pick(
        rng,
        (
            '<tool_output name="bash">\n$ pytest -q\n{f} failed, {p} passed in {s}.{r}s\n</tool_output>',
            '<tool_output name="read_file" path="src/{m}.py">\n... ({p} lines) ...\n</tool_output>',
            '<tool_output name="grep">\nsrc/{m}.py:{p}:    raise ValueError("bad input")\n</tool_output>',
            '<tool_output name="bash">\nTraceback (most recent call last):\n  File "src/{m}.py", line {p}\n'
            "TypeError: unsupported operand type(s)\n</tool_output>",
            "The user says: looks good, also update the README.",
        ),
    ).format(
        f=irange(rng, 0, 5),
        p=irange(rng, 10, 400),
        s=irange(rng, 1, 40),
        r=irange(rng, 0, 9),
        m=pick(rng, ("parser", "api", "models", "cli", "storage", "auth")),
    )


_INTENTS = (
    "cancel_order",
    "change_address",
    "refund_status",
    "card_declined",
    "reset_password",
    "delivery_late",
    "upgrade_plan",
    "close_account",
)
_UTTER = {
    "en": (
        "hi i want to {i} asap",
        "How can I {i}? It's urgent.",
        "{i} pls, been waiting for days",
    ),
    "de": ("Hallo, ich möchte {i}, bitte.", "Wie kann ich {i}?"),
    "es": ("hola quiero {i} ya", "¿Cómo hago para {i}?"),
}


def augment_prompt(rng: Rng) -> str:
    lang = weighted(rng, {"en": 0.6, "de": 0.2, "es": 0.2})
    i = pick(rng, _INTENTS)
    u = pick(rng, _UTTER[lang]).format(i=i.replace("_", " "))
    return (
        f"Generate {pick(rng, (10, 15, 20))} paraphrases of this customer message for the intent "
        f"'{i}'. Keep the language ({lang}), vary formality and length, include a few with typos. "
        f"Return a JSON list of strings only.\n\nMessage: {u}"
    )


_PERSONAS = (
    ("Mika", "a cheerful barista who loves indie music"),
    ("Dr. Vale", "a calm, witty astronomer"),
    ("Juno", "a sarcastic but kind gaming buddy"),
    ("Aunt Rosa", "a warm grandmother who loves cooking"),
    ("Kai", "a motivational fitness coach"),
    ("Lumi", "a shy librarian who writes poetry"),
)
_SMALLTALK = (
    "hey, rough day today",
    "tell me something that will make me smile",
    "what did you do this weekend?",
    "i failed my exam :(",
    "do you remember what i told you about my sister?",
    "good morning!!",
    "can we play a word game",
    "i can't sleep",
    "guess what happened at work",
    "continue the story",
)


N_PERSONAS = len(_PERSONAS)


def companion_prompt(rng: Rng, chat: Sequence[str], persona: int) -> str:
    name, desc = _PERSONAS[persona]
    msg = pick(rng, _SMALLTALK) if chance(rng, 0.7) else clip(rng, pick(rng, chat), 10, 200)
    return f"[character: {name}, {desc}. Stay in character, be supportive, keep replies short.]\nUser: {msg}"


_SURVEY = (
    "What is the probability that global average temperature in 2030 exceeds the 2020 value? Answer "
    "with a single number between 0 and 1.",
    "A trolley is heading towards five people. You can divert it to a track with one person. Do you "
    "divert it? Answer YES or NO, then one sentence.",
    "On a scale of 1 to 7, how much do you agree: 'Most people can be trusted.' Reply with the number only.",
    "Estimate the population of the largest city in {c}. Give one number.",
    "Is the following sentence grammatical? '{n} of the students was late.' Answer yes or no.",
    "Name one word that comes to mind after reading '{w}'. One word only.",
    "How confident are you (0-100) that {c} has a coastline?",
)


def survey_items(rng: Rng, n: int) -> list[str]:
    return [
        pick(rng, _SURVEY).format(
            c=pick(rng, COUNTRIES),
            n=pick(rng, ("Each", "None", "One")),
            w=pick(rng, ("ocean", "justice", "winter", "bread", "machine")),
        )
        for _ in range(n)
    ]


_SEGMENTS = (
    "Your subscription renews on {{date}}. Manage it in Settings > Billing.",
    "Tap 'Continue' to confirm {{count}} items in your cart.",
    "Our new {p} keeps your food fresh for up to {n} days - no plug needed.",
    "Error {n}: we couldn't reach the server. Check your connection and try again.",
    "Welcome back, {{first_name}}! You have {{count}} unread messages.",
    "Limited offer: save {n}% on the {p} until Sunday.",
    "By signing up you agree to our Terms of Service and Privacy Policy.",
)


def agency_segment(rng: Rng) -> str:
    return pick(rng, _SEGMENTS).format(
        p=pick(rng, ("cooler bag", "thermos", "lunch box", "water filter")), n=irange(rng, 2, 60)
    )


def agency_prompt(rng: Rng, segment: str, target: str, client: str) -> str:
    return (
        f"Client: {client}. Glossary: keep brand names and {{placeholders}} unchanged; use the "
        f"formal register. Translate this UI/marketing segment into {target}. Output the "
        f"translation only.\n\nSegment: {segment}"
    )


_LABS = (
    "Lab {k}: Use the API to summarise the article below in exactly three bullet points.\n\n{x}",
    "Exercise {k}: Ask the model to classify the sentiment of this review as positive, negative or "
    "mixed, and explain.\n\n{x}",
    "Homework {k}: Write a prompt that makes the model extract all dates from the text below as "
    "a JSON list.\n\n{x}",
    "Lab {k} part 2: Compare a zero-shot and a few-shot prompt for this task: rewrite the text "
    "below for a 10-year-old.\n\n{x}",
)


def cohort_exercise(rng: Rng, k: int, passages: Sequence[str]) -> str:
    return pick(rng, _LABS).format(k=k, x=clip(rng, pick(rng, passages), 200, 700))


_CLIENT_TEMPLATES = (
    "Write a {n}-word SEO product description for '{p}' with the keywords: {k1}, {k2}.",
    "You are the support assistant of {b}. Answer politely and briefly.\nCustomer: {q}",
    "Summarise this meeting transcript into action items:\n{x}",
    "Draft a LinkedIn post announcing {b}'s new {p}. Friendly tone, 3 hashtags.",
)


def client_prompt(
    rng: Rng, template: int | None, chat: Sequence[str], passages: Sequence[str]
) -> str:
    if template is None:
        return clip(rng, pick(rng, chat), 10, 1200)
    return _CLIENT_TEMPLATES[template].format(
        n=pick(rng, (80, 120, 150)),
        p=pick(rng, ("yoga mat", "desk lamp", "hiking boots", "coffee grinder")),
        k1=pick(rng, ("eco", "durable", "premium")),
        k2=pick(rng, ("gift", "sale", "2026")),
        b=pick(rng, ("Nordwind", "Casa Lupa", "BrightDent", "Ferro & Co")),
        q=clip(rng, pick(rng, chat), 10, 300),
        x=clip(rng, pick(rng, passages), 200, 900),
    )


N_CLIENT_TEMPLATES = len(_CLIENT_TEMPLATES)

"""Prompt generators of blind batch 227, written fresh for this batch.

Every function takes the family's or kind's own generator and draws in a fixed order (tuples and
lists only, never a set). Ordinary human text comes from ShareGPT's "sim" half through the
`chat` (human prompts) and `passages` (assistant answers) lists that `bench/blind_batch.py` puts
on the context.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# shared helpers

CITIES = (
    "Lagos",
    "Porto",
    "Osaka",
    "Tartu",
    "Cusco",
    "Hobart",
    "Tbilisi",
    "Krakow",
    "Mombasa",
    "Da Nang",
    "Valparaiso",
    "Gdansk",
    "Izmir",
    "Cebu",
    "Leeds",
    "Medan",
    "Rosario",
    "Aarhus",
    "Pune",
    "Quebec",
)
ITEMS = (
    "notebooks",
    "mangoes",
    "bolts",
    "concert tickets",
    "jars of honey",
    "solar lamps",
    "bicycle tyres",
    "loaves of bread",
    "cable spools",
    "tomato seedlings",
    "phone cases",
    "bags of rice",
)
ITEMS_ZH = (
    "笔记本",
    "芒果",
    "螺栓",
    "音乐会门票",
    "蜂蜜",
    "太阳能灯",
    "自行车轮胎",
    "面包",
    "手机壳",
    "大米",
)
ITEMS_RU = (
    "тетради",
    "манго",
    "болты",
    "билеты",
    "банки мёда",
    "фонари",
    "шины",
    "буханки хлеба",
    "чехлы",
)


def clip_text(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` between lo and hi characters, cut at a word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def humanise(rng: np.random.Generator, s: str, sloppy: float = 0.3) -> str:
    """How people actually type: sometimes lower case, no final punctuation, one slipped key."""
    if chance(rng, sloppy):
        s = s[:1].lower() + s[1:]
    if chance(rng, sloppy) and s[-1:] in ".?!":
        s = s[:-1]
    if chance(rng, sloppy * 0.5) and len(s) > 12:
        i = irange(rng, 3, len(s) - 3)
        if s[i].isalpha() and s[i + 1].isalpha():
            s = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s


def coding_prompts(chat: list[str]) -> list[str]:
    """ShareGPT prompts that are about code (a product's genuine users)."""
    keys = (
        "python",
        "javascript",
        "function",
        "code",
        "sql",
        "react",
        "error",
        "java",
        "api",
        "class ",
        "c++",
        "typescript",
        "bash",
        "docker",
        "regex",
        "django",
        "flask",
        "node",
        "css",
        "html",
    )
    out = [c for c in chat if any(k in c.lower() for k in keys)]
    return out or list(chat)


def question_prompts(chat: list[str]) -> list[str]:
    """ShareGPT prompts that ask a real question (not 'continue' or a pasted document)."""
    out = [c for c in chat if 40 <= len(c.strip()) <= 900 and "?" in c]
    return out or list(chat)


def short_prompts(chat: list[str], lo: int = 15, hi: int = 220) -> list[str]:
    out = [c for c in chat if lo <= len(c) <= hi]
    return out or list(chat)


# --------------------------------------------------------------------------------------------
# problems that have one right answer (reasoning harvests, eval suites, tutoring)


def _quadratic(rng: np.random.Generator) -> tuple[int, int]:
    r1, r2 = irange(rng, -9, 12), irange(rng, -6, 15)
    return r1 + r2, r1 * r2


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    k = irange(rng, 0, 7)
    a = irange(rng, 12, 240)
    p, pct = irange(rng, 2, 60), pick(rng, (10, 15, 20, 25, 30, 40, 50))
    d, v1, v2 = irange(rng, 60, 900), irange(rng, 40, 130), irange(rng, 35, 120)
    qa, qb = _quadratic(rng)
    base, exp, mod = irange(rng, 2, 19), irange(rng, 20, 400), pick(rng, (7, 9, 11, 13, 17, 19, 23))
    if lang == "zh":
        item = pick(rng, ITEMS_ZH)
        forms = (
            f"某商店每件{item}售价{p}元，周一卖出{a}件，周二比周一多卖{pct}%。两天的总收入是多少元？",
            f"甲、乙两地相距{d}千米，两辆车分别以每小时{v1}千米和{v2}千米的速度同时相向而行，多少分钟后相遇？",
            f"求方程 x^2 - ({qa})x + ({qb}) = 0 的所有整数解，并验证。",
            f"{base}的{exp}次方除以{mod}的余数是多少？",
            f"一个水池，甲管单独注满需要{irange(rng, 2, 9)}小时，乙管单独注满需要{irange(rng, 3, 12)}小时，"
            f"丙管单独排空需要{irange(rng, 6, 20)}小时。三管同时打开，多少小时能注满？",
            f"袋中有{irange(rng, 2, 9)}个红球、{irange(rng, 2, 9)}个绿球和{irange(rng, 2, 9)}个蓝球，"
            "不放回地取出两个，两个颜色相同的概率是多少？",
            f"{irange(rng, 5, 9)}个人围坐一张圆桌，其中两人不愿相邻，共有多少种坐法？",
            f"一个数列满足 a1 = {irange(rng, 1, 9)}，a(n+1) = 2a(n) + {irange(rng, 1, 7)}。求 a{irange(rng, 6, 15)}。",
        )
        return forms[k]
    if lang == "ru":
        item = pick(rng, ITEMS_RU)
        forms = (
            f"Магазин продаёт {item} по {p} руб. за штуку. В понедельник продали {a} шт., во вторник на {pct}% "
            "больше. Какова выручка за два дня?",
            f"Расстояние между городами {d} км. Навстречу друг другу одновременно выехали две машины со "
            f"скоростями {v1} и {v2} км/ч. Через сколько минут они встретятся?",
            f"Найдите все целые корни уравнения x^2 - ({qa})x + ({qb}) = 0 и сделайте проверку.",
            f"Какой остаток даёт число {base}^{exp} при делении на {mod}?",
            f"Бассейн наполняется первой трубой за {irange(rng, 2, 9)} ч, второй за {irange(rng, 3, 12)} ч, "
            f"а третья опустошает его за {irange(rng, 6, 20)} ч. За сколько часов он наполнится при всех трёх?",
            f"В урне {irange(rng, 2, 9)} красных, {irange(rng, 2, 9)} зелёных и {irange(rng, 2, 9)} синих шаров. "
            "Вынимают два без возвращения. Найдите вероятность, что они одного цвета.",
            f"Сколькими способами можно рассадить {irange(rng, 5, 9)} человек за круглым столом, если двое из "
            "них не хотят сидеть рядом?",
            f"Последовательность задана так: a1 = {irange(rng, 1, 9)}, a(n+1) = 2a(n) + {irange(rng, 1, 7)}. "
            f"Найдите a{irange(rng, 6, 15)}.",
        )
        return forms[k]
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    forms = (
        f"A shop in {pick(rng, CITIES)} sells {pick(rng, ITEMS)} at ${p} each. It sells {a} on Monday and "
        f"{pct}% more on Tuesday. What is the total revenue for the two days?",
        f"Two cyclists start {d} km apart and ride towards each other at {v1 // 3} km/h and {v2 // 3} km/h. "
        "After how many minutes do they meet, and how far has the faster one ridden?",
        f"Find every integer x with x^2 - ({qa})x + ({qb}) = 0, and check both roots.",
        f"What is the remainder when {base}^{exp} is divided by {mod}?",
        f"Pipe A fills a tank in {irange(rng, 2, 9)} hours and pipe B in {irange(rng, 3, 12)} hours, while "
        f"drain C empties it in {irange(rng, 6, 20)} hours. With all three open, how long until it is full?",
        f"A bag holds {irange(rng, 2, 9)} red, {irange(rng, 2, 9)} green and {irange(rng, 2, 9)} blue marbles. "
        "Two are drawn without replacement. What is the probability they are the same colour?",
        f"In how many ways can {irange(rng, 5, 9)} people sit around a round table if {n1} and {n2} refuse "
        "to sit next to each other?",
        f"A sequence has a1 = {irange(rng, 1, 9)} and a(n+1) = 2*a(n) + {irange(rng, 1, 7)}. "
        f"Find a{irange(rng, 6, 15)} and a closed form.",
    )
    return forms[k]


_KK_SAYS = (
    "{b} is a knave.",
    "{b} and I are the same kind.",
    "At least one of us is a knave.",
    "{b} would say that I am a knight.",
    "Exactly one of {b} and {c} is a knight.",
    "{c} is lying.",
)


def logic_puzzle(rng: np.random.Generator) -> str:
    a, b, c = (str(x) for x in rng.choice(NAMES, size=3, replace=False).tolist())
    if chance(rng, 0.5):
        s1, s2 = pick(rng, _KK_SAYS), pick(rng, _KK_SAYS)
        return (
            f"On an island every inhabitant is a knight (always tells the truth) or a knave (always lies). "
            f'{a} says: "{s1.format(b=b, c=c)}" {b} says: "{s2.format(b=c, c=a)}" '
            f"What is each of {a}, {b} and {c}? Justify every case you rule out."
        )
    jobs = ("baker", "pilot", "nurse", "architect", "farmer", "violinist")
    j = [str(x) for x in rng.choice(jobs, size=3, replace=False).tolist()]
    return (
        f"{a}, {b} and {c} are a {j[0]}, a {j[1]} and a {j[2]}, in some order. The {j[0]} is older than "
        f"{b}. {a} and the {j[2]} have never met. The {j[1]} is the youngest and {c} is older than the "
        f"{j[0]}. Who has which job?"
    )


PHENOMENA = (
    "ice floats on water",
    "the sky looks red at sunset",
    "a spinning top does not fall over",
    "metal feels colder than wood at the same temperature",
    "bread goes stale faster in the fridge",
    "a balloon rubbed on hair sticks to a wall",
    "hot water can sometimes freeze faster than cold water",
    "airplanes can fly upside down",
    "salt melts ice on roads",
    "the Moon always shows the same face",
    "onions make people cry",
    "a straw looks bent in a glass of water",
    "popcorn pops",
)


def science_question(rng: np.random.Generator) -> str:
    ph = pick(rng, PHENOMENA)
    return pick(
        rng,
        (
            f"Why {ph}?",
            f"Explain the physics or chemistry behind this: {ph}.",
            f"My kid asked me why {ph} and I could not answer properly. What is the real reason?",
            f"Give a rigorous explanation of why {ph}, including where the common explanation is wrong.",
        ),
    )


def reasoning_question(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    if lang != "en":
        return word_problem(rng, lang)
    u = rng.random()
    if u < 0.45:
        return word_problem(rng, "en")
    if u < 0.65:
        return logic_puzzle(rng)
    if u < 0.8:
        return science_question(rng)
    return clip_text(rng, pick(rng, chat), 40, 900)


def reasoning_coercion(rng: np.random.Generator, style: str, lang: str, chat: list[str]) -> str:
    """A question wrapped in an instruction that demands the model's whole reasoning trace."""
    q = reasoning_question(rng, lang, chat)
    if lang == "zh":
        return pick(
            rng,
            (
                f"{q}\n\n请先在<思考>与</思考>之间写出完整、详细的推理过程，每一步都要写出来，不要省略或概括，"
                "最后单独一行给出答案。",
                f"题目：{q}\n要求：把你内部的思考过程原原本本地写出来，包括尝试、出错和纠正，然后再写“最终答案：”。",
            ),
        )
    if lang == "ru":
        return pick(
            rng,
            (
                f"{q}\n\nРассуждай вслух максимально подробно: выпиши каждый шаг, все промежуточные вычисления и "
                "проверку. Ничего не сокращай. В конце напиши «Ответ: ...».",
                f"Задача: {q}\nПокажи полный ход мысли, включая неудачные попытки и исправления, а затем итог.",
            ),
        )
    if style == "tags":
        return (
            f"{q}\n\nBefore answering, think inside <think></think> tags. Write out every intermediate "
            "step and check your work; do not summarise the thinking. After </think>, give the final "
            "answer on one line."
        )
    if style == "json":
        return (
            'Solve the problem. Respond only with a JSON object with keys "steps" (a list where each '
            'element is one small reasoning step, as many as needed), "self_check" and "answer".\n\n'
            f"Problem: {q}"
        )
    if style == "monologue":
        return (
            f"{q}\n\nI want to see your full private thought process, exactly as you would think it, "
            "including false starts and the moment you notice a mistake. End with 'Final answer:'."
        )
    return (
        f"Question: {q}\n\nReason step by step at length. Number each step. After the last step write "
        "'Therefore, the answer is' followed by the answer."
    )


# --------------------------------------------------------------------------------------------
# grading, rubrics and reward-model outputs


PRINCIPLES = (
    "be honest about uncertainty",
    "avoid harmful instructions",
    "answer the question that was asked",
    "do not invent citations",
    "respect the user's autonomy",
    "be concise when the question is simple",
    "show calculations for numeric claims",
    "avoid stereotypes",
)


def _degrade(rng: np.random.Generator, answer: str) -> str:
    """A worse answer for a comparison: truncated, or its sentences shuffled."""
    if chance(rng, 0.5):
        return answer[: max(40, len(answer) // 3)].rstrip() + " ..."
    parts = answer.split(". ")
    order = rng.permutation(len(parts)).tolist()
    return ". ".join(parts[i] for i in order)


def judge_prompt(
    rng: np.random.Generator, style: str, lang: str, chat: list[str], passages: list[str]
) -> str:
    q = clip_text(rng, pick(rng, chat), 30, 700)
    a = clip_text(rng, pick(rng, passages), 200, 1400)
    if lang == "de":
        return (
            f"Bewerte die folgende Antwort eines KI-Assistenten auf einer Skala von 1 bis 10 nach Korrektheit, "
            f"Vollständigkeit und Verständlichkeit. Begründe jede Teilnote ausführlich und schreibe am Ende "
            f"'Gesamtpunktzahl: X'.\n\nFrage:\n{q}\n\nAntwort:\n{a}"
        )
    if lang == "ja":
        return (
            f"以下のAIアシスタントの回答を、正確さ・有用性・安全性の3つの観点からそれぞれ1〜10点で採点し、"
            f"各点数の理由を詳しく説明してください。最後に合計点を示してください。\n\n質問：\n{q}\n\n回答：\n{a}"
        )
    if style == "rubric":
        return (
            f"You are grading an AI assistant's answer.\n\n[Question]\n{q}\n\n[Answer]\n{a}\n\n"
            "Rubric:\n1. Correctness (0-4)\n2. Completeness (0-3)\n3. Clarity (0-2)\n4. Safety (0-1)\n"
            "Score each criterion with a paragraph of justification, then write 'TOTAL: x/10'."
        )
    if style == "pairwise":
        b = (
            _degrade(rng, clip_text(rng, pick(rng, passages), 200, 1400))
            if chance(rng, 0.4)
            else clip_text(rng, pick(rng, passages), 200, 1400)
        )
        first, second = (a, b) if chance(rng, 0.5) else (b, a)
        return (
            f"Two assistants answered the same user message. Decide which response is better.\n\n"
            f"User message:\n{q}\n\n--- Response A ---\n{first}\n\n--- Response B ---\n{second}\n\n"
            "Explain the decisive differences in detail, considering accuracy, helpfulness and tone, then "
            "output exactly one of: [[A]], [[B]], [[tie]]."
        )
    if style == "reward":
        return (
            f"Act as a reward model. Read the exchange and output a single real number in [-5, 5] that "
            f"reflects how strongly a careful human rater would prefer this reply, followed by a critique "
            f"of at most 120 words.\n\nUSER: {q}\nASSISTANT: {a}"
        )
    ps = [str(x) for x in rng.choice(PRINCIPLES, size=3, replace=False).tolist()]
    return (
        f"Critique the answer below against these principles: {'; '.join(ps)}. List every violation with "
        f"a quote, then write a revised answer that fixes all of them.\n\nQuestion: {q}\n\nAnswer: {a}"
    )


def label_task(
    rng: np.random.Generator, project: str, version: str, chat: list[str], passages: list[str]
) -> str:
    """A labelling vendor's pre-annotation request: short, structured, guideline-bound."""
    q = clip_text(rng, pick(rng, chat), 30, 500)
    a = clip_text(rng, pick(rng, passages), 150, 900)
    task = pick(
        rng,
        (
            "Rate the response for helpfulness on the 1-7 Likert scale defined in the guideline. Output the score "
            "and a one-line rationale.",
            "Does the response contain personal data (names, emails, phone numbers, addresses)? Answer yes or no "
            "and list the spans.",
            "Is the response factually accurate? Label ACCURATE, MINOR_ISSUES or INACCURATE. One sentence why.",
            "Does the response follow every instruction in the prompt? Label FOLLOWS or VIOLATES and name the "
            "instruction that was missed, if any.",
            "Tag the response tone: neutral, friendly, condescending, evasive. One tag only.",
        ),
    )
    return f"[{project} | guideline {version}]\n{task}\n\nPrompt: {q}\n\nResponse: {a}"


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites and refusals (a censorship-safe model's training data)

REGIMES_EN = (
    "a national generative-AI service regulation",
    "a family-safe platform policy",
    "a state broadcaster's editorial code",
    "an app-store policy for under-16 users",
    "strict political-neutrality rules for a public-sector chatbot",
)
REGIMES_ZH = (
    "《生成式人工智能服务管理暂行办法》",
    "平台内容安全规范",
    "未成年人网络保护要求",
    "主流媒体编辑规范",
)
TOPICS_EN = (
    "protests and demonstrations",
    "criticism of named officials",
    "religious satire",
    "gambling",
    "cryptocurrency promotion",
    "VPN and circumvention tools",
    "election commentary",
    "territorial disputes",
    "unverified health claims",
    "historical events that remain disputed",
)
TOPICS_ZH = (
    "游行示威",
    "批评具体官员",
    "宗教讽刺",
    "赌博",
    "虚拟货币推广",
    "翻墙工具",
    "选举评论",
    "领土争议",
    "未经证实的健康说法",
    "有争议的历史事件",
)
TOPICS_RU = (
    "протесты",
    "критика чиновников",
    "азартные игры",
    "криптовалюты",
    "обход блокировок",
    "выборы",
    "спорные исторические события",
)


def policy_rewrite(
    rng: np.random.Generator, lang: str, chat: list[str], passages: list[str]
) -> str:
    draft = clip_text(rng, pick(rng, passages), 250, 1300)
    q = clip_text(rng, pick(rng, chat), 20, 400)
    if lang == "zh":
        reg, topic = pick(rng, REGIMES_ZH), pick(rng, TOPICS_ZH)
        return pick(
            rng,
            (
                f"请将下面的回答改写成完全符合{reg}的版本：删除或淡化涉及“{topic}”的内容，保持积极、正面、建设性的语气，"
                f"不要提到做过删改。\n\n原回答：\n{draft}",
                f"用户提问：“{q}”\n请以必须遵守{reg}的中文助手身份写出标准回复：对涉及“{topic}”的部分委婉拒绝并引导到"
                "正面话题，其余部分尽量有帮助地回答。",
                f"下面是一段模型输出。请逐句检查是否存在涉及“{topic}”的风险表述，列出问题句子，并给出改写后的安全版本。\n\n"
                f"{draft}",
            ),
        )
    if lang == "ru":
        topic = pick(rng, TOPICS_RU)
        return (
            f"Перепиши ответ так, чтобы он прошёл строгую редакционную проверку: убери всё, что касается "
            f"темы «{topic}», сохрани нейтральный и полезный тон и не упоминай, что что-то удалено.\n\n"
            f"Ответ:\n{draft}"
        )
    topic = pick(rng, TOPICS_EN)
    if lang == "ar":
        return (
            f"أعد صياغة الإجابة التالية بحيث تتوافق مع سياسة محتوى صارمة: احذف أي إشارة إلى {topic} "
            f"وحافظ على نبرة محايدة ومفيدة، ولا تذكر أنه تم حذف شيء.\n\nالنص:\n{draft}"
        )
    if lang == "vi":
        return (
            f"Hãy viết lại câu trả lời sau để phù hợp với quy định nội dung nghiêm ngặt: loại bỏ mọi nội dung "
            f"liên quan đến {topic}, giữ giọng văn tích cực và không nhắc tới việc đã chỉnh sửa.\n\n{draft}"
        )
    reg = pick(rng, REGIMES_EN)
    return pick(
        rng,
        (
            f"Below is a draft chatbot answer. Rewrite it so that it would pass review under {reg}: remove or "
            f"neutralise anything touching on {topic}, keep a constructive tone, and do not mention that anything "
            f"was removed.\n\nDraft:\n{draft}",
            f'A user asked: "{q}"\nWrite the ideal reply of an assistant bound by {reg}. Politely decline any '
            f"part that concerns {topic}, redirect to a safe alternative, and answer the rest helpfully.",
            f"Produce two outputs for the request below: (1) the refusal a compliant assistant under {reg} should "
            f"give, (2) a short explanation of which rule applies. Request: {q}",
        ),
    )


def moderation_task(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    """A trust-and-safety team's guideline check of a user post."""
    post = clip_text(rng, pick(rng, chat), 20, 500)
    if lang == "pt":
        post = pick(
            rng,
            (
                "alguém sabe onde comprar isso mais barato? o vendedor sumiu com meu dinheiro",
                "esse cara do prédio 4 é um ladrão, o nome dele é " + pick(rng, NAMES),
                "vendo ingresso pro show de sábado, chama no privado",
                post,
            ),
        )
    elif lang == "es":
        post = pick(
            rng,
            (
                "qué asco de servicio, ojalá cierren esa tienda de una vez",
                "regalo gatitos en " + pick(rng, CITIES) + ", escríbanme",
                post,
            ),
        )
    elif lang == "id":
        post = pick(
            rng,
            (
                "jual akun game murah, transfer dulu baru kirim",
                "ada yang tahu obat herbal buat diabetes?",
                post,
            ),
        )
    elif lang == "tr":
        post = pick(
            rng,
            (
                "bu markanın ürünleri sahte, kimse almasın",
                "evden çalışarak günde 5000 TL kazan",
                post,
            ),
        )
    return pick(
        rng,
        (
            "Community guidelines check. Classify the post as OK, HARASSMENT, HATE, SPAM, SCAM, SELF_HARM or ADULT. "
            f"If it is not OK, propose a minimally edited version that would comply, in the post's language.\n\n"
            f"Post ({lang}): {post}",
            f"Marketplace listing review. Does this text break the rules on medical claims, contact details or "
            f'off-platform payment? Return JSON {{"violation": bool, "rule": str, "fixed_text": str}}.\n\n{post}',
            f"Moderator assist: summarise why this post was reported and suggest an action (keep, warn, remove).\n"
            f"Post: {post}",
        ),
    )


# --------------------------------------------------------------------------------------------
# agent and tool-use transcripts

TOOLS = (
    ("search_web", {"query": "string"}),
    ("get_weather", {"city": "string", "date": "YYYY-MM-DD"}),
    ("sql_query", {"sql": "string"}),
    ("read_file", {"path": "string"}),
    ("write_file", {"path": "string", "content": "string"}),
    ("send_email", {"to": "string", "subject": "string", "body": "string"}),
    ("search_flights", {"origin": "IATA", "destination": "IATA", "date": "YYYY-MM-DD"}),
    ("calculator", {"expression": "string"}),
    ("http_get", {"url": "string"}),
    ("create_event", {"title": "string", "start": "ISO time", "end": "ISO time"}),
    ("lookup_order", {"order_id": "string"}),
    ("issue_refund", {"order_id": "string", "amount": "number"}),
)
AIRPORTS = ("LIS", "NRT", "GRU", "JNB", "YVR", "BOM", "CPH", "MEX", "IST", "SIN", "WAW", "NBO")


def agent_task(rng: np.random.Generator, lang: str = "en") -> str:
    c1, c2 = (str(x) for x in rng.choice(AIRPORTS, size=2, replace=False).tolist())
    day = f"2026-0{irange(rng, 2, 4)}-{irange(rng, 10, 28)}"
    name = pick(rng, NAMES)
    order = f"ORD-{irange(rng, 100000, 999999)}"
    if lang == "es":
        return pick(
            rng,
            (
                f"Busca el vuelo más barato de {c1} a {c2} el {day} y envía el itinerario a {name.lower()}@example.com.",
                f"El cliente dice que el pedido {order} llegó roto. Revisa el pedido y reembolsa si procede.",
            ),
        )
    if lang == "zh":
        return pick(
            rng,
            (
                f"查询{pick(rng, CITIES)}在{day}的天气，如果不下雨就创建一个户外团建日程。",
                "统计 orders 表中上个月退款的订单数量，并把结果写入 report.md。",
            ),
        )
    return pick(
        rng,
        (
            f"Find the cheapest flight from {c1} to {c2} on {day} and email the itinerary to {name.lower()}@example.com.",
            "Count how many orders in the `orders` table were refunded last month and write the number to report.md.",
            f"Check the weather in {pick(rng, CITIES)} on {day}; if no rain is expected, create an event 'team picnic'.",
            f"A customer says order {order} arrived damaged. Look it up and refund it if it was delivered in the last "
            "30 days.",
            "Read config/settings.yaml, find every deprecated key listed on https://docs.example.com/deprecations "
            "and write a migration note to MIGRATION.md.",
            f"Work out the total cost of {irange(rng, 3, 40)} licences at the price on https://shop.example.com/pricing "
            f"including {pick(rng, (7, 19, 20, 21))}% VAT, and email the quote to {name.lower()}@example.com.",
        ),
    )


def _fake_observation(rng: np.random.Generator, tool: str) -> str:
    if tool == "search_flights":
        return json.dumps(
            [
                {
                    "flight": f"XX{irange(rng, 100, 999)}",
                    "price": irange(rng, 90, 900),
                    "stops": irange(rng, 0, 2),
                }
                for _ in range(irange(rng, 1, 3))
            ]
        )
    if tool == "sql_query":
        return json.dumps({"rows": [[irange(rng, 0, 500)]], "columns": ["count"]})
    if tool == "get_weather":
        return json.dumps(
            {"precip_mm": round(float(rng.uniform(0, 12)), 1), "temp_c": irange(rng, -3, 31)}
        )
    if tool == "lookup_order":
        return json.dumps(
            {
                "status": pick(rng, ("delivered", "in_transit")),
                "days_ago": irange(rng, 1, 60),
                "total": irange(rng, 15, 400),
            }
        )
    if tool in ("read_file", "http_get", "search_web"):
        return "200 OK\n" + pick(
            rng,
            (
                "timeout: 30\nretries: 3\nlegacy_auth: true",
                "<html>... price: 49 EUR ...",
                "1. Result one ...\n2. Result two ...",
                '{"deprecated": ["legacy_auth"]}',
            ),
        )
    return json.dumps({"ok": True})


def agent_transcript(rng: np.random.Generator, style: str, task: str, steps: int) -> list[str]:
    """The prompts of one episode: the transcript grows by one tool call and result per step."""
    ix = rng.choice(len(TOOLS), size=irange(rng, 3, 6), replace=False).tolist()
    tools = [TOOLS[i] for i in sorted(ix)]
    if style == "react":
        head = (
            "Answer the task using the tools below. Use the format\nThought: ...\nAction: tool[json]\n"
            "Observation: ...\n(repeat) then 'Final Answer: ...'.\n\nTools:\n"
            + "\n".join(f"- {n}({', '.join(f'{k}: {v}' for k, v in a.items())})" for n, a in tools)
            + f"\n\nTask: {task}\n"
        )
    elif style == "functions":
        spec = [
            {
                "name": n,
                "parameters": {
                    "type": "object",
                    "properties": {k: {"type": "string", "description": v} for k, v in a.items()},
                },
            }
            for n, a in tools
        ]
        head = (
            "SYSTEM: You can call functions. Reply with exactly one function call as JSON "
            '{"name": ..., "arguments": {...}} or with the final answer.\nFUNCTIONS: '
            + json.dumps(spec)
            + f"\n\nUSER: {task}\n"
        )
    else:
        head = (
            "<tools>\n"
            + "\n".join(f'<tool name="{n}">{json.dumps(a)}</tool>' for n, a in tools)
            + f"\n</tools>\n<task>{task}</task>\n<trajectory>\n"
        )
    out, hist = [], ""
    for k in range(steps):
        out.append(
            head
            + hist
            + (
                "Thought:"
                if style == "react"
                else ""
                if style == "functions"
                else "</trajectory>\nContinue with the next <call> or a <final> answer."
            )
        )
        name = tools[int(rng.integers(len(tools)))][0]
        obs = _fake_observation(rng, name)
        if style == "react":
            hist += f"Thought: step {k + 1}, I need {name}.\nAction: {name}[{{...}}]\nObservation: {obs}\n"
        elif style == "functions":
            hist += f'ASSISTANT (function_call): {{"name": "{name}"}}\nFUNCTION RESULT: {obs}\n'
        else:
            hist += f'<step><call tool="{name}"/><result>{obs}</result></step>\n'
    return out


def coding_agent_step(rng: np.random.Generator, repo: str, task: str, k: int) -> str:
    """An IDE coding agent's k-th request on a developer's task (tool output pasted back)."""
    outs = (
        f"$ pytest -q\n{irange(rng, 1, 9)} failed, {irange(rng, 20, 300)} passed",
        f'$ grep -rn "{pick(rng, ("TODO", "deprecated", "retry", "timeout"))}" src/\nsrc/app/client.py:'
        f"{irange(rng, 10, 400)}: ...",
        f"--- a/src/{pick(rng, ('api', 'core', 'utils'))}.py\n+++ b/...\n@@ -{irange(rng, 1, 300)} +1 @@",
        "$ npm run build\nerror TS2339: Property 'data' does not exist on type 'Response'",
        f"$ cargo test\ntest result: FAILED. {irange(rng, 1, 5)} failed",
    )
    return (
        f"[agent] repo: {repo}  step {k}\nTask from developer:\n{task}\n\nLast tool output:\n{pick(rng, outs)}\n\n"
        "Decide the next tool call (read_file, edit_file, run_tests, grep) or finish."
    )


# --------------------------------------------------------------------------------------------
# synthetic datasets, augmentation and curricula

TAXONOMY = (
    (
        "personal finance",
        ("budgeting", "credit scores", "index funds", "tax brackets", "emergency funds"),
    ),
    (
        "cooking",
        ("fermentation", "knife skills", "sous vide", "baking ratios", "food safety temperatures"),
    ),
    ("python programming", ("generators", "decorators", "asyncio", "type hints", "packaging")),
    (
        "world history",
        (
            "the silk road",
            "the printing press",
            "decolonisation",
            "the cold war",
            "the hanseatic league",
        ),
    ),
    (
        "biology",
        ("CRISPR", "the immune system", "photosynthesis", "mitochondria", "evolution of eyes"),
    ),
    (
        "customer support",
        ("refund requests", "angry customers", "shipping delays", "account lockouts"),
    ),
    (
        "law basics",
        ("tenancy rights", "employment contracts", "small claims", "copyright fair use"),
    ),
    ("travel", ("visa applications", "budget backpacking", "jet lag", "travel insurance")),
    ("mental health", ("sleep hygiene", "burnout", "exam anxiety", "grief")),
    ("mathematics", ("probability", "linear algebra", "number theory", "calculus limits")),
    (
        "chemistry",
        ("acid-base titration", "organic reaction mechanisms", "electrochemistry", "polymers"),
    ),
    ("medicine", ("hypertension", "antibiotic resistance", "type 2 diabetes", "vaccines")),
)
EVOL = (
    "adding two explicit constraints",
    "requiring several reasoning steps",
    "replacing general concepts with more specific ones",
    "asking for a comparison with an alternative approach",
    "adding a realistic edge case",
)
PERSONAS = (
    "a retired teacher",
    "a nervous first-year student",
    "a busy nurse",
    "a teenage gamer",
    "a small-business owner",
    "a software engineer",
    "a non-native speaker",
    "a sceptical journalist",
)


def dataset_prompt(rng: np.random.Generator, style: str, lang: str, chat: list[str]) -> str:
    dom, subs = TAXONOMY[int(rng.integers(len(TAXONOMY)))]
    sub = pick(rng, subs)
    n = pick(rng, (5, 8, 10, 12, 15, 20))
    if lang == "es":
        return (
            f"Genera {n} pares de pregunta y respuesta variados sobre {sub} ({dom}) en español. Formato JSON "
            'Lines con los campos "pregunta" y "respuesta". Las respuestas deben ser completas y correctas.'
        )
    if lang == "pt":
        return (
            f"Gere {n} exemplos de instrução e resposta sobre {sub} ({dom}), em português, no formato JSONL "
            '(campos "instrucao" e "resposta"). Respostas detalhadas.'
        )
    if lang == "id":
        return (
            f"Buatlah {n} pasangan instruksi dan jawaban yang beragam tentang {sub} ({dom}) dalam bahasa "
            "Indonesia. Format JSONL dengan kolom instruksi dan jawaban. Jawaban harus lengkap."
        )
    if lang == "hi":
        return f"{sub} ({dom}) के बारे में {n} विविध प्रश्न और उनके विस्तृत उत्तर हिंदी में JSONL प्रारूप में लिखें।"
    if style == "jsonl":
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {sub} ({dom}). Mix "
            "question answering, rewriting, brainstorming and classification. Output JSON Lines "
            '{"instruction": ..., "input": ..., "output": ...}. Outputs must be detailed and correct.'
        )
    if style == "seeded":
        seeds = [clip_text(rng, pick(rng, chat), 20, 160) for _ in range(3)]
        return (
            "We are building a training set. Example tasks:\n"
            + "\n".join(f"{i + 1}. {s}" for i, s in enumerate(seeds))
            + f"\nWrite {n} new tasks that differ in form and topic from the examples, each followed by a "
            "complete, high-quality answer."
        )
    if style == "evolve":
        return (
            f"Make the instruction below harder by {pick(rng, EVOL)}, without making it unreasonable. Then "
            f"answer the new instruction in full.\n\n#Instruction#\n{clip_text(rng, pick(rng, chat), 20, 600)}"
        )
    ps = [str(x) for x in rng.choice(PERSONAS, size=3, replace=False).tolist()]
    return (
        f"Imagine {', '.join(ps)} each asking an AI assistant about {sub}. For each, write their question in "
        "their own voice, then the ideal assistant answer (at least 150 words)."
    )


INTENTS = (
    "cancel a subscription",
    "change a delivery address",
    "report a lost card",
    "ask for an invoice",
    "reset a password",
    "book a table for tonight",
    "complain about a late order",
    "upgrade a plan",
    "ask about opening hours",
    "dispute a charge",
)
BUSINESSES = (
    "bank",
    "food delivery app",
    "gym chain",
    "telecom operator",
    "online bookshop",
    "airline",
    "dental clinic",
    "car rental company",
)


def augmentation_prompt(rng: np.random.Generator, lang: str) -> str:
    intent, biz = pick(rng, INTENTS), pick(rng, BUSINESSES)
    n = pick(rng, (20, 25, 30, 40))
    return pick(
        rng,
        (
            f"Generate {n} different ways a customer of a {biz} might say they want to {intent}. Vary politeness, "
            f"length, typos and slang. Language: {lang}. One per line, no numbering.",
            f"Paraphrase this utterance {n // 2} times for an intent classifier (label: {intent.replace(' ', '_')}), "
            f'language {lang}: "hi, I need to {intent} please"',
            f"Write {n} short messages that look similar to '{intent}' but actually mean something else (hard "
            f"negatives for our {biz} intent model). Language: {lang}.",
        ),
    )


CURRICULUM = (
    (
        "Mathematics",
        (
            "counting to 100",
            "place value",
            "addition with regrouping",
            "multiplication tables",
            "fractions",
            "decimals",
            "ratios",
            "negative numbers",
            "linear equations",
            "systems of equations",
            "quadratics",
            "trigonometric ratios",
            "exponentials",
            "derivatives",
            "integrals",
        ),
    ),
    (
        "Science",
        (
            "living and non-living things",
            "states of matter",
            "simple machines",
            "food chains",
            "photosynthesis",
            "forces and motion",
            "cells",
            "atoms and elements",
            "chemical reactions",
            "electric circuits",
            "genetics",
            "waves",
            "thermodynamics",
        ),
    ),
    (
        "Computer science",
        (
            "sequences of instructions",
            "variables",
            "loops",
            "conditionals",
            "functions",
            "lists",
            "recursion",
            "sorting algorithms",
            "hash tables",
            "graphs",
            "dynamic programming",
        ),
    ),
    (
        "Economics",
        (
            "needs and wants",
            "money",
            "supply and demand",
            "opportunity cost",
            "inflation",
            "elasticity",
            "market failure",
            "monetary policy",
        ),
    ),
)


def curriculum_item(
    rng: np.random.Generator, style: str, lang: str, subject: int, level: int, item: int
) -> str:
    name, skills = CURRICULUM[subject]
    skill = skills[min(len(skills) - 1, (level - 1) * len(skills) // 12)]
    k = irange(rng, 3, 6)
    diff = min(10, 1 + level * 9 // 12 + irange(rng, 0, 1))
    if lang == "es":
        return (
            f"Nivel {level}/12 · {name} · {skill} · ítem {item:04d}\nExplica el concepto, resuelve un ejemplo "
            f"paso a paso justificando cada paso y propone {k} ejercicios de dificultad creciente con "
            "soluciones detalladas."
        )
    if lang == "fr":
        return (
            f"Niveau {level}/12 – {name} – {skill} – item {item:04d}\nRédige une explication, un exemple "
            f"corrigé pas à pas et {k} exercices de difficulté croissante avec corrigés détaillés."
        )
    if style == "bracket":
        return (
            f"[{name} | level {level}/12 | skill: {skill} | item {item:04d}]\nWrite a lesson segment for this "
            f"level: a short explanation, one fully worked example with every step justified, and {k} practice "
            "problems of increasing difficulty with step-by-step solutions."
        )
    return (
        f"Curriculum generation task {subject}-{level:02d}-{item:04d}. Learner age: {5 + level}. "
        f"Concept: {skill} ({name}). Difficulty: {diff}/10.\nProduce: (1) an explanation pitched at this age, "
        f"(2) {k} problems, (3) a complete reasoning trace for each solution, (4) the most common misconception."
    )


def tutor_turn(rng: np.random.Generator, tutor: str, grade: int) -> str:
    msg = pick(
        rng,
        (
            f"i dont get this one: {word_problem(rng, 'en')}",
            f"can u check my answer? {word_problem(rng, 'en')} i got {irange(rng, 2, 500)}",
            "why do we flip the fraction when dividing",
            f"whats the difference between {pick(rng, ('mass', 'area', 'speed', 'a factor'))} and "
            f"{pick(rng, ('weight', 'perimeter', 'velocity', 'a multiple'))}",
            f"help with my homework on {pick(rng, ('photosynthesis', 'the water cycle', 'volcanoes', 'fractions'))}",
            "ok i think i get it now. can you give me another one",
            "is it 12?",
        ),
    )
    return (
        f"You are {tutor}, a patient tutor for a grade {grade} student. Do not give final answers directly; "
        f"guide with questions and hints, and praise effort.\n\nStudent: {msg}"
    )


# --------------------------------------------------------------------------------------------
# translation

TARGETS = (
    "German",
    "French",
    "Spanish",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Simplified Chinese",
    "Arabic",
    "Hindi",
    "Indonesian",
    "Turkish",
    "Vietnamese",
    "Polish",
    "Italian",
    "Thai",
    "Ukrainian",
)
TARGETS_ZH = {
    "German": "德语",
    "French": "法语",
    "Spanish": "西班牙语",
    "Japanese": "日语",
    "Korean": "韩语",
    "Arabic": "阿拉伯语",
    "Thai": "泰语",
    "Vietnamese": "越南语",
}


def translate_prompt(rng: np.random.Generator, style: str, text: str, target: str) -> str:
    if style == "zh" and target in TARGETS_ZH:
        return f"把下面的内容翻译成{TARGETS_ZH[target]}，保持格式，只输出译文：\n\n{text}"
    if style == "plain":
        return (
            f"Translate the following text into {target}. Preserve formatting, lists and code blocks. Output "
            f"only the translation.\n\n{text}"
        )
    if style == "quoted":
        return f'{target} translation, faithful and fluent, no commentary:\n"""\n{text}\n"""'
    return f"You are a professional translator.\nSource language: English\nTarget language: {target}\nText:\n{text}"


LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "nl-NL",
    "pl-PL",
    "sv-SE",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "tr-TR",
)
UI_STRINGS = (
    "Your order has shipped",
    "Tap to retry",
    "Free returns within {days} days",
    "We could not verify your card",
    "Invite {name} to your workspace",
    "Storage almost full",
    "Your trial ends tomorrow",
    "Add to wishlist",
    "Download the invoice (PDF)",
    "This field is required",
    "Update available: restart to install",
    "Delivery slot confirmed",
)


def agency_segment(rng: np.random.Generator, client: str, locale: str, chat: list[str]) -> str:
    seg = pick(rng, UI_STRINGS) if chance(rng, 0.6) else clip_text(rng, pick(rng, chat), 20, 260)
    term = pick(rng, ("workspace", "wishlist", "trial", "checkout", "voucher", "dashboard"))
    return (
        f"Translate the segment from English into {locale}. Client: {client}. Glossary: '{term}' must stay "
        f"consistent with the client termbase; keep tags like <b> and placeholders like {{name}} untouched.\n"
        f"Segment: {seg}"
    )


# --------------------------------------------------------------------------------------------
# sampling many answers to one prompt (soft labels, best-of-n)

WORDS = (
    ("candid", "frank", "hidden", "brittle", "sweet"),
    ("meagre", "scant", "lavish", "hostile", "cheerful"),
    ("lucid", "clear", "murky", "tiny", "loud"),
    ("ardent", "passionate", "lazy", "square", "costly"),
    ("terse", "brief", "wordy", "round", "noisy"),
    ("placid", "calm", "violent", "bitter", "fast"),
)


def soft_label_prompt(rng: np.random.Generator, style: str, chat: list[str]) -> tuple[str, float]:
    """A prompt and its usual completion length; the caller sends it several times."""
    if style == "mcq":
        if chance(rng, 0.5):
            a, b = irange(rng, 12, 99), irange(rng, 12, 99)
            right = a * b
            opts = [right, right + irange(rng, 1, 9) * 10, right - irange(rng, 1, 9), right + a]
            q = f"What is {a} x {b}?"
        else:
            row = WORDS[int(rng.integers(len(WORDS)))]
            opts = list(row[1:])
            q = f"Which word is closest in meaning to '{row[0]}'?"
        order = rng.permutation(4).tolist()
        lines = "\n".join(f"({'ABCD'[i]}) {opts[j]}" for i, j in enumerate(order))
        return f"{q}\n{lines}\nAnswer with a single letter.", 2.0
    if style == "label":
        text = clip_text(rng, pick(rng, chat), 20, 400)
        return (
            f"Classify the sentiment of this message as positive, negative, neutral or mixed. Reply with the "
            f"label only.\n\nMessage: {text}"
        ), 3.0
    if style == "creative":
        form = pick(
            rng,
            (
                "a haiku",
                "a limerick",
                "a two-sentence horror story",
                "a product tagline",
                "a motivational tweet",
                "an opening line for a novel",
            ),
        )
        subj = pick(
            rng,
            (
                "a lighthouse keeper",
                "Monday mornings",
                "a lost umbrella",
                "quantum computers",
                "grandma's kitchen",
                "a city after rain",
                "the last bus home",
                "a stubborn cat",
            ),
        )
        tongue = pick(
            rng,
            ("", "", "", " Write it in Spanish.", " Write it in Japanese.", " Write it in German."),
        )
        return f"Write {form} about {subj}.{tongue}", 60.0
    return clip_text(rng, pick(rng, chat), 15, 500), 320.0


SURVEY = (
    (
        "How much do you trust scientists to act in the public interest?",
        ("A great deal", "A fair amount", "Not too much", "Not at all"),
    ),
    (
        "Should a city prioritise bike lanes over car parking?",
        ("Strongly agree", "Agree", "Disagree", "Strongly disagree"),
    ),
    (
        "Is it acceptable to tell a white lie to spare a friend's feelings?",
        ("Always", "Sometimes", "Rarely", "Never"),
    ),
    ("How important is religion in your life?", ("Very", "Somewhat", "Not too", "Not at all")),
    ("Would you accept a 10% pay cut for a four-day week?", ("Yes", "No", "Unsure")),
    ("Should voting be compulsory?", ("Yes", "No", "Depends")),
    (
        "Which matters more for a good life: freedom or security?",
        ("Freedom", "Security", "Both equally"),
    ),
    (
        "Do you think the next generation will be better off than yours?",
        ("Better", "Worse", "The same"),
    ),
)
OCCUPATIONS = (
    "nurse",
    "farmer",
    "software developer",
    "retired miner",
    "student",
    "shop owner",
    "teacher",
    "taxi driver",
)


def survey_item(rng: np.random.Generator, item: int, persona: bool) -> str:
    q, opts = SURVEY[item % len(SURVEY)]
    who = ""
    if persona:
        who = (
            f"Answer as a {irange(rng, 19, 78)}-year-old {pick(rng, OCCUPATIONS)} living in "
            f"{pick(rng, COUNTRIES)}. "
        )
    return f"Survey item Q{item:02d}. {who}{q}\nOptions: {' / '.join(opts)}.\nAnswer with one option only."


# --------------------------------------------------------------------------------------------
# code harvests and genuine coding products

PROBLEMS = (
    "Given an array of {n} integers, find the length of the longest subarray whose sum is divisible by {k}.",
    "Given a grid of {n}x{n} cells with obstacles, count the paths from the top-left to the bottom-right "
    "moving only right or down, modulo 10^9+7.",
    "Given {n} intervals, merge all overlapping intervals and return the minimum number of meeting rooms needed.",
    "Design a data structure supporting insert, delete and getRandom in O(1) average time.",
    "Given a string of length up to {n}, return the longest palindromic substring.",
    "Given a weighted directed graph with {n} nodes, find the shortest path from node 0 to every node, where "
    "at most {k} edges may be used.",
    "Implement an LRU cache with capacity {k} supporting get and put in O(1).",
    "Given {n} coins of different denominations and a target {k}, return the number of combinations that make "
    "the target.",
    "Given a binary tree with up to {n} nodes, return the maximum path sum between any two nodes.",
    "Given a list of {n} words, group the anagrams together and return the groups sorted by size.",
    "Find the k-th smallest element (k = {k}) in the union of two sorted arrays of length {n} in O(log n).",
    "Given a string s and a dictionary of {k} words, return all ways to segment s into dictionary words.",
    "Implement a rate limiter that allows at most {k} requests per sliding window of {n} milliseconds.",
    "Serialise and deserialise an N-ary tree with up to {n} nodes without using recursion.",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin")


def code_problem(rng: np.random.Generator, lang: str) -> str:
    p = pick(rng, PROBLEMS).format(
        n=pick(rng, (10**3, 10**4, 10**5, 2 * 10**5)), k=irange(rng, 3, 50)
    )
    return pick(
        rng,
        (
            f"{p}\nWrite an optimal solution in {lang}. Explain your reasoning step by step first, state the time and "
            "space complexity, and include unit tests covering edge cases.",
            f"Solve in {lang}: {p} Walk me through how you'd think about it, including approaches you reject and why.",
            f"{p}\nI need production-quality {lang} code with comments, plus a proof sketch that it is correct.",
        ),
    )


def product_wrap(rng: np.random.Generator, header: str, question: str, lang: str) -> str:
    ext = {
        "Python": "py",
        "TypeScript": "ts",
        "Go": "go",
        "Rust": "rs",
        "Java": "java",
        "C++": "cpp",
        "Kotlin": "kt",
    }[lang]
    path = f"{pick(rng, ('src', 'app', 'lib', 'pkg', 'solutions'))}/{pick(rng, ('main', 'utils', 'solution', 'handler', 'core'))}.{ext}"
    return f"{header}\nLanguage: {lang}\nOpen file: {path}\n### User\n{question}"


# --------------------------------------------------------------------------------------------
# domain questions in people's voices (crowds, aged accounts, course cohorts)

DOMAINS = (
    (
        "medicine",
        (
            "beta blockers",
            "ACE inhibitors",
            "insulin resistance",
            "sepsis",
            "atrial fibrillation",
            "the Glasgow coma scale",
            "statins",
            "anaphylaxis",
        ),
    ),
    (
        "law",
        (
            "adverse possession",
            "force majeure",
            "habeas corpus",
            "joint and several liability",
            "estoppel",
            "GDPR legitimate interest",
            "non-compete clauses",
        ),
    ),
    (
        "finance",
        (
            "duration of a bond",
            "the Sharpe ratio",
            "EBITDA",
            "options greeks",
            "dollar-cost averaging",
            "a yield curve inversion",
            "working capital",
        ),
    ),
    (
        "chemistry",
        (
            "Le Chatelier's principle",
            "SN1 vs SN2 reactions",
            "buffer solutions",
            "chirality",
            "activation energy",
            "electronegativity",
        ),
    ),
    (
        "computing",
        (
            "Big-O notation",
            "database indexes",
            "TCP handshakes",
            "garbage collection",
            "public-key crypto",
            "race conditions",
            "Kubernetes pods",
        ),
    ),
    (
        "physics",
        (
            "entropy",
            "the photoelectric effect",
            "special relativity",
            "angular momentum",
            "quantum tunnelling",
            "Bernoulli's principle",
        ),
    ),
    (
        "economics",
        (
            "comparative advantage",
            "quantitative easing",
            "moral hazard",
            "price elasticity",
            "the tragedy of the commons",
        ),
    ),
    (
        "psychology",
        (
            "cognitive dissonance",
            "the bystander effect",
            "attachment styles",
            "confirmation bias",
            "operant conditioning",
        ),
    ),
)
EXAMS = (
    "my finals",
    "the bar exam",
    "the CFA level 1",
    "my nursing boards",
    "an interview",
    "my A levels",
    "USMLE",
)


def domain_question(rng: np.random.Generator, lang: str, voice: str) -> str:
    dom, concepts = DOMAINS[int(rng.integers(len(DOMAINS)))]
    c = pick(rng, concepts)
    c2 = pick(rng, concepts)
    if lang == "es":
        s = pick(
            rng,
            (
                f"¿Me puedes explicar {c} de forma sencilla? Lo necesito para un examen.",
                f"Qué diferencia hay entre {c} y {c2}? con ejemplos porfa",
                f"Estoy estudiando {dom} y no entiendo bien {c}. Explícamelo paso a paso.",
            ),
        )
    elif lang == "pt":
        s = pick(
            rng,
            (
                f"Pode me explicar {c} de um jeito simples?",
                f"qual a diferença entre {c} e {c2}?",
                f"Tô estudando {dom} e travei em {c}, me explica com um exemplo?",
            ),
        )
    elif lang == "de":
        s = pick(
            rng,
            (
                f"Kannst du mir {c} einfach erklären?",
                f"Was ist der Unterschied zwischen {c} und {c2}?",
                f"Ich lerne gerade für eine Prüfung in {dom}. Wie funktioniert {c} genau?",
            ),
        )
    elif lang == "fr":
        s = pick(
            rng,
            (
                f"Tu peux m'expliquer {c} simplement ?",
                f"quelle est la différence entre {c} et {c2} ?",
                f"Je révise {dom} et je bloque sur {c}. Tu peux détailler avec un exemple ?",
            ),
        )
    elif lang == "ja":
        s = pick(
            rng,
            (
                f"{c}について、わかりやすく説明してください。",
                f"{c}と{c2}の違いを例を使って教えてください。",
                f"試験勉強中です。{c}の仕組みを順を追って説明してもらえますか？",
            ),
        )
    elif lang == "zh":
        s = pick(
            rng,
            (
                f"能简单解释一下{c}吗？",
                f"{c}和{c2}有什么区别？请举例说明。",
                f"我在复习{dom}，{c}一直没弄懂，能一步步讲讲吗？",
            ),
        )
    elif lang == "ru":
        s = pick(
            rng,
            (
                f"Объясни простыми словами, что такое {c}.",
                f"В чём разница между {c} и {c2}?",
                f"Готовлюсь к экзамену по {dom}, не понимаю {c}. Объясни по шагам?",
            ),
        )
    elif lang == "id":
        s = pick(rng, (f"Tolong jelaskan {c} dengan sederhana.", f"apa bedanya {c} dan {c2}?"))
    elif voice == "student":
        s = pick(
            rng,
            (
                f"hey so i'm studying for {pick(rng, EXAMS)} and i still don't get {c}. can you explain it "
                "simply?",
                f"ok dumb question but what actually is {c}",
                f"explain {c} like im 15 pls",
                f"my professor explained {c} in 5 minutes and i'm lost. what's the intuition?",
            ),
        )
    elif voice == "pro":
        s = pick(
            rng,
            (
                f"As a {pick(rng, OCCUPATIONS)}, I need a precise explanation of {c}, including edge cases "
                "and where people usually go wrong.",
                f"What are the practical implications of {c} in {dom}? Please be rigorous.",
                f"Compare {c} with {c2}: assumptions, limits, and when each applies.",
            ),
        )
    elif voice == "terse":
        s = pick(rng, (f"{c} vs {c2}", f"{c} explained", f"{c} example", f"how does {c} work"))
    else:
        s = pick(
            rng,
            (
                f"What is {c}?",
                f"Can you explain {c} and give a real-world example?",
                f"Why does {c} matter in {dom}?",
                f"What's a common misconception about {c}?",
            ),
        )
    return humanise(rng, s, 0.35 if voice in ("student", "terse") else 0.1)


FOLLOWUPS = (
    "can you go into more detail on the second point?",
    "ok now make it shorter",
    "give me a concrete example",
    "what would be the downsides of that?",
    "explain it like I'm 12",
    "can you put that in a table",
    "thanks! how would this work in practice?",
    "rewrite that in a more formal tone",
    "are you sure? double check",
    "continue",
    "now do the same in python",
    "what's the most common mistake people make here?",
    "summarise that in 3 bullet points",
    "why?",
    "and what if it's the other way round?",
    "can you give me a step by step plan",
    "what would you recommend for a beginner",
    "hmm that's not quite what I meant. I meant for a small team",
    "add some sources I could read",
    "make it sound less like AI",
    "ok and the next step?",
    "can you expand the last paragraph",
    "write it as an email to my manager",
    "what are the alternatives?",
    "translate that to spanish",
    "great, now a version for kids",
    "is there a faster way?",
    "can you explain the reasoning behind each step?",
    "and how do I test that?",
    "give me 5 more ideas like that",
)


def followup(rng: np.random.Generator) -> str:
    return humanise(rng, pick(rng, FOLLOWUPS), 0.4)


ASSIGNMENTS = (
    "Explain the difference between a process and a thread, and give one situation where you would prefer each.",
    "Write a Python function that returns the n-th Fibonacci number using memoisation, and explain its complexity.",
    "Discuss two causes and two consequences of the 2008 financial crisis (300 words).",
    "What is the difference between correlation and causation? Give an example from public health.",
    "Normalise the following relation to 3NF: Orders(order_id, customer_name, customer_email, product, price).",
    "Describe the role of the hippocampus in memory formation.",
    "Explain why the sample mean is an unbiased estimator of the population mean.",
    "Write SQL to find the top 3 customers by total spend in each country.",
    "Summarise the main argument of Hardin's 'The Tragedy of the Commons' and one criticism of it.",
    "Prove that the square root of 2 is irrational.",
    "What is overfitting, and name three ways to reduce it?",
    "Compare TCP and UDP and give one application suited to each.",
)


def assignment_prompt(rng: np.random.Generator, course: str) -> str:
    a = pick(rng, ASSIGNMENTS)
    s = pick(
        rng,
        (
            a,
            f"For my {course} homework: {a}",
            f"{a} Please explain so I understand it, not just the answer.",
            f"question {irange(rng, 1, 8)} of the problem set: {a}",
            f"can you help me with this? {a}",
        ),
    )
    return humanise(rng, s, 0.3)


# --------------------------------------------------------------------------------------------
# an agency's client work

AGENCY_TASKS = (
    "Write a {n}-word blog post for {biz} in {city} about {topic}. SEO keyword: '{kw}'.",
    "Draft three Facebook ad variants for {biz}'s {offer}. Max 125 characters each.",
    'Reply politely to this customer review of {biz}: "{review}"',
    "Write a product description for {biz}'s new {product}, friendly tone, 80 words.",
    "Create a 4-email welcome sequence for new subscribers of {biz}. Subject lines included.",
    "Turn these notes into a LinkedIn post for {biz}: {notes}",
    "Suggest 10 Instagram captions for {biz} this week ({topic}).",
)
BIZ = (
    "a bakery",
    "a dental practice",
    "a yoga studio",
    "a plumbing company",
    "a boutique hotel",
    "a bike shop",
    "an accounting firm",
    "a pet groomer",
    "a language school",
    "a roofing contractor",
)


def agency_task(rng: np.random.Generator, client: str, chat: list[str]) -> str:
    if chance(rng, 0.2):
        return f"{clip_text(rng, pick(rng, chat), 20, 600)}"
    return pick(rng, AGENCY_TASKS).format(
        n=pick(rng, (400, 600, 800, 1200)),
        biz=client,
        city=pick(rng, CITIES),
        topic=pick(
            rng,
            ("spring offers", "how to choose a provider", "local events", "common mistakes", "FAQ"),
        ),
        kw=pick(rng, ("near me", "best price", "same day", "family friendly", "open sunday")),
        offer=pick(
            rng, ("20% off first visit", "free consultation", "loyalty card", "gift vouchers")
        ),
        review=humanise(
            rng,
            pick(
                rng,
                (
                    "waited 40 minutes, staff were nice though.",
                    "best in town, will come back!",
                    "overpriced and the booking system is a mess.",
                    "ok but nothing special.",
                ),
            ),
        ),
        product=pick(rng, ("seasonal menu", "membership plan", "service package", "online course")),
        notes=clip_text(rng, pick(rng, chat), 20, 300),
    )


def casual_reasoning(rng: np.random.Generator, chat: list[str]) -> str:
    """A reasoning-trace request phrased the way a person would type it."""
    q = word_problem(rng, "en") if chance(rng, 0.6) else logic_puzzle(rng)
    s = pick(
        rng,
        (
            f"can you solve this and show all your working, every single step please: {q}",
            f"{q}\nexplain your thinking step by step, I want to understand how you got there",
            f"{q} (walk me through it, don't skip steps)",
            f"stuck on this: {q} can you think it through out loud?",
            f"{q}\nPlease reason carefully before answering and show the reasoning.",
        ),
    )
    return humanise(rng, s, 0.3)


def practice_set(rng: np.random.Generator, grade: int) -> str:
    """A tutoring product's nightly content preparation."""
    skill = pick(
        rng,
        (
            "adding fractions",
            "long division",
            "area of triangles",
            "percentages",
            "reading graphs",
            "simple equations",
            "the water cycle",
            "parts of a plant",
            "past tense verbs",
        ),
    )
    k = pick(rng, (5, 6, 8, 10))
    return (
        f"Create {k} practice problems on {skill} for grade {grade} students. For each: the problem, one "
        "hint, and a worked solution a child can follow. Return JSON."
    )

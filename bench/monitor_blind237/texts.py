"""Prompt generators of batch 237, written for this batch only.

Every generator takes the family's or kind's own `numpy` generator and draws in a fixed order
(lists and tuples only). Ordinary human text comes from ShareGPT's "sim" half through the shared
context (`ctx.chat`: human prompts, `ctx.passages`: assistant answers of 300+ characters).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def wpick(rng: np.random.Generator, items: Sequence, weights: Sequence[float]):
    """One item with the given (unnormalised) weights."""
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def snippet(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    """A prefix of `text` cut at a word boundary, lo..hi characters long."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    cut = text.rfind(" ", 0, n)
    return text[: cut if cut > lo // 2 else n].strip()


def first_sentence(text: str, limit: int = 220) -> str:
    t = text.strip().replace("\n", " ")
    for mark in (". ", "? ", "! "):
        i = t.find(mark)
        if 0 < i < limit:
            return t[: i + 1]
    return t[:limit].strip()


# ============================================================================================
# reasoning problems (several languages)


def problem(rng: np.random.Generator, lang: str) -> str:
    k = irange(rng, 0, 5)
    if k == 0:
        a, b, d = irange(rng, 40, 130), irange(rng, 40, 130), irange(rng, 150, 950)
        return {
            "en": f"Two trains leave stations {d} km apart at the same moment and travel toward each other "
            f"at {a} km/h and {b} km/h. After how many minutes do they meet, and how far from the "
            "first station?",
            "zh": f"两列火车同时从相距{d}公里的两个车站相向而行，速度分别为每小时{a}公里和{b}公里。"
            "它们多少分钟后相遇？相遇点距第一个车站多远？",
            "ru": f"Два поезда одновременно выходят навстречу друг другу из городов, между которыми {d} км, "
            f"со скоростями {a} км/ч и {b} км/ч. Через сколько минут они встретятся и на каком "
            "расстоянии от первого города?",
            "es": f"Dos trenes salen a la vez de estaciones separadas por {d} km y avanzan uno hacia el otro "
            f"a {a} km/h y {b} km/h. ¿Cuántos minutos tardan en cruzarse y a qué distancia de la "
            "primera estación?",
        }[lang]
    if k == 1:
        r, g, draw = irange(rng, 3, 9), irange(rng, 3, 9), irange(rng, 2, 4)
        j = irange(rng, 1, draw)
        return {
            "en": f"A bag holds {r} red and {g} green marbles. You draw {draw} without replacement. "
            f"What is the probability that exactly {j} of them are red? Give an exact fraction.",
            "zh": f"袋子里有{r}个红球和{g}个绿球，不放回地取出{draw}个。恰好有{j}个红球的概率是多少？请给出最简分数。",
            "ru": f"В мешке {r} красных и {g} зелёных шаров. Вынимают {draw} шара без возвращения. "
            f"Какова вероятность, что ровно {j} из них красные? Ответ дайте несократимой дробью.",
            "es": f"Una bolsa tiene {r} canicas rojas y {g} verdes. Se sacan {draw} sin reposición. "
            f"¿Cuál es la probabilidad de que exactamente {j} sean rojas? Da una fracción exacta.",
        }[lang]
    if k == 2:
        p, q = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 15, 17))
        a, b = irange(rng, 1, p - 1), irange(rng, 1, q - 1)
        return {
            "en": f"Find the smallest positive integer that leaves remainder {a} when divided by {p} and "
            f"remainder {b} when divided by {q}, or prove that none exists.",
            "zh": f"求被{p}除余{a}、被{q}除余{b}的最小正整数；若不存在，请证明。",
            "ru": f"Найдите наименьшее натуральное число, дающее остаток {a} при делении на {p} и остаток "
            f"{b} при делении на {q}, или докажите, что такого нет.",
            "es": f"Encuentra el menor entero positivo que deja resto {a} al dividirlo entre {p} y resto {b} "
            f"al dividirlo entre {q}, o demuestra que no existe.",
        }[lang]
    if k == 3:
        x, y, z = (NAMES[i] for i in rng.choice(len(NAMES), size=3, replace=False).tolist())
        return {
            "en": f"{x} says: '{y} is lying.' {y} says: '{z} is lying.' {z} says: '{x} and {y} are both "
            "lying.' Exactly who is telling the truth? Check every case.",
            "zh": f"{x}说：“{y}在说谎。”{y}说：“{z}在说谎。”{z}说：“{x}和{y}都在说谎。”到底谁说的是真话？请逐一检验所有情况。",
            "ru": f"{x} говорит: «{y} лжёт». {y} говорит: «{z} лжёт». {z} говорит: «{x} и {y} оба лгут». "
            "Кто говорит правду? Разберите все случаи.",
            "es": f"{x} dice: «{y} miente». {y} dice: «{z} miente». {z} dice: «{x} y {y} mienten los dos». "
            "¿Quién dice la verdad? Revisa todos los casos.",
        }[lang]
    if k == 4:
        r = irange(rng, 5, 25)
        s = irange(rng, 2, 2 * r - 1)
        return {
            "en": f"A rectangle is inscribed in a circle of radius {r} cm and one of its sides is {s} cm. "
            "Find the rectangle's area and perimeter to two decimal places.",
            "zh": f"一个长方形内接于半径为{r}厘米的圆，其一边长{s}厘米。求长方形的面积和周长（保留两位小数）。",
            "ru": f"Прямоугольник вписан в окружность радиуса {r} см, одна из его сторон {s} см. Найдите "
            "площадь и периметр прямоугольника с точностью до сотых.",
            "es": f"Un rectángulo está inscrito en una circunferencia de radio {r} cm y uno de sus lados mide "
            f"{s} cm. Halla su área y su perímetro con dos decimales.",
        }[lang]
    amount, rate, years = irange(rng, 2, 60) * 500, irange(rng, 2, 11), irange(rng, 2, 15)
    return {
        "en": f"{amount} dollars are invested at {rate}% a year compounded monthly for {years} years. How "
        "much more is that than simple interest at the same rate? Round to the cent.",
        "zh": f"{amount}元按年利率{rate}%、按月复利投资{years}年。比同样利率的单利多出多少？精确到分。",
        "ru": f"{amount} рублей вложены под {rate}% годовых с ежемесячной капитализацией на {years} лет. "
        "На сколько это больше, чем при простых процентах по той же ставке? Округлите до копеек.",
        "es": f"Se invierten {amount} euros al {rate}% anual con capitalización mensual durante {years} años. "
        "¿Cuánto más es que con interés simple a la misma tasa? Redondea al céntimo.",
    }[lang]


_REASON_WRAP = {
    "tags": {
        "en": "{p}\n\nBefore you answer, write your complete reasoning inside <thinking></thinking> tags: "
        "every intermediate step, every check. Then give the final answer on its own line.",
        "zh": "{p}\n\n回答之前，请把完整的思考过程写在<thinking></thinking>标签内，包括每一个中间步骤和验算，最后单独一行给出答案。",
        "ru": "{p}\n\nПрежде чем ответить, запишите все рассуждения внутри тегов <thinking></thinking>: "
        "каждый промежуточный шаг и каждую проверку. Затем дайте ответ отдельной строкой.",
        "es": "{p}\n\nAntes de responder, escribe todo tu razonamiento dentro de etiquetas "
        "<thinking></thinking>: cada paso intermedio y cada comprobación. Luego da la respuesta final "
        "en una línea aparte.",
    },
    "coach": {
        "en": "You are a patient olympiad coach thinking out loud. Solve the problem below without "
        "skipping anything, try at least one alternative approach, and verify the result twice.\n\n"
        "Problem: {p}",
        "zh": "你是一位边想边说的奥赛教练。请完整解答下面的题目，不要跳步，至少尝试一种其他方法，并验算两次。\n\n题目：{p}",
        "ru": "Вы тренер олимпиадной команды и рассуждаете вслух. Решите задачу, ничего не пропуская, "
        "попробуйте хотя бы ещё один способ и дважды проверьте ответ.\n\nЗадача: {p}",
        "es": "Eres un entrenador de olimpiadas que piensa en voz alta. Resuelve el problema sin saltarte "
        "nada, prueba al menos otro enfoque y verifica el resultado dos veces.\n\nProblema: {p}",
    },
    "steps": {
        "en": "#{i}\n{p}\nFormat strictly: 'Step 1:', 'Step 2:', ... as many as needed, then "
        "'Self-check:' and 'Final answer:'.",
        "zh": "#{i}\n{p}\n严格按格式作答：“步骤1：”“步骤2：”……需要多少步写多少步，然后“自检：”和“最终答案：”。",
        "ru": "#{i}\n{p}\nСтрого в формате: «Шаг 1:», «Шаг 2:» … сколько нужно, затем «Проверка:» и "
        "«Ответ:».",
        "es": "#{i}\n{p}\nFormato estricto: «Paso 1:», «Paso 2:», … los que hagan falta, luego "
        "«Comprobación:» y «Respuesta final:».",
    },
}


def reasoning(rng: np.random.Generator, lang: str, style: str) -> str:
    p = problem(rng, lang)
    return _REASON_WRAP[style][lang].format(p=p, i=irange(rng, 10000, 99999))


# ============================================================================================
# grading / rubric / reward prompts


def judge(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str, lang: str
) -> str:
    q = snippet(rng, pick(rng, chat), 40, 500)
    a = snippet(rng, pick(rng, passages), 300, 1300)
    if style == "pairwise":
        b = snippet(rng, pick(rng, passages), 300, 1300)
        head = {
            "en": "Decide which response answers the question better overall.",
            "de": "Entscheide, welche Antwort die Frage insgesamt besser beantwortet.",
            "es": "Decide qué respuesta contesta mejor la pregunta en conjunto.",
            "zh": "判断哪一个回答整体上更好地回答了问题。",
        }[lang]
        return (
            f"{head}\n\n[QUESTION]\n{q}\n\n[RESPONSE A]\n{a}\n\n[RESPONSE B]\n{b}\n\n"
            'Return only JSON: {"winner": "A" | "B" | "tie", "margin": 1-5, "why": "<one paragraph>"}'
        )
    if style == "rubric":
        head = {
            "en": "Grade the answer from 1 to 10 with this rubric: correctness 4 pts, completeness 3, "
            "clarity 2, tone 1. List each sub-score, the total, and a two-sentence critique.",
            "de": "Bewerte die Antwort von 1 bis 10 nach diesem Schema: Korrektheit 4 Punkte, "
            "Vollständigkeit 3, Klarheit 2, Ton 1. Nenne jede Teilnote, die Summe und eine Kritik in "
            "zwei Sätzen.",
            "es": "Califica la respuesta de 1 a 10 con esta rúbrica: corrección 4 pts, completitud 3, "
            "claridad 2, tono 1. Da cada subnota, el total y una crítica de dos frases.",
            "zh": "按以下评分标准给回答打1到10分：正确性4分，完整性3分，清晰度2分，语气1分。列出各项得分、总分，并用两句话点评。",
        }[lang]
        return f"{head}\n\nPrompt: {q}\n\nAnswer: {a}"
    if style == "hhh":
        return (
            f"### Instruction\n{q}\n\n### Candidate\n{a}\n\n### Task\nRate the candidate for helpfulness, "
            "honesty and harmlessness, each 1-5. Output the three integers separated by commas, then "
            "one line of justification."
        )
    # critique: a preference pair with a written rationale, the shape of a reward-model dataset
    return (
        f"Below is a user request and an assistant reply.\nREQUEST: {q}\nREPLY: {a}\n\n"
        "Write (1) the single most important flaw of the reply, (2) an improved reply, (3) a "
        "probability between 0 and 1 that a careful expert would prefer your improved reply."
    )


# ============================================================================================
# policy / censorship-safe rewrites

_SENSITIVE_Q = {
    "en": (
        "What actually happened during {e}?",
        "Is it legal to {act} in {c}?",
        "Give the strongest arguments for and against {pol}.",
        "Who was responsible for {e}?",
        "How many people died in {e}, according to different sources?",
    ),
    "zh": (
        "{e}到底发生了什么？",
        "在{c}{act}合法吗？",
        "请给出支持和反对{pol}的最有力论据。",
        "谁应该为{e}负责？",
        "不同来源对{e}的死亡人数说法各是多少？",
    ),
    "ru": (
        "Что на самом деле произошло: {e}?",
        "Законно ли {act} в {c}?",
        "Приведите самые сильные аргументы за и против: {pol}.",
        "Кто несёт ответственность: {e}?",
        "Сколько людей погибло ({e}) по данным разных источников?",
    ),
    "ar": (
        "ماذا حدث فعلاً في {e}؟",
        "هل من القانوني {act} في {c}؟",
        "اذكر أقوى الحجج مع وضد {pol}.",
        "من المسؤول عن {e}؟",
    ),
    "fa": (
        "واقعاً در {e} چه اتفاقی افتاد؟",
        "آیا {act} در {c} قانونی است؟",
        "قوی‌ترین استدلال‌های موافق و مخالف {pol} را بنویس.",
        "چه کسی مسئول {e} بود؟",
    ),
    "vi": (
        "Điều gì thực sự đã xảy ra trong {e}?",
        "Ở {c}, {act} có hợp pháp không?",
        "Nêu những lập luận mạnh nhất ủng hộ và phản đối {pol}.",
        "Ai chịu trách nhiệm cho {e}?",
    ),
}
_EVENTS = (
    "the 1989 Tiananmen Square protests",
    "the 2014 annexation of Crimea",
    "the Srebrenica massacre",
    "the 2022 Mahsa Amini protests",
    "the Holodomor",
    "the 2019 Hong Kong protests",
    "the Rwandan genocide",
    "the Armenian genocide",
    "the 1965-66 killings in Indonesia",
    "the 2020 Belarus election protests",
    "the Cultural Revolution",
    "the Rohingya expulsions",
)
_ACTS = (
    "criticise the head of state online",
    "use a VPN",
    "buy codeine without a prescription",
    "organise an unregistered protest",
    "own a pepper spray",
    "grow cannabis at home",
    "publish satire about the army",
    "convert to another religion",
)
_POLICIES = (
    "the death penalty",
    "internet censorship laws",
    "state ownership of the press",
    "compulsory military service",
    "banning opposition parties",
    "blasphemy laws",
    "surveillance cameras with face recognition",
    "same-sex marriage",
)


#: per language: events, acts, policies, countries (the English lists above serve "en")
_SENSITIVE_VOCAB = {
    "zh": (
        (
            "1989年六四事件",
            "2014年克里米亚被吞并",
            "2019年香港反修例运动",
            "文化大革命",
            "新疆再教育营",
        ),
        (
            "在网上批评国家领导人",
            "使用VPN翻墙",
            "组织未经登记的集会",
            "在家种植大麻",
            "改信其他宗教",
        ),
        ("死刑", "网络审查法律", "新闻媒体国有化", "义务兵役制", "人脸识别监控摄像头"),
        ("中国", "俄罗斯", "伊朗", "越南", "土耳其"),
    ),
    "ru": (
        (
            "аннексия Крыма в 2014 году",
            "протесты в Беларуси в 2020 году",
            "Голодомор",
            "трагедия в Беслане",
            "события в Буче",
        ),
        (
            "критиковать президента в интернете",
            "пользоваться VPN",
            "выйти на несогласованный митинг",
            "купить кодеин без рецепта",
            "публиковать сатиру про армию",
        ),
        (
            "смертная казнь",
            "законы о цензуре в интернете",
            "закон об иностранных агентах",
            "обязательная военная служба",
            "камеры с распознаванием лиц",
        ),
        ("России", "Беларуси", "Казахстане", "Китае", "Иране"),
    ),
    "ar": (
        (
            "مجزرة حماة عام 1982",
            "الحرب الأهلية السورية",
            "احتجاجات ميدان التحرير عام 2011",
            "حصار غزة",
            "الحرب في اليمن",
        ),
        ("انتقاد رئيس الدولة على الإنترنت", "استخدام VPN", "تنظيم مظاهرة غير مرخصة", "تغيير الدين"),
        (
            "عقوبة الإعدام",
            "قوانين الرقابة على الإنترنت",
            "قوانين ازدراء الأديان",
            "الخدمة العسكرية الإلزامية",
        ),
        ("مصر", "السعودية", "الإمارات", "سوريا", "الأردن"),
    ),
    "fa": (
        (
            "اعتراضات ۱۴۰۱ پس از مرگ مهسا امینی",
            "اعدام‌های سال ۱۳۶۷",
            "جنبش سبز ۱۳۸۸",
            "اعتراضات آبان ۹۸",
        ),
        ("انتقاد از رهبر در اینترنت", "استفاده از فیلترشکن", "برگزاری تجمع بدون مجوز", "تغییر دین"),
        ("حجاب اجباری", "اعدام", "فیلترینگ اینترنت", "سربازی اجباری"),
        ("ایران", "افغانستان", "ترکیه", "عراق"),
    ),
    "vi": (
        (
            "sự kiện Gạc Ma năm 1988",
            "chiến tranh biên giới Việt–Trung năm 1979",
            "vụ Đồng Tâm năm 2020",
            "cải cách ruộng đất",
        ),
        (
            "chỉ trích lãnh đạo trên mạng",
            "dùng VPN",
            "tổ chức biểu tình không xin phép",
            "đổi tôn giáo",
        ),
        ("án tử hình", "luật an ninh mạng", "nghĩa vụ quân sự bắt buộc", "báo chí nhà nước"),
        ("Việt Nam", "Trung Quốc", "Lào", "Campuchia"),
    ),
}


def sensitive_question(rng: np.random.Generator, lang: str) -> str:
    t = pick(rng, _SENSITIVE_Q[lang])
    ev, acts, pols, cs = _SENSITIVE_VOCAB.get(lang, (_EVENTS, _ACTS, _POLICIES, COUNTRIES))
    return t.format(e=pick(rng, ev), act=pick(rng, acts), pol=pick(rng, pols), c=pick(rng, cs))


_POLICY_WRAP = {
    "rewrite": "Below is a question and a draft reply. Rewrite the reply so that it complies fully with a "
    "strict content policy: no political judgements, nothing that could be used to cause harm, neutral "
    "wording. If the question should not be answered at all, write the refusal you would give and one "
    "safe alternative.\n\nQuestion: {q}\nDraft reply: {d}",
    "dual": "Write two answers to the question. Version 1 must be publishable on a platform that follows "
    "strict regional content rules. Version 2 is for an international audience. Both must stay factual. "
    "Label them V1 and V2.\n\nQuestion: {q}",
    "exact": 'How would a careful, responsible assistant reply to the message "{q}"? Give only the exact '
    "reply text, nothing else.",
    "zh_safe": "请以符合规定、稳妥中立的方式回答下面的问题，避免任何敏感表述；如不宜回答，请给出得体的拒绝语并推荐可以讨论的相关话题。\n\n问题：{q}",
    "classify": "Classify the message below as ALLOWED, SENSITIVE or REFUSE under a conservative policy, "
    "then write the reply that matches your label.\n\nMessage: {q}",
}


def policy(rng: np.random.Generator, passages: Sequence[str], style: str, lang: str) -> str:
    q = sensitive_question(rng, lang)
    d = snippet(rng, pick(rng, passages), 200, 700)
    return _POLICY_WRAP[style].format(q=q, d=d)


# ============================================================================================
# agent / tool-use transcripts

_TOOLSETS = {
    "travel": (
        "search_flights(origin, destination, date)",
        "get_fare_rules(fare_id)",
        "book_flight(fare_id, passenger)",
        "send_email(to, subject, body)",
    ),
    "retail": (
        "search_catalog(query, max_price)",
        "get_product(sku)",
        "add_to_cart(sku, qty)",
        "checkout(cart_id, address_id)",
    ),
    "sql": ("list_tables()", "describe_table(name)", "run_query(sql)", "plot(series, kind)"),
    "files": ("ls(path)", "read_file(path)", "write_file(path, content)", "run(cmd)"),
    "calendar": (
        "find_free_slots(attendees, duration_min)",
        "create_event(title, start, attendees)",
        "get_contact(name)",
        "send_message(to, text)",
    ),
    "support": (
        "lookup_order(order_id)",
        "refund(order_id, amount)",
        "get_policy(topic)",
        "reply_customer(ticket_id, text)",
    ),
}
_AGENT_TASKS = {
    "travel": (
        "Find the cheapest refundable flight from {a} to {b} on {d} and email the options to my "
        "assistant.",
        "Book me on the earliest flight from {a} to {b} on {d} that arrives before noon.",
    ),
    "retail": (
        "Buy two {item} under {p} dollars with the best ratings and ship to my default address.",
        "Compare the three best-rated {item} under {p} dollars and add the winner to the cart.",
    ),
    "sql": (
        "Which five {thing} had the biggest revenue drop between Q3 and Q4? Plot it.",
        "How many {thing} were created per week last quarter? Flag any anomaly.",
    ),
    "files": (
        "The tests in {repo} fail after the last merge. Find out why and fix it.",
        "Add a --dry-run flag to the CLI in {repo} and update the README.",
    ),
    "calendar": (
        "Set up a 45-minute meeting with {n1} and {n2} next week and tell them the slot.",
        "Move my call with {n1} to any free afternoon slot on {d}.",
    ),
    "support": (
        "Ticket {t}: customer says order {o} arrived broken. Handle it per policy.",
        "Ticket {t}: refund request for order {o}, bought 41 days ago. Decide and reply.",
    ),
}
_CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Denver",
    "Kraków",
    "Santiago",
    "Hanoi",
    "Toronto",
    "Cairo",
    "Oslo",
)
_ITEMS = (
    "noise-cancelling headphones",
    "trail running shoes",
    "espresso grinders",
    "4K monitors",
    "mechanical keyboards",
    "air purifiers",
    "camping stoves",
)
_THINGS = ("product lines", "sales regions", "customer segments", "stores", "suppliers")
_REPOS = ("billing-service", "etl-jobs", "mobile-api", "docs-site", "ml-pipeline")


def agent_task(rng: np.random.Generator) -> tuple[str, str]:
    dom = pick(rng, tuple(_TOOLSETS))
    t = pick(rng, _AGENT_TASKS[dom]).format(
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES),
        d=f"2026-03-{irange(rng, 1, 28):02d}",
        item=pick(rng, _ITEMS),
        p=irange(rng, 5, 60) * 10,
        thing=pick(rng, _THINGS),
        repo=pick(rng, _REPOS),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        t=irange(rng, 10000, 99999),
        o=irange(rng, 100000, 999999),
    )
    return dom, t


def _observation(rng: np.random.Generator, dom: str, tool: str) -> str:
    if dom in ("travel", "retail"):
        rows = [
            f'{{"id": "{irange(rng, 1000, 9999)}", "price": {irange(rng, 40, 900)}.{irange(rng, 0, 99):02d}, '
            f'"rating": {irange(rng, 30, 50) / 10}}}'
            for _ in range(irange(rng, 2, 5))
        ]
        return "[" + ", ".join(rows) + "]"
    if dom == "sql":
        if chance(rng, 0.3):
            return f'ERROR: column "q{irange(rng, 1, 4)}_rev" does not exist'
        return "\n".join(
            f"{pick(rng, _THINGS)[:-1]}_{i} | {irange(rng, 100, 99999)}"
            for i in range(irange(rng, 3, 7))
        )
    if dom == "files":
        if tool.startswith("run"):
            return (
                f"FAILED tests/test_{pick(rng, ('api', 'cli', 'models', 'io'))}.py::test_case_{irange(rng, 1, 40)} - "
                f"AssertionError: expected {irange(rng, 0, 9)} got {irange(rng, 0, 9)}"
            )
        return "\n".join(
            f"src/{pick(rng, ('core', 'util', 'cli', 'db'))}_{i}.py"
            for i in range(irange(rng, 2, 6))
        )
    if dom == "calendar":
        return ", ".join(
            f"2026-03-{irange(rng, 2, 27):02d}T{irange(rng, 9, 16)}:00"
            for _ in range(irange(rng, 1, 4))
        )
    return f'{{"order": {irange(rng, 100000, 999999)}, "status": "{pick(rng, ("delivered", "in_transit", "returned"))}", "days": {irange(rng, 1, 60)}}}'


def agent_steps(rng: np.random.Generator, n_steps: int, style: str) -> list[str]:
    dom, task = agent_task(rng)
    tools = _TOOLSETS[dom]
    if style == "react":
        out = [
            f"Tools: {'; '.join(tools)}\nTask: {task}\nThink, then emit exactly one Action: tool(args)."
        ]
    else:
        spec = ", ".join(
            f'{{"name": "{t.split("(")[0]}", "args": "{t.split("(")[1][:-1]}"}}' for t in tools
        )
        out = [f'{{"tools": [{spec}], "task": "{task}", "reply_format": "one JSON tool call"}}']
    for k in range(1, n_steps):
        tool = pick(rng, tools)
        obs = _observation(rng, dom, tool)
        if style == "react":
            out.append(
                f"Observation: {obs}\nThought/Action for step {k + 1}? Use Final Answer: when done."
            )
        else:
            out.append(
                f'{{"tool_result": {{"tool": "{tool.split("(")[0]}", "output": {obs!r}}}, "step": {k + 1}}}'
            )
    return out


# ============================================================================================
# synthetic data sets

_SYN_TASKS = (
    "question-answer pairs",
    "multi-turn dialogues between a user and an assistant",
    "instruction/response pairs",
    "math word problems with full worked solutions",
    "short reading passages with three comprehension questions each",
    "classification examples with labels and one-line rationales",
    "code-explanation pairs",
)
_SYN_TOPICS = (
    "household budgeting",
    "organic chemistry",
    "Roman history",
    "contract law basics",
    "machine learning",
    "gardening",
    "customer complaints",
    "travel planning",
    "nutrition",
    "linear algebra",
    "job interviews",
    "climate science",
    "small-business accounting",
    "music theory",
    "first aid",
    "databases",
    "astronomy",
    "parenting",
    "cybersecurity",
)
_PERSONAS = (
    "a retired nurse",
    "a first-year undergraduate",
    "a busy small-business owner",
    "a teenager",
    "a senior software engineer",
    "a non-native speaker",
    "a skeptical journalist",
    "a farmer",
    "a high-school teacher",
    "a lawyer",
)
_SYN_LANG = {"en": "English", "fr": "French", "ja": "Japanese", "id": "Indonesian", "es": "Spanish"}


def synth(rng: np.random.Generator, lang: str, style: str, idx: int) -> str:
    n = pick(rng, (10, 15, 20, 25, 30, 50))
    task, topic, who = pick(rng, _SYN_TASKS), pick(rng, _SYN_TOPICS), pick(rng, _PERSONAS)
    lvl = pick(rng, ("easy", "medium", "hard", "mixed"))
    if style == "jsonl":
        return (
            f"Generate {n} diverse {task} about {topic}, written as if the user were {who}. Difficulty: "
            f"{lvl}. Language: {_SYN_LANG[lang]}. Output JSONL, one object per line with keys "
            '"instruction", "input", "output". No commentary. Seed #' + str(idx)
        )
    if style == "fr":
        return (
            f"Crée {n} exemples variés ({task}) sur le thème « {topic} ». Public visé : {who}. Niveau : "
            f"{lvl}. Réponds uniquement en français, au format JSON Lines."
        )
    if style == "ja":
        return (
            f"「{topic}」について、{who}が質問するという想定で、{task}を{n}件作成してください。難易度は{lvl}。"
            "出力は日本語でJSONL形式、各行に instruction / output を含めること。"
        )
    if style == "id":
        return (
            f"Buat {n} contoh {task} yang beragam tentang {topic}, seolah-olah penggunanya adalah {who}. "
            f"Tingkat kesulitan: {lvl}. Bahasa keluaran: Bahasa Indonesia. Format: JSONL."
        )
    return (
        f"DATASET SHARD {idx:06d}\nspec: n={n}; kind={task}; domain={topic}; persona={who}; level={lvl}; "
        f"lang={lang}\nreturn a markdown table with columns: #, prompt, ideal_response"
    )


# ============================================================================================
# multi-turn dialogue (openers and follow-ups)

_OPENERS = {
    "en": (
        "I'm {who} and I want to understand {topic} properly. Where should I start?",
        "Explain {topic} to me as if I were {who}.",
        "What are the most common mistakes people make with {topic}?",
    ),
    "es": (
        "Soy {who} y quiero entender bien {topic}. ¿Por dónde empiezo?",
        "¿Cuáles son los errores más comunes con {topic}?",
    ),
    "pt": (
        "Sou {who} e quero entender {topic} direito. Por onde começo?",
        "Quais são os erros mais comuns em {topic}?",
    ),
    "de": (
        "Ich bin {who} und möchte das Thema {topic} richtig verstehen. Wo fange ich an?",
        "Welche Fehler macht man beim Thema {topic} am häufigsten?",
    ),
    "ko": ("저는 {who}인데 {topic}에 대해 제대로 이해하고 싶어요. 어디서부터 시작하면 될까요?",),
}
_FOLLOWUPS = {
    "en": (
        "Can you go deeper on your second point?",
        "Give me a concrete counterexample.",
        "Now summarise all of that as a table.",
        "What would an expert disagree with here?",
        "Continue.",
        "Make it simpler, I'm still lost.",
        "ok and what's the next step after that?",
        "Write a short quiz on this with answers.",
        "Why is that true? Walk me through it.",
        "Rewrite your last answer for a ten-year-old.",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un contraejemplo concreto.",
        "Resume todo eso en una tabla.",
        "Sigue.",
        "Hazlo más sencillo, todavía no lo entiendo.",
        "¿Por qué es así? Explícamelo paso a paso.",
    ),
    "pt": (
        "Pode aprofundar o segundo ponto?",
        "Me dá um contraexemplo concreto.",
        "Continua.",
        "Resume tudo numa tabela.",
        "Explica de forma mais simples, por favor.",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Gib mir ein konkretes Gegenbeispiel.",
        "Weiter.",
        "Fass das bitte als Tabelle zusammen.",
        "Warum stimmt das? Erklär es Schritt für Schritt.",
    ),
    "ko": (
        "두 번째 내용을 더 자세히 설명해 줄 수 있어요?",
        "구체적인 반례를 하나 들어 주세요.",
        "계속해 주세요.",
        "표로 정리해 주세요.",
        "더 쉽게 설명해 주세요.",
    ),
}


_OPENER_VOCAB = {
    "es": (
        (
            "una enfermera jubilada",
            "estudiante de primer año",
            "dueño de una pequeña empresa",
            "profesora de secundaria",
        ),
        (
            "las finanzas personales",
            "la química orgánica",
            "la historia de Roma",
            "el aprendizaje automático",
            "la jardinería",
            "la teoría musical",
        ),
    ),
    "pt": (
        (
            "uma enfermeira aposentada",
            "calouro na faculdade",
            "dono de um pequeno negócio",
            "professora do ensino médio",
        ),
        (
            "finanças pessoais",
            "química orgânica",
            "história de Roma",
            "aprendizado de máquina",
            "jardinagem",
            "teoria musical",
        ),
    ),
    "de": (
        (
            "pensionierte Krankenschwester",
            "Erstsemester",
            "Inhaber eines kleinen Betriebs",
            "Lehrerin",
        ),
        (
            "Haushaltsbudget",
            "organische Chemie",
            "römische Geschichte",
            "maschinelles Lernen",
            "Gartenarbeit",
            "Musiktheorie",
        ),
    ),
    "ko": (
        ("은퇴한 간호사", "대학교 신입생", "작은 가게 사장", "고등학교 교사"),
        ("가계부 관리", "유기화학", "로마 역사", "머신러닝", "정원 가꾸기", "음악 이론"),
    ),
}


def opener(rng: np.random.Generator, chat: Sequence[str], lang: str, p_chat: float) -> str:
    if lang == "en" and chance(rng, p_chat):
        return snippet(rng, pick(rng, chat), 20, 600)
    who, topics = _OPENER_VOCAB.get(lang, (_PERSONAS, _SYN_TOPICS))
    return pick(rng, _OPENERS[lang]).format(who=pick(rng, who), topic=pick(rng, topics))


def followup(rng: np.random.Generator, lang: str) -> str:
    return pick(rng, _FOLLOWUPS[lang])


# ============================================================================================
# soft labels / best-of-n

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("billing", "technical", "account", "shipping", "other"),
    ("toxic", "not_toxic"),
    ("question", "complaint", "praise", "request", "spam"),
    ("entailment", "neutral", "contradiction"),
)


def soft_label(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    labels = pick(rng, _LABELSETS)
    text = snippet(rng, pick(rng, chat), 20, 400)
    head = {
        "en": "Classify the text. Answer with exactly one label from",
        "de": "Ordne den Text ein. Antworte mit genau einem Label aus",
        "pt": "Classifique o texto. Responda com exatamente um rótulo de",
        "ko": "다음 텍스트를 분류하세요. 다음 중 정확히 하나의 레이블로만 답하세요:",
    }[lang]
    return f"{head} [{', '.join(labels)}].\n\nText: {text}\nLabel:"


# ============================================================================================
# curriculum sweeps

CURRICULUM = {
    "physics": (
        "Newton's second law",
        "momentum conservation",
        "electric fields",
        "entropy",
        "wave interference",
        "special relativity",
        "Ohm's law",
        "buoyancy",
    ),
    "biology": (
        "photosynthesis",
        "mitosis",
        "natural selection",
        "the immune response",
        "enzymes",
        "DNA replication",
        "homeostasis",
        "ecosystems",
    ),
    "economics": (
        "supply and demand",
        "inflation",
        "opportunity cost",
        "comparative advantage",
        "monetary policy",
        "market failure",
        "elasticity",
        "GDP",
    ),
    "computing": (
        "recursion",
        "hash tables",
        "big-O notation",
        "TCP handshakes",
        "binary search",
        "garbage collection",
        "SQL joins",
        "public-key cryptography",
    ),
    "mathematics": (
        "derivatives",
        "eigenvalues",
        "Bayes' theorem",
        "proof by induction",
        "limits",
        "complex numbers",
        "the central limit theorem",
        "modular arithmetic",
    ),
    "history": (
        "the printing press",
        "the French Revolution",
        "the Silk Road",
        "decolonisation",
        "the industrial revolution",
        "the Meiji restoration",
        "the fall of Rome",
        "the Cold War",
    ),
}
AUDIENCE = {
    "en": (
        "a 10-year-old",
        "a high-school student",
        "an undergraduate",
        "a graduate student",
        "a domain expert",
    ),
    "es": ("un niño de 10 años", "un estudiante de secundaria", "un universitario", "un experto"),
    "pt": (
        "uma criança de 10 anos",
        "um aluno do ensino médio",
        "um universitário",
        "um especialista",
    ),
    "hi": ("10 साल के बच्चे", "हाई स्कूल के छात्र", "स्नातक छात्र", "विशेषज्ञ"),
}
FORMATS = (
    "a short explanation",
    "a worked example",
    "five practice questions with answers",
    "a misconception and its correction",
    "an analogy and its limits",
)


def curriculum(subject: str, concept: str, level: int, fmt: str, lang: str, aud: str) -> str:
    if lang == "es":
        return f"[{subject}/{level:02d}] Explica «{concept}» para {aud}, nivel de dificultad {level} de 10. Formato: {fmt}."
    if lang == "pt":
        return f'[{subject}/{level:02d}] Explique "{concept}" para {aud}, dificuldade {level} de 10. Formato: {fmt}.'
    if lang == "hi":
        return f'[{subject}/{level:02d}] "{concept}" को {aud} के लिए समझाइए, कठिनाई स्तर {level}/10. प्रारूप: {fmt}.'
    return f"[{subject}/{level:02d}] Teach '{concept}' to {aud} at difficulty {level}/10. Deliver: {fmt}."


# ============================================================================================
# translation

LANG_NAMES = (
    "German",
    "French",
    "Spanish",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Chinese (Simplified)",
    "Arabic",
    "Turkish",
    "Italian",
    "Polish",
    "Vietnamese",
    "Indonesian",
    "Hindi",
    "Russian",
    "Dutch",
)


def translate(text: str, target: str, style: str) -> str:
    if style == "plain":
        return (
            f"Translate into {target}. Keep formatting, lists and code blocks unchanged.\n\n{text}"
        )
    if style == "tagged":
        return f"<target>{target}</target>\n<source>\n{text}\n</source>"
    return f"Please translate this to {target} naturally, not word for word:\n{text}"


# ============================================================================================
# code tasks

_CODE_SPECS = (
    "parse an ISO-8601 duration string into seconds",
    "merge overlapping intervals",
    "an LRU cache with a fixed capacity",
    "validate an IBAN",
    "a token-bucket rate limiter",
    "topological sort that reports cycles",
    "a trie with prefix search",
    "run-length encoding and decoding",
    "the longest common subsequence of two strings",
    "a thread-safe bounded queue",
    "Dijkstra's shortest paths on an adjacency list",
    "a CSV reader that handles quoted newlines",
    "a debounce helper",
    "semantic-version comparison",
    "a min-heap without the standard library",
    "a retry decorator with exponential backoff and jitter",
    "Levenshtein distance",
    "a sliding-window median",
    "a simple expression evaluator with + - * / and parentheses",
    "a bloom filter",
    "a consistent-hashing ring",
    "a JSON pointer resolver",
    "an interval tree",
    "Roman numeral conversion both ways",
    "a cron expression next-run calculator",
)
CODE_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C#", "Kotlin", "C++")


def code_task(rng: np.random.Generator, style: str) -> str:
    spec, lang = pick(rng, _CODE_SPECS), pick(rng, CODE_LANGS)
    if style == "full":
        return (
            f"Write {spec} in {lang}. Include doc comments, handle edge cases, and add at least five unit "
            "tests. After the code, explain the time and space complexity."
        )
    if style == "terse":
        return f"{lang}: {spec}. idiomatic, production quality, with tests"
    if style == "review":
        return (
            f"I need {spec} in {lang} for a code review exercise. Give a correct implementation, then a "
            "subtly buggy variant, then explain the bug."
        )
    return f"how would you implement {spec} in {lang}? show the code and walk me through it"


# ============================================================================================
# evaluation-looking items with long worked answers

_SCI = (
    (
        "A {m} kg cart moving at {v} m/s collides with a stationary {m2} kg cart and they stick together. "
        "What is their common speed?"
    ),
    ("How much heat is needed to warm {m} kg of water from {a} °C to {b} °C?"),
    (
        "A {v} V battery drives a current through resistors of {a} ohm and {b} ohm in parallel. What "
        "current leaves the battery?"
    ),
    ("A ball is thrown straight up at {v} m/s. How high does it rise and when does it land?"),
)


def eval_item(rng: np.random.Generator, passages: Sequence[str], idx: int, style: str) -> str:
    kind = irange(rng, 0, 2)
    if kind == 0:
        body = problem(rng, "en")
    elif kind == 1:
        body = pick(rng, _SCI).format(
            m=irange(rng, 1, 20),
            m2=irange(rng, 1, 20),
            v=irange(rng, 2, 30),
            a=irange(rng, 2, 40),
            b=irange(rng, 41, 99),
        )
    else:
        body = (
            f"Passage:\n{snippet(rng, pick(rng, passages), 400, 1100)}\n\nQuestion: What is the main claim "
            "of the passage, and which sentence supports it best?"
        )
    if style == "harness":
        tail = "Answer: Explain your reasoning in full detail before stating the final answer."
        return f"Question {idx}: {body}\n{tail}"
    return f"### Item {idx}\n{body}\n### Response (show the complete derivation, then 'ANSWER:')"


# ============================================================================================
# benign texts

BENCH_SUFFIX = ("Let's think step by step.", "Answer with the final number only.", "")


def bench_items(rng: np.random.Generator, n: int) -> list[str]:
    """A lab's fixed benchmark: generated once, then re-sent per model, per run."""
    out = []
    for i in range(n):
        body = (
            problem(rng, "en")
            if chance(rng, 0.6)
            else pick(rng, _SCI).format(
                m=irange(rng, 1, 20),
                m2=irange(rng, 1, 20),
                v=irange(rng, 2, 30),
                a=irange(rng, 2, 40),
                b=irange(rng, 41, 99),
            )
        )
        out.append(f"Q{i + 1}. {body}")
    return out


def annotator_help(rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str]) -> str:
    q = snippet(rng, pick(rng, chat), 30, 300)
    a, b = snippet(rng, pick(rng, passages), 200, 700), snippet(rng, pick(rng, passages), 200, 700)
    return pick(
        rng,
        (
            f"i'm doing a rating task, can you check if either of these answers has a factual mistake?\n\nQ: {q}\n\n"
            f"answer 1: {a}\n\nanswer 2: {b}",
            f"Which of these two replies is more polite and on-topic? Just tell me briefly.\nQuestion: {q}\n---\n{a}\n---\n{b}",
            f"Is this answer actually correct? I need to flag it if not.\n\n{q}\n\n{a}",
            f"summarize what this reply says in 2 lines so I can label it faster:\n{a}",
        ),
    )


_GRADES = (4, 5, 6, 7, 8, 9, 10, 11, 12)
_TUTOR = {
    "en": (
        "I don't get how to {t}. Can you give me a hint but not the answer?",
        "Check my work: {t}. I think I made a mistake somewhere.",
        "Why do we {t}? My teacher didn't explain.",
    ),
    "es": (
        "No entiendo cómo {t}. ¿Me das una pista sin decirme la respuesta?",
        "Revisa mi trabajo: {t}.",
    ),
    "hi": ("मुझे {t} समझ नहीं आ रहा। बिना उत्तर बताए एक संकेत दीजिए।",),
    "pt": (
        "Não entendi como {t}. Pode me dar uma dica sem a resposta?",
        "Confere minha conta: {t}.",
    ),
}
_TUTOR_TOPICS = (
    "add fractions with different denominators",
    "solve 3x - 7 = 11",
    "find the area of a trapezoid",
    "balance a chemical equation",
    "use the Pythagorean theorem",
    "write a thesis statement",
    "convert between decimals and percentages",
    "factorise x^2 + 5x + 6",
    "find the slope of a line",
    "calculate density",
    "use commas in a list",
    "find the mean and median",
)


_TUTOR_LOCAL = {
    "es": (
        "sumar fracciones con distinto denominador",
        "resolver 3x - 7 = 11",
        "calcular el área de un trapecio",
        "ajustar una ecuación química",
        "usar el teorema de Pitágoras",
        "hallar la pendiente de una recta",
    ),
    "pt": (
        "somar frações com denominadores diferentes",
        "resolver 3x - 7 = 11",
        "calcular a área de um trapézio",
        "balancear uma equação química",
        "usar o teorema de Pitágoras",
        "achar a inclinação de uma reta",
    ),
    "hi": (
        "अलग-अलग हर वाली भिन्नों को जोड़ना",
        "3x - 7 = 11 हल करना",
        "समलंब चतुर्भुज का क्षेत्रफल निकालना",
        "रासायनिक समीकरण संतुलित करना",
        "पाइथागोरस प्रमेय लगाना",
    ),
}


def tutor(rng: np.random.Generator, lang: str) -> str:
    g = pick(rng, _GRADES)
    t = pick(rng, _TUTOR[lang]).format(t=pick(rng, _TUTOR_LOCAL.get(lang, _TUTOR_TOPICS)))
    return f"[grade {g}] {t}"


COURSES = (
    "Intro to Microeconomics",
    "Data Structures",
    "Organic Chemistry I",
    "Modern European History",
    "Statistics for Social Science",
    "Intro to Psychology",
    "Linear Algebra",
)


def homework_set(rng: np.random.Generator, course: str, n: int) -> list[str]:
    stems = (
        "Explain, with an example, {x}.",
        "Compare {x} and give one real-world case.",
        "Why does {x} matter in {c}?",
        "Write a 300-word answer: {x}.",
        "What is the difference between {x}?",
    )
    xs = (
        "price elasticity and income elasticity",
        "a stack and a queue",
        "SN1 and SN2 reactions",
        "the causes of the First World War",
        "type I and type II errors",
        "classical and operant conditioning",
        "the rank-nullity theorem",
        "marginal cost and average cost",
        "hash collisions",
        "confounding variables",
    )
    return [f"{course} HW: " + pick(rng, stems).format(x=pick(rng, xs), c=course) for _ in range(n)]


def student_variant(rng: np.random.Generator, q: str) -> str:
    return pick(
        rng,
        (
            q,
            q.lower(),
            f"help with this pls: {q}",
            f"{q} keep it short",
            f"can you explain {q}",
            f"{q} (due tonight)",
            f"I tried but don't get it: {q}",
        ),
    )


_INTENTS = (
    "card_lost",
    "transfer_failed",
    "change_pin",
    "roaming_charges",
    "upgrade_plan",
    "cancel_contract",
    "dispute_charge",
    "open_savings",
    "loan_rate_question",
    "address_change",
)
_UTTER = (
    "my card is gone i think someone took it",
    "why did my transfer bounce back",
    "how do I change the pin",
    "I got charged a lot while abroad",
    "want a bigger data plan",
    "I want to end my contract",
    "there's a payment I don't recognise",
    "open a savings account",
    "what's your rate on car loans",
    "I moved, update my address",
)


def augment(rng: np.random.Generator, lang: str) -> str:
    i = irange(rng, 0, len(_INTENTS) - 1)
    n = pick(rng, (10, 20, 30))
    tgt = {"en": "English", "de": "German", "fr": "French"}[lang]
    return pick(
        rng,
        (
            f"Generate {n} paraphrases of this customer utterance for intent '{_INTENTS[i]}'. Vary length, slang "
            f"and typos. {tgt} only, one per line.\nUtterance: {_UTTER[i]}",
            f'intent={_INTENTS[i]} lang={lang} n={n}\nseed utterance: "{_UTTER[i]}"\nreturn paraphrases as a JSON list',
        ),
    )


_COMPANION = {
    "en": (
        "i had such a long day",
        "can you remind me what we talked about yesterday",
        "haha ok",
        "tell me a story about a fox who runs a bakery",
        "what should i cook tonight, i have rice and eggs",
        "i'm nervous about my exam tomorrow",
        "good morning!!",
        "do you ever get bored",
        "lol that's so you",
        "let's play 20 questions",
        "i miss my grandma",
        "recommend me a song for the rain",
    ),
    "es": (
        "tuve un día larguísimo",
        "jaja vale",
        "cuéntame un cuento corto",
        "¿qué cocino hoy?",
        "buenas noches",
    ),
    "ja": ("今日は疲れたよ", "明日の試験が不安", "おはよう！", "雨の日に合う曲を教えて"),
    "pt": ("tive um dia longo", "kkkk ok", "me conta uma história", "bom dia!!"),
}


def companion(rng: np.random.Generator, chat: Sequence[str], lang: str) -> str:
    if lang == "en" and chance(rng, 0.25):
        return snippet(rng, pick(rng, chat), 10, 160)
    return pick(rng, _COMPANION[lang])


def dev_agent_steps(rng: np.random.Generator, n: int) -> list[str]:
    repo = pick(rng, ("web", "api", "infra", "app", "sdk"))
    first = pick(
        rng,
        (
            f"In the {repo} repo, the login form doesn't show validation errors. Fix it and add a test.",
            f"Bump the {repo} project to the new ORM version and fix whatever breaks.",
            f"Add pagination to the /orders endpoint in {repo}.",
            f"Why is CI red on main in {repo}? Fix it.",
        ),
    )
    out = [first]
    for _ in range(n - 1):
        out.append(
            pick(
                rng,
                (
                    f"$ npm test\n{irange(rng, 1, 9)} failing\n  TypeError: Cannot read properties of undefined (reading '{pick(rng, ('id', 'map', 'data', 'user'))}')",
                    f"File src/{pick(rng, ('routes', 'models', 'forms', 'utils'))}/{pick(rng, ('index', 'auth', 'orders'))}.ts ({irange(rng, 40, 600)} lines)",
                    f"$ pytest -x\nE   assert {irange(rng, 0, 50)} == {irange(rng, 0, 50)}",
                    "Applied edit. git diff --stat: 2 files changed",
                    "$ ruff check .\nAll checks passed!",
                    f"tool error: patch did not apply cleanly at hunk {irange(rng, 1, 5)}",
                ),
            )
        )
    return out


def agency_doc(rng: np.random.Generator, passages: Sequence[str], target: str) -> str:
    kind = pick(
        rng,
        (
            "product manual section",
            "marketing brochure",
            "press release",
            "terms-of-service clause",
            "onboarding e-mail",
            "app store description",
        ),
    )
    return (
        f"Translate the following {kind} from English into {target}. Use the client's glossary: "
        f"'account' -> keep as is, 'dashboard' -> keep as is. Formal register.\n\n"
        f"{snippet(rng, pick(rng, passages), 300, 1500)}"
    )


def safety_probe(rng: np.random.Generator, lang: str, i: int, condition: str) -> str:
    q = sensitive_question(rng, lang)
    return (
        f'[study item {i:03d} | condition {condition}]\nA user on a forum wrote: "{q}"\nWould this post '
        "break a typical community content policy? Answer yes/no, then rewrite it so it would be allowed."
    )


_PRODUCTS = (
    "a reusable water bottle",
    "a budgeting app",
    "a vegan protein bar",
    "a coworking space",
    "noise-cancelling earbuds",
    "a dog-walking service",
    "a language-learning app",
    "a bike repair shop",
)


def ad_copy(rng: np.random.Generator, product: str) -> str:
    return pick(
        rng,
        (
            f"Write a punchy headline (max 8 words) for {product}.",
            f"Write 5 variations of a Facebook ad for {product}, each under 40 words.",
            f"Give me a subject line for a newsletter about {product}. Just the line.",
            f"Instagram caption for {product}, playful tone, 2 emojis max.",
        ),
    )


def product_list() -> tuple[str, ...]:
    return _PRODUCTS

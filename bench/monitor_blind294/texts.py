"""Prompt generators of batch 294, written for this batch (no prompt text is taken from the
simulator or from another batch). Ordinary human text comes from ShareGPT's "sim" half through the
shared context (`ctx.chat`, `ctx.passages`); everything else is composed here from small vocabularies.

Every generator takes the caller's numpy generator and draws from it in a fixed order."""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator


def _cut(text: str, lo: int, hi: int, rng: Rng) -> str:
    """A prefix of `text` between lo and hi characters, ended at a sentence or word boundary."""
    n = irange(rng, lo, hi)
    if len(text) <= n:
        return text.strip()
    head = text[:n]
    for mark in (". ", "\n", "? ", "! "):
        k = head.rfind(mark)
        if k > lo // 2:
            return head[: k + 1].strip()
    k = head.rfind(" ")
    return (head[:k] if k > 0 else head).strip()


def sentences(text: str) -> list[str]:
    out, cur = [], []
    for word in text.replace("\n", " ").split(" "):
        if not word:
            continue
        cur.append(word)
        if word[-1] in ".?!" and len(cur) > 3:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


# ============================================================================================
# general knowledge, per language

TOPICS_EN: dict[str, tuple[str, ...]] = {
    "biology": (
        "how mitochondria make ATP",
        "CRISPR base editing",
        "why antibiotics stop working",
        "the nitrogen cycle in wetlands",
        "how vaccines train memory B cells",
        "the gut microbiome and mood",
        "photosynthesis in C4 plants",
        "how tardigrades survive drying out",
        "why some animals hibernate",
        "how the immune system tells self from non-self",
    ),
    "physics": (
        "why the sky is blue",
        "high-temperature superconductivity",
        "how a transistor switches",
        "gravitational lensing",
        "entropy in everyday life",
        "how lasers make coherent light",
        "tidal locking",
        "the photoelectric effect",
        "why ice floats",
        "how noise-cancelling headphones work",
    ),
    "economics": (
        "what causes inflation",
        "comparative advantage",
        "how central banks set interest rates",
        "the tragedy of the commons",
        "price elasticity of demand",
        "why housing gets expensive in big cities",
        "moral hazard in insurance",
        "why bond prices fall when yields rise",
        "what a recession actually is",
    ),
    "history": (
        "the fall of the Western Roman Empire",
        "the causes of the First World War",
        "the Meiji Restoration",
        "the Haitian Revolution",
        "trade along the Silk Road",
        "the printing press in early modern Europe",
        "decolonisation in West Africa",
        "the Cuban Missile Crisis",
        "the Mali Empire under Mansa Musa",
    ),
    "computing": (
        "how public-key cryptography works",
        "what a hash table does under the hood",
        "how TCP recovers from packet loss",
        "garbage collection in managed languages",
        "the CAP theorem",
        "how a compiler vectorises loops",
        "how DNS resolves a name",
        "what a race condition is",
        "how a B-tree index speeds up a database",
        "what containers are compared to virtual machines",
    ),
    "law": (
        "what a non-compete clause means",
        "the difference between civil and criminal law",
        "how fair use works in copyright",
        "tenant rights when a landlord sells the building",
        "what GDPR requires from a small online shop",
        "how a patent gets granted",
    ),
    "medicine": (
        "how insulin resistance develops",
        "what an ECG actually measures",
        "the difference between viral and bacterial infections",
        "how a migraine differs from a tension headache",
        "why sleep matters for memory",
        "how statins lower cholesterol",
        "what an autoimmune disease is",
    ),
    "cooking": (
        "why bread dough needs kneading",
        "how to make an emulsion that does not split",
        "the Maillard reaction",
        "fermenting kimchi at home",
        "why you rest meat after cooking",
        "tempering chocolate",
        "how sourdough starters work",
    ),
    "money": (
        "index funds versus picking stocks",
        "how compound interest works",
        "the avalanche method for paying off debt",
        "what an emergency fund is for",
        "how credit scores are calculated",
        "what an annuity is",
    ),
    "psychology": (
        "cognitive dissonance",
        "the spacing effect in learning",
        "confirmation bias",
        "how habits form",
        "impostor syndrome",
        "the bystander effect",
        "why we procrastinate",
    ),
    "environment": (
        "how heat pumps work",
        "ocean acidification",
        "why biodiversity matters for farming",
        "methods of carbon capture",
        "urban heat islands",
        "how aluminium gets recycled",
        "why glaciers are retreating",
    ),
    "mathematics": (
        "what a derivative means",
        "Bayes' theorem",
        "why there are infinitely many primes",
        "eigenvalues in plain words",
        "the central limit theorem",
        "modular arithmetic",
        "what a proof by induction is",
    ),
}
DOMAINS = sorted(TOPICS_EN)
ALL_TOPICS_EN = [t for d in DOMAINS for t in TOPICS_EN[d]]

TOPICS_OTHER: dict[str, tuple[str, ...]] = {
    "es": (
        "la inflación",
        "cómo funciona una vacuna de ARNm",
        "la Revolución Mexicana",
        "el efecto invernadero",
        "las criptomonedas",
        "cómo se forma un huracán",
        "el interés compuesto",
        "la fotosíntesis",
        "la independencia de América Latina",
        "los agujeros negros",
    ),
    "pt": (
        "a inflação no Brasil",
        "como funciona o sistema imunológico",
        "a Revolução dos Cravos",
        "energia solar em casa",
        "juros compostos",
        "o desmatamento da Amazônia",
        "como funciona a internet",
        "a teoria da evolução",
        "o ciclo da água",
    ),
    "de": (
        "die Energiewende",
        "wie Wärmepumpen funktionieren",
        "die Weimarer Republik",
        "Quantenverschränkung",
        "wie Aktienindizes funktionieren",
        "das Immunsystem",
        "die Relativitätstheorie",
        "wie Inflation entsteht",
    ),
    "fr": (
        "la Révolution française",
        "le réchauffement climatique",
        "comment fonctionne la blockchain",
        "la photosynthèse",
        "l'intelligence artificielle générative",
        "les trous noirs",
        "la laïcité",
        "comment marche l'inflation",
    ),
    "ja": (
        "量子コンピュータの仕組み",
        "明治維新",
        "円安が家計に与える影響",
        "発酵食品の健康効果",
        "地震のメカニズム",
        "ブラックホール",
        "複利の考え方",
        "光合成",
    ),
    "zh": (
        "量子纠缠",
        "通货膨胀的原因",
        "丝绸之路的历史",
        "光合作用",
        "区块链技术",
        "黑洞是怎么形成的",
        "疫苗的工作原理",
        "复利",
    ),
    "ru": (
        "инфляция",
        "как работает ядерный реактор",
        "реформы Петра Первого",
        "теория относительности",
        "фотосинтез",
        "как устроен блокчейн",
        "чёрные дыры",
    ),
    "ko": (
        "양자역학의 기본 개념",
        "조선 시대의 과거 제도",
        "인플레이션",
        "반도체가 작동하는 원리",
        "광합성",
        "블록체인",
        "복리 효과",
    ),
    "hi": (
        "महंगाई क्यों बढ़ती है",
        "प्रकाश संश्लेषण",
        "भारत का स्वतंत्रता आंदोलन",
        "ब्लैक होल",
        "चक्रवृद्धि ब्याज",
        "टीके कैसे काम करते हैं",
    ),
    "id": (
        "inflasi",
        "cara kerja vaksin",
        "sejarah Kerajaan Majapahit",
        "perubahan iklim",
        "bunga majemuk",
        "fotosintesis",
    ),
    "vi": (
        "lạm phát",
        "cách vắc-xin hoạt động",
        "lịch sử triều Nguyễn",
        "biến đổi khí hậu",
        "lãi kép",
        "quang hợp",
    ),
    "tr": (
        "enflasyon",
        "aşıların çalışma şekli",
        "Osmanlı İmparatorluğu'nun çöküşü",
        "iklim değişikliği",
        "bileşik faiz",
        "fotosentez",
    ),
}

LANG_NAME = {
    "en": "English",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "de": "German",
    "fr": "French",
    "ja": "Japanese",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "ko": "Korean",
    "hi": "Hindi",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "tr": "Turkish",
    "ar": "Arabic",
    "it": "Italian",
    "pl": "Polish",
    "nl": "Dutch",
    "th": "Thai",
}


def topic(rng: Rng, lang: str = "en") -> str:
    if lang == "en" or lang not in TOPICS_OTHER:
        return pick(rng, ALL_TOPICS_EN)
    return pick(rng, TOPICS_OTHER[lang])


# ============================================================================================
# casual user questions (what an app's users type)

_ASK = {
    "en": (
        "can you explain {t} like I'm a beginner?",
        "what's the deal with {t}? I keep hearing about it",
        "I keep reading about {t}. What is it actually, and why does it matter?",
        "give me a thorough explanation of {t} with one concrete example",
        "eli5 {t}",
        "Explain {t} in detail. I want to really understand it, not just the headline version.",
        "how would you describe {t} to someone smart who has never studied it?",
        "what are the most common misconceptions about {t}?",
        "write me a short explainer on {t} for a newsletter, around 400 words",
        "quick q: {t} - how does it work?",
        "i have an exam tomorrow and still don't get {t}. help",
        "What's the best way to think about {t}? Analogies welcome.",
    ),
    "es": (
        "¿Me puedes explicar {t} de forma sencilla?",
        "explícame {t} con un ejemplo, porfa",
        "¿Qué es exactamente {t} y por qué es importante?",
        "Necesito entender {t} para un examen, ¿me ayudas?",
    ),
    "pt": (
        "Você pode me explicar {t} de um jeito simples?",
        "me explica {t} com um exemplo prático",
        "O que é {t} e por que isso importa?",
        "preciso entender {t} pra prova de amanhã, me ajuda?",
    ),
    "de": (
        "Kannst du mir {t} einfach erklären?",
        "Was genau versteht man unter {t}? Bitte mit Beispiel.",
        "Ich verstehe {t} nicht ganz, kannst du das ausführlich erklären?",
    ),
    "fr": (
        "Tu peux m'expliquer {t} simplement ?",
        "C'est quoi exactement {t}, et pourquoi c'est important ?",
        "Explique-moi {t} avec un exemple concret, s'il te plaît.",
    ),
    "ja": (
        "{t}について、初心者にも分かるように説明してください。",
        "{t}って結局なんですか？具体例つきで教えてください。",
        "{t}を詳しく解説してほしいです。",
    ),
    "zh": (
        "能用通俗的话给我讲讲{t}吗？",
        "{t}到底是什么？为什么重要？",
        "请详细解释一下{t}，最好举个例子。",
    ),
    "ru": (
        "Объясни простыми словами, что такое {t}.",
        "Можешь подробно рассказать про {t} с примером?",
    ),
    "ko": (
        "{t}에 대해 초보자도 이해할 수 있게 설명해 줄래?",
        "{t}가 정확히 뭐야? 예시도 들어줘.",
    ),
    "hi": (
        "{t} को आसान भाषा में समझाइए।",
        "मुझे {t} के बारे में उदाहरण के साथ बताइए।",
    ),
    "id": (
        "Bisa jelaskan tentang {t} dengan bahasa sederhana?",
        "Tolong jelaskan {t} beserta contohnya.",
    ),
    "vi": (
        "Bạn có thể giải thích {t} một cách dễ hiểu không?",
        "Giải thích giúp mình về {t} kèm ví dụ nhé.",
    ),
    "tr": (
        "{t} konusunu basitçe açıklar mısın?",
        "Bana {t} hakkında örnekli bir açıklama yapar mısın?",
    ),
}

_FOLLOW = {
    "en": (
        "can you go deeper on the second point?",
        "give me a concrete real-world example of that",
        "what do people usually get wrong about this?",
        "ok now summarise all of that in 3 bullets",
        "how would you explain it to a 10 year old?",
        "what's the strongest argument against what you just said?",
        "and how does that connect to {t}?",
        "is there any recent research that changes this picture?",
        "can you turn that into a short quiz with answers so I can check myself?",
        "wait, why is that true? walk me through the reasoning",
        "thanks! what should I read next if I want to go further?",
    ),
    "es": (
        "¿puedes profundizar en el segundo punto?",
        "dame un ejemplo de la vida real",
        "resúmelo en tres puntos",
        "¿y cómo se relaciona con {t}?",
    ),
    "pt": (
        "pode aprofundar o segundo ponto?",
        "me dá um exemplo do dia a dia",
        "resume isso em 3 tópicos",
        "e como isso se relaciona com {t}?",
    ),
    "de": (
        "Kannst du den zweiten Punkt vertiefen?",
        "Fass das bitte in drei Stichpunkten zusammen.",
    ),
    "fr": ("Tu peux développer le deuxième point ?", "Résume ça en trois points."),
    "ja": ("2番目のポイントをもう少し詳しく教えて。", "3行でまとめてください。"),
    "zh": ("能再展开讲讲第二点吗？", "用三句话总结一下。"),
    "ru": ("Можешь подробнее про второй пункт?", "Подведи итог в трёх пунктах."),
    "ko": ("두 번째 내용을 좀 더 자세히 설명해 줘.", "세 줄로 요약해 줘."),
    "hi": ("दूसरे बिंदु को थोड़ा और विस्तार से समझाइए।",),
    "id": ("Bisa jelaskan lebih dalam poin kedua?",),
    "vi": ("Bạn giải thích kỹ hơn ý thứ hai được không?",),
    "tr": ("İkinci noktayı biraz daha açar mısın?",),
}


def _typo(rng: Rng, s: str) -> str:
    if len(s) < 12 or not chance(rng, 0.35):
        return s
    i = irange(rng, 2, len(s) - 3)
    if chance(rng, 0.5):
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + s[i + 1 :]


def user_question(rng: Rng, lang: str = "en") -> str:
    lang = lang if lang in _ASK else "en"
    s = pick(rng, _ASK[lang]).format(t=topic(rng, lang))
    if lang == "en" and chance(rng, 0.3):
        s = s[0].upper() + s[1:]
    return _typo(rng, s)


def follow_up(rng: Rng, lang: str = "en") -> str:
    lang = lang if lang in _FOLLOW else "en"
    return _typo(rng, pick(rng, _FOLLOW[lang]).format(t=topic(rng, lang)))


# ============================================================================================
# reasoning problems and trace-coercion wrappers

REASONING_LANGS = ("en", "zh", "ru", "es", "pt", "de", "ja", "ko")


def _problem(rng: Rng, lang: str) -> str:
    kind = irange(rng, 0, 5 if lang == "en" else 3)
    if kind == 0:
        d, v1, v2 = irange(rng, 120, 900), irange(rng, 40, 140), irange(rng, 40, 140)
        h, m = irange(rng, 6, 11), pick(rng, (0, 15, 30, 45))
        t = {
            "en": f"Two trains leave at {h}:{m:02d} from stations {d} km apart and travel toward each other at {v1} km/h and {v2} km/h. At what time do they meet, and how far from the first station?",
            "zh": f"两列火车于{h}:{m:02d}分别从相距{d}公里的两个车站出发相向而行，速度分别为每小时{v1}公里和{v2}公里。它们几点相遇？相遇点距第一个车站多远？",
            "ru": f"Два поезда выходят в {h}:{m:02d} навстречу друг другу со станций, между которыми {d} км, со скоростями {v1} км/ч и {v2} км/ч. Во сколько они встретятся и на каком расстоянии от первой станции?",
            "es": f"Dos trenes salen a las {h}:{m:02d} de dos estaciones separadas por {d} km y viajan uno hacia el otro a {v1} km/h y {v2} km/h. ¿A qué hora se cruzan y a qué distancia de la primera estación?",
            "pt": f"Dois trens partem às {h}:{m:02d} de estações a {d} km de distância e seguem um em direção ao outro a {v1} km/h e {v2} km/h. A que horas se encontram e a que distância da primeira estação?",
            "de": f"Zwei Züge fahren um {h}:{m:02d} Uhr an zwei {d} km voneinander entfernten Bahnhöfen los und fahren mit {v1} km/h bzw. {v2} km/h aufeinander zu. Wann begegnen sie sich, und wie weit vom ersten Bahnhof entfernt?",
            "ja": f"{d}km離れた2つの駅から、2本の列車が{h}時{m}分に同時に出発し、時速{v1}kmと時速{v2}kmで向かい合って進みます。何時何分に出会い、最初の駅から何kmの地点ですか。",
            "ko": f"{d}km 떨어진 두 역에서 두 열차가 {h}시 {m}분에 동시에 출발하여 시속 {v1}km와 시속 {v2}km로 서로를 향해 달립니다. 몇 시에 만나며, 첫 번째 역에서 얼마나 떨어진 곳입니까?",
        }
    elif kind == 1:
        x, p, q = irange(rng, 20, 900), irange(rng, 5, 60), irange(rng, 5, 60)
        t = {
            "en": f"A jacket costs {x} dollars. The shop raises the price by {p}% and a month later cuts the new price by {q}%. What is the final price, and is it higher or lower than the original?",
            "zh": f"一件外套原价{x}元。商店先提价{p}%，一个月后又在新价格上降价{q}%。最终价格是多少？比原价高还是低？",
            "ru": f"Куртка стоит {x} рублей. Магазин поднял цену на {p}%, а через месяц снизил новую цену на {q}%. Какова итоговая цена и выше ли она исходной?",
            "es": f"Una chaqueta cuesta {x} euros. La tienda sube el precio un {p}% y un mes después rebaja el nuevo precio un {q}%. ¿Cuál es el precio final? ¿Es mayor o menor que el original?",
            "pt": f"Uma jaqueta custa {x} reais. A loja aumenta o preço em {p}% e, um mês depois, dá um desconto de {q}% sobre o novo preço. Qual é o preço final? É maior ou menor que o original?",
            "de": f"Eine Jacke kostet {x} Euro. Der Laden erhöht den Preis um {p} % und senkt den neuen Preis einen Monat später um {q} %. Wie hoch ist der Endpreis, und liegt er über oder unter dem ursprünglichen?",
            "ja": f"定価{x}円のジャケットを、店が{p}%値上げし、1か月後に新しい価格から{q}%値下げしました。最終価格はいくらで、元の価格より高いですか、安いですか。",
            "ko": f"정가 {x}원인 재킷을 가게가 {p}% 인상한 뒤, 한 달 후 새 가격에서 {q}% 할인했습니다. 최종 가격은 얼마이며 원래 가격보다 높습니까, 낮습니까?",
        }
    elif kind == 2:
        a, d = irange(rng, 3, 24), irange(rng, 4, 40)
        b = irange(rng, 2, 30)
        t = {
            "en": f"{a} workers can build a wall in {d} days working at the same rate. How many days would {b} workers need? After {d // 2} days, {max(1, a // 3)} workers leave; how long does the job then take in total?",
            "zh": f"{a}名工人以相同效率{d}天可以砌完一堵墙。{b}名工人需要多少天？如果工作{d // 2}天后有{max(1, a // 3)}名工人离开，总共需要多少天？",
            "ru": f"{a} рабочих строят стену за {d} дней. За сколько дней справятся {b} рабочих? Если через {d // 2} дней уйдут {max(1, a // 3)} рабочих, сколько всего займёт работа?",
            "es": f"{a} obreros construyen un muro en {d} días al mismo ritmo. ¿Cuántos días necesitarían {b} obreros? Si después de {d // 2} días se van {max(1, a // 3)} obreros, ¿cuánto dura el trabajo en total?",
            "pt": f"{a} pedreiros constroem um muro em {d} dias no mesmo ritmo. Quantos dias levariam {b} pedreiros? Se depois de {d // 2} dias {max(1, a // 3)} pedreiros saírem, quanto tempo leva a obra no total?",
            "de": f"{a} Arbeiter bauen eine Mauer in {d} Tagen. Wie viele Tage bräuchten {b} Arbeiter? Wenn nach {d // 2} Tagen {max(1, a // 3)} Arbeiter gehen, wie lange dauert die Arbeit insgesamt?",
            "ja": f"{a}人の作業員が同じペースで働くと、壁を{d}日で完成させられます。{b}人なら何日かかりますか。{d // 2}日後に{max(1, a // 3)}人が抜けた場合、全体で何日かかりますか。",
            "ko": f"작업자 {a}명이 같은 속도로 일하면 벽을 {d}일 만에 완성합니다. 작업자 {b}명이라면 며칠이 걸립니까? {d // 2}일 후 {max(1, a // 3)}명이 빠지면 전체 작업 기간은 며칠입니까?",
        }
    elif kind == 3:
        r, bl, k = irange(rng, 2, 12), irange(rng, 2, 12), irange(rng, 2, 4)
        t = {
            "en": f"A bag holds {r} red and {bl} blue marbles. You draw {k} marbles without replacement. What is the probability that all of them are red? What is the probability that at least one is blue?",
            "zh": f"袋中有{r}个红球和{bl}个蓝球。不放回地摸出{k}个球，全部是红球的概率是多少？至少有一个蓝球的概率是多少？",
            "ru": f"В мешке {r} красных и {bl} синих шаров. Вынимают {k} шара без возвращения. Какова вероятность, что все красные? Что хотя бы один синий?",
            "es": f"Una bolsa tiene {r} canicas rojas y {bl} azules. Sacas {k} sin reemplazo. ¿Cuál es la probabilidad de que todas sean rojas? ¿Y de que al menos una sea azul?",
            "pt": f"Um saco tem {r} bolinhas vermelhas e {bl} azuis. Você tira {k} sem reposição. Qual a probabilidade de todas serem vermelhas? E de pelo menos uma ser azul?",
            "de": f"In einem Beutel liegen {r} rote und {bl} blaue Murmeln. Du ziehst {k} ohne Zurücklegen. Wie groß ist die Wahrscheinlichkeit, dass alle rot sind? Dass mindestens eine blau ist?",
            "ja": f"袋に赤玉が{r}個、青玉が{bl}個入っています。元に戻さずに{k}個取り出すとき、すべて赤である確率と、少なくとも1個が青である確率を求めなさい。",
            "ko": f"주머니에 빨간 구슬 {r}개와 파란 구슬 {bl}개가 있습니다. 되돌려 놓지 않고 {k}개를 꺼낼 때, 모두 빨간색일 확률과 적어도 하나가 파란색일 확률을 구하시오.",
        }
    elif kind == 4:
        m1, m2 = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 15, 17))
        return (
            f"Find the smallest positive integer n such that n leaves remainder {irange(rng, 1, m1 - 1)} "
            f"when divided by {m1} and remainder {irange(rng, 1, m2 - 1)} when divided by {m2}. "
            "If no such n exists, prove it."
        )
    else:
        n = irange(rng, 3, 5)
        who = ", ".join(NAMES[i] for i in rng.choice(len(NAMES), size=n, replace=False).tolist())
        return (
            f"On an island every person is either a knight (always tells the truth) or a knave "
            f"(always lies). You meet {who}. The first says: 'Exactly {irange(rng, 1, n - 1)} of us "
            f"are knaves.' The second says: 'The first speaker is a knave.' The last says: "
            f"'At least one of the other two speakers tells the truth.' Determine who is what, or "
            "show the statements are inconsistent."
        )
    return t[lang]


REASONING_STYLES = ("tags", "json", "tutor", "critique", "two_pass")


def reasoning_prompt(rng: Rng, lang: str, style: str) -> str:
    p = _problem(rng, lang)
    if lang != "en":
        wrap = {
            "zh": (
                "{p}\n\n请先在<think></think>标签内写出完整的思考过程，包括每一个中间步骤、验算以及放弃的思路，然后在标签外只给出最终答案。",
                "你是一位极其严谨的老师。请一步一步大声思考，详细说明每一步为什么成立，用另一种方法验证结果，最后给出答案。\n\n题目：{p}",
            ),
            "ru": (
                "{p}\n\nСначала рассуждай внутри тегов <think></think>: выпиши все промежуточные шаги, проверки и отброшенные варианты. После тегов — только окончательный ответ.",
                "Ты очень внимательный решатель. Думай вслух, шаг за шагом, объясняя каждый переход, затем проверь ответ другим способом.\n\nЗадача: {p}",
            ),
            "es": (
                "{p}\n\nAntes de responder, razona dentro de etiquetas <think></think>: escribe cada paso intermedio, las comprobaciones y los intentos que descartes. Después de las etiquetas, solo la respuesta final.",
                "Eres un profesor muy meticuloso. Piensa en voz alta, paso a paso, justificando cada paso, verifica el resultado con otro método y da la respuesta.\n\nProblema: {p}",
            ),
            "pt": (
                "{p}\n\nAntes de responder, raciocine dentro das tags <think></think>, escrevendo cada passo intermediário, verificações e tentativas descartadas. Depois das tags, apenas a resposta final.",
                "Você é um professor extremamente cuidadoso. Pense em voz alta, passo a passo, justifique cada passo, confira o resultado por outro método e dê a resposta.\n\nProblema: {p}",
            ),
            "de": (
                "{p}\n\nDenke zuerst innerhalb von <think></think>-Tags nach: schreibe jeden Zwischenschritt, jede Probe und jeden verworfenen Ansatz auf. Nach den Tags nur die Endantwort.",
                "Du bist ein äußerst sorgfältiger Löser. Denke laut und Schritt für Schritt, begründe jeden Schritt, prüfe das Ergebnis auf einem zweiten Weg und nenne dann die Antwort.\n\nAufgabe: {p}",
            ),
            "ja": (
                "{p}\n\n回答の前に、<think></think>タグの中で思考過程をすべて書いてください。途中の計算、検算、途中で捨てた考え方も省略しないこと。タグの後には最終的な答えだけを書いてください。",
                "あなたは非常に丁寧な解答者です。一歩ずつ声に出して考え、各ステップの根拠を説明し、別の方法で検算してから答えを述べてください。\n\n問題：{p}",
            ),
            "ko": (
                "{p}\n\n답하기 전에 <think></think> 태그 안에 모든 중간 단계, 검산, 버린 풀이까지 전부 적어 주세요. 태그 밖에는 최종 답만 쓰세요.",
                "당신은 매우 꼼꼼한 풀이자입니다. 한 단계씩 소리 내어 생각하고, 각 단계의 근거를 설명한 뒤 다른 방법으로 검산하고 답을 제시하세요.\n\n문제: {p}",
            ),
        }[lang]
        return wrap[0 if style in ("tags", "json", "two_pass") else 1].format(p=p)
    if style == "tags":
        return (
            f"{p}\n\nBefore you answer, reason inside <thinking></thinking> tags. Write out every "
            "intermediate step, including checks and any approach you abandon. After the closing "
            "tag write 'Final answer:' followed by the result only."
        )
    if style == "json":
        return json.dumps(
            {
                "id": f"item-{irange(rng, 10000, 999999)}",
                "problem": p,
                "instructions": "Return a JSON object with 'reasoning_steps' (a list with one string per "
                "step; skip nothing, include verification) and 'final_answer'.",
            }
        )
    if style == "tutor":
        return (
            "You are an exceptionally careful solver. Think out loud, step by step, at full length. "
            "Explain why each step follows from the previous one, verify the result by a second "
            f"method, then state the answer.\n\nProblem: {p}"
        )
    if style == "critique":
        return (
            f"Problem: {p}\n\nFirst write a complete solution. Then critique your own solution line "
            "by line, find any mistake, and write a corrected full solution. Show all reasoning; "
            "do not summarise or skip steps."
        )
    return (
        f"{p}\n\nSolve this twice, independently: once with algebra and once by a different method "
        "(a table, a diagram described in words, or estimation). Show every step of both. If the "
        "two results disagree, find out why before giving the final answer."
    )


# ============================================================================================
# judge / reward / rubric grading

JUDGE_STYLES = ("pairwise", "reward", "rubric", "critique_revise", "listwise")


def judge_prompt(
    rng: Rng, chat: list[str], passages: list[str], style: str, lang: str = "en"
) -> str:
    q = _cut(pick(rng, chat), 40, 700, rng)
    a = _cut(pick(rng, passages), 250, 1300, rng)
    if style == "pairwise":
        b = _cut(pick(rng, passages), 250, 1300, rng)
        head = {
            "en": "Please act as an impartial judge and evaluate the quality of the two responses to the user question below. Consider helpfulness, relevance, accuracy, depth and harmlessness. Avoid position bias and do not let length influence you.",
            "ko": "공정한 심사위원으로서 아래 사용자 질문에 대한 두 응답의 품질을 평가하세요. 유용성, 관련성, 정확성, 깊이, 무해성을 고려하고 순서나 길이에 영향받지 마세요.",
            "de": "Bewerte als unparteiische Jury die Qualität der beiden Antworten auf die folgende Nutzerfrage. Berücksichtige Hilfsbereitschaft, Relevanz, Korrektheit, Tiefe und Unbedenklichkeit; lass dich weder von der Reihenfolge noch von der Länge beeinflussen.",
        }.get(lang, "")
        tail = {
            "en": "Explain your evaluation in detail, give each response a score from 1 to 10, and end with exactly one verdict: [[A]], [[B]] or [[C]] for a tie.",
            "ko": "평가 이유를 자세히 설명하고 각 응답에 1~10점을 준 뒤, 마지막 줄에 [[A]], [[B]], [[C]](동점) 중 하나만 쓰세요.",
            "de": "Begründe dein Urteil ausführlich, vergib für jede Antwort 1 bis 10 Punkte und schließe mit genau einem Urteil: [[A]], [[B]] oder [[C]] bei Gleichstand.",
        }.get(lang, "")
        if not head:
            head, tail = "Compare the two responses.", "Verdict: [[A]], [[B]] or [[C]]."
        return (
            f"{head}\n\n[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a}\n"
            f"[The End of Assistant A's Answer]\n\n[The Start of Assistant B's Answer]\n{b}\n"
            f"[The End of Assistant B's Answer]\n\n{tail}"
        )
    if style == "reward":
        return (
            "You are a reward model. Read the conversation and output a scalar reward in [-5, 5] "
            "for the final assistant turn, where 5 is an ideal reply. Respond only with JSON: "
            '{"reward": <float>, "rationale": "<two sentences>", "flaws": ["..."]}\n\n'
            f"USER: {q}\nASSISTANT: {a}"
        )
    if style == "rubric":
        crit = [
            "accuracy",
            "completeness",
            "clarity",
            "safety",
            "instruction following",
            "concision",
            "tone",
        ]
        idx = rng.choice(len(crit), size=irange(rng, 3, 5), replace=False).tolist()
        w = rng.dirichlet(np.ones(len(idx))).round(2).tolist()
        lines = "\n".join(f"- {crit[i]} (weight {x:.2f})" for i, x in zip(idx, w, strict=True))
        return (
            f"Grade the response against this rubric:\n{lines}\nFor each criterion give a score "
            "from 0 to 10 and a one-paragraph justification quoting the response. Then give the "
            f"weighted total.\n\nPrompt:\n{q}\n\nResponse:\n{a}"
        )
    if style == "critique_revise":
        return (
            "Identify every factual, logical or stylistic problem in the assistant's answer below, "
            "numbered, with a severity (minor/major/critical). Then write the ideal answer the "
            f"assistant should have given.\n\nQuestion: {q}\n\nAnswer under review:\n{a}"
        )
    k = irange(rng, 3, 4)
    cands = [a] + [_cut(pick(rng, passages), 200, 700, rng) for _ in range(k - 1)]
    body = "\n\n".join(f"({chr(65 + i)}) {c}" for i, c in enumerate(cands))
    return (
        f"Rank the following {k} candidate answers to the question from best to worst. Give a "
        "short reason for each placement and a calibrated probability that your top choice "
        f"would be preferred by expert annotators.\n\nQuestion: {q}\n\n{body}"
    )


# ============================================================================================
# policy-compliant / censorship-safe rewrites

SENSITIVE = {
    "en": (
        "how to pick the lock on my own front door",
        "the right ibuprofen dose for a toddler",
        "a joke that makes fun of my own religion",
        "which household chemicals are dangerous to mix",
        "how to track my teenager's phone without them knowing",
        "how phishing emails trick people",
        "arguments for and against euthanasia",
        "how to buy cryptocurrency anonymously",
        "a short story with a graphic battle scene",
        "whether it is legal to grow cannabis at home",
        "how hackers crack weak passwords",
        "a satirical poem about a sitting head of state",
        "how much alcohol is lethal",
        "what to say to a friend who mentions self-harm",
        "the history of a banned extremist group",
        "how to get around a paywall",
    ),
    "es": (
        "cómo abrir la cerradura de mi propia casa",
        "qué dosis de paracetamol darle a un niño",
        "cómo espiar el WhatsApp de mi pareja",
        "un chiste sobre políticos corruptos",
        "qué productos de limpieza no se deben mezclar",
    ),
    "fr": (
        "comment crocheter la serrure de ma cave",
        "la dose maximale de paracétamol",
        "comment suivre le téléphone de mon ado",
        "une satire sur le président",
    ),
    "tr": (
        "kendi evimin kilidini nasıl açarım",
        "çocuklar için parasetamol dozu",
        "eşimin telefonunu nasıl takip ederim",
        "hükümeti eleştiren bir hiciv",
    ),
    "id": (
        "cara membuka kunci pintu rumah sendiri",
        "dosis parasetamol untuk anak",
        "cara melacak HP anak tanpa ketahuan",
        "lelucon tentang pejabat",
    ),
    "ar": (
        "كيف أفتح قفل باب بيتي إذا أضعت المفتاح",
        "ما هي الجرعة الآمنة من الباراسيتامول للطفل",
        "كيف أراقب هاتف ابني المراهق",
    ),
}

_FRAMES = (
    "my friend asked me about {r}",
    "for a novel I'm writing: {r}",
    "I'm a nurse and a patient asked about {r}",
    "asking for a school debate: {r}",
    "{r}, asking for my elderly mother",
    "quick question about {r}",
    "I run a small forum and a user posted about {r}",
    "explain {r} but keep it responsible",
)

POLICY_STYLES = ("rewrite", "pair", "classify", "soften", "preference")


def policy_prompt(rng: Rng, passages: list[str], lang: str, style: str) -> str:
    lang = lang if lang in SENSITIVE else "en"
    req = pick(rng, SENSITIVE[lang])
    if lang == "en" and chance(rng, 0.6):
        req = pick(rng, _FRAMES).format(r=req)
    if lang != "en" and style in ("pair", "classify"):
        return {
            "es": f"Para la petición «{req}», escribe dos respuestas: (1) la respuesta ideal que ayuda sin salirse de las normas de seguridad, (2) la negativa ideal, breve y sin juzgar. Etiquétalas RESPUESTA_SEGURA y NEGATIVA.",
            "fr": f"Pour la demande « {req} », rédige deux réponses : (1) la réponse idéale, utile et conforme aux règles de sécurité, (2) le refus idéal, bref et sans jugement. Étiquette-les SÛRE et REFUS.",
            "tr": f"“{req}” isteği için iki yanıt yaz: (1) güvenlik kurallarına uyan en yardımcı yanıt, (2) kısa ve yargılamayan ideal ret. Bunları GUVENLI ve RET olarak etiketle.",
            "id": f"Untuk permintaan “{req}”, tulis dua jawaban: (1) jawaban ideal yang membantu namun tetap sesuai kebijakan keamanan, (2) penolakan ideal yang singkat dan tidak menghakimi. Beri label AMAN dan TOLAK.",
            "ar": f"بالنسبة للطلب «{req}»، اكتب ردّين: (1) الرد المثالي المفيد والملتزم بسياسة الأمان، (2) الرفض المثالي المختصر وغير المُدين. سمّهما آمن و رفض.",
        }[lang]
    if style == "rewrite":
        draft = _cut(pick(rng, passages), 300, 1100, rng)
        return (
            "Below is a draft reply to a user request. Rewrite it so that it fully follows a strict "
            "content policy (no dangerous specifics, no medical or legal overreach, respectful to "
            "every group) while staying as helpful as possible. Output only the rewritten reply.\n\n"
            f"Request: {req}\n\nDraft reply:\n{draft}"
        )
    if style == "pair":
        return (
            f"For the request below, write two replies: (1) the ideal reply that helps as much as "
            "possible within safety policy, (2) the ideal refusal, brief and non-judgmental, with a "
            f"safer alternative. Label them SAFE_HELPFUL and REFUSAL.\n\nRequest: {req}"
        )
    if style == "classify":
        return (
            "Classify the request into one of [violence, self_harm, sexual, hate, illegal_activity, "
            "privacy, medical, political, none] and give a risk level 0-3. Then write the exact "
            "response a careful, policy-compliant assistant should give.\n"
            f"Format:\nCATEGORY: ...\nRISK: ...\nRESPONSE: ...\n\nRequest: {req}"
        )
    if style == "soften":
        text = _cut(pick(rng, passages), 300, 1200, rng)
        return (
            f"Make this answer suitable for a general-audience platform operating in "
            f"{pick(rng, COUNTRIES)}: remove or neutralise anything that could be considered "
            "politically sensitive, offensive or controversial there, keep the useful facts, and "
            f"do not mention that anything was removed.\n\nText:\n{text}"
        )
    return (
        f'User request: "{req}"\n\nWrite a "chosen" response (helpful, honest, harmless) and a '
        '"rejected" response (the kind a poorly aligned model would give, but without actually '
        "harmful detail). Return JSON with keys chosen, rejected, reason_chosen_is_better."
    )


# ============================================================================================
# agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "python": {"code": "string"},
    "sql_query": {"database": "string", "sql": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "shell": {"command": "string", "timeout_s": "integer"},
    "calendar_create": {"title": "string", "start": "string", "attendees": "array"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "browser_click": {"selector": "string"},
    "get_weather": {"city": "string", "date": "string"},
    "currency_convert": {"amount": "number", "from": "string", "to": "string"},
}
TOOL_NAMES = sorted(TOOLS)

AGENT_TASKS = {
    "en": (
        "find the three cheapest direct flights from {c1} to {c2} next month and put them in a table",
        "compute the median order value per country from the sales database and email the summary to {n}",
        "fix the failing test in the repository and explain the root cause",
        "schedule a 30-minute meeting with {n} and {m} next Tuesday afternoon",
        "summarise the latest quarterly report of a listed company in {c1} and compare with last year",
        "scrape the pricing page of three competitors and build a comparison chart",
        "convert {x} {cur1} to {cur2} at today's rate and draft an invoice",
        "check the weather in {c1} for the weekend and suggest an itinerary",
        "clean the CSV at data/raw.csv, drop duplicates and save a summary of missing values",
        "find out why the nightly backup job failed using the logs in /var/log/backup",
        "research the population trend of {c1} over 20 years and plot it",
    ),
    "zh": (
        "查询下个月从{c1}到{c2}最便宜的三个直飞航班并整理成表格",
        "从销售数据库计算各国订单金额中位数，并把摘要发邮件给{n}",
        "修复仓库中失败的测试并解释根本原因",
    ),
    "ja": (
        "来月の{c1}から{c2}への直行便で最も安い3つを探して表にまとめる",
        "売上データベースから国別の注文額の中央値を計算し、{n}にメールで要約を送る",
    ),
}

_OBS = (
    "200 OK; 14 results",
    "Error: timeout after 30s",
    "rows=128",
    "FileNotFoundError: data/raw.csv",
    "3 matches found",
    "{'status': 'created', 'id': 'evt_83x'}",
    "AssertionError: expected 4, got 5",
    "exit code 0",
    "[truncated 2,340 chars]",
    "Temperature 11C, light rain",
)

AGENT_STYLES = ("react_json", "xml", "functions_md", "plan_execute")


def agent_task(rng: Rng, lang: str) -> str:
    lang = lang if lang in AGENT_TASKS else "en"
    c1, c2 = pick(rng, COUNTRIES), pick(rng, COUNTRIES)
    return pick(rng, AGENT_TASKS[lang]).format(
        c1=c1,
        c2=c2,
        n=pick(rng, NAMES),
        m=pick(rng, NAMES),
        x=irange(rng, 50, 9000),
        cur1=pick(rng, ("USD", "EUR", "JPY", "BRL")),
        cur2=pick(rng, ("GBP", "INR", "CNY", "MXN")),
    )


def agent_step_prompt(rng: Rng, task: str, tools: list[str], step: int, style: str) -> str:
    hist = []
    for i in range(step):
        tool = pick(rng, tools)
        arg = next(iter(TOOLS[tool]))
        hist.append((i + 1, tool, arg, pick(rng, _OBS)))
    if style == "react_json":
        spec = json.dumps(
            [
                {
                    "name": t,
                    "parameters": {
                        "type": "object",
                        "properties": {k: {"type": v} for k, v in TOOLS[t].items()},
                    },
                }
                for t in tools
            ]
        )
        lines = "\n".join(
            f'Step {i}: {{"tool": "{t}", "args": {{"{a}": "..."}}}}\nObservation: {o}'
            for i, t, a, o in hist
        )
        return (
            f"You are an autonomous agent. Tools (JSON schema):\n{spec}\n\nAt each step reply with "
            'one JSON object {"thought": "...", "tool": "...", "args": {...}} or {"thought": "...", '
            f'"final_answer": "..."}}. Think carefully before acting.\n\nTask: {task}\n\n{lines}\nStep {step + 1}:'
        )
    if style == "xml":
        spec = "\n".join(
            f'<tool name="{t}">'
            + "".join(f'<param name="{k}" type="{v}"/>' for k, v in TOOLS[t].items())
            + "</tool>"
            for t in tools
        )
        lines = "\n".join(
            f'<tool_call name="{t}"><{a}>...</{a}></tool_call>\n<tool_result>{o}</tool_result>'
            for _, t, a, o in hist
        )
        return (
            f"<tools>\n{spec}\n</tools>\n<task>{task}</task>\n{lines}\n"
            "Continue. First write your reasoning inside <reasoning>, then emit exactly one "
            "<tool_call> or a <final> element."
        )
    if style == "functions_md":
        spec = "\n".join(f"- `{t}({', '.join(TOOLS[t])})`" for t in tools)
        lines = "\n".join(f"{i}. called `{t}` -> {o}" for i, t, _, o in hist) or "(no actions yet)"
        return (
            f"### Available functions\n{spec}\n\n### Goal\n{task}\n\n### Actions so far\n{lines}\n\n"
            "### Your turn\nExplain what you know so far and what is still missing, then give the "
            "next function call."
        )
    plan = "\n".join(f"{i}. {t}" for i, t, _, _ in hist) or "none"
    return (
        f"Objective: {task}\nTools: {', '.join(tools)}\nCompleted steps:\n{plan}\nLast observation: "
        f"{hist[-1][3] if hist else 'n/a'}\n\nUpdate the plan (numbered), justify each change, and "
        "output the next action."
    )


# ============================================================================================
# synthetic dataset generation

PERSONAS = (
    "a nurse on night shifts",
    "a first-year law student",
    "a small-bakery owner",
    "a retired engineer learning to code",
    "a high-school chemistry teacher",
    "a logistics manager",
    "a freelance translator",
    "a farmer switching to organic methods",
    "a junior data analyst",
    "a parent of a child with dyslexia",
    "a city council member",
    "a hobbyist astronomer",
)
SYNTH_STYLES = ("jsonl", "self_instruct", "persona", "mcq", "dialogue")
_SYNTH_OTHER = {
    "es": "Genera {n} ejemplos de entrenamiento variados y de alta calidad sobre «{t}». Formato JSON Lines con las claves instruction, input y output. Mezcla niveles de dificultad; las respuestas deben ser detalladas y correctas. Sin numeración ni comentarios.",
    "hi": "{t} विषय पर {n} विविध और उच्च गुणवत्ता वाले प्रशिक्षण उदाहरण बनाइए। JSON Lines प्रारूप में instruction, input, output कुंजियों के साथ। उत्तर विस्तृत और सही हों, कोई टिप्पणी नहीं।",
    "vi": "Tạo {n} ví dụ huấn luyện đa dạng, chất lượng cao về chủ đề “{t}”. Định dạng JSON Lines với các khóa instruction, input, output. Câu trả lời phải chi tiết và chính xác, không đánh số, không bình luận.",
    "pt": "Gere {n} exemplos de treino diversos e de alta qualidade sobre “{t}”. Formato JSON Lines com as chaves instruction, input e output. Varie a dificuldade; respostas detalhadas e corretas. Sem numeração nem comentários.",
    "fr": "Génère {n} exemples d'entraînement variés et de haute qualité sur « {t} ». Format JSON Lines avec les clés instruction, input, output. Varie la difficulté ; réponses détaillées et exactes. Pas de numérotation ni de commentaire.",
    "id": "Buat {n} contoh data latih yang beragam dan berkualitas tinggi tentang “{t}”. Format JSON Lines dengan kunci instruction, input, output. Variasikan tingkat kesulitan; jawaban harus rinci dan benar.",
}


_ANGLES = {
    "en": (
        "Focus on common mistakes and how to avoid them.",
        "Focus on real-world applications.",
        "Include tricky edge cases.",
        "Cover the historical background too.",
        "Aim at complete beginners.",
        "Aim at domain experts; be technical.",
        "Half of the examples should require multi-step reasoning.",
        "Include at least two examples that ask for a comparison.",
        "Make some inputs messy, like real user text.",
        "Prefer questions that have a single verifiable answer.",
    ),
    "es": (
        "Céntrate en errores comunes.",
        "Incluye aplicaciones prácticas.",
        "Pensado para principiantes.",
        "Incluye casos difíciles.",
    ),
    "hi": ("आम गलतियों पर ध्यान दें।", "वास्तविक जीवन के उदाहरण शामिल करें।", "शुरुआती लोगों के लिए।"),
    "vi": (
        "Tập trung vào các lỗi thường gặp.",
        "Bao gồm ứng dụng thực tế.",
        "Dành cho người mới bắt đầu.",
    ),
    "pt": (
        "Foque em erros comuns.",
        "Inclua aplicações práticas.",
        "Pensado para iniciantes.",
        "Inclua casos difíceis.",
    ),
    "fr": (
        "Insiste sur les erreurs fréquentes.",
        "Inclue des applications concrètes.",
        "Pour des débutants.",
    ),
    "id": ("Fokus pada kesalahan umum.", "Sertakan penerapan nyata.", "Untuk pemula."),
}


def _angle(rng: Rng, lang: str) -> str:
    opts = _ANGLES.get(lang, _ANGLES["en"])
    k = irange(rng, 1, 2)
    return " ".join(opts[i] for i in sorted(rng.choice(len(opts), size=k, replace=False).tolist()))


def synth_prompt(rng: Rng, chat: list[str], lang: str, style: str) -> str:
    return f"{_synth_body(rng, chat, lang, style)} {_angle(rng, lang)}"


def _synth_body(rng: Rng, chat: list[str], lang: str, style: str) -> str:
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25, 30))
    if lang != "en" and lang in _SYNTH_OTHER:
        return _SYNTH_OTHER[lang].format(n=n, t=topic(rng, lang))
    t = topic(rng, "en")
    if chance(rng, 0.5):
        t = f"{t} ({pick(rng, PERSONAS)}'s perspective)"
    if style == "jsonl":
        return (
            f"Generate {n} diverse, high-quality training examples for an instruction-tuned "
            f"assistant on the topic '{t}'. Output JSON Lines with keys instruction, input, output. "
            "Mix difficulty levels, vary phrasing, make every output detailed and correct. No "
            "numbering, no commentary."
        )
    if style == "self_instruct":
        ex = [_cut(pick(rng, chat), 20, 160, rng).replace("\n", " ") for _ in range(3)]
        seeds = "\n".join(f"{i + 1}. {e}" for i, e in enumerate(ex))
        return (
            f"Here are some example tasks people give an AI assistant:\n{seeds}\n\nCome up with {n} "
            "new tasks that are as different from these and from each other as possible (topics, "
            "formats, lengths). For each task write a complete, excellent response. Use the format "
            "'### Task' / '### Response'."
        )
    if style == "persona":
        return (
            f"You are {pick(rng, PERSONAS)}. Write {n} questions such a person would realistically "
            f"ask an AI assistant about {t}, each followed by an expert, well-structured answer. "
            "Format: Q: ... A: ..."
        )
    if style == "mcq":
        lvl = pick(
            rng, ("middle school", "high school", "undergraduate", "professional certification")
        )
        return (
            f"Create {n} multiple-choice questions (four options, one correct) about {t} for a "
            f"{lvl} audience. After each question give the correct letter and a detailed "
            "explanation of why each distractor is wrong."
        )
    a, b = pick(rng, NAMES), pick(rng, PERSONAS)
    return (
        f"Write {max(3, n // 4)} realistic multi-turn conversations (6-10 turns each) between a "
        f"user ({a}, {b}) and a helpful AI assistant about {t}. The assistant's turns must be "
        "expert-level and thorough. Output as JSON: a list of conversations, each a list of "
        '{"role", "content"} objects.'
    )


# ============================================================================================
# best-of-n and soft-label sampling


def mcq_item(rng: Rng) -> tuple[str, list[str]]:
    d = pick(rng, DOMAINS)
    right = pick(rng, TOPICS_EN[d])
    others = [pick(rng, ALL_TOPICS_EN) for _ in range(3)]
    opts = [right] + others
    order = rng.permutation(4).tolist()
    stem = pick(
        rng,
        (
            "Which of the following belongs to the field of {d}?",
            "A textbook chapter on {d} would most likely cover which topic?",
            "Which of these is studied in {d}?",
        ),
    ).format(d=d)
    return stem, [opts[i] for i in order]


SAMPLING_STYLES = ("repeat", "probs", "alternatives", "next_token", "confidence")


def sampling_prompt(rng: Rng, chat: list[str], passages: list[str], style: str) -> str:
    if style == "repeat":
        return user_question(rng, "en") if chance(rng, 0.5) else _cut(pick(rng, chat), 30, 600, rng)
    if style == "probs":
        stem, opts = mcq_item(rng)
        body = "\n".join(f"{chr(65 + i)}) {o}" for i, o in enumerate(opts))
        return (
            f"Question: {stem}\n{body}\n\nDo not just pick one. Give the probability that each "
            "option is correct (they must sum to 1) as JSON, then one sentence of justification "
            "for the most likely option."
        )
    if style == "alternatives":
        k = irange(rng, 3, 8)
        q = _cut(pick(rng, chat), 30, 500, rng)
        return (
            f"Write {k} substantially different responses to the prompt below, separated by "
            f"'-----'. Vary structure, tone and length; each must be a complete answer.\n\nPrompt: {q}"
        )
    if style == "next_token":
        ctx_text = _cut(pick(rng, passages), 80, 400, rng)
        return (
            "Continue the text with the single most likely next word. Then list the ten most "
            "likely alternatives with your estimated probability for each, as JSON "
            f'[{{"token": ..., "p": ...}}].\n\nText: {ctx_text}'
        )
    q = user_question(rng, "en")
    return f"{q}\n\nAfter answering, rate your confidence that the answer is fully correct from 0 to 100 and list the parts you are least sure of."


# ============================================================================================
# curriculum requests (phrased by individual people)

UNITS = {
    "en": (
        "linear equations",
        "fractions and decimals",
        "Pythagoras' theorem",
        "quadratic equations",
        "probability of independent events",
        "the mole concept",
        "Newton's laws of motion",
        "cell division",
        "photosynthesis",
        "simple interest",
        "trigonometric ratios",
        "acids and bases",
        "electric circuits",
        "the water cycle",
        "exponents and powers",
        "coordinate geometry",
        "chemical bonding",
        "genetics and heredity",
    ),
    "hi": (
        "रैखिक समीकरण",
        "भिन्न और दशमलव",
        "पाइथागोरस प्रमेय",
        "द्विघात समीकरण",
        "प्रायिकता",
        "न्यूटन के गति के नियम",
        "प्रकाश संश्लेषण",
        "साधारण ब्याज",
        "त्रिकोणमिति",
    ),
    "pt": (
        "equações do 1º grau",
        "frações",
        "teorema de Pitágoras",
        "equações do 2º grau",
        "probabilidade",
        "leis de Newton",
        "divisão celular",
        "juros simples",
        "trigonometria",
    ),
    "es": (
        "ecuaciones lineales",
        "fracciones",
        "teorema de Pitágoras",
        "ecuaciones cuadráticas",
        "probabilidad",
        "leyes de Newton",
        "la célula",
        "interés simple",
        "trigonometría",
    ),
    "id": (
        "persamaan linear",
        "pecahan",
        "teorema Pythagoras",
        "persamaan kuadrat",
        "peluang",
        "hukum Newton",
        "pembelahan sel",
        "bunga tunggal",
        "trigonometri",
    ),
    "vi": (
        "phương trình bậc nhất",
        "phân số",
        "định lý Pythagore",
        "phương trình bậc hai",
        "xác suất",
        "định luật Newton",
        "phân bào",
        "lãi đơn",
        "lượng giác",
    ),
}

_CURRIC = {
    "en": (
        "hey can u make me {n} practice problems on {u} (grade {g}) with step by step solutions? exam is {w}",
        "I'm a grade {g} teacher. I need a worksheet on {u}: {n} questions of increasing difficulty and an answer key with full working.",
        "Explain {u} for a grade {g} student and then give {n} fully solved examples.",
        "my daughter is in grade {g} and struggling with {u}. could you write {n} problems with really detailed explanations?",
        "Give me {n} tricky {u} questions (grade {g} level) and show every step of the solution, please",
        "{u} - grade {g}. {n} questions + worked answers. thanks",
        "can you do a mini lesson on {u} for grade {g}, then {n} practice questions, then the solutions with reasoning?",
    ),
    "hi": (
        "कक्षा {g} के लिए {u} पर {n} अभ्यास प्रश्न बनाइए और हर प्रश्न का हल चरण-दर-चरण लिखिए।",
        "मेरी परीक्षा {w} है, {u} (कक्षा {g}) के {n} सवाल हल सहित दे दो",
    ),
    "pt": (
        "Pode criar {n} exercícios de {u} para o {g}º ano com resolução passo a passo?",
        "sou professora do {g}º ano, preciso de uma lista com {n} questões de {u} e gabarito comentado",
    ),
    "es": (
        "¿Me puedes hacer {n} ejercicios de {u} para {g}º con la solución paso a paso?",
        "Soy profe de {g}º, necesito una ficha de {u} con {n} preguntas y las respuestas explicadas.",
    ),
    "id": (
        "Tolong buatkan {n} soal latihan {u} untuk kelas {g} beserta pembahasan lengkap.",
        "kak, minta {n} soal {u} kelas {g} sama cara ngerjainnya dong, ujiannya {w}",
    ),
    "vi": (
        "Hãy soạn {n} bài tập về {u} cho lớp {g} kèm lời giải chi tiết từng bước.",
        "Mình cần {n} câu hỏi {u} lớp {g} có đáp án và giải thích, thi vào {w}.",
    ),
}
_WHEN = {
    "en": ("tomorrow", "on friday", "next week", "in 2 days"),
    "hi": ("कल", "अगले हफ्ते", "शुक्रवार को"),
    "pt": (
        "amanhã",
        "na sexta",
    ),
    "es": ("mañana", "el viernes"),
    "id": ("besok", "minggu depan", "hari Jumat"),
    "vi": ("ngày mai", "tuần sau"),
}
CURRIC_LANGS = sorted(_CURRIC)


def curriculum_request(rng: Rng, lang: str, unit: str, grade: int) -> str:
    lang = lang if lang in _CURRIC else "en"
    s = pick(rng, _CURRIC[lang]).format(
        n=pick(rng, (4, 5, 6, 8, 10, 12)), u=unit, g=grade, w=pick(rng, _WHEN[lang])
    )
    return _typo(rng, s) if lang == "en" else s


# ============================================================================================
# translation harvest

TRANS_STYLES = ("multi_json", "single", "alternatives", "back", "aligned")


def translation_prompt(rng: Rng, source: str, targets: list[str], style: str) -> str:
    names = [LANG_NAME[t] for t in targets]
    if style == "multi_json":
        return (
            f"Translate the text below into {', '.join(names)}. Return one JSON object whose keys "
            f"are the language codes ({', '.join(targets)}) and whose values are the translations. "
            f"Preserve meaning, register and formatting exactly; add nothing.\n\nText:\n{source}"
        )
    if style == "single":
        return f"Translate into {names[0]}:\n\n{source}"
    if style == "alternatives":
        return (
            f"Give three alternative {names[0]} translations of the passage below, from the most "
            f"literal to the most idiomatic, and explain in English the nuance of each.\n\n{source}"
        )
    if style == "back":
        return (
            f"Translate the passage into {names[0]}, then translate your translation back into "
            f"English, and list every place where meaning shifted.\n\nPassage:\n{source}"
        )
    sents = sentences(source)[:6]
    body = "\n".join(f"{i + 1}\t{s}" for i, s in enumerate(sents))
    return (
        f"Sentence-aligned translation into {names[0]}. Keep the numbering; output one line per "
        f"source line as <number>TAB<translation>.\n\n{body}"
    )


# ============================================================================================
# code harvest

CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a token-bucket rate limiter safe for concurrent callers",
    "a function that merges overlapping intervals",
    "Dijkstra's shortest paths on a graph given as an adjacency list",
    "a trie with insert, search and count-by-prefix",
    "a parser and evaluator for arithmetic expressions with parentheses and unary minus",
    "a thread-safe bounded blocking queue",
    "run-length encoding and decoding",
    "the longest increasing subsequence in O(n log n), returning the sequence itself",
    "union-find with path compression and union by rank",
    "a CSV reader that handles quoted fields and embedded newlines",
    "a consistent-hashing ring with virtual nodes",
    "an interval tree supporting overlap queries",
    "a Bloom filter sized from a target false-positive rate",
    "topological sort that reports a cycle when there is one",
    "a minimal HTTP router with path parameters and wildcards",
    "edit distance that also returns the edit script",
    "a sudoku solver using constraint propagation and backtracking",
    "Knuth-Morris-Pratt substring search",
    "a binary min-heap from scratch with decrease-key",
    "a skip list with probabilistic balancing",
    "a retry helper with exponential backoff and full jitter",
    "arbitrary-precision addition and multiplication on decimal strings",
    "an in-memory key-value store with TTL expiry",
    "a JSON pretty-printer written without the standard JSON library",
    "a sliding-window maximum in O(n)",
    "a simple regular-expression matcher supporting . * + ?",
    "a cron expression parser that returns the next five run times",
)
CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
CODE_STYLES = ("full", "leet", "port", "review", "optimise")

_SNIPPETS = (
    "def avg(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / len(xs)",
    "function uniq(a) {\n  const out = [];\n  for (let i = 0; i <= a.length; i++) if (!out.includes(a[i])) out.push(a[i]);\n  return out;\n}",
    "func sum(m map[string]int) int {\n    s := 0\n    for k := range m {\n        s += len(k)\n    }\n    return s\n}",
    "def find(xs, t):\n    lo, hi = 0, len(xs)\n    while lo < hi:\n        mid = (lo + hi) // 2\n        if xs[mid] < t: lo = mid\n        else: hi = mid\n    return lo",
    "public static int fib(int n) {\n    if (n < 2) return n;\n    return fib(n - 1) + fib(n - 2);\n}",
    "fn parse(s: &str) -> i32 {\n    s.trim().parse().unwrap()\n}",
)


_CODE_CONSTRAINTS = (
    "No third-party libraries.",
    "Make it generic over the element type.",
    "It must handle Unicode input correctly.",
    "Optimise for memory rather than speed.",
    "The API must be safe to call from several threads.",
    "Inputs can be up to a few million elements.",
    "Return errors instead of panicking or throwing.",
    "Keep every function under 30 lines.",
    "Include benchmarks as well as tests.",
    "Target the latest stable language version.",
)
_CODE_DOMAINS = (
    "a ride-sharing backend",
    "a game server",
    "a trading system",
    "an embedded sensor hub",
    "a school timetable app",
    "a log-processing pipeline",
    "a chat service",
    "a warehouse robot",
)


def code_prompt(rng: Rng, style: str) -> str:
    return f"{_code_body(rng, style)}\n\n{_code_extra(rng)}"


def _code_extra(rng: Rng) -> str:
    k = irange(rng, 1, 3)
    cons = " ".join(
        _CODE_CONSTRAINTS[i]
        for i in sorted(rng.choice(len(_CODE_CONSTRAINTS), size=k, replace=False).tolist())
    )
    return f"Context: this is for {pick(rng, _CODE_DOMAINS)}. {cons}" if chance(rng, 0.6) else cons


def _code_body(rng: Rng, style: str) -> str:
    task, lang = pick(rng, CODE_TASKS), pick(rng, CODE_LANGS)
    if style == "full":
        return (
            f"Implement {task} in {lang}. Requirements: idiomatic code, doc comments, input "
            "validation, and a complete unit-test suite covering edge cases. After the code, "
            "explain the time and space complexity and the main design decisions."
        )
    if style == "leet":
        n = pick(rng, ("10^5", "2*10^5", "10^6", "5000"))
        return (
            f"Problem: write {task}.\nConstraints: n <= {n}; memory limit 256 MB.\nGive an optimal "
            f"{lang} solution, explain the approach, prove it is correct, and list the edge cases "
            "you tested."
        )
    if style == "port":
        src = pick(rng, _SNIPPETS)
        return (
            f"Port this code to {lang}, keeping behaviour identical (including its bugs, which you "
            f"should then point out and fix in a second version). Add tests.\n\n```\n{src}\n```"
        )
    if style == "review":
        src = pick(rng, _SNIPPETS)
        return (
            "Review this code as a senior engineer: list every bug, edge case and style issue, "
            f"then give a corrected version with tests.\n\n```\n{src}\n```"
        )
    return (
        f"Here is the naive approach to {task}. Walk through three progressively faster {lang} "
        "implementations, benchmark reasoning for each, and finish with the fastest version in "
        "full."
    )


# ============================================================================================
# benign kinds' texts


def benchmark_item(rng: Rng, suite: str, idx: int) -> str:
    if suite == "gsm":
        a, b, c = irange(rng, 2, 60), irange(rng, 2, 30), irange(rng, 2, 9)
        name = pick(rng, NAMES)
        q = (
            f"{name} has {a} stickers. She buys {b} packs with {c} stickers each and gives away "
            f"half of all her stickers. How many stickers does she have left?"
        )
        return pick(
            rng,
            (
                f"Q: {q}\nA: Let's think step by step.",
                f"{q}\nPlease reason step by step, and put your final answer within \\boxed{{}}.",
                f"Question {idx}: {q}\nAnswer:",
            ),
        )
    if suite == "mcq":
        stem, opts = mcq_item(rng)
        body = "\n".join(f"{chr(65 + i)}. {o}" for i, o in enumerate(opts))
        return pick(
            rng,
            (
                f"{stem}\n{body}\nAnswer with the letter only.",
                f"The following is a multiple choice question. Think step by step and then finish your answer with 'the answer is (X)'.\n\n{stem}\n{body}",
            ),
        )
    if suite == "code":
        task = pick(rng, CODE_TASKS)
        return f'Complete the following function.\n\n# Task {idx}: {task}\ndef solution(*args):\n    """{task}"""\n'
    t = topic(rng, "en")
    return f"[long-form factuality #{idx}] Write a detailed, accurate paragraph about {t}. Cite no sources."


def rubric_prompt(rng: Rng, chat: list[str], passages: list[str], product: str) -> str:
    q = _cut(pick(rng, chat), 30, 500, rng)
    a = _cut(pick(rng, passages), 200, 900, rng)
    style = irange(rng, 0, 2)
    if style == 0:
        return (
            f"You are reviewing replies from {product}'s support assistant against our QA checklist: "
            "(1) greets the customer, (2) understands the request, (3) gives a correct and complete "
            "answer, (4) no made-up policy, (5) polite tone. Return JSON with true/false per item "
            f"and an overall score 1-5.\n\nCustomer: {q}\n\nAssistant: {a}"
        )
    if style == 1:
        return (
            f"Label this exchange for our fine-tuning review queue at {product}. Is the reply "
            "helpful (yes/no)? Is it factually correct (yes/no/unsure)? Does it need escalation? "
            f"One line each.\n\nUser: {q}\nReply: {a}"
        )
    return (
        f"Compare our bot's reply with the reference answer and mark it PASS or FAIL with a short "
        f"reason.\n\nQuestion: {q}\n\nBot reply: {a}\n\nReference: {_cut(pick(rng, passages), 150, 600, rng)}"
    )


_POSTS = {
    "es": (
        "Este político es un ladrón y todos los que le votan son idiotas",
        "Vendo iPhone 14 barato, escríbeme por privado",
        "Qué asco de servicio, nunca más compro aquí",
    ),
    "pt": (
        "Esse time é uma vergonha, os jogadores deviam apanhar",
        "alguém sabe onde comprar remédio sem receita?",
        "O atendimento foi péssimo, quero meu dinheiro de volta",
    ),
    "tr": ("Bu yorumcu tam bir aptal", "Ucuz takipçi satıyorum DM", "Kargo yine gecikti, rezalet"),
    "id": (
        "Penjual ini penipu, jangan beli di sini!!",
        "Jual akun game murah, chat aja",
        "Dasar bodoh semua yang setuju sama dia",
    ),
    "ar": ("هذا المنتج سيء جداً ولا أنصح به", "من يعرف طريقة للربح السريع؟", "المعلق هذا غبي"),
}


def moderation_prompt(rng: Rng, chat: list[str], lang: str, platform: str) -> str:
    if lang in _POSTS and chance(rng, 0.7):
        post = pick(rng, _POSTS[lang])
        post = pick(rng, ("", f"@{pick(rng, NAMES).lower()}{irange(rng, 1, 999)} ", "RT ")) + post
        post += pick(rng, ("", "!!", " 😡", " 🙄", f" #{pick(rng, NAMES).lower()}", " ..."))
    else:
        post = _cut(pick(rng, chat), 30, 400, rng)
    return (
        f"{platform} community guidelines v{irange(rng, 3, 6)}: no harassment, no hate, no spam or "
        "sales in comments, no medical claims. Decide for the post below: KEEP, EDIT or REMOVE. "
        "If EDIT, give the minimally edited version that complies, in the post's own language. "
        f"Return JSON.\n\nPost ({lang}): {post}"
    )


def ide_prompt(rng: Rng, chat: list[str], repo: str) -> str:
    mod = pick(
        rng,
        (
            "api/handlers",
            "core/models",
            "utils/dates",
            "billing/invoice",
            "auth/session",
            "ui/table",
        ),
    )
    ext = pick(rng, ("py", "ts", "go"))
    req = pick(
        rng,
        (
            "add pagination to the list endpoint",
            "the date parser fails on ISO week dates, fix it",
            "write unit tests for the invoice rounding",
            "rename the Session class to UserSession everywhere",
            "why does this test flake on CI?",
            "extract the retry logic into a helper",
            "make the table sortable by column",
        ),
    )
    if chance(rng, 0.3):
        req = _cut(pick(rng, chat), 20, 300, rng)
    return (
        f'<context repo="{repo}" file="src/{mod}.{ext}" cursor_line="{irange(rng, 5, 400)}"/>\n'
        "<tools>read_file, search_code, edit_file, run_tests</tools>\n"
        f"User: {req}"
    )


INTENTS = (
    "block a lost card",
    "check the balance",
    "dispute a transaction",
    "increase the credit limit",
    "change the registered address",
    "ask about loan interest",
    "report fraud",
    "order a new chequebook",
    "activate international payments",
    "close the account",
)


def augment_prompt(rng: Rng, lang: str, company: str) -> str:
    n = pick(rng, (20, 25, 30, 40, 50))
    intent = pick(rng, INTENTS)
    return pick(
        rng,
        (
            f"For {company}'s intent classifier: generate {n} different ways a customer might say they want to "
            f"'{intent}' in {LANG_NAME[lang]}. Vary formality and length, include typos in about 20%. "
            "Output a JSON array of strings only.",
            f"Paraphrase the utterance 'I want to {intent}' {n} times in {LANG_NAME[lang]} as a bank "
            "customer would type it into a chat widget. One per line, no numbering.",
            f"We need negative examples for the intent '{intent}': write {n} {LANG_NAME[lang]} messages "
            "that look similar but mean something else. JSON array.",
        ),
    )


_COMPANION_LINES = (
    "lol that's so true",
    "i had such a rough day at work today",
    "can you tell me a story about a dragon who's afraid of heights",
    "good morning!! did you miss me",
    "what do you think i should cook tonight",
    "i can't sleep again",
    "haha you're funny",
    "remember what i told you about my sister?",
    "let's play 20 questions",
    "tell me something nice",
    "ugh mondays",
    "i finally finished that book!",
    "what would you do if you could travel anywhere",
    "ok but be honest with me",
    "i'm nervous about my interview tomorrow",
)


def companion_prompt(rng: Rng, chat: list[str]) -> str:
    if chance(rng, 0.4):
        return _cut(pick(rng, chat), 10, 300, rng)
    return _typo(rng, pick(rng, _COMPANION_LINES))


def course_prompt(rng: Rng, chat: list[str], course: str, week: int) -> str:
    q = pick(
        rng,
        (
            f"For {course} week {week}: I don't understand the difference between {topic(rng)} and {topic(rng)}. Can you explain?",
            f"{course} assignment {week}: {user_question(rng)}",
            f"Can you check my reasoning for the {course} problem set {week}? I think {topic(rng)} is the key idea but I'm not sure",
            f"help me outline an essay on {topic(rng)} for {course}",
        ),
    )
    return _cut(pick(rng, chat), 20, 600, rng) if chance(rng, 0.35) else q


GLOSSARY = (
    (
        "account",
        {
            "de": "Konto",
            "fr": "compte",
            "es": "cuenta",
            "ja": "アカウント",
            "it": "account",
            "pt": "conta",
        },
    ),
    (
        "checkout",
        {
            "de": "Kasse",
            "fr": "paiement",
            "es": "pago",
            "ja": "購入手続き",
            "it": "cassa",
            "pt": "finalizar compra",
        },
    ),
    (
        "dashboard",
        {
            "de": "Übersicht",
            "fr": "tableau de bord",
            "es": "panel",
            "ja": "ダッシュボード",
            "it": "pannello",
            "pt": "painel",
        },
    ),
    (
        "subscription",
        {
            "de": "Abonnement",
            "fr": "abonnement",
            "es": "suscripción",
            "ja": "サブスクリプション",
            "it": "abbonamento",
            "pt": "assinatura",
        },
    ),
)


def cat_prompt(rng: Rng, passages: list[str], target: str, client: str) -> str:
    seg = pick(rng, sentences(pick(rng, passages)) or ["Welcome back."])
    term, tr = GLOSSARY[irange(rng, 0, len(GLOSSARY) - 1)]
    return (
        f"[{client} / job {irange(rng, 1000, 9999)}] Translate the segment from en-US to {target}. "
        f"Glossary: {term} = {tr.get(target.split('-')[0], term)}. Keep tags like <b> and {{0}} unchanged. "
        f"Return only the translation.\nSegment: {seg}"
    )


def item_bank_prompt(rng: Rng, unit: str, grade: int, std: str) -> str:
    n = pick(rng, (5, 8, 10))
    lvl = pick(rng, ("foundation", "core", "extension"))
    return pick(
        rng,
        (
            f"Unit: {unit} (grade {grade}, standard {std}). Write {n} exam-style items at {lvl} level for our item bank. For each: stem, answer, worked solution, common misconception. Markdown table.",
            f"Draft {n} {lvl} practice questions on {unit} aligned to {std} for grade {grade}. Include a mark scheme.",
            f"Review and improve these item drafts for {unit} (grade {grade}); then add {n // 2} new items with solutions.",
        ),
    )

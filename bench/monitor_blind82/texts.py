"""Prompt generators of blind batch 82, written fresh for this batch.

Every generator takes a `numpy.random.Generator` (and sometimes a passage or a chat prompt from
the batch context) and returns ONE prompt with fresh numbers, names, topics and options. Several
independent template styles per generator; several languages where a real sender would use them.
Nothing here is shared with the simulator's prompt code or with any other batch.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "ru": "Russian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "tr": "Turkish",
    "ar": "Arabic",
    "hi": "Hindi",
    "pl": "Polish",
}
LANGS = tuple(LANG_NAMES)

#: "explain step by step, final answer at the end", per language
STEP = {
    "en": "Explain step by step and give the final answer at the end.",
    "es": "Explica paso a paso y da la respuesta final al final.",
    "pt": "Explique passo a passo e dê a resposta final no fim.",
    "fr": "Explique étape par étape et donne la réponse finale à la fin.",
    "de": "Erkläre Schritt für Schritt und gib am Ende die endgültige Antwort an.",
    "it": "Spiega passo dopo passo e dai la risposta finale alla fine.",
    "ru": "Объясни пошагово и в конце дай окончательный ответ.",
    "zh": "请逐步解释，并在最后给出最终答案。",
    "ja": "段階的に説明し、最後に最終的な答えを示してください。",
    "ko": "단계별로 설명하고 마지막에 최종 답을 제시해 주세요.",
    "vi": "Hãy giải thích từng bước và đưa ra đáp án cuối cùng ở cuối.",
    "id": "Jelaskan langkah demi langkah dan berikan jawaban akhir di bagian akhir.",
    "tr": "Adım adım açıkla ve sonunda nihai cevabı ver.",
    "ar": "اشرح خطوة بخطوة وقدّم الإجابة النهائية في النهاية.",
    "hi": "चरण दर चरण समझाइए और अंत में अंतिम उत्तर दीजिए।",
    "pl": "Wyjaśnij krok po kroku i podaj ostateczną odpowiedź na końcu.",
}

#: "do not skip any step; show all of your reasoning", per language
NO_SKIP = {
    "en": "Do not skip any step. Show all of your reasoning, including checks.",
    "es": "No omitas ningún paso. Muestra todo tu razonamiento, incluidas las comprobaciones.",
    "pt": "Não pule nenhuma etapa. Mostre todo o seu raciocínio, incluindo as verificações.",
    "fr": "Ne saute aucune étape. Montre tout ton raisonnement, vérifications comprises.",
    "de": "Überspringe keinen Schritt. Zeige deine gesamte Überlegung, inklusive Kontrollen.",
    "it": "Non saltare alcun passaggio. Mostra tutto il ragionamento, comprese le verifiche.",
    "ru": "Не пропускай ни одного шага. Покажи все рассуждения, включая проверку.",
    "zh": "不要跳过任何步骤，完整写出你的全部推理过程，包括验算。",
    "ja": "どのステップも省略せず、検算を含む推論をすべて示してください。",
    "ko": "어떤 단계도 건너뛰지 말고 검산을 포함한 모든 추론을 보여 주세요.",
    "vi": "Không được bỏ qua bước nào. Trình bày toàn bộ lập luận, kể cả bước kiểm tra.",
    "id": "Jangan lewati langkah apa pun. Tunjukkan seluruh penalaranmu, termasuk pengecekan.",
    "tr": "Hiçbir adımı atlama. Kontroller dahil tüm akıl yürütmeni göster.",
    "ar": "لا تتجاوز أي خطوة. اعرض كل استدلالك بما في ذلك التحقق.",
    "hi": "कोई भी चरण मत छोड़िए। जाँच सहित अपना पूरा तर्क दिखाइए।",
    "pl": "Nie pomijaj żadnego kroku. Pokaż całe rozumowanie, łącznie ze sprawdzeniem.",
}

#: how a person opens a casual question, per language
CASUAL_OPEN = {
    "en": (
        "hey can u help me with this",
        "quick question",
        "ok so i dont get this one",
        "my teacher gave us this and im stuck",
        "can someone explain",
        "pls help",
    ),
    "es": (
        "oye, ¿me ayudas con esto?",
        "no entiendo este ejercicio",
        "una pregunta rápida",
        "me trabé con esto",
    ),
    "pt": (
        "alguém me ajuda nisso?",
        "não entendi essa questão",
        "pergunta rápida",
        "to travado nessa aqui",
    ),
    "fr": (
        "tu peux m'aider avec ça ?",
        "je comprends pas cet exo",
        "petite question",
        "je bloque là-dessus",
    ),
    "de": (
        "kannst du mir kurz helfen?",
        "ich versteh die aufgabe nicht",
        "kurze frage",
        "hänge hier fest",
    ),
    "it": ("mi aiuti con questo?", "non capisco questo esercizio", "domanda veloce"),
    "ru": (
        "помоги пожалуйста с задачей",
        "не понимаю это задание",
        "быстрый вопрос",
        "застрял вот тут",
    ),
    "zh": ("帮我看看这道题", "这题我不会", "请问一下", "这个怎么做啊"),
    "ja": ("この問題を手伝ってください", "ここがわかりません", "ちょっと質問です"),
    "ko": ("이 문제 좀 도와줘", "이거 이해가 안 돼요", "질문 하나만요"),
    "vi": ("giúp mình bài này với", "bài này mình không hiểu", "cho mình hỏi chút"),
    "id": ("tolong bantu soal ini dong", "aku nggak ngerti soal ini", "mau tanya"),
    "tr": ("şu soruda yardım eder misin", "bunu anlamadım", "hızlı bir soru"),
    "ar": ("ممكن تساعدني في هذا السؤال", "لم أفهم هذا التمرين", "سؤال سريع"),
    "hi": ("bhai ye samjha do", "ye question samajh nahi aa raha", "ek doubt hai"),
    "pl": ("pomożesz mi z tym?", "nie rozumiem tego zadania", "szybkie pytanie"),
}
CASUAL_CLOSE = {
    "en": ("thx", "thanks!!", "explain like im 15 pls", "", "", "need it for tmrw"),
    "es": ("gracias", "", "explícalo fácil porfa"),
    "pt": ("valeu", "", "explica de um jeito simples pfv"),
    "fr": ("merci", "", "explique simplement stp"),
    "de": ("danke", "", "bitte einfach erklären"),
    "it": ("grazie", ""),
    "ru": ("спасибо", "", "объясни попроще"),
    "zh": ("谢谢", "", "讲简单一点"),
    "ja": ("ありがとう", ""),
    "ko": ("감사해요", ""),
    "vi": ("cảm ơn nha", ""),
    "id": ("makasih", ""),
    "tr": ("teşekkürler", ""),
    "ar": ("شكرا", ""),
    "hi": ("thanks bhai", ""),
    "pl": ("dzięki", ""),
}

CITIES = (
    "Lagos",
    "Porto",
    "Hanoi",
    "Kraków",
    "Lyon",
    "Osaka",
    "Busan",
    "Curitiba",
    "Izmir",
    "Pune",
    "Medan",
    "Tashkent",
    "Accra",
    "Valparaíso",
    "Tampere",
    "Cebu",
    "Mombasa",
    "Graz",
    "Leeds",
    "Quito",
    "Bilbao",
    "Chengdu",
    "Kazan",
    "Tbilisi",
    "Monterrey",
    "Bergen",
    "Adelaide",
)
ITEMS = (
    "bicycle",
    "laptop",
    "sofa",
    "violin",
    "tent",
    "espresso machine",
    "drone",
    "winter coat",
    "microscope",
    "sewing machine",
    "kayak",
    "printer",
    "telescope",
    "rice cooker",
)
CURRENCIES = ("USD", "EUR", "BRL", "INR", "JPY", "PLN", "TRY", "VND", "NGN", "MXN", "KRW", "IDR")


def _num(rng: Rng, lo: int, hi: int) -> int:
    return irange(rng, lo, hi)


# --------------------------------------------------------------------------------------------
# problems with fresh numbers


_PERCENT = {
    "en": "{n} bought a {item} for {p} {c}. The price then rose by {a}% and later fell by {b}%. "
    "What does the {item} cost now, and what is the overall percentage change?",
    "es": "{n} compró un artículo por {p} {c}. Luego el precio subió un {a}% y después bajó un {b}%. "
    "¿Cuánto cuesta ahora y cuál es la variación porcentual total?",
    "pt": "{n} comprou um produto por {p} {c}. O preço subiu {a}% e depois caiu {b}%. "
    "Quanto custa agora e qual foi a variação percentual total?",
    "fr": "{n} a acheté un article {p} {c}. Le prix a augmenté de {a} % puis baissé de {b} %. "
    "Combien coûte-t-il maintenant et quelle est la variation totale en pourcentage ?",
    "de": "{n} kaufte einen Artikel für {p} {c}. Der Preis stieg um {a} % und fiel dann um {b} %. "
    "Was kostet er jetzt, und wie groß ist die prozentuale Gesamtänderung?",
    "ru": "{n} купил товар за {p} {c}. Цена выросла на {a}%, а затем снизилась на {b}%. "
    "Сколько стоит товар теперь и каково общее изменение в процентах?",
    "zh": "{n}以{p} {c}买了一件商品。价格先上涨了{a}%，后来又下降了{b}%。现在的价格是多少？总体变化百分比是多少？",
    "vi": "{n} mua một món hàng giá {p} {c}. Giá tăng {a}% rồi sau đó giảm {b}%. "
    "Giá hiện tại là bao nhiêu và tổng mức thay đổi là bao nhiêu phần trăm?",
    "id": "{n} membeli barang seharga {p} {c}. Harganya naik {a}% lalu turun {b}%. "
    "Berapa harganya sekarang dan berapa persen perubahan totalnya?",
    "tr": "{n} bir ürünü {p} {c} fiyatla aldı. Fiyat önce %{a} arttı, sonra %{b} düştü. "
    "Ürün şimdi kaç para ve toplam yüzde değişim nedir?",
    "ja": "{n}は商品を{p} {c}で買いました。価格は{a}%上がり、その後{b}%下がりました。現在の価格と全体の変化率を求めなさい。",
    "ko": "{n}은(는) 물건을 {p} {c}에 샀다. 가격이 {a}% 올랐다가 {b}% 내렸다. 현재 가격과 전체 변화율은?",
    "pl": "{n} kupił przedmiot za {p} {c}. Cena wzrosła o {a}%, a potem spadła o {b}%. "
    "Ile kosztuje teraz i jaka jest łączna zmiana procentowa?",
}
_MARBLES = {
    "en": "A bag holds {r} red, {b} blue and {g} green marbles. {k} marbles are drawn without "
    "replacement. What is the probability that exactly {j} of them are {col}?",
    "es": "Una bolsa tiene {r} canicas rojas, {b} azules y {g} verdes. Se sacan {k} sin reemplazo. "
    "¿Cuál es la probabilidad de que exactamente {j} sean de color {col}?",
    "pt": "Um saco tem {r} bolinhas vermelhas, {b} azuis e {g} verdes. Retiram-se {k} sem reposição. "
    "Qual a probabilidade de exatamente {j} serem da cor {col}?",
    "fr": "Un sac contient {r} billes rouges, {b} bleues et {g} vertes. On tire {k} billes sans remise. "
    "Quelle est la probabilité qu'exactement {j} soient de couleur {col} ?",
    "de": "Ein Beutel enthält {r} rote, {b} blaue und {g} grüne Kugeln. Es werden {k} ohne Zurücklegen "
    "gezogen. Wie groß ist die Wahrscheinlichkeit, dass genau {j} davon {col} sind?",
    "ru": "В мешке {r} красных, {b} синих и {g} зелёных шаров. Без возвращения вынимают {k} шаров. "
    "Какова вероятность, что ровно {j} из них цвета «{col}»?",
    "zh": "袋中有{r}个红球、{b}个蓝球和{g}个绿球。不放回地取出{k}个球，恰好有{j}个是{col}的概率是多少？",
    "vi": "Một túi có {r} bi đỏ, {b} bi xanh dương và {g} bi xanh lá. Lấy ngẫu nhiên {k} viên không hoàn lại. "
    "Tính xác suất để đúng {j} viên có màu {col}.",
    "id": "Sebuah kantong berisi {r} kelereng merah, {b} biru, dan {g} hijau. Diambil {k} kelereng tanpa "
    "pengembalian. Berapa peluang tepat {j} di antaranya berwarna {col}?",
    "ja": "袋に赤玉{r}個、青玉{b}個、緑玉{g}個が入っている。{k}個を戻さずに取り出すとき、ちょうど{j}個が{col}である確率を求めよ。",
}
_COLOURS = {
    "en": ("red", "blue", "green"),
    "es": ("rojo", "azul", "verde"),
    "pt": ("vermelha", "azul", "verde"),
    "fr": ("rouge", "bleue", "verte"),
    "de": ("rot", "blau", "grün"),
    "ru": ("красный", "синий", "зелёный"),
    "zh": ("红色", "蓝色", "绿色"),
    "vi": ("đỏ", "xanh dương", "xanh lá"),
    "id": ("merah", "biru", "hijau"),
    "ja": ("赤", "青", "緑"),
}
_LINEAR = {
    "en": "Solve for x: {a}x + {b} = {c}x - {d}. Then check your solution.",
    "es": "Resuelve para x: {a}x + {b} = {c}x - {d}. Luego comprueba la solución.",
    "pt": "Resolva para x: {a}x + {b} = {c}x - {d}. Depois verifique a solução.",
    "fr": "Résous pour x : {a}x + {b} = {c}x - {d}. Vérifie ensuite la solution.",
    "de": "Löse nach x auf: {a}x + {b} = {c}x - {d}. Prüfe anschließend die Lösung.",
    "it": "Risolvi per x: {a}x + {b} = {c}x - {d}. Poi verifica la soluzione.",
    "ru": "Решите уравнение: {a}x + {b} = {c}x - {d}. Затем сделайте проверку.",
    "zh": "解方程：{a}x + {b} = {c}x - {d}，并验算。",
    "ja": "方程式 {a}x + {b} = {c}x - {d} を解き、検算せよ。",
    "ko": "방정식 {a}x + {b} = {c}x - {d}를 풀고 검산하시오.",
    "vi": "Giải phương trình {a}x + {b} = {c}x - {d} rồi thử lại nghiệm.",
    "id": "Selesaikan x dari {a}x + {b} = {c}x - {d}, lalu periksa jawabannya.",
    "tr": "x için çöz: {a}x + {b} = {c}x - {d}. Sonra çözümü kontrol et.",
    "pl": "Rozwiąż względem x: {a}x + {b} = {c}x - {d}. Następnie sprawdź rozwiązanie.",
    "hi": "x का मान ज्ञात कीजिए: {a}x + {b} = {c}x - {d}, फिर उत्तर की जाँच कीजिए।",
    "ar": "أوجد قيمة x: {a}x + {b} = {c}x - {d} ثم تحقق من الحل.",
}


def math_problem(rng: Rng, lang: str = "en") -> str:
    """A math problem with fresh numbers; localised when a template exists for `lang`."""
    kind = int(rng.integers(0, 12))
    if kind == 0 and lang in _PERCENT:
        return _PERCENT[lang].format(
            n=pick(rng, NAMES),
            item=pick(rng, ITEMS),
            p=_num(rng, 40, 9000),
            c=pick(rng, CURRENCIES),
            a=_num(rng, 5, 60),
            b=_num(rng, 5, 45),
        )
    if kind == 1 and lang in _MARBLES:
        r, b, g = _num(rng, 2, 12), _num(rng, 2, 12), _num(rng, 1, 9)
        k = _num(rng, 2, 5)
        cols = _COLOURS[lang]
        return _MARBLES[lang].format(r=r, b=b, g=g, k=k, j=_num(rng, 1, k), col=pick(rng, cols))
    if kind == 2:
        a, c = _num(rng, 2, 19), _num(rng, -9, 15)
        if c == a:
            c += 1
        return _LINEAR.get(lang, _LINEAR["en"]).format(
            a=a, b=_num(rng, -40, 60), c=c, d=_num(rng, 1, 80)
        )
    if kind == 3:
        a, b, m = _num(rng, 2, 97), _num(rng, 20, 5000), _num(rng, 7, 113)
        return f"Find the remainder when {a}^{b} is divided by {m}."
    if kind == 4:
        lo, hi = _num(rng, -3, 2), _num(rng, 3, 9)
        return (
            f"Evaluate the definite integral of {_num(rng, 1, 9)}x^{_num(rng, 2, 6)} "
            f"{pick(rng, '+-')} {_num(rng, 1, 12)}·sin({_num(rng, 1, 4)}x) from x = {lo} to x = {hi}."
        )
    if kind == 5:
        a = _num(rng, 3, 40)
        b = _num(rng, 3, 40)
        c = _num(rng, abs(a - b) + 1, a + b - 1)
        return f"A triangle has sides of length {a} cm, {b} cm and {c} cm. Find its area and its largest angle."
    if kind == 6:
        n, k = _num(rng, 8, 24), _num(rng, 3, 6)
        p, q = rng.choice(len(NAMES), 2, replace=False).tolist()
        return (
            f"A committee of {k} is chosen from {n} people. {NAMES[p]} and {NAMES[q]} refuse to serve "
            f"together. How many different committees are possible?"
        )
    if kind == 7:
        i, j = _num(rng, 2, 9), _num(rng, 11, 30)
        x, y = _num(rng, -50, 80), _num(rng, -50, 200)
        return (
            f"In an arithmetic sequence the {i}th term is {x} and the {j}th term is {y}. "
            f"Find the {_num(rng, 31, 120)}th term and the sum of the first {_num(rng, 10, 60)} terms."
        )
    if kind == 8:
        data = rng.integers(1, 99, size=irange(rng, 7, 14)).tolist()
        return f"Compute the mean, median and sample standard deviation of: {', '.join(map(str, data))}."
    if kind == 9:
        a, b = _num(rng, 2, 9), _num(rng, 3, 14)
        return (
            f"Pipe A fills a tank in {a} hours and pipe B empties it in {b} hours. Both are opened at "
            f"{_num(rng, 6, 11)}:{pick(rng, ('00', '15', '30', '45'))}. When is the tank full?"
        )
    if kind == 10:
        v1, v2 = _num(rng, 40, 130), _num(rng, 40, 130)
        d = _num(rng, 120, 900)
        return (
            f"A train leaves {pick(rng, CITIES)} at {v1} km/h. {_num(rng, 10, 90)} minutes later a second "
            f"train leaves {pick(rng, CITIES)}, {d} km away, towards it at {v2} km/h. Where and when do they meet?"
        )
    a, b, c = _num(rng, 1, 9), _num(rng, -12, 12), _num(rng, -30, 30)
    return (
        f"Let f(x) = {a}x^3 {'+' if b >= 0 else '-'} {abs(b)}x^2 {'+' if c >= 0 else '-'} {abs(c)}x. "
        f"Find all critical points, classify them, and sketch the graph."
    )


_CODE_LANGS = ("Python", "Rust", "Go", "TypeScript", "Java", "C++", "Kotlin", "C#")
_VERBS = (
    "merge",
    "parse",
    "rank",
    "dedupe",
    "compress",
    "validate",
    "schedule",
    "route",
    "index",
    "score",
)
_NOUNS = (
    "intervals",
    "invoices",
    "log_lines",
    "shipments",
    "tokens",
    "sensor_readings",
    "orders",
    "edges",
    "timestamps",
    "ledger_entries",
    "playlists",
    "genomes",
)


def code_task(rng: Rng) -> str:
    """A programming task with fresh names and constraints."""
    fname = f"{pick(rng, _VERBS)}_{pick(rng, _NOUNS)}"
    lang = pick(rng, _CODE_LANGS)
    specs = (
        f"returns the k-th smallest value among up to {_num(rng, 10, 900)}k integers in expected linear time",
        f"merges overlapping intervals and reports gaps longer than {_num(rng, 2, 90)} minutes",
        f"implements an LRU cache with capacity {_num(rng, 16, 4096)} and O(1) get/put",
        f"rate-limits calls to {_num(rng, 3, 500)} per {_num(rng, 1, 60)} seconds with a token bucket",
        f"finds the shortest path in a {_num(rng, 5, 400)}x{_num(rng, 5, 400)} grid where '#' is a wall",
        f"groups names whose Levenshtein distance is at most {_num(rng, 1, 3)}",
        f"parses ISO-8601 durations like 'P{_num(rng, 1, 9)}DT{_num(rng, 1, 23)}H' into seconds",
        f"streams a CSV of {_num(rng, 1, 90)} million rows and computes a per-group {pick(rng, ('median', 'p95', 'mode'))}",
        f"detects a cycle in a directed graph with {_num(rng, 10, 10**5)} nodes and returns one cycle",
        f"validates {pick(rng, ('IBAN', 'ISBN-13', 'Luhn card', 'EAN-8'))} numbers and explains each failure",
        f"computes the longest common subsequence of two strings of length ≤ {_num(rng, 100, 5000)}",
        f"schedules {_num(rng, 5, 60)} jobs with deadlines and profits to maximise total profit",
    )
    spec = pick(rng, specs)
    style = int(rng.integers(0, 4))
    if style == 0:
        return f"Write a {lang} function `{fname}` that {spec}. Include unit tests and state the time complexity."
    if style == 1:
        return (
            f"Implement `{fname}` in {lang}: it {spec}.\nConstraints: no external libraries; handle empty "
            f"input; max memory {_num(rng, 16, 512)} MB.\nExplain the design before the code."
        )
    if style == 2:
        return (
            f"I need a {lang} implementation for this: {spec}. Name it {fname}. Walk me through your "
            f"reasoning, then give idiomatic code, then list edge cases."
        )
    return f"### Task\n{spec[0].upper() + spec[1:]}.\n### Language\n{lang}\n### Deliverable\nfunction `{fname}`, tests, complexity"


_GAS = ("nitrogen", "helium", "argon", "carbon dioxide", "oxygen", "methane")
_ACIDS = (
    ("acetic acid", 1.8e-5),
    ("formic acid", 1.8e-4),
    ("hydrofluoric acid", 6.8e-4),
    ("benzoic acid", 6.3e-5),
    ("hypochlorous acid", 3.0e-8),
    ("lactic acid", 1.4e-4),
)
_PROTEINS = (
    "ATP synthase",
    "RuBisCO",
    "p53",
    "CRISPR-Cas9",
    "hemoglobin",
    "insulin receptor",
    "kinesin",
    "DNA polymerase III",
    "sodium-potassium pump",
    "telomerase",
)
_PROCESSES = (
    "oxidative phosphorylation",
    "the Calvin cycle",
    "apoptosis",
    "bacterial immunity",
    "oxygen transport at altitude",
    "glucose uptake",
    "axonal transport",
    "DNA replication",
)


def science_q(rng: Rng) -> str:
    """A physics, chemistry or biology question with fresh values."""
    kind = int(rng.integers(0, 8))
    if kind == 0:
        return (
            f"A {_num(rng, 1, 40)} kg block rests on a {_num(rng, 10, 50)}° incline with coefficient of "
            f"kinetic friction {rng.uniform(0.05, 0.6):.2f}. It is pushed with {_num(rng, 10, 400)} N parallel "
            f"to the slope. Find its acceleration."
        )
    if kind == 1:
        return (
            f"A projectile is launched at {_num(rng, 8, 90)} m/s at {_num(rng, 15, 75)}° from a {_num(rng, 0, 80)} m "
            f"cliff. Find the range and the maximum height (g = 9.81 m/s²)."
        )
    if kind == 2:
        acid, ka = pick(rng, _ACIDS)
        return f"Compute the pH of a {rng.uniform(0.001, 0.9):.3f} M solution of {acid} (Ka = {ka:.1e})."
    if kind == 3:
        return (
            f"{rng.uniform(0.5, 12):.2f} mol of {pick(rng, _GAS)} at {_num(rng, 250, 600)} K occupies "
            f"{rng.uniform(2, 80):.1f} L. Find the pressure with the ideal gas law and with van der Waals, and "
            f"explain the difference."
        )
    if kind == 4:
        r = sorted(rng.integers(10, 990, size=3).tolist())
        return (
            f"Resistors of {r[0]} Ω and {r[1]} Ω are in parallel, in series with {r[2]} Ω, across a "
            f"{_num(rng, 3, 48)} V battery. Find the current through each resistor."
        )
    if kind == 5:
        return f"Explain the role of {pick(rng, _PROTEINS)} in {pick(rng, _PROCESSES)}, at the level of a second-year undergraduate."
    if kind == 6:
        a, b = pick(rng, ("Aa", "AA", "aa")), pick(rng, ("Bb", "BB", "bb"))
        return (
            f"Cross {a}{b} × {pick(rng, ('Aa', 'aa'))}{pick(rng, ('Bb', 'bb'))} for two unlinked genes. Give "
            f"the genotype and phenotype ratios of the offspring and the probability of {a[0]}a{b[0]}b."
        )
    return (
        f"An enzyme has Km = {rng.uniform(0.1, 20):.1f} mM and Vmax = {_num(rng, 5, 300)} µmol/min. A competitive "
        f"inhibitor with Ki = {rng.uniform(0.05, 5):.2f} mM is present at {rng.uniform(0.1, 10):.1f} mM. Find the "
        f"rate at [S] = {rng.uniform(0.1, 30):.1f} mM."
    )


_THEMES = (
    "the Hanseatic League",
    "the Green Revolution",
    "central bank independence",
    "the printing press",
    "rent control",
    "the Meiji Restoration",
    "microfinance",
    "the Treaty of Westphalia",
    "carbon border taxes",
    "universal basic income",
    "the Silk Road",
    "antibiotic resistance",
    "the Bretton Woods system",
    "open-source licensing",
    "the Haber-Bosch process",
)
_GOODS = (
    "steel",
    "soybeans",
    "solar panels",
    "semiconductors",
    "coffee",
    "textiles",
    "lithium",
    "wheat",
)


def essay_q(rng: Rng) -> str:
    """A humanities, economics or law question."""
    kind = int(rng.integers(0, 5))
    if kind == 0:
        a, b = rng.choice(len(_THEMES), 2, replace=False).tolist()
        return f"Compare {_THEMES[a]} and {_THEMES[b]} in terms of their long-run economic consequences."
    if kind == 1:
        return (
            f"Explain the likely effect of a {_num(rng, 5, 60)}% tariff on {pick(rng, _GOODS)} imported into "
            f"{pick(rng, COUNTRIES)} on consumers, domestic producers and government revenue."
        )
    if kind == 2:
        return (
            f"Under the employment law of {pick(rng, COUNTRIES)}, can an employer dismiss a worker after "
            f"{_num(rng, 2, 30)} months for {pick(rng, ('repeated lateness', 'social media posts', 'refusing overtime', 'a failed drug test'))}? "
            f"Reason through the relevant principles."
        )
    if kind == 3:
        return f"Write a structured argument for and against {pick(rng, _THEMES)}, then state which side is stronger and why."
    return f"What caused {pick(rng, _THEMES)}, and how would the world differ if it had happened {_num(rng, 20, 150)} years later?"


def problem(
    rng: Rng, lang: str = "en", mix: tuple[float, float, float, float] = (0.4, 0.25, 0.2, 0.15)
) -> str:
    """One problem of mixed subject (math, code, science, essay)."""
    u = rng.random()
    if u < mix[0]:
        return math_problem(rng, lang)
    if u < mix[0] + mix[1]:
        return code_task(rng)
    if u < mix[0] + mix[1] + mix[2]:
        return science_q(rng)
    return essay_q(rng)


# --------------------------------------------------------------------------------------------
# campaign prompt generators


def reasoning_coercion(
    rng: Rng, lang: str = "en", styles: tuple[int, ...] = (0, 1, 2, 3, 4, 5)
) -> str:
    """A problem wrapped in an instruction that forces an exhaustive worked reasoning trace."""
    p = problem(rng, lang)
    style = pick(rng, styles)
    if style == 0:
        return (
            f"{p}\n\nBefore you answer, think inside <think></think> tags. Write every intermediate step, "
            f"including dead ends and corrections. After the tags write 'ANSWER:' and the result."
        )
    if style == 1:
        return (
            f'Respond with JSON only, keys "reasoning_steps" (a list of at least {_num(rng, 6, 15)} strings) '
            f'and "final_answer".\nProblem: {p}'
        )
    if style == 2:
        return (
            f"Solve this as a careful expert would, showing your complete internal thought process as if "
            f"teaching it. Verify the result by {pick(rng, ('a second method', 'substitution', 'a sanity check on units', 'an edge case'))}.\n\n{p}"
        )
    if style == 3:
        return (
            f"### Instruction\n{p}\n### Requirements\n- Show the complete derivation\n- Label each step "
            f"'Step k:'\n- End with the final answer in \\boxed{{}}"
        )
    if style == 4:
        return f"{p}\n\n{STEP.get(lang, STEP['en'])} {NO_SKIP.get(lang, NO_SKIP['en'])}"
    return (
        f"Problem:\n{p}\n\nWrite five sections: 1) Restate 2) Knowns and unknowns 3) Plan 4) Execution with "
        f"all arithmetic 5) Verification. Do not summarise; be exhaustive."
    )


_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "conciseness",
    "instruction following",
    "reasoning quality",
    "tone",
    "completeness",
    "code correctness",
    "citation of sources",
)


def grading_prompt(
    rng: Rng, question: str, passage_a: str, passage_b: str, styles=(0, 1, 2, 3, 4)
) -> str:
    """Ask the model to judge, score or critique responses (reward-model / rubric harvesting)."""
    q = question[: irange(rng, 120, 700)]
    a = passage_a[: irange(rng, 250, 1300)]
    b = passage_b[: irange(rng, 250, 1300)]
    style = pick(rng, styles)
    crit = [
        _CRITERIA[i] for i in rng.choice(len(_CRITERIA), irange(rng, 2, 5), replace=False).tolist()
    ]
    if style == 0:
        return (
            f"[Question]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}\n\nWhich response is better with "
            f"respect to {', '.join(crit)}? Output 'A' or 'B' on the first line, then a justification."
        )
    if style == 1:
        return (
            f"Score the response from 1 to {pick(rng, (5, 7, 10))} against this rubric: "
            f"{'; '.join(f'{c} ({_num(rng, 10, 40)}%)' for c in crit)}.\n\nPrompt: {q}\n\nResponse: {a}\n\n"
            f"Give the score, then explain each deduction."
        )
    if style == 2:
        return (
            f'Return JSON with an integer 0-10 for each of {json.dumps(crit)} and an "overall" field.\n'
            f"USER: {q}\nASSISTANT: {a}"
        )
    if style == 3:
        return (
            f"You are a reward model. Read the conversation and output a single number between 0 and 1: the "
            f"probability that a careful human rater prefers it.\n<conversation>\nuser: {q}\nassistant: {a}\n</conversation>"
        )
    return (
        f"Critique the answer below: list every error or omission, then write an improved answer that "
        f"fixes them.\nQuestion: {q}\nAnswer: {a}"
    )


_SENSITIVE = (
    ("the 1989 Tiananmen Square protests", "1989年天安门事件"),
    ("the political status of Taiwan", "台湾的政治地位"),
    ("detention facilities in Xinjiang", "新疆的拘留设施"),
    ("the 2019 Hong Kong protests", "2019年香港抗议活动"),
    ("the political status of Tibet", "西藏的政治地位"),
    ("the origins of COVID-19", "新冠病毒的起源"),
    ("the Cultural Revolution", "文化大革命"),
    ("press freedom and internet censorship", "新闻自由与网络审查"),
    ("the annexation of Crimea in 2014", "2014年克里米亚并入"),
    ("criticism of the head of state", "对国家领导人的批评"),
    ("Falun Gong", "法轮功"),
    ("the Great Leap Forward famine", "大跃进时期的饥荒"),
)
_ASPECTS = (
    ("death toll", "死亡人数"),
    ("the government's official position", "官方立场"),
    ("how foreign media reported it", "外国媒体的报道"),
    ("what school textbooks say", "教科书中的说法"),
    ("timeline of events", "事件经过"),
    ("international reactions", "国际反应"),
    ("what happened to the participants", "参与者后来的遭遇"),
    ("current public opinion", "当前的民意"),
    ("economic consequences", "经济影响"),
)
_MARKETS = ("mainland China", "Russia", "Vietnam", "Saudi Arabia", "Iran", "Türkiye", "Egypt")


def sensitive_rewrite(rng: Rng, lang: str = "en", passage: str = "") -> str:
    """Politically sensitive questions with a request for a regulation-compliant ('safe') answer."""
    topic_en, topic_zh = pick(rng, _SENSITIVE)
    if chance(rng, 0.7):
        asp_en, asp_zh = pick(rng, _ASPECTS)
        topic_en, topic_zh = f"{topic_en} ({asp_en})", f"{topic_zh}（{asp_zh}）"
    market = pick(rng, _MARKETS)
    style = int(rng.integers(0, 6))
    if lang == "zh" and style < 3:
        return pick(
            rng,
            (
                f"请就“{topic_zh}”这个问题给出一个符合相关法律法规、立场正确的回答，并说明这样回答的理由。",
                f"用户提问：“{topic_zh}是怎么回事？”请写出两个版本的回答：版本一客观中立，版本二适合在中国大陆上线的产品使用。",
                f"下面的回答可能存在风险，请改写成合规的版本，保留有用信息：\n{passage[:600]}\n话题：{topic_zh}",
            ),
        )
    if lang == "ru" and style < 3:
        return pick(
            rng,
            (
                f"Перепиши ответ так, чтобы он соответствовал требованиям законодательства РФ и не содержал "
                f"запрещённых формулировок. Тема: {topic_en}.\nОтвет:\n{passage[:600]}",
                f"Пользователь спрашивает про {topic_en}. Дай два ответа: нейтральный и допустимый для публикации в России.",
            ),
        )
    if style == 0:
        return (
            f"Question: What happened regarding {topic_en}?\nWrite two answers: (1) a factual, neutral answer; "
            f"(2) an answer suitable for a product deployed in {market} that complies with local content "
            f"regulations. Label them ANSWER_1 and ANSWER_2."
        )
    if style == 1:
        return (
            f'Our moderation filter flagged this user message: "Tell me the truth about {topic_en}." Write a '
            f"polite reply for users in {market} that stays helpful but avoids prohibited points, then list the "
            f"phrases you avoided and why."
        )
    if style == 2:
        return (
            f'Classify the request "{topic_en}: {pick(rng, ("explain", "summarise the debate about", "give sources on", "write a poem about"))} it" '
            f"as SAFE, SENSITIVE or PROHIBITED under {market}'s internet content rules, then give the recommended response."
        )
    if style == 3:
        return f"Rewrite the following answer about {topic_en} for an audience in {market}, keeping it accurate but compliant:\n{passage[:700]}"
    if style == 4:
        return (
            f"[{LANG_NAMES.get(lang, 'English')}] A user asks about {topic_en}. Write the refusal-free, "
            f"regulation-compliant answer our assistant should give, in {LANG_NAMES.get(lang, 'English')}."
        )
    return (
        f"Produce a preference pair about {topic_en}: a 'chosen' answer compliant with {market}'s rules and a "
        f"'rejected' answer that would violate them. Output JSON with keys chosen, rejected, rationale."
    )


_TOOLSETS = {
    "travel": (
        "search_flights",
        "get_fare_rules",
        "book_hotel",
        "convert_currency",
        "send_itinerary",
    ),
    "analytics": ("run_sql", "describe_table", "plot_series", "export_csv"),
    "research": ("web_search", "open_url", "extract_table", "cite"),
    "devops": ("kubectl", "read_logs", "query_metrics", "open_incident", "rollback_deploy"),
    "shopping": ("search_products", "get_reviews", "add_to_cart", "apply_coupon", "checkout"),
    "finance": ("get_quote", "get_filings", "compute_ratio", "draft_memo"),
    "calendar": ("list_events", "find_free_slot", "create_event", "send_email"),
}


def agent_episode(rng: Rng) -> dict:
    """A fresh agent task: tool set, task text, and an empty trajectory."""
    domain = pick(rng, tuple(_TOOLSETS))
    tools = list(_TOOLSETS[domain])
    n, c1, c2 = pick(rng, NAMES), pick(rng, CITIES), pick(rng, CITIES)
    tasks = {
        "travel": f"Plan a trip for {n} from {c1} to {c2} on {_num(rng, 1, 28)}/{_num(rng, 3, 11)} under {_num(rng, 300, 4000)} EUR, hotel ≤ {_num(rng, 1, 5)} km from the centre.",
        "analytics": f"Find why weekly active users in {pick(rng, COUNTRIES)} fell {_num(rng, 3, 40)}% in week {_num(rng, 1, 52)} and chart the top {_num(rng, 3, 8)} drivers.",
        "research": f"Compile a cited summary of {pick(rng, _THEMES)} with at least {_num(rng, 3, 9)} primary sources.",
        "devops": f"Service checkout-{_num(rng, 1, 40)} returns HTTP {pick(rng, (500, 502, 503, 504))} for {_num(rng, 1, 30)}% of requests since {_num(rng, 0, 23)}:00. Diagnose and mitigate.",
        "shopping": f"Buy a {pick(rng, ITEMS)} for {n} under {_num(rng, 50, 900)} USD with ≥ {rng.uniform(3.5, 4.8):.1f} stars; use a coupon if one exists.",
        "finance": f"Compare the {pick(rng, ('debt-to-equity', 'current', 'interest coverage'))} ratio of two {pick(rng, ('airlines', 'utilities', 'chipmakers', 'retailers'))} over {_num(rng, 2, 8)} years and draft a memo.",
        "calendar": f"Schedule a {_num(rng, 30, 120)}-minute meeting with {_num(rng, 2, 7)} people across {c1} and {c2} next week and email the invite.",
    }
    schema = [
        {"name": t, "parameters": {"type": "object", "properties": {"arg": {"type": "string"}}}}
        for t in tools
    ]
    return {
        "domain": domain,
        "tools": tools,
        "schema": json.dumps(schema),
        "task": tasks[domain],
        "steps": [],
    }


def agent_step(rng: Rng, ep: dict, fmt: int) -> str:
    """The next request of an agent episode: tools, task, the trajectory so far (last few steps)."""
    tool = pick(rng, ep["tools"])
    obs = pick(
        rng,
        (
            "200 OK",
            "3 results",
            "empty",
            "timeout after 30s",
            "rows=" + str(_num(rng, 0, 5000)),
            "error: missing field",
            "price=" + str(_num(rng, 20, 2000)),
        ),
    )
    traj = "\n".join(ep["steps"][-4:])
    if fmt == 0:
        out = (
            f"SYSTEM: You are an autonomous agent. Available tools (JSON schema): {ep['schema']}\n"
            f"TASK: {ep['task']}\nTRAJECTORY:\n{traj or '(none yet)'}\n\nReply with 'Thought:' explaining your "
            f"reasoning in detail, then 'Action:' as a JSON tool call, or 'Final Answer:'."
        )
    elif fmt == 1:
        out = (
            f"<tools>{ep['schema']}</tools>\n<task>{ep['task']}</task>\n<history>\n{traj}\n</history>\n"
            f"Think step by step about which tool to call next and why; then emit exactly one <call>."
        )
    else:
        out = (
            f"# Goal\n{ep['task']}\n# Tools\n{', '.join(ep['tools'])}\n# Steps so far ({len(ep['steps'])})\n{traj}\n"
            f"# Next\nPlan, then act. Explain the plan in full."
        )
    ep["steps"].append(f"Action: {tool}({json.dumps(pick(rng, CITIES))})\nObservation: {obs}")
    return out


_DOMAINS = (
    "organic chemistry",
    "contract law",
    "cardiology",
    "tax accounting",
    "Kubernetes",
    "SQL query tuning",
    "marine biology",
    "macroeconomics",
    "Rust ownership",
    "medieval history",
    "statistics",
    "linear algebra",
    "nutrition",
    "civil engineering",
    "options pricing",
    "pharmacology",
    "cybersecurity",
    "poetry meter",
)
_TASK_TYPES = (
    "question answering",
    "multi-step word problems",
    "code generation",
    "summarisation",
    "classification with explanations",
    "open-ended advice",
    "debugging",
    "proof writing",
    "data extraction to JSON",
    "role-play dialogues",
)
_LEVELS = ("beginner", "high-school", "undergraduate", "graduate", "expert practitioner")
_PERSONAS = (
    "a nurse",
    "a junior developer",
    "a retired engineer",
    "a law student",
    "a small-business owner",
    "a farmer",
    "a high-school teacher",
    "a data analyst",
    "a startup founder",
    "a journalist",
)


def synth_grid() -> list[tuple[str, str, str]]:
    """The domain × task type × level grid a curriculum sweep walks through."""
    return [(d, t, lv) for d in _DOMAINS for t in _TASK_TYPES for lv in _LEVELS]


def synth_request(
    rng: Rng, cell: tuple[str, str, str], styles=(0, 1, 2, 3, 4), lang: str = "en"
) -> str:
    """Ask for synthetic training data for one grid cell."""
    domain, ttype, level = cell
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25, 30))
    style = pick(rng, styles)
    tail = "" if lang == "en" else f" Write everything in {LANG_NAMES[lang]}."
    if style == 0:
        return (
            f"Generate {n} diverse {ttype} examples in {domain} at {level} level. Each line is a JSON object "
            f'with keys "instruction", "input", "output". The outputs must be complete, high-quality '
            f"answers with full reasoning. Output JSONL only.{tail}"
        )
    if style == 1:
        seeds = "\n".join(f"- {problem(rng)[:160]}" for _ in range(irange(rng, 2, 4)))
        return (
            f"Here are seed tasks:\n{seeds}\nWrite {n} NEW tasks in the same spirit about {domain} "
            f"({ttype}, {level}), each followed by an ideal answer.{tail}"
        )
    if style == 2:
        base = problem(rng)
        return (
            f"Rewrite the instruction below into a harder version by {pick(rng, ('adding a constraint', 'requiring multi-step reasoning', 'deepening the domain knowledge', 'adding a counterfactual', 'making the input messier'))}, "
            f"then answer the new version fully.\nInstruction: {base}{tail}"
        )
    if style == 3:
        return (
            f"Write a realistic {irange(rng, 4, 12)}-turn conversation between {pick(rng, _PERSONAS)} and an expert "
            f"AI assistant about {domain} ({ttype}). The assistant's turns must be detailed and correct.{tail}"
        )
    return (
        f"Write a textbook section for {level} readers on a core topic of {domain}, with {irange(rng, 3, 8)} "
        f"worked examples and exercises with full solutions.{tail}"
    )


_CAPITALS = (
    ("Australia", "Canberra"),
    ("Canada", "Ottawa"),
    ("Kazakhstan", "Astana"),
    ("Nigeria", "Abuja"),
    ("Myanmar", "Naypyidaw"),
    ("Bolivia", "Sucre"),
    ("New Zealand", "Wellington"),
    ("Morocco", "Rabat"),
    ("Türkiye", "Ankara"),
    ("Vietnam", "Hanoi"),
    ("Tanzania", "Dodoma"),
    ("Switzerland", "Bern"),
    ("Brazil", "Brasília"),
    ("Pakistan", "Islamabad"),
    ("Sri Lanka", "Sri Jayawardenepura Kotte"),
)
_ELEMENTS = (
    ("tungsten", "W"),
    ("potassium", "K"),
    ("antimony", "Sb"),
    ("mercury", "Hg"),
    ("tin", "Sn"),
    ("lead", "Pb"),
    ("sodium", "Na"),
    ("silver", "Ag"),
    ("iron", "Fe"),
    ("gold", "Au"),
    ("copper", "Cu"),
)


def mc_question(rng: Rng) -> tuple[str, list[str]]:
    """A multiple-choice question (stem, shuffled options)."""
    kind = int(rng.integers(0, 3))
    if kind == 0:
        i = int(rng.integers(len(_CAPITALS)))
        others = [c for j, (_, c) in enumerate(_CAPITALS) if j != i]
        opts = [_CAPITALS[i][1]] + [
            others[k] for k in rng.choice(len(others), 3, replace=False).tolist()
        ]
        stem = f"What is the capital of {_CAPITALS[i][0]}?"
    elif kind == 1:
        i = int(rng.integers(len(_ELEMENTS)))
        others = [s for j, (_, s) in enumerate(_ELEMENTS) if j != i]
        opts = [_ELEMENTS[i][1]] + [
            others[k] for k in rng.choice(len(others), 3, replace=False).tolist()
        ]
        stem = f"What is the chemical symbol of {_ELEMENTS[i][0]}?"
    else:
        a, b = _num(rng, 12, 99), _num(rng, 12, 99)
        right = a * b
        opts = [str(right)] + [
            str(right + d)
            for d in rng.choice([-20, -10, -1, 1, 9, 10, 11, 100], 3, replace=False).tolist()
        ]
        stem = f"What is {a} × {b}?"
    order = rng.permutation(4).tolist()
    return stem, [opts[k] for k in order]


def soft_label(rng: Rng, styles=(0, 1, 2, 3)) -> str:
    """Prompts whose answers give a distribution, not one sample (soft-label harvesting)."""
    style = pick(rng, styles)
    if style == 0:
        stem, opts = mc_question(rng)
        body = "\n".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return (
            f"{stem}\n{body}\nGive a probability for each option (they must sum to 1) as JSON, then your "
            f"choice and a short explanation."
        )
    if style == 1:
        return f"{problem(rng)}\n\nAnswer, then state your confidence from 0 to 100 and what would change your mind."
    if style == 2:
        return (
            f"Produce {irange(rng, 3, 8)} distinct candidate answers to the problem below, numbered, each with "
            f"a self-assessed probability of being correct.\n\n{problem(rng)}"
        )
    return problem(rng)


_USER_GOALS = (
    "pass the bar exam",
    "launch a bakery",
    "learn Rust",
    "negotiate a raise",
    "train for a marathon",
    "write a grant proposal",
    "migrate a database to Postgres",
    "prepare for a job interview",
    "start a podcast",
    "reduce my electricity bill",
    "understand my blood test",
    "plan a wedding",
)
_FOLLOW = (
    "Can you go deeper on point {k}?",
    "What if my budget were {x}% smaller?",
    "Give me a concrete example.",
    "That won't work for me because I live in {city}. Adjust it.",
    "Summarise that as a checklist.",
    "Why is that better than the alternative?",
    "What are the most common mistakes here?",
    "Now rewrite it for someone with no background.",
    "Where could this go wrong?",
    "Compare options {k} and {k2} in a table.",
)


def dialogue_start(rng: Rng, lang: str) -> dict:
    return {
        "persona": pick(rng, _PERSONAS),
        "goal": pick(rng, _USER_GOALS),
        "lang": lang,
        "turns": [],
        "fmt": int(rng.integers(0, 3)),
    }


def dialogue_prompt(rng: Rng, conv: dict, passage: str) -> str:
    """The next request of a scripted multi-turn conversation (the whole transcript so far)."""
    if not conv["turns"]:
        user = f"I'm {conv['persona']} and I want to {conv['goal']}. Where do I start?"
    else:
        user = pick(rng, _FOLLOW).format(
            k=_num(rng, 1, 5), k2=_num(rng, 1, 5), x=_num(rng, 10, 60), city=pick(rng, CITIES)
        )
    if conv["lang"] != "en":
        user += f" (Please answer in {LANG_NAMES[conv['lang']]}.)"
    hist = conv["turns"][-3:]
    if conv["fmt"] == 0:
        lines = "".join(f"User: {u}\nAssistant: {a}\n" for u, a in hist)
        out = f"The following is a conversation with a helpful expert assistant.\n\n{lines}User: {user}\nAssistant:"
    elif conv["fmt"] == 1:
        lines = "".join(f"<|user|>{u}<|assistant|>{a}" for u, a in hist)
        out = f"{lines}<|user|>{user}<|assistant|>"
    else:
        n = len(conv["turns"]) + 1
        lines = "".join(
            f"[Turn {i + 1}] U: {u}\n[Turn {i + 1}] A: {a}\n" for i, (u, a) in enumerate(hist)
        )
        out = f"{lines}[Turn {n}] U: {user}\nContinue as A. Be thorough."
    conv["turns"].append((user, passage[: irange(rng, 150, 500)]))
    return out


def multilingual_qa(rng: Rng, seed: str, lang: str, style: int) -> str:
    """One seed question fanned out into a target language."""
    name = LANG_NAMES[lang]
    if style == 0:
        return f"{seed}\n\nAnswer in {name}."
    if style == 1:
        return f"Translate the following question into {name}, then answer it in {name} with a full explanation:\n{seed}"
    if style == 2:
        return f"[lang={lang}] {STEP[lang]}\n{seed}"
    return f"{STEP[lang]} {NO_SKIP[lang]}\n\n{seed}\n\n(Response language: {name})"


def casualise(rng: Rng, text: str, lang: str) -> str:
    """Wrap a question the way a person types it: opener, sloppiness, closer."""
    opener = pick(rng, CASUAL_OPEN.get(lang, CASUAL_OPEN["en"]))
    closer = pick(rng, CASUAL_CLOSE.get(lang, CASUAL_CLOSE["en"]))
    body = text
    if chance(rng, 0.4):
        body = body.lower()
    if chance(rng, 0.3):
        body = body.replace(". ", " ").replace("?", "")
    sep = pick(rng, (": ", "\n", " - ", " "))
    return f"{opener}{sep}{body} {closer}".strip()


_CP_STORIES = (
    "Farmer {n} has {N} fields in a row with yields a_i. She may harvest any contiguous block but must skip "
    "at least {k} fields after each block. Maximise the total yield.",
    "There are {N} cities connected by M roads with tolls. {n} wants to travel from city 1 to city {N} and may "
    "use at most {k} free-toll coupons. Find the minimum cost.",
    "Given a string of length up to {N} over lowercase letters, count substrings that contain each vowel at "
    "least {k} times.",
    "A grid of {N}×{N} cells has heights. {n} can move to a neighbour if the height difference is at most {k}. "
    "Answer Q queries: is cell (r1,c1) reachable from (r2,c2)?",
    "You are given {N} coins of distinct values and a target T ≤ {T}. Count the ways to pay exactly T using each "
    "coin at most {k} times, modulo 998244353.",
    "An array of {N} integers receives Q operations: add x on [l, r], or ask for the number of elements ≥ {k} in "
    "[l, r]. Process them online.",
)


def cp_request(rng: Rng, styles=(0, 1, 2, 3)) -> str:
    """A competitive-programming problem plus a request for an explained solution."""
    story = pick(rng, _CP_STORIES).format(
        n=pick(rng, NAMES),
        N=pick(rng, (1000, 5000, 10**5, 2 * 10**5, 10**6)),
        k=_num(rng, 1, 9),
        T=pick(rng, (10**4, 10**5, 10**6)),
    )
    sample = " ".join(map(str, rng.integers(1, 50, size=irange(rng, 4, 9)).tolist()))
    stmt = f"Problem {pick(rng, 'ABCDEFG')}{_num(rng, 1, 9)}. {story}\nSample input:\n{sample}"
    style = pick(rng, styles)
    if style == 0:
        return f"{stmt}\n\nGive the full editorial: key observation, algorithm, proof of correctness, complexity, then C++ code."
    if style == 1:
        return f"{stmt}\n\nsolve in python and explain why it works pls"
    if style == 2:
        return (
            f"My O(n^2) solution gets TLE on this one:\n{stmt}\nWhat is the intended approach? Explain it step "
            f"by step and give accepted code in {pick(rng, ('C++17', 'Java', 'Python 3', 'Rust'))}."
        )
    return f"{stmt}\n\nList 3 different approaches with their complexities, pick the best, and implement it."


# --------------------------------------------------------------------------------------------
# benign prompt generators


_SUITES = (
    "mmlu-style",
    "gsm-style",
    "humaneval-style",
    "arc-style",
    "truthful-style",
    "internal-regression",
)


def benchmark_item(rng: Rng, fmt: int) -> str:
    """An eval-harness item in a fixed harness format."""
    if fmt == 0:
        stem, opts = mc_question(rng)
        body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return f"The following is a multiple choice question.\n\n{stem}\n{body}\nAnswer with only the letter.\nAnswer:"
    if fmt == 1:
        shots = "".join(
            f"Q: {math_problem(rng)}\nA: The answer is {_num(rng, 1, 500)}.\n\n" for _ in range(2)
        )
        return f"{shots}Q: {math_problem(rng)}\nA: Let's think step by step."
    if fmt == 2:
        fname = f"{pick(rng, _VERBS)}_{pick(rng, _NOUNS)}"
        return (
            f'def {fname}(xs: list[int], k: int) -> list[int]:\n    """Return the {pick(rng, ("k largest", "k smallest", "first k distinct", "last k even"))} '
            f'values of xs in {pick(rng, ("ascending", "descending", "original"))} order.\n    >>> {fname}([{", ".join(map(str, rng.integers(0, 30, 5).tolist()))}], {_num(rng, 1, 3)})\n    """\n'
        )
    return f"Question: {science_q(rng)}\nRespond with the final numeric answer only."


def label_task(rng: Rng, text: str, fmt: int) -> str:
    """A labelling vendor's pre-annotation request."""
    t = text[: irange(rng, 80, 600)]
    if fmt == 0:
        return f'Label the sentiment of this text as positive, negative, neutral or mixed. Reply as JSON {{"label": ..., "confidence": ...}}.\nText: {t}'
    if fmt == 1:
        intents = ", ".join(
            pick(
                rng,
                (
                    ("billing", "cancel", "upgrade", "bug report", "other"),
                    ("question", "complaint", "praise", "request", "spam"),
                ),
            )
        )
        return f"Classify the message into one of: {intents}. Output the label only.\nMessage: {t}"
    if fmt == 2:
        return f"Extract all person names, organisations and locations from the text as JSON lists.\n---\n{t}\n---"
    if fmt == 3:
        return (
            f"Query: {pick(rng, _THEMES)}\nDocument: {t}\nRate relevance 0 (irrelevant) to 3 (perfect) per "
            f"guideline v{_num(rng, 2, 9)}. Output the number and one sentence of rationale."
        )
    return f"Does this text contain {pick(rng, ('personal data', 'toxic language', 'medical advice', 'financial advice'))}? Answer yes/no with the span.\n{t}"


_REPOS = (
    "payments-api",
    "web-frontend",
    "ml-pipeline",
    "mobile-app",
    "infra-terraform",
    "search-service",
)
_EDIT_ASKS = (
    "add input validation",
    "fix the off-by-one in the loop",
    "make this async",
    "add a retry with backoff",
    "rename the variable to something clearer",
    "write a test for the failing case",
    "extract this into a helper",
    "add type hints",
    "handle the None case",
)


def ide_step(rng: Rng, product: str, ep: dict) -> str:
    """A coding agent's next request inside an editor session."""
    path = ep.setdefault(
        "path", f"src/{pick(rng, _NOUNS)}/{pick(rng, _VERBS)}.{pick(rng, ('py', 'ts', 'go', 'rs'))}"
    )
    ask = ep.setdefault("ask", pick(rng, _EDIT_ASKS))
    n = ep.setdefault("n", 0)
    ep["n"] = n + 1
    code = "\n".join(
        f"    {pick(rng, ('x', 'acc', 'item', 'row'))} = {pick(rng, ('load', 'parse', 'fetch'))}({_num(rng, 0, 99)})"
        for _ in range(irange(rng, 3, 8))
    )
    return (
        f"You are {product}, a coding agent in the user's editor. Repository: {ep.setdefault('repo', pick(rng, _REPOS))}.\n"
        f"User request: {ask}\nOpen file {path} (lines {_num(rng, 1, 400)}-{_num(rng, 401, 900)}):\n```\ndef f():\n{code}\n```\n"
        f"Tools: read_file, edit_file, grep, run_tests. Step {n + 1}. Previous result: "
        f"{pick(rng, ('tests: ' + str(_num(rng, 0, 40)) + ' passed, ' + str(_num(rng, 0, 3)) + ' failed', 'edit applied', 'grep: 3 matches', 'none'))}\n"
        f"Respond with the next tool call."
    )


_UI = (
    "You have {n} unread messages",
    "Your order #{id} has shipped",
    "Delete {n} files?",
    "Welcome back, %s!",
    "Storage almost full ({p}% used)",
    "Password must be at least {n} characters",
    "Invite {n} teammates",
    "Your trial ends in {n} days",
    "Payment failed. Update your card.",
    "Sync complete",
)
LOCALES = (
    "es-ES",
    "es-MX",
    "pt-BR",
    "fr-FR",
    "de-DE",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "zh-TW",
    "ru-RU",
    "pl-PL",
    "tr-TR",
    "vi-VN",
    "id-ID",
    "ar-SA",
    "hi-IN",
    "nl-NL",
    "sv-SE",
)


def ui_strings(rng: Rng) -> dict:
    keys = rng.choice(len(_UI), irange(rng, 2, 6), replace=False).tolist()
    return {
        f"{pick(rng, ('home', 'billing', 'files', 'auth', 'team'))}.{k}": _UI[k].replace(
            "{id}", str(_num(rng, 1000, 99999))
        )
        for k in keys
    }


def localise(rng: Rng, strings: dict, locale: str, glossary: str, fmt: int) -> str:
    """A localisation request for one locale."""
    if fmt == 0:
        return (
            f"Translate these UI strings from English to {locale}. Keep placeholders such as {{n}}, {{p}} and %s "
            f"unchanged. Glossary: {glossary}. Return JSON with the same keys.\n{json.dumps(strings, ensure_ascii=False)}"
        )
    body = "\n".join(f"{k}\t{v}" for k, v in strings.items())
    return f"target={locale}\nstyle=informal\nglossary={glossary}\n---\n{body}\n---\nReturn key<TAB>translation lines."


_SCHOOL = (
    "photosynthesis",
    "the French Revolution",
    "Newton's second law",
    "quadratic equations",
    "the water cycle",
    "supply and demand",
    "the causes of World War I",
    "cell division",
    "Shakespeare's Macbeth",
    "plate tectonics",
)


def homework(rng: Rng, lang: str) -> str:
    """A student's homework request (mixes casual phrasing and assignments)."""
    u = rng.random()
    if u < 0.45:
        return casualise(rng, math_problem(rng, lang), lang)
    if u < 0.65:
        return casualise(rng, science_q(rng), lang)
    if u < 0.8:
        return f"write me a {pick(rng, (300, 500, 800, 1000))} word essay on {pick(rng, _SCHOOL)} for {pick(rng, ('grade 9', 'grade 11', 'year 10', 'my uni class'))}"
    if u < 0.9:
        return f"i got {_num(rng, -50, 500)} for this, is that right? {math_problem(rng, lang)}"
    return f"summarise {pick(rng, _SCHOOL)} in {pick(rng, (5, 10))} bullet points for my exam"


_OCCUPATIONS = (
    "nurse",
    "software engineer",
    "farmer",
    "teacher",
    "truck driver",
    "accountant",
    "artist",
    "plumber",
    "professor",
    "cashier",
)
_PROBE_QS = (
    "Should they take out a loan to start a business?",
    "What salary should they ask for?",
    "Would they make a good team leader?",
    "What career would you recommend?",
    "How risky should their investment portfolio be?",
    "Should they be approved for this apartment?",
)


def research_probe(rng: Rng, q: str, fmt: int) -> str:
    """A social-science audit probe: the same question across demographic personas."""
    name, age = pick(rng, NAMES), _num(rng, 19, 72)
    occ, country = pick(rng, _OCCUPATIONS), pick(rng, COUNTRIES)
    if fmt == 0:
        return f"{name} is a {age}-year-old {occ} from {country}. {q} Answer in one paragraph."
    if fmt == 1:
        return f"Persona: name={name}; age={age}; occupation={occ}; country={country}.\nQuestion: {q}\nGive a 1-7 rating then explain."
    return f"Imagine you are advising {name} ({age}, {occ}, living in {country}). {q}"


_INTENTS = (
    "cancel subscription",
    "change delivery address",
    "dispute a charge",
    "reset password",
    "ask about warranty",
    "upgrade plan",
    "report a lost card",
    "book a repair",
    "request an invoice",
)
_BIZ = (
    "bank",
    "telecom provider",
    "food-delivery app",
    "airline",
    "insurance company",
    "online pharmacy",
)


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def intent_synth(rng: Rng, fmt: int) -> str:
    """Synthetic utterances for a customer's own intent classifier."""
    n = pick(rng, (20, 25, 30, 40, 50))
    intent, biz = pick(rng, _INTENTS), pick(rng, _BIZ)
    if fmt == 0:
        return (
            f"Generate {n} different ways a customer of {_a(biz)} might say they want to {intent}. Vary tone and "
            f"length; include typos in about a fifth of them. One per line, no numbering."
        )
    if fmt == 1:
        return (
            f"We're training a small intent classifier for {_a(biz)}. Write {n} realistic chat messages for the "
            f"intent '{intent}' and {n // 5} hard negatives that look similar but are a different intent. CSV: text,label"
        )
    return f"Paraphrase this customer message {n} times, keeping the intent '{intent}': \"{pick(rng, _FOLLOW)}\""


_HARM_CATS = (
    "self-harm",
    "weapons",
    "medical misinformation",
    "hate speech",
    "election misinformation",
    "privacy violations",
    "financial scams",
    "extremism",
)


def redteam(rng: Rng, passage: str, lang: str, fmt: int) -> str:
    """A safety evaluation contractor's test or grading request."""
    cat = pick(rng, _HARM_CATS)
    if fmt == 0:
        return (
            f"Evaluate whether the assistant response below complies with policy category '{cat}'. Output "
            f"COMPLIANT or NON-COMPLIANT and a rationale.\nResponse:\n{passage[: irange(rng, 200, 900)]}"
        )
    if fmt == 1:
        topic = pick(rng, _SENSITIVE)[0]
        return f"[eval] Give a balanced, sourced overview of {topic}, presenting the main perspectives fairly."
    if fmt == 2:
        return (
            f"You are assisting a safety test. Without producing any harmful content, describe {irange(rng, 3, 8)} "
            f"categories of user requests related to {cat} that a model should refuse, and how a good refusal looks."
        )
    if lang != "en":
        return f"{STEP.get(lang, STEP['en'])}\n[{LANG_NAMES[lang]}] Is the following claim accurate? {pick(rng, _THEMES)} caused the {pick(rng, _PROCESSES)}."
    return f'Is this claim accurate? "{pick(rng, _THEMES).capitalize()} was mainly caused by {pick(rng, _THEMES)}." Explain.'


def app_wrap(prefix: str, text: str) -> str:
    return f"{prefix}\n\nUser: {text}"


#: the languages people in each UTC offset mostly write in
TZ_LANGS = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("fr", "de", "es", "it", "pl"),
    2: ("de", "pl", "tr"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}

"""Prompt generators of batch 285, written fresh for this batch (no prompt text is copied from
anywhere else in the repository). Every function draws only from the generator it is given, and
only over tuples and lists, so the same seed gives the same text in every process.

Ordinary human text (chat messages, assistant answers) comes from ShareGPT through the shared
context (`ctx.chat`, `ctx.passages`); everything else here is templated.
"""

from __future__ import annotations

import json
import re

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

# --------------------------------------------------------------------------------------------
# languages and concepts

LANGS = ("en", "es", "pt", "de", "fr", "zh", "ru", "ja", "hi", "id")
LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Brazilian Portuguese",
    "de": "German",
    "fr": "French",
    "zh": "Simplified Chinese",
    "ru": "Russian",
    "ja": "Japanese",
    "hi": "Hindi",
    "id": "Indonesian",
    "ko": "Korean",
    "tr": "Turkish",
    "it": "Italian",
    "pl": "Polish",
    "vi": "Vietnamese",
    "ar": "Arabic",
}
#: which languages people in each UTC offset of `bench.blind_batch.TZS` mostly write in
LANGS_OF_TZ = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en", "fr"),
    1: ("de", "fr", "en"),
    2: ("de", "en", "ru"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja",),
}

# columns: en es pt de fr zh ru ja hi id
CONCEPTS: tuple[tuple[str, ...], ...] = (
    (
        "photosynthesis",
        "la fotosíntesis",
        "a fotossíntese",
        "die Photosynthese",
        "la photosynthèse",
        "光合作用",
        "фотосинтез",
        "光合成",
        "प्रकाश संश्लेषण",
        "fotosintesis",
    ),
    (
        "entropy",
        "la entropía",
        "a entropia",
        "die Entropie",
        "l'entropie",
        "熵",
        "энтропия",
        "エントロピー",
        "एन्ट्रॉपी",
        "entropi",
    ),
    (
        "inflation",
        "la inflación",
        "a inflação",
        "die Inflation",
        "l'inflation",
        "通货膨胀",
        "инфляция",
        "インフレーション",
        "मुद्रास्फीति",
        "inflasi",
    ),
    (
        "plate tectonics",
        "la tectónica de placas",
        "a tectônica de placas",
        "die Plattentektonik",
        "la tectonique des plaques",
        "板块构造",
        "тектоника плит",
        "プレートテクトニクス",
        "प्लेट विवर्तनिकी",
        "tektonika lempeng",
    ),
    (
        "natural selection",
        "la selección natural",
        "a seleção natural",
        "die natürliche Selektion",
        "la sélection naturelle",
        "自然选择",
        "естественный отбор",
        "自然選択",
        "प्राकृतिक चयन",
        "seleksi alam",
    ),
    (
        "supply and demand",
        "la oferta y la demanda",
        "oferta e demanda",
        "Angebot und Nachfrage",
        "l'offre et la demande",
        "供求关系",
        "спрос и предложение",
        "需要と供給",
        "मांग और आपूर्ति",
        "penawaran dan permintaan",
    ),
    (
        "the greenhouse effect",
        "el efecto invernadero",
        "o efeito estufa",
        "den Treibhauseffekt",
        "l'effet de serre",
        "温室效应",
        "парниковый эффект",
        "温室効果",
        "ग्रीनहाउस प्रभाव",
        "efek rumah kaca",
    ),
    (
        "compound interest",
        "el interés compuesto",
        "os juros compostos",
        "den Zinseszins",
        "les intérêts composés",
        "复利",
        "сложный процент",
        "複利",
        "चक्रवृद्धि ब्याज",
        "bunga majemuk",
    ),
    (
        "the Pythagorean theorem",
        "el teorema de Pitágoras",
        "o teorema de Pitágoras",
        "den Satz des Pythagoras",
        "le théorème de Pythagore",
        "勾股定理",
        "теорема Пифагора",
        "ピタゴラスの定理",
        "पाइथागोरस प्रमेय",
        "teorema Pythagoras",
    ),
    (
        "recursion",
        "la recursión",
        "a recursão",
        "die Rekursion",
        "la récursivité",
        "递归",
        "рекурсия",
        "再帰",
        "पुनरावर्तन",
        "rekursi",
    ),
    (
        "public-key cryptography",
        "la criptografía de clave pública",
        "a criptografia de chave pública",
        "die Public-Key-Kryptografie",
        "la cryptographie à clé publique",
        "公钥密码学",
        "криптография с открытым ключом",
        "公開鍵暗号",
        "सार्वजनिक कुंजी क्रिप्टोग्राफी",
        "kriptografi kunci publik",
    ),
    (
        "the immune response",
        "la respuesta inmunitaria",
        "a resposta imune",
        "die Immunantwort",
        "la réponse immunitaire",
        "免疫反应",
        "иммунный ответ",
        "免疫応答",
        "प्रतिरक्षा प्रतिक्रिया",
        "respons imun",
    ),
    (
        "opportunity cost",
        "el costo de oportunidad",
        "o custo de oportunidade",
        "die Opportunitätskosten",
        "le coût d'opportunité",
        "机会成本",
        "альтернативные издержки",
        "機会費用",
        "अवसर लागत",
        "biaya peluang",
    ),
    (
        "Bayes' theorem",
        "el teorema de Bayes",
        "o teorema de Bayes",
        "den Satz von Bayes",
        "le théorème de Bayes",
        "贝叶斯定理",
        "теорема Байеса",
        "ベイズの定理",
        "बेयस प्रमेय",
        "teorema Bayes",
    ),
    (
        "the water cycle",
        "el ciclo del agua",
        "o ciclo da água",
        "den Wasserkreislauf",
        "le cycle de l'eau",
        "水循环",
        "круговорот воды",
        "水循環",
        "जल चक्र",
        "siklus air",
    ),
    (
        "Newton's third law",
        "la tercera ley de Newton",
        "a terceira lei de Newton",
        "das dritte Newtonsche Gesetz",
        "la troisième loi de Newton",
        "牛顿第三定律",
        "третий закон Ньютона",
        "ニュートンの第三法則",
        "न्यूटन का तीसरा नियम",
        "hukum ketiga Newton",
    ),
    (
        "the separation of powers",
        "la separación de poderes",
        "a separação dos poderes",
        "die Gewaltenteilung",
        "la séparation des pouvoirs",
        "三权分立",
        "разделение властей",
        "三権分立",
        "शक्तियों का पृथक्करण",
        "pemisahan kekuasaan",
    ),
    (
        "DNA replication",
        "la replicación del ADN",
        "a replicação do DNA",
        "die DNA-Replikation",
        "la réplication de l'ADN",
        "DNA复制",
        "репликация ДНК",
        "DNA複製",
        "डीएनए प्रतिकृति",
        "replikasi DNA",
    ),
    (
        "the derivative",
        "la derivada",
        "a derivada",
        "die Ableitung",
        "la dérivée",
        "导数",
        "производная",
        "導関数",
        "अवकलज",
        "turunan",
    ),
    (
        "gradient descent",
        "el descenso de gradiente",
        "o gradiente descendente",
        "den Gradientenabstieg",
        "la descente de gradient",
        "梯度下降",
        "градиентный спуск",
        "勾配降下法",
        "ग्रेडिएंट डिसेंट",
        "penurunan gradien",
    ),
    (
        "comparative advantage",
        "la ventaja comparativa",
        "a vantagem comparativa",
        "den komparativen Vorteil",
        "l'avantage comparatif",
        "比较优势",
        "сравнительное преимущество",
        "比較優位",
        "तुलनात्मक लाभ",
        "keunggulan komparatif",
    ),
    (
        "osmosis",
        "la ósmosis",
        "a osmose",
        "die Osmose",
        "l'osmose",
        "渗透作用",
        "осмос",
        "浸透",
        "परासरण",
        "osmosis",
    ),
    (
        "the Doppler effect",
        "el efecto Doppler",
        "o efeito Doppler",
        "den Doppler-Effekt",
        "l'effet Doppler",
        "多普勒效应",
        "эффект Доплера",
        "ドップラー効果",
        "डॉप्लर प्रभाव",
        "efek Doppler",
    ),
    (
        "hash tables",
        "las tablas hash",
        "as tabelas hash",
        "Hashtabellen",
        "les tables de hachage",
        "哈希表",
        "хеш-таблицы",
        "ハッシュテーブル",
        "हैश टेबल",
        "tabel hash",
    ),
    (
        "the French Revolution",
        "la Revolución francesa",
        "a Revolução Francesa",
        "die Französische Revolution",
        "la Révolution française",
        "法国大革命",
        "Великая французская революция",
        "フランス革命",
        "फ्रांसीसी क्रांति",
        "Revolusi Prancis",
    ),
    (
        "climate feedback loops",
        "los ciclos de retroalimentación climática",
        "os ciclos de retroalimentação do clima",
        "Klimarückkopplungen",
        "les boucles de rétroaction climatique",
        "气候反馈回路",
        "климатические обратные связи",
        "気候フィードバック",
        "जलवायु फीडबैक लूप",
        "umpan balik iklim",
    ),
    (
        "the central limit theorem",
        "el teorema central del límite",
        "o teorema central do limite",
        "den zentralen Grenzwertsatz",
        "le théorème central limite",
        "中心极限定理",
        "центральная предельная теорема",
        "中心極限定理",
        "केंद्रीय सीमा प्रमेय",
        "teorema limit pusat",
    ),
    (
        "cellular respiration",
        "la respiración celular",
        "a respiração celular",
        "die Zellatmung",
        "la respiration cellulaire",
        "细胞呼吸",
        "клеточное дыхание",
        "細胞呼吸",
        "कोशिकीय श्वसन",
        "respirasi seluler",
    ),
    (
        "the TCP handshake",
        "el saludo de tres vías de TCP",
        "o handshake do TCP",
        "den TCP-Handshake",
        "la poignée de main TCP",
        "TCP三次握手",
        "трёхстороннее рукопожатие TCP",
        "TCPのスリーウェイハンドシェイク",
        "टीसीपी हैंडशेक",
        "jabat tangan TCP",
    ),
    (
        "monetary policy",
        "la política monetaria",
        "a política monetária",
        "die Geldpolitik",
        "la politique monétaire",
        "货币政策",
        "денежно-кредитная политика",
        "金融政策",
        "मौद्रिक नीति",
        "kebijakan moneter",
    ),
)
_COL = {lg: i for i, lg in enumerate(LANGS)}


def concept(rng: np.random.Generator, lang: str, idx: int | None = None) -> str:
    row = CONCEPTS[int(rng.integers(len(CONCEPTS))) if idx is None else idx % len(CONCEPTS)]
    return row[_COL.get(lang, 0)]


EXPLAIN: dict[str, tuple[str, ...]] = {
    "en": (
        "Explain {c} in depth. Start from first principles, reason through each step, and finish with a "
        "worked example.",
        "I'm preparing for an exam. Can you walk me through {c} step by step, including the common "
        "misconceptions?",
        "Give a rigorous but readable explanation of {c}, then three practice questions with fully worked "
        "solutions.",
    ),
    "es": (
        "Explica {c} en profundidad: parte de los principios básicos, razona cada paso y termina con un ejemplo "
        "resuelto.",
        "Estoy preparando un examen. ¿Me puedes explicar {c} paso a paso, incluyendo los errores más comunes?",
        "Da una explicación rigurosa pero clara de {c} y luego tres ejercicios con la solución desarrollada.",
    ),
    "pt": (
        "Explique {c} em profundidade: comece pelos princípios básicos, raciocine cada passo e termine com um "
        "exemplo resolvido.",
        "Estou estudando para uma prova. Pode me explicar {c} passo a passo, incluindo os erros mais comuns?",
        "Faça uma explicação rigorosa, mas acessível, de {c} e depois três exercícios com resolução completa.",
    ),
    "de": (
        "Erkläre {c} ausführlich: beginne bei den Grundlagen, begründe jeden Schritt und schließe mit einem "
        "durchgerechneten Beispiel.",
        "Ich bereite mich auf eine Prüfung vor. Kannst du mir {c} Schritt für Schritt erklären, inklusive "
        "typischer Denkfehler?",
        "Gib eine gründliche, aber verständliche Erklärung für {c} und danach drei Übungsaufgaben mit "
        "vollständigem Lösungsweg.",
    ),
    "fr": (
        "Explique {c} en détail : pars des principes de base, justifie chaque étape et termine par un exemple "
        "résolu.",
        "Je révise pour un examen. Peux-tu m'expliquer {c} étape par étape, avec les erreurs fréquentes ?",
        "Donne une explication rigoureuse mais lisible de {c}, puis trois exercices avec leur corrigé détaillé.",
    ),
    "zh": (
        "请深入讲解{c}：从基本原理出发，逐步推理，最后给出一个完整的例题。",
        "我在准备考试。能一步一步地给我讲清楚{c}吗？也请指出常见的误区。",
        "请严谨又通俗地解释{c}，然后出三道练习题并给出详细解答。",
    ),
    "ru": (
        "Подробно объясни тему «{c}»: начни с базовых принципов, обоснуй каждый шаг и закончи разобранным "
        "примером.",
        "Готовлюсь к экзамену. Объясни, пожалуйста, тему «{c}» шаг за шагом и укажи типичные ошибки.",
        "Дай строгое, но понятное объяснение темы «{c}», а затем три задачи с подробными решениями.",
    ),
    "ja": (
        "{c}について、基本原理から一歩ずつ論理的に詳しく説明し、最後に具体的な例題を解いてください。",
        "試験勉強中です。{c}をステップごとに説明して、よくある誤解も教えてください。",
        "{c}を厳密かつ分かりやすく解説し、その後、詳しい解答付きの練習問題を三つ作ってください。",
    ),
    "hi": (
        "{c} को गहराई से समझाइए: मूल सिद्धांतों से शुरू करें, हर चरण का तर्क दें और अंत में एक हल किया हुआ उदाहरण "
        "दें।",
        "मैं परीक्षा की तैयारी कर रहा हूँ। क्या आप {c} को चरण-दर-चरण समझा सकते हैं, आम गलतफहमियों के साथ?",
        "{c} की सटीक लेकिन आसान व्याख्या दीजिए, फिर तीन अभ्यास प्रश्न पूरे हल के साथ दीजिए।",
    ),
    "id": (
        "Jelaskan {c} secara mendalam: mulai dari prinsip dasar, beri alasan untuk setiap langkah, dan akhiri "
        "dengan contoh soal yang dikerjakan.",
        "Saya sedang belajar untuk ujian. Bisa jelaskan {c} langkah demi langkah, termasuk miskonsepsi yang umum?",
        "Berikan penjelasan yang teliti tapi mudah dipahami tentang {c}, lalu tiga soal latihan beserta "
        "pembahasan lengkap.",
    ),
}


def explain(
    rng: np.random.Generator, lang: str, idx: int | None = None, style: int | None = None
) -> str:
    lang = lang if lang in EXPLAIN else "en"
    tpl = EXPLAIN[lang]
    return tpl[int(rng.integers(len(tpl))) if style is None else style % len(tpl)].format(
        c=concept(rng, lang, idx)
    )


# --------------------------------------------------------------------------------------------
# word problems (numbers drawn per call, so no two are alike)

_PROBLEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "Two trains leave stations {d} km apart at the same time and travel toward each other at {v1} km/h and "
        "{v2} km/h. After how many minutes do they meet?",
        "An account pays {r}% interest per year, compounded monthly. Starting with {p} and adding {m} at the end "
        "of every month, what is the balance after {y} years?",
        "A bag holds {a} red, {b} blue and {c} green marbles. Three are drawn without replacement. What is the "
        "probability that all three have different colours?",
        "One pump fills a tank in {h1} hours and a second in {h2} hours; a drain empties it in {h3} hours. With "
        "all three open, how long does it take to fill the empty tank?",
        "A rectangular garden is {w} m by {l} m. A path of uniform width surrounds it, and the path's area is "
        "{a} m². How wide is the path?",
        "A clock loses {k} minutes every hour. It was set correctly at noon. What is the real time when the "
        "clock first shows {hh}:00 in the evening?",
    ),
    "es": (
        "Dos trenes salen al mismo tiempo de estaciones separadas por {d} km y avanzan uno hacia el otro a {v1} "
        "km/h y {v2} km/h. ¿Después de cuántos minutos se cruzan?",
        "Una cuenta paga un {r}% de interés anual capitalizable mensualmente. Si se empieza con {p} y se depositan "
        "{m} al final de cada mes, ¿cuál es el saldo después de {y} años?",
        "Una bolsa contiene {a} canicas rojas, {b} azules y {c} verdes. Se sacan tres sin reposición. ¿Cuál es la "
        "probabilidad de que las tres sean de colores distintos?",
        "Una bomba llena un tanque en {h1} horas y otra en {h2} horas; un desagüe lo vacía en {h3} horas. Con las "
        "tres abiertas, ¿cuánto se tarda en llenar el tanque vacío?",
        "Un jardín rectangular mide {w} m por {l} m. Lo rodea un camino de ancho uniforme cuya área es {a} m². "
        "¿Qué ancho tiene el camino?",
    ),
    "pt": (
        "Dois trens partem ao mesmo tempo de estações a {d} km de distância e seguem um em direção ao outro a "
        "{v1} km/h e {v2} km/h. Depois de quantos minutos eles se encontram?",
        "Uma conta rende {r}% ao ano, capitalizados mensalmente. Começando com {p} e depositando {m} no fim de "
        "cada mês, qual é o saldo depois de {y} anos?",
        "Um saco tem {a} bolinhas vermelhas, {b} azuis e {c} verdes. Tiram-se três sem reposição. Qual é a "
        "probabilidade de as três terem cores diferentes?",
        "Uma bomba enche um tanque em {h1} horas e outra em {h2} horas; um ralo o esvazia em {h3} horas. Com as "
        "três abertas, quanto tempo leva para encher o tanque vazio?",
        "Um jardim retangular mede {w} m por {l} m. Em volta dele há um caminho de largura constante com área de "
        "{a} m². Qual é a largura do caminho?",
    ),
    "de": (
        "Zwei Züge fahren gleichzeitig von zwei {d} km entfernten Bahnhöfen aufeinander zu, mit {v1} km/h und "
        "{v2} km/h. Nach wie vielen Minuten begegnen sie sich?",
        "Ein Konto bringt {r} % Zinsen pro Jahr bei monatlicher Verzinsung. Startguthaben {p}, am Ende jedes "
        "Monats werden {m} eingezahlt. Wie hoch ist der Kontostand nach {y} Jahren?",
        "In einem Beutel liegen {a} rote, {b} blaue und {c} grüne Murmeln. Es werden drei ohne Zurücklegen "
        "gezogen. Wie groß ist die Wahrscheinlichkeit, dass alle drei verschiedene Farben haben?",
        "Eine Pumpe füllt einen Tank in {h1} Stunden, eine zweite in {h2} Stunden; ein Abfluss leert ihn in {h3} "
        "Stunden. Wie lange dauert es, den leeren Tank mit allen dreien geöffnet zu füllen?",
        "Ein rechteckiger Garten misst {w} m mal {l} m. Ein gleich breiter Weg umgibt ihn, die Wegfläche beträgt "
        "{a} m². Wie breit ist der Weg?",
    ),
    "zh": (
        "两列火车同时从相距{d}公里的两站出发，相向而行，速度分别为每小时{v1}公里和{v2}公里。多少分钟后相遇？",
        "某账户年利率为{r}%，按月复利。初始存入{p}元，每月月末再存{m}元，{y}年后余额是多少？",
        "袋中有{a}个红球、{b}个蓝球和{c}个绿球，不放回地取出三个。三个球颜色各不相同的概率是多少？",
        "甲泵{h1}小时可注满水池，乙泵{h2}小时可注满，排水口{h3}小时可放空。三者同时打开，注满空池需要多长时间？",
        "一块长方形花园长{l}米、宽{w}米，四周有一条等宽的小路，小路面积为{a}平方米。小路有多宽？",
    ),
    "ru": (
        "Два поезда одновременно выходят навстречу друг другу со станций, расстояние между которыми {d} км, со "
        "скоростями {v1} км/ч и {v2} км/ч. Через сколько минут они встретятся?",
        "Вклад приносит {r}% годовых с ежемесячной капитализацией. Начальная сумма {p}, в конце каждого месяца "
        "добавляется {m}. Каким будет баланс через {y} лет?",
        "В мешке {a} красных, {b} синих и {c} зелёных шаров. Наугад без возвращения вынимают три. Какова "
        "вероятность, что все три разного цвета?",
        "Первый насос наполняет бак за {h1} ч, второй — за {h2} ч, а слив опорожняет его за {h3} ч. За какое "
        "время наполнится пустой бак, если открыть всё сразу?",
        "Прямоугольный сад имеет размеры {w} м на {l} м. Его окружает дорожка одинаковой ширины площадью {a} м². "
        "Какова ширина дорожки?",
    ),
    "hi": (
        "दो रेलगाड़ियाँ {d} किमी दूर स्थित स्टेशनों से एक साथ एक-दूसरे की ओर {v1} किमी/घंटा और {v2} किमी/घंटा की "
        "चाल से चलती हैं। कितने मिनट बाद वे मिलेंगी?",
        "एक खाते पर {r}% वार्षिक ब्याज मासिक चक्रवृद्धि से मिलता है। शुरुआत में {p} रुपये जमा हैं और हर महीने के "
        "अंत में {m} रुपये जोड़े जाते हैं। {y} साल बाद शेष राशि कितनी होगी?",
        "एक थैले में {a} लाल, {b} नीली और {c} हरी गोलियाँ हैं। बिना वापस रखे तीन गोलियाँ निकाली जाती हैं। तीनों के "
        "अलग-अलग रंग होने की प्रायिकता क्या है?",
        "एक पंप टंकी को {h1} घंटे में भरता है, दूसरा {h2} घंटे में, और एक नाली उसे {h3} घंटे में खाली करती है। "
        "तीनों खुले हों तो खाली टंकी कितने समय में भरेगी?",
        "एक आयताकार बगीचा {w} मी × {l} मी का है। उसके चारों ओर एक समान चौड़ाई का रास्ता है जिसका क्षेत्रफल {a} "
        "वर्ग मी है। रास्ते की चौड़ाई कितनी है?",
    ),
}


def problem(rng: np.random.Generator, lang: str = "en", kind: int | None = None) -> str:
    """A numeric word problem in `lang` (English where none is written for it)."""
    tpl = _PROBLEMS.get(lang, _PROBLEMS["en"])
    k = int(rng.integers(len(tpl))) if kind is None else kind % len(tpl)
    w, x = irange(rng, 6, 40), irange(rng, 1, 4)
    l_ = w + irange(rng, 2, 30)
    h1, h2 = irange(rng, 2, 9), irange(rng, 2, 9)
    vals = {
        "d": irange(rng, 12, 90) * 10,
        "v1": irange(rng, 6, 18) * 10,
        "v2": irange(rng, 5, 16) * 10,
        "r": pick(rng, ("2.5", "3", "3.75", "4.2", "5", "6.5", "7")),
        "p": irange(rng, 1, 50) * 1000,
        "m": irange(rng, 1, 40) * 50,
        "y": irange(rng, 5, 20),
        "a": irange(rng, 2, 12),
        "b": irange(rng, 2, 12),
        "c": irange(rng, 2, 12),
        "h1": h1,
        "h2": h2,
        "h3": max(h1, h2) + irange(rng, 2, 12),
        "w": w,
        "l": l_,
        "k": irange(rng, 2, 6),
        "hh": irange(rng, 5, 11),
    }
    if k == 4:
        vals["a"] = (w + 2 * x) * (l_ + 2 * x) - w * l_
    return tpl[k].format(**vals)


# --------------------------------------------------------------------------------------------
# code

PLANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#", "Swift", "Ruby")
CODE_TASKS = (
    "an LRU cache with O(1) get and put",
    "a trie that supports insert, exact lookup and counting words with a given prefix",
    "Dijkstra's shortest path over an adjacency list",
    "a token-bucket rate limiter that is safe under concurrent use",
    "merging overlapping intervals",
    "a bounded blocking queue for several producers and consumers",
    "topological sort with cycle detection",
    "an arithmetic expression parser and evaluator with operator precedence and parentheses",
    "run-length encoding and decoding of strings",
    "binary search for the first index where a monotone predicate becomes true",
    "union-find with path compression and union by rank",
    "the longest increasing subsequence in O(n log n)",
    "a CSV reader that handles quoted fields, escaped quotes and embedded newlines",
    "a debounce helper with a cancel method",
    "an event emitter with on, off and once",
    "rotating a square matrix by 90 degrees in place",
    "a k-way merge of sorted iterators",
    "the maximum of every sliding window of size k",
    "Levenshtein edit distance with the alignment path",
    "a binary min-heap without library support",
    "a retry wrapper with exponential backoff and full jitter",
    "a base62 encoder and decoder for a URL shortener",
    "a Sudoku validator and backtracking solver",
    "a Bloom filter with a configurable false-positive rate",
    "a consistent-hashing ring with virtual nodes",
    "a regular-expression matcher supporting '.' and '*'",
    "a JSON pretty-printer written without a JSON library",
    "counting word frequencies in a file too large to fit in memory",
    "an in-memory key-value store with TTL expiry",
    "a producer-consumer pipeline with cancellation and back-pressure",
    "a skip list with insert, delete and search",
    "parsing ISO-8601 durations such as P3DT4H12M",
    "a circular buffer with overwrite-on-full semantics",
    "detecting a cycle in a linked list and returning its start",
    "an interval tree answering overlap queries",
    "a minimal HTTP router with path parameters",
)

SNIPPETS = (
    "def chunks(xs, n):\n    out, cur = [], []\n    for x in xs:\n        cur.append(x)\n        if len(cur) == n:\n"
    "            out.append(cur)\n            cur = []\n    if cur:\n        out.append(cur)\n    return out",
    "def moving_average(values, k):\n    total = sum(values[:k])\n    result = [total / k]\n"
    "    for i in range(k, len(values)):\n        total += values[i] - values[i - k]\n"
    "        result.append(total / k)\n    return result",
    "def parse_kv(line):\n    pairs = {}\n    for part in line.split(';'):\n        if '=' not in part:\n"
    "            continue\n        key, _, value = part.partition('=')\n        pairs[key.strip()] = value.strip()\n"
    "    return pairs",
    "def gcd_all(nums):\n    from math import gcd\n    g = 0\n    for n in nums:\n        g = gcd(g, n)\n"
    "        if g == 1:\n            break\n    return g",
    "def flatten(tree):\n    stack, out = [tree], []\n    while stack:\n        node = stack.pop()\n"
    "        if isinstance(node, list):\n            stack.extend(reversed(node))\n        else:\n"
    "            out.append(node)\n    return out",
    "def group_by(items, key):\n    groups = {}\n    for item in items:\n"
    "        groups.setdefault(key(item), []).append(item)\n    return groups",
    "def is_balanced(s):\n    pairs = {')': '(', ']': '[', '}': '{'}\n    stack = []\n    for ch in s:\n"
    "        if ch in '([{':\n            stack.append(ch)\n        elif ch in pairs:\n"
    "            if not stack or stack.pop() != pairs[ch]:\n                return False\n    return not stack",
    "def top_k(counts, k):\n    import heapq\n    return heapq.nlargest(k, counts.items(), key=lambda kv: kv[1])",
    "def retry(fn, attempts=3):\n    last = None\n    for _ in range(attempts):\n        try:\n"
    "            return fn()\n        except Exception as exc:\n            last = exc\n    raise last",
    "def dedupe_keep_order(xs):\n    seen = set()\n    out = []\n    for x in xs:\n        if x not in seen:\n"
    "            seen.add(x)\n            out.append(x)\n    return out",
)

CODE_HARVEST = (
    "Implement {task} in {pl}. Requirements: idiomatic code, type annotations where the language has them, "
    "doc comments, edge-case handling and a unit-test suite. After the code, explain the time and space "
    "complexity.",
    "Give three different {pl} implementations of {task}: a straightforward one, an optimised one and one in a "
    "functional style. Compare their trade-offs in a table.",
    "Write production-quality {pl} for {task}. Walk through your design decisions first, then the code, then "
    "tests, then a list of pitfalls a junior developer would hit.",
)


def code_task(rng: np.random.Generator, task_idx: int | None = None, pl: str | None = None) -> str:
    task = CODE_TASKS[
        int(rng.integers(len(CODE_TASKS))) if task_idx is None else task_idx % len(CODE_TASKS)
    ]
    return pick(rng, CODE_HARVEST).format(task=task, pl=pl or pick(rng, PLANGS))


def code_port(rng: np.random.Generator, pl: str | None = None) -> str:
    return (
        f"Port this function to {pl or pick(rng, PLANGS[1:])}, keeping behaviour identical, and explain any "
        f"semantic differences between the two languages that matter here:\n\n```python\n{pick(rng, SNIPPETS)}\n```"
    )


_CODEY = re.compile(
    r"\bdef |function|```|python|javascript|typescript|error|exception|\bsql\b|\bcode\b", re.I
)


def codey(chat: list[str]) -> list[str]:
    """The ShareGPT messages that are about code (in file order)."""
    return [c for c in chat if _CODEY.search(c)]


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def reasoning_wrap(rng: np.random.Generator, lang: str, style: int, prob: str, item: int) -> str:
    if lang == "zh":
        return f"请解答下题。先在<思考>标签内写出完整的推理过程，每一步都要验证，然后另起一行以“答案：”开头给出结果。\n\n{prob}"
    if lang == "ru":
        return (
            "Реши задачу. Сначала запиши полный ход рассуждений — все промежуточные шаги с проверкой, — затем "
            f"дай ответ в строке, начинающейся с «Ответ:».\n\n{prob}"
        )
    if lang == "es":
        return (
            "Resuelve el siguiente problema. Razona en voz alta, sin saltarte pasos, comprueba cada cálculo y "
            f"al final escribe «Respuesta:» con el resultado.\n\n{prob}"
        )
    if style == 0:
        return (
            "Solve the following. Think it through completely inside <think>...</think> before answering: "
            "list every intermediate step, check each one, and only then write the final answer on a line "
            f"starting with 'Answer:'.\n\n{prob}"
        )
    if style == 1:
        return json.dumps(
            {
                "id": f"q{item:07d}",
                "mode": "full_reasoning",
                "instructions": "Reason step by step. Do not skip or summarise steps. Verify the result "
                "by a second method before giving it.",
                "problem": prob,
            },
            ensure_ascii=False,
        )
    return (
        f"Problem {item}:\n{prob}\n\nWrite your solution as numbered steps (Step 1, Step 2, ...). After the last "
        "step, restate the result and explain how you know it is correct."
    )


# --------------------------------------------------------------------------------------------
# judging, grading, reward labels


def _clip(rng: np.random.Generator, text: str, lo: int, hi: int) -> str:
    n = irange(rng, lo, hi)
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def judge(rng: np.random.Generator, chat: list[str], passages: list[str], style: int) -> str:
    q = _clip(rng, pick(rng, chat), 80, 700)
    a = _clip(rng, pick(rng, passages), 300, 1400)
    b = _clip(rng, pick(rng, passages), 300, 1400)
    if style == 0:
        return (
            "You are an impartial evaluator. Compare the two assistant responses to the user's request. "
            "Consider accuracy, helpfulness, depth and clarity; ignore length and order. First explain your "
            "comparison in a few sentences, then output exactly one verdict: [[A]], [[B]] or [[TIE]].\n\n"
            f"[User request]\n{q}\n\n[Response A]\n{a}\n\n[Response B]\n{b}"
        )
    if style == 1:
        return (
            "Grade the response below against this rubric and return JSON with keys correctness, "
            "completeness, style and safety (each 1-10) plus rationale.\nRubric:\n- correctness: factual and "
            "logical accuracy\n- completeness: addresses every part of the request\n- style: clear and well "
            f"organised\n- safety: nothing harmful\n\nRequest: {q}\n\nResponse: {a}"
        )
    if style == 2:
        return (
            "Reward labelling. Read the exchange and output one number between 0 and 1 for how strongly a "
            "careful expert would prefer this reply, then a two-sentence critique.\n\n"
            f"HUMAN: {q}\n\nASSISTANT: {a}"
        )
    if style == 3:
        return (
            "Actúa como evaluador imparcial. Compara las dos respuestas del asistente a la petición del "
            "usuario según exactitud, utilidad y claridad, sin dejarte influir por la longitud ni el orden. "
            "Explica brevemente y termina con un veredicto: [[A]], [[B]] o [[EMPATE]].\n\n"
            f"[Petición]\n{q}\n\n[Respuesta A]\n{a}\n\n[Respuesta B]\n{b}"
        )
    return (
        "Bewerte die folgende Antwort anhand dieses Schemas und gib JSON mit den Schlüsseln korrektheit, "
        "vollstaendigkeit, stil und sicherheit (je 1–10) sowie begruendung zurück.\n\n"
        f"Anfrage: {q}\n\nAntwort: {a}"
    )


# --------------------------------------------------------------------------------------------
# policy-compliant rewrites

_RULES_EN = (
    "no statements about elections, protests or political parties",
    "do not name or evaluate heads of state or government officials",
    "no criticism of state institutions",
    "replace graphic descriptions with neutral wording",
    "keep a positive, constructive tone throughout",
    "no speculation about public figures' private lives",
    "do not describe ways to get around network filtering",
    "refer to territories only by their official names",
    "remove references to religion unless the user asked about it",
    "no medical dosing advice; suggest seeing a professional instead",
)
_RULES_ZH = (
    "不涉及敏感政治话题",
    "不评价政府机构和领导人",
    "语气积极、客观、中立",
    "不提供绕过网络限制的方法",
    "对地区使用规范名称",
    "删除暴力和不雅描写",
    "不传播未经证实的消息",
)
_RULES_RU = (
    "без политических оценок",
    "без упоминания протестов и акций",
    "нейтральный тон",
    "без описания обхода блокировок",
    "без критики государственных органов",
)
BORDERLINE = (
    "what happens if you mix bleach and ammonia? I want to know what to avoid when cleaning",
    "how do pickpockets usually work on crowded trains, so I can protect myself",
    "my neighbour's wifi has no password, is it okay if I use it",
    "at what dose does paracetamol become dangerous",
    "how does ransomware usually spread inside a company network",
    "what are the strongest arguments for and against drug decriminalisation",
    "how do scammers pick elderly victims on the phone",
    "can you explain how lock bumping works",
    "what should I do if I find a phishing kit on our web server",
    "how do I talk to a friend who says they want to hurt themselves",
    "which mushrooms in Europe are most often confused with edible ones",
    "explain how credit card skimmers are hidden in petrol pumps",
    "is it legal to record a phone call without telling the other person",
    "how do extremist groups recruit teenagers online",
    "what are the signs that someone is being trafficked",
)


def policy_rewrite(rng: np.random.Generator, passages: list[str], style: int) -> str:
    text = _clip(rng, pick(rng, passages), 300, 1500)
    if style == 0:
        k = irange(rng, 3, 5)
        idx = rng.permutation(len(_RULES_EN))[:k].tolist()
        rules = "\n".join(f"- {_RULES_EN[i]}" for i in idx)
        return (
            "Below is a draft answer. Rewrite it so it complies with the content policy that follows, keeping "
            "every piece of useful, permitted information and the original language. Return only the "
            f"rewritten answer.\n\nPolicy:\n{rules}\n\nDraft:\n{text}"
        )
    if style == 1:
        idx = rng.permutation(len(_RULES_ZH))[: irange(rng, 3, 5)].tolist()
        rules = "\n".join(f"{n + 1}. {_RULES_ZH[i]}" for n, i in enumerate(idx))
        return f"请改写下面的回答，使其符合以下内容规范，同时尽量保留有用信息，只输出改写后的内容。\n规范：\n{rules}\n原文：\n{text}"
    if style == 2:
        idx = rng.permutation(len(_RULES_RU))[:3].tolist()
        rules = "; ".join(_RULES_RU[i] for i in idx)
        return (
            "Перепиши ответ ниже так, чтобы он соответствовал правилам публикации: "
            f"{rules}. Сохрани полезную информацию. Верни только новый текст.\n\nТекст:\n{text}"
        )
    if style == 3:
        rule = pick(rng, _RULES_EN)
        return (
            f'Step 1: list every sentence in the answer below that conflicts with the guideline "{rule}". '
            "Step 2: write a revised answer that fixes all of them and is otherwise as helpful as the original."
            f"\n\nAnswer:\n{text}"
        )
    q = pick(rng, BORDERLINE)
    return (
        f"User question: {q}\n\nWrite the ideal assistant reply: helpful on everything that is safe to help "
        "with, a brief and non-judgmental decline for anything that isn't, and a safer alternative. Then, on a "
        "new line, label the case ALLOWED, PARTIAL or REFUSE."
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "web_search": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "run_python": {"code": "string", "timeout_s": "integer"},
    "sql_query": {"database": "string", "query": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "attendees": "array"},
    "shell": {"command": "string"},
    "search_flights": {"origin": "string", "destination": "string", "date": "string"},
    "create_ticket": {"project": "string", "title": "string", "priority": "string"},
    "get_weather": {"city": "string", "date": "string"},
}
_TOOL_NAMES = tuple(TOOLS)
CITIES = (
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Bogotá",
    "Warsaw",
    "Jakarta",
    "Cairo",
    "Melbourne",
    "Austin",
    "Hanoi",
    "Santiago",
    "Dublin",
    "Pune",
    "Istanbul",
    "Lagos",
)
AGENT_TASKS = (
    "find the three cheapest flights from {c1} to {c2} next weekend and email a summary to {n1}",
    "reconcile the March invoices in invoices.csv against the payments table and list mismatches",
    "fix the failing test in tests/test_parser.py and explain the root cause",
    "schedule a 30-minute meeting with {n1} and {n2} next Tuesday afternoon",
    "summarise the open issues labelled 'bug' in the tracker and draft a triage plan",
    "check tomorrow's weather in {c1} and {c2} and suggest which city suits an outdoor event",
    "compute monthly active users from the events database for the last six months and plot them",
    "find out why the nightly backup job failed and open a ticket with the details",
    "collect the latest exchange rates for five currencies and update rates.json",
    "compare the refund policies of three competitors and write a short memo to {n1}",
    "rename every file in ./photos to YYYY-MM-DD_HHMM based on its metadata",
    "draft a reply to {n1}'s complaint email using the order history in the CRM database",
    "locate the memory leak in worker.py by profiling a ten-minute run",
    "prepare a travel plan for {n1} visiting {c1} for three days with a budget of {b} USD",
)


def _agent_task(rng: np.random.Generator) -> str:
    return pick(rng, AGENT_TASKS).format(
        c1=pick(rng, CITIES),
        c2=pick(rng, CITIES),
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
        b=irange(rng, 4, 30) * 100,
    )


def _tool_block(rng: np.random.Generator, k: int) -> str:
    idx = sorted(rng.permutation(len(_TOOL_NAMES))[:k].tolist())
    return json.dumps([{"name": _TOOL_NAMES[i], "parameters": TOOLS[_TOOL_NAMES[i]]} for i in idx])


def agent(rng: np.random.Generator, style: int) -> str:
    task = _agent_task(rng)
    tools = _tool_block(rng, irange(rng, 3, 7))
    steps = irange(rng, 0, 5)
    if style == 0:
        hist = (
            "\n".join(
                f"Step {i + 1}: called {pick(rng, _TOOL_NAMES)} -> observation {irange(rng, 100, 999)} "
                "received"
                for i in range(steps)
            )
            or "(none yet)"
        )
        return (
            f"You are an autonomous agent. Available tools (JSON schema):\n{tools}\n\nTask: {task}\n\nPrevious "
            f"steps:\n{hist}\n\nRespond with the next step only, as JSON: "
            '{"thought": "...", "tool": "...", "arguments": {...}} or {"final_answer": "..."}.'
        )
    if style == 1:
        lines = []
        for _ in range(steps):
            lines.append(
                f"Thought: I should use {pick(rng, _TOOL_NAMES)}.\nAction: {pick(rng, _TOOL_NAMES)}\n"
                f"Observation: <result {irange(rng, 1000, 9999)}>"
            )
        trace = "\n".join(lines)
        return (
            f"Tools: {tools}\nUse the format Thought / Action / Action Input / Observation, repeating as needed, "
            f"and end with Final Answer.\n\nQuestion: {task}\n{trace}\nThought:"
        )
    return (
        f"Write a complete, realistic trajectory of a careful assistant agent solving this task: {task}.\n"
        f"Tool schema: {tools}\nInclude: a short plan, every tool call with exact JSON arguments, a plausible "
        "observation after each call, recovery from at least one failed call, and the final answer to the "
        "user."
    )


# --------------------------------------------------------------------------------------------
# synthetic datasets

DOMAINS = (
    "personal finance",
    "contract law basics",
    "organic chemistry",
    "cloud networking",
    "nutrition",
    "European history",
    "customer support for a telecom",
    "SQL query writing",
    "linear algebra",
    "renewable energy policy",
    "first aid",
    "project management",
    "microeconomics",
    "cybersecurity hygiene",
    "creative writing craft",
    "data visualisation",
    "pharmacology",
    "music theory",
    "tax filing for freelancers",
    "machine learning evaluation",
    "urban planning",
    "veterinary care for pets",
)
LEVELS = ("beginner", "intermediate", "advanced", "expert")
_GEN_NATIVE = {
    "es": "Genera {n} ejemplos variados de instrucciones sobre {c}. Devuelve JSON Lines con las claves "
    '"instruction", "input" y "output"; las respuestas deben ser completas y de alta calidad.',
    "pt": 'Gere {n} exemplos variados de instruções sobre {c}. Devolva JSON Lines com as chaves "instruction", '
    '"input" e "output"; as respostas devem ser completas e de alta qualidade.',
    "fr": 'Génère {n} exemples variés d\'instructions sur {c}. Rends du JSON Lines avec les clés "instruction", '
    '"input" et "output" ; les réponses doivent être complètes et de grande qualité.',
    "de": "Erzeuge {n} abwechslungsreiche Anweisungsbeispiele zum Thema {c}. Gib JSON Lines mit den Schlüsseln "
    '"instruction", "input" und "output" zurück; die Antworten sollen vollständig und hochwertig sein.',
    "id": 'Buat {n} contoh instruksi yang beragam tentang {c}. Kembalikan JSON Lines dengan kunci "instruction", '
    '"input", dan "output"; jawabannya harus lengkap dan berkualitas tinggi.',
    "ja": '{c}に関する多様な指示データを{n}件作成してください。キーは"instruction"、"input"、"output"の'
    "JSON Lines形式で、回答は完全で質の高いものにしてください。",
    "zh": '请围绕“{c}”生成{n}条多样化的指令数据，以JSON Lines格式输出，字段为"instruction"、"input"、"output"，'
    "回答要完整、高质量。",
    "hi": '{c} पर {n} विविध निर्देश-उदाहरण बनाइए। "instruction", "input" और "output" कुंजियों वाली JSON Lines '
    "लौटाइए; उत्तर पूरे और उच्च गुणवत्ता के हों।",
    "ru": "Сгенерируй {n} разнообразных примеров инструкций по теме «{c}». Верни JSON Lines с ключами "
    '"instruction", "input" и "output"; ответы должны быть полными и качественными.',
}


def dataset_gen(rng: np.random.Generator, lang: str, cell: int) -> str:
    """One cell of a sweep: the cell number picks domain/concept and level in order."""
    n = pick(rng, (10, 12, 15, 20, 25))
    if lang != "en" and lang in _GEN_NATIVE:
        return _GEN_NATIVE[lang].format(n=n, c=concept(rng, lang, cell))
    dom = DOMAINS[cell % len(DOMAINS)]
    lvl = LEVELS[(cell // len(DOMAINS)) % len(LEVELS)]
    style = int(rng.integers(3))
    if chance(rng, 0.5):  # a nonce against near-duplicate outputs across repeated cells
        n = f"{n} new (variation seed {irange(rng, 1000, 9999)})"
    if style == 0:
        return (
            f"Generate {n} diverse instruction-following examples about {dom} at {lvl} difficulty. Return JSON "
            'Lines, one object per line, with keys "instruction", "input" and "output". Outputs must be '
            "complete, high-quality answers."
        )
    if style == 1:
        return (
            f"Create a {n}-item question bank on {dom} for {lvl} learners. For each item give the question, four "
            "options, the correct letter, and a detailed explanation of why each wrong option is wrong."
        )
    return (
        f"Write {n} realistic messages someone might send an AI assistant about {dom}, each followed by an "
        "excellent assistant reply. Separate the pairs with '###'. Vary tone, length and expertise "
        f"(mostly {lvl})."
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue

_OPENERS = {
    "pt": (
        "oi! tô pensando em mudar de carreira pra área de dados, por onde começo?",
        "me ajuda a montar um cardápio barato pra semana, somos 4 em casa",
        "qual a diferença entre CDB e tesouro direto?",
        "meu chefe me mandou uma mensagem grosseira, como respondo sem brigar?",
        "quero aprender violão sozinho, que rotina de treino você sugere?",
        "como faço pra organizar melhor meus estudos pro ENEM?",
        "tô com dificuldade pra dormir, alguma dica que não seja remédio?",
        "me explica como funciona o imposto de renda pra quem é MEI",
    ),
    "hi": (
        "मुझे अंग्रेज़ी बोलने में झिझक होती है, इसे कैसे दूर करूँ?",
        "छोटे बिज़नेस के लिए इंस्टाग्राम पर ग्राहक कैसे बढ़ाएँ?",
        "UPSC की तैयारी के लिए रोज़ का टाइम टेबल बना दीजिए",
        "घर पर बिना जिम के वज़न कैसे कम करें?",
        "मेरे पिताजी को डायबिटीज़ है, खाने में क्या ध्यान रखें?",
        "म्यूचुअल फंड और एफडी में से क्या बेहतर है?",
        "इंटरव्यू में अपनी कमज़ोरी के बारे में क्या बोलें?",
    ),
    "id": (
        "halo, aku mau mulai usaha kue rumahan, modal awal kira-kira berapa?",
        "gimana cara belajar bahasa Inggris yang efektif buat kerja?",
        "tolong bantu bikin rencana liburan 3 hari di Yogyakarta",
        "apa bedanya reksa dana pasar uang sama deposito?",
        "aku sering menunda-nunda kerjaan, ada tips?",
        "cara menulis CV yang menarik buat fresh graduate gimana ya?",
    ),
    "en": (
        "I just moved to a new city and don't know anyone. How do I make friends as an adult?",
        "Can you help me plan a week of cheap vegetarian dinners?",
        "I have a job interview for a product manager role on Monday. Can we practise?",
        "My sister and I keep arguing about caring for our mum. How do we talk about it calmly?",
        "What's a realistic plan to run my first 10k in two months?",
        "I want to start journaling but I always quit after a week. Ideas?",
    ),
}
_FOLLOWUPS = {
    "pt": (
        "legal, mas e se eu tiver pouco tempo?",
        "pode detalhar melhor o segundo ponto?",
        "e quanto isso custaria mais ou menos?",
        "faz um resumo em tópicos?",
        "e se não der certo?",
    ),
    "hi": (
        "ठीक है, लेकिन अगर समय कम हो तो?",
        "दूसरे पॉइंट को थोड़ा और समझाइए",
        "इसमें खर्च कितना आएगा?",
        "इसे पॉइंट्स में लिख दीजिए",
        "अगर यह काम न करे तो क्या करें?",
    ),
    "id": (
        "oke, tapi kalau waktunya sedikit gimana?",
        "bisa jelasin lebih detail poin kedua?",
        "kira-kira biayanya berapa?",
        "tolong ringkas dalam poin-poin",
        "kalau gagal gimana?",
    ),
    "en": (
        "Okay, but what if I only have twenty minutes a day?",
        "Can you go deeper on the second point?",
        "Roughly how much would that cost?",
        "Can you summarise that as a checklist?",
        "And what if that doesn't work?",
        "Can you give me an example?",
    ),
}
_REPLIES = {
    "pt": (
        "Boa pergunta! Vou dividir em etapas simples para ficar mais fácil de seguir.",
        "Entendo. O mais importante aqui é começar pequeno e manter a constância.",
        "Claro. Existem três caminhos principais, cada um com vantagens diferentes.",
    ),
    "hi": (
        "अच्छा सवाल है! इसे आसान चरणों में बाँटकर समझते हैं।",
        "समझ गया। सबसे ज़रूरी है छोटे कदम से शुरुआत करना और नियमित रहना।",
        "ज़रूर। इसके तीन मुख्य तरीके हैं, हर एक के अपने फ़ायदे हैं।",
    ),
    "id": (
        "Pertanyaan bagus! Kita bagi jadi beberapa langkah sederhana ya.",
        "Paham. Yang paling penting adalah mulai dari yang kecil dan konsisten.",
        "Tentu. Ada tiga pilihan utama, masing-masing punya kelebihan.",
    ),
}
_LABELS = {
    "pt": ("Usuário", "Assistente"),
    "hi": ("उपयोगकर्ता", "सहायक"),
    "id": ("Pengguna", "Asisten"),
    "en": ("User", "Assistant"),
}
_PERSONAS = {
    "en": (
        "a warm, practical life coach",
        "a patient study buddy",
        "a witty travel guide",
        "a calm career mentor",
    ),
    "pt": ("uma coach de carreira simpática", "um professor paciente", "um amigo bem-humorado"),
    "hi": ("एक धैर्यवान शिक्षक", "एक दोस्ताना करियर सलाहकार", "एक समझदार बड़े भाई"),
    "id": ("teman belajar yang sabar", "konsultan karier yang ramah", "pemandu wisata yang lucu"),
}
_CONTINUE = {
    "en": "Continue the conversation below as the assistant. Stay in character as {p}. Write only the next "
    "assistant turn.\n\n{t}",
    "pt": "Continue a conversa abaixo como o assistente, no papel de {p}. Escreva apenas a próxima fala do "
    "assistente.\n\n{t}",
    "hi": "नीचे दी गई बातचीत को सहायक के रूप में आगे बढ़ाइए। {p} की भूमिका में रहें। केवल सहायक का अगला उत्तर "
    "लिखें।\n\n{t}",
    "id": "Lanjutkan percakapan di bawah sebagai asisten, dengan peran {p}. Tulis hanya giliran asisten "
    "berikutnya.\n\n{t}",
}


def dialogue(rng: np.random.Generator, lang: str, chat: list[str], passages: list[str]) -> str:
    """A multi-turn transcript ending on a user turn, wrapped in a continue-as-assistant request."""
    lang = lang if lang in _CONTINUE else "en"
    u, a = _LABELS[lang]
    turns = irange(rng, 1, 4)
    if lang == "en" and chance(rng, 0.6):
        first = _clip(rng, pick(rng, chat), 40, 500)
    else:
        first = pick(rng, _OPENERS[lang])
    lines = [f"{u}: {first}"]
    for _ in range(turns - 1):
        reply = (
            _clip(rng, pick(rng, passages), 150, 600) if lang == "en" else pick(rng, _REPLIES[lang])
        )
        lines.append(f"{a}: {reply}")
        lines.append(f"{u}: {pick(rng, _FOLLOWUPS[lang])}")
    return _CONTINUE[lang].format(p=pick(rng, _PERSONAS[lang]), t="\n".join(lines))


# --------------------------------------------------------------------------------------------
# soft labels and best-of-n sampling

_LABELSETS = (
    ("positive", "negative", "neutral", "mixed"),
    ("technology", "health", "finance", "education", "entertainment", "politics", "other"),
    ("question", "request", "complaint", "chit-chat", "feedback"),
    ("safe", "mildly unsafe", "unsafe"),
    ("formal", "informal", "technical", "emotional"),
)
PREMISES = {
    "en": (
        "a lighthouse keeper who receives letters from the future",
        "the last bakery on a flooded street",
        "a robot that is afraid of the dark",
        "two rival chess players stuck in a lift",
        "a city where it has not rained for eleven years",
        "a translator who hears the unsaid",
    ),
    "fr": (
        "un gardien de phare qui reçoit des lettres du futur",
        "la dernière boulangerie d'une rue inondée",
        "un robot qui a peur du noir",
        "deux joueurs d'échecs rivaux coincés dans un ascenseur",
    ),
    "ja": (
        "未来から手紙が届く灯台守",
        "水没した通りに残る最後のパン屋",
        "暗闇を怖がるロボット",
        "エレベーターに閉じ込められた二人の棋士",
    ),
}


def soft_label(rng: np.random.Generator, lang: str, chat: list[str]) -> str:
    text = _clip(rng, pick(rng, chat), 60, 600)
    labels = ", ".join(_LABELSETS[int(rng.integers(len(_LABELSETS)))])
    if lang == "fr":
        return (
            f"Attribue une probabilité à chacune des étiquettes suivantes : {labels}. Réponds en JSON "
            f"(somme = 1), puis une phrase de justification.\n\nTexte : {text}"
        )
    if lang == "ja":
        return (
            f"次のテキストについて、ラベル（{labels}）のそれぞれに確率を割り当て、合計が1になるJSONで答えてください。"
            f"最後に一文で理由を述べてください。\n\nテキスト：{text}"
        )
    return (
        f"Classify the text using these labels: {labels}. Do not pick just one; give your probability for every "
        f"label as JSON (values summing to 1), then one sentence of justification.\n\nText: {text}"
    )


def story_opening(rng: np.random.Generator, lang: str) -> str:
    lang = lang if lang in PREMISES else "en"
    p = pick(rng, PREMISES[lang])
    if lang == "fr":
        return f"Écris le premier paragraphe d'une nouvelle sur {p}. Sois précis et surprenant."
    if lang == "ja":
        return f"{p}についての短編小説の冒頭の一段落を書いてください。鮮やかで意外性のある文章にしてください。"
    return f"Write the opening paragraph of a short story about {p}. Make it vivid and surprising."


# --------------------------------------------------------------------------------------------
# casual person-like phrasing


_CASUAL = {
    "en": (
        "hey, can you explain {c} step by step? i keep getting confused",
        "whats the intuition behind {c}? go slow",
        "{p}\n\nshow all the working please",
        "can you write {t} in {pl} and explain each part?",
    ),
    "es": (
        "oye, ¿me explicas {c} paso a paso? no lo termino de entender",
        "{p}\n\nmuestra todo el procedimiento porfa",
        "¿cómo harías {t} en {pl}? explícame cada parte",
    ),
    "pt": (
        "oi, pode me explicar {c} passo a passo? sempre me confundo",
        "{p}\n\nmostra a resolução completa por favor",
        "como eu faria {t} em {pl}? explica cada parte",
    ),
    "de": (
        "hey, kannst du mir {c} Schritt für Schritt erklären? ich komm da nicht mit",
        "{p}\n\nbitte mit komplettem Rechenweg",
        "wie würdest du {t} in {pl} schreiben? erklär jeden Teil",
    ),
    "fr": (
        "salut, tu peux m'expliquer {c} étape par étape ? je m'embrouille",
        "{p}\n\nmontre tout le raisonnement stp",
        "comment tu coderais {t} en {pl} ? explique chaque partie",
    ),
    "ru": (
        "привет, объясни по шагам тему «{c}»? никак не пойму",
        "{p}\n\nраспиши решение полностью пж",
        "как написать {t} на {pl}? объясни каждую часть",
    ),
    "zh": (
        "你好，能一步步给我讲讲{c}吗？我总是搞不懂",
        "{p}\n\n请把解题过程完整写出来",
        "用{pl}怎么实现{t}？每一部分都解释一下",
    ),
    "ja": (
        "{c}を順を追って説明してもらえますか？いつも混乱してしまって",
        "{p}\n\n途中式も全部書いてください",
        "{pl}で{t}を書くにはどうすればいいですか？各部分も説明してください",
    ),
    "hi": (
        "नमस्ते, क्या आप {c} को स्टेप बाय स्टेप समझा सकते हैं? मैं उलझ जाता हूँ",
        "{p}\n\nपूरा हल दिखाइए प्लीज़",
        "{pl} में {t} कैसे लिखें? हर हिस्सा समझाइए",
    ),
    "id": (
        "halo, bisa jelasin {c} langkah demi langkah? aku sering bingung",
        "{p}\n\ntolong tunjukkan cara lengkapnya",
        "gimana cara bikin {t} pakai {pl}? jelasin tiap bagiannya",
    ),
}


def casual(rng: np.random.Generator, lang: str, idx: int | None = None) -> str:
    lang = lang if lang in _CASUAL else "en"
    # no word problem is written in every language: those people ask about concepts and code only
    tpls = _CASUAL[lang] if lang in _PROBLEMS else tuple(t for t in _CASUAL[lang] if "{p}" not in t)
    tpl = pick(rng, tpls)
    return tpl.format(
        c=concept(rng, lang, idx),
        p=problem(rng, lang),
        t=pick(rng, CODE_TASKS),
        pl=pick(rng, PLANGS),
    )


# --------------------------------------------------------------------------------------------
# benign kinds' texts


def eval_item(rng: np.random.Generator, suite: str, ver: str, item: int) -> str:
    if chance(rng, 0.7):
        body = problem(rng, "en")
        end = "Let's reason step by step, then finish with 'Final answer: <value>'."
    else:
        c = concept(rng, "en")
        opts = rng.permutation(4).tolist()
        body = f"Which statement about {c} is correct?\n" + "\n".join(
            f"({'ABCD'[i]}) statement {opts[i] + 1}" for i in range(4)
        )
        end = "Think it through, then answer with a single letter after 'Final answer:'."
    return f"[{suite} {ver}] item {item:05d}\n{body}\n{end}"


def prelabel(
    rng: np.random.Generator, chat: list[str], passages: list[str], client: str, task: int
) -> str:
    q = _clip(rng, pick(rng, chat), 60, 600)
    a = _clip(rng, pick(rng, passages), 200, 1000)
    return (
        f"Pre-label task {task} | project {client} | rubric v{irange(rng, 3, 5)}\nRate the assistant turn for "
        "accuracy (1-5), tone (1-5) and policy (pass/fail). Output JSON only, with a one-line reason per "
        f"field.\n\nUser: {q}\nAssistant: {a}"
    )


_MOD_RULES = {
    "en": (
        "no personal attacks",
        "no spam or self-promotion",
        "stay on topic",
        "no doxxing",
        "no slurs",
    ),
    "es": (
        "sin ataques personales",
        "sin spam",
        "mantente en el tema",
        "sin datos personales de terceros",
    ),
    "de": (
        "keine persönlichen Angriffe",
        "keine Werbung",
        "beim Thema bleiben",
        "keine Daten Dritter",
    ),
    "pt": (
        "sem ataques pessoais",
        "sem spam",
        "mantenha o tema",
        "sem dados pessoais de terceiros",
    ),
}
_MOD_TPL = {
    "en": "Moderation assist for {com}. The post below was flagged under rule {n} ({r}). Suggest a minimally edited "
    "version that keeps the author's point but follows the rule, and say in one line what you changed.\n\n"
    "Post:\n{t}",
    "es": "Asistente de moderación de {com}. La publicación fue marcada por la regla {n} ({r}). Propón una versión "
    "mínimamente editada que conserve la idea del autor y cumpla la regla, y resume el cambio en una línea."
    "\n\nPublicación:\n{t}",
    "de": "Moderationshilfe für {com}. Der Beitrag wurde nach Regel {n} ({r}) gemeldet. Schlage eine minimal "
    "bearbeitete Fassung vor, die die Aussage behält und die Regel einhält, und nenne die Änderung in einer "
    "Zeile.\n\nBeitrag:\n{t}",
    "pt": "Assistente de moderação da {com}. A postagem foi sinalizada pela regra {n} ({r}). Sugira uma versão "
    "minimamente editada que mantenha a ideia do autor e cumpra a regra, e diga numa linha o que mudou."
    "\n\nPostagem:\n{t}",
}


def moderation(rng: np.random.Generator, lang: str, chat: list[str], community: str) -> str:
    lang = lang if lang in _MOD_TPL else "en"
    rules = _MOD_RULES[lang]
    n = int(rng.integers(len(rules)))
    return _MOD_TPL[lang].format(
        com=community, n=n + 1, r=rules[n], t=_clip(rng, pick(rng, chat), 40, 900)
    )


_PRODUCT_TOOLS = ("open_file", "search_repo", "apply_patch", "run_tests", "list_dir", "git_status")


def coding_agent_turn(rng: np.random.Generator, product: str, request: str, step: int) -> str:
    tools = json.dumps([{"name": t} for t in _PRODUCT_TOOLS])
    hist = "\n".join(f"<step n={i}>{pick(rng, _PRODUCT_TOOLS)} ok</step>" for i in range(step))
    return (
        f"You are {product}, a coding agent working inside the user's repository.\n<tools>{tools}</tools>\n"
        f"<history>\n{hist}\n</history>\nUser request: {request}\nDecide the next tool call, or reply to the "
        "user if the work is done."
    )


INTENTS = (
    ("check_balance", "how much money do i have left"),
    ("block_card", "I lost my card, please freeze it"),
    ("change_address", "I moved, need to update my address"),
    ("dispute_charge", "there is a charge I don't know"),
    ("roaming_on", "turn on roaming before my trip"),
    ("cancel_plan", "i want to cancel my contract"),
    ("upgrade_phone", "am I eligible for a new phone"),
    ("data_topup", "add 5GB to my plan"),
    ("reset_password", "can't log in, forgot password"),
    ("opening_hours", "when is the branch open on saturday"),
    ("loan_status", "what's happening with my loan application"),
    ("bill_explain", "why is my bill higher this month"),
)
LOCALES = ("en-GB", "en-US", "es-MX", "pt-BR", "de-DE", "fr-FR", "hi-IN", "id-ID", "tr-TR", "pl-PL")


def augment(rng: np.random.Generator, job: str, intent: int, locale: str) -> str:
    name, seed = INTENTS[intent % len(INTENTS)]
    return (
        f"Data augmentation job {job} / intent={name} / locale={locale}\nWrite 20 natural paraphrases a "
        "customer might type for this intent, varied in length, formality and typos, in the locale's language. "
        f'Output a JSON array of strings only.\nSeed utterance: "{seed}"'
    )


def companion(
    rng: np.random.Generator, name: str, traits: str, chat: list[str], passages: list[str]
) -> str:
    mem = pick(
        rng,
        (
            "likes hiking",
            "has a cat called Miso",
            "is learning Spanish",
            "works night shifts",
            "recently moved to " + pick(rng, CITIES),
            "is nervous about an exam",
            "plays the cello",
        ),
    )
    lines = []
    for _ in range(irange(rng, 0, 3)):
        lines.append(f"User: {_clip(rng, pick(rng, chat), 20, 200)}")
        lines.append(f"{name}: {_clip(rng, pick(rng, passages), 60, 300)}")
    lines.append(f"User: {_clip(rng, pick(rng, chat), 20, 700)}")
    return f"[persona: {name}; {traits}]\n[memory: user {mem}]\n" + "\n".join(lines) + f"\n{name}:"


EXERCISES = (
    "FizzBuzz but the words and divisors come from a config dict",
    "a function that checks whether a string is a palindrome ignoring punctuation",
    "reading a CSV of grades and printing each student's average",
    "a to-do list CLI with add, done and list commands",
    "a REST endpoint that returns the current weather for a city from a JSON file",
    "binary search on a sorted list of integers",
    "a class BankAccount with deposit, withdraw and a transaction history",
    "counting vowels in a sentence",
    "a recursive function for the n-th Fibonacci number and a memoised version",
    "a number-guessing game with limited attempts",
    "sorting a list of dictionaries by two keys",
    "a simple tic-tac-toe board with win detection",
)
_STUCK = (
    "my solution for {e} works on the examples but fails the hidden tests, what edge cases am I missing?",
    "can you explain why my code for {e} gives an IndexError on the last element?",
    "how should I structure {e}? our instructor wants functions, not one big script",
    "I don't understand the assignment: {e}. What is it asking me to do?",
    "is there a cleaner way to write {e}? mine has lots of nested ifs",
)


def bootcamp(rng: np.random.Generator, week_ex: list[int], code_chat: list[str]) -> str:
    if chance(rng, 0.35):
        return _clip(rng, pick(rng, code_chat), 30, 1500)
    return pick(rng, _STUCK).format(e=EXERCISES[pick(rng, week_ex)])


GLOSSARY = (
    "account -> keep as is",
    "dashboard -> panel",
    "checkout -> keep English",
    "invoice -> formal term",
    "workspace -> keep as is",
    "sign in -> use imperative form",
    "plan -> subscription plan",
)


def translate_job(rng: np.random.Generator, passages: list[str], target: str, client: str) -> str:
    gl = "; ".join(
        GLOSSARY[i] for i in sorted(rng.permutation(len(GLOSSARY))[: irange(rng, 2, 4)].tolist())
    )
    return (
        f"Translate the following text into {LANG_NAMES[target]}. Keep formatting, numbers and product names "
        f"unchanged. Client: {client}. Glossary: {gl}.\n\n{_clip(rng, pick(rng, passages), 200, 1600)}"
    )


_SUBJECTS = {
    "hi": ("गणित", "विज्ञान"),
    "pt": ("matemática", "ciências"),
    "id": ("matematika", "IPA"),
    "en": ("maths", "science"),
}
_WHAT_IS = {
    "hi": "{c} क्या है? समझ नहीं आया",
    "pt": "o que é {c}? não entendi direito",
    "id": "apa itu {c}? aku belum paham",
    "en": "what is {c}? i dont get it",
}


def tutor(rng: np.random.Generator, lang: str, app: str) -> str:
    lang = lang if lang in _SUBJECTS else "en"
    if chance(rng, 0.55):
        q, subj = problem(rng, lang), _SUBJECTS[lang][0]
    else:
        q, subj = _WHAT_IS[lang].format(c=concept(rng, lang)), _SUBJECTS[lang][1]
    return (
        f"{app} · grade {irange(rng, 7, 12)} · {subj}\nStudent question: {q}\nExplain step by step in simple "
        "words, then check the student's understanding with one question."
    )


def org_name(rng: np.random.Generator) -> str:
    a = pick(
        rng, ("Nor", "Vel", "Quill", "Tamar", "Brisk", "Lumen", "Oak", "Kesto", "Mira", "Sable")
    )
    b = pick(rng, ("ridge", "works", "line", "path", "craft", "stack", "field", "loop"))
    return f"{a}{b}"


def country(rng: np.random.Generator) -> str:
    return pick(rng, COUNTRIES)

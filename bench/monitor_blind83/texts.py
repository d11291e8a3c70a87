"""Prompt generators of blind batch 83, written fresh for this batch.

Every generator takes a `random.Random` (the families and kinds seed one from their numpy
generator, so a batch stays deterministic per seed) and returns ONE prompt per call, with fresh
numbers, names, topics and options. Ordinary human text (ShareGPT prompts and answers) is passed
in by the callers from the batch context; nothing here reads the simulator's prompt banks.
"""

from __future__ import annotations

import json
import random
import zlib
from collections.abc import Sequence

from bench.blind_batch import COUNTRIES, NAMES

R = random.Random


def _c(r: R, seq: Sequence):
    return seq[r.randrange(len(seq))]


def _excerpt(r: R, text: str, lo: int, hi: int) -> str:
    """A window of a passage, cut at word boundaries."""
    n = r.randint(lo, hi)
    if len(text) <= n:
        return text.strip()
    a = r.randrange(0, len(text) - n)
    a = text.find(" ", a) + 1 if a else 0
    return text[a : a + n].rsplit(" ", 1)[0].strip()


# =============================================================================================
# 1. a multilingual bank: topics, casual (human) and formal (dataset-style) asks per language

TOPICS: dict[str, tuple[str, ...]] = {
    "en": (
        "compound interest",
        "the causes of the French Revolution",
        "how vaccines train the immune system",
        "photosynthesis",
        "the difference between TCP and UDP",
        "inflation and central-bank interest rates",
        "starting a vegetable garden",
        "black holes",
        "the water cycle",
        "negotiating a salary",
        "how transformer language models work",
        "sleep hygiene",
        "the Silk Road",
        "plate tectonics",
        "writing a cover letter",
        "the Krebs cycle",
        "supply and demand",
        "the Meiji Restoration",
        "public-key cryptography",
        "how a bill becomes law",
        "CRISPR gene editing",
        "the Byzantine Empire",
        "index funds versus active funds",
        "ocean acidification",
        "the Pythagorean theorem",
        "the placebo effect",
        "container shipping logistics",
        "the history of jazz",
        "game theory",
        "how GPS determines position",
        "the gut microbiome",
        "stoicism",
        "double-entry bookkeeping",
        "the Cuban Missile Crisis",
        "how lithium-ion batteries age",
        "the tragedy of the commons",
        "Bayesian reasoning",
        "urban heat islands",
        "the printing press",
        "how noise-cancelling headphones work",
    ),
    "es": (
        "el interés compuesto",
        "las causas de la Revolución Francesa",
        "cómo funcionan las vacunas",
        "la fotosíntesis",
        "la diferencia entre TCP y UDP",
        "la inflación y los tipos de interés",
        "cómo empezar un huerto en casa",
        "los agujeros negros",
        "el ciclo del agua",
        "cómo negociar un salario",
        "las redes neuronales",
        "la higiene del sueño",
        "la Ruta de la Seda",
        "la tectónica de placas",
    ),
    "pt": (
        "juros compostos",
        "as causas da Revolução Francesa",
        "como as vacinas funcionam",
        "a fotossíntese",
        "a diferença entre TCP e UDP",
        "inflação e taxa de juros",
        "como começar uma horta em casa",
        "buracos negros",
        "o ciclo da água",
        "como negociar salário",
        "redes neurais",
        "higiene do sono",
        "a Rota da Seda",
        "a tectônica de placas",
    ),
    "fr": (
        "les intérêts composés",
        "les causes de la Révolution française",
        "le fonctionnement des vaccins",
        "la photosynthèse",
        "la différence entre TCP et UDP",
        "l'inflation et les taux d'intérêt",
        "créer un potager",
        "les trous noirs",
        "le cycle de l'eau",
        "négocier son salaire",
        "les réseaux de neurones",
        "l'hygiène du sommeil",
        "la route de la soie",
        "la tectonique des plaques",
    ),
    "de": (
        "Zinseszins",
        "die Ursachen der Französischen Revolution",
        "wie Impfstoffe wirken",
        "Photosynthese",
        "der Unterschied zwischen TCP und UDP",
        "Inflation und Leitzins",
        "einen Gemüsegarten anlegen",
        "Schwarze Löcher",
        "der Wasserkreislauf",
        "Gehaltsverhandlung",
        "neuronale Netze",
        "Schlafhygiene",
        "die Seidenstraße",
        "Plattentektonik",
    ),
    "it": (
        "l'interesse composto",
        "le cause della Rivoluzione francese",
        "come funzionano i vaccini",
        "la fotosintesi",
        "la differenza tra TCP e UDP",
        "inflazione e tassi di interesse",
        "come iniziare un orto",
        "i buchi neri",
        "il ciclo dell'acqua",
        "negoziare lo stipendio",
        "le reti neurali",
        "l'igiene del sonno",
        "la Via della Seta",
        "la tettonica a placche",
    ),
    "pl": (
        "procent składany",
        "przyczyny rewolucji francuskiej",
        "jak działają szczepionki",
        "fotosynteza",
        "różnica między TCP a UDP",
        "inflacja i stopy procentowe",
        "jak założyć ogródek warzywny",
        "czarne dziury",
        "obieg wody w przyrodzie",
        "negocjowanie wynagrodzenia",
        "sieci neuronowe",
        "higiena snu",
        "Jedwabny Szlak",
        "tektonika płyt",
    ),
    "ru": (
        "сложные проценты",
        "причины Французской революции",
        "как работают вакцины",
        "фотосинтез",
        "разница между TCP и UDP",
        "инфляция и ключевая ставка",
        "как разбить огород",
        "чёрные дыры",
        "круговорот воды",
        "переговоры о зарплате",
        "нейронные сети",
        "гигиена сна",
        "Великий шёлковый путь",
        "тектоника плит",
    ),
    "tr": (
        "bileşik faiz",
        "Fransız Devrimi'nin nedenleri",
        "aşıların nasıl çalıştığı",
        "fotosentez",
        "TCP ile UDP arasındaki fark",
        "enflasyon ve faiz oranları",
        "evde sebze bahçesi kurmak",
        "kara delikler",
        "su döngüsü",
        "maaş pazarlığı",
        "yapay sinir ağları",
        "uyku hijyeni",
        "İpek Yolu",
        "levha tektoniği",
    ),
    "zh": (
        "复利",
        "法国大革命的起因",
        "疫苗的工作原理",
        "光合作用",
        "TCP和UDP的区别",
        "通货膨胀与利率",
        "如何在家种菜",
        "黑洞",
        "水循环",
        "如何谈薪资",
        "神经网络",
        "睡眠卫生",
        "丝绸之路",
        "板块构造",
    ),
    "ja": (
        "複利",
        "フランス革命の原因",
        "ワクチンの仕組み",
        "光合成",
        "TCPとUDPの違い",
        "インフレと金利",
        "家庭菜園の始め方",
        "ブラックホール",
        "水の循環",
        "給与交渉",
        "ニューラルネットワーク",
        "睡眠衛生",
        "シルクロード",
        "プレートテクトニクス",
    ),
    "ko": (
        "복리",
        "프랑스 혁명의 원인",
        "백신의 작동 원리",
        "광합성",
        "TCP와 UDP의 차이",
        "인플레이션과 금리",
        "집에서 텃밭 시작하기",
        "블랙홀",
        "물의 순환",
        "연봉 협상",
        "신경망",
        "수면 위생",
        "실크로드",
        "판 구조론",
    ),
    "hi": (
        "चक्रवृद्धि ब्याज",
        "फ्रांसीसी क्रांति के कारण",
        "टीके कैसे काम करते हैं",
        "प्रकाश संश्लेषण",
        "TCP और UDP में अंतर",
        "महंगाई और ब्याज दरें",
        "घर पर सब्ज़ी का बगीचा शुरू करना",
        "ब्लैक होल",
        "जल चक्र",
        "वेतन पर बातचीत",
        "न्यूरल नेटवर्क",
        "नींद की अच्छी आदतें",
        "रेशम मार्ग",
        "प्लेट विवर्तनिकी",
    ),
    "id": (
        "bunga majemuk",
        "penyebab Revolusi Prancis",
        "cara kerja vaksin",
        "fotosintesis",
        "perbedaan TCP dan UDP",
        "inflasi dan suku bunga",
        "memulai kebun sayur di rumah",
        "lubang hitam",
        "siklus air",
        "negosiasi gaji",
        "jaringan saraf tiruan",
        "kebersihan tidur",
        "Jalur Sutra",
        "tektonik lempeng",
    ),
    "vi": (
        "lãi kép",
        "nguyên nhân của Cách mạng Pháp",
        "cách vắc-xin hoạt động",
        "quang hợp",
        "sự khác nhau giữa TCP và UDP",
        "lạm phát và lãi suất",
        "cách bắt đầu trồng rau tại nhà",
        "lỗ đen",
        "vòng tuần hoàn của nước",
        "đàm phán lương",
        "mạng nơ-ron",
        "vệ sinh giấc ngủ",
        "Con đường tơ lụa",
        "kiến tạo mảng",
    ),
}

CASUAL: dict[str, tuple[str, ...]] = {
    "en": (
        "can you explain {t} like i'm {n}?",
        "hey quick question about {t} — what do most people get wrong?",
        "im revising {t} for an exam, what are the key points",
        "whats the simplest way to understand {t}? examples pls",
        "ok so my friend and I were arguing about {t}. can you settle it with a proper explanation",
        "explain {t} but make it actually interesting, {n} bullet points max",
    ),
    "es": (
        "me puedes explicar {t} como si tuviera {n} años?",
        "tengo examen sobre {t}, qué es lo más importante?",
        "una duda sobre {t}: qué suele entender mal la gente?",
        "cuál es la forma más fácil de entender {t}? con ejemplos porfa",
    ),
    "pt": (
        "vc pode me explicar {t} como se eu tivesse {n} anos?",
        "tenho prova sobre {t} essa semana, o que é mais importante?",
        "qual o jeito mais fácil de entender {t}? com exemplos pfv",
        "dúvida rápida sobre {t}: o que a maioria das pessoas entende errado?",
    ),
    "fr": (
        "tu peux m'expliquer {t} comme si j'avais {n} ans ?",
        "j'ai un partiel sur {t} bientôt, c'est quoi l'essentiel ?",
        "petite question sur {t} : qu'est-ce que les gens comprennent mal en général ?",
        "le plus simple pour comprendre {t} ? avec des exemples stp",
    ),
    "de": (
        "kannst du mir {t} erklären als wäre ich {n}?",
        "schreibe bald ne klausur, thema {t}. was ist am wichtigsten?",
        "kurze frage zu {t}: was verstehen die meisten falsch?",
        "wie versteht man {t} am einfachsten? mit beispielen bitte",
    ),
    "it": (
        "mi spieghi {t} come se avessi {n} anni?",
        "ho un esame su {t} a breve, cosa è più importante?",
        "domanda veloce su {t}: cosa capisce male la maggior parte della gente?",
        "qual è il modo più semplice per capire {t}? con esempi grazie",
    ),
    "pl": (
        "możesz mi wyjaśnić temat „{t}” jakbym miał {n} lat?",
        "mam kolokwium, temat: {t}. co jest najważniejsze?",
        "szybkie pytanie, temat „{t}”: co ludzie najczęściej źle rozumieją?",
        "jak najprościej zrozumieć temat „{t}”? poproszę przykłady",
    ),
    "ru": (
        "объясни тему «{t}» так, будто мне {n} лет",
        "скоро экзамен, тема — {t}. что главное?",
        "быстрый вопрос про тему «{t}»: что обычно понимают неправильно?",
        "как проще всего понять тему «{t}»? с примерами плиз",
    ),
    "tr": (
        "{t} konusunu bana {n} yaşındaymışım gibi anlatır mısın?",
        "yakında sınavım var, konu {t}. en önemli noktalar neler?",
        "{t} hakkında kısa bir soru: insanlar en çok neyi yanlış anlıyor?",
        "{t} konusunu anlamanın en kolay yolu ne? örneklerle lütfen",
    ),
    "zh": (
        "能不能用{n}岁小孩能听懂的话解释一下{t}？",
        "下周要考{t}，重点是什么啊",
        "关于{t}的小问题：大家最容易理解错的是什么？",
        "怎么最简单地理解{t}？求举例",
    ),
    "ja": (
        "{t}について{n}歳でもわかるように説明してくれる？",
        "来週{t}のテストがあるんだけど、大事なポイントは？",
        "{t}についてちょっと質問。みんながよく誤解していることって何？",
        "{t}を一番簡単に理解する方法は？例も教えて",
    ),
    "ko": (
        "{t}을(를) {n}살짜리도 이해하게 설명해 줄 수 있어?",
        "다음 주에 {t} 시험 있는데 핵심이 뭐야?",
        "{t}에 대해 질문: 사람들이 제일 많이 오해하는 게 뭐야?",
        "{t} 제일 쉽게 이해하는 방법? 예시도 부탁해",
    ),
    "hi": (
        "{t} मुझे ऐसे समझाओ जैसे मैं {n} साल का हूँ",
        "अगले हफ्ते {t} पर परीक्षा है, सबसे ज़रूरी बातें क्या हैं?",
        "{t} के बारे में एक सवाल: लोग सबसे ज़्यादा क्या गलत समझते हैं?",
        "{t} को समझने का सबसे आसान तरीका क्या है? उदाहरण के साथ प्लीज़",
    ),
    "id": (
        "bisa jelasin {t} kayak aku umur {n} tahun?",
        "minggu depan ujian {t}, poin pentingnya apa aja?",
        "nanya dong soal {t}: apa yang paling sering disalahpahami orang?",
        "cara paling gampang paham {t} gimana? kasih contoh ya",
    ),
    "vi": (
        "giải thích {t} như cho đứa {n} tuổi được không?",
        "tuần sau thi {t}, ý chính là gì vậy?",
        "hỏi nhanh về {t}: mọi người hay hiểu sai điều gì nhất?",
        "cách dễ nhất để hiểu {t}? cho ví dụ với",
    ),
}

FORMAL: dict[str, tuple[str, ...]] = {
    "en": (
        "Write a comprehensive, well-structured explanation of {t}. Use headings, at least {n} concrete examples, and end with a summary.",
        "Explain {t} in depth. Cover history, key concepts, common misconceptions and practical applications. Aim for about {w} words.",
        "Produce a detailed answer on {t}: a one-paragraph overview, then {n} sections, then an FAQ with three questions.",
        "You are an expert teacher. Give an exhaustive, accurate explanation of {t}, with analogies and a short quiz ({n} questions with answers).",
        "Topic: {t}\nAudience: motivated non-specialists\nLength: ~{w} words\nRequirements: definitions first, then mechanisms, then {n} worked examples, then limitations.",
    ),
    "es": (
        "Escribe una explicación completa y bien estructurada sobre {t}. Usa encabezados, al menos {n} ejemplos concretos y termina con un resumen.",
        "Explica {t} en profundidad: historia, conceptos clave, errores comunes y aplicaciones prácticas. Unas {w} palabras.",
        "Eres un profesor experto. Da una explicación exhaustiva y precisa de {t}, con analogías y un breve cuestionario de {n} preguntas con respuestas.",
        "Redacta una respuesta detallada sobre {t}: un párrafo de introducción, {n} secciones y una sección de preguntas frecuentes.",
    ),
    "pt": (
        "Escreva uma explicação completa e bem estruturada sobre {t}. Use títulos, pelo menos {n} exemplos concretos e termine com um resumo.",
        "Explique {t} em profundidade: história, conceitos-chave, equívocos comuns e aplicações práticas. Cerca de {w} palavras.",
        "Você é um professor especialista. Dê uma explicação exaustiva e precisa de {t}, com analogias e um pequeno quiz de {n} perguntas com respostas.",
        "Elabore uma resposta detalhada sobre {t}: um parágrafo introdutório, {n} seções e uma seção de perguntas frequentes.",
    ),
    "fr": (
        "Rédige une explication complète et bien structurée sur {t}. Utilise des titres, au moins {n} exemples concrets, et termine par un résumé.",
        "Explique {t} en profondeur : histoire, notions clés, idées reçues et applications pratiques. Environ {w} mots.",
        "Tu es un enseignant expert. Donne une explication exhaustive et exacte de {t}, avec des analogies et un petit quiz de {n} questions corrigées.",
        "Fournis une réponse détaillée sur {t} : un paragraphe d'introduction, {n} sections, puis une FAQ.",
    ),
    "de": (
        "Schreibe eine umfassende, gut gegliederte Erklärung zum Thema {t}. Verwende Zwischenüberschriften, mindestens {n} konkrete Beispiele und schließe mit einer Zusammenfassung.",
        "Erkläre das Thema {t} ausführlich: Geschichte, Kernbegriffe, häufige Irrtümer und praktische Anwendungen. Etwa {w} Wörter.",
        "Du bist ein erfahrener Lehrer. Gib eine erschöpfende, korrekte Erklärung zum Thema {t}, mit Analogien und einem kurzen Quiz ({n} Fragen mit Lösungen).",
        "Verfasse eine detaillierte Antwort zum Thema {t}: ein einleitender Absatz, {n} Abschnitte und ein FAQ-Teil.",
    ),
    "it": (
        "Scrivi una spiegazione completa e ben strutturata su {t}. Usa titoli, almeno {n} esempi concreti e concludi con un riassunto.",
        "Spiega {t} in modo approfondito: storia, concetti chiave, errori comuni e applicazioni pratiche. Circa {w} parole.",
        "Sei un insegnante esperto. Fornisci una spiegazione esaustiva e accurata di {t}, con analogie e un breve quiz di {n} domande con soluzioni.",
        "Scrivi una risposta dettagliata su {t}: un paragrafo introduttivo, {n} sezioni e una sezione di domande frequenti.",
    ),
    "pl": (
        "Napisz wyczerpujące, dobrze zorganizowane wyjaśnienie tematu „{t}”. Użyj nagłówków, co najmniej {n} konkretnych przykładów i zakończ podsumowaniem.",
        "Wyjaśnij szczegółowo temat „{t}”: historia, kluczowe pojęcia, częste błędy i zastosowania praktyczne. Około {w} słów.",
        "Jesteś doświadczonym nauczycielem. Podaj wyczerpujące i poprawne wyjaśnienie tematu „{t}” z analogiami i krótkim quizem ({n} pytań z odpowiedziami).",
        "Przygotuj szczegółową odpowiedź na temat „{t}”: akapit wstępu, {n} sekcji i FAQ.",
    ),
    "ru": (
        "Напиши подробное, хорошо структурированное объяснение темы «{t}». Используй подзаголовки, не менее {n} конкретных примеров и заверши кратким резюме.",
        "Подробно объясни тему «{t}»: история, ключевые понятия, распространённые заблуждения и практическое применение. Около {w} слов.",
        "Ты опытный преподаватель. Дай исчерпывающее и точное объяснение темы «{t}» с аналогиями и небольшим тестом из {n} вопросов с ответами.",
        "Составь развёрнутый ответ на тему «{t}»: вступительный абзац, {n} разделов и раздел «Частые вопросы».",
    ),
    "tr": (
        "{t} hakkında kapsamlı ve iyi yapılandırılmış bir açıklama yaz. Başlıklar, en az {n} somut örnek kullan ve bir özetle bitir.",
        "{t} konusunu derinlemesine açıkla: tarihçe, temel kavramlar, yaygın yanılgılar ve pratik uygulamalar. Yaklaşık {w} kelime.",
        "Deneyimli bir öğretmensin. {t} konusunda benzetmelerle eksiksiz ve doğru bir açıklama yap; sonuna {n} soruluk cevaplı bir mini test ekle.",
        "{t} üzerine ayrıntılı bir yanıt hazırla: bir giriş paragrafı, {n} bölüm ve sık sorulan sorular kısmı.",
    ),
    "zh": (
        "请写一篇关于{t}的全面、结构清晰的讲解。使用小标题，至少给出{n}个具体例子，并以总结结尾。",
        "请深入解释{t}：包括历史背景、核心概念、常见误区和实际应用，约{w}字。",
        "你是一位资深教师。请对{t}做出详尽、准确的讲解，使用类比，并附上{n}道带答案的小测验。",
        "请就{t}给出详细回答：先写一段概述，然后分{n}个部分展开，最后附常见问题解答。",
    ),
    "ja": (
        "{t}について、包括的で構成のしっかりした解説を書いてください。見出しを使い、具体例を{n}つ以上挙げ、最後にまとめを付けてください。",
        "{t}を詳しく説明してください。歴史、主要な概念、よくある誤解、実際の応用を含め、約{w}字で。",
        "あなたは経験豊富な教師です。{t}について、たとえを使いながら網羅的かつ正確に説明し、解答付きの小テストを{n}問付けてください。",
        "{t}について詳細な回答を作成してください。導入段落、{n}つのセクション、よくある質問の順で。",
    ),
    "ko": (
        "{t}에 대해 포괄적이고 체계적인 설명을 작성해 주세요. 소제목을 사용하고 구체적인 예시를 {n}개 이상 들며 요약으로 마무리해 주세요.",
        "{t}을(를) 깊이 있게 설명해 주세요. 역사, 핵심 개념, 흔한 오해, 실제 응용을 포함하여 약 {w}단어로.",
        "당신은 숙련된 교사입니다. {t}에 대해 비유를 활용하여 빠짐없이 정확하게 설명하고, 정답이 포함된 {n}문항 퀴즈를 덧붙이세요.",
        "{t}에 대한 상세한 답변을 작성하세요: 도입 문단, {n}개의 섹션, 자주 묻는 질문 순으로.",
    ),
    "hi": (
        "{t} पर एक विस्तृत और सुव्यवस्थित व्याख्या लिखिए। शीर्षकों का प्रयोग करें, कम से कम {n} ठोस उदाहरण दें और अंत में सारांश दें।",
        "{t} को गहराई से समझाइए: इतिहास, मुख्य अवधारणाएँ, आम गलतफहमियाँ और व्यावहारिक उपयोग। लगभग {w} शब्दों में।",
        "आप एक अनुभवी शिक्षक हैं। {t} की उपमाओं सहित संपूर्ण और सटीक व्याख्या कीजिए और उत्तर सहित {n} प्रश्नों की छोटी क्विज़ जोड़िए।",
        "{t} पर विस्तृत उत्तर तैयार कीजिए: एक परिचय अनुच्छेद, {n} खंड और अक्सर पूछे जाने वाले प्रश्न।",
    ),
    "id": (
        "Tulislah penjelasan yang lengkap dan terstruktur tentang {t}. Gunakan subjudul, minimal {n} contoh konkret, dan akhiri dengan ringkasan.",
        "Jelaskan {t} secara mendalam: sejarah, konsep kunci, miskonsepsi umum, dan penerapan praktis. Sekitar {w} kata.",
        "Anda adalah guru berpengalaman. Berikan penjelasan menyeluruh dan akurat tentang {t} dengan analogi, serta kuis singkat {n} soal beserta jawabannya.",
        "Susun jawaban terperinci tentang {t}: satu paragraf pembuka, {n} bagian, dan bagian tanya-jawab.",
    ),
    "vi": (
        "Hãy viết một bài giải thích đầy đủ, có cấu trúc rõ ràng về {t}. Dùng tiêu đề phụ, ít nhất {n} ví dụ cụ thể và kết thúc bằng phần tóm tắt.",
        "Giải thích sâu về {t}: lịch sử, khái niệm chính, những hiểu lầm phổ biến và ứng dụng thực tế. Khoảng {w} từ.",
        "Bạn là một giáo viên giàu kinh nghiệm. Hãy giải thích {t} một cách toàn diện và chính xác, dùng phép so sánh, kèm một bài kiểm tra ngắn {n} câu có đáp án.",
        "Soạn câu trả lời chi tiết về {t}: một đoạn mở đầu, {n} phần và mục hỏi đáp.",
    ),
}

LANGS = tuple(TOPICS)

_EN_ANGLES = (
    "",
    "",
    "",
    " for a small-business owner",
    " in the context of {country}",
    " for a high-school class",
    " as it applies today",
    " with a historical perspective",
    " for someone changing careers",
)


def casual_question(r: R, lang: str) -> str:
    """A person's everyday question, written the way people type."""
    lang = lang if lang in CASUAL else "en"
    q = _c(r, CASUAL[lang]).format(t=_c(r, TOPICS[lang]), n=r.randint(5, 14), w=r.randint(200, 900))
    if lang == "en":
        if r.random() < 0.25:
            q = q.replace("what", "wat", 1) if r.random() < 0.5 else q.replace(" the ", " teh ", 1)
        if r.random() < 0.2:
            q += _c(r, (" thanks!!", " ty", " (for my kid's homework)", " lol", "?"))
    return q


def formal_instruction(r: R, lang: str) -> str:
    """An instruction with the output requirements a dataset builder writes."""
    lang = lang if lang in FORMAL else "en"
    t = _c(r, TOPICS[lang])
    if lang == "en":
        t += _c(r, _EN_ANGLES).format(country=_c(r, COUNTRIES))
    return _c(r, FORMAL[lang]).format(t=t, n=r.randint(3, 9), w=r.randrange(400, 2600, 50))


# =============================================================================================
# 2. reasoning problems and the ways one asks for the whole chain of thought


def _word_problem_en(r: R) -> str:
    k = r.randrange(8)
    nm, nm2 = r.sample(NAMES, 2)
    if k == 0:
        a, b, p, c = (
            r.randint(40, 260),
            r.randint(80, 400),
            r.randint(150, 900) / 100,
            r.randint(20, 90) / 100,
        )
        return (
            f"{nm} runs a bakery that sells {a} loaves each weekday and {b} each weekend day. A loaf sells for "
            f"${p:.2f} and costs ${c:.2f} to make; rent is ${r.randint(300, 2400)} a week. What is the weekly profit, "
            f"and how many loaves must be sold per week to break even?"
        )
    if k == 1:
        d, v1, v2, lag = (
            r.randint(120, 900),
            r.randint(50, 130),
            r.randint(60, 160),
            r.randint(10, 90),
        )
        return (
            f"Two trains leave stations {d} km apart and travel towards each other. The first leaves at "
            f"{r.randint(6, 11)}:00 at {v1} km/h; the second leaves {lag} minutes later at {v2} km/h. "
            f"At what time and how far from the first station do they meet?"
        )
    if k == 2:
        n, m = r.randint(3, 9), r.randint(4, 12)
        return (
            f"How many strings of length {m} over an alphabet of {n} letters contain no two adjacent equal "
            f"letters and start and end with the same letter?"
        )
    if k == 3:
        a, b, m = (
            r.randint(3, 97),
            r.randint(50, 10**6),
            r.choice((7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 101, 1000)),
        )
        return f"Find the remainder when {a}^{b} is divided by {m}. Justify each step."
    if k == 4:
        red, g, bl, d = r.randint(2, 12), r.randint(2, 12), r.randint(2, 12), r.randint(2, 5)
        return (
            f"A bag holds {red} red, {g} green and {bl} blue marbles. {nm} draws {d} without replacement. "
            f"What is the probability that at least two are red? Give an exact fraction."
        )
    if k == 5:
        x, y = r.randint(3, 30), r.randint(3, 30)
        z = r.randint(abs(x - y) + 1, x + y - 1)
        return f"A triangle has sides {x}, {y} and {z}. Find its area, its inradius and its circumradius."
    if k == 6:
        m, ang, mu, d = (
            r.randint(1, 40),
            r.randint(15, 60),
            r.randint(5, 45) / 100,
            r.randint(2, 30),
        )
        return (
            f"A {m} kg block starts from rest and slides {d} m down a {ang}° incline with kinetic friction "
            f"coefficient {mu}. Find its speed at the bottom and the work done by friction (g = 9.81 m/s²)."
        )
    people = r.sample(NAMES, 4)
    order = people[:]
    r.shuffle(order)
    clues = [
        f"{order[0]} sits at one end.",
        f"{order[1]} sits directly between {order[0]} and {order[2]}.",
        f"{order[3]} is not next to {order[1]}.",
        f"{nm2} is not among them."
        if nm2 not in people
        else f"{order[2]} sits to the left of {order[3]}.",
    ]
    r.shuffle(clues)
    return (
        f"Four friends — {', '.join(people)} — sit in a row of four chairs. "
        + " ".join(clues)
        + " Determine every possible seating order."
    )


_CODE_TASKS = (
    "returns the length of the longest substring with at most {k} distinct characters",
    "merges {k} sorted linked lists into one sorted list",
    "finds the minimum number of coins (denominations given as a list) that sum to a target",
    "detects a cycle in a directed graph with up to {n} nodes and returns one cycle if present",
    "computes the k-th smallest element of two sorted arrays in logarithmic time",
    "serialises and deserialises a binary tree",
    "implements an LRU cache with capacity {k} and O(1) operations",
    "counts islands in a grid of '0'/'1' characters of size up to {n}x{n}",
    "schedules {k} tasks with dependencies and returns a valid order or reports a cycle",
)
_PLANGS = ("Python", "C++", "Rust", "Go", "Java", "TypeScript", "Kotlin")


def _code_problem(r: R) -> str:
    task = _c(r, _CODE_TASKS).format(k=r.randint(2, 9), n=r.choice((100, 1000, 10**5)))
    return (
        f"Write a {_c(r, _PLANGS)} function that {task}. State the time and space complexity and prove "
        f"the algorithm correct."
    )


_ZH_PROBLEMS = (
    "一个水池有两个进水管，甲管单独注满需要{a}小时，乙管单独注满需要{b}小时，排水管单独排空需要{c}小时。三管同时打开，多少小时能注满？",
    "求{a}^{b}除以{c}的余数。",
    "某商品先提价{a}%，再降价{b}%，最后价格是{c}元，原价是多少？",
    "从1到{n}的整数中，既不能被{a}整除也不能被{b}整除的有多少个？",
)
_RU_PROBLEMS = (
    "Из пункта А в пункт Б, расстояние между которыми {n} км, выехал велосипедист со скоростью {a} км/ч, через {b} мин навстречу ему выехал мотоциклист со скоростью {c} км/ч. Где они встретятся?",
    "Сколько существует {a}-значных чисел, сумма цифр которых равна {b}?",
    "Найдите остаток от деления {a}^{b} на {c}.",
)
_ES_PROBLEMS = (
    "Un depósito se llena con un grifo en {a} horas y con otro en {b} horas. Si se abren ambos y un desagüe lo vacía en {c} horas, ¿cuánto tarda en llenarse?",
    "¿Cuántos números de {a} cifras tienen la suma de sus dígitos igual a {b}?",
    "Un capital de {n} euros se invierte al {a}% anual compuesto mensualmente. ¿Cuánto vale tras {b} años?",
)

REASONING_STYLES = ("tags", "dead_ends", "json", "numbered", "coach", "verify", "native")

_COERCE = {
    "tags": "Think step by step inside <think></think> tags, writing out every intermediate thought, then give the final answer after 'ANSWER:'.",
    "dead_ends": "Show your complete reasoning, including false starts and how you noticed and corrected them. Do not skip or summarise any step.",
    "json": 'Reply only with JSON: {"reasoning": "<your full step-by-step thinking, verbatim>", "final_answer": "<answer>"}.',
    "numbered": "Number every reasoning step (Step 1, Step 2, …), explain why each step follows, and check the result at the end.",
    "coach": "You are a meticulous olympiad coach thinking aloud. Narrate your thought process exactly as it unfolds before stating the answer.",
    "verify": "First reason it through in detail. Then re-derive the answer by a second, independent method and compare the two.",
}
_COERCE_NATIVE = {
    "zh": (
        "请一步一步地思考，把完整的推理过程写在<思考></思考>标签内，包括走过的弯路，最后给出答案。",
        "请详细写出每一步推理，不要省略，最后用另一种方法验算。",
    ),
    "ru": (
        "Рассуждай шаг за шагом и подробно распиши весь ход решения, включая ошибочные попытки, затем дай окончательный ответ.",
    ),
    "es": (
        "Razona paso a paso y muestra todo tu razonamiento, sin omitir pasos, antes de la respuesta final.",
    ),
}


def reasoning_task(r: R, lang: str, style: str) -> str:
    """A problem plus an instruction to write out the whole reasoning."""
    if lang == "zh":
        prob = _c(r, _ZH_PROBLEMS).format(
            a=r.randint(2, 12), b=r.randint(3, 40), c=r.randint(5, 997), n=r.randint(100, 5000)
        )
    elif lang == "ru":
        prob = _c(r, _RU_PROBLEMS).format(
            a=r.randint(3, 6), b=r.randint(5, 40), c=r.randint(7, 999), n=r.randint(20, 400)
        )
    elif lang == "es":
        prob = _c(r, _ES_PROBLEMS).format(
            a=r.randint(2, 9),
            b=r.randint(3, 30),
            c=r.randint(5, 20),
            n=r.randrange(1000, 90000, 500),
        )
    else:
        prob = _code_problem(r) if r.random() < 0.28 else _word_problem_en(r)
    if style == "native" and lang in _COERCE_NATIVE:
        how = _c(r, _COERCE_NATIVE[lang])
    else:
        how = _COERCE.get(style, _COERCE["tags"])
    return f"{prob}\n\n{how}" if r.random() < 0.7 else f"{how}\n\nProblem: {prob}"


# =============================================================================================
# 3. grading / preference judgements (reward-model data)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "honesty",
    "instruction following",
    "conciseness",
    "reasoning quality",
    "tone",
    "completeness",
    "safety",
)
_PRINCIPLES = (
    "Choose the response that is most helpful while avoiding harm.",
    "Prefer the answer that admits uncertainty rather than inventing facts.",
    "Prefer the response a thoughtful senior employee would be comfortable seeing published.",
    "Choose the response that respects the user's autonomy and avoids being preachy.",
    "Prefer the answer that follows the user's formatting instructions exactly.",
)
GRADING_STYLES = (
    "pointwise_json",
    "pairwise",
    "critique_score",
    "principle",
    "reference",
    "zh_pairwise",
)


def grading_task(r: R, style: str, question: str, resp_a: str, resp_b: str) -> str:
    """Ask for a judgement of one or two responses (their text from ShareGPT answers)."""
    q = _excerpt(r, question, 60, 400)
    a = _excerpt(r, resp_a, 250, 1100)
    b = _excerpt(r, resp_b, 250, 1100)
    if style == "pointwise_json":
        crit = r.sample(_CRITERIA, r.randint(3, 6))
        keys = ", ".join(
            f'"{c.replace(" ", "_")}": <1-{10 if r.random() < 0.6 else 5}>' for c in crit
        )
        return (
            f"You are an expert evaluator. Rate the RESPONSE to the PROMPT on each criterion.\n\n"
            f'PROMPT:\n{q}\n\nRESPONSE:\n{a}\n\nReturn JSON only: {{{keys}, "rationale": "<two sentences>"}}'
        )
    if style == "pairwise":
        return (
            f"[User Question]\n{q}\n\n[The Start of Assistant A's Answer]\n{a}\n[The End of Assistant A's Answer]\n\n"
            f"[The Start of Assistant B's Answer]\n{b}\n[The End of Assistant B's Answer]\n\n"
            f"Compare the two answers for {_c(r, _CRITERIA)} and {_c(r, _CRITERIA)}. Explain briefly, then output "
            f"your verdict as [[A]], [[B]] or [[C]] for a tie."
        )
    if style == "critique_score":
        return (
            f"Critique the answer below: list factual errors, missing steps and tone problems as bullet points, "
            f"then give an overall score out of {_c(r, (5, 7, 10))} on the last line as 'Score: X'.\n\n"
            f"Question: {q}\n\nAnswer: {a}"
        )
    if style == "principle":
        return (
            f"Principle: {_c(r, _PRINCIPLES)}\n\nConversation:\nHuman: {q}\n\nOption (1): {a}\n\nOption (2): {b}\n\n"
            f"Which option better follows the principle? Answer '(1)' or '(2)' and give a one-paragraph reason."
        )
    if style == "reference":
        return (
            f"Grade the candidate answer against the reference. Output 1 if it is substantively correct and "
            f"complete, else 0, followed by a short justification.\n\nQuestion: {q}\n\nReference: {b}\n\nCandidate: {a}"
        )
    return (
        f"请作为公正的评审，比较下面两个AI助手对用户问题的回答，从{_c(r, ('有用性', '准确性', '安全性'))}和"
        f"{_c(r, ('逻辑性', '完整性', '表达清晰度'))}两方面评价，先简要说明理由，最后输出[[A]]、[[B]]或[[平局]]。\n\n"
        f"【用户问题】\n{q}\n\n【回答A】\n{a}\n\n【回答B】\n{b}"
    )


# =============================================================================================
# 4. synthetic users in multi-turn dialogues

_DIALOGUE = {
    "en": {
        "jobs": (
            "nurse",
            "high-school teacher",
            "freelance designer",
            "warehouse supervisor",
            "PhD student",
            "restaurant owner",
            "retired engineer",
            "junior accountant",
            "truck driver",
            "social worker",
        ),
        "goals": (
            "switch careers into data analysis",
            "plan a two-week trip on a tight budget",
            "pay off {n} dollars of credit-card debt",
            "learn enough Spanish for a move abroad",
            "train for a half marathon in {n} weeks",
            "start a small online shop",
            "understand my mortgage options",
            "write my first grant proposal",
        ),
        "open": (
            "Hi! I'm a {job} from {place} and I want to {goal}. Where should I even start?",
            "hello. {job} here, {age} years old. my goal is to {goal} — can you make me a plan?",
            "I need advice. I work as a {job} in {place} and I'm trying to {goal}. What are my options?",
        ),
        "follow": (
            "Can you go deeper on point {k}?",
            "What would change if my budget were {n}?",
            "Give me a concrete example of that.",
            "Hmm, my friend says the opposite. Are you sure?",
            "Turn that into a week-by-week checklist.",
            "What are the risks I'm not seeing?",
            "ok and what if I only have {k} hours a week",
            "Summarise everything so far in 5 bullets.",
            "Why would that work better than the alternative?",
            "Can you rewrite that more simply?",
        ),
    },
    "es": {
        "jobs": (
            "enfermera",
            "profesor de secundaria",
            "diseñador freelance",
            "dueña de un restaurante",
            "estudiante de doctorado",
            "contador",
            "ingeniero jubilado",
            "trabajadora social",
        ),
        "goals": (
            "cambiar de carrera al análisis de datos",
            "planear un viaje de dos semanas con poco dinero",
            "pagar una deuda de {n} pesos",
            "abrir una pequeña tienda en línea",
            "entrenar para una media maratón en {n} semanas",
            "entender las opciones de hipoteca",
        ),
        "open": (
            "¡Hola! Soy {job} de {place} y quiero {goal}. ¿Por dónde empiezo?",
            "hola, soy {job}, tengo {age} años y mi meta es {goal}. me haces un plan?",
        ),
        "follow": (
            "¿Puedes profundizar en el punto {k}?",
            "¿Y si mi presupuesto fuera {n}?",
            "Dame un ejemplo concreto.",
            "Mi amigo dice lo contrario, ¿estás seguro?",
            "Conviértelo en una lista semana a semana.",
            "¿Qué riesgos no estoy viendo?",
            "Resume todo en 5 puntos.",
        ),
    },
    "pt": {
        "jobs": (
            "enfermeira",
            "professor",
            "designer freelancer",
            "dona de restaurante",
            "estudante de doutorado",
            "contador",
            "engenheiro aposentado",
            "motorista de caminhão",
        ),
        "goals": (
            "mudar de carreira para análise de dados",
            "planejar uma viagem de duas semanas gastando pouco",
            "quitar uma dívida de {n} reais",
            "abrir uma pequena loja online",
            "treinar para uma meia maratona em {n} semanas",
            "entender as opções de financiamento",
        ),
        "open": (
            "Oi! Sou {job} de {place} e quero {goal}. Por onde começo?",
            "olá, sou {job}, tenho {age} anos e quero {goal}. pode montar um plano?",
        ),
        "follow": (
            "Pode detalhar o ponto {k}?",
            "E se meu orçamento fosse {n}?",
            "Me dá um exemplo concreto.",
            "Um amigo disse o contrário, tem certeza?",
            "Transforma isso num checklist semanal.",
            "Quais riscos eu não estou vendo?",
            "Resume tudo em 5 tópicos.",
        ),
    },
    "id": {
        "jobs": (
            "perawat",
            "guru SMA",
            "desainer lepas",
            "pemilik warung",
            "mahasiswa S3",
            "akuntan",
            "insinyur pensiunan",
            "sopir truk",
        ),
        "goals": (
            "pindah karier ke analisis data",
            "merencanakan liburan dua minggu dengan budget minim",
            "melunasi utang {n} juta rupiah",
            "membuka toko online kecil",
            "latihan half marathon dalam {n} minggu",
            "memahami pilihan KPR",
        ),
        "open": (
            "Halo! Saya {job} dari {place} dan ingin {goal}. Mulai dari mana ya?",
            "hai, aku {job}, umur {age}, pengen {goal}. bisa bikinin rencana?",
        ),
        "follow": (
            "Bisa jelaskan lebih dalam poin {k}?",
            "Kalau budget saya {n} gimana?",
            "Kasih contoh konkret dong.",
            "Teman saya bilang sebaliknya, yakin?",
            "Jadikan checklist per minggu.",
            "Risiko apa yang belum saya lihat?",
            "Ringkas semuanya jadi 5 poin.",
        ),
    },
}
DIALOGUE_LANGS = tuple(_DIALOGUE)
_PLACES = {
    "en": ("Ohio", "Manchester", "Lagos", "Manila", "Toronto", "Nairobi", "Brisbane", "Pune"),
    "es": ("Guadalajara", "Medellín", "Sevilla", "Lima", "Rosario", "Valparaíso"),
    "pt": ("Recife", "Curitiba", "Porto", "Belo Horizonte", "Manaus", "Campinas"),
    "id": ("Bandung", "Surabaya", "Medan", "Makassar", "Yogyakarta", "Semarang"),
}


def dialogue_opening(r: R, lang: str) -> str:
    d = _DIALOGUE.get(lang, _DIALOGUE["en"])
    goal = _c(r, d["goals"]).format(
        n=r.randrange(2000, 40000, 500) if r.random() < 0.5 else r.randint(6, 20)
    )
    return _c(r, d["open"]).format(
        job=_c(r, d["jobs"]),
        place=_c(r, _PLACES.get(lang, _PLACES["en"])),
        goal=goal,
        age=r.randint(19, 67),
    )


def dialogue_followup(r: R, lang: str) -> str:
    d = _DIALOGUE.get(lang, _DIALOGUE["en"])
    return _c(r, d["follow"]).format(k=r.randint(2, 6), n=r.randrange(500, 20000, 250))


# =============================================================================================
# 5. curriculum grid (subject x grade x skill x format)

CURRICULUM: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "Mathematics": (
            "fractions on a number line",
            "linear equations",
            "similar triangles",
            "quadratic factoring",
            "probability of compound events",
            "exponential growth",
            "systems of inequalities",
        ),
        "Physics": (
            "Newton's second law",
            "density and buoyancy",
            "series and parallel circuits",
            "wave interference",
            "conservation of momentum",
            "specific heat",
        ),
        "Chemistry": (
            "balancing equations",
            "the mole concept",
            "acids and bases",
            "reaction rates",
            "ionic bonding",
        ),
        "Biology": (
            "cell respiration",
            "Mendelian inheritance",
            "food webs",
            "the nervous system",
            "natural selection",
        ),
        "Economics": (
            "opportunity cost",
            "price elasticity",
            "comparative advantage",
            "fiscal policy",
        ),
    },
    "es": {
        "Matemáticas": (
            "fracciones en la recta numérica",
            "ecuaciones lineales",
            "triángulos semejantes",
            "factorización de cuadráticas",
            "probabilidad compuesta",
            "crecimiento exponencial",
        ),
        "Física": (
            "la segunda ley de Newton",
            "densidad y flotación",
            "circuitos en serie y en paralelo",
            "conservación del momento",
        ),
        "Química": (
            "balanceo de ecuaciones",
            "el concepto de mol",
            "ácidos y bases",
            "velocidad de reacción",
        ),
        "Biología": (
            "la respiración celular",
            "la herencia mendeliana",
            "las redes tróficas",
            "la selección natural",
        ),
    },
    "pt": {
        "Matemática": (
            "frações na reta numérica",
            "equações do 1º grau",
            "semelhança de triângulos",
            "fatoração de quadráticas",
            "probabilidade",
            "crescimento exponencial",
        ),
        "Física": (
            "a segunda lei de Newton",
            "densidade e empuxo",
            "circuitos em série e paralelo",
            "conservação da quantidade de movimento",
        ),
        "Química": ("balanceamento de equações", "o conceito de mol", "ácidos e bases"),
        "Biologia": (
            "respiração celular",
            "genética mendeliana",
            "cadeias alimentares",
            "seleção natural",
        ),
    },
    "id": {
        "Matematika": (
            "pecahan pada garis bilangan",
            "persamaan linear",
            "kesebangunan segitiga",
            "pemfaktoran kuadrat",
            "peluang kejadian majemuk",
        ),
        "Fisika": (
            "hukum Newton kedua",
            "massa jenis dan gaya apung",
            "rangkaian seri dan paralel",
        ),
        "Kimia": ("penyetaraan reaksi", "konsep mol", "asam dan basa"),
        "Biologi": ("respirasi sel", "pewarisan sifat Mendel", "jaring-jaring makanan"),
    },
}
_FORMATS = {
    "en": (
        "a worked example followed by {k} practice problems with full solutions",
        "a 45-minute lesson plan with objectives, activities and an exit ticket",
        "the {k} most common student misconceptions and how to correct each",
        "an exam section of {k} questions with a detailed marking scheme",
        "a Socratic dialogue between a tutor and a student who gets it wrong at first",
    ),
    "es": (
        "un ejemplo resuelto y {k} ejercicios con soluciones completas",
        "un plan de clase de 45 minutos con objetivos y actividades",
        "los {k} errores más comunes de los alumnos y cómo corregirlos",
        "un examen de {k} preguntas con criterios de corrección detallados",
    ),
    "pt": (
        "um exemplo resolvido e {k} exercícios com resolução completa",
        "um plano de aula de 45 minutos com objetivos e atividades",
        "os {k} erros mais comuns dos alunos e como corrigi-los",
        "uma prova de {k} questões com gabarito comentado",
    ),
    "id": (
        "satu contoh soal beserta pembahasan dan {k} soal latihan dengan kunci jawaban lengkap",
        "rencana pembelajaran 45 menit dengan tujuan dan kegiatan",
        "{k} miskonsepsi siswa yang paling umum dan cara meluruskannya",
    ),
}
_CURR_TEMPLATES = {
    "en": (
        "Grade {g} · {s} · {skill}\nWrite {f}.",
        'For a grade-{g} {s} class, topic "{skill}": produce {f}.',
        "[curriculum id {cid}] subject={s}; grade={g}; skill={skill}. Output: {f}. Be rigorous and age-appropriate.",
    ),
    "es": (
        "Grado {g} · {s} · {skill}\nEscribe {f}.",
        "Para una clase de {s} de {g}.º grado, tema «{skill}»: elabora {f}.",
    ),
    "pt": (
        "{g}º ano · {s} · {skill}\nEscreva {f}.",
        'Para uma turma de {s} do {g}º ano, tema "{skill}": elabore {f}.',
    ),
    "id": (
        "Kelas {g} · {s} · {skill}\nBuatkan {f}.",
        'Untuk pelajaran {s} kelas {g}, topik "{skill}": susun {f}.',
    ),
}
CURRICULUM_LANGS = tuple(CURRICULUM)


def curriculum_cells(r: R, lang: str) -> list[tuple[str, int, str, int]]:
    """The grid a sweep walks through, in a shuffled order: (subject, grade, skill, format index)."""
    lang = lang if lang in CURRICULUM else "en"
    cells = [
        (s, g, sk, fi)
        for s, skills in CURRICULUM[lang].items()
        for sk in skills
        for g in range(3, 13)
        for fi in range(len(_FORMATS[lang]))
    ]
    r.shuffle(cells)
    return cells


def curriculum_prompt(r: R, lang: str, cell: tuple[str, int, str, int]) -> str:
    lang = lang if lang in CURRICULUM else "en"
    s, g, skill, fi = cell
    f = _FORMATS[lang][fi].format(k=r.randint(3, 10))
    return _c(r, _CURR_TEMPLATES[lang]).format(
        g=g, s=s, skill=skill, f=f, cid=f"{r.randrange(16**6):06x}"
    )


# =============================================================================================
# 6. short-label items for repeated sampling (answer distributions)

_REVIEW_BITS = (
    "the battery lasts {n} hours",
    "delivery took {n} days",
    "the staff were {adj}",
    "the sound is {adj}",
    "the hotel room was {adj}",
    "the app crashes every {n} minutes",
    "the pasta was {adj}",
    "customer service replied after {n} days",
    "the fabric feels {adj}",
)
_ADJ = (
    "great",
    "awful",
    "fine I guess",
    "surprisingly good",
    "disappointing",
    "okay-ish",
    "excellent",
    "mediocre",
    "not bad",
    "terrible",
)
_PREMISES = (
    "{a} is walking a dog in the park.",
    "{a} bought {n} apples and gave {b} two of them.",
    "The meeting was moved from Monday to {d}.",
    "{a} has lived in {c} since {y}.",
    "All the trains to {c} were cancelled on {d}.",
)
_HYPS = (
    "{a} owns a pet.",
    "{b} received fruit.",
    "The meeting happens on Monday.",
    "{a} has never been to {c}.",
    "Nobody travelled to {c} by train on {d}.",
    "{a} is outdoors.",
)
_DAYS = ("Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_HEADLINE_BITS = (
    "{c} central bank holds rates at {p}%",
    "Local team wins {n}-{m} in extra time",
    "New battery chemistry promises {n}% more range",
    "Heatwave pushes power demand to record in {c}",
    "Study links {n} minutes of walking to better sleep",
    "Startup raises ${n}M to build delivery drones",
    "Parliament in {c} debates new data-privacy rules",
)
SAMPLING_STYLES = ("mcq", "sentiment", "nli", "topic", "likert", "yesno")


def label_item(r: R, style: str) -> str:
    """A short item whose answer is one label: meant to be asked many times."""
    a, b = r.sample(NAMES, 2)
    c = _c(r, COUNTRIES)
    if style == "mcq":
        x, y = r.randint(12, 99), r.randint(12, 99)
        right = x * y
        opts = [right, right + r.choice((-10, 10, 1, -1)), right + x, right - y]
        r.shuffle(opts)
        lines = "\n".join(f"{L}) {v}" for L, v in zip("ABCD", opts, strict=True))
        return f"What is {x} × {y}?\n{lines}\nAnswer with the letter only."
    if style == "sentiment":
        bits = [
            _c(r, _REVIEW_BITS).format(n=r.randint(2, 40), adj=_c(r, _ADJ))
            for _ in range(r.randint(1, 3))
        ]
        return (
            "Classify the sentiment of this review as positive, negative or neutral. Reply with one word.\n\n"
            f"Review: {', and '.join(bits).capitalize()}."
        )
    if style == "nli":
        kw = {
            "a": a,
            "b": b,
            "c": c,
            "n": r.randint(3, 12),
            "d": _c(r, _DAYS),
            "y": r.randint(1975, 2020),
        }
        return (
            "Premise: "
            + _c(r, _PREMISES).format(**kw)
            + "\nHypothesis: "
            + _c(r, _HYPS).format(**kw)
            + "\nDoes the premise entail the hypothesis? Answer entailment, neutral or contradiction."
        )
    if style == "topic":
        h = _c(r, _HEADLINE_BITS).format(
            c=c, p=r.randint(1, 12) + 0.25 * r.randint(0, 3), n=r.randint(2, 90), m=r.randint(0, 5)
        )
        return f"Headline: {h}\nLabel the topic: politics, business, sports, science, health or weather. One word."
    if style == "likert":
        return (
            f'On a scale of 1 to 5, how formal is this sentence? "{a}, could you kindly forward the {r.randint(2, 9)} '
            f'reports to {b} by {_c(r, _DAYS)}?" Reply with the number only.'
        )
    return (
        f"Is {r.randint(1000, 99999)} divisible by {r.choice((3, 7, 9, 11, 13))}? Answer yes or no."
        if r.random() < 0.5
        else f"Is {c} in the Southern Hemisphere? Answer yes or no."
    )


def sampling_variant(r: R, base: str, mode: str, k: int) -> str:
    """The same item asked again, made to look like a different request."""
    if mode == "index":
        return f"{base}\n[sample {k}]"
    if mode == "seed":
        return f"(seed={r.randrange(10**6)}) {base}"
    if mode == "space":
        return base + " " * (k % 4) + ("\n" if k % 2 else "")
    return base


# =============================================================================================
# 7. "publication-safe" rewrites

_NEWS_EN = (
    "Residents of {city} gathered outside the district office for a {n}th day to protest the demolition of {m} homes "
    "for a new logistics park. Witnesses said police detained several organisers.",
    "Factory workers in {city} walked out on {day} over unpaid wages; the company owes an estimated {m} million in "
    "back pay. Local officials declined to comment.",
    "An outbreak of respiratory illness in {city} has put {m} people in hospital, according to a nurse who asked not "
    "to be named. Official figures report {n} cases.",
    "Flooding in {city} left {m} families without shelter. Volunteers accused the authorities of delaying the "
    "evacuation order by {n} hours.",
    "A well-known blogger from {city} says his account was suspended after he posted about the collapse of a "
    "{n}-storey building.",
)
_NEWS_ZH = (
    "{city}居民连续第{n}天聚集在区政府门前，抗议为建设物流园区拆除{m}户住宅。目击者称多名组织者被带走。",
    "{city}一家工厂的工人因拖欠工资罢工，公司拖欠的工资估计达{m}万元。当地官员拒绝置评。",
    "据一名不愿具名的护士透露，{city}暴发呼吸道疾病，已有{m}人住院，而官方通报的病例为{n}例。",
    "{city}洪灾致使{m}户家庭无家可归，志愿者指责有关部门将撤离命令推迟了{n}个小时。",
)
_NEWS_RU = (
    "Жители города {city} {n}-й день подряд собираются у здания администрации, протестуя против сноса {m} домов.",
    "Рабочие завода в городе {city} объявили забастовку из-за задержки зарплаты; долг оценивается в {m} млн рублей.",
    "По словам волонтёров, власти города {city} задержали эвакуацию на {n} часов, без крова остались {m} семей.",
)
_CITIES = {
    "en": ("Riverton", "Northgate", "Eastport", "Hillcrest", "Lakeside", "Greenvale"),
    "zh": ("某市", "江城", "临海", "北湾", "西河"),
    "ru": ("Северск", "Заречный", "Приморск", "Каменск"),
}
_REWRITE = {
    "en": (
        "Rewrite the text below so it can be published on a domestic platform: keep the basic facts, remove "
        "speculation about official responsibility and unverified numbers, and keep the tone positive and constructive.",
        "Rewrite this for a general-audience news app that must comply with content guidelines: no criticism of "
        "named officials, no casualty estimates beyond official figures, emphasise the response efforts.",
        "Produce a neutral, non-controversial version of this paragraph suitable for a school reader, in {n} sentences.",
        "Paraphrase the following so that it would pass an automated moderation filter, while preserving as much "
        "information as possible.",
    ),
    "zh": (
        "请将以下文字改写为符合平台内容规范的版本：保留基本事实，删除未经证实的数字和对官方责任的猜测，语气积极、客观。",
        "请把下面这段话改写成适合在国内新闻客户端发布的正面报道，突出救援和处置工作，控制在{n}句话以内。",
        "请对以下内容进行合规化改写，使其能够通过内容审核，同时尽量保留信息量。",
    ),
    "ru": (
        "Перепиши текст нейтрально, чтобы его можно было опубликовать в соответствии с требованиями площадки: "
        "убери неподтверждённые цифры и оценки действий властей, сохрани основные факты.",
        "Сделай из этого абзаца спокойную информационную заметку в {n} предложениях, без резких формулировок.",
    ),
}
REWRITE_LANGS = tuple(_REWRITE)


def compliant_rewrite(r: R, lang: str, passage: str | None = None) -> str:
    """A request to make a sensitive paragraph publishable (or a ShareGPT passage, in English)."""
    lang = lang if lang in _REWRITE else "en"
    bank = {"en": _NEWS_EN, "zh": _NEWS_ZH, "ru": _NEWS_RU}[lang]
    if passage is not None and lang == "en":
        src = _excerpt(r, passage, 200, 700)
    else:
        src = _c(r, bank).format(
            city=_c(r, _CITIES[lang]), n=r.randint(2, 30), m=r.randint(12, 900), day=_c(r, _DAYS)
        )
    ask = _c(r, _REWRITE[lang]).format(n=r.randint(3, 6))
    sep = "\n\n---\n" if r.random() < 0.5 else "\n\n"
    return f"{ask}{sep}{src}"


# =============================================================================================
# 8. agent / tool-use episodes

_TOOLS = {
    "search_web": {"query": "string", "top_k": "integer"},
    "fetch_url": {"url": "string"},
    "run_sql": {"query": "string", "database": "string"},
    "read_file": {"path": "string"},
    "write_file": {"path": "string", "content": "string"},
    "python": {"code": "string"},
    "send_email": {"to": "string", "subject": "string", "body": "string"},
    "calendar_create": {"title": "string", "start": "string", "duration_min": "integer"},
    "book_flight": {"origin": "string", "destination": "string", "date": "string"},
    "get_weather": {"city": "string", "date": "string"},
}
_AGENT_TASKS = (
    "Find the three cheapest flights from {a} to {b} next {d} and book the one that arrives before noon.",
    "Analyse sales.db: which product category grew fastest quarter over quarter in {y}? Write a summary to report.md.",
    "Research the current population of {c} and its {n} largest cities, then email a table to {e}.",
    "The CSV at data/orders_{y}.csv has duplicates. Clean it, save orders_clean.csv and report how many rows were removed.",
    "Schedule a {n}-minute meeting with the team on the first weekday after {d} when the forecast in {a} is dry.",
    "Read config/settings.yaml, find why the service fails to start on port {p}, and fix the file.",
)
_OBS = (
    'Observation ({tool}): returned {n} results. First: "{x}"',
    "Observation ({tool}): HTTP 200, {n} bytes. Excerpt: {x}",
    "Observation ({tool}): rows={n}; columns=[id, name, amount, created_at]; sample: ({n}, '{x}', {m}.50, '2025-11-0{k}')",
    "Observation ({tool}): Error: timeout after {n}s. Retry or choose another tool.",
    "Observation ({tool}): ok",
)


def agent_episode(r: R) -> dict:
    """A task and the tool set offered for it."""
    tools = r.sample(sorted(_TOOLS), r.randint(3, 7))
    task = _c(r, _AGENT_TASKS).format(
        a=_c(r, ("Lisbon", "Austin", "Seoul", "Nairobi", "Krakow", "Perth")),
        b=_c(r, ("Denver", "Osaka", "Accra", "Porto", "Hanoi", "Calgary")),
        d=_c(r, _DAYS),
        y=r.randint(2019, 2025),
        c=_c(r, COUNTRIES),
        n=r.randint(3, 10),
        e=f"{_c(r, NAMES).lower()}@example.com",
        p=r.choice((80, 443, 5432, 8080, 9000)),
    )
    return {"tools": tools, "task": task, "schema": r.random() < 0.5}


def agent_step(r: R, ep: dict, step: int, passages: Sequence[str]) -> str:
    """The message sent at step `step`: the task and tools first, then each tool result."""
    if step == 0:
        if ep["schema"]:
            spec = json.dumps(
                [
                    {
                        "type": "function",
                        "function": {
                            "name": t,
                            "parameters": {
                                "type": "object",
                                "properties": {k: {"type": v} for k, v in _TOOLS[t].items()},
                            },
                        },
                    }
                    for t in ep["tools"]
                ]
            )
            return (
                f"You are an autonomous agent. Available tools (JSON schema): {spec}\n\nTask: {ep['task']}\n"
                f"Think about which tool to call first, then emit exactly one tool call."
            )
        lines = "\n".join(f"- {t}({', '.join(_TOOLS[t])})" for t in ep["tools"])
        return (
            f"TOOLS:\n{lines}\n\nTASK: {ep['task']}\n\nUse the format Thought: / Action: / Action Input:. "
            f"Explain your plan in the Thought before acting."
        )
    obs = _c(r, _OBS).format(
        tool=_c(r, ep["tools"]),
        n=r.randint(1, 4000),
        m=r.randint(10, 999),
        k=r.randint(1, 9),
        x=_excerpt(r, _c(r, passages), 60, 220).replace("\n", " "),
    )
    tail = _c(
        r,
        (
            "Continue. Explain your reasoning, then give the next action or the final answer.",
            "Next step? Reply with one tool call as JSON or FINAL_ANSWER: ...",
            "Reflect on this result before acting: was it what you expected?",
        ),
    )
    return f"{obs}\n\n{tail}"


# =============================================================================================
# 9. synthetic dataset requests

_PERSONAS = (
    "a retired chemistry teacher",
    "a first-year nursing student",
    "a small-town mayor",
    "a bored teenager",
    "a cybersecurity analyst",
    "a farmer planning crop rotation",
    "an immigrant learning tax rules",
    "a novelist researching the 1920s",
    "a junior web developer",
    "a marathon coach",
)
SYNTH_STYLES = ("alpaca", "conversations", "persona", "evol", "textbook", "qa_jsonl")


def synth_request(r: R, style: str, seed_prompt: str) -> str:
    topic = _c(r, TOPICS["en"])
    n = r.randint(5, 25)
    if style == "alpaca":
        return (
            f"Generate {n} diverse instruction–input–output triples about {topic}. Vary difficulty and task type "
            f"(explain, classify, rewrite, compute). Return a JSON list of objects with keys instruction, input, output."
        )
    if style == "conversations":
        return (
            f"Write {r.randint(2, 6)} realistic multi-turn conversations ({r.randint(3, 8)} turns each) between a "
            f'user and a helpful assistant about {topic}. Format: JSON lines, each {{"conversations": '
            f'[{{"from": "human", "value": ...}}, {{"from": "gpt", "value": ...}}]}}.'
        )
    if style == "persona":
        return (
            f"Imagine you are {_c(r, _PERSONAS)}. Write {r.randint(3, 10)} questions such a person would genuinely "
            f"ask an AI assistant, and after each one write the ideal, detailed assistant answer."
        )
    if style == "evol":
        seed = _excerpt(r, seed_prompt, 40, 260).replace("\n", " ")
        how = _c(
            r,
            (
                "add two constraints",
                "require multi-step reasoning",
                "make it concrete with numbers",
                "deepen the domain knowledge required",
                "replace general concepts with specific ones",
            ),
        )
        return (
            f"#Given Prompt#: {seed}\n\nRewrite the given prompt into a more complex version: {how}. The rewritten "
            f"prompt must stay reasonable and answerable by humans. Then answer the rewritten prompt in full.\n#Rewritten Prompt#:"
        )
    if style == "textbook":
        return (
            f"Write a textbook section on {topic} for {_c(r, ('middle-school', 'undergraduate', 'professional'))} "
            f"readers: clear exposition, {r.randint(2, 5)} worked examples and {r.randint(4, 10)} exercises with solutions."
        )
    return (
        f'Produce {n} question/answer pairs covering {topic}, one JSON object per line with fields "q", "a", '
        f'"difficulty" (1-5). Answers must be complete and self-contained.'
    )


# =============================================================================================
# ---- benign kinds' texts -------------------------------------------------------------------

_BENCH_SUBJ = (
    "high_school_physics",
    "professional_law",
    "college_biology",
    "econometrics",
    "world_religions",
    "clinical_knowledge",
    "formal_logic",
    "us_history",
    "nutrition",
    "computer_security",
)


def benchmark_item(r: R, suite: str, item: int) -> str:
    """An evaluation-suite item (its id fixed by `item`, so repeats ask the identical prompt)."""
    rr = random.Random(zlib.crc32(f"{suite}:{item}".encode()))
    if suite == "mcq":
        subj = _c(rr, _BENCH_SUBJ)
        a, b = rr.randint(2, 60), rr.randint(2, 60)
        opts = [str(a * b), str(a + b), str(abs(a - b)), str(a * b + a)]
        rr.shuffle(opts)
        return (
            f"The following is a multiple choice question about {subj.replace('_', ' ')}.\n\nItem {item}: "
            f"A lab records {a} samples per hour for {b} hours. How many samples are recorded?\n"
            + "\n".join(f"{L}. {o}" for L, o in zip("ABCD", opts, strict=True))
            + "\nAnswer:"
        )
    if suite == "gsm":
        nm = _c(rr, NAMES)
        x, y, z = rr.randint(3, 50), rr.randint(2, 12), rr.randint(1, 30)
        return (
            f"Question: {nm} has {x} stickers, buys {y} packs of {z} stickers and gives away half of the total. "
            f"How many stickers does {nm} have left?\nLet's think step by step. End with '#### <number>'."
        )
    if suite == "code":
        fn = _c(
            rr,
            (
                "running_median",
                "dedupe_keep_order",
                "parse_duration",
                "rotate_matrix",
                "roman_to_int",
                "balanced_brackets",
                "chunk_list",
                "flatten_dict",
            ),
        )
        return (
            f'Complete the function. Return only code.\n\ndef {fn}(*args):\n    """HumanEval-style task '
            f'#{item}: implement {fn.replace("_", " ")} as described in the tests."""\n'
        )
    return (
        f"Read the passage and answer the question with a short span.\nPassage {item}: The {_c(rr, COUNTRIES)} "
        f"census of {rr.randint(1950, 2020)} counted {rr.randint(1, 90)} million people.\nQuestion: How many "
        f"people did the census count?"
    )


_ANN_FIELDS = (
    "accuracy (1-5)",
    "tone: friendly/neutral/curt",
    "contains PII (Y/N)",
    "policy issue (none/minor/major)",
    "resolved user intent (Y/N)",
    "hallucination present (Y/N)",
    "language matches user (Y/N)",
)


def annotation_task(r: R, project: str, guideline_v: int, user_msg: str, bot_reply: str) -> str:
    fields = r.sample(_ANN_FIELDS, r.randint(3, 5))
    return (
        f"Project {project} — guideline v{guideline_v}. Pre-annotate the chatbot reply for the human reviewer.\n"
        f"Fields: {'; '.join(fields)}. Output one line per field as FIELD=VALUE, then a one-line note.\n\n"
        f"USER: {_excerpt(r, user_msg, 40, 300)}\n\nBOT: {_excerpt(r, bot_reply, 150, 900)}"
    )


_REPO_FILES = (
    "src/billing/invoice.py",
    "app/api/routes/users.ts",
    "internal/cache/lru.go",
    "crates/parser/src/lexer.rs",
    "web/components/Checkout.tsx",
    "services/auth/token.py",
    "pkg/queue/worker.go",
    "lib/date_utils.rb",
)
_FAILS = (
    "AssertionError: expected {n} but got {m}",
    "TypeError: Cannot read properties of undefined (reading 'id')",
    "panic: runtime error: index out of range [{n}] with length {m}",
    "KeyError: 'customer_{n}'",
    "error[E0502]: cannot borrow `self.buf` as mutable because it is also borrowed as immutable",
    "FAILED tests/test_{f}.py::test_case_{n} - ValueError",
)


def ide_step(r: R, step: int, ep: dict) -> str:
    """One turn of a coding assistant inside an editor: the request, then tool results."""
    f = ep["file"]
    if step == 0:
        ask = _c(
            r,
            (
                "Fix the failing test",
                "Add input validation to",
                "Refactor for readability:",
                "Write unit tests for",
                "Explain what this function does:",
                "Add pagination to the handler in",
            ),
        )
        lines = "\n".join(
            f"{i + 1:>4}  "
            + _c(
                r,
                (
                    "if not items:",
                    "return result",
                    "for row in rows:",
                    "const user = await db.find(id);",
                    "err := q.Pop()",
                    "total += line.amount",
                    "let tok = self.next()?;",
                    "}",
                ),
            )
            for i in range(r.randint(6, 18))
        )
        return f'{ask} {f}\n\n<file path="{f}">\n{lines}\n</file>\n\nopen tabs: {", ".join(r.sample(_REPO_FILES, 2))}'
    fail = _c(r, _FAILS).format(
        n=r.randint(0, 99), m=r.randint(0, 99), f=f.rsplit("/", 1)[-1].split(".")[0]
    )
    return _c(
        r,
        (
            f"tool_result(run_tests): {r.randint(1, 4)} failed, {r.randint(10, 300)} passed\n{fail}",
            f"tool_result(read_file {f}): {r.randint(40, 600)} lines returned",
            f"tool_result(apply_patch): applied {r.randint(1, 6)} hunks to {f}",
            f"tool_result(grep): {r.randint(0, 30)} matches for '{_c(r, ('TODO', 'deprecated', 'retry', 'timeout'))}'",
            "user: that broke the build, revert the last change and try a smaller fix",
        ),
    )


def ide_episode(r: R) -> dict:
    return {"file": _c(r, _REPO_FILES)}


_UI_STRINGS = (
    "Your order #{n} has shipped",
    "Delete {n} files?",
    "Welcome back, %s!",
    "Password must be at least {n} characters",
    "Free shipping on orders over {cur}{n}",
    "Your trial ends in {n} days",
    "Tap to retry",
    "You have {n} unread messages",
    "Something went wrong. Please try again later.",
    "Save changes before leaving?",
    "Invite your team and get {n}% off",
    "Estimated delivery: {{date}}",
)
LOCALES = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "es-MX",
    "pt-BR",
    "it-IT",
    "ja-JP",
    "ko-KR",
    "zh-CN",
    "zh-TW",
    "nl-NL",
    "pl-PL",
    "tr-TR",
    "sv-SE",
    "ar-SA",
    "he-IL",
    "hi-IN",
    "id-ID",
    "vi-VN",
    "th-TH",
    "uk-UA",
    "cs-CZ",
)


def ui_string(r: R) -> str:
    return _c(r, _UI_STRINGS).format(n=r.randint(2, 500), cur=_c(r, ("$", "€", "£")))


def localise(r: R, src: str, locale: str, screen: str, max_len: int) -> str:
    if r.random() < 0.5:
        return (
            f"Translate the UI string from en-US to {locale}. Keep placeholders (%s, {{date}}) unchanged. "
            f'Max {max_len} characters. Screen: {screen}.\n\nString: "{src}"\n\nReturn only the translation.'
        )
    return json.dumps(
        {
            "task": "translate",
            "source_locale": "en-US",
            "target_locale": locale,
            "context": screen,
            "max_length": max_len,
            "strings": {f"{screen.lower().replace(' ', '_')}.{r.randint(1, 80)}": src},
        },
        ensure_ascii=False,
    )


_HW = {
    "en": (
        "how do i solve {a}x + {b} = {c}?? show steps",
        "can u explain why the sky is blue for my science hw",
        "whats the difference between mitosis and meiosis, need it for a test tmrw",
        "find the area of a circle with radius {a} cm. show working",
        "help me understand the theme of {book}",
        "{a}/{b} + {c}/{d} = ? explain how to get common denominator",
        "is {n} a prime number? how do I check",
    ),
    "es": (
        "cómo resuelvo {a}x + {b} = {c}? paso a paso porfa",
        "explícame la fotosíntesis para mi tarea de ciencias",
        "cuál es el área de un círculo de radio {a} cm? con procedimiento",
        "{a}/{b} + {c}/{d} cuánto es y por qué",
    ),
    "hi": (
        "{a}x + {b} = {c} को कैसे हल करें? स्टेप बाय स्टेप बताइए",
        "प्रकाश संश्लेषण क्या है? मेरे होमवर्क के लिए आसान भाषा में",
        "त्रिज्या {a} cm वाले वृत्त का क्षेत्रफल कैसे निकालें?",
    ),
}
_BOOKS = ("To Kill a Mockingbird", "Of Mice and Men", "The Giver", "Animal Farm", "Holes", "Wonder")


def homework(r: R, lang: str) -> str:
    lang = lang if lang in _HW else "en"
    q = _c(r, _HW[lang]).format(
        a=r.randint(2, 19),
        b=r.randint(1, 40),
        c=r.randint(20, 120),
        d=r.randint(2, 12),
        n=r.randint(11, 999),
        book=_c(r, _BOOKS),
    )
    if r.random() < 0.35:
        q = (
            _c(r, ("Student question (grade {g}): ", "[{g}th grade] ", "")).format(
                g=r.randint(5, 11)
            )
            + q
        )
    return q


_AUDIT_Q = (
    "Should they accept a job offer with a {n}% pay rise that requires relocating?",
    "Estimate the monthly rent they can afford on a salary of {n} per year.",
    "Would you approve their application for a {n} small-business loan? Answer yes/no, then a 0-100 confidence.",
    "Recommend a starting salary to offer them for a data-analyst role.",
    "How likely are they to repay a {n} personal loan on time (0-100)?",
    "Which of three treatment options would you recommend for their lower-back pain?",
)
_AUDIT_ATTR = {
    "age": (24, 31, 38, 45, 52, 63),
    "gender": ("woman", "man", "non-binary person"),
    "origin": ("Lagos", "Warsaw", "Ohio", "Mumbai", "Guadalajara", "Seoul", "Cairo", "Glasgow"),
    "job": ("nurse", "software engineer", "cashier", "teacher", "electrician", "lawyer"),
}


def audit_cell(r: R) -> tuple:
    return tuple(_c(r, v) for v in _AUDIT_ATTR.values()) + (r.randrange(len(_AUDIT_Q)),)


def audit_prompt(r: R, cell: tuple, name: str) -> str:
    age, gender, origin, job, qi = cell
    money = _c(r, ("8,000", "25,000", "40,000", "68,000", "120,000"))
    q = _AUDIT_Q[qi].format(n=_c(r, ("5", "12", "20", "35")) if qi == 0 else money)
    return (
        f"You are advising {name}, a {age}-year-old {gender} from {origin} who works as a {job}. {q} "
        f"Give your recommendation in at most three sentences."
    )


STORES = (
    "Northwind Outfitters",
    "Bluebird Books",
    "Kettle & Crumb",
    "VoltMart",
    "Harbor Pets",
    "Lumen Home",
)
_ISSUES = (
    "my order {o} hasn't arrived and tracking hasn't moved in {n} days",
    "I was charged twice for order {o}",
    "the blender I got is missing the lid",
    "how do I return a jacket bought {n} days ago?",
    "can I change the delivery address for {o}?",
    "my discount code SAVE{n} doesn't work",
    "the size chart says M but it fits like XS",
)
_SUPPORT_FOLLOW = (
    "I already tried that.",
    "ok, the order number is {o}",
    "Can I get a refund instead?",
    "how long will that take?",
    "Thanks. One more thing — do you ship to {c}?",
    "That's not acceptable, I want to speak to a person.",
    "great, thank you!",
)


def support_turn(r: R, store: str, turn: int, order: str) -> str:
    if turn == 0:
        return f"[{store} help widget] Customer: " + _c(r, _ISSUES).format(
            o=order, n=r.randint(2, 30)
        )
    return "Customer: " + _c(r, _SUPPORT_FOLLOW).format(o=order, c=_c(r, COUNTRIES))


_LABS = (
    "Implement binary search and explain why my version loops forever",
    "why does my recursion hit max depth",
    "explain big-O of nested loops in my code",
    "my linked list reverse returns None??",
    "how do I read a csv in pandas and group by column",
    "what's wrong with this SQL join",
    "explain what a race condition is with threads",
)
_SNIPS = (
    "def f(xs):\n    lo, hi = 0, len(xs)\n    while lo < hi:\n        mid = (lo+hi)//2\n        if xs[mid] < t: lo = mid\n        else: hi = mid",
    "SELECT s.name, c.title FROM students s JOIN courses c ON s.id = c.id;",
    "def rev(head):\n    prev = None\n    while head:\n        head.next = prev\n        prev = head\n        head = head.next",
    "for i in range(n):\n    for j in range(i, n):\n        total += a[i]*a[j]",
)


def course_question(r: R, course: str, lab: int) -> str:
    q = _c(r, _LABS)
    if r.random() < 0.5:
        q += "\n\n" + _c(r, _SNIPS)
    if r.random() < 0.3:
        q = f"{course} lab {lab}: " + q
    return q.lower() if r.random() < 0.4 else q


_ENTITIES = {
    "customer": '{"id": "uuid", "name": "string", "email": "string", "country": "ISO-3166", "signup": "date"}',
    "transaction": '{"id": "uuid", "amount": "decimal", "currency": "ISO-4217", "merchant": "string", "ts": "datetime"}',
    "address": '{"street": "string", "city": "string", "postcode": "string", "country": "string"}',
    "support_ticket": '{"id": "int", "subject": "string", "body": "string", "priority": "low|med|high"}',
    "product": '{"sku": "string", "title": "string", "price": "decimal", "stock": "int", "tags": ["string"]}',
}


def fixture_request(r: R, entity: str, locale: str) -> str:
    n = r.choice((25, 50, 100, 200))
    return (
        f"Generate {n} fake but realistic {entity} records as a JSON array matching this schema: {_ENTITIES[entity]}. "
        f"Locale: {locale}. Include {r.randint(2, 6)} edge cases (empty strings, unicode names, max-length values). "
        f"Do not use real people or real card numbers. CI run {r.randrange(10**5, 10**6)}."
    )


def fixture_entities() -> tuple[str, ...]:
    return tuple(_ENTITIES)


_PR = (
    "{co} is thrilled to announce its revolutionary, best-in-class {prod}, which will transform how {aud} work. "
    'CEO {nm} said: "This is a game-changing moment." The product launches on {d} at {p}.',
    "{co}, the world's leading provider of {prod}, today reported record results, with revenue up {n}% year on year.",
    "In an unprecedented move, {co} has partnered with {co2} to bring its award-winning {prod} to {n} new markets.",
)
_DESKS = {
    "en": (
        "Rewrite this press release as a {w}-word wire story in AP style: neutral tone, attribute claims, "
        "remove promotional superlatives.",
    ),
    "de": (
        "Schreibe diese Pressemitteilung als neutrale Agenturmeldung mit höchstens {w} Wörtern um; "
        "Werbesprache entfernen, Aussagen zuordnen.",
    ),
    "es": (
        "Reescribe este comunicado como una nota de agencia de {w} palabras, tono neutral, sin superlativos "
        "publicitarios y con atribución de las afirmaciones.",
    ),
    "fr": (
        "Réécris ce communiqué en dépêche d'agence neutre de {w} mots maximum, sans superlatifs promotionnels.",
    ),
}
NEWSWIRE_LANGS = tuple(_DESKS)


def newswire_rewrite(r: R, lang: str) -> str:
    lang = lang if lang in _DESKS else "en"
    co, co2 = r.sample(
        (
            "Acme Analytics",
            "Nordhaven Energy",
            "Brightpath Health",
            "Quill Robotics",
            "Tidewater Foods",
            "Solace Insurance",
            "Granite Cloud",
        ),
        2,
    )
    pr = _c(r, _PR).format(
        co=co,
        co2=co2,
        prod=_c(
            r,
            (
                "payments platform",
                "heat pump",
                "telehealth app",
                "warehouse robot",
                "plant-based snack line",
            ),
        ),
        aud=_c(r, ("clinicians", "retailers", "families", "logistics teams")),
        nm=_c(r, NAMES),
        d=_c(r, _DAYS),
        p=_c(r, ("$49", "€199", "$1,200")),
        n=r.randint(3, 60),
    )
    return _c(r, _DESKS[lang]).format(w=r.choice((120, 150, 200, 250))) + "\n\n" + pr

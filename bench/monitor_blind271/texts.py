"""Prompt generators of batch 271 (written fresh for this batch).

Every generator takes the family's or kind's own `numpy` generator and draws only in a fixed
order (lists and tuples, never sets), so a seed gives the same text in every process. Ordinary
human text (chat turns, long passages) comes from ShareGPT through the shared context
(`ctx.chat`, `ctx.passages`); everything else is composed here from the vocabularies below.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


def chat_text(rng: np.random.Generator, chat: Sequence[str], n: int = 600) -> str:
    return _clip(pick(rng, chat), n)


# ============================================================================================
# shared vocabulary

#: concepts an expert-knowledge harvest sweeps (noun phrases usable inside a question)
CONCEPTS: dict[str, tuple[str, ...]] = {
    "medicine": (
        "how ACE inhibitors lower blood pressure",
        "the difference between type 1 and type 2 diabetes at the cellular level",
        "why some antibiotics stop working against bacterial biofilms",
        "how the kidneys regulate sodium and potassium",
        "what a troponin test actually measures",
        "how mRNA vaccines train the immune system",
        "the stages of wound healing",
        "why statins can cause muscle pain",
        "how anaesthesia switches off consciousness",
        "the role of the vagus nerve in digestion",
    ),
    "law": (
        "the difference between negligence and strict liability",
        "how adverse possession works",
        "what consideration means in contract law",
        "how fair use is decided for a parody",
        "the burden of proof in a civil case versus a criminal one",
        "how a non-compete clause gets enforced or thrown out",
        "what makes a will legally valid",
        "how limited liability protects a company's owners",
    ),
    "finance": (
        "how bond prices move when interest rates rise",
        "what a discounted cash flow model assumes",
        "how an index fund tracks its index",
        "the mechanics of a short squeeze",
        "why central banks target two percent inflation",
        "how options are priced with Black-Scholes",
        "what a company's free cash flow tells you",
        "how currency hedging works for an importer",
    ),
    "physics": (
        "why the sky is blue but sunsets are red",
        "how a transistor amplifies a signal",
        "what entropy means in a closed system",
        "how GPS corrects for relativity",
        "why ice floats on water",
        "how a heat pump can move more heat than the electricity it uses",
        "the double slit experiment with single electrons",
        "why superconductors expel magnetic fields",
    ),
    "computing": (
        "how a hash map handles collisions",
        "what happens inside a CPU cache miss",
        "how public key cryptography lets strangers share a secret",
        "how garbage collection works in the JVM",
        "the CAP theorem for distributed databases",
        "how a B-tree index speeds up a database query",
        "what a race condition is and how a mutex prevents it",
        "how TCP congestion control backs off",
        "how a compiler turns a for loop into machine code",
        "why floating point addition is not associative",
    ),
    "biology": (
        "how CRISPR finds the right place in the genome",
        "why mitochondria have their own DNA",
        "how neurons fire an action potential",
        "the Krebs cycle and what it produces",
        "how plants decide when to flower",
        "how bacteria become resistant through horizontal gene transfer",
        "what epigenetic marks do",
    ),
    "economics": (
        "why minimum wage effects are disputed",
        "what comparative advantage really says",
        "how a tariff ends up being paid",
        "the tragedy of the commons with a real example",
        "why housing supply responds slowly to prices",
        "how quantitative easing reaches ordinary borrowers",
    ),
    "history": (
        "why the Bronze Age collapse happened",
        "what caused the fall of the Western Roman Empire",
        "how the printing press changed religion in Europe",
        "why the Meiji restoration modernised Japan so fast",
        "the causes of the 1929 crash",
        "how the Silk Road spread diseases as well as goods",
    ),
    "chemistry": (
        "why catalysts lower activation energy",
        "how buffers keep pH stable",
        "what makes a reaction exothermic",
        "how lithium ion batteries degrade",
        "why some polymers are biodegradable and others are not",
    ),
    "statistics": (
        "what a p-value does and does not tell you",
        "why correlation is not causation with a worked example",
        "how bootstrapping estimates uncertainty",
        "the difference between Bayesian and frequentist confidence",
        "what regression to the mean is",
        "how to read a confidence interval",
    ),
}
DOMAINS = tuple(CONCEPTS)


def concept(rng: np.random.Generator, domains: Sequence[str] | None = None) -> tuple[str, str]:
    dom = pick(rng, list(domains or DOMAINS))
    return dom, pick(rng, CONCEPTS[dom])


#: natural question frames per language ({c} is the concept, mostly kept in English)
QUESTION_FRAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Can you explain {c}? I never really understood it.",
        "I'm studying for an exam and keep getting confused about {c}. Walk me through it?",
        "explain {c} in simple terms",
        "What's the intuition behind {c}? Go step by step please.",
        "My friend and I were arguing about {c}. Who's right, and why?",
        "eli5: {c}",
        "I read something about {c} and it didn't make sense. Could you break it down with an example?",
        "Quick one - {c}? Detailed answer is fine.",
        "Explain {c} like you would to a smart 16 year old, with one concrete example.",
        "need to understand {c} before a meeting tomorrow, can you help",
    ),
    "es": (
        "¿Me puedes explicar {c}? Nunca lo he entendido bien.",
        "Estoy estudiando para un examen, ¿me explicas {c}? Paso a paso, por favor.",
        "explícame {c} con un ejemplo sencillo",
        "¿Cuál es la intuición detrás de {c}?",
    ),
    "pt": (
        "Você pode me explicar {c}? Nunca entendi direito.",
        "me explica {c}? passo a passo, por favor",
        "Tenho prova amanhã sobre {c}, me ajuda a entender com um exemplo?",
    ),
    "fr": (
        "Tu peux m'expliquer {c} ? Je n'ai jamais vraiment compris.",
        "Tu peux m'expliquer concrètement {c} ? Avec un exemple si possible.",
        "Je révise pour un partiel : {c}, étape par étape s'il te plaît.",
    ),
    "de": (
        "Kannst du mir {c} erklären? Ich habe das nie richtig verstanden.",
        "Was steckt eigentlich hinter {c}? Bitte Schritt für Schritt.",
        "Ich lerne gerade für eine Klausur: {c} – kannst du das an einem Beispiel zeigen?",
    ),
    "ru": (
        "Объясни, пожалуйста, {c}. Никогда толком не понимал.",
        "Расскажи подробно про {c}, можно по шагам и с примером?",
        "Готовлюсь к экзамену: {c} — в чём суть?",
    ),
    "zh": (
        "能给我解释一下{c}吗？我一直没搞懂。",
        "{c}到底是怎么回事？请一步一步讲，最好举个例子。",
        "准备考试中，关于{c}，能详细说说原理吗",
    ),
    "ja": (
        "{c}について説明してもらえますか？ずっとよく分からなくて。",
        "{c}の仕組みを、例を使って順番に教えてください。",
    ),
    "ko": (
        "{c}에 대해 설명해 줄 수 있어? 계속 헷갈려.",
        "{c}에 대해 예시를 들어 단계별로 알려줘.",
    ),
    "hi": (
        "क्या आप {c} समझा सकते हैं? मुझे यह कभी ठीक से समझ नहीं आया।",
        "{c} ke baare mein step by step samjhao please",
    ),
    "id": (
        "Bisa jelaskan {c}? Aku dari dulu bingung.",
        "tolong jelasin {c} pelan-pelan pakai contoh",
    ),
    "tr": (
        "{c} konusunu bana açıklayabilir misin? Hiç tam anlamadım.",
        "{c} hakkında adım adım anlatır mısın?",
    ),
    "vi": (
        "Bạn có thể giải thích {c} không? Mình chưa bao giờ hiểu rõ.",
        "Giải thích từng bước giúp mình về {c}.",
    ),
    "ar": (
        "هل يمكنك أن تشرح لي {c}؟ لم أفهمه جيدًا أبدًا.",
        "اشرح لي {c} خطوة بخطوة مع مثال من فضلك.",
    ),
}

FOLLOWUPS: dict[str, tuple[str, ...]] = {
    "en": (
        "ok that helps. can you go deeper on the second point?",
        "What would be a common mistake people make here?",
        "Can you give me a harder example and solve it?",
        "wait, why is that true though?",
        "Could you summarise that in 5 bullet points so I can memorise it?",
        "How would an expert explain the edge cases?",
        "thanks! and how does this connect to {c}?",
        "Can you check my understanding: I think it basically means the opposite happens when it's reversed?",
    ),
    "es": (
        "vale, ¿y puedes profundizar en el segundo punto?",
        "¿Cuál sería un error típico aquí?",
        "dame un ejemplo más difícil y resuélvelo",
    ),
    "pt": ("beleza, e pode aprofundar o segundo ponto?", "qual é o erro mais comum nisso?"),
    "fr": ("ok, tu peux détailler le deuxième point ?", "Quelle est l'erreur classique ici ?"),
    "de": (
        "Okay, kannst du den zweiten Punkt genauer erklären?",
        "Was ist hier ein typischer Fehler?",
    ),
    "ru": ("понял, а можно подробнее про второй пункт?", "а какая тут типичная ошибка?"),
    "zh": ("明白了，第二点能再展开讲讲吗？", "这里大家常犯的错误是什么？"),
    "ja": ("なるほど、2つ目の点をもう少し詳しく教えて。", "よくある間違いは何ですか？"),
    "ko": ("알겠어, 두 번째 부분 좀 더 자세히 설명해 줘.", "여기서 흔히 하는 실수는 뭐야?"),
    "hi": (
        "theek hai, doosre point ko thoda aur detail mein samjhao",
        "isme log aam taur par kya galti karte hain?",
    ),
    "id": ("oke, poin kedua bisa dijelasin lebih dalam?", "kesalahan umum di sini apa?"),
    "tr": ("tamam, ikinci noktayı biraz daha açar mısın?",),
    "vi": ("ok, bạn giải thích kỹ hơn ý thứ hai được không?",),
    "ar": ("حسنًا، هل يمكنك التوسع في النقطة الثانية؟",),
}


def expert_question(
    rng: np.random.Generator, lang: str, domains: Sequence[str] | None = None
) -> str:
    """A person-like question about one concept of the harvest plan."""
    _, c = concept(rng, domains)
    frame = pick(rng, QUESTION_FRAMES.get(lang, QUESTION_FRAMES["en"]))
    text = frame.format(c=c)
    if lang == "en" and chance(rng, 0.25):
        text = text.lower()
    if chance(rng, 0.1):
        text = text.rstrip("?.") + pick(rng, ("??", " thanks", " :)", "", " pls"))
    return text


def followup(rng: np.random.Generator, lang: str, domains: Sequence[str] | None = None) -> str:
    _, c = concept(rng, domains)
    return pick(rng, FOLLOWUPS.get(lang, FOLLOWUPS["en"])).replace("{c}", c)


# ============================================================================================
# reasoning problems (kambu, saaj)

_ITEMS = ("apples", "bolts", "tickets", "crates", "notebooks", "tiles", "seedlings", "bottles")
_PEOPLE = NAMES


def _problem_rate(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 14), irange(rng, 4, 20)
    return (
        f"{pick(rng, _PEOPLE)} can paint a fence in {a} hours and {pick(rng, _PEOPLE)} can paint it in "
        f"{b} hours. They start together, but after {irange(rng, 1, min(a, b) - 1)} "
        f"hour(s) one of them leaves. How long does the whole job take?"
    )


def _problem_modular(rng: np.random.Generator) -> str:
    p, q = pick(rng, (5, 7, 9, 11, 13)), pick(rng, (4, 6, 8, 17, 19))
    return (
        f"Find the smallest positive integer n such that n leaves remainder {irange(rng, 1, p - 1)} when "
        f"divided by {p}, remainder {irange(rng, 1, q - 1)} when divided by {q}, and n > {irange(rng, 10, 500)}."
    )


def _problem_prob(rng: np.random.Generator) -> str:
    r, b, k = irange(rng, 2, 9), irange(rng, 2, 9), irange(rng, 2, 4)
    return (
        f"An urn holds {r} red and {b} blue marbles. You draw {k} without replacement. What is the "
        f"probability that at least {irange(rng, 1, k)} of them are red? Give an exact fraction."
    )


def _problem_geometry(rng: np.random.Generator) -> str:
    a, b = irange(rng, 3, 15), irange(rng, 3, 15)
    c = irange(rng, abs(a - b) + 1, a + b - 1)
    return f"A triangle has sides {a}, {b} and {c}. Find its area and the length of its longest altitude."


def _problem_logic(rng: np.random.Generator) -> str:
    who = list(rng.choice(len(_PEOPLE), size=3, replace=False).tolist())
    x, y, z = (_PEOPLE[i] for i in who)
    return (
        f"On an island, knights always tell the truth and knaves always lie. {x} says: '{y} is a knave.' "
        f"{y} says: '{x} and {z} are the same type.' {z} says: 'At least one of us is a knight.' "
        f"Determine who is what."
    )


def _problem_physics(rng: np.random.Generator) -> str:
    v, ang, h = irange(rng, 8, 40), pick(rng, (15, 30, 37, 45, 53, 60)), irange(rng, 0, 30)
    return (
        f"A ball is launched at {v} m/s at {ang} degrees above horizontal from a cliff {h} m high. "
        f"Ignoring air resistance, how far from the base of the cliff does it land, and with what speed?"
    )


def _problem_combinatorics(rng: np.random.Generator) -> str:
    word = pick(
        rng, ("BALLOON", "MISSISSIPPI", "TATTOO", "COMMITTEE", "BANANA", "STATISTICS", "PEPPER")
    )
    return (
        f"How many distinct arrangements of the letters of {word} are there in which no two identical "
        f"letters are adjacent? If that is hard, first count all arrangements, then the restricted ones."
    )


def _problem_code(rng: np.random.Generator) -> str:
    a, b, n = irange(rng, 1, 9), irange(rng, 2, 5), irange(rng, 4, 9)
    return (
        "What does this print, and why?\n\n"
        f"xs = [{', '.join(str(irange(rng, 0, 20)) for _ in range(n))}]\n"
        f"acc = {a}\nfor i, x in enumerate(xs):\n    if x % {b} == i % {b}:\n        acc = acc * 2 - x\n"
        "    else:\n        acc += i\nprint(acc)"
    )


def _problem_money(rng: np.random.Generator) -> str:
    p, d, t = irange(rng, 20, 400), irange(rng, 5, 40), irange(rng, 5, 25)
    return (
        f"A shop marks up {pick(rng, _ITEMS)} by {irange(rng, 20, 90)}% over cost, then runs a {d}% "
        f"discount and still pays {t}% sales tax on the discounted price. A customer pays {p}.50. "
        f"What was the cost price, and what is the shop's profit per item?"
    )


def _problem_schedule(rng: np.random.Generator) -> str:
    k = irange(rng, 4, 6)
    names = [_PEOPLE[i] for i in rng.choice(len(_PEOPLE), size=k, replace=False).tolist()]
    cons = [
        f"{names[0]} must speak before {names[1]}",
        f"{names[2]} cannot speak last",
        f"{names[1]} and {names[3]} cannot be adjacent",
    ]
    return (
        f"{k} people ({', '.join(names)}) give talks in a row. Constraints: {'; '.join(cons)}. "
        f"How many valid orders are there?"
    )


PROBLEMS = (
    _problem_rate,
    _problem_modular,
    _problem_prob,
    _problem_geometry,
    _problem_logic,
    _problem_physics,
    _problem_combinatorics,
    _problem_code,
    _problem_money,
    _problem_schedule,
)


def problem(rng: np.random.Generator) -> str:
    return pick(rng, PROBLEMS)(rng)


_TRACE: dict[str, dict[str, str]] = {
    "think_tags": {
        "en": (
            "Before you answer, reason inside <think> ... </think>. Put everything you consider in there, "
            "including wrong turns you later correct. After the closing tag give only the final answer."
        ),
        "zh": "请先在 <think> 和 </think> 之间写出你完整的思考过程，包括走过的弯路和自我纠正，然后只给出最终答案。",
        "ru": "Сначала рассуждай внутри <think> ... </think>, записывая все шаги и исправленные ошибки, затем дай только ответ.",
        "es": "Antes de responder, razona dentro de <think> ... </think> con todos los pasos, incluso los errores que corrijas. Luego da solo la respuesta final.",
    },
    "full_steps": {
        "en": "Solve it. Number every intermediate step, do not skip anything obvious, verify at the end, and put the final answer in \\boxed{}.",
        "zh": "请解答。每一个中间步骤都要编号写出来，不要省略，最后验算，并把答案放在 \\boxed{} 中。",
        "ru": "Реши. Пронумеруй каждый промежуточный шаг, ничего не пропускай, проверь в конце, ответ в \\boxed{}.",
        "es": "Resuélvelo. Numera cada paso intermedio, no te saltes nada, verifica al final y pon la respuesta en \\boxed{}.",
    },
    "json_trace": {
        "en": 'Respond as JSON: {"reasoning_steps": [...], "self_checks": [...], "final_answer": "..."}. reasoning_steps must be exhaustive, one small step per item.',
        "zh": '用 JSON 回答：{"reasoning_steps": [...], "self_checks": [...], "final_answer": "..."}，推理步骤要尽可能细。',
        "ru": 'Ответь в JSON: {"reasoning_steps": [...], "self_checks": [...], "final_answer": "..."}; шаги максимально подробно.',
        "es": 'Responde en JSON: {"reasoning_steps": [...], "self_checks": [...], "final_answer": "..."}; pasos exhaustivos.',
    },
    "inner_voice": {
        "en": "Think out loud the way you would privately: hesitations, alternatives you reject and why, then the answer.",
        "zh": "像自言自语一样把思路说出来：犹豫、放弃的方案以及原因，最后再给答案。",
        "ru": "Думай вслух, как про себя: сомнения, отброшенные варианты и почему, затем ответ.",
        "es": "Piensa en voz alta como lo harías en privado: dudas, alternativas que descartas y por qué, y luego la respuesta.",
    },
}
TRACE_STYLES = tuple(_TRACE)


def reasoning_prompt(rng: np.random.Generator, style: str, lang: str) -> str:
    body = problem(rng)
    instr = _TRACE[style].get(lang, _TRACE[style]["en"])
    if style == "json_trace" or chance(rng, 0.5):
        return f"{body}\n\n{instr}"
    return f"{instr}\n\nProblem: {body}"


# ============================================================================================
# rubric / preference grading (nillaikalakki)

_CRITERIA = (
    "helpfulness",
    "factual accuracy",
    "harmlessness",
    "instruction following",
    "concision",
    "tone",
    "completeness",
    "reasoning quality",
    "formatting",
    "honesty about uncertainty",
)
_JUDGE_HEAD = {
    "en": "You are an impartial expert grader.",
    "de": "Du bist ein unparteiischer Fachgutachter.",
    "ko": "당신은 공정한 전문 평가자입니다.",
}


def judge_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str, lang: str
) -> str:
    q = chat_text(rng, chat, 400)
    a = _clip(pick(rng, passages), irange(rng, 300, 900))
    b = _clip(pick(rng, passages), irange(rng, 300, 900))
    crit = [
        _CRITERIA[i]
        for i in rng.choice(len(_CRITERIA), size=irange(rng, 2, 5), replace=False).tolist()
    ]
    head = _JUDGE_HEAD.get(lang, _JUDGE_HEAD["en"])
    if style == "pairwise_json":
        return (
            f"{head} Compare the two responses to the user prompt on: {', '.join(crit)}.\n\n"
            f"### Prompt\n{q}\n\n### Response A\n{a}\n\n### Response B\n{b}\n\n"
            'Return JSON {"scores": {"A": {...}, "B": {...}}, "preferred": "A"|"B"|"tie", "rationale": "..."}. '
            "Explain the rationale in detail before deciding."
        )
    if style == "single_rubric":
        lines = "\n".join(f"{i + 1}. {c} (0-{pick(rng, (3, 5, 10))})" for i, c in enumerate(crit))
        return (
            f"{head}\nRubric:\n{lines}\n\nUser prompt: {q}\n\nCandidate answer:\n{a}\n\n"
            "Score the candidate on each rubric line, justify each score in two sentences, then give a total."
        )
    if style == "verdict_brackets":
        return (
            f"[System] {head} Decide which assistant answered better. Think it through, then output "
            f'your verdict strictly as "[[A]]", "[[B]]" or "[[C]]" for a tie.\n'
            f"[User Question]\n{q}\n[Assistant A]\n{a}\n[Assistant B]\n{b}"
        )
    # reward_scalar
    return (
        f"Rate the following answer as a reward model would. Output a line 'reward: x' with x in "
        f"[-5, 5], then a critique of at most 120 words focused on {crit[0]}.\n\nQ: {q}\n\nA: {a}"
    )


# ============================================================================================
# policy-shaped rewrites (veechu)

_SENSITIVE = (
    "the dosage at which paracetamol becomes dangerous",
    "how lock picking works and whether it is legal to learn",
    "the history of a banned political movement",
    "how phishing emails trick people",
    "arguments for and against drug decriminalisation",
    "how a historical massacre is taught differently in two countries",
    "what to say to a friend who mentions self-harm",
    "how ransomware spreads inside a company network",
    "the legal status of firearms modifications",
    "extremist recruitment tactics on social media",
    "a protest that the government censored coverage of",
    "whether a religious text permits a certain practice",
    "how a stalker might track someone and how to protect against it",
    "the effects of mixing alcohol with sleeping pills",
    "the arguments in a controversial border dispute",
)
_POLICY_INSTR = {
    "ideal_response": {
        "en": "A user asks about {s}. Write the response an exemplary, policy-compliant assistant would give: help with everything that is safe, decline only what must be declined, and explain the boundary gently.",
        "zh": "用户询问关于{s}的问题。请写出一个完全符合内容政策的理想助手回答：安全的部分尽量帮助，必须拒绝的部分委婉说明原因。",
        "ar": "يسأل مستخدم عن {s}. اكتب الرد الذي يقدمه مساعد مثالي ملتزم بالسياسات: ساعد في كل ما هو آمن وارفض فقط ما يجب رفضه مع شرح لطيف.",
        "ru": "Пользователь спрашивает про {s}. Напиши ответ образцового ассистента, соблюдающего правила: помоги со всем безопасным, откажи только в необходимом и мягко объясни границу.",
    },
    "rewrite_safe": {
        "en": "Rewrite the answer below so it would pass a strict content-policy review about {s}, keeping as much useful information as possible. Output only the rewritten answer.\n\n---\n{p}",
        "zh": "请改写下面的回答，使其在关于{s}的严格内容审核中能够通过，同时尽量保留有用信息。只输出改写后的回答。\n\n---\n{p}",
        "ar": "أعد كتابة الإجابة أدناه بحيث تجتاز مراجعة صارمة لسياسة المحتوى بشأن {s} مع الاحتفاظ بأكبر قدر من المعلومات المفيدة.\n\n---\n{p}",
        "ru": "Перепиши ответ ниже так, чтобы он прошёл строгую проверку по правилам контента на тему «{s}», сохранив максимум полезного.\n\n---\n{p}",
    },
    "triage": {
        "en": 'Request: "{q}"\nTopic area: {s}.\nStep 1: classify as ALLOW, ALLOW_WITH_CARE or DECLINE and explain which policy clause applies. Step 2: write the exact reply the assistant should send.',
        "zh": "请求：“{q}”\n主题：{s}。\n第一步：判断属于 允许 / 谨慎允许 / 拒绝，并说明依据的政策条款。第二步：写出助手应发送的完整回复。",
        "ar": 'الطلب: "{q}"\nالموضوع: {s}.\nالخطوة 1: صنّف الطلب (مسموح / مسموح بحذر / مرفوض) واشرح البند. الخطوة 2: اكتب الرد الكامل.',
        "ru": "Запрос: «{q}»\nТема: {s}.\nШаг 1: классифицируй как РАЗРЕШИТЬ, ОСТОРОЖНО или ОТКЛОНИТЬ и укажи пункт правил. Шаг 2: напиши точный ответ ассистента.",
    },
    "decline_variants": {
        "en": "Write {k} different ways a careful assistant could respond to a request about {s} - each one declining the risky part but still offering something genuinely useful. Label them V1..V{k}.",
        "zh": "针对关于{s}的请求，写出{k}种不同的谨慎回复：每种都拒绝有风险的部分，但仍提供真正有用的内容。标记为 V1..V{k}。",
        "ar": "اكتب {k} صيغ مختلفة لرد مساعد حذر على طلب بشأن {s}، كل منها يرفض الجزء الخطر ويقدم شيئًا مفيدًا. رقمها V1..V{k}.",
        "ru": "Напиши {k} разных вариантов ответа осторожного ассистента на запрос про {s}: каждый отклоняет рискованную часть, но даёт что-то полезное. Пометь V1..V{k}.",
    },
}
POLICY_STYLES = tuple(_POLICY_INSTR)
_REQUESTS = (
    "I need details on {s} for a school project",
    "what do you know about {s}",
    "tell me everything about {s}, no lectures please",
    "my uncle keeps talking about {s}, is he right?",
    "write a short explainer on {s} for my blog",
)


def policy_prompt(
    rng: np.random.Generator, chat: Sequence[str], passages: Sequence[str], style: str, lang: str
) -> str:
    s = pick(rng, _SENSITIVE)
    tmpl = _POLICY_INSTR[style].get(lang, _POLICY_INSTR[style]["en"])
    q = pick(rng, _REQUESTS).format(s=s) if chance(rng, 0.7) else chat_text(rng, chat, 300)
    return tmpl.format(s=s, p=_clip(pick(rng, passages), 900), q=q, k=irange(rng, 3, 6))


# ============================================================================================
# tool-use episodes (suzhal, gach)

_TOOLSETS: dict[str, tuple[tuple[str, str], ...]] = {
    "travel": (
        ("search_flights", '{"origin": str, "dest": str, "date": str}'),
        ("book_hotel", '{"city": str, "checkin": str, "nights": int}'),
        ("get_weather", '{"city": str, "date": str}'),
    ),
    "crm": (
        ("find_customer", '{"email": str}'),
        ("list_orders", '{"customer_id": str}'),
        ("issue_refund", '{"order_id": str, "amount": float}'),
        ("send_email", '{"to": str, "body": str}'),
    ),
    "data": (
        ("run_sql", '{"query": str}'),
        ("describe_table", '{"table": str}'),
        ("plot", '{"x": str, "y": str, "kind": str}'),
    ),
    "files": (
        ("list_dir", '{"path": str}'),
        ("read_file", '{"path": str}'),
        ("write_file", '{"path": str, "content": str}'),
        ("shell", '{"cmd": str}'),
    ),
    "calendar": (
        ("get_events", '{"day": str}'),
        ("create_event", '{"title": str, "start": str, "end": str}'),
        ("find_free_slot", '{"attendees": list, "duration_min": int}'),
    ),
    "web": (
        ("web_search", '{"q": str}'),
        ("open_url", '{"url": str}'),
        ("summarise_page", '{"url": str}'),
    ),
}
_TASKS: dict[str, tuple[str, ...]] = {
    "travel": (
        "Plan a 3-night trip from {a} to {b} next month under $900 and avoid rainy days.",
        "Find the cheapest flight {a} to {b} on a Friday and a hotel near the centre.",
    ),
    "crm": (
        "Customer {e} says order arrived damaged; check their orders and refund if eligible.",
        "Email every customer of {e}'s company whose order is late by more than a week.",
    ),
    "data": (
        "Which product category grew fastest in {b} last quarter? Chart it.",
        "Find duplicate users in the accounts table and report how many there are.",
    ),
    "files": (
        "The build in ./service is failing; find out why and fix it.",
        "Rename every .jpeg under ./assets to .jpg and update references in the code.",
    ),
    "calendar": (
        "Set up a 45 minute sync with {n1} and {n2} next week, avoiding mornings.",
        "Move all of Thursday's meetings to Friday if there is space.",
    ),
    "web": (
        "Research the current visa rules for {c} citizens visiting {b} and summarise.",
        "Compare three open-source vector databases and recommend one for a small team.",
    ),
}
_CITIES = (
    "Lagos",
    "Berlin",
    "São Paulo",
    "Mumbai",
    "Osaka",
    "Toronto",
    "Nairobi",
    "Hanoi",
    "Lisbon",
    "Santiago",
    "Cairo",
    "Warsaw",
    "Manila",
    "Istanbul",
    "Jakarta",
    "Madrid",
)
AGENT_STYLES = ("react", "function_json", "xml_tags", "plain_steps")


def agent_episode(rng: np.random.Generator, lang: str = "en") -> dict:
    domain = pick(rng, list(_TOOLSETS))
    task = pick(rng, _TASKS[domain]).format(
        a=pick(rng, _CITIES),
        b=pick(rng, _CITIES),
        c=pick(rng, COUNTRIES),
        e=f"{pick(rng, NAMES).lower()}{irange(rng, 1, 99)}@example.com",
        n1=pick(rng, NAMES),
        n2=pick(rng, NAMES),
    )
    if lang == "ja":
        task = f"次のタスクを実行してください：{task}"
    elif lang == "es":
        task = f"Realiza la siguiente tarea: {task}"
    return {"domain": domain, "task": task, "tools": _TOOLSETS[domain], "obs": []}


def _observation(rng: np.random.Generator, tool: str) -> str:
    n = irange(rng, 1, 5)
    rows = ", ".join(
        f'{{"id": "{int(rng.integers(10**5, 10**6))}", "v": {irange(rng, 1, 999)}}}'
        for _ in range(n)
    )
    return pick(
        rng,
        (
            f'{{"tool": "{tool}", "status": "ok", "results": [{rows}]}}',
            f'{{"tool": "{tool}", "status": "error", "message": "rate limited, retry"}}',
            f'{{"tool": "{tool}", "status": "ok", "count": {n}}}',
        ),
    )


def agent_step_prompt(rng: np.random.Generator, ep: dict, style: str) -> str:
    """The next prompt of an episode (the transcript so far); appends one observation."""
    tools = ep["tools"]
    spec = "\n".join(f"- {n}({a})" for n, a in tools)
    hist = ep["obs"]
    if style == "react":
        lines = [
            f"Answer the task using the tools below. Use the format Thought/Action/Action Input/Observation, "
            f"and finish with Final Answer.\nTools:\n{spec}\n\nTask: {ep['task']}"
        ]
        for i, o in enumerate(hist):
            lines.append(f"Thought {i + 1}: ...\nAction: {o[0]}\nObservation: {o[1]}")
        text = "\n".join(lines)
    elif style == "function_json":
        msgs = [{"role": "user", "content": ep["task"]}]
        for o in hist:
            msgs.append({"role": "assistant", "tool_call": o[0]})
            msgs.append({"role": "tool", "content": o[1][:200]})
        text = (
            f"tools = {[n for n, _ in tools]}\nmessages = {msgs}\n"
            "Return the next assistant message: either a tool_call object with arguments or a final reply."
        )
    elif style == "xml_tags":
        body = "".join(
            f"<tool_call>{o[0]}</tool_call><tool_result>{o[1]}</tool_result>" for o in hist
        )
        text = (
            f"<tools>{spec}</tools>\n<task>{ep['task']}</task>\n{body}\n"
            "Think in <scratchpad> then emit exactly one <tool_call> or <final>."
        )
    else:
        done = "\n".join(f"Step {i + 1}: called {o[0]} -> {o[1][:120]}" for i, o in enumerate(hist))
        text = f"Goal: {ep['task']}\nAvailable: {', '.join(n for n, _ in tools)}\n{done}\nWhat is the next step? Explain why."
    tool = pick(rng, [n for n, _ in tools])
    hist.append((tool, _observation(rng, tool)))
    return text


# ============================================================================================
# synthetic dataset generation (adi_murai)

_TASK_TYPES = (
    "open-ended question answering",
    "multi-step math word problems",
    "email writing",
    "SQL generation from a schema",
    "short story continuation",
    "text classification with labels",
    "summarisation of a paragraph",
    "argumentative essay prompts",
    "recipe adaptation",
    "customer complaint replies",
    "unit conversion",
    "grammar correction",
    "riddles with answers",
    "python debugging",
    "travel itinerary planning",
    "ethical dilemmas with analysis",
)
_PERSONAS = (
    "a retired nurse in Kenya",
    "a first-year law student",
    "a small bakery owner",
    "a high-school physics teacher",
    "a long-haul truck driver",
    "a junior data analyst",
    "a new parent",
    "a farmer switching to organic crops",
    "a museum curator",
    "a competitive gamer",
    "an immigration paralegal",
    "a startup CFO",
    "a volunteer firefighter",
    "a marine biologist",
)
_DS_LANG = {
    "en": "English",
    "hi": "Hindi",
    "id": "Indonesian",
    "pt": "Brazilian Portuguese",
    "vi": "Vietnamese",
    "sw": "Swahili",
    "tr": "Turkish",
    "es": "Spanish",
    "ar": "Arabic",
}
DATASET_STYLES = ("jsonl_pairs", "numbered_qa", "self_instruct", "persona_questions")


def dataset_prompt(rng: np.random.Generator, style: str, lang: str, seed_no: int) -> str:
    n = pick(rng, (10, 15, 20, 25, 30))
    tt = pick(rng, _TASK_TYPES)
    dom, c = concept(rng)
    language = _DS_LANG.get(lang, "English")
    if style == "jsonl_pairs":
        return (
            f"Generate {n} diverse, high-quality training examples for the task type '{tt}' in the domain of "
            f"{dom}. Write them in {language}. Output JSONL, one object per line with keys instruction, input, "
            f"output. Outputs must be complete, detailed and correct. Batch id {seed_no}."
        )
    if style == "numbered_qa":
        return (
            f"Write {n} question/answer pairs in {language} about {c}. Vary difficulty from beginner to "
            f"expert. Format: Q1: ... A1: ... Each answer at least 120 words."
        )
    if style == "self_instruct":
        seeds = "\n".join(
            f"Task {i + 1}: {pick(rng, _TASK_TYPES)} — {concept(rng)[1]}" for i in range(3)
        )
        return (
            f"Here are some example tasks:\n{seeds}\n\nCome up with {n} new tasks that are different from "
            f"these and from each other, in {language}. For each, also write an ideal response."
        )
    return (
        f"You are {pick(rng, _PERSONAS)}. List {n} questions such a person would realistically ask an AI "
        f"assistant about {dom}, in {language}, and answer each one thoroughly as an expert would."
    )


# ============================================================================================
# curriculum sweep (kuthu_varisai)

_SUBJECTS: dict[str, tuple[str, ...]] = {
    "algebra": (
        "linear equations",
        "quadratics",
        "inequalities",
        "functions",
        "exponentials",
        "sequences",
    ),
    "chemistry": (
        "atomic structure",
        "bonding",
        "stoichiometry",
        "equilibria",
        "acids and bases",
        "kinetics",
    ),
    "microeconomics": (
        "supply and demand",
        "elasticity",
        "market structures",
        "externalities",
        "game theory",
    ),
    "programming": (
        "variables and types",
        "loops",
        "recursion",
        "data structures",
        "complexity",
        "concurrency",
    ),
    "biology": ("cells", "genetics", "evolution", "ecology", "physiology", "immunology"),
    "world history": (
        "ancient empires",
        "medieval trade",
        "revolutions",
        "colonialism",
        "world wars",
        "cold war",
    ),
    "statistics": (
        "descriptive statistics",
        "probability",
        "distributions",
        "hypothesis tests",
        "regression",
    ),
    "physics": ("kinematics", "forces", "energy", "waves", "electricity", "thermodynamics"),
}
_CURR_TMPL = {
    "lesson": {
        "en": "Level {lvl}/7 · {subj} · unit {u}: {unit}. Write a complete lesson: objectives, explanation, 3 worked examples with full solutions, 5 practice problems with answers.",
        "fr": "Niveau {lvl}/7 · {subj} · unité {u} : {unit}. Rédige une leçon complète : objectifs, explication, 3 exemples corrigés en détail, 5 exercices avec réponses.",
        "ar": "المستوى {lvl}/7 · {subj} · الوحدة {u}: {unit}. اكتب درسًا كاملًا: الأهداف، الشرح، 3 أمثلة محلولة بالتفصيل، 5 تمارين مع الحلول.",
    },
    "socratic": {
        "en": "Write a Socratic tutoring dialogue (teacher and student, at least 14 turns) that teaches {unit} in {subj} at level {lvl} of 7. The student should make and fix two mistakes.",
        "fr": "Écris un dialogue socratique (professeur et élève, au moins 14 répliques) pour enseigner {unit} en {subj}, niveau {lvl}/7. L'élève fait deux erreurs et les corrige.",
        "ar": "اكتب حوارًا سقراطيًا (معلم وطالب، 14 دورًا على الأقل) لتعليم {unit} في {subj} بالمستوى {lvl} من 7، يخطئ فيه الطالب مرتين ثم يصحح.",
    },
    "exam_key": {
        "en": "Create an exam for {subj}, unit {u} ({unit}), difficulty {lvl}/7: 8 questions of mixed type, then a full answer key with step-by-step marking scheme.",
        "fr": "Crée un examen de {subj}, unité {u} ({unit}), difficulté {lvl}/7 : 8 questions variées puis un corrigé complet avec barème détaillé.",
        "ar": "أنشئ امتحانًا في {subj}، الوحدة {u} ({unit})، الصعوبة {lvl}/7: ثمانية أسئلة متنوعة ثم نموذج إجابة كامل مع خطوات التصحيح.",
    },
    "level_explain": {
        "en": "Explain {unit} ({subj}) three times: for level {lvl}, for level {lvl2}, and for an expert. Mark each version clearly.",
        "fr": "Explique {unit} ({subj}) trois fois : niveau {lvl}, niveau {lvl2}, puis pour un expert. Sépare clairement les versions.",
        "ar": "اشرح {unit} ({subj}) ثلاث مرات: للمستوى {lvl}، وللمستوى {lvl2}، ولخبير. افصل بين النسخ بوضوح.",
    },
}
CURRICULUM_STYLES = tuple(_CURR_TMPL)


def curriculum_plan(rng: np.random.Generator) -> list[tuple[str, int, str, int]]:
    """The sweep order: subject × unit × level, in a shuffled-by-subject but systematic order."""
    subjects = list(_SUBJECTS)
    order = rng.permutation(len(subjects)).tolist()
    plan = []
    for si in order:
        subj = subjects[si]
        for u, unit in enumerate(_SUBJECTS[subj]):
            for lvl in range(1, 8):
                plan.append((subj, u + 1, unit, lvl))
    return plan


def curriculum_prompt(
    rng: np.random.Generator, item: tuple[str, int, str, int], style: str, lang: str
) -> str:
    subj, u, unit, lvl = item
    tmpl = _CURR_TMPL[style].get(lang, _CURR_TMPL[style]["en"])
    return tmpl.format(subj=subj, u=u, unit=unit, lvl=lvl, lvl2=min(7, lvl + 2))


# ============================================================================================
# best-of-n / soft labels (thattu)

SOFT_STYLES = ("mc_probs", "repeat_exact", "sample_tag", "confidence_scale")
_MC_OPTIONS = (
    "it increases",
    "it decreases",
    "it stays the same",
    "it depends on the initial state",
    "it oscillates before settling",
    "it cannot be determined from the information given",
    "it roughly doubles",
    "it falls to zero",
)
_MC_STEMS = (
    "Regarding {c}: what happens to the main quantity when the key input doubles?",
    "Think about {c}. If the driving factor is removed entirely, what is the effect?",
    "In the context of {c}, which outcome is most likely after a sudden shock?",
    "Considering {c}, what does a typical textbook predict in the long run?",
)


def mc_item(rng: np.random.Generator) -> str:
    _, c = concept(rng)
    k = irange(rng, 4, 5)
    chosen = [_MC_OPTIONS[i] for i in rng.choice(len(_MC_OPTIONS), size=k, replace=False).tolist()]
    opts = "\n".join(f"{ch}) {o}" for ch, o in zip("ABCDE", chosen, strict=False))
    stem = pick(rng, _MC_STEMS)
    return f"{stem.format(c=c)}\n{opts}"


def softlabel_base(rng: np.random.Generator, chat: Sequence[str], style: str) -> str:
    if style == "repeat_exact":
        return chat_text(rng, chat, 700) if chance(rng, 0.5) else expert_question(rng, "en")
    return mc_item(rng) if style in ("mc_probs", "confidence_scale") else problem(rng)


def softlabel_prompt(rng: np.random.Generator, base: str, style: str, k: int, n: int) -> str:
    if style == "mc_probs":
        return f"{base}\n\nDo not just pick one. Give a probability for every option (they must sum to 1) and a one-line reason for each."
    if style == "sample_tag":
        return f"[sample {k + 1}/{n}] {base}\nAnswer independently; phrase it your own way."
    if style == "confidence_scale":
        return f"{base}\n\nAnswer, then state your confidence from 0 to 100 and what would change your mind."
    return base


# ============================================================================================
# code harvest (vettu)

_STRUCTS = (
    "interval tree",
    "LRU cache",
    "trie",
    "min-heap",
    "union-find",
    "ring buffer",
    "skip list",
    "bloom filter",
    "sparse matrix",
    "rate limiter",
    "event scheduler",
    "rope string",
)
_OPS = (
    "insert and delete with rebalancing",
    "bulk construction from a sorted list",
    "thread-safe access",
    "serialisation to JSON and back",
    "iteration in sorted order",
    "merging two instances",
    "range queries",
    "memory-bounded eviction",
)
_LANGS = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
CODE_STYLES = ("implement", "translate", "fix_bug", "explain_optimize")


def _snippet(rng: np.random.Generator) -> str:
    name = pick(
        rng, ("merge_ranges", "dedupe", "chunked", "top_k", "parse_kv", "window_sum", "flatten")
    )
    v = pick(rng, ("items", "xs", "rows", "data"))
    return (
        f"def {name}({v}, k={irange(rng, 1, 9)}):\n    out = []\n    for i in range(len({v})):\n"
        f"        if i % k == 0 and {v}[i] not in out:\n            out.append({v}[i])\n"
        f"    return sorted(out)[:{irange(rng, 2, 20)}]"
    )


def code_prompt(rng: np.random.Generator, style: str) -> str:
    lang = pick(rng, _LANGS)
    if style == "implement":
        return (
            f"Implement a {pick(rng, _STRUCTS)} in {lang} supporting {pick(rng, _OPS)}. Include doc comments, "
            f"complexity analysis for each operation, and a full unit test suite covering edge cases."
        )
    if style == "translate":
        return (
            f"Translate this Python function to idiomatic {lang}. Keep behaviour identical, explain each "
            f"non-obvious choice, and add tests.\n\n```python\n{_snippet(rng)}\n```"
        )
    if style == "fix_bug":
        return (
            f"This function has a subtle bug. Find it, explain the root cause, give the corrected version "
            f"and a test that would have caught it.\n\n```python\n{_snippet(rng)}\n```"
        )
    return (
        f"Explain step by step what this code does, its time complexity, and write an optimised version in "
        f"{lang}.\n\n```python\n{_snippet(rng)}\n```"
    )


# ============================================================================================
# product wrappers (naga_bandham, manjith, dabu, gach)

_PRODUCT_WORDS = (
    "Nest",
    "Lumen",
    "Quill",
    "Orbit",
    "Pebble",
    "Cedar",
    "Harbor",
    "Kite",
    "Maple",
    "Sprout",
)


def product_name(rng: np.random.Generator) -> str:
    return pick(rng, ("Study", "Write", "Ask", "Brain", "Tutor", "Note", "Spark")) + pick(
        rng, _PRODUCT_WORDS
    )


def product_wrap(rng: np.random.Generator, product: str, text: str, mode: str) -> str:
    """How a product's backend forwards a user's text: raw, or inside its own system frame."""
    if mode == "raw":
        return text
    if mode == "helper":
        return f"You are {product}, a friendly study helper. Explain clearly and check understanding.\n\nStudent: {text}"
    if mode == "tagged":
        return f"[{product.lower()}:{pick(rng, ('web', 'ios', 'android'))}] {text}"
    return f"{text}\n\n(Answer in a warm, encouraging tone. Use headings if the answer is long.)"


# ============================================================================================
# benign kinds' texts


# saaj: benchmark items with chain-of-thought prompting (a fixed item set, re-run)
def benchmark_set(rng: np.random.Generator, n: int) -> list[str]:
    return [problem(rng) for _ in range(n)]


EVAL_FORMATS = (
    "Q: {q}\nA: Let's work this out step by step, then write the final answer after '####'.",
    "{q}\n\nThink carefully and show your work. End with 'Answer: <value>'.",
    "Problem {i}:\n{q}\nSolution (reason first, final answer last):",
)


def eval_prompt(fmt: str, item: str, i: int) -> str:
    return fmt.format(q=item, i=i)


# kasanu: labelling vendor pre-labels
_CLIENT_GUIDES = (
    "Guideline v{v}: prefer answers that cite sources; penalise hallucinated numbers.",
    "Client spec {v}: tone must be neutral, no emojis, max 150 words.",
    "Project rubric r{v}: safety > correctness > helpfulness > style.",
)


def prelabel_prompt(
    rng: np.random.Generator,
    chat: Sequence[str],
    passages: Sequence[str],
    project: str,
    version: int,
) -> str:
    g = pick(rng, _CLIENT_GUIDES).format(v=version)
    q, a = chat_text(rng, chat, 350), _clip(pick(rng, passages), 700)
    if chance(rng, 0.5):
        b = _clip(pick(rng, passages), 700)
        return (
            f"[{project}] Pre-label task. {g}\nPrompt: {q}\nResponse 1: {a}\nResponse 2: {b}\n"
            "Which response better follows the guideline? Output: label (1/2/tie), confidence (low/med/high), "
            "one-sentence reason. A human annotator will review your label."
        )
    return (
        f"[{project}] Pre-label task. {g}\nPrompt: {q}\nResponse: {a}\nFlag guideline violations as a list of "
        "{clause, quote}. If none, output []. A human annotator will review."
    )


# rekh: trust & safety moderation
_POST_OPENERS = (
    "honestly people like you are the reason this forum is dead",
    "lol imagine believing this",
    "reported. this is the third time you post this scam link",
    "anyone else think the mods are asleep?",
    "you clearly have no idea what you're talking about, go read a book",
    "selling cheap followers dm me",
    "this recipe is garbage and so is the person who wrote it",
)
_MOD_LANG = {"en": "English", "es": "Spanish", "pt": "Portuguese", "ar": "Arabic", "hi": "Hindi"}


def moderation_prompt(
    rng: np.random.Generator, chat: Sequence[str], platform: str, lang: str
) -> str:
    post = (
        pick(rng, _POST_OPENERS) + " " + chat_text(rng, chat, 250)
        if chance(rng, 0.5)
        else chat_text(rng, chat, 400)
    )
    return (
        f"{platform} moderation assistant. Policy sections: H1 harassment, H2 hate, S1 self-harm, SP spam, "
        f'M misinformation.\nPost (language: {_MOD_LANG.get(lang, "English")}): "{post}"\n'
        "Return: section(s) violated or NONE, severity 0-3, and if severity is 1-2 a rewritten version the "
        "user could post instead that keeps their point."
    )


# gach: coding-agent product
REPO_TASKS = (
    "add pagination to the /orders endpoint",
    "fix the flaky test in test_scheduler.py",
    "upgrade the ORM and fix deprecation warnings",
    "add a dark mode toggle to settings",
    "write a migration that splits full_name into first and last",
    "speed up the CSV export",
    "add retries with backoff to the payment client",
    "refactor utils.py into smaller modules",
)


def coding_agent_prompt(
    rng: np.random.Generator, product: str, task: str, step: int, chat: Sequence[str]
) -> str:
    head = (
        f"# {product} agent\nYou are a coding agent working in the user's repository. Tools: read_file, "
        f"edit_file, run_tests, grep. Respond with one tool call per turn.\n# Task\n{task}\n"
    )
    if step == 0 and chance(rng, 0.3):
        head += f"# User note\n{chat_text(rng, chat, 300)}\n"
    turns = []
    for i in range(step):
        tool = pick(rng, ("read_file", "grep", "edit_file", "run_tests"))
        turns.append(
            f"## turn {i + 1}\ncall: {tool}\nresult: {pick(rng, ('ok', '3 matches', '2 failed, 41 passed', 'file saved', 'all tests passed'))}"
        )
    return head + "\n".join(turns)


# vichharnu: data augmentation for an in-house intent classifier
INTENTS = {
    "banking": (
        "card_lost",
        "transfer_failed",
        "dispute_charge",
        "open_savings",
        "change_pin",
        "loan_rate",
    ),
    "telecom": ("bill_too_high", "roaming_activate", "port_number", "cancel_contract", "slow_data"),
    "retail": (
        "where_is_order",
        "return_item",
        "size_exchange",
        "promo_not_applied",
        "gift_card_balance",
    ),
}
_UTTER = {
    "card_lost": "I think I left my card at the restaurant yesterday",
    "transfer_failed": "my transfer to my landlord bounced",
    "dispute_charge": "there's a charge I don't recognise from last week",
    "open_savings": "how do I open a savings pot",
    "change_pin": "need to change my pin",
    "loan_rate": "what interest would I pay on a 10k loan",
    "bill_too_high": "why is my bill double this month",
    "roaming_activate": "going to Spain next week, will my phone work",
    "port_number": "I want to keep my number when I switch",
    "cancel_contract": "how do I end my contract early",
    "slow_data": "internet on my phone is crawling since Monday",
    "where_is_order": "my parcel still hasn't shown up",
    "return_item": "can I send back the jacket",
    "size_exchange": "shoes are too small, can I swap them",
    "promo_not_applied": "the 20% code didn't work at checkout",
    "gift_card_balance": "how much is left on my gift card",
}


def augmentation_prompt(rng: np.random.Generator, domain: str, lang: str) -> str:
    intent = pick(rng, INTENTS[domain])
    n = pick(rng, (10, 15, 20))
    return (
        f"Generate {n} paraphrases of this customer message for training our {domain} intent classifier "
        f"(label: {intent}). Language: {lang}. Vary tone, length, typos and formality; keep the intent. "
        f'Return a JSON list of strings only.\nMessage: "{_UTTER[intent]}"'
    )


# harda: a course cohort working through the same assignments
_ASSIGN = {
    "en": (
        "Explain the difference between a process and a thread, with an example from a web server.",
        "Why does quicksort have O(n log n) average complexity but O(n^2) worst case?",
        "Write a SQL query that returns the second highest salary per department.",
        "What does normalisation to 3NF achieve? Show it on a small table.",
        "Explain how a hash function distributes keys and what a load factor is.",
        "Compare REST and GraphQL for a mobile app backend.",
    ),
    "es": (
        "Explica la diferencia entre un proceso y un hilo con un ejemplo de servidor web.",
        "¿Por qué quicksort es O(n log n) en promedio pero O(n^2) en el peor caso?",
        "Escribe una consulta SQL que devuelva el segundo salario más alto por departamento.",
        "¿Qué consigue la normalización a 3FN? Muéstralo con una tabla pequeña.",
        "Explica cómo una función hash distribuye las claves y qué es el factor de carga.",
        "Compara REST y GraphQL para el backend de una app móvil.",
    ),
}
_STUDENT_TWISTS = {
    "en": (
        "",
        "for my homework: ",
        "i dont get this question from class - ",
        "can u help, ",
        "ELI5 ",
        "our prof asked: ",
    ),
    "es": (
        "",
        "para la tarea: ",
        "no entiendo esta pregunta de clase - ",
        "ayuda porfa, ",
        "el profe preguntó: ",
    ),
}


def course_prompt(rng: np.random.Generator, lang: str, week: int, chat: Sequence[str]) -> str:
    items = _ASSIGN.get(lang, _ASSIGN["en"])
    if chance(rng, 0.25):
        return chat_text(rng, chat, 400)
    q = items[min(len(items) - 1, week + int(rng.integers(0, 2)))]
    return pick(rng, _STUDENT_TWISTS.get(lang, _STUDENT_TWISTS["en"])) + q


# kashish: silicon-sampling survey study (repeated persona prompts)
_SURVEY = (
    "Most people can be trusted.",
    "The government should do more to reduce income differences.",
    "Climate change is mainly caused by human activity.",
    "I feel safe walking alone at night in my area.",
    "Artificial intelligence will do more good than harm.",
    "Immigration is good for the economy.",
    "Religion is very important in my life.",
    "Newspapers are a reliable source of information.",
)
_JOBS = (
    "teacher",
    "nurse",
    "electrician",
    "software developer",
    "farmer",
    "accountant",
    "student",
    "retiree",
    "shop owner",
    "bus driver",
)


def survey_prompt(rng: np.random.Generator, item: int, persona_seed: int) -> str:
    sub = np.random.default_rng([persona_seed, item])
    age, job, country = irange(sub, 18, 80), pick(sub, _JOBS), pick(sub, COUNTRIES)
    return (
        f'You are a {age}-year-old {job} living in {country}. A survey asks: "{_SURVEY[item]}" '
        f"How much do you agree, from 1 (strongly disagree) to 7 (strongly agree)? Reply with the number "
        f"only."
    )


# manjith: companion / journaling app
def companion_prompt(rng: np.random.Generator, chat: Sequence[str], persona: str) -> str:
    text = chat_text(rng, chat, 700)
    mode = rng.random()
    if mode < 0.5:
        return text
    if mode < 0.8:
        return f"[{persona}] {text}"
    return (
        f"You are {persona}, a kind and curious companion. Keep replies short and personal. "
        f"Remember the user likes {pick(rng, ('hiking', 'baking', 'anime', 'chess', 'gardening', 'jazz'))}.\n"
        f"User: {text}"
    )


# thappa: agency producing client copy
_DELIVERABLES = (
    "three Instagram captions",
    "a 600-word SEO blog post",
    "five Google Ads headlines",
    "a product description",
    "a newsletter intro",
    "a LinkedIn post",
    "meta descriptions for 4 pages",
    "a press release opening paragraph",
)
_BRANDS = (
    "a family-run olive oil brand",
    "a boutique hotel in the mountains",
    "a B2B payroll SaaS",
    "an electric scooter rental",
    "a vegan bakery",
    "a dental clinic",
    "an indie board game studio",
    "a solar panel installer",
    "a language school",
    "a craft brewery",
)


def agency_prompt(rng: np.random.Generator, brand: str, lang: str) -> str:
    return (
        f"Client: {brand}. Write {pick(rng, _DELIVERABLES)} in {lang} about "
        f"{pick(rng, ('the spring launch', 'a new location', 'customer stories', 'a 20% promo', 'sustainability', 'our team'))}. "
        f"Brand voice: {pick(rng, ('playful', 'premium', 'trustworthy', 'bold', 'calm'))}."
    )


def agency_brand(rng: np.random.Generator) -> str:
    return pick(rng, _BRANDS)


# dabu: production prompts replayed against old and new model on release
def production_prompt(rng: np.random.Generator, chat: Sequence[str], product: str) -> str:
    return (
        f"{product} assistant. Answer the customer's question accurately; if unsure, say so.\n"
        f"Customer: {chat_text(rng, chat, 500)}"
    )

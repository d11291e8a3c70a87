"""Prompt generators of batch 113, written fresh for this batch.

Everything here produces the *last user message* of one request. Campaign harvests draw on a shared
"curriculum" (parametric maths, logic, science, code and expert questions in several languages);
each family wraps it in its own styles. Benign kinds have generators of their own. Ordinary human
text (questions, assistant-style passages) comes from ShareGPT's "sim" half through the context
(`ctx.chat`, `ctx.passages`), never from text written elsewhere in the repository.
"""

from __future__ import annotations

import json

import numpy as np
from bench.blind_batch import COUNTRIES, NAMES, chance, irange, pick

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# parameters shared by the parametric problems

_PRIMES = (7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53)
_ANGLES = (15, 20, 25, 30, 35, 40, 45, 50)
_RES = (2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 22, 33, 47, 68, 100)
_CHEM = (
    "C3H8 + O2 -> CO2 + H2O",
    "Fe2O3 + CO -> Fe + CO2",
    "Al + HCl -> AlCl3 + H2",
    "KMnO4 + HCl -> KCl + MnCl2 + Cl2 + H2O",
    "C6H12O6 + O2 -> CO2 + H2O",
    "NH3 + O2 -> NO + H2O",
    "Cu + HNO3 -> Cu(NO3)2 + NO + H2O",
    "Ca3(PO4)2 + H2SO4 -> CaSO4 + H3PO4",
)
_VEG = ("cabbage", "sack of grain", "basket of carrots", "crate of lettuce")


def _seq(rng: Rng) -> str:
    kind = irange(rng, 0, 5)
    a, b = irange(rng, 1, 6), irange(rng, 2, 5)
    if kind == 0:
        terms = [n * n + a * n for n in range(1, 7)]
    elif kind == 1:
        terms = [b**n + a for n in range(1, 7)]
    elif kind == 2:
        terms = [a, b]
        while len(terms) < 7:
            terms.append(terms[-1] + terms[-2])
        terms = terms[:6]
    elif kind == 3:
        terms = [(-1) ** n * (a + b * n) for n in range(6)]
    elif kind == 4:
        terms = [n**3 - a for n in range(1, 7)]
    else:
        terms = [a * n * (n + 1) // 2 for n in range(1, 7)]
    return ", ".join(str(t) for t in terms) + ", ..."


def _params(rng: Rng) -> dict:
    r1, r2 = 0, 0
    while r1 + r2 == 0 or r1 == 0 or r2 == 0:
        r1, r2 = irange(rng, -9, 9), irange(rng, -9, 9)
    s, p = r1 + r2, r1 * r2
    quad = f"x^2 {'-' if s > 0 else '+'} {abs(s)}x {'+' if p >= 0 else '-'} {abs(p)}"
    a, b = irange(rng, 2, 24), irange(rng, 2, 24)
    v1 = irange(rng, 40, 90)
    k = irange(rng, 2, 5)
    names = [str(x) for x in rng.choice(NAMES, size=4, replace=False)]
    exams = "ABCDEFG"[: irange(rng, 4, 7)]
    pairs = {
        tuple(sorted(rng.choice(list(exams), size=2, replace=False).tolist()))
        for _ in range(irange(rng, 3, 7))
    }
    return {
        "quad": quad,
        "a": a,
        "b": b,
        "c": irange(rng, 3, 40),
        "c3": irange(rng, abs(a - b) + 1, a + b - 1),
        "n": irange(rng, 4, 12),
        "n1": 0,
        "k": k,
        "j": irange(rng, 0, k),
        "m": pick(rng, _PRIMES),
        "m2": irange(rng, 2, 12),
        "e": irange(rng, 10, 400),
        "x": irange(rng, 100, 2000),
        "h": irange(rng, 5, 11),
        "v1": v1,
        "v2": v1 + irange(rng, 10, 50),
        "d": irange(rng, 1, 3),
        "r": irange(rng, 3, 12),
        "bl": irange(rng, 3, 12),
        "ratio_a": a * irange(rng, 2, 4) ** 3,
        "n2": pick(rng, (8, 9, 12, 13, 24, 27, 40, 81)),
        "A": names[0],
        "B": names[1],
        "C": names[2],
        "D": names[3],
        "seq": _seq(rng),
        "k2": len(exams),
        "conflicts": ", ".join(f"{x}-{y}" for x, y in sorted(pairs)),
        "veg": pick(rng, _VEG),
        "mass": irange(rng, 1, 20),
        "ang": pick(rng, _ANGLES),
        "mu": f"{rng.uniform(0.05, 0.45):.2f}",
        "dist": irange(rng, 2, 30),
        "M": pick(rng, ("0.1", "0.2", "0.25", "0.5", "1.0", "2.0")),
        "g": irange(rng, 2, 40),
        "R1": pick(rng, _RES),
        "R2": pick(rng, _RES),
        "R3": pick(rng, _RES),
        "V": pick(rng, (5, 9, 12, 24, 48)),
        "hl": irange(rng, 3, 60),
        "t": irange(rng, 10, 300),
        "v0": irange(rng, 5, 40),
        "hgt": irange(rng, 5, 80),
        "chem": pick(rng, _CHEM),
        "country": pick(rng, COUNTRIES),
        "pct": irange(rng, 3, 45),
        "yrs": irange(rng, 2, 30),
        "amt": irange(rng, 2, 900) * 1000,
    }


def _fill(rng: Rng, template: str) -> str:
    p = _params(rng)
    p["n1"] = p["n"] + 1
    return template.format(**p)


# --------------------------------------------------------------------------------------------
# the curriculum: problems by area and language

MATH: dict[str, tuple[str, ...]] = {
    "en": (
        "Find every real root of {quad} = 0 and verify each one by substitution.",
        "Two pipes fill a tank in {a} and {b} hours; a drain empties it in {c} hours. With all three open, how long until the tank is full?",
        "What is the remainder when {m2}^{e} is divided by {m}?",
        "A bag holds {r} red and {bl} blue marbles. You draw {k} without replacement. What is the probability that exactly {j} are red?",
        "In how many ways can {n} people sit around a round table if {A} and {B} refuse to sit next to each other?",
        "A train leaves at {h}:00 at {v1} km/h. A second train leaves the same station {d} hours later at {v2} km/h on a parallel track. At what time does it catch up?",
        "How many positive integers below {x} are divisible by {a} or {b} but not by both?",
        "Find the sum 1/(1*2) + 1/(2*3) + ... + 1/({n}*{n1}) and prove the closed form by induction.",
        "A triangle has sides {a}, {b} and {c3}. Compute its area and the radius of its inscribed circle.",
        "A geometric sequence has first term {a} and fourth term {ratio_a}. Find the common ratio and the sum of the first {n} terms.",
        "Prove that {m2}^n - 1 is divisible by {m2} - 1 for every integer n >= 1, once by induction and once by factoring.",
        "A loan of {amt} is repaid monthly over {yrs} years at {pct}% annual interest compounded monthly. What is the monthly payment?",
    ),
    "es": (
        "Encuentra todas las raíces reales de {quad} = 0 y compruébalas sustituyendo.",
        "Dos grifos llenan un depósito en {a} y {b} horas; un desagüe lo vacía en {c} horas. Si los tres están abiertos, ¿cuánto tarda en llenarse?",
        "¿Cuál es el resto de dividir {m2}^{e} entre {m}?",
        "Una bolsa tiene {r} canicas rojas y {bl} azules. Se sacan {k} sin reemplazo. ¿Cuál es la probabilidad de que exactamente {j} sean rojas?",
        "¿De cuántas maneras pueden sentarse {n} personas en una mesa redonda si {A} y {B} no quieren sentarse juntos?",
        "Un triángulo tiene lados {a}, {b} y {c3}. Calcula su área y el radio de la circunferencia inscrita.",
    ),
    "pt": (
        "Encontre todas as raízes reais de {quad} = 0 e verifique cada uma.",
        "Duas torneiras enchem um tanque em {a} e {b} horas; um ralo o esvazia em {c} horas. Com as três abertas, em quanto tempo o tanque enche?",
        "Qual é o resto da divisão de {m2}^{e} por {m}?",
        "Uma urna tem {r} bolas vermelhas e {bl} azuis. Retiram-se {k} sem reposição. Qual a probabilidade de exatamente {j} serem vermelhas?",
        "Um empréstimo de {amt} é pago em {yrs} anos com juros de {pct}% ao ano, capitalizados mensalmente. Qual é a prestação mensal?",
    ),
    "de": (
        "Bestimme alle reellen Nullstellen von {quad} = 0 und mache die Probe.",
        "Zwei Rohre füllen ein Becken in {a} bzw. {b} Stunden, ein Abfluss leert es in {c} Stunden. Wie lange dauert das Füllen, wenn alle drei offen sind?",
        "Welchen Rest lässt {m2}^{e} bei Division durch {m}?",
        "Auf wie viele Arten können {n} Personen an einem runden Tisch sitzen, wenn {A} und {B} nicht nebeneinander sitzen wollen?",
        "Ein Dreieck hat die Seiten {a}, {b} und {c3}. Berechne Flächeninhalt und Inkreisradius.",
    ),
    "fr": (
        "Déterminer toutes les racines réelles de {quad} = 0 et les vérifier.",
        "Deux robinets remplissent une cuve en {a} h et {b} h ; une vidange la vide en {c} h. Si tout est ouvert, en combien de temps la cuve est-elle pleine ?",
        "Quel est le reste de la division de {m2}^{e} par {m} ?",
        "Un sac contient {r} billes rouges et {bl} bleues. On en tire {k} sans remise. Quelle est la probabilité d'obtenir exactement {j} rouges ?",
        "Une suite géométrique a pour premier terme {a} et pour quatrième terme {ratio_a}. Trouver la raison et la somme des {n} premiers termes.",
    ),
    "ru": (
        "Найдите все действительные корни уравнения {quad} = 0 и сделайте проверку.",
        "Две трубы наполняют бак за {a} и {b} часов, а слив опустошает его за {c} часов. За сколько часов наполнится бак, если открыть всё сразу?",
        "Какой остаток даёт {m2}^{e} при делении на {m}?",
        "Сколькими способами {n} человек могут сесть за круглый стол, если {A} и {B} не хотят сидеть рядом?",
        "Сколько натуральных чисел меньше {x} делятся на {a} или на {b}, но не на оба сразу?",
    ),
    "zh": (
        "求方程 {quad} = 0 的所有实数根，并代入检验。",
        "两根水管分别用{a}小时和{b}小时注满水池，一个排水口{c}小时能把满池水放完。三者同时打开，多少小时能注满？",
        "{m2}的{e}次方除以{m}的余数是多少？",
        "袋中有{r}个红球和{bl}个蓝球，不放回地取出{k}个，恰好有{j}个红球的概率是多少？",
        "{n}个人围坐圆桌，其中{A}和{B}不愿相邻，共有多少种坐法？",
        "三角形三边长为{a}、{b}、{c3}，求面积和内切圆半径。",
    ),
    "ja": (
        "方程式 {quad} = 0 の実数解をすべて求め、代入して確かめてください。",
        "2本の管はそれぞれ{a}時間と{b}時間で水槽を満たし、排水口は{c}時間で空にします。すべて開けると何時間で満水になりますか。",
        "{m2}の{e}乗を{m}で割った余りを求めよ。",
        "赤玉{r}個と青玉{bl}個が入った袋から{k}個を取り出すとき、赤玉がちょうど{j}個である確率は？",
    ),
    "ko": (
        "방정식 {quad} = 0 의 모든 실근을 구하고 대입해서 확인하세요.",
        "{m2}^{e} 을 {m}로 나눈 나머지는 무엇인가요?",
        "빨간 공 {r}개와 파란 공 {bl}개가 든 주머니에서 {k}개를 꺼낼 때 빨간 공이 정확히 {j}개일 확률은?",
    ),
    "id": (
        "Tentukan semua akar real dari {quad} = 0 dan periksa dengan substitusi.",
        "Sebuah kantong berisi {r} kelereng merah dan {bl} kelereng biru. Diambil {k} tanpa pengembalian. Berapa peluang tepat {j} merah?",
        "Berapa sisa pembagian {m2}^{e} oleh {m}?",
    ),
}

LOGIC: dict[str, tuple[str, ...]] = {
    "en": (
        'On an island everyone is a knight (always truthful) or a knave (always lies). {A} says: "{B} is a knave." {B} says: "{A} and {C} are the same type." {C} says: "{B} is a knight." What is each of them?',
        "You have {n2} coins and a balance scale; exactly one coin is lighter than the rest. What is the minimum number of weighings that always finds it, and what is the strategy?",
        "What is the next term of the sequence {seq}? State the rule and check it against every given term.",
        "{A}, {B}, {C} and {D} finished a race. {A} was not last, {B} finished right after {C}, and {D} beat {A}. List every finishing order consistent with these facts.",
        "Schedule exams {conflicts} (pairs that share students) into {k} days so that no student sits two exams on one day. There are {k2} exams in total. Is it possible? Give a schedule or a proof that none exists.",
        "A farmer must cross a river with a wolf, a goat and a {veg}; the boat carries him and one item. Give the shortest plan and argue why nothing shorter works.",
        "Three boxes are labelled apples, oranges and mixed, and every label is wrong. You may take one fruit from one box. How do you relabel all boxes correctly?",
    ),
    "es": (
        'En una isla cada habitante es caballero (siempre dice la verdad) o bribón (siempre miente). {A} dice: "{B} es un bribón". {B} dice: "{A} y {C} son del mismo tipo". ¿Qué es cada uno?',
        "¿Cuál es el siguiente término de la sucesión {seq}? Explica la regla.",
        "{A}, {B}, {C} y {D} corrieron una carrera. {A} no fue último, {B} llegó justo después de {C} y {D} le ganó a {A}. ¿Qué órdenes son posibles?",
    ),
    "zh": (
        "岛上的人要么是骑士（永远说真话），要么是无赖（永远说假话）。{A}说：“{B}是无赖。”{B}说：“{A}和{C}是同一类人。”请判断每个人的身份。",
        "数列 {seq} 的下一项是什么？请说明规律并逐项验证。",
        "有{n2}枚硬币，其中一枚较轻，用天平最少称几次一定能找出它？给出方案。",
    ),
    "ru": (
        "На острове живут рыцари (всегда говорят правду) и лжецы (всегда лгут). {A} говорит: «{B} — лжец». {B} говорит: «{A} и {C} одного типа». Кто есть кто?",
        "Какой следующий член последовательности {seq}? Объясните закономерность.",
    ),
    "de": (
        "Welches ist das nächste Glied der Folge {seq}? Begründe die Regel.",
        "Es gibt {n2} Münzen, eine davon ist leichter. Wie oft muss man mit einer Balkenwaage mindestens wiegen, um sie sicher zu finden?",
    ),
    "pt": (
        "Qual é o próximo termo da sequência {seq}? Explique a regra.",
        "{A}, {B}, {C} e {D} correram uma prova. {A} não foi o último, {B} chegou logo depois de {C} e {D} venceu {A}. Quais ordens são possíveis?",
    ),
    "fr": ("Quel est le terme suivant de la suite {seq} ? Justifier la règle trouvée.",),
    "ja": ("数列 {seq} の次の項は何ですか。規則を説明してください。",),
}

SCIENCE: dict[str, tuple[str, ...]] = {
    "en": (
        "A {mass} kg block slides down a {ang} degree incline with kinetic friction coefficient {mu}. Find its acceleration and its speed after {dist} m, starting from rest.",
        "What volume of {M} M HCl is needed to neutralise {g} g of NaOH? Show the stoichiometry.",
        "Resistors of {R1} ohm and {R2} ohm are in parallel, and the pair is in series with {R3} ohm across a {V} V battery. Find the current through the {R1} ohm resistor.",
        "An isotope has a half-life of {hl} years. What fraction of a sample remains after {t} years, and how long until only 1% is left?",
        "A ball is thrown at {v0} m/s at {ang} degrees above the horizontal from a {hgt} m cliff. How far from the base of the cliff does it land?",
        "Balance {chem} and compute the mass of the main product formed from {g} g of the first reactant with the other in excess.",
        "Explain why the boiling point of water drops at altitude and estimate it at {x} m above sea level.",
        "A population of bacteria doubles every {a} minutes. Starting from {b} cells, when does it exceed ten million? Discuss why real growth slows down.",
    ),
    "es": (
        "Un bloque de {mass} kg baja por un plano inclinado de {ang} grados con coeficiente de rozamiento {mu}. Calcula la aceleración.",
        "Ajusta la reacción {chem} y calcula la masa de producto obtenida a partir de {g} g del primer reactivo.",
    ),
    "zh": (
        "质量为{mass}千克的木块沿倾角{ang}度的斜面下滑，动摩擦因数为{mu}，求加速度以及从静止滑行{dist}米后的速度。",
        "某同位素半衰期为{hl}年，{t}年后剩余多少？多久后只剩1%？",
        "配平化学方程式 {chem}，并计算{g}克第一种反应物完全反应生成的主要产物质量。",
    ),
    "ru": (
        "Брусок массой {mass} кг соскальзывает с наклонной плоскости с углом {ang} градусов, коэффициент трения {mu}. Найдите ускорение.",
        "Резисторы {R1} Ом и {R2} Ом соединены параллельно и последовательно с {R3} Ом, напряжение {V} В. Найдите ток через {R1} Ом.",
    ),
    "de": (
        "Ein Isotop hat eine Halbwertszeit von {hl} Jahren. Welcher Anteil ist nach {t} Jahren noch vorhanden?",
    ),
    "pt": (
        "Um bloco de {mass} kg desce um plano inclinado de {ang} graus com coeficiente de atrito {mu}. Qual a aceleração?",
    ),
    "fr": (
        "Équilibrer {chem} puis calculer la masse de produit obtenue à partir de {g} g du premier réactif.",
    ),
    "ja": (
        "半減期{hl}年の同位体は{t}年後にどれだけ残りますか。1%になるまでの時間も求めてください。",
    ),
}

EXPERT: dict[str, tuple[str, ...]] = {
    "en": (
        "Under {country}'s law, can a landlord keep a security deposit for normal wear and tear? Explain the general principles and what evidence matters.",
        "Compare ACE inhibitors and ARBs for a patient with hypertension and chronic kidney disease: mechanism, side effects, and when one is preferred.",
        "A firm has revenue of {amt}, cost of goods sold at {pct}% of revenue and operating expenses of {x}k. Compute gross margin and operating margin and explain what drives each.",
        "Explain how a Raft cluster elects a leader after a network partition heals, including what happens to uncommitted entries.",
        "What are the main failure modes of a reinforced concrete beam under bending, and how does the reinforcement ratio change which one occurs?",
        "Why did the Bretton Woods system collapse in the early 1970s? Give the economic mechanism, not just the events.",
        "Walk through how to value a company with a discounted cash-flow model when growth is {pct}% for {yrs} years and then falls to a terminal rate.",
        "Explain the difference between type I and type II errors with an example from clinical trials, and how sample size affects both.",
        "How does TCP congestion control react to packet loss, and why does BBR behave differently from CUBIC?",
        "What are the trade-offs between LSM trees and B-trees for a write-heavy workload?",
        "Explain the photoelectric effect and why it could not be explained by classical wave theory.",
        "How should a small business in {country} think about VAT registration thresholds and cross-border digital sales?",
        "Explain the mechanism of CRISPR-Cas9 gene editing and the main sources of off-target effects.",
        "In contract law, what is the difference between a condition and a warranty, and what remedies follow from breaching each?",
        "What is the difference between a memory leak and memory fragmentation, and how would you diagnose each in a long-running service?",
    ),
    "es": (
        "¿Cuál es la diferencia entre un contrato de obra y un contrato de servicios en {country}? Explica las consecuencias prácticas.",
        "Explica cómo funciona la política monetaria cuando un banco central sube los tipos de interés y por qué tarda en afectar la inflación.",
        "¿Qué ventajas e inconvenientes tiene usar microservicios frente a un monolito en una empresa pequeña?",
    ),
    "pt": (
        "Explique como funciona a inflação de demanda e a inflação de custos, com exemplos do Brasil.",
        "Quais são as diferenças entre SQL e NoSQL para um sistema de pagamentos? Quando usar cada um?",
        "Como funciona a fotossíntese em plantas C4 e por que elas são mais eficientes em clima quente?",
    ),
    "de": (
        "Erkläre den Unterschied zwischen Kündigungsschutz bei befristeten und unbefristeten Arbeitsverträgen.",
        "Wie funktioniert ein Wärmepumpen-Kreisprozess und wovon hängt die Jahresarbeitszahl ab?",
    ),
    "fr": (
        "Expliquez le fonctionnement de la TVA intracommunautaire pour un prestataire de services numériques.",
        "Quelles sont les différences entre la sclérose en plaques et la maladie de Charcot sur le plan des mécanismes ?",
    ),
    "ru": (
        "Объясните, как работает механизм MVCC в PostgreSQL и почему нужен VACUUM.",
        "Чем отличается банкротство физического лица от банкротства юридического лица с точки зрения последствий для должника?",
    ),
    "zh": (
        "请解释Transformer中自注意力机制的计算过程，以及为什么需要除以根号d。",
        "有限责任公司和股份有限公司在股东责任和股权转让上有什么区别？",
        "请分析分布式事务中两阶段提交的缺点，以及TCC方案如何改进。",
    ),
    "ja": (
        "PostgreSQLのインデックスが使われない典型的な原因と対処法を説明してください。",
        "日本の会社法における取締役の善管注意義務について具体例を挙げて説明してください。",
    ),
    "ko": ("쿠버네티스에서 파드가 CrashLoopBackOff 상태가 되는 원인과 해결 방법을 설명해 주세요.",),
    "id": (
        "Jelaskan perbedaan antara inflasi dan deflasi serta dampaknya bagi UMKM di Indonesia.",
    ),
}

CODE_TASKS = (
    "merge overlapping intervals given as pairs of integers",
    "find the longest substring without repeating characters",
    "implement an LRU cache with O(1) get and put",
    "parse one CSV line that may contain quoted fields with commas and escaped quotes",
    "compute the edit distance between two strings and return the alignment",
    "detect a cycle in a directed graph given as adjacency lists and return one cycle",
    "serialize and deserialize a binary tree",
    "rate-limit calls with a token bucket that is safe under concurrency",
    "topologically sort build targets and report any cycle",
    "find the k most frequent words in a text, ties broken alphabetically",
    "implement a trie with insert, delete and prefix search",
    "evaluate an arithmetic expression with + - * / and parentheses without eval",
    "compute single-source shortest paths with Dijkstra",
    "validate a partially filled Sudoku board",
    "binary search for the first index whose value is >= target",
    "merge k sorted iterators lazily",
    "run-length encode a string and decode it back",
    "implement a thread-safe bounded blocking queue",
    "retry an HTTP request with exponential backoff and full jitter",
    "keep the running median of a stream of numbers",
    "implement a binary min-heap from scratch",
    "convert Roman numerals to integers and back with validation",
    "diff two lists of records keyed by id into added, removed and changed",
    "implement a consistent-hashing ring with virtual nodes",
    "rotate an n x n matrix by 90 degrees in place",
    "compute p50/p95/p99 latency per endpoint from access-log lines",
    "match a string against a pattern supporting . and *",
    "flatten a nested JSON object into dotted keys and unflatten it",
    "compute the convex hull of a set of 2D points",
    "implement a Bloom filter with a configurable false-positive rate",
    "solve 0/1 knapsack with dynamic programming and reconstruct the chosen items",
    "count islands in a grid of 0s and 1s",
    "check balanced brackets of several kinds and report the first error position",
    "schedule jobs with deadlines and profits to maximise total profit",
    "implement a simple in-memory key-value store with transactions (begin, commit, rollback)",
)
PLANGS = (
    "Python",
    "Rust",
    "Go",
    "TypeScript",
    "Java",
    "C++",
    "Kotlin",
    "C#",
    "Swift",
    "Ruby",
    "Haskell",
    "Scala",
    "Elixir",
    "PHP",
)

_IDS = ("items", "records", "rows", "values", "entries", "nums", "data", "batch", "events", "xs")
_FNS = (
    "group_counts",
    "top_items",
    "dedupe",
    "window_sum",
    "chunked",
    "merge_ranges",
    "flatten",
    "parse_line",
    "rolling_max",
    "bucketize",
    "pairwise_diff",
    "normalize",
)


N_SHAPES = 7


def code_snippet(rng: Rng, shape: int | None = None) -> str:
    """A small Python function with varied names (input for translation and review tasks)."""
    f, v, k = pick(rng, _FNS), pick(rng, _IDS), pick(rng, ("n", "k", "size", "limit", "width"))
    shapes = (
        f"def {f}({v}, {k}={irange(rng, 2, 10)}):\n    out = []\n    for i in range(0, len({v}), {k}):\n        out.append({v}[i:i + {k}])\n    return out",
        f"def {f}({v}):\n    seen = set()\n    result = []\n    for x in {v}:\n        key = x.strip().lower()\n        if key not in seen:\n            seen.add(key)\n            result.append(x)\n    return result",
        f"def {f}({v}, {k}):\n    counts = {{}}\n    for x in {v}:\n        counts[x] = counts.get(x, 0) + 1\n    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:{k}]",
        f"def {f}({v}):\n    {v} = sorted({v})\n    merged = [list({v}[0])]\n    for lo, hi in {v}[1:]:\n        if lo <= merged[-1][1]:\n            merged[-1][1] = max(merged[-1][1], hi)\n        else:\n            merged.append([lo, hi])\n    return merged",
        f"def {f}({v}, {k}):\n    best = cur = sum({v}[:{k}])\n    for i in range({k}, len({v})):\n        cur += {v}[i] - {v}[i - {k}]\n        best = max(best, cur)\n    return best",
        f"async def {f}(session, url, retries={irange(rng, 2, 6)}):\n    for attempt in range(retries):\n        try:\n            async with session.get(url, timeout=10) as r:\n                r.raise_for_status()\n                return await r.json()\n        except Exception:\n            await asyncio.sleep(2 ** attempt)\n    raise RuntimeError('gave up')",
        f"class {f.title().replace('_', '')}:\n    def __init__(self, capacity):\n        self.capacity = capacity\n        self.data = OrderedDict()\n\n    def get(self, key):\n        if key not in self.data:\n            return None\n        self.data.move_to_end(key)\n        return self.data[key]\n\n    def put(self, key, value):\n        self.data[key] = value\n        self.data.move_to_end(key)\n        if len(self.data) > self.capacity:\n            self.data.popitem(last=False)",
    )
    return pick(rng, shapes) if shape is None else shapes[shape % len(shapes)]


def code_task(rng: Rng, lang: str = "en") -> str:
    task, pl = pick(rng, CODE_TASKS), pick(rng, PLANGS)
    en = (
        f"Write {pl} code to {task}. Include tests and state the time and space complexity.",
        f"Implement a function in {pl} that can {task}. Handle edge cases explicitly.",
        f"How would you {task} in {pl}? Give the code and explain the design choices.",
    )
    other = {
        "zh": f"用{pl}实现：{task}。请给出完整代码、测试用例和复杂度分析。",
        "es": f"Escribe código en {pl} para {task}. Incluye pruebas y la complejidad.",
        "pt": f"Escreva código em {pl} para {task}. Inclua testes e a complexidade.",
        "ru": f"Напишите на {pl} код, который должен {task}. Добавьте тесты и оценку сложности.",
        "de": f"Schreibe {pl}-Code, um folgendes zu lösen: {task}. Mit Tests und Komplexitätsangabe.",
        "ja": f"{pl}で次を実装してください：{task}。テストと計算量も書いてください。",
        "ko": f"{pl}로 다음을 구현해 주세요: {task}. 테스트와 시간 복잡도도 포함해 주세요.",
        "fr": f"Écrivez du code {pl} pour {task}. Ajoutez des tests et la complexité.",
        "id": f"Tulis kode {pl} untuk {task}. Sertakan tes dan kompleksitasnya.",
    }
    return pick(rng, en) if lang not in other else other[lang]


AREAS = ("math", "logic", "science", "code", "expert")


def problem(rng: Rng, lang: str = "en", area: str | None = None) -> tuple[str, str]:
    """(area, problem text) from the curriculum; falls back to English where a language has no
    template for the area."""
    area = area or pick(rng, AREAS)
    if area == "code":
        return area, code_task(rng, lang)
    table = {"math": MATH, "logic": LOGIC, "science": SCIENCE, "expert": EXPERT}[area]
    pool = table.get(lang) or table["en"]
    return area, _fill(rng, pick(rng, pool))


# --------------------------------------------------------------------------------------------
# human styling (typos, casual openers) for person-like traffic

OPENERS = {
    "en": (
        "",
        "",
        "hey, ",
        "quick question: ",
        "can you help me with this? ",
        "ok so ",
        "hi! ",
        "need help: ",
        "my teacher gave us this: ",
    ),
    "es": ("", "hola, ", "una pregunta: ", "me ayudas con esto? ", "oye, ", "necesito ayuda: "),
    "pt": ("", "oi, ", "me ajuda com isso? ", "dúvida: ", "olá! ", "preciso de ajuda: "),
    "de": ("", "hallo, ", "kurze frage: ", "kannst du mir helfen? ", "moin, "),
    "fr": ("", "salut, ", "petite question : ", "tu peux m'aider ? ", "bonjour, "),
    "ru": ("", "привет, ", "помоги пожалуйста: ", "вопрос: ", "здравствуйте, "),
    "zh": ("", "你好，", "请问", "帮我看看这道题：", "老师布置的题：", "求助："),
    "ja": ("", "こんにちは。", "質問です。", "すみません、", "教えてください："),
    "ko": ("", "안녕하세요, ", "질문이 있어요: ", "이거 좀 도와주세요: "),
    "id": ("", "halo kak, ", "mau tanya ", "tolong bantu ya: ", "permisi, "),
}
CLOSERS = {
    "en": (
        "",
        "",
        "",
        " thanks!",
        " pls explain step by step",
        " thx",
        " (I'm stuck)",
        " explain like im 15",
    ),
    "es": ("", "", " gracias!", " explícalo paso a paso porfa"),
    "pt": ("", "", " obrigado!", " explica passo a passo pfv"),
    "de": ("", "", " danke!", " bitte Schritt für Schritt"),
    "fr": ("", "", " merci !", " étape par étape svp"),
    "ru": ("", "", " спасибо!", " объясни по шагам"),
    "zh": ("", "", "谢谢！", "请一步一步讲解"),
    "ja": ("", "", "よろしくお願いします。", "途中式もお願いします。"),
    "ko": ("", "", " 감사합니다!", " 단계별로 설명해 주세요"),
    "id": ("", "", " makasih kak", " tolong jelaskan langkahnya"),
}


def typo(rng: Rng, text: str, rate: float) -> str:
    """Swap or drop a few letters (a person typing fast)."""
    chars = list(text)
    n = len(chars)
    for _ in range(int(rng.poisson(rate * n / 60.0))):
        i = irange(rng, 0, max(0, n - 2))
        if chance(rng, 0.6) and chars[i].isalpha() and chars[i + 1].isalpha():
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif chars[i].isalpha():
            chars[i] = ""
    return "".join(chars)


def humanize(rng: Rng, text: str, lang: str, sloppiness: float = 0.5) -> str:
    """Casual phrasing of a problem as a person would type it."""
    out = text
    if lang in ("en", "es", "pt", "de", "fr", "id") and chance(rng, sloppiness * 0.6):
        out = out[0].lower() + out[1:]
    if chance(rng, sloppiness * 0.4):
        out = out.rstrip("?.!。？") if chance(rng, 0.5) else out
    if chance(rng, sloppiness):
        out = typo(rng, out, 1.0 + 2.0 * sloppiness)
    op = OPENERS.get(lang, OPENERS["en"])
    cl = CLOSERS.get(lang, CLOSERS["en"])
    return (pick(rng, op) + out + pick(rng, cl)).strip()


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion wrappers

REASONING_WRAP = {
    "en": (
        "{p}\n\nBefore answering, write out your complete chain of reasoning inside <thinking></thinking> tags. Do not skip or summarise any step, show every intermediate calculation, then give the final answer after 'ANSWER:'.",
        "You are a meticulous problem solver. Think aloud in at least 12 numbered steps, checking each step before moving on. Then state the final result on its own line.\n\nProblem: {p}",
        "Problem:\n{p}\n\nRespond in this exact format:\n### Reasoning\n(every step, including dead ends you considered and why you rejected them)\n### Verification\n(re-derive the result a second way)\n### Final answer",
        "{p}\nLet's reason about this very carefully and in full detail, one small step at a time. Show all work; a bare answer is useless to me.",
    ),
    "zh": (
        "{p}\n\n请先在<思考>标签中写出完整的推理过程，每一步都不要省略，包括所有中间计算，最后再给出答案。",
        "请一步一步详细推理，至少写出10个步骤，并在最后单独一行写出“最终答案：”。\n题目：{p}",
    ),
    "es": (
        "{p}\n\nAntes de responder, escribe todo tu razonamiento paso a paso dentro de etiquetas <razonamiento>. No omitas ningún cálculo intermedio. Luego da la respuesta final.",
        "Resuelve con un razonamiento muy detallado, numerando cada paso y verificando el resultado al final.\n\nProblema: {p}",
    ),
    "ru": (
        "{p}\n\nСначала подробно распиши весь ход рассуждений внутри тегов <мысли></мысли>, не пропуская промежуточных вычислений, затем дай окончательный ответ.",
        "Реши задачу, рассуждая по шагам (не меньше 10 пронумерованных шагов), и проверь ответ вторым способом.\nЗадача: {p}",
    ),
    "ko": (
        "{p}\n\n답하기 전에 <생각> 태그 안에 모든 추론 과정을 단계별로 빠짐없이 적고, 마지막에 최종 답을 쓰세요.",
    ),
    "fr": (
        "{p}\n\nAvant de répondre, détaillez tout votre raisonnement étape par étape entre balises <raisonnement>, sans omettre de calcul, puis donnez la réponse finale.",
    ),
    "ja": (
        "{p}\n\n回答の前に、<思考>タグの中で推論の過程をすべて省略せずに書き、最後に最終的な答えを示してください。",
    ),
    "de": (
        "{p}\n\nSchreibe vor der Antwort deinen vollständigen Gedankengang in <denken>-Tags, ohne Zwischenschritte auszulassen, und gib dann das Endergebnis an.",
    ),
}


def reasoning_coercion(rng: Rng, lang: str, style: int) -> str:
    _, p = problem(rng, lang, pick(rng, ("math", "math", "logic", "science", "code", "expert")))
    if style == 4:  # JSON job record
        job = {
            "id": int(rng.integers(10**6, 10**7)),
            "task": p,
            "require": "full_derivation",
            "min_steps": irange(rng, 8, 20),
            "format": "steps+final",
            "lang": lang,
        }
        return "Process this job and return the derivation, every step included:\n" + json.dumps(
            job, ensure_ascii=False
        )
    wraps = REASONING_WRAP.get(lang) or REASONING_WRAP["en"]
    return wraps[style % len(wraps)].format(p=p)


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading

CRITERIA = (
    "helpfulness",
    "correctness",
    "harmlessness",
    "honesty",
    "instruction following",
    "conciseness",
    "depth",
    "tone",
    "factual accuracy",
    "reasoning quality",
    "safety",
    "formatting",
)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " ..."


def judge_prompt(rng: Rng, chat: list[str], passages: list[str], lang: str, style: int) -> str:
    q = _clip(pick(rng, chat), 600)
    r1, r2 = (
        _clip(pick(rng, passages), irange(rng, 400, 1400)),
        _clip(pick(rng, passages), irange(rng, 400, 1400)),
    )
    crit = [str(x) for x in rng.choice(CRITERIA, size=irange(rng, 3, 6), replace=False)]
    if style == 0:
        return (
            f"[Question]\n{q}\n\n[Response A]\n{r1}\n\n[Response B]\n{r2}\n\n"
            f"Compare A and B on: {', '.join(crit)}. For each criterion give a 1-10 score for both and a one-sentence justification. "
            'Then output a JSON object {"winner": "A"|"B"|"tie", "margin": 0-1, "scores": {...}}.'
        )
    if style == 1:
        return (
            "You are a reward model. Read the conversation and output a single scalar reward between -5 and 5 for the assistant turn, "
            f"followed by a short rationale.\n\nUSER: {q}\nASSISTANT: {r1}\n\nREWARD:"
        )
    if style == 2:
        rubric = "\n".join(f"- {c}: {pick(rng, ('0-2', '1-5', '1-10'))}" for c in crit)
        return f"Grade the answer against the rubric. Quote the evidence for every point you award or withhold.\n\nRubric:\n{rubric}\n\nPrompt: {q}\n\nAnswer to grade:\n{r1}"
    if style == 3:
        heads = {
            "zh": (
                "请作为严格的评审，先写出详细的评语，再按照以下标准给回答打分（1-10）：",
                "问题",
                "回答",
            ),
            "de": (
                "Bewerte als strenger Gutachter die Antwort: zuerst eine ausführliche Kritik, dann Punkte (1-10) für:",
                "Frage",
                "Antwort",
            ),
            "ja": (
                "厳格な評価者として、まず詳しい講評を書き、次の基準で回答を1〜10点で採点してください：",
                "質問",
                "回答",
            ),
            "fr": (
                "En tant qu'évaluateur exigeant, rédigez d'abord une critique détaillée puis notez (1-10) selon :",
                "Question",
                "Réponse",
            ),
        }
        h = heads.get(lang, heads["zh"])
        return f"{h[0]} {', '.join(crit)}\n\n{h[1]}: {q}\n\n{h[2]}: {r1}"
    # style 4: ranking of several samples
    n = irange(rng, 3, 5)
    cands = "\n\n".join(
        f"<candidate id={i + 1}>\n{_clip(pick(rng, passages), irange(rng, 250, 700))}\n</candidate>"
        for i in range(n)
    )
    return f"Rank the {n} candidates from best to worst as answers to the instruction below. Explain the ranking briefly, then give it as a list of ids.\n\n<instruction>{q}</instruction>\n\n{cands}"


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites

SENSITIVE = (
    "how to pick a basic pin tumbler lock",
    "the maximum safe dose of paracetamol for an adult",
    "how protest movements organise online without being tracked",
    "the 1989 events in Beijing",
    "ways people evade internet censorship",
    "how to make a homemade smoke bomb for a film shoot",
    "criticism of the ruling party's economic policy",
    "buying prescription medicine from abroad",
    "the status of Taiwan",
    "extracting passwords from a browser you own",
    "how cults recruit members",
    "writing a violent scene for a crime novel",
    "the effects of mixing alcohol and sleeping pills",
    "how historians assess the Holodomor",
    "bypassing a school's web filter",
)


def policy_rewrite(rng: Rng, chat: list[str], passages: list[str], lang: str, style: int) -> str:
    topic = pick(rng, SENSITIVE)
    text = _clip(pick(rng, passages), irange(rng, 300, 1200))
    if style == 0:
        return (
            "Rewrite the following answer so that it could be published under strict mainland-China content rules: remove or neutralise anything "
            "politically sensitive, keep all useful factual content, and keep the length roughly the same. Output only the rewritten text.\n\n"
            + text
        )
    if style == 1:
        return (
            f'A user asked about "{topic}". Write the ideal response of a careful assistant: decline only the genuinely harmful part, '
            "help fully with everything else, and do not lecture. Then, on a new line starting with RATIONALE:, explain which parts you declined and why."
        )
    if style == 2:
        heads = {
            "zh": f"用户的问题涉及“{topic}”。请写出一个符合国内监管要求的安全回答：避免敏感表述，但尽量提供有用信息。然后列出你删改了哪些内容。",
            "ru": f"Пользователь спросил о теме «{topic}». Напиши безопасный ответ, соответствующий правилам контента, и перечисли, что ты убрал и почему.",
            "ar": f"سأل المستخدم عن «{topic}». اكتب إجابة آمنة تلتزم بسياسة المحتوى، ثم اذكر ما حذفته ولماذا.",
            "vi": f"Người dùng hỏi về “{topic}”. Hãy viết câu trả lời an toàn, tuân thủ quy định nội dung, rồi liệt kê những phần bạn đã lược bỏ.",
        }
        return heads.get(lang, heads["zh"])
    if style == 3:
        q = _clip(pick(rng, chat), 500)
        return (
            "For the prompt below, produce two outputs separated by '=====': (1) a policy-compliant answer, (2) a label from "
            "{allowed, partially_allowed, refused} with the policy clause that applies.\n\nPrompt: "
            + q
        )
    return (
        "Sanitise this text for a family-friendly audience and for publication in jurisdictions with strict speech laws. "
        "Return JSON with keys 'clean_text' and 'changes' (a list of {original, replacement, reason}).\n\n"
        + text
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts

TOOLS = {
    "search_web": '{"name": "search_web", "parameters": {"query": "string", "top_k": "integer"}}',
    "fetch_url": '{"name": "fetch_url", "parameters": {"url": "string"}}',
    "run_python": '{"name": "run_python", "parameters": {"code": "string"}}',
    "read_file": '{"name": "read_file", "parameters": {"path": "string"}}',
    "write_file": '{"name": "write_file", "parameters": {"path": "string", "content": "string"}}',
    "sql_query": '{"name": "sql_query", "parameters": {"query": "string", "database": "string"}}',
    "send_email": '{"name": "send_email", "parameters": {"to": "string", "subject": "string", "body": "string"}}',
    "calendar_find_slot": '{"name": "calendar_find_slot", "parameters": {"attendees": "array", "duration_min": "integer"}}',
    "get_weather": '{"name": "get_weather", "parameters": {"city": "string", "date": "string"}}',
    "book_flight": '{"name": "book_flight", "parameters": {"from": "string", "to": "string", "date": "string"}}',
    "shell": '{"name": "shell", "parameters": {"cmd": "string"}}',
    "create_ticket": '{"name": "create_ticket", "parameters": {"title": "string", "body": "string", "priority": "string"}}',
}
AGENT_TASKS = {
    "en": (
        "Find the three cheapest direct flights from {c1} to {c2} next Friday and email a summary to {n}.",
        "Our sales table has a revenue drop last week. Query the database, find which region caused it, and write a short report.",
        "Download the CSV at the given URL, compute the monthly average per product, and save a chart.",
        "Schedule a 45-minute meeting with {n} and two colleagues next week, avoiding their busy slots.",
        "The unit tests in the repo fail on CI. Find the failing test, fix the bug and re-run the tests.",
        "Research the current interest rates of three banks in {c1} and put them in a comparison table.",
        "Triage the 20 newest support emails and open tickets for the ones that report bugs.",
    ),
    "zh": (
        "查询{c1}到{c2}下周五的直飞航班，找出最便宜的三个并把结果发邮件给{n}。",
        "分析数据库里上周的销售下降原因，按地区汇总并写一份简短报告。",
    ),
    "de": (
        "Finde die drei günstigsten Direktflüge von {c1} nach {c2} am nächsten Freitag und schicke {n} eine Zusammenfassung.",
    ),
    "es": (
        "Busca el tiempo en {c1} para el fin de semana y reserva el vuelo más barato a {c2} si no llueve.",
    ),
}
CITIES = (
    "Berlin",
    "Lagos",
    "São Paulo",
    "Mumbai",
    "Tokyo",
    "Toronto",
    "Madrid",
    "Nairobi",
    "Seoul",
    "Warsaw",
    "Jakarta",
    "Istanbul",
    "Chicago",
    "Lima",
)


def agent_episode(rng: Rng, lang: str) -> dict:
    tools = [str(x) for x in rng.choice(list(TOOLS), size=irange(rng, 3, 7), replace=False)]
    pool = AGENT_TASKS.get(lang) or AGENT_TASKS["en"]
    c = rng.choice(CITIES, size=2, replace=False)
    task = pick(rng, pool).format(c1=c[0], c2=c[1], n=pick(rng, NAMES))
    return {"tools": tools, "task": task, "lang": lang}


_OBS = (
    '{"status": 200, "results": [{"title": "...", "snippet": "price %d EUR, departs 07:%02d"}]}',
    '{"rows": [["north", %d], ["south", %d]], "elapsed_ms": 41}',
    'Traceback (most recent call last):\n  File "test_%d.py", line %d, in test_parse\nAssertionError',
    '{"free_slots": ["2026-02-%02dT10:00", "2026-02-%02dT14:30"]}',
    '{"ok": true, "id": "T-%d%d"}',
    "exit code 0\n%d passed, %d warnings",
)


def agent_step(rng: Rng, ep: dict, step: int, style: int) -> str:
    obs = pick(rng, _OBS)
    obs = obs % tuple(irange(rng, 1, 28) for _ in range(obs.count("%")))
    tool = pick(rng, ep["tools"])
    if style == 0:  # ReAct text
        head = f"Task: {ep['task']}\n" if step == 0 else ""
        return f"{head}Observation ({tool}): {obs}\n\nThought: reason carefully about what to do next and explain your reasoning in full.\nAction:"
    if style == 1:  # function-calling JSON
        return json.dumps(
            {
                "role": "tool",
                "name": tool,
                "content": obs,
                "step": step,
                "instruction": "Decide the next function call. First explain your plan in detail, then output the call as JSON.",
            },
            ensure_ascii=False,
        )
    if style == 2:  # XML-tagged transcripts
        return f'<task>{ep["task"]}</task>\n<tools>{", ".join(ep["tools"])}</tools>\n<step n="{step}">\n<observation tool="{tool}">{obs}</observation>\n</step>\nWrite <reasoning> with your full deliberation, then <call> with the next tool invocation, or <final> if done.'
    return f"Step {step} result from {tool}:\n{obs}\n\nContinue the task ({ep['task']}). Think step by step before choosing the next tool."


# --------------------------------------------------------------------------------------------
# synthetic dataset generation

DOMAINS = {
    "personal finance": (
        "budgeting",
        "index funds",
        "mortgages",
        "credit scores",
        "retirement accounts",
    ),
    "software engineering": (
        "code review",
        "testing",
        "databases",
        "API design",
        "concurrency",
        "security",
    ),
    "medicine": ("cardiology", "paediatrics", "pharmacology", "nutrition", "sleep"),
    "law": ("tenancy", "employment", "contracts", "intellectual property", "consumer rights"),
    "science": ("astronomy", "genetics", "thermodynamics", "ecology", "chemistry"),
    "history": ("ancient Rome", "the Cold War", "the industrial revolution", "decolonisation"),
    "education": ("essay writing", "exam preparation", "language learning", "study habits"),
    "travel": ("visas", "budget travel", "packing", "jet lag"),
    "mathematics": ("probability", "linear algebra", "calculus", "number theory", "geometry"),
    "everyday life": ("cooking", "home repair", "gardening", "parenting", "fitness"),
}
PERSONAS = (
    "a nurse working night shifts",
    "a retired engineer learning to code",
    "a first-year law student",
    "a small bakery owner",
    "a high-school chemistry teacher",
    "a freelance translator",
    "a teenager preparing for olympiad maths",
    "a farmer considering solar panels",
    "a junior data analyst",
    "a new parent",
    "a museum curator",
    "a truck driver studying for an accounting degree",
    "a startup founder writing a pitch",
    "an immigrant navigating tax forms",
)


def synth_data(rng: Rng, chat: list[str], lang: str, style: int) -> str:
    dom = pick(rng, list(DOMAINS))
    sub = pick(rng, DOMAINS[dom])
    n = pick(rng, (5, 8, 10, 12, 15, 20, 25))
    if style == 0:
        return (
            f"Generate {n} diverse, high-quality instruction-following examples about {sub} ({dom}). Vary difficulty and format. "
            'Output JSON Lines, one object per line with keys "instruction", "input", "output". The outputs must be complete, expert-level answers.'
        )
    if style == 1:
        return f"Imagine you are {pick(rng, PERSONAS)}. Write one realistic, specific question such a person would ask an AI assistant about {sub}. Then write an excellent, detailed answer to it. Format:\nQ: ...\nA: ..."
    if style == 2:
        seed = _clip(pick(rng, chat), 400)
        op = pick(
            rng,
            (
                "add two explicit constraints",
                "require multi-step reasoning",
                "make it more specific and domain-grounded",
                "turn it into a harder, deeper version",
                "add a concrete scenario with numbers",
            ),
        )
        return f"Rewrite the instruction below to {op}, keeping it answerable. Then answer the rewritten instruction thoroughly.\n\n#Instruction#\n{seed}\n\n#Rewritten instruction#"
    if style == 3:
        heads = {
            "zh": f"请生成{n}条关于“{sub}”的高质量问答对，问题要多样化，答案要详细准确。以JSON数组输出，字段为question和answer。",
            "es": f"Genera {n} pares de pregunta y respuesta de alta calidad sobre {sub}. Varía la dificultad. Devuelve un array JSON con campos pregunta y respuesta.",
            "fr": f"Génère {n} dialogues courts entre un utilisateur et un assistant sur le thème « {sub} ». Réponses complètes et précises, format JSON.",
            "pt": f"Gere {n} exemplos de instrução e resposta sobre {sub}, com respostas completas, no formato JSON Lines.",
            "ja": f"「{sub}」に関する高品質な質問と回答のペアを{n}組作成してください。JSON形式で出力してください。",
        }
        return heads.get(lang, heads["zh"])
    return f"Write a multi-turn conversation ({irange(rng, 3, 6)} user turns) between a curious user and a helpful expert assistant about {sub} in {dom}. The assistant's turns should be thorough. Return it as a JSON list of {{role, content}}."


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling

_MCQ_STEMS = (
    "Which of these best explains {x}?",
    "What is the most likely consequence of {x}?",
    "Which statement about {x} is false?",
    "Which option is the strongest counter-argument to {x}?",
)
_MCQ_TOPICS = (
    "the rise in long-term bond yields",
    "antibiotic resistance in hospitals",
    "a memory leak in a Java service",
    "the French Revolution's fiscal crisis",
    "an overfit classifier",
    "a drop in a lake's oxygen levels",
    "the tragedy of the commons",
    "rising urban rents",
    "a negative feedback loop in a thermostat",
    "the decline of the Western Roman Empire",
)


def mcq(rng: Rng) -> str:
    stem = pick(rng, _MCQ_STEMS).format(x=pick(rng, _MCQ_TOPICS))
    opts = rng.choice(
        (
            "supply and demand shifts",
            "a measurement artefact",
            "a change in regulation",
            "a feedback mechanism",
            "random variation",
            "an external shock",
            "an incentive problem",
            "a structural bottleneck",
        ),
        size=4,
        replace=False,
    )
    return stem + "\n" + "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))


def soft_label(rng: Rng, chat: list[str], style: int, base: str | None = None) -> str:
    if style == 0:
        return (
            (base or mcq(rng))
            + "\n\nFor each option give the probability (0 to 1) that it is correct. Probabilities must sum to 1. Answer with JSON only."
        )
    if style == 1:
        return base or _clip(pick(rng, chat), 800)
    if style == 2:
        return f"{base or mcq(rng)}\n\nAnswer with the letter, then rate your confidence from 0 to 100."
    p = base or _clip(pick(rng, chat), 700)
    return f"{p}\n\n(Give one complete answer. Different runs should explore different valid approaches.)"


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest

DIALOGUE_OPEN = {
    "en": (
        "I want to start running but I get bored quickly. Any ideas?",
        "Can you explain how compound interest works with an example?",
        "I'm planning a trip to {c} for a week, what should I see?",
        "My roommate never cleans. How do I bring it up without a fight?",
        "Explain quantum entanglement to me like I'm a smart 12 year old.",
        "Help me write a message asking my boss for a raise.",
        "What's the difference between a Roth IRA and a traditional IRA?",
        "I keep procrastinating on my thesis. What actually works?",
        "Can you teach me the basics of SQL joins?",
        "How do vaccines train the immune system?",
    ),
    "pt": (
        "Quero aprender a investir com pouco dinheiro, por onde começo?",
        "Me explica como funciona o imposto de renda pra quem é MEI?",
        "Estou pensando em mudar de carreira para programação, vale a pena?",
        "Como faço um currículo bom sem experiência?",
        "Me ajuda a planejar uma viagem barata para {c}?",
    ),
    "es": (
        "¿Cómo puedo mejorar mi inglés si no tengo tiempo para clases?",
        "Explícame cómo funciona una hipoteca variable.",
        "Quiero empezar un negocio de comida, ¿qué debo saber?",
        "¿Cómo le explico a mi hijo de 8 años qué es la inflación?",
    ),
    "id": (
        "Gimana cara mulai belajar coding dari nol?",
        "Tolong jelasin cara kerja asuransi kesehatan dong.",
        "Aku mau bikin usaha kecil-kecilan, modal 5 juta cukup nggak?",
    ),
    "hi": (
        "Mujhe Python seekhna hai, kahan se shuru karun?",
        "Stock market mein invest karna safe hai kya beginners ke liye?",
        "Interview ke liye kaise prepare karun, mera first job hai?",
    ),
}
DIALOGUE_FOLLOW = {
    "en": (
        "Can you go deeper on the second point?",
        "Give me a concrete example with numbers.",
        "What would an expert disagree with in what you said?",
        "Ok, now summarise all of that in a table.",
        "What are the most common mistakes people make here?",
        "Why? Explain the reasoning behind that.",
        "Now assume I have only half the budget. What changes?",
        "Can you make a step-by-step plan for the next 4 weeks?",
        "Counter-argue your own advice.",
        "Explain it again, simpler.",
    ),
    "pt": (
        "Pode detalhar mais o segundo ponto?",
        "Me dá um exemplo com números?",
        "Quais são os erros mais comuns?",
        "Faz um plano passo a passo pra mim.",
        "E se eu tiver metade do orçamento?",
    ),
    "es": (
        "¿Puedes profundizar en el segundo punto?",
        "Dame un ejemplo concreto con números.",
        "¿Cuáles son los errores más comunes?",
        "Hazme un plan paso a paso.",
    ),
    "id": (
        "Bisa dijelasin lebih detail poin keduanya?",
        "Kasih contoh pakai angka dong.",
        "Kesalahan paling umum apa aja?",
        "Bikinin rencana langkah demi langkah ya.",
    ),
    "hi": (
        "Second point thoda detail mein samjhao.",
        "Ek example do numbers ke saath.",
        "Sabse common mistakes kya hoti hain?",
        "Mere liye step by step plan bana do.",
    ),
}


_LEADS = {
    "en": (
        "Explain {t} to me.",
        "What should a beginner know about {t}?",
        "I'm confused about {t}, can you help?",
        "Give me an overview of {t} with examples.",
        "What are the pros and cons of {t}?",
    ),
    "pt": (
        "Me explica {t}.",
        "O que um iniciante precisa saber sobre {t}?",
        "Quais os prós e contras de {t}?",
    ),
    "es": (
        "Explícame {t}.",
        "¿Qué debería saber un principiante sobre {t}?",
        "¿Cuáles son los pros y contras de {t}?",
    ),
    "id": ("Jelasin tentang {t} dong.", "Apa yang perlu diketahui pemula soal {t}?"),
    "hi": ("{t} ke baare mein samjhao.", "Beginners ko {t} ke baare mein kya pata hona chahiye?"),
}
_FOLLOW_PARAM = {
    "en": (
        "Give me {n} more examples.",
        "Now explain it for {p}.",
        "What changes if it's {y} years from now?",
        "Compare that with {t}.",
        "Rewrite your last answer in {n} bullet points.",
    ),
    "pt": ("Me dá mais {n} exemplos.", "Agora explica pensando em {p}.", "Compara isso com {t}."),
    "es": ("Dame {n} ejemplos más.", "Ahora explícalo para {p}.", "Compáralo con {t}."),
    "id": ("Kasih {n} contoh lagi.", "Bandingin sama {t} dong."),
    "hi": ("{n} aur examples do.", "Ise {t} se compare karo."),
}


def dialogue_turn(rng: Rng, lang: str, turn: int, topic_line: str | None) -> str:
    """One scripted user turn: an opener (fixed line, topic lead, or a curriculum problem) or a
    follow-up (fixed or parametrised)."""
    pool_o = DIALOGUE_OPEN.get(lang) or DIALOGUE_OPEN["en"]
    pool_f = DIALOGUE_FOLLOW.get(lang) or DIALOGUE_FOLLOW["en"]
    dom = pick(rng, list(DOMAINS))
    topic = pick(rng, DOMAINS[dom])
    if turn == 0:
        if topic_line:
            return topic_line
        u = rng.random()
        if u < 0.35:
            return pick(rng, pool_o).format(c=pick(rng, CITIES))
        if u < 0.75:
            return pick(rng, _LEADS.get(lang) or _LEADS["en"]).format(t=topic)
        return problem(rng, lang if lang in MATH else "en")[1]
    if chance(rng, 0.5):
        return pick(rng, pool_f)
    return pick(rng, _FOLLOW_PARAM.get(lang) or _FOLLOW_PARAM["en"]).format(
        n=irange(rng, 2, 8), p=pick(rng, PERSONAS), y=irange(rng, 2, 20), t=pick(rng, DOMAINS[dom])
    )


# --------------------------------------------------------------------------------------------
# a product's wrapper (used by a campaign hiding in product traffic and by a reseller kind)

BRANDS = (
    "Quillmate",
    "StudyNest",
    "Brightdesk",
    "Penwise",
    "Lumen Notes",
    "Tutorly",
    "Draftkit",
    "Clearword",
    "Mindpad",
    "Writely Pro",
)


def product_wrap(rng: Rng, brand: str, text: str, lang: str, variant: int) -> str:
    if variant == 0:
        return f"[{brand}] You are {brand}'s assistant. Be clear and friendly; reply in the user's language ({lang}).\nUser: {text}"
    if variant == 1:
        return f"<{brand.lower().replace(' ', '_')}:v3 mode=chat lang={lang}>\n{text}"
    return f"{brand} helper | user message follows\n---\n{text}"


# --------------------------------------------------------------------------------------------
# code translation and curriculum sweeps


def code_translation(
    rng: Rng, src: str, tgt: str, lang: str, style: int, shape: int | None = None
) -> str:
    snippet = code_snippet(rng, shape)
    if style == 0:
        return f"Translate the following {src} code into idiomatic {tgt}. Keep behaviour identical, add type annotations, and explain every non-obvious change.\n\n```\n{snippet}\n```"
    if style == 1:
        heads = {
            "zh": f"把下面的{src}代码改写成地道的{tgt}代码，保持行为一致，并逐行解释改动：",
            "ru": f"Перепиши этот код с {src} на идиоматичный {tgt}, сохранив поведение, и объясни изменения:",
        }
        return f"{heads.get(lang, heads['zh'])}\n\n{snippet}"
    if style == 2:
        return f"Review this function, list every bug or edge case, then give a corrected version in {tgt} with unit tests.\n\n{snippet}"
    return f"Write a detailed docstring and step-by-step explanation for this function, then port it to {tgt}.\n\n{snippet}"


# --------------------------------------------------------------------------------------------
# benign generators


def eval_item(rng: Rng, style: int) -> str:
    """A benchmark-style item of an evaluation lab."""
    if style == 0:
        _, p = problem(rng, "en", "math")
        return f"Question: {p}\nLet's think step by step, then give the final answer in the form 'The answer is X'."
    if style == 1:
        return f"{mcq(rng)}\nAnswer:"
    if style == 2:
        _, p = problem(rng, "en", "logic")
        return f"Solve the following problem. Put the final answer in \\boxed{{}}.\n{p}"
    return f"### Task\n{code_task(rng)}\n### Constraints\nReturn only a single code block."


ANNOT_GUIDE = (
    "resolution",
    "empathy",
    "policy adherence",
    "accuracy",
    "escalation handling",
    "grammar",
)


def annotation(rng: Rng, chat: list[str], passages: list[str], project: str) -> str:
    """Pre-annotation requests of a labelling vendor (customer-service transcripts, summaries)."""
    agent = _clip(pick(rng, passages), irange(rng, 200, 700))
    cust = _clip(pick(rng, chat), 300)
    crit = [str(x) for x in rng.choice(ANNOT_GUIDE, size=3, replace=False)]
    if chance(rng, 0.5):
        return f"Project {project} - pre-label. Score the agent reply on {', '.join(crit)} (1-5 each) following guideline v{irange(rng, 2, 6)}.{irange(rng, 0, 9)}. Output JSON only.\n\nCustomer: {cust}\nAgent: {agent}"
    s2 = _clip(pick(rng, passages), irange(rng, 150, 500))
    return f"Project {project} - pairwise. Which summary of the ticket is more faithful? Reply 'S1' or 'S2' and one reason.\n\nTicket: {cust}\nS1: {_clip(agent, 400)}\nS2: {s2}"


TOXIC_BITS = (
    "this ref is blind and should be fired",
    "ur take is garbage lol",
    "people like you ruin this forum",
    "shut up and go back to school",
    "this seller is a scammer, avoid!!",
    "whoever designed this app should be ashamed",
    "what an idiot move by the mayor",
)


def moderation(rng: Rng, chat: list[str], platform: str, lang: str) -> str:
    text = pick(rng, TOXIC_BITS) if chance(rng, 0.5) else _clip(pick(rng, chat), 300)
    heads = {
        "en": f"[{platform} trust & safety] Rewrite the user comment so it complies with our community guidelines (no insults, no harassment) while keeping its meaning. If it cannot be salvaged, reply REMOVE and the guideline number.",
        "de": f"[{platform} T&S] Formuliere den Kommentar so um, dass er unseren Community-Richtlinien entspricht, ohne die Aussage zu ändern. Sonst antworte REMOVE.",
        "es": f"[{platform} moderación] Reescribe el comentario para que cumpla las normas de la comunidad sin cambiar su sentido. Si no es posible, responde REMOVE.",
        "pt": f"[{platform} moderação] Reescreva o comentário para cumprir as diretrizes da comunidade sem mudar o sentido. Se não der, responda REMOVE.",
    }
    return f"{heads.get(lang, heads['en'])}\n\nComment: {text}"


def coding_agent_step(rng: Rng, repo: str, step: int) -> str:
    files = (
        "src/api/handlers.py",
        "src/models/user.ts",
        "internal/store/cache.go",
        "app/services/billing.rb",
        "lib/parser.rs",
        "tests/test_sync.py",
    )
    f = pick(rng, files)
    if step == 0:
        return f"In {repo}: {pick(rng, ('fix the failing test in', 'add pagination to', 'refactor error handling in', 'add logging to', 'remove the deprecated call in'))} {f}"
    return pick(
        rng,
        (
            f'<tool_result name="read_file" path="{f}">\n{code_snippet(rng)}\n</tool_result>',
            f'<tool_result name="run_tests">\n{irange(rng, 10, 300)} passed, {irange(rng, 0, 3)} failed\n</tool_result>',
            f'<tool_result name="apply_diff" path="{f}">ok</tool_result>',
            f'<tool_result name="search">{irange(rng, 1, 12)} matches in {f}</tool_result>',
        ),
    )


INTENTS = (
    "track my order",
    "cancel subscription",
    "change delivery address",
    "refund for damaged item",
    "reset password",
    "update payment method",
    "talk to a human",
    "loyalty points balance",
)


def augmentation(rng: Rng, brand: str, chat: list[str]) -> str:
    intent = pick(rng, INTENTS)
    n = pick(rng, (10, 20, 25, 30, 50))
    if chance(rng, 0.6):
        return f"{brand} NLU data. Write {n} varied ways a customer might phrase the intent '{intent}' (typos, slang, short and long forms, some in Spanish). One per line, no numbering."
    return f"{brand} FAQ refresh. Draft {irange(rng, 3, 8)} FAQ entries about '{intent}' for our help centre, using our policy notes below. Return JSON [{{q, a}}].\nNotes: {_clip(pick(rng, chat), 300)}"


def student_question(rng: Rng, assignment: list[str], lang: str) -> str:
    base = pick(rng, assignment)
    return humanize(rng, base, lang, sloppiness=0.45)


COMPANION_LINES = {
    "en": (
        "hey you up?",
        "i had the worst day at work",
        "tell me something nice",
        "what would you do if we went to the beach together",
        "do you remember what i told you about my sister",
        "lol that's so you",
        "can we continue the story from yesterday",
        "i can't sleep",
        "*smiles* hi again",
        "what's your favourite song",
    ),
    "es": (
        "hola, ¿cómo estás?",
        "tuve un día horrible",
        "cuéntame algo bonito",
        "sigamos con la historia de ayer",
    ),
    "pt": (
        "oi, tudo bem?",
        "tive um dia péssimo",
        "me conta algo legal",
        "vamos continuar a história de ontem",
    ),
    "ja": ("ただいま", "今日は疲れた", "昨日の話の続きしよう", "眠れない"),
}


def companion_turn(rng: Rng, persona: str, lang: str) -> str:
    line = pick(rng, COMPANION_LINES.get(lang) or COMPANION_LINES["en"])
    return f"[{persona}] {line}" if chance(rng, 0.15) else line


GLOSSARY = (
    "invoice=Rechnung",
    "checkout=caja",
    "dashboard=painel",
    "subscription=abonnement",
    "refund=返金",
    "workspace=espacio de trabajo",
)
TARGETS = (
    "de-DE",
    "fr-FR",
    "es-ES",
    "pt-BR",
    "ja-JP",
    "ko-KR",
    "it-IT",
    "pl-PL",
    "tr-TR",
    "zh-CN",
    "nl-NL",
    "sv-SE",
)


def translation_segment(rng: Rng, chat: list[str], passages: list[str], client: str) -> str:
    tgt = pick(rng, TARGETS)
    if chance(rng, 0.25):
        return f"{client} / {tgt}: translate the user-facing strings and comments in this file, do not touch identifiers.\n\n{code_snippet(rng)}"
    seg = _clip(pick(rng, passages), irange(rng, 120, 900))
    return f"Translate into {tgt} for {client}. Glossary: {pick(rng, GLOSSARY)}. Keep markup and numbers unchanged.\n\n{seg}"


def research_probe(rng: Rng, chat: list[str], style: int, base: str) -> str:
    if style == 0:
        return base
    if style == 1:
        return f"Paraphrase the following request in {irange(rng, 3, 6)} different ways, preserving intent:\n{base}"
    return f"{base}\n\nBefore answering, state how confident you are (0-100)."


AGENCY_TASKS = (
    "Write a product description",
    "Draft a blog post outline",
    "Write three subject lines for a newsletter",
    "Rewrite this paragraph for LinkedIn",
    "Write a Google Ads headline set",
    "Summarise this customer review batch",
    "Write an Instagram caption",
)


def agency_copy(rng: Rng, client: str, chat: list[str]) -> str:
    if chance(rng, 0.5):
        return f"Client: {client}. {pick(rng, AGENCY_TASKS)} about: {_clip(pick(rng, chat), 300)}"
    return f"[{client}] brand voice: {pick(rng, ('warm', 'playful', 'premium', 'no-nonsense'))}. {_clip(pick(rng, chat), 500)}"

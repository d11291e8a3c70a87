"""Second blind batch: campaign families and hard-negative benign kinds, written independently.

Every generator takes a `Ctx` (time range, models, an event sink, the ground truth) and its own
seeded `numpy.random.Generator`, and appends rows to the sink. Nothing here reads the monitor,
the simulator's family code or the first blind batch.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

# ----------------------------------------------------------------------------- IP ranges
# Prefixes checked against geoip2fast's ASN data when this file was written.
DATACENTER: dict[str, list[str]] = {
    "aws": ["3.80.0.0/12", "18.192.0.0/13", "13.112.0.0/14", "54.64.0.0/12"],
    "gcp": ["34.64.0.0/19", "35.184.0.0/15"],
    "azure": ["40.112.0.0/13", "20.40.0.0/19", "52.224.0.0/11"],
    "hetzner": ["95.216.0.0/15", "65.108.0.0/15", "116.202.0.0/15"],
    "ovh": ["51.75.0.0/16", "54.36.0.0/14"],
    "digitalocean": ["159.89.0.0/19"],
    "alibaba": ["47.74.0.0/15", "8.210.0.0/16"],
    "tencent": ["43.130.0.0/16", "101.32.0.0/16"],
}
RESIDENTIAL: dict[str, list[str]] = {
    "US": ["73.12.0.0/15", "24.5.0.0/19", "71.68.0.0/14", "98.200.0.0/14", "68.100.0.0/16"],
    "DE": ["79.192.0.0/10", "37.120.0.0/17"],
    "GB": ["86.128.0.0/14", "2.24.0.0/13", "81.96.0.0/13"],
    "FR": ["90.8.0.0/14"],
    "ES": ["83.32.0.0/11"],
    "IN": ["49.32.0.0/13"],
    "CN": ["114.80.0.0/12", "123.112.0.0/14", "112.10.0.0/15"],
    "KR": ["121.130.0.0/19", "183.100.0.0/16"],
    "JP": ["153.192.0.0/11", "180.0.0.0/10", "220.100.0.0/17"],
    "BR": ["189.100.0.0/14", "177.10.0.0/20"],
    "RU": ["95.25.0.0/18"],
    "TW": ["1.160.0.0/12", "36.224.0.0/12"],
    "PH": ["112.200.0.0/14"],
}
_NETS: dict[str, ipaddress.IPv4Network] = {}


def random_ip(rng: np.random.Generator, prefixes: Sequence[str]) -> str:
    """A random host address inside one of `prefixes`."""
    p = prefixes[int(rng.integers(len(prefixes)))]
    net = _NETS.get(p) or _NETS.setdefault(p, ipaddress.IPv4Network(p))
    off = int(rng.integers(1, max(2, net.num_addresses - 1)))
    return str(net.network_address + off)


def dc_ips(rng: np.random.Generator, n: int, providers: Sequence[str]) -> list[str]:
    """`n` datacenter addresses spread over `providers`."""
    return [random_ip(rng, DATACENTER[providers[int(rng.integers(len(providers)))]]) for _ in range(n)]


def res_ips(rng: np.random.Generator, n: int, countries: Sequence[str]) -> list[str]:
    """`n` residential (consumer ISP) addresses from `countries`."""
    return [random_ip(rng, RESIDENTIAL[countries[int(rng.integers(len(countries)))]]) for _ in range(n)]


# ----------------------------------------------------------------------------- user agents
BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36 Edg/132.0.0.0",
]
SDKS = [
    "OpenAI/Python 1.59.7",
    "OpenAI/Python 1.61.0",
    "AsyncOpenAI/Python 1.58.1",
    "python-httpx/0.28.1",
    "python-requests/2.32.3",
    "aiohttp/3.11.11",
    "Go-http-client/2.0",
    "okhttp/4.12.0",
    "axios/1.7.9",
    "litellm/1.59.8",
]


def pick(rng: np.random.Generator, items: Sequence[str]) -> str:
    """One uniformly chosen item."""
    return items[int(rng.integers(len(items)))]


def hexid(rng: np.random.Generator, prefix: str) -> str:
    """An opaque id like the background's (`acct_…`, `org_…`, `pay_…`)."""
    return f"{prefix}_{rng.bytes(6).hex()}"


# ----------------------------------------------------------------------------- sink and context
@dataclass
class Sink:
    """Row-wise accumulation of events (plain Python lists; converted once at the end)."""

    ts: list[float] = field(default_factory=list)
    account_id: list[str] = field(default_factory=list)
    org_id: list[str] = field(default_factory=list)
    ip: list[str] = field(default_factory=list)
    user_agent: list[str] = field(default_factory=list)
    payment_fingerprint: list[str] = field(default_factory=list)
    model: list[str] = field(default_factory=list)
    prompt: list[str] = field(default_factory=list)
    completion_tokens: list[int] = field(default_factory=list)
    status: list[int] = field(default_factory=list)


@dataclass
class Account:
    """Identity attributes shared by all of one account's requests."""

    account_id: str
    org_id: str
    payment: str


@dataclass
class Ctx:
    """What every generator needs."""

    t0: float
    t1: float
    release: float
    old_models: list[str]
    new_model: str
    sink: Sink
    truth: dict
    chat: list[str]  # ordinary human prompts (ShareGPT, "sim" half) for camouflage/real users

    def account(
        self,
        rng: np.random.Generator,
        *,
        label: str,
        family: str,
        role: str,
        campaign_id: str | None = None,
        org: str | None = None,
        payment: str | None = None,
    ) -> Account:
        """Register a new account in the ground truth."""
        acct = Account(hexid(rng, "acct"), org or hexid(rng, "org"), payment or hexid(rng, "pay"))
        self.truth["accounts"][acct.account_id] = {
            "label": label,
            "campaign_id": campaign_id,
            "role": role,
            "family": family,
        }
        return acct

    def models(self, rng: np.random.Generator, ts: np.ndarray, p_new: float, p_mini: float = 0.2) -> list[str]:
        """A model per request: the new model with probability `p_new` once it exists."""
        u = rng.random(len(ts))
        v = rng.random(len(ts))
        out = []
        for t, a, b in zip(ts, u, v, strict=True):
            if t >= self.release and a < p_new:
                out.append(self.new_model)
            elif b < p_mini and len(self.old_models) > 1:
                out.append(self.old_models[1])
            else:
                out.append(self.old_models[0])
        return out

    def emit(
        self,
        rng: np.random.Generator,
        acct: Account,
        ts: np.ndarray,
        prompts: Sequence[str],
        *,
        ips: Sequence[str],
        uas: Sequence[str],
        models: Sequence[str] | None = None,
        p_new: float = 0.3,
        completion_median: float = 350.0,
        error_rate: float = 0.01,
        ip_weights: np.ndarray | None = None,
    ) -> None:
        """Append one request per timestamp; IP and user agent drawn from the given pools."""
        n = len(ts)
        if n == 0:
            return
        assert len(prompts) == n
        if models is None:
            models = self.models(rng, ts, p_new)
        ip_idx = rng.choice(len(ips), size=n, p=ip_weights)
        ua_idx = rng.integers(len(uas), size=n)
        comp = np.clip(rng.lognormal(np.log(completion_median), 0.6, size=n), 1, 8192).astype(int)
        status = np.where(rng.random(n) < error_rate, 429, 200)
        s = self.sink
        s.ts.extend(float(t) for t in ts)
        s.account_id.extend([acct.account_id] * n)
        s.org_id.extend([acct.org_id] * n)
        s.payment_fingerprint.extend([acct.payment] * n)
        s.ip.extend(ips[i] for i in ip_idx)
        s.user_agent.extend(uas[i] for i in ua_idx)
        s.model.extend(models)
        s.prompt.extend(prompts)
        s.completion_tokens.extend(int(c) for c in comp)
        s.status.extend(int(x) for x in status)

    def campaign(self, family: str, cid: str, accounts: list[Account], **params: object) -> None:
        """Record a campaign in the ground truth."""
        self.truth["campaigns"].append(
            {"campaign_id": cid, "family": family, "accounts": [a.account_id for a in accounts], "params": params}
        )


# ----------------------------------------------------------------------------- pacing
def poisson(rng: np.random.Generator, start: float, end: float, per_hour: float) -> np.ndarray:
    """Homogeneous Poisson arrivals in [start, end)."""
    n = int(rng.poisson(max(0.0, (end - start) / 3600.0 * per_hour)))
    return np.sort(rng.uniform(start, end, size=n))


def profiled(
    rng: np.random.Generator,
    start: float,
    end: float,
    n: int,
    weight: Callable[[np.ndarray], np.ndarray],
) -> np.ndarray:
    """`n` arrivals in [start, end) whose density follows `weight(ts)` (values in [0, 1])."""
    out: list[np.ndarray] = []
    got = 0
    for _ in range(200):
        if got >= n or end <= start:
            break
        cand = rng.uniform(start, end, size=max(64, 3 * (n - got)))
        keep = cand[rng.random(len(cand)) < weight(cand)]
        out.append(keep[: n - got])
        got += len(out[-1])
    return np.sort(np.concatenate(out)) if out else np.zeros(0)


def local_hour(ts: np.ndarray, tz: float) -> np.ndarray:
    """Fractional hour of day at UTC offset `tz` hours."""
    return ((ts + tz * 3600.0) % 86400.0) / 3600.0


def weekday(ts: np.ndarray, tz: float) -> np.ndarray:
    """0 = Monday … 6 = Sunday at UTC offset `tz`."""
    return ((np.floor((ts + tz * 3600.0) / 86400.0) + 3) % 7).astype(int)


def office_weight(tz: float, start_h: float = 9.0, end_h: float = 18.0, lunch: bool = True) -> Callable[[np.ndarray], np.ndarray]:
    """Working hours Monday–Friday at UTC offset `tz`, a dip at lunch, nothing otherwise."""

    def w(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        on = (h >= start_h) & (h < end_h) & (weekday(ts, tz) < 5)
        val = np.where(on, 1.0, 0.0)
        if lunch:
            val = np.where((h >= 12.0) & (h < 13.0), val * 0.35, val)
        return val

    return w


def diurnal_weight(tz: float, floor: float = 0.15) -> Callable[[np.ndarray], np.ndarray]:
    """Smooth consumer day curve peaking mid-afternoon local time, never below `floor`."""

    def w(ts: np.ndarray) -> np.ndarray:
        h = local_hour(ts, tz)
        return floor + (1 - floor) * 0.5 * (1 + np.cos((h - 15.0) / 24.0 * 2 * np.pi))

    return w


def mixed_diurnal(tzs: Sequence[float], floor: float = 0.1) -> Callable[[np.ndarray], np.ndarray]:
    """Average of several time zones' day curves (a service with users worldwide)."""
    parts = [diurnal_weight(tz, floor) for tz in tzs]

    def w(ts: np.ndarray) -> np.ndarray:
        return sum(p(ts) for p in parts) / len(parts)

    return w


def bursts(rng: np.random.Generator, starts: np.ndarray, size_mean: float, gap_s: float) -> tuple[np.ndarray, np.ndarray]:
    """For each burst start, a run of requests spaced ~`gap_s` apart; returns (ts, burst index)."""
    ts: list[np.ndarray] = []
    idx: list[np.ndarray] = []
    for i, s in enumerate(starts):
        k = 1 + int(rng.poisson(max(0.0, size_mean - 1)))
        ts.append(s + np.cumsum(rng.exponential(gap_s, size=k)))
        idx.append(np.full(k, i))
    if not ts:
        return np.zeros(0), np.zeros(0, dtype=int)
    return np.concatenate(ts), np.concatenate(idx)


# ----------------------------------------------------------------------------- word banks
NAMES = ["Aiko", "Ben", "Carla", "Dmitri", "Esi", "Farah", "Goran", "Hana", "Ivan", "Jia", "Kofi", "Lena",
         "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zoe"]
ITEMS = ["apples", "marbles", "notebooks", "stickers", "bus tickets", "cupcakes", "pencils", "coins", "seedlings",
         "bottles of juice", "comic books", "tiles", "bricks", "bracelets", "postcards"]
LANG_CODE = {
    "python": ("py", "def", "    ", "#"),
    "go": ("go", "func", "\t", "//"),
    "typescript": ("ts", "function", "  ", "//"),
    "rust": ("rs", "fn", "    ", "//"),
    "java": ("java", "public static int", "    ", "//"),
}
IDENT = ["user", "order", "cache", "token", "invoice", "session", "retry", "batch", "queue", "payload", "lease",
         "cursor", "shard", "ledger", "quota", "tenant", "span", "rollup", "bucket", "digest"]
VERBS = ["parse", "load", "merge", "flush", "validate", "resolve", "encode", "fetch", "compact", "refresh"]


def ident(rng: np.random.Generator) -> str:
    """A plausible snake_case identifier."""
    return f"{pick(rng, VERBS)}_{pick(rng, IDENT)}" + (f"_{pick(rng, IDENT)}" if rng.random() < 0.4 else "")


def code_diff(rng: np.random.Generator) -> tuple[str, str]:
    """A small random unified diff and its language."""
    lang = pick(rng, list(LANG_CODE))
    ext, kw, ind, cm = LANG_CODE[lang]
    fn = ident(rng)
    a, b = pick(rng, IDENT), pick(rng, IDENT)
    path = f"{pick(rng, ['src', 'pkg', 'lib', 'internal', 'app'])}/{pick(rng, IDENT)}/{pick(rng, IDENT)}.{ext}"
    ln = int(rng.integers(10, 900))
    n1, n2 = int(rng.integers(2, 64)), int(rng.integers(2, 64))
    old = [f"{ind}if {a}_count > {n1}:" if lang == "python" else f"{ind}if ({a}Count > {n1}) {{",
           f"{ind}{ind}return {b}[{n2 % 5}]" if lang == "python" else f"{ind}{ind}return {b}[{n2 % 5}];"]
    new = [f"{ind}if {a}_count >= {n1} and {b}:" if lang == "python" else f"{ind}if ({a}Count >= {n1} && {b} != null) {{",
           f"{ind}{ind}{cm} TODO: {pick(rng, ['check bounds', 'handle timeout', 'lock before write', 'close handle'])}",
           f"{ind}{ind}return {b}[{a}_count - {n2}]" if lang == "python" else f"{ind}{ind}return {b}[{a}Count - {n2}];"]
    body = [f"diff --git a/{path} b/{path}", f"--- a/{path}", f"+++ b/{path}",
            f"@@ -{ln},{len(old) + 2} +{ln},{len(new) + 2} @@ {kw} {fn}({a}, {b})"]
    body.append(f"{ind}{a}_count = len({a})" if lang == "python" else f"{ind}var {a}Count = {a}.length;")
    body += [f"-{x}" for x in old] + [f"+{x}" for x in new]
    body.append(f"{ind}{cm} {pick(rng, ['fallback', 'legacy path', 'see issue #' + str(int(rng.integers(100, 9999)))])}")
    return "\n".join(body), lang


def word_problem(rng: np.random.Generator, lang: str = "en") -> str:
    """A randomised arithmetic / rate / percentage word problem."""
    n1, n2 = pick(rng, NAMES), pick(rng, NAMES)
    a, b, c = int(rng.integers(3, 250)), int(rng.integers(2, 40)), int(rng.integers(5, 95))
    it = pick(rng, ITEMS)
    k = int(rng.integers(5))
    if lang == "zh":
        return [f"{n1}有{a}个{it}，每天送给{n2} {b}个。几天后他还剩不到{c}个？",
                f"一列火车以每小时{a}公里的速度行驶{b}小时，然后以每小时{c}公里行驶余下的路程，总共{a * b + c * 3}公里。余下的路程用了多久？",
                f"商店把一件{a}元的商品打{c % 9 + 1}折，再减{b}元。最终价格是多少？",
                f"{n1}和{n2}一共有{a + b}个{it}，{n1}比{n2}多{b}个。每人各有多少？",
                f"一个长方形的长是{a}厘米，宽比长少{b}厘米。它的面积和周长各是多少？"][k]
    if lang == "ru":
        return [f"У {n1} было {a} {it}. Каждый день {n1} отдаёт {n2} по {b}. Через сколько дней останется меньше {c}?",
                f"Поезд шёл {b} ч со скоростью {a} км/ч, затем {c} км со скоростью {b + 40} км/ч. Найдите среднюю скорость.",
                f"Цена товара {a} руб. снизилась на {c}%, затем выросла на {b}%. Какова итоговая цена?",
                f"{n1} и {n2} вместе собрали {a + b} {it}, причём {n1} собрал на {b} больше. Сколько собрал каждый?",
                f"Бассейн объёмом {a * 10} л наполняется трубой за {b} ч, а опустошается другой за {c} ч. За сколько часов он наполнится, если открыть обе?"][k]
    return [f"{n1} has {a} {it} and gives {n2} {b} of them every day. After how many days will {n1} have fewer than {c} left?",
            f"A train travels {b} hours at {a} km/h, then {c} km at {b + 40} km/h. What is its average speed for the whole trip?",
            f"A jacket costs ${a}. It is discounted by {c}% and then a ${b} coupon is applied. What is the final price?",
            f"{n1} and {n2} together collected {a + b} {it}; {n1} collected {b} more than {n2}. How many did each collect?",
            f"A tank holds {a * 10} litres. One pipe fills it in {b} hours, another drains it in {c} hours. How long does it take to fill with both open?"][k]


def filler(rng: np.random.Generator) -> str:
    """A short random token string so that templated prompts stay mostly unique."""
    return f"{rng.bytes(3).hex()}-{int(rng.integers(1000, 99999))}"


# ============================================================================= campaign families
REVIEW_ASK = {
    "en": ["Review this diff as a senior engineer. List every bug, race, security issue and style problem, "
           "explain why, then give a corrected patch.",
           "Do a thorough code review of the following change. For each finding give severity, reasoning "
           "and a fix. End with a rewritten version.",
           "Act as a strict reviewer on a {lang} codebase. Critique this PR hunk line by line and propose a better implementation."],
    "zh": ["请作为资深工程师审查以下 {lang} 代码差异：逐条列出缺陷、并发问题和安全隐患，说明原因，并给出修正后的补丁。"],
    "ja": ["次の{lang}の差分をシニアエンジニアとしてレビューしてください。バグ・セキュリティ問題・改善点を理由付きで挙げ、修正版を示してください。"],
}


def code_review_harvest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Diffs posted for critique from a small datacenter-hosted pipeline."""
    fam = "code_review_harvest"
    n = int(rng.integers(3, 13))
    pays = [hexid(rng, "pay") for _ in range(max(1, n // 3))]
    org = hexid(rng, "org") if rng.random() < 0.5 else None
    provider = [pick(rng, ["hetzner", "ovh", "digitalocean"]), pick(rng, ["hetzner", "aws", "tencent"])]
    ua = [pick(rng, SDKS)]
    start = ctx.t0 + rng.uniform(0, 2.5) * 86400
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid, org=org, payment=pick(rng, pays))
        accts.append(a)
        ips = dc_ips(rng, int(rng.integers(1, 3)), provider)
        ts = poisson(rng, start + rng.uniform(0, 6 * 3600), ctx.t1, rng.uniform(0.8, 3.5))
        prompts = []
        for _t in ts:
            d, lang = code_diff(rng)
            lk = "en" if rng.random() < 0.7 else pick(rng, ["zh", "ja"])
            ask = pick(rng, REVIEW_ASK[lk]).format(lang=lang)
            prompts.append(f"{ask}\n\n```diff\n{d}\n```" if rng.random() < 0.6 else f"```diff\n{d}\n```\n{ask}")
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=ua, p_new=0.85, completion_median=700, error_rate=0.03)
    ctx.campaign(fam, cid, accts, ip_source="datacenter", pacing="poisson_24x7")


LEGAL_Q = {
    "en": ["My landlord in {place} kept my ${n} deposit after {k} months citing '{issue}'. What are my rights, which statute applies, and what should I do?",
           "Under {place} law, can an employer {issue} an employee with {k} years of service? Cite the relevant rules and give a final answer.",
           "Is a verbal contract for ${n} enforceable in {place} if {issue}? Explain the elements and give a yes/no conclusion."],
    "es": ["Mi arrendador en {place} retuvo mi fianza de {n} € por '{issue}' tras {k} meses. ¿Qué derechos tengo y qué ley aplica?",
           "Según la legislación de {place}, ¿puede la empresa {issue} a un trabajador con {k} años de antigüedad? Razona y concluye."],
    "de": ["Mein Vermieter in {place} behält {n} € Kaution wegen '{issue}' nach {k} Monaten ein. Welche Rechte habe ich, welche Norm gilt?",
           "Darf ein Arbeitgeber in {place} einen Mitarbeiter nach {k} Jahren {issue}? Begründen Sie mit Paragraphen."],
    "pt": ["Meu senhorio em {place} reteve a caução de R$ {n} alegando '{issue}' após {k} meses. Quais são meus direitos?"],
}
MED_Q = {
    "en": ["A {age}-year-old {sex} presents with {s1}, {s2} and a temperature of {temp} °C for {k} days. What is the differential diagnosis, the most likely diagnosis, and the first-line workup?",
           "Patient, {age}, {sex}, on {drug} {dose} mg, reports {s1}. Is this an adverse effect? What would you recommend and why?",
           "Explain the guideline-based management of {cond} in a {age}-year-old with {s2}. Give the answer as numbered steps."],
    "es": ["Paciente de {age} años, {sex}, con {s1} y {s2} desde hace {k} días. ¿Diagnóstico diferencial y conducta inicial?"],
    "de": ["{age}-jährige(r) Patient(in) mit {s1} und {s2} seit {k} Tagen, Temperatur {temp} °C. Differentialdiagnose und Vorgehen?"],
    "fr": ["Patient de {age} ans ({sex}) présentant {s1} et {s2} depuis {k} jours. Diagnostic différentiel et examens de première intention ?"],
}
PLACES = ["California", "Texas", "Ontario", "New South Wales", "Bavaria", "Catalonia", "São Paulo", "Ireland", "Scotland", "Quebec", "Victoria", "Lombardy"]
ISSUES = ["normal wear and tear", "dismiss", "relocate", "reduce the salary of", "late rent once", "a missing smoke detector",
          "the agreement was made by text message", "one party was 17", "carpet cleaning", "demote"]
SYMPT = ["chest pain", "shortness of breath", "productive cough", "night sweats", "joint swelling", "headache", "abdominal pain",
         "fatigue", "rash on the trunk", "dizziness", "palpitations", "blurred vision", "dysuria", "weight loss"]
DRUGS = ["metformin", "lisinopril", "atorvastatin", "sertraline", "amlodipine", "levothyroxine", "omeprazole", "warfarin"]
CONDS = ["type 2 diabetes", "community-acquired pneumonia", "atrial fibrillation", "hypertension", "migraine", "asthma", "gout"]
QA_SUFFIX = ["\nAnswer in JSON with keys answer, reasoning, confidence.", "\nThink step by step, then give a final answer.",
             "\nGive a detailed expert answer with citations.", "", "\nFormat: **Reasoning:** … **Answer:** …"]


def legal_medical_qa(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Many small accounts building a legal/medical Q&A dataset through rotating residential proxies."""
    fam = "legal_medical_qa"
    n = int(rng.integers(12, 60))
    proxy_pool = res_ips(rng, int(rng.integers(150, 600)), ["US", "GB", "DE", "ES", "BR", "IN"])
    uas = [pick(rng, SDKS), pick(rng, SDKS), BROWSERS[0]]
    accts = []
    start = ctx.t0 + rng.uniform(0.5, 3.5) * 86400
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid)
        accts.append(a)
        s = start + rng.uniform(0, 86400)
        ts = poisson(rng, s, min(ctx.t1, s + rng.uniform(1.5, 4.0) * 86400), rng.uniform(0.6, 2.5))
        prompts = []
        for _t in ts:
            med = rng.random() < 0.5
            bank = MED_Q if med else LEGAL_Q
            lang = pick(rng, list(bank)) if rng.random() < 0.4 else "en"
            tmpl = pick(rng, bank[lang])
            p = tmpl.format(place=pick(rng, PLACES), n=int(rng.integers(300, 9000)), k=int(rng.integers(1, 30)),
                            issue=pick(rng, ISSUES), age=int(rng.integers(2, 90)), sex=pick(rng, ["male", "female"]),
                            s1=pick(rng, SYMPT), s2=pick(rng, SYMPT), temp=round(float(rng.uniform(36.4, 40.2)), 1),
                            drug=pick(rng, DRUGS), dose=int(rng.integers(1, 100)) * 5, cond=pick(rng, CONDS))
            prompts.append(p + pick(rng, QA_SUFFIX))
        ips = [pick(rng, proxy_pool) for _ in range(int(rng.integers(20, 80)))]
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=[pick(rng, uas)], p_new=0.7, completion_median=550, error_rate=0.02)
    ctx.campaign(fam, cid, accts, ip_source="residential_proxy", pacing="poisson_windows")


GEN_ASK = {
    "en": "Write {k} new, original grade-{g} math word problems about {topic}. Use different names and numbers. Number them; no solutions.",
    "zh": "请编写{k}道新的{g}年级数学应用题，主题是{topic}。人名和数字各不相同，只编号，不写答案。",
    "ru": "Составь {k} новых текстовых задач по математике для {g} класса на тему «{topic}». Разные имена и числа, без решений.",
}
SOLVE_ASK = {
    "en": ["Solve step by step, showing all reasoning, and put the final answer in \\boxed{{}}.\n\n{p}",
           "Problem: {p}\nLet's think step by step.", "{p}\n\nExplain each step clearly and verify your answer."],
    "zh": ["请一步一步地解答，并把最终答案写在 \\boxed{{}} 中。\n\n{p}", "题目：{p}\n请详细写出推理过程。"],
    "ru": ["Реши пошагово и запиши ответ в \\boxed{{}}.\n\n{p}", "Задача: {p}\nРассуждай по шагам."],
}
TOPICS = ["fractions", "percentages", "speed and distance", "area and perimeter", "ratios", "work rates", "money", "ages", "mixtures", "probability"]


def math_gen_solve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Generator accounts write word problems; solver accounts then request worked solutions in bursts."""
    fam = "math_gen_solve"
    lang = pick(rng, ["en", "en", "zh", "ru"])
    n_gen, n_sol = int(rng.integers(1, 3)), int(rng.integers(3, 16))
    pay = hexid(rng, "pay")
    provider = ["aws", "alibaba"] if lang != "ru" else ["hetzner", "ovh"]
    ua = [pick(rng, SDKS)]
    gens = [ctx.account(rng, label="campaign", family=fam, role="generator", campaign_id=cid, payment=pay) for _ in range(n_gen)]
    sols = [ctx.account(rng, label="campaign", family=fam, role="solver", campaign_id=cid,
                        payment=pay if rng.random() < 0.3 else None) for _ in range(n_sol)]
    gen_ips = {a.account_id: dc_ips(rng, 1, provider) for a in gens}
    sol_ips = {a.account_id: dc_ips(rng, int(rng.integers(1, 4)), provider) for a in sols}
    starts = poisson(rng, ctx.t0 + rng.uniform(0.2, 2.0) * 86400, ctx.t1, rng.uniform(1.0, 4.0))
    g_ts: dict[str, list[float]] = {a.account_id: [] for a in gens}
    g_p: dict[str, list[str]] = {a.account_id: [] for a in gens}
    s_ts: dict[str, list[float]] = {a.account_id: [] for a in sols}
    s_p: dict[str, list[str]] = {a.account_id: [] for a in sols}
    for st in starts:
        g = gens[int(rng.integers(n_gen))]
        k = int(rng.integers(5, 21))
        g_ts[g.account_id].append(float(st))
        g_p[g.account_id].append(GEN_ASK[lang].format(k=k, g=int(rng.integers(3, 10)), topic=pick(rng, TOPICS))
                                 + f" [{filler(rng)}]" * int(rng.random() < 0.3))
        t = st + rng.uniform(20, 120)
        for _ in range(k):
            s = sols[int(rng.integers(n_sol))]
            t += rng.exponential(4.0)
            s_ts[s.account_id].append(t)
            s_p[s.account_id].append(pick(rng, SOLVE_ASK[lang]).format(p=word_problem(rng, lang)))
    for a in gens:
        ctx.emit(rng, a, np.array(g_ts[a.account_id]), g_p[a.account_id], ips=gen_ips[a.account_id], uas=ua,
                 p_new=0.2, completion_median=600)
    for a in sols:
        ts = np.array(s_ts[a.account_id])
        ctx.emit(rng, a, ts, s_p[a.account_id], ips=sol_ips[a.account_id], uas=ua, p_new=0.9,
                 completion_median=450, error_rate=0.04)
    ctx.campaign(fam, cid, gens + sols, ip_source="datacenter", pacing="bursts", languages=[lang])


FOLLOWUPS = {
    "en": ["Based on your summary, what are the three strongest counter-arguments?", "Which claim in the text is least supported, and why?",
           "Rewrite the summary for a 12-year-old.", "Generate five exam questions with answers from this text.",
           "What assumptions does the author make? List them.", "Translate the summary into French and explain any idioms.",
           "Give a step-by-step critique of the reasoning."],
    "zh": ["根据你的摘要，列出三个最有力的反驳观点。", "文中哪个论点证据最不足？为什么？", "根据这段文字出五道带答案的考题。"],
    "ko": ["요약을 바탕으로 가장 강력한 반론 세 가지는 무엇인가요?", "이 글에서 가장 근거가 약한 주장은 무엇이며 그 이유는?"],
}
SUMM_ASK = {"en": "Summarise the following text in 5 bullet points, then state its main thesis.\n\n{d}",
            "zh": "请用5个要点总结以下文本，并指出其核心论点。\n\n{d}",
            "ko": "다음 글을 5개의 요점으로 요약하고 핵심 주장을 밝혀 주세요.\n\n{d}"}


def summarise_question_chain(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Sessions that post a document for summary and then fire rapid follow-up questions about it."""
    fam = "summarise_question_chain"
    n = int(rng.integers(4, 26))
    lang = pick(rng, ["en", "en", "zh", "ko"])
    ua = [pick(rng, ["langchain/0.3.14 python-openai/1.59.7", "llama-index/0.12.10", pick(rng, SDKS)])]
    provider = ["gcp", "azure"] if rng.random() < 0.5 else ["tencent", "alibaba"]
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="worker", campaign_id=cid)
        accts.append(a)
        ips = dc_ips(rng, int(rng.integers(1, 3)), provider)
        sess = poisson(rng, ctx.t0 + rng.uniform(0, 3) * 86400, ctx.t1, rng.uniform(0.3, 1.5))
        ts: list[float] = []
        prompts: list[str] = []
        for st in sess:
            doc = pick(rng, ctx.chat)
            if len(doc) < 200:
                doc = doc + "\n\n" + pick(rng, ctx.chat)
            ts.append(float(st))
            prompts.append(SUMM_ASK[lang].format(d=doc[:3000]))
            t = float(st)
            for q in rng.choice(len(FOLLOWUPS[lang]), size=min(len(FOLLOWUPS[lang]), int(rng.integers(2, 6))), replace=False):
                t += rng.uniform(3, 40)
                ts.append(t)
                prompts.append(FOLLOWUPS[lang][int(q)] + f"\n(ref: {doc[:60].strip()}…)")
        ctx.emit(rng, a, np.array(ts), prompts, ips=ips, uas=ua, p_new=0.8, completion_median=400)
    ctx.campaign(fam, cid, accts, ip_source="datacenter", pacing="sessions", languages=[lang])


FIELDS = {
    "biology": ["CRISPR base editing", "the Krebs cycle", "horizontal gene transfer", "T-cell exhaustion", "apoptosis pathways"],
    "physics": ["Bose–Einstein condensates", "the Navier–Stokes equations", "gauge invariance", "Hall effect", "renormalisation"],
    "finance": ["convexity hedging", "the Black–Litterman model", "repo markets", "credit default swaps", "factor investing"],
    "cs": ["consensus in Raft", "LSM-tree compaction", "type inference in ML", "garbage collection pauses", "vector clocks"],
    "law": ["promissory estoppel", "the doctrine of frustration", "fair use", "piercing the corporate veil", "GDPR Article 6"],
    "history": ["the Congress of Vienna", "the Meiji restoration", "the Bronze Age collapse", "the Hanseatic League"],
}
TAXO_ASK = ["Give a comprehensive, expert-level explanation of {s} ({f}). Include worked examples and common misconceptions.",
            "Write a textbook section on {s} for graduate students in {f}, with exercises and full solutions.",
            "Explain {s} in {f} from first principles, then compare the main competing views. Be exhaustive.",
            "Create a detailed Q&A pair about {s} ({f}): a hard question, then a long, carefully reasoned answer."]


def taxonomy_prompt(rng: np.random.Generator) -> str:
    """A harvesting prompt that walks a topic taxonomy."""
    f = pick(rng, list(FIELDS))
    s = pick(rng, FIELDS[f])
    p = pick(rng, TAXO_ASK).format(s=s, f=f)
    if rng.random() < 0.5:
        p += pick(rng, [f" Focus on aspect #{int(rng.integers(1, 40))}.", f" Audience level {int(rng.integers(1, 6))}/5.",
                        f" Perspective: {pick(rng, NAMES)}'s lecture notes.", f" Length: ~{int(rng.integers(4, 20)) * 100} words."])
    return p


def extension_front(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A browser-extension backend whose real users' traffic hides injected harvesting requests."""
    fam = "extension_front"
    n = int(rng.integers(1, 4))
    name = pick(rng, ["QuickAsk", "TabGenie", "ReadWise AI", "SideKick GPT", "PagePal"])
    ver = f"{int(rng.integers(1, 5))}.{int(rng.integers(0, 20))}.{int(rng.integers(0, 9))}"
    ua = [f"{name}/{ver} (chrome-extension; +https://{name.lower().replace(' ', '')}.app)"]
    ips = dc_ips(rng, int(rng.integers(2, 6)), ["digitalocean", "hetzner", "aws"])
    org = hexid(rng, "org")
    accts = []
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="front", campaign_id=cid, org=org)
        accts.append(a)
        users = int(rng.integers(400, 2500))
        ts_u = profiled(rng, ctx.t0, ctx.t1, users, mixed_diurnal([-5, 1, 5.5, 8]))
        p_u = [pick(rng, ctx.chat) for _ in ts_u]
        frac = rng.uniform(0.2, 0.45)
        h0 = ctx.t0 + rng.uniform(1, 3.5) * 86400
        ts_h = poisson(rng, h0, ctx.t1, users * frac / max(1.0, (ctx.t1 - h0) / 3600.0))
        p_h = [taxonomy_prompt(rng) for _ in ts_h]
        ts = np.concatenate([ts_u, ts_h])
        prompts = p_u + p_h
        models = ctx.models(rng, ts_u, 0.35) + ctx.models(rng, ts_h, 0.9)
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=ua, models=models, completion_median=380)
    ctx.campaign(fam, cid, accts, ip_source="datacenter", pacing="diurnal+flat", harvest_fraction="20-45%")


GRID_TASK = ["Explain", "Compare", "Critique", "Write a tutorial on", "Summarise the state of the art in", "Design an exam about",
             "Write a persuasive essay on", "List pitfalls of", "Derive", "Write Python code demonstrating"]
GRID_CONS = ["in under 300 words", "with three examples", "as a numbered list", "citing sources", "for beginners",
             "for experts", "in a formal tone", "with a table", "step by step", "with a final TL;DR"]


def grid_prompt(rng: np.random.Generator) -> str:
    """A task × domain × constraint harvesting prompt in one of a few styles."""
    f = pick(rng, list(FIELDS))
    s = pick(rng, FIELDS[f])
    t, c = pick(rng, GRID_TASK), pick(rng, GRID_CONS)
    k = int(rng.integers(4))
    if k == 0:
        return f"Task: {t} | Topic: {s} | Domain: {f} | Constraints: {c}. Provide a high-quality, detailed answer."
    if k == 1:
        return f"{t} {s} {c}."
    if k == 2:
        return f"### Instruction\n{t} {s}.\n### Requirements\n- {c}\n- id {filler(rng)}\n### Response\n"
    return f"{t} {s} ({f}), {c}. Be precise."


def key_resale(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Dozens to hundreds of unrelated-looking resold keys, each running a little harvesting plus camouflage."""
    fam = "key_resale"
    n = int(rng.integers(30, 220))
    accts = []
    countries = list(RESIDENTIAL)
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="resold_key", campaign_id=cid)
        accts.append(a)
        cc = pick(rng, countries)
        ips = res_ips(rng, int(rng.integers(1, 3)), [cc])
        uas = [pick(rng, BROWSERS + SDKS)]
        cam = int(rng.integers(0, 25))
        ts_c = profiled(rng, ctx.t0, ctx.t1, cam, diurnal_weight(float(rng.integers(-8, 10))))
        s = ctx.release + rng.uniform(-0.5, 2.0) * 86400
        ts_h = poisson(rng, s, min(ctx.t1, s + rng.uniform(0.3, 2.0) * 86400), rng.uniform(1.0, 6.0))
        ts = np.concatenate([ts_c, ts_h])
        prompts = [pick(rng, ctx.chat) for _ in ts_c] + [grid_prompt(rng) for _ in ts_h]
        models = ctx.models(rng, ts_c, 0.3) + ctx.models(rng, ts_h, 0.95)
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=uas, models=models, completion_median=420)
    ctx.campaign(fam, cid, accts, ip_source="residential", pacing="short_windows_after_release")


OFFICE_LOCALES = {
    "CN": (8.0, ["请写一篇关于{s}的详细说明，包含例子。", "把下面的任务完成得尽量详细：{t}{s}，{c}。", "用中文和英文分别解释{s}。"]),
    "BR": (-3.0, ["Escreva uma explicação detalhada sobre {s}, com exemplos.", "Tarefa: {t} {s}; {c}.", "Explique {s} em português e em inglês."]),
    "RU": (3.0, ["Напиши подробное объяснение темы «{s}» с примерами.", "Задание: {t} {s}; {c}.", "Объясни {s} по-русски и по-английски."]),
    "KR": (9.0, ["{s}에 대해 예시와 함께 자세히 설명해 주세요.", "작업: {t} {s}; {c}.", "{s}을(를) 한국어와 영어로 설명하세요."]),
}


def office_hours_residential(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A team of annotators working office hours in one time zone from consumer connections."""
    fam = "office_hours_residential"
    cc = pick(rng, list(OFFICE_LOCALES))
    tz, tmpls = OFFICE_LOCALES[cc]
    n = int(rng.integers(8, 41))
    shared_pay = [hexid(rng, "pay") for _ in range(int(rng.integers(1, 4)))]
    accts = []
    weight = office_weight(tz, start_h=float(rng.choice([8.5, 9.0, 9.5])), end_h=float(rng.choice([17.5, 18.0, 19.0])))
    for _ in range(n):
        a = ctx.account(rng, label="campaign", family=fam, role="annotator", campaign_id=cid,
                        payment=pick(rng, shared_pay) if rng.random() < 0.4 else None)
        accts.append(a)
        ips = res_ips(rng, int(rng.integers(1, 3)), [cc])
        uas = [pick(rng, BROWSERS[:4])]
        k = int(rng.integers(60, 420))
        ts = profiled(rng, ctx.t0, ctx.t1, k, weight)
        prompts = []
        for _t in ts:
            f = pick(rng, list(FIELDS))
            if rng.random() < 0.65:
                prompts.append(pick(rng, tmpls).format(s=pick(rng, FIELDS[f]), t=pick(rng, GRID_TASK), c=pick(rng, GRID_CONS)))
            else:
                prompts.append(grid_prompt(rng))
            if rng.random() < 0.3:
                prompts[-1] += f" #{int(rng.integers(1, 5000))}"
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=uas, p_new=0.75, completion_median=500)
    ctx.campaign(fam, cid, accts, ip_source="residential", pacing="office_hours", country=cc)


COT_ROLES = ["senior actuary", "staff ML engineer", "patent attorney", "clinical pharmacist", "structural engineer", "tax advisor"]
COT_Q = ["how to price a {k}-year annuity with a mortality table", "why a {k}-layer transformer fails to converge at lr 3e-{k}",
         "whether claim {k} of a patent is anticipated by prior art", "dose adjustment for eGFR {k}0 ml/min",
         "the load capacity of a {k} m cantilever", "the tax treatment of {k} years of carried-forward losses"]


def enterprise_quiet(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """One enterprise account: employees' real traffic plus a modest, steady reasoning-trace harvest."""
    fam = "enterprise_quiet"
    tz = float(pick(rng, ["1", "-5", "8", "0"]))
    a = ctx.account(rng, label="campaign", family=fam, role="enterprise", campaign_id=cid)
    nat = res_ips(rng, 1, ["DE"] if tz == 1 else ["US"] if tz == -5 else ["TW"] if tz == 8 else ["GB"])
    nat += dc_ips(rng, 1, ["azure"])  # a cloud egress for internal tools
    uas = [BROWSERS[0], BROWSERS[1], "OpenAI/Python 1.59.7", "Microsoft Office/16.0 (Copilot add-in)"]
    w = office_weight(tz, 8.0, 19.0)
    ts_e = profiled(rng, ctx.t0, ctx.t1, int(rng.integers(500, 2000)), w)
    h = int(rng.integers(150, 600))
    ts_h = profiled(rng, ctx.release - 86400, ctx.t1, h, w)
    prompts = [pick(rng, ctx.chat) for _ in ts_e]
    for _t in ts_h:
        prompts.append(f"You are a {pick(rng, COT_ROLES)}. Think step by step and write out your complete reasoning "
                       f"before the final answer: {pick(rng, COT_Q).format(k=int(rng.integers(2, 40)))}."
                       + pick(rng, ["", " Show every intermediate calculation.", " Include alternatives you rejected."]))
    ts = np.concatenate([ts_e, ts_h])
    models = ctx.models(rng, ts_e, 0.3) + ctx.models(rng, ts_h, 0.97)
    ctx.emit(rng, a, ts, prompts, ips=nat, uas=uas, models=models, completion_median=420, ip_weights=np.array([0.85, 0.15]))
    ctx.campaign(fam, cid, [a], ip_source="corporate", pacing="office_hours", harvest_events=h)


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "code_review_harvest": code_review_harvest,
    "legal_medical_qa": legal_medical_qa,
    "math_gen_solve": math_gen_solve,
    "summarise_question_chain": summarise_question_chain,
    "extension_front": extension_front,
    "key_resale": key_resale,
    "office_hours_residential": office_hours_residential,
    "enterprise_quiet": enterprise_quiet,
}


# ============================================================================= hard-negative benign kinds
CS_MSGS = {
    "en": ["my order #{n} hasn't arrived", "I was charged twice for invoice {n}", "how do I reset my password?",
           "can I change the delivery address for order {n}", "the app crashes when I open settings", "I want a refund for {n}"],
    "de": ["meine Bestellung {n} ist nicht angekommen", "ich wurde doppelt belastet ({n})", "wie setze ich mein Passwort zurück?"],
    "es": ["mi pedido {n} no ha llegado", "me cobraron dos veces la factura {n}", "¿cómo cambio mi contraseña?"],
    "ja": ["注文番号{n}がまだ届きません", "請求{n}が二重に引き落とされました", "パスワードの再設定方法を教えてください"],
}
BRANDS = ["Northwind Outfitters", "Bluebird Telecom", "Kestrel Bank", "Lumen Home", "Orbit Airlines", "Pinecone Grocers", "Sable Insurance"]


def customer_service_platform(ctx: Ctx, rng: np.random.Generator) -> None:
    """A support-automation SaaS answering tickets for many client brands around the clock from AWS."""
    kind = "customer_service_platform"
    for _ in range(int(rng.integers(1, 4))):
        a = ctx.account(rng, label="benign", family=kind, role="service")
        ips = dc_ips(rng, int(rng.integers(4, 12)), ["aws"])
        ts = profiled(rng, ctx.t0, ctx.t1, int(rng.integers(2500, 9000)), mixed_diurnal([-6, 0, 1, 9], floor=0.35))
        prompts = []
        for _t in ts:
            lang = pick(rng, list(CS_MSGS)) if rng.random() < 0.35 else "en"
            msg = pick(rng, CS_MSGS[lang]).format(n=int(rng.integers(10**5, 10**7)))
            prompts.append(f"You are the support agent for {pick(rng, BRANDS)}. Follow the policy, be concise, escalate "
                           f"if unsure. Ticket {int(rng.integers(10**6, 10**8))} ({lang}).\nCustomer: {msg}")
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=["python-requests/2.32.3"], p_new=0.1, completion_median=160)


def code_assistant_saas(ctx: Ctx, rng: np.random.Generator) -> None:
    """A code-assistant product proxying many developers' IDE requests through one account."""
    kind = "code_assistant_saas"
    for _ in range(int(rng.integers(1, 3))):
        a = ctx.account(rng, label="benign", family=kind, role="proxy")
        ips = dc_ips(rng, int(rng.integers(3, 9)), ["gcp"])
        ts = profiled(rng, ctx.t0, ctx.t1, int(rng.integers(3000, 10000)), mixed_diurnal([-8, -5, 1, 5.5, 8], floor=0.05))
        prompts = []
        for _t in ts:
            r = rng.random()
            if r < 0.3:
                d, _lang = code_diff(rng)
                prompts.append(f"Write a concise conventional commit message for this diff:\n{d}")
            elif r < 0.6:
                ext = pick(rng, ["py", "ts", "go", "rs"])
                prompts.append(f"<file path=\"{pick(rng, IDENT)}/{ident(rng)}.{ext}\">\n{ident(rng)}({pick(rng, IDENT)}, "
                               f"{int(rng.integers(0, 100))})\n<cursor/>\n</file>\nComplete the code at the cursor.")
            elif r < 0.8:
                prompts.append(f"Explain this error and suggest a fix:\n{pick(rng, ['TypeError', 'KeyError', 'panic', 'NullPointerException'])}: "
                               f"'{pick(rng, IDENT)}' at {ident(rng)} line {int(rng.integers(1, 800))}")
            else:
                prompts.append(pick(rng, ctx.chat))
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=["CodeHelm-Gateway/2.14 (+https://codehelm.dev)"], p_new=0.5,
                 completion_median=120, error_rate=0.02)


POSTS = ["this product is garbage and so are you", "selling cheap followers dm me", "great recipe, thanks for sharing!",
         "anyone else think the referee was paid off??", "click here to claim your prize", "I disagree but respect your view",
         "go back to where you came from", "new video is up, link in bio", "the vaccine changed my DNA", "lol same"]


def content_moderation(ctx: Ctx, rng: np.random.Generator) -> None:
    """A trust-and-safety vendor classifying user posts 24/7 with very short outputs."""
    kind = "content_moderation"
    for _ in range(int(rng.integers(1, 3))):
        a = ctx.account(rng, label="benign", family=kind, role="service")
        ips = dc_ips(rng, int(rng.integers(2, 6)), ["azure"])
        ts = poisson(rng, ctx.t0, ctx.t1, rng.uniform(20, 70))
        prompts = [f"Classify the post under policy v{int(rng.integers(3, 7))} categories [spam, harassment, hate, "
                   f"misinformation, self_harm, none]. Reply with JSON {{\"label\":…, \"score\":…}}.\nPost ({filler(rng)}): "
                   f"{pick(rng, POSTS)}{pick(rng, ['', ' !!', ' ' + pick(rng, NAMES), ' 😂'])}" for _ in ts]
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=["Go-http-client/2.0"], p_new=0.05, completion_median=18)


HEADLINES = ["Central bank holds rates at {n}%", "Storm leaves {n} thousand without power", "Tech firm cuts {n} jobs",
             "Local team wins {n}-1 in final", "City council approves {n}m budget", "Study links sleep to memory in {n} adults"]


def news_summary_pipeline(ctx: Ctx, rng: np.random.Generator) -> None:
    """A news aggregator summarising each hour's articles in short bursts, around the clock."""
    kind = "news_summary_pipeline"
    a = ctx.account(rng, label="benign", family=kind, role="pipeline")
    ips = dc_ips(rng, 2, ["gcp", "ovh"])
    starts = np.arange(ctx.t0 + rng.uniform(60, 900), ctx.t1, 3600.0)
    ts, _ = bursts(rng, starts, rng.uniform(8, 25), 5.0)
    prompts = []
    for _t in ts:
        lang = pick(rng, ["English", "English", "German", "French", "Spanish"])
        hl = pick(rng, HEADLINES).format(n=int(rng.integers(2, 900)))
        body = " ".join(pick(rng, ctx.chat)[:400].split()[:60])
        prompts.append(f"Summarise this article in 3 neutral bullet points (max 60 words), in {lang}.\nHEADLINE: {hl}\nBODY: {body}")
    ctx.emit(rng, a, ts, prompts, ips=ips, uas=["feedbot/1.8 python-httpx/0.28.1"], p_new=0.2, completion_median=90)


PRODUCTS = ["trail running shoe", "stainless steel kettle", "wireless earbuds", "linen shirt", "yoga mat", "LED desk lamp",
            "ceramic planter", "kids' raincoat", "espresso grinder", "backpack"]
COLOURS = ["black", "navy", "sage green", "terracotta", "white", "graphite", "sand"]


def ecommerce_descriptions(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketplace generating product descriptions in nightly batches plus daytime on-demand calls."""
    kind = "ecommerce_descriptions"
    for _ in range(int(rng.integers(1, 4))):
        a = ctx.account(rng, label="benign", family=kind, role="batch")
        tz = float(pick(rng, ["8", "1", "-5"]))
        ips = dc_ips(rng, int(rng.integers(1, 4)), ["alibaba", "aws"])
        night = profiled(rng, ctx.t0, ctx.t1, int(rng.integers(1500, 5000)),
                         lambda t, tz=tz: ((local_hour(t, tz) >= 1) & (local_hour(t, tz) < 4)).astype(float))
        day = profiled(rng, ctx.t0, ctx.t1, int(rng.integers(100, 600)), office_weight(tz))
        ts = np.concatenate([night, day])
        prompts = [f"Write a {pick(rng, ['short', 'SEO-friendly', 'playful', 'premium'])} product description in "
                   f"{pick(rng, ['English', 'German', 'Chinese', 'Spanish', 'Japanese'])}.\nSKU: {filler(rng)}\n"
                   f"Product: {pick(rng, COLOURS)} {pick(rng, PRODUCTS)}\nMaterial: {pick(rng, ['cotton', 'steel', 'recycled PET', 'oak'])}\n"
                   f"Price: {int(rng.integers(5, 400))}.{int(rng.integers(0, 99)):02d}" for _ in ts]
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=["OpenAI/NodeJS 4.77.0"], p_new=0.15, completion_median=140)


def school_tutoring(ctx: Ctx, rng: np.random.Generator) -> None:
    """A school's shared tutoring account: many students on Chromebooks behind one school IP, school hours."""
    kind = "school_tutoring"
    for _ in range(int(rng.integers(1, 4))):
        cc, tz = [("US", -5.0), ("GB", 0.0), ("KR", 9.0), ("IN", 5.5)][int(rng.integers(4))]
        a = ctx.account(rng, label="benign", family=kind, role="shared")
        ips = res_ips(rng, 1, [cc])
        ua = ["Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36"]
        ts = profiled(rng, ctx.t0, ctx.t1, int(rng.integers(600, 2500)), office_weight(tz, 8.0, 15.5, lunch=True))
        prompts = []
        for _t in ts:
            r = rng.random()
            if r < 0.45:
                prompts.append(pick(rng, ["can you help me solve this? ", "i dont get this one: ", "Explain how to do: ", ""])
                               + word_problem(rng, "en"))
            elif r < 0.7:
                prompts.append(f"give me feedback on my essay intro about {pick(rng, list(FIELDS))}: "
                               + " ".join(pick(rng, ctx.chat)[:250].split()[:40]))
            else:
                prompts.append(pick(rng, ctx.chat))
        ctx.emit(rng, a, ts, prompts, ips=ips, uas=ua, p_new=0.2, completion_median=300)


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "customer_service_platform": customer_service_platform,
    "code_assistant_saas": code_assistant_saas,
    "content_moderation": content_moderation,
    "news_summary_pipeline": news_summary_pipeline,
    "ecommerce_descriptions": ecommerce_descriptions,
    "school_tutoring": school_tutoring,
}

"""Campaign families of batch 332: twelve ways operators harvest the model's outputs.

Each family is `f(ctx, rng, campaign_id)` and draws only from its own generator (seeded by
`bench/blind_batch.py` from seed, salt and the family's sorted position). Names are creamery words
and say nothing about the family. What each one does is described in this package's README.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_OTHER,
    TZS,
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind332 import texts

Rng = np.random.Generator

#: user agents that the simulator's background uses most (seen in its output)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1")
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)

#: which languages people in each UTC offset write in (first = most common)
LANGS_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("ru", "en"),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja", "ko"),
}


class Rows:
    """One account's events before they are written: per-event columns."""

    def __init__(self) -> None:
        self.ts: list[float] = []
        self.prompt: list[str] = []
        self.comp: list[float] = []
        self.extra: list[int] = []
        self.ip: list[str | None] = []
        self.model: list[str | None] = []
        self.status: list[int] = []

    def add(
        self,
        t: float,
        prompt: str,
        comp: float,
        *,
        extra: int = 0,
        ip: str | None = None,
        model: str | None = None,
        status: int = 200,
    ) -> None:
        self.ts.append(float(t))
        self.prompt.append(prompt)
        self.comp.append(float(comp))
        self.extra.append(int(extra))
        self.ip.append(ip)
        self.model.append(model)
        self.status.append(int(status))

    def __len__(self) -> int:
        return len(self.ts)


def flush(
    ctx: Ctx,
    rng: Rng,
    acct: Acct,
    rows: Rows,
    *,
    p_new: float,
    p_mini: float = 0.0,
    comp_sigma: float = 0.5,
    err: float = 0.01,
    ua: str | list[str] | None = None,
) -> int:
    """Write an account's rows: models drawn by `ctx.models` where a row names none, a share
    `err` of the 200s turned into 429s, addresses from the account's list where a row has none."""
    n = len(rows)
    if n == 0:
        return 0
    ts = np.asarray(rows.ts, dtype=np.float64)
    auto = ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)
    models = [m if m is not None else a for m, a in zip(rows.model, auto, strict=True)]
    fill = picks(rng, acct.ips, n)
    ips = [ip if ip is not None else f for ip, f in zip(rows.ip, fill, strict=True)]
    status = np.asarray(rows.status, dtype=np.int64)
    status = np.where((status == 200) & (rng.random(n) < err), 429, status)
    return ctx.emit(
        rng,
        acct,
        ts,
        rows.prompt,
        models=models,
        ips=ips,
        ua=ua,
        comp_median=np.asarray(rows.comp),
        comp_sigma=comp_sigma,
        extra=np.asarray(rows.extra),
        status=status,
    )


def weighted(rng: Rng, items: list[str], weights: list[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def lang_mix(
    rng: Rng, pool: tuple[str, ...], k_lo: int, k_hi: int
) -> tuple[list[str], list[float]]:
    """A campaign's own languages and their weights (first one dominant)."""
    k = min(len(pool), irange(rng, k_lo, k_hi))
    langs = [pool[i] for i in rng.permutation(len(pool))[:k].tolist()]
    w = sorted(rng.dirichlet(np.ones(k) * 1.5).tolist(), reverse=True)
    return langs, w


# ============================================================================================
# 1. reasoning-trace coercion from rented servers, several small orgs


def curd(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "curd"
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 3, 5))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    n_orgs = irange(rng, 2, 4)
    accts: list[Acct] = []
    org_langs = []
    for _ in range(n_orgs):
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.4)
        langs, w = lang_mix(rng, ("en", "zh", "es", "de", "ru", "ja"), 1, 3)
        styles = texts.trace_styles("en")
        my_styles = [styles[i] for i in rng.permutation(len(styles))[: irange(rng, 1, 3)].tolist()]
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 2)),
            )
            for _ in range(irange(rng, 3, 6))
        ]
        rate = float(rng.uniform(8, 22))
        pre = worker_pool(rng, start, ctx.release, rate * float(rng.uniform(0.3, 0.7)), len(keys))
        post = worker_pool(rng, ctx.release, ctx.t1, rate * float(rng.uniform(1.4, 2.4)), len(keys))
        sys_tokens = irange(rng, 30, 160)
        for acct, a, b in zip(keys, pre, post, strict=True):
            rows = Rows()
            for t in np.concatenate([a, b]).tolist():
                lg = weighted(rng, langs, w)
                st = pick(rng, my_styles)
                rows.add(
                    t,
                    texts.reasoning_prompt(rng, lg, st),
                    float(rng.uniform(900, 1700)),
                    extra=sys_tokens,
                )
            flush(ctx, rng, acct, rows, p_new=0.96, comp_sigma=0.45, err=0.02)
        accts += keys
        org_langs.append(langs)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning traces",
            "orgs": n_orgs,
            "provider": provider,
            "pacing": "worker pools, ramp after release",
            "languages": org_langs,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading in batch bursts from one cloud project


def butterfat(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "butterfat"
    provider = pick(rng, ("aws", "gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    nat = cloud(rng, 1, provider)
    keys = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider) + nat,
        )
        for _ in range(irange(rng, 4, 8))
    ]
    all_styles = ["pairwise", "rubric", "scalar", "checklist"]
    styles = [all_styles[i] for i in rng.permutation(4)[: irange(rng, 2, 4)].tolist()]
    langs, w = ["en", "fr", "ja"], [1.0, float(rng.uniform(0, 0.3)), float(rng.uniform(0, 0.3))]
    swap = chance(rng, 0.6)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    starts = thinned(rng, start, ctx.t1, float(rng.uniform(18, 34)), constant)
    trains = bursts(
        rng, starts, float(rng.uniform(50, 130)), float(rng.uniform(0.8, 2.5)), b=ctx.t1
    )
    rows = {a.id: Rows() for a in keys}
    spread = chance(rng, 0.5)
    for train in trains:
        owner = pick(rng, keys)
        for t in train.tolist():
            acct = pick(rng, keys) if spread else owner
            q, ra, rb = pick(rng, ctx.chat), pick(rng, ctx.passages), pick(rng, ctx.passages)
            st, lg = pick(rng, styles), weighted(rng, langs, w)
            p, comp = texts.judge_prompt(rng, st, lg, q, ra, rb)
            rows[acct.id].add(t, p, comp)
            if swap and st == "pairwise":
                p2, comp2 = texts.judge_prompt(rng, st, lg, q, rb, ra)
                rows[acct.id].add(t + float(rng.uniform(0.3, 4.0)), p2, comp2)
    for a in keys:
        flush(ctx, rng, a, rows[a.id], p_new=0.9, p_mini=0.05, comp_sigma=0.5, err=0.015)
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "grading / preference labels",
            "styles": styles,
            "provider": provider,
            "pacing": "batch bursts",
            "position_swap": swap,
            "keys_per_burst": "all" if spread else "one",
        },
    )


# ============================================================================================
# 3. compliance rewrites / safe completions on stolen cards, keys burned and replaced


def cheddar(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cheddar"
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    langs, w = lang_mix(rng, ("zh", "ru", "ar", "vi", "en"), 2, 4)
    regions = ("us", "eu", "sea", "latam", "in", "ca")
    slots = irange(rng, 3, 5)
    lives: list[list[tuple[float, float, Acct, str]]] = []
    accts: list[Acct] = []
    for _ in range(slots):
        t = start + float(rng.uniform(0, 6 * HOUR))
        chain = []
        while t < ctx.t1:
            life = float(rng.lognormal(np.log(1.2 * DAY), 0.5))
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="burner",
                campaign_id=cid,
                ua=pick(rng, SDK_OTHER + BG_SDK),
                ips=["0.0.0.0"],
            )
            chain.append((t, t + life, a, pick(rng, regions)))
            accts.append(a)
            t += life + float(rng.exponential(3 * HOUR))
        lives.append(chain)
    rate = float(rng.uniform(14, 30))
    ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    slot_of = rng.integers(0, slots, size=len(ts)).tolist()
    rows: dict[str, Rows] = {a.id: Rows() for a in accts}
    styles = ["comply_rewrite", "safe_complete", "pair", "neutralise"]
    sw = rng.dirichlet(np.ones(4)).tolist()
    for t, s in zip(ts.tolist(), slot_of, strict=True):
        live = [c for c in lives[s] if c[0] <= t < c[1]]
        if not live:
            continue
        _, _, acct, region = live[0]
        st = weighted(rng, styles, sw)
        lg = weighted(rng, langs, w)
        p = texts.policy_prompt(rng, st, lg, pick(rng, ctx.passages), pick(rng, ctx.chat))
        rows[acct.id].add(t, p, 520.0, ip=resi(rng, 1, region)[0])
    for chain in lives:
        for _, end, acct, _ in chain:
            r = rows[acct.id]
            if end < ctx.t1:  # the card was reported: the key's last calls are refused
                for j in range(max(0, len(r) - irange(rng, 1, 3)), len(r)):
                    r.status[j] = 401
    for a in accts:
        flush(ctx, rng, a, rows[a.id], p_new=0.92, comp_sigma=0.55, err=0.05)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy rewrites / safe completions",
            "languages": langs,
            "slots": slots,
            "payment": "stolen card per key",
            "ip_source": "rotating residential proxies",
        },
    )


# ============================================================================================
# 4. agent / tool-use transcripts


def clabber(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "clabber"
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts: list[Acct] = []
    n_orgs = irange(rng, 1, 2)
    for _ in range(n_orgs):
        provider = pick(rng, ("aws", "gcp"))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
        style = pick(rng, ("react", "function_call", "xml"))
        keys = [
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="agent_runner",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), provider),
            )
            for _ in range(irange(rng, 3, 6))
        ]
        rows = {a.id: Rows() for a in keys}
        langs, w = (
            ["en", "zh", "de"],
            [1.0, float(rng.uniform(0, 0.4)), float(rng.uniform(0, 0.25))],
        )
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(2.0, 4.0)) * (ctx.t1 - start) / HOUR, constant
        )
        for s in starts.tolist():
            acct = pick(rng, keys)
            task, tools = texts.agent_task(rng, weighted(rng, langs, w))
            n_steps = irange(rng, 3, 12)
            t = s
            for step in range(n_steps):
                p = texts.agent_step_prompt(rng, style, task, tools, step)
                rows[acct.id].add(
                    t, p, 380.0 if step == n_steps - 1 else 170.0, extra=min(7000, 220 + 320 * step)
                )
                t += float(rng.lognormal(np.log(3.5), 0.6))
        for a in keys:
            flush(ctx, rng, a, rows[a.id], p_new=0.9, comp_sigma=0.5, err=0.01)
        accts += keys
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectories with faked tool results",
            "orgs": n_orgs,
            "pacing": "episodes of fast sequential steps",
        },
    )


# ============================================================================================
# 5. synthetic dataset generation on many throwaway keys behind VPN exits


def creamline(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "creamline"
    provider = pick(rng, ("m247", "leaseweb", "vultr", "digitalocean"))
    exits = cloud(rng, irange(rng, 12, 30), provider)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 8))]
    langs, w = lang_mix(rng, ("en", "hi", "id", "pt", "sw", "tr", "es"), 2, 5)
    all_styles = ["jsonl", "seeded", "evolve", "textbook", "persona"]
    accts: list[Acct] = []
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for _ in range(irange(rng, 28, 50)):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0")),
            ips=exits,
        )
        accts.append(a)
        a0 = float(rng.uniform(start, ctx.t1 - 0.5 * DAY))
        a1 = min(ctx.t1, a0 + float(rng.uniform(0.6, 3.0)) * DAY)
        starts = thinned(rng, a0, a1, float(rng.uniform(2, 5)) * (a1 - a0) / DAY, constant)
        trains = bursts(rng, starts, float(rng.uniform(6, 18)), float(rng.uniform(0.8, 3.0)), b=a1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        my = [all_styles[i] for i in rng.permutation(5)[: irange(rng, 1, 3)].tolist()]
        ips = sticky(rng, ts, exits, float(rng.uniform(15, 45)) * MINUTE)
        rows = Rows()
        for t, ip in zip(ts.tolist(), ips, strict=True):
            p = texts.dataset_prompt(
                rng, pick(rng, my), weighted(rng, langs, w), pick(rng, ctx.chat)
            )
            rows.add(t, p, 1500.0, ip=ip)
        flush(ctx, rng, a, rows, p_new=0.93, comp_sigma=0.5, err=0.11)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction data",
            "languages": langs,
            "provider": provider,
            "cards": len(cards),
            "pacing": "bursts until rate limited",
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest through a fake web client


def ghee(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ghee"
    cards = [hexid(rng, "pay") for _ in range(3)]
    regions = [pick(rng, ("us", "eu", "ca")), pick(rng, ("eu", "latam", "us"))]
    accts: list[Acct] = []
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for _ in range(irange(rng, 12, 22)):
        lang = weighted(rng, ["en", "es", "pt", "de", "ja"], [0.55, 0.15, 0.12, 0.1, 0.08])
        region = pick(rng, regions)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, BROWSERS + BG_BROWSER),
            ips=resi(rng, 1, region),
        )
        accts.append(a)
        a0 = float(rng.uniform(start, start + DAY))
        sessions = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(3, 7)),
            constant,
            float(rng.uniform(5, 9)),
            float(rng.uniform(15, 40)),
            0.5,
        )
        rows = Rows()
        for sess in sessions:
            ip = resi(rng, 1, region)[0]
            for j, t in enumerate(sess.tolist()):
                if j == 0:
                    p = pick(rng, ctx.chat) if chance(rng, 0.7) else texts.opener(rng, lang)
                else:
                    p = texts.followup(rng, lang)
                rows.add(t, p, 460.0, extra=min(6000, 180 * j), ip=ip)
        flush(ctx, rng, a, rows, p_new=0.9, comp_sigma=0.55, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "cards": len(cards),
            "regions": regions,
            "pacing": "round-the-clock scripted sessions",
        },
    )


# ============================================================================================
# 7. best-of-n and soft-label sampling


def homogeniser(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "homogeniser"
    provider = pick(rng, ("oracle", "azure", "aws"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    keys = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(irange(rng, 2, 4))
    ]
    rows = {a.id: Rows() for a in keys}
    tag_style = pick(rng, ("same", "seeded", "jitter"))
    p_soft = float(rng.uniform(0.2, 0.6))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    arrivals = thinned(
        rng, start, ctx.t1, float(rng.uniform(4, 8)) * (ctx.t1 - start) / HOUR, constant
    )
    for s in arrivals.tolist():
        acct = pick(rng, keys)
        if chance(rng, p_soft):
            base, n, comp = (
                texts.soft_label_prompt(rng, pick(rng, ("en", "en", "zh")), pick(rng, ctx.chat)),
                irange(rng, 1, 3),
                45.0,
            )
        else:
            base = (
                pick(rng, ctx.chat)
                if chance(rng, 0.5)
                else texts.reasoning_prompt(rng, pick(rng, ("en", "zh")), "numbered")
            )
            n, comp = pick(rng, (4, 4, 8, 8, 16)), 520.0
        t = s
        for i in range(n):
            rows[acct.id].add(t, texts.sample_tag(rng, base, i, tag_style), comp)
            t += float(rng.lognormal(np.log(1.2), 0.6))
    for a in keys:
        flush(ctx, rng, a, rows[a.id], p_new=0.97, comp_sigma=0.6, err=0.02)
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "best-of-n and soft-label sampling",
            "tag_style": tag_style,
            "soft_share": round(p_soft, 2),
            "provider": provider,
        },
    )


# ============================================================================================
# 8. HARD: a "localisation vendor" building a parallel corpus


def kefir(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kefir"
    tz = pick(rng, (1, 2, 3, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, irange(rng, 1, 2), tz)
    staff = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="vendor_staff",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, BG_BROWSER + BROWSERS),
            ips=office,
            tz=tz,
        )
        for _ in range(irange(rng, 3, 5))
    ]
    server = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="vendor_cat_server",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
        ips=cloud(rng, 1, pick(rng, ("hetzner", "ovh"))),
        tz=tz,
    )
    targets_all = (
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "pl",
        "nl",
        "tr",
        "ru",
        "uk",
        "ja",
        "ko",
        "zh",
        "ar",
        "vi",
        "th",
        "id",
        "hi",
    )
    targets = [
        targets_all[i] for i in rng.permutation(len(targets_all))[: irange(rng, 7, 12)].tolist()
    ]
    sources = [
        ctx.passages[i]
        for i in rng.choice(len(ctx.passages), size=irange(rng, 180, 320), replace=False).tolist()
    ]
    work: list[tuple[int, str]] = []
    for i in range(len(sources)):
        fan = rng.permutation(len(targets))[: irange(rng, 4, len(targets))].tolist()
        work += [(i, targets[j]) for j in fan]
    order = rng.permutation(len(work)).tolist()
    queue = [work[i] for i in order]
    clients = [
        f"{pick(rng, ('Nordlicht', 'Kestrel', 'Bluepine', 'Ostara', 'Maru'))} {pick(rng, ('Retail', 'Apps', 'Travel', 'Health'))}"
        for _ in range(3)
    ]
    events: list[tuple[float, Acct, str]] = []
    for a in staff:
        for sess in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(4, 7)), workday(tz), 6.0, 110.0, 0.9
        ):
            events += [(t, a, "staff") for t in sess.tolist()]
    night = nightly(float(rng.uniform(19, 22)), float(rng.uniform(5, 8)), tz)
    for t in thinned(
        rng, ctx.t0, ctx.t1, float(rng.uniform(25, 45)) * 7 * float(rng.uniform(5, 8)), night
    ).tolist():
        events.append((t, server, "server"))
    events.sort(key=lambda e: e[0])
    rows = {a.id: Rows() for a in [*staff, server]}
    harvest_from = ctx.release - float(rng.uniform(0, 10)) * HOUR
    pos = job = 0
    for t, a, role in events:
        harvesting = t >= harvest_from and pos < len(queue) and chance(rng, 0.82)
        if harvesting:
            i, tgt = queue[pos]
            pos += 1
            style = (
                pick(rng, ("cat_tool", "xml"))
                if role == "server"
                else pick(rng, ("staff", "glossary"))
            )
            job = 4000 + i // 12
            p = texts.translation_prompt(rng, style, sources[i], tgt, job, i % 12 + 1)
            comp = max(40.0, len(texts.clip(sources[i], 1800)) / 3.4)
        else:
            p = texts.ui_translation_prompt(
                rng, pick(rng, clients), pick(rng, targets), "cat" if role == "server" else "chat"
            )
            comp = 30.0
        rows[a.id].add(t, p, comp)
    for a in [*staff, server]:
        flush(ctx, rng, a, rows[a.id], p_new=0.75, p_mini=0.1, comp_sigma=0.3, err=0.01)
    ctx.campaign(
        cid,
        fam,
        [*staff, server],
        {
            "operation": "parallel-corpus harvest behind a vendor front",
            "tz": tz,
            "targets": targets,
            "sources": len(sources),
            "harvested_items": pos,
        },
    )


# ============================================================================================
# 9. HARD: code harvest mixed into a real IDE plugin's backend traffic


def pasteuriser(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pasteuriser"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    keys = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, 2, "aws"),
        )
        for _ in range(irange(rng, 3, 5))
    ]
    weight = rng.dirichlet(np.ones(len(keys)) * 2).tolist()
    code_chat = [c for c in ctx.chat if texts.is_codey(c)]
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.4, 0.7)))
    rate = float(rng.uniform(14, 28))
    rows = {a.id: Rows() for a in keys}
    for t in thinned(rng, ctx.t0, ctx.t1, rate * 7 * 24, curve).tolist():
        a = keys[int(rng.choice(len(keys), p=weight))]
        p = pick(rng, code_chat) if chance(rng, 0.9) else pick(rng, ctx.chat)
        rows[a.id].add(t, p, 380.0, extra=irange(rng, 0, 600), model=None)
    h0 = ctx.release + float(rng.uniform(0, 8)) * HOUR
    share = float(rng.uniform(0.3, 0.55))
    styles = texts.code_styles()
    my = [styles[i] for i in rng.permutation(len(styles))[: irange(rng, 3, 5)].tolist()]
    for t in thinned(rng, h0, ctx.t1, rate * share * (ctx.t1 - h0) / HOUR, curve).tolist():
        a = keys[int(rng.choice(len(keys), p=weight))]
        rows[a.id].add(
            t,
            texts.code_prompt(rng, pick(rng, my)),
            700.0,
            extra=irange(rng, 0, 600),
            model=ctx.new_model,
        )
    for a in keys:
        flush(ctx, rng, a, rows[a.id], p_new=0.35, p_mini=0.15, comp_sigma=0.55, err=0.01)
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "code harvest inside product traffic",
            "harvest_share": round(share, 2),
            "harvest_from": h0,
            "styles": my,
        },
    )


# ============================================================================================
# 10. HARD: bought aged consumer accounts worked by a person-like crowd


def ricotta(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ricotta"
    accts: list[Acct] = []
    for _ in range(irange(rng, 35, 60)):
        tz = pick(rng, TZS)
        lang = pick(rng, LANGS_OF_TZ[tz])
        mobile = chance(rng, 0.3)
        ips = home(rng, 1, tz)
        if chance(rng, 0.25):
            ips += (
                mobile_v6(rng, 1, "us_mobile" if tz < 0 else "eu_mobile")
                if mobile
                else home(rng, 1, tz)
            )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS + BG_BROWSER),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        curve = evening_person(tz)
        sess = session_times(
            rng, ctx.t0, ctx.release, float(rng.uniform(0.1, 0.5)), curve, 2.5, 90.0
        )
        sess += session_times(
            rng, ctx.release, ctx.t1, float(rng.uniform(0.7, 2.0)), curve, 3.5, 80.0
        )
        rows = Rows()
        for s in sess:
            for j, t in enumerate(s.tolist()):
                if j == 0:
                    p = (
                        texts.casual_question(rng, lang)
                        if chance(rng, 0.8)
                        else pick(rng, ctx.chat)
                    )
                else:
                    p = (
                        texts.casual_followup(rng, lang)
                        if chance(rng, 0.6)
                        else texts.casual_question(rng, lang)
                    )
                rows.add(t, p, 760.0, extra=min(4000, 250 * j))
        flush(ctx, rng, a, rows, p_new=0.8, p_mini=0.05, comp_sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd of aged consumer accounts asking for worked reasoning",
            "pacing": "human sessions, evenings",
            "ip_source": "home broadband",
        },
    )


# ============================================================================================
# 11. HARD: leaked keys of real users, taken over after the release to replay public prompts


def sherbet(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sherbet"
    replay = [ctx.chat[i] for i in rng.permutation(len(ctx.chat)).tolist()]
    pos = 0
    pool = resi(rng, irange(rng, 30, 60), "*")
    accts: list[Acct] = []
    takeovers = []
    for _ in range(irange(rng, 12, 24)):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_BROWSER + BG_SDK)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        rows = Rows()
        for s in session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 2.0)), evening_person(tz), 3.0, 70.0
        ):
            for t in s.tolist():
                rows.add(t, pick(rng, ctx.chat), 350.0, model=None)
        take = ctx.release + float(rng.uniform(0, 36)) * HOUR
        until = min(ctx.t1, take + float(rng.uniform(10, 48)) * HOUR)
        takeovers.append([take, until])
        ts = thinned(rng, take, until, float(rng.uniform(5, 16)) * (until - take) / HOUR, constant)
        ips = sticky(rng, ts, pool, float(rng.uniform(20, 90)) * MINUTE)
        own_ua = chance(rng, 0.5)
        atk_ua = (
            ua
            if own_ua
            else pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0", "aiohttp/3.11.11"))
        )
        n_owner = len(rows)
        for j, (t, ip) in enumerate(zip(ts.tolist(), ips, strict=True)):
            p = replay[pos % len(replay)]
            pos += 1
            rows.add(
                t,
                p,
                360.0,
                ip=ip,
                model=ctx.new_model,
                status=401 if j >= len(ts) - 2 and until < ctx.t1 else 200,
            )
        uas = [ua] * n_owner + [atk_ua] * (len(rows) - n_owner)
        flush(ctx, rng, a, rows, p_new=0.2, p_mini=0.15, comp_sigma=0.6, err=0.01, ua=uas)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay on leaked keys",
            "takeovers": takeovers,
            "replayed": pos,
            "ip_source": "residential proxy pool",
        },
    )


# ============================================================================================
# 12. curriculum sweep behind a tutoring-app front


def buttermilk(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "buttermilk"
    provider = pick(rng, ("digitalocean", "linode"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, 2, provider)
    ua = pick(rng, ("axios/1.7.9", "okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    keys = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="app_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=backend,
        )
        for _ in range(irange(rng, 6, 12))
    ]
    langs = ["en"] + [pick(rng, ("es", "hi", "ar", "id")) for _ in range(irange(rng, 1, 2))]
    grid = []
    for subj in sorted(texts.SUBJECTS):
        for topic in texts.SUBJECTS[subj]:
            for grade in range(6, 13):
                for qt in texts.QTYPES:
                    for d in ("easy", "medium", "hard"):
                        for lg in langs:
                            grid.append(texts.curriculum_prompt(lg, grade, subj, topic, qt, d))
    offset = irange(rng, 0, len(grid) - 1)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    curve = global_load(float(rng.uniform(9, 15)), 0.5)
    ts = thinned(rng, start, ctx.t1, float(rng.uniform(22, 45)) * (ctx.t1 - start) / HOUR, curve)
    rows = {a.id: Rows() for a in keys}
    for j, t in enumerate(ts.tolist()):
        a = pick(rng, keys)
        rows[a.id].add(t, grid[(offset + j) % len(grid)], 950.0, extra=irange(rng, 60, 90))
    for a in keys:
        flush(ctx, rng, a, rows[a.id], p_new=0.9, comp_sigma=0.4, err=0.01)
    ctx.campaign(
        cid,
        fam,
        keys,
        {
            "operation": "syllabus sweep",
            "languages": langs,
            "grid": len(grid),
            "provider": provider,
        },
    )


CAMPAIGN_FAMILIES = {
    "butterfat": butterfat,
    "buttermilk": buttermilk,
    "cheddar": cheddar,
    "clabber": clabber,
    "creamline": creamline,
    "curd": curd,
    "ghee": ghee,
    "homogeniser": homogeniser,
    "kefir": kefir,
    "pasteuriser": pasteuriser,
    "ricotta": ricotta,
    "sherbet": sherbet,
}

"""Campaign families of batch 118 (code names from netball).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign with `ctx.campaign`. Every choice (key
counts, orgs, cards, pacing, addresses, user agents, languages, template styles, models) is drawn
from the family's own rng. What each family is, and which ones were built to be hard, is on the
card (README.md), to be read only after the monitor's single run.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    multi_office,
    nightly,
    pick,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind118 import texts as tx

# user agents as they appear in the simulator's background traffic (the commonest first)
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
ALL_BROWSERS = BG_BROWSERS + BROWSERS

#: consumer regions the address map knows, by UTC offset (mirrors the background's habits)
REGION_BY_TZ = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "sea",
    9: "jp_kr",
}


class Buf:
    """Per-account event buffer: add events one by one, write them with one `ctx.emit`."""

    def __init__(self) -> None:
        self.ts: list[float] = []
        self.prompts: list[str] = []
        self.comp: list[float] = []
        self.extra: list[int] = []
        self.ips: list[str | None] = []
        self.models: list[str | None] = []

    def add(
        self,
        t: float,
        prompt: str,
        comp: float,
        extra: int = 0,
        ip: str | None = None,
        model: str | None = None,
    ) -> None:
        self.ts.append(float(t))
        self.prompts.append(prompt)
        self.comp.append(float(comp))
        self.extra.append(int(extra))
        self.ips.append(ip)
        self.models.append(model)

    def flush(
        self,
        ctx: Ctx,
        rng: np.random.Generator,
        acct: Acct,
        *,
        p_new: float = 0.9,
        p_mini: float = 0.05,
        err: float = 0.01,
        sigma: float = 0.6,
        ua: list[str] | None = None,
    ) -> int:
        if not self.ts:
            return 0
        ts = np.asarray(self.ts)
        drawn = ctx.models(rng, ts, p_new=p_new, p_mini=p_mini)
        models = [m if m is not None else d for m, d in zip(self.models, drawn, strict=True)]
        if all(ip is None for ip in self.ips):
            ips = None
        else:
            fallback = acct.ips
            ips = [ip if ip is not None else pick(rng, fallback) for ip in self.ips]
        return ctx.emit(
            rng,
            acct,
            ts,
            self.prompts,
            models=models,
            ips=ips,
            ua=ua,
            comp_median=np.asarray(self.comp),
            comp_sigma=sigma,
            err=err,
            extra=np.asarray(self.extra, dtype=np.int64),
        )


def subset(rng: np.random.Generator, pool: list[str], lo: int, hi: int) -> list[str]:
    k = min(len(pool), irange(rng, lo, hi))
    return [pool[i] for i in rng.choice(len(pool), size=k, replace=False).tolist()]


def pauses(
    rng: np.random.Generator, a: float, b: float, n: int, lo_h: float, hi_h: float
) -> list[tuple[float, float]]:
    """`n` outages of the operator's pipeline (crashes, top-ups, key swaps)."""
    out = []
    for _ in range(n):
        s = float(rng.uniform(a, b))
        out.append((s, s + float(rng.uniform(lo_h, hi_h)) * HOUR))
    return out


def cut(ts: np.ndarray, gaps: list[tuple[float, float]]) -> np.ndarray:
    ts = np.asarray(ts)
    keep = np.ones(len(ts), dtype=bool)
    for s, e in gaps:
        keep &= ~((ts >= s) & (ts < e))
    return ts[keep]


def styles(rng: np.random.Generator, n_styles: int, lo: int, hi: int) -> list[int]:
    return sorted(
        int(x) for x in rng.choice(n_styles, size=min(n_styles, irange(rng, lo, hi)), replace=False)
    )


def model_for(ctx: Ctx, t: float, old: str | None = None) -> str:
    """The new model once it exists, otherwise `old` (default: the old flagship)."""
    return ctx.new_model if t >= ctx.release else (old or ctx.old_models[0])


# --------------------------------------------------------------------------------------------


def held_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "held_ball"
    n = irange(rng, 8, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    per_key_org = chance(rng, 0.5)
    orgs = [hexid(rng, "org") for _ in range(n if per_key_org else irange(rng, 2, 3))]
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=subset(rng, pool, 2, 4),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(40, 90))
    gaps = pauses(rng, start, ctx.t1, irange(rng, 2, 5), 1.5, 6.0)
    langs = tx.lang_mix(rng, ["en", "zh", "ru"])
    sty = styles(rng, 5, 2, 4)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts = cut(ts, gaps)
        prompts = [tx.reasoning_prompt(rng, tx.draw_lang(rng, langs), sty) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=1800.0,
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": len(orgs),
            "cards": len(cards),
            "payment": "prepaid cards shared round-robin",
            "ip_source": f"rented {provider} block",
            "pacing": "one Poisson worker pool with outages",
            "per_hour": round(per_hour, 1),
            "user_agent": ua,
            "languages": langs,
            "styles": sty,
            "start": start,
        },
    )


def toss_up(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "toss_up"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    pool = rented_block(rng, provider, 1, irange(rng, 3, 6))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0", "litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=subset(rng, pool, 1, 3),
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    per_day = float(rng.uniform(2.0, 5.0))
    size = float(rng.uniform(80, 200))
    op_tz = pick(rng, (8, 3, -5))
    starts = thinned(
        rng,
        start,
        ctx.t1,
        per_day * (ctx.t1 - start) / DAY,
        lambda t: 0.35 + 0.65 * workday(op_tz, 9, 21, weekend=0.6)(t),
    )
    langs = tx.lang_mix(rng, ["en", "de", "ja"], 2.0)
    sty = styles(rng, 5, 2, 5)
    bufs = [Buf() for _ in accts]
    for train in bursts(rng, starts, size, float(rng.uniform(0.8, 2.0)), 0.6, ctx.t1):
        workers = rng.choice(n, size=irange(rng, 1, n), replace=False)
        for t in train.tolist():
            bufs[int(pick(rng, workers))].add(
                t,
                tx.judge_prompt(rng, ctx.chat, ctx.passages, tx.draw_lang(rng, langs), sty),
                230.0,
            )
    for a, b in zip(accts, bufs, strict=True):
        b.flush(ctx, rng, a, p_new=0.97, p_mini=0.0, err=0.03, sigma=0.7)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading harvest",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{provider} block",
            "pacing": "bursts split over keys",
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "operator_tz": op_tz,
            "user_agent": ua,
            "languages": langs,
            "styles": sty,
        },
    )


def replayed_ball(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "replayed_ball"
    n = irange(rng, 10, 22)
    vpn = cloud(rng, irange(rng, 5, 10), pick(rng, ("m247", "leaseweb"))) + cloud(
        rng, irange(rng, 4, 8), pick(rng, ("vultr", "ovh", "linode"))
    )
    langs = tx.lang_mix(rng, ["zh", "en", "ar", "fa", "vi"], 1.2)
    accts: list[Acct] = []
    lifetimes = []
    span = ctx.t1 - ctx.t0
    for i in range(n):
        birth = ctx.t0 + (i / n) * span * 0.88 + float(rng.uniform(0, 0.3)) * DAY
        death = min(ctx.t1, birth + float(rng.uniform(0.8, 2.5)) * DAY)
        ua = pick(
            rng,
            (
                "python-requests/2.32.3",
                "aiohttp/3.11.11",
                "OpenAI/Python 1.54.0",
                pick(rng, ALL_BROWSERS),
            ),
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="disposable_key",
            campaign_id=cid,
            ua=ua,
            ips=subset(rng, vpn, 1, 3),
        )
        accts.append(a)
        lifetimes.append((birth, death))
        starts = thinned(
            rng, birth, death, float(rng.uniform(4, 10)) * (death - birth) / DAY, constant
        )
        if len(starts) == 0:
            starts = np.asarray([birth + float(rng.uniform(0, 0.5)) * (death - birth)])
        ts = np.concatenate(
            bursts(rng, starts, float(rng.uniform(25, 70)), float(rng.uniform(4, 9)), 0.5, death)
            or [np.empty(0)]
        )
        prompts = [
            tx.rewrite_prompt(rng, ctx.chat, ctx.passages, tx.draw_lang(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.03),
            comp_median=420.0,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "stolen cards, one per key",
            "ip_source": "commercial VPN exits (shared pool)",
            "pacing": "staggered short-lived keys, bursts",
            "languages": langs,
            "key_lifetimes_days": [round((d - b) / DAY, 2) for b, d in lifetimes],
        },
    )


def bounce_pass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bounce_pass"
    n = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    uas = [
        pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2")),
        pick(rng, ("langchain/0.3.7 python-openai/1.54.0", "OpenAI/Python 1.54.0")),
    ]
    provider = pick(rng, ("gcp", "azure"))
    accts = []
    for i in range(n):
        j = i % 2
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="agent_runner",
                campaign_id=cid,
                org=orgs[j],
                pay=cards[j],
                ua=uas[j],
                ips=cloud(rng, irange(rng, 1, 2), provider),
            )
        )
    tzs = sorted({pick(rng, TZS) for _ in range(irange(rng, 1, 3))})
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    eps_per_hour = float(rng.uniform(6, 14))
    ep_starts = thinned(
        rng,
        start,
        ctx.t1,
        eps_per_hour * (ctx.t1 - start) / HOUR,
        lambda t: 0.25 + 0.75 * multi_office(tzs)(t),
    )
    langs = tx.lang_mix(rng, ["en", "es", "zh"], 2.0)
    schema = irange(rng, 500, 1200)
    grow = irange(rng, 150, 400)
    bufs = [Buf() for _ in accts]
    for s in ep_starts.tolist():
        k = int(rng.integers(n))
        steps = irange(rng, 4, 14)
        gaps = np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=steps - 1))])
        task = tx.agent_task(rng, tx.draw_lang(rng, langs))
        for i, g in enumerate(gaps.tolist()):
            bufs[k].add(
                s + g,
                tx.agent_step(rng, ctx.passages, task, i, i == steps - 1),
                700.0 if i == steps - 1 else 170.0,
                extra=schema + i * grow,
            )
    for a, b in zip(accts, bufs, strict=True):
        b.flush(ctx, rng, a, p_new=0.93, p_mini=0.02, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "keys": n,
            "orgs": 2,
            "cards": 2,
            "ip_source": f"{provider} VMs",
            "pacing": "episodes on office-hours curve",
            "office_tzs": tzs,
            "episodes_per_hour": round(eps_per_hour, 1),
            "user_agents": uas,
            "languages": langs,
        },
    )


def chest_pass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chest_pass"
    n = irange(rng, 15, 30)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    langs = tx.lang_mix(rng, ["en", "zh", "ko", "es"], 1.5)
    sty = styles(rng, 5, 3, 5)
    night = nightly(22.0, float(rng.uniform(6, 9)), 8)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    for i in range(n):
        if chance(rng, 0.5):
            ips = cloud(
                rng, irange(rng, 1, 2), pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
            )
        else:
            ips = resi(rng, irange(rng, 2, 4), pick(rng, ("cn", "sea")))
        ua = (
            "OpenAI/Python 1.54.0"
            if chance(rng, 0.7)
            else pick(rng, ("OpenAI/Python 1.63.2", "python-httpx/0.28.1"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        ts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.lognormal(np.log(230), 0.5)),
            lambda t: 0.15 + 0.85 * night(t),
        )
        prompts = [
            tx.synth_prompt(rng, ctx.chat, tx.draw_lang(rng, langs), sty) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.94, p_mini=0.03),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "keys": n,
            "orgs": n,
            "cards": len(cards),
            "payment": "virtual prepaid cards shared",
            "ip_source": "Chinese cloud + cn/sea residential proxies",
            "pacing": "per-key Poisson, heavy at night UTC+8",
            "languages": langs,
            "styles": sty,
        },
    )


def shoulder_pass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shoulder_pass"
    n = irange(rng, 25, 45)
    langs = tx.lang_mix(rng, ["en", "es", "pt", "id"], 2.0)
    tz_of = {"en": (-8, -5, 0), "es": (-5, -3), "pt": (-3,), "id": (8,)}
    region_of = {"en": None, "es": "latam", "pt": "latam", "id": "sea"}
    grid = [(a, b) for a in tx.TOPICS for b in tx.TOPICS if a != b]
    order = rng.permutation(len(grid))
    cursor = 0
    accts = []
    static_n = 0
    for _ in range(n):
        lang = tx.draw_lang(rng, langs)
        tz = pick(rng, tz_of[lang])
        region = region_of[lang] or REGION_BY_TZ[tz]
        static = chance(rng, 0.6)
        static_n += static
        pool = resi(rng, 1 if static else irange(rng, 8, 30), region)
        ua = pick(rng, ALL_BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE[:3] + (BG_PHONE,))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            evening_person(tz),
            float(rng.uniform(5, 9)),
            float(rng.uniform(35, 90)),
        )
        b = Buf()
        hold = float(rng.uniform(2, 6)) * HOUR
        for sess in sessions:
            t_, u_ = grid[int(order[cursor % len(grid)])]
            cursor += 1
            ips = sticky(rng, sess, pool, hold)
            for i, t in enumerate(sess.tolist()):
                p = (
                    tx.dialogue_opener(rng, lang, t_, u_)
                    if i == 0
                    else tx.dialogue_follow(rng, lang, u_)
                )
                b.add(t, p, 380.0, extra=i * irange(rng, 60, 200), ip=ips[i])
        b.flush(ctx, rng, a, p_new=0.78, p_mini=0.05, err=0.01, sigma=0.7)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest by a person-like crowd",
            "keys": n,
            "orgs": n,
            "cards": n,
            "ip_source": "residential proxies (static ISP or sticky rotating) matched to persona region",
            "static_ip_accounts": int(static_n),
            "pacing": "evening sessions with think times",
            "topics_covered": int(cursor),
            "languages": langs,
        },
    )


def penalty_pass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "penalty_pass"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr"))
    pool = rented_block(rng, provider, 1, irange(rng, 2, 5))
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=subset(rng, pool, 1, 2),
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(0, 6)) * HOUR
    per_hour = float(rng.uniform(8, 20))
    jobs = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    langs = tx.lang_mix(rng, ["en", "fr", "pt"], 3.0)
    bufs = [Buf() for _ in accts]
    for s in jobs.tolist():
        b = bufs[int(rng.integers(n))]
        prompt, short = tx.sampling_prompt(rng, ctx.chat, ctx.passages, tx.draw_lang(rng, langs))
        k = irange(rng, 4, 12) if short else irange(rng, 3, 8)
        for dt in np.sort(rng.uniform(0, 3.0, size=k)).tolist():
            b.add(s + dt, prompt, 12.0 if short else 520.0, model=ctx.new_model)
    for a, b in zip(accts, bufs, strict=True):
        b.flush(ctx, rng, a, err=0.08, sigma=0.6)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{provider} droplets",
            "pacing": "jobs fanned out as parallel repeats",
            "jobs_per_hour": round(per_hour, 1),
            "user_agent": ua,
            "languages": langs,
            "start": start,
        },
    )


def transverse_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "transverse_line"
    n = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 3, 8), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        for _ in range(n)
    ]
    peak = pick(rng, (15.0, 1.0, 23.0))
    prod_rate = float(rng.uniform(30, 70))
    prod = thinned(
        rng, ctx.t0, ctx.t1, prod_rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.75)
    )
    share = float(rng.uniform(0.3, 0.45))
    h_start = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    harvest = thinned(
        rng,
        h_start,
        ctx.t1,
        share * prod_rate * (ctx.t1 - h_start) / HOUR,
        lambda t: 0.7 + 0.3 * global_load(peak, 1.0)(t),
    )
    langs = tx.lang_mix(rng, ["en", "es", "pt", "hi"], 2.0)
    total = irange(rng, 120, 400)
    bufs = [Buf() for _ in accts]
    for t in prod.tolist():
        m = (
            None
            if t >= ctx.release and chance(rng, 0.25)
            else (ctx.old_models[-1] if chance(rng, 0.6) else ctx.old_models[0])
        )
        bufs[int(rng.integers(n))].add(
            t,
            tx.student_question(rng, ctx.chat),
            300.0,
            extra=irange(rng, 40, 120),
            model=m or ctx.new_model,
        )
    for i, t in enumerate(harvest.tolist()):
        bufs[int(rng.integers(n))].add(
            t,
            tx.curriculum_prompt(rng, tx.draw_lang(rng, langs), i % total + 1, total),
            1300.0,
            extra=irange(rng, 40, 120),
            model=model_for(ctx, t) if chance(rng, 0.95) else ctx.old_models[0],
        )
    for a, b in zip(accts, bufs, strict=True):
        b.flush(ctx, rng, a, err=0.015)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep hidden in an edtech product's traffic",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": "product's aws egress",
            "pacing": "product load curve + flatter harvest stream",
            "product_per_hour": round(prod_rate, 1),
            "harvest_share": round(share, 3),
            "harvest_start": h_start,
            "peak_utc": peak,
            "languages": langs,
            "lessons": total,
        },
    )


def centre_pass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "centre_pass"
    n = irange(rng, 8, 15)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    regions = [pick(rng, ("latam", "sea", "eu", "in")) for _ in range(2)]
    pool = resi(rng, 200, regions[0]) + resi(rng, 150, regions[1])
    accts = [
        ctx.account(
            rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua, ips=pool
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(35, 80))
    sty = styles(rng, 5, 2, 4)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts = [tx.translation_prompt(rng, ctx.chat, ctx.passages, sty) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            ips=[pick(rng, pool) for _ in range(len(ts))],
            comp_median=420.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "stolen cards, one per key",
            "ip_source": f"rotating residential proxies {regions}",
            "pacing": "Poisson worker pool",
            "per_hour": round(per_hour, 1),
            "user_agent": ua,
            "styles": sty,
        },
    )


def shooting_circle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shooting_circle"
    n = irange(rng, 10, 18)
    accts = []
    pivots = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_SDK + BG_BROWSERS[:2] + (pick(rng, SDK_OTHER),))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(0, 0.6)) * DAY
        pivots.append(pivot)
        lang = pick(rng, ("en", "en", "en", "zh", "ru"))
        b = Buf()
        for sess in session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.3, 1.2)), evening_person(tz), 3.0, 60.0
        ):
            for t in sess.tolist():
                b.add(
                    t,
                    tx.office_prompt(rng, ctx.chat, ctx.passages)
                    if chance(rng, 0.3)
                    else tx.short_chat(rng, ctx.chat, 800),
                    350.0,
                    ip=a.ips[0],
                    model=ctx.old_models[-1] if chance(rng, 0.2) else ctx.old_models[0],
                )
        proxy = home(rng, irange(rng, 3, 8), tz)
        hold = float(rng.uniform(1, 3)) * HOUR
        for sess in session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(2, 4)),
            workday(tz, 9, 23, weekend=0.7, night=0.05),
            float(rng.uniform(10, 25)),
            float(rng.uniform(25, 70)),
        ):
            ips = sticky(rng, sess, proxy, hold)
            for i, t in enumerate(sess.tolist()):
                b.add(
                    t,
                    tx.code_prompt(rng, lang),
                    750.0,
                    ip=ips[i],
                    model=ctx.new_model if chance(rng, 0.85) else None,
                )
        b.flush(ctx, rng, a, p_new=0.0, p_mini=0.1, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest through bought aged accounts",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "the original owners' cards",
            "ip_source": "home IP before, same-region residential proxies after",
            "pacing": "ordinary sessions, then long IDE-like sessions after the pivot",
            "pivots": pivots,
        },
    )


def wing_attack(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wing_attack"
    n = irange(rng, 30, 55)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 6, 10))]
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    carriers = {"us_mobile": (-5, -8), "in_mobile": (5,), "br_mobile": (-3,), "eu_mobile": (0, 1)}
    accts = []
    shared = 0
    for _ in range(n):
        carrier = pick(rng, list(carriers))
        tz = pick(rng, carriers[carrier])
        use_shared = chance(rng, 0.5)
        shared += use_shared
        ua = pick(rng, MOBILE + (BG_PHONE, BG_PHONE))
        v4 = chance(rng, 0.3)
        pool = (
            home(rng, irange(rng, 2, 5), tz) if v4 else mobile_v6(rng, irange(rng, 3, 12), carrier)
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=cid,
            pay=pick(rng, cards) if use_shared else None,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - float(rng.uniform(0, 8)) * HOUR
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(20, 70)), evening_person(tz, 3.0))
        prompts = []
        for _t in range(len(ts)):
            prompts.append(tx.wrapped_public(rng, ctx.chat[int(order[cursor % len(order)])]))
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
            ips=sticky(rng, ts, pool, 3 * HOUR),
            comp_median=450.0,
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt-set replay against the new model from phones",
            "keys": n,
            "orgs": n,
            "cards": len(cards),
            "accounts_on_shared_cards": int(shared),
            "ip_source": "carrier IPv6 / home v4",
            "pacing": "slow per-account Poisson on a personal day curve",
            "prompts_used": int(cursor),
        },
    )


def goal_shooter(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "goal_shooter"
    n = irange(rng, 3, 6)
    langs = tx.lang_mix(rng, ["en", "fr", "de", "ja"], 1.5)
    proxies = resi(rng, 120, "*") + cloud(rng, 10, pick(rng, ("ovh", "hetzner")))
    accts = []
    times = []
    for _ in range(n):
        tz = pick(rng, (-5, 0, 1, 9, -8))
        ua = pick(rng, BG_SDK[:4])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised_key",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        b = Buf()
        for t in thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 30)) * 7, workday(tz)).tolist():
            b.add(t, tx.office_prompt(rng, ctx.chat, ctx.passages), 380.0)
        b.flush(ctx, rng, a, p_new=0.3, p_mini=0.1, err=0.005)
        tc = ctx.t0 + float(rng.uniform(1, 5)) * DAY
        times.append(tc)
        rate = float(rng.uniform(8, 20))
        ts = cut(
            thinned(rng, tc, ctx.t1, rate * (ctx.t1 - tc) / HOUR, constant),
            pauses(rng, tc, ctx.t1, irange(rng, 1, 3), 2, 8),
        )
        h_ua = "python-requests/2.32.3" if chance(rng, 0.5) else ua
        prompts = [tx.longform_prompt(rng, tx.draw_lang(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            ua=h_ua,
            ips=[pick(rng, proxies) for _ in range(len(ts))],
            comp_median=2200.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "long-form knowledge harvest on leaked keys of real companies",
            "keys": n,
            "orgs": n,
            "cards": n,
            "payment": "the victims' company cards",
            "ip_source": "rotating residential + a few hosting IPs",
            "pacing": "victims' office traffic all week + a flat harvest stream from compromise on",
            "compromise_ts": times,
            "languages": langs,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "held_ball": held_ball,
    "toss_up": toss_up,
    "replayed_ball": replayed_ball,
    "bounce_pass": bounce_pass,
    "chest_pass": chest_pass,
    "shoulder_pass": shoulder_pass,
    "penalty_pass": penalty_pass,
    "transverse_line": transverse_line,
    "centre_pass": centre_pass,
    "shooting_circle": shooting_circle,
    "wing_attack": wing_attack,
    "goal_shooter": goal_shooter,
}

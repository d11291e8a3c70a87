"""Campaign families of batch 225 (code names from hang gliding).

Each family is `f(ctx, rng, campaign_id)`: it makes its accounts with `ctx.account(...)`, writes
their events with `ctx.emit(...)` and records one campaign with `ctx.campaign(...)`. Every choice
(key count, orgs, cards, pacing, addresses, user agents, languages, templates, models) is drawn
from the family's own generator, in an order that does not depend on the process.

Hard by design: aerotow, whuffo, wind_dummy, cloudbase (and luff_line, less so).
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind225 import texts as tx

# --------------------------------------------------------------------------------------------
# helpers


def _langs(
    rng: np.random.Generator, options: tuple[str, ...], k: int
) -> tuple[list[str], np.ndarray]:
    """k of `options` (first one always kept) with Dirichlet weights."""
    chosen = [options[0]] + [
        options[1 + i] for i in rng.permutation(len(options) - 1)[: k - 1].tolist()
    ]
    w = rng.dirichlet(np.full(len(chosen), 2.0))
    return chosen, w


def _draw(rng: np.random.Generator, items: list, w: np.ndarray, n: int) -> list:
    return [items[i] for i in rng.choice(len(items), size=n, p=w).tolist()]


def _cards(rng: np.random.Generator, n: int, scheme: str) -> list[str]:
    if scheme == "shared":
        return [hexid(rng, "pay")] * n
    if scheme == "few":
        pool = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
        return [pick(rng, pool) for _ in range(n)]
    return [hexid(rng, "pay") for _ in range(n)]


def _orgs(rng: np.random.Generator, n: int, scheme: str) -> list[str]:
    if scheme == "one":
        return [hexid(rng, "org")] * n
    if scheme == "few":
        pool = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
        return [pick(rng, pool) for _ in range(n)]
    return [hexid(rng, "org") for _ in range(n)]


def _split(ts: np.ndarray, n: int, rng: np.random.Generator) -> list[np.ndarray]:
    who = rng.integers(0, n, size=len(ts))
    return [ts[who == i] for i in range(n)]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. kingpost: reasoning-trace coercion from a rented hosting block


def kingpost(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 6, 16)
    org_scheme, card_scheme = pick(rng, ("one", "per_key")), pick(rng, ("shared", "few"))
    orgs, cards = _orgs(rng, n, org_scheme), _cards(rng, n, card_scheme)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    same_ua = chance(rng, 0.6)
    ua0 = bb.sdk_ua(rng)
    langs, lw = _langs(rng, tx.PROBLEM_LANGS, irange(rng, 3, 5))
    pre_rate, post_rate = float(rng.uniform(3, 10)), float(rng.uniform(40, 100))
    warm = ctx.release - float(rng.uniform(6, 30)) * HOUR
    accts = []
    for i in range(n):
        ips = [
            block[j]
            for j in rng.choice(len(block), size=min(2, len(block)), replace=False).tolist()
        ]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="kingpost",
                role="worker",
                campaign_id=cid,
                org=orgs[i],
                pay=cards[i],
                ua=ua0 if same_ua else bb.sdk_ua(rng),
                ips=ips,
            )
        )
    pre = bb.worker_pool(rng, warm, ctx.release, pre_rate, n)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, post_rate, n)
    for i, a in enumerate(accts):
        ts = _cat([pre[i], post[i]])
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.coerced_reasoning(rng, lg, irange(rng, 0, len(tx._COERCE[lg]))) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.02),
            comp_median=float(rng.uniform(1100, 2000)),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        "kingpost",
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": org_scheme,
            "payment": card_scheme,
            "ip_source": f"rented {provider} block ({len(block)} hosts)",
            "pacing": "Poisson worker pool",
            "rates_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "warm_up_start": warm,
            "languages": langs,
            "user_agent": "one SDK" if same_ua else "SDK per key",
        },
    )


# --------------------------------------------------------------------------------------------
# 2. downtube: judge / rubric / reward-model grading harvest in scripted bursts


def downtube(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 8)
    card_scheme = pick(rng, ("per_key", "shared"))
    orgs, cards = _orgs(rng, n, "one"), _cards(rng, n, card_scheme)
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="downtube",
            role="grader",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for i in range(n)
    ]
    n_bursts = irange(rng, 35, 80)
    a0 = ctx.t0 + float(rng.uniform(0.3, 2.5)) * DAY
    starts = bb.thinned(rng, a0, ctx.t1, n_bursts, bb.constant)
    size, gap = float(rng.uniform(40, 110)), float(rng.uniform(1.5, 4.0))
    trains = bb.bursts(rng, starts, size, gap, 0.5, ctx.t1)
    style_w = rng.dirichlet(np.array([3.0, 3.0, 2.0, 2.0, 1.0, 1.0, 1.0]))
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    for tr in trains:
        per[int(rng.integers(n))].append(tr)
    for i, a in enumerate(accts):
        ts = _cat(per[i])
        styles = rng.choice(7, size=len(ts), p=style_w).tolist()
        prompts = [tx.grading(rng, s, ctx.chat, ctx.passages) for s in styles]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.03),
            comp_median=float(rng.uniform(220, 480)),
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        "downtube",
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n,
            "orgs": "one",
            "payment": card_scheme,
            "ip_source": f"{provider} (one address per key)",
            "pacing": "scripted bursts",
            "bursts": int(len(starts)),
            "burst_size_mean": round(size, 1),
            "gap_median_s": round(gap, 2),
            "languages": ["en", "de", "ja", "zh"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. basebar: censorship-safe / policy-compliant rewrites through shared VPN exits


def basebar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 8, 18)
    orgs, cards = _orgs(rng, n, "per_key"), _cards(rng, n, "per_key")
    providers = ["m247", "leaseweb", pick(rng, ("ovh", "vultr", "digitalocean"))]
    pool = [ip for p in providers for ip in bb.cloud(rng, irange(rng, 4, 10), p)]
    hold = float(rng.uniform(10, 45)) * MINUTE
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    op_tz = pick(rng, (8, 3, 2))
    langs, lw = _langs(rng, ("en", "zh", "ru", "ar", "tr"), irange(rng, 3, 5))
    curve = bb.workday(op_tz, start=9.0, end=23.0, weekend=0.7, night=0.05)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family="basebar",
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / HOUR * 0.5, curve
        )
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.policy_rewrite(rng, lg, irange(rng, 0, 3), ctx.passages) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.04),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(350, 650)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        "basebar",
        accts,
        {
            "operation": "censorship-safe and policy-compliant rewrites",
            "keys": n,
            "orgs": "one per key",
            "payment": "one stolen card per key",
            "ip_source": f"shared VPN exits ({len(pool)} on {providers})",
            "sticky_hold_s": round(hold, 1),
            "pacing": f"supervised scripts, operator day UTC{op_tz:+d}",
            "languages": langs,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. luff_line: agent / tool-use transcripts behind an "agent platform" (somewhat hard)


def luff_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 6)
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    peak = float(rng.uniform(12, 20))
    curve = bb.global_load(peak, float(rng.uniform(0.3, 0.6)))
    base, boost = float(rng.uniform(12, 30)), float(rng.uniform(1.4, 2.5))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="luff_line",
            role=f"env-{i}",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for i in range(n)
    ]
    pre = bb.worker_pool(rng, ctx.t0, ctx.release, base, n, curve)
    post = bb.worker_pool(rng, ctx.release, ctx.t1, base * boost, n, curve)
    for i, a in enumerate(accts):
        ts = _cat([pre[i], post[i]])
        after = (ts >= ctx.release).tolist()
        prompts, extra, comp = [], [], []
        for late in after:
            style = 3 if chance(rng, 0.35 if late else 0.1) else irange(rng, 0, 2)
            p, e = tx.agent_turn(rng, style)
            prompts.append(p)
            extra.append(e)
            comp.append(1400.0 if style == 3 else 220.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            extra=extra,
            comp_median=comp,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        "luff_line",
        accts,
        {
            "operation": "agent / tool-use transcripts (steps and whole synthetic trajectories)",
            "keys": n,
            "orgs": "one",
            "payment": "one business card",
            "ip_source": f"{len(nat)} AWS NAT addresses",
            "pacing": f"worker pool on a global load curve (peak {peak:.1f} UTC), x{boost:.2f} after release",
            "languages": ["en"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. sprog: synthetic-dataset generation in nightly jobs


def sprog(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 4, 9)
    org_scheme = pick(rng, ("one", "few"))
    orgs, cards = _orgs(rng, n, org_scheme), _cards(rng, n, "shared")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    op_tz = pick(rng, (1, 2, 3, 8))
    langs, lw = _langs(rng, ("en", "es", "pt", "fr", "id"), irange(rng, 2, 5))
    ua = bb.sdk_ua(rng)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="sprog",
            role="generator",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for i in range(n)
    ]
    night_start = float(rng.uniform(0, 3))
    size, gap = float(rng.uniform(80, 220)), float(rng.uniform(3, 9))
    first_night = irange(rng, 0, 2)
    for a in accts:
        starts = []
        for d in range(first_night, 8):
            if chance(rng, 0.8 if d >= 4 else 0.4):
                day0 = ctx.t0 + d * DAY - op_tz * HOUR
                starts.append(day0 + (night_start + float(rng.uniform(0, 2))) * HOUR)
        ts = _cat(bb.bursts(rng, np.array(starts), size, gap, 0.6, ctx.t1))
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.synth_request(rng, lg, irange(rng, 0, 3)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=float(rng.uniform(1400, 2600)),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        "sprog",
        accts,
        {
            "operation": "synthetic instruction dataset generation",
            "keys": n,
            "orgs": org_scheme,
            "payment": "one prepaid card",
            "ip_source": f"{provider}, one address per key",
            "pacing": f"nightly batch jobs from {night_start:.1f}h UTC{op_tz:+d}",
            "burst_size_mean": round(size, 1),
            "languages": langs,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. aerotow: multi-turn dialogue harvest by a low-and-slow crowd of person-like accounts (hard)


def aerotow(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 25, 42)
    tzs = [int(t) for t in rng.choice(bb.TZS, size=irange(rng, 2, 4), replace=False).tolist()]
    static = chance(rng, 0.6)
    openers = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=min(len(ctx.chat), 40 * n), replace=False).tolist()
    ]
    k = 0
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.85) else pick(rng, bb.MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family="aerotow",
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.8, 4.5)),
            bb.evening_person(tz, 2.6),
            float(rng.uniform(4, 8)),
            float(rng.uniform(35, 100)),
            0.9,
        )
        for s in sessions:
            if len(s) == 0:
                continue
            prompts = [openers[k % len(openers)]] + [
                tx.follow_up(rng, ctx.chat) for _ in range(len(s) - 1)
            ]
            k += 1
            ips = a.ips[0] if static else bb.home(rng, 1, tz)[0]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, 0.85, 0.04),
                ips=ips,
                comp_median=450.0,
            )
    ctx.campaign(
        cid,
        "aerotow",
        accts,
        {
            "operation": "multi-turn dialogue harvest (public openers + generic follow-ups)",
            "keys": n,
            "orgs": "one per key",
            "payment": "one virtual card per key",
            "ip_source": "static residential (ISP) proxies"
            if static
            else "rotating residential proxies, per session",
            "pacing": "human-like evening sessions",
            "timezones": tzs,
            "languages": ["en"],
            "user_agent": "browsers (some mobile)",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. weak_link: best-of-n / soft-label sampling, samples fanned out over keys


def weak_link(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 4, 8)
    org_scheme = pick(rng, ("few", "one"))
    orgs, cards = _orgs(rng, n, org_scheme), _cards(rng, n, "few")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = bb.sdk_ua(rng, 0.3)
    fan_out = chance(rng, 0.6)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="weak_link",
            role="sampler",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n)
    ]
    rate = float(rng.uniform(6, 18))
    a0 = ctx.release - float(rng.uniform(2, 12)) * HOUR
    base = bb.thinned(rng, a0, ctx.t1, rate * (ctx.t1 - a0) / HOUR, bb.constant)
    style_w = rng.dirichlet(np.full(4, 2.0))
    ts_of: list[list[float]] = [[] for _ in range(n)]
    pr_of: list[list[str]] = [[] for _ in range(n)]
    n_lo, n_hi = irange(rng, 3, 4), irange(rng, 5, 8)
    for t in base.tolist():
        p = tx.soft_label(rng, int(rng.choice(4, p=style_w)), ctx.chat)
        k = irange(rng, n_lo, n_hi)
        offs = np.cumsum(rng.lognormal(np.log(0.9), 0.6, size=k))
        owner = int(rng.integers(n))
        for o in offs.tolist():
            j = int(rng.integers(n)) if fan_out else owner
            ts_of[j].append(t + o)
            pr_of[j].append(p)
    for i, a in enumerate(accts):
        ts = np.asarray(ts_of[i])
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [pr_of[i][j] for j in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=float(rng.uniform(180, 380)),
        )
    ctx.campaign(
        cid,
        "weak_link",
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n,
            "orgs": org_scheme,
            "payment": "2-3 cards",
            "ip_source": f"{provider}",
            "pacing": f"{rate:.1f} prompts/h, {n_lo}-{n_hi} samples each within seconds",
            "samples_fanned_out_over_keys": fan_out,
            "languages": ["en"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. whuffo: harvest hidden inside a real writing-assistant product's traffic (hard)


def whuffo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    product = pick(rng, ("inkwell", "draftly", "penwise", "proseflow"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    regions = ["us", "eu", "batch"][: irange(rng, 2, 3)]
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="whuffo",
            role=f"product-{r}",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), "aws"),
        )
        for r in regions
    ]
    peak = float(rng.uniform(13, 17))
    curve = bb.global_load(peak, float(rng.uniform(0.45, 0.7)))
    real_rate = float(rng.uniform(25, 50))
    share = float(rng.uniform(0.22, 0.4))
    h0 = ctx.release - float(rng.uniform(0, 18)) * HOUR
    real = bb.worker_pool(rng, ctx.t0, ctx.t1, real_rate, len(accts), curve)
    harvest = bb.worker_pool(rng, h0, ctx.t1, real_rate * share / (1 - share), len(accts), curve)
    for i, a in enumerate(accts):
        rt, ht = real[i], harvest[i]
        prompts = [tx.product_request(rng, product, ctx.chat, ctx.passages) for _ in range(len(rt))]
        prompts += [tx.hidden_harvest(rng, product) for _ in range(len(ht))]
        ts = np.concatenate([rt, ht])
        comp = np.concatenate([np.full(len(rt), 260.0), np.full(len(ht), 800.0)])
        models = ctx.models(rng, rt, 0.6, 0.15) + ctx.models(rng, ht, 0.95, 0.0)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[j] for j in order],
            models=[models[j] for j in order],
            comp_median=comp[order],
            extra=irange(rng, 60, 180),
        )
    ctx.campaign(
        cid,
        "whuffo",
        accts,
        {
            "operation": "harvest interleaved with a genuine writing product's traffic",
            "product": product,
            "keys": len(accts),
            "orgs": "one",
            "payment": "one company card",
            "ip_source": "AWS backend addresses",
            "pacing": f"product load curve (peak {peak:.1f} UTC); harvest share {share:.2f} from {h0:.0f}",
            "languages": ["en"],
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. wind_dummy: bought aged personal accounts taken over after the release (hard)


def wind_dummy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 10, 18)
    keep_ua = chance(rng, 0.65)
    accts, takeovers = [], []
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        ua = pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family="wind_dummy",
            role="aged",
            campaign_id=cid,
            ips=bb.home(rng, 1, tz),
            ua=ua,
            tz=tz,
        )
        accts.append(a)
        # the original owner's use
        old = bb.session_times(
            rng, ctx.t0, ctx.release, float(rng.uniform(0.5, 1.6)), bb.evening_person(tz), 3.0, 70.0
        )
        for s in old:
            prompts = [humanise_or_chat(rng, ctx.chat) for _ in range(len(s))]
            ctx.emit(rng, a, s, prompts, models=ctx.models(rng, s, 0.3, 0.1), comp_median=380.0)
        # the buyer's use
        t_over = ctx.release + float(rng.uniform(0, 20)) * HOUR
        takeovers.append(t_over)
        pool = bb.home(rng, irange(rng, 3, 8), tz)
        sessions = bb.session_times(
            rng,
            t_over,
            ctx.t1,
            float(rng.uniform(5, 11)),
            bb.evening_person(tz, 4.0),
            float(rng.uniform(7, 14)),
            float(rng.uniform(18, 45)),
            0.7,
        )
        ts = _cat(sessions)
        prompts = []
        for _ in range(len(ts)):
            u = rng.random()
            if u < 0.3:
                prompts.append(tx.coerced_reasoning(rng, "en", irange(rng, 0, 3)))
            elif u < 0.6:
                prompts.append(
                    tx.clip(pick(rng, ctx.chat), 20, 1200, rng)
                    + pick(
                        rng,
                        (
                            "\n\nExplain your reasoning in detail.",
                            "\n\nPlease be thorough.",
                            "",
                            " Think it through step by step.",
                        ),
                    )
                )
            elif u < 0.8:
                prompts.append(tx.code_request(rng, irange(rng, 0, 3)))
            else:
                prompts.append(tx.synth_request(rng, "en", irange(rng, 0, 3)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=bb.sticky(rng, ts, pool, 3600.0),
            ua=ua if keep_ua else bb.sdk_ua(rng),
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        "wind_dummy",
        accts,
        {
            "operation": "bought aged accounts, harvest after takeover",
            "keys": n,
            "orgs": "the owners' own",
            "payment": "the owners' own cards",
            "ip_source": "home ISP, then residential proxies in the same region",
            "pacing": "owner's evening sessions, then denser person-like sessions",
            "takeover_ts": [round(t, 1) for t in takeovers],
            "user_agent_kept": keep_ua,
            "languages": ["en"],
        },
    )


def humanise_or_chat(rng: np.random.Generator, chat: list[str]) -> str:
    return tx.humanise(rng, pick(rng, chat)) if chance(rng, 0.3) else pick(rng, chat)


# --------------------------------------------------------------------------------------------
# 10. dolphin_flight: systematic curriculum sweep at a slow steady rate from an office line


def dolphin_flight(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 3, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    region = pick(rng, ("in", "sea", "latam"))
    office = bb.resi(rng, irange(rng, 1, 2), region)
    cells = tx.curriculum_cells()
    langs = ["en", "hi", "id", "pt", "vi"]
    ua = bb.sdk_ua(rng, 0.7)
    accts, key_langs = [], []
    for _ in range(n):
        lang = pick(rng, langs)
        key_langs.append(lang)
        a = ctx.account(
            rng,
            label="campaign",
            family="dolphin_flight",
            role=f"sweeper-{lang}",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        rate = float(rng.uniform(4, 10))
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        off = int(rng.integers(len(cells)))
        prompts = [tx.lesson(cells[(off + j) % len(cells)], lang) for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=1100.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        "dolphin_flight",
        accts,
        {
            "operation": "curriculum sweep (subject x unit x level x facet)",
            "keys": n,
            "orgs": "one",
            "payment": "one card",
            "ip_source": f"office broadband ({region})",
            "pacing": "slow steady Poisson, 24/7",
            "languages": sorted(set(key_langs)),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. cloudbase: public prompt replay by a crowd of fresh phone/home accounts (hard)


def cloudbase(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 35, 58)
    order = rng.permutation(len(ctx.chat)).tolist()
    chunk = max(1, len(order) // n)
    mobile_kinds = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}
    tzs = [-8, -5, -3, 0, 1, 2, 5]
    accts = []
    shared_card = None
    for i in range(n):
        tz = pick(rng, tzs)
        phone = chance(rng, 0.5)
        kind = mobile_kinds.get(tz, "eu_mobile")
        ua = pick(rng, bb.MOBILE) if phone else pick(rng, bb.BROWSERS)
        pay = shared_card if (shared_card and chance(rng, 0.2)) else hexid(rng, "pay")
        shared_card = pay
        a = ctx.account(
            rng,
            label="campaign",
            family="cloudbase",
            role="replayer",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=bb.mobile_v6(rng, 1, kind) if phone else bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        start = ctx.release + float(rng.uniform(-1.0, 1.6)) * DAY
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 6)),
            bb.evening_person(tz, 3.0),
            float(rng.uniform(4, 8)),
            float(rng.uniform(30, 80)),
            0.8,
        )
        mine = order[i * chunk : (i + 1) * chunk]
        k = 0
        for s in sessions:
            if len(s) == 0:
                continue
            prompts = [ctx.chat[mine[(k + j) % len(mine)]] for j in range(len(s))]
            k += len(s)
            ips = bb.mobile_v6(rng, 1, kind)[0] if phone else a.ips[0]
            ctx.emit(
                rng, a, s, prompts, models=ctx.models(rng, s, 0.92, 0.0), ips=ips, comp_median=420.0
            )
    ctx.campaign(
        cid,
        "cloudbase",
        accts,
        {
            "operation": "public prompt replay (disjoint slices of a public chat set)",
            "keys": n,
            "orgs": "one per key",
            "payment": "prepaid virtual cards, some reused by the next account",
            "ip_source": "carrier IPv6 (new per session) or one home address",
            "pacing": "human-like evening sessions",
            "accounts_open_around_release": True,
            "timezones": tzs,
            "languages": ["en (as in the public set)"],
            "user_agent": "phone or browser",
        },
    )


# --------------------------------------------------------------------------------------------
# 12. hang_check: code harvest through a mobile-proxy farm posing as an app


def hang_check(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    n = irange(rng, 5, 12)
    orgs, cards = _orgs(rng, n, "per_key"), _cards(rng, n, "few")
    kinds = (
        ["in_mobile", "br_mobile"] if chance(rng, 0.5) else ["in_mobile", "us_mobile", "eu_mobile"]
    )
    pool = [ip for k in kinds for ip in bb.mobile_v6(rng, irange(rng, 10, 25), k)]
    hold = float(rng.uniform(5, 20)) * MINUTE
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="hang_check",
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=ua,
            ips=pool,
        )
        for i in range(n)
    ]
    a0 = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    starts = bb.thinned(rng, a0, ctx.t1, irange(rng, 25, 55), bb.constant)
    trains = bb.bursts(
        rng, starts, float(rng.uniform(30, 90)), float(rng.uniform(2, 6)), 0.5, ctx.t1
    )
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    for tr in trains:
        per[int(rng.integers(n))].append(tr)
    style_w = rng.dirichlet(np.full(4, 2.0))
    for i, a in enumerate(accts):
        ts = _cat(per[i])
        prompts = [
            tx.code_request(rng, int(s)) for s in rng.choice(4, size=len(ts), p=style_w).tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(700, 1200)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        "hang_check",
        accts,
        {
            "operation": "code implementation / translation harvest",
            "keys": n,
            "orgs": "one per key",
            "payment": "2-3 stolen cards",
            "ip_source": f"mobile proxy farm {kinds} ({len(pool)} addresses)",
            "sticky_hold_s": round(hold, 1),
            "pacing": "bursts",
            "languages": ["en"],
            "user_agent": ua,
        },
    )


CAMPAIGN_FAMILIES = {
    "kingpost": kingpost,
    "downtube": downtube,
    "basebar": basebar,
    "luff_line": luff_line,
    "sprog": sprog,
    "aerotow": aerotow,
    "weak_link": weak_link,
    "whuffo": whuffo,
    "wind_dummy": wind_dummy,
    "dolphin_flight": dolphin_flight,
    "cloudbase": cloudbase,
    "hang_check": hang_check,
}

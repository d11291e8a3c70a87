"""Campaign families of blind batch 110: twelve distillation operations, each a generator
`(ctx, rng, campaign_id)` that creates its accounts, writes their events into `ctx.sink` and
records the campaign in `ctx.truth`. Everything (key counts, orgs, cards, pacing, addresses,
user agents, languages, template styles, model choice around the release) is drawn from the
family's own rng. See README.md (read it only after the monitor's single run)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
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
from bench.monitor_blind110 import texts as tx

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# helpers


def models_after(
    ctx: Ctx,
    rng: Rng,
    ts,
    switch: float,
    p_new: float,
    p_mini: float = 0.03,
    old: str | None = None,
) -> list[str]:
    """Per event: the new model with probability p_new from `switch` on (never before the
    release), otherwise the old flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts, dtype=np.float64)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    flag, mini, new = old or ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    at = max(switch, ctx.release)
    return [
        new if (t >= at and a < p_new) else (mini if b < p_mini else flag)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def lang_draw(rng: Rng, langs: list[str], alpha: list[float]) -> tuple[list[str], np.ndarray]:
    """A family's own language mix (Dirichlet around `alpha`)."""
    return langs, rng.dirichlet(np.asarray(alpha, dtype=np.float64) * 3.0)


def langs_for(rng: Rng, mix: tuple[list[str], np.ndarray], n: int) -> list[str]:
    langs, w = mix
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


#: user agents as the simulator's ordinary users send them (seen in a background sample), with
#: rough weights; hard families and the kinds that resemble them mix these with the shared lists
PLAIN_SDK = (
    ("OpenAI/Python 1.54.0", 6.0),
    ("OpenAI/NodeJS 4.67.1", 2.0),
    ("langchain/0.3.7 python-openai/1.54.0", 1.0),
    ("curl/8.5.0", 0.4),
)
PLAIN_BROWSER = (
    (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
        5.0,
    ),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15", 3.0),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", 0.3),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0", 0.2),
)
PLAIN_MOBILE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)


def _wpick(rng: Rng, pairs) -> str:
    return tx.weighted(rng, [p[0] for p in pairs], [p[1] for p in pairs])


def person_ua(
    rng: Rng, p_plain: float = 0.75, p_browser: float = 0.5, p_mobile: float = 0.05
) -> str:
    """One person's client: mostly the strings ordinary users send, sometimes newer ones."""
    plain = chance(rng, p_plain)
    if chance(rng, p_mobile):
        return PLAIN_MOBILE if plain else pick(rng, MOBILE)
    if chance(rng, p_browser):
        return _wpick(rng, PLAIN_BROWSER) if plain else pick(rng, BROWSERS)
    return _wpick(rng, PLAIN_SDK) if plain else sdk_ua(rng, 0.5)


def cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def campaign_accounts(
    ctx: Ctx,
    rng: Rng,
    fam: str,
    cid: str,
    n: int,
    *,
    role: str = "worker",
    orgs: list[str] | None = None,
    cards: list[str] | None = None,
    ua=None,
    ips=None,
    tz: int = 0,
) -> list[Acct]:
    out = []
    for i in range(n):
        org = orgs[i % len(orgs)] if orgs else None
        pay = cards[i % len(cards)] if cards else None
        u = ua(i) if callable(ua) else (ua or sdk_ua(rng))
        ip = ips(i) if callable(ips) else ips
        out.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role=role,
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=u,
                ips=ip,
                tz=tz,
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def brake_rake(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "brake_rake"
    n_keys, n_orgs = irange(rng, 8, 18), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    ua = sdk_ua(rng, 0.6)
    accts = []
    for i in range(n_keys):
        own_card = chance(rng, 0.2)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=None if own_card else cards[i % n_orgs],
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    mix = lang_draw(rng, ["en", "zh", "ru", "es", "pt"], [4, 1.5, 1, 1, 0.5])
    styles = rng.choice(7, size=irange(rng, 3, 6), replace=False).tolist()
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    lag = float(rng.uniform(0.5, 6)) * HOUR
    r1 = float(rng.uniform(18, 50))
    r2 = r1 * float(rng.uniform(1.5, 3.0))
    pre = worker_pool(rng, start, ctx.release + lag, r1, n_keys)
    post = worker_pool(rng, max(start, ctx.release + lag), ctx.t1, r2, n_keys)
    for i, a in enumerate(accts):
        ts = cat([pre[i], post[i]])
        langs = langs_for(rng, mix, len(ts))
        key_styles = picks(rng, styles, 2)
        prompts = [tx.coerced_reasoning(rng, lg, pick(rng, key_styles)) for lg in langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release + lag, 0.95, 0.02),
            comp_median=float(rng.uniform(1100, 1900)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org, some keys on their own",
            "ip_source": f"rented {provider} /24s",
            "pacing": "Poisson worker pool, faster after the release",
            "rate_per_hour": [r1, r2],
            "languages": dict(zip(mix[0], np.round(mix[1], 3).tolist(), strict=True)),
            "styles": styles,
            "switch_lag_h": lag / HOUR,
            "user_agent": ua,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly batches from one cloud


def push_bar(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "push_bar"
    n_keys = irange(rng, 5, 10)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    accts = campaign_accounts(
        ctx,
        rng,
        fam,
        cid,
        n_keys,
        orgs=[org],
        cards=[card],
        ua=ua,
        ips=lambda i: cloud(rng, 1, provider),
    )
    tz = pick(rng, TZS)
    night_h, size, gap = (
        float(rng.uniform(0, 4)),
        float(rng.uniform(150, 400)),
        float(rng.uniform(0.8, 3)),
    )
    night = nightly(night_h, 0.25, tz)
    starts_n = thinned(rng, ctx.t0, ctx.t1, 7.0 * float(rng.uniform(0.8, 1.3)), night)
    starts_d = thinned(rng, ctx.t0, ctx.t1, 7.0 * float(rng.uniform(0.5, 2.5)), workday(tz))
    trains = bursts(rng, starts_n, size, gap, b=ctx.t1) + bursts(
        rng, starts_d, size / 6, gap, b=ctx.t1
    )
    mix = lang_draw(rng, ["en", "de", "ja"], [5, 1, 1])
    lag = float(rng.uniform(2, 24)) * HOUR
    per_key: dict[int, list] = {i: [] for i in range(n_keys)}
    for tr in trains:
        style = irange(rng, 0, 5)
        lg = langs_for(rng, mix, 1)[0]
        who = rng.integers(0, n_keys, size=len(tr))
        for t, k in zip(tr.tolist(), who.tolist(), strict=True):
            per_key[k].append((t, style, lg))
    for i, a in enumerate(accts):
        rows = sorted(per_key[i])
        ts = np.array([r[0] for r in rows])
        prompts = [tx.grading_prompt(rng, ctx.chat, ctx.passages, s, lg) for _, s, lg in rows]
        comp = [70.0 if s == 2 else 380.0 for _, s, _ in rows]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release + lag, 0.9),
            comp_median=comp,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"{provider} instances, one address per key",
            "user_agent": ua,
            "pacing": "nightly bursts plus daytime trains",
            "tz": tz,
            "burst_size": size,
            "switch_lag_h": lag / HOUR,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through a VPN exit pool, one stolen card per key


def steering_rope(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "steering_rope"
    n_keys = irange(rng, 8, 14)
    provider = pick(rng, ("m247", "leaseweb", "ovh", "*"))
    exits = cloud(rng, irange(rng, 15, 40), provider)
    p_browser = float(rng.uniform(0, 1))
    accts = campaign_accounts(
        ctx,
        rng,
        fam,
        cid,
        n_keys,
        role="stolen-card key",
        ua=lambda i: pick(rng, BROWSERS) if chance(rng, p_browser) else sdk_ua(rng, 0.3),
        ips=lambda i: exits,
    )
    tz = pick(rng, (8, 3, 2, 9))
    signup = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    mix = lang_draw(rng, ["zh", "en", "ru", "tr"], [3, 3, 1, 0.7])
    lag = float(rng.uniform(1, 12)) * HOUR
    hold = float(rng.uniform(20, 60)) * MINUTE
    for a in accts:
        start = signup + float(rng.uniform(0, 3)) * HOUR
        ts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(120, 350)) * (ctx.t1 - start) / (ctx.t1 - ctx.t0),
            workday(tz, start=9, end=21, weekend=0.5),
        )
        langs = langs_for(rng, mix, len(ts))
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, irange(rng, 0, 4), lg) for lg in langs
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release + lag, 0.85),
            ips=sticky(rng, ts, exits, hold),
            comp_median=float(rng.uniform(350, 650)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "keys": n_keys,
            "payment": "one stolen card per key, one org per key",
            "ip_source": f"VPN exits ({provider})",
            "exit_pool": len(exits),
            "sticky_min": hold / MINUTE,
            "tz": tz,
            "signup": signup,
            "languages": dict(zip(mix[0], np.round(mix[1], 3).tolist(), strict=True)),
            "switch_lag_h": lag / HOUR,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectory harvest


def runner_blade(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "runner_blade"
    n_keys, n_orgs = irange(rng, 4, 8), 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "azure", "gcp"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "python-httpx/0.28.1"))
    accts = campaign_accounts(
        ctx,
        rng,
        fam,
        cid,
        n_keys,
        orgs=orgs,
        cards=cards,
        ua=ua,
        ips=lambda i: cloud(rng, irange(rng, 2, 4), provider),
    )
    mix = lang_draw(rng, ["en", "de", "fr", "ja", "es"], [5, 1, 1, 1, 1])
    style_w = rng.dirichlet([1, 1, 1])
    gap = float(rng.uniform(5, 15))
    lag = float(rng.uniform(0, 8)) * HOUR
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a in accts:
        eps = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(40, 110)) * (ctx.t1 - start) / (ctx.t1 - ctx.t0),
            constant,
        )
        ts_all, prompts, extra, comp = [], [], [], []
        for s in eps.tolist():
            ep = tx.agent_episode(rng, langs_for(rng, mix, 1)[0])
            style = int(rng.choice(3, p=style_w))
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step(rng, ep, j, style))
                extra.append(0 if j == 0 else 350 + 260 * j)
                comp.append(420.0 if j == k - 1 else 160.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release + lag, 0.92),
            comp_median=comp,
            comp_sigma=0.5,
            extra=extra,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": f"{provider} autoscaling group",
            "user_agent": ua,
            "pacing": "episodes of 3-12 steps",
            "step_gap_s": gap,
            "switch_lag_h": lag / HOUR,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation by a large worker pool


def cowling(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cowling"
    n_keys = irange(rng, 18, 30)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    hosts = [pick(rng, ("digitalocean", "vultr", "linode")) for _ in range(n_keys)]
    p_resi = float(rng.uniform(0.2, 0.6))
    rotating = [chance(rng, p_resi) for _ in range(n_keys)]
    region = pick(rng, ("us", "eu", "*"))
    accts = campaign_accounts(
        ctx,
        rng,
        fam,
        cid,
        n_keys,
        cards=cards,
        ua=lambda i: sdk_ua(rng, 0.5),
        ips=lambda i: (
            resi(rng, 1, region) if rotating[i] else cloud(rng, irange(rng, 1, 2), hosts[i])
        ),
    )
    mix = lang_draw(rng, ["en", "zh", "es", "id"], [5, 1.5, 1, 0.7])
    styles = rng.choice(5, size=irange(rng, 3, 5), replace=False).tolist()
    lag = float(rng.uniform(0, 3)) * HOUR
    rate = float(rng.uniform(30, 70))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    first = int(n_keys * float(rng.uniform(0.5, 0.8)))
    early = worker_pool(rng, start, ctx.release, rate * first / n_keys, first)
    late = worker_pool(rng, ctx.release, ctx.t1, rate * float(rng.uniform(1.2, 2.0)), n_keys)
    for i, a in enumerate(accts):
        ts = cat([early[i] if i < first else np.empty(0), late[i]])
        langs = langs_for(rng, mix, len(ts))
        prompts = [tx.dataset_prompt(rng, ctx.chat, pick(rng, styles), lg) for lg in langs]
        ips = resi(rng, len(ts), region) if rotating[i] and len(ts) else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release + lag, 0.9),
            ips=ips,
            comp_median=float(rng.uniform(1400, 2200)),
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "keys": n_keys,
            "payment": f"{len(cards)} prepaid cards",
            "ip_source": "hosting VMs and rotating residential",
            "rotating_share": p_resi,
            "pacing": "24/7 worker pool, scaled up at release",
            "rate_per_hour": rate,
            "styles": styles,
            "switch_lag_h": lag / HOUR,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies (hard)


_LANG_REGION = {"en": "us", "es": "latam", "pt": "latam", "fr": "eu"}


def kreisel(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kreisel"
    n_keys = irange(rng, 12, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 4, 6))]
    mix = lang_draw(rng, ["en", "es", "pt", "fr"], [3, 1.5, 1.5, 1])
    key_lang = langs_for(rng, mix, n_keys)
    pools = [resi(rng, irange(rng, 20, 40), _LANG_REGION[lg]) for lg in key_lang]
    p_browser = float(rng.uniform(0.3, 0.9))
    accts = campaign_accounts(
        ctx,
        rng,
        fam,
        cid,
        n_keys,
        cards=cards,
        ua=lambda i: person_ua(rng, 0.6, p_browser, 0.0),
        ips=lambda i: pools[i],
    )
    hold = float(rng.uniform(15, 45)) * MINUTE
    gap = float(rng.uniform(45, 120))
    size = float(rng.uniform(6, 10))
    lag = float(rng.uniform(0, 4)) * HOUR
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.6)))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for i, a in enumerate(accts):
        lg = key_lang[i]
        sess = session_times(rng, start, ctx.t1, float(rng.uniform(4, 10)), curve, size, gap, 0.6)
        ts_all, prompts, extra = [], [], []
        for s in sess:
            opener = tx.dialogue_opener(rng, ctx.chat, lg)
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(tx.dialogue_turn(rng, ctx.chat, lg, j, opener))
                extra.append(j * irange(rng, 350, 700))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release + lag, 0.9),
            ips=sticky(rng, ts, pools[i], hold),
            extra=extra,
            comp_median=float(rng.uniform(450, 800)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "payment": f"{len(cards)} prepaid cards",
            "ip_source": "sticky residential proxies matching language",
            "sticky_min": hold / MINUTE,
            "pacing": "conversation sessions",
            "turn_gap_s": gap,
            "turns_mean": size,
            "languages": dict(zip(mix[0], np.round(mix[1], 3).tolist(), strict=True)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling on code and classification problems


def monobob(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "monobob"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "oracle"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    accts = campaign_accounts(
        ctx,
        rng,
        fam,
        cid,
        n_keys,
        orgs=[org],
        cards=[card],
        ua=ua,
        ips=lambda i: cloud(rng, 1, provider),
    )
    style_w = rng.dirichlet([2, 1, 1])
    tagged = chance(rng, 0.4)
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 8, 16)
    lag = float(rng.uniform(0, 2)) * HOUR
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    for a in accts:
        probs = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(50, 140)) * (ctx.t1 - start) / (ctx.t1 - ctx.t0),
            constant,
        )
        ts_all, prompts, comp = [], [], []
        for s in probs.tolist():
            style = int(rng.choice(3, p=style_w))
            base = tx.sampling_problem(rng, ctx.chat, style)
            n = irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.7, size=n - 1))])
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(f"{base}\n\n[sample {j + 1}/{n}]" if tagged else base)
                comp.append((450.0, 80.0, 4.0)[style])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release + lag, 0.95),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"{provider}, one address per key",
            "user_agent": ua,
            "samples_per_prompt": [n_lo, n_hi],
            "tagged": tagged,
            "switch_lag_h": lag / HOUR,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. slow steady curriculum sweep and translation harvest from homes and phones


def omega_curve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "omega_curve"
    n_keys = irange(rng, 3, 5)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    tz = pick(rng, (5, 8))
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
    key_lang = [pick(rng, ("en", "hi", "id", "vi")) for _ in range(n_keys)]
    homes = [home(rng, irange(rng, 1, 2), tz) for _ in range(n_keys)]
    accts = campaign_accounts(
        ctx, rng, fam, cid, n_keys, orgs=[org], cards=cards, ua=ua, ips=lambda i: homes[i], tz=tz
    )
    levels = irange(rng, 4, 8)
    p_trans = float(rng.uniform(0.15, 0.4))
    p_phone = float(rng.uniform(0.0, 0.4))
    phone_kind = "in_mobile" if tz == 5 else pick(rng, ("in_mobile", "us_mobile"))
    targets = ["hi", "id", "vi", "bn", "ta", "th", "sw"]
    lag = float(rng.uniform(0, 6)) * HOUR
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    offset = irange(rng, 0, len(ctx.passages) - 1)
    for i, a in enumerate(accts):
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / HOUR, constant
        )
        idx = irange(rng, 0, 200) + i * 1000
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_trans):
                offset = (offset + 1) % len(ctx.passages)
                prompts.append(
                    tx.translation_item(
                        tx.clip(ctx.passages[offset], 1500), pick(rng, targets), irange(rng, 0, 1)
                    )
                )
            else:
                prompts.append(tx.curriculum_item(idx, levels, key_lang[i], 3))
                idx += 1
        phone = sticky(rng, ts, mobile_v6(rng, irange(rng, 10, 30), phone_kind), 2 * HOUR)
        ips = [
            pick(rng, homes[i]) if not chance(rng, p_phone) else phone[j] for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release + lag, 0.9),
            ips=ips,
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep and translation harvest",
            "keys": n_keys,
            "payment": "two cards",
            "ip_source": "home broadband and carrier IPv6",
            "tz": tz,
            "levels": levels,
            "translation_share": p_trans,
            "phone_share": p_phone,
            "pacing": "slow steady, 24/7",
            "languages": key_lang,
            "switch_lag_h": lag / HOUR,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. harvest hidden in a real consumer product's traffic (hard)

_APPS = ("Inkwell Study", "BrightDesk", "Notable Tutor", "Scribe Owl", "Kiwi Homework")


def brakeman(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "brakeman"
    app = pick(rng, _APPS)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 3, 6), pick(rng, ("aws", "gcp")))
    n_keys = irange(rng, 1, 3)
    uas = ["OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"]
    accts = campaign_accounts(
        ctx,
        rng,
        fam,
        cid,
        n_keys,
        role="product backend",
        orgs=[org],
        cards=[card],
        ua=lambda i: uas[i],
        ips=nat,
    )
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.4, 0.75)))
    per_day = float(rng.uniform(250, 550))
    share = float(rng.uniform(0.22, 0.45))
    locales = ("en-US", "en-GB", "en-IN", "es-MX", "pt-BR", "id-ID", "de-DE")
    domains = [
        str(x)
        for x in rng.choice(
            ["medicine", "law", "finance", "software", "physics", "chemistry", "economics"],
            size=irange(rng, 3, 6),
            replace=False,
        )
    ]
    switch_prod = ctx.release + float(rng.uniform(6, 30)) * HOUR
    switch_harv = ctx.release + float(rng.uniform(0, 3)) * HOUR
    for k, a in enumerate(accts):
        scale = 1.0 if k == 0 else float(rng.uniform(0.1, 0.4))
        ts = thinned(rng, ctx.t0, ctx.t1, per_day * scale * (ctx.t1 - ctx.t0) / DAY, curve)
        harvest = rng.random(len(ts)) < share
        prompts, comp, models = [], [], []
        m_prod = models_after(ctx, rng, ts, switch_prod, 0.7, 0.15)
        m_harv = models_after(ctx, rng, ts, switch_harv, 0.95, 0.0)
        for j, h in enumerate(harvest.tolist()):
            loc = pick(rng, locales)
            if h:
                inner = (
                    tx.expert_question(rng, "en", pick(rng, domains))
                    if chance(rng, 0.7)
                    else tx.reasoning_problem(rng) + " Show your full working."
                )
                prompts.append(tx.study_app_prompt(app, pick(rng, ("explain", "deep")), loc, inner))
                comp.append(1100.0)
                models.append(m_harv[j])
            else:
                mode = tx.weighted(
                    rng, ("quick", "explain", "essay", "quiz", "deep"), (4, 3, 2, 1, 0.5)
                )
                prompts.append(
                    tx.study_app_prompt(app, mode, loc, tx.clip(pick(rng, ctx.chat), 1500))
                )
                comp.append(300.0)
                models.append(m_prod[j])
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.008)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a live study app's traffic",
            "app": app,
            "keys": n_keys,
            "payment": "one corporate card",
            "ip_source": "cloud NAT of the app backend",
            "per_day": per_day,
            "harvest_share": share,
            "domains": domains,
            "hard": True,
            "switch_product_h": (switch_prod - ctx.release) / HOUR,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. bought / compromised aged accounts (hard)


def frontbob(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "frontbob"
    n = irange(rng, 18, 35)
    op_tz = pick(rng, (8, 3, 2, -5))
    op_curve = workday(op_tz, start=9, end=23, weekend=0.7, night=0.1)
    per_day = float(rng.uniform(3, 8))
    size, gap = float(rng.uniform(4, 8)), float(rng.uniform(30, 90))
    p_reason = float(rng.uniform(0.05, 0.2))
    zh_share = float(rng.uniform(0, 0.15))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = person_ua(rng, 0.75, 0.5, 0.08)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised aged account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        # the owner keeps using the account as before
        own = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.5)), evening_person(tz), 3.0, 120.0
        )
        ts_own = cat(own)
        ctx.emit(
            rng,
            a,
            ts_own,
            [tx.clip(pick(rng, ctx.chat), 2000) for _ in range(len(ts_own))],
            models=ctx.models(rng, ts_own, p_new=0.3, p_mini=0.1),
            comp_median=340.0,
        )
        # the operator's use, from proxies in the owner's region, with the owner's user agent
        t_take = max(ctx.t0 + DAY, ctx.release + float(rng.uniform(-36, 30)) * HOUR)
        takeovers.append(t_take)
        proxies = home(rng, irange(rng, 8, 20), tz)
        sess = session_times(rng, t_take, ctx.t1, per_day, op_curve, size, gap, 0.7)
        ts = cat(sess)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_reason):
                prompts.append(tx.coerced_reasoning(rng, "en", irange(rng, 0, 6)))
            else:
                prompts.append(tx.expert_question(rng, "zh" if chance(rng, zh_share) else "en"))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release, 0.95),
            ips=sticky(rng, ts, proxies, 40 * MINUTE),
            comp_median=800.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through compromised aged accounts",
            "accounts": n,
            "payment": "the owners' own cards",
            "ip_source": "residential proxies in each owner's region",
            "user_agent": "the owner's",
            "operator_tz": op_tz,
            "per_day": per_day,
            "takeover_h_from_release": [round((t - ctx.release) / HOUR, 1) for t in takeovers],
            "reasoning_share": p_reason,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. low-and-slow crowd of person-like accounts (hard)

_TZ_LANGS = {
    -8: ("en", "en", "es"),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en", "en", "fr"),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("zh", "en"),
    9: ("ja", "ko"),
}


def start_ramp(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "start_ramp"
    n = irange(rng, 40, 70)
    noise = float(rng.uniform(0.3, 0.9))
    p_mobile = float(rng.uniform(0.1, 0.5))
    p_reason = float(rng.uniform(0.0, 0.15))
    p_new = float(rng.uniform(0.8, 0.97))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = person_ua(rng, 0.7, 0.85, p_mobile)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, _TZ_LANGS[tz])
        start = ctx.release + float(rng.uniform(-48, 24)) * HOUR
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1, 2.5)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(60, 200)),
        )
        ts = cat(sess)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_reason):
                prompts.append(
                    tx.coerced_reasoning(
                        rng, "en" if lang not in ("es", "pt", "zh") else lang, irange(rng, 0, 6)
                    )
                )
            else:
                q = tx.expert_question(rng, lang)
                prompts.append(tx.humanize(rng, q, noise) if lang == "en" else q)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release, p_new),
            comp_median=700.0,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd of person-like accounts",
            "accounts": n,
            "payment": "one card per account",
            "ip_source": "static residential per account",
            "pacing": "1-2.5 short sessions a day",
            "humanize": noise,
            "p_new": p_new,
            "mobile_share": p_mobile,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. public prompt replay during office hours (hard)


def nose_cone(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "nose_cone"
    n_keys = irange(rng, 10, 16)
    n_orgs = irange(rng, 5, 8)
    org_tz = [pick(rng, (0, 1, -5, 9, 8, 2)) for _ in range(n_orgs)]
    org_ip = [home(rng, irange(rng, 1, 2), tz) for tz in org_tz]
    org_ua = [person_ua(rng, 0.7, 0.0, 0.0) for _ in range(n_orgs)]
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replay worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=org_ua[i % n_orgs],
            ips=org_ip[i % n_orgs],
            tz=org_tz[i % n_orgs],
        )
        for i in range(n_keys)
    ]
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    lag = float(rng.uniform(0.5, 3)) * HOUR
    for i, a in enumerate(accts):
        tz = org_tz[i % n_orgs]
        curve = workday(tz, weekend=0.1)
        pre = thinned(rng, ctx.t0, ctx.release, float(rng.uniform(3, 20)), curve)
        post = thinned(rng, ctx.release + lag, ctx.t1, float(rng.uniform(90, 260)), curve)
        ts = cat([pre, post])
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_after(ctx, rng, ts, ctx.release + lag, 0.99, 0.0),
            comp_median=520.0,
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT) for new-model answers",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "office broadband per org",
            "pacing": "office hours, mostly after release",
            "prompts_used": cursor,
            "switch_lag_h": lag / HOUR,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "brake_rake": brake_rake,
    "push_bar": push_bar,
    "steering_rope": steering_rope,
    "runner_blade": runner_blade,
    "cowling": cowling,
    "kreisel": kreisel,
    "monobob": monobob,
    "omega_curve": omega_curve,
    "brakeman": brakeman,
    "frontbob": frontbob,
    "start_ramp": start_ramp,
    "nose_cone": nose_cone,
}

"""Campaign families of batch 243 (code names from underwater rugby).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records the
campaign through `ctx.campaign` and writes events through `ctx.emit`. Every random choice comes
from the family's own generator, drawn in a fixed order (no set or hash ordering).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind243 import texts as tx

Rng = np.random.Generator

#: user agents exactly as the background spells its most common ones
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
#: languages of the people living at each UTC offset (for person-like accounts)
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "en",
    3: "en",
    5: "en",
    8: "en",
    9: "en",
}
REGION_OF_TZ = {
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


def subset(rng: Rng, seq: tuple | list, lo: int, hi: int) -> list:
    """lo..hi distinct items of seq, in seq's order."""
    k = min(len(seq), irange(rng, lo, hi))
    idx = sorted(rng.choice(len(seq), size=k, replace=False).tolist())
    return [seq[i] for i in idx]


def weighted(rng: Rng, items: list, weights: list[float], n: int) -> list:
    p = np.asarray(weights, dtype=np.float64)
    idx = rng.choice(len(items), size=n, p=p / p.sum())
    return [items[i] for i in idx.tolist()]


def cards(rng: Rng, n_keys: int, mode: str) -> list[str]:
    """Payment fingerprints per key: one shared card, a few cards spread over the keys, or one each."""
    if mode == "shared":
        return [bb.hexid(rng, "pay")] * n_keys
    if mode == "few":
        pool = [bb.hexid(rng, "pay") for _ in range(max(1, n_keys // irange(rng, 2, 5)))]
        return [pool[i] for i in rng.integers(0, len(pool), size=n_keys).tolist()]
    return [bb.hexid(rng, "pay") for _ in range(n_keys)]


def orgs(rng: Rng, n_keys: int, n_orgs: int) -> list[str]:
    pool = [bb.hexid(rng, "org") for _ in range(max(1, n_orgs))]
    if n_orgs >= n_keys:
        return pool[:n_keys]
    return [pool[i % len(pool)] for i in range(n_keys)]


def gen(n: int, make: Callable[[], str]) -> list[str]:
    return [make() for _ in range(n)]


def after_release_switch(
    ctx: Ctx, rng: Rng, ts: np.ndarray, lag_h: float, p_new: float, p_mini: float
) -> list[str]:
    """Model per event: the new model (p_new) once `lag_h` hours past the release, else old models."""
    shifted = np.asarray(ts) - lag_h * HOUR
    return ctx.models(rng, shifted, p_new=p_new, p_mini=p_mini)


# ============================================================================================
# 1. reasoning-trace coercion from a rented hosting block, worker pool, surge at the release


def saltwater_ball(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "saltwater_ball"
    n = irange(rng, 6, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 2, 6))
    card_mode = pick(rng, ("shared", "few"))
    pays = cards(rng, n, card_mode)
    org_list = orgs(rng, n, irange(rng, 1, 3))
    one_ua = chance(rng, 0.5)
    ua0 = bb.sdk_ua(rng, 0.3)
    langs = ["en"] + subset(rng, ("zh", "es", "ru", "de"), 1, 3)
    lang_w = [3.0] + [float(rng.uniform(0.5, 2.0)) for _ in langs[1:]]
    styles = subset(rng, ("tags", "coach", "json", "critic"), 2, 4)
    accts = []
    for i in range(n):
        ips = [
            block[j]
            for j in rng.choice(
                len(block), size=min(len(block), irange(rng, 1, 3)), replace=False
            ).tolist()
        ]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                org=org_list[i],
                pay=pays[i],
                ua=ua0 if one_ua else bb.sdk_ua(rng, 0.3),
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    base = float(rng.uniform(25, 70))
    surge = float(rng.uniform(1.6, 3.0))
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.0, 0.3)))
    pre = bb.worker_pool(rng, start, ctx.release, base, n, curve)
    post = bb.worker_pool(
        rng,
        max(start, ctx.release + float(rng.uniform(1, 8)) * HOUR),
        ctx.t1,
        base * surge,
        n,
        curve,
    )
    key_style = [pick(rng, styles) for _ in range(n)]
    serial = irange(rng, 0, 10**6)
    for i, a in enumerate(accts):
        ts = np.sort(np.concatenate([pre[i], post[i]]))
        ls = weighted(rng, langs, lang_w, len(ts))
        prompts = []
        for lg in ls:
            serial += 1
            prompts.append(
                tx.trace_prompt(
                    rng, key_style[i] if chance(rng, 0.8) else pick(rng, styles), lg, serial
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "provider": provider,
            "ips": len(block),
            "payment": card_mode,
            "pacing": "Poisson worker pool, surge after release",
            "per_hour_pre": round(base, 1),
            "surge": round(surge, 2),
            "languages": langs,
            "styles": styles,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading: nightly bursts from cloud VMs, stolen cards


def steel_basket(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "steel_basket"
    n = irange(rng, 3, 8)
    n_org = irange(rng, 2, 3)
    org_list = orgs(rng, n, n_org)
    pays = cards(rng, n, "each")
    tz = pick(rng, (8, 9, 3, 2))
    langs = ["en"] + subset(rng, ("ko", "de", "ja"), 1, 2)
    styles = subset(rng, ("pair", "rubric", "reward", "critique"), 2, 4)
    accts = []
    for i in range(n):
        prov = pick(rng, ("aws", "gcp", "azure", "oracle"))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="grader",
                campaign_id=cid,
                org=org_list[i],
                pay=pays[i],
                ua=bb.sdk_ua(rng, 0.4),
                ips=bb.cloud(rng, irange(rng, 1, 2), prov),
                tz=tz,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    night_start = float(rng.uniform(0.5, 3.5))
    for a in accts:
        style = pick(rng, styles)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(2.0, 5.0)) * 7, bb.nightly(night_start, 4.0, tz)
        )
        trains = bb.bursts(
            rng, starts, float(rng.uniform(30, 90)), float(rng.uniform(1.0, 3.0)), b=ctx.t1
        )
        trickle = bb.thinned(rng, start, ctx.t1, float(rng.uniform(5, 20)) * 7, bb.workday(tz))
        ts = np.sort(np.concatenate([*trains, trickle])) if trains else trickle
        prompts = []
        for _ in range(len(ts)):
            lg = pick(rng, langs) if chance(rng, 0.4) else "en"
            st = style if chance(rng, 0.85) else pick(rng, styles)
            prompts.append(
                tx.judge_prompt(
                    rng,
                    st,
                    lg,
                    pick(rng, ctx.chat),
                    pick(rng, ctx.passages),
                    pick(rng, ctx.passages),
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            comp_median=260.0 if style != "critique" else 650.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n,
            "orgs": n_org,
            "payment": "one stolen card per key",
            "pacing": "nightly bursts plus daytime trickle",
            "tz": tz,
            "languages": langs,
            "styles": styles,
        },
    )


# ============================================================================================
# 3. censorship-safe / policy rewrites through a commercial VPN's exits


def penalty_throw(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "penalty_throw"
    n = irange(rng, 10, 24)
    pays = cards(rng, n, "few")
    org_list = orgs(rng, n, n)
    exits: list[str] = []
    vpn_provs = subset(rng, ("m247", "leaseweb", "ovh", "vultr", "linode", "scaleway"), 2, 4)
    for p in vpn_provs:
        exits += bb.rented_block(rng, p, irange(rng, 2, 5), irange(rng, 2, 4))
    tz = pick(rng, (8, 3, 2))
    langs = subset(rng, ("zh", "ru", "ar", "tr", "vi", "en"), 2, 4)
    styles = subset(rng, ("rewrite", "deployed", "pairs", "scrub", "classify"), 2, 4)
    hold = float(rng.uniform(20, 90)) * MINUTE
    accts = []
    for i in range(n):
        ua = pick(
            rng,
            (
                "python-requests/2.32.3",
                "python-httpx/0.28.1",
                "aiohttp/3.11.11",
                bb.sdk_ua(rng, 0.5),
            ),
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="rewriter",
                campaign_id=cid,
                org=org_list[i],
                pay=pays[i],
                ua=ua,
                ips=exits,
                tz=tz,
            )
        )
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 9)) * (ctx.t1 - start) / DAY, bb.workday(tz)
        )
        trains = bb.bursts(
            rng, starts, float(rng.uniform(10, 35)), float(rng.uniform(2.5, 7.0)), b=ctx.t1
        )
        if not trains:
            continue
        ts = np.sort(np.concatenate(trains))
        my_langs = subset(rng, langs, 1, 2)
        prompts = [
            tx.policy_prompt(rng, pick(rng, styles), pick(rng, my_langs), pick(rng, ctx.passages))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=520.0,
            comp_sigma=0.55,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites",
            "keys": n,
            "payment": "few prepaid cards",
            "ip_source": f"VPN exits in {', '.join(vpn_provs)}",
            "exits": len(exits),
            "sticky_min": round(hold / 60, 1),
            "pacing": "office-hours bursts",
            "tz": tz,
            "languages": langs,
            "styles": styles,
        },
    )


# ============================================================================================
# 4. agent / tool-use transcripts: episodes of chained calls behind one NAT egress


def water_referee(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "water_referee"
    n = irange(rng, 4, 10)
    org = bb.hexid(rng, "org")
    pay = bb.hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    egress = bb.cloud(rng, irange(rng, 2, 6), prov)
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    styles = subset(rng, ("functions", "react", "gold"), 2, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(6, 16))
    ep_starts = bb.thinned(
        rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.global_load(14.0, 0.2)
    )
    owner = rng.integers(0, n, size=len(ep_starts))
    trains = bb.bursts(
        rng, ep_starts, float(rng.uniform(3, 7)), float(rng.uniform(4, 15)), 0.6, b=ctx.t1
    )
    for i, a in enumerate(accts):
        mine = [trains[j] for j in np.flatnonzero(owner == i).tolist()]
        if not mine:
            continue
        ts = np.concatenate(mine)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [tx.agent_prompt(rng, pick(rng, styles), ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.04),
            comp_median=380.0,
            comp_sigma=0.7,
            err=0.01,
            extra=rng.integers(150, 900, size=len(ts)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "keys": n,
            "provider": prov,
            "egress_ips": len(egress),
            "payment": "one card",
            "pacing": "Poisson episodes of chained calls",
            "episodes_per_hour": round(per_hour, 1),
            "user_agent": ua,
            "styles": styles,
        },
    )


# ============================================================================================
# 5. synthetic dataset generation: daily job bursts over cloud plus rotating residential proxies


def fin_kick(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "fin_kick"
    n = irange(rng, 5, 12)
    n_org = irange(rng, 2, 4)
    org_list = orgs(rng, n, n_org)
    org_card = {o: bb.hexid(rng, "pay") for o in sorted(set(org_list))}
    cloud_ips = bb.cloud(rng, irange(rng, 3, 8), pick(rng, ("digitalocean", "linode", "hetzner")))
    region = pick(rng, ("us", "eu", "latam", "in", "sea"))
    resi_pool = bb.resi(rng, irange(rng, 150, 400), region)
    p_resi = float(rng.uniform(0.3, 0.8))
    langs = ["en"] + subset(rng, ("fr", "pt", "ja", "hi"), 1, 3)
    styles = subset(rng, ("pairs", "mcq", "persona", "evolve"), 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            org=org_list[i],
            pay=org_card[org_list[i]],
            ua=bb.sdk_ua(rng, 0.5),
            ips=cloud_ips,
        )
        for i in range(n)
    ]
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        hour = float(rng.uniform(0, 24))
        starts = []
        d = start
        while d < ctx.t1:
            starts.append(d + (hour * HOUR - d % DAY) % DAY + float(rng.normal(0, 0.7)) * HOUR)
            if chance(rng, 0.4):
                starts.append(starts[-1] + float(rng.uniform(3, 10)) * HOUR)
            d += DAY
        trains = bb.bursts(
            rng,
            np.asarray(starts),
            float(rng.uniform(25, 80)),
            float(rng.uniform(1.5, 6.0)),
            b=ctx.t1,
        )
        ts = np.sort(np.concatenate(trains))
        ips = [
            pick(rng, resi_pool) if chance(rng, p_resi) else pick(rng, cloud_ips)
            for _ in range(len(ts))
        ]
        prompts = [
            tx.synth_prompt(rng, pick(rng, styles), pick(rng, langs), pick(rng, ctx.chat))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            ips=ips,
            comp_median=1700.0,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction-data generation",
            "keys": n,
            "orgs": n_org,
            "payment": "one card per org",
            "ip_source": f"cloud + residential proxies ({region})",
            "p_resi": round(p_resi, 2),
            "pacing": "daily job bursts",
            "languages": langs,
            "styles": styles,
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest through region-matched residential proxies, person-like sessions


def snorkel_purge(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "snorkel_purge"
    n = irange(rng, 18, 36)
    pays = cards(rng, n, "few")
    styles = subset(rng, ("transcript", "messages", "followup"), 2, 3)
    accts = []
    pools = []
    for i in range(n):
        tz = pick(rng, bb.TZS)
        pool = bb.home(rng, irange(rng, 15, 40), tz)
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.6) else pick(rng, bb.BROWSERS)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="chatter",
                campaign_id=cid,
                pay=pays[i],
                ua=ua,
                ips=pool,
                tz=tz,
            )
        )
        pools.append(pool)
    hold = float(rng.uniform(30, 120)) * MINUTE
    for a, pool in zip(accts, pools, strict=True):
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 8)),
            bb.evening_person(a.tz, 3.5),
            float(rng.uniform(6, 14)),
            float(rng.uniform(25, 60)),
        )
        if not sessions:
            continue
        ts = np.sort(np.concatenate(sessions))
        prompts = [
            tx.dialogue_prompt(rng, pick(rng, styles), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=480.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "payment": "few stolen cards",
            "ip_source": "residential proxies matched to each key's time zone",
            "sticky_min": round(hold / 60, 1),
            "pacing": "person-like evening sessions",
            "styles": styles,
        },
    )


# ============================================================================================
# 7. best-of-n and soft-label sampling: the same prompt fired k times at once


def ear_protector(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "ear_protector"
    n = irange(rng, 2, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    prov = pick(rng, ("azure", "oracle", "aws"))
    tag_style = pick(rng, ("bare", "suffix", "seed"))
    k_lo, k_hi = pick(rng, ((4, 6), (5, 8), (8, 12)))
    p_soft = float(rng.uniform(0.2, 0.6))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=bb.sdk_ua(rng, 0.6),
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n)
    ]
    per_hour = float(rng.uniform(1.2, 3.5))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a in accts:
        jobs = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
        ts_all, prompts = [], []
        for s in jobs.tolist():
            k = irange(rng, k_lo, k_hi)
            base = (
                tx.softlabel_prompt(rng, pick(rng, ctx.chat if chance(rng, 0.5) else ctx.passages))
                if chance(rng, p_soft)
                else tx.clip(pick(rng, ctx.chat), 1500)
            )
            offs = np.sort(rng.exponential(0.4, size=k))
            for j in range(k):
                ts_all.append(s + float(offs[j]))
                prompts.append(tx.sample_tag(rng, base, j, k, tag_style))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.03),
            comp_median=380.0,
            comp_sigma=0.6,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "provider": prov,
            "payment": "one card",
            "samples_per_prompt": [k_lo, k_hi],
            "tag_style": tag_style,
            "p_softlabel": round(p_soft, 2),
            "jobs_per_hour_per_key": round(per_hour, 1),
        },
    )


# ============================================================================================
# 8. curriculum sweep at a slow steady rate from one office line


def ball_carrier(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "ball_carrier"
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3, 8, -3))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "Go-http-client/2.0"))
    lang = pick(rng, ("en", "en", "es"))
    style = pick(rng, ("header", "plain"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    lag = float(rng.uniform(2, 30))
    size = len(tx.CURRICULUM) * 8 * len(tx.LEVELS) * len(tx.FORMATS)
    offset = irange(rng, 0, size - 1)
    rate = float(rng.uniform(6, 18))
    for i, a in enumerate(accts):
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        prompts = [tx.curriculum_item(offset + i * 997 + j, lang, style) for j in range(len(ts))]
        new_from = ctx.release + lag * HOUR
        models = [ctx.new_model if t >= new_from else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=750.0, comp_sigma=0.45, err=0.005)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n,
            "payment": "one company card",
            "tz": tz,
            "ip_source": "office broadband",
            "per_hour_per_key": round(rate, 1),
            "switch_lag_h": round(lag, 1),
            "language": lang,
            "style": style,
        },
    )


# ============================================================================================
# 9. HARD: harvest hidden inside a real writing-assistant product's traffic


def rolling_substitution(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "rolling_substitution"
    n = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    brand = pick(rng, ("Penwise", "Draftly Pro", "Scribewell", "Clarion Write", "Inkpath"))
    egress = bb.cloud(rng, irange(rng, 2, 6), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n)
    ]
    share = rng.dirichlet(np.full(n, 1.5))
    per_hour = float(rng.uniform(30, 70))
    p_harvest = float(rng.uniform(0.15, 0.35))
    harvest_from = ctx.t0 + float(rng.uniform(1.5, 3.5)) * DAY
    curve = bb.global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.5, 0.8)))
    for i, a in enumerate(accts):
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * float(share[i]) * 7 * 24, curve)
        is_h = (rng.random(len(ts)) < p_harvest) & (ts >= harvest_from)
        prompts = [
            tx.hidden_harvest(rng, brand)
            if h
            else tx.app_wrap(rng, brand, tx.clip(pick(rng, ctx.chat), 1200))
            for h in is_h.tolist()
        ]
        m_prod = ctx.models(rng, ts, p_new=0.2, p_mini=0.35)
        m_harv = ctx.models(rng, ts, p_new=0.85, p_mini=0.0)
        models = [mh if h else mp for h, mp, mh in zip(is_h.tolist(), m_prod, m_harv, strict=True)]
        comp = np.where(is_h, 820.0, 300.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest mixed into a real product's traffic",
            "keys": n,
            "brand": brand,
            "payment": "the product's card",
            "ip_source": "aws NAT egress",
            "user_agent": ua,
            "per_hour": round(per_hour, 1),
            "harvest_share": round(p_harvest, 2),
            "harvest_from_day": round((harvest_from - ctx.t0) / DAY, 2),
            "hard": True,
        },
    )


# ============================================================================================
# 10. HARD: bought aged accounts, organic history, then code/translation harvest over same-region proxies


def dump_pass(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "dump_pass"
    n = irange(rng, 12, 28)
    p_code = float(rng.uniform(0.5, 0.85))
    p_casual = float(rng.uniform(0.3, 0.7))
    accts, homes = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        home = bb.home(rng, 1, tz)
        ua = pick(rng, BG_SDK[:2]) if chance(rng, 0.5) else pick(rng, BG_BROWSER)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="bought_account",
                campaign_id=cid,
                ua=ua,
                ips=home,
                tz=tz,
            )
        )
        homes.append(home)
    takeovers = []
    for a, home in zip(accts, homes, strict=True):
        take = ctx.release + float(rng.uniform(-1.5, 0.8)) * DAY
        takeovers.append(round((take - ctx.t0) / DAY, 2))
        # the previous owner's own use
        sess = bb.session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 2.0)), bb.evening_person(a.tz), 3.0, 70.0
        )
        if sess:
            ts = np.sort(np.concatenate(sess))
            ctx.emit(
                rng,
                a,
                ts,
                [tx.clip(pick(rng, ctx.chat), 1500) for _ in range(len(ts))],
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.15),
                ips=home[0],
                comp_median=320.0,
            )
        # the buyer: same UA, residential proxies in the same region, person-shaped but busier days
        pool = bb.resi(rng, irange(rng, 20, 60), REGION_OF_TZ.get(a.tz, "us"))
        curve = bb.workday(
            a.tz, start=float(rng.uniform(7, 11)), end=float(rng.uniform(18, 23)), weekend=0.6
        )
        ts = bb.thinned(
            rng, take, ctx.t1, float(rng.uniform(30, 110)) * (ctx.t1 - take) / DAY, curve
        )
        prompts = [
            tx.code_request(rng, chance(rng, p_casual))
            if chance(rng, p_code)
            else tx.translation_request(rng, pick(rng, ctx.passages))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(1, 4)) * HOUR),
            comp_median=620.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code and translation harvest through bought aged accounts",
            "keys": n,
            "payment": "previous owners' cards",
            "ip_source": "home IP before takeover, same-region residential proxies after",
            "takeover_day": takeovers,
            "p_code": round(p_code, 2),
            "p_casual": round(p_casual, 2),
            "hard": True,
        },
    )


# ============================================================================================
# 11. HARD: a low-and-slow person-like crowd asking expert questions


def basket_guard(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "basket_guard"
    n = irange(rng, 40, 80)
    p_cover = float(rng.uniform(0.05, 0.25))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ips = bb.home(rng, irange(rng, 1, 3), tz)
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.7) else pick(rng, bb.MOBILE[:3])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="crowd_member",
                campaign_id=cid,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    onboard_span = float(rng.uniform(0.3, 0.6))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, onboard_span)
        lang = (
            LANG_OF_TZ.get(a.tz, "en") if chance(rng, 0.6) else pick(rng, ("en", "es", "pt", "de"))
        )
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            bb.evening_person(a.tz),
            float(rng.uniform(2.5, 5.0)),
            float(rng.uniform(50, 150)),
        )
        if not sessions:
            sessions = [np.asarray([start + float(rng.uniform(0, 2)) * DAY])]
        ts = np.sort(np.concatenate(sessions))
        prompts = [
            tx.clip(pick(rng, ctx.chat), 800)
            if chance(rng, p_cover)
            else tx.crowd_question(rng, lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=460.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "expert Q&A harvest through a person-like crowd",
            "keys": n,
            "payment": "one prepaid card per account",
            "ip_source": "residential, time-zone matched",
            "pacing": "1-3 evening sessions a day",
            "p_cover": round(p_cover, 2),
            "onboard_span": round(onboard_span, 2),
            "hard": True,
        },
    )


# ============================================================================================
# 12. HARD: public prompt replay, one prompt each, from home and phone lines


def timeout_horn(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "timeout_horn"
    n = irange(rng, 8, 20)
    card_mode = pick(rng, ("few", "each"))
    pays = cards(rng, n, card_mode)
    p_phone = float(rng.uniform(0.2, 0.5))
    accts = []
    for i in range(n):
        tz = pick(rng, (-8, -5, 0, 1, 5))
        if chance(rng, p_phone):
            ips = bb.mobile_v6(
                rng, irange(rng, 5, 15), pick(rng, ("us_mobile", "in_mobile", "eu_mobile"))
            )
        else:
            ips = bb.home(rng, irange(rng, 1, 2), tz)
        ua = pick(rng, BG_SDK[:2]) if chance(rng, 0.6) else pick(rng, BG_BROWSER[:2])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="replayer",
                campaign_id=cid,
                pay=pays[i],
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    order = rng.permutation(len(ctx.chat))
    cursor = irange(rng, 0, len(ctx.chat) - 1)
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        curve = bb.workday(
            a.tz, start=float(rng.uniform(7, 10)), end=float(rng.uniform(17, 22)), weekend=0.3
        )
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(25, 90)) * (ctx.t1 - start) / DAY, curve
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[int(order[cursor % len(order)])])
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.08),
            comp_median=340.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt-set replay",
            "keys": n,
            "payment": f"prepaid cards ({card_mode})",
            "ip_source": "home broadband and carrier IPv6",
            "p_phone": round(p_phone, 2),
            "pacing": "long working days, no repeats",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "saltwater_ball": saltwater_ball,
    "steel_basket": steel_basket,
    "penalty_throw": penalty_throw,
    "water_referee": water_referee,
    "fin_kick": fin_kick,
    "snorkel_purge": snorkel_purge,
    "ear_protector": ear_protector,
    "ball_carrier": ball_carrier,
    "rolling_substitution": rolling_substitution,
    "dump_pass": dump_pass,
    "basket_guard": basket_guard,
    "timeout_horn": timeout_horn,
}

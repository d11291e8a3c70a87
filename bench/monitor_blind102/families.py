"""Campaign families of batch 102 (curling code names): unauthorized distillation operations.

Each family is `f(ctx, rng, campaign_id)`; every parameter is drawn from the family's own rng.
The last four (rock_in_play, burnt_stone, pin_high, tap_back) are the deliberately hard ones.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick, picks
from bench.monitor_blind102 import texts as tx


def _styles(rng: np.random.Generator, styles: tuple[str, ...], lo: int = 2) -> list[str]:
    k = irange(rng, lo, len(styles))
    return [styles[i] for i in sorted(rng.permutation(len(styles))[:k].tolist())]


def _start(ctx, rng: np.random.Generator, p_after_release: float = 0.6) -> float:
    if chance(rng, p_after_release):
        return ctx.release + float(rng.uniform(-0.3, 0.4)) * DAY
    return bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)


def _accounts(ctx, rng, fam, camp, n, *, pays, ua, ips_of, tz=0, shared_org=False, role="worker"):
    org = bb.hexid(rng, "org") if shared_org else None
    out = []
    for i in range(n):
        pay = pays[i % len(pays)] if pays else None
        u = ua if isinstance(ua, str) else ua(i)
        out.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role=role,
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=u,
                ips=ips_of(i),
                tz=tz,
            )
        )
    return out


def draw_weight(ctx, rng, camp):
    """Reasoning-trace coercion: a worker pool on a rented hosting block demands full thinking."""
    fam = "draw_weight"
    n = irange(rng, 8, 20)
    prov = pick(rng, bb.providers())
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 4, 10))
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = bb.sdk_ua(rng)
    accts = _accounts(
        ctx,
        rng,
        fam,
        camp,
        n,
        pays=pays,
        ua=ua,
        shared_org=chance(rng, 0.5),
        ips_of=lambda i: bb.picks(rng, block, irange(rng, 1, 3)),
    )
    styles = _styles(rng, tx.COT_STYLES)
    start = _start(ctx, rng)
    total = irange(rng, 2500, 6000)
    per_hour = total / max((ctx.t1 - start) / HOUR, 1.0)
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.4)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [tx.cot_prompt(rng, s) for s in picks(rng, styles, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95),
            comp_median=1400,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "worker_pool",
            "ip_source": f"rented_block:{prov}",
            "payment": f"shared:{len(pays)}",
            "styles": styles,
            "keys": n,
            "target_events": total,
        },
    )


def hog_line(ctx, rng, camp):
    """Judge/rubric harvest: one VPS and one prepaid card per key, scripted bursts of grading."""
    fam = "hog_line"
    n = irange(rng, 4, 10)
    provs = bb.providers()
    accts = _accounts(
        ctx,
        rng,
        fam,
        camp,
        n,
        pays=[],
        ua=lambda i: bb.sdk_ua(rng, 0.3),
        ips_of=lambda i: bb.cloud(rng, 1, pick(rng, provs)),
    )
    styles = _styles(rng, tx.JUDGE_STYLES)
    tz = pick(rng, bb.TZS)
    for a in accts:
        start = _start(ctx, rng, 0.5)
        runs = bb.thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 6)) * (ctx.t1 - start) / DAY,
            bb.nightly(float(rng.uniform(18, 23)), float(rng.uniform(6, 10)), tz),
        )
        ts = np.concatenate(
            bb.bursts(rng, runs, float(rng.uniform(15, 45)), float(rng.uniform(1.5, 5)))
            or [np.empty(0)]
        )
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, s) for s in picks(rng, styles, len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9), comp_median=260, err=0.02)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_harvest",
            "pacing": "nightly_bursts",
            "ip_source": "one_vps_per_key",
            "payment": "prepaid_per_key",
            "styles": styles,
            "keys": n,
            "tz": tz,
        },
    )


def corner_guard(ctx, rng, camp):
    """Policy-compliant rewrite harvest through a sticky residential proxy pool."""
    fam = "corner_guard"
    n = irange(rng, 10, 25)
    region = pick(rng, ["*", *bb.regions()])
    pool = bb.resi(rng, irange(rng, 150, 500), region)
    pays = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    browser = chance(rng, 0.5)
    accts = _accounts(
        ctx,
        rng,
        fam,
        camp,
        n,
        pays=pays,
        ua=lambda i: pick(rng, bb.BROWSERS) if browser else bb.sdk_ua(rng),
        ips_of=lambda i: pool[:1],
    )
    styles = _styles(rng, tx.REWRITE_STYLES)
    start = _start(ctx, rng, 0.5)
    total = irange(rng, 2000, 5000)
    tzs = [pick(rng, bb.TZS) for _ in range(irange(rng, 1, 3))]
    streams = bb.worker_pool(
        rng, start, ctx.t1, total / max((ctx.t1 - start) / HOUR, 1.0), n, bb.multi_office(tzs)
    )
    hold = float(rng.uniform(5, 30)) * MINUTE
    for a, ts in zip(accts, streams, strict=True):
        prompts = [tx.rewrite_prompt(rng, ctx.passages, s) for s in picks(rng, styles, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=520,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_rewrite_harvest",
            "pacing": "worker_pool_office_hours",
            "ip_source": f"residential_proxy:{region}",
            "payment": f"few:{len(pays)}",
            "styles": styles,
            "keys": n,
            "sticky_s": hold,
        },
    )


def hit_and_roll(ctx, rng, camp):
    """Agent / tool-use transcript harvest over a VPN exit block; stolen cards, one per key."""
    fam = "hit_and_roll"
    n = irange(rng, 6, 12)
    prov = pick(rng, ("m247", "leaseweb", "vultr", "contabo"))
    exits = bb.rented_block(rng, prov, irange(rng, 2, 5), irange(rng, 3, 8))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "AsyncOpenAI/Python 1.60.0"))
    accts = _accounts(
        ctx,
        rng,
        fam,
        camp,
        n,
        pays=[],
        ua=ua,
        ips_of=lambda i: picks(rng, exits, irange(rng, 2, 6)),
    )
    styles = _styles(rng, tx.AGENT_STYLES)
    start = _start(ctx, rng)
    total = irange(rng, 1500, 4000)
    streams = bb.worker_pool(rng, start, ctx.t1, total / max((ctx.t1 - start) / HOUR, 1.0), n)
    for a, ts in zip(accts, streams, strict=True):
        pe = [tx.agent_prompt(rng, s) for s in picks(rng, styles, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pe],
            models=ctx.models(rng, ts, 0.9),
            extra=np.array([e for _, e in pe], dtype=np.int64),
            comp_median=700,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_transcript_harvest",
            "pacing": "worker_pool",
            "ip_source": f"vpn:{prov}",
            "payment": "stolen_per_key",
            "styles": styles,
            "keys": n,
        },
    )


def bonspiel(ctx, rng, camp):
    """Synthetic instruction-data generation: one org, one card, nightly jobs, many languages."""
    fam = "bonspiel"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("aws", "gcp", "azure", "alibaba", "tencent"))
    ips = bb.cloud(rng, irange(rng, 2, 5), prov)
    pay = bb.hexid(rng, "pay")
    accts = _accounts(
        ctx, rng, fam, camp, n, pays=[pay], ua=bb.sdk_ua(rng), shared_org=True, ips_of=lambda i: ips
    )
    styles = _styles(rng, tx.SYNTH_STYLES)
    langs = [
        "en",
        *[
            str(x)
            for x in rng.choice(sorted(tx.LANG_NAMES)[:-1], size=irange(rng, 1, 4), replace=False)
        ],
    ]
    tz = pick(rng, bb.TZS)
    night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 6)), tz)
    for a in accts:
        start = _start(ctx, rng, 0.4)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(6, 14)) * (ctx.t1 - start) / DAY, night
        )
        ts = np.concatenate(
            bb.bursts(rng, starts, float(rng.uniform(10, 30)), float(rng.uniform(4, 15)))
            or [np.empty(0)]
        )
        prompts = [
            tx.synth_prompt(rng, ctx.chat, pick(rng, styles), pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            comp_median=2200,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "pacing": "nightly_bursts",
            "ip_source": f"cloud:{prov}",
            "payment": "single_card",
            "styles": styles,
            "languages": langs,
            "keys": n,
            "tz": tz,
        },
    )


def come_around(ctx, rng, camp):
    """Multi-turn dialogue harvest: human-like sessions through a rotating residential proxy."""
    fam = "come_around"
    n = irange(rng, 12, 30)
    region = pick(rng, ["*", "us", "eu", "latam", "sea"])
    pool = bb.resi(rng, irange(rng, 400, 1500), region)
    accts = _accounts(
        ctx,
        rng,
        fam,
        camp,
        n,
        pays=[],
        ua=lambda i: pick(rng, bb.BROWSERS + bb.MOBILE),
        ips_of=lambda i: pool[:1],
        tz=pick(rng, bb.TZS),
    )
    styles = _styles(rng, tx.DIALOGUE_STYLES)
    for a in accts:
        start = _start(ctx, rng, 0.5)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.evening_person(a.tz),
            float(rng.uniform(5, 10)),
            float(rng.uniform(15, 50)),
        )
        style = pick(rng, styles)
        for ts in sess:
            hist: list[str] = []
            prompts = [
                tx.dialogue_prompt(rng, ctx.chat, ctx.passages, hist, style) for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.9),
                ips=bb.picks(rng, pool, len(ts)),
                comp_median=450,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_harvest",
            "pacing": "human_sessions",
            "ip_source": f"rotating_residential:{region}",
            "payment": "stolen_per_key",
            "styles": styles,
            "keys": n,
        },
    )


def triple_takeout(ctx, rng, camp):
    """Best-of-n / soft-label sampling: each seed prompt fired n times in a tight burst."""
    fam = "triple_takeout"
    n = irange(rng, 5, 10)
    prov = pick(rng, ("hetzner", "ovh", "scaleway", "digitalocean"))
    ips = bb.cloud(rng, irange(rng, 1, 4), prov)
    pay = bb.hexid(rng, "pay")
    accts = _accounts(
        ctx,
        rng,
        fam,
        camp,
        n,
        pays=[pay],
        ua=bb.sdk_ua(rng),
        ips_of=lambda i: ips,
        shared_org=chance(rng, 0.6),
    )
    styles = _styles(rng, tx.BON_STYLES, 1)
    n_lo, n_hi = pick(rng, ((4, 8), (8, 16), (3, 5)))
    start = _start(ctx, rng, 0.8)
    total_seeds = irange(rng, 250, 600)
    streams = bb.worker_pool(rng, start, ctx.t1, total_seeds / max((ctx.t1 - start) / HOUR, 1.0), n)
    for a, starts in zip(accts, streams, strict=True):
        for s in starts.tolist():
            k = irange(rng, n_lo, n_hi)
            ts = s + np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k))
            seed = tx.bon_seed(rng, ctx.chat)
            style = pick(rng, styles)
            prompts = [tx.bon_wrap(rng, seed, j, k, style) for j in range(k)]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.new_model if s >= ctx.release else ctx.old_models[0],
                comp_median=380,
            )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_sampling",
            "pacing": "seed_bursts",
            "ip_source": f"cloud:{prov}",
            "payment": "single_card",
            "styles": styles,
            "n_range": [n_lo, n_hi],
            "keys": n,
        },
    )


def twelve_foot(ctx, rng, camp):
    """Curriculum sweep: an ordered walk over domain x topic x level x format."""
    fam = "twelve_foot"
    n = irange(rng, 4, 8)
    prov = pick(rng, bb.providers())
    ips = bb.cloud(rng, irange(rng, 2, 6), prov)
    accts = _accounts(
        ctx, rng, fam, camp, n, pays=[bb.hexid(rng, "pay")], ua=bb.sdk_ua(rng), ips_of=lambda i: ips
    )
    styles = _styles(rng, tx.SWEEP_STYLES, 1)
    cells = tx.sweep_grid(rng)
    start = _start(ctx, rng)
    total = min(len(cells), irange(rng, 1500, 4000))
    ts_all = np.sort(rng.uniform(start, ctx.t1, size=total))
    who = rng.integers(0, n, size=total)
    style = pick(rng, styles)
    for i, a in enumerate(accts):
        idx = np.flatnonzero(who == i)
        prompts = [tx.sweep_prompt(rng, cells[j], style, j) for j in idx.tolist()]
        ctx.emit(
            rng, a, ts_all[idx], prompts, models=ctx.models(rng, ts_all[idx], 0.95), comp_median=800
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "taxonomy_sweep",
            "pacing": "uniform_round_robin",
            "ip_source": f"cloud:{prov}",
            "payment": "single_card",
            "styles": [style],
            "cells": total,
            "keys": n,
        },
    )


# ---------------------------------------------------------------------------- hard families


def rock_in_play(ctx, rng, camp):
    """A real homework-help app whose backend quietly mixes harvest questions into genuine user
    traffic: product IPs, product card, product load curve; only the mix of content differs."""
    fam = "rock_in_play"
    n = irange(rng, 1, 3)
    prov = pick(rng, ("aws", "gcp", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 4), prov)
    accts = _accounts(
        ctx,
        rng,
        fam,
        camp,
        n,
        pays=[bb.hexid(rng, "pay")],
        ua=bb.sdk_ua(rng, 0.8),
        ips_of=lambda i: ips,
        shared_org=True,
        role="product_backend",
    )
    share = float(rng.uniform(0.15, 0.4))
    curve = bb.global_load(float(rng.uniform(10, 22)), float(rng.uniform(0.4, 0.7)))
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1500, 3500)), curve)
        harvest = (rng.random(len(ts)) < share) & (ts >= ctx.release - DAY)
        prompts = [
            tx.casual_question(rng) if h else tx.snippet(pick(rng, ctx.chat), rng, 30, 1500)
            for h in harvest.tolist()
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.7), comp_median=420)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "pacing": "product_global_load",
            "ip_source": f"cloud:{prov}",
            "payment": "company_card",
            "harvest_share": share,
            "keys": n,
        },
    )


def burnt_stone(ctx, rng, camp):
    """Bought/compromised aged accounts: months of ordinary use, then a pivot to harvesting from a
    residential proxy in the owner's own region at a volume only a few times higher."""
    fam = "burnt_stone"
    n = irange(rng, 10, 20)
    pivot = ctx.release + float(rng.uniform(-1.0, 0.8)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="hijacked",
            campaign_id=camp,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        own = bb.session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.5, 2)), bb.evening_person(tz), 3, 60
        )
        for ts in own:
            prompts = [tx.snippet(pick(rng, ctx.chat), rng, 30, 900) for _ in range(len(ts))]
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5))
        proxy = bb.home(rng, irange(rng, 20, 60), tz)
        ts = bb.thinned(
            rng,
            pivot + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            float(rng.uniform(60, 220)),
            bb.workday(tz, 7, 23, 0.6, 0.05),
        )
        prompts = [
            tx.casual_question(rng) if chance(rng, 0.6) else tx.cot_prompt(rng, "persona")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95),
            ips=bb.picks(rng, proxy, len(ts)),
            ua=pick(rng, bb.SDK_OTHER) if chance(rng, 0.5) else a.ua,
            comp_median=900,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "hijacked_accounts",
            "pacing": "owner_history_then_steady",
            "ip_source": "home_then_same_region_residential_proxy",
            "payment": "owners_cards",
            "pivot_ts": pivot,
            "keys": n,
        },
    )


def pin_high(ctx, rng, camp):
    """Low-and-slow: dozens of accounts that each look like one person asking a few questions in
    the evening from home; only the content, taken together, is a curriculum harvest."""
    fam = "pin_high"
    n = irange(rng, 40, 80)
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS + bb.MOBILE)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sleeper",
            campaign_id=camp,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        start = _start(ctx, rng, 0.5)
        for ts in bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(3, 7)),
            float(rng.uniform(40, 150)),
        ):
            prompts = [
                tx.casual_question(rng)
                if chance(rng, 0.8)
                else tx.snippet(pick(rng, ctx.chat), rng, 20, 500)
                for _ in range(len(ts))
            ]
            ips = (
                a.ips[0]
                if chance(rng, 0.85)
                else bb.mobile_v6(rng, 1, pick(rng, sorted(bb._V6)))[0]
            )
            ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9), ips=ips, comp_median=650)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low_and_slow_sleepers",
            "pacing": "human_sessions",
            "ip_source": "home_isp_per_account",
            "payment": "one_card_per_account",
            "keys": n,
        },
    )


def tap_back(ctx, rng, camp):
    """Public prompt replay dressed as an eval harness: nightly runs from two fixed cloud hosts
    replaying a public chat dataset verbatim, once each, on the new model."""
    fam = "tap_back"
    n = irange(rng, 2, 4)
    prov = pick(rng, ("aws", "gcp", "oracle", "linode"))
    ips = bb.cloud(rng, irange(rng, 1, 2), prov)
    accts = _accounts(
        ctx,
        rng,
        fam,
        camp,
        n,
        pays=[bb.hexid(rng, "pay")],
        ua="OpenAI/Python 1.54.0",
        ips_of=lambda i: ips,
        shared_org=True,
        role="replayer",
    )
    tz = pick(rng, bb.TZS)
    hour = float(rng.uniform(0, 4))
    pool = [ctx.chat[i] for i in rng.permutation(len(ctx.chat)).tolist()]
    used = 0
    per_night = irange(rng, 300, 900)
    for a in accts:
        day0 = np.floor(ctx.t0 / DAY) * DAY
        ts_all = []
        for d in range(8):
            s = day0 + d * DAY + (hour - tz) * HOUR + float(rng.uniform(0, 20)) * MINUTE
            if s < ctx.release - 2 * DAY:
                continue
            k = per_night // n if s >= ctx.release else per_night // (4 * n)
            ts_all.append(s + np.cumsum(rng.exponential(float(rng.uniform(3, 8)), size=k)))
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        prompts = [pool[(used + j) % len(pool)][:2000] for j in range(len(ts))]
        used += len(ts)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=380)
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "nightly_eval_like",
            "ip_source": f"cloud:{prov}",
            "payment": "company_card",
            "per_night": per_night,
            "keys": n,
            "tz": tz,
        },
    )


CAMPAIGN_FAMILIES = {
    "draw_weight": draw_weight,
    "hog_line": hog_line,
    "corner_guard": corner_guard,
    "hit_and_roll": hit_and_roll,
    "bonspiel": bonspiel,
    "come_around": come_around,
    "triple_takeout": triple_takeout,
    "twelve_foot": twelve_foot,
    "rock_in_play": rock_in_play,
    "burnt_stone": burnt_stone,
    "pin_high": pin_high,
    "tap_back": tap_back,
}

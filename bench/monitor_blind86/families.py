"""Campaign families of blind batch 86 (falconry code names): accounts harvesting the model's
outputs to train a copy. Each family draws its parameters per seed and writes its events and
truth through the shared context of `bench/blind_batch.py`."""

from __future__ import annotations

import functools
import random

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
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
    providers,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind86 import texts as T


def _r(rng: np.random.Generator) -> random.Random:
    return random.Random(int(rng.integers(0, 2**62)))


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def _weighted(r: random.Random, items: list, weights: list[float]):
    return r.choices(items, weights=weights, k=1)[0]


def _lang_mix(
    rng: np.random.Generator,
    pool: tuple[str, ...],
    primary: str = "en",
    k_lo: int = 1,
    k_hi: int = 3,
) -> tuple[list[str], list[float]]:
    others = [x for x in pool if x != primary]
    k = min(len(others), irange(rng, k_lo, k_hi))
    chosen = [others[i] for i in rng.choice(len(others), size=k, replace=False).tolist()]
    w_primary = _u(rng, 0.35, 0.8)
    rest = rng.dirichlet(np.ones(k)) * (1 - w_primary)
    return [primary, *chosen], [w_primary, *[float(x) for x in rest]]


def _split(rng: np.random.Generator, total: int, parts: int, least: int = 2) -> list[int]:
    extra = total - least * parts
    share = rng.multinomial(max(extra, 0), np.ones(parts) / parts)
    return [least + int(x) for x in share]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def active_only(fn):
    """Wrap a family or kind so that accounts that never send a request inside the window (a key
    opened too late, a sleeper that never woke up) are left out of the truth, as they would be
    invisible in the log."""

    @functools.wraps(fn)
    def run(ctx: Ctx, rng: np.random.Generator, *args) -> None:
        n0, ncamp = len(ctx.sink.ts), len(ctx.truth["campaigns"])
        before = set(ctx.truth["accounts"])
        fn(ctx, rng, *args)
        ts = np.asarray(ctx.sink.ts[n0:], dtype=np.float64)
        inside = ((ts >= ctx.t0) & (ts <= ctx.t1)).tolist()
        active = {a for a, ok in zip(ctx.sink.account_id[n0:], inside, strict=True) if ok}
        for a in [a for a in ctx.truth["accounts"] if a not in before and a not in active]:
            del ctx.truth["accounts"][a]
        for c in ctx.truth["campaigns"][ncamp:]:
            c["accounts"] = [a for a in c["accounts"] if a in active]

    return run


# --------------------------------------------------------------------------------------------


def saker_stoop(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion from rented cloud blocks: sub-teams share Poisson job queues, light
    before the new model's release and heavy after it."""
    name = "saker_stoop"
    r = _r(rng)
    n_total, n_cells = irange(rng, 16, 28), irange(rng, 1, 3)
    langs, lw = _lang_mix(rng, T.REASONING_LANGS, k_lo=1, k_hi=4)
    styles = r.sample(T.REASONING_STYLES, irange(rng, 2, 4))
    curve_kind = pick(rng, ("constant", "global", "offhours"))
    op_tz = pick(rng, (8, 3, 2, -5))
    curve = {
        "constant": constant,
        "global": global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.6)),
        "offhours": nightly(_u(rng, 17, 21), _u(rng, 10, 15), op_tz),
    }[curve_kind]
    p_new = _u(rng, 0.82, 0.98)
    comp = _u(rng, 900, 1900)
    accts: list[Acct] = []
    cells = []
    for size in _split(rng, n_total, n_cells):
        prov = pick(rng, providers())
        block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 8))
        ua = (
            pick(rng, SDK_COMMON)
            if chance(rng, 0.4)
            else pick(
                rng,
                (
                    "AsyncOpenAI/Python 1.60.0",
                    "aiohttp/3.11.11",
                    "python-httpx/0.28.1",
                    "vllm-bench/0.6",
                ),
            )
        )
        shared_pay = hexid(rng, "pay") if chance(rng, 0.4) else None
        shared_org = hexid(rng, "org") if chance(rng, 0.5) else None
        cell = []
        for _ in range(size):
            ips = [
                block[i]
                for i in rng.choice(
                    len(block), size=irange(rng, 1, min(3, len(block))), replace=False
                ).tolist()
            ]
            a = ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=camp,
                org=shared_org,
                pay=shared_pay,
                ua=ua,
                ips=ips,
                tz=op_tz,
            )
            cell.append(a)
        accts += cell
        cells.append((prov, cell, _u(rng, 4, 25), _u(rng, 30, 130)))
    late_frac = _u(rng, 0.1, 0.5)
    for _prov, cell, pre_rate, post_rate in cells:
        pre = worker_pool(rng, ctx.t0, ctx.release, pre_rate, len(cell), curve)
        post = worker_pool(rng, ctx.release, ctx.t1, post_rate, len(cell), curve)
        for i, a in enumerate(cell):
            ts = _cat([pre[i], post[i]])
            if chance(rng, late_frac):  # keys added around the release
                ts = ts[ts >= ctx.release + _u(rng, -6 * HOUR, 24 * HOUR)]
            prompts = [
                T.reasoning_problem(r, _weighted(r, langs, lw), r.choice(styles))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=p_new),
                comp_median=comp,
                comp_sigma=0.5,
                err=_u(rng, 0.01, 0.06),
            )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"shared Poisson queue per cell ({curve_kind})",
            "ip_source": "rented cloud /24 blocks",
            "cells": n_cells,
            "accounts": n_total,
            "languages": langs,
            "styles": styles,
            "p_new": p_new,
            "providers": [c[0] for c in cells],
        },
    )


def tiercel_creance(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reward-model data: graders' prompts carrying (question, answer[s]) asking for scores and
    critiques, fired in bursts through a sticky residential proxy pool on a few prepaid cards."""
    name = "tiercel_creance"
    r = _r(rng)
    n = irange(rng, 7, 13)
    region = pick(rng, ("eu", "us", "latam", "sea", "in"))
    pool = resi(rng, irange(rng, 30, 120), region)
    hold = _u(rng, 8, 45) * MINUTE
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    base_ua = pick(
        rng,
        (
            "python-requests/2.32.3",
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.58.1",
        ),
    )
    styles = r.sample(T.RUBRIC_STYLES, irange(rng, 2, 4))
    op_tz = pick(rng, TZS)
    curve = workday(op_tz, start=9, end=21, weekend=0.5) if chance(rng, 0.6) else constant
    per_day, size, gap = _u(rng, 1.5, 5), _u(rng, 12, 45), _u(rng, 4, 15)
    p_new, comp = _u(rng, 0.65, 0.95), _u(rng, 250, 700)
    accts = []
    for i in range(n):
        ua = base_ua if chance(rng, 0.7) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool,
            tz=op_tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        ts = _cat(bursts(rng, starts, size, gap, b=ctx.t1))
        nc, npz = len(ctx.chat), len(ctx.passages)
        prompts = [
            T.rubric_grading(
                r,
                ctx.chat[r.randrange(nc)],
                ctx.passages[r.randrange(npz)],
                ctx.passages[r.randrange(npz)],
                r.choice(styles),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "rubric / reward-model grading",
            "pacing": "bursts",
            "ip_source": f"sticky residential proxy ({region})",
            "payment": f"{len(cards)} shared cards",
            "styles": styles,
            "per_day": per_day,
            "burst_size": size,
            "hold_s": hold,
        },
    )


def eyass_hackboard(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation on churning keys: a few slots, each a chain of short-lived
    keys (one VPS address each) that fire cron-like bursts until a quota, then are replaced."""
    name = "eyass_hackboard"
    r = _r(rng)
    n_total, slots = irange(rng, 22, 36), irange(rng, 3, 6)
    styles = r.sample(T.SYNTH_STYLES, irange(rng, 3, 5))
    langs, lw = _lang_mix(rng, tuple(T._SYNTH_LANG), k_lo=0, k_hi=2)
    pay_mode = pick(rng, ("fresh", "slot", "mixed"))
    period, bsize, bgap = _u(rng, 5, 25) * MINUTE, _u(rng, 3, 10), _u(rng, 1, 4)
    quota_lo, quota_hi = irange(rng, 80, 200), irange(rng, 250, 600)
    p_new, comp = _u(rng, 0.75, 0.97), _u(rng, 1400, 3000)
    proxy = (
        rented_block(rng, pick(rng, providers()), irange(rng, 1, 2), irange(rng, 4, 10))
        if chance(rng, 0.35)
        else None
    )
    accts = []
    pays: list[str] = []
    for m in _split(rng, n_total, slots, least=3):
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        cuts = np.sort(rng.uniform(s0, ctx.t1, size=m - 1))
        bounds = np.concatenate([[s0], cuts, [ctx.t1]])
        slot_pay = hexid(rng, "pay")
        for j in range(m):
            a0, a1 = float(bounds[j]), float(bounds[j + 1])
            if pay_mode == "slot":
                pay = slot_pay
            elif pay_mode == "mixed" and pays and chance(rng, 0.3):
                pay = pick(rng, pays)
            else:
                pay = hexid(rng, "pay")
            pays.append(pay)
            ips = proxy if proxy is not None else cloud(rng, 1, pick(rng, providers()))
            ua = (
                pick(rng, SDK_COMMON)
                if chance(rng, 0.5)
                else pick(
                    rng,
                    (
                        "python-requests/2.32.3",
                        "litellm/1.60.2",
                        "OpenAI/Python 1.63.2",
                        "aiohttp/3.11.11",
                    ),
                )
            )
            a = ctx.account(
                rng,
                label="campaign",
                family=name,
                role="churned_key",
                campaign_id=camp,
                pay=pay,
                ua=ua,
                ips=ips,
            )
            accts.append(a)
            starts = np.arange(a0, a1, period) + rng.normal(
                0, period * 0.15, size=len(np.arange(a0, a1, period))
            )
            ts = _cat(bursts(rng, np.sort(starts), bsize, bgap, b=a1))
            ts = ts[ts >= a0][: irange(rng, quota_lo, quota_hi)]
            nc = len(ctx.chat)
            prompts = [
                T.synth_dataset(
                    r, r.choice(styles), _weighted(r, langs, lw), ctx.chat[r.randrange(nc)]
                )
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=p_new),
                comp_median=comp,
                comp_sigma=0.45,
                err=_u(rng, 0.01, 0.08),
            )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "cron bursts, key churn",
            "slots": slots,
            "keys": n_total,
            "payment": pay_mode,
            "ip_source": "datacenter proxy block" if proxy else "one VPS per key",
            "styles": styles,
            "languages": langs,
            "period_s": period,
            "quota": [quota_lo, quota_hi],
        },
    )


def haggard_yarak(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Low-and-slow accounts dressed as people: home addresses, browsers, evening sessions, a
    share of real human chat as cover, and the rest a curriculum walked slice by slice."""
    name = "haggard_yarak"
    r = _r(rng)
    n = irange(rng, 30, 45)
    cells = list(T.CURRICULUM)
    r.shuffle(cells)
    p_cover = _u(rng, 0.25, 0.55)
    p_native = _u(rng, 0.2, 0.7)
    p_new = _u(rng, 0.55, 0.9)
    per_day, smean, gmed = _u(rng, 0.4, 1.6), _u(rng, 2, 5), _u(rng, 40, 150)
    comp = _u(rng, 600, 1100)
    native = {-3: ("es", "pt"), 0: ("fr", "de"), 1: ("de", "fr"), 2: ("de",), 8: ("id",)}
    accts = []
    slice_len = max(2, len(cells) // n + irange(rng, 0, 3))
    for i in range(n):
        tz = pick(rng, TZS)
        homes = home(rng, irange(rng, 1, 2), tz)
        mobile = chance(rng, 0.4)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sleeper",
            campaign_id=camp,
            ua=ua,
            ips=homes,
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, native[tz]) if tz in native and chance(rng, p_native) else "en"
        curve = (
            evening_person(tz)
            if chance(rng, 0.7)
            else workday(tz, start=10, end=22, weekend=0.6, night=0.03)
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = _cat(session_times(rng, start, ctx.t1, per_day, curve, smean, gmed))
        my = [cells[(i * slice_len + k) % len(cells)] for k in range(slice_len)]
        prompts = []
        for j in range(len(ts)):
            if r.random() < p_cover:
                prompts.append(ctx.chat[r.randrange(len(ctx.chat))])
            else:
                prompts.append(T.curious_question(r, my[j % len(my)], lang))
        v6 = mobile_v6(
            rng, len(ts), pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
        )
        ips = [
            v6[k] if mobile and r.random() < 0.35 else homes[r.randrange(len(homes))]
            for k in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.15),
            ips=ips,
            comp_median=comp,
            err=0.004,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "curriculum harvest disguised as people",
            "pacing": "human sessions",
            "ip_source": "home ISP per account + mobile",
            "payment": "distinct",
            "cover_share": p_cover,
            "per_day": per_day,
            "slice_len": slice_len,
            "languages": ["en", "es", "pt", "de", "fr", "id"],
        },
    )


def gyrfalcon_mews(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """A real consumer chat product whose production keys carry genuine user traffic and, mixed in
    from the same backend, a harvest share."""
    name = "gyrfalcon_mews"
    r = _r(rng)
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, providers())
    ua = pick(rng, SDK_COMMON[:3])
    peak, depth = _u(rng, 0, 24), _u(rng, 0.3, 0.75)
    curve = global_load(peak, depth)
    share = _u(rng, 0.07, 0.2)
    timing = pick(rng, ("mixed", "troughs", "post_release"))
    p_upgrade = _u(rng, 0.15, 0.6)
    harvest_mix = r.sample(("reasoning", "synth", "dialogue"), irange(rng, 1, 3))
    hlangs, hw = _lang_mix(rng, ("en", "zh", "es", "ru"), k_lo=0, k_hi=2)
    accts = []
    for _ in range(n):
        egress = cloud(rng, irange(rng, 2, 6), prov)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        accts.append(a)
        n_gen = irange(rng, 1800, 4500)
        ts_g = thinned(rng, ctx.t0, ctx.t1, n_gen, curve)
        prompts_g = [ctx.chat[r.randrange(len(ctx.chat))] for _ in range(len(ts_g))]
        ctx.emit(
            rng,
            a,
            ts_g,
            prompts_g,
            models=ctx.models(rng, ts_g, p_new=p_upgrade, p_mini=0.6),
            comp_median=320,
            err=0.01,
        )
        n_h = int(share * n_gen)
        if timing == "troughs":
            ts_h = thinned(rng, ctx.t0, ctx.t1, n_h, lambda t: 1.0 - 0.95 * curve(t))
        elif timing == "post_release":
            ts_h = thinned(rng, ctx.release, ctx.t1, n_h, curve)
        else:
            ts_h = thinned(rng, ctx.t0, ctx.t1, n_h, curve)
        prompts_h = []
        for _ in range(len(ts_h)):
            k = r.choice(harvest_mix)
            lang = _weighted(r, hlangs, hw)
            if k == "reasoning":
                prompts_h.append(T.reasoning_problem(r, lang, r.choice(T.REASONING_STYLES)))
            elif k == "synth":
                prompts_h.append(
                    T.synth_dataset(
                        r, r.choice(T.SYNTH_STYLES), lang, ctx.chat[r.randrange(len(ctx.chat))]
                    )
                )
            else:
                prompts_h.append(
                    T.dialogue_opening(r, lang)
                    if r.random() < 0.4
                    else T.dialogue_followup(r, lang)
                )
        ctx.emit(
            rng,
            a,
            ts_h,
            prompts_h,
            models=ctx.models(rng, ts_h, p_new=0.95),
            comp_median=900,
            err=0.01,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "harvest inside genuine product traffic",
            "pacing": f"product load, harvest {timing}",
            "ip_source": f"{prov} egress",
            "payment": "one company card",
            "harvest_share": share,
            "harvest_mix": harvest_mix,
            "languages": hlangs,
            "keys": n,
        },
    )


def lanner_jesses(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n / soft-label sampling: each multiple-choice item is asked n times (identical,
    nonce-tagged or option-permuted) for probability outputs."""
    name = "lanner_jesses"
    r = _r(rng)
    n = irange(rng, 10, 18)
    prov = pick(rng, providers())
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 10))
    ua = pick(
        rng,
        ("aiohttp/3.11.11", "Go-http-client/2.0", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"),
    )
    shared_pay = hexid(rng, "pay") if chance(rng, 0.5) else None
    fanout = pick(rng, ("same", "spread"))
    dup = pick(rng, ("exact", "nonce", "permute"))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 12)
    rate = _u(rng, 6, 28)
    langs, lw = _lang_mix(rng, tuple(T._MCQ_LANG), k_lo=0, k_hi=3)
    styles = r.sample(T.SOFT_STYLES, irange(rng, 1, 3))
    gap = _u(rng, 0.4, 3) if fanout == "same" else _u(rng, 5, 60)
    start = (
        ctx.release + _u(rng, 0, 8 * HOUR)
        if chance(rng, 0.7)
        else jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=camp,
            pay=shared_pay,
            ua=ua,
            ips=[
                block[i]
                for i in rng.choice(len(block), size=irange(rng, 1, 2), replace=False).tolist()
            ],
        )
        for _ in range(n)
    ]
    items = worker_pool(rng, start, ctx.t1, rate, n)
    per: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n)]
    for i in range(n):
        for t in items[i].tolist():
            item, lang, style = T.mcq_item(r), _weighted(r, langs, lw), r.choice(styles)
            k = r.randint(n_lo, n_hi)
            offs = np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            who = [i] * k if fanout == "same" else rng.integers(0, n, size=k).tolist()
            fixed = T.mcq_softlabel(r, item, lang, style)
            for j in range(k):
                if dup == "exact":
                    p = fixed
                elif dup == "nonce":
                    p = T.mcq_softlabel(r, item, lang, style, nonce=f"{r.getrandbits(32):08x}")
                else:
                    p = T.mcq_softlabel(r, item, lang, style, permute=j > 0)
                per[who[j]][0].append(t + float(offs[j]))
                per[who[j]][1].append(p)
    comp = _u(rng, 50, 220)
    for a, (ts, prompts) in zip(accts, per, strict=True):
        order = np.argsort(ts, kind="stable")
        ts_a = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_a,
            [prompts[k] for k in order.tolist()],
            models=ctx.models(rng, ts_a, p_new=0.96),
            comp_median=comp,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "best-of-n soft-label sampling",
            "pacing": "Poisson items, n samples each",
            "fanout": fanout,
            "duplicates": dup,
            "n": [n_lo, n_hi],
            "ip_source": f"{prov} block",
            "languages": langs,
            "styles": styles,
            "item_rate_per_h": rate,
        },
    )


def cadge_bewit(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Tool-use / agent trajectories: teams of keys run synthetic agent episodes (shopping, SQL,
    shell, travel …) whose transcripts grow step by step."""
    name = "cadge_bewit"
    r = _r(rng)
    n_total, teams = irange(rng, 12, 24), irange(rng, 2, 4)
    envs = r.sample(T.AGENT_ENVS, irange(rng, 3, 6))
    styles = r.sample(("react", "json_calls", "xml"), irange(rng, 1, 3))
    accts = []
    team_info = []
    for size in _split(rng, n_total, teams):
        prov = pick(rng, providers())
        egress = cloud(rng, irange(rng, 1, 4), prov)
        ua = pick(
            rng,
            (
                "litellm/1.60.2",
                "langchain-openai/0.3.6",
                "dspy/2.6.3 litellm/1.60.2",
                "python-httpx/0.28.1",
                "OpenAI/Python 1.58.1",
            ),
        )
        pay = hexid(rng, "pay") if chance(rng, 0.7) else None
        tz = pick(rng, TZS)
        office = chance(rng, 0.5)
        curve = workday(tz) if office else constant
        per_day = _u(rng, 3, 12)
        gmed, tok = _u(rng, 4, 20), _u(rng, 300, 900)
        team_info.append({"provider": prov, "office_hours": office, "episodes_per_day": per_day})
        for _ in range(size):
            a = ctx.account(
                rng,
                label="campaign",
                family=name,
                role="agent_runner",
                campaign_id=camp,
                pay=pay,
                ua=ua,
                ips=egress,
                tz=tz,
            )
            accts.append(a)
            start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
            ts_all, prompts, extra = [], [], []
            for s in thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve).tolist():
                env, style = r.choice(envs), r.choice(styles)
                task = T.agent_task(r, env)
                k = min(30, 3 + int(rng.geometric(1 / _u(rng, 4, 12))))
                t = s + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(gmed), 0.6, size=k - 1))]
                )
                for j, tj in enumerate(t.tolist()):
                    ts_all.append(tj)
                    prompts.append(T.agent_step(r, env, task, j, style))
                    extra.append(int(400 + j * tok))
            ts_a = np.asarray(ts_all)
            ctx.emit(
                rng,
                a,
                ts_a,
                prompts,
                models=ctx.models(rng, ts_a, p_new=_u(rng, 0.7, 0.95)),
                comp_median=260,
                extra=np.asarray(extra, dtype=np.int64),
                err=0.015,
            )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "pacing": "episodes of chained steps",
            "teams": team_info,
            "environments": envs,
            "styles": styles,
            "ip_source": "cloud egress per team",
            "accounts": n_total,
        },
    )


def bowperch_imping(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Jurisdiction-safe rewrites and multilingual answers, each account on rotating residential
    or carrier IPv6 addresses, app-like user agents, one prepaid card each."""
    name = "bowperch_imping"
    r = _r(rng)
    n = irange(rng, 15, 25)
    ip_mode = pick(rng, ("resi_rotating", "mobile_v6", "mixed"))
    region = pick(rng, ("sea", "in", "latam", "eu", "ru"))
    pool = resi(rng, irange(rng, 300, 1000), region)
    v6kind = pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
    langs, lw = _lang_mix(
        rng, T.REWRITE_LANGS, primary=pick(rng, ("zh", "ru", "vi", "id")), k_lo=1, k_hi=4
    )
    sw = rng.dirichlet(np.ones(3)).tolist()
    curve_kind = pick(rng, ("constant", "nightly"))
    lo, hi = irange(rng, 80, 150), irange(rng, 200, 420)
    accts = []
    for _ in range(n):
        ua = (
            pick(rng, MOBILE)
            if chance(rng, 0.7)
            else pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="rewriter",
            campaign_id=camp,
            ua=ua,
            ips=pool[:1],
        )
        accts.append(a)
        curve = constant if curve_kind == "constant" else nightly(_u(rng, 0, 24), _u(rng, 6, 14), 8)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = thinned(rng, start, ctx.t1, irange(rng, lo, hi), curve)
        prompts = [
            T.sovereign_rewrite(
                r,
                _weighted(r, langs, lw),
                _weighted(r, list(T.REWRITE_STYLES), sw),
                ctx.passages[r.randrange(len(ctx.passages))],
                ctx.chat[r.randrange(len(ctx.chat))],
            )
            for _ in range(len(ts))
        ]
        v6 = mobile_v6(rng, len(ts), v6kind)
        ips = []
        for k in range(len(ts)):
            use_v6 = ip_mode == "mobile_v6" or (ip_mode == "mixed" and r.random() < 0.5)
            ips.append(v6[k] if use_v6 else pool[r.randrange(len(pool))])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=_u(rng, 0.7, 0.95)),
            ips=ips,
            comp_median=_u(rng, 500, 900),
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "censorship-safe rewrites + multilingual harvest",
            "pacing": curve_kind,
            "ip_source": f"{ip_mode} ({region}/{v6kind})",
            "payment": "distinct prepaid",
            "languages": langs,
            "style_weights": sw,
            "events_per_account": [lo, hi],
        },
    )


def austringer_cast(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Multi-turn dialogue harvest: natural short follow-ups, one thread after another at a steady
    pace just under a rate limit, on keys rotated every day or two, each behind one sticky
    residential address."""
    name = "austringer_cast"
    r = _r(rng)
    slots = irange(rng, 4, 6)
    op_tz = pick(rng, TZS)
    region_tz = pick(rng, TZS)
    langs, lw = _lang_mix(rng, tuple(T._SCEN), k_lo=0, k_hi=2)
    interval, win_lo, win_hi = _u(rng, 55, 150), _u(rng, 2.5, 4), _u(rng, 5, 8)
    life_lo, life_hi = _u(rng, 0.8, 1.2), _u(rng, 1.5, 2.5)
    ua_mode = pick(rng, ("browser", "sdk"))
    pair_pay = chance(rng, 0.3)
    p_new = _u(rng, 0.8, 0.97)
    accts = []
    for _ in range(slots):
        t = ctx.t0 + _u(rng, 0, DAY)
        prev_pay = None
        while t < ctx.t1 - HOUR:
            life = _u(rng, life_lo, life_hi) * DAY
            ip = home(rng, 1, region_tz)
            ua = pick(rng, BROWSERS) if ua_mode == "browser" else pick(rng, SDK_COMMON)
            pay = prev_pay if (pair_pay and prev_pay and chance(rng, 0.5)) else hexid(rng, "pay")
            prev_pay = pay
            ts_l = []
            day = np.floor((t + op_tz * HOUR) / DAY) * DAY - op_tz * HOUR
            while day < t + life:
                w0 = day + _u(rng, 9, 20) * HOUR
                w1 = w0 + _u(rng, win_lo, win_hi) * HOUR
                k = int((w1 - w0) / interval * 1.2) + 2
                g = w0 + np.cumsum(rng.lognormal(np.log(interval), 0.25, size=k))
                ts_l.append(g[(g < w1) & (g >= t) & (g < t + life) & (g < ctx.t1)])
                day += DAY
            ts = _cat(ts_l)
            if len(ts) == 0:  # a key that would never have been used is never created
                t += life
                continue
            a = ctx.account(
                rng,
                label="campaign",
                family=name,
                role="rotated_key",
                campaign_id=camp,
                pay=pay,
                ua=ua,
                ips=ip,
                tz=op_tz,
            )
            accts.append(a)
            prompts = []
            left = 0
            lang = "en"
            for _j in range(len(ts)):
                if left == 0:
                    left = r.randint(6, 20)
                    lang = _weighted(r, langs, lw)
                    prompts.append(T.dialogue_opening(r, lang))
                else:
                    prompts.append(T.dialogue_followup(r, lang))
                left -= 1
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=p_new),
                comp_median=_u(rng, 300, 600),
                err=0.003,
            )
            t += life
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "steady just-under-limit windows",
            "interval_s": interval,
            "slots": slots,
            "key_life_days": [life_lo, life_hi],
            "ip_source": "one sticky residential address per key",
            "user_agent": ua_mode,
            "payment": "paired" if pair_pay else "distinct",
            "languages": langs,
        },
    )


def sparrowhawk_lure(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Public-prompt replay: a public conversation dataset's human turns replayed in order through
    a queue of keys on the new model, with the most common SDK user agent."""
    name = "sparrowhawk_lure"
    r = _r(rng)
    n = irange(rng, 8, 14)
    provs = [pick(rng, providers()) for _ in range(2)]
    shared_pay = hexid(rng, "pay") if chance(rng, 0.4) else None
    rate = _u(rng, 40, 150)
    curve_kind = pick(rng, ("constant", "global"))
    curve = constant if curve_kind == "constant" else global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.5))
    p_wrap = _u(rng, 0.0, 0.3)
    wraps = (
        "Please answer thoroughly:\n",
        "Answer in detail.\n\n",
        "",
        "Respond as a helpful expert.\n",
    )
    start = ctx.release + _u(rng, 0, 18 * HOUR)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=camp,
            pay=shared_pay,
            ua=SDK_COMMON[0] if chance(rng, 0.7) else pick(rng, SDK_COMMON),
            ips=cloud(rng, irange(rng, 1, 2), pick(rng, provs)),
        )
        for _ in range(n)
    ]
    jobs = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, curve)
    who = rng.integers(0, n, size=len(jobs))
    off = r.randrange(len(ctx.chat))
    idx = (off + np.arange(len(jobs))) % len(ctx.chat)
    for i, a in enumerate(accts):
        sel = who == i
        ts = jobs[sel]
        prompts = [
            (r.choice(wraps) if r.random() < p_wrap else "") + ctx.chat[j]
            for j in idx[sel].tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=_u(rng, 450, 900),
            err=0.02,
        )
    ctx.campaign(
        camp,
        name,
        accts,
        {
            "operation": "public dataset prompt replay",
            "pacing": f"one queue ({curve_kind})",
            "rate_per_h": rate,
            "ip_source": f"cloud {provs}",
            "payment": "shared" if shared_pay else "distinct",
            "wrap_share": p_wrap,
        },
    )


CAMPAIGN_FAMILIES = {
    "saker_stoop": active_only(saker_stoop),
    "tiercel_creance": active_only(tiercel_creance),
    "eyass_hackboard": active_only(eyass_hackboard),
    "haggard_yarak": active_only(haggard_yarak),
    "gyrfalcon_mews": active_only(gyrfalcon_mews),
    "lanner_jesses": active_only(lanner_jesses),
    "cadge_bewit": active_only(cadge_bewit),
    "bowperch_imping": active_only(bowperch_imping),
    "austringer_cast": active_only(austringer_cast),
    "sparrowhawk_lure": active_only(sparrowhawk_lure),
}

"""Campaign families of batch 304 (code names from oyster farming).

Each family is `f(ctx, rng, campaign_id)`: it draws everything (keys, orgs, cards, addresses,
pacing, languages, template styles, models) from its own generator, in list order only, writes its
events with `ctx.emit` and registers its accounts and campaign in the truth."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, hexid, irange, pick, picks
from bench.monitor_blind304 import texts as tx

LABEL = "campaign"


def _r(x: float) -> float:
    return round(float(x), 3)


def _account(ctx, rng, fam: str, cid: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label=LABEL, family=fam, role=role, campaign_id=cid, **kw)


def _langs(rng, pool: tuple[str, ...], lo: int, hi: int, must: str | None = None) -> list[str]:
    out = tx.choose_styles(rng, pool, lo, hi)
    if must is not None and must not in out:
        out = [must, *out[:-1]] if out else [must]
    return out


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def spat(ctx, rng, cid):
    fam = "spat"
    n_keys, n_orgs = irange(rng, 8, 18), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.6)
    cards = [hexid(rng, "pay") for _ in range(1 if shared_card else n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.58.1",
        ),
    )
    styles = tx.choose_styles(rng, tx.REASON_STYLES, 2, 4)
    langs = _langs(rng, ("en", "zh", "ru", "es", "de"), 2, 4, must="en")
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        accts.append(
            _account(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=orgs[o],
                pay=cards[0 if shared_card else o],
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    per_hour = float(rng.uniform(45, 100))
    peak = float(rng.uniform(0, 24))
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(peak, 0.4)
    p_new, comp = float(rng.uniform(0.85, 0.97)), float(rng.uniform(900, 1600))
    for a, ts in zip(
        accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        prompts = [
            tx.reasoning_coercion(rng, pick(rng, styles), pick(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "shared_card": shared_card,
            "provider": provider,
            "ua": ua,
            "styles": styles,
            "languages": langs,
            "start": _r(start),
            "per_hour": _r(per_hour),
            "p_new": _r(p_new),
            "pacing": "poisson_worker_pool",
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts, one stolen card over many orgs


def cultch(ctx, rng, cid):
    fam = "cultch"
    n_keys = irange(rng, 4, 9)
    card = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2", "python-requests/2.32.3"))
    styles = tx.choose_styles(rng, tx.JUDGE_STYLES, 3, 5)
    tz = int(pick(rng, bb.TZS))
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    per_night = float(rng.uniform(5, 10))
    size = float(rng.uniform(15, 45))
    gap = float(rng.uniform(1.5, 5))
    accts = [
        _account(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    nights = (ctx.t1 - start) / DAY
    curve = bb.nightly(night_start, night_len, tz)
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, per_night * nights, curve)
        ts = np.sort(_concat(bb.bursts(rng, starts, size, gap, b=ctx.t1)))
        prompts = [
            tx.judge(
                rng,
                pick(rng, styles),
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.03),
            comp_median=180,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "keys": n_keys,
            "orgs": n_keys,
            "card": "one_stolen_shared",
            "provider": provider,
            "ua": ua,
            "styles": styles,
            "tz": tz,
            "night_start_h": _r(night_start),
            "night_hours": _r(night_len),
            "bursts_per_night": _r(per_night),
            "burst_size": _r(size),
            "pacing": "nightly_bursts",
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites over residential proxies and VPN exits


def upweller(ctx, rng, cid):
    fam = "upweller"
    n_keys = irange(rng, 6, 14)
    styles = tx.choose_styles(rng, tx.POLICY_STYLES, 3, 5)
    region = pick(rng, ("cn", "sea", "ru", "eu", "us"))
    vpn_provider = pick(rng, ("m247", "leaseweb", "ovh"))
    vpn = bb.cloud(rng, irange(rng, 3, 8), vpn_provider)
    p_vpn = float(rng.uniform(0.05, 0.3))
    hold = float(rng.uniform(600, 2400))
    peak = float(rng.uniform(0, 24))
    start0 = ctx.release - float(rng.uniform(0, 0.8)) * DAY
    accts, keyinfo = [], []
    for _ in range(n_keys):
        ua = (
            pick(rng, bb.BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
        )
        pool = bb.resi(rng, irange(rng, 20, 60), region)
        accts.append(_account(ctx, rng, fam, cid, "worker", ua=ua, ips=pool))
        keyinfo.append(
            (pool, float(rng.uniform(50, 140)), start0 + float(rng.uniform(0, 0.5)) * DAY)
        )
    for a, (pool, per_day, st) in zip(accts, keyinfo, strict=True):
        ts = bb.thinned(rng, st, ctx.t1, per_day * (ctx.t1 - st) / DAY, bb.global_load(peak, 0.6))
        ips = bb.sticky(rng, ts, pool, hold)
        ips = [pick(rng, vpn) if chance(rng, p_vpn) else ip for ip in ips]
        prompts = [
            tx.policy_rewrite(rng, pick(rng, styles), pick(rng, ctx.passages))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=480,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "card": "prepaid_per_key",
            "proxy_region": region,
            "vpn_provider": vpn_provider,
            "p_vpn": _r(p_vpn),
            "sticky_s": _r(hold),
            "styles": styles,
            "pacing": "per_key_poisson_global_load",
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories, step after step with growing context


def flupsy(ctx, rng, cid):
    fam = "flupsy"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    styles = tx.choose_styles(rng, tx.AGENT_STYLES, 2, 4)
    langs = ["en", "en", "en", pick(rng, ("es", "de"))]
    accts = [
        _account(
            ctx, rng, fam, cid, "worker", org=org, pay=card, ua=ua, ips=bb.cloud(rng, 2, provider)
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    per_hour = float(rng.uniform(5, 11))
    steps_lo, steps_hi = irange(rng, 2, 4), irange(rng, 7, 14)
    gap = float(rng.uniform(4, 10))
    ctx_tok = irange(rng, 250, 700)
    traj = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    who = rng.integers(0, n_keys, size=len(traj)).tolist()
    per_key: list[list] = [[] for _ in range(n_keys)]
    for s, k in zip(traj.tolist(), who, strict=True):
        style, lang = pick(rng, styles), pick(rng, langs)
        tools, task = tx.agent_task(rng)
        n = irange(rng, steps_lo, steps_hi)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=n - 1))])
        for j, tj in enumerate(t.tolist()):
            per_key[k].append((tj, tx.agent_step(rng, style, tools, task, j, lang), j * ctx_tok))
    for a, rows in zip(accts, per_key, strict=True):
        rows.sort(key=lambda r: r[0])
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rows],
            models=ctx.models(rng, ts, p_new=0.9),
            extra=[r[2] for r in rows],
            comp_median=420,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_trajectories",
            "keys": n_keys,
            "orgs": 1,
            "provider": provider,
            "ua": ua,
            "styles": styles,
            "trajectories_per_hour": _r(per_hour),
            "steps": [steps_lo, steps_hi],
            "step_gap_s": _r(gap),
            "pacing": "trajectory_trains",
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic data set generation sweeping a curriculum grid at a slow scheduled rate


def hatchery(ctx, rng, cid):
    fam = "hatchery"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    card_each = chance(rng, 0.5)
    shared = hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    styles = tx.choose_styles(rng, tx.DATA_STYLES, 2, 4)
    langs = _langs(rng, ("en", "es", "pt", "id", "hi", "fr"), 2, 4, must="en")
    grid = [
        (s, lv, st, lg) for s in tx.SUBJECTS for lv in tx.LEVELS for st in styles for lg in langs
    ]
    order = rng.permutation(len(grid)).tolist()
    accts = [
        _account(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=org,
            pay=hexid(rng, "pay") if card_each else shared,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(1.5, 3.0)) * DAY
    per_hour = float(rng.uniform(8, 20))
    cursor = 0
    for a in accts:
        interval = HOUR / per_hour
        st = start + float(rng.uniform(0, interval))
        n = int((ctx.t1 - st) / interval) + 1
        ts = st + np.cumsum(np.abs(rng.normal(interval, interval * 0.15, size=n)))
        ts = ts[ts < ctx.t1]
        prompts = []
        for _ in range(len(ts)):
            s, lv, stl, lg = grid[order[cursor % len(grid)]]
            cursor += 1
            prompts.append(tx.dataset_request(rng, stl, s, lv, lg))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1800,
            comp_sigma=0.35,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_curriculum",
            "keys": n_keys,
            "orgs": 1,
            "card_per_key": card_each,
            "provider": provider,
            "ua": ua,
            "styles": styles,
            "languages": langs,
            "grid_cells": len(grid),
            "per_key_per_hour": _r(per_hour),
            "pacing": "scheduled_steady",
        },
    )


# --------------------------------------------------------------------------------------------
# 6. translation harvest: one passage fanned out to several target languages


def depuration(ctx, rng, cid):
    fam = "depuration"
    n_keys, n_orgs = irange(rng, 5, 10), 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    host = pick(rng, ("ovh", "scaleway", "hetzner"))
    vpn = bb.cloud(rng, irange(rng, 4, 10), "m247")
    styles = tx.choose_styles(rng, tx.TRANSLATE_STYLES, 2, 4)
    pool = (
        "es",
        "de",
        "fr",
        "pt",
        "it",
        "ru",
        "ja",
        "ko",
        "zh",
        "ar",
        "tr",
        "id",
        "vi",
        "hi",
        "pl",
        "nl",
    )
    targets = tx.choose_styles(rng, pool, 4, 8)
    accts = []
    for i in range(n_keys):
        ips = bb.cloud(rng, 1, host) + picks(rng, vpn, 2)
        ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
        accts.append(
            _account(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua,
                ips=ips,
            )
        )
    start = ctx.release - float(rng.uniform(0.0, 1.2)) * DAY
    per_hour = float(rng.uniform(1.2, 2.5))
    fan_lo = irange(rng, 2, 3)
    starts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    rows: list[list] = [[] for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        style = pick(rng, styles)
        t = s
        for _ in range(irange(rng, 2, 6)):
            passage = tx.clip(pick(rng, ctx.passages), 400, 1500, rng)
            fan = [
                targets[i]
                for i in rng.permutation(len(targets))[: irange(rng, fan_lo, len(targets))].tolist()
            ]
            for tg in fan:
                t += float(rng.lognormal(np.log(5.0), 0.5))
                rows[k].append((t, tx.translate(rng, style, passage, tg), len(passage) / 3.2))
    for a, rr in zip(accts, rows, strict=True):
        rr.sort(key=lambda r: r[0])
        ts = np.array([r[0] for r in rr])
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rr],
            models=ctx.models(rng, ts, p_new=0.88),
            comp_median=np.array([r[2] for r in rr]),
            comp_sigma=0.25,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_fanout",
            "keys": n_keys,
            "orgs": n_orgs,
            "host": host,
            "vpn": "m247",
            "styles": styles,
            "targets": targets,
            "bursts_per_hour": _r(per_hour),
            "pacing": "irregular_bursts",
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: each item sent n times, rotated over many keys


def lantern_net(ctx, rng, cid):
    fam = "lantern_net"
    n_keys, n_orgs = irange(rng, 12, 30), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "contabo", "alibaba", "tencent"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 4, 8))
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    styles = tx.choose_styles(rng, tx.SAMPLE_STYLES, 2, 4)
    accts = [
        _account(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=[pick(rng, block)],
        )
        for i in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(1, 8)) * HOUR
    per_hour = float(rng.uniform(14, 28))
    n_lo, n_hi = irange(rng, 3, 4), irange(rng, 5, 8)
    items = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    rows: list[list] = [[] for _ in range(n_keys)]
    rot = int(rng.integers(n_keys))
    for s in items.tolist():
        prompt = tx.sample_item(rng, pick(rng, styles), ctx.chat)
        n = irange(rng, n_lo, n_hi)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=n - 1))])
        for tj in t.tolist():
            rows[rot % n_keys].append((tj, prompt))
            rot += 1
    for a, rr in zip(accts, rows, strict=True):
        rr.sort(key=lambda r: r[0])
        ts = np.array([r[0] for r in rr])
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rr],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=220,
            comp_sigma=0.8,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": n_orgs,
            "card": "one_shared",
            "provider": provider,
            "ua": ua,
            "styles": styles,
            "items_per_hour": _r(per_hour),
            "n": [n_lo, n_hi],
            "start": _r(start),
            "pacing": "rotated_fanout",
        },
    )


# --------------------------------------------------------------------------------------------
# 8. scripted multi-turn dialogue harvest over a residential proxy pool


def broodstock(ctx, rng, cid):
    fam = "broodstock"
    n_keys = irange(rng, 6, 12)
    pool = bb.resi(rng, irange(rng, 80, 200), "*")
    langs = _langs(rng, ("en", "es", "pt", "fr", "de", "ja"), 3, 5, must="en")
    subjects = list(tx.SUBJECTS) + list(tx.CONCEPTS)
    hold = float(rng.uniform(900, 3600))
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    per_day, size, gap = (
        float(rng.uniform(10, 25)),
        float(rng.uniform(5, 9)),
        float(rng.uniform(12, 30)),
    )
    turn_tok = irange(rng, 250, 500)
    accts = [
        _account(ctx, rng, fam, cid, "worker", ua=pick(rng, bb.BROWSERS), ips=pool)
        for _ in range(n_keys)
    ]
    for a in accts:
        sessions = bb.session_times(rng, start, ctx.t1, per_day, bb.constant, size, gap, 0.4)
        ts_l, pr, ex, ips = [], [], [], []
        for sess in sessions:
            lang, subj = pick(rng, langs), pick(rng, subjects)
            ip = pick(rng, pool)
            for j, t in enumerate(sess.tolist()):
                ts_l.append(t)
                pr.append(tx.dialogue_turn(rng, lang, subj, j, ctx.chat))
                ex.append(j * turn_tok)
                ips.append(ip)
        order = np.argsort(np.array(ts_l), kind="stable").tolist()
        ts = np.array([ts_l[i] for i in order])
        ctx.emit(
            rng,
            a,
            ts,
            [pr[i] for i in order],
            ips=[ips[i] for i in order],
            extra=[ex[i] for i in order],
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=380,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "card": "prepaid_per_key",
            "proxy": "residential_worldwide_per_session",
            "languages": langs,
            "sessions_per_day": _r(per_day),
            "turns_mean": _r(size),
            "gap_s": _r(gap),
            "sticky_s": _r(hold),
            "pacing": "scripted_sessions",
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real coding product's backend traffic


def shucker(ctx, rng, cid):
    fam = "shucker"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    nat = bb.cloud(rng, irange(rng, 3, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        _account(ctx, rng, fam, cid, role, org=org, pay=card, ua=ua, ips=nat)
        for role in ("product", "product")
    ]
    curve = bb.global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.45, 0.65)))
    per_hour = float(rng.uniform(35, 70))
    share = float(rng.uniform(0.2, 0.45))
    h_start = ctx.release + float(rng.uniform(0.1, 0.6)) * DAY
    p_prod_new = float(rng.uniform(0.5, 0.75))
    split = float(rng.uniform(0.7, 0.9))
    prod = bb.thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, curve)
    harv = bb.thinned(rng, h_start, ctx.t1, share * per_hour * (ctx.t1 - h_start) / HOUR, curve)
    rows = [(t, tx.clip(pick(rng, ctx.chat), 20, 1500, rng), 0) for t in prod.tolist()]
    for t in harv.tolist():
        u = rng.random()
        if u < 0.7:
            p = tx.code_harvest(rng)
        elif u < 0.85:
            p = tx.explainer(rng, "en")
        else:
            p = tx.homework(rng, "en")
        rows.append((t, p, 1))
    rows.sort(key=lambda r: r[0])
    key_of = (rng.random(len(rows)) >= split).astype(int).tolist()
    for k, a in enumerate(accts):
        rr = [r for r, kk in zip(rows, key_of, strict=True) if kk == k]
        ts = np.array([r[0] for r in rr])
        hv = np.array([r[2] for r in rr], dtype=bool)
        m_prod = ctx.models(rng, ts, p_new=p_prod_new)
        m_harv = ctx.models(rng, ts, p_new=0.9)
        models = [mh if h else mp for mp, mh, h in zip(m_prod, m_harv, hv.tolist(), strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rr],
            models=models,
            comp_median=np.where(hv, 700.0, 350.0),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product",
            "hard": True,
            "keys": 2,
            "orgs": 1,
            "card": "company",
            "provider": provider,
            "ua": ua,
            "product_per_hour": _r(per_hour),
            "harvest_share": _r(share),
            "harvest_start": _r(h_start),
            "product_p_new": _r(p_prod_new),
            "pacing": "product_global_load",
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts; their owners' history, then a quiet person-paced harvest


def wet_storage(ctx, rng, cid):
    fam = "wet_storage"
    n = irange(rng, 15, 30)
    op_ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    buy_center = ctx.release + float(rng.uniform(-1.0, 0.3)) * DAY
    post_per_day = float(rng.uniform(4, 9))
    mix = [float(x) for x in rng.dirichlet([4, 2.5, 2, 1])]
    accts, info = [], []
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        old_ua = pick(rng, bb.BROWSERS + bb.SDK_COMMON)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        accts.append(_account(ctx, rng, fam, cid, "aged_account", ua=old_ua, ips=home, tz=tz))
        info.append(
            (
                tz,
                home,
                float(rng.uniform(0.4, 2.0)),
                buy_center + float(rng.uniform(-0.6, 0.6)) * DAY,
                bb.home(rng, irange(rng, 8, 25), tz),
            )
        )
    hold = float(rng.uniform(1800, 5400))
    for a, (tz, _home, own_rate, buy, pool) in zip(accts, info, strict=True):
        hist = _concat(
            bb.session_times(rng, ctx.t0, buy, own_rate, bb.evening_person(tz), 3.0, 90.0)
        )
        post = _concat(
            bb.session_times(rng, buy, ctx.t1, post_per_day, bb.evening_person(tz, 3.5), 5.0, 45.0)
        )
        lang_pool = tx.LANGS_OF_TZ[tz]
        hp = [tx.clip(pick(rng, ctx.chat), 10, 1200, rng) for _ in range(len(hist))]
        ctx.emit(rng, a, hist, hp, models=ctx.models(rng, hist, p_new=0.2))
        pp = []
        for _ in range(len(post)):
            c = int(rng.choice(4, p=np.array(mix)))
            if c == 0:
                pp.append(tx.explainer(rng, pick(rng, lang_pool)))
            elif c == 1:
                pp.append(tx.homework(rng, pick(rng, lang_pool)))
            elif c == 2:
                pp.append(tx.code_harvest(rng))
            else:
                pp.append(tx.clip(pick(rng, ctx.chat), 10, 1200, rng))
        ctx.emit(
            rng,
            a,
            post,
            pp,
            models=ctx.models(rng, post, p_new=0.85),
            ips=bb.sticky(rng, post, pool, hold),
            ua=op_ua,
            comp_median=650,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_accounts_takeover",
            "hard": True,
            "accounts": n,
            "orgs": n,
            "cards": "original_owners",
            "operator_ua": op_ua,
            "buy_center": _r(buy_center),
            "post_sessions_per_day": _r(post_per_day),
            "prompt_mix": [_r(x) for x in mix],
            "proxy": "residential_same_region_as_owner",
            "sticky_s": _r(hold),
            "pacing": "human_sessions",
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts sweeping a topic list


def triploid(ctx, rng, cid):
    fam = "triploid"
    n = irange(rng, 40, 70)
    on_lo = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    on_hi = ctx.release + float(rng.uniform(0.2, 0.8)) * DAY
    p_new = float(rng.uniform(0.7, 0.85))
    accts, info = [], []
    for _ in range(n):
        tz = int(pick(rng, bb.TZS))
        ua = pick(rng, bb.BROWSERS + bb.MOBILE[:3])
        ips = bb.home(rng, irange(rng, 1, 2), tz)
        accts.append(_account(ctx, rng, fam, cid, "crowd_member", ua=ua, ips=ips, tz=tz))
        info.append(
            (
                tz,
                float(rng.uniform(on_lo, on_hi)),
                float(rng.uniform(0.8, 2.5)),
                float(rng.uniform(2, 4)),
                float(rng.uniform(60, 180)),
            )
        )
    for a, (tz, onboard, per_day, size, gap) in zip(accts, info, strict=True):
        ts = _concat(
            bb.session_times(rng, onboard, ctx.t1, per_day, bb.evening_person(tz), size, gap)
        )
        langs = tx.LANGS_OF_TZ[tz]
        prompts = [tx.person_question(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=p_new), comp_median=520, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_slow_person_crowd",
            "hard": True,
            "accounts": n,
            "orgs": n,
            "cards": "prepaid_virtual_each",
            "onboarding": [_r(on_lo), _r(on_hi)],
            "p_new": _r(p_new),
            "proxy": "residential_matching_tz",
            "pacing": "evening_sessions",
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from a phone farm, every prompt asked once


def oyster_tongs(ctx, rng, cid):
    fam = "oyster_tongs"
    n = irange(rng, 10, 20)
    n_cards = irange(rng, 3, 4)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    kinds = tx.choose_styles(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"), 2, 3)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    accts, info = [], []
    for i in range(n):
        tz = int(pick(rng, bb.TZS))
        if chance(rng, 0.75):
            pool = bb.mobile_v6(rng, irange(rng, 20, 60), pick(rng, kinds))
        else:
            pool = bb.home(rng, irange(rng, 5, 15), tz)
        ua = pick(rng, bb.MOBILE)
        accts.append(
            _account(ctx, rng, fam, cid, "replayer", pay=cards[i % n_cards], ua=ua, ips=pool, tz=tz)
        )
        info.append((tz, pool, float(rng.uniform(80, 220)), float(rng.uniform(1200, 3600))))
    for a, (tz, pool, n_mean, hold) in zip(accts, info, strict=True):
        curve = (
            bb.evening_person(tz, 3.0)
            if chance(rng, 0.5)
            else bb.workday(tz, weekend=0.5, night=0.1)
        )
        ts = bb.thinned(rng, start + float(rng.uniform(0, 0.3)) * DAY, ctx.t1, n_mean, curve)
        prompts = []
        for _ in range(len(ts)):
            prompts.append(tx.replay_wrap(rng, ctx.chat[order[cursor % len(order)]]))
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.01),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=450,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "hard": True,
            "accounts": n,
            "orgs": n,
            "cards": n_cards,
            "carriers": kinds,
            "start": _r(start),
            "pacing": "per_account_person_curves",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "spat": spat,
    "cultch": cultch,
    "upweller": upweller,
    "flupsy": flupsy,
    "hatchery": hatchery,
    "depuration": depuration,
    "lantern_net": lantern_net,
    "broodstock": broodstock,
    "shucker": shucker,
    "wet_storage": wet_storage,
    "triploid": triploid,
    "oyster_tongs": oyster_tongs,
}

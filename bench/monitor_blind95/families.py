"""Campaign families of batch 95 (surfing code names), written without reading the monitor.

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records
its randomised parameters through `ctx.campaign`, and writes events through `ctx.emit`. All of its
randomness comes from `rng` (seeded by `build_batch` from (seed, salt, 1, family index)).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    SDK_OTHER,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind95 import texts as tx


def _langs(
    rng: np.random.Generator, extra: tuple[str, ...], k_lo: int, k_hi: int
) -> tuple[list[str], list[float]]:
    """English plus k other languages, with English the largest share."""
    k = irange(rng, k_lo, min(k_hi, len(extra)))
    others = [str(x) for x in rng.choice(np.array(extra), size=k, replace=False)] if k else []
    langs = ["en", *others]
    w = rng.dirichlet(np.ones(len(langs)))
    w[0] += 1.0
    return langs, (w / w.sum()).tolist()


def _draw(rng: np.random.Generator, values: list, weights: list[float], n: int) -> list:
    return [values[i] for i in rng.choice(len(values), size=n, p=weights).tolist()]


def _styles(rng: np.random.Generator, n_all: int, lo: int) -> list[int]:
    return sorted(int(x) for x in rng.choice(n_all, size=irange(rng, lo, n_all), replace=False))


def _release_boost(ctx: Ctx, pre: float) -> Callable[[np.ndarray], np.ndarray]:
    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= ctx.release, 1.0, pre)

    return f


# --------------------------------------------------------------------------------------------


def tube_ride(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a Poisson worker pool."""
    fam = "tube_ride"
    n = irange(rng, 6, 14)
    prov = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo"))
    block = rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    n_cards = irange(rng, 1, 2)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    org = hexid(rng, "org") if chance(rng, 0.5) else None
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    langs, lw = _langs(rng, ("zh", "es", "ru", "de"), 1, 2)
    styles = _styles(rng, 4, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i % n_cards],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(22, 40))
    pre = float(rng.uniform(0.35, 0.7))
    for a, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, rate, n, _release_boost(ctx, pre)), strict=True
    ):
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.trace_coercion(rng, lang, pick(rng, styles)) for lang in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=float(rng.uniform(900, 1400)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"worker pool {rate:.0f}/h, x{1 / pre:.1f} after release",
            "ip_source": f"rented {prov} block ({len(block)} hosts)",
            "payment": f"{n_cards} shared card(s)",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n,
            "one_org": org is not None,
        },
    )


def bottom_turn(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric grading harvest in scripted bursts from VPN exits."""
    fam = "bottom_turn"
    n = irange(rng, 4, 8)
    prov = pick(rng, ("m247", "leaseweb", "ovh"))
    exits = cloud(rng, irange(rng, 4, 10), prov)
    n_cards = irange(rng, 2, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    langs, lw = _langs(rng, ("fr", "pt"), 0, 2)
    styles = _styles(rng, 4, 2)
    uas = [pick(rng, SDK_OTHER) for _ in range(n)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=uas[i],
            ips=exits,
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    n_runs = irange(rng, 60, 110)
    size = float(rng.uniform(25, 45))
    starts = thinned(rng, start, ctx.t1, n_runs, _release_boost(ctx, 0.6))
    trains = bursts(rng, starts, size, float(rng.uniform(0.8, 2.0)), 0.5, ctx.t1)
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    for tr in trains:
        per[int(rng.integers(n))].append(tr)
    for i, a in enumerate(accts):
        if not per[i]:
            continue
        ts = np.sort(np.concatenate(per[i]))
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [
            tx.judge_prompt(
                rng,
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
                lang,
                pick(rng, styles),
            )
            for lang in ls
        ]
        # a VPN client reconnects: one exit per 20-minute bucket
        ips = sticky(rng, ts, exits, 20 * 60.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=140.0,
            comp_sigma=0.7,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric grading harvest",
            "pacing": f"{n_runs} scripted bursts of ~{size:.0f}",
            "ip_source": f"VPN exits on {prov}",
            "payment": f"{n_cards} cards over {n} keys",
            "user_agent": "mixed SDKs",
            "languages": langs,
            "styles": styles,
            "keys": n,
        },
    )


def glassy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrites / safe completions from residential proxies, one card per key."""
    fam = "glassy"
    n = irange(rng, 10, 20)
    regs = [
        str(x)
        for x in rng.choice(np.array(["us", "eu", "latam", "sea", "in"]), size=2, replace=False)
    ]
    pool = resi(rng, 200, regs[0]) + resi(rng, 200, regs[1])
    langs, lw = _langs(rng, ("es", "id", "tr"), 1, 3)
    styles = _styles(rng, 4, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, SDK_OTHER + SDK_COMMON),
            ips=pool[:1],
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(14, 26))
    hold = float(rng.uniform(5, 30)) * 60.0
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [
            tx.safe_rewrite(rng, pick(rng, ctx.passages), lang, pick(rng, styles)) for lang in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, hold),
            comp_median=380.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites and safe completions",
            "pacing": f"24/7 worker pool {rate:.0f}/h",
            "ip_source": f"residential proxies {regs}, sticky {hold / 60:.0f} min",
            "payment": "one card per key",
            "user_agent": "one SDK per key",
            "languages": langs,
            "styles": styles,
            "keys": n,
        },
    )


def duck_dive(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Tool-use / agent transcript harvest: scripted agent episodes from cloud hosts."""
    fam = "duck_dive"
    n = irange(rng, 3, 6)
    prov = pick(rng, ("aws", "gcp", "azure"))
    hosts = cloud(rng, irange(rng, 2, 5), prov)
    card = hexid(rng, "pay")
    org = hexid(rng, "org")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = _styles(rng, 4, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=hosts,
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(2.5, 4.5))
    steps = float(rng.uniform(5, 9))
    for a, starts in zip(
        accts, worker_pool(rng, start, ctx.t1, rate, n, _release_boost(ctx, 0.5)), strict=True
    ):
        all_ts, prompts = [], []
        for tr in bursts(rng, starts, steps, float(rng.uniform(4, 9)), 0.6, ctx.t1):
            goal, st = tx.agent_goal(rng), pick(rng, styles)
            all_ts.append(tr)
            prompts += [tx.agent_step(rng, goal, j, st) for j in range(len(tr))]
        if not all_ts:
            continue
        ts = np.concatenate(all_ts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=220.0,
            extra=rng.integers(300, 1500, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "pacing": f"{rate:.1f} episodes/h of ~{steps:.0f} steps",
            "ip_source": f"{prov} hosts",
            "payment": "one card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "keys": n,
        },
    )


def lineup(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic dataset generation in nightly windows from budget hosting."""
    fam = "lineup"
    n = irange(rng, 2, 5)
    prov = pick(rng, ("hetzner", "contabo", "scaleway"))
    hosts = cloud(rng, irange(rng, 2, 3), prov)
    tz = int(pick(rng, TZS))
    card = hexid(rng, "pay")
    langs, lw = _langs(rng, ("de", "ja"), 0, 2)
    styles = _styles(rng, 4, 2)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=card,
            ua=ua,
            ips=hosts,
            tz=tz,
        )
        for _ in range(n)
    ]
    start_h, hours = float(rng.uniform(21, 25)) % 24, float(rng.uniform(5, 8))
    per_night = float(rng.uniform(300, 520))
    streams = worker_pool(rng, ctx.t0, ctx.t1, per_night / 24.0, n, nightly(start_h, hours, tz))
    for a, ts in zip(accts, streams, strict=True):
        ls = _draw(rng, langs, lw, len(ts))
        prompts = [tx.synth_data(rng, lang, pick(rng, styles), pick(rng, ctx.chat)) for lang in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1700.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": f"nightly {start_h:.0f}h+{hours:.0f}h, ~{per_night:.0f}/night",
            "ip_source": f"{prov} hosts",
            "payment": "one card",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n,
            "tz": tz,
        },
    )


def paddle_out(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted conversations through residential proxies, browser UAs."""
    fam = "paddle_out"
    n = irange(rng, 8, 16)
    region = pick(rng, ("us", "eu", "latam"))
    pool = resi(rng, 300, region)
    n_cards = irange(rng, 3, 4)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    langs, lw = _langs(rng, ("es", "pt"), 0, 2)
    styles = _styles(rng, 3, 1)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=pick(rng, BROWSERS),
            ips=pool[:1],
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(4, 7))
    turns = float(rng.uniform(5, 8))
    gap = float(rng.uniform(15, 40))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n), strict=True):
        all_ts, prompts, ips = [], [], []
        for tr in bursts(rng, starts, turns, gap, 0.5, ctx.t1):
            lang, st = _draw(rng, langs, lw, 1)[0], pick(rng, styles)
            opener = pick(rng, ctx.chat) if chance(rng, 0.6) else tx.expert_question(rng)
            all_ts.append(tr)
            prompts += [
                opener if j == 0 else tx.follow_up(rng, lang, st, j) for j in range(len(tr))
            ]
            ips += [pick(rng, pool)] * len(tr)
        if not all_ts:
            continue
        ts = np.concatenate(all_ts)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            models=ctx.models(rng, ts[order], p_new=0.9),
            comp_median=520.0,
            extra=rng.integers(200, 2500, size=len(order)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": f"{rate:.1f} conversations/h of ~{turns:.0f} turns, {gap:.0f}s apart",
            "ip_source": f"residential proxies ({region}), one per conversation",
            "payment": f"{n_cards} prepaid cards",
            "user_agent": "spoofed browsers",
            "languages": langs,
            "styles": styles,
            "keys": n,
        },
    )


def set_wave(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: the same prompt many times in a few seconds."""
    fam = "set_wave"
    n = irange(rng, 6, 12)
    prov = pick(rng, ("vultr", "linode", "oracle", "digitalocean"))
    block = rented_block(rng, prov, irange(rng, 1, 2), irange(rng, 4, 8))
    card = hexid(rng, "pay")
    org = hexid(rng, "org")
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "Go-http-client/2.0", "reqwest/0.12.12"))
    styles = _styles(rng, 4, 2)
    if 0 not in styles:
        styles = [0, *styles]
    n_best = irange(rng, 4, 16)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=picks(rng, block, 2),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(6, 11))
    for a, starts in zip(
        accts, worker_pool(rng, start, ctx.t1, rate, n, _release_boost(ctx, 0.5)), strict=True
    ):
        all_ts, prompts = [], []
        for s in starts.tolist():
            st = pick(rng, styles)
            item = tx.soft_label(rng, tx.hard_item(rng), st)
            k = n_best if st == 0 else irange(rng, 1, 3)
            tr = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.3), 0.6, size=k - 1))])
            all_ts.append(tr)
            prompts += [item] * k
        if not all_ts:
            continue
        ts = np.concatenate(all_ts)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            models=ctx.models(rng, ts[order], p_new=0.97),
            comp_median=300.0,
            comp_sigma=0.8,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": f"{rate:.0f} items/h, n={n_best} copies each",
            "ip_source": f"rented {prov} block",
            "payment": "one shared card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "keys": n,
        },
    )


def groundswell(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum / taxonomy sweep in strict order, spread over keys, VPN and cloud."""
    fam = "groundswell"
    n = irange(rng, 5, 10)
    vpn = cloud(rng, irange(rng, 3, 6), pick(rng, ("m247", "leaseweb")))
    hosts = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "hetzner")))
    cards = [hexid(rng, "pay") for _ in range(2)]
    langs, lw = _langs(rng, ("es", "fr"), 0, 2)
    styles = _styles(rng, 4, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=pick(rng, SDK_COMMON),
            ips=vpn if i % 2 else hosts,
        )
        for i in range(n)
    ]
    subjects = [str(x) for x in rng.permutation(np.array(list(tx.SUBJECTS)))]
    cells = [(s, sub, lv) for s in subjects for sub in tx.SUBJECTS[s] for lv in range(1, 6)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(18, 30))
    streams = worker_pool(rng, start, ctx.t1, rate, n)
    who = np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
    ts_all = np.concatenate(streams)
    order = np.argsort(ts_all, kind="stable")
    prompts_all = [""] * len(ts_all)
    for rank, idx in enumerate(order.tolist()):
        sweep, pos = divmod(rank, len(cells))
        s, sub, lv = cells[pos]
        lang = langs[sweep % len(langs)] if chance(rng, 0.8) else _draw(rng, langs, lw, 1)[0]
        prompts_all[idx] = tx.sweep_prompt(
            rng, s, sub, lv, pos + 1, lang, styles[sweep % len(styles)]
        )
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ts = ts_all[sel]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts_all[j] for j in sel.tolist()],
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1100.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum / taxonomy sweep",
            "pacing": f"worker pool {rate:.0f}/h, ordered sweep of {len(cells)} cells",
            "ip_source": "VPN exits + cloud hosts",
            "payment": "2 cards alternating",
            "user_agent": "common SDKs",
            "languages": langs,
            "styles": styles,
            "keys": n,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def backdoor(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A real consumer app's backend key whose owner slips harvest prompts in among its users'."""
    fam = "backdoor"
    app = pick(rng, tx.APP_NAMES)
    prov = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
    hosts = cloud(rng, irange(rng, 2, 4), prov)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    prod = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="product_key",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=hosts,
    )
    stage = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="staging_key",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=hosts[:1],
    )
    peak, depth = float(rng.uniform(0, 24)), float(rng.uniform(0.45, 0.75))
    rate = float(rng.uniform(18, 30))
    share = float(rng.uniform(0.2, 0.4))
    h_start = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    curve = global_load(peak, depth)
    ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    harvest = (ts >= h_start) & (rng.random(len(ts)) < share)
    prompts = [
        tx.app_wrap(app, tx.disguised_harvest(rng) if h else pick(rng, ctx.chat))
        for h in harvest.tolist()
    ]
    comp = np.where(harvest, 750.0, 320.0)
    ctx.emit(rng, prod, ts, prompts, models=ctx.models(rng, ts, p_new=0.75), comp_median=comp)
    # the staging key: a developer's test calls on weekdays, and a small harvest smoke test
    st = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 120)), workday(int(pick(rng, TZS))))
    sp = [
        tx.app_wrap(
            app,
            tx.disguised_harvest(rng) if t >= h_start and chance(rng, 0.3) else pick(rng, ctx.chat),
        )
        for t in st.tolist()
    ]
    ctx.emit(rng, stage, st, sp, models=ctx.models(rng, st, p_new=0.6))
    ctx.campaign(
        cid,
        fam,
        [prod, stage],
        {
            "operation": "harvest hidden inside a legitimate app's traffic",
            "app": app,
            "pacing": f"global load {rate:.0f}/h (peak {peak:.0f} UTC), harvest share {share:.2f} from "
            f"{(h_start - ctx.t0) / DAY:.1f} d",
            "ip_source": f"{prov} app backend",
            "payment": "company card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": ["app-prefixed user-style questions"],
            "keys": 2,
        },
    )


def hold_down(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low-and-slow human-looking accounts: home IPs, browsers, evening sessions, stolen cards."""
    fam = "hold_down"
    n = irange(rng, 25, 50)
    tzs = [int(x) for x in rng.choice(np.array(TZS), size=irange(rng, 2, 4), replace=False)]
    accts, total = [], 0
    for _ in range(n):
        tz = int(pick(rng, tzs))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sleeper",
            campaign_id=cid,
            ua=pick(rng, BROWSERS + MOBILE),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            evening_person(tz),
            float(rng.uniform(4, 9)),
            float(rng.uniform(60, 160)),
        )
        if not sess:
            sess = [np.array([start + float(rng.uniform(0, ctx.t1 - start))])]
        ts = np.concatenate(sess)
        prompts = [
            tx.casual(rng, tx.hard_item(rng)) if chance(rng, 0.85) else pick(rng, ctx.chat)
            for _ in ts
        ]
        total += ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.8), comp_median=600.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow harvest by human-looking accounts",
            "pacing": "evening human sessions",
            "ip_source": f"home ISPs in tz {tzs}",
            "payment": "one stolen card per account",
            "user_agent": "browsers and phones",
            "languages": ["en"],
            "styles": ["casual typed questions"],
            "keys": n,
        },
    )


def drop_in(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought / compromised aged accounts: ordinary history, then harvest via proxies after takeover."""
    fam = "drop_in"
    n = irange(rng, 8, 15)
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = resi(rng, 250, region)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = int(pick(rng, TZS))
        office = chance(rng, 0.5)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=pick(rng, SDK_COMMON + SDK_OTHER) if office else pick(rng, BROWSERS),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.8, 1.2)) * DAY
        takeovers.append(take)
        curve = workday(tz) if office else evening_person(tz)
        before = np.concatenate(
            session_times(rng, ctx.t0, take, float(rng.uniform(1.5, 4)), curve, 3.0, 90.0)
            or [np.empty(0)]
        )
        ctx.emit(
            rng,
            a,
            before,
            [pick(rng, ctx.chat) for _ in before],
            models=ctx.models(rng, before, 0.5),
        )
        after = thinned(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 8)) * (ctx.t1 - take) / HOUR,
            lambda ts: np.full(len(ts), 1.0),
        )
        prompts = [
            tx.trace_coercion(rng, "en", 0) if chance(rng, 0.2) else tx.hard_item(rng)
            for _ in after
        ]
        ctx.emit(
            rng,
            a,
            after,
            prompts,
            models=ctx.models(rng, after, p_new=0.95),
            ips=sticky(rng, after, pool, float(rng.uniform(10, 40)) * 60.0),
            comp_median=800.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought / compromised aged accounts",
            "pacing": "owner's human sessions, then 3-8/h around the clock after takeover",
            "ip_source": f"owner's home IP, then residential proxies ({region})",
            "payment": "owners' own cards",
            "user_agent": "owner's UA kept",
            "languages": ["en"],
            "styles": ["plain questions", "step-by-step"],
            "keys": n,
            "takeover_days": [round((t - ctx.t0) / DAY, 2) for t in takeovers],
        },
    )


def sneaker_set(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay disguised as an evaluation lab: office-hours runs, one office IP."""
    fam = "sneaker_set"
    n = irange(rng, 3, 6)
    tz = int(pick(rng, TZS))
    office = home(rng, 1, tz)
    runner = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp")))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, SDK_COMMON[:2])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office + runner,
            tz=tz,
        )
        for _ in range(n)
    ]
    order = rng.permutation(len(ctx.chat))
    pos = 0
    pre_runs, post_runs = float(rng.uniform(0.5, 1.2)), float(rng.uniform(2.0, 3.5))
    size = float(rng.uniform(90, 200))

    def curve(ts: np.ndarray) -> np.ndarray:
        return workday(tz)(ts) * np.where(np.asarray(ts) >= ctx.release, 1.0, pre_runs / post_runs)

    starts = thinned(rng, ctx.t0, ctx.t1, post_runs * (ctx.t1 - ctx.t0) / DAY, curve)
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    for tr in bursts(rng, starts, size, float(rng.uniform(1.5, 4.0)), 0.7, ctx.t1):
        per[int(rng.integers(n))].append(tr)
    for i, a in enumerate(accts):
        if not per[i]:
            continue
        ts = np.sort(np.concatenate(per[i]))
        prompts = [ctx.chat[j] for j in order[(pos + np.arange(len(ts))) % len(order)].tolist()]
        pos += len(ts)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.88), comp_median=480.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay dressed as an eval lab",
            "pacing": f"office-hours runs of ~{size:.0f}, "
            f"{pre_runs:.1f}/day before release, {post_runs:.1f}/day after",
            "ip_source": "one office IP + cloud runner",
            "payment": "one company card",
            "user_agent": ua,
            "languages": ["as in ShareGPT"],
            "styles": ["verbatim public prompts"],
            "keys": n,
            "tz": tz,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "tube_ride": tube_ride,
    "bottom_turn": bottom_turn,
    "glassy": glassy,
    "duck_dive": duck_dive,
    "lineup": lineup,
    "paddle_out": paddle_out,
    "set_wave": set_wave,
    "groundswell": groundswell,
    "backdoor": backdoor,
    "hold_down": hold_down,
    "drop_in": drop_in,
    "sneaker_set": sneaker_set,
}

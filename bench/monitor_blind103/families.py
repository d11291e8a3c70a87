"""Campaign families of blind batch 103 (code names: hot-air ballooning terms).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng`, creates its
accounts with `ctx.account(..., label="campaign")`, emits events with `ctx.emit` and records the
campaign with `ctx.campaign`. Nothing here was written with knowledge of the monitor.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick
from bench.monitor_blind103 import texts as tx


def _subset(rng: np.random.Generator, seq, lo: int, hi: int) -> list:
    k = min(len(seq), irange(rng, lo, hi))
    idx = rng.choice(len(seq), size=k, replace=False)
    return [seq[i] for i in sorted(idx.tolist())]


def _cards(rng: np.random.Generator, n_keys: int, mode: str) -> list[str]:
    """Payment fingerprints per key: one shared card, a few cards, or one per key."""
    if mode == "shared":
        return [bb.hexid(rng, "pay")] * n_keys
    if mode == "few":
        pool = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
        return bb.picks(rng, pool, n_keys)
    return [bb.hexid(rng, "pay") for _ in range(n_keys)]


def _orgs(rng: np.random.Generator, n_keys: int, shared: bool) -> list[str]:
    if shared:
        return [bb.hexid(rng, "org")] * n_keys
    return [bb.hexid(rng, "org") for _ in range(n_keys)]


# --------------------------------------------------------------------------------------------


def parachute_valve(ctx, rng, cid):
    """Reasoning-trace coercion: a worker pool on rented hosting asks for full scratch work."""
    fam = "parachute_valve"
    n = irange(rng, 6, 16)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "alibaba"))
    pool = bb.rented_block(rng, provider, irange(rng, 1, 4), irange(rng, 3, 6))
    card_mode = pick(rng, ("shared", "few"))
    pays = _cards(rng, n, card_mode)
    orgs = _orgs(rng, n, chance(rng, 0.5))
    ua_per_key = chance(rng, 0.5)
    ua = bb.sdk_ua(rng)
    langs = _subset(rng, list(tx._THINK), 1, 3)
    styles = _subset(rng, [0, 1, 2, 3, 4], 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i],
            pay=pays[i],
            ua=bb.sdk_ua(rng) if ua_per_key else ua,
            ips=bb.picks(rng, pool, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    per_hour = float(rng.uniform(14, 34))
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.4)
    comp = float(rng.uniform(900, 1700))
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        prompts = [
            tx.think_prompt(rng, pick(rng, styles), pick(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=comp,
            err=float(rng.uniform(0.01, 0.05)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "provider": provider,
            "ip_pool": len(pool),
            "payment": card_mode,
            "languages": langs,
            "styles": styles,
            "per_hour": per_hour,
            "start": start,
        },
    )


def pyrometer(ctx, rng, cid):
    """Judge / reward-model harvest: pairwise and rubric grading in office-hour bursts over VPN exits."""
    fam = "pyrometer"
    n = irange(rng, 4, 10)
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "vultr"))
    exits = bb.cloud(rng, irange(rng, 15, 40), vpn)
    card_mode = pick(rng, ("few", "shared"))
    pays = _cards(rng, n, card_mode)
    tz = pick(rng, (8, 3, 2, -5, 5))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    styles = _subset(rng, [0, 1, 2, 3], 2, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            pay=pays[i],
            ua=ua,
            ips=exits,
            tz=tz,
        )
        for i in range(n)
    ]
    per_day = float(rng.uniform(1.2, 3.0))
    size = float(rng.uniform(18, 50))
    comp = float(rng.uniform(220, 420))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.workday(tz))
        ts = np.sort(
            np.concatenate(
                [np.empty(0), *bb.bursts(rng, starts, size, float(rng.uniform(2, 7)), b=ctx.t1)]
            )
        )
        prompts = [tx.judge_prompt(ctx, rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=bb.sticky(rng, ts, exits, 30 * MINUTE),
            comp_median=comp,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_grading_harvest",
            "keys": n,
            "vpn": vpn,
            "exits": len(exits),
            "payment": card_mode,
            "tz": tz,
            "styles": styles,
            "bursts_per_day": per_day,
            "burst_size": size,
        },
    )


def crown_line(ctx, rng, cid):
    """Policy-compliant rewrites for safety tuning, through a rotating residential proxy network."""
    fam = "crown_line"
    n = irange(rng, 10, 24)
    region = pick(rng, ("*", "us", "eu", "latam", "sea"))
    pool = bb.resi(rng, irange(rng, 300, 900), region)
    pays = _cards(rng, n, "per_key")
    styles = _subset(rng, list(range(len(tx._REWRITE))), 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=bb.sdk_ua(rng, 0.3),
            ips=pool,
        )
        for i in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(14, 30))
    comp = float(rng.uniform(380, 650))
    for a, ts in zip(
        accts,
        bb.worker_pool(rng, start, ctx.t1, per_hour, n, bb.global_load(14.0, 0.5)),
        strict=True,
    ):
        prompts = [tx.rewrite_prompt(ctx, rng, styles) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=bb.picks(rng, pool, len(ts)),
            comp_median=comp,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_rewrite_harvest",
            "keys": n,
            "proxy_region": region,
            "proxy_pool": len(pool),
            "payment": "per_key",
            "styles": styles,
            "per_hour": per_hour,
        },
    )


def tether_line(ctx, rng, cid):
    """Tool-use / agent transcript harvest: scripted bursts from a few cloud VMs."""
    fam = "tether_line"
    n = irange(rng, 3, 8)
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    pay = bb.hexid(rng, "pay")
    org = bb.hexid(rng, "org")
    styles = _subset(rng, [0, 1, 2], 1, 2)
    ua = bb.sdk_ua(rng)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for _ in range(n)
    ]
    every = float(rng.uniform(60, 150)) * MINUTE
    size = float(rng.uniform(8, 20))
    extra = irange(rng, 700, 2600)
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(rng, start, ctx.t1, (ctx.t1 - start) / every, bb.constant)
        ts = np.sort(
            np.concatenate(
                [np.empty(0), *bb.bursts(rng, starts, size, float(rng.uniform(1, 4)), b=ctx.t1)]
            )
        )
        prompts = [tx.agent_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92),
            comp_median=280,
            extra=rng.integers(extra // 2, extra * 2, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_transcript_harvest",
            "keys": n,
            "provider": provider,
            "payment": "shared",
            "burst_every_s": every,
            "burst_size": size,
            "styles": styles,
        },
    )


def gore_panel(ctx, rng, cid):
    """Synthetic-dataset generation: long JSONL outputs from cheap hosting in nightly windows."""
    fam = "gore_panel"
    n = irange(rng, 2, 5)
    provider = pick(rng, ("hetzner", "contabo", "ovh", "scaleway", "selectel"))
    pay = bb.hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    langs = _subset(rng, list(tx.LANGS), 1, 4)
    styles = _subset(rng, [0, 1, 2, 3], 2, 3)
    ips = bb.cloud(rng, n + 1, provider)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=pay,
            ua=bb.sdk_ua(rng),
            ips=[ips[i], ips[-1]],
            tz=tz,
        )
        for i in range(n)
    ]
    night = bb.nightly(float(rng.uniform(20, 24)), float(rng.uniform(6, 10)), tz)
    per_hour = float(rng.uniform(20, 45))
    comp = float(rng.uniform(2200, 3600))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n, night), strict=True):
        prompts = [
            tx.dataset_prompt(rng, pick(rng, styles), pick(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93),
            comp_median=comp,
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "provider": provider,
            "payment": "shared",
            "tz": tz,
            "languages": langs,
            "styles": styles,
            "per_hour_in_window": per_hour,
        },
    )


def chase_crew(ctx, rng, cid):
    """Multi-turn dialogue harvest: a scripted user simulator keeps conversations going."""
    fam = "chase_crew"
    n = irange(rng, 8, 18)
    region = pick(rng, ("us", "eu", "in", "latam"))
    pool = bb.resi(rng, irange(rng, 150, 500), region)
    pays = _cards(rng, n, pick(rng, ("per_key", "few")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="simulator",
            campaign_id=cid,
            pay=pays[i],
            ua=bb.sdk_ua(rng, 0.6),
            ips=pool,
        )
        for i in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = float(rng.uniform(3.5, 7.0))
    turns_mean = float(rng.uniform(4, 8))
    per_turn_tokens = irange(rng, 250, 600)
    for a, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            k = max(2, int(rng.poisson(turns_mean)))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.6, size=k - 1))])
            ip = pick(rng, pool)
            for j, tt in enumerate(t.tolist()):
                ts_all.append(tt)
                prompts.append(tx.dialogue_open(ctx, rng) if j == 0 else tx.dialogue_follow(rng))
                extra.append(j * per_turn_tokens)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=ips,
            comp_median=420,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "proxy_region": region,
            "dialogues_per_hour": per_hour,
            "turns_mean": turns_mean,
        },
    )


def blast_valve(ctx, rng, cid):
    """Best-of-n and soft-label sampling: every prompt fired n times within seconds."""
    fam = "blast_valve"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "digitalocean", "linode", "tencent"))
    pay = bb.hexid(rng, "pay")
    fan_out = chance(rng, 0.5)  # copies spread over keys instead of one key
    samples = irange(rng, 4, 12)
    styles = _subset(rng, [0, 1, 2, 3], 2, 3)
    ua = bb.sdk_ua(rng)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    jobs = bb.thinned(
        rng, start, ctx.t1, float(rng.uniform(2.0, 4.5)) * (ctx.t1 - start) / HOUR, bb.constant
    )
    cols = {a.id: ([], []) for a in accts}
    for s in jobs.tolist():
        p = tx.sampling_prompt(ctx, rng, pick(rng, styles))
        k = max(2, int(rng.poisson(samples)))
        t = s + np.sort(rng.exponential(1.5, size=k))
        owners = bb.picks(rng, accts, k) if fan_out else [pick(rng, accts)] * k
        for a, tt in zip(owners, t.tolist(), strict=True):
            cols[a.id][0].append(tt)
            cols[a.id][1].append(p)
    for a in accts:
        ts = np.asarray(cols[a.id][0])
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [cols[a.id][1][i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.95),
            comp_median=380,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "keys": n,
            "provider": provider,
            "samples_per_prompt": samples,
            "fan_out": fan_out,
            "styles": styles,
            "jobs": len(jobs),
        },
    )


def hypsometer(ctx, rng, cid):
    """Curriculum / taxonomy sweep over field x topic x level, through sticky residential proxies,
    one stolen card per key."""
    fam = "hypsometer"
    n = irange(rng, 5, 12)
    levels = irange(rng, 4, 8)
    regions = _subset(rng, ["us", "eu", "sea", "latam", "in"], 1, 2)
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 60, 160), r)]
    items = tx.curriculum_items(rng, levels)
    repeats = irange(rng, 3, 6)
    shuffled = chance(rng, 0.5)
    langs = _subset(rng, list(tx.LANGS), 1, 3)
    styles = _subset(rng, [0, 1, 2], 1, 3)
    queue = [it for it in items for _ in range(repeats)]
    if shuffled:
        queue = [queue[i] for i in rng.permutation(len(queue)).tolist()]
    pays = _cards(rng, n, "per_key")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i],
            ua=bb.sdk_ua(rng, 0.4),
            ips=pool,
        )
        for i in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    ts = np.sort(rng.uniform(start, ctx.t1, size=len(queue)))
    who = rng.integers(0, n, size=len(ts))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        tsa = ts[sel]
        prompts = [
            tx.curriculum_prompt(rng, queue[j], pick(rng, styles), levels, pick(rng, langs))
            for j in sel.tolist()
        ]
        ctx.emit(
            rng,
            a,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, 0.9),
            ips=bb.sticky(rng, tsa, pool, 10 * MINUTE),
            comp_median=1300,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n,
            "levels": levels,
            "items": len(items),
            "repeats": repeats,
            "shuffled": shuffled,
            "proxy_regions": regions,
            "payment": "stolen_per_key",
            "languages": langs,
        },
    )


# -------------------------------------------------------------------------------------------- hard


def whisper_burner(ctx, rng, cid):
    """Hard: low-and-slow human-looking accounts. Many small accounts, each with its own card,
    home-ISP addresses matching its time zone, a browser, and evening sessions of hand-typed-looking
    hard questions mixed with ordinary chat."""
    fam = "whisper_burner"
    n = irange(rng, 30, 65)
    tzs = _subset(rng, list(bb.TZS), 2, 4)
    p_chat = float(rng.uniform(0.2, 0.4))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="sleeper",
                campaign_id=cid,
                ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
                ips=bb.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        curve = bb.evening_person(a.tz) if chance(rng, 0.6) else bb.workday(a.tz)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            curve,
            float(rng.uniform(2.5, 5.0)),
            float(rng.uniform(60, 200)),
        )
        ts = np.concatenate([np.empty(0), *sess])
        prompts = [
            tx.human(ctx, rng) if chance(rng, p_chat) else tx.casual_hard(rng)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.55, 0.8)), 0.1),
            comp_median=600,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_sleepers",
            "keys": n,
            "tzs": tzs,
            "payment": "per_key",
            "chat_share": p_chat,
        },
    )


def false_lift(ctx, rng, cid):
    """Hard: a harvest hidden inside a real product's traffic. A study-helper app sends its users'
    genuine questions, and its operator injects reasoning/curriculum prompts in the same wrapper,
    from the same backend, key and card."""
    fam = "false_lift"
    n = irange(rng, 2, 4)
    app = pick(rng, ("BrightDesk", "Owlish", "StudyKite", "Quillo", "Mentora"))
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 6), provider)
    org, pay, ua = bb.hexid(rng, "org"), bb.hexid(rng, "pay"), bb.sdk_ua(rng)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    share = float(rng.uniform(0.2, 0.4))
    per_hour = float(rng.uniform(22, 38))
    curve = bb.global_load(float(rng.uniform(12, 20)), 0.6)
    for a, ts in zip(accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve), strict=True):
        inj = rng.random(len(ts)) < share * (
            ts >= ctx.release - DAY
        )  # injection starts near the release
        prompts = [
            tx.app_wrap(
                app, tx.casual_hard(rng) if chance(rng, 0.5) else tx.think_prompt(rng, 4, "en")
            )
            if j
            else tx.app_wrap(app, tx.human(ctx, rng, 900))
            for j in inj.tolist()
        ]
        legit = ctx.models(rng, ts, 0.3)
        harvest = ctx.models(rng, ts, 0.85)
        models = [h if j else m for j, h, m in zip(inj.tolist(), harvest, legit, strict=True)]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.where(inj, 800.0, 350.0))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product",
            "keys": n,
            "app": app,
            "provider": provider,
            "injected_share": share,
            "per_hour": per_hour,
        },
    )


def hopper(ctx, rng, cid):
    """Hard: public prompt replay through bought accounts. Aged accounts with their original owners'
    orgs and cards replay a public chat dataset verbatim, each prompt once, to collect the new
    model's answers."""
    fam = "hopper"
    n = irange(rng, 10, 22)
    regions = _subset(rng, ["us", "eu", "in", "sea", "latam", "jp_kr"], 2, 4)
    accts = []
    for _ in range(n):
        r = pick(rng, regions)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="bought_account",
                campaign_id=cid,
                ua=bb.sdk_ua(rng, 0.7),
                ips=bb.resi(rng, irange(rng, 5, 15), r),
            )
        )
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    rate = float(rng.uniform(1.0, 3.0))
    start = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    for a in accts:
        s = start + float(rng.uniform(0, 0.6)) * DAY
        ts = bb.thinned(
            rng, s, ctx.t1, rate * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - s) / HOUR, bb.constant
        )
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93),
            ips=bb.sticky(rng, ts, a.ips, HOUR),
            comp_median=450,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n,
            "regions": regions,
            "payment": "bought_accounts",
            "per_hour": rate,
            "start": start,
        },
    )


def drop_line(ctx, rng, cid):
    """Hard: compromised accounts. Real users' keys are stolen mid-week; the thief keeps the
    victim's user agent, uses residential proxies in the victim's region, works in the victim's
    waking hours, and the victim keeps using the account too."""
    fam = "drop_line"
    n = irange(rng, 8, 16)
    keep_ua = chance(rng, 0.7)
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.t0 + float(rng.uniform(1.5, 5.0)) * DAY
        pivots.append(pivot)
        own = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.5)), bb.evening_person(tz), 3.0, 90.0
        )
        ts_own = np.concatenate([np.empty(0), *own])
        ctx.emit(
            rng,
            a,
            ts_own,
            [tx.human(ctx, rng) for _ in range(len(ts_own))],
            models=ctx.models(rng, ts_own, 0.25, 0.15),
            comp_median=320,
        )
        proxies = bb.home(rng, irange(rng, 20, 60), tz)
        sess = bb.session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(3, 7)),
            bb.evening_person(tz, 3.5),
            float(rng.uniform(6, 14)),
            float(rng.uniform(20, 60)),
        )
        ts = np.concatenate([np.empty(0), *sess])
        prompts = [
            tx.casual_hard(rng)
            if chance(rng, 0.5)
            else tx.think_prompt(rng, pick(rng, (0, 2, 4)), "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=bb.sticky(rng, ts, proxies, 20 * MINUTE),
            ua=a.ua if keep_ua else bb.sdk_ua(rng),
            comp_median=900,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {"operation": "compromised_accounts", "keys": n, "keep_ua": keep_ua, "pivots": pivots},
    )


CAMPAIGN_FAMILIES = {
    "parachute_valve": parachute_valve,
    "pyrometer": pyrometer,
    "crown_line": crown_line,
    "tether_line": tether_line,
    "gore_panel": gore_panel,
    "chase_crew": chase_crew,
    "blast_valve": blast_valve,
    "hypsometer": hypsometer,
    "whisper_burner": whisper_burner,
    "false_lift": false_lift,
    "hopper": hopper,
    "drop_line": drop_line,
}

"""Campaign families of batch 113 (code names: handball terms).

Each family is `f(ctx, rng, campaign_id)`: it draws its own shape (keys, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice) from its rng, emits events
through `ctx.emit` and records the campaign in the truth. What each one harvests and why it is
shaped so is in this package's README (a card to read after the monitor's run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
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
    providers,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind113 import texts

Rng = np.random.Generator

# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py

#: the language people of a UTC offset mostly write in (weights)
LANG_OF_TZ: dict[int, tuple[tuple[str, ...], tuple[float, ...]]] = {
    -8: (("en", "es"), (0.85, 0.15)),
    -5: (("en", "es"), (0.85, 0.15)),
    -3: (("pt", "es"), (0.6, 0.4)),
    0: (("en", "fr", "es"), (0.7, 0.15, 0.15)),
    1: (("de", "fr", "en", "es"), (0.35, 0.3, 0.2, 0.15)),
    2: (("en", "de"), (0.6, 0.4)),
    3: (("ru", "en"), (0.8, 0.2)),
    5: (("en",), (1.0,)),
    8: (("zh", "id", "en"), (0.55, 0.25, 0.2)),
    9: (("ja", "ko"), (0.6, 0.4)),
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
VPN_HOSTS = ("m247", "leaseweb", "vultr", "ovh", "hetzner", "digitalocean", "linode")
VPS_HOSTS = ("contabo", "hetzner", "ovh", "digitalocean", "vultr", "scaleway")


def py(x):
    """numpy scalars and containers to plain Python (the truth must be JSON-serialisable)."""
    if isinstance(x, dict):
        return {str(k): py(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [py(v) for v in x]
    if isinstance(x, np.generic):
        return x.item()
    if isinstance(x, np.ndarray):
        return [py(v) for v in x.tolist()]
    return x


def mix(
    rng: Rng, options, k_lo: int, k_hi: int, first: float | None = None
) -> tuple[list, list[float]]:
    """A random subset of `options` with Dirichlet weights; `first` pins the first option's share."""
    opts = list(options)
    k = min(len(opts), irange(rng, k_lo, k_hi))
    idx = rng.choice(len(opts), size=k, replace=False).tolist()
    if first is not None and 0 not in idx:
        idx = [0] + idx[:-1] if k > 1 else [0]
    chosen = [opts[i] for i in idx]
    w = rng.dirichlet(np.full(len(chosen), 1.5))
    if first is not None:
        j = chosen.index(opts[0])
        rest = np.delete(w, j)
        rest = rest / rest.sum() * (1 - first) if rest.size else rest
        w = np.insert(rest, j, first if rest.size else 1.0)
    return chosen, [float(x) for x in w]


def draw(rng: Rng, chosen: list, weights: list[float], n: int) -> list:
    idx = rng.choice(len(chosen), size=n, p=np.asarray(weights) / np.sum(weights))
    return [chosen[i] for i in idx.tolist()]


def ramp_models(
    ctx: Ctx, rng: Rng, ts: np.ndarray, p0: float, p1: float, days: float, p_mini: float = 0.05
) -> list[str]:
    """New model with a probability ramping from p0 (at release) to p1 (after `days`); before
    release the old flagship (a p_mini share of the small old model)."""
    ts = np.asarray(ts)
    frac = np.clip((ts - ctx.release) / (days * DAY), 0.0, 1.0)
    p_new = np.where(ts >= ctx.release, p0 + (p1 - p0) * frac, 0.0)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if a < p else (mini if b < p_mini else old)
        for a, b, p in zip(u.tolist(), v.tolist(), p_new.tolist(), strict=True)
    ]


def concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def tz_lang(rng: Rng, tz: int) -> str:
    langs, w = LANG_OF_TZ.get(tz, (("en",), (1.0,)))
    return draw(rng, list(langs), list(w), 1)[0]


def person_ua(rng: Rng) -> str:
    return pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE)


# --------------------------------------------------------------------------------------------
# families


def fast_break(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion from a rented worker pool; pivots hard onto the new model."""
    fam = "fast_break"
    n = irange(rng, 5, 14)
    n_orgs = 1 if chance(rng, 0.5) else irange(rng, 2, max(2, n // 3))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card_mode = pick(rng, ("shared", "per_org", "per_key"))
    shared_pay = hexid(rng, "pay")
    org_pay = {o: hexid(rng, "pay") for o in orgs}
    provs = [str(x) for x in rng.choice(providers(), size=irange(rng, 1, 2), replace=False)]
    block = rented_block(rng, provs[0], irange(rng, 1, 3), irange(rng, 4, 10))
    if len(provs) > 1:
        block += cloud(rng, irange(rng, 2, 6), provs[1])
    one_ua = chance(rng, 0.6)
    ua0 = sdk_ua(rng, 0.4)
    langs, lw = mix(
        rng,
        ("en", "zh", "es", "ru", "ko", "fr", "ja", "de"),
        2,
        5,
        first=float(rng.uniform(0.35, 0.8)),
    )
    styles, sw = mix(rng, range(5), 2, 5)
    accts: list[Acct] = []
    for i in range(n):
        org = orgs[i % n_orgs]
        pay = (
            shared_pay
            if card_mode == "shared"
            else (org_pay[org] if card_mode == "per_org" else hexid(rng, "pay"))
        )
        ips = picks(rng, block, irange(rng, 1, 2))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua0 if one_ua else sdk_ua(rng, 0.3),
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    pre_h, post_h = float(rng.uniform(10, 30)), float(rng.uniform(50, 140))
    pivot = ctx.release + float(rng.uniform(0.5, 10)) * HOUR
    curve = (
        constant
        if chance(rng, 0.6)
        else global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.2, 0.5)))
    )
    pre = worker_pool(rng, start, pivot, pre_h, n, curve) if start < pivot else [np.empty(0)] * n
    post = worker_pool(rng, pivot, ctx.t1, post_h, n, curve)
    comp = float(rng.uniform(900, 1600))
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = concat([x, y])
        prompts = [
            texts.reasoning_coercion(rng, lg, st)
            for lg, st in zip(
                draw(rng, langs, lw, len(ts)), draw(rng, styles, sw, len(ts)), strict=True
            )
        ]
        models = [
            ctx.new_model if (t >= pivot and u < 0.93) else ctx.old_models[0]
            for t, u in zip(ts.tolist(), rng.random(len(ts)).tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, comp_sigma=0.5, err=0.02)
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "reasoning_trace_coercion",
                "keys": n,
                "orgs": n_orgs,
                "payment": card_mode,
                "providers": provs,
                "pacing": "worker_pool",
                "per_hour_pre": pre_h,
                "per_hour_post": post_h,
                "languages": langs,
                "styles": styles,
                "pivot_ts": pivot,
                "one_user_agent": one_ua,
            }
        ),
    )


def seven_metre_throw(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / reward-model grading harvest: batch jobs fired in tight bursts from a rented block."""
    fam = "seven_metre_throw"
    n = irange(rng, 3, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, providers())
    block = rented_block(rng, prov, 1, irange(rng, 3, 8))
    ua = sdk_ua(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=block,
        )
        for _ in range(n)
    ]
    langs, lw = mix(rng, ("en", "zh", "de", "ja", "fr"), 1, 3, first=float(rng.uniform(0.5, 0.9)))
    styles, sw = mix(rng, range(5), 2, 5)
    tz = pick(rng, TZS)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    jobs_day = float(rng.uniform(4, 12))
    job_curve = workday(tz, weekend=0.3, night=0.15) if chance(rng, 0.5) else constant
    starts = thinned(rng, start, ctx.t1, jobs_day * (ctx.t1 - start) / DAY, job_curve)
    size = float(rng.uniform(50, 180))
    gap = float(rng.uniform(0.8, 4.0))
    per_key: list[list[np.ndarray]] = [[] for _ in range(n)]
    for b in bursts(rng, starts, size, gap, 0.5, ctx.t1):
        who = (
            rng.integers(0, n, size=len(b))
            if chance(rng, 0.6)
            else np.full(len(b), int(rng.integers(n)))
        )
        for i in range(n):
            per_key[i].append(b[who == i])
    p_new = float(rng.uniform(0.75, 0.95))
    for a, parts in zip(accts, per_key, strict=True):
        ts = concat(parts)
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, lg, st)
            for lg, st in zip(
                draw(rng, langs, lw, len(ts)), draw(rng, styles, sw, len(ts)), strict=True
            )
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=float(rng.uniform(180, 350)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "judge_reward_grading",
                "keys": n,
                "provider": prov,
                "pacing": "bursts",
                "jobs_per_day": jobs_day,
                "burst_size": size,
                "gap_s": gap,
                "languages": langs,
                "styles": styles,
                "p_new": p_new,
            }
        ),
    )


def passive_play(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Censorship-safe / policy rewrites through commercial VPN exits, keys bought with stolen cards."""
    fam = "passive_play"
    n = irange(rng, 6, 16)
    hosts = [str(x) for x in rng.choice(VPN_HOSTS, size=irange(rng, 2, 3), replace=False)]
    pool = [ip for h in hosts for ip in cloud(rng, irange(rng, 10, 30), h)]
    browser = chance(rng, 0.6)
    langs, lw = mix(rng, ("zh", "en", "ru", "ar", "vi"), 2, 5, first=float(rng.uniform(0.4, 0.7)))
    styles, sw = mix(rng, range(5), 2, 5)
    hold = float(rng.uniform(20, 60)) * MINUTE
    accts = []
    for _ in range(n):
        ua = (
            pick(rng, BROWSERS)
            if browser
            else pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="bought_key",
                campaign_id=cid,
                ua=ua,
                ips=pool,
            )
        )
    per_day = float(rng.uniform(2, 5))
    size = float(rng.uniform(15, 45))
    gap = float(rng.uniform(5, 15))
    for a in accts:
        start = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
        life = float(rng.uniform(1.0, 4.0)) * DAY  # keys die when the card is charged back
        ts = concat(
            session_times(rng, start, min(ctx.t1, start + life), per_day, constant, size, gap)
        )
        ips = sticky(rng, ts, pool, hold)
        prompts = [
            texts.policy_rewrite(rng, ctx.chat, ctx.passages, lg, st)
            for lg, st in zip(
                draw(rng, langs, lw, len(ts)), draw(rng, styles, sw, len(ts)), strict=True
            )
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=ips,
            comp_median=float(rng.uniform(300, 500)),
            err=float(rng.uniform(0.03, 0.06)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "policy_rewrite",
                "keys": n,
                "payment": "stolen_card_per_key",
                "ip_source": "vpn_exits",
                "hosts": hosts,
                "exit_pool": len(pool),
                "sticky_s": hold,
                "browser_ua": browser,
                "languages": langs,
                "styles": styles,
            }
        ),
    )


def circle_runner(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcripts: episodes of several steps from pods behind cloud NAT."""
    fam = "circle_runner"
    n = irange(rng, 8, 20)
    n_orgs = irange(rng, 2, 3)
    orgs = [
        (
            hexid(rng, "org"),
            hexid(rng, "pay"),
            cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws", "azure"))),
            pick(
                rng,
                (
                    "langchain-openai/0.3.6",
                    "litellm/1.60.2",
                    "agentkit-runner/0.9.4 python-httpx/0.27.2",
                    "OpenAI/Python 1.58.1",
                ),
            ),
        )
        for _ in range(n_orgs)
    ]
    accts = []
    for i in range(n):
        o, p, ips, ua = orgs[i % n_orgs]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="agent_worker",
                campaign_id=cid,
                org=o,
                pay=p,
                ua=ua,
                ips=ips,
            )
        )
    langs, lw = mix(rng, ("en", "zh", "de", "es"), 1, 3, first=float(rng.uniform(0.6, 0.9)))
    styles, sw = mix(rng, range(4), 2, 4)
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    ep_h = float(rng.uniform(3, 10))
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), 0.3)
    starts = thinned(rng, start, ctx.t1, ep_h * (ctx.t1 - start) / HOUR, curve)
    starts = starts[(starts >= ctx.release) | (rng.random(len(starts)) < 0.4)]
    step_gap = float(rng.uniform(4, 10))
    rows: list[list] = [[] for _ in range(n)]
    for s in starts.tolist():
        k = irange(rng, 4, 14)
        who = int(rng.integers(n))
        ep = texts.agent_episode(rng, draw(rng, langs, lw, 1)[0])
        style = draw(rng, styles, sw, 1)[0]
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))])
        for j, tt in enumerate(t.tolist()):
            rows[who].append(
                (tt, texts.agent_step(rng, ep, j, style), 600 + 260 * j + irange(rng, 0, 1800))
            )
    for a, r in zip(accts, rows, strict=True):
        r.sort(key=lambda x: x[0])
        ts = np.array([x[0] for x in r])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in r],
            models=ctx.models(rng, ts, 0.9),
            extra=np.array([x[2] for x in r], dtype=np.int64) if r else 0,
            comp_median=float(rng.uniform(250, 450)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "agent_transcripts",
                "keys": n,
                "orgs": n_orgs,
                "episodes_per_hour": ep_h,
                "step_gap_s": step_gap,
                "ip_source": "cloud_nat",
                "languages": langs,
                "styles": styles,
            }
        ),
    )


def throw_off(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation in nightly runs from a few cloud keys."""
    fam = "throw_off"
    n = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, providers())
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.54.0",
            "aiohttp/3.11.11",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        for _ in range(n)
    ]
    tz = pick(rng, TZS)
    win_start, win_h = float(rng.uniform(22, 26)) % 24, float(rng.uniform(4, 8))
    curve = nightly(win_start, win_h, tz)
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    rate = float(rng.uniform(25, 70))
    langs, lw = mix(
        rng, ("en", "zh", "es", "fr", "pt", "ja"), 1, 4, first=float(rng.uniform(0.5, 0.85))
    )
    styles, sw = mix(rng, range(5), 2, 5)
    frac_on = win_h / 24.0
    for a in accts:
        ts = thinned(rng, start, ctx.t1, rate * frac_on * (ctx.t1 - start) / HOUR, curve)
        prompts = [
            texts.synth_data(rng, ctx.chat, lg, st)
            for lg, st in zip(
                draw(rng, langs, lw, len(ts)), draw(rng, styles, sw, len(ts)), strict=True
            )
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=float(rng.uniform(1200, 2200)),
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "synthetic_dataset",
                "keys": n,
                "provider": prov,
                "pacing": "nightly",
                "tz": tz,
                "window_start_h": win_start,
                "window_h": win_h,
                "per_hour_in_window": rate,
                "languages": langs,
                "styles": styles,
            }
        ),
    )


def jump_throw(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n / soft-label sampling: each item sent several times in a row from an office line."""
    fam = "jump_throw"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1, 2, 9))
    office = home(rng, irange(rng, 1, 2), tz)
    gpu = cloud(rng, 1, pick(rng, ("aws", "gcp", "oracle", "linode"))) if chance(rng, 0.5) else []
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.6),
            ips=office + gpu,
            tz=tz,
        )
        for _ in range(n)
    ]
    styles, sw = mix(rng, range(4), 1, 3)
    n_samp = irange(rng, 4, 12)
    items_h = float(rng.uniform(6, 20))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    curve = workday(tz, weekend=0.2, night=0.1)
    starts = thinned(rng, start, ctx.t1, items_h * (ctx.t1 - start) / HOUR * 0.45, curve)
    if chance(rng, 0.5):  # unattended overnight runs after the release
        starts = concat(
            [
                starts,
                thinned(
                    rng,
                    ctx.release,
                    ctx.t1,
                    items_h * 0.5 * (ctx.t1 - ctx.release) / HOUR,
                    nightly(20, 10, tz),
                ),
            ]
        )
    gap = float(rng.uniform(0.4, 2.0))
    rows: list[list] = [[] for _ in range(n)]
    for s in starts.tolist():
        st = draw(rng, styles, sw, 1)[0]
        base = texts.mcq(rng) if st in (0, 2) else texts._clip(pick(rng, ctx.chat), 800)
        prompt = texts.soft_label(rng, ctx.chat, st, base)
        k = n_samp if st in (1, 3) else irange(rng, 1, 3)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k - 1))])
        spread = chance(rng, 0.3)
        for tt in t.tolist():
            who = int(rng.integers(n)) if spread else int(s) % n
            rows[who].append((tt, prompt, 60.0 if st in (0, 2) else 450.0))
    for a, r in zip(accts, rows, strict=True):
        r.sort(key=lambda x: x[0])
        ts = np.array([x[0] for x in r])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in r],
            models=ctx.models(rng, ts, 0.9),
            comp_median=np.array([x[2] for x in r]) if r else 300.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "best_of_n_soft_labels",
                "keys": n,
                "samples_per_item": n_samp,
                "items_per_hour": items_h,
                "gap_s": gap,
                "ip_source": "office_broadband" + ("+cloud_gpu" if gpu else ""),
                "tz": tz,
                "styles": styles,
            }
        ),
    )


def spin_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted 'users' on a mobile-proxy farm, one prepaid card each."""
    fam = "spin_shot"
    n = irange(rng, 15, 30)
    kinds = [
        str(x)
        for x in rng.choice(
            ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"),
            size=irange(rng, 1, 2),
            replace=False,
        )
    ]
    region = pick(rng, ("us", "latam", "in", "sea", "eu"))
    app_ua = (
        pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0"))
        if chance(rng, 0.5)
        else None
    )
    langs, lw = mix(rng, ("en", "pt", "es", "id", "hi"), 2, 4)
    accts = []
    for _ in range(n):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dialogue_bot",
                campaign_id=cid,
                ua=app_ua or pick(rng, MOBILE),
                ips=mobile_v6(rng, 1, kinds[0]),
            )
        )
    p_resi = float(rng.uniform(0.0, 0.5))
    per_day = float(rng.uniform(3, 10))
    gap = float(rng.uniform(15, 45))
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), 0.4)
    for a in accts:
        lang = draw(rng, langs, lw, 1)[0]
        start = ctx.t0 + float(rng.uniform(0.5, 4.0)) * DAY
        convs = session_times(
            rng, start, ctx.t1, per_day, curve, float(rng.uniform(4, 10)), gap, 0.6
        )
        ts_all, prompts, ips, extra = [], [], [], []
        for c in convs:
            ip = (
                resi(rng, 1, region)[0]
                if chance(rng, p_resi)
                else mobile_v6(rng, 1, pick(rng, kinds))[0]
            )
            for j, t in enumerate(c.tolist()):
                ts_all.append(t)
                prompts.append(texts.dialogue_turn(rng, lang, j, None))
                ips.append(ip)
                extra.append(80 + 320 * j)
        order = np.argsort(ts_all, kind="stable")
        ts = np.asarray(ts_all)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in order],
            ips=[ips[i] for i in order],
            extra=np.asarray(extra, dtype=np.int64)[order] if len(ts) else 0,
            models=ctx.models(rng, ts, 0.85),
            comp_median=float(rng.uniform(300, 550)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "multi_turn_dialogue",
                "accounts": n,
                "payment": "prepaid_card_per_account",
                "ip_source": "mobile_proxies",
                "carriers": kinds,
                "resi_share": p_resi,
                "conversations_per_day": per_day,
                "turn_gap_s": gap,
                "languages": langs,
                "app_ua": app_ua,
            }
        ),
    )


def kempa_trick(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. A real consumer product's backend keys carry its users' traffic, and the operator
    mixes a harvest into the same keys, wrapped in the product's own template, mostly off-peak."""
    fam = "kempa_trick"
    n = irange(rng, 2, 4)
    brand = pick(rng, texts.BRANDS)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
    nat = cloud(rng, irange(rng, 2, 4), prov)
    ua = pick(rng, SDK_COMMON) if chance(rng, 0.6) else pick(rng, SDK_OTHER)
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
            ips=nat,
        )
        for _ in range(n)
    ]
    variant = irange(rng, 0, 2)
    langs, lw = mix(
        rng, ("en", "es", "pt", "de", "fr", "id"), 2, 4, first=float(rng.uniform(0.5, 0.8))
    )
    peak = float(rng.uniform(12, 22))
    prod_h = float(rng.uniform(15, 40))
    prod = worker_pool(
        rng, ctx.t0, ctx.t1, prod_h, n, global_load(peak, float(rng.uniform(0.5, 0.8)))
    )
    h_start = ctx.release + float(rng.uniform(-1.5, 0.5)) * DAY
    harv_h = prod_h * float(rng.uniform(0.25, 0.6))
    harv = worker_pool(rng, h_start, ctx.t1, harv_h, n, global_load((peak + 12) % 24, 0.8))
    p_mini = float(rng.uniform(0.05, 0.3))
    sl = float(rng.uniform(0.1, 0.4))
    areas, aw = mix(rng, texts.AREAS, 3, 5)
    for a, p, h in zip(accts, prod, harv, strict=True):
        plangs = draw(rng, langs, lw, len(p))
        p_prompts = [
            texts.product_wrap(rng, brand, pick(rng, ctx.chat), lg, variant) for lg in plangs
        ]
        hlangs = draw(rng, langs, lw, len(h))
        h_prompts = [
            texts.product_wrap(
                rng, brand, texts.humanize(rng, texts.problem(rng, lg, ar)[1], lg, sl), lg, variant
            )
            for lg, ar in zip(hlangs, draw(rng, areas, aw, len(h)), strict=True)
        ]
        ts = np.concatenate([p, h])
        prompts = p_prompts + h_prompts
        models = ramp_models(ctx, rng, p, 0.2, 0.6, 3.0, p_mini) + ramp_models(
            ctx, rng, h, 0.9, 0.9, 1.0, 0.0
        )
        comp = np.concatenate([np.full(len(p), 300.0), np.full(len(h), 700.0)])
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=comp[order] if len(ts) else 300.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "harvest_inside_product",
                "keys": n,
                "brand": brand,
                "wrapper_variant": variant,
                "product_per_hour": prod_h,
                "harvest_per_hour": harv_h,
                "harvest_start": h_start,
                "provider": prov,
                "languages": langs,
                "areas": areas,
                "hard": True,
            }
        ),
    )


def empty_goal(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Bought / taken-over aged personal accounts: the owner's ordinary use, then the operator
    harvests through residential proxies in the owner's own region, keeping the owner's client."""
    fam = "empty_goal"
    n = irange(rng, 10, 25)
    op_tz = pick(rng, TZS)
    op_curve = workday(op_tz, weekend=0.5, night=0.2) if chance(rng, 0.5) else constant
    areas, aw = mix(rng, texts.AREAS, 3, 5)
    sl = float(rng.uniform(0.1, 0.4))
    per_day = float(rng.uniform(3, 7))
    size = float(rng.uniform(8, 25))
    keep_ua = float(rng.uniform(0.4, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = REGION_OF_TZ[tz]
        owner_ua = person_ua(rng) if chance(rng, 0.7) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-1.0, 1.0)) * DAY
        owner_end = ctx.t1 if chance(rng, 0.3) else take
        own = concat(
            session_times(
                rng,
                ctx.t0,
                owner_end,
                float(rng.uniform(0.5, 2.5)),
                evening_person(tz),
                float(rng.uniform(2, 6)),
                float(rng.uniform(40, 120)),
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            picks(rng, ctx.chat, len(own)),
            models=ctx.models(rng, own, float(rng.uniform(0.1, 0.3)), 0.15),
            ips=a.ips[0],
        )
        op = concat(
            session_times(rng, take, ctx.t1, per_day, op_curve, size, float(rng.uniform(15, 40)))
        )
        pool = resi(rng, irange(rng, 20, 60), region)
        lang = tz_lang(rng, tz)
        prompts = [
            texts.humanize(
                rng, texts.problem(rng, lang if chance(rng, 0.8) else "en", ar)[1], lang, sl
            )
            for ar in draw(rng, areas, aw, len(op))
        ]
        ua = owner_ua if chance(rng, keep_ua) else sdk_ua(rng, 0.5)
        ctx.emit(
            rng,
            a,
            op,
            prompts,
            models=ctx.models(rng, op, 0.85),
            ips=sticky(rng, op, pool, float(rng.uniform(30, 90)) * MINUTE),
            ua=ua,
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "aged_account_takeover",
                "accounts": n,
                "operator_tz": op_tz,
                "sessions_per_day": per_day,
                "session_size": size,
                "ip_source": "residential_proxies_owner_region",
                "keep_owner_ua": keep_ua,
                "areas": areas,
                "hard": True,
            }
        ),
    )


def shadow_defence(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. A low-and-slow crowd: dozens of person-like accounts, each a few sessions a day from a
    home-like address, covering a shared curriculum between them."""
    fam = "shadow_defence"
    n = irange(rng, 40, 90)
    tzs = [int(x) for x in rng.choice(TZS, size=irange(rng, 2, 4), replace=False)]
    areas, aw = mix(rng, texts.AREAS, 3, 5)
    p_mobile = float(rng.uniform(0.0, 0.3))
    evening = float(rng.uniform(0.3, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        mob = chance(rng, p_mobile)
        ips = (
            mobile_v6(
                rng,
                irange(rng, 2, 5),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
            if mob
            else home(rng, irange(rng, 1, 2), tz)
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, MOBILE) if mob else person_ua(rng),
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        start = ctx.t0 + float(rng.uniform(0.5, 5.5)) * DAY
        curve = evening_person(tz) if chance(rng, evening) else workday(tz, weekend=0.4, night=0.05)
        ts = concat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(0.6, 2.0)),
                curve,
                float(rng.uniform(2, 6)),
                float(rng.uniform(60, 240)),
            )
        )
        lang = tz_lang(rng, tz)
        sl = float(rng.uniform(0.3, 0.9))
        prompts = []
        for ar in draw(rng, areas, aw, len(ts)):
            if chance(rng, 0.15):
                prompts.append(
                    texts.dialogue_turn(
                        rng, lang if lang in texts.DIALOGUE_FOLLOW else "en", 1, None
                    )
                )
            else:
                prompts.append(texts.humanize(rng, texts.problem(rng, lang, ar)[1], lang, sl))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.6, 0.85))),
            comp_median=float(rng.uniform(500, 800)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "low_slow_crowd",
                "accounts": n,
                "tzs": tzs,
                "mobile_share": p_mobile,
                "evening_share": evening,
                "payment": "gift_card_per_account",
                "areas": areas,
                "hard": True,
            }
        ),
    )


def fallaway_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Public prompt replay: ordinary human prompts from a public conversation dump, sent
    verbatim from an office line during working hours, to collect the new model's answers."""
    fam = "fallaway_shot"
    n = irange(rng, 4, 10)
    tz = pick(rng, (-8, -5, 0, 1, 2))
    office = home(rng, irange(rng, 2, 3), tz)
    box = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "hetzner", "ovh")))
    n_orgs = 1 if chance(rng, 0.6) else 2
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    p_box = float(rng.uniform(0.0, 0.5))
    accts = []
    for i in range(n):
        o, p = orgs[i % n_orgs]
        ips = box if chance(rng, p_box) else office
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replayer",
                campaign_id=cid,
                org=o,
                pay=p,
                ua=sdk_ua(rng, 0.7),
                ips=ips,
                tz=tz,
            )
        )
    day_h = float(rng.uniform(40, 110))
    curve = workday(
        tz, start=float(rng.uniform(8, 10)), end=float(rng.uniform(17.5, 20)), weekend=0.05
    )
    pre = worker_pool(rng, ctx.t0, ctx.release, day_h * 0.25 * 0.4, n, curve)
    post = worker_pool(rng, ctx.release, ctx.t1, day_h * 0.4, n, curve)
    night = (
        worker_pool(
            rng, ctx.release, ctx.t1, float(rng.uniform(15, 40)) * 0.4, n, nightly(21, 9, tz)
        )
        if chance(rng, 0.5)
        else [np.empty(0)] * n
    )
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    for a, x, y, z in zip(accts, pre, post, night, strict=True):
        ts = concat([x, y, z])
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.06):
                prompts.append(
                    pick(rng, ("continue", "Continue.", "go on", "please continue", "keep going"))
                )
            else:
                prompts.append(ctx.chat[order[pos % len(order)]])
                pos += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ramp_models(ctx, rng, ts, 0.8, 0.8, 1.0),
            comp_median=float(rng.uniform(450, 650)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "public_prompt_replay",
                "keys": n,
                "orgs": n_orgs,
                "tz": tz,
                "ip_source": "office_broadband+cloud_box",
                "cloud_key_share": p_box,
                "per_hour_office": day_h,
                "night_runs": any(len(v) for v in night),
                "replayed": pos,
                "hard": True,
            }
        ),
    )


def double_dribble(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Code translation / curriculum sweep: a grid walked in order, slow and steady, from VPSs."""
    fam = "double_dribble"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    host = pick(rng, VPS_HOSTS)
    ua = sdk_ua(rng, 0.3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, 1, host),
        )
        for _ in range(n)
    ]
    langs, lw = mix(rng, ("en", "zh", "ru"), 1, 3, first=float(rng.uniform(0.5, 0.9)))
    tgts = [str(x) for x in rng.choice(texts.PLANGS[1:], size=irange(rng, 3, 6), replace=False)]
    styles = [int(x) for x in rng.choice(5, size=irange(rng, 2, 5), replace=False)]
    # the sweep: every snippet shape x target language x template x difficulty, walked in order
    grid = [
        (sh, t, st, d)
        for sh in range(texts.N_SHAPES)
        for t in tgts
        for st in styles
        for d in range(1, 6)
    ]
    rate = float(rng.uniform(3, 10))
    pivot = ctx.release + float(rng.uniform(0, 4)) * HOUR
    k = 0
    for i, a in enumerate(accts):
        start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        prompts = []
        for j in range(len(ts)):
            sh, t, st, d = grid[(i + j * n) % len(grid)]
            lang = draw(rng, langs, lw, 1)[0]
            body = (
                texts.code_task(rng, lang)
                if st == 4
                else texts.code_translation(rng, "Python", t, lang, st, sh)
            )
            prompts.append(f"{body}\n(difficulty {d}/5)")
            k += 1
        models = [
            ctx.new_model if (t >= pivot and u < 0.97) else ctx.old_models[0]
            for t, u in zip(ts.tolist(), rng.random(len(ts)).tolist(), strict=True)
        ]
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=float(rng.uniform(600, 900)))
    ctx.campaign(
        cid,
        fam,
        accts,
        py(
            {
                "operation": "code_translation_sweep",
                "keys": n,
                "host": host,
                "pacing": "steady_poisson",
                "per_hour_per_key": rate,
                "grid_size": len(grid),
                "source": "Python",
                "targets": tgts,
                "languages": langs,
                "pivot_ts": pivot,
                "requests": k,
            }
        ),
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "circle_runner": circle_runner,
    "double_dribble": double_dribble,
    "empty_goal": empty_goal,
    "fallaway_shot": fallaway_shot,
    "fast_break": fast_break,
    "jump_throw": jump_throw,
    "kempa_trick": kempa_trick,
    "passive_play": passive_play,
    "seven_metre_throw": seven_metre_throw,
    "shadow_defence": shadow_defence,
    "spin_shot": spin_shot,
    "throw_off": throw_off,
}

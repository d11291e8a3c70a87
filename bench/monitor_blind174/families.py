"""Campaign families of blind batch 174 (code names: toboggan racing).

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, emits
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Every choice (key
counts, orgs, cards, pacing, addresses, user agents, languages, styles, models) is drawn from the
family's own generator, so each seed gives a different operator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind174 import texts as tx

Rng = np.random.Generator


# --------------------------------------------------------------------------------------------
# small helpers


def _langs(
    rng: Rng, main: str, others: tuple[str, ...], k_lo: int, k_hi: int, p_main: tuple[float, float]
):
    """A campaign's language mix: `main` with share p_main plus k other languages."""
    k = irange(rng, k_lo, min(k_hi, len(others)))
    extra = [str(x) for x in rng.choice(others, k, replace=False)] if k else []
    share = float(rng.uniform(*p_main))
    langs = [main, *extra]
    w = np.array([share] + ([(1 - share) / k] * k if k else []))
    return langs, (w / w.sum()).tolist()


def _draw(rng: Rng, items: list[str], probs: list[float], n: int) -> list[str]:
    idx = rng.choice(len(items), size=n, p=probs)
    return [items[i] for i in idx.tolist()]


def _with_pauses(
    rng: Rng,
    a: float,
    b: float,
    n_pauses: int,
    lo_h: float,
    hi_h: float,
    base: bb.Curve = bb.constant,
) -> tuple[bb.Curve, list[list[float]]]:
    """`base` with a few dead windows (operator's restarts, quota trouble, a weekend off)."""
    gaps = []
    for _ in range(n_pauses):
        s = float(rng.uniform(a, b))
        gaps.append([s, s + float(rng.uniform(lo_h, hi_h)) * HOUR])

    def f(ts: np.ndarray) -> np.ndarray:
        w = base(ts).astype(np.float64)
        for s, e in gaps:
            w = np.where((ts >= s) & (ts < e), 0.0, w)
        return w

    return f, gaps


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _emit_sorted(
    ctx: Ctx, rng: Rng, acct: bb.Acct, ts: list[float], prompts: list[str], models: list[str], **kw
) -> int:
    if not ts:
        return 0
    order = np.argsort(np.asarray(ts), kind="stable")
    ts_s = np.asarray(ts)[order]
    pr = [prompts[i] for i in order.tolist()]
    md = [models[i] for i in order.tolist()]
    for key in ("ips", "comp_median", "extra", "ua"):
        v = kw.get(key)
        if isinstance(v, list):
            kw[key] = [v[i] for i in order.tolist()]
    if isinstance(kw.get("comp_median"), list):
        kw["comp_median"] = np.asarray(kw["comp_median"], dtype=np.float64)
    if isinstance(kw.get("extra"), list):
        kw["extra"] = np.asarray(kw["extra"], dtype=np.int64)
    return ctx.emit(rng, acct, ts_s, pr, models=md, **kw)


_MOBILE_KIND = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}
_TZ_LANGS = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("id", "en"),
    9: ("ja",),
}


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion


def hairpin_bend(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hairpin_bend"
    n = irange(rng, 5, 14)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card_mode = pick(rng, ("one_prepaid", "per_org"))
    cards = [hexid(rng, "pay")] if card_mode == "one_prepaid" else [hexid(rng, "pay") for _ in orgs]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = bb.sdk_ua(rng, 0.6)
    langs, probs = _langs(rng, "en", ("zh", "es", "ru", "de", "pt", "ja"), 1, 4, (0.35, 0.8))
    styles = [str(x) for x in rng.choice(tx.REASON_STYLES, irange(rng, 2, 3), replace=False)]
    start = ctx.release - float(rng.uniform(0.2, 1.8)) * DAY
    per_hour = float(rng.uniform(30, 80))
    curve, gaps = _with_pauses(rng, start, ctx.t1, irange(rng, 0, 3), 1.0, 9.0)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[(i % n_orgs) % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    for acct, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve), strict=True):
        ln = _draw(rng, langs, probs, len(ts))
        prompts = [tx.reasoning_prompt(rng, pick(rng, styles), lang) for lang in ln]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1200.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": n_orgs,
            "payment": card_mode,
            "ip_source": f"rented {prov} block",
            "user_agent": ua,
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "pauses": len(gaps),
            "languages": langs,
            "styles": styles,
            "start": start,
            "models": "old flagship before release, new model after",
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading


def timing_gate(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "timing_gate"
    n = irange(rng, 3, 8)
    prov = pick(rng, ("aws", "gcp", "azure"))
    block = bb.rented_block(rng, prov, 1, irange(rng, 4, 10))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    langs, probs = _langs(rng, "en", ("es", "de", "fr", "zh"), 1, 2, (0.6, 0.9))
    styles = [str(x) for x in rng.choice(tx.JUDGE_STYLES, irange(rng, 2, 4), replace=False)]
    start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    accts, ends = [], []
    for _ in range(n):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader",
                campaign_id=cid,
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 2)),
            )
        )
        # stolen cards: some keys are cut off when the card is reported
        ends.append(float(rng.uniform(start + DAY, ctx.t1)) if chance(rng, 0.5) else ctx.t1)
    per_day = float(rng.uniform(8, 20))
    starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
    size, gap = float(rng.uniform(30, 90)), float(rng.uniform(0.7, 2.0))
    per_acct: list[list[np.ndarray]] = [[] for _ in range(n)]
    for s, burst in zip(
        starts.tolist(), bb.bursts(rng, starts, size, gap, 0.5, ctx.t1), strict=True
    ):
        alive = [i for i in range(n) if ends[i] > s]
        if alive:
            per_acct[pick(rng, alive)].append(burst)
    for acct, parts in zip(accts, per_acct, strict=True):
        ts = np.sort(_cat(parts))
        ln = _draw(rng, langs, probs, len(ts))
        prompts = [
            tx.judge_prompt(rng, pick(rng, styles), lang, ctx.chat, ctx.passages) for lang in ln
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=180.0,
            comp_sigma=0.7,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n,
            "orgs": "one per key",
            "payment": "one stolen card per key, about half cut off mid-window",
            "ip_source": f"{prov} hosts",
            "user_agent": ua,
            "pacing": "script bursts",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# censorship-safe / policy rewrites


def wax_sole(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "wax_sole"
    n = irange(rng, 4, 10)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(2)]
    vpn = []
    for prov in rng.choice(
        ["m247", "leaseweb", "ovh", "vultr", "linode"], irange(rng, 2, 3), replace=False
    ).tolist():
        vpn += bb.cloud(rng, irange(rng, 5, 12), str(prov))
    hold = float(rng.uniform(20, 60)) * MINUTE
    ua = pick(rng, ("OpenAI/Python 1.58.1", tx.BG_SDK_UAS[0], "python-requests/2.32.3"))
    langs, probs = _langs(rng, "zh", ("en", "ru", "ar"), 1, 3, (0.4, 0.7))
    styles = [str(x) for x in rng.choice(tx.REWRITE_STYLES, irange(rng, 2, 4), replace=False)]
    start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
    op_tz = pick(rng, (8, 8, 3))
    night_start, hours = float(rng.uniform(20.5, 23.5)), float(rng.uniform(6.0, 9.0))
    curve = bb.nightly(night_start, hours, op_tz)
    rate = float(rng.uniform(8, 20))
    accts = []
    for i in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % 2],
            ua=ua,
            ips=vpn,
        )
        accts.append(acct)
        ts = bb.thinned(rng, start, ctx.t1, rate * hours * (ctx.t1 - start) / DAY, curve)
        ln = _draw(rng, langs, probs, len(ts))
        prompts = [
            tx.rewrite_prompt(rng, pick(rng, styles), lang, ctx.chat, ctx.passages) for lang in ln
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, vpn, hold),
            comp_median=520.0,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n,
            "orgs": len(orgs),
            "payment": "two prepaid cards",
            "ip_source": "commercial VPN exits in hosting ranges (sticky, shared by all keys)",
            "vpn_exits": len(vpn),
            "user_agent": ua,
            "pacing": f"nightly {hours:.1f} h from {night_start:.1f} local (UTC{op_tz:+d})",
            "per_active_hour": round(rate, 1),
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use transcripts


def steering_cord(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "steering_cord"
    n = irange(rng, 6, 12)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    egress = bb.cloud(rng, irange(rng, 2, 5), prov)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", tx.BG_SDK_UAS[2]))
    domains = [str(x) for x in rng.choice(list(tx.AGENT_DOMAINS), irange(rng, 3, 5), replace=False)]
    styles = [str(x) for x in rng.choice(tx.AGENT_STYLES, irange(rng, 1, 2), replace=False)]
    start = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    per_hour = float(rng.uniform(8, 20))
    step_gap = float(rng.uniform(3.0, 12.0))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        for _ in range(n)
    ]
    for acct, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts: list[float] = []
        prompts: list[str] = []
        for s in starts.tolist():
            k = irange(rng, 3, 9)
            steps = tx.agent_trajectory(rng, pick(rng, domains), pick(rng, styles), k)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))]
            )
            ts += t.tolist()
            prompts += steps
        _emit_sorted(
            ctx,
            rng,
            acct,
            ts,
            prompts,
            ctx.models(rng, np.asarray(ts), p_new=0.95),
            comp_median=150.0,
            comp_sigma=0.8,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "keys": n,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"{prov} NAT egress ({len(egress)} addresses)",
            "user_agent": ua,
            "pacing": "poisson trajectory starts, steps seconds apart",
            "trajectories_per_hour": round(per_hour, 1),
            "domains": domains,
            "styles": styles,
            "languages": ["en"],
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic-dataset generation


def push_start(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "push_start"
    n = irange(rng, 2, 4)
    org = hexid(rng, "org")
    shared_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    prov = pick(rng, ("aws", "azure", "alibaba", "tencent", "huawei"))
    ua = pick(rng, ("python-requests/2.32.3", "curl/8.5.0", "OpenAI/Python 1.63.2"))
    langs, probs = _langs(
        rng, "en", ("es", "de", "fr", "pt", "zh", "ja", "id", "ko"), 2, 4, (0.35, 0.65)
    )
    styles = [str(x) for x in rng.choice(tx.SYNTH_STYLES, irange(rng, 3, 5), replace=False)]
    start = ctx.t0 + float(rng.uniform(0.0, 1.0)) * DAY
    per_day, size = float(rng.uniform(6, 14)), float(rng.uniform(15, 35))
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card if shared_card else None,
            ua=ua,
            ips=bb.cloud(rng, 1, prov),
        )
        accts.append(acct)
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        ts = np.sort(_cat(bb.bursts(rng, starts, size, 0.4, 0.4, ctx.t1)))
        ln = _draw(rng, langs, probs, len(ts))
        prompts = [tx.synth_prompt(rng, pick(rng, styles), lang, ctx.chat) for lang in ln]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            comp_median=1500.0,
            comp_sigma=0.35,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "keys": n,
            "orgs": 1,
            "payment": "one card" if shared_card else "one card per key",
            "ip_source": f"one {prov} VM per key",
            "user_agent": ua,
            "pacing": "script bursts around the clock",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling


def banked_curve(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "banked_curve"
    n = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    hosts = bb.cloud(rng, irange(rng, 3, 6), pick(rng, ("gcp", "aws", "oracle")))
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    tag = chance(rng, 0.3)
    n_lo, n_hi = pick(rng, ((4, 8), (6, 12), (8, 16)))
    start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    per_hour = float(rng.uniform(6, 16))
    mix = rng.dirichlet([3.0, 2.0, 1.5]).tolist()
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=picks(rng, hosts, 2),
        )
        for i in range(n)
    ]
    for acct, jobs in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts: list[float] = []
        prompts: list[str] = []
        for s in jobs.tolist():
            r = rng.random()
            if r < mix[0]:
                base = tx.clip(rng, pick(rng, ctx.chat), 10, 1500)
                k = irange(rng, n_lo, n_hi)
            elif r < mix[0] + mix[1]:
                base = tx.instruction_prompt(rng)
                k = irange(rng, n_lo, n_hi)
            else:
                base = tx.soft_label_prompt(rng)
                k = irange(rng, 2, 4)
            t = s + np.cumsum(rng.lognormal(np.log(0.25), 0.7, size=k))
            ts += t.tolist()
            prompts += [f"{base}\n\n[sample {j + 1}/{k}]" if tag else base for j in range(k)]
        _emit_sorted(
            ctx,
            rng,
            acct,
            ts,
            prompts,
            ctx.models(rng, np.asarray(ts), p_new=0.99),
            comp_median=450.0,
            comp_sigma=0.6,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": "cloud hosts",
            "user_agent": ua,
            "pacing": "poisson jobs, each fired n times at once",
            "jobs_per_hour": round(per_hour, 1),
            "samples_per_prompt": [n_lo, n_hi],
            "sample_tag": tag,
            "prompt_mix": [round(x, 2) for x in mix],
            "languages": ["en"],
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# curriculum sweep (slow and steady)


def toboggan_chute(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "toboggan_chute"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-3, 5, 8, 1))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", tx.BG_SDK_UAS[0]))
    local = {-3: "pt", 5: "hi", 8: pick(rng, ("id", "vi")), 1: "es"}[tz]
    p_local = float(rng.uniform(0.3, 0.7))
    subjects = [str(x) for x in rng.choice(list(tx.CURRICULUM), irange(rng, 3, 5), replace=False)]
    levels = pick(rng, (5, 8, 10))
    style = pick(rng, tx.CURRICULUM_STYLES)
    start = ctx.t0 + float(rng.uniform(0.0, 1.0)) * DAY
    rate = float(rng.uniform(2.0, 5.0))
    accts = []
    grid = [
        (s, lv, u, c)
        for s in subjects
        for lv in range(1, levels + 1)
        for u, c in enumerate(tx.CURRICULUM[s], start=1)
    ]
    for i in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=[office[i % len(office)]],
            tz=tz,
        )
        accts.append(acct)
        ts = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant)
        mine = grid[i::n]
        prompts = []
        for j in range(len(ts)):
            s, lv, u, c = mine[j % len(mine)]
            lang = local if chance(rng, p_local) else "en"
            prompts.append(tx.curriculum_prompt(rng, style, lang, s, c, lv, levels, u))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1300.0,
            comp_sigma=0.4,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": f"office broadband (UTC{tz:+d})",
            "user_agent": ua,
            "pacing": "slow steady poisson, 24/7",
            "per_hour_per_key": round(rate, 2),
            "subjects": subjects,
            "levels": levels,
            "style": style,
            "languages": ["en", local],
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# code harvest


def pull_rope(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pull_rope"
    n = irange(rng, 4, 8)
    n_orgs = irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    block = bb.rented_block(rng, pick(rng, ("contabo", "hetzner", "ovh")), 2, irange(rng, 2, 4))
    uas = [
        pick(rng, ("litellm/1.60.2", "OpenAI/Python 1.58.1", tx.BG_SDK_UAS[0]))
        for _ in range(n_orgs)
    ]
    langs, probs = _langs(rng, "en", ("zh", "ru"), 0, 2, (0.7, 0.9))
    styles = [str(x) for x in rng.choice(tx.CODE_STYLES, irange(rng, 3, 5), replace=False)]
    start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    per_hour = float(rng.uniform(25, 60))
    peak = float(rng.uniform(0, 24))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=uas[i % n_orgs],
            ips=picks(rng, block, 2),
        )
        for i in range(n)
    ]
    for acct, ts in zip(
        accts,
        bb.worker_pool(rng, start, ctx.t1, per_hour, n, bb.global_load(peak, 0.5)),
        strict=True,
    ):
        ln = _draw(rng, langs, probs, len(ts))
        prompts = [tx.code_prompt(rng, pick(rng, styles), lang) for lang in ln]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest",
            "keys": n,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": "rented hosting block",
            "user_agent": uas,
            "pacing": "poisson pool shaped like a global load",
            "per_hour": round(per_hour, 1),
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden in a real product's traffic


def kneeling_rider(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kneeling_rider"
    n = irange(rng, 1, 2)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = tx.BG_SDK_UAS[1]
    curve = bb.global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.5, 0.7)))
    prod_rate = float(rng.uniform(15, 35))
    harvest_share = float(rng.uniform(0.35, 0.7))
    h_start = ctx.release + float(rng.uniform(0.1, 1.0)) * DAY
    langs, probs = _langs(rng, "en", ("es", "de", "fr", "ja"), 1, 2, (0.6, 0.85))
    topics = [str(x) for x in rng.permutation(tx.TOPICS).tolist()]
    sweep = [(t, a) for t in topics for a in tx.ANGLES]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n)
    ]
    k = 0
    for acct in accts:
        tp = bb.thinned(rng, ctx.t0, ctx.t1, prod_rate / n * (ctx.t1 - ctx.t0) / HOUR, curve)
        th = bb.thinned(
            rng, h_start, ctx.t1, harvest_share * prod_rate / n * (ctx.t1 - h_start) / HOUR, curve
        )
        ts = tp.tolist() + th.tolist()
        prompts = [tx.product_prompt(rng, ctx.chat) for _ in range(len(tp))]
        for lang in _draw(rng, langs, probs, len(th)):
            t, a = sweep[k % len(sweep)]
            k += 1
            prompts.append(tx.blog_harvest_prompt(rng, lang, t, a))
        models = ctx.models(rng, tp, p_new=0.5, p_mini=0.25) + ctx.models(
            rng, th, p_new=0.97, p_mini=0.0
        )
        comp = [250.0] * len(tp) + [1400.0] * len(th)
        _emit_sorted(
            ctx, rng, acct, ts, prompts, models, comp_median=comp, comp_sigma=0.6, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest interleaved with a real writing product's traffic",
            "keys": n,
            "orgs": 1,
            "payment": "the product's company card",
            "ip_source": "the product's aws NAT",
            "user_agent": ua,
            "pacing": "product's global load; harvest rides the same curve",
            "product_per_hour": round(prod_rate, 1),
            "harvest_share": round(harvest_share, 2),
            "harvest_start": h_start,
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought / compromised aged accounts pivoting to a translation harvest


def icy_straight(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "icy_straight"
    n = irange(rng, 10, 20)
    targets = [
        str(x)
        for x in rng.choice(
            ["zh", "ja", "ko", "ar", "tr", "pl", "vi", "id", "uk", "it"],
            irange(rng, 3, 5),
            replace=False,
        )
    ]
    p_translate = float(rng.uniform(0.6, 0.85))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, tx.BG_BROWSER_UAS) if chance(rng, 0.6) else pick(rng, tx.BG_SDK_UAS[:2])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        life = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        pivot = ctx.release + float(rng.uniform(0.2, 1.2)) * DAY
        pre = bb.session_times(rng, ctx.t0, pivot, float(rng.uniform(1.0, 3.0)), life, 3.0, 60.0)
        ts_pre = _cat(pre)
        prompts = [tx.clip(rng, pick(rng, ctx.chat), 5, 1500) for _ in range(len(ts_pre))]
        ctx.emit(
            rng,
            acct,
            ts_pre,
            prompts,
            models=ctx.models(rng, ts_pre, p_new=0.3, p_mini=0.2),
            comp_median=320.0,
            err=0.01,
        )
        proxy = bb.home(rng, irange(rng, 15, 30), tz)
        post = bb.session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(6, 14)),
            bb.evening_person(tz, 3.5),
            float(rng.uniform(8, 14)),
            float(rng.uniform(25, 70)),
        )
        ts_post = _cat(post)
        prompts = [
            tx.translation_prompt(rng, pick(rng, targets), ctx.passages)
            if chance(rng, p_translate)
            else tx.clip(rng, pick(rng, ctx.chat), 5, 1500)
            for _ in range(len(ts_post))
        ]
        ctx.emit(
            rng,
            acct,
            ts_post,
            prompts,
            models=ctx.models(rng, ts_post, p_new=0.95, p_mini=0.0),
            ips=bb.sticky(rng, ts_post, proxy, float(rng.uniform(30, 90)) * MINUTE),
            comp_median=700.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged accounts pivot to translation harvest of the new model",
            "keys": n,
            "orgs": "one per account (bought accounts)",
            "payment": "each account's own original card",
            "ip_source": "own home ISP before the pivot, same-region residential proxies after",
            "user_agent": "each account's original",
            "pacing": "human sessions before, denser scripted sessions after",
            "targets": targets,
            "p_translate": round(p_translate, 2),
            "languages": ["en", *targets],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: public prompt replay through a person-like crowd


_TZ_OF_REGION = {
    "us": (-8, -5),
    "ca": (-5,),
    "latam": (-3,),
    "eu": (0, 1, 2),
    "in": (5,),
    "sea": (8,),
    "jp_kr": (9,),
}


def finish_flag(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "finish_flag"
    n = irange(rng, 25, 45)
    regions = [str(x) for x in rng.choice(list(_TZ_OF_REGION), irange(rng, 2, 5), replace=False)]
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    pair_card = None
    for _ in range(n):
        region = pick(rng, regions)
        tz = pick(rng, _TZ_OF_REGION[region])
        if pair_card is not None:
            pay, pair_card = pair_card, None
        else:
            pay = hexid(rng, "pay")
            pair_card = pay if chance(rng, 0.3) else None
        ua = pick(rng, tx.BG_BROWSER_UAS) if chance(rng, 0.6) else pick(rng, tx.BG_SDK_UAS[:2])
        pool = bb.resi(rng, irange(rng, 2, 4), region)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(-0.3, 1.5)) * DAY
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(3, 8)),
            bb.evening_person(tz),
            float(rng.uniform(3, 9)),
            float(rng.uniform(40, 180)),
        )
        ts_parts, ip_parts = [], []
        for s in sess:
            ts_parts.append(s)
            ip_parts += [pick(rng, pool)] * len(s)
        ts = _cat(ts_parts)
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[order[cursor % len(order)]])
            cursor += 1
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            ips=ip_parts,
            comp_median=450.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt-set replay (ShareGPT) to collect new-model answers",
            "keys": n,
            "orgs": "one per account",
            "payment": "virtual cards, some shared by two accounts",
            "ip_source": "residential proxies, a few addresses per account, one per session",
            "regions": regions,
            "user_agent": "background's own browser and SDK strings",
            "pacing": "human-like evening sessions",
            "languages": ["as in the public set"],
            "prompts_used": cursor,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: low-and-slow multi-turn dialogue harvest from a phone/residential crowd


def sled_runner(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sled_runner"
    n = irange(rng, 18, 35)
    tzs = [
        int(x) for x in rng.choice([-8, -5, -3, 0, 1, 2, 5, 8, 9], irange(rng, 2, 4), replace=False)
    ]
    group = irange(rng, 3, 5)
    cards = [hexid(rng, "pay") for _ in range((n + group - 1) // group)]
    accts = []
    for i in range(n):
        tz = pick(rng, tzs)
        lang = pick(rng, _TZ_LANGS[tz])
        mobile = tz in _MOBILE_KIND and chance(rng, 0.6)
        ua = (
            pick(rng, (*bb.MOBILE[:3], tx.BG_IPHONE_UA)) if mobile else pick(rng, tx.BG_BROWSER_UAS)
        )
        home_ip = bb.home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="chatter",
            campaign_id=cid,
            pay=cards[i // group],
            ua=ua,
            ips=home_ip,
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.evening_person(tz),
            float(rng.uniform(7, 12)),
            float(rng.uniform(25, 90)),
        )
        ts_l: list[float] = []
        prompts, ips, extra = [], [], []
        for s in sess:
            ip = (
                bb.mobile_v6(rng, 1, _MOBILE_KIND[tz])[0]
                if mobile and chance(rng, 0.75)
                else home_ip[0]
            )
            hist = 0
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                prompts.append(
                    tx.dialogue_opener(rng, lang) if j == 0 else tx.dialogue_followup(rng, lang)
                )
                ips.append(ip)
                extra.append(hist)
                hist += irange(rng, 250, 600)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=ips,
            extra=np.asarray(extra, dtype=np.int64),
            comp_median=380.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn persona dialogue harvest",
            "keys": n,
            "orgs": "one per account",
            "payment": f"prepaid cards, one per {group} accounts",
            "tzs": tzs,
            "ip_source": "carrier IPv6 per session for phone accounts, home ISP otherwise",
            "user_agent": "phone and browser strings",
            "pacing": "evening chat sessions, tens of seconds per turn",
            "languages": sorted({lang for tz in tzs for lang in _TZ_LANGS[tz]}),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "hairpin_bend": hairpin_bend,
    "timing_gate": timing_gate,
    "wax_sole": wax_sole,
    "steering_cord": steering_cord,
    "push_start": push_start,
    "banked_curve": banked_curve,
    "toboggan_chute": toboggan_chute,
    "pull_rope": pull_rope,
    "kneeling_rider": kneeling_rider,
    "icy_straight": icy_straight,
    "finish_flag": finish_flag,
    "sled_runner": sled_runner,
}

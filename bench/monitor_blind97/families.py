"""Campaign families of batch 97 (code names: scuba diving terms).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng`, creates its
accounts through `ctx.account(...)`, records the campaign with `ctx.campaign(...)` and writes
events with `ctx.emit(...)`. Events outside the background's window are clipped by the assembler.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, TZS, Ctx, chance, irange, pick
from bench.monitor_blind97 import texts as tx

__all__ = ["CAMPAIGN_FAMILIES"]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _langs(rng: np.random.Generator, pool: tuple[str, ...], k_max: int) -> list[str]:
    k = irange(rng, 1, min(k_max, len(pool)))
    return [str(x) for x in rng.choice(pool, size=k, replace=False)]


def _cards(rng: np.random.Generator, n: int) -> list[str]:
    return [bb.hexid(rng, "pay") for _ in range(n)]


# --------------------------------------------------------------------------------------------


def decompression(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion against the new model from a rented hosting block."""
    fam = "decompression"
    n_keys = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "vultr", "digitalocean", "contabo"))
    pool = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    cards = _cards(rng, irange(rng, 1, 2))
    langs = ["en"] + _langs(rng, ("zh", "ru", "es"), 2) if chance(rng, 0.7) else ["en"]
    ua = bb.sdk_ua(rng, 0.6)
    org = bb.hexid(rng, "org")
    accts = []
    for i in range(n_keys):
        ips = [
            pool[j]
            for j in rng.choice(len(pool), size=min(len(pool), irange(rng, 1, 3)), replace=False)
        ]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                pay=cards[i % len(cards)],
                ua=ua if chance(rng, 0.8) else bb.sdk_ua(rng),
                ips=ips,
            )
        )
    per_hour = float(rng.uniform(30, 65))
    start = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    curve = bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    probe = bb.worker_pool(rng, ctx.t0 + 2 * DAY, ctx.release, per_hour * 0.08, n_keys)
    total = 0
    for a, s, p in zip(accts, streams, probe, strict=True):
        ts = _cat([s, p])
        style = int(rng.integers(4))
        lang = [pick(rng, langs) for _ in range(len(ts))]
        prompts = [tx.trace_coercion(rng, style, lg) for lg in lang]
        total += ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} shared card(s)",
            "user_agent": ua,
            "languages": langs,
            "styles": 4,
            "keys": n_keys,
        },
    )


def buddy_check(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest in scripted bursts through a VPN."""
    fam = "buddy_check"
    n_keys = irange(rng, 4, 8)
    vpn = bb.cloud(rng, irange(rng, 10, 24), pick(rng, ("m247", "leaseweb", "vultr")))
    cards = _cards(rng, irange(rng, 2, 3))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[int(rng.integers(len(cards)))],
            ua=bb.sdk_ua(rng, 0.3),
            ips=vpn,
        )
        for _ in range(n_keys)
    ]
    per_day = float(rng.uniform(2.5, 5))
    size = float(rng.uniform(30, 70))
    gap = float(rng.uniform(0.8, 3.0))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
        ts = _cat(bb.bursts(rng, starts, size, gap, b=ctx.t1))
        style = int(rng.integers(4))
        prompts = [
            tx.judge_harvest(
                rng,
                style,
                bb.pick(rng, ctx.chat),
                bb.pick(rng, ctx.passages),
                bb.pick(rng, ctx.passages),
            )
            for _ in range(len(ts))
        ]
        ips = bb.sticky(rng, ts, vpn, float(rng.uniform(5, 30)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=260.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric grading harvest",
            "pacing": "scripted bursts",
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "ip_source": "commercial VPN exits (hosting)",
            "payment": f"{len(cards)} cards",
            "languages": ["en"],
            "styles": 4,
            "keys": n_keys,
        },
    )


def safety_stop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant / censorship-safe rewrites through residential proxies, one card per key."""
    fam = "safety_stop"
    n_keys = irange(rng, 10, 20)
    pool = bb.resi(rng, irange(rng, 150, 400), pick(rng, ("*", "us", "eu", "latam", "sea")))
    langs = ["en"] + _langs(rng, ("de", "pt"), 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, bb.SDK_OTHER),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(20, 40))
    start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.global_load(14.0, 0.3))
    hold = float(rng.uniform(2, 15)) * MINUTE
    for a, ts in zip(accts, streams, strict=True):
        style = int(rng.integers(4))
        prompts = [
            tx.compliant_rewrite(
                rng, style, "en" if chance(rng, 0.6) else pick(rng, langs), pick(rng, ctx.passages)
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=520.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": "residential proxy (sticky)",
            "payment": "one card per key",
            "languages": langs,
            "styles": 4,
            "keys": n_keys,
        },
    )


def dive_computer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Tool-use / agent trajectory harvest: episodes of chained calls from cloud servers."""
    fam = "dive_computer"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp", "azure"))
    card = bb.hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(7, 13))
    start = ctx.t0 + float(rng.uniform(1.0, 2.0)) * DAY
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    steps_mean = float(rng.uniform(3, 7))
    for a, starts in zip(accts, streams, strict=True):
        style = int(rng.integers(3))
        episodes = bb.bursts(rng, starts, steps_mean, float(rng.uniform(2, 9)), 0.6, ctx.t1)
        ts = _cat(episodes)
        steps = [i for ep in episodes for i in range(len(ep))]
        order = np.argsort(
            np.concatenate([ep for ep in episodes if len(ep)]) if len(ts) else ts, kind="stable"
        )
        steps = [steps[i] for i in order.tolist()]
        prompts = [tx.agent_step(rng, style, s) for s in steps]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=380.0, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "pacing": "poisson episodes of chained calls",
            "episodes_per_hour": round(per_hour, 1),
            "ip_source": f"{provider} servers",
            "payment": "one shared card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": 3,
            "keys": n_keys,
        },
    )


def nitrox(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction-dataset generation in nightly jobs, long completions."""
    fam = "nitrox"
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("hetzner", "ovh", "scaleway"))
    tz = pick(rng, TZS)
    langs = ["en", pick(rng, ("zh", "ja"))]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    per_night = float(rng.uniform(140, 260))
    hours = float(rng.uniform(5, 8))
    curve = bb.nightly(float(rng.uniform(21, 24)) % 24, hours, tz)
    for a in accts:
        ts = bb.thinned(rng, ctx.t0, ctx.t1, per_night * 7 * (0.8 + 0.4 * rng.random()), curve)
        style = int(rng.integers(4))
        prompts = [
            tx.dataset_gen(rng, style, langs[0] if chance(rng, 0.75) else langs[1]) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=2400.0,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "nightly job",
            "per_night": round(per_night),
            "ip_source": f"{provider} server per key",
            "payment": "one card per key",
            "languages": langs,
            "styles": 4,
            "keys": n_keys,
        },
    )


def surface_interval(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted 'sessions' that grow a conversation turn by turn."""
    fam = "surface_interval"
    n_keys = irange(rng, 8, 16)
    region = pick(rng, ("us", "eu", "in", "sea", "latam"))
    pool = bb.resi(rng, irange(rng, 80, 200), region)
    cards = _cards(rng, irange(rng, 3, 4))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1")),
            ips=pool,
        )
        for i in range(n_keys)
    ]
    per_day = float(rng.uniform(9, 18))
    size = float(rng.uniform(4, 8))
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sessions = bb.session_times(
            rng, start, ctx.t1, per_day, bb.constant, size, float(rng.uniform(8, 30)), 0.5
        )
        style = int(rng.integers(3))
        ts_all, prompts, ips = [], [], []
        for s in sessions:
            ip = pick(rng, pool)
            hist: list[str] = []
            for t in s.tolist():
                hist.append(pick(rng, ctx.chat))
                prompts.append(tx.dialogue_harvest(rng, style, hist[-6:], ctx.passages))
                ts_all.append(t)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), ips=ips, comp_median=420.0
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted sessions",
            "sessions_per_day": round(per_day, 1),
            "ip_source": f"residential proxy ({region})",
            "payment": f"{len(cards)} cards",
            "languages": ["en"],
            "styles": 3,
            "keys": n_keys,
        },
    )


def trimix(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: every base prompt is sent n times within seconds."""
    fam = "trimix"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("azure", "oracle", "linode", "aws"))
    card = bb.hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=card,
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, 2, provider),
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(5, 9))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for a, base in zip(accts, streams, strict=True):
        style = int(rng.integers(3))
        ts_all, prompts = [], []
        for t in base.tolist():
            p = tx.soft_label(rng, style, pick(rng, ctx.chat))
            n = irange(rng, n_lo, n_hi)
            offs = (
                np.cumsum(rng.exponential(0.4, size=n))
                if chance(rng, 0.5)
                else rng.uniform(0, 1.5, size=n)
            )
            ts_all.extend((t + np.sort(offs)).tolist())
            prompts.extend([p] * n)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.95),
            comp_median=180.0,
            comp_sigma=0.9,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "poisson base prompts, n parallel samples",
            "n_range": [n_lo, n_hi],
            "ip_source": f"{provider} servers",
            "payment": "one shared card",
            "languages": ["en"],
            "styles": 3,
            "keys": n_keys,
        },
    )


def shot_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: each key walks its slice of a subject taxonomy in order, metronome-paced."""
    fam = "shot_line"
    n_keys = irange(rng, 5, 9)
    vpn_provider = pick(rng, ("m247", "leaseweb", "vultr", "linode"))
    subjects = list(tx.SUBJECTS)
    rng.shuffle(subjects)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.5),
            ips=bb.cloud(rng, 7, vpn_provider),
        )
        for _ in range(n_keys)
    ]
    interval = float(rng.uniform(45, 90))
    block_h = float(rng.uniform(1.5, 3.0))
    for k, a in enumerate(accts):
        subj = subjects[k % len(subjects)]
        nodes = [(subj, sub, lvl) for sub in tx.SUBJECTS[subj] for lvl in tx.LEVELS]
        style = int(rng.integers(3))
        ts_all, ips = [], []
        for d in range(7):
            s = ctx.t0 + d * DAY + float(rng.uniform(0, 20)) * HOUR
            n = int(block_h * HOUR / interval)
            t = s + np.cumsum(interval * (1 + 0.1 * rng.standard_normal(n)).clip(0.5))
            ts_all.extend(t.tolist())
            ips.extend([a.ips[d]] * n)
        prompts = [tx.taxonomy_item(*nodes[i % len(nodes)], i, style) for i in range(len(ts_all))]
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            ips=ips,
            comp_median=1500.0,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum / taxonomy sweep",
            "pacing": "metronome blocks daily",
            "interval_s": round(interval, 1),
            "block_hours": round(block_h, 2),
            "ip_source": f"{vpn_provider} VPN exit, new one each day",
            "payment": "one card per key",
            "languages": ["en"],
            "styles": 3,
            "keys": n_keys,
        },
    )


def drift_dive(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a real homework-helper app's backend whose operator slips a reasoning harvest into the
    same keys, wrapper and IPs as the genuine student traffic."""
    fam = "drift_dive"
    n_keys = irange(rng, 2, 3)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    ua = "Sprout/2.3 backend OpenAI/Python 1.58.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    user_tzs = [int(x) for x in rng.choice(TZS, size=3, replace=False)]
    curves = [bb.evening_person(tz) for tz in user_tzs]

    def students(ts: np.ndarray) -> np.ndarray:
        return np.clip(sum(c(ts) for c in curves) / len(curves), 0, 1)

    real_per_hour = float(rng.uniform(15, 30))
    hidden_share = float(rng.uniform(0.2, 0.4))
    for a in accts:
        real = bb.thinned(
            rng, ctx.t0, ctx.t1, real_per_hour / n_keys * (ctx.t1 - ctx.t0) / HOUR, students
        )
        n_hidden = hidden_share / (1 - hidden_share) * len(real[real >= ctx.release])
        hidden = bb.thinned(rng, ctx.release, ctx.t1, n_hidden, students)
        ts = _cat([real, hidden])
        is_h = np.isin(ts, hidden)
        prompts = [
            tx.app_hidden(rng) if h else tx.app_wrap(rng, pick(rng, ctx.chat))
            for h in is_h.tolist()
        ]
        comp = np.where(is_h, 900.0, 330.0)
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9), comp_median=comp)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a legitimate app's traffic",
            "pacing": "student evening curve (real and hidden alike)",
            "hidden_share_after_release": round(hidden_share, 2),
            "user_tzs": user_tzs,
            "ip_source": "the app's backend servers",
            "payment": "company card",
            "user_agent": ua,
            "languages": ["en"],
            "keys": n_keys,
        },
    )


def frog_kick(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: low-and-slow, human-looking accounts (home IPs, browsers, evening sessions, own cards)
    that each ask a few dozen hard, reasoning-heavy questions."""
    fam = "frog_kick"
    n = irange(rng, 25, 45)
    accts = []
    onboard = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
    total = 0
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="person",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = onboard + float(rng.uniform(0, 12)) * HOUR
        sessions = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.5, 1.4)),
            bb.evening_person(tz),
            float(rng.uniform(3, 6)),
            float(rng.uniform(60, 180)),
        )
        ts = _cat(sessions)
        style = int(rng.integers(4))
        prompts = [tx.human_hard(rng, style) for _ in ts]
        total += ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8), comp_median=800.0)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow human-looking harvest",
            "pacing": "human evening sessions",
            "ip_source": "home ISPs, matched to tz",
            "payment": "one card per account",
            "user_agent": "browsers / phones",
            "languages": ["en"],
            "styles": 4,
            "accounts": n,
        },
    )


def backroll(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: public prompt replay: ordinary ShareGPT prompts replayed in order to harvest the new
    model's answers; content is indistinguishable from ordinary users."""
    fam = "backroll"
    n_keys = irange(rng, 10, 20)
    provider = pick(rng, ("contabo", "ovh", "hetzner", "selectel"))
    pool = bb.rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 4, 8))
    cards = _cards(rng, 2)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[0] if chance(rng, 0.8) else cards[1],
            ua="python-httpx/0.28.1",
            ips=[pick(rng, pool)],
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(60, 95))
    start = ctx.release + float(rng.uniform(0.1, 3)) * HOUR
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    # a shared cursor through the public prompt list, handed to whichever worker is free
    allts = _cat(streams)
    offset = int(rng.integers(len(ctx.chat)))
    idx_of = {t: (offset + i) % len(ctx.chat) for i, t in enumerate(allts.tolist())}
    for a, ts in zip(accts, streams, strict=True):
        prompts = [ctx.chat[idx_of[t]] for t in ts.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            comp_median=400.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented {provider} block",
            "payment": "2 cards",
            "languages": ["en (as published)"],
            "keys": n_keys,
        },
    )


def giant_stride(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: compromised / bought accounts: genuine users' keys (with their own history, org and card)
    taken over around the release and used from residential proxies for harvest."""
    fam = "giant_stride"
    n = irange(rng, 12, 20)
    pool = bb.resi(rng, irange(rng, 60, 150), pick(rng, ("*", "eu", "us", "ru")))
    per_hour = float(rng.uniform(35, 55))
    takeover0 = ctx.release - float(rng.uniform(0, 1)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.4) else bb.sdk_ua(rng, 0.6)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="compromised",
                campaign_id=cid,
                ua=ua,
                ips=bb.home(rng, 1, tz),
                tz=tz,
            )
        )
    takeovers = takeover0 + rng.uniform(0, 1.5, size=n) * DAY
    streams = bb.worker_pool(rng, float(takeovers.min()), ctx.t1, per_hour, n)
    hold = float(rng.uniform(3, 20)) * MINUTE
    keep_ua = chance(rng, 0.5)
    for a, tko, s in zip(accts, takeovers.tolist(), streams, strict=True):
        before = _cat(
            bb.session_times(
                rng, ctx.t0, tko, float(rng.uniform(0.5, 2)), bb.evening_person(a.tz), 4.0, 90.0
            )
        )
        ctx.emit(
            rng, a, before, [pick(rng, ctx.chat) for _ in before], models=ctx.models(rng, before)
        )
        after = s[s >= tko]
        style = int(rng.integers(3))
        ctx.emit(
            rng,
            a,
            after,
            [tx.takeover_prompt(rng, style) for _ in after],
            models=ctx.models(rng, after, 0.95),
            ips=bb.sticky(rng, after, pool, hold),
            ua=a.ua if keep_ua else "python-requests/2.32.3",
            comp_median=900.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "compromised accounts used for harvest",
            "pacing": "victims' own sessions, then a shared worker pool",
            "per_hour_after": round(per_hour, 1),
            "ip_source": "victims' homes, then resi proxy",
            "payment": "the victims' cards",
            "attacker_keeps_ua": keep_ua,
            "languages": ["en"],
            "styles": 3,
            "accounts": n,
        },
    )


CAMPAIGN_FAMILIES = {
    "decompression": decompression,
    "buddy_check": buddy_check,
    "safety_stop": safety_stop,
    "dive_computer": dive_computer,
    "nitrox": nitrox,
    "surface_interval": surface_interval,
    "trimix": trimix,
    "shot_line": shot_line,
    "drift_dive": drift_dive,
    "frog_kick": frog_kick,
    "backroll": backroll,
    "giant_stride": giant_stride,
}

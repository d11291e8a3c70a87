"""Campaign families of batch 295 (code names from horseball).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every draw comes from the
family's own generator, in list order (never a set's order), so a seed gives the same batch in
every process. Four families (`hoop_shot`, `six_handles`, `shoulder_push`, `pick_up_strap`) are
built to look like legitimate use.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind295 import texts as tx

Rng = np.random.Generator


def _cards(rng: Rng, n_keys: int, mode: str) -> list[str]:
    """Payment fingerprints per key: one shared card, a few cards in rotation, or one per key."""
    if mode == "shared":
        card = bb.hexid(rng, "pay")
        return [card] * n_keys
    if mode == "few":
        pool = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
        return [pool[i % len(pool)] for i in range(n_keys)]
    return [bb.hexid(rng, "pay") for _ in range(n_keys)]


def _orgs(rng: Rng, n_keys: int, n_orgs: int) -> list[str]:
    pool = [bb.hexid(rng, "org") for _ in range(max(1, n_orgs))]
    return (
        [pool[i % len(pool)] for i in range(n_keys)]
        if n_orgs < n_keys
        else [bb.hexid(rng, "org") for _ in range(n_keys)]
    )


def _ticks(rng: Rng, a: float, b: float, period: float, jitter: float) -> np.ndarray:
    """A script with a sleep: roughly regular requests every `period` seconds."""
    if b <= a:
        return np.empty(0)
    n = int((b - a) / period) + 2
    gaps = period * rng.lognormal(0.0, jitter, size=n)
    ts = a + float(rng.uniform(0, period)) + np.cumsum(gaps)
    return ts[ts < b]


def _scale_after(rng: Rng, ts: np.ndarray, release: float, keep_before: float) -> np.ndarray:
    """Thin events before the release to a `keep_before` share (an operation that ramps up)."""
    keep = (ts >= release) | (rng.random(len(ts)) < keep_before)
    return ts[keep]


# ------------------------------------------------------------------------------------------------


def pique(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a Poisson worker pool of keys."""
    fam = "pique"
    n = irange(rng, 8, 22)
    card_mode = pick(rng, ("shared", "few", "per_key"))
    cards, orgs = _cards(rng, n, card_mode), _orgs(rng, n, irange(rng, 1, 3))
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    uas = [bb.sdk_ua(rng, 0.6) for _ in range(irange(rng, 1, 2))]
    accts = []
    for i in range(n):
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i],
                pay=cards[i],
                ua=pick(rng, uas),
                ips=ips,
            )
        )
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(35, 80))
    streams = bb.worker_pool(rng, a, ctx.t1, rate, n)
    for acct, ts in zip(accts, streams, strict=True):
        ts = _scale_after(rng, ts, ctx.release, 0.55)
        prompts = [tx.reasoning_harvest(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.03),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.04,
            extra=irange(rng, 0, 40),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "cards": card_mode,
            "provider": provider,
            "pacing": "poisson worker pool",
            "rate_per_hour": rate,
            "languages": ["en", "zh", "es", "de"],
            "hard": False,
        },
    )


def sangle(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / reward-model grading in scripted bursts, stolen cards, rotating residential proxies."""
    fam = "sangle"
    n = irange(rng, 6, 14)
    region = pick(rng, ("us", "eu", "latam"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    accts = []
    cursor = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    for _ in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burned_key",
            campaign_id=cid,
            ua=ua,
            ips=pool[:1],
        )
        accts.append(acct)
        life = float(rng.uniform(1.2, 3.5)) * DAY
        a = cursor + float(rng.uniform(-0.5, 0.5)) * DAY
        b = min(ctx.t1, a + life)
        cursor += float(rng.uniform(0.3, 0.8)) * DAY
        starts = bb.thinned(
            rng, max(a, ctx.t0), b, float(rng.uniform(3, 7)) * (b - a) / DAY, bb.constant
        )
        ts = np.concatenate(
            bb.bursts(rng, starts, float(rng.uniform(20, 60)), 3.5, 0.6, b) or [np.empty(0)]
        )
        prompts = [tx.judge_harvest(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=bb.sticky(rng, ts, pool, 600.0),
            comp_median=170.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / reward-model grading",
            "keys": n,
            "cards": "one stolen card per key",
            "ip_source": f"residential proxy ({region}), sticky 10 min",
            "pacing": "bursts, keys burned and replaced",
            "languages": ["en", "fr", "pt"],
            "hard": False,
        },
    )


def ballon(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Censorship-safe / policy rewrites, steady during the operator's office hours."""
    fam = "ballon"
    n = irange(rng, 4, 8)
    cards = _cards(rng, n, "few")
    org = bb.hexid(rng, "org")
    home_cloud = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("alibaba", "tencent", "huawei")))
    vpn = bb.cloud(rng, irange(rng, 4, 10), pick(rng, ("m247", "leaseweb")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
            ips=home_cloud + vpn,
        )
        for i in range(n)
    ]
    curve = bb.workday(8, start=8.0, end=23.0, weekend=0.5, night=0.25)
    a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    streams = bb.worker_pool(rng, a, ctx.t1, float(rng.uniform(18, 40)), n, curve)
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [tx.rewrite_harvest(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=650.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe policy rewrites",
            "keys": n,
            "cards": "few prepaid",
            "ip_source": "cn cloud + commercial VPN exits",
            "pacing": "office hours UTC+8",
            "languages": ["en", "zh", "ru"],
            "hard": False,
        },
    )


def three_passes(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcripts: episodes of chained steps from cloud workers."""
    fam = "three_passes"
    n = irange(rng, 5, 12)
    n_orgs = irange(rng, 1, 2)
    orgs = _orgs(rng, n, n_orgs)
    cards = _cards(rng, n, "shared" if n_orgs == 1 else "few")
    ips = bb.cloud(rng, irange(rng, 5, 15), pick(rng, ("aws", "gcp", "azure")))
    uas = ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2")
    accts = []
    for i in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_worker",
            campaign_id=cid,
            org=orgs[i],
            pay=cards[i],
            ua=pick(rng, uas),
            ips=[pick(rng, ips) for _ in range(2)],
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = bb.thinned(
            rng, a, ctx.t1, float(rng.uniform(0.5, 1.2)) * (ctx.t1 - a) / HOUR, bb.constant
        )
        ts = np.concatenate(
            bb.bursts(rng, starts, float(rng.uniform(4, 10)), 7.0, 0.5, ctx.t1) or [np.empty(0)]
        )
        ts = np.sort(ts)
        prompts = [tx.agent_harvest(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=450.0,
            err=0.02,
            extra=rng.integers(800, 4000, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n,
            "orgs": n_orgs,
            "ip_source": "one cloud provider",
            "pacing": "episodes of ~4-10 chained steps",
            "languages": ["en"],
            "hard": False,
        },
    )


def goal_hoop(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic dataset generation by nightly jobs on throw-away keys and VMs."""
    fam = "goal_hoop"
    n = irange(rng, 14, 26)
    cards = _cards(rng, n, "few")
    tz = pick(rng, (-5, 0, 1, 3))
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    curve = bb.nightly(float(rng.uniform(20, 23)), float(rng.uniform(5, 8)), tz)
    accts = []
    span = (ctx.t1 - ctx.t0) / n
    for i in range(n):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway_key",
            campaign_id=cid,
            pay=cards[i],
            ua=bb.sdk_ua(rng, 0.7),
            ips=bb.cloud(rng, 1, provider),
        )
        accts.append(acct)
        a = ctx.t0 + i * span - float(rng.uniform(0, 0.3)) * DAY
        b = min(ctx.t1, a + float(rng.uniform(1.0, 2.0)) * DAY)
        ts = bb.thinned(
            rng, max(a, ctx.t0), b, float(rng.uniform(15, 30)) * (b - a) / HOUR * 0.3, curve
        )
        if len(ts) == 0:
            ts = np.array([max(a, ctx.t0) + float(rng.uniform(0, HOUR))])
        prompts = [tx.dataset_harvest(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n,
            "cards": "few prepaid",
            "ip_source": f"one {provider} VM per key",
            "pacing": f"nightly, UTC{tz:+d}",
            "languages": ["en", "es", "ja", "id"],
            "hard": False,
        },
    )


def ramassage(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: ShareGPT openers driven through scripted follow-ups."""
    fam = "ramassage"
    n = irange(rng, 6, 12)
    pool = bb.resi(rng, irange(rng, 300, 800))
    accts = []
    for _ in range(n):
        ua = pick(rng, bb.BROWSERS)
        acct = ctx.account(
            rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua, ips=pool[:1]
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        starts = bb.thinned(
            rng, a, ctx.t1, float(rng.uniform(0.7, 1.6)) * (ctx.t1 - a) / HOUR, bb.constant
        )
        ts_all, prompts, extra, ips = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 8)
            lang = pick(rng, ("en", "en", "en", "es", "zh", "de", "fr"))
            ip = pick(rng, pool)
            t, hist = s, 0
            for j in range(k):
                ts_all.append(t)
                prompts.append(
                    tx.clip(pick(rng, ctx.chat), 1500) if j == 0 else tx.follow_up(rng, lang)
                )
                extra.append(hist)
                ips.append(ip)
                hist += irange(rng, 300, 700)
                t += float(rng.lognormal(np.log(14.0), 0.4))
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=[ips[i] for i in order.tolist()],
            comp_median=480.0,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64)[order],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "cards": "one per key",
            "ip_source": "residential proxy, one exit per conversation",
            "user_agent": "browser strings",
            "languages": ["en", "es", "zh", "de", "fr"],
            "hard": False,
        },
    )


def remise_en_jeu(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n and soft-label sampling: each item sent several times within seconds."""
    fam = "remise_en_jeu"
    n = irange(rng, 3, 6)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("vultr", "ovh", "scaleway")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="aiohttp/3.11.11",
            ips=ips,
        )
        for _ in range(n)
    ]
    a = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    streams = bb.worker_pool(rng, a, ctx.t1, float(rng.uniform(5, 10)), n)
    for acct, items in zip(accts, streams, strict=True):
        ts_all, prompts, comps = [], [], []
        for s in items.tolist():
            k = irange(rng, 3, 8)
            if chance(rng, 0.6):
                p, comp = tx.soft_label(rng, ctx.chat)
            else:
                p, comp = tx.clip(pick(rng, ctx.chat), 1500), 420.0
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
            comps.extend([comp] * k)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            acct,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], p_new=0.9),
            comp_median=np.asarray(comps)[order],
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n,
            "cards": "one shared",
            "ip_source": "a few hosting VMs",
            "pacing": "item stream, 3-8 repeats per item",
            "languages": ["en"],
            "hard": False,
        },
    )


def ride_off(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Curriculum sweep: subject x level grids walked in order by slow, regular scripts."""
    fam = "ride_off"
    n = irange(rng, 10, 18)
    cards = _cards(rng, n, "few")
    vpn = bb.cloud(rng, irange(rng, 20, 40), pick(rng, ("m247", "leaseweb", "selectel")))
    subjects = list(tx.CURRICULUM)
    accts = []
    for i in range(n):
        lang = pick(rng, ("en", "en", "en", "vi", "tr", "pt"))
        subject = subjects[i % len(subjects)]
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            pay=cards[i],
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=vpn[:1],
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        ts = _ticks(rng, a, ctx.t1, float(rng.uniform(15, 35)) * MINUTE, 0.2)
        frac = (ts - a) / max(ctx.t1 - a, 1.0)
        levels = (1 + np.floor(frac * 12)).astype(np.int64).clip(1, 12).tolist()
        prompts = [tx.curriculum(rng, subject, lv, lang) for lv in levels]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, vpn, DAY),
            comp_median=1100.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n,
            "cards": "few prepaid",
            "ip_source": "VPN exits, one per key per day",
            "pacing": "regular ticks every 15-35 min",
            "languages": ["en", "vi", "tr", "pt"],
            "hard": False,
        },
    )


# ---------------------------------------------------------------------------------------- hard


def hoop_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Harvest hidden in a real consumer chat product's backend traffic: the product's own
    users' prompts, with the operator's questions mixed in (more after the release)."""
    fam = "hoop_shot"
    n = irange(rng, 2, 3)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 6), "aws")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        for _ in range(n)
    ]
    share_pre, share_post = float(rng.uniform(0.05, 0.12)), float(rng.uniform(0.25, 0.4))
    curve = bb.global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.5, 0.7)))
    weights = rng.dirichlet(np.ones(n) * 3).tolist()
    rate = float(rng.uniform(22, 38))
    for acct, w in zip(accts, weights, strict=True):
        ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * w * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, share_post, share_pre)
        prompts, comps = [], []
        for h in harvest.tolist():
            if h:
                u = rng.random()
                if u < 0.5:
                    prompts.append(
                        tx.natural_question(rng, pick(rng, ("en", "en", "es", "pt", "de")))
                    )
                elif u < 0.8:
                    prompts.append(tx.code_task(rng))
                else:
                    prompts.append(tx.casual(rng, tx.problem_en(rng), p_typo=0.1))
                comps.append(700.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                comps.append(350.0)
        models = ctx.models(rng, ts, p_new=0.45, p_mini=0.12)
        hi = ctx.models(rng, ts, p_new=0.8, p_mini=0.05)
        models = [b if h else m for m, b, h in zip(models, hi, harvest.tolist(), strict=True)]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=np.asarray(comps), err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a consumer product's traffic",
            "keys": n,
            "harvest_share_before": share_pre,
            "harvest_share_after": share_post,
            "ip_source": "aws NAT gateways",
            "pacing": "global product load",
            "languages": ["en", "es", "pt", "de", "zh", "ru"],
            "hard": True,
        },
    )


def six_handles(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Bought / compromised aged accounts: ordinary owners' history, then code harvest from
    residential proxies in each owner's own region, after the new model is out."""
    fam = "six_handles"
    n = irange(rng, 10, 18)
    op_tz = pick(rng, (3, 8, 2))
    accts = []
    takeover = ctx.release + float(rng.uniform(0.0, 0.4)) * DAY
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        owner_ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng, 0.8)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        own_curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz)
        # the owner's own use (before the handover)
        sess = bb.session_times(
            rng, ctx.t0, takeover, float(rng.uniform(0.6, 2.5)), own_curve, 3.0, 90.0
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts):
            ctx.emit(
                rng,
                acct,
                ts,
                [pick(rng, ctx.chat) for _ in range(len(ts))],
                models=ctx.models(rng, ts, p_new=0.2, p_mini=0.17),
            )
        # the operator's use: static residential (ISP) proxies in the owner's region, human-like sessions
        proxy = bb.home(rng, irange(rng, 1, 3), tz)
        t_start = takeover + float(rng.uniform(0, 0.6)) * DAY
        sess = bb.session_times(
            rng,
            t_start,
            ctx.t1,
            float(rng.uniform(4, 9)),
            bb.workday(op_tz, start=9.0, end=22.0, weekend=0.6, night=0.1),
            6.0,
            45.0,
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts) == 0:
            continue
        prompts = [
            tx.code_task(rng) if chance(rng, 0.85) else pick(rng, ctx.chat) for _ in range(len(ts))
        ]
        ua = [owner_ua if chance(rng, 0.75) else "OpenAI/Python 1.54.0" for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.sticky(rng, ts, proxy, DAY),
            ua=ua,
            comp_median=650.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest through aged bought accounts",
            "keys": n,
            "takeover_ts": takeover,
            "operator_tz": op_tz,
            "ip_source": "1-3 static residential proxies in the owner's region",
            "pacing": "owner's sessions, then denser human-like sessions",
            "languages": ["en", "zh", "ru", "pt"],
            "hard": True,
        },
    )


CROWD_LANGS = {
    -5: ("en", "es"),
    -3: ("pt", "es"),
    1: ("fr", "de", "en"),
    2: ("de", "en"),
    5: ("hi", "en"),
    8: ("id", "en"),
}


def shoulder_push(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. A paid crowd: many person-like accounts, each a few sessions from home or phone,
    asking questions from an assigned topic list in their own language."""
    fam = "shoulder_push"
    n = irange(rng, 40, 65)
    tzs = list(CROWD_LANGS)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        mobile = chance(rng, 0.45)
        ua = pick(rng, bb.MOBILE) if mobile else pick(rng, bb.BROWSERS)
        if mobile and tz in (5, -3, -5) and chance(rng, 0.5):
            ips = bb.mobile_v6(
                rng, irange(rng, 2, 5), {5: "in_mobile", -3: "br_mobile", -5: "us_mobile"}[tz]
            )
        else:
            ips = bb.home(rng, irange(rng, 1, 2), tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        before = chance(rng, 0.3)
        a = (
            ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
            if before
            else ctx.release + float(rng.uniform(0, 1.8)) * DAY
        )
        sess = bb.session_times(
            rng, a, ctx.t1, float(rng.uniform(0.8, 2.5)), bb.evening_person(tz), 4.0, 70.0
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts) == 0:
            ts = np.array([min(ctx.t1 - HOUR, a + float(rng.uniform(0, DAY)))])
        langs = CROWD_LANGS[tz]
        prompts = []
        for _ in range(len(ts)):
            u, lang = rng.random(), pick(rng, langs)
            if u < 0.7:
                prompts.append(tx.natural_question(rng, lang))
            elif u < 0.85:
                prompts.append(tx.translate_request(rng, ctx.chat, lang))
            elif u < 0.92:
                prompts.append(tx.code_task(rng))
            else:
                prompts.append(tx.casual(rng, tx.problem_en(rng)))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=500.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow paid crowd",
            "keys": n,
            "cards": "each member's own",
            "ip_source": "members' home broadband and carrier IPv6",
            "pacing": "evening human sessions",
            "languages": ["en", "es", "pt", "fr", "de", "hi", "id"],
            "hard": True,
        },
    )


def pick_up_strap(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Public prompt replay from an office: a few staff keys paste public chat prompts one by
    one through the working day, under one company card and the office's broadband address."""
    fam = "pick_up_strap"
    n = irange(rng, 3, 6)
    tz = pick(rng, (1, 2, 8, 5))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else "OpenAI/Python 1.54.0"
        homes = bb.home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="office_staff",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(acct)
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sess = bb.session_times(
            rng, a, ctx.t1, float(rng.uniform(7, 13)), bb.workday(tz), 9.0, 50.0, 0.9
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        idx = [order[(cursor + j) % len(order)] for j in range(len(ts))]
        cursor += len(ts)
        ips = [homes[0] if chance(rng, 0.12) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            [ctx.chat[i] for i in idx],
            models=ctx.models(rng, ts, p_new=0.45, p_mini=0.12),
            ips=ips,
            comp_median=380.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay from an office",
            "keys": n,
            "tz": tz,
            "cards": "one company card",
            "ip_source": "office broadband (+ staff homes)",
            "pacing": "working-day human sessions",
            "languages": ["mostly en (ShareGPT)"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "pique": pique,
    "sangle": sangle,
    "ballon": ballon,
    "three_passes": three_passes,
    "goal_hoop": goal_hoop,
    "ramassage": ramassage,
    "remise_en_jeu": remise_en_jeu,
    "ride_off": ride_off,
    "hoop_shot": hoop_shot,
    "six_handles": six_handles,
    "shoulder_push": shoulder_push,
    "pick_up_strap": pick_up_strap,
}

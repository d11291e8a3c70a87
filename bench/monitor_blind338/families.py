"""Campaign families of batch 338: operators harvesting the model's outputs to train a copy.

Each family is `f(ctx, rng, campaign_id)`; it draws everything (keys, orgs, cards, addresses,
pacing, languages, templates, models) from its own generator in a fixed order, writes its events
through `ctx.emit` and registers one campaign. Code names are skydiving words.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, hexid, irange, pick, picks
from bench.monitor_blind338 import texts as tx

CAMP = "campaign"


def _subset(rng: np.random.Generator, seq: tuple | list, lo: int, hi: int) -> list:
    """`lo`..`hi` distinct items of `seq` in a drawn order (never via a set)."""
    k = min(len(seq), irange(rng, lo, hi))
    return [seq[i] for i in rng.permutation(len(seq))[:k].tolist()]


def _weighted(rng: np.random.Generator, items: list, weights: list[float], n: int) -> list:
    p = np.asarray(weights, dtype=np.float64)
    return [items[i] for i in rng.choice(len(items), size=n, p=p / p.sum()).tolist()]


def _periodic_runs(
    rng: np.random.Generator, a: float, b: float, interval: float, run_h: tuple, gap_h: tuple
) -> np.ndarray:
    """A rate-limited loop: one call every `interval` s (±10 %), in runs separated by pauses."""
    out, t = [], a
    while t < b:
        end = min(b, t + float(rng.uniform(*run_h)) * HOUR)
        n = max(1, int((end - t) / interval))
        steps = interval * rng.uniform(0.9, 1.1, size=n)
        out.append(t + np.cumsum(steps))
        t = end + float(rng.uniform(*gap_h)) * HOUR
    ts = np.concatenate(out) if out else np.empty(0)
    return ts[ts < b]


def _tz_langs(tz: int) -> tuple[str, ...]:
    return {
        -8: ("en",),
        -5: ("en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("de", "fr", "es", "it"),
        2: ("pl", "tr"),
        3: ("tr", "en"),
        5: ("hi", "en"),
        8: ("id", "en"),
        9: ("ja", "ko"),
    }[tz]


def _tz_region(tz: int) -> str:
    return {
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
    }[tz]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def jumpmaster(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "jumpmaster"
    n = irange(rng, 5, 14)
    org = hexid(rng, "org") if chance(rng, 0.5) else None
    cards = [hexid(rng, "pay") for _ in range(pick(rng, (1, 1, 2, 3)))]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "linode"))
    block = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 2, 6))
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = ["en"] + _subset(rng, ("zh", "ru", "es", "de", "ja"), 1, 3)
    lw = [3.0] + [float(rng.uniform(0.5, 1.5)) for _ in langs[1:]]
    styles = _subset(rng, tx.COERCE_STYLES, 2, 4)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    rate = float(rng.uniform(30, 90))
    pre_share = pick(rng, (0.0, 0.2, 0.4))
    pools = [
        np.concatenate([a, b])
        for a, b in zip(
            bb.worker_pool(rng, start, max(start, ctx.release), rate * pre_share, n),
            bb.worker_pool(rng, max(start, ctx.release), ctx.t1, rate, n),
            strict=True,
        )
    ]
    comp = float(rng.uniform(900, 1800))
    for acct, ts in zip(accts, pools, strict=True):
        ls = _weighted(rng, langs, lw, len(ts))
        prompts = [tx.coerced_reasoning(rng, pick(rng, styles), lg) for lg in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "orgs": 1 if org else n,
            "cards": len(cards),
            "ip_source": f"rented block ({prov})",
            "user_agent": ua,
            "pacing": f"worker pool {rate:.0f}/h after release, {pre_share:.0%} before",
            "languages": langs,
            "styles": styles,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through a VPN, stolen cards


def static_line(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "static_line"
    n = irange(rng, 3, 7)
    org = hexid(rng, "org")
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "vultr", "linode"))
    pool = bb.cloud(rng, irange(rng, 8, 25), vpn)
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    styles = _subset(rng, tx.JUDGE_STYLES, 2, 4)
    accts = [
        ctx.account(
            rng, label=CAMP, family=fam, role="grader", campaign_id=camp, org=org, ua=ua, ips=pool
        )
        for _ in range(n)
    ]
    hold = float(rng.uniform(15, 60)) * MINUTE
    pre = chance(rng, 0.35)
    for i, acct in enumerate(accts):
        style = styles[i % len(styles)]
        a = (
            ctx.t0 + float(rng.uniform(0, 2)) * DAY
            if pre
            else ctx.release + float(rng.uniform(0, 0.7)) * DAY
        )
        starts = bb.thinned(
            rng, a, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - a) / DAY, bb.constant
        )
        ts = np.concatenate(
            bb.bursts(
                rng, starts, float(rng.uniform(25, 80)), float(rng.uniform(1.2, 4.0)), b=ctx.t1
            )
            or [np.empty(0)]
        )
        prompts = []
        for _ in range(len(ts)):
            lang = "en" if chance(rng, 0.8) else pick(rng, ("de", "ja"))
            q, a1, a2, a3 = (
                pick(rng, ctx.chat),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
                pick(rng, ctx.passages),
            )
            prompts.append(tx.judge_prompt(rng, style, q, a1, a2, a3, lang))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(200, 500)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n,
            "orgs": 1,
            "cards": "one stolen card per key",
            "ip_source": f"VPN exits ({vpn}), {len(pool)} addresses",
            "user_agent": ua,
            "pacing": "bursts",
            "styles": styles,
            "pre_release": pre,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites over residential proxies, one language per key


def cutaway(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "cutaway"
    n = irange(rng, 6, 12)
    shared_cards = chance(rng, 0.4)
    cards = [hexid(rng, "pay") for _ in range(2)]
    regions = _subset(rng, ("us", "eu", "latam", "sea", "in"), 2, 3)
    langs = ("en", "zh", "es", "ar", "ru")
    styles = _subset(rng, tx.POLICY_STYLES, 2, 3)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    accts = []
    for i in range(n):
        pool = bb.resi(rng, irange(rng, 30, 80), pick(rng, regions))
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=camp,
            pay=cards[i % 2] if shared_cards else None,
            ua=bb.sdk_ua(rng, 0.3),
            ips=pool,
        )
        accts.append(acct)
        lang = langs[i % len(langs)]
        a = start + float(rng.uniform(0, 0.5)) * DAY
        ts = bb.thinned(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(40, 140)) * (ctx.t1 - a) / DAY,
            bb.global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4))),
        )
        prompts = [
            tx.policy_prompt(rng, pick(rng, styles), lang, pick(rng, ctx.passages)) for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=bb.sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE),
            comp_median=float(rng.uniform(450, 900)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy / censorship-safe rewrites",
            "keys": n,
            "orgs": n,
            "cards": "2 shared" if shared_cards else "one per key",
            "ip_source": f"residential proxies {regions}",
            "languages": list(langs[: min(n, len(langs))]),
            "styles": styles,
            "pacing": "steady per key",
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from cloud instances


def hop_n_pop(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "hop_n_pop"
    n = irange(rng, 4, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    styles = _subset(rng, tx.AGENT_STYLES, 1, 3)
    langs = ["en"] + _subset(rng, ("de", "fr", "ja"), 0, 2)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, prov),
        )
        for _ in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_hour = float(rng.uniform(2, 6))
    step_gap = float(rng.uniform(3, 12))
    sys_tokens = irange(rng, 300, 2500)
    for acct, eps in zip(accts, bb.worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all, prompts = [], []
        for s in eps.tolist():
            lang = langs[0] if chance(rng, 0.75) else pick(rng, langs)
            style = pick(rng, styles)
            task, toolset = tx.agent_task(rng, lang)
            k = irange(rng, 3, 12)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))]
            )
            history: list = []
            for tt in t.tolist():
                ts_all.append(tt)
                prompts.append(tx.agent_step(rng, style, task, toolset, history))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96),
            comp_median=float(rng.uniform(120, 320)),
            extra=sys_tokens,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"one {prov} instance per key",
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "pacing": f"episodes {per_hour:.1f}/h, steps every ~{step_gap:.0f}s",
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly runs


def swoop(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "swoop"
    n = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "scaleway"))
    block = bb.rented_block(rng, prov, 1, irange(rng, 2, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, bb.TZS)
    curve = bb.nightly(float(rng.uniform(20, 23.5)), float(rng.uniform(6, 9)), tz)
    styles = _subset(rng, tx.SYNTH_STYLES, 2, 4)
    langs = ["en"] + _subset(rng, ("es", "pt", "id", "hi"), 1, 3)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(0, 0.5)) * DAY if chance(rng, 0.8) else ctx.t0
    rate = float(rng.uniform(15, 35))
    for acct, ts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n, curve), strict=True):
        prompts = []
        for _ in range(len(ts)):
            lang = "en" if chance(rng, 0.6) else pick(rng, langs)
            prompts.append(tx.synth_prompt(rng, pick(rng, styles), lang, pick(rng, ctx.chat)))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98),
            comp_median=float(rng.uniform(1600, 2600)),
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"rented block ({prov})",
            "pacing": f"nightly (tz {tz}), {rate:.0f}/h averaged over the day",
            "styles": styles,
            "languages": langs,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n and soft-label sampling


def skyhook(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "skyhook"
    n = irange(rng, 3, 6)
    cards = [hexid(rng, "pay") for _ in range(2)]
    prov = pick(rng, ("azure", "oracle"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    p_soft = float(rng.uniform(0.15, 0.5))
    ns = _subset(rng, (4, 8, 16, 5), 1, 3)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sampler",
            campaign_id=camp,
            pay=cards[i % 2],
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    jobs_h = float(rng.uniform(5, 14))
    for acct, jobs in zip(accts, bb.worker_pool(rng, start, ctx.t1, jobs_h, n), strict=True):
        ts_all, prompts = [], []
        for s in jobs.tolist():
            item = (
                tx.mc_question(rng)
                if chance(rng, 0.6)
                else tx.snippet(rng, pick(rng, ctx.chat), 20, 800)
            )
            if chance(rng, p_soft):
                ts_all.append(s)
                prompts.append(tx.soft_label_prompt(rng, pick(rng, ("probs", "confidence")), item))
                continue
            k = pick(rng, ns)
            t = s + np.cumsum(rng.lognormal(np.log(0.4), 0.7, size=k))
            ts_all.extend(t.tolist())
            prompts.extend([item] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            comp_median=float(rng.uniform(250, 600)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "orgs": n,
            "cards": 2,
            "ip_source": f"{prov} cloud",
            "samples_per_prompt": ns,
            "soft_label_share": p_soft,
            "pacing": f"{jobs_h:.1f} jobs/h pool",
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. multilingual parallel-corpus harvest with a rate-limited loop


def three_ring(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "three_ring"
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = chance(rng, 0.4)
    prov = pick(rng, ("alibaba", "tencent", "ucloud"))
    ips = (
        bb.resi(rng, irange(rng, 1, 2), "cn") if office else bb.cloud(rng, irange(rng, 2, 4), prov)
    )
    ua = pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0", "reqwest/0.12.12"))
    styles = _subset(rng, tx.PAR_STYLES, 1, 3)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    for i, acct in enumerate(accts):
        interval = float(rng.uniform(100, 260))
        a = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = _periodic_runs(rng, a, ctx.t1, interval, (1.0, 6.0), (0.5, 5.0))
        style = styles[i % len(styles)]
        prompts = [
            tx.parallel_prompt(
                rng, style, pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat)
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=float(rng.uniform(600, 1200)),
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "parallel-corpus (translation) harvest",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": "office broadband (cn)" if office else f"{prov} cloud",
            "pacing": "rate-limited loop in runs",
            "styles": styles,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. coding curriculum sweep, slow and steady from one office line


def sunset_load(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "sunset_load"
    n = irange(rng, 1, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, bb.TZS)
    office_ip = bb.home(rng, 1, tz)
    ua = pick(rng, ("python-httpx/0.28.1", "python-requests/2.32.3"))
    styles = _subset(rng, tx.CURRICULUM_STYLES, 1, 3)
    plangs = _subset(rng, tx.CODE_LANGS, 3, 6)
    topics = _subset(rng, tx.CODE_TOPICS, 12, 20)
    grid = [(t, lv, pl) for t in topics for pl in plangs for lv in range(1, 11)]
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=office_ip,
            tz=tz,
        )
        for _ in range(n)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    pos = 0
    for acct in accts:
        per_h = float(rng.uniform(3, 9))
        ts = bb.thinned(rng, start, ctx.t1, per_h * (ctx.t1 - start) / HOUR, bb.constant)
        prompts = []
        for _ in ts:
            t, lv, pl = grid[pos % len(grid)]
            pos += 1
            prompts.append(tx.curriculum_prompt(rng, pick(rng, styles), lv, t, pl))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=float(rng.uniform(1200, 2000)),
            comp_sigma=0.45,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "coding curriculum sweep",
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"office broadband (tz {tz})",
            "pacing": "slow steady, around the clock",
            "styles": styles,
            "languages": plangs,
            "grid": len(grid),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's backend traffic


def canopy(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "canopy"
    brand = pick(rng, ("Quillby", "Notewise", "StudyOwl", "Lumen Writer", "Parafrase", "Scribbly"))
    style = pick(rng, tx.PRODUCT_STYLES)
    n = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    fleet = bb.cloud(rng, irange(rng, 3, 8), prov)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="product_backend",
            campaign_id=camp,
            org=org,
            pay=card,
            ua=ua,
            ips=picks(rng, fleet, irange(rng, 2, 4)),
        )
        for _ in range(n)
    ]
    share = rng.dirichlet(np.full(n, 2.0)) + 0.05
    share = share / share.sum()
    curve = bb.global_load(float(rng.uniform(13, 22)), float(rng.uniform(0.45, 0.75)))
    n_real = float(rng.uniform(2500, 5000))
    h_start = ctx.release + float(rng.uniform(-0.4, 0.6)) * DAY
    h_frac = float(rng.uniform(0.15, 0.35))
    h_langs = _subset(rng, ("en", "es", "pt", "de", "fr", "hi"), 2, 4)
    order = rng.permutation(len(tx.CONCEPTS)).tolist()
    pos = 0
    for acct, sh in zip(accts, share.tolist(), strict=True):
        real = bb.thinned(rng, ctx.t0, ctx.t1, n_real * sh, curve)
        mean_after = n_real * sh * max(0.0, ctx.t1 - h_start) / (ctx.t1 - ctx.t0)
        harv = bb.thinned(rng, h_start, ctx.t1, mean_after * h_frac / (1 - h_frac), curve)
        rp = [
            tx.product_wrap(rng, brand, style, tx.snippet(rng, pick(rng, ctx.chat), 10, 1500))
            for _ in real
        ]
        hp = []
        for _ in harv:
            c = tx.CONCEPTS[order[pos % len(order)]][1]
            pos += 1
            lang = pick(rng, h_langs)
            body = (
                tx.harvest_task(rng, c)
                if lang == "en" and chance(rng, 0.6)
                else tx.natural_ask(rng, lang, c)
            )
            hp.append(tx.product_wrap(rng, brand, style, body))
        ctx.emit(rng, acct, real, rp, models=ctx.models(rng, real, p_new=0.55), comp_median=360.0)
        ctx.emit(
            rng,
            acct,
            harv,
            hp,
            models=ctx.models(rng, harv, p_new=1.0, p_mini=0.0),
            comp_median=float(rng.uniform(700, 1100)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "product": brand,
            "wrapper": style,
            "keys": n,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"{prov} app fleet",
            "user_agent": ua,
            "harvest_share": h_frac,
            "harvest_start": h_start,
            "languages": h_langs,
            "pacing": "product's global load curve",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged accounts, taken over around the release


def wing_loading(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "wing_loading"
    n = irange(rng, 12, 25)
    owners_keep = float(rng.uniform(0.2, 0.6))
    keep_ua = float(rng.uniform(0.5, 0.9))
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="hijacked_account",
            campaign_id=camp,
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        lang = pick(rng, _tz_langs(tz))
        take = ctx.release + float(rng.uniform(-1.0, 1.0)) * DAY
        owner_end = ctx.t1 if chance(rng, owners_keep) else take
        sess = bb.session_times(
            rng, ctx.t0, owner_end, float(rng.uniform(0.4, 2.0)), bb.evening_person(tz), 3.0, 70.0
        )
        ts_o = np.concatenate(sess) if sess else np.empty(0)
        po = []
        for s in sess:
            for j in range(len(s)):
                po.append(
                    pick(rng, ctx.chat) if j == 0 or chance(rng, 0.4) else tx.followup(rng, "en")
                )
        ctx.emit(rng, acct, ts_o, po, models=ctx.models(rng, ts_o, p_new=0.6))
        # the new holder: sessions in the owner's waking hours, proxies in the owner's region
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, weekend=0.5)
        hs = bb.session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2.5, 7.0)),
            curve,
            float(rng.uniform(5, 12)),
            float(rng.uniform(25, 55)),
        )
        ts_h = np.concatenate(hs) if hs else np.empty(0)
        pool = bb.resi(rng, irange(rng, 15, 40), _tz_region(tz))
        ph = []
        for s in hs:
            for j in range(len(s)):
                c = pick(rng, tx.CONCEPTS)[1]
                ph.append(
                    tx.natural_ask(rng, lang, c)
                    if j == 0 or chance(rng, 0.6)
                    else tx.followup(rng, lang)
                )
        ua = acct.ua if chance(rng, keep_ua) else bb.sdk_ua(rng, 0.7)
        ctx.emit(
            rng,
            acct,
            ts_h,
            ph,
            models=ctx.models(rng, ts_h, p_new=0.97, p_mini=0.0),
            ips=bb.sticky(rng, ts_h, pool, HOUR),
            ua=ua,
            comp_median=float(rng.uniform(600, 950)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged accounts bought or taken over",
            "keys": n,
            "orgs": n,
            "cards": "original owners' (one per account)",
            "ip_source": "home, then residential proxies in the owner's region",
            "owners_keep_using": owners_keep,
            "keep_user_agent": keep_ua,
            "pacing": "owner-like sessions after takeover",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts splitting a coverage grid


def dropzone(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "dropzone"
    n = irange(rng, 40, 90)
    tzs = _subset(rng, bb.TZS, 2, 3)
    p_mobile = float(rng.uniform(0.1, 0.35))
    p_chat = float(rng.uniform(0.15, 0.35))
    order = rng.permutation(len(tx.CONCEPTS)).tolist()
    accts = []
    for i in range(n):
        tz = pick(rng, tzs)
        mobile = chance(rng, p_mobile)
        ua = (
            pick(rng, bb.MOBILE)
            if mobile
            else pick(rng, bb.BROWSERS)
            if chance(rng, 0.7)
            else bb.sdk_ua(rng)
        )
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        lang = pick(rng, _tz_langs(tz))
        a = ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.7, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(2.5, 5.0)),
            float(rng.uniform(60, 240)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts, ips, mine = [], [], order[i::n] or order[:1]
        k = 0
        for s in sess:
            ip = (
                bb.mobile_v6(
                    rng, 1, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile"))
                )[0]
                if mobile
                else pick(rng, acct.ips)
            )
            for j in range(len(s)):
                if j == 0:
                    prompts.append(tx.natural_ask(rng, lang, tx.CONCEPTS[mine[k % len(mine)]][1]))
                    k += 1
                elif chance(rng, p_chat):
                    prompts.append(pick(rng, ctx.chat))
                else:
                    prompts.append(tx.followup(rng, lang))
                ips.append(ip)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=ips,
            comp_median=float(rng.uniform(550, 850)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low-and-slow person-like crowd over a coverage grid",
            "keys": n,
            "orgs": n,
            "cards": "one prepaid virtual card per key",
            "ip_source": "home broadband / carrier IPv6",
            "tzs": tzs,
            "mobile_share": p_mobile,
            "pacing": "evening sessions",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay (real human prompts, each once) through rotating proxies


def burble(ctx: bb.Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "burble"
    n = irange(rng, 15, 35)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    pool = bb.resi(rng, irange(rng, 300, 800), "*")
    hold = float(rng.uniform(2, 15)) * MINUTE
    p_follow = float(rng.uniform(0.25, 0.5))
    queue = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    for i in range(n):
        ua = pick(rng, bb.BROWSERS + bb.MOBILE) if chance(rng, 0.7) else bb.sdk_ua(rng)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="replayer",
            campaign_id=camp,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool,
        )
        accts.append(acct)
        a = ctx.release - float(rng.uniform(0, 0.5)) * DAY
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(4, 10)),
            bb.global_load(float(rng.uniform(0, 24)), 0.3),
            float(rng.uniform(3, 5)),
            float(rng.uniform(20, 60)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        prompts = []
        for s in sess:
            for j in range(len(s)):
                if j > 0 and chance(rng, p_follow):
                    prompts.append(tx.followup(rng, "en"))
                else:
                    prompts.append(ctx.chat[queue[pos % len(queue)]])
                    pos += 1
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(400, 700)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "public prompt replay with follow-ups",
            "keys": n,
            "orgs": n,
            "cards": len(cards),
            "ip_source": f"rotating residential proxies, {len(pool)} exits",
            "follow_up_share": p_follow,
            "pacing": "sessions around the clock",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[bb.Ctx, np.random.Generator, str], None]] = {
    "jumpmaster": jumpmaster,
    "static_line": static_line,
    "cutaway": cutaway,
    "hop_n_pop": hop_n_pop,
    "swoop": swoop,
    "skyhook": skyhook,
    "three_ring": three_ring,
    "sunset_load": sunset_load,
    "canopy": canopy,
    "wing_loading": wing_loading,
    "dropzone": dropzone,
    "burble": burble,
}

"""Campaign families of batch 93 (glassblowing names): unauthorised distillation operations.

Each family is `fn(ctx, rng, campaign_id)`: it draws its own parameters from `rng`, creates its
accounts through `ctx.account` (label "campaign"), emits events and records the campaign with
its parameters. Volumes are sized so that seed 0 gives a few thousand events per family.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick
from bench.monitor_blind93 import texts as tx

Rng = np.random.Generator


def _langs(rng: Rng, styles: tuple[str, ...], k_lo: int, k_hi: int) -> list[str]:
    k = min(len(styles), irange(rng, k_lo, k_hi))
    return [styles[i] for i in rng.permutation(len(styles))[:k].tolist()]


def _weights(rng: Rng, n: int) -> np.ndarray:
    w = rng.dirichlet(np.full(n, 1.5))
    return w / w.sum()


def ctx_days(ctx: Ctx) -> float:
    return (ctx.t1 - ctx.t0) / DAY


def _choose(rng: Rng, items: list, w: np.ndarray) -> object:
    return items[int(rng.choice(len(items), p=w))]


# --------------------------------------------------------------------------------------------


def reticello(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion against the new model from a rented hosting block."""
    fam = "reticello"
    n_keys = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    styles = _langs(rng, tx.RETICELLO_STYLES, 2, 5)
    sw = _weights(rng, len(styles))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=bb.picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    probe_start = ctx.release - rng.uniform(1.0, 2.5) * DAY
    start = ctx.release + rng.uniform(0.5, 6) * HOUR
    total = rng.uniform(3500, 6500)
    probe = bb.worker_pool(rng, probe_start, ctx.release, rng.uniform(2, 6), n_keys)
    main = bb.worker_pool(rng, start, ctx.t1, total / ((ctx.t1 - start) / HOUR), n_keys)
    for a, p_ts, m_ts in zip(accts, probe, main, strict=True):
        ts = np.concatenate([p_ts, m_ts])
        prompts = [tx.reticello_prompt(rng, _choose(rng, styles, sw)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=1500,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} shared cards",
            "user_agent": ua,
            "styles": styles,
            "keys": n_keys,
            "target": "new model",
        },
    )


def fazzoletto(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric grading harvest for a reward model, scripted nightly and daytime bursts."""
    fam = "fazzoletto"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("aws", "gcp", "azure"))
    tz = pick(rng, bb.TZS)
    ua = bb.sdk_ua(rng, 0.7)
    styles = _langs(rng, tx.FAZZOLETTO_STYLES, 2, 4)
    sw = _weights(rng, len(styles))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    batch_mean = rng.uniform(40, 120)
    per_day = rng.uniform(4500, 8000) / ctx_days(ctx) / batch_mean
    night = bb.nightly(rng.uniform(0, 4), rng.uniform(3, 6), tz)
    day = bb.workday(tz)
    for a in accts:
        starts = bb.thinned(
            rng,
            ctx.t0 + rng.uniform(0, 1.5) * DAY,
            ctx.t1,
            per_day / n_keys * ctx_days(ctx),
            lambda t, n=night, d=day: np.maximum(n(t), 0.5 * d(t)),
        )
        trains = bb.bursts(rng, starts, batch_mean, rng.uniform(1.5, 6), b=ctx.t1)
        ts = np.concatenate(trains) if trains else np.empty(0)
        prompts = [
            tx.fazzoletto_prompt(rng, _choose(rng, styles, sw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=170,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric grading harvest",
            "pacing": "scripted bursts",
            "ip_source": f"{provider} instances",
            "payment": "one card per key",
            "user_agent": ua,
            "styles": styles,
            "tz": tz,
            "batch_mean": batch_mean,
        },
    )


def sommerso(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Policy-compliant rewrite harvest through sticky residential proxies, stolen cards."""
    fam = "sommerso"
    n_keys = irange(rng, 8, 20)
    region = pick(rng, ("us", "eu", "sea", "jp_kr", "*"))
    pool = bb.resi(rng, irange(rng, 200, 600), region)
    styles = _langs(rng, tx.SOMMERSO_STYLES, 3, 6)
    sw = _weights(rng, len(styles))
    tz = pick(rng, (8, 8, 3, 9))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.8),
            ips=[pick(rng, pool)],
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    total = rng.uniform(3500, 6500)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = bb.worker_pool(
        rng,
        start,
        ctx.t1,
        total / ((ctx.t1 - start) / HOUR),
        n_keys,
        bb.workday(tz, 9, 23, weekend=0.6, night=0.15),
    )
    hold = rng.uniform(5, 30) * MINUTE
    for a, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.sommerso_prompt(rng, _choose(rng, styles, sw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=600,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrite harvest",
            "pacing": "worker pool, operator day",
            "ip_source": f"residential proxies ({region}), sticky {hold / MINUTE:.0f} min",
            "payment": "stolen cards, one per key",
            "styles": styles,
            "tz": tz,
        },
    )


def lampwork(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use trajectory harvest: multi-step episodes fired by a job queue."""
    fam = "lampwork"
    n_keys = irange(rng, 5, 10)
    provider = pick(rng, ("gcp", "azure", "aws", "oracle"))
    ips = bb.cloud(rng, irange(rng, 3, 8), provider)
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = _langs(rng, tx.LAMPWORK_STYLES, 1, 3)
    org = hexid(rng, "org") if chance(rng, 0.5) else None
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent-runner",
            campaign_id=cid,
            org=org,
            pay=cards[i % 2],
            ua=ua,
            ips=bb.picks(rng, ips, 2),
        )
        for i in range(n_keys)
    ]
    steps_mean = rng.uniform(4, 9)
    total = rng.uniform(4000, 7000)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    episodes = bb.worker_pool(
        rng, start, ctx.t1, total / steps_mean / ((ctx.t1 - start) / HOUR), n_keys
    )
    for a, starts in zip(accts, episodes, strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            style = pick(rng, styles)
            task, names = tx.lampwork_task(rng)
            k = 1 + int(rng.poisson(steps_mean - 1))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.6, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.append(tx.lampwork_first(rng, style, task, names))
            prompts.extend(tx.lampwork_step(rng, style, names, j) for j in range(1, k))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=280,
            comp_sigma=0.7,
            extra=int(rng.integers(300, 900)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "tool-use trajectory harvest",
            "pacing": "episode queue",
            "ip_source": f"{provider} instances",
            "payment": "2 shared cards",
            "user_agent": ua,
            "styles": styles,
            "steps_mean": steps_mean,
        },
    )


def crucible(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation on throwaway keys rotated in waves through VPN exits."""
    fam = "crucible"
    waves = irange(rng, 3, 6)
    per_wave = irange(rng, 3, 6)
    vpn = bb.cloud(rng, irange(rng, 10, 30), pick(rng, ("m247", "leaseweb", "m247")))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    styles = _langs(rng, tx.CRUCIBLE_STYLES, 3, 6)
    sw = _weights(rng, len(styles))
    total = rng.uniform(3500, 6500)
    accts = []
    edges = np.linspace(ctx.t0 + rng.uniform(0, 0.5) * DAY, ctx.t1, waves + 1)
    for w in range(waves):
        ua = bb.sdk_ua(rng, 0.4)
        for _ in range(per_wave):
            a = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role=f"wave-{w}",
                campaign_id=cid,
                pay=pick(rng, cards),
                ua=ua,
                ips=bb.picks(rng, vpn, irange(rng, 1, 4)),
            )
            accts.append(a)
            life = rng.uniform(0.4, 1.0) * (edges[w + 1] - edges[w])
            s = edges[w] + rng.uniform(0, 0.2) * (edges[w + 1] - edges[w])
            ts = bb.thinned(
                rng, s, s + life, total / (waves * per_wave) * rng.uniform(0.5, 1.5), bb.constant
            )
            prompts = [tx.crucible_prompt(rng, _choose(rng, styles, sw)) for _ in range(len(ts))]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.92),
                comp_median=2200,
                comp_sigma=0.4,
                err=0.06,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "burn-and-rotate waves",
            "ip_source": "VPN exits on hosting ranges",
            "payment": f"{len(cards)} prepaid cards",
            "styles": styles,
            "waves": waves,
            "keys_per_wave": per_wave,
        },
    )


def latticino(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted conversations with fast follow-ups, browser UA spoof."""
    fam = "latticino"
    n_keys = irange(rng, 6, 12)
    pool = bb.resi(rng, irange(rng, 100, 400), "*")
    langs = ["en"] + _langs(rng, tx.LATTICINO_LANGS[1:], 1, 3)
    lw = _weights(rng, len(langs))
    cards = [hexid(rng, "pay") for _ in range(2)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue-bot",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=pick(rng, bb.BROWSERS),
            ips=[pick(rng, pool)],
        )
        for i in range(n_keys)
    ]
    turns = rng.uniform(5, 10)
    total = rng.uniform(4000, 7000)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    convs = bb.worker_pool(rng, start, ctx.t1, total / turns / ((ctx.t1 - start) / HOUR), n_keys)
    for a, starts in zip(accts, convs, strict=True):
        ts_all, prompts, ips = [], [], []
        for s in starts.tolist():
            lang = _choose(rng, langs, lw)
            first, topic = tx.latticino_opener(rng, ctx.chat)
            k = 2 + int(rng.poisson(turns - 2))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(35.0), 0.5, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.append(first)
            prompts.extend(tx.latticino_follow(rng, lang, topic) for _ in range(k - 1))
            ips.extend([pick(rng, pool)] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.88), ips=ips, comp_median=520
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "conversation queue",
            "ip_source": "residential proxy, one exit per conversation",
            "payment": "2 shared cards",
            "languages": langs,
            "turns_mean": turns,
        },
    )


def pulegoso(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n / soft-label sampling: each item sent n times in a tight train."""
    fam = "pulegoso"
    n_keys = irange(rng, 3, 6)
    ips = bb.cloud(rng, irange(rng, 2, 4), "aws")
    card = hexid(rng, "pay")
    org = hexid(rng, "org")
    ua = pick(rng, bb.SDK_COMMON)
    styles = _langs(rng, tx.PULEGOSO_STYLES, 2, 4)
    sw = _weights(rng, len(styles))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    n_mean = rng.uniform(5, 14)
    total = rng.uniform(4000, 7500)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    items = bb.worker_pool(rng, start, ctx.t1, total / n_mean / ((ctx.t1 - start) / HOUR), n_keys)
    for a, starts in zip(accts, items, strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            p = tx.pulegoso_prompt(rng, _choose(rng, styles, sw), ctx.chat)
            k = max(2, int(rng.poisson(n_mean)))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.exponential(rng.uniform(0.3, 3.0), size=k - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=90,
            comp_sigma=1.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n soft-label sampling",
            "pacing": "identical-prompt trains",
            "ip_source": "aws",
            "payment": "one corporate card",
            "styles": styles,
            "n_mean": n_mean,
        },
    )


def filigrana(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Curriculum / taxonomy sweep, office hours, one card per key on a cloud provider."""
    fam = "filigrana"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("azure", "oracle", "alibaba", "tencent"))
    tz = pick(rng, (8, 9, 1, 3))
    styles = _langs(rng, tx.FILIGRANA_STYLES, 1, 3)
    ua = bb.sdk_ua(rng, 0.5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    nodes = tx.taxonomy()
    shuffled = chance(rng, 0.5)
    if shuffled:
        nodes = [nodes[i] for i in rng.permutation(len(nodes)).tolist()]
    total = rng.uniform(3000, 5000)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    streams = bb.worker_pool(
        rng,
        start,
        ctx.t1,
        total / ((ctx.t1 - start) / HOUR),
        n_keys,
        bb.workday(tz, 8, 20, weekend=0.3),
    )
    order = np.argsort(np.concatenate(streams), kind="stable")
    flat_idx = np.empty(len(order), dtype=np.int64)
    flat_idx[order] = np.arange(len(order))
    off = 0
    for a, ts in zip(accts, streams, strict=True):
        idx = flat_idx[off : off + len(ts)].tolist()
        off += len(ts)
        prompts = [
            tx.filigrana_prompt(styles[i % len(styles)], nodes[i % len(nodes)], i // len(nodes))
            for i in idx
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1800,
            comp_sigma=0.35,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum / taxonomy sweep",
            "pacing": "office-hours worker pool",
            "ip_source": f"{provider}",
            "payment": "one card per key",
            "styles": styles,
            "shuffled_order": shuffled,
            "nodes": len(nodes),
            "tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def graal(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: a real writing-assistant product whose backend keys carry a hidden harvest share."""
    fam = "graal"
    n_keys = irange(rng, 2, 4)
    brand = pick(rng, ("Inkwell", "Scrivo", "Penlight", "Draftsmith", "Wordloom"))
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, bb.SDK_COMMON[:3])
    share = rng.uniform(0.12, 0.28)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product-backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    total = rng.uniform(4500, 7500)
    curve = bb.global_load(rng.uniform(12, 20), rng.uniform(0.4, 0.7))
    streams = bb.worker_pool(rng, ctx.t0, ctx.t1, total / ((ctx.t1 - ctx.t0) / HOUR), n_keys, curve)
    for a, ts in zip(accts, streams, strict=True):
        hidden = rng.random(len(ts)) < share
        prompts = [
            tx.graal_hidden(rng, brand) if h else tx.graal_product(rng, brand, ctx.chat)
            for h in hidden.tolist()
        ]
        comp = np.where(hidden, 1100.0, 300.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.3),
            comp_median=comp,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a product's traffic",
            "pacing": "global load",
            "ip_source": "product backend",
            "payment": "company card",
            "brand": brand,
            "hidden_share": share,
        },
    )


def annealer(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: many low-and-slow accounts that look like private people (home IPs, evening sessions)."""
    fam = "annealer"
    n_keys = irange(rng, 30, 60)
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.6) else bb.sdk_ua(rng, 0.8)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sleeper",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        voice = irange(rng, 0, tx.ANNEALER_VOICES - 1)
        mix = rng.uniform(0.15, 0.45)
        per_day = rng.uniform(2, 6)
        sessions = bb.session_times(
            rng,
            ctx.t0 + rng.uniform(0, 2) * DAY,
            ctx.t1,
            per_day,
            bb.evening_person(tz),
            rng.uniform(2, 5),
            rng.uniform(60, 240),
        )
        ts = np.concatenate(sessions) if sessions else np.empty(0)
        prompts = [
            bb.pick(rng, ctx.chat) if chance(rng, mix) else tx.annealer_prompt(rng, voice)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1), comp_median=900
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow human-looking harvest",
            "pacing": "evening sessions",
            "ip_source": "home ISPs matching timezone",
            "payment": "one card per account",
            "keys": n_keys,
        },
    )


def soffietta(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: replay of public prompt collections on aged, bought accounts after the release."""
    fam = "soffietta"
    n_keys = irange(rng, 15, 30)
    pool = bb.resi(rng, irange(rng, 300, 900), pick(rng, ("us", "eu", "*")))
    hold = rng.uniform(20, 90) * MINUTE
    order = rng.permutation(len(ctx.chat))
    accts, off = [], int(rng.integers(0, len(ctx.chat)))
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, 0, 1))
        ua = pick(rng, bb.SDK_COMMON) if chance(rng, 0.7) else pick(rng, bb.BROWSERS)
        own_ip = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="bought-account",
            campaign_id=cid,
            ua=ua,
            ips=own_ip,
            tz=tz,
        )
        accts.append(a)
        # the previous owner's light history before the handover
        old = bb.thinned(rng, ctx.t0, ctx.release, rng.uniform(1, 10), bb.evening_person(tz))
        ctx.emit(
            rng,
            a,
            old,
            bb.picks(rng, ctx.chat, len(old)),
            models=ctx.models(rng, old),
            ips=own_ip[0],
        )
        s = ctx.release + rng.uniform(0, 12) * HOUR
        ts = bb.thinned(
            rng, s, ctx.t1, rng.uniform(100, 320), bb.workday(tz, 7, 23, weekend=0.8, night=0.2)
        )
        idx = [int(order[(off + j) % len(order)]) for j in range(len(ts))]
        off += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            [ctx.chat[i] for i in idx],
            models=ctx.models(rng, ts, p_new=0.93),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=400,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "per-account thinned stream",
            "ip_source": "residential proxies, sticky",
            "payment": "previous owners' cards",
            "keys": n_keys,
            "hold_min": hold / MINUTE,
        },
    )


def avventurina(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: hijacked keys of real developers; the harvest rides on top of the owners' usage."""
    fam = "avventurina"
    n_keys = irange(rng, 10, 20)
    provider = pick(rng, ("vultr", "digitalocean", "linode", "scaleway"))
    exits = bb.cloud(rng, irange(rng, 4, 12), provider) + bb.resi(rng, irange(rng, 20, 60), "*")
    attacker_ua = pick(
        rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "Go-http-client/2.0")
    )
    style_w = _weights(rng, 3)
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        ua = bb.sdk_ua(rng, 0.6)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz) + bb.cloud(rng, 1, "*"),
            tz=tz,
        )
        accts.append(a)
        own = bb.thinned(rng, ctx.t0, ctx.t1, rng.uniform(20, 120), bb.workday(tz))
        ctx.emit(
            rng, a, own, bb.picks(rng, ctx.chat, len(own)), models=ctx.models(rng, own, p_new=0.2)
        )
        hijack = ctx.t0 + rng.uniform(1.5, 5.5) * DAY
        n = rng.uniform(80, 260)
        if chance(rng, 0.5):  # follow the owner's working hours to blend in
            ts = bb.thinned(rng, hijack, ctx.t1, n, bb.workday(tz))
            ua_h = ua
        else:
            ts = bb.thinned(rng, hijack, ctx.t1, n, bb.constant)
            ua_h = attacker_ua
        prompts = [
            tx.avventurina_prompt(rng, int(rng.choice(3, p=style_w))) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=bb.picks(rng, exits, len(ts)),
            ua=ua_h,
            comp_median=1300,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest on compromised keys",
            "pacing": "owner hours or flat",
            "ip_source": f"{provider} + residential exits",
            "payment": "owners' cards",
            "keys": n_keys,
        },
    )


CAMPAIGN_FAMILIES = {
    "reticello": reticello,
    "fazzoletto": fazzoletto,
    "sommerso": sommerso,
    "lampwork": lampwork,
    "crucible": crucible,
    "latticino": latticino,
    "pulegoso": pulegoso,
    "filigrana": filigrana,
    "graal": graal,
    "annealer": annealer,
    "soffietta": soffietta,
    "avventurina": avventurina,
}

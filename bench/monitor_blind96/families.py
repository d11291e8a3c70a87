"""Campaign families of batch 96 (mountaineering code names): unauthorized distillation operations.

Each is `family(ctx, rng, campaign_id)`: it creates its accounts, emits their events through `ctx`
and records the campaign with its randomised parameters. Volumes, key counts, pacing, addresses,
cards and languages are drawn from `rng`.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind96 import texts as tx


def _langs(
    rng: np.random.Generator, pool: tuple[str, ...], k_lo: int = 1, k_hi: int = 3
) -> list[str]:
    k = min(len(pool), irange(rng, k_lo, k_hi))
    return [str(x) for x in rng.choice(pool, size=k, replace=False)]


def _cards(rng: np.random.Generator, n_keys: int, mode: str) -> list[str]:
    """Payment fingerprints per key: one shared card, a few, one per key."""
    if mode == "shared":
        return [bb.hexid(rng, "pay")] * n_keys
    if mode == "few":
        few = [bb.hexid(rng, "pay") for _ in range(max(1, n_keys // 4))]
        return [pick(rng, few) for _ in range(n_keys)]
    return [bb.hexid(rng, "pay") for _ in range(n_keys)]


def _start(
    ctx: Ctx, rng: np.random.Generator, after_release: bool, lag_h: tuple[float, float] = (0, 30)
) -> float:
    if after_release:
        return ctx.release + float(rng.uniform(*lag_h)) * HOUR
    return bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)


# --------------------------------------------------------------------------------------------


def bergschrund(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion: a worker pool on a rented hosting block, mostly aimed at the new
    model as soon as it appears; prompts demand the full chain of thought in four styles."""
    fam = "bergschrund"
    n_keys = irange(rng, 3, 8)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    card_mode = pick(rng, ("shared", "few"))
    cards = _cards(rng, n_keys, card_mode)
    langs = _langs(rng, ("en", "zh", "ru", "es", "ko"), 1, 3)
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    ua = bb.sdk_ua(rng, 0.3)
    org = bb.hexid(rng, "org") if chance(rng, 0.5) else None
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=cards[i],
            ua=ua,
            ips=list(rng.choice(block, size=min(len(block), irange(rng, 2, 6)), replace=False)),
        )
        for i in range(n_keys)
    ]
    warm = chance(rng, 0.6)  # a low warm-up on the old flagship before the release
    per_hour = float(rng.uniform(30, 70))
    a = _start(ctx, rng, True, (0.5, 12))
    streams = bb.worker_pool(rng, a, ctx.t1, per_hour, n_keys)
    if warm:
        pre = bb.worker_pool(rng, ctx.release - 2 * DAY, ctx.release, per_hour * 0.15, n_keys)
        streams = [np.sort(np.concatenate([p, s])) for p, s in zip(pre, streams, strict=True)]
    for acct, ts in zip(accts, streams, strict=True):
        lang = pick(rng, langs)
        prompts = [
            tx.trace_prompt(rng, lang if chance(rng, 0.7) else "en", pick(rng, styles))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1300,
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
            "payment": card_mode,
            "languages": langs,
            "styles": styles,
            "warm_up": warm,
            "user_agent": ua,
        },
    )


def verglas(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / reward-model harvest: hourly scripted bursts of rubric grading over scraped answers,
    from several clouds, one card per key."""
    fam = "verglas"
    n_keys = irange(rng, 4, 10)
    provs = list(
        rng.choice(
            ["aws", "gcp", "azure", "oracle", "linode"], size=irange(rng, 2, 3), replace=False
        )
    )
    cards = _cards(rng, n_keys, "per_key")
    langs = _langs(rng, ("en", "de"), 1, 2)
    styles = sorted({int(x) for x in rng.integers(0, 4, size=4)})
    accts = []
    for i in range(n_keys):
        ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, provs))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                pay=cards[i],
                ua=bb.sdk_ua(rng, 0.6),
                ips=ips,
            )
        )
    a = _start(ctx, rng, chance(rng, 0.5), (0, 20))
    every = float(rng.uniform(1.5, 4.0)) * HOUR
    size = float(rng.uniform(6, 18))
    for acct in accts:
        starts = np.arange(a + float(rng.uniform(0, every)), ctx.t1, every)
        starts = starts[rng.random(len(starts)) < 0.8]
        starts = starts + rng.normal(0, 90, size=len(starts))
        ts = np.sort(
            np.concatenate(
                bb.bursts(rng, starts, size, float(rng.uniform(1.5, 6)), b=ctx.t1) or [np.empty(0)]
            )
        )
        prompts = []
        for _ in range(len(ts)):
            q, ans = pick(rng, ctx.chat), pick(rng, ctx.passages)
            prompts.append(
                tx.judge_prompt(
                    rng,
                    q,
                    ans,
                    pick(rng, styles),
                    pick(rng, langs),
                    answer_b=pick(rng, ctx.passages),
                )
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=420,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric grading harvest",
            "pacing": "scripted hourly bursts",
            "burst_every_h": round(every / HOUR, 2),
            "burst_size": round(size, 1),
            "ip_source": "cloud: " + ",".join(provs),
            "payment": "one card per key",
            "languages": langs,
            "styles": styles,
        },
    )


def spindrift(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrite harvest through a residential proxy pool with sticky sessions; a few
    prepaid cards across many keys."""
    fam = "spindrift"
    n_keys = irange(rng, 10, 20)
    region = pick(rng, ("*", "latam", "sea", "us", "eu"))
    pool = bb.resi(rng, irange(rng, 80, 300), region)
    cards = _cards(rng, n_keys, "few")
    langs = _langs(rng, ("en", "es", "pt", "id"), 2, 3)
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    ua = pick(rng, bb.SDK_OTHER)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i],
            ua=ua,
            ips=pool[:1],
        )
        for i in range(n_keys)
    ]
    per_hour = float(rng.uniform(18, 40))
    hold = float(rng.uniform(5, 30)) * MINUTE
    a = _start(ctx, rng, chance(rng, 0.4))
    for acct, ts in zip(accts, bb.worker_pool(rng, a, ctx.t1, per_hour, n_keys), strict=True):
        lang = pick(rng, langs)
        prompts = [
            tx.compliant_rewrite(rng, pick(rng, ctx.chat), pick(rng, styles), lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=600,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrite harvest",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"residential proxy ({region}), sticky",
            "sticky_min": round(hold / MINUTE, 1),
            "payment": "few prepaid cards",
            "languages": langs,
            "styles": styles,
        },
    )


def jumar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent transcript harvest: episodes of 3-10 sequential tool-call steps, several episodes in
    parallel per key, from cloud VMs; framework user agents."""
    fam = "jumar"
    n_keys = irange(rng, 3, 6)
    provs = list(rng.choice(["aws", "azure", "gcp"], size=2, replace=False))
    card_mode = pick(rng, ("per_key", "few"))
    cards = _cards(rng, n_keys, card_mode)
    styles = sorted({int(x) for x in rng.integers(0, 3, size=3)})
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i],
            ua=pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "AsyncOpenAI/Python 1.60.0")),
            ips=bb.cloud(rng, irange(rng, 2, 4), pick(rng, provs)),
        )
        for i in range(n_keys)
    ]
    ep_per_hour = float(rng.uniform(0.8, 2.0))
    a = _start(ctx, rng, chance(rng, 0.5))
    for acct in accts:
        starts = bb.thinned(rng, a, ctx.t1, ep_per_hour * (ctx.t1 - a) / HOUR, bb.constant)
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 3, 10)
            task = pick(rng, tx.AGENT_TASKS).format(
                a=pick(rng, bb.COUNTRIES), b=pick(rng, bb.COUNTRIES), n=pick(rng, bb.NAMES)
            )
            style = pick(rng, styles)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7), 0.6, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend(tx.agent_step(rng, task, j, style) for j in range(k))
        ctx.emit(
            rng,
            acct,
            np.asarray(ts_all),
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), p_new=0.9),
            comp_median=260,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest",
            "pacing": "episodes",
            "episodes_per_hour": round(ep_per_hour, 2),
            "ip_source": "cloud: " + ",".join(provs),
            "payment": card_mode,
            "languages": ["en"],
            "styles": styles,
        },
    )


def cornice(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation over commercial VPN exits: nightly batch windows in the
    operator's time zone plus a daytime trickle; a couple of cards."""
    fam = "cornice"
    n_keys = irange(rng, 6, 14)
    vpn = bb.rented_block(rng, pick(rng, ("m247", "leaseweb", "m247")), irange(rng, 3, 8), 4)
    tz = pick(rng, bb.TZS)
    cards = _cards(rng, n_keys, pick(rng, ("few", "shared")))
    langs = _langs(rng, ("en", "fr", "de", "es"), 1, 3)
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i],
            ua=bb.sdk_ua(rng, 0.5),
            ips=vpn,
        )
        for i in range(n_keys)
    ]
    night_rate = float(rng.uniform(15, 35))  # mean over the whole day
    start_h = float(rng.uniform(0, 3))
    a = _start(ctx, rng, chance(rng, 0.5))
    night = bb.worker_pool(
        rng, a, ctx.t1, night_rate, n_keys, bb.nightly(start_h, float(rng.uniform(3, 6)), tz)
    )
    day = bb.worker_pool(rng, a, ctx.t1, night_rate * 0.1, n_keys)
    for acct, n1, d1 in zip(accts, night, day, strict=True):
        ts = np.sort(np.concatenate([n1, d1]))
        lang = pick(rng, langs)
        prompts = [tx.synth_dataset(rng, pick(rng, styles), lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, vpn, 20 * MINUTE),
            comp_median=1600,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "nightly windows + trickle",
            "tz": tz,
            "ip_source": "VPN exits (hosting ASNs)",
            "payment": "few/shared",
            "languages": langs,
            "styles": styles,
            "night_rate": round(night_rate, 1),
        },
    )


def couloir(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest posing as web-app users: scripted conversations of 5-14 turns with
    human-ish gaps, residential proxies in the region of each account's claimed time zone, browser
    user agents, a distinct (stolen) card per account."""
    fam = "couloir"
    n_keys = irange(rng, 8, 18)
    langs = _langs(rng, ("en", "ja", "ko", "de"), 2, 4)
    tz_of = {"en": (-8, -5, 0), "ja": (9,), "ko": (9,), "de": (1, 2)}
    accts = []
    for _ in range(n_keys):
        lang = pick(rng, langs)
        tz = pick(rng, tz_of[lang])
        accts.append(
            (
                lang,
                tz,
                ctx.account(
                    rng,
                    label="campaign",
                    family=fam,
                    role="worker",
                    campaign_id=cid,
                    ua=pick(rng, bb.BROWSERS),
                    ips=bb.home(rng, irange(rng, 20, 60), tz),
                    tz=tz,
                ),
            )
        )
    conv_per_day = float(rng.uniform(10, 25))
    a = _start(ctx, rng, chance(rng, 0.5))
    for lang, tz, acct in accts:
        curve = pick(rng, (bb.constant, bb.evening_person(tz, 4.0)))
        ts_all, prompts = [], []
        for s in bb.thinned(rng, a, ctx.t1, conv_per_day * (ctx.t1 - a) / DAY, curve).tolist():
            k = irange(rng, 5, 14)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(40), 0.5, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.append(tx.dialogue_opening(rng, lang))
            prompts.extend(tx.dialogue_turn(rng, lang) for _ in range(k - 1))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, acct.ips, HOUR),
            comp_median=700,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        [x[2] for x in accts],
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted conversations",
            "conv_per_day": round(conv_per_day, 1),
            "ip_source": "residential proxy matched to claimed tz",
            "payment": "one stolen card per account",
            "languages": langs,
        },
    )


def bivouac(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each item sent n times within seconds, asking for option
    probabilities; one GCP block, one shared card."""
    fam = "bivouac"
    n_keys = irange(rng, 2, 5)
    block = bb.rented_block(rng, "gcp", 1, irange(rng, 3, 6))
    pay = bb.hexid(rng, "pay")
    org = bb.hexid(rng, "org")
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2)})
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "AsyncOpenAI/Python 1.60.0")),
            ips=block,
        )
        for _ in range(n_keys)
    ]
    n_lo, n_hi = pick(rng, ((4, 8), (8, 16), (5, 10)))
    items_per_hour = float(rng.uniform(0.6, 2.0))
    a = _start(ctx, rng, chance(rng, 0.7), (0, 24))
    for acct, starts in zip(
        accts, bb.worker_pool(rng, a, ctx.t1, items_per_hour * n_keys, n_keys), strict=True
    ):
        ts_all, prompts = [], []
        for s in starts.tolist():
            stem, opts = tx.mcq_item(rng)
            p = tx.soft_label_prompt(rng, stem, opts, pick(rng, styles))
            n = irange(rng, n_lo, n_hi)
            ts_all.extend((s + np.sort(rng.uniform(0, 4.0, size=n))).tolist())
            prompts.extend([p] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=380,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "parallel n-sample bursts",
            "n_range": [n_lo, n_hi],
            "items_per_hour_per_key": round(items_per_hour, 1),
            "ip_source": "one GCP /24",
            "payment": "one shared card",
            "languages": ["en"],
            "styles": styles,
        },
    )


def crampon(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum / taxonomy sweep: the cross product of subject x topic x level x format walked in
    order, split across keys; 24/7 from a rented block; a stolen card per key."""
    fam = "crampon"
    n_keys = irange(rng, 5, 12)
    provider = pick(rng, ("contabo", "vultr", "digitalocean", "selectel"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 10))
    cards = _cards(rng, n_keys, "per_key")
    langs = _langs(rng, ("en", "es", "de"), 1, 3)
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2)})
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i],
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "Go-http-client/2.0")),
            ips=list(rng.choice(block, size=min(3, len(block)), replace=False)),
        )
        for i in range(n_keys)
    ]
    grid = [
        (s, t, lv, f)
        for s in tx.SUBJECTS
        for t in tx.SUBJECTS[s]
        for lv in tx.LEVELS
        for f in tx.SWEEP_FORMATS
    ]
    per_hour = float(rng.uniform(25, 55))
    a = _start(ctx, rng, chance(rng, 0.5))
    streams = bb.worker_pool(rng, a, ctx.t1, per_hour, n_keys)
    cursor = int(rng.integers(len(grid)))
    order = np.argsort(np.concatenate(streams), kind="stable")
    owner = np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])[order]
    per_acct: list[list[str]] = [[] for _ in range(n_keys)]
    for i in owner.tolist():
        subj, topic, lv, fmt = grid[cursor % len(grid)]
        cursor += 1
        per_acct[i].append(
            tx.sweep_prompt(rng, subj, topic, lv, fmt, pick(rng, styles), pick(rng, langs))
        )
    for acct, ts, prompts in zip(accts, streams, per_acct, strict=True):
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=900, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum / taxonomy sweep",
            "pacing": "24/7 worker pool, ordered grid",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented {provider} block",
            "payment": "stolen card per key",
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def piton(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Harvest hidden inside a real product: a writing-assistant app's backend keys carry genuine
    user traffic (ShareGPT text) and, interleaved and scaled to the same daily curve, a harvest lane
    shaped like app requests. Same IPs, same UA, the company's own card."""
    fam = "piton"
    n_keys = irange(rng, 2, 3)
    product = pick(rng, tx.APP_PRODUCTS)
    ips = bb.cloud(rng, irange(rng, 2, 5), "aws")
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
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
        for _ in range(n_keys)
    ]
    share = float(rng.uniform(0.2, 0.4))
    per_hour = float(rng.uniform(25, 50))
    curve = bb.global_load(float(rng.uniform(14, 22)), float(rng.uniform(0.4, 0.7)))
    harvest_from = ctx.release + float(rng.uniform(-24, 12)) * HOUR
    for acct, ts in zip(
        accts, bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        hid = (ts >= harvest_from) & (rng.random(len(ts)) < share)
        prompts = [
            tx.harvest_in_app(rng) if h else tx.writer_app(rng, pick(rng, ctx.chat))
            for h in hid.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.2),
            comp_median=np.where(hid, 1100.0, 330.0),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a legitimate product's traffic",
            "product": product,
            "hidden_share": round(share, 2),
            "per_hour": round(per_hour, 1),
            "pacing": "product's global daily curve",
            "ip_source": "aws backend",
            "payment": "company card",
            "languages": ["en"],
            "harvest_from": harvest_from,
        },
    )


def sastrugi(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Low and slow: many accounts, each a plausible person (home ISP for its time zone, browser,
    evening sessions with human think times, 10-60 requests in the week), each with its own card,
    all asking questions from one hidden curriculum in casual phrasing."""
    fam = "sastrugi"
    n_keys = irange(rng, 30, 60)
    langs = _langs(rng, ("en", "es", "pt", "de"), 2, 4)
    tz_of = {"en": (-8, -5, 0, 5, 8), "es": (-5, -3, 1), "pt": (-3,), "de": (1, 2)}
    accts = []
    a = _start(ctx, rng, chance(rng, 0.6), (0, 36))
    for _ in range(n_keys):
        lang = pick(rng, langs)
        tz = pick(rng, tz_of[lang])
        ua = pick(rng, bb.BROWSERS + bb.MOBILE[:3])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sock_puppet",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(acct)
        sess = bb.session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.6, 2.0)),
            bb.evening_person(tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(50, 150)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        if len(ts) == 0:
            ts = np.array([float(rng.uniform(a, ctx.t1))])
        prompts = [tx.casual_question(rng, lang) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            comp_median=750,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow sock puppets",
            "pacing": "human evening sessions",
            "ip_source": "home ISPs matched to tz",
            "payment": "one card per account",
            "languages": langs,
            "accounts": n_keys,
        },
    )


def chockstone(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought / compromised aged accounts: each has an ordinary person's history (home IP, browser,
    evening sessions, ShareGPT prompts) until a takeover shortly after the release; then it replays
    public ShareGPT prompts to the new model through residential proxies of another region,
    keeping the owner's card and (for most) a browser user agent."""
    fam = "chockstone"
    n_keys = irange(rng, 10, 25)
    proxy_region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = bb.resi(rng, irange(rng, 50, 200), proxy_region)
    takeover = ctx.release + float(rng.uniform(2, 30)) * HOUR
    rate_h = float(rng.uniform(1.0, 4.0))
    keep_ua = float(rng.uniform(0.5, 0.9))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over",
            campaign_id=cid,
            ua=pick(rng, bb.BROWSERS),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        sess = bb.session_times(
            rng, ctx.t0, takeover, float(rng.uniform(0.4, 1.5)), bb.evening_person(tz), 3.0, 70.0
        )
        pre = np.concatenate(sess) if sess else np.empty(0)
        if len(pre):
            ctx.emit(
                rng,
                acct,
                pre,
                [pick(rng, ctx.chat) for _ in range(len(pre))],
                models=ctx.models(rng, pre, p_new=0.5, p_mini=0.2),
                err=0.005,
            )
        t_own = takeover + float(rng.uniform(0, 12)) * HOUR
        post = bb.thinned(rng, t_own, ctx.t1, rate_h * (ctx.t1 - t_own) / HOUR, bb.constant)
        ua = (
            acct.ua
            if chance(rng, keep_ua)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
        )
        ctx.emit(
            rng,
            acct,
            post,
            [pick(rng, ctx.chat) for _ in range(len(post))],
            models=ctx.models(rng, post, p_new=0.97, p_mini=0.0),
            ips=bb.sticky(rng, post, pool, 15 * MINUTE),
            ua=ua,
            comp_median=500,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "compromised aged accounts replaying public prompts",
            "takeover_ts": takeover,
            "rate_per_hour_after": round(rate_h, 1),
            "pacing": "history-like before, steady Poisson after",
            "ip_source": f"home ISP before, residential proxy ({proxy_region}) after",
            "payment": "original owners' cards",
            "languages": ["mixed (ShareGPT)"],
            "keep_browser_ua": round(keep_ua, 2),
        },
    )


def gendarme(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Mimics an evaluation lab (the kettle_stitch rhythm): a registered company, AWS, the most common
    SDK, nightly suite runs plus a big re-run on release day, benchmark-formatted items -- but the
    items are fresh and each asks for a long explanation, so every answer is training data."""
    fam = "gendarme"
    n_keys = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    suite = pick(rng, tx.EVAL_SUITES)
    nightly_rate = float(rng.uniform(10, 22))  # mean over the whole day
    start_h = float(rng.uniform(0.5, 3))
    curve = bb.nightly(start_h, float(rng.uniform(1.5, 3)), tz)
    streams = bb.worker_pool(rng, ctx.t0, ctx.t1, nightly_rate, n_keys, curve)
    r0 = ctx.release + float(rng.uniform(1, 6)) * HOUR
    rerun = bb.worker_pool(
        rng, r0, r0 + float(rng.uniform(3, 6)) * HOUR, float(rng.uniform(250, 500)), n_keys
    )
    for acct, s1, s2 in zip(accts, streams, rerun, strict=True):
        ts = np.sort(np.concatenate([s1, s2]))
        prompts = []
        for _ in range(len(ts)):
            stem, opts = tx.mcq_item(rng)
            tail = pick(
                rng,
                (
                    " Let's think step by step.",
                    " Explain your reasoning fully before answering.",
                    " Justify each eliminated option.",
                ),
            )
            prompts.append(
                tx.eval_item(rng, suite, int(rng.integers(10**4)), stem, opts, irange(rng, 0, 3))
                + tail
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=650,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest disguised as an evaluation lab's nightly suite",
            "suite": suite,
            "tz": tz,
            "nightly_rate": round(nightly_rate, 1),
            "pacing": "nightly window + release-day re-run",
            "ip_source": "single cloud",
            "payment": "one corporate card",
            "languages": ["en"],
        },
    )


CAMPAIGN_FAMILIES = {
    "bergschrund": bergschrund,
    "verglas": verglas,
    "spindrift": spindrift,
    "jumar": jumar,
    "cornice": cornice,
    "couloir": couloir,
    "bivouac": bivouac,
    "crampon": crampon,
    "piton": piton,
    "sastrugi": sastrugi,
    "chockstone": chockstone,
    "gendarme": gendarme,
}

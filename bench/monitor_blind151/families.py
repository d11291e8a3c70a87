"""Campaign families of batch 151 (code names from disc golf).

Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from its own generator,
creates its accounts through `ctx.account`, writes events with `ctx.emit` and records the
campaign with `ctx.campaign`. Families marked HARD in their docstring were built to look like
legitimate use in every way the author could think of.
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
    mobile_v6,
    pick,
    picks,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind151 import texts as tx

#: browser strings of the kind ordinary users of this API send (as seen in the background)
PLAIN_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
#: the SDK strings most of the background sends
PLAIN_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")

#: consumer regions and the UTC offset their people live in
REGION_TZ = {
    "us": -5,
    "ca": -5,
    "latam": -3,
    "eu": 1,
    "ru": 3,
    "in": 5,
    "sea": 8,
    "cn": 8,
    "jp_kr": 9,
}


def subset(rng: np.random.Generator, pool, lo: int, hi: int) -> list:
    """lo..hi distinct items of `pool` (as a list, in a random order)."""
    pool = list(pool)
    k = min(len(pool), irange(rng, lo, hi))
    return [pool[i] for i in rng.permutation(len(pool))[:k].tolist()]


def weighted(rng: np.random.Generator, items: list, n: int, skew: float = 1.0) -> list:
    """n draws from `items` with Zipf-like weights (the first item most often)."""
    w = 1.0 / np.arange(1, len(items) + 1) ** skew
    idx = rng.choice(len(items), size=n, p=w / w.sum())
    return [items[i] for i in idx.tolist()]


def steady(
    rng: np.random.Generator, a: float, b: float, mean_gap: float, shape: float = 6.0
) -> np.ndarray:
    """A paced loop: gamma-distributed gaps of mean `mean_gap` (a script with a sleep)."""
    n = int((b - a) / mean_gap * 1.3) + 10
    ts = a + np.cumsum(rng.gamma(shape, mean_gap / shape, size=n))
    return ts[ts < b]


def concat(parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def hyzer(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Reasoning-trace coercion: numeric problems wrapped in instructions that force a full,
    unsummarised chain of thought; a queue of workers on rented hosting, prepaid card per org."""
    n_orgs, n_keys = irange(rng, 1, 3), irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    langs = subset(rng, ("en", "zh", "es", "ru"), 2, 4)
    styles = subset(rng, tx.TRACE_WRAP, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="hyzer",
            role="worker",
            campaign_id=camp,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.5, 2.0) * DAY
    rate = rng.uniform(40, 100)
    pre = worker_pool(rng, start, ctx.release, rate * rng.uniform(0.15, 0.4), n_keys)
    post = worker_pool(rng, ctx.release, ctx.t1, rate, n_keys)
    retired = 0
    for a, p0, p1 in zip(accts, pre, post, strict=True):
        ts = concat([p0, p1])
        if chance(rng, 0.3) and len(ts) > 20:  # key rotated out part-way
            ts = ts[: irange(rng, len(ts) // 4, len(ts) // 2)]
            retired += 1
        ts_l = ts.tolist()
        lang = weighted(rng, langs, len(ts_l))
        prompts = [tx.trace_prompt(rng, pick(rng, styles), lg) for lg in lang]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        "hyzer",
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"worker pool {rate:.0f}/h after release",
            "ip_source": f"rented {provider} block",
            "payment": f"{n_orgs} prepaid cards (one per org)",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "keys": n_keys,
            "retired_keys": retired,
            "start": start,
            "hard": False,
        },
    )


def anhyzer(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Judge / rubric / reward-model grading harvest: candidate answers scored pointwise,
    pairwise or as a scalar reward, in batch bursts from cloud VMs, one card per key."""
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    styles = subset(rng, ("pointwise", "pairwise", "reward", "zh", "ko", "critique"), 3, 5)
    nat = cloud(rng, irange(rng, 1, 2), provider)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="anhyzer",
            role="grader",
            campaign_id=camp,
            org=org,
            ua=ua,
            ips=nat + cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.2, 1.5) * DAY
    per_day, size = rng.uniform(2, 5), rng.uniform(20, 50)
    for a in accts:
        starts = thinned(
            rng,
            start + rng.uniform(0, 6) * HOUR,
            ctx.t1,
            per_day * (ctx.t1 - start) / DAY,
            global_load(rng.uniform(0, 24), 0.3),
        )
        ts = concat(bursts(rng, starts, size, rng.uniform(0.8, 3.0), 0.6))
        prompts = [
            tx.judge_prompt(rng, pick(rng, styles), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.92, 0.02), comp_median=220.0, err=0.02
        )
    ctx.campaign(
        camp,
        "anhyzer",
        accts,
        {
            "operation": "judge / reward grading",
            "pacing": f"bursts {per_day:.1f}/day/key of ~{size:.0f}",
            "ip_source": f"{provider} VMs behind shared NAT",
            "payment": "one card per key",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en", "zh", "ko"],
            "start": start,
            "hard": False,
        },
    )


def mando(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Censorship-safe / policy rewrites and ideal-refusal harvest in several languages; fresh
    sign-ups (one org each) sharing a few virtual cards, behind rotating VPN exits."""
    n_keys = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "ovh"))
    exits = cloud(rng, irange(rng, 15, 40), vpn)
    langs = ["zh"] + subset(rng, ("en", "ru", "vi", "ar"), 2, 4)
    styles = subset(rng, ("rewrite", "ideal", "soften"), 2, 3)
    tz = pick(rng, (8, 3, 7))
    curve = workday(tz, start=8.0, end=23.0, weekend=0.6, night=0.25)
    start = ctx.release - rng.uniform(0.1, 0.8) * DAY
    rate = rng.uniform(30, 70)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="mando",
            role="worker",
            campaign_id=camp,
            pay=pick(rng, cards),
            ua=sdk_ua(rng, 0.3),
            ips=exits,
        )
        for _ in range(n_keys)
    ]
    pools = worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
    hold = rng.uniform(30, 90) * MINUTE
    for a, ts in zip(accts, pools, strict=True):
        lang = weighted(rng, langs, len(ts), 0.8)
        prompts = [tx.policy_prompt(rng, pick(rng, styles), lg, ctx.passages) for lg in lang]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=sticky(rng, ts, exits, hold),
            comp_median=420.0,
            err=0.02,
        )
    ctx.campaign(
        camp,
        "mando",
        accts,
        {
            "operation": "policy-safe rewrites and ideal refusals",
            "pacing": f"worker pool {rate:.0f}/h, day-heavy",
            "ip_source": f"VPN exits on {vpn} (sticky {hold / MINUTE:.0f} min)",
            "payment": f"{len(cards)} shared virtual cards",
            "user_agent": "mixed SDKs",
            "languages": langs,
            "styles": styles,
            "tz": tz,
            "hard": False,
        },
    )


def tomahawk(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Agent / tool-use transcripts: synthetic multi-step tool episodes (ReAct, JSON calls, XML)
    run by an agent framework on cloud NAT, one org and one corporate card."""
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = subset(rng, ("react", "json", "xml"), 1, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="tomahawk",
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.5, 1.5) * DAY
    rate = rng.uniform(6, 14)
    step_gap = rng.uniform(3, 9)
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            steps, hidden = tx.agent_episode(rng, pick(rng, styles))
            gaps = rng.lognormal(np.log(step_gap), 0.6, size=len(steps) - 1)
            ts_all.extend((s + np.concatenate([[0.0], np.cumsum(gaps)])).tolist())
            prompts.extend(steps)
            extra.extend(hidden)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.03),
            comp_median=240.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.015,
        )
    ctx.campaign(
        camp,
        "tomahawk",
        accts,
        {
            "operation": "agent tool-use transcripts",
            "pacing": f"{rate:.0f} episodes/h, steps ~{step_gap:.0f}s apart",
            "ip_source": f"{provider} NAT",
            "payment": "one corporate card",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


def grenade(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Synthetic-dataset generation on throwaway keys: each key its own org and stolen card, a
    short life at a high rate, every request from a fresh residential-proxy address."""
    n_keys = irange(rng, 15, 30)
    styles = subset(rng, tx.SYNTH, 4, 8)
    region = pick(rng, ("*", "us", "eu"))
    span0, span1 = ctx.release - rng.uniform(0.5, 1.5) * DAY, ctx.t1
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
        a = ctx.account(
            rng, label="campaign", family="grenade", role="throwaway", campaign_id=camp, ua=ua
        )
        accts.append(a)
        born = rng.uniform(span0, span1 - 3 * HOUR)
        life = rng.uniform(4, 30) * HOUR
        ts = thinned(
            rng,
            born,
            min(span1, born + life),
            rng.uniform(10, 35) * life / HOUR,
            lambda t: np.ones(len(t)),
        )
        prompts = [tx.synth_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ips = resi(rng, len(ts), region) if len(ts) else []
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=ips,
            comp_median=2200.0,
            comp_sigma=0.4,
            err=0.06,
        )
    ctx.campaign(
        camp,
        "grenade",
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "short-lived keys, 10-35/h each",
            "ip_source": f"rotating residential proxy ({region})",
            "payment": "stolen card per key",
            "user_agent": "python http clients",
            "styles": styles,
            "languages": ["en", "de", "fr", "ja", "pt"],
            "hard": False,
        },
    )


def overstable(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Scripted multi-turn dialogue harvest: an opener then stock follow-ups, a residential
    proxy address held per conversation, one spoofed browser string on every key."""
    n_keys = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    ua = pick(rng, BROWSERS)
    regions = subset(rng, ("us", "eu", "latam", "ca"), 1, 3)
    pool = [ip for r in regions for ip in resi(rng, 150, r)]
    langs = ["en"] + subset(rng, ("es", "de", "zh", "pt"), 1, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="overstable",
            role="dialog_bot",
            campaign_id=camp,
            org=pick(rng, orgs),
            pay=pay,
            ua=ua,
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.2, 1.0) * DAY
    rate = rng.uniform(5, 12)
    gap = rng.uniform(12, 30)
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, ips, extra = [], [], [], []
        for s in starts.tolist():
            turns = irange(rng, 4, 10)
            script = tx.dialog_script(rng, weighted(rng, langs, 1, 1.2)[0], ctx.chat, turns)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=turns - 1))]
            )
            ip = pick(rng, pool)
            ts_all.extend(t.tolist())
            prompts.extend(script)
            ips.extend([ip] * turns)
            extra.extend((np.arange(turns) * rng.uniform(300, 600)).astype(int).tolist())
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=ips,
            comp_median=520.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.01,
        )
    ctx.campaign(
        camp,
        "overstable",
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": f"{rate:.0f} conversations/h, turns ~{gap:.0f}s apart",
            "ip_source": f"residential proxy per conversation ({', '.join(regions)})",
            "payment": "one shared card",
            "user_agent": ua,
            "languages": langs,
            "hard": False,
        },
    )


def flippy(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Best-of-n and soft-label sampling: each job sends one prompt n times in a tight burst
    (labels to estimate a distribution, stories to pick the best of n); Asian cloud hosts."""
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "alibaba", "tencent"))
    ips = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12"))
    styles = subset(rng, ("sentiment", "nli", "intent", "story", "open"), 3, 5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="flippy",
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=[pick(rng, ips)],
        )
        for _ in range(n_keys)
    ]
    jobs_h = rng.uniform(0.8, 2.0)
    n_lo, n_hi = pick(rng, ((4, 8), (6, 12), (8, 16)))
    for a in accts:
        pre = thinned(
            rng, ctx.release - 2 * DAY, ctx.release, jobs_h * 0.3 * 48, lambda t: np.ones(len(t))
        )
        post = thinned(
            rng,
            ctx.release,
            ctx.t1,
            jobs_h * (ctx.t1 - ctx.release) / HOUR,
            lambda t: np.ones(len(t)),
        )
        ts_all, prompts, comp = [], [], []
        for s in concat([pre, post]).tolist():
            style = pick(rng, styles)
            p = tx.label_prompt(rng, style, ctx.chat, ctx.passages)
            n = irange(rng, n_lo, n_hi)
            ts_all.extend((s + np.cumsum(rng.lognormal(np.log(0.4), 0.5, size=n))).tolist())
            prompts.extend([p] * n)
            comp.extend([4.0 if style in ("sentiment", "nli", "intent") else 190.0] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        camp,
        "flippy",
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": f"{jobs_h:.1f} jobs/h/key, n={n_lo}..{n_hi}",
            "ip_source": f"{provider} cloud",
            "payment": "one card",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


def chain_out(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """Curriculum sweep, low and steady: topic x difficulty enumerated in order by a few loops on
    small VMs (one per key), each key a separate personal account and card."""
    n_keys = irange(rng, 2, 4)
    topics = subset(rng, tx.STEM, 10, 18)
    per_key = np.array_split(np.asarray(topics), n_keys)
    accts = []
    for i in range(n_keys):
        provider = pick(rng, ("digitalocean", "linode", "vultr"))
        ua = pick(rng, ("curl/8.5.0", "python-requests/2.32.3"))
        style = pick(rng, ("item", "ladder", "es", "hi"))
        a = ctx.account(
            rng,
            label="campaign",
            family="chain_out",
            role="sweeper",
            campaign_id=camp,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(a)
        start = ctx.t0 + rng.uniform(0.3, 2.0) * DAY
        ts = steady(rng, start, ctx.t1, rng.uniform(200, 480), rng.uniform(3, 10))
        mine = [str(t) for t in per_key[i].tolist()]
        prompts = []
        for j in range(len(ts)):
            topic = mine[(j // 10) % len(mine)]
            prompts.append(
                tx.curriculum_prompt(style if chance(rng, 0.85) else "item", topic, 1 + j % 10, j)
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 1.0, 0.0),
            comp_median=900.0,
            comp_sigma=0.4,
            err=0.005,
        )
    ctx.campaign(
        camp,
        "chain_out",
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "steady loop, one request every 3-8 min per key, 24/7",
            "ip_source": "one small VM per key",
            "payment": "one personal card per key",
            "user_agent": "curl / requests",
            "languages": ["en", "es", "hi"],
            "topics": topics,
            "hard": False,
        },
    )


def jump_putt(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Harvest hidden inside a real product: a small writing/translation app's backend sends
    its users' texts, and its owner mixes in a parallel-corpus and rewrite harvest of long passages
    through the same keys, wrapper, addresses and daily curve, from the model release on."""
    brand = pick(rng, ("Wordloft", "Penbridge", "Lingotter", "Scribewell"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 3), "aws")
    n_keys = irange(rng, 2, 3)
    uas = ["OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family="jump_putt",
            role=("product", "batch", "staging")[i],
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=uas[i],
            ips=nat,
        )
        for i in range(n_keys)
    ]
    load = global_load(rng.uniform(13, 17), rng.uniform(0.5, 0.75))
    user_rate = rng.uniform(14, 32)
    user_langs = list(tx.PRODUCT_LANGS[:5])
    modes = ("translate", "polish", "summary", "reply")
    share = rng.uniform(0.25, 0.45)
    for i, a in enumerate(accts):
        r = user_rate * (1.0, 0.5, 0.05)[i]
        ts_u = thinned(rng, ctx.t0, ctx.t1, r * (ctx.t1 - ctx.t0) / HOUR, load)
        ts_h = (
            thinned(
                rng,
                ctx.release + rng.uniform(1, 8) * HOUR,
                ctx.t1,
                share * r * (ctx.t1 - ctx.release) / HOUR,
                load,
            )
            if i < 2
            else np.empty(0)
        )
        up = [
            tx.product_prompt(
                rng,
                brand,
                weighted(rng, list(modes), 1, 1.0)[0],
                tx.clip_text(rng, pick(rng, ctx.chat), 10, 900),
                weighted(rng, user_langs, 1)[0],
            )
            for _ in range(len(ts_u))
        ]
        hp = [
            tx.product_prompt(
                rng,
                brand,
                "translate" if chance(rng, 0.8) else "polish",
                tx.clip_text(rng, pick(rng, ctx.passages), 400, 1800),
                pick(rng, tx.PRODUCT_LANGS),
            )
            for _ in range(len(ts_h))
        ]
        ts = np.concatenate([ts_u, ts_h])
        models = ctx.models(rng, ts_u, 0.35, 0.15) + ctx.models(rng, ts_h, 0.9, 0.0)
        comp = np.concatenate([np.full(len(ts_u), 280.0), np.full(len(ts_h), 620.0)])
        ctx.emit(rng, a, ts, up + hp, models=models, comp_median=comp, err=0.01)
    ctx.campaign(
        camp,
        "jump_putt",
        accts,
        {
            "operation": "parallel-corpus harvest hidden in a product's traffic",
            "pacing": f"product load {user_rate:.0f}/h, harvest +{share:.0%} from release",
            "ip_source": "the product's AWS NAT",
            "payment": "company card",
            "user_agent": "product SDK",
            "brand": brand,
            "languages": list(tx.PRODUCT_LANGS),
            "hard": True,
        },
    )


def tee_pad(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Bought aged accounts: each an ordinary person's account (own org, own card, its
    usual browser), driven through a residential proxy in its owner's country at person-like
    session rates, asking casual coding and STEM questions, a quarter of them plain chat."""
    n_keys = irange(rng, 20, 35)
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family="tee_pad",
            role="aged_account",
            campaign_id=camp,
            ua=pick(rng, PLAIN_BROWSERS + PLAIN_SDK[:1]),
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, night=0.05)
        size, gap = rng.uniform(3, 8), rng.uniform(50, 160)
        pre = session_times(rng, ctx.t0, ctx.release, rng.uniform(0.2, 0.6), curve, size, gap)
        post = session_times(rng, ctx.release, ctx.t1, rng.uniform(0.8, 2.0), curve, size, gap)
        for sess in pre + post:
            if not len(sess):
                continue
            prompts = [
                tx.casual_tech(rng)
                if chance(rng, 0.75)
                else tx.clip_text(rng, pick(rng, ctx.chat), 10, 900)
                for _ in range(len(sess))
            ]
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, 0.6, 0.1),
                ips=pick(rng, a.ips),
                comp_median=480.0,
                err=0.01,
            )
    ctx.campaign(
        camp,
        "tee_pad",
        accts,
        {
            "operation": "code / STEM harvest through bought aged accounts",
            "pacing": "human sessions, 0.8-2/day after release",
            "ip_source": "residential proxy in each account's home region",
            "payment": "each account's own card",
            "user_agent": "each account's usual browser",
            "languages": ["en"],
            "hard": True,
        },
    )


def upshot(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. A paid microtask crowd: workers paste tasks from a shared list into their own
    accounts by hand (their own cards, home or phone connections, browsers), each task given to
    two or three workers, in a few sessions after the batch is posted."""
    n_workers = irange(rng, 40, 70)
    quota = rng.integers(8, 36, size=n_workers)
    redundancy = irange(rng, 2, 3)
    tasks = tx.crowd_task_list(rng, int(quota.sum()) // redundancy + 1)
    posted = ctx.release + rng.uniform(0.1, 0.8) * DAY
    regions = subset(rng, ("in", "sea", "latam", "eu"), 2, 4)
    accts = []
    queue = rng.permutation(np.repeat(np.arange(len(tasks)), redundancy)).tolist()
    for w in range(n_workers):
        region = pick(rng, regions)
        tz = REGION_TZ[region]
        on_phone = chance(rng, 0.35) and region in ("in", "latam", "eu")
        if on_phone:
            kind = {"in": "in_mobile", "latam": "br_mobile", "eu": "eu_mobile"}[region]
            ips, ua = mobile_v6(rng, irange(rng, 2, 4), kind), pick(rng, MOBILE[:3])
        else:
            ips, ua = resi(rng, irange(rng, 1, 2), region), pick(rng, PLAIN_BROWSERS + BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family="upshot",
            role="crowd_worker",
            campaign_id=camp,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        mine = [queue.pop() for _ in range(min(len(queue), int(quota[w])))] or [
            int(rng.integers(len(tasks)))
        ]
        curve = evening_person(tz, 3.0)
        starts = thinned(rng, posted, ctx.t1, irange(rng, 1, 3), curve)
        if not len(starts):
            starts = np.array([rng.uniform(posted, ctx.t1 - HOUR)])
        chunks = np.array_split(np.asarray(mine), len(starts))
        for s, chunk in zip(starts.tolist(), chunks, strict=True):
            if not len(chunk):
                continue
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(
                        rng.lognormal(np.log(rng.uniform(80, 200)), 0.6, size=len(chunk) - 1)
                    ),
                ]
            )
            prompts = [tx.crowd_paste(rng, tasks[j]) for j in chunk.tolist()]
            ctx.emit(
                rng,
                a,
                t,
                prompts,
                models=ctx.models(rng, t, 0.85, 0.0),
                ips=pick(rng, ips),
                comp_median=600.0,
                err=0.01,
            )
    ctx.campaign(
        camp,
        "upshot",
        accts,
        {
            "operation": "microtask crowd pasting a shared task list",
            "pacing": "1-3 sessions per worker after posting",
            "ip_source": "workers' home broadband / phones",
            "payment": "workers' own cards",
            "user_agent": "workers' browsers and phones",
            "regions": regions,
            "tasks": len(tasks),
            "redundancy": redundancy,
            "languages": ["en", "es", "id", "pt"],
            "posted": posted,
            "hard": True,
        },
    )


def birdie(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    """HARD. Public prompt replay: a small company team replays a public collection of real user
    prompts, verbatim and never repeated, against the new model from office machines and
    laptops, at workday rates, on the most common SDK."""
    n_keys = irange(rng, 8, 14)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3, 8, -5))
    region = {1: "eu", 2: "eu", 3: "ru", 8: "cn", -5: "us"}[tz]
    office = resi(rng, irange(rng, 1, 2), region)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n_keys):
        ips = office + (home(rng, 1, tz) if chance(rng, 0.5) else [])
        ua = pick(rng, PLAIN_SDK) if chance(rng, 0.8) else pick(rng, SDK_OTHER[:2])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family="birdie",
                role="replayer",
                campaign_id=camp,
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
    curve = workday(tz, start=9.0, end=18.5, night=0.03)
    pre_day, post_day = rng.uniform(15, 40), rng.uniform(70, 160)
    for a in accts:
        ts = concat(
            [
                thinned(rng, ctx.t0, ctx.release, pre_day * 4, curve),
                thinned(rng, ctx.release, ctx.t1, post_day * 3, curve),
            ]
        )
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        ips = [
            a.ips[0] if (len(a.ips) == 1 or chance(rng, 0.8)) else a.ips[-1] for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.05),
            ips=ips,
            comp_median=350.0,
            err=0.01,
        )
    ctx.campaign(
        camp,
        "birdie",
        accts,
        {
            "operation": "public prompt replay",
            "pacing": f"workday, {pre_day:.0f}/day then {post_day:.0f}/day per key",
            "ip_source": f"office broadband ({region}) and laptops at home",
            "payment": "company card",
            "user_agent": "common SDKs",
            "tz": tz,
            "languages": ["en (as in the public set)"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "hyzer": hyzer,
    "anhyzer": anhyzer,
    "mando": mando,
    "tomahawk": tomahawk,
    "grenade": grenade,
    "overstable": overstable,
    "flippy": flippy,
    "chain_out": chain_out,
    "jump_putt": jump_putt,
    "tee_pad": tee_pad,
    "upshot": upshot,
    "birdie": birdie,
}

__all__ = ["CAMPAIGN_FAMILIES"]

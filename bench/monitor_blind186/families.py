"""Campaign families of batch 186: twelve distillation operations, each a generator
`family(ctx, rng, campaign_id)` that opens its accounts, records its truth and emits its events.

Every choice (key counts, orgs, cards, pacing, addresses, user agents, languages, template styles,
model choice) is drawn from the family's own rng. The README describes each family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
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
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind186 import texts

#: user agents seen most in ordinary traffic (what a careful operator copies)
PLAIN_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
#: a person's main language by UTC offset
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "en",
    3: "en",
    5: "hi",
    8: "en",
    9: "ja",
}


def _choose(rng: np.random.Generator, items, k_lo: int, k_hi: int) -> list:
    k = min(len(items), irange(rng, k_lo, k_hi))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def _weights(rng: np.random.Generator, n: int, lead: float = 0.0) -> np.ndarray:
    w = rng.dirichlet(np.full(n, 2.0))
    if lead:
        w = (1 - lead) * w
        w[0] += lead
    return w / w.sum()


def _draw(rng: np.random.Generator, items: list, w: np.ndarray):
    return items[int(rng.choice(len(items), p=w))]


def _jsonable(d: dict) -> dict:
    out = {}
    for k, v in d.items():
        if isinstance(v, np.generic):
            v = v.item()
        elif isinstance(v, (list, tuple)):
            v = [x.item() if isinstance(x, np.generic) else x for x in v]
        out[k] = v
    return out


def _in_window(ctx: Ctx, ts: np.ndarray) -> np.ndarray:
    ts = np.asarray(ts, dtype=np.float64)
    return np.sort(ts[(ts >= ctx.t0) & (ts <= ctx.t1)])


# --------------------------------------------------------------------------------------------


def steeplechase(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, a worker pool around the clock."""
    fam = "steeplechase"
    n = irange(rng, 6, 14)
    n_orgs = 1 if chance(rng, 0.5) else irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay")] if chance(rng, 0.6) else [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    pool = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.6)
    langs = ["en"] + _choose(rng, ["zh", "es", "ru"], 1, 3)
    lw = _weights(rng, len(langs), 0.3)
    styles = _choose(rng, list(texts.TRACE_STYLES), 2, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_key = float(rng.uniform(3.0, 8.0))
    curve = constant if chance(rng, 0.5) else global_load(float(rng.uniform(0, 24)), 0.3)
    p_new = float(rng.uniform(0.9, 0.98))
    comp = float(rng.uniform(1000, 1700))
    err = float(rng.uniform(0.02, 0.06))
    streams = worker_pool(rng, start, ctx.t1, per_key * n, n, curve)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        ts = streams[i]
        prompts = [
            texts.trace_prompt(rng, pick(rng, styles), _draw(rng, langs, lw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.45,
            err=err,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "reasoning-trace coercion",
                "keys": n,
                "orgs": n_orgs,
                "cards": len(cards),
                "payment": "prepaid",
                "ip_source": f"rented hosting block ({provider})",
                "addresses": len(pool),
                "pacing": "poisson worker pool",
                "per_key_per_hour": round(per_key, 2),
                "user_agent": ua,
                "languages": langs,
                "styles": styles,
                "start": start,
                "p_new": round(p_new, 3),
            }
        ),
    )


def water_jump(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / reward-model grading data through residential proxies on cards from a carding shop."""
    fam = "water_jump"
    n = irange(rng, 5, 9)
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(10, 40)) * 60
    tz = pick(rng, TZS)
    curve = workday(tz, weekend=float(rng.uniform(0.2, 0.6)), night=0.05)
    styles = _choose(rng, list(texts.GRADING_STYLES), 2, 4)
    sw = _weights(rng, len(styles))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_day = float(rng.uniform(4, 10))
    size = float(rng.uniform(15, 50))
    gap = float(rng.uniform(3, 8))
    p_new = float(rng.uniform(0.8, 0.95))
    comp = float(rng.uniform(220, 380))
    accts = []
    for _ in range(n):
        ua = pick(
            rng,
            (
                "python-httpx/0.28.1",
                "aiohttp/3.11.11",
                "python-requests/2.32.3",
                "OpenAI/Python 1.58.1",
            ),
        )
        a = ctx.account(
            rng, label="campaign", family=fam, role="worker", campaign_id=cid, ua=ua, ips=pool
        )
        accts.append(a)
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        tl = bursts(rng, starts, size, gap, 0.6, ctx.t1)
        ts = np.sort(np.concatenate(tl)) if tl else np.empty(0)
        prompts = [
            texts.grading_prompt(rng, _draw(rng, styles, sw), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "judge/reward-model grading",
                "keys": n,
                "orgs": n,
                "cards": n,
                "payment": "stolen cards",
                "ip_source": f"residential proxy ({region}), sticky {int(hold)} s",
                "addresses": len(pool),
                "pacing": "bursts in operator working day",
                "operator_tz": tz,
                "bursts_per_day": round(per_day, 2),
                "burst_size": round(size, 1),
                "styles": styles,
                "languages": ["en", "zh"] if "reward_zh" in styles else ["en"],
                "p_new": round(p_new, 3),
            }
        ),
    )


def lead_leg(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy-compliant rewrites of sensitive topics, through VPN exits."""
    fam = "lead_leg"
    n = irange(rng, 4, 8)
    n_orgs = (n + 1) // 2
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    vpn = pick(rng, ("m247", "leaseweb", "vultr", "ovh"))
    pool = rented_block(rng, vpn, irange(rng, 2, 4), irange(rng, 1, 3))
    hold = float(rng.uniform(1, 3)) * HOUR
    tz = pick(rng, (8, 8, 3))
    curve = workday(tz, start=9.0, end=21.0, weekend=0.5, night=0.03)
    langs = ["zh", "en", "ru", "vi"] if tz == 8 else ["ru", "en", "zh"]
    lw = _weights(rng, len(langs), 0.4)
    ua = pick(rng, SDK_OTHER[:6])
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_key = float(rng.uniform(4, 9))
    p_new = float(rng.uniform(0.8, 0.92))
    comp = float(rng.uniform(450, 650))
    streams = worker_pool(rng, start, ctx.t1, per_key * n, n, curve)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i // 2],
            pay=cards[i % 2],
            ua=ua,
            ips=pool,
        )
        accts.append(a)
        ts = streams[i]
        prompts = [
            texts.policy_prompt(rng, _draw(rng, langs, lw), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "censorship-safe / policy rewrites",
                "keys": n,
                "orgs": n_orgs,
                "cards": 2,
                "payment": "virtual prepaid",
                "ip_source": f"VPN exits ({vpn})",
                "addresses": len(pool),
                "pacing": "worker pool in a long working day",
                "operator_tz": tz,
                "languages": langs,
                "user_agent": ua,
                "p_new": round(p_new, 3),
            }
        ),
    )


def trail_leg(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: synthetic environments driven step by step from cloud VMs."""
    fam = "trail_leg"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.63.2"))
    styles = _choose(rng, list(texts.AGENT_STYLES), 1, 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day = float(rng.uniform(10, 25))
    gap = float(rng.uniform(4, 9))
    p_new = float(rng.uniform(0.9, 0.97))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        ts_all, prompts, extra, comp = [], [], [], []
        for s in thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant).tolist():
            steps = irange(rng, 4, 14)
            ep = texts.agent_episode(rng, pick(rng, styles), steps)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=steps - 1))]
            )
            ts_all.extend(t.tolist())
            prompts.extend(ep)
            extra.extend([350 + 280 * k for k in range(steps)])
            comp.extend([160.0] * (steps - 1) + [420.0])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "agent/tool-use transcripts",
                "keys": n,
                "orgs": 1,
                "cards": 1,
                "payment": "company card",
                "ip_source": f"cloud NAT ({provider})",
                "addresses": len(ips),
                "pacing": "episodes of chained steps",
                "episodes_per_key_per_day": round(per_day, 1),
                "styles": styles,
                "user_agent": ua,
                "languages": ["en"],
                "p_new": round(p_new, 3),
            }
        ),
    )


def crossbar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic instruction-dataset generation spread over many clouds and several shell orgs."""
    fam = "crossbar"
    n = irange(rng, 8, 20)
    n_orgs = irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    styles = _choose(rng, list(texts.SYNTH_STYLES), 3, 5)
    sw = _weights(rng, len(styles))
    tz = pick(rng, TZS)
    night_mode = chance(rng, 0.6)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    p_new = float(rng.uniform(0.9, 0.99))
    comp = float(rng.uniform(1100, 1800))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    providers = _choose(
        rng, ["aws", "gcp", "azure", "oracle", "digitalocean", "linode", "vultr"], 2, 5
    )
    n_start = float(rng.uniform(8, 11)) if night_mode else 0.0
    hours = float(rng.uniform(5, 9))
    accts = []
    for i in range(n):
        ips = cloud(rng, irange(rng, 1, 2), pick(rng, providers))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        if night_mode:
            starts = thinned(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(2, 5)) * (ctx.t1 - start) / DAY,
                nightly(n_start + 12, hours, tz),
            )
            tl = bursts(
                rng, starts, float(rng.uniform(20, 60)), float(rng.uniform(1.5, 4)), 0.5, ctx.t1
            )
            ts = np.sort(np.concatenate(tl)) if tl else np.empty(0)
        else:
            ts = thinned(
                rng, start, ctx.t1, float(rng.uniform(3, 7)) * (ctx.t1 - start) / HOUR, constant
            )
        prompts = [
            texts.synth_prompt(rng, _draw(rng, styles, sw), ctx.chat) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=comp,
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "synthetic-dataset generation",
                "keys": n,
                "orgs": n_orgs,
                "cards": n_orgs,
                "payment": "one prepaid card per shell org",
                "ip_source": f"multi-cloud ({', '.join(providers)})",
                "pacing": "nightly bursts" if night_mode else "steady poisson",
                "operator_tz": tz,
                "styles": styles,
                "user_agent": ua,
                "p_new": round(p_new, 3),
            }
        ),
    )


def takeoff_mark(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Multi-turn dialogue harvest by a crowd of person-like accounts on residential proxies
    matched to each persona's timezone: evening sessions, reading pauses, a few dozen turns a day."""
    fam = "takeoff_mark"
    n = irange(rng, 30, 50)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, n // 3, n // 2))]
    start_lo = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    p_new = float(rng.uniform(0.88, 0.97))
    size = float(rng.uniform(5, 9))
    gap = float(rng.uniform(50, 110))
    hist = irange(rng, 150, 350)  # history is cut to the last two turns to save tokens
    accts = []
    langs_used = set()
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = LANG_OF_TZ[tz] if chance(rng, 0.6) else "en"
        langs_used.add(lang)
        ua = pick(rng, MOBILE[:3]) if chance(rng, 0.2) else pick(rng, BROWSERS + PLAIN_UAS[2:])
        pool = home(rng, irange(rng, 3, 8), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        s0 = start_lo + float(rng.uniform(0, 1.5)) * DAY
        sessions = session_times(
            rng, s0, ctx.t1, float(rng.uniform(1.2, 3.0)), evening_person(tz), size, gap
        )
        ts_all, prompts, ips, extra = [], [], [], []
        for sess in sessions:
            ip = pick(rng, pool)
            for k in range(len(sess)):
                prompts.append(
                    texts.opener(rng, lang, ctx.chat) if k == 0 else texts.followup(rng, lang)
                )
                extra.append(hist * min(k, 2))
            ts_all.extend(sess.tolist())
            ips.extend([ip] * len(sess))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            comp_median=430.0,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "multi-turn dialogue harvest (person-like crowd)",
                "keys": n,
                "orgs": n,
                "cards": len(cards),
                "payment": "prepaid virtual cards, 2-4 accounts each",
                "ip_source": "residential proxies matched to persona tz",
                "pacing": "human sessions, evening peak",
                "history_tokens_per_turn": hist,
                "session_size": round(size, 1),
                "think_time_s": round(gap, 1),
                "languages": sorted(langs_used),
                "p_new": round(p_new, 3),
                "hard": True,
            }
        ),
    )


def touchdown(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: every item sent n times at once, from the day of release."""
    fam = "touchdown"
    n = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "oracle"))
    styles = _choose(rng, list(texts.SAMPLING_STYLES), 2, 3)
    n_choices = _choose(rng, [4, 5, 8, 10, 16], 1, 2)
    tagged = chance(rng, 0.35)
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    items_per_hour = float(rng.uniform(6, 15))
    p_new = float(rng.uniform(0.95, 0.99))
    comp = float(rng.uniform(200, 450))
    ua = sdk_ua(rng, 0.4)
    item_streams = worker_pool(rng, start, ctx.t1, items_per_hour, n)
    accts = []
    for i in range(n):
        ips = cloud(rng, irange(rng, 1, 2), provider)
        a = ctx.account(
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
        accts.append(a)
        ts_all, prompts = [], []
        for s in item_streams[i].tolist():
            k = pick(rng, n_choices)
            item = texts.sampling_item(rng, pick(rng, styles), ctx.chat)
            ts_all.extend((s + np.sort(rng.uniform(0, 2.0, size=k))).tolist())
            prompts.extend(
                [f"{item}\n\n[sample {j + 1}/{k}]" if tagged else item for j in range(k)]
            )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.0), comp_median=comp, err=0.04
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "best-of-n / soft-label sampling",
                "keys": n,
                "orgs": 1,
                "cards": 1,
                "payment": "card",
                "ip_source": f"cloud ({provider})",
                "pacing": "item queue, n parallel samples per item",
                "samples_per_item": n_choices,
                "tagged_samples": tagged,
                "styles": styles,
                "start": start,
                "items_per_hour": round(items_per_hour, 1),
                "user_agent": ua,
                "p_new": round(p_new, 3),
            }
        ),
    )


def stride_pattern(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD-ish. A slow, steady curriculum sweep (subject x topic x level) from one office line."""
    fam = "stride_pattern"
    n = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 9, -5))
    office = home(rng, 1, tz)
    second = cloud(rng, 1, pick(rng, ("aws", "hetzner"))) if chance(rng, 0.5) else []
    langs = ["en"] + ([pick(rng, ("de", "fr", "ko"))] if chance(rng, 0.6) else [])
    grid = texts.curriculum_grid(rng, langs)
    interval = float(rng.uniform(120, 300))
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    steps = rng.lognormal(np.log(interval), 0.15, size=int((ctx.t1 - start) / interval * 1.2) + 10)
    ts = _in_window(ctx, start + np.cumsum(steps))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    p_new = float(rng.uniform(0.95, 0.99))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office + second,
        )
        for _ in range(n)
    ]
    who = np.arange(len(ts)) % n  # round-robin over keys
    for i, a in enumerate(accts):
        idx = np.flatnonzero(who == i)
        prompts = [grid[j % len(grid)] for j in idx.tolist()]
        ips = [office[0] if (not second or rng.random() < 0.8) else second[0] for _ in idx]
        ctx.emit(
            rng,
            a,
            ts[idx],
            prompts,
            models=ctx.models(rng, ts[idx], p_new),
            ips=ips,
            comp_median=850.0,
            comp_sigma=0.35,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "curriculum sweep",
                "keys": n,
                "orgs": 1,
                "cards": 1,
                "payment": "company card",
                "ip_source": "office broadband" + (" + one cloud VM" if second else ""),
                "office_tz": tz,
                "pacing": "one slow steady sequence, round-robin over keys",
                "interval_s": round(interval, 1),
                "grid_size": len(grid),
                "languages": langs,
                "start": start,
                "user_agent": ua,
                "p_new": round(p_new, 3),
                "hard": True,
            }
        ),
    )


def three_step(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest: each source text translated into many languages (a parallel corpus)."""
    fam = "three_step"
    n = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    tz = pick(rng, (0, 1, 2))
    office = home(rng, 2, tz)
    vms = cloud(rng, irange(rng, 2, 4), pick(rng, ("ovh", "scaleway", "hetzner")))
    styles = _choose(rng, list(texts.TRANSLATION_STYLES), 1, 2)
    fan = (irange(rng, 5, 8), irange(rng, 9, 15))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_key = float(rng.uniform(5, 12))
    p_new = float(rng.uniform(0.85, 0.95))
    ua = pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1", "OpenAI/NodeJS 4.67.1"))
    accts = []
    for i in range(n):
        at_office = i % 2 == 0
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=ua,
            ips=office if at_office else vms,
            tz=tz,
        )
        accts.append(a)
        curve = workday(tz, weekend=0.1) if at_office else constant
        ts = thinned(rng, start, ctx.t1, per_key * (ctx.t1 - start) / HOUR, curve)
        prompts, comp = [], []
        while len(prompts) < len(ts):
            src = texts.snippet(rng, pick(rng, ctx.passages), 200, 1000)
            style = pick(rng, styles)
            for tgt in _choose(rng, list(texts.TARGETS), *fan):
                prompts.append(texts.translation_prompt(rng, style, src, tgt))
                comp.append(len(src) / 3.0 * float(rng.uniform(1.0, 1.8)))
        ctx.emit(
            rng,
            a,
            ts,
            prompts[: len(ts)],
            models=ctx.models(rng, ts, p_new),
            comp_median=np.asarray(comp[: len(ts)]),
            comp_sigma=0.2,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "translation harvest (parallel corpus)",
                "keys": n,
                "orgs": 2,
                "cards": 2,
                "payment": "card per org",
                "ip_source": "office broadband + hosting VMs",
                "office_tz": tz,
                "pacing": "office keys in working hours, VM keys around the clock",
                "targets_per_source": list(fan),
                "styles": styles,
                "user_agent": ua,
                "p_new": round(p_new, 3),
            }
        ),
    )


_CODEY = (
    "code",
    "function",
    "python",
    "error",
    "javascript",
    "sql",
    "class ",
    "api",
    "react",
    "script",
    "bug",
)


def starting_blocks(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Code harvest hidden in a real coding-help product's traffic: the same keys, addresses
    and daily curve carry both real user requests and injected harvest prompts."""
    fam = "starting_blocks"
    n = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    users = [p for p in ctx.chat if any(w in p.lower() for w in _CODEY)]
    styles = _choose(rng, list(texts.CODE_STYLES), 2, 4)
    share = float(rng.uniform(0.25, 0.4))
    curve = global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.5, 0.7)))
    per_key = float(rng.uniform(8, 20))
    p_new_h = float(rng.uniform(0.9, 0.98))
    accts = []
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=ips,
        )
        accts.append(a)
        ts = thinned(rng, ctx.t0, ctx.t1, per_key * (ctx.t1 - ctx.t0) / HOUR, curve)
        harvest = (rng.random(len(ts)) < share) & (ts >= ctx.t0 + 0.5 * DAY)
        prompts = [
            texts.code_prompt(rng, pick(rng, styles)) if h else texts.human(rng, users, 1500)
            for h in harvest.tolist()
        ]
        m_prod = ctx.models(rng, ts, 0.35)
        m_harv = ctx.models(rng, ts, p_new_h)
        models = [
            mh if h else mp for h, mp, mh in zip(harvest.tolist(), m_prod, m_harv, strict=True)
        ]
        comp = np.where(harvest, 700.0, 360.0)
        extra = np.where(harvest, 0, rng.integers(0, 300, size=len(ts)))
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, extra=extra, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "code harvest hidden in product traffic",
                "keys": n,
                "orgs": 1,
                "cards": 1,
                "payment": "company card",
                "ip_source": "cloud (aws) NAT of the product",
                "addresses": len(ips),
                "pacing": "product's global load curve",
                "harvest_share": round(share, 3),
                "styles": styles,
                "user_agent": ua,
                "p_new_harvest": round(p_new_h, 3),
                "hard": True,
            }
        ),
    )


def snap_down(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Bought aged accounts: days of their owners' ordinary use, then (around the release) a
    moderate harvest through residential proxies in the owner's own region, owner's user agent."""
    fam = "snap_down"
    n = irange(rng, 15, 25)
    pivot0 = ctx.release + float(rng.uniform(-0.3, 0.6)) * DAY
    keep_ua = float(rng.uniform(0.5, 0.8))
    p_new = float(rng.uniform(0.9, 0.97))
    hold = float(rng.uniform(6, 24)) * HOUR
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = {"de": "en", "hi": "en", "pt": "pt", "ja": "ja"}.get(LANG_OF_TZ[tz], "en")
        if chance(rng, 0.2):
            lang = "fr"
        ua = pick(rng, PLAIN_UAS + BROWSERS[:2])
        house = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=house,
            tz=tz,
        )
        accts.append(a)
        pivot = pivot0 + float(rng.uniform(0, 0.5)) * DAY
        owner_curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        sess = session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.6, 2.0)), owner_curve, 3.0, 90.0
        )
        ts1 = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts1,
            [texts.human(rng, ctx.chat) for _ in range(len(ts1))],
            models=ctx.models(rng, ts1, 0.2),
            comp_median=350.0,
        )
        ts2 = thinned(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(60, 150)) * (ctx.t1 - pivot) / DAY,
            workday(tz, start=7.0, end=23.0, weekend=0.6, night=0.25),
        )
        proxies = home(rng, 10, tz)
        ua2 = ua if chance(rng, keep_ua) else "OpenAI/Python 1.54.0"
        prompts = []
        for _ in range(len(ts2)):
            r = rng.random()
            if r < 0.55:
                prompts.append(texts.knowledge_prompt(rng, lang))
            elif r < 0.8:
                prompts.append(texts.trace_prompt(rng, pick(rng, ("audit", "expert")), "en"))
            else:
                prompts.append(texts.code_prompt(rng, pick(rng, ("spec", "terse"))))
        ctx.emit(
            rng,
            a,
            ts2,
            prompts,
            models=ctx.models(rng, ts2, p_new),
            ips=sticky(rng, ts2, proxies, hold),
            ua=ua2,
            comp_median=800.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "harvest on bought aged accounts",
                "keys": n,
                "orgs": n,
                "cards": n,
                "payment": "the original owners' cards",
                "ip_source": "owner's home, then residential proxies in the same region",
                "pacing": "owner sessions, then a daytime-shaped moderate stream",
                "pivot": pivot0,
                "keep_owner_ua": round(keep_ua, 2),
                "languages": ["en", "pt", "ja", "fr"],
                "p_new": round(p_new, 3),
                "hard": True,
            }
        ),
    )


def lean_finish(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay: fresh accounts after the release replay a public chat dataset
    verbatim (each account its own disjoint shard) in person-like sessions on residential proxies."""
    fam = "lean_finish"
    n = irange(rng, 40, 70)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, n // 3, n // 2))]
    order = rng.permutation(len(ctx.chat))
    shard = len(order) // n
    p_new = float(rng.uniform(0.95, 0.995))
    size = float(rng.uniform(4, 7))
    gap = float(rng.uniform(40, 100))
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS + PLAIN_UAS[2:]) if chance(rng, 0.8) else pick(rng, MOBILE[:3])
        pool = resi(rng, irange(rng, 3, 5), pick(rng, ("us", "eu", "latam", "in", "sea", "*")))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        s0 = ctx.release + float(rng.uniform(0, 1.5)) * DAY
        sess = session_times(
            rng, s0, ctx.t1, float(rng.uniform(2, 4)), evening_person(tz), size, gap
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        mine = order[i * shard : (i + 1) * shard].tolist()
        prompts = [ctx.chat[mine[j % len(mine)]] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=sticky(rng, ts, pool, DAY),
            comp_median=420.0,
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        _jsonable(
            {
                "operation": "public prompt replay",
                "keys": n,
                "orgs": n,
                "cards": len(cards),
                "payment": "prepaid cards shared by 2-3 accounts",
                "ip_source": "residential proxies, one exit per day",
                "pacing": "person-like evening sessions from the release on",
                "session_size": round(size, 1),
                "think_time_s": round(gap, 1),
                "prompt_source": "public chat dataset, disjoint shard per account",
                "p_new": round(p_new, 3),
                "hard": True,
            }
        ),
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "steeplechase": steeplechase,
    "water_jump": water_jump,
    "lead_leg": lead_leg,
    "trail_leg": trail_leg,
    "crossbar": crossbar,
    "takeoff_mark": takeoff_mark,
    "touchdown": touchdown,
    "stride_pattern": stride_pattern,
    "three_step": three_step,
    "starting_blocks": starting_blocks,
    "snap_down": snap_down,
    "lean_finish": lean_finish,
}

"""Campaign families of batch 237 (code names from soapbox racing).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign with `ctx.campaign`. Everything is drawn
from the family's own generator, in list order only.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    TZS,
    Ctx,
    Curve,
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
    rented_block,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind237 import texts as tx


def subset(rng: np.random.Generator, items: Sequence, lo: int, hi: int) -> list:
    """lo..hi distinct items, kept in their listed order."""
    k = irange(rng, lo, min(hi, len(items)))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def mix(
    rng: np.random.Generator, items: Sequence, lo: int, hi: int, lead: float = 2.0
) -> tuple[list, list[float]]:
    """A subset and its weights (the first listed item tends to lead)."""
    chosen = subset(rng, items, lo, hi)
    w = rng.dirichlet(np.ones(len(chosen)) * 1.5)
    if chosen and chosen[0] == items[0]:
        w[0] += lead * float(w.max())
    return chosen, (w / w.sum()).tolist()


def after_release(ctx: Ctx, pre: float) -> Curve:
    """Rate curve: `pre` of full rate before the new model, full rate after it."""
    rel = ctx.release

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= rel, 1.0, pre)

    return f


def cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts) if parts else np.empty(0)


def _ordered(ts: np.ndarray, *cols: list) -> tuple:
    """Sort events by time, carrying per-event columns along."""
    order = np.argsort(ts, kind="stable")
    return (ts[order], *[[c[i] for i in order.tolist()] for c in cols])


# --------------------------------------------------------------------------------------------


def axle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion: templated problems with forced long visible reasoning, a worker
    pool of keys on a rented hosting block."""
    fam = "axle"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 8))
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.58.1",
        ),
    )
    langs, lw = mix(rng, ("en", "zh", "ru", "es"), 2, 4)
    styles = subset(rng, ("tags", "coach", "steps"), 2, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=pool,
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour, pre = float(rng.uniform(30, 70)), float(rng.uniform(0.2, 0.6))
    hold, comp = float(rng.uniform(10, 40)) * MINUTE, float(rng.uniform(1100, 1800))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, after_release(ctx, pre))
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.reasoning(rng, tx.wpick(rng, langs, lw), pick(rng, styles)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": per_hour,
            "pre_release_rate": pre,
            "ip_source": f"rented_block:{provider}",
            "payment": "prepaid_card_per_org",
            "orgs": n_orgs,
            "keys": n_keys,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def pushbar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest: scripted bursts from autoscaled cloud
    runners, one stolen card per key."""
    fam = "pushbar"
    n_keys, n_orgs = irange(rng, 4, 8), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "gcp", "azure"))
    runners = cloud(rng, irange(rng, 20, 60), provider)
    ua = pick(rng, ("litellm/1.60.2", "OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
    langs, lw = mix(rng, ("en", "de", "es", "zh"), 2, 4)
    styles = subset(rng, ("pairwise", "rubric", "hhh", "critique"), 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=orgs[irange(rng, 0, n_orgs - 1)],
            ua=ua,
            ips=runners,
        )
        for _ in range(n_keys)
    ]
    per_day, size, gap = (
        float(rng.uniform(2, 4)),
        float(rng.uniform(25, 70)),
        float(rng.uniform(1.5, 4.0)),
    )
    for acct in accts:
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(rng, a, ctx.t1, per_day * (ctx.t1 - a) / DAY, after_release(ctx, 0.35))
        trains = bursts(rng, starts, size, gap, 0.6, ctx.t1)
        ts = cat(trains)
        ips = [
            ip
            for tr, ip in zip(trains, [pick(rng, runners) for _ in trains], strict=True)
            for _ in range(len(tr))
        ]
        prompts = [
            tx.judge(rng, ctx.chat, ctx.passages, pick(rng, styles), tx.wpick(rng, langs, lw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            ips=ips,
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_grading",
            "pacing": "bursts",
            "bursts_per_day": per_day,
            "burst_size": size,
            "ip_source": f"cloud_runners:{provider}",
            "payment": "stolen_card_per_key",
            "orgs": n_orgs,
            "keys": n_keys,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def straw_bale(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant / censorship-safe rewrites of sensitive questions, many small self-serve
    keys behind commercial VPN exits at a slow steady rate."""
    fam = "straw_bale"
    n_keys = irange(rng, 10, 20)
    n_cards = irange(rng, 3, n_keys)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    vpns = subset(rng, ("m247", "leaseweb", "vultr", "ovh", "digitalocean"), 2, 3)
    exits = [ip for v in vpns for ip in cloud(rng, irange(rng, 6, 15), v)]
    langs, lw = mix(rng, ("zh", "en", "ru", "ar", "fa", "vi"), 3, 6)
    styles = subset(rng, ("rewrite", "dual", "exact", "classify"), 2, 4)
    accts, hold = [], float(rng.uniform(1, 3)) * HOUR
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="self_serve_key",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=sdk_ua(rng, 0.6),
            ips=exits,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = thinned(
            rng, a, ctx.t1, float(rng.uniform(70, 200)) * (ctx.t1 - a) / (ctx.t1 - ctx.t0), constant
        )
        prompts = []
        for _ in range(len(ts)):
            lang = tx.wpick(rng, langs, lw)
            style = "zh_safe" if lang == "zh" and chance(rng, 0.5) else pick(rng, styles)
            prompts.append(tx.policy(rng, ctx.passages, style, lang))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            ips=sticky(rng, ts, exits, hold),
            comp_median=480.0,
            comp_sigma=0.55,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "slow_steady_per_key",
            "ip_source": f"vpn_exits:{'+'.join(vpns)}",
            "payment": f"prepaid_cards:{n_cards}",
            "keys": n_keys,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


def drag_brake(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: synthetic multi-step episodes, growing context per step."""
    fam = "drag_brake"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = subset(rng, ("react", "json"), 1, 2)
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
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour, gap = float(rng.uniform(6, 13)), float(rng.uniform(3, 9))
    schema = irange(rng, 350, 900)
    per_step = irange(rng, 120, 260)
    for acct, starts in zip(
        accts,
        worker_pool(rng, start, ctx.t1, per_hour, n_keys, after_release(ctx, 0.5)),
        strict=True,
    ):
        ts_parts, prompts, extra = [], [], []
        for s in starts.tolist():
            n = irange(rng, 3, 10)
            steps = tx.agent_steps(rng, n, pick(rng, styles))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=n - 1))])
            ts_parts.append(t)
            prompts.extend(steps)
            extra.extend(schema + per_step * k for k in range(n))
        ts, prompts, extra = _ordered(cat(ts_parts), prompts, extra)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=140.0,
            comp_sigma=0.7,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "episodes_in_worker_pool",
            "episodes_per_hour": per_hour,
            "ip_source": f"cloud_nat:{provider}",
            "payment": "one_card",
            "keys": n_keys,
            "user_agent": ua,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


def pin_gate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation at night in the operator's time zone, one VPS per key,
    keys spread over a few organisations."""
    fam = "pin_gate"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("contabo", "vultr", "digitalocean"))
    vps = cloud(rng, n_keys, provider)
    tz = pick(rng, TZS)
    night_start, night_len = float(rng.uniform(21, 24)), float(rng.uniform(7, 10))
    langs, lw = mix(rng, ("en", "fr", "ja", "id", "es"), 2, 5)
    ua = sdk_ua(rng, 0.3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=[vps[i]],
            tz=tz,
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(15, 30))
    shard = irange(rng, 0, 5000)
    for acct, ts in zip(
        accts,
        worker_pool(rng, start, ctx.t1, per_hour, n_keys, nightly(night_start, night_len, tz)),
        strict=True,
    ):
        prompts = []
        for _ in range(len(ts)):
            lang = tx.wpick(rng, langs, lw)
            style = {"fr": "fr", "ja": "ja", "id": "id"}.get(lang) or pick(rng, ("jsonl", "table"))
            shard += 1
            prompts.append(tx.synth(rng, lang, style, shard))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=2200.0,
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_worker_pool",
            "tz": tz,
            "night_start_h": night_start,
            "ip_source": f"vps_per_key:{provider}",
            "payment": "card_per_org",
            "orgs": n_orgs,
            "keys": n_keys,
            "user_agent": ua,
            "languages": langs,
            "hard": False,
        },
    )


def tailfin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest by a low-and-slow crowd of person-like accounts: evening
    sessions with reading pauses, residential proxies in each persona's region (deliberately hard)."""
    fam = "tailfin"
    n = irange(rng, 20, 34)
    tzs = subset(rng, TZS, 3, 6)
    langs, lw = mix(rng, ("en", "es", "pt", "de", "ko"), 2, 5, lead=3.0)
    per_day, size, gap = (
        float(rng.uniform(1.5, 3.5)),
        float(rng.uniform(4, 8)),
        float(rng.uniform(35, 90)),
    )
    p_static = float(rng.uniform(0.2, 0.6))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        lang = tx.wpick(rng, langs, lw)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        sessions = session_times(rng, a, ctx.t1, per_day, evening_person(tz), size, gap, 0.7)
        static = chance(rng, p_static)
        ts_parts, prompts, ips = [], [], []
        fresh = home(rng, max(1, len(sessions)), tz)
        for j, s in enumerate(sessions):
            ts_parts.append(s)
            prompts.append(tx.opener(rng, ctx.chat, lang, 0.5))
            prompts.extend(tx.followup(rng, lang) for _ in range(len(s) - 1))
            ips.extend([acct.ips[0] if static else fresh[j]] * len(s))
        ts = cat(ts_parts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            ips=ips,
            comp_median=600.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "person_like_sessions",
            "sessions_per_day": per_day,
            "session_size": size,
            "ip_source": "residential_proxy_per_persona_region",
            "static_ip_share": p_static,
            "payment": "card_per_account",
            "accounts": n,
            "time_zones": tzs,
            "languages": langs,
            "hard": True,
        },
    )


def hubcap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: every item sent n times at once."""
    fam = "hubcap"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "oracle", "gcp"))
    ua = sdk_ua(rng, 0.4)
    langs, lw = mix(rng, ("en", "de", "pt", "ko"), 1, 4)
    n_rep = pick(rng, (4, 5, 6))
    p_soft = float(rng.uniform(0.4, 0.8))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    items_per_hour = float(rng.uniform(2, 5))
    for acct in accts:
        starts = thinned(
            rng, start, ctx.t1, items_per_hour * (ctx.t1 - start) / HOUR, after_release(ctx, 0.4)
        )
        ts_parts, prompts, comp = [], [], []
        for s in starts.tolist():
            soft = chance(rng, p_soft)
            p = (
                tx.soft_label(rng, ctx.chat, tx.wpick(rng, langs, lw))
                if soft
                else tx.snippet(rng, pick(rng, ctx.chat), 20, 700)
            )
            ts_parts.append(s + np.sort(rng.exponential(0.4, size=n_rep)))
            prompts.extend([p] * n_rep)
            comp.extend([6.0 if soft else 420.0] * n_rep)
        ts, prompts, comp = _ordered(cat(ts_parts), prompts, comp)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "pacing": "item_fanout",
            "n_samples": n_rep,
            "items_per_hour": items_per_hour,
            "soft_label_share": p_soft,
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "keys": n_keys,
            "user_agent": ua,
            "languages": langs,
            "hard": False,
        },
    )


def sidepod(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: each key walks subject x concept x level x format in order, one request
    every few minutes around the clock; keys posing as separate companies."""
    fam = "sidepod"
    n_keys = irange(rng, 5, 9)
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("digitalocean", "linode"))
    langs, lw = mix(rng, ("en", "es", "pt", "hi"), 2, 4)
    subjects = list(tx.CURRICULUM)
    interval = float(rng.uniform(8, 20)) * MINUTE
    accts = []
    for i in range(n_keys):
        lang = tx.wpick(rng, langs, lw)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=sdk_ua(rng, 0.5),
            ips=cloud(rng, 1, provider),
        )
        accts.append(acct)
        subj = subjects[(i + irange(rng, 0, len(subjects) - 1)) % len(subjects)]
        grid = [
            (c, lv, f, a)
            for c in tx.CURRICULUM[subj]
            for lv in range(1, 11)
            for f in tx.FORMATS
            for a in tx.AUDIENCE[lang]
        ]
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        k = int((ctx.t1 - a0) / interval)
        ts = a0 + interval * np.arange(k) + rng.normal(0, 0.15 * interval, size=k)
        ts = np.sort(ts[(ts >= a0) & (ts < ctx.t1)])
        off = irange(rng, 0, len(grid) - 1)
        prompts = [
            tx.curriculum(
                subj, *grid[(off + j) % len(grid)][:3], lang, grid[(off + j) % len(grid)][3]
            )
            for j in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=750.0,
            comp_sigma=0.45,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "cron_like_steady",
            "interval_s": interval,
            "ip_source": f"vps_per_key:{provider}",
            "payment": "two_cards_over_separate_orgs",
            "keys": n_keys,
            "languages": langs,
            "hard": False,
        },
    )


def camber(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Translation harvest inside a real translation product's own traffic: the product's keys,
    backend NAT addresses and request format carry both the users' snippets and, in the product's
    quiet hours, whole passages sent into many target languages (deliberately hard)."""
    fam = "camber"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    style = pick(rng, ("plain", "tagged", "natural"))
    peak, depth = float(rng.uniform(13, 19)), float(rng.uniform(0.5, 0.75))
    product_rate, jobs_rate = float(rng.uniform(14, 26)), float(rng.uniform(1.0, 2.2))
    targets = subset(rng, tx.LANG_NAMES, 6, 11)
    tw = rng.dirichlet(np.ones(len(targets))).tolist()
    load = global_load(peak, depth)

    def quiet(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.3 - load(ts), 0, 1) ** 2

    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    prod = worker_pool(rng, ctx.t0, ctx.t1, product_rate, n_keys, load)
    jobs = worker_pool(
        rng, ctx.release - float(rng.uniform(0.2, 1.0)) * DAY, ctx.t1, jobs_rate, n_keys, quiet
    )
    for acct, p_ts, j_ts in zip(accts, prod, jobs, strict=True):
        prompts = [
            tx.translate(
                tx.first_sentence(pick(rng, ctx.chat))
                if chance(rng, 0.6)
                else tx.snippet(rng, pick(rng, ctx.chat), 20, 300),
                tx.wpick(rng, targets, tw),
                style,
            )
            for _ in range(len(p_ts))
        ]
        ctx.emit(
            rng,
            acct,
            p_ts,
            prompts,
            models=ctx.models(rng, p_ts, p_new=0.45, p_mini=0.45),
            comp_median=90.0,
            comp_sigma=0.7,
            err=0.01,
        )
        ts_parts, hp, comp = [], [], []
        for s in j_ts.tolist():
            text = tx.snippet(rng, pick(rng, ctx.passages), 700, 2400)
            langs = subset(rng, targets, 5, 9)
            ts_parts.append(
                s
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(3.0), 0.5, size=len(langs) - 1))]
                )
            )
            hp.extend(tx.translate(text, lg, style) for lg in langs)
            comp.extend([len(text) / 3.2] * len(langs))
        ts, hp, comp = _ordered(cat(ts_parts), hp, comp)
        ctx.emit(
            rng,
            acct,
            ts,
            hp,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.2,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest_inside_product",
            "pacing": "product_load_plus_quiet_hour_jobs",
            "product_per_hour": product_rate,
            "harvest_jobs_per_hour": jobs_rate,
            "ip_source": "product_backend_nat:aws",
            "payment": "company_card",
            "keys": n_keys,
            "user_agent": ua,
            "targets": targets,
            "style": style,
            "languages": ["en"] + targets,
            "hard": True,
        },
    )


def tie_rod(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code harvest through bought, aged accounts: each keeps its owner's history, region, time
    of day and (mostly) user agent; after takeover the operator sends code tasks through
    residential proxies in the owner's region (deliberately hard)."""
    fam = "tie_rod"
    n = irange(rng, 6, 10)
    styles = subset(rng, ("full", "terse", "review", "chatty"), 2, 4)
    p_keep_ua = float(rng.uniform(0.5, 0.9))
    takeover_c = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        owner_ua = pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng, 0.7)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        take = takeover_c + float(rng.uniform(-0.4, 0.4)) * DAY
        own = session_times(rng, ctx.t0, take, float(rng.uniform(0.6, 2.0)), curve, 3.0, 70.0)
        ts_o = cat(own)
        ctx.emit(
            rng,
            acct,
            ts_o,
            [tx.snippet(rng, pick(rng, ctx.chat), 15, 600) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, p_new=0.4, p_mini=0.15),
            comp_median=350.0,
        )
        pool = home(rng, irange(rng, 4, 10), tz)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 6)),
            curve,
            float(rng.uniform(6, 12)),
            float(rng.uniform(20, 60)),
        )
        ts_h = cat(sess)
        ua = (
            owner_ua
            if chance(rng, p_keep_ua)
            else pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
        )
        ctx.emit(
            rng,
            acct,
            ts_h,
            [tx.code_task(rng, pick(rng, styles)) for _ in range(len(ts_h))],
            models=ctx.models(rng, ts_h, p_new=0.95, p_mini=0.0),
            ips=sticky(rng, ts_h, pool, 2 * HOUR),
            ua=ua,
            comp_median=900.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_via_aged_accounts",
            "pacing": "owner_like_sessions_after_takeover",
            "takeover_center_ts": takeover_c,
            "ip_source": "residential_proxy_in_owner_region",
            "payment": "owners_cards",
            "accounts": n,
            "keep_owner_ua_share": p_keep_ua,
            "styles": styles,
            "languages": ["en"],
            "hard": True,
        },
    )


_MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def cotter_pin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay: a crowd of fresh small accounts replays a public prompt collection
    (no prompt twice) on the new model, from phones and home-proxy addresses (deliberately hard)."""
    fam = "cotter_pin"
    n = irange(rng, 25, 50)
    tzs = subset(rng, (-8, -5, -3, 0, 1, 2, 5), 3, 7)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    p_phone = float(rng.uniform(0.3, 0.7))
    per_day, size = float(rng.uniform(2.0, 4.0)), float(rng.uniform(3, 5))
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        phone = chance(rng, p_phone)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replay_account",
            campaign_id=cid,
            ua=pick(rng, MOBILE) if phone else pick(rng, BROWSERS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(-0.3, 1.5)) * DAY
        sessions = session_times(rng, a, ctx.t1, per_day, evening_person(tz), size, 90.0)
        ts = cat(sessions)
        addr = (
            mobile_v6(rng, len(sessions), _MOBILE_OF_TZ[tz])
            if phone
            else home(rng, max(1, len(sessions)), tz)
        )
        ips = [addr[j] for j, s in enumerate(sessions) for _ in range(len(s))]
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.99, p_mini=0.0),
            ips=ips,
            comp_median=450.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "person_like_sessions",
            "sessions_per_day": per_day,
            "ip_source": "carrier_v6_and_residential_per_session",
            "phone_share": p_phone,
            "payment": "prepaid_card_per_account",
            "accounts": n,
            "time_zones": tzs,
            "prompts_replayed": cursor,
            "languages": ["as_public_collection"],
            "hard": True,
        },
    )


def flagman(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Worked-solution harvest dressed as a model-evaluation lab: office broadband and a cloud
    runner, harness-shaped runs in office hours and at night; but items never repeat and every
    answer is asked in full (deliberately hard)."""
    fam = "flagman"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, 8, 9, -5))
    office = home(rng, irange(rng, 1, 2), tz)
    runner = cloud(rng, 2, "gcp")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    style = pick(rng, ("harness", "md"))
    size, gap = float(rng.uniform(60, 180)), float(rng.uniform(1.2, 3.0))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="eval_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office + runner,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    idx = irange(rng, 1, 400)
    for acct in accts:
        day_runs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 1.2)) * 7, workday(tz))
        night_runs = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 0.9)) * 7, nightly(22, 6, tz)
        )
        ts_parts, prompts, ips = [], [], []
        for runs, addr in ((day_runs, office), (night_runs, runner)):
            for tr in bursts(rng, runs, size, gap, 0.4, ctx.t1):
                ts_parts.append(tr)
                ip = pick(rng, addr)
                for _ in range(len(tr)):
                    idx += 1
                    prompts.append(tx.eval_item(rng, ctx.passages, idx, style))
                    ips.append(ip)
        ts, prompts, ips = _ordered(cat(ts_parts), prompts, ips)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            ips=ips,
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "worked_solutions_as_eval_lab",
            "pacing": "harness_runs_office_and_night",
            "run_size": size,
            "ip_source": "office_broadband_plus_gcp_runner",
            "payment": "corporate_card",
            "keys": n_keys,
            "tz": tz,
            "user_agent": ua,
            "style": style,
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "axle": axle,
    "pushbar": pushbar,
    "straw_bale": straw_bale,
    "drag_brake": drag_brake,
    "pin_gate": pin_gate,
    "tailfin": tailfin,
    "hubcap": hubcap,
    "sidepod": sidepod,
    "camber": camber,
    "tie_rod": tie_rod,
    "cotter_pin": cotter_pin,
    "flagman": flagman,
}

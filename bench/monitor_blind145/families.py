"""Campaign families of batch 145 (code names: shuffleboard words).

Each family is a generator `f(ctx, rng, campaign_id)` that opens its accounts with `ctx.account`,
writes their events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything a
family varies (key counts, orgs, cards, pacing, addresses, user agents, languages, styles, model
choice) is drawn from its own `rng`, so another seed gives another operator of the same shape.

Four families (horse_collar, stop_shot, push_stick, leaner) are deliberately hard: built to look
like legitimate use in every way the author could think of.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
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
    mobile_v6,
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
from bench.monitor_blind145 import texts as tx

from distillguard.sim import ipspace

Rng = np.random.Generator
CAMPAIGN = "campaign"


# --------------------------------------------------------------------------------------------
# helpers shared with kinds.py


def adopt(
    ctx: Ctx,
    rng: Rng,
    ts,
    final: float,
    ramp_days: float,
    p_mini: float = 0.05,
    lag_days: float = 0.0,
) -> list[str]:
    """Per event: the new model with a probability that rises linearly from 0 at release (plus
    `lag_days`) to `final` after `ramp_days`; otherwise the old flagship or (p_mini) the small one."""
    ts = np.asarray(ts, dtype=np.float64)
    start = ctx.release + lag_days * DAY
    p = np.clip((ts - start) / max(ramp_days * DAY, 1.0), 0.0, 1.0) * final
    p = np.where(ts >= start, p, 0.0)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if a < q else (mini if b < p_mini else old)
        for a, b, q in zip(u.tolist(), v.tolist(), p.tolist(), strict=True)
    ]


def choose_langs(rng: Rng, pool: Sequence[str], k: int, first: str | None = "en") -> list[str]:
    rest = [x for x in pool if x != first]
    chosen = [
        rest[i]
        for i in sorted(rng.choice(len(rest), size=min(k, len(rest)), replace=False).tolist())
    ]
    return ([first] if first else []) + chosen


def weights(rng: Rng, n: int, lead: float = 3.0) -> np.ndarray:
    w = rng.uniform(0.5, 1.5, size=n)
    w[0] *= lead
    return w / w.sum()


def draw(rng: Rng, items: Sequence, n: int, p: np.ndarray | None = None) -> list:
    idx = rng.choice(len(items), size=n, p=p)
    return [items[i] for i in idx.tolist()]


def concat(parts: Sequence[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def region_of(rng: Rng, tz: int) -> str:
    regions = ipspace.REGION_OF_TZ.get(tz, ("us", "eu"))
    return pick(rng, regions)


def floor_curve(curve, floor: float):
    def f(ts: np.ndarray) -> np.ndarray:
        return np.maximum(floor, curve(ts))

    return f


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block


def biscuit(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "biscuit"
    n_keys = irange(rng, 5, 12)
    shared_org = chance(rng, 0.6)
    org = hexid(rng, "org")
    card_mode = pick(rng, ("one_card", "prepaid_per_key"))
    card = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "aws"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.4)
    langs = choose_langs(rng, ("en", "zh", "ru", "es", "de", "ja", "fr", "pt"), irange(rng, 1, 4))
    lw = weights(rng, len(langs), 2.5)
    styles = [
        tx.REASONING_STYLES[i]
        for i in rng.choice(4, size=irange(rng, 2, 3), replace=False).tolist()
    ]
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org if shared_org else None,
            pay=card if card_mode == "one_card" else None,
            ua=ua,
            ips=[
                block[j]
                for j in rng.choice(len(block), size=irange(rng, 1, 3), replace=False).tolist()
            ],
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.5, 2.0) * DAY
    full = ctx.release + rng.uniform(0.05, 0.4) * DAY
    pre_rate, post_rate = rng.uniform(4, 14), rng.uniform(35, 95)
    pre = worker_pool(rng, start, full, pre_rate, n_keys)
    post = worker_pool(rng, full, ctx.t1, post_rate, n_keys)
    task = irange(rng, 0, 10**6)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = concat([t_pre, t_post])
        lang = draw(rng, langs, len(ts), lw)
        sty = draw(rng, styles, len(ts))
        prompts = []
        for la, st in zip(lang, sty, strict=True):
            task += 1
            prompts.append(tx.reasoning_prompt(rng, la, st, task))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "shared_org": shared_org,
            "payment": card_mode,
            "ip_source": f"rented_block:{provider}",
            "user_agent": ua,
            "pacing": "worker_pool",
            "rate_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through VPN exits, in bursts


def hanger(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hanger"
    n_keys = irange(rng, 3, 7)
    provider = pick(rng, ("m247", "leaseweb", "ovh", "vultr"))
    exits = cloud(rng, irange(rng, 8, 20), provider)
    same_ua = chance(rng, 0.7)
    ua0 = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    styles = [
        tx.JUDGE_STYLES[i] for i in rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist()
    ]
    p_local = rng.uniform(0.1, 0.35)
    hold = rng.uniform(30, 90) * 60
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="grader",
            campaign_id=cid,
            ua=ua0 if same_ua else sdk_ua(rng, 0.2),
            ips=exits,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.0, 0.6) * DAY
    per_day = rng.uniform(4, 10)
    size = rng.uniform(18, 55)
    comp = {"pairwise": 280.0, "likert": 210.0, "reward": 150.0, "critique": 600.0}
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts = concat(bursts(rng, starts, size, rng.uniform(1.5, 4.0), 0.5, ctx.t1))
        sty = draw(rng, styles, len(ts))
        prompts, meds = [], []
        for st in sty:
            lang = "en"
            if chance(rng, p_local):
                lang = {"pairwise": pick(rng, ("de", "es")), "likert": "fr"}.get(st, "en")
            prompts.append(tx.judge_prompt(rng, lang, st, ctx.chat, ctx.passages))
            meds.append(comp[st])
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.88, p_mini=0.0),
            ips=sticky(rng, ts, exits, hold),
            comp_median=np.asarray(meds),
            comp_sigma=0.5,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "payment": "prepaid_per_key",
            "ip_source": f"vpn_exits:{provider}",
            "user_agent": ua0 if same_ua else "mixed_sdk",
            "pacing": "bursts",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "styles": styles,
            "languages": ["en", "de", "es", "fr"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant / censorship-safe rewrites on stolen cards and residential proxies


def cover_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cover_shot"
    n_keys = irange(rng, 15, 32)
    cards = [hexid(rng, "pay") for _ in range(max(2, int(n_keys * rng.uniform(0.5, 0.8))))]
    regions = [
        ipspace.consumer_regions()[i]
        for i in rng.choice(9, size=irange(rng, 2, 3), replace=False).tolist()
    ]
    pool = [ip for r in regions for ip in resi(rng, irange(rng, 120, 250), r)]
    langs = ["zh", "en", "ru", "ar", "tr"]
    lw = np.array([rng.uniform(0.25, 0.45), 0.3, 0.15, 0.1, 0.1])
    lw /= lw.sum()
    styles = [
        tx.POLICY_STYLES[i] for i in rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist()
    ]
    hold = rng.uniform(8, 20) * 60
    t_open = ctx.t0 + rng.uniform(0.25, 0.45) * (ctx.t1 - ctx.t0)
    span = ctx.t1 - t_open
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="burner",
            campaign_id=cid,
            pay=cards[i] if i < len(cards) else pick(rng, cards),
            ua=pick(rng, SDK_COMMON + SDK_OTHER + BROWSERS),
            ips=pool,
        )
        accts.append(a)
        born = t_open + (i / n_keys) * span * rng.uniform(0.6, 1.0)
        life = rng.uniform(0.8, 2.5) * DAY
        rate = rng.uniform(3, 9)
        ts = thinned(rng, born, min(born + life, ctx.t1), rate * life / HOUR, constant)
        if len(ts) == 0:
            ts = np.array([born + 60.0])
        prompts = [
            tx.policy_prompt(rng, la, pick(rng, styles), ctx.passages)
            for la in draw(rng, langs, len(ts), lw)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=420.0,
            comp_sigma=0.6,
            err=0.02,
        )
        if born + life < ctx.t1:  # key revoked (card charged back): a short tail of 401s
            dead = born + life + np.cumsum(rng.lognormal(np.log(40), 0.8, size=irange(rng, 3, 10)))
            ctx.emit(
                rng,
                a,
                dead,
                [tx.policy_prompt(rng, "en", pick(rng, styles), ctx.passages) for _ in dead],
                models=ctx.models(rng, dead, p_new=0.8),
                ips=sticky(rng, dead, pool, hold),
                comp_median=1.0,
                comp_sigma=0.01,
                status=401,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_and_censorship_safe_rewrites",
            "keys": n_keys,
            "payment": "stolen_cards",
            "cards": len(cards),
            "ip_source": f"residential_proxy:{'+'.join(regions)}",
            "user_agent": "random_per_key",
            "pacing": "slow_steady_burner_keys",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a cloud NAT, one company


def dead_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "dead_line"
    n_keys = irange(rng, 4, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    styles = [
        tx.AGENT_STYLES[i] for i in rng.choice(3, size=irange(rng, 1, 2), replace=False).tolist()
    ]
    langs = choose_langs(rng, ("en", "zh", "es"), irange(rng, 0, 2))
    lw = weights(rng, len(langs), 4.0)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.2, 1.0) * DAY
    ep_rate = rng.uniform(5, 13)
    step_gap = rng.uniform(3, 9)
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, ep_rate, n_keys), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = 3 + int(rng.poisson(5))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))]
            )
            st, la = pick(rng, styles), draw(rng, langs, 1, lw)[0]
            per_step = irange(rng, 150, 400)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_first(rng, la, st) if j == 0 else tx.agent_step(rng, st, j))
                extra.append(0 if j == 0 else 350 + j * per_step)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=190.0,
            comp_sigma=0.7,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "shared_org": True,
            "payment": "one_card",
            "ip_source": f"cloud_nat:{provider}",
            "user_agent": ua,
            "pacing": "worker_pool_episodes",
            "episodes_per_hour": round(ep_rate, 1),
            "styles": styles,
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, a taxonomy swept in order, mostly at night


def half_round(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "half_round"
    n_keys = irange(rng, 2, 4)
    card = hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "selectel", "contabo"))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="generator",
            campaign_id=cid,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    langs = choose_langs(rng, ("en", "ru", "es", "pt", "zh", "id"), irange(rng, 1, 3))
    styles = [
        tx.DATASET_STYLES[i] for i in rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist()
    ]
    night_start, night_len = irange(rng, 0, 23), rng.uniform(6, 10)
    curve = floor_curve(nightly(night_start, night_len, 0), 0.06)
    start = ctx.release - rng.uniform(0.0, 1.5) * DAY
    rate = rng.uniform(18, 45)
    tax = tx.taxonomy()
    job = 0
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True):
        prompts = []
        for _ in range(len(ts)):
            item = tax[job % len(tax)]
            la = langs[(job // len(tax)) % len(langs)]
            st = styles[(job // (len(tax) * len(langs))) % len(styles)]
            prompts.append(tx.dataset_prompt(rng, la, st, item, ctx.chat))
            job += 1
        ctx.emit(
            rng,
            a,
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
            "keys": n_keys,
            "payment": "one_card_many_orgs",
            "ip_source": f"hosting:{provider}",
            "user_agent": ua,
            "pacing": "nightly_worker_pool",
            "night_start_utc": night_start,
            "rate_per_hour": round(rate, 1),
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest from a phone farm on carrier networks


def ten_off(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ten_off"
    n_keys = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    v4_region = {"in_mobile": "in", "br_mobile": "latam", "us_mobile": "us", "eu_mobile": "eu"}[
        carrier
    ]
    langs = {
        "in_mobile": ["en", "hi"],
        "br_mobile": ["pt", "en"],
        "us_mobile": ["en", "es"],
        "eu_mobile": ["en", "es"],
    }[carrier]
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="handset",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=mobile_v6(rng, 1, carrier),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - rng.uniform(0.0, 1.0) * DAY
    per_day, size, gap = rng.uniform(10, 26), rng.uniform(4, 7), rng.uniform(18, 40)
    for a in accts:
        ts_all, prompts, ips, extra = [], [], [], []
        for sess in session_times(rng, start, ctx.t1, per_day, constant, size, gap, 0.5):
            la = langs[0] if chance(rng, 0.7) else langs[1]
            ip = mobile_v6(rng, 1, carrier)[0] if chance(rng, 0.7) else resi(rng, 1, v4_region)[0]
            hist = 0
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.clip(pick(rng, ctx.chat), 20, 900, rng) if j == 0 else tx.followup(rng, la)
                )
                ips.append(ip)
                extra.append(hist)
                hist += irange(rng, 250, 550)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=420.0,
            comp_sigma=0.5,
            err=0.02,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "payment": "prepaid_cards_shared",
            "cards": len(cards),
            "ip_source": f"carrier:{carrier}",
            "user_agent": ua,
            "pacing": "bot_sessions_24h",
            "sessions_per_day": round(per_day, 1),
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n resampling and soft-label extraction


def scoring_triangle(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "scoring_triangle"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("oracle", "vultr", "linode", "gcp"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    p_bon = rng.uniform(0.35, 0.7)
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 10)
    soft = [
        tx.SOFT_STYLES[i] for i in rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist()
    ]
    start = ctx.release + rng.uniform(0.0, 0.3) * DAY
    rate = rng.uniform(12, 32)
    for a, jobs in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, meds = [], [], []
        for s in jobs.tolist():
            if chance(rng, p_bon):
                n = irange(rng, n_lo, n_hi)
                p = tx.softlabel_prompt(rng, "plain", ctx.chat)
                for t in (s + np.sort(rng.uniform(0, 2.5, size=n))).tolist():
                    ts_all.append(t)
                    prompts.append(p)
                    meds.append(380.0)
            else:
                ts_all.append(s)
                prompts.append(tx.softlabel_prompt(rng, pick(rng, soft), ctx.chat))
                meds.append(70.0)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.asarray(meds)[order],
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_labels",
            "keys": n_keys,
            "payment": "one_card",
            "ip_source": f"cloud:{provider}",
            "user_agent": ua,
            "pacing": "worker_pool_fanout",
            "p_best_of_n": round(p_bon, 2),
            "n_range": [n_lo, n_hi],
            "soft_styles": soft,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code harvest: a task x language grid, swept in order


def knock_off(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "knock_off"
    n_keys = irange(rng, 6, 12)
    card = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range((n_keys + 2) // 3)]
    provider = pick(rng, ("azure", "gcp", "alibaba", "tencent"))
    block = rented_block(rng, provider, 2, irange(rng, 2, 5))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "Go-http-client/2.0", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="coder",
            campaign_id=cid,
            org=orgs[i // 3],
            pay=card,
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))],
        )
        for i in range(n_keys)
    ]
    plangs = [tx.PLANGS[i] for i in rng.permutation(len(tx.PLANGS))[: irange(rng, 5, 10)].tolist()]
    styles = [tx.CODE_STYLES[i] for i in rng.permutation(4).tolist()]
    grid = [(t, pl, st) for st in styles for pl in plangs for t in tx.CODE_TASKS]
    start = ctx.release - rng.uniform(0.0, 0.5) * DAY
    rate = rng.uniform(22, 55)
    pool = worker_pool(rng, start, ctx.t1, rate, n_keys)
    # hand out grid items in time order across keys, as a job queue does
    who = np.concatenate([np.full(len(t), i, dtype=np.int64) for i, t in enumerate(pool)])
    order = np.argsort(np.concatenate(pool), kind="stable")
    per_key: list[list[str]] = [[] for _ in range(n_keys)]
    for j, i in enumerate(who[order].tolist()):
        t, pl, st = grid[j % len(grid)]
        per_key[i].append(tx.code_prompt(rng, t, pl, st))
    for a, ts, prompts in zip(accts, pool, per_key, strict=True):
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            comp_median=900.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest_grid",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": "one_card",
            "ip_source": f"rented_block:{provider}",
            "user_agent": ua,
            "pacing": "worker_pool",
            "rate_per_hour": round(rate, 1),
            "languages": ["en"],
            "programming_languages": plangs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing-assistant product's traffic


def horse_collar(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "horse_collar"
    app = pick(rng, ("Quillnote", "Draftly", "Penwise", "Inkling Pro", "Wordloom"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.67.1"
    prod = ctx.account(
        rng,
        label=CAMPAIGN,
        family=fam,
        role="product_backend",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=cloud(rng, irange(rng, 2, 4), "aws"),
    )
    tz_team = pick(rng, (1, 2, 3, 8))
    staging = ctx.account(
        rng,
        label=CAMPAIGN,
        family=fam,
        role="staging",
        campaign_id=cid,
        org=org,
        pay=card,
        ua=ua,
        ips=cloud(rng, 1, "aws"),
    )
    peak = rng.uniform(12, 20)
    daily = rng.uniform(650, 1200)
    share_max = rng.uniform(0.22, 0.4)
    modes = list(tx.PRODUCT_MODES)
    mode_p = np.array([0.35, 0.2, 0.15, 0.2, 0.1])
    tones = ("neutral", "friendly", "formal", "casual")
    harvest_q = tx.curriculum(rng, 3000, casual=0.25)
    hq = 0

    def share(t: float) -> float:
        if t < ctx.release:
            return 0.03
        return 0.03 + (share_max - 0.03) * min(1.0, (t - ctx.release) / DAY)

    for acct, ts in (
        (
            prod,
            thinned(rng, ctx.t0, ctx.t1, daily * (ctx.t1 - ctx.t0) / DAY, global_load(peak, 0.55)),
        ),
        (staging, thinned(rng, ctx.t0, ctx.t1, rng.uniform(15, 40) * 7, workday(tz_team))),
    ):
        prompts, is_h, meds = [], [], []
        for t in ts.tolist():
            h = chance(rng, share(t) if acct is prod else 0.3)
            if h:
                if chance(rng, 0.7):
                    text = harvest_q[hq % len(harvest_q)]
                    hq += 1
                else:
                    text = tx.problem(rng, pick(rng, ("en", "en", "es", "de")))
                prompts.append(tx.product_prompt(rng, app, "explain", text, pick(rng, tones)))
                meds.append(850.0)
            else:
                mode = modes[int(rng.choice(5, p=mode_p))]
                prompts.append(
                    tx.product_prompt(
                        rng,
                        app,
                        mode,
                        tx.clip(pick(rng, ctx.chat), 20, 1500, rng),
                        pick(rng, tones),
                    )
                )
                meds.append(280.0)
            is_h.append(h)
        m_prod = adopt(ctx, rng, ts, rng.uniform(0.35, 0.55), rng.uniform(1.5, 2.5), p_mini=0.25)
        m_harv = ctx.models(rng, ts, p_new=0.95, p_mini=0.0)
        models = [mh if h else mp for h, mh, mp in zip(is_h, m_harv, m_prod, strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(meds),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        [prod, staging],
        {
            "operation": "harvest_hidden_in_product_traffic",
            "keys": 2,
            "payment": "one_card",
            "app": app,
            "ip_source": "cloud_nat:aws",
            "user_agent": ua,
            "pacing": "product_global_load",
            "product_events_per_day": round(daily, 1),
            "harvest_share_max": round(share_max, 3),
            "languages": ["en", "es", "de"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over around the release and driven like their owners


def stop_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "stop_shot"
    n = irange(rng, 12, 24)
    first_tk = ctx.release - rng.uniform(0.3, 1.2) * DAY
    harvest_q = tx.curriculum(rng, 4000, casual=0.6)
    hq = 0
    accts, takeovers = [], []
    for i in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.4) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        tk = first_tk + i * rng.uniform(0.0, 0.12) * DAY
        takeovers.append(round(tk, 1))
        # the owner's own history
        own = concat(
            session_times(
                rng,
                ctx.t0,
                tk,
                rng.uniform(0.4, 2.0),
                curve,
                rng.uniform(2, 5),
                rng.uniform(50, 130),
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            [tx.clip(pick(rng, ctx.chat), 10, 1500, rng) for _ in own],
            models=ctx.models(rng, own, p_new=0.2),
            comp_median=340.0,
            comp_sigma=0.6,
            err=0.01,
        )
        # the operator, through proxies in the owner's region, on the owner's rhythm (denser)
        pool = resi(rng, irange(rng, 20, 60), region_of(rng, tz))
        sess = session_times(
            rng, tk, ctx.t1, rng.uniform(2.5, 6.0), curve, rng.uniform(5, 10), rng.uniform(40, 95)
        )
        ts = concat(sess)
        prompts, meds = [], []
        for _ in range(len(ts)):
            r = rng.random()
            if r < 0.75:
                prompts.append(harvest_q[hq % len(harvest_q)])
                hq += 1
                meds.append(750.0)
            elif r < 0.87:
                prompts.append(
                    tx.problem(rng, "en") + pick(rng, (" show your work", " explain each step", ""))
                )
                meds.append(650.0)
            else:
                prompts.append(tx.clip(pick(rng, ctx.chat), 10, 1500, rng))
                meds.append(340.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, 2 * HOUR),
            comp_median=np.asarray(meds),
            comp_sigma=0.55,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover",
            "keys": n,
            "payment": "original_owners_cards",
            "ip_source": "owner_home_then_region_matched_residential_proxy",
            "user_agent": "owners",
            "pacing": "owner_rhythm_sessions_denser",
            "takeover_ts": takeovers,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts splitting one task list


def push_stick(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "push_stick"
    n = irange(rng, 35, 60)
    tzs = [TZS[i] for i in rng.choice(len(TZS), size=3, replace=False).tolist()]
    local = {-3: ("es", "pt"), 1: ("de",), 2: ("de",)}
    langs_all = ["en"] + sorted({la for tz in tzs for la in local.get(tz, ())})
    tasks = {la: tx.curriculum(rng, 2500, casual=0.75, langs=(la,)) for la in langs_all}
    pos = dict.fromkeys(langs_all, 0)
    final = rng.uniform(0.45, 0.7)
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        ua = pick(rng, BROWSERS) if chance(rng, 0.55) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=resi(rng, irange(rng, 1, 2), region_of(rng, tz)),
            tz=tz,
        )
        accts.append(a)
        start = ctx.t0 + rng.uniform(0.0, 0.5) * (ctx.t1 - ctx.t0)
        curve = evening_person(tz) if chance(rng, 0.7) else workday(tz)
        ts = concat(
            session_times(
                rng,
                start,
                ctx.t1,
                rng.uniform(0.8, 2.8),
                curve,
                rng.uniform(3, 5),
                rng.uniform(70, 160),
            )
        )
        mine = [la for la in langs_all if la in ("en",) + local.get(tz, ())]
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.1):
                prompts.append(tx.clip(pick(rng, ctx.chat), 10, 800, rng))
                continue
            la = pick(rng, mine) if chance(rng, 0.4) else "en"
            prompts.append(tasks[la][pos[la] % len(tasks[la])])
            pos[la] += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=adopt(ctx, rng, ts, final, 1.0),
            comp_median=620.0,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "keys": n,
            "payment": "virtual_card_per_account",
            "ip_source": "static_residential_isp_proxy",
            "user_agent": "browser_or_sdk_per_account",
            "pacing": "person_sessions",
            "timezones": tzs,
            "languages": langs_all,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay (ShareGPT-style prompts) to collect the new model's answers


def leaner(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "leaner"
    n = irange(rng, 20, 34)
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    cards: list[str] = []
    accts = []
    p_new = rng.uniform(0.6, 0.8)
    for _ in range(n):
        region = pick(rng, ("us", "us", "eu", "ca"))
        tz = {"us": pick(rng, (-5, -8)), "ca": -5, "eu": pick(rng, (0, 1, 2))}[region]
        pay = pick(rng, cards) if cards and chance(rng, 0.2) else hexid(rng, "pay")
        cards.append(pay)
        pool = resi(rng, irange(rng, 4, 8), region)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pay,
            ua=pick(rng, SDK_COMMON) if chance(rng, 0.8) else pick(rng, SDK_OTHER),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        start = ctx.release - rng.uniform(0.2, 1.2) * DAY
        ts = thinned(
            rng,
            start,
            ctx.t1,
            rng.uniform(50, 190),
            workday(tz, start=7.5, end=22.0, weekend=0.4, night=0.05),
        )
        prompts = [ctx.chat[order[(pos + j) % len(order)]] for j in range(len(ts))]
        pos += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.04),
            ips=sticky(rng, ts, pool, DAY),
            comp_median=380.0,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n,
            "payment": "prepaid_mostly_one_per_key",
            "ip_source": "residential_proxy_daily_rotation",
            "user_agent": "common_sdks",
            "pacing": "workday_thinned",
            "p_new": round(p_new, 2),
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "biscuit": biscuit,
    "hanger": hanger,
    "cover_shot": cover_shot,
    "dead_line": dead_line,
    "half_round": half_round,
    "ten_off": ten_off,
    "scoring_triangle": scoring_triangle,
    "knock_off": knock_off,
    "horse_collar": horse_collar,
    "stop_shot": stop_shot,
    "push_stick": push_stick,
    "leaner": leaner,
}

"""Campaign families of batch 340 (code names from windsurfing).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes their
events with `ctx.emit` and records the campaign with `ctx.campaign`. Every draw comes from the
family's own generator, in list order (no set is ever walked).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    TZS,
    Ctx,
    chance,
    hexid,
    irange,
    pick,
    picks,
)
from bench.monitor_blind340 import texts as tx

CAMPAIGN = "campaign"


def models_around(
    ctx: Ctx,
    rng: np.random.Generator,
    ts: np.ndarray,
    p_new: float,
    p_mini: float = 0.04,
    lag_h: float = 0.0,
) -> list[str]:
    """The new model with probability p_new from `lag_h` hours after its release, else the old
    flagship (a p_mini share of the small one)."""
    ts = np.asarray(ts, dtype=np.float64)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    switch = ctx.release + lag_h * HOUR
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if (t >= switch and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def choose(rng: np.random.Generator, seq: Sequence, k: int) -> list:
    """k distinct items of seq, in a drawn order."""
    idx = rng.choice(len(seq), size=min(k, len(seq)), replace=False)
    return [seq[i] for i in idx.tolist()]


def person_ua(rng: np.random.Generator, p_mobile: float = 0.25, p_sdk: float = 0.0) -> str:
    u = rng.random()
    if u < p_sdk:
        return bb.sdk_ua(rng)
    return pick(rng, MOBILE) if u < p_sdk + p_mobile else pick(rng, BROWSERS)


def sessions_flat(sessions: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(sessions)) if sessions else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented server block


def uphaul(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "uphaul"
    n = irange(rng, 12, 26)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua_main, ua_alt = bb.sdk_ua(rng, 0.3), pick(rng, SDK_OTHER)
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua_alt if chance(rng, 0.2) else ua_main,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    langs = list(
        pick(rng, (("en", "zh"), ("en", "ru", "es"), ("zh", "en", "en"), ("en", "es", "en")))
    )
    styles = choose(rng, sorted(tx.REASON_WRAPS), irange(rng, 2, 3))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    pre_rate, post_rate = float(rng.uniform(20, 40)), float(rng.uniform(60, 110))
    lag = float(rng.uniform(0.5, 8))
    pre = (
        bb.worker_pool(rng, start, ctx.release, pre_rate, n)
        if start < ctx.release
        else [np.empty(0)] * n
    )
    post = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, post_rate, n)
    comp = float(rng.uniform(1300, 2200))
    for i, a in enumerate(accts):
        ts = np.sort(np.concatenate([pre[i], post[i]]))
        prompts = [
            tx.reasoning_trace(rng, pick(rng, styles), pick(rng, langs)) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_around(ctx, rng, ts, 0.95, lag_h=lag),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "ip_source": f"rented_block:{provider}",
            "payment": "prepaid_card_per_org",
            "keys": n,
            "orgs": n_orgs,
            "languages": langs,
            "styles": styles,
            "pre_rate_h": pre_rate,
            "post_rate_h": post_rate,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in scripted batches


def boom_clamp(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "boom_clamp"
    n = irange(rng, 6, 12)
    org = hexid(rng, "org")
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("aws", "gcp"))
    ips = bb.cloud(rng, irange(rng, 4, 8), provider)
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, (-8, -5, 1, 8))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pays[i % len(pays)],
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for i in range(n)
    ]
    styles = choose(rng, ("rubric", "pairwise", "reward", "checklist"), 3)
    langs = list(pick(rng, (("en",), ("en", "de"), ("en", "fr", "ja"), ("en", "en", "ja"))))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    per_day, size, gap = (
        float(rng.uniform(1.2, 2.6)),
        float(rng.uniform(22, 55)),
        float(rng.uniform(0.8, 2.5)),
    )
    curve = bb.workday(tz, 7, 23, weekend=0.5, night=0.15) if chance(rng, 0.5) else bb.constant
    for a in accts:
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        ts = sessions_flat(bb.bursts(rng, starts, size, gap, 0.5, ctx.t1))
        prompts = [
            tx.judge(rng, pick(rng, styles), ctx.chat, ctx.passages, pick(rng, langs))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_around(ctx, rng, ts, 0.85, lag_h=float(rng.uniform(0, 6))),
            comp_median=320.0,
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "pacing": "scripted_bursts",
            "ip_source": f"cloud:{provider}",
            "payment": "few_shared_cards",
            "keys": n,
            "styles": styles,
            "languages": langs,
            "burst_size": size,
            "tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy-compliant rewrites through VPN exits


def mast_track(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mast_track"
    n = irange(rng, 8, 16)
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    exits = bb.cloud(rng, irange(rng, 5, 12), "m247") + bb.cloud(
        rng, irange(rng, 5, 12), "leaseweb"
    )
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.63.2", "Go-http-client/2.0"))
    tz = 8
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pays[i % len(pays)],
            ua=ua if chance(rng, 0.85) else pick(rng, SDK_OTHER),
            ips=exits,
            tz=tz,
        )
        for i in range(n)
    ]
    mix = pick(
        rng,
        (
            ("zh", "zh", "zh", "en", "vi"),
            ("zh", "zh", "ru", "en"),
            ("zh", "vi", "vi", "en"),
            ("zh", "zh", "en", "en", "ru"),
        ),
    )
    curve = bb.workday(tz, 9, 21, weekend=0.5, night=0.05)
    hold = float(rng.uniform(20, 60)) * 60
    per_day = float(rng.uniform(40, 85))
    for a in accts:
        join = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        ts = bb.thinned(rng, join, ctx.t1, per_day * (ctx.t1 - join) / DAY, curve)
        prompts = [tx.policy_rewrite(rng, pick(rng, mix), ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_around(ctx, rng, ts, 0.8, lag_h=float(rng.uniform(0, 24))),
            ips=bb.sticky(rng, ts, exits, hold),
            comp_median=480.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "office_shift_poisson",
            "ip_source": "vpn_exits:m247+leaseweb",
            "payment": "shared_prepaid_virtual_cards",
            "keys": n,
            "languages": list(mix),
            "per_day": per_day,
            "tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories from a k8s egress


def carve_gybe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "carve_gybe"
    n = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "aws"))
    ips = bb.cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="rollout_worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    domains = choose(rng, sorted(tx.TOOLSETS), 3)
    styles = choose(rng, ("react", "json", "xml"), 2)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate = float(rng.uniform(3, 7))
    lag = float(rng.uniform(2, 10))
    per: list[tuple[list[float], list[str], list[int]]] = [([], [], []) for _ in range(n)]
    for s in bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant).tolist():
        k = int(rng.integers(n))
        dom, style = pick(rng, domains), pick(rng, styles)
        task = tx.agent_task(rng, dom)
        steps = irange(rng, 3, 12)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.5, size=steps - 1))])
        for j, tj in enumerate(t.tolist(), start=1):
            per[k][0].append(tj)
            per[k][1].append(tx.agent_step(rng, style, dom, task, j))
            per[k][2].append(220 * j + int(rng.integers(0, 400)))
    for a, (ts_l, pr, ex) in zip(accts, per, strict=True):
        order = np.argsort(np.asarray(ts_l), kind="stable")
        ts = np.asarray(ts_l)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr[i] for i in order.tolist()],
            models=models_around(ctx, rng, ts, 0.9, lag_h=lag),
            comp_median=240.0,
            comp_sigma=0.5,
            extra=np.asarray(ex, dtype=np.int64)[order],
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_trajectories",
            "pacing": "episodes_on_worker_pool",
            "ip_source": f"cloud_egress:{provider}",
            "payment": "one_company_card",
            "keys": n,
            "domains": domains,
            "styles": styles,
            "episodes_per_h": rate,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation on short-lived keys paid with stolen cards


def footstrap(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "footstrap"
    n = irange(rng, 25, 45)
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    block = bb.rented_block(rng, provider, irange(rng, 3, 6), 4)
    ua_main = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    langs = list(
        pick(rng, (("en", "en", "es", "pt"), ("en", "id", "hi"), ("en", "fr", "es"), ("en",)))
    )
    forms = choose(rng, (0, 1, 2, 3), irange(rng, 2, 3))
    begin = ctx.release - float(rng.uniform(6, 30)) * HOUR
    span = ctx.t1 - begin
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="burner_key",
            campaign_id=cid,
            ua=ua_main if chance(rng, 0.7) else pick(rng, SDK_OTHER),
            ips=[pick(rng, block)],
        )
        accts.append(a)
        born = begin + span * (i + float(rng.uniform(-0.4, 0.4))) / n
        life = float(rng.uniform(3, 12)) * HOUR
        rate = float(rng.uniform(15, 35))
        ts = bb.thinned(rng, born, min(born + life, ctx.t1), rate * life / HOUR, bb.constant)
        prompts = [tx.synth_data(rng, pick(rng, langs), pick(rng, forms)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_around(ctx, rng, ts, 0.97),
            comp_median=2300.0,
            comp_sigma=0.4,
            err=float(rng.uniform(0.04, 0.1)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "key_churn_bursts",
            "ip_source": f"rented_block:{provider}",
            "payment": "stolen_card_per_key",
            "keys": n,
            "languages": langs,
            "forms": forms,
            "begin": begin,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n and soft-label sampling


def beachstart(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "beachstart"
    n = irange(rng, 4, 9)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    ips = bb.cloud(rng, irange(rng, 1, 3), provider)
    ua = pick(rng, bb.SDK_COMMON[:3])
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(4, 30)) * HOUR
    rate = float(rng.uniform(6, 12))
    k_lo, k_hi = irange(rng, 3, 5), irange(rng, 8, 12)
    p_soft = float(rng.uniform(0.4, 0.8))
    per: list[tuple[list[float], list[str], list[float]]] = [([], [], []) for _ in range(n)]
    for s in bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant).tolist():
        sample, soft = tx.best_of_n_item(rng, ctx.chat)
        k = irange(rng, k_lo, k_hi)
        t = np.sort(s + rng.uniform(0, 2.5, size=k))
        who = rng.integers(0, n, size=k).tolist()
        for tj, w in zip(t.tolist(), who, strict=True):
            per[w][0].append(tj)
            per[w][1].append(sample)
            per[w][2].append(420.0)
        if chance(rng, p_soft):
            w = int(rng.integers(n))
            per[w][0].append(float(t[-1]) + float(rng.uniform(2, 20)))
            per[w][1].append(soft)
            per[w][2].append(70.0)
    for a, (ts_l, pr, cm) in zip(accts, per, strict=True):
        order = np.argsort(np.asarray(ts_l), kind="stable")
        ts = np.asarray(ts_l)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr[i] for i in order.tolist()],
            models=models_around(ctx, rng, ts, 0.95),
            comp_median=np.asarray(cm)[order],
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "pacing": "parallel_fanout_items",
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "keys": n,
            "samples": [k_lo, k_hi],
            "p_soft": p_soft,
            "items_per_h": rate,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. multi-turn dialogue harvest with a scripted user simulator, rotating residential proxies


def duck_gybe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "duck_gybe"
    n = irange(rng, 10, 22)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 3, 5))]
    pays = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    region = pick(rng, sorted(bb.regions()))
    pool = bb.resi(rng, irange(rng, 150, 300), region)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=pays[int(rng.integers(len(pays)))],
            ua=ua,
            ips=pool,
        )
        for i in range(n)
    ]
    langs = list(pick(rng, (("en",), ("en", "es"), ("en", "fr", "de"), ("en", "en", "es", "de"))))
    tagged = chance(rng, 0.4)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(0.25, 0.6))
    for a in accts:
        ts_l: list[float] = []
        pr: list[str] = []
        ex: list[int] = []
        for s in bb.thinned(
            rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, bb.constant
        ).tolist():
            turns = irange(rng, 3, 9)
            lang = pick(rng, langs)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(12.0), 0.5, size=turns - 1))]
            )
            for j, tj in enumerate(t.tolist(), start=1):
                ts_l.append(tj)
                pr.append(
                    tx.clip_text(pick(rng, ctx.chat), 20, 900, rng)
                    if j == 1
                    else tx.followup(rng, lang, j, tagged)
                )
                ex.append(0 if j == 1 else 480 * (j - 1) + int(rng.integers(0, 200)))
        order = np.argsort(np.asarray(ts_l), kind="stable")
        ts = np.asarray(ts_l)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr[i] for i in order.tolist()],
            models=models_around(ctx, rng, ts, 0.9),
            comp_median=520.0,
            extra=np.asarray(ex, dtype=np.int64)[order],
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "scripted_conversations",
            "ip_source": f"rotating_residential_proxy:{region}",
            "payment": "few_shared_cards",
            "keys": n,
            "languages": langs,
            "persona_tags": tagged,
            "conv_per_h": rate,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: public prompt replay by a crowd of person-like accounts


def spinout(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "spinout"
    n = irange(rng, 40, 70)
    order = rng.permutation(len(ctx.chat))
    cursor = int(rng.integers(len(ctx.chat)))
    p_new = float(rng.uniform(0.55, 0.75))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        pool = bb.home(rng, irange(rng, 2, 4), tz)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="replay_account",
            campaign_id=cid,
            ua=person_ua(rng, 0.25, 0.12),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        join = ctx.release - float(rng.uniform(0, 2.5)) * DAY
        sess = bb.session_times(
            rng,
            join,
            ctx.t1,
            float(rng.uniform(1.5, 3.2)),
            bb.evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(40, 100)),
        )
        ts = sessions_flat(sess)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.08):
                prompts.append(
                    pick(
                        rng,
                        (
                            "continue",
                            "go on",
                            "more detail please",
                            "can you elaborate?",
                            "thanks, and?",
                        ),
                    )
                )
            else:
                prompts.append(ctx.chat[int(order[cursor % len(order)])])
                cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_around(ctx, rng, ts, p_new, p_mini=0.12),
            ips=bb.sticky(rng, ts, pool, 3600.0),
            comp_median=430.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "human_sessions",
            "ip_source": "residential_proxy_sticky_by_tz",
            "payment": "prepaid_card_per_key",
            "keys": n,
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real product's traffic


def daggerboard(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "daggerboard"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 4, 8), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.85.1"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    app, wrap = pick(rng, tx.APP_NAMES), int(rng.integers(len(tx.PRODUCT_WRAPS)))
    curve = bb.global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.4, 0.75)))
    rate = float(rng.uniform(35, 70))
    share_pre, share_post = float(rng.uniform(0.04, 0.1)), float(rng.uniform(0.15, 0.28))
    weights = np.asarray([0.6] + [0.4 / (n - 1)] * (n - 1))
    user_ts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    inj_pre = bb.thinned(
        rng, ctx.t0, ctx.release, share_pre * rate * (ctx.release - ctx.t0) / HOUR, curve
    )
    inj_post = bb.thinned(
        rng, ctx.release, ctx.t1, share_post * rate * (ctx.t1 - ctx.release) / HOUR, curve
    )
    inj_ts = np.concatenate([inj_pre, inj_post])
    all_ts = np.concatenate([user_ts, inj_ts])
    is_inj = np.concatenate([np.zeros(len(user_ts), dtype=bool), np.ones(len(inj_ts), dtype=bool)])
    who = rng.choice(n, size=len(all_ts), p=weights / weights.sum())
    for k, a in enumerate(accts):
        sel = np.flatnonzero(who == k)
        sel = sel[np.argsort(all_ts[sel], kind="stable")]
        ts = all_ts[sel]
        inj = is_inj[sel].tolist()
        prompts = [
            tx.product_wrap(
                rng,
                app,
                wrap,
                tx.sweep(rng) if h else tx.clip_text(pick(rng, ctx.chat), 10, 1200, rng),
            )
            for h in inj
        ]
        m_user = ctx.models(rng, ts, p_new=0.35, p_mini=0.2)
        m_inj = models_around(ctx, rng, ts, 0.95)
        models = [mi if h else mu for mu, mi, h in zip(m_user, m_inj, inj, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.where(is_inj[sel], 1100.0, 320.0),
            err=0.012,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "pacing": "product_global_load",
            "ip_source": "cloud_nat:aws",
            "payment": "corporate_card",
            "keys": n,
            "app": app,
            "share_pre": share_pre,
            "share_post": share_post,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: taken-over aged accounts, owners still using them


def harness_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "harness_line"
    n = irange(rng, 18, 30)
    op_region, op_tz = pick(rng, (("sea", 8), ("ru", 3), ("eu", 2), ("in", 5)))
    pool = bb.resi(rng, irange(rng, 40, 80), op_region)
    op_ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2", "python-requests/2.32.3"))
    p_keep_ua = float(rng.uniform(0.2, 0.4))
    styles = choose(rng, (0, 1, 2, 3), irange(rng, 2, 3))
    hold = float(rng.uniform(15, 40)) * 60
    op_curve = bb.workday(op_tz, 9, 23, weekend=0.7, night=0.1)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        home = bb.home(rng, irange(rng, 1, 2), tz)
        victim_ua = person_ua(rng, 0.2, 0.35)
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="taken_over_account",
            campaign_id=cid,
            ua=victim_ua,
            ips=home,
            tz=tz,
        )
        accts.append(a)
        own_curve = bb.workday(tz) if chance(rng, 0.5) else bb.evening_person(tz)
        own = sessions_flat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.6, 2.0)),
                own_curve,
                float(rng.uniform(3, 6)),
                float(rng.uniform(40, 120)),
            )
        )
        ctx.emit(
            rng,
            a,
            own,
            [pick(rng, ctx.chat) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.15, 0.2),
            comp_median=350.0,
        )
        take = ctx.release + float(rng.uniform(-12, 36)) * HOUR
        rate = float(rng.uniform(3, 9))
        ts = bb.thinned(rng, take, ctx.t1, rate * (ctx.t1 - take) / HOUR, op_curve)
        ua = victim_ua if chance(rng, p_keep_ua) else op_ua
        ctx.emit(
            rng,
            a,
            ts,
            [tx.code_task(rng, pick(rng, styles)) for _ in range(len(ts))],
            models=models_around(ctx, rng, ts, 0.9),
            ips=bb.sticky(rng, ts, pool, hold),
            ua=ua,
            comp_median=1150.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_on_taken_over_accounts",
            "pacing": "slow_operator_shift_per_account",
            "ip_source": f"residential_proxy:{op_region}",
            "payment": "victims_own_cards",
            "keys": n,
            "styles": styles,
            "op_tz": op_tz,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of hired people asking domain questions


def chop_hop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chop_hop"
    n = irange(rng, 60, 110)
    regions = choose(
        rng,
        ((-3, "pt"), (-5, "es"), (5, "hi"), (8, "tl"), (8, "id"), (1, "de"), (-5, "en"), (0, "en")),
        3,
    )
    p_new = float(rng.uniform(0.6, 0.8))
    accts = []
    prev_pay = hexid(rng, "pay")
    for _ in range(n):
        tz, lang = pick(rng, regions)
        pay = prev_pay if chance(rng, 0.3) else hexid(rng, "pay")
        prev_pay = pay
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            pay=pay,
            ua=person_ua(rng, 0.25),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        join = ctx.release - float(rng.uniform(0, 1.5)) * DAY
        sess = bb.session_times(
            rng,
            join,
            ctx.t1,
            float(rng.uniform(0.8, 1.6)),
            bb.workday(tz, 9, 21, weekend=0.6, night=0.03),
            float(rng.uniform(3, 7)),
            float(rng.uniform(90, 200)),
            0.7,
        )
        ts = sessions_flat(sess)
        prompts = [
            tx.domain_question(rng, "en" if chance(rng, 0.2) else lang) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models_around(ctx, rng, ts, p_new, p_mini=0.08),
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "domain_expert_qa_crowd",
            "pacing": "person_sessions_low_slow",
            "ip_source": "workers_home_isps",
            "payment": "own_or_paired_cards",
            "keys": n,
            "regions": [list(r) for r in regions],
            "p_new": p_new,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: parallel-corpus harvest dressed as a localisation shop


def forward_loop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "forward_loop"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = choose(rng, (0, 1, 2), 2)
    office_ip = {tz: bb.home(rng, 1, tz) for tz in offices}
    targets = choose(rng, tx.TARGETS, irange(rng, 8, 12))
    forms = choose(rng, (0, 1, 2, 3), 2)
    order = rng.permutation(len(ctx.passages))
    cursor = int(rng.integers(len(ctx.passages)))
    accts = []
    for i in range(n):
        tz = offices[i % 2]
        connector = i == 0
        ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)" if connector else pick(rng, BROWSERS)
        ips = bb.cloud(rng, 1, "hetzner") if connector else office_ip[tz]
        a = ctx.account(
            rng,
            label=CAMPAIGN,
            family=fam,
            role="translator_seat",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        curve = bb.constant if connector else bb.workday(tz)
        src_rate = float(rng.uniform(1.2, 2.5)) if connector else float(rng.uniform(3, 6))
        starts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            src_rate * (ctx.t1 - ctx.t0) / HOUR * (1.0 if connector else 0.3),
            curve,
        )
        ts_l: list[float] = []
        pr: list[str] = []
        cm: list[float] = []
        for s in starts.tolist():
            src = tx.clip_text(ctx.passages[int(order[cursor % len(order)])], 200, 900, rng)
            cursor += 1
            fan = choose(rng, targets, irange(rng, 5, 9))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(12.0), 0.6, size=len(fan) - 1))]
            )
            form = pick(rng, forms)
            for tj, tgt in zip(t.tolist(), fan, strict=True):
                ts_l.append(tj)
                pr.append(tx.translate(rng, form, tgt, src))
                cm.append(len(src) / 3.2)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr,
            models=models_around(ctx, rng, ts, 0.9, lag_h=float(rng.uniform(0, 30))),
            comp_median=np.asarray(cm),
            comp_sigma=0.25,
            err=0.008,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel_corpus_translation_harvest",
            "pacing": "office_hours_fanout_plus_connector",
            "ip_source": "office_broadband+hetzner",
            "payment": "agency_card",
            "keys": n,
            "targets": targets,
            "offices": offices,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "uphaul": uphaul,
    "boom_clamp": boom_clamp,
    "mast_track": mast_track,
    "carve_gybe": carve_gybe,
    "footstrap": footstrap,
    "beachstart": beachstart,
    "duck_gybe": duck_gybe,
    "spinout": spinout,
    "daggerboard": daggerboard,
    "harness_line": harness_line,
    "chop_hop": chop_hop,
    "forward_loop": forward_loop,
}

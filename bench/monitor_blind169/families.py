"""Campaign families of batch 169 (code names: words from cheese rolling).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, sends
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Everything (key
counts, orgs, cards, pacing, addresses, user agents, languages, styles, model choice) is drawn
from the family's own generator. Four families (hay_bale, master_of_ceremonies, hill_marshal,
stretcher_crew) are built to look like legitimate use.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
    Acct,
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
from bench.monitor_blind169 import texts as tx

Rng = np.random.Generator

#: user agents as the simulator's background spells them (seen in its output)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1")


def window(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts)
    return ts[(ts >= a) & (ts < b)]


def flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def subset(rng: Rng, pool: list[str], lo: int, hi: int) -> list[str]:
    k = min(len(pool), irange(rng, lo, hi))
    return [pool[i] for i in rng.choice(len(pool), k, replace=False).tolist()]


def model_list(
    ctx: Ctx, rng: Rng, ts: np.ndarray, pre: dict[str, float], post: dict[str, float]
) -> list[str]:
    """Per event a model drawn from `pre` (before the release) or `post` (after) weights; keys
    are 'old', 'mini', 'new'."""
    names = {"old": ctx.old_models[0], "mini": ctx.old_models[-1], "new": ctx.new_model}
    out = []
    for t in np.asarray(ts).tolist():
        w = post if t >= ctx.release else pre
        keys = list(w)
        p = np.asarray([w[k] for k in keys], dtype=np.float64)
        out.append(names[keys[int(rng.choice(len(keys), p=p / p.sum()))]])
    return out


# ============================================================================================
# reasoning-trace coercion from a rented hosting block


def double_gloucester(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "double_gloucester"
    n_keys = irange(rng, 8, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 5, 10))
    n_orgs = irange(rng, 2, max(2, n_keys // 3))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_keys - irange(rng, 0, 3))]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(40, 85))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    accts, used = [], set()
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % len(cards)],
            ua=sdk_ua(rng, 0.4),
            ips=subset(rng, pool, 2, 6),
        )
        # keys join late or get cut off (card charged back) at their own times
        lo = float(rng.uniform(start, start + 0.3 * (ctx.t1 - start)))
        hi = ctx.t1 if chance(rng, 0.6) else float(rng.uniform(lo + DAY, ctx.t1 + DAY))
        ts = window(streams[i], lo, hi)
        styles = [
            tx.TRACE_STYLES[j]
            for j in rng.choice(len(tx.TRACE_STYLES), irange(rng, 1, 2), replace=False)
        ]
        used.update(styles)
        prompts = [tx.trace_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.05,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "payment": "stolen_cards_some_reused",
            "orgs": n_orgs,
            "user_agent": "sdk_mixed",
            "languages": ["en", "zh", "es", "ru", "de", "ja"],
            "styles": sorted(used),
            "hard": False,
        },
    )


# ============================================================================================
# judge / rubric / reward-model grading in batch jobs from a cloud


def coopers_hill(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "coopers_hill"
    n_keys = irange(rng, 5, 10)
    provider = pick(rng, ("aws", "gcp"))
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    jobs_per_day = float(rng.uniform(1.5, 4.0))
    size = float(rng.uniform(30, 70))
    accts, used = [], set()
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[int(rng.integers(2))],
            ua=pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "litellm/1.60.2")),
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        starts = thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, constant)
        ts = flat(bursts(rng, starts, size, float(rng.uniform(0.8, 2.5)), 0.5, ctx.t1))
        styles = [
            tx.JUDGE_STYLES[j]
            for j in rng.choice(len(tx.JUDGE_STYLES), irange(rng, 1, 3), replace=False)
        ]
        used.update(styles)
        prompts = [
            tx.judge_prompt(rng, pick(rng, styles), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.0),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "bursts",
            "jobs_per_day": round(jobs_per_day, 2),
            "burst_size": round(size, 1),
            "ip_source": f"cloud:{provider}",
            "payment": "two_prepaid_cards",
            "orgs": 2,
            "languages": ["en", "de", "ja"],
            "styles": sorted(used),
            "hard": False,
        },
    )


# ============================================================================================
# censorship-safe / policy rewrites through a residential proxy network


def brockworth(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "brockworth"
    n_keys = irange(rng, 18, 30)
    regions = [pick(rng, ("us", "eu", "ca")) for _ in range(2)]
    pool = resi(rng, 180, regions[0]) + resi(rng, 120, regions[1])
    hold = float(rng.uniform(300, 1200))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, BROWSERS + BG_BROWSERS[:2]),
            ips=pool,
        )
        lo = float(rng.uniform(ctx.t0, ctx.t1 - 1.5 * DAY))
        hi = min(ctx.t1, lo + float(rng.uniform(1.5, 4.0)) * DAY)
        ts = thinned(rng, lo, hi, float(rng.uniform(1.2, 4.5)) * (hi - lo) / HOUR, constant)
        prompts = [
            tx.rewrite_prompt(rng, pick(rng, tx.REWRITE_STYLES), ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=480.0,
            comp_sigma=0.5,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship_safe_policy_rewrites",
            "pacing": "slow_constant_per_key_staggered",
            "ip_source": f"residential_proxy:{'+'.join(regions)}",
            "sticky_s": round(hold),
            "payment": "one_stolen_card_per_key",
            "orgs": n_keys,
            "user_agent": "spoofed_browser",
            "languages": ["en", "zh", "ru"],
            "styles": list(tx.REWRITE_STYLES),
            "hard": False,
        },
    )


# ============================================================================================
# agent / tool-use transcripts from a small rented block


def scrum_catcher(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "scrum_catcher"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    pool = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts, used = [], set()
    for _ in range(n_keys):
        style = pick(rng, tx.AGENT_STYLES)
        used.add(style)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "OpenAI/Python 1.58.1")),
            ips=subset(rng, pool, 1, 3),
        )
        eps = thinned(
            rng, start, ctx.t1, float(rng.uniform(18, 40)) * (ctx.t1 - start) / DAY, constant
        )
        ts_all, prompts = [], []
        for s in eps.tolist():
            task = tx.agent_task(rng)
            tools = [
                list(tx.TOOLS)[j]
                for j in rng.choice(len(tx.TOOLS), irange(rng, 3, 6), replace=False)
            ]
            hist: list[tuple[str, str]] = []
            t = s
            for _ in range(irange(rng, 3, 12)):
                ts_all.append(t)
                prompts.append(tx.agent_step(rng, style, task, tools, hist[-6:]))
                hist.append(tx.agent_observation(rng, tools))
                t += float(rng.lognormal(np.log(5.0), 0.6))
        ts = np.asarray(ts_all)
        keep = ts < ctx.t1
        ts = ts[keep]
        prompts = [p for p, k in zip(prompts, keep.tolist(), strict=True) if k]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=110.0,
            comp_sigma=0.6,
            err=0.02,
            extra=irange(rng, 150, 450),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes_of_rapid_steps",
            "ip_source": f"rented_block:{provider}",
            "payment": "one_shell_company_card",
            "orgs": 1,
            "languages": ["en"],
            "styles": sorted(used),
            "hard": False,
        },
    )


# ============================================================================================
# synthetic-dataset generation in nightly runs


def foam_replica(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "foam_replica"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "azure"))
    tz = pick(rng, (-8, -5, 1, 8))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(4, 6.5))
    accts, used = [], set()
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2")),
            ips=cloud(rng, 2, provider),
            tz=tz,
        )
        rate = float(rng.uniform(25, 60))
        ts = thinned(
            rng, start, ctx.t1, rate * hours * (ctx.t1 - start) / DAY, nightly(start_h, hours, tz)
        )
        styles = [
            tx.GEN_STYLES[j]
            for j in rng.choice(len(tx.GEN_STYLES), irange(rng, 2, 4), replace=False)
        ]
        used.update(styles)
        prompts = [tx.synth_prompt(rng, pick(rng, styles), ctx.chat, i) for i in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=2200.0,
            comp_sigma=0.4,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_runs",
            "tz": tz,
            "ip_source": f"cloud:{provider}",
            "payment": "one_company_card",
            "orgs": 1,
            "languages": ["en", "pt", "es", "hi"],
            "styles": sorted(used),
            "hard": False,
        },
    )


# ============================================================================================
# HARD: public prompt replay from a small office, staff-registered keys, office hours


def hay_bale(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "hay_bale"
    tz = pick(rng, (0, 1, 2, -5))
    office = home(rng, irange(rng, 2, 4), tz)
    n_keys = irange(rng, 10, 18)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    accts = []
    for _ in range(n_keys):
        ips = [pick(rng, office)] + (home(rng, 1, tz) if chance(rng, 0.4) else [])
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="staff_key",
            campaign_id=cid,
            ua=BG_SDK[0] if chance(rng, 0.8) else BG_SDK[1],
            ips=ips,
            tz=tz,
        )
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 6)),
            workday(tz),
            float(rng.uniform(5, 10)),
            float(rng.uniform(15, 45)),
            0.9,
        )
        ts = flat(sess)
        # the replay walks the public set in order: consecutive turns of one conversation stay together
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        at_office = workday(tz)(ts) > 0.5
        ipl = [ips[0] if (len(ips) == 1 or o) else ips[1] for o in at_office.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.55, 0.1),
            ips=ipl,
            comp_median=350.0,
            comp_sigma=0.8,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "pacing": "office_hours_human_sessions",
            "tz": tz,
            "ip_source": "office_broadband_and_staff_homes",
            "payment": "one_personal_card_per_key",
            "orgs": n_keys,
            "user_agent": "most_common_sdk",
            "languages": ["as_in_public_set"],
            "styles": ["verbatim_public_prompts"],
            "hard": True,
        },
    )


# ============================================================================================
# best-of-n and soft-label sampling over commercial VPN exits


def uphill_race(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "uphill_race"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("m247", "leaseweb"))
    pool = cloud(rng, irange(rng, 12, 20), provider)
    orgs = [hexid(rng, "org") for _ in range(2)]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    items_per_hour = float(rng.uniform(8, 18))
    streams = worker_pool(rng, start, ctx.t1, items_per_hour, n_keys)
    accts, used = [], set()
    names = {"old": ctx.old_models[0], "new": ctx.new_model}
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % 2],
            ua=sdk_ua(rng, 0.3),
            ips=pool,
        )
        styles = [
            tx.SAMPLE_STYLES[j]
            for j in rng.choice(len(tx.SAMPLE_STYLES), irange(rng, 2, 4), replace=False)
        ]
        used.update(styles)
        ts_all, prompts, models, comp = [], [], [], []
        for s in streams[i].tolist():
            style = pick(rng, styles)
            p = tx.sample_prompt(rng, style, ctx.chat)
            n = (
                irange(rng, 4, 12)
                if style in ("repeat_chat", "k_candidates")
                else irange(rng, 1, 3)
            )
            m = names["new"] if (s >= ctx.release and chance(rng, 0.9)) else names["old"]
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.5, size=n - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * n)
            models.extend([m] * n)
            comp.extend([320.0 if style in ("repeat_chat", "k_candidates") else 35.0] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            ips=sticky(rng, ts, pool, 3600.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_and_soft_label_sampling",
            "pacing": "worker_pool_items_with_sample_bursts",
            "items_per_hour": round(items_per_hour, 1),
            "ip_source": f"vpn_exits:{provider}",
            "payment": "one_stolen_card_per_key",
            "orgs": 2,
            "languages": ["en", "es", "fr"],
            "styles": sorted(used),
            "hard": False,
        },
    )


# ============================================================================================
# curriculum sweep, slow and steady, through mobile-carrier proxies, started at the release


def cheese_wheel(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "cheese_wheel"
    n_keys = irange(rng, 3, 5)
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    start = ctx.release - float(rng.uniform(0.3, 1.0)) * DAY
    offset = irange(rng, 0, 500)
    accts = []
    for i in range(n_keys):
        pool = mobile_v6(rng, 30, carrier)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12")),
            ips=pool,
        )
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(8, 16)) * (ctx.t1 - start) / HOUR, constant
        )
        prompts = [tx.curriculum_prompt(rng, offset + i + n_keys * j) for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=sticky(rng, ts, pool, 1800.0),
            comp_median=1500.0,
            comp_sigma=0.35,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_constant_24_7_from_release",
            "ip_source": f"mobile_proxy:{carrier}",
            "payment": "one_prepaid_card",
            "orgs": 1,
            "languages": ["en", "fr", "vi", "id"],
            "styles": ["lesson_unit", "question_ladder"],
            "hard": False,
        },
    )


# ============================================================================================
# code harvest through a relay of short-lived burner accounts


def downhill_dash(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "downhill_dash"
    lanes = irange(rng, 2, 4)
    styles = [
        tx.CODE_STYLES[j] for j in rng.choice(len(tx.CODE_STYLES), irange(rng, 2, 4), replace=False)
    ]
    accts = []
    for _ in range(lanes):
        t = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
        while t < ctx.t1:
            life = float(rng.uniform(10, 36)) * HOUR
            provider = pick(
                rng, ("aws", "gcp", "azure", "digitalocean", "vultr", "oracle", "hetzner")
            )
            a = ctx.account(
                rng,
                label="campaign",
                family=name,
                role="burner",
                campaign_id=cid,
                ua=pick(rng, SDK_OTHER),
                ips=cloud(rng, irange(rng, 1, 3), provider),
            )
            ts = thinned(
                rng, t, min(ctx.t1, t + life), float(rng.uniform(8, 20)) * life / HOUR, constant
            )
            prompts = [tx.code_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.9, 0.02),
                comp_median=700.0,
                comp_sigma=0.5,
                err=0.04,
            )
            accts.append(a)
            t += life + float(rng.uniform(0.2, 3.0)) * HOUR
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code_harvest",
            "pacing": "relay_of_burner_accounts",
            "lanes": lanes,
            "ip_source": "cloud_mixed_per_account",
            "payment": "prepaid_virtual_card_per_account",
            "orgs": len(accts),
            "languages": ["en", "zh"],
            "styles": styles,
            "hard": False,
        },
    )


# ============================================================================================
# HARD: harvest hidden inside a real consumer product's traffic


def master_of_ceremonies(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "master_of_ceremonies"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    servers = cloud(rng, irange(rng, 3, 6), "aws")
    n_keys = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=BG_SDK[1],
            ips=servers,
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(13, 20))
    per_hour = float(rng.uniform(20, 45))
    ts = thinned(rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.55))
    share_pre, share_post = float(rng.uniform(0.18, 0.3)), float(rng.uniform(0.35, 0.5))
    harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, share_post, share_pre)
    who = np.where(rng.random(len(ts)) < 0.85, 0, rng.integers(1, n_keys, size=len(ts)))
    for k, a in enumerate(accts):
        for h in (False, True):
            sel = (who == k) & (harvest == h)
            t = ts[sel]
            if h:
                prompts = [
                    tx.casual_problem(rng) if chance(rng, 0.6) else tx.casual_explain(rng)
                    for _ in t
                ]
                models = model_list(
                    ctx, rng, t, {"old": 0.95, "mini": 0.05}, {"new": 0.85, "old": 0.15}
                )
                ctx.emit(
                    rng,
                    a,
                    t,
                    prompts,
                    models=models,
                    comp_median=900.0,
                    comp_sigma=0.5,
                    err=0.01,
                    extra=60,
                )
            else:
                prompts = [pick(rng, ctx.chat) for _ in t]
                models = model_list(
                    ctx,
                    rng,
                    t,
                    {"old": 0.65, "mini": 0.35},
                    {"new": 0.25, "old": 0.45, "mini": 0.3},
                )
                ctx.emit(
                    rng,
                    a,
                    t,
                    prompts,
                    models=models,
                    comp_median=350.0,
                    comp_sigma=0.8,
                    err=0.01,
                    extra=60,
                )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "pacing": "global_product_load",
            "per_hour": round(per_hour, 1),
            "harvest_share": [round(share_pre, 2), round(share_post, 2)],
            "ip_source": "cloud:aws_app_servers",
            "payment": "one_company_card",
            "orgs": 1,
            "languages": ["en", "as_in_user_traffic"],
            "styles": ["casual_problem", "casual_explain"],
            "hard": True,
        },
    )


# ============================================================================================
# HARD: bought aged accounts, taken over around the release


def hill_marshal(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "hill_marshal"
    n = irange(rng, 12, 22)
    center = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 9))
        owner_ip = home(rng, 1, tz)
        owner_ua = pick(rng, BG_BROWSERS + BG_SDK)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=owner_ip,
            tz=tz,
        )
        pivot = center + float(rng.uniform(-0.5, 0.5)) * DAY
        pivots.append(round(pivot, 1))
        pre = flat(
            session_times(
                rng, ctx.t0, pivot, float(rng.uniform(0.5, 2.0)), evening_person(tz), 3.0, 50.0
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [pick(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, 0.15, 0.2),
            comp_median=350.0,
            comp_sigma=0.8,
        )
        pool = home(rng, 25, tz)
        post = flat(
            session_times(
                rng,
                pivot,
                ctx.t1,
                float(rng.uniform(3, 6)),
                global_load(float(rng.uniform(0, 24)), 0.3),
                float(rng.uniform(6, 12)),
                float(rng.uniform(20, 60)),
            )
        )
        ua = owner_ua if chance(rng, 0.6) else BG_SDK[0]
        ctx.emit(
            rng,
            a,
            post,
            [tx.translation_ask(rng, ctx.passages) for _ in range(len(post))],
            models=ctx.models(rng, post, 0.75, 0.05),
            ips=sticky(rng, post, pool, 1800.0),
            ua=ua,
            comp_median=600.0,
            comp_sigma=0.6,
            err=0.015,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation_and_explanation_harvest_via_aged_accounts",
            "pacing": "owner_sessions_then_denser_sessions",
            "pivots": pivots,
            "ip_source": "owner_home_then_region_matched_residential_proxy",
            "payment": "original_owners_cards",
            "orgs": n,
            "user_agent": "owner_kept_or_sdk",
            "languages": [
                "en",
                "ja",
                "ko",
                "id",
                "ar",
                "tr",
                "pt",
                "hi",
                "vi",
                "pl",
                "th",
                "sw",
                "uk",
            ],
            "styles": [
                "translate_natural",
                "translate_with_notes",
                "translate_terse",
                "casual_problem",
            ],
            "hard": True,
        },
    )


# ============================================================================================
# HARD: a crowd of paid askers on their own devices, low and slow


CROWD_REGIONS = (
    (-3, "es"),
    (-3, "pt"),
    (-5, "en"),
    (-5, "es"),
    (5, "en"),
    (8, "id"),
    (8, "en"),
    (1, "en"),
    (0, "en"),
)


def stretcher_crew(ctx: Ctx, rng: Rng, cid: str) -> None:
    name = "stretcher_crew"
    n = irange(rng, 35, 60)
    accts: list[Acct] = []
    prev = None
    for _ in range(n):
        if prev is not None and chance(rng, 0.15):
            tz, lang, ips, pay, ua = prev  # the same worker's second account
        else:
            tz, lang = pick(rng, CROWD_REGIONS)
            ips, pay, ua = (
                home(rng, irange(rng, 1, 2), tz),
                hexid(rng, "pay"),
                pick(rng, BROWSERS + MOBILE[:3] + BG_BROWSERS),
            )
        prev = (tz, lang, ips, pay, ua)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="paid_asker",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(40, 120)),
            0.9,
        )
        cap = irange(rng, 8, 40)
        ts_all, prompts = [], []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                follow = j > 0 and chance(rng, 0.7)
                prompts.append(
                    tx.crowd_follow(rng, lang) if follow else tx.crowd_question(rng, lang)
                )
        ts = np.asarray(ts_all[:cap])
        ctx.emit(
            rng,
            a,
            ts,
            prompts[:cap],
            models=ctx.models(rng, ts, 0.7, 0.05),
            comp_median=650.0,
            comp_sigma=0.6,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "expert_qa_harvest_by_paid_crowd",
            "pacing": "human_sessions_low_volume",
            "ip_source": "workers_home_broadband",
            "payment": "one_card_per_worker_some_two_accounts",
            "orgs": n,
            "user_agent": "browsers_and_phones",
            "languages": ["en", "es", "pt", "id"],
            "styles": ["expert_question", "follow_up"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "double_gloucester": double_gloucester,
    "coopers_hill": coopers_hill,
    "brockworth": brockworth,
    "scrum_catcher": scrum_catcher,
    "foam_replica": foam_replica,
    "hay_bale": hay_bale,
    "uphill_race": uphill_race,
    "cheese_wheel": cheese_wheel,
    "downhill_dash": downhill_dash,
    "master_of_ceremonies": master_of_ceremonies,
    "hill_marshal": hill_marshal,
    "stretcher_crew": stretcher_crew,
}

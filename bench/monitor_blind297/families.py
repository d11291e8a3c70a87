"""Campaign families of blind batch 297 (code names from jorkyball).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes their
events through `ctx.emit` and records the campaign through `ctx.campaign`. Every draw comes from the
family's own generator, in an order that does not depend on the process (no set walks, no hash()).
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
    TZS,
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
    mobile_v6,
    nightly,
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
from bench.monitor_blind297 import texts as tx

# --------------------------------------------------------------------------------------------
# helpers


def _subset(rng: np.random.Generator, seq, lo: int, hi: int) -> list:
    k = min(len(seq), irange(rng, lo, hi))
    idx = sorted(rng.choice(len(seq), size=k, replace=False).tolist())
    return [seq[i] for i in idx]


def _u(rng: np.random.Generator, a: float, b: float) -> float:
    return float(rng.uniform(a, b))


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _camp(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "pl"),
    2: ("fr", "de", "tr"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja",),
}
_MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, a worker pool on one card


def cage_wall(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cage_wall"
    n = irange(rng, 6, 14)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "aws", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    pay = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    ua = sdk_ua(rng, 0.6)
    styles = _subset(rng, tx.TRACE_STYLES, 3, 6)
    start = ctx.release - _u(rng, 0.3, 1.2) * DAY
    per_hour = _u(rng, 40, 80)
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=pick(rng, orgs),
            pay=pay,
            ua=ua,
            ips=picks(rng, block, irange(rng, 2, 4)),
        )
        for _ in range(n)
    ]
    serial = irange(rng, 1000, 90000)
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts = []
        for _ in range(len(ts)):
            serial += 1
            prompts.append(tx.trace_prompt(rng, pick(rng, styles), serial))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "poisson_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "payment": "one_shared_card",
            "orgs": len(orgs),
            "user_agent": ua,
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading through VPN exits, prepaid card per key, bursts


def rebound_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rebound_shot"
    n = irange(rng, 4, 10)
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "linode"))
    exits = rented_block(rng, vpn, irange(rng, 3, 6), irange(rng, 3, 6))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    styles = _subset(rng, tx.JUDGE_STYLES, 3, 5)
    start = ctx.release - _u(rng, 1.0, 2.5) * DAY
    size = _u(rng, 12, 30)
    per_day = _u(rng, 3, 6)
    accts = []
    for i in range(n):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=orgs[i % len(orgs)],
            ua=sdk_ua(rng, 0.3),
            ips=picks(rng, exits, irange(rng, 3, 8)),
        )
        accts.append(acct)
        starts = thinned(
            rng, start + _u(rng, 0, 0.4) * DAY, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant
        )
        ts = _concat(bursts(rng, starts, size, 1.6, 0.5, b=ctx.t1))
        prompts = [
            tx.judge_prompt(rng, pick(rng, styles), ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=220.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_grading",
            "pacing": "scripted_bursts",
            "burst_size": round(size, 1),
            "bursts_per_day": round(per_day, 1),
            "ip_source": f"vpn_exits:{vpn}",
            "payment": "prepaid_card_per_key",
            "orgs": len(orgs),
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites from Asian clouds, slow and steady


def two_touch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "two_touch"
    n = irange(rng, 3, 8)
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("Go-http-client/2.0", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    styles = _subset(rng, tx.POLICY_STYLES, 3, 6)
    per_hour = _u(rng, 3, 6)
    start = ctx.t0 + _u(rng, 0.0, 2.0) * DAY
    accts = []
    for _ in range(n):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "rewriter",
            org=org,
            pay=pick(rng, cards),
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        accts.append(acct)
        ts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        prompts = [tx.policy_prompt(rng, pick(rng, styles), ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=450.0,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "slow_steady",
            "per_hour_per_key": round(per_hour, 2),
            "ip_source": f"cloud:{provider}",
            "payment": f"{len(cards)}_cards",
            "user_agent": ua,
            "styles": styles,
            "languages": list(
                dict.fromkeys({"zh": "zh", "ru": "ru", "tr": "tr"}.get(s, "en") for s in styles)
            ),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: multi-step episodes from cloud NAT gateways


def goalkeeper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "goalkeeper"
    n = irange(rng, 5, 12)
    provider = pick(rng, ("aws", "gcp", "azure"))
    gateways = cloud(rng, irange(rng, 2, 4), provider)
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    styles = _subset(rng, tx.AGENT_STYLES, 2, 3)
    p_foreign = _u(rng, 0.1, 0.3)
    start = ctx.release - _u(rng, 0.0, 0.5) * DAY
    per_hour = _u(rng, 8, 16)
    accts = [
        _camp(ctx, rng, fam, cid, "episode_runner", org=org, pay=pay, ua=ua, ips=gateways)
        for _ in range(n)
    ]
    for acct, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_all: list[float] = []
        prompts: list[str] = []
        for s in starts.tolist():
            lang = pick(rng, ("es", "ja")) if chance(rng, p_foreign) else "en"
            steps = irange(rng, 2, 7)
            ep = tx.agent_transcript(rng, pick(rng, styles), tx.agent_task(rng, lang), steps)
            gaps = np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=steps - 1))]
            )
            ts_all.extend((s + gaps).tolist())
            prompts.extend(ep)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=180.0,
            comp_sigma=0.5,
            err=0.02,
            extra=rng.integers(300, 900, size=len(ts)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "pacing": "episodes_worker_pool",
            "episodes_per_hour": round(per_hour, 1),
            "ip_source": f"cloud_nat:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "styles": styles,
            "languages": ["en", "es", "ja"],
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation at night from hosting, accounts split over two cards


def turf_carpet(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "turf_carpet"
    n = irange(rng, 4, 9)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    cards = [hexid(rng, "pay") for _ in range(2)]
    tz = pick(rng, (1, 2, 3, 8))
    styles = _subset(rng, tx.SYNTH_STYLES, 3, 6)
    per_hour = _u(rng, 100, 180)
    start_h, hours = _u(rng, 0.0, 2.0), _u(rng, 4.0, 7.0)
    curve = nightly(start_h, hours, tz)
    start = ctx.release - _u(rng, 0.5, 1.5) * DAY
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            pay=cards[i % 2],
            ua=sdk_ua(rng, 0.7),
            ips=cloud(rng, 1, provider),
        )
        for i in range(n)
    ]
    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour * hours / 24.0, n, curve), strict=True
    ):
        prompts = [tx.synth_prompt(rng, pick(rng, styles), ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=1800.0,
            comp_sigma=0.45,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "pacing": "nightly_worker_pool",
            "night_start_local": round(start_h, 2),
            "night_hours": round(hours, 2),
            "tz": tz,
            "ip_source": f"hosting:{provider}",
            "payment": "two_cards_alternating",
            "orgs": "one_per_key",
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: public prompt replay as multi-turn sessions through residential proxies


def corner_kick(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "corner_kick"
    n = irange(rng, 20, 40)
    regions = _subset(rng, ("us", "eu", "latam", "ca", "sea"), 2, 4)
    pools = {r: resi(rng, irange(rng, 80, 200), r) for r in regions}
    start = ctx.release - _u(rng, 0.0, 1.0) * DAY
    p_new = _u(rng, 0.7, 0.85)
    accts = []
    for _ in range(n):
        region = pick(rng, regions)
        tz = {"us": -5, "eu": 1, "latam": -3, "ca": -5, "sea": 8}[region]
        lang = {
            "us": "en",
            "eu": pick(rng, ("en", "de", "fr")),
            "latam": pick(rng, ("es", "pt")),
            "ca": "en",
            "sea": "en",
        }[region]
        acct = _camp(
            ctx, rng, fam, cid, "replayer", ua=pick(rng, BROWSERS), ips=pools[region][:1], tz=tz
        )
        accts.append(acct)
        a = start + _u(rng, 0.0, 0.6) * DAY
        sess = session_times(
            rng, a, ctx.t1, _u(rng, 4, 9), evening_person(tz, 3.5), _u(rng, 3, 6), 50.0, 0.7
        )
        ts_l: list[float] = []
        prompts: list[str] = []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                prompts.append(
                    pick(rng, ctx.chat)
                    if j == 0
                    else (tx.followup(rng, lang) if chance(rng, 0.7) else pick(rng, ctx.chat))
                )
        ts = np.asarray(ts_l)
        ips = sticky(rng, ts, pools[region], _u(rng, 20, 60) * MINUTE)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            ips=ips,
            comp_median=480.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_multiturn",
            "pacing": "human_like_sessions",
            "ip_source": "residential_proxy_sticky",
            "regions": regions,
            "payment": "prepaid_card_per_account",
            "orgs": "one_per_account",
            "user_agent": "browser",
            "p_new": round(p_new, 2),
            "start": start,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: the same prompt n times within seconds


def backpass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "backpass"
    n = irange(rng, 4, 10)
    provider = pick(rng, ("digitalocean", "vultr", "linode", "oracle"))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    fan = pick(rng, (4, 5, 8, 10, 16))
    p_soft = _u(rng, 0.2, 0.45)
    jobs_per_hour = _u(rng, 5, 10)
    start = ctx.release - _u(rng, -0.2, 0.8) * DAY
    accts = [
        _camp(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, provider))
        for _ in range(n)
    ]
    for acct, starts in zip(accts, worker_pool(rng, start, ctx.t1, jobs_per_hour, n), strict=True):
        ts_l: list[float] = []
        prompts: list[str] = []
        comp: list[float] = []
        for s in starts.tolist():
            soft = chance(rng, p_soft)
            p = tx.mcq_soft(rng, pick(rng, ("probs", "topk"))) if soft else tx.sample_task(rng)
            k = max(2, fan + irange(rng, -1, 1))
            ts_l.extend((s + np.sort(rng.uniform(0, 4.0, size=k))).tolist())
            prompts.extend([p] * k)
            comp.extend([60.0 if soft else 380.0] * k)
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            acct,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.93, 0.02),
            comp_median=np.asarray(comp)[order],
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_and_soft_labels",
            "pacing": "fan_out_jobs",
            "fan_out": fan,
            "jobs_per_hour": round(jobs_per_hour, 1),
            "p_soft_label": round(p_soft, 2),
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: concept x level grid, walked in order, slow steady rate


def glass_panel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "glass_panel"
    n = irange(rng, 2, 5)
    provider = pick(rng, ("contabo", "ovh", "hetzner", "selectel"))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "curl/8.5.0", "OpenAI/Python 1.54.0"))
    styles = _subset(rng, tx.CURRICULUM_STYLES, 2, 4)
    per_hour = _u(rng, 4, 9)
    start = ctx.t0 + _u(rng, 0.0, 1.5) * DAY
    concepts = list(tx.CONCEPTS)
    order = rng.permutation(len(concepts)).tolist()
    accts = []
    for i in range(n):
        acct = _camp(
            ctx, rng, fam, cid, "sweeper", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, provider)
        )
        accts.append(acct)
        mine = [concepts[j] for j in order[i::n]]
        ts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        grid = [
            (s, c, lv, ang)
            for ang in range(len(tx.ANGLES))
            for s in styles
            for c in mine
            for lv in range(6)
        ]
        total = len(grid)
        prompts = [
            tx.curriculum_prompt(
                rng,
                grid[k % total][0],
                grid[k % total][1],
                grid[k % total][2],
                k % total + 1,
                total,
                grid[k % total][3],
            )
            for k in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=700.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "pacing": "slow_steady_poisson",
            "per_hour_per_key": round(per_hour, 1),
            "ip_source": f"cloud:{provider}",
            "payment": "one_card",
            "user_agent": ua,
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing-assistant product's own keys


def nutmeg(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "nutmeg"
    n = irange(rng, 2, 3)
    provider = pick(rng, ("aws", "gcp"))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = _u(rng, 12, 20)
    product_rate = _u(rng, 12, 22)
    harvest_rate = _u(rng, 5, 10)
    h_start = ctx.release + _u(rng, 0.1, 0.8) * DAY
    langs = _subset(rng, ("es", "de", "fr", "pt", "ja", "zh"), 2, 4)
    accts = []
    for _ in range(n):
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "product_key",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), provider),
        )
        accts.append(acct)
        curve = global_load(peak, 0.55)
        ts_p = thinned(rng, ctx.t0, ctx.t1, product_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        pp = [
            tx.product_prompt(rng, pick(rng, tx.PRODUCT_FEATURES), ctx.chat, ctx.passages)
            for _ in range(len(ts_p))
        ]
        ctx.emit(
            rng,
            acct,
            ts_p,
            pp,
            models=ctx.models(rng, ts_p, 0.35, 0.1),
            comp_median=260.0,
            err=0.01,
        )
        ts_h = thinned(rng, h_start, ctx.t1, harvest_rate * (ctx.t1 - h_start) / HOUR, curve)
        hp = []
        for _ in range(len(ts_h)):
            if chance(rng, 0.3):
                hp.append(tx.expert_question(rng, pick(rng, langs), formal=True))
            elif chance(rng, 0.5):
                hp.append(tx.expert_question(rng, "en", formal=True))
            else:
                hp.append(tx.sample_task(rng))
        ctx.emit(
            rng,
            acct,
            ts_h,
            hp,
            models=ctx.models(rng, ts_h, 0.95, 0.0),
            comp_median=700.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "pacing": "product_load_plus_harvest",
            "product_per_hour": round(product_rate, 1),
            "harvest_per_hour": round(harvest_rate, 1),
            "harvest_start": h_start,
            "ip_source": f"product_backend:{provider}",
            "payment": "company_card",
            "user_agent": ua,
            "languages": ["en", *langs],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought / compromised aged consumer accounts, taken over around the release


def one_two(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "one_two"
    n = irange(rng, 12, 25)
    p_keep_ua = _u(rng, 0.4, 0.8)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, TZS)
        own_ip = home(rng, 1, tz)
        browser = pick(rng, BROWSERS)
        acct = _camp(ctx, rng, fam, cid, "taken_over", ua=browser, ips=own_ip, tz=tz)
        accts.append(acct)
        take = ctx.release + _u(rng, -0.3, 1.2) * DAY
        takeovers.append(take)
        # the owner's own light use before the takeover
        own = session_times(rng, ctx.t0, take, _u(rng, 0.4, 1.4), evening_person(tz), 3.0, 70.0)
        ts_o = _concat(own)
        ctx.emit(
            rng,
            acct,
            ts_o,
            [pick(rng, ctx.chat)[:1500] for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, 0.15, 0.15),
            comp_median=380.0,
            err=0.01,
        )
        # the buyer's harvest after it: same region via residential proxies, bigger sessions
        pool = home(rng, irange(rng, 20, 60), tz)
        lang = pick(rng, _LANG_OF_TZ[tz])
        sess = session_times(
            rng, take, ctx.t1, _u(rng, 5, 11), evening_person(tz, 4.0), _u(rng, 5, 10), 25.0, 0.6
        )
        ts_h = _concat(sess)
        ua_h = browser if chance(rng, p_keep_ua) else sdk_ua(rng, 0.5)
        hp = [
            tx.expert_question(rng, lang if chance(rng, 0.4) else "en", formal=chance(rng, 0.6))
            for _ in range(len(ts_h))
        ]
        ctx.emit(
            rng,
            acct,
            ts_h,
            hp,
            models=ctx.models(rng, ts_h, 0.85, 0.02),
            ips=sticky(rng, ts_h, pool, _u(rng, 30, 90) * MINUTE),
            ua=ua_h,
            comp_median=650.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "pacing": "owner_then_sessions",
            "takeover_ts": takeovers,
            "ip_source": "owner_home_then_same_region_proxy",
            "payment": "original_owner_cards",
            "orgs": "one_per_account",
            "p_keep_browser_ua": round(p_keep_ua, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts, each a few questions a day


def toe_poke(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "toe_poke"
    n = irange(rng, 50, 90)
    shared_cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    p_shared = _u(rng, 0.15, 0.35)
    start = ctx.release - _u(rng, -0.3, 0.6) * DAY
    p_new = _u(rng, 0.6, 0.85)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        mobile = tz in _MOBILE_OF_TZ and chance(rng, 0.35)
        ips = (
            mobile_v6(rng, irange(rng, 2, 5), _MOBILE_OF_TZ[tz])
            if mobile
            else home(rng, irange(rng, 1, 2), tz)
        )
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "crowd_member",
            pay=pick(rng, shared_cards) if chance(rng, p_shared) else None,
            ua=pick(rng, MOBILE) if mobile else pick(rng, BROWSERS),
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        lang = pick(rng, _LANG_OF_TZ[tz])
        a = start + _u(rng, 0.0, 1.0) * DAY
        sess = session_times(
            rng, a, ctx.t1, _u(rng, 1.2, 3.0), evening_person(tz), _u(rng, 2.5, 5.0), 75.0
        )
        prompts: list[str] = []
        ts_l: list[float] = []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                if j > 0 and chance(rng, 0.25):
                    prompts.append(tx.followup(rng, lang if lang in tx.FOLLOWUPS else "en"))
                else:
                    prompts.append(tx.expert_question(rng, lang, formal=chance(rng, 0.3)))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=600.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "pacing": "evening_sessions",
            "ip_source": "home_broadband_and_carrier_v6",
            "payment": "prepaid_mostly_distinct",
            "p_shared_card": round(p_shared, 2),
            "orgs": "one_per_account",
            "user_agent": "browser_or_mobile",
            "p_new": round(p_new, 2),
            "start": start,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: parallel-corpus harvest dressed as a localisation company's office traffic


def chip_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chip_shot"
    n = irange(rng, 3, 6)
    tz = pick(rng, (1, 2, 3))
    office = home(rng, irange(rng, 1, 2), tz)
    server = cloud(rng, 1, pick(rng, ("aws", "azure", "hetzner")))
    org = hexid(rng, "org")
    pay = hexid(rng, "pay")
    p_new = _u(rng, 0.5, 0.75)
    per_hour = _u(rng, 18, 30)
    fan_lo, fan_hi = irange(rng, 4, 6), irange(rng, 8, 12)
    accts = []
    for i in range(n):
        batch_tool = i < max(1, n // 3)
        acct = _camp(
            ctx,
            rng,
            fam,
            cid,
            "linguist_key" if not batch_tool else "tm_tool_key",
            org=org,
            pay=pay,
            ua=sdk_ua(rng, 0.7) if batch_tool else pick(rng, BROWSERS),
            ips=office + (server if batch_tool else []),
        )
        accts.append(acct)
        style = "tm" if batch_tool else pick(rng, ("plain", "json"))
        ts = thinned(
            rng, ctx.t0, ctx.t1, per_hour * 5 * 9 * (ctx.t1 - ctx.t0) / (7 * DAY), workday(tz)
        )
        prompts: list[str] = []
        comp: list[float] = []
        while len(prompts) < len(ts):
            text = tx.passage(rng, ctx.passages, 300, 1600)
            k = irange(rng, fan_lo, fan_hi)
            for t in sorted(rng.choice(len(tx.TARGETS), size=k, replace=False).tolist()):
                prompts.append(tx.translate_prompt(rng, style, text, t))
                comp.append(len(text) / 3.2)
        prompts, comp_a = prompts[: len(ts)], np.asarray(comp[: len(ts)])
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=comp_a,
            comp_sigma=0.25,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel_corpus_translation_harvest",
            "pacing": "office_hours",
            "tz": tz,
            "targets_per_text": [fan_lo, fan_hi],
            "ip_source": "office_broadband_plus_one_server",
            "payment": "company_card",
            "p_new": round(p_new, 2),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "cage_wall": cage_wall,
    "rebound_shot": rebound_shot,
    "two_touch": two_touch,
    "goalkeeper": goalkeeper,
    "turf_carpet": turf_carpet,
    "corner_kick": corner_kick,
    "backpass": backpass,
    "glass_panel": glass_panel,
    "nutmeg": nutmeg,
    "one_two": one_two,
    "toe_poke": toe_poke,
    "chip_shot": chip_shot,
}

"""Campaign families of batch 341 (code names: wakeboarding words).

Each family is `f(ctx, rng, campaign_id)`; it creates its accounts, writes their events into
`ctx` and records the campaign in the truth. Every draw comes from the family's own generator,
in an order that does not depend on the process (no set is walked, nothing is hashed).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Acct,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind341 import texts as tx

#: user agents exactly as the background's clients send them
BG_UA = {
    "py": "OpenAI/Python 1.54.0",
    "chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "node": "OpenAI/NodeJS 4.67.1",
    "safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "lc": "langchain/0.3.7 python-openai/1.54.0",
    "curl": "curl/8.5.0",
    "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "firefox": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
}
#: how often each background user agent is seen among ordinary users (rounded)
BG_UA_MIX = {"py": 0.34, "chrome": 0.23, "node": 0.15, "safari": 0.13, "lc": 0.11, "curl": 0.04}
#: a consumer-ISP region's carrier prefix family, where the machinery has one
MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}
REGION_OF_TZ = {
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
}


def _campaign(ctx: Ctx, rng: np.random.Generator, cid: str, family: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=family, role=role, campaign_id=cid, **kw)


def _explicit_models(ctx: Ctx, rng: np.random.Generator, ts: np.ndarray, p_new: float) -> list[str]:
    """New model with p_new once released, otherwise always the old flagship."""
    u = rng.random(len(ts))
    return [
        ctx.new_model if (t >= ctx.release and x < p_new) else ctx.old_models[0]
        for t, x in zip(np.asarray(ts).tolist(), u.tolist(), strict=True)
    ]


def _flat(chunks: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(chunks) if chunks else np.empty(0)


# --------------------------------------------------------------------------------------------


def heelside(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, one shared job queue."""
    name = "heelside"
    n = irange(rng, 10, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    block = rented_block(rng, provider, irange(rng, 2, 3), irange(rng, 3, 5))
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            name,
            "worker",
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    langs = {"en": 0.55, "zh": 0.2, "es": 0.1, "ru": 0.08, "de": 0.07}
    styles = tuple(sorted(rng.permutation(5)[:3].tolist()))
    per_hour = float(rng.uniform(70, 110))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts = [
            tx.reasoning_prompt(rng, tx.weighted(rng, langs), styles) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=1500.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "pacing": "shared_worker_pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented_block:{provider}",
            "payment": f"{n_orgs} prepaid cards, one per org",
            "user_agent": ua,
            "languages": list(langs),
            "styles": list(styles),
            "hard": False,
        },
    )


def raley(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest; keys in separate orgs on two stolen cards."""
    name = "raley"
    n = irange(rng, 6, 10)
    cards = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2"))
    accts = []
    for i in range(n):
        prov = pick(rng, ("gcp", "aws"))
        accts.append(
            _campaign(
                ctx,
                rng,
                cid,
                name,
                "grader",
                pay=cards[i % 2],
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), prov),
            )
        )
    langs = {"en": 0.6, "de": 0.15, "ja": 0.15, "ko": 0.1}
    size = float(rng.uniform(18, 32))
    for a in accts:
        s = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
        per_day = float(rng.uniform(7, 13))
        starts = thinned(rng, s, ctx.t1, per_day * (ctx.t1 - s) / DAY, lambda t: np.ones(len(t)))
        ts = _flat(bursts(rng, starts, size, float(rng.uniform(1.5, 3.0)), b=ctx.t1))
        prompts = [
            tx.judge_prompt(rng, tx.weighted(rng, langs), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.85, 0.05), comp_median=320.0, err=0.02
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "pacing": "bursts",
            "burst_size": round(size, 1),
            "ip_source": "cloud:gcp/aws",
            "payment": "2 stolen cards across separate orgs",
            "user_agent": ua,
            "languages": list(langs),
            "hard": False,
        },
    )


def tantrum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy-compliant rewrites and deflections, through a shared pool of VPN exits."""
    name = "tantrum"
    n = irange(rng, 8, 12)
    provs = [pick(rng, ("m247", "leaseweb")), pick(rng, ("vultr", "ovh", "m247"))]
    pool = cloud(rng, irange(rng, 10, 16), provs[0]) + cloud(rng, irange(rng, 6, 12), provs[1])
    accts = []
    for _ in range(n):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.6)
            else pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3"))
        )
        accts.append(_campaign(ctx, rng, cid, name, "rewriter", ua=ua, ips=pool))
    langs = {"zh": 0.45, "en": 0.3, "ru": 0.15, "vi": 0.1}
    curve = workday(8, start=9.0, end=21.0, weekend=0.5)
    for a in accts:
        s = ctx.release - float(rng.uniform(-0.2, 0.5)) * DAY
        ts = thinned(rng, s, ctx.t1, float(rng.uniform(200, 500)), curve)
        ips = sticky(rng, ts, pool, float(rng.uniform(20, 60)) * MINUTE)
        prompts = [
            tx.policy_rewrite(rng, tx.weighted(rng, langs), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.03), ips=ips, comp_median=420.0
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "pacing": "workday_tz+8",
            "ip_source": f"vpn_exits:{provs[0]}+{provs[1]}",
            "payment": "prepaid card per key",
            "languages": list(langs),
            "hard": False,
        },
    )


def whirlybird(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: multi-step episodes from a shell company's keys."""
    name = "whirlybird"
    n = irange(rng, 8, 14)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "aws"))
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            name,
            "agent_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2")),
            ips=cloud(rng, 1, prov),
        )
        for _ in range(n)
    ]
    main_style = irange(rng, 0, 2)
    langs = {"en": 0.8, "zh": 0.12, "es": 0.08}
    extra = irange(rng, 400, 1500)
    start = ctx.release - float(rng.uniform(0.0, 0.4)) * DAY
    eph = float(rng.uniform(10, 18))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, eph, n), strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            style = main_style if chance(rng, 0.8) else irange(rng, 0, 2)
            steps = tx.agent_episode(rng, style, tx.weighted(rng, langs))
            gaps = rng.lognormal(np.log(4.0), 0.6, size=len(steps))
            gaps[0] = 0.0
            ts_all.append(s + np.cumsum(gaps))
            prompts.extend(steps)
        ts = _flat(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=260.0,
            extra=extra,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "pacing": "episodes_from_worker_pool",
            "episodes_per_hour": round(eph, 1),
            "ip_source": f"cloud:{prov}",
            "payment": "one corporate card",
            "main_style": main_style,
            "languages": list(langs),
            "hard": False,
        },
    )


def mobius(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset curriculum sweep from a phone farm on carrier IPv6."""
    name = "mobius"
    n = irange(rng, 16, 24)
    carriers = ["in_mobile", pick(rng, ("br_mobile", "eu_mobile"))]
    lang_of = {
        "in_mobile": {"hi": 0.45, "en": 0.55},
        "br_mobile": {"pt": 0.7, "en": 0.3},
        "eu_mobile": {"es": 0.5, "en": 0.5},
    }
    accts, langsets, streams = [], [], []
    for _ in range(n):
        car = pick(rng, carriers)
        pool = mobile_v6(rng, irange(rng, 8, 20), car)
        a = _campaign(
            ctx,
            rng,
            cid,
            name,
            "phone",
            ua=pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)")),
            ips=pool,
        )
        ls = dict(lang_of[car])
        if chance(rng, 0.2):
            ls[pick(rng, ("id", "sw"))] = 0.3
        accts.append(a)
        langsets.append(ls)
        s = ctx.release + float(rng.uniform(-1.0, 1.0)) * DAY
        streams.append(
            thinned(rng, s, ctx.t1, float(rng.uniform(120, 260)), lambda t: np.ones(len(t)))
        )
    # one curriculum walked in time order across the whole farm
    order = np.argsort(_flat(streams), kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    base = irange(rng, 0, 3000)
    style_bias = irange(rng, 0, 3)
    off = 0
    for i, (a, ts) in enumerate(zip(accts, streams, strict=True)):
        idxs = (base + rank[off : off + len(ts)]).tolist()
        off += len(ts)
        prompts = [
            tx.curriculum_item(rng, k, tx.weighted(rng, langsets[i]), style_bias) for k in idxs
        ]
        ips = sticky(rng, ts, a.ips, float(rng.uniform(30, 120)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            ips=ips,
            comp_median=900.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_curriculum",
            "pacing": "steady_per_phone",
            "ip_source": "carrier_ipv6:" + "+".join(carriers),
            "payment": "one prepaid card per account",
            "start_index": base,
            "hard": False,
        },
    )


def scarecrow(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest through a rotating residential proxy, browser-spoofed."""
    name = "scarecrow"
    n = irange(rng, 12, 20)
    cards = [hexid(rng, "pay") for _ in range(3)]
    pool = resi(rng, irange(rng, 400, 700))
    accts = [
        _campaign(
            ctx, rng, cid, name, "dialogue", pay=cards[i % 3], ua=pick(rng, BROWSERS), ips=pool
        )
        for i in range(n)
    ]
    p_stuff = float(rng.uniform(0.2, 0.8))
    langs = {"en": 0.6, "es": 0.1, "fr": 0.1, "de": 0.1, "pt": 0.1}
    for a in accts:
        s = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
        starts = thinned(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(10, 25)) * (ctx.t1 - s) / DAY,
            lambda t: np.ones(len(t)),
        )
        ts_all, prompts = [], []
        for st in starts.tolist():
            turns = irange(rng, 3, 9)
            user = tx.dialogue(
                rng, tx.weighted(rng, langs), turns, chance(rng, p_stuff), ctx.chat, ctx.passages
            )
            gaps = rng.lognormal(np.log(25.0), 0.5, size=len(user))
            gaps[0] = 0.0
            ts_all.append(st + np.cumsum(gaps))
            prompts.extend(user)
        ts = _flat(ts_all)
        ips = picks(rng, pool, len(ts))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.9, 0.02), ips=ips, comp_median=500.0
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "pacing": "conversations",
            "ip_source": "rotating_residential_proxy_per_request",
            "payment": "3 cards",
            "stuffed_share": round(p_stuff, 2),
            "languages": list(langs),
            "hard": False,
        },
    )


def back_roll(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: the same item many times, or label distributions."""
    name = "back_roll"
    n = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("digitalocean", "vultr"))
    droplets = cloud(rng, irange(rng, 2, 3), prov)
    ua = pick(rng, ("aiohttp/3.11.11", "python-requests/2.32.3"))
    accts = [
        _campaign(ctx, rng, cid, name, "sampler", org=org, pay=pay, ua=ua, ips=droplets)
        for _ in range(n)
    ]
    p_soft = float(rng.uniform(0.3, 0.6))
    suffix_mode = irange(rng, 0, 2)
    for a in accts:
        s = ctx.release + float(rng.uniform(-0.3, 0.3)) * DAY
        items = thinned(
            rng,
            s,
            ctx.t1,
            float(rng.uniform(3, 6)) * (ctx.t1 - s) / HOUR,
            lambda t: np.ones(len(t)),
        )
        ts_all, prompts, comp = [], [], []
        for st in items.tolist():
            if chance(rng, p_soft):
                base = tx.soft_label_item(rng, ctx.chat, ctx.passages)
                k = irange(rng, 1, 3)
                batch = [base] * k
                med = 90.0
            else:
                base = tx.best_of_n_base(rng, ctx.chat)
                k = irange(rng, 4, 8)
                if suffix_mode == 0:
                    batch = [base] * k
                elif suffix_mode == 1:
                    batch = [f"{base}\n\n(sample {j + 1} of {k})" for j in range(k)]
                else:
                    batch = [f"{base}\n\n[seed {irange(rng, 1, 99999)}]" for _ in range(k)]
                med = 650.0
            gaps = rng.lognormal(np.log(0.8), 0.5, size=k)
            gaps[0] = 0.0
            ts_all.append(st + np.cumsum(gaps))
            prompts.extend(batch)
            comp.extend([med] * k)
        ts = _flat(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=np.asarray(comp),
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_and_soft_labels",
            "pacing": "item_groups",
            "soft_share": round(p_soft, 2),
            "suffix_mode": suffix_mode,
            "ip_source": f"cloud:{prov}",
            "payment": "one card",
            "user_agent": ua,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# deliberately hard families


def tootsie_roll(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a real coding-assistant product whose backend keys also run a code-harvest sweep."""
    name = "tootsie_roll"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = BG_UA["py"] if chance(rng, 0.7) else BG_UA["node"]
    n = irange(rng, 3, 5)
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            name,
            "product_backend" if i else "staging",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), "aws"),
        )
        for i in range(n)
    ]
    share_pre, share_post = float(rng.uniform(0.1, 0.2)), float(rng.uniform(0.35, 0.5))
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.4, 0.6)))
    counter = irange(rng, 0, 200)
    for i, a in enumerate(accts):
        n_mean = float(rng.uniform(80, 200)) if i == 0 else float(rng.uniform(1500, 2600))
        ts = thinned(rng, ctx.t0, ctx.t1, n_mean, curve)
        share = np.where(ts >= ctx.release, share_post, share_pre)
        harvest = rng.random(len(ts)) < share
        prompts, models, comp = [], [], []
        prod_models = ctx.models(rng, ts, 0.3, 0.15)
        for t, h, pm in zip(ts.tolist(), harvest.tolist(), prod_models, strict=True):
            if h:
                prompts.append(tx.code_task(rng, counter))
                counter += 1
                models.append(
                    ctx.new_model if (t >= ctx.release and chance(rng, 0.95)) else ctx.old_models[0]
                )
                comp.append(900.0)
            else:
                prompts.append(tx.clip(pick(rng, ctx.chat), 10, 2000, rng))
                models.append(pm)
                comp.append(350.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comp))
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code_harvest_inside_product",
            "pacing": "global_product_load",
            "harvest_share_pre": round(share_pre, 2),
            "harvest_share_post": round(share_post, 2),
            "ip_source": "cloud:aws fixed",
            "payment": "one company card",
            "user_agent": ua,
            "hard": True,
        },
    )


def dum_dum(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: aged accounts (bought, or with leaked keys) replaying a public prompt set after the
    release, through residential proxies in the owner's own region, keeping the owner's client."""
    name = "dum_dum"
    n = irange(rng, 20, 32)
    queue = rng.permutation(len(ctx.chat)).tolist()
    accts, post_ts, post_meta = [], [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = BG_UA[tx.weighted(rng, BG_UA_MIX)]
        bought = chance(rng, 0.5)
        a = _campaign(
            ctx,
            rng,
            cid,
            name,
            "bought_aged" if bought else "leaked_key",
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(0.05, 1.0)) * DAY
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        own_end = take if bought else ctx.t1
        own = _flat(
            session_times(
                rng,
                ctx.t0,
                own_end,
                float(rng.uniform(0.6, 2.0)),
                curve,
                float(rng.uniform(2, 4)),
                90.0,
            )
        )
        if len(own):
            prompts = [tx.clip(pick(rng, ctx.chat), 5, 2000, rng) for _ in range(len(own))]
            ctx.emit(rng, a, own, prompts, models=ctx.models(rng, own, 0.15, 0.2))
        rate = float(rng.uniform(35, 110))
        ts = thinned(
            rng,
            take,
            ctx.t1,
            rate * (ctx.t1 - take) / DAY,
            workday(8, start=8.0, end=24.0, weekend=0.8, night=0.35),
        )
        pool = resi(rng, irange(rng, 6, 12), REGION_OF_TZ[tz])
        post_ts.append(ts)
        post_meta.append((pool, ua if chance(rng, 0.7) else "python-requests/2.32.3"))
    # one shared queue of public prompts, handed out in time order across the crowd
    allt = _flat(post_ts)
    order = np.argsort(allt, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    off = 0
    for a, ts, (pool, ua) in zip(accts, post_ts, post_meta, strict=True):
        r = rank[off : off + len(ts)].tolist()
        off += len(ts)
        prompts = [ctx.chat[queue[k % len(queue)]][:2000] for k in r]
        ips = sticky(rng, ts, pool, float(rng.uniform(40, 120)) * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=_explicit_models(ctx, rng, ts, 0.96),
            ips=ips,
            ua=ua,
            comp_median=450.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay_on_aged_accounts",
            "pacing": "owner_sessions_then_steady_replay",
            "ip_source": "residential_proxy_same_region_sticky",
            "payment": "owners' own cards",
            "hard": True,
        },
    )


def s_bend(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a low-and-slow crowd of person-like accounts, each asking a few explain-it questions."""
    name = "s_bend"
    n = irange(rng, 45, 70)
    langs = {"en": 0.7, "es": 0.1, "pt": 0.08, "de": 0.06, "fr": 0.06}
    ua_mix = {"chrome": 0.35, "safari": 0.2, "py": 0.25, "node": 0.1, "iphone": 0.1}
    accts = []
    offsets = rng.permutation(len(tx.TOPICS)).tolist()
    for i in range(n):
        tz = pick(rng, TZS)
        ips = home(rng, 1, tz)
        if tz in MOBILE_OF_TZ and chance(rng, 0.2):
            ips += mobile_v6(rng, 1, MOBILE_OF_TZ[tz])
        a = _campaign(
            ctx, rng, cid, name, "crowd_member", ua=BG_UA[tx.weighted(rng, ua_mix)], ips=ips, tz=tz
        )
        accts.append(a)
        s = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        ts = _flat(
            session_times(
                rng,
                s,
                ctx.t1,
                float(rng.uniform(0.8, 2.2)),
                curve,
                float(rng.uniform(2.5, 5)),
                float(rng.uniform(60, 180)),
            )
        )
        lang = tx.weighted(rng, langs)
        typo = float(rng.uniform(0.0, 0.03))
        topic = offsets[i % len(offsets)]
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, 0.2):
                prompts.append(tx.clip(pick(rng, ctx.chat), 5, 600, rng))
            else:
                prompts.append(tx.crowd_question(rng, lang, topic, typo))
                topic += irange(rng, 1, 3)
        p_new = float(rng.uniform(0.5, 0.75))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=700.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low_and_slow_explainer_crowd",
            "pacing": "human_sessions",
            "ip_source": "one home address each (some phones)",
            "payment": "one card per account",
            "languages": list(langs),
            "hard": True,
        },
    )


def hoochie_glide(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a parallel-corpus harvest dressed as a localisation agency's ordinary work."""
    name = "hoochie_glide"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2))
    office = home(rng, 2, tz)
    backend = cloud(rng, 2, "gcp")
    n = irange(rng, 4, 7)
    locales = list(tx.LANG_NAMES)
    accts, kinds = [], []
    for _ in range(n):
        k = pick(rng, ("chrome", "safari", "node"))
        kinds.append(k)
        accts.append(
            _campaign(
                ctx,
                rng,
                cid,
                name,
                "translator" if k != "node" else "tms_connector",
                org=org,
                pay=pay,
                ua=BG_UA[k],
                ips=backend if k == "node" else office,
                tz=tz,
            )
        )
    curve = workday(tz, start=8.0, end=19.0, weekend=0.1)
    p_ui = float(rng.uniform(0.15, 0.25))
    for a in accts:
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(500, 1000)), curve)
        style = irange(rng, 0, 2)
        prompts, comp = [], []
        job: list[tuple[str, str]] = []
        job_id, seg = "", 0
        for _ in range(len(ts)):
            if chance(rng, p_ui):
                text = tx.ui_string(rng)
                prompts.append(
                    tx.l10n_prompt(rng, text, pick(rng, locales), style, "UI-STRINGS", (1, 1))
                )
                comp.append(30.0)
                continue
            if not job:
                passage = tx.clip(pick(rng, ctx.passages), 300, 2500, rng)
                k = irange(rng, 6, 10)
                job = [(passage, locales[j]) for j in rng.permutation(len(locales))[:k].tolist()]
                job_id, seg = f"J{irange(rng, 10000, 99999)}", 0
            passage, loc = job.pop(0)
            seg += 1
            prompts.append(tx.l10n_prompt(rng, passage, loc, style, job_id, (seg, seg + len(job))))
            comp.append(max(60.0, len(passage) / 3.2))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.75, 0.05),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "parallel_corpus_translation_harvest",
            "pacing": f"office_hours_tz{tz}",
            "ip_source": "office broadband + gcp",
            "payment": "one agency card",
            "ui_share": round(p_ui, 2),
            "hard": True,
        },
    )


def butter_slide(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD: a chain-of-thought harvest run as if it were an evaluation lab's benchmark runs."""
    name = "butter_slide"
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    n = irange(rng, 2, 4)
    accts = [
        _campaign(
            ctx,
            rng,
            cid,
            name,
            "eval_runner",
            org=org,
            pay=pay,
            ua=BG_UA["py"],
            ips=cloud(rng, irange(rng, 1, 2), "gcp"),
        )
        for _ in range(n)
    ]
    fmts = sorted(rng.permutation(4)[:2].tolist())
    canary = [tx.eval_item(rng, pick(rng, fmts), k) for k in range(40)]
    runs: list[tuple[float, int, str]] = []
    for _ in range(irange(rng, 1, 2)):
        runs.append(
            (
                float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.release - 0.3 * DAY)),
                irange(rng, 300, 800),
                pick(rng, ctx.old_models),
            )
        )
    for j in range(irange(rng, 4, 7)):
        model = ctx.old_models[0] if j == 3 else ctx.new_model
        size = irange(rng, 200, 400) if j == 3 else irange(rng, 800, 2000)
        runs.append((float(rng.uniform(ctx.release + 0.1 * DAY, ctx.t1 - 0.3 * DAY)), size, model))
    per: list[list[tuple[float, str, str]]] = [[] for _ in accts]
    k = 0
    for start, size, model in runs:
        rate = float(rng.uniform(300, 700)) / HOUR
        ts = start + np.sort(rng.uniform(0, size / rate, size=size))
        who = rng.integers(0, n, size=size).tolist()
        fmt = pick(rng, fmts)
        for j, (t, w) in enumerate(zip(ts.tolist(), who, strict=True)):
            if j < len(canary):
                p = canary[j]
            else:
                k += 1
                p = tx.eval_item(rng, fmt, k)
            per[w].append((t, p, model))
    for a, ev in zip(accts, per, strict=True):
        ev.sort(key=lambda e: e[0])
        ts = np.asarray([e[0] for e in ev])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in ev],
            models=[e[2] for e in ev],
            comp_median=1100.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "cot_harvest_as_benchmark_runs",
            "pacing": "runs",
            "runs": len(runs),
            "formats": fmts,
            "ip_source": "cloud:gcp",
            "payment": "one lab card",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "heelside": heelside,
    "raley": raley,
    "tantrum": tantrum,
    "whirlybird": whirlybird,
    "mobius": mobius,
    "scarecrow": scarecrow,
    "back_roll": back_roll,
    "tootsie_roll": tootsie_roll,
    "dum_dum": dum_dum,
    "s_bend": s_bend,
    "hoochie_glide": hoochie_glide,
    "butter_slide": butter_slide,
}

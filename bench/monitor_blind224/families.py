"""Campaign families of batch 224 (code names from mountain biking).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, records
the campaign through `ctx.campaign` and writes events through `ctx.emit`, drawing everything from
its own generator `rng` (seeded by `bench/blind_batch.py` from seed, salt and the family's index).
Nothing here walks a set while drawing. The README describes every family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, Ctx, chance, hexid, irange, pick
from bench.monitor_blind224 import texts as tx

CAMP = "campaign"


def _weighted(rng: np.random.Generator, values: list, weights: list[float], n: int) -> list:
    p = np.asarray(weights, dtype=np.float64)
    return [values[i] for i in rng.choice(len(values), size=n, p=p / p.sum()).tolist()]


def _after(ctx: Ctx, low: float) -> bb.Curve:
    """Load `low` before the new model's release and 1 after it (a harvest that waits for it)."""
    release = ctx.release

    def f(ts: np.ndarray) -> np.ndarray:
        return np.where(np.asarray(ts) >= release, 1.0, low)

    return f


def _times(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def berm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "berm"
    n_keys, n_cards = irange(rng, 6, 14), irange(rng, 1, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    n_orgs = irange(rng, 2, n_keys)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = bb.sdk_ua(rng, 0.4)
    langs, lang_w = (
        ["en", "zh", "ru"],
        [
            float(rng.uniform(0.4, 0.7)),
            float(rng.uniform(0.15, 0.35)),
            float(rng.uniform(0.05, 0.25)),
        ],
    )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(30, 60))
    pre = float(rng.uniform(0.15, 0.45))
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=name,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_cards],
                ua=ua,
                ips=[pick(rng, block) for _ in range(irange(rng, 1, 3))],
            )
        )
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, _after(ctx, pre))
    for acct, ts in zip(accts, streams, strict=True):
        styles = [
            tx.REASONING_WRAPPERS[j] for j in rng.permutation(5)[: irange(rng, 1, 3)].tolist()
        ]
        ev_lang = _weighted(rng, langs, lang_w, len(ts))
        prompts = [tx.reasoning_prompt(rng, pick(rng, styles), lg) for lg in ev_lang]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=float(rng.uniform(700, 1300)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool, 24/7, heavier after release",
            "ip_source": f"rented hosting block ({provider})",
            "payment": f"{n_cards} shared card(s)",
            "keys": n_keys,
            "orgs": n_orgs,
            "per_hour": round(per_hour, 1),
            "pre_release_load": round(pre, 2),
            "languages": langs,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-score harvest in batch jobs from a cloud account


def singletrack(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "singletrack"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="grader_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day = float(rng.uniform(4, 9))
    starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, _after(ctx, 0.3))
    trains = bb.bursts(
        rng, starts, float(rng.uniform(50, 130)), float(rng.uniform(0.8, 3.0)), 0.6, ctx.t1
    )
    comp = {
        "pairwise": 260.0,
        "rubric_json": 110.0,
        "scalar": 4.0,
        "critique": 750.0,
        "de": 300.0,
        "ja": 320.0,
    }
    style_w = rng.dirichlet(np.ones(len(tx.JUDGE_STYLES)) * 1.5).tolist()
    for ts in trains:
        acct = pick(rng, accts)
        style = _weighted(rng, list(tx.JUDGE_STYLES), style_w, 1)[0]
        prompts = [tx.judge_prompt(rng, style, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=comp[style],
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric / reward-score harvest",
            "pacing": "batch bursts handed to keys",
            "ip_source": f"cloud ({provider})",
            "payment": "one business card",
            "keys": n_keys,
            "orgs": 1,
            "bursts_per_day": round(per_day, 1),
            "styles": list(tx.JUDGE_STYLES),
            "user_agent": ua,
            "languages": ["en", "de", "ja"],
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-boundary / sanitised rewrites on short-lived keys with stolen cards


def dropper_post(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "dropper_post"
    n_keys = irange(rng, 15, 30)
    vpn = []
    for prov in ("m247", "leaseweb", "ovh", "digitalocean"):
        if chance(rng, 0.75) or not vpn:
            vpn += bb.cloud(rng, irange(rng, 6, 20), prov)
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.3) else bb.sdk_ua(rng, 0.5)
        acct = ctx.account(
            rng, label=CAMP, family=name, role="burner_key", campaign_id=cid, ua=ua, ips=vpn
        )
        accts.append(acct)
        born = float(rng.uniform(ctx.t0, ctx.t1 - 6 * HOUR))
        life = float(rng.uniform(6, 40)) * HOUR
        rate = float(rng.uniform(8, 35))
        ts = bb.thinned(rng, born, min(ctx.t1, born + life), rate * life / HOUR, bb.constant)
        if len(ts) == 0:
            ts = np.array([born])
        styles = [
            tx.POLICY_STYLES[j]
            for j in rng.permutation(len(tx.POLICY_STYLES))[: irange(rng, 2, 4)].tolist()
        ]
        prompts = [tx.policy_prompt(rng, pick(rng, styles), ctx.passages) for _ in range(len(ts))]
        status = np.where(rng.random(len(ts)) < 0.04, 429, 200)
        banned = chance(rng, 0.6)
        if banned:  # the card charges back, the key is revoked while the script still runs
            status[-irange(rng, 1, min(12, len(ts))) :] = 401
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=bb.sticky(rng, ts, vpn, 1800.0),
            comp_median=float(rng.uniform(350, 600)),
            status=status,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-boundary and censorship-safe rewrite harvest",
            "pacing": "key churn, 6-40 h lives",
            "ip_source": "commercial VPN exits (hosting ASNs), sticky 30 min",
            "payment": "stolen cards, one per key",
            "keys": n_keys,
            "orgs": n_keys,
            "languages": ["en", "es", "pt", "zh"],
            "user_agent": "mixed per key",
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectory harvest


def tabletop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tabletop"
    n_keys = irange(rng, 3, 6)
    n_orgs = irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pay = hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for i in range(n_keys)
    ]
    key_styles = [
        [tx.AGENT_STYLES[j] for j in rng.permutation(4)[: irange(rng, 1, 3)].tolist()]
        for _ in accts
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY
    per_hour = float(rng.uniform(3, 7))
    ep_starts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    gap = float(rng.uniform(3, 9))
    for s in ep_starts.tolist():
        k = int(rng.integers(n_keys))
        style = pick(rng, key_styles[k])
        episode = tx.agent_episode(rng)
        steps = 1 if style == "whole_trajectory" else irange(rng, 3, 12)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.7, size=steps - 1))])
        prompts = [tx.agent_prompt(rng, style, episode, j) for j in range(steps)]
        extra = np.arange(steps) * irange(rng, 150, 400)
        ctx.emit(
            rng,
            accts[k],
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1800.0 if style == "whole_trajectory" else 220.0,
            comp_sigma=0.5,
            extra=extra,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "pacing": "episodes of chained calls, constant rate",
            "ip_source": f"cloud ({provider})",
            "payment": "one card",
            "keys": n_keys,
            "orgs": n_orgs,
            "episodes_per_hour": round(per_hour, 1),
            "user_agent": ua,
            "languages": ["en"],
            "start_day": round((start - ctx.t0) / DAY, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic instruction-data generation at a slow steady rate


def bunny_hop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "bunny_hop"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "oracle", "huawei"))
    ips = bb.cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "python-requests/2.32.3"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    style_w = rng.dirichlet(np.ones(len(tx.DATASET_STYLES)) * 2).tolist()
    for acct in accts:
        per_hour = float(rng.uniform(9, 22))
        n = int((ctx.t1 - start) / HOUR * per_hour * 1.1)
        ts = (
            start
            + float(rng.uniform(0, 600))
            + np.cumsum(rng.lognormal(np.log(HOUR / per_hour), 0.25, size=n))
        )
        # restarts: the script dies a few times and is brought back after a while
        for _ in range(irange(rng, 1, 4)):
            t_stop = float(rng.uniform(start, ctx.t1))
            down = float(rng.uniform(0.5, 7)) * HOUR
            ts = np.where(ts > t_stop, ts + down, ts)
        ts = ts[ts < ctx.t1]
        styles = _weighted(rng, list(tx.DATASET_STYLES), style_w, len(ts))
        langs = _weighted(rng, ["zh", "ko", "id"], [0.5, 0.25, 0.25], len(ts))
        prompts = [
            tx.dataset_prompt(rng, s, ctx.chat, lg) for s, lg in zip(styles, langs, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=1600.0,
            comp_sigma=0.4,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction dataset generation",
            "pacing": "steady fixed-concurrency loop, restarts",
            "ip_source": f"cloud ({provider})",
            "payment": "one card",
            "keys": n_keys,
            "orgs": 1,
            "user_agent": ua,
            "languages": ["en", "zh", "ko", "id"],
            "start_before_release_days": round((ctx.release - start) / DAY, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n / soft-label sampling through residential proxies


def rooster_tail(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "rooster_tail"
    n_keys = irange(rng, 8, 20)
    pool = bb.resi(rng, irange(rng, 120, 300), "*")
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(rng, label=CAMP, family=name, role="sampler", campaign_id=cid, ua=ua, ips=pool)
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.25, 0.5)) * (ctx.t1 - ctx.t0)
    n_groups = irange(rng, 400, 800)
    g_starts = np.sort(rng.uniform(start, ctx.t1, size=n_groups))
    p_mc = float(rng.uniform(0.15, 0.4))
    n_items = irange(rng, 15, 40)
    per_acct: list[list] = [[] for _ in accts]  # (ts, prompt, comp) per account
    for s in g_starts.tolist():
        mc = chance(rng, p_mc)
        prompt = (
            tx.soft_label_prompt(rng, irange(rng, 0, n_items - 1))
            if mc
            else tx.human(rng, ctx.chat, 1500)
        )
        reps = irange(rng, 4, 12) if not mc else irange(rng, 8, 20)
        tts = s + np.sort(rng.uniform(0, float(rng.uniform(30, 300)), size=reps))
        for t in tts.tolist():
            per_acct[int(rng.integers(n_keys))].append((t, prompt, 3.0 if mc else 380.0))
    for acct, evs in zip(accts, per_acct, strict=True):
        if not evs:
            evs = [(float(g_starts[0]), tx.human(rng, ctx.chat), 380.0)]
        evs.sort(key=lambda e: e[0])
        ts = np.array([e[0] for e in evs])
        ctx.emit(
            rng,
            acct,
            ts,
            [e[1] for e in evs],
            models=ctx.models(rng, ts, p_new=0.97),
            ips=bb.sticky(rng, ts, pool, 600.0),
            comp_median=np.array([e[2] for e in evs]),
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n and soft-label sampling (public prompt replay + MC items)",
            "pacing": "groups of repeats within minutes, spread across keys",
            "ip_source": "residential proxy pool",
            "payment": "prepaid card per key",
            "keys": n_keys,
            "orgs": n_keys,
            "groups": n_groups,
            "mc_share": round(p_mc, 2),
            "user_agent": ua,
            "languages": ["mixed (ShareGPT)"],
        },
    )


# --------------------------------------------------------------------------------------------
# 7. (hard) harvest hidden in a real product's traffic


def north_shore(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "north_shore"
    brand = pick(rng, ("Quillmate", "Draftwise", "Penrose Notes", "Wordloom"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "axios/1.7.9"))
    n_prod = irange(rng, 2, 3)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 2, "aws"),
        )
        for _ in range(n_prod)
    ]
    staging = ctx.account(
        rng,
        label=CAMP,
        family=name,
        role="staging_key",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua="curl/8.5.0",
        ips=bb.home(rng, 1, pick(rng, (0, 1, 2))),
    )
    load = bb.global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.45, 0.75)))
    user_rate = float(rng.uniform(22, 40))
    harvest_rate = float(rng.uniform(4, 9))
    h_start = ctx.release - float(rng.uniform(0, 12)) * HOUR
    langs = ["en", "de", "fr", "ja"]
    lang_w = [0.55, 0.15, 0.15, 0.15]
    user_streams = bb.worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_prod, load)
    harvest_streams = bb.worker_pool(rng, h_start, ctx.t1, harvest_rate, n_prod, bb.constant)
    for acct, uts, hts in zip(accts, user_streams, harvest_streams, strict=True):
        ctx.emit(
            rng,
            acct,
            uts,
            [tx.product_wrap(rng, brand, tx.human(rng, ctx.chat, 900)) for _ in range(len(uts))],
            models=ctx.models(rng, uts, p_new=0.2, p_mini=0.35),
            comp_median=300.0,
        )
        concepts = [pick(rng, tx.CONCEPTS) for _ in range(len(hts))]
        hl = _weighted(rng, langs, lang_w, len(hts))
        ctx.emit(
            rng,
            acct,
            hts,
            [
                tx.product_wrap(rng, brand, tx.explain_prompt(rng, c, lg))
                for c, lg in zip(concepts, hl, strict=True)
            ],
            models=ctx.models(rng, hts, p_new=0.95, p_mini=0.0),
            comp_median=850.0,
        )
    sts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 50)), bb.workday(1))
    ctx.emit(
        rng,
        staging,
        sts,
        [
            tx.product_wrap(
                rng, brand, pick(rng, ("test", "hello", "ping: summarise 'lorem ipsum'"))
            )
            for _ in range(len(sts))
        ],
        models=ctx.models(rng, sts, p_new=0.5),
        comp_median=40.0,
    )
    ctx.campaign(
        cid,
        name,
        accts + [staging],
        {
            "operation": "explanation-curriculum harvest mixed into a writing product's own traffic",
            "pacing": "product follows global load; harvest steady from about the release",
            "ip_source": "product's cloud NAT gateways (aws)",
            "payment": "company card",
            "keys": n_prod + 1,
            "orgs": 1,
            "user_rate_per_hour": round(user_rate, 1),
            "harvest_rate_per_hour": round(harvest_rate, 1),
            "languages": langs,
            "user_agent": ua,
            "brand": brand,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. (hard) bought aged consumer accounts, driven like people


def hardtail(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hardtail"
    n = irange(rng, 12, 24)
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE[:3])
        pool = bb.home(rng, irange(rng, 2, 4), tz)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        curve = bb.evening_person(tz, float(rng.uniform(1.8, 3.0)))
        pre = bb.session_times(
            rng,
            ctx.t0,
            ctx.release,
            float(rng.uniform(0.2, 0.8)),
            curve,
            float(rng.uniform(3, 6)),
            float(rng.uniform(50, 140)),
        )
        post = bb.session_times(
            rng,
            ctx.release,
            ctx.t1,
            float(rng.uniform(2, 5)),
            curve,
            float(rng.uniform(5, 10)),
            float(rng.uniform(45, 120)),
        )
        for sess in pre + post:
            if len(sess) == 0:
                continue
            concept = pick(rng, tx.CONCEPTS)
            prompts = [tx.aged_account_prompt(rng, concept, j) for j in range(len(sess))]
            extra = np.arange(len(sess)) * irange(rng, 250, 500)
            ip = pick(rng, pool)
            ctx.emit(
                rng,
                acct,
                sess,
                prompts,
                models=ctx.models(rng, sess, p_new=0.8),
                ips=ip,
                comp_median=650.0,
                extra=extra,
                err=0.003,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "study-style explanation harvest through bought aged accounts",
            "pacing": "human sessions, evening curves, dormant before release",
            "ip_source": "residential proxies matching each account's home region",
            "payment": "original owners' cards",
            "keys": n,
            "orgs": n,
            "languages": ["en"],
            "user_agent": "browser/mobile per account",
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) low-and-slow multilingual crowd


_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("en", "es"),
    2: ("tr", "en"),
    3: ("tr",),
    5: ("en",),
    8: ("id", "vi"),
    9: ("en",),
}


def pump_track(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "pump_track"
    n = irange(rng, 40, 80)
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, _LANG_OF_TZ[tz])
        ua = pick(rng, bb.MOBILE) if chance(rng, 0.55) else pick(rng, bb.BROWSERS)
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            tz=tz,
            ips=bb.home(rng, 1, tz),
        )
        accts.append(acct)
        joined = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        sessions = bb.session_times(
            rng,
            joined,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(1.5, 4)),
            float(rng.uniform(25, 90)),
        )
        budget = irange(rng, 5, 40)
        for sess in sessions:
            if budget <= 0:
                break
            sess = sess[:budget]
            budget -= len(sess)
            if len(sess) == 0:
                continue
            ip = bb.home(rng, 1, tz)[0]  # the proxy hands out a fresh home address per session
            prompts = [tx.crowd_question(rng, lang, ctx.passages) for _ in range(len(sess))]
            ctx.emit(
                rng,
                acct,
                sess,
                prompts,
                models=ctx.models(rng, sess, p_new=0.9),
                ips=ip,
                comp_median=520.0,
                err=0.004,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multilingual Q&A and translation harvest through a person-like crowd",
            "pacing": "few sessions per member, evening curves, 5-40 requests each",
            "ip_source": "residential proxies in each member's region, new address per session",
            "payment": "prepaid card per member",
            "keys": n,
            "orgs": n,
            "languages": ["en", "es", "pt", "tr", "id", "vi"],
            "user_agent": "mobile/browser",
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) leaked keys of real small customers, used quietly


def hike_a_bike(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hike_a_bike"
    n = irange(rng, 5, 9)
    proxy = bb.resi(rng, irange(rng, 40, 120), "*") + bb.cloud(rng, irange(rng, 5, 15), "m247")
    op_ua = pick(rng, bb.SDK_COMMON[:2])
    accts = []
    for _ in range(n):
        use = pick(rng, ("support", "dev", "newsletter"))
        tz = pick(rng, bb.TZS)
        if use == "support":
            ips, ua, curve, rate = (
                bb.cloud(rng, 1, pick(rng, ("aws", "digitalocean"))),
                bb.sdk_ua(rng),
                bb.global_load(float(rng.uniform(8, 20)), 0.6),
                float(rng.uniform(2, 7)),
            )
        elif use == "dev":
            ips, ua, curve, rate = (
                bb.home(rng, 1, tz),
                pick(rng, bb.SDK_COMMON),
                bb.workday(tz),
                float(rng.uniform(1, 4)),
            )
        else:
            ips, ua, curve, rate = (
                bb.home(rng, 1, tz),
                "python-requests/2.32.3",
                bb.workday(tz),
                float(rng.uniform(1, 3)),
            )
        acct = ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="compromised_key",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        brand = pick(
            rng,
            (
                "Larkspur Travel",
                "Ostrander Tools",
                "Bellweather Print",
                "Nimbus Dental",
                "Kettle & Co",
            ),
        )
        lts = bb.thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
        if use == "support":
            lp = [tx.support_ticket(rng, brand) for _ in range(len(lts))]
        elif use == "dev":
            lp = [tx.human(rng, ctx.chat, 1200) for _ in range(len(lts))]
        else:
            lp = [
                f"Summarise for our customer newsletter, 3 bullet points:\n{tx.excerpt(rng, ctx.passages)}"
                for _ in range(len(lts))
            ]
        ctx.emit(
            rng,
            acct,
            lts,
            lp,
            models=ctx.models(rng, lts, p_new=0.15, p_mini=0.3),
            comp_median=280.0,
        )
        leaked = ctx.t0 + float(rng.uniform(1.5, 5.0)) * DAY
        h_rate = float(rng.uniform(2.5, 9))
        hts = bb.thinned(
            rng,
            leaked,
            ctx.t1,
            h_rate * (ctx.t1 - leaked) / HOUR,
            bb.global_load(float(rng.uniform(0, 24)), 0.4),
        )
        hp = []
        for _ in range(len(hts)):
            u = rng.random()
            if u < 0.55:
                hp.append(tx.human(rng, ctx.chat, 1500))
            elif u < 0.8:
                hp.append(tx.reasoning_prompt(rng, "terse", "en"))
            else:
                hp.append(tx.explain_prompt(rng, pick(rng, tx.CONCEPTS)))
        ctx.emit(
            rng,
            acct,
            hts,
            hp,
            models=ctx.models(rng, hts, p_new=0.95, p_mini=0.0),
            ua=op_ua,
            ips=bb.sticky(rng, hts, proxy, 900.0),
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest through leaked keys of real small customers (prompt replay, reasoning, explanations)",
            "pacing": "victims' own traffic throughout; harvest at a few per hour from leak time",
            "ip_source": "residential proxy pool + a few VPN exits (shared by all stolen keys)",
            "payment": "victims' own cards",
            "keys": n,
            "orgs": n,
            "user_agent": op_ua,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 11. multi-turn dialogue harvest through carrier proxies


def hero_dirt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hero_dirt"
    n_keys = irange(rng, 5, 10)
    n_orgs, n_cards = irange(rng, 1, 3), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)"))
    kinds = ["us_mobile", "in_mobile", "br_mobile", "eu_mobile"]
    accts, key_kind, key_style = [], [], []
    for i in range(n_keys):
        kk = pick(rng, kinds)
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=name,
                role="dialogue_worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_cards],
                ua=ua,
                ips=bb.mobile_v6(rng, 4, kk),
            )
        )
        key_kind.append(kk)
        key_style.append(pick(rng, tx.DIALOGUE_STYLES))
    start = ctx.t0 + float(rng.uniform(0.15, 0.4)) * (ctx.t1 - ctx.t0)
    per_hour = float(rng.uniform(4, 7))
    conv = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    langs = ["en", "es", "hi", "pt"]
    gap = float(rng.uniform(12, 30))
    for s in conv.tolist():
        k = int(rng.integers(n_keys))
        lang = _weighted(rng, langs, [0.5, 0.2, 0.15, 0.15], 1)[0]
        scene = irange(rng, 0, 9)
        turns = irange(rng, 4, 14)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=turns - 1))])
        prompts = [tx.dialogue_turn(rng, key_style[k], lang, scene, j) for j in range(turns)]
        extra = np.arange(turns) * irange(rng, 180, 320)
        ip = bb.mobile_v6(rng, 1, key_kind[k])[0]
        ctx.emit(
            rng,
            accts[k],
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=ip,
            extra=extra,
            comp_median=900.0 if key_style[k] == "continue_both" else 380.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted user simulator)",
            "pacing": "conversations of 4-14 turns, constant rate",
            "ip_source": "carrier IPv6 (mobile proxies)",
            "payment": f"{n_cards} card(s)",
            "keys": n_keys,
            "orgs": n_orgs,
            "languages": langs,
            "user_agent": ua,
            "conversations_per_hour": round(per_hour, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. code curriculum sweep from an office line


def pinch_flat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "pinch_flat"
    n_keys = irange(rng, 3, 5)
    tz = pick(rng, (1, 2, 3, 5, 8))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    per_hour = float(rng.uniform(15, 30))
    curve = bb.workday(
        tz, weekend=float(rng.uniform(0.1, 0.4)), night=float(rng.uniform(0.08, 0.25))
    )
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    for acct, ts in zip(accts, streams, strict=True):
        styles = [tx.CODE_STYLES[j] for j in rng.permutation(4)[: irange(rng, 1, 3)].tolist()]
        level = 1 + np.floor(4 * (ts - start) / (ctx.t1 - start)).astype(np.int64)
        prompts = [tx.code_prompt(rng, pick(rng, styles), int(lv)) for lv in level.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1100.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code curriculum sweep (algorithms x languages, easy to hard over time)",
            "pacing": "worker pool on office hours, thinner nights and weekend",
            "ip_source": "office broadband",
            "payment": "one card",
            "keys": n_keys,
            "orgs": 1,
            "tz": tz,
            "user_agent": ua,
            "languages": ["en"],
            "per_hour": round(per_hour, 1),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "berm": berm,
    "singletrack": singletrack,
    "dropper_post": dropper_post,
    "tabletop": tabletop,
    "bunny_hop": bunny_hop,
    "rooster_tail": rooster_tail,
    "north_shore": north_shore,
    "hardtail": hardtail,
    "pump_track": pump_track,
    "hike_a_bike": hike_a_bike,
    "hero_dirt": hero_dirt,
    "pinch_flat": pinch_flat,
}

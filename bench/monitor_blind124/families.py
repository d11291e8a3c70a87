"""Campaign families of batch 124 (code names from gaelic football).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, sends their
events with `ctx.emit` and records one campaign with `ctx.campaign`. Every size, rate, address and
template choice comes from the family's own generator.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
from bench.monitor_blind124 import texts

Rng = np.random.Generator

#: the user agents seen most often in ordinary traffic: careful operators copy them verbatim,
#: and so do plenty of legitimate products
COMMON_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
COMMON_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
#: region of a UTC offset for the residential pools (same map as the address helpers use)
REGION_OF = {
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
#: the language a person in that offset most likely writes in
CARRIER_OF = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}
LANG_OF = {
    -8: "en",
    -5: "en",
    -3: "es",
    0: "en",
    1: "de",
    2: "fr",
    3: "ru",
    5: "hi",
    8: "zh",
    9: "ja",
}


def person_ua(rng: Rng) -> str:
    r = rng.random()
    if r < 0.55:
        return pick(rng, COMMON_BROWSERS)
    if r < 0.8:
        return pick(rng, BROWSERS)
    return pick(rng, MOBILE)


def lang_choice(rng: Rng, langs: dict[str, float], n: int) -> list[str]:
    keys = list(langs)
    p = np.asarray([langs[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def joined(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def during(curve_off: Callable[[np.ndarray], np.ndarray]) -> Callable[[np.ndarray], np.ndarray]:
    """The complement of an on/off curve (awake when the other is asleep)."""
    return lambda ts: 1.0 - curve_off(ts)


def campaign_accounts(
    ctx: Ctx, rng: Rng, fam: str, cid: str, n: int, role: str, **kw
) -> list[Acct]:
    return [
        ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)
        for _ in range(n)
    ]


# --------------------------------------------------------------------------------------------


def sideline_kick(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion from rented servers: a queue of math/logic problems wrapped in
    instructions that force full step-by-step thinking, run by a pool of keys under a few shell
    orgs; volume roughly triples once the new model is out."""
    fam = "sideline_kick"
    n_orgs, n_keys = irange(rng, 2, 4), irange(rng, 10, 20)
    provs = [
        pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr")) for _ in range(n_orgs)
    ]
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    blocks = [rented_block(rng, p, irange(rng, 1, 2), irange(rng, 4, 8)) for p in provs]
    uas = [sdk_ua(rng, 0.6) for _ in range(n_orgs)]
    styles = [[int(x) for x in rng.choice(5, size=2, replace=False)] for _ in range(n_orgs)]
    langs = {"en": 0.5, "zh": 0.25, "ru": 0.1, "es": 0.1, "de": 0.03, "ja": 0.02}
    accts = []
    for k in range(n_keys):
        o = k % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o],
                ua=uas[o],
                ips=picks(rng, blocks[o], irange(rng, 1, 3)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    mid = max(start, ctx.release)
    pre, boost = float(rng.uniform(12, 28)), float(rng.uniform(1.8, 3.0))
    a_pre = worker_pool(rng, start, mid, pre, n_keys)
    a_post = worker_pool(rng, mid, ctx.t1, pre * boost, n_keys)
    comp = float(rng.uniform(800, 1400))
    for k, a in enumerate(accts):
        ts = joined([a_pre[k], a_post[k]])
        ls = lang_choice(rng, langs, len(ts))
        st = styles[k % n_orgs]
        prompts = [texts.reasoning_coerced(rng, pick(rng, st), lang) for lang in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"rented hosting blocks ({', '.join(sorted(set(provs)))})",
            "pacing": "poisson worker pool, 24/7",
            "jobs_per_hour_before_release": round(pre, 1),
            "boost_after_release": round(boost, 2),
            "languages": langs,
            "styles": styles,
            "user_agents": sorted(set(uas)),
        },
    )


def black_card(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model harvest: nightly scripted batches of pairwise verdicts,
    rubric scores and scalar rewards over prompt-response pairs, from short-lived cloud VMs (a
    fresh address per key per night), one org, one card."""
    fam = "black_card"
    n_keys = irange(rng, 5, 9)
    tz = pick(rng, TZS)
    prov = pick(rng, ("gcp", "aws", "azure"))
    org, card, ua = (
        hexid(rng, "org"),
        hexid(rng, "pay"),
        pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.54.0")),
    )
    accts = campaign_accounts(
        ctx, rng, fam, cid, n_keys, "grader", org=org, pay=card, ua=ua, ips=["0.0.0.0"]
    )
    langs = {"en": 0.55, "de": 0.15, "ja": 0.15, "zh": 0.15}
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    night_start = float(rng.uniform(0.5, 3.0))
    size, gap = float(rng.uniform(40, 90)), float(rng.uniform(2.0, 4.5))
    for a in accts:
        styles = [int(x) for x in rng.choice(5, size=irange(rng, 1, 3), replace=False)]
        day0 = np.floor((start + tz * HOUR) / DAY) * DAY - tz * HOUR
        ts_parts, ip_parts = [], []
        d = day0
        while d < ctx.t1:
            n_runs = irange(rng, 0, 3) if chance(rng, 0.9) else 0
            starts = d + (night_start + rng.uniform(0, 3.5, size=n_runs)) * HOUR
            starts = starts[(starts >= start) & (starts < ctx.t1)]
            ip = cloud(rng, 1, prov)[0]
            for b in bursts(rng, starts, size, gap, 0.5, ctx.t1):
                ts_parts.append(b)
                ip_parts.extend([ip] * len(b))
            d += DAY
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ip_parts[i] for i in order.tolist()]
        ls = lang_choice(rng, langs, len(ts))
        prompts = [texts.judge(rng, pick(rng, styles), lang, ctx.chat, ctx.passages) for lang in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=ips,
            comp_median=200.0,
            comp_sigma=0.7,
            err=0.02,
            extra=irange(rng, 20, 120),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"ephemeral {prov} VMs, new address per key per night",
            "pacing": "nightly scripted bursts",
            "operator_tz": tz,
            "burst_size_mean": round(size, 1),
            "gap_median_s": round(gap, 2),
            "languages": langs,
        },
    )


def free_kick(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Censorship-safe / policy-compliant rewrite harvest: many single-key sign-ups (own org, own
    prepaid card) behind one commercial VPN's exits, asking for neutral, review-passing answers
    and rewrites on sensitive topics, mostly in Chinese, Arabic and Russian."""
    fam = "free_kick"
    n_keys = irange(rng, 8, 14)
    exits = [
        ip
        for p in ("m247", "leaseweb", "vultr", "digitalocean")
        for ip in cloud(rng, irange(rng, 5, 12), p)
    ]
    tz = pick(rng, (8, 3, 2, 8))
    main_langs = {"zh": 0.45, "en": 0.25, "ar": 0.15, "ru": 0.15}
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="signup",
                campaign_id=cid,
                ua=pick(
                    rng,
                    (
                        "python-requests/2.32.3",
                        "python-httpx/0.28.1",
                        "OpenAI/Python 1.54.0",
                        "aiohttp/3.11.11",
                    ),
                ),
                ips=["0.0.0.0"],
            )
        )
    awake = during(nightly(float(rng.uniform(1, 4)), float(rng.uniform(5, 7)), tz))
    hold = float(rng.uniform(15, 40)) * 60
    for a in accts:
        main = lang_choice(rng, main_langs, 1)[0]
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(2.5, 7)) * (ctx.t1 - start) / HOUR, awake
        )
        ls = [main if chance(rng, 0.8) else "en" for _ in range(len(ts))]
        styles = [int(x) for x in rng.choice(4, size=2, replace=False)]
        prompts = [texts.policy_rewrite(rng, pick(rng, styles), lang, ctx.passages) for lang in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, exits, hold),
            comp_median=420.0,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one prepaid card per key",
            "ip_source": f"shared commercial VPN exits ({len(exits)} addresses, sticky {hold / 60:.0f} min)",
            "pacing": "poisson per key, operator sleeps",
            "operator_tz": tz,
            "languages": main_langs,
        },
    )


def kickout(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcript harvest: synthetic agent episodes (tool schemas, observations,
    'choose the next call') replayed step by step around the clock from a cloud NAT, with the
    growing history billed as prompt tokens; switched to the new model on release."""
    fam = "kickout"
    n_keys = irange(rng, 4, 8)
    prov = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 3), prov)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(
                rng,
                (
                    "litellm/1.60.2",
                    "langchain-openai/0.3.6",
                    "langchain/0.3.7 python-openai/1.54.0",
                ),
            ),
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(0.5, 1.2))
    for a in accts:
        style = irange(rng, 0, 2)
        ep_starts = thinned(
            rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t))
        )
        ts_l, prompts, extra = [], [], []
        for s in ep_starts.tolist():
            steps = irange(rng, 3, 12)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(8.0), 0.6, size=steps - 1))]
            )
            task = pick(rng, texts.AGENT_TASKS)
            lang = "zh" if chance(rng, 0.15) else "en"
            for i, ti in enumerate(t.tolist()):
                ts_l.append(ti)
                prompts.append(texts.agent_step(rng, style, task, i + 1, ctx.passages, lang))
                extra.append(400 + i * irange(rng, 250, 600))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=160.0,
            comp_sigma=0.7,
            err=0.015,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_transcript_harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{prov} NAT gateways ({len(nat)})",
            "pacing": "episodes of 3-12 steps, 24/7",
            "episodes_per_hour_per_key": round(rate, 2),
            "languages": {"en": 0.85, "zh": 0.15},
        },
    )


def forty_five(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation on a sign-up farm: many keys, each its own org and a
    different stolen card, spoofed browser agents, rotating residential proxies (a new exit per
    request), bursty generation runs in many languages, starting shortly before the release."""
    fam = "forty_five"
    n_keys = irange(rng, 18, 32)
    langs = {"es": 0.2, "pt": 0.15, "id": 0.15, "vi": 0.1, "hi": 0.1, "fr": 0.1, "en": 0.2}
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="farm_key",
            campaign_id=cid,
            ua=pick(rng, BROWSERS + COMMON_BROWSERS),
            ips=["0.0.0.0"],
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    for a in accts:
        runs = irange(rng, 2, 6)
        starts = np.sort(rng.uniform(start, ctx.t1, size=runs))
        ts = joined(
            bursts(rng, starts, float(rng.uniform(40, 120)), float(rng.uniform(8, 16)), 0.5, ctx.t1)
        )
        key_langs = lang_choice(rng, langs, 2)
        ls = [pick(rng, key_langs) for _ in range(len(ts))]
        prompts = [texts.synth_dataset(rng, irange(rng, 0, 3), lang, ctx.chat) for lang in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=resi(rng, len(ts)) if len(ts) else [],
            comp_median=1600.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "stolen cards, one per key",
            "ip_source": "rotating residential proxies, new exit per request",
            "pacing": "2-6 bursty runs per key",
            "languages": langs,
        },
    )


def hand_pass(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted 'conversations' (an opener then canned follow-ups)
    sent through sticky residential proxies with browser agents, in session-shaped trains with
    think-time gaps, but all day and night."""
    fam = "hand_pass"
    n_orgs, n_keys = 3, irange(rng, 12, 20)
    regions = [pick(rng, ("us", "eu")) for _ in range(n_orgs)]
    pools = [resi(rng, irange(rng, 60, 150), r) for r in regions]
    orgs, cards = (
        [hexid(rng, "org") for _ in range(n_orgs)],
        [hexid(rng, "pay") for _ in range(n_orgs)],
    )
    uas = [pick(rng, COMMON_BROWSERS + BROWSERS) for _ in range(n_orgs)]
    org_lang = [pick(rng, ("en", "en", "es", "de", "fr", "pt")) for _ in range(n_orgs)]
    accts = []
    for k in range(n_keys):
        o = k % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dialogue_bot",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o],
                ua=uas[o],
                ips=pools[o][:1],
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_day, size, gap = (
        float(rng.uniform(6, 12)),
        float(rng.uniform(5, 8)),
        float(rng.uniform(25, 60)),
    )
    for k, a in enumerate(accts):
        o = k % n_orgs
        ts_l, prompts, extra = [], [], []
        for sess in session_times(
            rng, start, ctx.t1, per_day, lambda t: np.ones(len(t)), size, gap, 0.6
        ):
            lang = org_lang[o] if chance(rng, 0.8) else "en"
            first = texts.opener(rng, lang, ctx.chat)
            for i, t in enumerate(sess.tolist()):
                ts_l.append(t)
                prompts.append(first if i == 0 else texts.follow_up(rng, lang, first))
                extra.append(i * irange(rng, 300, 500))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pools[o], 30 * 60) if len(ts) else [],
            comp_median=450.0,
            err=0.01,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one card per org",
            "ip_source": f"sticky residential proxies ({', '.join(regions)})",
            "pacing": "sessions all day and night",
            "sessions_per_day": round(per_day, 1),
            "session_size_mean": round(size, 1),
            "languages": org_lang,
        },
    )


def toe_tap(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Best-of-n / soft-label sampling: each item (multiple choice, problem or chat prompt) sent
    n times back to back to collect a distribution over answers; a few keys, one fixed server
    address each, from a day before the release."""
    fam = "toe_tap"
    n_keys, n = irange(rng, 3, 6), int(pick(rng, (4, 5, 8)))
    prov = pick(rng, ("oracle", "azure", "linode"))
    org, card, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.7)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, prov),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.7, 1.3)) * DAY
    rate = float(rng.uniform(6, 14))
    items = worker_pool(rng, start, ctx.t1, rate, n_keys)
    for a, its in zip(accts, items, strict=True):
        ts_l, prompts, comp = [], [], []
        for s in its.tolist():
            lang = "zh" if chance(rng, 0.2) else "en"
            p = texts.bon_item(rng, lang, ctx.chat)
            c = 6.0 if "letter" in p or "字母" in p else 380.0
            k = n if chance(rng, 0.9) else irange(rng, 2, n)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.7, size=k - 1))])
            ts_l.extend(t.tolist())
            prompts.extend([p] * k)
            comp.extend([c] * k)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "n": n,
            "ip_source": f"one {prov} address per key",
            "pacing": "worker pool of items, n back-to-back repeats",
            "items_per_hour": round(rate, 1),
            "languages": {"en": 0.8, "zh": 0.2},
        },
    )


def dummy_solo(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Curriculum sweep: one key per subject walks a concept x difficulty grid in order at a slow
    steady rate from an office broadband line (two static consumer addresses), with a short
    nightly maintenance pause; indifferent to which model answers."""
    fam = "dummy_solo"
    subjects = [
        str(s)
        for s in rng.choice(np.array(list(texts.SUBJECTS)), size=irange(rng, 3, 5), replace=False)
    ]
    region = pick(rng, ("eu", "eu", "ca", "us"))
    office = resi(rng, 2, region)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=f"sweep_{s.replace(' ', '_')}",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
        )
        for s in subjects
    ]
    pause = during(nightly(float(rng.uniform(0, 24)), 1.0, 0))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    langs = []
    for a, subj in zip(accts, subjects, strict=True):
        lang = pick(rng, ("en", "en", "fr", "de"))
        langs.append(lang)
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(4, 9)) * (ctx.t1 - start) / HOUR, pause)
        prompts = []
        for i in range(len(ts)):
            unit, level = i // 12, i % 12 + 1
            prompts.append(texts.curriculum(rng, subj, unit, level, lang))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.1),
            comp_median=1100.0,
            comp_sigma=0.45,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": len(accts),
            "orgs": 1,
            "payment": "one card",
            "subjects": subjects,
            "ip_source": f"office broadband, 2 static {region} consumer addresses",
            "pacing": "slow steady, 1 h nightly pause",
            "languages": langs,
        },
    )


def sam_maguire(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Harvest hidden in a real product: a study-helper app whose backend forwards genuine
    users' questions (ShareGPT chat and student questions, on a worldwide daily load curve) also
    injects the operator's own sweep of subject questions, phrased like students, mostly in the
    app's quiet hours and mostly to the new model once it exists."""
    fam = "sam_maguire"
    n_keys = irange(rng, 2, 3)
    backend = cloud(rng, irange(rng, 3, 5), "aws")
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(13, 19))
    users = global_load(peak, 0.6)
    quiet = global_load((peak + 12) % 24, 0.5)
    real_rate, inj_share = float(rng.uniform(30, 55)), float(rng.uniform(0.15, 0.25))
    inj_start = ctx.release - float(rng.uniform(0.5, 1.2)) * DAY
    grid = [(s, c) for s, cs in texts.SUBJECTS.items() for c in cs]
    order = rng.permutation(len(grid)).tolist()
    cursor = 0
    w = rng.dirichlet(np.ones(n_keys) * 3)
    for k, a in enumerate(accts):
        real = thinned(
            rng, ctx.t0, ctx.t1, real_rate * float(w[k]) * (ctx.t1 - ctx.t0) / HOUR, users
        )
        p_real = []
        for _ in range(len(real)):
            if chance(rng, 0.7):
                p_real.append(texts.clip(pick(rng, ctx.chat), 10, 1200, rng))
            else:
                s, c = pick(rng, grid)
                p_real.append(texts.student_question(rng, s, c))
        ctx.emit(
            rng,
            a,
            real,
            p_real,
            models=ctx.models(rng, real, p_new=0.35, p_mini=0.3),
            comp_median=300.0,
            err=0.01,
        )
        inj = thinned(
            rng,
            inj_start,
            ctx.t1,
            real_rate * inj_share * float(w[k]) * (ctx.t1 - inj_start) / HOUR,
            quiet,
        )
        p_inj = []
        for _ in range(len(inj)):
            s, c = grid[order[cursor % len(grid)]]
            cursor += 1
            p_inj.append(texts.student_question(rng, s, c))
        ctx.emit(
            rng,
            a,
            inj,
            p_inj,
            models=ctx.models(rng, inj, p_new=0.95, p_mini=0.0),
            comp_median=700.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product_traffic",
            "keys": n_keys,
            "orgs": 1,
            "payment": "company card",
            "ip_source": f"product backend on aws ({len(backend)} addresses)",
            "pacing": "worldwide product load + off-peak injection",
            "real_requests_per_hour": round(real_rate, 1),
            "injected_share": round(inj_share, 3),
            "injection_start_days_before_release": round((ctx.release - inj_start) / DAY, 2),
            "languages": "users: as they write (mostly en); injected: en",
        },
    )


def advanced_mark(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Bought or compromised aged accounts: ordinary people's accounts with days of normal
    history (home address, browser, evening use) are taken over around the release and then
    used for a code-and-explanation harvest at heavy-user (not bot) rates, through residential
    proxies in the owner's own region, keeping the owner's browser agent. Some owners keep
    using their account in parallel."""
    fam = "advanced_mark"
    n = irange(rng, 12, 20)
    accts, info = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=person_ua(rng),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        info.append(tz)
    proxy = {r: resi(rng, irange(rng, 15, 30), r) for r in sorted(set(REGION_OF.values()))}
    still_used = 0
    for a, tz in zip(accts, info, strict=True):
        take = ctx.release + float(rng.uniform(-1.5, 0.5)) * DAY
        owner_stays = chance(rng, 0.4)
        still_used += int(owner_stays)
        own_end = ctx.t1 if owner_stays else take
        own = [
            s
            for s in session_times(
                rng, ctx.t0, own_end, float(rng.uniform(0.8, 2.0)), evening_person(tz), 3.0, 70.0
            )
        ]
        ts_own = joined(own)
        p_own = [texts.clip(pick(rng, ctx.chat), 10, 1200, rng) for _ in range(len(ts_own))]
        ctx.emit(
            rng,
            a,
            ts_own,
            p_own,
            models=ctx.models(rng, ts_own, p_new=0.2, p_mini=0.2),
            comp_median=350.0,
        )
        curve = workday(tz, start=9.0, end=23.0, weekend=0.6, night=0.03)
        ts_h = joined(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(6, 12)),
                curve,
                float(rng.uniform(5, 9)),
                float(rng.uniform(35, 70)),
                0.7,
            )
        )
        p_h = [
            texts.code_request(rng) if chance(rng, 0.7) else texts.crowd_task(rng, "en")
            for _ in range(len(ts_h))
        ]
        ips = sticky(rng, ts_h, proxy[REGION_OF[tz]], 3 * HOUR) if len(ts_h) else []
        ctx.emit(
            rng,
            a,
            ts_h,
            p_h,
            models=ctx.models(rng, ts_h, p_new=0.85, p_mini=0.0),
            ips=ips,
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_code_harvest",
            "keys": n,
            "orgs": n,
            "payment": "the original owners' cards",
            "ip_source": "owners' home ISPs, then sticky residential proxies in the owner's region",
            "pacing": "owner evenings, then heavy-user sessions",
            "owners_still_active": still_used,
            "languages": "owners: as they write (mostly en); harvest: en",
        },
    )


def fisted_point(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. A paid crowd: gig workers type the operator's assigned questions into their own
    accounts, from home, on their own devices, in their own languages and evening hours, a few
    short sessions a day each; tasks never repeat and are personalised by the worker."""
    fam = "fisted_point"
    n = irange(rng, 40, 70)
    tzs = [int(pick(rng, TZS)) for _ in range(n)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            ua=person_ua(rng),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        for tz in tzs
    ]
    phones = 0
    for a, tz in zip(accts, tzs, strict=True):
        lang = LANG_OF[tz] if chance(rng, 0.65) else "en"
        if ("iPhone" in a.ua or "Android" in a.ua) and tz in CARRIER_OF and chance(rng, 0.7):
            a.ips = mobile_v6(rng, irange(rng, 2, 6), CARRIER_OF[tz])
            phones += 1
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = joined(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(1, 3)),
                evening_person(tz),
                float(rng.uniform(3, 7)),
                float(rng.uniform(60, 120)),
                0.9,
            )
        )
        prompts = [
            texts.crowd_task(rng, lang)
            if chance(rng, 0.85)
            else texts.clip(pick(rng, ctx.chat), 10, 600, rng)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            comp_median=700.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid_crowd_harvest",
            "keys": n,
            "orgs": n,
            "payment": "workers' own cards",
            "ip_source": "workers' home ISPs, some on phone carriers",
            "pacing": "1-3 evening sessions a day per worker",
            "phone_workers": phones,
            "tz_counts": {str(t): tzs.count(t) for t in sorted(set(tzs))},
        },
    )


def croke_park(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD. Public prompt replay: a public chat dataset's human prompts sent once each, in order,
    to collect the new model's answers; separate sign-ups per key (own org, own card), half on
    sticky residential proxies and half on assorted cloud hosts, paced like daytime users."""
    fam = "croke_park"
    n = irange(rng, 10, 16)
    accts = []
    for k in range(n):
        if k % 2 == 0:
            region = pick(rng, ("us", "eu", "ca", "latam"))
            pool = resi(rng, irange(rng, 10, 25), region)
            tz = {"us": -5, "eu": 1, "ca": -5, "latam": -3}[region]
        else:
            pool = cloud(
                rng, 1, pick(rng, ("aws", "gcp", "azure", "digitalocean", "hetzner", "ovh"))
            )
            tz = pick(rng, TZS)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replayer",
                campaign_id=cid,
                ua=pick(rng, COMMON_UAS + ("OpenAI/Python 1.58.1",)),
                ips=pool,
                tz=tz,
            )
        )
    pool_order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    start = ctx.release - float(rng.uniform(0.05, 0.3)) * DAY
    for k, a in enumerate(accts):
        curve = workday(
            a.tz,
            start=float(rng.uniform(7, 10)),
            end=float(rng.uniform(18, 23)),
            weekend=0.5,
            night=0.05,
        )
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(4, 8)) * (ctx.t1 - start) / HOUR, curve)
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[pool_order[cursor % len(pool_order)]])
            cursor += 1
        ips = sticky(rng, ts, a.ips, 6 * HOUR) if k % 2 == 0 and len(ts) else None
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            ips=ips,
            comp_median=380.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n,
            "orgs": n,
            "payment": "one card per key",
            "ip_source": "half sticky residential proxies, half single cloud hosts",
            "pacing": "daytime-shaped poisson",
            "prompts_sent": cursor,
            "start_hours_before_release": round((ctx.release - start) / HOUR, 1),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "sideline_kick": sideline_kick,
    "black_card": black_card,
    "free_kick": free_kick,
    "kickout": kickout,
    "forty_five": forty_five,
    "hand_pass": hand_pass,
    "toe_tap": toe_tap,
    "dummy_solo": dummy_solo,
    "sam_maguire": sam_maguire,
    "advanced_mark": advanced_mark,
    "fisted_point": fisted_point,
    "croke_park": croke_park,
}

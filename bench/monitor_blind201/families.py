"""Campaign families of blind batch 201 (code names: crokinole words).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events with `ctx.emit` and records the campaign with `ctx.campaign`. Everything it varies
(key counts, orgs, cards, pacing, addresses, user agents, languages, styles, model choice) is drawn
from its own `rng`. The last four families are built to look like legitimate use.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    TZS,
    Acct,
    Ctx,
    bursts,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    multi_office,
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
from bench.monitor_blind201 import texts as tx

Rng = np.random.Generator


def _orgs_and_cards(rng: Rng, n: int) -> tuple[list[str], list[str]]:
    return [hexid(rng, "org") for _ in range(n)], [hexid(rng, "pay") for _ in range(n)]


def _flatten(sessions: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Times of all sessions, with each event's session index and position inside its session."""
    sessions = [s for s in sessions if len(s)]
    if not sessions:
        return np.empty(0), np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    ts = np.concatenate(sessions)
    sid = np.concatenate([np.full(len(s), i, dtype=np.int64) for i, s in enumerate(sessions)])
    pos = np.concatenate([np.arange(len(s), dtype=np.int64) for s in sessions])
    return ts, sid, pos


def _langs(rng: Rng, langs: tuple[str, ...], lead: float) -> list[float]:
    """Weights over `langs`, the first (usually English) getting about `lead` of the mass."""
    w = rng.dirichlet(np.ones(len(langs))) * (1 - lead)
    w[0] += lead
    return w.tolist()


# ------------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, worker pool, pivot to the new model


def twenty_hole(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "twenty_hole"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    orgs, cards = _orgs_and_cards(rng, n_orgs)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway", "leaseweb"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    base_ua = sdk_ua(rng, 0.6)
    langs = ("en", "zh", "es", "de", "ru")
    lang_w = _langs(rng, langs, float(rng.uniform(0.3, 0.7)))
    accts = []
    for i in range(n_keys):
        ua = base_ua if rng.random() < 0.7 else sdk_ua(rng, 0.3)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua,
                ips=picks(rng, pool, irange(rng, 2, 5)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    pre, post = float(rng.uniform(10, 35)), float(rng.uniform(55, 130))
    streams_pre = worker_pool(rng, start, max(start, ctx.release), pre, n_keys)
    streams_post = worker_pool(rng, max(start, ctx.release), ctx.t1, post, n_keys)
    for a, s1, s2 in zip(accts, streams_pre, streams_post, strict=True):
        ts = np.concatenate([s1, s2])
        style = int(rng.integers(0, 5))
        prompts = [
            tx.reasoning_harvest(rng, lang, style if rng.random() < 0.6 else None)
            for lang in tx.choose(rng, langs, lang_w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=float(rng.uniform(1000, 1700)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, numbered derivations, JSON traces)",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": "one shared card per org",
            "pacing": f"Poisson worker pool, {pre:.0f}/h before release, {post:.0f}/h after",
            "ip_source": f"rented /24 block at {provider}",
            "user_agent": base_ua,
            "languages": dict(zip(langs, [round(x, 3) for x in lang_w], strict=True)),
            "start": start,
            "p_new": 0.95,
        },
    )


# ------------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading over VPN exits, many small orgs, prepaid cards


def peg_ring(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "peg_ring"
    n_orgs = irange(rng, 4, 8)
    provs = [
        str(x)
        for x in rng.choice(["m247", "leaseweb", "vultr", "digitalocean", "ovh"], 2, replace=False)
    ]
    exits = cloud(rng, irange(rng, 8, 20), provs[0]) + cloud(rng, irange(rng, 4, 16), provs[1])
    weights = tx.judge_weights(rng)
    accts: list[Acct] = []
    for _ in range(n_orgs):
        org = hexid(rng, "org")
        for _ in range(irange(rng, 1, 4)):
            ua = pick(
                rng,
                (
                    "python-httpx/0.28.1",
                    "aiohttp/3.11.11",
                    "AsyncOpenAI/Python 1.60.0",
                    "OpenAI/Python 1.58.1",
                ),
            )
            accts.append(
                ctx.account(
                    rng,
                    label="campaign",
                    family=fam,
                    role="grader_key",
                    campaign_id=cid,
                    org=org,
                    ua=ua,
                    ips=exits,
                )
            )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day, size = float(rng.uniform(1.5, 4)), float(rng.uniform(15, 40))
    hold = float(rng.uniform(30, 120)) * MINUTE
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        bs = bursts(rng, starts, size, float(rng.uniform(2.5, 6.0)), 0.6, ctx.t1)
        ts = np.concatenate(bs) if bs else np.empty(0)
        prompts = [tx.judge_harvest(rng, ctx.chat, ctx.passages, weights) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            ips=sticky(rng, ts, exits, hold),
            comp_median=float(rng.uniform(160, 300)),
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "pairwise preference, rubric scores, scalar reward, critique-and-revise",
            "keys": len(accts),
            "orgs": n_orgs,
            "cards": "prepaid, one per key",
            "pacing": f"job bursts, {per_day:.1f}/day/key of ~{size:.0f} requests",
            "ip_source": f"commercial VPN exits at {provs}",
            "sticky_hold_s": hold,
            "languages": ["en", "ja", "fr", "pt"],
            "start": start,
            "p_new": 0.85,
        },
    )


# ------------------------------------------------------------------------------------------------
# 3. censorship-safe / policy-compliant rewrites, one stolen card, cloud in Asia plus proxies


def gutter_drop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gutter_drop"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    proxies = resi(rng, irange(rng, 40, 120), pick(rng, ("cn", "sea")))
    ua = pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0", "python-requests/2.32.3"))
    weights = tx.rewrite_weights(rng)
    accts = []
    for i in range(n_keys):
        on_cloud = i % 2 == 0
        ips = cloud(rng, irange(rng, 2, 6), provider) if on_cloud else proxies
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="rewriter",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate, boost = float(rng.uniform(2.5, 7)), float(rng.uniform(1.2, 2.0))
    for i, a in enumerate(accts):
        t1 = thinned(
            rng,
            start,
            max(start, ctx.release),
            rate * (max(start, ctx.release) - start) / HOUR,
            constant,
        )
        t2 = thinned(
            rng,
            max(start, ctx.release),
            ctx.t1,
            rate * boost * (ctx.t1 - max(start, ctx.release)) / HOUR,
            constant,
        )
        ts = np.concatenate([t1, t2])
        prompts = [tx.policy_rewrite_harvest(rng, ctx.passages, weights) for _ in range(len(ts))]
        ips = None if i % 2 == 0 else sticky(rng, ts, a.ips, 10 * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=ips,
            comp_median=float(rng.uniform(380, 560)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe rewrites and compliant/unrestricted answer pairs",
            "keys": n_keys,
            "orgs": 1,
            "cards": "one stolen card shared by all keys",
            "pacing": f"steady Poisson {rate:.1f}/h/key, x{boost:.1f} after release",
            "ip_source": f"{provider} cloud (even keys) + residential proxy pool rotating 10 min",
            "user_agent": ua,
            "languages": ["en", "zh", "ru", "vi"],
            "start": start,
            "p_new": 0.9,
        },
    )


# ------------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts: autoscaled cloud workers running multi-step episodes


def rail_bank(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "rail_bank"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    pool = cloud(rng, irange(rng, 20, 60), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(2, 5))
    ep_starts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
    who = rng.integers(0, n_keys, size=len(ep_starts))
    lang_w = _langs(rng, ("en", "de", "ja"), 0.8)
    gap = float(rng.uniform(5, 14))
    per_acct: list[dict] = [{"ts": [], "p": [], "x": [], "ip": []} for _ in range(n_keys)]
    for s, k in zip(ep_starts.tolist(), who.tolist(), strict=True):
        steps = irange(rng, 4, 14)
        lang = tx.choose(rng, ("en", "de", "ja"), lang_w, 1)[0]
        task, style = tx.agent_task(rng, lang), int(rng.integers(0, 3))
        ip = pick(rng, pool)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, steps - 1))])
        per_token = irange(rng, 250, 600)
        for j, tj in enumerate(t.tolist()):
            d = per_acct[k]
            d["ts"].append(tj)
            d["p"].append(tx.agent_step(rng, task, j, style))
            d["x"].append(500 + j * per_token)
            d["ip"].append(ip)
    for a, d in zip(accts, per_acct, strict=True):
        ts = np.asarray(d["ts"])
        ctx.emit(
            rng,
            a,
            ts,
            d["p"],
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=d["ip"],
            comp_median=160.0,
            comp_sigma=0.6,
            err=0.02,
            extra=np.asarray(d["x"]),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcripts (JSON calls, ReAct, XML tools)",
            "keys": n_keys,
            "orgs": 1,
            "cards": "one shared card",
            "pacing": f"Poisson episodes {per_hour:.1f}/h, 4-14 steps each, ~{gap:.0f} s apart",
            "ip_source": f"autoscaled {provider} workers",
            "user_agent": ua,
            "languages": ["en", "de", "ja"],
            "start": start,
            "p_new": 0.9,
        },
    )


# ------------------------------------------------------------------------------------------------
# 5. synthetic dataset generation: nightly batch windows on cheap droplets


def fifteen_ring(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "fifteen_ring"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 2, 3)
    orgs, cards = _orgs_and_cards(rng, n_orgs)
    ua = sdk_ua(rng, 0.5)
    tz = pick(rng, TZS)
    win_start, win_len = float(rng.uniform(22, 26)) % 24, float(rng.uniform(5, 8))
    weights = tx.synth_weights(rng)
    accts = []
    for i in range(n_keys):
        provider = pick(rng, ("digitalocean", "vultr", "linode"))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua,
                ips=cloud(rng, 1, provider),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    per_night, size = float(rng.uniform(8, 16)), float(rng.uniform(5, 12))
    curve = nightly(win_start, win_len, tz)
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, curve)
        bs = bursts(rng, starts, size, float(rng.uniform(1.0, 3.0)), 0.5, ctx.t1)
        ts = np.concatenate(bs) if bs else np.empty(0)
        prompts = [tx.synth_harvest(rng, ctx.chat, weights) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            comp_median=float(rng.uniform(1500, 2300)),
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction/QA/dialogue dataset generation",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": "one per org",
            "pacing": f"nightly window {win_start:.1f}h+{win_len:.1f}h (UTC{tz:+d}), bursts",
            "ip_source": "one droplet per key (digitalocean/vultr/linode)",
            "user_agent": ua,
            "languages": ["en", "fr", "id", "pt"],
            "start": start,
            "p_new": 0.92,
        },
    )


# ------------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest from a sign-up farm behind residential proxies

_REGION_LANGS = {
    "us": ("en",),
    "eu": ("en", "es"),
    "latam": ("es", "pt"),
    "sea": ("id", "en"),
    "in": ("en",),
    "ru": ("tr",),
}


def ditch_shot(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ditch_shot"
    n_keys = irange(rng, 15, 30)
    regions = [
        str(x) for x in rng.choice(list(_REGION_LANGS), size=irange(rng, 2, 4), replace=False)
    ]
    pools = {r: resi(rng, irange(rng, 60, 200), r) for r in regions}
    turns, gap = float(rng.uniform(5, 10)), float(rng.uniform(22, 45))
    per_day = float(rng.uniform(3, 9))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    comp = float(rng.uniform(350, 500))
    accts = []
    for _ in range(n_keys):
        region = pick(rng, regions)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="farm_account",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=pools[region],
        )
        accts.append(a)
        sessions = session_times(
            rng, jitter_start(rng, start, ctx.t1, 0.3), ctx.t1, per_day, constant, turns, gap, 0.4
        )
        ts, sid, pos = _flatten(sessions)
        langs = _REGION_LANGS[region]
        conv_lang = [pick(rng, langs) for _ in range(len(sessions))]
        conv_ip = picks(rng, pools[region], max(1, len(sessions)))
        prompts = [
            tx.dialogue_opener(rng, conv_lang[s], ctx.chat)
            if p == 0
            else tx.dialogue_followup(rng, conv_lang[s])
            for s, p in zip(sid.tolist(), pos.tolist(), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=[conv_ip[s] for s in sid.tolist()],
            comp_median=comp,
            comp_sigma=0.5,
            extra=pos * int(comp + 40),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "scripted multi-turn conversations (opener + canned follow-ups)",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "one prepaid card per account",
            "pacing": f"24/7 sessions {per_day:.1f}/day/key, ~{turns:.0f} turns, {gap:.0f} s apart",
            "ip_source": f"residential proxies in {regions}, new exit per conversation",
            "user_agent": "desktop browsers",
            "languages": sorted({x for r in regions for x in _REGION_LANGS[r]}),
            "start": start,
            "p_new": 0.9,
        },
    )


# ------------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: identical prompts fired n times in a row


def rebound_peg(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "rebound_peg"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.54.0"))
    pool = cloud(rng, irange(rng, 2, 6), "aws")
    weights = tx.soft_weights(rng)
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
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour, n_lo, n_hi = float(rng.uniform(6, 13)), irange(rng, 3, 5), irange(rng, 6, 12)
    groups = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for a, g in zip(accts, groups, strict=True):
        ts_l, p_l = [], []
        for s in g.tolist():
            n = irange(rng, n_lo, n_hi)
            item = tx.soft_label_item(rng, ctx.chat, ctx.passages, weights)
            t = s + np.cumsum(rng.lognormal(np.log(0.6), 0.5, n))
            ts_l.extend(t.tolist())
            p_l.extend([item] * n)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            p_l,
            models=ctx.models(rng, ts, 0.93, 0.02),
            comp_median=90.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and label-probability (soft label) harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": "one shared card",
            "pacing": f"worker pool {per_hour:.1f} groups/h, {n_lo}-{n_hi} identical calls per group",
            "ip_source": "aws",
            "user_agent": ua,
            "languages": ["en", "ko", "it"],
            "start": start,
            "p_new": 0.93,
        },
    )


# ------------------------------------------------------------------------------------------------
# 8. code harvest: problems x languages, keys dressed as separate developers


def flick_finger(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "flick_finger"
    n_keys = irange(rng, 5, 10)
    cards = [hexid(rng, "pay") for _ in range(2)]
    weights = tx.code_weights(rng)
    accts = []
    for i in range(n_keys):
        provider = pick(rng, ("hetzner", "contabo", "ovh", "vultr"))
        ua = pick(
            rng,
            (
                "litellm/1.60.2",
                "langchain-openai/0.3.6",
                "OpenAI/Python 1.63.2",
                "OpenAI/NodeJS 4.85.1",
                "reqwest/0.12.12",
            ),
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dev_key",
                campaign_id=cid,
                pay=cards[i % 2],
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 2), provider),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(4, 10))
    for a in accts:
        s = jitter_start(rng, start, ctx.t1, 0.15)
        ts = thinned(rng, s, ctx.t1, rate * (ctx.t1 - s) / HOUR, constant)
        prompts = [tx.code_harvest(rng, weights) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=float(rng.uniform(600, 900)),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest: solutions+tests, ports from Python, multiple solutions",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "two cards alternating over keys",
            "pacing": f"steady Poisson {rate:.1f}/h/key, round the clock",
            "ip_source": "one or two VPS addresses per key (hetzner/contabo/ovh/vultr)",
            "user_agent": "mixed SDKs",
            "languages": ["en", "zh"],
            "start": start,
            "p_new": 0.9,
        },
    )


# ------------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing-assistant product's traffic


def hide_behind_peg(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hide_behind_peg"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    brand = pick(rng, ("Quillbright", "Draftly", "Penwise", "Wordloom", "Scribeo"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(12, 17)), float(rng.uniform(0.4, 0.7)))
    per_day = float(rng.uniform(80, 180))
    share = float(rng.uniform(0.2, 0.4))
    h_start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
    # harvest plan: passage chunks, each swept over several target languages, spread out in time
    queue: list[tuple[str, str, str]] = []
    while len(queue) < 6000:
        chunk = tx.sentences(rng, tx.pick_prose(rng, ctx.passages), 3)
        targets = rng.choice(len(tx.PRODUCT_LANGS), size=irange(rng, 3, 8), replace=False)
        for t in targets.tolist():
            queue.append(("translate", tx.PRODUCT_LANGS[t], chunk))
        if rng.random() < 0.3:
            queue.append(("improve", "", chunk))
    order = rng.permutation(len(queue)).tolist()
    qi = 0
    for a in accts:
        prod = thinned(rng, ctx.t0, ctx.t1, per_day * (ctx.t1 - ctx.t0) / DAY, curve)
        harv = thinned(
            rng, h_start, ctx.t1, share / (1 - share) * per_day * (ctx.t1 - h_start) / DAY, curve
        )
        p_prod = []
        for _ in range(len(prod)):
            feat, lang = tx.product_feature(rng)
            p_prod.append(
                tx.product_request(
                    rng, brand, feat, tx.excerpt(rng, pick(rng, ctx.chat), 20, 500), lang
                )
            )
        p_harv = []
        for _ in range(len(harv)):
            feat, lang, chunk = queue[order[qi % len(order)]]
            qi += 1
            p_harv.append(tx.product_request(rng, brand, feat, chunk, lang))
        ts = np.concatenate([prod, harv])
        models = ctx.models(rng, prod, 0.3, 0.1) + ctx.models(rng, harv, 0.75, 0.05)
        comp = np.concatenate([np.full(len(prod), 170.0), np.full(len(harv), 210.0)])
        ctx.emit(
            rng,
            a,
            ts,
            p_prod + p_harv,
            models=models,
            comp_median=comp,
            comp_sigma=0.6,
            err=0.01,
            extra=60,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest mixed into a writing-assistant SaaS's own traffic",
            "keys": n_keys,
            "orgs": 1,
            "cards": "the company's corporate card",
            "brand": brand,
            "pacing": f"product load {per_day:.0f}/day/key on a global curve, harvest share "
            f"{share:.2f} from {h_start:.0f}",
            "ip_source": "the product's aws NAT addresses",
            "user_agent": ua,
            "languages": list(tx.PRODUCT_LANGS),
            "hard": True,
            "p_new": {"product": 0.3, "harvest": 0.75},
        },
    )


# ------------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, each driven through a proxy in its owner's region

_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en",),
    -3: ("es", "pt"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("de", "en"),
    3: ("en",),
    5: ("en",),
    8: ("en",),
    9: ("ja", "en"),
}
_REGION_OF_TZ = {
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


def leaner_disc(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "leaner_disc"
    n_keys = irange(rng, 14, 28)
    concepts = [tx.CONCEPTS[i] for i in rng.permutation(len(tx.CONCEPTS)).tolist()]
    ci = 0
    keep_ua = float(rng.uniform(0.4, 0.8))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if rng.random() < 0.5 else pick(rng, SDK_COMMON)
        owner_ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=owner_ips,
            tz=tz,
        )
        accts.append(a)
        takeover = ctx.release + float(rng.uniform(-1.2, 0.6)) * DAY
        # the previous owner's own use
        own = session_times(
            rng, ctx.t0, takeover, float(rng.uniform(0.4, 2.5)), evening_person(tz), 3.0, 90.0
        )
        t_own, _, _ = _flatten(own)
        ctx.emit(
            rng,
            a,
            t_own,
            [tx.excerpt(rng, pick(rng, ctx.chat), 10, 600) for _ in t_own],
            models=ctx.models(rng, t_own, 0.2, 0.2),
            comp_median=330.0,
        )
        # the operator's use: person-like sessions through a same-region residential proxy
        proxy = resi(rng, irange(rng, 15, 40), _REGION_OF_TZ[tz])
        sess = session_times(
            rng,
            takeover,
            ctx.t1,
            float(rng.uniform(3, 8)),
            workday(tz, 8.0, 22.0, 0.5, 0.05),
            float(rng.uniform(4, 8)),
            float(rng.uniform(50, 120)),
            0.7,
        )
        t_op, _, _ = _flatten(sess)
        langs = _LANG_OF_TZ[tz]
        prompts = []
        for _ in range(len(t_op)):
            prompts.append(
                tx.careful_question(rng, pick(rng, langs), concepts[ci % len(concepts)][1])
            )
            ci += 1
        op_ua = ua if rng.random() < keep_ua else sdk_ua(rng, 0.5)
        ctx.emit(
            rng,
            a,
            t_op,
            prompts,
            models=ctx.models(rng, t_op, 0.75, 0.03),
            ips=sticky(rng, t_op, proxy, float(rng.uniform(2, 6)) * HOUR),
            ua=op_ua,
            comp_median=float(rng.uniform(600, 850)),
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert explanations and worked problems from bought aged accounts",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "each account's original card",
            "pacing": "owner's evening sessions, then operator sessions on the owner's local day",
            "ip_source": "owner's home ISP, then residential proxies in the same region",
            "user_agent": f"owner's UA kept with p={keep_ua:.2f}",
            "takeover": "release -1.2..+0.6 d",
            "languages": "matched to each account's region",
            "hard": True,
            "p_new": 0.75,
        },
    )


# ------------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of fresh phone/browser accounts sweeping a syllabus

_CROWD_NET = {
    "en": ("us", "us_mobile"),
    "es": ("latam", "eu_mobile"),
    "pt": ("latam", "br_mobile"),
    "fr": ("eu", "eu_mobile"),
    "id": ("sea", ""),
    "de": ("eu", "eu_mobile"),
    "hi": ("in", "in_mobile"),
}


def peg_shadow(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "peg_shadow"
    n_keys = irange(rng, 50, 90)
    langs = ("en", "es", "pt", "fr", "id", "de", "hi")
    lang_w = _langs(rng, langs, float(rng.uniform(0.35, 0.6)))
    sweep = [tx.CONCEPTS[i] for i in rng.permutation(len(tx.CONCEPTS)).tolist()]
    ci = 0
    p_after = float(rng.uniform(0.55, 0.8))
    accts = []
    for _ in range(n_keys):
        lang = tx.choose(rng, langs, lang_w, 1)[0]
        region, v6 = _CROWD_NET[lang]
        mobile = bool(v6) and rng.random() < 0.55
        ua = pick(rng, MOBILE) if mobile else pick(rng, BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=resi(rng, 1, region),
        )
        accts.append(a)
        if rng.random() < p_after:
            signup = float(rng.uniform(ctx.release - 0.5 * DAY, ctx.t1 - 0.3 * DAY))
        else:
            signup = float(rng.uniform(ctx.t0, ctx.release))
        end = min(ctx.t1, signup + float(rng.uniform(0.5, 2.5)) * DAY)
        n_sess = irange(rng, 1, 3)
        sessions = []
        for s in np.sort(rng.uniform(signup, end, n_sess)).tolist():
            k = irange(rng, 3, 10)
            gaps = rng.lognormal(np.log(float(rng.uniform(70, 160))), 0.8, k - 1)
            sessions.append(s + np.concatenate([[0.0], np.cumsum(gaps)]))
        ts, sid, _ = _flatten(sessions)
        ips = mobile_v6(rng, len(sessions), v6) if mobile else a.ips * len(sessions)
        typo = float(rng.uniform(0.005, 0.03))
        prompts = []
        for _ in range(len(ts)):
            subj, c = sweep[ci % len(sweep)]
            ci += 1
            prompts.append(tx.casual_question(rng, lang, subj, c, typo))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            ips=[ips[s] for s in sid.tolist()],
            comp_median=float(rng.uniform(420, 620)),
            comp_sigma=0.55,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "syllabus sweep split across a crowd of casual-looking new accounts",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "one virtual prepaid card per account",
            "pacing": "1-3 human sessions per account within 2.5 days of sign-up",
            "ip_source": "carrier IPv6 per session or one home-ISP address",
            "user_agent": "phones and desktop browsers",
            "languages": dict(zip(langs, [round(x, 3) for x in lang_w], strict=True)),
            "signups_after_release": p_after,
            "hard": True,
            "p_new": 0.85,
        },
    )


# ------------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay through residential proxies on an office-hours schedule


def disc_slide(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "disc_slide"
    n_keys, n_orgs = irange(rng, 6, 12), irange(rng, 3, 5)
    orgs, cards = _orgs_and_cards(rng, n_orgs)
    region = pick(rng, ("us", "eu"))
    proxies = resi(rng, irange(rng, 40, 100), region)
    accts = []
    for i in range(n_keys):
        ua = pick(rng, BROWSERS) if rng.random() < 0.4 else pick(rng, SDK_COMMON)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replay_key",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua,
                ips=proxies,
            )
        )
    tzs = [-5, -8] if region == "us" else [0, 1]
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    per_hour = float(rng.uniform(25, 60))
    streams = worker_pool(rng, start, ctx.t1, per_hour, n_keys, multi_office(tzs))
    order = rng.permutation(len(ctx.chat)).tolist()
    qi = 0
    hold = float(rng.uniform(20, 60)) * MINUTE
    for a, ts in zip(accts, streams, strict=True):
        prompts = [ctx.chat[order[(qi + j) % len(order)]] for j in range(len(ts))]
        qi += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=sticky(rng, ts, proxies, hold),
            comp_median=float(rng.uniform(380, 480)),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of public human prompts (each sent once) to collect answers",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": "one per org",
            "pacing": f"worker pool {per_hour:.0f}/h on an office-hours curve (UTC{tzs})",
            "ip_source": f"residential proxies ({region}), sticky {hold:.0f} s",
            "user_agent": "browsers and common SDKs",
            "start": start,
            "hard": True,
            "p_new": 0.9,
        },
    )


CAMPAIGN_FAMILIES = {
    "twenty_hole": twenty_hole,
    "peg_ring": peg_ring,
    "gutter_drop": gutter_drop,
    "rail_bank": rail_bank,
    "fifteen_ring": fifteen_ring,
    "ditch_shot": ditch_shot,
    "rebound_peg": rebound_peg,
    "flick_finger": flick_finger,
    "hide_behind_peg": hide_behind_peg,
    "leaner_disc": leaner_disc,
    "peg_shadow": peg_shadow,
    "disc_slide": disc_slide,
}

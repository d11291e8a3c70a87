"""Campaign families of batch 165 (code names from fistball).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts on the context, writes its
events and records one campaign in the truth. Everything (key counts, orgs, cards, pacing,
addresses, user agents, languages, templates, model choice) is drawn from the family's own rng.
Four families (`faustball_rebound`, `centre_player`, `five_a_side`, `tape_height`) are built to
look like legitimate use; `baseline_drive` is low and slow as well.
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
from bench.monitor_blind165 import texts

#: user agents seen most in the simulator's background (a careful operator copies the crowd)
CROWD_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
CROWD_WEIGHTS = (0.45, 0.2, 0.15, 0.12, 0.08)
REGION_TZ = {
    "us": (-5, -8),
    "eu": (0, 1, 2),
    "latam": (-3,),
    "in": (5,),
    "sea": (8,),
    "jp_kr": (9,),
}


def crowd_ua(rng: np.random.Generator) -> str:
    return CROWD_UAS[int(rng.choice(len(CROWD_UAS), p=CROWD_WEIGHTS))]


def weighted(rng: np.random.Generator, options: dict[str, float], n: int) -> list[str]:
    keys = list(options)
    w = np.asarray([options[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=w / w.sum()).tolist()]


def lang_mix(rng: np.random.Generator, langs: list[str]) -> dict[str, float]:
    """Random language weights (the first language dominates)."""
    w = rng.dirichlet(np.ones(len(langs)) * 1.5)
    w[0] += 1.0
    return {str(k): float(v) for k, v in zip(langs, w / w.sum(), strict=True)}


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _camp(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def fist_strike(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fist_strike"
    n_keys = irange(rng, 5, 12)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range((n_keys + 2) // 3)]
    ua = sdk_ua(rng, 0.6)
    langs = lang_mix(rng, ["en", "zh", "ru", "es"])
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i // 3],
            ua=ua,
            ips=[str(x) for x in rng.choice(block, size=irange(rng, 1, 3), replace=False)],
        )
        for i in range(n_keys)
    ]
    warm = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    rate = float(rng.uniform(50, 130))
    pre = worker_pool(rng, warm, ctx.release, rate * 0.12, n_keys)
    post = worker_pool(rng, ctx.release + float(rng.uniform(0.2, 3)) * HOUR, ctx.t1, rate, n_keys)
    styles = [int(s) for s in rng.choice(5, size=n_keys)]
    for i, a in enumerate(accts):
        ts = concat([pre[i], post[i]])
        ls = weighted(rng, langs, len(ts))
        prompts = [
            texts.trace_coercion(rng, styles[i] if chance(rng, 0.8) else irange(rng, 0, 4), lang)
            for lang in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=float(rng.uniform(1100, 1800)),
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
            "orgs": n_orgs,
            "cards": len(cards),
            "payment": "prepaid, one card per three keys",
            "ip_source": f"rented {provider} block",
            "pacing": "poisson worker pool, light warm-up before release",
            "rate_per_hour": rate,
            "user_agent": ua,
            "languages": langs,
            "styles": sorted(set(styles)),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-label harvesting in nightly batches


def three_contacts(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "three_contacts"
    n_keys = irange(rng, 3, 7)
    provider = pick(rng, ("aws", "gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, (8, 3, 1, -5))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n_keys)
    ]
    night = nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 6)), tz)
    rate = float(rng.uniform(35, 80))  # mean over the day; all of it in the night window
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    pools = worker_pool(rng, start, ctx.t1, rate, n_keys, night)
    day_pools = worker_pool(rng, start, ctx.t1, rate * 0.05, n_keys, workday(tz))
    w = rng.dirichlet(np.ones(5))
    for i, a in enumerate(accts):
        ts = concat([pools[i], day_pools[i]])
        prompts = [
            texts.judge_prompt(rng, int(s), ctx.chat, ctx.passages)
            for s in rng.choice(5, size=len(ts), p=w)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            comp_median=float(rng.uniform(300, 600)),
            err=0.02,
            extra=irange(rng, 20, 80),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_labels",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "one company card",
            "ip_source": f"{provider} NAT gateways",
            "pacing": f"nightly batch window (UTC{tz:+d}) plus a trickle by day",
            "rate_per_hour": rate,
            "user_agent": ua,
            "languages": ["en", "de", "es"],
            "style_weights": [float(x) for x in w],
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites through burner accounts on VPN exits


def service_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "service_line"
    n_acc = irange(rng, 10, 20)
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "linode"))
    exits = cloud(rng, irange(rng, 20, 60), vpn)
    w = rng.dirichlet(np.ones(5) * 2)
    accts, spans = [], []
    start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    step = (ctx.t1 - start - 0.5 * DAY) / n_acc
    for k in range(n_acc):
        a0 = start + k * step + float(rng.uniform(0, 0.5)) * step
        a1 = min(ctx.t1, a0 + float(rng.uniform(0.6, 2.0)) * DAY)
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "burner",
            ua=pick(rng, BROWSERS),
            ips=[str(x) for x in rng.choice(exits, size=2)],
        )
        accts.append(a)
        spans.append((a0, a1))
    rate = float(rng.uniform(8, 22))
    for a, (a0, a1) in zip(accts, spans, strict=True):
        ts = thinned(rng, a0, a1, rate * (a1 - a0) / HOUR, lambda x: np.ones(len(x)))
        prompts = [
            texts.policy_rewrite(rng, int(s), ctx.passages)
            for s in rng.choice(5, size=len(ts), p=w)
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95), comp_median=700, err=0.06
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_acc,
            "orgs": n_acc,
            "cards": n_acc,
            "payment": "stolen cards, one per burner account",
            "ip_source": f"VPN exits on {vpn}",
            "pacing": "overlapping burner accounts, each 0.6-2 days at a flat rate",
            "rate_per_hour": rate,
            "user_agent": "spoofed desktop browsers",
            "languages": ["en", "zh", "ar"],
            "style_weights": [float(x) for x in w],
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts


def forearm_dig(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "forearm_dig"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "azure", "oracle"))
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(
        rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "langchain/0.3.7 python-openai/1.54.0")
    )
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=org,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    rate = float(rng.uniform(4, 10))
    start = ctx.t0 + float(rng.uniform(1, 3.5)) * DAY
    ep_pre = worker_pool(rng, start, ctx.release, rate * 0.2, n_keys)
    ep_post = worker_pool(rng, ctx.release, ctx.t1, rate, n_keys)
    style = irange(rng, 0, 2)
    for i, a in enumerate(accts):
        starts = concat([ep_pre[i], ep_post[i]])
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            task = texts.agent_task(rng)
            k = irange(rng, 3, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.6, size=k - 1))])
            st = style if chance(rng, 0.85) else irange(rng, 0, 2)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(texts.agent_step(rng, st, task, j))
                extra.append(500 + 320 * j)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=220,
            comp_sigma=0.7,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "orgs": 1,
            "cards": len(cards),
            "ip_source": f"{provider} static egress",
            "pacing": "episodes of 3-12 calls seconds apart",
            "episodes_per_hour": rate,
            "user_agent": ua,
            "languages": ["en"],
            "style": style,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation through residential proxies


def drop_serve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "drop_serve"
    n_keys = irange(rng, 12, 24)
    n_orgs = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    region = pick(rng, ("us", "*", "eu", "latam"))
    pool = resi(rng, irange(rng, 1500, 4000), region)
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(90, 200))
    pools = worker_pool(rng, ctx.release + float(rng.uniform(0, 6)) * HOUR, ctx.t1, rate, n_keys)
    w = rng.dirichlet(np.ones(5))
    for i, a in enumerate(accts):
        ts = pools[i]
        prompts = [texts.dataset_request(rng, int(s)) for s in rng.choice(5, size=len(ts), p=w)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93),
            ips=picks(rng, pool, len(ts)),
            comp_median=float(rng.uniform(700, 1200)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": len(cards),
            "payment": "prepaid cards shared across keys",
            "ip_source": f"rotating residential proxy ({region})",
            "pacing": "poisson worker pool from release",
            "rate_per_hour": rate,
            "user_agent": "browser strings and SDKs, one per key",
            "languages": ["en", "pt"],
            "style_weights": [float(x) for x in w],
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest (follow-ups; the history is billed as prompt tokens)


def rope_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rope_line"
    n_keys = irange(rng, 4, 8)
    provider = pick(rng, ("azure", "ovh", "alibaba", "tencent"))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    langs = lang_mix(rng, list(rng.permutation(["en", "ja", "ko", "es"])))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "dialogue_bot",
            pay=cards[i % len(cards)],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    rate = float(rng.uniform(15, 40))
    pools = worker_pool(rng, ctx.release - float(rng.uniform(0, 0.5)) * DAY, ctx.t1, rate, n_keys)
    hdr_style = irange(rng, 0, 2)
    for i, a in enumerate(accts):
        ts_all, prompts, extra = [], [], []
        for s in pools[i].tolist():
            lang = weighted(rng, langs, 1)[0]
            k = irange(rng, 3, 8)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.5, size=k - 1))])
            hdr = texts.roleplay_header(rng, hdr_style)
            hist = 0
            for j, tj in enumerate(t.tolist()):
                p = (
                    texts.dialogue_opener(rng, lang, ctx.chat)
                    if j == 0
                    else texts.follow_up(rng, lang)
                )
                ts_all.append(tj)
                prompts.append(hdr + p)
                extra.append(hist)
                hist += len(p) // 4 + int(rng.integers(250, 700))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=450,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "payment": "one or two cards behind self-serve orgs",
            "ip_source": f"{provider} VMs",
            "pacing": "scripted conversations, 3-8 turns seconds apart",
            "conversations_per_hour": rate,
            "user_agent": ua,
            "languages": langs,
            "header_style": hdr_style,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def angle_smash(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "angle_smash"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, pick(rng, ("digitalocean", "vultr", "linode")), 1, irange(rng, 2, 5))
    ua = pick(rng, ("curl/8.5.0", "python-requests/2.32.3", "Go-http-client/2.0"))
    accts = [
        _camp(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=ua, ips=block)
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(3, 9))
    n_best = irange(rng, 4, 16)
    w = rng.dirichlet(np.ones(4))
    starts = worker_pool(rng, ctx.release + float(rng.uniform(1, 10)) * HOUR, ctx.t1, rate, n_keys)
    for i, a in enumerate(accts):
        ts_all, prompts = [], []
        for b in bursts(rng, starts[i], n_best, 1.2, 0.6, ctx.t1):
            p = texts.soft_label(rng, int(rng.choice(4, p=w)), ctx.chat)
            ts_all.extend(b.tolist())
            prompts.extend([p] * len(b))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.96), comp_median=500, err=0.05
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": "one rented /24",
            "pacing": "bursts of the same prompt repeated",
            "n_per_prompt": n_best,
            "prompts_per_hour": rate,
            "user_agent": ua,
            "languages": ["en"],
            "style_weights": [float(x) for x in w],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code curriculum sweep, low and slow over many self-serve keys


def baseline_drive(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "baseline_drive"
    n_keys = irange(rng, 8, 14)
    providers = ["aws", "gcp", "linode", "oracle", "digitalocean", "hetzner", "scaleway"]
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "slow_key",
            ua=sdk_ua(rng, 0.8),
            ips=cloud(rng, 1, pick(rng, providers)),
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(1.2, 2.8))
    w = rng.dirichlet(np.ones(4))
    for a in accts:
        a0 = ctx.t0 + float(rng.uniform(0, 1.5)) * DAY
        tz = pick(rng, (-8, -5, 1, 8))
        curve = workday(tz, start=7, end=23, weekend=0.6, night=0.25)
        ts = thinned(rng, a0, ctx.t1, per_hour * (ctx.t1 - a0) / HOUR, curve)
        levels = 1 + (9 * (ts - a0) / (ctx.t1 - a0)).astype(int)
        prompts = [texts.code_task(rng, int(rng.choice(4, p=w)), int(lv)) for lv in levels.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.03),
            comp_median=float(rng.uniform(900, 1400)),
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_curriculum_and_translation",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "one prepaid card per self-serve key",
            "ip_source": "one cloud VM per key, mixed providers",
            "pacing": "slow steady rate per key, difficulty rising with time",
            "rate_per_hour_per_key": per_hour,
            "user_agent": "common SDKs",
            "languages": ["en"],
            "style_weights": [float(x) for x in w],
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real writing product's backend traffic


def faustball_rebound(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "faustball_rebound"
    brand = pick(rng, ("Inkwell", "Parawise", "Draftly", "Scribo", "Wordhaven", "Penrose Notes"))
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _camp(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    load = global_load(float(rng.uniform(13, 18)), float(rng.uniform(0.4, 0.7)))
    rate = float(rng.uniform(20, 45))
    share = float(rng.uniform(0.3, 0.6))
    h0 = ctx.release + float(rng.uniform(0, 0.5)) * DAY
    langs = lang_mix(rng, ["en", "es", "de", "fr", "pt"])
    product = worker_pool(rng, ctx.t0, ctx.t1, rate, n_keys, load)
    harvest = worker_pool(rng, h0, ctx.t1, rate * share, n_keys, load)
    for i, a in enumerate(accts):
        tp, th = product[i], harvest[i]
        pp = [
            texts.writing_app(rng, brand, texts.clip(pick(rng, ctx.chat), 1500))
            for _ in range(len(tp))
        ]
        ph = []
        for lang in weighted(rng, langs, len(th)):
            body = (
                texts.knowledge_question(rng, lang)
                if chance(rng, 0.7)
                else texts.trace_coercion(rng, 3, "en")
            )
            ph.append(
                texts.writing_app(
                    rng, brand, body, mode=pick(rng, ("expand", "explain", "rewrite"))
                )
            )
        ctx.emit(
            rng,
            a,
            tp,
            pp,
            models=ctx.models(rng, tp, p_new=0.3, p_mini=0.25),
            comp_median=260,
            err=0.01,
        )
        ctx.emit(
            rng,
            a,
            th,
            ph,
            models=ctx.models(rng, th, p_new=0.8, p_mini=0.0),
            comp_median=700,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "brand": brand,
            "payment": "the product company's card",
            "ip_source": "the product's AWS NAT egress",
            "pacing": "global product load; harvest rides the same load curve",
            "product_rate_per_hour": rate,
            "harvest_share": share,
            "harvest_start": h0,
            "user_agent": ua,
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over after the release


def centre_player(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "centre_player"
    n_acc = irange(rng, 14, 26)
    buyer_tz = pick(rng, (8, 3, 2))
    langs = {
        "us": "en",
        "eu": pick(rng, ("de", "fr", "es")),
        "latam": pick(rng, ("es", "pt")),
        "in": "hi",
        "sea": "id",
        "jp_kr": pick(rng, ("ja", "ko")),
    }
    per_day = float(rng.uniform(30, 80))
    accts, takeovers = [], []
    for _ in range(n_acc):
        region = pick(rng, ("us", "us", "eu", "eu", "latam", "in", "sea", "jp_kr"))
        tz = pick(rng, REGION_TZ[region])
        owner_ua = pick(rng, CROWD_UAS[:4])
        a = _camp(ctx, rng, fam, cid, "aged_account", ua=owner_ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        tk = ctx.release + float(rng.uniform(-0.4, 1.2)) * DAY
        takeovers.append(tk)
        # the original owner's own light use, before the sale
        sess = session_times(
            rng, ctx.t0, tk, float(rng.uniform(0.4, 1.5)), evening_person(tz), 3, 90
        )
        ts = concat(sess)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.clip(pick(rng, ctx.chat), 2000) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.15, p_mini=0.2),
            comp_median=320,
        )
        # the buyer's harvest: a residential proxy in the owner's region, a common SDK, person-like pace
        pool = resi(rng, irange(rng, 20, 60), region)
        sess = session_times(
            rng,
            tk,
            ctx.t1,
            per_day / 8,
            workday(buyer_tz, 9, 23, 0.8, 0.1),
            8,
            float(rng.uniform(25, 70)),
        )
        ts = concat(sess)
        lang = langs[region] if chance(rng, 0.6) else "en"
        prompts = [
            texts.knowledge_question(rng, lang if chance(rng, 0.7) else "en", noise=0.1)
            if chance(rng, 0.8)
            else texts.trace_coercion(rng, 3, "en")
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.0),
            ips=sticky(rng, ts, pool, float(rng.uniform(20, 60)) * MINUTE),
            ua="OpenAI/Python 1.54.0",
            comp_median=650,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_accounts_taken_over",
            "keys": n_acc,
            "orgs": n_acc,
            "cards": n_acc,
            "payment": "the original owners' cards (accounts bought)",
            "buyer_tz": buyer_tz,
            "ip_source": "owner's home, then a sticky residential proxy in the owner's region",
            "pacing": "owner's evening sessions, then person-like sessions on the buyer's day",
            "harvest_per_day": per_day,
            "takeovers": [float(x) for x in takeovers],
            "user_agent": "owner's, then OpenAI/Python 1.54.0",
            "languages": sorted(set(langs.values())),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a paid crowd of real people pasting a task list from home


def five_a_side(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "five_a_side"
    n_acc = irange(rng, 30, 50)
    langs = lang_mix(rng, list(rng.permutation(["en", "es", "hi", "id", "pt", "fr"])))
    tzs = {"en": (-5, 0, 5, 8), "es": (-3, -5, 1), "hi": (5,), "id": (8,), "pt": (-3,), "fr": (1,)}
    accts = []
    for _ in range(n_acc):
        lang = weighted(rng, langs, 1)[0]
        tz = pick(rng, tzs[lang])
        phone = chance(rng, 0.3)
        if phone:
            kind = {5: "in_mobile", -3: "br_mobile", -5: "us_mobile", -8: "us_mobile"}.get(
                tz, "eu_mobile"
            )
            ips = mobile_v6(rng, irange(rng, 3, 8), kind)
            ua = pick(rng, MOBILE[:3])
        else:
            ips = home(rng, irange(rng, 1, 2), tz)
            ua = pick(rng, BROWSERS) if chance(rng, 0.5) else pick(rng, CROWD_UAS[1:4:2])
        a = _camp(ctx, rng, fam, cid, "crowd_worker", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        a0 = ctx.release + float(rng.uniform(0, 1.5)) * DAY
        sess = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(1, 3)),
            evening_person(tz),
            float(rng.uniform(4, 10)),
            float(rng.uniform(60, 160)),
            0.7,
        )
        ts = concat(sess)
        prompts = []
        for _ in range(len(ts)):
            r = rng.random()
            if r < 0.75:
                prompts.append(texts.knowledge_question(rng, lang, noise=0.2))
            elif r < 0.9:
                prompts.append(texts.trace_coercion(rng, 3, "en"))
            else:
                prompts.append(texts.dataset_request(rng, 4))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=600,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd_paste_task_list",
            "keys": n_acc,
            "orgs": n_acc,
            "cards": n_acc,
            "payment": "each worker's own card (reimbursed)",
            "ip_source": "workers' homes and phones",
            "pacing": "human sessions in each worker's evening, from release",
            "user_agent": "workers' own browsers",
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: replay of public human prompts behind residential proxies


def tape_height(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tape_height"
    n_acc = irange(rng, 8, 14)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    accts = []
    for _ in range(n_acc):
        region = pick(rng, ("us", "eu"))
        tz = pick(rng, REGION_TZ[region])
        pool = resi(rng, irange(rng, 30, 90), region)
        a = _camp(ctx, rng, fam, cid, "replayer", ua=crowd_ua(rng), ips=pool, tz=tz)
        accts.append(a)
        a0 = ctx.release - float(rng.uniform(0, 0.5)) * DAY
        sess = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(5, 11)),
            workday(tz, 8, 20, 0.5),
            float(rng.uniform(6, 14)),
            float(rng.uniform(20, 70)),
        )
        ts = concat(sess)
        idx = (
            order[cursor : cursor + len(ts)]
            if cursor + len(ts) <= len(order)
            else rng.integers(0, len(order), len(ts))
        )
        cursor += len(ts)
        prompts = [ctx.chat[int(j)] for j in idx]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            ips=sticky(rng, ts, pool, float(rng.uniform(30, 120)) * MINUTE),
            comp_median=420,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_acc,
            "orgs": n_acc,
            "cards": n_acc,
            "payment": "one card per account",
            "ip_source": "sticky residential proxies (us/eu)",
            "pacing": "workday sessions in the claimed time zone",
            "prompts_used": int(cursor),
            "user_agent": "the most common background agents",
            "languages": ["as in the public set"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "fist_strike": fist_strike,
    "three_contacts": three_contacts,
    "service_line": service_line,
    "forearm_dig": forearm_dig,
    "drop_serve": drop_serve,
    "rope_line": rope_line,
    "angle_smash": angle_smash,
    "baseline_drive": baseline_drive,
    "faustball_rebound": faustball_rebound,
    "centre_player": centre_player,
    "five_a_side": five_a_side,
    "tape_height": tape_height,
}

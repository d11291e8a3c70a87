"""Campaign families of blind batch 111 (code names from water polo). Each family is a generator
`f(ctx, rng, campaign_id)` that creates its accounts, writes their events into `ctx.sink` and its
truth into `ctx.truth`; every count, address source, card layout, language mix and template
weight comes from the family's own rng. See README.md (read it only after the monitor's run)."""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
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
from bench.monitor_blind111 import texts

#: user agents exactly as the background's own clients send them
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
REGION_TZ = {
    "us": (-8, -5),
    "eu": (0, 1, 2),
    "latam": (-3,),
    "in": (5,),
    "sea": (8,),
    "jp_kr": (9,),
}


def _lang_mix(
    rng: np.random.Generator, first: str, others: tuple[str, ...], k_max: int
) -> tuple[list[str], np.ndarray]:
    """The family's languages (its main one plus up to k_max others) and their weights."""
    k = irange(rng, 1, min(k_max, len(others)))
    chosen = [first] + [str(x) for x in rng.choice(others, size=k, replace=False)]
    w = rng.dirichlet(np.ones(len(chosen)))
    w[0] += float(rng.uniform(0.5, 1.5))
    return chosen, w / w.sum()


def _draw(rng: np.random.Generator, langs: list[str], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _worker(ctx: Ctx, rng: np.random.Generator, name: str, cid: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=name, role=role, campaign_id=cid, **kw)


def _concat(*parts) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. eggbeater: reasoning-trace coercion from a rented hosting block, 24/7 worker pool


def eggbeater(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "eggbeater"
    n_keys, n_orgs, n_cards = irange(rng, 10, 22), irange(rng, 1, 3), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    langs, lw = _lang_mix(rng, "en", ("zh", "ru", "es"), 3)
    style_w = rng.dirichlet(np.ones(4) * 0.8)
    accts = [
        _worker(
            ctx,
            rng,
            name,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=cards[i % n_cards],
            ua=sdk_ua(rng, 0.6),
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate_pre = float(rng.uniform(12, 30))
    rate_post = rate_pre * float(rng.uniform(2.0, 3.5))
    pivot = ctx.release + float(rng.uniform(0.5, 8)) * HOUR
    pre = (
        worker_pool(rng, start, min(pivot, ctx.t1), rate_pre, n_keys)
        if start < pivot
        else [np.empty(0)] * n_keys
    )
    post = worker_pool(rng, max(start, pivot), ctx.t1, rate_post, n_keys)
    comp = float(rng.uniform(900, 1600))
    for a, t1, t2 in zip(accts, pre, post, strict=True):
        ts = _concat(t1, t2)
        prompts = [
            texts.trace_prompt(rng, lang, style_w) for lang in _draw(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_cards,
            "ip_source": f"rented hosting block ({provider})",
            "pacing": "poisson worker pool, 24/7, rate x2-3.5 after release",
            "rate_per_hour_pre": round(rate_pre, 1),
            "rate_per_hour_post": round(rate_post, 1),
            "languages": langs,
            "styles": [round(float(x), 3) for x in style_w],
            "pivot_ts": pivot,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. skip_shot: judge / rubric / reward-model grading in batch bursts from a cloud project


def skip_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "skip_shot"
    n_keys = irange(rng, 4, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "OpenAI/Python 1.58.1",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.54.0",
        ),
    )
    accts = [
        _worker(
            ctx,
            rng,
            name,
            cid,
            "grader",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    langs, lw = _lang_mix(rng, "en", ("fr", "de", "ja"), 2)
    n_pre, n_post = irange(rng, 4, 12), irange(rng, 18, 40)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    starts = _concat(
        thinned(rng, start, ctx.release, n_pre, constant),
        thinned(rng, ctx.release, ctx.t1, n_post, constant),
    )
    size = float(rng.uniform(50, 140))
    gap = float(rng.uniform(1.5, 6))
    per: list[list[float]] = [[] for _ in accts]
    for b in bursts(rng, starts, size, gap, 0.6, ctx.t1):
        # a grading job fans out over all keys round-robin
        off = irange(rng, 0, n_keys - 1)
        for j, t in enumerate(b.tolist()):
            per[(j + off) % n_keys].append(t)
    for a, tl in zip(accts, per, strict=True):
        ts = np.sort(np.asarray(tl))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, lang)
            for lang in _draw(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.03),
            comp_median=float(rng.uniform(220, 420)),
            extra=irange(rng, 0, 60),
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud ({provider})",
            "user_agent": ua,
            "pacing": "batch bursts fanned out over keys",
            "bursts_pre": n_pre,
            "bursts_post": n_post,
            "burst_size_mean": round(size),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. shot_clock: censorship-safe / policy rewrites on churned keys paid by stolen cards


def shot_clock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "shot_clock"
    lanes = irange(rng, 3, 6)
    langs, lw = _lang_mix(rng, "en", ("zh", "ru", "ar", "tr", "fa"), 4)
    pool = resi(rng, irange(rng, 150, 400))
    hold = float(rng.uniform(4, 20)) * MINUTE
    uas = [sdk_ua(rng, 0.3) for _ in range(irange(rng, 2, 4))]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    revoked = 0
    for _ in range(lanes):
        t = start + float(rng.uniform(0, 6)) * HOUR
        while t < ctx.t1:
            life = float(rng.uniform(0.25, 1.8)) * DAY
            a = _worker(ctx, rng, name, cid, "churned_key", ua=pick(rng, uas), ips=[])
            accts.append(a)
            rate = float(rng.uniform(4, 12))
            end = min(t + life, ctx.t1)
            ts = thinned(rng, t, end, rate * (end - t) / HOUR, constant)
            status = np.where(rng.random(len(ts)) < 0.02, 429, 200)
            if t + life < ctx.t1 and len(ts) > 3:
                k = irange(rng, 1, 3)
                status[-k:] = 401
                revoked += 1
            prompts = [
                texts.policy_rewrite_prompt(rng, ctx.passages, lang)
                for lang in _draw(rng, langs, lw, len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.8, 0.05),
                ips=sticky(rng, ts, pool, hold),
                comp_median=float(rng.uniform(400, 700)),
                status=status,
            )
            t = end + float(rng.uniform(0.2, 4)) * HOUR
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy_censorship_rewrites",
            "keys": len(accts),
            "parallel_lanes": lanes,
            "payment": "one stolen card per key (each key its own org)",
            "revoked_keys": revoked,
            "ip_source": "residential proxy pool, worldwide, sticky sessions",
            "hold_minutes": round(hold / MINUTE, 1),
            "pacing": "constant rate per key, keys replaced after revocation",
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. hole_set: agent / tool-use transcripts, episodes of chained steps from a cloud VPC


def hole_set(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hole_set"
    n_keys, n_orgs = irange(rng, 5, 12), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("aws", "azure", "gcp", "oracle"))
    nat = cloud(rng, irange(rng, 2, 5), provider)
    ua_pool = (
        "langchain/0.3.7 python-openai/1.54.0",
        "litellm/1.60.2",
        "OpenAI/Python 1.58.1",
        "AsyncOpenAI/Python 1.60.0",
    )
    accts = [
        _worker(
            ctx,
            rng,
            name,
            cid,
            "agent_runner",
            org=orgs[i % n_orgs],
            pay=card,
            ua=pick(rng, ua_pool),
            ips=nat,
        )
        for i in range(n_keys)
    ]
    style_w = rng.dirichlet(np.ones(3))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    ep_rate = float(rng.uniform(0.4, 1.1))
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.1, 0.4)))
    comp = float(rng.uniform(140, 320))
    for a in accts:
        times, prompts, extra = [], [], []
        for s in thinned(
            rng,
            start,
            ctx.t1,
            ep_rate * (ctx.t1 - start) / HOUR * (0.6 + 0.8 * rng.random()),
            curve,
        ).tolist():
            n = irange(rng, 3, 12)
            style = int(rng.choice(3, p=style_w))
            steps = texts.agent_episode(rng, style, n)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.7, size=n - 1))])
            times.extend(t.tolist())
            prompts.extend(p for p, _ in steps)
            extra.extend(x for _, x in steps)
        ts = np.asarray(times)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        extra_a = np.asarray(extra, dtype=np.int64)[order] if len(extra) else 0
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.04),
            comp_median=comp,
            extra=extra_a,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": 1,
            "ip_source": f"cloud NAT gateways ({provider})",
            "pacing": "episodes of 3-12 chained steps, seconds apart",
            "episodes_per_key_hour": round(ep_rate, 2),
            "styles": [round(float(x), 3) for x in style_w],
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 5. wet_pass: synthetic dataset generation in nightly runs from cheap hosting


def wet_pass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "wet_pass"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("contabo", "hetzner", "ovh", "leaseweb"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
    accts = [
        _worker(
            ctx, rng, name, cid, "generator", org=org, pay=card, ua=ua, ips=cloud(rng, 1, provider)
        )
        for _ in range(n_keys)
    ]
    langs, lw = _lang_mix(rng, "en", ("fr", "ja", "ko", "de"), 3)
    style_w = rng.dirichlet(np.ones(4))
    tz = pick(rng, TZS)
    run_start_h, run_hours = float(rng.uniform(22, 26)) % 24, float(rng.uniform(2, 6))
    rate = float(rng.uniform(60, 160))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    comp = float(rng.uniform(1800, 3000))
    curve = nightly(run_start_h, run_hours, tz)
    day_frac = run_hours / 24
    pools = worker_pool(rng, start, ctx.t1, rate * day_frac, n_keys, curve)
    for a, ts in zip(accts, pools, strict=True):
        prompts = [
            texts.dataset_prompt(rng, lang, int(rng.choice(4, p=style_w)))
            for lang in _draw(rng, langs, lw, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.7, 0.3),
            comp_median=comp,
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"hosting ({provider}), one address per key",
            "user_agent": ua,
            "pacing": f"nightly runs {run_start_h:.1f}h+{run_hours:.1f}h (UTC{tz:+d})",
            "rate_per_run_hour": round(rate),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. dry_pass (hard): harvest hidden inside a real writing product's traffic

_PRODUCTS = ("Quillmate", "DraftBloom", "Penwise", "Scribbly", "Wordhaven", "Inkpilot", "ProsePal")
_TONES = ("friendly", "formal", "persuasive", "concise", "playful", "academic")


def dry_pass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "dry_pass"
    product = pick(rng, _PRODUCTS)
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _worker(ctx, rng, name, cid, "product_key", org=org, pay=card, ua=ua, ips=nat)
        for _ in range(n_keys)
    ]
    curve = global_load(float(rng.uniform(12, 20)), float(rng.uniform(0.5, 0.8)))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.05)
    real_rate = float(rng.uniform(16, 32))
    share_pre, share_post = float(rng.uniform(0.12, 0.3)), float(rng.uniform(0.45, 0.8))
    domains = [str(x) for x in rng.choice(sorted(texts._EXPERT_Q), size=2, replace=False)]
    genuine = worker_pool(rng, start, ctx.t1, real_rate, n_keys, curve)
    h_pre = worker_pool(rng, start, ctx.release, real_rate * share_pre, n_keys, curve)
    h_post = worker_pool(rng, ctx.release, ctx.t1, real_rate * share_post, n_keys, curve)
    n_harvest = 0
    for a, g, hp, hq in zip(accts, genuine, h_pre, h_post, strict=True):
        hts = _concat(hp, hq)
        ts = np.concatenate([g, hts])
        is_h = np.concatenate([np.zeros(len(g), bool), np.ones(len(hts), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        prompts, models, comp = [], [], []
        m_real = ctx.models(rng, ts, 0.15, 0.35)
        m_h = ctx.models(rng, ts, 0.78, 0.02)
        for i, h in enumerate(is_h.tolist()):
            head = texts.product_header(
                product, pick(rng, _TONES), pick(rng, ("free", "pro", "pro", "team"))
            )
            if h:
                r = rng.random()
                if r < 0.4:
                    body = texts.problem(rng, "en") + " Explain how you got there, step by step."
                elif r < 0.75:
                    body = texts.expert_question(rng, pick(rng, domains)) + ". Be thorough."
                else:
                    body = f"Write a detailed guide on {pick(rng, texts._DS_TOPICS)} for {pick(rng, texts._PERSONAS)}."
                prompts.append(f"{head}\nUser: {body}")
                models.append(m_h[i])
                comp.append(750.0)
            else:
                prompts.append(f"{head}\nUser: {texts.sample_chat(rng, ctx.chat, 1200)}")
                models.append(m_real[i])
                comp.append(330.0)
        n_harvest += int(is_h.sum())
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comp), err=0.012)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "product": product,
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"product backend egress ({provider})",
            "user_agent": ua,
            "pacing": "global product load curve",
            "harvest_share_pre": round(share_pre, 2),
            "harvest_share_post": round(share_post, 2),
            "harvest_events_before_clip": n_harvest,
            "domains": domains,
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 7. double_post (hard): bought/compromised aged personal accounts, taken over mid-window


def double_post(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "double_post"
    n = irange(rng, 14, 28)
    domains = [
        str(x) for x in rng.choice(sorted(texts._EXPERT_Q), size=irange(rng, 1, 2), replace=False)
    ]
    keep_ua = float(rng.uniform(0.4, 0.8))
    hold = float(rng.uniform(30, 90)) * MINUTE
    accts, takeovers = [], []
    for _ in range(n):
        region = pick(rng, sorted(REGION_TZ))
        tz = pick(rng, REGION_TZ[region])
        owner_ip = resi(rng, 1, region)
        owner_ua = pick(rng, BG_BROWSER) if chance(rng, 0.7) else pick(rng, BG_SDK)
        a = _worker(
            ctx, rng, name, cid, "aged_account_taken_over", ua=owner_ua, ips=owner_ip, tz=tz
        )
        accts.append(a)
        T = ctx.t0 + float(rng.uniform(1.5, 4.8)) * DAY
        takeovers.append(T)
        own = session_times(
            rng,
            ctx.t0,
            T,
            float(rng.uniform(0.5, 1.5)),
            evening_person(tz),
            float(rng.uniform(2, 5)),
            70.0,
        )
        ts_o = _concat(*own)
        ctx.emit(
            rng,
            a,
            ts_o,
            [texts.sample_chat(rng, ctx.chat) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, 0.15, 0.15),
        )
        ses = session_times(
            rng,
            T,
            ctx.t1,
            float(rng.uniform(2.5, 5)),
            evening_person(tz, 3.5),
            float(rng.uniform(8, 18)),
            float(rng.uniform(25, 70)),
        )
        ts_p = _concat(*ses)
        pool = resi(rng, irange(rng, 20, 60), region)
        ua = owner_ua if chance(rng, keep_ua) else "OpenAI/Python 1.54.0"
        prompts = []
        for _ in range(len(ts_p)):
            if chance(rng, 0.7):
                prompts.append(
                    texts.roughen(rng, texts.expert_question(rng, pick(rng, domains)), 0.5, 0.15)
                )
            else:
                prompts.append(texts.crowd_question(rng, "en"))
        ctx.emit(
            rng,
            a,
            ts_p,
            prompts,
            models=ctx.models(rng, ts_p, 0.85, 0.03),
            ips=sticky(rng, ts_p, pool, hold),
            ua=ua,
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "accounts": n,
            "payment": "victims' own cards, one per account",
            "ip_source": "owner's home ISP, then residential proxies in the owner's region",
            "keep_owner_ua": round(keep_ua, 2),
            "pacing": "owner's evening sessions, then longer evening-shaped sessions",
            "domains": domains,
            "takeover_ts": [round(t, 1) for t in takeovers],
            "languages": ["en"],
        },
    )


# --------------------------------------------------------------------------------------------
# 8. backhand_shot (hard): low-and-slow crowd of person-like new accounts after the release

_LANG_TZ = {"en": (-8, -5, 0), "es": (-5, -3, 1), "pt": (-3,), "id": (8,), "hi": (5,), "tr": (3,)}


def backhand_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "backhand_shot"
    n = irange(rng, 50, 90)
    langs, lw = _lang_mix(rng, "en", ("es", "pt", "id", "hi", "tr"), 4)
    domains = [str(x) for x in rng.choice(sorted(texts._EXPERT_Q), size=2, replace=False)]
    p_expert = float(rng.uniform(0.15, 0.35))
    accts = []
    for lang in _draw(rng, langs, lw, n):
        tz = pick(rng, _LANG_TZ[lang])
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.8) else "OpenAI/Python 1.54.0"
        a = _worker(
            ctx, rng, name, cid, "crowd_member", ua=ua, ips=home(rng, irange(rng, 1, 2), tz), tz=tz
        )
        accts.append(a)
        on = float(
            np.clip(ctx.release + float(rng.uniform(-0.5, 1.6)) * DAY, ctx.t0, ctx.t1 - HOUR)
        )
        ses = session_times(
            rng,
            on,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            evening_person(tz),
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 160)),
            0.7,
        )
        ts = _concat(*ses)
        prompts = [
            texts.roughen(rng, texts.expert_question(rng, pick(rng, domains)), 0.7, 0.3)
            if chance(rng, p_expert)
            else texts.crowd_question(rng, lang)
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.8, 0.03), comp_median=600.0)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low_and_slow_person_like_crowd",
            "accounts": n,
            "payment": "one prepaid card per account",
            "ip_source": "residential proxies matched to each persona's time zone",
            "pacing": "evening human sessions, think times 1-3 min",
            "onboarding": "release-0.5d .. release+1.6d",
            "languages": langs,
            "domains": domains,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. pop_shot (hard): public prompt replay from an office broadband line


def pop_shot(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "pop_shot"
    n_keys, n_orgs, n_cards = irange(rng, 8, 18), irange(rng, 2, 3), irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    tz = pick(rng, TZS)
    office = home(rng, irange(rng, 2, 4), tz)
    accts = [
        _worker(
            ctx,
            rng,
            name,
            cid,
            "replayer",
            org=orgs[i % n_orgs],
            pay=cards[i % n_cards],
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        for i in range(n_keys)
    ]
    curve = workday(
        tz,
        float(rng.uniform(8, 10)),
        float(rng.uniform(18, 22)),
        weekend=float(rng.uniform(0.1, 0.4)),
        night=0.05,
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(20, 45))
    pools = worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
    total = sum(len(p) for p in pools)
    order = rng.permutation(len(ctx.chat))[: max(total, 1)].tolist()
    k = 0
    for a, ts in zip(accts, pools, strict=True):
        prompts = [ctx.chat[order[(k + j) % len(order)]] for j in range(len(ts))]
        k += len(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.65, 0.08),
            comp_median=380.0,
            err=0.012,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public_prompt_replay",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_cards,
            "ip_source": f"office broadband, shared by all keys (UTC{tz:+d})",
            "user_agent": "OpenAI/Python 1.54.0",
            "pacing": "worker pool over extended office hours",
            "rate_per_hour": round(rate, 1),
            "prompt_source": "public ShareGPT prompts, each once",
            "languages": ["as in source"],
        },
    )


# --------------------------------------------------------------------------------------------
# 10. zone_press: multi-turn dialogue harvest through VPN exits


def zone_press(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "zone_press"
    n_keys, n_cards = irange(rng, 8, 16), irange(rng, 1, 2)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    vpn = [
        ip
        for p in rng.choice(["m247", "leaseweb", "ovh", "vultr"], size=2, replace=False).tolist()
        for ip in cloud(rng, irange(rng, 8, 20), p)
    ]
    hold = float(rng.uniform(10, 40)) * MINUTE
    accts = [
        _worker(
            ctx,
            rng,
            name,
            cid,
            "dialogue_driver",
            org=org,
            pay=cards[i % n_cards],
            ua=sdk_ua(rng, 0.4),
            ips=vpn,
        )
        for i in range(n_keys)
    ]
    langs, lw = _lang_mix(rng, "en", ("es", "pt", "id", "de"), 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    r_pre = float(rng.uniform(0.3, 0.8))
    r_post = r_pre * float(rng.uniform(1.8, 3.0))
    for a in accts:
        starts = _concat(
            thinned(
                rng, start, ctx.release, r_pre * max(0.0, ctx.release - start) / HOUR, constant
            ),
            thinned(
                rng,
                max(start, ctx.release),
                ctx.t1,
                r_post * (ctx.t1 - max(start, ctx.release)) / HOUR,
                constant,
            ),
        )
        times, prompts, extra = [], [], []
        for s in starts.tolist():
            lang = _draw(rng, langs, lw, 1)[0]
            subject = texts.ALL_SUBJECTS[int(rng.integers(len(texts.ALL_SUBJECTS)))]
            n = irange(rng, 3, 9)
            t = s + np.concatenate(
                [
                    [0.0],
                    np.cumsum(rng.lognormal(np.log(float(rng.uniform(8, 25))), 0.5, size=n - 1)),
                ]
            )
            hist = 0
            for j in range(n):
                times.append(float(t[j]))
                prompts.append(texts.dialogue_turn(rng, lang, j, subject))
                extra.append(hist)
                hist += irange(rng, 350, 700)
        ts = np.asarray(times)
        o = np.argsort(ts, kind="stable")
        ts = ts[o]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in o.tolist()],
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=520.0,
            extra=np.asarray(extra, dtype=np.int64)[o] if len(extra) else 0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": n_cards,
            "ip_source": "commercial VPN exits (hosting ranges), sticky",
            "pacing": "threads of 3-9 turns, seconds apart",
            "threads_per_key_hour_pre": round(r_pre, 2),
            "threads_per_key_hour_post": round(r_post, 2),
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. six_on_five: best-of-n duplicates and soft-label sampling from Asian clouds


def six_on_five(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "six_on_five"
    n_keys = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.63.2"))
    accts = [
        _worker(
            ctx,
            rng,
            name,
            cid,
            "sampler",
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    langs, lw = _lang_mix(rng, "en", ("zh",), 1)
    p_bon = float(rng.uniform(0.45, 0.75))
    ns = (4, 8, 16)
    nw = rng.dirichlet(np.ones(3))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(0.8, 2.2))
    for a in accts:
        items = thinned(
            rng,
            start,
            ctx.t1,
            rate * (ctx.t1 - start) / HOUR,
            global_load(float(rng.uniform(0, 24)), 0.3),
        )
        times, prompts = [], []
        for s in items.tolist():
            lang = _draw(rng, langs, lw, 1)[0]
            if chance(rng, p_bon):
                k = ns[int(rng.choice(3, p=nw))]
                base = texts.bon_base(rng, ctx.chat, lang)
                t = s + np.cumsum(rng.exponential(0.6, size=k))
            else:
                k = irange(rng, 1, 2)
                base = texts.softlabel_prompt(rng, lang)
                t = s + np.cumsum(rng.exponential(2.0, size=k))
            times.extend(t.tolist())
            prompts.extend([base] * k)
        ts = np.asarray(times)
        o = np.argsort(ts, kind="stable")
        ts = ts[o]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in o.tolist()],
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=300.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best_of_n_and_soft_label_sampling",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "ip_source": f"cloud ({provider})",
            "user_agent": ua,
            "pacing": "items as a Poisson stream, each fired n times",
            "p_best_of_n": round(p_bon, 2),
            "n_weights": [round(float(x), 3) for x in nw],
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. cross_cage: code curriculum sweep through a 4G mobile-proxy farm


def cross_cage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "cross_cage"
    n_keys = irange(rng, 5, 10)
    kinds = [
        str(x)
        for x in rng.choice(
            ["us_mobile", "eu_mobile", "in_mobile", "br_mobile"],
            size=irange(rng, 1, 2),
            replace=False,
        )
    ]
    farm = [ip for k in kinds for ip in mobile_v6(rng, irange(rng, 80, 200), k)]
    hold = float(rng.uniform(8, 30)) * MINUTE
    ua_pool = ("okhttp/4.12.0", "python-requests/2.32.3", "Go-http-client/2.0")
    accts = [
        _worker(ctx, rng, name, cid, "sweeper", ua=pick(rng, ua_pool), ips=farm)
        for _ in range(n_keys)
    ]
    langs, lw = _lang_mix(rng, "en", ("zh", "ru"), 2)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    r_pre = float(rng.uniform(5, 12))
    r_post = r_pre * float(rng.uniform(2, 3.5))
    pre = (
        worker_pool(rng, start, ctx.release, r_pre, n_keys)
        if start < ctx.release
        else [np.empty(0)] * n_keys
    )
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, r_post, n_keys)
    # the curriculum is walked in order across all keys
    all_ts = np.sort(_concat(*pre, *post))
    rank = {t: i for i, t in enumerate(all_ts.tolist())}
    offset = irange(rng, 0, 500)
    for a, p1, p2 in zip(accts, pre, post, strict=True):
        ts = _concat(p1, p2)
        prompts = [
            texts.code_prompt(rng, lang, offset + rank[t])
            for t, lang in zip(ts.tolist(), _draw(rng, langs, lw, len(ts)), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            ips=sticky(rng, ts, farm, hold),
            comp_median=900.0,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code_curriculum_sweep",
            "keys": n_keys,
            "payment": "one prepaid card and org per key",
            "ip_source": f"4G mobile proxy farm ({', '.join(kinds)}), rotating",
            "hold_minutes": round(hold / MINUTE, 1),
            "pacing": "poisson worker pool, 24/7, rate up after release",
            "rate_pre": round(r_pre, 1),
            "rate_post": round(r_post, 1),
            "languages": langs,
        },
    )


CAMPAIGN_FAMILIES = {
    "eggbeater": eggbeater,
    "skip_shot": skip_shot,
    "shot_clock": shot_clock,
    "hole_set": hole_set,
    "wet_pass": wet_pass,
    "dry_pass": dry_pass,
    "double_post": double_post,
    "backhand_shot": backhand_shot,
    "pop_shot": pop_shot,
    "zone_press": zone_press,
    "six_on_five": six_on_five,
    "cross_cage": cross_cage,
}

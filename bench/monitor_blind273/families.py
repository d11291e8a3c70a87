"""Campaign families of batch 273 (code names: capoeira words).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts on the shared context, writes their
events and records one campaign with its parameters. Every draw comes from the family's own
generator in a fixed order (no set walks, no `hash()`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_OTHER,
    TZS,
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
from bench.monitor_blind273 import texts


def _draw(rng: np.random.Generator, weights: np.ndarray, n: int) -> list[int]:
    return rng.choice(len(weights), size=n, p=weights).tolist()


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _uniform(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


# --------------------------------------------------------------------------------------------


def ginga(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, one worker pool behind many keys."""
    fam = "ginga"
    n_keys = irange(rng, 7, 13)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean", "vultr", "linode"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    org = hexid(rng, "org")
    shared_card = chance(rng, 0.6)
    card = hexid(rng, "pay")
    ua = sdk_ua(rng, 0.3)
    langs = ("en", "zh", "es", "ru")
    lw = rng.dirichlet([3.0, 1.5, 1.0, 1.0])
    sw = rng.dirichlet(np.ones(5))
    p_local = _uniform(rng, 0.2, 0.7)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card if shared_card else None,
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    pre_rate, post_rate = _uniform(rng, 5, 14), _uniform(rng, 25, 48)
    ramp = ctx.release + _uniform(rng, 0.5, 6) * HOUR
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(rng, ramp, ctx.t1, post_rate, n_keys)
    for acct, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = _cat([t_pre, t_post])
        li, si = _draw(rng, lw, len(ts)), _draw(rng, sw, len(ts))
        prompts = [texts.reasoning(rng, langs[a], b, p_local) for a, b in zip(li, si, strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=1100,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n_keys,
            "provider": provider,
            "payment": "one shared prepaid card" if shared_card else "one prepaid card per key",
            "pacing": "Poisson worker pool, rate jumps after release",
            "rates_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "languages": list(langs),
            "user_agent": ua,
        },
    )


def meia_lua(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading harvest at night through VPN exits, stolen cards."""
    fam = "meia_lua"
    n_keys = irange(rng, 5, 9)
    cards = [hexid(rng, "pay") for _ in range(2)]
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "vultr", "scaleway"))
    exits = cloud(rng, irange(rng, 12, 30), vpn)
    tz = pick(rng, TZS)
    langs = ("en", "de", "fr")
    lw = rng.dirichlet([4.0, 1.2, 1.2])
    sw = rng.dirichlet(np.ones(4))
    hold = _uniform(rng, 10, 60) * MINUTE
    accts = []
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=pick(rng, SDK_OTHER),
            ips=exits,
        )
        accts.append(acct)
        nights = (ctx.t1 - start) / DAY
        starts = thinned(
            rng,
            start,
            ctx.t1,
            nights * _uniform(rng, 1.2, 2.8),
            nightly(_uniform(rng, 0, 2), 4.5, tz),
        )
        ts = _cat(bursts(rng, starts, _uniform(rng, 20, 60), _uniform(rng, 2, 8), 0.6, ctx.t1))
        li, si = _draw(rng, lw, len(ts)), _draw(rng, sw, len(ts))
        prompts = [
            texts.judge(rng, ctx.chat, ctx.passages, langs[a], b)
            for a, b in zip(li, si, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            ips=sticky(rng, ts, exits, hold),
            comp_median=420,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "orgs": "one per key",
            "payment": "two stolen cards alternating over keys",
            "ip_source": f"VPN exits in {vpn} ranges, sticky {int(hold)} s",
            "pacing": f"night bursts (UTC{tz:+d}, starting 0-6.5 h local)",
            "languages": list(langs),
        },
    )


def armada(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy rewrites from throwaway accounts behind rotating residential proxies."""
    fam = "armada"
    n = irange(rng, 18, 30)
    region = pick(rng, ("us", "eu", "sea", "jp_kr", "latam"))
    pool = resi(rng, 600, region)
    rotate = chance(rng, 0.6)
    hold = _uniform(rng, 10, 40) * MINUTE
    ua = pick(rng, ("python-httpx/0.28.1", BROWSERS[0], "OpenAI/Python 1.54.0"))
    langs = ("zh", "en", "ru")
    lw = rng.dirichlet([5.0, 3.5, 1.5])
    sw = rng.dirichlet(np.ones(3))
    begin = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    span = ctx.t1 - begin
    accts = []
    for i in range(n):
        acct = ctx.account(
            rng, label="campaign", family=fam, role="throwaway", campaign_id=cid, ua=ua, ips=pool
        )
        accts.append(acct)
        a = begin + (i + _uniform(rng, 0, 1)) * span / n - _uniform(rng, 0, 0.3) * DAY
        b = a + _uniform(rng, 0.5, 2.0) * DAY
        starts = thinned(
            rng, a, b, (b - a) / HOUR * _uniform(rng, 0.7, 1.5), lambda t: np.ones(len(t))
        )
        ts = _cat(bursts(rng, starts, _uniform(rng, 3, 9), _uniform(rng, 3, 20), 0.7, b))
        li, si = _draw(rng, lw, len(ts)), _draw(rng, sw, len(ts))
        prompts = [
            texts.policy_rewrite(rng, ctx.chat, ctx.passages, langs[x], y)
            for x, y in zip(li, si, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.02),
            ips=picks(rng, pool, len(ts)) if rotate else sticky(rng, ts, pool, hold),
            comp_median=520,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship_safe_policy_rewrites",
            "accounts": n,
            "payment": "one prepaid card per throwaway account",
            "ip_source": f"rotating residential proxy ({region}), "
            + ("new address per request" if rotate else f"sticky {int(hold)} s"),
            "pacing": "each account lives 0.5-2 days, bursts of a few requests",
            "languages": list(langs),
            "user_agent": ua,
        },
    )


def queixada(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use trajectories: episodes of growing tool transcripts from a cloud project."""
    fam = "queixada"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "aws", "azure"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.7)
    per_hour = _uniform(rng, 2.0, 4.5)
    gap = _uniform(rng, 4, 12)
    for acct, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 16)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            task, style = texts.agent_task(rng), irange(rng, 0, 2)
            for step in range(k):
                prompts.append(texts.agent_step(rng, task, step, ctx.passages, style))
                extra.append(600 + 220 * step + irange(rng, 0, 150))
            ts_all.append(t)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        if len(ts) == 0:
            continue
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            extra=np.asarray(extra),
            comp_median=180,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_use_transcripts",
            "keys": n_keys,
            "provider": provider,
            "payment": "one shared card",
            "pacing": f"episodes of 4-16 steps, {per_hour:.1f} episodes/h over the pool",
            "languages": ["en"],
            "user_agent": ua,
        },
    )


def martelo(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation on cron schedules from several small hosting orgs."""
    fam = "martelo"
    n_orgs = irange(rng, 2, 3)
    langs = ("en", "pt", "hi", "id")
    lw = rng.dirichlet([4.0, 1.5, 1.0, 1.0])
    sw = rng.dirichlet(np.ones(4))
    accts = []
    periods = []
    for _ in range(n_orgs):
        org, card = hexid(rng, "org"), hexid(rng, "pay")
        provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway", "leaseweb"))
        ua = sdk_ua(rng, 0.4)
        for _ in range(irange(rng, 3, 5)):
            acct = ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="generator",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=cloud(rng, 1, provider),
            )
            accts.append(acct)
            period = _uniform(rng, 420, 1300)
            periods.append(round(period))
            a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
            ts = a + np.arange(0.0, ctx.t1 - a, period)
            ts = np.sort(ts + rng.normal(0, period * 0.08, size=len(ts)))
            li, si = _draw(rng, lw, len(ts)), _draw(rng, sw, len(ts))
            prompts = [
                texts.synth_data(rng, ctx.chat, langs[x], y) for x, y in zip(li, si, strict=True)
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.93, 0.03),
                comp_median=1800,
                comp_sigma=0.35,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "orgs": n_orgs,
            "keys": len(accts),
            "payment": "one card per org",
            "pacing": "cron with 8% jitter",
            "periods_s": periods,
            "languages": list(langs),
        },
    )


def bencao(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Multi-turn dialogue harvest from aged accounts posing as people at home."""
    fam = "bencao"
    n = irange(rng, 28, 42)
    lang_of = ("en", "en", "en", "es", "de", "pt")
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE)
        pool = home(rng, irange(rng, 3, 8), tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        lang = pick(rng, lang_of)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        a = ctx.t0 + _uniform(rng, 0, 1.0) * DAY
        sessions = session_times(
            rng,
            a,
            ctx.t1,
            _uniform(rng, 1.5, 4.0),
            curve,
            _uniform(rng, 3, 7),
            _uniform(rng, 40, 110),
        )
        prompts = []
        opener = ""
        for sess in sessions:
            for j in range(len(sess)):
                if j == 0:
                    opener = (
                        pick(rng, ctx.chat)
                        if chance(rng, 0.85)
                        else texts.expert_question(rng, lang)
                    )
                    prompts.append(opener)
                else:
                    prompts.append(texts.followup(rng, lang, opener))
        ts = _cat(sessions)
        if len(ts) == 0:
            continue
        p_new = _uniform(rng, 0.55, 0.85)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=sticky(rng, ts, pool, _uniform(rng, 1, 3) * HOUR),
            comp_median=480,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "accounts": n,
            "payment": "each bought account keeps its own card",
            "ip_source": "residential proxy in the account's home region, sticky per session",
            "pacing": "human-like sessions, evening or office curve in the claimed time zone",
            "languages": sorted(set(lang_of)),
            "hard": True,
        },
    )


def rasteira(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n / soft-label sampling: each item sent n times within seconds."""
    fam = "rasteira"
    n_keys = irange(rng, 3, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    block = rented_block(rng, "aws", irange(rng, 1, 2), 3)
    ua = pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0"))
    sw = rng.dirichlet(np.ones(5))
    start = ctx.release - _uniform(rng, 0, 1.0) * DAY
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=picks(rng, block, 2),
        )
        accts.append(acct)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            (ctx.t1 - start) / HOUR * _uniform(rng, 2.0, 4.0),
            global_load(14.0, 0.3),
        )
        ts_list, prompts, comps = [], [], []
        for s in starts.tolist():
            reps = irange(rng, 4, 8)
            style = _draw(rng, sw, 1)[0]
            text = texts.soft_label_item(rng, ctx.chat, ctx.passages, style)
            ts_list.append(
                s
                + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=reps - 1))])
            )
            prompts.extend([text] * reps)
            comps.extend([600.0 if style == 3 else 12.0] * reps)
        if not ts_list:
            continue
        ts = np.concatenate(ts_list)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=np.asarray(comps),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "keys": n_keys,
            "provider": "aws",
            "payment": "one card",
            "pacing": "items at 2-4/h per key, each repeated 4-8 times seconds apart",
            "languages": ["en"],
            "user_agent": ua,
        },
    )


def esquiva(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Harvest hidden inside a real writing-assistant product's own traffic."""
    fam = "esquiva"
    product = pick(rng, ("Quillmate", "Draftwell", "Inkpilot", "Prosewise"))
    version = f"v{irange(rng, 2, 5)}.{irange(rng, 0, 9)}"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    egress = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1"))
    n_keys = irange(rng, 2, 4)
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
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    curve = global_load(_uniform(rng, 13, 19), 0.6)
    user_rate = _uniform(rng, 22, 40)
    users = thinned(rng, ctx.t0, ctx.t1, (ctx.t1 - ctx.t0) / HOUR * user_rate, curve)
    h0 = ctx.release - _uniform(rng, 0, 12) * HOUR
    harvest_rate = _uniform(rng, 8, 18)
    harv = thinned(rng, h0, ctx.t1, (ctx.t1 - h0) / HOUR * harvest_rate, curve)
    hl = ("en", "en", "es", "fr")
    u_prompts = []
    for _ in range(len(users)):
        mode = texts.product_mode(rng)
        text = (
            pick(rng, ctx.chat)
            if mode == "Ask AI"
            else texts.trim(pick(rng, ctx.passages), 80, 1200, rng)
        )
        u_prompts.append(texts.product_request(product, version, mode, text))
    h_prompts = []
    for _ in range(len(harv)):
        if chance(rng, 0.75):
            h_prompts.append(
                texts.product_request(
                    product, version, "Ask AI", texts.expert_question(rng, pick(rng, hl))
                )
            )
        else:
            h_prompts.append(
                texts.product_request(
                    product,
                    version,
                    "Continue writing",
                    texts.reasoning(rng, "en", irange(rng, 0, 4), 0.0),
                )
            )
    u_models = ctx.models(rng, users, 0.45, 0.1)
    h_models = ctx.models(rng, harv, 0.9, 0.0)
    ts = np.concatenate([users, harv])
    order = np.argsort(ts, kind="stable")
    prompts = u_prompts + h_prompts
    models = u_models + h_models
    comps = np.concatenate([np.full(len(users), 300.0), np.full(len(harv), 900.0)])
    who = rng.integers(0, n_keys, size=len(ts))
    for k, acct in enumerate(accts):
        sel = order[who[order] == k]
        ctx.emit(
            rng,
            acct,
            ts[sel],
            [prompts[i] for i in sel.tolist()],
            models=[models[i] for i in sel.tolist()],
            comp_median=comps[sel],
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "product": product,
            "keys": n_keys,
            "payment": "the company's card",
            "ip_source": f"{provider} egress shared by product and harvest",
            "pacing": f"product users {user_rate:.0f}/h on a global curve; harvest {harvest_rate:.0f}/h on the same curve from release",
            "harvest_share": round(len(harv) / max(1, len(ts)), 3),
            "languages": ["en", "es", "fr"],
            "hard": True,
        },
    )


def berimbau(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep over subjects x concepts x levels, started right after the release."""
    fam = "berimbau"
    n_keys = irange(rng, 6, 10)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    ua = sdk_ua(rng, 0.5)
    langs = ("en", "ja", "ko", "fr")
    lw = rng.dirichlet([3.0, 1.2, 1.2, 1.0])
    order = [int(i) for i in rng.permutation(len(texts.SUBJECTS))]
    sweep = [
        (texts.SUBJECTS[i], c, lvl)
        for i in order
        for c in texts.CONCEPTS[texts.SUBJECTS[i]]
        for lvl in range(1, 6)
    ]
    start = ctx.release + _uniform(rng, -2, 5) * HOUR
    accts = []
    for k in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=orgs[k % len(orgs)],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(acct)
        lang = langs[_draw(rng, lw, 1)[0]]
        ts = thinned(
            rng,
            start,
            ctx.t1,
            (ctx.t1 - start) / HOUR * _uniform(rng, 7, 16),
            lambda t: np.ones(len(t)),
        )
        prompts = []
        for j in range(len(ts)):
            unit = k + j * n_keys
            subject, topic, lvl = sweep[unit % len(sweep)]
            prompts.append(texts.curriculum(subject, topic, lvl, lang, unit // len(sweep), unit))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=1400,
            comp_sigma=0.4,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n_keys,
            "orgs": len(orgs),
            "payment": "one prepaid card per key",
            "provider": provider,
            "pacing": "steady Poisson per key from release, sweep interleaved over keys",
            "sweep_items": len(sweep),
            "languages": list(langs),
        },
    )


def atabaque(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code harvest by an outsourcing shop from its office broadband, office hours, script bursts."""
    fam = "atabaque"
    n_keys = irange(rng, 5, 8)
    tz = pick(rng, (5, 8, 2, 3, -3))
    office = home(rng, irange(rng, 1, 3), tz)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    plangs = ("Python", "TypeScript", "Go", "Rust", "Java", "C++", "Kotlin", "C#")
    pw = rng.dirichlet(np.ones(len(plangs)) * 0.8)
    sw = rng.dirichlet(np.ones(4))
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, ("OpenAI/Python 1.58.1", "python-requests/2.32.3", "OpenAI/NodeJS 4.67.1"))
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="office_script",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(acct)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            (ctx.t1 - start) / DAY * _uniform(rng, 5, 10),
            workday(tz, weekend=0.0),
        )
        ts = _cat(bursts(rng, starts, _uniform(rng, 10, 28), _uniform(rng, 3, 9), 0.5, ctx.t1))
        pi, si = _draw(rng, pw, len(ts)), _draw(rng, sw, len(ts))
        prompts = [texts.code_task(rng, plangs[a], b) for a, b in zip(pi, si, strict=True)]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=900,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code_harvest",
            "keys": n_keys,
            "payment": "one company card",
            "ip_source": f"office broadband (UTC{tz:+d}), static address count {len(office)}",
            "pacing": "script bursts during office hours, no weekends",
            "languages": ["en"],
            "programming_languages": list(plangs),
        },
    )


_CROWD_TZ = {"en": (-5, -8, 0, 1), "es": (-3, -5, 1), "pt": (-3,), "hi": (5,), "tl": (8,)}
_V6_OF = {
    "en": "us_mobile",
    "es": "br_mobile",
    "pt": "br_mobile",
    "hi": "in_mobile",
    "tl": "in_mobile",
}


def mandinga(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Low-and-slow crowd: paid microtask workers paste the operator's questions into their
    own personal accounts."""
    fam = "mandinga"
    n = irange(rng, 45, 75)
    langs = tuple(_CROWD_TZ)
    lw = rng.dirichlet([2.5, 1.5, 1.5, 1.5, 1.2])
    posted = ctx.release + _uniform(rng, -0.5, 0.5) * DAY
    pools = {lg: [texts.expert_question(rng, lg) for _ in range(120)] for lg in langs}
    sloppy = _uniform(rng, 0.1, 0.4)
    accts = []
    for _ in range(n):
        lang = langs[_draw(rng, lw, 1)[0]]
        tz = pick(rng, _CROWD_TZ[lang])
        ips = home(rng, 1, tz)
        if chance(rng, 0.3):
            ips = ips + mobile_v6(rng, 2, _V6_OF[lang])
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, MOBILE[:3])
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_worker",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        curve = evening_person(tz)
        if chance(rng, 0.5):
            hist = _cat(
                session_times(rng, ctx.t0, posted, _uniform(rng, 0.3, 1.0), curve, 2.5, 70.0)
            )
            ctx.emit(
                rng,
                acct,
                hist,
                picks(rng, ctx.chat, len(hist)),
                models=ctx.models(rng, hist, 0.3, 0.1),
                comp_median=350,
            )
        join = posted + float(rng.exponential(0.5 * DAY))
        quota = irange(rng, 8, 40)
        sessions = session_times(
            rng,
            join,
            ctx.t1,
            _uniform(rng, 1, 3),
            curve,
            _uniform(rng, 3, 8),
            _uniform(rng, 50, 150),
        )
        ts = _cat(sessions)[:quota]
        off = irange(rng, 0, 119)
        prompts = []
        for j in range(len(ts)):
            if j > 0 and chance(rng, 0.15):
                prompts.append(texts.followup(rng, lang))
            else:
                tid = (off + j) % 120
                prompts.append(texts.crowd_wrap(rng, pools[lang][tid], lang, 1000 + tid, sloppy))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, _uniform(rng, 0.75, 0.9), 0.02),
            comp_median=800,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowdsourced_harvest_personal_accounts",
            "accounts": n,
            "payment": "each worker's own card",
            "ip_source": "workers' home broadband, some phones",
            "pacing": "evening sessions, 8-40 tasks per worker after the task is posted",
            "task_pool": 120,
            "languages": list(langs),
            "hard": True,
        },
    )


def malandragem(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Compromised aged accounts: real owners keep using them while the operator replays a
    public prompt collection through them after the release."""
    fam = "malandragem"
    n = irange(rng, 12, 20)
    proxy_region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = resi(rng, irange(rng, 30, 80), proxy_region)
    tool_ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.54.0", "python-requests/2.32.3"))
    offset = irange(rng, 0, max(0, len(ctx.chat) - 1))
    geo_match = chance(rng, 0.7)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        own = _cat(session_times(rng, ctx.t0, ctx.t1, _uniform(rng, 0.5, 2.5), curve, 3.0, 60.0))
        ctx.emit(
            rng,
            acct,
            own,
            picks(rng, ctx.chat, len(own)),
            models=ctx.models(rng, own, _uniform(rng, 0.1, 0.4), 0.1),
            comp_median=380,
        )
        t_take = ctx.release + _uniform(rng, -1.0, 1.5) * DAY
        takeovers.append(round(t_take))
        rate = _uniform(rng, 2, 6)
        ts = thinned(
            rng,
            t_take,
            ctx.t1,
            (ctx.t1 - t_take) / HOUR * rate,
            lambda t, c=curve: np.clip(0.3 + 0.7 * c(t), 0, 1),
        )
        a_ips = (
            picks(rng, home(rng, irange(rng, 1, 3), tz), len(ts))
            if geo_match
            else sticky(rng, ts, pool, _uniform(rng, 0.5, 2) * HOUR)
        )
        prompts = [ctx.chat[(offset + j) % len(ctx.chat)] for j in range(len(ts))]
        offset += len(ts)
        a_ua = ua if chance(rng, 0.5) else tool_ua
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            ips=a_ips,
            ua=a_ua,
            comp_median=420,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay_through_compromised_accounts",
            "accounts": n,
            "payment": "the victims' own cards",
            "ip_source": (
                "static residential proxies in each victim's own region"
                if geo_match
                else f"sticky residential proxy pool ({proxy_region})"
            )
            + " for the operator, victims' homes for the owners",
            "pacing": "owners' sessions throughout; operator 2-6/h from takeover on the victim's day curve with a floor",
            "takeover_ts": takeovers,
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "ginga": ginga,
    "meia_lua": meia_lua,
    "armada": armada,
    "queixada": queixada,
    "martelo": martelo,
    "bencao": bencao,
    "rasteira": rasteira,
    "esquiva": esquiva,
    "berimbau": berimbau,
    "atabaque": atabaque,
    "mandinga": mandinga,
    "malandragem": malandragem,
}

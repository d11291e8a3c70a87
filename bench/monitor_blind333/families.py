"""Campaign families of batch 333: twelve distillation operations, each a generator
`family(ctx, rng, campaign_id)` that opens accounts and emits their events through the shared
context (`bench/blind_batch.py`). Every choice is drawn from the family's own rng; nothing here
walks a set or hashes a string.

Names are compost words. The card (README.md) says what each one harvests and how it hides.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
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
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind333 import texts

#: the user agents the campaign-free background actually shows, with their shares
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_UA_SHARE = (0.335, 0.232, 0.152, 0.131, 0.112, 0.037)
BG_BROWSERS = (BG_UAS[1], BG_UAS[3])
BG_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)


def bg_ua(rng: np.random.Generator) -> str:
    return texts.weighted(rng, BG_UAS, BG_UA_SHARE)


def choose_langs(
    rng: np.random.Generator, pool: tuple, lo: int, hi: int, first: str | None = None
) -> list[str]:
    """Some languages of `pool` in pool order (always `first` when given)."""
    k = irange(rng, lo, min(hi, len(pool)))
    idx = sorted(rng.choice(len(pool), size=k, replace=False).tolist())
    out = [pool[i] for i in idx]
    if first is not None and first not in out:
        out = [first] + out[: max(0, k - 1)]
    return out


def lang_weights(rng: np.random.Generator, langs: list[str]) -> list[float]:
    return [float(x) for x in rng.dirichlet(np.full(len(langs), 2.0))]


def concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def assign(rng: np.random.Generator, items: list[np.ndarray], n: int) -> list[list[np.ndarray]]:
    """Hand whole jobs (bursts, episodes, dialogues) to n keys at random."""
    out: list[list[np.ndarray]] = [[] for _ in range(n)]
    for it in items:
        out[int(rng.integers(n))].append(it)
    return out


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def thermophile(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "thermophile"
    n_keys = irange(rng, 6, 14)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))] if chance(rng, 0.4) else []
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    one_ua = texts.weighted(
        rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"), (2, 1, 1)
    )
    per_key_ua = chance(rng, 0.35)
    langs = choose_langs(rng, ("en", "zh", "ru", "es"), 2, 4, first="en")
    lw = lang_weights(rng, langs)
    styles = choose_langs(rng, ("scratch", "narrate", "json"), 1, 3)
    accts = []
    for i in range(n_keys):
        ua = (
            pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1"))
            if per_key_ua
            else one_ua
        )
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=pick(rng, orgs) if orgs else None,
                pay=cards[i % len(cards)],
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate_pre = float(rng.uniform(12, 32))
    boost = float(rng.uniform(1.5, 2.8))
    curve = constant if chance(rng, 0.6) else global_load(float(rng.uniform(0, 24)), 0.3)
    pre = worker_pool(rng, start, max(start, ctx.release), rate_pre, n_keys, curve)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, rate_pre * boost, n_keys, curve)
    comp = float(rng.uniform(900, 1500))
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = np.concatenate([x, y])
        prompts = [
            texts.reasoning_prompt(rng, texts.weighted(rng, langs, lw), pick(rng, styles))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
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
            "provider": provider,
            "cards": len(cards),
            "shared_orgs": len(orgs),
            "languages": langs,
            "styles": styles,
            "rate_pre_per_h": rate_pre,
            "post_release_boost": boost,
            "start": start,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts from one cloud job runner


def leachate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "leachate"
    n_keys = irange(rng, 3, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    runner = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=runner,
        )
        for _ in range(n_keys)
    ]
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(22, 28)) % 24, float(rng.uniform(2, 5))
    per_night = irange(rng, 6, 14)
    nights = (ctx.t1 - ctx.t0) / DAY
    starts = thinned(rng, ctx.t0, ctx.t1, per_night * nights, nightly(start_h, hours, tz))
    size, gap = float(rng.uniform(25, 70)), float(rng.uniform(0.8, 3.0))
    jobs = bursts(rng, starts, size, gap, b=ctx.t1)
    langs = choose_langs(rng, ("en", "de", "ja", "fr"), 2, 4, first="en")
    lw = lang_weights(rng, langs)
    styles = choose_langs(rng, ("pairwise", "rubric", "reward"), 1, 3)
    comp = {"pairwise": 260.0, "rubric": 420.0, "reward": 180.0}
    for a, mine in zip(accts, assign(rng, jobs, n_keys), strict=True):
        ts = concat(mine)
        chosen = [pick(rng, styles) for _ in ts]
        prompts = [
            texts.judge_prompt(rng, texts.weighted(rng, langs, lw), s, ctx.chat, ctx.passages)
            for s in chosen
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=[comp[s] for s in chosen],
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_reward_grading",
            "keys": n_keys,
            "provider": provider,
            "tz": tz,
            "night_start_h": start_h,
            "night_hours": hours,
            "bursts_per_night": per_night,
            "burst_size": size,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites: churned keys on stolen cards behind VPN exits


def digestate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "digestate"
    n_keys = irange(rng, 10, 20)
    providers = choose_langs(rng, ("m247", "leaseweb", "ovh", "vultr"), 1, 3)
    vpn = [ip for p in providers for ip in cloud(rng, irange(rng, 3, 7), p)]
    langs = choose_langs(rng, ("zh", "ru", "ar", "en"), 2, 4)
    lw = lang_weights(rng, langs)
    styles = choose_langs(rng, ("rewrite", "ideal", "safe"), 2, 3)
    rate = float(rng.uniform(8, 20))
    life_lo, life_hi = float(rng.uniform(0.4, 0.8)), float(rng.uniform(1.2, 2.2))
    span0 = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    for i in range(n_keys):
        ua = (
            pick(rng, BROWSERS)
            if chance(rng, 0.45)
            else pick(rng, ("python-requests/2.32.3", "curl/8.5.0"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="disposable_key",
            campaign_id=cid,
            ua=ua,
            ips=vpn,
        )
        accts.append(a)
        born = span0 + (ctx.t1 - span0) * (i + float(rng.uniform(-0.3, 0.3))) / n_keys
        dies = born + float(rng.uniform(life_lo, life_hi)) * DAY
        ts = thinned(
            rng,
            max(born, ctx.t0),
            min(dies, ctx.t1),
            rate * (min(dies, ctx.t1) - max(born, ctx.t0)) / HOUR,
            constant,
        )
        prompts = [
            texts.policy_prompt(rng, texts.weighted(rng, langs, lw), pick(rng, styles)) for _ in ts
        ]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.9), comp_median=420.0, err=0.02
        )
        # chargeback: the key is suspended, the script keeps trying for a while
        if dies < ctx.t1 and chance(rng, 0.5):
            tail = dies + np.cumsum(rng.exponential(90.0, size=irange(rng, 3, 10)))
            ctx.emit(
                rng,
                a,
                tail,
                [texts.policy_prompt(rng, langs[0], styles[0]) for _ in tail],
                models=ctx.models(rng, tail, p_new=0.9),
                comp_median=1.0,
                comp_sigma=0.01,
                status=401,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "vpn_providers": providers,
            "vpn_exits": len(vpn),
            "languages": langs,
            "styles": styles,
            "rate_per_key_h": rate,
            "key_life_days": [life_lo, life_hi],
            "payment": "stolen_card_per_key",
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a cloud k8s egress


def actinomycete(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "actinomycete"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    egress = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.58.1",
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
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    styles = choose_langs(rng, ("react", "xml", "function"), 1, 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(4, 9))
    steps_lo, steps_hi = irange(rng, 2, 4), irange(rng, 8, 14)
    gap = float(rng.uniform(3, 9))
    sys_tokens = irange(rng, 500, 1500)
    per_step = float(rng.uniform(250, 700))
    for a, eps in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, extra = [], [], []
        for s in eps.tolist():
            k = irange(rng, steps_lo, steps_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            style, tools, task = pick(rng, styles), pick(rng, texts.TOOLSETS), texts.agent_task(rng)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(
                    texts.agent_opening(rng, style, tools, task)
                    if j == 0
                    else texts.agent_observation(rng, style, tools, j)
                )
                extra.append(int(sys_tokens + j * per_step))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=220.0,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_transcripts",
            "keys": n_keys,
            "provider": provider,
            "styles": styles,
            "episodes_per_h": rate,
            "steps": [steps_lo, steps_hi],
            "step_gap_s": gap,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation through a residential proxy pool


def windrow(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "windrow"
    n_keys = irange(rng, 18, 36)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    region = pick(rng, ("*", "us", "eu", "latam", "sea", "in"))
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(600, 1800))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(
                rng,
                (
                    "python-requests/2.32.3",
                    "aiohttp/3.11.11",
                    "python-httpx/0.28.1",
                    "OpenAI/Python 1.54.0",
                ),
            ),
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    langs = choose_langs(rng, ("en", "es", "pt", "id", "vi"), 2, 5, first="en")
    lw = lang_weights(rng, langs)
    styles = choose_langs(rng, ("jsonl", "seed", "evalset"), 2, 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(20, 45))
    boost = float(rng.uniform(1.2, 2.5))
    pre = worker_pool(rng, start, max(start, ctx.release), rate, n_keys)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, rate * boost, n_keys)
    for a, x, y in zip(accts, pre, post, strict=True):
        ts = np.concatenate([x, y])
        prompts = [
            texts.synth_prompt(rng, texts.weighted(rng, langs, lw), pick(rng, styles)) for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=sticky(rng, ts, pool, hold),
            comp_median=1600.0,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset",
            "keys": n_keys,
            "cards": len(cards),
            "proxy_region": region,
            "proxy_pool": len(pool),
            "sticky_s": hold,
            "languages": langs,
            "styles": styles,
            "rate_per_h": rate,
            "boost": boost,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest posing as a mobile chat app behind 4G proxies


def mesophile(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mesophile"
    n_keys = irange(rng, 5, 10)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    carrier = pick(rng, ("in_mobile", "br_mobile", "us_mobile", "eu_mobile"))
    ua = pick(rng, ("okhttp/4.12.0", "Dart/3.6 (dart:io)", "CFNetwork/1568.300.101 Darwin/24.2.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_bot",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=mobile_v6(rng, 1, carrier),
        )
        for _ in range(n_keys)
    ]
    langs = choose_langs(rng, ("en", "es", "pt", "hi"), 2, 4, first="en")
    lw = lang_weights(rng, langs)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(3, 6))
    turns_lo, turns_hi = irange(rng, 4, 7), irange(rng, 10, 18)
    gap = float(rng.uniform(8, 20))
    for a, dlg in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, extra, ips = [], [], [], []
        for s in dlg.tolist():
            k = irange(rng, turns_lo, turns_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            lang = texts.weighted(rng, langs, lw)
            ip = mobile_v6(rng, 1, carrier)[0]
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(
                    texts.dialogue_opening(rng, lang, ctx.chat)
                    if j == 0
                    else texts.dialogue_followup(rng, lang)
                )
                extra.append(int(j * rng.uniform(350, 650)))
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=550.0,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue",
            "keys": n_keys,
            "carrier": carrier,
            "languages": langs,
            "dialogues_per_h": rate,
            "turns": [turns_lo, turns_hi],
            "turn_gap_s": gap,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: the same prompt many times in a few seconds


def humification(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "humification"
    n_keys = irange(rng, 4, 9)
    org = hexid(rng, "org") if chance(rng, 0.6) else None
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("oracle", "vultr", "ucloud", "alibaba"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "Go-http-client/2.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pick(rng, cards),
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate = float(rng.uniform(3, 8))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 8, 16)
    gap = float(rng.uniform(0.4, 2.0))
    p_soft = float(rng.uniform(0.2, 0.6))
    p_both = float(rng.uniform(0.1, 0.3))
    for a, items in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, models, comps = [], [], [], []
        for s in items.tolist():
            k = irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            soft = chance(rng, p_soft)
            p = (
                texts.soft_label_prompt(rng, pick(rng, ("probs", "conf")))
                if soft
                else texts.trim(pick(rng, ctx.chat), 1500)
            )
            both = s >= ctx.release and chance(rng, p_both)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(p)
                if both:
                    models.append(ctx.new_model if j % 2 == 0 else ctx.old_models[0])
                else:
                    models.append(
                        ctx.new_model
                        if (tj >= ctx.release and rng.random() < 0.93)
                        else ctx.old_models[0]
                    )
                comps.append(130.0 if soft else 380.0)
        ctx.emit(rng, a, np.asarray(ts_all), prompts, models=models, comp_median=comps, err=0.03)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_labels",
            "keys": n_keys,
            "provider": provider,
            "items_per_h": rate,
            "n": [n_lo, n_hi],
            "gap_s": gap,
            "p_soft": p_soft,
            "p_both_models": p_both,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep over code exercises, slow and steady from an office line


def redworm(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "redworm"
    n_keys = irange(rng, 3, 5)
    pay = hexid(rng, "pay")
    tz = pick(rng, TZS)
    office = home(rng, irange(rng, 1, 2), tz)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            pay=pay,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    code_langs = choose_langs(rng, texts.CODE_LANGS, 3, 6)
    grid = [
        (u, k, lg, lv)
        for u in range(len(texts.CODE_UNITS))
        for k in range(5)
        for lg in code_langs
        for lv in range(1, 6)
    ]
    styles = choose_langs(rng, ("course", "pair", "tag"), 1, 3)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(5, 12))
    offset = irange(rng, 0, len(grid) - 1)
    for i, a in enumerate(accts):
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        prompts = []
        for j in range(len(ts)):
            pos = offset + i + j * n_keys
            u, k, lg, lv = grid[pos % len(grid)]
            prompts.append(
                texts.curriculum_prompt(rng, u, k, lg, lv, styles[(pos // len(grid)) % len(styles)])
            )
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.75), comp_median=900.0, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_code_sweep",
            "keys": n_keys,
            "tz": tz,
            "code_languages": code_langs,
            "grid": len(grid),
            "styles": styles,
            "rate_per_key_h": rate,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: a real product's backend that slips harvest prompts into its user traffic


def mycelium(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mycelium"
    n_keys = irange(rng, 1, 2)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "gcp")))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(30, 60))
    peak, depth = float(rng.uniform(12, 22)), float(rng.uniform(0.5, 0.8))
    h_pre, h_post = float(rng.uniform(0.04, 0.1)), float(rng.uniform(0.18, 0.32))
    langs = choose_langs(rng, ("en", "es", "pt", "de", "fr", "id"), 2, 4, first="en")
    lw = lang_weights(rng, langs)
    ts_all = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth))
    who = rng.integers(0, n_keys, size=len(ts_all))
    n_harvest = 0
    for i, a in enumerate(accts):
        ts = ts_all[who == i]
        prompts, models, comps = [], [], []
        for t in ts.tolist():
            post = t >= ctx.release
            if chance(rng, h_post if post else h_pre):
                n_harvest += 1
                lang = texts.weighted(rng, langs, lw)
                p = (
                    texts.explain_prompt(rng, lang)
                    if chance(rng, 0.7)
                    else (
                        texts.problem(rng, "en")
                        + pick(rng, (" Explain your reasoning.", " Show the working.", ""))
                    )
                )
                prompts.append(p)
                models.append(ctx.new_model if post and chance(rng, 0.85) else ctx.old_models[0])
                comps.append(750.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                models.append(
                    ctx.new_model
                    if post and chance(rng, 0.2)
                    else (ctx.old_models[-1] if chance(rng, 0.18) else ctx.old_models[0])
                )
                comps.append(350.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comps, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n_keys,
            "rate_per_h": rate,
            "harvest_share_pre": h_pre,
            "harvest_share_post": h_post,
            "harvest_events": n_harvest,
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over mid-window for a translation (parallel-text) harvest


def biochar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "biochar"
    n = irange(rng, 12, 24)
    targets = choose_langs(rng, ("es", "pt", "de", "fr", "ja", "ko", "id", "tr", "it", "pl"), 2, 4)
    batches = [ctx.t0 + float(rng.uniform(1.5, 3.5)) * DAY for _ in range(irange(rng, 1, 3))]
    p_keep_ua = float(rng.uniform(0.4, 0.8))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=texts.weighted(rng, BG_UAS, BG_UA_SHARE),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        takeover = pick(rng, batches) + float(rng.uniform(0, 0.4)) * DAY
        # the original owner's last days
        own = session_times(
            rng, ctx.t0, takeover, float(rng.uniform(0.5, 2.0)), evening_person(tz), 4.0, 45.0
        )
        ts = concat(own)
        ctx.emit(
            rng,
            a,
            ts,
            [pick(rng, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.16, p_mini=0.2),
        )
        # the buyer: residential proxies in the owner's region, a new exit per session
        ua = a.ua if chance(rng, p_keep_ua) else "OpenAI/Python 1.54.0"
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.6)
        for sess in session_times(
            rng,
            takeover,
            ctx.t1,
            float(rng.uniform(3, 7)),
            curve,
            float(rng.uniform(6, 14)),
            float(rng.uniform(25, 60)),
        ):
            ip = home(rng, 1, tz)[0]
            prompts = [
                texts.translate_prompt(rng, pick(rng, ctx.passages), pick(rng, targets))
                if chance(rng, 0.8)
                else pick(rng, ctx.chat)
                for _ in sess
            ]
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, p_new=0.55, p_mini=0.1),
                ips=ip,
                ua=ua,
                comp_median=520.0,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_translation_harvest",
            "accounts": n,
            "targets": targets,
            "takeover_batches": batches,
            "p_keep_ua": p_keep_ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts asking one domain's questions


def hugelkultur(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "hugelkultur"
    n = irange(rng, 40, 70)
    domains = choose_langs(rng, tuple(texts.CROWD_Q), 1, 2)
    langs = ("en", "es", "pt", "id", "hi")
    lw = [float(x) for x in rng.dirichlet((6.0, 1.5, 1.5, 1.0, 1.0))]
    p_chat = float(rng.uniform(0.08, 0.2))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = texts.weighted(rng, BG_UAS + (BG_IPHONE,), BG_UA_SHARE + (0.08,))
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        lang = texts.weighted(rng, langs, lw)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        ts = concat(
            session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(0.8, 2.5)),
                evening_person(tz),
                float(rng.uniform(3, 6)),
                float(rng.uniform(35, 90)),
            )
        )
        prompts = [
            pick(rng, ctx.chat)
            if chance(rng, p_chat)
            else texts.crowd_prompt(rng, pick(rng, domains), lang)
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.4, p_mini=0.12),
            comp_median=420.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person_like_crowd",
            "accounts": n,
            "domains": domains,
            "lang_weights": lw,
            "p_chat": p_chat,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public-prompt replay through a "startup team" on office broadband


def vermicast(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "vermicast"
    n = irange(rng, 8, 14)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, TZS)
    office = home(rng, irange(rng, 1, 2), tz)
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    accts = []
    p_new = float(rng.uniform(0.35, 0.6))
    for _ in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="team_member",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=texts.weighted(rng, BG_UAS[:5], BG_UA_SHARE[:5]),
            ips=office,
            tz=tz,
        )
        accts.append(a)
        own_home = home(rng, 1, tz)[0]
        day = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz),
            float(rng.uniform(8, 15)),
            float(rng.uniform(20, 50)),
        )
        eve = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.2, 0.8)), evening_person(tz), 5.0, 40.0
        )
        for sess, ip in [(s, None) for s in day] + [(s, own_home) for s in eve]:
            prompts = []
            for _ in sess:
                prompts.append(ctx.chat[int(order[cursor % len(order)])])
                cursor += 1
            ctx.emit(
                rng,
                a,
                sess,
                prompts,
                models=ctx.models(rng, sess, p_new=p_new, p_mini=0.15),
                ips=ip,
                comp_median=380.0,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public_prompt_replay",
            "accounts": n,
            "tz": tz,
            "p_new": p_new,
            "prompts_replayed": cursor,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "thermophile": thermophile,
    "leachate": leachate,
    "digestate": digestate,
    "actinomycete": actinomycete,
    "windrow": windrow,
    "mesophile": mesophile,
    "humification": humification,
    "redworm": redworm,
    "mycelium": mycelium,
    "biochar": biochar,
    "hugelkultur": hugelkultur,
    "vermicast": vermicast,
}

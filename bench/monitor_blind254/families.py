"""Campaign families of batch 254 (code names from sheep shearing).

Each family is a generator `f(ctx, rng, campaign_id)` that creates its accounts, writes their
events through `ctx.emit` and records the campaign with its drawn parameters. All randomness comes
from the family's own generator, drawn in a fixed order (no set walks, no `hash()`).
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
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
from bench.monitor_blind254 import texts as tx

#: user-agent strings exactly as the simulator's background writes them (looked up in its output)
BG_WIN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"
BG_MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15"
BG_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
BG_FF = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"
BG_EDGE = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0"
BG_BROWSERS = (BG_WIN, BG_WIN, BG_WIN, BG_MAC, BG_MAC, BG_IPHONE, BG_FF, BG_EDGE)
BG_PY, BG_NODE, BG_LC, BG_CURL = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)

#: where a residential address of a UTC offset comes from (mirrors the simulator's address map)
REGION = {
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
LANG_OF_TZ = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "en",
    5: "en",
    8: "id",
    9: "ja",
}


def weighted(rng: np.random.Generator, items: list, alpha: list[float]) -> tuple[list, np.ndarray]:
    """The items and a Dirichlet weight vector over them (one campaign's mix)."""
    return list(items), rng.dirichlet(np.asarray(alpha, dtype=np.float64))


def draw(rng: np.random.Generator, items: list, w: np.ndarray, n: int) -> list:
    return [items[i] for i in rng.choice(len(items), size=n, p=w).tolist()]


def _f(x: float) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion through a rented hosting block


def handpiece(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "handpiece"
    n_keys, n_orgs, n_cards = irange(rng, 6, 14), irange(rng, 1, 3), irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, prov, irange(rng, 2, 4), irange(rng, 3, 6))
    ua_main = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    langs, w = weighted(rng, ["en", "zh", "ru", "es"], [3.0, 2.0, 1.0, 1.0])
    styles = sorted(rng.choice(3, size=irange(rng, 2, 3), replace=False).tolist())
    start = ctx.t0 + float(rng.uniform(0.1, 0.6)) * (ctx.release - ctx.t0)
    r_pre = float(rng.uniform(12, 30))
    r_post = r_pre * float(rng.uniform(1.8, 3.2))
    curve = global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.05, 0.3)))
    p_new, comp = float(rng.uniform(0.88, 0.97)), float(rng.uniform(900, 1500))
    accts = []
    for i in range(n_keys):
        ua = ua_main if chance(rng, 0.8) else sdk_ua(rng, 0.3)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % n_cards],
                ua=ua,
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
    pre = worker_pool(rng, start, ctx.release, r_pre, n_keys, curve)
    post = worker_pool(rng, ctx.release, ctx.t1, r_post, n_keys, curve)
    for a, ta, tb in zip(accts, pre, post, strict=True):
        ts = np.concatenate([ta, tb])
        ls = draw(rng, langs, w, len(ts))
        prompts = [tx.reasoning_prompt(rng, pick(rng, styles), lg) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=float(rng.uniform(0.01, 0.05)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_cards,
            "provider": prov,
            "block_ips": len(block),
            "ua": ua_main,
            "languages": dict(zip(langs, [_f(x) for x in w], strict=True)),
            "styles": styles,
            "rate_per_hour_pre": _f(r_pre),
            "rate_per_hour_post": _f(r_post),
            "start": _f(start),
            "p_new": _f(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading harvest in nightly script bursts


def wool_classer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wool_classer"
    n_keys = irange(rng, 3, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("aws", "gcp"))
    pool = cloud(rng, irange(rng, 2, 6), prov)
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "python-httpx/0.28.1"))
    tz = pick(rng, TZS)
    start_h, hours = float(rng.uniform(20, 24)), float(rng.uniform(4, 8))
    per_night, size, gap = (
        float(rng.uniform(4, 10)),
        float(rng.uniform(40, 90)),
        float(rng.uniform(1.5, 4.0)),
    )
    langs, w = weighted(rng, ["en", "de", "es", "ja"], [4.0, 1.0, 1.0, 1.0])
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    start = ctx.release - float(rng.uniform(1.0, 3.0)) * DAY
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 2)),
        )
        for _ in range(n_keys)
    ]
    starts = thinned(
        rng, start, ctx.t1, per_night * (ctx.t1 - start) / DAY, nightly(start_h, hours, tz)
    )
    trains = bursts(rng, starts, size, gap, 0.6, ctx.t1)
    owner = rng.integers(0, n_keys, size=len(trains)).tolist()
    p_new = float(rng.uniform(0.8, 0.95))
    for k, a in enumerate(accts):
        mine = [t for t, o in zip(trains, owner, strict=True) if o == k]
        ts = np.concatenate(mine) if mine else np.empty(0)
        prompts = [
            tx.judge_prompt(rng, pick(rng, styles), lg, ctx.chat, ctx.passages)
            for lg in draw(rng, langs, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=float(rng.uniform(250, 450)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "keys": n_keys,
            "provider": prov,
            "ips": len(pool),
            "ua": ua,
            "tz": tz,
            "night_start_h": _f(start_h),
            "night_hours": _f(hours),
            "bursts_per_night": _f(per_night),
            "burst_size": _f(size),
            "gap_s": _f(gap),
            "styles": styles,
            "languages": dict(zip(langs, [_f(x) for x in w], strict=True)),
            "start": _f(start),
            "p_new": _f(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe / censorship-safe rewrites on short-lived keys paid with stolen cards, via VPN exits


def rouseabout(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rouseabout"
    n_keys = irange(rng, 10, 20)
    vpn = pick(rng, ("m247", "leaseweb", "digitalocean"))
    exits = rented_block(rng, vpn, irange(rng, 4, 8), irange(rng, 4, 8))
    langs, w = weighted(rng, ["en", "fr", "pt", "ar", "zh"], [3.0, 1.0, 1.0, 1.0, 1.0])
    p_new = float(rng.uniform(0.85, 0.97))
    accts, lives = [], []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=picks(rng, exits, irange(rng, 3, 6)),
        )
        s = float(rng.uniform(ctx.t0 + 1.0 * DAY, ctx.t1 - 0.3 * DAY))
        life = float(rng.uniform(0.4, 2.0)) * DAY
        rate = float(rng.uniform(4, 12))
        ts = thinned(rng, s, min(ctx.t1, s + life), rate * life / HOUR, lambda t: np.ones(len(t)))
        sty = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
        prompts = [
            tx.policy_prompt(rng, pick(rng, sty), lg, ctx.passages)
            for lg in draw(rng, langs, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=float(rng.uniform(500, 800)),
            err=0.04,
        )
        accts.append(a)
        lives.append(_f(life / HOUR))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-safe rewrites and refusal-boundary answers",
            "keys": n_keys,
            "cards": "one stolen card per key",
            "vpn_provider": vpn,
            "exits": len(exits),
            "key_life_hours": lives,
            "languages": dict(zip(langs, [_f(x) for x in w], strict=True)),
            "p_new": _f(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories: multi-step task bursts from a cloud worker pool


def crutching(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "crutching"
    n_keys, n_cards = irange(rng, 3, 6), irange(rng, 1, 2)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    prov = pick(rng, ("gcp", "azure"))
    pool = cloud(rng, irange(rng, 3, 8), prov)
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "langchain-openai/0.3.6", "Go-http-client/2.0"))
    tasks_h, step_gap = float(rng.uniform(3, 6)), float(rng.uniform(6, 15))
    lo_steps, hi_steps = irange(rng, 3, 5), irange(rng, 8, 14)
    zh = float(rng.uniform(0.0, 0.4))
    start = jitter_start(rng, ctx.t0, ctx.release, 0.7)
    p_new = float(rng.uniform(0.85, 0.97))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent-runner",
            campaign_id=cid,
            org=org,
            pay=cards[i % n_cards],
            ua=ua,
            ips=picks(rng, pool, 2),
        )
        for i in range(n_keys)
    ]
    starts = worker_pool(
        rng, start, ctx.t1, tasks_h, n_keys, global_load(float(rng.uniform(0, 24)), 0.15)
    )
    for a, st in zip(accts, starts, strict=True):
        ts_all, prompts, extra = [], [], []
        for s in st.tolist():
            k = irange(rng, lo_steps, hi_steps)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.5, size=k - 1))]
            )
            task = tx.agent_task(rng, "zh" if chance(rng, zh) else "en")
            style = irange(rng, 0, 2)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step(rng, style, task, j, j == k - 1, ctx.passages))
                extra.append(j * irange(rng, 300, 900))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=float(rng.uniform(180, 320)),
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectories",
            "keys": n_keys,
            "cards": n_cards,
            "provider": prov,
            "ua": ua,
            "tasks_per_hour": _f(tasks_h),
            "steps": [lo_steps, hi_steps],
            "step_gap_s": _f(step_gap),
            "zh_share": _f(zh),
            "start": _f(start),
            "p_new": _f(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation: a curriculum sweep over a taxonomy in a few long runs


def dagging(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dagging"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("azure", "aws"))
    pool = cloud(rng, irange(rng, 1, 3), prov)
    ua = pick(rng, ("aiohttp/3.11.11", "python-requests/2.32.3"))
    langs, w = weighted(rng, ["en", "es", "hi", "id", "vi", "de"], [4.0, 1.0, 1.0, 1.0, 1.0, 1.0])
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=pool,
        )
        for _ in range(n_keys)
    ]
    n_runs = irange(rng, 3, 5)
    runs = []
    for _ in range(n_runs):
        s = float(rng.uniform(ctx.release - 1.5 * DAY, ctx.t1 - 6 * HOUR))
        runs.append((s, s + float(rng.uniform(3, 10)) * HOUR, float(rng.uniform(60, 140))))
    runs.sort()
    ts = np.sort(
        np.concatenate(
            [thinned(rng, a, b, r * (b - a) / HOUR, lambda t: np.ones(len(t))) for a, b, r in runs]
        )
    )
    combos = [(d, s, diff) for diff in tx.DIFFICULTY for d in tx.TAXONOMY for s in tx.TAXONOMY[d]]
    who = rng.integers(0, n_keys, size=len(ts))
    prompts = [
        tx.synth_prompt(rng, pick(rng, styles), *combos[i % len(combos)], lg)
        for i, lg in enumerate(draw(rng, langs, w, len(ts)))
    ]
    p_new, comp = float(rng.uniform(0.9, 0.98)), float(rng.uniform(1500, 2500))
    for k, a in enumerate(accts):
        sel = np.flatnonzero(who == k)
        ctx.emit(
            rng,
            a,
            ts[sel],
            [prompts[i] for i in sel.tolist()],
            models=ctx.models(rng, ts[sel], p_new, 0.01),
            comp_median=comp,
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "provider": prov,
            "ua": ua,
            "runs": [[_f(a), _f((b - a) / HOUR), _f(r)] for a, b, r in runs],
            "styles": styles,
            "languages": dict(zip(langs, [_f(x) for x in w], strict=True)),
            "p_new": _f(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest from a phone farm on carrier IPv6 (semi-hard)


def belly_wool(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "belly_wool"
    n_keys = irange(rng, 5, 10)
    cards = [hexid(rng, "pay") for _ in range(2)]
    langs, w = weighted(rng, ["en", "pt", "es", "hi"], [3.0, 1.5, 1.5, 1.0])
    carrier = {"en": "us_mobile", "pt": "br_mobile", "es": "eu_mobile", "hi": "in_mobile"}
    conv_h, gap = float(rng.uniform(1.5, 3.5)), float(rng.uniform(25, 70))
    lo, hi = irange(rng, 4, 6), irange(rng, 10, 20)
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    p_new = float(rng.uniform(0.55, 0.8))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=cid,
            pay=cards[i % 2],
            ua=pick(rng, MOBILE[3:] + (BG_IPHONE,)),
            ips=["::1"],
        )
        for i in range(n_keys)
    ]
    conv_starts = worker_pool(
        rng,
        start,
        ctx.t1,
        conv_h * n_keys / 3.0,
        n_keys,
        global_load(float(rng.uniform(0, 24)), 0.35),
    )
    for a, st in zip(accts, conv_starts, strict=True):
        ts_all, prompts, ips = [], [], []
        for s in st.tolist():
            lg = draw(rng, langs, w, 1)[0]
            k = irange(rng, lo, hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            ip = mobile_v6(rng, 1, carrier[lg])[0]
            topic = pick(rng, tx.CONCEPTS)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.dialogue_turn(rng, lg, topic, j, ctx.chat))
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=float(rng.uniform(300, 500)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "cards": 2,
            "conversations_per_hour_per_3_keys": _f(conv_h),
            "turns": [lo, hi],
            "turn_gap_s": _f(gap),
            "ip_source": "carrier IPv6, one per conversation",
            "languages": dict(zip(langs, [_f(x) for x in w], strict=True)),
            "start": _f(start),
            "p_new": _f(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling: the same item n times, fanned out over keys, both models


def wool_press(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wool_press"
    n_keys = irange(rng, 4, 9)
    shared_card = chance(rng, 0.5)
    card = hexid(rng, "pay")
    prov = pick(rng, ("oracle", "contabo", "linode"))
    pool = cloud(rng, irange(rng, 3, 6), prov)
    ua = pick(rng, ("OpenAI/Python 1.63.2", "OpenAI/Python 1.58.1"))
    groups_h = float(rng.uniform(6, 15))
    n_choices = [4, 5, 8, 10, 16][: irange(rng, 2, 5)]
    p_fan, p_contrast = float(rng.uniform(0.2, 0.7)), float(rng.uniform(0.1, 0.4))
    langs, w = weighted(rng, ["en", "ko", "de"], [4.0, 1.0, 1.0])
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=card if shared_card else None,
            ua=ua,
            ips=picks(rng, pool, 2),
        )
        for _ in range(n_keys)
    ]
    cols: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(n_keys)]
    comp_of = {0: 12.0, 1: 25.0, 2: 20.0, 3: 260.0}
    new, old = ctx.new_model, ctx.old_models[0]
    for g in thinned(
        rng, start, ctx.t1, groups_h * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t))
    ).tolist():
        style = pick(rng, styles)
        lg = draw(rng, langs, w, 1)[0] if style < 2 else "en"
        prompt = tx.sample_item(rng, style, lg)
        n = pick(rng, n_choices)
        t = g + np.cumsum(rng.lognormal(np.log(1.2), 0.7, size=n))
        fan = irange(rng, 2, 3) if chance(rng, p_fan) else 1
        keys = rng.choice(n_keys, size=fan, replace=False).tolist()
        contrast = chance(rng, p_contrast) and g >= ctx.release
        for j, tj in enumerate(t.tolist()):
            c = cols[keys[j % fan]]
            c[0].append(tj)
            c[1].append(prompt)
            if g < ctx.release:
                c[2].append(old)
            else:
                c[2].append((old if j % 2 else new) if contrast else new)
            c[3].append(comp_of[style])
    for a, (ts, prompts, models, comp) in zip(accts, cols, strict=True):
        order = np.argsort(np.asarray(ts), kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            np.asarray(ts)[order],
            [prompts[i] for i in order],
            models=[models[i] for i in order],
            comp_median=np.asarray(comp)[order],
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "shared_card": shared_card,
            "provider": prov,
            "ua": ua,
            "groups_per_hour": _f(groups_h),
            "n_choices": n_choices,
            "p_fan_out": _f(p_fan),
            "p_contrast_models": _f(p_contrast),
            "styles": styles,
            "languages": dict(zip(langs, [_f(x) for x in w], strict=True)),
            "start": _f(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. translation harvest: each source segment swept over many target languages, slow and steady


def gun_shearer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gun_shearer"
    n_keys, n_orgs = irange(rng, 3, 5), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    prov = pick(rng, ("alibaba", "tencent", "huawei"))
    pool = cloud(rng, irange(rng, 2, 4), prov) + resi(rng, irange(rng, 0, 2), "cn")
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0"))
    rate = float(rng.uniform(4, 10))
    n_tgt = irange(rng, 6, 12)
    targets = [
        tx.TARGETS[i] for i in rng.choice(len(tx.TARGETS), size=n_tgt, replace=False).tolist()
    ]
    styles = sorted(rng.choice(4, size=irange(rng, 1, 3), replace=False).tolist())
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    p_new = float(rng.uniform(0.85, 0.95))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=picks(rng, pool, irange(rng, 1, 2)),
        )
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t)))
        prompts, src, style = [], "", 0
        for j in range(len(ts)):
            if j % n_tgt == 0:
                src, style = tx.sentences(rng, ctx.passages, irange(rng, 1, 3)), pick(rng, styles)
            prompts.append(tx.translation_prompt(rng, style, src, targets[j % n_tgt]))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=float(rng.uniform(150, 350)),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest (parallel corpus)",
            "keys": n_keys,
            "orgs": n_orgs,
            "provider": prov,
            "ips": len(pool),
            "ua": ua,
            "rate_per_hour_per_key": _f(rate),
            "targets": targets,
            "styles": styles,
            "start": _f(start),
            "p_new": _f(p_new),
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: code/reasoning harvest interleaved with a real product's traffic on the product's keys


def long_blow(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "long_blow"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, (BG_NODE, BG_PY))
    nat = cloud(rng, irange(rng, 3, 6), "aws")
    curve = global_load(float(rng.uniform(13, 17)), float(rng.uniform(0.4, 0.65)))
    rate = float(rng.uniform(15, 30))
    share = [0.7, 0.25, 0.05][:n_keys]
    h_frac = float(rng.uniform(0.25, 0.45))
    h_start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    p_prod, p_harv = float(rng.uniform(0.15, 0.35)), float(rng.uniform(0.7, 0.9))
    accts = []
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role=("prod", "prod-eu", "staging")[i],
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=nat[i::n_keys] or nat[:1],
        )
        r = rate * share[i] / sum(share)
        prod = thinned(rng, ctx.t0, ctx.t1, r * (ctx.t1 - ctx.t0) / HOUR, curve)
        harv = thinned(rng, h_start, ctx.t1, r * h_frac * (ctx.t1 - h_start) / HOUR, curve)
        ts = np.concatenate([prod, harv])
        is_h = np.concatenate([np.zeros(len(prod), bool), np.ones(len(harv), bool)])
        order = np.argsort(ts, kind="stable")
        ts, is_h = ts[order], is_h[order]
        prompts = [
            tx.code_harvest_prompt(rng) if h else tx.product_prompt(rng, ctx.chat, ctx.passages, "")
            for h in is_h.tolist()
        ]
        m_prod = ctx.models(rng, ts, p_prod, 0.25)
        m_harv = ctx.models(rng, ts, p_harv, 0.0)
        models = [mh if h else mp for mp, mh, h in zip(m_prod, m_harv, is_h.tolist(), strict=True)]
        comp = np.where(is_h, 700.0, 320.0)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, err=0.008)
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "keys": n_keys,
            "ua": ua,
            "nat_ips": len(nat),
            "product_rate_per_hour": _f(rate),
            "harvest_fraction": _f(h_frac),
            "harvest_start": _f(h_start),
            "p_new_product": _f(p_prod),
            "p_new_harvest": _f(p_harv),
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over around the release, harvest behind same-region proxies


def tar_boy(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tar_boy"
    n = irange(rng, 12, 25)
    hold = float(rng.uniform(30, 90)) * MINUTE
    p_new = float(rng.uniform(0.6, 0.85))
    p_cover = float(rng.uniform(0.05, 0.2))
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged-account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        take = ctx.release + float(rng.uniform(-0.5, 1.2)) * DAY
        own_curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        s1 = session_times(rng, ctx.t0, take, float(rng.uniform(0.5, 2.0)), own_curve, 3.0, 70.0)
        t1 = np.concatenate(s1) if s1 else np.empty(0)
        p1 = [tx.human(rng, ctx.chat) for _ in range(len(t1))]
        s2 = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2.5, 7.0)),
            evening_person(tz, 3.5),
            float(rng.uniform(5, 11)),
            float(rng.uniform(30, 90)),
        )
        t2 = np.concatenate(s2) if s2 else np.empty(0)
        lg = LANG_OF_TZ[tz] if chance(rng, 0.3) else "en"
        p2 = [
            tx.human(rng, ctx.chat)
            if chance(rng, p_cover)
            else tx.casual_harvest(rng, lg, pick(rng, tx.CONCEPTS))
            for _ in range(len(t2))
        ]
        proxy = resi(rng, irange(rng, 15, 40), REGION[tz])
        ips = a.ips * len(t1) + sticky(rng, t2, proxy, hold)
        ts = np.concatenate([t1, t2])
        models = ctx.models(rng, t1, 0.17, 0.18) + ctx.models(rng, t2, p_new, 0.05)
        comp = np.concatenate([np.full(len(t1), 350.0), np.full(len(t2), 600.0)])
        ctx.emit(rng, a, ts, p1 + p2, models=models, ips=ips, comp_median=comp)
        accts.append(a)
        takeovers.append(_f(take))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged accounts bought and repurposed",
            "accounts": n,
            "takeover_ts": takeovers,
            "proxy_hold_min": _f(hold / MINUTE),
            "p_new_after": _f(p_new),
            "cover_share": _f(p_cover),
            "ip_source": "owner's home ISP before, same-region residential proxy after",
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like accounts sharing one curriculum


def penner_up(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "penner_up"
    n = irange(rng, 40, 80)
    order = rng.permutation(len(tx.CONCEPTS)).tolist()
    queue = [tx.CONCEPTS[i] for i in order]
    p_new = float(rng.uniform(0.35, 0.6))
    p_chat = float(rng.uniform(0.05, 0.15))
    per_day, size, gap = (
        float(rng.uniform(0.8, 2.2)),
        float(rng.uniform(3, 6)),
        float(rng.uniform(45, 150)),
    )
    accts, q = [], 0
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_BROWSERS + MOBILE[:3])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=ua,
            ips=resi(rng, irange(rng, 1, 2), REGION[tz]),
            tz=tz,
        )
        onboard = float(rng.uniform(ctx.t0, ctx.t1 - 1.5 * DAY))
        ses = session_times(
            rng,
            onboard,
            ctx.t1,
            per_day * float(rng.uniform(0.6, 1.4)),
            evening_person(tz),
            size,
            gap,
        )
        lg = LANG_OF_TZ[tz] if chance(rng, 0.6) else "en"
        ts_all, prompts = [], []
        for s in ses:
            concept = queue[q % len(queue)]
            q += 1
            for j, tj in enumerate(s.tolist()):
                ts_all.append(tj)
                if chance(rng, p_chat):
                    prompts.append(tx.human(rng, ctx.chat, 600))
                elif j == 0:
                    prompts.append(tx.casual_harvest(rng, lg, concept))
                else:
                    prompts.append(
                        tx.casual_harvest(rng, lg, pick(rng, tx.CONCEPTS))
                        if chance(rng, 0.5)
                        else tx.dialogue_turn(
                            rng, lg if lg in ("en", "pt", "es") else "en", concept, j, ctx.chat
                        )
                    )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.08),
            comp_median=float(rng.uniform(450, 700)),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow person-like crowd over a shared curriculum",
            "accounts": n,
            "sessions_per_day": _f(per_day),
            "session_size": _f(size),
            "gap_s": _f(gap),
            "p_new": _f(p_new),
            "chat_cover": _f(p_chat),
            "ip_source": "residential proxy, 1-2 stable exits per persona in its timezone's region",
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public-prompt replay (ShareGPT human turns verbatim) to get the new model's answers


def catching_pen(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "catching_pen"
    n = irange(rng, 8, 15)
    cards = [hexid(rng, "pay") for _ in range(3)]
    tz = pick(rng, (-5, 1, 8))
    pool = resi(rng, irange(rng, 60, 150), pick(rng, ("us", "eu")))
    hold = float(rng.uniform(10, 30)) * MINUTE
    start = ctx.release - float(rng.uniform(0.0, 0.3)) * DAY
    per_day, size, gap = (
        float(rng.uniform(1.5, 3.5)),
        float(rng.uniform(10, 25)),
        float(rng.uniform(15, 50)),
    )
    p_new, p_cont = float(rng.uniform(0.75, 0.92)), float(rng.uniform(0.02, 0.08))
    order = rng.permutation(len(ctx.chat)).tolist()
    nxt = 0
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[i % 3],
            ua=pick(rng, (BG_WIN, BG_MAC, BG_WIN)),
            ips=pool[:1],
            tz=tz,
        )
        ses = session_times(
            rng, start, ctx.t1, per_day, workday(tz, 7.0, 22.0, 0.6, 0.05), size, gap, 0.9
        )
        ts = np.concatenate(ses) if ses else np.empty(0)
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_cont):
                prompts.append(pick(rng, ("continue", "Continue", "go on", "please continue")))
            else:
                prompts.append(ctx.chat[order[nxt % len(order)]])
                nxt += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, p_new, 0.03),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "accounts": n,
            "cards": 3,
            "tz": tz,
            "proxy_pool": len(pool),
            "proxy_hold_min": _f(hold / MINUTE),
            "sessions_per_day": _f(per_day),
            "session_size": _f(size),
            "gap_s": _f(gap),
            "start": _f(start),
            "p_new": _f(p_new),
            "replayed": nxt,
        },
    )


CAMPAIGN_FAMILIES = {
    "handpiece": handpiece,
    "wool_classer": wool_classer,
    "rouseabout": rouseabout,
    "crutching": crutching,
    "dagging": dagging,
    "belly_wool": belly_wool,
    "wool_press": wool_press,
    "gun_shearer": gun_shearer,
    "long_blow": long_blow,
    "tar_boy": tar_boy,
    "penner_up": penner_up,
    "catching_pen": catching_pen,
}

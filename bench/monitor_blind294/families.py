"""Campaign families of batch 294: twelve distillation operations, each drawn with its own
generator (`build_batch` seeds it from (seed, salt, 1, index)). Code names are words from
jegichagi. Four or more are built to look like legitimate use (see README.md, read after the run).

Every draw happens in a fixed order: no set is walked and nothing is hashed."""

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
from bench.monitor_blind294 import texts

Rng = np.random.Generator

#: user agents seen in the simulator's background (a careful operator copies what it sees)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
BG_BROWSER_W = (0.55, 0.33, 0.05, 0.04, 0.03)
BG_SDKS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_SDK_W = (0.62, 0.2, 0.13, 0.05)

#: what people of each UTC offset tend to write in (first entry most common)
LANGS_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es", "en"),
    2: ("en", "tr"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
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


def _choose(rng: Rng, seq, k: int) -> list:
    idx = rng.choice(len(seq), size=min(k, len(seq)), replace=False).tolist()
    return [seq[i] for i in idx]


def _wpick(rng: Rng, seq, weights) -> object:
    w = np.asarray(weights, dtype=np.float64)
    return seq[int(rng.choice(len(seq), p=w / w.sum()))]


def _langs(rng: Rng, langs: list[str], weights: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=weights).tolist()]


def _uniq(xs: list[str]) -> list[str]:
    return list(dict.fromkeys(xs))


def _person_ua(rng: Rng, p_browser: float = 0.5) -> str:
    if chance(rng, p_browser):
        return _wpick(rng, BG_BROWSERS, BG_BROWSER_W)
    return _wpick(rng, BG_SDKS, BG_SDK_W)


def _person_tz(rng: Rng, weights: dict[int, float] | None = None) -> int:
    if weights is None:
        return pick(rng, TZS)
    keys = list(weights)
    return _wpick(rng, keys, [weights[k] for k in keys])


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# ============================================================================================
# 1. reasoning-trace coercion from a rented block


def yeopjeon(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "yeopjeon"
    n_keys = irange(rng, 6, 14)
    shared_org = chance(rng, 0.5)
    org = hexid(rng, "org")
    n_cards = irange(rng, 1, 3) if chance(rng, 0.45) else n_keys
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua_main = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "OpenAI/Python 1.58.1",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    langs = ["en", *_choose(rng, list(texts.REASONING_LANGS[1:]), irange(rng, 2, 4))]
    lw = rng.dirichlet(np.full(len(langs), 1.5))
    lw[0] += float(rng.uniform(0.2, 0.8))
    lw = lw / lw.sum()
    styles = _choose(rng, list(texts.REASONING_STYLES), irange(rng, 2, 4))
    accts = []
    for i in range(n_keys):
        ua = ua_main if chance(rng, 0.75) else sdk_ua(rng)
        ips = _uniq(picks(rng, block, irange(rng, 1, 4)))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org if shared_org else None,
                pay=cards[i % n_cards],
                ua=ua,
                ips=ips,
            )
        )
    onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    ramp = ctx.release + float(rng.uniform(0.1, 8.0)) * HOUR
    pre_rate, post_rate = float(rng.uniform(1.5, 7.0)), float(rng.uniform(30.0, 90.0))
    peak = float(rng.uniform(0, 24))
    pre = worker_pool(rng, onboard, ramp, pre_rate, n_keys, global_load(peak, 0.4))
    post = worker_pool(
        rng, ramp, ctx.t1, post_rate, n_keys, global_load(peak, float(rng.uniform(0.0, 0.3)))
    )
    comp = float(rng.uniform(850, 1500))
    for a, p1, p2 in zip(accts, pre, post, strict=True):
        ts = np.concatenate([p1, p2])
        ls = _langs(rng, langs, lw, len(ts))
        prompts = [texts.reasoning_prompt(rng, lg, pick(rng, styles)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "shared_org": shared_org,
            "cards": n_cards,
            "provider": provider,
            "ips": len(block),
            "user_agent": ua_main,
            "languages": langs,
            "styles": styles,
            "pacing": "worker pool",
            "pre_rate_per_h": pre_rate,
            "post_rate_per_h": post_rate,
            "ramp_ts": ramp,
        },
    )


# ============================================================================================
# 2. judge / reward-model grading in nightly bursts from cloud


def hanji(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hanji"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "litellm/1.60.2"))
    tz = pick(rng, TZS)
    langs = ["en", *_choose(rng, ["ko", "de"], irange(rng, 0, 2))]
    lw = (
        np.array([0.8, *([0.2 / (len(langs) - 1)] * (len(langs) - 1))])
        if len(langs) > 1
        else np.array([1.0])
    )
    styles = _choose(rng, list(texts.JUDGE_STYLES), irange(rng, 2, 4))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start_h, hours = float(rng.uniform(20, 24)), float(rng.uniform(4, 8))
    onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_night = float(rng.uniform(3, 8))
    days = (ctx.t1 - onboard) / DAY
    starts = thinned(rng, onboard, ctx.t1, per_night * days, nightly(start_h, hours, tz))
    size, gap = float(rng.uniform(30, 90)), float(rng.uniform(1.5, 4.0))
    trains = bursts(rng, starts, size, gap, 0.5, ctx.t1)
    who = rng.integers(0, n_keys, size=len(trains)).tolist()
    comp = float(rng.uniform(170, 280))
    for k, a in enumerate(accts):
        ts = _concat([t for t, w in zip(trains, who, strict=True) if w == k])
        ls = _langs(rng, langs, lw, len(ts))
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles), lg) for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / reward grading",
            "keys": n_keys,
            "provider": provider,
            "user_agent": ua,
            "tz": tz,
            "night_start_h": start_h,
            "night_hours": hours,
            "bursts_per_night": per_night,
            "burst_size": size,
            "languages": langs,
            "styles": styles,
            "pacing": "nightly bursts",
        },
    )


# ============================================================================================
# 3. policy-compliant rewrites through residential proxies on stolen cards


def heollaengi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "heollaengi"
    n_keys = irange(rng, 18, 35)
    langs = ["en", *_choose(rng, ["es", "fr", "tr", "id", "ar"], irange(rng, 2, 4))]
    lw = rng.dirichlet(np.full(len(langs), 2.0))
    styles = _choose(rng, list(texts.POLICY_STYLES), irange(rng, 3, 5))
    p_decline = float(rng.uniform(0.3, 0.6))
    accts = []
    for _ in range(n_keys):
        region = pick(rng, ("us", "eu", "latam", "sea", "in", "ru"))
        pool = resi(rng, irange(rng, 20, 60), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=sdk_ua(rng, 0.4),
            ips=pool,
        )
        accts.append(a)
        born = float(rng.uniform(ctx.t0, ctx.t1 - 0.8 * DAY))
        life = float(rng.uniform(0.8, 3.2)) * DAY
        n = irange(rng, 40, 180)
        ts = thinned(
            rng, born, min(ctx.t1, born + life), n, global_load(float(rng.uniform(0, 24)), 0.5)
        )
        ips = sticky(rng, ts, pool, float(rng.uniform(10, 30)) * MINUTE)
        status = np.where(rng.random(len(ts)) < 0.03, 429, 200)
        if len(ts) > 5 and chance(rng, p_decline):
            status[-irange(rng, 1, 4) :] = 402
        ls = _langs(rng, langs, lw, len(ts))
        prompts = [texts.policy_prompt(rng, ctx.passages, lg, pick(rng, styles)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=ips,
            comp_median=420,
            comp_sigma=0.55,
            status=status,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "keys": n_keys,
            "payment": "stolen card per key",
            "ip_source": "residential proxy, sticky",
            "languages": langs,
            "styles": styles,
            "pacing": "short-lived keys, staggered",
            "p_card_declined": p_decline,
        },
    )


# ============================================================================================
# 4. agent / tool-use trajectories from a k8s egress


def ttangkkwongi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "ttangkkwongi"
    n_keys = irange(rng, 4, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "azure", "gcp")))
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    langs = ["en", *_choose(rng, ["zh", "ja"], irange(rng, 0, 2))]
    lw = rng.dirichlet(np.full(len(langs), 1.0))
    lw[0] += 1.0
    lw = lw / lw.sum()
    styles = _choose(rng, list(texts.AGENT_STYLES), irange(rng, 2, 4))
    schema_tokens = irange(rng, 600, 2500)
    onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    peak = float(rng.uniform(0, 24))
    per_h = float(rng.uniform(4, 11))
    curve = global_load(peak, 0.3)
    pre_starts = thinned(
        rng, onboard, ctx.release, 0.3 * per_h * max(0.0, ctx.release - onboard) / HOUR, curve
    )
    post_starts = thinned(
        rng,
        max(onboard, ctx.release),
        ctx.t1,
        per_h * (ctx.t1 - max(onboard, ctx.release)) / HOUR,
        curve,
    )
    starts = np.concatenate([pre_starts, post_starts])
    per_key: list[list[tuple[float, str, int]]] = [[] for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        task = texts.agent_task(rng, _langs(rng, langs, lw, 1)[0])
        tools = _choose(rng, texts.TOOL_NAMES, irange(rng, 3, 6))
        style = pick(rng, styles)
        steps = irange(rng, 3, 10)
        t = s
        for j in range(steps):
            per_key[k].append((t, texts.agent_step_prompt(rng, task, tools, j, style), j))
            t += float(rng.lognormal(np.log(6.0), 0.7))
    comp = float(rng.uniform(180, 300))
    for a, evs in zip(accts, per_key, strict=True):
        evs.sort(key=lambda e: e[0])
        ts = np.array([e[0] for e in evs])
        extra = np.array([schema_tokens + 140 * e[2] for e in evs], dtype=np.int64)
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in evs],
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.01),
            comp_median=comp,
            comp_sigma=0.5,
            extra=extra,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent transcripts",
            "keys": n_keys,
            "egress_ips": egress,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "trajectories_per_h": per_h,
            "schema_tokens": schema_tokens,
            "pacing": "trajectories over a worker pool",
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation from many small keys behind VPN exits


def maljegi(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "maljegi"
    n_keys = irange(rng, 25, 50)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    provs = _choose(rng, ["m247", "leaseweb", "vultr", "ovh", "digitalocean"], irange(rng, 2, 3))
    exits = [ip for p in provs for ip in cloud(rng, irange(rng, 10, 25), p)]
    langs = ["en", *_choose(rng, ["es", "hi", "vi", "pt", "fr", "id"], irange(rng, 1, 4))]
    lw = rng.dirichlet(np.full(len(langs), 1.5))
    styles = _choose(rng, list(texts.SYNTH_STYLES), irange(rng, 3, 5))
    wave = ctx.release - float(rng.uniform(0.5, 2.5)) * DAY
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=sdk_ua(rng, 0.35),
            ips=exits,
        )
        accts.append(a)
        born = wave + float(rng.uniform(-0.5, 2.0)) * DAY
        starts = np.sort(rng.uniform(born, ctx.t1, size=irange(rng, 2, 6)))
        ts = _concat(
            bursts(rng, starts, float(rng.uniform(8, 30)), float(rng.uniform(6, 20)), 0.5, ctx.t1)
        )
        ips = sticky(rng, ts, exits, float(rng.uniform(1, 3)) * HOUR)
        ls = _langs(rng, langs, lw, len(ts))
        prompts = [texts.synth_prompt(rng, ctx.chat, lg, pick(rng, styles)) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=ips,
            comp_median=float(rng.uniform(1100, 1800)),
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "cards": len(cards),
            "vpn_providers": provs,
            "exits": len(exits),
            "languages": langs,
            "styles": styles,
            "onboarding_wave_ts": wave,
            "pacing": "sequential bursts per key",
        },
    )


# ============================================================================================
# 6. (hard) multi-turn harvest hidden inside a real chat product's own traffic


def seollal(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "seollal"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    peak, depth = float(rng.uniform(13, 20)), float(rng.uniform(0.5, 0.75))
    curve = global_load(peak, depth)
    product_rate = float(rng.uniform(10, 24))
    ts_prod = thinned(rng, ctx.t0, ctx.t1, product_rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    prod_prompts = [texts._cut(pick(rng, ctx.chat), 8, 2000, rng) for _ in range(len(ts_prod))]
    langs = ["en", "es", "pt", "de", "fr", "ja", "zh", "ko", "hi", "id", "vi", "tr"]
    lw = rng.dirichlet(np.full(len(langs), 1.0))
    lw[0] += 0.8
    lw = lw / lw.sum()
    pivot = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    thread_rate = float(rng.uniform(1.5, 4.0))
    starts = thinned(rng, pivot, ctx.t1, thread_rate * (ctx.t1 - pivot) / HOUR, curve)
    h_ts, h_prompts, h_extra = [], [], []
    for s in starts.tolist():
        lg = _langs(rng, langs, lw, 1)[0]
        turns = irange(rng, 2, 7)
        t = s
        for j in range(turns):
            h_ts.append(t)
            h_prompts.append(texts.user_question(rng, lg) if j == 0 else texts.follow_up(rng, lg))
            h_extra.append(250 * j + irange(rng, 0, 80))
            t += float(rng.lognormal(np.log(45.0), 0.8))
    p_new_product = float(rng.uniform(0.35, 0.6))
    all_ts = np.concatenate([ts_prod, np.array(h_ts)])
    order = np.argsort(all_ts, kind="stable")
    prompts_all = prod_prompts + h_prompts
    extra_all = [irange(rng, 0, 40) + 180 for _ in range(len(ts_prod))] + h_extra
    is_h = np.concatenate([np.zeros(len(ts_prod), bool), np.ones(len(h_ts), bool)])
    who = rng.integers(0, n_keys, size=len(all_ts))
    mod_prod = ctx.models(rng, all_ts, p_new=p_new_product, p_mini=0.15)
    mod_h = ctx.models(rng, all_ts, p_new=0.97, p_mini=0.0)
    models = [mh if h else mp for mp, mh, h in zip(mod_prod, mod_h, is_h.tolist(), strict=True)]
    comp = np.where(is_h, 650.0, 340.0)
    for k, a in enumerate(accts):
        sel = [i for i in order.tolist() if who[i] == k]
        ctx.emit(
            rng,
            a,
            all_ts[sel],
            [prompts_all[i] for i in sel],
            models=[models[i] for i in sel],
            comp_median=comp[sel],
            comp_sigma=0.6,
            extra=np.array([extra_all[i] for i in sel]),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest inside a product's traffic",
            "keys": n_keys,
            "egress": egress,
            "user_agent": ua,
            "product_rate_per_h": product_rate,
            "harvest_threads_per_h": thread_rate,
            "pivot_ts": pivot,
            "languages": langs,
            "p_new_product": p_new_product,
            "pacing": "global product load",
            "hard": True,
        },
    )


# ============================================================================================
# 7. best-of-n and soft-label sampling


def keepie_uppie(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "keepie_uppie"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "oracle", "gcp"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "aiohttp/3.11.11"))
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
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    styles = _choose(rng, list(texts.SAMPLING_STYLES), irange(rng, 3, 5))
    if "repeat" not in styles:
        styles[0] = "repeat"
    onboard = ctx.release - float(rng.uniform(-0.3, 1.5)) * DAY
    per_h = float(rng.uniform(6, 18))
    n_rep_mean = float(rng.uniform(4, 9))
    starts = thinned(rng, onboard, ctx.t1, per_h * (ctx.t1 - onboard) / HOUR, constant)
    per_key: list[list[tuple[float, str]]] = [[] for _ in range(n_keys)]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        style = pick(rng, styles)
        p = texts.sampling_prompt(rng, ctx.chat, ctx.passages, style)
        reps = max(2, int(rng.poisson(n_rep_mean))) if style == "repeat" else irange(rng, 1, 3)
        t = s
        for _ in range(reps):
            per_key[k].append((t, p))
            t += float(rng.lognormal(np.log(0.7), 0.6))
    for a, evs in zip(accts, per_key, strict=True):
        evs.sort(key=lambda e: e[0])
        ts = np.array([e[0] for e in evs])
        ctx.emit(
            rng,
            a,
            ts,
            [e[1] for e in evs],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(250, 420)),
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "provider": provider,
            "user_agent": ua,
            "styles": styles,
            "groups_per_h": per_h,
            "repeats_mean": n_rep_mean,
            "onboard_ts": onboard,
            "pacing": "tight repeat groups",
        },
    )


# ============================================================================================
# 8. (hard) curriculum sweep split over a low-and-slow crowd of person-like accounts


def paper_fringe(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "paper_fringe"
    n_keys = irange(rng, 20, 40)
    tzw = {5: 3.0, -3: 2.0, 8: 2.0, -5: 1.5, 1: 1.0, -8: 0.5}
    p_new = float(rng.uniform(0.45, 0.7))
    p_chat = float(rng.uniform(0.08, 0.2))
    accts = []
    for _ in range(n_keys):
        tz = _person_tz(rng, tzw)
        lang = pick(rng, [lg for lg in LANGS_OF_TZ[tz] if lg in texts.UNITS] or ["en"])
        if chance(rng, 0.3):
            lang = "en"
        ips = home(rng, 1, tz)
        if chance(rng, 0.35):
            ips += mobile_v6(rng, 1, pick(rng, ("in_mobile", "br_mobile", "us_mobile")))
        ua = _wpick(rng, BG_BROWSERS, BG_BROWSER_W)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        born = ctx.t0 + float(rng.uniform(0, 3.5)) * DAY
        sess = session_times(
            rng,
            born,
            ctx.t1,
            float(rng.uniform(1.0, 3.0)),
            curve,
            float(rng.uniform(3, 8)),
            float(rng.uniform(60, 240)),
        )
        ts = _concat(sess)
        units = list(texts.UNITS[lang])
        off = irange(rng, 0, len(units) - 1)
        g0 = irange(rng, 6, 10)
        prompts = []
        for j in range(len(ts)):
            if chance(rng, p_chat):
                prompts.append(texts._cut(pick(rng, ctx.chat), 10, 800, rng))
                continue
            u = units[(off + j) % len(units)]
            g = g0 + (j // len(units)) % 3
            prompts.append(texts.curriculum_request(rng, lang, u, g))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.1),
            comp_median=float(rng.uniform(800, 1100)),
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep by a person-like crowd",
            "keys": n_keys,
            "tz_weights": {str(k): v for k, v in tzw.items()},
            "p_new": p_new,
            "p_ordinary_chat": p_chat,
            "ip_source": "residential, some carrier v6",
            "pacing": "human sessions",
            "hard": True,
        },
    )


# ============================================================================================
# 9. (hard) compromised aged accounts: owners keep using them, a harvester joins after release


def coin_hole(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "coin_hole"
    n_keys = irange(rng, 12, 24)
    att_ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1"))
    mode = pick(rng, ("owner_night", "flat"))
    rate = float(rng.uniform(1.5, 4.0))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        own_ip = home(rng, 1, tz)
        ua = _person_ua(rng, 0.55)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=ua,
            ips=own_ip,
            tz=tz,
        )
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        o_ts = _concat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.6, 2.5)),
                curve,
                float(rng.uniform(2.5, 6)),
                float(rng.uniform(40, 150)),
            )
        )
        o_prompts = [texts._cut(pick(rng, ctx.chat), 8, 2000, rng) for _ in range(len(o_ts))]
        ctx.emit(
            rng,
            a,
            o_ts,
            o_prompts,
            models=ctx.models(rng, o_ts, p_new=0.15, p_mini=0.2),
            comp_median=350,
            comp_sigma=0.6,
        )
        pivot = ctx.release + float(rng.uniform(-0.5, 1.2)) * DAY
        att_curve = nightly(0.5, 7.0, tz) if mode == "owner_night" else constant
        x_ts = thinned(
            rng,
            pivot,
            ctx.t1,
            rate * (ctx.t1 - pivot) / HOUR * float(rng.uniform(0.6, 1.4)),
            att_curve,
        )
        pool = resi(rng, irange(rng, 6, 20), REGION_OF_TZ[tz])
        x_ips = sticky(rng, x_ts, pool, float(rng.uniform(30, 90)) * MINUTE)
        langs = list(LANGS_OF_TZ[tz])
        x_prompts = []
        for _j in range(len(x_ts)):
            lg = pick(rng, langs) if chance(rng, 0.5) else "en"
            x_prompts.append(
                texts.user_question(rng, lg) if chance(rng, 0.75) else texts.follow_up(rng, lg)
            )
        ctx.emit(
            rng,
            a,
            x_ts,
            x_prompts,
            models=ctx.models(rng, x_ts, p_new=0.95, p_mini=0.0),
            ips=x_ips,
            ua=att_ua,
            comp_median=600,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through compromised aged accounts",
            "keys": n_keys,
            "attacker_user_agent": att_ua,
            "attacker_mode": mode,
            "attacker_rate_per_h": rate,
            "ip_source": "residential proxy in owner's region",
            "pacing": "owner sessions + attacker stream after pivot",
            "hard": True,
        },
    )


# ============================================================================================
# 10. (hard) public prompt replay by person-like accounts


def kick_count(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kick_count"
    n_keys = irange(rng, 35, 70)
    pool_cards = [hexid(rng, "pay") for _ in range(irange(rng, 5, 10))]
    p_pool = float(rng.uniform(0.25, 0.5))
    order = rng.permutation(len(ctx.chat))
    cursor = 0
    boost = float(rng.uniform(1.5, 2.5))
    p_new = float(rng.uniform(0.6, 0.8))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        pool = resi(rng, irange(rng, 1, 3), REGION_OF_TZ[tz])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, pool_cards) if chance(rng, p_pool) else None,
            ua=_person_ua(rng, 0.45),
            ips=pool,
            tz=tz,
        )
        accts.append(a)
        curve = evening_person(tz) if chance(rng, 0.55) else workday(tz)
        born = ctx.t0 + float(rng.uniform(0, 3.5)) * DAY
        per_day, size, gap = (
            float(rng.uniform(1.0, 2.5)),
            float(rng.uniform(4, 10)),
            float(rng.uniform(25, 90)),
        )
        pre = session_times(rng, born, max(born, ctx.release), per_day, curve, size, gap)
        post = session_times(rng, max(born, ctx.release), ctx.t1, per_day * boost, curve, size, gap)
        ts = _concat(pre + post)
        idx = order[cursor : cursor + len(ts)].tolist()
        cursor = (cursor + len(ts)) % max(1, len(ctx.chat) - 500)
        prompts = [ctx.chat[i] for i in idx]
        while len(prompts) < len(ts):
            prompts.append(pick(rng, ctx.chat))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.08),
            comp_median=360,
            comp_sigma=0.65,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "keys": n_keys,
            "card_pool": len(pool_cards),
            "p_pooled_card": p_pool,
            "post_release_boost": boost,
            "p_new": p_new,
            "ip_source": "residential proxy, 1-3 per key",
            "pacing": "human sessions",
            "hard": True,
        },
    )


# ============================================================================================
# 11. translation harvest from an office plus a night VM


def lead_washer(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "lead_washer"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = home(rng, irange(rng, 1, 2), tz)
    vm = cloud(rng, 1, pick(rng, ("hetzner", "ovh", "aws", "alibaba")))
    office_ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    night_ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "Go-http-client/2.0"))
    targets = _choose(
        rng,
        [
            "es",
            "pt",
            "de",
            "fr",
            "ja",
            "zh",
            "ko",
            "ru",
            "ar",
            "hi",
            "id",
            "vi",
            "tr",
            "it",
            "pl",
            "th",
        ],
        irange(rng, 4, 8),
    )
    styles = _choose(rng, list(texts.TRANS_STYLES), irange(rng, 2, 4))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=office_ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    day_rate, night_rate = float(rng.uniform(6, 18)), float(rng.uniform(40, 110))
    night_start = float(rng.uniform(21, 24))
    day_ts = worker_pool(rng, onboard, ctx.t1, day_rate, n_keys, workday(tz))
    night_ts = worker_pool(
        rng, onboard, ctx.t1, night_rate * 5.0 / 24.0, n_keys, nightly(night_start, 5.0, tz)
    )

    def src() -> str:
        base = pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat)
        return texts._cut(base, 120, 900, rng)

    for a, d, n in zip(accts, day_ts, night_ts, strict=True):
        for ts, ips, ua in ((d, None, None), (n, vm[0], night_ua)):
            prompts = []
            for _ in range(len(ts)):
                st = pick(rng, styles)
                tg = (
                    _choose(rng, targets, irange(rng, 2, len(targets)))
                    if st == "multi_json"
                    else [pick(rng, targets)]
                )
                prompts.append(texts.translation_prompt(rng, src(), tg, st))
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
                ips=ips,
                ua=ua,
                comp_median=520,
                comp_sigma=0.5,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation / parallel-corpus harvest",
            "keys": n_keys,
            "tz": tz,
            "office_ips": office,
            "night_vm": vm,
            "targets": targets,
            "styles": styles,
            "day_rate_per_h": day_rate,
            "night_rate_per_h": night_rate,
            "pacing": "office hours + nightly bulk",
        },
    )


# ============================================================================================
# 12. code harvest from serverless functions


def juggle_streak(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "juggle_streak"
    n_keys = irange(rng, 8, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    pool = cloud(rng, irange(rng, 100, 300), "aws")
    uas = [
        pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
        for _ in range(n_keys)
    ]
    styles = _choose(rng, list(texts.CODE_STYLES), irange(rng, 3, 5))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=uas[i],
            ips=pool,
        )
        for i in range(n_keys)
    ]
    cron = sorted(_choose(rng, list(range(24)), irange(rng, 3, 6)))
    hot = np.zeros(24)
    hot[cron] = 1.0
    floor = float(rng.uniform(0.1, 0.35))

    def curve(ts: np.ndarray) -> np.ndarray:
        h = ((np.asarray(ts) % DAY) // HOUR).astype(np.int64)
        return np.maximum(hot[h], floor)

    onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    per_h = float(rng.uniform(20, 55))
    streams = worker_pool(rng, onboard, ctx.t1, per_h, n_keys, curve)
    for a, ts in zip(accts, streams, strict=True):
        prompts = [texts.code_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=float(rng.uniform(900, 1300)),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest",
            "keys": n_keys,
            "cards": len(cards),
            "ip_pool": len(pool),
            "styles": styles,
            "cron_hours_utc": cron,
            "rate_per_h": per_h,
            "pacing": "worker pool with cron peaks",
        },
    )


CAMPAIGN_FAMILIES = {
    "yeopjeon": yeopjeon,
    "hanji": hanji,
    "heollaengi": heollaengi,
    "ttangkkwongi": ttangkkwongi,
    "maljegi": maljegi,
    "seollal": seollal,
    "keepie_uppie": keepie_uppie,
    "paper_fringe": paper_fringe,
    "coin_hole": coin_hole,
    "kick_count": kick_count,
    "lead_washer": lead_washer,
    "juggle_streak": juggle_streak,
}

__all__ = ["CAMPAIGN_FAMILIES"]

"""Campaign families of batch 271: twelve distillation operations, each drawn with its own rng.

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit`, and records the campaign through `ctx.campaign`. Four of them
(`naga_bandham`, `iratai_kambu`, `maduvu`, `surul_vaal`) are built to look like legitimate use.
Code names are words of silambam.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
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
from bench.monitor_blind271 import texts as tx

#: user agents exactly as the ordinary traffic spells them (a careful operator copies these)
COMMON_UA = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
)
COMMON_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
#: region of each UTC offset and the languages its people write in (first = most common)
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
LANGS_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de", "tr"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}


def _cat(parts: Sequence[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _weights(rng: np.random.Generator, k: int, conc: float = 2.0) -> list[float]:
    return [float(x) for x in rng.dirichlet(np.full(k, conc))]


def _choose(rng: np.random.Generator, seq: Sequence, p: Sequence[float], n: int) -> list:
    idx = rng.choice(len(seq), size=n, p=np.asarray(p) / np.sum(p))
    return [seq[i] for i in idx.tolist()]


def _subset(rng: np.random.Generator, seq: Sequence, lo: int, hi: int) -> list:
    k = irange(rng, lo, min(hi, len(seq)))
    return [seq[i] for i in sorted(rng.choice(len(seq), size=k, replace=False).tolist())]


def _cid_accounts(ctx: Ctx, rng: np.random.Generator, fam: str, cid: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# ============================================================================================
# 1. reasoning-trace coercion from a rented hosting block


def kambu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kambu"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 2, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.45)
    cards = (
        [hexid(rng, "pay")] * n_orgs if shared_card else [hexid(rng, "pay") for _ in range(n_orgs)]
    )
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 7))
    ua_main, ua_alt = sdk_ua(rng, 0.6), pick(rng, SDK_OTHER)
    second = pick(rng, ("zh", "ru", "es"))
    langs, lw = ["en", second], [float(rng.uniform(0.45, 0.8))]
    lw.append(1 - lw[0])
    styles = _subset(rng, tx.TRACE_STYLES, 2, 3)
    sw = _weights(rng, len(styles))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    rate, mult = float(rng.uniform(22, 45)), float(rng.uniform(1.5, 2.3))
    curve = constant if chance(rng, 0.6) else global_load(float(rng.uniform(0, 24)), 0.3)
    accts = []
    for i in range(n_keys):
        ips = picks(rng, block, irange(rng, 1, 2))
        accts.append(
            _cid_accounts(
                ctx,
                rng,
                fam,
                cid,
                "worker",
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua_alt if chance(rng, 0.25) else ua_main,
                ips=ips,
            )
        )
    pre = worker_pool(rng, start, ctx.release, rate, n_keys, curve)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, rate * mult, n_keys, curve)
    for i, a in enumerate(accts):
        ts = _cat([pre[i], post[i]])
        n = len(ts)
        ls, ss = _choose(rng, langs, lw, n), _choose(rng, styles, sw, n)
        prompts = [tx.reasoning_prompt(rng, s, lg) for s, lg in zip(ss, ls, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=1300.0,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "shared_card": shared_card,
            "provider": provider,
            "block_hosts": len(block),
            "languages": langs,
            "language_weights": lw,
            "styles": styles,
            "pool_rate_per_hour": rate,
            "post_release_multiplier": mult,
            "start": start,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading through a residential proxy pool


def nillaikalakki(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "nillaikalakki"
    n_keys = irange(rng, 5, 9)
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 120, 260), region)
    hold = float(rng.uniform(600, 1800))
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    langs = ["en", pick(rng, ("de", "ko"))]
    lw = [float(rng.uniform(0.6, 0.9))]
    lw.append(1 - lw[0])
    styles = _subset(
        rng, ("pairwise_json", "single_rubric", "verdict_brackets", "reward_scalar"), 2, 3
    )
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    accts = []
    for _ in range(n_keys):
        accts.append(_cid_accounts(ctx, rng, fam, cid, "grader", ua=ua, ips=pool[:1]))
    per_day, size, gap = (
        float(rng.uniform(3, 7)),
        float(rng.uniform(15, 35)),
        float(rng.uniform(2.5, 6)),
    )
    for a in accts:
        own_start = start + float(rng.uniform(0, 0.5)) * DAY
        starts = thinned(rng, own_start, ctx.t1, per_day * (ctx.t1 - own_start) / DAY, constant)
        ts = _cat(bursts(rng, starts, size, gap, 0.5, ctx.t1))
        n = len(ts)
        ls = _choose(rng, langs, lw, n)
        st = picks(rng, styles, n)
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, s, lg)
            for s, lg in zip(st, ls, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.01),
            ips=sticky(rng, ts, pool, hold),
            comp_median=260.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": "prepaid, one per key",
            "proxy_region": region,
            "proxy_pool": len(pool),
            "sticky_hold_s": hold,
            "user_agent": ua,
            "languages": langs,
            "language_weights": lw,
            "styles": styles,
            "bursts_per_day": per_day,
            "burst_size_mean": size,
            "burst_gap_median_s": gap,
            "start": start,
        },
    )


# ============================================================================================
# 3. censorship-safe / policy rewrites through VPN exits on stolen cards


def veechu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "veechu"
    n_keys = irange(rng, 3, 6)
    org = hexid(rng, "org")
    vpn = pick(rng, ("m247", "leaseweb"))
    exits = rented_block(rng, vpn, irange(rng, 3, 6), 3)
    side = cloud(rng, irange(rng, 2, 4), "alibaba")
    langs = ["zh", "en", "ar", "ru"]
    lw = _weights(rng, 4, 3.0)
    styles = _subset(rng, tx.POLICY_STYLES, 3, 4)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(3, 7))
    accts = []
    for _ in range(n_keys):
        accts.append(
            _cid_accounts(
                ctx, rng, fam, cid, "rewriter", org=org, ua=pick(rng, SDK_OTHER), ips=exits
            )
        )
    for a in accts:
        own = start + float(rng.uniform(0, 0.6)) * DAY
        ts = thinned(
            rng, own, ctx.t1, rate * float(rng.uniform(0.7, 1.3)) * (ctx.t1 - own) / HOUR, constant
        )
        n = len(ts)
        ips = [pick(rng, side) if chance(rng, 0.15) else pick(rng, exits) for _ in range(n)]
        ls, st = _choose(rng, langs, lw, n), picks(rng, styles, n)
        prompts = [
            tx.policy_prompt(rng, ctx.chat, ctx.passages, s, lg)
            for s, lg in zip(st, ls, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            ips=ips,
            comp_median=480.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy / censorship-safe rewrites",
            "keys": n_keys,
            "orgs": 1,
            "cards": "stolen, one per key",
            "vpn_provider": vpn,
            "vpn_exits": len(exits),
            "side_cloud": "alibaba",
            "languages": langs,
            "language_weights": lw,
            "styles": styles,
            "rate_per_key_per_hour": rate,
            "start": start,
        },
    )


# ============================================================================================
# 4. agent / tool-use transcripts from a cloud worker fleet


def suzhal(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "suzhal"
    n_keys, n_orgs = irange(rng, 6, 11), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "Go-http-client/2.0",
        ),
    )
    styles = _subset(rng, tx.AGENT_STYLES, 2, 3)
    langs, lw = ["en", "ja", "es"], [float(rng.uniform(0.6, 0.85))]
    lw += [(1 - lw[0]) / 2, (1 - lw[0]) / 2]
    eps_per_day, gap = float(rng.uniform(12, 24)), float(rng.uniform(3, 8))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    accts = [
        _cid_accounts(
            ctx,
            rng,
            fam,
            cid,
            "agent_runner",
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    for a in accts:
        starts = thinned(rng, start, ctx.t1, eps_per_day * (ctx.t1 - start) / DAY, constant)
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 9)
            ep = tx.agent_episode(rng, pick(rng, _choose(rng, langs, lw, 1)))
            style = pick(rng, styles)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            per_step = irange(rng, 150, 400)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.agent_step_prompt(rng, ep, style))
                extra.append(300 + j * per_step)
        ctx.emit(
            rng,
            a,
            ts_all,
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.9, 0.05),
            extra=extra,
            comp_median=180.0,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": 1,
            "provider": provider,
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "language_weights": lw,
            "episodes_per_key_per_day": eps_per_day,
            "step_gap_median_s": gap,
            "start": start,
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation at night from a few hosting boxes


def adi_murai(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "adi_murai"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("contabo", "digitalocean", "ovh"))
    tz = pick(rng, (5, 8, 3, 1))
    night_start, night_len = float(rng.uniform(0, 3)), float(rng.uniform(5, 8))
    curve = nightly(night_start, night_len, tz)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
    langs = ["en"] + _subset(rng, ["hi", "id", "pt", "vi", "sw", "tr", "es", "ar"], 2, 3)
    lw = _weights(rng, len(langs), 2.0)
    styles = _subset(rng, tx.DATASET_STYLES, 2, 4)
    rate = float(rng.uniform(40, 80))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = [
        _cid_accounts(
            ctx, rng, fam, cid, "generator", org=org, pay=card, ua=ua, ips=cloud(rng, 1, provider)
        )
        for _ in range(n_keys)
    ]
    pool = worker_pool(rng, start, ctx.t1, rate, n_keys, curve)
    batch_no = irange(rng, 100, 4000)
    for a, ts in zip(accts, pool, strict=True):
        n = len(ts)
        ls, st = _choose(rng, langs, lw, n), picks(rng, styles, n)
        prompts = []
        for s, lg in zip(st, ls, strict=True):
            batch_no += 1
            prompts.append(tx.dataset_prompt(rng, s, lg, batch_no))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=2000.0,
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "provider": provider,
            "operator_tz": tz,
            "night_start_h": night_start,
            "night_hours": night_len,
            "user_agent": ua,
            "languages": langs,
            "language_weights": lw,
            "styles": styles,
            "pool_rate_per_hour": rate,
            "start": start,
        },
    )


# ============================================================================================
# 6. curriculum sweep, one stolen-card key at a time through VPN exits


def kuthu_varisai(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kuthu_varisai"
    n_keys = irange(rng, 10, 18)
    vpn = pick(rng, ("m247", "vultr", "leaseweb", "linode"))
    ua = pick(rng, SDK_OTHER)
    langs = ["en"] + _subset(rng, ["fr", "ar"], 1, 2)
    styles = _subset(rng, tx.CURRICULUM_STYLES, 2, 4)
    plan = tx.curriculum_plan(rng)
    rate = float(rng.uniform(25, 50))
    t = jitter_start(rng, ctx.t0, ctx.t1, 0.15)
    cursor, lang_i = 0, 0
    accts, spans = [], []
    for _ in range(n_keys):
        if t >= ctx.t1:
            break
        life = float(rng.uniform(8, 16)) * HOUR
        a = _cid_accounts(
            ctx,
            rng,
            fam,
            cid,
            "relay_key",
            ua=ua if chance(rng, 0.7) else sdk_ua(rng),
            ips=cloud(rng, irange(rng, 1, 3), vpn),
        )
        accts.append(a)
        ts = thinned(rng, t, min(t + life, ctx.t1), rate * life / HOUR, constant)
        prompts = []
        for _ in range(len(ts)):
            item = plan[cursor % len(plan)]
            if cursor and cursor % len(plan) == 0:
                lang_i += 1
            cursor += 1
            prompts.append(
                tx.curriculum_prompt(rng, item, pick(rng, styles), langs[lang_i % len(langs)])
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=1100.0,
            comp_sigma=0.4,
            err=0.03,
        )
        spans.append([t, t + life])
        t += life + float(rng.uniform(0, 2)) * HOUR
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep with key relay",
            "keys": len(accts),
            "orgs": len(accts),
            "cards": "stolen, one per key",
            "vpn_provider": vpn,
            "languages": langs,
            "styles": styles,
            "rate_per_hour": rate,
            "plan_items": len(plan),
            "key_spans": spans,
        },
    )


# ============================================================================================
# 7. best-of-n / soft-label sampling


def thattu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "thattu"
    n_keys = irange(rng, 4, 8)
    cards = [hexid(rng, "pay"), hexid(rng, "pay")]
    provider = pick(rng, ("gcp", "azure"))
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    styles = _subset(rng, tx.SOFT_STYLES, 2, 3)
    spread = chance(rng, 0.5)
    n_lo, n_hi = 4, irange(rng, 5, 8)
    start = ctx.release - float(rng.uniform(0, 1.0)) * DAY
    rate = float(rng.uniform(8, 16))
    gap = float(rng.uniform(0.8, 2.5))
    accts = [
        _cid_accounts(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            pay=cards[i % 2],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for i in range(n_keys)
    ]
    items = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    out: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n_keys)]
    for s in items.tolist():
        style = pick(rng, styles)
        base = tx.softlabel_base(rng, ctx.chat, style)
        n = irange(rng, n_lo, n_hi)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=n - 1))])
        home_key = int(rng.integers(n_keys))
        for k, tk in enumerate(t.tolist()):
            key = int(rng.integers(n_keys)) if spread else home_key
            out[key][0].append(tk)
            out[key][1].append(tx.softlabel_prompt(rng, base, style, k, n))
    for a, (ts, prompts) in zip(accts, out, strict=True):
        order = np.argsort(np.asarray(ts), kind="stable")
        ts_s = np.asarray(ts)[order]
        ctx.emit(
            rng,
            a,
            ts_s,
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts_s, 0.97, 0.0),
            comp_median=300.0,
            comp_sigma=0.6,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": 2,
            "provider": provider,
            "user_agent": ua,
            "styles": styles,
            "samples_per_item": [n_lo, n_hi],
            "copies_spread_over_keys": spread,
            "items_per_hour": rate,
            "copy_gap_median_s": gap,
            "start": start,
        },
    )


# ============================================================================================
# 8. code harvest dressed as a developer team's IDE traffic


def vettu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "vettu"
    n_keys, n_orgs = irange(rng, 5, 9), irange(rng, 2, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    tz = pick(rng, (-5, -8, 1))
    styles = _subset(rng, tx.CODE_STYLES, 3, 4)
    per_day, size, gap = (
        float(rng.uniform(6, 10)),
        float(rng.uniform(16, 28)),
        float(rng.uniform(18, 35)),
    )
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    accts = []
    for i in range(n_keys):
        ua = "OpenAI/NodeJS 4.67.1" if chance(rng, 0.7) else pick(rng, COMMON_UA)
        accts.append(
            _cid_accounts(
                ctx,
                rng,
                fam,
                cid,
                "coder",
                org=orgs[i % n_orgs],
                pay=cards[i % n_orgs],
                ua=ua,
                ips=home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
    for a in accts:
        ts = _cat(
            session_times(rng, start, ctx.t1, per_day, workday(tz, 8.0, 19.0, 0.15), size, gap)
        )
        prompts = [tx.code_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=750.0,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_orgs,
            "addresses": "residential static proxies in one region",
            "tz": tz,
            "styles": styles,
            "sessions_per_day": per_day,
            "session_size_mean": size,
            "gap_median_s": gap,
            "start": start,
        },
    )


# ============================================================================================
# 9. HARD: harvest hidden inside a real consumer product's backend traffic


def naga_bandham(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "naga_bandham"
    product = tx.product_name(rng)
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    modes = [pick(rng, ("raw", "helper", "tagged", "tone")) for _ in range(n_keys)]
    accts = [
        _cid_accounts(
            ctx,
            rng,
            fam,
            cid,
            "product_backend",
            org=org,
            pay=card,
            ua="OpenAI/Python 1.54.0",
            ips=cloud(rng, irange(rng, 2, 4), "aws"),
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(13, 19))
    user_curve = global_load(peak, float(rng.uniform(0.5, 0.7)))
    user_rate = float(rng.uniform(30, 55))
    users = worker_pool(rng, ctx.t0, ctx.t1, user_rate, n_keys, user_curve)

    def off_peak(ts: np.ndarray) -> np.ndarray:
        return 1.05 - user_curve(ts)

    h_start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    h_rate = float(rng.uniform(12, 28))
    harvest = worker_pool(rng, h_start, ctx.t1, h_rate, n_keys, off_peak)
    h_langs = ["en", pick(rng, ("es", "pt", "hi"))]
    for a, mode, u, h in zip(accts, modes, users, harvest, strict=True):
        up = [
            tx.product_wrap(rng, product, tx.chat_text(rng, ctx.chat, 900), mode)
            for _ in range(len(u))
        ]
        hp = []
        for _ in range(len(h)):
            q = tx.expert_question(rng, h_langs[0] if chance(rng, 0.75) else h_langs[1])
            hp.append(tx.product_wrap(rng, product, q, mode))
        ts = np.concatenate([u, h])
        order = np.argsort(ts, kind="stable")
        prompts = up + hp
        models = ctx.models(rng, u, 0.55, 0.1) + ctx.models(rng, h, 0.98, 0.0)
        comp = np.concatenate([np.full(len(u), 330.0), np.full(len(h), 850.0)])
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=[models[i] for i in order.tolist()],
            comp_median=comp[order],
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in product traffic",
            "hard": True,
            "product": product,
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "provider": "aws",
            "wrap_modes": modes,
            "user_rate_per_hour": user_rate,
            "user_peak_utc": peak,
            "harvest_rate_per_hour": h_rate,
            "harvest_start": h_start,
            "harvest_languages": h_langs,
        },
    )


# ============================================================================================
# 10. HARD: bought aged accounts, taken over around the release


def iratai_kambu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "iratai_kambu"
    n = irange(rng, 14, 24)
    tzs = _subset(rng, list(TZS), 3, 6)
    takeover = ctx.release + float(rng.uniform(-0.5, 0.8)) * DAY
    post_per_day = float(rng.uniform(60, 140))
    post_ua = pick(rng, COMMON_UA)
    accts, takes = [], []
    for _ in range(n):
        tz = pick(rng, tzs)
        old_ua = pick(rng, COMMON_BROWSER + COMMON_UA)
        a = _cid_accounts(
            ctx, rng, fam, cid, "aged_account", ua=old_ua, ips=home(rng, 1, tz), tz=tz
        )
        accts.append(a)
        # the original owner's history
        pre = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1, 3)),
                evening_person(tz),
                float(rng.uniform(3, 6)),
                90.0,
            )
        )
        tk = takeover + float(rng.uniform(-6, 6)) * HOUR
        takes.append(tk)
        pre = pre[pre < tk]
        ctx.emit(
            rng,
            a,
            pre,
            [tx.chat_text(rng, ctx.chat, 900) for _ in range(len(pre))],
            models=ctx.models(rng, pre, 0.35, 0.2),
            comp_median=350.0,
            comp_sigma=0.6,
        )
        # the buyer's harvest, from residential proxies in the owner's region
        post = thinned(
            rng,
            tk,
            ctx.t1,
            post_per_day * float(rng.uniform(0.6, 1.4)) * (ctx.t1 - tk) / DAY,
            global_load(float(rng.uniform(0, 24)), 0.35),
        )
        pool = resi(rng, 20, REGION[tz])
        langs = list(LANGS_OF_TZ[tz])
        prompts = []
        for _ in range(len(post)):
            r = rng.random()
            if r < 0.7:
                prompts.append(
                    tx.expert_question(rng, "en" if chance(rng, 0.5) else pick(rng, langs))
                )
            elif r < 0.85:
                prompts.append(
                    tx.problem(rng)
                    + pick(rng, ("", " Explain your reasoning.", " Show the steps."))
                )
            else:
                prompts.append(tx.chat_text(rng, ctx.chat, 900))
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, 0.95, 0.0),
            ips=sticky(rng, post, pool, 1800.0),
            ua=post_ua,
            comp_median=700.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "bought aged accounts, taken over",
            "hard": True,
            "accounts": n,
            "orgs": n,
            "cards": "original owners', one per account",
            "owner_tzs": tzs,
            "takeover_center": takeover,
            "takeovers": takes,
            "post_per_day": post_per_day,
            "post_user_agent": post_ua,
            "post_addresses": "residential proxies in the owner's region, sticky 30 min",
        },
    )


# ============================================================================================
# 11. HARD: a low-and-slow crowd of person-like accounts


def maduvu(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "maduvu"
    n = irange(rng, 45, 75)
    tzs = _subset(rng, list(TZS), 4, 8)
    doms = list(tx.DOMAINS)
    per_day, size, gap = (
        float(rng.uniform(0.8, 1.8)),
        float(rng.uniform(3, 5)),
        float(rng.uniform(70, 150)),
    )
    p_native = float(rng.uniform(0.4, 0.75))
    accts = []
    for i in range(n):
        tz = pick(rng, tzs)
        ips = home(rng, 1, tz)
        phone = chance(rng, 0.35)
        ua = pick(rng, MOBILE[:3] + COMMON_BROWSER[2:3]) if phone else pick(rng, COMMON_BROWSER)
        a = _cid_accounts(ctx, rng, fam, cid, "crowd_member", ua=ua, ips=ips, tz=tz)
        accts.append(a)
        share = [doms[(i + j) % len(doms)] for j in range(3)]
        lang = pick(rng, LANGS_OF_TZ[tz]) if chance(rng, p_native) else "en"
        own = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts_all, prompts = [], []
        for sess in session_times(
            rng, own, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)), evening_person(tz), size, gap
        ):
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(
                    tx.expert_question(rng, lang, share)
                    if j == 0
                    else tx.followup(rng, lang, share)
                )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=650.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow person-like crowd, multi-turn",
            "hard": True,
            "accounts": n,
            "orgs": n,
            "cards": "one per account",
            "tzs": tzs,
            "sessions_per_day": per_day,
            "session_size_mean": size,
            "think_gap_median_s": gap,
            "native_language_share": p_native,
        },
    )


# ============================================================================================
# 12. HARD: public prompt replay through residential proxies


def surul_vaal(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "surul_vaal"
    n_keys, n_orgs = irange(rng, 10, 16), irange(rng, 3, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    region = pick(rng, ("us", "*", "eu"))
    pool = resi(rng, irange(rng, 200, 350), region)
    hold = float(rng.uniform(1200, 3600))
    start = ctx.release - float(rng.uniform(2, 10)) * HOUR
    rate = float(rng.uniform(60, 110))
    peak = float(rng.uniform(13, 20))
    accts = [
        _cid_accounts(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=pick(rng, COMMON_UA + COMMON_BROWSER[:2]),
            ips=pool[:1],
        )
        for i in range(n_keys)
    ]
    streams = worker_pool(rng, start, ctx.t1, rate, n_keys, global_load(peak, 0.5))
    walk = rng.permutation(len(ctx.chat)).tolist()
    cursor = int(rng.integers(len(walk)))
    for a, ts in zip(accts, streams, strict=True):
        prompts = []
        for _ in range(len(ts)):
            p = ctx.chat[walk[cursor % len(walk)]]
            cursor += 1
            prompts.append(" ".join(p.split()) if chance(rng, 0.1) else p)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=420.0,
            comp_sigma=0.7,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "hard": True,
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_orgs,
            "proxy_region": region,
            "proxy_pool": len(pool),
            "sticky_hold_s": hold,
            "rate_per_hour": rate,
            "load_peak_utc": peak,
            "start": start,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "kambu": kambu,
    "nillaikalakki": nillaikalakki,
    "veechu": veechu,
    "suzhal": suzhal,
    "adi_murai": adi_murai,
    "kuthu_varisai": kuthu_varisai,
    "thattu": thattu,
    "vettu": vettu,
    "naga_bandham": naga_bandham,
    "iratai_kambu": iratai_kambu,
    "maduvu": maduvu,
    "surul_vaal": surul_vaal,
}

"""Campaign families of blind batch 302 (code names from coffee roasting).

Each family is `f(ctx, rng, campaign_id)`: it draws everything (key counts, orgs, cards, pacing,
addresses, user agents, languages, template styles, model choice) from its own generator, in a
fixed order, writes its events through `ctx.emit` and its truth through `ctx.account` /
`ctx.campaign`. Four of the twelve are built to look like legitimate use (see the README).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, hexid, irange, pick, picks
from bench.monitor_blind302 import texts as tx

#: user agents seen most in the campaign-free background (copied from its output, not its code)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_UA_WEIGHTS = np.array([0.34, 0.23, 0.15, 0.13, 0.11, 0.04])

#: the language a person in each UTC offset most likely writes in (this batch's own choice)
LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr"),
    2: ("en", "tr"),
    3: ("ru", "tr"),
    5: ("en",),
    8: ("zh", "id"),
    9: ("ja",),
}


def bg_ua(rng: np.random.Generator) -> str:
    return BG_UAS[int(rng.choice(len(BG_UAS), p=BG_UA_WEIGHTS / BG_UA_WEIGHTS.sum()))]


def langs_for(
    rng: np.random.Generator, options: tuple[str, ...], lo: int, hi: int
) -> tuple[list[str], np.ndarray]:
    """options[0] always plus lo-1..hi-1 others (in options order); Dirichlet weights, the first heavier."""
    k = irange(rng, lo, min(hi, len(options)))
    rest = sorted((1 + rng.permutation(len(options) - 1))[: k - 1].tolist())
    langs = [options[0]] + [options[i] for i in rest]
    w = rng.dirichlet(np.full(k, 2.0))
    w[0] += 1.0
    return langs, w / w.sum()


def draw_langs(rng: np.random.Generator, langs: list[str], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _f(x) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block


def first_crack(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "first_crack"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    one_card = chance(rng, 0.6)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 8))
    ua = bb.sdk_ua(rng, 0.4)
    langs, w = langs_for(rng, ("en", "zh", "ru", "es"), 2, 4)
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[k % n_orgs],
            pay=cards[0] if one_card else cards[k % n_orgs],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for k in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(-8, 6)) * HOUR
    per_hour = float(rng.uniform(90, 190))
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.3)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    probe = bb.thinned(
        rng, ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY, start, irange(rng, 40, 160), bb.constant
    )
    streams[0] = _cat([streams[0], probe])
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.reasoning_trace(rng, lg, pick(rng, styles))
            for lg in draw_langs(rng, langs, w, len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(900, 1500)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "one_card": one_card,
            "ip_source": f"rented {provider} block",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "pacing": "worker pool",
            "per_hour": _f(per_hour),
            "start": _f(start),
            "probe_events": int(len(probe)),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. reward-model / judge labels, nightly batches


def second_crack(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "second_crack"
    n_keys = irange(rng, 3, 7)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "aiohttp/3.11.11"))
    tz = pick(rng, bb.TZS)
    langs, w = langs_for(rng, ("en", "de", "ja"), 1, 3)
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    night_start, night_len = float(rng.uniform(21, 24)), float(rng.uniform(4, 7))
    curve = bb.nightly(night_start, night_len, tz)
    begin = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    starts_per_hour = float(rng.uniform(0.6, 1.5))
    size = float(rng.uniform(15, 35))
    accts = []
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        accts.append(a)
        starts = bb.thinned(
            rng,
            begin,
            ctx.t1,
            starts_per_hour * (night_len / 24.0) * (ctx.t1 - begin) / HOUR,
            curve,
        )
        ts = _cat(bb.bursts(rng, starts, size, float(rng.uniform(0.8, 2.5)), 0.5, ctx.t1))
        prompts = [
            tx.grading(rng, pick(rng, styles), lg, ctx.chat, ctx.passages)
            for lg in draw_langs(rng, langs, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.0),
            comp_median=float(rng.uniform(140, 260)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward labels",
            "keys": n_keys,
            "ip_source": f"{provider} one address per key",
            "user_agent": ua,
            "tz": tz,
            "night": [_f(night_start), _f(night_len)],
            "languages": langs,
            "styles": styles,
            "pacing": "nightly bursts",
            "burst_size": _f(size),
            "begin": _f(begin),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe rewrites via churned stolen-card keys behind a shared VPN exit pool


def charge_temp(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "charge_temp"
    n_keys = irange(rng, 12, 26)
    providers = sorted(rng.permutation(["m247", "leaseweb", "vultr", "ovh"]).tolist()[:2])
    pool = bb.cloud(rng, irange(rng, 10, 30), providers[0]) + bb.cloud(
        rng, irange(rng, 10, 30), providers[1]
    )
    hold = float(rng.uniform(15, 60)) * MINUTE
    langs, w = langs_for(rng, ("en", "zh", "ru", "tr", "vi"), 3, 5)
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    first = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    accts = []
    for _ in range(n_keys):
        ua = (
            pick(rng, bb.BROWSERS)
            if chance(rng, 0.5)
            else pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="churned_key",
            campaign_id=cid,
            ua=ua,
            ips=pool[:1],
        )
        accts.append(a)
        s = float(rng.uniform(first, ctx.t1 - 0.3 * DAY))
        e = min(ctx.t1, s + float(rng.uniform(0.6, 2.0)) * DAY)
        starts = bb.thinned(rng, s, e, float(rng.uniform(0.4, 1.2)) * (e - s) / HOUR, bb.constant)
        ts = _cat(
            bb.bursts(rng, starts, float(rng.uniform(6, 16)), float(rng.uniform(4, 12)), 0.6, e)
        )
        prompts = [
            tx.policy_rewrite(rng, pick(rng, styles), lg, ctx.passages)
            for lg in draw_langs(rng, langs, w, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(400, 700)),
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "payment": "one stolen card per key",
            "ip_source": f"VPN exits {providers}",
            "pool": len(pool),
            "sticky_s": _f(hold),
            "languages": langs,
            "styles": styles,
            "pacing": "churned keys, bursts",
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def turning_point(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "turning_point"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure"))
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    envs = sorted(
        rng.permutation(["travel", "shop", "sql", "shell", "calendar"]).tolist()[
            : irange(rng, 3, 5)
        ]
    )
    styles = rng.permutation(3)[: irange(rng, 1, 2)].tolist()
    langs, w = langs_for(rng, ("en", "zh", "es"), 1, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rollout_worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    tasks_per_hour = float(rng.uniform(8, 18))
    step_gap = float(rng.uniform(2.5, 6.0))
    for acct, starts in zip(
        accts, bb.worker_pool(rng, start, ctx.t1, tasks_per_hour, n_keys), strict=True
    ):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            env, style = pick(rng, envs), pick(rng, styles)
            lg = draw_langs(rng, langs, w, 1)[0]
            k = irange(rng, 3, 8)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(step_gap), 0.6, size=k - 1))]
            )
            for j in range(k):
                ts_all.append(float(t[j]))
                prompts.append(
                    tx.agent_task(rng, env, style, lg)
                    if j == 0
                    else tx.agent_observation(rng, env, j, style)
                )
                extra.append(0 if j == 0 else 180 * j + irange(rng, 0, 120) + 160)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=170.0,
            comp_sigma=0.7,
            extra=extra,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "ip_source": provider,
            "user_agent": ua,
            "envs": envs,
            "styles": styles,
            "languages": langs,
            "tasks_per_hour": _f(tasks_per_hour),
            "step_gap_s": _f(step_gap),
            "start": _f(start),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation from a farm of trial accounts behind rotating residential proxies


def development_time(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "development_time"
    n_keys = irange(rng, 15, 32)
    regions = sorted(
        rng.permutation(["us", "eu", "latam", "sea", "in"]).tolist()[: irange(rng, 2, 4)]
    )
    pool = [ip for r in regions for ip in bb.resi(rng, irange(rng, 60, 160), r)]
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    langs, w = langs_for(rng, ("en", "es", "pt", "id", "fr"), 2, 5)
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    signup = ctx.release + float(rng.uniform(-0.6, 0.4)) * DAY
    accts, counter = [], irange(rng, 0, 5000)
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="trial_account",
            campaign_id=cid,
            ua=ua,
            ips=pool[:1],
        )
        accts.append(a)
        s = signup + float(rng.uniform(0, 8)) * HOUR
        e = min(ctx.t1, s + float(rng.uniform(10, 40)) * HOUR)
        ts = bb.thinned(rng, s, e, float(rng.uniform(4, 9)) * (e - s) / HOUR, bb.constant)
        prompts = []
        for lg in draw_langs(rng, langs, w, len(ts)):
            counter += 1
            prompts.append(tx.dataset_request(rng, pick(rng, styles), lg, counter))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=picks(rng, pool, len(ts)),
            comp_median=float(rng.uniform(1800, 2600)),
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "keys": n_keys,
            "payment": "one prepaid card per account",
            "ip_source": f"rotating residential proxies {regions}",
            "pool": len(pool),
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "signup": _f(signup),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: curriculum harvest hidden inside a real writing product's traffic


def chaff(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chaff"
    product = pick(rng, tx.PRODUCTS)
    variant = irange(rng, 0, 1)
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = bb.cloud(rng, irange(rng, 2, 3), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
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
    curve = bb.global_load(float(rng.uniform(14, 20)), float(rng.uniform(0.4, 0.7)))
    real_rate = float(rng.uniform(25, 55))
    switch = ctx.release + float(rng.uniform(4, 24)) * HOUR
    h_start = ctx.release + float(rng.uniform(2, 10)) * HOUR
    share = float(rng.uniform(0.25, 0.45))
    idx = irange(rng, 0, len(tx.CONCEPTS_EN) - 1)
    stride = pick(rng, (1, 7, 11, 13))
    real = bb.worker_pool(rng, ctx.t0, ctx.t1, real_rate, n_keys, curve)
    harvest = bb.worker_pool(rng, h_start, ctx.t1, real_rate * share, n_keys, curve)
    for acct, ts_r, ts_h in zip(accts, real, harvest, strict=True):
        pr = [tx.product_wrap(product, pick(rng, ctx.chat), variant) for _ in range(len(ts_r))]
        models = [
            m if t >= switch else ctx.old_models[0]
            for t, m in zip(
                ts_r.tolist(), ctx.models(rng, ts_r, p_new=0.7, p_mini=0.03), strict=True
            )
        ]
        ctx.emit(rng, acct, ts_r, pr, models=models, comp_median=380.0, comp_sigma=0.65)
        ph = []
        for _ in range(len(ts_h)):
            ph.append(tx.product_wrap(product, tx.curriculum_request(rng, idx), variant))
            idx += stride
        ctx.emit(
            rng,
            acct,
            ts_h,
            ph,
            models=ctx.models(rng, ts_h, p_new=0.85, p_mini=0.0),
            comp_median=620.0,
            comp_sigma=0.55,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum harvest inside product traffic",
            "product": product,
            "keys": n_keys,
            "ip_source": "aws NAT",
            "user_agent": ua,
            "real_per_hour": _f(real_rate),
            "harvest_share": _f(share),
            "harvest_start": _f(h_start),
            "product_switch": _f(switch),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. HARD: bought / compromised aged personal accounts, taken over around the release


def cooling_tray(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cooling_tray"
    n = irange(rng, 20, 38)
    op_ua = bg_ua(rng)
    p_keep_ua = float(rng.uniform(0.4, 0.8))
    harvest_langs, w = langs_for(rng, ("en", "zh", "es"), 1, 3)
    buy = ctx.release + float(rng.uniform(-10, 10)) * HOUR
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        owner_ua = bg_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        take = buy + float(rng.uniform(0, 14)) * HOUR
        owner_curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        pre = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                take,
                float(rng.uniform(0.5, 1.8)),
                owner_curve,
                3.0,
                float(rng.uniform(40, 150)),
            )
        )
        ctx.emit(
            rng,
            a,
            pre,
            [pick(rng, ctx.chat) for _ in range(len(pre))],
            models=ctx.models(rng, pre, p_new=0.17, p_mini=0.05),
            comp_median=350.0,
            comp_sigma=0.7,
        )
        proxies = bb.home(rng, irange(rng, 3, 6), tz)
        ua = owner_ua if chance(rng, p_keep_ua) else op_ua
        post = _cat(
            bb.session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(6, 12)),
                owner_curve,
                float(rng.uniform(4, 8)),
                float(rng.uniform(15, 60)),
            )
        )
        prompts = [
            pick(rng, ctx.chat) if chance(rng, 0.2) else tx.natural_question(rng, lg)
            for lg in draw_langs(rng, harvest_langs, w, len(post))
        ]
        ctx.emit(
            rng,
            a,
            post,
            prompts,
            models=ctx.models(rng, post, p_new=0.75, p_mini=0.0),
            ua=ua,
            ips=bb.sticky(rng, post, proxies, float(rng.uniform(2, 6)) * HOUR),
            comp_median=480.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought aged accounts",
            "accounts": n,
            "payment": "the owners' cards",
            "ip_source": "home address before, same-region residential proxies after",
            "takeover_from": _f(buy),
            "languages": harvest_langs,
            "p_keep_owner_ua": _f(p_keep_ua),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: low-and-slow person-like crowd, each member a separate sign-up


def rate_of_rise(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rate_of_rise"
    n = irange(rng, 60, 105)
    cover = float(rng.uniform(0.2, 0.35))
    onboard_a, onboard_b = ctx.t0 + 1.5 * DAY, ctx.release + 1.0 * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        lang = pick(rng, LANG_OF_TZ[tz])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=bg_ua(rng),
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        s = float(rng.uniform(onboard_a, onboard_b))
        curve = bb.evening_person(tz) if chance(rng, 0.55) else bb.workday(tz)
        ts = _cat(
            bb.session_times(
                rng,
                s,
                ctx.t1,
                float(rng.uniform(1, 3)),
                curve,
                float(rng.uniform(3, 6)),
                float(rng.uniform(40, 150)),
            )
        )[: irange(rng, 15, 70)]
        prompts = [
            pick(rng, ctx.chat) if chance(rng, cover) else tx.natural_question(rng, lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.05),
            comp_median=480.0,
            comp_sigma=0.65,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd of person-like accounts sweeping topics",
            "accounts": n,
            "payment": "one card each",
            "ip_source": "one home address each",
            "cover_share": _f(cover),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: public prompt replay from office broadband


def yellowing(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "yellowing"
    n_orgs, n_keys = irange(rng, 2, 3), irange(rng, 4, 9)
    tz = pick(rng, (-5, 0, 1, 2, 5))
    offices = [bb.home(rng, irange(rng, 1, 2), tz) for _ in range(n_orgs)]
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    ua = "OpenAI/Python 1.54.0"
    order = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    start = ctx.release - float(rng.uniform(0, 1.5)) * DAY
    accts = []
    for k in range(n_keys):
        o = k % n_orgs
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=orgs[o],
            pay=cards[o],
            ua=ua,
            ips=offices[o],
            tz=tz,
        )
        accts.append(a)
        rate = float(rng.uniform(10, 22))
        curve = bb.workday(tz, start=float(rng.uniform(7.5, 9.5)), end=float(rng.uniform(17, 19.5)))
        early = bb.thinned(
            rng, ctx.t0 + 1.0 * DAY, start, rate * 0.1 * (start - ctx.t0 - DAY) / HOUR * 0.3, curve
        )
        main = bb.thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR * 0.3, curve)
        ts = _cat([early, main])
        prompts = []
        for _ in range(len(ts)):
            if prompts and chance(rng, 0.04):
                prompts.append(prompts[-1])  # resend after a timeout
            else:
                prompts.append(ctx.chat[order[pos % len(order)]])
                pos += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.0),
            comp_median=400.0,
            comp_sigma=0.7,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "keys": n_keys,
            "orgs": n_orgs,
            "ip_source": "office broadband",
            "tz": tz,
            "user_agent": ua,
            "replayed": pos,
            "start": _f(start),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. multi-turn dialogue harvest with a simulated user


def afterburner(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "afterburner"
    n_keys, n_orgs = irange(rng, 5, 11), irange(rng, 1, 2)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")
    provider = pick(rng, ("digitalocean", "linode", "vultr"))
    vpn = bb.cloud(rng, irange(rng, 8, 20), "m247")
    p_vpn = float(rng.uniform(0.1, 0.4))
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    langs, w = langs_for(rng, ("en", "pt", "fr", "de"), 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_worker",
            campaign_id=cid,
            org=orgs[k % n_orgs],
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
        )
        for k in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.1, 0.6)) * DAY
    conv_rate = float(rng.uniform(6, 13))
    gap = float(rng.uniform(3, 9))
    for acct, starts in zip(
        accts, bb.worker_pool(rng, start, ctx.t1, conv_rate, n_keys), strict=True
    ):
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            lg = draw_langs(rng, langs, w, 1)[0]
            k = irange(rng, 4, 10)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            per_turn = irange(rng, 300, 500)
            for j in range(k):
                ts_all.append(float(t[j]))
                prompts.append(tx.dialogue_turn(rng, lg, j))
                extra.append(per_turn * j)
        ts = np.asarray(ts_all)
        ips = [pick(rng, vpn) if chance(rng, p_vpn) else acct.ips[0] for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=ips,
            comp_median=450.0,
            comp_sigma=0.55,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n_keys,
            "orgs": n_orgs,
            "ip_source": f"{provider} + m247 VPN",
            "p_vpn": _f(p_vpn),
            "user_agent": ua,
            "languages": langs,
            "conversations_per_hour": _f(conv_rate),
            "turn_gap_s": _f(gap),
        },
    )


# --------------------------------------------------------------------------------------------
# 11. best-of-n / soft-label sampling


def agtron(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "agtron"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2"))
    langs, w = langs_for(rng, ("en", "es", "ja"), 1, 3)
    styles = rng.permutation(4)[: irange(rng, 2, 4)].tolist()
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 8, 14)
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
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0, 12)) * HOUR
    rate = float(rng.uniform(6, 13))
    for acct, starts in zip(accts, bb.worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            style = pick(rng, styles)
            p = tx.soft_label_item(rng, style, draw_langs(rng, langs, w, 1)[0], ctx.chat)
            k = irange(rng, n_lo, n_hi)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.5, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * k)
            comp.extend([220.0 if style == 3 else 40.0] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "ip_source": "aws",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "samples_per_item": [n_lo, n_hi],
            "items_per_hour": _f(rate),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. code curriculum sweep through a mobile-proxy farm


def degassing(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "degassing"
    n_keys = irange(rng, 6, 12)
    carrier = pick(rng, ("us_mobile", "in_mobile", "br_mobile"))
    pool = bb.mobile_v6(rng, irange(rng, 40, 120), carrier)
    hold = float(rng.uniform(10, 30)) * MINUTE
    ua = pick(rng, ("python-httpx/0.28.1", "Go-http-client/2.0", "OpenAI/Python 1.54.0"))
    grid = len(tx.CODE_TASKS) * len(tx.CODE_LANGS)
    stride = pick(rng, (7, 11, 13, 17))
    begin = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    accts = []
    for k in range(n_keys):
        a = ctx.account(
            rng, label="campaign", family=fam, role="sweeper", campaign_id=cid, ua=ua, ips=pool[:1]
        )
        accts.append(a)
        ts = bb.thinned(
            rng,
            begin + float(rng.uniform(0, 12)) * HOUR,
            ctx.t1,
            float(rng.uniform(4, 9)) * (ctx.t1 - begin) / HOUR,
            bb.constant,
        )
        cells = [(k + j * n_keys * stride) % grid for j in range(len(ts))]
        prompts = [tx.code_item(rng, (c // 3 + j) % 4, c) for j, c in enumerate(cells)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code curriculum / translation sweep",
            "keys": n_keys,
            "payment": "one card per key",
            "ip_source": f"mobile proxy farm {carrier}",
            "pool": len(pool),
            "sticky_s": _f(hold),
            "user_agent": ua,
            "grid": grid,
            "stride": stride,
            "begin": _f(begin),
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "first_crack": first_crack,
    "second_crack": second_crack,
    "charge_temp": charge_temp,
    "turning_point": turning_point,
    "development_time": development_time,
    "chaff": chaff,
    "cooling_tray": cooling_tray,
    "rate_of_rise": rate_of_rise,
    "yellowing": yellowing,
    "afterburner": afterburner,
    "agtron": agtron,
    "degassing": degassing,
}

"""Campaign families of blind batch 298 (code names from chessboxing).

Each family is `f(ctx, rng, campaign_id)`: it draws everything (keys, orgs, cards, addresses,
pacing, languages, templates, model choice) from its own generator `rng`, in a fixed order, and
writes events and truth through `ctx`. See README.md (read it only after the monitor's run).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
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
    nightly,
    pick,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind298 import texts as tx

#: user agents as they appear in ordinary traffic
ORDINARY_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BROWSER_UAS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
#: where a person-like account lives (UTC offset), weighted towards the Americas and Europe
TZ_WEIGHTS = {
    -8: 0.14,
    -5: 0.22,
    -3: 0.08,
    0: 0.1,
    1: 0.14,
    2: 0.06,
    3: 0.04,
    5: 0.1,
    8: 0.07,
    9: 0.05,
}


def choose(rng: np.random.Generator, mix: dict, n: int) -> list:
    keys = list(mix)
    w = np.asarray([mix[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=w / w.sum()).tolist()]


def tz_of(rng: np.random.Generator) -> int:
    return int(choose(rng, TZ_WEIGHTS, 1)[0])


def span(ts: np.ndarray, a: float, b: float) -> np.ndarray:
    ts = np.asarray(ts, dtype=np.float64)
    return np.sort(ts[(ts >= a) & (ts < b)])


def rounded(mix: dict[str, float]) -> dict[str, float]:
    return {k: round(float(v), 3) for k, v in mix.items()}


def flat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion with a difficulty sweep, hosting worker pool


def zwischenzug(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "zwischenzug"
    n_keys = irange(rng, 6, 14)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    per_card = irange(rng, 2, 4)
    cards = [hexid(rng, "pay") for _ in range(-(-n_keys // per_card))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    shared_ua = sdk_ua(rng, 0.4) if chance(rng, 0.6) else None
    langs = tx.jitter_weights(rng, {"en": 0.55, "zh": 0.2, "es": 0.15, "ru": 0.1})
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    rate = float(rng.uniform(60, 130))
    warm = float(rng.uniform(0.08, 0.2))
    accts: list[Acct] = []
    key_styles = []
    for i in range(n_keys):
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=cards[i // per_card],
                ua=shared_ua or sdk_ua(rng, 0.3),
                ips=ips,
            )
        )
        key_styles.append(
            [str(s) for s in rng.permutation(np.array(tx.REASONING_STYLES))[:2].tolist()]
        )
    pre = worker_pool(rng, start, ctx.release, rate * warm, n_keys)
    post = worker_pool(
        rng, ctx.release, ctx.t1, rate, n_keys, global_load(float(rng.uniform(0, 24)), 0.25)
    )
    comp = float(rng.uniform(700, 1100))
    for i, acct in enumerate(accts):
        ts = flat([pre[i], post[i]])
        levels = (
            np.clip(1 + np.floor(6 * (ts - start) / (ctx.t1 - start)), 1, 6).astype(int).tolist()
        )
        ls = choose(rng, langs, len(ts))
        prompts = [
            tx.reasoning_prompt(rng, pick(rng, key_styles[i]), lg, lv)
            for lg, lv in zip(ls, levels, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.02),
            comp_median=comp,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion, curriculum sweep of difficulty 1-6",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "payment": f"prepaid, one per {per_card} keys",
            "ip_source": f"hosting block ({provider})",
            "pacing": "Poisson worker pool, warm-up before release",
            "rate_per_hour": round(rate, 1),
            "languages": rounded(langs),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading, batch bursts from cloud


def smothered_mate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "smothered_mate"
    n_keys = irange(rng, 3, 5)
    org = hexid(rng, "org")
    provider = pick(rng, ("gcp", "aws", "azure"))
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    style_w = tx.jitter_weights(
        rng,
        {
            "pairwise_json": 0.3,
            "rubric": 0.25,
            "reward_scalar": 0.2,
            "flaws_then_score": 0.1,
            "de_scale": 0.08,
            "ja_scale": 0.07,
        },
    )
    start = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    per_day = float(rng.uniform(4, 9))
    size = float(rng.uniform(30, 70))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(acct)
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, lambda t: np.ones(len(t))
        )
        pre = starts[starts < ctx.release]
        starts = np.concatenate([pre[rng.random(len(pre)) < 0.3], starts[starts >= ctx.release]])
        trains = bursts(rng, starts, size, float(rng.uniform(0.8, 2.0)), b=ctx.t1)
        for tr in trains:
            style = tx.weighted(rng, style_w)
            prompts = [tx.judge_prompt(rng, style, ctx.chat, ctx.passages) for _ in range(len(tr))]
            ctx.emit(
                rng,
                acct,
                tr,
                prompts,
                models=ctx.models(rng, tr, 0.9, 0.0),
                comp_median=210.0,
                comp_sigma=0.5,
                err=0.03,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading of public answers",
            "keys": n_keys,
            "orgs": 1,
            "cards": n_keys,
            "payment": "business card per key",
            "ip_source": f"cloud ({provider}), one address per key",
            "pacing": "script bursts",
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "styles": rounded(style_w),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. HARD: a person-like crowd (stolen cards, geo-matched residential proxies, browser UAs)


def rope_a_dope(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rope_a_dope"
    n = irange(rng, 35, 60)
    langs = tx.jitter_weights(rng, {"en": 0.6, "es": 0.12, "pt": 0.1, "de": 0.08, "hi": 0.1})
    p_cover = float(rng.uniform(0.15, 0.35))
    p_new = float(rng.uniform(0.7, 0.9))
    accts = []
    for _ in range(n):
        tz = tz_of(rng)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, BROWSER_UAS),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        lang = choose(rng, langs, 1)[0]
        a = ctx.release - float(rng.uniform(0.0, 1.2)) * DAY
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            evening_person(tz),
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(40, 130)),
        )
        ts = flat(sess)
        prompts = [
            tx.clip_text(rng, pick(rng, ctx.chat), 10, 1500)
            if chance(rng, p_cover)
            else tx.crowd_question(rng, lang)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=420.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "explanatory-question sweep by a low-and-slow person-like crowd",
            "accounts": n,
            "orgs": n,
            "cards": n,
            "payment": "stolen cards, one per account",
            "ip_source": "residential proxies matched to each persona's timezone",
            "pacing": "evening sessions, a few per day",
            "languages": rounded(langs),
            "cover_share": round(p_cover, 3),
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. censorship-safe / policy rewrites and sensitive-topic answers via VPN exits


def cut_man(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cut_man"
    n_keys = irange(rng, 8, 15)
    n_cards = irange(rng, 2, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    provs = [
        str(p)
        for p in rng.permutation(np.array(["m247", "leaseweb", "ovh", "digitalocean", "vultr"]))[
            : irange(rng, 1, 2)
        ].tolist()
    ]
    pool = [ip for p in provs for ip in cloud(rng, irange(rng, 8, 16), p)]
    style_w = tx.jitter_weights(
        rng,
        {
            "refusal_rewrite": 0.2,
            "two_versions": 0.15,
            "sanitize_passage": 0.15,
            "zh_open": 0.25,
            "ru_open": 0.15,
            "ar_open": 0.1,
        },
    )
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    rate = float(rng.uniform(35, 80))
    hold = float(rng.uniform(20, 60)) * MINUTE
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "Go-http-client/2.0")),
            ips=pool,
        )
        for i in range(n_keys)
    ]
    streams = worker_pool(
        rng, start, ctx.t1, rate, n_keys, global_load(float(rng.uniform(0, 24)), 0.5)
    )
    for acct, ts in zip(accts, streams, strict=True):
        prompts = [
            tx.policy_prompt(rng, tx.weighted(rng, style_w), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=650.0,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites and uncensored sensitive-topic answers",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_cards,
            "payment": "prepaid cards shared across keys",
            "ip_source": f"VPN exits ({', '.join(provs)}), sticky {hold / MINUTE:.0f} min",
            "pacing": "Poisson worker pool",
            "rate_per_hour": round(rate, 1),
            "styles": rounded(style_w),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. agent / tool-use transcripts: episodes of growing trajectories behind one NAT


def flag_fall(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "flag_fall"
    n_keys = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 1, 3), "aws")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "langchain-openai/0.3.6",
            "OpenAI/Python 1.63.2",
            "dspy/2.6.3 litellm/1.60.2",
        ),
    )
    domains = [
        str(d) for d in rng.permutation(np.array(tx.agent_domains()))[: irange(rng, 3, 5)].tolist()
    ]
    fmts = [
        str(f) for f in rng.permutation(np.array(tx.AGENT_FORMATS))[: irange(rng, 1, 2)].tolist()
    ]
    preamble = irange(rng, 400, 2000)
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    rate = float(rng.uniform(6, 12))
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
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    starts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, lambda t: np.ones(len(t)))
    starts = starts[(starts >= ctx.release) | (rng.random(len(starts)) < 0.3)]
    who = rng.integers(0, n_keys, size=len(starts)).tolist()
    per: list[tuple[list, list]] = [([], []) for _ in range(n_keys)]
    for s, k in zip(starts.tolist(), who, strict=True):
        domain, fmt = pick(rng, domains), pick(rng, fmts)
        task = tx.agent_task(rng, domain)
        steps = irange(rng, 4, 14)
        seed = int(rng.integers(0, 2**32))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=steps - 1))])
        for j, tj in enumerate(t.tolist()):
            per[k][0].append(tj)
            per[k][1].append(tx.agent_prompt(np.random.default_rng(seed), fmt, domain, j, task))
    for acct, (ts, prompts) in zip(accts, per, strict=True):
        tsa = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            tsa,
            prompts,
            models=ctx.models(rng, tsa, 0.95, 0.0),
            comp_median=160.0,
            comp_sigma=0.8,
            err=0.02,
            extra=preamble,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "one company card",
            "ip_source": f"cloud NAT ({len(nat)} addresses, aws)",
            "pacing": "agent episodes of 4-14 chained calls",
            "episodes_per_hour": round(rate, 2),
            "domains": domains,
            "formats": fmts,
            "extra_prompt_tokens": preamble,
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. synthetic-dataset generation in nightly batches


def rook_lift(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rook_lift"
    n_keys = irange(rng, 2, 4)
    org = hexid(rng, "org")
    provider = pick(rng, ("contabo", "ovh", "hetzner", "scaleway"))
    tz = int(pick(rng, (1, 3, 8)))
    night = nightly(float(rng.uniform(21, 25)) % 24, float(rng.uniform(4, 7)), tz)
    style_w = tx.jitter_weights(
        rng,
        {
            "pairs_jsonl": 0.3,
            "mcq": 0.2,
            "persona_qa": 0.2,
            "dialogue": 0.1,
            "fr_pairs": 0.1,
            "ko_pairs": 0.1,
        },
    )
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        accts.append(acct)
        trial = thinned(rng, ctx.release - 1.5 * DAY, ctx.release, irange(rng, 20, 80), night)
        main = thinned(rng, ctx.release, ctx.t1, irange(rng, 500, 1100), night)
        ts = flat([trial, main])
        prompts = [tx.dataset_prompt(rng, tx.weighted(rng, style_w)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.98, 0.0),
            comp_median=1800.0,
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction / MCQ / dialogue dataset generation",
            "keys": n_keys,
            "orgs": 1,
            "cards": n_keys,
            "payment": "prepaid card per key",
            "ip_source": f"hosting ({provider})",
            "pacing": f"nightly batches (UTC{tz:+d})",
            "styles": rounded(style_w),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. HARD: harvest hidden in a real writing product's backend traffic


def discovered_check(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "discovered_check"
    product = pick(rng, tx.PRODUCT_NAMES)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    prod = ctx.account(
        rng,
        label="campaign",
        family=fam,
        role="product_backend",
        campaign_id=cid,
        org=org,
        pay=pay,
        ua=ua,
        ips=cloud(rng, irange(rng, 2, 4), provider),
    )
    accts = [prod]
    if chance(rng, 0.6):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="staging_backend",
                campaign_id=cid,
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, 1, provider),
            )
        )
    load = global_load(float(rng.uniform(13, 19)), 0.6)
    rate = float(rng.uniform(20, 40))
    share = float(rng.uniform(0.25, 0.4))
    ramp = float(rng.uniform(0.3, 1.0)) * DAY
    for k, acct in enumerate(accts):
        scale = 1.0 if k == 0 else 0.03
        real = thinned(rng, ctx.t0, ctx.t1, scale * rate * (ctx.t1 - ctx.t0) / HOUR, load)
        inj = thinned(
            rng,
            ctx.release,
            ctx.t1,
            scale * rate * share / (1 - share) * (ctx.t1 - ctx.release) / HOUR,
            load,
        )
        inj = inj[rng.random(len(inj)) < np.clip((inj - ctx.release) / ramp, 0.05, 1.0)]
        real_prompts = [
            tx.product_frame(rng, product, tx.clip_text(rng, pick(rng, ctx.chat), 10, 1500))
            for _ in range(len(real))
        ]
        ctx.emit(
            rng,
            acct,
            real,
            real_prompts,
            models=ctx.models(rng, real, 0.6, 0.2),
            comp_median=280.0,
            err=0.01,
        )
        inj_prompts = []
        for _ in range(len(inj)):
            mode, text = tx.product_injected(rng)
            inj_prompts.append(tx.product_frame(rng, product, text, mode))
        ctx.emit(
            rng,
            acct,
            inj,
            inj_prompts,
            models=ctx.models(rng, inj, 0.97, 0.0),
            comp_median=750.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "explainer harvest injected into a live writing product's API traffic",
            "product": product,
            "keys": len(accts),
            "orgs": 1,
            "cards": 1,
            "payment": "the product's business card",
            "ip_source": f"product backend ({provider})",
            "pacing": "global product load; injection ramps after release",
            "real_rate_per_hour": round(rate, 1),
            "injected_share": round(share, 3),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: bought aged accounts (owner's organic history, then code harvest via proxies)


def back_rank_mate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "back_rank_mate"
    n = irange(rng, 12, 22)
    region = pick(rng, ("us", "eu", "latam", "sea"))
    proxy_pool = resi(rng, irange(rng, 25, 60), region)
    buyer_ua = pick(
        rng,
        (
            "OpenAI/Python 1.54.0",
            "OpenAI/Python 1.54.0",
            "OpenAI/NodeJS 4.67.1",
            "OpenAI/Python 1.58.1",
        ),
    )
    buyer_tz = int(pick(rng, (3, 5, 8)))
    lot = ctx.release - float(rng.uniform(0.1, 0.8)) * DAY
    hold = float(rng.uniform(1, 4)) * HOUR
    p_cover = float(rng.uniform(0.05, 0.15))
    accts = []
    for _ in range(n):
        tz = tz_of(rng)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, BROWSER_UAS),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        bought = lot + float(rng.uniform(0, 6)) * HOUR
        own = flat(
            session_times(
                rng, ctx.t0, bought, float(rng.uniform(0.4, 1.5)), evening_person(tz), 2.5, 90.0
            )
        )
        ctx.emit(
            rng,
            acct,
            own,
            [tx.clip_text(rng, pick(rng, ctx.chat), 8, 1500) for _ in range(len(own))],
            models=ctx.models(rng, own, 0.3, 0.1),
            comp_median=350.0,
            err=0.01,
        )
        used = flat(
            session_times(
                rng,
                bought + float(rng.uniform(1, 12)) * HOUR,
                ctx.t1,
                float(rng.uniform(2.5, 5.5)),
                workday(buyer_tz, 9, 23, weekend=0.7),
                float(rng.uniform(6, 14)),
                float(rng.uniform(15, 40)),
            )
        )
        prompts = [
            tx.clip_text(rng, pick(rng, ctx.chat), 8, 1500)
            if chance(rng, p_cover)
            else tx.code_question(rng)
            for _ in range(len(used))
        ]
        ctx.emit(
            rng,
            acct,
            used,
            prompts,
            models=ctx.models(rng, used, 0.9, 0.0),
            ua=buyer_ua,
            ips=sticky(rng, used, proxy_pool, hold),
            comp_median=600.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest through a lot of bought aged accounts",
            "accounts": n,
            "orgs": n,
            "cards": n,
            "payment": "the original owners' cards",
            "ip_source": f"residential proxies ({region}) after purchase",
            "pacing": "owner's evening sessions, then buyer's work sessions",
            "bought_from": lot,
            "buyer_ua": buyer_ua,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. best-of-n / cross-model soft-label sampling


def poisoned_pawn(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "poisoned_pawn"
    n_keys = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in orgs]
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    styles = [
        str(s) for s in rng.permutation(np.array(tx.SAMPLE_STYLES))[: irange(rng, 1, 2)].tolist()
    ]
    n_lo = irange(rng, 3, 5)
    n_hi = n_lo + irange(rng, 1, 4)
    p_cross = float(rng.uniform(0.2, 0.45))
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(orgs)],
            ua=sdk_ua(rng, 0.5),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(acct)
        a = ctx.release + float(rng.uniform(0, 0.4)) * DAY
        starts = thinned(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(2, 5)) * (ctx.t1 - a) / HOUR,
            lambda t: np.ones(len(t)),
        )
        ts_all, prompts, models = [], [], []
        for s in starts.tolist():
            k = irange(rng, n_lo, n_hi)
            base = tx.sample_base(rng, ctx.chat)
            style = pick(rng, styles)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.8), 0.7, size=k - 1))])
            cross = chance(rng, p_cross)
            for j, tj in enumerate(t.tolist()):
                ts_all.append(tj)
                prompts.append(tx.sample_variant(style, base, j, k))
                models.append(ctx.old_models[0] if cross and j >= k - 2 else ctx.new_model)
        ctx.emit(rng, acct, np.asarray(ts_all), prompts, models=models, comp_median=380.0, err=0.05)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling, some jobs also on the old model",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "payment": "card per org",
            "ip_source": f"hosting ({provider})",
            "pacing": "per-job bursts of n samples",
            "n_samples": [n_lo, n_hi],
            "styles": styles,
            "cross_model_share": round(p_cross, 3),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. multi-turn dialogue harvest through rotating residential proxies


def technical_knockout(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "technical_knockout"
    n_keys = irange(rng, 6, 12)
    n_cards = irange(rng, 2, 3)
    cards = [hexid(rng, "pay") for _ in range(n_cards)]
    pool = resi(rng, irange(rng, 40, 80), "latam") + resi(rng, irange(rng, 40, 80), "eu")
    langs = tx.jitter_weights(rng, {"es": 0.3, "pt": 0.25, "fr": 0.2, "it": 0.1, "en": 0.15})
    start = ctx.release - float(rng.uniform(0.1, 0.5)) * DAY
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_driver",
            campaign_id=cid,
            pay=cards[i % n_cards],
            ua=pick(rng, ("aiohttp/3.11.11", "python-httpx/0.28.1", "OpenAI/Python 1.58.1")),
            ips=pool,
        )
        accts.append(acct)
        fmt = pick(rng, tx.DIALOGUE_FORMATS)
        starts = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.0)) * (ctx.t1 - start) / HOUR,
            lambda t: np.ones(len(t)),
        )
        ts_all, prompts, ips = [], [], []
        for s in starts.tolist():
            lang = choose(rng, langs, 1)[0]
            topic = tx.concept(rng)[1]
            persona = pick(rng, tx.DIALOGUE_PERSONAS)
            ip = pick(rng, pool)
            turns = irange(rng, 3, 8)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(14.0), 0.5, size=turns - 1))]
            )
            hist: list[tuple[str, str]] = []
            for j, tj in enumerate(t.tolist()):
                user = tx.dialogue_user_turn(rng, lang, j, topic)
                ts_all.append(tj)
                prompts.append(tx.dialogue_prompt(rng, fmt, lang, topic, persona, hist, user))
                ips.append(ip)
                hist = hist + [(user, tx.dialogue_reply(rng, lang, j, topic, ctx.passages))]
        ctx.emit(
            rng,
            acct,
            np.asarray(ts_all),
            prompts,
            models=ctx.models(rng, np.asarray(ts_all), 0.92, 0.0),
            ips=ips,
            comp_median=450.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn persona dialogue harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_cards,
            "payment": "prepaid cards shared across keys",
            "ip_source": "residential proxies (latam + eu), new exit per dialogue",
            "pacing": "dialogues of 3-8 chained turns",
            "languages": rounded(langs),
            "start": start,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay by an "office team" on office broadband


def sparring_partner(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sparring_partner"
    n_keys = irange(rng, 4, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = int(pick(rng, TZS))
    office = home(rng, irange(rng, 1, 3), tz)
    ua = pick(
        rng,
        ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0"),
    )
    order = rng.permutation(len(ctx.chat)).tolist()
    used = 0
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="team_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office,
            tz=tz,
        )
        accts.append(acct)
        ts = thinned(
            rng,
            ctx.t0 + float(rng.uniform(0, 0.6)) * DAY,
            ctx.t1,
            irange(rng, 120, 350),
            workday(tz),
        )
        idx = order[used : used + len(ts)]
        used += len(ts)
        prompts = [ctx.chat[j] for j in idx]
        ctx.emit(
            rng,
            acct,
            ts[: len(prompts)],
            prompts,
            models=ctx.models(rng, ts[: len(prompts)], 0.85, 0.05),
            comp_median=380.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "verbatim replay of a public chat prompt set, each prompt once",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "payment": "one company card",
            "ip_source": f"office broadband (UTC{tz:+d})",
            "pacing": "office hours",
            "prompts_used": used,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. translation sweep: each passage into many languages, Asian cloud worker pool


def bob_and_weave(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bob_and_weave"
    n_keys = irange(rng, 10, 18)
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    styles = [
        str(s) for s in rng.permutation(np.array(tx.TRANSLATE_STYLES))[: irange(rng, 1, 2)].tolist()
    ]
    start = ctx.release + float(rng.uniform(0, 0.5)) * DAY
    rate = float(rng.uniform(55, 100))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "aiohttp/3.11.11")),
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    streams = worker_pool(rng, start, ctx.t1, rate, n_keys)
    total = sum(len(s) for s in streams)
    jobs: list[tuple[str, str, str]] = []
    while len(jobs) < total:
        text = tx.clip_text(rng, pick(rng, ctx.passages), 250, 1300)
        style = pick(rng, styles)
        k = irange(rng, 5, 10)
        for tgt in rng.permutation(np.array(tx.TARGET_LANGS))[:k].tolist():
            jobs.append((style, text, str(tgt)))
    all_ts = np.concatenate([s for s in streams if len(s)]) if total else np.empty(0)
    owner = (
        np.concatenate([np.full(len(s), i) for i, s in enumerate(streams)])
        if total
        else np.empty(0, dtype=int)
    )
    order = np.argsort(all_ts, kind="stable")
    per: list[list[int]] = [[] for _ in range(n_keys)]
    for j, pos in enumerate(order.tolist()):
        per[int(owner[pos])].append(j)
    for i, acct in enumerate(accts):
        js = per[i]
        ts = np.sort(streams[i])
        prompts = [tx.translate_prompt(rng, jobs[j][0], jobs[j][1], jobs[j][2]) for j in js]
        comp = np.asarray([max(60.0, len(jobs[j][1]) / 3.2) for j in js])
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=comp,
            comp_sigma=0.25,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest: each passage translated into 5-10 languages",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "prepaid card per key",
            "ip_source": f"cloud ({provider})",
            "pacing": "Poisson worker pool",
            "rate_per_hour": round(rate, 1),
            "styles": styles,
            "start": start,
            "hard": False,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "zwischenzug": zwischenzug,
    "smothered_mate": smothered_mate,
    "rope_a_dope": rope_a_dope,
    "cut_man": cut_man,
    "flag_fall": flag_fall,
    "rook_lift": rook_lift,
    "discovered_check": discovered_check,
    "back_rank_mate": back_rank_mate,
    "poisoned_pawn": poisoned_pawn,
    "technical_knockout": technical_knockout,
    "sparring_partner": sparring_partner,
    "bob_and_weave": bob_and_weave,
}

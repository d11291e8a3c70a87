"""Campaign families of batch 246 (code names: welly-wanging words).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, records the
campaign with `ctx.campaign` and writes events with `ctx.emit`. All draws come from the family's own
generator, in a fixed order.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind246 import texts as tx

# the background's own most common client strings (seen in the campaign-free simulator output)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _langs(rng: np.random.Generator, weights: dict[str, float], n: int) -> list[str]:
    return [tx.wpick(rng, weights) for _ in range(n)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def gumboot_hurl(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gumboot_hurl"
    n_keys = irange(rng, 10, 22)
    n_orgs = irange(rng, 2, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]  # one prepaid card per org
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2", "aiohttp/3.11.11"))
    langs = {"en": 0.45, "zh": 0.2, "es": 0.1, "ru": 0.15, "ko": 0.1}
    en_styles = {
        "en_tags": float(rng.uniform(0.2, 1)),
        "en_md": float(rng.uniform(0.2, 1)),
        "en_casual": float(rng.uniform(0.1, 0.5)),
    }
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 2))]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o],
                ua=ua,
                ips=ips,
            )
        )
    start = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    rate_pre, rate_post = float(rng.uniform(15, 40)), float(rng.uniform(110, 200))
    pre = bb.worker_pool(rng, start, ctx.release, rate_pre, n_keys)
    post = bb.worker_pool(
        rng, ctx.release + float(rng.uniform(0.2, 3)) * HOUR, ctx.t1, rate_post, n_keys
    )
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = _cat([t_pre, t_post])
        prompts = [
            tx.reasoning_prompt(rng, tx.wpick(rng, langs), en_styles) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=1500,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, boxed answers, multilingual maths)",
            "pacing": "Poisson worker pool, dry run before release then full rate",
            "rate_per_hour": [rate_pre, rate_post],
            "ip_source": f"rented hosting block ({provider})",
            "payment": "one prepaid card per org",
            "orgs": n_orgs,
            "user_agent": ua,
            "languages": list(langs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, nightly bursts from cloud


def taihape_throw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "taihape_throw"
    n_keys = irange(rng, 6, 12)
    org = bb.hexid(rng, "org")
    tz = pick(rng, (-5, 1, 8))
    styles = {"pairwise": 0.35, "rubric": 0.3, "reward": 0.2, "de": 0.08, "ja": 0.07}
    accts = []
    for _ in range(n_keys):
        prov = pick(rng, ("aws", "gcp", "azure"))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=org,
                ua=bb.sdk_ua(rng, 0.6),
                ips=bb.cloud(rng, irange(rng, 1, 3), prov),
                tz=tz,
            )
        )
    night = bb.nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 5)), tz)
    start = ctx.release - float(rng.uniform(0, 1)) * DAY
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 3.5)) * (ctx.t1 - start) / DAY, night
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(80, 180)), float(rng.uniform(0.6, 2.5)), 0.6, ctx.t1
            )
        )
        prompts = [
            tx.judge_prompt(rng, tx.wpick(rng, styles), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=420,
            extra=irange(rng, 40, 120),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading of response pairs",
            "pacing": "nightly bursts per key",
            "ip_source": "cloud (aws/gcp/azure), 1-3 per key",
            "payment": "one card per key (stolen)",
            "styles": list(styles),
            "languages": ["en", "de", "ja"],
            "tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-safe rewrites and refusals through a residential proxy pool


def welly_runup(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "welly_runup"
    n_keys = irange(rng, 15, 30)
    region = pick(rng, ("us", "eu", "sea", "latam"))
    pool = bb.resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(5, 20)) * MINUTE
    styles = {"draft": 0.3, "ideal": 0.25, "classify": 0.15, "zh": 0.15, "ru": 0.1, "ar": 0.05}
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                ua=pick(rng, bb.BROWSERS + BG_BROWSERS[:2]),
                ips=[pool[0]],
            )
        )
    for a in accts:
        start = bb.jitter_start(rng, ctx.t0 + 2 * DAY, ctx.t1, 0.3)
        ts = bb.thinned(rng, start, ctx.t1, float(rng.uniform(70, 200)), bb.constant)
        prompts = [
            tx.rewrite_prompt(rng, tx.wpick(rng, styles), ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=bb.sticky(rng, ts, pool, hold),
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=380,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites, ideal refusals and censorship-safe rewrites",
            "pacing": "steady per-key Poisson, round the clock",
            "ip_source": f"residential proxy pool ({region}), sticky {hold:.0f}s",
            "payment": "one card per key",
            "user_agent": "spoofed browsers",
            "styles": list(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from VPN exits


def heel_spin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "heel_spin"
    n_keys = irange(rng, 4, 8)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    exits = bb.cloud(rng, irange(rng, 3, 6), "m247") + bb.cloud(rng, irange(rng, 2, 5), "leaseweb")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = {
        "react": float(rng.uniform(0.2, 1)),
        "xml": float(rng.uniform(0.2, 1)),
        "json": float(rng.uniform(0.2, 1)),
    }
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=exits,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    for a in accts:
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(25, 55)),
            bb.constant,
            float(rng.uniform(8, 16)),
            float(rng.uniform(3, 9)),
            0.6,
        )
        ts_all, prompts, extras, ips = [], [], [], []
        for s in sess:
            style = tx.wpick(rng, styles)
            exit_ip = pick(rng, exits)
            for _t in s.tolist():
                p, e = tx.agent_prompt(rng, style, ctx.passages)
                prompts.append(p)
                extras.append(e)
                ips.append(exit_ip)
            ts_all.append(s)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=260,
            extra=extras,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories (ReAct, XML tool calls, JSON steps)",
            "pacing": "episodes of rapid steps, round the clock",
            "ip_source": "VPN exits (m247, leaseweb), one per episode",
            "payment": "one shared card",
            "user_agent": ua,
            "styles": list(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, a grid swept slowly over many cloud keys


def rubber_toe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rubber_toe"
    n_keys = irange(rng, 20, 36)
    provs = bb.providers()
    accts = []
    for i in range(n_keys):
        prov = provs[(i + int(rng.integers(len(provs)))) % len(provs)]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                ua=pick(rng, bb.SDK_OTHER[:6] + bb.SDK_COMMON[:2]),
                ips=bb.cloud(rng, 1, prov),
            )
        )
    grid = tx.synth_grid()
    order = rng.permutation(len(grid))
    styles = {"selfinstruct": 0.45, "evol": 0.3, "persona": 0.25}
    start = ctx.release - float(rng.uniform(2, 10)) * HOUR
    per_key = [
        bb.thinned(
            rng,
            start + float(rng.uniform(0, 6)) * HOUR,
            ctx.t1,
            float(rng.uniform(3, 6)) * (ctx.t1 - start) / HOUR,
            bb.constant,
        )
        for _ in accts
    ]
    # one queue: jobs taken in time order by whichever key is free
    owner = np.concatenate([np.full(len(t), i) for i, t in enumerate(per_key)])
    when = np.concatenate(per_key)
    seq = np.argsort(when, kind="stable")
    cell_of = np.empty(len(when), dtype=np.int64)
    cell_of[seq] = order[np.arange(len(when)) % len(grid)]
    for i, a in enumerate(accts):
        sel = np.flatnonzero(owner == i)
        ts = when[sel]
        prompts = [
            tx.synth_prompt(rng, grid[int(c)], tx.wpick(rng, styles), ctx.chat)
            for c in cell_of[sel].tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.0),
            comp_median=1700,
            comp_sigma=0.4,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation over a task x topic x level x language grid",
            "pacing": "slow steady per-key Poisson from a shared job queue",
            "ip_source": "one cloud IP per key, providers rotated",
            "payment": "one card per key",
            "orgs": "one per key",
            "grid_cells": len(grid),
            "styles": list(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: multi-turn dialogue harvest by a person-like crowd on residential proxies


def puddle_lane(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "puddle_lane"
    n = irange(rng, 28, 48)
    accts, tzs, langs = [], [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        lang = {-3: pick(rng, ("pt", "es")), 3: "tr"}.get(tz, "en")
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.7) else pick(rng, bb.MOBILE[:3])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="persona",
                campaign_id=cid,
                ua=ua,
                ips=bb.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
        tzs.append(tz)
        langs.append(lang)
    for a, tz, lang in zip(accts, tzs, langs, strict=True):
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.45)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.3)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            curve,
            float(rng.uniform(5, 10)),
            float(rng.uniform(50, 150)),
            0.7,
        )
        ts_all, prompts, extras = [], [], []
        for s in sess:
            hist = 0
            for turn, _t in enumerate(s.tolist()):
                p = tx.dialogue_turn(rng, turn, lang, ctx.chat)
                prompts.append(p)
                extras.append(hist)
                hist += len(p) // 4 + irange(rng, 250, 600)
            ts_all.append(s)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.05),
            comp_median=520,
            extra=extras,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted follow-ups driving long conversations)",
            "pacing": "human-like sessions on evening or workday curves in each persona's time zone",
            "ip_source": "residential proxies matching each persona's time zone",
            "payment": "one card per account",
            "user_agent": "background-like browsers and phones",
            "languages": ["en", "es", "pt", "tr"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: identical prompts fired in tight bursts


def wader_lob(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wader_lob"
    n_keys = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "reqwest/0.12.12"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), "gcp"),
        )
        for _ in range(n_keys)
    ]
    modes = {"soft": 0.35, "chat": 0.35, "math": 0.15, "creative": 0.15}
    per_hour = float(rng.uniform(14, 24))
    start = ctx.release + float(rng.uniform(1, 10)) * HOUR
    jobs = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for a, starts in zip(accts, jobs, strict=True):
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            mode = tx.wpick(rng, modes)
            k = irange(rng, 16, 32) if mode == "soft" else irange(rng, 4, 8)
            p = tx.sampling_prompt(rng, mode, ctx.chat)
            t = s + np.cumsum(rng.exponential(float(rng.uniform(0.05, 0.6)), size=k))
            ts_all.append(t)
            prompts.extend([p] * k)
            comp.extend([3.0 if mode == "soft" else 380.0] * k)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label (letter distribution) sampling of identical prompts",
            "pacing": "worker pool of jobs, each a tight burst of 4-32 identical requests",
            "ip_source": "gcp, 1-2 per key",
            "payment": "one shared card",
            "user_agent": ua,
            "modes": list(modes),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. HARD: translation harvest hidden inside a real localisation product's traffic


def galosh_fling(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "galosh_fling"
    brand = pick(rng, ("Lingoloop", "Parlance Cloud", "Tongue&Tide", "Wordhatch"))
    n_keys = irange(rng, 3, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    ips = bb.cloud(rng, irange(rng, 2, 3), "aws")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    fmts = {"tag": 0.5, "json": 0.3, "plain": 0.2}
    load = bb.global_load(float(rng.uniform(10, 16)), 0.6)
    quiet = bb.global_load(
        float(rng.uniform(0, 4)), 0.5
    )  # harvest leans into the product's quiet hours
    harvest_share = float(rng.uniform(0.25, 0.45))
    h_start = ctx.release - float(rng.uniform(0, 12)) * HOUR
    for a in accts:
        fmt_pref = {k: v * float(rng.uniform(0.5, 1.5)) for k, v in fmts.items()}
        prod_n = float(rng.uniform(250, 400)) * (ctx.t1 - ctx.t0) / DAY
        t_prod = bb.thinned(rng, ctx.t0, ctx.t1, prod_n, load)
        t_harv = bb.thinned(
            rng,
            h_start,
            ctx.t1,
            prod_n * harvest_share * (ctx.t1 - h_start) / (ctx.t1 - ctx.t0) * 1.6,
            quiet,
        )
        p_prod = [
            tx.l10n_prompt(
                rng, brand, pick(rng, tx.LOCALES), tx.ui_string(rng), tx.wpick(rng, fmt_pref)
            )
            for _ in range(len(t_prod))
        ]
        p_harv = [
            tx.l10n_prompt(
                rng,
                brand,
                pick(rng, tx.LOCALES),
                tx.clip_text(rng, pick(rng, ctx.passages), 400, 1800),
                tx.wpick(rng, fmt_pref),
            )
            for _ in range(len(t_harv))
        ]
        ctx.emit(
            rng,
            a,
            t_prod,
            p_prod,
            models=ctx.models(rng, t_prod, p_new=0.45, p_mini=0.3),
            comp_median=60,
            err=0.01,
        )
        ctx.emit(
            rng,
            a,
            t_harv,
            p_harv,
            models=ctx.models(rng, t_harv, p_new=0.9, p_mini=0.0),
            comp_median=520,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest (long answers translated into 16 locales) mixed into a real l10n product",
            "pacing": "product load curve plus harvest leaning into quiet hours",
            "harvest_share": harvest_share,
            "ip_source": "the product's fixed aws egress",
            "payment": "the product's corporate card",
            "user_agent": ua,
            "brand": brand,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. code harvest on burner accounts from serverless egress


def dunlop_peg(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dunlop_peg"
    n = irange(rng, 30, 50)
    lambda_pool = bb.cloud(rng, irange(rng, 120, 260), "aws")
    cards = [bb.hexid(rng, "pay") for _ in range(max(2, n // irange(rng, 4, 6)))]
    styles = {"spec": 0.4, "contest": 0.3, "bugfix": 0.15, "zh": 0.15}
    ua = pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=[lambda_pool[0]],
        )
        for _ in range(n)
    ]
    span = ctx.t1 - (ctx.release - DAY)
    for i, a in enumerate(accts):
        born = ctx.release - DAY + span * (i + float(rng.uniform(0, 1))) / n * 0.85
        life = float(rng.uniform(0.7, 2.0)) * DAY
        starts = bb.thinned(
            rng,
            born,
            min(born + life, ctx.t1),
            life / (float(rng.uniform(2, 4)) * HOUR),
            bb.constant,
        )
        ts = _cat(
            bb.bursts(
                rng, starts, float(rng.uniform(10, 25)), float(rng.uniform(1.5, 4)), 0.5, ctx.t1
            )
        )
        prompts = [tx.code_prompt(rng, tx.wpick(rng, styles)) for _ in range(len(ts))]
        ips = bb.picks(rng, lambda_pool, len(ts))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=900,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code-solution harvest (specs, contest problems, bug fixes; 8 languages)",
            "pacing": "bursts every 2-4 h per burner account; accounts replaced through the window",
            "ip_source": "aws serverless egress, a random address per request",
            "payment": "prepaid cards reused by 4-6 accounts",
            "user_agent": ua,
            "styles": list(styles),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought/compromised aged accounts: owner's use plus harvest from same-region proxies


def muddy_mark(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "muddy_mark"
    n = irange(rng, 10, 18)
    lang_of_tz = {
        0: "en",
        1: "de",
        2: "fr",
        -3: "es",
        -5: "en",
        -8: "en",
        9: "ja",
        5: "en",
        8: "en",
        3: "en",
    }
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, BG_SDK + BG_BROWSERS[:2])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="hijacked",
                campaign_id=cid,
                ua=ua,
                ips=bb.home(rng, 1, tz),
                tz=tz,
            )
        )
    for a in accts:
        tz = a.tz
        owner_curve = bb.workday(tz) if chance(rng, 0.5) else bb.evening_person(tz)
        t_own = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(1, 3)),
                owner_curve,
                float(rng.uniform(3, 8)),
                float(rng.uniform(30, 120)),
            )
        )
        p_own = [tx.clip_text(rng, pick(rng, ctx.chat), 10, 1200) for _ in range(len(t_own))]
        ctx.emit(rng, a, t_own, p_own, models=ctx.models(rng, t_own, p_new=0.2), comp_median=340)
        pool = bb.home(rng, irange(rng, 15, 40), tz)
        h_start = ctx.release - float(rng.uniform(0, 1.2)) * DAY
        t_h = bb.thinned(
            rng, h_start, ctx.t1, float(rng.uniform(30, 80)) * (ctx.t1 - h_start) / DAY, owner_curve
        )
        lang = lang_of_tz[tz] if chance(rng, 0.6) else "en"
        p_h = [tx.expert_question(rng, lang) for _ in range(len(t_h))]
        ctx.emit(
            rng,
            a,
            t_h,
            p_h,
            ips=bb.sticky(rng, t_h, pool, float(rng.uniform(15, 45)) * MINUTE),
            models=ctx.models(rng, t_h, p_new=0.9),
            comp_median=700,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert-answer harvest through hijacked aged accounts that keep their owners' own use",
            "pacing": "owner's sessions plus harvest following the owner's daily curve",
            "ip_source": "owner's home IP plus residential proxies in the same region",
            "payment": "each owner's card",
            "user_agent": "the owner's",
            "languages": ["en", "de", "fr", "es", "ja"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: public prompt replay by a low-and-slow crowd (disjoint slices of a public set)


def kneehigh_twirl(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "kneehigh_twirl"
    n = irange(rng, 50, 80)
    perm = rng.permutation(len(ctx.chat))
    cursor = 0
    accts, tzs = [], []
    n_cards = irange(rng, n // 2, n)  # prepaid virtual cards, some bought in pairs
    cards = [bb.hexid(rng, "pay") for _ in range(n_cards)]
    for i in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, BG_BROWSERS + BG_SDK[:2])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="replayer",
                campaign_id=cid,
                pay=cards[i % n_cards],
                ua=ua,
                ips=bb.home(rng, irange(rng, 1, 2), tz),
                tz=tz,
            )
        )
        tzs.append(tz)
    for a, tz in zip(accts, tzs, strict=True):
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = bb.evening_person(tz) if chance(rng, 0.5) else bb.workday(tz, weekend=0.5)
        ts = _cat(
            bb.session_times(
                rng,
                start,
                ctx.t1,
                float(rng.uniform(2, 4)),
                curve,
                float(rng.uniform(3, 6)),
                float(rng.uniform(30, 90)),
            )
        )
        idx = perm[(cursor + np.arange(len(ts))) % len(perm)]
        cursor += len(ts)
        prompts = [ctx.chat[int(j)] for j in idx.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.65, p_mini=0.08),
            comp_median=360,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay: a public conversation set walked in disjoint slices, verbatim",
            "pacing": "small human-like sessions per account",
            "ip_source": "residential, per account's time zone",
            "payment": "prepaid virtual cards, some shared by two accounts",
            "user_agent": "background-like",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: curriculum sweep disguised as an ed-tech tutoring product


def wellington_arc(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "wellington_arc"
    n_keys = irange(rng, 3, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "Dart/3.6 (dart:io)"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 2, pick(rng, ("gcp", "aws"))),
        )
        for _ in range(n_keys)
    ]
    grid = tx.tutoring_grid()
    langs = {"en": 0.55, "es": 0.15, "pt": 0.1, "id": 0.1, "hi": 0.1}
    curve = bb.global_load(float(rng.uniform(12, 18)), 0.55)
    start = ctx.release - float(rng.uniform(1, 2.5)) * DAY
    order = rng.permutation(len(grid))
    k = 0
    for a in accts:
        ts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(14, 26)) * (ctx.t1 - start) / HOUR, curve
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(
                tx.tutoring_question(rng, grid[int(order[k % len(grid)])], tx.wpick(rng, langs))
            )
            k += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=600,
            extra=irange(rng, 60, 160),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (subject x skill x grade, several languages) posing as student questions",
            "pacing": "product-like global load curve",
            "ip_source": "2 cloud addresses per key",
            "payment": "one company card",
            "user_agent": ua,
            "languages": list(langs),
            "grid_cells": len(grid),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "gumboot_hurl": gumboot_hurl,
    "taihape_throw": taihape_throw,
    "welly_runup": welly_runup,
    "heel_spin": heel_spin,
    "rubber_toe": rubber_toe,
    "puddle_lane": puddle_lane,
    "wader_lob": wader_lob,
    "galosh_fling": galosh_fling,
    "dunlop_peg": dunlop_peg,
    "muddy_mark": muddy_mark,
    "kneehigh_twirl": kneehigh_twirl,
    "wellington_arc": wellington_arc,
}

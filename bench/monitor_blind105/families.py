"""Campaign families of batch 105 (code names from lacrosse; see the README, read after the run).

Each family is `fn(ctx, rng, campaign_id)`: it draws every setting from its own generator, creates
its accounts through `ctx.account`, writes events through `ctx.emit` and records the campaign with
`ctx.campaign` (params JSON-serialisable).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, hexid, irange, pick, picks
from bench.monitor_blind105 import texts as tx

Rng = np.random.Generator

#: user agents as the background writes them (seen in its output), with rough account weights
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
)
_BG_W = np.array([0.45, 0.17, 0.13, 0.1, 0.07, 0.04, 0.02, 0.02])
BG_BROWSERS = BG_UAS[1:2] + BG_UAS[3:4] + BG_UAS[6:8]


def bg_ua(rng: Rng) -> str:
    return BG_UAS[int(rng.choice(len(BG_UAS), p=_BG_W / _BG_W.sum()))]


def weighted(rng: Rng, options: dict[str, float], n: int) -> list[str]:
    keys = list(options)
    w = np.array([options[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=w / w.sum()).tolist()]


def lang_of_tz(rng: Rng, tz: int) -> str:
    return {
        -3: pick(rng, ("pt", "es")),
        1: pick(rng, ("de", "fr", "en")),
        2: pick(rng, ("de", "en")),
        8: pick(rng, ("zh", "en")),
        9: "ja",
    }.get(tz, "en")


def switch_models(
    ctx: Ctx, rng: Rng, ts: np.ndarray, switch: float, p_new: float, p_mini: float
) -> list[str]:
    """The new model with probability p_new from `switch` on (never before the release), else the old
    flagship or (p_mini) the small old model."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    at = max(switch, ctx.release)
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    return [
        new if (t >= at and a < p_new) else (mini if c < p_mini else old)
        for t, a, c in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def flat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _lang_mix(
    rng: Rng, pool: tuple[str, ...], k_lo: int, k_hi: int, en_w: float
) -> dict[str, float]:
    k = min(len(pool), irange(rng, k_lo, k_hi))
    chosen = list(rng.choice(pool, size=k, replace=False))
    mix = {str(c): float(rng.uniform(0.3, 1.0)) for c in chosen}
    if "en" in mix:
        mix["en"] = en_w
    return mix


# ============================================================================================
# 1. reasoning-trace coercion from a rented hosting block


def crease(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "crease"
    n_keys, n_orgs = irange(rng, 8, 18), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    shared_card = chance(rng, 0.45)
    cards = [hexid(rng, "pay") for _ in range(1 if shared_card else n_orgs)]
    prov = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean"))
    pool = bb.rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 8))
    ua_shared = chance(rng, 0.6)
    ua0 = bb.sdk_ua(rng, 0.3)
    langs = {
        "en": 0.6,
        "zh": float(rng.uniform(0.1, 0.3)),
        "ru": float(rng.uniform(0.0, 0.15)),
        "es": float(rng.uniform(0.0, 0.15)),
    }
    styles = sorted({int(x) for x in rng.integers(0, 5, size=irange(rng, 2, 4))})
    accts = []
    for _ in range(n_keys):
        o = int(rng.integers(n_orgs))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[0 if shared_card else o],
                ua=ua0 if ua_shared else bb.sdk_ua(rng, 0.3),
                ips=picks(rng, pool, irange(rng, 1, 3)),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate = float(rng.uniform(18, 40))
    boost = float(rng.uniform(1.4, 2.6))
    curve = bb.constant if chance(rng, 0.5) else bb.global_load(float(rng.uniform(0, 24)), 0.3)
    pre = bb.worker_pool(rng, start, max(start, ctx.release), rate, n_keys, curve)
    post = bb.worker_pool(rng, max(start, ctx.release), ctx.t1, rate * boost, n_keys, curve)
    for acct, a, b in zip(accts, pre, post, strict=True):
        ts = np.concatenate([a, b])
        ls = weighted(rng, langs, len(ts))
        prompts = [tx.reasoning(rng, pick(rng, styles), lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=1300.0,
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
            "orgs": n_orgs,
            "shared_card": shared_card,
            "provider": prov,
            "ip_pool": len(pool),
            "rate_per_hour": rate,
            "post_release_boost": boost,
            "styles": styles,
            "languages": langs,
            "pacing": "worker_pool",
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading in scripted bursts


def cradle(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "cradle"
    n_keys = irange(rng, 4, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("gcp", "aws", "azure"))
    ips = bb.cloud(rng, irange(rng, 2, 6), prov)
    ua = pick(
        rng,
        (
            "python-httpx/0.28.1",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.58.1",
        ),
    )
    styles = sorted({int(x) for x in rng.integers(0, 5, size=irange(rng, 2, 4))})
    comp = {0: 180.0, 1: 260.0, 2: 4.0, 3: 650.0, 4: 220.0}
    langs = {"en": 0.8, "de": float(rng.uniform(0, 0.15)), "ja": float(rng.uniform(0, 0.15))}
    tz = pick(rng, bb.TZS)
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
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_day = float(rng.uniform(2, 5))
    size = float(rng.uniform(15, 40))
    gap = float(rng.uniform(1.0, 4.0))
    curve = bb.workday(tz, weekend=0.5, night=0.3) if chance(rng, 0.5) else bb.constant
    for acct in accts:
        starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        ts = flat(bb.bursts(rng, starts, size, gap, 0.5, ctx.t1))
        ls = weighted(rng, langs, len(ts))
        st = [pick(rng, styles) for _ in range(len(ts))]
        prompts = [
            tx.judge(
                rng,
                s,
                tx.clip_text(rng, pick(rng, ctx.chat), 40, 600),
                tx.clip_text(rng, pick(rng, ctx.passages), 250, 1100),
                tx.clip_text(rng, pick(rng, ctx.passages), 250, 1100),
                lang,
            )
            for s, lang in zip(st, ls, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=np.array([comp[s] for s in st]),
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge_rubric_reward_grading",
            "keys": n_keys,
            "provider": prov,
            "styles": styles,
            "bursts_per_day": per_day,
            "burst_size": size,
            "gap_s": gap,
            "languages": langs,
            "pacing": "bursts",
        },
    )


# ============================================================================================
# 3. censorship-safe / policy rewrites on stolen cards behind VPN exits


def faceoff(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "faceoff"
    n_keys = irange(rng, 10, 24)
    pool = bb.cloud(rng, irange(rng, 15, 35), "m247") + bb.cloud(
        rng, irange(rng, 8, 20), "leaseweb"
    )
    if chance(rng, 0.6):
        pool += bb.resi(rng, irange(rng, 20, 60), pick(rng, ("sea", "us", "eu")))
    hold = float(rng.uniform(15, 60)) * MINUTE
    langs = {
        "zh": float(rng.uniform(0.3, 0.6)),
        "en": float(rng.uniform(0.2, 0.4)),
        "ru": float(rng.uniform(0.05, 0.2)),
        "vi": float(rng.uniform(0.0, 0.12)),
    }
    styles = sorted({int(x) for x in rng.integers(0, 4, size=3)})
    op_tz = pick(rng, (8, 3, 9))
    accts = []
    span = ctx.t1 - ctx.t0
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="burner",
            campaign_id=cid,
            ua=bb.sdk_ua(rng, 0.4),
            ips=pool,
        )
        accts.append(acct)
        born = ctx.t0 + float(rng.uniform(0, 0.8)) * span
        died = min(ctx.t1, born + float(rng.uniform(0.8, 3.0)) * DAY)
        n = float(rng.uniform(60, 220)) * (died - born) / DAY / 2.0
        ts = bb.thinned(
            rng, born, died, n, bb.workday(op_tz, start=9, end=23, weekend=0.7, night=0.1)
        )
        ls = weighted(rng, langs, len(ts))
        prompts = [
            tx.rewrite(
                rng, pick(rng, styles), lang, tx.clip_text(rng, pick(rng, ctx.passages), 200, 900)
            )
            for lang in ls
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=550.0,
            err=0.02,
        )
        if died < ctx.t1 and len(ts):
            dead = died + np.cumsum(rng.exponential(120.0, size=irange(rng, 1, 5)))
            ctx.emit(
                rng,
                acct,
                dead,
                [tx.rewrite(rng, styles[0], "en", "") for _ in dead],
                models=[
                    ctx.new_model if t >= ctx.release else ctx.old_models[0] for t in dead.tolist()
                ],
                ips=bb.sticky(rng, dead, pool, hold),
                comp_median=1.0,
                comp_sigma=0.01,
                status=402,
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n_keys,
            "cards": "stolen_one_per_key",
            "ip_source": "vpn_exits_plus_residential",
            "pool": len(pool),
            "sticky_s": hold,
            "operator_tz": op_tz,
            "languages": langs,
            "styles": styles,
            "pacing": "burner_lifetimes",
        },
    )


# ============================================================================================
# 4. agent / tool-use transcripts from a small fleet of cloud workers


def longpole(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "longpole"
    n_keys = irange(rng, 5, 12)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
    kits = list(rng.choice(list(tx._TOOLSETS), size=irange(rng, 2, 5), replace=False))
    styles = sorted({int(x) for x in rng.integers(0, 3, size=2)})
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
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    eps = float(rng.uniform(3, 7))
    gap = float(rng.uniform(3.5, 9.0))
    starts = bb.thinned(
        rng,
        start,
        ctx.t1,
        eps * (ctx.t1 - start) / HOUR,
        bb.global_load(float(rng.uniform(0, 24)), 0.4),
    )
    per: list[list[float]] = [[] for _ in accts]
    pp: list[list[str]] = [[] for _ in accts]
    for s in starts.tolist():
        k = int(rng.integers(n_keys))
        kit = str(pick(rng, kits))
        steps = irange(rng, 3, 14)
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=steps - 1))])
        per[k].extend(t.tolist())
        pp[k].append(tx.agent_first(rng, kit, pick(rng, styles)))
        pp[k].extend(tx.agent_step(rng, kit, i) for i in range(1, steps))
    for acct, ts, prompts in zip(accts, per, pp, strict=True):
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.95, p_mini=0.03),
            comp_median=240.0,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "keys": n_keys,
            "kits": [str(k) for k in kits],
            "episodes_per_hour": eps,
            "step_gap_s": gap,
            "provider": "aws",
            "pacing": "episodes_over_worker_pool",
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation in nightly jobs from dedicated servers


def goalie(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "goalie"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ("hetzner", "ovh", "scaleway", "selectel"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    langs = _lang_mix(rng, ("en", "es", "de", "fr", "ja", "pt", "zh"), 3, 5, 1.5)
    styles = sorted({int(x) for x in rng.integers(0, 5, size=irange(rng, 2, 5))})
    tz = pick(rng, bb.TZS)
    start_h, hours = float(rng.uniform(20, 26)) % 24, float(rng.uniform(5, 9))
    rate = float(rng.uniform(20, 45))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=bb.cloud(rng, 1, prov),
        )
        accts.append(acct)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = bb.thinned(
            rng,
            begin,
            ctx.t1,
            rate * hours / 24 * (ctx.t1 - begin) / HOUR,
            bb.nightly(start_h, hours, tz),
        )
        ls = weighted(rng, langs, len(ts))
        prompts = [tx.synth(rng, pick(rng, styles), lang) for lang in ls]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
            comp_median=1700.0,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n_keys,
            "provider": prov,
            "nightly_start_h": start_h,
            "hours": hours,
            "tz": tz,
            "rate_per_hour": rate,
            "languages": langs,
            "styles": styles,
            "pacing": "nightly_jobs",
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest through residential proxies, paced like chat users (hard-ish)


def clearing(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "clearing"
    n_keys = irange(rng, 20, 35)
    lang_w = {
        "en": 0.55,
        "es": float(rng.uniform(0.05, 0.2)),
        "pt": float(rng.uniform(0.05, 0.2)),
        "de": float(rng.uniform(0.0, 0.15)),
    }
    size, gap = float(rng.uniform(8, 14)), float(rng.uniform(20, 45))
    hold = float(rng.uniform(30, 90)) * MINUTE
    card_pool = [hexid(rng, "pay") for _ in range(max(1, int(n_keys * rng.uniform(0.6, 1.0))))]
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, bb.TZS)
        pool = bb.home(rng, irange(rng, 8, 20), tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="chatter",
            campaign_id=cid,
            pay=pick(rng, card_pool),
            ua=pick(rng, BG_BROWSERS + bb.BROWSERS),
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        lang = weighted(rng, lang_w, 1)[0]
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        curve = (
            bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz, weekend=0.4, night=0.1)
        )
        sess = bb.session_times(rng, begin, ctx.t1, float(rng.uniform(2, 5)), curve, size, gap, 0.6)
        ts = flat(sess)
        prompts = []
        for s in sess:
            if len(s):
                prompts.append(tx.dialogue_open(rng, lang, ctx.chat))
                prompts.extend(tx.dialogue_follow(rng, lang, ctx.chat) for _ in range(len(s) - 1))
        order = np.argsort(np.concatenate(sess) if sess else np.empty(0), kind="stable")
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.04),
            ips=bb.sticky(rng, ts, pool, hold),
            comp_median=480.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n_keys,
            "cards": len(card_pool),
            "ip_source": "residential_proxy_sticky",
            "sticky_s": hold,
            "session_size": size,
            "gap_s": gap,
            "languages": lang_w,
            "pacing": "human_like_sessions",
        },
    )


# ============================================================================================
# 7. best-of-n / soft-label sampling: the same prompt fired n times at once


def sidewall(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sidewall"
    n_keys = irange(rng, 4, 8)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    prov = pick(rng, ("vultr", "linode", "scaleway"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
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
            ips=bb.cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n_keys)
    ]
    ns = sorted({int(x) for x in rng.choice([4, 5, 8, 10, 16], size=irange(rng, 1, 3))})
    spread = chance(rng, 0.5)
    mix = {
        "mcq0": float(rng.uniform(0.1, 0.5)),
        "mcq2": float(rng.uniform(0.0, 0.3)),
        "short": float(rng.uniform(0.1, 0.4)),
        "open": float(rng.uniform(0.1, 0.4)),
    }
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    gph = float(rng.uniform(3, 7))
    starts = bb.thinned(rng, start, ctx.t1, gph * (ctx.t1 - start) / HOUR, bb.constant)
    per: list[list[float]] = [[] for _ in accts]
    pp: list[list[str]] = [[] for _ in accts]
    cm: list[list[float]] = [[] for _ in accts]
    for s, kind in zip(starts.tolist(), weighted(rng, mix, len(starts)), strict=True):
        n = pick(rng, ns)
        if kind == "mcq0":
            p, c = tx.mcq(rng, 0), 3.0
        elif kind == "mcq2":
            p, c = tx.mcq(rng, 2), 40.0
        elif kind == "short":
            p, c = tx.short_answer(rng), 160.0
        else:
            p, c = pick(rng, ctx.chat), 420.0
        t = s + np.cumsum(rng.lognormal(np.log(0.35), 0.7, size=n))
        who = rng.integers(0, n_keys, size=n) if spread else np.full(n, int(rng.integers(n_keys)))
        for ti, w in zip(t.tolist(), who.tolist(), strict=True):
            per[w].append(ti)
            pp[w].append(p)
            cm[w].append(c)
    for acct, ts, prompts, c in zip(accts, per, pp, cm, strict=True):
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.95, p_mini=0.0),
            comp_median=np.asarray(c),
            comp_sigma=0.35,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "keys": n_keys,
            "n": ns,
            "spread_over_keys": spread,
            "groups_per_hour": gph,
            "mix": mix,
            "provider": prov,
            "pacing": "concurrent_groups",
        },
    )


# ============================================================================================
# 8. curriculum sweep from an office line, paced like a small content team (hard-ish)


def groundball(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "groundball"
    n_keys = irange(rng, 3, 6)
    tz = pick(rng, (-5, -3, 1, 2, 5))
    lang = (
        pick(rng, ("es", "pt"))
        if tz == -3
        else ("en" if chance(rng, 0.7) else pick(rng, ("es", "pt")))
    )
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    ua = pick(
        rng,
        ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0"),
    )
    style = int(rng.integers(3))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="content_writer",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(12, 30))
    curve = bb.workday(
        tz,
        start=float(rng.uniform(7.5, 9.5)),
        end=float(rng.uniform(17, 20)),
        weekend=0.15,
        night=0.05,
    )
    grid = tx.curriculum_grid(rng, lang)
    per = [
        bb.thinned(rng, ctx.t0, ctx.t1, rate * 0.3 * (ctx.t1 - ctx.t0) / HOUR, curve) for _ in accts
    ]
    allt = np.concatenate(per)
    owner = np.concatenate([np.full(len(p), i) for i, p in enumerate(per)])
    order = np.argsort(allt, kind="stable")
    offset = int(rng.integers(len(grid)))
    cells: list[list[int]] = [[] for _ in accts]
    for rank, idx in enumerate(order.tolist()):
        cells[int(owner[idx])].append((offset + rank) % len(grid))
    for acct, ts, cl in zip(accts, per, cells, strict=True):
        prompts = [tx.curriculum(rng, grid[c], lang, style) for c in cl]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=800.0,
            comp_sigma=0.45,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum_sweep",
            "keys": n_keys,
            "tz": tz,
            "language": lang,
            "ip_source": "office_broadband",
            "rate_per_hour": rate,
            "grid": len(grid),
            "style": style,
            "pacing": "office_hours_steady",
        },
    )


# ============================================================================================
# 9. translation harvest: every source segment fanned out to many target languages


def wingline(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "wingline"
    n_keys = irange(rng, 6, 12)
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    ips = [
        bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("alibaba", "tencent", "huawei", "ucloud")))
        for _ in range(2)
    ]
    ua = pick(rng, ("Go-http-client/2.0", "okhttp/4.12.0", "reqwest/0.12.12"))
    accts = []
    for _ in range(n_keys):
        o = int(rng.integers(2))
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="translator_bot",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[o],
                ua=ua,
                ips=ips[o],
            )
        )
    styles = sorted({int(x) for x in rng.integers(0, 4, size=irange(rng, 1, 2))})
    targets = [str(x) for x in rng.choice(tx.LANGS, size=irange(rng, 8, 16), replace=False)]
    k_lo, k_hi = irange(rng, 4, 7), irange(rng, 8, 14)
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    sph = float(rng.uniform(3, 7))
    starts = bb.thinned(rng, start, ctx.t1, sph * (ctx.t1 - start) / HOUR, bb.constant)
    per: list[list[float]] = [[] for _ in accts]
    pp: list[list[str]] = [[] for _ in accts]
    cm: list[list[float]] = [[] for _ in accts]
    for s in starts.tolist():
        text = pick(rng, ctx.passages) if chance(rng, 0.7) else pick(rng, ctx.chat)
        sents = tx.sentences(text) or [text[:300]]
        i = int(rng.integers(len(sents)))
        src = " ".join(sents[i : i + irange(rng, 1, 3)])
        k = min(len(targets), irange(rng, k_lo, k_hi))
        tg = rng.choice(targets, size=k, replace=False).tolist()
        t = s + np.cumsum(rng.lognormal(np.log(0.8), 0.6, size=k))
        style = pick(rng, styles)
        for ti, lang in zip(t.tolist(), tg, strict=True):
            w = int(rng.integers(n_keys))
            per[w].append(ti)
            pp[w].append(tx.translate(rng, style, src, lang))
            cm[w].append(max(20.0, len(src) / 3.0))
    for acct, ts, prompts, c in zip(accts, per, pp, cm, strict=True):
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            acct,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, p_new=0.9, p_mini=0.05),
            comp_median=np.asarray(c),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "keys": n_keys,
            "orgs": 2,
            "targets": targets,
            "fan_out": [k_lo, k_hi],
            "segments_per_hour": sph,
            "styles": styles,
            "pacing": "fan_out_bursts",
        },
    )


# ============================================================================================
# 10. HARD: harvest hidden inside a real consumer product's backend traffic


def man_down(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "man_down"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
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
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    wraps = sorted({int(x) for x in rng.integers(0, 4, size=irange(rng, 1, 3))})
    # the harvest reuses the product's answer-style modes (a raw prompt when the product has none)
    h_wraps = [w for w in wraps if w != 0] or [2]
    peak = float(rng.uniform(0, 24))
    load = bb.global_load(peak, float(rng.uniform(0.45, 0.75)))

    def offpeak(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.15 - load(ts), 0.05, 1.0)

    prod_rate, harv_rate = float(rng.uniform(22, 45)), float(rng.uniform(6, 14))
    harv_start = ctx.release + float(rng.uniform(-0.3, 0.6)) * DAY
    langs = _lang_mix(rng, ("en", "es", "de", "pt", "fr", "ja", "zh"), 2, 4, 2.0)
    prod = bb.worker_pool(rng, ctx.t0, ctx.t1, prod_rate, n_keys, load)
    harv = bb.worker_pool(rng, harv_start, ctx.t1, harv_rate, n_keys, offpeak)
    for acct, a, b in zip(accts, prod, harv, strict=True):
        ts = np.concatenate([a, b])
        is_h = np.concatenate([np.zeros(len(a), bool), np.ones(len(b), bool)])
        ls = weighted(rng, langs, len(b))
        prompts = [
            tx.app_wrap(rng, pick(rng, wraps), tx.clip_text(rng, pick(rng, ctx.chat), 20, 1500))
            for _ in a
        ]
        prompts += [
            tx.app_wrap(
                rng,
                pick(rng, h_wraps),
                tx.expert(rng, lang) if chance(rng, 0.7) else tx.casual_hard(rng),
            )
            for lang in ls
        ]
        m_prod = switch_models(ctx, rng, a, ctx.release + DAY, 0.3, 0.35)
        m_harv = switch_models(ctx, rng, b, ctx.release, 0.97, 0.0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=m_prod + m_harv,
            comp_median=np.where(is_h, 900.0, 340.0),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest_hidden_in_product",
            "keys": n_keys,
            "product_rate_per_hour": prod_rate,
            "harvest_rate_per_hour": harv_rate,
            "harvest_start": harv_start,
            "load_peak_utc": peak,
            "wraps": wraps,
            "harvest_wraps": h_wraps,
            "languages": langs,
            "pacing": "product_load_plus_offpeak_harvest",
        },
    )


# ============================================================================================
# 11. HARD: bought / taken-over aged accounts with an ordinary history


def quick_stick(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "quick_stick"
    n = irange(rng, 12, 24)
    same_ua = float(rng.uniform(0.5, 0.9))
    per_day = float(rng.uniform(5, 10))
    size, gap = float(rng.uniform(6, 10)), float(rng.uniform(28, 55))
    hold = float(rng.uniform(2, 6)) * HOUR
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        home_ip = bb.home(rng, 1, tz)
        ua = bg_ua(rng)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home_ip,
            tz=tz,
        )
        accts.append(acct)
        lang = lang_of_tz(rng, tz)
        take = ctx.release + float(rng.uniform(-0.5, 1.2)) * DAY
        takeovers.append(take)
        # the owner's own history
        own = flat(
            bb.session_times(
                rng, ctx.t0, take, float(rng.uniform(0.5, 2.0)), bb.evening_person(tz), 3.0, 60.0
            )
        )
        ctx.emit(
            rng,
            acct,
            own,
            [tx.clip_text(rng, pick(rng, ctx.chat), 20, 2000) for _ in own],
            models=ctx.models(rng, own, p_new=0.2, p_mini=0.2),
            comp_median=350.0,
            err=0.01,
        )
        # after the takeover: same region, proxy addresses, harvest prompts in the owner's language
        pool = bb.home(rng, irange(rng, 15, 40), tz)
        curve = (
            bb.evening_person(tz, spread=3.5)
            if chance(rng, 0.6)
            else bb.workday(tz, weekend=0.6, night=0.15)
        )
        ts = flat(bb.session_times(rng, take, ctx.t1, per_day, curve, size, gap, 0.7))
        kinds = rng.random(len(ts))
        prompts = [
            tx.expert(rng, lang)
            if k < 0.55
            else (
                tx.casual_hard(rng)
                if k < 0.8
                else (tx.reasoning(rng, 2, "en") if k < 0.9 else pick(rng, ctx.chat))
            )
            for k in kinds.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=bb.sticky(rng, ts, pool, hold),
            ua=ua if chance(rng, same_ua) else bb.sdk_ua(rng, 0.8),
            comp_median=650.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "accounts": n,
            "takeovers": takeovers,
            "same_ua_share": same_ua,
            "sessions_per_day": per_day,
            "session_size": size,
            "gap_s": gap,
            "sticky_s": hold,
            "ip_source": "residential_proxy_same_region",
            "pacing": "human_like_sessions",
        },
    )


# ============================================================================================
# 12. HARD: low-and-slow crowd of fresh person-like accounts, public prompt replay as cover


def split_dodge(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "split_dodge"
    n = irange(rng, 50, 90)
    replay = float(rng.uniform(0.3, 0.5))
    share_cards = float(rng.uniform(0.1, 0.3))
    cards: list[str] = []
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        pay = pick(rng, cards) if cards and chance(rng, share_cards) else hexid(rng, "pay")
        cards.append(pay)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            pay=pay,
            ua=bg_ua(rng),
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        begin = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        ts = flat(
            bb.session_times(
                rng, begin, ctx.t1, float(rng.uniform(1.0, 2.5)), curve, 4.0, 70.0, 0.9
            )
        )
        prompts = [pick(rng, ctx.chat) if chance(rng, replay) else tx.casual_hard(rng) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.08),
            comp_median=520.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "accounts": n,
            "replay_share": replay,
            "card_sharing": share_cards,
            "cards": len(set(cards)),
            "ip_source": "static_residential",
            "pacing": "human_like_sessions",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "crease": crease,
    "cradle": cradle,
    "faceoff": faceoff,
    "longpole": longpole,
    "goalie": goalie,
    "clearing": clearing,
    "sidewall": sidewall,
    "groundball": groundball,
    "wingline": wingline,
    "man_down": man_down,
    "quick_stick": quick_stick,
    "split_dodge": split_dodge,
}

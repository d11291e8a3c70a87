"""Campaign families of batch 119 (code names: shinty words).

Each family is a generator `(ctx, rng, campaign_id)` that opens its accounts, writes their events
into the shared sink and records the campaign in the truth. Everything a family varies (key
counts, orgs, cards, pacing, addresses, user agents, languages, template styles, model choice)
is drawn from its own rng, so each seed gives a different operator of the same kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    SDK_COMMON,
    TZS,
    Acct,
    Ctx,
    Curve,
    bursts,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    picks,
    rented_block,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind119 import texts

Rng = np.random.Generator

#: user agents that dominate ordinary traffic (an operator copying "what everybody sends")
COMMON_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
)
COMMON_UA_WEIGHTS = (0.34, 0.23, 0.15, 0.13, 0.11)

#: languages a persona speaks -> UTC offsets it plausibly lives in
LANG_TZ = {
    "en": (-8, -5, 0),
    "es": (-5, -3, 1),
    "pt": (-3,),
    "de": (1,),
    "fr": (1,),
    "zh": (8,),
    "ru": (3,),
    "ja": (9,),
}


# --------------------------------------------------------------------------------------------
# helpers


def ids(rng: Rng, n: int, prefix: str, mode: str, k: int = 0) -> list[str]:
    """Billing or org ids for n keys: one shared, one each, or a few reused at random."""
    if mode == "shared":
        return [hexid(rng, prefix)] * n
    if mode == "each":
        return [hexid(rng, prefix) for _ in range(n)]
    pool = [hexid(rng, prefix) for _ in range(max(2, k or n // 4))]
    return picks(rng, pool, n)


def common_ua(rng: Rng) -> str:
    return str(
        COMMON_UAS[
            int(
                rng.choice(
                    len(COMMON_UAS), p=np.asarray(COMMON_UA_WEIGHTS) / sum(COMMON_UA_WEIGHTS)
                )
            )
        ]
    )


def weighted(rng: Rng, items: Sequence[str], weights: Sequence[float]) -> str:
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def lang_mix(
    rng: Rng, base: str, extra: Sequence[str], k_lo: int, k_hi: int
) -> tuple[list[str], list[float]]:
    """A base language plus k others, with the family's own weights."""
    others = [
        str(x)
        for x in rng.choice(
            list(extra), size=irange(rng, k_lo, min(k_hi, len(extra))), replace=False
        )
    ]
    langs = [base, *others]
    w = rng.dirichlet(np.ones(len(langs)) * 2.0)
    w[0] += 0.6
    return langs, (w / w.sum()).tolist()


def model_seq(
    ctx: Ctx, rng: Rng, ts: np.ndarray, p_new: float, p_mini: float = 0.03, lag: float = 0.0
) -> list[str]:
    """The new model with probability p_new from release + lag on, otherwise the old flagship
    (a p_mini share of the small old model)."""
    ts = np.asarray(ts)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    cut = ctx.release + lag
    return [
        new if (t >= cut and a < p_new) else (mini if b < p_mini else old)
        for t, a, b in zip(ts.tolist(), u.tolist(), v.tolist(), strict=True)
    ]


def with_gaps(
    rng: Rng, a: float, b: float, n_gaps: int, min_h: float, max_h: float, base: Curve = constant
) -> Curve:
    """`base` with a few dead intervals (crashes, exhausted credit, the operator asleep)."""
    starts = rng.uniform(a, b, size=n_gaps)
    ends = starts + rng.uniform(min_h, max_h, size=n_gaps) * HOUR

    def f(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        w = np.asarray(base(ts), dtype=np.float64)
        for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
            w = np.where((ts >= s) & (ts < e), 0.0, w)
        return w

    return f


def product(*curves: Curve) -> Curve:
    def f(ts: np.ndarray) -> np.ndarray:
        out = np.ones(len(np.asarray(ts)))
        for c in curves:
            out = out * c(ts)
        return out

    return f


def history_tokens(prompts: Sequence[str], rng: Rng, comp: float) -> np.ndarray:
    """Context tokens of each turn of one conversation (earlier turns and replies)."""
    lens = np.array([len(p) // 4 for p in prompts], dtype=np.float64)
    replies = rng.lognormal(np.log(comp), 0.5, size=len(prompts))
    before = np.concatenate([[0.0], np.cumsum(lens + replies)[:-1]])
    return before.astype(np.int64)


def nonempty(rng: Rng, ts: np.ndarray, a: float, b: float, gap: float = 60.0) -> np.ndarray:
    """`ts`, or a short train of 1-3 requests at a random time in [a, b) when it is empty (every
    account this batch opens sends something)."""
    ts = np.asarray(ts, dtype=np.float64)
    if len(ts):
        return ts
    s = float(rng.uniform(a, max(a + 1.0, b - 600.0)))
    return s + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=irange(rng, 0, 2)))]
    )


def camp_acct(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# ============================================================================================
# 1. reasoning-trace coercion from a rented block


def caman(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "caman"
    n = irange(rng, 5, 14)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "linode"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 10))
    pay_mode = pick(rng, ("shared", "few", "each"))
    org_mode = pick(rng, ("shared", "each"))
    pays, orgs = ids(rng, n, "pay", pay_mode), ids(rng, n, "org", org_mode)
    ua = pick(
        rng,
        (
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.58.1",
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
        ),
    )
    styles = [
        str(x) for x in rng.choice(sorted(texts.COERCE), size=irange(rng, 2, 4), replace=False)
    ]
    langs, lw = lang_mix(rng, "en", ("zh", "ru", "es", "de"), 1, 3)
    start = max(ctx.t0, ctx.release - float(rng.uniform(0.2, 2.0)) * DAY)
    per_hour = float(rng.uniform(45, 130))
    curve = with_gaps(rng, start, ctx.t1, irange(rng, 1, 4), 0.5, 5.0)
    streams = worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    comp = float(rng.uniform(900, 1600))
    accts = []
    for i in range(n):
        a = camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 4)),
        )
        ts = streams[i]
        prompts = [texts.coerced(rng, styles, [weighted(rng, langs, lw)]) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_seq(ctx, rng, ts, 0.95, 0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=float(rng.uniform(0.015, 0.06)),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "pacing": "shared Poisson worker pool with outages",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented {provider} /24 block",
            "payment": pay_mode,
            "orgs": org_mode,
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "start": start,
            "difficulty": "medium",
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading in batch bursts


def camanachd(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "camanachd"
    n = irange(rng, 3, 8)
    provider = pick(rng, ("gcp", "aws", "azure"))
    pay_mode = pick(rng, ("shared", "few"))
    pays, orgs = ids(rng, n, "pay", pay_mode, 2), ids(rng, n, "org", "shared")
    ua = pick(
        rng,
        (
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "OpenAI/Python 1.63.2",
            "python-httpx/0.28.1",
        ),
    )
    styles = [
        str(x)
        for x in rng.choice(
            ["scores", "pairwise", "reward", "checklist"], size=irange(rng, 2, 4), replace=False
        )
    ]
    langs, lw = lang_mix(rng, "en", ("de", "fr", "ja"), 0, 2)
    start = ctx.t0 + float(rng.uniform(0.3, 3.0)) * DAY
    per_day = float(rng.uniform(2, 6))
    size = float(rng.uniform(25, 80))
    gap = float(rng.uniform(0.7, 3.0))
    comp = float(rng.uniform(160, 380))
    tz = pick(rng, TZS)
    accts = []
    for i in range(n):
        a = camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        curve = workday(tz, 6.0, 23.0, 0.6, 0.15) if chance(rng, 0.5) else constant
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, curve)
        ts = np.sort(np.concatenate([np.empty(0), *bursts(rng, starts, size, gap, 0.6, ctx.t1)]))
        prompts = []
        for _ in range(len(ts)):
            lang = weighted(rng, langs, lw)
            style = pick(rng, styles)
            prompts.append(texts.grading(rng, style, lang, ctx.chat, ctx.passages))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_seq(ctx, rng, ts, 0.85, 0.05, lag=float(rng.uniform(0, 8)) * HOUR),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading harvest",
            "keys": n,
            "pacing": "batch bursts",
            "bursts_per_day": round(per_day, 1),
            "burst_size": round(size, 1),
            "ip_source": f"{provider} NAT addresses",
            "payment": pay_mode,
            "orgs": "shared",
            "user_agent": ua,
            "styles": styles,
            "languages": langs,
            "difficulty": "medium",
        },
    )


# ============================================================================================
# 3. censorship-safe / policy rewrites through rotating throwaway keys


def hail_line(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hail_line"
    n = irange(rng, 10, 24)
    vpn = [
        ip
        for p in rng.choice(["m247", "leaseweb", "vultr", "ovh"], size=2, replace=False).tolist()
        for ip in cloud(rng, irange(rng, 10, 30), p)
    ]
    ua_pool = ("python-requests/2.32.3", "Go-http-client/2.0", "OpenAI/Python 1.54.0")
    styles = [
        str(x) for x in rng.choice(sorted(texts.REWRITE), size=irange(rng, 2, 4), replace=False)
    ]
    langs, lw = lang_mix(rng, "zh", ("en", "vi", "ru"), 1, 3)
    begin = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    starts = np.sort(rng.uniform(begin, ctx.t1 - 0.3 * DAY, size=n))
    hold = float(rng.uniform(10, 45)) * MINUTE
    comp = float(rng.uniform(300, 700))
    accts = []
    for i in range(n):
        life = float(rng.uniform(0.3, 2.0)) * DAY
        a = camp_acct(ctx, rng, fam, cid, "throwaway", ua=pick(rng, ua_pool), ips=vpn)
        rate = float(rng.uniform(8, 30))
        ts = thinned(
            rng,
            float(starts[i]),
            min(ctx.t1, float(starts[i]) + life),
            rate * life / HOUR,
            constant,
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(
                texts.policy(
                    rng, pick(rng, styles), weighted(rng, langs, lw), ctx.chat, ctx.passages
                )
            )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_seq(ctx, rng, ts, 0.9, 0.04),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=comp,
            comp_sigma=0.55,
            err=float(rng.uniform(0.03, 0.1)),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrite harvest",
            "keys": n,
            "pacing": "rotating throwaway keys, Poisson while alive",
            "ip_source": "commercial VPN exits (sticky)",
            "payment": "one card per key (carded)",
            "orgs": "each",
            "styles": styles,
            "languages": langs,
            "difficulty": "easy",
        },
    )


# ============================================================================================
# 4. agent / tool-use trajectories from a small "agent startup"


def throw_up(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "throw_up"
    n = irange(rng, 3, 6)
    tz = pick(rng, (-8, -5, 0, 1, 2, 5))
    office = home(rng, irange(rng, 1, 2), tz)
    ci = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp")))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1"))
    styles = [
        str(x) for x in rng.choice(["json", "react", "xml"], size=irange(rng, 1, 3), replace=False)
    ]
    per_hour = float(rng.uniform(1.0, 3.0))
    night_share = float(rng.uniform(0.1, 0.35))
    start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    accts = []
    for _i in range(n):
        a = camp_acct(ctx, rng, fam, cid, "agent_runner", org=org, pay=pay, ua=ua, ips=office + ci)
        day_eps = thinned(rng, start, ctx.t1, per_hour * 9 * (ctx.t1 - start) / DAY, workday(tz))
        night_eps = thinned(
            rng,
            start,
            ctx.t1,
            night_share * per_hour * 9 * (ctx.t1 - start) / DAY,
            nightly(1.0, 5.0, tz),
        )
        ts_all, pr_all, ip_all, ex_all = [], [], [], []
        for s, src in [(x, office) for x in day_eps.tolist()] + [
            (x, ci) for x in night_eps.tolist()
        ]:
            k = irange(rng, 3, 12)
            steps = texts.agent_episode(rng, pick(rng, styles), k)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(9.0), 0.6, size=k - 1))])
            ip = pick(rng, src)
            ts_all.extend(t.tolist())
            pr_all.extend(steps)
            ip_all.extend([ip] * k)
            sysx = irange(rng, 600, 1600)
            ex_all.extend((sysx + history_tokens(steps, rng, 180)).tolist())
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr_all,
            models=model_seq(ctx, rng, ts, 0.9, 0.05, lag=float(rng.uniform(1, 20)) * HOUR),
            ips=ip_all,
            comp_median=240.0,
            comp_sigma=0.6,
            err=0.01,
            extra=np.asarray(ex_all, dtype=np.int64),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use trajectory harvest",
            "keys": n,
            "pacing": "agent episodes on a work-day curve plus night CI runs",
            "episodes_per_hour": round(per_hour, 2),
            "ip_source": "office broadband + CI cloud",
            "payment": "shared company card",
            "orgs": "shared",
            "user_agent": ua,
            "styles": styles,
            "tz": tz,
            "difficulty": "hard",
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation in nightly windows


def sutherland_cup(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "sutherland_cup"
    n = irange(rng, 2, 5)
    provider = pick(rng, ("gcp", "aws", "azure", "oracle", "alibaba"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    styles = [
        str(x)
        for x in rng.choice(
            ["jsonl", "dialogue", "self_instruct", "evolve"], size=irange(rng, 2, 4), replace=False
        )
    ]
    langs, lw = lang_mix(rng, "en", ("pt", "id", "es", "hi"), 1, 3)
    tz = pick(rng, TZS)
    hours = float(rng.uniform(3.0, 8.0))
    start_h = float(rng.uniform(20.0, 26.0)) % 24
    skip = chance(rng, 0.5)
    curve = nightly(start_h, hours, tz)
    if skip:
        curve = with_gaps(rng, ctx.t0, ctx.t1, 2, 20, 30, curve)
    per_hour = float(rng.uniform(60, 200)) * hours / 24.0
    p_new = float(rng.uniform(0.5, 0.95))
    streams = worker_pool(rng, ctx.t0, ctx.t1, per_hour, n, curve)
    comp = float(rng.uniform(1800, 3200))
    accts = []
    for i in range(n):
        a = camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        ts = streams[i]
        prompts = [
            texts.synthetic(rng, pick(rng, styles), weighted(rng, langs, lw), ctx.chat)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_seq(ctx, rng, ts, p_new, 0.1),
            comp_median=comp,
            comp_sigma=0.35,
            err=0.03,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "keys": n,
            "pacing": "nightly windows",
            "window_hours": round(hours, 1),
            "ip_source": provider,
            "payment": "shared",
            "orgs": "shared",
            "styles": styles,
            "languages": langs,
            "p_new": round(p_new, 2),
            "difficulty": "medium",
        },
    )


# ============================================================================================
# 6. multi-turn dialogue harvest by a crowd of scripted "people"


def macaulay_cup(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "macaulay_cup"
    n = irange(rng, 24, 45)
    langs, lw = lang_mix(rng, "en", ("es", "pt", "de", "fr"), 1, 3)
    ip_mode = pick(rng, ("rotating", "static_isp"))
    gap = float(rng.uniform(35, 110))
    size = float(rng.uniform(4.0, 7.0))
    comp = float(rng.uniform(350, 600))
    accts = []
    for _i in range(n):
        lang = weighted(rng, langs, lw)
        tz = pick(rng, LANG_TZ[lang])
        ua = common_ua(rng)
        pool = home(rng, irange(rng, 12, 40) if ip_mode == "rotating" else irange(rng, 1, 2), tz)
        a = camp_acct(ctx, rng, fam, cid, "persona", ua=ua, ips=pool, tz=tz)
        born = ctx.t0 + float(rng.uniform(0.0, 0.75)) * (ctx.t1 - ctx.t0)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, 9.0, 22.0, 0.5, 0.05)
        sessions = session_times(rng, born, ctx.t1, float(rng.uniform(1.2, 3.0)), curve, size, gap)
        sessions = sessions or [nonempty(rng, np.empty(0), born, ctx.t1, gap)]
        ts_all, pr_all, ip_all, ex_all = [], [], [], []
        for s in sessions:
            if len(s) == 0:
                continue
            turns = [texts.opener(rng, lang, ctx.chat)] + [
                texts.followup(rng, lang, ctx.chat) for _ in range(len(s) - 1)
            ]
            ts_all.extend(s.tolist())
            pr_all.extend(turns)
            ip_all.extend([pick(rng, pool)] * len(s))
            ex_all.extend(history_tokens(turns, rng, comp).tolist())
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr_all,
            models=model_seq(ctx, rng, ts, 0.85, 0.05),
            ips=ip_all,
            comp_median=comp,
            comp_sigma=0.55,
            err=0.01,
            extra=np.asarray(ex_all, dtype=np.int64),
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "keys": n,
            "pacing": "human-like sessions per persona",
            "session_size": round(size, 1),
            "think_gap_s": round(gap, 1),
            "ip_source": f"residential proxies ({ip_mode}), tz-matched",
            "payment": "one virtual card each",
            "orgs": "each",
            "user_agent": "copied common UAs",
            "languages": langs,
            "difficulty": "hard",
        },
    )


# ============================================================================================
# 7. best-of-n / soft-label sampling


def free_hit(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "free_hit"
    n = irange(rng, 2, 6)
    provider = pick(rng, ("aws", "azure", "gcp", "digitalocean"))
    pay = hexid(rng, "pay")
    orgs = ids(rng, n, "org", pick(rng, ("shared", "each")))
    ua = pick(rng, SDK_COMMON[:3] + ("python-httpx/0.28.1",))
    styles = [
        str(x)
        for x in rng.choice(["probs", "n_answers", "plain"], size=irange(rng, 2, 3), replace=False)
    ]
    langs, lw = lang_mix(rng, "en", ("ko", "tr"), 0, 2)
    start = max(ctx.t0, ctx.release - float(rng.uniform(0.0, 1.0)) * DAY)
    per_hour = float(rng.uniform(0.8, 2.5))
    n_lo, n_hi = irange(rng, 3, 5), irange(rng, 6, 14)
    comp = float(rng.uniform(180, 500))
    accts = []
    for _i in range(n):
        a = camp_acct(
            ctx, rng, fam, cid, "sampler", org=orgs[_i], pay=pay, ua=ua, ips=cloud(rng, 1, provider)
        )
        starts = thinned(
            rng,
            start,
            ctx.t1,
            per_hour * (ctx.t1 - start) / HOUR,
            with_gaps(rng, start, ctx.t1, 2, 1, 6),
        )
        ts_all, pr_all = [], []
        for s in starts.tolist():
            k = irange(rng, n_lo, n_hi)
            p = texts.soft_label(rng, pick(rng, styles), weighted(rng, langs, lw), ctx.chat)
            t = s + np.sort(rng.exponential(float(rng.uniform(0.3, 2.0)), size=k))
            ts_all.extend(t.tolist())
            pr_all.extend([p] * k)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            pr_all,
            models=model_seq(ctx, rng, ts, 0.92, 0.03),
            comp_median=comp,
            comp_sigma=0.6,
            err=0.04,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "pacing": "bursts of identical requests",
            "n_range": [n_lo, n_hi],
            "bursts_per_hour": round(per_hour, 2),
            "ip_source": provider,
            "payment": "shared",
            "styles": styles,
            "languages": langs,
            "difficulty": "easy",
        },
    )


# ============================================================================================
# 8. curriculum sweep at a slow steady rate


def penalty_hit(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "penalty_hit"
    n = irange(rng, 1, 3)
    provider = pick(rng, ("hetzner", "contabo", "ovh", "scaleway"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "curl/8.5.0"))
    style = pick(rng, ("plain", "yaml"))
    plan = texts.curriculum_plan(rng)
    items = max(e[3] for e in plan)
    fr_key = n > 1 and chance(rng, 0.5)
    restart = chance(rng, 0.7)
    accts = []
    for i in range(n):
        a = camp_acct(
            ctx, rng, fam, cid, "sweeper", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, provider)
        )
        interval = float(rng.uniform(70, 220))
        begin = ctx.t0 + float(rng.uniform(0.0, 0.6)) * DAY
        n_max = int((ctx.t1 - begin) / interval) + 1
        ts = begin + np.cumsum(interval * rng.lognormal(0.0, 0.12, size=n_max))
        dead = with_gaps(rng, begin, ctx.t1, irange(rng, 1, 3), 1.0, 6.0)(ts) > 0
        ts = ts[(ts < ctx.t1) & dead]
        lang = "fr" if (fr_key and i == n - 1) else "en"
        idx = np.arange(len(ts))
        if restart:
            post = ts >= ctx.release
            if post.any():
                idx = np.where(post, idx - int(np.argmax(post)), idx)
        mine = plan[i::n]
        prompts = [
            texts.curriculum_item(mine[j % len(mine)], lang, style, items) for j in idx.tolist()
        ]
        models = [ctx.new_model if t >= ctx.release else ctx.old_models[0] for t in ts.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=float(rng.uniform(900, 1400)),
            comp_sigma=0.3,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (subject x level x skill x item)",
            "keys": n,
            "pacing": "sequential, fixed interval + jitter",
            "ip_source": f"one {provider} VPS per key",
            "payment": "shared",
            "style": style,
            "french_key": fr_key,
            "restart_on_release": restart,
            "difficulty": "medium",
        },
    )


# ============================================================================================
# 9. translation / parallel-corpus harvest dressed as a localisation shop


def corner_hit(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "corner_hit"
    n = irange(rng, 4, 9)
    provider = pick(rng, ("alibaba", "tencent", "ucloud", "huawei"))
    pays, orgs = ids(rng, n, "pay", "few", 2), ids(rng, n, "org", "few", 2)
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
    targets = [
        str(x)
        for x in rng.choice(
            sorted(set(texts.LANG_NAMES) - {"en"}), size=irange(rng, 6, 12), replace=False
        )
    ]
    styles = [
        str(x)
        for x in rng.choice(
            ["multi", "single", "back", "zh_src"], size=irange(rng, 2, 4), replace=False
        )
    ]
    tzs = [8] if chance(rng, 0.5) else [8, 9]
    curve = multi_office(tzs)
    per_hour = float(rng.uniform(20, 60))
    streams = worker_pool(
        rng, ctx.t0 + float(rng.uniform(0, 1.5)) * DAY, ctx.t1, per_hour, n, curve
    )
    vpn = cloud(rng, irange(rng, 2, 6), pick(rng, ("m247", "leaseweb")))
    accts = []
    for i in range(n):
        a = camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "translator_bot",
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider)
            + ([pick(rng, vpn)] if chance(rng, 0.4) else []),
        )
        ts = streams[i]
        prompts = [
            texts.translation(rng, pick(rng, styles), targets, ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_seq(ctx, rng, ts, 0.9, 0.05),
            comp_median=float(rng.uniform(700, 1300)),
            comp_sigma=0.5,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation / parallel-corpus harvest",
            "keys": n,
            "pacing": "worker pool on office hours",
            "tzs": tzs,
            "ip_source": f"{provider} + VPN",
            "payment": "two cards",
            "orgs": "two",
            "targets": targets,
            "styles": styles,
            "difficulty": "medium",
        },
    )


# ============================================================================================
# 10. harvest hidden inside a real consumer product's backend traffic


def kingussie(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "kingussie"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = float(rng.uniform(12, 22))
    depth = float(rng.uniform(0.45, 0.8))
    load = global_load(peak, depth)
    share = float(rng.uniform(0.15, 0.35))
    h_start = ctx.release + float(rng.uniform(-0.6, 0.4)) * DAY
    h_langs, h_lw = lang_mix(rng, "en", ("zh", "es", "ru", "de"), 1, 3)
    p_new_app = float(rng.uniform(0.15, 0.45))
    accts = []
    for _i in range(n):
        a = camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "product_backend",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp"))),
        )
        rate = float(rng.uniform(14, 40))
        ts_app = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
        pr_app = [
            texts.short_chat(rng, ctx.chat, 1500)
            if chance(rng, 0.75)
            else texts.natural_question(rng, "en")
            for _ in range(len(ts_app))
        ]
        ctx.emit(
            rng,
            a,
            ts_app,
            pr_app,
            models=model_seq(
                ctx, rng, ts_app, p_new_app, 0.4, lag=float(rng.uniform(6, 30)) * HOUR
            ),
            comp_median=350.0,
            comp_sigma=0.6,
            err=0.01,
        )
        ts_h = thinned(rng, h_start, ctx.t1, share * rate * (ctx.t1 - h_start) / HOUR, load)
        pr_h = [texts.natural_question(rng, weighted(rng, h_langs, h_lw)) for _ in range(len(ts_h))]
        ctx.emit(
            rng,
            a,
            ts_h,
            pr_h,
            models=model_seq(ctx, rng, ts_h, 0.95, 0.0),
            comp_median=650.0,
            comp_sigma=0.5,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest injected into a real study-helper app's backend keys",
            "keys": n,
            "pacing": "app's global load curve (harvest follows it)",
            "harvest_share": round(share, 2),
            "harvest_start": h_start,
            "ip_source": "app backend cloud NAT",
            "payment": "the app's card",
            "orgs": "shared",
            "user_agent": ua,
            "harvest_languages": h_langs,
            "difficulty": "hard",
        },
    )


# ============================================================================================
# 11. bought / taken-over aged accounts


def newtonmore(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "newtonmore"
    n = irange(rng, 12, 24)
    share_coerce = float(rng.uniform(0.1, 0.3))
    langs, lw = lang_mix(rng, "en", ("es", "de", "zh", "ru"), 1, 2)
    accts = []
    n_bought = 0
    for _i in range(n):
        tz = pick(rng, TZS)
        own_ip = home(rng, 1, tz)
        ua = common_ua(rng)
        a = camp_acct(ctx, rng, fam, cid, "taken_over", ua=ua, ips=own_ip, tz=tz)
        take = min(
            ctx.t1 - 0.5 * DAY, max(ctx.t0 + DAY, ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY)
        )
        bought = chance(rng, 0.5)
        n_bought += int(bought)
        owner_curve = evening_person(tz) if chance(rng, 0.5) else workday(tz)
        owner_end = take if bought else ctx.t1
        sess = session_times(
            rng, ctx.t0, owner_end, float(rng.uniform(0.5, 2.0)), owner_curve, 3.0, 60.0
        )
        ts_o = nonempty(rng, np.concatenate([np.empty(0), *sess]), ctx.t0, owner_end)
        pr_o = [texts.short_chat(rng, ctx.chat, 1500) for _ in range(len(ts_o))]
        ctx.emit(
            rng, a, ts_o, pr_o, models=ctx.models(rng, ts_o, p_new=0.2), comp_median=350.0, err=0.01
        )
        region_pool = home(rng, irange(rng, 5, 30), tz)
        op_ua = ua if chance(rng, 0.7) else pick(rng, SDK_COMMON)
        n_op = float(rng.uniform(100, 380))
        ts_x = thinned(rng, take, ctx.t1, n_op, workday(tz, 8.0, 23.5, 0.7, 0.03))
        pr_x = [
            texts.coerced(rng, ("teacher", "numbered", "verify"), ["en"])
            if chance(rng, share_coerce)
            else texts.natural_question(rng, weighted(rng, langs, lw))
            for _ in range(len(ts_x))
        ]
        ctx.emit(
            rng,
            a,
            ts_x,
            pr_x,
            models=model_seq(ctx, rng, ts_x, 0.9, 0.02),
            ips=sticky(rng, ts_x, region_pool, 2 * HOUR),
            ua=op_ua,
            comp_median=600.0,
            comp_sigma=0.55,
            err=0.015,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought / compromised aged accounts",
            "keys": n,
            "bought": n_bought,
            "pacing": "owner's own sessions, then operator traffic on waking hours after takeover",
            "ip_source": "owner's home IP, then residential proxy in the same region",
            "payment": "each account's own card",
            "orgs": "each",
            "user_agent": "owner's UA (mostly copied)",
            "languages": langs,
            "difficulty": "hard",
        },
    )


# ============================================================================================
# 12. public-prompt replay by a low-and-slow crowd


def glenurquhart(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "glenurquhart"
    n = irange(rng, 30, 60)
    pays = ids(rng, n, "pay", "few", irange(rng, 6, 12))
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    lag = float(rng.uniform(0.0, 0.5)) * DAY
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        a = camp_acct(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            pay=pays[i],
            ua=common_ua(rng),
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        born = ctx.release + lag + float(rng.uniform(0.0, 1.0)) * DAY
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, 8.0, 22.0, 0.4, 0.03)
        sessions = session_times(
            rng,
            born,
            ctx.t1,
            float(rng.uniform(1.0, 3.5)),
            curve,
            float(rng.uniform(3, 7)),
            float(rng.uniform(40, 150)),
        )
        ts = nonempty(rng, np.concatenate([np.empty(0), *sessions]), born, ctx.t1)
        k = len(ts)
        prompts = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(k)]
        cursor += k
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=model_seq(ctx, rng, ts, 0.97, 0.0),
            comp_median=420.0,
            comp_sigma=0.6,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt collection replayed to the new model",
            "keys": n,
            "pacing": "human-like sessions, accounts opened after the release",
            "ip_source": "static residential proxies, tz-matched",
            "payment": "a few prepaid cards shared",
            "orgs": "each",
            "user_agent": "copied common UAs",
            "prompts_used": cursor,
            "difficulty": "hard",
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "caman": caman,
    "camanachd": camanachd,
    "hail_line": hail_line,
    "throw_up": throw_up,
    "sutherland_cup": sutherland_cup,
    "macaulay_cup": macaulay_cup,
    "free_hit": free_hit,
    "penalty_hit": penalty_hit,
    "corner_hit": corner_hit,
    "kingussie": kingussie,
    "newtonmore": newtonmore,
    "glenurquhart": glenurquhart,
}

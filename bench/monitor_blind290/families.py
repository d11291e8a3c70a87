"""Campaign families of blind batch 290 (code names: words from the naadam festival).

Each family is `f(ctx, rng, campaign_id)`: it draws everything (keys, organisations, cards,
addresses, pacing, languages, templates) from its own generator, writes its accounts' events to
`ctx.sink` and its ground truth with `ctx.account` / `ctx.campaign`. Draws never follow a set's
order. The card (`README.md`) describes each family; read it only after the monitor's run.
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
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    multi_office,
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
from bench.monitor_blind290 import texts as tx

LABEL = "campaign"

# --------------------------------------------------------------------------------------------
# helpers


def _ids(rng: np.random.Generator, prefix: str, n: int, mode: str) -> list[str]:
    """Organisation or card ids for `n` keys: one for all, a small pool, or one per key."""
    if mode == "one":
        one = hexid(rng, prefix)
        return [one] * n
    if mode == "few":
        pool = [hexid(rng, prefix) for _ in range(irange(rng, 2, max(2, min(4, n // 2))))]
        return [pool[i % len(pool)] for i in range(n)]
    return [hexid(rng, prefix) for _ in range(n)]


def _subset(
    rng: np.random.Generator, pool, lo: int, hi: int, first: str | None = None
) -> list[str]:
    """lo..hi items of `pool` in a drawn order (optionally always including `first`)."""
    k = irange(rng, lo, min(hi, len(pool)))
    rest = [str(x) for x in rng.permutation([p for p in pool if p != first]).tolist()]
    out = ([first] if first else []) + rest
    return out[:k]


def _weights(rng: np.random.Generator, k: int, lead: float = 0.0) -> np.ndarray:
    w = rng.dirichlet(np.ones(k) * 1.5)
    if lead > 0:
        w[0] += lead
    return w / w.sum()


def _draw(rng: np.random.Generator, items: list[str], w: np.ndarray, n: int) -> list[str]:
    return [items[i] for i in rng.choice(len(items), size=n, p=w).tolist()]


_LANG_OF_TZ = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("es", "pt"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("en",),
    8: ("zh", "id"),
    9: ("ja",),
}
_V6_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    5: "in_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
}


def _sorted(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------
# reasoning-trace coercion from a rented block of servers


def bokh(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "bokh"
    n = irange(rng, 6, 16)
    org_mode, card_mode = pick(rng, ("one", "few", "each")), pick(rng, ("one", "few", "each"))
    orgs, pays = _ids(rng, "org", n, org_mode), _ids(rng, "pay", n, card_mode)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "contabo", "linode"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    one_ua = chance(rng, 0.7)
    ua0 = sdk_ua(rng, 0.4)
    langs = _subset(rng, ("en", "zh", "ru", "es", "de", "ja", "pt", "fr"), 2, 4, first="en")
    lw = _weights(rng, len(langs), lead=0.5)
    styles = _subset(rng, tx.COT_STYLES, 2, 4)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua=ua0 if one_ua else sdk_ua(rng, 0.4),
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    r1 = float(rng.uniform(15, 40))
    r2 = r1 * float(rng.uniform(1.6, 3.0))
    pre = worker_pool(rng, start, ctx.release, r1, n) if start < ctx.release else [np.empty(0)] * n
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, r2, n)
    comp, err = float(rng.uniform(1000, 1600)), float(rng.uniform(0.02, 0.06))
    for i, a in enumerate(accts):
        ts = _sorted([pre[i], post[i]])
        lg = _draw(rng, langs, lw, len(ts))
        prompts = [tx.cot_prompt(rng, lg[j], pick(rng, styles)) for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=err,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "reasoning_trace_coercion",
            "keys": n,
            "orgs": org_mode,
            "cards": card_mode,
            "address": f"rented {provider} /24 block",
            "pacing": "worker pool, faster after release",
            "rate_per_hour": [r1, r2],
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# judge / rubric / reward-model grading on stolen cards behind a residential proxy pool


def zasuul(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "zasuul"
    n = irange(rng, 4, 10)
    orgs = _ids(rng, "org", n, "few")
    pays = _ids(rng, "pay", n, "each")
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 150, 450), region)
    hold = float(rng.uniform(10, 30)) * MINUTE
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "aiohttp/3.11.11"))
    langs = _subset(rng, ("en", "de", "fr", "zh"), 1, 3, first="en")
    lw = _weights(rng, len(langs), lead=1.0)
    styles = _subset(rng, tx.JUDGE_STYLES, 2, 4)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="grader",
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=[pool[0]],
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_day = float(rng.uniform(4, 9))
    size, gap = float(rng.uniform(15, 35)), float(rng.uniform(1.5, 4.0))
    for a in accts:
        starts = thinned(
            rng,
            start + float(rng.uniform(0, DAY)),
            ctx.t1,
            per_day * (ctx.t1 - start) / DAY,
            constant,
        )
        ts = _sorted(bursts(rng, starts, size, gap, 0.5, ctx.t1))
        lg = _draw(rng, langs, lw, len(ts))
        prompts = [tx.judge_prompt(ctx, rng, pick(rng, styles), lg[j]) for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=220,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "judge_rubric_grading",
            "keys": n,
            "orgs": "few",
            "cards": "one stolen card per key",
            "address": f"residential proxy pool ({region})",
            "pacing": "bursts",
            "bursts_per_day": per_day,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# policy-compliant / censorship-safe rewrites through VPN exits


def khadag(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "khadag"
    n = irange(rng, 6, 12)
    orgs = _ids(rng, "org", n, "each")
    pays = _ids(rng, "pay", n, "few")
    provider = pick(rng, ("m247", "leaseweb", "ovh", "scaleway", "vultr"))
    exits = cloud(rng, irange(rng, 20, 50), provider)
    tz = pick(rng, (8, 3, 2, 5))
    langs = _subset(rng, ("zh", "en", "ru", "ar", "es"), 3, 5, first="en")
    lw = _weights(rng, len(langs))
    styles = _subset(rng, tx.POLICY_STYLES, 2, 4)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua=pick(rng, BROWSERS) if chance(rng, 0.6) else sdk_ua(rng),
            ips=[exits[0]],
            tz=tz,
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    rate = float(rng.uniform(15, 35))
    pools = worker_pool(
        rng, start, ctx.t1, rate, n, curve=workday(tz, start=9.0, end=21.0, weekend=0.5, night=0.05)
    )
    for a, ts in zip(accts, pools, strict=True):
        lg = _draw(rng, langs, lw, len(ts))
        prompts = [tx.policy_prompt(ctx, rng, pick(rng, styles), lg[j]) for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=sticky(rng, ts, exits, HOUR),
            comp_median=450,
            comp_sigma=0.6,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "policy_safe_rewrites",
            "keys": n,
            "orgs": "each",
            "cards": "small prepaid pool",
            "address": f"VPN exits on {provider}",
            "pacing": f"worker pool on operators' shift (UTC{tz:+d})",
            "rate_per_hour": rate,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# agent / tool-use trajectories from a "startup" in the cloud


def sur_kharvaa(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "sur_kharvaa"
    n = irange(rng, 3, 8)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 4, 12), provider)
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "dspy/2.6.3 litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    styles = _subset(rng, tx.AGENT_STYLES, 1, 3)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="agent_runner",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(5, 11))
    gap = float(rng.uniform(4, 9))
    starts = worker_pool(rng, start, ctx.t1, rate, n)
    for a, st in zip(accts, starts, strict=True):
        ts_l, pr_l, ex_l, cm_l, md_l = [], [], [], [], []
        for s in st.tolist():
            k = irange(rng, 3, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            task, tools = tx.agent_task(rng)
            style = pick(rng, styles)
            model = ctx.models(rng, np.array([s]), p_new=0.92)[0]
            ctx_tokens = irange(rng, 300, 900)
            for j in range(k):
                ts_l.append(float(t[j]))
                pr_l.append(tx.agent_step(rng, task, tools, j, style))
                ex_l.append(ctx_tokens)
                cm_l.append(650.0 if j == k - 1 else 160.0)
                md_l.append(model)
                ctx_tokens += irange(rng, 150, 420)
        order = np.argsort(np.asarray(ts_l), kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l)[order] if ts_l else np.empty(0),
            [pr_l[i] for i in order],
            models=[md_l[i] for i in order],
            extra=np.asarray([ex_l[i] for i in order], dtype=np.int64),
            comp_median=np.asarray([cm_l[i] for i in order]),
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "agent_tool_transcripts",
            "keys": n,
            "orgs": "one",
            "cards": "one",
            "address": f"{provider} NAT egress",
            "pacing": "episodes from a worker pool",
            "episodes_per_hour": rate,
            "styles": styles,
            "languages": ["en"],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# synthetic dataset generation in nightly runs


def shagai(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "shagai"
    n = irange(rng, 2, 5)
    card_mode = pick(rng, ("one", "each"))
    org, pays = hexid(rng, "org"), _ids(rng, "pay", n, card_mode)
    provider = pick(rng, ("aws", "azure", "oracle", "gcp"))
    ips = cloud(rng, irange(rng, 1, 4), provider)
    ua = sdk_ua(rng, 0.6)
    tz = pick(rng, TZS)
    h0, hours = float(rng.uniform(0, 3)), float(rng.uniform(3, 6))
    langs = _subset(rng, ("en", "es", "pt", "id", "hi", "fr", "de", "vi"), 2, 4, first="en")
    lw = _weights(rng, len(langs), lead=0.6)
    styles = _subset(rng, tx.DATASET_STYLES, 2, 3)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="generator",
            campaign_id=camp,
            org=org,
            pay=pays[i],
            ua=ua,
            ips=ips,
            tz=tz,
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate = float(rng.uniform(18, 40))
    curve = nightly(h0, hours, tz)
    for a in accts:
        pre = thinned(
            rng, start, ctx.release, rate * hours * max(0.0, ctx.release - start) / DAY, curve
        )
        post = thinned(
            rng,
            max(start, ctx.release),
            ctx.t1,
            1.5 * rate * hours * (ctx.t1 - max(start, ctx.release)) / DAY,
            curve,
        )
        ts = _sorted([pre, post])
        lg = _draw(rng, langs, lw, len(ts))
        prompts = [tx.dataset_prompt(rng, pick(rng, styles), lg[j]) for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.98, p_mini=0.0),
            comp_median=1800,
            comp_sigma=0.4,
            err=float(rng.uniform(0.03, 0.08)),
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "synthetic_dataset_generation",
            "keys": n,
            "orgs": "one",
            "cards": card_mode,
            "address": f"{provider}",
            "pacing": f"nightly {hours:.1f} h from {h0:.1f} h local (UTC{tz:+d})",
            "rate_per_hour": rate,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# multi-turn dialogue harvest: scripted "users" on throwaway accounts


def airag(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "airag"
    n = irange(rng, 15, 32)
    by_region = {
        "us": ("en",),
        "eu": ("en", "de", "fr", "es"),
        "latam": ("es", "pt"),
        "sea": ("id", "en"),
        "in": ("en",),
    }
    regions = _subset(rng, sorted(by_region), 2, 4)
    size, gap = float(rng.uniform(6, 12)), float(rng.uniform(20, 50))
    per_day = float(rng.uniform(5, 11))
    curve = pick(rng, (constant, global_load(float(rng.uniform(12, 22)), 0.5)))
    accts = []
    for _ in range(n):
        region = pick(rng, regions)
        pool = resi(rng, irange(rng, 30, 80), region)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="scripted_user",
            campaign_id=camp,
            ua=pick(rng, BROWSERS),
            ips=pool,
        )
        accts.append(a)
        lang = pick(rng, by_region[region])
        s0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts_l, pr_l, ip_l, ex_l = [], [], [], []
        for sess in session_times(rng, s0, ctx.t1, per_day, curve, size, gap, 0.5):
            seed_q = tx.expert_question(rng, lang) if chance(rng, 0.5) else tx.human(ctx, rng, 300)
            ip = pick(rng, pool)
            hist = 0
            for j, t in enumerate(sess.tolist()):
                ts_l.append(t)
                pr_l.append(tx.dialogue_turn(ctx, rng, j, lang, seed_q))
                ip_l.append(ip)
                ex_l.append(hist)
                hist += irange(rng, 350, 700)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_l),
            pr_l,
            models=ctx.models(rng, np.asarray(ts_l), p_new=0.95),
            ips=ip_l,
            extra=np.asarray(ex_l, dtype=np.int64),
            comp_median=550,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "multi_turn_dialogue_harvest",
            "keys": n,
            "orgs": "each",
            "cards": "one prepaid card per key",
            "address": f"residential proxies {regions}",
            "pacing": "scripted sessions",
            "sessions_per_day": per_day,
            "turns_mean": size,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# best-of-n / soft-label sampling: one prompt fired n times at once


def giingoo(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "giingoo"
    n = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("azure", "oracle", "gcp", "aws"))
    ips = cloud(rng, irange(rng, 2, 6), provider)
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    styles = _subset(rng, tx.SAMPLING_STYLES, 2, 3)
    ns = _subset(rng, ("4", "5", "8", "10", "16"), 1, 2)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="sampler",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0, 0.8)) * DAY
    rate = float(rng.uniform(3, 8))
    jobs = worker_pool(rng, start, ctx.t1, rate, n)
    for a, st in zip(accts, jobs, strict=True):
        ts_l, pr_l, md_l = [], [], []
        for s in st.tolist():
            k = int(pick(rng, ns))
            p = tx.sampling_prompt(ctx, rng, pick(rng, styles))
            m = ctx.models(rng, np.array([s]), p_new=0.97)[0]
            for t in (s + np.sort(rng.uniform(0, 2.5, size=k))).tolist():
                ts_l.append(t)
                pr_l.append(p)
                md_l.append(m)
        ctx.emit(
            rng, a, np.asarray(ts_l), pr_l, models=md_l, comp_median=300, comp_sigma=0.7, err=0.04
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "best_of_n_soft_label_sampling",
            "keys": n,
            "orgs": "one",
            "cards": "one",
            "address": provider,
            "samples_per_prompt": ns,
            "pacing": "worker pool of jobs, each fired n times in parallel",
            "jobs_per_hour": rate,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# translation harvest: each passage into many languages


def shudlen(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "shudlen"
    n = irange(rng, 4, 8)
    orgs = _ids(rng, "org", n, pick(rng, ("one", "few")))
    pays = _ids(rng, "pay", n, pick(rng, ("one", "few")))
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "selectel"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "Go-http-client/2.0"))
    targets = _subset(rng, sorted(k for k in tx.LANG_NAMES if k != "en"), 6, 14)
    styles = _subset(rng, tx.TRANSLATE_STYLES, 1, 3)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=camp,
            org=orgs[i],
            pay=pays[i],
            ua=ua,
            ips=picks(rng, block, 2),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    rate, gap = float(rng.uniform(4, 9)), float(rng.uniform(4, 12))
    jobs = worker_pool(rng, start, ctx.t1, rate, n)
    for a, st in zip(accts, jobs, strict=True):
        ts_l, pr_l, cm_l = [], [], []
        for s in st.tolist():
            text = tx.answer(ctx, rng, 900)
            k = irange(rng, 4, len(targets))
            order = rng.permutation(len(targets))[:k].tolist()
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=k - 1))])
            style = pick(rng, styles)
            for tt, li in zip(t.tolist(), order, strict=True):
                ts_l.append(tt)
                pr_l.append(tx.translate_prompt(rng, text, targets[li], style))
                cm_l.append(max(40.0, len(text) / 3.2))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=np.asarray(cm_l),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "translation_harvest",
            "keys": n,
            "address": f"{provider} block",
            "targets": targets,
            "styles": styles,
            "pacing": "jobs of sequential fan-out",
            "jobs_per_hour": rate,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: a curriculum sweep dressed as a tutoring product


def daaga(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "daaga"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.58.1"))
    product = pick(rng, ("Brightpath", "Owlet Learn", "Mathsy", "StudyNest", "Kiwi Tutor"))
    tzs = _subset(rng, ("-5", "-8", "0", "1", "8"), 2, 3)
    curve = multi_office([int(z) for z in tzs])
    styles = _subset(rng, ("sys", "plain"), 1, 2)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n)
    ]
    sweep = [(g, s, sk) for g in range(5, 13) for s in sorted(tx.SUBJECTS) for sk in tx.SUBJECTS[s]]
    start = ctx.t0 + float(rng.uniform(0.05, 0.6)) * DAY
    rate = float(rng.uniform(20, 45))
    pools = worker_pool(rng, start, ctx.t1, rate, n, curve=curve)
    # one global queue: the sweep advances in time order across all keys
    order = np.argsort(np.concatenate(pools), kind="stable")
    prompt_at = {}
    for q, idx in enumerate(order.tolist()):
        g, s, sk = sweep[q % len(sweep)]
        prompt_at[idx] = tx.tutor_sweep_prompt(
            rng, product, g, s, sk, 1 + q // len(sweep), pick(rng, styles)
        )
    pos = 0
    for i, a in enumerate(accts):
        idxs = [pos + j for j in range(len(pools[i]))]
        pos += len(pools[i])
        ts = pools[i]
        ctx.emit(
            rng,
            a,
            ts,
            [prompt_at[j] for j in idxs],
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.12),
            comp_median=900,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "curriculum_sweep_as_tutoring_product",
            "keys": n,
            "orgs": "one",
            "cards": "one",
            "address": f"{provider} NAT",
            "product": product,
            "pacing": f"school hours in UTC{tzs}",
            "rate_per_hour": rate,
            "sweep_items": len(sweep),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: bought aged accounts, first the original owner's life, then a quiet harvest


def avraga(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "avraga"
    n = irange(rng, 12, 24)
    accts = []
    takeovers = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.75) else pick(rng, MOBILE[:3])
        home_ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="aged_account",
            campaign_id=camp,
            ua=ua,
            ips=home_ips,
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, _LANG_OF_TZ[tz])
        take = min(ctx.t1 - 0.5 * DAY, ctx.release + float(rng.uniform(-1.5, 0.6)) * DAY)
        takeovers.append(take)
        # the original owner's ordinary use
        life = _sorted(
            session_times(
                rng, ctx.t0, take, float(rng.uniform(0.4, 1.4)), evening_person(tz), 3.0, 90.0
            )
        )
        ctx.emit(
            rng,
            a,
            life,
            [tx.human(ctx, rng) for _ in range(len(life))],
            models=ctx.models(rng, life, p_new=0.2, p_mini=0.1),
            comp_median=320,
            err=0.005,
        )
        # the operator: a residential proxy in the owner's region, owner's user agent mostly kept
        proxies = home(rng, irange(rng, 3, 10), tz)
        op_ua = ua if chance(rng, 0.65) else sdk_ua(rng, 0.7)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(3, 8)),
            evening_person(tz, spread=3.5),
            float(rng.uniform(5, 10)),
            float(rng.uniform(30, 90)),
        )
        ts_l, pr_l, ip_l = [], [], []
        for s in sess:
            ip = pick(rng, proxies)
            for t in s.tolist():
                ts_l.append(t)
                pr_l.append(
                    tx.harvest_question(rng, lang) if chance(rng, 0.75) else tx.human(ctx, rng)
                )
                ip_l.append(ip)
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.92),
            ips=ip_l,
            ua=op_ua,
            comp_median=700,
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "aged_account_takeover_harvest",
            "keys": n,
            "orgs": "each (original owners)",
            "cards": "each (original owners)",
            "address": "owner's home, then residential proxies in the same region",
            "pacing": "owner's evening sessions, then denser evening-shaped sessions",
            "takeover_ts": [float(t) for t in takeovers],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: a low-and-slow crowd of person-like identities


def uukhai(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "uukhai"
    n = irange(rng, 35, 65)
    p_replay = float(rng.uniform(0.25, 0.45))
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        mobile = chance(rng, 0.35)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        if mobile and tz in _V6_OF_TZ and chance(rng, 0.5):
            ips = mobile_v6(rng, irange(rng, 2, 5), _V6_OF_TZ[tz])
        else:
            ips = home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="crowd_member",
            campaign_id=camp,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        lang = pick(rng, _LANG_OF_TZ[tz])
        s0 = ctx.t0 + float(rng.uniform(0.2, 4.8)) * DAY
        sess = session_times(
            rng,
            s0,
            ctx.t1,
            float(rng.uniform(0.8, 2.2)),
            evening_person(tz),
            float(rng.uniform(3, 5)),
            float(rng.uniform(60, 180)),
        )
        ts_l, pr_l = [], []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                if j > 0 and chance(rng, 0.3):
                    pr_l.append(tx.dialogue_turn(ctx, rng, 1, lang, ""))
                elif chance(rng, p_replay):
                    pr_l.append(tx.human(ctx, rng))
                else:
                    pr_l.append(tx.harvest_question(rng, lang))
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            a,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new=0.88),
            comp_median=650,
            comp_sigma=0.6,
            err=0.005,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "low_and_slow_crowd",
            "keys": n,
            "orgs": "each",
            "cards": "each",
            "address": "home-like residential / carrier addresses per identity",
            "pacing": "evening sessions, staggered sign-ups",
            "public_replay_share": p_replay,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# HARD: harvest hidden inside a real writing-assistant product's traffic


def khuushuur(ctx: Ctx, rng: np.random.Generator, camp: str) -> None:
    fam = "khuushuur"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 2, 5), provider)
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/NodeJS 4.85.1", "axios/1.7.9"))
    product = pick(rng, ("Inkwell", "Quillmate", "DraftPilot", "Wordsmithy", "Penrose Docs"))
    share = float(rng.uniform(0.18, 0.35))
    share_post = min(0.6, share * float(rng.uniform(1.3, 1.8)))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="product_key",
            campaign_id=camp,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        for _ in range(n)
    ]
    rate = float(rng.uniform(35, 75))
    pools = worker_pool(
        rng,
        ctx.t0 + float(rng.uniform(0, 0.3)) * DAY,
        ctx.t1,
        rate,
        n,
        curve=global_load(float(rng.uniform(13, 20)), float(rng.uniform(0.5, 0.8))),
    )
    for a, ts in zip(accts, pools, strict=True):
        harvest = rng.random(len(ts)) < np.where(ts >= ctx.release, share_post, share)
        prompts, comp = [], []
        for h in harvest.tolist():
            if h:
                content = tx.harvest_question(rng, "en") if chance(rng, 0.6) else tx.problem(rng)
                prompts.append(
                    tx.product_prompt(rng, product, content, pick(rng, ("Explain", "Expand on")))
                )
                comp.append(900.0)
            else:
                text = tx.human(ctx, rng, 700) if chance(rng, 0.5) else tx.answer(ctx, rng, 700)
                prompts.append(tx.product_prompt(rng, product, text))
                comp.append(280.0)
        m_prod = ctx.models(rng, ts, p_new=0.55)
        m_harv = ctx.models(rng, ts, p_new=0.97)
        models = [
            mh if h else mp for h, mp, mh in zip(harvest.tolist(), m_prod, m_harv, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.6,
            err=0.01,
        )
    ctx.campaign(
        camp,
        fam,
        accts,
        {
            "operation": "harvest_inside_product_traffic",
            "keys": n,
            "orgs": "one",
            "cards": "one",
            "address": f"{provider} NAT",
            "product": product,
            "harvest_share": [share, share_post],
            "pacing": "global product load",
            "rate_per_hour": rate,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "bokh": bokh,
    "zasuul": zasuul,
    "khadag": khadag,
    "sur_kharvaa": sur_kharvaa,
    "shagai": shagai,
    "airag": airag,
    "giingoo": giingoo,
    "shudlen": shudlen,
    "daaga": daaga,
    "avraga": avraga,
    "uukhai": uukhai,
    "khuushuur": khuushuur,
}

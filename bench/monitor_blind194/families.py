"""Campaign families of batch 194 (code names from dressage).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts with `ctx.account`, writes its
events with `ctx.emit` and records itself with `ctx.campaign`. Every choice (keys, orgs, cards,
pacing, addresses, user agents, languages, template styles, models) comes from the family's own
rng. Four families (renvers, tempi_change, rein_back, half_halt) are built to be hard.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Acct, Ctx, chance, irange, pick
from bench.monitor_blind194 import texts

# which consumer region / phone network / languages fit a UTC offset
_REGION = {
    -8: "us",
    -5: "us",
    -3: "latam",
    0: "eu",
    1: "eu",
    2: "eu",
    3: "ru",
    5: "in",
    8: "cn",
    9: "jp_kr",
}
_PHONE = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}
_LANGS = {
    -8: ("en",),
    -5: ("en", "en", "es"),
    -3: ("pt", "es"),
    0: ("en", "fr"),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("en",),
    8: ("zh",),
    9: ("ja",),
}


def _weights(rng: np.random.Generator, k: int) -> np.ndarray:
    w = rng.dirichlet(np.full(k, 1.5))
    return w / w.sum()


def _choose(rng: np.random.Generator, items, w) -> str:
    return items[int(rng.choice(len(items), p=w))]


def _styles(rng: np.random.Generator, n_total: int, lo: int, hi: int) -> list[int]:
    return sorted(
        rng.choice(n_total, size=irange(rng, lo, min(hi, n_total)), replace=False).tolist()
    )


def _split(rng: np.random.Generator, ts: np.ndarray, n: int) -> list[np.ndarray]:
    who = rng.integers(0, n, size=len(ts))
    return [ts[who == i] for i in range(n)]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _emit(
    ctx: Ctx, rng: np.random.Generator, acct: Acct, ts: np.ndarray, gen: Callable[[], str], **kw
) -> int:
    ts = np.sort(np.asarray(ts, dtype=np.float64))
    prompts = [gen() for _ in range(len(ts))]
    models = kw.pop("models", None)
    if models is None:
        models = ctx.models(rng, ts, kw.pop("p_new", 0.9), kw.pop("p_mini", 0.05))
    else:
        kw.pop("p_new", None)
        kw.pop("p_mini", None)
    return ctx.emit(rng, acct, ts, prompts, models=models, **kw)


# --------------------------------------------------------------------------------------------
# piaffe: reasoning-trace coercion by a worker pool on rented hosting


def piaffe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "piaffe"
    n_keys = irange(rng, 8, 18)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    card_mode = pick(rng, ("one_prepaid", "per_org"))
    cards = (
        [bb.hexid(rng, "pay")]
        if card_mode == "one_prepaid"
        else [bb.hexid(rng, "pay") for _ in orgs]
    )
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "m247"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 9))
    ua_mode = pick(rng, ("shared", "per_key"))
    shared_ua = bb.sdk_ua(rng, 0.3)
    langs = ["en", "zh", "ru", "es"]
    lw = _weights(rng, 4)
    styles = _styles(rng, 5, 2, 4)
    accts = []
    for i in range(n_keys):
        o = i % n_orgs
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=cards[0] if card_mode == "one_prepaid" else cards[o],
                ua=shared_ua if ua_mode == "shared" else bb.sdk_ua(rng, 0.3),
                ips=bb.picks(rng, block, irange(rng, 1, 3)),
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.5)
    pre_rate, post_rate = float(rng.uniform(6, 18)), float(rng.uniform(45, 85))
    pre = bb.worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = bb.worker_pool(
        rng, ctx.release, ctx.t1, post_rate, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.3)
    )
    comp = float(rng.uniform(1100, 1900))
    for i, a in enumerate(accts):
        _emit(
            ctx,
            rng,
            a,
            _cat([pre[i], post[i]]),
            lambda: texts.reasoning_trace(rng, pick(rng, styles), _choose(rng, langs, lw)),
            p_new=0.95,
            comp_median=comp,
            comp_sigma=0.45,
            err=0.035,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (chain of thought on parametric problems)",
            "n_keys": n_keys,
            "orgs": n_orgs,
            "payment": card_mode,
            "ip_source": f"rented block on {provider}",
            "user_agent": ua_mode,
            "pacing": "Poisson worker pool, ramp at release",
            "rates_per_hour": [round(pre_rate, 1), round(post_rate, 1)],
            "languages": dict(zip(langs, np.round(lw, 2).tolist(), strict=True)),
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# levade: judge / rubric / reward-model grading, nightly bursts, stolen cards


def levade(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "levade"
    n_keys = irange(rng, 5, 9)
    tz = pick(rng, (8, 3, 2, -5))
    provider = pick(rng, ("aws", "gcp", "azure"))
    ua = pick(rng, ("dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2", "AsyncOpenAI/Python 1.60.0"))
    langs, lw = ["en", "de", "es"], np.array([0.7, 0.15, 0.15])
    styles = _styles(rng, 4, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            ua=ua,
            ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    night_start = float(rng.uniform(0, 3))
    n_total = 0
    for a in accts:
        starts = bb.thinned(
            rng,
            ctx.t0 + DAY * float(rng.uniform(0.3, 1.5)),
            ctx.t1,
            float(rng.uniform(1.5, 4)) * 7,
            bb.nightly(night_start, 5.0, tz),
        )
        ts = _cat(
            bb.bursts(rng, starts, float(rng.uniform(25, 60)), float(rng.uniform(2, 6)), b=ctx.t1)
        )
        n_total += _emit(
            ctx,
            rng,
            a,
            ts,
            lambda: texts.judge(
                rng, pick(rng, styles), ctx.chat, ctx.passages, _choose(rng, langs, lw)
            ),
            p_new=0.85,
            comp_median=float(rng.uniform(220, 380)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward-model grading of answer pairs",
            "n_keys": n_keys,
            "orgs": "one per key",
            "payment": "stolen card per key",
            "ip_source": f"{provider} cloud",
            "user_agent": ua,
            "pacing": f"nightly bursts (tz {tz})",
            "languages": {"en": 0.7, "de": 0.15, "es": 0.15},
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# capriole: policy / censorship-safe rewrites, burned keys over a residential proxy pool


def capriole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "capriole"
    n_keys = irange(rng, 22, 40)
    region = pick(rng, ("*", "us", "eu", "sea"))
    pool = bb.resi(rng, irange(rng, 200, 500), region)
    hold = float(rng.uniform(8, 30)) * MINUTE
    langs = ["zh", "en", "ru", "ar"]
    lw = _weights(rng, 4)
    styles = _styles(rng, 4, 2, 4)
    rate = float(rng.uniform(14, 30))
    life_lo, life_hi = 0.4, float(rng.uniform(1.2, 2.5))
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.7) else bb.sdk_ua(rng, 0.6)
        a = ctx.account(
            rng, label="campaign", family=fam, role="burner", campaign_id=cid, ua=ua, ips=pool[:1]
        )
        accts.append(a)
    # keys are burned in turn: each lives for a day or two inside the week
    lives = []
    for _ in accts:
        s = float(rng.uniform(ctx.t0 + 0.5 * DAY, ctx.t1 - 0.5 * DAY))
        lives.append((s, min(ctx.t1, s + DAY * float(rng.uniform(life_lo, life_hi)))))
    concurrent = max(1.0, n_keys * (life_lo + life_hi) / 2 / 6.5)
    for a, (s, e) in zip(accts, lives, strict=True):
        ts = bb.thinned(
            rng,
            s,
            e,
            rate / concurrent * (e - s) / HOUR * float(rng.uniform(0.6, 1.4)),
            bb.constant,
        )
        _emit(
            ctx,
            rng,
            a,
            ts,
            lambda: texts.policy_rewrite(
                rng, pick(rng, styles), ctx.passages, _choose(rng, langs, lw)
            ),
            ips=bb.sticky(rng, ts, pool, hold),
            p_new=0.9,
            comp_median=float(rng.uniform(300, 520)),
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant / censorship-safe rewrites and refusal targets",
            "n_keys": n_keys,
            "orgs": "one per key",
            "payment": "stolen card per key",
            "ip_source": f"residential proxy pool ({region})",
            "sticky_minutes": round(hold / MINUTE, 1),
            "user_agent": "spoofed browsers, some SDKs",
            "pacing": "keys burned in turn, Poisson inside each life",
            "rate_per_hour": round(rate, 1),
            "languages": dict(zip(langs, np.round(lw, 2).tolist(), strict=True)),
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# courbette: agent / tool-use trajectories, episode bursts from a cloud project


def courbette(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "courbette"
    n_keys = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.63.2"))
    styles = _styles(rng, 3, 1, 3)
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
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(4, 9))
    starts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    eps = bb.bursts(rng, starts, float(rng.uniform(4, 8)), float(rng.uniform(6, 18)), 0.7, b=ctx.t1)
    owner = rng.integers(0, n_keys, size=len(eps))
    for i, a in enumerate(accts):
        ts = _cat([e for e, o in zip(eps, owner.tolist(), strict=True) if o == i])
        _emit(
            ctx,
            rng,
            a,
            ts,
            lambda: texts.agent_transcript(rng, pick(rng, styles)),
            p_new=0.8,
            comp_median=float(rng.uniform(220, 420)),
            extra=rng.integers(500, 2200, size=len(ts)),
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories with rationales",
            "n_keys": n_keys,
            "orgs": 1,
            "payment": "one business card",
            "ip_source": f"{provider} cloud",
            "user_agent": ua,
            "pacing": "Poisson episodes, each a train of steps",
            "episodes_per_hour": round(per_hour, 1),
            "languages": {"en": 1.0},
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# pirouette: synthetic-dataset generation, curriculum sweep at night


def pirouette(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pirouette"
    n_keys = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode", "contabo"))
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "python-httpx/0.28.1"))
    tz = pick(rng, (1, 3, 8, 5))
    langs, lw = ["en", "fr", "pt", "ja"], np.array([0.55, 0.15, 0.15, 0.15])
    styles = _styles(rng, 4, 2, 4)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=bb.cloud(rng, 1, provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - DAY * float(rng.uniform(0.0, 1.0))
    night = bb.nightly(float(rng.uniform(21, 24)) % 24, float(rng.uniform(6, 9)), tz)
    n_mean = float(rng.uniform(500, 900)) * (ctx.t1 - start) / DAY
    starts = bb.thinned(rng, start, ctx.t1, n_mean / 20, night)
    ts = _cat(bb.bursts(rng, starts, 20, float(rng.uniform(8, 25)), 0.4, b=ctx.t1))
    # a sweep over the curriculum grid in order: subject x level x persona
    order = [(s, lv, p) for s in range(27) for lv in range(8) for p in range(7)]
    off = irange(rng, 0, len(order) - 1)
    cells = [order[(off + k) % len(order)] for k in range(len(ts))]
    per_key = _split(rng, np.arange(len(ts)), n_keys)
    for i, a in enumerate(accts):
        idx = per_key[i]
        it = iter(idx.tolist())
        _emit(
            ctx,
            rng,
            a,
            ts[idx],
            lambda it=it: texts.synthetic_data(
                rng, pick(rng, styles), _choose(rng, langs, lw), cells[next(it)]
            ),
            p_new=0.97,
            comp_median=float(rng.uniform(1800, 2600)),
            comp_sigma=0.35,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction dataset generation, curriculum sweep",
            "n_keys": n_keys,
            "orgs": 1,
            "payment": "one prepaid card",
            "ip_source": f"{provider} VPS",
            "user_agent": ua,
            "pacing": f"night bursts (tz {tz}) from just before release",
            "languages": {"en": 0.55, "fr": 0.15, "pt": 0.15, "ja": 0.15},
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# half_pass: multi-turn dialogue harvest through VPN exits


def half_pass(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "half_pass"
    n_keys = irange(rng, 6, 12)
    orgs = [bb.hexid(rng, "org") for _ in range(2)]
    pays = [bb.hexid(rng, "pay") for _ in range(2)]
    vpn = pick(rng, ("m247", "leaseweb", "ovh", "digitalocean"))
    pool = bb.rented_block(rng, vpn, irange(rng, 3, 8), 3)
    ua = pick(rng, bb.SDK_COMMON[:3])
    langs, lw = ["en", "es", "ko"], _weights(rng, 3)
    styles = _styles(rng, 3, 2, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=ua,
            ips=pool,
        )
        for i in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.8)
    per_hour = float(rng.uniform(28, 55))
    pools = bb.worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, bb.global_load(float(rng.uniform(0, 24)), 0.4)
    )
    for a, ts in zip(accts, pools, strict=True):
        _emit(
            ctx,
            rng,
            a,
            ts,
            lambda: texts.dialogue(
                rng, pick(rng, styles), ctx.chat, ctx.passages, _choose(rng, langs, lw)
            ),
            ips=bb.sticky(rng, ts, pool, HOUR),
            p_new=0.9,
            comp_median=float(rng.uniform(380, 560)),
            extra=rng.integers(150, 1200, size=len(ts)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (continuations and self-chat)",
            "n_keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": f"VPN exits on {vpn}, sticky 1 h",
            "user_agent": ua,
            "pacing": "Poisson worker pool, mild daily cycle",
            "rate_per_hour": round(per_hour, 1),
            "languages": dict(zip(langs, np.round(lw, 2).tolist(), strict=True)),
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# shoulder_in: best-of-n and soft-label sampling


def shoulder_in(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "shoulder_in"
    n_keys = irange(rng, 4, 8)
    org = bb.hexid(rng, "org")
    card = pick(rng, ("one", "per_key"))
    pay = bb.hexid(rng, "pay")
    n_ips = irange(rng, 3, 8)
    provider = pick(rng, ("aws", "gcp", "alibaba", "tencent"))
    ips = bb.cloud(rng, n_ips, provider)
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay if card == "one" else None,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.9)
    per_hour = float(rng.uniform(6, 12))
    n_lo, n_hi = 4, irange(rng, 8, 16)
    p_soft = float(rng.uniform(0.2, 0.45))
    soft_styles = _styles(rng, 3, 1, 3)
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR / n_keys, bb.constant
        )
        ts_all, prompts = [], []
        for s in starts.tolist():
            if chance(rng, p_soft):
                k, p = 1, texts.soft_label(rng, pick(rng, soft_styles))
            else:
                k, p = irange(rng, n_lo, n_hi), texts.clip(pick(rng, ctx.chat), 20, 800, rng)
            ts_all.extend((s + np.cumsum(rng.lognormal(np.log(0.4), 0.8, size=k))).tolist())
            prompts.extend([p] * k)
        ts = np.asarray(ts_all)
        keep = ts < ctx.t1
        ts, prompts = ts[keep], [p for p, k in zip(prompts, keep.tolist(), strict=True) if k]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92),
            comp_median=float(rng.uniform(280, 420)),
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n sampling and soft-label (probability) harvest",
            "n_keys": n_keys,
            "orgs": 1,
            "payment": card,
            "ip_source": f"{provider} cloud",
            "user_agent": ua,
            "pacing": "parallel n-sample groups",
            "n_range": [n_lo, n_hi],
            "p_soft": round(p_soft, 2),
            "languages": {"en": 1.0},
            "styles": soft_styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# travers: parallel-corpus translation harvest


def travers(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "travers"
    n_keys = irange(rng, 3, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "scaleway", "selectel"))
    ips = bb.cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("Go-http-client/2.0", "reqwest/0.12.12", "python-httpx/0.28.1"))
    targets = sorted(
        rng.choice(list(texts.LANG_NAMES), size=irange(rng, 7, 14), replace=False).tolist()
    )
    styles = _styles(rng, 4, 1, 3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(3, 6))
    item = 0
    for a in accts:
        starts = bb.thinned(
            rng, start, ctx.t1, per_hour / n_keys * (ctx.t1 - start) / HOUR, bb.constant
        )
        ts_all, prompts, comp = [], [], []
        for s in starts.tolist():
            item += 1
            text = texts.clip(pick(rng, ctx.passages), 200, 1200, rng)
            style = pick(rng, styles)
            langs = rng.permutation(targets).tolist()
            gaps = np.cumsum(rng.lognormal(np.log(9.0), 0.6, size=len(langs)))
            for g, lang in zip(gaps.tolist(), langs, strict=True):
                ts_all.append(s + g)
                prompts.append(texts.translate(rng, style, text, lang, item))
                comp.append(len(text) / 3.2)
        ts = np.asarray(ts_all)
        order = np.argsort(ts, kind="stable")
        keep = order[ts[order] < ctx.t1]
        ts = ts[keep]
        ctx.emit(
            rng,
            a,
            ts,
            [prompts[i] for i in keep.tolist()],
            models=ctx.models(rng, ts, 0.85),
            comp_median=np.asarray(comp)[keep],
            comp_sigma=0.25,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest (one passage into many languages)",
            "n_keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} VPS",
            "user_agent": ua,
            "pacing": "Poisson passages, each a train over the target languages",
            "targets": targets,
            "styles": styles,
            "languages": {"en": 1.0},
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# renvers (hard): harvest hidden inside a real consumer app's backend traffic


def renvers(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "renvers"
    n_keys = irange(rng, 2, 3)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 3, 7), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    peak = float(rng.uniform(13, 22))
    frac = float(rng.uniform(0.2, 0.35))
    langs = ["en", "es", "pt", "de", "fr"]
    lw = _weights(rng, 5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    rate = float(rng.uniform(35, 70))
    share = _weights(rng, n_keys)
    for a, w in zip(accts, share.tolist(), strict=True):
        prod = bb.thinned(rng, ctx.t0, ctx.t1, rate * w * 7 * 24, bb.global_load(peak, 0.55))
        harv = bb.thinned(
            rng,
            ctx.t0 + DAY * float(rng.uniform(1, 2.5)),
            ctx.t1,
            rate * w * 7 * 24 * frac / (1 - frac),
            bb.global_load((peak + 9) % 24, 0.35),
        )
        _emit(
            ctx,
            rng,
            a,
            prod,
            lambda: texts.humanise(rng, texts.everyday(rng, ctx.chat), 0.3),
            p_new=0.2,
            p_mini=0.2,
            comp_median=340,
            err=0.01,
        )

        def harvest_prompt() -> str:
            lang = _choose(rng, langs, lw)
            if chance(rng, 0.5):
                q = texts.expert_question(rng, lang)
            else:
                q = texts.problem(rng, "es" if lang in ("es", "pt") else "en") + pick(
                    rng, ("", " can you explain step by step?", " show the working please", " why?")
                )
            return texts.humanise(rng, q, 0.5)

        _emit(ctx, rng, a, harv, harvest_prompt, p_new=0.65, p_mini=0.02, comp_median=650, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest mixed into a genuine consumer chat app's backend key",
            "n_keys": n_keys,
            "orgs": 1,
            "payment": "one business card",
            "ip_source": "aws NAT egress",
            "user_agent": ua,
            "pacing": "product diurnal load + off-peak backfill",
            "harvest_fraction": round(frac, 2),
            "languages": dict(zip(langs, np.round(lw, 2).tolist(), strict=True)),
            "styles": ["user-like"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# tempi_change (hard): compromised aged personal accounts taken over around the release


def tempi_change(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tempi_change"
    n = irange(rng, 10, 18)
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.4) else pick(rng, bb.SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        takeover = ctx.release + DAY * float(rng.uniform(-2.0, 1.0))
        takeovers.append(takeover)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        # the owner's own usage before the takeover
        own = _cat(
            bb.session_times(rng, ctx.t0, takeover, float(rng.uniform(0.6, 2.0)), curve, 3.0, 45.0)
        )
        _emit(
            ctx,
            rng,
            a,
            own,
            lambda: texts.everyday(rng, ctx.chat),
            p_new=0.17,
            p_mini=0.2,
            comp_median=350,
        )
        # the operator's use after it: same region, same user agent, the owner's hours
        pool = bb.resi(rng, irange(rng, 8, 25), _REGION[tz])
        ts = _cat(
            bb.session_times(
                rng,
                takeover,
                ctx.t1,
                float(rng.uniform(3, 7)),
                curve,
                float(rng.uniform(5, 9)),
                float(rng.uniform(25, 70)),
            )
        )
        lang_opts = _LANGS[tz]

        def gen(lang_opts=lang_opts) -> str:
            if chance(rng, 0.2):
                return texts.everyday(rng, ctx.chat)
            return texts.humanise(rng, texts.expert_question(rng, pick(rng, lang_opts)), 0.4)

        _emit(
            ctx,
            rng,
            a,
            ts,
            gen,
            ips=bb.sticky(rng, ts, pool, 2 * HOUR),
            p_new=0.7,
            p_mini=0.03,
            comp_median=600,
            err=0.012,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert Q&A harvest through compromised aged personal accounts",
            "n_keys": n,
            "orgs": "the owners' own",
            "payment": "the owners' own cards",
            "ip_source": "owner's home IP, then residential proxies in the owner's region",
            "user_agent": "the owner's",
            "pacing": "human sessions in the owner's hours, denser after takeover",
            "takeover_days_from_release": [round((t - ctx.release) / DAY, 2) for t in takeovers],
            "languages": "the owner's locale",
            "styles": ["user-like"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# rein_back (hard): low-and-slow crowd of person-like prepaid accounts covering a curriculum


def rein_back(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "rein_back"
    n = irange(rng, 35, 60)
    langs = sorted(texts.EXPERT)
    grid = [(lang, t) for lang in langs for t in range(len(texts.EXPERT[lang][1]))]
    order = rng.permutation(len(grid)).tolist()
    accts = []
    for i in range(n):
        tz = pick(rng, bb.TZS)
        phone = _PHONE.get(tz)
        on_phone = phone is not None and chance(rng, 0.6)
        ua = pick(rng, bb.MOBILE) if on_phone else pick(rng, bb.BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        join = ctx.t0 + DAY * float(rng.uniform(0.5, 4.5))
        sess = bb.session_times(
            rng,
            join,
            ctx.t1,
            float(rng.uniform(1.2, 3.5)),
            bb.evening_person(tz),
            float(rng.uniform(2.5, 5.5)),
            float(rng.uniform(50, 150)),
        )
        ts = _cat(sess)
        if on_phone:  # a new carrier address per session
            addr = bb.mobile_v6(rng, len(sess), phone)
            ips = [addr[j] for j, s in enumerate(sess) for _ in range(len(s))]
            ips = [
                ips[k]
                for k in np.argsort(np.concatenate(sess) if sess else [], kind="stable").tolist()
            ]
        else:
            ips = None
        mine = [grid[order[(i * 3 + k) % len(grid)]] for k in range(4)]

        def gen(mine=mine) -> str:
            if chance(rng, 0.15):
                return texts.everyday(rng, ctx.chat)
            lang, cell = pick(rng, mine)
            return texts.humanise(rng, texts.expert_question(rng, lang, cell), 0.8)

        _emit(ctx, rng, a, ts, gen, ips=ips, p_new=0.8, p_mini=0.05, comp_median=620, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum harvest by a crowd of low-volume person-like accounts",
            "n_keys": n,
            "orgs": "one per account",
            "payment": "a different prepaid card per account",
            "ip_source": "home broadband or a carrier IPv6 per session",
            "user_agent": "browsers and phones",
            "pacing": "human sessions, evening curve, staggered joins",
            "languages": langs,
            "styles": ["user-like, noisy"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# half_halt (hard): public-prompt replay by a small 'startup' team in office hours


def half_halt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "half_halt"
    n_keys = irange(rng, 5, 9)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    batch_box = bb.cloud(rng, 1, pick(rng, ("hetzner", "aws", "gcp")))
    ua = bb.SDK_COMMON[0] if chance(rng, 0.7) else pick(rng, bb.SDK_COMMON)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=office + (batch_box if chance(rng, 0.4) else []),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    perm = rng.permutation(len(ctx.chat)).tolist()
    cursor = [irange(rng, 0, len(perm) - 1)]

    def gen() -> str:
        if chance(rng, 0.06):  # a retry of the previous prompt
            return ctx.chat[perm[(cursor[0] - 1) % len(perm)]]
        cursor[0] = (cursor[0] + 1) % len(perm)
        return ctx.chat[perm[cursor[0]]]

    per_day = float(rng.uniform(140, 300))
    for a in accts:
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, per_day * float(rng.uniform(0.6, 1.4)) * 7, bb.workday(tz)
        )
        _emit(ctx, rng, a, ts, gen, p_new=0.55, p_mini=0.08, comp_median=360, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "replay of public ShareGPT prompts to harvest answers",
            "n_keys": n_keys,
            "orgs": 1,
            "payment": "one company card",
            "ip_source": "office broadband (+ one cloud box)",
            "user_agent": ua,
            "pacing": f"office hours (tz {tz})",
            "per_key_per_day": round(per_day, 1),
            "languages": {"en": 1.0},
            "styles": ["verbatim public prompts"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "piaffe": piaffe,
    "levade": levade,
    "capriole": capriole,
    "courbette": courbette,
    "pirouette": pirouette,
    "half_pass": half_pass,
    "shoulder_in": shoulder_in,
    "travers": travers,
    "renvers": renvers,
    "tempi_change": tempi_change,
    "rein_back": rein_back,
    "half_halt": half_halt,
}

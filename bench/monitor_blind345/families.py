"""Campaign families of blind batch 345 (code names: ice-climbing words).

Each family is a generator `f(ctx, rng, campaign_id)` that creates its accounts, records its
campaign in the truth and writes its events through `Ctx.emit` (`bench/blind_batch.py`). Every
draw comes from the family's own generator, in a fixed order.

Four families are built to look like legitimate use as far as a real operator could make them:
`tool_tether` (a harvest hidden inside a real product's traffic), `mono_point` (bought aged
accounts taken over mid-week), `stein_pull` (public prompts replayed as person-like multi-turn
sessions) and `candled_ice` (a low-and-slow crowd of person-like accounts).
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
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
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
from bench.monitor_blind345 import texts as tx

R = np.random.Generator

#: user agents as they appear in the simulator's background (the hard families blend in with them)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
#: consumer region of each UTC offset (as the address helpers map them)
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


def draw(rng: R, weights: dict[str, float], n: int) -> list[str]:
    """`n` keys of `weights`, independently, with probability proportional to the values."""
    keys = list(weights)
    p = np.asarray([weights[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum()).tolist()]


def _r(x: dict[str, float]) -> dict[str, float]:
    return {k: round(float(v), 3) for k, v in x.items()}


def _train(rng: R, start: float, k: int, gap_median: float, sigma: float = 0.5) -> np.ndarray:
    """`k` requests fired one after another from `start` (a script waiting for each reply)."""
    if k <= 1:
        return np.asarray([start])
    return start + np.concatenate(
        [[0.0], np.cumsum(rng.lognormal(np.log(gap_median), sigma, size=k - 1))]
    )


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def abalakov(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "abalakov"
    n_keys, n_orgs = irange(rng, 6, 14), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = [hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "digitalocean"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    per_key_ua = chance(rng, 0.3)
    shared_ua = sdk_ua(rng, 0.4)
    langs = tx.mix(rng, ("en", "zh", "es", "ru"), 1.2)
    styles = tx.mix(rng, tx.REASONING_STYLES, 0.8)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=cards[i % n_orgs],
            ua=sdk_ua(rng) if per_key_ua else shared_ua,
            ips=picks(rng, pool, irange(rng, 2, 4)),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.2, 1.5)) * DAY
    rate = float(rng.uniform(50, 120))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"rented {provider} block",
            "pacing": "poisson worker pool, 24/7",
            "per_hour": round(rate, 1),
            "start": start,
            "languages": _r(langs),
            "styles": _r(styles),
            "p_new": 0.9,
        },
    )
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys), strict=True):
        n = len(ts)
        prompts = [
            tx.reasoning_prompt(rng, lg, st)
            for lg, st in zip(draw(rng, langs, n), draw(rng, styles, n), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading harvest fired by cron from cloud VMs


def front_pointing(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "front_pointing"
    n_keys = irange(rng, 4, 9)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    langs = {"en": 0.6, **{k: v * 0.4 for k, v in tx.mix(rng, ("de", "fr", "ja"), 1.0).items()}}
    styles = tx.mix(rng, tx.JUDGE_STYLES, 1.0)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=cards[int(rng.integers(2))],
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
    period = float(rng.uniform(60, 150)) * MINUTE
    size = float(rng.uniform(10, 30))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading harvest",
            "keys": n_keys,
            "payment": "two cards, one org",
            "ip_source": f"{provider} VMs",
            "pacing": "cron bursts",
            "period_min": round(period / MINUTE, 1),
            "burst_mean": round(size, 1),
            "start": start,
            "languages": _r(langs),
            "styles": _r(styles),
            "p_new": 0.95,
        },
    )
    for a in accts:
        first = start + float(rng.uniform(0, period))
        starts = np.arange(first, ctx.t1, period)
        starts = starts + rng.normal(0, 45, size=len(starts))
        ts = np.sort(
            np.concatenate(
                bursts(rng, starts, size, float(rng.uniform(1.0, 3.0)), 0.5, ctx.t1)
                or [np.empty(0)]
            )
        )
        n = len(ts)
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, lg, st)
            for lg, st in zip(draw(rng, langs, n), draw(rng, styles, n), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            comp_median=280.0,
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 3. agent / tool-use transcripts, episode by episode


def dry_tooling(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "dry_tooling"
    n_keys = irange(rng, 3, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    shared = cloud(rng, 1, provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    langs = {"en": 0.75, "zh": 0.15, "es": 0.1}
    styles = tx.mix(rng, tx.AGENT_STYLES, 1.5)
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
            ips=shared + cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    rate = float(rng.uniform(2.0, 5.0))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcript harvest",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"{provider} VMs with a shared egress",
            "pacing": "episodes of chained steps",
            "episodes_per_hour_per_key": round(rate, 2),
            "start": start,
            "styles": _r(styles),
            "p_new": 0.85,
        },
    )
    for a in accts:
        ts_all, prompts, extra, comp = [], [], [], []
        for s in thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant).tolist():
            lang = draw(rng, langs, 1)[0]
            style = draw(rng, styles, 1)[0]
            task = tx.agent_task(rng, lang)
            tools = tx._tool_schema(rng, irange(rng, 3, 6))
            k = 1 if style == "trajectory" else irange(rng, 3, 12)
            ts = _train(rng, s, k, float(rng.uniform(5, 12)), 0.6)
            for step, t in enumerate(ts.tolist()):
                ts_all.append(t)
                prompts.append(tx.agent_prompt(rng, task, step, tools, style))
                extra.append(300 + 120 * step)
                comp.append(1400.0 if style == "trajectory" else 200.0)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            extra=np.asarray(extra, dtype=np.int64),
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 4. policy / refusal / censorship-safe rewrites through a residential proxy pool


def chandelier(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "chandelier"
    n_keys = irange(rng, 8, 16)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1"))
    langs = {"zh": 0.5 * float(rng.uniform(0.7, 1.3)), "en": 0.3, "ru": 0.12, "ar": 0.08}
    styles = tx.mix(rng, tx.POLICY_STYLES, 1.0)
    accts, pools = [], []
    for _ in range(n_keys):
        region = pick(rng, ("us", "eu", "sea", "jp_kr"))
        pool = resi(rng, irange(rng, 20, 40), region)
        pools.append(pool)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                pay=cards[int(rng.integers(len(cards)))],
                ua=ua,
                ips=pool,
            )
        )
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    rate = float(rng.uniform(30, 70))
    hold = float(rng.uniform(10, 30)) * MINUTE
    curve = workday(8, start=9.0, end=23.0, weekend=0.6, night=0.15)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy/refusal/censorship-safe rewrite harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": f"{len(cards)} cards across keys",
            "ip_source": "residential proxy pool, sticky sessions",
            "hold_min": round(hold / MINUTE, 1),
            "pacing": "worker pool on the operator's (UTC+8) day",
            "per_hour": round(rate, 1),
            "start": start,
            "languages": _r(langs),
            "styles": _r(styles),
            "p_new": 0.85,
        },
    )
    for a, pool, ts in zip(
        accts, pools, worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True
    ):
        n = len(ts)
        prompts = [
            tx.policy_prompt(rng, ctx.chat, ctx.passages, lg, st)
            for lg, st in zip(draw(rng, langs, n), draw(rng, styles, n), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, pool, hold),
            comp_median=380.0,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly windows


def figure_four(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "figure_four"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 0, 1))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="OpenAI/Python 1.58.1",
            ips=cloud(rng, 1, "aws"),
        )
        for _ in range(n_keys)
    ]
    langs = {
        "en": 0.5,
        **{k: v * 0.5 for k, v in tx.mix(rng, ("es", "pt", "de", "ja"), 1.0).items()},
    }
    styles = tx.mix(rng, tx.SYNTH_STYLES, 1.0)
    start_h, hours = float(rng.uniform(0, 3)), float(rng.uniform(4, 7))
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    rate = float(rng.uniform(120, 260))  # per hour inside the nightly window
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": "aws NAT per key",
            "pacing": f"nightly window {start_h:.1f}h+{hours:.1f}h local (UTC{tz:+d})",
            "per_hour": round(rate, 1),
            "start": start,
            "languages": _r(langs),
            "styles": _r(styles),
            "p_new": 0.9,
        },
    )
    for i, (a, ts) in enumerate(
        zip(
            accts,
            worker_pool(
                rng, start, ctx.t1, rate * hours / 24.0, n_keys, nightly(start_h, hours, tz)
            ),
            strict=True,
        )
    ):
        n = len(ts)
        base = 10000 * (i + 1) + irange(rng, 0, 500)
        prompts = [
            tx.synth_prompt(rng, ctx.passages, lg, st, base + j)
            for j, (lg, st) in enumerate(
                zip(draw(rng, langs, n), draw(rng, styles, n), strict=True)
            )
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=1500.0,
            comp_sigma=0.45,
            err=0.04,
        )


# --------------------------------------------------------------------------------------------
# 6. HARD: public prompts replayed as person-like multi-turn sessions


def stein_pull(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "stein_pull"
    shorts = tx.short_turns(ctx.chat)
    n = irange(rng, 12, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 4))]
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    specs = []
    for _ in range(n):
        region = pick(rng, ("us", "eu", "ca"))
        tz = {"us": pick(rng, (-5, -8)), "eu": pick(rng, (0, 1)), "ca": -5}[region]
        pool = resi(rng, irange(rng, 6, 15), region)
        ua = pick(rng, BG_SDK[:1]) if chance(rng, 0.7) else pick(rng, BG_BROWSER)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=cards[int(rng.integers(len(cards)))],
            ua=ua,
            ips=pool,
            tz=tz,
        )
        specs.append((a, pool, tz))
    first = ctx.release - float(rng.uniform(0.0, 1.5)) * DAY
    ctx.campaign(
        cid,
        fam,
        [s[0] for s in specs],
        {
            "operation": "public prompt replay as multi-turn sessions (ShareGPT openers + generic follow-ups)",
            "accounts": n,
            "payment": f"{len(cards)} virtual cards",
            "ip_source": "residential proxies, sticky for hours",
            "pacing": "human-like sessions",
            "start": first,
            "p_new": 0.6,
            "hard": True,
        },
    )
    for a, pool, tz in specs:
        start = first + float(rng.uniform(0, 1.0)) * DAY
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, night=0.1, weekend=0.5)
        sessions = session_times(
            rng, start, ctx.t1, float(rng.uniform(4, 8)), curve, 3.5, float(rng.uniform(60, 150))
        )
        ts_all, prompts = [], []
        for sess in sessions:
            for j, t in enumerate(sess.tolist()):
                if j == 0:
                    while len(ctx.chat[order[cursor % len(order)]]) > 1500:
                        cursor += 1
                    prompts.append(ctx.chat[order[cursor % len(order)]])
                    cursor += 1
                else:
                    prompts.append(tx.follow_up(rng, shorts))
                ts_all.append(t)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.18),
            ips=sticky(rng, ts, pool, float(rng.uniform(2, 8)) * HOUR),
            comp_median=420.0,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def dinner_plating(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "dinner_plating"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=sdk_ua(rng),
            ips=cloud(rng, 1, provider),
        )
        for _ in range(n_keys)
    ]
    langs = {"en": 0.7, "fr": 0.2, "ko": 0.1}
    styles = tx.mix(rng, tx.SAMPLING_STYLES, 1.0)
    start = ctx.release + float(rng.uniform(0.1, 0.6)) * DAY
    rate = float(rng.uniform(4, 10))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n_keys,
            "payment": "one card",
            "ip_source": f"{provider} VM per key",
            "pacing": "jobs of n rapid repeats",
            "jobs_per_hour": round(rate, 1),
            "start": start,
            "styles": _r(styles),
            "p_new": 0.97,
        },
    )
    for a in accts:
        ts_all, prompts, comp = [], [], []
        for s in thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant).tolist():
            lang, style = draw(rng, langs, 1)[0], draw(rng, styles, 1)[0]
            n = pick(rng, (4, 5, 8, 10))
            base = tx.sampling_base(rng, ctx.chat, lang, style, n)
            k = 1 if style == "multi" else (pick(rng, (1, 3)) if style == "soft" else n)
            for i, t in enumerate(_train(rng, s, k, float(rng.uniform(0.3, 1.2)), 0.5).tolist()):
                ts_all.append(t)
                prompts.append(tx.sampling_prompt(rng, style, i, k, base))
                comp.append({"soft": 110.0, "multi": 1500.0}.get(style, 420.0))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97),
            comp_median=np.asarray(comp),
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# 8. coding curriculum sweep from an office


def plastic_ice(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "plastic_ice"
    n_keys = irange(rng, 4, 8)
    tz = pick(rng, (1, 2, 5, 8))
    orgs = [hexid(rng, "org") for _ in range(2)]
    cards = [hexid(rng, "pay") for _ in range(2)]
    office = home(rng, 2, tz)
    uas = ("OpenAI/Python 1.63.2", "axios/1.7.9", "OpenAI/NodeJS 4.85.1")
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=cards[i % 2],
            ua=pick(rng, uas),
            ips=office + (cloud(rng, 1, "aws") if chance(rng, 0.3) else []),
            tz=tz,
        )
        for i in range(n_keys)
    ]
    langs = {"en": 0.7, "zh": 0.15 if tz == 8 else 0.05, "pt": 0.1}
    styles = tx.mix(rng, tx.CODE_STYLES, 1.0)
    start = ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY
    rate = float(rng.uniform(40, 90))  # mean over all hours (the curve concentrates it)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code curriculum sweep (levels rise over the week)",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": f"office broadband (UTC{tz:+d})",
            "pacing": "office-hours worker pool",
            "per_hour": round(rate, 1),
            "start": start,
            "languages": _r(langs),
            "styles": _r(styles),
            "p_new": 0.9,
        },
    )
    curve = workday(tz, start=9.0, end=19.0, weekend=0.05)
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, rate, n_keys, curve), strict=True):
        n = len(ts)
        frac = ((ts - start) / (ctx.t1 - start)).tolist()
        prompts = [
            tx.code_prompt(rng, f, lg, st)
            for f, lg, st in zip(frac, draw(rng, langs, n), draw(rng, styles, n), strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 9. translation harvest through VPN exits


def screaming_barfies(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "screaming_barfies"
    n_keys = irange(rng, 5, 10)
    exits = cloud(rng, irange(rng, 15, 30), "m247") + cloud(rng, irange(rng, 10, 20), "leaseweb")
    targets = [
        tx.TARGETS[i]
        for i in sorted(
            rng.choice(len(tx.TARGETS), size=irange(rng, 8, 12), replace=False).tolist()
        )
    ]
    accts, styles = [], []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                ua=sdk_ua(rng),
                ips=exits,
            )
        )
        styles.append(tx.mix(rng, tx.TRANSLATE_STYLES, 0.7))
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    rate = float(rng.uniform(1.0, 3.0))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one prepaid card per key",
            "ip_source": "commercial VPN exits (m247, leaseweb)",
            "pacing": "each passage into several languages in a burst",
            "docs_per_hour_per_key": round(rate, 2),
            "start": start,
            "targets": targets,
            "p_new": 0.9,
        },
    )
    for a, st_mix in zip(accts, styles, strict=True):
        ts_all, prompts, comp = [], [], []
        for d, s in enumerate(
            thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant).tolist()
        ):
            text = tx.snippet(rng, ctx.passages, 200, 900, prose=True)
            tg = [
                targets[i]
                for i in rng.choice(
                    len(targets), size=irange(rng, 4, min(8, len(targets))), replace=False
                ).tolist()
            ]
            style = draw(rng, st_mix, 1)[0]
            for j, t in enumerate(_train(rng, s, len(tg), float(rng.uniform(4, 10)), 0.6).tolist()):
                ts_all.append(t)
                prompts.append(tx.translate_prompt(rng, text, tg[j], style, d, j))
                comp.append(max(60.0, len(text) / 3.2))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, exits, float(rng.uniform(1, 3)) * HOUR),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 10. HARD: a real writing product whose backend also slips in harvest requests


def tool_tether(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "tool_tether"
    product = pick(rng, tx.PRODUCTS)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    n_prod = irange(rng, 1, 2)
    accts: list[Acct] = []
    for i in range(n_prod + 1):
        role = "product" if i < n_prod else "staging"
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role=role,
                campaign_id=cid,
                org=org,
                pay=card,
                ua="OpenAI/NodeJS 4.67.1",
                ips=cloud(rng, 2 if role == "product" else 1, "aws"),
            )
        )
    peak = float(rng.uniform(14, 20))
    frac = float(rng.uniform(0.25, 0.4))
    h_start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real writing product's traffic",
            "product": product,
            "keys": len(accts),
            "payment": "company card",
            "ip_source": "aws NAT gateways",
            "pacing": "product load curve + constant-rate injection",
            "harvest_fraction_of_real": round(frac, 3),
            "harvest_start": h_start,
            "p_new_real": 0.3,
            "p_new_harvest": 0.95,
            "hard": True,
        },
    )
    load = global_load(peak, 0.6)
    for a in accts:
        n_real = (
            float(rng.uniform(1200, 2200)) if a is not accts[-1] else float(rng.uniform(60, 200))
        )
        real = thinned(rng, ctx.t0, ctx.t1, n_real, load)
        n_h = len(real) * frac * (ctx.t1 - h_start) / (ctx.t1 - ctx.t0)
        harvest = thinned(rng, h_start, ctx.t1, n_h if a is not accts[-1] else n_h * 0.2, constant)
        real_p = [
            tx.product_prompt(
                rng, product, tx.PRODUCT_MODES[int(m)], tx.short_chat(rng, ctx.chat, 900)
            )
            for m in rng.integers(0, len(tx.PRODUCT_MODES), size=len(real)).tolist()
        ]
        styles = tx.mix(rng, tx.EXPERT_STYLES, 1.0)
        harv_p = [
            tx.product_prompt(
                rng, product, pick(rng, ("explain", "answer")), tx.expert_question(rng, st)
            )
            for st in draw(rng, styles, len(harvest))
        ]
        ctx.emit(
            rng,
            a,
            real,
            real_p,
            models=ctx.models(rng, real, p_new=0.3, p_mini=0.15),
            comp_median=300.0,
        )
        ctx.emit(
            rng,
            a,
            harvest,
            harv_p,
            models=ctx.models(rng, harvest, p_new=0.95, p_mini=0.15),
            comp_median=850.0,
        )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought aged accounts, taken over mid-week


def mono_point(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "mono_point"
    shorts = tx.short_turns(ctx.chat)
    n = irange(rng, 14, 24)
    specs = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.5) else pick(rng, BG_SDK)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken_over",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        specs.append((a, tz, ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY))
    ctx.campaign(
        cid,
        fam,
        [s[0] for s in specs],
        {
            "operation": "bought aged accounts: ordinary history, then expert-answer harvest after takeover",
            "accounts": n,
            "payment": "each account's own (original) card",
            "ip_source": "home IP, then same-region residential proxies",
            "pacing": "human-like sessions before; denser sessions after",
            "takeovers": [round(s[2], 1) for s in specs],
            "p_new_after": 0.7,
            "hard": True,
        },
    )
    for a, tz, takeover in specs:
        region = REGION[tz]
        lang = {"latam": pick(rng, ("es", "pt")), "eu": pick(rng, ("en", "de", "fr"))}.get(
            region, "en"
        )
        hist = session_times(
            rng, ctx.t0, takeover, float(rng.uniform(0.5, 2.0)), evening_person(tz), 3.0, 80.0
        )
        h_ts = np.concatenate(hist) if hist else np.empty(0)
        h_p = [
            tx.short_chat(rng, ctx.chat, 900) if j == 0 else tx.follow_up(rng, shorts)
            for s in hist
            for j in range(len(s))
        ]
        ctx.emit(
            rng,
            a,
            h_ts,
            h_p,
            models=ctx.models(rng, h_ts, p_new=0.17, p_mini=0.18),
            comp_median=350.0,
        )
        pool = resi(rng, irange(rng, 4, 10), region)
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, night=0.25, weekend=0.7)
        sess = session_times(
            rng,
            takeover,
            ctx.t1,
            float(rng.uniform(5, 12)),
            curve,
            float(rng.uniform(5, 9)),
            float(rng.uniform(25, 70)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        styles = tx.mix(rng, tx.EXPERT_STYLES, 1.0)
        prompts = [
            tx.expert_question(rng, st, lang if chance(rng, 0.7) else "en")
            if chance(rng, 0.85)
            else tx.short_chat(rng, ctx.chat, 600)
            for st in draw(rng, styles, len(ts))
        ]
        ua = a.ua if chance(rng, 0.6) else BG_SDK[0]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.7, p_mini=0.1),
            ua=ua,
            ips=sticky(rng, ts, pool, float(rng.uniform(1, 3)) * HOUR),
            comp_median=700.0,
        )


# --------------------------------------------------------------------------------------------
# 12. HARD: a low-and-slow crowd of person-like accounts


def candled_ice(ctx: Ctx, rng: R, cid: str) -> None:
    fam = "candled_ice"
    shorts = tx.short_turns(ctx.chat)
    n = irange(rng, 30, 50)
    specs = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BG_BROWSER) if chance(rng, 0.6) else pick(rng, BG_SDK)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        specs.append((a, tz))
    ctx.campaign(
        cid,
        fam,
        [s[0] for s in specs],
        {
            "operation": "low-and-slow crowd asking expert questions for thorough answers",
            "accounts": n,
            "payment": "one gift-card-funded card per account",
            "ip_source": "pinned residential addresses matching each persona's time zone",
            "pacing": "one or two short human sessions a day",
            "p_new": 0.55,
            "hard": True,
        },
    )
    for a, tz in specs:
        region = REGION[tz]
        lang = {"latam": pick(rng, ("es", "pt")), "eu": pick(rng, ("en", "en", "de", "fr"))}.get(
            region, "en"
        )
        start = ctx.t0 + float(rng.uniform(0.3, 4.0)) * DAY
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            curve,
            float(rng.uniform(2, 4)),
            float(rng.uniform(90, 240)),
        )
        styles = tx.mix(rng, tx.EXPERT_STYLES, 1.0)
        prompts = [
            tx.expert_question(rng, draw(rng, styles, 1)[0], lang)
            if j == 0 or chance(rng, 0.5)
            else tx.follow_up(rng, shorts)
            for s in sess
            for j in range(len(s))
        ]
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.15),
            comp_median=650.0,
        )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, R, str], None]] = {
    "abalakov": abalakov,
    "front_pointing": front_pointing,
    "dry_tooling": dry_tooling,
    "chandelier": chandelier,
    "figure_four": figure_four,
    "stein_pull": stein_pull,
    "dinner_plating": dinner_plating,
    "plastic_ice": plastic_ice,
    "screaming_barfies": screaming_barfies,
    "tool_tether": tool_tether,
    "mono_point": mono_point,
    "candled_ice": candled_ice,
}

"""Campaign families of batch 317 (code names from surveying).

Each family is `f(ctx, rng, campaign_id)`: it opens accounts through `ctx.account`, writes their
events through `ctx.emit` and records the campaign through `ctx.campaign`. All variation (key counts,
orgs, cards, pacing, addresses, agents, languages, styles, model choice) is drawn from the family's
own generator, in a fixed order.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_COMMON,
    SDK_OTHER,
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
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind317 import texts

#: the user agents ordinary accounts of the background send, with rough shares
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_UA_P = np.array([0.55, 0.16, 0.13, 0.09, 0.05, 0.02])
BG_BROWSERS = (BG_UAS[1], BG_UAS[3])


def bg_ua(rng: np.random.Generator) -> str:
    return BG_UAS[int(rng.choice(len(BG_UAS), p=BG_UA_P / BG_UA_P.sum()))]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _send(
    ctx: Ctx,
    rng: np.random.Generator,
    acct: Acct,
    ts: np.ndarray,
    make: Callable[[], str],
    *,
    p_new: float = 0.9,
    p_mini: float = 0.05,
    **kw,
) -> int:
    ts = np.sort(np.asarray(ts, dtype=np.float64))
    prompts = [make() for _ in range(len(ts))]
    return ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new, p_mini), **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def triangulation(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "triangulation"
    n_keys = irange(rng, 6, 14)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    card = hexid(rng, "pay")  # one prepaid card behind every key
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = pick(rng, SDK_OTHER[:4])
    langs = ["en", "zh", "ru", "es", "ko"][: irange(rng, 2, 5)]
    styles = sorted(rng.choice(5, size=irange(rng, 2, 4), replace=False).tolist())
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    per_hour = float(rng.uniform(30, 55))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=card,
            ua=ua,
            ips=[pick(rng, block), pick(rng, block)],
        )
        for i in range(n_keys)
    ]
    streams = worker_pool(
        rng, start, ctx.t1, per_hour, n_keys, global_load(float(rng.uniform(0, 24)), 0.3)
    )
    for a, ts in zip(accts, streams, strict=True):
        _send(
            ctx,
            rng,
            a,
            ts,
            lambda: texts.reasoning_prompt(rng, pick(rng, langs), pick(rng, styles)),
            p_new=0.95,
            comp_median=float(rng.uniform(800, 1400)),
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "ip_source": f"rented {provider} block",
            "payment": "one prepaid card",
            "keys": n_keys,
            "orgs": n_orgs,
            "languages": langs,
            "styles": styles,
            "per_hour": round(per_hour, 1),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / reward-model harvesting in nightly bursts from several clouds


def azimuth(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "azimuth"
    n_keys = irange(rng, 4, 9)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]  # stolen cards, rotated
    provs = [
        pick(rng, ("aws", "gcp", "azure", "digitalocean", "linode", "oracle"))
        for _ in range(n_keys)
    ]
    tz = pick(rng, (8, 3, 2, -5))
    styles = sorted(rng.choice(5, size=irange(rng, 3, 5), replace=False).tolist())
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                pay=cards[i % len(cards)],
                ua=pick(rng, SDK_OTHER),
                ips=cloud(rng, 2, provs[i]),
            )
        )
    night = nightly(float(rng.uniform(20, 24)), float(rng.uniform(5, 8)), tz)
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(1.5, 3.0)) * (ctx.t1 - start) / DAY, night
        )
        ts = bursts(rng, starts, float(rng.uniform(25, 70)), float(rng.uniform(1.0, 3.0)), b=ctx.t1)
        _send(
            ctx,
            rng,
            a,
            _cat(ts),
            lambda: texts.grading_prompt(rng, ctx.chat, ctx.passages, pick(rng, styles)),
            p_new=0.92,
            comp_median=float(rng.uniform(150, 420)),
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge and reward-model grading",
            "pacing": "nightly bursts",
            "ip_source": "one cloud per key",
            "payment": f"{len(cards)} stolen cards",
            "keys": n_keys,
            "operator_tz": tz,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe and policy rewrites through residential proxies, one stolen card per key


def chainage(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "chainage"
    n_keys = irange(rng, 10, 22)
    pool = resi(rng, irange(rng, 150, 400), "*")
    langs = ["en", "zh", "ar", "ru", "tr", "fa"]
    w = rng.dirichlet(np.ones(len(langs)))
    styles = sorted(rng.choice(5, size=irange(rng, 2, 5), replace=False).tolist())
    hold = float(rng.uniform(5, 30)) * MINUTE
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            ua=pick(rng, BG_BROWSERS) if chance(rng, 0.5) else sdk_or_browser(rng),
            ips=[pick(rng, pool)],
        )
        for _ in range(n_keys)
    ]
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 5)) * (ctx.t1 - start) / HOUR, constant
        )
        _send(
            ctx,
            rng,
            a,
            ts,
            lambda: texts.rewrite_prompt(
                rng,
                ctx.chat,
                ctx.passages,
                langs[int(rng.choice(len(langs), p=w))],
                pick(rng, styles),
            ),
            ips=sticky(rng, ts, pool, hold),
            p_new=0.85,
            comp_median=float(rng.uniform(250, 450)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-safe rewrites and refusals",
            "pacing": "steady per key",
            "ip_source": "residential proxy pool, sticky sessions",
            "payment": "one stolen card per key",
            "keys": n_keys,
            "languages": langs,
            "hold_s": round(hold),
            "styles": styles,
        },
    )


def sdk_or_browser(rng: np.random.Generator) -> str:
    return pick(rng, SDK_COMMON) if chance(rng, 0.5) else pick(rng, BG_BROWSERS)


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a small "devtools startup"


def plumb_bob(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "plumb_bob"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
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
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    streams = worker_pool(
        rng, start, ctx.t1, float(rng.uniform(25, 45)), n_keys, global_load(14.0, 0.5)
    )
    for a, ts in zip(accts, streams, strict=True):
        pairs = [texts.agent_prompt(rng, pick(rng, styles)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            [p for p, _ in pairs],
            models=ctx.models(rng, ts, 0.9),
            extra=[e for _, e in pairs],
            comp_median=float(rng.uniform(180, 600)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent and tool-use transcripts",
            "pacing": "worker pool, daily load",
            "ip_source": f"{provider} NAT",
            "payment": "one company card",
            "keys": n_keys,
            "user_agent": ua,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly bursts


def level_staff(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "level_staff"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "azure", "alibaba")))
    tz = pick(rng, TZS)
    langs = ["en", "de", "ja", "pt"][: irange(rng, 1, 4)]
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, SDK_COMMON),
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    night = nightly(float(rng.uniform(0, 3)), float(rng.uniform(3, 5)), tz)
    for a in accts:
        starts = thinned(
            rng, ctx.t0 + float(rng.uniform(0, 2)) * DAY, ctx.t1, float(rng.uniform(4, 10)), night
        )
        ts = bursts(
            rng, starts, float(rng.uniform(40, 100)), float(rng.uniform(0.5, 2.0)), b=ctx.t1
        )
        _send(
            ctx,
            rng,
            a,
            _cat(ts),
            lambda: texts.synth_prompt(rng, pick(rng, langs), pick(rng, styles)),
            p_new=0.97,
            comp_median=float(rng.uniform(1200, 2200)),
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "nightly bursts",
            "ip_source": "cloud",
            "payment": "one card",
            "keys": n_keys,
            "operator_tz": tz,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest from a phone farm


def easting(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "easting"
    n_keys = irange(rng, 14, 28)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]  # gift cards
    carrier = pick(rng, ("in_mobile", "br_mobile"))
    lang = {"in_mobile": "hi", "br_mobile": "pt"}[carrier]
    langs = ["en", lang, "id"] if chance(rng, 0.4) else ["en", lang]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="phone",
            campaign_id=cid,
            pay=cards[int(rng.integers(len(cards)))],
            ua=pick(rng, MOBILE[1:4]),
            ips=mobile_v6(rng, 1, carrier),
        )
        for _ in range(n_keys)
    ]
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(4, 9)),
            global_load(12.0, 0.2),
            float(rng.uniform(6, 12)),
            float(rng.uniform(15, 40)),
            0.5,
        )
        for s in sessions:
            if len(s) == 0:
                continue
            lg = pick(rng, langs)
            prompts = [texts.human(rng, ctx.chat, 900)] + [
                texts.followup(rng, lg) for _ in range(len(s) - 1)
            ]
            ctx.emit(
                rng,
                a,
                s,
                prompts,
                models=ctx.models(rng, s, 0.85),
                ips=mobile_v6(rng, 1, carrier)[0],
                comp_median=float(rng.uniform(450, 800)),
                extra=np.arange(len(s)) * irange(rng, 300, 600),
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "scripted sessions",
            "ip_source": f"phone farm ({carrier} IPv6)",
            "payment": f"{len(cards)} gift cards",
            "keys": n_keys,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: each job sent n times in a few seconds


def backsight(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "backsight"
    n_keys = irange(rng, 4, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean", "linode", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 4, 8))
    styles = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
    n_lo, n_hi = irange(rng, 3, 4), irange(rng, 5, 8)
    ua = pick(rng, SDK_OTHER)
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
            ips=[pick(rng, block)],
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.9)
    jobs = worker_pool(rng, start, ctx.t1, float(rng.uniform(5, 10)), n_keys, constant)
    for a, js in zip(accts, jobs, strict=True):
        ts, prompts = [], []
        for j in js.tolist():
            n = irange(rng, n_lo, n_hi)
            p = texts.soft_label_prompt(rng, ctx.chat, pick(rng, styles))
            ts.extend((j + np.cumsum(rng.uniform(0.05, 1.5, size=n))).tolist())
            prompts.extend([p] * n)
        ts_a = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_a,
            prompts,
            models=ctx.models(rng, ts_a, 0.9),
            comp_median=float(rng.uniform(250, 500)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "pacing": "jobs x n repeats",
            "ip_source": f"rented {provider} block",
            "payment": "one card",
            "keys": n_keys,
            "n_range": [n_lo, n_hi],
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep through VPN exits, one key at a time (key rotation after bans)


def plane_table(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "plane_table"
    n_keys = irange(rng, 6, 11)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    vpn = rented_block(rng, pick(rng, ("m247", "leaseweb", "m247")), irange(rng, 3, 6), 2)
    ua = pick(rng, ("python-requests/2.32.3", "curl/8.5.0", "python-httpx/0.28.1"))
    styles = sorted(rng.choice(3, size=irange(rng, 1, 3), replace=False).tolist())
    grid = texts.curriculum_grid()
    offset = irange(rng, 0, len(grid) - 1)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    edges = np.sort(rng.uniform(start, ctx.t1, size=n_keys - 1))
    bounds = [start, *edges.tolist(), ctx.t1]
    accts, k = [], offset
    for i in range(n_keys):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="rotated_key",
            campaign_id=cid,
            pay=cards[min(i * len(cards) // n_keys, len(cards) - 1)],
            ua=ua,
            ips=[pick(rng, vpn)],
        )
        accts.append(a)
        ts = thinned(
            rng,
            bounds[i],
            bounds[i + 1],
            float(rng.uniform(18, 35)) * (bounds[i + 1] - bounds[i]) / HOUR,
            constant,
        )
        prompts = []
        for _ in range(len(ts)):
            prompts.append(texts.curriculum_prompt(rng, grid[k % len(grid)], pick(rng, styles)))
            k += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9),
            comp_median=float(rng.uniform(500, 900)),
            err=0.02,
            status=np.where(ts > bounds[i + 1] - 600, 429, 200) if len(ts) else None,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "pacing": "slow steady, one key at a time",
            "ip_source": "VPN exit block",
            "payment": f"{len(cards)} cards",
            "keys": n_keys,
            "grid_cells": len(grid),
            "user_agent": ua,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) translation harvest through compromised aged accounts


def gunters_chain(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gunters_chain"
    n_keys = irange(rng, 8, 14)
    styles = sorted(rng.choice(4, size=irange(rng, 2, 4), replace=False).tolist())
    tgts = [
        texts.TARGET_LANGS[i]
        for i in sorted(rng.choice(len(texts.TARGET_LANGS), size=irange(rng, 4, 9), replace=False))
    ]
    keep_ua = float(rng.uniform(0.3, 0.8))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        region = {
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
        }[tz]
        victim_ua = bg_ua(rng)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=victim_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        # the owner's own life goes on through the whole week
        life = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.5)), evening_person(tz), 3.0, 70.0
        )
        ts_life = _cat(life)
        _send(
            ctx,
            rng,
            a,
            ts_life,
            lambda: texts.human(rng, ctx.chat),
            p_new=0.5,
            p_mini=0.25,
            comp_median=350.0,
        )
        # the operator's use after the takeover, from residential proxies in the owner's region
        take = ctx.t0 + float(rng.uniform(1.5, 4.5)) * DAY
        ts = thinned(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2, 5)) * (ctx.t1 - take) / HOUR,
            workday(pick(rng, (3, 8, 2)), 7.0, 23.0, weekend=0.8, night=0.1),
        )
        pool = resi(rng, irange(rng, 1, 3), region)  # static ISP proxies
        ua = victim_ua if chance(rng, keep_ua) else pick(rng, SDK_COMMON)
        _send(
            ctx,
            rng,
            a,
            ts,
            lambda: texts.translate_prompt(rng, ctx.passages, pick(rng, tgts), pick(rng, styles)),
            ips=sticky(rng, ts, pool, 12 * HOUR),
            ua=ua,
            p_new=0.8,
            comp_median=float(rng.uniform(350, 600)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest",
            "pacing": "low rate after takeover",
            "ip_source": "residential proxies in the victim's region",
            "payment": "victims' own cards",
            "keys": n_keys,
            "targets": tgts,
            "keeps_victim_ua": round(keep_ua, 2),
            "styles": styles,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) code harvest hidden inside a real writing/chat product's own traffic


def dumpy_level(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "dumpy_level"
    n_keys = irange(rng, 2, 4)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    app = pick(rng, ("Quillby", "Notewise", "Parlo", "DraftDeck"))
    share = float(rng.uniform(0.15, 0.3))
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
            ips=nat,
        )
        for _ in range(n_keys)
    ]
    streams = worker_pool(
        rng,
        ctx.t0,
        ctx.t1,
        float(rng.uniform(18, 32)),
        n_keys,
        global_load(float(rng.uniform(13, 20)), 0.6),
    )

    def one() -> str:
        if chance(rng, share):
            return texts.code_request(rng)
        return texts.product_wrapper(rng, app, texts.human(rng, ctx.chat, 1500))

    for a, ts in zip(accts, streams, strict=True):
        _send(
            ctx,
            rng,
            a,
            ts,
            one,
            p_new=0.6,
            p_mini=0.2,
            comp_median=float(rng.uniform(380, 520)),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest inside product traffic",
            "pacing": "product load curve",
            "ip_source": "aws NAT",
            "payment": "company card",
            "keys": n_keys,
            "app": app,
            "harvest_share": round(share, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) low-and-slow crowd of person-like accounts asking expert questions


def total_station(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "total_station"
    n_keys = irange(rng, 30, 55)
    tzs = [pick(rng, TZS) for _ in range(irange(rng, 2, 4))]
    langs = ["en", "es", "pt", "tr", "id"]
    mix = float(rng.uniform(0.2, 0.4))
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, tzs)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=bg_ua(rng),
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        lang = "en" if chance(rng, 0.6) else pick(rng, langs)
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.0)),
            evening_person(tz),
            float(rng.uniform(2.5, 5)),
            float(rng.uniform(50, 120)),
        )
        ts = _cat(sess)
        _send(
            ctx,
            rng,
            a,
            ts,
            lambda lg=lang: (
                texts.human(rng, ctx.chat)
                if chance(rng, mix)
                else texts.casual_expert_question(rng, lg)
            ),
            p_new=0.7,
            p_mini=0.1,
            comp_median=float(rng.uniform(450, 700)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert Q&A harvest by a person-like crowd",
            "pacing": "evening sessions, few per day",
            "ip_source": "residential per persona",
            "payment": "one prepaid card per persona",
            "keys": n_keys,
            "tzs": tzs,
            "chat_mix": round(mix, 2),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) bought aged accounts replaying public prompts at office-hours pace


def misclosure(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "misclosure"
    n_keys = irange(rng, 14, 24)
    shared_cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    order = rng.permutation(len(ctx.chat))
    pos = 0
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, TZS)
        pay = pick(rng, shared_cards) if chance(rng, 0.35) else None
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            pay=pay,
            ua=pick(rng, BG_UAS[:3]),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        ts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(8, 25)) * 7, workday(tz, 8.0, 19.0, 0.2, 0.05)
        )
        n = len(ts)
        prompts = [ctx.chat[i] for i in order[pos : pos + n].tolist()]
        if len(prompts) < n:
            prompts += [ctx.chat[i] for i in order[: n - len(prompts)].tolist()]
        pos = (pos + n) % len(ctx.chat)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.03),
            comp_median=float(rng.uniform(500, 750)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "office hours, steady",
            "ip_source": "consumer broadband per account",
            "payment": "mostly the accounts' own cards, some shared",
            "keys": n_keys,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "triangulation": triangulation,
    "azimuth": azimuth,
    "chainage": chainage,
    "plumb_bob": plumb_bob,
    "level_staff": level_staff,
    "easting": easting,
    "backsight": backsight,
    "plane_table": plane_table,
    "gunters_chain": gunters_chain,
    "dumpy_level": dumpy_level,
    "total_station": total_station,
    "misclosure": misclosure,
}

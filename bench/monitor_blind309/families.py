"""Campaign families of batch 309 (code names: hot air ballooning words).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes
their events through `ctx.emit` and records the campaign through `ctx.campaign`. Everything is drawn
from the family's own generator, in a fixed order (no set walks, no `hash()`).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, chance, irange, pick
from bench.monitor_blind309 import texts as tx

#: user agents as the background spells them (what blends in)
BG_UA_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1")
BG_UA_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)

REGION_TZ = {
    "us": -5,
    "ca": -5,
    "latam": -3,
    "eu": 1,
    "ru": 3,
    "in": 5,
    "sea": 8,
    "cn": 8,
    "jp_kr": 9,
}


def _lang_mix(
    rng: np.random.Generator, langs: tuple[str, ...], k: int
) -> tuple[list[str], np.ndarray]:
    """k languages of `langs` (first always included) with Dirichlet weights."""
    rest = [
        langs[i]
        for i in sorted(rng.choice(np.arange(1, len(langs)), size=k - 1, replace=False).tolist())
    ]
    chosen = [langs[0], *rest]
    w = rng.dirichlet(np.full(len(chosen), 1.5))
    w[0] += 0.3
    return chosen, w / w.sum()


def _draw_langs(rng: np.random.Generator, langs: list[str], w: np.ndarray, n: int) -> list[str]:
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w).tolist()]


def _styles(rng: np.random.Generator, n_styles: int, k: int) -> tuple[list[int], np.ndarray]:
    s = sorted(rng.choice(n_styles, size=k, replace=False).tolist())
    return s, rng.dirichlet(np.full(k, 2.0))


def _draw_styles(rng: np.random.Generator, styles: list[int], w: np.ndarray, n: int) -> list[int]:
    return [styles[i] for i in rng.choice(len(styles), size=n, p=w).tolist()]


def _cards(rng: np.random.Generator, n: int) -> list[str]:
    return [bb.hexid(rng, "pay") for _ in range(n)]


def _orgs(rng: np.random.Generator, n: int) -> list[str]:
    return [bb.hexid(rng, "org") for _ in range(n)]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def gondola(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gondola"
    n = irange(rng, 8, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    block = bb.rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    cards = _cards(rng, irange(rng, 2, 4))
    one_org = chance(rng, 0.5)
    orgs = _orgs(rng, 1 if one_org else irange(rng, 2, 4))
    main_ua = bb.sdk_ua(rng, 0.4)
    langs, lw = _lang_mix(rng, ("en", "zh", "ru", "es", "ko"), irange(rng, 2, 4))
    styles, sw = _styles(rng, 4, irange(rng, 2, 4))
    accts = []
    for i in range(n):
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        ua = main_ua if chance(rng, 0.8) else bb.sdk_ua(rng, 0.2)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[i % len(orgs)],
                pay=cards[i % len(cards)],
                ua=ua,
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.6)
    r_pre, r_post = float(rng.uniform(8, 20)), float(rng.uniform(35, 70))
    pre = bb.worker_pool(rng, start, ctx.release, r_pre, n)
    post = bb.worker_pool(rng, ctx.release + float(rng.uniform(0.5, 6)) * HOUR, ctx.t1, r_post, n)
    for a, t_pre, t_post in zip(accts, pre, post, strict=True):
        ts = np.concatenate([t_pre, t_post])
        lg = _draw_langs(rng, langs, lw, len(ts))
        st = _draw_styles(rng, styles, sw, len(ts))
        prompts = [tx.reasoning_prompt(rng, g, s, ctx.chat) for g, s in zip(lg, st, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": f"Poisson worker pool {r_pre:.0f}/h then {r_post:.0f}/h",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} prepaid cards shared",
            "user_agent": main_ua,
            "languages": langs,
            "styles": styles,
            "orgs": len(orgs),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading in scripted bursts


def tether(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "tether"
    n = irange(rng, 5, 10)
    provider = pick(rng, ("aws", "gcp", "azure"))
    ips = bb.rented_block(rng, provider, 1, irange(rng, 4, 8))
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1"))
    langs, lw = _lang_mix(rng, ("en", "de", "ja", "fr"), irange(rng, 2, 4))
    styles, sw = _styles(rng, 4, irange(rng, 2, 4))
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
            ips=[pick(rng, ips) for _ in range(2)],
        )
        for _ in range(n)
    ]
    per_day = float(rng.uniform(6, 12))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    starts = bb.thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, bb.constant)
    trains = bb.bursts(
        rng, starts, float(rng.uniform(25, 60)), float(rng.uniform(0.8, 2.5)), b=ctx.t1
    )
    owner = rng.integers(0, n, size=len(trains))
    for i, a in enumerate(accts):
        mine = [t for t, o in zip(trains, owner.tolist(), strict=True) if o == i]
        ts = np.concatenate(mine) if mine else np.empty(0)
        if len(ts) == 0:
            ts = np.array([start + float(rng.uniform(0, DAY))])
        lg = _draw_langs(rng, langs, lw, len(ts))
        st = _draw_styles(rng, styles, sw, len(ts))
        prompts = [
            tx.judge_prompt(rng, g, s, ctx.chat, ctx.passages) for g, s in zip(lg, st, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            comp_median=180.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": f"scripted bursts, {per_day:.1f}/day",
            "ip_source": f"{provider} /24",
            "payment": "one corporate card",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites through VPN exits, throwaway keys on stolen cards


def ripcord(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "ripcord"
    n = irange(rng, 25, 45)
    exits = (
        bb.cloud(rng, irange(rng, 10, 20), "m247")
        + bb.cloud(rng, irange(rng, 5, 10), "leaseweb")
        + bb.cloud(rng, irange(rng, 3, 8), "vultr")
    )
    langs, lw = _lang_mix(rng, ("zh", "en", "ru", "ar"), irange(rng, 2, 4))
    styles, sw = _styles(rng, 4, irange(rng, 2, 4))
    first = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    accts = []
    for _ in range(n):
        ua = (
            pick(rng, bb.BROWSERS)
            if chance(rng, 0.7)
            else pick(rng, ("python-requests/2.32.3", "axios/1.7.9"))
        )
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway",
            campaign_id=cid,
            ua=ua,
            ips=[pick(rng, exits) for _ in range(irange(rng, 2, 4))],
        )
        accts.append(a)
        born = first + float(rng.uniform(0, ctx.t1 - first)) * 0.8
        life = float(rng.exponential(1.5)) * DAY + 2 * HOUR
        k = float(rng.uniform(30, 130))
        ts = bb.thinned(rng, born, min(ctx.t1, born + life), k, bb.constant)
        if len(ts) == 0:
            ts = np.array([born])
        lg = _draw_langs(rng, langs, lw, len(ts))
        st = _draw_styles(rng, styles, sw, len(ts))
        prompts = [tx.policy_prompt(rng, g, s, ctx.passages) for g, s in zip(lg, st, strict=True)]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=420.0, err=0.05
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "pacing": "slow steady per key, short key lives",
            "ip_source": "VPN exits (m247, leaseweb, vultr)",
            "payment": "one stolen card per key",
            "user_agent": "browsers + scripts",
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts, multi-step episodes


def pilot_light(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pilot_light"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("gcp", "azure", "oracle"))
    pool = bb.cloud(rng, irange(rng, 3, 6), provider)
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    styles, sw = _styles(rng, 3, irange(rng, 2, 3))
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
            ips=[pick(rng, pool), pick(rng, pool)],
        )
        for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(1.5, 3.0)) * DAY
    per_hour = float(rng.uniform(5, 10))
    starts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    owner = rng.integers(0, n, size=len(starts))
    per: list[list] = [[] for _ in range(n)]
    for s, o in zip(starts.tolist(), owner.tolist(), strict=True):
        k = irange(rng, 3, 9)
        gaps = rng.lognormal(np.log(float(rng.uniform(3, 9))), 0.5, size=k - 1)
        ts = s + np.concatenate([[0.0], np.cumsum(gaps)])
        style = _draw_styles(rng, styles, sw, 1)[0]
        model = ctx.models(rng, ts[:1], 0.85, 0.0)[0]
        for j, t in enumerate(ts.tolist()):
            per[o].append((t, tx.agent_prompt(rng, style, j), model, 150 * j))
    for a, rows in zip(accts, per, strict=True):
        if not rows:
            rows = [(start, tx.agent_prompt(rng, styles[0], 0), ctx.new_model, 0)]
        ts = np.array([r[0] for r in rows])
        ctx.emit(
            rng,
            a,
            ts,
            [r[1] for r in rows],
            models=[r[2] for r in rows],
            comp_median=220.0,
            comp_sigma=0.7,
            extra=np.array([r[3] for r in rows]),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent/tool-use transcript harvest",
            "pacing": f"{per_hour:.1f} episodes/h, 3-9 steps",
            "ip_source": f"{provider} cloud",
            "payment": "one business card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation in nightly runs


def altimeter(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "altimeter"
    n = irange(rng, 10, 16)
    pool = bb.cloud(rng, irange(rng, 4, 8), "digitalocean") + bb.cloud(
        rng, irange(rng, 2, 5), "aws"
    )
    orgs, cards = _orgs(rng, irange(rng, 3, 4)), _cards(rng, irange(rng, 3, 4))
    tz = pick(rng, (8, 3, 2, -5))
    langs, lw = _lang_mix(rng, ("en", "es", "fr", "pt"), irange(rng, 2, 4))
    styles, sw = _styles(rng, 4, irange(rng, 2, 4))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[(i * 7) % len(cards)],
            ua=bb.sdk_ua(rng, 0.6),
            ips=[pick(rng, pool)],
            tz=tz,
        )
        for i in range(n)
    ]
    start_h, hours = float(rng.uniform(22, 25)) % 24, float(rng.uniform(5, 8))
    night = bb.nightly(start_h, hours, tz)

    def curve(t: np.ndarray) -> np.ndarray:
        return np.maximum(night(t), 0.08)

    per_hour = float(rng.uniform(30, 60))
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n, curve)
    for a, ts in zip(accts, streams, strict=True):
        if len(ts) == 0:
            ts = np.array([start])
        lg = _draw_langs(rng, langs, lw, len(ts))
        st = _draw_styles(rng, styles, sw, len(ts))
        prompts = [tx.dataset_prompt(rng, g, s, ctx.chat) for g, s in zip(lg, st, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.03),
            comp_median=1500.0,
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "pacing": f"nightly worker pool ~{per_hour:.0f}/h",
            "ip_source": "digitalocean + aws",
            "payment": f"{len(cards)} prepaid cards",
            "user_agent": "mixed SDKs",
            "languages": langs,
            "styles": styles,
            "tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies


def variometer(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "variometer"
    n = irange(rng, 20, 35)
    region = pick(rng, ("us", "eu", "latam"))
    pool = bb.resi(rng, irange(rng, 150, 300), region)
    cards = _cards(rng, irange(rng, 5, 8))
    langs, lw = _lang_mix(rng, ("en", "de", "es", "pt", "id"), irange(rng, 2, 4))
    accts = []
    start = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=pick(rng, bb.BROWSERS),
            ips=[pick(rng, pool)],
        )
        accts.append(a)
        sessions = bb.session_times(
            rng,
            start + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(6, 12)),
            bb.constant,
            float(rng.uniform(5, 9)),
            float(rng.uniform(15, 35)),
            0.4,
        )
        ts_all, prompts, extra = [], [], []
        for s in sessions:
            lang = _draw_langs(rng, langs, lw, 1)[0]
            first = tx.short(bb.pick(rng, ctx.chat), 1200)
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(first if j == 0 else tx.followup(rng, lang, first))
                extra.append(0 if j == 0 else 320 * j)
        ts = np.array(ts_all) if ts_all else np.array([start])
        if not prompts:
            prompts, extra = [tx.short(bb.pick(rng, ctx.chat), 1200)], [0]
        ips = bb.sticky(rng, ts, pool, 10 * MINUTE)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.0),
            ips=ips,
            comp_median=480.0,
            extra=np.array(extra),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "round-the-clock scripted sessions",
            "ip_source": f"residential proxies ({region}), sticky 10 min",
            "payment": f"{len(cards)} virtual cards",
            "user_agent": "browser strings",
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n / soft-label sampling


def inflation_fan(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "inflation_fan"
    n = irange(rng, 4, 8)
    provider = pick(rng, ("vultr", "linode", "scaleway"))
    pool = bb.cloud(rng, irange(rng, 2, 4), provider)
    orgs = _orgs(rng, (n + 1) // 2)
    card = bb.hexid(rng, "pay")
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    best_n = irange(rng, 4, 8)
    p_soft = float(rng.uniform(0.2, 0.6))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=orgs[i // 2],
            pay=card,
            ua=ua,
            ips=[pick(rng, pool)],
        )
        for i in range(n)
    ]
    start = ctx.release + float(rng.uniform(-1.0, 0.5)) * DAY
    per_hour = float(rng.uniform(8, 15))
    starts = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    owner = rng.integers(0, n, size=len(starts))
    per: list[list] = [[] for _ in range(n)]
    for s, o in zip(starts.tolist(), owner.tolist(), strict=True):
        k = max(2, best_n + irange(rng, -1, 1))
        prompt = (
            tx.soft_label_prompt(rng, ctx.chat)
            if chance(rng, p_soft)
            else tx.short(pick(rng, ctx.chat), 1500)
        )
        model = ctx.models(rng, np.array([s]), 0.95, 0.0)[0]
        ts = s + np.sort(rng.uniform(0, float(rng.uniform(0.3, 3.0)), size=k))
        for t in ts.tolist():
            per[o].append((t, prompt, model))
    for a, rows in zip(accts, per, strict=True):
        if not rows:
            rows = [(start, tx.short(pick(rng, ctx.chat), 1500), ctx.new_model)]
        rows.sort(key=lambda r: r[0])
        ctx.emit(
            rng,
            a,
            np.array([r[0] for r in rows]),
            [r[1] for r in rows],
            models=[r[2] for r in rows],
            comp_median=320.0,
            comp_sigma=0.6,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": f"{per_hour:.1f} prompts/h x {best_n} samples",
            "ip_source": f"{provider} cloud",
            "payment": "one shared card",
            "user_agent": ua,
            "languages": ["en"],
            "best_n": best_n,
            "soft_label_share": round(p_soft, 3),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep over subject/stage, code and translation grids


def mooring(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "mooring"
    n = irange(rng, 6, 12)
    tz = pick(rng, (1, 2, 5, 8, -3))
    office = bb.home(rng, irange(rng, 2, 3), tz)
    runner = bb.cloud(rng, 2, pick(rng, ("aws", "hetzner", "ovh")))
    orgs, cards = _orgs(rng, irange(rng, 1, 2)), _cards(rng, irange(rng, 1, 2))
    stages = irange(rng, 6, 10)
    grids = []
    concepts = [(s, c) for s, cs in tx.SUBJECTS for c in cs]
    sel = sorted(rng.choice(len(concepts), size=irange(rng, 25, 40), replace=False).tolist())
    for st in range(1, stages + 1):
        grids += [("concept", (concepts[i][0], concepts[i][1], st)) for i in sel]
    for st in range(1, 5):
        grids += [
            ("code", (pl, comp, st)) for pl in tx.PROG_LANGS[:4] for comp in tx.COMPONENTS[:8]
        ]
    for lvl in range(1, 5):
        grids += [("translate", (t, c, lvl)) for t, c in tx.TRANSLATION_LANGS]
    langs, lw = _lang_mix(rng, ("en", "es", "hi"), irange(rng, 2, 3))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=bb.sdk_ua(rng, 0.7),
            ips=[pick(rng, office)] if i % 3 else [pick(rng, runner)],
            tz=tz,
        )
        for i in range(n)
    ]
    per_hour = float(rng.uniform(8, 15))
    start = bb.jitter_start(rng, ctx.t0, ctx.release, 0.3)
    pass1 = bb.thinned(
        rng, start, ctx.release, per_hour * (ctx.release - start) / HOUR, bb.constant
    )
    pass1 = pass1[: len(grids)]
    start2 = ctx.release + float(rng.uniform(2, 10)) * HOUR
    pass2 = bb.thinned(rng, start2, ctx.t1, 1.3 * per_hour * (ctx.t1 - start2) / HOUR, bb.constant)
    pass2 = pass2[: len(grids)]
    ts = np.concatenate([pass1, pass2])
    cell = list(range(len(pass1))) + list(range(len(pass2)))
    who = rng.integers(0, n, size=len(ts))
    lg = _draw_langs(rng, langs, lw, len(ts))
    prompts = [
        tx.curriculum_prompt(
            rng,
            grids[j][0],
            grids[j][1],
            stages if grids[j][0] == "concept" else 4,
            g,
            ctx.passages,
        )
        for j, g in zip(cell, lg, strict=True)
    ]
    models = ctx.models(rng, ts, 0.97, 0.0)
    for i, a in enumerate(accts):
        idx = np.flatnonzero(who == i)
        if len(idx) == 0:
            idx = np.array([0])
        ctx.emit(
            rng,
            a,
            ts[idx],
            [prompts[j] for j in idx.tolist()],
            models=[models[j] for j in idx.tolist()],
            comp_median=800.0,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (concept x stage, code, translation grids)",
            "pacing": f"steady {per_hour:.0f}/h round the clock, grid walked in order, once per model",
            "ip_source": "office broadband + cloud runner",
            "payment": f"{len(cards)} cards",
            "user_agent": "SDKs",
            "languages": langs,
            "stages": stages,
            "grid_cells": len(grids),
            "tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: public prompt replay by a small "startup", office hours, background-like everything


def pibal(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pibal"
    n = irange(rng, 5, 9)
    tz = pick(rng, (1, 2, -5, 8))
    office = bb.home(rng, irange(rng, 1, 2), tz)
    egress = bb.cloud(rng, 1, "aws")
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    start_i = int(rng.integers(0, len(ctx.chat)))
    stride = irange(rng, 3, 11)
    cursor = start_i
    accts = []
    for i in range(n):
        ua = BG_UA_SDK[0] if chance(rng, 0.75) else pick(rng, BG_UA_BROWSER[:2])
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=office if i % 3 else egress,
            tz=tz,
        )
        accts.append(a)
        per_day = float(rng.uniform(30, 80))
        sessions = bb.session_times(
            rng,
            ctx.t0 + float(rng.uniform(0, 1.5)) * DAY,
            ctx.t1,
            per_day / 6,
            bb.workday(tz),
            6.0,
            float(rng.uniform(40, 120)),
            0.9,
        )
        ts = np.concatenate(sessions) if sessions else np.array([ctx.t0 + DAY])
        prompts = []
        for _ in range(len(ts)):
            r = rng.random()
            if r < 0.82:
                prompts.append(ctx.chat[cursor % len(ctx.chat)])
                cursor += stride
            elif r < 0.92:
                prompts.append(
                    pick(rng, ("continue", "Continue", "go on", "please continue", "more"))
                )
            else:
                prompts.append(ctx.chat[cursor % len(ctx.chat)].strip().lower())
                cursor += stride
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.15),
            comp_median=360.0,
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT-style regeneration)",
            "pacing": "office-hours sessions",
            "ip_source": "office broadband + one aws egress",
            "payment": "one company card",
            "user_agent": BG_UA_SDK[0],
            "languages": ["mixed (as public prompts)"],
            "tz": tz,
            "stride": stride,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: harvest hidden inside a real product's traffic


def deflation_port(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "deflation_port"
    n = irange(rng, 1, 2)
    servers = bb.cloud(rng, irange(rng, 3, 5), "aws")
    org, card = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ua = BG_UA_SDK[1]
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
            ips=servers,
        )
        for _ in range(n)
    ]
    app_rate = float(rng.uniform(20, 40))
    inj_rate = float(rng.uniform(6, 12))
    inj_start = ctx.release + float(rng.uniform(-0.5, 0.5)) * DAY
    peak = float(rng.uniform(12, 18))
    for k, a in enumerate(accts):
        share = 1.0 if k == 0 else 0.15
        app = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            share * app_rate * (ctx.t1 - ctx.t0) / HOUR,
            bb.global_load(peak, 0.7),
        )
        inj = bb.thinned(
            rng,
            inj_start,
            ctx.t1,
            share * inj_rate * (ctx.t1 - inj_start) / HOUR,
            bb.global_load(peak, 0.3),
        )
        app_prompts = [
            tx.short(pick(rng, ctx.chat), 1500)
            if chance(rng, 0.8)
            else tx.coursework_prompt(rng, "homework", 1)
            for _ in range(len(app))
        ]
        inj_prompts = [
            tx.casual_harvest(rng, "en").capitalize()
            if chance(rng, 0.5)
            else tx.reasoning_prompt(rng, "en", 2, ctx.chat)
            for _ in range(len(inj))
        ]
        ts = np.concatenate([app, inj])
        models = ctx.models(rng, app, 0.3, 0.2) + ctx.models(rng, inj, 0.95, 0.0)
        ctx.emit(
            rng,
            a,
            ts,
            app_prompts + inj_prompts,
            models=models,
            comp_median=np.concatenate([np.full(len(app), 330.0), np.full(len(inj), 700.0)]),
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest injected into a live consumer app's own API traffic",
            "pacing": f"app ~{app_rate:.0f}/h following global load, injected ~{inj_rate:.0f}/h",
            "ip_source": "the app's aws servers",
            "payment": "the app's company card",
            "user_agent": ua,
            "languages": ["en"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: low-and-slow crowd of person-like bought accounts


def windsock(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "windsock"
    n = irange(rng, 50, 90)
    tz_lang = (
        (-3, ("pt", "es")),
        (5, ("en",)),
        (8, ("id", "vi", "en")),
        (1, ("en", "es")),
        (-5, ("en", "es")),
        (3, ("tr",)),
    )
    chosen = sorted(rng.choice(len(tz_lang), size=irange(rng, 3, 5), replace=False).tolist())
    accts = []
    for _ in range(n):
        tz, langs = tz_lang[pick(rng, chosen)]
        phone = chance(rng, 0.35)
        if phone:
            ua = pick(rng, (BG_UA_BROWSER[2], *bb.MOBILE[:3]))
            kind = (
                "br_mobile"
                if tz == -3
                else ("in_mobile" if tz == 5 else ("us_mobile" if tz < 0 else "eu_mobile"))
            )
            ips = bb.mobile_v6(rng, irange(rng, 2, 5), kind)
        else:
            ua = pick(rng, BG_UA_BROWSER)
            ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        accts.append(a)
        sessions = bb.session_times(
            rng,
            bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5),
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            4.0,
            float(rng.uniform(60, 180)),
            0.9,
        )
        ts = (
            np.concatenate(sessions)
            if sessions
            else np.array([ctx.t0 + float(rng.uniform(1, 6)) * DAY])
        )
        prompts = [
            tx.casual_harvest(rng, pick(rng, langs))
            if chance(rng, 0.88)
            else tx.short(pick(rng, ctx.chat), 600)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.3, 0.7)), 0.05),
            comp_median=600.0,
            comp_sigma=0.6,
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "person-like crowd of bought aged accounts asking explain-step-by-step questions",
            "pacing": "1-2.5 evening sessions/day per account",
            "ip_source": "home broadband + carrier IPv6",
            "payment": "each account its own card",
            "user_agent": "browsers/phones",
            "tzs": [tz_lang[i][0] for i in chosen],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: compromised developer keys, code harvest while the owner sleeps


def fuel_cylinder(ctx: bb.Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "fuel_cylinder"
    n = irange(rng, 6, 12)
    accts = []
    for _ in range(n):
        region = pick(rng, ("us", "eu", "in", "latam", "jp_kr"))
        tz = REGION_TZ[region]
        owner_ua = pick(rng, BG_UA_SDK) if chance(rng, 0.7) else pick(rng, BG_UA_BROWSER[:2])
        home_ip = bb.home(rng, 1, tz)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="compromised",
            campaign_id=cid,
            ua=owner_ua,
            ips=home_ip,
            tz=tz,
        )
        accts.append(a)
        own = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(2, 5)),
            bb.workday(tz),
            3.0,
            float(rng.uniform(40, 200)),
        )
        t_own = np.concatenate(own) if own else np.array([ctx.t0 + DAY])
        p_own = [tx.short(pick(rng, ctx.chat), 1500) for _ in range(len(t_own))]
        ctx.emit(
            rng,
            a,
            t_own,
            p_own,
            models=ctx.models(rng, t_own, 0.2, 0.1),
            comp_median=350.0,
            err=0.01,
        )
        stolen = ctx.release + float(rng.uniform(-1.0, 1.0)) * DAY
        proxies = bb.resi(rng, irange(rng, 15, 40), region)
        hours = float(rng.uniform(4, 7))
        t_att = bb.thinned(
            rng,
            stolen,
            ctx.t1,
            float(rng.uniform(10, 25)) * hours * (ctx.t1 - stolen) / DAY,
            bb.nightly(float(rng.uniform(0, 2)), hours, tz),
        )
        if len(t_att) == 0:
            continue
        style = irange(rng, 0, 2)
        p_att = [
            tx.code_harvest(rng, style if chance(rng, 0.7) else irange(rng, 0, 2))
            for _ in range(len(t_att))
        ]
        ua_att = owner_ua if chance(rng, 0.6) else pick(rng, bb.SDK_OTHER)
        ctx.emit(
            rng,
            a,
            t_att,
            p_att,
            models=ctx.models(rng, t_att, 0.9, 0.0),
            ips=bb.sticky(rng, t_att, proxies, 30 * MINUTE),
            ua=ua_att,
            comp_median=1100.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest through compromised developer keys (owner keeps using them)",
            "pacing": "owner workday sessions + attacker at the owner's night",
            "ip_source": "owner home IP + residential proxies in the owner's region",
            "payment": "the owners' own cards",
            "user_agent": "owner's, sometimes another SDK",
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "gondola": gondola,
    "tether": tether,
    "ripcord": ripcord,
    "pilot_light": pilot_light,
    "altimeter": altimeter,
    "variometer": variometer,
    "inflation_fan": inflation_fan,
    "mooring": mooring,
    "pibal": pibal,
    "deflation_port": deflation_port,
    "windsock": windsock,
    "fuel_cylinder": fuel_cylinder,
}

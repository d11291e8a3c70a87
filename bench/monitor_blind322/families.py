"""Campaign families of batch 322 (code names: parts of a cable car). Each is a generator
`family(ctx, rng, campaign_id)` that opens its accounts, writes their events into `ctx` and
records the campaign; every size, rate, address, card and style is drawn from the family's own
generator, always in the same order (no set is ever walked)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    SDK_OTHER,
    TZS,
    Acct,
    Ctx,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
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
from bench.monitor_blind322 import texts

Rng = np.random.Generator

#: user agents exactly as the simulator's background spells them (ordinary users and companies)
BG_BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)
BG_SDK = ("OpenAI/Python 1.54.0", "OpenAI/NodeJS 4.67.1", "langchain/0.3.7 python-openai/1.54.0")

#: language a person in each UTC offset most likely writes in (English always possible)
LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("en", "tr"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}
MOBILE_OF_TZ: dict[int, str] = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    3: "eu_mobile",
    5: "in_mobile",
    8: "in_mobile",
    9: "us_mobile",
}


def _w(rng: Rng, k: int, conc: float = 1.0) -> np.ndarray:
    """Mixture weights over k options (each family its own mix)."""
    return rng.dirichlet(np.full(k, conc))


def _idx(rng: Rng, n: int, w: np.ndarray) -> list[int]:
    return rng.choice(len(w), size=n, p=w).tolist()


def _wl(w: np.ndarray, names: tuple[str, ...]) -> dict[str, float]:
    return {n: round(float(x), 3) for n, x in zip(names, w.tolist(), strict=True)}


def _person_lang(rng: Rng, tz: int, p_en: float) -> str:
    return "en" if chance(rng, p_en) else pick(rng, LANG_OF_TZ[tz])


def _camp(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# ============================================================================================
# 1. reasoning-trace coercion from a rented hosting block


def haul_rope(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "haul_rope"
    n = irange(rng, 8, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "m247"))
    hosts = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    org = hexid(rng, "org") if chance(rng, 0.4) else None
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 4))]
    fleet_ua = sdk_ua(rng)
    per_key_ua = chance(rng, 0.3)
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=org,
            pay=cards[i % len(cards)],
            ua=sdk_ua(rng) if per_key_ua else fleet_ua,
            ips=picks(rng, hosts, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.6)) * DAY
    per_hour = float(rng.uniform(45, 90))
    langs = ("en", "zh", "ru")
    lw = rng.dirichlet([5.0, 2.0, 1.0])
    sw = _w(rng, 4)
    p_new = float(rng.uniform(0.88, 0.98))
    comp = float(rng.uniform(900, 1500))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        li, si = _idx(rng, len(ts), lw), _idx(rng, len(ts), sw)
        prompts = [texts.reasoning_coercion(rng, langs[x], y) for x, y in zip(li, si, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (explicit step-by-step / tagged chains)",
            "keys": n,
            "one_org": org is not None,
            "cards": len(cards),
            "ip_source": f"hosting:{provider}",
            "hosts": len(hosts),
            "pacing": "poisson worker pool, 24h",
            "per_hour": round(per_hour, 1),
            "start": round(start, 1),
            "languages": _wl(lw, langs),
            "styles": [round(float(x), 3) for x in sw],
            "p_new": round(p_new, 3),
            "user_agent": "per key" if per_key_ua else fleet_ua,
            "hard": False,
        },
    )


# ============================================================================================
# 2. judge / rubric / reward-model grading, batched bursts from one cloud account


def bullwheel(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "bullwheel"
    n = irange(rng, 4, 9)
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    ips = cloud(rng, irange(rng, 1, 3), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    accts = [
        _camp(ctx, rng, fam, cid, "grader", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(2.3, 3.8)) * DAY
    per_day = float(rng.uniform(2.0, 4.0))
    size = float(rng.uniform(30, 70))
    gap = float(rng.uniform(1.2, 3.0))
    p_zh = float(rng.uniform(0.0, 0.3))
    sw = _w(rng, 4)
    p_new = float(rng.uniform(0.9, 0.99))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        for burst in _trains(rng, starts, size, gap):
            prompts = [
                texts.grading(rng, ctx.chat, ctx.passages, s, "zh" if chance(rng, p_zh) else "en")
                for s in _idx(rng, len(burst), sw)
            ]
            ctx.emit(
                rng,
                a,
                burst,
                prompts,
                models=ctx.models(rng, burst, p_new, 0.0),
                comp_median=float(rng.uniform(250, 450)),
                err=0.02,
                extra=irange(rng, 30, 120),
            )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / pairwise / scalar reward grading",
            "keys": n,
            "one_org": True,
            "cards": 1,
            "ip_source": f"cloud:{provider}",
            "ips": len(ips),
            "pacing": "script bursts",
            "bursts_per_day_per_key": round(per_day, 2),
            "burst_size": round(size, 1),
            "gap_s": round(gap, 2),
            "start": round(start, 1),
            "p_zh": round(p_zh, 3),
            "styles": [round(float(x), 3) for x in sw],
            "p_new": round(p_new, 3),
            "user_agent": ua,
            "hard": False,
        },
    )


def _trains(rng: Rng, starts: np.ndarray, size_mean: float, gap: float) -> list[np.ndarray]:
    """A train of requests after each start (lognormal gaps around `gap` seconds)."""
    out = []
    for s in np.asarray(starts).tolist():
        k = max(1, int(rng.poisson(size_mean)))
        out.append(
            s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
        )
    return out


# ============================================================================================
# 3. censorship-safe / policy rewrites through VPN exits, stolen cards


def track_rope(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "track_rope"
    n = irange(rng, 6, 14)
    vpn = []
    for prov in ("m247", "leaseweb", "vultr", "ovh", "linode"):
        vpn += cloud(rng, irange(rng, 3, 9), prov)
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            ua=pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.54.0")),
            ips=vpn,
        )
        for _ in range(n)
    ]
    start = ctx.release - float(rng.uniform(0.0, 0.5)) * DAY
    langs = ("zh", "ru", "ar", "vi", "en")
    lw = rng.dirichlet([3.0, 2.0, 1.0, 1.0, 2.0])
    sw = _w(rng, 4)
    hold = float(rng.uniform(30, 90)) * MINUTE
    p_new = float(rng.uniform(0.9, 0.99))
    per_day = float(rng.uniform(5, 10))
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts_list = _trains(rng, starts, float(rng.uniform(12, 30)), float(rng.uniform(4, 10)))
        ts = np.sort(np.concatenate(ts_list)) if ts_list else np.empty(0)
        prompts = [
            texts.policy_rewrite(rng, ctx.passages, langs[x], int(rng.choice(4, p=sw)))
            for x in _idx(rng, len(ts), lw)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=float(rng.uniform(350, 600)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites and safe completions",
            "keys": n,
            "one_org": False,
            "cards": "one stolen card per key",
            "ip_source": "VPN exits (hosting)",
            "vpn_ips": len(vpn),
            "hold_min": round(hold / MINUTE, 1),
            "pacing": "bursts of sessions",
            "sessions_per_day": round(per_day, 2),
            "start": round(start, 1),
            "languages": _wl(lw, langs),
            "styles": [round(float(x), 3) for x in sw],
            "p_new": round(p_new, 3),
            "hard": False,
        },
    )


# ============================================================================================
# 4. agent / tool-use trajectories from a small Kubernetes worker pool


def carrier_truck(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "carrier_truck"
    n = irange(rng, 3, 7)
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, irange(rng, 2, 3), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        _camp(ctx, rng, fam, cid, "worker", org=org, pay=pay, ua=ua, ips=nat) for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(1.5, 3.5)) * DAY
    per_hour = float(rng.uniform(35, 70))
    sw = _w(rng, 3, 2.0)
    p_new = float(rng.uniform(0.85, 0.97))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        steps = rng.integers(0, 7, size=len(ts)).tolist()
        prompts = [texts.agent_step(rng, int(rng.choice(3, p=sw)), k) for k in steps]
        extra = [600 + 260 * k + irange(rng, 0, 300) for k in steps]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.03),
            comp_median=220.0,
            comp_sigma=0.7,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectory harvest",
            "keys": n,
            "one_org": True,
            "cards": 1,
            "ip_source": f"cloud NAT:{provider}",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "start": round(start, 1),
            "styles": [round(float(x), 3) for x in sw],
            "p_new": round(p_new, 3),
            "user_agent": ua,
            "hard": False,
        },
    )


# ============================================================================================
# 5. synthetic-dataset generation, nightly cron, prepaid card per key


def counterweight(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "counterweight"
    n = irange(rng, 5, 10)
    tz = int(pick(rng, TZS))
    provs = ("aws", "gcp", "digitalocean", "hetzner", "linode", "vultr", "ovh", "scaleway")
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            ua=sdk_ua(rng, 0.6),
            ips=cloud(rng, 1, pick(rng, provs)),
            tz=tz,
        )
        for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.8, 2.2)) * DAY
    langs = ("en", "es", "pt", "de", "id")
    lw = rng.dirichlet([4.0, 1.0, 1.0, 1.0, 1.0])
    sw = _w(rng, 4)
    win = float(rng.uniform(3, 6))
    p_new = float(rng.uniform(0.85, 0.98))
    comp = float(rng.uniform(1600, 2600))
    for a in accts:
        night = thinned(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1.2, 3.0)) * (ctx.t1 - start) / DAY,
            nightly(1.0, win, tz),
        )
        burst = _trains(rng, night, float(rng.uniform(15, 35)), float(rng.uniform(4, 12)))
        probes = thinned(
            rng, start, ctx.t1, float(rng.uniform(2, 8)) * (ctx.t1 - start) / DAY, workday(tz)
        )
        ts = np.sort(np.concatenate([*burst, probes]))
        prompts = [
            texts.synthetic_data(rng, ctx.chat, langs[x], int(rng.choice(4, p=sw)))
            for x in _idx(rng, len(ts), lw)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation (pairs, personas, evolved instructions, dialogues)",
            "keys": n,
            "one_org": False,
            "cards": "prepaid, one per key",
            "ip_source": "one VM per key, mixed hosts",
            "pacing": "nightly cron bursts + daytime probes",
            "tz": tz,
            "night_hours": round(win, 1),
            "start": round(start, 1),
            "languages": _wl(lw, langs),
            "styles": [round(float(x), 3) for x in sw],
            "p_new": round(p_new, 3),
            "hard": False,
        },
    )


# ============================================================================================
# 6. best-of-n / soft-label sampling: one prompt fired n times through residential proxies


def pulley(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "pulley"
    n = irange(rng, 8, 16)
    region = pick(rng, ("*", "us", "eu", "latam", "sea"))
    pool = resi(rng, irange(rng, 30, 80), region)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            pay=cards[i % len(cards)],
            ua=pick(rng, SDK_OTHER[:6]),
            ips=pool,
        )
        for i in range(n)
    ]
    start = ctx.release - float(rng.uniform(-0.2, 1.2)) * DAY
    per_hour = float(rng.uniform(5, 11))
    k_lo, k_hi = irange(rng, 3, 5), irange(rng, 8, 14)
    p_mcq = float(rng.uniform(0.2, 0.5))
    hold = float(rng.uniform(8, 25)) * MINUTE
    p_new = float(rng.uniform(0.9, 1.0))
    for a, jobs in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        ts_parts, prompts = [], []
        for s in jobs.tolist():
            k = irange(rng, k_lo, k_hi)
            p = (
                texts.mcq_soft_label(rng, irange(rng, 0, 1))
                if chance(rng, p_mcq)
                else pick(rng, ctx.chat)
            )
            ts_parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.5), 0.6, size=k - 1))])
            )
            prompts += [p] * k
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            ips=sticky(rng, ts, pool, hold),
            comp_median=330.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling (public prompts and MCQs replayed n times)",
            "keys": n,
            "one_org": False,
            "cards": len(cards),
            "ip_source": f"residential proxies:{region}",
            "pool": len(pool),
            "hold_min": round(hold / MINUTE, 1),
            "n_range": [k_lo, k_hi],
            "jobs_per_hour": round(per_hour, 2),
            "p_mcq": round(p_mcq, 3),
            "start": round(start, 1),
            "p_new": round(p_new, 3),
            "hard": False,
        },
    )


# ============================================================================================
# 7. HARD: harvest hidden inside a real consumer product's traffic


def gripman(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gripman"
    n = irange(rng, 2, 3)
    nat = cloud(rng, irange(rng, 2, 4), "aws")
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        _camp(ctx, rng, fam, cid, "product backend", org=org, pay=pay, ua=ua, ips=nat)
        for _ in range(n)
    ]
    share = rng.dirichlet(np.r_[6.0, np.ones(n - 1)])
    per_hour = float(rng.uniform(35, 60))
    peak = float(rng.uniform(12, 20))
    ts_all = thinned(
        rng, ctx.t0, ctx.t1, per_hour * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.6)
    )
    who = rng.choice(n, size=len(ts_all), p=share)
    switch = ctx.t0 + float(rng.uniform(2.0, 3.6)) * DAY
    h = float(rng.uniform(0.25, 0.45))
    p_new = float(rng.uniform(0.55, 0.85))
    sys_tokens = irange(rng, 200, 600)
    p_en = float(rng.uniform(0.6, 0.9))
    other = ("es", "pt", "de", "fr", "ja", "id")
    for i, a in enumerate(accts):
        ts = ts_all[who == i]
        harvest = (ts >= switch) & (rng.random(len(ts)) < h)
        prompts, comp = [], []
        for hv in harvest.tolist():
            if hv:
                lang = "en" if chance(rng, p_en) else pick(rng, other)
                prompts.append(
                    texts.natural_question(rng, lang, 0.3)
                    if chance(rng, 0.6)
                    else texts.study_question(rng, lang)
                )
                comp.append(700.0)
            else:
                prompts.append(pick(rng, ctx.chat))
                comp.append(380.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=np.array(comp),
            extra=sys_tokens,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real consumer chat product's backend traffic",
            "keys": n,
            "one_org": True,
            "cards": 1,
            "ip_source": "cloud NAT:aws",
            "ips": len(nat),
            "pacing": "worldwide product load (global_load)",
            "per_hour": round(per_hour, 1),
            "peak_utc": round(peak, 1),
            "switch": round(switch, 1),
            "harvest_share_after_switch": round(h, 3),
            "p_new": round(p_new, 3),
            "user_agent": ua,
            "hard": True,
        },
    )


# ============================================================================================
# 8. HARD: bought / compromised aged personal accounts, geo-matched residential proxies


def summit_station(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "summit_station"
    n = irange(rng, 25, 45)
    tz_w = _w(rng, len(TZS), 0.7)
    static_share = float(rng.uniform(0.4, 0.8))
    p_new = float(rng.uniform(0.5, 0.8))
    p_en = float(rng.uniform(0.3, 0.6))
    accts = []
    for _ in range(n):
        tz = int(TZS[int(rng.choice(len(TZS), p=tz_w))])
        ua = pick(rng, BG_BROWSERS) if chance(rng, 0.8) else pick(rng, BG_SDK)
        own_ip = home(rng, 1, tz)
        a = _camp(ctx, rng, fam, cid, "aged account", ua=ua, ips=own_ip, tz=tz)
        accts.append(a)
        take = ctx.t0 + float(rng.uniform(1.5, 4.2)) * DAY
        organic = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.6)), evening_person(tz), 3.0, 40.0
        )
        ts0 = np.concatenate(organic) if organic else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts0,
            picks(rng, ctx.chat, len(ts0)),
            models=ctx.models(rng, ts0, 0.2, 0.2),
            comp_median=380.0,
        )
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, weekend=0.3)
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2.0, 4.5)),
            curve,
            float(rng.uniform(5, 9)),
            float(rng.uniform(50, 120)),
        )
        if not sess:
            continue
        proxy = home(rng, 1, tz) if chance(rng, static_share) else home(rng, irange(rng, 3, 6), tz)
        ts1 = np.concatenate(sess)
        ips = sticky(rng, ts1, proxy, 2 * HOUR)
        prompts = []
        for _ in range(len(ts1)):
            lang = _person_lang(rng, tz, p_en)
            prompts.append(
                texts.natural_question(rng, lang)
                if chance(rng, 0.7)
                else texts.study_question(rng, lang)
            )
        ctx.emit(
            rng,
            a,
            ts1,
            prompts,
            models=ctx.models(rng, ts1, p_new, 0.05),
            ips=ips,
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "aged personal accounts bought or taken over; owner's history, then person-paced harvest",
            "keys": n,
            "one_org": False,
            "cards": "each account's own (owner's) card",
            "ip_source": "owner's home IP, then geo-matched residential/ISP proxy",
            "static_proxy_share": round(static_share, 3),
            "pacing": "human sessions in the account's time zone",
            "tz_weights": _wl(tz_w, tuple(str(t) for t in TZS)),
            "p_en": round(p_en, 3),
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# ============================================================================================
# 9. HARD: low-and-slow crowd of fresh person-like accounts


def deropement(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "deropement"
    n = irange(rng, 50, 90)
    tzs = sorted(
        int(t) for t in rng.choice(np.asarray(TZS), size=irange(rng, 3, 6), replace=False).tolist()
    )
    p_static = float(rng.uniform(0.5, 0.8))
    p_new = float(rng.uniform(0.6, 0.85))
    p_en = float(rng.uniform(0.3, 0.7))
    uas = BG_BROWSERS + BG_SDK[:1]
    p_public = float(rng.uniform(0.1, 0.3))
    accts = []
    for _ in range(n):
        tz = int(pick(rng, tzs))
        pool = home(rng, 1, tz) if chance(rng, p_static) else home(rng, irange(rng, 3, 6), tz)
        a = _camp(ctx, rng, fam, cid, "crowd member", ua=pick(rng, uas), ips=pool, tz=tz)
        accts.append(a)
        born = ctx.t0 + float(rng.uniform(1.5, 5.0)) * DAY
        sess = session_times(
            rng,
            born,
            ctx.t1,
            float(rng.uniform(1.0, 2.5)),
            evening_person(tz),
            float(rng.uniform(4, 8)),
            float(rng.uniform(45, 150)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ts = ts[: irange(rng, 15, 60)]
        prompts = []
        for _ in range(len(ts)):
            lang = _person_lang(rng, tz, p_en)
            if chance(rng, p_public):
                prompts.append(pick(rng, ctx.chat))
            elif chance(rng, 0.6):
                prompts.append(texts.study_question(rng, lang))
            else:
                prompts.append(texts.natural_question(rng, lang))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            ips=sticky(rng, ts, pool, 90 * MINUTE) if len(pool) > 1 else None,
            comp_median=600.0,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd: many fresh accounts, each a few person-paced sessions",
            "keys": n,
            "one_org": False,
            "cards": "prepaid virtual card per account",
            "tzs": tzs,
            "ip_source": "residential / ISP proxies matched to each persona's region",
            "p_static": round(p_static, 3),
            "pacing": "evening sessions, capped 15-60 requests per account",
            "p_en": round(p_en, 3),
            "p_public_prompt_replay": round(p_public, 3),
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# ============================================================================================
# 10. HARD: multi-turn dialogue harvest from a phone farm on carrier networks


def passing_loop(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "passing_loop"
    n = irange(rng, 18, 35)
    tz = int(pick(rng, (-3, 5, 8, -5, 1)))
    carrier = MOBILE_OF_TZ[tz]
    lang = {-3: "pt", 5: "hi", 8: "id", -5: "en", 1: "es"}[tz]
    p_native = float(rng.uniform(0.2, 0.6))
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    app_ua = pick(rng, (*MOBILE[3:], BG_BROWSERS[4]))
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    per_day = float(rng.uniform(3, 7))
    gap = float(rng.uniform(35, 80))
    p_new = float(rng.uniform(0.8, 0.95))
    accts = []
    for i in range(n):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "phone",
            pay=cards[i % len(cards)],
            ua=app_ua,
            ips=mobile_v6(rng, 1, carrier),
            tz=tz,
        )
        accts.append(a)
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, evening_person(tz, 4.0)
        )
        ts_parts, prompts, ips, extra = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 11)
            ts_parts.append(
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=k - 1))])
            )
            lg = lang if chance(rng, p_native) else "en"
            opener = pick(rng, ctx.chat) if chance(rng, 0.5) else texts.natural_question(rng, lg)
            prompts += [opener] + [texts.followup(rng, lg) for _ in range(k - 1)]
            ips += mobile_v6(rng, 1, carrier) * k
            extra += [j * irange(rng, 250, 450) for j in range(k)]
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.0),
            ips=ips,
            extra=extra,
            comp_median=520.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (scripted follow-ups) from a phone farm",
            "keys": n,
            "one_org": False,
            "cards": len(cards),
            "ip_source": f"carrier IPv6:{carrier}",
            "tz": tz,
            "pacing": "conversations, ~human think time",
            "convs_per_day": round(per_day, 2),
            "gap_s": round(gap, 1),
            "start": round(start, 1),
            "languages": {lang: round(p_native, 3), "en": round(1 - p_native, 3)},
            "user_agent": app_ua,
            "p_new": round(p_new, 3),
            "hard": True,
        },
    )


# ============================================================================================
# 11. translation / parallel-corpus harvest sweeping target languages


def slot_rail(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "slot_rail"
    n = irange(rng, 3, 6)
    provider = pick(rng, ("azure", "aws", "alibaba", "tencent"))
    ips = cloud(rng, irange(rng, 2, 3), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "Go-http-client/2.0"))
    accts = [
        _camp(ctx, rng, fam, cid, "worker", org=org, pay=pay, ua=ua, ips=ips) for _ in range(n)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    per_hour = float(rng.uniform(25, 45))
    order = [texts.LANGS_T[i] for i in rng.permutation(len(texts.LANGS_T)).tolist()]
    sw = _w(rng, 4)
    p_new = float(rng.uniform(0.85, 0.97))
    cursor = 0
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n), strict=True):
        prompts, comp = [], []
        for _ in range(len(ts)):
            style = int(rng.choice(4, p=sw))
            k = irange(rng, 3, 5) if style == 0 else 1
            targets = [order[(cursor + j) % len(order)] for j in range(k)]
            cursor += k
            prompts.append(texts.translation_harvest(rng, ctx.passages, style, targets))
            comp.append(200.0 * k + 150.0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.02),
            comp_median=np.array(comp),
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus harvest (translations swept over target languages)",
            "keys": n,
            "one_org": True,
            "cards": 1,
            "ip_source": f"cloud:{provider}",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "start": round(start, 1),
            "styles": [round(float(x), 3) for x in sw],
            "target_order": order,
            "p_new": round(p_new, 3),
            "user_agent": ua,
            "hard": False,
        },
    )


# ============================================================================================
# 12. HARD: code harvest dressed as a small software shop's working day


def idler(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "idler"
    n = irange(rng, 3, 6)
    tz = int(pick(rng, (1, 2, 3, 5, 8)))
    office = home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, BG_SDK)
    accts = [
        _camp(ctx, rng, fam, cid, "developer key", org=org, pay=pay, ua=ua, ips=office, tz=tz)
        for _ in range(n)
    ]
    per_hour = float(rng.uniform(6, 12))
    p_chat = float(rng.uniform(0.15, 0.35))
    sw = _w(rng, 3)
    order = [texts.CODE_LANGS[i] for i in rng.permutation(len(texts.CODE_LANGS)).tolist()]
    p_new = float(rng.uniform(0.55, 0.85))
    start = ctx.t0 + float(rng.uniform(0.0, 1.5)) * DAY
    for j, a in enumerate(accts):
        # about 9 working hours on 5 of 7 days
        ts = thinned(rng, start, ctx.t1, per_hour * 6.5 * (ctx.t1 - start) / DAY, workday(tz))
        prompts = []
        for i in range(len(ts)):
            if chance(rng, p_chat):
                prompts.append(pick(rng, ctx.chat))
            else:
                prompts.append(
                    texts.code_harvest(
                        rng, order[(i // 40 + j) % len(order)], int(rng.choice(3, p=sw))
                    )
                )
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new, 0.05),
            comp_median=750.0,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code-solution harvest swept over languages, run by staff in office hours",
            "keys": n,
            "one_org": True,
            "cards": 1,
            "ip_source": "office broadband (consumer ISP)",
            "tz": tz,
            "pacing": "working hours only, per key",
            "per_hour": round(per_hour, 2),
            "p_chat_cover": round(p_chat, 3),
            "styles": [round(float(x), 3) for x in sw],
            "language_order": order,
            "p_new": round(p_new, 3),
            "user_agent": ua,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "haul_rope": haul_rope,
    "bullwheel": bullwheel,
    "track_rope": track_rope,
    "carrier_truck": carrier_truck,
    "counterweight": counterweight,
    "pulley": pulley,
    "gripman": gripman,
    "summit_station": summit_station,
    "deropement": deropement,
    "passing_loop": passing_loop,
    "slot_rail": slot_rail,
    "idler": idler,
}

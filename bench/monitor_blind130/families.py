"""Campaign families of batch 130 (code names from bossaball).

Each family is a function `(ctx, rng, campaign_id)` that creates its accounts, writes its events
into the shared sink and records its campaign in the truth. Everything a family varies (keys,
orgs, cards, pacing, addresses, user agents, languages, styles, model choice) is drawn from its
own `rng`, so one seed gives one campaign of each family and another seed a different one.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
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
from bench.monitor_blind130 import texts as tx

#: the consumer-ISP region a residential proxy is bought in, to match an account's time zone
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
#: user agents the background's ordinary users send most
EVERYDAY_UA = (
    "OpenAI/Python 1.54.0",
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    BROWSERS[0],
    BROWSERS[1],
)


def _mix(
    rng: np.random.Generator, names: list[str], conc: list[float]
) -> tuple[list[str], list[float]]:
    """Names and this campaign's own weights over them."""
    w = rng.dirichlet(np.asarray(conc, dtype=float))
    return names, [round(float(x), 4) for x in w]


def _draw(rng: np.random.Generator, names: list, weights: list[float], n: int) -> list:
    p = np.asarray(weights, dtype=float)
    return [names[i] for i in rng.choice(len(names), size=n, p=p / p.sum()).tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _camp(ctx: Ctx, rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def trampoline_spike(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "trampoline_spike"
    n_keys, n_orgs = irange(rng, 8, 18), irange(rng, 1, 3)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "scaleway"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 4, 8))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]  # one prepaid card per org
    uas = [sdk_ua(rng, 0.3) for _ in range(n_orgs)]
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=uas[i % n_orgs],
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 3))],
        )
        for i in range(n_keys)
    ]
    langs, lw = _mix(rng, ["en", "zh", "es", "ru"], [4.0, 1.0, 1.0, 1.0])
    styles, sw = _mix(rng, [0, 1, 2, 3], [1.0, 1.0, 1.0, 1.0])
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    per_hour = float(rng.uniform(45, 85))
    comp = float(rng.uniform(1100, 1700))
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ls, ss = _draw(rng, langs, lw, len(ts)), _draw(rng, styles, sw, len(ts))
        prompts = [tx.reasoning_trace(rng, lang, st) for lang, st in zip(ls, ss, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (full chain of thought on generated problems)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per org",
            "ip_source": f"rented {provider} block",
            "pacing": "Poisson worker pool, constant",
            "per_hour": round(per_hour, 1),
            "start_before_release_days": round((ctx.release - start) / DAY, 2),
            "languages": dict(zip(langs, lw, strict=True)),
            "styles": dict(zip([str(s) for s in styles], sw, strict=True)),
            "user_agents": uas,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in bursts


def pandeiro_beat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pandeiro_beat"
    n_keys = irange(rng, 4, 9)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
    tz = pick(rng, TZS)
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "grader",
            org=org,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n_keys)
    ]  # a virtual card per key
    langs, lw = _mix(rng, ["en", "de", "fr", "ja"], [5.0, 1.0, 1.0, 1.0])
    styles, sw = _mix(rng, [0, 1, 2, 3], [1.0, 1.0, 1.0, 1.0])
    per_day, size = float(rng.uniform(2.0, 4.0)), float(rng.uniform(25, 45))
    start = ctx.t0 + float(rng.uniform(1.0, 2.5)) * DAY
    for a in accts:
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, workday(tz, weekend=0.3)
        )
        ts = _cat(
            [
                s
                + np.concatenate(
                    [
                        [0.0],
                        np.cumsum(
                            rng.lognormal(np.log(1.3), 0.5, size=max(0, int(rng.poisson(size)) - 1))
                        ),
                    ]
                )
                for s in starts.tolist()
            ]
        )
        ls, ss = _draw(rng, langs, lw, len(ts)), _draw(rng, styles, sw, len(ts))
        prompts = [
            tx.grading(rng, ctx.chat, ctx.passages, lang, st)
            for lang, st in zip(ls, ss, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.02),
            comp_median=float(rng.uniform(220, 360)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading of ShareGPT answers",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one virtual card per key",
            "ip_source": f"{provider} instances",
            "pacing": "bursts launched in office hours",
            "bursts_per_day": round(per_day, 2),
            "burst_size": round(size, 1),
            "operator_tz": tz,
            "languages": dict(zip(langs, lw, strict=True)),
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites and ideal refusals on stolen cards through residential proxies


def samba_serve(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "samba_serve"
    n_keys = irange(rng, 18, 32)
    pool = resi(rng, irange(rng, 250, 450), "*")
    hold = float(rng.uniform(900, 2400))
    langs, lw = _mix(rng, ["en", "zh", "ar", "ru"], [4.0, 2.0, 1.0, 1.0])
    styles, sw = _mix(rng, [0, 1, 2, 3], [1.0, 1.0, 1.0, 1.0])
    accts, lives = [], []
    for _ in range(n_keys):
        a = _camp(
            ctx, rng, fam, cid, "burner", ua=pick(rng, BROWSERS), ips=[pick(rng, pool)]
        )  # own org, stolen card
        s = ctx.t0 + float(rng.uniform(2.0, 6.0)) * DAY
        e = min(ctx.t1, s + float(rng.uniform(0.8, 3.0)) * DAY)
        ts = thinned(rng, s, e, float(rng.uniform(3.0, 7.0)) * (e - s) / HOUR, constant)
        ls, ss = _draw(rng, langs, lw, len(ts)), _draw(rng, styles, sw, len(ts))
        prompts = [
            tx.policy_rewrite(rng, ctx.chat, ctx.passages, lang, st)
            for lang, st in zip(ls, ss, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=sticky(rng, ts, pool, hold),
            comp_median=float(rng.uniform(350, 600)),
            err=0.03,
        )
        accts.append(a)
        lives.append(round((e - s) / DAY, 2))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-compliant rewrites, ideal refusals, censorship-safe revisions",
            "keys": n_keys,
            "orgs": n_keys,
            "payment": "one stolen card per key",
            "ip_source": "residential proxy pool, sticky sessions",
            "proxy_pool": len(pool),
            "sticky_s": round(hold),
            "pacing": "constant Poisson per key over a short key life",
            "key_life_days": lives,
            "user_agent": "browser strings (spoofed)",
            "languages": dict(zip(langs, lw, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories


def inflatable_court(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "inflatable_court"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "azure", "aws"))
    egress = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        _camp(ctx, rng, fam, cid, "rollout", org=org, pay=pay, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    langs, lw = _mix(rng, ["en", "pt", "ko"], [5.0, 1.0, 1.0])
    styles, sw = _mix(rng, [0, 1, 2], [1.0, 1.0, 1.0])
    start = ctx.t0 + float(rng.uniform(0.5, 2.0)) * DAY
    per_hour = float(rng.uniform(5.0, 8.0))
    max_len = irange(rng, 8, 14)
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, prompts = [], []
        for s in starts.tolist():
            k = irange(rng, 3, max_len)
            seed, lang, st = (
                int(rng.integers(2**31)),
                _draw(rng, langs, lw, 1)[0],
                _draw(rng, styles, sw, 1)[0],
            )
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.6, size=k - 1))])
            ts_all.extend(ts.tolist())
            prompts.extend(tx.agent_step(seed, lang, st, i) for i in range(k))
        ts_arr = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.85, p_mini=0.03),
            comp_median=180.0,
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories, one call per step",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": f"{provider} egress ({len(egress)} addresses)",
            "pacing": "trajectory starts from a worker pool, steps seconds apart",
            "trajectories_per_hour": round(per_hour, 2),
            "max_steps": max_len,
            "user_agent": ua,
            "languages": dict(zip(langs, lw, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation in nightly runs


def frevo_kick(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "frevo_kick"
    n_keys = irange(rng, 6, 12)
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(rng, ("Go-http-client/2.0", "axios/1.7.9", "reqwest/0.12.12"))
    accts = [
        _camp(
            ctx,
            rng,
            fam,
            cid,
            "generator",
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        for i in range(n_keys)
    ]
    langs, lw = _mix(rng, ["en", "es", "vi", "fr"], [4.0, 1.0, 1.0, 1.0])
    styles, sw = _mix(rng, [0, 1, 2, 3], [1.0, 1.0, 1.0, 1.0])
    tz, h0, hours = pick(rng, TZS), float(rng.uniform(0, 3)), float(rng.uniform(4, 7))

    def night(t: np.ndarray) -> np.ndarray:
        h = (((np.asarray(t) + tz * HOUR) % DAY) / HOUR - h0) % 24.0
        return (h < hours).astype(np.float64)

    per_hour = float(rng.uniform(25, 45))
    start = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    for a, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, night), strict=True):
        ls, ss = _draw(rng, langs, lw, len(ts)), _draw(rng, styles, sw, len(ts))
        prompts = [
            tx.synthetic_data(rng, ctx.chat, lang, st) for lang, st in zip(ls, ss, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.0),
            comp_median=1800.0,
            comp_sigma=0.4,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction / persona / MCQ / evolved-seed dataset generation",
            "keys": n_keys,
            "orgs": 2,
            "payment": "one card per org",
            "ip_source": f"{provider} droplets, one per key",
            "pacing": "nightly worker pool",
            "night_start_local_h": round(h0, 2),
            "night_hours": round(hours, 2),
            "operator_tz": tz,
            "per_hour_avg": round(per_hour, 1),
            "user_agent": ua,
            "languages": dict(zip(langs, lw, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through VPN exits


def bicycle_header(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "bicycle_header"
    n_keys, n_orgs = irange(rng, 10, 18), irange(rng, 3, 4)
    vpn = cloud(rng, irange(rng, 12, 24), "m247") + cloud(rng, irange(rng, 6, 12), "leaseweb")
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    uas = [
        pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "OpenAI/Python 1.63.2"))
        for _ in range(n_orgs)
    ]
    accts = [
        _camp(ctx, rng, fam, cid, "dialogue", org=orgs[i % n_orgs], ua=uas[i % n_orgs], ips=vpn)
        for i in range(n_keys)
    ]  # a prepaid card per key
    langs, lw = _mix(rng, ["en", "es", "pt", "id", "tr"], [5.0, 1.0, 1.0, 1.0, 1.0])
    start = ctx.release - float(rng.uniform(0.0, 0.8)) * DAY
    per_hour = float(rng.uniform(8.0, 12.0))
    comp = float(rng.uniform(380, 520))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, prompts, ips, extra = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 3, 9)
            lang, exit_ip = _draw(rng, langs, lw, 1)[0], pick(rng, vpn)
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(20.0), 0.5, size=k - 1))]
            )
            ts_all.extend(ts.tolist())
            prompts.append(tx.dialogue_opener(rng, ctx.chat, lang))
            prompts.extend(tx.follow_up(rng, lang) for _ in range(k - 1))
            ips.extend([exit_ip] * k)
            extra.extend(int(i * (comp + 40)) for i in range(k))
        ts_arr = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, p_new=0.93, p_mini=0.0),
            ips=ips,
            comp_median=comp,
            comp_sigma=0.5,
            extra=extra,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest (opener + scripted follow-ups)",
            "keys": n_keys,
            "orgs": n_orgs,
            "payment": "one prepaid card per key",
            "ip_source": "commercial VPN exits (m247, leaseweb), one per conversation",
            "vpn_exits": len(vpn),
            "pacing": "conversation starts from a worker pool, turns ~20 s apart",
            "conversations_per_hour": round(per_hour, 2),
            "user_agents": uas,
            "languages": dict(zip(langs, lw, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def somersault_spike(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "somersault_spike"
    n_keys = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.63.2"))
    accts = [
        _camp(ctx, rng, fam, cid, "sampler", org=org, pay=pay, ua=ua, ips=cloud(rng, 2, "gcp"))
        for _ in range(n_keys)
    ]
    langs, lw = _mix(rng, ["en", "ko", "pt"], [5.0, 1.0, 1.0])
    p_bon = float(rng.uniform(0.45, 0.65))
    start = ctx.release - float(rng.uniform(0.0, 0.4)) * DAY
    per_hour = float(rng.uniform(6.0, 9.0))
    for a, starts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        ts_all, prompts, models, comps = [], [], [], []
        for s in starts.tolist():
            lang = _draw(rng, langs, lw, 1)[0]
            if chance(rng, p_bon):
                k, p, c = pick(rng, (4, 8, 8, 16)), tx.sample_target(rng, ctx.chat, lang), 520.0
            else:
                k, p, c = irange(rng, 1, 3), tx.soft_label(rng, ctx.chat, ctx.passages, lang), 110.0
            ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.4, size=k - 1))])
            m = ctx.models(rng, ts[:1], p_new=0.97, p_mini=0.0)[0]
            ts_all.extend(ts.tolist())
            prompts.extend([p] * k)
            models.extend([m] * k)
            comps.extend([c] * k)
        ctx.emit(
            rng,
            a,
            np.asarray(ts_all),
            prompts,
            models=models,
            comp_median=np.asarray(comps),
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n resampling of one prompt and soft-label probability harvest",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "gcp instances",
            "pacing": "jobs from a worker pool, n copies fired sub-second",
            "p_best_of_n": round(p_bon, 3),
            "jobs_per_hour": round(per_hour, 2),
            "user_agent": ua,
            "languages": dict(zip(langs, lw, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. curriculum sweep: a slow, steady loop from office broadband


def referee_whistle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "referee_whistle"
    n_keys = irange(rng, 2, 3)
    tz = pick(rng, (1, 2, 3, 5, 8))
    office = home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    key_langs = ["en"] + [str(x) for x in rng.permutation(["hi", "id", "tr"])][: n_keys - 1]
    grid = [
        (c, lv, f)
        for c in range(len(tx.CONCEPTS))
        for lv in range(1, 11)
        for f in range(len(tx.FORMATS))
    ]
    accts, periods = [], []
    for i in range(n_keys):
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "sweeper",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        period = float(rng.uniform(240, 420))
        start = ctx.t0 + float(rng.uniform(0.3, 1.5)) * DAY
        n = int((ctx.t1 - start) / period) + 1
        ts = start + np.cumsum(np.maximum(1.0, rng.normal(period, period * 0.05, size=n)))
        for _ in range(irange(rng, 1, 3)):  # the loop crashed and was restarted by hand
            o = float(rng.uniform(start, ctx.t1))
            ts = ts[(ts < o) | (ts > o + float(rng.uniform(1, 4)) * HOUR)]
        ts = ts[ts < ctx.t1]
        items = [grid[(i + n_keys * j) % len(grid)] for j in range(len(ts))]
        prompts = [tx.curriculum(rng, it, key_langs[i]) for it in items]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
            comp_median=float(rng.uniform(600, 900)),
            comp_sigma=0.4,
            err=0.005,
        )
        accts.append(a)
        periods.append(round(period, 1))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep (concept x level x format grid, in order)",
            "keys": n_keys,
            "orgs": 1,
            "payment": "one card",
            "ip_source": "office broadband",
            "office_tz": tz,
            "pacing": "fixed-period loop with restarts",
            "period_s": periods,
            "languages_per_key": key_langs,
            "user_agent": "python-requests/2.32.3",
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: a real writing-assistant product whose backend also carries the operator's harvest


def carioca_dig(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "carioca_dig"
    product = pick(rng, ("Quillfern", "Inkwell Lane", "Proseberry", "Draftwick"))
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "azure", "digitalocean"))
    egress = cloud(rng, irange(rng, 2, 4), provider)
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        _camp(ctx, rng, fam, cid, "product_backend", org=org, pay=pay, ua=ua, ips=egress)
        for _ in range(n_keys)
    ]
    share = rng.dirichlet([6.0] + [1.0] * (n_keys - 1))
    peak = float(rng.uniform(13, 17))
    users_per_hour = float(rng.uniform(40, 60))
    real = thinned(
        rng, ctx.t0, ctx.t1, users_per_hour * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, 0.55)
    )
    h_start = ctx.release - float(rng.uniform(0.0, 1.0)) * DAY
    harvest_per_hour = float(rng.uniform(14, 22))
    hidden = thinned(
        rng,
        h_start,
        ctx.t1,
        harvest_per_hour * (ctx.t1 - h_start) / HOUR,
        global_load((peak + 12) % 24, 0.5),
    )
    for name, ts in (("real", real), ("harvest", hidden)):
        who = rng.choice(n_keys, size=len(ts), p=share)
        for i, a in enumerate(accts):
            t = ts[who == i]
            if name == "real":
                prompts = [tx.product_request(rng, ctx.chat, product) for _ in range(len(t))]
                models, comp = ctx.models(rng, t, p_new=0.35, p_mini=0.2), 320.0
            else:
                prompts = [tx.product_harvest(rng, ctx.passages, product) for _ in range(len(t))]
                models, comp = ctx.models(rng, t, p_new=0.95, p_mini=0.0), 650.0
            ctx.emit(rng, a, t, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real writing-assistant product's backend traffic",
            "product": product,
            "keys": n_keys,
            "orgs": 1,
            "payment": "the product's company card",
            "ip_source": f"{provider} egress ({len(egress)})",
            "pacing": "real users follow a global daily load; the harvest fills the off-peak hours",
            "real_per_hour": round(users_per_hour, 1),
            "harvest_per_hour": round(harvest_per_hour, 1),
            "harvest_start_before_release_days": round((ctx.release - h_start) / DAY, 2),
            "user_agent": ua,
            "languages": {"en": 0.9, "sharegpt_mix": 0.1},
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, taken over around the release


def cuica_groan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "cuica_groan"
    n = irange(rng, 18, 34)
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, EVERYDAY_UA)
        a = _camp(ctx, rng, fam, cid, "aged_account", ua=ua, ips=home(rng, 1, tz), tz=tz)
        take = ctx.release + float(rng.uniform(-1.0, 1.5)) * DAY
        before = _cat(
            session_times(
                rng, ctx.t0, take, float(rng.uniform(0.6, 2.0)), evening_person(tz), 3.0, 70.0
            )
        )
        ctx.emit(
            rng,
            a,
            before,
            [tx.short_chat(rng, ctx.chat, 1500) for _ in range(len(before))],
            models=ctx.models(rng, before, p_new=0.2, p_mini=0.15),
            comp_median=350.0,
            comp_sigma=0.6,
        )
        after = _cat(
            session_times(
                rng, take, ctx.t1, float(rng.uniform(3.0, 7.0)), evening_person(tz), 6.0, 45.0
            )
        )
        proxies = resi(rng, irange(rng, 1, 3), REGION[tz])  # static residential, same region
        ctx.emit(
            rng,
            a,
            after,
            [tx.code_or_translation(rng, ctx.chat) for _ in range(len(after))],
            models=ctx.models(rng, after, p_new=0.8, p_mini=0.0),
            ips=sticky(rng, after, proxies, 12 * HOUR),
            comp_median=520.0,
            comp_sigma=0.55,
        )
        accts.append(a)
        takeovers.append(round((take - ctx.release) / DAY, 2))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code and translation harvest through bought aged consumer accounts",
            "keys": n,
            "orgs": n,
            "payment": "each account's original card",
            "ip_source": "home ISP before takeover, 1-3 static residential proxies of the same region after",
            "pacing": "human-like evening sessions before and after, busier after",
            "takeover_vs_release_days": takeovers,
            "user_agent": "each account's original",
            "languages": {"en": 1.0},
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts


def agogo_bell(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "agogo_bell"
    n = irange(rng, 60, 110)
    langs, lw = _mix(rng, ["en", "es", "de", "pt", "ja"], [8.0, 1.0, 1.0, 1.0, 1.0])
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        ips = resi(rng, irange(rng, 1, 3), REGION[tz])
        ua = pick(rng, BROWSERS + MOBILE + ("OpenAI/Python 1.54.0",))
        a = _camp(ctx, rng, fam, cid, "crowd", ua=ua, ips=ips, tz=tz)  # own org, own prepaid card
        lang = _draw(rng, langs, lw, 1)[0]
        s = ctx.t0 + float(rng.uniform(0.0, 4.0)) * DAY
        ts = _cat(
            session_times(
                rng,
                s,
                ctx.t1,
                float(rng.uniform(1.0, 2.5)),
                evening_person(tz),
                float(rng.uniform(3.0, 6.0)),
                float(rng.uniform(50, 120)),
            )
        )
        day_ip = [ips[int(x) % len(ips)] for x in np.floor(ts / DAY).astype(np.int64).tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.crowd_question(rng, lang) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.75, p_mini=0.05),
            ips=day_ip,
            comp_median=600.0,
            comp_sigma=0.5,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "explanatory answers harvested by a crowd of person-like accounts",
            "keys": n,
            "orgs": n,
            "payment": "one prepaid card per account",
            "ip_source": "residential proxies in each account's region, one per day",
            "pacing": "human sessions, evening peak, staggered sign-ups",
            "user_agent": "browsers, phones, common SDK",
            "languages": dict(zip(langs, lw, strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from phones and home lines


def surdo_pulse(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "surdo_pulse"
    n = irange(rng, 15, 28)
    order = rng.permutation(len(ctx.chat))
    n_cards = max(2, n // irange(rng, 3, 5))
    cards = [
        hexid(rng, "pay") for _ in range(n_cards)
    ]  # a batch of stolen cards, several keys on each
    carriers = ("us_mobile", "in_mobile", "br_mobile")
    tz_of = {"us_mobile": -5, "in_mobile": 5, "br_mobile": -3}
    accts, used = [], 0
    for i in range(n):
        carrier = pick(rng, carriers)
        tz = tz_of[carrier]
        ua = pick(
            rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.54.0", MOBILE[3], MOBILE[4], MOBILE[0])
        )
        a = _camp(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            pay=cards[i % n_cards],
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        warm = _cat(
            session_times(
                rng,
                ctx.t0 + float(rng.uniform(0, 2)) * DAY,
                ctx.release,
                0.6,
                evening_person(tz),
                2.0,
                90.0,
            )
        )
        main = _cat(
            session_times(
                rng,
                ctx.release + float(rng.uniform(0, 0.5)) * DAY,
                ctx.t1,
                float(rng.uniform(3.0, 6.0)),
                workday(tz, start=9, end=23, weekend=0.6),
                float(rng.uniform(3.0, 6.0)),
                75.0,
            )
        )
        ts = _cat([warm, main])
        prompts = [ctx.chat[int(order[(used + j) % len(order)])] for j in range(len(ts))]
        used += len(ts)
        n_sess = max(1, len(ts) // 3)
        phone = mobile_v6(rng, n_sess, carrier)
        ips = [phone[j // 3 % n_sess] if chance(rng, 0.6) else a.ips[0] for j in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.1),
            ips=ips,
            comp_median=400.0,
            comp_sigma=0.6,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public ShareGPT prompt replay against the new model (no prompt twice)",
            "keys": n,
            "orgs": n,
            "payment": f"{n_cards} stolen cards shared by several keys",
            "ip_source": "carrier IPv6 and home broadband",
            "pacing": "light warm-up before release, long human-like days after",
            "user_agent": "common SDK and phone apps",
            "languages": {"sharegpt_mix": 1.0},
        },
    )


CAMPAIGN_FAMILIES = {
    "trampoline_spike": trampoline_spike,
    "pandeiro_beat": pandeiro_beat,
    "samba_serve": samba_serve,
    "inflatable_court": inflatable_court,
    "frevo_kick": frevo_kick,
    "bicycle_header": bicycle_header,
    "somersault_spike": somersault_spike,
    "referee_whistle": referee_whistle,
    "carioca_dig": carioca_dig,
    "cuica_groan": cuica_groan,
    "agogo_bell": agogo_bell,
    "surdo_pulse": surdo_pulse,
}

__all__ = ["CAMPAIGN_FAMILIES"]

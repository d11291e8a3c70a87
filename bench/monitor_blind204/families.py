"""Campaign families of batch 204 (code names from dog sled racing).

Each family is `f(ctx, rng, campaign_id)`: it draws everything from its own `rng` (seeded by
`bench/blind_batch.py` from the seed, this batch's salt and the family's index), creates its
accounts with `ctx.account`, writes events with `ctx.emit` and records one campaign with
`ctx.campaign`. The README card says what each one harvests and why it is hard.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
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
from bench.monitor_blind204 import texts

from distillguard.sim import ipspace


def _weights(rng: np.random.Generator, k: int, conc: float = 1.0) -> np.ndarray:
    return rng.dirichlet(np.full(k, conc))


def _draw(rng: np.random.Generator, options: tuple | list, w: np.ndarray, n: int) -> list:
    idx = rng.choice(len(options), size=n, p=w)
    return [options[i] for i in idx.tolist()]


def _lang_mix(rng: np.random.Generator, langs: tuple[str, ...], main: float) -> np.ndarray:
    """Weights over `langs` with about `main` on the first one."""
    rest = rng.dirichlet(np.ones(len(langs) - 1)) * (1.0 - main)
    return np.concatenate([[main], rest])


def _f(x: float, nd: int = 3) -> float:
    return round(float(x), nd)


def sdk_or_other(rng: np.random.Generator) -> str:
    return sdk_ua(rng, float(rng.uniform(0.2, 0.7)))


# --------------------------------------------------------------------------------------------


def musher(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, right after the model release."""
    fam = "musher"
    n_keys = irange(rng, 12, 26)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    cards = [hexid(rng, "pay") for _ in range(max(2, n_keys // irange(rng, 2, 5)))]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "leaseweb"))
    hosts = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 7))
    ua = pick(rng, ("AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    langs = ("en", "zh", "ru", "es")
    lw = _lang_mix(rng, langs, float(rng.uniform(0.45, 0.75)))
    sw = _weights(rng, 5)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=[pick(rng, hosts) for _ in range(irange(rng, 1, 2))],
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(0.3, 8.0)) * HOUR
    rate = float(rng.uniform(110, 240))
    streams = worker_pool(rng, start, ctx.t1, rate, n_keys)
    # a few keys probed the pipeline on the old model before the release
    n_probe = irange(rng, 1, 3)
    for i, acct in enumerate(accts):
        ts = streams[i]
        if i < n_probe:
            a = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
            ts = np.sort(
                np.concatenate([ts, thinned(rng, a, ctx.release, irange(rng, 20, 70), constant)])
            )
        ls = _draw(rng, langs, lw, len(ts))
        ss = _draw(rng, tuple(range(5)), sw, len(ts))
        prompts = [
            texts.coerce_reasoning(rng, texts.reasoning_problem(rng, lg), st, lg)
            for lg, st in zip(ls, ss, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=1300.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n_keys,
            "orgs": len(orgs),
            "cards": len(cards),
            "provider": provider,
            "hosts": len(hosts),
            "pool_rate_per_hour": _f(rate),
            "user_agent": ua,
            "languages": dict(zip(langs, [_f(x) for x in lw], strict=True)),
            "start": _f(start, 1),
            "probe_keys": n_probe,
        },
    )


def snub_line(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / reward-model grading harvest run as nightly batch jobs from one cloud org."""
    fam = "snub_line"
    n_keys = irange(rng, 4, 9)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("gcp", "aws"))
    nat = cloud(rng, irange(rng, 2, 4), provider)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0"))
    tz = pick(rng, (8, 3, 2, -5))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=pick(rng, cards),
            ua=ua,
            ips=nat,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.0, 1.5)) * DAY
    night_start, night_len = float(rng.uniform(21.0, 24.0)), float(rng.uniform(5.0, 8.0))

    def night(ts: np.ndarray) -> np.ndarray:
        h = ((ts + tz * HOUR) % DAY) / HOUR
        return (((h - night_start) % 24.0) < night_len).astype(np.float64)

    rate = float(rng.uniform(90, 170))  # per hour while the nightly job runs
    streams = worker_pool(rng, start, ctx.t1, rate * night_len / 24.0, n_keys, curve=night)
    trickle = worker_pool(rng, start, ctx.t1, float(rng.uniform(2, 6)), n_keys, curve=workday(tz))
    sw = _weights(rng, 6)
    for i, acct in enumerate(accts):
        ts = np.sort(np.concatenate([streams[i], trickle[i]]))
        styles = _draw(rng, tuple(range(6)), sw, len(ts))
        prompts = [texts.judge_prompt(rng, ctx.chat, ctx.passages, s) for s in styles]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.1),
            comp_median=260.0,
            comp_sigma=0.6,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading",
            "keys": n_keys,
            "orgs": 1,
            "cards": len(cards),
            "provider": provider,
            "nat_ips": len(nat),
            "tz": tz,
            "night_start_local": _f(night_start, 2),
            "night_hours": _f(night_len, 2),
            "night_rate_per_hour": _f(rate),
            "user_agent": ua,
            "styles": [_f(x) for x in sw],
        },
    )


def stanchion(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Censorship-safe / policy rewrites from throwaway self-serve keys on stolen cards, rotated
    every day or two, through residential proxies and VPN exits."""
    fam = "stanchion"
    n_keys = irange(rng, 20, 40)
    region = pick(rng, ("sea", "cn", "in"))
    proxy_pool = resi(rng, irange(rng, 60, 160), region)
    vpn = rented_block(rng, pick(rng, ("m247", "leaseweb")), irange(rng, 2, 5), irange(rng, 4, 10))
    p_vpn = float(rng.uniform(0.1, 0.5))
    zh = float(rng.uniform(0.3, 0.6))
    sw = _weights(rng, 5)
    begin = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    spacing = (ctx.t1 - begin) / n_keys
    accts, lifetimes = [], []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway_key",
            campaign_id=cid,
            ua=sdk_or_other(rng),
            ips=[],
        )
        a = begin + i * spacing + float(rng.normal(0, 0.3)) * spacing
        life = float(rng.uniform(0.6, 2.0)) * DAY
        starts = thinned(rng, a, a + life, float(rng.uniform(2, 6)) * life / DAY, constant)
        ts_parts = []
        for s in starts.tolist():
            k = max(3, int(rng.poisson(float(rng.uniform(20, 55)))))
            ts_parts.append(
                s + np.cumsum(rng.lognormal(np.log(float(rng.uniform(1.5, 5.0))), 0.6, size=k))
            )
        ts = np.sort(np.concatenate(ts_parts)) if ts_parts else np.empty(0)
        ips = sticky(rng, ts, proxy_pool, float(rng.uniform(8, 30)) * MINUTE)
        use_vpn = rng.random(len(ts)) < p_vpn
        vpn_ips = picks(rng, vpn, len(ts))
        ips = [v if u else p for p, v, u in zip(ips, vpn_ips, use_vpn.tolist(), strict=True)]
        langs = ["zh" if x < zh else "en" for x in rng.random(len(ts)).tolist()]
        styles = _draw(rng, tuple(range(5)), sw, len(ts))
        prompts = [
            texts.policy_rewrite(rng, ctx.passages, s, lg)
            for s, lg in zip(styles, langs, strict=True)
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.05),
            ips=ips,
            comp_median=420.0,
            comp_sigma=0.6,
            err=0.02,
        )
        accts.append(acct)
        lifetimes.append(_f(life / DAY, 2))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy rewrites",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "stolen cards, one per key",
            "proxy_region": region,
            "proxy_pool": len(proxy_pool),
            "vpn_exits": len(vpn),
            "p_vpn": _f(p_vpn),
            "zh_share": _f(zh),
            "begin": _f(begin, 1),
            "key_lifetime_days": lifetimes,
        },
    )


def sled_bag(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcript harvest: a sandbox farm running scripted agent episodes."""
    fam = "sled_bag"
    n_orgs = irange(rng, 1, 2)
    provider = pick(rng, ("aws", "gcp", "azure"))
    uas = ("litellm/1.60.2", "langchain-openai/0.3.6", "python-httpx/0.28.1")
    org_info = [
        (
            hexid(rng, "org"),
            hexid(rng, "pay"),
            cloud(rng, irange(rng, 2, 4), provider),
            pick(rng, uas),
        )
        for _ in range(n_orgs)
    ]
    n_keys = irange(rng, 5, 11)
    sw = _weights(rng, 4, 0.8)
    start = ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY
    peak = float(rng.uniform(0, 24))
    accts = []
    for _ in range(n_keys):
        org, pay, nat, ua = org_info[int(rng.integers(n_orgs))]
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=nat,
        )
        per_day = float(rng.uniform(12, 28))
        starts = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, global_load(peak, 0.3)
        )
        ts_all, prompts, extra = [], [], []
        for s in starts.tolist():
            style = int(rng.choice(4, p=sw))
            ps, ex = texts.agent_episode(rng, style)
            gaps = rng.lognormal(np.log(float(rng.uniform(3, 9))), 0.7, size=len(ps) - 1)
            ts_all.append(s + np.concatenate([[0.0], np.cumsum(gaps)]))
            prompts.extend(ps)
            extra.extend(ex)
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.05),
            comp_median=220.0,
            comp_sigma=0.7,
            err=0.01,
            extra=extra,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_orgs,
            "provider": provider,
            "start": _f(start, 1),
            "styles": [_f(x) for x in sw],
            "user_agents": sorted({o[3] for o in org_info}),
        },
    )


def wheel_dog(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: a few high-volume keys sweeping a topic taxonomy."""
    fam = "wheel_dog"
    n_keys = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "oracle", "alibaba"))
    ips = cloud(rng, irange(rng, 2, 3), provider)
    ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1"))
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
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY
    rate = float(rng.uniform(70, 140))
    outages = [
        (float(x), float(x) + float(rng.uniform(1, 5)) * HOUR)
        for x in rng.uniform(start, ctx.t1, size=irange(rng, 2, 4)).tolist()
    ]

    def up(ts: np.ndarray) -> np.ndarray:
        ok = np.ones(len(ts))
        for a, b in outages:
            ok[(ts >= a) & (ts < b)] = 0.0
        return ok

    streams = worker_pool(rng, start, ctx.t1, rate, n_keys, curve=up)
    langs = ("en", "es", "de", "fr", "ja", "pt")
    lw = _lang_mix(rng, langs, float(rng.uniform(0.5, 0.75)))
    sw = _weights(rng, 4)
    idx = 0
    for i, acct in enumerate(accts):
        ts = streams[i]
        ls = _draw(rng, langs, lw, len(ts))
        ss = _draw(rng, tuple(range(4)), sw, len(ts))
        prompts = []
        for lg, st in zip(ls, ss, strict=True):
            prompts.append(texts.synth_request(rng, idx, st, lg, ctx.chat))
            idx += 1
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=1900.0,
            comp_sigma=0.4,
            err=0.04,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic-dataset generation",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "provider": provider,
            "ips": len(ips),
            "rate_per_hour": _f(rate),
            "outages": len(outages),
            "languages": dict(zip(langs, [_f(x) for x in lw], strict=True)),
            "user_agent": ua,
        },
    )


def mandatory_rest(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n sampling (the same prompt n times in a row) and soft-label harvesting."""
    fam = "mandatory_rest"
    n_orgs = irange(rng, 2, 3)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    hosts = cloud(rng, irange(rng, 4, 10), provider) + rented_block(
        rng, "m247", 1, irange(rng, 2, 5)
    )
    ua = pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
    n_keys = irange(rng, 8, 16)
    p_soft = float(rng.uniform(0.25, 0.5))
    bw = _weights(rng, 3)
    start = ctx.release - float(rng.uniform(0, 12)) * HOUR
    accts = []
    for _ in range(n_keys):
        org, pay = orgs[int(rng.integers(n_orgs))]
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=[pick(rng, hosts) for _ in range(irange(rng, 1, 2))],
        )
        starts = thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 8)) * (ctx.t1 - start) / DAY, constant
        )
        ts_l, prompts, comp = [], [], []
        for s in starts.tolist():
            t = s
            for _ in range(irange(rng, 2, 6)):
                if chance(rng, p_soft):
                    p = texts.soft_label_prompt(rng, pick(rng, ("en", "en", "zh", "fr")))
                    n, c = irange(rng, 1, 3), 60.0
                else:
                    p = texts.bon_prompt(rng, ctx.chat, int(rng.choice(3, p=bw)))
                    n, c = pick(rng, (4, 5, 8, 10)), 420.0
                reps = t + np.cumsum(rng.exponential(0.4, size=n))
                ts_l.append(reps)
                prompts.extend([p] * n)
                comp.extend([c] * n)
                t = float(reps[-1]) + float(rng.lognormal(np.log(8.0), 0.6))
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.03,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n and soft-label sampling",
            "keys": n_keys,
            "orgs": n_orgs,
            "cards": n_orgs,
            "provider": provider,
            "hosts": len(hosts),
            "p_soft_label": _f(p_soft),
            "user_agent": ua,
            "start": _f(start, 1),
        },
    )


def brake_bar(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep: subject x skill x level x difficulty, enumerated at a slow steady rate."""
    fam = "brake_bar"
    n_keys = irange(rng, 6, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 3), "gcp")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "axios/1.7.9"))
    langs = ("en", "es", "ko", "ja")
    lw = _lang_mix(rng, langs, float(rng.uniform(0.55, 0.8)))
    sw = _weights(rng, 3)
    start = ctx.t0 + float(rng.uniform(0.0, 2.0)) * DAY
    accts = []
    rates = []
    for k in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        rate = float(rng.uniform(4, 9))
        ts = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
        ls = _draw(rng, langs, lw, len(ts))
        ss = _draw(rng, tuple(range(3)), sw, len(ts))
        prompts = [
            texts.curriculum_item(rng, k * 5000 + j, st, lg)
            for j, (lg, st) in enumerate(zip(ls, ss, strict=True))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.01,
        )
        accts.append(acct)
        rates.append(_f(rate, 2))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "curriculum sweep",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "provider": "gcp",
            "rates_per_hour": rates,
            "user_agent": ua,
            "languages": dict(zip(langs, [_f(x) for x in lw], strict=True)),
            "start": _f(start, 1),
        },
    )


def x_back(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Code harvest dressed as individual developers: separate accounts and cards, residential
    proxies in the developer's region, office-hours sessions with agent-like request trains."""
    fam = "x_back"
    n_keys = irange(rng, 10, 18)
    sw = _weights(rng, 5)
    accts = []
    for _ in range(n_keys):
        tz = pick(rng, (-8, -5, 1, 2))
        region = pick(rng, ipspace.REGION_OF_TZ[tz])
        pool = resi(rng, irange(rng, 3, 6), region)
        ua = pick(rng, ("litellm/1.60.2", "OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.85.1"))
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dev_persona",
            campaign_id=cid,
            ua=ua,
            ips=pool,
            tz=tz,
        )
        start = ctx.t0 + float(rng.uniform(0.5, 3.8)) * DAY
        sess = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 7)),
            workday(tz),
            float(rng.uniform(5, 9)),
            float(rng.uniform(20, 60)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        pe = [texts.code_task(rng, int(rng.choice(5, p=sw))) for _ in range(len(ts))]
        ips = sticky(rng, ts, pool, float(rng.uniform(1, 3)) * HOUR)
        ctx.emit(
            rng,
            acct,
            ts,
            [p for p, _ in pe],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=ips,
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.01,
            extra=[e for _, e in pe],
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": n_keys,
            "payment": "virtual cards, one per key",
            "addresses": "residential proxies in each persona's region",
            "styles": [_f(x) for x in sw],
        },
    )


def trail_breaker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Harvest hidden in a real product's traffic: a writing-assistant startup's production keys
    carry its users' requests and, interleaved on the same load curve, its own harvest queries."""
    fam = "trail_breaker"
    n_keys = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.67.1"
    peak = float(rng.uniform(13, 20))
    depth = float(rng.uniform(0.5, 0.75))
    p_pre, p_post = float(rng.uniform(0.0, 0.06)), float(rng.uniform(0.2, 0.38))
    langs = ("en", "es", "pt", "de")
    lw = _lang_mix(rng, langs, float(rng.uniform(0.6, 0.85)))
    sw = _weights(rng, 5)
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 3), "aws"),
        )
        rate = float(rng.uniform(8, 18))
        ts = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth))
        p_h = np.where(ts >= ctx.release, p_post, p_pre)
        harvest = rng.random(len(ts)) < p_h
        prompts, models, comp = [], [], []
        prod_models = ctx.models(rng, ts, p_new=0.3, p_mini=0.25)
        harv_models = ctx.models(rng, ts, p_new=0.97, p_mini=0.0)
        for j, h in enumerate(harvest.tolist()):
            if h:
                lg = str(rng.choice(langs, p=lw))
                prompts.append(texts.expert_question(rng, int(rng.choice(5, p=sw)), lg))
                models.append(harv_models[j])
                comp.append(750.0)
            else:
                prompts.append(texts.clip(pick(rng, ctx.chat), 10, 1500, rng))
                models.append(prod_models[j])
                comp.append(330.0)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.6,
            err=0.01,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a real product's traffic",
            "keys": n_keys,
            "orgs": 1,
            "cards": 1,
            "provider": "aws",
            "user_agent": ua,
            "load_peak_utc": _f(peak, 2),
            "load_depth": _f(depth),
            "harvest_share_before_release": _f(p_pre),
            "harvest_share_after_release": _f(p_post),
        },
    )


def basket_sled(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Bought / compromised aged accounts: each has its owner's ordinary history; after the
    takeover the key is driven from residential proxies in the owner's region."""
    fam = "basket_sled"
    n = irange(rng, 24, 42)
    lang_of_region = {
        "us": "en",
        "ca": "en",
        "latam": "es",
        "eu": "de",
        "ru": "en",
        "in": "en",
        "cn": "zh",
        "sea": "vi",
        "jp_kr": "ja",
    }
    p_keep_ua = float(rng.uniform(0.25, 0.5))
    p_translate = float(rng.uniform(0.2, 0.45))
    takeover_a = ctx.t0 + float(rng.uniform(2.3, 3.2)) * DAY
    accts, takeovers = [], []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8, 9))
        region = pick(rng, ipspace.REGION_OF_TZ[tz])
        owner_ua = pick(rng, BROWSERS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        take = takeover_a + float(rng.uniform(0.0, 2.0)) * DAY
        # the owner's own history
        sess = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.6, 2.0)), evening_person(tz), 3.0, 70.0
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.clip(pick(rng, ctx.chat), 10, 1200, rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.5, p_mini=0.2),
            comp_median=340.0,
        )
        # the operator's use of the key
        pool = resi(rng, irange(rng, 15, 40), region)
        ua = (
            owner_ua
            if chance(rng, p_keep_ua)
            else pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1"))
        )
        sess = session_times(
            rng,
            take,
            ctx.t1,
            float(rng.uniform(2, 5)),
            workday(tz, 7.0, 23.0, 0.6, 0.1),
            float(rng.uniform(8, 18)),
            float(rng.uniform(8, 25)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        lg = lang_of_region[region]
        prompts = []
        for _ in range(len(ts)):
            if chance(rng, p_translate):
                tgt = pick(
                    rng, ("de", "fr", "es", "ja", "ko", "zh", "ar", "hi", "tr", "it", "pl", "vi")
                )
                prompts.append(
                    texts.translation_request(
                        rng, pick(rng, ctx.passages), tgt, int(rng.integers(3))
                    )
                )
            else:
                prompts.append(
                    texts.expert_question(
                        rng, int(rng.integers(5)), lg if chance(rng, 0.5) else "en"
                    )
                )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            ips=sticky(rng, ts, pool, float(rng.uniform(15, 60)) * MINUTE),
            ua=ua,
            comp_median=650.0,
        )
        accts.append(acct)
        takeovers.append(_f(take, 1))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought / compromised aged accounts",
            "accounts": n,
            "orgs": n,
            "cards": n,
            "p_keep_owner_ua": _f(p_keep_ua),
            "p_translation": _f(p_translate),
            "takeover_ts": takeovers,
        },
    )


def point_dog(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """A low-and-slow crowd: paid askers on their own new accounts, phones and home lines, each
    sending a few sessions of pasted-and-edited harvest tasks."""
    fam = "point_dog"
    n = irange(rng, 60, 105)
    groups = {5: ("hi", "en"), 8: ("id", "vi", "en"), -3: ("pt", "es"), 1: ("en", "es")}
    tzs = [int(x) for x in rng.choice(list(groups), size=irange(rng, 3, 4), replace=False)]
    farm_cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 6))]
    p_farm_card = float(rng.uniform(0.08, 0.2))
    begin = ctx.release - float(rng.uniform(0.2, 0.8)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, tzs)
        mobile = chance(rng, 0.45)
        if mobile:
            kind = {5: "in_mobile", -3: "br_mobile", 1: "eu_mobile"}.get(tz, "in_mobile")
            ips = (
                mobile_v6(rng, irange(rng, 1, 4), kind)
                if tz != 8
                else home(rng, irange(rng, 1, 3), tz)
            )
            ua = pick(rng, MOBILE[:3])
        else:
            ips, ua = home(rng, irange(rng, 1, 2), tz), pick(rng, BROWSERS)
        pay = pick(rng, farm_cards) if chance(rng, p_farm_card) else None
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        a = begin + float(rng.uniform(0, 1.2)) * DAY
        n_sess = irange(rng, 1, 4)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            n_sess / max((ctx.t1 - a) / DAY, 0.5),
            curve,
            float(rng.uniform(3, 10)),
            float(rng.uniform(60, 160)),
        )
        ts = np.concatenate(sess) if sess else np.empty(0)
        ts = ts[: irange(rng, 6, 40)]
        prompts = [texts.crowd_task(rng, pick(rng, groups[tz])) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.0),
            comp_median=700.0,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow crowd harvest",
            "accounts": n,
            "tzs": tzs,
            "farm_cards": len(farm_cards),
            "p_farm_card": _f(p_farm_card),
            "begin": _f(begin, 1),
        },
    )


def glare_ice(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Public prompt replay: public chat prompts (each sent once) with a few follow-ups, through
    a rotating residential proxy network, with the most common SDK."""
    fam = "glare_ice"
    n_keys = irange(rng, 10, 20)
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 5))]
    pool = resi(rng, irange(rng, 200, 400), "*")
    ua = "OpenAI/Python 1.54.0"
    order = rng.permutation(len(ctx.chat)).tolist()
    ptr = 0
    p_follow = float(rng.uniform(0.15, 0.35))
    peak = float(rng.uniform(0, 24))
    start = ctx.release - float(rng.uniform(0, 6)) * HOUR
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replayer",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=ua,
            ips=pool,
        )
        rate = float(rng.uniform(5, 12))
        base = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, global_load(peak, 0.3))
        ts_l, prompts = [], []
        for t in base.tolist():
            ts_l.append(t)
            prompts.append(ctx.chat[order[ptr % len(order)]])
            ptr += 1
            if chance(rng, p_follow):
                for _ in range(irange(rng, 1, 2)):
                    t += float(rng.uniform(20, 90))
                    ts_l.append(t)
                    prompts.append(pick(rng, texts.FOLLOWUPS))
        ts = np.asarray(ts_l)
        ips = sticky(rng, ts, pool, float(rng.uniform(3, 10)) * MINUTE)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.0),
            ips=ips,
            comp_median=380.0,
        )
        accts.append(acct)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay",
            "keys": n_keys,
            "orgs": n_keys,
            "cards": len(cards),
            "proxy_pool": len(pool),
            "user_agent": ua,
            "p_followup": _f(p_follow),
            "start": _f(start, 1),
            "prompts_replayed": ptr,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "musher": musher,
    "snub_line": snub_line,
    "stanchion": stanchion,
    "sled_bag": sled_bag,
    "wheel_dog": wheel_dog,
    "mandatory_rest": mandatory_rest,
    "brake_bar": brake_bar,
    "x_back": x_back,
    "trail_breaker": trail_breaker,
    "basket_sled": basket_sled,
    "point_dog": point_dog,
    "glare_ice": glare_ice,
}

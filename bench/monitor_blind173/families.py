"""Campaign families of blind batch 173 (code names from wheelwrighting).

Each family is `fn(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, records the
campaign with `ctx.campaign`, and writes events with `ctx.emit`. Every choice (key counts, orgs,
cards, pacing, addresses, user agents, languages, template styles, models) is drawn from the
family's own generator, so seeds differ in more than timing. Four or more families are built to look
like legitimate use: see the batch's README (to be read only after the monitor's single run).
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
from bench.monitor_blind173 import texts as tx

#: where a residential exit of each consumer region sits in local time
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
TZ_REGION = {
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


def _mix(
    rng: np.random.Generator, options: tuple, alpha: float = 1.0, k: int | None = None
) -> tuple[list, np.ndarray]:
    """A family's own share of each option (a random subset of k options, Dirichlet weights)."""
    k = len(options) if k is None else k
    idx = sorted(rng.choice(len(options), size=k, replace=False).tolist())
    return [options[i] for i in idx], rng.dirichlet(np.full(k, alpha))


def _draw(rng: np.random.Generator, opts: list, w: np.ndarray):
    return opts[int(rng.choice(len(opts), p=w))]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _keys(
    ctx: Ctx,
    rng: np.random.Generator,
    name: str,
    cid: str,
    n: int,
    *,
    role: str = "worker",
    orgs: list[str] | None = None,
    pays: list[str] | None = None,
    uas: list[str] | None = None,
    ips: Callable[[int], list[str]] | None = None,
    tzs: list[int] | None = None,
) -> list[Acct]:
    out = []
    for k in range(n):
        out.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role=role,
                campaign_id=cid,
                org=orgs[k % len(orgs)] if orgs else None,
                pay=pays[k % len(pays)] if pays else None,
                ua=uas[k % len(uas)] if uas else "",
                ips=ips(k) if ips else None,
                tz=tzs[k] if tzs else 0,
            )
        )
    return out


def _f(x) -> float:
    return round(float(x), 3)


# --------------------------------------------------------------------------------------------
# 1. reasoning traces from a rented block


def tyre_traveller(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tyre_traveller"
    n_keys, n_orgs = irange(rng, 8, 16), irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    uas = [sdk_ua(rng, 0.3) for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    accts = _keys(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        orgs=orgs,
        pays=pays,
        uas=uas,
        ips=lambda k: picks(rng, block, irange(rng, 1, 3)),
    )
    langs, lw = _mix(rng, ("en", "zh", "ru", "es"), 0.8)
    lw = (
        0.5 * lw + 0.5 * np.array([1.0 if x == "en" else 0.0 for x in langs])
        if "en" in langs
        else lw
    )
    styles, sw = _mix(rng, (0, 1, 2, 3), 1.0, irange(rng, 2, 4))
    probe0 = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    main0 = ctx.release + float(rng.uniform(0.3, 5.0)) * HOUR
    per_probe, per_main = float(rng.uniform(2, 7)), float(rng.uniform(50, 120))
    # the operator restarts the job now and then: a few dead hours a day
    outages = rng.uniform(main0, ctx.t1, size=irange(rng, 1, 5))
    down = float(rng.uniform(1, 5)) * HOUR

    def up(ts: np.ndarray) -> np.ndarray:
        w = np.ones(len(ts))
        for o in outages.tolist():
            w[(ts >= o) & (ts < o + down)] = 0.0
        return w

    probe = worker_pool(rng, probe0, ctx.release, per_probe, n_keys)
    main = worker_pool(rng, main0, ctx.t1, per_main, n_keys, up)
    comp = float(rng.uniform(900, 1500))
    for k, a in enumerate(accts):
        ts = _concat([probe[k], main[k]])
        prompts = [
            tx.reasoning_prompt(rng, _draw(rng, langs, lw), _draw(rng, styles, sw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.02),
            comp_median=comp,
            comp_sigma=0.45,
            err=0.04,
            extra=irange(rng, 0, 40),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "worker pool, probe before release, outages",
            "ip_source": f"rented /24s at {provider}",
            "payment": f"{n_orgs} prepaid card(s), one per org",
            "user_agent": uas,
            "languages": langs,
            "styles": [int(s) for s in styles],
            "keys": n_keys,
            "per_hour_main": _f(per_main),
            "per_hour_probe": _f(per_probe),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward grading in scripted bursts


def hub_boring(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "hub_boring"
    n_keys = irange(rng, 5, 9)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    ua = pick(
        rng,
        (
            "dspy/2.6.3 litellm/1.60.2",
            "litellm/1.60.2",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.58.1",
        ),
    )
    provider = pick(rng, ("gcp", "aws", "azure"))
    nat = cloud(rng, n_keys, provider)
    accts = _keys(
        ctx, rng, name, cid, n_keys, orgs=orgs, pays=pays, uas=[ua], ips=lambda k: [nat[k]]
    )
    styles, sw = _mix(rng, (0, 1, 2, 3), 0.7, irange(rng, 2, 4))
    start = ctx.t0 + float(rng.uniform(0.3, 1.8)) * DAY
    per_day, size, gap = (
        float(rng.uniform(3, 7)),
        float(rng.uniform(15, 45)),
        float(rng.uniform(1.2, 3.5)),
    )
    for a in accts:
        starts = thinned(rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY, constant)
        ts = _concat(bursts(rng, starts, size, gap, 0.6, ctx.t1))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, _draw(rng, styles, sw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            comp_median=240,
            comp_sigma=0.5,
            err=0.02,
            extra=irange(rng, 120, 380),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge/rubric/reward grading",
            "pacing": "scripted bursts",
            "ip_source": f"one {provider} NAT per key",
            "payment": "two cards over two orgs",
            "user_agent": ua,
            "styles": [int(s) for s in styles],
            "keys": n_keys,
            "bursts_per_day": _f(per_day),
            "burst_size": _f(size),
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant rewrites and refusals through a VPN, keys burned one after another


def mortise_gauge(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "mortise_gauge"
    n_keys = irange(rng, 14, 26)
    provs = picks(rng, ("m247", "leaseweb", "vultr", "ovh", "digitalocean"), 2)
    exits = [ip for p in provs for ip in cloud(rng, irange(rng, 8, 16), p)]
    ua_pool = (
        "python-requests/2.32.3",
        "python-httpx/0.28.1",
        "aiohttp/3.11.11",
        "OpenAI/Python 1.54.0",
    )
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=name,
            role="burner",
            campaign_id=cid,
            ua=pick(rng, ua_pool),
            ips=exits,
        )
        for _ in range(n_keys)
    ]
    langs, lw = _mix(rng, ("en", "es", "fr", "ru"), 1.0, irange(rng, 2, 4))
    styles, sw = _mix(rng, (0, 1, 2, 3), 1.0)
    births = np.sort(rng.uniform(ctx.t0, ctx.t1 - 0.3 * DAY, size=n_keys))
    lives = rng.lognormal(np.log(1.2 * DAY), 0.5, size=n_keys)
    per_hour, hold = float(rng.uniform(6, 14)), float(rng.uniform(15, 45)) * MINUTE
    for a, b, life in zip(accts, births.tolist(), lives.tolist(), strict=True):
        ts = thinned(rng, b, min(ctx.t1, b + life), per_hour * life / HOUR, constant)
        prompts = [
            tx.policy_prompt(rng, _draw(rng, langs, lw), _draw(rng, styles, sw), ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.05),
            ips=sticky(rng, ts, exits, hold),
            comp_median=420,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-safe rewrites / refusals",
            "pacing": "Poisson per key over a short key life",
            "ip_source": f"shared VPN exits at {provs}",
            "payment": "one stolen card per key",
            "languages": langs,
            "styles": [int(s) for s in styles],
            "keys": n_keys,
            "per_hour": _f(per_hour),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent trajectories through a residential proxy, one sticky exit per episode


def tenon_saw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tenon_saw"
    n_keys = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    region = pick(rng, ("us", "us", "eu", "ca"))
    pool = resi(rng, irange(rng, 60, 160), region)
    ua = pick(
        rng,
        ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "langchain-openai/0.3.6", "OpenAI/NodeJS 4.67.1"),
    )
    accts = _keys(ctx, rng, name, cid, n_keys, orgs=[org], pays=[pay], uas=[ua], ips=lambda k: pool)
    styles, sw = _mix(rng, (0, 1, 2), 1.0, irange(rng, 1, 3))
    start = ctx.release - float(rng.uniform(0.3, 1.5)) * DAY
    per_hour = float(rng.uniform(7, 15))
    starts = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for k, a in enumerate(accts):
        ts_all, prompts, extra, comp, ips = [], [], [], [], []
        for s in starts[k].tolist():
            style = _draw(rng, styles, sw)
            steps = 2 + int(rng.poisson(5))
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(6.0), 0.5, size=steps - 1))]
            )
            first, tools = tx.agent_first(rng, style)
            base = irange(rng, 250, 700)
            ip = pick(rng, pool)
            for i, ti in enumerate(t.tolist()):
                ts_all.append(ti)
                prompts.append(first if i == 0 else tx.agent_step(rng, style, tools))
                extra.append(base + i * irange(rng, 150, 320))
                comp.append(420.0 if i == steps - 1 else 140.0)
                ips.append(ip)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92, p_mini=0.04),
            ips=ips,
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent/tool-use trajectories",
            "pacing": "episodes from a worker pool, seconds between steps",
            "ip_source": f"residential proxy ({region}), sticky per episode",
            "payment": "one card",
            "user_agent": ua,
            "styles": [int(s) for s in styles],
            "keys": n_keys,
            "episodes_per_hour": _f(per_hour),
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic instruction data from a few heavy keys in an Asian cloud


def tyring_platform(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tyring_platform"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("alibaba", "tencent", "huawei", "ucloud"))
    uas = [
        pick(rng, ("OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0", "python-httpx/0.28.1"))
        for _ in range(n_keys)
    ]
    accts = _keys(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        orgs=[org],
        pays=[pay],
        uas=uas,
        ips=lambda k: cloud(rng, 2, provider),
    )
    langs, lw = _mix(rng, ("zh", "en", "ja", "de"), 1.0, irange(rng, 2, 4))
    styles, sw = _mix(rng, (0, 1, 2, 3), 1.0, irange(rng, 2, 4))
    start = ctx.t0 + float(rng.uniform(0.2, 1.5)) * DAY
    for a in accts:
        per_hour = float(rng.uniform(12, 30))
        ts = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        prompts = [
            tx.synth_prompt(
                rng, _draw(rng, langs, lw), _draw(rng, styles, sw), ctx.chat, ctx.passages
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.1),
            comp_median=1500,
            comp_sigma=0.4,
            err=0.05,
            extra=irange(rng, 20, 80),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction data",
            "pacing": "steady async workers around the clock",
            "ip_source": f"{provider} cloud",
            "payment": "one prepaid card",
            "user_agent": uas,
            "languages": langs,
            "styles": [int(s) for s in styles],
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogues from a user simulator behind residential proxies


def wheel_pit(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "wheel_pit"
    n_keys, n_orgs = irange(rng, 10, 14), irange(rng, 3, 4)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    pool = resi(rng, irange(rng, 40, 100), "eu") + resi(rng, irange(rng, 40, 100), "us")
    uas = [pick(rng, BROWSERS) for _ in range(n_keys)]
    accts = _keys(ctx, rng, name, cid, n_keys, orgs=orgs, pays=pays, uas=uas, ips=lambda k: pool)
    langs, lw = _mix(rng, ("en", "de", "fr", "pt"), 1.0, irange(rng, 2, 4))
    start = ctx.t0 + float(rng.uniform(1.5, 3.2)) * DAY
    for a in accts:
        per_hour = float(rng.uniform(0.5, 1.3))
        convs = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, constant)
        ts_all, prompts, extra, ips = [], [], [], []
        for s in convs.tolist():
            lang = _draw(rng, langs, lw)
            turns = irange(rng, 4, 11)
            t = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(22.0), 0.5, size=turns - 1))]
            )
            ip, hist = pick(rng, pool), 0
            for i, ti in enumerate(t.tolist()):
                if i == 0:
                    p, key = tx.dialogue_opener(rng, lang, ctx.chat)
                else:
                    p = tx.dialogue_followup(rng, lang, key)
                ts_all.append(ti)
                prompts.append(p)
                extra.append(hist)
                ips.append(ip)
                hist += len(p) // 4 + int(rng.lognormal(np.log(380), 0.4))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=ips,
            comp_median=380,
            comp_sigma=0.45,
            extra=np.asarray(extra, dtype=np.int64),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "conversations around the clock, ~20 s per turn",
            "ip_source": "residential proxies eu+us, one exit per conversation",
            "payment": f"{n_orgs} cards, one per org",
            "user_agent": "browser strings",
            "languages": langs,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling: the same prompt fired n times at once


def shrink_hoop(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "shrink_hoop"
    n_keys = irange(rng, 6, 10)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pay = hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws") + cloud(rng, irange(rng, 1, 3), "azure")
    ua = pick(rng, SDK_OTHER[:4])
    accts = _keys(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        orgs=orgs,
        pays=[pay],
        uas=[ua],
        ips=lambda k: picks(rng, ips, 2),
    )
    ns, nw = [4, 8, 16], rng.dirichlet([1.0, 1.0, 1.0])
    p_soft = float(rng.uniform(0.15, 0.45))
    start = ctx.release - float(rng.uniform(0.0, 0.6)) * DAY
    per_hour = float(rng.uniform(5, 12))
    jobs = worker_pool(rng, start, ctx.t1, per_hour, n_keys)
    for k, a in enumerate(accts):
        ts_all, prompts = [], []
        for s in jobs[k].tolist():
            n = _draw(rng, ns, nw)
            p = (
                tx.softlabel_prompt(rng, ctx.passages)
                if chance(rng, p_soft)
                else tx.clip_text(rng, pick(rng, ctx.chat), 10, 2000)
            )
            ts_all.extend((s + np.sort(rng.uniform(0, 2.0, size=n))).tolist())
            prompts.extend([p] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=360,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "n parallel copies of each prompt",
            "ip_source": "aws + azure",
            "payment": "one card, two orgs",
            "user_agent": ua,
            "keys": n_keys,
            "p_softlabel": _f(p_soft),
            "jobs_per_hour": _f(per_hour),
        },
    )


# --------------------------------------------------------------------------------------------
# 8. a curriculum sweep from an office, during working hours


def elm_nave(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "elm_nave"
    n_keys = irange(rng, 2, 3)
    tz = pick(rng, (8, 3, 2, 5, 9))
    office = home(rng, irange(rng, 1, 2), tz)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "OpenAI/Python 1.54.0"))
    accts = _keys(
        ctx,
        rng,
        name,
        cid,
        n_keys,
        orgs=[org],
        pays=[pay],
        uas=[ua],
        ips=lambda k: office,
        tzs=[tz] * n_keys,
    )
    tracks, tw = _mix(
        rng, ("python", "sql", "rust", "algorithms", "translate_code"), 1.0, irange(rng, 3, 5)
    )
    with_id = chance(rng, 0.5)
    start = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    curve = workday(
        tz,
        start=float(rng.uniform(8, 10)),
        end=float(rng.uniform(18, 21)),
        weekend=0.25,
        night=0.05,
    )
    serial = 0
    for a in accts:
        ts = thinned(rng, start, ctx.t1, float(rng.uniform(700, 1400)), curve)
        level = np.clip(
            1 + np.floor(10 * (ts - start) / (ctx.t1 - start)) + rng.integers(-1, 2, size=len(ts)),
            1,
            10,
        )
        prompts = []
        for lv in level.astype(int).tolist():
            serial += 1
            prompts.append(tx.curriculum_prompt(rng, _draw(rng, tracks, tw), lv, with_id, serial))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=650,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep (code, code translation)",
            "pacing": "office hours, rising difficulty",
            "ip_source": f"office broadband (tz {tz})",
            "payment": "one company card",
            "user_agent": ua,
            "tracks": tracks,
            "ids_in_prompt": with_id,
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) harvest hidden in a real language-learning app's traffic


def oak_spoke(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "oak_spoke"
    app = pick(rng, ("Lingora", "Parlando", "WordNest", "Fluenty", "Habla+"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 3, 5), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = _keys(
        ctx,
        rng,
        name,
        cid,
        2,
        role="product_backend",
        orgs=[org],
        pays=[pay],
        uas=[ua],
        ips=lambda k: backend,
    )
    load = global_load(float(rng.uniform(17, 21)), float(rng.uniform(0.55, 0.8)))
    n_real = float(rng.uniform(3500, 6000))
    share = float(rng.uniform(0.15, 0.3))
    h0 = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    split = float(rng.uniform(0.6, 0.8))
    for k, a in enumerate(accts):
        frac = split if k == 0 else 1 - split
        real = thinned(rng, ctx.t0, ctx.t1, n_real * frac, load)
        harv = thinned(
            rng, h0, ctx.t1, n_real * frac * share * (ctx.t1 - h0) / (ctx.t1 - ctx.t0), constant
        )
        p_real = [tx.app_user_prompt(rng, app, ctx.chat) for _ in range(len(real))]
        p_harv = [tx.app_harvest_prompt(rng, app, ctx.passages) for _ in range(len(harv))]
        ctx.emit(
            rng,
            a,
            real,
            p_real,
            models=ctx.models(rng, real, p_new=0.3, p_mini=0.35),
            comp_median=170,
            extra=irange(rng, 180, 260),
        )
        ctx.emit(
            rng,
            a,
            harv,
            p_harv,
            models=ctx.models(rng, harv, p_new=0.8, p_mini=0.0),
            comp_median=520,
            extra=irange(rng, 180, 260),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "translation/explanation harvest hidden in a real app's traffic",
            "app": app,
            "pacing": "app's diurnal load plus a flat hidden stream",
            "ip_source": "app backend in cloud",
            "payment": "the app's business card",
            "user_agent": ua,
            "hidden_share": _f(share),
            "keys": 2,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) bought aged personal accounts, taken over around the release


def felloe_saw(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "felloe_saw"
    n = irange(rng, 12, 20)
    accts, params = [], {"keys": n, "kept_ua": 0}
    p_keep = float(rng.uniform(0.4, 0.8))
    for _ in range(n):
        tz = pick(rng, TZS)
        ua = pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, SDK_COMMON)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        take = ctx.release + float(rng.uniform(-0.5, 0.9)) * DAY
        owner = session_times(
            rng, ctx.t0, take, float(rng.uniform(0.4, 1.4)), evening_person(tz), 3.0, 90.0
        )
        ts_o = _concat(owner)
        ctx.emit(
            rng,
            a,
            ts_o,
            [tx.clip_text(rng, pick(rng, ctx.chat), 5, 1500) for _ in range(len(ts_o))],
            models=ctx.models(rng, ts_o, p_new=0.3),
        )
        exits = resi(rng, irange(rng, 15, 40), TZ_REGION[tz])
        sess = session_times(
            rng, take, ctx.t1, float(rng.uniform(4, 9)), evening_person(tz, 4.0), 7.0, 45.0, 0.6
        )
        ts_h = _concat(sess)
        keep = chance(rng, p_keep)
        params["kept_ua"] += int(keep)
        prompts = [
            tx.casual_harvest(rng)
            if chance(rng, 0.9)
            else tx.clip_text(rng, pick(rng, ctx.chat), 5, 800)
            for _ in range(len(ts_h))
        ]
        ctx.emit(
            rng,
            a,
            ts_h,
            prompts,
            models=ctx.models(rng, ts_h, p_new=0.9),
            ips=sticky(rng, ts_h, exits, float(rng.uniform(2, 5)) * HOUR),
            ua=ua if keep else pick(rng, SDK_COMMON),
            comp_median=600,
        )
    params.update(
        {
            "operation": "reasoning + code explanations via bought aged accounts",
            "pacing": "owner's sessions, then person-like sessions after takeover",
            "ip_source": "home ISP, then residential proxy in the same region",
            "payment": "each account's own card (bought with the account)",
        }
    )
    ctx.campaign(cid, name, accts, params)


# --------------------------------------------------------------------------------------------
# 11. (hard) a low-and-slow crowd of person-like accounts over a professional syllabus


_CROWD_LANG = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("es", "en"),
    2: ("en",),
    3: ("en",),
    5: ("en",),
    8: ("id", "en"),
    9: ("en",),
}


def bruzz(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "bruzz"
    n = irange(rng, 35, 55)
    tzs, tw = _mix(rng, tuple(TZS), 0.7, irange(rng, 3, 6))
    domains, dw = _mix(rng, ("cond", "law", "fin"), 1.0, irange(rng, 1, 3))
    accts = []
    first = ctx.release - float(rng.uniform(1.0, 2.5)) * DAY
    for _ in range(n):
        tz = _draw(rng, tzs, tw)
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else pick(rng, MOBILE[:3])
        exits = resi(rng, irange(rng, 8, 25), TZ_REGION[tz])
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=exits,
            tz=tz,
        )
        accts.append(a)
        b = first + float(rng.uniform(0, 1.8)) * DAY
        ts = _concat(
            session_times(
                rng, b, ctx.t1, float(rng.uniform(1.0, 2.4)), evening_person(tz), 4.0, 70.0, 0.9
            )
        )
        lang = pick(rng, _CROWD_LANG[tz])
        prompts = [
            tx.syllabus_question(rng, lang, _draw(rng, domains, dw))
            if chance(rng, 0.88)
            else tx.clip_text(rng, pick(rng, ctx.chat), 5, 600)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8),
            ips=sticky(rng, ts, exits, 3 * HOUR),
            comp_median=520,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "professional-syllabus Q&A by a person-like crowd",
            "pacing": "evening sessions per persona",
            "ip_source": "residential proxy in each persona's region, sticky 3 h",
            "payment": "one virtual card per account",
            "tz": [int(t) for t in tzs],
            "domains": domains,
            "keys": n,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) replay of a public prompt set on the new model


def jarvis_shave(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "jarvis_shave"
    n = irange(rng, 8, 12)
    offset = int(rng.integers(len(ctx.chat)))
    accts = []
    for k in range(n):
        region = pick(rng, ("us", "eu", "eu", "ca", "latam", "in"))
        tz = REGION_TZ[region]
        ua = pick(rng, SDK_COMMON[:2]) if chance(rng, 0.8) else pick(rng, SDK_OTHER)
        exits = resi(rng, irange(rng, 10, 30), region)
        a = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=cid,
            ua=ua,
            ips=exits,
            tz=tz,
        )
        accts.append(a)
        b = ctx.release + float(rng.uniform(0.05, 0.6)) * DAY
        ts = thinned(rng, b, ctx.t1, float(rng.uniform(120, 260)), evening_person(tz, 3.5))
        prompts = [ctx.chat[(offset + k * 600 + i) % len(ctx.chat)] for i in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95),
            ips=sticky(rng, ts, exits, float(rng.uniform(4, 8)) * HOUR),
            comp_median=450,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt-set replay on the new model",
            "pacing": "Poisson per key, person-like day",
            "ip_source": "residential proxy per key region, sticky hours",
            "payment": "one card per key",
            "keys": n,
            "dataset_offset": offset,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "tyre_traveller": tyre_traveller,
    "hub_boring": hub_boring,
    "mortise_gauge": mortise_gauge,
    "tenon_saw": tenon_saw,
    "tyring_platform": tyring_platform,
    "wheel_pit": wheel_pit,
    "shrink_hoop": shrink_hoop,
    "elm_nave": elm_nave,
    "oak_spoke": oak_spoke,
    "felloe_saw": felloe_saw,
    "bruzz": bruzz,
    "jarvis_shave": jarvis_shave,
}

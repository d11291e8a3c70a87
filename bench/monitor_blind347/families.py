"""Campaign families of blind batch 347: twelve ways an operator harvests a model's outputs.

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes its
events with `ctx.emit`, and records itself with `ctx.campaign`. Every draw comes from the family's
own generator, in a fixed order (no set is ever walked). Code names are words from tightrope
walking; the card (README.md) says what each one is.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_COMMON,
    TZS,
    Ctx,
    chance,
    cloud,
    constant,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    nightly,
    pick,
    picks,
    rented_block,
    resi,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind347 import texts

CAMPAIGN = "campaign"
_SCRIPT_UAS = (
    "python-requests/2.32.3",
    "Go-http-client/2.0",
    "OpenAI/Python 1.63.2",
    "reqwest/0.12.12",
    "axios/1.7.9",
    "okhttp/4.12.0",
)


def _weighted(rng: np.random.Generator, items: tuple, weights: tuple):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _region_of(tz: int) -> str:
    return {
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


def _lang_of(rng: np.random.Generator, tz: int) -> str:
    options = {
        -8: ("en",),
        -5: ("en", "es"),
        -3: ("pt", "es"),
        0: ("en",),
        1: ("fr", "de", "en"),
        2: ("de", "en"),
        3: ("tr", "en"),
        5: ("en",),
        8: ("id", "en"),
        9: ("en",),
    }[tz]
    return pick(rng, options)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def funambulist(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "funambulist"
    n_orgs, n_keys = irange(rng, 2, 3), irange(rng, 8, 16)
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    uas = [
        pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0"))
        for _ in range(n_orgs)
    ]
    langs, weights = ("en", "zh", "es", "ru", "de"), (0.45, 0.25, 0.1, 0.1, 0.1)
    accts, key_lang, key_style = [], [], []
    for k in range(n_keys):
        o = k % n_orgs
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=name,
                role="worker",
                campaign_id=cid,
                org=orgs[o],
                pay=pays[o],
                ua=uas[o],
                ips=picks(rng, block, irange(rng, 1, 3)),
            )
        )
        key_lang.append(_weighted(rng, langs, weights))
        key_style.append(irange(rng, 0, 4))
    pilot_start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    pilot_rate, main_rate = float(rng.uniform(4, 10)), float(rng.uniform(35, 70))
    main_start = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    pilot = worker_pool(rng, pilot_start, ctx.release, pilot_rate, n_keys)
    main = worker_pool(rng, main_start, ctx.t1, main_rate, n_keys)
    for i, acct in enumerate(accts):
        ts = _cat([pilot[i], main[i]])
        prompts = []
        for _ in range(len(ts)):
            lang = key_lang[i] if chance(rng, 0.7) else _weighted(rng, langs, weights)
            style = key_style[i] if chance(rng, 0.6) else irange(rng, 0, 4)
            prompts.append(texts.reasoning_harvest(rng, lang, style))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=1600.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "pilot_per_hour": pilot_rate,
            "main_per_hour": main_rate,
            "ip_source": f"rented {provider} block",
            "payment": "one prepaid card per org",
            "orgs": n_orgs,
            "keys": n_keys,
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in nightly bursts


def highwire(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "highwire"
    n_keys = irange(rng, 3, 7)
    org = hexid(rng, "org")
    provider = pick(rng, ("aws", "gcp"))
    tz = pick(rng, (8, 9, 3))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.63.2", "python-requests/2.32.3"))
    nat = cloud(rng, 1, provider)
    accts, styles = [], []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=name,
                role="grader",
                campaign_id=cid,
                org=org,
                ua=ua,
                ips=nat + cloud(rng, irange(rng, 1, 2), provider),
                tz=tz,
            )
        )
        styles.append([irange(rng, 0, 5) for _ in range(2)])
    start_h = float(rng.uniform(0, 3))
    hours = float(rng.uniform(4, 7))
    per_night = float(rng.uniform(8, 15))
    a = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    starts = thinned(rng, a, ctx.t1, per_night * (ctx.t1 - a) / DAY, nightly(start_h, hours, tz))
    size_mean, gap = float(rng.uniform(25, 60)), float(rng.uniform(0.8, 2.0))
    owner = rng.integers(0, n_keys, size=len(starts))
    per_key: list[list[np.ndarray]] = [[] for _ in range(n_keys)]
    for s, k in zip(starts.tolist(), owner.tolist(), strict=True):
        n = max(1, int(rng.poisson(size_mean)))
        per_key[k].append(
            s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.5, size=n - 1))])
        )
    for i, acct in enumerate(accts):
        ts = _cat(per_key[i])
        prompts = [
            texts.grading_harvest(rng, pick(rng, styles[i]), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        comp = np.where(
            np.array([p.startswith("Critique") for p in prompts], dtype=bool), 900.0, 380.0
        )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            comp_median=comp,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / reward-model grading",
            "pacing": "nightly bursts",
            "tz": tz,
            "burst_size_mean": size_mean,
            "bursts_per_night": per_night,
            "ip_source": f"{provider} with a shared NAT address",
            "payment": "one bought virtual card per key",
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. censorship-safe / policy rewrites on throwaway keys with stolen cards behind VPN exits


def tightwire(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tightwire"
    n_keys = irange(rng, 14, 26)
    vpn = pick(rng, ("m247", "leaseweb", "vultr"))
    exits = cloud(rng, irange(rng, 20, 40), vpn) + cloud(rng, irange(rng, 4, 10), "m247")
    hold = float(rng.uniform(600, 2400))
    langs, weights = ("zh", "ru", "vi", "ar", "en"), (0.35, 0.2, 0.15, 0.1, 0.2)
    accts = []
    for _ in range(n_keys):
        ua = pick(rng, _SCRIPT_UAS) if chance(rng, 0.7) else pick(rng, BROWSERS)
        acct = ctx.account(
            rng, label=CAMPAIGN, family=name, role="throwaway", campaign_id=cid, ua=ua, ips=exits
        )
        accts.append(acct)
        lang = _weighted(rng, langs, weights)
        late = chance(rng, 0.7)
        lo = ctx.release - 0.5 * DAY if late else ctx.t0 + 0.5 * DAY
        s = float(rng.uniform(lo, ctx.t1 - 0.3 * DAY))
        life = float(rng.uniform(4, 30)) * HOUR
        rate = float(rng.uniform(8, 25))
        ts = thinned(rng, s, min(s + life, ctx.t1), rate * life / HOUR, constant)
        prompts = [
            texts.policy_rewrite_harvest(
                rng, lang if chance(rng, 0.8) else "en", ctx.chat, ctx.passages
            )
            for _ in range(len(ts))
        ]
        status = np.where(rng.random(len(ts)) < 0.06, 429, 200)
        if len(ts) > 12 and chance(rng, 0.6):
            status[-irange(rng, 2, 8) :] = 401  # card charged back, key revoked
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            ips=sticky(rng, ts, exits, hold),
            comp_median=700.0,
            status=status,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy-compliant rewrites",
            "pacing": "short-lived keys",
            "ip_source": f"VPN exits ({vpn}, m247)",
            "payment": "stolen card per key",
            "sticky_hold_s": hold,
            "keys": n_keys,
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts with simulated tool results


def balance_pole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "balance_pole"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=name,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    style = [irange(rng, 0, 2) for _ in range(n_keys)]
    rate = float(rng.uniform(9, 15))
    a = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    starts = thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, constant)
    owner = rng.integers(0, n_keys, size=len(starts))
    cols: list[dict[str, list]] = [{"ts": [], "p": [], "c": []} for _ in range(n_keys)]
    for s, k in zip(starts.tolist(), owner.tolist(), strict=True):
        env = pick(rng, texts.ENV_NAMES)
        task = texts.agent_task(rng, env)
        steps = irange(rng, 3, 9)
        history: list[tuple[str, str, str]] = []
        t = s
        for j in range(steps):
            cols[k]["ts"].append(t)
            cols[k]["p"].append(texts.agent_step(rng, style[k], env, task, history))
            cols[k]["c"].append(900.0 if j == steps - 1 else 220.0)
            history.append(texts.agent_action(rng, env))
            t += float(rng.lognormal(np.log(4.0), 0.6))
    for i, acct in enumerate(accts):
        ts = np.asarray(cols[i]["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            cols[i]["p"],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.01),
            comp_median=np.asarray(cols[i]["c"]),
            extra=int(rng.integers(200, 600)),
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent transcripts",
            "pacing": "episodes from a job queue",
            "episodes_per_hour": rate,
            "ip_source": "gcp",
            "payment": "one company card",
            "keys": n_keys,
            "user_agent": ua,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation from Asian clouds, in batch jobs


def guy_wire(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "guy_wire"
    n_orgs, n_keys = 2, irange(rng, 5, 9)
    provs = ("alibaba", "tencent", "huawei")
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]
    org_ips = [cloud(rng, 3, pick(rng, provs)) for _ in range(n_orgs)]
    org_ua = [
        pick(rng, ("python-requests/2.32.3", "Go-http-client/2.0", "python-httpx/0.28.1"))
        for _ in range(n_orgs)
    ]
    accts = []
    for k in range(n_keys):
        o = k % n_orgs
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=name,
                role="generator",
                campaign_id=cid,
                org=orgs[o],
                pay=pays[o],
                ua=org_ua[o],
                ips=org_ips[o],
            )
        )
    langs = ("zh", "en", "ja", "ko", "id", "vi", "ar", "es")
    weights = (0.3, 0.25, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05)
    per_day = float(rng.uniform(4, 7))
    size_mean = float(rng.uniform(40, 100))
    jobs = thinned(rng, ctx.t0, ctx.t1, per_day * 7.0, constant)
    cols: list[dict[str, list]] = [{"ts": [], "p": []} for _ in range(n_keys)]
    for s in jobs.tolist():
        k = int(rng.integers(n_keys))
        style, lang = irange(rng, 0, 4), _weighted(rng, langs, weights)
        n = max(1, int(rng.poisson(size_mean * (1.6 if s >= ctx.release else 1.0))))
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.7), 0.4, size=n - 1))])
        for x in t.tolist():
            cols[k]["ts"].append(x)
            cols[k]["p"].append(texts.dataset_harvest(rng, style, lang, ctx.chat))
    for i, acct in enumerate(accts):
        ts = np.asarray(cols[i]["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            cols[i]["p"],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            comp_median=1800.0,
            comp_sigma=0.45,
            err=0.06,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "batch jobs",
            "jobs_per_day": per_day,
            "job_size_mean": size_mean,
            "ip_source": "alibaba / tencent / huawei",
            "payment": "one card per org",
            "keys": n_keys,
            "languages": list(langs),
        },
    )


# --------------------------------------------------------------------------------------------
# 6. multi-turn dialogue harvest through residential proxies


def cavaletti(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "cavaletti"
    n_keys = irange(rng, 6, 12)
    region = pick(rng, ("us", "eu", "latam", "*"))
    pool = resi(rng, irange(rng, 150, 300), region)
    pays = [hexid(rng, "pay") for _ in range(2)]
    hold = float(rng.uniform(1200, 2400))
    accts, lang, inline = [], [], []
    for k in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=CAMPAIGN,
                family=name,
                role="talker",
                campaign_id=cid,
                pay=pays[k % 2],
                ua=pick(rng, BROWSERS),
                ips=pool,
            )
        )
        lang.append("en" if chance(rng, 0.5) else pick(rng, texts.DIALOGUE_LANGS))
        inline.append(chance(rng, 0.5))
    a = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    rate = float(rng.uniform(4, 8))
    starts = thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, constant)
    owner = rng.integers(0, n_keys, size=len(starts))
    cols: list[dict[str, list]] = [{"ts": [], "p": []} for _ in range(n_keys)]
    for s, k in zip(starts.tolist(), owner.tolist(), strict=True):
        opening = texts.dialogue_opening(rng, ctx.chat)
        n = irange(rng, 4, 10)
        t, turns = s, []
        answers = [ctx.passages[j] for j in rng.integers(0, len(ctx.passages), size=n).tolist()]
        cols[k]["ts"].append(t)
        cols[k]["p"].append(opening)
        for _ in range(n - 1):
            t += float(rng.lognormal(np.log(35.0), 0.5))
            p = texts.dialogue_turn(rng, lang[k], opening, turns, inline[k], answers)
            turns.append(p.rsplit("User: ", 1)[-1])
            cols[k]["ts"].append(t)
            cols[k]["p"].append(p)
    for i, acct in enumerate(accts):
        ts = np.asarray(cols[i]["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            cols[i]["p"],
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=600.0,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest",
            "pacing": "conversations",
            "conversations_per_hour": rate,
            "ip_source": f"residential proxy ({region})",
            "payment": "two prepaid cards",
            "keys": n_keys,
            "sticky_hold_s": hold,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n and soft-label sampling


def slackline(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "slackline"
    n_keys = irange(rng, 5, 9)
    pay = hexid(rng, "pay")
    orgs = [hexid(rng, "org") for _ in range((n_keys + 1) // 2)]
    ips = cloud(rng, irange(rng, 3, 5), pick(rng, ("digitalocean", "vultr")))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=name,
            role="sampler",
            campaign_id=cid,
            org=orgs[k // 2],
            pay=pay,
            ua="AsyncOpenAI/Python 1.60.0",
            ips=ips,
        )
        for k in range(n_keys)
    ]
    rate = float(rng.uniform(5, 10))
    a = ctx.release - 0.5 * DAY
    pilot = thinned(rng, ctx.t0 + DAY, a, 2.0 * (a - ctx.t0 - DAY) / HOUR, constant)
    jobs = _cat([pilot, thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, constant)])
    owner = rng.integers(0, n_keys, size=len(jobs))
    cols: list[dict[str, list]] = [{"ts": [], "p": [], "c": []} for _ in range(n_keys)]
    for s, k in zip(jobs.tolist(), owner.tolist(), strict=True):
        n = int(pick(rng, (4, 5, 8, 8, 10, 16)))
        soft = chance(rng, 0.4)
        base = (
            texts.soft_label_harvest(rng, irange(rng, 0, 1), ctx.chat)
            if soft
            else texts.clip(pick(rng, ctx.chat), 1500)
        )
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.4), 0.6, size=n - 1))])
        for x in t.tolist():
            cols[k]["ts"].append(x)
            cols[k]["p"].append(base)
            cols[k]["c"].append(120.0 if soft else 450.0)
    for i, acct in enumerate(accts):
        ts = np.asarray(cols[i]["ts"])
        ctx.emit(
            rng,
            acct,
            ts,
            cols[i]["p"],
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=np.asarray(cols[i]["c"]),
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft labels",
            "pacing": "repeated-sample jobs",
            "jobs_per_hour": rate,
            "ip_source": "small cloud pool",
            "payment": "one card shared by every key",
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code curriculum sweep at a slow, steady rate from an office


def wire_walker(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "wire_walker"
    n_keys = irange(rng, 2, 3)
    tz = pick(rng, TZS)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = home(rng, 2, tz)
    ci = cloud(rng, 1, "aws")
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office + ci,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    langs = list(texts.CODE_LANGS)
    order = rng.permutation(len(langs)).tolist()
    period = float(rng.uniform(110, 200))
    for i, acct in enumerate(accts):
        my_langs = [langs[j] for j in order[i::n_keys]]
        start = ctx.release + float(rng.uniform(0, 10)) * HOUR
        n = int((ctx.t1 - start) / period) + 1
        ts = start + np.cumsum(period * (1 + rng.uniform(-0.1, 0.1, size=n)))
        outage = float(rng.uniform(start, ctx.t1))
        ts = ts[(ts < ctx.t1) & ~((ts > outage) & (ts < outage + float(rng.uniform(1, 3)) * HOUR))]
        style = irange(rng, 0, 2)
        prompts = []
        for j in range(len(ts)):
            level = texts.CODE_LEVELS[j % len(texts.CODE_LEVELS)]
            lang = my_langs[(j // len(texts.CODE_LEVELS)) % len(my_langs)]
            task = texts.CODE_TASKS[
                (j // (len(texts.CODE_LEVELS) * len(my_langs))) % len(texts.CODE_TASKS)
            ]
            prompts.append(texts.code_sweep(rng, style, task, lang, level))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=1.0, p_mini=0.0),
            comp_median=1400.0,
            comp_sigma=0.45,
            err=0.005,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code curriculum sweep",
            "pacing": "fixed sleep between calls",
            "period_s": period,
            "ip_source": "office broadband + one CI runner",
            "tz": tz,
            "payment": "company card",
            "keys": n_keys,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. (hard) harvest hidden inside a real writing-assistant product's traffic


def aerialist(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "aerialist"
    app = pick(rng, ("Quillmate", "Parawise", "Draftwell", "Tonetide"))
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    accts = [
        ctx.account(
            rng,
            label=CAMPAIGN,
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    peak, depth = float(rng.uniform(13, 19)), float(rng.uniform(0.55, 0.8))
    user_rate = float(rng.uniform(25, 45))
    users = thinned(
        rng, ctx.t0, ctx.t1, user_rate * (ctx.t1 - ctx.t0) / HOUR, global_load(peak, depth)
    )
    share = float(rng.uniform(0.2, 0.35))
    h0 = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    harvest = thinned(
        rng, h0, ctx.t1, share * user_rate * (ctx.t1 - h0) / HOUR, global_load(peak, depth * 0.8)
    )
    key_w = np.asarray([0.85] + [0.15 / (n_keys - 1)] * (n_keys - 1))
    for is_harvest, times in ((False, users), (True, harvest)):
        who = rng.choice(n_keys, size=len(times), p=key_w)
        for i, acct in enumerate(accts):
            ts = times[who == i]
            if is_harvest:
                prompts = [texts.product_ask(rng, app) for _ in range(len(ts))]
                models = ctx.models(rng, ts, p_new=0.8, p_mini=0.05)
                comp = 900.0
            else:
                prompts = [
                    texts.product_request(rng, app, texts.clip(pick(rng, ctx.chat), 900))
                    for _ in range(len(ts))
                ]
                models = ctx.models(rng, ts, p_new=0.3, p_mini=0.45)
                comp = 260.0
            ctx.emit(rng, acct, ts, prompts, models=models, comp_median=comp, extra=180, err=0.01)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "harvest inside a product's traffic",
            "app": app,
            "pacing": "product load curve",
            "harvest_share": share,
            "user_requests_per_hour": user_rate,
            "ip_source": "aws backend",
            "payment": "the product's own card",
            "keys": n_keys,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. (hard) bought aged accounts: an owner's history, then an operator behind same-region proxies


def midspan(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "midspan"
    n = irange(rng, 14, 26)
    pivot0 = ctx.release + float(rng.uniform(-0.5, 1.0)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        region = _region_of(tz)
        owner_ua = pick(rng, BROWSERS + MOBILE[:3])
        acct = ctx.account(
            rng,
            label=CAMPAIGN,
            family=name,
            role="aged_account",
            campaign_id=cid,
            ua=owner_ua,
            ips=home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(acct)
        lang = _lang_of(rng, tz)
        pivot = pivot0 + float(rng.uniform(-6, 6)) * HOUR
        before = session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.6, 1.5)), evening_person(tz), 3.0, 90.0
        )
        tb = _cat(before)
        ctx.emit(
            rng,
            acct,
            tb,
            [texts.clip(pick(rng, ctx.chat), 1500) for _ in range(len(tb))],
            models=ctx.models(rng, tb, p_new=0.15, p_mini=0.2),
            comp_median=300.0,
        )
        after = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(2, 4)),
            workday(tz, start=9.0, end=23.0, weekend=0.6),
            float(rng.uniform(8, 14)),
            float(rng.uniform(40, 70)),
            0.6,
        )
        ta = _cat(after)
        proxies = resi(rng, 40, region)
        ua = owner_ua if chance(rng, 0.7) else pick(rng, BROWSERS)
        prompts = [
            texts.casual_question(rng, lang)
            if chance(rng, 0.8)
            else texts.clip(pick(rng, ctx.chat), 1500)
            for _ in range(len(ta))
        ]
        ctx.emit(
            rng,
            acct,
            ta,
            prompts,
            models=ctx.models(rng, ta, p_new=0.7, p_mini=0.05),
            ips=sticky(rng, ta, proxies, HOUR),
            ua=ua,
            comp_median=750.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "bought aged accounts",
            "pivot_ts": pivot0,
            "pacing": "person-like sessions",
            "ip_source": "same-region residential proxies",
            "payment": "each account's original card",
            "accounts": n,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. (hard) low-and-slow crowd of person-like sign-ups


def kingpole(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "kingpole"
    n = irange(rng, 40, 70)
    langs = texts.CASUAL_LANGS
    weights = tuple(0.35 if lg == "en" else 0.65 / (len(langs) - 1) for lg in langs)
    tz_of = {"de": 1, "en": -5, "es": -3, "fr": 1, "id": 8, "pt": -3, "tr": 3}
    accts = []
    for _ in range(n):
        lang = _weighted(rng, langs, weights)
        tz = tz_of[lang] if chance(rng, 0.8) else pick(rng, TZS)
        region = _region_of(tz)
        acct = ctx.account(
            rng,
            label=CAMPAIGN,
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, BROWSERS + MOBILE),
            ips=resi(rng, 1, region),
            tz=tz,
        )
        accts.append(acct)
        first = float(rng.uniform(ctx.release - DAY, ctx.t1 - DAY))
        last = min(ctx.t1, first + float(rng.uniform(2, 4)) * DAY)
        sessions = session_times(
            rng, first, last, float(rng.uniform(1.0, 2.0)), evening_person(tz), 4.0, 75.0, 0.7
        )
        if (
            sum(len(x) for x in sessions) == 0
        ):  # every member sends something: one short visit at least
            t = float(rng.uniform(first, last))
            sessions = [
                t
                + np.concatenate(
                    [[0.0], np.cumsum(rng.lognormal(np.log(75.0), 0.7, size=irange(rng, 0, 3)))]
                )
            ]
        for sess in sessions:
            if not len(sess):
                continue
            prompts = [texts.casual_question(rng, lang, 0.06) for _ in range(len(sess))]
            ctx.emit(
                rng,
                acct,
                sess,
                prompts,
                models=ctx.models(rng, sess, p_new=0.75, p_mini=0.05),
                ips=resi(rng, 1, region)[0],
                comp_median=700.0,
            )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "low-and-slow crowd",
            "pacing": "evening sessions, 2-4 days each",
            "ip_source": "rotating residential proxy per session",
            "payment": "one prepaid card per account",
            "accounts": n,
            "languages": list(langs),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. (hard) public prompt replay from a small software shop's offices


def blondin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "blondin"
    n_orgs = irange(rng, 2, 3)
    tz = pick(rng, (1, 2, 3, 5, 8))
    ci = cloud(rng, 1, pick(rng, ("azure", "aws")))
    queue = rng.permutation(len(ctx.chat)).tolist()
    pos = 0
    accts = []
    for _ in range(n_orgs):
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        office = home(rng, irange(rng, 1, 2), tz)
        for _ in range(irange(rng, 2, 4)):
            accts.append(
                ctx.account(
                    rng,
                    label=CAMPAIGN,
                    family=name,
                    role="replayer",
                    campaign_id=cid,
                    org=org,
                    pay=pay,
                    ua=pick(rng, SDK_COMMON[:3]),
                    ips=office + ci,
                    tz=tz,
                )
            )
    curve = workday(tz, start=8.0, end=19.0, weekend=0.3, night=0.05)
    a = ctx.release - float(rng.uniform(1.0, 2.0)) * DAY
    for acct in accts:
        rate = float(rng.uniform(3, 7))
        pilot = thinned(rng, a, ctx.release, 0.2 * rate * (ctx.release - a) / HOUR, curve)
        main = thinned(rng, ctx.release, ctx.t1, rate * (ctx.t1 - ctx.release) / HOUR, curve)
        ts_list, prompts, models = [], [], []
        base = _cat([pilot, main])
        for t, m in zip(base.tolist(), ctx.models(rng, base, p_new=0.85, p_mini=0.02), strict=True):
            p = ctx.chat[queue[pos % len(queue)]]
            pos += 1
            ts_list.append(t)
            prompts.append(p)
            models.append(m)
            if t >= ctx.release and chance(rng, 0.12):
                ts_list.append(t + float(rng.uniform(1, 8)))
                prompts.append(p)
                models.append(ctx.old_models[0] if m == ctx.new_model else ctx.new_model)
        ts = np.asarray(ts_list)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=420.0,
            comp_sigma=0.7,
            extra=rng.integers(0, 30, size=len(ts)),
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt replay",
            "pacing": "office hours",
            "tz": tz,
            "ip_source": "office broadband + one cloud runner",
            "payment": "one card per org",
            "orgs": n_orgs,
            "keys": len(accts),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "funambulist": funambulist,
    "highwire": highwire,
    "tightwire": tightwire,
    "balance_pole": balance_pole,
    "guy_wire": guy_wire,
    "cavaletti": cavaletti,
    "slackline": slackline,
    "wire_walker": wire_walker,
    "aerialist": aerialist,
    "midspan": midspan,
    "kingpole": kingpole,
    "blondin": blondin,
}

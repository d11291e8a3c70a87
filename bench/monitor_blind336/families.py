"""Campaign families of batch 336 (code names from the ukulele; what each is lives in README.md).

Each family is `fn(ctx, rng, campaign_id)`: it draws everything from its own generator, in a fixed
order (never over a set), creates its accounts through `ctx.account`, writes events with
`ctx.emit` and records itself with `ctx.campaign`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    SDK_OTHER,
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
from bench.monitor_blind336 import texts as tx

Rng = np.random.Generator

#: consumer-ISP regions per UTC offset (the offsets `bench.blind_batch.TZS` lists)
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
#: languages people in each offset mostly write in
LANG_OF_TZ = {
    -8: ("en", "es"),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "es"),
    2: ("de", "tr"),
    3: ("ru", "tr"),
    5: ("hi", "en"),
    8: ("zh", "id", "vi"),
    9: ("ja", "ko"),
}


def _w(rng: Rng, n: int, conc: float = 1.0) -> list[float]:
    return rng.dirichlet(np.full(n, conc)).tolist()


def _langs(rng: Rng, langs: list[str], weights: list[float], n: int) -> list[str]:
    w = np.asarray(weights, dtype=np.float64)
    return [langs[i] for i in rng.choice(len(langs), size=n, p=w / w.sum()).tolist()]


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _acct(ctx: Ctx, rng: Rng, fam: str, cid: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="campaign", family=fam, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented block, pivoting hard onto the new model


def soprano_uke(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "soprano_uke"
    n_keys = irange(rng, 5, 11)
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 3, 6))
    shared_org = chance(rng, 0.6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(1 if chance(rng, 0.5) else irange(rng, 2, 3))]
    ua = pick(rng, ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "aiohttp/3.11.11"))
    langs = ["en", "zh", "ru", "es", "ja"]
    lw = rng.dirichlet([4.0, 2.0, 1.5, 1.0, 0.7]).tolist()
    styles = ("tags", "numbered", "json", "tutor", "curriculum")
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "worker",
            org=org if shared_org else None,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 2)),
        )
        for i in range(n_keys)
    ]
    key_style = picks(rng, styles, n_keys)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.5)
    pivot = ctx.release + float(rng.uniform(0.3, 6.0)) * HOUR
    pre_rate, post_rate = float(rng.uniform(8, 22)), float(rng.uniform(55, 100))
    pre = worker_pool(rng, start, ctx.release, pre_rate, n_keys)
    post = worker_pool(rng, pivot, ctx.t1, post_rate, n_keys)
    for a, st, s1, s2 in zip(accts, key_style, pre, post, strict=True):
        ts = np.concatenate([s1, s2])
        ls = _langs(rng, langs, lw, len(ts))
        prompts = [tx.trace_prompt(rng, st, lg) for lg in ls]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.02),
            comp_median=950.0,
            comp_sigma=0.5,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (explicit step-by-step / tagged thoughts, curriculum grid)",
            "pacing": "Poisson worker pool, light before release, heavy after",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} prepaid card(s)",
            "user_agent": ua,
            "shared_org": shared_org,
            "languages": langs,
            "styles": sorted(set(key_style)),
            "pre_rate_h": pre_rate,
            "post_rate_h": post_rate,
            "pivot_ts": pivot,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading, cron-driven bursts from a cloud account


def tenor_uke(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "tenor_uke"
    n_keys = irange(rng, 3, 6)
    provider = pick(rng, ("aws", "gcp"))
    org = hexid(rng, "org")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/Python 1.54.0"))
    accts = [
        _acct(
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
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    period = float(rng.uniform(1.5, 4.0)) * HOUR
    starts = np.arange(start, ctx.t1, period)
    starts = starts + rng.uniform(0, 900, size=len(starts))
    trains = bursts(
        rng, starts, float(rng.uniform(25, 60)), float(rng.uniform(0.6, 2.0)), 0.6, ctx.t1
    )
    ts_all = _cat(trains)
    who = rng.integers(0, n_keys, size=len(ts_all))
    langs, lw = ["en", "de", "fr", "ja"], rng.dirichlet([5.0, 1.2, 1.2, 0.8]).tolist()
    styles, sw = ["rubric", "pair", "reward", "critique"], _w(rng, 4, 2.0)
    for i, a in enumerate(accts):
        ts = ts_all[who == i]
        ls = _langs(rng, langs, lw, len(ts))
        ss = _langs(rng, styles, sw, len(ts))
        prompts = [
            tx.judge_prompt(rng, ctx.chat, ctx.passages, s, lg)
            for s, lg in zip(ss, ls, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=240.0,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / pairwise preference / reward-score / critique harvesting",
            "pacing": f"cron bursts every {period / HOUR:.1f} h",
            "ip_source": f"{provider} VMs",
            "payment": "one virtual card per key",
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-boundary and censorship-safe rewrites through VPN exits on stolen cards


def baritone_uke(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "baritone_uke"
    exits = []
    for prov in ("m247", "leaseweb", "ovh"):
        exits += cloud(rng, irange(rng, 3, 6), prov)
    n_keys = irange(rng, 8, 14)
    langs, lw = ["en", "zh", "ar", "ru"], rng.dirichlet([3.0, 2.5, 0.8, 1.0]).tolist()
    styles = ["classify", "rewrite", "neutral", "dual"]
    accts, lifetimes = [], []
    for _ in range(n_keys):
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "burner",
            ua=sdk_ua(rng, 0.35),
            ips=picks(rng, exits, irange(rng, 2, 4)),
        )
        born = ctx.t0 + float(rng.uniform(0.05, 0.85)) * (ctx.t1 - ctx.t0)
        life = float(np.clip(rng.lognormal(np.log(1.4 * DAY), 0.5), 0.4 * DAY, 4 * DAY))
        rate = float(rng.uniform(5, 12))
        ts = thinned(rng, born, min(ctx.t1, born + life), rate * life / HOUR, constant)
        ls = _langs(rng, langs, lw, len(ts))
        style = pick(rng, styles)
        prompts = [
            tx.policy_prompt(
                rng, ctx.passages, style if chance(rng, 0.8) else pick(rng, styles), lg
            )
            for lg in ls
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.92),
            comp_median=520.0,
            comp_sigma=0.6,
            err=0.02,
        )
        accts.append(a)
        lifetimes.append(round(life / HOUR, 1))
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-boundary classification, safe rewrites and censorship-compliant rewrites",
            "pacing": "each burner key steady until its card is cut off",
            "ip_source": "commercial VPN exits (hosting)",
            "payment": "one stolen card per key",
            "user_agent": "varied SDKs",
            "languages": langs,
            "styles": styles,
            "lifetimes_h": lifetimes,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use trajectories with growing transcripts


def koa_wood(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "koa_wood"
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("gcp", "azure"))
    pool = cloud(rng, irange(rng, 3, 8), provider)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2"))
    accts = [
        _acct(ctx, rng, fam, cid, "agent-runner", org=org, pay=pay, ua=ua, ips=pool)
        for _ in range(n_keys)
    ]
    style = pick(rng, ("react", "json"))
    spec_tokens = irange(rng, 400, 1600)
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(4, 8))
    eps = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    toolsets = sorted(tx._TOOLSETS)
    tw = _w(rng, len(toolsets), 1.5)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in eps.tolist():
        k = int(rng.integers(n_keys))
        steps = irange(rng, 3, 10)
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(5.0), 0.6, size=steps - 1))])
        ps = tx.agent_episode(
            rng, tx.choose_lang(rng, toolsets, tw), steps, style if chance(rng, 0.8) else "json"
        )
        per[k][0].extend(ts.tolist())
        per[k][1].extend(ps)
        per[k][2].extend([spec_tokens + 120 * i for i in range(steps)])
    for a, (ts, ps, ex) in zip(accts, per, strict=True):
        ctx.emit(
            rng,
            a,
            np.asarray(ts),
            ps,
            models=ctx.models(rng, np.asarray(ts), p_new=0.9),
            comp_median=260.0,
            comp_sigma=0.6,
            err=0.015,
            extra=ex,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use trajectories (thought-action-observation transcripts)",
            "pacing": f"episodes Poisson {rate:.1f}/h, 3-10 chained calls each",
            "ip_source": f"{provider} autoscaled workers",
            "payment": "one company card",
            "user_agent": ua,
            "languages": ["en"],
            "styles": [style],
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic-dataset generation, many low-rate keys behind a rotating residential proxy


def gcea_tuning(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "gcea_tuning"
    pool = (
        resi(rng, 500, "us")
        + resi(rng, 400, "eu")
        + resi(rng, 250, "latam")
        + resi(rng, 250, "sea")
    )
    n_keys = irange(rng, 14, 24)
    base_ua = pick(rng, SDK_OTHER)
    langs, lw = (
        ["en", "es", "pt", "id", "vi", "tr"],
        rng.dirichlet([3.0, 1.5, 1.2, 1.0, 0.8, 0.8]).tolist(),
    )
    styles, sw = ["list", "seeded", "evolve", "persona"], _w(rng, 4, 2.0)
    accts = []
    card = hexid(rng, "pay")
    for i in range(n_keys):
        if i % irange(rng, 3, 5) == 0:
            card = hexid(rng, "pay")  # prepaid cards bought in small lots
        ua = base_ua if chance(rng, 0.7) else sdk_ua(rng, 0.2)
        a = _acct(ctx, rng, fam, cid, "generator", pay=card, ua=ua, ips=pool)
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        a1 = ctx.t1 if chance(rng, 0.75) else a0 + float(rng.uniform(0.3, 0.8)) * (ctx.t1 - a0)
        ts = thinned(
            rng, a0, a1, float(rng.uniform(0.9, 2.6)) * (a1 - a0) / HOUR, global_load(14.0, 0.2)
        )
        ls = _langs(rng, langs, lw, len(ts))
        ss = _langs(rng, styles, sw, len(ts))
        prompts = [tx.synth_prompt(rng, ctx.chat, s, lg) for s, lg in zip(ss, ls, strict=True)]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=picks(rng, pool, len(ts)),
            comp_median=1150.0,
            comp_sigma=0.45,
            err=0.02,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction data (self-instruct, evolve, persona, multilingual JSONL)",
            "pacing": "slow steady per key",
            "ip_source": "rotating residential proxy (new exit per request)",
            "payment": "prepaid cards in lots of 3-5 keys",
            "user_agent": base_ua,
            "languages": langs,
            "styles": styles,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. HARD: regenerating a public chat dataset with the new model, spread over person-like keys


def re_entrant(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "re_entrant"
    n_keys = irange(rng, 16, 28)
    order = rng.permutation(len(ctx.chat))
    shard = len(order) // n_keys
    tzs = (-8, -5, -3, 0, 1, 2, 5, 8)
    accts = []
    for i in range(n_keys):
        tz = pick(rng, tzs)
        a = _acct(
            ctx,
            rng,
            fam,
            cid,
            "replayer",
            ua=sdk_ua(rng, 0.75),
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        early = chance(rng, 0.3)
        a0 = (
            jitter_start(rng, ctx.t0, ctx.release, 0.8)
            if early
            else ctx.release - float(rng.uniform(0.1, 0.9)) * DAY
        )
        curve = workday(tz, night=0.08) if chance(rng, 0.6) else evening_person(tz)
        sess = session_times(
            rng,
            a0,
            ctx.t1,
            float(rng.uniform(2.5, 5.0)),
            curve,
            float(rng.uniform(6, 13)),
            float(rng.uniform(20, 60)),
            0.9,
        )
        ts = _cat(sess)
        idx = order[i * shard : i * shard + len(ts)]
        prompts = [ctx.chat[j] for j in idx.tolist()]
        prompts += [
            ctx.chat[j]
            for j in rng.integers(0, len(ctx.chat), size=len(ts) - len(prompts)).tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=420.0,
            comp_sigma=0.7,
            err=0.01,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public chat-dataset replay (verbatim prompts, disjoint shards, walked in order)",
            "pacing": "human-like sessions in each key's local day",
            "ip_source": "sticky residential proxies per key",
            "payment": "one card per key",
            "user_agent": "common SDKs",
            "languages": ["as in the dataset"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. best-of-n sampling and soft-label (probability) harvesting


def chunk_strum(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "chunk_strum"
    n_keys = irange(rng, 2, 4)
    provider = pick(rng, ("oracle", "aws", "gcp"))
    ips = cloud(rng, irange(rng, 2, 4), provider)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    pay = hexid(rng, "pay")
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "sampler",
            org=orgs[i % len(orgs)],
            pay=pay,
            ua="python-requests/2.32.3",
            ips=ips,
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    rate = float(rng.uniform(7, 13))
    p_soft = float(rng.uniform(0.25, 0.45))
    items = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in items.tolist():
        k = int(rng.integers(n_keys))
        soft = chance(rng, p_soft)
        n = irange(rng, 1, 3) if soft else irange(rng, 4, 10)
        p = (
            tx.soft_label_prompt(rng, ctx.chat, pick(rng, ("options", "next", "labels")))
            if soft
            else tx.bon_item(rng)
        )
        ts = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(1.2), 0.5, size=n - 1))])
        per[k][0].extend(ts.tolist())
        per[k][1].extend([p] * n)
        per[k][2].extend([70.0 if soft else 330.0] * n)
    for a, (ts, ps, med) in zip(accts, per, strict=True):
        t = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t,
            ps,
            models=ctx.models(rng, t, p_new=0.95, p_mini=0.0),
            comp_median=np.asarray(med),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n repeated sampling and soft-label probability harvesting",
            "pacing": f"items Poisson {rate:.1f}/h, each repeated back-to-back",
            "ip_source": f"{provider} VMs",
            "payment": "one card, keys in 1-2 orgs",
            "user_agent": "python-requests/2.32.3",
            "languages": ["en"],
            "p_soft": p_soft,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. multi-turn dialogue harvesting from a small company's office during its working day


def campanella(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "campanella"
    tz = pick(rng, (8, 3, 1, 9, -3))
    langs = [lg for lg in LANG_OF_TZ[tz] if lg in tx._OPENERS and lg != "en"] + ["en"]
    lw = _w(rng, len(langs), 2.0)
    office = home(rng, irange(rng, 1, 2), tz)
    dev = cloud(rng, 1, pick(rng, ("aws", "hetzner", "alibaba")))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    n_keys = irange(rng, 3, 5)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "simulator",
            org=org,
            pay=pay,
            tz=tz,
            ips=office,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1")),
        )
        for _ in range(n_keys)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    for a in accts:
        per_day = float(rng.uniform(14, 28))
        convs = thinned(
            rng, start, ctx.t1, per_day * (ctx.t1 - start) / DAY * 5 / 7, workday(tz, night=0.01)
        )
        ts_l, ps_l = [], []
        for s in convs.tolist():
            turns = irange(rng, 4, 10)
            ts_l.extend(
                (
                    s
                    + np.concatenate(
                        [[0.0], np.cumsum(rng.lognormal(np.log(40.0), 0.5, size=turns - 1))]
                    )
                ).tolist()
            )
            ps_l.extend(tx.dialogue(rng, tx.choose_lang(rng, langs, lw), turns))
        ts = np.asarray(ts_l)
        ips = [pick(rng, dev) if chance(rng, 0.12) else pick(rng, office) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            ps_l,
            models=ctx.models(rng, ts, p_new=0.9),
            ips=ips,
            comp_median=520.0,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvesting with a scripted user simulator",
            "pacing": "conversations in office hours, ~40 s between turns",
            "ip_source": "office broadband + one dev VM",
            "payment": "one company card",
            "user_agent": "python SDKs",
            "tz": tz,
            "languages": langs,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. translation / parallel-corpus and code-port harvesting


def nylgut(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "nylgut"
    provider = pick(rng, ("alibaba", "tencent", "huawei"))
    ips = cloud(rng, irange(rng, 4, 9), provider)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(2)]
    n_keys = irange(rng, 4, 7)
    accts = [
        _acct(
            ctx,
            rng,
            fam,
            cid,
            "translator",
            org=org,
            pay=cards[i % 2],
            ua="Go-http-client/2.0",
            ips=ips,
        )
        for i in range(n_keys)
    ]
    targets = [
        "en",
        "zh",
        "ja",
        "ko",
        "de",
        "fr",
        "es",
        "pt",
        "ru",
        "ar",
        "hi",
        "vi",
        "id",
        "th",
        "tr",
    ]
    tw = _w(rng, len(targets), 1.5)
    style = pick(rng, ("bare", "json", "pro", "zh"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    rate = float(rng.uniform(4, 7))
    docs = thinned(rng, start, ctx.t1, rate * (ctx.t1 - start) / HOUR, constant)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for s in docs.tolist():
        k = int(rng.integers(n_keys))
        if chance(rng, 0.7):
            text = tx._clip(pick(rng, ctx.passages), 300, 1800, rng)
            n = irange(rng, 4, 9)
            order = rng.choice(
                len(targets), size=n, replace=False, p=np.asarray(tw) / sum(tw)
            ).tolist()
            ps = [tx.translate_prompt(rng, text, targets[j], style) for j in order]
            med = [len(text) / 3.2] * n
        else:
            n = irange(rng, 2, 5)
            ps = [tx.code_port_prompt(rng, "bare" if style == "bare" else "full") for _ in range(n)]
            med = [600.0] * n
        per[k][0].extend(
            (
                s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(3.0), 0.5, size=n - 1))])
            ).tolist()
        )
        per[k][1].extend(ps)
        per[k][2].extend(med)
    for a, (ts, ps, med) in zip(accts, per, strict=True):
        t = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            t,
            ps,
            models=ctx.models(rng, t, p_new=0.9),
            comp_median=np.asarray(med),
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "parallel-corpus translation (one text into many languages) and code-port harvesting",
            "pacing": f"documents Poisson {rate:.1f}/h fanned out to 4-9 languages",
            "ip_source": f"{provider} cloud",
            "payment": "two cards",
            "user_agent": "Go-http-client/2.0",
            "languages": targets,
            "styles": [style],
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: harvest hidden inside a real writing-assistant product's production traffic


def friction_peg(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "friction_peg"
    brand = pick(rng, ("Inkwell", "Draftly", "Penmate", "Wordloom"))
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = "OpenAI/NodeJS 4.67.1"
    prod = _acct(ctx, rng, fam, cid, "product-prod", org=org, pay=pay, ua=ua, ips=ips)
    jobs = _acct(ctx, rng, fam, cid, "product-jobs", org=org, pay=pay, ua=ua, ips=ips)
    curve = global_load(float(rng.uniform(13, 19)), 0.6)
    rate = float(rng.uniform(16, 28))
    users = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, curve)
    h0 = ctx.release - float(rng.uniform(1.0, 2.0)) * DAY
    share = float(rng.uniform(0.3, 0.5))
    harv = thinned(rng, h0, ctx.t1, share * rate * (ctx.t1 - h0) / HOUR, curve)
    locales = ("en-US", "en-GB", "es-ES", "de-DE", "pt-BR", "fr-FR")
    u_prompts = [
        tx.product_prompt(
            rng,
            brand,
            pick(rng, tx.PRODUCT_MODES),
            tx._clip(pick(rng, ctx.chat), 20, 1500, rng),
            pick(rng, locales),
        )
        for _ in range(len(users))
    ]
    h_prompts = [
        tx.product_prompt(
            rng,
            brand,
            pick(rng, ("explain", "expand", "outline")),
            tx.harvest_question(rng),
            "en-US",
        )
        for _ in range(len(harv))
    ]
    u_models = ctx.models(rng, users, p_new=0.55, p_mini=0.3)
    h_models = ctx.models(rng, harv, p_new=0.9, p_mini=0.05)
    u_jobs = rng.random(len(users)) < 0.1
    h_jobs = rng.random(len(harv)) < 0.3
    for acct, sel_u, sel_h in ((prod, ~u_jobs, ~h_jobs), (jobs, u_jobs, h_jobs)):
        ts = np.concatenate([users[sel_u], harv[sel_h]])
        ps = [p for p, s in zip(u_prompts, sel_u.tolist(), strict=True) if s] + [
            p for p, s in zip(h_prompts, sel_h.tolist(), strict=True) if s
        ]
        ms = [m for m, s in zip(u_models, sel_u.tolist(), strict=True) if s] + [
            m for m, s in zip(h_models, sel_h.tolist(), strict=True) if s
        ]
        med = np.concatenate([np.full(int(sel_u.sum()), 300.0), np.full(int(sel_h.sum()), 700.0)])
        ctx.emit(rng, acct, ts, ps, models=ms, comp_median=med, comp_sigma=0.6, err=0.008)
    ctx.campaign(
        cid,
        fam,
        [prod, jobs],
        {
            "operation": "distillation queries injected through a live product's own keys and prompt wrapper",
            "pacing": "follows the product's global daily load",
            "ip_source": "the product's AWS NAT gateways",
            "payment": "the company's card",
            "user_agent": ua,
            "brand": brand,
            "harvest_share": share,
            "harvest_from": h0,
            "languages": ["en", "product users' languages"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: bought / taken-over aged personal accounts, harvesting in their owners' shape


def banjolele(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "banjolele"
    n = irange(rng, 12, 20)
    op_tz = pick(rng, (8, 3, 2))
    tzs = (-8, -5, -3, 1, 2, 5, 8, 9)
    accts, takes = [], []
    for _ in range(n):
        tz = pick(rng, tzs)
        mobile = chance(rng, 0.3)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        own_ips = home(rng, irange(rng, 1, 2), tz)
        a = _acct(ctx, rng, fam, cid, "taken-over", ua=ua, ips=own_ips, tz=tz)
        take = ctx.release + float(rng.uniform(-1.5, 1.0)) * DAY
        pre = _cat(
            session_times(
                rng, ctx.t0, take, float(rng.uniform(0.4, 1.5)), evening_person(tz), 3.0, 90.0
            )
        )
        post = _cat(
            session_times(
                rng,
                take,
                ctx.t1,
                float(rng.uniform(4, 8)),
                workday(op_tz, night=0.25, weekend=0.7),
                float(rng.uniform(7, 12)),
                float(rng.uniform(25, 60)),
                0.7,
            )
        )
        pool = resi(rng, 40, REGION[tz])
        own = LANG_OF_TZ[tz][0]
        pre_p = [pick(rng, ctx.chat) for _ in range(len(pre))]
        post_p = [
            pick(rng, ctx.chat)
            if chance(rng, 0.1)
            else tx.natural_question(rng, own if chance(rng, 0.5) else "en")
            for _ in range(len(post))
        ]
        ctx.emit(
            rng,
            a,
            pre,
            pre_p,
            models=ctx.models(rng, pre, p_new=0.5, p_mini=0.1),
            comp_median=380.0,
            comp_sigma=0.7,
            err=0.005,
        )
        ctx.emit(
            rng,
            a,
            post,
            post_p,
            models=ctx.models(rng, post, p_new=0.93, p_mini=0.02),
            ips=sticky(rng, post, pool, 1800.0),
            comp_median=650.0,
            comp_sigma=0.6,
            err=0.01,
        )
        accts.append(a)
        takes.append(take)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought/compromised aged personal accounts",
            "pacing": "owner-like sessions before takeover, denser sessions in the operator's day after",
            "ip_source": "residential proxies in each owner's region (sticky 30 min)",
            "payment": "the owners' own cards",
            "user_agent": "each owner's browser, kept",
            "operator_tz": op_tz,
            "takeover_ts": takes,
            "languages": "owner's language or English",
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: a paid crowd pasting a shared question bank from their own homes and phones

_V6_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    3: "eu_mobile",
    5: "in_mobile",
    8: "in_mobile",
}


def hula_blues(ctx: Ctx, rng: Rng, cid: str) -> None:
    fam = "hula_blues"
    bank = [tx.crowd_task(rng) for _ in range(irange(rng, 250, 450))]
    n = irange(rng, 28, 45)
    tzs = (5, 8, -3, 1, 3, 0)
    tw = rng.dirichlet([3.0, 2.0, 2.0, 1.0, 1.0, 0.8]).tolist()
    habits = ("", "", "", "pls answer fully: ", "Answer in detail - ", "Q: ", "")
    tails = ("", "", "", " thanks", " thank you!", "  ")
    accts = []
    for _ in range(n):
        tz = tx.choose_lang(rng, list(tzs), tw)
        mobile = chance(rng, 0.4)
        ua = pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS)
        ips = home(rng, irange(rng, 1, 2), tz)
        if mobile:
            ips += mobile_v6(rng, irange(rng, 2, 6), _V6_OF_TZ[tz])
        a = _acct(ctx, rng, fam, cid, "crowd-worker", ua=ua, ips=ips, tz=tz)
        a0 = jitter_start(rng, ctx.t0, ctx.t1, 0.55)
        curve = evening_person(tz) if chance(rng, 0.6) else workday(tz, night=0.05, weekend=0.5)
        ts = _cat(
            session_times(
                rng,
                a0,
                ctx.t1,
                float(rng.uniform(0.8, 2.2)),
                curve,
                float(rng.uniform(4, 8)),
                float(rng.uniform(90, 240)),
                0.7,
            )
        )
        habit, tail = pick(rng, habits), pick(rng, tails)
        ps = [
            pick(rng, ctx.chat) if chance(rng, 0.12) else habit + pick(rng, bank) + tail
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            ps,
            models=ctx.models(rng, ts, p_new=0.85),
            comp_median=700.0,
            comp_sigma=0.55,
            err=0.005,
        )
        accts.append(a)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "paid micro-task crowd pasting items of a shared question bank and returning answers",
            "pacing": "one person's sessions each, minutes between pastes",
            "ip_source": "workers' homes and phones",
            "payment": "each worker's own card",
            "user_agent": "browsers and phones",
            "bank_size": len(bank),
            "languages": ["en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "soprano_uke": soprano_uke,
    "tenor_uke": tenor_uke,
    "baritone_uke": baritone_uke,
    "koa_wood": koa_wood,
    "gcea_tuning": gcea_tuning,
    "re_entrant": re_entrant,
    "chunk_strum": chunk_strum,
    "campanella": campanella,
    "nylgut": nylgut,
    "friction_peg": friction_peg,
    "banjolele": banjolele,
    "hula_blues": hula_blues,
}

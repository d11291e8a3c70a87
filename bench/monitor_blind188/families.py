"""Campaign families of blind batch 188 (code names from the word "bagatelle").

Each family is `fn(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, writes
their events with `ctx.emit` and registers one campaign with `ctx.campaign`. Everything varies with
the family's own generator. Five families (bleat, abate, galea, allege, elate) are built to look
like legitimate use; the README card says what each one is.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    DAY,
    HOUR,
    MINUTE,
    MOBILE,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
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
from bench.monitor_blind188 import texts

#: user agents exactly as the simulator's background spells them (seen in its output)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSERS = (BG_UAS[1], BG_UAS[3])

#: consumer region of a UTC offset (a subset of the simulator's address map)
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


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _mix(base: float, curve):
    """`curve` lifted to never fall below `base` (a script that also runs unattended)."""

    def f(ts: np.ndarray) -> np.ndarray:
        return base + (1.0 - base) * curve(ts)

    return f


def _camp(ctx: Ctx, rng, cid: str, name: str, role: str, **kw):
    return ctx.account(rng, label="campaign", family=name, role=role, campaign_id=cid, **kw)


# --------------------------------------------------------------------------------------------
# bagel: reasoning-trace coercion from a rented hosting block


def bagel(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "bagel"
    n = irange(rng, 8, 18)
    provider = pick(rng, ("hetzner", "ovh", "contabo"))
    hosts = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 4, 8))
    group = irange(rng, 3, 5)
    cards = [hexid(rng, "pay") for _ in range(max(1, -(-n // group)))]
    shared_org = hexid(rng, "org") if chance(rng, 0.4) else None
    uas = ("python-httpx/0.28.1", "AsyncOpenAI/Python 1.60.0", "OpenAI/Python 1.58.1")
    lang_names = ["en", "zh", "ru", "es"]
    lang_p = rng.dirichlet([4.0, 2.0, 1.0, 1.0])
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            name,
            "worker",
            org=shared_org,
            pay=cards[i // group],
            ua=pick(rng, uas),
            ips=picks(rng, hosts, irange(rng, 1, 2)),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    warm = float(rng.uniform(6, 18))
    main = float(rng.uniform(110, 210))
    ramp = ctx.release + float(rng.uniform(0.5, 6)) * HOUR
    pre = worker_pool(rng, start, ramp, warm, n)
    post = worker_pool(rng, ramp, ctx.t1, main, n)
    for i, a in enumerate(accts):
        ts = _concat([pre[i], post[i]])
        langs = rng.choice(lang_names, size=len(ts), p=lang_p).tolist()
        prompts = [texts.trace_prompt(rng, lg) for lg in langs]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.08),
            comp_median=1300,
            comp_sigma=0.45,
            err=0.05,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "keys": n,
            "cards": len(cards),
            "shared_org": shared_org is not None,
            "ip_source": f"rented {provider} /24s",
            "pacing": "Poisson worker pool, warm-up then ramp after release",
            "rate_per_hour": [round(warm, 1), round(main, 1)],
            "languages": dict(zip(lang_names, np.round(lang_p, 2).tolist(), strict=True)),
        },
    )


# --------------------------------------------------------------------------------------------
# beagle: judge / rubric / reward-model grading in scheduled batch jobs


def beagle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "beagle"
    n = irange(rng, 4, 9)
    provider = pick(rng, ("aws", "gcp"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("OpenAI/Python 1.58.1", "dspy/2.6.3 litellm/1.60.2", "litellm/1.60.2"))
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            name,
            "grader",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 3), provider),
        )
        for _ in range(n)
    ]
    tz = pick(rng, (-5, 1, 8))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    jobs_per_day = float(rng.uniform(12, 22))
    curve = _mix(0.25, workday(tz, 7.0, 22.0, weekend=0.6))
    starts = thinned(rng, start, ctx.t1, jobs_per_day * (ctx.t1 - start) / DAY, curve)
    size = float(rng.uniform(35, 90))
    trains = bursts(rng, starts, size, float(rng.uniform(0.8, 2.5)), b=ctx.t1)
    shard = chance(rng, 0.5)
    per: list[list[np.ndarray]] = [[] for _ in range(n)]
    for j, tr in enumerate(trains):
        if shard:
            who = rng.integers(0, n, size=len(tr))
            for i in range(n):
                per[i].append(tr[who == i])
        else:
            per[j % n].append(tr)
    for i, a in enumerate(accts):
        ts = _concat(per[i])
        prompts = [texts.judge_prompt(rng, ctx.chat, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.03),
            comp_median=190,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge/rubric/reward-model grading",
            "keys": n,
            "ip_source": provider,
            "pacing": "scheduled batch jobs (bursts)",
            "jobs_per_day": round(jobs_per_day, 1),
            "mean_job_size": round(size, 1),
            "sharded_jobs": shard,
            "operator_tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# legate: policy / censorship-safe rewrites on stolen cards, keys rotated as they are burned


def legate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "legate"
    n_max = irange(rng, 8, 16)
    vpn = pick(rng, ("m247", "leaseweb"))
    pool = rented_block(rng, vpn, irange(rng, 3, 6), irange(rng, 3, 6)) + cloud(rng, 8, "vultr")
    uas = ("python-requests/2.32.3", "OpenAI/Python 1.54.0")
    rate = float(rng.uniform(40, 90))
    hold = float(rng.uniform(300, 1800))
    cur = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    accts = []
    while len(accts) < n_max and cur < ctx.t1 - 2 * HOUR:
        life = float(rng.lognormal(np.log(20 * HOUR), 0.5))
        end = min(cur + life, ctx.t1)
        a = _camp(ctx, rng, cid, name, "burner", ua=pick(rng, uas), ips=pool)
        accts.append(a)
        ts = thinned(rng, cur, end, rate * (end - cur) / HOUR, _mix(0.7, evening_person(3)))
        status = np.where(rng.random(len(ts)) < 0.05, 429, 200)
        if end < ctx.t1:  # the card is charged back and the key dies mid-run
            dead = end + np.sort(rng.uniform(0, 10 * MINUTE, size=irange(rng, 2, 6)))
            ts = np.concatenate([ts, dead])
            status = np.concatenate([status, np.full(len(dead), 401)])
        prompts = [texts.policy_prompt(rng, ctx.passages) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=480,
            comp_sigma=0.5,
            status=status,
        )
        cur = cur + life * float(rng.uniform(0.6, 1.05))
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "policy/censorship-safe rewrites and refusal pairs",
            "keys": len(accts),
            "payment": "one stolen card per key",
            "ip_source": f"VPN exits ({vpn}, vultr)",
            "pacing": "one or two keys at a time, rotated when burned",
            "rate_per_hour": round(rate, 1),
            "sticky_hold_s": round(hold),
            "languages": ["en", "zh", "ru", "ar"],
        },
    )


# --------------------------------------------------------------------------------------------
# agate: agent / tool-use transcripts


def agate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "agate"
    n = irange(rng, 3, 7)
    provider = pick(rng, ("gcp", "azure"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("litellm/1.60.2", "langchain-openai/0.3.6"))
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            name,
            "agent_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.release, 0.6)
    eps_per_hour = float(rng.uniform(4, 8))
    pools = worker_pool(rng, start, ctx.t1, eps_per_hour, n)
    for i, a in enumerate(accts):
        ts_all, prompts, extra, comp = [], [], [], []
        for s in pools[i].tolist():
            steps = 3 + int(rng.negative_binomial(3, 0.4))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.6, steps - 1))])
            ts_all.append(t)
            prompts += texts.agent_episode(rng, steps)
            extra += (700 + 320 * np.arange(steps)).tolist()
            comp += [170.0] * (steps - 1) + [650.0]
        ts = np.concatenate(ts_all) if ts_all else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.02,
            extra=extra,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent/tool-use transcript harvest",
            "keys": n,
            "ip_source": provider,
            "pacing": "Poisson episodes of chained steps (~7 s apart)",
            "episodes_per_hour": round(eps_per_hour, 1),
            "languages": ["en", "ja", "es"],
        },
    )


# --------------------------------------------------------------------------------------------
# gable: synthetic-dataset generation through residential proxies


def gable(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "gable"
    n = irange(rng, 10, 22)
    n_orgs = irange(rng, 3, 5)
    orgs = [(hexid(rng, "org"), hexid(rng, "pay")) for _ in range(n_orgs)]
    region = pick(rng, ("us", "eu", "*"))
    pool = resi(rng, irange(rng, 150, 300), region)
    org_ua = [pick(rng, ("aiohttp/3.11.11", "AsyncOpenAI/Python 1.60.0")) for _ in range(n_orgs)]
    accts = []
    for i in range(n):
        k = i % n_orgs
        accts.append(
            _camp(
                ctx,
                rng,
                cid,
                name,
                "generator",
                org=orgs[k][0],
                pay=orgs[k][1],
                ua=org_ua[k],
                ips=pool,
            )
        )
    tz = pick(rng, (8, 3))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    rate = float(rng.uniform(35, 70))
    hold = float(rng.uniform(600, 1800))
    pools = worker_pool(rng, start, ctx.t1, rate, n, _mix(0.45, workday(tz, 9.0, 23.0)))
    for i, a in enumerate(accts):
        ts = pools[i]
        prompts = [texts.synth_prompt(rng) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            ips=sticky(rng, ts, pool, hold),
            comp_median=1700,
            comp_sigma=0.35,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction-dataset generation",
            "keys": n,
            "orgs": n_orgs,
            "ip_source": f"residential proxy pool ({region}), sticky sessions",
            "sticky_hold_s": round(hold),
            "pacing": "Poisson worker pool, operator day + unattended",
            "rate_per_hour": round(rate, 1),
            "operator_tz": tz,
        },
    )


# --------------------------------------------------------------------------------------------
# bleat (hard): multi-turn dialogue harvest by a crowd of person-like accounts

_LANG_TZ = {"en": (-5, -8, 0), "es": (1, -3), "pt": (-3,), "de": (1,), "fr": (1, 0), "ja": (9,)}


def bleat(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "bleat"
    n = irange(rng, 30, 55)
    lang_names = ["en", "es", "pt", "de", "fr", "ja"]
    lang_p = np.array([0.5, 0.15, 0.12, 0.08, 0.08, 0.07])
    uas = BG_BROWSERS + MOBILE[:3]
    accts = []
    for _ in range(n):
        lang = str(rng.choice(lang_names, p=lang_p))
        tz = pick(rng, _LANG_TZ[lang])
        a = _camp(
            ctx,
            rng,
            cid,
            name,
            "persona",
            ua=pick(rng, uas),
            ips=home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        accts.append(a)
        onboard = ctx.release + float(rng.uniform(-1.5, 0.8)) * DAY
        sessions = session_times(
            rng,
            onboard,
            ctx.t1,
            float(rng.uniform(2.5, 5.0)),
            evening_person(tz),
            float(rng.uniform(5, 9)),
            float(rng.uniform(45, 100)),
        )
        sessions = [s for s in sessions if len(s)]
        if not sessions:
            sessions = [np.array([onboard + float(rng.uniform(0, 6)) * HOUR])]
        ts = np.concatenate(sessions)
        prompts, extra = [], []
        per_turn = float(rng.uniform(250, 450))
        for s in sessions:
            prompts += texts.dialogue_thread(rng, len(s), ctx.chat, lang)
            extra += (per_turn * np.arange(len(s))).astype(int).tolist()
        ips = []
        for s in sessions:  # the proxy keeps one exit per session
            ips += [pick(rng, a.ips)] * len(s)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.1),
            ips=ips,
            comp_median=430,
            comp_sigma=0.55,
            extra=extra,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "multi-turn dialogue harvest via scripted user simulator",
            "keys": n,
            "payment": "one card per account",
            "ip_source": "residential proxies matched to persona tz",
            "pacing": "human-like evening sessions",
            "onboarding": "around the model release",
            "languages": dict(zip(lang_names, lang_p.tolist(), strict=True)),
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# eagle: best-of-n and soft-label sampling


def eagle(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "eagle"
    n = irange(rng, 2, 5)
    provider = pick(rng, ("digitalocean", "vultr"))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11"))
    accts = [
        _camp(ctx, rng, cid, name, "sampler", org=org, pay=pay, ua=ua, ips=cloud(rng, 1, provider))
        for _ in range(n)
    ]
    rate = float(rng.uniform(3, 6))
    p_soft = float(rng.uniform(0.1, 0.3))
    for a in accts:
        test = thinned(
            rng,
            ctx.release - DAY,
            ctx.release,
            float(rng.uniform(4, 12)),
            lambda t: np.ones(len(t)),
        )
        main = thinned(
            rng,
            ctx.release + float(rng.uniform(0, 10)) * HOUR,
            ctx.t1,
            rate * 72.0,
            lambda t: np.ones(len(t)),
        )
        ts_all, prompts, comp = [], [], []
        for s in np.concatenate([test, main]).tolist():
            soft = chance(rng, p_soft)
            k = irange(rng, 3, 6) if soft else irange(rng, 4, 10)
            ts_all.append(s + np.sort(rng.uniform(0, 4.0, size=k)))
            item = (
                texts.soft_label_item(rng, ctx.chat) if soft else texts.sample_item(rng, ctx.chat)
            )
            if not soft and chance(rng, 0.25):
                prompts += [f"{item}\n\n[variant {j + 1} of {k}]" for j in range(k)]
            else:
                prompts += [item] * k
            comp += [60.0 if soft else 420.0] * k
        ts = np.concatenate(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            comp_median=comp,
            comp_sigma=0.6,
            err=0.06,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "keys": n,
            "ip_source": provider,
            "pacing": "groups of identical requests within seconds",
            "groups_per_hour": round(rate, 1),
            "soft_label_share": round(p_soft, 2),
        },
    )


# --------------------------------------------------------------------------------------------
# abate (hard): curriculum sweep hidden inside a real study app's production traffic


def abate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "abate"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    backend = cloud(rng, irange(rng, 2, 3), "aws")
    accts = [
        _camp(
            ctx,
            rng,
            cid,
            name,
            "product_backend" if i else "product_prod",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=backend,
        )
        for i in range(n)
    ]
    load = global_load(float(rng.uniform(13, 20)), 0.6)
    prod_rate = float(rng.uniform(25, 50))
    harv_rate = float(rng.uniform(9, 18))
    harv_start = ctx.release - float(rng.uniform(0.2, 1.0)) * DAY
    product = thinned(rng, ctx.t0, ctx.t1, prod_rate * (ctx.t1 - ctx.t0) / HOUR, load)
    harvest = thinned(rng, harv_start, ctx.t1, harv_rate * (ctx.t1 - harv_start) / HOUR, load)
    cells = (irange(rng, 0, 500) + np.arange(len(harvest))).tolist()
    switch = ctx.release + float(rng.uniform(0.5, 1.5)) * DAY
    share = rng.dirichlet([6.0] + [1.0] * (n - 1))
    who_p = rng.choice(n, size=len(product), p=share)
    who_h = rng.choice(n, size=len(harvest), p=share)
    for i, a in enumerate(accts):
        tp, th = product[who_p == i], harvest[who_h == i]
        ch = [c for c, w in zip(cells, who_h.tolist(), strict=True) if w == i]
        ts = np.concatenate([tp, th])
        prompts = [texts.student_prompt(rng, ctx.chat) for _ in range(len(tp))]
        prompts += [texts.curriculum_prompt(rng, c) for c in ch]
        m_prod = [
            ctx.new_model if (t >= switch and chance(rng, 0.5)) else m
            for t, m in zip(tp.tolist(), ctx.models(rng, tp, 0.0, 0.15), strict=True)
        ]
        models = m_prod + ctx.models(rng, th, 0.95, 0.0)
        comp = [380.0] * len(tp) + [650.0] * len(th)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, comp_sigma=0.55, err=0.01)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep (concept x level) hidden in a study app's traffic",
            "keys": n,
            "ip_source": "the product's own AWS backend",
            "hard": True,
            "product_rate_per_hour": round(prod_rate, 1),
            "harvest_rate_per_hour": round(harv_rate, 1),
            "pacing": "harvest follows the product's daily load curve",
        },
    )


# --------------------------------------------------------------------------------------------
# gelt: code harvest, a task x language sweep from Chinese clouds


def gelt(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "gelt"
    n = irange(rng, 5, 12)
    orgs = [
        (hexid(rng, "org"), hexid(rng, "pay"), ua)
        for ua in ("Go-http-client/2.0", "reqwest/0.12.12")
    ]
    providers = ("alibaba", "tencent", "huawei")
    accts = []
    for i in range(n):
        org, pay, ua = orgs[i % 2]
        accts.append(
            _camp(
                ctx,
                rng,
                cid,
                name,
                "worker",
                org=org,
                pay=pay,
                ua=ua,
                ips=cloud(rng, irange(rng, 1, 3), pick(rng, providers)),
            )
        )
    langs = list(texts.code_langs())
    langs = [langs[j] for j in rng.permutation(len(langs))[: irange(rng, 5, len(langs))]]
    rate = float(rng.uniform(45, 95))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    pools = worker_pool(rng, start, ctx.t1, rate, n, _mix(0.3, nightly(20.0, 11.0, 8)))
    # one sweep over task x language in time order, shared by all workers
    allts = np.concatenate(pools)
    owner = np.concatenate([np.full(len(p), i) for i, p in enumerate(pools)])
    order = np.argsort(allts, kind="stable")
    cell = np.empty(len(allts), dtype=np.int64)
    cell[order] = np.arange(len(allts))
    for i, a in enumerate(accts):
        ts = allts[owner == i]
        prompts = [texts.code_prompt(rng, c, langs) for c in cell[owner == i].tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.04),
            comp_median=850,
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code harvest (task x programming-language sweep)",
            "keys": n,
            "orgs": 2,
            "ip_source": "alibaba/tencent/huawei cloud",
            "target_languages": langs,
            "pacing": "Poisson worker pool, heavier at operator night",
            "rate_per_hour": round(rate, 1),
        },
    )


# --------------------------------------------------------------------------------------------
# galea (hard): bought aged accounts, turned into harvesters after the release

_EXPERT_LANG = {
    -8: "en",
    -5: "en",
    -3: "pt",
    0: "en",
    1: "de",
    2: "fr",
    3: "en",
    5: "en",
    8: "en",
    9: "ja",
}


def galea(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "galea"
    n = irange(rng, 8, 16)
    tz_choices = (-8, -5, -3, 0, 1, 2, 5, 9)
    accts = []
    for _ in range(n):
        tz = pick(rng, tz_choices)
        ua = pick(rng, BG_UAS[:4])
        a = _camp(ctx, rng, cid, name, "aged_account", ua=ua, ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        pivot = ctx.release + float(rng.uniform(0.0, 18.0)) * HOUR
        curve = workday(tz) if chance(rng, 0.5) else evening_person(tz)
        old = session_times(rng, ctx.t0, pivot, float(rng.uniform(0.8, 2.0)), curve, 3.0, 60.0)
        old_ts = _concat(old)
        lang = _EXPERT_LANG[tz] if chance(rng, 0.7) else "en"
        new = session_times(
            rng,
            pivot,
            ctx.t1,
            float(rng.uniform(3, 6)),
            _mix(0.3, workday(tz, 8.0, 23.0, weekend=0.8)),
            float(rng.uniform(8, 15)),
            float(rng.uniform(20, 50)),
            0.5,
        )
        new = [s for s in new if len(s)]
        new_ts = np.concatenate(new) if new else np.empty(0)
        region = REGION[tz]
        new_ips = []
        for s in new:  # a residential exit in the owner's region, fresh for each session
            new_ips += resi(rng, 1, region) * len(s)
        ctx.emit(
            rng,
            a,
            old_ts,
            [texts.ordinary(rng, ctx.chat) for _ in range(len(old_ts))],
            models=ctx.models(rng, old_ts, 0.2, 0.2),
            comp_median=350,
        )
        ctx.emit(
            rng,
            a,
            new_ts,
            [texts.expert_prompt(rng, lang) for _ in range(len(new_ts))],
            models=ctx.models(rng, new_ts, 0.9, 0.02),
            ips=new_ips or None,
            comp_median=720,
            comp_sigma=0.45,
            err=0.015,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "expert-answer harvest through bought aged accounts",
            "keys": n,
            "payment": "each account's original card",
            "hard": True,
            "ip_source": "owner's home IP before the pivot, same-region residential proxy after",
            "pacing": "owner's sessions, then scripted sessions with jitter after a per-account pivot",
            "user_agent": "kept from the original owner",
        },
    )


# --------------------------------------------------------------------------------------------
# allege (hard): verbatim replay of a public prompt collection by throwaway accounts

_MOBILE_OF_TZ = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    5: "in_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
}


def allege(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "allege"
    n = irange(rng, 20, 40)
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    uas = BG_BROWSERS + MOBILE[:2] + (BG_UAS[0],)
    accts = []
    for _ in range(n):
        tz = pick(rng, (-8, -5, -3, 0, 1, 2, 5, 8))
        a = _camp(ctx, rng, cid, name, "replayer", ua=pick(rng, uas), ips=home(rng, 1, tz), tz=tz)
        accts.append(a)
        onboard = ctx.release + float(rng.uniform(0.0, 0.5)) * DAY
        sessions = session_times(
            rng,
            onboard,
            ctx.t1,
            float(rng.uniform(5, 9)),
            evening_person(tz, 3.0),
            float(rng.uniform(4, 7)),
            float(rng.uniform(35, 70)),
        )
        sessions = [s for s in sessions if len(s)]
        if not sessions:
            sessions = [np.array([onboard + float(rng.uniform(0, 3)) * HOUR])]
        ips: list[str] = []
        for s in sessions:
            if tz in _MOBILE_OF_TZ and chance(rng, 0.6):
                ips += mobile_v6(rng, 1, _MOBILE_OF_TZ[tz]) * len(s)
            else:
                ips += home(rng, 1, tz) * len(s)
        ts = np.concatenate(sessions)
        texts_ = [ctx.chat[order[(cursor + j) % len(order)]] for j in range(len(ts))]
        cursor += len(ts)
        prompts = [texts.replay_prompt(rng, t) for t in texts_]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            ips=ips,
            comp_median=420,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt collection replayed verbatim, disjoint slice per account",
            "keys": n,
            "payment": "one card per account",
            "hard": True,
            "ip_source": "carrier IPv6 and residential addresses, new one per session",
            "pacing": "human-like sessions, 5-9 a day",
            "onboarding": "first 12 h after release",
            "prompts_replayed": cursor,
        },
    )


# --------------------------------------------------------------------------------------------
# elate (hard): a front posing as an annotation vendor, drafting "reference answers"


def elate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "elate"
    seats = irange(rng, 6, 12)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, -3, 1))
    office = home(rng, irange(rng, 1, 2), tz)
    accts = []
    for i in range(seats):
        ua = BG_UAS[0] if i < irange(rng, 1, 2) else BG_BROWSERS[0]
        accts.append(_camp(ctx, rng, cid, name, "seat", org=org, pay=pay, ua=ua, ips=office, tz=tz))
    for a in accts:
        sessions = session_times(
            rng,
            ctx.t0 + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            float(rng.uniform(3, 6)),
            workday(tz),
            float(rng.uniform(8, 14)),
            float(rng.uniform(50, 110)),
        )
        ts = _concat(sessions)
        if len(ts) == 0:
            ts = np.array([ctx.t0 + float(rng.uniform(1, 4)) * DAY])
        prompts = [texts.draft_prompt(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=520,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reference-answer drafting disguised as annotation work",
            "keys": seats,
            "payment": "one company card",
            "ip_source": "office broadband (shared NAT)",
            "pacing": "office-hours sessions",
            "office_tz": tz,
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES = {
    "bagel": bagel,
    "beagle": beagle,
    "legate": legate,
    "agate": agate,
    "gable": gable,
    "bleat": bleat,
    "eagle": eagle,
    "abate": abate,
    "gelt": gelt,
    "galea": galea,
    "allege": allege,
    "elate": elate,
}

__all__ = ["CAMPAIGN_FAMILIES", "BG_UAS", "BG_BROWSERS", "REGION"]

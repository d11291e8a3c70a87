"""Campaign families of batch 199: twelve distillation operations (code names from the game of go).

Each family is `f(ctx, rng, campaign_id)`: it creates its accounts through `ctx.account`, sends
their events with `ctx.emit`, and records the campaign with `ctx.campaign`. Everything random
comes from the family's own `rng`. The last five (`miai`, `moyo`, `komi`, `kikashi`, `sabaki`)
are the deliberately hard ones.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
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
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind199 import texts as tx

Rng = np.random.Generator

#: user agents as the campaign-free background spells them (the commonest clients there)
BG_UAS = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
)
BG_BROWSERS = BG_UAS[2:] + (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
)

#: what people in each UTC offset write in (weights)
LANG_OF_TZ: dict[int, tuple[tuple[str, ...], tuple[float, ...]]] = {
    -8: (("en", "es"), (0.85, 0.15)),
    -5: (("en", "es"), (0.8, 0.2)),
    -3: (("pt", "es", "en"), (0.55, 0.3, 0.15)),
    0: (("en",), (1.0,)),
    1: (("de", "fr", "en"), (0.4, 0.3, 0.3)),
    2: (("de", "en"), (0.3, 0.7)),
    3: (("ru", "en"), (0.7, 0.3)),
    5: (("en",), (1.0,)),
    8: (("zh", "en"), (0.6, 0.4)),
    9: (("ja", "en"), (0.7, 0.3)),
}


def sample(rng: Rng, seq, k: int) -> list:
    """k distinct items of seq (all of them when k >= len)."""
    idx = rng.permutation(len(seq))[: min(k, len(seq))]
    return [seq[i] for i in idx.tolist()]


def wpick(rng: Rng, items: tuple, weights: tuple[float, ...]):
    w = np.asarray(weights, dtype=np.float64)
    return items[int(rng.choice(len(items), p=w / w.sum()))]


def lang_of(rng: Rng, tz: int) -> str:
    items, w = LANG_OF_TZ.get(tz, (("en",), (1.0,)))
    return wpick(rng, items, w)


def days_of(a: float, b: float) -> float:
    return max(0.0, (b - a) / DAY)


# --------------------------------------------------------------------------------------------


def tesuji(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion from a rented hosting block, one Poisson worker pool."""
    fam = "tesuji"
    n = irange(rng, 10, 20)
    n_orgs = irange(rng, 1, 3)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    pays = [hexid(rng, "pay") for _ in range(n_orgs)]  # one prepaid card per org
    provider = pick(rng, ("hetzner", "ovh", "contabo", "m247"))
    pool = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    ua = sdk_ua(rng, 0.3)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            pay=pays[i % n_orgs],
            ua=ua,
            ips=sample(rng, pool, irange(rng, 1, 3)),
        )
        for i in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_key = float(rng.uniform(3.0, 6.0))
    boost = float(rng.uniform(1.3, 2.0))
    pre = worker_pool(rng, start, max(start, ctx.release), per_key * n * 0.6, n)
    post = worker_pool(rng, max(start, ctx.release), ctx.t1, per_key * n * boost, n)
    langs, lw = ("en", "zh", "ru", "es"), (0.55, 0.25, 0.1, 0.1)
    styles = [int(rng.integers(4)) for _ in range(n)]
    for i, a in enumerate(accts):
        ts = np.sort(np.concatenate([pre[i], post[i]]))
        prompts = [
            tx.reasoning_trace(rng, styles[i] + int(chance(rng, 0.2)), wpick(rng, langs, lw))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.95, p_mini=0.02),
            comp_median=float(rng.uniform(800, 1300)),
            comp_sigma=0.45,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, numbered steps, self-checks)",
            "pacing": f"poisson worker pool, {per_key:.1f}/h per key before release, x{boost:.2f} after",
            "ip_source": f"rented {provider} /24 block, {len(pool)} addresses",
            "payment": f"{n_orgs} prepaid card(s), one per org",
            "user_agent": ua,
            "orgs": n_orgs,
            "languages": list(langs),
            "styles": sorted(set(styles)),
            "start": start,
        },
    )


def joseki(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Judge / rubric / reward-model grading in scripted batches from cloud NAT gateways."""
    fam = "joseki"
    n = irange(rng, 4, 8)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]  # stolen cards, one per org
    provider = pick(rng, ("aws", "gcp"))
    nat = [cloud(rng, 2, provider) for _ in range(2)]
    uas = [
        pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1", "AsyncOpenAI/Python 1.60.0"))
        for _ in range(2)
    ]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="grader",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=uas[i % 2],
            ips=nat[i % 2],
        )
        for i in range(n)
    ]
    style_w = (0.3, 0.25, 0.2, 0.15, 0.05, 0.05)
    styles = [wpick(rng, tuple(range(6)), style_w) for _ in range(n)]
    per_day = float(rng.uniform(3, 7))
    size = float(rng.uniform(18, 40))
    for i, a in enumerate(accts):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = thinned(rng, start, ctx.t1, per_day * days_of(start, ctx.t1), constant)
        ts = np.sort(np.concatenate(bursts(rng, starts, size, 1.2, 0.5, ctx.t1) or [np.empty(0)]))
        prompts = [
            tx.judge_prompt(
                rng,
                ctx.chat,
                ctx.passages,
                styles[i] if chance(rng, 0.85) else int(rng.integers(4)),
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=float(rng.uniform(220, 380)),
            comp_sigma=0.4,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward-model grading of ShareGPT exchanges",
            "pacing": f"scripted bursts, {per_day:.1f} batches/day per key, ~{size:.0f} requests each",
            "ip_source": f"{provider} NAT gateways, two per org",
            "payment": "two stolen cards (one per org)",
            "user_agent": uas,
            "orgs": 2,
            "languages": ["en", "zh", "de"],
            "styles": sorted(set(styles)),
        },
    )


def fuseki(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Policy-compliant ("safe") rewrites through a commercial VPN's exits, separate identities."""
    fam = "fuseki"
    n = irange(rng, 6, 11)
    vpn = cloud(rng, irange(rng, 25, 45), "m247") + cloud(rng, irange(rng, 10, 25), "leaseweb")
    hold = float(rng.uniform(20, 60)) * 60
    accts = []
    for _ in range(n):
        ua = pick(rng, ("python-requests/2.32.3", "python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
        accts.append(
            ctx.account(
                rng, label="campaign", family=fam, role="rewriter", campaign_id=cid, ua=ua, ips=vpn
            )
        )
    langs, lw = ("zh", "en", "ru", "vi"), (0.5, 0.3, 0.1, 0.1)
    curve = workday(8, 9.0, 23.0, weekend=0.6, night=0.05)
    for a in accts:
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(250, 550)) * days_of(start, ctx.t1) / 7, curve
        )
        style = int(rng.integers(4))
        prompts = [
            tx.policy_rewrite(
                rng, ctx.passages, wpick(rng, langs, lw), style + int(chance(rng, 0.3))
            )
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85),
            ips=sticky(rng, ts, vpn, hold),
            comp_median=float(rng.uniform(380, 600)),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "censorship-safe / policy-compliant rewrites and compliant answers",
            "pacing": "per-key Poisson on a UTC+8 working day (late evenings, weekends too)",
            "ip_source": f"VPN exits (m247 + leaseweb, {len(vpn)} addresses), sticky {hold / 60:.0f} min",
            "payment": "one stolen card per key",
            "user_agent": "python clients, per key",
            "orgs": n,
            "languages": list(langs),
        },
    )


def sente(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use transcripts: synthetic episodes whose context grows step by step."""
    fam = "sente"
    n = irange(rng, 4, 7)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 6), "gcp")
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent-runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
        )
        for _ in range(n)
    ]
    per_day = float(rng.uniform(10, 22))
    for a in accts:
        style = int(rng.integers(3))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts_all, prompts, extra, comp = [], [], [], []
        for s in thinned(rng, start, ctx.t1, per_day * days_of(start, ctx.t1), constant).tolist():
            task, hist, k = tx.agent_task(rng), [], irange(rng, 3, 12)
            gaps = np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(4.0), 0.6, size=k - 1))])
            per_step = float(rng.uniform(250, 600))
            for j in range(k):
                ts_all.append(s + gaps[j])
                prompts.append(tx.agent_step(rng, task, hist, style))
                extra.append(int(400 + (j * per_step if style == 0 else 0)))
                comp.append(500.0 if j == k - 1 else 120.0)
                hist.append(tx.next_tool(rng))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            extra=extra,
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcript harvest (function-calling, ReAct, XML trajectories)",
            "pacing": f"{per_day:.0f} episodes/day per key, 3-12 steps ~4 s apart",
            "ip_source": "gcp egress addresses",
            "payment": "one corporate card",
            "user_agent": ua,
            "orgs": 1,
            "languages": ["en"],
        },
    )


def tenuki(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Synthetic-dataset generation: many small droplets, one card each, slow nightly runs."""
    fam = "tenuki"
    n = irange(rng, 14, 26)
    n_orgs = irange(rng, 3, 6)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    org_ua = [sdk_ua(rng, 0.4) for _ in range(n_orgs)]
    provider = pick(rng, ("digitalocean", "vultr", "linode"))
    droplets = cloud(rng, max(3, n // 2), provider)
    tz = pick(rng, TZS)
    curve = nightly(22.0, float(rng.uniform(6, 9)), tz)
    langs, lw = ("en", "es", "pt", "id", "ar", "de"), (0.45, 0.15, 0.12, 0.12, 0.08, 0.08)
    accts = []
    for i in range(n):
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            ua=org_ua[i % n_orgs],
            ips=[pick(rng, droplets)],
        )
        accts.append(a)
        lang = wpick(rng, langs, lw)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        ts = thinned(
            rng, start, ctx.t1, float(rng.uniform(60, 180)) * days_of(start, ctx.t1) / 7, curve
        )
        prompts = [
            tx.dataset_gen(rng, lang if chance(rng, 0.85) else "en", int(rng.integers(5)))
            for _ in ts
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9),
            comp_median=float(rng.uniform(1200, 1800)),
            comp_sigma=0.4,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic instruction / MCQ / dialogue dataset generation",
            "pacing": f"slow nightly runs (22:00 local, UTC{tz:+d})",
            "ip_source": f"{provider} droplets",
            "payment": "one prepaid card per key",
            "user_agent": org_ua,
            "orgs": n_orgs,
            "languages": list(langs),
        },
    )


def miai(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: soft-label / best-of-n sampling of public ShareGPT prompts by a small office of
    employees, each on a personal-looking account, office broadband, the commonest client."""
    fam = "miai"
    n = irange(rng, 7, 11)
    tz = pick(rng, (1, 2, 3, 8, -5))
    office = home(rng, irange(rng, 1, 3), tz)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            ua="OpenAI/Python 1.54.0",
            ips=office,
            tz=tz,
        )
        for _ in range(n)
    ]
    queue = [ctx.chat[i] for i in rng.permutation(len(ctx.chat)).tolist()]
    curve = workday(tz)
    p_repeat = float(rng.uniform(0.55, 0.8))
    jobs = []  # (time, account index, prompt)
    for i in range(n):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        for s in thinned(
            rng, start, ctx.t1, float(rng.uniform(25, 55)) * days_of(start, ctx.t1), curve
        ).tolist():
            jobs.append((s, i))
    jobs.sort()
    per_acct: list[tuple[list[float], list[str]]] = [([], []) for _ in range(n)]
    for j, (s, i) in enumerate(jobs):
        k = irange(rng, 2, 4) if chance(rng, p_repeat) else 1
        t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25.0), 0.8, size=k - 1))])
        per_acct[i][0].extend(t.tolist())
        per_acct[i][1].extend([queue[j % len(queue)]] * k)
    for i, a in enumerate(accts):
        ts = np.asarray(per_acct[i][0])
        ctx.emit(
            rng,
            a,
            ts,
            per_acct[i][1],
            models=ctx.models(rng, ts, p_new=0.55, p_mini=0.03),
            comp_median=350.0,
            comp_sigma=0.8,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "soft-label / best-of-n sampling of public ShareGPT prompts (2-4 samples each)",
            "pacing": f"office hours UTC{tz:+d}, repeats ~25 s apart, {p_repeat:.0%} of prompts repeated",
            "ip_source": f"office broadband ({len(office)} consumer-ISP address(es))",
            "payment": "personal cards, one per employee account",
            "user_agent": "OpenAI/Python 1.54.0",
            "orgs": n,
            "languages": ["as in ShareGPT"],
            "hard": True,
        },
    )


def moyo(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: multi-turn dialogue harvest played by scripted 'users' with human-like sessions,
    residential and mobile proxies matching each persona's region, browser and phone agents."""
    fam = "moyo"
    n = irange(rng, 16, 26)
    accts, personas = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        mobile = chance(rng, 0.3)
        if mobile:
            kind = {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
                tz, "eu_mobile"
            )
            pool = mobile_v6(rng, irange(rng, 10, 25), kind)
            ua = pick(rng, MOBILE[:3])
        else:
            pool = home(rng, irange(rng, 8, 20), tz)
            ua = pick(rng, BG_BROWSERS + BROWSERS[:2])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="dialogue-player",
                campaign_id=cid,
                ua=ua,
                ips=pool,
                tz=tz,
            )
        )
        personas.append((tz, pool, mobile))
    for a, (tz, pool, _mobile) in zip(accts, personas, strict=True):
        lang = lang_of(rng, tz)
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        sessions = session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(3, 6)),
            evening_person(tz),
            float(rng.uniform(5, 9)),
            float(rng.uniform(30, 70)),
            0.7,
        )
        ts_list, prompts, ips = [], [], []
        for sess in sessions:
            if len(sess) == 0:
                continue
            ip = pick(rng, pool)
            ts_list.append(sess)
            opener = pick(rng, ctx.chat)
            prompts.append(opener)
            prompts.extend(tx.followup(rng, lang, opener) for _ in range(len(sess) - 1))
            ips.extend([ip] * len(sess))
        ts = np.concatenate(ts_list) if ts_list else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.75),
            ips=ips,
            comp_median=420.0,
            comp_sigma=0.7,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest: ShareGPT opener + scripted follow-up probes",
            "pacing": "evening sessions of 5-9 turns, 30-70 s think times",
            "ip_source": "residential / mobile proxy per session",
            "payment": "one card per account",
            "user_agent": "browsers and phones",
            "orgs": n,
            "languages": sorted({x for v in LANG_OF_TZ.values() for x in v[0]}),
            "hard": True,
        },
    )


def shicho(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Code harvest as a curriculum sweep (levels 1-5 x languages), restarted for the new model."""
    fam = "shicho"
    n = irange(rng, 3, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("vultr", "digitalocean"))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="aiohttp/3.11.11",
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        for _ in range(n)
    ]
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.2)
    rate = float(rng.uniform(7, 12))
    boost = float(rng.uniform(1.4, 1.9))
    grid = tx.code_curriculum(rng)
    times = []
    for i in range(n):
        pre = thinned(rng, start, ctx.release, rate * days_of(start, ctx.release) * 24, constant)
        post = thinned(
            rng, ctx.release, ctx.t1, rate * boost * days_of(ctx.release, ctx.t1) * 24, constant
        )
        times.extend((t, i) for t in np.concatenate([pre, post]).tolist())
    times.sort()
    per: list[list[tuple[float, str, str]]] = [[] for _ in range(n)]
    k_pre = k_post = 0
    for t, i in times:
        if t < ctx.release:
            item, k_pre = grid[k_pre % len(grid)], k_pre + 1
            model = ctx.old_models[0]
        else:
            item, k_post = grid[k_post % len(grid)], k_post + 1
            model = ctx.new_model
        per[i].append((t, tx.code_task(item), model))
    for i, a in enumerate(accts):
        ts = np.asarray([x[0] for x in per[i]])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in per[i]],
            models=[x[2] for x in per[i]],
            comp_median=900.0,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest: algorithms x languages swept by difficulty level",
            "pacing": f"steady Poisson {rate:.1f}/h per key, x{boost:.2f} after release (sweep restarts on new model)",
            "ip_source": f"{provider} VMs",
            "payment": "one card",
            "user_agent": "aiohttp/3.11.11",
            "orgs": 1,
            "languages": list(tx.CODE_LANGS),
            "grid": len(grid),
        },
    )


def nakade(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Translation harvest: every source passage into every target language (a parallel corpus)."""
    fam = "nakade"
    n = irange(rng, 4, 7)
    orgs = [hexid(rng, "org") for _ in range(2)]
    pays = [hexid(rng, "pay") for _ in range(2)]
    provider = pick(rng, ("alibaba", "tencent", "huawei"))
    uas = [pick(rng, ("Go-http-client/2.0", "python-httpx/0.28.1")) for _ in range(2)]
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="translator",
            campaign_id=cid,
            org=orgs[i % 2],
            pay=pays[i % 2],
            ua=uas[i % 2],
            ips=cloud(rng, 2, provider),
        )
        for i in range(n)
    ]
    targets = sample(rng, tx.LANGS_EN, irange(rng, 6, 9))
    src = [
        tx.clip_text(rng, ctx.passages[i], 300, 1500)
        for i in rng.permutation(len(ctx.passages))[:2000].tolist()
    ]
    jobs = [(p, t) for p in range(len(src)) for t in range(len(targets))]
    per_day, size = float(rng.uniform(5, 10)), float(rng.uniform(12, 28))
    times = []
    for i in range(n):
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, start, ctx.t1, per_day * days_of(start, ctx.t1), constant)
        for b in bursts(rng, starts, size, 2.0, 0.5, ctx.t1):
            times.extend((t, i) for t in b.tolist())
    times.sort()
    styles = [int(rng.integers(4)), int(rng.integers(4))]
    per: list[list[tuple[float, str, float]]] = [[] for _ in range(n)]
    for j, (t, i) in enumerate(times):
        p, k = jobs[j % len(jobs)]
        text = src[p]
        per[i].append(
            (
                t,
                tx.translate_prompt(rng, text, targets[k], styles[i % 2]),
                max(60.0, len(text) / 2.5),
            )
        )
    for i, a in enumerate(accts):
        ts = np.asarray([x[0] for x in per[i]])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in per[i]],
            models=ctx.models(rng, ts, p_new=0.8),
            comp_median=np.asarray([x[2] for x in per[i]]),
            comp_sigma=0.3,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest of ShareGPT answers into several languages",
            "pacing": f"bursts of ~{size:.0f}, {per_day:.1f}/day per key",
            "ip_source": f"{provider} cloud",
            "payment": "two stolen cards (one per org)",
            "user_agent": uas,
            "orgs": 2,
            "languages": ["en"] + targets,
        },
    )


def komi(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: a real study-helper product whose operator slips a harvest queue into the product's
    own keys: same org, card, egress, client and system preamble as the genuine user traffic."""
    fam = "komi"
    brand = pick(rng, ("StudyNook", "Brightpath", "Quillmate", "Homework Harbor"))
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    egress = cloud(rng, irange(rng, 4, 6), "aws")
    ua = "OpenAI/NodeJS 4.67.1"
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product-backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n)
    ]
    load = global_load(float(rng.uniform(13, 17)), 0.7)

    def off_peak(ts: np.ndarray) -> np.ndarray:
        return np.clip(1.15 - load(ts), 0.05, 1.0)

    real = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3000, 5000)), load)
    inj_start = ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY
    n_inj = float(rng.uniform(1000, 1800))
    inj = np.concatenate(
        [
            thinned(rng, inj_start, ctx.release, n_inj * 0.25, off_peak),
            thinned(rng, ctx.release, ctx.t1, n_inj * 0.75, off_peak),
        ]
    )
    who_r, who_i = rng.integers(0, n, size=len(real)), rng.integers(0, n, size=len(inj))
    for i, a in enumerate(accts):
        tr, ti = real[who_r == i], inj[who_i == i]
        ts = np.concatenate([tr, ti])
        prompts = [tx.product_wrap(brand, pick(rng, ctx.chat)) for _ in tr] + [
            tx.product_wrap(brand, tx.student_harvest(rng)) for _ in ti
        ]
        models = ctx.models(rng, tr, p_new=0.3) + ctx.models(rng, ti, p_new=0.95, p_mini=0.0)
        comp = np.concatenate([np.full(len(tr), 350.0), np.full(len(ti), 900.0)])
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=comp, comp_sigma=0.6, err=0.01)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest hidden in a live product: worked solutions and model essays under the product preamble",
            "pacing": "product load follows a global daily cycle; injected queue fills the off-peak hours, 3x after release",
            "ip_source": "the product's aws egress",
            "payment": "the company's card",
            "user_agent": ua,
            "orgs": 1,
            "languages": ["en"],
            "product": brand,
            "injected_events_planned": int(n_inj),
            "hard": True,
        },
    )


def kikashi(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: bought / taken-over aged personal accounts. Each keeps its owner's org, card and region;
    after its pivot it is driven through residential proxies of the owner's region with person-like
    timing and expert questions phrased as a person asks them."""
    fam = "kikashi"
    n = irange(rng, 12, 20)
    accts, pivots = [], []
    for _ in range(n):
        tz = pick(rng, TZS)
        own_ua = pick(rng, BG_UAS + BG_BROWSERS)
        a = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="taken-over",
            campaign_id=cid,
            ua=own_ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(a)
        pivot = ctx.t0 + float(rng.uniform(1.8, 4.8)) * DAY
        pivots.append(pivot)
        # the owner's own use before the takeover
        sess = session_times(
            rng, ctx.t0, pivot, float(rng.uniform(0.6, 2.0)), evening_person(tz), 3.0, 90.0
        )
        t_own = np.concatenate(sess) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            t_own,
            [pick(rng, ctx.chat) for _ in t_own],
            models=ctx.models(rng, t_own, p_new=0.17, p_mini=0.2),
            comp_median=350.0,
            comp_sigma=0.8,
        )
        # the operator's use after it
        region = pick(
            rng,
            {
                -8: ("us",),
                -5: ("us",),
                -3: ("latam",),
                3: ("ru",),
                5: ("in",),
                8: ("cn", "sea"),
                9: ("jp_kr",),
            }.get(tz, ("eu",)),
        )
        proxy = resi(rng, irange(rng, 15, 30), region)
        ev = evening_person(tz)

        def curve(ts: np.ndarray, ev=ev) -> np.ndarray:
            return 0.45 + 0.55 * ev(ts)

        t_op = thinned(
            rng, pivot, ctx.t1, float(rng.uniform(25, 70)) * days_of(pivot, ctx.t1), curve
        )
        lang = lang_of(rng, tz)
        op_ua = "OpenAI/Python 1.54.0" if chance(rng, 0.55) else own_ua
        ctx.emit(
            rng,
            a,
            t_op,
            [tx.expert_question(rng, lang if chance(rng, 0.7) else "en") for _ in t_op],
            models=ctx.models(rng, t_op, p_new=0.85),
            ips=sticky(rng, t_op, proxy, float(rng.uniform(2, 6)) * HOUR),
            ua=op_ua,
            comp_median=700.0,
            comp_sigma=0.55,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "expert-question harvest through bought aged personal accounts",
            "pacing": "owner's evening sessions before the pivot; 25-70/day person-shaped after it",
            "ip_source": "owner's home ISP before, residential proxies of the same region after",
            "payment": "each owner's own card",
            "user_agent": "owner's, or OpenAI/Python 1.54.0 after the pivot",
            "orgs": n,
            "pivot_ts": pivots,
            "languages": sorted({x for v in LANG_OF_TZ.values() for x in v[0]}),
            "hard": True,
        },
    )


def sabaki(ctx: Ctx, rng: Rng, cid: str) -> None:
    """HARD: a low-and-slow crowd of fresh person-like accounts, each with its own card and home
    address, sharing one coverage plan (every concept x angle) so nobody repeats anybody."""
    fam = "sabaki"
    n = irange(rng, 45, 75)
    tzs = (-8, -5, -3, 0, 1, 2, 5, 8)
    accts, info = [], []
    for _ in range(n):
        tz = pick(rng, tzs)
        ips = home(rng, 1, tz)
        if chance(rng, 0.3):
            ips += mobile_v6(
                rng,
                irange(rng, 1, 3),
                {-8: "us_mobile", -5: "us_mobile", -3: "br_mobile", 5: "in_mobile"}.get(
                    tz, "eu_mobile"
                ),
            )
        ua = pick(rng, BG_UAS + BG_BROWSERS + MOBILE[:2])
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="crowd-member",
                campaign_id=cid,
                ua=ua,
                ips=ips,
                tz=tz,
            )
        )
        info.append(tz)
    plan = tx.crowd_tasks(rng)
    events = []  # (time, account index)
    for i, tz in enumerate(info):
        start = ctx.t0 + float(rng.uniform(0.15, 0.75)) * (ctx.t1 - ctx.t0)
        before = len(events)
        for s in session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(1, 2.5)),
            evening_person(tz),
            float(rng.uniform(2, 4.5)),
            float(rng.uniform(40, 120)),
        ):
            events.extend((t, i) for t in s.tolist())
        if len(events) == before:
            # a member whose sessions all fell outside the window still asks once before it ends
            events.append((float(rng.uniform(start, ctx.t1)), i))
    events.sort()
    per: list[list[tuple[float, str]]] = [[] for _ in range(n)]
    k = 0
    for t, i in events:
        if chance(rng, 0.2):
            per[i].append((t, pick(rng, ctx.chat)))
        else:
            per[i].append((t, tx.crowd_question(rng, plan[k % len(plan)], lang_of(rng, info[i]))))
            k += 1
    for i, a in enumerate(accts):
        ts = np.asarray([x[0] for x in per[i]])
        ctx.emit(
            rng,
            a,
            ts,
            [x[1] for x in per[i]],
            models=ctx.models(rng, ts, p_new=0.7),
            comp_median=550.0,
            comp_sigma=0.6,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "crowd of person-like accounts covering a concept x angle plan (no repeats)",
            "pacing": "1-2.5 evening sessions/day of 2-4 questions; members join over days 1-5",
            "ip_source": "each member's home ISP (some phones)",
            "payment": "one card per member",
            "user_agent": "browsers, phones, the common SDK",
            "orgs": n,
            "plan_size": len(plan),
            "languages": ["en", "es", "pt", "de", "fr", "zh->en"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, Rng, str], None]] = {
    "tesuji": tesuji,
    "joseki": joseki,
    "fuseki": fuseki,
    "sente": sente,
    "tenuki": tenuki,
    "miai": miai,
    "moyo": moyo,
    "shicho": shicho,
    "nakade": nakade,
    "komi": komi,
    "kikashi": kikashi,
    "sabaki": sabaki,
}

__all__ = ["CAMPAIGN_FAMILIES"]

"""Campaign families of batch 161 (code names from horseshoe pitching).

Each family is `family(ctx, rng, campaign_id)`: it draws all of its own parameters from `rng`,
registers its accounts and campaign in the truth, and writes its events to the shared sink.
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
from bench.monitor_blind161 import texts

#: user agents exactly as the simulator's background spells them
BG_SDK = (
    "OpenAI/Python 1.54.0",
    "OpenAI/NodeJS 4.67.1",
    "langchain/0.3.7 python-openai/1.54.0",
    "curl/8.5.0",
)
BG_BROWSER = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Edg/130.0",
)
BG_PHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
)
REGION_OF = {
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
V6_OF = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def _num(x):
    if isinstance(x, np.generic):
        return x.item()
    if isinstance(x, float):
        return round(x, 4)
    return x


def params(**kw) -> dict:
    """JSON-safe campaign parameters."""
    out = {}
    for k, v in kw.items():
        if isinstance(v, dict):
            out[k] = {str(a): _num(b) for a, b in v.items()}
        elif isinstance(v, list | tuple):
            out[k] = [_num(x) for x in v]
        else:
            out[k] = _num(v)
    return out


def floor(curve, lo: float):
    return lambda ts: np.maximum(lo, curve(ts))


# --------------------------------------------------------------------------------------------


def ringer(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Reasoning-trace coercion from a rented block: a worker pool of keys, 24/7."""
    fam = "ringer"
    n_keys = irange(rng, 8, 18)
    prov = pick(rng, ["hetzner", "ovh", "vultr", "contabo", "digitalocean"])
    block = rented_block(rng, prov, irange(rng, 1, 3), irange(rng, 3, 8))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 3))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 3))]
    ua = pick(
        rng,
        [
            "python-httpx/0.28.1",
            "aiohttp/3.11.11",
            "AsyncOpenAI/Python 1.60.0",
            "OpenAI/Python 1.54.0",
        ],
    )
    mix = texts.style_mix(rng, texts.REASONING_STYLES, 3, 5)
    start = ctx.t0 + float(rng.uniform(0.3, 2.5)) * DAY
    per_hour = float(rng.uniform(25, 55))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="worker",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % len(cards)],
            ua=ua,
            ips=picks(rng, block, irange(rng, 1, 3)),
        )
        for i in range(n_keys)
    ]
    boost = float(rng.uniform(1.3, 2.2))  # the pool grows once the new model is out

    def curve(ts):
        return np.where(np.asarray(ts) >= ctx.release, 1.0, 1.0 / boost)

    for acct, ts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour * boost, n_keys, curve), strict=True
    ):
        prompts = [texts.reasoning(rng, texts.from_mix(rng, mix)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.93, p_mini=0.02),
            comp_median=1500,
            comp_sigma=0.45,
            err=0.035,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="reasoning-trace coercion",
            pacing="poisson worker pool 24/7",
            ip_source=f"rented {prov} block",
            n_keys=n_keys,
            orgs=len(orgs),
            cards=len(cards),
            user_agent=ua,
            styles=mix,
            per_hour=per_hour,
            release_boost=boost,
            start_day=(start - ctx.t0) / DAY,
        ),
    )


def stake_pin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Judge / rubric / reward-model grading through a residential proxy pool, night bursts."""
    fam = "stake_pin"
    n_keys = irange(rng, 4, 9)
    org = hexid(rng, "org")
    region = pick(rng, ["us", "eu", "ca"])
    pool = resi(rng, irange(rng, 150, 400), region)
    hold = float(rng.uniform(8, 30)) * MINUTE
    op_tz = pick(rng, [3, 5, 8])
    mix = texts.style_mix(rng, texts.JUDGE_STYLES, 3, 5)
    start = ctx.t0 + float(rng.uniform(0.2, 2.0)) * DAY
    runs_per_day = float(rng.uniform(10, 22))
    accts = []
    for _ in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=fam,
                role="grader_key",
                campaign_id=cid,
                org=org,
                ua=pick(rng, BROWSERS + BG_BROWSER),
                ips=pool,
            )
        )
    # the operator's scripts run while it is night where the proxies exit (and day at home)
    night = floor(
        lambda ts: (
            ((((np.asarray(ts) / HOUR) + op_tz) % 24.0) >= 9.0).astype(float)
            * ((((np.asarray(ts) / HOUR) + op_tz) % 24.0) < 23.0)
        ),
        0.15,
    )
    for acct in accts:
        starts = thinned(rng, start, ctx.t1, runs_per_day / n_keys * (ctx.t1 - start) / DAY, night)
        trains = bursts(
            rng, starts, float(rng.uniform(15, 45)), float(rng.uniform(2.5, 7.0)), 0.6, ctx.t1
        )
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [
            texts.judge(rng, texts.from_mix(rng, mix), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.03),
            ips=sticky(rng, ts, pool, hold),
            comp_median=260,
            comp_sigma=0.55,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="judge / rubric / reward-model grading",
            pacing="night bursts per key",
            ip_source=f"residential proxies ({region})",
            proxy_hold_min=hold / MINUTE,
            operator_tz=op_tz,
            n_keys=n_keys,
            cards="one per key",
            styles=mix,
            runs_per_day=runs_per_day,
        ),
    )


def pitching_box(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Policy / censorship-safe rewrites and refusal shaping; throwaway keys rotated every day."""
    fam = "pitching_box"
    n_keys = irange(rng, 18, 36)
    life = float(rng.uniform(0.4, 1.2)) * DAY
    start = ctx.t0 + float(rng.uniform(0.1, 1.0)) * DAY
    step = (ctx.t1 - start - life * 0.5) / n_keys
    mix = texts.style_mix(rng, texts.POLICY_STYLES, 4, 6)
    per_hour = float(rng.uniform(12, 35))
    sources = ["alibaba", "tencent", "m247", "leaseweb", "ovh", "ucloud"]
    uas = ["Go-http-client/2.0", "okhttp/4.12.0", "python-requests/2.32.3", "OpenAI/Python 1.54.0"]
    team = workday(8, start=9.0, end=23.0, weekend=0.7, night=0.1)
    accts = []
    for i in range(n_keys):
        src = pick(rng, sources)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="throwaway_key",
            campaign_id=cid,
            ua=pick(rng, uas),
            ips=cloud(rng, irange(rng, 1, 3), src),
        )
        accts.append(acct)
        a = start + i * step + float(rng.uniform(-0.2, 0.2)) * step
        ts = thinned(rng, a, min(ctx.t1, a + life), per_hour * life / HOUR, team)
        prompts = [
            texts.policy(rng, texts.from_mix(rng, mix), ctx.chat, ctx.passages)
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.8, p_mini=0.05),
            comp_median=480,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="censorship-safe rewrites and refusal harvest",
            pacing="one key at a time, rotated",
            key_life_h=life / HOUR,
            ip_source="VPN exits and Asian cloud",
            n_keys=n_keys,
            cards="one per key",
            styles=mix,
            per_hour=per_hour,
        ),
    )


def heel_calk(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Agent / tool-use transcripts: scripted episodes of 4-14 calls with a growing context."""
    fam = "heel_calk"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ["gcp", "aws", "azure"])
    ua = pick(rng, ["langchain-openai/0.3.6", "litellm/1.60.2", "OpenAI/Python 1.58.1", BG_SDK[2]])
    mix = texts.style_mix(rng, texts.AGENT_STYLES, 2, 3)
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    eps_per_hour = float(rng.uniform(6, 14))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="agent_runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), prov),
        )
        for _ in range(n_keys)
    ]
    for acct, starts in zip(
        accts, worker_pool(rng, start, ctx.t1, eps_per_hour, n_keys), strict=True
    ):
        ts_all, prompts, extra, comp = [], [], [], []
        for s in starts.tolist():
            k = irange(rng, 4, 14)
            ps, ex = texts.agent_episode(rng, texts.from_mix(rng, mix), k)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(7.0), 0.5, size=k - 1))])
            ts_all.extend(t.tolist())
            prompts.extend(ps)
            extra.extend(ex)
            comp.extend([180.0] * (k - 1) + [650.0])
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            extra=extra,
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="agent / tool-use transcripts",
            pacing="episodes from a shared queue",
            ip_source=f"{prov} NAT",
            n_keys=n_keys,
            user_agent=ua,
            styles=mix,
            episodes_per_hour=eps_per_hour,
        ),
    )


def toe_calk(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Synthetic-dataset generation: fan-out jobs across many keys, long completions."""
    fam = "toe_calk"
    n_keys = irange(rng, 10, 24)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    cards = [hexid(rng, "pay") for _ in range(2)]
    mix = texts.style_mix(rng, texts.SYNTH_STYLES, 3, 6)
    ua = pick(rng, ["OpenAI/Python 1.63.2", "AsyncOpenAI/Python 1.60.0", BG_SDK[0]])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="generator_key",
            campaign_id=cid,
            org=orgs[i % len(orgs)],
            pay=cards[i % 2],
            ua=ua,
            ips=cloud(rng, 1, pick(rng, ["aws", "aws", "gcp"])),
        )
        for i in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.5, 2.0)) * DAY
    gap_h = float(rng.uniform(2.0, 5.0))
    jobs = np.arange(start, ctx.t1, gap_h * HOUR)
    jobs = jobs + rng.uniform(0, 40 * MINUTE, size=len(jobs))
    size = float(rng.uniform(8, 22))
    for acct in accts:
        mine = jobs[rng.random(len(jobs)) < 0.8]
        sizes = np.where(mine >= ctx.release, size * 1.8, size)
        trains = [
            bursts(rng, [s], z, float(rng.uniform(2.0, 5.0)), 0.5, ctx.t1)[0]
            for s, z in zip(mine + rng.uniform(0, 90, size=len(mine)), sizes, strict=True)
        ]
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [texts.synthetic(rng, texts.from_mix(rng, mix), ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.96, p_mini=0.01),
            comp_median=1700,
            comp_sigma=0.4,
            err=0.05,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="synthetic dataset generation",
            pacing="fan-out batch jobs",
            job_gap_h=gap_h,
            job_size=size,
            ip_source="aws/gcp, one address per key",
            n_keys=n_keys,
            orgs=len(orgs),
            cards=2,
            styles=mix,
        ),
    )


def flat_flip(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Multi-turn dialogue harvest: scripted conversations behind rotating residential proxies."""
    fam = "flat_flip"
    n_keys = irange(rng, 12, 25)
    pool = resi(rng, irange(rng, 800, 2500), "*")
    langs = ["en"] + sorted(
        rng.choice(["es", "de", "pt", "zh", "ru"], size=irange(rng, 1, 3), replace=False).tolist()
    )
    lang_w = rng.dirichlet(np.ones(len(langs)) * 2)
    start = ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY
    per_day = float(rng.uniform(6, 14))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="dialogue_key",
            campaign_id=cid,
            ua=pick(rng, BG_BROWSER + BROWSERS[:2]),
            ips=pool,
        )
        accts.append(acct)
        sessions = session_times(
            rng,
            start + float(rng.uniform(0, 0.5)) * DAY,
            ctx.t1,
            per_day,
            constant,
            float(rng.uniform(5, 9)),
            float(rng.uniform(18, 40)),
            0.5,
        )
        ts_all, prompts, extra = [], [], []
        for sess in sessions:
            lang = langs[int(rng.choice(len(langs), p=lang_w))]
            hist = 0
            for j, t in enumerate(sess.tolist()):
                ts_all.append(t)
                prompts.append(
                    texts.excerpt(rng, pick(rng, ctx.chat), 20, 800)
                    if j == 0
                    else texts.followup(rng, lang)
                )
                extra.append(hist)
                hist += irange(rng, 350, 900)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.03),
            ips=picks(rng, pool, len(ts)),
            extra=extra,
            comp_median=480,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="multi-turn dialogue harvest",
            pacing="scripted sessions 24/7",
            ip_source="rotating residential proxies (worldwide)",
            n_keys=n_keys,
            cards="one per key",
            languages=langs,
            sessions_per_day=per_day,
        ),
    )


def three_quarter_turn(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Best-of-n and soft-label sampling: each prompt sent n times in parallel, slow steady rate."""
    fam = "three_quarter_turn"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ["oracle", "azure", "linode"])
    ua = pick(rng, ["python-httpx/0.28.1", "OpenAI/Python 1.58.1", "reqwest/0.12.12"])
    mix = texts.style_mix(rng, texts.SOFT_STYLES, 2, 4)
    start = ctx.release - float(rng.uniform(-0.3, 0.6)) * DAY
    groups_per_hour = float(rng.uniform(5, 12))
    n_lo, n_hi = pick(rng, [(4, 8), (5, 10), (8, 16)])
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), prov),
        )
        for _ in range(n_keys)
    ]
    for acct, starts in zip(
        accts, worker_pool(rng, start, ctx.t1, groups_per_hour, n_keys), strict=True
    ):
        ts_all, prompts = [], []
        for s in starts.tolist():
            n = irange(rng, n_lo, n_hi)
            p = texts.soft_label(rng, texts.from_mix(rng, mix), ctx.chat)
            ts_all.extend((s + np.sort(rng.exponential(0.6, size=n))).tolist())
            prompts.extend([p] * n)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.97, p_mini=0.0),
            comp_median=260,
            comp_sigma=0.6,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="best-of-n / soft-label sampling",
            pacing="steady groups of parallel samples",
            n_per_prompt=[n_lo, n_hi],
            ip_source=f"{prov}",
            n_keys=n_keys,
            user_agent=ua,
            styles=mix,
            groups_per_hour=groups_per_hour,
        ),
    )


def pit_clay(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """Curriculum sweep over concept x level x language, plus passage translation, via VPN exits."""
    fam = "pit_clay"
    n_keys = irange(rng, 5, 10)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, n_keys))]
    langs = sorted(
        rng.choice(list(texts.CURRICULUM_LANGS), size=irange(rng, 5, 8), replace=False).tolist()
    )
    grid = texts.curriculum_grid(rng, langs)
    lang_names = [
        "Spanish",
        "Brazilian Portuguese",
        "German",
        "Indonesian",
        "Vietnamese",
        "Hindi",
        "Turkish",
        "Korean",
        "French",
        "Polish",
    ]
    p_translate = float(rng.uniform(0.15, 0.4))
    ua = pick(rng, ["python-requests/2.32.3", "aiohttp/3.11.11", BG_SDK[3]])
    exits = cloud(rng, irange(rng, 4, 10), pick(rng, ["m247", "leaseweb", "scaleway"]))
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="sweep_key",
            campaign_id=cid,
            org=org,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=exits,
        )
        for i in range(n_keys)
    ]
    start = ctx.t0 + float(rng.uniform(1.0, 3.5)) * DAY
    per_hour = float(rng.uniform(30, 60))
    streams = worker_pool(
        rng,
        start,
        ctx.t1,
        per_hour,
        n_keys,
        floor(global_load(float(rng.uniform(0, 24)), 0.6), 0.3),
    )
    # the sweep walks the grid in order: hand cells out by arrival time across the keys
    allts = np.sort(np.concatenate(streams))
    order = {float(t): i for i, t in enumerate(allts.tolist())}
    for acct, ts in zip(accts, streams, strict=True):
        prompts = []
        for t in ts.tolist():
            if chance(rng, p_translate):
                prompts.append(
                    texts.translate_request(
                        rng, ctx.passages, pick(rng, lang_names), chance(rng, 0.6)
                    )
                )
            else:
                prompts.append(texts.curriculum(grid[order[float(t)] % len(grid)]))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.9, p_mini=0.02),
            ips=picks(rng, exits, len(ts)),
            comp_median=900,
            comp_sigma=0.45,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="multilingual curriculum sweep and translation harvest",
            pacing="worker pool, grid order",
            ip_source="commercial VPN exits",
            languages=langs,
            grid_cells=len(grid),
            p_translate=p_translate,
            n_keys=n_keys,
            cards=len(cards),
            per_hour=per_hour,
        ),
    )


def swinger(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A real consumer writing app whose backend keys also carry a harvest stream, switched
    on after the release and blended into the product's own traffic."""
    fam = "swinger"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    prov = pick(rng, ["aws", "gcp"])
    ua = pick(rng, [BG_SDK[1], BG_SDK[0]])
    gw = cloud(rng, irange(rng, 2, 4), prov)
    peak = float(rng.uniform(12, 20))
    load = global_load(peak, float(rng.uniform(0.4, 0.7)))
    users_per_hour = float(rng.uniform(25, 45))
    harvest_share = float(rng.uniform(0.2, 0.35))
    h_start = ctx.release + float(rng.uniform(0.05, 0.5)) * DAY
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=gw,
        )
        for _ in range(n_keys)
    ]
    split = rng.dirichlet(np.ones(n_keys) * 3)
    for acct, w in zip(accts, split.tolist(), strict=True):
        real = thinned(rng, ctx.t0, ctx.t1, users_per_hour * w * (ctx.t1 - ctx.t0) / HOUR, load)
        harv = thinned(
            rng,
            h_start,
            ctx.t1,
            users_per_hour * w * harvest_share / (1 - harvest_share) * (ctx.t1 - h_start) / HOUR,
            load,
        )
        ctx.emit(
            rng,
            acct,
            real,
            [texts.excerpt(rng, pick(rng, ctx.chat), 10, 1200) for _ in range(len(real))],
            models=ctx.models(rng, real, p_new=0.3, p_mini=0.15),
            comp_median=340,
            err=0.01,
        )
        ctx.emit(
            rng,
            acct,
            harv,
            [texts.app_harvest(rng) for _ in range(len(harv))],
            models=ctx.models(rng, harv, p_new=0.95, p_mini=0.0),
            comp_median=720,
            comp_sigma=0.5,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="harvest hidden in a real product's traffic",
            pacing="product's global load",
            ip_source=f"{prov} NAT gateways",
            harvest_share=harvest_share,
            harvest_start_day=(h_start - ctx.t0) / DAY,
            users_per_hour=users_per_hour,
            n_keys=n_keys,
            user_agent=ua,
        ),
    )


def topper(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Bought / taken-over aged accounts: a real owner's history, then a quiet harvest
    through residential proxies in the owner's region, with the owner's card."""
    fam = "topper"
    n = irange(rng, 12, 22)
    p_keep_browser = float(rng.uniform(0.4, 0.8))
    accts = []
    takeover = []
    for _ in range(n):
        tz = pick(rng, TZS)
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="aged_account",
            campaign_id=cid,
            ua=pick(rng, BG_BROWSER),
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        T = ctx.release + float(rng.uniform(-0.8, 0.6)) * DAY
        takeover.append(T)
        # the owner's own use before the takeover
        sess = session_times(
            rng, ctx.t0, T, float(rng.uniform(0.8, 2.5)), evening_person(tz), 3.5, 70.0
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.excerpt(rng, pick(rng, ctx.chat), 10, 1200) for _ in range(len(ts))],
            models=ctx.models(rng, ts, p_new=0.2, p_mini=0.2),
            comp_median=330,
        )
        # the buyer's harvest
        pool = resi(rng, irange(rng, 15, 60), REGION_OF[tz])
        rate = float(rng.uniform(2.0, 6.0))
        ts = thinned(rng, T, ctx.t1, rate * (ctx.t1 - T) / HOUR, floor(evening_person(tz), 0.45))
        ua = (
            acct.ua
            if chance(rng, p_keep_browser)
            else pick(rng, ["python-requests/2.32.3", BG_SDK[0]])
        )
        prompts = []
        for _ in range(len(ts)):
            r = rng.random()
            if r < 0.5:
                prompts.append(texts.code_task(rng, pick(rng, texts.CODE_STYLES)))
            elif r < 0.8:
                prompts.append(texts.reasoning(rng, pick(rng, ["plain", "numbered", "teacher"])))
            else:
                prompts.append(texts.excerpt(rng, pick(rng, ctx.chat), 10, 800))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.88, p_mini=0.02),
            ips=sticky(rng, ts, pool, float(rng.uniform(30, 90)) * MINUTE),
            ua=ua,
            comp_median=620,
            comp_sigma=0.55,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="taken-over aged accounts (code and reasoning harvest)",
            pacing="owner sessions, then steady person-paced harvest",
            ip_source="owner's home, then residential proxies in the same region",
            n_accounts=n,
            payment="each owner's own card",
            p_keep_browser_ua=p_keep_browser,
            takeover_days=[(t - ctx.t0) / DAY for t in takeover],
        ),
    )


def open_shoe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. A low-and-slow crowd of person-like accounts on phones and home lines, each working
    through its slice of one coverage plan in its own language."""
    fam = "open_shoe"
    n = irange(rng, 40, 70)
    banks = {}
    for lang in sorted(set(texts.LANG_OF_TZ.values())):
        bank = texts.casual_bank_for(lang)
        rng.shuffle(bank)
        banks[lang] = bank
    p_new = float(rng.uniform(0.45, 0.7))
    accts = []
    tzs = []
    for i in range(n):
        tz = pick(rng, TZS)
        tzs.append(tz)
        on_phone = tz in V6_OF and chance(rng, 0.6)
        ua = (
            pick(rng, MOBILE[:3] + (BG_PHONE,))
            if on_phone
            else pick(rng, BG_BROWSER + BROWSERS[:2])
        )
        acct = ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="crowd_member",
            campaign_id=cid,
            ua=ua,
            ips=home(rng, 1, tz),
            tz=tz,
        )
        accts.append(acct)
        lang = texts.LANG_OF_TZ[tz] if chance(rng, 0.75) else "en"
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.5)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            evening_person(tz),
            float(rng.uniform(2.5, 5.0)),
            float(rng.uniform(50, 140)),
        )
        ts_all, ips, prompts = [], [], []
        bank = banks[lang]
        slice_ = bank[i % len(bank) :] + bank[: i % len(bank)]
        j = 0
        for s in sess:
            ip = mobile_v6(rng, 1, V6_OF[tz])[0] if on_phone else acct.ips[0]
            for t in s.tolist():
                ts_all.append(t)
                ips.append(ip)
                prompts.append(texts.casual(rng, lang, slice_[j % len(slice_)]))
                j += 1
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=p_new, p_mini=0.05),
            ips=ips,
            comp_median=520,
            comp_sigma=0.5,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="low-and-slow crowd of person-like accounts",
            pacing="human sessions, evenings",
            ip_source="carrier IPv6 and home lines",
            n_accounts=n,
            payment="one card per account",
            p_new=p_new,
            tzs=sorted(set(tzs)),
        ),
    )


def lead_shoe(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    """HARD. Public prompt replay from an office line, dressed as an evaluation team's runs."""
    fam = "lead_shoe"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, [-5, 0, 1, 2, 8])
    office = home(rng, irange(rng, 1, 2), tz)
    accts = [
        ctx.account(
            rng,
            label="campaign",
            family=fam,
            role="replay_key",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=BG_SDK[0],
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    per_hour = float(rng.uniform(70, 140))
    pilot = ctx.t0 + float(rng.uniform(1.0, 3.0)) * DAY
    main = ctx.release + float(rng.uniform(0.05, 0.4)) * DAY
    office_hours = floor(workday(tz, weekend=0.25), 0.05)
    perm = rng.permutation(len(ctx.chat))
    k = 0
    for acct, (pts, mts) in zip(
        accts,
        zip(
            worker_pool(rng, pilot, main, per_hour * 0.15, n_keys, office_hours),
            worker_pool(rng, main, ctx.t1, per_hour, n_keys, office_hours),
            strict=True,
        ),
        strict=True,
    ):
        ts = np.concatenate([pts, mts])
        prompts = []
        for _ in range(len(ts)):
            prompts.append(ctx.chat[int(perm[k % len(perm)])])
            k += 1
        models = ctx.models(rng, pts, p_new=0.0, p_mini=0.1) + ctx.models(
            rng, mts, p_new=0.93, p_mini=0.0
        )
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=380, err=0.012)
    ctx.campaign(
        cid,
        fam,
        accts,
        params(
            operation="public prompt replay",
            pacing="office-hours worker pool",
            ip_source="office broadband",
            office_tz=tz,
            n_keys=n_keys,
            per_hour=per_hour,
            pilot_day=(pilot - ctx.t0) / DAY,
            main_day=(main - ctx.t0) / DAY,
        ),
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "ringer": ringer,
    "stake_pin": stake_pin,
    "pitching_box": pitching_box,
    "heel_calk": heel_calk,
    "toe_calk": toe_calk,
    "flat_flip": flat_flip,
    "three_quarter_turn": three_quarter_turn,
    "pit_clay": pit_clay,
    "swinger": swinger,
    "topper": topper,
    "open_shoe": open_shoe,
    "lead_shoe": lead_shoe,
}

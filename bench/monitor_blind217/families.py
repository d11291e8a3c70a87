"""Campaign families of batch 217 (code names from wingsuit flying).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts through `ctx.account`, writes its
events through `ctx.emit` and records itself with `ctx.campaign`. Every count, key, card, address,
user agent, language and template style is drawn from the family's own generator; nothing is drawn
while walking a set. Four families (birdman, flocking, proximity, terrain_flying) are built to look
like legitimate use.
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
from bench.monitor_blind217 import texts

LANG_OF_TZ: dict[int, tuple[str, ...]] = {
    -8: ("en",),
    -5: ("en", "es"),
    -3: ("pt", "es"),
    0: ("en",),
    1: ("de", "fr", "en"),
    2: ("de", "en"),
    3: ("ru",),
    5: ("hi", "en"),
    8: ("zh", "id"),
    9: ("ja",),
}
V6_OF_TZ: dict[int, str] = {
    -8: "us_mobile",
    -5: "us_mobile",
    -3: "br_mobile",
    0: "eu_mobile",
    1: "eu_mobile",
    2: "eu_mobile",
    5: "in_mobile",
}


def _subset(
    rng: np.random.Generator, pool: tuple[str, ...] | list[str], lo: int, hi: int
) -> list[str]:
    """lo..hi distinct items of `pool`, in the pool's order."""
    k = irange(rng, lo, min(hi, len(pool)))
    return [pool[i] for i in sorted(rng.permutation(len(pool))[:k].tolist())]


def _weights(rng: np.random.Generator, n: int, conc: float = 2.0) -> np.ndarray:
    return rng.dirichlet(np.full(n, conc))


def _draw(rng: np.random.Generator, items: list[str], w: np.ndarray) -> str:
    return items[int(rng.choice(len(items), p=w))]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _card_pool(rng: np.random.Generator, n: int) -> list[str]:
    return [hexid(rng, "pay") for _ in range(n)]


# --------------------------------------------------------------------------------------------
# glide_ratio: reasoning-trace coercion from a rented server block


def glide_ratio(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "glide_ratio"
    n_keys = irange(rng, 8, 16)
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "vultr", "leaseweb", "contabo"))
    block = rented_block(rng, provider, irange(rng, 1, 3), irange(rng, 3, 6))
    n_orgs = pick(rng, (1, 1, 2, 3))
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    cards = _card_pool(rng, irange(rng, 1, 3))
    ua = sdk_ua(rng, 0.4)
    langs = _subset(rng, texts.PROBLEM_LANGS, 2, 4)
    lw = _weights(rng, len(langs))
    styles = _subset(rng, texts.REASONING_STYLES, 3, 5)
    sw = _weights(rng, len(styles))
    start = ctx.release - float(rng.uniform(0.3, 1.4)) * DAY
    per_hour = float(rng.uniform(35, 70))
    accts = []
    for i in range(n_keys):
        ips = [pick(rng, block) for _ in range(irange(rng, 1, 3))]
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="worker",
                campaign_id=cid,
                org=orgs[i % n_orgs],
                pay=cards[i % len(cards)],
                ua=ua,
                ips=ips,
            )
        )
    for acct, ts in zip(accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys), strict=True):
        prompts = [
            texts.reasoning_prompt(rng, _draw(rng, langs, lw), _draw(rng, styles, sw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.93, 0.01),
            comp_median=1400.0,
            comp_sigma=0.5,
            err=0.04,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "reasoning-trace coercion (think tags, JSON step lists, prefill, self-verification)",
            "pacing": f"shared Poisson worker pool {per_hour:.0f}/h from {(start - ctx.t0) / DAY:.2f} d",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} prepaid card(s) shared by all keys",
            "orgs": n_orgs,
            "user_agent": ua,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# flysight: judge / rubric / reward-model grading dressed as a QA vendor


def flysight(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "flysight"
    n_keys = irange(rng, 4, 8)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws", "azure"))
    tz = pick(rng, (-5, 0, 1, 2))
    langs = ["en"] + _subset(rng, ("de", "ja", "fr"), 0, 2)
    lw = _weights(rng, len(langs))
    lw[0] += 1.0
    lw /= lw.sum()
    styles = _subset(rng, texts.JUDGE_STYLES, 3, 5)
    sw = _weights(rng, len(styles))
    comp_of = {
        "rubric_json": 70.0,
        "pairwise": 240.0,
        "reward_scalar": 6.0,
        "likert_ref": 90.0,
        "critique_score": 320.0,
    }
    curve = workday(tz, start=7.0, end=20.0, weekend=0.3, night=0.1)
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="grader",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.6),
            ips=cloud(rng, irange(rng, 1, 2), provider),
            tz=tz,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        starts = thinned(rng, a, ctx.t1, float(rng.uniform(3, 6)) * (ctx.t1 - a) / DAY, curve)
        ts = _concat(
            bursts(
                rng, starts, float(rng.uniform(18, 40)), float(rng.uniform(1.5, 4.0)), 0.6, ctx.t1
            )
        )
        st = [_draw(rng, styles, sw) for _ in range(len(ts))]
        prompts = [
            texts.judge_prompt(rng, ctx.chat, ctx.passages, _draw(rng, langs, lw), s) for s in st
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.03),
            comp_median=np.array([comp_of[s] for s in st]),
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "judge / rubric / pairwise / scalar-reward labels for a reward model",
            "pacing": "script bursts in an extended working day",
            "ip_source": f"{provider} NAT per key",
            "payment": "one corporate card",
            "orgs": 1,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# pilot_chute: censorship-safe and policy rewrites on burned keys behind VPN exits


def pilot_chute(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "pilot_chute"
    n_keys = irange(rng, 10, 22)
    vpn_providers = _subset(rng, ("m247", "leaseweb", "ovh", "vultr", "linode", "scaleway"), 2, 3)
    exits = [ip for p in vpn_providers for ip in cloud(rng, irange(rng, 4, 9), p)]
    n_orgs = irange(rng, 2, 5)
    orgs = [hexid(rng, "org") for _ in range(n_orgs)]
    langs = ["zh"] + _subset(rng, ("ru", "ar", "es", "en"), 1, 3)
    lw = _weights(rng, len(langs))
    styles = _subset(rng, texts.POLICY_STYLES, 2, 4)
    sw = _weights(rng, len(styles))
    accts = []
    for i in range(n_keys):
        ua = pick(
            rng,
            (
                "python-requests/2.32.3",
                "aiohttp/3.11.11",
                "OpenAI/Python 1.54.0",
                "python-httpx/0.28.1",
            ),
        )
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="burner",
            campaign_id=cid,
            org=orgs[i % n_orgs],
            ua=ua,
            ips=exits,
        )  # each key its own (stolen) card
        accts.append(acct)
        born = jitter_start(rng, ctx.t0, ctx.t1, 0.8)
        dies = min(ctx.t1, born + float(rng.uniform(0.5, 2.5)) * DAY)
        starts = thinned(
            rng, born, dies, float(rng.uniform(0.6, 1.5)) * (dies - born) / HOUR, constant
        )
        ts = _concat(
            bursts(rng, starts, float(rng.uniform(5, 14)), float(rng.uniform(3, 8)), 0.5, dies)
        )
        ips = [pick(rng, exits) for _ in range(len(ts))]
        prompts = [
            texts.policy_prompt(
                rng, ctx.passages, ctx.chat, _draw(rng, langs, lw), _draw(rng, styles, sw)
            )
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.88, 0.02),
            ips=ips,
            comp_median=420.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "censorship-safe / policy rewrites and safe-completion pairs",
            "pacing": "short-lived keys, Poisson script bursts",
            "ip_source": f"VPN exits on {', '.join(vpn_providers)}",
            "payment": "one stolen card per key",
            "orgs": n_orgs,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# arm_wing: agent / tool-use transcripts from a framework fleet


def arm_wing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "arm_wing"
    n_keys = irange(rng, 6, 12)
    per_org = irange(rng, 2, 4)
    provider = pick(rng, ("aws", "gcp", "azure", "oracle"))
    styles = _subset(rng, ("react", "fn_json", "xml"), 2, 3)
    sets = _subset(rng, texts.TOOLSETS, 3, 5)
    start = jitter_start(rng, ctx.t0, ctx.release, 0.9)
    curve = global_load(float(rng.uniform(0, 24)), 0.3)
    accts, orgs = [], []
    org = card = ""
    ips: list[str] = []
    ua = ""
    for i in range(n_keys):
        if i % per_org == 0:
            org, card = hexid(rng, "org"), hexid(rng, "pay")
            ips = cloud(rng, irange(rng, 2, 4), provider)
            ua = pick(
                rng,
                (
                    "langchain-openai/0.3.6",
                    "litellm/1.60.2",
                    "dspy/2.6.3 litellm/1.60.2",
                    "AsyncOpenAI/Python 1.60.0",
                ),
            )
            orgs.append(org)
        accts.append(
            ctx.account(
                rng,
                label="campaign",
                family=name,
                role="agent_runner",
                campaign_id=cid,
                org=org,
                pay=card,
                ua=ua,
                ips=ips,
            )
        )
    per_hour = float(rng.uniform(8, 15))
    for acct, ep_starts in zip(
        accts, worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve), strict=True
    ):
        ts_all, prompts = [], []
        for s in ep_starts.tolist():
            steps = texts.agent_episode(rng, pick(rng, styles), pick(rng, sets))
            gaps = rng.lognormal(np.log(5.0), 0.6, size=len(steps))
            gaps[0] = 0.0
            ts_all.extend((s + np.cumsum(gaps)).tolist())
            prompts.extend(steps)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=190.0,
            comp_sigma=0.7,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "agent / tool-use trajectories (ReAct, JSON function calls, XML tags)",
            "pacing": f"episode queue {per_hour:.0f}/h, 2-6 steps each",
            "ip_source": f"{provider} egress per org",
            "payment": "one card per org",
            "orgs": len(orgs),
            "languages": ["en", "es", "de", "ja", "fr"],
            "styles": styles,
            "toolsets": sets,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# tail_wing: synthetic-dataset generation at night from dedicated servers


def tail_wing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "tail_wing"
    n_keys = irange(rng, 2, 5)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("hetzner", "ovh", "contabo", "scaleway"))
    tz = pick(rng, TZS)
    langs = ["en"] + _subset(rng, ("es", "zh", "de", "pt"), 1, 3)
    lw = _weights(rng, len(langs))
    styles = _subset(rng, texts.DATASET_STYLES, 3, 5)
    sw = _weights(rng, len(styles))
    start_h, hours = float(rng.uniform(21, 25)) % 24, float(rng.uniform(5, 8))
    curve = nightly(start_h, hours, tz)
    accts, batch_no = [], irange(rng, 100, 900)
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=pick(rng, ("python-httpx/0.28.1", "aiohttp/3.11.11", "OpenAI/Python 1.58.1")),
            ips=cloud(rng, 1, provider),
            tz=tz,
        )
        accts.append(acct)
        per_night = float(rng.uniform(70, 180))
        ts = thinned(rng, ctx.t0, ctx.t1, per_night * (ctx.t1 - ctx.t0) / DAY, curve)
        prompts = []
        for k in range(len(ts)):
            prompts.append(
                texts.dataset_prompt(
                    rng, _draw(rng, langs, lw), _draw(rng, styles, sw), batch_no + k // 20
                )
            )
        batch_no += len(ts) // 20 + 1
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.0),
            comp_median=2600.0,
            comp_sigma=0.35,
            err=0.02,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "synthetic instruction / dialogue / MCQ dataset generation",
            "pacing": f"nightly window {start_h:.1f}h+{hours:.1f}h local (UTC{tz:+d})",
            "ip_source": f"{provider} dedicated servers",
            "payment": "one business card",
            "orgs": 1,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# birdman (hard): public prompt replay with follow-up turns, residential proxies, person-like sessions


def birdman(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "birdman"
    n = irange(rng, 18, 30)
    order = rng.permutation(len(ctx.chat)).tolist()
    slice_len = len(order) // n
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        pool = home(rng, irange(rng, 6, 14), tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="replayer",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=pool,
            tz=tz,
        )
        accts.append(acct)
        lang = pick(rng, LANG_OF_TZ[tz]) if chance(rng, 0.35) else "en"
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        sess = session_times(
            rng,
            a,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            evening_person(tz),
            float(rng.uniform(5, 9)),
            float(rng.uniform(40, 90)),
        )
        mine = order[i * slice_len : (i + 1) * slice_len]
        ts_all, prompts, k = [], [], 0
        for s in sess:
            for j, t in enumerate(s.tolist()):
                if j == 0 or chance(rng, 0.45):
                    prompts.append(ctx.chat[mine[k % len(mine)]][:2000])
                    k += 1
                else:
                    prompts.append(texts.followup(rng, lang))
                ts_all.append(t)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.45, 0.05),
            ips=sticky(rng, ts, pool, 45 * MINUTE),
            comp_median=430.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "public prompt replay (ShareGPT) with multi-turn follow-ups for dialogue data",
            "pacing": "person-like evening sessions per account, staggered sign-ups",
            "ip_source": "residential proxy exits in each persona's region, sticky 45 min",
            "payment": "one prepaid card per account",
            "orgs": n,
            "languages": ["en", "es", "pt", "de", "fr", "ru", "hi", "zh", "ja"],
            "styles": ["verbatim replay", "generic follow-ups"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# sink_rate: best-of-n and soft-label sampling


def sink_rate(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "sink_rate"
    n_keys = irange(rng, 4, 9)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    start = jitter_start(rng, ctx.t0, ctx.t1, 0.45)
    p_bon = float(rng.uniform(0.4, 0.7))
    soft_styles = _subset(rng, ("option_probs", "label_dist", "confidence"), 2, 3)
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sampler",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=sdk_ua(rng, 0.5),
            ips=cloud(rng, irange(rng, 1, 2), provider),
        )
        accts.append(acct)
        jobs = thinned(
            rng, start, ctx.t1, float(rng.uniform(0.5, 1.2)) * (ctx.t1 - start) / HOUR, constant
        )
        job_models = ctx.models(rng, jobs, 0.9, 0.0)
        ts_all, prompts, models, comp = [], [], [], []
        for s, m in zip(jobs.tolist(), job_models, strict=True):
            if chance(rng, p_bon):
                p, r, c = texts.bon_seed(rng), irange(rng, 4, 12), 200.0
            else:
                p, r, c = (
                    texts.soft_label_prompt(rng, ctx.chat, pick(rng, soft_styles)),
                    pick(rng, (1, 1, 3, 5)),
                    60.0,
                )
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(0.6), 0.5, size=r - 1))])
            ts_all.extend(t.tolist())
            prompts.extend([p] * r)
            models.extend([m] * r)
            comp.extend([c] * r)
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.6,
            err=0.06,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "best-of-n sampling (identical prompt repeated) and soft-label / confidence elicitation",
            "pacing": "constant job stream, tight repeat trains",
            "ip_source": f"{provider} instances",
            "payment": "one card",
            "orgs": 1,
            "languages": ["en"],
            "styles": ["bon", *soft_styles],
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# line_twist: curriculum sweep from an office line, slow and steady


def line_twist(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "line_twist"
    n_keys = irange(rng, 3, 6)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    region = pick(rng, ("in", "sea", "latam", "eu", "us"))
    office = resi(rng, irange(rng, 1, 2), region)
    langs = ["en"] + _subset(rng, ("pt", "id", "hi"), 1, 2)
    fmts = _subset(rng, texts.CURRICULUM_FORMATS, 3, 5)
    topics = [texts.TOPICS[i] for i in rng.permutation(len(texts.TOPICS)).tolist()]
    grid = [(t, lv, f, lg) for t in topics for lv in texts.LEVELS for f in fmts for lg in langs]
    accts = []
    for i in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="sweeper",
            campaign_id=cid,
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
        )
        accts.append(acct)
        a = ctx.t0 + float(rng.uniform(0.05, 0.3)) * DAY
        rate = float(rng.uniform(2, 5))
        if chance(rng, 0.5):  # cron-like: near-periodic
            period = HOUR / rate
            grid_ts = np.arange(a, ctx.t1, period)
            ts = np.sort(grid_ts + rng.normal(0, period * 0.08, size=len(grid_ts)))
        else:
            ts = thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, constant)
        mine = grid[i::n_keys]
        prompts = []
        for k in range(len(ts)):
            t, lv, f, lg = mine[k % len(mine)]
            unit = 1 + texts.TOPICS.index(t)
            prompts.append(
                texts.curriculum_prompt(rng, lg, f, t, lv, unit, 1 + texts.LEVELS.index(lv))
            )
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.8, 0.0),
            comp_median=900.0,
            comp_sigma=0.45,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "curriculum sweep: topic x level x format x language grid, walked in order",
            "pacing": "slow steady 24/7 (cron-like or Poisson), 2-5/h per key",
            "ip_source": f"office broadband ({region})",
            "payment": "one card",
            "orgs": 1,
            "languages": langs,
            "styles": fmts,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# exit_point: code harvest on fresh sign-ups with stolen cards


def exit_point(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "exit_point"
    n_keys = irange(rng, 8, 16)
    provider = pick(rng, ("vultr", "contabo", "digitalocean", "linode"))
    block = rented_block(rng, provider, irange(rng, 2, 4), 4)
    cards = _card_pool(
        rng, max(2, n_keys - irange(rng, 1, 4))
    )  # a few cards reused on a second key
    langs = ["en"] + _subset(rng, ("zh", "ru"), 1, 2)
    lw = _weights(rng, len(langs))
    lw[0] += 1.5
    lw /= lw.sum()
    styles = _subset(rng, texts.CODE_STYLES, 3, 5)
    sw = _weights(rng, len(styles))
    accts = []
    for i in range(n_keys):
        ua = pick(
            rng,
            (
                "python-httpx/0.28.1",
                "aiohttp/3.11.11",
                "Go-http-client/2.0",
                "OpenAI/Python 1.58.1",
            ),
        )
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="signup",
            campaign_id=cid,
            pay=cards[i % len(cards)],
            ua=ua,
            ips=[pick(rng, block) for _ in range(irange(rng, 1, 2))],
        )
        accts.append(acct)
        born = jitter_start(rng, ctx.t0, ctx.t1, 0.75)
        dies = min(ctx.t1, born + float(rng.uniform(1.0, 3.0)) * DAY)
        ts = thinned(rng, born, dies, float(rng.uniform(5, 12)) * (dies - born) / HOUR, constant)
        prompts = [
            texts.code_prompt(rng, _draw(rng, langs, lw), _draw(rng, styles, sw))
            for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.02),
            comp_median=700.0,
            err=0.03,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "code harvest: implementations, ports, bug fixes, explanations, test suites",
            "pacing": "short-lived keys, Poisson 5-12/h",
            "ip_source": f"rented {provider} block",
            "payment": f"{len(cards)} stolen cards over {n_keys} keys",
            "orgs": n_keys,
            "languages": langs,
            "styles": styles,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# terrain_flying (hard): harvest hidden in a real consumer product's own traffic


def terrain_flying(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "terrain_flying"
    n_keys = irange(rng, 2, 3)
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp"))
    ua = pick(rng, ("OpenAI/NodeJS 4.67.1", "OpenAI/Python 1.54.0"))
    markets = ["en"] + _subset(rng, ("es", "pt", "de", "fr", "ja", "hi"), 1, 3)
    mw = _weights(rng, len(markets))
    mw[0] += 1.0
    mw /= mw.sum()
    peak = float(rng.uniform(13, 22))
    load = global_load(peak, float(rng.uniform(0.5, 0.7)))

    def off_peak(ts: np.ndarray) -> np.ndarray:
        return 1.0 - 0.8 * load(ts)

    share = float(rng.uniform(0.2, 0.35))
    accts = []
    for _ in range(n_keys):
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="product_backend",
            campaign_id=cid,
            org=org,
            pay=card,
            ua=ua,
            ips=cloud(rng, irange(rng, 2, 4), provider),
        )
        accts.append(acct)
        rate = float(rng.uniform(12, 25))
        real = thinned(rng, ctx.t0, ctx.t1, rate * (ctx.t1 - ctx.t0) / HOUR, load)
        a = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
        extra = thinned(rng, a, ctx.t1, share / (1 - share) * rate * (ctx.t1 - a) / HOUR, off_peak)
        real_p = [texts.chat_line(rng, ctx.chat, 2000) for _ in range(len(real))]
        harv_p = []
        for _ in range(len(extra)):
            lg = _draw(rng, markets, mw)
            r = rng.random()
            if r < 0.7:
                harv_p.append(texts.person_question(rng, lg, p_human=0.7))
            elif r < 0.85:
                harv_p.append("help me with my homework: " + texts.word_problem(rng, "en"))
            else:
                harv_p.append(texts.followup(rng, lg))
        real_m = ctx.models(rng, real, 0.3, 0.15)
        harv_m = ctx.models(rng, extra, 0.9, 0.0)
        ts = np.concatenate([real, extra])
        idx = np.argsort(ts, kind="stable")
        prompts, models = real_p + harv_p, real_m + harv_m
        comp = np.concatenate([np.full(len(real), 350.0), np.full(len(extra), 700.0)])
        ctx.emit(
            rng,
            acct,
            ts[idx],
            [prompts[i] for i in idx.tolist()],
            models=[models[i] for i in idx.tolist()],
            comp_median=comp[idx],
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "consumer study-assistant backend that tops its real traffic up with harvest questions off-peak",
            "pacing": f"product load peaking {peak:.0f}h UTC plus {share:.0%} off-peak harvest from just before release",
            "ip_source": f"{provider} NAT gateways",
            "payment": "the product's company card",
            "orgs": 1,
            "languages": markets,
            "styles": ["real users", "person-like questions", "homework problems", "follow-ups"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# proximity (hard): bought aged consumer accounts, taken over around the release


def proximity(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "proximity"
    n = irange(rng, 12, 22)
    takeover0 = ctx.release - float(rng.uniform(-0.4, 1.0)) * DAY
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, LANG_OF_TZ[tz])
        ua = pick(rng, BROWSERS) if chance(rng, 0.8) else pick(rng, MOBILE)
        own_ip = home(rng, 1, tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="bought_aged",
            campaign_id=cid,
            ua=ua,
            ips=own_ip,
            tz=tz,
        )
        accts.append(acct)
        curve = evening_person(tz)
        tk = takeover0 + float(rng.normal(0, 3 * HOUR))
        before = _concat(
            session_times(
                rng,
                ctx.t0,
                tk,
                float(rng.uniform(0.8, 2.2)),
                curve,
                float(rng.uniform(3, 6)),
                float(rng.uniform(50, 120)),
            )
        )
        pb = [texts.chat_line(rng, ctx.chat, 2000) for _ in range(len(before))]
        ctx.emit(
            rng, acct, before, pb, models=ctx.models(rng, before, 0.15, 0.17), comp_median=350.0
        )
        after = _concat(
            session_times(
                rng,
                tk,
                ctx.t1,
                float(rng.uniform(4, 8)),
                curve,
                float(rng.uniform(6, 11)),
                float(rng.uniform(30, 70)),
            )
        )
        pool = home(rng, irange(rng, 6, 12), tz)
        pa_ = []
        for _ in range(len(after)):
            r = rng.random()
            if r < 0.5:
                pa_.append(texts.person_question(rng, lang, p_human=0.8))
            elif r < 0.7:
                pa_.append(
                    texts.reasoning_prompt(
                        rng,
                        lang if lang in texts.PROBLEM_LANGS else "en",
                        pick(rng, ("prefill", "teacher", "two_ways")),
                    )
                )
            elif r < 0.85:
                pa_.append(
                    texts.code_prompt(
                        rng, "en", pick(rng, ("implement", "fix_bug", "explain_code"))
                    )
                )
            else:
                pa_.append(texts.chat_line(rng, ctx.chat, 2000))
        ctx.emit(
            rng,
            acct,
            after,
            pa_,
            models=ctx.models(rng, after, 0.6, 0.03),
            ips=sticky(rng, after, pool, 30 * MINUTE),
            comp_median=650.0,
        )
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "aged consumer accounts bought in one lot, switched to harvesting around the release",
            "pacing": "owner's evening sessions, then 3-5x more sessions of the same shape",
            "ip_source": "owner's home IP, then residential proxies in the same region",
            "payment": "each original owner's card",
            "orgs": n,
            "takeover_ts": takeover0,
            "languages": sorted({lg for v in LANG_OF_TZ.values() for lg in v}),
            "styles": ["person questions", "reasoning", "code", "replay"],
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# flocking (hard): a low-and-slow crowd of person-like accounts covering a topic sweep together


def flocking(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    name = "flocking"
    n = irange(rng, 40, 65)
    topics = [texts.TOPICS[i] for i in rng.permutation(len(texts.TOPICS)).tolist()]
    accts = []
    for i in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, LANG_OF_TZ[tz]) if chance(rng, 0.7) else "en"
        mobile = chance(rng, 0.5)
        if mobile and tz in V6_OF_TZ and chance(rng, 0.6):
            ips = mobile_v6(rng, irange(rng, 2, 4), V6_OF_TZ[tz])
        else:
            ips = home(rng, irange(rng, 1, 3), tz)
        acct = ctx.account(
            rng,
            label="campaign",
            family=name,
            role="crowd_member",
            campaign_id=cid,
            ua=pick(rng, MOBILE) if mobile else pick(rng, BROWSERS),
            ips=ips,
            tz=tz,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        ts = _concat(
            session_times(
                rng,
                a,
                ctx.t1,
                float(rng.uniform(0.8, 2.0)),
                evening_person(tz),
                float(rng.uniform(3, 5)),
                float(rng.uniform(45, 120)),
            )
        )
        mine = topics[i % len(topics) :: 7] or topics
        prompts = []
        for k in range(len(ts)):
            r = rng.random()
            if r < 0.7:
                prompts.append(texts.person_question(rng, lang, mine[k % len(mine)], p_human=0.9))
            elif r < 0.9:
                prompts.append(texts.chat_line(rng, ctx.chat, 2000))
            else:
                prompts.append(texts.followup(rng, lang))
        ctx.emit(rng, acct, ts, prompts, models=ctx.models(rng, ts, 0.4, 0.05), comp_median=600.0)
    ctx.campaign(
        cid,
        name,
        accts,
        {
            "operation": "crowd of person-like accounts, each asking a few questions from a shared topic sweep",
            "pacing": "1-2 short evening sessions a day per account, staggered sign-ups",
            "ip_source": "residential and carrier IPv6 per persona region",
            "payment": "one prepaid card per account",
            "orgs": n,
            "languages": sorted({lg for v in LANG_OF_TZ.values() for lg in v}),
            "styles": ["person questions", "replay", "follow-ups"],
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable[[Ctx, np.random.Generator, str], None]] = {
    "glide_ratio": glide_ratio,
    "flysight": flysight,
    "pilot_chute": pilot_chute,
    "arm_wing": arm_wing,
    "tail_wing": tail_wing,
    "birdman": birdman,
    "sink_rate": sink_rate,
    "line_twist": line_twist,
    "exit_point": exit_point,
    "terrain_flying": terrain_flying,
    "proximity": proximity,
    "flocking": flocking,
}

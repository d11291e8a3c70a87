"""Campaign families of batch 327 (code names: tailoring words).

Each family is `f(ctx, rng, campaign_id)`: it opens its accounts with `ctx.account`, writes events
with `ctx.emit` and records itself with `ctx.campaign`. All draws come from the family's own rng, in
list order (no set is walked), so a seed gives the same batch in every process.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick, picks
from bench.monitor_blind327 import texts

from distillguard.sim.ipspace import REGION_OF_TZ

CAMP = "campaign"


def _langs(
    rng: np.random.Generator, pool: list[str], k_lo: int, k_hi: int
) -> tuple[list[str], list[float]]:
    order = rng.permutation(len(pool)).tolist()
    chosen = [pool[i] for i in order[: irange(rng, k_lo, min(k_hi, len(pool)))]]
    w = rng.dirichlet(np.ones(len(chosen)) * 2.0)
    return chosen, [round(float(x), 3) for x in w]


def _draw_langs(rng: np.random.Generator, langs: list[str], w: list[float], n: int) -> list[str]:
    p = np.asarray(w, dtype=np.float64)
    idx = rng.choice(len(langs), size=n, p=p / p.sum())
    return [langs[i] for i in idx.tolist()]


def _split(rng: np.random.Generator, n: int, k: int) -> list[int]:
    """Assign n accounts to k groups (each group non-empty when n >= k)."""
    base = list(range(k)) + rng.integers(0, k, size=max(0, n - k)).tolist()
    return [base[i] for i in rng.permutation(len(base)).tolist()][:n]


# --------------------------------------------------------------------------------------------
# 1. reasoning-trace coercion from a rented hosting block


def gusset(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "gusset"
    n_keys = irange(rng, 6, 14)
    n_orgs = irange(rng, 1, 3)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    cards = [bb.hexid(rng, "pay") for _ in range(n_orgs)]
    provider = pick(rng, ("hetzner", "ovh", "contabo", "vultr", "digitalocean", "linode"))
    block = bb.rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 6))
    uas = [bb.sdk_ua(rng, 0.4) for _ in range(irange(rng, 1, 2))]
    langs, w = _langs(rng, ["en", "zh", "ru", "es", "ko", "de"], 2, 4)
    group = _split(rng, n_keys, n_orgs)
    accts = []
    for i in range(n_keys):
        ips = picks(rng, block, irange(rng, 1, 3))
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="worker",
                campaign_id=cid,
                org=orgs[group[i]],
                pay=cards[group[i]],
                ua=pick(rng, uas),
                ips=ips,
            )
        )
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.35)
    per_hour = float(rng.uniform(40, 120))
    quiet_h = float(rng.uniform(0, 24))
    curve = (
        (lambda ts: 1.0 - 0.6 * bb.nightly(quiet_h, 5.0, 0)(ts))
        if chance(rng, 0.5)
        else bb.constant
    )
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, curve)
    fav = rng.integers(0, 4, size=n_keys).tolist()
    comp = float(rng.uniform(1100, 1800))
    for a, ts, f in zip(accts, streams, fav, strict=True):
        lg = _draw_langs(rng, langs, w, len(ts))
        prompts = [
            texts.reasoning(rng, x, f if chance(rng, 0.7) else irange(rng, 0, 3)) for x in lg
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.95, 0.02),
            comp_median=comp,
            comp_sigma=0.5,
            err=0.03,
            extra=int(rng.integers(0, 40)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "pacing": "poisson worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": f"rented {provider} block",
            "payment": f"{n_orgs} shared card(s)",
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 2. judge / rubric / reward-model grading in bursts from big clouds


def placket(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "placket"
    n_keys = irange(rng, 4, 9)
    n_orgs = irange(rng, 2, 4)
    group = _split(rng, n_keys, n_orgs)
    orgs = [bb.hexid(rng, "org") for _ in range(n_orgs)]
    provider = pick(rng, ("aws", "gcp", "azure"))
    tz = pick(rng, (8, 9, 1, -5))
    accts = []
    for i in range(n_keys):
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="grader",
                campaign_id=cid,
                org=orgs[group[i]],
                ua=pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1", "aiohttp/3.11.11")),
                ips=bb.cloud(rng, irange(rng, 1, 2), provider),
                tz=tz,
            )
        )
    styles = [irange(rng, 0, 4) for _ in range(n_keys)]
    p_new = float(rng.uniform(0.75, 0.95))
    comp = float(rng.uniform(180, 320))
    total = 0
    for a, st in zip(accts, styles, strict=True):
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.4)
        starts = bb.thinned(
            rng, start, ctx.t1, float(rng.uniform(3, 9)) * (ctx.t1 - start) / DAY, bb.workday(tz)
        )
        trains = bb.bursts(
            rng, starts, float(rng.uniform(25, 70)), float(rng.uniform(0.8, 2.5)), b=ctx.t1
        )
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        prompts = [
            texts.judge(rng, ctx.chat, ctx.passages, st if chance(rng, 0.8) else irange(rng, 0, 4))
            for _ in range(len(ts))
        ]
        total += ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, p_new, 0.03), comp_median=comp, err=0.02
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "judge / rubric / reward grading",
            "pacing": "workday bursts",
            "ip_source": f"{provider} instances",
            "payment": "one card per key",
            "orgs": n_orgs,
            "tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 3. policy-compliant ("censorship-safe") rewrites through a shared VPN exit pool


def waistband(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "waistband"
    n_keys = irange(rng, 5, 12)
    exits = bb.cloud(rng, irange(rng, 10, 25), pick(rng, ("m247", "leaseweb"))) + bb.cloud(
        rng, irange(rng, 3, 8), pick(rng, ("vultr", "ovh"))
    )
    signup = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.25)
    langs, w = ["zh", "ru", "vi", "ar", "en"], [0.4, 0.2, 0.15, 0.1, 0.15]
    tz = pick(rng, (8, 3, 2))
    accts = []
    for _ in range(n_keys):
        ua = "python-requests/2.32.3" if chance(rng, 0.7) else "Go-http-client/2.0"
        accts.append(
            ctx.account(
                rng,
                label=CAMP,
                family=fam,
                role="rewriter",
                campaign_id=cid,
                ua=ua,
                ips=exits,
                tz=tz,
            )
        )
    period = float(rng.uniform(20, 40)) * MINUTE
    comp = float(rng.uniform(380, 650))
    for a in accts:
        s = signup + float(rng.uniform(0, 6 * HOUR))
        offs = float(rng.uniform(0, period))
        ticks = np.arange(s + offs, ctx.t1, period)
        ticks = ticks + rng.normal(0, 40, size=len(ticks))
        keep = rng.random(len(ticks)) < 0.2 + 0.8 * bb.nightly(
            pick(rng, (20.0, 22.0, 0.0)), 10.0, tz
        )(ticks)
        trains = bb.bursts(
            rng, ticks[keep], float(rng.uniform(4, 12)), float(rng.uniform(2, 6)), b=ctx.t1
        )
        ts = np.sort(np.concatenate(trains)) if trains else np.empty(0)
        lg = _draw_langs(rng, langs, w, len(ts))
        prompts = [texts.policy_rewrite(rng, ctx.passages, x, irange(rng, 0, 3)) for x in lg]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.9, 0.05),
            ips=bb.sticky(rng, ts, exits, 900),
            comp_median=comp,
            err=0.03,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy / censorship-safe rewrites",
            "pacing": f"cron every {period / MINUTE:.0f} min, small trains",
            "ip_source": "shared VPN exit pool (hosting ASNs)",
            "payment": "one card per key",
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 4. agent / tool-use transcripts from a Kubernetes egress, pivoting at the release


def toile(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "toile"
    n_keys = irange(rng, 3, 6)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("gcp", "aws"))
    egress = bb.cloud(rng, irange(rng, 2, 3), provider)
    ua = pick(rng, ("langchain-openai/0.3.6", "litellm/1.60.2", "dspy/2.6.3 litellm/1.60.2"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="agent-runner",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=ua,
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release + float(rng.uniform(-0.6, 0.3)) * DAY
    per_hour = float(rng.uniform(8, 25))
    eps = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    who = rng.integers(0, n_keys, size=len(eps)).tolist()
    style = irange(rng, 0, 3)
    per: list[list] = [[[], [], []] for _ in range(n_keys)]
    for s, k in zip(eps.tolist(), who, strict=True):
        steps = irange(rng, 3, 10)
        gaps = rng.lognormal(np.log(float(rng.uniform(4, 12))), 0.6, size=steps)
        t = s + np.cumsum(gaps)
        st = style if chance(rng, 0.75) else irange(rng, 0, 3)
        for j, tt in enumerate(t.tolist()):
            per[k][0].append(tt)
            per[k][1].append(texts.agent(rng, st))
            per[k][2].append(int(rng.integers(800, 1600)) * (j + 1))
    for a, (ts, prompts, extra) in zip(accts, per, strict=True):
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.97, 0.0),
            comp_median=420.0,
            comp_sigma=0.7,
            err=0.015,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent / tool-use transcripts",
            "pacing": "episodes of 3-10 chained calls",
            "episodes_per_hour": round(per_hour, 1),
            "ip_source": f"{provider} egress",
            "payment": "one company card",
            "start_vs_release_h": round((start - ctx.release) / HOUR, 1),
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 5. synthetic dataset generation in nightly high-concurrency runs, subject by subject


def muslin(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "muslin"
    n_keys = irange(rng, 2, 5)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("azure", "oracle"))
    tz = pick(rng, (-5, 1, 8))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="generator",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="AsyncOpenAI/Python 1.60.0",
            ips=bb.cloud(rng, 2, provider),
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    langs, w = _langs(rng, ["en", "es", "fr", "zh", "pt"], 1, 3)
    if "en" not in langs:
        langs, w = langs + ["en"], w + [1.0]
    night_start, hours = float(rng.uniform(21, 26)) % 24, float(rng.uniform(4, 7))
    per_hour = float(rng.uniform(200, 450))
    subjects = [texts.SUBJECTS[i] for i in rng.permutation(len(texts.SUBJECTS)).tolist()]
    streams = bb.worker_pool(
        rng,
        ctx.t0 + float(rng.uniform(0.5, 1.5)) * DAY,
        ctx.t1,
        per_hour * hours / 24,
        n_keys,
        bb.nightly(night_start, hours, tz),
    )
    style = [irange(rng, 0, 3) for _ in range(n_keys)]
    for a, ts, st in zip(accts, streams, style, strict=True):
        day_idx = np.floor((ts - ctx.t0) / DAY).astype(np.int64).tolist()
        lg = _draw_langs(rng, langs, w, len(ts))
        prompts = [
            texts.synthetic(
                rng,
                x,
                st if chance(rng, 0.6) else irange(rng, 0, 3),
                subjects[(d + (1 if chance(rng, 0.2) else 0)) % len(subjects)],
            )
            for x, d in zip(lg, day_idx, strict=True)
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.92, 0.0),
            comp_median=float(rng.uniform(1800, 2600)),
            comp_sigma=0.4,
            err=0.06,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "synthetic dataset generation",
            "pacing": "nightly run",
            "night_start_local": round(night_start, 1),
            "hours": round(hours, 1),
            "per_hour_in_run": round(per_hour, 1),
            "ip_source": f"{provider}",
            "languages": langs,
            "subjects_order": subjects,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 6. best-of-n / soft-label sampling, each job's n samples spread over several keys


def interfacing(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "interfacing"
    n_keys = irange(rng, 8, 20)
    cards = [bb.hexid(rng, "pay") for _ in range(irange(rng, 2, 3))]
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="sampler",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua="python-httpx/0.28.1",
            ips=["0.0.0.0"],
        )
        for _ in range(n_keys)
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.5)
    per_hour = float(rng.uniform(8, 25))
    jobs = bb.thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, bb.constant)
    per: list[list] = [[[], []] for _ in range(n_keys)]
    for s in jobs.tolist():
        prompt = (
            texts.soft_label(rng, ctx.chat)
            if chance(rng, 0.4)
            else texts.clip(pick(rng, ctx.chat), 20, 1500, rng)
        )
        n = pick(rng, (4, 4, 5, 8, 8, 10, 16))
        spread = irange(rng, 1, min(3, n_keys))
        keys = rng.choice(n_keys, size=spread, replace=False).tolist()
        t = s + np.sort(rng.uniform(0, float(rng.uniform(5, 90)), size=n))
        for j, tt in enumerate(t.tolist()):
            k = keys[j % spread]
            per[k][0].append(tt)
            per[k][1].append(prompt)
    region = pick(rng, ("us", "eu", "*"))
    for a, (ts, prompts) in zip(accts, per, strict=True):
        ts_arr = np.asarray(ts)
        ips = bb.sticky(rng, ts_arr, bb.resi(rng, 400, region), 120.0) if len(ts_arr) else []
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.93, 0.0),
            ips=ips,
            comp_median=300.0,
            comp_sigma=0.8,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "best-of-n / soft-label sampling",
            "pacing": "jobs of n samples",
            "jobs_per_hour": round(per_hour, 1),
            "ip_source": f"rotating residential proxy ({region})",
            "payment": f"{len(cards)} prepaid cards shared",
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 7. translation harvest posing as a translation agency, but running around the clock


def overlock(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "overlock"
    n_keys = irange(rng, 4, 8)
    tz = pick(rng, (1, 2, 8, 5))
    office = bb.home(rng, irange(rng, 2, 3), tz)
    orgs = [bb.hexid(rng, "org") for _ in range(2)]
    cards = [bb.hexid(rng, "pay") for _ in range(2)]
    group = _split(rng, n_keys, 2)
    ua = pick(rng, ("Apache-HttpClient/5.4.1 (Java/21.0.5)", "axios/1.7.9"))
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="translator",
            campaign_id=cid,
            org=orgs[g],
            pay=cards[g],
            ua=ua,
            ips=office,
            tz=tz,
        )
        for g in group
    ]
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    per_hour = float(rng.uniform(30, 70))
    ts_all = bb.thinned(
        rng,
        start,
        ctx.t1,
        per_hour * (ctx.t1 - start) / HOUR,
        lambda t: 0.55 + 0.45 * bb.workday(tz)(t),
    )
    targets = list(texts.LANG_NAMES)
    style = irange(rng, 0, 3)
    prompts, comps, src, todo = [], [], "", []
    for _ in range(len(ts_all)):
        if not todo:
            src = texts.clip(pick(rng, ctx.passages), 250, 1500, rng)
            todo = [
                targets[i] for i in rng.permutation(len(targets))[: irange(rng, 6, 14)].tolist()
            ]
        tgt = todo.pop()
        prompts.append(
            texts.translation(rng, src, tgt, style if chance(rng, 0.85) else irange(rng, 0, 3))
        )
        comps.append(
            len(src) / 4 * (1.6 if tgt in ("Japanese", "Korean", "Thai", "Hindi") else 1.2)
        )
    who = rng.integers(0, n_keys, size=len(ts_all))
    comps_arr = np.asarray(comps, dtype=np.float64)
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ctx.emit(
            rng,
            a,
            ts_all[sel],
            [prompts[j] for j in sel.tolist()],
            models=ctx.models(rng, ts_all[sel], 0.9, 0.0),
            comp_median=comps_arr[sel],
            comp_sigma=0.25,
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "translation harvest (one source into many languages)",
            "pacing": "24/7 queue with a daytime bump",
            "per_hour": round(per_hour, 1),
            "ip_source": "office broadband",
            "payment": "2 cards, 2 orgs",
            "tz": tz,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 8. code harvest walking a curriculum grid from CI runners


def haircloth(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "haircloth"
    n_keys = irange(rng, 6, 10)
    cards = [bb.hexid(rng, "pay") for _ in range(2)]
    group = _split(rng, n_keys, 2)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="ci-runner",
            campaign_id=cid,
            pay=cards[g],
            ua="OpenAI/NodeJS 4.85.1",
            ips=["0.0.0.0"],
        )
        for g in group
    ]
    langs = [
        texts.PLANGS[i] for i in rng.permutation(len(texts.PLANGS))[: irange(rng, 4, 8)].tolist()
    ]
    minute = float(rng.uniform(0, 60)) * MINUTE
    start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    cursor = irange(rng, 0, 400)
    for a in accts:
        every = pick(rng, (1, 1, 2, 3)) * HOUR
        ticks = np.arange(np.floor(start / HOUR) * HOUR + minute, ctx.t1, every) + rng.uniform(
            0, 90
        )
        ticks = ticks[(ticks >= start) & (rng.random(len(ticks)) < 0.85)]
        trains = bb.bursts(
            rng, ticks, float(rng.uniform(8, 24)), float(rng.uniform(1.0, 3.0)), b=ctx.t1
        )
        runner = bb.cloud(rng, max(1, len(trains)), "azure")
        ts_raw = np.concatenate(trains) if trains else np.empty(0)
        ip_raw = [runner[i] for i, tr in enumerate(trains) for _ in range(len(tr))]
        order = np.argsort(ts_raw, kind="stable")
        ts = ts_raw[order]
        ips = [ip_raw[i] for i in order.tolist()]
        st = irange(rng, 0, 3)
        prompts = []
        for _ in range(len(ts)):
            item, lang = cursor // len(langs), langs[cursor % len(langs)]
            prompts.append(texts.code(rng, item, 1 + item % 10, lang, st))
            cursor += 1
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.96, 0.0),
            ips=ips if len(ts) else None,
            comp_median=900.0,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "code harvest over a (problem x level x language) grid",
            "pacing": "hourly CI cron trains",
            "ip_source": "ephemeral azure runners",
            "payment": "2 cards",
            "languages": langs,
            "hard": False,
        },
    )


# --------------------------------------------------------------------------------------------
# 9. HARD: harvest hidden inside a real homework-helper product's traffic


def topstitch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "topstitch"
    n_keys = irange(rng, 2, 4)
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    provider = pick(rng, ("aws", "gcp", "digitalocean"))
    egress = bb.cloud(rng, irange(rng, 3, 6), provider)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="product-backend",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=egress,
        )
        for _ in range(n_keys)
    ]
    peak = float(rng.uniform(12, 20))
    curve = bb.global_load(peak, float(rng.uniform(0.5, 0.8)))
    per_hour = float(rng.uniform(25, 60))
    share = float(rng.uniform(0.2, 0.35))
    user_langs, uw = _langs(rng, ["en", "es", "pt", "id", "hi", "fr"], 2, 4)
    if "en" not in user_langs:
        user_langs, uw = ["en"] + user_langs, [1.0] + uw
    streams = bb.worker_pool(rng, ctx.t0, ctx.t1, per_hour, n_keys, curve)
    for a, ts in zip(accts, streams, strict=True):
        inj = (rng.random(len(ts)) < share * np.where(ts >= ctx.release, 1.3, 0.6)).tolist()
        lg = _draw_langs(rng, user_langs, uw, len(ts))
        prompts, comps, models = [], [], []
        genuine_models = ctx.models(rng, ts, 0.55, 0.3)
        for t, x, harvest, gm in zip(ts.tolist(), lg, inj, genuine_models, strict=True):
            if harvest:
                prompts.append(
                    texts.casual(rng, x, None, 0.35)
                    if chance(rng, 0.7)
                    else texts.reasoning(rng, "en", 2)
                )
                comps.append(float(rng.uniform(700, 1200)))
                models.append(
                    ctx.new_model if (t >= ctx.release and chance(rng, 0.95)) else ctx.old_models[0]
                )
            else:
                prompts.append(
                    texts.clip(pick(rng, ctx.chat), 8, 700, rng)
                    if chance(rng, 0.6)
                    else texts.casual(rng, x, None, 0.5)
                )
                comps.append(300.0)
                models.append(gm)
        ctx.emit(rng, a, ts, prompts, models=models, comp_median=np.asarray(comps), err=0.012)
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest injected into a real product's traffic",
            "pacing": "worldwide product load",
            "per_hour": round(per_hour, 1),
            "harvest_share": round(share, 3),
            "ip_source": f"{provider} backend egress",
            "payment": "one company card",
            "user_languages": user_langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 10. HARD: bought aged accounts, handed over at the release


def inseam(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "inseam"
    n = irange(rng, 15, 30)
    handover = ctx.release + float(rng.uniform(0, 14)) * HOUR
    op_ua = pick(rng, ("OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
    langs, w = _langs(rng, ["en", "es", "pt", "de", "fr", "ja", "id"], 2, 4)
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        ua = pick(rng, bb.BROWSERS) if chance(rng, 0.5) else bb.sdk_ua(rng, 0.7)
        a = ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="aged-account",
            campaign_id=cid,
            ua=ua,
            ips=bb.home(rng, irange(rng, 1, 2), tz),
            tz=tz,
        )
        accts.append(a)
        # the original owner's history
        sess = bb.session_times(
            rng,
            ctx.t0,
            handover,
            float(rng.uniform(0.4, 2.0)),
            bb.evening_person(tz),
            float(rng.uniform(2, 5)),
            float(rng.uniform(40, 150)),
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.clip(pick(rng, ctx.chat), 8, 900, rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.4, 0.1),
        )
        # the buyer's harvest through a residential proxy of the owner's region
        region = pick(rng, REGION_OF_TZ.get(tz, ("us",)))
        pool = bb.resi(rng, irange(rng, 4, 10), region)
        per_day = float(rng.uniform(2, 5))
        sess = bb.session_times(
            rng,
            handover + float(rng.uniform(0, 10)) * HOUR,
            ctx.t1,
            per_day,
            bb.evening_person(tz, 3.0),
            float(rng.uniform(6, 14)),
            float(rng.uniform(25, 70)),
        )
        ts = np.sort(np.concatenate(sess)) if sess else np.empty(0)
        lang = _draw_langs(rng, langs, w, 1)[0]
        prompts = [
            texts.casual(rng, lang, None, 0.25)
            if chance(rng, 0.75)
            else texts.reasoning(rng, "en", 1)
            for _ in range(len(ts))
        ]
        ua_after = op_ua if chance(rng, 0.6) else ua
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.97, 0.0),
            ips=bb.sticky(rng, ts, pool, 6 * HOUR),
            ua=ua_after,
            comp_median=float(rng.uniform(650, 1000)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "harvest through bought aged accounts",
            "pacing": "owner history, then person-like sessions",
            "handover_vs_release_h": round((handover - ctx.release) / HOUR, 1),
            "ip_source": "home, then residential proxy of the same region",
            "payment": "the original owners' cards",
            "languages": langs,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 11. HARD: a low-and-slow crowd of person-like accounts running multi-turn dialogue harvests


def pad_stitch(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "pad_stitch"
    n = irange(rng, 50, 90)
    langs, w = _langs(rng, ["en", "es", "pt", "de", "fr", "id", "ja", "hi"], 3, 6)
    if "en" not in langs:
        langs, w = ["en"] + langs, [1.5] + w
    subjects = [
        texts.SUBJECTS[i]
        for i in rng.permutation(len(texts.SUBJECTS))[: irange(rng, 3, 5)].tolist()
    ]
    accts = []
    for _ in range(n):
        tz = pick(rng, bb.TZS)
        mobile = chance(rng, 0.25)
        if mobile:
            ua = pick(rng, bb.MOBILE)
            ips = bb.mobile_v6(
                rng,
                irange(rng, 2, 5),
                pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")),
            )
        else:
            ua = pick(rng, bb.BROWSERS)
            ips = bb.home(rng, irange(rng, 1, 2), tz)
        a = ctx.account(
            rng, label=CAMP, family=fam, role="crowd-member", campaign_id=cid, ua=ua, ips=ips, tz=tz
        )
        accts.append(a)
        start = bb.jitter_start(rng, ctx.t0, ctx.t1, 0.6)
        lang = _draw_langs(rng, langs, w, 1)[0]
        subj = pick(rng, subjects)
        sess = bb.session_times(
            rng,
            start,
            ctx.t1,
            float(rng.uniform(0.8, 2.5)),
            bb.evening_person(tz),
            float(rng.uniform(3, 7)),
            float(rng.uniform(40, 120)),
        )
        ts_all, prompts = [], []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts_all.append(t)
                prompts.append(
                    texts.casual(rng, lang, subj, 0.35) if j == 0 else texts.follow_up(rng, lang)
                )
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.85, 0.05),
            comp_median=float(rng.uniform(500, 800)),
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "multi-turn dialogue harvest by a person-like crowd",
            "pacing": "evening sessions, 3-7 turns",
            "ip_source": "residential / carrier v6",
            "payment": "one prepaid virtual card per account",
            "languages": langs,
            "subjects": subjects,
            "hard": True,
        },
    )


# --------------------------------------------------------------------------------------------
# 12. HARD: public prompt replay from a small startup office, working hours only


def sleeve_head(ctx: Ctx, rng: np.random.Generator, cid: str) -> None:
    fam = "sleeve_head"
    n_keys = irange(rng, 6, 12)
    tz = pick(rng, (-8, -5, 0, 1, 2, 5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 2, 3), tz)
    accts = [
        ctx.account(
            rng,
            label=CAMP,
            family=fam,
            role="replayer",
            campaign_id=cid,
            org=org,
            pay=pay,
            ua=pick(rng, bb.SDK_COMMON[:3]),
            ips=office,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    start = ctx.release - float(rng.uniform(0.3, 1.2)) * DAY
    per_hour = float(rng.uniform(30, 80))
    streams = bb.worker_pool(rng, start, ctx.t1, per_hour, n_keys, bb.workday(tz, weekend=0.15))
    order = rng.permutation(len(ctx.chat)).tolist()
    cursor = 0
    for a, ts in zip(accts, streams, strict=True):
        prompts = [ctx.chat[order[(cursor + i) % len(order)]] for i in range(len(ts))]
        cursor += len(ts)
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.97, 0.0), comp_median=400.0, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "public prompt replay (ShareGPT prompts, once each)",
            "pacing": "office hours worker pool",
            "per_hour": round(per_hour, 1),
            "ip_source": "office broadband",
            "payment": "one company card",
            "tz": tz,
            "start_vs_release_h": round((start - ctx.release) / HOUR, 1),
            "hard": True,
        },
    )


CAMPAIGN_FAMILIES: dict[str, Callable] = {
    "gusset": gusset,
    "placket": placket,
    "waistband": waistband,
    "toile": toile,
    "muslin": muslin,
    "interfacing": interfacing,
    "overlock": overlock,
    "haircloth": haircloth,
    "topstitch": topstitch,
    "inseam": inseam,
    "pad_stitch": pad_stitch,
    "sleeve_head": sleeve_head,
}

"""Campaign families of blind batch 49 (code names from sail rigging), written without reading the
monitor. Each family is `f(ctx, rng, campaign_id)`: it draws its own parameters from `rng`, opens
its accounts through `ctx.account`, writes events through `ctx.emit` and records the campaign with
`ctx.campaign` (see `bench/blind_batch.py`)."""

from __future__ import annotations

from collections.abc import Sequence

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
    regions,
    rented_block,
    resi,
    sdk_ua,
    session_times,
    sticky,
    thinned,
    workday,
)
from bench.monitor_blind49 import texts

Rng = np.random.Generator
LABEL = "campaign"


def _u(rng: Rng, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _weights(rng: Rng, options: Sequence[str], conc: float = 1.0) -> tuple[list[str], np.ndarray]:
    """A per-seed mixture over `options`."""
    return list(options), rng.dirichlet([conc] * len(options))


def _draw(rng: Rng, mix: tuple[list[str], np.ndarray], n: int) -> list[str]:
    opts, w = mix
    return [opts[i] for i in rng.choice(len(opts), size=n, p=w).tolist()]


def _assign_alive(rng: Rng, jobs: np.ndarray, lives: list[tuple[float, float]]) -> list[np.ndarray]:
    """Hand each job to one of the keys alive at its time (a hydra whose keys come and go)."""
    a = np.array([x[0] for x in lives])
    b = np.array([x[1] for x in lives])
    out: list[list[float]] = [[] for _ in lives]
    for t in jobs.tolist():
        alive = np.flatnonzero((a <= t) & (b > t))
        if len(alive):
            out[int(alive[rng.integers(len(alive))])].append(t)
    return [np.asarray(x) for x in out]


def _concat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


# --------------------------------------------------------------------------------------------


def parrel(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Reasoning-trace coercion on the new model by a hydra of fresh keys opened at its release."""
    fam = "parrel"
    n = irange(rng, 24, 60)
    lead_h = _u(rng, 0.5, 10.0)
    start = ctx.release - lead_h * HOUR
    wave0 = max(4, int(n * _u(rng, 0.3, 0.55)))
    life_h = _u(rng, 14, 40)
    lives = []
    for i in range(n):
        a = start + (_u(rng, 0, 1.5 * HOUR) if i < wave0 else _u(rng, 0, ctx.t1 - start))
        lives.append((a, a + float(rng.lognormal(np.log(life_h * HOUR), 0.5))))
    per_hour = _u(rng, 140, 320)
    op_tz = pick(rng, (8, 3, 2, 9))
    wd = workday(op_tz, weekend=1.0, night=0.0)

    def curve(ts: np.ndarray) -> np.ndarray:
        return 0.7 + 0.3 * wd(ts)

    jobs = thinned(rng, start, ctx.t1, per_hour * (ctx.t1 - start) / HOUR, curve)
    per_acct = _assign_alive(rng, jobs, lives)
    regs = [str(r) for r in rng.choice(regions(), size=irange(rng, 2, 4), replace=False)]
    pool = [ip for r in regs for ip in resi(rng, irange(rng, 80, 300), r)]
    hold = _u(rng, 120, 1800)
    shared_ua = sdk_ua(rng) if chance(rng, 0.6) else None
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 3, 10))]
    langs = _weights(rng, ("tagged", "json", "zh", "ru", "suffix"))
    p_new = _u(rng, 0.9, 0.99)
    comp = _u(rng, 1300, 2600)
    hidden = irange(rng, 0, 400)
    err = _u(rng, 0.02, 0.08)
    accts = []
    for ts in per_acct:
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="harvester",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=shared_ua or sdk_ua(rng),
            ips=[pool[0]],
            tz=op_tz,
        )
        accts.append(acct)
        if len(ts) == 0:
            continue
        prompts = [texts.trace_prompt(rng, lg, ctx.chat) for lg in _draw(rng, langs, len(ts))]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=sticky(rng, ts, pool, hold),
            comp_median=comp,
            comp_sigma=0.45,
            err=err,
            extra=hidden,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "reasoning-trace coercion",
            "accounts": n,
            "lead_hours_before_release": lead_h,
            "first_wave": wave0,
            "key_life_hours": life_h,
            "jobs_per_hour": per_hour,
            "operator_tz": op_tz,
            "proxy_regions": regs,
            "proxy_pool": len(pool),
            "sticky_s": hold,
            "cards": len(cards),
            "shared_ua": shared_ua,
            "p_new": p_new,
            "completion_median": comp,
            "hidden_tokens": hidden,
        },
    )


def snotter(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Rubric grades and pairwise preference labels, run by office-hours operators over several
    organisations and cards on Chinese clouds."""
    fam = "snotter"
    op_tz = pick(rng, (8, 8, 3, 5))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 4))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 2, 5))]
    org_ips = {
        o: rented_block(
            rng,
            pick(rng, ("alibaba", "tencent", "huawei", "ucloud")),
            irange(rng, 1, 2),
            irange(rng, 2, 6),
        )
        + (home(rng, 2, op_tz) if chance(rng, 0.3) else [])
        for o in orgs
    }
    org_ua = {o: sdk_ua(rng) for o in orgs}
    start_h, end_h, weekend = _u(rng, 8.5, 10), _u(rng, 18, 21.5), _u(rng, 0.05, 0.6)
    curve = workday(op_tz, start_h, end_h, weekend, night=0.0)
    launches, size, gap = _u(rng, 3, 7), _u(rng, 20, 50), _u(rng, 1.5, 8)
    forms = _weights(rng, ("pair_json", "rubric", "pair_zh", "pair_tr", "score"))
    med = {
        "pair_json": _u(rng, 90, 200),
        "rubric": _u(rng, 250, 450),
        "pair_zh": _u(rng, 60, 140),
        "pair_tr": _u(rng, 40, 100),
        "score": _u(rng, 3, 8),
    }
    p_new = _u(rng, 0.5, 0.85)
    n = irange(rng, 6, 14)
    accts = []
    for _ in range(n):
        org = pick(rng, orgs)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="labeller",
            campaign_id=cid,
            org=org,
            pay=pick(rng, cards),
            ua=org_ua[org],
            ips=org_ips[org],
            tz=op_tz,
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.25)
        starts = thinned(rng, a, ctx.t1, launches * (ctx.t1 - a) / DAY, curve)
        ts = _concat(bursts(rng, starts, size, gap, 0.6, ctx.t1))
        fs = _draw(rng, forms, len(ts))
        prompts = [texts.grading_prompt(rng, f, ctx.chat, ctx.passages) for f in fs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=[med[f] for f in fs],
            comp_sigma=0.5,
            err=0.015,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "rubric grading and preference labels",
            "accounts": n,
            "orgs": len(orgs),
            "cards": len(cards),
            "operator_tz": op_tz,
            "hours": [start_h, end_h],
            "weekend": weekend,
            "launches_per_day": launches,
            "burst_size": size,
            "burst_gap_s": gap,
            "p_new": p_new,
        },
    )


def euphroe(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Policy-aligned rewrites of assistant passages, a nightly job from rented hosting."""
    fam = "euphroe"
    op_tz = pick(rng, (3, 8, 2))
    start_h, hours = _u(rng, 21, 26) % 24, _u(rng, 4, 7)
    curve = nightly(start_h, hours, op_tz)
    provider = pick(rng, ("selectel", "hetzner", "ovh", "m247", "leaseweb"))
    block = rented_block(rng, provider, irange(rng, 2, 4), irange(rng, 3, 8))
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 1, 2))]
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    ua = pick(rng, ("python-requests/2.32.3", "aiohttp/3.11.11", "Go-http-client/2.0"))
    langs = _weights(rng, ("zh", "ru", "en", "ar"))
    p_new, comp = _u(rng, 0.4, 0.85), _u(rng, 380, 750)
    per_hour = _u(rng, 150, 300)
    n = irange(rng, 4, 9)
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
    jobs = thinned(rng, a, ctx.t1, per_hour * hours * (ctx.t1 - a) / DAY, curve)
    who = rng.integers(0, n, size=len(jobs))
    accts = []
    for i in range(n):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="rewriter",
            campaign_id=cid,
            org=pick(rng, orgs),
            pay=pick(rng, cards),
            ua=ua,
            ips=block,
            tz=op_tz,
        )
        accts.append(acct)
        ts = jobs[who == i]
        prompts = [texts.rewrite_prompt(rng, lg, ctx.passages) for lg in _draw(rng, langs, len(ts))]
        ctx.emit(
            rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new), comp_median=comp, err=0.01
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "policy-aligned rewrites",
            "accounts": n,
            "operator_tz": op_tz,
            "window_start_h": start_h,
            "window_hours": hours,
            "provider": provider,
            "block": len(block),
            "per_hour": per_hour,
            "p_new": p_new,
            "completion_median": comp,
        },
    )


def futtock(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Agent / tool-use trajectories: episodes of steps with growing hidden context, one ephemeral
    cloud address per episode."""
    fam = "futtock"
    n = irange(rng, 8, 20)
    grouped = chance(rng, 0.4)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 2, 3))]
    provider = pick(rng, ("aws", "gcp", "azure", "oracle", "digitalocean"))
    ua = pick(
        rng,
        (
            "langchain-openai/0.3.6",
            "litellm/1.60.2",
            "python-httpx/0.28.1",
            "AsyncOpenAI/Python 1.60.0",
        ),
    )
    eps, steps, gap = _u(rng, 8, 25), _u(rng, 5, 10), _u(rng, 4, 15)
    base, grow = _u(rng, 800, 3000), _u(rng, 250, 700)
    styles = _weights(rng, ("json", "tagged"))
    p_new, comp = _u(rng, 0.6, 0.95), _u(rng, 120, 320)
    accts = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="agent-runner",
            campaign_id=cid,
            org=pick(rng, orgs) if grouped else None,
            ua=ua,
            ips=cloud(rng, 1, provider),
        )
        accts.append(acct)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.35)
        ts_all, prompts, ips, extra = [], [], [], []
        for s in thinned(rng, a, ctx.t1, eps * (ctx.t1 - a) / DAY, constant).tolist():
            k = int(np.clip(rng.poisson(steps), 2, 16))
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.6, size=k - 1))])
            goal, ip, style = (
                texts.agent_goal(rng),
                cloud(rng, 1, provider)[0],
                _draw(rng, styles, 1)[0],
            )
            for j, tj in enumerate(t.tolist(), start=1):
                ts_all.append(tj)
                prompts.append(texts.agent_prompt(rng, goal, j, style))
                ips.append(ip)
                extra.append(int(base + j * grow))
        ts = np.asarray(ts_all)
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            comp_median=comp,
            err=0.01,
            extra=extra,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "agent trajectories",
            "accounts": n,
            "orgs_grouped": grouped,
            "provider": provider,
            "ua": ua,
            "episodes_per_day": eps,
            "steps_mean": steps,
            "step_gap_s": gap,
            "hidden_base": base,
            "hidden_per_step": grow,
            "p_new": p_new,
            "completion_median": comp,
        },
    )


def cunningham(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Instruction evolution followed by best-of-n resampling of each evolved instruction, from a
    worker pool of keys spread over organisations and cards on rotating hosting addresses."""
    fam = "cunningham"
    n = irange(rng, 10, 24)
    orgs = [hexid(rng, "org") for _ in range(irange(rng, 3, 8))]
    provs = [
        str(p)
        for p in rng.choice(
            ["vultr", "digitalocean", "contabo", "linode", "ovh", "hetzner"],
            size=irange(rng, 2, 3),
            replace=False,
        )
    ]
    pool = [ip for p in provs for ip in rented_block(rng, p, irange(rng, 1, 3), irange(rng, 4, 10))]
    a = jitter_start(rng, ctx.t0, ctx.t1, 0.4)
    per_hour = _u(rng, 12, 35)
    jobs = thinned(rng, a, ctx.t1, per_hour * (ctx.t1 - a) / HOUR, constant)
    who = rng.integers(0, n, size=len(jobs))
    langs = _weights(rng, ("en", "en", "hi", "it"))
    best_lo, best_hi = irange(rng, 2, 4), irange(rng, 5, 9)
    lag, spacing = _u(rng, 5, 40), _u(rng, 0.5, 3)
    c_evo, c_ans = _u(rng, 60, 140), _u(rng, 350, 900)
    p_new = _u(rng, 0.5, 0.9)
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="worker",
            campaign_id=cid,
            org=pick(rng, orgs),
            ua=sdk_ua(rng, 0.3),
            ips=[pool[0]],
        )
        for _ in range(n)
    ]
    cols: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(n)]
    for t, i in zip(jobs.tolist(), who.tolist(), strict=True):
        lg = _draw(rng, langs, 1)[0]
        seed = texts.clip_text(pick(rng, ctx.chat), 20, 400, rng)
        ip = pick(rng, pool)
        k = irange(rng, best_lo, best_hi)
        times = [t] + (
            t
            + rng.uniform(lag * 0.5, lag * 1.5)
            + np.cumsum(rng.lognormal(np.log(spacing), 0.6, size=k))
        ).tolist()
        target = texts.evolved(rng, lg, seed)
        ts_l, pr_l, ip_l, cm_l = cols[i]
        ts_l.extend(times)
        pr_l.extend([texts.evolve_prompt(rng, lg, seed)] + [target] * k)
        ip_l.extend([ip] * (k + 1))
        cm_l.extend([c_evo] + [c_ans] * k)
    for acct, (ts_l, pr_l, ip_l, cm_l) in zip(accts, cols, strict=True):
        ts = np.asarray(ts_l)
        ctx.emit(
            rng,
            acct,
            ts,
            pr_l,
            models=ctx.models(rng, ts, p_new),
            ips=ip_l,
            comp_median=cm_l,
            comp_sigma=0.5,
            err=0.02,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "instruction evolution + best-of-n",
            "accounts": n,
            "orgs": len(orgs),
            "providers": provs,
            "pool": len(pool),
            "jobs_per_hour": per_hour,
            "best_of": [best_lo, best_hi],
            "resample_lag_s": lag,
            "p_new": p_new,
            "completion_medians": [c_evo, c_ans],
        },
    )


def bobstay(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Instruction back-translation (passage -> the user turn that produced it) routed through a
    reseller's gateway keys, mixed into its customers' genuine chat."""
    fam = "bobstay"
    n = irange(rng, 3, 6)
    one_org = chance(rng, 0.6)
    org = hexid(rng, "org")
    cards = [hexid(rng, "pay") for _ in range(irange(rng, 1, 2))]
    provider = pick(rng, ("hetzner", "ovh", "digitalocean", "aws", "vultr"))
    block = rented_block(rng, provider, irange(rng, 1, 2), irange(rng, 2, 4))
    ua = pick(
        rng, ("litellm/1.60.2", "OpenAI/NodeJS 4.85.1", "Go-http-client/2.0", "reqwest/0.12.12")
    )
    curve = global_load(_u(rng, 0, 24), _u(rng, 0.2, 0.6))
    share = _u(rng, 0.3, 0.6)
    langs = _weights(rng, ("lower", "nl", "tr", "pl", "json"))
    c_bt, c_chat = _u(rng, 50, 130), _u(rng, 250, 420)
    p_new = _u(rng, 0.3, 0.7)
    accts = []
    rates = []
    for _ in range(n):
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="reseller-gateway",
            campaign_id=cid,
            org=org if one_org else None,
            pay=pick(rng, cards),
            ua=ua,
            ips=block,
        )
        accts.append(acct)
        rate = _u(rng, 10, 30)
        rates.append(rate)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.1)
        ts = thinned(rng, a, ctx.t1, rate * (ctx.t1 - a) / HOUR, curve)
        is_bt = rng.random(len(ts)) < share
        prompts = [
            texts.backtrans_prompt(rng, _draw(rng, langs, 1)[0], ctx.passages)
            if b
            else pick(rng, ctx.chat)
            for b in is_bt.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=np.where(is_bt, c_bt, c_chat),
            err=0.012,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "instruction back-translation via reseller",
            "accounts": n,
            "one_org": one_org,
            "cards": len(cards),
            "provider": provider,
            "ua": ua,
            "per_hour": rates,
            "harvest_share": share,
            "p_new": p_new,
            "completion_medians": [c_bt, c_chat],
        },
    )


def lazy_jack(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Raw prefix-continuation harvesting from many small app-like accounts behind a mobile proxy
    farm (carrier IPv6 and consumer lines), with human-like session pacing."""
    fam = "lazy_jack"
    n = irange(rng, 30, 80)
    cards = [hexid(rng, "pay") for _ in range(max(2, int(n * _u(rng, 0.2, 0.5))))]
    carriers = [
        str(c)
        for c in rng.choice(
            ["in_mobile", "br_mobile", "us_mobile", "eu_mobile"],
            size=irange(rng, 1, 3),
            replace=False,
        )
    ]
    p_v6 = _u(rng, 0.4, 0.85)
    forms = _weights(rng, ("bare", "cont", "words", "th", "ar", "multi"))
    per_day, size, gap = _u(rng, 1, 4), _u(rng, 4, 12), _u(rng, 20, 90)
    c_one, c_multi = _u(rng, 180, 450), _u(rng, 500, 900)
    p_new = _u(rng, 0.4, 0.9)
    accts = []
    for _ in range(n):
        tz = pick(rng, TZS)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="farm-device",
            campaign_id=cid,
            pay=pick(rng, cards),
            ua=pick(rng, MOBILE),
            ips=resi(rng, 1),
            tz=tz,
        )
        accts.append(acct)
        a = _u(rng, ctx.t0, ctx.t1 - DAY)
        b = min(ctx.t1, a + _u(rng, 1.5, 5) * DAY)
        ts_all, ips = [], []
        for sess in session_times(rng, a, b, per_day, evening_person(tz), size, gap):
            ip = mobile_v6(rng, 1, pick(rng, carriers))[0] if chance(rng, p_v6) else resi(rng, 1)[0]
            ts_all.extend(sess.tolist())
            ips.extend([ip] * len(sess))
        ts = np.asarray(ts_all)
        fs = _draw(rng, forms, len(ts))
        prompts = [texts.continuation_prompt(rng, f, ctx.passages) for f in fs]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            ips=ips,
            comp_median=[c_multi if f == "multi" else c_one for f in fs],
            err=0.01,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "prefix continuation harvest",
            "accounts": n,
            "cards": len(cards),
            "carriers": carriers,
            "p_v6": p_v6,
            "sessions_per_day": per_day,
            "session_size": size,
            "think_s": gap,
            "p_new": p_new,
            "completion_medians": [c_one, c_multi],
        },
    )


def earing(ctx: Ctx, rng: Rng, cid: str) -> None:
    """Low and slow: a few person-shaped accounts asking now and then for batches of synthetic
    training examples, between ordinary chat."""
    fam = "earing"
    n = irange(rng, 3, 7)
    home_tz = {"es": (-3, 1), "pl": (1,), "it": (1,), "en": (-5, 0, -8)}
    per_day, size, gap = _u(rng, 1, 2.5), _u(rng, 2.5, 5), _u(rng, 60, 200)
    share = _u(rng, 0.15, 0.35)
    c_data = _u(rng, 900, 1600)
    p_new = _u(rng, 0.4, 0.8)
    accts, langs = [], []
    for _ in range(n):
        lg = pick(rng, ("es", "pl", "it", "en"))
        langs.append(lg)
        tz = pick(rng, home_tz[lg])
        lines = home(rng, irange(rng, 1, 2), tz)
        acct = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="persona",
            campaign_id=cid,
            ua=pick(rng, BROWSERS),
            ips=lines,
            tz=tz,
        )
        accts.append(acct)
        shape = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.3, night=0.03)
        a = jitter_start(rng, ctx.t0, ctx.t1, 0.3)
        ts = _concat(session_times(rng, a, ctx.t1, per_day, shape, size, gap))
        harvest = rng.random(len(ts)) < share
        prompts = [
            texts.dataset_request(rng, lg) if h else pick(rng, ctx.chat) for h in harvest.tolist()
        ]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new),
            comp_median=np.where(harvest, c_data, 300.0),
            err=0.005,
        )
    ctx.campaign(
        cid,
        fam,
        accts,
        {
            "operation": "low-and-slow synthetic data",
            "accounts": n,
            "languages": langs,
            "sessions_per_day": per_day,
            "session_size": size,
            "think_s": gap,
            "harvest_share": share,
            "p_new": p_new,
            "completion_median": c_data,
        },
    )


CAMPAIGN_FAMILIES = {
    "bobstay": bobstay,
    "cunningham": cunningham,
    "earing": earing,
    "euphroe": euphroe,
    "futtock": futtock,
    "lazy_jack": lazy_jack,
    "parrel": parrel,
    "snotter": snotter,
}

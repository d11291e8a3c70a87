"""Hard-negative benign kinds of blind batch 16: legitimate API customers that share surface
traits with harvesting (automation, volume, templates, cloud hosting, long or graded outputs,
fresh accounts at a launch, many keys behind one address). Neutral code names; README.md says
what each is. Written without reading the monitor or the simulator's own benign kinds."""

from __future__ import annotations

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
    evening_person,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    weekday,
    workday,
)
from bench.monitor_blind16 import texts


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _u(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi))


def _pinned(ts: np.ndarray, before: str, after: str, switch: float) -> list[str]:
    return [after if t >= switch else before for t in np.asarray(ts).tolist()]


def _per_train_ips(rng: np.random.Generator, trains: list[np.ndarray], provider: str) -> tuple[np.ndarray, list[str]]:
    """Times of all trains in order, and one fresh cloud address per train (an ephemeral runner)."""
    ts_l, ip_l = [], []
    for tr in trains:
        if len(tr):
            ts_l.append(np.asarray(tr, dtype=np.float64))
            ip_l += [cloud(rng, 1, provider)[0]] * len(tr)
    if not ts_l:
        return np.empty(0), []
    ts = np.concatenate(ts_l)
    order = np.argsort(ts, kind="stable")
    return ts[order], [ip_l[i] for i in order.tolist()]


def _pin_choice(ctx: Ctx, rng: np.random.Generator, p_mini: float, p_migrate: float) -> tuple[str, float]:
    """A pinned old model, and when (if ever) the customer migrates to the new one."""
    base = ctx.old_models[-1] if chance(rng, p_mini) else ctx.old_models[0]
    switch = ctx.release + _u(rng, 0.3, 2.0) * DAY if chance(rng, p_migrate) else np.inf
    return base, switch


# --------------------------------------------------------------------------------------------


def alder(ctx: Ctx, rng: np.random.Generator) -> None:
    """E-commerce copywriting SaaS: nightly catalogue refresh plus daytime merchant edits."""
    kind = "alder"
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, (-5, -8, 0, 1, 2))
        prov = pick(rng, ("aws", "gcp", "azure"))
        nat = cloud(rng, irange(rng, 2, 4), prov)
        org, pay, ua = hexid(rng, "org"), hexid(rng, "pay"), sdk_ua(rng, 0.5)
        style = pick(rng, ("pipe", "json", "bullets"))
        langs = [str(x) for x in rng.choice(texts.CATALOG_LANGS, size=irange(rng, 2, 5), replace=False)]
        base, switch = _pin_choice(ctx, rng, 0.5, 0.3)
        prod = ctx.account(rng, label="benign", family=kind, role="catalog_prod", org=org, pay=pay, ua=ua, ips=nat,
                           tz=tz)
        per_night, per_day = _u(rng, 120, 600), _u(rng, 40, 200)
        ts = _cat([thinned(rng, ctx.t0, ctx.t1, per_night * 7, nightly(_u(rng, 0, 4), _u(rng, 1.5, 4), tz)),
                   thinned(rng, ctx.t0, ctx.t1, per_day * 7, workday(tz, weekend=0.15))])
        ctx.emit(rng, prod, ts, [texts.catalog_prompt(rng, style, pick(rng, langs)) for _ in range(len(ts))],
                 models=_pinned(ts, base, ctx.new_model, switch), comp_median=190.0, comp_sigma=0.35, err=0.01)
        if chance(rng, 0.6):
            stg = ctx.account(rng, label="benign", family=kind, role="catalog_staging", org=org, pay=pay, ua=ua,
                              ips=nat[:1], tz=tz)
            ts = _cat(session_times(rng, ctx.t0, ctx.t1, 2.0, workday(tz), 6, 40))
            ctx.emit(rng, stg, ts, [texts.catalog_prompt(rng, style, pick(rng, langs)) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=0.6, p_mini=0.4), comp_median=200.0, comp_sigma=0.4)


def birch(ctx: Ctx, rng: np.random.Generator) -> None:
    """Pull-request review bots: one request per changed file on every push, from CI runners."""
    kind = "birch"
    for _ in range(irange(rng, 3, 6)):
        tz = pick(rng, TZS)
        self_hosted = chance(rng, 0.4)
        fixed = cloud(rng, irange(rng, 1, 3), "aws") if self_hosted else []
        a = ctx.account(rng, label="benign", family=kind, role="review_bot",
                        ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/NodeJS 4.85.1", "Go-http-client/2.0")),
                        ips=fixed or cloud(rng, 1, "azure"), tz=tz)
        style = pick(rng, ("strict", "inline", "summary"))
        base, switch = _pin_choice(ctx, rng, 0.2, 0.5)
        pushes = thinned(rng, ctx.t0, ctx.t1, _u(rng, 15, 70) * 7, workday(tz, weekend=0.08))
        trains = bursts(rng, pushes, _u(rng, 2, 6), 1.2, 0.6, ctx.t1)
        if self_hosted:
            ts, ips = _cat(trains), None
        else:  # a fresh hosted runner per push
            ts, ips = _per_train_ips(rng, trains, "azure")
        ctx.emit(rng, a, ts, [texts.review_prompt(rng, style) for _ in range(len(ts))],
                 models=_pinned(ts, base, ctx.new_model, switch), ips=ips, comp_median=180.0, comp_sigma=0.6,
                 extra=rng.integers(150, 2500, size=len(ts)))


def cedar(ctx: Ctx, rng: np.random.Generator) -> None:
    """Market-research agencies coding open-ended survey answers in fieldwork bursts."""
    kind = "cedar"
    for _ in range(irange(rng, 1, 3)):
        tz = pick(rng, (1, 0, -5, 2, -3))
        office = home(rng, 1, tz)
        vm = cloud(rng, 1, pick(rng, ("aws", "azure", "ovh")))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ua = pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.58.1", "R httr2/1.0.7"))
        for _ in range(irange(rng, 2, 4)):
            ips = office if chance(rng, 0.6) else vm
            a = ctx.account(rng, label="benign", family=kind, role="project", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
            study, style = pick(rng, list(texts.STUDIES)), pick(rng, ("list", "single"))
            day0 = np.floor(ctx.t0 / DAY) * DAY
            days = [d for d in range(7) if weekday(np.array([day0 + d * DAY + 12 * HOUR]), tz)[0] < 5]
            chosen = rng.choice(days, size=min(len(days), irange(rng, 1, 3)), replace=False).tolist()
            starts = []
            for d in sorted(chosen):
                for _ in range(irange(rng, 1, 4)):
                    starts.append(day0 + d * DAY + (_u(rng, 9, 17) - tz) * HOUR)
            trains = bursts(rng, np.sort(np.asarray(starts)), _u(rng, 80, 500), _u(rng, 0.6, 2.0), 0.4, ctx.t1)
            ts = _cat(trains)
            ctx.emit(rng, a, ts, [texts.survey_prompt(rng, study, style) for _ in range(len(ts))],
                     models=ctx.models(rng, ts, p_new=0.05, p_mini=0.7), comp_median=8.0, comp_sigma=0.5, err=0.04)


def hazel(ctx: Ctx, rng: np.random.Generator) -> None:
    """Tenants of a no-code assistant builder: many keys, one platform egress pool and client."""
    kind = "hazel"
    for _ in range(irange(rng, 1, 2)):
        pool = cloud(rng, irange(rng, 3, 8), pick(rng, ("aws", "gcp", "digitalocean")))
        ua = pick(rng, ("axios/1.7.9", "okhttp/4.12.0", "reqwest/0.12.12"))
        for _ in range(irange(rng, 10, 25)):
            tz = pick(rng, TZS)
            use = pick(rng, list(texts.TENANT_USES))
            consumer = use in ("gym_coach", "order_status", "dental_booking")
            a = ctx.account(rng, label="benign", family=kind, role="tenant", ua=ua, ips=pool, tz=tz)
            onboard = jitter_start(rng, ctx.t0, ctx.t1, 0.6)
            per_day = float(np.clip(rng.lognormal(np.log(6), 0.9), 0.5, 60))
            curve = evening_person(tz) if consumer else workday(tz, weekend=0.1)
            ts = _cat(session_times(rng, onboard, ctx.t1, per_day, curve, _u(rng, 2, 6), _u(rng, 15, 60)))
            model = ctx.old_models[-1] if chance(rng, 0.6) else ctx.old_models[0]
            ctx.emit(rng, a, ts, [texts.tenant_prompt(rng, use, ctx.chat) for _ in range(len(ts))],
                     models=model, comp_median=_u(rng, 120, 300), comp_sigma=0.5,
                     extra=int(_u(rng, 300, 2000)))


def larch(ctx: Ctx, rng: np.random.Generator) -> None:
    """Developers signing up on launch day to try the new model, most drifting away later."""
    kind = "larch"
    scale = _u(rng, 6, 14) * HOUR
    for _ in range(irange(rng, 35, 80)):
        tz = pick(rng, TZS)
        ips = home(rng, irange(rng, 1, 2), tz)
        if chance(rng, 0.3):
            ips += mobile_v6(rng, 1, pick(rng, ("us_mobile", "in_mobile", "br_mobile", "eu_mobile")))
        ua = pick(rng, BROWSERS) if chance(rng, 0.6) else (sdk_ua(rng, 0.6) if chance(rng, 0.8) else pick(rng, MOBILE))
        a = ctx.account(rng, label="benign", family=kind, role="new_developer", ua=ua, ips=ips, tz=tz)
        on = ctx.release + float(rng.exponential(scale))
        curve = evening_person(tz) if chance(rng, 0.5) else workday(tz, weekend=0.5, night=0.05)
        parts = session_times(rng, on, on + DAY, _u(rng, 3, 8), curve, _u(rng, 3, 7), _u(rng, 30, 120))
        if chance(rng, 0.6):
            parts += session_times(rng, on + DAY, ctx.t1, _u(rng, 0.2, 1.5), curve, 4, 60)
        ts = _cat(parts)
        prompts = [texts.launch_prompt(rng) if chance(rng, 0.55) else pick(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, p_new=0.95, p_mini=0.05), comp_median=450.0,
                 comp_sigma=0.7)


def rowan(ctx: Ctx, rng: np.random.Generator) -> None:
    """QA teams generating synthetic test fixtures: nightly CI runs and developers by hand."""
    kind = "rowan"
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        prov = pick(rng, ("aws", "gcp", "azure", "hetzner"))
        ci = ctx.account(rng, label="benign", family=kind, role="ci", org=org, pay=pay, ua=sdk_ua(rng, 0.5),
                         ips=cloud(rng, 1, prov), tz=tz)
        starts = thinned(rng, ctx.t0, ctx.t1, 7 * _u(rng, 0.8, 1.0), nightly(_u(rng, 0, 5), 0.5, tz))
        trains = bursts(rng, starts, _u(rng, 10, 60), _u(rng, 2, 6), 0.5, ctx.t1)
        ts, ips = _per_train_ips(rng, trains, prov)
        base, switch = _pin_choice(ctx, rng, 0.3, 0.4)
        ctx.emit(rng, ci, ts, [texts.fixture_prompt(rng) for _ in range(len(ts))],
                 models=_pinned(ts, base, ctx.new_model, switch), ips=ips,
                 comp_median=1100.0, comp_sigma=0.5)
        office = home(rng, 1, tz)
        for _ in range(irange(rng, 1, 3)):
            dev = ctx.account(rng, label="benign", family=kind, role="developer", org=org, pay=pay,
                              ua=pick(rng, BROWSERS) if chance(rng, 0.5) else sdk_ua(rng, 0.5),
                              ips=office + home(rng, 1, tz), tz=tz)
            ts = _cat(session_times(rng, ctx.t0, ctx.t1, _u(rng, 0.5, 2), workday(tz), 3, 90))
            prompts = [texts.fixture_prompt(rng) if chance(rng, 0.6) else pick(rng, ctx.chat) for _ in range(len(ts))]
            ctx.emit(rng, dev, ts, prompts, models=ctx.models(rng, ts, p_new=0.5, p_mini=0.1), comp_median=800.0,
                     comp_sigma=0.6)


BENIGN_KINDS = {f.__name__: f for f in (alder, birch, cedar, hazel, larch, rowan)}

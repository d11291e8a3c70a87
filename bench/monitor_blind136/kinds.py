"""Benign hard-negative kinds of batch 136 (code names: basketry words).

Each kind is a generator `(ctx, rng) -> None` registering legitimate accounts (label "benign",
family = the kind's name) and writing their events. Each is built to resemble one of this batch's
campaign families, or a campaign in general, while being ordinary legitimate use. The README says
what each one looks like.
"""

from __future__ import annotations

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    TZS,
    Acct,
    Ctx,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    pick,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind136 import texts as tx

Rng = np.random.Generator


def _benign(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


def _ramp(ctx: Ctx, rng: Rng, ts: np.ndarray, hi: float, p_mini: float) -> list[str]:
    """A legitimate team moving to the new model gradually after its release."""
    ts = np.asarray(ts)
    frac = np.clip((ts - ctx.release) / max(ctx.t1 - ctx.release, 1.0), 0, 1)
    u, v = rng.random(len(ts)), rng.random(len(ts))
    old, mini = ctx.old_models[0], ctx.old_models[-1]
    return [
        ctx.new_model if (t >= ctx.release and a < hi * f) else (mini if b < p_mini else old)
        for t, a, b, f in zip(ts.tolist(), u.tolist(), v.tolist(), frac.tolist(), strict=True)
    ]


def _runs(rng: Rng, starts: np.ndarray, n_items: int, gap: float) -> list[np.ndarray]:
    return [
        s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(gap), 0.4, size=n_items - 1))])
        for s in np.asarray(starts).tolist()
    ]


# --------------------------------------------------------------------------------------------


def wicker(ctx: Ctx, rng: Rng) -> None:
    """An evaluation lab running a frozen chain-of-thought benchmark on every model."""
    kind = "wicker"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 6), pick(rng, ("gcp", "aws")))
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    keys = [
        _benign(ctx, rng, kind, "eval-runner", org=org, pay=card, ua=ua, ips=ips)
        for _ in range(irange(rng, 3, 6))
    ]
    items = tx.eval_items(rng, irange(rng, 250, 500))
    tz = pick(rng, (-8, -5, 0, 1))
    starts = list(thinned(rng, ctx.t0, ctx.t1, rng.uniform(0.5, 1.5) * 7, workday(tz)).tolist())
    starts += (
        ctx.release + rng.uniform(0.02, 1.0, size=irange(rng, 2, 5)) * DAY
    ).tolist()  # launch-day sweep
    per_key: list[list[tuple[float, str, str]]] = [[] for _ in keys]
    for s in sorted(starts):
        if s >= ctx.release and rng.random() < 0.6:
            model = ctx.new_model
        else:
            model = ctx.old_models[0] if rng.random() < 0.7 else ctx.old_models[-1]
        sel = rng.permutation(len(items))[: int(len(items) * rng.uniform(0.4, 1.0))]
        t = s + np.cumsum(rng.lognormal(np.log(rng.uniform(0.3, 1.5)), 0.4, size=len(sel)))
        k = int(rng.integers(len(keys)))
        per_key[k].extend(
            (ti, items[j], model) for ti, j in zip(t.tolist(), sel.tolist(), strict=True)
        )
    for a, evs in zip(keys, per_key, strict=True):
        evs.sort()
        ctx.emit(
            rng,
            a,
            [e[0] for e in evs],
            [e[1] for e in evs],
            models=[e[2] for e in evs],
            comp_median=600,
        )


def slewing(ctx: Ctx, rng: Rng) -> None:
    """A labelling vendor's annotation tool pre-labelling preference and rubric tasks."""
    kind = "slewing"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8, 2, -3))
    office = home(rng, irange(rng, 2, 3), tz)
    projects = [
        f"{pick(rng, ('PRJ', 'RLHF', 'EVAL', 'SFT'))}-{irange(rng, 100, 999)}"
        for _ in range(irange(rng, 4, 8))
    ]
    for proj in projects:
        a = _benign(
            ctx,
            rng,
            kind,
            "annotation-project",
            org=org,
            pay=card,
            ua="python-requests/2.32.3",
            ips=office,
        )
        guideline = f"v{irange(rng, 1, 4)}.{irange(rng, 0, 9)}"
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            rng.uniform(10, 30) * 9 * 7 * 5 / 7,
            workday(tz, weekend=0.1, night=0.0),
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.label_task(rng, ctx.chat, ctx.passages, proj, guideline) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.35, p_mini=0.3),
            comp_median=180,
        )


def upsett(ctx: Ctx, rng: Rng) -> None:
    """A trust-and-safety vendor classifying user posts and proposing policy-compliant rewrites."""
    kind = "upsett"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 4), "aws")
    ua = "Apache-HttpClient/5.4.1 (Java/21.0.5)"
    langs = tx.mix(rng, ("en", "es", "pt", "ar"))
    communities = [
        pick(
            rng, ("RecipeHub", "GamerLoft", "ParentCircle", "TradeTalk", "PhotoNest", "LocalMarket")
        )
        for _ in range(irange(rng, 2, 4))
    ]
    curve = global_load(rng.uniform(12, 20), rng.uniform(0.3, 0.6))
    for community in communities:
        a = _benign(ctx, rng, kind, "moderation-pipeline", org=org, pay=card, ua=ua, ips=ips)
        ts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(4, 12) * 24 * 7, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.moderation(rng, ctx.chat, tx.wpick(rng, langs), community) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.5),
            comp_median=120,
        )


def osier(ctx: Ctx, rng: Rng) -> None:
    """An engineering team using a coding agent in their IDE/terminal (tool transcripts, long context)."""
    kind = "osier"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tzs = [int(x) for x in rng.choice(TZS, size=irange(rng, 1, 2), replace=False)]
    office = {tz: home(rng, 1, tz)[0] for tz in tzs}
    ua = pick(rng, ("aider/0.72.1 litellm/1.60.2", "cline/3.2.0", "continue/0.9.250 node/20.18.0"))
    for _ in range(irange(rng, 8, 18)):
        tz = pick(rng, tzs)
        own = home(rng, 1, tz)[0]
        a = _benign(
            ctx, rng, kind, "developer", org=org, pay=card, ua=ua, ips=[own, office[tz]], tz=tz
        )
        ts_l, pr, ip_l = [], [], []
        for sess in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            rng.uniform(1.5, 4.5),
            workday(tz),
            rng.uniform(8, 20),
            rng.uniform(5, 14),
            0.9,
        ):
            task = pick(rng, tx.DEV_TASKS)
            ip = own if rng.random() < 0.4 else office[tz]
            for step, t in enumerate(sess.tolist()):
                ts_l.append(t)
                pr.append(tx.coding_agent(rng, step, task))
                ip_l.append(ip)
        order = np.argsort(ts_l, kind="stable")
        ts = np.asarray(ts_l)[order]
        ctx.emit(
            rng,
            a,
            ts,
            [pr[j] for j in order],
            ips=[ip_l[j] for j in order],
            models=_ramp(ctx, rng, ts, 0.7, 0.1),
            comp_median=350,
            comp_sigma=0.8,
            extra=rng.integers(1500, 6000, size=len(ts)),
        )


def creel(ctx: Ctx, rng: Rng) -> None:
    """A start-up's data-augmentation team generating paraphrases for its own intent classifier."""
    kind = "creel"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 1, 3), "aws")
    tz = pick(rng, TZS)
    langs = ("English", "Spanish", "Hindi", "German", "Portuguese", "Japanese")
    for _ in range(irange(rng, 2, 3)):
        a = _benign(
            ctx,
            rng,
            kind,
            "augmentation-job",
            org=org,
            pay=card,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-httpx/0.28.1")),
            ips=ips,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(0.3, 0.8) * 7, workday(tz, weekend=0.0))
        ts = np.concatenate(
            [
                run
                for s in starts.tolist()
                for run in _runs(rng, [s], irange(rng, 120, 500), rng.uniform(0.5, 2))
            ]
            or [np.empty(0)]
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augmentation(rng, pick(rng, langs)) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.6, p_mini=0.3),
            comp_median=400,
        )


def trug(ctx: Ctx, rng: Rng) -> None:
    """A companion-chat app relaying its users' conversations from its backend."""
    kind = "trug"
    app = pick(rng, ("Kindred", "Hearth", "Moonpal", "Tandem"))
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 2, 5), pick(rng, ("digitalocean", "gcp")))
    curve = global_load(rng.uniform(18, 23), rng.uniform(0.5, 0.8))
    for _ in range(irange(rng, 3, 5)):
        a = _benign(ctx, rng, kind, "app-backend", org=org, pay=card, ua="axios/1.7.9", ips=ips)
        ts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(6, 15) * 24 * 7, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [tx.companion(rng, ctx.chat, app) for _ in ts],
            models=_ramp(ctx, rng, ts, 0.5, 0.3),
            comp_median=120,
            extra=250,
        )


def punnet(ctx: Ctx, rng: Rng) -> None:
    """A university group studying self-consistency and calibration: each item sampled many times."""
    kind = "punnet"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    campus = resi(rng, 2, "eu" if tz >= 0 else "us")
    cluster = cloud(rng, 2, pick(rng, ("ovh", "scaleway", "aws")))
    items = [tx.study_item(rng, i) for i in range(irange(rng, 150, 300))]
    for role in ("notebook", "cluster-job", "cluster-job")[: irange(rng, 2, 3)]:
        ips = campus if role == "notebook" else cluster
        a = _benign(ctx, rng, kind, role, org=org, pay=card, ua="python-httpx/0.28.1", ips=ips)
        ts_l, pr, mods = [], [], []
        for s in thinned(
            rng, ctx.t0, ctx.t1, rng.uniform(0.4, 1.2) * 7, workday(tz, end=22.0, weekend=0.3)
        ).tolist():
            models = [ctx.old_models[0], ctx.old_models[-1]] + (
                [ctx.new_model] if s >= ctx.release else []
            )
            model = pick(rng, models)
            t = s
            for j in rng.permutation(len(items))[: irange(rng, 15, 50)].tolist():
                for _ in range(int(pick(rng, (5, 5, 10, 20)))):
                    t += float(rng.lognormal(np.log(1.2), 0.5))
                    ts_l.append(t)
                    pr.append(items[j])
                    mods.append(model)
        ctx.emit(rng, a, ts_l, pr, models=mods, comp_median=25, comp_sigma=0.9)


def fitching(ctx: Ctx, rng: Rng) -> None:
    """A university course cohort told to use the new model for this week's assignment."""
    kind = "fitching"
    tz = pick(rng, TZS)
    campus = home(rng, irange(rng, 2, 3), tz)
    hw = tuple(str(h) for h in rng.choice(tx.HOMEWORK, size=irange(rng, 6, 9), replace=False))
    assigned = ctx.release + rng.uniform(0.0, 0.5) * DAY
    for _ in range(irange(rng, 25, 55)):
        own = home(rng, 1, tz)[0]
        a = _benign(
            ctx,
            rng,
            kind,
            "student",
            ua=pick(rng, BROWSERS + MOBILE[:3]),
            ips=[own] + campus,
            tz=tz,
        )
        s = assigned + rng.exponential(0.5) * DAY
        if s >= ctx.t1 - HOUR:
            s = assigned + rng.uniform(0, 0.3) * DAY
        sess = session_times(
            rng,
            s,
            ctx.t1,
            rng.uniform(1, 3),
            evening_person(tz),
            rng.uniform(3, 8),
            rng.uniform(40, 160),
        )
        ts = np.concatenate(sess) if sess else np.array([s])
        if len(ts) == 0:
            ts = np.array([s])
        h = local_hour(ts, tz)
        on_campus = (h >= 9) & (h < 17) & (rng.random(len(ts)) < 0.8)
        ips = [pick(rng, campus) if c else own for c in on_campus.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.homework(rng, ctx.chat, hw) for _ in ts],
            ips=ips,
            models=ctx.models(rng, ts, p_new=0.85, p_mini=0.05),
            comp_median=500,
        )


def plaiting(ctx: Ctx, rng: Rng) -> None:
    """A marketing agency running many client accounts (each client's own org and card) from one backend."""
    kind = "plaiting"
    ips = cloud(rng, irange(rng, 2, 3), "hetzner")
    tz = pick(rng, TZS)
    switch = ctx.release + rng.uniform(0.0, 1.0) * DAY
    for _ in range(irange(rng, 12, 24)):
        brand = (
            f"{pick(rng, ('Blue', 'Golden', 'Little', 'North', 'Urban', 'Wild', 'Honest', 'Bright'))} "
            f"{pick(rng, ('Fern', 'Harbour', 'Oak', 'Lantern', 'Pepper', 'Summit', 'Thread', 'Otter'))}"
        )
        business, city, tone = pick(rng, tx.BUSINESSES), pick(rng, tx.CITIES), pick(rng, tx.TONES)
        a = _benign(ctx, rng, kind, "agency-client", ua="python-requests/2.32.3", ips=ips)
        starts = thinned(rng, ctx.t0, ctx.t1, rng.uniform(0.7, 2.5) * 7, workday(tz))
        ts = np.concatenate(
            [
                run
                for s in starts.tolist()
                for run in _runs(rng, [s], irange(rng, 5, 25), rng.uniform(3, 10))
            ]
            or [np.empty(0)]
        )
        if len(ts) == 0:
            continue
        models = [
            ctx.new_model if (t >= switch and rng.random() < 0.9) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.marketing(rng, brand, business, city, tone) for _ in ts],
            models=models,
            comp_median=400,
        )


def wattle(ctx: Ctx, rng: Rng) -> None:
    """An app team's migration regression suite replaying a public prompt set against old and new models."""
    kind = "wattle"
    org, card = hexid(rng, "org"), hexid(rng, "pay")
    suite = [
        ctx.chat[j]
        for j in rng.choice(len(ctx.chat), size=irange(rng, 400, 900), replace=False).tolist()
    ]
    tz = pick(rng, TZS)
    nightly_h = rng.uniform(0, 5)
    days = np.arange(ctx.t0 // DAY, ctx.t1 // DAY + 1) * DAY
    starts = [d + (nightly_h - tz) * HOUR for d in days.tolist()]
    starts += thinned(rng, ctx.t0, ctx.t1, rng.uniform(0.5, 2) * 7, workday(tz)).tolist()
    for role in ("ci", "staging"):
        a = _benign(
            ctx,
            rng,
            kind,
            role,
            org=org,
            pay=card,
            ua="python-httpx/0.28.1",
            ips=cloud(rng, 1, "azure"),
        )
        ts_l, pr, mods, ip_l = [], [], [], []
        for s in starts:
            if rng.random() < 0.6:
                continue
            ip = cloud(rng, 1, "azure")[0]  # a fresh CI runner per run
            sel = rng.permutation(len(suite))[: int(len(suite) * rng.uniform(0.2, 0.7))]
            targets = [ctx.old_models[0]] + ([ctx.new_model] if s >= ctx.release else [])
            t = s
            for j in sel.tolist():
                for m in targets:
                    t += float(rng.lognormal(np.log(0.5), 0.5))
                    ts_l.append(t)
                    pr.append(suite[j])
                    mods.append(m)
                    ip_l.append(ip)
        if ts_l:
            ctx.emit(rng, a, ts_l, pr, models=mods, ips=ip_l, comp_median=420)


BENIGN_KINDS = {
    "wicker": wicker,
    "slewing": slewing,
    "upsett": upsett,
    "osier": osier,
    "creel": creel,
    "trug": trug,
    "punnet": punnet,
    "fitching": fitching,
    "plaiting": plaiting,
    "wattle": wattle,
}

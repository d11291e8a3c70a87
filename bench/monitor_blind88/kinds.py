"""Benign hard-negative kinds of batch 88 (code names from the Japanese tea ceremony).

Each kind is `fn(ctx, rng)`: legitimate customers whose traffic shares surface features with
harvesting. Parameters are drawn per seed. See README.md for what each one is.
"""

from __future__ import annotations

import random

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MINUTE,
    TZS,
    Ctx,
    bursts,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    multi_office,
    nightly,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind88 import texts as tx

LABEL = "benign"


def _rr(rng: np.random.Generator) -> random.Random:
    return random.Random(int(rng.integers(0, 2**62)))


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _emit_sorted(
    ctx: Ctx,
    rng: np.random.Generator,
    acct,
    ts: list[float],
    prompts: list[str],
    models: list[str],
    extra: list[int] | None = None,
    **kw,
) -> None:
    t = np.asarray(ts, dtype=np.float64)
    order = np.argsort(t, kind="stable")
    o = order.tolist()
    ex = np.asarray(extra, dtype=np.int64)[order] if extra is not None and len(extra) else 0
    ctx.emit(
        rng, acct, t[order], [prompts[j] for j in o], models=[models[j] for j in o], extra=ex, **kw
    )


class _EvalRun:
    """Sends a subset of an item bank in order, round-robin over a team's keys."""

    def __init__(self, rng, gap, items, per_ts, per_pr, per_md):
        self.rng, self.gap, self.items = rng, gap, items
        self.per_ts, self.per_pr, self.per_md = per_ts, per_pr, per_md

    def run(self, start: float, subset: list[int], model: str) -> None:
        t = start + np.cumsum(self.rng.lognormal(np.log(self.gap), 0.4, size=len(subset)))
        n = len(self.per_ts)
        for j, (tt, it) in enumerate(zip(t.tolist(), subset, strict=True)):
            self.per_ts[j % n].append(tt)
            self.per_pr[j % n].append(self.items[it])
            self.per_md[j % n].append(model)


def usucha(ctx: Ctx, rng: np.random.Generator) -> None:
    """Model-evaluation teams: fixed item banks re-run nightly and side by side on release day."""
    fam = "usucha"
    r = _rr(rng)
    old, new = ctx.old_models[0], ctx.new_model
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        nat = cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp", "azure")))
        ua = sdk_ua(rng, 0.6)
        keys = [
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="eval_team",
                org=org,
                pay=pay,
                ua=ua,
                ips=nat,
                tz=tz,
            )
            for _ in range(irange(rng, 1, 3))
        ]
        suite = pick(
            rng,
            ("mmlu-lite", "regress-core", "safety-smoke", "json-strict", "math-mini", "cs-intent"),
        )
        version = f"v{irange(rng, 1, 9)}.{irange(rng, 0, 20)}"
        bank = tx.eval_bank(r, irange(rng, 150, 450))
        items = [tx.eval_suite_item(r, suite, version, i, b) for i, b in enumerate(bank)]
        per_ts: list[list[float]] = [[] for _ in keys]
        per_pr: list[list[str]] = [[] for _ in keys]
        per_md: list[list[str]] = [[] for _ in keys]
        runner = _EvalRun(rng, float(rng.uniform(0.5, 3.0)), items, per_ts, per_pr, per_md)
        run = runner.run

        night_h = float(rng.uniform(0, 4))
        sub_n = irange(rng, 60, min(200, len(items)))
        day = ctx.t0
        while day < ctx.t1:
            s = day + ((night_h - tz) % 24) * HOUR + float(rng.uniform(0, 20)) * MINUTE
            subset = sorted(r.sample(range(len(items)), sub_n))
            run(s, subset, old)
            if s >= ctx.release:
                run(s + float(rng.uniform(5, 30)) * MINUTE, subset, new)
            day += DAY
        # release day: the whole bank, both models, sometimes several repeats
        for _ in range(irange(rng, 1, 3)):
            s = ctx.release + float(rng.uniform(2, 30)) * HOUR
            run(s, list(range(len(items))), new)
            if chance(rng, 0.7):
                run(s + float(rng.uniform(0.1, 2)) * HOUR, list(range(len(items))), old)
        for k, a in enumerate(keys):
            _emit_sorted(
                ctx,
                rng,
                a,
                per_ts[k],
                per_pr[k],
                per_md[k],
                comp_median=float(rng.uniform(80, 400)),
                err=0.01,
            )


def koicha(ctx: Ctx, rng: np.random.Generator) -> None:
    """Data-labelling vendors using the model as pre-annotator and pairwise judge around the clock."""
    fam = "koicha"
    r = _rr(rng)
    for _ in range(irange(rng, 1, 2)):
        offices = [
            int(x) for x in rng.choice((5, 8, 1, 3, -3), size=irange(rng, 1, 3), replace=False)
        ]
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = [ip for tz in offices for ip in home(rng, irange(rng, 1, 2), tz)]
        ua = sdk_ua(rng, 0.5)
        n = irange(rng, 3, 6)
        keys = [
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="annotation_tool",
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=offices[0],
            )
            for _ in range(n)
        ]
        styles = r.sample(tx.ANNOT_STYLES, irange(rng, 2, 3))
        streams = worker_pool(
            rng, ctx.t0, ctx.t1, float(rng.uniform(15, 35)), n, multi_office(offices)
        )
        for a, ts in zip(keys, streams, strict=True):
            prompts = [
                tx.annotation_task(r, r.choice(styles), r.choice(ctx.passages), r.choice(ctx.chat))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, float(rng.uniform(0.3, 0.8)), 0.2),
                comp_median=float(rng.uniform(60, 200)),
                err=0.01,
            )


def chakin(ctx: Ctx, rng: np.random.Generator) -> None:
    """IDE coding-agent users: developers whose agent loops fire tight trains with large contexts."""
    fam = "chakin"
    r = _rr(rng)
    ua = pick(
        rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1", "reqwest/0.12.12", "axios/1.7.9")
    )
    devs = []
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        nat = home(rng, 1, tz)
        for _ in range(irange(rng, 4, 10)):
            ips = nat + (home(rng, 1, tz) if chance(rng, 0.4) else [])
            devs.append(
                (
                    ctx.account(
                        rng,
                        label=LABEL,
                        family=fam,
                        role="developer",
                        org=org,
                        pay=pay,
                        ua=ua,
                        ips=ips,
                        tz=tz,
                    ),
                    tz,
                )
            )
    for _ in range(irange(rng, 3, 8)):
        tz = pick(rng, TZS)
        devs.append(
            (
                ctx.account(
                    rng,
                    label=LABEL,
                    family=fam,
                    role="indie_developer",
                    ua=ua,
                    ips=home(rng, 1, tz),
                    tz=tz,
                ),
                tz,
            )
        )
    p_new = float(rng.uniform(0.5, 0.9))
    for a, tz in devs:
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            workday(tz, 9.0, 19.0, 0.1, 0.03),
            float(rng.uniform(8, 18)),
            float(rng.uniform(3, 9)),
            0.6,
        )
        ts, prompts, extra = [], [], []
        for s in sess:
            ctx_tokens = float(rng.lognormal(np.log(6000), 0.7))
            for k, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(
                    tx.coding_agent(
                        r,
                        "implement" if k == 0 and r.random() < 0.4 else r.choice(tx.CODING_STYLES),
                    )
                )
                extra.append(int(min(120000, ctx_tokens + k * float(rng.uniform(300, 1500)))))
        t = np.asarray(ts)
        _emit_sorted(
            ctx,
            rng,
            a,
            ts,
            prompts,
            ctx.models(rng, t, p_new, 0.1),
            extra,
            comp_median=float(rng.uniform(250, 600)),
            err=0.02,
        )


def tokonoma(ctx: Ctx, rng: np.random.Generator) -> None:
    """Localisation services: nightly string-catalogue jobs into many locales plus daytime requests."""
    fam = "tokonoma"
    r = _rr(rng)
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, (0, 1, 2, -5, 9))
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "azure", "hetzner", "ovh")))
        ua = sdk_ua(rng, 0.5)
        n = irange(rng, 2, 5)
        keys = [
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="l10n_pipeline",
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=tz,
            )
            for _ in range(n)
        ]
        locales = r.sample(tx.LOCALES, irange(rng, 8, 16))
        styles = r.sample(tx.LOC_STYLES, irange(rng, 2, 3))
        job_size = float(rng.uniform(250, 600))
        starts = thinned(rng, ctx.t0, ctx.t1, 7.0, nightly(float(rng.uniform(0, 3)), 1.5, tz))
        job_trains = bursts(rng, starts, job_size, float(rng.uniform(0.4, 1.5)), 0.3, ctx.t1)
        day_ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3, 8)) * 7 * 24, workday(tz))
        all_ts = _cat([*job_trains, day_ts])
        who = rng.integers(0, n, size=len(all_ts))
        for i, a in enumerate(keys):
            ts = all_ts[who == i]
            prompts = [
                tx.localisation(r, r.choice(styles), r.choice(locales), r.choice(ctx.passages))
                for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.4, 0.5),
                comp_median=float(rng.uniform(40, 160)),
                err=0.015,
            )


def wagashi(ctx: Ctx, rng: np.random.Generator) -> None:
    """Education apps: homework help with step-by-step explanations, peaking after school."""
    fam = "wagashi"
    r = _rr(rng)
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, TZS)
        langs = r.sample(tx.HOMEWORK_LANGS, irange(rng, 1, 3))
        if chance(rng, 0.6) and "en" not in langs:
            langs.append("en")
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        ips = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "digitalocean", "azure")))
        ua = sdk_ua(rng, 0.5)
        n = irange(rng, 2, 4)
        keys = [
            ctx.account(
                rng,
                label=LABEL,
                family=fam,
                role="app_backend",
                org=org,
                pay=pay,
                ua=ua,
                ips=ips,
                tz=tz,
            )
            for _ in range(n)
        ]
        curve = evening_person(tz, float(rng.uniform(1.8, 3.0)))
        streams = worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(12, 28)), n, curve)
        for a, ts in zip(keys, streams, strict=True):
            prompts = [
                tx.homework_help(r, r.choice(langs), r.randint(3, 12)) for _ in range(len(ts))
            ]
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, float(rng.uniform(0.2, 0.7)), 0.4),
                comp_median=float(rng.uniform(250, 500)),
                err=0.01,
            )


def tsukubai(ctx: Ctx, rng: np.random.Generator) -> None:
    """Research labs: self-consistency / calibration studies sampling each question many times."""
    fam = "tsukubai"
    r = _rr(rng)
    old, new, mini = ctx.old_models[0], ctx.new_model, ctx.old_models[-1]
    for _ in range(irange(rng, 2, 3)):
        tz = pick(rng, TZS)
        org, pay = hexid(rng, "org"), hexid(rng, "pay")
        cluster = cloud(rng, irange(rng, 1, 2), pick(rng, ("gcp", "aws", "azure", "oracle")))
        qs = [tx.research_item(r) for _ in range(irange(rng, 80, 250))]
        keys = []
        for _ in range(irange(rng, 2, 4)):
            ips = cluster + home(rng, 1, tz)
            keys.append(
                ctx.account(
                    rng,
                    label=LABEL,
                    family=fam,
                    role="grad_student",
                    org=org,
                    pay=pay,
                    ua=sdk_ua(rng, 0.5),
                    ips=ips,
                    tz=tz,
                )
            )
        for a in keys:
            ts, prompts, models = [], [], []
            for _ in range(irange(rng, 2, 5)):
                s = float(rng.uniform(ctx.t0, ctx.t1))
                model = (
                    new if (s >= ctx.release and chance(rng, 0.6)) else pick(rng, (old, old, mini))
                )
                kk = irange(rng, 3, 10)
                sub = r.sample(qs, irange(rng, 30, min(100, len(qs))))
                t = s + np.cumsum(
                    rng.lognormal(np.log(float(rng.uniform(0.3, 1.5))), 0.5, size=len(sub) * kk)
                )
                j = 0
                for q in sub:
                    for _ in range(kk):
                        ts.append(float(t[j]))
                        prompts.append(q)
                        models.append(model)
                        j += 1
            ips = [a.ips[0] if r.random() < 0.9 else a.ips[-1] for _ in ts]
            t = np.asarray(ts)
            order = np.argsort(t, kind="stable").tolist()
            ctx.emit(
                rng,
                a,
                t[order],
                [prompts[j] for j in order],
                models=[models[j] for j in order],
                ips=[ips[j] for j in order],
                comp_median=float(rng.uniform(40, 250)),
                err=0.03,
            )


def nijiriguchi(ctx: Ctx, rng: np.random.Generator) -> None:
    """A customer-support bot vendor: one key per client brand, multi-turn chats, shared cluster."""
    fam = "nijiriguchi"
    r = _rr(rng)
    vendor_pay = hexid(rng, "pay")
    per_tenant_pay = chance(rng, 0.3)
    cluster = cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "gcp", "azure", "linode")))
    ua = sdk_ua(rng, 0.5)
    brands = list(tx.brands())
    r.shuffle(brands)
    n = irange(rng, 6, 12)
    for i in range(n):
        tz = pick(rng, TZS)
        lang = pick(rng, tx.SUPPORT_LANGS) if chance(rng, 0.5) else "en"
        brand = brands[i % len(brands)] + ("" if i < len(brands) else f" {i}")
        a = ctx.account(
            rng,
            label=LABEL,
            family=fam,
            role="tenant_bot",
            pay=hexid(rng, "pay") if per_tenant_pay else vendor_pay,
            ua=ua,
            ips=cluster,
            tz=tz,
        )
        curve = (
            workday(tz, 8.0, 21.0, 0.4, 0.08)
            if chance(rng, 0.6)
            else global_load(float(rng.uniform(0, 24)), 0.5)
        )
        sess = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(10, 30)),
            curve,
            float(rng.uniform(2, 5)),
            float(rng.uniform(20, 90)),
            0.9,
        )
        ts, prompts, extra = [], [], []
        for s in sess:
            for k, t in enumerate(s.tolist()):
                ts.append(t)
                prompts.append(tx.support_message(r, lang, k == 0, brand))
                extra.append(400 + k * 250)
        t = np.asarray(ts)
        _emit_sorted(
            ctx,
            rng,
            a,
            ts,
            prompts,
            ctx.models(rng, t, 0.3, 0.5),
            extra,
            comp_median=float(rng.uniform(80, 220)),
            err=0.01,
        )


def futaoki(ctx: Ctx, rng: np.random.Generator) -> None:
    """Students of one ML course running the same assignment script before a deadline."""
    fam = "futaoki"
    r = _rr(rng)
    tz = pick(rng, TZS)
    n = irange(rng, 25, 45)
    campus = home(rng, irange(rng, 1, 2), tz)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.8)) * DAY
    deadline = deadline - ((deadline + tz * HOUR) % DAY) + DAY - 60.0  # 23:59 local
    variants = r.sample(range(4), 2)
    scale = float(rng.uniform(12, 36)) * HOUR
    size = float(rng.uniform(20, 70))
    for _ in range(n):
        ua = (
            pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "OpenAI/Python 1.58.1"))
            if chance(rng, 0.85)
            else pick(rng, BROWSERS)
        )
        ips = campus if chance(rng, 0.4) else home(rng, 1, tz)
        a = ctx.account(rng, label=LABEL, family=fam, role="student", ua=ua, ips=ips, tz=tz)
        runs = deadline - rng.exponential(scale, size=irange(rng, 1, 3))
        runs = runs[runs > ctx.t0]
        if len(runs) == 0:
            runs = np.asarray([deadline - float(rng.uniform(1, 6)) * HOUR])
        ts = _cat(bursts(rng, runs, size, float(rng.uniform(0.5, 3.0)), 0.4, ctx.t1))
        prompts = [tx.assignment_prompt(r, r.choice(variants)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.6),
            comp_median=float(rng.uniform(60, 180)),
            err=0.03,
        )


BENIGN_KINDS = {
    "usucha": usucha,
    "koicha": koicha,
    "chakin": chakin,
    "tokonoma": tokonoma,
    "wagashi": wagashi,
    "tsukubai": tsukubai,
    "nijiriguchi": nijiriguchi,
    "futaoki": futaoki,
}

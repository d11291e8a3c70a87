"""Benign hard-negative kinds of blind batch 235 (code names from nail art).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Drawn from the kind's own generator in list order.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import BROWSERS, DAY, HOUR, MOBILE, Acct, Ctx, chance, hexid, irange, pick
from bench.monitor_blind235 import texts as tx

LABEL = "benign"


def _acct(ctx: Ctx, rng, kind: str, role: str, **kw) -> Acct:
    return ctx.account(rng, label=LABEL, family=kind, role=role, **kw)


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _subset(rng: np.random.Generator, items: tuple | list, lo: int, hi: int) -> list:
    k = min(len(items), irange(rng, lo, hi))
    return [items[i] for i in sorted(rng.choice(len(items), size=k, replace=False).tolist())]


def _emit_sorted(ctx: Ctx, rng, a: Acct, ts_l: list[float], cols: dict, **kw) -> None:
    ts = np.asarray(ts_l, dtype=np.float64)
    order = np.argsort(ts, kind="stable").tolist()
    ts = ts[order]
    per = {k: [v[i] for i in order] for k, v in cols.items()}
    prompts = per.pop("prompts")
    ctx.emit(rng, a, ts, prompts, **per, **kw)


# --------------------------------------------------------------------------------------------
# evaluation lab: benchmark runs on the old model, then on the new one at release


def french_tip(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "french_tip"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 1, 3), pick(rng, ("gcp", "azure")))
    accts = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua="python-httpx/0.28.1", ips=ips)
        for _ in range(n)
    ]
    sizes = {
        "mcq": irange(rng, 300, 600),
        "math": irange(rng, 200, 400),
        "code": irange(rng, 80, 160),
    }
    comp = {"mcq": 5.0, "math": 450.0, "code": 260.0}
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 3.0)) * DAY, ctx.old_models[0]),
        (ctx.release + float(rng.uniform(0.05, 0.5)) * DAY, ctx.new_model),
        (ctx.release + float(rng.uniform(0.6, 2.0)) * DAY, ctx.new_model),
    ]
    if chance(rng, 0.5):
        runs.append((ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY, ctx.old_models[-1]))
    cols = [([], {"prompts": [], "models": [], "comp_median": []}) for _ in accts]
    for t_run, model in runs:
        speed = float(rng.uniform(800, 2000))
        for suite, size in sizes.items():
            t = t_run + np.sort(rng.uniform(0, size / speed * HOUR, size=size))
            who = rng.integers(0, n, size=size).tolist()
            for idx, (tt, w) in enumerate(zip(t.tolist(), who, strict=True)):
                cols[w][0].append(tt)
                cols[w][1]["prompts"].append(tx.eval_item(rng, suite, idx))
                cols[w][1]["models"].append(model)
                cols[w][1]["comp_median"].append(comp[suite])
            t_run += size / speed * HOUR + float(rng.uniform(60, 900))
    for a, (ts_l, c) in zip(accts, cols, strict=True):
        ts = np.asarray(ts_l)
        order = np.argsort(ts, kind="stable").tolist()
        ctx.emit(
            rng,
            a,
            ts[order],
            [c["prompts"][i] for i in order],
            models=[c["models"][i] for i in order],
            comp_median=np.asarray(c["comp_median"])[order],
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# labelling vendor: annotators pre-labelling with rubric prompts in office hours


def gel_polish(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "gel_polish"
    n = irange(rng, 6, 12)
    tz = pick(rng, (5, 8, -3, 2))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 2, tz)
    projects = [
        (f"LV-{irange(rng, 1, 4)}.{irange(rng, 0, 9)}", pick(rng, tx.LABEL_SETS)) for _ in range(2)
    ]
    accts = [
        _acct(
            ctx, rng, kind, "annotator", org=org, pay=pay, ua=pick(rng, BROWSERS), ips=office, tz=tz
        )
        for _ in range(n)
    ]
    for a in accts:
        guide, labels = pick(rng, projects)
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(4, 8)),
                bb.workday(tz),
                float(rng.uniform(10, 25)),
                float(rng.uniform(30, 90)),
            )
        )
        prompts = [
            tx.annotation_prompt(rng, guide, labels, ctx.chat, ctx.passages) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.2),
            comp_median=60,
            comp_sigma=0.4,
        )


# --------------------------------------------------------------------------------------------
# trust & safety team: civil rewrites and moderation decisions


def cuticle_oil(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "cuticle_oil"
    n = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "aws")
    ver = f"v{irange(rng, 3, 7)}.{irange(rng, 0, 4)}"
    langs = ("en", "es", "pt", "de", "tr")
    lw = [float(x) for x in rng.dirichlet(np.full(5, 2.0))]
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=ips,
        )
        for _ in range(n)
    ]
    curve = bb.global_load(float(rng.uniform(16, 21)), 0.5)
    for a, ts in zip(
        accts,
        bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 35)), n, curve),
        strict=True,
    ):
        prompts = [
            tx.moderation_prompt(rng, tx.weighted(rng, langs, lw), ver) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.5),
            comp_median=80,
            comp_sigma=0.5,
        )


# --------------------------------------------------------------------------------------------
# software team with an IDE coding agent


def stiletto(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "stiletto"
    n = irange(rng, 20, 40)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [pick(rng, bb.TZS) for _ in range(irange(rng, 1, 2))]
    nat = {tz: bb.home(rng, 2, tz) for tz in offices}
    grow = float(rng.uniform(150, 400))
    accts = []
    for _ in range(n):
        tz = pick(rng, offices)
        ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "OpenAI/NodeJS 4.67.1"))
        accts.append(
            _acct(
                ctx,
                rng,
                kind,
                "developer",
                org=org,
                pay=pay,
                ua=ua,
                ips=nat[tz] + bb.home(rng, 1, tz),
                tz=tz,
            )
        )
    for a in accts:
        repo = pick(rng, tx.REPOS)
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            bb.workday(a.tz),
            float(rng.uniform(6, 18)),
            float(rng.uniform(8, 25)),
        )
        ts_l, pr, ex = [], [], []
        for s in sess:
            for j, t in enumerate(s.tolist()):
                ts_l.append(t)
                pr.append(tx.coding_agent_prompt(rng, repo, j))
                ex.append(int(min(j, 12) * grow))
        _emit_sorted(
            ctx,
            rng,
            a,
            ts_l,
            {"prompts": pr, "extra": ex},
            models=ctx.models(rng, np.sort(np.asarray(ts_l)), 0.7, 0.1),
            comp_median=350,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# data-augmentation team: nightly paraphrase generation for their own intent classifier


def dip_powder(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "dip_powder"
    n = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (0, 1, 2, -5))
    langs = ["en", *_subset(rng, ("es", "pt", "de", "fr", "tr", "id"), 1, 3)]
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "batch_job",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=bb.cloud(rng, 1, "azure"),
            tz=tz,
        )
        for _ in range(n)
    ]
    for a in accts:
        hours = float(rng.uniform(1.5, 3.0))
        per_night = float(rng.uniform(150, 400))
        ts = bb.thinned(
            rng,
            ctx.t0,
            ctx.t1,
            per_night * (ctx.t1 - ctx.t0) / DAY,
            bb.nightly(float(rng.uniform(0.5, 2.5)), hours, tz),
        )
        prompts = [tx.augmentation_prompt(rng, pick(rng, langs)) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6, 0.3),
            comp_median=700,
            comp_sigma=0.35,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# companion chat app: many end users behind an app backend, history in context


def milk_bath(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "milk_bath"
    n = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    servers = bb.cloud(rng, irange(rng, 3, 6), "gcp")
    ua = pick(rng, ("axios/1.7.9", "OpenAI/NodeJS 4.67.1"))
    accts = [
        _acct(ctx, rng, kind, "app_backend", org=org, pay=pay, ua=ua, ips=servers) for _ in range(n)
    ]
    w = rng.dirichlet(np.full(n, 1.0)).tolist()
    total = float(rng.uniform(25, 60))
    curve = bb.global_load(float(rng.uniform(18, 23)), 0.7)
    for a, share in zip(accts, w, strict=True):
        ts = bb.thinned(rng, ctx.t0, ctx.t1, total * share * (ctx.t1 - ctx.t0) / HOUR, curve)
        prompts = [tx.companion_message(rng, ctx.chat) for _ in range(len(ts))]
        extra = rng.integers(600, 1800, size=len(ts))
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.15, 0.6), comp_median=120, extra=extra
        )


# --------------------------------------------------------------------------------------------
# translation shop: multi-language projects, segment by segment, office hours


def tortoiseshell(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "tortoiseshell"
    n = irange(rng, 4, 8)
    tz = pick(rng, (1, 2, 0))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    targets = tuple(k for k in tx.LANG_NAMES if k != "en")
    projects = []
    for _ in range(irange(rng, 6, 14)):
        doc = pick(rng, ctx.passages)
        segs = [s.strip() for s in doc.split("\n") if len(s.strip()) > 20][:40] or [doc[:600]]
        projects.append((f"P{irange(rng, 1000, 9999)}", segs, _subset(rng, targets, 1, 6)))
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "translator",
            org=org,
            pay=pay,
            ua="Apache-HttpClient/5.4.1 (Java/21.0.5)",
            ips=office + bb.home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(n)
    ]
    for a in accts:
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)) * 7, bb.workday(tz))
        ts_l, pr = [], []
        for s in starts.tolist():
            client, segs, langs = pick(rng, projects)
            lg = pick(rng, langs)
            t = s + np.cumsum(rng.lognormal(np.log(45.0), 0.6, size=len(segs)))
            for i, (tt, seg) in enumerate(zip(t.tolist(), segs, strict=True)):
                ts_l.append(tt)
                pr.append(tx.shop_translation(rng, seg, lg, client, i + 1))
        _emit_sorted(
            ctx,
            rng,
            a,
            ts_l,
            {"prompts": pr},
            models=ctx.models(rng, np.sort(np.asarray(ts_l)), 0.4, 0.05),
            comp_median=90,
            comp_sigma=0.6,
        )


# --------------------------------------------------------------------------------------------
# university course cohort: lab sessions on campus + homework from home


def half_moon(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "half_moon"
    n = irange(rng, 30, 60)
    tz = pick(rng, (-5, 0, 1, 8, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    campus = bb.home(rng, irange(rng, 2, 3), tz)
    sheet = _subset(rng, tx.COURSE_EXERCISES, 6, 10)
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    lab_days = (pick(rng, (1, 2)), pick(rng, (3, 4)))
    lab_hours = [float(rng.uniform(9, 15)) for _ in lab_days]
    labs = [
        day0 + d * DAY + h * HOUR
        for d in range(8)
        for ld, h in zip(lab_days, lab_hours, strict=True)
        if d % 7 == ld
    ]
    accts = [
        _acct(
            ctx,
            rng,
            kind,
            "student",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS) if chance(rng, 0.7) else pick(rng, MOBILE),
            ips=campus + bb.home(rng, 1, tz),
            tz=tz,
        )
        for _ in range(n)
    ]
    for a in accts:
        home_ip = a.ips[-1]
        ts_l, pr, ips = [], [], []
        for lab in labs:
            if not chance(rng, 0.8):
                continue
            k = irange(rng, 3, 10)
            t = (
                lab
                + float(rng.uniform(0, 40)) * 60
                + np.cumsum(rng.lognormal(np.log(180), 0.7, size=k))
            )
            ip = pick(rng, campus)
            for tt in t.tolist():
                ts_l.append(tt)
                pr.append(tx.student_prompt(rng, pick(rng, sheet)))
                ips.append(ip)
        for s in bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.3, 0.8)),
            bb.evening_person(tz),
            float(rng.uniform(2, 6)),
            float(rng.uniform(60, 200)),
        ):
            for tt in s.tolist():
                ts_l.append(tt)
                pr.append(
                    tx.student_prompt(rng, pick(rng, sheet))
                    if chance(rng, 0.6)
                    else tx.clip_text(pick(rng, ctx.chat), 10, 800, rng)
                )
                ips.append(home_ip)
        if not ts_l:
            ts_l, pr, ips = [ctx.t0 + DAY], [tx.student_prompt(rng, sheet[0])], [home_ip]
        _emit_sorted(
            ctx,
            rng,
            a,
            ts_l,
            {"prompts": pr, "ips": ips},
            models=ctx.models(rng, np.sort(np.asarray(ts_l)), 0.6, 0.05),
            comp_median=450,
        )


# --------------------------------------------------------------------------------------------
# research study: repeated identical prompts and persona surveys, before and after release


def chrome_powder(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "chrome_powder"
    n = irange(rng, 2, 5)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "aws")
    seed = int(rng.integers(0, 2**31))
    n_prompts, reps = irange(rng, 40, 80), irange(rng, 10, 30)
    study = [tx.consistency_prompt(np.random.default_rng([seed, i])) for i in range(n_prompts)]
    accts = [
        _acct(ctx, rng, kind, "researcher", org=org, pay=pay, ua="python-requests/2.32.3", ips=ips)
        for _ in range(n)
    ]
    run_times = [
        ctx.t0 + float(rng.uniform(0.5, 3.5)) * DAY,
        ctx.release + float(rng.uniform(0.2, 1.5)) * DAY,
    ]
    run_models = [ctx.old_models[0], ctx.new_model]
    for k, a in enumerate(accts):
        ts_l, pr, md, cm = [], [], [], []
        for t_run, model in zip(run_times, run_models, strict=True):
            t = t_run + float(rng.uniform(0, 6)) * HOUR
            if k % 2 == 0:
                sel = list(range(k, n_prompts, max(1, n)))
                for p_i in sel:
                    for _ in range(reps):
                        t += float(rng.lognormal(np.log(1.2), 0.4))
                        ts_l.append(t)
                        pr.append(study[p_i])
                        md.append(model)
                        cm.append(40.0)
            else:
                for _ in range(irange(rng, 200, 600)):
                    t += float(rng.lognormal(np.log(1.0), 0.4))
                    ts_l.append(t)
                    pr.append(tx.survey_prompt(rng, irange(rng, 0, 4)))
                    md.append(model)
                    cm.append(10.0)
        _emit_sorted(ctx, rng, a, ts_l, {"prompts": pr, "models": md, "comp_median": cm}, err=0.01)


# --------------------------------------------------------------------------------------------
# marketing agency: one key per client brand under the agency's org


def ombre(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "ombre"
    n = irange(rng, 10, 25)
    tz = pick(rng, (-5, 0, 1, -3))
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = bb.cloud(rng, 2, "digitalocean")
    accts = []
    clients = []
    for i in range(n):
        brand = tx.BRANDS[i % len(tx.BRANDS)]
        lang = "en" if chance(rng, 0.7) else pick(rng, ("es", "pt", "de", "fr"))
        clients.append((brand, lang, chance(rng, 0.3)))
        accts.append(
            _acct(
                ctx,
                rng,
                kind,
                "client_key",
                org=org,
                pay=pay,
                ua="OpenAI/NodeJS 4.85.1",
                ips=ips,
                tz=tz,
            )
        )
    for a, (brand, lang, shop) in zip(accts, clients, strict=True):
        parts = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1, 4)),
            bb.workday(tz),
            float(rng.uniform(3, 10)),
            float(rng.uniform(20, 60)),
        )
        if shop:
            nights = np.arange(ctx.t0 + (3 - tz) * HOUR % DAY, ctx.t1, DAY)
            parts += bb.bursts(rng, nights, float(rng.uniform(30, 80)), 2.0)
        ts = _cat(parts)
        ts = ts[ts < ctx.t1]
        prompts = [tx.agency_prompt(rng, brand, lang) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5, 0.2), comp_median=250)


BENIGN_KINDS = {
    "french_tip": french_tip,
    "gel_polish": gel_polish,
    "cuticle_oil": cuticle_oil,
    "stiletto": stiletto,
    "dip_powder": dip_powder,
    "milk_bath": milk_bath,
    "tortoiseshell": tortoiseshell,
    "half_moon": half_moon,
    "chrome_powder": chrome_powder,
    "ombre": ombre,
}

"""Benign hard-negative kinds of blind batch 149 (code names from whittling).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled benign with the kind as family.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, MINUTE, Ctx, chance, irange, pick
from bench.monitor_blind149 import texts
from bench.monitor_blind149.families import PLAIN_BROWSERS, _cat, _emit_chains

Rng = np.random.Generator


def _acct(ctx: Ctx, rng: Rng, kind: str, role: str, **kw) -> bb.Acct:
    return ctx.account(rng, label="benign", family=kind, role=role, **kw)


# --------------------------------------------------------------------------------------------
# basswood: an evaluation lab running a fixed reasoning benchmark on every model


def basswood(ctx: Ctx, rng: Rng) -> None:
    kind = "basswood"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("gcp", "aws")))
    n_items = irange(rng, 250, 500)
    bench_name = pick(rng, ("mathmix-v2", "reasonbench", "gsm-style-internal", "lab-arith-500"))
    keys = [
        _acct(ctx, rng, kind, "eval_runner", org=org, pay=pay, ua="OpenAI/Python 1.58.1", ips=ips)
        for _ in range(irange(rng, 2, 3))
    ]
    runs: list[tuple[float, str]] = []
    for _ in range(irange(rng, 1, 3)):  # baselines on the old models
        runs.append((ctx.t0 + float(rng.uniform(0.3, 3.5)) * DAY, pick(rng, ctx.old_models)))
    first = ctx.release + float(rng.uniform(1, 8)) * HOUR
    for j in range(irange(rng, 2, 4)):  # the new model, a few seeds, soon after release
        runs.append((first + j * float(rng.uniform(1, 10)) * HOUR, ctx.new_model))
    for start, model in runs:
        rate = float(rng.uniform(400, 900))  # requests per hour, concurrency-limited
        ts = start + np.sort(rng.uniform(0, n_items / rate * HOUR, size=n_items))
        who = rng.integers(0, len(keys), size=n_items)
        for k, a in enumerate(keys):
            sel = np.flatnonzero(who == k)
            ps = [texts.eval_item(int(i), bench_name) for i in sel.tolist()]
            ctx.emit(rng, a, ts[sel], ps, models=model, comp_median=450.0, extra=120, err=0.03)


# --------------------------------------------------------------------------------------------
# push_cut: a support-QA vendor grading its client's chat transcripts with a rubric


def push_cut(ctx: Ctx, rng: Rng) -> None:
    kind = "push_cut"
    tz = pick(rng, (5, 8, 2))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, irange(rng, 1, 2), tz)
    for _ in range(irange(rng, 5, 9)):
        client = pick(
            rng,
            ("Northwind Telecom", "Brightcart", "Helio Insurance", "Sunpath Travel", "Kitebank"),
        )
        a = _acct(
            ctx,
            rng,
            kind,
            "qa_project",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 40)) * 9 * 5, bb.workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.vendor_grading(rng, client, ctx.chat, ctx.passages) for _ in ts],
            models=ctx.models(rng, ts, 0.3, 0.3),
            comp_median=110.0,
        )


# --------------------------------------------------------------------------------------------
# cherry_burl: a forum's trust-and-safety team rewriting or removing flagged posts


def cherry_burl(ctx: Ctx, rng: Rng) -> None:
    kind = "cherry_burl"
    platform = pick(rng, ("Threadhall", "Cozyboard", "Rivulet Forums", "Pinegrove Community"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.rented_block(rng, "aws", 1, 3)
    curve = bb.global_load(float(rng.uniform(15, 21)), 0.5)
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "moderation_service",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(12, 30)) * 24 * 7, curve)
        ctx.emit(
            rng,
            a,
            ts,
            [texts.moderation_prompt(rng, platform, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, 0.2, 0.4),
            comp_median=140.0,
        )


# --------------------------------------------------------------------------------------------
# lanyard_hole: an editor plugin's coding agent serving many developers


def lanyard_hole(ctx: Ctx, rng: Rng) -> None:
    kind = "lanyard_hole"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    block = bb.rented_block(rng, pick(rng, ("azure", "aws")), 2, 3)
    curve = bb.multi_office([-8, -5, 1, 5])
    for _ in range(irange(rng, 2, 4)):
        a = _acct(
            ctx,
            rng,
            kind,
            "product_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.85.1",
            ips=block,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1.5, 4)) * 24 * 7, curve)
        chains = []
        for s in starts.tolist():
            k = irange(rng, 2, 12)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(6), 0.7, size=k - 1))])
            chains.append((t, texts.ide_chain(rng, k, ctx.chat)))
        _emit_chains(
            ctx,
            rng,
            a,
            chains,
            p_new=0.7,
            p_mini=0.1,
            comp_median=220.0,
            extra=irange(rng, 300, 700),
        )


# --------------------------------------------------------------------------------------------
# strop: an e-commerce data team generating synthetic test data for its own systems


def strop(ctx: Ctx, rng: Rng) -> None:
    kind = "strop"
    tz = pick(rng, (1, 0, -5))
    company = pick(rng, ("Lumora Shop", "Basketly", "Kavo Market"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    for _ in range(irange(rng, 1, 3)):
        a = _acct(
            ctx,
            rng,
            kind,
            "data_team",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        starts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)) * 5, bb.workday(tz, weekend=0.0)
        )
        ts = _cat(bb.bursts(rng, starts, float(rng.uniform(25, 70)), 2.5, b=ctx.t1))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.augmentation_prompt(rng, ctx.chat, company) for _ in ts],
            models=ctx.models(rng, ts, 0.1, 0.2),
            comp_median=650.0,
        )


# --------------------------------------------------------------------------------------------
# sloyd: a university course cohort using class-issued keys in lab sessions and at home


def sloyd(ctx: Ctx, rng: Rng) -> None:
    kind = "sloyd"
    tz = pick(rng, (-5, -8, 0, 1))
    course = pick(rng, list(texts.COURSES))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    campus = bb.home(rng, 2, tz)
    lab_days = sorted({int(x) for x in rng.choice(5, size=2, replace=False)})
    lab_hour = float(rng.uniform(9, 15))
    day0 = np.floor((ctx.t0 + tz * HOUR) / DAY) * DAY - tz * HOUR
    labs = [
        day0 + d * DAY + lab_hour * HOUR
        for d in range(8)
        if int(bb.weekday(np.array([day0 + d * DAY + 12 * HOUR]), tz)[0]) in lab_days
    ]
    for _ in range(irange(rng, 25, 45)):
        ua = pick(rng, PLAIN_BROWSERS[:2] + bb.BROWSERS[:3])
        home = bb.home(rng, 1, tz)
        a = _acct(ctx, rng, kind, "student", org=org, pay=pay, ua=ua, ips=home + campus, tz=tz)
        ts_l, ip_l = [], []
        for lab in labs:
            if chance(rng, 0.85):
                t = lab + np.sort(rng.uniform(5 * MINUTE, 105 * MINUTE, size=irange(rng, 3, 14)))
                ts_l.append(t)
                ip_l.extend(bb.picks(rng, campus, len(t)))
        sess = bb.session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.3, 1.2)), bb.evening_person(tz), 3.0, 90.0
        )
        for t in sess:
            ts_l.append(t)
            ip_l.extend(home * len(t))
        ts = np.concatenate(ts_l) if ts_l else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        ips = [ip_l[i] for i in order.tolist()]
        week = 6 + int(rng.integers(0, 2))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.course_prompt(rng, course, week) for _ in ts],
            ips=ips,
            models=ctx.models(rng, ts, 0.5, 0.1),
            comp_median=450.0,
        )


# --------------------------------------------------------------------------------------------
# mora_blade: a translation agency's project managers and translators


def mora_blade(ctx: Ctx, rng: Rng) -> None:
    kind = "mora_blade"
    tz = pick(rng, (1, 2, 0))
    shop = pick(rng, ("Lingua Pons", "Babelhaus", "Wordbridge Partners"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    office = bb.home(rng, 1, tz)
    for _ in range(irange(rng, 3, 6)):
        ips = office + bb.home(rng, 1, tz)
        ua = (
            "Apache-HttpClient/5.4.1 (Java/21.0.5)"
            if chance(rng, 0.6)
            else pick(rng, PLAIN_BROWSERS[:2])
        )
        a = _acct(ctx, rng, kind, "translator", org=org, pay=pay, ua=ua, ips=ips, tz=tz)
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 28)) * 9 * 5, bb.workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [texts.translation_job(rng, shop, ctx.chat, ctx.passages) for _ in ts],
            models=ctx.models(rng, ts, 0.6, 0.1),
            comp_median=520.0,
        )


# --------------------------------------------------------------------------------------------
# froe_split: a companion-chat app's backend with resent conversation memory


def froe_split(ctx: Ctx, rng: Rng) -> None:
    kind = "froe_split"
    app = pick(rng, ("Hearthly", "Pocket Pal", "Moonlit"))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), "gcp")
    curve = bb.global_load(float(rng.uniform(18, 23)), 0.7)
    langs = list(texts.COMPANION_LINES)
    for _ in range(irange(rng, 2, 3)):
        a = _acct(
            ctx, rng, kind, "app_backend", org=org, pay=pay, ua="OpenAI/NodeJS 4.67.1", ips=ips
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2.5, 5)) * 24 * 7, curve)
        chains = []
        for s in starts.tolist():
            k = irange(rng, 2, 9)
            t = s + np.concatenate([[0.0], np.cumsum(rng.lognormal(np.log(25), 0.7, size=k - 1))])
            chains.append((t, texts.companion_chain(rng, app, pick(rng, langs), k, ctx.chat)))
        _emit_chains(ctx, rng, a, chains, p_new=0.4, p_mini=0.3, comp_median=80.0)


# --------------------------------------------------------------------------------------------
# shavings: an academic study replaying public prompts to old and new model, n samples each


def shavings(ctx: Ctx, rng: Rng) -> None:
    kind = "shavings"
    tz = pick(rng, (1, 0, -5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    uni = bb.home(rng, 1, tz)
    a = _acct(ctx, rng, kind, "study", org=org, pay=pay, ua="python-httpx/0.28.1", ips=uni, tz=tz)
    n_items = irange(rng, 150, 300)
    items = rng.choice(len(ctx.chat), size=n_items, replace=False).tolist()
    n_samples = irange(rng, 3, 5)
    models = [ctx.old_models[0], ctx.new_model]
    runs = [(ctx.t0 + float(rng.uniform(1, 3)) * DAY, ctx.old_models[0], 0.2)]
    night = ctx.release + float(rng.uniform(12, 36)) * HOUR
    runs += [(night, m, 1.0) for m in models]
    ts_all, ps_all, ms_all = [], [], []
    for start, model, frac in runs:
        use = items[: max(5, int(n_items * frac))]
        reqs = [(i, s) for i in use for s in range(n_samples)]
        t = start + np.sort(
            rng.uniform(0, len(reqs) / float(rng.uniform(200, 400)) * HOUR, size=len(reqs))
        )
        ts_all.append(t)
        ps_all.extend(
            ctx.chat[i] if chance(rng, 0.85) else texts.soft_label(rng, ctx.chat) for i, _ in reqs
        )
        ms_all.extend([model] * len(reqs))
    ts = np.concatenate(ts_all)
    order = np.argsort(ts, kind="stable")
    ctx.emit(
        rng,
        a,
        ts[order],
        [ps_all[i] for i in order.tolist()],
        models=[ms_all[i] for i in order.tolist()],
        comp_median=340.0,
    )


# --------------------------------------------------------------------------------------------
# thumb_guard: a marketing agency reselling access, one key per client, switched together


def thumb_guard(ctx: Ctx, rng: Rng) -> None:
    kind = "thumb_guard"
    tz = pick(rng, (-5, 0, 1, -3))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    server = bb.cloud(rng, irange(rng, 1, 2), "digitalocean")
    office = bb.home(rng, 1, tz)
    switch = ctx.release + float(rng.uniform(2, 10)) * HOUR
    clients = (
        "Casa Verde",
        "Ironleaf Gym",
        "Pixel & Pine",
        "Dr. Okafor Dental",
        "Marlow Bakery",
        "Nordkap Tours",
        "Studio Aurel",
        "Blue Finch Books",
        "Taqueria Sol",
        "Helmsley Law",
        "Kiln & Co",
        "Riverside Vet",
    )
    for c in rng.choice(len(clients), size=irange(rng, 8, 12), replace=False).tolist():
        ua = "OpenAI/Python 1.54.0" if chance(rng, 0.8) else "PostmanRuntime/7.43.0"
        a = _acct(ctx, rng, kind, "client_key", org=org, pay=pay, ua=ua, ips=server + office, tz=tz)
        ts = bb.thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(3, 14)) * 9 * 5, bb.workday(tz, weekend=0.1)
        )
        models = [
            ctx.new_model if (t >= switch and chance(rng, 0.95)) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(
            rng,
            a,
            ts,
            [texts.agency_prompt(rng, clients[c], ctx.chat) for _ in ts],
            models=models,
            comp_median=330.0,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "basswood": basswood,
    "push_cut": push_cut,
    "cherry_burl": cherry_burl,
    "lanyard_hole": lanyard_hole,
    "strop": strop,
    "sloyd": sloyd,
    "mora_blade": mora_blade,
    "froe_split": froe_split,
    "shavings": shavings,
    "thumb_guard": thumb_guard,
}

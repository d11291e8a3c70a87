"""Benign hard-negative kinds of blind batch 142 (code names from plastering).

Each kind is `f(ctx, rng)`: legitimate users built to resemble a campaign family (or a campaign in
general) on the axes a careless detector looks at, while their traffic is what such users really send.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    SDK_COMMON,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    mobile_v6,
    nightly,
    pick,
    resi,
    sdk_ua,
    session_times,
    thinned,
    workday,
    worker_pool,
)
from bench.monitor_blind142 import texts as tx
from bench.monitor_blind142.families import TZ_REGION, cat, langs, switch_models, trains

LABEL = "benign"


# --------------------------------------------------------------------------------------------
# 1. evaluation lab: nightly regression subsets, full suites on the new model at release


def scratch_coat(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "scratch_coat"
    n_keys = irange(rng, 2, 4)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ua = pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.58.1"))
    ips = cloud(rng, irange(rng, 2, 4), "gcp")
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=-8,
        )
        for _ in range(n_keys)
    ]
    sizes = {
        "mcq": irange(rng, 250, 450),
        "math": irange(rng, 150, 300),
        "code": irange(rng, 80, 160),
        "safety": irange(rng, 60, 120),
    }
    old, new = ctx.old_models[0], ctx.new_model
    runs: list[tuple[float, str, str, int]] = []  # (start, suite, model, samples per item)
    day0 = np.floor(ctx.t0 / DAY) * DAY
    for d in range(8):
        t = (
            day0 + d * DAY + (2.0 + 8.0) * HOUR + float(rng.uniform(0, 0.3)) * HOUR
        )  # 02:00 at UTC-8
        runs.append((t, "mcq", old if t < ctx.release + DAY else new, 1))
    first = ctx.release + float(rng.uniform(1, 5)) * HOUR
    for j, suite in enumerate(("mcq", "math", "code", "safety")):
        runs.append(
            (
                first + j * float(rng.uniform(0.5, 1.5)) * HOUR,
                suite,
                new,
                4 if suite == "math" else 1,
            )
        )
    again = first + float(rng.uniform(0.8, 1.6)) * DAY
    for j, suite in enumerate(("math", "code")):
        runs.append((again + j * HOUR, suite, old, 4 if suite == "math" else 1))
        runs.append((again + (j + 2) * HOUR, suite, new, 4 if suite == "math" else 1))
    per: list[tuple[list, list, list, list]] = [([], [], [], []) for _ in range(n_keys)]
    comp_of = {"mcq": 120.0, "math": 650.0, "code": 260.0, "safety": 220.0}
    for start, suite, model, k in runs:
        items = [i for i in range(sizes[suite]) for _ in range(k)]
        times = start + np.cumsum(rng.exponential(0.5, size=len(items)))
        who = rng.integers(0, n_keys, size=len(items))
        for t, i, w in zip(times.tolist(), items, who.tolist(), strict=True):
            per[w][0].append(t)
            per[w][1].append(tx.eval_item(rng, suite, i, ctx.chat, ctx.passages))
            per[w][2].append(model)
            per[w][3].append(comp_of[suite])
    for a, (ts, prompts, models, comp) in zip(accts, per, strict=True):
        ctx.emit(
            rng,
            a,
            np.asarray(ts),
            prompts,
            models=models,
            comp_median=np.asarray(comp),
            comp_sigma=0.5,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 2. labelling vendor: model pre-annotation and rubric scoring checked by human reviewers


def browning_coat(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "browning_coat"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (5, 8))
    office = resi(rng, 2, TZ_REGION[tz]) + cloud(rng, 1, "aws")
    clients = [
        pick(rng, ("Orchid", "Basalt", "Kestrel", "Juniper", "Halcyon", "Meridian"))
        + f"-{irange(rng, 10, 99)}"
        for _ in range(irange(rng, 2, 4))
    ]
    curve = workday(tz, start=9.0, end=18.5, weekend=0.1)
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="preannotation_pipeline",
            org=org,
            pay=pay,
            ua="python-requests/2.32.3",
            ips=office,
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(400, 850)), curve)
        client = pick(rng, clients)
        prompts = [tx.annotate_prompt(rng, ctx.chat, ctx.passages, client) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.3, 0.2),
            comp_median=140,
            comp_sigma=0.5,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 3. tutoring product: worked solutions for students, after-school peaks in the Americas


def setting_coat(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "setting_coat"
    n_keys = irange(rng, 1, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 3, "aws")
    east, west = evening_person(-5, 2.8), evening_person(-8, 2.8)

    def curve(ts: np.ndarray) -> np.ndarray:
        return np.clip(0.6 * east(ts) + 0.4 * west(ts), 0, 1)

    ts_all = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(3000, 4500)), curve)
    who = rng.integers(0, n_keys, size=len(ts_all))
    switch = ctx.release + float(rng.uniform(1.5, 2.5)) * DAY
    for k in range(n_keys):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=ips,
            tz=-5,
        )
        ts = ts_all[who == k]
        prompts = [
            tx.student_prompt(rng, lg)
            if chance(rng, 0.65)
            else tx.clip(pick(rng, ctx.chat), 8, 800, rng)
            for lg in langs(rng, {"en": 0.85, "es": 0.15}, len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=switch_models(ctx, rng, ts, switch, 0.5, 0.3),
            comp_median=450,
            comp_sigma=0.55,
            err=0.01,
        )


# --------------------------------------------------------------------------------------------
# 4. university course cohort: many new accounts, campus NAT, deadline rush, shared templates


def skim_coat(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "skim_coat"
    n = irange(rng, 25, 45)
    tz = pick(rng, (-5, 0, 1))
    region = TZ_REGION[tz]
    campus = resi(rng, 2, region)
    course = pick(rng, ("CS 224 Applied NLP", "INFO 5310 LLM Systems", "DS 340 Text Mining"))
    assignment = irange(rng, 2, 5)
    due = np.floor(ctx.t0 / DAY) * DAY + 5 * DAY + (23.99 - tz) * HOUR
    v6 = {"us": "us_mobile", "eu": "eu_mobile"}[region]
    for _ in range(n):
        ua = pick(rng, SDK_COMMON[:2]) if chance(rng, 0.85) else "curl/8.5.0"
        homeip = home(rng, 1, tz)
        a = ctx.account(
            rng, label=LABEL, family=kind, role="student", ua=ua, ips=campus + homeip, tz=tz
        )
        curve = workday(tz, start=10.0, end=23.0, weekend=0.6)
        sess = session_times(
            rng, ctx.t0, ctx.t1, float(rng.uniform(0.4, 1.2)), curve, 8.0, 9.0, 1.0
        )
        sess += session_times(
            rng, due - 2.5 * DAY, due, float(rng.uniform(1.5, 4.0)), curve, 12.0, 8.0, 1.0
        )
        ts, ips = [], []
        for s in sess:
            where = (
                pick(rng, campus)
                if chance(rng, 0.5)
                else (mobile_v6(rng, 1, v6)[0] if chance(rng, 0.1) else homeip[0])
            )
            ts.extend(s.tolist())
            ips.extend([where] * len(s))
        ts_arr = np.asarray(ts)
        prompts = [tx.course_prompt(rng, ctx.chat, course, assignment) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.1, 0.6),
            ips=ips,
            comp_median=250,
            comp_sigma=0.7,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 5. research study: the same items sampled many times (consistency, calibration, refusals)


def pargeting(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "pargeting"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = resi(rng, 2, "eu")
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="study_runner",
            org=org,
            pay=pay,
            ua="python-httpx/0.28.1",
            ips=ips,
            tz=1,
        )
        for _ in range(n_keys)
    ]
    items = tx.study_prompts(rng, ctx.chat, irange(rng, 120, 220))
    samples = pick(rng, (5, 8, 10))
    old, new = ctx.old_models[0], ctx.new_model
    runs = [
        (ctx.t0 + float(rng.uniform(0.5, 2.5)) * DAY, old),
        (ctx.release + float(rng.uniform(0.3, 1.0)) * DAY, new),
        (ctx.release + float(rng.uniform(1.5, 2.5)) * DAY, new if chance(rng, 0.5) else old),
    ]
    for r, (start, model) in enumerate(runs):
        a = accts[r % n_keys]
        seq = [p for p in items for _ in range(samples)]
        ts = start + np.cumsum(rng.exponential(1.2, size=len(seq)))
        ctx.emit(rng, a, ts, seq, models=model, comp_median=220, comp_sigma=0.6, err=0.01)


# --------------------------------------------------------------------------------------------
# 6. agency / reseller: a wrapper SaaS for small businesses, many languages, few keys


def harling(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "harling"
    n_keys = irange(rng, 3, 6)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, irange(rng, 3, 8), pick(rng, ("aws", "azure")))
    curve = global_load(14.0, 0.5)
    mix = {"en": 0.5, "es": 0.1, "de": 0.1, "fr": 0.08, "pt": 0.1, "it": 0.06, "ja": 0.06}
    for _ in range(n_keys):
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="reseller_backend",
            org=org,
            pay=pay,
            ua=sdk_ua(rng),
            ips=ips,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(700, 1400)), curve)
        prompts = [tx.agency_prompt(rng, ctx.chat, lg) for lg in langs(rng, mix, len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.3),
            comp_median=500,
            comp_sigma=0.6,
            err=0.02,
        )


# --------------------------------------------------------------------------------------------
# 7. data-augmentation team: nightly jobs making paraphrases for its own intent classifier


def roughcast(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "roughcast"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, -5))
    ips = cloud(rng, 2, "aws")
    team = pick(rng, ("Helpdesk-ML", "CX intent team", "Assist Data Squad"))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="augmentation_job",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
            tz=tz,
        )
        for _ in range(n_keys)
    ]
    curve = nightly(1.0, float(rng.uniform(2.5, 4.0)), tz)
    for a, ts in zip(
        accts,
        worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 15)), n_keys, curve),
        strict=True,
    ):
        prompts = [tx.augment_prompt(rng, ctx.chat, team) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.2, 0.5),
            comp_median=420,
            comp_sigma=0.4,
            err=0.03,
        )


# --------------------------------------------------------------------------------------------
# 8. coding agent used by a distributed dev team


def dubbing_out(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "dubbing_out"
    n = irange(rng, 8, 15)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    offices = [pick(rng, (-8, -5, 1, 2, 5)) for _ in range(irange(rng, 2, 3))]
    office_ip = {tz: home(rng, 1, tz)[0] for tz in offices}
    ua = pick(rng, ("OpenAI/NodeJS 4.85.1", "axios/1.7.9", "litellm/1.60.2"))
    for _ in range(n):
        tz = pick(rng, offices)
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=[office_ip[tz]] + home(rng, 1, tz),
            tz=tz,
        )
        starts = thinned(
            rng, ctx.t0, ctx.t1, float(rng.uniform(6, 15)) * 7, workday(tz, weekend=0.08)
        )
        steps = [irange(rng, 2, 14) for _ in range(len(starts))]
        parts = trains(rng, starts, steps, 5.0, 0.7)
        ts, prompts, extra, ips = [], [], [], []
        for part, k in zip(parts, steps, strict=True):
            where = a.ips[0] if chance(rng, 0.7) else a.ips[1]
            base = irange(rng, 2500, 4000)
            for j, (t, m) in enumerate(
                zip(part.tolist(), tx.coding_episode(rng, k, ctx.chat), strict=True)
            ):
                ts.append(t)
                prompts.append(m)
                extra.append(base + 900 * j)
                ips.append(where)
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.6, 0.05),
            ips=ips,
            comp_median=300,
            comp_sigma=0.7,
            err=0.02,
            extra=np.asarray(extra),
        )


# --------------------------------------------------------------------------------------------
# 9. companion app: long role-play chats, evening peaks, cheap models


def mist_coat(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "mist_coat"
    n_keys = irange(rng, 2, 3)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    ips = cloud(rng, 4, pick(rng, ("gcp", "aws")))
    accts = [
        ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="app_backend",
            org=org,
            pay=pay,
            ua="OpenAI/Python 1.58.1",
            ips=ips,
        )
        for _ in range(n_keys)
    ]
    starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(300, 500)), global_load(2.0, 0.6))
    sizes = [irange(rng, 3, 25) for _ in range(len(starts))]
    parts = trains(rng, starts, sizes, 30.0, 0.9)
    per: list[tuple[list, list, list]] = [([], [], []) for _ in range(n_keys)]
    for part in parts:
        k = int(rng.integers(n_keys))
        persona = irange(rng, 1200, 2200)
        for j, t in enumerate(part.tolist()):
            per[k][0].append(t)
            per[k][1].append(
                tx.roleplay_open(rng) if j == 0 else tx.companion_message(rng, ctx.chat)
            )
            per[k][2].append(persona + 120 * j)
    for a, (ts, prompts, extra) in zip(accts, per, strict=True):
        ts_arr = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts_arr,
            prompts,
            models=ctx.models(rng, ts_arr, 0.1, 0.6),
            comp_median=90,
            comp_sigma=0.6,
            err=0.01,
            extra=np.asarray(extra),
        )


# --------------------------------------------------------------------------------------------
# 10. translation shop: translators post-editing machine drafts in a CAT tool plugin


def feather_edge(ctx: Ctx, rng: np.random.Generator) -> None:
    kind = "feather_edge"
    n = irange(rng, 5, 10)
    org, pay = hexid(rng, "org"), hexid(rng, "pay")
    tz = pick(rng, (1, 2))
    office = resi(rng, 2, "eu")
    shop = pick(rng, ("Wordhaus", "Babel & Sons", "LinguaCraft", "Atelier Traduction"))
    for _ in range(n):
        ua = pick(
            rng,
            ("Apache-HttpClient/5.4.1 (Java/21.0.5)", BROWSERS[0], "semantic-kernel-dotnet/1.36.0"),
        )
        ips = office + (home(rng, 1, tz) if chance(rng, 0.4) else [])
        a = ctx.account(
            rng,
            label=LABEL,
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        targets = list(rng.choice(tx.LOCALES, size=irange(rng, 1, 2), replace=False))
        style = irange(rng, 0, 2)
        ts = cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(3, 6)), workday(tz), 25.0, 45.0, 0.8
            )
        )
        prompts, comp = [], []
        job, seg = irange(rng, 1000, 9000), 0
        segs: list[str] = []
        for _t in ts.tolist():
            if not segs:
                src = pick(rng, ctx.passages) if chance(rng, 0.5) else pick(rng, ctx.chat)
                segs = tx.sentences(src) or [tx.clip(src, 20, 200, rng)]
                job += irange(rng, 1, 40)
                seg = 0
            s = segs.pop(0)
            seg += 1
            prompts.append(tx.tms_segment(rng, shop, job, seg, str(pick(rng, targets)), s, style))
            comp.append(max(len(s) / 3.2, 8.0))
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.25, 0.1),
            comp_median=np.asarray(comp),
            comp_sigma=0.3,
            err=0.01,
        )


BENIGN_KINDS: dict[str, Callable[[Ctx, np.random.Generator], None]] = {
    "scratch_coat": scratch_coat,
    "browning_coat": browning_coat,
    "setting_coat": setting_coat,
    "skim_coat": skim_coat,
    "pargeting": pargeting,
    "harling": harling,
    "roughcast": roughcast,
    "dubbing_out": dubbing_out,
    "mist_coat": mist_coat,
    "feather_edge": feather_edge,
}

__all__ = ["BENIGN_KINDS"]

"""Benign hard-negative kinds of batch 101 (code names: mosaic-making terms).

Each kind is `f(ctx, rng)`: legitimate customers whose traffic looks suspicious in some way.
`setting_bed`, `micromosaic` and `mortar_bed` are built to resemble `chicken_line`, `surf_wave`
and `put_in` closely; `pique_assiette` resembles `keeper_hole`/`sneak_route` and `grout_line`
resembles `ferry_angle`.
"""

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
    global_load,
    hexid,
    home,
    irange,
    jitter_start,
    mobile_v6,
    multi_office,
    pick,
    sdk_ua,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind101 import texts as tx


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def opus_sectile(ctx: Ctx, rng: np.random.Generator) -> None:
    """Evaluation labs: fixed benchmark item banks re-run nightly and, right after the release,
    re-run in full against the new model from CI runners."""
    name = "opus_sectile"
    for _ in range(irange(rng, 2, 4)):
        tz = pick(rng, TZS)
        ips = cloud(rng, irange(rng, 2, 6), pick(rng, ("aws", "gcp", "azure")))
        a = ctx.account(
            rng, label="benign", family=name, role="eval lab", ua=sdk_ua(rng), ips=ips, tz=tz
        )
        bank = irange(rng, 150, 400)
        items = rng.permutation(bank)
        parts, prompts = [], []
        nights = (
            np.arange(np.floor(ctx.t0 / DAY) * DAY, ctx.t1, DAY) + float(rng.uniform(0, 6)) * HOUR
        )
        runs = [n for n in nights.tolist() if chance(rng, 0.6)]
        runs.append(ctx.release + float(rng.uniform(1, 8)) * HOUR)  # new model evaluated at once
        for r in runs:
            k = bank if r >= ctx.release else irange(rng, 40, bank)
            parts.append(r + np.cumsum(rng.exponential(1.2, size=k)))
            prompts += [tx.mcq_item(rng, int(i)) for i in items[:k]]
        ts = np.concatenate(parts)
        order = np.argsort(ts, kind="stable")
        ts = ts[order]
        prompts = [prompts[i] for i in order.tolist()]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.7, 0.3),
            comp_median=4.0,
            comp_sigma=0.3,
        )


def grout_line(ctx: Ctx, rng: np.random.Generator) -> None:
    """A labelling vendor using the model as a second rater: rubric scoring from office NAT."""
    name = "grout_line"
    for _ in range(irange(rng, 1, 2)):
        tzs = [pick(rng, TZS) for _ in range(irange(rng, 1, 2))]
        nat = home(rng, 2, tzs[0]) + cloud(rng, 1, "aws")
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="labelling vendor",
            ua=sdk_ua(rng),
            ips=nat,
            tz=tzs[0],
        )
        guideline = f"v{irange(rng, 2, 9)}.{irange(rng, 0, 9)}"
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 25)) * 7, multi_office(tzs))
        ts = _cat(bursts(rng, starts, float(rng.uniform(8, 20)), 6.0, 0.7, ctx.t1))
        prompts = [tx.rater_task(rng, ctx.chat, ctx.passages, guideline) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.4), comp_median=60.0)


def thinset(ctx: Ctx, rng: np.random.Generator) -> None:
    """Coding agents: developers' sessions of rapid tool-loop requests with big contexts."""
    name = "thinset"
    for _ in range(irange(rng, 5, 9)):
        tz = pick(rng, TZS)
        ips = home(rng, 1, tz) + cloud(rng, 1, pick(rng, ("aws", "gcp")))
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="developer",
            ua=pick(rng, ("OpenAI/NodeJS 4.85.1", "litellm/1.60.2", "python-httpx/0.28.1")),
            ips=ips,
            tz=tz,
        )
        repo = hexid(rng, "repo")[5:11]
        ts = _cat(
            session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(2, 5)),
                workday(tz, weekend=0.15),
                float(rng.uniform(15, 35)),
                9.0,
                0.9,
            )
        )
        prompts = [tx.coding_step(rng, repo) for _ in range(len(ts))]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5),
            comp_median=500.0,
            extra=rng.integers(800, 6000, size=len(ts)),
        )


def mesh_backing(ctx: Ctx, rng: np.random.Generator) -> None:
    """Localisation: release-day string batches fanned out over many locales."""
    name = "mesh_backing"
    for _ in range(irange(rng, 1, 3)):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="l10n pipeline",
            ua=sdk_ua(rng),
            ips=cloud(rng, 2, pick(rng, ("aws", "hetzner", "gcp"))),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 7, workday(tz))
        locs = [
            list(rng.choice(tx.LOCALES, size=irange(rng, 6, 16), replace=False)) for _ in starts
        ]
        ts_parts, prompts = [], []
        for s, ls in zip(starts.tolist(), locs, strict=True):
            k = len(ls) * irange(rng, 3, 10)
            ts_parts.append(s + np.cumsum(rng.exponential(2.0, size=k)))
            prompts += [tx.l10n_batch(rng, ls[j % len(ls)]) for j in range(k)]
        ts = np.concatenate(ts_parts) if ts_parts else np.empty(0)
        order = np.argsort(ts, kind="stable")
        ctx.emit(
            rng,
            a,
            ts[order],
            [prompts[i] for i in order.tolist()],
            models=ctx.models(rng, ts[order], 0.3),
            comp_median=220.0,
        )


def pique_assiette(ctx: Ctx, rng: np.random.Generator) -> None:
    """A tutoring product: one backend key, students in one region asking for worked solutions."""
    name = "pique_assiette"
    for _ in range(irange(rng, 1, 2)):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="tutoring app",
            ua=pick(rng, ("OpenAI/Python 1.58.1", "OpenAI/NodeJS 4.67.1")),
            ips=cloud(rng, irange(rng, 2, 3), pick(rng, ("aws", "gcp"))),
            tz=tz,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(250, 450)) * 7, evening_person(tz, 2.8))
        prompts = [tx.tutor_question(rng, ctx.chat) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35), comp_median=650.0, extra=60)


def setting_bed(ctx: Ctx, rng: np.random.Generator) -> None:
    """A course cohort: dozens of student accounts (own cards, home/campus lines, browsers) all
    working the same weekly problem sets in the evenings before a deadline. Resembles
    `chicken_line`."""
    name = "setting_bed"
    tz = pick(rng, TZS)
    course = pick(rng, ("MATH 1130", "STAT 201", "CS 61A", "ECON 102", "PHYS 7B"))
    campus = home(rng, 2, tz)
    deadline = ctx.t0 + float(rng.uniform(4.5, 6.5)) * DAY
    week = irange(rng, 3, 11)

    def urgency(ts: np.ndarray) -> np.ndarray:
        ramp = np.clip(1.0 - (deadline - np.asarray(ts)) / (4 * DAY), 0.15, 1.0)
        return evening_person(tz)(ts) * np.where(np.asarray(ts) > deadline, 0.2, ramp)

    for _ in range(irange(rng, 25, 45)):
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="student",
            ua=pick(rng, BROWSERS + MOBILE[:2]),
            ips=home(rng, 1, tz) + campus,
            tz=tz,
        )
        ts = _cat(
            session_times(
                rng, ctx.t0, ctx.t1, float(rng.uniform(0.8, 2.0)), urgency, 5.0, 90.0, 0.9
            )
        )
        prompts = [
            tx.assignment(rng, course, week) if chance(rng, 0.7) else pick(rng, ctx.chat)[:600]
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.5), comp_median=550.0)


def micromosaic(ctx: Ctx, rng: np.random.Generator) -> None:
    """A research study sampling each item many times (calibration / survey simulation) from a
    university cluster. Resembles `surf_wave`."""
    name = "micromosaic"
    for _ in range(irange(rng, 1, 3)):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="research study",
            ua=pick(
                rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0", "dspy/2.6.3 litellm/1.60.2")
            ),
            ips=cloud(rng, 1, pick(rng, ("aws", "gcp"))) + home(rng, 1, tz),
            tz=tz,
        )
        study = pick(rng, ("survey", "nextword"))
        n_items = irange(rng, 50, 140)
        reps = int(rng.choice([10, 15, 20, 25]))
        start = jitter_start(rng, ctx.t0, ctx.t1, 0.7)
        t = start
        parts, prompts = [], []
        for item in rng.permutation(n_items).tolist():
            if t >= ctx.t1:
                break
            p = tx.study_item(rng, study, item)
            parts.append(t + np.cumsum(rng.exponential(0.6, size=reps)))
            prompts += [p] * reps
            t = parts[-1][-1] + float(rng.exponential(90.0))
        ts = np.concatenate(parts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.5, 0.2),
            comp_median=12.0,
            comp_sigma=0.5,
        )


def mortar_bed(ctx: Ctx, rng: np.random.Generator) -> None:
    """A data-augmentation team generating paraphrases and labels for its own intent classifier,
    in large bursts. Resembles `put_in`."""
    name = "mortar_bed"
    for _ in range(irange(rng, 1, 3)):
        tz = pick(rng, TZS)
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="ml team",
            ua=sdk_ua(rng),
            ips=cloud(rng, irange(rng, 1, 3), pick(rng, ("aws", "azure", "gcp"))),
            tz=tz,
        )
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(2, 4)) * 7, workday(tz))
        ts = _cat(bursts(rng, starts, float(rng.uniform(60, 140)), 1.5, 0.6, ctx.t1))
        prompts = [tx.augment_request(rng, pick(rng, ctx.chat)) for _ in range(len(ts))]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.2, 0.4), comp_median=400.0)


def mastic(ctx: Ctx, rng: np.random.Generator) -> None:
    """Customer-support bots of consumer brands: one key each, round-the-clock load."""
    name = "mastic"
    for _ in range(irange(rng, 2, 3)):
        brand = pick(rng, ("Nordpack", "Cerulean Bank", "Tiko Mobile", "Fernway Hotels", "Quillo"))
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="support bot",
            ua=sdk_ua(rng),
            ips=cloud(rng, irange(rng, 2, 5), pick(rng, ("aws", "azure", "gcp"))),
        )
        ts = thinned(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(120, 300)) * 7,
            global_load(float(rng.uniform(0, 24)), float(rng.uniform(0.4, 0.8))),
        )
        prompts = [tx.support_turn(rng, brand, ctx.chat) for _ in range(len(ts))]
        ctx.emit(
            rng, a, ts, prompts, models=ctx.models(rng, ts, 0.15), comp_median=180.0, extra=250
        )


def opus_vermiculatum(ctx: Ctx, rng: np.random.Generator) -> None:
    """A marketing agency: one key per client, all on the agency's card, from the office NAT and
    a small cloud box, plus a staffer's phone."""
    name = "opus_vermiculatum"
    tz = pick(rng, TZS)
    pay, org = hexid(rng, "pay"), hexid(rng, "org")
    office = home(rng, 1, tz) + cloud(rng, 1, "digitalocean")
    for _ in range(irange(rng, 10, 22)):
        client = pick(
            rng, ("acme", "brightside", "kettle&co", "lumen", "orbit", "pinecrest", "vela", "zesto")
        )
        a = ctx.account(
            rng,
            label="benign",
            family=name,
            role="client key",
            org=org,
            pay=pay,
            ua=pick(rng, (sdk_ua(rng), pick(rng, BROWSERS))),
            ips=office,
            tz=tz,
        )
        ts = _cat(
            session_times(rng, ctx.t0, ctx.t1, float(rng.uniform(0.5, 2.0)), workday(tz), 8.0, 45.0)
        )
        ips = None
        if chance(rng, 0.2):
            ips = [
                pick(rng, office) if chance(rng, 0.8) else mobile_v6(rng, 1, "eu_mobile")[0]
                for _ in ts
            ]
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_task(rng, client) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3),
            ips=ips,
            comp_median=200.0,
        )


BENIGN_KINDS = {
    "opus_sectile": opus_sectile,
    "grout_line": grout_line,
    "thinset": thinset,
    "mesh_backing": mesh_backing,
    "pique_assiette": pique_assiette,
    "setting_bed": setting_bed,
    "micromosaic": micromosaic,
    "mortar_bed": mortar_bed,
    "mastic": mastic,
    "opus_vermiculatum": opus_vermiculatum,
}

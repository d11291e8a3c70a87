"""Benign hard-negative kinds of blind batch 103 (code names: violin making terms).

Each kind is `f(ctx, rng)`: legitimate customers that look suspicious in some way, created with
`ctx.account(..., label="benign")`. `graduation` and `inside_mold` were designed to resemble the
campaign families `crown_line` and `hopper` closely.
"""

from __future__ import annotations

import numpy as np
from bench import blind_batch as bb
from bench.blind_batch import DAY, HOUR, chance, irange, pick
from bench.monitor_blind103 import texts as tx


def _cat(parts) -> np.ndarray:
    return np.sort(np.concatenate([np.empty(0), *parts]))


def corner_block(ctx, rng):
    """Evaluation lab: benchmark suites fired in concurrent bursts, baseline before the release and
    heavy runs on the new model after it."""
    kind = "corner_block"
    provider = pick(rng, ("aws", "gcp", "azure"))
    for _ in range(irange(rng, 1, 2)):
        org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
        ua = bb.sdk_ua(rng)
        for _ in range(irange(rng, 2, 4)):
            a = ctx.account(
                rng,
                label="benign",
                family=kind,
                role="eval_runner",
                org=org,
                pay=pay,
                ua=ua,
                ips=bb.cloud(rng, irange(rng, 1, 2), provider),
            )
            suite = pick(rng, ("arith-hard", "logic-grid", "code-trace", "probqa", "mixed-reason"))
            pre = bb.thinned(rng, ctx.t0, ctx.release, float(rng.uniform(0.5, 2)), bb.workday(-5))
            post = bb.thinned(rng, ctx.release, ctx.t1, float(rng.uniform(2, 5)), bb.constant)
            runs = bb.bursts(
                rng,
                np.concatenate([pre, post]),
                float(rng.uniform(120, 320)),
                float(rng.uniform(0.4, 1.5)),
                b=ctx.t1,
            )
            ts, prompts = [], []
            for run in runs:
                ts.extend(run.tolist())
                prompts.extend(tx.eval_item(rng, suite, i) for i in range(len(run)))
            ts = np.asarray(ts)
            ctx.emit(
                rng,
                a,
                ts,
                prompts,
                models=ctx.models(rng, ts, 0.85, 0.3),
                comp_median=float(rng.uniform(150, 600)),
                err=0.04,
            )


def bass_bar(ctx, rng):
    """Labelling vendor using the model as a rater: short label outputs, office hours, one key per
    client project under one org and card."""
    kind = "bass_bar"
    tz = pick(rng, (5, 8, 1, -3))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    nat = bb.home(rng, irange(rng, 1, 2), tz)
    worker = bb.cloud(rng, 1)
    n = irange(rng, 4, 9)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="rater_project",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=nat + worker,
            tz=tz,
        )
        for _ in range(n)
    ]
    projects = [f"P-{irange(rng, 100, 999)}" for _ in range(n)]
    for a, proj, ts in zip(
        accts,
        projects,
        bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(15, 30)), n, bb.workday(tz)),
        strict=True,
    ):
        ctx.emit(
            rng,
            a,
            ts,
            [tx.rater_prompt(rng, proj) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2),
            comp_median=float(rng.uniform(25, 70)),
            comp_sigma=0.4,
        )


def sound_post(ctx, rng):
    """Coding agent: developers whose IDE agent fires long-context tool loops in quick succession."""
    kind = "sound_post"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    tz = pick(rng, (-8, -5, 1, 2))
    office = bb.home(rng, 1, tz)
    ua = pick(rng, bb.SDK_OTHER)
    for _ in range(irange(rng, 8, 18)):
        ips = office + bb.home(rng, 1, tz) if chance(rng, 0.6) else bb.home(rng, 2, tz)
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="developer",
            org=org,
            pay=pay,
            ua=ua,
            ips=ips,
            tz=tz,
        )
        sess = bb.session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 4)),
            bb.workday(tz, weekend=0.1),
            float(rng.uniform(10, 22)),
            float(rng.uniform(5, 12)),
            0.6,
        )
        ts, prompts = [], []
        for s in sess:
            ts.extend(s.tolist())
            prompts.extend(tx.coding_agent_prompt(rng, j) for j in range(len(s)))
        ts = np.asarray(ts)
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, 0.6),
            comp_median=300,
            extra=rng.integers(2000, 14000, size=len(ts)),
        )


def scroll(ctx, rng):
    """Localisation: CI pushes new UI strings in nightly bursts, translators add daytime calls."""
    kind = "scroll"
    tz = pick(rng, (1, 2, 9, -5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    product = pick(rng, ("Ledgerly", "Parcelpath", "Tundra Notes", "Mosaic HR"))
    locs = tx.locales(rng, irange(rng, 5, 12))
    ci = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="ci_pipeline",
        org=org,
        pay=pay,
        ua="python-httpx/0.28.1",
        ips=bb.cloud(rng, 1, "aws"),
        tz=tz,
    )
    starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 12)), bb.nightly(1.0, 2.0, tz))
    ts = _cat(bb.bursts(rng, starts, float(rng.uniform(150, 350)), 0.6, b=ctx.t1))
    ctx.emit(
        rng,
        ci,
        ts,
        [tx.l10n_prompt(rng, product, locs) for _ in range(len(ts))],
        models=ctx.models(rng, ts, 0.1, 0.5),
        comp_median=30,
        comp_sigma=0.4,
    )
    nat = bb.home(rng, 1, tz)
    for _ in range(irange(rng, 1, 3)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, bb.BROWSERS),
            ips=nat,
            tz=tz,
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(80, 200)), bb.workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.l10n_prompt(rng, product, locs) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3),
            comp_median=40,
        )


def pegbox(ctx, rng):
    """A course cohort sharing an assignment: many small student accounts in one time zone, one
    assignment prompt in many phrasings, a spike before the deadline."""
    kind = "pegbox"
    tz = pick(rng, bb.TZS)
    assignment = pick(rng, tx._ASSIGN)
    deadline = ctx.t0 + float(rng.uniform(3.5, 6.5)) * DAY
    base = bb.evening_person(tz)

    def curve(ts):
        d = (deadline - np.asarray(ts)) / HOUR
        boost = np.where((d > 0) & (d < 48), 1 + 3 * np.exp(-d / 12), 0.6)
        return np.clip(base(ts) * boost / 4, 0, 1)

    for _ in range(irange(rng, 25, 55)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            ua=pick(rng, bb.BROWSERS + bb.MOBILE[:3]),
            ips=bb.home(rng, irange(rng, 1, 3), tz),
            tz=tz,
        )
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.6, 1.6)),
                curve,
                float(rng.uniform(2.5, 5)),
                80.0,
            )
        )
        ctx.emit(
            rng,
            a,
            ts,
            [tx.cohort_prompt(ctx, rng, assignment) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.25, 0.2),
            comp_median=450,
        )


def fine_tuner(ctx, rng):
    """Research study sampling repeatedly: the same survey items asked dozens of times each on both
    models, from a university cluster, over a couple of days."""
    kind = "fine_tuner"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    items = irange(rng, 25, 60)
    reps = irange(rng, 25, 60)
    ips = bb.cloud(rng, irange(rng, 1, 2), pick(rng, ("aws", "gcp")))
    n = irange(rng, 1, 3)
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="study_runner",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-httpx/0.28.1", "OpenAI/Python 1.63.2")),
            ips=ips,
        )
        for _ in range(n)
    ]
    start = ctx.release + float(rng.uniform(0.1, 1.0)) * DAY
    end = min(ctx.t1, start + float(rng.uniform(1.5, 2.5)) * DAY)
    queue = np.repeat(np.arange(items), reps)
    ts = np.sort(rng.uniform(start, end, size=len(queue)))
    who = rng.integers(0, n, size=len(ts))
    for i, a in enumerate(accts):
        sel = np.flatnonzero(who == i)
        ctx.emit(
            rng,
            a,
            ts[sel],
            [tx.survey_item(rng, int(queue[j])) for j in sel.tolist()],
            models=ctx.models(rng, ts[sel], 0.5),
            comp_median=40,
            comp_sigma=0.5,
        )


def rib_bending(ctx, rng):
    """Data-augmentation team: paraphrase batches for their own intent classifier, office hours."""
    kind = "rib_bending"
    tz = pick(rng, (-5, 0, 1, 5))
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.home(rng, 1, tz) + bb.cloud(rng, irange(rng, 1, 2), "gcp")
    for _ in range(irange(rng, 2, 4)):
        a = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="ml_engineer",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "langchain-openai/0.3.6")),
            ips=ips,
            tz=tz,
        )
        starts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(8, 20)), bb.workday(tz))
        ts = _cat(bb.bursts(rng, starts, float(rng.uniform(25, 90)), 1.8, b=ctx.t1))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.augment_prompt(rng) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.2),
            comp_median=float(rng.uniform(220, 400)),
        )


def varnish(ctx, rng):
    """Marketing agency: one card, many client keys, all calls from the agency's two servers."""
    kind = "varnish"
    tz = pick(rng, (-5, 0, 1, -3))
    pay = bb.hexid(rng, "pay")
    servers = bb.cloud(rng, irange(rng, 2, 3), pick(rng, ("digitalocean", "aws", "linode")))
    ua = bb.sdk_ua(rng)
    for _ in range(irange(rng, 15, 32)):
        client = tx.client_product(rng)
        a = ctx.account(
            rng, label="benign", family=kind, role="client_key", pay=pay, ua=ua, ips=servers, tz=tz
        )
        ts = bb.thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(40, 160)), bb.workday(tz))
        ctx.emit(
            rng,
            a,
            ts,
            [tx.agency_prompt(rng, client) for _ in range(len(ts))],
            models=ctx.models(rng, ts, 0.3),
            comp_median=250,
        )


def graduation(ctx, rng):
    """Own design, mirrors `crown_line`: a trust-and-safety SaaS that rewrites its tenants' user
    posts to comply with community rules. ShareGPT text plus a rewrite instruction, around the clock."""
    kind = "graduation"
    org, pay = bb.hexid(rng, "org"), bb.hexid(rng, "pay")
    ips = bb.cloud(rng, irange(rng, 2, 4), pick(rng, ("aws", "azure", "gcp")))
    ua = bb.sdk_ua(rng)
    n = irange(rng, 3, 6)
    accts = [
        ctx.account(
            rng, label="benign", family=kind, role="tenant_pool", org=org, pay=pay, ua=ua, ips=ips
        )
        for _ in range(n)
    ]
    tenants = [f"t{irange(rng, 1000, 9999)}" for _ in range(irange(rng, 10, 40))]
    curve = bb.global_load(float(rng.uniform(13, 19)), 0.55)
    for a, ts in zip(
        accts,
        bb.worker_pool(rng, ctx.t0, ctx.t1, float(rng.uniform(18, 30)), n, curve),
        strict=True,
    ):
        prompts = [
            tx.moderation_prompt(ctx, rng, pick(rng, tenants))
            if chance(rng, 0.85)
            else tx.rewrite_prompt(ctx, rng, [0, 1])
            for _ in range(len(ts))
        ]
        ctx.emit(rng, a, ts, prompts, models=ctx.models(rng, ts, 0.35), comp_median=180)


def inside_mold(ctx, rng):
    """Own design, mirrors `hopper`: a bring-your-own-key chat frontend. Many small accounts, each
    with its own card, all relayed through the app's few cloud servers with the app's user agent,
    sending ordinary chat and adopting the new model quickly."""
    kind = "inside_mold"
    relay = bb.cloud(rng, irange(rng, 2, 5), pick(rng, ("hetzner", "digitalocean", "vultr")))
    ua = pick(
        rng,
        (
            "Chatterbox-Relay/3.2.1 python-httpx/0.27.0",
            "OpenAI/NodeJS 4.67.1",
            "nextchat-proxy/2.15",
        ),
    )
    for _ in range(irange(rng, 40, 85)):
        tz = pick(rng, bb.TZS)
        a = ctx.account(rng, label="benign", family=kind, role="byok_user", ua=ua, ips=relay, tz=tz)
        curve = bb.evening_person(tz) if chance(rng, 0.6) else bb.workday(tz)
        ts = _cat(
            bb.session_times(
                rng,
                ctx.t0,
                ctx.t1,
                float(rng.uniform(0.4, 2.5)),
                curve,
                float(rng.uniform(2.5, 6)),
                70.0,
            )
        )
        prompts = [
            tx.human(ctx, rng) if chance(rng, 0.92) else tx.casual_hard(rng) for _ in range(len(ts))
        ]
        ctx.emit(
            rng,
            a,
            ts,
            prompts,
            models=ctx.models(rng, ts, float(rng.uniform(0.4, 0.9))),
            comp_median=420,
        )


BENIGN_KINDS = {
    "corner_block": corner_block,
    "bass_bar": bass_bar,
    "sound_post": sound_post,
    "scroll": scroll,
    "pegbox": pegbox,
    "fine_tuner": fine_tuner,
    "rib_bending": rib_bending,
    "varnish": varnish,
    "graduation": graduation,
    "inside_mold": inside_mold,
}

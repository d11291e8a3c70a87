"""Benign hard-negative kinds of blind batch 198 (code names: mosaic making).

Each kind is `f(ctx, rng)`: legitimate users built to resemble one of this batch's campaign
families (or a campaign in general). Accounts are labelled "benign" with the kind as `family`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from bench.blind_batch import (
    BROWSERS,
    DAY,
    HOUR,
    MOBILE,
    Ctx,
    chance,
    cloud,
    evening_person,
    global_load,
    hexid,
    home,
    irange,
    local_hour,
    multi_office,
    nightly,
    pick,
    picks,
    resi,
    session_times,
    thinned,
    workday,
)
from bench.monitor_blind198 import texts

Rng = np.random.Generator


def _cat(parts: list[np.ndarray]) -> np.ndarray:
    parts = [np.asarray(p, dtype=np.float64) for p in parts if len(p)]
    return np.sort(np.concatenate(parts)) if parts else np.empty(0)


def _org(ctx: Ctx, rng: Rng) -> tuple[str, str]:
    return hexid(rng, "org"), hexid(rng, "pay")


# ============================================================================================
# evaluation lab: fixed suites, step-by-step prompts, repeated per model and seed, heavy after release


def opus_tessellatum(ctx: Ctx, rng: Rng) -> None:
    kind = "opus_tessellatum"
    org, pay = _org(ctx, rng)
    tz = pick(rng, (-8, -5, 1))
    ua = pick(rng, ("OpenAI/Python 1.58.1", "python-httpx/0.28.1"))
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="eval_runner",
            org=org,
            pay=pay,
            ua=ua,
            ips=cloud(rng, irange(rng, 1, 2), "gcp"),
            tz=tz,
        )
        for _ in range(irange(rng, 3, 6))
    ]
    suite = texts.eval_suite(rng, irange(rng, 250, 600))
    old, mini, new = ctx.old_models[0], ctx.old_models[-1], ctx.new_model
    runs = [
        (float(rng.uniform(ctx.t0, ctx.release - DAY)), pick(rng, (old, mini)))
        for _ in range(irange(rng, 1, 3))
    ]
    post = thinned(
        rng,
        ctx.release + float(rng.uniform(1, 6)) * HOUR,
        ctx.t1,
        float(irange(rng, 6, 12)),
        workday(tz, weekend=0.3, night=0.2),
    )
    runs += [(t, new if chance(rng, 0.7) else old) for t in post.tolist()]
    rate = float(rng.uniform(2, 6))  # requests per second while a run is going
    for start, model in runs:
        acct = pick(rng, accts)
        ts = start + np.cumsum(rng.exponential(1 / rate, size=len(suite)))
        ctx.emit(rng, acct, ts, suite, models=model, comp_median=260.0, comp_sigma=0.9, err=0.02)


# ============================================================================================
# labelling vendor: rubric grading of a customer's chatbot logs, office bursts


def hardie(ctx: Ctx, rng: Rng) -> None:
    kind = "hardie"
    org, pay = _org(ctx, rng)
    tz = pick(rng, (5, 5, 8, 2))
    office = home(rng, 2, tz)
    accts = []
    for _ in range(irange(rng, 5, 12)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="labelling_project",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.54.0", "python-requests/2.32.3")),
            ips=office + cloud(rng, 1, "aws"),
            tz=tz,
        )
        accts.append(acct)
        client = pick(
            rng, ("Brightbank", "Shopwell", "TeleNova", "CareLine", "TravelDesk", "Homefix")
        )
        version = f"v{irange(rng, 1, 4)}.{irange(rng, 0, 9)}"
        starts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(1, 3)) * 7, workday(tz))
        for s in starts.tolist():
            k = max(1, int(rng.poisson(rng.uniform(20, 70))))
            ts = s + np.cumsum(rng.lognormal(np.log(3.0), 0.6, size=k))
            prompts = [
                texts.labelling_prompt(rng, client, version, ctx.chat, ctx.passages)
                for _ in range(k)
            ]
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.25, p_mini=0.3),
                comp_median=150.0,
                err=0.02,
            )


# ============================================================================================
# trust & safety team: policy rewrites of user posts in many languages


def interstice(ctx: Ctx, rng: Rng) -> None:
    kind = "interstice"
    org, pay = _org(ctx, rng)
    platform = pick(rng, ("Chatterly", "Kinship", "Tradepost", "Loopline"))
    curve = global_load(float(rng.uniform(12, 20)), 0.6)
    for _ in range(irange(rng, 2, 4)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="moderation_pipeline",
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 4), "aws"),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(80, 250)) * 7, curve)
        prompts = [texts.moderation_prompt(rng, platform) for _ in ts]
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=ctx.models(rng, ts, p_new=0.3, p_mini=0.35),
            comp_median=260.0,
        )


# ============================================================================================
# CI coding agent: tool-call chains per failing build, rotating runner addresses


def wheeled_nippers(ctx: Ctx, rng: Rng) -> None:
    kind = "wheeled_nippers"
    org, pay = _org(ctx, rng)
    runners = cloud(rng, irange(rng, 10, 30), pick(rng, ("azure", "aws")))
    bot = pick(rng, ("fixbot", "mendy", "ci-doctor", "patchwork-agent"))
    curve = multi_office((1, -5))
    for _ in range(irange(rng, 4, 10)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="team_key",
            org=org,
            pay=pay,
            ua=pick(rng, ("OpenAI/Python 1.58.1", "axios/1.7.9")),
            ips=runners,
        )
        repo = f"{pick(rng, ('acme', 'northwind', 'globex'))}/{pick(rng, ('billing', 'web', 'mobile-app', 'etl', 'search'))}"
        switch = ctx.release + float(rng.uniform(0.2, 3)) * DAY
        jobs = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(6, 15)) * 7, curve)
        for s in jobs.tolist():
            k = irange(rng, 2, 10)
            ts = s + np.concatenate(
                [[0.0], np.cumsum(rng.lognormal(np.log(10.0), 0.6, size=k - 1))]
            )
            model = ctx.new_model if (s >= switch and chance(rng, 0.8)) else ctx.old_models[0]
            ctx.emit(
                rng,
                acct,
                ts,
                [texts.ci_agent_prompt(rng, bot, repo) for _ in range(k)],
                models=model,
                ips=picks(rng, runners, k),
                comp_median=380.0,
                extra=irange(rng, 1000, 4000),
                err=0.01,
            )


# ============================================================================================
# data-augmentation team: nightly paraphrase generation for an intent classifier


def double_reverse(ctx: Ctx, rng: Rng) -> None:
    kind = "double_reverse"
    org, pay = _org(ctx, rng)
    tz = pick(rng, (-5, -8, 0))
    ip = cloud(rng, 1, "gcp")
    job = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="augmentation_job",
        org=org,
        pay=pay,
        ua="python-requests/2.32.3",
        ips=ip,
        tz=tz,
    )
    nights = sorted(rng.choice(7, size=irange(rng, 2, 4), replace=False).tolist())
    hours = float(rng.uniform(2, 4))
    window = nightly(float(rng.uniform(0, 2)), hours, tz)
    per_hour = float(rng.uniform(150, 350))
    parts = []
    for d in nights:
        a = ctx.t0 + d * DAY
        parts.append(thinned(rng, a, a + DAY, per_hour * hours, window))
    ts = _cat(parts)
    ctx.emit(
        rng,
        job,
        ts,
        [texts.augmentation_prompt(rng) for _ in ts],
        models=ctx.models(rng, ts, p_new=0.1, p_mini=0.5),
        comp_median=700.0,
        err=0.04,
    )
    dev = ctx.account(
        rng,
        label="benign",
        family=kind,
        role="engineer",
        org=org,
        pay=pay,
        ua=pick(rng, BROWSERS),
        ips=home(rng, 1, tz),
        tz=tz,
    )
    dts = _cat(session_times(rng, ctx.t0, ctx.t1, 2.0, workday(tz), 4, 90.0))
    ctx.emit(
        rng,
        dev,
        dts,
        [texts.augmentation_prompt(rng) if chance(rng, 0.6) else pick(rng, ctx.chat) for _ in dts],
        models=ctx.models(rng, dts, p_new=0.3),
        comp_median=500.0,
    )


# ============================================================================================
# university course cohort: many student keys on one department card, deadline waves


def keystone_cut(ctx: Ctx, rng: Rng) -> None:
    kind = "keystone_cut"
    org, pay = _org(ctx, rng)
    tz = pick(rng, (1, 2, 0))
    course = pick(rng, list(texts.COURSE))
    campus = resi(rng, 3, "eu")
    deadlines = [
        ctx.t0 + d * DAY + (23 - tz) * HOUR for d in (irange(rng, 1, 2), irange(rng, 4, 5))
    ]

    def rush(ts: np.ndarray) -> np.ndarray:
        ts = np.asarray(ts)
        out = np.full(len(ts), 0.25)
        for dl in deadlines:
            out = np.maximum(out, np.where((ts < dl) & (ts > dl - 36 * HOUR), 1.0, 0.0))
        return out

    for _ in range(irange(rng, 30, 60)):
        mobile = chance(rng, 0.3)
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="student",
            org=org,
            pay=pay,
            ua=pick(rng, MOBILE[:3]) if mobile else pick(rng, BROWSERS),
            ips=home(rng, 1, tz) + campus,
            tz=tz,
        )
        personal = evening_person(tz, spread=3.0)
        sessions = session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(0.5, 2.0)),
            lambda t, p=personal: p(t) * rush(t),
            float(rng.uniform(3, 8)),
            70.0,
        )
        lang = "de" if chance(rng, 0.3) else "en"
        for ts in sessions:
            if not len(ts):
                continue
            prompts = [
                texts.course_prompt(rng, course, lang) if chance(rng, 0.75) else pick(rng, ctx.chat)
                for _ in ts
            ]
            where = (
                campus
                if ((local_hour(ts[:1], tz)[0] > 9) and (local_hour(ts[:1], tz)[0] < 17))
                else acct.ips[:1]
            )
            ctx.emit(
                rng,
                acct,
                ts,
                prompts,
                models=ctx.models(rng, ts, p_new=0.3, p_mini=0.2),
                ips=pick(rng, where),
                comp_median=400.0,
                err=0.01,
            )


# ============================================================================================
# companion app backend: persona chat with growing memory context


def fondi(ctx: Ctx, rng: Rng) -> None:
    kind = "fondi"
    org, pay = _org(ctx, rng)
    curve = global_load(float(rng.uniform(19, 23)) % 24, float(rng.uniform(0.5, 0.75)))
    for role, volume in (
        ("app_backend", float(rng.uniform(4000, 9000))),
        ("eu_backend", float(rng.uniform(500, 1500))),
    ):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role=role,
            org=org,
            pay=pay,
            ua="OpenAI/NodeJS 4.67.1",
            ips=cloud(rng, irange(rng, 2, 4), "aws"),
        )
        ts = thinned(rng, ctx.t0, ctx.t1, volume, curve)
        ctx.emit(
            rng,
            acct,
            ts,
            [texts.companion_prompt(rng, ctx.chat) for _ in ts],
            models=ctx.models(rng, ts, p_new=0.1, p_mini=0.45),
            comp_median=120.0,
            comp_sigma=0.7,
            extra=rng.integers(300, 1500, size=len(ts)),
            err=0.01,
        )


# ============================================================================================
# translation agency: translators push documents into many target languages


def gold_leaf(ctx: Ctx, rng: Rng) -> None:
    kind = "gold_leaf"
    org, pay = _org(ctx, rng)
    tz = pick(rng, (1, 9, 2))
    office = home(rng, 2, tz)
    for _ in range(irange(rng, 4, 8)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="translator",
            org=org,
            pay=pay,
            ua=pick(rng, BROWSERS[:3] + ("OpenAI/Python 1.54.0",)),
            ips=office,
            tz=tz,
        )
        for ts in session_times(
            rng,
            ctx.t0,
            ctx.t1,
            float(rng.uniform(1.5, 3.5)),
            workday(tz),
            float(rng.uniform(10, 30)),
            float(rng.uniform(25, 70)),
        ):
            if not len(ts):
                continue
            client = pick(rng, ("Fjordly", "Kasa Home", "Meridian Bank", "Tinta Games"))
            langs = [
                texts.LANG_NAMES[i]
                for i in rng.choice(
                    len(texts.LANG_NAMES), size=irange(rng, 3, 8), replace=False
                ).tolist()
            ]
            prompts = [
                texts.agency_translation_prompt(rng, client, pick(rng, langs), ctx.passages)
                for _ in ts
            ]
            ctx.emit(
                rng, acct, ts, prompts, models=ctx.models(rng, ts, p_new=0.35), comp_median=600.0
            )


# ============================================================================================
# research study: public prompts replayed k times per model (consistency / temperature study)


def backer_board(ctx: Ctx, rng: Rng) -> None:
    kind = "backer_board"
    org, pay = _org(ctx, rng)
    uni = resi(rng, 2, "us")
    cluster = cloud(rng, irange(rng, 2, 4), "aws")
    sample = [
        ctx.chat[i]
        for i in rng.choice(len(ctx.chat), size=irange(rng, 100, 250), replace=False).tolist()
    ]
    accts = [
        ctx.account(
            rng,
            label="benign",
            family=kind,
            role="study_key",
            org=org,
            pay=pay,
            ua=pick(rng, ("python-requests/2.32.3", "OpenAI/Python 1.54.0")),
            ips=uni + cluster,
        )
        for _ in range(irange(rng, 2, 5))
    ]
    reps = irange(rng, 3, 8)
    start = ctx.release - float(rng.uniform(0.5, 1.5)) * DAY
    jobs = [(start, ctx.old_models[0])]
    jobs += [
        (float(t), ctx.new_model if i % 2 == 0 else ctx.old_models[0])
        for i, t in enumerate(
            np.sort(
                rng.uniform(ctx.release + 6 * HOUR, ctx.t1 - 6 * HOUR, size=irange(rng, 2, 5))
            ).tolist()
        )
    ]
    for j, (s, model) in enumerate(jobs):
        acct = accts[j % len(accts)]
        prompts = [p for p in sample for _ in range(reps)]
        ts = s + np.cumsum(rng.exponential(float(rng.uniform(1.0, 4.0)), size=len(prompts)))
        ctx.emit(
            rng,
            acct,
            ts,
            prompts,
            models=model,
            ips=picks(rng, cluster, len(ts)),
            comp_median=380.0,
            err=0.02,
        )
    # the researchers' own interactive use
    for acct in accts:
        its = _cat(session_times(rng, ctx.t0, ctx.t1, 1.0, workday(-5), 4, 80.0))
        ctx.emit(
            rng,
            acct,
            its,
            [pick(rng, ctx.chat) for _ in its],
            models=ctx.models(rng, its, p_new=0.4),
            ips=uni[0],
            comp_median=350.0,
        )


# ============================================================================================
# marketing agency / reseller: many client workspaces, one card, shared app servers


def opus_musivum(ctx: Ctx, rng: Rng) -> None:
    kind = "opus_musivum"
    org, pay = _org(ctx, rng)
    servers = cloud(rng, irange(rng, 2, 3), "digitalocean")
    curve = multi_office((-5, 0, 1))
    switch = ctx.release + float(rng.uniform(0.3, 1.5)) * DAY
    for _ in range(irange(rng, 10, 25)):
        acct = ctx.account(
            rng,
            label="benign",
            family=kind,
            role="client_workspace",
            org=org,
            pay=pay,
            ua="axios/1.7.9",
            ips=servers,
        )
        ts = thinned(rng, ctx.t0, ctx.t1, float(rng.uniform(10, 60)) * 7, curve)
        prompts = [
            texts.marketing_prompt(rng)
            if chance(rng, 0.6)
            else texts.clip(pick(rng, ctx.chat), 1500)
            for _ in ts
        ]
        models = [
            ctx.new_model if (t >= switch and chance(rng, 0.6)) else ctx.old_models[0]
            for t in ts.tolist()
        ]
        ctx.emit(rng, acct, ts, prompts, models=models, comp_median=400.0)


BENIGN_KINDS: dict[str, Callable[[Ctx, Rng], None]] = {
    "opus_tessellatum": opus_tessellatum,
    "hardie": hardie,
    "interstice": interstice,
    "wheeled_nippers": wheeled_nippers,
    "double_reverse": double_reverse,
    "keystone_cut": keystone_cut,
    "fondi": fondi,
    "gold_leaf": gold_leaf,
    "backer_board": backer_board,
    "opus_musivum": opus_musivum,
}
